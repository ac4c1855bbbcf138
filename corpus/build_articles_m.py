"""Build corpus/articles/m.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (bridge_collapse, election_recount, drug_price_hearing, sanctions_evasion,
university_strike, data_breach, court_martial, ferry_disaster, minimum_wage_vote,
art_forgery, measles_outbreak, senate_confirmation_2016_style), in the voices of several
kinds of outlet (wire copy, a national daily with courtesy titles, local papers, a business
wire, trade press, a military paper), each article built to test source grouping (two
people of one gender and one role close together, told apart only by name and pronoun; a
person described and named later under another noun; an institution under its full name,
its acronym and "the agency"/"the department"/"the office"/"the union"/"the bureau"; a
company named only in the reporter's own words before "the company said"; quotes that run
over several sentences and close with "X said"; a document credited to the person who read
it, or read aloud by one; an unnamed spokesperson speaking for an institution; "declined
to be named" as an anonymity reason rather than a non-answer; "stopped", "added", "noted"
and "called" used in sentences where they are not cues). About half end with a footer of
excluded boilerplate. Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_m.py [--render]
     python corpus/build_articles_m.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                      given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "m.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id m-bridge-collapse-sable-river
@style bridge_collapse
Sable River bridge collapses at rush hour, killing 3; state had flagged cracked beams

CARDEN, Mo. -- A 58-year-old highway bridge over the Sable River collapsed during the Tuesday evening commute, dropping at least nine vehicles into the water and killing three people, the Missouri State Highway Patrol said.
  > named_organization | patrol | the Missouri State Highway Patrol | said | <
Eleven others were taken to hospitals, two of them in critical condition, a patrol spokesman said Wednesday.
  > named_organization | patrol | a patrol spokesman | said | <
Divers were still searching the river on Wednesday afternoon for a pickup truck that was seen going over the edge, the patrol said.
  > named_organization | patrol | the patrol | said | <

State inspection reports obtained by The Associated Press show that engineers rated the bridge's steel superstructure "poor" in 2021 and again in 2023.
  > document | inspection-reports | State inspection reports obtained by The Associated Press | show | >
The 2023 report recommended repairing cracks in two steel beams beneath the southbound lanes "within 24 months."
  > document | inspection-reports | The 2023 report | recommended | >
The Missouri Department of Transportation had scheduled that work for the spring of 2026, according to the agency's five-year construction plan.
  > document | construction-plan | the agency's five-year construction plan | according to | <

MoDOT said in a statement that the bridge had been inspected every year since 2021, twice as often as federal rules require, and that "nothing in those inspections pointed to an imminent risk of collapse."
  > named_organization | modot | MoDOT | said in a statement | >
The department's director, Patrice Olmstead, said at a news conference in Jefferson City that she had ordered emergency inspections of 14 other bridges built to the same design.
  > named_official | olmstead | The department's director, Patrice Olmstead | said at a news conference in Jefferson City | >
"We are going to find out exactly what happened to this bridge.
  > named_official | olmstead | Olmstead | - | *
If we got something wrong, I will stand at this podium and say so," Olmstead said.
  > named_official | olmstead | Olmstead | said | <
She declined to say whether any of the 14 bridges would be closed while they were inspected.
  > declined_comment | olmstead | She | declined to say whether any of the 14 bridges would be closed while they were inspected | - | resp=declined

A truck driver who was stopped in traffic on the bridge's north approach said he felt the roadway drop "like a freight elevator" and watched the cars ahead of him disappear.
  > named_person | okafor | A truck driver who was stopped in traffic on the bridge's north approach | said | >
The driver, Wendell Okafor, 46, of Sedalia, said he climbed out of his cab and helped pull a woman and her teenage son up the broken slab.
  > named_person | okafor | The driver, Wendell Okafor, 46, of Sedalia | said | >
Another motorist, Curtis Lindahl, said he had driven across the span an hour earlier and heard a loud bang near the middle.
  > named_person | lindahl | Another motorist, Curtis Lindahl | said | >
"I told my wife that night the bridge sounded wrong, and I never called anybody," Lindahl said.
  > named_person | lindahl | Lindahl | said | <
Okafor said the woman he helped was in stable condition at a hospital in Columbia.
  > named_person | okafor | Okafor | said | >

Repairs to the bridge's concrete deck in 2019 were carried out by Ozark Span Constructors, a contractor based in Springfield.
The company said in an email that its work "did not touch the steel beams" and that it was cooperating with investigators.
  > named_organization | ozark-span | The company | said in an email | >
The National Transportation Safety Board said it was sending 12 investigators to Carden, including specialists in metal fatigue.
  > named_organization | ntsb | The National Transportation Safety Board | said | >
Two state transportation engineers said cracks of the kind found in 2023 were supposed to be watched by sensors that sent readings to the department every six hours.
  > anonymous_official | engineers | Two state transportation engineers | said | >
The engineers, who spoke on the condition of anonymity because they were not authorized to discuss the collapse, said at least one sensor on the bridge had stopped reporting in March.
  > anonymous_official | engineers | The engineers | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss the collapse
MoDOT did not respond to questions about the sensors.
  > declined_comment | modot | MoDOT | did not respond to questions about the sensors | - | resp=no_response

Gov. Dennis Harlan called up 200 members of the Missouri National Guard to direct traffic on detours that add as much as 40 minutes to the drive between Carden and Columbia.
The department had planned to replace the bridge entirely in 2029.
  > named_organization | modot | The department | had planned | to replace the bridge entirely in 2029 | nosrc
The Carden Courier reported in 2022 that local officials had asked the state three times to move up the replacement.
  > media_report | courier | The Carden Courier | reported | that local officials had asked the state three times to move up the replacement
''')

ARTICLES.append(r'''
@id m-election-recount-coronado-senate
@style election_recount
Arizona recount leaves state Senate race at 41 votes, with control of the chamber at stake

MESA VERDE, Ariz. -- A hand recount in Arizona's 17th Legislative District cut Republican Dale Prewitt's lead over Democrat Tomás Arriaga from 212 votes to 41, the Coronado County Elections Department said Thursday, leaving control of the state Senate hanging on a few dozen ballots that both parties are preparing to fight over in court.
  > named_organization | elections-dept | the Coronado County Elections Department | said | A hand recount in Arizona's 17th Legislative District cut Republican Dale Prewitt's lead over Democrat Tomás Arriaga from 212 votes to 41
The department said the recount turned up 171 ballots that scanners had failed to read on Election Day, most of them marked with felt-tip pens that bled through the paper.
  > named_organization | elections-dept | The department | said | >
Under state law, the county Board of Supervisors must certify the result by Dec. 5.

Elections Director Ramon Villaseñor told reporters at the county's tabulation center that the recount had been "the most transparent process this county has ever run."
  > named_official | villasenor | Elections Director Ramon Villaseñor | told reporters | >
"Every single ballot went through two sets of hands, one from each party.
  > named_official | villasenor | Villaseñor | - | *
Anybody who wants to watch the video can watch the video," he said.
  > named_official | villasenor | he | said | <
The district, long noted for close races, has changed parties four times since 2010.

Prewitt, a two-term senator and retired Air Force pilot, said in a statement that he was "confident the final count will confirm what voters decided on Nov. 5."
  > named_official | prewitt | Prewitt, a two-term senator and retired Air Force pilot | said in a statement | >
Arriaga, a former school principal from Mesa Verde, said the recount showed that "machines make mistakes and people catch them."
  > named_official | arriaga | Arriaga, a former school principal from Mesa Verde | said | >
He said his campaign would ask a judge to count 63 provisional ballots that the county rejected because voters signed them on the wrong line.
  > named_official | arriaga | He | said | >
Prewitt's campaign said it would oppose that request.
  > named_organization | prewitt-campaign | Prewitt's campaign | said | >

A lawsuit filed Wednesday in Coronado County Superior Court by the Arizona Democratic Party asks the court to order the county to count the 63 ballots.
  > document | lawsuit | A lawsuit filed Wednesday in Coronado County Superior Court by the Arizona Democratic Party | asks | >
The suit says at least 40 of those voters were told by poll workers to sign in the wrong place.
  > document | lawsuit | The suit | says | >
The party's lawyer, Gideon Marsh, said the rejected ballots came mostly from two precincts on the city's heavily Latino west side.
  > named_official | marsh | The party's lawyer, Gideon Marsh | said | >
A lawyer for the Prewitt campaign, Everett Kasprzak, said state law was "crystal clear" that such ballots cannot be counted.
  > named_official | kasprzak | A lawyer for the Prewitt campaign, Everett Kasprzak | said | >
"You don't get to change the rules after you see the score," he said.
  > named_official | kasprzak | he | said | <
Marsh said he expected a hearing early next week.
  > named_official | marsh | Marsh | said | >

A county elections official who watched the recount said Republican observers had challenged more than 300 ballots on Tuesday alone, slowing the count by most of a day.
  > anonymous_official | county-official | A county elections official who watched the recount | said | >
The official, who requested anonymity because she was not authorized to speak for the department, said all but nine of those challenges were rejected.
  > anonymous_official | county-official | The official | said | > | anon=who requested anonymity because she was not authorized to speak for the department
Republican leaders in the state Senate have discussed asking the chamber itself to judge the election if the courts seat Arriaga, according to two people familiar with the discussions.
  > anonymous_familiar | familiar | two people familiar with the discussions | according to | <
The office of Senate President Warren Beadle did not respond to a request for comment.
  > declined_comment | beadle-office | The office of Senate President Warren Beadle | did not respond to a request for comment | - | resp=no_response
Some Republican activists have claimed online, without evidence, that the felt-tip pens were handed out on purpose in Democratic precincts.
  > anonymous_other | activists | Some Republican activists | have claimed online | that the felt-tip pens were handed out on purpose in Democratic precincts
The pens and the scanners were supplied by Tri-State Ballot Systems, a Phoenix firm that has provided election equipment to 11 Arizona counties since 2014.
The company said in a statement that the pens were "approved for use with every scanner we sell."
  > named_organization | tri-state | The company | said in a statement | >
The Mesa Verde Ledger first reported the trouble with the pens on election night.
  > media_report | ledger | The Mesa Verde Ledger | first reported | the trouble with the pens on election night

@excluded
Have a question about the recount? Text it to our elections desk at 602-555-0148.
Comments are closed on this story.
''')

ARTICLES.append(r'''
@id m-drug-price-hearing-haldane-renquist
@style drug_price_hearing
Haldane CEO defends $84,000 kidney drug price as senators release internal emails

Haldane Therapeutics Chief Executive Officer Marcus Whitlow told senators on Tuesday that the $84,000 annual list price of its kidney disease drug Renquist reflected "two decades of failure" before the medicine worked, as lawmakers released internal emails showing the company had weighed a price less than half as high.
  > named_official | whitlow | Haldane Therapeutics Chief Executive Officer Marcus Whitlow | told senators | that the $84,000 annual list price of its kidney disease drug Renquist reflected "two decades of failure" before the medicine worked
  > document | emails | internal emails | showing | the company had weighed a price less than half as high
The emails, released by the Senate Health, Education, Labor and Pensions Committee, show that Haldane's pricing team modeled a launch price of $38,000 in 2021 before settling on the higher figure.
  > document | emails | The emails, released by the Senate Health, Education, Labor and Pensions Committee | show | >
"We can defend 84," one executive wrote in a message in June 2021, according to the documents.
  > document | emails | the documents | according to | <

Whitlow, who took over Haldane in 2019, said Renquist was the first drug shown to slow a rare inherited kidney disease that affects about 30,000 Americans.
  > named_official | whitlow | Whitlow, who took over Haldane in 2019 | said | >
"We spent $2.3 billion on this science, and most of it went into drugs that failed.
  > named_official | whitlow | Whitlow | - | *
The patients who benefit from Renquist are benefiting from every one of those failures," he said.
  > named_official | whitlow | he | said | <
He declined to tell the committee how much the company had spent to develop Renquist itself, saying the figure was proprietary.
  > declined_comment | whitlow | He | declined to tell the committee how much the company had spent to develop Renquist itself | - | resp=declined

Sen. Margaret Tolliver, the Rhode Island Democrat who chairs the committee, said the emails showed a company "pricing to what the market will bear and calling it science."
  > named_official | tolliver | Sen. Margaret Tolliver, the Rhode Island Democrat who chairs the committee | said | >
The panel's top Republican, Sen. Judith Carrow of Kansas, said she shared some of Tolliver's concerns but warned that price controls would choke off research on rare diseases.
  > named_official | carrow | The panel's top Republican, Sen. Judith Carrow of Kansas | said | she shared some of Tolliver's concerns
  > named_official | carrow | The panel's top Republican, Sen. Judith Carrow of Kansas | warned | that price controls would choke off research on rare diseases
She said Haldane had been "more forthcoming than most" in answering the committee's questions.
  > named_official | carrow | She | said | >
Tolliver said she would ask the Federal Trade Commission to examine whether Haldane had filed patents to delay generic competition.
  > named_official | tolliver | Tolliver | said | >
An FTC spokesman declined to comment.
  > declined_comment | ftc | An FTC spokesman | declined to comment | - | resp=declined

A HELP Committee staff report released before the hearing found that Renquist's U.S. price was more than three times its price in Germany and Japan.
  > document | staff-report | A HELP Committee staff report released before the hearing | found | >
A patient who testified after Whitlow, a 34-year-old teacher from Lawrence, Kan., said her insurer had twice denied coverage for the drug.
  > named_person | beaudry | A patient who testified after Whitlow, a 34-year-old teacher from Lawrence, Kan. | said | >
The teacher, Alyssa Beaudry, said she paid $6,100 out of pocket last year after Haldane stopped offering a copay card to patients in her plan.
  > named_person | beaudry | The teacher, Alyssa Beaudry | said | >

Most Americans who take Renquist get it through plans run by Corliss Rx, the country's second-largest pharmacy benefit manager.
The company said in a written submission to the committee that it receives rebates on Renquist but would not say how large they are.
  > named_organization | corliss | The company | said in a written submission to the committee | that it receives rebates on Renquist
  > declined_comment | corliss | The company | would not say how large they are | - | resp=declined
Two people familiar with Haldane's pricing discussions said its board approved the $84,000 price over the objections of the company's own head of patient access.
  > anonymous_familiar | familiar | Two people familiar with Haldane's pricing discussions | said | >
The people, who asked not to be named because the discussions were private, said that executive left the company months later.
  > anonymous_familiar | familiar | The people | said | > | anon=who asked not to be named because the discussions were private
Haldane said in a statement after the hearing that it "welcomed the chance to explain the value of Renquist" and that 92% of patients pay less than $50 a month for it.
  > named_organization | haldane | Haldane | said in a statement after the hearing | >

Haldane shares rose 2.1% in New York trading.
Some analysts said congressional pressure was unlikely to move drug prices without new legislation.
  > anonymous_other | analysts | Some analysts | said | >
Bloomberg News reported in March that Haldane had raised Renquist's price 9% since its 2022 launch.
  > media_report | bloomberg | Bloomberg News | reported in March | that Haldane had raised Renquist's price 9% since its 2022 launch
The company had planned to seek approval for a second use of the drug, in children, later this year.
  > named_organization | haldane | The company | had planned | to seek approval for a second use of the drug, in children, later this year | nosrc
''')

ARTICLES.append(r'''
@id m-sanctions-evasion-meridian-crest
@style sanctions_evasion
Exclusive: Singapore shipper moved sanctioned Istravan oil through transfers at sea, sources say
  > anonymous_familiar | sources | sources | say | Singapore shipper moved sanctioned Istravan oil through transfers at sea

SINGAPORE -- A Singapore-registered shipping company used at least six aging tankers to move Istravan crude worth more than $900 million to buyers in Asia over the past year in breach of U.S. sanctions, according to three people with knowledge of the shipments and ship-tracking data reviewed by Reuters.
  > anonymous_familiar | sources | three people with knowledge of the shipments | according to | <
  > document | tracking-data | ship-tracking data reviewed by Reuters | according to | <
The company, Meridian Crest Maritime, transferred the oil between tankers in open water off the Malaysian coast to disguise its origin, the people said.
  > anonymous_familiar | sources | the people | said | <
Two of the people said the cargoes were relabeled as Malaysian crude before being sold to independent refiners in China.
  > anonymous_familiar | sources | Two of the people | said | >

Meridian Crest did not respond to emails and phone calls to its office in Singapore.
  > declined_comment | meridian | Meridian Crest | did not respond to emails and phone calls to its office in Singapore | - | resp=no_response
A man who answered the phone at the company's registered address on Tuesday said it was an accounting firm and hung up.
  > anonymous_other | phone-man | A man who answered the phone at the company's registered address on Tuesday | said | it was an accounting firm

The U.S. Treasury Department's Office of Foreign Assets Control, which enforces sanctions, warned in an advisory in May that ship-to-ship transfers off Malaysia had become "a primary method" of moving Istravan oil.
  > named_organization | ofac | The U.S. Treasury Department's Office of Foreign Assets Control, which enforces sanctions | warned in an advisory in May | >
OFAC has not designated Meridian Crest or any of its tankers, according to the office's public sanctions list.
  > document | sdn-list | the office's public sanctions list | according to | <
Two U.S. officials said the office had been tracking the company's tankers since at least January.
  > anonymous_official | us-officials | Two U.S. officials | said | >
One of the officials, who spoke on condition of anonymity to discuss a sensitive matter, said sanctions on the company could be announced within weeks.
  > anonymous_official | us-officials | One of the officials | said | > | anon=who spoke on condition of anonymity to discuss a sensitive matter
A Treasury spokesperson said the department "does not comment on potential enforcement actions."
  > named_organization | treasury | A Treasury spokesperson | said | >

The data, compiled by Seawatch Analytics, a London firm that monitors tanker movements, show that the six tankers switched off their location transponders for a combined 212 days in the past year.
  > document | tracking-data | The data, compiled by Seawatch Analytics, a London firm that monitors tanker movements | show | >
Seawatch's head of research, Imogen Carradine, said the pattern matched "every other dark-fleet operation we have seen in the region."
  > named_official | carradine | Seawatch's head of research, Imogen Carradine | said | >
"These ships go dark for four days, come back 300 miles away and sit lower in the water.
  > named_official | carradine | Carradine | - | *
Oil doesn't appear out of the ocean," Carradine said.
  > named_official | carradine | Carradine | said | <

Malaysia's Maritime Enforcement Agency said in a statement that it had detained two tankers for anchoring without permission off Johor in July, but it did not say whether they belonged to Meridian Crest.
  > named_organization | mmea | Malaysia's Maritime Enforcement Agency | said in a statement | that it had detained two tankers for anchoring without permission off Johor in July
The agency declined to answer further questions.
  > declined_comment | mmea | The agency | declined to answer further questions | - | resp=declined
A trader at a refinery in Shandong province that bought two of the cargoes said the refinery had been given certificates showing the oil came from Malaysia.
  > anonymous_official | trader | A trader at a refinery in Shandong province that bought two of the cargoes | said | >
The trader, who declined to be named because he was not authorized to speak to the media, said the refinery paid about $9 a barrel less than the price of Brent crude.
  > anonymous_official | trader | The trader | said | > | anon=who declined to be named because he was not authorized to speak to the media

Until March, the tankers were insured by Aldermoor Marine Mutual, a shipowners' insurance club based in Bermuda.
The company said it had canceled the policies after learning that the ships had turned off their transponders.
  > named_organization | aldermoor | The company | said | >
Istrava's oil ministry said in a statement carried by state media that its exports were "legal trade that no foreign government has the right to block."
  > named_organization | istrava-oil | Istrava's oil ministry | said in a statement carried by state media | >
The shipping journal Maritime Dispatch reported in April that at least 40 tankers had joined Istrava's shadow fleet this year.
  > media_report | maritime-dispatch | The shipping journal Maritime Dispatch | reported in April | that at least 40 tankers had joined Istrava's shadow fleet this year
Meridian Crest had hoped to register its ships in Panama, but the country's maritime authority turned them down in 2023.
  > named_organization | meridian | Meridian Crest | had hoped | to register its ships in Panama | nosrc
''')

ARTICLES.append(r'''
@id m-university-strike-calder-grad-workers
@style university_strike
Calder University graduate workers strike over pay, halting hundreds of classes

EASTON, N.Y. -- About 2,300 graduate students who teach classes and grade exams at Calder University went on strike Monday, leaving hundreds of discussion sections and labs without instructors three weeks before final exams.
Calder Graduate Workers United, the union representing the students, said more than 90 percent of its members had stayed off the job on the first day.
  > named_organization | cgwu | Calder Graduate Workers United, the union representing the students | said | >
The university said about 40 percent of the sections normally taught by graduate students had been canceled or moved online.
  > named_organization | calder | The university | said | >

CGWU's president, Naledi Vance, a fifth-year doctoral student in sociology, said the union was asking for a minimum stipend of $47,000, up from $31,500.
  > named_official | vance | CGWU's president, Naledi Vance, a fifth-year doctoral student in sociology | said | >
"Calder has a $9 billion endowment.
  > named_official | vance | Vance | - | *
It can afford to pay the people who do half of its teaching enough to live in the city where it sits," Vance said at a rally outside the administration building.
  > named_official | vance | Vance | said at a rally outside the administration building | <
The union said it would put any new offer to a vote of its members within 48 hours.
  > named_organization | cgwu | The union | said | >

The university's provost, Dr. Helen Marchbanks, said in an email to faculty on Sunday that Calder had offered a stipend of $38,000 next year and $41,000 by 2027, "the highest of any private university in the state."
  > named_official | marchbanks | The university's provost, Dr. Helen Marchbanks | said in an email to faculty on Sunday | >
She wrote that faculty members should not cancel their own classes in solidarity with the strike.
  > named_official | marchbanks | She | wrote | >
The offer, posted on the university's bargaining website, also includes a one-time payment of $1,000, which the university added last week.
  > document | offer | The offer, posted on the university's bargaining website | includes | >

Maribel Okonkwo-Reyes, a third-year chemistry student who teaches two introductory labs, said she spends more than half of her stipend on rent for a shared apartment.
  > named_person | okonkwo-reyes | Maribel Okonkwo-Reyes, a third-year chemistry student who teaches two introductory labs | said | >
Another striking student, Ruth Kessler, who teaches a section of European history, said she had taken a second job at a coffee shop to cover her bills.
  > named_person | kessler | Another striking student, Ruth Kessler, who teaches a section of European history | said | >
"I grade 90 essays a week, and then I go make lattes until midnight," Kessler said.
  > named_person | kessler | Kessler | said | <
Okonkwo-Reyes said she worried the strike would set back her research by a semester.
  > named_person | okonkwo-reyes | Okonkwo-Reyes | said | >
She said she would stay on the picket line anyway.
  > named_person | okonkwo-reyes | She | said | >

A history professor who has taught at Calder for 31 years said he had moved his seminar to a church basement off campus so that his students would not have to cross the picket line.
  > named_person | abernathy | A history professor who has taught at Calder for 31 years | said | >
The professor, Leonard Abernathy, said about a dozen of his colleagues had done the same.
  > named_person | abernathy | The professor, Leonard Abernathy | said | >
Two department chairs said the provost's office had asked them last week for the names of graduate students who were not teaching.
  > anonymous_official | chairs | Two department chairs | said | >
The chairs, who spoke on the condition of anonymity because they feared retaliation, said they had refused.
  > anonymous_official | chairs | The chairs | said | > | anon=who spoke on the condition of anonymity because they feared retaliation
A university spokeswoman, Caroline Dutt, said the request was meant only to make sure that grades would be recorded on time.
  > named_official | dutt | A university spokeswoman, Caroline Dutt | said | >

The two sides have not met since Thursday, according to a person familiar with the negotiations.
  > anonymous_familiar | familiar | a person familiar with the negotiations | according to | <
The chairman of Calder's board of trustees, Franklin Osei, did not respond to an email seeking comment.
  > declined_comment | osei | The chairman of Calder's board of trustees, Franklin Osei | did not respond to an email seeking comment | - | resp=no_response
Financial statements the university filed with the state show that its endowment returned 11.2 percent last year.
  > document | financials | Financial statements the university filed with the state | show | >
Some undergraduates have complained on social media that they are paying full tuition for canceled classes.
  > anonymous_other | undergrads | Some undergraduates | have complained on social media | >
The university had hoped to reach a contract before the spring semester began in January.
  > named_organization | calder | The university | had hoped | to reach a contract before the spring semester began in January | nosrc
The Calder Daily Beacon, the student newspaper, first reported the strike date last month.
  > media_report | beacon | The Calder Daily Beacon, the student newspaper | first reported | the strike date last month

@excluded
Clarification: An earlier version of this article described the union's proposal as a salary. It is an annual stipend.
Easton Record-Journal subscribers can listen to this story read aloud in our app.
''')

ARTICLES.append(r'''
@id m-data-breach-brightline-claims
@style data_breach
Claims processor Brightline says hackers took records of 11 million patients
  > named_organization | brightline | Brightline | says | hackers took records of 11 million patients

Brightline Claims Services, which processes insurance claims for more than 400 hospitals and clinics, said on Friday that hackers had stolen names, Social Security numbers and diagnosis codes belonging to about 11.2 million patients.
  > named_organization | brightline | Brightline Claims Services, which processes insurance claims for more than 400 hospitals and clinics | said on Friday | >
In a filing with the Maine attorney general's office, the company said the intruders had access to its systems for 23 days in March and April before they were detected.
  > named_organization | brightline | the company | said | >
The breach is among the largest ever reported by a health care company, according to a federal database of breaches maintained by the Department of Health and Human Services.
  > document | hhs-database | a federal database of breaches maintained by the Department of Health and Human Services | according to | <

The attackers got in through a flaw in a file-transfer program sold by Corvane Software, a Minneapolis firm whose products are used by thousands of companies.
The company said it had released a fix for the flaw in February and had urged customers to install it immediately.
  > named_organization | corvane | The company | said | >
Brightline had not installed the fix when the attack began, according to a person familiar with the company's investigation.
  > anonymous_familiar | familiar | a person familiar with the company's investigation | according to | <
A forensic report prepared for Brightline by an outside security firm found that the attackers copied about 4 terabytes of data, the person said.
  > anonymous_familiar | familiar | the person | said | <
The person, who was not authorized to discuss the report, said it also found that Brightline's systems had raised alerts about the intrusion that no one reviewed for nine days.
  > anonymous_familiar | familiar | The person | said | > | anon=who was not authorized to discuss the report

Brightline's chief executive, Howard Pell, said in a video posted on the company's website that he was "deeply sorry" and that the company would pay for two years of credit monitoring for every patient affected.
  > named_official | pell | Brightline's chief executive, Howard Pell | said in a video posted on the company's website | >
A Brightline spokeswoman declined to say whether the company had paid a ransom.
  > declined_comment | brightline | A Brightline spokeswoman | declined to say whether the company had paid a ransom | - | resp=declined
The spokeswoman said the company had notified the FBI and was working with law enforcement.
  > named_organization | brightline | The spokeswoman | said | >

A security researcher who tracks ransomware gangs said the stolen data appeared on a criminal leak site on May 2, posted by a group that calls itself Greyhound.
  > named_person | kwan | A security researcher who tracks ransomware gangs | said | >
The researcher, Tobias Kwan of Redline Threat Intelligence, said the group had posted samples that included scanned insurance cards and lab results.
  > named_person | kwan | The researcher, Tobias Kwan of Redline Threat Intelligence | said | >
Another researcher, Marcus Feld, who studies health care breaches at the Ashford Institute of Technology, said the delay in spotting the intrusion was "inexcusable for a company holding this much data."
  > named_person | feld | Another researcher, Marcus Feld, who studies health care breaches at the Ashford Institute of Technology | said | >
He said the Corvane flaw had been used against at least 60 other companies since February.
  > named_person | feld | He | said | >
Kwan said Greyhound had not yet offered the full data set for sale.
  > named_person | kwan | Kwan | said | >

The Office for Civil Rights at HHS, which enforces federal health privacy law, said it had opened an investigation.
  > named_organization | ocr | The Office for Civil Rights at HHS, which enforces federal health privacy law | said | >
OCR said hospitals that used Brightline remained responsible for notifying their patients unless Brightline did so for them.
  > named_organization | ocr | OCR | said | >
The office has fined health companies as much as $16 million over similar breaches.
Notification letters, which Brightline began mailing to patients on Friday, say the stolen records go back as far as 2014.
  > document | letters | Notification letters, which Brightline began mailing to patients on Friday | say | >
A class-action lawsuit filed Friday afternoon in federal court in Boston accuses Brightline of failing to patch a flaw that had been public for weeks.
  > document | lawsuit | A class-action lawsuit filed Friday afternoon in federal court in Boston | accuses | Brightline of failing to patch a flaw that had been public for weeks
Corvane did not respond to questions about how many of its customers had installed the fix.
  > declined_comment | corvane | Corvane | did not respond to questions about how many of its customers had installed the fix | - | resp=no_response

Brightline had planned to go public on the Nasdaq this summer.
  > named_organization | brightline | Brightline | had planned | to go public on the Nasdaq this summer | nosrc
The trade publication HealthSec Wire first reported the breach on Wednesday.
  > media_report | healthsec | The trade publication HealthSec Wire | first reported | the breach on Wednesday

@excluded
Get breaking security news on the go: download the Clinical Systems Today app for iOS and Android.
Photo: Brightline Claims Services headquarters in Nashua, N.H. (Clinical Systems Today file photo)
''')

ARTICLES.append(r'''
@id m-court-martial-uss-thomas-garrity
@style court_martial
Former destroyer captain convicted of dereliction in grounding of USS Thomas Garrity

NORFOLK, Va. -- A military jury on Thursday convicted the former commanding officer of the destroyer USS Thomas Garrity of dereliction of duty in the ship's grounding off the Virginia coast last year, but acquitted him of the more serious charge of hazarding a vessel.
Cmdr. Adrian Voss, 44, faces up to three months of confinement and dismissal from the Navy when he is sentenced Friday, according to Navy Region Mid-Atlantic, which convened the court-martial.
  > named_organization | navy-region | Navy Region Mid-Atlantic, which convened the court-martial | according to | <
The Garrity struck a shoal near the mouth of the Chesapeake Bay on the night of March 9, tearing a 40-foot gash in its hull and injuring two sailors.

The ship's navigator, Lt. Cmdr. Felix Navarro, testified on Monday that he had warned Voss twice in the hour before the grounding that the ship was drifting out of the channel.
  > named_official | navarro | The ship's navigator, Lt. Cmdr. Felix Navarro | testified on Monday | >
The executive officer, Cmdr. Stephen Aldana, testified that he was asleep in his stateroom when the ship ran aground and learned of it from the collision alarm.
  > named_official | aldana | The executive officer, Cmdr. Stephen Aldana | testified | >
He said Voss had ordered the crew to make up time after a late departure from Norfolk.
  > named_official | aldana | He | said | >
Navarro told the jury that Voss had answered his second warning by saying, "I have the conn, Navigator."
  > named_official | navarro | Navarro | told the jury | >

Voss's civilian lawyer, Jonathan Reinholt, argued in his closing that the ship's electronic charts had not been updated in two years.
  > named_official | reinholt | Voss's civilian lawyer, Jonathan Reinholt | argued in his closing | >
"The Navy sent this ship to sea with a map that was two years old.
  > named_official | reinholt | Reinholt | - | *
Then it blamed the man who had to read it," Reinholt said.
  > named_official | reinholt | Reinholt | said | <
After the verdict, Reinholt said his client would appeal.
  > named_official | reinholt | Reinholt | said | >
Voss declined to speak to reporters as he left the courtroom with his wife.
  > declined_comment | voss | Voss | declined to speak to reporters | - | resp=declined

The Navy's investigation into the grounding, released in redacted form in October, found that the ship's bridge team had "lost situational awareness" for at least 14 minutes.
  > document | investigation | The Navy's investigation into the grounding, released in redacted form in October | found | >
It also found that the Garrity's chart software had not been patched since 2022.
  > document | investigation | It | found | >
Agents from the Naval Criminal Investigative Service examined the ship's voyage data recorder in the days after the grounding.
NCIS said in a statement that it had turned its findings over to prosecutors in May.
  > named_organization | ncis | NCIS | said in a statement | >
The agency declined to release the recordings, citing the pending sentencing.
  > declined_comment | ncis | The agency | declined to release the recordings | - | resp=declined

Two sailors who were on the bridge that night said the watch team had been working 20-hour days for a week before the grounding.
  > anonymous_official | sailors | Two sailors who were on the bridge that night | said | >
The sailors, who spoke on the condition of anonymity because they were not authorized to talk to reporters, said fatigue was never raised at the trial.
  > anonymous_official | sailors | The sailors | said | > | anon=who spoke on the condition of anonymity because they were not authorized to talk to reporters
A woman whose son was among the injured sailors said outside the courthouse that the verdict was "a start."
  > named_person | bolanos | A woman whose son was among the injured sailors | said outside the courthouse | >
The mother, Theresa Bolanos of Chesapeake, said her son had needed two operations on his back and was medically discharged in August.
  > named_person | bolanos | The mother, Theresa Bolanos of Chesapeake | said | >

A Navy spokesman said the service had updated the chart software on every destroyer in the Atlantic Fleet since the grounding.
  > named_organization | navy | A Navy spokesman | said | >
Some retired officers have argued that the Navy too often punishes commanding officers for failures of training and equipment decided far above them.
  > anonymous_other | retired-officers | Some retired officers | have argued | >
The Tidewater Ledger reported in June that the ship had been short three qualified officers of the deck when it sailed.
  > media_report | ledger | The Tidewater Ledger | reported in June | that the ship had been short three qualified officers of the deck when it sailed
The Navy had planned to send the Garrity to the Mediterranean last summer.
  > named_organization | navy | The Navy | had planned | to send the Garrity to the Mediterranean last summer | nosrc
''')

ARTICLES.append(r'''
@id m-ferry-disaster-star-of-kessa
@style ferry_disaster
Ferry capsizes off Tarvai, killing at least 38; dozens missing, maritime authority says
  > named_organization | nmsa | maritime authority | says | Ferry capsizes off Tarvai, killing at least 38; dozens missing

PORT ELIAN, Tarvai -- At least 38 people died when an overcrowded passenger ferry capsized in rough seas off Tarvai's northern coast on Sunday, and dozens more were missing, the National Maritime Safety Authority said on Monday.
  > named_organization | nmsa | the National Maritime Safety Authority | said | <
The authority said 117 people had been rescued, many of them clinging to coolers and life rings when fishing boats reached them at dawn.
  > named_organization | nmsa | The authority | said | >
The ferry, the Star of Kessa, was operated by Bluewake Lines, a family-owned company that runs six routes between Tarvai's main island and its northern atolls.
The company said in a statement that the ferry was licensed to carry 250 passengers and had passed a safety inspection in January.
  > named_organization | bluewake | The company | said in a statement | >

NMSA director Ilario Mendaña told a news conference that the ferry's manifest listed 198 passengers and 14 crew members.
  > named_official | mendana | NMSA director Ilario Mendaña | told a news conference | >
Survivors and relatives have said that more than 300 people were aboard, many of them going home for a harvest festival, and that tickets were sold on the dock without names being written down.
  > anonymous_other | survivors-relatives | Survivors and relatives | have said | >
Mendaña said the authority was investigating whether the ferry had been overloaded.
  > named_official | mendana | Mendaña | said | >
"If the numbers on that manifest are false, someone will answer for it," he said.
  > named_official | mendana | he | said | <

Lorna Abadiano, 34, a market vendor from the atoll of Sennet, said she was asleep on the upper deck with her two children when the ferry rolled onto its side.
  > named_person | abadiano | Lorna Abadiano, 34, a market vendor from the atoll of Sennet | said | >
Another passenger, Mireille Tuapola, 52, said she had counted at least 40 people sitting on the roof of the passenger cabin before the ferry left port.
  > named_person | tuapola | Another passenger, Mireille Tuapola, 52 | said | >
"There were people on the stairs, people on the roof, people holding on to the rails.
  > named_person | tuapola | Tuapola | - | *
No one stopped them," Tuapola said from a hospital bed in Port Elian.
  > named_person | tuapola | Tuapola | said | <
Abadiano said she had found her daughter in the water but had not found her 9-year-old son.
  > named_person | abadiano | Abadiano | said | >
She said she would wait at the harbor until he was found.
  > named_person | abadiano | She | said | >

Two coast guard officers involved in the rescue said the ferry's lifeboats appeared to have been chained to the deck and could not be launched.
  > anonymous_official | cg-officers | Two coast guard officers involved in the rescue | said | >
The officers, who asked not to be named because the investigation had just begun, said divers had recovered 11 bodies from inside the hull.
  > anonymous_official | cg-officers | The officers | said | > | anon=who asked not to be named because the investigation had just begun
An NMSA inspection report from 2023, seen by Reuters, found that the ferry's bilge pumps were "unreliable" and ordered them replaced within six months.
  > document | inspection | An NMSA inspection report from 2023, seen by Reuters | found | >
It was not clear whether the pumps had been replaced.
Bluewake did not respond to questions about the pumps.
  > declined_comment | bluewake | Bluewake | did not respond to questions about the pumps | - | resp=no_response
The ferry's captain, Renato Salcedo, who swam to a fishing boat after the capsizing, could not be reached.
  > declined_comment | salcedo | The ferry's captain, Renato Salcedo, who swam to a fishing boat after the capsizing | could not be reached | - | resp=unreachable

Prime Minister Aurelio Banaag declared three days of national mourning and ordered all ferries on the northern routes held in port until they are reinspected.
He said in a televised address that the government would pay for the funerals of every victim.
  > named_official | banaag | He | said in a televised address | >
Fishermen who joined the rescue said the weather service had warned of swells of up to four meters on Sunday morning.
  > anonymous_other | fishermen | Fishermen who joined the rescue | said | >
The Tarvai Meteorological Department confirmed that it had issued a small-craft warning at 6 a.m. on Sunday, four hours before the ferry sailed.
  > named_organization | met-dept | The Tarvai Meteorological Department | confirmed | >
The Port Elian Herald reported in March that the authority had only four inspectors for more than 90 passenger ferries.
  > media_report | herald | The Port Elian Herald | reported in March | that the authority had only four inspectors for more than 90 passenger ferries
The authority had planned to require electronic ticketing on all interisland ferries by next year.
  > named_organization | nmsa | The authority | had planned | to require electronic ticketing on all interisland ferries by next year | nosrc

@excluded
Rescuers carry a survivor ashore at Port Elian harbor on Monday. REUTERS/Dani Soriano
Read more: Why Tarvai's interisland ferries are among the world's most crowded
''')

ARTICLES.append(r'''
@id m-minimum-wage-vote-brookhaven
@style minimum_wage_vote
Brookhaven council votes 6-3 to raise minimum wage to $18 by 2027

BROOKHAVEN, Colo. -- The Brookhaven City Council voted 6-3 late Tuesday to raise the city's minimum wage to $18 an hour by 2027, which would make it the highest in the state outside Denver.
The ordinance lifts the wage from $14.42 to $15.75 next January and by about $1.10 a year after that, according to a summary prepared by the city attorney's office.
  > document | summary | a summary prepared by the city attorney's office | according to | <
After 2027, the wage would rise each year with inflation, the summary says.
  > document | summary | the summary | says | <

Councilman Rafael Quintana, who sponsored the ordinance, said the vote was about whether people who work in Brookhaven can afford to live there.
  > named_official | quintana | Councilman Rafael Quintana, who sponsored the ordinance | said | >
"Rent in this city has gone up 40 percent in five years.
  > named_official | quintana | Quintana | - | *
Wages have not, and the people who cook our food and clean our hospitals can't wait for the market to notice," Quintana said.
  > named_official | quintana | Quintana | said | <
Councilman Gordon Weatherby, who voted no, said he supported a higher wage but feared the pace of the increases would push small businesses to cut hours.
  > named_official | weatherby | Councilman Gordon Weatherby, who voted no | said | >
He said at least two restaurants in his ward had told him they would close if the ordinance passed.
  > named_official | weatherby | He | said | >
Quintana said those restaurants had made "the same threat every time the wage has gone up since 2019."
  > named_official | quintana | Quintana | said | >

The Greater Brookhaven Chamber of Commerce, which lobbied against the measure, said in a statement that it would "explore every option," including a petition to put the ordinance before voters.
  > named_organization | chamber | The Greater Brookhaven Chamber of Commerce, which lobbied against the measure | said in a statement | >
The chamber's president, Lyle Hendricks, said a referendum petition would need about 7,800 valid signatures within 30 days.
  > named_official | hendricks | The chamber's president, Lyle Hendricks | said | >
A woman who works the overnight shift at a Brookhaven nursing home and bags groceries on weekends told the council during public comment that she had not had a full day off since March.
  > named_person | delgado | A woman who works the overnight shift at a Brookhaven nursing home and bags groceries on weekends | told the council during public comment | >
The worker, Rosa Delgado, 38, said after the vote that the raise would let her give up one of the two jobs.
  > named_person | delgado | The worker, Rosa Delgado, 38 | said after the vote | >

Harvest Table, a restaurant chain based in Brookhaven with 14 locations along the Front Range, employs about 600 people in the city.
The company said in an email that it had "not decided" how it would respond to the ordinance but that a higher wage "will affect prices."
  > named_organization | harvest-table | The company | said in an email | >
The United Food and Service Workers (UFSW), whose members collected 11,000 signatures in support of the measure, said the union would campaign against any referendum.
  > named_organization | ufsw | The United Food and Service Workers (UFSW), whose members collected 11,000 signatures in support of the measure | said | >
UFSW said it would also push for a similar ordinance in neighboring Larkspur.
  > named_organization | ufsw | UFSW | said | >

An economic analysis commissioned by the city from researchers at Front Range State University estimated that the increase would raise pay for about 31,000 workers and cost about 400 jobs, most of them in restaurants.
  > document | analysis | An economic analysis commissioned by the city from researchers at Front Range State University | estimated | >
Some economists have questioned the analysis, saying it relied on data from before the pandemic.
  > anonymous_other | economists | Some economists | have questioned | the analysis ;; it relied on data from before the pandemic
Two council members who voted for the ordinance said the mayor's office had pressed them in private to delay the vote until after next year's budget was passed.
  > anonymous_official | council-members | Two council members who voted for the ordinance | said | >
The council members, who spoke on the condition of anonymity to describe private conversations, said they had refused.
  > anonymous_official | council-members | The council members | said | > | anon=who spoke on the condition of anonymity to describe private conversations
Mayor Anita Breckenridge's office did not respond to a request for comment.
  > declined_comment | breckenridge-office | Mayor Anita Breckenridge's office | did not respond to a request for comment | - | resp=no_response
The council added an amendment on Tuesday exempting workers under 18 for their first 90 days on the job.
The chamber had hoped to delay the vote until a state study of regional wages is finished next year.
  > named_organization | chamber | The chamber | had hoped | to delay the vote until a state study of regional wages is finished next year | nosrc
The Front Range Observer reported last month that Denver's wage increases had not measurably reduced restaurant employment there.
  > media_report | observer | The Front Range Observer | reported last month | that Denver's wage increases had not measurably reduced restaurant employment there
''')

ARTICLES.append(r'''
@id m-art-forgery-ketola-dealer
@style art_forgery
Dealer Charged With Selling Forged Modernist Paintings to a Museum and Collectors

A Manhattan art dealer was charged on Wednesday with selling at least 19 forged paintings attributed to the Finnish-American modernist Aino Ketola for more than $23 million over a decade, the United States attorney's office in Manhattan said.
  > named_organization | usao | the United States attorney's office in Manhattan | said | <
The dealer, Julian Ashbury-Kent, 61, sold the paintings to collectors, two galleries and the Dorrance Museum of Art in Cleveland, according to the indictment, which was unsealed in Federal District Court in Manhattan.
  > document | indictment | the indictment, which was unsealed in Federal District Court in Manhattan | according to | <
Mr. Ashbury-Kent told buyers that the paintings had come from the estate of a Ketola patron in Helsinki and supplied letters and receipts to prove it, the indictment says.
  > document | indictment | the indictment | says | <
Ketola, noted for her spare winter scenes of the Lake Superior shore, sold few paintings in her lifetime, and her prices have climbed sharply since a 2009 retrospective.

His lawyer, Naomi Farrelly, said Mr. Ashbury-Kent "bought every one of these paintings in good faith" and would fight the charges.
  > named_official | farrelly | His lawyer, Naomi Farrelly | said | >
"He is a dealer, not a chemist.
  > named_official | farrelly | Farrelly | - | *
If the experts who looked at these canvases for 30 years were fooled, so was he," Ms. Farrelly said.
  > named_official | farrelly | Ms. Farrelly | said | <

The Dorrance Museum of Art paid $2.4 million for a Ketola landscape in 2016 and took it off view in 2022 after a visiting scholar questioned its brushwork.
The museum said in a statement that it had "acted promptly" once questions arose and had cooperated with the F.B.I. since then.
  > named_organization | dorrance | The museum | said in a statement | >
The Dorrance's director, Celia Amundsen, said the museum sued Mr. Ashbury-Kent in 2023 to recover the purchase price.
  > named_official | amundsen | The Dorrance's director, Celia Amundsen | said | >
The scholar who first raised doubts about the Cleveland painting, a specialist in Nordic modernism at the University of Edinburgh, said she noticed that its signature had been painted on top of a layer of old varnish.
  > named_person | solberg | The scholar who first raised doubts about the Cleveland painting, a specialist in Nordic modernism at the University of Edinburgh | said | >
The scholar, Ingrid Solberg, said she alerted the museum within a week.
  > named_person | solberg | The scholar, Ingrid Solberg | said | >
Another expert, the conservation scientist Priya Ramaswamy, whose laboratory tested paint from six of the canvases for prosecutors, said all six contained a form of titanium white that was not sold to artists until the 1950s, years after Ketola died in 1938.
  > named_person | ramaswamy | Another expert, the conservation scientist Priya Ramaswamy, whose laboratory tested paint from six of the canvases for prosecutors | said | >
"There is no version of this story in which she painted them," Ms. Ramaswamy said.
  > named_person | ramaswamy | Ms. Ramaswamy | said | <
Ms. Solberg said she was not surprised that the forgeries had fooled buyers for so long.
  > named_person | solberg | Ms. Solberg | said | >

Four of the paintings were sold at auction by Pemberton & Lisle, a midsize house on the Upper East Side.
The company said it had refunded the buyers of all four and had turned its records over to investigators.
  > named_organization | pemberton | The company | said | >
A collector in Greenwich, Conn., who bought three of the paintings directly from Mr. Ashbury-Kent said he had paid $4.1 million for them between 2014 and 2019.
  > named_person | benedetti | A collector in Greenwich, Conn., who bought three of the paintings directly from Mr. Ashbury-Kent | said | >
The collector, Arthur Benedetti, said he learned from F.B.I. agents last year that all three were fakes.
  > named_person | benedetti | The collector, Arthur Benedetti | said | >

The F.B.I.'s Art Crime Team began investigating in 2021 after a tip from an auction house in London, according to a law enforcement official.
  > anonymous_official | le-official | a law enforcement official | according to | <
The official, who spoke on the condition of anonymity because the investigation is continuing, said agents were examining whether Mr. Ashbury-Kent had help from a painter in New Jersey.
  > anonymous_official | le-official | The official | said | > | anon=who spoke on the condition of anonymity because the investigation is continuing
The Federal Bureau of Investigation declined to comment.
  > declined_comment | fbi | The Federal Bureau of Investigation | declined to comment | - | resp=declined
The bureau has recovered art worth about $900 million since the team was created in 2004, according to its website.
  > document | fbi-website | its website | according to | <
Some dealers said privately that doubts about Mr. Ashbury-Kent's Ketolas had circulated for years.
  > anonymous_other | dealers | Some dealers | said privately | >
The trade newsletter Canvas Weekly first reported the investigation in 2023.
  > media_report | canvas-weekly | The trade newsletter Canvas Weekly | first reported | the investigation in 2023

@excluded
Hannah Wexler covers the art market and museums for The Times. She has written about forgery cases since 2011.
Follow New York Times Arts on Instagram for more coverage of galleries and auctions.
''')

ARTICLES.append(r'''
@id m-measles-outbreak-dunmore-county
@style measles_outbreak
Measles outbreak in Dunmore County grows to 27 cases, most in unvaccinated children

GLENHAVEN, Ohio -- A measles outbreak centered on two elementary schools in Dunmore County has grown to 27 cases, 22 of them in children who had not been vaccinated, the Dunmore County Health District said Thursday.
  > named_organization | dchd | the Dunmore County Health District | said | <
Five children have been hospitalized, including a 7-month-old who was too young to receive the vaccine, the health district said.
  > named_organization | dchd | the health district | said | <
It is the largest measles outbreak in Ohio since 2019, according to data from the Ohio Department of Health.
  > document | odh-data | data from the Ohio Department of Health | according to | <

Health Commissioner Dr. Lorraine Whitby said at a news briefing that the outbreak was "entirely preventable" and urged parents to check their children's vaccination records.
  > named_official | whitby | Health Commissioner Dr. Lorraine Whitby | said at a news briefing | that the outbreak was "entirely preventable"
  > named_official | whitby | Health Commissioner Dr. Lorraine Whitby | urged | parents to check their children's vaccination records
"Measles is the most contagious disease we know of.
  > named_official | whitby | Whitby | - | *
If one child in a classroom has it and nine are unprotected, expect nine more cases," Whitby said.
  > named_official | whitby | Whitby | said | <

The Centers for Disease Control and Prevention sent three epidemiologists to Glenhaven on Tuesday at the state's request, the agency said.
  > named_organization | cdc | the agency | said | <
The CDC said in its weekly update that 412 measles cases had been reported nationwide this year, already more than in all of last year.
  > named_organization | cdc | The CDC | said in its weekly update | >

Most of the cases have been traced to Larchmont Elementary and Eastfield Elementary, where about one in six students has a vaccine exemption on file, according to records from Glenhaven City Schools.
  > document | school-records | records from Glenhaven City Schools | according to | <
A letter sent to Larchmont families on Monday, which Superintendent Craig Dahlquist read aloud at a school board meeting that night, says unvaccinated students will be kept home for 21 days after the most recent case.
  > document | letter | A letter sent to Larchmont families on Monday, which Superintendent Craig Dahlquist read aloud at a school board meeting that night | says | >
Dahlquist said about 140 students had been sent home under the rule.
  > named_official | dahlquist | Dahlquist | said | >
The district called off field trips at both schools and stopped after-school programs on Wednesday.

A nurse at Larchmont who has worked in the district for 19 years said she had spent most of the past week on the phone with parents who did not know whether their children had been vaccinated.
  > named_person | lyle | A nurse at Larchmont who has worked in the district for 19 years | said | >
The nurse, Bernadette Lyle, said the health district's clinic had given 60 doses of vaccine since Friday, more than in all of last year.
  > named_person | lyle | The nurse, Bernadette Lyle | said | >

Kristen Haverford, whose 7-month-old son is among the hospitalized children, said he caught the virus in a pediatrician's waiting room.
  > named_person | haverford | Kristen Haverford, whose 7-month-old son is among the hospitalized children | said | >
Another mother, Amber Tollefson, who has three unvaccinated children at Eastfield, said she had decided against vaccines after reading about side effects online and did not plan to change her mind.
  > named_person | tollefson | Another mother, Amber Tollefson, who has three unvaccinated children at Eastfield | said | >
"My kids are healthy, and I trust my own judgment," Tollefson said.
  > named_person | tollefson | Tollefson | said | <
Haverford said she understood parents' fears but that her son "didn't get a choice."
  > named_person | haverford | Haverford | said | >
She said his doctors expected him to recover.
  > named_person | haverford | She | said | >

Two state health officials said the Ohio Department of Health had asked legislative leaders for emergency money to hire contact tracers.
  > anonymous_official | state-officials | Two state health officials | said | >
The officials, who spoke on the condition of anonymity because the request has not been made public, said the department was also weighing a mobile vaccination clinic.
  > anonymous_official | state-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the request has not been made public
The Ohio Department of Health did not respond to a request for comment.
  > declined_comment | odh | The Ohio Department of Health | did not respond to a request for comment | - | resp=no_response
WGHV-TV first reported the outbreak on Feb. 14.
  > media_report | wghv | WGHV-TV | first reported | the outbreak on Feb. 14

@excluded
Related: Measles symptoms, and when to call your child's doctor
Have a news tip? Text the WGLN newsroom at 614-555-0139.
''')

ARTICLES.append(r'''
@id m-senate-confirmation-2016-style-hartigan-epa
@style senate_confirmation_2016_style
Hartigan's EPA nomination stalls as two Republicans withhold support, aides say
  > anonymous_official | senate-aides | aides | say | Hartigan's EPA nomination stalls as two Republicans withhold support

WASHINGTON -- Lena Hartigan's nomination to run the Environmental Protection Agency is in jeopardy after two Republican senators on the Environment and Public Works Committee told party leaders they were not ready to support her, according to three Senate aides familiar with the conversations.
  > anonymous_official | senate-aides | three Senate aides familiar with the conversations | according to | <
The committee vote, scheduled for Thursday, has been postponed indefinitely, the aides said.
  > anonymous_official | senate-aides | the aides | said | <
One aide, who spoke on the condition of anonymity to discuss private deliberations, said Majority Leader Harlan Beaumont would not bring the nomination to the floor "until the votes are there, and right now they aren't."
  > anonymous_official | senate-aides | One aide | said | > | anon=who spoke on the condition of anonymity to discuss private deliberations
A spokesman for Beaumont could not be reached on Wednesday night.
  > declined_comment | beaumont | A spokesman for Beaumont | could not be reached | - | resp=unreachable

Sen. Roger Tillman of West Virginia, one of the two, said in a brief interview in the Capitol that he had "real concerns" about Hartigan's record as Oregon's top environmental regulator.
  > named_official | tillman | Sen. Roger Tillman of West Virginia, one of the two | said in a brief interview in the Capitol | >
The other, Sen. Dale Haverkamp of Nebraska, said he had not made up his mind and wanted to meet with her again.
  > named_official | haverkamp | The other, Sen. Dale Haverkamp of Nebraska | said | >
"She's obviously qualified.
  > named_official | haverkamp | Haverkamp | - | *
What I need to know is whether she's going to listen to farmers in my state before she writes a rule that puts them out of business," he said.
  > named_official | haverkamp | he | said | <
Tillman said his concerns centered on a 2019 decision by Hartigan's department to deny a permit for a coal export terminal on the Columbia River.
  > named_official | tillman | Tillman | said | >

The White House said it remained confident that Hartigan would be confirmed.
  > named_organization | white-house | The White House | said | >
"Lena Hartigan has spent 25 years cleaning up rivers and air, and she has the bipartisan support to prove it," said Eric Salvatore, a White House spokesman.
  > named_official | salvatore | Eric Salvatore, a White House spokesman | said | <
Hartigan declined through a spokeswoman to comment.
  > declined_comment | hartigan | Hartigan | declined through a spokeswoman to comment | - | resp=declined

Hartigan would take over an agency that has lost about 1,200 employees since 2013, according to EPA workforce data.
  > document | epa-data | EPA workforce data | according to | <
A report issued last month by the agency's inspector general found that staffing shortages had delayed hundreds of inspections at chemical plants.
  > document | ig-report | A report issued last month by the agency's inspector general | found | >
An EPA spokesman said the agency had "no role in the confirmation process" and referred questions to the White House.
  > named_organization | epa | An EPA spokesman | said | the agency had "no role in the confirmation process"

Coal and farm groups have lobbied Republican senators against the nomination for weeks, according to people close to the industry's campaign.
  > anonymous_familiar | industry-close | people close to the industry's campaign | according to | <
The National Rural Power Association, which represents coal-burning electric cooperatives, spent about $640,000 on lobbying in the last quarter, disclosure reports show.
  > document | lobbying-reports | disclosure reports | show | <
The association's chief executive, Wade Larrabee, said in a statement that Hartigan "has spent her career treating rural America as a problem to be regulated."
  > named_official | larrabee | The association's chief executive, Wade Larrabee | said in a statement | >
Environmental groups said they would run ads in both senators' states this weekend.
  > anonymous_other | env-groups | Environmental groups | said | >
A Democratic leadership aide said Minority Leader Patricia Odom had called Tillman on Tuesday to ask for his vote.
  > anonymous_official | dem-aide | A Democratic leadership aide | said | >
Capitol Wire reported on Monday that the White House had begun vetting possible replacements.
  > media_report | capitol-wire | Capitol Wire | reported on Monday | that the White House had begun vetting possible replacements
A White House official denied that report.
  > anonymous_official | wh-official | A White House official | denied | that report
The White House had hoped to have Hartigan confirmed before the August recess.
  > named_organization | white-house | The White House | had hoped | to have Hartigan confirmed before the August recess | nosrc
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
