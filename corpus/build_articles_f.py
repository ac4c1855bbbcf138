"""Build corpus/articles/f.jsonl: invented news articles annotated by hand as a fourth CHECK set.

Written (ninth session) by helpers who never ran the tool on them, after the grouping rules
had been chosen on the written TRAIN, CHECK and CHECK D articles: twelve more styles, each
article built to test source grouping (people of both genders and of one role, a person
described and named later, an institution under its name, acronym and "the agency", an
anonymous group and a document cited under other words). Nothing is trained or tuned on
them. Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_f.py [--render]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "f.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id f-transit-brackwell-copperline-overrun
@style transit_infrastructure
Brackwell subway extension $1.1 billion over budget and four years late, state audit finds
  > document | audit | state audit | finds | Brackwell subway extension $1.1 billion over budget and four years late

HALBROOK, Ore. -- The extension of the Copperline subway under Halbrook's east side will cost at least $3.4 billion, $1.1 billion more than the transit authority promised voters in 2019, and will not open before 2031, according to an audit released Wednesday by the state comptroller's office.
  > document | audit | an audit released Wednesday by the state comptroller's office | according to | <
The audit found that the authority signed a fixed-price contract for the line's three new stations before their designs were half finished, then approved 214 change orders that added $640 million to the bill.
  > document | audit | The audit | found | >
State Comptroller Lucinda Farraday told reporters at the Capitol that the authority had "signed the check before it knew what it was buying."
  > named_official | farraday | State Comptroller Lucinda Farraday | told reporters | that the authority had "signed the check before it knew what it was buying."
"Every one of those change orders was somebody saying yes when they should have asked why," Farraday said.
  > named_official | farraday | Farraday | said | <
"That is not a bad-luck problem; it is a management problem."
  > named_official | farraday | Farraday | - | *

The Brackwell Regional Transit Authority said in a statement that it disputed several of the audit's figures and that much of the added cost came from contaminated soil found beneath the planned Foundry Street station.
  > named_organization | brta | The Brackwell Regional Transit Authority | said in a statement | >
The authority's general manager, Yolanda Prestbury, said the contractor had been paid only for work that the agency's inspectors had signed off on.
  > named_official | prestbury | The authority's general manager, Yolanda Prestbury | said | >
"We are not going to pretend the number is good news," she said in an interview.
  > named_official | prestbury | she | said in an interview | <
Prestbury declined to say whether the authority would ask the Legislature to cover the gap.
  > declined_comment | prestbury | Prestbury | declined to say whether the authority would ask the Legislature to cover the gap | - | resp=declined

The contractor, a joint venture called Tollgate Bore Partners, has filed a claim for another $380 million, arguing that late design changes forced its crews to redig part of the tunnel.
  > named_organization | tollgate | The contractor, a joint venture called Tollgate Bore Partners | arguing | >
The venture's chief engineer said in a sworn statement attached to the claim that the authority had changed the depth of the Foundry Street station three times after digging began.
  > named_official | oudekerk | The venture's chief engineer | said in a sworn statement attached to the claim | >
The engineer, Pieter Oudekerk, wrote that each change had idled the tunnel boring machine for weeks at a cost of about $1.2 million a day.
  > named_official | oudekerk | The engineer, Pieter Oudekerk | wrote | >
"We dug the hole they asked for, and then they asked for a different hole," Oudekerk said in a brief phone interview.
  > named_official | oudekerk | Oudekerk | said in a brief phone interview | <
BRTA said on Thursday that it would fight the claim before an arbitration panel and that the venture's own equipment breakdowns had cost the project months.
  > named_organization | brta | BRTA | said | that it would fight the claim before an arbitration panel and that the venture's own equipment breakdowns had cost the project months

Two BRTA officials said the agency's board was told in early 2023 that the project was running at least $700 million over budget, more than a year before the overrun was made public.
  > anonymous_official | brta-officials | Two BRTA officials | said | >
The officials, who spoke on the condition of anonymity because they were not authorized to discuss closed board sessions, said the estimate was left out of the authority's quarterly reports to the public.
  > anonymous_official | brta-officials | The officials | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss closed board sessions
One of the officials said board members were handed the figure on paper and asked to return the pages at the end of the session.
  > anonymous_official | brta-officials | One of the officials | said | >

Board member Ansel Mortlake said he did not remember seeing the estimate and would ask for the minutes of the session.
  > named_official | mortlake | Board member Ansel Mortlake | said | >
Another board member, Noreen Halvorsrud, said she had twice asked last year for an independent review of the project's costs and had been told it was unnecessary.
  > named_official | halvorsrud | Another board member, Noreen Halvorsrud | said | >
"The comptroller found what we should have found ourselves," Halvorsrud said.
  > named_official | halvorsrud | Halvorsrud | said | <
Mortlake, who chairs the board's finance committee, said he would call Prestbury to testify before the committee next month.
  > named_official | mortlake | Mortlake, who chairs the board's finance committee | said | >
He said the board had never voted on most of the change orders, which Prestbury approved under her own signing authority.
  > named_official | mortlake | He | said | >

The findings also show that the ridership forecast used to justify the extension assumed 41,000 daily trips by 2030, nearly twice what the authority's own consultants now expect.
  > document | audit | The findings | show | >
The agency had hoped to open the first two stations in 2027, in time for the city's 175th anniversary.
  > named_organization | brta | The agency | had hoped | to open the first two stations in 2027, in time for the city's 175th anniversary | nosrc
The Halbrook Clarion first reported the overrun in March.
  > media_report | clarion | The Halbrook Clarion | first reported | the overrun in March
''')

ARTICLES.append(r'''
@id f-agri-bitterbrush-drought-aid
@style agriculture_rural
Montana co-op steered drought aid to its own directors' farms, records show
  > document | ledger | records | show | Montana co-op steered drought aid to its own directors' farms

KIPPEN CROSSING, Mont. -- A farmer-owned grain cooperative that the state hired last year to hand out $18 million in drought aid paid nearly a third of the money to farms owned by its own directors and their relatives, according to payment records reviewed by this newspaper.
  > document | ledger | payment records reviewed by this newspaper | according to | <
The records, a ledger of every payment the cooperative made under the program, show that 11 farms tied to its nine-member board received $5.6 million, while more than 300 applicants, most of them small wheat and barley growers, were still waiting for checks when the money ran out in March.
  > document | ledger | The records, a ledger of every payment the cooperative made under the program | show | >

The Bitterbrush Plains Cooperative Association, which stores and markets grain for about 1,400 member farms in six eastern Montana counties, said in a statement that every payment followed a formula approved by the state and that its directors had "suffered the same drought as everyone else."
  > named_organization | bpca | The Bitterbrush Plains Cooperative Association, which stores and markets grain for about 1,400 member farms in six eastern Montana counties | said in a statement | >
The co-op's general manager, Royce Tamblingson, said directors had left the room whenever the board voted on payments to their own farms.
  > named_official | tamblingson | The co-op's general manager, Royce Tamblingson | said | >
"Nobody on that board signed off on their own check," he said.
  > named_official | tamblingson | he | said | <
"We had a formula, and we followed it to the letter."
  > named_official | tamblingson | he | - | *

But the ledger, which lists the directors who voted on each payment, shows that 14 payments to directors' farms were approved with those same directors voting.
  > document | ledger | the ledger, which lists the directors who voted on each payment | shows | >
Tamblingson declined to explain the discrepancy, saying the co-op's lawyers were reviewing the board's minutes.
  > declined_comment | tamblingson | Tamblingson | declined to explain the discrepancy | - | resp=declined
  > named_official | tamblingson | Tamblingson | saying | the co-op's lawyers were reviewing the board's minutes

A barley grower who organized a petition calling for the board's removal said she applied for aid in August, after losing most of her crop to the drought, and was told in January that the money was gone.
  > named_person | kreutzfeldt | A barley grower who organized a petition calling for the board's removal | said | >
The grower, Odalys Kreutzfeldt, 44, said the petition had gathered more than 500 signatures, enough under the co-op's bylaws to force a special meeting of members.
  > named_person | kreutzfeldt | The grower, Odalys Kreutzfeldt, 44 | said | >
"They watched our fields burn up, and then they paid themselves first," she said.
  > named_person | kreutzfeldt | she | said | <

Two officials at the state Department of Agriculture said the department had raised concerns with the cooperative about the directors' payments in February but had no power under its contract to stop them.
  > anonymous_official | ag-officials | Two officials at the state Department of Agriculture | said | >
The officials, who spoke on the condition of anonymity because the department has not commented publicly on the program, said an internal review was underway.
  > anonymous_official | ag-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the department has not commented publicly on the program
One of the officials said the state had picked BPCA because it was the only group in the region with an office in every county hit by the drought.
  > anonymous_official | ag-officials | One of the officials | said | >
The department's director did not respond to a request for comment.
  > declined_comment | ag-director | The department's director | did not respond to a request for comment | - | resp=no_response

State Sen. Barnaby Hollenbeck, a Republican whose district includes Kippen Crossing, said he would ask the Legislature's audit committee to examine the program.
  > named_official | hollenbeck | State Sen. Barnaby Hollenbeck, a Republican whose district includes Kippen Crossing | said | >
Another state senator, Imogen Tarrasch, a Democrat who sits on the agriculture committee, said lawmakers had made a mistake by letting a private company decide who received public money.
  > named_official | tarrasch | Another state senator, Imogen Tarrasch, a Democrat who sits on the agriculture committee | said | >
"We handed the checkbook to the people who would be cashing the checks," Tarrasch said.
  > named_official | tarrasch | Tarrasch | said | <
Hollenbeck, who grows wheat and is himself a member of the cooperative, said he had not applied for the aid.
  > named_official | hollenbeck | Hollenbeck, who grows wheat and is himself a member of the cooperative | said | >

BPCA said on Friday that it had hired an outside accounting firm to review every payment made under the program.
  > named_organization | bpca | BPCA | said | that it had hired an outside accounting firm to review every payment made under the program
The cooperative had planned to keep about $900,000 of the aid as an administrative fee but dropped the idea in April after complaints from members.
  > named_organization | bpca | The cooperative | had planned | to keep about $900,000 of the aid as an administrative fee | nosrc
The special meeting is scheduled for July 9 at the Kippen Crossing grange hall, and Kreutzfeldt said she expected every seat to be filled.
  > named_person | kreutzfeldt | Kreutzfeldt | said | she expected every seat to be filled
''')

ARTICLES.append(r'''
@id f-cyber-wyeburn-hospital-ransomware
@style cybersecurity
Hackers stole data on 380,000 patients in attack that shut Wyeburn Valley emergency room, hospital says
  > named_organization | wvmc | hospital | says | Hackers stole data on 380,000 patients in attack that shut Wyeburn Valley emergency room

ASHFORD BEND, Ohio -- Hackers who broke into a regional hospital's computer network last month copied the names, Social Security numbers and medical records of about 380,000 current and former patients, Wyeburn Valley Medical Center said Monday.
  > named_organization | wvmc | Wyeburn Valley Medical Center | said | <
The attack, which began on Oct. 3, forced the 420-bed hospital to send ambulances elsewhere for nine days and to chart patient care on paper for nearly three weeks.
The intruders had been inside the network for at least 11 days before they locked its servers and demanded a ransom, according to a notice the hospital filed with the state attorney general's office on Friday.
  > document | notice | a notice the hospital filed with the state attorney general's office on Friday | according to | <
The filing says the stolen files included diagnoses, prescriptions and insurance details, as well as the bank account numbers of about 2,100 employees.
  > document | notice | The filing | says | >

The hospital's chief executive, Roswitha Vollrath, said in a video message to employees that WVMC had restored its electronic records system and was "back to caring for patients the way we should."
  > named_official | vollrath | The hospital's chief executive, Roswitha Vollrath | said in a video message to employees | >
"I am sorry, and I know that an apology does not undo what happened to your information," she said in the message, which was posted on the hospital's website.
  > named_official | vollrath | she | said in the message | <
Vollrath declined to say whether the hospital had paid a ransom.
  > declined_comment | vollrath | Vollrath | declined to say whether the hospital had paid a ransom | - | resp=declined

The hospital's chief information security officer told the county health board on Thursday that the attackers got in through a vendor's remote-access account that did not require a second form of login.
  > named_official | hallgarth | The hospital's chief information security officer | told | that the attackers got in through a vendor's remote-access account that did not require a second form of login
The security chief, Emrys Hallgarth, said the vendor, which services the hospital's heart-monitoring equipment, had been asked twice in the past year to turn on the extra protection.
  > named_official | hallgarth | The security chief, Emrys Hallgarth | said | >
"We found the door they came through, and it was a door we had asked someone else to lock," he said.
  > named_official | hallgarth | he | said | <
"It is locked now, and so is every door like it."
  > named_official | hallgarth | he | - | *
The vendor, Cardiotrace Services, did not respond to requests for comment.
  > declined_comment | cardiotrace | The vendor, Cardiotrace Services | did not respond to requests for comment | - | resp=no_response

Two law enforcement officials said the FBI was investigating whether the attack was the work of Grey Lantern, a ransomware group that has hit at least six American hospitals this year.
  > anonymous_official | le-officials | Two law enforcement officials | said | >
The officials, who spoke on the condition of anonymity because they were not authorized to discuss the investigation, said the group had posted samples of the stolen records on its leak site last week.
  > anonymous_official | le-officials | The officials | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss the investigation
One of the officials said the group usually demands between $2 million and $10 million from hospitals.
  > anonymous_official | le-officials | One of the officials | said | >
The FBI declined to comment.
  > declined_comment | fbi | The FBI | declined to comment | - | resp=declined

Ottilie Marbury, a researcher at the security firm Halyard Labs who tracks ransomware groups, said Grey Lantern often leaks stolen records in small batches to pressure victims that refuse to pay.
  > named_person | marbury | Ottilie Marbury, a researcher at the security firm Halyard Labs who tracks ransomware groups | said | >
Another researcher, Florian Brandstetter of Lorimer State University, said hospitals remained easy targets because hundreds of outside vendors can reach their networks.
  > named_person | brandstetter | Another researcher, Florian Brandstetter of Lorimer State University | said | >
"A hospital can do everything right and still get hit through the company that fixes its elevators," Brandstetter said.
  > named_person | brandstetter | Brandstetter | said | <
Marbury said she had seen no sign that the group had been paid.
  > named_person | marbury | Marbury | said | >

WVMC said it would offer two years of free credit monitoring to affected patients and had opened a call center to answer their questions.
  > named_organization | wvmc | WVMC | said | >
The hospital had planned to move its records to a new cloud-based system next spring, a project it began after a smaller breach in 2022.
  > named_organization | wvmc | The hospital | had planned | to move its records to a new cloud-based system next spring | nosrc
The Ashford Bend Gleaner first reported the ambulance diversions on Oct. 4.
  > media_report | gleaner | The Ashford Bend Gleaner | first reported | the ambulance diversions on Oct. 4
''')

ARTICLES.append(r'''
@id f-defense-tempest-reach-missile-delay
@style military_procurement
Army's new long-range missile two years late and $2.3 billion over budget, officials say
  > anonymous_official | dod-officials | officials | say | Army's new long-range missile two years late and $2.3 billion over budget

WASHINGTON -- The Army's effort to field a new long-range strike missile has fallen at least two years behind schedule and will cost about $2.3 billion more than planned, according to two defense officials.
  > anonymous_official | dod-officials | two defense officials | according to | <
The officials, who spoke on the condition of anonymity because the revised schedule has not been made public, said the missile, known as Tempest Reach, would not reach combat units until 2030.
  > anonymous_official | dod-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the revised schedule has not been made public
One of the officials said repeated failures of the missile's rocket motor in ground tests were the main cause of the delay.
  > anonymous_official | dod-officials | One of the officials | said | >

The Government Accountability Office, the investigative arm of Congress, said in a report released Tuesday that the motor had failed in three of its five ground tests since 2023, each time because its casing cracked under heat.
  > named_organization | gao | The Government Accountability Office, the investigative arm of Congress | said in a report released Tuesday | >
The report found that the Army had approved full-rate production of the missile's truck-mounted launcher before the motor had passed a single flight test.
  > document | gao-report | The report | found | >
GAO recommended that the Army hold off on any production contract for the missiles themselves until the motor completes at least two successful flight tests.
  > named_organization | gao | GAO | recommended | that the Army hold off on any production contract for the missiles themselves until the motor completes at least two successful flight tests
The agency also said the Pentagon had not updated the program's cost estimate since 2022, as federal law requires for programs of its size.
  > named_organization | gao | The agency | said | >
According to the audit's findings, the program's total cost has grown to $11.8 billion from $9.5 billion in the Army's 2021 estimate.
  > document | gao-report | the audit's findings | According to | >

The missile's prime contractor, Veyrant Dynamics, said in a statement that it had redesigned the motor casing and that a new round of ground tests would begin in the spring.
  > named_organization | veyrant | The missile's prime contractor, Veyrant Dynamics | said in a statement | >
The company's president of missile systems, Sabine Thorvaldsen, said the cracks had been traced to a batch of carbon-fiber material from a supplier that did not meet the Army's specifications.
  > named_official | thorvaldsen | The company's president of missile systems, Sabine Thorvaldsen | said | >
"We own this problem, and we have fixed it," she said.
  > named_official | thorvaldsen | she | said | <
"The next motor that goes on that test stand will be a different motor."
  > named_official | thorvaldsen | she | - | *
Veyrant declined to name the supplier.
  > declined_comment | veyrant | Veyrant | declined to name the supplier | - | resp=declined

The Pentagon said in a statement that the program remained "a top modernization priority" and that the Army had already shifted money in its budget to cover the added cost.
  > named_organization | pentagon | The Pentagon | said in a statement | >
The Army official who oversees the program told a defense industry conference in Alabama last month that the service would not "rush a missile to soldiers that we don't trust."
  > named_official | wrenfield | The Army official who oversees the program | told | that the service would not "rush a missile to soldiers that we don't trust."
The official, Thaddeus Wrenfield, the Army's program executive officer for missiles, said in an interview that the Army agreed with most of the report's recommendations but would keep buying launchers.
  > named_official | wrenfield | The official, Thaddeus Wrenfield, the Army's program executive officer for missiles | said in an interview | >
"Launchers without missiles sounds strange, but the launcher is the part that works," Wrenfield said.
  > named_official | wrenfield | Wrenfield | said | <

Sen. Ormond Prewitt, a Republican from Arizona who leads the Armed Services subcommittee on air and land forces, said he would call Army and Veyrant officials to testify in January.
  > named_official | prewitt | Sen. Ormond Prewitt, a Republican from Arizona who leads the Armed Services subcommittee on air and land forces | said | >
He said the subcommittee had been told as recently as June that the program was on schedule.
  > named_official | prewitt | He | said | >
Another senator on the subcommittee, Cordelia Banfield, a Democrat from Maine, said the Army should stop buying launchers until the motor was fixed.
  > named_official | banfield | Another senator on the subcommittee, Cordelia Banfield, a Democrat from Maine | said | >
"We are building a garage for a car that doesn't start," Banfield said.
  > named_official | banfield | Banfield | said | <

The Army had hoped to send the first missiles to a battalion in Europe by 2028.
  > named_organization | army | The Army | had hoped | to send the first missiles to a battalion in Europe by 2028 | nosrc
The trade publication Ordnance Quarterly first reported the motor failures in August.
  > media_report | oq | The trade publication Ordnance Quarterly | first reported | the motor failures in August
''')

ARTICLES.append(r'''
@id f-lawsuit-merritt-valley-train-door
@style civil_lawsuit
Transit agency ignored years of door sensor failures before rider was dragged to her death, lawsuit says
  > document | complaint | lawsuit | says | Transit agency ignored years of door sensor failures before rider was dragged to her death

MERRITT HOLLOW, N.J. -- The Merritt Valley Regional Transit Authority knew for at least three years that door sensors on its oldest commuter rail cars often failed to detect objects caught between closing doors but put off replacing them to save money, according to a wrongful-death lawsuit filed on Tuesday by the family of a woman who was dragged along a station platform and killed in February.
  > document | complaint | a wrongful-death lawsuit filed on Tuesday by the family of a woman who was dragged along a station platform and killed in February | according to | <
The woman, Noelle Brennerman, 34, a dental hygienist from the nearby town of Orland Ridge, was pulled beneath a departing train at the Lanyard Street station after the strap of her bag was caught in a closing door.
The complaint, filed in Halstead County Superior Court, says maintenance crews logged more than 400 sensor faults on the authority's Series 7 cars from 2021 to 2024 and that managers twice deferred a $19 million plan to replace the equipment.
  > document | complaint | The complaint, filed in Halstead County Superior Court | says | >

The family's lawyer said at a news conference outside the courthouse that the MVRTA had treated the faults as "a nuisance rather than a danger."
  > named_official | ventresca | The family's lawyer | said at a news conference outside the courthouse | that the MVRTA had treated the faults as "a nuisance rather than a danger."
"They had the numbers, they had the money in a budget line, and they chose to wait," the lawyer, Bettina Ventresca, said.
  > named_official | ventresca | the lawyer, Bettina Ventresca | said | <
"Noelle paid for that choice."
  > named_official | ventresca | the lawyer, Bettina Ventresca | - | *
Ventresca said the family was seeking unspecified damages and a court order requiring the authority to pull the remaining Series 7 cars from service until their doors are repaired.
  > named_official | ventresca | Ventresca | said | >

Brennerman's husband, Kieran Dumbrell, said he learned of her death from a police officer who knocked on the couple's door that evening.
  > named_person | dumbrell | Brennerman's husband, Kieran Dumbrell | said | >
"She texted me from the platform that she'd be home by six," Dumbrell said.
  > named_person | dumbrell | Dumbrell | said | <
He said their two children, ages 4 and 7, still ask when their mother is coming home from the hospital.
  > named_person | dumbrell | He | said | >

The authority said in a statement that it "grieves with the Brennerman family" and that its rail cars are inspected every day.
  > named_organization | mvrta | The authority | said in a statement | >
Its general manager, Ferris Oduber, declined to comment on the lawsuit, citing the pending litigation.
  > declined_comment | oduber | Its general manager, Ferris Oduber | declined to comment on the lawsuit | - | resp=declined
Testifying before a state Senate committee in March, Oduber said the MVRTA had "no indication" before the accident that the sensors posed a danger to riders.
  > named_official | oduber | Oduber | said | the MVRTA had "no indication" before the accident that the sensors posed a danger to riders
He told lawmakers that the replacement had been delayed because the sensors' manufacturer had stopped making parts for the older cars.
  > named_official | oduber | He | told lawmakers | >

Three people familiar with the authority's internal review of the accident said engineers had recommended in 2022 that the Series 7 cars be kept off lines whose stations had no platform attendants until the sensors were replaced.
  > anonymous_familiar | familiar | Three people familiar with the authority's internal review of the accident | said | >
The people, who spoke on the condition of anonymity because the review has not been made public, said the recommendation never reached the authority's board.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because the review has not been made public
One of them said the Lanyard Street station had not had an attendant since 2020.
  > anonymous_familiar | familiar | One of them | said | >

Marjorie Rainford, a board member who represents Halstead County, said she had never been told about the sensor faults or the engineers' advice.
  > named_official | rainford | Marjorie Rainford, a board member who represents Halstead County | said | >
"If that is true, the board was kept in the dark on the most important safety question in front of us," she said.
  > named_official | rainford | she | said | <
Another board member, Gus Wenzlaff, said the board had approved every safety request its staff had ever brought forward, and he called the lawsuit "an attempt to try the case in the newspapers."
  > named_official | wenzlaff | Another board member, Gus Wenzlaff | said | the board had approved every safety request its staff had ever brought forward
  > named_official | wenzlaff | he | called | the lawsuit "an attempt to try the case in the newspapers."

The lawsuit also says the train's operator could not see the rear doors from the cab because a platform mirror at Lanyard Street had been broken for weeks.
  > document | complaint | The lawsuit | says | >
A preliminary report by the state Office of Rail Safety, released in April, found that the door had closed on a strap less than an inch wide, too thin for the sensor to register.
  > document | rail-report | A preliminary report by the state Office of Rail Safety, released in April | found | >
According to the findings, the train traveled about 90 feet before the operator stopped it.
  > document | rail-report | the findings | According to | >
The MVRTA, which carries about 58,000 riders a day on four commuter lines, has until June 12 to answer the complaint in court.
''')

ARTICLES.append(r'''
@id f-schoolboard-pell-creek-superintendent-books
@style school_board
Pell Creek superintendent was fired for refusing to pull library books, trustee says
  > named_official | arbogast | trustee | says | Pell Creek superintendent was fired for refusing to pull library books

PELL CREEK, Texas -- The board of the Pell Creek Independent School District voted 4 to 3 late Monday to fire Superintendent Leland Marrick, five weeks after he refused the board's order to remove 38 books from school libraries while a committee reviewed complaints about them.
Board President Gwendolyn Strausser said after the vote that Marrick had been dismissed for "a pattern of insubordination," not over any single disagreement.
  > named_official | strausser | Board President Gwendolyn Strausser | said after the vote | that Marrick had been dismissed for "a pattern of insubordination," not over any single disagreement
"The board sets policy, and the superintendent carries it out," Strausser said.
  > named_official | strausser | Strausser | said | <
"When that stops happening, the board has to act."
  > named_official | strausser | Strausser | - | *
She declined to say what other instances the board had in mind, citing the privacy of personnel matters.
  > declined_comment | strausser | She | declined to say what other instances the board had in mind | - | resp=declined

Trustee Yesenia Arbogast, one of the three members who voted to keep Marrick, said the books were the only issue raised with him in the closed session that preceded the vote.
  > named_official | arbogast | Trustee Yesenia Arbogast, one of the three members who voted to keep Marrick | said | >
"Nobody in that room mentioned anything else," Arbogast said.
  > named_official | arbogast | Arbogast | said | <
She said the district's own policy requires challenged books to stay on the shelves until the review committee rules on them.
  > named_official | arbogast | She | said | >
Trustee Royce Kittleson, who voted for the firing, said Marrick had also ignored the board's instructions on a bond election and on a principal's contract.
  > named_official | kittleson | Trustee Royce Kittleson, who voted for the firing | said | >
Kittleson did not respond to a request for details about those disputes.
  > declined_comment | kittleson | Kittleson | did not respond to a request for details about those disputes | - | resp=no_response

Marrick, who has led the district of about 11,000 students since 2019, said in a phone interview on Tuesday that he had followed board policy and the advice of the district's lawyers.
  > named_official | marrick | Marrick, who has led the district of about 11,000 students since 2019 | said in a phone interview | that he had followed board policy and the advice of the district's lawyers
"I was asked to pull books that nobody on the review committee had read yet," he said.
  > named_official | marrick | he | said | <
"I said I would not do it until they had."
  > named_official | marrick | he | - | *

A termination notice the board delivered to Marrick on Tuesday, a copy of which was reviewed by this newspaper, accuses him of failing to carry out three written directives from the board since January.
  > document | notice | A termination notice the board delivered to Marrick on Tuesday, a copy of which was reviewed by this newspaper | accuses | him of failing to carry out three written directives from the board since January
The document says he will be paid through the end of his contract in June 2026 unless he contests the dismissal.
  > document | notice | The document | says | >

The parent whose complaint set off the review, a father of two students at Pell Creek Middle School, said at Monday's meeting that several of the books contained sexual material unsuitable for children.
  > named_person | kellerhals | The parent whose complaint set off the review, a father of two students at Pell Creek Middle School | said at Monday's meeting | >
The father, Thaddeus Kellerhals, told trustees that he had found one of the novels in his 12-year-old daughter's backpack.
  > named_person | kellerhals | The father, Thaddeus Kellerhals | told trustees | >

Three people briefed on the closed session said Strausser had told the other trustees that Marrick's refusal "made the board look powerless."
  > anonymous_familiar | briefed | Three people briefed on the closed session | said | >
The people, who spoke on the condition of anonymity because state law bars disclosure of closed-session discussions, said the books took up most of the two-hour meeting.
  > anonymous_familiar | briefed | The people | said | > | anon=who spoke on the condition of anonymity because state law bars disclosure of closed-session discussions
One of them said Kittleson had proposed giving Marrick a week to comply and was voted down.
  > anonymous_familiar | briefed | One of them | said | >

The Pell Creek Educators Association, which represents about 700 of the district's teachers, said in a statement that the firing would "tell every teacher and librarian in this district to keep their heads down."
  > named_organization | pcea | The Pell Creek Educators Association, which represents about 700 of the district's teachers | said in a statement | >
The PCEA said it would ask teachers to fill the board room at the next meeting, on Oct. 14.
  > named_organization | pcea | The PCEA | said | >
A spokeswoman for the association declined to say whether it would support a legal challenge by Marrick.
  > declined_comment | pcea | A spokeswoman for the association | declined to say whether it would support a legal challenge by Marrick | - | resp=declined
The district said in a statement that its deputy superintendent, Odalys Fentress, would serve as interim superintendent while the board searches for a replacement.
  > named_organization | district | The district | said in a statement | >
''')

ARTICLES.append(r'''
@id f-utility-corvale-blackout-report
@style energy_utility
Utility ignored heat forecasts and overloaded aging transformers before Corvale blackout, report finds
  > document | staff-report | report | finds | Utility ignored heat forecasts and overloaded aging transformers before Corvale blackout

CORVALE, N.M. -- The Tri-Rivers Electric Power Company ran dozens of aging substation transformers far beyond their rated limits during a July heat wave and waited nearly three hours after its own forecasts showed a shortfall before asking customers to cut back, according to a report released Monday by the staff of the New Mexico Public Utility Board.
  > document | staff-report | a report released Monday by the staff of the New Mexico Public Utility Board | according to | <
The blackout that followed left about 210,000 homes and businesses in and around Corvale without electricity for up to three days as temperatures topped 110 degrees.
Four people died of heat-related illness during the outage, according to the state medical investigator's office.
  > named_organization | omi | the state medical investigator's office | according to | <
The findings also fault TREPCO for postponing the replacement of 41 transformers, some more than 50 years old, that its engineers had flagged as overdue in 2021.
  > document | staff-report | The findings | fault | TREPCO for postponing the replacement of 41 transformers, some more than 50 years old, that its engineers had flagged as overdue in 2021

At a hearing on Tuesday, the executive who oversees the utility's control room told the board that operators had followed the company's emergency procedures "step by step."
  > named_official | okimoto | the executive who oversees the utility's control room | told the board | >
The executive, Randall Okimoto, a vice president for grid operations, said the heat had arrived faster than any forecast the company had received.
  > named_official | okimoto | The executive, Randall Okimoto, a vice president for grid operations | said | >
"We did not have a crystal ball, and neither did anyone else in the Southwest that week," Okimoto said.
  > named_official | okimoto | Okimoto | said | <

The board's chairman, Lyndon Varnum, said the report showed that the utility's own meteorologist had warned managers two days in advance that demand would break records.
  > named_official | varnum | The board's chairman, Lyndon Varnum | said | >
"The forecast was in their inbox," Varnum said.
  > named_official | varnum | Varnum | said | <
"What was missing was anybody willing to act on it."
  > named_official | varnum | Varnum | - | *
Another board member, Pilar Corredor, said she would oppose the utility's pending request for a 14 percent rate increase until the company produced a plan to replace the transformers.
  > named_official | corredor | Another board member, Pilar Corredor | said | >
She said customers should not be asked to pay twice for equipment they had "already paid to maintain."
  > named_official | corredor | She | said | >

The utility said in a statement that it "accepts the need to do better" and that the rate increase, its first in six years, would pay for $1.2 billion in grid upgrades, including the new transformers.
  > named_organization | trepco | The utility | said in a statement | >
Its chief executive, Rosamund Osterberg, told investors last month that the company had planned to replace the transformers in 2023 but delayed the work when supply shortages doubled their price.
  > named_official | osterberg | Its chief executive, Rosamund Osterberg | told investors | that the company had planned to replace the transformers in 2023 but delayed the work when supply shortages doubled their price
Osterberg declined to be interviewed for this article.
  > declined_comment | osterberg | Osterberg | declined to be interviewed | - | resp=declined

Three people familiar with the board's inquiry said its staff had also obtained internal messages in which control room supervisors debated whether rolling outages would hurt the utility's reliability ratings.
  > anonymous_familiar | familiar | Three people familiar with the board's inquiry | said | >
The messages were left out of Monday's report at the utility's request, said the people, who spoke on the condition of anonymity because the board has not ruled on whether to make them public.
  > anonymous_familiar | familiar | the people | said | < | anon=who spoke on the condition of anonymity because the board has not ruled on whether to make them public
One of them said a supervisor had written that the company should "hold out as long as we can."
  > anonymous_familiar | familiar | One of them | said | >
A TREPCO spokesman did not respond to questions about the messages.
  > declined_comment | trepco | A TREPCO spokesman | did not respond to questions about the messages | - | resp=no_response

Lourdes Patiño, 71, who lives alone in a mobile home on Corvale's south side, said she spent two nights in her car with the engine running so she could use its air conditioning.
  > named_person | patino | Lourdes Patiño, 71, who lives alone in a mobile home on Corvale's south side | said | >
"Nobody from the power company ever called to check on me," Patiño said.
  > named_person | patino | Patiño | said | <
The board will hold public hearings on the rate request in Corvale and two other cities next month.
''')

ARTICLES.append(r'''
@id f-sports-halvern-state-booster-payments
@style sports_scandal
NCAA investigating cash payments to Halvern State basketball recruits, people familiar with inquiry say
  > anonymous_familiar | familiar | people familiar with inquiry | say | NCAA investigating cash payments to Halvern State basketball recruits

MARBURY, Okla. -- The National Collegiate Athletic Association is investigating whether assistant coaches on Halvern State University's men's basketball team arranged cash payments from a booster to at least four recruits, according to three people familiar with the inquiry.
  > anonymous_familiar | familiar | three people familiar with the inquiry | according to | <
The people, who spoke on the condition of anonymity because NCAA investigations are confidential, said the association's enforcement staff had interviewed current and former players this summer.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because NCAA investigations are confidential
One of them said investigators were examining about $90,000 that the booster, a Marbury car dealer, is suspected of routing to players' families in 2023 and 2024.
  > anonymous_familiar | familiar | One of them | said | >
The two assistants, Lowell Oyler and Quentin Baskin, were placed on administrative leave on Friday, the university said in a statement.
  > named_organization | halvern | the university | said in a statement | <

The head coach, Ambrose Hollinshead, who has taken Halvern State to three straight NCAA tournaments, said in a statement that he had "no knowledge of any improper payments" and had not been accused of wrongdoing.
  > named_official | hollinshead | The head coach, Ambrose Hollinshead, who has taken Halvern State to three straight NCAA tournaments | said in a statement | >
"I have spent 22 years building programs the right way, and I'm not going to stop now," Hollinshead said.
  > named_official | hollinshead | Hollinshead | said | <
"I will help the investigators in any way I can."
  > named_official | hollinshead | Hollinshead | - | *

Athletic Director Noreen Castellaw said at a news conference on Monday that the university was cooperating with the NCAA and had hired an outside law firm to conduct its own review.
  > named_official | castellaw | Athletic Director Noreen Castellaw | said at a news conference on Monday | >
"If anyone in this department broke the rules, they will not be working in this department much longer," Castellaw said.
  > named_official | castellaw | Castellaw | said | <
She declined to say whether Hollinshead had been interviewed by the association's investigators.
  > declined_comment | castellaw | She | declined to say whether Hollinshead had been interviewed by the association's investigators | - | resp=declined

Oyler, who recruited three of the four players, did not respond to phone messages and an email.
  > declined_comment | oyler | Oyler, who recruited three of the four players | did not respond to phone messages and an email | - | resp=no_response
Baskin said in a brief interview on Sunday that he had never met the booster and had been placed on leave "because of who I share an office with."
  > named_official | baskin | Baskin | said in a brief interview on Sunday | that he had never met the booster and had been placed on leave "because of who I share an office with."
He said he had hired a lawyer.
  > named_official | baskin | He | said | >

A former Halvern State player who transferred after last season said an assistant coach had handed his mother an envelope containing $5,000 in cash during a home visit in 2023.
  > named_person | amesbury | A former Halvern State player who transferred after last season | said | >
The player, Kendrick Amesbury, now a guard at Redfern College, said he did not know where the money had come from and that his mother had given it back.
  > named_person | amesbury | The player, Kendrick Amesbury, now a guard at Redfern College | said | >
"I was 17, and I thought that's how it worked everywhere," Amesbury said.
  > named_person | amesbury | Amesbury | said | <

Emails obtained by this newspaper through a public records request show that the university's compliance office warned the basketball staff in March 2024 to stop meeting with the booster without a compliance officer present.
  > document | emails | Emails obtained by this newspaper through a public records request | show | >
The correspondence shows that Hollinshead was copied on the warning.
  > document | emails | The correspondence | shows | >
The Marbury Evening Star first reported the inquiry last week.
  > media_report | star | The Marbury Evening Star | first reported | the inquiry last week

The association said in January that programs found to have used boosters to pay recruits could face postseason bans of up to three years under its new penalty guidelines.
  > named_organization | ncaa | The association | said | programs found to have used boosters to pay recruits could face postseason bans of up to three years under its new penalty guidelines
The NCAA declined to comment on the Halvern State inquiry.
  > declined_comment | ncaa | The NCAA | declined to comment on the Halvern State inquiry | - | resp=declined
''')

ARTICLES.append(r'''
@id f-hearing-rhfa-lost-loan-applications
@style congress_hearing
Rural housing agency lost track of thousands of loan applications, report finds
  > document | ig-report | report | finds | Rural housing agency lost track of thousands of loan applications

WASHINGTON -- The head of a federal agency that guarantees home loans in small towns acknowledged on Wednesday that it had lost track of more than 9,000 applications during a botched computer upgrade last year, leaving thousands of rural families waiting months for mortgages.
  > named_official | oosterhuis | The head of a federal agency that guarantees home loans in small towns | acknowledged | that it had lost track of more than 9,000 applications during a botched computer upgrade last year, leaving thousands of rural families waiting months for mortgages
The administrator, Reuben Oosterhuis, told a Senate Agriculture subcommittee that his staff had since found all but about 600 of the applications and expected to clear the backlog by June.
  > named_official | oosterhuis | The administrator, Reuben Oosterhuis | told | that his staff had since found all but about 600 of the applications and expected to clear the backlog by June
"We failed families who were counting on us, and I own that," Oosterhuis said in his opening statement.
  > named_official | oosterhuis | Oosterhuis | said in his opening statement | <
"What I will not do is tell you it is fixed before it is fixed."
  > named_official | oosterhuis | Oosterhuis | - | *

The Rural Housing Finance Administration, known as RHFA, said in written testimony submitted to the subcommittee that about 4,200 of the recovered applications had since been approved.
  > named_organization | rhfa | The Rural Housing Finance Administration, known as RHFA | said in written testimony | that about 4,200 of the recovered applications had since been approved
A report released on Monday by the agency's inspector general found that the missing applications, most of them from first-time buyers, had sat in an electronic queue that no employee was assigned to monitor.
  > document | ig-report | A report released on Monday by the agency's inspector general | found | >
According to the findings, the average wait for a loan guarantee rose from 34 days to 191 days last year, and at least 1,100 buyers lost homes they had agreed to purchase.
  > document | ig-report | the findings | According to | >
RHFA had planned to switch to the new loan system in 2022 but put off the move twice after problems turned up in testing.
  > named_organization | rhfa | RHFA | had planned | to switch to the new loan system in 2022 | nosrc

Sen. Thaddeus Brumbaugh of Nebraska, the subcommittee's Republican chairman, said the agency's troubles were "a failure of management, not a failure of software."
  > named_official | brumbaugh | Sen. Thaddeus Brumbaugh of Nebraska, the subcommittee's Republican chairman | said | the agency's troubles were "a failure of management, not a failure of software."
"A family in western Nebraska does not care which contractor you hired," he told Oosterhuis.
  > named_official | brumbaugh | he | told | <
Brumbaugh said the subcommittee would subpoena the agency's contract with its software vendor if RHFA did not turn it over within two weeks.
  > named_official | brumbaugh | Brumbaugh | said | >

Sen. Delphine Kalvoda of Minnesota, the panel's senior Democrat, said the agency had waited four months to tell lawmakers about the lost files.
  > named_official | kalvoda | Sen. Delphine Kalvoda of Minnesota, the panel's senior Democrat | said | >
"We learned about this from a constituent, not from the agency," Kalvoda said.
  > named_official | kalvoda | Kalvoda | said | <
Oosterhuis said he had alerted the department's leadership in October and regretted not informing Congress sooner.
  > named_official | oosterhuis | Oosterhuis | said | >
Asked by Kalvoda whether any employees had been disciplined, he declined to answer, citing personnel rules.
  > declined_comment | oosterhuis | he | declined to answer | - | resp=declined
She said she would introduce a bill requiring the agency to notify Congress whenever its average wait for a guarantee exceeds 60 days.
  > named_official | kalvoda | She | said | >

Two committee aides said the lost applications came to light only after a credit union in Minnesota forwarded a stack of customer complaints to Kalvoda's office in January.
  > anonymous_official | aides | Two committee aides | said | >
The aides, who spoke on the condition of anonymity because the committee's inquiry is continuing, said staff members had obtained emails showing that agency managers were warned about the unmonitored queue last August.
  > anonymous_official | aides | The aides | said | > | anon=who spoke on the condition of anonymity because the committee's inquiry is continuing
One of the aides said the committee planned to release the emails next month.
  > anonymous_official | aides | One of the aides | said | >

A schoolteacher who testified on a second panel said she and her husband had waited seven months for a loan guarantee and lost the house they had agreed to buy.
  > named_person | yoest | A schoolteacher who testified on a second panel | said | >
The teacher, Sunniva Yoest, 29, of Tamsen, Minn., said the couple had since moved into her parents' basement with their infant son.
  > named_person | yoest | The teacher, Sunniva Yoest, 29, of Tamsen, Minn. | said | >
"Every month someone told us the file was almost done, and nobody ever told us it was lost," Yoest said.
  > named_person | yoest | Yoest | said | <

In a statement after the hearing, RHFA said it had assigned 140 more employees to process applications and would reimburse buyers for fees they incurred because of the delays.
  > named_organization | rhfa | RHFA | said | >
The agency did not respond to questions about how much it had paid its software vendor.
  > declined_comment | rhfa | The agency | did not respond to questions about how much it had paid its software vendor | - | resp=no_response
''')

ARTICLES.append(r'''
@id f-media-bellhaven-wexcombe-layoffs
@style media_business
Bellhaven newspaper chain to cut 310 jobs after sale to Wexcombe Media, filing shows
  > document | sec-filing | filing | shows | Bellhaven newspaper chain to cut 310 jobs after sale to Wexcombe Media

PELLHAM, Ohio -- Bellhaven Regional Media, the owner of 41 daily and weekly newspapers in Ohio, Indiana and Michigan, plans to eliminate about 310 jobs, nearly a fifth of its work force, after it is sold to Wexcombe Media next month, according to a filing with the Securities and Exchange Commission.
  > document | sec-filing | a filing with the Securities and Exchange Commission | according to | <
The filing, made public on Thursday, says the cuts will fall hardest on printing, delivery and newsroom jobs and that at least six of the chain's daily papers will stop printing on weekdays.
  > document | sec-filing | The filing, made public on Thursday | says | >
In a statement, BRM, as the company is known in the industry, said the $212 million deal would "secure the future of local journalism in the communities we serve."
  > named_organization | bellhaven | BRM, as the company is known in the industry | said | >

BRM's chief executive, Everard Quint, told employees on a video call on Thursday that the cuts were "the hardest decision I have made in 30 years in this business."
  > named_official | quint | BRM's chief executive, Everard Quint | told employees on a video call | that the cuts were "the hardest decision I have made in 30 years in this business."
Quint said print advertising revenue at the chain's papers had fallen by half since 2019 and that it could no longer afford presses that sit idle most of the week.
  > named_official | quint | Quint | said | >
He declined to say which newsrooms would lose the most reporters.
  > declined_comment | quint | He | declined to say which newsrooms would lose the most reporters | - | resp=declined
The company said laid-off employees would receive two weeks' pay for every year of service.
  > named_organization | bellhaven | The company | said | >
Bellhaven had hoped to sell its papers to a group of local owners, but two earlier bidders walked away last year.
  > named_organization | bellhaven | Bellhaven | had hoped | to sell its papers to a group of local owners | nosrc

Wexcombe, a privately held company based in Fort Lorne, Texas, has cut staff at nearly every newspaper it has bought since 2018, according to a tally by the trade publication Press Margins.
  > media_report | press-margins | a tally by the trade publication Press Margins | according to | <
Wexcombe did not respond to requests for comment on Thursday.
  > declined_comment | wexcombe | Wexcombe | did not respond to requests for comment | - | resp=no_response
Two people familiar with the negotiations said Wexcombe had insisted on the job cuts as a condition of the sale.
  > anonymous_familiar | familiar | Two people familiar with the negotiations | said | >
The people, who spoke on the condition of anonymity because the talks were confidential, said Quint had pushed to keep the newsrooms of the chain's two largest papers intact.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because the talks were confidential
One of the people said Wexcombe planned to move the design and copy editing of all 41 papers to a hub in Texas.
  > anonymous_familiar | familiar | One of the people | said | >

The Three Rivers Newspaper Guild, which represents about 600 BRM employees at 14 papers, said the company had given it less than a day's notice of the cuts.
  > named_organization | guild | The Three Rivers Newspaper Guild, which represents about 600 BRM employees at 14 papers | said | >
The guild's president, Annika Sorensby, a copy editor at The Pellham Courier, called the sale "a slow-motion closing of 41 newspapers."
  > named_official | sorensby | The guild's president, Annika Sorensby, a copy editor at The Pellham Courier | called | the sale "a slow-motion closing of 41 newspapers."
"They are selling the papers and selling out the towns at the same time," Sorensby said.
  > named_official | sorensby | Sorensby | said | <
"Nobody in Texas is going to cover a school board meeting in Pellham."
  > named_official | sorensby | Sorensby | - | *
She said the guild would ask Wexcombe to honor its contracts, which run through 2027.
  > named_official | sorensby | She | said | >

A sports reporter at The Ravensport Herald who was told on Thursday that his job was being eliminated said he had covered high school football in Ravensport for 26 years.
  > named_person | brankov | A sports reporter at The Ravensport Herald who was told on Thursday that his job was being eliminated | said | >
The reporter, Anselmo Brankov, 57, said he learned of the cuts from a post on social media an hour before his editor called him.
  > named_person | brankov | The reporter, Anselmo Brankov, 57 | said | >
"We will keep covering this city as long as there is one reporter left to do it," the Herald's executive editor, Colm Deverill, wrote in a column on Friday.
  > named_official | deverill | the Herald's executive editor, Colm Deverill | wrote in a column | <
He wrote that the paper's newsroom, which had 62 people in 2010, now has 11.
  > named_official | deverill | He | wrote | >
Meenal Nandakumar, the executive editor of The Stellwater Gazette, said in an interview that the Gazette would stop printing on Mondays and Tuesdays starting in July.
  > named_official | nandakumar | Meenal Nandakumar, the executive editor of The Stellwater Gazette | said in an interview | >
She said she had not been told how many of her 14 reporters would keep their jobs.
  > named_official | nandakumar | She | said | >
''')

ARTICLES.append(r'''
@id f-fire-port-ardell-garrow-street
@style public_safety_fire
Smoke alarms in Port Ardell building where five died were cited as broken in March, records show
  > document | inspection-records | records | show | Smoke alarms in Port Ardell building where five died were cited as broken in March

PORT ARDELL, Conn. -- Five people, including two children, were killed early Sunday when a fire tore through a three-story apartment building on Garrow Street, Fire Marshal Constance Ruelle said.
  > named_official | ruelle | Fire Marshal Constance Ruelle | said | <
Four other residents and a firefighter were taken to hospitals, and at least 19 people were left homeless, she said.
  > named_official | ruelle | she | said | <
Ruelle told reporters at the scene on Monday that the fire started in a first-floor kitchen and raced up an open rear stairway, trapping residents of the top floor.
  > named_official | ruelle | Ruelle | told reporters | that the fire started in a first-floor kitchen and raced up an open rear stairway, trapping residents of the top floor

City inspection records show that an inspector cited the building's owner in March for broken smoke detectors in four of its nine units and for a rear fire door that had been propped open with a cinder block.
  > document | inspection-records | City inspection records | show | >
According to the records, a follow-up inspection set for May was canceled, and no new date was ever scheduled.
  > document | inspection-records | the records | According to | >
In a statement, the Department of Buildings and Inspections said the follow-up had been dropped because the inspector assigned to it retired and the case was never reassigned.
  > named_organization | dbi | the Department of Buildings and Inspections | said | >
DBI said it was reviewing every open case left by inspectors who had departed in the past two years.
  > named_organization | dbi | DBI | said | >
The department did not respond to questions about how many such cases there were.
  > declined_comment | dbi | The department | did not respond to questions about how many such cases there were | - | resp=no_response

The building's owner said in a brief phone interview on Monday that the detectors had been replaced in April and that the fire door had been fixed "months ago."
  > named_official | markovitz | The building's owner | said in a brief phone interview | that the detectors had been replaced in April and that the fire door had been fixed "months ago."
The owner, Sheldon Markovitz, whose company bought the building in 2019, said he was never told that the follow-up inspection had been canceled.
  > named_official | markovitz | The owner, Sheldon Markovitz, whose company bought the building in 2019 | said | >
Markovitz declined to say whether he had receipts or work orders for the repairs.
  > declined_comment | markovitz | Markovitz | declined to say whether he had receipts or work orders for the repairs | - | resp=declined
He had planned to put the building up for sale this spring.
  > named_official | markovitz | He | had planned | to put the building up for sale this spring | nosrc

Odalys Pinero, who lived on the second floor with her two sons, said the hallway alarms had been chirping for weeks before the fire because their batteries were dead.
  > named_person | pinero | Odalys Pinero, who lived on the second floor with her two sons | said | >
"I called the management office three times," Pinero said.
  > named_person | pinero | Pinero | said | <
"They told me someone would come, and nobody ever came."
  > named_person | pinero | Pinero | - | *
Another tenant, Bertrand Okello, said he woke to the smell of smoke, not to an alarm, and carried a neighbor's daughter down the front stairs.
  > named_person | okello | Another tenant, Bertrand Okello | said | >
He said the rear door had been propped open since the summer because its lock was broken.
  > named_person | okello | He | said | >

Two fire officials said the first crews to arrive found the rear stairway fully engulfed and had to pull residents from third-floor windows with ladders.
  > anonymous_official | fire-officials | Two fire officials | said | >
The officials, who spoke on the condition of anonymity because the investigation is not complete, said investigators had found no working detectors on the third floor.
  > anonymous_official | fire-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the investigation is not complete
One of the officials said a space heater recovered from the kitchen was being examined as a possible cause.
  > anonymous_official | fire-officials | One of the officials | said | >
The Port Ardell Record reported on Monday that the building had been cited for fire code violations twice before, in 2016 and 2021.
  > media_report | record | The Port Ardell Record | reported | that the building had been cited for fire code violations twice before, in 2016 and 2021
A vigil for the victims is planned for Tuesday night outside the Garrow Street Library.
''')

ARTICLES.append(r'''
@id f-health-tavanga-marburg-kessira
@style global_health
Marburg outbreak in Tavanga has killed 23, health ministry says
  > named_organization | moh | health ministry | says | Marburg outbreak in Tavanga has killed 23

MORULO, Tavanga -- An outbreak of Marburg virus disease in northern Tavanga has killed 23 people, including four health workers, and infected at least 41 more, the country's Ministry of Health said on Saturday.
  > named_organization | moh | the country's Ministry of Health | said | <
The ministry said most of the cases were in Kessira province, a gold-mining region about 300 miles north of the capital.
  > named_organization | moh | The ministry | said | >

Health Minister Halima Ndaba told reporters in Morulo that the government had sealed off two mining camps and was tracing more than 600 people who had been in contact with patients.
  > named_official | ndaba | Health Minister Halima Ndaba | told reporters | that the government had sealed off two mining camps and was tracing more than 600 people who had been in contact with patients
"This virus moves with people, and people in the mines move constantly," Ndaba said.
  > named_official | ndaba | Ndaba | said | <
"We are asking them, for once, to stay where they are."
  > named_official | ndaba | Ndaba | - | *
She said a 40-bed treatment center had opened in the provincial capital, Ossere.
  > named_official | ndaba | She | said | >

The World Health Organization said it considered the risk of the virus spreading within the region "high" because Kessira's mines draw workers from three neighboring countries.
  > named_organization | who | The World Health Organization | said | >
Dr. Anders Varslund, who leads WHO's emergency response in the region, said the agency was most worried about two infected miners who had left the camps before they were sealed.
  > named_official | varslund | Dr. Anders Varslund, who leads WHO's emergency response in the region | said | >
"Every day we don't find them is a day the chains of transmission get longer," he said.
  > named_official | varslund | he | said | <
Varslund said doses of an experimental vaccine could arrive within two weeks for a trial among health workers.
  > named_official | varslund | Varslund | said | >
WHO said it was releasing $1.5 million from its emergency fund and sending 15 specialists to Kessira.
  > named_organization | who | WHO | said | >
The agency said it did not recommend restrictions on travel or trade with Tavanga.
  > named_organization | who | The agency | said | >

Fewer than half of the people identified as contacts had been reached by tracing teams as of Thursday, according to a situation report published by WHO on Friday.
  > document | sitrep | a situation report published by WHO on Friday | according to | <
The update said the treatment center in Ossere had run short of protective gowns and body bags.
  > document | sitrep | The update | said | >

Two Western diplomats in Morulo said the government had known of unexplained deaths in Kessira since early last month but waited weeks to ask for outside help.
  > anonymous_official | diplomats | Two Western diplomats in Morulo | said | >
The diplomats, who spoke on the condition of anonymity because they were not authorized to discuss their governments' assessments, said health workers in the province had been told not to discuss the deaths before a visit by the president in June.
  > anonymous_official | diplomats | The diplomats | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss their governments' assessments
One of the diplomats said at least one sick miner had traveled to the capital by bus.
  > anonymous_official | diplomats | One of the diplomats | said | >
The ministry did not respond to questions about the diplomats' account.
  > declined_comment | moh | The ministry | did not respond to questions about the diplomats' account | - | resp=no_response
The government had planned to host a regional mining investment conference in Morulo next month.
  > named_organization | government | The government | had planned | to host a regional mining investment conference in Morulo next month | nosrc

The head of a medical charity that runs the only other treatment center in Kessira said his staff had turned away patients for lack of beds on Friday night.
  > named_official | osei | The head of a medical charity that runs the only other treatment center in Kessira | said | >
The charity's country director, Kwabena Osei of Frontier Care International, said two of its nurses were among the infected.
  > named_official | osei | The charity's country director, Kwabena Osei of Frontier Care International | said | >
Chipo Mwale, who directs the Tavanga programs of the aid group Kindred Relief, said families in Kessira were hiding sick relatives at home because they feared the isolation wards.
  > named_official | mwale | Chipo Mwale, who directs the Tavanga programs of the aid group Kindred Relief | said | >
She said her group had sent 20 community workers to the province to explain how the virus spreads.
  > named_official | mwale | She | said | >
The Morulo Tribune first reported the deaths in Kessira on July 19.
  > media_report | tribune | The Morulo Tribune | first reported | the deaths in Kessira on July 19
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
