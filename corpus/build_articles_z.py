"""Build corpus/articles/z.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (ceasefire_talks, police_body_camera_release, jail_death_inquest,
school_shooting_drill, wildlife_poaching_ring, counterfeit_aircraft_parts, credit_union_run,
tick_borne_illness_surge, battery_plant_tax_abatement, chess_cheating_allegation,
wind_turbine_blade_failure, franchisee_revolt), in the voices of twelve kinds of outlet (wire
copy from an invented country's peace talks, a local TV website, a court reporter at an
inquest, a public-radio website in the present tense, a magazine feature in the present tense,
aviation-maintenance trade press, a live blog with timestamps in reverse order, a Q&A
transcript excerpt with speaker labels ("SOLVANG: ..."), a rewrite of a company's press
release, a sports desk, a national paper with honorifics (Mr./Ms.), a business desk), each
article built to test source grouping and typing (two people of one gender close together,
then a pronoun for the second; a person described first ("a jail sergeant", "the tournament's
runner-up", "the mother") and named later; anonymous officials granted anonymity with a stated
reason; an institution under its full name, a short name and "the ministry"/"the office"/"the
federation"/"the bureau"; a company named only in the reporter's own words before "the company
said"; named and unnamed spokespeople; people familiar with the matter repeated as "the
people"/"the person" and "one of the people"; vague anonymous sources ("critics of the talks
say", "some parents say", "some people in town believe", "some fans online have accused");
headline attributions that repeat a body source ("..., chief says", "..., sergeant
testifies", "..., company says"); lawyers and coaches typed as officials, professors,
analysts, consultants, witnesses and residents as persons; documents (a report, an autopsy
report, medical and staffing records, an incident report, a memo, a contract, an indictment,
an unapproved-parts notification, a letter that is then quoted, a quarterly report, a news
release, an abatement agreement, an annual report, a survey, a study) and media reports (other
outlets and the outlet's own earlier reporting); non-answers of all three kinds; quotes that
run over several sentences or continue after "X said."; sources after the cue ("said Rick
Dolan, a ..."); "according to", "told reporters", "wrote on social media"; an interviewer's
question that itself carries attributions; "told", "added", "noted", "called", "stopped",
"denied", "stated goal" and "called off" used where they are not cues; reporter's-voice
plans and wants marked not sourcing). Ten of the twelve end with a footer of excluded
boilerplate.
Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_z.py [--render]
     python corpus/build_articles_z.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                      given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "z.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id z-ceasefire-talks-port-alcest
@style ceasefire_talks
Valdoria and northern rebels agree to 72-hour truce, Marenna says
  > named_organization | marenna | Marenna | says | <

PORT ALCEST, Marenna -- The government of Valdoria and the rebel Kesh Liberation Front agreed on Thursday to a 72-hour truce in the country's north, the foreign ministry of Marenna, which is hosting the talks, said.
  > named_organization | marenna | the foreign ministry of Marenna | said | <
The truce is to begin at midnight on Friday and would let aid convoys reach the besieged city of Tervo for the first time since March, the ministry said in a statement.
  > named_organization | marenna | the ministry | said in a statement | <
Two earlier rounds of talks were called off in April after a market in Tervo was shelled.

Marennan Foreign Minister Idris Qallab, who has shuttled between the two delegations for nine days, told reporters the agreement was "small, but real."
  > named_official | qallab | Marennan Foreign Minister Idris Qallab | told reporters | >
"Both sides came here expecting to leave with nothing," Qallab said.
  > named_official | qallab | Qallab | said | <
"They are leaving with three days.
  > named_official | qallab | Qallab | - | *
Now we try to turn three days into thirty."
  > named_official | qallab | Qallab | - | *

Valdoria's chief negotiator, Deputy Interior Minister Sofia Renhardt, said the government had agreed to the pause "for humanitarian reasons only" and would not pull its troops back from their positions around Tervo.
  > named_official | renhardt | Valdoria's chief negotiator, Deputy Interior Minister Sofia Renhardt | said | >
The head of the Front's delegation, Mira Oskanian, said the rebels would honor the truce as long as government aircraft stayed on the ground.
  > named_official | oskanian | The head of the Front's delegation, Mira Oskanian | said | >
She said a single airstrike would end it.
  > named_official | oskanian | She | said | >

A Western diplomat who has followed the talks, speaking on condition of anonymity because the negotiations are confidential, said the two sides remained far apart on the future of the northern provinces.
  > anonymous_official | diplomat | A Western diplomat who has followed the talks | said | > | anon=speaking on condition of anonymity because the negotiations are confidential
The diplomat said the truce had been possible mainly because both armies were running short of fuel.
  > anonymous_official | diplomat | The diplomat | said | >

A draft of a longer ceasefire, which would last 60 days and create a buffer zone patrolled by Marennan troops, is already circulating among the delegations, according to two people familiar with the document.
  > anonymous_familiar | familiar | two people familiar with the document | according to | <
The people said the draft leaves the question of who will govern Tervo to a later round.
  > anonymous_familiar | familiar | The people | said | >
One of the people said Valdoria had objected to the presence of foreign troops on its soil.
  > anonymous_familiar | familiar | One of the people | said | >
The stated goal of the Marennan mediators is a permanent ceasefire by the end of the year.

Nearly 40,000 people remain in Tervo, where a loaf of bread costs ten times what it did a year ago, according to a report released Wednesday by the Humanitarian Access Monitor, a research group based in Geneva.
  > document | report | a report released Wednesday by the Humanitarian Access Monitor, a research group based in Geneva | according to | <
The report said two of the city's three hospitals had stopped performing surgery.
  > document | report | The report | said | >
Relief Without Borders, an aid group, said it had 30 trucks of flour and medicine waiting at the Kell border crossing and hoped to move them on Saturday.
  > named_organization | rwb | Relief Without Borders, an aid group | said | >

The Valdorian state broadcaster VTR-1 reported on Thursday evening that artillery fire had continued near Tervo's airport for several hours after the announcement.
  > media_report | vtr | The Valdorian state broadcaster VTR-1 | reported on Thursday evening | >
A spokesman for Valdoria's Defense Ministry did not respond to a request for comment on the report.
  > declined_comment | defense-ministry | A spokesman for Valdoria's Defense Ministry | did not respond to a request for comment on the report | - | resp=no_response
Critics of the talks say the pause will only give the rebels time to rearm.
  > anonymous_other | critics | Critics of the talks | say | >

Anya Dursk, a schoolteacher in Tervo reached by phone, said residents had heard about the truce on the radio but few believed it would hold.
  > named_person | dursk | Anya Dursk, a schoolteacher in Tervo | said | >
"We have heard about truces before," she said.
  > named_person | dursk | she | said | <
"I will believe this one when the bread comes."
  > named_person | dursk | Dursk | - | *

@excluded
(c) 2025 Meridian News Agency. All rights reserved.
''')

ARTICLES.append(r'''
@id z-body-camera-release-fenwick
@style police_body_camera_release
Fenwick police release body camera video of fatal traffic stop; officer fired within seconds, chief says
  > named_official | whitcomb | chief | says | officer fired within seconds

The Fenwick Police Department on Monday released body camera video showing the last minute of a traffic stop on Route 41 in which an officer shot and killed a 24-year-old man last month.
The video, about 11 minutes long, was posted on the department's website shortly after noon.

Police Chief Dana Whitcomb, speaking at a news conference at City Hall, said the footage shows Officer Brian Kessel firing his weapon about four seconds after the driver, Marcus Dell, stepped out of his car.
  > named_official | whitcomb | Police Chief Dana Whitcomb | said | >
Whitcomb said Kessel told investigators he believed Dell was reaching for a gun.
  > named_official | whitcomb | Whitcomb | said | >
No gun was found in the car, according to the state's Office of Special Investigations, which is reviewing the shooting.
  > named_organization | osi | the state's Office of Special Investigations | according to | <
A cellphone was found on the floor on the driver's side, the office said.
  > named_organization | osi | the office | said | <
"I'm not going to stand up here and tell you this video is easy to watch," Whitcomb said.
  > named_official | whitcomb | Whitcomb | said | <
"It isn't.
  > named_official | whitcomb | Whitcomb | - | *
But this community has a right to see it, and I would rather you see all of it than pieces of it."
  > named_official | whitcomb | Whitcomb | - | *

Kessel, a six-year veteran of the department, has been placed on paid administrative leave, which is routine after a shooting.
A city official with knowledge of his personnel file, who asked not to be named because personnel matters are confidential, said Kessel had been the subject of one earlier use-of-force complaint, in 2021.
  > anonymous_official | city-official | A city official with knowledge of his personnel file | said | > | anon=who asked not to be named because personnel matters are confidential
That complaint was dismissed, the official said.
  > anonymous_official | city-official | the official | said | <
Kessel could not be reached for comment.
  > declined_comment | kessel | Kessel | could not be reached for comment | - | resp=unreachable
The Fenwick Police Benevolent Association said in a post on social media that Kessel "followed his training" and urged the public to wait for the state's findings.
  > named_organization | pba | The Fenwick Police Benevolent Association | said in a post on social media | Kessel "followed his training"
  > named_organization | pba | The Fenwick Police Benevolent Association | urged | the public to wait for the state's findings

Dell's family watched the video privately on Friday, their lawyer, Andre Hollings, said.
  > named_official | hollings | their lawyer, Andre Hollings | said | <
Hollings called the shooting "an execution on the shoulder of a highway" and said the family would file a wrongful death lawsuit this week.
  > named_official | hollings | Hollings | called | the shooting "an execution on the shoulder of a highway"
  > named_official | hollings | Hollings | said | the family would file a wrongful death lawsuit this week
Dell's mother, a nurse at Fenwick Memorial Hospital, stood beside him at the news conference but did not speak.
Afterward, outside City Hall, the mother, Loretta Dell, said she had watched the video twice and still could not understand why the officer fired.
  > named_person | loretta-dell | the mother, Loretta Dell | said | >
"He had his hands where they could see them," she said.
  > named_person | loretta-dell | she | said | <
"He was scared, and they shot him anyway."
  > named_person | loretta-dell | she | - | *

Dell, a warehouse worker noted among friends for coaching a youth football team, had no criminal record, according to Hamlin County court records.
  > document | court-records | Hamlin County court records | according to | <
Hamlin County Prosecutor Gail Stroud said her office would decide whether to take the case to a grand jury once the state finishes its review.
  > named_official | stroud | Hamlin County Prosecutor Gail Stroud | said | >
The release comes two weeks after The Fenwick Ledger reported that the department had at first refused the family's request to see the footage.
  > media_report | ledger | The Fenwick Ledger | reported | >
Some residents who attended the news conference said the department had waited too long.
  > anonymous_other | residents | Some residents who attended the news conference | said | >
The city council called off its regular meeting Tuesday and scheduled a listening session at the Eastside Recreation Center instead.

@excluded
Copyright 2025 WFNK-TV. All rights reserved.
Download the WFNK News app for breaking news alerts.
''')

ARTICLES.append(r'''
@id z-jail-death-inquest-talbot
@style jail_death_inquest
Guards skipped checks on diabetic inmate the night he died, sergeant testifies
  > named_official | ruiz | sergeant | testifies | <

CARVER CITY -- A jail sergeant testified Wednesday that guards on the overnight shift at the Talbot County Detention Center did not make required hourly checks on the cell where a 37-year-old inmate was later found dead.
  > named_official | ruiz | A jail sergeant | testified | guards on the overnight shift at the Talbot County Detention Center did not make required hourly checks on the cell where a 37-year-old inmate was later found dead
The testimony came on the third day of a coroner's inquest into the death of the inmate, Daniel Pruitt.
Pruitt was found unresponsive in his cell at 4:10 a.m. on Feb. 9 and was pronounced dead at a hospital an hour later, according to the jail's incident report.
  > document | incident-report | the jail's incident report | according to | <

The sergeant, Teresa Ruiz, told the six-member jury that she had signed a log showing checks at 1, 2 and 3 a.m. without walking the cellblock.
  > named_official | ruiz | The sergeant, Teresa Ruiz | told the six-member jury | >
"I signed what was put in front of me," Ruiz said.
  > named_official | ruiz | Ruiz | said | <
"That was how it was done on nights.
  > named_official | ruiz | Ruiz | - | *
I'm not proud of it."
  > named_official | ruiz | Ruiz | - | *
Under questioning from Kendra Obi, a lawyer for Pruitt's family, Ruiz said no one on her shift had ever been disciplined for skipping checks.
  > named_official | ruiz | Ruiz | said | >

Ruiz's testimony followed that of Deputy Medical Examiner Miriam Choi, who performed the autopsy.
Choi testified Tuesday that Pruitt would probably have survived had he been taken to a hospital 12 to 24 hours sooner.
  > named_official | choi | Choi | testified Tuesday | >
She said his blood sugar at the time of death was more than six times the normal level.
  > named_official | choi | She | said | >
The autopsy report, entered into evidence Tuesday, lists the cause of death as diabetic ketoacidosis, a complication of untreated diabetes.
  > document | autopsy | The autopsy report, entered into evidence Tuesday | lists | >
Jail medical records shown to the jury indicate that Pruitt's insulin was taken from him when he was booked four days earlier on a trespassing charge and that he never received a dose.
  > document | medical-records | Jail medical records shown to the jury | indicate | >
Dr. Paul Severin, an endocrinologist who reviewed the records for the family, testified that the symptoms Pruitt showed in his last two days -- vomiting, confusion, rapid breathing -- would have been "obvious to anyone who looked."
  > named_person | severin | Dr. Paul Severin, an endocrinologist who reviewed the records for the family | testified | >

Two current detention officers, who spoke to the Chronicle on condition of anonymity because they feared losing their jobs, said the overnight shift was often staffed by four officers instead of the seven the jail's own policy requires.
  > anonymous_official | officers | Two current detention officers | said | > | anon=who spoke to the Chronicle on condition of anonymity because they feared losing their jobs
Staffing records obtained by the Chronicle through a public records request show the shift ran short on 41 of the 59 nights in January and February.
  > document | staffing-records | Staffing records obtained by the Chronicle through a public records request | show | >
The Chronicle first reported in March that Pruitt's sister had called the jail twice to ask that he be given insulin.
  > media_report | chronicle | The Chronicle | first reported in March | >

The Talbot County Sheriff's Office, which runs the jail, said in a written statement that it changed its intake policy in March to let inmates keep prescribed medication until a nurse reviews it.
  > named_organization | sheriffs-office | The Talbot County Sheriff's Office | said in a written statement | >
Sheriff Walter Gaines declined to comment while the inquest is under way.
  > declined_comment | gaines | Sheriff Walter Gaines | declined to comment while the inquest is under way | - | resp=declined
The jail's medical contractor, Corvant Health Services, did not respond to messages Wednesday.
  > declined_comment | corvant | The jail's medical contractor, Corvant Health Services | did not respond to messages Wednesday | - | resp=no_response

Outside the courtroom, Obi said the check logs "were fiction, and everyone in that building knew it."
  > named_official | obi | Obi | said | >
Pruitt's sister, Denise Pruitt-Hale, sat in the front row for all three days.
"He was sick, he was asking for help, and they wrote down that he was fine," she said during a break.
  > named_person | pruitt-hale | she | said | <

Coroner Alan Whitford told jurors they would begin deliberating Friday after hearing from the jail's administrator, Roger Lantz.
  > named_official | whitford | Coroner Alan Whitford | told jurors | >
The jury will decide whether the death was natural, accidental or the result of neglect; its finding does not bind prosecutors.
''')

ARTICLES.append(r'''
@id z-school-shooting-drill-alder-creek
@style school_shooting_drill
After a drill with simulated gunfire frightened students, Alder Creek rethinks how it practices lockdowns

When the popping sounds started in the hallway at Pine Hollow Middle School last month, seventh-grader Ava Brandt says she was sure someone was shooting.
  > named_person | ava | seventh-grader Ava Brandt | says | >
She hid under a lab table with two classmates and texted her mother that she loved her.
"I thought it was real," Ava, who is 12, says.
  > named_person | ava | Ava, who is 12 | says | <
"Nobody told us it wasn't."
  > named_person | ava | Ava | - | *

It wasn't real.
The noises were blanks fired by a security consultant.
A district memo sent to staff two days before the drill, which KVRN obtained, calls it a "full-sensory exercise" meant to teach students and teachers to act under stress.
  > document | memo | A district memo sent to staff two days before the drill, which KVRN obtained | calls | >
Students were not told ahead of time what the drill would sound like.

Superintendent Lorraine Castillo says that was a mistake.
  > named_official | castillo | Superintendent Lorraine Castillo | says | >
"We owe those kids and their families an apology, and they have it from me," Castillo told KVRN.
  > named_official | castillo | Castillo | told KVRN | <
"We are not doing it that way again."
  > named_official | castillo | Castillo | - | *
Pine Hollow's principal, Janet Ebersole, says teachers were told to expect a drill but not what it would involve.
  > named_official | ebersole | Pine Hollow's principal, Janet Ebersole | says | >
She says two teachers called 911 before the drill ended.
  > named_official | ebersole | She | says | >

The district paid Bastion Readiness Group, a security firm based in Dayton, $18,500 to design the exercise, according to a contract posted on the district's website.
  > document | contract | a contract posted on the district's website | according to | <
Bastion said in an email that its drills are "trauma-informed" and that the district approved every element in advance.
  > named_organization | bastion | Bastion | said in an email | >
The company's founder, a former police tactical commander named Greg Talley, did not respond to requests for an interview.
  > declined_comment | talley | The company's founder, a former police tactical commander named Greg Talley | did not respond to requests for an interview | - | resp=no_response

Naomi Reyes-Park, a child psychologist at Lakeland University who studies school safety drills, says the research on drills like this one is not encouraging.
  > named_person | reyes-park | Naomi Reyes-Park, a child psychologist at Lakeland University who studies school safety drills | says | >
"Kids don't experience a realistic drill as practice," Reyes-Park says.
  > named_person | reyes-park | Reyes-Park | says | <
"They experience it as the thing itself.
  > named_person | reyes-park | Reyes-Park | - | *
And the fear doesn't go away when the bell rings."
  > named_person | reyes-park | Reyes-Park | - | *
A 2021 study of 114 school districts by researchers at the Northfield Institute for Child Health found that symptoms of anxiety and depression rose by more than a third in the three months after lockdown drills.
  > document | study | A 2021 study of 114 school districts by researchers at the Northfield Institute for Child Health | found | >

State law requires two lockdown drills a year but says nothing about what they must include, according to the state Department of Education.
  > named_organization | state-doe | the state Department of Education | according to | <
The department declined to say whether it has received other complaints about simulated gunfire.
  > declined_comment | state-doe | The department | declined to say whether it has received other complaints about simulated gunfire | - | resp=declined
A school board member, who asked not to be named because the board has not discussed the drill in public, says the board is likely to vote next month to ban simulated gunfire in all district schools.
  > anonymous_official | board-member | A school board member | says | > | anon=who asked not to be named because the board has not discussed the drill in public
Some parents say a ban isn't enough.
  > anonymous_other | parents | Some parents | say | >
Ava's father, Kevin Brandt, says his daughter slept in his room for a week afterward.
  > named_person | kevin-brandt | Ava's father, Kevin Brandt | says | >
"They called it a drill," he says.
  > named_person | kevin-brandt | he | says | <
"For her, it was the real thing."
  > named_person | kevin-brandt | he | - | *
The district has called off all lockdown drills until the board votes.

@excluded
KVRN is supported by listeners like you. Donate today.
''')

ARTICLES.append(r'''
@id z-wildlife-poaching-ring-sabine-fork
@style wildlife_poaching_ring
The Caviar Cowboys of the Sabine Fork

It is a little after 2 in the morning, and Corinne Baptiste is lying on her stomach in a stand of willows, watching a johnboat with no lights drift toward the bank.
Baptiste, an agent with the state Department of Conservation, has been watching boats like this one for three winters.
Her partner that night, Agent Lena Voss, is a hundred yards downstream with a camera.
According to an indictment unsealed in federal court in March, the two men in the boat are pulling in a gill net heavy with paddlefish, a prehistoric-looking fish noted for its long, flat snout.
  > document | indictment | an indictment unsealed in federal court in March | According to | >

The fish are worth little.
Their eggs are worth a great deal.
Paddlefish roe sells as American caviar for as much as $300 a pound.
The indictment says the ring moved more than 4,000 pounds of it over four years, most of it to buyers in New York and Europe.
  > document | indictment | The indictment | says | >
At the center of the ring, prosecutors say, is Harlan Reddick, 58, who runs a bait shop and a boat rental on the river outside the town of Cotter Bend.
  > named_organization | prosecutors | prosecutors | say | At the center of the ring ;; is Harlan Reddick, 58, who runs a bait shop and a boat rental on the river outside the town of Cotter Bend
Reddick has pleaded not guilty to trafficking and conspiracy charges.
Through his lawyer, he declined to be interviewed for this article.
  > declined_comment | reddick | he | declined to be interviewed for this article | - | resp=declined
His lawyer, Mitchell Kaye, says his client "is a fisherman, not a kingpin," and that the government's case rests on the word of two co-defendants who are hoping for lighter sentences.
  > named_official | kaye | His lawyer, Mitchell Kaye | says | >

Baptiste, who grew up fishing the Sabine Fork with her grandfather, says she first noticed something was wrong in the winter of 2021, when she began finding paddlefish carcasses, slit open and emptied, along the gravel bars.
  > named_official | baptiste | Baptiste, who grew up fishing the Sabine Fork with her grandfather | says | >
"You'd see thirty, forty of them in a morning," she says.
  > named_official | baptiste | she | says | <
"Just the eggs gone.
  > named_official | baptiste | she | - | *
Everything else left for the buzzards."
  > named_official | baptiste | she | - | *
Voss, who spent six years as a game warden in Montana before joining the department, says the ring was careful.
  > named_official | voss | Voss, who spent six years as a game warden in Montana before joining the department | says | >
She says the men changed boat ramps every week and paid for their gas in cash.
  > named_official | voss | She | says | >

The case was built jointly with the Federal Wildlife Crimes Bureau, whose agents followed shipments of roe from a processing shed behind Reddick's shop to a seafood importer in New Jersey, according to the indictment.
  > document | indictment | the indictment | according to | <
The bureau says in a statement that American paddlefish caviar is increasingly passed off as Russian or Iranian sturgeon caviar, which sells for several times the price.
  > named_organization | bureau | The bureau | says in a statement | >
A federal prosecutor involved in the case, who is not authorized to discuss it publicly, says investigators believe at least some of the roe was relabeled in Belgium before being sold in Paris and London.
  > anonymous_official | prosecutor | A federal prosecutor involved in the case | says | > | anon=who is not authorized to discuss it publicly
The Antwerp newspaper De Scheldebode reported in April that Belgian customs officers had seized 90 tins of caviar with forged Iranian labels at a warehouse near the port.
  > media_report | scheldebode | The Antwerp newspaper De Scheldebode | reported in April | >
The company that leased the warehouse, Vanloo Fine Foods, could not be reached.
  > declined_comment | vanloo | The company that leased the warehouse, Vanloo Fine Foods | could not be reached | - | resp=unreachable
A 2023 department survey found fewer than a third as many spawning paddlefish on the Sabine Fork as a decade earlier.
  > document | survey | A 2023 department survey | found | >

In Cotter Bend, a town of 900 people, opinion about Reddick is divided.
Some people in town believe he is being made an example of.
  > anonymous_other | townspeople | Some people in town | believe | >
Others say they always wondered how a bait shop paid for a new pickup every other year.
  > anonymous_other | others | Others | say | >
Wendell Oakes, who has run the feed store across the road from Reddick's shop for 30 years, says he is not surprised.
  > named_person | oakes | Wendell Oakes, who has run the feed store across the road from Reddick's shop for 30 years | says | >
"Everybody on this river knew where the money came from," Oakes says.
  > named_person | oakes | Oakes | says | <
"Nobody wanted to be the one to say it."
  > named_person | oakes | Oakes | - | *

Baptiste is still on the river most nights.
The paddlefish, she says, are starting to come back.
  > named_official | baptiste | she | says | The paddlefish ;; are starting to come back

@excluded
This article appears in the March issue of Field & Current.
''')

ARTICLES.append(r'''
@id z-counterfeit-aircraft-parts-brightwater
@style counterfeit_aircraft_parts
FAA warns operators about starter-generators with forged paperwork from Florida distributor
  > named_organization | faa | FAA | warns | >

The Federal Aviation Administration has told operators of regional turboprops to check their fleets for starter-generators sold by Brightwater Aero Components, a parts distributor in Pompano Beach, Fla., after finding that some of the units came with forged overhaul records.
  > named_organization | faa | The Federal Aviation Administration | has told | >
The agency's unapproved parts notification, issued May 14, says at least 37 units carried release certificates signed in the name of a repair station in Georgia that says it never worked on them.
  > document | upn | The agency's unapproved parts notification, issued May 14 | says | >
It is not clear how many units Brightwater sold in all.
The repair station, Peachtree Accessory Overhaul of Macon, said in a statement to Hangar Floor that the signatures on the certificates belonged to a technician who left the company in 2019.
  > named_organization | peachtree | The repair station, Peachtree Accessory Overhaul of Macon | said in a statement to Hangar Floor | >
"We have never had a business relationship with Brightwater," the company said.
  > named_organization | peachtree | the company | said | <

Coastway Airlines, which flies 22 turboprops between Florida and the Bahamas, said it had removed 14 of the units from its aircraft and grounded two planes over the weekend while replacements were found.
  > named_organization | coastway | Coastway Airlines | said | >
Coastway's director of maintenance, Luis Arbelo, said none of the suspect units had failed in service.
  > named_official | arbelo | Coastway's director of maintenance, Luis Arbelo | said | >
"The parts may be perfectly good," Arbelo said.
  > named_official | arbelo | Arbelo | said | <
"But if the paperwork is a lie, the part is unairworthy as far as I'm concerned, and it comes off the airplane."
  > named_official | arbelo | Arbelo | - | *
He said the airline added two inspectors to its receiving department this month to check the documents on every incoming part.
  > named_official | arbelo | He | said | >

Brightwater bought many of the units from a broker in Miami that is now under federal investigation, according to three people familiar with the matter.
  > anonymous_familiar | familiar | three people familiar with the matter | according to | <
The people said the broker is suspected of buying worn-out starter-generators from scrapyards, repainting them and selling them with forged records.
  > anonymous_familiar | familiar | The people | said | >
Neither Brightwater nor the broker has been charged.
An official in the Transportation Department's inspector general's office, who was not authorized to comment on an open case, said investigators were looking at "a number of accessory parts," not only starter-generators.
  > anonymous_official | oig-official | An official in the Transportation Department's inspector general's office | said | > | anon=who was not authorized to comment on an open case
MRO Dispatch, a maintenance trade newsletter, reported in February that the broker had registered three companies at the same address in Hialeah.
  > media_report | mro-dispatch | MRO Dispatch, a maintenance trade newsletter | reported in February | >

Brightwater's owner, Dmitri Kovac, could not be reached for comment, and the company's phone line has been disconnected.
  > declined_comment | kovac | Brightwater's owner, Dmitri Kovac | could not be reached for comment | - | resp=unreachable
A lawyer who has represented the company in a contract dispute, Ellen Marsh, declined to comment.
  > declined_comment | marsh | A lawyer who has represented the company in a contract dispute, Ellen Marsh | declined to comment | - | resp=declined
The FAA declined to say whether other distributors were under investigation.
  > declined_comment | faa | The FAA | declined to say whether other distributors were under investigation | - | resp=declined
The units' original manufacturer, Sorell Electric, said in a service letter to customers that it would check serial numbers against its records free of charge.
  > named_organization | sorell | The units' original manufacturer, Sorell Electric | said in a service letter to customers | >

"Forged paperwork is the oldest trick in the parts business, and it keeps working because the paperwork is the only thing most buyers look at," said Rick Dolan, a supply-chain consultant in Wichita who advises regional airlines.
  > named_person | dolan | Rick Dolan, a supply-chain consultant in Wichita who advises regional airlines | said | <
Dolan said operators should demand the full chain of records back to the manufacturer for any rotating part.
  > named_person | dolan | Dolan | said | >
Some repair station owners say the FAA has been slow to act on tips about bogus parts.
  > anonymous_other | owners | Some repair station owners | say | >
An FAA industry meeting on parts fraud, planned for March, was called off because of budget cuts.

@excluded
Hangar Floor Weekly | Subscribe | Advertise | Contact the newsroom
Related: Three things to check on every 8130-3 tag
''')

ARTICLES.append(r'''
@id z-credit-union-run-tri-county-live
@style credit_union_run
Live updates: Members line up to pull money from Tri-County Teachers Credit Union; deposits are safe, CEO says
  > named_official | ostrowski | CEO | says | deposits are safe

4:52 p.m.
Tri-County Teachers Credit Union said it would keep all 11 branches open until 7 tonight and open them again on Saturday morning.
  > named_organization | tccu | Tri-County Teachers Credit Union | said | >
The credit union said members had withdrawn about $61 million since Wednesday morning, roughly 7% of its deposits.
  > named_organization | tccu | The credit union | said | >

3:40 p.m.
State Banking Commissioner Harold Bainbridge told reporters outside the credit union's headquarters that his examiners had found "no sign whatsoever" that the credit union was in trouble.
  > named_official | bainbridge | State Banking Commissioner Harold Bainbridge | told reporters outside the credit union's headquarters | >
Standing next to him, the credit union's chief executive, Marcus Ostrowski, said deposits are federally insured up to $250,000 and that "not one member has lost one dollar."
  > named_official | ostrowski | the credit union's chief executive, Marcus Ostrowski | said | >
He said the credit union had borrowed $40 million from its federal liquidity lender as a precaution and had another $300 million available.
  > named_official | ostrowski | He | said | >
"We are a boring institution, and we are proud of it," Ostrowski said.
  > named_official | ostrowski | Ostrowski | said | <
"Boring institutions don't fail overnight."
  > named_official | ostrowski | Ostrowski | - | *

2:15 p.m.
The rumor that set off the run appears to have started with a post Tuesday night in a neighborhood group on a social media app.
The post, from an anonymous account, claimed that hackers had emptied members' accounts and that the credit union was "hiding it."
  > anonymous_other | anon-account | an anonymous account | claimed | >
The post was shared more than 9,000 times before it was removed, according to a spokeswoman for the app's parent company, Nearby Inc.
  > named_organization | nearby | a spokeswoman for the app's parent company, Nearby Inc | according to | <
The credit union said in a statement that there had been no breach of its systems.
  > named_organization | tccu | The credit union | said in a statement | >
State Sen. Gloria Whitaker, whose district includes the credit union's headquarters, wrote on social media that she had "zero concerns" and had left her own savings there.
  > named_official | whitaker | State Sen. Gloria Whitaker | wrote on social media | >

1:05 p.m.
The line outside the main branch on Carver Avenue now stretches around the block.
Beverly Tran, a retired middle school teacher who has banked with the credit union since 1986, said she came to take out "enough to sleep at night."
  > named_person | tran | Beverly Tran, a retired middle school teacher who has banked with the credit union since 1986 | said | >
"I don't believe the rumor, exactly," she said.
  > named_person | tran | she | said | <
"But I didn't believe the last bank would fail either."
  > named_person | tran | she | - | *
Police said officers had been sent to three branches to keep the lines orderly.
  > named_organization | police | Police | said | >
Members were told to bring photo identification, and the credit union added tellers at its two largest branches.

11:30 a.m.
A person familiar with the credit union's finances said its capital ratio, a key measure of its cushion against losses, was about 11% at the end of March, well above the 7% that regulators consider well capitalized.
  > anonymous_familiar | familiar | A person familiar with the credit union's finances | said | >
The person said most of the credit union's assets are car loans and short-term Treasury bills that can be sold quickly.
  > anonymous_familiar | familiar | The person | said | >
A state banking official, who spoke on condition of anonymity because examination results are confidential, said the credit union's most recent exam, completed in January, found no significant problems.
  > anonymous_official | state-official | A state banking official | said | > | anon=who spoke on condition of anonymity because examination results are confidential

10:10 a.m.
The credit union's board chairman, Leon Dupree, could not be reached this morning.
  > declined_comment | dupree | The credit union's board chairman, Leon Dupree | could not be reached this morning | - | resp=unreachable
The Register reported Wednesday night that withdrawals at the credit union's two largest branches had topped $20 million in a single afternoon.
  > media_report | register | The Register | reported Wednesday night | >
The credit union's latest quarterly report shows it had $870 million in deposits and about 64,000 members, most of them current or retired public school employees.
  > document | quarterly-report | The credit union's latest quarterly report | shows | >
Some members in line said they had heard the rumor from relatives, not online.
  > anonymous_other | members | Some members in line | said | >

@excluded
Refresh this page for the latest updates.
Share this live blog: Facebook | X | Email
''')

ARTICLES.append(r'''
@id z-tick-borne-illness-qa-harlow
@style tick_borne_illness_surge
Q&A: Harlow County's health officer on a record year for tick-borne illness

Cases of Lyme disease in Harlow County rose to 612 last year, the most since the county began keeping records, according to the health department's annual surveillance report.
  > document | surveillance-report | the health department's annual surveillance report | according to | <
The report says there were also 41 cases of babesiosis, a malaria-like infection that was almost unknown in the county a decade ago.
  > document | surveillance-report | The report | says | >
Dr. Ingrid Solvang, the county's health officer, sat down with the Gazette's Tom Pell on Thursday.
The conversation has been edited for length and clarity.

GAZETTE: Why are we seeing so many more cases?

SOLVANG: Part of it is warmer winters.
  > named_official | solvang | SOLVANG | : | >
The ticks that used to die off now survive, and they are active for more months of the year.
  > named_official | solvang | SOLVANG | - | *
Part of it is deer, and part of it is that more people have built houses in the woods.
  > named_official | solvang | SOLVANG | - | *

GAZETTE: Is babesiosis something people should worry about?

SOLVANG: For most healthy people it is mild.
  > named_official | solvang | SOLVANG | : | >
For older people, or anyone without a spleen, it can be very serious.
  > named_official | solvang | SOLVANG | - | *
We had two deaths from it last year, both in people over 75.
  > named_official | solvang | SOLVANG | - | *

GAZETTE: The state lab has said it is weeks behind on testing ticks that residents mail in.
  > named_organization | state-lab | The state lab | has said | >
Does that matter?

SOLVANG: Honestly, testing the tick doesn't help much with treatment.
  > named_official | solvang | SOLVANG | : | >
If you have the bull's-eye rash, or fever and aches after a bite, see your doctor and don't wait for the tick results.
  > named_official | solvang | SOLVANG | - | *
The lab told us in March that the backlog is about six weeks, and they have hired two more technicians.
  > named_official | solvang | SOLVANG | - | *

GAZETTE: Some residents have questioned whether the county should spray for ticks in parks.
  > anonymous_other | residents | Some residents | have questioned | >

SOLVANG: We've looked at it.
  > named_official | solvang | SOLVANG | : | >
Spraying parks is expensive, it kills other insects, and the evidence that it cuts human cases is weak.
  > named_official | solvang | SOLVANG | - | *
Our stated goal is to get people checking themselves every night, which costs nothing.
  > named_official | solvang | SOLVANG | - | *

GAZETTE: What should people do this summer?

SOLVANG: Tuck your pants into your socks, use repellent, and do a tick check every night.
  > named_official | solvang | SOLVANG | : | >
And if your dog has ticks, you have ticks in your yard.
  > named_official | solvang | SOLVANG | - | *

Not everyone agrees that spraying is a bad idea.
Martin Grell, an entomologist at Harlow State University who studies deer ticks, said targeted spraying along the edges of trails has cut tick numbers by half or more in studies in other states.
  > named_person | grell | Martin Grell, an entomologist at Harlow State University who studies deer ticks | said | >
"It isn't a cure, but it isn't nothing," Grell said.
  > named_person | grell | Grell | said | <
The county parks department said it would take up spraying at its June meeting.
  > named_organization | parks | The county parks department | said | >
A spokesman for the state health department did not respond to questions about the lab backlog.
  > declined_comment | state-health | A spokesman for the state health department | did not respond to questions about the lab backlog | - | resp=no_response

@excluded
Have a question for the health department? Email us at health@harlowgazette.example.
''')

ARTICLES.append(r'''
@id z-battery-plant-abatement-grayson
@style battery_plant_tax_abatement
Volterra Cell to build $1.2 billion battery plant in Grayson County, company says
  > named_organization | volterra | company | says | <

Volterra Cell Co. announced Tuesday that it will build a $1.2 billion battery plant on 400 acres outside Millersburg, a project the company says will create 1,400 jobs by 2029.
  > named_organization | volterra | Volterra Cell Co. | announced Tuesday | it will build a $1.2 billion battery plant on 400 acres outside Millersburg
  > named_organization | volterra | the company | says | a project ;; will create 1,400 jobs by 2029
The plant will make lithium iron phosphate cells for electric trucks and for storing power on the grid, according to a news release from the company.
  > document | release | a news release from the company | according to | <
"Grayson County gives us the workforce, the rail access and the partnership we were looking for," said Maya Lindgren, Volterra's chief executive, in the release.
  > named_official | lindgren | Maya Lindgren, Volterra's chief executive | said | <
"We intend to be the largest employer in the county within five years."
  > named_official | lindgren | Lindgren | - | *
The company's stated goal is to supply cells for 200,000 trucks a year.

The plant will be "a generational opportunity for the people of this region," said Gov. Raymond Tusk, who attended the announcement at the county fairgrounds.
  > named_official | tusk | Gov. Raymond Tusk | said | <
The state will contribute $85 million toward roads, a rail spur and worker training, the governor's office said.
  > named_organization | governors-office | the governor's office | said | <
Volterra had also looked at sites in Georgia and Tennessee, according to two people briefed on the site search.
  > anonymous_familiar | briefed | two people briefed on the site search | according to | <

The Grayson County Commission voted 4-1 on Monday to approve a property tax abatement worth about $140 million over 15 years.
The abatement agreement, a copy of which the Courier obtained, says Volterra must repay part of the savings if it employs fewer than 1,000 people at the plant by 2030.
  > document | agreement | The abatement agreement, a copy of which the Courier obtained | says | >
Commissioner Dale Hutchins, who cast the lone vote against the deal, said the county had "given away the store" without knowing how much water the plant would use.
  > named_official | hutchins | Commissioner Dale Hutchins, who cast the lone vote against the deal | said | >
"Nobody on this commission has seen a water study, because there isn't one," Hutchins said.
  > named_official | hutchins | Hutchins | said | <
Commission Chairman Robert Ames said the company had agreed to pay for a new well field and an expansion of the water treatment plant.
  > named_official | ames | Commission Chairman Robert Ames | said | >
He said the abatement was smaller, per job, than the ones offered by the two other states that competed for the plant.
  > named_official | ames | He | said | >

"Per-job cost is the wrong way to measure these deals," said Greg Tallis, an economist at Lowell State University who studies business incentives.
  > named_person | tallis | Greg Tallis, an economist at Lowell State University who studies business incentives | said | <
"The question is whether the plant would have come anyway, and usually the honest answer is yes."
  > named_person | tallis | Tallis | - | *
Some residents near the site have questioned how much truck traffic the plant will bring to the two-lane roads around it.
  > anonymous_other | residents | Some residents near the site | have questioned | >
The Grayson County school board, which stands to lose about $60 million in property taxes under the abatement, did not respond to a request for comment.
  > declined_comment | school-board | The Grayson County school board | did not respond to a request for comment | - | resp=no_response

Volterra had hoped to break ground this fall.
  > named_organization | volterra | Volterra | had hoped | to break ground this fall | nosrc
The company now says construction will begin in early 2026, once the state issues air permits.
  > named_organization | volterra | The company | says | >

@excluded
Media contact: Jenna Ortiz, Volterra Cell Co., press@volterracell.example
Copyright 2025 The Grayson Courier.
''')

ARTICLES.append(r'''
@id z-chess-cheating-lakeshore-open
@style chess_cheating_allegation
Runner-up accuses Lakeshore Open winner of cheating; federation opens review
  > named_person | renner | Runner-up | accuses | Lakeshore Open winner of cheating

The North American Chess Union said Sunday that it had opened a fair-play review of the final round of the Lakeshore Open, two days after the tournament's runner-up accused the winner of getting computer help during their game.
  > named_organization | nacu | The North American Chess Union | said Sunday | it had opened a fair-play review of the final round of the Lakeshore Open
  > named_person | renner | the tournament's runner-up | accused | the winner of getting computer help during their game
The winner, 19-year-old grandmaster Emil Sadikov, has denied the accusation.
  > named_person | sadikov | The winner, 19-year-old grandmaster Emil Sadikov | has denied | the accusation
"I have never cheated in my life, not online and not over the board," Sadikov said in a video posted to his streaming channel.
  > named_person | sadikov | Sadikov | said | <
"Anybody who wants to check my games can check them.
  > named_person | sadikov | Sadikov | - | *
I have nothing to hide."
  > named_person | sadikov | Sadikov | - | *

The runner-up, Tobias Renner, a 34-year-old grandmaster from Toronto, wrote on social media Friday night that Sadikov had left the playing hall eight times during their game and that his moves after each break "matched the engine's first choice, every time."
  > named_person | renner | The runner-up, Tobias Renner, a 34-year-old grandmaster from Toronto | wrote on social media Friday night | >
He said he had asked the chief arbiter to search Sadikov after the game and had been refused.
  > named_person | renner | He | said | >
The chief arbiter, Ines Kowalczyk, said she denied the request because tournament rules allow a search only when an arbiter has seen something suspicious, and she had not.
  > named_official | kowalczyk | The chief arbiter, Ines Kowalczyk | said | >
"We watched that game as closely as any game I have ever arbitrated," Kowalczyk said.
  > named_official | kowalczyk | Kowalczyk | said | <

The union's fair-play panel will review the moves, video from the playing hall and records from the metal detector at the entrance, the federation said in a statement.
  > named_organization | nacu | the federation | said in a statement | <
Sadikov's $25,000 first prize will be held until the review is finished, the federation said.
  > named_organization | nacu | the federation | said | <
Its executive director, Colin Ashdown, said the panel would report within 30 days.
  > named_official | ashdown | Its executive director, Colin Ashdown | said | >
The panel has already asked an outside statistician to compare Sadikov's moves with those of a chess engine, according to a person with knowledge of the review.
  > anonymous_familiar | familiar | a person with knowledge of the review | according to | <
The person said the panel had also asked the tournament hotel for security camera footage from the hallway outside the restrooms.
  > anonymous_familiar | familiar | The person | said | >

Liesl Amundsen, a statistics professor at Carrow College who has analyzed cheating cases for several federations, said a single game is rarely enough to prove anything.
  > named_person | amundsen | Liesl Amundsen, a statistics professor at Carrow College who has analyzed cheating cases for several federations | said | >
"Strong players find engine moves all the time," she said.
  > named_person | amundsen | she | said | <
"What you need is a pattern across many games."
  > named_person | amundsen | she | - | *
The chess news site BoardVision reported Saturday that Sadikov's rating had climbed 180 points in 14 months, one of the fastest rises among active grandmasters.
  > media_report | boardvision | The chess news site BoardVision | reported Saturday | >

Two other players in the tournament, who asked not to be named because they did not want to be drawn into the dispute, said they had noticed Sadikov's frequent trips out of the hall.
  > anonymous_other | players | Two other players in the tournament | said | > | anon=who asked not to be named because they did not want to be drawn into the dispute
Some fans online have accused Renner of sour grapes.
  > anonymous_other | fans | Some fans online | have accused | Renner of sour grapes
Sadikov's coach, Arkady Belenko, did not respond to messages.
  > declined_comment | belenko | Sadikov's coach, Arkady Belenko | did not respond to messages | - | resp=no_response
The tournament's main sponsor, Harbor Point Casino, declined to comment.
  > declined_comment | harbor-point | The tournament's main sponsor, Harbor Point Casino | declined to comment | - | resp=declined
Organizers called off the closing ceremony, and the Open, which added two rounds this year, has not yet announced dates for next summer.

@excluded
More Sports: Lakeshore Open final standings | Subscribe to the Sports Desk newsletter
''')

ARTICLES.append(r'''
@id z-wind-turbine-blade-failure-hadley
@style wind_turbine_blade_failure
A Turbine Blade Snapped, and a Prairie Town Asks What Else It Wasn't Told

HADLEY, Neb. -- For most of the nine years that the Sandhill Ridge wind farm has turned on the hills east of town, Everett Sorensen barely noticed it.
Then, on the morning of Sept. 3, a 190-foot blade broke off one of the turbines and landed in his soybean field, about 400 yards from the county road his grandchildren's school bus takes every day.
"It sounded like a freight train hitting a wall," Mr. Sorensen, 71, said in his kitchen last week.
  > named_person | sorensen | Mr. Sorensen, 71 | said | <
"I went out there and the thing was just lying there like a dead whale."
  > named_person | sorensen | Mr. Sorensen | - | *
No one was hurt.

The wind farm's owner, Halvard Energy, said the same day that the failure was "an isolated event" and that it had shut down all 62 turbines at Sandhill Ridge for inspection.
  > named_organization | halvard | The wind farm's owner, Halvard Energy | said the same day | >
But an internal engineering memo, reviewed by The Courier, shows that Halvard's own inspectors had flagged cracks near the root of the blades on at least nine other turbines at the site in 2023.
  > document | memo | an internal engineering memo, reviewed by The Courier | shows | >
The memo recommended replacing those blades within 18 months.
  > document | memo | The memo | recommended | >
They were not replaced, according to two people briefed on the inspection results.
  > anonymous_familiar | briefed | two people briefed on the inspection results | according to | <
The people said the work was put off because of a shortage of replacement blades from the manufacturer, Nordvik Blades of Denmark.
  > anonymous_familiar | briefed | The people | said | >
Halvard had planned to add 20 turbines to the site next year.
  > named_organization | halvard | Halvard | had planned | to add 20 turbines to the site next year | nosrc

Tanya Brill, a spokeswoman for Halvard, said the company "does not comment on internal documents" but had followed every recommendation of the blades' manufacturer.
  > named_official | brill | Tanya Brill, a spokeswoman for Halvard | said | >
Ms. Brill said the cause of the Sept. 3 failure had not been determined.
  > named_official | brill | Ms. Brill | said | >
Nordvik declined to comment, citing the investigation.
  > declined_comment | nordvik | Nordvik | declined to comment | - | resp=declined
Halvard's chief executive, Jonas Eklund, did not return calls seeking comment.
  > declined_comment | eklund | Halvard's chief executive, Jonas Eklund | did not return calls seeking comment | - | resp=no_response

Deborah Klaas, the chairwoman of the Hadley County Board of Supervisors, said the board learned of the cracked blades only when a reporter called her.
  > named_official | klaas | Deborah Klaas, the chairwoman of the Hadley County Board of Supervisors | said | >
"Nobody from that company has ever sat across the table from us and said, here's what we found," Ms. Klaas said.
  > named_official | klaas | Ms. Klaas | said | <
She said the board would ask the state to require setbacks of at least half a mile between turbines and public roads.
  > named_official | klaas | She | said | >
The State Energy Siting Council, which approved the project in 2015, said it had opened an inquiry.
  > named_organization | council | The State Energy Siting Council | said | >
A council official, who spoke on the condition of anonymity because he was not authorized to discuss an open inquiry, said the council had never received a copy of the 2023 memo.
  > anonymous_official | council-official | A council official | said | > | anon=who spoke on the condition of anonymity because he was not authorized to discuss an open inquiry

Blade failures remain rare, but they are becoming more common as blades get longer, said Kwame Asante, a professor of mechanical engineering at Plains State University who studies composite materials.
  > named_person | asante | Kwame Asante, a professor of mechanical engineering at Plains State University who studies composite materials | said | <
Mr. Asante said root cracks of the kind described in the memo usually grow slowly and can be caught with ultrasound inspections.
  > named_person | asante | Mr. Asante | said | >
The Prairie Sentinel reported last month that a blade had also cracked at a Halvard wind farm in Kansas in 2022.
  > media_report | sentinel | The Prairie Sentinel | reported last month | >
Some landowners who lease ground to Halvard say they are afraid to complain because the leases pay them as much as $12,000 a turbine a year.
  > anonymous_other | landowners | Some landowners who lease ground to Halvard | say | >

A retired science teacher who lives a mile north of the wind farm has kept a notebook of every turbine she has seen stopped for repairs since 2019.
The teacher, Ruth Lindahl, said she counted 31 turbines that were stopped at least once in 2023.
  > named_person | lindahl | The teacher, Ruth Lindahl | said | >
"I'm not against wind," Ms. Lindahl said.
  > named_person | lindahl | Ms. Lindahl | said | <
"I'm against being the last to know."
  > named_person | lindahl | Ms. Lindahl | - | *
Mr. Sorensen said Halvard had offered to pay for his damaged crop, and he had accepted.
  > named_person | sorensen | Mr. Sorensen | said | >
But he has stopped letting his grandchildren wait for the bus at the end of the lane.

@excluded
A version of this article appears in print on Page A14 of the National edition.
''')

ARTICLES.append(r'''
@id z-franchisee-revolt-crispins
@style franchisee_revolt
Crispin's franchisee group says new fees will push hundreds of restaurants into the red
  > named_organization | icoa | Crispin's franchisee group | says | >

The Independent Crispin's Owners Association, which represents more than 300 of the fried-chicken chain's franchisees, warned in a letter to the company's board on Monday that a new technology fee and a required kitchen remodel would push hundreds of restaurants into losses next year.
  > named_organization | icoa | The Independent Crispin's Owners Association | warned in a letter to the company's board on Monday | >
The letter, which was reviewed by The Ledger, says the two changes would cost a typical restaurant about $190,000 over three years, more than many earn in profit in that time.
  > document | letter | The letter, which was reviewed by The Ledger | says | >
"We are not asking for a handout," the letter says.
  > document | letter | the letter | says | <
"We are asking the company not to break the restaurants that built it."
  > document | letter | the letter | - | *

Crispin's Restaurant Group, which is based in Nashville and owns about 10% of its 2,100 restaurants, said the fees would pay for a mobile ordering system that had already lifted sales at test locations.
  > named_organization | crispins | Crispin's Restaurant Group | said | >
On a call with analysts last month, Chief Executive Gregory Forsythe said digital orders had grown to 38% of sales and that the remodels would "pay for themselves within four years."
  > named_official | forsythe | Chief Executive Gregory Forsythe | said | >
The company wants every restaurant remodeled by the end of 2027.
  > named_organization | crispins | The company | wants | every restaurant remodeled by the end of 2027 | nosrc
The chain added 85 restaurants last year, most of them in Texas and Florida.

Raj Mehta, who owns 14 Crispin's restaurants in Ohio and is the association's president, said the company's math assumed sales gains that most franchisees had not seen.
  > named_official | mehta | Raj Mehta, who owns 14 Crispin's restaurants in Ohio and is the association's president | said | >
Mehta said he had asked for a meeting with Forsythe three times since January.
  > named_official | mehta | Mehta | said | >
He said the only reply had been a form letter.
  > named_official | mehta | He | said | >
Forsythe has met with the association's board twice this year, the company said.
  > named_organization | crispins | the company | said | <
A Crispin's spokeswoman declined to make Forsythe available for an interview.
  > declined_comment | crispins | A Crispin's spokeswoman | declined to make Forsythe available for an interview | - | resp=declined

The company's annual report, filed with the Securities and Exchange Commission in March, warns that disputes with franchisees could hurt its business.
  > document | annual-report | The company's annual report, filed with the Securities and Exchange Commission in March | warns | >
The board is expected to discuss the letter at a meeting next week, according to people familiar with the matter.
  > anonymous_familiar | familiar | people familiar with the matter | according to | <
The people said some directors had asked management to consider phasing in the fee.
  > anonymous_familiar | familiar | The people | said | >
A Crispin's executive, who spoke on condition of anonymity because he was not authorized to discuss the board's deliberations, said the company was unlikely to drop the technology fee but might give franchisees more time to remodel.
  > anonymous_official | executive | A Crispin's executive | said | > | anon=who spoke on condition of anonymity because he was not authorized to discuss the board's deliberations
QSR Insider reported Tuesday that at least 40 franchisees had begun paying the new fee into an escrow account instead of to the company.
  > media_report | qsr-insider | QSR Insider | reported Tuesday | >

"Franchisee fights are how a lot of restaurant turnarounds die," said Hannah Cole, a restaurant analyst at Birchwood Securities.
  > named_person | cole | Hannah Cole, a restaurant analyst at Birchwood Securities | said | <
"The company needs these people more than it needs the fee."
  > named_person | cole | Cole | - | *
Some franchisees who did not sign the letter say privately that they agree with it but fear retaliation.
  > anonymous_other | franchisees | Some franchisees who did not sign the letter | say privately | >
The chain's largest franchisee, Fowler Food Group, which owns 160 restaurants and did not sign the letter, did not respond to a request for comment.
  > declined_comment | fowler | The chain's largest franchisee, Fowler Food Group | did not respond to a request for comment | - | resp=no_response
Shares of Crispin's fell 3.2% on Tuesday.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
