"""Build corpus/articles/p.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (sports_medicine_concussions, museum_repatriation, nuclear_plant_license,
zoo_animal_death, state_attorney_general_probe, drone_strike_inquiry, census_undercount,
bankruptcy_court, air_quality_rule, immigration_workplace_raid, congressional_ethics,
meatpacking_outbreak), in the voices of several kinds of outlet (wire copy with datelines, a
national daily with courtesy titles, a local TV station's website, local papers, trade press,
a magazine feature in the present tense, a sports desk), each article built to test source
grouping and typing (two people of one gender and one role close together, told apart only
by name and pronoun; a person described first and named later under another noun; an
institution under its full name, its acronym and "the agency"/"the commission"/"the
museum"/"the bureau"/"the committee"; a company named only in the reporter's own words
before "the company said"; named and unnamed spokespeople; anonymous officials, people
familiar and vague anonymous sources with repeated mentions; headline attributions that
repeat a body source; documents conjoined and then "the documents", a document read aloud by
a person, media reports; non-answers of all three kinds; quotes that run over several
sentences and close with "X said", and quotes that continue after "X said."; "stopped",
"added", "noted", "called" and "told" used in sentences where they are not cues). About half
end with a footer of excluded boilerplate. Nothing is trained or tuned on them. Same line
format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_p.py [--render]
     python corpus/build_articles_p.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                      given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "p.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id p-sports-medicine-concussions-harbor-city-hawks
@style sports_medicine_concussions
League opens review after Hawks leave concussed quarterback in for four more plays

The National Indoor Football League has opened a review of how the Harbor City Hawks' medical staff handled quarterback Dante Whitcomb, who stayed in Sunday's game for four more plays after his head slammed into the turf, the league said Tuesday.
  > named_organization | nifl | the league | said Tuesday | <
The NIFL said its independent concussion spotter, who watches every game from the press box, had flagged the hit within seconds but that the message did not reach the Hawks' sideline until Whitcomb had run three more plays.
  > named_organization | nifl | The NIFL | said | >
All told, Whitcomb threw two passes and scrambled twice before he walked to the locker room, where he was diagnosed with a concussion.

Hawks coach Ray Delacroix said Monday that nobody on the sideline saw the hit as it happened.
  > named_official | delacroix | Hawks coach Ray Delacroix | said Monday | >
His offensive coordinator, Marcus Pruitt, who calls the plays from a booth above the field, said he had watched a replay on a tablet but thought Whitcomb had landed on his shoulder, not his helmet.
  > named_official | pruitt | His offensive coordinator, Marcus Pruitt, who calls the plays from a booth above the field | said | >
He said he radioed the sideline as soon as the spotter's message came through.
  > named_official | pruitt | He | said | >
"We are not going to put a kid out there who's hurt.
  > named_official | delacroix | Delacroix | - | *
Nobody in this building wants that, and anybody who says otherwise doesn't know us," Delacroix said.
  > named_official | delacroix | Delacroix | said | <

The team's head physician, Dr. Anita Marchetti, said in a statement released by the Hawks that Whitcomb was examined within 10 minutes of leaving the field and was never cleared to return.
  > named_official | marchetti | The team's head physician, Dr. Anita Marchetti | said in a statement released by the Hawks | >
The Hawks said Whitcomb would miss at least Sunday's game against Bay State.
  > named_organization | hawks | The Hawks | said | >
The team's owner, Vernon Haskell, called a meeting of the medical staff and the coaches on Monday morning.

The players' union, the NIFL Players Association, said in a statement that the spotter system had "worked exactly as slowly as we warned it would."
  > named_organization | nifl-pa | The players' union, the NIFL Players Association | said in a statement | >
The union's executive director, Curtis Bale, said the association had raised delays in spotter calls with the league at least three times since 2022.
  > named_official | bale | The union's executive director, Curtis Bale | said | >

Two people familiar with the league's review said investigators would interview the spotter, the Hawks' trainers and the replay official assigned to the game.
  > anonymous_familiar | familiar | Two people familiar with the league's review | said | >
One of the people, who spoke on the condition of anonymity because the review is confidential, said the league was also examining why the spotter's message was routed through the trainers' radio channel rather than straight to the referee.
  > anonymous_familiar | familiar | One of the people | said | > | anon=who spoke on the condition of anonymity because the review is confidential
One Hawks player, who asked not to be identified because players have been told not to discuss the injury, said Whitcomb looked "glassy" in the huddle after the hit.
  > anonymous_other | player | One Hawks player | said | > | anon=who asked not to be identified because players have been told not to discuss the injury
The center called the next play himself because Whitcomb could not remember it, the player said.
  > anonymous_other | player | the player | said | <

Dr. Samuel Adeyemi, a neurologist at Lakeshore University who studies sports concussions and is not involved in the review, said the minutes after a hit are when a second blow does the most damage.
  > named_person | adeyemi | Dr. Samuel Adeyemi, a neurologist at Lakeshore University who studies sports concussions and is not involved in the review | said | >
"A brain that has just been shaken is at its most vulnerable.
  > named_person | adeyemi | Adeyemi | - | *
Four plays is four more chances to get hit again," Adeyemi said.
  > named_person | adeyemi | Adeyemi | said | <

The Harbor City Star reported Monday that Whitcomb had been diagnosed with two concussions in college.
  > media_report | star | The Harbor City Star | reported Monday | >
According to a report in The Star, the Hawks' trainers also waited three plays to check running back Lorne Estes after a hit in the season opener.
  > media_report | star | a report in The Star | According to | >
The league's medical director, Dr. Helen Vasquez, did not respond to requests for comment.
  > declined_comment | vasquez | The league's medical director, Dr. Helen Vasquez | did not respond to requests for comment | - | resp=no_response
Haskell could not be reached on Tuesday.
  > declined_comment | haskell | Haskell | could not be reached | - | resp=unreachable
Whitcomb, a second-year player noted for his scrambling, has not spoken publicly since the game.
The Hawks (6-3) host Bay State on Sunday afternoon.

@excluded
Reach the Hawks beat at hawks@sportsdesk-harborcity.example or follow @HCHawksBeat.
Sign up for our Hawks newsletter, delivered every Monday and Thursday.
42 comments
''')

ARTICLES.append(r'''
@id p-museum-repatriation-halvorsen-masks
@style museum_repatriation
Minneapolis Museum Agrees to Return 14 Masks After a Collector's Letter Surfaces

The Halvorsen Museum of Natural History in Minneapolis said on Thursday that it would return 14 carved cedar masks to the Skeena Bay Nation, a First Nation in British Columbia, nearly a century after a collector working for the museum removed them from a village longhouse.
  > named_organization | hmnh | The Halvorsen Museum of Natural History in Minneapolis | said on Thursday | >
The decision ends a two-year dispute with the nation, which argued that the masks were taken while their owners were away at a fishing camp and were never sold.
  > named_organization | skeena | the nation | argued | >
The HMNH had resisted the claim since 2023, saying the masks had been bought legally from a trader in Prince Rupert.
  > named_organization | hmnh | The HMNH | saying | >

A 1931 field diary kept by the collector, Edwin Tolliver, and a shipping invoice for the crates he sent to Minneapolis that fall, both held in the museum's archives, describe the longhouse as "empty of its people" when he entered it.
  > document | documents | A 1931 field diary kept by the collector, Edwin Tolliver, and a shipping invoice for the crates he sent to Minneapolis that fall, both held in the museum's archives | describe | >
The documents make no mention of a payment.
  > document | documents | The documents | make no mention of | a payment
At a meeting with the museum's trustees in March, the nation's elected chief, Lorna Wahkeena-Reid, read aloud from a letter Tolliver wrote to his wife that summer, which says he had taken "what the village would not miss" before its owners came back from the river.
  > document | tolliver-letter | a letter Tolliver wrote to his wife that summer | says | >
"He wrote it down himself.
  > named_official | wahkeena-reid | Ms. Wahkeena-Reid | - | *
We did not have to prove anything that his own hand had not already proved," Ms. Wahkeena-Reid said in an interview on Thursday.
  > named_official | wahkeena-reid | Ms. Wahkeena-Reid | said in an interview on Thursday | <
"These masks are not art to us.
  > named_official | wahkeena-reid | Ms. Wahkeena-Reid | - | *
They are relatives, and they have been in a basement for 94 years."
  > named_official | wahkeena-reid | Ms. Wahkeena-Reid | - | *

The museum's curator of North American ethnology, Harriet Selby, said the museum had not known about the diary when it first rejected the claim.
  > named_official | selby | The museum's curator of North American ethnology, Harriet Selby | said | >
Her colleague Ingrid Moberg, the museum's archivist, said she found the diary last year in a box of Tolliver's papers that had been labeled as tax records.
  > named_official | moberg | Her colleague Ingrid Moberg, the museum's archivist | said | >
She said she took it to the director the same afternoon.
  > named_official | moberg | She | said | >
Ms. Selby said the museum's own rules required it to return objects taken without consent, whether or not a law required it.
  > named_official | selby | Ms. Selby | said | >

Because the Skeena Bay Nation is in Canada, the federal law that governs the return of Native American remains and sacred objects in the United States does not apply to the claim.
The museum's director, Gregory Ashdown, said in a statement that the institution "should have looked harder, and sooner."
  > named_official | ashdown | The museum's director, Gregory Ashdown | said in a statement | >
Mr. Ashdown added a new label to the empty display case last month, explaining where the masks had gone.
A museum spokeswoman said the masks would be handed over at a ceremony in Minneapolis in the spring.
  > named_organization | hmnh | A museum spokeswoman | said | >
Canada's Department of Canadian Heritage said it would pay to ship them home.
  > named_organization | heritage | Canada's Department of Canadian Heritage | said | >

Some trustees had argued that returning the masks would invite claims on hundreds of other objects in the collection, according to two people briefed on the board's discussions.
  > anonymous_familiar | briefed | two people briefed on the board's discussions | according to | <
One of the people, who spoke on the condition of anonymity because the board's meetings are closed, said the final vote was 9 to 3.
  > anonymous_familiar | briefed | One of the people | said | > | anon=who spoke on the condition of anonymity because the board's meetings are closed
The chairman of the board, Walter Greaves, declined to comment.
  > declined_comment | greaves | The chairman of the board, Walter Greaves | declined to comment | - | resp=declined
The museum stopped displaying the masks in 2019, after members of the nation objected to their use in a traveling exhibition.
The Minneapolis Courier first reported the existence of the diary in August.
  > media_report | courier | The Minneapolis Courier | first reported | the existence of the diary in August
''')

ARTICLES.append(r'''
@id p-nuclear-plant-license-corrigan-point
@style nuclear_plant_license
NRC staff backs 20-year license extension for Corrigan Point reactors despite cooling-water dispute

The staff of the Nuclear Regulatory Commission has recommended renewing the operating licenses of both reactors at the Corrigan Point Generating Station in Michigan for another 20 years, according to a final environmental review the agency published Monday.
  > document | review | a final environmental review the agency published Monday | according to | <
The review concludes that the plant's once-through cooling system, which draws about 1.1 billion gallons of water a day from Lake Michigan, would have "small to moderate" effects on fish populations through 2056.
  > document | review | The review | concludes | >
Corrigan Point is owned by Great Lakes Atomic Power Co., a subsidiary of the Detroit holding company Meridale Energy, and its two units supply about 14% of the state's electricity.
The company said in a statement that the recommendation "confirms what 40 years of monitoring have shown" and that it expected a decision on the renewal by the end of the year.
  > named_organization | glap | The company | said in a statement | >
A spokeswoman for Great Lakes Atomic, Tamsin Orr, said the utility had spent $310 million on upgrades at the plant since 2018, including new steam generators at Unit 2.
  > named_official | orr | A spokeswoman for Great Lakes Atomic, Tamsin Orr | said | >

The NRC's five commissioners are not bound by the staff's recommendation.
An NRC spokesman said the commission has never rejected a license renewal that its staff supported.
  > named_organization | nrc | An NRC spokesman | said | >
Unit 1 stopped for a refueling outage on Sept. 3 and is scheduled to restart next month.

Two NRC staff members who worked on the review said some of the agency's own biologists had pushed to require cooling towers, which would cut the plant's water use by about 95%.
  > anonymous_official | staff-members | Two NRC staff members who worked on the review | said | >
The staff members, who spoke on condition of anonymity because they were not authorized to discuss internal deliberations, said that recommendation was dropped from the final draft in July.
  > anonymous_official | staff-members | The staff members | said | > | anon=who spoke on condition of anonymity because they were not authorized to discuss internal deliberations
The agency did not respond to a question about their account.
  > declined_comment | nrc | The agency | did not respond to a question about their account | - | resp=no_response

Daniel Kessling, a fisheries biologist at Northern Michigan State University, said the intake kills tens of millions of young yellow perch and lake whitefish every year.
  > named_person | kessling | Daniel Kessling, a fisheries biologist at Northern Michigan State University | said | >
Another biologist, Owen Trask, who ran the plant's fish-monitoring program for the company until 2021, said he considered the review's estimates reasonable.
  > named_person | trask | Another biologist, Owen Trask, who ran the plant's fish-monitoring program for the company until 2021 | said | >
He said the perch population in the plant's stretch of the lake had been stable for a decade.
  > named_person | trask | He | said | >
"Stable at a level that is a fraction of what it was.
  > named_person | kessling | Kessling | - | *
That is not the same thing as healthy," Kessling said.
  > named_person | kessling | Kessling | said | <

A petition filed in June by the Lake Michigan Shoreline Alliance, an environmental group, asks the commission to hold a hearing on the cooling system before it votes.
  > document | petition | A petition filed in June by the Lake Michigan Shoreline Alliance, an environmental group | asks | >
The alliance's director, Renata Vos, said the group would go to federal court if the petition was denied.
  > named_official | vos | The alliance's director, Renata Vos | said | >
A three-judge licensing board is expected to rule on the petition this fall.
Great Lakes Atomic had hoped to have the renewal in hand before Unit 1's current license expires in 2036.
  > named_organization | glap | Great Lakes Atomic | had hoped | to have the renewal in hand before Unit 1's current license expires in 2036 | nosrc
The trade newsletter Reactor Watch reported in May that the company had priced cooling towers for Corrigan Point at more than $1.2 billion.
  > media_report | reactor-watch | The trade newsletter Reactor Watch | reported in May | that the company had priced cooling towers for Corrigan Point at more than $1.2 billion
Meridale Energy did not respond to a request for comment on that report.
  > declined_comment | meridale | Meridale Energy | did not respond to a request for comment on that report | - | resp=no_response

@excluded
Correction: An earlier version of this article misstated the year Unit 2's steam generators were replaced. It was 2021.
Subscribe to the Power Plant Daily briefing for regulatory news every weekday morning.
Nadia Ferrante covers nuclear regulation and the NRC for Power Plant Daily from Washington.
''')

ARTICLES.append(r'''
@id p-zoo-animal-death-riverbend-elephant
@style zoo_animal_death
Riverbend Zoo elephant Tula dies after collapsing in her yard; zoo says heart disease suspected
  > named_organization | zoo | zoo | says | heart disease suspected

Tula, a 47-year-old Asian elephant who had lived at the Riverbend Zoo since 1981, died Sunday evening after collapsing in her outdoor yard, the zoo said in a statement.
  > named_organization | zoo | the zoo | said in a statement | <
The zoo said its veterinarians suspect heart disease but will not know for certain until a necropsy is finished.
  > named_organization | zoo | The zoo | said | >
Tula was the oldest elephant in any zoo in the state.

A keeper who has cared for Tula for more than 20 years told WKRB she found the elephant lying on her side near the pool shortly after 5 p.m.
  > named_person | marsh | A keeper who has cared for Tula for more than 20 years | told WKRB | >
The keeper, Jolene Marsh, said Tula's companion, a younger elephant named Priya, stood beside her and would not let the staff come near for almost an hour.
  > named_person | marsh | The keeper, Jolene Marsh | said | >
"She was touching her with her trunk the whole time.
  > named_person | marsh | Marsh | - | *
I have never seen anything like it, and I hope I never do again," Marsh said.
  > named_person | marsh | Marsh | said | <

The zoo's head veterinarian, Dr. Carla Nunez, said Tula had been treated for arthritis in her front legs since 2019 but had eaten normally on Sunday morning.
  > named_official | nunez | The zoo's head veterinarian, Dr. Carla Nunez | said | >
The associate veterinarian, Dr. Maya Lindqvist, said blood work taken two weeks ago showed nothing unusual.
  > named_official | lindqvist | The associate veterinarian, Dr. Maya Lindqvist | said | >
She said samples would be sent to a pathology lab at the University of Kentucky.
  > named_official | lindqvist | She | said | >
Zoo director Franklin Odom called Tula "the heart of this place for four decades."
  > named_official | odom | Zoo director Franklin Odom | called | Tula "the heart of this place for four decades."

Some visitors who were at the elephant barn last week said on social media that Tula appeared to be limping badly.
  > anonymous_other | visitors | Some visitors who were at the elephant barn last week | said on social media | >
One visitor, who asked not to be named because she works for a company that sponsors the zoo, told WKRB that a keeper had waved her group away from the viewing window on Thursday.
  > anonymous_other | visitor | One visitor | told WKRB | > | anon=who asked not to be named because she works for a company that sponsors the zoo
A zoo spokeswoman said the window was closed that day for cleaning.
  > named_organization | zoo | A zoo spokeswoman | said | >

A U.S. Department of Agriculture inspection report from April, obtained by WKRB through a records request, cited the zoo for a cracked drainage floor in the elephant barn.
  > document | usda-report | A U.S. Department of Agriculture inspection report from April, obtained by WKRB through a records request | cited | the zoo for a cracked drainage floor in the elephant barn
The report says the floor could cause "injury to the feet and joints" of the animals.
  > document | usda-report | The report | says | >
The USDA did not respond to an email on Monday asking whether the repairs had been inspected.
  > declined_comment | usda | The USDA | did not respond to an email on Monday | - | resp=no_response
The spokeswoman said the floor was replaced in June.
  > named_organization | zoo | The spokeswoman | said | >

In Defense of Elephants, an advocacy group that has campaigned since 2015 to move Tula to a sanctuary in Tennessee, said in a statement that her death was "the predictable end of a life spent on concrete."
  > named_organization | ide | In Defense of Elephants, an advocacy group that has campaigned since 2015 to move Tula to a sanctuary in Tennessee | said in a statement | >
The group's director, Paulette Greer, could not be reached Monday.
  > declined_comment | greer | The group's director, Paulette Greer | could not be reached | - | resp=unreachable
The zoo called off its weekend elephant talks and will keep the barn closed through Wednesday.
The Ashford Ledger reported in 2022 that the zoo had turned down the sanctuary's offer to take Tula at no cost.
  > media_report | ledger | The Ashford Ledger | reported in 2022 | that the zoo had turned down the sanctuary's offer to take Tula at no cost
The zoo had planned to open a larger elephant habitat in 2027.
  > named_organization | zoo | The zoo | had planned | to open a larger elephant habitat in 2027 | nosrc

@excluded
WATCH: Keepers and visitors remember Tula (2:14)
Download the WKRB News app to get breaking news alerts on your phone.
Copyright 2025 WKRB-TV. All rights reserved.
''')

ARTICLES.append(r'''
@id p-state-attorney-general-probe-vantage-home-health
@style state_attorney_general_probe
Nevada attorney general investigating home-health chain over Medicaid billing, officials say
  > anonymous_official | ag-officials | officials | say | Nevada attorney general investigating home-health chain over Medicaid billing

CARSON CITY, Nev. -- Nevada's attorney general has opened a criminal investigation into whether Vantage Home Health, one of the state's largest providers of in-home care for elderly Medicaid patients, billed the program for visits that never took place, according to two officials in the attorney general's office and a subpoena obtained by The Associated Press.
  > anonymous_official | ag-officials | two officials in the attorney general's office | according to | <
  > document | subpoena | a subpoena obtained by The Associated Press | according to | <
The officials, who spoke on condition of anonymity because the investigation has not been announced, said investigators are examining about $18 million in claims filed between 2021 and 2024.
  > anonymous_official | ag-officials | The officials | said | > | anon=who spoke on condition of anonymity because the investigation has not been announced
The subpoena, issued last month by the office's Medicaid Fraud Control Unit, orders the company to turn over time sheets, location records from employees' phones and emails among its top executives.
  > document | subpoena | The subpoena, issued last month by the office's Medicaid Fraud Control Unit | orders | >

Vantage, based in Henderson, employs about 2,400 aides who bathe, feed and give medications to roughly 9,000 patients in their homes.
The company said in a statement that it was "cooperating fully" and had "no reason to believe" that any of its claims were improper.
  > named_organization | vantage | The company | said in a statement | >
A lawyer for Vantage, Deborah Kline, said the company's billing had been audited twice by the state since 2020 without a finding of fraud.
  > named_official | kline | A lawyer for Vantage, Deborah Kline | said | >
A second lawyer for the company, Simone Achterberg, said many of the visits in question were made by aides whose phones lost their signal in rural parts of the state.
  > named_official | achterberg | A second lawyer for the company, Simone Achterberg | said | >
She said Vantage had given investigators paper records for those visits.
  > named_official | achterberg | She | said | >

Attorney General Corinne Maddox declined to confirm the investigation.
  > declined_comment | maddox | Attorney General Corinne Maddox | declined to confirm the investigation | - | resp=declined
A spokesman for her office, Tyrell Banks, said the office "does not comment on the existence or nonexistence of investigations."
  > named_official | banks | A spokesman for her office, Tyrell Banks | said | >
The state stopped paying some Vantage claims in September, according to a person briefed on the matter.
  > anonymous_familiar | briefed | a person briefed on the matter | according to | <
The person said the hold covers about $1.2 million a month.
  > anonymous_familiar | briefed | The person | said | >

A former scheduling coordinator who worked in Vantage's Reno office until last year said a supervisor had her enter visits for aides who had called in sick.
  > named_person | ferreyra | A former scheduling coordinator who worked in Vantage's Reno office until last year | said | >
The former coordinator, Marisol Ferreyra, said she quit in March 2024 and filed a complaint with the state's Medicaid agency.
  > named_person | ferreyra | The former coordinator, Marisol Ferreyra | said | >
"They told us the visits would be made up later.
  > named_person | ferreyra | Ferreyra | - | *
I never saw anybody make them up," Ferreyra said.
  > named_person | ferreyra | Ferreyra | said | <
She said investigators from the attorney general's office interviewed her in August.
  > named_person | ferreyra | She | said | >

A whistleblower lawsuit filed under seal in 2023 and unsealed on Friday in Washoe County District Court makes similar allegations.
  > document | whistleblower-suit | A whistleblower lawsuit filed under seal in 2023 and unsealed on Friday in Washoe County District Court | makes | similar allegations
The suit says Vantage managers set daily targets for billed hours that aides could not meet.
  > document | whistleblower-suit | The suit | says | >
Gerald Omondi, whose 84-year-old mother received care from Vantage in Sparks, said aides often left after 20 minutes of a visit scheduled for two hours.
  > named_person | omondi | Gerald Omondi, whose 84-year-old mother received care from Vantage in Sparks | said | >
Vantage's chief executive, Paul Hendry, did not return phone calls on Monday.
  > declined_comment | hendry | Vantage's chief executive, Paul Hendry | did not return phone calls | - | resp=no_response
The Reno Gazette-Ledger reported in June that the company's Medicaid payments had tripled since 2019.
  > media_report | gazette-ledger | The Reno Gazette-Ledger | reported in June | that the company's Medicaid payments had tripled since 2019
''')

ARTICLES.append(r'''
@id p-drone-strike-inquiry-qalat-nur
@style drone_strike_inquiry
Military Inquiry Finds Drone Strike in Tessaria Killed 7 Civilians, Officials Say
  > anonymous_official | defense-officials | Officials | Say | Military Inquiry Finds Drone Strike in Tessaria Killed 7 Civilians

WASHINGTON -- A military investigation into an American drone strike in northern Tessaria in March has concluded that it killed seven civilians, four of them children, and that the crew mistook a family's water cans for explosives, according to two senior defense officials who have read the findings.
  > anonymous_official | defense-officials | two senior defense officials who have read the findings | according to | <
The officials, who spoke on the condition of anonymity because the report has not been released, said it recommended no disciplinary action against the crew or its commanders.
  > anonymous_official | defense-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the report has not been released
One of the officials said the crew had watched the house for less than 40 minutes before firing, far short of the several hours that military rules generally call for.
  > anonymous_official | defense-officials | One of the officials | said | >

The strike, on the outskirts of the town of Qalat Nur, was carried out by Joint Task Force Sentinel, the American command that has fought the Al-Rashid militant group in Tessaria since 2021.
The task force said in a statement the next day that the strike had killed "an Al-Rashid cell preparing an attack" and that it was aware of "reports of civilian casualties."
  > named_organization | jtf | The task force | said in a statement the next day | >
A memo written by the task force's legal adviser two days after the strike, which was obtained by The Times, warned that the crew's "positive identification" of the targets rested on a single intercepted phone call.
  > document | memo | A memo written by the task force's legal adviser two days after the strike, which was obtained by The Times | warned | >
The memo urged commanders to preserve all video from the drone.
  > document | memo | The memo | urged | >

A Pentagon spokeswoman, Leah Dorsey, said the department "takes every report of civilian harm seriously."
  > named_official | dorsey | A Pentagon spokeswoman, Leah Dorsey | said | >
She declined to discuss the findings before the report is released.
  > declined_comment | dorsey | She | declined to discuss the findings | - | resp=declined
The report is expected to be made public in redacted form next month, according to a person familiar with the Pentagon's plans.
  > anonymous_familiar | familiar | a person familiar with the Pentagon's plans | according to | <

Senator Joan Ellery, Democrat of Oregon, said the findings described "a system that is built to clear itself."
  > named_official | ellery | Senator Joan Ellery, Democrat of Oregon | said | >
Senator Martha Whitford, Republican of Kansas, who sits on the Armed Services Committee with Ms. Ellery, said she wanted to read the full report before drawing conclusions.
  > named_official | whitford | Senator Martha Whitford, Republican of Kansas, who sits on the Armed Services Committee with Ms. Ellery | said | >
She said she had asked the Pentagon for a classified briefing.
  > named_official | whitford | She | said | >
"Seven people are dead, and nobody made a mistake?
  > named_official | ellery | Ms. Ellery | - | *
I don't accept that," Ms. Ellery said.
  > named_official | ellery | Ms. Ellery | said | <
"And neither should the families."
  > named_official | ellery | Ms. Ellery | - | *

A relative of the family, reached by telephone in Qalat Nur, said the children's father had been filling the cans at a well a few hundred yards from the house.
  > named_person | farouk | A relative of the family, reached by telephone in Qalat Nur | said | >
The relative, Idris Farouk, a cousin of the father, said no American official had contacted the family.
  > named_person | farouk | The relative, Idris Farouk, a cousin of the father | said | >
Mr. Farouk said the family had stopped at the well every morning for years.
  > named_person | farouk | Mr. Farouk | said | >

Airwatch Monitor, a London-based group that tracks civilian deaths in air wars, said its researchers had identified all seven victims by name.
  > named_organization | airwatch | Airwatch Monitor, a London-based group that tracks civilian deaths in air wars | said | >
The group's report, released in June, found that American strikes in Tessaria had killed at least 41 civilians since 2021.
  > document | airwatch-report | The group's report, released in June | found | >
The Washington Post reported in May that the crew had been told by a ground informant that the house was empty of women and children.
  > media_report | post | The Washington Post | reported in May | >
Some former drone operators have argued that the pressure to strike quickly has grown as the number of analysts assigned to each mission has fallen.
  > anonymous_other | former-operators | Some former drone operators | have argued | >
The commander of the task force, Lt. Gen. Arthur Brannock, did not respond to a request for comment.
  > declined_comment | brannock | The commander of the task force, Lt. Gen. Arthur Brannock | did not respond to a request for comment | - | resp=no_response
''')

ARTICLES.append(r'''
@id p-census-undercount-ferrisburg
@style census_undercount
Ferrisburg sues Census Bureau, saying the 2020 count missed 11,000 residents
  > named_organization | city | Ferrisburg | saying | the 2020 count missed 11,000 residents

The city of Ferrisburg sued the U.S. Census Bureau in federal court on Monday, saying the 2020 census missed about 11,000 of its residents, most of them renters on the city's east side.
  > named_organization | city | The city of Ferrisburg | saying | >
The lawsuit, filed in U.S. District Court in Harlow, says census takers skipped whole blocks of apartment buildings in the East Flats neighborhood and counted dozens of occupied units as vacant.
  > document | lawsuit | The lawsuit, filed in U.S. District Court in Harlow | says | >
The suit says the undercount will cost Ferrisburg about $38 million in federal and state aid over the decade.
  > document | lawsuit | The suit | says | >

Mayor Rebecca Stiles said at a news conference at City Hall that the city had tried for three years to get the bureau to correct its numbers.
  > named_official | stiles | Mayor Rebecca Stiles | said at a news conference at City Hall | >
"We sent them addresses.
  > named_official | stiles | Stiles | - | *
We sent them photographs of people living in buildings they called empty.
  > named_official | stiles | Stiles | - | *
We got form letters back," Stiles said.
  > named_official | stiles | Stiles | said | <

An analysis the city commissioned from Leon Whitaker, a demographer at Harlow State University, compared census figures with utility hookups, school enrollment and voter rolls.
The analysis found that the census undercounted East Flats by about 22%.
  > document | analysis | The analysis | found | >
Whitaker said the gap was far larger than anything the bureau's own follow-up survey had found for cities of Ferrisburg's size.
  > named_person | whitaker | Whitaker | said | >

A bureau spokeswoman said the agency does not comment on pending litigation.
  > named_organization | census-bureau | A bureau spokeswoman | said | >
The Census Bureau said in a 2022 report that the 2020 count had missed about 5% of renters in large apartment buildings nationwide.
  > named_organization | census-bureau | The Census Bureau | said in a 2022 report | >

Council member Andre Lucero, whose district includes East Flats, said the count had shortchanged the neighborhood for decades.
  > named_official | lucero | Council member Andre Lucero, whose district includes East Flats | said | >
Council member Dwight Farnham, who voted against filing the lawsuit, said he worried about the legal bills.
  > named_official | farnham | Council member Dwight Farnham, who voted against filing the lawsuit | said | >
He said the city should have used the bureau's appeals process instead, which costs nothing.
  > named_official | farnham | He | said | >
The city's outside lawyers will be paid up to $400,000 under a contract the council approved in June, according to council records.
  > document | council-records | council records | according to | <

A landlord who owns four buildings on Garner Street said no census worker ever knocked on his door in 2020.
  > named_person | wolny | A landlord who owns four buildings on Garner Street | said | >
The landlord, Tomasz Wolny, said all 36 of his apartments were rented that spring.
  > named_person | wolny | The landlord, Tomasz Wolny | said | >
Some residents of East Flats said they never received a census form at all.
  > anonymous_other | residents | Some residents of East Flats | said | >
Critics of the lawsuit say the city is chasing money that Washington will never hand over for a count that is already closed.
  > anonymous_other | critics | Critics of the lawsuit | say | >

The Herald first reported in 2022 that the bureau had listed three of the neighborhood's largest apartment complexes as vacant.
  > media_report | herald | The Herald | first reported | that the bureau had listed three of the neighborhood's largest apartment complexes as vacant
The city had hoped to settle the dispute without going to court.
  > named_organization | city | The city | had hoped | to settle the dispute without going to court | nosrc

@excluded
Have a tip about the census or city government? Email newsroom@ferrisburgherald.example.
Related: How the Census Bureau decides who gets counted, and how to appeal
Comments (17)
''')

ARTICLES.append(r'''
@id p-bankruptcy-court-larkfield-stores
@style bankruptcy_court
Larkfield Stores wins approval to close 140 stores over landlords' objections

WILMINGTON, Del. -- A U.S. bankruptcy judge on Wednesday allowed the discount retailer Larkfield Stores to close 140 of its 390 stores and auction off their leases, overruling objections from a group of shopping-center owners.
Judge Harriet Conway of the U.S. Bankruptcy Court in Wilmington said at a hearing that the closings were "a sound exercise of business judgment" by a company that was losing money at nearly every one of the stores.
  > named_official | conway | Judge Harriet Conway of the U.S. Bankruptcy Court in Wilmington | said at a hearing | >
Larkfield, based in Columbus, Ohio, filed for Chapter 11 protection in January with about $1.3 billion in debt.
The company said in court papers that the closings would save about $85 million a year in rent.
  > named_organization | larkfield | The company | said in court papers | >

Larkfield's lawyer, Gordon Ashby, told the court that the chain would run out of cash by August if it kept the stores open through the holiday season.
  > named_official | ashby | Larkfield's lawyer, Gordon Ashby | told the court | >
A lawyer for the landlords, Peter Vandermeer, argued that Larkfield had picked the stores to close to please its lenders, not to save the business.
  > named_official | vandermeer | A lawyer for the landlords, Peter Vandermeer | argued | >
He said several of the stores on the list had been profitable as recently as last year.
  > named_official | vandermeer | He | said | >
"These leases are worth more to the banks empty than full.
  > named_official | vandermeer | Vandermeer | - | *
That is the whole plan, and everyone in this room knows it," Vandermeer said.
  > named_official | vandermeer | Vandermeer | said | <

A sworn declaration by Larkfield's chief restructuring officer and a report by the company's financial adviser, Tremont Hale & Co., both filed on Tuesday, show that 131 of the 140 stores lost money in each of the last two years.
  > document | filings | A sworn declaration by Larkfield's chief restructuring officer and a report by the company's financial adviser, Tremont Hale & Co., both filed on Tuesday | show | >
The documents also show that the chain's remaining stores had sales of about $2.1 billion last year.
  > document | filings | The documents | show | >
The official committee of unsecured creditors, which represents suppliers and others owed money by the chain, said in a filing that it did not oppose the closings but wanted a say in how the leases were sold.
  > named_organization | ucc | The official committee of unsecured creditors, which represents suppliers and others owed money by the chain | said in a filing | >
A lawyer for the committee, Rachel Imbert, said suppliers were owed about $240 million.
  > named_official | imbert | A lawyer for the committee, Rachel Imbert | said | >

Larkfield is in talks to sell its remaining stores to the private equity firm Belgrave Partners, according to two people familiar with the matter.
  > anonymous_familiar | familiar | two people familiar with the matter | according to | <
One of the people, who asked not to be named because the talks are private, said a deal could be announced before a court hearing set for July 14.
  > anonymous_familiar | familiar | One of the people | said | > | anon=who asked not to be named because the talks are private
Belgrave declined to comment.
  > declined_comment | belgrave | Belgrave | declined to comment | - | resp=declined
A Larkfield spokesman also declined to comment on the talks.
  > declined_comment | larkfield | A Larkfield spokesman | declined to comment on the talks | - | resp=declined
The spokesman said liquidation sales at the closing stores would begin on Friday.
  > named_organization | larkfield | The spokesman | said | >

The Retail and Warehouse Workers Union, which represents about 3,000 Larkfield employees, said the closings would cost about 4,600 jobs.
  > named_organization | rwwu | The Retail and Warehouse Workers Union, which represents about 3,000 Larkfield employees | said | >
The union's president, Dolores Quaid, said workers at the closing stores had been told they would get no severance.
  > named_official | quaid | The union's president, Dolores Quaid | said | >
Conway noted the union's concerns from the bench but did not rule on them.
Reuters reported in December that Larkfield had hired restructuring advisers after missing an interest payment.
  > media_report | reuters | Reuters | reported in December | >
Larkfield had planned to reopen 20 of the stores under a new name next spring.
  > named_organization | larkfield | Larkfield | had planned | to reopen 20 of the stores under a new name next spring | nosrc
''')

ARTICLES.append(r'''
@id p-air-quality-rule-sawyer-valley
@style air_quality_rule
The Dust Over Sawyer Valley

On a windless morning in late August, Ofelia Ruiz stands on the porch of her house in Dorado, Calif., and points at the brown haze sitting over the almond orchards to the east.
Her grandson, who is 9, uses an inhaler four times a day in the summer, she says.
  > named_person | ruiz | she | says | <
"When they shake the trees, you can taste it.
  > named_person | ruiz | Ruiz | - | *
You close the windows and you still taste it," Ruiz says.
  > named_person | ruiz | Ruiz | says | <

The haze is the reason for a rule the Environmental Protection Agency proposed in March, the first federal attempt to limit the dust raised by mechanical nut harvesters.
The proposal would require growers in the valley to use low-dust harvesting equipment by 2029 and to stop sweeping orchard floors on days when the wind tops 15 miles an hour.
  > document | proposal | The proposal | would require | >
It estimates that the rule would prevent about 160 asthma attacks and 30 emergency room visits a year in the valley.
  > document | proposal | It | estimates | >
The EPA added the valley to its list of areas that fail federal standards for fine particles in 2019.

A spokeswoman for the agency, Dana Merriweather, says the EPA expects to finish the rule by the end of next year.
  > named_official | merriweather | A spokeswoman for the agency, Dana Merriweather | says | >
An EPA official who worked on the proposal, speaking on condition of anonymity because the agency is still reviewing public comments, says the 2029 deadline is likely to slip by at least a year.
  > anonymous_official | epa-official | An EPA official who worked on the proposal | says | > | anon=speaking on condition of anonymity because the agency is still reviewing public comments
The official says growers have sent in more than 11,000 comments, most of them opposed.
  > anonymous_official | epa-official | The official | says | >

Hal Brewster, who grows almonds on 2,000 acres north of Dorado, says the new harvesters cost about $400,000 each.
  > named_person | brewster | Hal Brewster, who grows almonds on 2,000 acres north of Dorado | says | >
His neighbor, Luis Arrambide, who farms pistachios, says he bought one of the machines two years ago with a state grant.
  > named_person | arrambide | His neighbor, Luis Arrambide, who farms pistachios | says | >
He says it raises less dust but leaves more nuts on the ground.
  > named_person | arrambide | He | says | >
"I'm not against clean air.
  > named_person | brewster | Brewster | - | *
I breathe it too, and so do my kids, but nobody in Washington is going to help me pay for a machine that costs more than my house," Brewster says.
  > named_person | brewster | Brewster | says | <

A pulmonologist who runs the only children's asthma clinic in the valley says she sees the same patients every harvest season.
  > named_person | castellanos | A pulmonologist who runs the only children's asthma clinic in the valley | says | >
The doctor, Renee Castellanos, says her clinic treated 40% more children in September and October last year than in any other two months.
  > named_person | castellanos | The doctor, Renee Castellanos | says | >
She keeps a map on her office wall with a red pin for every patient, and the pins crowd the roads along the orchards.

The Western Growers Coalition, which represents about 3,000 nut and fruit farms, says in a letter to the agency that the rule would put small growers out of business.
  > named_organization | wgc | The Western Growers Coalition, which represents about 3,000 nut and fruit farms | says in a letter to the agency | >
The letter, signed by 14 farm groups, argues that the EPA has overstated how much of the valley's dust comes from harvesting.
  > document | wgc-letter | The letter, signed by 14 farm groups | argues | >
The coalition's president, Carl Dunning, does not respond to repeated requests for an interview.
  > declined_comment | dunning | The coalition's president, Carl Dunning | does not respond to repeated requests for an interview | - | resp=no_response
Critics say the rule leaves out the biggest source of dust in the valley, the trucks that use its unpaved farm roads.
  > anonymous_other | critics | Critics | say | >
Some growers say privately that they would accept the rule if the state paid for the new machines.
  > anonymous_other | growers | Some growers | say privately | >

The Valley Courier reported last year that the state's grant program for cleaner harvesters ran out of money in its first six weeks.
  > media_report | courier | The Valley Courier | reported last year | >
The agency wants the rule in place before the next presidential election.
  > named_organization | epa | The agency | wants | the rule in place before the next presidential election | nosrc
In Dorado, the harvest is in its third week.
Ruiz keeps the windows shut and the inhaler on the kitchen counter.
''')

ARTICLES.append(r'''
@id p-immigration-workplace-raid-calloway-plastics
@style immigration_workplace_raid
ICE agents detain 63 at Calloway plastics plant as families wait outside for word

Federal immigration agents detained 63 workers at a plastics factory on Calloway's north side Thursday morning, according to U.S. Immigration and Customs Enforcement.
  > named_organization | ice | U.S. Immigration and Customs Enforcement | according to | <
ICE said in a statement that agents were carrying out a criminal search warrant as part of an investigation into whether the company knowingly hired people who are not authorized to work in the United States.
  > named_organization | ice | ICE | said in a statement | >
The factory is owned by Brightwater Molding Inc., which makes plastic housings for car parts and employs about 300 people at the plant on Industrial Parkway.
The company said in a statement that it checks every new hire through the federal E-Verify system and was "shocked" by the raid.
  > named_organization | brightwater | The company | said in a statement | >

An ICE spokesman said 11 of the workers had been released on humanitarian grounds, most of them parents of young children.
  > named_organization | ice | An ICE spokesman | said | >
The rest were taken to a processing center in Elkhart, the spokesman said.
  > named_organization | ice | the spokesman | said | <
The agency declined to say how many of the workers would face criminal charges.
  > declined_comment | ice | The agency | declined to say how many of the workers would face criminal charges | - | resp=declined
The warrant was signed Tuesday by a federal magistrate judge in South Bend, according to a person briefed on the investigation.
  > anonymous_familiar | briefed | a person briefed on the investigation | according to | <
Court records show the warrant remains under seal.
  > document | court-records | Court records | show | >

A worker who has been at the plant since 2009 said agents lined employees up along the wall of the loading dock and bound their hands with plastic ties.
  > named_person | villalba | A worker who has been at the plant since 2009 | said | >
The worker, Ernesto Villalba, who is a U.S. citizen, said he was held for nearly three hours before an agent looked at the photo of his passport on his phone.
  > named_person | villalba | The worker, Ernesto Villalba, who is a U.S. citizen | said | >
"They didn't ask my name for the first hour.
  > named_person | villalba | Villalba | - | *
They just told everybody to sit down and be quiet," Villalba said.
  > named_person | villalba | Villalba | said | <
Some workers said supervisors had warned them a week ago that immigration agents might come.
  > anonymous_other | workers | Some workers | said | >

By noon, about 100 people had gathered in the parking lot of a grocery store across the street, many holding phones and waiting for calls.
One woman, who asked not to be identified because her husband was among those detained, said she had not heard from him since 7 a.m.
  > anonymous_other | woman | One woman | said | > | anon=who asked not to be identified because her husband was among those detained
The woman said their two children, who are 4 and 7, were at a neighbor's apartment.
  > anonymous_other | woman | The woman | said | >

Tomas Herrera, the pastor of St. Brigid Catholic Church, said the parish would open its hall overnight for families.
  > named_official | herrera | Tomas Herrera, the pastor of St. Brigid Catholic Church | said | >
Michael Dunleavy, the pastor of First Methodist two blocks away, said he had called a lawyer from South Bend to meet with relatives on Friday.
  > named_official | dunleavy | Michael Dunleavy, the pastor of First Methodist two blocks away | said | >
He said the lawyer would help families find out where the detained workers had been taken.
  > named_official | dunleavy | He | said | >
Calloway County Sheriff Dale Kinsey said his deputies had closed two lanes of Industrial Parkway at ICE's request but took no part in the arrests.
  > named_official | kinsey | Calloway County Sheriff Dale Kinsey | said | >

Brightwater's plant manager declined to comment as he left the building Thursday evening.
  > declined_comment | plant-manager | Brightwater's plant manager | declined to comment | - | resp=declined
The U.S. attorney's office in South Bend did not respond to a request for comment.
  > declined_comment | usao | The U.S. attorney's office in South Bend | did not respond to a request for comment | - | resp=no_response
WKCL-TV reported Thursday afternoon that agents had also searched the company's offices in Fort Wayne.
  > media_report | wkcl | WKCL-TV | reported Thursday afternoon | >
The plant stopped production for the day at 10 a.m.

@excluded
This story will be updated as more information becomes available.
Sign up for The Calloway Courier's morning newsletter to get local news in your inbox.
Have a tip? Email news@callowaycourier.example or call 574-555-0162.
''')

ARTICLES.append(r'''
@id p-congressional-ethics-hollister
@style congressional_ethics
House Ethics Panel Widens Inquiry Into Congressman's Campaign Spending

WASHINGTON -- The House Ethics Committee said on Tuesday that it was widening its investigation of Representative Brent Hollister, Republican of Indiana, to examine whether he used campaign money to pay for family vacations and his daughter's wedding.
  > named_organization | ethics-committee | The House Ethics Committee | said on Tuesday | >
The inquiry began with a referral from the Office of Congressional Ethics, a nonpartisan office that screens complaints against House members.
The O.C.E. said in a report released by the committee on Tuesday that there was "substantial reason to believe" Mr. Hollister had broken House rules.
  > named_organization | oce | The O.C.E. | said in a report released by the committee on Tuesday | >
The report says the office interviewed 14 witnesses but that Mr. Hollister and his chief of staff refused to cooperate.
  > document | oce-report | The report | says | >

According to the report, Mr. Hollister's campaign paid $61,000 to a golf resort in South Carolina and $23,500 to a caterer in Carmel, Ind., in 2023.
  > document | oce-report | the report | According to | >
An email from the campaign's treasurer to a wedding planner in May 2023, obtained by The Times, lists a campaign credit card as the payment method for a deposit of $8,000.
  > document | email | An email from the campaign's treasurer to a wedding planner in May 2023, obtained by The Times | lists | >
The wedding planner, Giselle Ferrand, declined to comment.
  > declined_comment | ferrand | The wedding planner, Giselle Ferrand | declined to comment | - | resp=declined

Mr. Hollister said in a statement that every expense had been approved by his campaign's lawyers.
  > named_official | hollister | Mr. Hollister | said in a statement | >
"I have never spent a dime of campaign money on my family.
  > named_official | hollister | Mr. Hollister | - | *
This is a partisan smear, and I look forward to showing the committee the receipts," he said.
  > named_official | hollister | he | said | <
His lawyer, Evelyn Sato, wrote in a letter to the committee that the golf resort had hosted two fund-raisers for the campaign.
  > named_official | sato | His lawyer, Evelyn Sato | wrote in a letter to the committee | >

The committee's chairman, Representative Wallace Dunmore, Republican of Texas, and its top Democrat, Representative Samuel Kettering of Maryland, issued a joint statement announcing the expanded inquiry.
  > named_official | dunmore-kettering | The committee's chairman, Representative Wallace Dunmore, Republican of Texas, and its top Democrat, Representative Samuel Kettering of Maryland | issued a joint statement announcing | the expanded inquiry | count=2
Mr. Dunmore told reporters that the panel would not "rush to judgment about a colleague."
  > named_official | dunmore | Mr. Dunmore | told reporters | >
Mr. Kettering said the committee had already asked the campaign for its bank records.
  > named_official | kettering | Mr. Kettering | said | >
He said the campaign had until the end of the month to turn them over.
  > named_official | kettering | He | said | >

A committee aide, who spoke on the condition of anonymity because the committee's work is confidential, said investigators were also looking at payments to a consulting firm run by Mr. Hollister's brother-in-law.
  > anonymous_official | aide | A committee aide | said | > | anon=who spoke on the condition of anonymity because the committee's work is confidential
The firm received about $140,000 from the campaign over four years, according to Federal Election Commission records.
  > document | fec-records | Federal Election Commission records | according to | <
Two people familiar with the inquiry said the committee had subpoenaed the firm's records in June.
  > anonymous_familiar | familiar | Two people familiar with the inquiry | said | >
The aide said the committee could vote on a report before the House leaves for its August recess.
  > anonymous_official | aide | The aide | said | >

Mr. Hollister's chief of staff, Mark Tellis, could not be reached on Tuesday.
  > declined_comment | tellis | Mr. Hollister's chief of staff, Mark Tellis | could not be reached | - | resp=unreachable
Mr. Hollister, a noted fund-raiser for the party who was first elected in 2014, is seeking a sixth term in November.
Some Republican colleagues have said privately that they expect him to face a primary challenge in 2026.
  > anonymous_other | colleagues | Some Republican colleagues | have said privately | >
The Capitol Ledger first reported the wedding payments in January.
  > media_report | capitol-ledger | The Capitol Ledger | first reported | the wedding payments in January

@excluded
Katherine Alvarado covers Congress for The Times. She has reported on congressional ethics since 2016.
A version of this article appears in print, Section A, Page 14 of the New York edition.
Read 312 Comments
''')

ARTICLES.append(r'''
@id p-meatpacking-outbreak-prairie-gold
@style meatpacking_outbreak
Q fever outbreak sickens dozens at Nebraska beef plant, state health department says
  > named_organization | dhhs | state health department | says | Q fever outbreak sickens dozens at Nebraska beef plant

HOLTON, Neb. -- At least 46 workers at a beef processing plant in Holton have been sickened by Q fever, a bacterial infection spread by cattle, and nine of them have been hospitalized, the Nebraska Department of Health and Human Services said Friday.
  > named_organization | dhhs | the Nebraska Department of Health and Human Services | said Friday | <
DHHS said most of the sick workers were on the plant's kill floor, where they handle hides and carcasses.
  > named_organization | dhhs | DHHS | said | >
The plant is owned by Prairie Gold Beef Co., the fourth-largest beef packer in the United States, and slaughters about 5,000 head of cattle a day.
The company said it had given every employee masks and gloves and was deep-cleaning the plant over the weekend.
  > named_organization | prairie-gold | The company | said | >

State epidemiologist Dr. Naomi Rudd said the outbreak was the largest of its kind in the United States in at least 20 years.
  > named_official | rudd | State epidemiologist Dr. Naomi Rudd | said | >
"Q fever is rarely deadly, but it can leave people sick for months.
  > named_official | rudd | Rudd | - | *
We want every worker who has had a fever since mid-July to see a doctor," Rudd said.
  > named_official | rudd | Rudd | said | <
The department said it was testing cattle at three feedlots that supply the plant.
  > named_organization | dhhs | The department | said | >

A worker on the kill floor who has been at the plant since 2009 said supervisors kept the line running for two weeks after the first workers went home sick.
  > named_person | warsame | A worker on the kill floor who has been at the plant since 2009 | said | >
The worker, Abdi Warsame, said he was out for 11 days with fevers and headaches.
  > named_person | warsame | The worker, Abdi Warsame | said | >
The plant stopped its second shift on Wednesday, according to an internal email sent to supervisors that day and obtained by Reuters.
  > document | email | an internal email sent to supervisors that day and obtained by Reuters | according to | <
The email says the shift will resume "once staffing levels allow."
  > document | email | The email | says | >
Some workers said they had been told they would lose attendance points if they stayed home without a doctor's note.
  > anonymous_other | workers | Some workers | said | >

The president of the union local that represents about 2,100 of the plant's workers, Rosa Lindgren, said the company had turned down the union's request in July to shut down the kill floor for cleaning.
  > named_official | lindgren | The president of the union local that represents about 2,100 of the plant's workers, Rosa Lindgren | said | >
A company spokeswoman said the union's request had concerned a different problem, a ventilation fan.
  > named_organization | prairie-gold | A company spokeswoman | said | >
Prairie Gold's chief executive, Garrett Vance, declined to comment.
  > declined_comment | vance | Prairie Gold's chief executive, Garrett Vance | declined to comment | - | resp=declined

Dr. Harold Beck, an infectious disease physician at Holton Regional Medical Center who has treated 17 of the workers, said two had developed heart infections that will need months of antibiotics.
  > named_person | beck | Dr. Harold Beck, an infectious disease physician at Holton Regional Medical Center who has treated 17 of the workers | said | >
He said many of the workers had waited more than a week to come in.
  > named_person | beck | He | said | >
The Occupational Safety and Health Administration has opened an inspection at the plant, according to a person briefed on the matter.
  > anonymous_familiar | briefed | a person briefed on the matter | according to | <
The person said inspectors arrived Thursday.
  > anonymous_familiar | briefed | The person | said | >
OSHA did not respond to a request for comment.
  > declined_comment | osha | OSHA | did not respond to a request for comment | - | resp=no_response

All told, the outbreak has sickened workers from nine Nebraska counties, many of them immigrants from Somalia, Guatemala and Myanmar who live in Holton.
According to a report in The Holton Tribune, the county's only clinic that offers interpreters has had a two-week waiting list since early August.
  > media_report | tribune | a report in The Holton Tribune | According to | >
The company had planned to add a third shift at the plant this fall.
  > named_organization | prairie-gold | The company | had planned | to add a third shift at the plant this fall | nosrc
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
