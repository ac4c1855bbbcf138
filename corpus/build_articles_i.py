"""Build corpus/articles/i.jsonl: invented news articles annotated by hand as a seventh CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (pentagon_budget, insurance_fraud, water_contamination, tech_antitrust,
teachers_union, mining_accident, border_security, pharmacy_opioids, transit_strike,
housing_court, nuclear_talks, governor_race_2016_style), each article built to test source
grouping (one person as full name, surname, pronoun and a description named only later;
two people of one gender and role; an institution under its name, acronym and "the
agency"/"the company"; an institution named only in the reporter's own words before "the
company said"; quotes running over several sentences; non-answers of all three kinds;
reported plans that are not sourcing). Nothing is trained or tuned on them. Same line
format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_i.py [--render]
     python corpus/build_articles_i.py --check FILE   (validate and render the blocks of FILE; write nothing)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "i.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id i-pentagon-budget-corvane-frigate-cut
@style pentagon_budget
Pentagon budget would halt Navy's troubled frigate program after nine ships, officials say
  > anonymous_official | dod-officials | officials | say | Pentagon budget would halt Navy's troubled frigate program after nine ships

WASHINGTON -- The Pentagon's budget request for next year would stop buying the Navy's Corvane-class frigates after the ninth ship, ending a program that was supposed to produce 20 of the warships, according to three defense officials.
  > anonymous_official | dod-officials | three defense officials | according to | <
The officials, who spoke on the condition of anonymity because the $912 billion request will not be sent to Congress until Monday, said the savings would pay for more long-range missiles and for overdue submarine repairs.
  > anonymous_official | dod-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the $912 billion request will not be sent to Congress until Monday
One of them said the first frigate would not be delivered before 2029, five years later than the Navy promised when the contract was signed.
  > anonymous_official | dod-officials | One of them | said | >

The contract went in 2020 to Tessaline Marine Works, a shipyard on Lake Michigan that had never before built a warship larger than a patrol boat.
The company said in a statement on Friday that it had met "every milestone the Navy has let us reach" and that the delays began when the service changed the ship's hull design after steel had been cut.
  > named_organization | tessaline | The company | said in a statement on Friday | that it had met "every milestone the Navy has let us reach" and that the delays began when the service changed the ship's hull design after steel had been cut
Tessaline's chief executive, Gerald Voskuijlen, said ending the program would cost about 2,400 jobs at the yard in Bayport.
  > named_official | voskuijlen | Tessaline's chief executive, Gerald Voskuijlen | said | >
"You do not build a shipyard back once you let it go," he said.
  > named_official | voskuijlen | he | said | <
"The Navy will need these ships, and it will need these welders, long after this budget is forgotten."
  > named_official | voskuijlen | he | - | *

A report released in March by the Government Accountability Office found that only 18 percent of the frigate's design was finished when the Navy ordered construction to begin.
  > document | gao-report | A report released in March by the Government Accountability Office | found | >
The audit also said the Navy had underestimated the weight of the ship's radar, forcing engineers to redesign its upper decks twice.
  > document | gao-report | The audit | said | >
Navy Secretary Raymond Teodoru told reporters at the Pentagon on Thursday that the service "did not get what we paid for" and would put the money "into things that float and fight today."
  > named_official | teodoru | Navy Secretary Raymond Teodoru | told reporters | that the service "did not get what we paid for" and would put the money "into things that float and fight today."
Teodoru declined to say whether the Navy would seek to recover any money from the shipbuilder.
  > declined_comment | teodoru | Teodoru | declined to say whether the Navy would seek to recover any money from the shipbuilder | - | resp=declined

Rep. Curtis Hallengren, a Republican whose district includes the Bayport yard, said he would try to restore money for at least two more ships when the House Armed Services Committee takes up the budget.
  > named_official | hallengren | Rep. Curtis Hallengren, a Republican whose district includes the Bayport yard | said | >
"This is a decision made by accountants who have never set foot in a shipyard," Hallengren said.
  > named_official | hallengren | Hallengren | said | <
Another member of the committee, Rep. Douglas Amberley, a Democrat from Virginia, said the Navy had been warned for years that the frigate was in trouble and had done nothing about it.
  > named_official | amberley | Another member of the committee, Rep. Douglas Amberley, a Democrat from Virginia | said | >
He said he expected the committee to accept the cut.
  > named_official | amberley | He | said | >
Critics of the program on Capitol Hill have long argued that the Navy picked a foreign design and then changed so much of it that it became a new ship.
  > anonymous_other | critics | Critics of the program on Capitol Hill | have long argued | >

A person familiar with the budget deliberations said the Navy had asked to keep buying frigates through 2028 but was overruled by the Pentagon's cost analysts.
  > anonymous_familiar | familiar | A person familiar with the budget deliberations | said | >
The person, who spoke on the condition of anonymity because the deliberations were private, said Deputy Defense Secretary Harriet Ocampo made the final call in January.
  > anonymous_familiar | familiar | The person | said | > | anon=who spoke on the condition of anonymity because the deliberations were private
Ocampo had wanted to cancel the program outright last year but agreed to one more review at the Navy's request.
  > named_official | ocampo | Ocampo | had wanted | to cancel the program outright last year | nosrc
Her office did not respond to a request for comment on Friday.
  > declined_comment | ocampo-office | Her office | did not respond to a request for comment | - | resp=no_response

Budget documents obtained by this newspaper show that the request would also retire four cruisers two years early and cut the Navy's planned purchases of fighter jets by 12.
  > document | budget-docs | Budget documents obtained by this newspaper | show | >
The trade publication Defense Ledger first reported the frigate decision on Wednesday.
  > media_report | defense-ledger | The trade publication Defense Ledger | first reported | the frigate decision on Wednesday
The Senate Armed Services Committee will hold its first hearing on the request on April 9.
''')

ARTICLES.append(r'''
@id i-insurance-fraud-calloway-staged-crashes
@style insurance_fraud
Fourteen charged in staged-crash ring that billed insurers $9 million, indictment says
  > document | indictment | indictment | says | Fourteen charged in staged-crash ring that billed insurers $9 million

MERRIDEN, N.J. -- A chiropractor, two tow-truck operators and 11 other people staged at least 60 car crashes on highways around Merriden over four years and billed insurers more than $9 million for injuries that never happened, according to an indictment unsealed on Tuesday in Calloway County Superior Court.
  > document | indictment | an indictment unsealed on Tuesday in Calloway County Superior Court | according to | <
The indictment says the ring recruited drivers through a social media page that offered "$1,500 for an easy fender bender" and then sent them to a clinic that billed for months of therapy they never received.
  > document | indictment | The indictment | says | >

Calloway County Prosecutor Lavinia Strout said at a news conference that the scheme had raised premiums for every driver in the county.
  > named_official | strout | Calloway County Prosecutor Lavinia Strout | said at a news conference | >
"These were not accidents," Strout said.
  > named_official | strout | Strout | said | <
"They were a business, and the product was paperwork."
  > named_official | strout | Strout | - | *
She said investigators had identified more than 200 people who were paid to ride in the staged crashes, and that most of them would not be charged.
  > named_official | strout | She | said | >

The investigation began in 2022 after analysts at Halloran Mutual Insurance noticed that dozens of claims listed the same tow company and the same clinic.
The company said in a statement that it had paid about $2.8 million on the claims and would seek to recover the money in civil court.
  > named_organization | halloran | The company | said in a statement | >
Halloran's head of special investigations, Curtis Wanamaker, said the crashes followed a pattern: a rented car would brake hard in front of a truck or delivery van, and a tow truck would arrive within minutes.
  > named_official | wanamaker | Halloran's head of special investigations, Curtis Wanamaker | said | >
"A tow truck that shows up before the police is the first thing we look for," he said.
  > named_official | wanamaker | he | said | <
The National Claims Integrity Bureau, an industry group that tracks fraud for insurers, said staged-crash rings had cost New Jersey insurers about $140 million last year.
  > named_organization | ncib | The National Claims Integrity Bureau, an industry group that tracks fraud for insurers | said | >
NCIB said the Merriden case was among the largest it had seen in the state.
  > named_organization | ncib | NCIB | said | >

A lawyer for the clinic's owner said his client had treated every patient who came through the door in good faith.
  > named_official | kreshevsky | A lawyer for the clinic's owner | said | >
The lawyer, Anton Kreshevsky, said the owner, Dr. Mireille Pellerin, would plead not guilty at her arraignment next week.
  > named_official | kreshevsky | The lawyer, Anton Kreshevsky | said | >
The two tow-truck operators, brothers who run a towing company in the nearby town of Fallsbury, could not be reached for comment.
  > declined_comment | tow-operators | The two tow-truck operators, brothers who run a towing company in the nearby town of Fallsbury | could not be reached for comment | - | resp=unreachable

A law enforcement official said investigators were examining whether a personal-injury lawyer who represented many of the drivers had steered them to the clinic.
  > anonymous_official | le-official | A law enforcement official | said | >
The official, who spoke on the condition of anonymity because that part of the inquiry is continuing, said no charges against the lawyer were expected soon.
  > anonymous_official | le-official | The official | said | > | anon=who spoke on the condition of anonymity because that part of the inquiry is continuing
Two people familiar with the case said at least four of the defendants had agreed to testify against Pellerin.
  > anonymous_familiar | familiar | Two people familiar with the case | said | >

Priya Dandekar, a nurse from Oakfield whose sedan was struck from behind by one of the rented cars in 2021, said she spent a year fighting the ring's claim that she had caused the crash.
  > named_person | dandekar | Priya Dandekar, a nurse from Oakfield whose sedan was struck from behind by one of the rented cars in 2021 | said | >
Another driver caught up in the scheme, Colette Amsel, 61, said her premium had nearly doubled after a similar crash on Route 9.
  > named_person | amsel | Another driver caught up in the scheme, Colette Amsel, 61 | said | >
"They put their car in front of mine and slammed on the brakes, and I paid for it for three years," Amsel said.
  > named_person | amsel | Amsel | said | <
Dandekar said she still has the photographs she took of the other car's driver laughing on his phone.
  > named_person | dandekar | Dandekar | said | >
Some defense lawyers in the county say prosecutors have charged people who did little more than ride in a car.
  > anonymous_other | defense-lawyers | Some defense lawyers in the county | say | >

Strout's office had planned to announce the charges in February but delayed the arrests after one of the defendants left the country.
  > named_organization | strout-office | Strout's office | had planned | to announce the charges in February | nosrc
The Merriden Ledger first reported the investigation in 2023.
  > media_report | ledger | The Merriden Ledger | first reported | the investigation in 2023
@excluded
Sign up for Road Watch, our weekly newsletter about driving and your money.
Share this article
''')

ARTICLES.append(r'''
@id i-water-contamination-ashcombe-corbel-wells
@style water_contamination
Ashcombe water authority knew of chemical in wells for a year before warning residents, emails show
  > document | emails | emails | show | Ashcombe water authority knew of chemical in wells for a year before warning residents

ASHCOMBE, Mich. -- Managers at the public water utility serving this town of 14,000 learned in the spring of last year that two of its wells contained industrial chemicals at nearly five times the federal limit but did not tell residents until this month, according to internal emails obtained by The Ashcombe Sentinel.
  > document | emails | internal emails obtained by The Ashcombe Sentinel | according to | <
The emails show that an outside laboratory flagged the results in April of last year and that a manager at the Ashcombe Municipal Water Authority asked the lab to "hold off on the formal report" while the wells were retested.
  > document | emails | The emails | show | >
The retests, completed in July, confirmed the first results.

The authority's executive director, Glenn Hathersage, said in an interview on Monday that he had not seen the lab's warning until September and that the utility had switched the town to its two clean wells as soon as he did.
  > named_official | hathersage | The authority's executive director, Glenn Hathersage | said in an interview on Monday | that he had not seen the lab's warning until September and that the utility had switched the town to its two clean wells as soon as he did
"Nobody was drinking from those wells by October," Hathersage said.
  > named_official | hathersage | Hathersage | said | <
"I wish we had told people sooner, and I have said that to the board."
  > named_official | hathersage | Hathersage | - | *
He declined to name the manager who wrote to the lab.
  > declined_comment | hathersage | He | declined to name the manager who wrote to the lab | - | resp=declined
In a statement, AMWA said the water now flowing to homes meets every state and federal standard.
  > named_organization | amwa | AMWA | said | >

The chemicals are used in stain-resistant coatings, and the wells sit less than a mile downhill from a plant that Corbel Coatings operated on Ferris Road from 1974 until 2011.
The company said in a letter to state regulators last month that there was "no evidence" linking its former plant to the contamination.
  > named_organization | corbel | The company | said in a letter to state regulators last month | >
But a state inspection report from 2009 found drums of coating waste buried behind the plant, some of them leaking into a drainage ditch.
  > document | inspection-report | a state inspection report from 2009 | found | >
Corbel did not respond to phone calls and emails on Monday.
  > declined_comment | corbel | Corbel | did not respond to phone calls and emails | - | resp=no_response

Two officials at the state Department of Environment and Water said the department was preparing to order Corbel to pay for new filters at the utility's wells.
  > anonymous_official | state-officials | Two officials at the state Department of Environment and Water | said | >
The officials, who spoke on the condition of anonymity because the order has not been signed, said it could be issued within weeks.
  > anonymous_official | state-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the order has not been signed
The department's director, Lorraine Okafor-Bell, said only that the state was "looking closely at who is responsible."
  > named_official | okafor-bell | The department's director, Lorraine Okafor-Bell | said only | that the state was "looking closely at who is responsible."

A mother of three who lives on Ferris Road said she had mixed her youngest son's baby formula with tap water for most of last year.
  > named_person | pruszynski | A mother of three who lives on Ferris Road | said | >
"They knew, and they let me keep pouring it," said the mother, Dana Pruszynski, 34.
  > named_person | pruszynski | the mother, Dana Pruszynski, 34 | said | <
Pruszynski said she had asked the authority for blood tests for her children and had not heard back.
  > named_person | pruszynski | Pruszynski | said | >
Her neighbor, Kathleen Moyes, a retired schoolteacher, said she had stopped drinking the water only after reading about the wells online.
  > named_person | moyes | Her neighbor, Kathleen Moyes, a retired schoolteacher | said | >
She said she intended to join a lawsuit that a Detroit law firm is preparing against the company and the authority.
  > named_person | moyes | She | said | >

Anya Steinhart, a toxicologist at Great Lakes State University who studies the chemicals, said the levels found in the wells were high enough to worry about for infants and pregnant women.
  > named_person | steinhart | Anya Steinhart, a toxicologist at Great Lakes State University who studies the chemicals | said | >
"One year of exposure is not a lifetime, but it is not nothing either," she said.
  > named_person | steinhart | she | said | <
Some members of the authority's board have privately questioned whether Hathersage can keep his job, according to a person familiar with the board's discussions.
  > anonymous_familiar | board-familiar | a person familiar with the board's discussions | according to | <
The board had planned to vote on a rate increase this month but postponed it until after a public meeting on the wells.
  > named_organization | amwa-board | The board | had planned | to vote on a rate increase this month | nosrc
The meeting is scheduled for Thursday at 7 p.m. at Ashcombe High School.
''')

ARTICLES.append(r'''
@id i-tech-antitrust-quillmark-app-store-suit
@style tech_antitrust
Justice Department sues Quillmark, accusing it of rigging its app store against rivals
  > named_organization | doj | Justice Department | accusing | it of rigging its app store against rivals

WASHINGTON -- The Justice Department sued Quillmark on Tuesday, accusing the software giant of using its control of the app store on 900 million devices to bury rival apps and to force developers to pay a 30 percent cut on every sale.
  > named_organization | doj | The Justice Department | accusing | the software giant of using its control of the app store on 900 million devices to bury rival apps and to force developers to pay a 30 percent cut on every sale
The lawsuit, filed in federal court in San Francisco with 11 states as co-plaintiffs, says Quillmark changed its search rankings in 2021 so that its own apps appeared first even when users searched for a competitor by name.
  > document | complaint | The lawsuit, filed in federal court in San Francisco with 11 states as co-plaintiffs | says | >
According to the complaint, internal Quillmark documents describe the change as a way to "starve" apps that competed with the company's music and map services.
  > document | complaint | the complaint | According to | >

Attorney General Marcus Delahunt said at a news conference that Quillmark had "built a toll booth on the only road into the market and then raised the toll."
  > named_official | delahunt | Attorney General Marcus Delahunt | said at a news conference | that Quillmark had "built a toll booth on the only road into the market and then raised the toll."
The head of the department's antitrust division, Assistant Attorney General Renata Solberg, said the government would ask the court to force Quillmark to let users install apps from other stores.
  > named_official | solberg | The head of the department's antitrust division, Assistant Attorney General Renata Solberg | said | >
"We are not asking a judge to run this company," she said.
  > named_official | solberg | she | said | <
"We are asking a judge to make it compete."
  > named_official | solberg | she | - | *
Solberg declined to say whether the department was also investigating the company's advertising business.
  > declined_comment | solberg | Solberg | declined to say whether the department was also investigating the company's advertising business | - | resp=declined

Quillmark said in a blog post that the lawsuit was "wrong on the facts and wrong on the law" and that its app store protected users from malware and scams.
  > named_organization | quillmark | Quillmark | said in a blog post | >
The company's chief legal officer, Howard Penhallow, said the rankings change had been made to fight fake apps, not rivals.
  > named_official | penhallow | The company's chief legal officer, Howard Penhallow | said | >
He said Quillmark would fight the case in court.
  > named_official | penhallow | He | said | >

Two people familiar with the investigation said the department had spent months trying to negotiate a settlement that would have required Quillmark to cut its commission to 15 percent.
  > anonymous_familiar | familiar | Two people familiar with the investigation | said | >
Those talks collapsed in September, the people said, after the company refused to let outside app stores onto its devices.
  > anonymous_familiar | familiar | the people | said | <
A senior Justice Department official, speaking to reporters on the condition that he not be named, said the government had interviewed more than 300 app developers.
  > anonymous_official | doj-official | A senior Justice Department official | said | > | anon=on the condition that he not be named

Competition economists are divided on the case.
Marisol Quintanar, an economist at Bellhurst University who studies digital markets, said the government's case was stronger than any it had brought against a technology company in two decades.
  > named_person | quintanar | Marisol Quintanar, an economist at Bellhurst University who studies digital markets | said | >
Another economist, Greta Vandermolen of the Carrow Institute, a research group partly funded by technology companies, said users benefited from a single, tightly controlled store.
  > named_person | vandermolen | Another economist, Greta Vandermolen of the Carrow Institute, a research group partly funded by technology companies | said | >
"Consumers are not complaining about this store," Vandermolen said.
  > named_person | vandermolen | Vandermolen | said | <
"Competitors are."
  > named_person | vandermolen | Vandermolen | - | *
Quintanar said that argument ignored the prices developers pass on to users.
  > named_person | quintanar | Quintanar | said | >

Marco Tilghman, the founder of the podcast app Driftwave, said his app's downloads fell by two-thirds in the month after the ranking change.
  > named_person | tilghman | Marco Tilghman, the founder of the podcast app Driftwave | said | >
He said he had given investigators his sales data last year.
  > named_person | tilghman | He | said | >
The Bay Circuit, a technology news site, reported last month that Quillmark had hired three former Justice Department lawyers to work on the case.
  > media_report | bay-circuit | The Bay Circuit, a technology news site | reported | that Quillmark had hired three former Justice Department lawyers to work on the case
Quillmark had planned to open its store to outside payment systems next year in Europe, where regulators have pressed it on the same issues.
  > named_organization | quillmark | Quillmark | had planned | to open its store to outside payment systems next year in Europe | nosrc
''')

ARTICLES.append(r'''
@id i-teachers-union-fenwick-contract-impasse
@style teachers_union
Fenwick teachers reject contract offer, union says, setting up first strike vote since 2003
  > named_organization | fft | union | says | Fenwick teachers reject contract offer

FENWICK, Pa. -- Teachers in the Fenwick Area School District overwhelmingly rejected the district's latest contract offer on Monday, and their union said it would ask members to authorize a strike for the first time since 2003.
  > named_organization | fft | their union | said | it would ask members to authorize a strike for the first time since 2003
The Fenwick Federation of Teachers said 91 percent of the 1,120 members who voted opposed the offer, which would have raised pay by 2 percent a year for three years while increasing what teachers pay for health insurance.
  > named_organization | fft | The Fenwick Federation of Teachers | said | >

The union's president, Marjorie Tellefsen, a high school chemistry teacher, said the offer would leave most teachers earning less next year than they do now once the insurance costs were counted.
  > named_official | tellefsen | The union's president, Marjorie Tellefsen, a high school chemistry teacher | said | >
"Our members did the math," Tellefsen said at a rally outside the district's administration building.
  > named_official | tellefsen | Tellefsen | said at a rally | <
"Nobody goes on strike because they want to.
  > named_official | tellefsen | Tellefsen | - | *
People go on strike because they have run out of other ways to be heard."
  > named_official | tellefsen | Tellefsen | - | *
She said a strike vote would be held within two weeks.
  > named_official | tellefsen | She | said | >

Superintendent Angela Bristow said in a letter to parents on Tuesday that the district could not afford a larger raise without cutting programs or raising property taxes beyond the state's cap.
  > named_official | bristow | Superintendent Angela Bristow | said in a letter to parents | that the district could not afford a larger raise without cutting programs or raising property taxes beyond the state's cap
The letter said the district faces a $6.4 million shortfall next year after enrollment fell for the fifth straight year.
  > document | bristow-letter | The letter | said | >
Bristow declined to be interviewed, and a district spokesman, Neil Fairbrother, said she would not comment while negotiations continued.
  > declined_comment | bristow | Bristow | declined to be interviewed | - | resp=declined
  > named_official | fairbrother | a district spokesman, Neil Fairbrother | said | she would not comment while negotiations continued

The district's most recent audit, released in December, shows that it ended last year with $11 million in reserves, well above the 5 percent of spending recommended by the state.
  > document | audit | The district's most recent audit, released in December | shows | >
The union has pointed to that surplus as proof that the district can pay more.
  > named_organization | fft | The union | has pointed to | that surplus as proof that the district can pay more
FFT also says the district has hired four new administrators since 2022 while leaving 37 teaching jobs unfilled.
  > named_organization | fft | FFT | says | >

Two members of the school board said the board was split on whether to raise its offer.
  > anonymous_official | board-members | Two members of the school board | said | >
The board members, who spoke on the condition of anonymity because negotiations are confidential under the district's bargaining rules, said at least four of the nine members favored using part of the reserves for raises.
  > anonymous_official | board-members | The board members | said | > | anon=who spoke on the condition of anonymity because negotiations are confidential under the district's bargaining rules
Board President Harold Vickery did not respond to messages left at his home and office.
  > declined_comment | vickery | Board President Harold Vickery | did not respond to messages left at his home and office | - | resp=no_response

A third-grade teacher at Ridgeway Elementary who has worked in the district for 14 years said she had taken a second job at a grocery store to cover her student loans.
  > named_person | okonkwo | A third-grade teacher at Ridgeway Elementary who has worked in the district for 14 years | said | >
The teacher, Adaeze Okonkwo, said she voted against the offer "with my whole heart."
  > named_person | okonkwo | The teacher, Adaeze Okonkwo | said | >
Another teacher, Rebecca Lindahl, who teaches special education at Fenwick Middle School, said she worried about her students if schools closed.
  > named_person | lindahl | Another teacher, Rebecca Lindahl, who teaches special education at Fenwick Middle School | said | >
"My kids need routine more than anybody," she said.
  > named_person | lindahl | she | said | <
"But I can't keep losing the good people next to me to districts that pay $8,000 more."
  > named_person | lindahl | she | - | *

Some parents have urged both sides to bring in a state mediator before a strike vote, according to posts in a district parents' group on social media.
  > document | parent-posts | posts in a district parents' group on social media | according to | <
The district had hoped to settle the contract before the school year began in August, when the old agreement expired.
  > named_organization | district | The district | had hoped | to settle the contract before the school year began in August | nosrc
The Fenwick Courier-Times reported last week that the two sides had not met since Jan. 9.
  > media_report | courier-times | The Fenwick Courier-Times | reported | that the two sides had not met since Jan. 9
''')

ARTICLES.append(r'''
@id i-mining-accident-black-harrow-roof-fall
@style mining_accident
Three miners killed in roof collapse at West Virginia coal mine, state says
  > named_organization | oms | state | says | Three miners killed in roof collapse at West Virginia coal mine

CALDER GAP, W.Va. -- Three coal miners were killed and two others were injured early Wednesday when part of a roof collapsed more than a mile inside an underground mine in Raleigh County, the state Office of Mine Safety said.
  > named_organization | oms | the state Office of Mine Safety | said | <
The men were working on a crew that was extending a tunnel in the Cinder Ridge No. 2 mine when a slab of rock about 40 feet long fell shortly after 2 a.m., the office said in a statement.
  > named_organization | oms | the office | said in a statement | <
The mine is owned by Black Harrow Energy, a company based in Charleston that operates four underground mines in the state.

The company said the miners who died were Darrell Hoskins, 47, Wendell Pyles, 33, and Tyler Ambrose, 26, all from Raleigh County.
  > named_organization | black-harrow | The company | said | >
It said in a statement that it had halted work at the mine and was "cooperating fully" with state and federal investigators.
  > named_organization | black-harrow | It | said in a statement | >
Black Harrow's chief executive, Lyle Carrington, said the company was "heartbroken" and would pay for the funerals.
  > named_official | carrington | Black Harrow's chief executive, Lyle Carrington | said | >
He declined to answer questions about the mine's safety record at a brief news conference outside the mine.
  > declined_comment | carrington | He | declined to answer questions about the mine's safety record | - | resp=declined

Federal inspection records show that the Mine Safety and Health Administration cited Cinder Ridge No. 2 for 38 violations of its roof-control plan over the past two years, nine of them in the section where Wednesday's collapse occurred.
  > document | msha-records | Federal inspection records | show | >
According to the records, an inspector ordered part of the section closed in March until additional roof bolts were installed.
  > document | msha-records | the records | According to | >
MSHA said it had sent a team of investigators to the mine.
  > named_organization | msha | MSHA | said | >
The agency did not respond to questions about whether the bolts had been installed.
  > declined_comment | msha | The agency | did not respond to questions about whether the bolts had been installed | - | resp=no_response

A miner who was working about 200 feet from the collapse said he felt the ground shake and then saw a wall of dust coming down the tunnel.
  > named_person | mullins | A miner who was working about 200 feet from the collapse | said | >
"It sounded like a train going over your head," said the miner, Cody Mullins, 29, who helped pull one of the injured men from the rubble.
  > named_person | mullins | the miner, Cody Mullins, 29, who helped pull one of the injured men from the rubble | said | <
Mullins said the crew had complained to a supervisor last week that the roof in that section was "working," a miners' term for rock that cracks and pops.
  > named_person | mullins | Mullins | said | >
He said the supervisor told them the roof had been checked.
  > named_person | mullins | He | said | >

A second miner on the shift, who asked not to be named because he feared losing his job, said the crew had been pushed to advance the tunnel faster since the spring.
  > anonymous_other | second-miner | A second miner on the shift | said | > | anon=who asked not to be named because he feared losing his job
Two rescue officials, who spoke on the condition of anonymity because they were not authorized to discuss the recovery, said it took crews more than six hours to reach the three men because the fallen slab had to be broken apart by hand.
  > anonymous_official | rescue-officials | Two rescue officials | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss the recovery
One of the officials said the injured miners were in stable condition at a hospital in Beckley.
  > anonymous_official | rescue-officials | One of the officials | said | >

Gov. Alden Whitlow ordered flags lowered to half-staff and said the state would "find out exactly what happened down there."
  > named_official | whitlow | Gov. Alden Whitlow | said | the state would "find out exactly what happened down there."
Ray Dunleavy, the president of a local of the Appalachian Mine Workers union, said the Cinder Ridge miners were not unionized and had little protection if they raised safety concerns.
  > named_official | dunleavy | Ray Dunleavy, the president of a local of the Appalachian Mine Workers union | said | >
Hoskins's sister, Loretta Hoskins Bragg, said her brother had worked underground for 25 years and had talked about retiring next spring.
  > named_person | bragg | Hoskins's sister, Loretta Hoskins Bragg | said | >
The Beckley Register-Herald first reported the deaths on its website early Wednesday.
  > media_report | register-herald | The Beckley Register-Herald | first reported | the deaths on its website early Wednesday
''')

ARTICLES.append(r'''
@id i-border-security-santa-lucia-checkpoints
@style border_security
Border Patrol pulled agents from highway checkpoints as crossings surged, memo shows
  > document | memo | memo | shows | Border Patrol pulled agents from highway checkpoints as crossings surged

SAN LAZARO, Ariz. -- The Border Patrol has pulled nearly all of its agents from two highway checkpoints north of this farming town and sent them to a 30-mile stretch of the border where illegal crossings have tripled since January, according to an internal memo reviewed by this newspaper.
  > document | memo | an internal memo reviewed by this newspaper | according to | <
The memo, dated Feb. 18 and signed by the head of the agency's Santa Lucia sector, says the checkpoints on Highway 87 and Highway 12 will be staffed "only as resources permit" until further notice.
  > document | memo | The memo, dated Feb. 18 and signed by the head of the agency's Santa Lucia sector | says | >

The sector chief, Rodrigo Albarran, said in an interview on Tuesday that the move was temporary and that agents at the checkpoints had caught fewer than 1 percent of the people the sector arrested last year.
  > named_official | albarran | The sector chief, Rodrigo Albarran | said in an interview on Tuesday | that the move was temporary and that agents at the checkpoints had caught fewer than 1 percent of the people the sector arrested last year
"I put my agents where the people are crossing," Albarran said.
  > named_official | albarran | Albarran | said | <
"Right now, that is not on a highway 40 miles from the line."
  > named_official | albarran | Albarran | - | *
He said the sector had asked Washington for 200 more agents.
  > named_official | albarran | He | said | >

U.S. Customs and Border Protection, the Border Patrol's parent agency, said in a statement that it "continually adjusts" its deployments to respond to changing conditions.
  > named_organization | cbp | U.S. Customs and Border Protection, the Border Patrol's parent agency | said in a statement | >
CBP did not answer questions about whether other checkpoints had been closed.
  > declined_comment | cbp | CBP | did not answer questions about whether other checkpoints had been closed | - | resp=no_response
Two Homeland Security officials said similar orders had been issued in at least two other sectors in Arizona and New Mexico.
  > anonymous_official | dhs-officials | Two Homeland Security officials | said | >
The officials, who spoke on the condition of anonymity because they were not authorized to discuss staffing, said the department had not told Congress about the changes.
  > anonymous_official | dhs-officials | The officials | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss staffing

The sheriff of Santa Lucia County, Dwight Lomax, said smugglers had noticed the empty checkpoints within days.
  > named_official | lomax | The sheriff of Santa Lucia County, Dwight Lomax | said | >
His deputies have stopped four vans carrying migrants on Highway 87 since the memo was issued, he said.
  > named_official | lomax | he | said | <
The sheriff of neighboring Cabrillo County, Ernesto Villasenor, said he had seen no change in traffic on the roads his deputies patrol.
  > named_official | villasenor | The sheriff of neighboring Cabrillo County, Ernesto Villasenor | said | >
"Dwight and I are looking at two different roads," Villasenor said.
  > named_official | villasenor | Villasenor | said | <
Lomax said he would ask the county to pay for overtime for deputies to watch the highway at night.
  > named_official | lomax | Lomax | said | >

A rancher whose land runs along the stretch of border where the agents were sent said he had seen more agents on his property in the past month than in the previous five years.
  > named_person | brannigan | A rancher whose land runs along the stretch of border where the agents were sent | said | >
The rancher, Lyle Brannigan, 66, said crossings on his land had picked up in December, after a new section of fence was finished to the east.
  > named_person | brannigan | The rancher, Lyle Brannigan, 66 | said | >
"They built the wall, and the people walked around the end of it," he said.
  > named_person | brannigan | he | said | <

Immigrant advocates in Arizona say the shift has pushed migrants onto more remote and dangerous routes.
  > anonymous_other | advocates | Immigrant advocates in Arizona | say | >
A person familiar with the sector's planning said agents would return to the checkpoints once a new class graduated from the Border Patrol academy in June.
  > anonymous_familiar | familiar | A person familiar with the sector's planning | said | >
The agency had planned to add cameras and license-plate readers to both checkpoints this year but put off the work when the money was moved to the border fence.
  > named_organization | border-patrol | The agency | had planned | to add cameras and license-plate readers to both checkpoints this year | nosrc
The union that represents Border Patrol agents in the sector could not be reached for comment.
  > declined_comment | agents-union | The union that represents Border Patrol agents in the sector | could not be reached for comment | - | resp=unreachable
The Borderlands Dispatch first reported the checkpoint closings last week.
  > media_report | dispatch | The Borderlands Dispatch | first reported | the checkpoint closings last week
''')

ARTICLES.append(r'''
@id i-pharmacy-opioids-calder-drug-suit
@style pharmacy_opioids
Calder Drug pharmacies filled suspicious opioid prescriptions for years, state lawsuit says
  > document | complaint | state lawsuit | says | Calder Drug pharmacies filled suspicious opioid prescriptions for years

HARTWELL, Ohio -- Pharmacists at one of Ohio's largest drugstore chains filled hundreds of thousands of opioid prescriptions that bore obvious signs of abuse, and managers punished those who refused, the state's attorney general said in a lawsuit filed on Thursday.
  > named_official | vantongeren | the state's attorney general | said in a lawsuit | <
The suit, filed in Franklin County Common Pleas Court, names Calder Drug, which operates 640 pharmacies in Ohio and five neighboring states.
The complaint says Calder stores filled more than 310,000 prescriptions from 2012 to 2019 that were written by doctors who were later convicted of running pill mills.
  > document | complaint | The complaint | says | >
It says district managers set quotas for how many prescriptions each pharmacist had to fill an hour and wrote up pharmacists who took time to call doctors about suspicious orders.
  > document | complaint | It | says | >

Attorney General Priscilla Vantongeren said at a news conference in Columbus that Calder had "treated its pharmacists like cashiers and its customers like a revenue stream."
  > named_official | vantongeren | Attorney General Priscilla Vantongeren | said at a news conference in Columbus | that Calder had "treated its pharmacists like cashiers and its customers like a revenue stream."
"The warning signs were in their own computers," Vantongeren said.
  > named_official | vantongeren | Vantongeren | said | <
"They chose not to look."
  > named_official | vantongeren | Vantongeren | - | *
She said the state would seek at least $400 million to pay for addiction treatment.
  > named_official | vantongeren | She | said | >

The company said in a statement that it "strongly disputes" the lawsuit and that its pharmacists had always been free to refuse any prescription they believed was improper.
  > named_organization | calder | The company | said in a statement | >
Calder's chief pharmacy officer, Douglas Reinholt, said the chain had spent $60 million since 2018 on software that flags unusual prescriptions.
  > named_official | reinholt | Calder's chief pharmacy officer, Douglas Reinholt | said | >
He declined to discuss the quotas described in the complaint.
  > declined_comment | reinholt | He | declined to discuss the quotas described in the complaint | - | resp=declined

A former Calder pharmacist who says she was fired in 2017 after refusing to fill prescriptions from a doctor in Marlow said she had warned her district manager about the doctor in writing three times.
  > named_person | strand | A former Calder pharmacist who says she was fired in 2017 after refusing to fill prescriptions from a doctor in Marlow | said | >
The pharmacist, Helena Strand, said her manager told her that if she did not fill the orders, "the store down the road will."
  > named_person | strand | The pharmacist, Helena Strand | said | >
Strand's emails to the manager are included as exhibits in the lawsuit.
Another former pharmacist, Denise Arbogast, said she had been given 15 minutes to fill a dozen prescriptions at a time during evening shifts.
  > named_person | arbogast | Another former pharmacist, Denise Arbogast | said | >
"You could not check anything in 15 minutes," Arbogast said.
  > named_person | arbogast | Arbogast | said | <
"You could only count pills."
  > named_person | arbogast | Arbogast | - | *

Two former Calder pharmacy technicians, who asked not to be named because they had signed severance agreements with the company, said pharmacists who fell behind on the quotas were sent to work at stores hours from home.
  > anonymous_other | technicians | Two former Calder pharmacy technicians | said | > | anon=who asked not to be named because they had signed severance agreements with the company
The Drug Enforcement Administration fined Calder $8 million in 2020 over record-keeping at 11 of its stores, according to court records.
  > document | court-records | court records | according to | <
A DEA spokeswoman declined to say whether the agency was investigating the chain again.
  > declined_comment | dea | A DEA spokeswoman | declined to say whether the agency was investigating the chain again | - | resp=declined

Two people familiar with the case said the state and Calder had held settlement talks as recently as last month but could not agree on an amount.
  > anonymous_familiar | familiar | Two people familiar with the case | said | >
Calder had planned to open 40 new stores in Ohio next year, most of them in small towns that lost pharmacies in the last decade.
  > named_organization | calder | Calder | had planned | to open 40 new stores in Ohio next year | nosrc
The Hartwell Beacon reported in 2021 that the chain had paid bonuses to district managers whose stores filled the most prescriptions.
  > media_report | beacon | The Hartwell Beacon | reported | that the chain had paid bonuses to district managers whose stores filled the most prescriptions
@excluded
If you or someone you know is struggling with addiction, call the state helpline at 1-800-555-0142.
Share this story
Leave a comment
''')

ARTICLES.append(r'''
@id i-transit-strike-port-meridian-walkout
@style transit_strike
Bus and rail workers walk off the job in Port Meridian, stranding 400,000 riders

PORT MERIDIAN, Md. -- Bus drivers, train operators and mechanics walked off the job early Monday in the first transit strike in Port Meridian in 27 years, shutting down a system that carries about 400,000 riders on a typical weekday.
The strike began at 12:01 a.m., minutes after talks between the Port Meridian Regional Transit Authority and the union representing 4,800 of its workers broke off without a deal.

The president of Transit Workers Local 1190, Terrence Whitfield, said at a picket line outside the Harbor Street bus garage that the authority had refused to budge on wages or on the hours of its drivers' split shifts.
  > named_official | whitfield | The president of Transit Workers Local 1190, Terrence Whitfield | said at a picket line outside the Harbor Street bus garage | >
"We have been driving 13-hour days for eight hours of pay," Whitfield said.
  > named_official | whitfield | Whitfield | said | <
"We are done with that.
  > named_official | whitfield | Whitfield | - | *
The riders deserve better, and so do we."
  > named_official | whitfield | Whitfield | - | *
The union said its members would stay off the job until the authority agreed to a raise of at least 5 percent a year.
  > named_organization | local-1190 | The union | said | >

The authority's chief executive, Martin Szabo, said at a news conference that the union's demands would add $190 million to the agency's costs over three years and force fare increases.
  > named_official | szabo | The authority's chief executive, Martin Szabo | said at a news conference | >
He called the strike "illegal" and said PMRTA would ask a state judge on Monday afternoon to order the workers back to work.
  > named_official | szabo | He | called | the strike "illegal"
  > named_official | szabo | He | said | PMRTA would ask a state judge on Monday afternoon to order the workers back to work
In a statement, the agency said its last offer included raises of 3.5 percent a year and a $2,000 signing bonus for every worker.
  > named_organization | pmrta | the agency | said | >
According to a copy of the offer obtained by this newspaper, the authority also proposed cutting the extra pay that drivers receive for split shifts.
  > document | offer | a copy of the offer obtained by this newspaper | According to | >

Mayor Yvonne Castellanos urged both sides to return to the table and said the city would open two high school parking lots for commuters to leave their cars and share rides.
  > named_official | castellanos | Mayor Yvonne Castellanos | urged | both sides to return to the table
  > named_official | castellanos | Mayor Yvonne Castellanos | said | the city would open two high school parking lots for commuters to leave their cars and share rides
A city official, who spoke on the condition of anonymity because the mayor has not taken a public position on the contract, said Castellanos had privately told Szabo that the authority's offer was too low.
  > anonymous_official | city-official | A city official | said | > | anon=who spoke on the condition of anonymity because the mayor has not taken a public position on the contract
Two people familiar with the negotiations said the sides had been within about a percentage point of a deal on wages on Sunday night.
  > anonymous_familiar | familiar | Two people familiar with the negotiations | said | >
The talks collapsed when the authority insisted on the right to hire part-time drivers, the people said.
  > anonymous_familiar | familiar | the people | said | <
The federal mediator assigned to the talks, Harold Pryce, could not be reached on Monday.
  > declined_comment | pryce | The federal mediator assigned to the talks, Harold Pryce | could not be reached | - | resp=unreachable

At the Northgate rail station, a nurse who commutes to Port Meridian General Hospital said she had paid $48 for a ride-share that usually costs her $3 on the train.
  > named_person | ferreira | a nurse who commutes to Port Meridian General Hospital | said | >
"I support the drivers, I really do," said the nurse, Lucia Ferreira, 41.
  > named_person | ferreira | the nurse, Lucia Ferreira, 41 | said | <
"But I can't pay $48 a day to go to work."
  > named_person | ferreira | the nurse, Lucia Ferreira, 41 | - | *
Some riders complained on social media that the authority had given them less than a day's warning that service would stop.
  > anonymous_other | riders | Some riders | complained on social media | >
The union had wanted to strike during the city's marathon last month but held off at the mediator's request.
  > named_organization | local-1190 | The union | had wanted | to strike during the city's marathon last month | nosrc
The Meridian Star-Journal reported on Sunday that the authority had hired a private bus company to run limited service to the hospitals during a strike.
  > media_report | star-journal | The Meridian Star-Journal | reported | that the authority had hired a private bus company to run limited service to the hospitals during a strike
PMRTA did not respond to questions about that report.
  > declined_comment | pmrta | PMRTA | did not respond to questions about that report | - | resp=no_response
''')

ARTICLES.append(r'''
@id i-housing-court-harborline-eviction-notices
@style housing_court
Judge freezes 300 evictions by Newbridge's largest landlord over notices tenants never got

NEWBRIDGE, Conn. -- A housing court judge on Wednesday froze more than 300 eviction cases brought by the city's largest landlord, ruling that the company had routinely told the court it delivered notices that tenants never received.
  > named_official | langhorne | A housing court judge | ruling | that the company had routinely told the court it delivered notices that tenants never received
In a 22-page order, Judge Beatrice Langhorne wrote that process servers hired by Harborline Property Group had signed sworn statements saying they handed notices to tenants on days when the servers' own phone records placed them in other towns.
  > named_official | langhorne | Judge Beatrice Langhorne | wrote | >
The order requires Harborline to serve every tenant again and bars the company from seeking new evictions until a court-appointed monitor reviews its records.
  > document | order | The order | requires | Harborline to serve every tenant again and bars the company from seeking new evictions until a court-appointed monitor reviews its records
"A tenant cannot answer a case she does not know exists," Langhorne wrote.
  > named_official | langhorne | Langhorne | wrote | <

Harborline, which owns about 6,200 apartments in Newbridge and the surrounding towns, has filed more eviction cases than any other landlord in the state in each of the past three years, court records show.
  > document | court-records | court records | show | <
The company said in a statement that it was "reviewing the court's decision" and had already stopped working with the process-serving firm named in the order.
  > named_organization | harborline | The company | said in a statement | >
HPG's general counsel, Stephen Maroney, said the company had relied in good faith on the firm's sworn statements.
  > named_official | maroney | HPG's general counsel, Stephen Maroney | said | >
"We were misled, just as the court was," he said.
  > named_official | maroney | he | said | <
Maroney declined to say how many of the frozen cases involved tenants who had already been locked out.
  > declined_comment | maroney | Maroney | declined to say how many of the frozen cases involved tenants who had already been locked out | - | resp=declined
The process-serving firm, Swiftline Legal Services, could not be reached for comment; its listed phone number was disconnected.
  > declined_comment | swiftline | The process-serving firm, Swiftline Legal Services | could not be reached for comment | - | resp=unreachable

The challenge was brought by the Newbridge Tenant Law Project, a legal aid group representing 14 Harborline tenants.
Imani Roberts-Gale, a staff lawyer at the project, said the group had found the problem by comparing the times on the server's affidavits with the dates tenants were at work.
  > named_official | roberts-gale | Imani Roberts-Gale, a staff lawyer at the project | said | >
"Once you line up the dates, it is not a close call," she said.
  > named_official | roberts-gale | she | said | <
One of those tenants, Marisela Ocasio, a home health aide, said she lost her apartment of nine years in March after missing a hearing she never knew was scheduled.
  > named_person | ocasio | One of those tenants, Marisela Ocasio, a home health aide | said | >
Another tenant, Janet Pulaski, 72, said she found a default judgment taped to her door the same week she received her first notice.
  > named_person | pulaski | Another tenant, Janet Pulaski, 72 | said | >
"I thought it was a mistake," Pulaski said.
  > named_person | pulaski | Pulaski | said | <
"It was a mistake, just not mine."
  > named_person | pulaski | Pulaski | - | *
Ocasio said she was now sleeping on her sister's couch with her two daughters.
  > named_person | ocasio | Ocasio | said | >

Two court employees, who spoke on the condition of anonymity because they are not permitted to discuss pending cases, said clerks had flagged identical affidavits from the firm as early as 2022.
  > anonymous_official | court-employees | Two court employees | said | > | anon=who spoke on the condition of anonymity because they are not permitted to discuss pending cases
A person familiar with the state attorney general's office review said investigators were examining whether other landlords had used the same firm.
  > anonymous_familiar | familiar | A person familiar with the state attorney general's office review | said | >
The attorney general's office declined to comment.
  > declined_comment | ag-office | The attorney general's office | declined to comment | - | resp=declined
Some lawyers who represent landlords say the order punishes owners for the misconduct of a vendor.
  > anonymous_other | landlord-lawyers | Some lawyers who represent landlords | say | >
Harborline had planned to convert two of its downtown buildings to condominiums this year, a project that required emptying about 80 apartments.
  > named_organization | harborline | Harborline | had planned | to convert two of its downtown buildings to condominiums this year | nosrc
The Newbridge Register first reported the tenants' complaints in April.
  > media_report | register | The Newbridge Register | first reported | the tenants' complaints in April
''')

ARTICLES.append(r'''
@id i-nuclear-talks-varesh-enrichment-cap
@style nuclear_talks
Varesh and Western powers near deal to cap uranium enrichment, diplomats say
  > anonymous_official | diplomats | diplomats | say | Varesh and Western powers near deal to cap uranium enrichment

VIENNA -- Negotiators for Varesh and four Western governments are close to an agreement that would cap the country's uranium enrichment for 10 years in exchange for the lifting of some banking sanctions, according to two European diplomats involved in the talks.
  > anonymous_official | diplomats | two European diplomats involved in the talks | according to | <
The diplomats, who spoke on the condition of anonymity because the negotiations are confidential, said the two sides had agreed on the level of the cap but were still divided over how quickly sanctions would be lifted.
  > anonymous_official | diplomats | The diplomats | said | > | anon=who spoke on the condition of anonymity because the negotiations are confidential
"We are closer than we have been in three years," one of them said.
  > anonymous_official | diplomats | one of them | said | <
"But closer is not there."
  > anonymous_official | diplomats | one of them | - | *

Varesh's chief negotiator, Deputy Foreign Minister Kamran Azadi, told reporters outside the talks' venue on Thursday evening that "serious gaps remain" and that his government would not accept limits on its research reactors.
  > named_official | azadi | Varesh's chief negotiator, Deputy Foreign Minister Kamran Azadi | told reporters | that "serious gaps remain" and that his government would not accept limits on its research reactors
He said the Western side had to show it could deliver sanctions relief that banks would respect.
  > named_official | azadi | He | said | >
The American envoy, Leonard Haskett, said on Friday that "real progress" had been made but that no deal would be signed "until every detail is settled."
  > named_official | haskett | The American envoy, Leonard Haskett | said | that "real progress" had been made but that no deal would be signed "until every detail is settled."
He declined to say whether the United States would drop its demand that inspectors be allowed into military sites.
  > declined_comment | haskett | He | declined to say whether the United States would drop its demand that inspectors be allowed into military sites | - | resp=declined
Azadi, asked about the same demand, said inspectors "will not be walking through our barracks."
  > named_official | azadi | Azadi, asked about the same demand | said | inspectors "will not be walking through our barracks."

A confidential report by the International Safeguards Agency, circulated to member states on Wednesday and seen by reporters, says Varesh has enough uranium enriched to 60 percent purity for three weapons if it were enriched further.
  > document | isa-report | A confidential report by the International Safeguards Agency, circulated to member states on Wednesday and seen by reporters | says | >
The report also says inspectors were denied access to a workshop near the city of Tarvan for two weeks in May.
  > document | isa-report | The report | says | >
The ISA said in a statement that access had since been restored.
  > named_organization | isa | The ISA | said in a statement | that access had since been restored
The agency's director general, Marguerite Delacroix-Hahn, said a deal would have to give inspectors "daily, not monthly" access to Varesh's enrichment halls.
  > named_official | delacroix-hahn | The agency's director general, Marguerite Delacroix-Hahn | said | >

A senior State Department official, briefing reporters on the condition of anonymity under rules set by the department, said the administration believed a deal could be reached by the end of the month.
  > anonymous_official | state-official | A senior State Department official | said | > | anon=on the condition of anonymity under rules set by the department
Two people briefed on the talks said Varesh had asked for the release of about $6 billion in frozen oil revenue as a first step.
  > anonymous_familiar | briefed | Two people briefed on the talks | said | >
The negotiators had hoped to finish a framework before the Varesh new year holiday in March but missed that target.
  > anonymous_official | negotiators | The negotiators | had hoped | to finish a framework before the Varesh new year holiday in March | nosrc
Varesh's state news agency reported on Friday that the country's supreme council had approved "the general direction" of the talks.
  > media_report | vna | Varesh's state news agency | reported | that the country's supreme council had approved "the general direction" of the talks

Ingrid Solvang, a nonproliferation researcher at the Kessler Institute in Oslo, said a 10-year cap would buy time but would not end the dispute.
  > named_person | solvang | Ingrid Solvang, a nonproliferation researcher at the Kessler Institute in Oslo | said | >
"Ten years is long in politics and short in physics," she said.
  > named_person | solvang | she | said | <
Some analysts say hard-liners in Varesh's parliament could still block any deal that limits the research reactors.
  > anonymous_other | analysts | Some analysts | say | >
The White House did not respond to a request for comment.
  > declined_comment | white-house | The White House | did not respond to a request for comment | - | resp=no_response
The talks are scheduled to resume on Monday.
''')

ARTICLES.append(r'''
@id i-governor-race-2016-style-tillery-reyes-whitaker-debate
@style governor_race_2016_style
Tillery and Reyes-Whitaker clash over taxes and a tweet in feisty governor's debate

CHARLOTTE, N.C. -- Republican Grant Tillery and Democrat Naomi Reyes-Whitaker traded accusations over taxes, school spending and a late-night tweet on Tuesday in the second debate of a North Carolina governor's race that has tightened in the past month.
Tillery, a furniture executive making his first run for office, accused Reyes-Whitaker of planning "the biggest tax hike in the history of this state."
  > named_official | tillery | Tillery, a furniture executive making his first run for office | accused | Reyes-Whitaker of planning "the biggest tax hike in the history of this state."
"She won't tell you the number.
  > named_official | tillery | Tillery | - | *
I will tell you the number, and the number is your paycheck," Tillery said.
  > named_official | tillery | Tillery | said | <
Reyes-Whitaker, the state's attorney general, called the claim "made up out of thin air" and said her plan would raise taxes only on incomes above $500,000.
  > named_official | reyes-whitaker | Reyes-Whitaker, the state's attorney general | called | the claim "made up out of thin air"
  > named_official | reyes-whitaker | Reyes-Whitaker, the state's attorney general | said | her plan would raise taxes only on incomes above $500,000

The sharpest exchange came over a message Tillery posted on Twitter shortly after midnight on Sunday, in which he called a group of teachers protesting outside one of his rallies "paid agitators."
  > named_official | tillery | he | called | a group of teachers protesting outside one of his rallies "paid agitators."
Asked whether he would apologize, Tillery said he "stood by every word," then added that he "loves teachers, loves them."
  > named_official | tillery | Tillery | said | he "stood by every word,"
  > named_official | tillery | Tillery | added | that he "loves teachers, loves them."
Reyes-Whitaker turned to the camera and said the teachers were "the people who taught your children to read."
  > named_official | reyes-whitaker | Reyes-Whitaker | said | the teachers were "the people who taught your children to read."
Minutes after the debate ended, Tillery wrote on Twitter that he had "won big" and that the moderators had been "totally unfair."
  > named_official | tillery | Tillery | wrote on Twitter | that he had "won big" and that the moderators had been "totally unfair."

A Piedmont University poll released on Monday found Tillery leading 45 percent to 43 percent among likely voters, within the poll's margin of error.
  > document | piedmont-poll | A Piedmont University poll released on Monday | found | >
The same poll showed Reyes-Whitaker leading by six points a month ago.
  > document | piedmont-poll | The same poll | showed | >
Tillery's pollster, Brent Kowalczyk, wrote in a memo to supporters that independent voters were "breaking our way."
  > named_official | kowalczyk | Tillery's pollster, Brent Kowalczyk | wrote in a memo to supporters | >
Wendell Ashby, a Democratic pollster who is not working for either campaign, said the race was "a coin flip with a thumb on it," pointing to Tillery's advertising, which has outspent hers two to one on television.
  > named_person | ashby | Wendell Ashby, a Democratic pollster who is not working for either campaign | said | >

Two Tillery aides, who spoke on the condition of anonymity to discuss internal strategy, said the campaign would spend the final three weeks focusing on rural counties in the east, where it believes Reyes-Whitaker is weakest.
  > anonymous_official | tillery-aides | Two Tillery aides | said | > | anon=who spoke on the condition of anonymity to discuss internal strategy
One of the aides said the candidate had written the tweet himself and had not shown it to his staff.
  > anonymous_official | tillery-aides | One of the aides | said | >
The Reyes-Whitaker campaign's manager, Lorna Fitch, said on a call with reporters that Tillery had "shown voters exactly who he is."
  > named_official | fitch | The Reyes-Whitaker campaign's manager, Lorna Fitch | said on a call with reporters | that Tillery had "shown voters exactly who he is."
Sen. Howard Pettigrew, who campaigned with Tillery in Greenville on Monday, said the attorney general was "running from her record on crime."
  > named_official | pettigrew | Sen. Howard Pettigrew, who campaigned with Tillery in Greenville on Monday | said | >
People close to the Tillery campaign say Pettigrew has urged the candidate to stay off Twitter.
  > anonymous_familiar | close-campaign | People close to the Tillery campaign | say | >

Some Democratic strategists in Raleigh say Reyes-Whitaker has been too cautious, and that she let Tillery define her tax plan over the summer.
  > anonymous_other | strategists | Some Democratic strategists in Raleigh | say | Reyes-Whitaker has been too cautious, and that she let Tillery define her tax plan over the summer
Reyes-Whitaker had hoped to spend the fall talking about her record as attorney general, but her campaign has been pulled into a fight over taxes.
  > named_official | reyes-whitaker | Reyes-Whitaker | had hoped | to spend the fall talking about her record as attorney general | nosrc
The Raleigh Post-Courier reported last week that a super PAC backing Tillery had reserved another $4 million in television time.
  > media_report | post-courier | The Raleigh Post-Courier | reported | that a super PAC backing Tillery had reserved another $4 million in television time
The group, Carolina Forward Action, did not respond to an email seeking comment.
  > declined_comment | cfa | The group, Carolina Forward Action | did not respond to an email seeking comment | - | resp=no_response
The final debate is scheduled for Oct. 25 in Asheville.
@excluded
Follow our coverage of the 2016 races on The Trail.
What do you think? Comments are reviewed before they appear.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
