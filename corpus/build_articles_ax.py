"""Build corpus/articles/ax.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, all national security and foreign policy, heavy with anonymous officials and people
familiar with the matter (drone_strike_casualty_review_reopened,
sanctions_evasion_tanker_network_explainer, nuclear_talks_round_liveblog,
defense_contractor_data_leak_trade_bulletin, embassy_drawdown_radio_transcript,
arms_sale_notification_newsletter, cyber_espionage_attribution_corrected,
hostage_negotiation_family_qa, allied_coup_magazine_feature, naval_collision_port_daily,
counterterror_raid_tv_web, intelligence_budget_campus_paper), partly set in invented
countries, in the voices of twelve kinds of outlet (a wire story built on two anonymous
officials, an explainer with question subheads, a live blog with local timestamps, a defense
trade publication, a public-radio transcript with host, correspondent, interviewee and
unidentified-speaker labels, a Capitol Hill newsletter with capitalised section heads, a
national daily's story with an update line and a correction in its footer, an edited Q&A with
a hostage's brother whose questions themselves cite sources, a magazine feature with a dek and
a first-person reporter, a navy-town daily, a local television station's website and a
student newspaper). Each is built to test source typing and grouping: named officials
(ministers, senators, representatives, an ambassador, spokespeople, a U.S. attorney, a
junta leader and his spokesman, a deposed president's chief of staff, a hospital
spokeswoman, a charity director, a security firm's researchers, a student group's
co-president, a university media officer, lawyers speaking for clients) against named
private persons (a victim's son, a hostage's brother, a sailor's wife, a tavern owner, a
market seller known by first name only, a neighbour described first and named later, an
independent researcher described first and named later, experts, a contracts lawyer not
involved, former officials now speaking as private experts, a professor); organisations on
the record and unnamed spokespeople; anonymous officials current and former, with and without
a stated reason (briefing ground rules, classified assessments, unauthorised to speak),
congressional aides, diplomats, centre officials, supplier executives, law-enforcement
sources, a U.S. official who is also familiar with the case; people familiar, briefed and
close to a junta; vague sources (analysts, critics, experts, researchers, industry lawyers,
neighbours, residents, young men in a market, families, an unidentified woman on tape);
documents (a review summary, a traffic-camera video, a tally, an annual report, a designation
notice, tracking data, a study, a confidential agency report, a securities filing, a letter,
a gate notice, a report to Congress, an arms-sale notice, lobbying and foreign-agent filings,
a technical report, a cable, a navy investigation, a criminal complaint, grid data, a
committee summary, a petition, research records, meeting minutes); media reports (other
outlets, state television, the outlet's own earlier reporting in several voices); non-answers
of all three kinds, including "would not say", "declined to give a date", "referred questions"
and one spoken in an answer; quotes over several sentences and across speaker labels; split
content; headline and dek attributions; two attributions in one sentence (a statement and a
non-answer, a report and a filing for one claim, a group and one of its members); and
look-alikes left unannotated or marked not sourcing ("has not said", "has not released",
"has not formally declared", "did not name", "could not independently confirm", "did not
enter a plea", "does not name", "did not mention"; "plans", "wants" and "hopes" in the
reporter's voice). All twelve end with a footer of excluded boilerplate. Nothing is trained
or tuned on them. Same line format and builder as ``build_articles_b.py`` (read its
docstring).

Run: python corpus/build_articles_ax.py [--render]
     python corpus/build_articles_ax.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "ax.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id ax-drone-strike-review-reopened-zarqan
@style drone_strike_casualty_review_reopened
Pentagon reopens inquiry into strike that killed nine in Zarqan, officials say
  > anonymous_official | us-officials | officials | say | Pentagon reopens inquiry into strike that killed nine in Zarqan

WASHINGTON -- The Pentagon has reopened its review of a March drone strike in northern Zarqan that killed nine members of one family, after video obtained by a human rights group cast doubt on the military's finding that the target was a weapons courier, according to two U.S. officials.
  > anonymous_official | us-officials | two U.S. officials | according to | <
The new review will be led by a two-star general from outside U.S. Central Command, which carried out the strike, one of the officials said, speaking on the condition of anonymity because the decision has not been announced.
  > anonymous_official | us-officials | one of the officials | said | < | anon=speaking on the condition of anonymity because the decision has not been announced
Central Command closed its first review in May, concluding in a two-page summary that the strike had killed "a known facilitator" for the militant group Jaysh al-Bayan and that no civilians had been harmed.
  > named_organization | centcom | Central Command | concluding | that the strike had killed "a known facilitator" for the militant group Jaysh al-Bayan and that no civilians had been harmed

The family's surviving son, Idris Karroum, 23, said in a phone interview from the provincial capital, Tel Safra, that his father, a pharmacist, had been driving his mother, his four younger siblings and two cousins to a wedding when the missile hit their car.
  > named_person | karroum | The family's surviving son, Idris Karroum, 23 | said in a phone interview from the provincial capital, Tel Safra | >
"We have been asking for one thing: that they look at what they did," he said.
  > named_person | karroum | he | said | <
"Now maybe someone will look."
  > named_person | karroum | Idris Karroum | - | *

A traffic-camera video released in August by the Zarqan Civil Rights Monitor shows four children climbing into the car about 20 minutes before the strike.
  > document | video | A traffic-camera video released in August by the Zarqan Civil Rights Monitor | shows | >
The group said in a report that the military had relied on a single paid informant and had tracked the wrong white sedan.
  > named_organization | monitor | The group | said in a report | >
Its director, Nadia Farouqi, said the group had sent the video to the Pentagon in June and heard nothing back until this month.
  > named_official | farouqi | Its director, Nadia Farouqi | said | >
The Pentagon has not said whether the original review team interviewed any witnesses.

A Central Command spokesman, Navy Cmdr. Paul Rennick, said the command "takes every allegation of civilian harm seriously" but declined to discuss the new review.
  > named_official | rennick | A Central Command spokesman, Navy Cmdr. Paul Rennick | said | the command "takes every allegation of civilian harm seriously"
  > declined_comment | rennick | A Central Command spokesman, Navy Cmdr. Paul Rennick | declined to discuss the new review | - | resp=declined
A senior defense official said the second review would also examine why the first one never asked the Monitor for its evidence.
  > anonymous_official | senior-defense | A senior defense official | said | >
"The first look was done fast, and it was done by the people who pulled the trigger," the official said.
  > anonymous_official | senior-defense | the official | said | <

The strike was one of at least 14 carried out by U.S. forces in Zarqan this year, according to a tally kept by Airstrike Ledger, a monitoring group in London.
  > document | tally | a tally kept by Airstrike Ledger, a monitoring group in London | according to | <
The Defense Department's most recent annual report to Congress on civilian casualties listed no civilian deaths in Zarqan.
  > document | annual-report | The Defense Department's most recent annual report to Congress on civilian casualties | listed | >
The Capital Tribune reported in July that the informant who identified the car had been paid for tips that led to two earlier strikes, both of which were later found to have hit the wrong targets.
  > media_report | tribune | The Capital Tribune | reported in July | >
Two people familiar with the informant program said the military stopped paying him in September.
  > anonymous_familiar | familiar | Two people familiar with the informant program | said | >
The Zarqani government, which allows U.S. strikes under a 2019 agreement, did not respond to requests for comment.
  > declined_comment | zarqan-gov | The Zarqani government, which allows U.S. strikes under a 2019 agreement | did not respond to requests for comment | - | resp=no_response

Rep. Carolyn Ames, an Oregon Democrat on the House Armed Services Committee, said in a statement that the reopening was "overdue by about six months."
  > named_official | ames | Rep. Carolyn Ames, an Oregon Democrat on the House Armed Services Committee | said in a statement | >
She has called for the Pentagon to make the final report public.
  > named_official | ames | She | has called for | >
Civilian-harm experts have long argued that the military's reviews lean too heavily on the accounts of the units that carried out the strikes.
  > anonymous_other | experts | Civilian-harm experts | have long argued | >
Marisol Okafor, a former State Department lawyer who teaches the law of armed conflict at Halston University, said the new review would mean little unless investigators interviewed the family.
  > named_person | okafor | Marisol Okafor, a former State Department lawyer who teaches the law of armed conflict at Halston University | said | >
Central Command hopes to close the new review before its commander testifies to Congress in February.
  > named_organization | centcom | Central Command | hopes | > | nosrc
No one has been disciplined over the strike.

@excluded
Reporting by Hana Malouf in Washington; editing by Peter Crane
Click here to license this content.
© 2025 Atlas Wire Service. All rights reserved.
''')

ARTICLES.append(r'''
@id ax-sanctions-tanker-network-explainer-kharzan
@style sanctions_evasion_tanker_network_explainer
Explained: How a fleet of aging tankers kept Kharzan's oil flowing despite sanctions

The Treasury Department on Thursday imposed sanctions on 23 companies and 31 tankers that it says carried more than $2 billion worth of Kharzani crude oil to buyers in Asia over the past two years.
  > named_organization | treasury | it | says | carried more than $2 billion worth of Kharzani crude oil to buyers in Asia over the past two years
Here is what we know about the network, and what we don't.

Who is behind it?
The network was run from two offices in the free-trade zone of Port Calvara by a shipping executive named Teodor Vasko, according to the Treasury's designation notice.
  > document | notice | the Treasury's designation notice | according to | <
The notice says Vasko's companies used at least nine different flags, changed ship names 40 times and switched off the vessels' location transponders before loading at Kharzan's main oil terminal at Qeshlar.
  > document | notice | The notice | says | >
Vasko, who is not in custody, could not be reached for comment.
  > declined_comment | vasko | Vasko, who is not in custody | could not be reached for comment | - | resp=unreachable
Elena Marchetti, a lawyer who has represented his companies in shipping disputes, said she no longer acted for him.
  > named_official | marchetti | Elena Marchetti, a lawyer who has represented his companies in shipping disputes | said | >

How did it work?
Ship-tracking data analyzed by Seawatch Analytics, a maritime intelligence firm, show that 19 of the 31 tankers met other vessels in open water in the Tessaro Strait to move oil from one hull to another at night.
  > document | tracking-data | Ship-tracking data analyzed by Seawatch Analytics, a maritime intelligence firm | show | >
The oil was then relabeled as a blend from a neighboring country, said Seawatch's head of research, Priya Lindahl.
  > named_official | lindahl | Seawatch's head of research, Priya Lindahl | said | <
"They're not hiding the ships so much as hiding the paperwork," she said.
  > named_official | lindahl | she | said | <
Most of the tankers are more than 20 years old, an age at which mainstream insurers and ports usually turn them away.

Who bought the oil?
Treasury did not name the buyers.
Two people familiar with the investigation said most of the cargoes went to independent refineries in a single coastal province of Suryan.
  > anonymous_familiar | familiar | Two people familiar with the investigation | said | >
One of them, who asked not to be named because the findings are classified, said the refineries paid about $12 a barrel below market prices.
  > anonymous_familiar | familiar | One of them | said | > | anon=who asked not to be named because the findings are classified
Suryan's commerce ministry said in a statement that its refineries "comply with all applicable laws" and that Suryan does not recognize unilateral sanctions.
  > named_organization | suryan-ministry | Suryan's commerce ministry | said in a statement | >

Will the sanctions work?
Treasury's under secretary for terrorism and financial intelligence, Monica Ferrante, said the action would "make every one of these ships radioactive to legitimate ports."
  > named_official | ferrante | Treasury's under secretary for terrorism and financial intelligence, Monica Ferrante | said | >
Some analysts doubt that the ships will stay idle for long.
  > anonymous_other | analysts | Some analysts | doubt | >
Past rounds of sanctions on the fleet were followed within months by new shell companies and new names on the same hulls, according to a study published in June by the Center for Maritime Security Studies.
  > document | study | a study published in June by the Center for Maritime Security Studies | according to | <
"Sanctioning a tanker," said Tobias Wendt, a former United Nations sanctions investigator who now advises shipping insurers, "is like towing a car that's already been sold twice."
  > named_person | wendt | Tobias Wendt, a former United Nations sanctions investigator who now advises shipping insurers | said | "Sanctioning a tanker," ;; "is like towing a car that's already been sold twice."
Maritime Ledger, a trade publication, reported last month that at least six of the tankers had already been sold to new owners in anticipation of the sanctions.
  > media_report | maritime-ledger | Maritime Ledger, a trade publication | reported last month | >
Kharzan's oil ministry did not respond to a request for comment; it has previously called U.S. sanctions "economic terrorism."
  > declined_comment | kharzan-oil | Kharzan's oil ministry | did not respond to a request for comment | - | resp=no_response
  > named_organization | kharzan-oil | it | has previously called | U.S. sanctions "economic terrorism."

What happens next?
The sanctions bar Americans from doing business with the companies and expose foreign banks that handle their payments to penalties.
More vessels will be added in the coming weeks, a senior Treasury official told reporters on a conference call, under ground rules that did not allow the official to be named.
  > anonymous_official | treasury-official | a senior Treasury official | told reporters on a conference call | < | anon=under ground rules that did not allow the official to be named

@excluded
Have a question about the news? Ask our explainers team.
Share this explainer
© 2025 Clearview Media
''')

ARTICLES.append(r'''
@id ax-nuclear-talks-fourth-round-liveblog-valletta
@style nuclear_talks_round_liveblog
Live updates: Fourth round of Kharzan nuclear talks opens in Valletta

09:40 Valletta time
Delegations from Kharzan and a five-nation contact group arrived this morning at the Villa Sciberras conference centre for the fourth round of talks since January.
The talks are meant to set limits on Kharzan's uranium enrichment in exchange for the lifting of some sanctions.
Kharzan's lead negotiator, Deputy Foreign Minister Dariush Kamali, told state television before leaving Sefidan that his delegation had come "with a serious text and a short patience."
  > named_official | kamali | Kharzan's lead negotiator, Deputy Foreign Minister Dariush Kamali | told state television before leaving Sefidan | >

10:55
A senior State Department official, briefing reporters on the condition of anonymity under rules set by the department, said the United States would not agree to any deal that left Kharzan able to enrich uranium above 5 percent.
  > anonymous_official | state-official | A senior State Department official | said | > | anon=on the condition of anonymity under rules set by the department
The official said the U.S. delegation, led by Special Envoy Harriet Lowell, had brought "fresh ideas" on how sanctions relief could be phased in.
  > anonymous_official | state-official | The official | said | >
Lowell has not spoken publicly since arriving on Sunday.

12:20
Kharzani state television reported that the two sides had held a "constructive" first session lasting three hours.
  > media_report | kharzan-tv | Kharzani state television | reported | >
We could not independently confirm the length of the session.

13:05
A confidential report by the International Atomic Energy Agency circulated to member states last week, and seen by Crossroads News, says Kharzan's stockpile of uranium enriched to 60 percent has grown by about a fifth since May.
  > document | agency-report | A confidential report by the International Atomic Energy Agency circulated to member states last week, and seen by Crossroads News | says | >
Kharzan's mission to the agency in Vienna called the report "politically engineered" in a statement on Monday.
  > named_organization | kharzan-mission | Kharzan's mission to the agency in Vienna | called | the report "politically engineered"

14:30
A European diplomat involved in the talks said the mood was "better than in March, worse than we need."
  > anonymous_official | eu-diplomat | A European diplomat involved in the talks | said | >
The diplomat said the main sticking point remained how many advanced centrifuges Kharzan would be allowed to keep spinning at its underground site at Dashtak.
  > anonymous_official | eu-diplomat | The diplomat | said | >

15:10
Two people briefed on the morning session said Kamali had proposed freezing enrichment at current levels for 18 months in exchange for the release of $6 billion in frozen funds.
  > anonymous_familiar | briefed | Two people briefed on the morning session | said | >
Kharzan's foreign ministry spokesman, Hamid Saberi, wrote on social media that "no number has been put on the table by our side."
  > named_official | saberi | Kharzan's foreign ministry spokesman, Hamid Saberi | wrote on social media | >

16:45
At a briefing in Washington, the State Department's spokesperson, Victor Oyelaran, called the talks "serious and businesslike" and declined to discuss any proposals.
  > named_official | oyelaran | the State Department's spokesperson, Victor Oyelaran | called | the talks "serious and businesslike"
  > declined_comment | oyelaran | the State Department's spokesperson, Victor Oyelaran | declined to discuss any proposals | - | resp=declined
Sen. Warren Halloway, an Idaho Republican, said in a post on social media that any deal that did not end enrichment "will be dead on arrival in the Senate."
  > named_official | halloway | Sen. Warren Halloway, an Idaho Republican | said in a post on social media | >

18:20
The first day ended without a joint statement.
The delegations will meet again at 10 a.m. on Wednesday, according to Malta's foreign ministry, which is hosting the talks.
  > named_organization | malta-fm | Malta's foreign ministry, which is hosting the talks | according to | <
Kamali wants any fifth round to be held in Sefidan.
  > named_official | kamali | Kamali | wants | > | nosrc

@excluded
Refresh this page for the latest updates.
Follow Crossroads News for live coverage of the talks.
© 2025 Crossroads News
''')

ARTICLES.append(r'''
@id ax-contractor-radar-files-exposed-halvorsen
@style defense_contractor_data_leak_trade_bulletin
Halvorsen subcontractor left radar drawings on open server for 14 months, researcher says
  > named_person | tanaka | researcher | says | Halvorsen subcontractor left radar drawings on open server for 14 months

A machining subcontractor to Halvorsen Aerosystems stored thousands of engineering files for the company's Sentinel ground radar on a cloud server that anyone with the address could open, according to an independent security researcher who found the files and a Halvorsen filing with securities regulators.
  > named_person | tanaka | an independent security researcher who found the files | according to | <
  > document | filing | a Halvorsen filing with securities regulators | according to | <
The researcher, Kenji Tanaka, who runs a two-person security firm in Portland, Ore., said he came across the server in August while scanning for misconfigured storage and reported it to Halvorsen the same day.
  > named_person | tanaka | The researcher, Kenji Tanaka, who runs a two-person security firm in Portland, Ore. | said | >
"It wasn't hacked; it was just sitting there with the door open," Tanaka said.
  > named_person | tanaka | Tanaka | said | <
The files included machining drawings, test tolerances and a parts list stamped "Controlled Unclassified Information," he said.
  > named_person | tanaka | he | said | <

In a Form 8-K filed Monday, Halvorsen said the subcontractor, Brightwater Precision Machining of Wichita, had "inadvertently exposed" some export-controlled technical data and that there was "no evidence at this time" that anyone other than the researcher had downloaded it.
  > named_organization | halvorsen | Halvorsen | said | >
The filing says the company has notified the Defense Counterintelligence and Security Agency and hired an outside firm to review the subcontractor's systems.
  > document | filing | The filing | says | >
A Halvorsen spokeswoman, Celia Montgomery, declined to say how many files were exposed or whether any of them were classified.
  > declined_comment | montgomery | A Halvorsen spokeswoman, Celia Montgomery | declined to say how many files were exposed or whether any of them were classified | - | resp=declined
Brightwater's owner, Gary Lindell, did not return calls to the company's office on Tuesday.
  > declined_comment | lindell | Brightwater's owner, Gary Lindell | did not return calls to the company's office on Tuesday | - | resp=no_response
Halvorsen has not said whether it will keep Brightwater as a supplier.

The Pentagon has opened its own review of the exposure, according to two people familiar with the matter, one of whom said investigators were trying to determine whether foreign-registered addresses had reached the server before Tanaka found it.
  > anonymous_familiar | familiar | two people familiar with the matter | according to | <
  > anonymous_familiar | familiar | one of whom | said | >
A spokesman for the counterintelligence agency said it does not comment on specific industrial security cases.
  > named_organization | dcsa | A spokesman for the counterintelligence agency | said | >
Halvorsen is the prime contractor on the $4.1 billion Sentinel program, which the Army plans to field with air defense battalions starting in 2027.
  > named_organization | army | the Army | plans | to field with air defense battalions starting in 2027 | nosrc

Under rules that took effect last year, defense contractors must report such exposures within 72 hours and make sure their subcontractors meet the same cybersecurity standards.
Industry lawyers say the subcontractor requirement is widely ignored in practice.
  > anonymous_other | industry-lawyers | Industry lawyers | say | >
"Primes push the paperwork down the chain and hope for the best," said Rebecca Osterman, a government contracts lawyer in Arlington, Va., who is not involved in the case.
  > named_person | osterman | Rebecca Osterman, a government contracts lawyer in Arlington, Va., who is not involved in the case | said | <
Two executives at other mid-tier suppliers, who spoke on condition of anonymity to avoid angering the prime contractors they depend on, said no prime had ever audited their cybersecurity.
  > anonymous_official | executives | Two executives at other mid-tier suppliers | said | > | anon=who spoke on condition of anonymity to avoid angering the prime contractors they depend on
Rep. Glenn Tarrant, who chairs the House Armed Services subcommittee on cyber, asked Halvorsen's chief executive for a briefing by Nov. 15, according to a copy of his letter.
  > document | letter | a copy of his letter | according to | <
Halvorsen's shares fell 2.3 percent on Tuesday.
Inside Procurement first reported the filing on Monday evening.
  > media_report | inside-procurement | Inside Procurement | first reported | the filing

@excluded
Subscribe to Defense Contracting Weekly for full access to our program coverage.
Forward this story to a colleague
© 2025 Procurement Media Group. Reproduction prohibited.
''')

ARTICLES.append(r'''
@id ax-embassy-drawdown-radio-transcript-marevia
@style embassy_drawdown_radio_transcript
U.S. orders non-emergency staff out of Marevia as militia nears the capital

HOST (DANIEL OKORO): The State Department says it is ordering non-emergency staff and the families of American diplomats to leave Marevia, where an armed militia has seized two towns within 50 miles of the capital, Port Selim.
  > named_organization | state-dept | The State Department | says | >
The department said in a travel advisory this morning that U.S. citizens should "leave now, while commercial flights remain available."
  > named_organization | state-dept | The department | said in a travel advisory this morning | >
Our correspondent Ruth Abernathy is in Port Selim.
Ruth, what are you seeing?

RUTH ABERNATHY: Daniel, at the embassy compound this morning a line of white SUVs was pulling out toward the airport, and the visa section has closed its doors.
A notice taped to the gate says all consular appointments are cancelled until further notice.
  > document | gate-notice | A notice taped to the gate | says | >
Two U.S. officials, who asked not to be named because they weren't authorized to discuss intelligence, told me the decision was made late Sunday, after intercepts suggested the militia, the Eastern Liberation Front, was preparing to shell the airport road.
  > anonymous_official | us-officials | Two U.S. officials | told me | > | anon=who asked not to be named because they weren't authorized to discuss intelligence
I also reached Ambassador Lorraine Fitch by phone before she went into a meeting with Marevia's president.

LORRAINE FITCH: We are not closing the embassy.
  > named_official | fitch | LORRAINE FITCH | : | >
We are reducing our footprint so that the people who stay can do their jobs safely.
  > named_official | fitch | LORRAINE FITCH | - | *

ABERNATHY: Fitch would not say how many Americans are staying behind.
  > declined_comment | fitch | Fitch | would not say how many Americans are staying behind | - | resp=declined
A 2023 report to Congress put the embassy's staff at about 340, including local employees.
  > document | report | A 2023 report to Congress | put | >
The Port Selim Observer, the country's main independent paper, reported on Sunday that militia fighters had been seen on the outskirts of Kuma, about 30 miles from here.
  > media_report | observer | The Port Selim Observer, the country's main independent paper | reported on Sunday | >

OKORO: How are Marevians taking this?

ABERNATHY: With a lot of anxiety.
At a market near the embassy, a woman selling phone cards told me she had watched the cars leave.
  > anonymous_other | phone-card-woman | a woman selling phone cards | told me | >

UNIDENTIFIED WOMAN: (Through interpreter) When the Americans leave, it means they know something we don't.
  > anonymous_other | phone-card-woman | UNIDENTIFIED WOMAN | : | When the Americans leave, it means they know something we don't | count=1

ABERNATHY: Marevia's government spokesman, Benedict Amoah, told state radio the capital was "completely secure" and accused foreign embassies of "spreading panic."
  > named_official | amoah | Marevia's government spokesman, Benedict Amoah | told state radio | the capital was "completely secure"
  > named_official | amoah | Marevia's government spokesman, Benedict Amoah | accused | foreign embassies of "spreading panic."
The Eastern Liberation Front, which speaks mainly through a channel on a messaging app, did not respond to questions I sent there.
  > declined_comment | elf | The Eastern Liberation Front, which speaks mainly through a channel on a messaging app | did not respond to questions I sent there | - | resp=no_response

OKORO: Is this part of a wider pattern?

ABERNATHY: It's the third U.S. drawdown in the region this year.
Some former diplomats worry that every departure makes it harder for Washington to understand what is happening on the ground.
  > anonymous_official | former-diplomats | Some former diplomats | worry | >
Grace Adjei-Fenwick, who was deputy chief of mission here until 2021 and now teaches at the University of Lindon, says the embassy's political reporting is what Washington will miss most.
  > named_person | adjei-fenwick | Grace Adjei-Fenwick, who was deputy chief of mission here until 2021 and now teaches at the University of Lindon | says | >

GRACE ADJEI-FENWICK: You lose the people who know which colonel is married to whose cousin.
  > named_person | adjei-fenwick | GRACE ADJEI-FENWICK | : | >
That's not something a satellite can tell you.
  > named_person | adjei-fenwick | GRACE ADJEI-FENWICK | - | *

OKORO: Ruth Abernathy in Port Selim, thank you.

ABERNATHY: Thank you, Daniel.

@excluded
Copyright © 2025 Lakeshore Public Radio. All rights reserved.
This transcript was created on a rush deadline. Accuracy and availability may vary.
Support public radio: make a gift today.
''')

ARTICLES.append(r'''
@id ax-arms-sale-notification-newsletter-corvania
@style arms_sale_notification_newsletter
The Hill Drop: A $3.4 billion missile sale to Corvania lands in Congress, and a senator says she will fight it
  > named_official | castellanos | a senator | says | she will fight it

Good morning, and welcome to The Hill Drop, your Tuesday guide to the defense fights on Capitol Hill.

THE NOTIFICATION
The State Department formally notified Congress on Monday of a proposed $3.4 billion sale of 400 air-to-ground missiles to Corvania, along with launchers, spare parts and training, according to a notice posted by the Defense Security Cooperation Agency.
  > document | dsca-notice | a notice posted by the Defense Security Cooperation Agency | according to | <
The notice says the sale would "improve Corvania's capability to meet current and future threats" and would not alter "the basic military balance in the region."
  > document | dsca-notice | The notice | says | >
The prime contractor is Talbridge Missile Systems of Tucson.
Lawmakers now have 30 days to try to block the sale.

THE HOLD
Sen. Miriam Castellanos, the top Democrat on the Foreign Relations Committee, told The Hill Drop she would introduce a resolution of disapproval this week.
  > named_official | castellanos | Sen. Miriam Castellanos, the top Democrat on the Foreign Relations Committee | told The Hill Drop | >
"Corvania's air force has bombed two refugee camps this year with weapons we sold them," she said.
  > named_official | castellanos | she | said | <
"Selling them more is not a foreign policy, it's a habit."
  > named_official | castellanos | Sen. Miriam Castellanos | - | *
Castellanos placed an informal hold on the sale in June, during the review in which the State Department shares proposed sales with committee leaders before formal notification, according to two congressional aides.
  > anonymous_official | aides | two congressional aides | according to | <
The department went ahead with the formal notice over her objection, the aides said.
  > anonymous_official | aides | the aides | said | <
A State Department spokesperson said the sale "supports the foreign policy and national security of the United States" by helping a strategic partner defend its borders.
  > named_organization | state-dept | A State Department spokesperson | said | >
The spokesperson declined to address the hold.
  > declined_comment | state-dept | The spokesperson | declined to address the hold | - | resp=declined
The Corvanian Embassy did not respond to an email on Monday.
  > declined_comment | corvania-embassy | The Corvanian Embassy | did not respond to an email on Monday | - | resp=no_response

THE LOBBYING
Talbridge and a Washington firm working for Corvania's defense ministry, Kessler Strand Group, spent a combined $1.9 million lobbying on the sale this year, according to disclosure forms filed with Congress and the Justice Department.
  > document | disclosures | disclosure forms filed with Congress and the Justice Department | according to | <
Filings under the Foreign Agents Registration Act show that Kessler Strand lobbyists met with staff in 41 congressional offices in May and June alone.
  > document | fara | Filings under the Foreign Agents Registration Act | show | >
Talbridge said in a statement that it "follows the U.S. government's lead on all foreign military sales."
  > named_organization | talbridge | Talbridge | said in a statement | >
As we reported in June, the Pentagon's inspector general found that Corvania could not account for 60 of the guided bombs it bought in 2021.
  > media_report | hill-drop | we | reported in June | >

WHAT WE'RE WATCHING
The administration wants the sale completed before Corvania's parliamentary elections in March.
  > named_organization | administration | The administration | wants | > | nosrc
Several Republicans on the committee have privately told the White House that they share some of Castellanos's concerns, according to a person familiar with the conversations.
  > anonymous_familiar | familiar | a person familiar with the conversations | according to | <
A resolution of disapproval would still need two-thirds of both chambers to survive a veto, and none has ever become law.
The Beltway Courier reported last week that the White House had offered to attach end-use monitoring conditions to the sale to win over wavering senators.
  > media_report | beltway-courier | The Beltway Courier | reported last week | >
We'll be watching for whether that offer shows up in writing.

@excluded
Was this newsletter forwarded to you? Sign up here.
Send us tips: reply to this email.
© 2025 Capitol Signal LLC
''')

ARTICLES.append(r'''
@id ax-cyber-espionage-attribution-corrected-lindmark
@style cyber_espionage_attribution_corrected
Lindmark blames Kharzani intelligence for two-year hacking campaign against its diplomats
  > named_organization | lindmark-gov | Lindmark | blames | Kharzani intelligence for two-year hacking campaign against its diplomats

Updated at 7:15 p.m. with a response from Kharzan's embassy.

STAVBORG, Lindmark -- Lindmark's National Cyber Security Centre said Wednesday that hackers working for Kharzan's intelligence ministry had spent more than two years inside the email systems of the Foreign Ministry and at least four defense companies, the first time the government has publicly named a state behind a cyberattack.
  > named_organization | ncsc | Lindmark's National Cyber Security Centre | said Wednesday | that hackers working for Kharzan's intelligence ministry had spent more than two years inside the email systems of the Foreign Ministry and at least four defense companies
In a 38-page technical report, the centre said the hackers had stolen about 90 gigabytes of data, including diplomatic cables on energy negotiations and designs for a naval sonar system.
  > named_organization | ncsc | the centre | said | >
The report attributes the campaign, which researchers call Amber Viper, to a unit of the intelligence ministry known internally as Directorate 17.
  > document | ncsc-report | The report | attributes | >
It does not name the defense companies.

Defence Minister Astrid Kvalheim told parliament that the government had summoned Kharzan's ambassador and would expel two Kharzani diplomats.
  > named_official | kvalheim | Defence Minister Astrid Kvalheim | told parliament | >
"We have been patient, and we have been precise," Kvalheim said.
  > named_official | kvalheim | Kvalheim | said | <
"Now we are being public."
  > named_official | kvalheim | Kvalheim | - | *

Two officials at the cyber centre, who spoke on condition that they not be named because the investigation is continuing, said the hackers first got in through a contractor that maintained the ministry's video-conferencing system.
  > anonymous_official | centre-officials | Two officials at the cyber centre | said | > | anon=who spoke on condition that they not be named because the investigation is continuing
One of the officials said an earlier stage of the intrusion had been spotted in 2022 but was mistaken for criminal ransomware activity.
  > anonymous_official | centre-officials | One of the officials | said | >
The daily Stavborg Dagblad reported in March that the Foreign Ministry had quietly replaced all of its laptops after what it called "a security incident."
  > media_report | dagblad | The daily Stavborg Dagblad | reported in March | >
The ministry declined at the time to say what had happened.
  > declined_comment | foreign-ministry | The ministry | declined at the time to say what had happened | - | resp=declined
A former head of the ministry's IT department, who asked not to be identified because she still works with the government, said staff had warned as early as 2021 that the contractor's systems were out of date.
  > anonymous_official | ex-it-head | A former head of the ministry's IT department | said | > | anon=who asked not to be identified because she still works with the government

Northlight Labs, a private security firm that helped investigate the intrusion, said in its own analysis that Amber Viper had also targeted telecommunications companies in three neighboring countries.
  > named_organization | northlight | Northlight Labs, a private security firm that helped investigate the intrusion | said in its own analysis | >
Northlight's chief researcher, Tomas Eklund, said the group's tools shared code with malware used against Kharzani dissidents abroad.
  > named_official | eklund | Northlight's chief researcher, Tomas Eklund | said | >
Some researchers have cautioned that shared code alone is weak evidence, because hacking tools are often sold, leaked or stolen.
  > anonymous_other | researchers | Some researchers | have cautioned | >
Opposition leader Henrik Solberg called for an independent inquiry into why it took two years to detect the intrusion.
  > named_official | solberg | Opposition leader Henrik Solberg | called for | >
It is not clear whether any classified networks were breached.

UPDATE, 7:15 p.m.
Kharzan's embassy in Stavborg said in a statement that the accusation was "baseless and politically motivated" and that Kharzan was itself "the largest victim of cyberattacks in the region."
  > named_organization | kharzan-embassy | Kharzan's embassy in Stavborg | said in a statement | >

@excluded
Correction: An earlier version of this article misstated the number of Kharzani diplomats being expelled. It is two, not three.
Read more: Lindmark's cyber defenses, explained
© 2025 Nordic Courier
''')

ARTICLES.append(r'''
@id ax-hostage-negotiation-brother-qa-nuvaro
@style hostage_negotiation_family_qa
Hostage's brother says negotiators keep promising "next week"
  > named_person | ethan-raskin | Hostage's brother | says | negotiators keep promising "next week"

Owen Raskin, a freelance photographer from Duluth, Minn., was kidnapped in northern Nuvaro in April 2024 while reporting on a gold-mining boom.
A group calling itself the Sons of the Dune released a video of him in January, the only proof of life his family has received.
His older brother, Ethan Raskin, 41, a high school history teacher, has become the family's voice, meeting regularly with the FBI-led hostage recovery cell and the State Department's hostage envoy.
A U.S. official familiar with the case said negotiations through a tribal intermediary had resumed in the past month after a pause of nearly a year.
  > anonymous_official | us-official | A U.S. official familiar with the case | said | >
Two people briefed on the talks said the kidnappers had dropped an earlier demand for cash.
  > anonymous_familiar | briefed | Two people briefed on the talks | said | >
One of them said Nuvaro's intelligence service, not its foreign ministry, now controls the channel to the group.
  > anonymous_familiar | briefed | One of them | said | >
We spoke with Ethan Raskin by phone on Sunday; the conversation has been edited and condensed.

Q: How are you and your family holding up?
Raskin: My mother keeps his room exactly the way he left it.
  > named_person | ethan-raskin | Raskin | : | >
We take it one day at a time, and some days it's one hour at a time.
  > named_person | ethan-raskin | Raskin | - | *

Q: The Sons of the Dune said in a statement last month that they would free Owen only in exchange for three of their fighters held in Nuvaro's prisons.
  > named_organization | sons | The Sons of the Dune | said in a statement last month | >
Is a prisoner swap on the table?
Raskin: I'm not going to talk about what's on the table.
  > declined_comment | ethan-raskin | Raskin | I'm not going to talk about what's on the table | - | resp=declined
I don't want to make things harder for the people negotiating.
  > named_person | ethan-raskin | Raskin | - | *

Q: Nuvaro's interior minister, Hamadou Kintaré, told reporters last week that his government "will never free terrorists for anyone."
  > named_official | kintare | Nuvaro's interior minister, Hamadou Kintaré | told reporters last week | >
How did you take that?
Raskin: I've heard a lot of nevers in 18 months.
  > named_person | ethan-raskin | Raskin | : | >
The FBI told us in February that a deal was close, and then nothing happened.
  > named_person | ethan-raskin | Raskin | - | *
So I don't take any of it as the last word.
  > named_person | ethan-raskin | Raskin | - | *

Q: A Nuvaran news site, Sahel Direct, reported last week that Owen had been moved across the border into Mabora.
  > media_report | sahel-direct | A Nuvaran news site, Sahel Direct | reported last week | >
Have you been told anything about that?
Raskin: We saw the report, and we asked about it the same day.
  > named_person | ethan-raskin | Raskin | : | >
What we were told is that it isn't confirmed.
  > named_person | ethan-raskin | Raskin | - | *

Q: Some families of former hostages have accused the government of putting its relationship with countries like Nuvaro ahead of their relatives.
  > anonymous_other | families | Some families of former hostages | have accused | >
Do you feel that way?
Raskin: Some days, yes.
  > named_person | ethan-raskin | Raskin | : | >
But the people at the recovery cell have answered every call I've made, even at 2 in the morning.
  > named_person | ethan-raskin | Raskin | - | *

The office of the State Department's special envoy for hostage affairs said in a statement that it was "working tirelessly" to bring Owen Raskin home and would not comment on the negotiations.
  > named_organization | envoy-office | The office of the State Department's special envoy for hostage affairs | said in a statement | that it was "working tirelessly" to bring Owen Raskin home
  > declined_comment | envoy-office | The office of the State Department's special envoy for hostage affairs | would not comment on the negotiations | - | resp=declined
The Nuvaran Embassy in Washington did not respond to messages.
  > declined_comment | nuvaro-embassy | The Nuvaran Embassy in Washington | did not respond to messages | - | resp=no_response
The Sons of the Dune could not be reached.
  > declined_comment | sons | The Sons of the Dune | could not be reached | - | resp=unreachable

@excluded
This interview is part of our series Still Missing.
Share your thoughts in the comments below.
© 2025 North Shore Tribune
''')

ARTICLES.append(r'''
@id ax-allied-coup-colonels-feature-velmora
@style allied_coup_magazine_feature
The Colonels' Night: How Velmora's army turned on the president Washington trusted

The United States spent a decade training Velmora's special forces.
U.S. officials say they never saw the coup coming; some of the officers who led it say Washington should have.
  > anonymous_official | us-officials | U.S. officials | say | they never saw the coup coming
  > anonymous_official | coup-officers | some of the officers who led it | say | Washington should have

At 2:40 on the morning of Sept. 14, an armored personnel carrier rolled up the ramp of the state broadcaster's building in Kessaly, the capital, and a lieutenant colonel carrying a printed statement walked into the newsroom.
The statement, which he read on air at 3:05, announced that the armed forces had "relieved President Aurelio Danvers of his duties" to save the country from "corruption and humiliation."
  > document | junta-statement | The statement, which he read on air at 3:05 | announced | >
By dawn, Danvers was under house arrest, three of his ministers were in a military barracks, and the colonel, Teodor Brancu, was the most famous man in Velmora.
Brancu, 44, now heads the National Council for Renewal, the junta that runs the country.
When I met him in October, in the officers' mess of a barracks near the airport, he said he had acted because Danvers had "sold our mines to foreigners and our soldiers to the Americans."
  > named_official | brancu | he | said | >
"We did not ask permission from anyone," he told me.
  > named_official | brancu | he | told me | <
"Not from Washington, not from anyone's embassy."
  > named_official | brancu | Brancu | - | *

U.S. officials say the coup caught them by surprise.
  > anonymous_official | us-officials | U.S. officials | say | >
Three current and former U.S. officials, who spoke on condition of anonymity because the intelligence assessments are classified, told me that the CIA station in Kessaly had reported grumbling in the army over unpaid bonuses but had rated the chance of a coup as "low" as recently as August.
  > anonymous_official | three-officials | Three current and former U.S. officials | told me | > | anon=who spoke on condition of anonymity because the intelligence assessments are classified
One of them, a former official who worked on the region, said two of the officers who joined Brancu had trained at U.S. special operations schools.
  > anonymous_official | three-officials | One of them, a former official who worked on the region | said | >
A Western military attache in Kessaly, who was not authorized to speak to reporters, said the junta had asked three foreign training missions to leave the country by the end of the year.
  > anonymous_official | attache | A Western military attache in Kessaly | said | > | anon=who was not authorized to speak to reporters
"They learned what they needed from us," the attache said.
  > anonymous_official | attache | the attache | said | <
The State Department has not formally declared the takeover a coup, a designation that under U.S. law would cut off most military aid.
A department spokesperson said the administration was "reviewing the facts on the ground" and urged the council to "restore constitutional order without delay."
  > named_organization | state-dept | A department spokesperson | said | the administration was "reviewing the facts on the ground"
  > named_organization | state-dept | A department spokesperson | urged | the council to "restore constitutional order without delay."
A classified cable sent from the embassy in Kessaly on Sept. 20, portions of which were read to me by an official who had seen it, warned that cutting off aid would "push the colonels toward whoever will pay them."
  > document | cable | A classified cable sent from the embassy in Kessaly on Sept. 20 | warned | >

Danvers's chief of staff, Lucia Ferrand, who escaped to neighboring Osria on the night of the coup, says the Americans were warned.
  > named_official | ferrand | Danvers's chief of staff, Lucia Ferrand, who escaped to neighboring Osria on the night of the coup | says | >
"We told the ambassador in July that Brancu was meeting people he had no business meeting," she said when we spoke in a borrowed apartment in Osria's capital.
  > named_official | ferrand | she | said | <
The U.S. Embassy in Kessaly referred questions to the State Department.
  > declined_comment | us-embassy | The U.S. Embassy in Kessaly | referred questions to the State Department | - | resp=declined
The former ambassador, Gregory Hale, who left the post in August, did not respond to emails.
  > declined_comment | hale | The former ambassador, Gregory Hale, who left the post in August | did not respond to emails | - | resp=no_response

In the central market, the mood I found was mostly relief.
"Danvers ate; now maybe we eat," said a woman selling dried fish, who would give only her first name, Odile.
  > named_person | odile | a woman selling dried fish, who would give only her first name, Odile | said | <
Several young men wearing T-shirts printed with Brancu's face told me the Americans should "go home and take their trainers with them."
  > anonymous_other | young-men | Several young men wearing T-shirts printed with Brancu's face | told me | >
People close to the junta say Brancu has already met twice with representatives of the Ural Security Group, a private military company.
  > anonymous_familiar | close-junta | People close to the junta | say | >
The council's spokesman, Major Idris Fallou, denied that any such meetings had taken place.
  > named_official | fallou | The council's spokesman, Major Idris Fallou | denied | >
Analysts I spoke with in Kessaly and Washington said the coup fit a pattern in the region: armies that grew in size and confidence on Western counterterrorism money, then turned on civilian governments they saw as weak.
  > anonymous_other | analysts | Analysts I spoke with in Kessaly and Washington | said | >
"We trained the best units in the country, and the best units are the ones that can take a palace," said Marguerite Olaniyan, who ran security assistance programs at the Pentagon until 2022 and is now a fellow at the Brightwell Institute.
  > named_person | olaniyan | Marguerite Olaniyan, who ran security assistance programs at the Pentagon until 2022 and is now a fellow at the Brightwell Institute | said | <

Brancu has promised elections "within 24 months."
  > named_official | brancu | Brancu | has promised | >
When I asked him when the 24 months would start, he declined to give a date.
  > declined_comment | brancu | he | declined to give a date | - | resp=declined

@excluded
This article appears in the March issue of Parallax.
Photographs by Sandrine Okeke for Parallax.
Subscribe to Parallax for $1 a week.
''')

ARTICLES.append(r'''
@id ax-destroyer-container-ship-collision-marrow-bay
@style naval_collision_port_daily
Navy destroyer and container ship collide off Marrow Bay; seven sailors hurt

MARROW BAY -- Seven sailors were injured early Thursday when the destroyer USS Carrow collided with a Liberian-flagged container ship about 12 miles off the mouth of the bay, the Navy said.
  > named_organization | navy | the Navy | said | <
Four of the sailors were flown to Marrow Bay General Hospital and three were treated aboard the ship, according to a statement from Naval Surface Group West.
  > named_organization | surface-group | a statement from Naval Surface Group West | according to | <
A hospital spokeswoman, Tara Quinlan, said two of the sailors were in serious condition Thursday evening.
  > named_official | quinlan | A hospital spokeswoman, Tara Quinlan | said | >
The Navy has not released the sailors' names.

The destroyer, which is based at Naval Station Marrow Bay, suffered a gash on its starboard side above the waterline and returned to port under its own power shortly after 9 a.m., a Navy spokesman, Lt. Cmdr. Alan Vickery, said.
  > named_official | vickery | a Navy spokesman, Lt. Cmdr. Alan Vickery | said | <
Vickery said the cause of the collision was under investigation and declined to say who had been in charge on the destroyer's bridge.
  > named_official | vickery | Vickery | said | the cause of the collision was under investigation
  > declined_comment | vickery | Vickery | declined to say who had been in charge on the destroyer's bridge | - | resp=declined
Two Navy officials said the container ship, the Meridian Star, had been outbound for Asia when the two vessels came together in thick fog.
  > anonymous_official | navy-officials | Two Navy officials | said | >
One of the officials, who was not authorized to speak publicly, said the destroyer had been running with its automatic identification transponder switched off, as warships often do, so the container ship's crew could not see it on their screens.
  > anonymous_official | navy-officials | One of the officials | said | > | anon=who was not authorized to speak publicly
Ship-tracking data from the service SeaPath show the Meridian Star slowing sharply at 5:47 a.m., about four minutes before the collision was reported to the Coast Guard.
  > document | seapath | Ship-tracking data from the service SeaPath | show | >
The Coast Guard said it received a distress call at 5:51 a.m. and sent a cutter and a helicopter.
  > named_organization | coast-guard | The Coast Guard | said | >
The ship's operator, Halcyon Container Lines of Singapore, said in an email that none of its 22 crew members had been hurt and that it was "cooperating fully with U.S. authorities."
  > named_organization | halcyon | The ship's operator, Halcyon Container Lines of Singapore | said in an email | >
Its managing director did not respond to a request for an interview.
  > declined_comment | halcyon-md | Its managing director | did not respond to a request for an interview | - | resp=no_response

It is the second collision involving a Marrow Bay warship in three years.
In 2022 the frigate USS Donnelly struck a fishing boat in the bay, killing one fisherman; a Navy investigation later found that the frigate's watch team had been "inadequately trained and chronically fatigued."
  > document | donnelly-inquiry | a Navy investigation | later found | >
The Gazette reported last year that the Coast Guard had asked the Navy to have warships broadcast their positions in the approaches to the bay, a request the Navy turned down.
  > media_report | gazette | The Gazette | reported last year | >

Donna Pearsall, whose husband is a sailor on the Carrow, said he called her from the ship around 7 a.m. to say he was fine but that "the whole ship shook."
  > named_person | pearsall | Donna Pearsall, whose husband is a sailor on the Carrow | said | >
"When you hear the word collision, your heart just stops," she said.
  > named_person | pearsall | she | said | <
At the Anchor Light Tavern near the base gate, owner Phil Sorensen said sailors had talked about nothing but fog and crowded shipping lanes all day.
  > named_person | sorensen | owner Phil Sorensen | said | >
Some longtime residents said the lanes off the bay had grown more crowded every year since the port expansion.
  > anonymous_other | residents | Some longtime residents | said | >
Rep. Diane Ostergaard, whose district includes the base, said she had asked the Navy for a briefing.
  > named_official | ostergaard | Rep. Diane Ostergaard, whose district includes the base | said | >
The Navy will move the Carrow into dry dock at the Marrow Bay shipyard next week for a damage assessment, Vickery said.
  > named_official | vickery | Vickery | said | <
The Navy wants the destroyer back at sea before its scheduled deployment in the spring.
  > named_organization | navy | The Navy | wants | > | nosrc

@excluded
Get breaking news alerts from the Gazette.
Comments on this story are closed.
© 2025 Marrow Bay Gazette
''')

ARTICLES.append(r'''
@id ax-counterterror-raid-substation-plot-dellwood
@style counterterror_raid_tv_web
FBI raids Dellwood home, arrests man accused of plotting attacks on power substations

DELLWOOD, Mich. -- FBI agents and state police raided a home on Linden Court early Wednesday and arrested a 24-year-old man accused of planning to attack electrical substations across the region on behalf of a foreign terrorist group, according to a criminal complaint unsealed Wednesday afternoon.
  > document | complaint | a criminal complaint unsealed Wednesday afternoon | according to | <
The complaint identifies the man as Nathan Wilder.
  > document | complaint | The complaint | identifies | >
It says Wilder pledged allegiance online to the Crescent Vanguard, a group designated as a terrorist organization in 2019, and told an undercover FBI employee that he wanted to "make the lights go out for a month."
  > document | complaint | It | says | >
Agents found two rifles, a drone and hand-drawn maps of three substations in Wilder's bedroom, the complaint says.
  > document | complaint | the complaint | says | <
Channel 8 was on Linden Court as agents in tactical gear led Wilder from the house in handcuffs shortly after 6 a.m.

U.S. Attorney Denise Harmon said at a news conference in Grand Rapids that there was "no ongoing threat to the public."
  > named_official | harmon | U.S. Attorney Denise Harmon | said at a news conference in Grand Rapids | >
"This case was stopped at the talking stage, which is exactly where we want to stop them," Harmon said.
  > named_official | harmon | Harmon | said | <
Law enforcement sources told Channel 8 that Wilder had been under surveillance since at least March, after a relative reported his social media posts to a tip line.
  > anonymous_official | le-sources | Law enforcement sources | told Channel 8 | >
The FBI's Detroit field office declined to comment on how the investigation began.
  > declined_comment | fbi | The FBI's Detroit field office | declined to comment | - | resp=declined
Wilder made a brief first appearance in federal court Wednesday afternoon and did not enter a plea.
His court-appointed lawyer, Amanda Kowalczyk, said her client had "no means and no real plan" and had been "egged on for months" by the undercover employee.
  > named_official | kowalczyk | His court-appointed lawyer, Amanda Kowalczyk | said | >

Neighbors on Linden Court described Wilder as quiet and said he rarely left the house.
  > anonymous_other | neighbors | Neighbors on Linden Court | described | Wilder as quiet
  > anonymous_other | neighbors | Neighbors on Linden Court | said | he rarely left the house
A neighbor who lives two doors down said she woke to flashing lights and an agent telling her to stay inside.
  > named_person | kline | A neighbor who lives two doors down | said | >
"I'd see him get the mail, and that's about it," said the neighbor, Barbara Kline, 67.
  > named_person | kline | the neighbor, Barbara Kline, 67 | said | <
Wilder's mother, reached by phone, declined to comment.
  > declined_comment | wilder-mother | Wilder's mother | declined to comment | - | resp=declined
A spokesman for Great Lakes Power & Light, which owns two of the substations named in the complaint, said the company had increased security at its sites "out of caution."
  > named_organization | glpl | A spokesman for Great Lakes Power & Light, which owns two of the substations named in the complaint | said | >

Physical attacks on the power grid reached a record of more than 2,800 incidents last year, according to Energy Department data.
  > document | doe-data | Energy Department data | according to | <
Experts say substations are hard to protect because there are tens of thousands of them, many in remote places.
  > anonymous_other | experts | Experts | say | >
Channel 8 first reported Wednesday morning that the raid was connected to a terrorism investigation.
  > media_report | channel8 | Channel 8 | first reported Wednesday morning | >
Wilder faces up to 20 years in prison if convicted of attempting to provide material support to a foreign terrorist organization.
A detention hearing is scheduled for Monday.

@excluded
Download the Channel 8 News app for breaking news alerts.
Copyright 2025 WDLM-TV. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
Have a news tip? Email the Channel 8 newsroom.
''')

ARTICLES.append(r'''
@id ax-intelligence-budget-senator-visit-ashford
@style intelligence_budget_campus_paper
Senator tells Ashford crowd intelligence cuts would "blind us" as students protest agency recruiting
  > named_official | hendricks | Senator | tells | intelligence cuts would "blind us"

Sen. Paul Hendricks, the top Republican on the Senate Intelligence Committee and a 1987 Ashford graduate, warned a packed Whitman Hall on Thursday that proposed cuts to the intelligence budget would "blind us at exactly the moment we need to see."
  > named_official | hendricks | Sen. Paul Hendricks, the top Republican on the Senate Intelligence Committee and a 1987 Ashford graduate | warned a packed Whitman Hall on Thursday | >
Hendricks spoke for about 40 minutes at an event sponsored by the Ashford Program in International Security.
The House version of next year's intelligence authorization bill would cut the National Intelligence Program by about 4 percent, according to a summary released by the House Intelligence Committee.
  > document | summary | a summary released by the House Intelligence Committee | according to | <
"You can't cut your way to good intelligence," Hendricks said.
  > named_official | hendricks | Hendricks | said | <
"You can only cut your way to surprises."
  > named_official | hendricks | Hendricks | - | *

Rep. Lydia Farnsworth, a Vermont Democrat who wrote the cut into the House bill, said in a statement to The Ledger that the agencies "have had a blank check for 20 years and still missed the big ones."
  > named_official | farnsworth | Rep. Lydia Farnsworth, a Vermont Democrat who wrote the cut into the House bill | said in a statement to The Ledger | >
A Senate Intelligence Committee aide, who requested anonymity to discuss closed-door negotiations, said the two chambers were about $2 billion apart and that talks had stalled over a satellite program whose name is classified.
  > anonymous_official | senate-aide | A Senate Intelligence Committee aide | said | > | anon=who requested anonymity to discuss closed-door negotiations
A House Democratic aide said Farnsworth's allies would accept a smaller cut if the Senate agreed to new reporting requirements for the satellite program.
  > anonymous_official | house-aide | A House Democratic aide | said | >
People briefed on the bill's classified annex said it would also trim spending on contract analysts at two agencies.
  > anonymous_familiar | briefed | People briefed on the bill's classified annex | said | >
The Ledger could not independently confirm the size of the gap.
The Potomac Herald reported this month that the Office of the Director of National Intelligence had warned lawmakers in a classified letter that the cut would force it to end "several collection programs."
  > media_report | potomac-herald | The Potomac Herald | reported this month | >

Outside Whitman Hall, about 60 students chanted and held signs to protest the college's decision to let intelligence agencies recruit at its spring career fair.
The protest's organizer, Students for a Demilitarized Campus, has collected more than 900 signatures on a petition asking the college to bar the agencies from career fairs, the group's co-president, Priya Raman, a junior, said.
  > named_official | raman | the group's co-president, Priya Raman, a junior | said | <
"Our tuition shouldn't pay for a recruiting pipeline to agencies that spy on people," Raman said.
  > named_official | raman | Raman | said | <
The petition, a copy of which was obtained by The Ledger, also asks Ashford to disclose its research contracts with defense and intelligence agencies.
  > document | petition | The petition, a copy of which was obtained by The Ledger | asks | >
Ashford's director of media relations, Colleen Baptiste, said in an email that the career fair is "open to all lawful employers" and that the college "does not take sides in policy debates."
  > named_official | baptiste | Ashford's director of media relations, Colleen Baptiste | said in an email | >
Records posted on the college's research office website show that Ashford received $3.2 million last year in grants from an intelligence research agency for work on speech recognition.
  > document | research-records | Records posted on the college's research office website | show | >
Some faculty members have questioned the grants at Faculty Senate meetings this semester, according to minutes of the meetings.
  > document | minutes | minutes of the meetings | according to | <
Elliot Tran, a professor of political science who studies congressional oversight, said both sides in Washington were arguing "about the size of the budget when the real fight is over who gets to see it."
  > named_person | tran | Elliot Tran, a professor of political science who studies congressional oversight | said | >

Hendricks did not mention the protest in his remarks.
His office did not respond to a request for comment about it on Friday.
  > declined_comment | hendricks-office | His office | did not respond to a request for comment about it on Friday | - | resp=no_response
Hendricks plans to return to campus in April for a forum on election security.
  > named_official | hendricks | Hendricks | plans | > | nosrc
The Ledger reported in February that the college's career office had added two intelligence agencies to its list of featured employers.
  > media_report | ledger | The Ledger | reported in February | >

@excluded
The Ashford Ledger is the independent student newspaper of Ashford College.
Leave a comment
Your email address will not be published. Required fields are marked *
© 2025 The Ashford Ledger
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
