"""Build corpus/articles/u.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (volcano_evacuation, veterans_benefits_backlog, water_main_break,
crane_collapse_inquiry, maternity_ward_closure, accounting_restatement,
coral_bleaching_survey, rural_broadband_grant, wine_counterfeit_auction,
ice_storm_outages, marathon_course_error, medical_malpractice_verdict), in the voices of a
wire service, a national paper with honorifics, a local TV website, a construction trade
publication, a public radio site, a business desk, a science desk, a regional paper, a
magazine feature in the present tense, a live blog, a sports desk and a court reporter.
Each article is built to test source grouping and typing (two people of one gender and
one role close together, with a pronoun that resolves to the second; a person described
first and named later; anonymous sources with a stated reason for anonymity; an
institution under its full name, its acronym and "the agency"/"the department"/"the
office"/"the utility"/"the association"; a company named only in narration before "the
company said"; named and unnamed spokespeople; people familiar with the matter repeated
("the people said", "one of the people said"); vague anonymous sources ("some residents
say", "critics say", "some collectors say privately"); headline attributions that repeat
a body source; documents (internal records, an inspector general's report, a capital
plan, permit records, a regulatory filing, a letter, a survey, a study, a lawsuit, a
memo, a weather bulletin, a verdict form); media reports ("as first reported by ...");
the three kinds of non-answer; quotes that run over several sentences and quotes
continued after "X said."; "told", "added", "noted", "called", "stopped" and "claimed"
used where they are not cues: "told to evacuate", "added a lane", "noted for", "called
off", "called The Bayou", "stopped falling", "claimed the bonus"). Nothing is trained or
tuned on them.
Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_u.py [--render]
     python corpus/build_articles_u.py --check        (validate and render these articles; write nothing)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "u.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id u-volcano-evacuation-qollpa-eruption
@style volcano_evacuation
Volcano erupts in southern Peru, forcing 14,000 from homes, civil defense agency says
  > named_organization | indeci | civil defense agency | says | Volcano erupts in southern Peru, forcing 14,000 from homes

AREQUIPA, Peru -- The Qollpa volcano in southern Peru erupted early Sunday for the first time in nearly 40 years, hurling a column of ash six miles into the sky and forcing about 14,000 people from their homes, Peru's National Institute of Civil Defense said.
  > named_organization | indeci | Peru's National Institute of Civil Defense | said | <
The agency, known by its Spanish acronym INDECI, said ash had fallen on at least 22 villages on the volcano's western slopes and had shut the airport in Arequipa, the country's second-largest city.
  > named_organization | indeci | The agency, known by its Spanish acronym INDECI | said | >
Families in the villages closest to the crater were told to evacuate before dawn, and by midday the main highway to the coast was jammed with trucks carrying sheep, alpacas and furniture.
The eruption added to the hardship of a region already weakened by two years of drought.

Marisol Quispe, a volcanologist at the Geophysical Institute of Peru's observatory in Arequipa, said the eruption began with a blast at 4:12 a.m. that was heard in towns 30 miles away.
  > named_official | quispe | Marisol Quispe, a volcanologist at the Geophysical Institute of Peru's observatory in Arequipa | said | >
Another volcanologist at the observatory, Lucia Ferrer, said small earthquakes beneath the summit had been growing more frequent for six weeks.
  > named_official | ferrer | Another volcanologist at the observatory, Lucia Ferrer | said | >
She said the institute had raised its alert level to orange on Thursday and had urged the regional government to prepare for an evacuation.
  > named_official | ferrer | She | said | >
"This is not the end of it," Ferrer said.
  > named_official | ferrer | Ferrer | said | <
"The volcano has released some pressure, but the magma is still rising.
  > named_official | ferrer | Ferrer | - | *
We expect more explosions in the coming days."
  > named_official | ferrer | Ferrer | - | *

A senior official in the regional government, who spoke on condition of anonymity because he was not authorized to discuss the evacuation, said about 3,000 residents of the village of Chiguata had refused to leave their homes and animals.
  > anonymous_official | regional-official | A senior official in the regional government | said | > | anon=who spoke on condition of anonymity because he was not authorized to discuss the evacuation
The official said the police would not remove anyone by force for now.
  > anonymous_official | regional-official | The official | said | >
Regional Governor Hector Salinas told reporters in Arequipa that buses would make another run to Chiguata on Monday morning.
  > named_official | salinas | Regional Governor Hector Salinas | told reporters in Arequipa | >

President Ana Velarde's government placed the Arequipa region under a 60-day state of emergency on Sunday afternoon.
In a televised address, Velarde said the armed forces would fly food and water to evacuation camps and urged residents to "listen to the authorities and not to rumors."
  > named_official | velarde | Velarde | said | the armed forces would fly food and water to evacuation camps
  > named_official | velarde | Velarde | urged | residents to "listen to the authorities and not to rumors."
Some residents complained that the warning sirens installed in the valley after a 2019 drill never sounded.
  > anonymous_other | residents | Some residents | complained | >
Rosa Mamani, 58, who raises alpacas outside Chiguata, said she learned of the eruption only when ash began drumming on her tin roof.
  > named_person | mamani | Rosa Mamani, 58, who raises alpacas outside Chiguata | said | >
"We heard a noise like a train, and then everything was gray," she said.
  > named_person | mamani | she | said | <
"I am not leaving my animals."
  > named_person | mamani | Mamani | - | *

The regional newspaper Diario del Sur reported that dozens of people had been treated for breathing problems at Arequipa's main public hospital.
  > media_report | diario-del-sur | The regional newspaper Diario del Sur | reported | >
The hospital could not be reached on Sunday.
  > declined_comment | hospital | The hospital | could not be reached on Sunday | - | resp=unreachable
Arequipa's airport is run by Andes Aeropuertos, a private concessionaire.
The company said flights would remain suspended at least until Tuesday because ash can damage jet engines.
  > named_organization | andes-aeropuertos | The company | said | >
Minera Sol del Sur, which operates a large copper mine about 20 miles south of the volcano, did not respond to a request for comment on whether it had halted work.
  > declined_comment | minera | Minera Sol del Sur, which operates a large copper mine about 20 miles south of the volcano | did not respond to a request for comment on whether it had halted work | - | resp=no_response
The last major eruption of the Qollpa, in 1986, killed 11 people and buried two villages under mud.
@excluded
Continental Press writer Diego Salas in Lima contributed to this report.
''')

ARTICLES.append(r'''
@id u-veterans-benefits-backlog-claimstream
@style veterans_benefits_backlog
Veterans' Disability Claims Pile Up After Software Overhaul, Records Show
  > document | va-records | Records | Show | Veterans' Disability Claims Pile Up After Software Overhaul

WASHINGTON -- The number of veterans' disability claims that have waited more than four months for a decision has grown by more than 60 percent since the Department of Veterans Affairs switched to new claims software in March, according to internal department records reviewed by The National Chronicle.
  > document | va-records | internal department records reviewed by The National Chronicle | according to | <
The records show that about 412,000 claims were in that backlog at the end of September, up from 254,000 in February.
  > document | va-records | The records | show | >
The Department of Veterans Affairs said in a statement that the new system, Claimstream, would "deliver faster and more accurate decisions once our staff are fully trained on it" and that the backlog had begun to shrink in some regional offices.
  > named_organization | va | The Department of Veterans Affairs | said in a statement | >
Terrence Vail, a V.A. spokesman, said the department had hired 2,600 claims processors since last year and was paying for overtime on weekends.
  > named_official | vail | Terrence Vail, a V.A. spokesman | said | >
The V.A. declined to make the managers of the Claimstream project available for interviews.
  > declined_comment | va | The V.A. | declined to make the managers of the Claimstream project available for interviews | - | resp=declined

A senior V.A. official, who spoke on the condition of anonymity because he was not authorized to discuss internal performance data, said the software had been switched on in all 56 regional offices at once, over the objections of several office directors.
  > anonymous_official | va-official | A senior V.A. official | said | > | anon=who spoke on the condition of anonymity because he was not authorized to discuss internal performance data
"We were told it would be seamless," the official said.
  > anonymous_official | va-official | the official | said | <
"It was not seamless.
  > anonymous_official | va-official | the official | - | *
For about six weeks, some offices could not move a single claim to a decision."
  > anonymous_official | va-official | the official | - | *

Claimstream was built by Northgate Federal Systems, a contractor based in Reston, Va., under a $640 million contract awarded in 2022.
The company said in an emailed statement that it was "working side by side with the department" to fix "early performance issues."
  > named_organization | northgate | The company | said in an emailed statement | >
Northgate's chief executive, Paul Rinaldi, did not respond to requests for comment.
  > declined_comment | rinaldi | Northgate's chief executive, Paul Rinaldi | did not respond to requests for comment | - | resp=no_response
A 2023 report by the department's inspector general warned that the V.A. had tested the software with too few users and had no plan for running the old and new systems side by side.
  > document | ig-report | A 2023 report by the department's inspector general | warned | >

A Marine Corps veteran in Tucson who has waited 14 months for a decision on claims for hearing loss and a back injury said he had called the V.A.'s claims hotline more than 30 times since June.
  > named_person | carrasco | A Marine Corps veteran in Tucson who has waited 14 months for a decision on claims for hearing loss and a back injury | said | >
The veteran, Luis Carrasco, 39, said each call ended with the same answer: his file was "in review."
  > named_person | carrasco | The veteran, Luis Carrasco, 39 | said | >
"I did two tours so I wouldn't have to beg anybody for anything," Mr. Carrasco said.
  > named_person | carrasco | Mr. Carrasco | said | <
"Now I'm begging a computer."
  > named_person | carrasco | Mr. Carrasco | - | *

Representative Glenn Whitaker, Republican of Kansas and chairman of the House Veterans' Affairs Committee, said he would call V.A. leaders to testify before the end of the year.
  > named_official | whitaker | Representative Glenn Whitaker, Republican of Kansas and chairman of the House Veterans' Affairs Committee | said | >
Representative Dale Ochoa of New Mexico, the committee's senior Democrat, said the department had ignored the inspector general's warnings.
  > named_official | ochoa | Representative Dale Ochoa of New Mexico, the committee's senior Democrat | said | >
He said he had asked the inspector general to examine whether Northgate had met the terms of its contract.
  > named_official | ochoa | He | said | >
Veterans' advocates say the delays fall hardest on older veterans with cancers linked to burn pits and Agent Orange, whose claims are among the most complex the department handles.
  > anonymous_other | advocates | Veterans' advocates | say | >
''')

ARTICLES.append(r'''
@id u-water-main-break-harmon-avenue
@style water_main_break
Boil-water advisory for east Clearbrook after 36-inch main bursts under Harmon Avenue

CLEARBROOK, Ore. -- A 36-inch water main burst beneath Harmon Avenue early Tuesday, flooding a dozen basements and putting about 18,000 homes and businesses on the city's east side under a boil-water advisory, Clearbrook Water Works said.
  > named_organization | cww | Clearbrook Water Works | said | <
The utility said crews shut off the main around 6 a.m. and hope to finish repairs by Thursday night.
  > named_organization | cww | The utility | said | >
It says customers should boil tap water for at least one minute before drinking it, brushing their teeth or making ice.
  > named_organization | cww | It | says | >
CWW said it would hand out bottled water at Harmon Park from noon to 8 p.m. every day until the advisory is lifted.
  > named_organization | cww | CWW | said | >

CWW spokeswoman Angela Ruiz told KVTR 7 that the pipe was installed in 1958 and had been on the list for replacement for years.
  > named_official | ruiz | CWW spokeswoman Angela Ruiz | told KVTR 7 | >
"Cast iron that old doesn't give you a lot of warning," Ruiz said.
  > named_official | ruiz | Ruiz | said | <
"One minute it's holding, and the next minute you've got a river."
  > named_official | ruiz | Ruiz | - | *

Dennis Pratt, who has lived on Harmon Avenue for 30 years, said the water in his basement was knee-deep by 4 a.m.
  > named_person | pratt | Dennis Pratt, who has lived on Harmon Avenue for 30 years | said | >
His neighbor, Tom Kessler, said he lost a furnace and a freezer full of elk meat.
  > named_person | kessler | His neighbor, Tom Kessler | said | >
He said he had called the city twice last year about water bubbling up through cracks in the street.
  > named_person | kessler | He | said | >
"Nobody came out," he said.
  > named_person | kessler | he | said | <
Some residents say they never got the city's emergency text alert and learned about the advisory from neighbors.
  > anonymous_other | residents | Some residents | say | >

A city employee who works on the water system, and who asked not to be named because he is not allowed to speak to reporters, said the same stretch of pipe had broken twice since 2019.
  > anonymous_official | city-employee | A city employee who works on the water system | said | > | anon=who asked not to be named because he is not allowed to speak to reporters
A capital plan the City Council approved in 2022 lists the Harmon Avenue main among the 10 pipes in the city most in need of replacement.
  > document | capital-plan | A capital plan the City Council approved in 2022 | lists | >
According to the plan, the work was pushed back to 2027 to pay for a new reservoir cover.
  > document | capital-plan | the plan | According to | >
Mayor Keith Darrow's office did not return KVTR's calls Tuesday afternoon.
  > declined_comment | darrow | Mayor Keith Darrow's office | did not return KVTR's calls Tuesday afternoon | - | resp=no_response

Harmon Avenue is closed between Fifth and Ninth streets, and city crews added a lane to Ridge Road to carry the detoured traffic.
The Clearbrook Police Department said the road would stay closed until at least Thursday.
  > named_organization | police | The Clearbrook Police Department | said | >
Clearbrook School District called off classes at Lincoln and Garfield elementary schools, which had no running water Tuesday.
@excluded
Copyright 2025 KVTR. All rights reserved.
Download the KVTR 7 News app to get boil-water alerts on your phone.
Have a story idea? Email the newsroom at tips@kvtr7.example.
''')

ARTICLES.append(r'''
@id u-crane-collapse-inquiry-bayou-tower
@style crane_collapse_inquiry
OSHA opens inquiry into fatal Houston tower crane collapse

HOUSTON -- Federal safety regulators have opened an investigation into last Thursday's collapse of a tower crane at an apartment project in Houston's Midtown district that killed one ironworker and injured three other workers, the Occupational Safety and Health Administration confirmed Monday.
  > named_organization | osha | the Occupational Safety and Health Administration | confirmed Monday | <
OSHA said its inspectors arrived at the site within hours of the collapse.
  > named_organization | osha | OSHA | said | >
The inquiry could take up to six months, an agency spokesman said.
  > named_organization | osha | an agency spokesman | said | <
The agency declined to say whether its inspectors had interviewed the crane's operator.
  > declined_comment | osha | The agency | declined to say whether its inspectors had interviewed the crane's operator | - | resp=declined
The Harris County Institute of Forensic Sciences identified the worker who died as Ernesto Villarreal, 44, of Pasadena, Texas.
  > named_organization | forensic-institute | The Harris County Institute of Forensic Sciences | identified | >

The project, a 31-story tower called The Bayou, is being built by Lockhart Construction, a Dallas builder noted for finishing projects ahead of schedule.
The crane was supplied and operated by Gulf Coast Crane Rental of Pasadena.
The company said in a statement that its crew had followed the manufacturer's procedures for raising the crane and that it was "cooperating fully" with investigators.
  > named_organization | gulf-coast | The company | said in a statement | >
Lockhart did not respond to emails and phone calls on Monday.
  > declined_comment | lockhart | Lockhart | did not respond to emails and phone calls on Monday | - | resp=no_response

The top of the crane tilted and fell while the crew was "jumping" it, or adding a section to its mast to make it taller, according to two people familiar with the investigation.
  > anonymous_familiar | familiar | two people familiar with the investigation | according to | <
The people, who asked not to be identified because the inquiry is continuing, said wind gusts at the site reached about 30 mph in the minutes before the collapse.
  > anonymous_familiar | familiar | The people | said | > | anon=who asked not to be identified because the inquiry is continuing
One of the people said a supervisor had wanted the jump finished before a storm arrived that afternoon.
  > anonymous_familiar | familiar | One of the people | said | >

Janet Corliss, a crane safety consultant in Austin who has testified in several collapse cases, said most manufacturers forbid jumping a crane in winds above 20 mph.
  > named_person | corliss | Janet Corliss, a crane safety consultant in Austin who has testified in several collapse cases | said | >
Another consultant, Maria Delacruz, who investigates crane accidents for insurers, said wind limits are often ignored when a project falls behind.
  > named_person | delacruz | Another consultant, Maria Delacruz, who investigates crane accidents for insurers | said | >
She said The Bayou was about four months behind schedule.
  > named_person | delacruz | She | said | >
"The schedule is always the thing pushing on the crew," Delacruz said.
  > named_person | delacruz | Delacruz | said | <
"Nobody writes that in the incident report, but it's always there."
  > named_person | delacruz | Delacruz | - | *

City permit records show the project received two extensions this year after delays in steel deliveries.
  > document | permits | City permit records | show | >
OSHA records show Gulf Coast Crane Rental was cited in 2021 for failing to inspect the wire rope on a crane in Galveston and paid a $9,800 fine.
  > document | osha-records | OSHA records | show | >
Operating Engineers Local 450, which represents crane operators in the Houston area, said the operator was a 20-year veteran with a clean record.
  > named_organization | local-450 | Operating Engineers Local 450, which represents crane operators in the Houston area | said | >
The crane had passed an inspection two days before the collapse, as first reported by the Houston Courier.
  > media_report | courier | the Houston Courier | as first reported by | <
@excluded
Subscribe to the Crane & Rigging Weekly Safety Brief for incident coverage every Tuesday.
Related: Tower crane incidents rose 12% in 2024
Share this article: LinkedIn | X | Email
''')

ARTICLES.append(r'''
@id u-maternity-ward-closure-pine-ridge
@style maternity_ward_closure
Pine Ridge hospital to stop delivering babies, leaving Sheldon County without a maternity ward

Pine Ridge Regional Medical Center will stop delivering babies on March 1, the hospital announced Wednesday.
  > named_organization | pine-ridge | the hospital | announced Wednesday | <
The closure will leave expectant parents in rural Sheldon County with a drive of more than an hour to the nearest labor and delivery unit, in North Platte.
Chief executive Laura Benning said in a letter to staff that the hospital delivered only 112 babies last year and could no longer find enough nurses trained in obstetrics to keep the unit open around the clock.
  > named_official | benning | Chief executive Laura Benning | said in a letter to staff | >
The letter, which was shared with Plains Public Radio, says the unit lost about $1.9 million last year.
  > document | letter | The letter, which was shared with Plains Public Radio | says | >

Kelsey Dunn, a labor and delivery nurse at Pine Ridge for 11 years, said the unit has been short of nurses since at least 2022.
  > named_person | dunn | Kelsey Dunn, a labor and delivery nurse at Pine Ridge for 11 years | said | >
Another nurse on the unit, Megan Roark, said staff had asked administrators for two years to raise pay for traveling nurses.
  > named_person | roark | Another nurse on the unit, Megan Roark | said | >
She said she plans to commute to North Platte rather than leave nursing.
  > named_person | roark | She | said | >
"I've helped deliver a lot of the kids in this town," Roark said.
  > named_person | roark | Roark | said | <
"Now their kids will be born somewhere else, or on the side of the highway."
  > named_person | roark | Roark | - | *

A hospital administrator involved in the decision, who spoke on condition of anonymity because the board's discussions were private, said the board voted 6-1 in a closed session last month.
  > anonymous_official | administrator | A hospital administrator involved in the decision | said | > | anon=who spoke on condition of anonymity because the board's discussions were private
The administrator said the hospital had tried for a year to recruit a second obstetrician and received no applications.
  > anonymous_official | administrator | The administrator | said | >
A 2024 report by the Rural Health Policy Institute at the University of Nebraska found that 14 of the state's rural hospitals have stopped delivering babies since 2015.
  > document | rhpi-report | A 2024 report by the Rural Health Policy Institute at the University of Nebraska | found | >
Critics say the state's low Medicaid payments for births make rural maternity units almost impossible to sustain.
  > anonymous_other | critics | Critics | say | >

The Nebraska Department of Health and Human Services said the hospital had notified the state of the closure, as required by law.
  > named_organization | dhhs | The Nebraska Department of Health and Human Services | said | >
A DHHS spokeswoman said the department would work with ambulance services in the county on plans for women who go into labor before they can reach a hospital.
  > named_organization | dhhs | A DHHS spokeswoman | said | >
The department did not respond to questions about how many rural hospitals in the state have closed maternity units since 2015.
  > declined_comment | dhhs | The department | did not respond to questions about how many rural hospitals in the state have closed maternity units since 2015 | - | resp=no_response
Sheldon County Emergency Management Director Gary Holt said ambulance crews would get extra training in emergency deliveries this winter.
  > named_official | holt | Sheldon County Emergency Management Director Gary Holt | said | >
State Sen. Dwight Loomis, who represents the county, could not be reached Wednesday.
  > declined_comment | loomis | State Sen. Dwight Loomis, who represents the county | could not be reached Wednesday | - | resp=unreachable
@excluded
Plains Public Radio is a nonprofit newsroom. Support local journalism -- make a gift today.
This story was produced in partnership with the Rural Health Reporting Project.
Listen to this story
''')

ARTICLES.append(r'''
@id u-accounting-restatement-trellis-software
@style accounting_restatement
SEC examining Trellis Software's revenue accounting, people familiar with the matter say
  > anonymous_familiar | familiar | people familiar with the matter | say | SEC examining Trellis Software's revenue accounting

Shares of Trellis Software fell 34 percent on Tuesday, their steepest one-day drop since the Austin maker of scheduling and payroll tools for restaurants went public in 2021.
The company said in a regulatory filing before the market opened that it had booked revenue too early on some multiyear contracts and would restate its results for 2022 through 2024.
  > named_organization | trellis | The company | said in a regulatory filing before the market opened | >
The filing says the restatement will cut previously reported revenue by about $48 million, or 6 percent, over the three years.
  > document | filing | The filing | says | >
It also says the board's audit committee found "material weaknesses" in the company's internal controls.
  > document | filing | It | also says | >

The Securities and Exchange Commission has begun examining the company's accounting, according to two people familiar with the matter, who spoke on condition of anonymity because the inquiry has not been made public.
  > anonymous_familiar | familiar | two people familiar with the matter | according to | < | anon=who spoke on condition of anonymity because the inquiry has not been made public
The people said the agency's enforcement staff asked Trellis in August to preserve documents tied to contracts with three national restaurant chains.
  > anonymous_familiar | familiar | The people | said | >
One of the people said the SEC had not accused the company of wrongdoing.
  > anonymous_familiar | familiar | One of the people | said | >
An SEC spokeswoman declined to comment.
  > declined_comment | sec | An SEC spokeswoman | declined to comment | - | resp=declined

Chief Financial Officer Mark Delaney told analysts on a conference call that the errors did not change the company's cash position.
  > named_official | delaney | Chief Financial Officer Mark Delaney | told analysts on a conference call | >
"We got this wrong, and we own it," Delaney said.
  > named_official | delaney | Delaney | said | <
"But not a dollar of cash has moved, and our customers are still paying us every month."
  > named_official | delaney | Delaney | - | *
He declined to say whether any executives would leave the company.
  > declined_comment | delaney | He | declined to say whether any executives would leave the company | - | resp=declined
Trellis had beaten analysts' revenue estimates for 11 straight quarters, a streak that helped its shares more than double last year.

Priya Natarajan, an analyst at Hollis Capital, said the restatement itself was modest but the words "material weaknesses" would keep some large investors away for months.
  > named_person | natarajan | Priya Natarajan, an analyst at Hollis Capital | said | >
Sofia Brandt, who covers the company for Merrow & Co., said the timing hurt more than the size.
  > named_person | brandt | Sofia Brandt, who covers the company for Merrow & Co. | said | >
She said she had lowered her price target on the shares to $14 from $31.
  > named_person | brandt | She | said | >
Some investors questioned why the problems surfaced only after the company's co-founder, Aaron Weiss, stepped down as chief executive in May.
  > anonymous_other | investors | Some investors | questioned | >
Weiss, who remains on the board, could not be reached.
  > declined_comment | weiss | Weiss, who remains on the board | could not be reached | - | resp=unreachable

The Austin Business Ledger reported in June that two former sales executives had complained internally that deals were being booked before customers signed them.
  > media_report | abl | The Austin Business Ledger | reported in June | >
Trellis said at the time that it had reviewed the complaints and found no problems.
  > named_organization | trellis | Trellis | said at the time | >
The company's auditor, Barrow Whitfield LLP, did not respond to requests for comment.
  > declined_comment | barrow-whitfield | The company's auditor, Barrow Whitfield LLP | did not respond to requests for comment | - | resp=no_response
''')

ARTICLES.append(r'''
@id u-coral-bleaching-survey-florida-keys
@style coral_bleaching_survey
Half of Florida Keys corals bleached this summer, NOAA survey finds
  > document | survey | NOAA survey | finds | Half of Florida Keys corals bleached this summer

About half of the reef-building corals checked by divers off the Florida Keys this summer had bleached, turning white as heat-stressed animals expelled the algae that feed them, according to a survey released Thursday by the National Oceanic and Atmospheric Administration.
  > document | survey | a survey released Thursday by the National Oceanic and Atmospheric Administration | according to | <
The survey found that bleaching was worst on shallow reefs off the Middle Keys, where water temperatures stayed above 31 degrees Celsius for most of August.
  > document | survey | The survey | found | >
NOAA said the results were "deeply concerning" but better than in 2023, when a marine heat wave bleached nearly every coral colony the agency checked.
  > named_organization | noaa | NOAA | said | >
The agency said its divers had visited 118 sites this year, down from 176 in 2023.
  > named_organization | noaa | The agency | said | >
A NOAA scientist who worked on the survey, and who asked not to be named because agency scientists must clear interviews with the press office, said the number of sites was cut after the program lost a third of its diving budget.
  > anonymous_official | noaa-scientist | A NOAA scientist who worked on the survey | said | > | anon=who asked not to be named because agency scientists must clear interviews with the press office

The 2023 heat wave claimed nearly all of the elkhorn coral that restoration groups had planted on reefs off Key Largo.
Hannah Okafor, a coral biologist at Gulfshore University in Fort Myers, said the new survey showed some reefs recovering faster than scientists had feared.
  > named_person | okafor | Hannah Okafor, a coral biologist at Gulfshore University in Fort Myers | said | >
Elena Vasquez, a coral biologist at the Calder Marine Laboratory in Sarasota, said the recovery was uneven and fragile.
  > named_person | vasquez | Elena Vasquez, a coral biologist at the Calder Marine Laboratory in Sarasota | said | >
She said the corals that survived 2023 tend to belong to a few hardy species, which leaves the reef less varied and less able to cope with the next heat wave.
  > named_person | vasquez | She | said | >
"A reef with three species is like a forest with three kinds of trees," Vasquez said.
  > named_person | vasquez | Vasquez | said | <
"It still looks green from the road.
  > named_person | vasquez | Vasquez | - | *
But one bad disease or one bad summer and it's gone."
  > named_person | vasquez | Vasquez | - | *

A study published in March in the journal Reef Science Letters found that nursery corals bred from heat-tolerant parents survived the 2023 heat wave at nearly twice the rate of others.
  > document | study | A study published in March in the journal Reef Science Letters | found | >
Coral Futures, a nonprofit that runs coral nurseries in the Keys, said it would plant only such corals from now on.
  > named_organization | coral-futures | Coral Futures, a nonprofit that runs coral nurseries in the Keys | said | >
The group's divers stopped planting in July, when the water was warmest, and went back out this month.
Some reef scientists have questioned whether restoration can ever keep pace with warming oceans.
  > anonymous_other | reef-scientists | Some reef scientists | have questioned | >
The Keys Current reported in August that dive shops had begun steering customers away from the most badly bleached reefs.
  > media_report | keys-current | The Keys Current | reported in August | >
A spokesman for the Florida Fish and Wildlife Conservation Commission could not be reached Thursday.
  > declined_comment | fwc | A spokesman for the Florida Fish and Wildlife Conservation Commission | could not be reached Thursday | - | resp=unreachable
''')

ARTICLES.append(r'''
@id u-rural-broadband-grant-ridgeline-audit
@style rural_broadband_grant
Broadband company fell far short on $42 million grant, state audit finds
  > document | audit | state audit | finds | Broadband company fell far short on $42 million grant

BISMARCK, N.D. -- A company that received $42 million in state money to bring high-speed internet to 11,000 rural homes in the Sheyenne Valley has connected fewer than 2,900 of them, two years after the work was supposed to be finished, according to an audit released Monday by the state auditor's office.
  > document | audit | an audit released Monday by the state auditor's office | according to | <
The audit says the state's Office of Broadband Development, which awarded the grant, paid the company on the strength of progress reports it never checked against its own maps.
  > document | audit | The audit | says | >
The company, Ridgeline Fiber of Fargo, said in a statement that supply shortages and two wet construction seasons had slowed its crews and that it would finish the network by the end of next year.
  > named_organization | ridgeline | The company, Ridgeline Fiber of Fargo | said in a statement | >
Ridgeline spokesman Dan Whitcomb said the company had laid more than 600 miles of fiber and that "the hardest miles are behind us."
  > named_official | whitcomb | Ridgeline spokesman Dan Whitcomb | said | >
Ridgeline's chief executive, Kurt Haines, declined to be interviewed.
  > declined_comment | haines | Ridgeline's chief executive, Kurt Haines | declined to be interviewed | - | resp=declined

The Office of Broadband Development said it accepted the audit's findings and had hired an engineering firm to verify every connection the company reports.
  > named_organization | obd | The Office of Broadband Development | said | >
OBD Director Carla Simmons said her staff of four had been responsible for overseeing $310 million in grants.
  > named_official | simmons | OBD Director Carla Simmons | said | >
The office said it would withhold the final $6 million payment until Ridgeline meets its targets.
  > named_organization | obd | The office | said | >
A letter the office sent to Ridgeline in March, released by the auditor with the report, warned the company that it was "in danger of default."
  > document | obd-letter | A letter the office sent to Ridgeline in March, released by the auditor with the report | warned | >

A senior official in Gov. Ellen Marsh's administration said Monday that the governor had been briefed on the audit in September and was "furious."
  > named_official | grady | A senior official in Gov. Ellen Marsh's administration | said Monday | >
The official, Deputy Chief of Staff Paul Grady, said the governor would ask lawmakers to let the state claw back grant money from companies that miss their deadlines.
  > named_official | grady | The official, Deputy Chief of Staff Paul Grady | said | >
State Sen. Roy Tillman, a Republican from Hadley, called the findings "an embarrassment for everyone involved" and said he would hold hearings in January.
  > named_official | tillman | State Sen. Roy Tillman, a Republican from Hadley | called | the findings "an embarrassment for everyone involved"
  > named_official | tillman | State Sen. Roy Tillman, a Republican from Hadley | said | he would hold hearings in January

Some residents say they have given up waiting.
  > anonymous_other | residents | Some residents | say | >
Wanda Jessup, who raises bison near Sheyenne Falls, said a Ridgeline crew buried a fiber line along her road in 2023 but no one has come back to connect her house.
  > named_person | jessup | Wanda Jessup, who raises bison near Sheyenne Falls | said | >
"I can see the orange marker from my kitchen window," she said.
  > named_person | jessup | she | said | <
"That's as close as the internet has come."
  > named_person | jessup | Jessup | - | *
@excluded
Reach reporter Colleen Ward at cward@prairieherald.example or 701-555-0123.
Want more from the Capitol? Sign up for our free Statehouse Notes newsletter.
Read more: Lawmakers weigh new strings on broadband grants
''')

ARTICLES.append(r'''
@id u-wine-counterfeit-auction-clos-aubert
@style wine_counterfeit_auction
The Cellar That Wasn't: how a trove of fake Burgundy fooled the auction world

On a gray afternoon last November, a retired shipping executive in Hong Kong pulls the cork on a bottle of 1962 Clos Aubert, a Burgundy so rare that it almost never comes to auction.
He says the cork crumbles in his hand and the wine inside is "purple as grape juice," the color of a wine a few years old, not six decades.
  > named_person | tsang | He | says | >
"I knew in the first second," says the collector, Edmund Tsang, 71.
  > named_person | tsang | the collector, Edmund Tsang, 71 | says | <
"I have been drinking old Burgundy for 40 years.
  > named_person | tsang | Edmund Tsang | - | *
Old Burgundy does not look like that."
  > named_person | tsang | Edmund Tsang | - | *
Tsang had planned to open the bottle at his granddaughter's wedding.
  > named_person | tsang | Tsang | had planned | to open the bottle at his granddaughter's wedding | nosrc

The bottle was one of 214 sold in 2022 by Harwood & Pryce, a London auction house, for a combined $7.4 million, all from a single European cellar.
The company says it relied on the seller's documents and on two outside experts who inspected the bottles before the sale.
  > named_organization | harwood | The company | says | >
Harwood & Pryce's head of wine, Julian Ashby, does not respond to several emails.
  > declined_comment | ashby | Harwood & Pryce's head of wine, Julian Ashby | does not respond to several emails | - | resp=no_response
A lawsuit Tsang filed in federal court in Manhattan in April accuses the auction house of ignoring "obvious warning signs" about the cellar's origins.
  > document | lawsuit | A lawsuit Tsang filed in federal court in Manhattan in April | accuses | >
According to the complaint, the seller, a Swiss company called Valcourt SA, was registered only eight months before the sale.
  > document | lawsuit | the complaint | According to | >
Valcourt cannot be reached.
  > declined_comment | valcourt | Valcourt | cannot be reached | - | resp=unreachable
A Geneva law office listed as its address says it no longer represents the company.
  > named_organization | law-office | A Geneva law office listed as its address | says | >

Isabelle Marchand, a wine authenticator in Beaune who examined six of the bottles for Tsang's lawyers, says the labels were printed with a digital process that did not exist in 1962.
  > named_person | marchand | Isabelle Marchand, a wine authenticator in Beaune who examined six of the bottles for Tsang's lawyers | says | >
"The forger was good with glass and wax," she says.
  > named_person | marchand | she | says | <
"He was lazy with paper."
  > named_person | marchand | Marchand | - | *

The sale is now under scrutiny by federal agents, according to two people who have been interviewed by them about the cellar.
  > anonymous_familiar | interviewed | two people who have been interviewed by them about the cellar | according to | <
The people, who spoke on condition of anonymity because they were asked not to discuss the interviews, say the agents asked about a wine broker in Lyon who sold old bottles to Valcourt.
  > anonymous_familiar | interviewed | The people | say | > | anon=who spoke on condition of anonymity because they were asked not to discuss the interviews
A spokeswoman for the Federal Bureau of Investigation's New York office declines to say whether the bureau is investigating.
  > declined_comment | fbi | A spokeswoman for the Federal Bureau of Investigation's New York office | declines to say whether the bureau is investigating | - | resp=declined

Some collectors say privately that the Valcourt cellar was too good to be true from the start.
  > anonymous_other | collectors | Some collectors | say privately | >
One longtime Burgundy buyer in New York, who asks not to be named because he still bids at Harwood & Pryce, says he passed on the sale after noticing that dozens of the bottles had identical fill levels.
  > anonymous_other | ny-buyer | One longtime Burgundy buyer in New York | says | > | anon=who asks not to be named because he still bids at Harwood & Pryce
"Real old wine evaporates unevenly," he says.
  > anonymous_other | ny-buyer | he | says | <
Cellar Notes, a trade magazine, first reported the lawsuit in May.
  > media_report | cellar-notes | Cellar Notes, a trade magazine | first reported | the lawsuit
Tsang keeps the empty bottle on a shelf in his study, next to the crumbled cork.
''')

ARTICLES.append(r'''
@id u-ice-storm-outages-green-country-live
@style ice_storm_outages
Live updates: Ice storm leaves 240,000 without power across northeast Oklahoma

11:40 a.m.

Green Country Electric Cooperative now says about 240,000 homes and businesses are without power, up from 180,000 at dawn.
  > named_organization | gcec | Green Country Electric Cooperative | says | >
GCEC spokeswoman Tara Lindquist said some customers in rural areas should expect to be in the dark through the weekend.
  > named_official | lindquist | GCEC spokeswoman Tara Lindquist | said | >
"This is the most damage we've seen since 2007," Lindquist said.
  > named_official | lindquist | Lindquist | said | <
"We have poles snapped in half along entire roads."
  > named_official | lindquist | Lindquist | - | *

10:15 a.m.

Two Rogers County commissioners gave updates at a briefing in Claremore.
Commissioner Ray Dubois said the county had opened warming shelters at three high schools.
  > named_official | dubois | Commissioner Ray Dubois | said | >
Commissioner Alan Porter said road crews had cleared only about a third of the county's roads.
  > named_official | porter | Commissioner Alan Porter | said | >
He said crews would work through the night and asked residents to stay home.
  > named_official | porter | He | said | crews would work through the night
  > named_official | porter | He | asked | residents to stay home

9:30 a.m.

One lineman working near Claremore, who did not want his name used because he was not authorized to speak for the cooperative, said crews were working 16-hour shifts and sleeping in their trucks.
  > anonymous_other | lineman | One lineman working near Claremore | said | > | anon=who did not want his name used because he was not authorized to speak for the cooperative
The cooperative said it had asked utilities in Kansas and Arkansas for 400 additional line workers.
  > named_organization | gcec | The cooperative | said | >
The co-op did not respond to a question about when it last trimmed trees along its lines.
  > declined_comment | gcec | The co-op | did not respond to a question about when it last trimmed trees along its lines | - | resp=no_response
Some residents say they waited more than an hour on hold with the outage line.
  > anonymous_other | residents | Some residents | say | >

8:50 a.m.

KTNO 4 reported that a man in Pryor died of carbon monoxide poisoning after running a generator in his garage.
  > media_report | ktno | KTNO 4 | reported | >
The Mayes County Sheriff's Office could not be reached to confirm the report.
  > declined_comment | mayes-sheriff | The Mayes County Sheriff's Office | could not be reached | - | resp=unreachable
A spokesman for the city of Tulsa said 38 traffic signals were dark and asked drivers to treat them as four-way stops.
  > named_organization | tulsa | A spokesman for the city of Tulsa | said | 38 traffic signals were dark
  > named_organization | tulsa | A spokesman for the city of Tulsa | asked | drivers to treat them as four-way stops

8:05 a.m.

A bulletin issued by the National Weather Service at 6 a.m. measured up to three-quarters of an inch of ice on trees and power lines in Rogers and Mayes counties.
  > document | nws-bulletin | A bulletin issued by the National Weather Service at 6 a.m. | measured | >
Freezing rain stopped falling around midnight.
The weather service said temperatures would not rise above freezing until Saturday afternoon.
  > named_organization | nws | The weather service | said | >
Tulsa Public Schools called off classes for Thursday and Friday.

7:20 a.m.

Emergency crews answered more than 60 crashes overnight on icy roads in the Tulsa area, the Oklahoma Highway Patrol said.
  > named_organization | ohp | the Oklahoma Highway Patrol | said | <
Trooper Kyle Hensley said most of the crashes happened on bridges and overpasses, which freeze first.
  > named_official | hensley | Trooper Kyle Hensley | said | >
"If you don't have to be out, don't be out," he said.
  > named_official | hensley | he | said | <
@excluded
This live blog has ended. Follow our continuing coverage of the ice storm here.
Share this live blog: Facebook | X | Email
Have photos or video of storm damage? Send them to us.
''')

ARTICLES.append(r'''
@id u-marathon-course-error-lakeshore
@style marathon_course_error
Lakeshore Marathon course was 250 meters short, organizers say
  > named_organization | lra | organizers | say | Lakeshore Marathon course was 250 meters short

The Lakeshore Marathon course that produced a men's course record and hundreds of Boston-qualifying times on Sunday was about 250 meters short, the Lakeshore Running Association said Wednesday.
  > named_organization | lra | the Lakeshore Running Association | said Wednesday | <
The LRA, which has organized the race since 1983, said a turnaround cone near the 20-mile mark had been placed in the wrong spot.
  > named_organization | lra | The LRA, which has organized the race since 1983 | said | >
The association said all times from this year's race would be listed as "short course" and would not count for records or qualifying.
  > named_organization | lra | The association | said | >

Daniel Kiptoo of Kenya won the men's race in 2 hours 7 minutes 51 seconds, nearly a minute under the old course record, and claimed the $50,000 record bonus.
Kiptoo said through his agent that he was "disappointed but not angry."
  > named_person | kiptoo | Kiptoo | said through his agent | >
Abebe Tesfaye of Ethiopia, who finished second, said he had noticed that the turnaround came earlier than it had the year before.
  > named_person | tesfaye | Abebe Tesfaye of Ethiopia, who finished second | said | >
He said he had mentioned it to a race official at the finish line.
  > named_person | tesfaye | He | said | >
The association declined to say whether it would ask Kiptoo to return the bonus.
  > declined_comment | lra | The association | declined to say whether it would ask Kiptoo to return the bonus | - | resp=declined

Race director Beth Sorensen said she took "full responsibility" for the error.
  > named_official | sorensen | Race director Beth Sorensen | said | >
"I should have walked that turnaround myself," Sorensen said.
  > named_official | sorensen | Sorensen | said | <
"I didn't, and 9,000 people paid for it."
  > named_official | sorensen | Sorensen | - | *
An internal memo from Sorensen to the association's board, obtained by the Herald, says the cone was moved by a city parks crew setting up barriers the night before the race.
  > document | memo | An internal memo from Sorensen to the association's board, obtained by the Herald | says | >
The memo says volunteers who checked the course at 5 a.m. did not compare the cone's position with the certified map.
  > document | memo | The memo | says | >
The city's Parks and Recreation Department, which set up the barriers, did not respond to requests for comment on Wednesday.
  > declined_comment | parks | The city's Parks and Recreation Department, which set up the barriers | did not respond to requests for comment on Wednesday | - | resp=no_response
A person involved in planning the race, who asked not to be identified because the association's board has not finished its review, said Sorensen had asked the city in August to leave the course markings to the race's own crew.
  > anonymous_familiar | planner | A person involved in planning the race | said | > | anon=who asked not to be identified because the association's board has not finished its review

The course was certified in 2019 by the Road Course Certification Board, a national body whose measurers ride courses on calibrated bicycles.
The RCCB said in a statement that the certified route was accurate and that the error was made on race day.
  > named_organization | rccb | The RCCB | said in a statement | >
A board spokesman said the Lakeshore course would keep its certification.
  > named_organization | rccb | A board spokesman | said | >
Splits & Miles, a running website, first reported on Monday that dozens of runners' GPS watches had recorded the race as short.
  > media_report | splits | Splits & Miles, a running website | first reported on Monday | >
Some runners say the association should pay their entry fees for another marathon.
  > anonymous_other | runners | Some runners | say | >
Megan Albrecht, a schoolteacher from Evanston who finished in 3:29 and thought she had qualified for Boston, said she cried when she read the association's email.
  > named_person | albrecht | Megan Albrecht, a schoolteacher from Evanston who finished in 3:29 and thought she had qualified for Boston | said | >
"I trained for 18 months for that number," she said.
  > named_person | albrecht | she | said | <
''')

ARTICLES.append(r'''
@id u-medical-malpractice-verdict-st-brendans
@style medical_malpractice_verdict
Jury awards $18.6 million to family of mother who died after routine gallbladder surgery

A Dunmore County jury on Friday ordered St. Brendan's Medical Center and one of its surgeons to pay $18.6 million to the family of a 34-year-old mother of two who died in 2021 after a routine operation to remove her gallbladder.
The verdict, reached after two days of deliberations, ended a three-week trial over the care Renee Castillo received in the hospital's recovery room.
St. Brendan's, a 420-bed hospital noted for its heart surgery program, is the largest employer in Dunmore County.

The complaint, filed in 2022, says nurses did not check Castillo's oxygen levels for 47 minutes after she was given a dose of the painkiller hydromorphone.
  > document | complaint | The complaint, filed in 2022 | says | >
Her heart stopped twice before doctors could restore her breathing, and she died four days later without regaining consciousness.
The jury found the hospital 80 percent responsible and the surgeon 20 percent, according to the verdict form.
  > document | verdict-form | the verdict form | according to | <
The surgeon, Dr. Alan Pierce, testified last week that he had left the hospital before the dose was given and was never paged.
  > named_person | pierce | The surgeon, Dr. Alan Pierce | testified last week | >
Pierce declined to comment as he left the courtroom.
  > declined_comment | pierce | Pierce | declined to comment | - | resp=declined
His lawyer, Thomas Greer, said Pierce would appeal.
  > named_official | greer | His lawyer, Thomas Greer | said | >

Sarah Klein, one of the family's lawyers, said the verdict sent a message to hospitals that cut nursing staff to save money.
  > named_official | klein | Sarah Klein, one of the family's lawyers | said | >
Rebecca Moss, who also represented the family, said the recovery room had two nurses for 11 patients that evening.
  > named_official | moss | Rebecca Moss, who also represented the family | said | >
She said the hospital's own staffing policy called for at least three.
  > named_official | moss | She | said | >
"They knew the number," Moss said.
  > named_official | moss | Moss | said | <
"They wrote the number down in their own policy.
  > named_official | moss | Moss | - | *
They just didn't follow it."
  > named_official | moss | Moss | - | *

St. Brendan's said in a statement that it was "deeply saddened" by Castillo's death but disagreed with the verdict and was weighing its options.
  > named_organization | st-brendans | St. Brendan's | said in a statement | >
The hospital's insurer, Keystone Mutual, could not be reached Friday.
  > declined_comment | keystone | The hospital's insurer, Keystone Mutual | could not be reached Friday | - | resp=unreachable
One juror, who asked not to be named because Judge Patricia Owens had urged jurors not to discuss their deliberations, said the panel spent most of the second day deciding how much of the blame belonged to the surgeon.
  > anonymous_other | juror | One juror | said | > | anon=who asked not to be named because Judge Patricia Owens had urged jurors not to discuss their deliberations
Some hospital industry groups have argued that verdicts like this one drive up insurance costs for every hospital in the state.
  > anonymous_other | industry-groups | Some hospital industry groups | have argued | >
The Dunmore Register first reported in 2022 that state inspectors had cited St. Brendan's for understaffing its recovery room.
  > media_report | register | The Dunmore Register | first reported in 2022 | >

Castillo's husband, Miguel Castillo, wept as the verdict was read.
Outside the courthouse, he said no amount of money would bring his wife back.
  > named_person | miguel-castillo | he | said | >
"My daughters ask me every night when she's coming home," Miguel Castillo said.
  > named_person | miguel-castillo | Miguel Castillo | said | <
"Now at least I can tell them somebody was held responsible."
  > named_person | miguel-castillo | Miguel Castillo | - | *
''')

if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
