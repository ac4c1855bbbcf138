"""Build corpus/articles/ak.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, all on national security, intelligence, the military, diplomacy, foreign policy and
immigration and border enforcement (tps_termination_notice, migrant_shelter_funding_standoff,
military_recruiting_shortfall, barracks_mold_inspection, deportation_flight_refused_landing,
un_security_council_veto, military_pilot_defection, friendly_fire_investigation_report,
border_patrol_pursuit_crash, pow_mia_recovery_qa, anomalous_health_incident_assessment,
firearms_trafficking_indictment), in the voices of twelve kinds of outlet (a national
newspaper's immigration story, a border-city paper, a defense trade publication with subheads,
a nonprofit investigative newsroom, a public-media live blog with timestamps in forward order, a
wire story from the U.N., a foreign desk story built on foreign state media, exile sites and a
Telegram channel, a regional paper reading a redacted military report, a local TV website, an
edited Q&A interview whose answers are labelled with the speaker's surname, a magazine feature
with a one-line headline question and a two-sentence dek, and a court story), each built to test
source typing and grouping: secretaries, ambassadors, consuls, generals, spokespeople,
prosecutors and a retired admiral quoted on his time in office typed as officials; lawyers
speaking for clients typed as officials (and unnamed lawyers of a named legal group as an
organization) against a law professor, a former ATF agent, a retired general, a former foreign
officer and think-tank analysts commenting as experts, typed as persons; a small-business owner,
soldiers and family members speaking of their own lives typed as persons; ministries, agencies,
consulates, commands, a union, a hospital and unnamed spokespeople typed as organizations;
anonymous officials with and without a stated reason (an NCO who fears retaliation, a Border
Patrol agent, a senior intelligence official under briefing ground rules, "Diplomats", "Army
leaders", "Some House Democrats", "Mexican officials"), people familiar or briefed or at a
closed-door meeting, and vague sources (aid agencies, human rights groups, shelter operators,
families, a witness, a store owner who fears retaliation); a woman described first and named
later; two people of one surname (a soldier and his mother, a fallen sergeant and his widow);
headline attributions ("..., notice says", "..., officials say", "Investigation blames ...",
"U.S. envoy calls veto ..."); documents (a Federal Register notice, internal projections, a
study, inspection reports, flight-tracking data, a draft resolution, a diplomatic cable, a
redacted investigation report, an intelligence assessment and its summary, a tally, published
imaging studies, an indictment and a detention motion); media reports (a Honduran paper, a
Guatemalan paper, a trade weekly, a Russian state agency quoting a spokeswoman, Belarusian state
television, an exile news site, a Telegram channel, a Mexican paper); non-answers of all three
kinds, some after an on-the-record answer by the same source; split content ("Still, he said,
..."; "By morning, she says, ..."); two attributions to one source in one sentence, and two
attributions of different types in one sentence; quotes over several sentences; nesting
(reported speech inside a quote or inside an answer is not annotated); and things that look like
attribution but are not (a question subhead, "told to stop", "spoke with The Sentinel", "laughed
off the criticism", a separate "The official spoke on the condition of anonymity ..." sentence,
"The summary does not say ...", reporter's-voice plans and agreements marked not sourcing).
All twelve end with a footer of excluded boilerplate (newsletter, app and tip prompts,
copyright lines, a correction, photo and illustration credits, related links, a contributor
line). Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_ak.py [--render]
     python corpus/build_articles_ak.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "ak.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id ak-tps-termination-honduras
@style tps_termination_notice
Administration ends protected status for 190,000 Hondurans, notice says
  > document | notice | notice | says | <

WASHINGTON -- The Department of Homeland Security will end Temporary Protected Status for about 190,000 Hondurans living in the United States, giving them 18 months to leave the country or find another legal basis to stay, according to a notice scheduled to be published Friday in the Federal Register.
  > document | notice | a notice scheduled to be published Friday in the Federal Register | according to | <
The notice, a copy of which was posted for public inspection Thursday afternoon, says conditions in Honduras have "improved substantially" since the protections were first granted after Hurricane Mitch in 1999.
  > document | notice | The notice, a copy of which was posted for public inspection Thursday afternoon | says | >
Homeland Security Secretary Dana Whitford said in a statement that the program was "never meant to be permanent" and that her decision followed "a careful review of the facts on the ground."
  > named_official | whitford | Homeland Security Secretary Dana Whitford | said in a statement | >

The decision had been expected for weeks.
Two people familiar with the deliberations said the State Department had argued against ending the designation, warning in a March memo that Honduras could not absorb a sudden return of tens of thousands of people.
  > anonymous_familiar | familiar | Two people familiar with the deliberations | said | >
One of them, who spoke on the condition of anonymity because the memo has not been made public, said Deputy Secretary of State Ruth Calloway had raised the objection directly with White House officials.
  > anonymous_familiar | familiar | One of them | said | > | anon=who spoke on the condition of anonymity because the memo has not been made public
A State Department spokesperson declined to discuss the memo.
  > declined_comment | state-dept | A State Department spokesperson | declined to discuss the memo | - | resp=declined
Whitford's spokesman, Carl Ostrander, said the secretary had "weighed every view in the interagency process" before deciding.
  > named_official | ostrander | Whitford's spokesman, Carl Ostrander | said | >
Whitford had planned to travel to Tegucigalpa next month to discuss deportation flights; that trip has been postponed.
  > named_official | whitford | Whitford | had planned | to travel to Tegucigalpa next month to discuss deportation flights | nosrc

Hondurans with the status live mostly in Texas, Florida, New York and Louisiana, and many have children who are U.S. citizens, according to the Center for Migration Data, a research group in Washington.
  > named_organization | cmd | the Center for Migration Data, a research group in Washington | according to | <
About 60 percent have lived in the country for more than 20 years, the group estimates.
  > named_organization | cmd | the group | estimates | <
Lucía Ferrera, 44, who came to Houston in 1998 and now owns a drywall company with 14 employees, said she learned of the decision from a cousin's text message.
  > named_person | ferrera | Lucía Ferrera, 44, who came to Houston in 1998 and now owns a drywall company with 14 employees | said | >
"My daughters were born here, my workers depend on me, and now I am supposed to go back to a country I left when I was 17," she said.
  > named_person | ferrera | she | said | <
"I don't even know who I would call there."
  > named_person | ferrera | she | - | *

The National TPS Alliance, which represents people with the status, said it would sue to block the termination.
  > named_organization | alliance | The National TPS Alliance, which represents people with the status | said | >
Its lawyer, Miriam Ochoa, said the department had ignored its own reports on gang violence and hurricane damage in Honduras.
  > named_official | ochoa | Its lawyer, Miriam Ochoa | said | >
"They cannot cite improved conditions and bury the evidence that says the opposite," Ochoa said.
  > named_official | ochoa | Ochoa | said | <
Stephen Larkin, a professor of immigration law at Tulane University who is not involved in the case, said courts had given the executive branch wide latitude over such decisions since a 2023 appeals court ruling.
  > named_person | larkin | Stephen Larkin, a professor of immigration law at Tulane University who is not involved in the case | said | >
Still, he said, the challengers could argue that the department skipped a required consultation with other agencies.
  > named_person | larkin | he | said | Still ;; the challengers could argue that the department skipped a required consultation with other agencies

Honduras's foreign ministry said in a statement that the government "deeply regrets" the decision and would ask Washington to reconsider.
  > named_organization | honduras-fm | Honduras's foreign ministry | said in a statement | >
Diario del Valle, a newspaper in San Pedro Sula, reported Thursday that Honduran officials had been told of the decision only hours before it was announced.
  > media_report | diario | Diario del Valle, a newspaper in San Pedro Sula | reported Thursday | >
The Honduran ambassador in Washington, Luis Arriaga, did not respond to a request for comment.
  > declined_comment | arriaga | The Honduran ambassador in Washington, Luis Arriaga | did not respond to a request for comment | - | resp=no_response
The White House had hoped to pair the announcement with a new aid package for Central America, but that plan was dropped last month, according to an administration official who was not authorized to speak publicly.
  > anonymous_official | admin-official | an administration official | according to | < | anon=who was not authorized to speak publicly
Registration for the final 18-month period opens Jan. 5.

@excluded
Sign up for Border Lines, our weekly newsletter on immigration, and get it in your inbox every Tuesday.
Related: What is Temporary Protected Status, and who has it?
© 2026 The Washington Dispatch. All rights reserved.
''')

ARTICLES.append(r'''
@id ak-migrant-shelter-funding-el-paso
@style migrant_shelter_funding_standoff
El Paso will close two migrant shelters by March unless federal money arrives, mayor says
  > named_official | ruiz | mayor | says | El Paso will close two migrant shelters by March unless federal money arrives

EL PASO -- Mayor Gilbert Ruiz said Monday that the city would close two of its three migrant shelters by March 1 if the Federal Emergency Management Agency does not release $14 million in reimbursements the city says it is owed.
  > named_official | ruiz | Mayor Gilbert Ruiz | said Monday | >
The shelters, in a former middle school and a converted warehouse near the airport, house about 900 people on a typical night, according to city figures.
  > document | city-figures | city figures | according to | <
"We have fronted this money for 14 months on a promise, and the promise has not been kept," Ruiz told reporters at City Hall.
  > named_official | ruiz | Ruiz | told reporters at City Hall | <
"At some point, the city's checkbook is the one that closes."
  > named_official | ruiz | Ruiz | - | *

FEMA said in an emailed statement that it had paid El Paso $22 million under its Shelter and Services Program since 2024 and was reviewing the city's latest requests "in accordance with program requirements."
  > named_organization | fema | FEMA | said in an emailed statement | >
The agency did not answer questions about when the review would be finished.
  > declined_comment | fema | The agency | did not answer questions about when the review would be finished | - | resp=no_response
A city budget official, who asked not to be identified because the mayor's office had not authorized staff to discuss the negotiations, said FEMA had flagged about $3 million of the city's receipts as lacking proper documentation.
  > anonymous_official | budget-official | A city budget official | said | > | anon=who asked not to be identified because the mayor's office had not authorized staff to discuss the negotiations
The official said the city had resubmitted most of them in December.
  > anonymous_official | budget-official | The official | said | >

Shelter operators say they are already turning people away.
  > anonymous_other | operators | Shelter operators | say | >
Sister Marguerite Olague, who runs the Casa Esperanza shelter for the Catholic Diocese of El Paso, said her staff sent 40 families to a church gymnasium on Saturday night because there were no beds left.
  > named_official | olague | Sister Marguerite Olague, who runs the Casa Esperanza shelter for the Catholic Diocese of El Paso | said | >
"If the city closes its shelters, those people do not disappear," she said.
  > named_official | olague | she | said | <
"They sleep at the bus station."
  > named_official | olague | she | - | *
A woman from Venezuela who has been staying at the middle-school shelter with her two sons said she has an immigration court date in Chicago in August but no money for a bus ticket.
  > named_person | marcano | A woman from Venezuela who has been staying at the middle-school shelter with her two sons | said | >
The woman, Yusleidy Marcano, 31, said she left Maracaibo in October and walked much of the way through Central America with the boys.
  > named_person | marcano | The woman, Yusleidy Marcano, 31 | said | >

Texas Gov. Warren Pike's office, which has feuded with Ruiz over the shelters for two years, said the state "will not be bailing out" cities that "chose to become magnets" for illegal immigration.
  > named_organization | pike-office | Texas Gov. Warren Pike's office, which has feuded with Ruiz over the shelters for two years | said | >
Pike declined to answer questions about the closures at an unrelated event in Midland on Monday.
  > declined_comment | pike | Pike | declined to answer questions about the closures | - | resp=declined
Council member Rosa Quiñonez, whose district includes the warehouse shelter, said she would vote against any plan to close it before the city had another place for families to go.
  > named_official | quinonez | Council member Rosa Quiñonez, whose district includes the warehouse shelter | said | >
Several of her colleagues have privately told the mayor they support the closures, according to two people who attended a closed-door briefing last week.
  > anonymous_familiar | attendees | two people who attended a closed-door briefing last week | according to | <
The council is scheduled to vote on the shelter budget Feb. 11.

In a letter to FEMA's administrator last week, Rep. Verónica Salas, a Democrat who represents El Paso, asked that the reimbursements be released before the council votes.
  > named_official | salas | Rep. Verónica Salas, a Democrat who represents El Paso | asked | that the reimbursements be released before the council votes
A spokeswoman for the El Paso County Republican Party called the mayor's announcement "a stunt timed for the budget vote."
  > named_organization | gop | A spokeswoman for the El Paso County Republican Party | called | the mayor's announcement "a stunt timed for the budget vote."
Ruiz, who is up for re-election in May, laughed off the criticism.
"If it's a stunt, I'd love for somebody to tell me where 900 people sleep on March 2," he said.
  > named_official | ruiz | he | said | <

@excluded
Comments are moderated and may take up to 24 hours to appear.
Subscribe to the Borderland Courier: $1 for your first month.
Photo: Families wait outside the Casa Esperanza shelter on Saturday. (Ana Lucero/Borderland Courier)
''')

ARTICLES.append(r'''
@id ak-army-recruiting-shortfall-projections
@style military_recruiting_shortfall
Army on track to miss recruiting goal by 9,000 soldiers, internal projections show
  > document | projections | internal projections | show | <

The Army expects to finish the fiscal year about 9,000 recruits short of its goal of 61,000, according to internal projections presented to senior leaders last week.
  > document | projections | internal projections presented to senior leaders last week | according to | <
Two Army officials who have seen the projections said the shortfall would be the Army's third in four years.
  > anonymous_official | army-officials | Two Army officials who have seen the projections | said | >
The officials, who spoke on the condition of anonymity because the figures have not been released, said the gap was concentrated in infantry and cyber specialties, where recruits must meet higher test-score standards.
  > anonymous_official | army-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the figures have not been released
An Army spokeswoman, Lt. Col. Denise Arceneaux, said the service "does not discuss projections before the end of the fiscal year" but noted that enlistment contracts signed in the past two months were up 12 percent from a year earlier.
  > named_official | arceneaux | An Army spokeswoman, Lt. Col. Denise Arceneaux | said | the service "does not discuss projections before the end of the fiscal year"
  > named_official | arceneaux | An Army spokeswoman, Lt. Col. Denise Arceneaux | noted | that enlistment contracts signed in the past two months were up 12 percent from a year earlier
The head of Army Recruiting Command, Maj. Gen. Lowell Prentiss, told a House Armed Services subcommittee in April that the Army would "meet or come very close to" its goal.
  > named_official | prentiss | The head of Army Recruiting Command, Maj. Gen. Lowell Prentiss | told a House Armed Services subcommittee in April | >
Prentiss declined through a spokesman to be interviewed for this article.
  > declined_comment | prentiss | Prentiss | declined through a spokesman to be interviewed for this article | - | resp=declined

Why the gap?

Army leaders have blamed a strong job market and a shrinking pool of young people who qualify for service.
  > anonymous_official | army-leaders | Army leaders | have blamed | a strong job market and a shrinking pool of young people who qualify for service
A 2024 Pentagon study found that 77 percent of Americans ages 17 to 24 would not qualify without a waiver, most often because of obesity, drug use or mental health conditions.
  > document | study | A 2024 Pentagon study | found | >
Beth Kowalczyk, who spent six years as an Army recruiter and now studies military personnel policy at the Hollings Center for Defense Studies, said the numbers also reflect a new medical records system that flags childhood prescriptions applicants once left off their forms.
  > named_person | kowalczyk | Beth Kowalczyk, who spent six years as an Army recruiter and now studies military personnel policy at the Hollings Center for Defense Studies | said | >
"Kids who would have walked in the door in 2015 are now sitting in a waiver queue for four months," she said.
  > named_person | kowalczyk | she | said | <
"A lot of them take a warehouse job instead."
  > named_person | kowalczyk | she | - | *

What Congress wants

Sen. Mark Tolliver, R-S.C., who chairs the Armed Services personnel subcommittee, said he would press the Army to explain why it has not expanded a prep course that helps applicants meet fitness and academic standards.
  > named_official | tolliver | Sen. Mark Tolliver, R-S.C., who chairs the Armed Services personnel subcommittee | said | >
The course has graduated more than 40,000 soldiers since 2022, according to Army data.
  > document | army-data | Army data | according to | <
Some House Democrats have questioned whether the Army's advertising budget, which grew to $1.1 billion this year, is being spent well.
  > anonymous_official | house-dems | Some House Democrats | have questioned | >
Rep. Nia Castellanos, D-N.M., has asked the Government Accountability Office to review the spending.
  > named_official | castellanos | Rep. Nia Castellanos, D-N.M. | has asked | the Government Accountability Office to review the spending
The GAO confirmed that it had accepted the request but declined to say when the review would begin.
  > named_organization | gao | The GAO | confirmed | that it had accepted the request
  > declined_comment | gao | The GAO | declined to say when the review would begin | - | resp=declined

The other services

The Navy said last week that it expected to meet its goal of 40,600 active-duty sailors for the first time since 2021.
  > named_organization | navy | The Navy | said last week | >
The Air Force did not respond to requests for its projections.
  > declined_comment | air-force | The Air Force | did not respond to requests for its projections | - | resp=no_response
A Marine Corps official said the Corps would meet its goal "with room to spare," as it has every year, but would not discuss numbers.
  > anonymous_official | marine-official | A Marine Corps official | said | the Corps would meet its goal "with room to spare," as it has every year
  > declined_comment | marine-official | A Marine Corps official | would not discuss numbers | - | resp=declined
Service Weekly reported in May that recruiters in Texas and Georgia had been told to stop offering some enlistment bonuses to save money.
  > media_report | service-weekly | Service Weekly | reported in May | >
The Army had planned to add two recruiting battalions this year, but Congress cut the money in the spending bill it passed in March.
  > named_organization | army | The Army | had planned | to add two recruiting battalions this year | nosrc

@excluded
Defense Ledger Pro subscribers received this story first. Learn more about Pro.
Copyright 2026 Defense Ledger Media LLC.
Share: X | LinkedIn | Email
''')

ARTICLES.append(r'''
@id ak-barracks-mold-fort-kessler
@style barracks_mold_inspection
Soldiers at Fort Kessler lived with mold for a year after inspectors flagged it, records show
  > document | records | records | show | <

Inspectors warned Army officials at Fort Kessler, Georgia, in March 2025 that mold was growing inside the walls of at least six barracks buildings, but most of the soldiers living in them were not moved out until this spring, according to inspection reports and emails obtained by the Coastal Plains Investigative Desk.
  > document | records | inspection reports and emails obtained by the Coastal Plains Investigative Desk | according to | <
One report, dated March 14, 2025, described mold "visible on ceiling tiles, HVAC returns and bedding" in Building 4120.
  > document | report-4120 | One report, dated March 14, 2025 | described | >
It recommended that the building be vacated within 30 days.
  > document | report-4120 | It | recommended | >
Maintenance records obtained separately show that work orders for the building were closed as "completed" within a week.
  > document | maint-records | Maintenance records obtained separately | show | >
Soldiers who lived there say nothing was fixed.
  > anonymous_other | soldiers | Soldiers who lived there | say | >
"You'd wipe it off the vent on Sunday, and it was back by Wednesday," said Spc. Darnell Eaves, 22, who lived in Building 4120 until April.
  > named_person | eaves | Spc. Darnell Eaves, 22, who lived in Building 4120 until April | said | <
Eaves said he developed a cough in the summer of 2025 that did not go away until he moved out.
  > named_person | eaves | Eaves | said | >
His mother, Loretta Eaves, said she called the base's housing office four times that fall and was told each time that the problem was "being addressed."
  > named_person | l-eaves | His mother, Loretta Eaves | said | >

A noncommissioned officer who was responsible for the barracks in 2025, and who spoke on the condition of anonymity because he feared retaliation from his chain of command, said he had sent photographs of the mold to his battalion's executive officer that April.
  > anonymous_official | nco | A noncommissioned officer who was responsible for the barracks in 2025 | said | > | anon=who spoke on the condition of anonymity because he feared retaliation from his chain of command
"I was told to stop sending pictures and start sending work orders," he said.
  > anonymous_official | nco | he | said | <
The Army's Installation Management Command said in a statement that it had "taken immediate action" once the extent of the problem was known and had moved 212 soldiers out of the affected buildings by May.
  > named_organization | imcom | The Army's Installation Management Command | said in a statement | >
The command did not answer written questions about why the moves took more than a year.
  > declined_comment | imcom | The command | did not answer written questions about why the moves took more than a year | - | resp=no_response
Fort Kessler's garrison commander at the time, Col. Brent Harlow, who is now assigned to the Pentagon, declined to comment through an Army spokesman.
  > declined_comment | harlow | Fort Kessler's garrison commander at the time, Col. Brent Harlow, who is now assigned to the Pentagon | declined to comment through an Army spokesman | - | resp=declined

The Army's inspector general reported in 2024 that barracks across the service suffered from "systemic" maintenance failures.
  > named_organization | army-ig | The Army's inspector general | reported in 2024 | >
Dr. Helen Vasquez-Reilly, an environmental health researcher at Emory University who reviewed the inspection photographs at the Investigative Desk's request, said the growth appeared to be a species commonly linked to respiratory illness.
  > named_person | vasquez-reilly | Dr. Helen Vasquez-Reilly, an environmental health researcher at Emory University who reviewed the inspection photographs at the Investigative Desk's request | said | >
She cautioned that photographs alone could not confirm the species.
  > named_person | vasquez-reilly | She | cautioned | >
Rep. Adaeze Okoro, D-Ga., whose district includes Fort Kessler, said she would ask the Pentagon's inspector general to find out why the March 2025 warnings were not acted on.
  > named_official | okoro | Rep. Adaeze Okoro, D-Ga., whose district includes Fort Kessler | said | >
"Somebody read that report and decided it could wait," she said.
  > named_official | okoro | she | said | <
"I want to know who."
  > named_official | okoro | she | - | *

Two current Army officials with knowledge of the matter said the garrison had asked for $38 million in emergency repair money in 2025 and received less than a third of it.
  > anonymous_official | army-officials | Two current Army officials with knowledge of the matter | said | >
The Army announced in January that it would spend $1.5 billion over five years to renovate or replace its worst barracks.
  > named_organization | army | The Army | announced in January | >
It plans to tear down Building 4120 next year.
  > named_organization | army | It | plans | to tear down Building 4120 next year | nosrc
Eaves, who has since been reassigned to a unit in Texas, said he still coughs on cold mornings.
  > named_person | eaves | Eaves, who has since been reassigned to a unit in Texas | said | >

@excluded
The Coastal Plains Investigative Desk is an independent, nonprofit newsroom. Donate to support our reporting.
Republish this story for free under a Creative Commons license.
Have a tip about military housing? Contact our reporters securely.
''')

ARTICLES.append(r'''
@id ak-deportation-flight-guatemala-live
@style deportation_flight_refused_landing
Live updates: Deportation flight turned back from Guatemala lands in Texas; Guatemala says it was not notified
  > named_organization | guatemala-fm | Guatemala#2 | says | it was not notified

9:10 a.m.
A chartered deportation flight carrying 134 Guatemalan nationals took off from Alexandria, Louisiana, at 7:42 a.m. Central time, according to flight-tracking data.
  > document | flight-data | flight-tracking data | according to | <
Immigration and Customs Enforcement said in a post on X that the flight was "routine" and one of more than 30 it has sent to Guatemala this year.
  > named_organization | ice | Immigration and Customs Enforcement | said in a post on X | >

11:30 a.m.
The plane turned around over the Gulf of Mexico about an hour ago and is heading back toward the United States, flight-tracking data shows.
  > document | flight-data | flight-tracking data | shows | <
A senior Homeland Security official said Guatemala's civil aviation authority denied the aircraft permission to land about 40 minutes before it was due to arrive.
  > anonymous_official | dhs-official | A senior Homeland Security official | said | >
The official, who requested anonymity to discuss a diplomatic dispute, said the denial came without warning.
  > anonymous_official | dhs-official | The official | said | > | anon=who requested anonymity to discuss a diplomatic dispute

12:15 p.m.
Guatemala's foreign ministry said in a statement that it had not been notified of the flight "in accordance with the bilateral protocol" and that the manifest listed 19 passengers whose nationality had not been verified.
  > named_organization | guatemala-fm | Guatemala's foreign ministry | said in a statement | >
Foreign Minister Aurelio Castañeda told Radio Centinela, a station in Guatemala City, that his government "receives its citizens with dignity, not by surprise."
  > named_official | castaneda | Foreign Minister Aurelio Castañeda | told Radio Centinela, a station in Guatemala City | >

1:40 p.m.
The State Department said it was "in contact with the government of Guatemala at the highest levels."
  > named_organization | state | The State Department | said | >
Asked whether Secretary of State Julia Bramwell had spoken with Castañeda, a department spokesperson declined to characterize the conversations.
  > declined_comment | state | a department spokesperson | declined to characterize the conversations | - | resp=declined
Diario Quetzal, a Guatemala City newspaper, reported that President Ernesto Villagrán personally ordered the plane turned away after a cabinet meeting Thursday night.
  > media_report | quetzal | Diario Quetzal, a Guatemala City newspaper | reported | >
Villagrán's office did not respond to requests for comment.
  > declined_comment | villagran-office | Villagrán's office | did not respond to requests for comment | - | resp=no_response

3:05 p.m.
The plane has landed at Valley International Airport in Harlingen, Texas, an airport spokesman said.
  > named_organization | airport | an airport spokesman | said | <
Passengers will be taken to an ICE processing center in Los Fresnos, according to an ICE official who was not authorized to speak publicly.
  > anonymous_official | ice-official | an ICE official | according to | < | anon=who was not authorized to speak publicly

5:20 p.m.
Two people briefed on the talks said U.S. and Guatemalan officials were discussing another attempt on Monday, with the passenger list sent to Guatemala 72 hours in advance.
  > anonymous_familiar | briefed | Two people briefed on the talks | said | >
In January, the two governments agreed to share passenger lists at least 48 hours before every flight.
  > named_organization | governments | the two governments | agreed | to share passenger lists at least 48 hours before every flight | nosrc
Lawyers from the Rio Grande Legal Defense Fund said at least six of the passengers have pending asylum appeals and should never have been put on the plane.
  > named_organization | rgldf | Lawyers from the Rio Grande Legal Defense Fund | said | >
One of the lawyers, Teresa Villaseñor, said she had not been able to reach her clients since Wednesday.
  > named_official | villasenor | One of the lawyers, Teresa Villaseñor | said | >
"These are people with open cases, and nobody will tell me where they are," Villaseñor said.
  > named_official | villasenor | Villaseñor | said | <

7:55 p.m.
ICE said in a statement tonight that all 134 passengers would remain in custody until the flight is rescheduled.
  > named_organization | ice | ICE | said in a statement tonight | >

@excluded
This live coverage has ended. Follow our continuing coverage of immigration enforcement here.
Read more: What we know about U.S. deportation flights to Central America
© 2026 Gulf Coast Public Media
''')

ARTICLES.append(r'''
@id ak-un-security-council-sudan-veto
@style un_security_council_veto
Russia blocks U.N. aid corridors for Sudan; U.S. envoy calls veto "a death sentence"
  > named_official | oduya | U.S. envoy | calls | veto "a death sentence"

UNITED NATIONS -- Russia on Wednesday vetoed a U.N. Security Council resolution that would have opened three cross-border routes for food and medicine into western Sudan, where aid agencies say hundreds of thousands of people face famine.
  > anonymous_other | aid-agencies | aid agencies | say | hundreds of thousands of people face famine
The vote was 13 in favor and one against, with China abstaining.
The U.S. ambassador to the United Nations, Catherine Oduya, told the council after the vote that Russia had "signed a death sentence for children in Darfur."
  > named_official | oduya | The U.S. ambassador to the United Nations, Catherine Oduya | told the council after the vote | >
"There is no political reason, none, that justifies this," Oduya said.
  > named_official | oduya | Oduya | said | <
"Every member of this council knows it."
  > named_official | oduya | Oduya | - | *

Russia's deputy ambassador, Gennady Sorokin, said the draft "violated Sudan's sovereignty" because the government in Port Sudan had not consented to the routes.
  > named_official | sorokin | Russia's deputy ambassador, Gennady Sorokin | said | >
He accused Western members of the council of using humanitarian aid "as a pretext for interference."
  > named_official | sorokin | He | accused | >
The Russian state news agency Vostok-Press quoted a Foreign Ministry spokeswoman in Moscow, Irina Volkova, as saying the text had been "written in London for London."
  > media_report | vostok | The Russian state news agency Vostok-Press | quoted | >

The draft, a copy of which was seen by The Associated Wire, called for the routes to stay open for six months and for the U.N. secretary-general to report every 30 days on whether aid was reaching civilians.
  > document | draft | The draft, a copy of which was seen by The Associated Wire | called for | >
Diplomats said negotiations over the text had stretched for three weeks, with Britain, which wrote the draft, cutting the number of routes from five to three in an attempt to win Russian support.
  > anonymous_official | diplomats | Diplomats | said | >
A Security Council diplomat involved in the talks, who spoke on the condition of anonymity because the negotiations were private, said Russia's delegation had signaled on Monday that it would abstain, then reversed itself overnight.
  > anonymous_official | council-diplomat | A Security Council diplomat involved in the talks | said | > | anon=who spoke on the condition of anonymity because the negotiations were private
"We went to bed with an abstention and woke up with a veto," the diplomat said.
  > anonymous_official | council-diplomat | the diplomat | said | <
A cable sent Tuesday from the U.S. mission to the State Department, which was reviewed by The Associated Wire, predicted that Moscow would abstain "unless instructed otherwise from the top."
  > document | cable | A cable sent Tuesday from the U.S. mission to the State Department, which was reviewed by The Associated Wire | predicted | >
Britain's ambassador, Sir Edmund Hale, said London would take the text to the General Assembly, where no country has a veto.
  > named_official | hale | Britain's ambassador, Sir Edmund Hale | said | London would take the text to the General Assembly
General Assembly resolutions are not legally binding.

Sudan's ambassador, Omar Babiker Hamid, said his government "welcomed" the outcome and would open "additional crossings of its own choosing."
  > named_official | hamid | Sudan's ambassador, Omar Babiker Hamid | said | >
The Rapid Support Forces, the paramilitary group that controls most of Darfur, did not respond to a request for comment sent to a spokesman.
  > declined_comment | rsf | The Rapid Support Forces, the paramilitary group that controls most of Darfur | did not respond to a request for comment sent to a spokesman | - | resp=no_response
The World Food Programme said in a statement that "time has run out" for many families in North Darfur, where it has been unable to deliver aid by road since April.
  > named_organization | wfp | The World Food Programme | said in a statement | >
A WFP official in Chad, speaking by phone from the border town of Adré, said 140 trucks loaded with sorghum and lentils had been waiting at the crossing for more than a month.
  > anonymous_official | wfp-official | A WFP official in Chad | said | >
Human rights groups condemned the veto.
  > anonymous_other | rights-groups | Human rights groups | condemned | the veto
Amina Yusuf-Clarke, a Sudan analyst at the International Crisis Forum, said Moscow had sought naval access at Port Sudan for years and had "every reason to keep the generals happy."
  > named_person | yusuf-clarke | Amina Yusuf-Clarke, a Sudan analyst at the International Crisis Forum | said | >

@excluded
Copyright 2026 The Associated Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
Correction: An earlier version of this story misstated the vote. It was 13-1, with one abstention, not 12-1.
''')

ARTICLES.append(r'''
@id ak-belarus-helicopter-pilot-defection
@style military_pilot_defection
Belarusian pilot who flew military helicopter into Lithuania seeks asylum, officials say
  > anonymous_official | lt-officials | officials | say | <

VILNIUS, Lithuania -- A Belarusian air force pilot flew a Mi-8 military helicopter across the border into Lithuania early Sunday, landed in a field near the town of Druskininkai and asked for political asylum, Lithuanian officials said.
  > anonymous_official | lt-officials | Lithuanian officials | said | <
Interior Minister Rasa Jankauskienė said at a news conference in Vilnius that the pilot, a 31-year-old captain, was unarmed and "in good health" and was being questioned by the State Security Department.
  > named_official | jankauskiene | Interior Minister Rasa Jankauskienė | said at a news conference in Vilnius | >
She declined to name him or to say where he was being held.
  > declined_comment | jankauskiene | She | declined to name him or to say where he was being held | - | resp=declined
Belarusian state television identified the pilot as Capt. Andrei Volosevich and said he had "deserted with state property" during a routine training flight.
  > media_report | by-tv | Belarusian state television | identified | the pilot as Capt. Andrei Volosevich
  > media_report | by-tv | Belarusian state television | said | he had "deserted with state property" during a routine training flight
Belarus's Defense Ministry said on its Telegram channel that a criminal case had been opened and demanded that Lithuania return the helicopter and "the deserter."
  > named_organization | by-mod | Belarus's Defense Ministry | said on its Telegram channel | that a criminal case had been opened
  > named_organization | by-mod | Belarus's Defense Ministry | demanded | that Lithuania return the helicopter and "the deserter."

Lithuania's border guard service said the helicopter crossed the border at about 4:50 a.m. and flew at low altitude for 11 minutes before landing.
  > named_organization | border-guard | Lithuania's border guard service | said | >
A U.S. defense official said NATO radars had tracked the aircraft from the moment it took off from a base near Lida and that allied fighter jets policing Baltic airspace were not scrambled because the helicopter "posed no threat."
  > anonymous_official | us-official | A U.S. defense official | said | >
The official spoke on the condition of anonymity to discuss operational details.

Volny Bereg, an independent Belarusian news site based in Warsaw, reported that Volosevich had been passed over for promotion twice and had told friends he wanted to leave the military, citing two of his former colleagues.
  > media_report | volny | Volny Bereg, an independent Belarusian news site based in Warsaw | reported | that Volosevich had been passed over for promotion twice and had told friends he wanted to leave the military
A pro-government Telegram channel run by Belarusian military bloggers reported that police had sealed the pilot's apartment in Lida and questioned his parents.
  > media_report | telegram | A pro-government Telegram channel run by Belarusian military bloggers | reported | >
That report could not be independently verified.
The pilot's father, Mikhail Volosevich, a retired schoolteacher, could not be reached.
  > declined_comment | father | The pilot's father, Mikhail Volosevich, a retired schoolteacher | could not be reached | - | resp=unreachable

Pavel Rudnitsky, a former Belarusian air force officer who fled to Poland in 2021 and now writes about the military, said helicopter units at Lida had been losing pilots to early retirement for years.
  > named_person | rudnitsky | Pavel Rudnitsky, a former Belarusian air force officer who fled to Poland in 2021 and now writes about the military | said | >
"Nobody defects over a promotion," Rudnitsky said.
  > named_person | rudnitsky | Rudnitsky | said | <
"You defect because you have decided you can never go home, and that decision takes years."
  > named_person | rudnitsky | Rudnitsky | - | *

Jankauskienė said Lithuania would decide the asylum request "under the normal procedure, no faster and no slower."
  > named_official | jankauskiene | Jankauskienė | said | >
Asked whether the helicopter would be returned, she said that was "a question for another day."
  > named_official | jankauskiene | she | said | >
Lithuania's foreign ministry summoned Belarus's chargé d'affaires on Sunday afternoon after the Belarusian Defense Ministry accused Vilnius of "organizing the theft" of the aircraft.
  > named_organization | by-mod | the Belarusian Defense Ministry | accused | Vilnius of "organizing the theft" of the aircraft
The flight was the first defection of a Belarusian military aircraft to a NATO country, according to Lithuania's Defense Ministry.
  > named_organization | lt-mod | Lithuania's Defense Ministry | according to | <
The ministry said the helicopter would be kept at the Šiauliai air base "until its status is determined."
  > named_organization | lt-mod | The ministry | said | >

@excluded
Photo: The Mi-8 helicopter in a field near Druskininkai on Sunday. (Lithuanian State Border Guard Service)
This article was updated at 3:14 p.m. with comments from the interior minister.
More from our Europe desk: Baltic states extend border restrictions with Belarus
''')

ARTICLES.append(r'''
@id ak-friendly-fire-report-syria
@style friendly_fire_investigation_report
Investigation blames misread coordinates for airstrike that killed 3 U.S. soldiers in Syria
  > document | report | Investigation | blames | misread coordinates for airstrike that killed 3 U.S. soldiers in Syria

An Air Force crew dropped a 500-pound bomb on a position held by U.S. soldiers in eastern Syria last August after a forward observer read the wrong coordinates over the radio, according to a military investigation released Thursday.
  > document | report | a military investigation released Thursday | according to | <
The 214-page report, heavily redacted and released under the Freedom of Information Act to the families of the three soldiers who were killed, found that no one violated the rules of engagement but that "multiple lapses in communication discipline" led to the strike.
  > document | report | The 214-page report, heavily redacted and released under the Freedom of Information Act to the families of the three soldiers who were killed | found | >
The families shared the report with the Tri-State Herald.
It identifies the soldiers as Staff Sgt. Marcus Tillery, 29, of Dayton, Ohio; Sgt. Alicia Brandt, 25, of Erie, Pennsylvania; and Spc. Joel Ramírez, 21, of Yuma, Arizona.
  > document | report | It | identifies | >

According to the report, the observer, whose name is redacted, transposed two digits of a grid reference while reading it from a handheld device during a firefight.
  > document | report | the report | According to | >
A second soldier who heard the call noticed the error, the report says, but his correction was drowned out by gunfire on the radio net.
  > document | report | the report | says | A second soldier who heard the call noticed the error ;; but his correction was drowned out by gunfire on the radio net
The report recommends that all forward observers in the region use digital targeting systems that send coordinates without a voice readback.
  > document | report | The report | recommends | >
U.S. Central Command said in a statement that it had accepted all 11 of the report's recommendations and that "the loss of these soldiers will shape how we train for years to come."
  > named_organization | centcom | U.S. Central Command | said in a statement | >
A Central Command spokesman, Navy Capt. Rhys Dunmore, said disciplinary decisions had been referred to the soldiers' chain of command but would not say whether anyone had been punished.
  > named_official | dunmore | A Central Command spokesman, Navy Capt. Rhys Dunmore | said | disciplinary decisions had been referred to the soldiers' chain of command
  > declined_comment | dunmore | A Central Command spokesman, Navy Capt. Rhys Dunmore | would not say whether anyone had been punished | - | resp=declined

Tillery's widow, Shantelle Tillery, said the report confirmed what two soldiers from her husband's platoon had told her at his funeral.
  > named_person | s-tillery | Tillery's widow, Shantelle Tillery | said | >
"They knew within an hour what happened," she said.
  > named_person | s-tillery | she | said | <
"It took the Army a year and a lawyer to tell us."
  > named_person | s-tillery | she | - | *
The family's lawyer, Gregory Ashby, said the Tillerys were weighing a claim against the maker of the handheld targeting device, which the report says froze twice during the engagement.
  > named_official | ashby | The family's lawyer, Gregory Ashby | said | the Tillerys were weighing a claim against the maker of the handheld targeting device
  > document | report | the report | says | froze twice during the engagement
The manufacturer, Corvane Systems, did not respond to emails on Thursday.
  > declined_comment | corvane | The manufacturer, Corvane Systems | did not respond to emails on Thursday | - | resp=no_response
Brandt's father, Curtis Brandt, could not be reached.
  > declined_comment | c-brandt | Brandt's father, Curtis Brandt | could not be reached | - | resp=unreachable

Retired Lt. Gen. Paul Seaver, who once oversaw joint fires training for the Army, said voice readback of coordinates was "a 1960s procedure that should have been retired a decade ago."
  > named_person | seaver | Retired Lt. Gen. Paul Seaver, who once oversaw joint fires training for the Army | said | >
Seaver said the report's findings matched those of a 2019 Army study that found voice transmission errors in about 1 of every 400 fire missions.
  > named_person | seaver | Seaver | said | >
Sen. Darla Quigley, R-Ohio, said she would ask the Pentagon to brief her staff on whether the digital systems would be in soldiers' hands by next year.
  > named_official | quigley | Sen. Darla Quigley, R-Ohio | said | >
Several pages describing the air crew's actions are fully redacted.
A defense official familiar with the investigation, who was not authorized to discuss its classified portions, said those pages concern aircraft sensors and do not assign blame to the crew.
  > anonymous_official | defense-official | A defense official familiar with the investigation | said | > | anon=who was not authorized to discuss its classified portions
Ramírez's mother, Yolanda Ramírez, said she had not read the report and did not plan to.
  > named_person | y-ramirez | Ramírez's mother, Yolanda Ramírez | said | >
"I don't need 214 pages to know my son is gone," she said.
  > named_person | y-ramirez | she | said | <

@excluded
Tri-State Herald subscribers can read the full redacted report here.
Related: "She was the one who kept everyone laughing": Remembering Sgt. Alicia Brandt
© 2026 Tri-State Herald. All rights reserved.
''')

ARTICLES.append(r'''
@id ak-border-patrol-pursuit-crash-zapata
@style border_patrol_pursuit_crash
8 dead after SUV fleeing Border Patrol rolls over on Highway 16, sheriff says
  > named_official | benavides | sheriff | says | <

ZAPATA, Texas -- Eight people were killed and four were injured early Saturday when an SUV fleeing Border Patrol agents rolled over on State Highway 16 north of Zapata, Sheriff Raúl Benavides said.
  > named_official | benavides | Sheriff Raúl Benavides | said | <
Benavides said the driver, a 19-year-old U.S. citizen from San Antonio, survived and was taken into custody.
  > named_official | benavides | Benavides | said | >
He declined to release the driver's name until charges are filed.
  > declined_comment | benavides | He | declined to release the driver's name until charges are filed | - | resp=declined
The other 11 people in the vehicle were migrants who had crossed the border illegally, according to U.S. Customs and Border Protection.
  > named_organization | cbp | U.S. Customs and Border Protection | according to | <
In a statement, CBP said agents tried to stop the Chevrolet Tahoe at about 2:15 a.m. after a camera system flagged it leaving a ranch road known for smuggling, and that the driver "failed to yield and accelerated to speeds exceeding 100 mph."
  > named_organization | cbp | CBP | said | >
Agents "terminated" the pursuit about a minute before the crash, the agency said.
  > named_organization | cbp | the agency | said | <

One witness, who asked not to be named because she feared retaliation from smugglers, said she heard the SUV's engine "screaming" before a loud bang, then saw Border Patrol trucks with their lights on stopped on the shoulder.
  > anonymous_other | witness | One witness | said | > | anon=who asked not to be named because she feared retaliation from smugglers
"They were right behind it," she said.
  > anonymous_other | witness | she | said | <
"I don't care what anybody says about stopping."
  > anonymous_other | witness | she | - | *
Fernando Garza, who owns a tire shop on Highway 16, said it was the third chase to end in a crash within sight of his business in two years.
  > named_person | garza | Fernando Garza, who owns a tire shop on Highway 16 | said | >

The Mexican Consulate in Laredo said five of the dead were Mexican citizens and that consular officials were working to notify their families.
  > named_organization | mx-consulate | The Mexican Consulate in Laredo | said | >
Consul Adriana Maldonado told KLRX that the consulate had asked CBP for "a full and transparent accounting" of the pursuit.
  > named_official | maldonado | Consul Adriana Maldonado | told KLRX | >
Three of the dead were from Guatemala, the sheriff said.
  > named_official | benavides | the sheriff | said | <
Guatemala's consulate in McAllen could not be reached Saturday.
  > declined_comment | gt-consulate | Guatemala's consulate in McAllen | could not be reached Saturday | - | resp=unreachable

CBP's Office of Professional Responsibility is reviewing the pursuit, as it does after every fatal crash involving agents, the agency said.
  > named_organization | cbp | the agency | said | <
CBP tightened its pursuit policy in 2023, requiring agents to weigh the danger to the public against the need to stop a vehicle.
The National Border Patrol Council, the agents' union, has criticized the policy, saying it lets smugglers drive away "with impunity."
  > named_organization | nbpc | The National Border Patrol Council, the agents' union | has criticized | the policy
  > named_organization | nbpc | The National Border Patrol Council, the agents' union | saying | it lets smugglers drive away "with impunity."
A Border Patrol agent assigned to the Laredo Sector, who was not authorized to speak to the media, said agents at the Zapata station had been involved in at least four pursuits this month.
  > anonymous_official | agent | A Border Patrol agent assigned to the Laredo Sector | said | > | anon=who was not authorized to speak to the media
The American Civil Liberties Union of Texas said the crash showed that the 2023 policy "is not being followed in the field."
  > named_organization | aclu | The American Civil Liberties Union of Texas | said | >
Benavides said the driver would likely face eight counts of manslaughter as well as human smuggling charges.
  > named_official | benavides | Benavides | said | >
He said his deputies had no part in the pursuit.
  > named_official | benavides | He | said | >
The injured were taken to hospitals in Laredo, where two were in critical condition Saturday night, a hospital spokeswoman said.
  > named_organization | hospital | a hospital spokeswoman | said | <

@excluded
Copyright 2026 KLRX-TV. All rights reserved.
Download the KLRX 8 News app for breaking news alerts.
See something we missed? Email the newsroom.
''')

ARTICLES.append(r'''
@id ak-pow-mia-recovery-director-qa
@style pow_mia_recovery_qa
Head of military's MIA search says time is running out for Vietnam War cases
  > named_official | ashworth | Head of military's MIA search | says | >

Colleen Ashworth took over the Defense POW/MIA Accounting Agency in January, inheriting a list of more than 81,000 service members still missing from World War II, Korea, Vietnam and the Cold War.
About 38,000 of them are considered recoverable, according to the agency.
  > named_organization | dpaa | the agency | according to | <
Families of the missing have long complained that the search moves too slowly.
  > anonymous_other | families | Families of the missing | have long complained | >
Ashworth's predecessor, retired Rear Adm. Kent Dahlgren, told Congress in 2024 that the agency needed at least $40 million more a year to keep pace.
  > named_official | dahlgren | Ashworth's predecessor, retired Rear Adm. Kent Dahlgren | told Congress in 2024 | >
Ashworth, a forensic anthropologist who spent 14 years leading recovery teams in Laos and Papua New Guinea, spoke with The Sentinel last week about money, foreign governments and families who have waited decades.
This interview has been edited for length and clarity.

Q. How many of the missing did the agency identify last year?

ASHWORTH: We identified 194 service members, which is below our goal of 200 but the second-best year we've had.
  > named_official | ashworth | ASHWORTH | : | >
The problem is not effort.
  > named_official | ashworth | ASHWORTH | - | *
It's that the easy cases were solved in the 1990s.
  > named_official | ashworth | ASHWORTH | - | *

Q. Where is the work hardest right now?

ASHWORTH: Vietnam, for a reason people don't expect: the witnesses are dying.
  > named_official | ashworth | ASHWORTH | : | >
A farmer who was 15 when a plane came down in his rice paddy is 70 now, and when he goes, so does the only map we have.
  > named_official | ashworth | ASHWORTH | - | *

Q. Has the Vietnamese government cooperated?

ASHWORTH: Hanoi has been a good partner, and its defense ministry told us in March that two more sites in Quang Binh province would open to our teams this year.
  > named_official | ashworth | ASHWORTH | : | >

Q. The House Appropriations Committee said in its report on the defense bill that your $22 million cut reflected "unobligated balances" from prior years.
  > named_organization | approps | The House Appropriations Committee | said in its report on the defense bill | >
Is that fair?

ASHWORTH: Some of that money was set aside for missions in Laos that the Lao government postponed, not missions we canceled.
  > named_official | ashworth | ASHWORTH | : | >
Fewer dollars means fewer teams in the field, and each recovery mission in Southeast Asia costs us about $1.2 million.
  > named_official | ashworth | ASHWORTH | - | *

Q. What about North Korea?

ASHWORTH: Nothing has moved since 2019.
  > named_official | ashworth | ASHWORTH | : | >
We believe the remains of about 5,300 Americans are there, and we have no access.
  > named_official | ashworth | ASHWORTH | - | *

Q. What do families tell you?

ASHWORTH: They tell me they're tired of being told to be patient.
  > named_official | ashworth | ASHWORTH | : | >
I met a woman in Omaha last month whose brother went missing over Laos in 1969, and she said, "I'm 83, and I'd like to bury him next to our mother."
  > named_official | ashworth | ASHWORTH | - | *

@excluded
This interview is part of The Sentinel's series "Still Missing." Read the other installments here.
Does your family have a relative listed as missing? Share your story with us.
Copyright 2026 The Sentinel.
''')

ARTICLES.append(r'''
@id ak-anomalous-health-incidents-tashkent
@style anomalous_health_incident_assessment
What happened in Tashkent?

A new intelligence assessment says a foreign weapon is "very unlikely."
  > document | assessment | A new intelligence assessment | says | >
Some of the Americans who fell ill in Uzbekistan say the government stopped listening long ago.
  > anonymous_other | patients | Some of the Americans who fell ill in Uzbekistan | say | >

Rachel Dunning remembers the sound as a grinding hum, "like a dentist's drill on the other side of a wall," that followed her from the kitchen to the stairwell of the family's rented house in Tashkent one night in October 2023.
  > named_person | dunning | Rachel Dunning | remembers | >
By morning, she says, she had a headache that would last 11 months.
  > named_person | dunning | she#1 | says | By morning ;; she had a headache that would last 11 months
Dunning, whose husband was then a political officer at the U.S. Embassy in Uzbekistan, is one of 14 people -- diplomats, spouses and two teenagers -- who reported symptoms in Tashkent over five weeks, according to a State Department tally shared with congressional committees.
  > document | tally | a State Department tally shared with congressional committees | according to | <
Her husband, who is still at the State Department and spoke on the condition that he not be named because he was not authorized to discuss the cases, says his own symptoms, vertigo and a ringing in one ear, began a week later.
  > anonymous_official | husband | Her husband | says | > | anon=spoke on the condition that he not be named because he was not authorized to discuss the cases

In March, the National Intelligence Council finished its third assessment of the incidents since 2022.
The assessment, a declassified summary of which was released on a Friday afternoon, concludes that it is "very unlikely" that a foreign adversary used a weapon or a collection device to cause the symptoms.
  > document | assessment | The assessment, a declassified summary of which was released on a Friday afternoon | concludes | >
Five of the seven intelligence agencies that took part agreed with that judgment, the summary says.
  > document | assessment | the summary | says | <
The summary does not say which agencies dissented.
Two of them were the Defense Intelligence Agency and the Energy Department's intelligence office, according to three people familiar with the assessment.
  > anonymous_familiar | familiar | three people familiar with the assessment | according to | <
One of the people, who has read the classified version, said the dissenting agencies had given weight to sensor data collected near the house in Tashkent that the other agencies considered "inconclusive."
  > anonymous_familiar | familiar | One of the people | said | >
The Office of the Director of National Intelligence declined to comment on the dissents, referring questions to the published summary.
  > declined_comment | odni | The Office of the Director of National Intelligence | declined to comment on the dissents | - | resp=declined
The Defense Intelligence Agency did not respond to written questions.
  > declined_comment | dia | The Defense Intelligence Agency | did not respond to written questions | - | resp=no_response

"They've decided it's stress, or crickets, or the air conditioner," Dunning says, sitting at her kitchen table in Arlington, Virginia, with a binder of medical records in front of her.
  > named_person | dunning | Dunning | says | <
"Nobody from the intelligence community has ever interviewed me."
  > named_person | dunning | Dunning | - | *
A senior intelligence official who briefed reporters on the assessment in March, under ground rules that he not be identified, said analysts had reviewed "all available medical data" from the Tashkent cases, including records provided by the State Department.
  > anonymous_official | intel-official | A senior intelligence official who briefed reporters on the assessment in March | said | > | anon=under ground rules that he not be identified
The official said the assessment did not rule out that some people had been hurt by "something in their environment," only that no evidence pointed to a foreign actor.
  > anonymous_official | intel-official | The official | said | >
Dr. Aaron Feld, a neurologist at the University of Pennsylvania who has examined more than 30 government employees with similar symptoms but did not treat anyone from Tashkent, says the assessment "answers a question about intelligence, not medicine."
  > named_person | feld | Dr. Aaron Feld, a neurologist at the University of Pennsylvania who has examined more than 30 government employees with similar symptoms but did not treat anyone from Tashkent | says | >
Imaging studies his team published in 2024 found differences in the brains of some patients, but he says the findings were never meant to prove a cause.
  > document | studies | Imaging studies his team published in 2024 | found | differences in the brains of some patients
  > named_person | feld | he | says | the findings were never meant to prove a cause

Sen. Ellen Ostrowski, a Maine Republican on the Intelligence Committee, called the assessment "a shrug dressed up as analysis" and said she would ask the intelligence community's inspector general to review how it was prepared.
  > named_official | ostrowski | Sen. Ellen Ostrowski, a Maine Republican on the Intelligence Committee | called | the assessment "a shrug dressed up as analysis"
  > named_official | ostrowski | Sen. Ellen Ostrowski, a Maine Republican on the Intelligence Committee | said | she would ask the intelligence community's inspector general to review how it was prepared
Leonard Haskell, a lawyer who represents Dunning and 11 other Tashkent patients in a compensation dispute with the State Department, says his clients will appeal the denial of their benefits.
  > named_official | haskell | Leonard Haskell, a lawyer who represents Dunning and 11 other Tashkent patients in a compensation dispute with the State Department | says | >
The State Department said in a statement that it "takes every reported health incident seriously" and has provided care to every affected employee and family member.
  > named_organization | state | The State Department | said in a statement | >
Dunning says she has stopped waiting for an answer.
  > named_person | dunning | Dunning | says | >
"I just want someone to write down that it happened," she says.
  > named_person | dunning | she | says | <

@excluded
This article appears in the Summer 2026 issue of Foreign Desk Quarterly under the headline "The Sound in the Stairwell."
Illustration by Mara Feeney for Foreign Desk Quarterly.
Sign up for The Brief, our weekly newsletter on national security.
''')

ARTICLES.append(r'''
@id ak-gun-trafficking-indictment-tucson
@style firearms_trafficking_indictment
Tucson man ran straw-buyer ring that sent 300 guns to Mexican cartel, indictment says
  > document | indictment | indictment | says | <

TUCSON, Ariz. -- A federal grand jury has indicted a Tucson man on charges that he paid at least nine people to buy more than 300 rifles and pistols from Arizona gun stores and smuggled the weapons to a drug cartel in the Mexican state of Sonora, the U.S. attorney's office in Arizona said Wednesday.
  > named_organization | usao | the U.S. attorney's office in Arizona | said Wednesday | <
The man, Efraín Solís-Navarro, 34, was arrested Tuesday at his home on the city's south side, according to the office.
  > named_organization | usao | the office | according to | <
The 23-count indictment, unsealed Wednesday in U.S. District Court in Tucson, charges Solís-Navarro with conspiracy, making false statements in the purchase of firearms and smuggling goods out of the United States.
  > document | indictment | The 23-count indictment, unsealed Wednesday in U.S. District Court in Tucson | charges | >
It says he paid the buyers $150 to $400 per gun and gave them the cash for the weapons, most of them AK-style rifles.
  > document | indictment | It | says | >
Nine other people, all from the Tucson area, face charges of lying on federal firearms forms.

U.S. Attorney Gloria Renteria said at a news conference that guns traced to the ring had been recovered at the scenes of at least four shootings in Sonora, including an attack on a police station in Caborca that killed two officers.
  > named_official | renteria | U.S. Attorney Gloria Renteria | said at a news conference | >
"Every one of these rifles was bought in a store a few miles from where I'm standing," Renteria said.
  > named_official | renteria | Renteria | said | <
"And every one of them ended up pointed at someone in Mexico."
  > named_official | renteria | Renteria | - | *

Solís-Navarro's lawyer, Marcus Delacroix, said his client would plead not guilty and called the case "a headline in search of evidence."
  > named_official | delacroix | Solís-Navarro's lawyer, Marcus Delacroix | said | his client would plead not guilty
  > named_official | delacroix | Solís-Navarro's lawyer, Marcus Delacroix | called | the case "a headline in search of evidence."
Delacroix declined to say whether his client knew any of the other nine defendants.
  > declined_comment | delacroix | Delacroix | declined to say whether his client knew any of the other nine defendants | - | resp=declined
A detention motion filed by prosecutors says Solís-Navarro made 41 trips to Nogales, Sonora, between March 2024 and January 2026, often returning within hours.
  > document | motion | A detention motion filed by prosecutors | says | >
Agents from the Bureau of Alcohol, Tobacco, Firearms and Explosives began investigating after a gun store in Marana reported that the same three customers had bought 28 rifles over six weeks, according to the motion.
  > document | motion | the motion | according to | <
The owner of that store, who asked that neither he nor the business be named because he feared retaliation, said he called the ATF "the minute the third kid walked in with a wad of twenties."
  > anonymous_other | store-owner | The owner of that store | said | > | count=1, anon=who asked that neither he nor the business be named because he feared retaliation

The ATF's Phoenix Field Division said in a statement that it had traced more than 1,100 guns recovered in Sonora last year to buyers in Arizona.
  > named_organization | atf | The ATF's Phoenix Field Division | said in a statement | >
A special agent in the division, who was not authorized to speak publicly about an open case, said investigators were still trying to find about 120 of the guns.
  > anonymous_official | atf-agent | A special agent in the division | said | > | anon=who was not authorized to speak publicly about an open case
Mexico's Foreign Ministry said the indictment was "a step in the right direction" and renewed its call for Washington to do more to stop guns from flowing south.
  > named_organization | sre | Mexico's Foreign Ministry | said | the indictment was "a step in the right direction"
  > named_organization | sre | Mexico's Foreign Ministry | renewed its call | for Washington to do more to stop guns from flowing south
Mexican officials have estimated that about 200,000 guns are smuggled across the border each year.
  > anonymous_official | mx-officials | Mexican officials | have estimated | >
La Voz del Desierto, a newspaper in Hermosillo, reported in February that Sonora state police had seized rifles whose serial numbers were traced to a store in Marana.
  > media_report | la-voz | La Voz del Desierto, a newspaper in Hermosillo | reported in February | >
Emily Tran, a former ATF agent who now teaches criminal justice at the University of Arizona, said straw-purchase cases are hard to prove because buyers often claim they bought the guns for themselves and sold them later.
  > named_person | tran | Emily Tran, a former ATF agent who now teaches criminal justice at the University of Arizona | said | >
"The paperwork is never the hard part," Tran said.
  > named_person | tran | Tran | said | <
"Proving what the buyer knew is the hard part."
  > named_person | tran | Tran | - | *
If convicted of the most serious charge, Solís-Navarro faces up to 25 years in prison.

@excluded
Get breaking news alerts from the Desert Ledger. Download our app.
Reporter Luis Campos contributed from Hermosillo.
Copyright © 2026 Desert Ledger. All rights reserved.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
