"""Build corpus/articles/bb.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on environment, energy, weather disasters and transport, technology and privacy, and
public health (glacial_lake_outburst_hydro_dam_wire,
wildfire_evacuation_text_alert_delay_local_daily, school_safety_app_location_sharing_tv_web,
e_scooter_trauma_visits_public_radio_transcript, flash_flood_subway_shutdown_liveblog,
teen_face_scan_age_check_regulator_qa, geothermal_injection_quake_pause_energy_newsletter,
sargassum_seaweed_gas_health_magazine_feature, wayside_bearing_detector_rule_trade_weekly,
campus_wifi_attendance_tracking_student_paper, legionnaires_cooling_tower_cluster_explainer,
symptom_checker_chatbot_pulled_corrected), partly set in invented countries, in the voices of
twelve kinds of outlet (a wire dispatch from a flood-hit mountain valley, a county daily
covering an after-action review, a local television station's investigative web story with a
dateline the builder does not strip, a public-radio transcript with host, reporter and speaker
labels and answers that run over several lines, a city paper's live blog with timestamps,
an edited Q&A with a privacy regulator whose questions themselves cite sources and whose
answers include a refusal, an energy newsletter with capitalised section heads and a dek, a
magazine feature with a dek and a first-person reporter, a rail trade weekly with a two-part
dek, a student newspaper, a health explainer with question subheads, and a tech site's story
with an in-body update paragraph and a correction in its footer). Sources: ministers, a
mayor, supervisors, a council member, a hearing commissioner, a county health officer, an
emergency manager, a sheriff, a superintendent, a transit chief, a school football coach, a
trauma-program director, a student government president, named spokespeople, chief
executives and a chief operating officer, a union president and a lawyer speaking for a
family; a farmer, residents, a bakery owner, a guesthouse owner, a parent, a scooter rider,
students, a retired teacher, a family doctor, researchers, a seismologist, an analyst,
an endocrinologist and a lawyer commenting as an expert; ministries, agencies, a weather
service, a transit agency, a river commission, companies, a town council, a trade group, a
union, a faculty senate and unnamed spokespeople; anonymous officials with and without a
stated reason (a dispatcher, a track supervisor, a council staffer, a tourism official, an
adviser, a county health official with direct knowledge, former engineers and managers, a
rail executive, a state education official); people familiar, people briefed and a person
who has seen an assessment; vague sources (doctors, residents, a couple with an explicit count,
parents, students, critics, installers, advocates, a daughter who asks that the family not be
named); documents (a study, an inspection report, an after-action review, records, emails, a
spreadsheet, a regulatory agenda, a filing, an order, data, budget documents, a video, a
notebook, a safety notice, an investor presentation, a company-registry filing); media
reports, including the outlet's own earlier reporting and another outlet that cites its own
source; non-answers of all three kinds, two in one sentence, one inside a Q&A answer;
people described first and named later; quotes over several sentences; split content,
content before and after the cue; headline and dek attributions; two attributions in one
sentence; and look-alikes left unannotated or marked not sourcing ("has not named", "has not
said", "did not testify", "does not mention", "have not identified", "did not say when",
"has not been accused", "could not independently confirm", "has not independently verified",
"has not been able to review"; "plans", "wants" and "had previously targeted" in the
reporter's voice, against "wants" inside content credited to a document). All twelve end
with a footer of excluded boilerplate. Nothing is trained or tuned on them. Same line format
and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_bb.py [--render]
     python corpus/build_articles_bb.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "bb.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id bb-glacial-lake-outburst-hydro-dam-kestrava
@style glacial_lake_outburst_hydro_dam_wire
Glacial lake flood wrecks hydropower dam in Kestrava's Ondra valley, ministry says
  > named_organization | energy-ministry | ministry | says | Glacial lake flood wrecks hydropower dam in Kestrava's Ondra valley

SOLVEK, Kestrava -- A glacial lake high in the Tavor Mountains burst through its moraine wall before dawn on Saturday, sending a surge of water, mud and boulders down the Ondra valley that destroyed the spillway of the country's second-largest hydropower dam and cut power to about 200,000 homes, the Energy Ministry said.
  > named_organization | energy-ministry | the Energy Ministry | said | <
At least 11 people were killed in villages along the river and 23 were still missing on Monday, according to the national disaster agency.
  > named_organization | disaster-agency | the national disaster agency | according to | <

The Ondra II dam, 40 kilometers north of the capital, is 70 percent owned by Orvane Power, a company listed in London; the state utility, Kesmet, owns the rest.
Orvane said in a statement that the dam's main wall had held but that its spillway and two of its four turbines were "beyond repair," and that it was "deploying every resource available" to secure the site.
  > named_organization | orvane | Orvane | said in a statement | >
The company has not named the two plant workers who are among the missing.
Its chief executive, Malcolm Fairhurst, said in a video posted on the company's website that he would travel to Kestrava on Tuesday.
  > named_official | fairhurst | Its chief executive, Malcolm Fairhurst | said in a video posted on the company's website | >

"This was not an act of God," Energy Minister Irena Valchek told reporters on the riverbank in Solvek.
  > named_official | valchek | Energy Minister Irena Valchek | told reporters | <
"This was a lake we warned about, in writing, two years ago."
  > named_official | valchek | Valchek | - | *
A 2023 study commissioned by the ministry, obtained by Northgate Wire, found that the lake had tripled in area since 1990 and said it posed "a high and rising risk of sudden outburst" to the dam.
  > document | study | A 2023 study commissioned by the ministry, obtained by Northgate Wire | found | that the lake had tripled in area since 1990
  > document | study | A 2023 study commissioned by the ministry, obtained by Northgate Wire | said | it posed "a high and rising risk of sudden outburst" to the dam
Orvane did not respond to questions about the study.
  > declined_comment | orvane | Orvane | did not respond to questions about the study | - | resp=no_response

Orvane's own engineers recommended last year that the company install an early-warning system at the lake and lower the reservoir before the summer melt, but the work was postponed, according to two people familiar with the dam's operations.
  > anonymous_familiar | familiar | two people familiar with the dam's operations | according to | <
One of them, who asked not to be identified because they still work in the industry, said the warning system had been "pushed back three budget cycles in a row."
  > anonymous_familiar | familiar | One of them | said | > | anon=who asked not to be identified because they still work in the industry

In Brelo, 30 kilometers downstream, the flood left a field of boulders where the market square had stood, and the river still ran brown with silt on Sunday.
"My cows drank from this river -- where do they drink now?" asked a farmer standing on what was left of the bank.
  > named_person | krel | a farmer standing on what was left of the bank | asked | <
The farmer, Dusan Krel, 58, said he had lost 40 of his 60 cattle.
  > named_person | krel | The farmer, Dusan Krel, 58 | said | >
Residents said army water trucks and generators had not reached several villages by nightfall on Sunday.
  > anonymous_other | residents | Residents | said | >

The Ondra Basin Commission, which monitors the river in the three countries it crosses, said the flood had carried an estimated 3 million tonnes of sediment past the dam.
  > named_organization | obc | The Ondra Basin Commission, which monitors the river in the three countries it crosses | said | >
Neighboring Dravia closed two water intakes downstream as a precaution, Dravian state television reported.
  > media_report | dravia-tv | Dravian state television | reported | <
Prosecutors in Solvek have opened a criminal investigation, and the ministry wants Orvane to pay for rebuilding the villages below the dam.
  > named_organization | energy-ministry | the ministry | wants | Orvane to pay for rebuilding the villages below the dam | nosrc

Orvane's shares fell 14 percent in London on Monday.
"Investors are asking whether there are other Ondras in the portfolio," said Hanna Ostrowicz, an energy analyst at Redfern Capital in London.
  > named_person | ostrowicz | Hanna Ostrowicz, an energy analyst at Redfern Capital in London | said | <
Orvane has not said how many of its other dams sit below glacial lakes.
The company plans to have the two undamaged turbines running again within a month, Fairhurst said in the video.
  > named_official | fairhurst | Fairhurst | said in the video | <
Kesmet could not be reached for comment.
  > declined_comment | kesmet | Kesmet | could not be reached for comment | - | resp=unreachable

@excluded
Reporting by Anika Brandl in Solvek; additional reporting by Tom Weller in London; editing by Sara Lund
For licensing inquiries, contact Northgate Wire Sales.
© 2025 Northgate Wire. All rights reserved.
''')

ARTICLES.append(r'''
@id bb-wildfire-evacuation-text-alert-delay-larch-county
@style wildfire_evacuation_text_alert_delay_local_daily
Evacuation alert reached Upper Halvorsen residents 47 minutes late during Cedar Notch fire, county review finds
  > document | review | county review | finds | Evacuation alert reached Upper Halvorsen residents 47 minutes late during Cedar Notch fire

HALVORSEN -- The emergency text alert ordering residents of the Upper Halvorsen neighborhood to evacuate during last month's Cedar Notch fire reached their phones 47 minutes after sheriff's deputies first asked for it, according to a county review released Wednesday.
  > document | review | a county review released Wednesday | according to | <
By then, flames had crossed Ridgeback Road, the neighborhood's only paved exit, and at least 60 households fled on foot or through a neighbor's pasture, the review found.
  > document | review | the review | found | <
Two people died in the fire: Walter Eames, 81, and his wife, Joan, 79, who were found in their garage on Tamarack Lane.

The 38-page review, prepared by the county's Office of Emergency Management, blames a software update installed by the alert vendor, Beaconline Systems, two days before the fire.
  > document | review | The 38-page review, prepared by the county's Office of Emergency Management | blames | a software update installed by the alert vendor, Beaconline Systems, two days before the fire
The update quietly changed a default setting so that messages marked "urgent" sat in a queue until a supervisor approved them, it says.
  > document | review | it | says | <
Beaconline said in a statement that the change "was clearly documented in the release notes" and that county staff had been told about it in advance.
  > named_organization | beaconline | Beaconline | said in a statement | >
The company's chief executive, Priya Anand, did not return calls on Wednesday.
  > declined_comment | anand | The company's chief executive, Priya Anand | did not return calls on Wednesday | - | resp=no_response

Emergency Management Director Curtis Lomax said his office should have tested the system after the update.
  > named_official | lomax | Emergency Management Director Curtis Lomax | said | >
"We own that," Lomax told the Board of Supervisors on Wednesday.
  > named_official | lomax | Lomax | told the Board of Supervisors on Wednesday | <
"We also own fixing it, and that starts tonight."
  > named_official | lomax | Lomax | - | *
Supervisor Ramona Teel called the delay "inexcusable," and Supervisor Glen Pardee said the county should consider suing Beaconline.
  > named_official | teel | Supervisor Ramona Teel | called | the delay "inexcusable,"
  > named_official | pardee | Supervisor Glen Pardee | said | the county should consider suing Beaconline
Lomax said a new manual override would let sheriff's dispatchers send alerts directly.
  > named_official | lomax | Lomax | said | >

The Eameses' daughter, Carol Eames Whitley, said her parents had signed up for alerts in 2019 and "did everything they were told to do."
  > named_person | whitley | The Eameses' daughter, Carol Eames Whitley | said | >
Her lawyer, Benjamin Okafor, said the family had filed a notice of claim against the county, the first step toward a lawsuit.
  > named_official | okafor | Her lawyer, Benjamin Okafor | said | the family had filed a notice of claim against the county
A sheriff's dispatcher who was on duty that night, and who spoke on condition of anonymity because dispatchers were told not to discuss the fire, said deputies had called the emergency management office three times asking why the alert had not gone out.
  > anonymous_official | dispatcher | A sheriff's dispatcher who was on duty that night | said | > | anon=who spoke on condition of anonymity because dispatchers were told not to discuss the fire
The review does not mention those calls.
Sheriff Dale Ortega declined to release the dispatch logs, citing the family's claim.
  > declined_comment | ortega | Sheriff Dale Ortega | declined to release the dispatch logs | - | resp=declined

Several Upper Halvorsen residents who spoke at the meeting said they learned of the evacuation from neighbors pounding on their doors.
  > anonymous_other | residents | Several Upper Halvorsen residents who spoke at the meeting | said | >
One of them, a retired schoolteacher who lives three doors from the Eameses, said she drove out through smoke so thick that she "steered by the sound of the gravel."
  > named_person | haskins | One of them, a retired schoolteacher who lives three doors from the Eameses | said | >
The teacher, Lorraine Haskins, 74, said she has since bought a battery-powered weather radio.
  > named_person | haskins | The teacher, Lorraine Haskins, 74 | said | >
A couple who live at the top of Ridgeback Road said they never got the alert at all.
  > anonymous_other | couple | A couple who live at the top of Ridgeback Road | said | > | count=2

The Sentinel reported in September that the county had twice delayed a $180,000 upgrade to its alert system since 2021.
  > media_report | sentinel | The Sentinel | reported in September | >
The county plans to install outdoor warning sirens in three canyon neighborhoods next year.
  > named_organization | county | The county | plans | to install outdoor warning sirens in three canyon neighborhoods next year | nosrc

@excluded
Read the county's full after-action review (PDF).
Comments are reviewed before they are published. Please keep the conversation civil.
Subscribe to the Sentinel for $1 a week.
© 2025 Larch County Sentinel
''')

ARTICLES.append(r'''
@id bb-school-safety-app-location-sharing-marlow-springs
@style school_safety_app_location_sharing_tv_web
7 Investigates: Student safety app sent kids' locations to ad-data broker, study finds
  > document | study | study | finds | Student safety app sent kids' locations to ad-data broker

MARLOW SPRINGS (KVRT) -- A smartphone app that thousands of Marlow Springs students must use to check in at school sent their precise locations to a company that sells data to advertisers, according to a study released Monday by computer scientists at Carrow University.
  > document | study | a study released Monday by computer scientists at Carrow University | according to | A smartphone app that thousands of Marlow Springs students must use to check in at school sent their precise locations to a company that sells data to advertisers
The app, SafeStride, is required for students in grades 6 through 12 in the Marlow Springs School District, which adopted it in 2022 to speed up roll calls during emergencies.
The study found that each time a student opened the app, it sent the phone's GPS coordinates, accurate to within about 10 feet, along with an advertising ID to a server run by Tallis Data Exchange, a data broker in Nevada.
  > document | study | The study | found | >
"These are kids, and their locations were being handled like any other ad inventory," said Nadia Fenwick, the computer scientist who led the study.
  > named_person | fenwick | Nadia Fenwick, the computer scientist who led the study | said | <

SafeStride's maker, Brightwater Ed Technologies of Austin, Texas, said in an emailed statement that the data was sent "for analytics purposes only" and that Tallis is contractually barred from reselling it.
  > named_organization | brightwater | SafeStride's maker, Brightwater Ed Technologies of Austin, Texas | said in an emailed statement | >
The company said it stopped sending the data in an update released Friday, three days after 7 News first asked about it.
  > named_organization | brightwater | The company | said | it stopped sending the data in an update released Friday
Tallis Data Exchange did not respond to emails or a phone message.
  > declined_comment | tallis | Tallis Data Exchange | did not respond to emails or a phone message | - | resp=no_response
Records obtained by 7 News through a public records request show that the district pays Brightwater $94,000 a year for the app and that the contract says student data "shall not be disclosed to any third party for commercial purposes."
  > document | records | Records obtained by 7 News through a public records request | show | >

District spokesperson Alana Brisco said the district was "reviewing the contract" and had asked Brightwater for a full accounting of where student data went.
  > named_official | brisco | District spokesperson Alana Brisco | said | >
Superintendent Howard Kline declined an interview request.
  > declined_comment | kline | Superintendent Howard Kline | declined an interview request | - | resp=declined
A state education department official said the department had received complaints about SafeStride from two other districts.
  > anonymous_official | state-official | A state education department official | said | >
Brightwater was warned about the data flows by an outside security firm in 2023, according to a person who has seen the firm's assessment.
  > anonymous_familiar | seen-assessment | a person who has seen the firm's assessment | according to | <
7 News has not been able to review the assessment.

Parents who spoke with 7 News outside Marlow Springs Middle School on Tuesday said they had never been told the app tracked location at all.
  > anonymous_other | parents | Parents who spoke with 7 News outside Marlow Springs Middle School on Tuesday | said | >
"They told us it was a digital hall pass," said Teresa Ochoa, whose daughter is in eighth grade.
  > named_person | ochoa | Teresa Ochoa, whose daughter is in eighth grade | said | <
"Nobody ever said anything about GPS."
  > named_person | ochoa | Teresa Ochoa | - | *
Ethan Corbin, a privacy lawyer in Denver who is not involved in the matter, said the contract's language could expose Brightwater to claims under the state's consumer protection law.
  > named_person | corbin | Ethan Corbin, a privacy lawyer in Denver who is not involved in the matter | said | >
The school board plans to vote on whether to keep the app at its Nov. 18 meeting.
  > named_organization | board | The school board | plans | to vote on whether to keep the app at its Nov. 18 meeting | nosrc
Fenwick said parents can check whether their child's phone has the update by looking for version 4.2 or later in the app store.
  > named_person | fenwick | Fenwick | said | >

@excluded
Copyright 2025 KVRT-TV. All rights reserved.
Download the KVRT 7 News app for breaking news alerts.
Have a tip for 7 Investigates? Email investigates@kvrt.example.
''')

ARTICLES.append(r'''
@id bb-e-scooter-trauma-visits-port-aldine-radio
@style e_scooter_trauma_visits_public_radio_transcript
Scooter injuries pile up in Port Aldine emergency rooms as council weighs permit renewal

HOST ANNA BRIGGS: This is The Morning Report on WPAL.
I'm Anna Briggs.
Port Aldine's City Council votes next week on whether to renew permits for the two companies that rent electric scooters on city streets.
Doctors at the city's main trauma center say they are treating more scooter injuries than ever.
  > anonymous_other | doctors | Doctors at the city's main trauma center | say | >
WPAL's Marcus Dellinger reports.

MARCUS DELLINGER: On a Friday night at Harbor General Hospital, the emergency department sees three patients in a row with the same broken wrist.
Dr. Funmi Okonkwo, who directs the hospital's trauma program, says she has a name for it: the scooter wrist.
  > named_official | okonkwo | Dr. Funmi Okonkwo, who directs the hospital's trauma program | says | >

FUNMI OKONKWO: People put their hands out when they fall.
  > named_official | okonkwo | FUNMI OKONKWO | : | >
Last year we treated 412 scooter riders, up from 250 the year before.
  > named_official | okonkwo | FUNMI OKONKWO | - | *
And those are just the ones who came to us.
  > named_official | okonkwo | FUNMI OKONKWO | - | *

DELLINGER: Statewide, emergency room visits for scooter injuries rose 38 percent last year, according to data from the state Department of Health.
  > document | state-data | data from the state Department of Health | according to | Statewide, emergency room visits for scooter injuries rose 38 percent last year
Zipwell, the larger of the two companies, says its riders take about 9,000 trips a day here and that serious injuries are rare.
  > named_organization | zipwell | Zipwell, the larger of the two companies | says | >
The company declined to put anyone on tape for this story.
  > declined_comment | zipwell | The company | declined to put anyone on tape for this story | - | resp=declined
In a statement, it said a helmet-selfie feature added last spring had doubled helmet use among its riders.
  > named_organization | zipwell | it | said | >
Zipwell has not released its own injury figures.
Glide, the other company, did not respond to several requests for comment.
  > declined_comment | glide | Glide, the other company | did not respond to several requests for comment | - | resp=no_response
City Council member Jorge Baptiste wants to cap the number of scooters and ban riding on sidewalks.
  > named_official | baptiste | City Council member Jorge Baptiste | wants | to cap the number of scooters and ban riding on sidewalks | nosrc

JORGE BAPTISTE: I'm not anti-scooter.
  > named_official | baptiste | JORGE BAPTISTE | : | >
I'm anti-people-getting-hurt.
  > named_official | baptiste | JORGE BAPTISTE | - | *

DELLINGER: Baptiste says three other council members have told him they will back the cap.
  > named_official | baptiste | Baptiste | says | >
A staffer for one of those members, who asked not to be named because the member hasn't announced a position, told me the vote could be closer than Baptiste thinks.
  > anonymous_official | staffer | A staffer for one of those members | told me | > | anon=who asked not to be named because the member hasn't announced a position
Outside a coffee shop on Dock Street, Priyanka Sethi is unlocking a scooter for her ride to work.

PRIYANKA SETHI: It's faster than the bus and cheaper than parking.
  > named_person | sethi | PRIYANKA SETHI | : | >
I wear a helmet.
  > named_person | sethi | PRIYANKA SETHI | - | *
Most people don't.
  > named_person | sethi | PRIYANKA SETHI | - | *

DELLINGER: Critics of the program, including a group of downtown business owners, say the scooters clutter sidewalks and block wheelchair ramps.
  > anonymous_other | critics | Critics of the program, including a group of downtown business owners | say | >
The city's transportation department says it has received 1,100 complaints about blocked sidewalks this year.
  > named_organization | transport-dept | The city's transportation department | says | >
Its director, Elaine Voskuil, could not be reached this week.
  > declined_comment | voskuil | Its director, Elaine Voskuil | could not be reached this week | - | resp=unreachable
Okonkwo says she is not against scooters either.
  > named_official | okonkwo | Okonkwo | says | she is not against scooters either

FUNMI OKONKWO: I would just like to see fewer of their riders.
  > named_official | okonkwo | FUNMI OKONKWO | : | >

DELLINGER: For WPAL News, I'm Marcus Dellinger in Port Aldine.

BRIGGS: The council vote is scheduled for Tuesday.

@excluded
This transcript was produced by a contractor and may contain errors.
Support WPAL: become a member today.
Copyright © 2025 WPAL Public Radio. All rights reserved.
''')

ARTICLES.append(r'''
@id bb-flash-flood-subway-shutdown-new-lisle
@style flash_flood_subway_shutdown_liveblog
Live updates: Flash flooding shuts New Lisle subway lines after 5 inches of rain in three hours

6:42 a.m.
The National Weather Service said that more than 5 inches of rain had fallen on central New Lisle since 3 a.m. and declared a flash flood emergency, its most serious kind of flood warning.
  > named_organization | nws | The National Weather Service | said | that more than 5 inches of rain had fallen on central New Lisle since 3 a.m.

7:05 a.m.
New Lisle Metro has suspended service on the Green and Orange lines after water poured down station stairwells at Canal Street and Foundry Square, the transit agency said on social media.
  > named_organization | metro | the transit agency | said on social media | <
Video posted online showed water nearly waist-deep on the Canal Street platform.
  > document | video | Video posted online | showed | >
The Ledger has not independently verified the video.

7:30 a.m.
Metro General Manager Denise Harrow told WNLR radio that about 300 passengers had been evacuated from two stalled trains and that no injuries had been reported.
  > named_official | harrow | Metro General Manager Denise Harrow | told WNLR radio | >
"Every pump we have is running," Harrow said.
  > named_official | harrow | Harrow | said | <
"It is not enough."
  > named_official | harrow | Harrow | - | *

8:15 a.m.
Mayor Victor Ansel has declared a state of emergency and is urging residents to stay home unless they must travel.
  > named_official | ansel | Mayor Victor Ansel | is urging | residents to stay home unless they must travel
City schools will open two hours late, the Department of Education said.
  > named_organization | doe | the Department of Education | said | <
At Eastbrook High School, football coach Terrell Hughes said 40 players and staff had spent the night in the gym after their bus home from an away game was stopped by flooded roads.
  > named_official | hughes | football coach Terrell Hughes | said | >

9:02 a.m.
A Metro track supervisor, who spoke on condition of anonymity because employees are not permitted to talk to the press, said crews had warned managers in June that the drainage pumps at Canal Street were clogged with debris.
  > anonymous_official | supervisor | A Metro track supervisor | said | > | anon=who spoke on condition of anonymity because employees are not permitted to talk to the press
Metro did not respond to a question about the warning.
  > declined_comment | metro | Metro | did not respond to a question about the warning | - | resp=no_response

9:40 a.m.
Rainfall totals so far, according to the weather service: 5.8 inches at Foundry Square, 5.1 inches at the airport and 3.9 inches in Eastbrook.
  > named_organization | nws | the weather service | according to | Rainfall totals so far ;; 5.8 inches at Foundry Square, 5.1 inches at the airport and 3.9 inches in Eastbrook

10:20 a.m.
Residents of Low Meadows, a neighborhood that flooded twice in 2021, said water was rising through basement drains faster than they could bail it out.
  > anonymous_other | residents | Residents of Low Meadows, a neighborhood that flooded twice in 2021 | said | >
"We're on our third sump pump since the last flood," said Gloria Benedek, who has lived on Alder Street for 30 years.
  > named_person | benedek | Gloria Benedek, who has lived on Alder Street for 30 years | said | <
"The city keeps promising us a new storm sewer."
  > named_person | benedek | Gloria Benedek | - | *
At least a dozen cars were stalled in water on Alder Street late in the morning.

11:05 a.m.
The storm sewer Benedek mentioned, a $210 million tunnel under Low Meadows, was approved in 2022 but has not broken ground, according to city budget documents.
  > document | budget | city budget documents | according to | <
Ansel wants the state to pay for half of it.
  > named_official | ansel | Ansel | wants | the state to pay for half of it | nosrc
The governor's office did not immediately respond to a request for comment.
  > declined_comment | governor | The governor's office | did not immediately respond to a request for comment | - | resp=no_response

11:50 a.m.
The Ledger reported in March that Metro had put off about $40 million in pump and drainage repairs since 2020.
  > media_report | ledger | The Ledger | reported in March | >
Metro's board will hold an emergency meeting on Thursday, according to a person familiar with the planning.
  > anonymous_familiar | familiar | a person familiar with the planning | according to | <

12:10 p.m.
Asked at a noon briefing about the June warning, Harrow said she had "not seen that report" and would look into it.
  > named_official | harrow | Harrow | said | >

12:30 p.m.
Service on the Orange Line will resume in time for the evening rush, Metro said, but the Green Line will stay closed through at least Friday.
  > named_organization | metro | Metro | said | Service on the Orange Line will resume in time for the evening rush ;; but the Green Line will stay closed through at least Friday

@excluded
Refresh this page for the latest updates.
Have photos or video of the flooding? Send them to the Ledger.
Get breaking-news alerts from the Ledger on your phone.
© 2025 The New Lisle Ledger
''')

ARTICLES.append(r'''
@id bb-teen-face-scan-age-check-regulator-qa-valdoria
@style teen_face_scan_age_check_regulator_qa
Valdoria's privacy commissioner says Loopcast's face scans of teenagers may break the law
  > named_official | rosvall | Valdoria's privacy commissioner | says | Loopcast's face scans of teenagers may break the law

Since September, Loopcast, the short-video app used by about two-thirds of Valdorian teenagers, has required new users to record a short video selfie so that software can estimate their age.
The company says the videos are deleted within an hour and that the checks keep younger children off the app.
  > named_organization | loopcast | The company | says | >
Loopcast has not been accused of breaking any law.
Last week, Valdoria's Data Protection Authority opened an inquiry into the scans.
Its head, Commissioner Edda Rosvall, spoke with us in her office in Tenborg on Monday.
The conversation has been edited and condensed.

Q: Loopcast says nothing is stored.
  > named_organization | loopcast | Loopcast | says | >
Why open an inquiry?

Rosvall: Because "nothing is stored" is a claim, and our job is to check claims.
  > named_official | rosvall | Rosvall | : | >
We have asked the company for its deletion logs and for its contract with the vendor that runs the scans.
  > named_official | rosvall | Rosvall | - | *
So far we have received neither.
  > named_official | rosvall | Rosvall | - | *

Q: Who is the vendor?

Rosvall: A company called Facet Biometrics, based in Singapore.
  > named_official | rosvall | Rosvall | : | >
Loopcast did not name it in its privacy notice, which is one of the things we are looking at.
  > named_official | rosvall | Rosvall | - | *

Q: Facet told us in an email that it "processes images only on the instructions of its clients."
  > named_organization | facet | Facet | told us in an email | >
Does that satisfy you?

Rosvall: It tells me who is responsible, which is Loopcast.
  > named_official | rosvall | Rosvall | : | >
It does not tell me what happened to the images.
  > named_official | rosvall | Rosvall | - | *

Q: A former Loopcast trust-and-safety manager told us that staff warned last spring that the scans were less accurate for teenagers with darker skin.
  > anonymous_official | ex-manager | A former Loopcast trust-and-safety manager | told us | >
Have you heard that?

Rosvall: I have read the same research everyone has read.
  > named_official | rosvall | Rosvall | : | >
I won't discuss what individual employees may or may not have told us.
  > declined_comment | rosvall | Rosvall | won't discuss what individual employees may or may not have told us | - | resp=declined

Q: Loopcast's chief executive, Bastian Kroll, told the newspaper Tenborg Dagblad last week that your authority was "punishing the only platform that actually checks ages."
  > named_official | kroll | Loopcast's chief executive, Bastian Kroll | told the newspaper Tenborg Dagblad last week | >

Rosvall: Mr. Kroll is welcome to make that argument to us directly.
  > named_official | rosvall | Rosvall | : | >
Checking ages is required by law.
  > named_official | rosvall | Rosvall | - | *
Doing it with children's faces is a choice.
  > named_official | rosvall | Rosvall | - | *

Q: When will you decide?

Rosvall: The law gives us six months, and I expect we will need most of it.
  > named_official | rosvall | Rosvall | : | >

Two Loopcast managers, who asked not to be named because they were not authorized to speak to the press, told us after the interview that the company had paused plans to introduce the scans in two other countries.
  > anonymous_official | managers | Two Loopcast managers | told us | that the company had paused plans to introduce the scans in two other countries | anon=who asked not to be named because they were not authorized to speak to the press
Loopcast's press office did not respond to a request for comment on Rosvall's remarks.
  > declined_comment | loopcast | Loopcast's press office | did not respond to a request for comment on Rosvall's remarks | - | resp=no_response
A spokesman for Valdoria's Ministry of Digital Affairs said the government supported the inquiry but had "no plans" to ban face-based age checks.
  > named_organization | ministry | A spokesman for Valdoria's Ministry of Digital Affairs | said | >

@excluded
This interview is part of our series Regulators on the Record.
Share this interview
Read more of our coverage of children's privacy online
© 2025 Tenborg Review
''')

ARTICLES.append(r'''
@id bb-geothermal-injection-quake-pause-grid-letter
@style geothermal_injection_quake_pause_energy_newsletter
The Grid Letter: A geothermal boom town asks who pays when the ground shakes

Plus: a utility wants a monthly "grid access charge" for rooftop solar, and the number of the week.
  > named_organization | kvp | a utility | wants | a monthly "grid access charge" for rooftop solar | nosrc

Good morning, and welcome back to The Grid Letter.

THE BIG ONE
The Marrow State Oil and Gas Commission said on Friday that Hotwell Energy must stop injecting water into two of its geothermal wells near the town of Ridley Flats, a week after a magnitude 3.9 earthquake cracked walls and chimneys there.
  > named_organization | commission | The Marrow State Oil and Gas Commission | said on Friday | that Hotwell Energy must stop injecting water into two of its geothermal wells near the town of Ridley Flats
The commission's order cites readings from a temporary network of seismometers showing that the quake and more than 200 smaller tremors since June were centered within two kilometers of the wells.
  > document | order | The commission's order | cites | readings from a temporary network of seismometers showing that the quake and more than 200 smaller tremors since June were centered within two kilometers of the wells
Hotwell, which supplies power to about 60,000 homes, said it was "confident the wells can operate safely" at lower injection pressures and would ask the commission to reconsider.
  > named_organization | hotwell | Hotwell, which supplies power to about 60,000 homes | said | >
Its chief operating officer, Dana Kirkland, told us the company had spent $2 million on seismic monitoring "before anyone asked us to."
  > named_official | kirkland | Its chief operating officer, Dana Kirkland | told us | >

Ridley Flats is not done.
The Ridley Flats Town Council said it would seek a permanent halt to injection at the two wells, and the mayor, Dale Huebner, told us the town was prepared to sue Hotwell over the damage.
  > named_organization | town-council | The Ridley Flats Town Council | said | it would seek a permanent halt to injection at the two wells
  > named_official | huebner | the mayor, Dale Huebner | told us | the town was prepared to sue Hotwell over the damage
"They're drilling under our houses," Huebner said.
  > named_official | huebner | Huebner | said | <
"We're the ones who have to live on top of it for the next 30 years."
  > named_official | huebner | Huebner | - | *
Jolene Pfeifer, who runs a bakery on Main Street, testified at a commission hearing that the quake knocked her ovens off their stands and closed her shop for a week.
  > named_person | pfeifer | Jolene Pfeifer, who runs a bakery on Main Street | testified at a commission hearing | >
Her neighbor, Carl Rasmussen, whose house lost its chimney, did not testify.
Laura Hennig, a seismologist at Marrow State University who has studied induced earthquakes in three states, said lowering pressure usually reduces the number of tremors but does not rule out a larger one.
  > named_person | hennig | Laura Hennig, a seismologist at Marrow State University who has studied induced earthquakes in three states | said | >
Two of the commission's three members favor letting Hotwell resume at lower pressure, according to a person familiar with the commission's deliberations.
  > anonymous_familiar | familiar | a person familiar with the commission's deliberations | according to | <
The third, Commissioner Hal Brody, said at the hearing that he would not vote to restart the wells "until we know what the fault is doing."
  > named_official | brody | The third, Commissioner Hal Brody | said at the hearing | >
A decision is expected in February.

ALSO ON THE WIRE
Kessler Valley Power asked regulators on Tuesday to approve a $14-a-month "grid access charge" for customers with rooftop solar, according to its rate filing.
  > document | rate-filing | its rate filing | according to | <
The utility says solar owners use the grid as a backup without paying their share of its costs.
  > named_organization | kvp | The utility | says | >
Solar installers call it "a tax on sunshine."
  > anonymous_other | installers | Solar installers | call | it "a tax on sunshine."
We asked Kessler Valley how many of its 410,000 customers have rooftop panels; a spokeswoman said the company would not release that number.
  > declined_comment | kvp | a spokeswoman | would not release that number | - | resp=declined
State data show about 23,000 homes in the utility's territory had net-metering contracts at the end of last year.
  > document | state-data | State data | show | >

NUMBER OF THE WEEK
1.9 gigawatts.
That's how much wind and solar output grid operators in the region turned away on one windy Sunday in October because there were not enough lines to carry it, according to the Great Plains Power Pool's monthly market report.
  > document | pool-report | the Great Plains Power Pool's monthly market report | according to | <

WHAT WE'RE READING
The Ellery City Star reported that Hotwell's parent company has applied for permits to drill six more wells in the same basin.
  > media_report | star | The Ellery City Star | reported | >
Hotwell declined to comment on the report.
  > declined_comment | hotwell | Hotwell | declined to comment on the report | - | resp=declined

@excluded
You're receiving The Grid Letter because you signed up at plainsfieldenergy.example.
Forward this to a friend who cares about kilowatts.
Unsubscribe | Manage your preferences
© 2025 Plainsfield Energy Media
''')

ARTICLES.append(r'''
@id bb-sargassum-seaweed-gas-health-santa-belisa
@style sargassum_seaweed_gas_health_magazine_feature
The Brown Tide: Seaweed is burying Santa Belisa's beaches -- and, doctors say, making people sick
  > anonymous_other | doctors | doctors | say | making people sick

Every summer more sargassum washes ashore, and the gas it gives off as it rots is filling village clinics.
The government says it has the problem under control.
  > named_organization | belisa-gov | The government | says | >

The smell reaches you before the beach does.
On the road into Playa Orilla, a fishing village on Santa Belisa's eastern coast, the air carries the stink of rotten eggs, and by the time I reached the seawall, my eyes were watering.
The beach itself had disappeared under a brown mat of seaweed nearly a meter deep.
"Six years ago, this was the prettiest beach on the island," said Rosario Quintero, who has run a guesthouse above the seawall since 2004.
  > named_person | quintero | Rosario Quintero, who has run a guesthouse above the seawall since 2004 | said | <
"Now I have one guest, and he is a scientist."
  > named_person | quintero | Rosario Quintero | - | *

That guest was Tomas Achterberg, an oceanographer at the University of Groningen who has spent four summers measuring the seaweed as it comes ashore.
The sargassum belt in the Atlantic now stretches more than 8,000 kilometers in peak season, he told me, fed by fertilizer washing out of rivers and by warming seas.
  > named_person | achterberg | he | told me | The sargassum belt in the Atlantic now stretches more than 8,000 kilometers in peak season ;; fed by fertilizer washing out of rivers and by warming seas
When the seaweed rots on the sand, it releases hydrogen sulfide and ammonia.

Dr. Inés Palacio, a family doctor with a private practice in Playa Orilla, keeps a handwritten tally of patients who come in with headaches, burning eyes and shortness of breath during the summer months.
Her notebook shows 312 such visits from May through August last year, up from 90 in 2019.
  > document | notebook | Her notebook | shows | >
"The old people with asthma, the babies -- they are the ones I worry about," she said.
  > named_person | palacio | she | said | <
Health Ministry data obtained by Tidewater show similar increases at three other coastal clinics.
  > document | ministry-data | Health Ministry data obtained by Tidewater | show | >
Santa Belisa's health minister, Arturo Vell, said in a written response to questions that the ministry had "no evidence of lasting harm" and that symptoms "resolve quickly once people leave the affected area."
  > named_official | vell | Santa Belisa's health minister, Arturo Vell | said in a written response to questions | >
He declined to be interviewed.
  > declined_comment | vell | He | declined to be interviewed | - | resp=declined

The government has spent about $6 million a year since 2021 on floating barriers and crews to clear beaches used by tourists, according to budget figures published by the Finance Ministry.
  > document | budget | budget figures published by the Finance Ministry | according to | <
Beaches in fishing villages like Playa Orilla are cleared once a month, if at all, residents say.
  > anonymous_other | residents | residents | say | <
A senior official in the Tourism Ministry, who asked not to be named because he was not authorized to discuss spending, told me the priority was "the beaches that pay the bills."
  > anonymous_official | tourism-official | A senior official in the Tourism Ministry | told me | > | anon=who asked not to be named because he was not authorized to discuss spending
"Nobody is going to build a hotel in Playa Orilla," he said.
  > anonymous_official | tourism-official | he | said | <
A 2023 investigation by the Caribbean Courier found that the largest contract to haul seaweed from hotel beaches went to a company owned by a senator's brother-in-law.
  > media_report | courier | A 2023 investigation by the Caribbean Courier | found | >
The company, Belisa Coastal Services, did not respond to messages left at its office.
  > declined_comment | hauler | The company, Belisa Coastal Services | did not respond to messages left at its office | - | resp=no_response

Achterberg thinks the blooms will keep growing for at least another decade.
  > named_person | achterberg | Achterberg | thinks | the blooms will keep growing for at least another decade
"You can rake a beach," he said.
  > named_person | achterberg | he | said | <
"You cannot rake an ocean."
  > named_person | achterberg | Achterberg | - | *
Quintero plans to close the guesthouse at the end of the year and move to her sister's house inland.
  > named_person | quintero | Quintero | plans | to close the guesthouse at the end of the year and move to her sister's house inland | nosrc
"The seaweed won," she said.
  > named_person | quintero | she | said | <

@excluded
This story appears in the July/August issue of Tidewater magazine.
Photographs by Lucia Ferran for Tidewater.
Share this story
© 2025 Tidewater Media Group
''')

ARTICLES.append(r'''
@id bb-wayside-bearing-detector-rule-delay-railtrade
@style wayside_bearing_detector_rule_trade_weekly
FRA pushes detector-spacing rule to 2027; railroads say cost estimate is $1.1 billion too low
  > named_organization | afr | railroads | say | cost estimate is $1.1 billion too low

Agency cites "volume and complexity" of comments; crew union calls delay "indefensible"
  > named_organization | fra | Agency | cites | "volume and complexity" of comments
  > named_organization | union | crew union | calls | delay "indefensible"

The Federal Railroad Administration will not finalize its proposal to require hot-bearing detectors at least every 15 miles on freight main lines until the first half of 2027, according to the agency's latest regulatory agenda, published Friday.
  > document | agenda | the agency's latest regulatory agenda, published Friday | according to | <
The agency had previously targeted September 2025.
  > named_organization | fra | The agency | had previously targeted | September 2025 | nosrc
In a notice accompanying the agenda, the FRA said the delay reflected "the volume and complexity" of the 2,400 comments it received on the proposal.
  > named_organization | fra | the FRA | said | >
FRA Administrator Lena Sorensen told RailTrade Weekly in October that the agency would "get this right rather than get it fast."
  > named_official | sorensen | FRA Administrator Lena Sorensen | told RailTrade Weekly in October | >

The Association of Freight Railroads, which represents the seven Class I carriers, argued in its comments that the FRA had underestimated the rule's cost by about $1.1 billion, largely because it assumed new detectors could draw power from existing signal lines.
  > named_organization | afr | The Association of Freight Railroads, which represents the seven Class I carriers | argued in its comments | >
"Roughly 40 percent of the proposed sites have no commercial power within a mile," the filing says.
  > document | afr-filing | the filing | says | <
The AFR also said that existing detectors, spaced an average of 17.5 miles apart on Class I main lines, already catch "the overwhelming majority" of overheating bearings.
  > named_organization | afr | The AFR | said | >

The Brotherhood of Rail Operating Crews, which represents about 38,000 engineers and conductors, called the delay "indefensible."
  > named_organization | union | The Brotherhood of Rail Operating Crews, which represents about 38,000 engineers and conductors | called | the delay "indefensible."
Its national president, Ray Delacroix, said in a statement that three of the five derailments blamed on overheated bearings since 2023 happened on stretches where detectors were more than 20 miles apart.
  > named_official | delacroix | Its national president, Ray Delacroix | said in a statement | >
Derailment data maintained by the FRA show 61 bearing-related derailments on Class I railroads from 2019 through 2024.
  > document | fra-data | Derailment data maintained by the FRA | show | >

Cascade & Plains Railroad, which has added 140 detectors since 2023, said it supports closer spacing "on high-risk routes," while Ohio River Southern said it would wait for the final rule before committing to new installations.
  > named_organization | cascade | Cascade & Plains Railroad, which has added 140 detectors since 2023 | said | it supports closer spacing "on high-risk routes,"
  > named_organization | ors | Ohio River Southern | said | it would wait for the final rule before committing to new installations
A senior executive at another Class I railroad, who asked not to be named because the company has not taken a public position, said the industry was "betting that the rule dies of old age."
  > anonymous_official | executive | A senior executive at another Class I railroad | said | > | anon=who asked not to be named because the company has not taken a public position
Officials at the Office of Management and Budget have also questioned the FRA's estimate of the rule's benefits, according to two people who have been briefed on the interagency review.
  > anonymous_familiar | briefed | two people who have been briefed on the interagency review | according to | <
The OMB did not respond to a request for comment, and the FRA declined to discuss the interagency review.
  > declined_comment | omb | The OMB | did not respond to a request for comment | - | resp=no_response
  > declined_comment | fra | the FRA | declined to discuss the interagency review | - | resp=declined

Melissa Tran, a former FRA safety engineer who now consults for short-line railroads, said the cost fight obscured a simpler point.
  > named_person | tran | Melissa Tran, a former FRA safety engineer who now consults for short-line railroads | said | >
"A detector is a thermometer on a pole," she said.
  > named_person | tran | she | said | <
"We are arguing about how many thermometers it takes to notice a fever."
  > named_person | tran | Melissa Tran | - | *
The rule would not apply to short-line railroads, which operate about 30 percent of U.S. rail mileage.
RailTrade Weekly reported in June that the FRA had hired an outside contractor to produce a second cost study.
  > media_report | railtrade | RailTrade Weekly | reported in June | >
The study's findings have not been made public.

@excluded
Subscribers can download the full regulatory agenda from our Documents Library.
Reprints and permissions: permissions@junctionmedia.example
RailTrade Weekly is published by Junction Media LLC. © 2025 All rights reserved.
''')

ARTICLES.append(r'''
@id bb-campus-wifi-attendance-tracking-harlan-state
@style campus_wifi_attendance_tracking_student_paper
Harlan State quietly used Wi-Fi logs to track first-years' class attendance, emails show
  > document | emails | emails | show | Harlan State quietly used Wi-Fi logs to track first-years' class attendance

Harlan State University has been using records of which campus Wi-Fi access points students' phones connect to in order to flag first-year students who may be skipping class, according to internal emails obtained by The Lantern.
  > document | emails | internal emails obtained by The Lantern | according to | <
The pilot program, run by the Office of Student Success since the start of the fall semester, covers about 1,400 students in 22 introductory courses, the emails show.
  > document | emails | the emails | show | <
Students were not told about the program.
In an email dated Sept. 3, Associate Provost Kendra Vail wrote that the data would help advisers "reach students before they fall through the cracks."
  > named_official | vail | Associate Provost Kendra Vail | wrote | >
Another email, from a data analyst in the provost's office, warned that the system could not tell whether a student was inside a lecture hall or "sitting in the hallway outside it."
  > document | emails | Another email, from a data analyst in the provost's office | warned | >

University spokesperson Grant Hollis said in a statement that the pilot used "only aggregate, de-identified data" and was "designed to support students, not surveil them."
  > named_official | hollis | University spokesperson Grant Hollis | said in a statement | >
But a spreadsheet attached to one of the emails lists students by name and ID number, along with the number of class sessions each had "missed" based on Wi-Fi data.
  > document | spreadsheet | a spreadsheet attached to one of the emails | lists | >
Hollis did not respond to follow-up questions about the spreadsheet.
  > declined_comment | hollis | Hollis | did not respond to follow-up questions about the spreadsheet | - | resp=no_response
Vail declined to be interviewed.
  > declined_comment | vail | Vail | declined to be interviewed | - | resp=declined

Student Government Association President Amara Diallo said the association would introduce a resolution Thursday demanding that the university end the pilot and delete the data.
  > named_official | diallo | Student Government Association President Amara Diallo | said | >
"Nobody signed up to have their phone turned into an ankle monitor," Diallo said.
  > named_official | diallo | Diallo | said | <
Several first-year students interviewed by The Lantern outside Corbett Hall on Monday said they had not known the university could see where their phones connected.
  > anonymous_other | students | Several first-year students interviewed by The Lantern outside Corbett Hall on Monday | said | >
"I get that they want people to pass," said Luis Ferreira, a first-year engineering student.
  > named_person | ferreira | Luis Ferreira, a first-year engineering student | said | <
"But ask me.
  > named_person | ferreira | Luis Ferreira | - | *
Don't track me."
  > named_person | ferreira | Luis Ferreira | - | *

Rachel Obuya, a professor of information science at Harlan State who studies workplace surveillance, said Wi-Fi location data can place a phone within a few meters in buildings with dense networks.
  > named_person | obuya | Rachel Obuya, a professor of information science at Harlan State who studies workplace surveillance | said | >
An academic adviser who received the weekly attendance reports, and who spoke on condition of anonymity because advisers were told not to discuss the pilot, said some advisers had refused to use them.
  > anonymous_official | adviser | An academic adviser who received the weekly attendance reports | said | > | anon=who spoke on condition of anonymity because advisers were told not to discuss the pilot
The adviser said at least two students had been called into meetings about absences from classes they had in fact attended.
  > anonymous_official | adviser | The adviser | said | >
The Lantern could not independently confirm those accounts.
The Chronicle of Campus Technology reported last year that at least a dozen universities had bought similar software from the vendor, Presentia Analytics.
  > media_report | chronicle | The Chronicle of Campus Technology | reported last year | >
Presentia did not respond to an email sent to its press office.
  > declined_comment | presentia | Presentia | did not respond to an email sent to its press office | - | resp=no_response
The Faculty Senate plans to take up the pilot at its Oct. 21 meeting.
  > named_organization | senate | The Faculty Senate | plans | to take up the pilot at its Oct. 21 meeting | nosrc

@excluded
Got a tip? Email news@harlanlantern.example.
The Harlan Lantern is the independent student newspaper of Harlan State University.
Leave a Reply
Your email address will not be published. Required fields are marked *
''')

ARTICLES.append(r'''
@id bb-legionnaires-cooling-tower-explainer-fallowmere
@style legionnaires_cooling_tower_cluster_explainer
Legionnaires' disease in Fallowmere: what we know about the outbreak, and what we don't

Eleven people have been hospitalized and one has died in an outbreak of Legionnaires' disease in Fallowmere's Riverside district, the Tamsin County Health Department said Thursday.
  > named_organization | health-dept | the Tamsin County Health Department | said Thursday | <
Here is what we know so far, and what we are still waiting to learn.

What is Legionnaires' disease?
It is a severe form of pneumonia caused by Legionella bacteria, which grow in warm water and infect people who breathe in tiny droplets of contaminated mist.
It does not spread from person to person, according to the Centers for Disease Control and Prevention.
  > named_organization | cdc | the Centers for Disease Control and Prevention | according to | <
Most healthy people exposed to the bacteria do not get sick, but people over 50, smokers and people with weakened immune systems face a higher risk, the CDC says.
  > named_organization | cdc | the CDC | says | <

Where did it come from?
Investigators have not identified the source.
The health department said it had taken water samples from 14 cooling towers within a mile of the cluster, the boxy rooftop units that cool large buildings, and expects results next week.
  > named_organization | health-dept | The health department | said | it had taken water samples from 14 cooling towers within a mile of the cluster ;; and expects results next week
Four of the towers are on buildings owned by Hatterly Properties, including the Riverside Commons apartment complex, according to county property and permit records.
  > document | records | county property and permit records | according to | <
Hatterly said in a statement that its towers are cleaned and tested every three months "in full compliance with county code."
  > named_organization | hatterly | Hatterly | said in a statement | >
A county inspection report from April, however, cited the Riverside Commons tower for a missing disinfection log.
  > document | inspection | A county inspection report from April | cited | the Riverside Commons tower for a missing disinfection log
Hatterly did not respond to questions about the April report.
  > declined_comment | hatterly | Hatterly | did not respond to questions about the April report | - | resp=no_response
A county health official with direct knowledge of the investigation said the Riverside Commons tower was "at the top of the list," but cautioned that the lab results could point elsewhere.
  > anonymous_official | county-official | A county health official with direct knowledge of the investigation | said | the Riverside Commons tower was "at the top of the list,"
  > anonymous_official | county-official | A county health official with direct knowledge of the investigation | cautioned | that the lab results could point elsewhere

Who has gotten sick?
The patients range in age from 46 to 88, and all live or work in Riverside, the department said.
  > named_organization | health-dept | the department | said | <
The man who died was 79, according to the county medical examiner's office, which did not release his name.
  > named_organization | me-office | the county medical examiner's office | according to | The man who died was 79
His daughter, who asked that the family's name not be published, said he had walked past Riverside Commons every morning to buy a newspaper.
  > anonymous_other | daughter | His daughter | said | > | anon=who asked that the family's name not be published

Should I be worried?
Dr. Naveen Kapur, the county's health officer, said at a briefing Thursday that the risk to the general public was low and that people in Riverside do not need to avoid the area.
  > named_official | kapur | Dr. Naveen Kapur, the county's health officer | said at a briefing Thursday | >
"If you develop a cough, fever or shortness of breath and you've been in Riverside in the last two weeks, call your doctor," Kapur said.
  > named_official | kapur | Kapur | said | <
Dr. Helen Marchetti, an infectious disease specialist at St. Brigid's Hospital who is not involved in the investigation, said outbreaks tied to cooling towers usually fade within a few weeks once the source is disinfected.
  > named_person | marchetti | Dr. Helen Marchetti, an infectious disease specialist at St. Brigid's Hospital who is not involved in the investigation | said | >

What happens next?
The county wants building owners in Riverside to disinfect their cooling towers by Monday, whether or not they test positive.
  > named_organization | county | The county | wants | building owners in Riverside to disinfect their cooling towers by Monday, whether or not they test positive | nosrc
Council member Danielle Pryor said she would introduce an ordinance requiring monthly Legionella testing of every cooling tower in the city.
  > named_official | pryor | Council member Danielle Pryor | said | >
WFMR-TV reported Wednesday that a second cluster of cases was under investigation in neighboring Ashby County; the health department there could not be reached for comment.
  > media_report | wfmr | WFMR-TV | reported Wednesday | that a second cluster of cases was under investigation in neighboring Ashby County
  > declined_comment | ashby-health | the health department there | could not be reached for comment | - | resp=unreachable

@excluded
This explainer will be updated as more information becomes available.
Sign up for our Health Check newsletter.
Share on Facebook | Share on X | Email this story
© 2025 The Fallowmere Times-Record
''')

ARTICLES.append(r'''
@id bb-symptom-checker-chatbot-pulled-quillon
@style symptom_checker_chatbot_pulled_corrected
Quillon pulls AskQuill symptom chatbot after it told diabetic users to double insulin doses, regulator says
  > named_organization | mda | regulator | says | Quillon pulls AskQuill symptom chatbot after it told diabetic users to double insulin doses

KAROVA, Estavia -- Quillon Health, one of Estavia's fastest-growing digital health companies, has taken its AskQuill symptom-checking chatbot offline after it advised at least three users with diabetes to double their insulin doses, the country's Medical Devices Agency said Tuesday.
  > named_organization | mda | the country's Medical Devices Agency | said Tuesday | <
One of the users, a 67-year-old man in the northern city of Tesk, was hospitalized with dangerously low blood sugar, according to a safety notice the agency published on its website.
  > document | notice | a safety notice the agency published on its website | according to | <
He has since recovered, the notice says.
  > document | notice | the notice | says | <
The notice orders Quillon to keep the chatbot offline until an independent audit confirms that it "does not provide individualized dosing instructions."
  > document | notice | The notice | orders | Quillon to keep the chatbot offline until an independent audit confirms that it "does not provide individualized dosing instructions."

Quillon's chief executive, Mirela Stanek, said in a statement that the company "deeply regrets" the errors and that the chatbot had been "operating outside its intended use."
  > named_official | stanek | Quillon's chief executive, Mirela Stanek | said in a statement | >
The company said the faulty answers began after a software update on Oct. 2 that let the chatbot draw on a new set of medical reference texts.
  > named_organization | quillon | The company | said | >
Two former Quillon engineers said the company had skipped a round of clinical safety testing to release the update before a funding announcement.
  > anonymous_official | ex-engineers | Two former Quillon engineers | said | >
One of them said a clinician on staff had flagged dosing answers as "dangerous" in a test chat two weeks before the release.
  > anonymous_official | ex-engineers | One of them | said | >
"We were told the reviewers would catch it," the engineer said.
  > anonymous_official | ex-engineers | the engineer | said | < | count=1
Quillon did not respond to questions about the engineers' accounts.
  > declined_comment | quillon | Quillon | did not respond to questions about the engineers' accounts | - | resp=no_response

Quillon raised 45 million euros in October from investors led by Harbourline Ventures, according to a filing with Estavia's company registry.
  > document | registry-filing | a filing with Estavia's company registry | according to | <
Harbourline declined to comment.
  > declined_comment | harbourline | Harbourline | declined to comment | - | resp=declined
Quillon wants to relaunch AskQuill before the end of the year, according to an investor presentation reviewed by Circuit Daily.
  > document | presentation | an investor presentation reviewed by Circuit Daily | according to | <
The company also plans to add a screen telling users to consult a doctor before changing any medication.
  > named_organization | quillon | The company | plans | to add a screen telling users to consult a doctor before changing any medication | nosrc
The business newspaper Karova Vjesnik first reported the agency's investigation on Monday, citing a person familiar with the matter.
  > media_report | vjesnik | The business newspaper Karova Vjesnik | first reported | the agency's investigation

Dr. Ana Lisic, an endocrinologist in Karova who treats about 400 patients with Type 1 diabetes, said several of them had used AskQuill and that she now asks every new patient which health apps they rely on.
  > named_person | lisic | Dr. Ana Lisic, an endocrinologist in Karova who treats about 400 patients with Type 1 diabetes | said | >
"A chatbot that sounds confident is more dangerous than one that sounds unsure," she said.
  > named_person | lisic | she | said | <
Patient advocates have long warned that such tools are marketed like medical advice while escaping the rules that govern it.
  > anonymous_other | advocates | Patient advocates | have long warned | >
Health Minister Pavel Dorn told lawmakers on Wednesday that the government would bring AI symptom checkers under the same rules as medical devices.
  > named_official | dorn | Health Minister Pavel Dorn | told lawmakers on Wednesday | >
Dorn did not say when a bill would be introduced.

UPDATE, 6:10 p.m.: After this article was first published, Quillon said it had contacted all 38,000 users who received answers from the chatbot between Oct. 2 and its shutdown.
  > named_organization | quillon | Quillon | said | >

@excluded
Correction: An earlier version of this article gave the wrong date for the software update. It was Oct. 2, not Oct. 12.
This article was updated at 6:10 p.m. to add Quillon's statement about contacting users.
Follow Circuit Daily for more health-tech coverage.
© 2025 Circuit Daily
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
