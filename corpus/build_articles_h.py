"""Build corpus/articles/h.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (supreme_court_ruling, hospital_safety, drug_trafficking, union_election,
real_estate_development, airline_safety, wildlife_conservation, college_athletics,
foreign_coup, espionage_case, state_budget, senate_race_2016_style), each article built to
test source grouping (two people of one gender and one role, a person described and named
later, a surname shared with a company, an institution under its name, acronym and "the
agency", a company named only in narration before "the company said", quotes that run over
several sentences and close with "X said"). Nothing is trained or tuned on them. Same line
format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_h.py [--render]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "h.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id h-supreme_court_ruling-brule-creek-groundwater
@style supreme_court_ruling
South Dakota Supreme Court strikes down groundwater law, siding with ranchers over feedlot

PIERRE, S.D. -- The South Dakota Supreme Court on Thursday struck down a 2023 law that let the state's Water Management Board approve large groundwater permits without a public hearing, ruling 3-2 that the law denied neighboring landowners the due process the State Constitution guarantees.
  > named_organization | court | The South Dakota Supreme Court | ruling | that the law denied neighboring landowners the due process the State Constitution guarantees
The decision voids a permit that would have allowed a cattle feedlot near Wessington to pump up to 1.6 billion gallons a year from the Brule Creek aquifer.
"A landowner whose well may run dry is entitled to be heard before the state lets someone else drain it, not afterward," Justice Corinne Ablewhite wrote for the majority.
  > named_official | ablewhite | Justice Corinne Ablewhite | wrote | <
She wrote that the Legislature was free to speed up the permit process but could not "skip the part where people get to object."
  > named_official | ablewhite | She | wrote | >
Justice Peter Lindqvist, who joined the majority, wrote separately to say that the law's 30-day deadline for objections was also unconstitutional.
  > named_official | lindqvist | Justice Peter Lindqvist, who joined the majority | wrote separately to say | >
He noted that the deadline ran from the day a notice appeared in a county newspaper, and that two of the affected counties no longer have one.
  > named_official | lindqvist | He | noted | >

In a dissent joined by Justice Marlys Teague, Justice Harold Vinterberg wrote that the majority had "rewritten a water statute that the Legislature was entitled to write."
  > named_official | vinterberg | Justice Harold Vinterberg | wrote | that the majority had "rewritten a water statute that the Legislature was entitled to write."
Vinterberg, the court's longest-serving member, argued that landowners could already challenge a permit in circuit court once it was granted.
  > named_official | vinterberg | Vinterberg, the court's longest-serving member | argued | >
"The remedy the majority demands already exists," he wrote.
  > named_official | vinterberg | he | wrote | <

The case was brought by 14 families who raise cattle and hay along Brule Creek in Jerauld County.
Their lawyer, Ingrid Sollenberger, said the ruling "puts the neighbors back in the room."
  > named_official | sollenberger | Their lawyer, Ingrid Sollenberger | said | the ruling "puts the neighbors back in the room."
"These families have watched their stock ponds shrink for three summers.
  > named_official | sollenberger | Sollenberger | - | *
All they ever asked for was a hearing, and today the court said they should have had one," Sollenberger said.
  > named_official | sollenberger | Sollenberger | said | <
One of the ranchers, Duane Keppler, 67, said the well on his family's land had dropped 22 feet since the feedlot expanded in 2021.
  > named_person | keppler | One of the ranchers, Duane Keppler, 67 | said | >
He said he had driven 180 miles to hear the oral arguments in April.
  > named_person | keppler | He | said | >

The permit had been sought by Halvorsen Beef, which employs about 900 people at its feedlot and packing plant outside Wessington.
The company said in a statement that it was disappointed by the ruling and would reapply under the procedures the court had reinstated.
  > named_organization | halvorsen-beef | The company | said in a statement | >
Its chief operating officer, Gunnar Halvorsen, a grandson of the founder, said the feedlot had cut its water use per animal by a fifth since 2019.
  > named_official | g-halvorsen | Its chief operating officer, Gunnar Halvorsen, a grandson of the founder | said | >
"We pay for every gallon, and we have every reason not to waste one," Halvorsen said.
  > named_official | g-halvorsen | Halvorsen | said | <
Halvorsen declined to say how many jobs would be at risk if the permit were denied.
  > declined_comment | g-halvorsen | Halvorsen | declined to say how many jobs would be at risk if the permit were denied | - | resp=declined

According to the board's records, the permit was approved in February 2024 after a 30-day comment period in which 212 objections were filed and none was answered in writing.
  > document | board-records | the board's records | According to | >
Attorney General Roald Pettibone, whose office defended the law, said in a statement that he was reviewing the decision with the board.
  > named_official | pettibone | Attorney General Roald Pettibone, whose office defended the law | said in a statement | >
The board's chairwoman, Lorna Abrahamsen, did not respond to a phone message on Thursday.
  > declined_comment | abrahamsen | The board's chairwoman, Lorna Abrahamsen | did not respond to a phone message | - | resp=no_response

Two legislative staff members who helped draft the 2023 law said Republican leaders in the state Senate had already begun work on a replacement that would add hearings but shorten the time for appeals.
  > anonymous_official | staffers | Two legislative staff members who helped draft the 2023 law | said | >
The staff members, who spoke on the condition of anonymity because they were not authorized to discuss caucus strategy, said a bill could be ready when the Legislature convenes in January.
  > anonymous_official | staffers | The staff members | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss caucus strategy
The Legislature had meant the 2023 law to speed permits for ethanol plants and dairies, some of which had waited as long as three years for a decision.
  > named_organization | legislature | The Legislature | had meant | the 2023 law to speed permits for ethanol plants and dairies | nosrc

Some water law scholars said the ruling could be cited by landowners in other Plains states with similar permit laws.
  > anonymous_other | scholars | Some water law scholars | said | >
"It is one of the clearest statements I have seen from a state court that groundwater does not simply belong to whoever drills deepest," said Teodora Quillfeather, who teaches natural resources law at Missouri Plateau University.
  > named_person | quillfeather | Teodora Quillfeather, who teaches natural resources law at Missouri Plateau University | said | <
The Sioux Valley Tribune reported in May that the feedlot's owners had given $48,000 to legislative campaigns in the year the law passed.
  > media_report | tribune | The Sioux Valley Tribune | reported | that the feedlot's owners had given $48,000 to legislative campaigns in the year the law passed
''')

ARTICLES.append(r'''
@id h-hospital_safety-larchmont-sepsis-alerts
@style hospital_safety
Nurses at Larchmont General left sepsis alerts unanswered before six deaths, state report says
  > document | report | state report | says | Nurses at Larchmont General left sepsis alerts unanswered before six deaths

DORSET FALLS, Pa. -- Nurses at Larchmont General Hospital let computerized sepsis alerts go unanswered for hours before six patients died of the condition last winter, according to a report released Tuesday by the Pennsylvania Department of Health.
  > document | report | a report released Tuesday by the Pennsylvania Department of Health | according to | <
The report, based on an unannounced inspection in March, found that the alerts, which warn of a life-threatening reaction to infection, had gone unanswered for an average of four hours in the six cases.
  > document | report | The report, based on an unannounced inspection in March | found | >
In the worst of them, a 71-year-old man waited nearly nine hours for antibiotics after the alert first fired, the report says.
  > document | report | the report | says | <
Under a correction plan due by June 15, the hospital must show how it will respond to every alert within an hour.

The man, Everett Dunsmore, a retired school bus driver from the nearby borough of Kittaning Mills, died two days later.
His daughter, Paulette Dunsmore-Reyes, said the family had asked nurses again and again to call a doctor that night.
  > named_person | dunsmore-reyes | His daughter, Paulette Dunsmore-Reyes | said | >
"My father kept telling them he was freezing, and they brought him another blanket.
  > named_person | dunsmore-reyes | Paulette Dunsmore-Reyes | - | *
Nobody came for almost an hour after we pressed the call button," she said.
  > named_person | dunsmore-reyes | she | said | <

Larchmont General said in a statement that it had "taken these findings to heart" and had hired 40 nurses since January.
  > named_organization | larchmont | Larchmont General | said in a statement | >
The hospital has been owned since 2021 by Corvane Health Partners, a for-profit chain based in Nashville that runs 31 hospitals in nine states.
The company said the staffing levels cited in the report had been set by the hospital's previous owner and that it had since spent $12 million on new hires and equipment.
  > named_organization | corvane | The company | said | >

The hospital's chief nursing officer, Marisol Underhill, said in an interview that nurses on the medical floors had been receiving as many as 70 alerts a shift last winter, most of them false alarms.
  > named_official | underhill | The hospital's chief nursing officer, Marisol Underhill | said in an interview | >
"When everything is urgent, nothing is," she said.
  > named_official | underhill | she | said | <
The hospital's chief medical officer, Dr. Renata Solberg, said the alert software had since been adjusted to fire only when two or more warning signs appear together.
  > named_official | solberg | The hospital's chief medical officer, Dr. Renata Solberg | said | >
She said false alarms had fallen by about 60 percent since the change.
  > named_official | solberg | She | said | >
Underhill said she had not been told about the backlog of unanswered alerts until after the inspection.
  > named_official | underhill | Underhill | said | >

Two nurses who worked on the hospital's fourth-floor medical unit last winter said managers had routinely left them with seven or eight patients each, well above the five that the unit's own guidelines call for.
  > anonymous_other | nurses | Two nurses who worked on the hospital's fourth-floor medical unit last winter | said | >
The nurses, who asked not to be named because they feared losing their jobs, said they had complained about the staffing in writing at least four times.
  > anonymous_other | nurses | The nurses | said | > | anon=who asked not to be named because they feared losing their jobs
The Keystone Nurses Alliance, which represents about 700 nurses at Larchmont, said the report confirmed what its members had been saying for two years.
  > named_organization | kna | The Keystone Nurses Alliance, which represents about 700 nurses at Larchmont | said | >
KNA filed a grievance over staffing at the hospital in November, and the union said on Tuesday that it would ask the state to set minimum staffing ratios.
  > named_organization | kna | the union | said | that it would ask the state to set minimum staffing ratios

A state health official, who spoke on the condition of anonymity because the department's inquiry is continuing, said inspectors were also reviewing three deaths in the hospital's emergency room.
  > anonymous_official | health-official | A state health official | said | > | anon=who spoke on the condition of anonymity because the department's inquiry is continuing
The official said those cases did not involve the sepsis software.
  > anonymous_official | health-official | The official | said | >
A department spokeswoman declined to comment on the emergency room cases.
  > declined_comment | doh | A department spokeswoman | declined to comment on the emergency room cases | - | resp=declined
Corvane's chief executive, Hollis Brandeberry, did not respond to a phone message and an email.
  > declined_comment | brandeberry | Corvane's chief executive, Hollis Brandeberry | did not respond to a phone message and an email | - | resp=no_response
The Dorset Falls Sentinel first reported the deaths in February.
  > media_report | sentinel | The Dorset Falls Sentinel | first reported | the deaths in February
Corvane had planned to open a $90 million heart center at Larchmont next year.
  > named_organization | corvane | Corvane | had planned | to open a $90 million heart center at Larchmont next year | nosrc
@excluded
Photo: Larchmont General Hospital in Dorset Falls. (Sentinel file photo)
Share this story
Sign up for Health Watch, our weekly newsletter on hospitals and patient safety.
''')

ARTICLES.append(r'''
@id h-drug_trafficking-braxton-produce-fentanyl
@style drug_trafficking
Fentanyl ring hid millions of pills in produce trucks, indictment says
  > document | indictment | indictment | says | Fentanyl ring hid millions of pills in produce trucks

BRAXTON, Texas -- A trafficking ring hid more than four million fentanyl pills in shipments of avocados and limes trucked from the border to warehouses in Texas, Oklahoma and Arkansas over two years, according to a federal indictment unsealed here on Wednesday that charges 19 people.
  > document | indictment | a federal indictment unsealed here on Wednesday that charges 19 people | according to | <
The indictment says the ring was run from a car wash on Braxton's west side by Teodoro Almanza-Ruiz, 46, who is charged with conspiracy, money laundering and operating a continuing criminal enterprise.
  > document | indictment | The indictment | says | >
Sixteen of the defendants were arrested in raids on Tuesday, and three remain at large, according to the U.S. attorney's office.
  > named_organization | usao | the U.S. attorney's office | according to | <

U.S. Attorney Delphine Marchetti said at a news conference that the ring had paid truck drivers as much as $20,000 a load to carry pills hidden in pallets of produce.
  > named_official | marchetti | U.S. Attorney Delphine Marchetti | said at a news conference | >
"These were not corner dealers.
  > named_official | marchetti | Marchetti | - | *
They were logistics professionals who happened to be moving poison," Marchetti said.
  > named_official | marchetti | Marchetti | said | <
She said pills traced to the ring had been linked to at least 30 overdose deaths in North Texas.
  > named_official | marchetti | She | said | >

The Drug Enforcement Administration, which led the two-year investigation with the Braxton Police Department, said agents had seized 310 pounds of pills, 41 firearms and $2.7 million in cash.
  > named_organization | dea | The Drug Enforcement Administration, which led the two-year investigation with the Braxton Police Department | said | >
The head of the DEA's Dallas field division, Raul Echeverria, said the pills were pressed in Mexico and driven across the border at a crossing near Eagle Bend hidden in the walls of refrigerated trailers.
  > named_official | echeverria | The head of the DEA's Dallas field division, Raul Echeverria | said | >
Braxton Police Chief Orrin Whitlock said his department had first noticed the ring in 2023, when patrol officers found pills in an abandoned produce truck on the interstate.
  > named_official | whitlock | Braxton Police Chief Orrin Whitlock | said | >
He said the department had handed the case to federal agents because the trail quickly led out of state.
  > named_official | whitlock | He | said | >
Echeverria said investigators were still searching for the three defendants who remain at large, including a woman the indictment identifies as the ring's bookkeeper.
  > named_official | echeverria | Echeverria | said | >
The agency said it had found no evidence that the produce company whose trucks carried the pills, Verdemar Fresh, knew about the smuggling.
  > named_organization | dea | The agency | said | >
Verdemar Fresh did not respond to requests for comment.
  > declined_comment | verdemar | Verdemar Fresh | did not respond to requests for comment | - | resp=no_response

Two people familiar with the investigation said a truck driver arrested near Braxton in 2023 had agreed to cooperate with prosecutors and had worn a recording device during meetings at the car wash.
  > anonymous_familiar | familiar | Two people familiar with the investigation | said | >
The people, who spoke on the condition of anonymity because the driver's identity is under seal, said he had recorded Almanza-Ruiz discussing payments to drivers at least a dozen times.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because the driver's identity is under seal
Almanza-Ruiz's lawyer, Benedikt Sorrell, said in an interview that his client ran a legitimate business and would plead not guilty.
  > named_official | sorrell | Almanza-Ruiz's lawyer, Benedikt Sorrell | said in an interview | >
"The government has a cooperating witness with every reason in the world to point a finger," he said.
  > named_official | sorrell | he | said | <
Sorrell declined to say whether his client had been offered a plea agreement.
  > declined_comment | sorrell | Sorrell | declined to say whether his client had been offered a plea agreement | - | resp=declined
Court records show that Almanza-Ruiz was convicted of marijuana possession in 2009 and was deported in 2011.
  > document | court-records | Court records | show | >

Some residents of the west side neighborhood where the car wash sits said they had long wondered how a business that was rarely busy could afford a fleet of new pickup trucks.
  > anonymous_other | residents | Some residents of the west side neighborhood where the car wash sits | said | >
One of them, Lupe Carranza, who runs a bakery across the street, said agents had carried boxes out of the car wash for most of Tuesday afternoon.
  > named_person | carranza | One of them, Lupe Carranza, who runs a bakery across the street | said | >
The Braxton Ledger reported last year that the car wash had been raided by state police in 2022, but no charges were filed.
  > media_report | ledger | The Braxton Ledger | reported | that the car wash had been raided by state police in 2022, but no charges were filed
The U.S. attorney's office plans to seek the forfeiture of the car wash, four houses and a ranch outside Braxton.
  > named_organization | usao | The U.S. attorney's office | plans | to seek the forfeiture of the car wash, four houses and a ranch outside Braxton | nosrc
''')

ARTICLES.append(r'''
@id h-union_election-greyhaven-pellucid-warehouse
@style union_election
Workers at Kentucky warehouse vote to unionize, a first for Pellucid

GREYHAVEN, Ky. -- Workers at a distribution center outside Greyhaven voted 612 to 498 to join the Warehouse and Logistics Workers Union, according to a tally released Friday by the National Labor Relations Board, handing organizers their first victory at any of Pellucid Commerce's 44 U.S. warehouses.
  > document | tally | a tally released Friday by the National Labor Relations Board | according to | <
The company said in a statement that it was disappointed and was weighing whether to file objections with the labor board.
  > named_organization | pellucid | The company | said in a statement | >
The board said 41 ballots had been challenged by one side or the other, too few to change the outcome.
  > named_organization | nlrb | The board | said | >

Jalen Tobias, a forklift operator who helped lead the organizing drive, said workers had voted for the union mainly over production quotas and forced overtime.
  > named_person | tobias | Jalen Tobias, a forklift operator who helped lead the organizing drive | said | >
"We kept hearing that we were a family.
  > named_person | tobias | Tobias | - | *
Families don't time each other's bathroom breaks," Tobias said.
  > named_person | tobias | Tobias | said | <
Another forklift operator, Wade Coburn, said he had voted against the union because he worried that dues would eat up the raise Pellucid gave workers in the spring.
  > named_person | coburn | Another forklift operator, Wade Coburn | said | >
He said he expected the company to fight the result "as long as the law lets them."
  > named_person | coburn | He | said | >

The union's president, Celestine Abara, called the vote "a crack in the wall" and said organizers had filed for elections at two more Pellucid warehouses, in Indiana and Tennessee.
  > named_official | abara | The union's president, Celestine Abara | called | the vote "a crack in the wall"
  > named_official | abara | The union's president, Celestine Abara | said | organizers had filed for elections at two more Pellucid warehouses, in Indiana and Tennessee
The WLWU, which was founded in 2019 and has about 38,000 members, spent about $1.4 million on the Greyhaven campaign, Abara said.
  > named_official | abara | Abara | said | <
Pellucid paid consultants more than $3 million last year to hold meetings with workers at Greyhaven, according to disclosure forms the company filed with the Labor Department.
  > document | disclosures | disclosure forms the company filed with the Labor Department | according to | <

Two managers at the warehouse said supervisors had been told to require workers to attend the meetings, which were held on paid time in the weeks before the vote.
  > anonymous_official | managers | Two managers at the warehouse | said | >
The managers, who spoke on the condition of anonymity because they were not authorized to speak publicly, said attendance was recorded by scanning workers' badges at the door.
  > anonymous_official | managers | The managers | said | > | anon=who spoke on the condition of anonymity because they were not authorized to speak publicly
A Pellucid spokeswoman, Tamsin Oakhurst, said the meetings were legal and were meant to give workers "both sides of the story."
  > named_official | oakhurst | A Pellucid spokeswoman, Tamsin Oakhurst | said | the meetings were legal and were meant to give workers "both sides of the story."
She declined to say whether workers who skipped the meetings had been disciplined.
  > declined_comment | oakhurst | She | declined to say whether workers who skipped the meetings had been disciplined | - | resp=declined
A person familiar with the company's legal strategy, who spoke on the condition of anonymity because no decision had been made, said Pellucid was likely to argue that organizers had improperly promised workers higher pay in the days before the vote.
  > anonymous_familiar | familiar | A person familiar with the company's legal strategy | said | > | anon=who spoke on the condition of anonymity because no decision had been made

Rosalind Achterberg, who studies labor law at Ohio River University, said the result would be watched closely by organizers at other large retailers.
  > named_person | achterberg | Rosalind Achterberg, who studies labor law at Ohio River University | said | >
"One win does not make a movement, but it does make a map," she said.
  > named_person | achterberg | she | said | <
Some workers who voted no said they feared Pellucid would respond by shifting work to its nonunion warehouse in Elkmont, about 60 miles away.
  > anonymous_other | no-voters | Some workers who voted no | said | >
The trade publication Freight Floor reported in August that Pellucid had put off a planned expansion of the Greyhaven center after the union filed for the election.
  > media_report | freight-floor | The trade publication Freight Floor | reported | that Pellucid had put off a planned expansion of the Greyhaven center after the union filed for the election
The union hopes to begin contract talks before the holiday shipping season, when the warehouse typically adds about 400 temporary workers.
  > named_organization | wlwu | The union | hopes | to begin contract talks before the holiday shipping season | nosrc
The company has five business days to file objections to the election.
@excluded
Sign up for The Shift, our newsletter about work and workers.
Comments (14)
''')

ARTICLES.append(r'''
@id h-real_estate_development-ferry-street-tower
@style real_estate_development
New Brighton planners approve 38-story Ferry Street tower over neighbors' objections

NEW BRIGHTON, Conn. -- The New Brighton Planning Commission voted 6-3 late Tuesday to approve a 38-story apartment tower on a former rail yard beside Ferry Street Park, clearing the way for the largest private development in the city's history.
The $410 million project, called Harbor Yards, is being built by Marrowfield Development Group, a Hartwell firm that has put up six towers in the region since 2015.
The company said after the vote that construction would begin in the spring and that the first of the tower's 520 apartments would be ready in 2028.
  > named_organization | marrowfield | The company | said | that construction would begin in the spring and that the first of the tower's 520 apartments would be ready in 2028
Marrowfield's chief executive, Lionel Abernathy, said the tower would bring "thousands of new residents who will spend their money on Ferry Street, not at a mall."
  > named_official | abernathy | Marrowfield's chief executive, Lionel Abernathy | said | >

The commission's chairwoman, Vivian Carrow, said the panel had won important changes from the developer, including 60 apartments set aside for households earning less than 60 percent of the area's median income.
  > named_official | carrow | The commission's chairwoman, Vivian Carrow | said | >
"This is not the project that walked in the door two years ago," she said.
  > named_official | carrow | she | said | <
City Council member Hildegard Bjornstad, whose district includes the park, said she would ask the council to overturn the approval.
  > named_official | bjornstad | City Council member Hildegard Bjornstad, whose district includes the park | said | >
"A park that sits in shadow from noon on is not much of a park.
  > named_official | bjornstad | Bjornstad | - | *
The commission traded the sunlight for 60 apartments, and that was a bad trade," Bjornstad said.
  > named_official | bjornstad | Bjornstad | said | <
She said at least five of the council's nine members would have to vote against the project to block it.
  > named_official | bjornstad | She | said | >

A shadow study commissioned by the developer found that the tower would shade most of the park's lawn after 1 p.m. from November through February.
  > document | shadow-study | A shadow study commissioned by the developer | found | >
The study, which the commission required as a condition of its review, says the shade would last less than two hours a day in summer.
  > document | shadow-study | The study, which the commission required as a condition of its review | says | >
A woman who has lived on Ferry Street since 1983 told the commission during three hours of public testimony that she had watched the neighborhood's rents double in a decade.
  > named_person | pulaski | A woman who has lived on Ferry Street since 1983 | told | that she had watched the neighborhood's rents double in a decade
The resident, Agnes Pulaski, 81, said in an interview afterward that she feared the tower would push rents higher still.
  > named_person | pulaski | The resident, Agnes Pulaski, 81 | said in an interview afterward | >
"They say it's for us, but I can't afford to live in it," Pulaski said.
  > named_person | pulaski | Pulaski | said | <
Critics say the affordable apartments are too few to make a difference in a city with a waiting list of 9,000 households for subsidized housing.
  > anonymous_other | critics | Critics | say | >

The affordable units were added in September, after Mayor Thaddeus Okonkwo's chief of staff warned Marrowfield that the mayor would oppose the project without them, according to two people familiar with the negotiations.
  > anonymous_familiar | familiar | two people familiar with the negotiations | according to | <
The people, who spoke on the condition of anonymity because the talks were private, said Marrowfield had first offered 25 such apartments.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because the talks were private
The mayor did not respond to a request for comment on Wednesday.
  > declined_comment | okonkwo | The mayor | did not respond to a request for comment | - | resp=no_response
A city planning official who worked on the review said the city's staff had recommended that the tower be cut to 30 stories to reduce its shadow.
  > anonymous_official | planning-official | A city planning official who worked on the review | said | >
The official, who was not authorized to speak publicly and asked not to be named, said the recommendation was dropped from the final staff report in October.
  > anonymous_official | planning-official | The official | said | > | anon=who was not authorized to speak publicly and asked not to be named

City campaign finance records show that Marrowfield executives and their spouses gave $31,000 to the mayor's re-election campaign last year.
  > document | finance-records | City campaign finance records | show | >
MDG, as the company calls itself, declined to comment on the donations.
  > declined_comment | marrowfield | MDG, as the company calls itself | declined to comment on the donations | - | resp=declined
The New Brighton Register reported in January that Marrowfield had bought the rail yard from a bankrupt freight company for $14 million, a fraction of its assessed value.
  > media_report | register | The New Brighton Register | reported | that Marrowfield had bought the rail yard from a bankrupt freight company for $14 million, a fraction of its assessed value
Marrowfield had hoped to win approval last spring, but the vote was postponed twice while the commission waited for the shadow study.
  > named_organization | marrowfield | Marrowfield | had hoped | to win approval last spring | nosrc
''')

ARTICLES.append(r'''
@id h-airline_safety-skyvale-fan-blade-inspections
@style airline_safety
Skyvale Airlines flew jets for months past engine inspection deadlines, FAA says
  > named_organization | faa | FAA | says | Skyvale Airlines flew jets for months past engine inspection deadlines

ALDER POINT, Wash. -- A regional airline flew 11 of its jets for as long as seven months past the deadline for required inspections of their engine fan blades, the Federal Aviation Administration said Monday, proposing a $4.2 million fine.
  > named_organization | faa | the Federal Aviation Administration | said | <
The agency said Skyvale Airlines, which operates about 140 daily departures from hubs in Alder Point and Cascade Falls, had flown more than 2,900 flights with the overdue engines.
  > named_organization | faa | The agency | said | >
FAA inspectors discovered the lapses in March during a review of the airline's maintenance records, according to a letter the agency sent to Skyvale last week.
  > document | faa-letter | a letter the agency sent to Skyvale last week | according to | <
The letter says the airline's tracking software had been set up with the wrong inspection interval after Skyvale switched engine suppliers in 2023.
  > document | faa-letter | The letter | says | >

Skyvale said in a statement that it had grounded the jets as soon as it learned of the problem and that inspections had found no cracks in any of the blades.
  > named_organization | skyvale | Skyvale | said in a statement | >
The airline's chief executive, Bartholomew Fenwick, said in an interview that the company "made a mistake in a spreadsheet, not a mistake in an airplane."
  > named_official | fenwick | The airline's chief executive, Bartholomew Fenwick | said in an interview | >
"We found it, we fixed it, and we told the FAA before they told us.
  > named_official | fenwick | Fenwick | - | *
That is how the system is supposed to work," Fenwick said.
  > named_official | fenwick | Fenwick | said | <

Two FAA officials said the airline had reported the problem only after agency inspectors asked why several engines showed no record of a recent inspection.
  > anonymous_official | faa-officials | Two FAA officials | said | >
The officials, who spoke on the condition of anonymity because the enforcement case is still open, said the agency was also examining whether Skyvale had kept flying two of the jets after it was warned.
  > anonymous_official | faa-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the enforcement case is still open
The head of the union that represents Skyvale's 900 pilots said its members had raised concerns about maintenance staffing for more than a year.
  > named_official | vasko | The head of the union that represents Skyvale's 900 pilots | said | >
The union leader, Dmitri Vasko, a captain who has flown for Skyvale since 2009, said mechanics at the airline's Cascade Falls base had worked six-day weeks last winter to keep planes flying.
  > named_official | vasko | The union leader, Dmitri Vasko, a captain who has flown for Skyvale since 2009 | said | >
He said Fenwick had dismissed the union's warnings at a meeting in January.
  > named_official | vasko | He | said | >
Fenwick said he did not recall the meeting.
  > named_official | fenwick | Fenwick | said | >

Annelise Kroft, a former accident investigator who now teaches aviation safety at Puget Technical University, said fan blade inspections were required after a 2018 engine failure on another airline's jet sent debris through a cabin window.
  > named_person | kroft | Annelise Kroft, a former accident investigator who now teaches aviation safety at Puget Technical University | said | >
"These are not paperwork inspections," she said.
  > named_person | kroft | she | said | <
"A cracked blade is the kind of thing that turns a routine flight into a very bad day."
  > named_person | kroft | she | - | *
The engines' manufacturer, Torvald Aero Engines, declined to comment.
  > declined_comment | torvald | The engines' manufacturer, Torvald Aero Engines | declined to comment | - | resp=declined
A person familiar with the FAA's review said the agency was weighing whether to require Skyvale to hire an outside auditor to check its maintenance tracking.
  > anonymous_familiar | familiar | A person familiar with the FAA's review | said | >
Some aviation safety analysts say fines of this size do little to change the behavior of airlines whose annual revenue runs into the billions.
  > anonymous_other | analysts | Some aviation safety analysts | say | >

The Aviation Ledger, a trade publication, first reported the groundings in April.
  > media_report | aviation-ledger | The Aviation Ledger, a trade publication | first reported | the groundings in April
Skyvale had planned to add 14 routes this summer, including its first flights to Mexico.
  > named_organization | skyvale | Skyvale | had planned | to add 14 routes this summer, including its first flights to Mexico | nosrc
The airline has 30 days to respond to the proposed fine.
@excluded
Photo: A Skyvale Airlines jet at Alder Point International Airport. (Marta Quell for The Herald)
Comments are closed for this story.
''')

ARTICLES.append(r'''
@id h-wildlife_conservation-cordell-rail-port-dredging
@style wildlife_conservation
Rare marsh bird's numbers have fallen by half in five years, state survey finds
  > document | survey | state survey | finds | Rare marsh bird's numbers have fallen by half in five years

HOLLIS BAY, S.C. -- The number of Cordell's rails, a secretive marsh bird found only along a 90-mile stretch of the South Carolina and Georgia coast, has fallen by more than half since 2020, to about 340 breeding pairs, according to a survey released Thursday by the state Department of Natural Resources.
  > document | survey | a survey released Thursday by the state Department of Natural Resources | according to | <
The survey found that the birds had vanished entirely from four marshes near the mouth of the Ossabow River, where the Hollis Bay Port Authority has been dredging a shipping channel since 2022.
  > document | survey | The survey | found | >
The biologist who led the count said the losses were steepest in marshes where dredged mud had been piled on the banks.
  > named_official | oyelaran | The biologist who led the count | said | >
"The birds need the marsh to flood and drain twice a day.
  > named_official | oyelaran | The biologist who led the count | - | *
When you build up the banks, you turn a tidal marsh into a pond, and the rails leave," said the biologist, Marguerite Oyelaran.
  > named_official | oyelaran | the biologist, Marguerite Oyelaran | said | <
Oyelaran, who has studied the rail for the department since 2011, said the survey could not prove that the dredging had caused the decline.
  > named_official | oyelaran | Oyelaran, who has studied the rail for the department since 2011 | said | >
The DNR said in a statement that it would ask the U.S. Fish and Wildlife Service to consider listing the bird as endangered.
  > named_organization | dnr | The DNR | said in a statement | >

The port authority's executive director, Lucian Drayton, said the dredging had been approved by federal regulators after a two-year environmental review.
  > named_official | drayton | The port authority's executive director, Lucian Drayton | said | >
He said the authority had paid $3 million to restore 200 acres of marsh elsewhere in the bay to make up for the damage.
  > named_official | drayton | He | said | >
"We did everything the permit asked us to do, and then some," Drayton said.
  > named_official | drayton | Drayton | said | <
Emmett Hasegawa, the director of the Lowcountry Marsh Trust, a conservation group that has sued the port twice, said the restored marsh was on the wrong side of the bay to help the rails.
  > named_official | hasegawa | Emmett Hasegawa, the director of the Lowcountry Marsh Trust, a conservation group that has sued the port twice | said | >
He said the trust would ask a federal judge to halt the next phase of dredging, which is scheduled to begin in October.
  > named_official | hasegawa | He | said | >
The port's federal permit, issued by the Army Corps of Engineers in 2021, says work must stop if monitoring shows "significant adverse effects" on rare species.
  > document | permit | The port's federal permit, issued by the Army Corps of Engineers in 2021 | says | >

The Fish and Wildlife Service declined to comment on the state's request.
  > declined_comment | fws | The Fish and Wildlife Service | declined to comment on the state's request | - | resp=declined
Two people familiar with the service's review said biologists in its Atlanta office had recommended an emergency listing in June but that the recommendation was still awaiting a decision in Washington.
  > anonymous_familiar | familiar | Two people familiar with the service's review | said | >
The people, who spoke on the condition of anonymity because the recommendation has not been made public, said a listing would require the port to consult with the service before any further dredging.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because the recommendation has not been made public
Some shrimpers in Hollis Bay say the dredging has also muddied the creeks where they set their nets.
  > anonymous_other | shrimpers | Some shrimpers in Hollis Bay | say | >
Bernice Waddell, 74, a retired schoolteacher who has counted rails in the Ossabow marshes as a volunteer for 30 years, said she had heard no rails at all on her last three trips.
  > named_person | waddell | Bernice Waddell, 74, a retired schoolteacher who has counted rails in the Ossabow marshes as a volunteer for 30 years | said | >
"I used to hear them clattering all night," she said.
  > named_person | waddell | she | said | <

The Lowcountry Gazette reported last year that the port had missed two deadlines for filing its marsh monitoring reports with the Corps.
  > media_report | gazette | The Lowcountry Gazette | reported | that the port had missed two deadlines for filing its marsh monitoring reports with the Corps
The port authority did not respond to questions about the missed deadlines.
  > declined_comment | port | The port authority | did not respond to questions about the missed deadlines | - | resp=no_response
The authority had planned to finish deepening the channel by 2027 so that it could handle the largest container ships.
  > named_organization | port | The authority | had planned | to finish deepening the channel by 2027 so that it could handle the largest container ships | nosrc
''')

ARTICLES.append(r'''
@id h-college_athletics-eastmoor-cuts-four-sports
@style college_athletics
Eastmoor State to cut four sports, including women's rowing, to cover revenue-sharing costs

CALDER SPRINGS, Iowa -- Eastmoor State University will eliminate four varsity sports, including its women's rowing and men's swimming teams, at the end of the academic year to help pay for the money it must now share with athletes, the university said on Monday.
  > named_organization | esu | the university | said | <
The cuts will affect 112 athletes and 11 coaches, according to a memo sent to the athletic department's staff by the athletic director, Curtis Langhorne.
  > document | memo | a memo sent to the athletic department's staff by the athletic director, Curtis Langhorne | according to | <
The memo says the department expects to pay about $20 million a year to athletes under the revenue-sharing settlement that took effect last year, most of it to football and men's basketball players.
  > document | memo | The memo | says | >
Langhorne said at a news conference that the decision was "the worst day of my career" but that the alternative was cutting scholarships on every team.
  > named_official | langhorne | Langhorne | said at a news conference | >
"We could keep 22 teams and starve all of them.
  > named_official | langhorne | Langhorne | - | *
Or we could keep 18 and give them a real chance to win," he said.
  > named_official | langhorne | he | said | <
The university's president, Dr. Helena Voskuijlen, said in a letter to alumni that no academic money would be used to cover the athletic department's deficit.
  > named_official | voskuijlen | The university's president, Dr. Helena Voskuijlen | said in a letter to alumni | >

Kiera Lindahl, a junior on the rowing team, said the team learned of the cuts in a meeting on Monday morning that lasted less than 15 minutes.
  > named_person | lindahl | Kiera Lindahl, a junior on the rowing team | said | >
Another rower, Mae Adjei, a senior from Kessington, Ontario, said she had turned down scholarship offers from two other universities to row at Eastmoor.
  > named_person | adjei | Another rower, Mae Adjei, a senior from Kessington, Ontario | said | >
"They told us we could transfer, like we're trading cards," Adjei said.
  > named_person | adjei | Adjei | said | <
Lindahl said she and several teammates had hired a lawyer.
  > named_person | lindahl | Lindahl | said | >
Their lawyer, Priscilla Oduya, filed a complaint on Monday with the Education Department's Office for Civil Rights.
The complaint says that women make up 56 percent of Eastmoor's undergraduates but would hold only 41 percent of its athletic roster spots after the cuts, a gap too large to meet the requirements of Title IX, the federal law that bars sex discrimination in schools.
  > document | complaint | The complaint | says | >
"Eastmoor is balancing its football budget on the backs of women athletes," Oduya said.
  > named_official | oduya | Oduya | said | <
A university spokesman said Eastmoor had not yet seen the complaint and believed the cuts complied with federal law.
  > named_organization | esu | A university spokesman | said | >

ESU, which joined the Prairie Athletic Conference in 2023, has lost money on athletics in each of the past six years, according to financial reports the university files with the NCAA.
  > document | ncaa-reports | financial reports the university files with the NCAA | according to | <
ESU said it would honor the scholarships of athletes on the eliminated teams through graduation if they chose to stay.
  > named_organization | esu | ESU | said | >
Two members of the university's board of trustees said the board had been told in the spring that as many as six sports could be cut.
  > anonymous_official | trustees | Two members of the university's board of trustees | said | >
The trustees, who spoke on the condition of anonymity because the board's discussions were confidential, said football was never considered for cuts.
  > anonymous_official | trustees | The trustees | said | > | anon=who spoke on the condition of anonymity because the board's discussions were confidential
A person familiar with the conference's finances said the Prairie Athletic Conference was negotiating a new television contract that could pay Eastmoor about $4 million a year less than it now receives.
  > anonymous_familiar | familiar | A person familiar with the conference's finances | said | >
Some boosters argue that the university should have dropped men's golf, which costs more per athlete, instead of rowing.
  > anonymous_other | boosters | Some boosters | argue | >

The student newspaper, The Eastmoor Clarion, first reported the planned cuts on Sunday night.
  > media_report | clarion | The student newspaper, The Eastmoor Clarion | first reported | the planned cuts on Sunday night
The rowing coach, Gwendolyn Tarrant, did not respond to messages on Monday.
  > declined_comment | tarrant | The rowing coach, Gwendolyn Tarrant | did not respond to messages | - | resp=no_response
The university had hoped to cover the revenue-sharing costs with a $150 million fund-raising campaign announced in 2024, but the campaign has raised less than a third of its goal.
  > named_organization | esu | The university | had hoped | to cover the revenue-sharing costs with a $150 million fund-raising campaign announced in 2024 | nosrc
''')

ARTICLES.append(r'''
@id h-foreign_coup-velmora-ngarta-detained
@style foreign_coup
Soldiers seize power in Velmora and detain president, state television says
  > media_report | state-tv | state television | says | Soldiers seize power in Velmora and detain president

ZARANE, Velmora -- Soldiers detained President Anselme Ngarta before dawn on Wednesday, and a group of officers calling themselves the National Council for Renewal announced on state television that it had dissolved the government, suspended the constitution and closed the country's borders.
  > named_organization | council | a group of officers calling themselves the National Council for Renewal | announced on state television | >
A uniformed officer who read the council's statement said the army had acted to "save the nation from a slow collapse" after months of fuel shortages and unpaid military salaries.
  > named_official | kambou | A uniformed officer who read the council's statement | said | >
The officer, Lt. Idrissa Kambou, the council's spokesman, said elections would be held "when conditions allow."
  > named_official | kambou | The officer, Lt. Idrissa Kambou, the council's spokesman | said | >
Kambou said the council was led by Gen. Oumar Sadiki, the commander of the presidential guard, whom Ngarta had appointed in 2021.
  > named_official | kambou | Kambou | said | >
Sadiki did not appear on television, and he could not be reached for comment.
  > declined_comment | sadiki | he | could not be reached for comment | - | resp=unreachable

Ngarta, 68, who won a third term in 2022 in a vote the opposition boycotted, is being held at a military camp on the outskirts of the capital, according to a person close to his family.
  > anonymous_familiar | family-source | a person close to his family | according to | <
The person, who asked not to be named for fear of reprisals, said the president had been allowed to call his wife on Wednesday afternoon and had told her he was unharmed.
  > anonymous_familiar | family-source | The person | said | > | anon=who asked not to be named for fear of reprisals
Velmora's prime minister, Jean-Baptiste Okemba, and other members of the dissolved government could not be reached on Wednesday.
  > declined_comment | okemba | Velmora's prime minister, Jean-Baptiste Okemba, and other members of the dissolved government | could not be reached | - | resp=unreachable
Two Western diplomats in Zarane said the coup had been expected for weeks, after Ngarta tried to replace several senior commanders of the presidential guard.
  > anonymous_official | diplomats | Two Western diplomats in Zarane | said | >
The diplomats, who spoke on the condition of anonymity because they were not authorized to speak publicly, said Sadiki had learned in late August that he was to be removed.
  > anonymous_official | diplomats | The diplomats | said | > | anon=who spoke on the condition of anonymity because they were not authorized to speak publicly
A senior army officer who remains loyal to Ngarta said by telephone that at least two units outside the capital had refused to join the coup.
  > anonymous_official | loyal-officer | A senior army officer who remains loyal to Ngarta | said by telephone | >

Residents of the capital said they heard heavy gunfire near the presidential palace for about an hour starting at 3 a.m.
  > anonymous_other | residents | Residents of the capital | said | >
By midday, soldiers had set up checkpoints on the main roads into Zarane, and most shops in the central market were closed.
Salimata Forbang, who sells cloth in the market, said she had gone home after soldiers ordered traders to leave.
  > named_person | forbang | Salimata Forbang, who sells cloth in the market | said | >
"Nobody knows who is in charge, so everybody is afraid," she said.
  > named_person | forbang | she | said | <
A decree read later on state television and signed by Sadiki says a curfew will run from 7 p.m. to 6 a.m. and bans public gatherings of more than five people.
  > document | decree | A decree read later on state television and signed by Sadiki | says | >
Radio Zarane Libre, an independent station, reported that soldiers had also arrested the speaker of parliament and the head of the national police.
  > media_report | radio | Radio Zarane Libre, an independent station | reported | >

The Economic Community of Sahel States, a 12-nation regional bloc, said its leaders would meet on Friday to consider sanctions.
  > named_organization | ecss | The Economic Community of Sahel States, a 12-nation regional bloc | said | >
ECSS suspended Velmora from its councils after a failed coup in 2019, and the bloc said on Wednesday that it "will not recognize any authority born of the gun."
  > named_organization | ecss | the bloc | said | that it "will not recognize any authority born of the gun."
The State Department said it was "deeply concerned" by the coup and called on the officers to release Ngarta.
  > named_organization | state-dept | The State Department | said | it was "deeply concerned" by the coup
  > named_organization | state-dept | The State Department | called on | the officers to release Ngarta
A department spokesman, Everett Langford, said the United States was reviewing about $40 million in military aid to Velmora.
  > named_official | langford | A department spokesman, Everett Langford | said | >
Ngarta had planned to fly to Port Veyra on Thursday for a regional summit on food security.
  > named_official | ngarta | Ngarta | had planned | to fly to Port Veyra on Thursday for a regional summit on food security | nosrc
''')

ARTICLES.append(r'''
@id h-espionage_case-kestrel-harbor-shipyard-engineer
@style espionage_case
Shipyard engineer sold submarine secrets to man he thought was a foreign spy, complaint says
  > document | complaint | complaint | says | Shipyard engineer sold submarine secrets to man he thought was a foreign spy

KESTREL HARBOR, Va. -- A civilian engineer at a Navy shipyard sold technical drawings of a new submarine's propulsion system to a man he believed was a foreign intelligence officer, collecting at least $85,000 in cryptocurrency over 14 months, according to a criminal complaint unsealed Monday in federal court.
  > document | complaint | a criminal complaint unsealed Monday in federal court | according to | <
The engineer, Dorian Halloway, 39, was arrested on Saturday at a marina outside the city, the Justice Department said.
  > named_organization | doj | the Justice Department | said | <
The complaint says Halloway first contacted the supposed handler in 2024 through an encrypted messaging app, offering "documents no one else can give you."
  > document | complaint | The complaint | says | >
The handler was in fact an undercover FBI agent, according to an affidavit attached to the complaint.
  > document | affidavit | an affidavit attached to the complaint | according to | <

Assistant Attorney General Malcolm Idris, who heads the Justice Department's national security division, said in a statement that Halloway had "betrayed the sailors who will one day serve aboard that submarine."
  > named_official | idris | Assistant Attorney General Malcolm Idris, who heads the Justice Department's national security division | said in a statement | >
The U.S. attorney in Kestrel Harbor, Garrick Thorne, said at a news conference that investigators had found no evidence that Halloway had passed information to an actual foreign government.
  > named_official | thorne | The U.S. attorney in Kestrel Harbor, Garrick Thorne | said at a news conference | >
But he said the drawings Halloway sold would have been "enormously valuable" to any country trying to track American submarines.
  > named_official | thorne | he | said | >
Thorne declined to say whether anyone else at the shipyard was under investigation.
  > declined_comment | thorne | Thorne | declined to say whether anyone else at the shipyard was under investigation | - | resp=declined

The Navy said in a statement that it was cooperating with the investigation and had suspended Halloway's security clearance.
  > named_organization | navy | The Navy | said in a statement | >
A Navy spokesman, Cmdr. Roland Achterberg, said the service was reviewing how Halloway had been able to copy the drawings from a secure computer network.
  > named_official | achterberg | A Navy spokesman, Cmdr. Roland Achterberg | said | >
Two U.S. officials briefed on the case said the FBI had been alerted by an intelligence agency that intercepted Halloway's early messages to a real foreign embassy, which never answered them.
  > anonymous_official | us-officials | Two U.S. officials briefed on the case | said | >
The officials, who spoke on the condition of anonymity because they were not authorized to discuss intelligence matters, declined to name the country.
  > declined_comment | us-officials | The officials | declined to name the country | - | resp=declined, anon=who spoke on the condition of anonymity because they were not authorized to discuss intelligence matters
A person familiar with the investigation said agents had watched Halloway for nearly a year and had searched his home in March while he was at work.
  > anonymous_familiar | familiar | A person familiar with the investigation | said | >
Halloway's lawyer, a federal public defender, did not respond to a request for comment.
  > declined_comment | defender | Halloway's lawyer, a federal public defender | did not respond to a request for comment | - | resp=no_response

A neighbor who has lived across the street from Halloway for six years said he was a quiet man who coached his daughter's soccer team and often talked about money problems after his divorce.
  > named_person | pettigrew | A neighbor who has lived across the street from Halloway for six years | said | >
The neighbor, Orla Pettigrew, said FBI agents had spent most of Saturday carrying boxes out of his house.
  > named_person | pettigrew | The neighbor, Orla Pettigrew | said | >
"You just never think it's going to be the guy next door with the minivan," she said.
  > named_person | pettigrew | she | said | <
Court records show that Halloway filed for bankruptcy in 2023, listing debts of about $210,000.
  > document | court-records | Court records | show | >
Critics of the Pentagon's security clearance system say it does too little to catch employees in financial trouble between the reviews that take place every five years.
  > anonymous_other | critics | Critics of the Pentagon's security clearance system | say | >

The Tidewater Sentinel first reported Halloway's arrest on Sunday.
  > media_report | sentinel | The Tidewater Sentinel | first reported | Halloway's arrest on Sunday
The Navy had planned to begin sea trials of the submarine, the first of a new class, in 2027.
  > named_organization | navy | The Navy | had planned | to begin sea trials of the submarine, the first of a new class, in 2027 | nosrc
Halloway is scheduled to appear in federal court on Thursday for a detention hearing.
''')

ARTICLES.append(r'''
@id h-state_budget-strand-signs-two-year-plan
@style state_budget
Wisconsin governor signs $61 billion budget after lawmakers restore school money

MADISON, Wis. -- Gov. Evelyn Strand signed a two-year, $61 billion budget on Friday, ending a standoff with the Legislature that had threatened to shut down parts of state government next week.
The budget, which the Legislature passed late Thursday, restores $640 million for public schools that Strand had proposed cutting in January, and it raises the state's tax on cigarettes by 50 cents a pack.
Strand, a Democrat, said at a signing ceremony in her Capitol office that the budget was "not the one I would have written, but one I can live with."
  > named_official | strand | Strand, a Democrat | said at a signing ceremony | that the budget was "not the one I would have written, but one I can live with."
"Nobody got everything they wanted.
  > named_official | strand | Strand | - | *
That's what a divided government looks like when it actually does its job," she said.
  > named_official | strand | she | said | <
Her budget director, Annika Solheim, said the plan left the state with a reserve of about $1.9 billion, down from $3.1 billion two years ago.
  > named_official | solheim | Her budget director, Annika Solheim | said | >
Solheim warned that spending on Medicaid and prisons was growing faster than tax revenue and that the next Legislature would face "hard choices."
  > named_official | solheim | Solheim | warned | >

The nonpartisan Legislative Budget Office said in an analysis on Thursday that the budget would leave a gap of about $1.2 billion in the following two-year cycle unless revenue picks up.
  > named_organization | lbo | The nonpartisan Legislative Budget Office | said in an analysis | that the budget would leave a gap of about $1.2 billion in the following two-year cycle unless revenue picks up
The analysis found that about half of that gap came from tax cuts for retirees that Republicans added in the final week of negotiations.
  > document | lbo-analysis | The analysis | found | >
LBO's director, Raymond Kessel, said the office's estimates did not assume a recession.
  > named_official | kessel | LBO's director, Raymond Kessel | said | >
Tax collections in the fiscal year that ended in June came in $420 million below forecast, according to figures released this month by the state Department of Revenue.
  > document | revenue-figures | figures released this month by the state Department of Revenue | according to | <

Assembly Speaker Thomas Brannigan, a Republican, said the budget "puts money back in the pockets of retirees who have been taxed enough."
  > named_official | brannigan | Assembly Speaker Thomas Brannigan, a Republican | said | >
The Senate's Republican leader, Dale Hovland, said he had voted for the budget reluctantly because it spent too much.
  > named_official | hovland | The Senate's Republican leader, Dale Hovland | said | >
He said his caucus would push for deeper cuts next year.
  > named_official | hovland | He | said | >
Brannigan's office did not respond to questions about the long-term cost of the retiree tax cut.
  > declined_comment | brannigan-office | Brannigan's office | did not respond to questions about the long-term cost of the retiree tax cut | - | resp=no_response
Two legislative aides involved in the talks said the deal came together only after Strand threatened on Tuesday to veto any budget that cut school aid.
  > anonymous_official | aides | Two legislative aides involved in the talks | said | >
The aides, who spoke on the condition of anonymity because the negotiations were private, said Republicans agreed to restore the school money in exchange for the retiree tax cut.
  > anonymous_official | aides | The aides | said | > | anon=who spoke on the condition of anonymity because the negotiations were private
People familiar with the governor's thinking said she had been prepared to let the shutdown happen.
  > anonymous_familiar | familiar | People familiar with the governor's thinking | said | >

Marcus Eddington, the superintendent of the Pelham Falls School District, said his district would now be able to rehire 40 of the 65 teachers it laid off in the spring.
  > named_official | eddington | Marcus Eddington, the superintendent of the Pelham Falls School District | said | >
Jolene Marchbanks, whose two children attend Pelham Falls schools, said parents had packed the Capitol for a rally in May because "we were tired of being the line item that gets cut first."
  > named_person | marchbanks | Jolene Marchbanks, whose two children attend Pelham Falls schools | said | >
Some economists have questioned whether the retiree tax cut will keep older residents from moving to states with lower taxes, as its supporters argue.
  > anonymous_other | economists | Some economists | have questioned | >
The Capitol Courier first reported the outlines of the deal on Wednesday night.
  > media_report | courier | The Capitol Courier | first reported | the outlines of the deal on Wednesday night
Strand had hoped to use part of the reserve for a statewide child care program, which was left out of the final budget.
  > named_official | strand | Strand | had hoped | to use part of the reserve for a statewide child care program | nosrc
''')

ARTICLES.append(r'''
@id h-senate_race_2016_style-whitcombe-castellane-debate
@style senate_race_2016_style
Whitcombe and Castellane trade attacks over trade deal in first Ohio Senate debate

COLUMBUS, Ohio -- Sen. Dale Whitcombe and his Democratic challenger, former Gov. Maureen Castellane, clashed over trade, the opioid epidemic and their parties' presidential nominees on Monday night in the first debate of one of the closest Senate races in the country.
Whitcombe, a two-term Republican, accused Castellane of supporting a Pacific trade agreement that he said would "ship another 40,000 Ohio jobs overseas."
  > named_official | whitcombe | Whitcombe, a two-term Republican | accused | Castellane of supporting a Pacific trade agreement that he said would "ship another 40,000 Ohio jobs overseas."
"Governor Castellane was for this deal before she was against it.
  > named_official | whitcombe | Whitcombe | - | *
Ohio families deserve to know which Maureen Castellane is going to show up in Washington," Whitcombe said.
  > named_official | whitcombe | Whitcombe | said | <
Castellane, who served one term as governor before losing her re-election bid in 2010, said she had opposed the agreement "from the day its text was made public."
  > named_official | castellane | Castellane, who served one term as governor before losing her re-election bid in 2010 | said | >
She accused Whitcombe of voting to give the president "fast-track" authority to negotiate the deal.
  > named_official | castellane | She | accused | Whitcombe of voting to give the president "fast-track" authority to negotiate the deal
Asked five times whether he would vote for his party's presidential nominee, Whitcombe said only that he would "support the Republican ticket."
  > named_official | whitcombe | Whitcombe | said only | that he would "support the Republican ticket."

A Lakeshore University poll released last week found Castellane with 45 percent support among likely voters and Whitcombe with 44 percent, a statistical tie.
  > document | poll | A Lakeshore University poll released last week | found | >
"The race is about as close as a race can be," said Ellery Marsh, the director of the Lakeshore poll.
  > named_official | marsh | Ellery Marsh, the director of the Lakeshore poll | said | <
He said about one in eight likely voters remained undecided, many of them suburban Republican women.
  > named_official | marsh | He | said | >
Whitcombe's campaign spokesman, Trent Halvey, said after the debate that Castellane had "spent 90 minutes running from her record."
  > named_official | halvey | Whitcombe's campaign spokesman, Trent Halvey | said | that Castellane had "spent 90 minutes running from her record."
Castellane's spokesman, Joaquin Reyes-Boyle, said voters had seen "a senator who can't bring himself to say the name of his own party's nominee."
  > named_official | reyes-boyle | Castellane's spokesman, Joaquin Reyes-Boyle | said | >
He said the campaign had raised $2.3 million in the 48 hours after the debate was announced.
  > named_official | reyes-boyle | He | said | >

Buckeye Prosperity Fund, a super PAC that supports Whitcombe, said on Tuesday that it would spend $8 million on television ads in the Columbus and Cincinnati markets before Election Day.
  > named_organization | bpf | Buckeye Prosperity Fund, a super PAC that supports Whitcombe | said | that it would spend $8 million on television ads in the Columbus and Cincinnati markets before Election Day
Federal Election Commission filings show that the group's largest donor is a Cleveland shipping executive who gave $3 million in August.
  > document | fec-filings | Federal Election Commission filings | show | >
A rival super PAC backing Castellane, Ohio Forward Together, has spent $5.6 million attacking Whitcombe's record on prescription drug prices, according to AdTrack, a firm that monitors political advertising.
  > named_organization | adtrack | AdTrack, a firm that monitors political advertising | according to | <
Republican leaders in Washington have grown worried that Whitcombe's refusal to embrace the top of the ticket is costing him support among the party's base, according to three Republican strategists familiar with the party's internal polling.
  > anonymous_familiar | strategists | three Republican strategists familiar with the party's internal polling | according to | <
The strategists, who spoke on the condition of anonymity to discuss private data, said the polling showed Whitcombe winning only about 80 percent of Republicans, well below what he needs.
  > anonymous_familiar | strategists | The strategists | said | > | anon=who spoke on the condition of anonymity to discuss private data
A senior official at the party's Senate campaign committee said the committee had no plans to cut back its spending in Ohio.
  > anonymous_official | committee-official | A senior official at the party's Senate campaign committee | said | >

Darnell Pruitt, a political scientist at Miami Valley College who studies Senate elections, said the debate was unlikely to move many voters.
  > named_person | pruitt | Darnell Pruitt, a political scientist at Miami Valley College who studies Senate elections | said | >
"Both of them came in with a plan not to lose, and neither of them lost," he said.
  > named_person | pruitt | he | said | <
Some Democrats have privately questioned whether Castellane, who lost her last race by eight points, can win back the rural voters who abandoned her in 2010.
  > anonymous_other | democrats | Some Democrats | have privately questioned | >
The Columbus Sentinel-Ledger reported on Sunday that Castellane had been paid $420,000 for speeches to trade groups since leaving office, including two groups that lobbied for the trade deal.
  > media_report | sentinel-ledger | The Columbus Sentinel-Ledger | reported | that Castellane had been paid $420,000 for speeches to trade groups since leaving office, including two groups that lobbied for the trade deal
Castellane's campaign declined to say how much of the money came from those two groups.
  > declined_comment | castellane-campaign | Castellane's campaign | declined to say how much of the money came from those two groups | - | resp=declined
Whitcombe had hoped to keep the race focused on the opioid crisis, on which he wrote a bill that passed the Senate 92-5 in July.
  > named_official | whitcombe | Whitcombe | had hoped | to keep the race focused on the opioid crisis | nosrc
The candidates will meet again on Oct. 20 in Toledo.
''')



if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
