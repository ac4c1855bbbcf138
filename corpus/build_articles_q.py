"""Build corpus/articles/q.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (toxic_waste_lawsuit, gerrymandering_trial, military_base_closure, fentanyl_seizure,
wage_theft_investigation, rail_derailment, ambassador_nomination, charity_embezzlement,
water_utility_rate_hike, antitrust_merger_block, wildfire_utility_blame,
college_coach_firing), in the voices of a local paper, a wire service, a national paper
with honorifics, a local TV website, a trade desk, a business wire, a sports desk and a
magazine feature in the present tense. Each article is built to test source grouping and
typing (two people of one gender and one role close together, with a pronoun that resolves
to the second; a person described first and named later under another noun; an institution
under its full name, its acronym and "the agency"/"the department"/"the board"/"the
utility"; an institution described before it is named; a company named only in narration
before "the company said"; named and unnamed spokespeople; anonymous officials, people
familiar and vague anonymous sources with repeated mentions; headline attributions that
repeat a body source; documents read aloud, two documents joined as one source, media
reports; the three kinds of non-answer; quotes that run over several sentences and a quote
continued after "X said."; "stopped", "added", "noted", "called" and "told" used where they
are not cues). Nothing is trained or tuned on them.
Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_q.py [--render]
     python corpus/build_articles_q.py --check        (validate and render these articles; write nothing)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "q.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id q-toxic-waste-lawsuit-furnace-road-draycott
@style toxic_waste_lawsuit
Furnace Road residents sue chemical maker over solvent in their wells

More than 200 residents of Halverstown's Furnace Road neighborhood sued Draycott Specialty Chemicals on Monday over solvents buried at the company's former plant, which they say have seeped into their drinking water wells for at least two decades, according to a lawsuit filed in Lenape County Court.
  > document | lawsuit | a lawsuit filed in Lenape County Court | according to | <
The complaint, filed on behalf of 214 people who live within a mile of the plant, says tests of 61 private wells found trichloroethylene at levels as high as 40 times the federal limit.
  > document | lawsuit | The complaint, filed on behalf of 214 people who live within a mile of the plant | says | >
Draycott made industrial degreasers on a 90-acre site off Furnace Road from 1958 until 2004, when it closed the plant and moved production to Texas.
The company said in a statement Monday that it had "met every obligation" under a 2006 cleanup agreement with the state and would "vigorously defend" itself.
  > named_organization | draycott | The company | said in a statement Monday | >

A woman who has lived on Furnace Road since 1988 said her family drank water from their well for 30 years before anyone told them to stop.
  > named_person | pelky | A woman who has lived on Furnace Road since 1988 | said | >
The retiree, Joan Pelky, 71, said she was diagnosed with kidney cancer in 2019, three years after her husband died of the same disease.
  > named_person | pelky | The retiree, Joan Pelky, 71 | said | >
"We had the water tested in 1995 and they told us it was fine.
  > named_person | pelky | Pelky | - | *
Nobody tested for the right things," Pelky said.
  > named_person | pelky | Pelky | said | <
"Now half the street has a filter on the kitchen sink."
  > named_person | pelky | Pelky | - | *
Halverstown, once noted for the iron furnaces that gave the road its name, has about 4,100 residents, and most homes outside the borough center rely on private wells.

The residents are represented by two Pittsburgh lawyers, Renata Sills and Dana Whitford.
Sills said the case could reach trial by the end of next year.
  > named_official | sills | Sills | said | >
Whitford, who won a $60 million verdict against the owner of a coal ash landfill in West Virginia in 2021, said the firm had hired a hydrologist to trace the solvent plume from the plant to the wells.
  > named_official | whitford | Whitford, who won a $60 million verdict against the owner of a coal ash landfill in West Virginia in 2021 | said | >
She said the plume had moved about 30 feet a year toward the neighborhood since the company shut down its groundwater pumps.
  > named_official | whitford | She | said | >

A 1979 Draycott memo, which Township Supervisor Gary Lesko read aloud at a packed meeting in June, describes drums of spent solvent being "buried in the north lot to save hauling costs."
  > document | memo | A 1979 Draycott memo, which Township Supervisor Gary Lesko read aloud at a packed meeting in June | describes | >
Lesko said the township had asked the state for money to extend public water lines to Furnace Road but had not heard back.
  > named_official | lesko | Lesko | said | >

The Pennsylvania Department of Environmental Protection said it had ordered Draycott in March to restart the pumps, which the company had turned off in 2022.
  > named_organization | dep | The Pennsylvania Department of Environmental Protection | said | >
A DEP spokesman, Carl Ostrowski, said the department's inspectors would sample 40 more wells this month.
  > named_official | ostrowski | A DEP spokesman, Carl Ostrowski | said | >
The agency stopped short of ordering Draycott to pay for new water lines.
A letter the department sent to Draycott in March, obtained by the Sentinel, says the company shut down the pumps for 14 months without the department's approval.
  > document | dep-letter | A letter the department sent to Draycott in March, obtained by the Sentinel | says | >
A DEP employee who has worked on the site, speaking on condition of anonymity because he was not authorized to talk to reporters, said regulators had known since at least 2015 that the solvent was moving beyond the plant's fence.
  > anonymous_official | dep-employee | A DEP employee who has worked on the site | said | > | anon=speaking on condition of anonymity because he was not authorized to talk to reporters
Asked about the employee's account, the department said it does not comment on pending litigation.
  > declined_comment | dep | the department | said it does not comment on pending litigation | - | resp=declined

Draycott's lead lawyer, Martin Kell, could not be reached Monday.
  > declined_comment | kell | Draycott's lead lawyer, Martin Kell | could not be reached | - | resp=unreachable
Some neighbors say they have held off joining the suit because Draycott still leases part of its old site to a trucking company that employs about 80 people in town.
  > anonymous_other | neighbors | Some neighbors | say | >
The Sentinel reported in April that state tests had found the solvent in the well of an elementary school two miles from the plant.
  > media_report | sentinel | The Sentinel | reported | that state tests had found the solvent in the well of an elementary school two miles from the plant
The school has used bottled water since May.
@excluded
Correction: An earlier version of this story gave the wrong year for the closing of the Draycott plant. It closed in 2004.
Sign up for The Sentinel's Morning Brief and get Lenape County news in your inbox every weekday at 6 a.m.
42 comments
''')

ARTICLES.append(r'''
@id q-gerrymandering-trial-faraday-emails-raleigh
@style gerrymandering_trial
Mapmaker's emails take center stage as North Carolina redistricting trial opens

RALEIGH, N.C. -- The Republican consultant who drew North Carolina's new congressional map wrote to a legislative aide in 2023 that the goal was to leave Democrats "two seats in the east and not a single one more," according to emails shown in federal court here on Monday as the trial over the map began.
  > document | emails | emails shown in federal court here on Monday as the trial over the map began | according to | <
One of the emails, which a lawyer for the plaintiffs, Nadia Okoro, read to the three-judge panel during her opening statement, tells the aide to "pack Durham until it squeaks."
  > document | emails | One of the emails, which a lawyer for the plaintiffs, Nadia Okoro, read to the three-judge panel during her opening statement | tells | >
The plaintiffs, a group of Black voters and the civil rights organization Fair Count Carolina, argue that the map illegally weakens the voting power of Black residents in the state's northeastern counties.
  > named_organization | plaintiffs | The plaintiffs, a group of Black voters and the civil rights organization Fair Count Carolina | argue | >

The consultant, Lyle Faraday, is expected to testify later this week.
Ms. Okoro told the judges that Mr. Faraday had studied racial data "block by block" while the legislature's leaders insisted in public that race played no part in the lines.
  > named_official | okoro | Ms. Okoro | told the judges | >
Lawmakers are represented by two lawyers from a Washington firm, Philip Garza and Thomas Redd.
Mr. Garza said in his opening statement that the map followed party lines, not racial ones, and that the Supreme Court had made clear that federal courts may not police partisan gerrymanders.
  > named_official | garza | Mr. Garza | said in his opening statement | >
Mr. Redd, who questioned the plaintiffs' first witness, said outside the courtroom that the emails had been "ripped out of context."
  > named_official | redd | Mr. Redd, who questioned the plaintiffs' first witness | said outside the courtroom | >
He said Mr. Faraday would explain on the stand that "pack Durham" referred to Democratic voters, not Black voters.
  > named_official | redd | He | said | >

The first witness called by the plaintiffs, a political scientist who has testified in redistricting cases in six states, told the court that she had drawn 50,000 computer-simulated maps of the state using the legislature's own rules.
  > named_person | achterberg | The first witness called by the plaintiffs, a political scientist who has testified in redistricting cases in six states | told the court | >
The professor, Miriam Achterberg of Piedmont State University, said none of those maps divided Durham and its suburbs the way the enacted map does.
  > named_person | achterberg | The professor, Miriam Achterberg of Piedmont State University | said | >
"I gave the computer every advantage the legislature had.
  > named_person | achterberg | Dr. Achterberg | - | *
It still could not produce this map by accident," Dr. Achterberg said.
  > named_person | achterberg | Dr. Achterberg | said | <
"It is not a close call."
  > named_person | achterberg | Dr. Achterberg | - | *
Under cross-examination, she conceded that her simulations did not account for where incumbents live.
  > named_person | achterberg | she | conceded | that her simulations did not account for where incumbents live

A spreadsheet of precinct data and a memo to Senate staff, both entered into evidence on Monday, show that Mr. Faraday's team tracked the share of Black voters in every precinct it moved.
  > document | exhibits | A spreadsheet of precinct data and a memo to Senate staff, both entered into evidence on Monday | show | >
The documents do not say how the figures were used, a point Mr. Garza returned to several times.
  > document | exhibits | The documents | do not say | how the figures were used
Two people familiar with the legislature's mapmaking said the Senate leader, Harlan Pruitt, approved the final lines himself three days before the vote.
  > anonymous_familiar | familiar | Two people familiar with the legislature's mapmaking | said | >
The people, who spoke on the condition of anonymity because they were not authorized to discuss the legislature's internal deliberations, said Mr. Pruitt had rejected an earlier draft that would have kept Durham whole.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss the legislature's internal deliberations
One of them said the earlier draft had been shared with the White House political office.
  > anonymous_familiar | familiar | One of them | said | >
A spokeswoman for Mr. Pruitt, Kelsey Monroe, declined to comment on the trial.
  > declined_comment | monroe | A spokeswoman for Mr. Pruitt, Kelsey Monroe | declined to comment on the trial | - | resp=declined
Mr. Faraday did not respond to messages left at his firm in Charlotte.
  > declined_comment | faraday | Mr. Faraday | did not respond to messages left at his firm in Charlotte | - | resp=no_response

The map, which legislators passed on a party-line vote in October 2023, gave Republicans 11 of the state's 14 House seats in last year's elections, up from seven.
The State Board of Elections, which is also a defendant, said in a filing last month that it would need a final map by Dec. 1 to prepare ballots for the March primary.
  > named_organization | board | The State Board of Elections, which is also a defendant | said in a filing last month | >
The board has taken no position on whether the map is lawful.
Some Democratic legislators have privately questioned whether the trial can end in time to change the map for next year's elections.
  > anonymous_other | dem-legislators | Some Democratic legislators | have privately questioned | >
The Piedmont Courier reported last year that Mr. Faraday had been paid $1.2 million by the state Republican Party for his work on the maps.
  > media_report | courier | The Piedmont Courier | reported | that Mr. Faraday had been paid $1.2 million by the state Republican Party for his work on the maps
Mr. Pruitt had hoped the case would be dismissed before trial.
  > named_official | pruitt | Mr. Pruitt | had hoped | the case would be dismissed before trial | nosrc
''')

ARTICLES.append(r'''
@id q-military-base-closure-fort-calder-kansas
@style military_base_closure
Army will close Fort Calder in Kansas, officials say
  > anonymous_official | army-officials | officials | say | Army will close Fort Calder in Kansas

SALINA, Kan. -- The Army plans to close Fort Calder, the 80-year-old post outside Salina that trains most of the service's military police, and move its 6,200 soldiers to bases in Texas and Missouri, two Army officials said Tuesday.
  > anonymous_official | army-officials | two Army officials | said | <
The officials, who spoke on condition of anonymity because the decision has not been announced, said Army Secretary Douglas Pelham signed off on the plan last week.
  > anonymous_official | army-officials | The officials | said | > | anon=who spoke on condition of anonymity because the decision has not been announced
One of the officials said the Army expected to save about $310 million a year once the move was complete, likely in 2029.
  > anonymous_official | army-officials | One of the officials | said | >
A Pentagon spokesman declined to confirm the decision, saying only that the Army "continually reviews" its bases.
  > declined_comment | pentagon | A Pentagon spokesman | declined to confirm the decision | - | resp=declined
  > named_organization | pentagon | A Pentagon spokesman | saying | the Army "continually reviews" its bases

The closing must still be reviewed by the Base Realignment and Closure Commission, an independent panel that Congress revived in 2024 to trim the military's real estate.
The BRAC panel will hold a hearing in Salina next month, its chairman, retired Gen. Walter Osgood, said in a statement.
  > named_official | osgood | its chairman, retired Gen. Walter Osgood | said in a statement | <
The commission said it had received more than 3,000 letters about Fort Calder since the Army put the post on a list of bases under review in March.
  > named_organization | brac | The commission | said | >

Kansas's two senators, both Republicans, moved quickly to oppose the decision.
Sen. Marjorie Tallis, who sits on the Armed Services Committee, said the Army had "never made a serious case" for the move.
  > named_official | tallis | Sen. Marjorie Tallis, who sits on the Armed Services Committee | said | >
Sen. Ellen Brandt, a former Salina city commissioner, said in a phone interview that she had called Pelham on Monday night and that he had not told her a decision had been made.
  > named_official | brandt | Sen. Ellen Brandt, a former Salina city commissioner | said in a phone interview | >
She said she would try to block money for the move in next year's defense bill.
  > named_official | brandt | She | said | >

A 2024 report by the Army Audit Agency found that Fort Calder's barracks and training ranges needed about $900 million in repairs, more than any other post its size.
  > document | audit-report | A 2024 report by the Army Audit Agency | found | >
A letter from Gov. Rosalind Achebe to Pelham, obtained by The Associated Press, says the state would pay for $150 million of those repairs if the Army kept the post open.
  > document | governor-letter | A letter from Gov. Rosalind Achebe to Pelham, obtained by The Associated Press | says | >
Achebe's office did not respond to requests for comment on Tuesday.
  > declined_comment | governor-office | Achebe's office | did not respond to requests for comment | - | resp=no_response

Fort Calder is the largest employer in Saline County, with about 2,300 civilian workers in addition to the soldiers.
All told, the post pumps about $1.1 billion a year into the region's economy, according to a study commissioned by the Salina Area Chamber of Commerce.
  > document | chamber-study | a study commissioned by the Salina Area Chamber of Commerce | according to | <
Salina Mayor Terrence Vogt said the city had spent $40 million on roads and sewer lines around the post's main gate since 2019.
  > named_official | vogt | Salina Mayor Terrence Vogt | said | >
"We built this town around that gate.
  > named_official | vogt | Vogt | - | *
You don't just turn that off," Vogt said.
  > named_official | vogt | Vogt | said | <

A woman who has run a diner across from the main gate for 22 years said her breakfast crowd was already thinner than it was five years ago.
  > named_person | dunlevy | A woman who has run a diner across from the main gate for 22 years | said | >
"Half my regulars wear a uniform," said the owner, Patrice Dunlevy, 58.
  > named_person | dunlevy | the owner, Patrice Dunlevy, 58 | said | <
Some military spouses at the post said they had learned of the closing from news reports and social media, not from their units.
  > anonymous_other | spouses | Some military spouses at the post | said | >
The Salina Journal-Star reported in May that the Army had stopped signing new leases for off-post housing near Fort Calder.
  > media_report | journal-star | The Salina Journal-Star | reported | that the Army had stopped signing new leases for off-post housing near Fort Calder
@excluded
AP writer Dominic Reyes in Topeka contributed to this report.
Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
''')

ARTICLES.append(r'''
@id q-fentanyl-seizure-i40-traffic-stop-hollis
@style fentanyl_seizure
Deputies find 40 pounds of fentanyl pills in traffic stop on I-40, sheriff says
  > named_official | hollis | sheriff | says | Deputies find 40 pounds of fentanyl pills in traffic stop on I-40

Quarry County sheriff's deputies found about 40 pounds of fentanyl pills hidden in the door panels of an SUV during a traffic stop on Interstate 40 early Tuesday, Sheriff Wade Hollis said, in what he called the largest drug seizure in the county's history.
  > named_official | hollis | Sheriff Wade Hollis | said | <
  > named_official | hollis | he | called | the largest drug seizure in the county's history
Deputies stopped the SUV near mile marker 212 a little after 3 a.m. for weaving across the center line.
Hollis said a drug-sniffing dog alerted on the doors and deputies found 18 vacuum-sealed bags inside, holding an estimated 200,000 pills.
  > named_official | hollis | Hollis | said | >
"That is enough to kill every person in this county several times over.
  > named_official | hollis | Hollis | - | *
These were headed for our neighborhoods and our schools," Hollis told reporters at a news conference Tuesday afternoon.
  > named_official | hollis | Hollis | told reporters at a news conference Tuesday afternoon | <

The driver, Dwayne Kettering, 34, of Tucson, Arizona, was charged in federal court Wednesday with possession with intent to distribute.
The pills were bound for buyers in Oklahoma City, Tulsa and Wichita, according to a criminal complaint and an affidavit from a drug task force officer, both filed in U.S. District Court.
  > document | court-docs | a criminal complaint and an affidavit from a drug task force officer, both filed in U.S. District Court | according to | <
The documents say Kettering told deputies he had been paid $5,000 to drive the SUV from Phoenix and "did not ask what was in the doors."
  > document | court-docs | The documents | say | >
Kettering's court-appointed lawyer, Elise Manfredi, did not return a call from KQCT 9 on Wednesday.
  > declined_comment | manfredi | Kettering's court-appointed lawyer, Elise Manfredi | did not return a call from KQCT 9 | - | resp=no_response

The Drug Enforcement Administration has taken over the investigation.
A spokeswoman for the agency, Lorena Vidal, said the pills were pressed to look like 30-milligram oxycodone tablets, a disguise that has become common across the Southwest.
  > named_official | vidal | A spokeswoman for the agency, Lorena Vidal | said | >
She said DEA lab tests on similar pills seized this year had found that about seven in 10 contained a potentially deadly dose of fentanyl.
  > named_official | vidal | She | said | >
A law enforcement official with knowledge of the case, who spoke on condition of anonymity because the investigation is ongoing, said the SUV had been flagged by license plate readers in New Mexico two days earlier.
  > anonymous_official | le-official | A law enforcement official with knowledge of the case | said | > | anon=who spoke on condition of anonymity because the investigation is ongoing
The official said investigators believe the same vehicle made at least three earlier trips along the same route.
  > anonymous_official | le-official | The official | said | >
The DEA declined to comment on whether other arrests were expected.
  > declined_comment | dea | The DEA | declined to comment on whether other arrests were expected | - | resp=declined
A spokesman for the U.S. attorney's office in Oklahoma City said Kettering would have a detention hearing on Friday.
  > named_organization | usao | A spokesman for the U.S. attorney's office in Oklahoma City | said | >

Dr. Anita Rowe, an emergency physician at Quarry Regional Medical Center, said the hospital had treated 61 overdoses since January, up from 38 in the same period last year.
  > named_person | rowe | Dr. Anita Rowe, an emergency physician at Quarry Regional Medical Center | said | >
"Most of the people I see think they're taking a Percocet.
  > named_person | rowe | Rowe | - | *
They have no idea," Rowe said.
  > named_person | rowe | Rowe | said | <
Some parents at a Tuesday night school board meeting in Quarryville said they wanted naloxone kits in every classroom.
  > anonymous_other | parents | Some parents at a Tuesday night school board meeting in Quarryville | said | >
The board added the request to its agenda for next month.
KQCT 9 reported in March that deputies had seized about 6 pounds of fentanyl powder in a stop on the same stretch of interstate.
  > media_report | kqct | KQCT 9 | reported | that deputies had seized about 6 pounds of fentanyl powder in a stop on the same stretch of interstate
@excluded
Watch: Sheriff Hollis shows reporters the seized pills (video, 3:48)
Download the KQCT 9 News app to get breaking news alerts on your phone.
Copyright 2025 KQCT. All rights reserved.
''')

ARTICLES.append(r'''
@id q-wage-theft-investigation-trinity-wall-nashville
@style wage_theft_investigation
The day-rate crews: how Nashville's building boom runs on unpaid overtime

A man who has hung drywall in Nashville since 2009 keeps his pay records in a shoebox: 14 years of envelopes, each with a day count scrawled on the front in blue marker.
He says he has never once been paid for overtime.
  > named_person | solis | He | says | >
"Sixty hours, seventy hours, it is the same number on the envelope.
  > named_person | solis | the drywaller, Efrain Solis, 47, who came to Tennessee from Veracruz in 2003 | - | *
You work until the boss says go home," says the drywaller, Efrain Solis, 47, who came to Tennessee from Veracruz in 2003.
  > named_person | solis | the drywaller, Efrain Solis, 47, who came to Tennessee from Veracruz in 2003 | says | <
The envelopes come from Trinity Wall Systems, a drywall subcontractor that has worked on at least nine of the apartment towers now rising along the Cumberland River.
The company says its crews are independent contractors who set their own hours, and that it has "always paid every dollar that was agreed."
  > named_organization | trinity | The company | says | >
Its owner, Russell Pate, has not responded to five phone calls and a letter delivered to the company's office in Antioch.
  > declined_comment | pate | Its owner, Russell Pate | has not responded to five phone calls and a letter delivered to the company's office in Antioch | - | resp=no_response

The U.S. Department of Labor's Wage and Hour Division has been investigating Trinity since last spring.
Two people familiar with the inquiry say investigators have interviewed more than 60 current and former workers and subpoenaed the company's bank records.
  > anonymous_familiar | familiar | Two people familiar with the inquiry | say | >
One of the people says the division is weighing whether to seek back wages for as many as 400 workers, a sum that could top $3 million.
  > anonymous_familiar | familiar | One of the people | says | >
A WHD investigator who has worked on construction cases in Tennessee for a decade, and who asked not to be named because she is not permitted to speak to the press, says day-rate pay has become "the default, not the exception" on large jobs in the city.
  > anonymous_official | whd-investigator | A WHD investigator who has worked on construction cases in Tennessee for a decade | says | > | anon=who asked not to be named because she is not permitted to speak to the press
The department declines to discuss the Trinity case, citing its policy on open investigations.
  > declined_comment | dol | The department | declines to discuss the Trinity case | - | resp=declined

Pay stubs and text messages that 11 Trinity workers shared with this magazine show crews logging as many as 72 hours a week at a flat rate of $180 a day.
  > document | pay-records | Pay stubs and text messages that 11 Trinity workers shared with this magazine | show | >
The records also show that Trinity stopped issuing pay stubs altogether in 2023, around the time the investigation is believed to have begun.
  > document | pay-records | The records | show | >
Two men ran crews for Trinity until last year, and both left on bad terms.
One, Héctor Ruelas, says he was told to collect time sheets at the end of each week and throw them away.
  > named_person | ruelas | One, Héctor Ruelas | says | >
The other, Daniel Ochoa, says he kept copies anyway.
  > named_person | ochoa | The other, Daniel Ochoa | says | >
He hands them over in a grocery bag in the parking lot of a taquería on Nolensville Pike, nearly 300 pages in all.
"I knew one day somebody would ask," he says.
  > named_person | ochoa | he | says | <

The towers belong to developers, and the developers hire general contractors, who in turn hire Trinity.
One of the largest of those contractors, Brandt-Keller Construction, says it requires subcontractors to certify that they follow wage laws and that it has "no reason to believe" Trinity has not.
  > named_organization | brandt-keller | One of the largest of those contractors, Brandt-Keller Construction | says | >
An email from a Brandt-Keller project manager to Pate in 2022, which Ochoa reads aloud from his copy as he sits in his truck, warns Trinity to "keep the hours clean" because a city inspector has been asking questions.
  > document | bk-email | An email from a Brandt-Keller project manager to Pate in 2022, which Ochoa reads aloud from his copy as he sits in his truck | warns | >
Brandt-Keller's spokesman, Neil Foss, says the email was about safety logs, not pay.
  > named_official | foss | Brandt-Keller's spokesman, Neil Foss | says | >

Marisol Quintero, who leads Workers Rising Tennessee, a workers' center in South Nashville, says her group has filed 38 wage complaints against drywall subcontractors since 2022.
  > named_official | quintero | Marisol Quintero, who leads Workers Rising Tennessee, a workers' center in South Nashville | says | >
"The contractors say they don't know.
  > named_official | quintero | Quintero | - | *
They know exactly what a wall costs, and they know nobody can hang it for that price and pay the law," Quintero says.
  > named_official | quintero | Quintero | says | <
Some developers say privately that enforcement would drive up the cost of housing in a city that badly needs it.
  > anonymous_other | developers | Some developers | say privately | >
Nashville's Metro Council added a wage-theft clause to city construction contracts in 2021, though it does not reach private towers.
The Tennessean-Gazette reported last year that no contractor had lost a city contract under the clause.
  > media_report | tennessean-gazette | The Tennessean-Gazette | reported | that no contractor had lost a city contract under the clause
Solis, for his part, still shows up every morning at six.
@excluded
This story was produced in partnership with the Southern Labor Reporting Project.
Listen to this story, narrated by the author (28 minutes).
Illustrations by Ines Okafor for Ridgeline Magazine
''')

ARTICLES.append(r'''
@id q-rail-derailment-carrow-pacific-millbank
@style rail_derailment
Freight train derails in Ohio, forcing 900 from homes as tank cars burn

MILLBANK, Ohio (Reuters) -- Thirty-one cars of a Carrow Pacific freight train left the tracks on the edge of this village of 2,400 late on Saturday, setting three tank cars of propylene on fire and forcing about 900 people from their homes, according to the village's fire chief, Dale Ruston.
  > named_official | ruston | the village's fire chief, Dale Ruston | according to | <
The fire was still burning on Sunday afternoon, though it had shrunk to a single car, Ruston said.
  > named_official | ruston | Ruston | said | <
Ruston said no one had been hurt and that air monitors placed around the site had not detected dangerous levels of the gas in the village.
  > named_official | ruston | Ruston | said | >
The fire chief of neighboring Oak Bend, Curtis Lamb, whose crews have been helping since Saturday night, said firefighters would let the last car burn itself out rather than risk an explosion.
  > named_official | lamb | The fire chief of neighboring Oak Bend, Curtis Lamb, whose crews have been helping since Saturday night | said | >
He said that could take another two days.
  > named_official | lamb | He | said | >

The federal agency that investigates train crashes, the National Transportation Safety Board, sent a team of 14 investigators to the site on Sunday.
NTSB board member Alicia Varga said at a briefing that investigators had found a broken wheel bearing on the 19th car and were examining whether it caused the derailment.
  > named_official | varga | NTSB board member Alicia Varga | said at a briefing | >
"It is far too early to call that the cause.
  > named_official | varga | Varga | - | *
We have a bearing, and we have a derailment, and we are going to find out whether one led to the other," Varga said.
  > named_official | varga | Varga | said | <
The board said a preliminary report would be released within 30 days.
  > named_organization | ntsb | The board | said | >

Carrow Pacific, based in Omaha, Nebraska, operates about 9,000 miles of track in 12 states.
A company spokeswoman said the railroad was paying for hotel rooms for evacuated families and had set up a family assistance center at the Millbank high school.
  > named_organization | carrow | A company spokeswoman | said | >
The railroad did not respond to questions about when the bearing was last inspected.
  > declined_comment | carrow | The railroad | did not respond to questions about when the bearing was last inspected | - | resp=no_response
Two people briefed on the investigation said a trackside detector about 20 miles west of Millbank had recorded the bearing running hot roughly 25 minutes before the crash.
  > anonymous_familiar | briefed | Two people briefed on the investigation | said | >
One of the people said the detector's alert had been sent to a dispatcher in Omaha, but that the crew was not told to stop the train.
  > anonymous_familiar | briefed | One of the people | said | >

Inspection records for the stretch of track, together with a 2024 audit by the Federal Railroad Administration, show that Carrow Pacific had been cited twice for failing to act on hot-bearing alerts in Ohio.
  > document | fra-records | Inspection records for the stretch of track, together with a 2024 audit by the Federal Railroad Administration | show | >
The documents were reviewed by Reuters.
The FRA said in a statement that it was "examining the railroad's compliance history" and would take part in the safety board's investigation.
  > named_organization | fra | The FRA | said in a statement | >
Gene Poirier, the Ohio legislative director for the Brotherhood of Locomotive Engineers and Trainmen, said crews on the line had complained for years that the railroad ran trains too long for the crews to inspect properly.
  > named_official | poirier | Gene Poirier, the Ohio legislative director for the Brotherhood of Locomotive Engineers and Trainmen | said | >
The train was 2.6 miles long and had two crew members, according to the company.
  > named_organization | carrow | the company | according to | <

A woman who lives three blocks from the tracks said she was woken by a sound "like a building coming down" shortly before midnight.
  > named_person | keane | A woman who lives three blocks from the tracks | said | >
"We didn't wait for anyone to tell us.
  > named_person | keane | the retired teacher, Loretta Keane, 67 | - | *
We got the dog and went," said the retired teacher, Loretta Keane, 67, who spent Sunday at a Red Cross shelter in Oak Bend.
  > named_person | keane | the retired teacher, Loretta Keane, 67, who spent Sunday at a Red Cross shelter in Oak Bend | said | <
Some evacuated residents said they had been given conflicting information about when they could return.
  > anonymous_other | residents | Some evacuated residents | said | >
Local broadcaster WMBK reported that Ohio's governor would visit the site on Monday.
  > media_report | wmbk | Local broadcaster WMBK | reported | that Ohio's governor would visit the site on Monday
@excluded
Reporting by Hannah Ostrow in Millbank, Ohio; additional reporting by Jonah Pike in Washington; editing by Leslie Adler and Rod Nickel
''')

ARTICLES.append(r'''
@id q-ambassador-nomination-varrow-chile-senate
@style ambassador_nomination
White House to nominate donor as envoy to Chile despite diplomats' objections, officials say
  > anonymous_official | admin-officials | officials | say | White House to nominate donor as envoy to Chile despite diplomats' objections

WASHINGTON -- The White House intends to nominate Camille Varrow, a shipping executive who raised more than $4 million for the president's re-election campaign, as ambassador to Chile, overriding objections from career diplomats who warned that her company's business in the region posed a conflict of interest, two administration officials said on Thursday.
  > anonymous_official | admin-officials | two administration officials | said on Thursday | <
The officials, who spoke on the condition of anonymity because the nomination has not been formally sent to the Senate, said the president had made the decision himself after meeting with Ms. Varrow at the White House last month.
  > anonymous_official | admin-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the nomination has not been formally sent to the Senate

Ms. Varrow is the chief executive of Varrow Logistics, a Miami company that operates container terminals in Valparaíso and two other South American ports.
The company said in a statement that Ms. Varrow would step down and place her shares in a blind trust if she were confirmed.
  > named_organization | varrow-logistics | The company | said in a statement | >
A spokesman for Ms. Varrow, Julian Serra, declined to comment on the diplomats' concerns.
  > declined_comment | serra | A spokesman for Ms. Varrow, Julian Serra | declined to comment on the diplomats' concerns | - | resp=declined

An internal cable from the embassy in Santiago, obtained by The Times, says Chilean officials had raised Varrow Logistics' pending bid for a fourth terminal "in nearly every meeting" with American diplomats this year.
  > document | cable | An internal cable from the embassy in Santiago, obtained by The Times | says | >
The cable, sent in August by the embassy's deputy chief of mission, recommends that any nominee "have no commercial interests before the Chilean government."
  > document | cable | The cable, sent in August by the embassy's deputy chief of mission | recommends | >
A person briefed on the State Department's vetting said the department's Office of the Legal Adviser had flagged the terminal bid in a memo to the White House counsel's office.
  > anonymous_familiar | briefed | A person briefed on the State Department's vetting | said | >
The State Department referred questions to the White House, which did not respond to requests for comment.
  > declined_comment | state-dept | The State Department | referred questions to the White House | - | resp=declined
  > declined_comment | white-house | the White House | did not respond to requests for comment | - | resp=no_response

The nomination must be approved by the Senate Foreign Relations Committee, which has confirmed all but one of the president's ambassadors this year.
The committee's chairman, Senator Glenn Harwick, Republican of Idaho, said in an interview that he had "a high opinion" of Ms. Varrow but wanted to see her financial disclosures.
  > named_official | harwick | The committee's chairman, Senator Glenn Harwick, Republican of Idaho | said in an interview | >
The panel's senior Democrat, Senator Raymond Tso of New Mexico, said he would demand that Ms. Varrow sell her stake outright rather than put it in a trust.
  > named_official | tso | The panel's senior Democrat, Senator Raymond Tso of New Mexico | said | >
"A blind trust is not blind when everybody in Santiago knows what is in it.
  > named_official | tso | Mr. Tso | - | *
The minister of ports certainly knows," Mr. Tso said.
  > named_official | tso | Mr. Tso | said | <
He noted that two previous ambassadors to Chile had been career diplomats.
  > named_official | tso | He | noted | >

Ms. Varrow, 58, built her father's trucking business in Florida into one of the largest port operators in the Americas, noted in the industry for its aggressive bids for government concessions.
Her financial disclosure form and a letter to the State Department's ethics office, both filed last week, list holdings worth between $120 million and $310 million.
  > document | disclosures | Her financial disclosure form and a letter to the State Department's ethics office, both filed last week | list | >
The documents do not mention the terminal bid.
  > document | disclosures | The documents | do not mention | the terminal bid
A former ambassador to Argentina who served under three presidents said the objection from career staff was unusual but not unheard of.
  > named_person | pell | A former ambassador to Argentina who served under three presidents | said | >
"When the embassy puts it in writing, they want it on the record," said the former envoy, Harold Pell, now a fellow at the Meridian Institute.
  > named_person | pell | the former envoy, Harold Pell, now a fellow at the Meridian Institute | said | <
Some Democrats on the committee said privately that they did not expect to be able to block the nomination.
  > anonymous_other | democrats | Some Democrats on the committee | said privately | >
The Capitol Dispatch first reported that Ms. Varrow was under consideration for the post.
  > media_report | dispatch | The Capitol Dispatch | first reported | that Ms. Varrow was under consideration for the post
The White House had wanted her in Santiago before a trade summit there in March.
  > named_organization | white-house | The White House | had wanted | her in Santiago before a trade summit there in March | nosrc
''')

ARTICLES.append(r'''
@id q-charity-embezzlement-harvest-table-lindqvist
@style charity_embezzlement
Former food bank director charged with taking $780,000 meant for the hungry

The former executive director of the Harvest Table Food Bank was charged Thursday with stealing about $780,000 from the charity over six years and spending it on a lake house, a boat and private school tuition, according to an indictment unsealed in Cole County Circuit Court.
  > document | indictment | an indictment unsealed in Cole County Circuit Court | according to | <
The indictment says the former director, Karen Lindqvist, 54, of Jefferson City, wrote checks to a shell company she controlled and recorded them as payments for refrigerated trucking.
  > document | indictment | The indictment | says | >
Lindqvist led the food bank, which distributes about 9 million pounds of food a year in 14 central Missouri counties, from 2015 until she resigned in March.

Cole County Prosecuting Attorney Brent Salazar said investigators found that the trucking company had no trucks, no employees and no address other than a post office box in Columbia.
  > named_official | salazar | Cole County Prosecuting Attorney Brent Salazar | said | >
"Every dollar of this was given by people who wanted a family to eat.
  > named_official | salazar | Salazar | - | *
Some of it was given by people who were themselves standing in line for food," Salazar said at a news conference.
  > named_official | salazar | Salazar | said at a news conference | <
Lindqvist's lawyer, Dennis Ferraro, said his client would plead not guilty and "looks forward to telling her side."
  > named_official | ferraro | Lindqvist's lawyer, Dennis Ferraro | said | >
He declined to comment on the specific charges.
  > declined_comment | ferraro | He | declined to comment on the specific charges | - | resp=declined
Lindqvist could not be reached at her home on Thursday.
  > declined_comment | lindqvist | Lindqvist | could not be reached | - | resp=unreachable

The food bank's board discovered the missing money last winter, after a new finance director questioned a string of round-number checks.
An outside audit and the charity's bank statements, both turned over to prosecutors in April, show the payments grew from about $40,000 in 2018 to more than $210,000 last year.
  > document | audit-bank | An outside audit and the charity's bank statements, both turned over to prosecutors in April | show | >
The documents were attached to a search warrant application filed in June.
The board's chairwoman, Renee Okafor, said the board had hired a new accounting firm and now requires two signatures on every check over $2,500.
  > named_official | okafor | The board's chairwoman, Renee Okafor | said | >
Another board member, Susan Mayhew, who has served since 2012, said directors had trusted Lindqvist "the way you trust family."
  > named_official | mayhew | Another board member, Susan Mayhew, who has served since 2012 | said | >
She said she had voted twice to raise Lindqvist's salary.
  > named_official | mayhew | She | said | >

A person familiar with the board's internal review said the finance director had raised concerns about the trucking payments with two board members in 2022 but was told the checks had been approved.
  > anonymous_familiar | familiar | A person familiar with the board's internal review | said | >
The person, who asked not to be identified because the review has not been made public, said the finance director left the food bank later that year.
  > anonymous_familiar | familiar | The person | said | > | anon=who asked not to be identified because the review has not been made public

The state office that oversees charities, the Missouri attorney general's consumer protection division, said it had opened its own investigation and could seek to bar Lindqvist from running a nonprofit again.
  > named_organization | ag-division | The state office that oversees charities, the Missouri attorney general's consumer protection division | said | >
A volunteer who has packed boxes at the food bank every Thursday for 11 years said she cried when she heard the news.
  > named_person | benitez | A volunteer who has packed boxes at the food bank every Thursday for 11 years | said | >
The volunteer, Gloria Benitez, 72, said she worried that donors would stop giving just as demand was rising.
  > named_person | benitez | The volunteer, Gloria Benitez, 72 | said | >
Some longtime donors said they had already moved their giving to church pantries.
  > anonymous_other | donors | Some longtime donors | said | >
The food bank stopped its Saturday mobile pantry in June to cut costs.
The News Tribune-Courier first reported Lindqvist's resignation in March.
  > media_report | tribune-courier | The News Tribune-Courier | first reported | Lindqvist's resignation in March
@excluded
Have a tip about a local nonprofit? Email our watchdog team at tips@capitalcourier.example.
Related: Harvest Table names interim director as donations fall
Related: How to check a charity before you give
Sarah Whitcombe covers courts and public safety for the Courier. Follow her on X at @swhitcombe_news.
''')

ARTICLES.append(r'''
@id q-water-utility-rate-hike-tri-county-authority
@style water_utility_rate_hike
Tri-County water bills could rise 28% over three years, utility says
  > named_organization | tcwsa | utility | says | Tri-County water bills could rise 28% over three years

Customers of the Tri-County Water and Sewer Authority could see their monthly bills rise by 28% over the next three years, the utility said Tuesday in a rate request filed with state regulators.
  > named_organization | tcwsa | the utility | said Tuesday in a rate request filed with state regulators | <
The filing says the average household bill would climb from $71 a month to about $91 by 2028.
  > document | filing | The filing | says | >
TCWSA serves about 180,000 customers in Harlan, Pike and Overton counties.
A spokeswoman for the utility, Denise Albright, said the money would pay for replacing about 60 miles of cast-iron pipe, some of it laid in the 1920s.
  > named_official | albright | A spokeswoman for the utility, Denise Albright | said | >
"We lose about a quarter of the water we treat before it ever reaches a faucet.
  > named_official | albright | Albright | - | *
That is money our customers are already paying for and never getting," Albright said.
  > named_official | albright | Albright | said | <
"This plan fixes that."
  > named_official | albright | Albright | - | *

The rate plan must be approved by the state Public Service Commission, which will hold public hearings in all three counties this spring.
The PSC rejected a smaller increase the authority requested in 2022, ruling that the utility had not shown the money would be spent on repairs.
  > named_organization | psc | The PSC | ruling | that the utility had not shown the money would be spent on repairs
Commissioner Janet Holloway said in an interview with News 5 that she would look closely at how the authority spent the increase it did win in 2019.
  > named_official | holloway | Commissioner Janet Holloway | said in an interview with News 5 | >
Commissioner Beverly Strand, who voted against the 2022 request, said the utility had "a credibility problem with this commission."
  > named_official | strand | Commissioner Beverly Strand, who voted against the 2022 request | said | >
She said she wanted an independent audit of the authority's capital spending before any vote.
  > named_official | strand | She | said | >
A PSC spokesman said the commission expects to rule by October.
  > named_organization | psc | A PSC spokesman | said | >

A consultant's report the authority commissioned last year, which News 5 obtained through a public records request, found that nearly a third of its pipes had outlived their expected lifespan.
  > document | consultant-report | A consultant's report the authority commissioned last year, which News 5 obtained through a public records request | found | >
The report also noted that the authority had fallen behind its own replacement schedule every year since 2017.
  > document | consultant-report | The report | noted | >
A TCWSA engineer who asked not to be named because employees are not allowed to speak to the media said crews had been pulled off pipe replacement for months at a time to fix main breaks.
  > anonymous_official | tcwsa-engineer | A TCWSA engineer | said | > | anon=who asked not to be named because employees are not allowed to speak to the media
The engineer said the authority has only four crews trained to replace large mains.
  > anonymous_official | tcwsa-engineer | The engineer | said | >

A mother of three in Pike County who spoke at the authority's board meeting Tuesday night said she already skips paying the electric bill some months to keep the water on.
  > named_person | garrison | A mother of three in Pike County who spoke at the authority's board meeting Tuesday night | said | >
The mother, Kayla Garrison, 34, said her bill has nearly doubled since 2019.
  > named_person | garrison | The mother, Kayla Garrison, 34 | said | >
"They keep telling us it's for the pipes.
  > named_person | garrison | Garrison | - | *
I'd like to see one of these pipes," Garrison told the board.
  > named_person | garrison | Garrison | told the board | <
Board members took notes, and the meeting stopped for a 10-minute recess after several residents began shouting.
Critics say the authority spent too much on a new headquarters in 2021 while the pipes aged.
  > anonymous_other | critics | Critics | say | >
The building cost $24 million, according to the authority's annual financial statements.
  > document | statements | the authority's annual financial statements | according to | <
The authority's executive director, Vernon Pike, did not respond to an email asking about the cost of the building.
  > declined_comment | pike | The authority's executive director, Vernon Pike | did not respond to an email asking about the cost of the building | - | resp=no_response
Overton County Executive Ray Donnelly, whose county appoints two of the authority's seven board members, could not be reached Tuesday.
  > declined_comment | donnelly | Overton County Executive Ray Donnelly, whose county appoints two of the authority's seven board members | could not be reached | - | resp=unreachable
The first public hearing is scheduled for March 12 at the Harlan County Courthouse.
''')

ARTICLES.append(r'''
@id q-antitrust-merger-block-kestrel-arlow-seed
@style antitrust_merger_block
Justice Department sues to block Kestrel's $9.2 billion takeover of seed rival Arlow

WASHINGTON, June 3 (BizWire) -- The U.S. Department of Justice sued on Tuesday to block Kestrel Agriscience's $9.2 billion acquisition of Arlow Seed Co., saying the deal would give one company control of more than 60% of the U.S. market for soybean seed.
  > named_organization | doj | The U.S. Department of Justice | saying | >
The lawsuit, filed in federal court in Washington, says the combined company could raise seed prices for farmers by as much as 15%.
  > document | complaint | The lawsuit, filed in federal court in Washington | says | >
"Farmers should not have to pay more for seed because two companies decided to stop competing," the head of the DOJ's antitrust division, Assistant Attorney General Lena Marchetti, said in a statement.
  > named_official | marchetti | the head of the DOJ's antitrust division, Assistant Attorney General Lena Marchetti | said in a statement | <
The department also said it had found internal documents in which Kestrel executives discussed "ending the price war" with Arlow.
  > named_organization | doj | The department | said | >

Arlow, based in Des Moines, Iowa, has grown quickly over the past decade by selling cheaper seed varieties to mid-sized farms in the Midwest and South.
Shares of Arlow fell 14% in afternoon trading, while Kestrel added 2%.
Kestrel said in a statement that it would "vigorously contest" the lawsuit and that the merger would speed the development of drought-resistant seeds.
  > named_organization | kestrel | Kestrel | said in a statement | >
Kestrel Chief Executive Martin Ashby told analysts in April that the companies were prepared to sell several seed brands to win approval.
  > named_official | ashby | Kestrel Chief Executive Martin Ashby | told analysts in April | >
Arlow Chief Executive Peter Lindgren said in an interview on Tuesday that the company would fight alongside Kestrel in court.
  > named_official | lindgren | Arlow Chief Executive Peter Lindgren | said in an interview on Tuesday | >
He said Arlow's board had considered other bidders before agreeing to the deal in November.
  > named_official | lindgren | He | said | >
"We looked at every option.
  > named_official | lindgren | Lindgren | - | *
This was the one that gave our seed the biggest reach," Lindgren said.
  > named_official | lindgren | Lindgren | said | <

Two people familiar with the negotiations said Kestrel had offered last month to sell its entire soybean business in the South to settle the case.
  > anonymous_familiar | familiar | Two people familiar with the negotiations | said | >
The department rejected the offer as too small, one of the people said.
  > anonymous_familiar | familiar | one of the people | said | <
A Justice Department official, who spoke on condition of anonymity because settlement talks are confidential, said the department remained open to "a real remedy."
  > anonymous_official | doj-official | A Justice Department official | said | > | anon=who spoke on condition of anonymity because settlement talks are confidential
Bloomberg News reported last week that the department was preparing to sue.
  > media_report | bloomberg | Bloomberg News | reported | that the department was preparing to sue
An email from a Kestrel sales executive, quoted in the complaint, says a lower Arlow price in Arkansas "cost us the Delta."
  > document | kestrel-email | An email from a Kestrel sales executive, quoted in the complaint | says | >

Karen Whitlow, a seed industry analyst at Corbett & Lane, said the lawsuit was the strongest signal yet that regulators would not accept asset sales to fix agricultural mergers.
  > named_person | whitlow | Karen Whitlow, a seed industry analyst at Corbett & Lane | said | >
One investor, who asked not to be identified because his firm holds shares in both companies, said arbitrage funds had already begun unwinding their bets on the deal.
  > anonymous_other | investor | One investor | said | > | anon=who asked not to be identified because his firm holds shares in both companies
The American Soybean Growers Council, which represents about 20,000 farmers, said it supported the lawsuit.
  > named_organization | asgc | The American Soybean Growers Council, which represents about 20,000 farmers | said | >
Under the merger agreement, Kestrel must pay Arlow a $450 million breakup fee if the deal is blocked, according to a filing with the Securities and Exchange Commission.
  > document | sec-filing | a filing with the Securities and Exchange Commission | according to | <
A Kestrel spokeswoman declined to say whether the company would extend the deal's deadline, which falls in February.
  > declined_comment | kestrel | A Kestrel spokeswoman | declined to say whether the company would extend the deal's deadline | - | resp=declined
Kestrel had hoped to close the deal by the end of the summer.
  > named_organization | kestrel | Kestrel | had hoped | to close the deal by the end of the summer | nosrc
''')

ARTICLES.append(r'''
@id q-wildfire-utility-blame-pinecrest-ember-ridge
@style wildfire_utility_blame
Ember Ridge Fire started at Pinecrest Power line, state report concludes
  > document | calfire-report | state report | concludes | Ember Ridge Fire started at Pinecrest Power line

State fire investigators have concluded that the Ember Ridge Fire, which burned 41,000 acres and destroyed 612 homes in Tuolomne Valley last September, was started when a tree branch fell on a power line owned by Pinecrest Power & Light, according to a report released Monday.
  > document | calfire-report | a report released Monday | according to | <
The report, by the California Department of Forestry and Fire Protection, says the branch came from a dead gray pine that Pinecrest's own contractors had marked for removal 14 months before the fire.
  > document | calfire-report | The report, by the California Department of Forestry and Fire Protection | says | >
Cal Fire has referred its findings to the Tuolomne County district attorney, the department said in a statement.
  > named_organization | calfire | the department | said in a statement | <
The line, a 12-kilovolt distribution circuit called the Ember Ridge 1101, runs through steep, heavily wooded canyon country east of Sonora.

PP&L said in a filing with the Securities and Exchange Commission on Monday evening that it "does not dispute" that its equipment was involved but that it had not seen all of the evidence Cal Fire relied on.
  > named_organization | ppl | PP&L | said in a filing with the Securities and Exchange Commission on Monday evening | >
The utility said it had set aside $380 million for wildfire claims and that its insurance would cover part of the total.
  > named_organization | ppl | The utility | said | >
A Pinecrest spokesman declined to answer questions about the dead tree.
  > declined_comment | ppl | A Pinecrest spokesman | declined to answer questions about the dead tree | - | resp=declined

Vegetation work along the line was handled by Crestwood Tree Services, a contractor based in Redding.
The company said its crews had flagged the tree and passed the work order to Pinecrest, which was responsible for scheduling the removal.
  > named_organization | crestwood | The company | said | >
A work order and an internal tracking spreadsheet, both attached to the Cal Fire report, show the removal was postponed three times.
  > document | work-docs | A work order and an internal tracking spreadsheet, both attached to the Cal Fire report | show | >
The documents do not say why.
  > document | work-docs | The documents | do not say | why

A state fire official familiar with the investigation, who spoke on condition of anonymity because the district attorney has not decided whether to file charges, said investigators had recovered the branch with a piece of the conductor still wrapped around it.
  > anonymous_official | state-official | A state fire official familiar with the investigation | said | > | anon=who spoke on condition of anonymity because the district attorney has not decided whether to file charges
The official said the line had not been shut off despite a red-flag warning for high winds that night.
  > anonymous_official | state-official | The official | said | >
Pinecrest's wildfire mitigation plan, filed with the California Public Utilities Commission last year, says the company may cut power to lines in high-risk areas when winds exceed 45 miles per hour.
  > document | mitigation-plan | Pinecrest's wildfire mitigation plan, filed with the California Public Utilities Commission last year | says | >
Winds near the line peaked at 38 miles per hour that night, according to a weather station about two miles away.
  > document | weather-station | a weather station about two miles away | according to | <

The findings land as the CPUC is rewriting the state's rules for shutting off power in high winds.
Commissioner Alan Reyes said the agency should consider lowering the wind threshold for utilities with a history of fires.
  > named_official | reyes | Commissioner Alan Reyes | said | >
Commissioner Thomas Wheelock said he would ask the commission's safety staff to review every PP&L shutoff decision from last fall.
  > named_official | wheelock | Commissioner Thomas Wheelock | said | >
He said the review should be finished before the next fire season.
  > named_official | wheelock | He | said | >
Daniel Okoro, a lawyer for about 900 fire victims who have sued the utility, said the report confirmed what his clients had argued from the start.
  > named_official | okoro-lawyer | Daniel Okoro, a lawyer for about 900 fire victims who have sued the utility | said | >
"They marked the tree.
  > named_official | okoro-lawyer | Okoro | - | *
They knew the tree was dead, and they left it there for a year," Okoro said.
  > named_official | okoro-lawyer | Okoro | said | <
Some utility analysts say PP&L's liability could exceed $1 billion, which would strain a company with a market value of about $3 billion.
  > anonymous_other | analysts | Some utility analysts | say | >
The Sonora Union Democrat reported in October that residents had complained to Pinecrest about the tree in 2023.
  > media_report | union-democrat | The Sonora Union Democrat | reported | that residents had complained to Pinecrest about the tree in 2023
''')

ARTICLES.append(r'''
@id q-college-coach-firing-tidewater-state-maddox
@style college_coach_firing
Tidewater State fires basketball coach Rick Maddox after investigation into player treatment

NORFOLK, Va. -- Tidewater State fired men's basketball coach Rick Maddox on Friday, a week after an outside law firm's report found that he had berated players, pressured injured players to practice and ignored the advice of team doctors, athletic director Carla Benning announced.
  > named_official | benning | athletic director Carla Benning | announced | <
Benning said the report, which the university has not released, left her "no choice."
  > named_official | benning | Benning | said | >
"I have known Rick for 15 years.
  > named_official | benning | Benning | - | *
That didn't make this easier, and it didn't make it any less necessary," Benning said at a news conference.
  > named_official | benning | Benning | said at a news conference | <
She declined to answer questions about specific findings.
  > declined_comment | benning | She | declined to answer questions about specific findings | - | resp=declined

Maddox, 58, went 212-130 in 11 seasons and took the Mariners to three NCAA tournaments, most recently in 2023.
Associate head coach Tyrell Banks will lead the team on an interim basis, the school said.
  > named_organization | tidewater | the school | said | <
Maddox had hired Banks away from a rival program in 2019, and the two remained close.
Banks said at the same news conference that he had spoken to Maddox on Thursday night.
  > named_official | banks | Banks | said at the same news conference | >
He said his first job was to "make sure every kid in that locker room knows he's safe."
  > named_official | banks | He | said | >

A player who transferred out of the program after the 2023-24 season said Maddox once kept him in a practice for two hours on a sprained ankle because he had "quit on the team" in a loss.
  > named_person | okonkwo | A player who transferred out of the program after the 2023-24 season | said | >
The guard, Darnell Okonkwo, now at Coastal Bay University, said he told the law firm's investigators the same thing in February.
  > named_person | okonkwo | The guard, Darnell Okonkwo, now at Coastal Bay University | said | >
"I was 19 and I thought that's just how it was.
  > named_person | okonkwo | Okonkwo | - | *
Everybody was scared of him," Okonkwo said.
  > named_person | okonkwo | Okonkwo | said | <
"Nobody wanted to be the one who talked."
  > named_person | okonkwo | Okonkwo | - | *
The program's team physician, Dr. Helen Varga, said in a statement released by the university that the medical staff "has and will always have the final word" on whether a player can practice.
  > named_official | varga | The program's team physician, Dr. Helen Varga | said in a statement released by the university | >

Two people familiar with the investigation said the report described at least nine players who had been pushed to practice against medical advice.
  > anonymous_familiar | familiar | Two people familiar with the investigation | said | >
One of the people said the firm had interviewed 41 current and former players and staff members.
  > anonymous_familiar | familiar | One of the people | said | >
A termination letter sent to Maddox on Friday, obtained by the Tidewater Sports Desk, says he was fired "for cause," a finding that would let the university avoid paying the $7.4 million left on his contract.
  > document | termination-letter | A termination letter sent to Maddox on Friday, obtained by the Tidewater Sports Desk | says | >
Maddox's lawyer, Gordon Fell, said his client would sue to recover the money.
  > named_official | fell | Maddox's lawyer, Gordon Fell | said | >
"Coach Maddox was never given a copy of this report.
  > named_official | fell | Fell | - | *
He was never told what he was accused of," Fell said.
  > named_official | fell | Fell | said | <
Maddox had interviewed in May for the head coaching job with the Norfolk Privateers of the G League.
The team's owner, Lionel Ashford, said on Friday that the Privateers had "moved on" and would announce their own hire next week.
  > named_official | ashford | The team's owner, Lionel Ashford | said on Friday | >
Maddox did not respond to text messages on Friday.
  > declined_comment | maddox | Maddox | did not respond to text messages on Friday | - | resp=no_response

Some boosters have grumbled that the university moved too quickly against a coach who filled the arena for a decade.
  > anonymous_other | boosters | Some boosters | have grumbled | >
The team stopped practicing for two days last week while the players met with university counselors.
Stadium Insider first reported the law firm's findings on Wednesday.
  > media_report | stadium-insider | Stadium Insider | first reported | the law firm's findings
Tidewater State had planned to announce a contract extension for Maddox in April.
  > named_organization | tidewater | Tidewater State | had planned | to announce a contract extension for Maddox in April | nosrc
@excluded
Follow the Tidewater Sports Desk on Instagram and TikTok for game-day coverage.
Photo: Rick Maddox watches from the sideline during a February game against Old Harbor. (Tidewater Sports Desk / Marcus Lyle)
More Mariners basketball: Banks inherits a roster with four seniors and no point guard
''')

if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
