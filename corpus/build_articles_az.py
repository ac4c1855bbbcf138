"""Build corpus/articles/az.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles mixing corporate, finance and foreign-affairs news (short_seller_output_fraud_wire,
overdraft_fee_class_settlement_local_daily, chip_fab_grant_clawback_trade_weekly,
airline_merger_slot_objections_newsletter, war_risk_premium_strait_liveblog,
election_observer_verdict_radio_transcript, sovereign_fund_telecom_stake_qa,
biologic_patent_thicket_magazine_feature, crypto_exchange_freeze_student_paper,
embassy_visa_interview_backlog_tv_web, tractor_software_repair_lawsuit_explainer,
central_bank_leak_police_referral_corrected), partly set in invented countries, in the voices
of twelve kinds of outlet (a wire story from Sydney on a short seller's report, a small-city
daily on a bank settlement, a chip-industry trade weekly built on a letter it obtained, an
aviation newsletter with capitalised section heads and its own earlier reporting, a markets
live blog with GMT timestamps, a public-radio transcript with host, reporter and speaker
labels, an edited Q&A whose questions cite a report, a media outlet and people close to a
government, a magazine feature with a dek and a first-person reporter, a student newspaper,
a local television station's website, an explainer with question subheads, and a business
wire story with a correction and an update note in its footer). Sources include named
officials (an attorney general, a governor and deputy governor of a central bank, a program
director, a county supervisor, a congresswoman, ministers, spokesmen, chief executives, a
general counsel, a union president, an election-mission head, a candidate, a student
treasurer, a financial-aid director, lawyers speaking for clients); named private persons (a
plaintiff described first and named later, a farmer, a patient, students, a daughter waiting
for her mother, analysts, a professor, an economist, a broker, a consultant); organisations on
the record and unnamed spokespeople; anonymous officials current and former, with and
without a stated reason (including a reason given after the content); people familiar,
people close to a government and a person involved in talks; vague sources (brokers,
fund managers, commenters, traders, mechanics, lawyers, scholars split into "some" and
"others", a bread seller, groups); documents (a short seller's report, settlement papers and
a notice, a complaint, a letter, a securities filing, permit and court records, a statement
of objections, fare data, index and ship-tracking data, a preliminary statement, an annual
report, a patent analysis, internal emails, a survey, a bankruptcy petition, a visa tracker,
an FTC report, lobbying records, trading data); media reports (other outlets, state-level
local media, and the outlet's own earlier reporting, once as "we reported"); and non-answers
of all three kinds, some sharing a source id with an on-record statement. Look-alikes are left
unannotated ("did not admit wrongdoing", "They did not name", "could not independently
verify", "We have not been able to confirm", "is not named in the court record", "has not
posted since", "has not said", "could not be confirmed independently") or marked not
sourcing ("wants", "plans" in the reporter's voice). All twelve end with a footer of excluded
boilerplate. Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_az.py [--render]
     python corpus/build_articles_az.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "az.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id az-short-seller-korvath-lithium-wire
@style short_seller_output_fraud_wire
Korvath shares plunge 38 percent after short seller alleges inflated lithium output
  > named_organization | pellucid | short seller | alleges | inflated lithium output

SYDNEY -- Shares of Korvath Minerals fell 38 percent on Wednesday, wiping out about A$2.1 billion in market value, after the short-selling firm Pellucid Research published a report accusing the lithium refiner of overstating production at its flagship plant in Western Australia.
  > named_organization | pellucid | the short-selling firm Pellucid Research | published a report accusing | the lithium refiner of overstating production at its flagship plant in Western Australia
The 64-page report, citing satellite images, shipping records and interviews with former employees, says the plant at Kellerup produced roughly half of the 41,000 tonnes of lithium hydroxide Korvath reported for the last fiscal year.
  > document | pellucid-report | The 64-page report, citing satellite images, shipping records and interviews with former employees | says | >
Pellucid said it holds a short position in Korvath, meaning it profits if the shares fall.
  > named_organization | pellucid | Pellucid | said | it holds a short position in Korvath

Korvath called the report "false and misleading" and said in a statement to the Australian Securities Exchange that it would "consider all legal options."
  > named_organization | korvath | Korvath | called | the report "false and misleading"
  > named_organization | korvath | Korvath | said in a statement to the Australian Securities Exchange | that it would "consider all legal options."
Chief Executive Brenna Sault told analysts on a hastily arranged call that production figures had been checked by an independent auditor every quarter.
  > named_official | sault | Chief Executive Brenna Sault | told analysts on a hastily arranged call | >
"We welcome scrutiny, but this is not scrutiny, it is a trade," Sault said.
  > named_official | sault | Sault | said | <
The auditor, Marwick Partners, did not respond to a request for comment.
  > declined_comment | marwick | The auditor, Marwick Partners | did not respond to a request for comment | - | resp=no_response

Two former plant supervisors, who asked not to be named because they feared being sued by the company, told Pacific Wire that they had been instructed to count off-specification material as finished product.
  > anonymous_official | ex-supervisors | Two former plant supervisors | told Pacific Wire | > | anon=who asked not to be named because they feared being sued by the company
One of them said the practice had started in early 2023, when the plant's second kiln was repeatedly shut for repairs.
  > anonymous_official | ex-supervisors | One of them | said | >
Pacific Wire could not independently verify their accounts.

The Australian Securities and Investments Commission said it was "aware of the report" and declined to say whether it would investigate.
  > named_organization | asic | The Australian Securities and Investments Commission | said | it was "aware of the report"
  > declined_comment | asic | The Australian Securities and Investments Commission | declined to say whether it would investigate | - | resp=declined
A person familiar with the regulator's thinking said staff had begun requesting trading records for the days before the report was published.
  > anonymous_familiar | familiar | A person familiar with the regulator's thinking | said | >

Pellucid's founder, Oskar Lindgren, a former mining analyst, has published reports on five other Australian resource companies since 2021; two of them later restated results, according to company filings.
  > document | filings | company filings | according to | two of them later restated results
Some fund managers questioned the timing of the report, noting that Korvath is due to refinance A$900 million of debt next month.
  > anonymous_other | fund-managers | Some fund managers | questioned | the timing of the report
  > anonymous_other | fund-managers | Some fund managers | noting | that Korvath is due to refinance A$900 million of debt next month
"If the numbers are even close to right, the refinancing gets very hard," said Tamsin Howe, a portfolio manager at Eastgate Capital, which does not own Korvath shares.
  > named_person | howe | Tamsin Howe, a portfolio manager at Eastgate Capital, which does not own Korvath shares | said | <
Lindgren did not reply to messages seeking comment on the criticism.
  > declined_comment | lindgren | Lindgren | did not reply to messages seeking comment on the criticism | - | resp=no_response

Korvath has asked the exchange to halt trading in its shares until it releases a full response; the company said that response would come by Friday.
  > named_organization | korvath | the company | said | that response would come by Friday
The Sydney Morning Ledger reported in March that Korvath had quietly delayed shipments to two Korean battery makers.
  > media_report | ledger | The Sydney Morning Ledger | reported in March | >

@excluded
Reporting by Callum Reid in Sydney; Editing by Fiona Marsh
Our Standards: The Pacific Wire Trust Principles.
© 2025 Pacific Wire. All rights reserved.
''')

ARTICLES.append(r'''
@id az-overdraft-fee-settlement-tristate-hollisburg
@style overdraft_fee_class_settlement_local_daily
Tristate Savings to pay $38 million to settle overdraft-fee suit

Settlement papers say about 210,000 current and former customers qualify for refunds
  > document | settlement-papers | Settlement papers | say | about 210,000 current and former customers qualify for refunds

HOLLISBURG, Pa. -- Tristate Savings Bank has agreed to pay $38 million to settle a class-action lawsuit accusing it of charging overdraft fees on debit purchases that never actually overdrew customers' accounts, according to papers filed Monday in Marrow County Court of Common Pleas.
  > document | settlement-papers | papers filed Monday in Marrow County Court of Common Pleas | according to | <
The practice charged a $36 fee when a purchase approved against a positive balance later posted after other transactions had drained the account, the suit alleged.
  > document | complaint | the suit | alleged | <
Under the proposed settlement, customers charged such fees between 2017 and 2023 would receive refunds averaging about $140, the papers say.
  > document | settlement-papers | the papers | say | <
Tristate, which has 46 branches in northeastern Pennsylvania, did not admit wrongdoing.

In a statement, a bank spokeswoman said Tristate had "already ended the practice in 2023" and settled "to avoid the cost and distraction of continued litigation."
  > named_organization | tristate | a bank spokeswoman | said | >
The spokeswoman declined to say how many customers had complained before the suit was filed.
  > declined_comment | tristate | The spokeswoman | declined to say how many customers had complained before the suit was filed | - | resp=declined

One of the named plaintiffs, a retired school bus driver from Pellham Township, said she was charged $252 in fees in a single week in 2021.
  > named_person | pike | One of the named plaintiffs, a retired school bus driver from Pellham Township | said | >
"I had $61 in the account when I bought groceries," said the driver, Loretta Pike, 68.
  > named_person | pike | the driver, Loretta Pike, 68 | said | <
"By Friday I owed them more than I'd spent on food."
  > named_person | pike | the driver, Loretta Pike, 68 | - | *
Pike's lawyer, Gideon Ashby of the Hollisburg firm Ashby & Kroll, said the settlement was "one of the larger per-customer recoveries" in a string of similar cases around the country.
  > named_official | ashby | Pike's lawyer, Gideon Ashby of the Hollisburg firm Ashby & Kroll | said | >
Ashby's firm would receive up to $9.5 million in fees under the agreement, which Judge Helen Moravec must approve.
Moravec has scheduled a fairness hearing for Feb. 20.

The Consumer Financial Protection Bureau called the practice "unfair" in a 2022 circular and has since ordered two national banks to refund such fees.
  > named_organization | cfpb | The Consumer Financial Protection Bureau | called | the practice "unfair"
A CFPB spokesperson did not respond to questions about whether the bureau had examined Tristate.
  > declined_comment | cfpb | A CFPB spokesperson | did not respond to questions about whether the bureau had examined Tristate | - | resp=no_response
Bank-industry groups have argued that overdraft programs give customers with thin savings a way to cover emergencies.
  > anonymous_other | industry-groups | Bank-industry groups | have argued | >
Ravi Desmond, who teaches consumer finance at Hollisburg College, said the fee in these cases was "a penalty for a debt that never existed."
  > named_person | desmond | Ravi Desmond, who teaches consumer finance at Hollisburg College | said | >
Some customers who commented on the Register's Facebook page on Monday said the refunds would not make up for the bounced rent checks and late fees they had paid elsewhere.
  > anonymous_other | commenters | Some customers who commented on the Register's Facebook page on Monday | said | >

The Register reported in 2022 that the bank had collected $19 million in overdraft fees the previous year, and Tristate's then-chief executive, Paul Vanterpool, told shareholders that year that the claims were "without merit."
  > media_report | register | The Register | reported in 2022 | that the bank had collected $19 million in overdraft fees the previous year
  > named_official | vanterpool | Tristate's then-chief executive, Paul Vanterpool | told shareholders that year | that the claims were "without merit."
Vanterpool, who retired last year, could not be reached Monday.
  > declined_comment | vanterpool | Vanterpool, who retired last year | could not be reached Monday | - | resp=unreachable
Customers do not need to file a claim; the bank plans to credit current accounts automatically and mail checks to former customers, according to the settlement notice.
  > document | notice | the settlement notice | according to | Customers do not need to file a claim ;; the bank plans to credit current accounts automatically and mail checks to former customers

@excluded
Got a tip about local banks? Email our business desk.
Comments are moderated. Please keep it civil.
© 2025 The Hollisburg Register
''')

ARTICLES.append(r'''
@id az-chip-fab-grant-clawback-halvern
@style chip_fab_grant_clawback_trade_weekly
Commerce moves to claw back $412 million from Halvern's stalled Arizona fab, letter shows
  > document | letter | letter | shows | Commerce moves to claw back $412 million from Halvern's stalled Arizona fab

The Commerce Department has notified Halvern Semiconductor that it intends to recover $412 million of the $1.1 billion in grants the chipmaker received for a plant in Tillman County, according to a letter dated Oct. 3 that was reviewed by FabWeek.
  > document | letter | a letter dated Oct. 3 that was reviewed by FabWeek | according to | <
The letter, signed by the department's chips program director, Noreen Castellano, says Halvern missed three of the five construction milestones in its award agreement and has not begun installing production tools.
  > document | letter | The letter, signed by the department's chips program director, Noreen Castellano | says | >
It gives the company 60 days to propose a "cure plan" or begin repaying the money.
  > document | letter | It | gives | the company 60 days to propose a "cure plan" or begin repaying the money

Halvern, based in San Jose, said in a securities filing on Tuesday that it had received "a notice of potential recapture" and was "engaged in constructive discussions" with the department.
  > named_organization | halvern | Halvern, based in San Jose | said in a securities filing on Tuesday | >
The filing also disclosed that Halvern had written down $230 million of equipment deposits for the plant.
  > document | filing | The filing | disclosed | >
A company spokesman, Derek Omondi, declined to discuss the letter.
  > declined_comment | omondi | A company spokesman, Derek Omondi | declined to discuss the letter | - | resp=declined
Castellano said in a brief interview at an industry conference in Phoenix on Wednesday that the department would "use every tool in the agreement to protect taxpayers," but she would not comment on Halvern specifically.
  > named_official | castellano | Castellano | said in a brief interview at an industry conference in Phoenix on Wednesday | that the department would "use every tool in the agreement to protect taxpayers,"
  > declined_comment | castellano | she | would not comment on Halvern specifically | - | resp=declined
It is the first time the program has sought to recover money from a grant recipient.

Two department officials, speaking on condition of anonymity because the negotiations are confidential, said at least two other recipients had received warning letters this year.
  > anonymous_official | commerce-officials | Two department officials | said | > | anon=speaking on condition of anonymity because the negotiations are confidential
They did not name the companies.
Halvern's problems began in 2023, when its largest customer, the smartphone maker Orrin, cut orders for the plant's planned 28-nanometer chips, according to people familiar with the company's plans.
  > anonymous_familiar | familiar | people familiar with the company's plans | according to | <
Construction crews were sent home in May, and the site's two tower cranes were taken down in August, Tillman County permit records show.
  > document | permits | Tillman County permit records | show | <

County Supervisor Alma Reyes-Tate said the county had spent $18 million on a water line and a road to the site.
  > named_official | reyes-tate | County Supervisor Alma Reyes-Tate | said | >
"We built the road.
  > named_official | reyes-tate | County Supervisor Alma Reyes-Tate | - | *
Nobody's driving on it," she said.
  > named_official | reyes-tate | she | said | <
Analysts at two brokerages said the clawback could push Halvern to sell the site.
  > anonymous_other | analysts | Analysts at two brokerages | said | >
Priya Venkataraman, a semiconductor analyst at Lorrey & Co., said a buyer would most likely be a foreign chipmaker looking for a U.S. foothold, which would raise its own questions in Washington.
  > named_person | venkataraman | Priya Venkataraman, a semiconductor analyst at Lorrey & Co. | said | >
Halvern's chief executive, Tom Birkeland, told investors in August that the company "remains fully committed" to Tillman County.
  > named_official | birkeland | Halvern's chief executive, Tom Birkeland | told investors in August | >
Birkeland did not respond to an email on Wednesday.
  > declined_comment | birkeland | Birkeland | did not respond to an email on Wednesday | - | resp=no_response
Halvern's shares fell 6 percent on Wednesday.

@excluded
FabWeek subscribers can download the full letter from our Documents library.
Share this story on LinkedIn
© 2025 FabWeek Media Group
''')

ARTICLES.append(r'''
@id az-airline-merger-slot-objections-norvane
@style airline_merger_slot_objections_newsletter
The Wingtip: Valdoria's competition watchdog says Norvane-Calder deal would raise fares on 14 routes
  > named_organization | vca | Valdoria's competition watchdog | says | Norvane-Calder deal would raise fares on 14 routes

Good morning, and welcome back to The Wingtip.

THE DEAL
Valdoria's Competition Authority sent Norvane Air a statement of objections on Thursday, formally warning that its €2.4 billion takeover of Calder Airways would reduce competition on 14 routes out of Port Estel.
  > named_organization | vca | Valdoria's Competition Authority | formally warning | >
The 86-page document, which The Wingtip has seen, says the combined airline would hold more than 70 percent of the take-off and landing slots at Port Estel's main airport during the morning peak.
  > document | objections | The 86-page document, which The Wingtip has seen | says | >
It proposes that Norvane give up at least 40 daily slot pairs to rivals as a condition of approval.
  > document | objections | It | proposes | >
Norvane said in a statement that it would "engage constructively" with the authority and that the objections were "a normal step in any merger review."
  > named_organization | norvane | Norvane | said in a statement | >
As we reported last week, Norvane's board has set a walk-away threshold of 25 slot pairs.
  > media_report | wingtip | we | reported last week | >
Norvane declined to comment on that figure.
  > declined_comment | norvane | Norvane | declined to comment on that figure | - | resp=declined

WHAT THEY'RE SAYING
Calder's chief executive, Ingrid Solberg, told staff in an internal memo on Friday that the deal "remains on track."
  > named_official | solberg | Calder's chief executive, Ingrid Solberg | told staff in an internal memo on Friday | >
The pilots' union at Calder, the Valdorian Airline Pilots Association, said it had not been consulted on how the slot divestitures would affect jobs.
  > named_organization | vapa | The pilots' union at Calder, the Valdorian Airline Pilots Association | said | >
Its president, Captain Henrik Dahl, put it more bluntly: "Every slot they give away is a crew base somebody closes."
  > named_official | dahl | Its president, Captain Henrik Dahl | put it more bluntly | "Every slot they give away is a crew base somebody closes."
Two executives at rival carriers, who asked not to be named because their companies may bid for the slots, said the remedy was too small to sustain a real competitor.
  > anonymous_official | rival-execs | Two executives at rival carriers | said | > | anon=who asked not to be named because their companies may bid for the slots
One of them said 40 pairs would support "maybe one base, four aircraft and a lot of hope."
  > anonymous_official | rival-execs | One of them | said | >
Consumer groups have long argued that fares out of Port Estel are among the highest in the region.
  > anonymous_other | consumer-groups | Consumer groups | have long argued | >

THE NUMBERS
Average one-way fares on the 14 routes rose 31 percent between 2019 and 2024, according to data from the travel analytics firm Farestream.
  > document | farestream | data from the travel analytics firm Farestream | according to | <
On the routes where Norvane and Calder compete with no one else, the increase was 44 percent, the data show.
  > document | farestream | the data | show | <

WHAT WE'RE WATCHING
The authority has until March 12 to issue its final decision.
Norvane wants a ruling before the summer schedule begins, when the two airlines plan to merge their frequent-flyer programs.
  > named_organization | norvane | Norvane | wants | a ruling before the summer schedule begins | nosrc
  > named_organization | two-airlines | the two airlines | plan | to merge their frequent-flyer programs | nosrc
Transport Minister Sofia Kallas, who must sign off on any slot transfers, said in parliament on Wednesday that she would not "pre-empt an independent regulator."
  > named_official | kallas | Transport Minister Sofia Kallas, who must sign off on any slot transfers | said in parliament on Wednesday | >
Her office did not respond when we asked whether she had met Norvane executives this month.
  > declined_comment | kallas-office | Her office | did not respond | - | resp=no_response
The aviation consultant Marco Delacroix thinks the two sides will settle at around 30 pairs.
  > named_person | delacroix | The aviation consultant Marco Delacroix | thinks | >

@excluded
You're receiving The Wingtip because you signed up at wingtip.news.
Forward this email to a colleague who would enjoy it.
Unsubscribe | Manage preferences
© 2025 Wingtip Media
''')

ARTICLES.append(r'''
@id az-war-risk-premium-qarun-strait-liveblog
@style war_risk_premium_strait_liveblog
Live: War-risk insurance for Qarun Strait transits triples after tanker attack

07:05 GMT
The cost of war-risk cover for ships passing through the Qarun Strait has roughly tripled overnight, to about 0.6 percent of a vessel's value per transit, according to three marine insurance brokers in London.
  > anonymous_other | brokers | three marine insurance brokers in London | according to | <
That adds about $600,000 to a single voyage for a mid-sized tanker worth $100 million.

08:20 GMT
The Cornhill Marine Market's Joint War Panel has added the entire strait and the waters within 30 nautical miles of the Ardani coast to its list of high-risk areas, the panel said in a circular.
  > named_organization | war-panel | the panel | said in a circular | <
The change takes effect at midnight.

09:45 GMT
Ardan's navy said in a statement that its patrol boats had "no involvement" in Tuesday's attack on the tanker Helios Dawn, which was struck by what the ship's operator called "a waterborne drone."
  > named_organization | ardan-navy | Ardan's navy | said in a statement | that its patrol boats had "no involvement" in Tuesday's attack on the tanker Helios Dawn
  > named_organization | thalassa | the ship's operator | called | "a waterborne drone."
The operator, Thalassa Shipping, said all 23 crew members were safe and the ship was sailing under its own power to Port Meridan.
  > named_organization | thalassa | The operator, Thalassa Shipping | said | >

10:30 GMT
The drone appears to have been launched from a fishing vessel that had been shadowing the tanker for several hours, two Western naval officials told us, speaking on condition of anonymity because they were not authorized to discuss intelligence assessments.
  > anonymous_official | naval-officials | two Western naval officials | told us | < | anon=speaking on condition of anonymity because they were not authorized to discuss intelligence assessments

11:15 GMT
Tanker owners' shares rose in Oslo and New York; charter rates for large crude carriers on the Gulf-to-Asia route jumped 18 percent, according to the Hanseatic Tanker Index.
  > document | index | the Hanseatic Tanker Index | according to | charter rates for large crude carriers on the Gulf-to-Asia route jumped 18 percent

12:40 GMT
"Owners are doing the math, and some of them are deciding to go around," said Leonie Fairbairn, head of marine at the broker Castell Re, referring to the two-week detour around the Cape of Tarsa.
  > named_person | fairbairn | Leonie Fairbairn, head of marine at the broker Castell Re | said | <
Ship-tracking data from Marisight show that at least nine tankers that had been heading for the strait changed course on Tuesday night.
  > document | marisight | Ship-tracking data from Marisight | show | >

13:30 GMT
The Maritime Ledger reports that at least two underwriters have stopped quoting war cover for the strait altogether.
  > media_report | ledger | The Maritime Ledger | reports | >
We have not been able to confirm that independently.

14:10 GMT
Ardan's foreign ministry spokesman, Kaveh Nourani, accused "foreign navies" of inflating the threat "to sell insurance and warships."
  > named_official | nourani | Ardan's foreign ministry spokesman, Kaveh Nourani | accused | >
Thalassa Shipping did not respond to a question about whether it would keep routing ships through the strait.
  > declined_comment | thalassa | Thalassa Shipping | did not respond to a question about whether it would keep routing ships through the strait | - | resp=no_response

15:00 GMT
Some shipowners are considering hiring armed guards, a person involved in the talks between owners and insurers said.
  > anonymous_familiar | involved | a person involved in the talks between owners and insurers | said | <
Insurers have not decided whether guards would lower premiums, the person said.
  > anonymous_familiar | involved | the person | said | <

16:25 GMT
Ardan's embassy in London could not be reached for comment on the navy's statement.
  > declined_comment | ardan-embassy | Ardan's embassy in London | could not be reached for comment on the navy's statement | - | resp=unreachable
We're pausing our live coverage here and will be back on Thursday morning.

@excluded
Follow our shipping and commodities coverage.
Share this live blog
© 2025 Meridian Markets. All rights reserved.
''')

ARTICLES.append(r'''
@id az-election-observer-verdict-kerevia-radio
@style election_observer_verdict_radio_transcript
Observers say Kerevia's vote was orderly but "not a level playing field"
  > named_organization | mission | Observers | say | Kerevia's vote was orderly but "not a level playing field"

HOST (DANA WHITFIELD): International observers have delivered their first verdict on Sunday's presidential election in Kerevia.
Reporter Samuel Okafor is in the capital, Lirath, and joins us now.

SAMUEL OKAFOR: Dana, the mission from the Assembly for Democratic Elections, about 400 observers from 38 countries, held a news conference here this morning.
Its preliminary statement says voting itself was calm and well organized in most of the polling stations they visited.
  > document | prelim | Its preliminary statement | says | >
But it also says the campaign was "marked by the misuse of state resources" and that opposition candidates got less than 10 percent of airtime on state television.
  > document | prelim | it | says | >
The head of the mission, a former foreign minister of Velmark named Liisa Korv, put it this way.

LIISA KORV: Election day was, in most places, a good day for Kerevian voters.
  > named_official | korv | LIISA KORV | : | >
The months before it were not.
  > named_official | korv | LIISA KORV | - | *
You cannot have a fair contest when one candidate owns the referee and the stadium.
  > named_official | korv | LIISA KORV | - | *

OKAFOR: President Aram Vedenko won 67 percent of the vote, according to the Central Election Commission.
  > named_organization | cec | the Central Election Commission | according to | President Aram Vedenko won 67 percent of the vote
The commission's chairman, Bogdan Ilyenko, told reporters the observers had "seen only what they wanted to see."
  > named_official | ilyenko | The commission's chairman, Bogdan Ilyenko | told reporters | >
Vedenko's campaign didn't respond to our requests for an interview.
  > declined_comment | vedenko-campaign | Vedenko's campaign | didn't respond to our requests for an interview | - | resp=no_response
One member of the mission's core team, who asked that we not use her name because mission rules bar staff from speaking to the press, told me she watched a polling-station chief in the town of Dresk hand a stack of ballots to a man in a police uniform.
  > anonymous_official | core-member | One member of the mission's core team | told me | > | anon=who asked that we not use her name because mission rules bar staff from speaking to the press
She said the incident is in the mission's report, but the report doesn't name the town.
  > anonymous_official | core-member | She | said | the incident is in the mission's report
In Dresk, most voters I approached didn't want to talk on tape.
A woman selling bread near the polling station said she voted for the opposition but didn't expect it to matter.
  > anonymous_other | bread-seller | A woman selling bread near the polling station | said | >
Opposition candidate Nadia Serhiy was at the news conference.

NADIA SERHIY: We will file complaints in every district where we have evidence.
  > named_official | serhiy | NADIA SERHIY | : | >
But I am not naive about what the courts here will do with them.
  > named_official | serhiy | NADIA SERHIY | - | *

OKAFOR: Local media reported that at least 12 opposition poll watchers were detained on election day; the Interior Ministry declined to comment on those reports.
  > media_report | local-media | Local media | reported | that at least 12 opposition poll watchers were detained on election day
  > declined_comment | interior | the Interior Ministry | declined to comment on those reports | - | resp=declined

HOST: Samuel Okafor in Lirath, thank you.
OKAFOR: Thanks, Dana.

@excluded
This transcript was created on a rush deadline and may not be in its final form.
Support independent journalism: become a member of Lakeshore Public Radio today.
Copyright © 2025 Lakeshore Public Radio. All rights reserved.
''')

ARTICLES.append(r'''
@id az-sovereign-fund-telecom-stake-qa-talmor
@style sovereign_fund_telecom_stake_qa
Talmor fund chief says Brevik stake is "a patient bet, not a political one"
  > named_official | al-saadi | Talmor fund chief | says | Brevik stake is "a patient bet, not a political one"

Last month the Talmor Investment Authority, the $640 billion sovereign wealth fund of the Gulf state of Talmor, disclosed a 9.9 percent stake in Brevik Telecom, the largest mobile operator in Almerland.
  > named_organization | tia | the Talmor Investment Authority, the $640 billion sovereign wealth fund of the Gulf state of Talmor | disclosed | a 9.9 percent stake in Brevik Telecom
Almerland's government has since ordered a national-security review of the purchase, and two lawmakers from the governing coalition have called for it to be blocked.
  > anonymous_official | lawmakers | two lawmakers from the governing coalition | have called for | it to be blocked
A senior Almerland official, who spoke on condition of anonymity because the review is confidential, told us the ministry was weighing conditions on the stake rather than a block.
  > anonymous_official | almer-official | A senior Almerland official | told us | > | anon=who spoke on condition of anonymity because the review is confidential
We spoke with the fund's chief executive, Rashid Al-Saadi, in London on Tuesday.
The conversation has been edited for length and clarity.

Q: Why Brevik, and why now?
Al-Saadi: Because it was cheap.
  > named_official | al-saadi | Al-Saadi | : | >
The share price had fallen by half in three years, and the network is the best in the country.
  > named_official | al-saadi | the fund's chief executive, Rashid Al-Saadi | - | *

Q: Brevik's own annual report says it needs to invest 4 billion euros in fiber over five years.
  > document | brevik-report | Brevik's own annual report | says | >
Is that something you would fund?
Al-Saadi: We're a shareholder, not a bank.
  > named_official | al-saadi | Al-Saadi | : | >
If the board comes with a good plan, we'll look at it.
  > named_official | al-saadi | the fund's chief executive, Rashid Al-Saadi | - | *

Q: The Financial Courier reported that your fund approached Brevik's board about a seat before the stake was disclosed.
  > media_report | courier | The Financial Courier | reported | >
Al-Saadi: I'm not going to discuss private conversations with the company.
  > declined_comment | al-saadi | Al-Saadi | not going to discuss private conversations with the company | - | resp=declined

Q: Almerland's security minister, Anneliese Falk, said last week that "no foreign state should have its hand on our phone lines."
  > named_official | falk | Almerland's security minister, Anneliese Falk | said last week | >
Al-Saadi: I agree with her.
  > named_official | al-saadi | Al-Saadi | : | >
We have no hand on anything.
  > named_official | al-saadi | the fund's chief executive, Rashid Al-Saadi | - | *
We own 9.9 percent, we don't have a board seat, and we don't want one.
  > named_official | al-saadi | the fund's chief executive, Rashid Al-Saadi | - | *

Q: People close to the Talmor government have told us the stake was discussed at a meeting of the ruling family's investment council.
  > anonymous_familiar | close-gov | People close to the Talmor government | have told us | >
Al-Saadi: The fund's decisions are made by the fund's investment committee.
  > named_official | al-saadi | Al-Saadi | : | >
That's all I will say about that.
  > named_official | al-saadi | the fund's chief executive, Rashid Al-Saadi | - | *

After the interview, a spokeswoman for Almerland's Security Ministry said the review would be completed "within the statutory 90 days."
  > named_organization | security-ministry | a spokeswoman for Almerland's Security Ministry | said | >
Brevik did not respond to a request for comment.
  > declined_comment | brevik | Brevik | did not respond to a request for comment | - | resp=no_response

@excluded
This interview is part of our series The Allocators.
Listen to the full conversation on our podcast feed.
Share this article
© 2025 Capital Frontier
''')

ARTICLES.append(r'''
@id az-biologic-patent-thicket-zelvora-feature
@style biologic_patent_thicket_magazine_feature
The 117 Patents Standing Between Patients and a Cheaper Zelvora

Castellan Biotherapeutics says its patents protect real inventions.
  > named_organization | castellan | Castellan Biotherapeutics | says | >
Its rivals say they protect a price.
  > anonymous_other | rivals | Its rivals | say | >

Marisol Ortega keeps her Zelvora pens in the butter compartment of her refrigerator in Tucson, next to a sticky note with the price: $6,870.
That is what a month of the drug cost her before her insurer agreed to cover it, she told me, after an appeal that took five months.
  > named_person | ortega | she | told me | That is what a month of the drug cost her before her insurer agreed to cover it ;; after an appeal that took five months
"I was rationing it," said Ortega, 44, who has psoriatic arthritis.
  > named_person | ortega | Ortega, 44, who has psoriatic arthritis | said | <
"I'd skip a dose and pay for it in my knees for a week."
  > named_person | ortega | Ortega, 44, who has psoriatic arthritis | - | *

A cheaper copy made by Orvel Pharma was approved by the Food and Drug Administration in 2023.
It is not on the market.
Castellan, which had Zelvora sales of $9.2 billion last year according to its annual report, has sued Orvel for infringing 31 of the 117 patents it holds on the drug, its manufacture and its injection pen.
  > document | castellan-ar | its annual report | according to | which had Zelvora sales of $9.2 billion last year
Only the drug's core patent, which expired in 2022, covers the antibody itself, according to an analysis by the Initiative for Medicines Access, a nonprofit that tracks drug patents.
  > document | ima-analysis | an analysis by the Initiative for Medicines Access, a nonprofit that tracks drug patents | according to | <

Castellan's general counsel, Victor Lamb, disputes the word "thicket."
  > named_official | lamb | Castellan's general counsel, Victor Lamb | disputes | the word "thicket."
"Every one of those patents was examined and granted by the patent office," he told me in the company's offices in Cambridge, Mass.
  > named_official | lamb | he | told me | <
"We didn't invent the rules."
  > named_official | lamb | Castellan's general counsel, Victor Lamb | - | *
Orvel's chief executive, Deepa Raman, sees it differently.
In a deposition last year, portions of which were unsealed in March, she testified that Orvel had spent $40 million on litigation that "has nothing to do with whether our product works."
  > named_official | raman | she | testified | >

Internal Castellan emails produced in the case show that in 2019 a senior executive urged colleagues to file patents on the pen's spring mechanism to "extend the runway" for Zelvora.
  > document | emails | Internal Castellan emails produced in the case | show | >
The executive is not named in the court record.
Castellan said in a statement that the emails were "cherry-picked" and that the pen patents covered genuine improvements.
  > named_organization | castellan | Castellan | said in a statement | >
A former Castellan patent attorney, who asked not to be identified because she still works in the industry, told me the pen patents were "the kind of thing you file because you can."
  > anonymous_official | ex-attorney | A former Castellan patent attorney | told me | > | anon=who asked not to be identified because she still works in the industry

Patent scholars are divided.
Some argue that the patent office grants too many follow-on patents; others say the real problem is a law that lets brand makers assert dozens of patents at once.
  > anonymous_other | scholars-some | Some | argue | that the patent office grants too many follow-on patents
  > anonymous_other | scholars-others | others | say | the real problem is a law that lets brand makers assert dozens of patents at once
Judge Franklin Oduya of the federal district court in Delaware will hear arguments in January.
Castellan's lawyers have asked him to rule on only six of the patents first, court filings show.
  > document | filings | court filings | show | <

Ortega said she had stopped following the case.
  > named_person | ortega | Ortega | said | >
"By the time they're done, I'll be on Medicare," she said.
  > named_person | ortega | she | said | <

@excluded
This article appears in the winter issue of Ledger & Lancet.
Illustration by Tomas Ruiz for Ledger & Lancet.
Letters to the editor: tell us what you think of this story.
''')

ARTICLES.append(r'''
@id az-crypto-exchange-freeze-coinvale-student-paper
@style crypto_exchange_freeze_student_paper
Students lost tuition money in Coinvale collapse, student government survey finds
  > document | survey | student government survey | finds | Students lost tuition money in Coinvale collapse

At least 140 Harlow State students had money on Coinvale when the cryptocurrency exchange froze withdrawals on Oct. 9, according to a survey the Associated Student Government sent to all undergraduates last week.
  > document | survey | a survey the Associated Student Government sent to all undergraduates last week | according to | <
Thirty-one of them said the money had been meant for tuition, rent or textbooks, the survey found.
  > document | survey | the survey | found | <
Coinvale, which sponsored the university's esports arena and handed out free T-shirts at orientation, filed for bankruptcy in Delaware on Oct. 14.
The company's bankruptcy petition lists more than 1.2 million creditors and says it owes customers about $2.3 billion.
  > document | petition | The company's bankruptcy petition | lists | more than 1.2 million creditors
  > document | petition | The company's bankruptcy petition | says | it owes customers about $2.3 billion

Junior Kayla Morrissey, a nursing major from Edison Falls, said she had moved $3,800 of her spring tuition onto Coinvale in August to earn the 9 percent interest it advertised.
  > named_person | morrissey | Junior Kayla Morrissey, a nursing major from Edison Falls | said | >
"My roommate was doing it, the orientation people were doing it," Morrissey said.
  > named_person | morrissey | Morrissey | said | <
"It felt like a savings account with a logo."
  > named_person | morrissey | Junior Kayla Morrissey, a nursing major from Edison Falls | - | *

The university's financial aid office said students who lost tuition money could apply for emergency grants of up to $1,000.
  > named_organization | finaid | The university's financial aid office | said | >
Director of Financial Aid Monica Hale said the office had received 22 applications so far.
  > named_official | hale | Director of Financial Aid Monica Hale | said | >
ASG Treasurer Devin Tran, who wrote the survey, said the results were "probably an undercount" because many students were embarrassed to admit their losses.
  > named_official | tran | ASG Treasurer Devin Tran, who wrote the survey | said | >
Several students who spoke to the Beacon said they had not told their parents.
  > anonymous_other | students | Several students who spoke to the Beacon | said | >
One sophomore, who asked not to be named because his family does not know about the loss, said he had lost about $6,000 he saved from summer jobs.
  > anonymous_other | sophomore | One sophomore | said | > | anon=who asked not to be named because his family does not know about the loss

Coinvale's founder, Jared Pemberton, posted on X on Oct. 10 that customers would be "made whole."
  > named_official | pemberton | Coinvale's founder, Jared Pemberton | posted on X on Oct. 10 | >
He has not posted since.
A lawyer for Pemberton did not respond to an email from the Beacon.
  > declined_comment | pemberton-lawyer | A lawyer for Pemberton | did not respond to an email from the Beacon | - | resp=no_response
A former Coinvale customer-support employee, who spoke on condition of anonymity because she signed a nondisclosure agreement, said the support team had been told in September to stop processing large withdrawals "until further notice."
  > anonymous_official | ex-employee | A former Coinvale customer-support employee | said | > | anon=who spoke on condition of anonymity because she signed a nondisclosure agreement
The Edison Falls Gazette reported last week that federal prosecutors in Manhattan had opened an investigation into Coinvale.
  > media_report | gazette | The Edison Falls Gazette | reported last week | >
The U.S. attorney's office there declined to comment.
  > declined_comment | usao | The U.S. attorney's office there | declined to comment | - | resp=declined
Finance professor Omar Whitlock, who teaches a course on digital assets, said students should treat interest-bearing crypto accounts as "unsecured loans to a company you know nothing about."
  > named_person | whitlock | Finance professor Omar Whitlock, who teaches a course on digital assets | said | >
The university has not said whether it will keep Coinvale's name on the esports arena.
ASG plans to present the survey results to the Board of Trustees on Nov. 6.
  > named_organization | asg | ASG | plans | to present the survey results to the Board of Trustees on Nov. 6 | nosrc

@excluded
The Harlow Beacon is published by students of Harlow State University.
Comments are reviewed before they appear. Be respectful.
© 2025 The Harlow Beacon
''')

ARTICLES.append(r'''
@id az-embassy-visa-backlog-kelbar-tv-web
@style embassy_visa_interview_backlog_tv_web
Palo Seco woman has waited 19 months for her mother's visa interview as embassy backlog grows

PALO SECO, Calif. -- For 19 months, Teodora Ansel has kept a bedroom ready for her mother.
Her mother, 71-year-old Irina Lasko, has an approved immigrant petition but is still waiting for an interview at the U.S. Embassy in Kelbar, the capital of Varesh, according to State Department records the family shared with Action 7 News.
  > document | records | State Department records the family shared with Action 7 News | according to | <
"She calls every Sunday," Ansel said.
  > named_person | ansel | Ansel | said | <
"Every Sunday she asks, is there a date yet?"
  > named_person | ansel | Teodora Ansel | - | *

The State Department's online tracker shows an average wait of 640 days for an immigrant visa interview in Kelbar, compared with about 90 days in neighboring Ostrel.
  > document | tracker | The State Department's online tracker | shows | >
A State Department spokesperson said in an emailed statement that the embassy's consular section was operating at "reduced capacity" and that the department was "working to reduce wait times worldwide."
  > named_organization | state | A State Department spokesperson | said in an emailed statement | >
Varesh has limited the number of U.S. diplomats allowed in the country since 2022, the spokesperson said.
  > named_organization | state | the spokesperson | said | <
The spokesperson declined to say how many consular officers are now assigned to Kelbar.
  > declined_comment | state | The spokesperson | declined to say how many consular officers are now assigned to Kelbar | - | resp=declined
A consular officer who served in Kelbar until this spring, who asked not to be named because she is still a State Department employee, told Action 7 that the section had gone from 11 officers to four.
  > anonymous_official | consular-officer | A consular officer who served in Kelbar until this spring | told Action 7 | > | anon=who asked not to be named because she is still a State Department employee
She said interviews for immigrant visas had been suspended entirely for six weeks last winter.
  > anonymous_official | consular-officer | She | said | >
Varesh's embassy in Washington could not be reached for comment on Friday.
  > declined_comment | varesh-embassy | Varesh's embassy in Washington | could not be reached for comment on Friday | - | resp=unreachable

Rep. Lorena Castillo, whose district includes Palo Seco, said her office was handling more than 300 cases involving the Kelbar embassy.
  > named_official | castillo | Rep. Lorena Castillo, whose district includes Palo Seco | said | >
Castillo said she wrote to the secretary of state in June and has not received a reply.
  > named_official | castillo | Castillo | said | >
Immigration lawyer Farid Nazari, who represents Lasko, said the family had paid for an expedite request that was denied without explanation.
  > named_official | nazari | Immigration lawyer Farid Nazari, who represents Lasko | said | >
The backlog is one of the worst he has seen in 20 years of practice, Nazari said.
  > named_official | nazari | Nazari | said | <
Some families have turned to the courts.
A federal judge in Sacramento ordered the State Department in August to schedule interviews for 14 families who sued, court records show.
  > document | court-records | court records | show | <
Action 7 reported in March that the average wait in Kelbar was then 410 days.
  > media_report | action7 | Action 7 | reported in March | >

Ansel said she has started pricing flights to Kelbar so she can at least visit.
  > named_person | ansel | Ansel | said | >
"I just want her to see the house," she said.
  > named_person | ansel | she | said | <

@excluded
Have a story you want Action 7 to look into? Send us a tip.
Download the Action 7 News app for breaking news alerts.
Copyright 2025 KPSC-TV. All rights reserved.
''')

ARTICLES.append(r'''
@id az-tractor-software-repair-lawsuit-harrowgate-explainer
@style tractor_software_repair_lawsuit_explainer
Why Kansas is suing Harrowgate over tractor software, explained

What is the dispute about?
Kansas Attorney General Rachel Dunmore sued Harrowgate Machinery in state court on Monday, accusing the equipment maker of illegally restricting farmers' ability to repair their own tractors and combines.
  > named_official | dunmore | Kansas Attorney General Rachel Dunmore | accusing | >
The complaint says Harrowgate's machines will not run after many routine repairs until a dealer technician uses company software to "authorize" the new part.
  > document | complaint | The complaint | says | >
It also says Harrowgate dealers charge an average of $180 an hour for that service and that farmers in western Kansas often wait more than a week for a technician.
  > document | complaint | It | says | >
Dunmore said at a news conference in Topeka that the case was "about who owns a tractor after you've paid for it."
  > named_official | dunmore | Dunmore | said at a news conference in Topeka | >

What does Harrowgate say?
The company said in a statement that software locks "protect the safety and emissions systems of the machine" and that it already sells a diagnostic tool to farmers.
  > named_organization | harrowgate | The company | said in a statement | >
That tool costs $2,400 a year and cannot authorize replacement parts, according to a 2024 report by the Federal Trade Commission.
  > document | ftc-report | a 2024 report by the Federal Trade Commission | according to | <
Harrowgate declined to make an executive available for an interview.
  > declined_comment | harrowgate | Harrowgate | declined to make an executive available for an interview | - | resp=declined
The Equipment Dealers Association, which represents Harrowgate dealers, has said that letting farmers bypass the software would expose dealers to liability if a machine malfunctions.
  > named_organization | eda | The Equipment Dealers Association, which represents Harrowgate dealers | has said | >

What do farmers say?
Wes Kowalczyk, who grows wheat and sorghum on 3,000 acres near Dodge Hollow, said a $40 sensor on his combine failed during harvest in 2023 and the machine sat idle for nine days waiting for a dealer.
  > named_person | kowalczyk | Wes Kowalczyk, who grows wheat and sorghum on 3,000 acres near Dodge Hollow | said | >
"Nine days in July is the difference between a crop and a write-off," he said.
  > named_person | kowalczyk | he | said | <
The Kansas Farm Bureau, which has not taken a position on the lawsuit, said a survey of its members last year found that 61 percent had waited more than three days for a dealer repair.
  > named_organization | farm-bureau | The Kansas Farm Bureau, which has not taken a position on the lawsuit | said | >
Independent mechanics say the software locks have pushed them out of much of the work.
  > anonymous_other | mechanics | Independent mechanics | say | >

What happens next?
Harrowgate has 30 days to respond to the complaint.
Lawyers who have followed similar cases expect the company to try to move the case to federal court.
  > anonymous_other | lawyers | Lawyers who have followed similar cases | expect | >
A person familiar with the attorney general's strategy said her office had been talking with at least three other states about filing similar suits.
  > anonymous_familiar | familiar | A person familiar with the attorney general's strategy | said | >
Dunmore's office declined to confirm that.
  > declined_comment | dunmore-office | Dunmore's office | declined to confirm that | - | resp=declined
Colorado passed a law in 2023 requiring equipment makers to provide parts and software to independent repairers; Harrowgate has said it complies with that law.
  > named_organization | harrowgate | Harrowgate | has said | it complies with that law
The Prairie Ledger reported in April that Colorado had not yet brought any enforcement action under it.
  > media_report | ledger | The Prairie Ledger | reported in April | >
Harrowgate wants Kansas lawmakers to endorse a voluntary industry agreement instead.
  > named_organization | harrowgate | Harrowgate | wants | Kansas lawmakers to endorse a voluntary industry agreement instead | nosrc
It has hired four lobbyists in Topeka this year, state lobbying records show.
  > document | lobbying-records | state lobbying records | show | <

@excluded
Explainers from The Plains Dispatch break down the news behind the headlines.
Was this explainer helpful? Yes / No
© 2025 The Plains Dispatch
''')

ARTICLES.append(r'''
@id az-central-bank-leak-police-referral-norrmark
@style central_bank_leak_police_referral_corrected
Norrmark central bank refers rate-decision leak to police after krone moved early

VESTERBY, Norrmark -- The National Bank of Norrmark has asked police to investigate how details of last month's surprise interest-rate cut reached financial markets before the decision was announced, the bank said on Tuesday.
  > named_organization | nbn | the bank | said on Tuesday | <
In a statement, the bank said an internal review had found "reasonable grounds to suspect" that information from the Sept. 18 meeting of its monetary policy committee had been disclosed without authorization.
  > named_organization | nbn | the bank | said | >
Governor Elsa Thorsen said the referral was "not an accusation against any individual."
  > named_official | thorsen | Governor Elsa Thorsen | said | >
The krone fell 0.8 percent against the euro in the 40 minutes before the 2 p.m. announcement, according to trading data compiled by the Vesterby Stock Exchange.
  > document | trading-data | trading data compiled by the Vesterby Stock Exchange | according to | <
Dagbladet Nord first reported on Sept. 20 that hedge funds in London had placed large bets against the krone that morning.
  > media_report | dagbladet | Dagbladet Nord | first reported on Sept. 20 | >

Two people familiar with the bank's review said it had focused on 23 employees and outside contractors who had access to the committee's draft statement.
  > anonymous_familiar | familiar | Two people familiar with the bank's review | said | >
One of them said the review had identified a call from a bank phone to a number registered to a London brokerage about an hour before the announcement.
  > anonymous_familiar | familiar | One of them | said | >
That could not be confirmed independently.
A central bank official, who spoke on condition of anonymity because the police investigation is confidential, said no member of the committee was among those under suspicion.
  > anonymous_official | cb-official | A central bank official | said | > | anon=who spoke on condition of anonymity because the police investigation is confidential
Deputy Governor Mikkel Aasen, who sits on the committee, told parliament's finance committee in October that he had "full confidence" in the bank's procedures.
  > named_official | aasen | Deputy Governor Mikkel Aasen, who sits on the committee | told parliament's finance committee in October | >
He declined to answer questions from reporters on Tuesday.
  > declined_comment | aasen | He | declined to answer questions from reporters on Tuesday | - | resp=declined

The Vesterby police said in a brief statement that the economic crime unit had opened a preliminary investigation.
  > named_organization | police | The Vesterby police | said in a brief statement | >
The Finance Ministry declined to comment, citing the police inquiry.
  > declined_comment | finance-ministry | The Finance Ministry | declined to comment | - | resp=declined
Some traders in Vesterby said rumors of a cut had circulated on messaging apps the night before the decision.
  > anonymous_other | traders | Some traders in Vesterby | said | >
Hanne Brekke, chief economist at Nordvik Bank, said the leak, if confirmed, would be "a serious blow to a central bank that sells itself on predictability."
  > named_person | brekke | Hanne Brekke, chief economist at Nordvik Bank | said | >
The bank has not said whether it will change how draft statements are circulated before meetings.
Thorsen, whose term ends in March, has said she wants a second term.
  > named_official | thorsen | Thorsen, whose term ends in March | has said | she wants a second term
The government plans to announce its choice for governor in January.
  > named_organization | government | The government | plans | to announce its choice for governor in January | nosrc

@excluded
Correction, Oct. 15: An earlier version of this story misstated Mikkel Aasen's title. He is deputy governor, not governor.
This story was updated at 5:40 p.m. with a statement from the Vesterby police.
© 2025 Nordic Business Wire. All rights reserved.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
