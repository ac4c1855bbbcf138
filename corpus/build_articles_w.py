"""Build corpus/articles/w.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (grain_ship_quarantine, transplant_program_suspension, lunch_debt_collection,
elevator_inspection_backlog, ambulance_contract_exit, violin_theft_recovery,
racehorse_medication_suspension, short_seller_report, reservoir_fish_kill,
jail_food_contract_fraud, seed_bank_freezer_failure, home_insurer_withdrawal), in the
voices of a wire service, a national paper with honorifics (Mr./Ms./Dr.), a local TV
website, a building-trades publication, a public radio site, a magazine feature in the
present tense, a sports desk, a business wire, a regional daily, a court reporter, a
science desk and a newsletter explainer. Each article is built to test source grouping
and typing: two people of one gender and one role close together, with a pronoun that
resolves to the second; a person described first and named later ("The man, Gerald
Pruitt", "The paramedic, Carla Jensen", "The guide, Wes Hatcher", "The woman, Teresa
Vance", "The student, Mara Lindgren", "The retiree, Ruth Ann Clement", "the clerk, Marcus
Bell"); anonymous officials with a stated reason for anonymity; an institution under its
full name, its acronym and "the department"/"the agency"/"the commission"; institutions
under two names ("the Department of Buildings"/"the Buildings Department", "the
Wauhatchee River Authority"/"the Power Board"); a company named only in narration before
"the company said"; named and unnamed spokespeople; people familiar with the matter
repeated ("the people said", "one of the people said", "that person said"); vague
anonymous sources ("some parents say", "critics say", "building managers say");
headline attributions repeating a body source, with headlinese ("..., DA says", "...,
officials say", "..., DNR says", "..., Letter Shows"); documents (a letter, a memo, an
audit, a ruling, an internal report, a regulatory filing, a short seller's report, a
police report, a study, and two documents joined as one source: "a district memo and a
copy of the contract", "a criminal complaint and an affidavit"); media reports ("as first
reported by ..."); the three kinds of non-answer; quotes that run over several sentences
and quotes continued after "X said."; sentences that begin with a title abbreviation
("Sen.", "Rep.", "State Rep.") right after another sentence; one reporter-voice plan
marked not sourcing; and "told", "added", "noted", "called", "stopped" and "claimed"
used where they are not cues ("were told to stay aboard", "All told", "added a $5 monthly
late fee", "noted for its striped bass", "a gelding called Marsh Hawk", "calls a dealer",
"stopped performing in public", "claimed her for $25,000", "No one has claimed the
reward"). About half of the articles end with an excluded footer. Nothing is trained or
tuned on them.
Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_w.py [--render]
     python corpus/build_articles_w.py --check        (validate and render these articles; write nothing)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "w.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id w-grain-ship-quarantine-khapra-beetle
@style grain_ship_quarantine
Wheat freighter held off Durban after beetle found in holds, officials say
  > anonymous_official | ag-officials | officials | say | Wheat freighter held off Durban after beetle found in holds | count=2

DURBAN, South Africa -- A bulk carrier loaded with 58,000 tonnes of Canadian wheat has been ordered to wait at anchor outside Durban harbour after inspectors found live khapra beetles, one of the world's most destructive grain pests, in two of its holds, according to two agriculture officials, who spoke on condition of anonymity because they were not authorized to speak to the press.
  > anonymous_official | ag-officials | two agriculture officials | according to | < | anon=who spoke on condition of anonymity because they were not authorized to speak to the press
The officials said the ship, the Marisol Star, would not be allowed to unload until the whole cargo had been fumigated, which could take three weeks.
  > anonymous_official | ag-officials | The officials | said | >
Its 21 crew members were told to stay aboard.

South Africa's Department of Agriculture, Land Reform and Rural Development confirmed on Thursday that the vessel had been placed under a detention order.
  > named_organization | dalrrd | South Africa's Department of Agriculture, Land Reform and Rural Development | confirmed on Thursday | >
The department, known as DALRRD, said in a brief statement that "all necessary phytosanitary measures" were being taken.
  > named_organization | dalrrd | The department, known as DALRRD | said in a brief statement | >
DALRRD spokesman Sipho Mthembu said inspectors had taken more than 400 samples from the ship's seven holds.
  > named_official | mthembu | DALRRD spokesman Sipho Mthembu | said | >
He declined to say how many live insects had been found.
  > declined_comment | mthembu | He | declined to say how many live insects had been found | - | resp=declined
The khapra beetle, whose larvae can survive for years without food, is on a list of quarantine pests that South Africa has kept out since 1977.

The Marisol Star is owned by Halcyon Bulk Carriers, a Greek company that charters its ships to grain traders.
The company said the crew was cooperating with inspectors and that the wheat had been fumigated in Vancouver before it was loaded.
  > named_organization | halcyon | The company | said | >
The buyer of the cargo, a milling group based in Johannesburg, did not respond to requests for comment.
  > declined_comment | miller | The buyer of the cargo, a milling group based in Johannesburg | did not respond to requests for comment | - | resp=no_response
The ship had been at anchor since Monday, as first reported by the shipping newsletter Bulk Lines.
  > media_report | bulk-lines | the shipping newsletter Bulk Lines | as first reported by | <

Andile Khumalo, a grain trader in Durban, said the detention had already pushed up the local price of bread wheat by about 4 percent.
  > named_person | khumalo | Andile Khumalo, a grain trader in Durban | said | >
Another Durban trader, Themba Ndlovu, said at least three more cargoes loaded at the same Vancouver terminal were due in the next month.
  > named_person | ndlovu | Another Durban trader, Themba Ndlovu | said | >
He said buyers were already asking their suppliers for fresh fumigation certificates.
  > named_person | ndlovu | He | said | >
"Nobody wants to be the next ship sitting at anchor," Ndlovu said.
  > named_person | ndlovu | Ndlovu | said | <
"Every day out there costs the charterer about $25,000.
  > named_person | ndlovu | Ndlovu | - | *
In the end that cost lands on the loaf of bread."
  > named_person | ndlovu | Ndlovu | - | *

In Winnipeg, the Canadian Grain Commission said it had certified the cargo as free of live insects before the ship sailed in August.
  > named_organization | cgc | the Canadian Grain Commission | said | >
The commission said the beetle has never been found in a Canadian grain elevator.
  > named_organization | cgc | The commission | said | >
A CGC spokeswoman said the agency had asked South African authorities to send it samples of the insects.
  > named_organization | cgc | A CGC spokeswoman | said | >
Some farmers' groups say South Africa should halt wheat imports from Canada until the source of the infestation is found.
  > anonymous_other | farm-groups | Some farmers' groups | say | >
The harbour master's office in Durban could not be reached on Thursday.
  > declined_comment | harbour-master | The harbour master's office in Durban | could not be reached on Thursday | - | resp=unreachable
Port workers stopped loading a second grain ship at the same berth on Wednesday evening while inspectors checked its holds, and it was cleared to sail on Thursday morning.
''')

ARTICLES.append(r'''
@id w-transplant-program-suspension-lakeview
@style transplant_program_suspension
Ohio Hospital Halts Liver Transplants as Deaths Mount, Letter Shows
  > document | optn-letter | Letter | Shows | Ohio Hospital Halts Liver Transplants as Deaths Mount

COLUMBUS, Ohio -- Lakeview University Hospital has stopped performing liver transplants after patients who received new livers there died at nearly three times the expected rate, according to a letter from the national body that oversees organ transplants.
  > document | optn-letter | a letter from the national body that oversees organ transplants | according to | <
The letter, reviewed by The Record, says 11 of the 46 patients who received livers at Lakeview in the two years ending in June died within a year of surgery.
  > document | optn-letter | The letter, reviewed by The Record | says | >
It says the hospital must submit a plan for fixing the program within 60 days or risk losing its approval to perform the operation.
  > document | optn-letter | It | says | >
The Organ Procurement and Transplantation Network, which sent the letter, said in a statement that it had opened a formal review of the program.
  > named_organization | optn | The Organ Procurement and Transplantation Network, which sent the letter | said in a statement | >
An OPTN spokesman said the network does not discuss the details of a review while it is under way.
  > named_organization | optn | An OPTN spokesman | said | >

All told, 18 patients were on Lakeview's liver waiting list when the program stopped.
Denise Carver, a spokeswoman for Lakeview, said the hospital had paused the program voluntarily in August and had brought in outside surgeons to review every case.
  > named_official | carver | Denise Carver, a spokeswoman for Lakeview | said | >
"Our patients deserve answers, and they are going to get them," Ms. Carver said.
  > named_official | carver | Ms. Carver | said | <
"We will not reopen this program until we are sure it is safe."
  > named_official | carver | Ms. Carver | - | *
The program's director, Dr. Paul Whitford, did not respond to several messages left at his office.
  > declined_comment | whitford | The program's director, Dr. Paul Whitford | did not respond to several messages left at his office | - | resp=no_response
Lakeview's chief executive, Harold Lutz, could not be reached on Friday.
  > declined_comment | lutz | Lakeview's chief executive, Harold Lutz | could not be reached on Friday | - | resp=unreachable

A hospital official, who spoke on the condition of anonymity because the review is confidential, said two of the program's four transplant surgeons had left in 2023 and had not been replaced.
  > anonymous_official | hospital-official | A hospital official | said | > | anon=who spoke on the condition of anonymity because the review is confidential
The official said the two who remained were sometimes on call for a week at a time.
  > anonymous_official | hospital-official | The official | said | >
Dr. Karen Holloway, one of the surgeons who left, said she had warned hospital executives in 2022 that the program could not run safely with fewer than four surgeons.
  > named_person | holloway | Dr. Karen Holloway, one of the surgeons who left | said | >
A memo she sent to the executives that year, which Dr. Holloway provided to The Record, says the program would be "one bad month away from a crisis" with three surgeons or fewer.
  > document | holloway-memo | A memo she sent to the executives that year, which Dr. Holloway provided to The Record | says | >
Dr. Ruth Adebayo, who left three months after Dr. Holloway, said the hospital had turned down her request to recruit a replacement.
  > named_person | adebayo | Dr. Ruth Adebayo, who left three months after Dr. Holloway | said | >
She said she had been unable to tell her patients why she was leaving.
  > named_person | adebayo | She | said | >
"I loved that program," Dr. Adebayo said.
  > named_person | adebayo | Dr. Adebayo | said | <
"But I could not keep signing my name to operations I did not think we could do safely."
  > named_person | adebayo | Dr. Adebayo | - | *

A retired machinist from Zanesville who has been on Lakeview's waiting list for 14 months said he learned of the suspension from a television news report.
  > named_person | pruitt | A retired machinist from Zanesville who has been on Lakeview's waiting list for 14 months | said | >
The man, Gerald Pruitt, 61, said he had since registered at a hospital in Cincinnati, two hours from his home.
  > named_person | pruitt | The man, Gerald Pruitt, 61 | said | >
"Nobody from Lakeview picked up the phone to tell me," Mr. Pruitt said.
  > named_person | pruitt | Mr. Pruitt | said | <
Some patient advocates say federal regulators took far too long to act on the program's death rate.
  > anonymous_other | advocates | Some patient advocates | say | >
The Columbus Sentinel first reported the pause in August.
  > media_report | sentinel | The Columbus Sentinel | first reported | the pause

The Ohio Department of Health said it has no authority over transplant programs, which are regulated by the federal government.
  > named_organization | odh | The Ohio Department of Health | said | >
Sen. Margaret Ellison, Democrat of Ohio, said she would ask federal health officials why the program had been allowed to keep operating for so long.
  > named_official | ellison | Sen. Margaret Ellison, Democrat of Ohio | said | >
''')

ARTICLES.append(r'''
@id w-lunch-debt-collection-cedar-valley
@style lunch_debt_collection
Cedar Valley schools sent lunch debt to collection agency, district confirms
  > named_organization | cvsd | district | confirms | Cedar Valley schools sent lunch debt to collection agency

CEDAR VALLEY, Iowa -- The Cedar Valley Community School District turned more than $41,000 in unpaid school lunch debt over to a private collection agency this fall, the district confirmed to KCVX 9 on Tuesday.
  > named_organization | cvsd | the district | confirmed to KCVX 9 on Tuesday | <
CVSD said about 380 families received letters from the agency in October, some for balances as small as $12.
  > named_organization | cvsd | CVSD | said | >
The letters were sent by Midland Recovery Partners, a collection firm in Des Moines.
The company said in an email that it "follows every federal and state rule for consumer debt" and has not reported any of the accounts to credit bureaus.
  > named_organization | midland | The company | said in an email | >
Midland's president, Craig Dorsey, declined to comment on the terms of the district's contract.
  > declined_comment | dorsey | Midland's president, Craig Dorsey | declined to comment on the terms of the district's contract | - | resp=declined

The district agreed to pay Midland 30 percent of whatever it collects, according to a district memo and a copy of the contract obtained by KCVX 9.
  > document | memo-contract | a district memo and a copy of the contract obtained by KCVX 9 | according to | <
The documents show the school board approved the contract in June without discussion, as one of a dozen routine business items.
  > document | memo-contract | The documents | show | >
Board president Tom Haugen did not respond to a request for comment.
  > declined_comment | haugen | Board president Tom Haugen | did not respond to a request for comment | - | resp=no_response

Jessica Moreno, whose two sons attend Hawthorne Elementary, said she owed $87 when the letter came.
  > named_person | moreno | Jessica Moreno, whose two sons attend Hawthorne Elementary | said | >
Another Hawthorne mother, Brittany Olson, said her balance was $63.
  > named_person | olson | Another Hawthorne mother, Brittany Olson | said | >
She said she had applied for free meals in August and was still waiting to hear back.
  > named_person | olson | She | said | >
"I opened that envelope and my stomach just dropped," Olson said.
  > named_person | olson | Olson | said | <
"Red letters, a collection agency, the whole thing.
  > named_person | olson | Olson | - | *
For a lunch tab."
  > named_person | olson | Olson | - | *
Some parents say they never got a warning from the district before the letters arrived.
  > anonymous_other | parents | Some parents | say | >

Superintendent Alan Reyes said the district had sent three reminders to each family before turning the accounts over.
  > named_official | reyes | Superintendent Alan Reyes | said | >
He said the food service program lost $160,000 last year and that the district could not keep covering the shortfall from its general fund.
  > named_official | reyes | He | said | >
A district administrator, who asked not to be named because staff were told not to discuss the contract with reporters, said cafeteria workers had been instructed in September to stop giving hot meals to students with large balances.
  > anonymous_official | administrator | A district administrator | said | > | anon=who asked not to be named because staff were told not to discuss the contract with reporters
Reyes said that claim was "simply false."
  > named_official | reyes | Reyes | said | >

The Iowa Department of Education said federal rules let districts collect unpaid meal debt but bar them from singling out students who owe money.
  > named_organization | ide | The Iowa Department of Education | said | >
A department spokesperson said it had received two complaints about Cedar Valley this fall and was looking into both.
  > named_organization | ide | A department spokesperson | said | >
State Rep. Linda Frahm, a Republican from Cedar Valley, said she would introduce a bill in January to ban the use of collection agencies for school meal debt.
  > named_official | frahm | State Rep. Linda Frahm, a Republican from Cedar Valley | said | >
The district added a $5 monthly late fee to overdue lunch accounts in 2023.
The school board meets next on Monday at 6 p.m. at the district office.
@excluded
Copyright 2025 KCVX. All rights reserved.
Download the KCVX 9 News app for breaking news alerts.
Have a news tip? Email newsdesk@kcvx9.example.
''')

ARTICLES.append(r'''
@id w-elevator-inspection-backlog-new-harbor
@style elevator_inspection_backlog
Thousands of New Harbor elevators running on expired certificates, comptroller's audit finds
  > document | audit | comptroller's audit | finds | Thousands of New Harbor elevators running on expired certificates

NEW HARBOR -- More than 9,000 passenger elevators in New Harbor are running on expired inspection certificates, many of them more than two years overdue, according to an audit released Monday by City Comptroller Nadia Farouk's office.
  > document | audit | an audit released Monday by City Comptroller Nadia Farouk's office | according to | <
The audit traces the backlog to the Department of Buildings, which lost 22 of its 61 elevator inspectors between 2021 and 2024 and has refilled only six of the jobs.
  > document | audit | The audit | traces | >
It found that the average device in the city's inventory had gone 26 months without a periodic inspection, against a legal limit of 12.
  > document | audit | It | found | >
Farouk said at a news conference that the figures amounted to "a slow-motion failure of basic oversight."
  > named_official | farouk | Farouk | said at a news conference | >

The DOB said in a written response included in the audit that it agreed with most of the findings and had begun offering signing bonuses of $8,000 to certified inspectors.
  > named_organization | dob | The DOB | said in a written response included in the audit | >
DOB spokeswoman Kira Lindqvist said the department had also cleared about 1,400 overdue devices since July by accepting inspection reports from licensed private firms.
  > named_official | lindqvist | DOB spokeswoman Kira Lindqvist | said | >
A second department spokesman said later Monday that the Buildings Department would hire 15 inspectors by spring.
  > named_organization | dob | A second department spokesman | said later Monday | >
An inspector in the department's elevator unit, who spoke on condition of anonymity because inspectors are not permitted to talk to the press, said the unit's workload had doubled while its travel budget was cut.
  > anonymous_official | dob-inspector | An inspector in the department's elevator unit | said | > | anon=who spoke on condition of anonymity because inspectors are not permitted to talk to the press
"Some days I'm covering three districts in a car with no air conditioning," the inspector said.
  > anonymous_official | dob-inspector | the inspector | said | <
"You do the math on 9,000 devices."
  > anonymous_official | dob-inspector | the inspector | - | *

Rick Salerno, who owns Salerno Lift Service, a maintenance contractor with about 600 elevators under contract, said some building owners had stopped scheduling annual load tests because no city inspector was available to witness them.
  > named_official | salerno | Rick Salerno, who owns Salerno Lift Service, a maintenance contractor with about 600 elevators under contract | said | >
Another contractor, Mike Dunleavy of Harborview Elevator, said his firm had waited as long as five months for a city inspector to sign off on a modernization job.
  > named_official | dunleavy | Another contractor, Mike Dunleavy of Harborview Elevator | said | >
He said the delays had cost his company at least two contracts this year.
  > named_official | dunleavy | He | said | >
"The owners don't blame the city," Dunleavy said.
  > named_official | dunleavy | Dunleavy | said | <
"They blame whoever has a truck parked in front of the building, and that's us."
  > named_official | dunleavy | Dunleavy | - | *
Building managers say tenants have started asking why the certificate posted in the car expired years ago.
  > anonymous_other | managers | Building managers | say | >

The audit cites a 2022 accident at a Harbor Point apartment tower that claimed the life of a 58-year-old mechanic, in a car that had not been inspected for 31 months.
  > document | audit | The audit | cites | >
The Elevator Industry Safety Council, a trade group, said in a letter to the City Council last month that private inspectors could clear the backlog within a year if the city let them witness load tests.
  > named_organization | eisc | The Elevator Industry Safety Council, a trade group | said in a letter to the City Council last month | >
Dennis Kowalczyk, business manager of Elevator Constructors Local 4, said handing inspections to companies that also sell maintenance contracts would be "letting the fox guard the henhouse."
  > named_official | kowalczyk | Dennis Kowalczyk, business manager of Elevator Constructors Local 4 | said | >
The mayor's office did not respond to requests for comment on Monday.
  > declined_comment | mayor | The mayor's office | did not respond to requests for comment on Monday | - | resp=no_response
Farouk had briefed council members on the findings on Friday, as first reported by the New Harbor Tribune.
  > media_report | tribune | the New Harbor Tribune | as first reported by | <
@excluded
Subscribe to the Vertical Transport Review newsletter for weekly code and inspection news.
Related: How third-party inspection programs work in other cities
Share this article: LinkedIn | X | Email
''')

ARTICLES.append(r'''
@id w-ambulance-contract-exit-ossawa-county
@style ambulance_contract_exit
Ossawa County's only ambulance service is pulling out, and nobody has a plan to replace it

The private company that runs every ambulance in Ossawa County will stop answering calls there on Jan. 31, according to a letter it sent to county officials last week.
  > document | letter | a letter it sent to county officials last week | according to | <
The letter, which Northwoods Public Radio obtained through a records request, says the company lost $1.2 million on the county's contract over the past two years.
  > document | letter | The letter, which Northwoods Public Radio obtained through a records request | says | >
NorthStar Medical Transport has run ambulances out of stations in Birch Falls and Tamarack since 2011.
The company said in a statement Monday that low Medicare payments and long drives to the nearest trauma center had made the contract "impossible to sustain."
  > named_organization | northstar | The company | said in a statement Monday | >
NorthStar's chief executive, Brian Toller, could not be reached.
  > declined_comment | toller | NorthStar's chief executive, Brian Toller | could not be reached | - | resp=unreachable

The Ossawa County Board of Supervisors met in closed session on the letter Tuesday night.
Supervisor Dale Brekke, who chairs the board's public safety committee, said the county had asked two other ambulance companies to bid on the contract and both had said no.
  > named_official | brekke | Supervisor Dale Brekke, who chairs the board's public safety committee | said | >
Supervisor Gary Lind, whose district includes Tamarack, said the county should start its own ambulance service.
  > named_official | lind | Supervisor Gary Lind, whose district includes Tamarack | said | >
He said that would cost at least $900,000 a year, or about a 6 percent increase in the county levy.
  > named_official | lind | He | said | >
"We can argue about the money later," Lind said.
  > named_official | lind | Lind | said | <
"Right now we're talking about whether somebody having a heart attack on Highway 8 gets an ambulance in 20 minutes or in an hour.
  > named_official | lind | Lind | - | *
That's the whole question."
  > named_official | lind | Lind | - | *
The county board has until Dec. 15 to file an emergency coverage plan with the state.

A paramedic who has worked out of NorthStar's Birch Falls station for 16 years said crews there already cover an area larger than Rhode Island with two ambulances.
  > named_person | jensen | A paramedic who has worked out of NorthStar's Birch Falls station for 16 years | said | >
The paramedic, Carla Jensen, said she expects to lose her job in January but wants to stay in the area.
  > named_person | jensen | The paramedic, Carla Jensen | said | >
Some residents of the county's northern townships say they already wait 40 minutes or longer for an ambulance.
  > anonymous_other | residents | Some residents of the county's northern townships | say | >
The county added a second overnight dispatcher in 2022 to handle the long calls.

The Wisconsin Department of Health Services licenses ambulance services but does not run them.
DHS said it would help the county look for another provider.
  > named_organization | dhs | DHS | said | >
A department spokeswoman said services in neighboring Lincoln and Price counties could be asked to cover calls in an emergency, but their crews would face drives of up to an hour.
  > named_organization | dhs | A department spokeswoman | said | >
A state health official, who asked not to be named because the department has not decided how to respond, said at least four other rural Wisconsin counties have been warned by their ambulance providers that they may leave.
  > anonymous_official | state-official | A state health official | said | > | anon=who asked not to be named because the department has not decided how to respond
The official said the agency has no money set aside to take over an ambulance service.
  > anonymous_official | state-official | The official | said | >
A 2023 report by the Wisconsin Office of Rural Health found that a third of the state's rural ambulance services could not staff every shift.
  > document | rural-health-report | A 2023 report by the Wisconsin Office of Rural Health | found | >
State Sen. Janet Kowal, whose district includes Ossawa County, did not respond to a request for comment.
  > declined_comment | kowal | State Sen. Janet Kowal, whose district includes Ossawa County | did not respond to a request for comment | - | resp=no_response
@excluded
Northwoods Public Radio is supported by listeners like you. Donate today.
Listen to this story
Sign up for The Northwoods Report, our weekly newsletter.
''')

ARTICLES.append(r'''
@id w-violin-theft-recovery-guarneri-1741
@style violin_theft_recovery
The Violin in the Pawnshop: how a stolen 1741 Guarneri found its way home

On a wet Tuesday morning in March, a man carries a battered violin case into Liberty Loan & Jewelry in Camden, N.J., and asks for $300.
The clerk behind the counter, who has worked there for nine years, says he assumed the instrument inside was a copy, one of the thousands of German factory fiddles that carry a fake Cremona label.
  > named_person | bell | The clerk behind the counter, who has worked there for nine years | says | >
"But the varnish looked like honey poured over glass," says the clerk, Marcus Bell, 34.
  > named_person | bell | the clerk, Marcus Bell, 34 | says | <
"Factory fiddles don't look like that."
  > named_person | bell | Marcus Bell | - | *
Bell gives the man $300, holds the violin for the 30 days the law requires, and then calls a dealer in Philadelphia.

The dealer, Anton Reisz, who has sold and repaired violins for four decades, says he knew within a minute what he was holding.
  > named_person | reisz | The dealer, Anton Reisz, who has sold and repaired violins for four decades | says | >
Another dealer, Leopold Hart, who examines the instrument in New York a week later, says the scroll and the f-holes match photographs of a violin made by Giuseppe Guarneri del Gesù in 1741 and stolen in Baltimore in 2009.
  > named_person | hart | Another dealer, Leopold Hart, who examines the instrument in New York a week later | says | >
He says he phoned the FBI the same afternoon.
  > named_person | hart | He | says | >
"I have held maybe six del Gesùs in my life," Hart says.
  > named_person | hart | Hart | says | <
"You don't forget the way they sound.
  > named_person | hart | Hart | - | *
You don't forget the way they smell, either."
  > named_person | hart | Hart | - | *

The violin belongs to Elena Vasko, who was concertmaster of the Chesapeake Symphony when it vanished from her car outside a rehearsal hall 16 years ago.
A Baltimore police report from that night lists the instrument's value at $3.8 million.
  > document | police-report | A Baltimore police report from that night | lists | >
The car's rear window had been smashed, the report says.
  > document | police-report | the report | says | <
Vasko, now 71, stopped performing in public two years after the theft.
She says she never expected to see the violin again.
  > named_person | vasko | She | says | >
"I mourned it like a person," she says.
  > named_person | vasko | she | says | <
"Maybe that is silly.
  > named_person | vasko | she | - | *
But I played it every day for 22 years."
  > named_person | vasko | she | - | *

How the violin got from a Baltimore street to a Camden pawnshop is still not clear.
The FBI's Art Crime Team has interviewed the man who pawned it, according to two people familiar with the investigation.
  > anonymous_familiar | familiar | two people familiar with the investigation | according to | <
The people, who asked not to be identified because the case is open, say the man told agents he bought the violin at a flea market in Pennsauken for $40.
  > anonymous_familiar | familiar | The people | say | > | anon=who asked not to be identified because the case is open
One of the people says agents do not believe him.
  > anonymous_familiar | familiar | One of the people | says | >
An FBI spokeswoman in Philadelphia declines to say whether anyone is likely to be charged.
  > declined_comment | fbi | An FBI spokeswoman in Philadelphia | declines to say whether anyone is likely to be charged | - | resp=declined
Special Agent Thomas Garrity, who leads the bureau's art crime work in the region, says only that stolen instruments "almost always surface eventually, because sooner or later someone needs money."
  > named_official | garrity | Special Agent Thomas Garrity, who leads the bureau's art crime work in the region | says | stolen instruments "almost always surface eventually, because sooner or later someone needs money."
Liberty Loan's owner, Sam Petrakis, does not return several phone calls.
  > declined_comment | petrakis | Liberty Loan's owner, Sam Petrakis | does not return several phone calls | - | resp=no_response

Harmonia Fine Arts Insurance paid Vasko $2.1 million for the loss in 2010, which means that on paper the insurer owns the violin.
The company says it will sell it back to her for what it paid.
  > named_organization | harmonia | The company | says | >
No one has claimed the $50,000 reward it offered in 2009.
The Baltimore Harbinger reported at the time that two other instruments had been stolen from cars near the same hall that winter.
  > media_report | harbinger | The Baltimore Harbinger | reported at the time | >
Some dealers say privately that the violin passed through at least two other shops before it reached Camden.
  > anonymous_other | dealers | Some dealers | say privately | >
When Vasko opens the case in Reisz's workshop in April, she does not play it for almost an hour.
''')

ARTICLES.append(r'''
@id w-racehorse-medication-suspension-delacorte
@style racehorse_medication_suspension
Delacorte suspended 90 days after two horses test positive, racing commission says
  > named_organization | vrc | racing commission | says | Delacorte suspended 90 days after two horses test positive

NEW KENT, Va. -- Victor Delacorte, the trainer who has won more races at Colonial Downs than anyone else for three straight summers, was suspended for 90 days and fined $20,000 on Thursday after two of his horses tested positive for a banned painkiller, the Virginia Racing Commission said.
  > named_organization | vrc | the Virginia Racing Commission | said | <
The ruling, posted on the commission's website, says post-race samples from both horses contained dermorphin, a peptide first found in the skin of South American frogs that can be 40 times as powerful as morphine.
  > document | ruling | The ruling, posted on the commission's website | says | >
Both horses were also disqualified, and their purses, about $61,000 in all, will go to the runners-up.
The first, a 4-year-old gelding called Marsh Hawk, won an allowance race on Aug. 9.
The second, a filly named Candlewick, won a claiming race a week later, three weeks after Delacorte claimed her for $25,000.

Delacorte's lawyer, Joan Whitely, said he would appeal.
  > named_official | whitely | Delacorte's lawyer, Joan Whitely | said | >
She said the samples had been mishandled at the track's testing barn and that her client "has never given a horse anything that wasn't prescribed by a vet."
  > named_official | whitely | She | said | >
Delacorte did not respond to a text message on Thursday.
  > declined_comment | delacorte | Delacorte | did not respond to a text message on Thursday | - | resp=no_response

A commission official, who spoke on condition of anonymity because the appeal is pending, said the samples had been split and tested at two laboratories, and both found the drug.
  > anonymous_official | vrc-official | A commission official | said | > | anon=who spoke on condition of anonymity because the appeal is pending
"Two labs, two positives," the official said.
  > anonymous_official | vrc-official | the official | said | <
"That's not a paperwork problem."
  > anonymous_official | vrc-official | the official | - | *
Investigators searched Delacorte's barn on Aug. 22 and took syringes from a tack room, as first reported by the Thoroughbred Daily Ledger.
  > media_report | tdl | the Thoroughbred Daily Ledger | as first reported by | <
The VRC's executive secretary, Harold Gaines, declined to comment on the search.
  > declined_comment | gaines | The VRC's executive secretary, Harold Gaines | declined to comment on the search | - | resp=declined

On the Colonial Downs backstretch Thursday morning, the suspension was the only thing anyone wanted to talk about.
Ray Osterman, who trains about 30 horses in the barn next to Delacorte's, said he was not surprised.
  > named_person | osterman | Ray Osterman, who trains about 30 horses in the barn next to Delacorte's | said | >
Another trainer, Luis Batista, said Delacorte's horses had been "running like they had a motor in them" all summer.
  > named_person | batista | Another trainer, Luis Batista | said | >
He said he had complained to the stewards twice in July.
  > named_person | batista | He | said | >
"Everybody on this backstretch knew," Batista said.
  > named_person | batista | Batista | said | <
"We just couldn't prove it, and we got tired of running second."
  > named_person | batista | Batista | - | *
Some owners have already begun moving horses out of Delacorte's barn, according to a person familiar with the stable's business.
  > anonymous_familiar | familiar | a person familiar with the stable's business | according to | <
That person said at least 11 horses had gone to other trainers since the search.
  > anonymous_familiar | familiar | That person | said | >

Veterinarians say dermorphin dulls pain enough to let an injured horse keep running, which puts both the horse and its rider at risk.
  > anonymous_other | vets | Veterinarians | say | >
Sarah Lindell, an equine veterinarian who studies racing injuries at Virginia Tech, said the drug clears a horse's system within days, which is why it is rarely caught.
  > named_person | lindell | Sarah Lindell, an equine veterinarian who studies racing injuries at Virginia Tech | said | >
A spokesman for Colonial Downs said Delacorte's 42 stalls would be reassigned for the fall meet.
  > named_organization | colonial | A spokesman for Colonial Downs | said | >
The suspension runs through Dec. 2, which means Delacorte will miss the rest of the season in Virginia.
''')

ARTICLES.append(r'''
@id w-short-seller-report-brightfold-toys
@style short_seller_report
Brightfold shares sink 28% after short seller alleges sales were inflated
  > named_organization | quillon | short seller | alleges | sales were inflated

NEW YORK -- Shares of Brightfold Holdings, the maker of Pocket Pals collectible toys, fell 28 percent on Tuesday after a short seller accused the company of inflating its sales through distributors it secretly controls.
  > named_organization | quillon | a short seller | accused | the company of inflating its sales through distributors it secretly controls
Quillon Research, which holds a short position in Brightfold, said in a 46-page report released before the market opened that about a third of Brightfold's revenue last year came from eight distributors in Hong Kong and Shenzhen that share addresses and directors with Brightfold's own subsidiaries.
  > named_organization | quillon | Quillon Research, which holds a short position in Brightfold | said in a 46-page report released before the market opened | >
The report cites corporate registry records in both cities and shipping data showing that many of the toys sold to those distributors were later sent back to Brightfold's warehouses.
  > document | quillon-report | The report | cites | >
Trading in the stock was stopped twice in the first hour under the exchange's volatility rules.

The company said in a statement that the report was "riddled with errors and false assumptions" and that all of its distributors are independent.
  > named_organization | brightfold | The company | said in a statement | >
Brightfold spokeswoman Tessa Grant said the company would publish a detailed response within a week.
  > named_official | grant | Brightfold spokeswoman Tessa Grant | said | >
Chief executive Wen Li told investors on a hastily arranged call that Brightfold had "never hidden anything from our auditors or our shareholders."
  > named_official | li | Chief executive Wen Li | told investors on a hastily arranged call | >
"We build toys that children love," Li said.
  > named_official | li | Li | said | <
"We don't build distributors to buy them.
  > named_official | li | Li | - | *
The people who wrote this report get paid when our stock goes down."
  > named_official | li | Li | - | *
Brightfold had planned to announce a $200 million share buyback next month.
  > named_organization | brightfold | Brightfold | had planned | to announce a $200 million share buyback next month | nosrc
The stock closed at $11.42, its lowest since the company listed on the Nasdaq in 2021.

Brightfold's board has hired the law firm Carrow & Finch to review the distributor sales, according to two people familiar with the matter.
  > anonymous_familiar | familiar | two people familiar with the matter | according to | <
The people, who asked not to be named because the review has not been announced, said the board's audit committee made the decision at an emergency meeting Monday night.
  > anonymous_familiar | familiar | The people | said | > | anon=who asked not to be named because the review has not been announced
One of the people said the committee had also asked the company's auditor, Stanhope Pierce, to preserve its working papers.
  > anonymous_familiar | familiar | One of the people | said | >
Stanhope Pierce did not respond to requests for comment.
  > declined_comment | stanhope | Stanhope Pierce | did not respond to requests for comment | - | resp=no_response
A spokesman for the Securities and Exchange Commission declined to comment.
  > declined_comment | sec | A spokesman for the Securities and Exchange Commission | declined to comment | - | resp=declined

Rachel Kim, an analyst at Dorrance Securities who rates the stock a buy, said the report raised "fair questions" but did not show that any toys went unsold to shoppers.
  > named_person | kim | Rachel Kim, an analyst at Dorrance Securities who rates the stock a buy | said | >
Another analyst, Helen Ostrowski of Pell & Co., said she had asked Brightfold about the same distributors last year.
  > named_person | ostrowski | Another analyst, Helen Ostrowski of Pell & Co. | said | >
She said the company assured her at the time that the distributors were "longtime partners" with no ownership ties.
  > named_person | ostrowski | She | said | >
Quillon has published reports on four other companies in the past two years, and the shares of three of them remain below where they were the day its reports came out.
Critics say short sellers profit from the panic that their own reports create.
  > anonymous_other | critics | Critics | say | >
Quillon's founder, Martin Vos, could not be reached on Tuesday.
  > declined_comment | vos | Quillon's founder, Martin Vos | could not be reached on Tuesday | - | resp=unreachable
The Financial Ledger reported in March that Brightfold's sales to Asian distributors had tripled in two years while its sales to U.S. retailers stayed flat.
  > media_report | ledger | The Financial Ledger | reported in March | >
@excluded
(Reporting by Dana Whitlock in New York; Editing by Paul Marsh)
© 2025 Meridian Business Wire. All rights reserved.
''')

ARTICLES.append(r'''
@id w-reservoir-fish-kill-lake-wauhatchee
@style reservoir_fish_kill
Low oxygen killed 40,000 fish in Lake Wauhatchee, DNR says
  > named_organization | dnr | DNR | says | Low oxygen killed 40,000 fish in Lake Wauhatchee

CALLOWAY -- About 40,000 fish, most of them striped bass and blueback herring, have died in Lake Wauhatchee since early August because the water near the dam ran out of oxygen, the state Department of Natural Resources said Friday.
  > named_organization | dnr | the state Department of Natural Resources | said Friday | <
The DNR said the die-off was made worse by the drawdown of the lake, which its operator has lowered by 14 feet since May to repair the dam's spillway gates.
  > named_organization | dnr | The DNR | said | >
The department said warm, shallow water holds less oxygen, and the fish had crowded into a shrinking pocket of cool water near the dam.
  > named_organization | dnr | The department | said | >
Lake Wauhatchee, a 9,000-acre reservoir noted for its striped bass fishery, draws about 600,000 visitors a year.

The lake is run by the Wauhatchee River Authority, which many residents still call the Power Board, its name until a 2009 merger.
The authority said in a statement that the spillway repairs could not wait because an inspection last year found cracks in two of the dam's four gates.
  > named_organization | wra | The authority | said in a statement | >
A Power Board spokeswoman said the lake would begin refilling in November.
  > named_organization | wra | A Power Board spokeswoman | said | >
Power Board general manager Curtis Ames did not return calls Friday.
  > declined_comment | ames | Power Board general manager Curtis Ames | did not return calls Friday | - | resp=no_response
The authority's board chairman, Lyle Denton, declined to comment.
  > declined_comment | denton | The authority's board chairman, Lyle Denton | declined to comment | - | resp=declined

An internal DNR memo dated July 30 and obtained by The Courier warned that a fish kill was "likely" if the drawdown continued through August.
  > document | memo | An internal DNR memo dated July 30 and obtained by The Courier | warned | >
The memo says biologists had asked the authority in June to slow the drawdown.
  > document | memo | The memo | says | >
A DNR biologist, who spoke on condition of anonymity because staff are not allowed to discuss internal documents, said the request was "basically ignored."
  > anonymous_official | dnr-biologist | A DNR biologist | said | > | anon=who spoke on condition of anonymity because staff are not allowed to discuss internal documents
"We told them in June what was going to happen," the biologist said.
  > anonymous_official | dnr-biologist | the biologist | said | <
"It happened."
  > anonymous_official | dnr-biologist | the biologist | - | *
Crews added six floating aerators near the dam last week.

A fishing guide who has worked the lake for 31 years said he began finding dead stripers floating near the dam on Aug. 4.
  > named_person | hatcher | A fishing guide who has worked the lake for 31 years | said | >
The guide, Wes Hatcher, said he has since canceled 20 charter trips.
  > named_person | hatcher | The guide, Wes Hatcher | said | >
"Those stripers took 20 years to grow that big," Hatcher said.
  > named_person | hatcher | Hatcher | said | <
"You don't get that back in a season."
  > named_person | hatcher | Hatcher | - | *
Donna Kell, who has lived on the lake's north shore since 1998, said the smell of dead fish reached her porch by mid-August.
  > named_person | kell | Donna Kell, who has lived on the lake's north shore since 1998 | said | >
Her neighbor, Patsy Greer, said her boat dock has been sitting on dry mud since June.
  > named_person | greer | Her neighbor, Patsy Greer | said | >
She said she had written to the authority twice and got a form letter back both times.
  > named_person | greer | She | said | >
Some lake residents say the authority should pay to restock the lake.
  > anonymous_other | residents | Some lake residents | say | >

The authority's board meets Tuesday in Calloway.
Rep. Anne Tolliver, whose district includes most of the lake, said she would ask the board why it did not slow the drawdown when the DNR asked.
  > named_official | tolliver | Rep. Anne Tolliver, whose district includes most of the lake | said | >
WCPD-TV first reported the fish kill on Aug. 12, after viewers sent video of dead fish piled along the rocks below the dam.
  > media_report | wcpd | WCPD-TV | first reported | the fish kill
@excluded
Read more: Spillway repairs to keep Lake Wauhatchee low until November
Comments are closed on this story.
Sign up for The Courier's morning newsletter.
''')

ARTICLES.append(r'''
@id w-jail-food-contract-fraud-harcourt-county
@style jail_food_contract_fraud
Jail food vendor billed county for 200,000 meals never served, DA says
  > named_official | okonkwo | DA | says | Jail food vendor billed county for 200,000 meals never served

A company that fed inmates at the Harcourt County Jail billed the county for about 200,000 meals it never served over four years, District Attorney Maria Okonkwo said Wednesday.
  > named_official | okonkwo | District Attorney Maria Okonkwo | said Wednesday | <
The company's owner, Dale Rupert, 58, of Marlow, was arraigned Wednesday afternoon on charges of theft by deception, tampering with records and conspiracy.
Bail was set at $250,000, which Rupert posted by evening.
Rupert's company, Harvest Tray Food Services, has held the jail's food contract since 2017 and was paid about $2.3 million a year.
The company said in a statement released by its lawyer that it had "served every meal the county ordered" and that the charges grew out of "a billing dispute, not a crime."
  > named_organization | harvest-tray | The company | said in a statement released by its lawyer | >

According to a criminal complaint and an affidavit filed by county detectives, Harvest Tray billed for a full house of inmates every day even when the jail held far fewer, and padded its invoices with meals for inmates who had already been released.
  > document | complaint-affidavit | a criminal complaint and an affidavit filed by county detectives | According to | >
The documents say a former kitchen supervisor kept a second set of tally sheets recording the real number of trays that left the kitchen each day.
  > document | complaint-affidavit | The documents | say | >
Okonkwo said at a news conference that investigators compared the invoices with the jail's daily population counts for every day from 2020 through 2023.
  > named_official | okonkwo | Okonkwo | said at a news conference | >
"The jail's own numbers told the story," Okonkwo said.
  > named_official | okonkwo | Okonkwo | said | <
"Every morning the jail counted heads.
  > named_official | okonkwo | Okonkwo | - | *
Every month Harvest Tray sent a bill for more heads than there were."
  > named_official | okonkwo | Okonkwo | - | *

Rupert's lawyer, Steven Castellano, said outside the courthouse that the contract required the company to prepare meals for the jail's full capacity whether or not every bed was filled.
  > named_official | castellano | Rupert's lawyer, Steven Castellano | said outside the courthouse | >
He said the county had approved every invoice for seven years without objection.
  > named_official | castellano | He | said | >
Rupert declined to comment as he left the courtroom.
  > declined_comment | rupert | Rupert | declined to comment | - | resp=declined
Detectives searched Harvest Tray's offices in Marlow in May, as first reported by the Harcourt Gazette.
  > media_report | gazette | the Harcourt Gazette | as first reported by | <

Commissioner Linda Marsh, the chair of the county's three-member board, said the county would try to recover every dollar it overpaid.
  > named_official | marsh | Commissioner Linda Marsh, the chair of the county's three-member board | said | >
Commissioner Karen Boyle said she had voted against the 2023 renewal because Harvest Tray was the only bidder.
  > named_official | boyle | Commissioner Karen Boyle | said | >
She said the county would put the contract out for new bids in January.
  > named_official | boyle | She | said | >
A county official, who spoke on condition of anonymity because the investigation is continuing, said the jail's business manager had been placed on paid leave last month.
  > anonymous_official | county-official | A county official | said | > | anon=who spoke on condition of anonymity because the investigation is continuing
The business manager could not be reached.
  > declined_comment | business-manager | The business manager | could not be reached | - | resp=unreachable

The Pennsylvania Department of Corrections, which inspects county jails every year, said its 2022 inspection of the county prison found no problems with food service.
  > named_organization | doc | The Pennsylvania Department of Corrections, which inspects county jails every year | said | >
A DOC spokeswoman, Erin Saylor, said the department checks meal quality and sanitation, not billing.
  > named_official | saylor | A DOC spokeswoman, Erin Saylor | said | >
The department did not respond to a follow-up question about whether it had ever reviewed the jail's food records.
  > declined_comment | doc | The department | did not respond to a follow-up question about whether it had ever reviewed the jail's food records | - | resp=no_response

A woman whose son has been held at the jail since March said outside the courtroom that he had complained for months about small portions.
  > named_person | vance | A woman whose son has been held at the jail since March | said outside the courtroom | >
The woman, Teresa Vance, said she had put money in his commissary account every week so he could buy food.
  > named_person | vance | The woman, Teresa Vance | said | >
"He called me hungry every night," Vance said.
  > named_person | vance | Vance | said | <
Some inmates' families say they complained to the jail about the food for years.
  > anonymous_other | families | Some inmates' families | say | >
Rupert's preliminary hearing is scheduled for Nov. 18.
''')

ARTICLES.append(r'''
@id w-seed-bank-freezer-failure-northern-plains
@style seed_bank_freezer_failure
Thousands of rare seeds lost when university freezer failed over holiday, report says
  > document | incident-report | report | says | Thousands of rare seeds lost when university freezer failed over holiday

A freezer failure at Northern Plains State University over the winter holiday destroyed most of one of the world's largest collections of wild sunflower seeds, according to an internal university report released this week.
  > document | incident-report | an internal university report released this week | according to | <
The report says the temperature inside the walk-in freezer rose from minus 18 degrees Celsius to 9 degrees over four days in late December, after a compressor stopped and a backup unit failed to switch on.
  > document | incident-report | The report | says | >
About 6,100 of the collection's 8,400 seed samples, gathered over four decades from prairie remnants, roadsides and riverbanks in 14 states, can no longer germinate, it says.
  > document | incident-report | it | says | <
Seeds of most wild plants can survive for decades if they are dried and kept frozen, but they die quickly once they thaw and take up moisture from the air.

A graduate student who found the thawed freezer on Jan. 2 said the room smelled of mold and that water was pooling under the shelves.
  > named_person | lindgren | A graduate student who found the thawed freezer on Jan. 2 | said | >
The student, Mara Lindgren, said no alarm was sounding when she entered the building.
  > named_person | lindgren | The student, Mara Lindgren | said | >
The freezer's alarm was monitored by ColdWatch Systems, a Minneapolis company that was supposed to phone university staff if the temperature rose.
The company said in a statement that its records show the alarm went off on Dec. 27 and that it called the after-hours number the university had given it.
  > named_organization | coldwatch | The company | said in a statement | >
The report says that number belonged to a staff member who retired in 2022.
  > document | incident-report | The report | says | >

Thomas Ferrell, a plant geneticist who used the collection to study drought tolerance, said some of the lost samples came from prairie sites that have since been plowed or paved.
  > named_person | ferrell | Thomas Ferrell, a plant geneticist who used the collection to study drought tolerance | said | >
Another geneticist, Samuel Oduya of the University of Manitoba, said the wild sunflowers carry genes for resisting rust and downy mildew that breeders have moved into commercial varieties.
  > named_person | oduya | Another geneticist, Samuel Oduya of the University of Manitoba | said | >
He said at least 40 of the lost populations exist nowhere else.
  > named_person | oduya | He | said | >
"Some of these plants grew on a single hillside in Kansas that is now a parking lot," Oduya said.
  > named_person | oduya | Oduya | said | <
"You can't go back and collect them again.
  > named_person | oduya | Oduya | - | *
They're gone."
  > named_person | oduya | Oduya | - | *

The collection was a partial backup for samples held by the Agricultural Research Service, the Agriculture Department's main research arm, at its seed bank in Ames, Iowa.
The ARS said it holds duplicates of about 2,300 of the lost samples.
  > named_organization | ars | The ARS | said | >
The agency said it would send seeds from those duplicates to the university for regrowing, which takes at least two growing seasons for each population.
  > named_organization | ars | The agency | said | >
An ARS curator in Ames, who spoke on condition of anonymity because the agency had not authorized her to comment, said the agency asked NPSU in 2019 to send backup samples of the rest of the collection and never received them.
  > anonymous_official | ars-curator | An ARS curator in Ames | said | > | anon=who spoke on condition of anonymity because the agency had not authorized her to comment
NPSU said in a statement that it had installed a second alarm system and moved the surviving seeds to a freezer in another building.
  > named_organization | npsu | NPSU | said in a statement | >
University spokesman Kyle Brandvold said the school would pay for field plots to regrow the samples that can be replaced.
  > named_official | brandvold | University spokesman Kyle Brandvold | said | >
The dean of the university's College of Agriculture, Rebecca Strand, declined to comment.
  > declined_comment | strand | The dean of the university's College of Agriculture, Rebecca Strand | declined to comment | - | resp=declined

A 2021 study in the journal Seed Science Reports found that about a fifth of the world's seed banks have no backup power for their freezers.
  > document | study | A 2021 study in the journal Seed Science Reports | found | >
Some plant breeders say the loss shows that small university collections need the same safeguards as national seed banks.
  > anonymous_other | breeders | Some plant breeders | say | >
The Spectator, the university's student newspaper, first reported the loss in February.
  > media_report | spectator | The Spectator, the university's student newspaper | first reported | the loss
''')

ARTICLES.append(r'''
@id w-home-insurer-withdrawal-pelican-shore
@style home_insurer_withdrawal
What to know as Pelican Shore drops 60,000 homeowners along the Alabama coast

Pelican Shore Insurance, which covers about one in six homes in Mobile and Baldwin counties, will stop renewing homeowners policies in both counties starting March 1.
This week's Tidewater Brief explains what that means and what to do if you are one of its customers.

What happened?
The company said in a filing with the Alabama Department of Insurance last week that hurricane losses and rising reinsurance costs had made its coastal policies unprofitable five years running.
  > named_organization | pelican | The company | said in a filing with the Alabama Department of Insurance last week | >
The filing shows the company paid out $1.41 in claims and expenses for every dollar of premium it collected in the two counties last year.
  > document | filing | The filing | shows | >
Pelican Shore spokeswoman Dana Hollis said the company would keep writing policies in the rest of the state.
  > named_official | hollis | Pelican Shore spokeswoman Dana Hollis | said | >

Who is affected?
About 60,000 households, according to the department, which is known as ALDOI.
  > named_organization | aldoi | the department, which is known as ALDOI | according to | <
Policyholders will get a nonrenewal letter at least 60 days before their policy ends, as state law requires.
The letter, a copy of which a reader shared with us, says homeowners may apply to the state's insurer of last resort.
  > document | nonrenewal-letter | The letter, a copy of which a reader shared with us | says | >

What does the state say?
Insurance Commissioner Mark Fowler said in a statement that the department had "no legal authority to force a company to keep writing policies it does not want to write."
  > named_official | fowler | Insurance Commissioner Mark Fowler | said in a statement | >
The department said it was talking to three other insurers about taking over some of the policies.
  > named_organization | aldoi | The department | said | >
A department official, who spoke on condition of anonymity because the talks are private, said none of the three had offered to take more than 10,000 homes.
  > anonymous_official | aldoi-official | A department official | said | > | anon=who spoke on condition of anonymity because the talks are private

Is there more to it?
Pelican Shore's parent company has been trying to sell the insurer for more than a year, according to two people familiar with the company's plans.
  > anonymous_familiar | familiar | two people familiar with the company's plans | according to | <
The people said a buyer backed out in September after studying the company's hurricane exposure.
  > anonymous_familiar | familiar | The people | said | >
One of the people said the coastal pullback was meant to make the company easier to sell.
  > anonymous_familiar | familiar | One of the people | said | >
The parent company, Gulfstar Financial Group, did not respond to requests for comment.
  > declined_comment | gulfstar | The parent company, Gulfstar Financial Group | did not respond to requests for comment | - | resp=no_response
Pelican Shore's plans were first reported by the Gulf Coast Business Journal.
  > media_report | gcbj | the Gulf Coast Business Journal | first reported by | Pelican Shore's plans

What are agents seeing?
Jeff Marchetti, an independent agent in Fairhope, said most of his Pelican Shore clients can find new coverage but will pay 30 to 60 percent more.
  > named_person | marchetti | Jeff Marchetti, an independent agent in Fairhope | said | >
Another Fairhope agent, Carl Benoit, said his office had taken more than 200 calls since Monday.
  > named_person | benoit | Another Fairhope agent, Carl Benoit | said | >
He said the hardest cases were older houses with original roofs.
  > named_person | benoit | He | said | >
"Nobody wants to write a 1970s roof a mile from the bay," Benoit said.
  > named_person | benoit | Benoit | said | <
"Get a roof inspection now, before you shop.
  > named_person | benoit | Benoit | - | *
It's the first thing the next company will ask for."
  > named_person | benoit | Benoit | - | *
A retired schoolteacher in Gulf Shores who has been with Pelican Shore since 1994 said she heard the news from a neighbor, not the company.
  > named_person | clement | A retired schoolteacher in Gulf Shores who has been with Pelican Shore since 1994 | said | >
The retiree, Ruth Ann Clement, said her letter arrived two days later.
  > named_person | clement | The retiree, Ruth Ann Clement | said | >
"Thirty years and not one claim," she said.
  > named_person | clement | she | said | <
Consumer advocates say the state has let insurers leave the coast one at a time without any plan to replace them.
  > anonymous_other | advocates | Consumer advocates | say | >

What can you do?
Start shopping now, and ask about discounts for storm-rated roofs.
The legislature added $50 million this year to a grant program called Fortify Coast Homes, which pays up to $10,000 toward a new roof.
@excluded
Was this newsletter forwarded to you? Sign up for Tidewater Brief here.
Share this explainer: Facebook | X | Email
Questions about your policy? Reply to this email and we may answer them in a future issue.
''')

if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
