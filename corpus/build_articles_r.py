"""Build corpus/articles/r.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (border_wall_contract, insider_trading_case, measles_school_exemptions,
public_defender_shortage, offshore_wind_lease, police_chief_resignation, airline_merger,
troop_withdrawal, cannabis_licensing, flood_buyout_program, doping_cycling_team,
library_book_ban), in the voices of several kinds of outlet (wire copy, national dailies with
honorifics, a local TV website, local papers, trade press, a public-radio website, a magazine
feature in the present tense, a sports desk), each article built to test source grouping and
typing (two people of one gender and one role close together, then a pronoun for the second;
a person described and named later under another noun; an institution under its full name,
its acronym and "the agency"/"the commission"/"the airline"; a company named only in the
reporter's own words before "the company said"; named and unnamed spokespeople; anonymous
officials, people familiar and vague anonymous sources with repeated mentions; headline
attributions repeating a body source; documents, conjoined documents, a document read aloud
and media reports; non-answers of all three kinds; quotes that run over several sentences or
continue after "X said."; "stopped", "added", "noted", "called" and "told" used where they
are not cues). About half end with a footer of excluded boilerplate. Nothing is trained or
tuned on them. Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_r.py [--render]
     python corpus/build_articles_r.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                      given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "r.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id r-border-wall-contract-redmesa
@style border_wall_contract
Arizona border wall contractor billed for fence it never finished, audit finds
  > document | audit | audit | finds | Arizona border wall contractor billed for fence it never finished

TUCSON, Ariz. -- A Texas construction company hired to build border barrier in southern Arizona billed the federal government for nearly 9 miles of steel fencing that was never completed, according to an audit released Tuesday by the Homeland Security Department's inspector general.
  > document | audit | an audit released Tuesday by the Homeland Security Department's inspector general | according to | <
The audit found that U.S. Customs and Border Protection approved 23 payments totaling $61 million for work in the San Rafael Valley without sending anyone to confirm it had been done.
  > document | audit | The audit | found | >

The contractor, Redmesa Builders of Laredo, Texas, won the $412 million job in 2020 under an emergency waiver that let the government skip competitive bidding.
Redmesa called in a second crew from Texas that fall and added night shifts to finish before the inauguration.
Work on the valley segment stopped in January 2021, when the new administration paused wall construction, and it was never restarted.
The company said in a statement Tuesday that it had been paid only for work that CBP engineers approved and that it was "disappointed the inspector general never asked for our records."
  > named_organization | redmesa | The company | said in a statement Tuesday | >
Its president, Arturo Velasco-Brandt, did not respond to phone messages left at his office.
  > declined_comment | velasco-brandt | Its president, Arturo Velasco-Brandt | did not respond to phone messages left at his office | - | resp=no_response

CBP said it had accepted all nine of the audit's recommendations, including a review of every payment made under emergency contracts since 2019.
  > named_organization | cbp | CBP | said | >
The agency said it would also try to recover any money paid for work that was not performed.
  > named_organization | cbp | The agency | said | >
A spokeswoman for the agency, Marisol Etxeberria, said the payments were approved by a contracting office in Washington that has since been reorganized.
  > named_official | etxeberria | A spokeswoman for the agency, Marisol Etxeberria | said | >
She declined to say whether anyone had been disciplined.
  > declined_comment | etxeberria | She | declined to say whether anyone had been disciplined | - | resp=declined

Two CBP officials, who spoke on condition of anonymity because they were not authorized to discuss the contract, said field engineers in Tucson raised concerns about the payments as early as 2021.
  > anonymous_official | cbp-officials | Two CBP officials | said | > | anon=who spoke on condition of anonymity because they were not authorized to discuss the contract
The two officials said those concerns were sent to headquarters and went unanswered.
  > anonymous_official | cbp-officials | The two officials | said | >
Emails and inspection logs obtained by The Associated Press show that a Tucson engineer wrote in March 2021 that "the posts billed for Segment 7 are not in the ground."
  > document | emails-logs | Emails and inspection logs obtained by The Associated Press | show | >
The documents also show that Redmesa submitted photographs of a finished section near Nogales to support its invoices for the valley.
  > document | emails-logs | The documents | show | >
One of the officials said the engineer who wrote the email was moved to a desk job in El Paso a few months later.
  > anonymous_official | cbp-officials | One of the officials | said | >

The U.S. Army Corps of Engineers, which managed several other wall contracts in Arizona, was not involved in the valley segment, a Corps spokesman said.
  > named_organization | corps | a Corps spokesman | said | <

Hollis Drummond, whose family has run cattle in the San Rafael Valley since 1911, said the unfinished fence left a 2-mile line of bare steel posts and torn-up road along his pasture.
  > named_person | drummond | Hollis Drummond, whose family has run cattle in the San Rafael Valley since 1911 | said | >
"They tore up the grass, left a pile of posts lying in the wash and drove off.
  > named_person | drummond | Drummond | - | *
Nobody from the government has been out here since," Drummond said.
  > named_person | drummond | Drummond | said | <
He said cattle had twice wandered through the gap onto the highway.
  > named_person | drummond | He | said | >

Rep. Alma Ruiz-Cortland, a Democrat whose district includes the valley, said she would ask the House Homeland Security Committee to hold a hearing on the contract.
  > named_official | ruiz-cortland | Rep. Alma Ruiz-Cortland, a Democrat whose district includes the valley | said | >
The Nogales Dispatch reported last year that Redmesa had been cited twice by state regulators for blocking washes with construction debris.
  > media_report | dispatch | The Nogales Dispatch | reported | that Redmesa had been cited twice by state regulators for blocking washes with construction debris

@excluded
Associated Press writer Kendra Oyelowo in Washington contributed to this report.
Copyright The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
''')

ARTICLES.append(r'''
@id r-insider-trading-corvanta
@style insider_trading_case
Former Drug Company Executive Traded on Secret Trial Results, U.S. Says
  > named_organization | us-attorney | U.S. | Says | Former Drug Company Executive Traded on Secret Trial Results

A former chief medical officer of Corvanta Biosciences sold nearly $2 million of the company's stock and tipped off his brother-in-law days after he learned that its most promising cancer drug had failed a clinical trial, the United States attorney's office in Manhattan said on Thursday.
  > named_organization | us-attorney | the United States attorney's office in Manhattan | said on Thursday | <
The executive, Dr. Desmond Halloran, 56, was arrested at his home in Montclair, N.J., and charged with securities fraud and conspiracy, according to a criminal complaint unsealed in Federal District Court in Manhattan.
  > document | complaint | a criminal complaint unsealed in Federal District Court in Manhattan | according to | <
His brother-in-law, Kenneth Arbogast, 49, a dentist in Westchester County, was charged in the same complaint.

The complaint says Dr. Halloran received an email from the trial's outside statistician on a Sunday evening in October showing that patients taking the drug, CVR-118, had lived no longer than those given a placebo.
  > document | complaint | The complaint | says | >
Within 40 minutes, it says, he placed an order to sell 31,000 shares through a brokerage account in his wife's name.
  > document | complaint | it | says | Within 40 minutes ;; he placed an order to sell 31,000 shares through a brokerage account in his wife's name
Corvanta's shares fell 64 percent two days later, when the results became public.
The company said in a statement that Dr. Halloran had resigned in March "for personal reasons" and that it was cooperating with investigators.
  > named_organization | corvanta | The company | said in a statement | >
Corvanta's chief executive, Helen Marchbanks, declined to comment.
  > declined_comment | marchbanks | Corvanta's chief executive, Helen Marchbanks | declined to comment | - | resp=declined

Dr. Halloran's lawyer, Victor Amsel, said his client had sold the shares under a trading plan set up months earlier and would fight the charges.
  > named_official | amsel | Dr. Halloran's lawyer, Victor Amsel | said | >
Mr. Arbogast's lawyer, Theodore Lindqvist, said his client had never discussed Corvanta with Dr. Halloran.
  > named_official | lindqvist | Mr. Arbogast's lawyer, Theodore Lindqvist | said | >
He said Mr. Arbogast had traded biotech stocks for years and had lost money on most of them.
  > named_official | lindqvist | He | said | >
"There is a plan on file with the company's lawyers, dated in June, that says exactly when these shares would be sold.
  > named_official | amsel | Mr. Amsel | - | *
The government simply chose to ignore it," Mr. Amsel said.
  > named_official | amsel | Mr. Amsel | said | <
The complaint says Dr. Halloran amended that plan in September, three weeks before the email arrived.
  > document | complaint | The complaint | says | >

The Securities and Exchange Commission filed a civil lawsuit against both men on Thursday.
The S.E.C.'s lawsuit says Mr. Arbogast bought put options on Corvanta, a bet that its shares would fall, the morning after a 14-minute phone call with Dr. Halloran.
  > document | sec-suit | The S.E.C.'s lawsuit | says | >
All told, the two men avoided losses and made profits of about $3.1 million, the commission said.
  > named_organization | sec | the commission | said | <
The trades were flagged by a surveillance program run by the Financial Industry Regulatory Authority, according to a person briefed on the investigation.
  > anonymous_familiar | briefed | a person briefed on the investigation | according to | <
The person, who was not authorized to discuss the case publicly, said the program flagged Mr. Arbogast's options trades within a day.
  > anonymous_familiar | briefed | The person | said | > | anon=who was not authorized to discuss the case publicly

The United States attorney in Manhattan, Damian Okafor-Reyes, said at a news conference that such cases "rob ordinary investors of the one thing they are promised, a fair market."
  > named_official | okafor-reyes | The United States attorney in Manhattan, Damian Okafor-Reyes | said at a news conference | >
"Dr. Halloran knew the trial had failed before the doctors running it did," Mr. Okafor-Reyes said.
  > named_official | okafor-reyes | Mr. Okafor-Reyes | said | <
"And he made sure his family got out first."
  > named_official | okafor-reyes | Mr. Okafor-Reyes | - | *

Meredith Castellanos-Ward, who teaches securities law at Harlow Law School, said trading plans had become a common defense in such cases but rarely worked when a plan had been changed shortly before a sale.
  > named_person | castellanos-ward | Meredith Castellanos-Ward, who teaches securities law at Harlow Law School | said | >
Both men were released on $500,000 bail and surrendered their passports.
Dr. Halloran's wife, who is not charged, could not be reached for comment.
  > declined_comment | halloran-wife | Dr. Halloran's wife, who is not charged | could not be reached for comment | - | resp=unreachable
Corvanta stopped enrolling patients in a second trial of the drug in November and has since hired a new chief medical officer.
The trade publication PharmaLedger first reported in November that the S.E.C. had sent subpoenas to Corvanta.
  > media_report | pharmaledger | The trade publication PharmaLedger | first reported | in November that the S.E.C. had sent subpoenas to Corvanta
''')

ARTICLES.append(r'''
@id r-measles-school-exemptions-pinecrest
@style measles_school_exemptions
Measles outbreak grows to 14 cases as school exemptions top 11%, state data show
  > document | kinder-data | state data | show | school exemptions top 11%

The number of measles cases linked to an outbreak in Tamarack County has risen to 14, and nine of the infected children attend schools where more than one in 10 students has a vaccine exemption, the state Department of Public Health said Monday.
  > named_organization | dph | the state Department of Public Health | said Monday | <
Eleven of the children were unvaccinated, and two were hospitalized with pneumonia, DPH said in its weekly outbreak update.
  > named_organization | dph | DPH | said in its weekly outbreak update | <
Kindergarten vaccination data released by the department in January show that 11.4% of kindergartners in the county had an exemption on file last fall, up from 6.1% five years ago.
  > document | kinder-data | Kindergarten vaccination data released by the department in January | show | >
The department said it expects more cases over the next two weeks because the virus can take up to 21 days to cause symptoms.
  > named_organization | dph | The department | said | >

DPH spokeswoman Carla Benavidez-Orr said the department had sent a team of nurses to Pinecrest to help run vaccination clinics at two elementary schools.
  > named_official | benavidez-orr | DPH spokeswoman Carla Benavidez-Orr | said | >
She said unvaccinated students who were exposed must stay home for 21 days.
  > named_official | benavidez-orr | She | said | >
A spokesperson for the Pinecrest School District said 212 students had been sent home under that rule as of Monday.
  > named_organization | district | A spokesperson for the Pinecrest School District | said | >
The district added a second bus route last week for families driving to the clinics from outlying ranches.

A school nurse who has worked in the district for 22 years said she spent most of last week calling the parents of unvaccinated students.
  > named_person | mikkelsen | A school nurse who has worked in the district for 22 years | said | >
The nurse, Rhonda Mikkelsen, said many of those parents told her they had filed exemptions because the forms were easier to get than a doctor's appointment.
  > named_person | mikkelsen | The nurse, Rhonda Mikkelsen | said | >
"It's a checkbox.
  > named_person | mikkelsen | Mikkelsen | - | *
You sign it in the front office and you're done," Mikkelsen said.
  > named_person | mikkelsen | Mikkelsen | said | <

Some parents said they worried more about the vaccine than the disease.
  > anonymous_other | parents | Some parents | said | >
One mother, who asked that her name not be used because she feared her children would be bullied, said she had read online that the shot could cause seizures.
  > anonymous_other | mother | One mother | said | > | anon=who asked that her name not be used because she feared her children would be bullied
Dr. Samuel Achterberg, a pediatrician at Pinecrest Family Clinic who has treated four of the children, said serious reactions to the vaccine are extremely rare.
  > named_person | achterberg | Dr. Samuel Achterberg, a pediatrician at Pinecrest Family Clinic who has treated four of the children | said | >
"Measles is not a rash, it's a pneumonia risk," Achterberg said.
  > named_person | achterberg | Achterberg | said | <
"Two of my patients needed oxygen this month."
  > named_person | achterberg | Achterberg | - | *
The clinic called two retired nurses back to work to keep up with the demand for shots.

A 2021 state law lets parents claim a personal-belief exemption by signing a one-page form, with no counseling session required.
State Sen. Garrett Ylvisaker, who sponsored the law, did not respond to a request for comment.
  > declined_comment | ylvisaker | State Sen. Garrett Ylvisaker, who sponsored the law | did not respond to a request for comment | - | resp=no_response
A bill filed last month would require parents to watch a short video about vaccine safety before signing the form, according to the Legislature's bill-tracking website.
  > document | bill-site | the Legislature's bill-tracking website | according to | <
The department has not taken a position on the bill, Benavidez-Orr said.
  > named_official | benavidez-orr | Benavidez-Orr | said | <

@excluded
WATCH: Families line up for MMR shots at weekend clinic in Pinecrest
Download the KBRN 7 News app to get breaking news alerts on your phone.
Copyright 2025 KBRN-TV. All rights reserved.
''')

ARTICLES.append(r'''
@id r-public-defender-shortage-bramwell
@style public_defender_shortage
Hundreds wait in Bramwell County jail without a lawyer as public defenders quit

A 31-year-old man held in the Bramwell County jail since October on a burglary charge says he has not spoken to a lawyer since his first court appearance.
  > named_person | whitlow | A 31-year-old man held in the Bramwell County jail since October on a burglary charge | says | >
The man, Andre Whitlow, told WRVL in a phone call from the jail that he has missed two shifts' worth of child support payments and may lose his apartment.
  > named_person | whitlow | The man, Andre Whitlow | told WRVL | >
"I'm not asking them to let me out.
  > named_person | whitlow | Whitlow | - | *
I'm asking for somebody to look at my case," Whitlow said.
  > named_person | whitlow | Whitlow | said | <

Whitlow is one of 318 people in the county who have been charged with a crime and have no lawyer, according to a list kept by the county's court administrator.
  > document | waitlist | a list kept by the county's court administrator | according to | <
The Bramwell County Public Defender's Office has lost 11 of its 26 lawyers since January.
A report released in November by the state Public Defense Commission found that each of the office's remaining lawyers carries more than twice the caseload the commission recommends.
  > document | pdc-report | A report released in November by the state Public Defense Commission | found | >

The lawyers who remain are leaving faster than the office can replace them.
Assistant public defender Kelsey Marrano said she carries 140 open felony cases and meets many of her clients for the first time in the hallway outside the courtroom.
  > named_official | marrano | Assistant public defender Kelsey Marrano | said | >
Another assistant public defender, Joanna Petrakis, who has been with the office for four years, said she will leave in January for a job at a private firm that pays $30,000 more.
  > named_official | petrakis | Another assistant public defender, Joanna Petrakis, who has been with the office for four years | said | >
She said she had not been able to visit a client in the jail in more than a month.
  > named_official | petrakis | She | said | >

At a hearing Tuesday, Circuit Judge Harriet Obuya stopped the morning docket after the 40th defendant in a row appeared without a lawyer.
A letter from the public defender's office, which Obuya read aloud from the bench, says the office "cannot ethically accept" any new felony cases until at least March.
  > document | pd-letter | A letter from the public defender's office, which Obuya read aloud from the bench | says | >
Obuya said she would begin appointing private lawyers to the cases at the state's rate of $75 an hour.
  > named_official | obuya | Obuya | said | >
Some private defense lawyers say that rate does not cover their overhead.
  > anonymous_other | private-lawyers | Some private defense lawyers | say | >

The state's chief public defender, Lionel Abernathy, said the commission had asked lawmakers for $14 million to raise starting salaries, which are now $52,000.
  > named_official | abernathy | The state's chief public defender, Lionel Abernathy | said | >
"We are asking young lawyers with $150,000 in student debt to take on murder cases for less than a first-year teacher makes.
  > named_official | abernathy | Abernathy | - | *
Then we act surprised when they leave," Abernathy said.
  > named_official | abernathy | Abernathy | said | <
A court administrator, who spoke on condition of anonymity because she was not authorized to talk to reporters, said at least four people on the list have been in jail longer than the maximum sentence for their charges.
  > anonymous_official | court-admin | A court administrator | said | > | anon=who spoke on condition of anonymity because she was not authorized to talk to reporters
The administrator said judges had been told about those cases in September.
  > anonymous_official | court-admin | The administrator | said | >

The county executive, Paul Dettweiler, could not be reached for comment.
  > declined_comment | dettweiler | The county executive, Paul Dettweiler | could not be reached for comment | - | resp=unreachable
The chair of the state House Appropriations Committee, Rep. Martin Szabo, declined to comment on the funding request.
  > declined_comment | szabo | The chair of the state House Appropriations Committee, Rep. Martin Szabo | declined to comment on the funding request | - | resp=declined
The Ledger-Star reported in September that two other counties in the region had begun releasing some defendants who had waited more than 60 days for a lawyer.
  > media_report | ledger-star | The Ledger-Star | reported | that two other counties in the region had begun releasing some defendants who had waited more than 60 days for a lawyer

@excluded
This story is part of WRVL's ongoing series on the state's courts. Listen to the full report on Morning Edition.
WRVL is a nonprofit newsroom. Make a gift today to keep reporting like this free for everyone.
''')

ARTICLES.append(r'''
@id r-offshore-wind-lease-gulf-of-maine
@style offshore_wind_lease
Nordvind, Ashcombe win Gulf of Maine floating wind leases in $214 million sale

A Scandinavian developer that operates two floating wind farms off Norway won the largest of three offshore wind lease areas in the Gulf of Maine on Wednesday, paying $131 million after 19 rounds of bidding.
The company, Nordvind Energi, said in a statement that it plans to install as much as 1.6 GW of floating turbines on the 110,000-acre site, about 30 miles off the Maine coast.
  > named_organization | nordvind | The company, Nordvind Energi | said in a statement | >
The other two areas went to Ashcombe Power, a renewables unit of a Texas utility holding company, for a combined $83 million.
Nordvind had hoped to win all three areas and build a single export cable to a substation in Wiscasset.
  > named_organization | nordvind | Nordvind | had hoped | to win all three areas and build a single export cable to a substation in Wiscasset | nosrc

The Bureau of Ocean Energy Management, which runs federal offshore lease sales, said the auction drew eight qualified bidders, fewer than the 13 it had approved to take part.
  > named_organization | boem | The Bureau of Ocean Energy Management, which runs federal offshore lease sales | said | >
BOEM said the leases will require winners to pay into a compensation fund for the region's fishing fleet and to survey the seafloor for right whale feeding grounds before any construction.
  > named_organization | boem | BOEM | said | >
A spokesman for the bureau said the leases could be signed as soon as next month.
  > named_organization | boem | A spokesman for the bureau | said | >
The bureau declined to identify the bidders that dropped out.
  > declined_comment | boem | The bureau | declined to identify the bidders that dropped out | - | resp=declined

Two of those bidders were European oil majors that have pulled back from U.S. offshore wind since the spring, according to two people familiar with the auction.
  > anonymous_familiar | familiar | two people familiar with the auction | according to | <
One of the people said a Japanese trading house also left the sale after the eighth round, when prices passed $8,000 an acre.
  > anonymous_familiar | familiar | One of the people | said | >
Fiona Marsh, an analyst at Tidewire Research, said the final prices were less than a quarter of what developers paid for leases off New York in 2022.
  > named_person | marsh | Fiona Marsh, an analyst at Tidewire Research | said | >
Another analyst, Beatrix Lund of Coldharbor Capital, said the low prices reflected doubts about whether floating projects can be financed without new federal tax credits.
  > named_person | lund | Another analyst, Beatrix Lund of Coldharbor Capital | said | >
She said she expected at least one of the three leases to be resold within five years.
  > named_person | lund | She | said | >

Both winners have signed preliminary agreements to buy floating hulls from Graniteworks Marine, a shipbuilder in Bath that wants to build an assembly plant at the port of Searsport.
The company said on Wednesday that it would ask the state for $40 million to expand the Searsport site.
  > named_organization | graniteworks | The company | said on Wednesday | >
Searsport, noted for one of the deepest harbors on the East Coast, lost its last regular cargo line in 2019.
The office of Gov. Eleanor Hartigan said the auction "puts Maine at the front of the line" for the next generation of offshore wind.
  > named_organization | gov-office | The office of Gov. Eleanor Hartigan | said | >

The Downeast Lobstermen's Cooperative, which represents about 900 boats, told the bureau in a letter last month that turbines anchored in the lease areas would close off some of the richest lobster grounds in the gulf.
  > named_organization | cooperative | The Downeast Lobstermen's Cooperative, which represents about 900 boats | told | the bureau in a letter last month that turbines anchored in the lease areas would close off some of the richest lobster grounds in the gulf
The cooperative's president, Wade Ellingsen, said the compensation fund was "a rounding error."
  > named_official | ellingsen | The cooperative's president, Wade Ellingsen | said | >
"They're going to anchor 100 turbines where my grandfather set traps.
  > named_official | ellingsen | Ellingsen | - | *
Nobody in Augusta or Washington has told us where we're supposed to fish instead," Ellingsen said.
  > named_official | ellingsen | Ellingsen | said | <

Nordvind is in talks to sell a 49% stake in the project to a Canadian pension fund, according to a report on Tuesday in Maine Energy Review.
  > media_report | mer | a report on Tuesday in Maine Energy Review | according to | <
Nordvind's U.S. chief executive, Henrik Aasgaard, declined to comment on the report.
  > declined_comment | aasgaard | Nordvind's U.S. chief executive, Henrik Aasgaard | declined to comment on the report | - | resp=declined
Ashcombe did not respond to a request for comment.
  > declined_comment | ashcombe | Ashcombe | did not respond to a request for comment | - | resp=no_response
''')

ARTICLES.append(r'''
@id r-police-chief-resignation-orland-falls
@style police_chief_resignation
Orland Falls police chief resigns amid inquiry into deleted body camera footage, officials say
  > anonymous_official | city-officials | officials | say | Orland Falls police chief resigns amid inquiry into deleted body camera footage

Orland Falls Police Chief Raymond Tolliver resigned Friday, ending a 27-year career with the department, City Manager Deborah Lusk announced at an afternoon news conference.
  > named_official | lusk | City Manager Deborah Lusk | announced at an afternoon news conference | <
His resignation came two weeks after the city hired an outside investigator to find out why body camera footage of a September arrest was deleted from the department's servers, according to three city officials with knowledge of the inquiry.
  > anonymous_official | city-officials | three city officials with knowledge of the inquiry | according to | <
The officials, who spoke on condition of anonymity because the inquiry is a personnel matter, said the investigator had interviewed Tolliver twice.
  > anonymous_official | city-officials | The officials | said | > | anon=who spoke on condition of anonymity because the inquiry is a personnel matter

Lusk thanked Tolliver for his service but declined to say whether he would receive severance or whether the inquiry had played a part in his decision.
  > declined_comment | lusk | Lusk | declined to say whether he would receive severance or whether the inquiry had played a part in his decision | - | resp=declined
Tolliver did not return calls to his cellphone on Friday.
  > declined_comment | tolliver | Tolliver | did not return calls to his cellphone on Friday | - | resp=no_response
In his resignation letter, which the city released, he wrote that he was leaving "to spend time with a family that has given up a great deal for this badge."
  > named_official | tolliver | he | wrote | >

The footage showed the arrest of a 19-year-old man outside a gas station on Route 9.
A memo Tolliver sent to Lusk on Oct. 2, obtained by the Register through a public records request, says the video was erased during a routine storage purge.
  > document | memo | A memo Tolliver sent to Lusk on Oct. 2, obtained by the Register through a public records request | says | >
The department's own records retention policy requires that footage of any arrest be kept for three years, and the purge software had been set up to skip those files, the memo says.
  > document | memo | the memo | says | <

The young man's lawyer, Nathaniel Boateng, said his client was struck at least twice by an officer after he was handcuffed.
  > named_official | boateng | The young man's lawyer, Nathaniel Boateng | said | >
"The one piece of evidence that could settle this disappeared.
  > named_official | boateng | Boateng | - | *
You don't get to call that a glitch," Boateng said.
  > named_official | boateng | Boateng | said | <
The lawyer said his client, who was charged with resisting arrest, had asked for the footage within a week of the arrest.
  > named_official | boateng | The lawyer | said | >
The charge was dropped in October.

Council member Priscilla Haverford, who chairs the council's public safety committee, said the city should wait for the investigator's findings before drawing conclusions.
  > named_official | haverford | Council member Priscilla Haverford, who chairs the council's public safety committee | said | >
Council member Gail Montrose, who has clashed with Tolliver over overtime spending since the summer, said she was relieved.
  > named_official | montrose | Council member Gail Montrose, who has clashed with Tolliver over overtime spending since the summer | said | >
She said the council should give the next chief a written policy on footage with penalties for breaking it.
  > named_official | montrose | She | said | >

The Orland Falls Police Officers Association said in a statement that Tolliver had "served this city with honor for nearly three decades."
  > named_organization | union | The Orland Falls Police Officers Association | said in a statement | >
The union's president, Kyle Brennan, a patrol sergeant, did not respond to a text message.
  > declined_comment | brennan | The union's president, Kyle Brennan, a patrol sergeant | did not respond to a text message | - | resp=no_response
Some residents who came to the news conference said they had lost faith in the department.
  > anonymous_other | residents | Some residents who came to the news conference | said | >
Deputy Chief Anita Rourke will lead the department until a permanent chief is hired, the city said.
  > named_organization | city | the city | said | <
The city had planned to release the investigator's report by the end of November.
  > named_organization | city | The city | had planned | to release the investigator's report by the end of November | nosrc
WKTN-TV first reported the deleted footage in October.
  > media_report | wktn | WKTN-TV | first reported | the deleted footage in October

@excluded
Have a tip about the Orland Falls Police Department? Email newsroom@orlandfallsregister.com or call 555-0148.
Comments (23)
Related: Council approves outside review of police overtime spending
Photo: Police Chief Raymond Tolliver at a City Hall news conference in August. (Register file photo)
''')

ARTICLES.append(r'''
@id r-airline-merger-meridian-coastway
@style airline_merger
Meridian Air Agrees to Buy Coastway for $3.8 Billion, Testing Antitrust Enforcers

Meridian Air, the fourth-largest airline in the United States, agreed on Monday to buy Coastway Airlines, a low-fare carrier based in Fort Lauderdale, Fla., for about $3.8 billion, a deal that would create the country's third-largest airline by passengers carried.
The airline said in a statement that it would pay $21 a share in cash, a 47 percent premium over Coastway's closing price on Friday.
  > named_organization | meridian | The airline | said in a statement | >
Coastway's board approved the deal unanimously, the company said.
  > named_organization | coastway | the company | said | <

In an email to employees on Monday morning, Meridian's chief executive, Laura Fenstermacher, wrote that the combined airline would "bring real competition to the big three in every corner of the country."
  > named_official | fenstermacher | Meridian's chief executive, Laura Fenstermacher | wrote | >
Ms. Fenstermacher told analysts on a conference call that Meridian would keep Coastway's Fort Lauderdale hub and its 5,200 employees.
  > named_official | fenstermacher | Ms. Fenstermacher | told analysts on a conference call | >
"We are not buying Coastway to shrink it.
  > named_official | fenstermacher | Ms. Fenstermacher | - | *
We are buying it so we can fly where the big carriers don't want us," she said.
  > named_official | fenstermacher | she | said | <
Coastway's chief executive, Raul Mendonca, who will join Meridian's board, could not be reached for comment.
  > declined_comment | mendonca | Coastway's chief executive, Raul Mendonca, who will join Meridian's board | could not be reached for comment | - | resp=unreachable

The deal must be approved by the Justice Department, which sued last year to block a smaller merger between two budget carriers and won.
The department's antitrust division has already asked both airlines for route-by-route fare data, according to two people familiar with the negotiations.
  > anonymous_familiar | familiar | two people familiar with the negotiations | according to | <
One of the people said Meridian had offered to give up gates at Newark and Orlando if regulators demanded it.
  > anonymous_familiar | familiar | One of the people | said | >
The Justice Department declined to comment.
  > declined_comment | doj | The Justice Department | declined to comment | - | resp=declined

The Department of Transportation, which must approve the transfer of Coastway's international routes, said it would review the deal's effect on fares to the Caribbean.
  > named_organization | dot | The Department of Transportation, which must approve the transfer of Coastway's international routes | said | >
A D.O.T. spokesman, Aaron Whitfield, said the review would take at least six months.
  > named_official | whitfield | A D.O.T. spokesman, Aaron Whitfield | said | >
The department said it would also take public comments on the deal until March.
  > named_organization | dot | The department | said | >

Senator Dwight Harmon, Democrat of Minnesota, said the merger would leave travelers with "fewer choices and higher fares."
  > named_official | harmon | Senator Dwight Harmon, Democrat of Minnesota | said | >
Senator Gregory Pell, Republican of Idaho, who sits with Mr. Harmon on the Commerce Committee, said he was open to the deal if Meridian kept service to smaller cities.
  > named_official | pell | Senator Gregory Pell, Republican of Idaho, who sits with Mr. Harmon on the Commerce Committee | said | >
He said Coastway had dropped flights to Boise and Pocatello last year.
  > named_official | pell | He | said | >

Coastway's pilots, who are represented by the Coastal Aviators Guild, have been working without a new contract since 2022.
The union's president, Dana Ruffo, a Coastway captain, said in an interview that Meridian had promised to honor the pilots' seniority.
  > named_official | ruffo | The union's president, Dana Ruffo, a Coastway captain | said in an interview | >
"We have heard that promise before," Ms. Ruffo said.
  > named_official | ruffo | Ms. Ruffo | said | <
"We want it in writing before anybody signs anything."
  > named_official | ruffo | Ms. Ruffo | - | *

Helen Oyama, an airline analyst at Branford Partners, said the deal's price suggested Meridian expected a long fight with regulators.
  > named_person | oyama | Helen Oyama, an airline analyst at Branford Partners | said | >
Some investors have questioned whether Meridian can carry the $2.6 billion in debt it plans to take on.
  > anonymous_other | investors | Some investors | have questioned | >
Meridian's shares fell 6 percent on Monday, while Coastway's rose 39 percent.
Meridian called off a previous attempt to buy Coastway in 2019 after the two sides could not agree on a price.
''')

ARTICLES.append(r'''
@id r-troop-withdrawal-velmora
@style troop_withdrawal
U.S. to pull 1,800 troops from Velmora by spring, officials say
  > anonymous_official | us-officials | officials | say | U.S. to pull 1,800 troops from Velmora by spring

WASHINGTON -- The United States plans to withdraw about 1,800 of its 2,500 troops from Velmora by the end of April, leaving a small force to guard its embassy and train the country's special forces, two U.S. officials said on Tuesday.
  > anonymous_official | us-officials | two U.S. officials | said on Tuesday | <
The officials, who spoke on condition of anonymity because the decision has not been announced, said the president approved the plan last week.
  > anonymous_official | us-officials | The officials | said | > | anon=who spoke on condition of anonymity because the decision has not been announced
The withdrawal would end a nine-year mission that began when Velmora asked for help fighting an insurgency in its northern provinces.

A senior military official, who spoke on condition of anonymity because he was not authorized to discuss troop movements, said the first units would leave the Kessa air base in February.
  > anonymous_official | mil-official | A senior military official | said | > | anon=who spoke on condition of anonymity because he was not authorized to discuss troop movements
The official said commanders had warned that Velmoran forces were not ready to hold the north on their own.
  > anonymous_official | mil-official | The official | said | >
Pentagon spokeswoman Renata Vasquez-Hale, an Army lieutenant colonel, said the department did not comment on future force posture.
  > named_official | vasquez-hale | Pentagon spokeswoman Renata Vasquez-Hale, an Army lieutenant colonel | said | >
A White House spokesperson declined to comment.
  > declined_comment | white-house | A White House spokesperson | declined to comment | - | resp=declined

Velmora's Defence Ministry said in a statement that it had been "consulted at every stage" and that its army was prepared to take over the Kessa base.
  > named_organization | velmora-mod | Velmora's Defence Ministry | said in a statement | >
The ministry called up 6,000 reservists in March after insurgents briefly seized a highway junction near the northern city of Dorvan.
A diplomatic cable sent to the State Department last week, which was seen by Reuters, says Velmoran officials privately asked Washington to delay the withdrawal until after elections in June.
  > document | cable | A diplomatic cable sent to the State Department last week, which was seen by Reuters | says | >
Velmoran officials want the U.S. to leave behind at least 1,000 troops, according to a person briefed on the talks.
  > anonymous_familiar | briefed | a person briefed on the talks | according to | <
The person said the U.S. had rejected that request.
  > anonymous_familiar | briefed | The person | said | >
The State Department did not respond to a request for comment on the cable.
  > declined_comment | state-dept | The State Department | did not respond to a request for comment on the cable | - | resp=no_response

Some analysts warned that the insurgents would treat the withdrawal as a victory.
  > anonymous_other | analysts | Some analysts | warned | >
Gen. Sofia Ardelean, a retired commander of U.S. forces in Velmora, said the remaining troops would be "too few to matter and too many to ignore."
  > named_person | ardelean | Gen. Sofia Ardelean, a retired commander of U.S. forces in Velmora | said | >
"Seven hundred people can train a commando battalion.
  > named_person | ardelean | Ardelean | - | *
They cannot stop a province from falling," she said.
  > named_person | ardelean | she | said | <
Velmora's ambassador in Washington, Teodor Marinescu, could not be reached.
  > declined_comment | marinescu | Velmora's ambassador in Washington, Teodor Marinescu | could not be reached | - | resp=unreachable

The two U.S. officials said about 400 of the troops leaving Velmora would move to a base in a neighboring country.
  > anonymous_official | us-officials | The two U.S. officials | said | >
The U.S. stopped flying drones from Kessa in October and added two surveillance flights a day from the neighboring base, the senior military official said.
  > anonymous_official | mil-official | the senior military official | said | <
The Velmora Herald reported last month that insurgent commanders had told villagers in the north to expect the Americans to leave.
  > media_report | herald | The Velmora Herald | reported | that insurgent commanders had told villagers in the north to expect the Americans to leave

@excluded
Reporting by Idris Kamenov in Washington and Lena Voskuijlen in Dorvan; Editing by Thomas Galloway
Our Standards: The Thomson Reuters Trust Principles.
''')

ARTICLES.append(r'''
@id r-cannabis-licensing-port-halden
@style cannabis_licensing
Lawsuit says cannabis licenses went to companies with ties to commission insiders
  > document | lawsuit | Lawsuit | says | cannabis licenses went to companies with ties to commission insiders

A group of rejected applicants sued the state Cannabis Control Commission on Thursday over how it awarded retail licenses in Port Halden and two nearby towns.
The lawsuit, filed in Marlin County Superior Court, says the agency steered licenses to companies linked to its own former staff, and that three of the 12 winning applications were prepared by a consulting firm run by a man who left the commission's licensing division six weeks before the scoring began.
  > document | lawsuit | The lawsuit, filed in Marlin County Superior Court | says | >
It asks a judge to freeze the licenses until the scoring can be reviewed.
  > document | lawsuit | It | asks | a judge to freeze the licenses until the scoring can be reviewed

A Navy veteran who spent two years and about $180,000 trying to open a dispensary on Front Street is one of the 14 plaintiffs.
The veteran, Curtis Oyelaran, told 7 News that his application scored in the top five until a second round of reviews he was never told about.
  > named_person | oyelaran | The veteran, Curtis Oyelaran | told 7 News | >
"I did everything they asked.
  > named_person | oyelaran | Oyelaran | - | *
I hired the lawyers, I signed the lease, I paid rent on an empty building for 19 months," Oyelaran said.
  > named_person | oyelaran | Oyelaran | said | <
"And then the rules changed after the game was over."
  > named_person | oyelaran | Oyelaran | - | *

The CCC said in a statement Thursday that its scoring was done by outside reviewers who did not know the applicants' names.
  > named_organization | ccc | The CCC | said in a statement Thursday | >
The commission said it would "vigorously defend" the process in court.
  > named_organization | ccc | The commission | said | >
A commission spokesperson said the second round of reviews was described in the application guide posted online last year.
  > named_organization | ccc | A commission spokesperson | said | >

Emerald Row Holdings, a Boston company, won four of the 12 licenses, more than any other applicant.
The company said in an email that it had "never had any contact with commission staff about our applications."
  > named_organization | emerald-row | The company | said in an email | >
Emails obtained by 7 News show that the consultant who prepared Emerald Row's applications, Gregory Falk, met twice with a commission licensing manager in the weeks before the deadline.
  > document | emails | Emails obtained by 7 News | show | >
Falk did not respond to phone calls or an email on Thursday.
  > declined_comment | falk | Falk | did not respond to phone calls or an email on Thursday | - | resp=no_response
The licensing manager has since left the agency and could not be reached.
  > declined_comment | manager | The licensing manager | could not be reached | - | resp=unreachable
The agency declined to say why the manager left.
  > declined_comment | ccc | The agency | declined to say why the manager left | - | resp=declined

The scoring has divided the commission's five members.
Commissioner Lydia Brandt said at Tuesday's meeting that the second round "should have been announced to every applicant, in writing."
  > named_official | brandt | Commissioner Lydia Brandt | said at Tuesday's meeting | >
Commissioner Nadia Qureshi said she wanted an outside audit before the licenses take effect in April.
  > named_official | qureshi | Commissioner Nadia Qureshi | said | >
She said she would ask for a vote on the audit next month.
  > named_official | qureshi | She | said | >

The commission stopped taking new retail applications in May, and it added a rule in June that bars former employees from working on license applications for a year after they leave.
Some applicants say the rule came too late.
  > anonymous_other | some-applicants | Some applicants | say | the rule came too late
The Harbor Courier reported in August that at least six former commission employees now work for cannabis companies.
  > media_report | courier | The Harbor Courier | reported | that at least six former commission employees now work for cannabis companies
''')

ARTICLES.append(r'''
@id r-flood-buyout-kettle-creek
@style flood_buyout_program
The Last House on Kettle Creek Road

Doris Pruett stands in what used to be her kitchen and points at a brown line on the wallpaper, a little above her shoulder.
That is where the water stopped in 2018.
The second line, higher up, is from last summer.
"I painted over the first one," she says.
  > named_person | pruett | she | says | <
"I didn't bother with this one."
  > named_person | pruett | Doris Pruett | - | *

Pruett, 71, is one of about 140 homeowners in the Kettle Creek valley who have applied to sell their houses to the government and move somewhere drier.
The buyouts are paid for mostly by the Federal Emergency Management Agency, which covers 75 percent of the cost, and run by the state office that handles disaster recovery.
That office, the Office of Resilience and Recovery, says it has closed on just 23 of the purchases in five years.
  > named_organization | orr | That office, the Office of Resilience and Recovery | says | >
A 2024 study by the Carrow Institute, a nonprofit that tracks climate spending, found that the typical FEMA buyout took five years from application to closing.
  > document | study | A 2024 study by the Carrow Institute, a nonprofit that tracks climate spending | found | >
The agency says it is working to shorten that.
  > named_organization | fema | The agency | says | >
A FEMA spokesman, Julian Moreau, says new rules that took effect in January let states start appraisals before federal approval arrives.
  > named_official | moreau | A FEMA spokesman, Julian Moreau | says | >

Across the road, a retired welder who has lived on Kettle Creek Road since 1974 is carrying a box of photographs out to his truck.
He got his offer in March.
The welder, Lyle Haskett, says the state appraised his house at its value after the flood, not before it.
  > named_person | haskett | The welder, Lyle Haskett | says | >
"They want to pay me for a ruin.
  > named_person | haskett | Haskett | - | *
Well, it's a ruin because of the creek, and the creek is the reason they want it," Haskett says.
  > named_person | haskett | Haskett | says | <
"So who's paying for the house I had?"
  > named_person | haskett | Haskett | - | *

Appraisal letters sent to Haskett and to another homeowner on the road, which both shared with this magazine, show that the state relied on sale prices from 2023, when the valley was still drying out.
  > document | appraisals | Appraisal letters sent to Haskett and to another homeowner on the road, which both shared with this magazine | show | >
The letters say owners can appeal within 30 days.
  > document | appraisals | The letters | say | >
The Office of Resilience and Recovery's director, Monica Adeyemi, declined an interview request.
  > declined_comment | adeyemi | The Office of Resilience and Recovery's director, Monica Adeyemi | declined an interview request | - | resp=declined
In a written response to questions, her office says federal rules require it to use current market values.
  > named_organization | orr | her office | says | >

The county commission has to sign off on every purchase, and two of its three members are farmers from the valley.
Commissioner Dale Fenwick says he supports the buyouts but worries about the tax base.
  > named_official | fenwick | Commissioner Dale Fenwick | says | >
Commissioner Roy Lindahl, whose own barn flooded last summer, says the county cannot afford to keep rebuilding the same road.
  > named_official | lindahl | Commissioner Roy Lindahl, whose own barn flooded last summer | says | >
He says he has asked the state to buy the road itself, too.
  > named_official | lindahl | He | says | >

Not everyone on Kettle Creek wants to leave.
Some residents say the buyouts will turn the valley into a ghost town.
  > anonymous_other | residents | Some residents | say | >
One neighbor, who asked not to be identified because her family is split on the question, says she has told her sons she will die in her house.
  > anonymous_other | neighbor | One neighbor | says | > | anon=who asked not to be identified because her family is split on the question
The Valley Sentinel reported in the spring that three families had withdrawn their applications after seeing their appraisals.
  > media_report | sentinel | The Valley Sentinel | reported | that three families had withdrawn their applications after seeing their appraisals

Pruett is not one of them.
Her closing is set for October, and her daughter has found her an apartment in town, two blocks from the library.
She has already called the moving company.
When the papers are signed, the county will tear the house down and plant grass, and the creek will be allowed to go where it wants.

@excluded
Marisa Quintanilla-Roth is a staff writer who covers climate and the rural West. Her last feature was about wildfire insurance in the Sierra foothills.
This story appears in the September issue. Subscribe to get the magazine delivered to your door.
Sign up for The Long Read, our weekly newsletter of features and photography.
''')

ARTICLES.append(r'''
@id r-doping-cycling-team-alcora
@style doping_cycling_team
Alcora-Vesta suspends two riders as anti-doping agency opens inquiry into team doctor

Team Alcora-Vesta suspended two of its riders on Wednesday after the International Cycling Integrity Agency opened an investigation into the squad's longtime doctor, three days before the start of the Tour of the Pyrenees.
The agency confirmed the investigation in a brief statement but did not name the riders or the doctor.
  > named_organization | icia | The agency | confirmed | the investigation
The ICIA said its investigators had seized "medical products and records" during a visit to the team's hotel in Girona on Monday.
  > named_organization | icia | The ICIA | said | >
A letter from the agency to the team, obtained by this newspaper, names the doctor as Pascal Devereux, who has worked with the team since 2016.
  > document | icia-letter | A letter from the agency to the team, obtained by this newspaper | names | the doctor as Pascal Devereux, who has worked with the team since 2016
Devereux could not be reached on Wednesday.
  > declined_comment | devereux | Devereux | could not be reached | - | resp=unreachable

The team's owner, the Basque businessman Iñaki Zubeldia, said at a news conference in Girona that the two riders would not race until the agency finished its work.
  > named_official | zubeldia | The team's owner, the Basque businessman Iñaki Zubeldia | said at a news conference in Girona | >
"I built this team to win clean.
  > named_official | zubeldia | Zubeldia | - | *
If someone here has cheated, they have cheated me too, and they will not ride for me again," Zubeldia said.
  > named_official | zubeldia | Zubeldia | said | <
He declined to say whether Devereux had been suspended.
  > declined_comment | zubeldia | He | declined to say whether Devereux had been suspended | - | resp=declined

The team's two sports directors were both at the news conference.
Sports director Marco Bellandi said the riders had been told of their suspensions by phone on Tuesday night.
  > named_official | bellandi | Sports director Marco Bellandi | said | >
His colleague, sports director Joost Vermeulen, said the team would start the race with six riders rather than eight.
  > named_official | vermeulen | His colleague, sports director Joost Vermeulen | said | >
He said one of the team's under-23 riders had been called up from the development squad to fill a place.
  > named_official | vermeulen | He | said | >

The Belgian newspaper Het Wielerblad reported on Tuesday that the investigation began after a former soigneur gave investigators a bag of used syringes.
  > media_report | wielerblad | The Belgian newspaper Het Wielerblad | reported | that the investigation began after a former soigneur gave investigators a bag of used syringes
One rider, who asked not to be identified because he is still under contract with the team, said Devereux gave riders unlabeled intravenous drips after hard mountain stages.
  > anonymous_other | rider | One rider | said | > | anon=who asked not to be identified because he is still under contract with the team
"He called them recovery drinks.
  > anonymous_other | rider | One rider | - | *
Nobody asked what was in the bag," the rider said.
  > anonymous_other | rider | the rider | said | <
Intravenous infusions of more than 100 milliliters are banned in cycling without a medical reason, according to the agency's rules.
  > document | icia-rules | the agency's rules | according to | <

Dr. Helena Voskamp, a sports physician in Utrecht who has advised several national federations, said such infusions can be used to dilute a blood sample and hide a drug.
  > named_person | voskamp | Dr. Helena Voskamp, a sports physician in Utrecht who has advised several national federations | said | >
She said the team's own medical logs would show whether the drips were recorded.
  > named_person | voskamp | She | said | >
Team records reviewed by this newspaper list only vitamins and electrolyte tablets for the riders in the months before the search.
  > document | team-records | Team records reviewed by this newspaper | list | >

Alcora-Vesta won two stages of last year's Tour of the Pyrenees and finished second in the team classification.
Its leader, Tomás Irurzun, stopped at the roadside to fix a puncture on the final climb and lost the race by 11 seconds.
Irurzun is not one of the suspended riders, his agent, Patxi Olaizola, said.
  > named_official | olaizola | his agent, Patxi Olaizola | said | <
Some rival teams have asked race organizers to bar Alcora-Vesta from the race altogether, according to two people familiar with the discussions.
  > anonymous_familiar | familiar | two people familiar with the discussions | according to | <
The race organizer, Pyrenees Sports Events, declined to comment on those requests.
  > declined_comment | organizer | The race organizer, Pyrenees Sports Events | declined to comment on those requests | - | resp=declined
''')

ARTICLES.append(r'''
@id r-library-book-ban-harlow-county
@style library_book_ban
Harlow County library board votes to pull 19 books from teen shelves

The Harlow County Public Library Board of Trustees voted 4-3 on Monday night to move 19 books from the library's teen section to a restricted shelf behind the circulation desk, where readers under 18 will need a parent's written permission to check them out.
The vote came after a four-hour meeting attended by more than 200 people, many of whom were turned away at the door when the room reached capacity.
The board said in a statement after the vote that the policy "keeps every book in the building while giving parents the final word."
  > named_organization | board | The board | said in a statement after the vote | >

Trustee Wallace Embry, who proposed the policy, read aloud from one of the complaint forms the board received this spring.
The complaint, filed by a parent in March, says one of the novels contains "scenes no 14-year-old should find on an open shelf."
  > document | complaint | The complaint, filed by a parent in March | says | >
Embry said the board had received 61 such complaints since January.
  > named_official | embry | Embry | said | >
Trustee Howard Pickett, who voted against the policy, said most of those complaints came from the same eight families.
  > named_official | pickett | Trustee Howard Pickett, who voted against the policy | said | >
He said the board had not asked the library's staff to review a single one of the books before the vote.
  > named_official | pickett | He | said | >
"We are supposed to be the people who protect this collection.
  > named_official | pickett | Pickett | - | *
Tonight we handed it over to whoever fills out the most forms," Pickett said.
  > named_official | pickett | Pickett | said | <

A children's librarian who has worked at the main branch since 2004 said she learned which books were on the list from a reporter.
  > named_person | kowalczyk | A children's librarian who has worked at the main branch since 2004 | said | >
The librarian, Janet Kowalczyk, said staff members had been told not to discuss the policy with patrons until the board issued written guidelines.
  > named_person | kowalczyk | The librarian, Janet Kowalczyk | said | >
She said three of the 19 books are on the state's recommended reading list for high school students.
  > named_person | kowalczyk | She | said | >
The library's director, Rosalind Achebe-Grant, declined to comment on the vote.
  > declined_comment | achebe-grant | The library's director, Rosalind Achebe-Grant | declined to comment on the vote | - | resp=declined

Some residents said after the meeting that the board had bowed to a small, organized group.
  > anonymous_other | residents | Some residents | said | >
Others praised the decision.
  > anonymous_other | others | Others | praised | the decision
Lorraine Beaudry, a mother of three from Millport, said she did not want her 12-year-old daughter "stumbling onto" books she was not ready for.
  > named_person | beaudry | Lorraine Beaudry, a mother of three from Millport | said | >
"Nobody is burning anything.
  > named_person | beaudry | Beaudry | - | *
The books are still there," Beaudry said.
  > named_person | beaudry | Beaudry | said | <

A lawsuit filed Tuesday in federal court by two Harlow County teenagers and their parents says the policy violates the First Amendment.
  > document | lawsuit | A lawsuit filed Tuesday in federal court by two Harlow County teenagers and their parents | says | >
The suit and a letter sent to the board last week by the Freedom to Read Project, a national advocacy group, both argue that the restricted shelf is a ban in all but name.
  > document | suit-letter | The suit and a letter sent to the board last week by the Freedom to Read Project, a national advocacy group | argue | >
The documents cite a 2022 federal appeals court ruling that struck down a similar policy in another state.
  > document | suit-letter | The documents | cite | >
The board's chair, Eunice Hargrove, declined to comment, citing the lawsuit.
  > declined_comment | hargrove | The board's chair, Eunice Hargrove | declined to comment | - | resp=declined
The county attorney's office, which represents the board, did not respond to a request for comment.
  > declined_comment | county-attorney | The county attorney's office, which represents the board | did not respond to a request for comment | - | resp=no_response

The board added a public comment period to its agenda in April after the complaints began arriving.
The new shelf is expected to be in place by Sept. 1, the library said.
  > named_organization | library | the library | said | <
The Millport Gazette reported last month that two other libraries in the region had adopted similar policies this year.
  > media_report | gazette | The Millport Gazette | reported | that two other libraries in the region had adopted similar policies this year
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
