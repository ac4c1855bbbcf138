"""Build corpus/articles/ao.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on universities and school boards, airlines, transit and railroads, housing and real
estate, and consumer protection (dorm_fire_alarm_failures, school_boundary_redistricting_vote,
university_president_search_leak, airline_refund_delay_complaints, regional_airline_pilot_fatigue,
commuter_rail_signal_outage, freight_train_crossing_blockage, transit_fare_enforcement_interview,
condo_special_assessment_dispute, rental_listing_scam_ring, space_heater_recall,
moving_company_hostage_loads), in the voices of twelve kinds of outlet (a student newspaper, a
regional paper's late-night school board write-up, a national higher-education outlet, a
first-person consumer newsletter with capitalised section heads, a wire story, a local paper's
live blog with timestamps in reverse order, a regional daily, a public-radio interview
transcript whose turns are marked by a speaker label and a colon, a Gulf Coast daily, a
present-tense magazine feature with a two-sentence dek, a national wire recall story and a local
TV station's consumer-investigation write-up), each built to test source typing and grouping: fire
marshals, superintendents, board members, a faculty senate chair, a student government
president, spokespeople named, a condo board president, a company's general counsel and lawyers
speaking for clients or agencies typed as officials; students, parents, riders, residents, a
caller who gives a first name, a couple named together (count=2), consultants, professors and
lawyers commenting as outside experts typed as persons; offices, agencies, a court, a bank,
prosecutors on the record and unnamed spokespeople typed as organizations; anonymous officials
and employees (a resident assistant, administrators, a regent, pilots, a signal maintainer, a
conductor, a team supervisor, former movers, an investigator), with and without a stated reason,
and an unnamed quality manager whose name is redacted in a filing; people familiar with a search
or an investigation, a person briefed; vague anonymous sources (most readers, riders, critics,
industry analysts, several owners, a woman who answered the phone); people described first and
named later ("A man in a North Marlow Wrestling sweatshirt" -> "The man, Gary Pruett"; "His
neighbor, a retired school bus driver" -> "the neighbor, Barbara Hollins"); headline attributions
that repeat a body source; documents (inspection reports, an enrollment study, a DOT rule, an FAA
letter, a union newsletter, a dispatch log, FRA data, an annual report, an engineer's report,
appraiser records, an indictment, a recall notice, internal emails, a lawsuit, FMCSA records, an
earnings-call transcript, a procurement contract); media reports, including the outlet's own
earlier reporting; non-answers of all three kinds; split content; nested attributions where only
the outermost is annotated (a guest relaying her police chief, a lawyer saying emails show, a
lawsuit saying a family "were told"); and things that look like attribution but are not ("until a
reporter told her", "WHAT YOU TOLD US", a website that "was unreachable", "The board said delayed"
inside a quote, reporter's-voice plans and hopes marked not sourcing). All twelve end with a footer
of excluded boilerplate. Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_ao.py [--render]
     python corpus/build_articles_ao.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "ao.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id ao-dorm-fire-alarm-failures-halvorsen
@style dorm_fire_alarm_failures
Fire alarms in two Halvorsen dorms failed inspection three years running, records show
  > document | inspections | records | show | <

Fire alarm systems in Brandt Hall and Oakley Hall, two of Halvorsen University's oldest residence halls, failed annual inspections in 2022, 2023 and 2024, according to inspection reports obtained by The Campus Lantern through a public records request.
  > document | inspections | inspection reports obtained by The Campus Lantern through a public records request | according to | <
The reports, filed by the Tillman County Fire Marshal's Office, list faulty smoke detectors on six floors and a control panel in Brandt Hall that "could not reliably transmit an alarm" to the campus police dispatch center.
  > document | inspections | The reports, filed by the Tillman County Fire Marshal's Office | list | >
About 640 students live in the two buildings this semester.

County Fire Marshal Gina Sorrell said in an interview Tuesday that her office had given the university until Dec. 1 to replace the Brandt Hall panel.
  > named_official | sorrell | County Fire Marshal Gina Sorrell | said in an interview Tuesday | >
"We don't close dormitories lightly, but we will if that panel isn't replaced," Sorrell said.
  > named_official | sorrell | Sorrell | said | <
"Nobody wants to explain to a family why a kid didn't hear an alarm."
  > named_official | sorrell | Sorrell | - | *
She said the panel was installed in 1994.
  > named_official | sorrell | She | said | >
In a statement, Halvorsen's Office of Residence Life said a contractor would install new panels in both halls over winter break and that the buildings "remain safe to occupy."
  > named_organization | reslife | Halvorsen's Office of Residence Life | said | >
The statement did not explain why the work was not done after the first failed inspection, and a university spokesperson declined to answer follow-up questions.
  > declined_comment | university | a university spokesperson | declined to answer follow-up questions | - | resp=declined
Mark Underhill, the associate vice president for facilities, did not respond to three emails.
  > declined_comment | underhill | Mark Underhill, the associate vice president for facilities | did not respond to three emails | - | resp=no_response

A resident assistant in Brandt Hall, who asked not to be named because student staff members are told not to speak to the press, said false alarms on the fourth floor go off "two or three times a week" and that many residents now ignore them.
  > anonymous_official | ra | A resident assistant in Brandt Hall | said | > | anon=who asked not to be named because student staff members are told not to speak to the press
"When it's real, half the floor is going to roll over and go back to sleep," the RA said.
  > anonymous_official | ra | the RA | said | <
Priya Natarajan, a sophomore who lives on the third floor, said she did not know the building had failed any inspections until a reporter told her.
  > named_person | natarajan | Priya Natarajan, a sophomore who lives on the third floor | said | >
Her roommate, who gave only her first name, Dani, said she had complained to the front desk about a chirping detector in September.
  > named_person | dani | Her roommate, who gave only her first name, Dani | said | >
Student Government President Marcus Obi said the student senate would vote Thursday on a resolution demanding that the university publish every residence hall's inspection results.
  > named_official | obi | Student Government President Marcus Obi | said | >
Some parents have already written to the Board of Trustees, according to posts in a Facebook group for Halvorsen families.
  > document | fb-posts | posts in a Facebook group for Halvorsen families | according to | <

Helen Ostrowski, a fire protection engineer at Carrow Polytechnic Institute who reviewed the reports at the Lantern's request, said a panel that cannot reach dispatch "defeats the whole point of the system."
  > named_person | ostrowski | Helen Ostrowski, a fire protection engineer at Carrow Polytechnic Institute who reviewed the reports at the Lantern's request | said | >
She said older buildings often pass one year and fail the next because parts for their panels are no longer made.
  > named_person | ostrowski | She | said | >
The Lantern first reported problems with the Brandt Hall alarms in 2023, after a kitchen fire on the second floor.
  > media_report | lantern | The Lantern | first reported | problems with the Brandt Hall alarms
No one was hurt in that fire.
Residents were evacuated for about an hour, and the fourth floor's detectors never sounded, Natarajan said.
  > named_person | natarajan | Natarajan | said | <

@excluded
The Campus Lantern is published by students of Halvorsen University. Opinions expressed are not those of the university.
Photo by Ellis Ward / The Campus Lantern
Share this story on Facebook, X or by email.
''')

ARTICLES.append(r'''
@id ao-school-boundary-redistricting-vote-marlow
@style school_boundary_redistricting_vote
Marlow board redraws high school lines after five-hour meeting; parents say they may sue
  > anonymous_other | parents | parents | say | they may sue

FENWICK, Ind. -- The Marlow County Board of Education voted 5-2 early Wednesday to redraw attendance boundaries for its three high schools, moving about 1,100 students to new schools starting next fall.
The vote came shortly after 12:30 in the morning, after more than four hours of public comment.
Superintendent Lorna Haskell told the board that the new lines would bring North Marlow High, now at 131 percent of capacity, below 100 percent within two years.
  > named_official | haskell | Superintendent Lorna Haskell | told the board | >
A district enrollment study presented at the meeting projects that the county will add about 2,400 students by 2030.
  > document | study | A district enrollment study presented at the meeting | projects | >

Board member Curtis Fahey, who voted no, said the map split his Brookside neighborhood "down the middle of a cul-de-sac."
  > named_official | fahey | Board member Curtis Fahey, who voted no | said | >
"I have families on one side of the street going to North and families across the street going to Central," Fahey said.
  > named_official | fahey | Fahey | said | <
"That's not a boundary, that's a coin flip."
  > named_official | fahey | Fahey | - | *
More than 60 people signed up to speak, and most opposed the plan.
Angela Ruiz, a mother of two from Brookside, said her daughter would lose her spot on North's robotics team if she is moved.
  > named_person | ruiz | Angela Ruiz, a mother of two from Brookside | said | >
A man in a North Marlow Wrestling sweatshirt told the board that the district had "decided this months ago" and that the hearing was "for show."
  > named_person | pruett | A man in a North Marlow Wrestling sweatshirt | told the board | >
The man, Gary Pruett, said later in an interview that he has coached youth wrestling in the county for 15 years.
  > named_person | pruett | The man, Gary Pruett | said later in an interview | >

Two district administrators, who spoke on condition of anonymity because they were not permitted to discuss personnel matters, said at least three principals had privately urged Haskell to delay the vote by a year.
  > anonymous_official | admins | Two district administrators | said | > | anon=who spoke on condition of anonymity because they were not permitted to discuss personnel matters
Haskell said after the meeting that she had heard "every concern, in every form" and that waiting would only make the crowding worse.
  > named_official | haskell | Haskell | said after the meeting | >
Asked whether principals had asked her to wait, she declined to discuss conversations with her staff.
  > declined_comment | haskell | she | declined to discuss conversations with her staff | - | resp=declined
Board President Denise Albright said the board would consider exemptions for rising seniors at its Dec. 9 meeting.
  > named_official | albright | Board President Denise Albright | said | >
The Marlow County Education Association, the teachers union, said in a statement that it supported the new lines but wanted the district to hire more counselors at Central.
  > named_organization | mcea | The Marlow County Education Association, the teachers union | said in a statement | >

Some parents in the Brookside and Ridgeway subdivisions have hired a lawyer and say they are weighing a lawsuit.
  > anonymous_other | parents | Some parents in the Brookside and Ridgeway subdivisions | say | they are weighing a lawsuit
Their lawyer, Owen Castellano of Indianapolis, said the district had not followed its own policy requiring two public hearings before a boundary change.
  > named_official | castellano | Their lawyer, Owen Castellano of Indianapolis | said | >
Tara Whitfield, an education law professor at Hoosier State University who is not involved in the dispute, said Indiana courts have almost always deferred to school boards on attendance zones.
  > named_person | whitfield | Tara Whitfield, an education law professor at Hoosier State University who is not involved in the dispute | said | >
"Parents win these fights at the ballot box, not in court," she said.
  > named_person | whitfield | she | said | <
The board's attorney, Ray Lindqvist, could not be reached after the meeting.
  > declined_comment | lindqvist | The board's attorney, Ray Lindqvist | could not be reached after the meeting | - | resp=unreachable
The Marlow Courier-Journal reported in August that the district paid $86,000 to the consultant who drew the maps.
  > media_report | courier | The Marlow Courier-Journal | reported in August | >

@excluded
© 2025 The Fenwick Herald. All rights reserved.
Related: What the new boundary map means for your street
Comments are moderated. Please keep them civil.
''')

ARTICLES.append(r'''
@id ao-university-president-search-leak-pembrook
@style university_president_search_leak
Pembrook State's presidential search narrows to two finalists, people familiar say
  > anonymous_familiar | familiar | people familiar | say | <

The search for Pembrook State University's next president has narrowed to two candidates, a former Education Department official and the provost of a large Midwestern university, according to three people familiar with the search.
  > anonymous_familiar | familiar | three people familiar with the search | according to | <
The people, who spoke on the condition of anonymity because search committee members signed confidentiality agreements, said the finalists would visit campus in early March.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because search committee members signed confidentiality agreements
Pembrook State's Board of Regents has said it will name finalists publicly only if they agree.
  > named_organization | regents | Pembrook State's Board of Regents | has said | >
A spokeswoman for the board, Lila Chen, declined to confirm any names.
  > declined_comment | chen | A spokeswoman for the board, Lila Chen | declined to confirm any names | - | resp=declined

The former Education Department official is Raymond Awolowo, who served as assistant secretary for postsecondary education until 2023, the people said.
  > anonymous_familiar | familiar | the people | said | <
Reached by phone Monday, Awolowo declined to comment on the search.
  > declined_comment | awolowo | Awolowo | declined to comment on the search | - | resp=declined
The other finalist is Susan Merriweather, provost of Great Lakes University.
A Great Lakes spokesman said Merriweather "is focused on her work as provost."
  > named_organization | glu | A Great Lakes spokesman | said | >
Merriweather did not respond to an email.
  > declined_comment | merriweather | Merriweather | did not respond to an email | - | resp=no_response

Many faculty members have complained for months that the search is too secretive.
  > anonymous_other | faculty | Many faculty members | have complained | that the search is too secretive
Faculty Senate Chair Donna Kessler said the search committee includes only two faculty members among its 15 seats.
  > named_official | kessler | Faculty Senate Chair Donna Kessler | said | >
"We are being asked to trust a process we are not allowed to see," Kessler said.
  > named_official | kessler | Kessler | said | <
A regent, who requested anonymity to discuss the board's deliberations, said the secrecy was necessary because sitting presidents and provosts "lose their jobs" if word gets out that they are looking.
  > anonymous_official | regent | A regent | said | > | anon=who requested anonymity to discuss the board's deliberations
The regent said the board hopes to vote on a president by April 15.
  > anonymous_official | regent | The regent | said | >
The board had hoped to announce a president before commencement in May.
  > named_organization | regents | The board | had hoped | to announce a president before commencement in May | nosrc

Jonah Feld, a higher education consultant who has run more than 40 presidential searches, said closed searches have become the norm at public universities.
  > named_person | feld | Jonah Feld, a higher education consultant who has run more than 40 presidential searches | said | >
He said candidates whose names leak early often withdraw.
  > named_person | feld | He | said | >
The Pembrook Sentinel, the student newspaper, reported last week that the search firm, Harlan & Voss, has been paid $240,000 so far.
  > media_report | sentinel | The Pembrook Sentinel, the student newspaper | reported last week | >
A contract posted on the university's procurement website shows the firm's fee is one-third of the new president's first-year salary.
  > document | contract | A contract posted on the university's procurement website | shows | >
Harlan & Voss did not return calls.
  > declined_comment | harlan-voss | Harlan & Voss | did not return calls | - | resp=no_response
Interim President Albert Munroe, who has led the university since Gerald Tate resigned in June, has said he does not want the permanent job.
  > named_official | munroe | Interim President Albert Munroe, who has led the university since Gerald Tate resigned in June | has said | >
Tate resigned after a no-confidence vote by the faculty.

@excluded
Get Campus Weekly's daily briefing. Sign up now.
Related: Why so many presidential searches are going secret
Campus Weekly welcomes letters to the editor.
''')

ARTICLES.append(r'''
@id ao-airline-refund-delay-complaints-fine-print
@style airline_refund_delay_complaints
The Fine Print: Why your canceled-flight refund is taking 11 weeks

Hi, it's Maya Castell, and this week's inbox was almost entirely about one airline.

WHAT YOU TOLD US
More than 300 of you wrote in after SkyHarbor Airlines canceled about 2,000 flights during its crew-scheduling meltdown in June.
Most of you say you are still waiting for refunds the airline promised within seven business days.
  > anonymous_other | readers | Most of you | say | >
Derek Amsel, a teacher in Tucson, told me he has called SkyHarbor's refund line 14 times since June 19.
  > named_person | amsel | Derek Amsel, a teacher in Tucson | told me | >
"Every call ends with the same promise and the same hold music," he said.
  > named_person | amsel | he | said | <

WHAT THE RULES SAY
A Department of Transportation rule that took effect last year says airlines must refund canceled flights within seven business days when the ticket was bought with a credit card.
  > document | dot-rule | A Department of Transportation rule that took effect last year | says | >
The department said in an email that it had received 4,870 complaints about SkyHarbor refunds since June, more than for any other airline.
  > named_organization | dot | The department | said in an email | >
A DOT official, who was not authorized to speak publicly, told me the department has opened an investigation.
  > anonymous_official | dot-official | A DOT official | told me | > | anon=who was not authorized to speak publicly
The department would not confirm that.
  > declined_comment | dot | The department | would not confirm that | - | resp=declined

WHAT THE AIRLINE SAYS
SkyHarbor spokesman Trent Oakes said the airline has processed "more than 90 percent" of refund requests and expects to finish the rest by Sept. 30.
  > named_official | oakes | SkyHarbor spokesman Trent Oakes | said | >
He blamed the backlog on an outside vendor that handles the airline's card payments.
  > named_official | oakes | He | blamed | the backlog on an outside vendor that handles the airline's card payments
He would not name the vendor.
  > declined_comment | oakes | He | would not name the vendor | - | resp=declined
SkyHarbor's chief executive, Lorraine Batiste, told investors on a call last month that the cancellations cost the company $180 million.
  > named_official | batiste | SkyHarbor's chief executive, Lorraine Batiste | told investors on a call last month | >
A transcript of the call, posted on the airline's investor website, shows she never mentioned refunds.
  > document | transcript | A transcript of the call, posted on the airline's investor website | shows | >

WHAT YOU CAN DO
Rohan Mehta, a consumer attorney in Denver who has sued airlines over refunds, said travelers who paid by credit card should dispute the charge with their card issuer.
  > named_person | mehta | Rohan Mehta, a consumer attorney in Denver who has sued airlines over refunds | said | >
"The airline has had its seven days," Mehta said.
  > named_person | mehta | Mehta | said | <
"Your bank doesn't have to wait for them."
  > named_person | mehta | Mehta | - | *
You can also file a complaint with the DOT.
The agency says complaints filed on its website are forwarded to the airline within a day.
  > named_organization | dot | The agency | says | >

@excluded
Reply to this email and tell me whether your refund has come through.
You're receiving The Fine Print because you signed up on our website. Unsubscribe or manage your preferences.
Forward this newsletter to a friend.
''')

ARTICLES.append(r'''
@id ao-regional-airline-pilot-fatigue-cascade
@style regional_airline_pilot_fatigue
Regional carrier's pilots were scheduled past rest limits, FAA letter says
  > document | faa-letter | FAA letter | says | <

WASHINGTON -- Pilots at Cascade Connect, a regional airline that flies for two major carriers, were scheduled beyond federal rest limits at least 38 times last year, according to a Federal Aviation Administration letter sent to the company in March.
  > document | faa-letter | a Federal Aviation Administration letter sent to the company in March | according to | <
The letter, which was reviewed by the National Press Wire, warns that the airline could face civil penalties of more than $1 million.
  > document | faa-letter | The letter, which was reviewed by the National Press Wire | warns | >
The FAA declined to comment on the letter, citing an open enforcement case.
  > declined_comment | faa | The FAA | declined to comment on the letter | - | resp=declined

Cascade's vice president for flight operations, Diane Forsythe, said in an interview that the violations were "paperwork errors" in a new scheduling system and that no pilot flew while fatigued.
  > named_official | forsythe | Cascade's vice president for flight operations, Diane Forsythe | said in an interview | >
"Every one of those pilots had the rest they needed," Forsythe said.
  > named_official | forsythe | Forsythe | said | <
"The software just didn't record it correctly."
  > named_official | forsythe | Forsythe | - | *
Two Cascade pilots, who spoke on the condition of anonymity because they feared losing their jobs, said they were routinely called in on days off after 14-hour duty periods.
  > anonymous_official | pilots | Two Cascade pilots | said | > | anon=who spoke on the condition of anonymity because they feared losing their jobs
One of them said she had reported herself too tired to fly twice in one month and was called into a meeting with a chief pilot afterward.
  > anonymous_official | pilots | One of them | said | >

The union representing Cascade's 1,100 pilots, the Regional Pilots Guild, filed a grievance over the schedules in January, according to a guild newsletter distributed to members.
  > document | newsletter | a guild newsletter distributed to members | according to | <
A guild spokesman, Leo Varga, confirmed that the union had filed the grievance.
  > named_official | varga | A guild spokesman, Leo Varga | confirmed | >
He declined to discuss it further, citing pending arbitration.
  > declined_comment | varga | He | declined to discuss it further | - | resp=declined
Cascade flies regional routes for Northstar Airlines and Pacific Crest Airways under contracts that pay it for each completed flight.
Northstar said in a statement that it was "aware of the FAA's inquiry" and was "in close contact" with Cascade.
  > named_organization | northstar | Northstar | said in a statement | >
Pacific Crest did not respond to requests for comment.
  > declined_comment | pacific-crest | Pacific Crest | did not respond to requests for comment | - | resp=no_response
Federal rules adopted after a 2009 regional crash near Buffalo limit most pilots to between nine and 14 hours on duty, depending on start time and the number of flights.

Shawn Pittman, who teaches aviation safety at Embry Coast University and studies pilot fatigue, said the number of violations was "not a rounding error."
  > named_person | pittman | Shawn Pittman, who teaches aviation safety at Embry Coast University and studies pilot fatigue | said | >
He said fatigue has been cited as a factor in several regional airline accidents.
  > named_person | pittman | He | said | >
Sen. Maria Kowalczyk, D-Wash., who sits on the Commerce Committee, said she would ask the FAA for all of Cascade's scheduling records.
  > named_official | kowalczyk | Sen. Maria Kowalczyk, D-Wash., who sits on the Commerce Committee | said | >
Industry analysts say regional carriers are under heavy financial pressure as pilot pay rises.
  > anonymous_other | analysts | Industry analysts | say | >
Harbor Aviation Group, Cascade's parent company, lost $42 million in the first quarter, according to its most recent quarterly filing.
  > document | filing | its most recent quarterly filing | according to | <
The Seattle Ledger first reported the FAA's letter on Tuesday.
  > media_report | ledger | The Seattle Ledger | first reported | the FAA's letter

@excluded
Copyright 2025 National Press Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
''')

ARTICLES.append(r'''
@id ao-commuter-rail-signal-outage-keystone
@style commuter_rail_signal_outage
Live: Signal failure halts all Keystone Line trains; crews still searching for the cause, rail authority says
  > named_organization | trra | rail authority | says | crews still searching for the cause

7:15 p.m.
Service on the Keystone Line will resume on a reduced schedule Wednesday morning, the Tri-County Regional Rail Authority said in a post on X.
  > named_organization | trra | the Tri-County Regional Rail Authority | said in a post on X | <
Trains will run every 40 minutes instead of every 15 until at least noon, the authority said.
  > named_organization | trra | the authority | said | <
NewsRadio 1060 reported that buses were being sent to Marlton station, but the authority said that was not correct.
  > media_report | newsradio | NewsRadio 1060 | reported | that buses were being sent to Marlton station
  > named_organization | trra | the authority | said | that was not correct
The authority had planned to begin weekend track work on the line Saturday.
  > named_organization | trra | The authority | had planned | to begin weekend track work on the line Saturday | nosrc

6:30 p.m.
General Manager Colleen Draper told reporters at Union Terminal that a cable in a signal house near Milepost 4 had been "cut or burned through" and that police were investigating whether it was vandalism.
  > named_official | draper | General Manager Colleen Draper | told reporters at Union Terminal | >
"I'm not going to guess at what happened until our people and the police have finished looking at it," Draper said.
  > named_official | draper | Draper | said | <
She said the authority would credit monthly-pass holders for the lost day.
  > named_official | draper | She | said | >
A person briefed on the police investigation said officers had found a burned shopping cart next to the signal house.
  > anonymous_familiar | briefed | A person briefed on the police investigation | said | >
A transit police spokesman said no arrests had been made.
  > named_organization | transit-police | A transit police spokesman | said | >

5:45 p.m.
A signal maintainer at the scene, who was not authorized to speak to reporters, said the damaged cable runs through a stretch of track where copper thieves struck twice last winter.
  > anonymous_official | maintainer | A signal maintainer at the scene | said | > | anon=who was not authorized to speak to reporters
Draper's office would not say whether the authority had added cameras there after those thefts.
  > declined_comment | draper-office | Draper's office | would not say | - | resp=declined

5:10 p.m.
Riders stranded at Union Terminal say they got almost no information for the first hour.
  > anonymous_other | riders | Riders stranded at Union Terminal | say | >
"The board said delayed, and then it went blank," said Kenji Arata, a paralegal who commutes from Marlton.
  > named_person | arata | Kenji Arata, a paralegal who commutes from Marlton | said | <
He said he would take a $70 rideshare home.
  > named_person | arata | He | said | >

4:20 p.m.
All inbound and outbound Keystone trains are stopped, the authority said.
  > named_organization | trra | the authority | said | <
The authority's dispatch log, which the Courier-Post obtained, shows the first signal fault was recorded at 2:52 in the afternoon.
  > document | log | The authority's dispatch log, which the Courier-Post obtained | shows | >
The authority's board chair, state Sen. Ron Iverson, could not be reached.
  > declined_comment | iverson | The authority's board chair, state Sen. Ron Iverson | could not be reached | - | resp=unreachable

@excluded
This live blog has ended. See our full story on the Keystone Line outage.
Download the Courier-Post app for service alerts.
Have a photo from the scene? Send it to our newsroom.
''')

ARTICLES.append(r'''
@id ao-freight-train-crossing-blockage-delano
@style freight_train_crossing_blockage
Parked freight trains block Elm Street crossing for hours, and residents say ambulances are stuck
  > anonymous_other | residents | residents | say | ambulances are stuck

DELANO, Ohio -- For the third time this month, a freight train sat across the Elm Street crossing in Delano on Thursday for more than two hours, cutting off the only road into the Northside neighborhood.
Fire Chief Robert Tanaka said an ambulance carrying a 71-year-old man with chest pains had to detour 11 miles around a stopped train on Oct. 9.
  > named_official | tanaka | Fire Chief Robert Tanaka | said | >
The man survived, Tanaka said.
  > named_official | tanaka | Tanaka | said | <
Federal Railroad Administration data show that blocked crossings in Delano were reported to the agency 212 times this year, more than in any other city in Ohio.
  > document | fra-data | Federal Railroad Administration data | show | >

The railroad, Great Midland Railway, said in a statement that trains stop in Delano while they wait for space in its yard in Marion and that it is "working to reduce" long stops.
  > named_organization | gmr | The railroad, Great Midland Railway | said in a statement | >
A Great Midland conductor, who asked not to be named because the railroad bars employees from speaking to the press, said crews are ordered to stop short of the yard even when the crossing is the only place to do it.
  > anonymous_official | conductor | A Great Midland conductor | said | > | anon=who asked not to be named because the railroad bars employees from speaking to the press
The railroad declined to make an executive available for an interview.
  > declined_comment | gmr | The railroad | declined to make an executive available for an interview | - | resp=declined
Mayor Theresa Kolb said she has written to the railroad four times this year and received one reply, a form letter.
  > named_official | kolb | Mayor Theresa Kolb | said | >
"They treat this crossing like a parking space," Kolb said.
  > named_official | kolb | Kolb | said | <
Ohio law limits trains to blocking a crossing for five minutes, but a federal appeals court ruled in 2022 that the state cannot enforce it against interstate railroads.
  > named_organization | court | a federal appeals court | ruled in 2022 | >
Delano police said they have issued no citations because the law cannot be enforced.
  > named_organization | police | Delano police | said | >

Northside resident Luis Ortega, 34, said he was late to his shift at a warehouse four times in September.
  > named_person | ortega | Northside resident Luis Ortega, 34 | said | >
His neighbor, a retired school bus driver who has lived on Elm Street since 1979, said children sometimes climb between the cars to get to school.
  > named_person | hollins | His neighbor, a retired school bus driver who has lived on Elm Street since 1979 | said | >
"I've seen it with my own eyes, and it scares me to death," said the neighbor, Barbara Hollins.
  > named_person | hollins | the neighbor, Barbara Hollins | said | <
Rep. Adam Greer, whose district includes Delano, has introduced a bill that would require railroads to report every blockage longer than 10 minutes.
Greer said Thursday that he had asked the FRA to send an inspector to Delano.
  > named_official | greer | Greer | said Thursday | >
An FRA spokeswoman said the agency has no authority to set time limits on blocked crossings.
  > named_organization | fra | An FRA spokeswoman | said | >
Critics of the railroad say it has cut crews so sharply that trains must wait longer for someone to move them.
  > anonymous_other | critics | Critics of the railroad | say | >
Great Midland's annual report shows it cut its workforce by 18 percent between 2019 and 2023.
  > document | annual-report | Great Midland's annual report | shows | >
The Delano City Council will vote next week on a resolution asking Congress to act.
Tanaka said the city is considering stationing an ambulance on the north side of the tracks.
  > named_official | tanaka | Tanaka | said | >

@excluded
Subscribe to the Delano Daily Sentinel for $1 a week.
Photo: A Great Midland train blocks the Elm Street crossing on Thursday. (Sentinel photo / Ann Lutz)
Correction: An earlier version of this story misspelled the name of Fire Chief Robert Tanaka.
''')

ARTICLES.append(r'''
@id ao-transit-fare-enforcement-interview-metro-line
@style transit_fare_enforcement_interview
Transit chief says new fare teams will not carry weapons
  > named_official | oduya | Transit chief | says | new fare teams will not carry weapons

Helen Oduya, general manager of the Capital Area Transit Authority, spoke with Metro Line host Sam Rivera on Monday, a week after the authority began sending fare-inspection teams onto its buses and light-rail trains.
Earlier in the hour, a caller who identified herself as Denise from Eastgate said she was fined $75 on her first day riding light rail.
  > named_person | denise | a caller who identified herself as Denise from Eastgate | said | >
The conversation has been edited for length and clarity.

RIVERA: Let's start with the basics.
Who is on these teams, and are they armed?
ODUYA: They are civilian inspectors, two to a team, and they do not carry weapons of any kind.
  > named_official | oduya | ODUYA | : | >
They carry a handheld reader and a ticket book, and that's it.
  > named_official | oduya | ODUYA | - | *
RIVERA: Your own board's audit, released in May, found that fare evasion cost the authority $22 million last year.
  > document | audit | Your own board's audit, released in May | found | >
Is that number right?
ODUYA: It's an estimate, and I think it's a reasonable one.
  > named_official | oduya | ODUYA | : | >
Our police chief tells me operator assaults are up, too, and a lot of those start with a fare dispute.
  > named_official | oduya | ODUYA | - | *
RIVERA: Some riders' groups say the teams are concentrated on lines that serve low-income neighborhoods.
  > anonymous_other | riders-groups | Some riders' groups | say | >
ODUYA: That is just not true, and our deployment data will show it when we publish it next month.
  > named_official | oduya | ODUYA | : | >
RIVERA: We asked the Riders Union for comment before the show, and they didn't get back to us.
  > declined_comment | riders-union | they | didn't get back to us | - | resp=no_response
But their director, Malik Johnson, wrote on the union's website last week that inspectors had ticketed a 15-year-old whose pass had expired that morning.
  > named_official | johnson | their director, Malik Johnson | wrote on the union's website last week | >
ODUYA: I've read it, and I've asked our staff to look into that case.
  > named_official | oduya | ODUYA | : | >
I can't talk about an individual rider's citation on the air.
  > named_official | oduya | ODUYA | - | *
RIVERA: A team supervisor, who asked us not to use his name because he is not allowed to speak to the media, told us inspectors are expected to make 40 checks a shift.
  > anonymous_official | supervisor | A team supervisor | told us | > | anon=who asked us not to use his name because he is not allowed to speak to the media
ODUYA: There is no quota.
  > named_official | oduya | ODUYA | : | >
There are targets for how many riders we check, not for how many tickets we write.
  > named_official | oduya | ODUYA | - | *
RIVERA: Helen Oduya, thanks for coming in.

@excluded
Metro Line airs weekdays at noon on WKRT 90.1 FM.
Listen to the full episode or subscribe to the podcast.
WKRT is listener-supported public radio. Donate today.
''')

ARTICLES.append(r'''
@id ao-condo-special-assessment-dispute-bayview
@style condo_special_assessment_dispute
Bayview Towers owners face bills of up to $48,000 after engineer's report

CLEARWATER BEACH, Fla. -- Owners of the 112 units at Bayview Towers, a 1978 beachfront condominium, learned this month that each will owe between $31,000 and $48,000 for repairs to the building's concrete balconies and garage.
A letter the condominium association's board mailed to owners on Oct. 3, which the Gulf Coast Times reviewed, says the first half of each payment is due Jan. 15.
  > document | letter | A letter the condominium association's board mailed to owners on Oct. 3, which the Gulf Coast Times reviewed | says | >
The repairs follow a structural inspection required under a state law passed after the 2021 collapse of a condominium tower in Surfside.
The engineer's report, completed in August, found corrosion in "nearly every" balcony slab on the building's west side.
  > document | report | The engineer's report, completed in August | found | >

Board President Walter Dunne said the board had no choice.
  > named_official | dunne | Board President Walter Dunne | said | >
"If we don't do this now, the city will do it for us and send us the bill," Dunne said.
  > named_official | dunne | Dunne | said | <
"Then it's twice as much."
  > named_official | dunne | Dunne | - | *
Gloria Mendes, 79, a retired bookkeeper who has owned a unit on the ninth floor since 1994, said her assessment is more than she paid for the condo.
  > named_person | mendes | Gloria Mendes, 79, a retired bookkeeper who has owned a unit on the ninth floor since 1994 | said | >
"I can't pay this, and nobody at the bank will lend money to a 79-year-old," she said.
  > named_person | mendes | she | said | <
Several owners said at an Oct. 10 meeting that they would have to sell.
  > anonymous_other | owners | Several owners | said | that they would have to sell
Records from the Pinellas County property appraiser show nine units at Bayview Towers have been listed for sale since the letter went out.
  > document | appraiser | Records from the Pinellas County property appraiser | show | >
A real estate agent who has sold units in the building, Carla Diaz-Bell of Shoreline Realty, said buyers are offering 30 to 40 percent below last year's prices.
  > named_person | diaz-bell | A real estate agent who has sold units in the building, Carla Diaz-Bell of Shoreline Realty | said | >

The association's lawyer, Jeffrey Tam, said in an email that the board had followed the law "to the letter" and had offered owners a 10-year payment plan through a bank loan.
  > named_official | tam | The association's lawyer, Jeffrey Tam | said in an email | >
He did not answer questions about the loan's interest rate.
  > declined_comment | tam | He | did not answer questions about the loan's interest rate | - | resp=no_response
Nicole Fairbanks, a condominium lawyer in Tampa who is not involved in the case, said owners can challenge an assessment only if the board failed to follow its own bylaws.
  > named_person | fairbanks | Nicole Fairbanks, a condominium lawyer in Tampa who is not involved in the case | said | >
She said such challenges rarely succeed.
  > named_person | fairbanks | She | said | >
State Rep. Lydia Moss, a Clearwater Republican, said she will file a bill to create a state loan fund for older condo owners.
  > named_official | moss | State Rep. Lydia Moss, a Clearwater Republican | said | >
Similar funds proposed in the last two sessions died in committee.
The Florida Department of Business and Professional Regulation, which oversees condominium associations, did not respond to a request for comment.
  > declined_comment | dbpr | The Florida Department of Business and Professional Regulation, which oversees condominium associations | did not respond to a request for comment | - | resp=no_response
Tampa Bay Business Weekly reported in September that at least 40 buildings in Pinellas County face assessments above $25,000 per unit.
  > media_report | tbbw | Tampa Bay Business Weekly | reported in September | >
Dunne said work on the balconies is scheduled to begin in March.
  > named_official | dunne | Dunne | said | >
He and his wife own two units in the building.

@excluded
Support local journalism. Subscribe to the Gulf Coast Times.
Related: What Florida's condo safety law requires, and when
Photo: Bayview Towers in Clearwater Beach on Monday. (Gulf Coast Times / Renee Park)
''')

ARTICLES.append(r'''
@id ao-rental-listing-scam-ring-phantom-landlords
@style rental_listing_scam_ring
The Phantom Landlords

Scammers are copying real rental listings, collecting deposits and vanishing.
An indictment says one ring took in more than $3 million.
  > document | indictment | An indictment | says | >

Jenna Kowal found the apartment on a Sunday night: a two-bedroom in Logan Square with a claw-foot tub, $1,650 a month.
By Tuesday she had wired $3,300 to a man who called himself Greg and said he was the owner, working in Alaska for the summer.
  > named_person | greg | a man who called himself Greg | said | he was the owner, working in Alaska for the summer
The real owner, a retired firefighter named Tom Brennan, had never heard of him.
"She showed up at my door with a printout of my own photos," Brennan says.
  > named_person | brennan | Brennan | says | <
"I felt sick for her."
  > named_person | brennan | Brennan | - | *

Kowal's story is common.
The Federal Trade Commission says consumers reported losing $74 million to rental scams last year, up from $39 million two years earlier.
  > named_organization | ftc | The Federal Trade Commission | says | >
Those figures are almost certainly low, says Aisha Reddy, a professor at Northgate University who studies online fraud, because most victims never report.
  > named_person | reddy | Aisha Reddy, a professor at Northgate University who studies online fraud | says | Those figures are almost certainly low ;; because most victims never report
An indictment unsealed in March in federal court in Chicago charges six people with running a ring that copied listings from legitimate sites, reposted them at lower rents and collected more than $3 million in deposits from about 1,400 renters.
  > document | indictment | An indictment unsealed in March in federal court in Chicago | charges | >
Prosecutors say the ring's members worked from apartments in Chicago and Atlanta and moved the money through prepaid debit cards.
  > named_organization | prosecutors | Prosecutors | say | >
Two of the defendants have pleaded not guilty, according to court records.
  > document | court-records | court records | according to | <
Andre Sims, a lawyer for one of the defendants, says his client "ran errands" and never wrote a listing.
  > named_official | sims | Andre Sims, a lawyer for one of the defendants | says | >
An investigator with the Illinois attorney general's office, who was not authorized to speak on the record, says the office has referred more than 200 rental-scam complaints to police since January.
  > anonymous_official | investigator | An investigator with the Illinois attorney general's office | says | > | anon=who was not authorized to speak on the record
People familiar with the federal case say investigators are still trying to identify a seventh suspect, believed to be living abroad.
  > anonymous_familiar | familiar | People familiar with the federal case | say | >

ListingNest, the rental site where Kowal found the ad, says it removes "thousands" of fraudulent listings every week using automated tools.
  > named_organization | listingnest | ListingNest, the rental site where Kowal found the ad | says | >
The company declined to say how many get through.
  > declined_comment | listingnest | The company | declined to say how many get through | - | resp=declined
Its head of trust and safety, Raj Menon, told Chicago Business Review in 2023 that "no filter will catch everything."
  > named_official | menon | Its head of trust and safety, Raj Menon | told Chicago Business Review in 2023 | >
Kowal never got her money back.
Her bank says the wire was authorized, so it does not count as fraud.
  > named_organization | bank | Her bank | says | >
Brennan has since stamped a watermark across every photo of the apartment.
"My own apartment, and I have to stamp NOT FOR RENT across it," he says.
  > named_person | brennan | he | says | <

@excluded
This story appears in the November issue of Midwest Monthly.
Illustration by Kim Oduro for Midwest Monthly.
Share this story.
''')

ARTICLES.append(r'''
@id ao-space-heater-recall-warmline
@style space_heater_recall
About 410,000 WarmLine space heaters recalled after fires; maker knew of melting cords for a year, documents show
  > document | emails | documents | show | maker knew of melting cords for a year

WASHINGTON -- Hearthway Appliance Co. is recalling about 410,000 WarmLine ceramic space heaters after receiving reports of 86 fires, including two that destroyed homes, the U.S. Consumer Product Safety Commission announced Thursday.
  > named_organization | cpsc | the U.S. Consumer Product Safety Commission | announced Thursday | <
The heaters' power cords can overheat where they enter the base, the commission said.
  > named_organization | cpsc | the commission | said | <
No deaths have been reported, but four people were treated for smoke inhalation, according to the recall notice.
  > document | notice | the recall notice | according to | <
The heaters were sold at Home Harbor and ValuMart stores and online from September 2021 through January 2024 for between $39 and $59.
Owners should stop using them immediately and contact Hearthway for a full refund, the notice says.
  > document | notice | the notice | says | <

Internal emails filed in a lawsuit in federal court in Columbus show that Hearthway engineers flagged melted cords in returned heaters as early as December 2022.
  > document | emails | Internal emails filed in a lawsuit in federal court in Columbus | show | >
In one email, a quality manager whose name is redacted in the filing wrote that the problem was "not a one-off" and recommended a design change.
  > anonymous_official | quality-manager | a quality manager whose name is redacted in the filing | wrote | that the problem was "not a one-off" and recommended a design change
The company did not issue a recall for 14 more months.
Hearthway's general counsel, Philip Maher, said in a statement that the company "acted as soon as it understood the scope of the issue" and that the emails "reflect one employee's early view."
  > named_official | maher | Hearthway's general counsel, Philip Maher | said in a statement | >
He declined to answer further questions, citing the litigation.
  > declined_comment | maher | He | declined to answer further questions | - | resp=declined
The lawsuit was filed by Sandra and Keith Doyle of Dayton, whose house burned in February 2023.
Their lawyer, Maureen Ashby, said the emails show the company "chose to keep selling a heater it knew was melting."
  > named_official | ashby | Their lawyer, Maureen Ashby | said | >

A CPSC official, speaking on condition of anonymity because the agency's investigation is continuing, said staff are reviewing whether Hearthway reported the hazard as quickly as federal law requires.
  > anonymous_official | cpsc-official | A CPSC official | said | > | anon=speaking on condition of anonymity because the agency's investigation is continuing
Companies that report late can face civil penalties of up to $17 million.
Home Harbor said it had pulled the heaters from its shelves and would email customers who bought them with a loyalty card.
  > named_organization | home-harbor | Home Harbor | said | >
ValuMart did not respond to a request for comment.
  > declined_comment | valumart | ValuMart | did not respond to a request for comment | - | resp=no_response
Rachel Kim, a product safety consultant in Baltimore, said recalls of small appliances typically reach fewer than one in five owners.
  > named_person | kim | Rachel Kim, a product safety consultant in Baltimore | said | >
"Most people who own one of these heaters will never see this notice," Kim said.
  > named_person | kim | Kim | said | <
She said owners should check the model number on the bottom of the heater against the list in the recall notice.
  > named_person | kim | She | said | >
Safe Home Review, a consumer magazine, first reported complaints about the heaters last year.
  > media_report | shr | Safe Home Review, a consumer magazine | first reported | complaints about the heaters
Hearthway's website was unreachable for much of Thursday afternoon.
The company said a toll-free line would be staffed around the clock through the weekend.
  > named_organization | hearthway | The company | said | >

@excluded
Copyright 2025 National Press Wire. All rights reserved.
Read more: How to check whether a product in your home has been recalled
Sign up for our weekly recall alerts.
''')

ARTICLES.append(r'''
@id ao-moving-company-hostage-loads-swift-pine
@style moving_company_hostage_loads
7 On Your Side: Movers held families' furniture until they paid double, state lawsuit says
  > document | lawsuit | state lawsuit | says | <

RALEIGH, N.C. -- A Charlotte moving company quoted customers low prices online, then refused to unload their furniture until they paid two or three times as much, according to a lawsuit filed Monday by North Carolina Attorney General Dana Whitmore.
  > document | lawsuit | a lawsuit filed Monday by North Carolina Attorney General Dana Whitmore | according to | <
The suit accuses Swift Pine Movers LLC and its owner, Bradley Kemp, of violating the state's unfair trade practices law at least 70 times since 2022.
  > document | lawsuit | The suit | accuses | >
"These families had their whole lives locked in the back of a truck," Whitmore said at a news conference.
  > named_official | whitmore | Whitmore | said at a news conference | <
"That's not a moving company, that's a ransom business."
  > named_official | whitmore | Whitmore | - | *
Kemp did not respond to phone calls, emails or a visit to the company's Charlotte office, where the door was locked on a Tuesday afternoon.
  > declined_comment | kemp | Kemp | did not respond to phone calls, emails or a visit to the company's Charlotte office | - | resp=no_response
A woman who answered the company's phone line on Wednesday said Kemp was "traveling" and hung up.
  > anonymous_other | phone-woman | A woman who answered the company's phone line on Wednesday | said | Kemp was "traveling"

7 On Your Side first reported complaints about Swift Pine in February, after Raleigh couple Omar and Leah Haddad said their belongings were held for nine days.
  > media_report | 7oys | 7 On Your Side | first reported | complaints about Swift Pine
  > named_person | haddads | Omar and Leah Haddad | said | their belongings were held for nine days | count=2
The Haddads were quoted $2,400 and were told at their new house that the price was $6,150, according to the lawsuit.
  > document | lawsuit | the lawsuit | according to | <
Omar Haddad said Wednesday that the crew chief told him the truck would "go back to the warehouse" unless he paid in cash.
  > named_person | omar-haddad | Omar Haddad | said Wednesday | >
"We had a 2-year-old and no beds," he said.
  > named_person | omar-haddad | he | said | <
Kemp had planned to expand into South Carolina this year, according to the lawsuit.
  > document | lawsuit | the lawsuit | according to | <
The Better Business Bureau of Central North Carolina said it has received 112 complaints about Swift Pine since 2022 and gives the company an F rating.
  > named_organization | bbb | The Better Business Bureau of Central North Carolina | said | >
Federal Motor Carrier Safety Administration records show the company's interstate operating authority was revoked in June for failing to carry required insurance.
  > document | fmcsa-records | Federal Motor Carrier Safety Administration records | show | >
An FMCSA spokesperson said the agency could not comment on a specific carrier.
  > declined_comment | fmcsa | An FMCSA spokesperson | could not comment | - | resp=declined

Two former Swift Pine employees, who asked not to be named because they fear retaliation from Kemp, said crews were paid a bonus for every customer who paid more than the quoted price.
  > anonymous_official | ex-employees | Two former Swift Pine employees | said | > | anon=who asked not to be named because they fear retaliation from Kemp
One of them said Kemp called the extra charges "the real price."
  > anonymous_official | ex-employees | One of them | said | >
Lawrence Ng, a consumer protection lawyer in Durham who is not involved in the case, said hostage-load schemes are hard to stop because companies often close and reopen under new names.
  > named_person | ng | Lawrence Ng, a consumer protection lawyer in Durham who is not involved in the case | said | >
He said customers should never let a mover load a truck without a written estimate.
  > named_person | ng | He | said | >
The lawsuit asks a Wake County judge to bar Kemp from running a moving business in the state and to order refunds.
  > document | lawsuit | The lawsuit | asks | >
Whitmore's office said it was not aware of any criminal investigation.
  > named_organization | ag-office | Whitmore's office | said | >
Charlotte-Mecklenburg police declined to say whether they had opened one.
  > declined_comment | cmpd | Charlotte-Mecklenburg police | declined to say whether they had opened one | - | resp=declined

@excluded
Have a problem with a business? 7 On Your Side wants to hear from you. Submit your story here.
Copyright 2025 WRDU-TV. All rights reserved.
Download the WRDU 7 News app.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
