"""Build corpus/articles/al.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, all on business, technology, labor, real estate, agriculture, education and the
criminal courts in small and mid-sized US cities (warehouse_heat_illness_complaint,
farmland_solar_lease_moratorium, superintendent_contract_buyout,
prosecutor_evidence_withholding_dismissal, data_center_water_use_permit,
mobile_home_park_rent_hike, plant_closure_warn_notice, small_college_closure_announcement,
pecan_theft_ring_sentencing, ai_proctoring_cheating_accusations,
cfo_expense_misuse_internal_probe, competency_evaluation_backlog), in the voices of twelve
kinds of outlet (a local daily's workplace story, a farm magazine feature in the present
tense, a school-board live blog with timestamps in chronological order, a wire story on a
court ruling, a "what we know / what we don't know" explainer with fragment subheads, a
nonprofit newsroom's investigation, a local TV website's plant-closing story, a campus
newspaper, a courthouse reporter's sentencing story, a Q&A transcript with speaker labels
whose questions relay claims, a business journal's scoop resting on people familiar, and a
long-form public-radio investigation). Each is built to test source typing and grouping:
executives, named spokespeople, union presidents and organizers, superintendents, board
members, judges, prosecutors, public defenders, lawyers speaking for a client and a
contractor speaking for his firm typed as officials; professors, extension agents,
analysts, a former prosecutor who now teaches (commenting as an expert), farmers, tenants,
students, parents, a diner owner and a defendant typed as persons; companies, unions,
agencies, trustees, "prosecutors" and unnamed spokespeople typed as organizations; unnamed
employees identified by their employer and job (pickers, a shift supervisor, a machine
operator, professors, instructors, a city engineer, a state psychologist, people who work
in a prosecutor's office, a former on-site manager, a former executive, board members)
typed as anonymous officials, with and without a stated reason; students, residents,
neighbors, nonprofit groups, defense attorneys, business owners and people outside a plant
gate typed as anonymous_other; people familiar with an inquiry (headline "people familiar
say", "two of the people", "one of them"); people described first and named later ("a
fourth-generation grain farmer" -> "the farmer, Dale Pennock"; "A Houston County judge" ->
"Circuit Judge Lorraine Keel"; "His sister, who visits him on weekends" -> "the sister,
Tanya Banks"); headline attributions (workers say, order says, records show, state filing
shows, trustees announce, people familiar say, a quoted word from an ousted superintendent);
documents (an OSHA complaint, ambulance records, a draft separation agreement, a judge's
order, exhibits, an indictment, an affidavit, invoices, an SEC filing's annual report, a
WARN notice, rent notices, business filings, a software contract, agency data, a federal
lawsuit); media reports (including the outlet's own earlier story); non-answers of all three
kinds (including "would not name", "would not say how many" after an on-the-record answer,
"said Vantreo does not comment on personnel matters", and a trustee board that "declined to
make" its chair available); quotes over several sentences and transcript answers continued
without quotation marks; split content ("That gap, she says, is hard ..."); two
attributions to one source in one sentence; and things that look like attribution but are
not (a memo "provided to the Journal by an employee", "told to report", "is expected to
vote", "Under Ohio law", "called for next Tuesday", "apologized in court", "Asked about the
gap", reporter's-voice wants and plans marked not sourcing). All twelve end with a footer
of excluded boilerplate (newsletter and donation prompts, copyright lines, photo credits, a
correction, related links, comment and share prompts). Nothing is trained or tuned on them.
Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_al.py [--render]
     python corpus/build_articles_al.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "al.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id al-warehouse-heat-illness-complaint-pueblo
@style warehouse_heat_illness_complaint
Workers at Pueblo distribution center say July heat sent at least four to the hospital
  > anonymous_official | workers | Workers at Pueblo distribution center | say | July heat sent at least four to the hospital

PUEBLO, Colo. -- At least four workers at the Trellis Home Goods distribution center on the city's east side were taken to hospitals with heat-related illness during a July heat wave, according to a complaint filed with federal workplace safety regulators and six current employees interviewed by the Chieftain Ledger.
  > document | complaint | a complaint filed with federal workplace safety regulators | according to | <
  > anonymous_official | workers | six current employees interviewed by the Chieftain Ledger | according to | <
The complaint, filed Aug. 4 by the Colorado Warehouse Workers Alliance, says temperatures inside the 900,000-square-foot building reached 97 degrees on at least three afternoons and that managers refused requests for extra breaks.
  > document | complaint | The complaint, filed Aug. 4 by the Colorado Warehouse Workers Alliance | says | >
The Occupational Safety and Health Administration has opened an inspection, an agency spokeswoman confirmed Tuesday.
  > named_organization | osha | an agency spokeswoman | confirmed Tuesday | <
She would not say when the inspection began or when it would be finished, citing agency policy on open cases.
  > declined_comment | osha | She | would not say when the inspection began or when it would be finished | - | resp=declined

Three of the workers, who spoke on the condition that their names not be used because they feared being fired, said supervisors had told them they could not leave their stations to drink water except during scheduled breaks.
  > anonymous_official | workers | Three of the workers | said | > | anon=who spoke on the condition that their names not be used because they feared being fired
One of them, a picker who has worked at the center since it opened in 2021, said she watched a co-worker collapse near a loading dock on July 17.
  > anonymous_official | workers | One of them, a picker who has worked at the center since it opened in 2021 | said | >
"He just went down, and the lead told us to keep scanning," she said.
  > anonymous_official | workers | she | said | <
The worker who collapsed was treated at Parkview Medical Center and released the next day, according to two of the employees.
  > anonymous_official | workers | two of the employees | according to | <
Parkview declined to comment, citing patient privacy.
  > declined_comment | parkview | Parkview | declined to comment | - | resp=declined
A shift supervisor at the center, who was not authorized to speak to reporters, said managers had ordered eight industrial fans in June but only two had been installed by the time of the heat wave.
  > anonymous_official | supervisor | A shift supervisor at the center | said | > | anon=who was not authorized to speak to reporters

Pueblo Fire Department records show ambulances were sent to the center's address 11 times in July, compared with twice in June.
  > document | fire-records | Pueblo Fire Department records | show | >
Four of those calls were coded as heat exposure, the records show.
  > document | fire-records | the records | show | <
Trellis spokeswoman Dana Whitcomb said in an email that the company "takes the health of our associates extremely seriously" and had added cooling stations and extra breaks in every building when temperatures pass 85 degrees.
  > named_official | whitcomb | Trellis spokeswoman Dana Whitcomb | said in an email | >
She did not answer questions about the four hospitalizations.
  > declined_comment | whitcomb | She | did not answer questions about the four hospitalizations | - | resp=no_response
The general manager of the Pueblo center, Curtis Lamb, could not be reached.
  > declined_comment | lamb | The general manager of the Pueblo center, Curtis Lamb | could not be reached | - | resp=unreachable
On the hottest afternoons, workers in the packing area were told to report to the cafeteria for 10 minutes every two hours.

Colorado has no heat standard for indoor workers, and a bill to create one stalled in the legislature this spring.
Maribel Ortega, an organizer with the workers alliance, said the group had collected signatures from more than 200 of the center's roughly 700 workers asking for air conditioning in the packing area.
  > named_official | ortega | Maribel Ortega, an organizer with the workers alliance | said | >
"They put a ping-pong table in the break room last year," Ortega said.
  > named_official | ortega | Ortega | said | <
"They can put in an air conditioner."
  > named_official | ortega | Ortega | - | *
Karen Voss, who studies occupational health at Colorado State University Pueblo, said that by the time a worker collapses from heat, the body has usually been struggling for an hour or more.
  > named_person | voss | Karen Voss, who studies occupational health at Colorado State University Pueblo | said | >
Older workers, she said, are less likely to notice the early signs.
  > named_person | voss | she | said | Older workers ;; are less likely to notice the early signs
Trellis, which is based in Columbus, Ohio, had intended to open a second Colorado warehouse in Greeley by spring.
  > named_organization | trellis | Trellis, which is based in Columbus, Ohio | had intended | to open a second Colorado warehouse in Greeley by spring | nosrc

@excluded
Read more: Pueblo council to weigh longer cooling center hours
Have a news tip? Contact the Chieftain Ledger newsroom.
Copyright 2025 The Pueblo Chieftain Ledger. All rights reserved.
''')

ARTICLES.append(r'''
@id al-farmland-solar-lease-moratorium-fayette-county
@style farmland_solar_lease_moratorium
Solar leases split Fayette County farm families as commissioners weigh a one-year pause

WASHINGTON COURT HOUSE, Ohio -- On a gravel road south of town, a fourth-generation grain farmer says he has signed a 35-year lease that will put solar panels on 900 acres his family has farmed since 1911.
  > named_person | pennock | a fourth-generation grain farmer | says | >
"My grandfather cleared that ground with mules," says the farmer, Dale Pennock, 58.
  > named_person | pennock | the farmer, Dale Pennock, 58 | says | <
"Now it's going to pay for my grandkids' college."
  > named_person | pennock | Pennock | - | *
Pennock's lease is with Bright Meadow Renewables, a Chicago developer that wants to build a 150-megawatt project across land owned by 11 families.
  > named_organization | bright-meadow | Bright Meadow Renewables, a Chicago developer | wants | to build a 150-megawatt project across land owned by 11 families | nosrc

On Thursday, the three-member Fayette County Board of Commissioners is scheduled to vote on a one-year moratorium on new solar and wind projects larger than 50 acres.
Commissioner Ruth Ann Tipton, who proposed the pause, says the county needs time to write rules on setbacks, drainage tile and what happens to the panels when the leases end.
  > named_official | tipton | Commissioner Ruth Ann Tipton, who proposed the pause | says | >
"Nobody in this courthouse is against a farmer making a living," Tipton says.
  > named_official | tipton | Tipton | says | <
"But once that ground goes under glass, it doesn't come back in my lifetime."
  > named_official | tipton | Tipton | - | *
Neighbors who oppose the project have packed the last three commission meetings, and some of them argue that the panels will lower the value of nearby homes and crush drainage tile that crosses property lines.
  > anonymous_other | opponents | some of them | argue | >
Jolene Kirtley, who raises cattle on 300 acres next to the proposed site, says the developer's land agents never asked her what she thought.
  > named_person | kirtley | Jolene Kirtley, who raises cattle on 300 acres next to the proposed site | says | >
"They had the maps drawn before anybody knocked on my door," she says.
  > named_person | kirtley | she | says | <

Bright Meadow's development director, Aaron Feld, says the company held two public meetings last year and sent letters to every household within a mile of the site.
  > named_official | feld | Bright Meadow's development director, Aaron Feld | says | >
He says the project would pay about $1.1 million a year in taxes, most of it to the Miami Trace school district.
  > named_official | feld | He | says | >
A county economic development report prepared in 2023 estimated the figure at closer to $700,000.
  > document | county-report | A county economic development report prepared in 2023 | estimated | the figure at closer to $700,000
Asked about the gap, Feld says the report used an older tax formula.
  > named_official | feld | Feld | says | >
Megan Ruhl, an Ohio State University extension educator who has studied solar leasing in 14 counties, says payments of $1,000 to $1,400 an acre a year are now common, compared with cash rents of about $250 for good cropland.
  > named_person | ruhl | Megan Ruhl, an Ohio State University extension educator who has studied solar leasing in 14 counties | says | >
That gap, she says, is hard for a farmer nearing retirement to ignore.
  > named_person | ruhl | she | says | That gap ;; is hard for a farmer nearing retirement to ignore

The Ohio Farm Bureau Federation has not taken a position on the Fayette County moratorium, a spokesman says.
  > named_organization | farm-bureau | a spokesman | says | <
Two of the commissioners privately favor the pause, according to a county employee who works with the board and asked not to be named because the vote has not happened.
  > anonymous_official | county-employee | a county employee who works with the board | according to | < | anon=asked not to be named because the vote has not happened
The third, Commissioner Bill Gaither, did not return calls this week.
  > declined_comment | gaither | The third, Commissioner Bill Gaither | did not return calls this week | - | resp=no_response
Under Ohio law, counties can declare themselves off limits to large solar projects, but the state Power Siting Board has the final say over projects already in line.
Bright Meadow filed its application with the siting board in May, records show.
  > document | records | records | show | <
Pennock says he isn't worried.
  > named_person | pennock | Pennock | says | >
"If they pass a pause, we wait a year," he says.
  > named_person | pennock | he | says | <
"The sun's not going anywhere."
  > named_person | pennock | he | - | *

@excluded
Photo: Dale Pennock in a soybean field south of Washington Court House. (Farm & Field Weekly photo by Ann Gorsuch)
Subscribe to Farm & Field Weekly for market reports and rural news every Friday.
Share this story: Facebook | X | Email
''')

ARTICLES.append(r'''
@id al-superintendent-contract-buyout-spring-river
@style superintendent_contract_buyout
Live: Spring River board approves $410,000 buyout of Superintendent Harlan Beck; Beck says he was "pushed"
  > named_official | beck | Beck#2 | says | he was "pushed"

6:32 p.m.
The Spring River Board of Education has gone into closed session to discuss a personnel matter, Board President Gail Ostrander announced.
  > named_official | ostrander | Board President Gail Ostrander | announced | <
About 150 people are in the Memorial Middle School cafeteria, and the district has opened an overflow room in the gym.
Two board members told the Ledger before the meeting that the board would vote tonight on a separation agreement with Beck.
  > anonymous_official | board-members | Two board members | told the Ledger before the meeting | >

7:15 p.m.
Still in closed session.
A copy of the draft agreement obtained by the Ledger shows the district would pay Beck $410,000, about 18 months of his salary, and that neither side would "disparage" the other.
  > document | agreement | A copy of the draft agreement obtained by the Ledger | shows | >
The agreement also says Beck would stay on paid leave through June 30.
  > document | agreement | The agreement | says | >
Beck, who has led the district since 2019, was placed on leave Sept. 9, and the district has never publicly explained why.

7:58 p.m.
The board is back in open session and has voted 5-2 to approve the agreement.
Board members Tom Greer and Lorena Pike voted no.
Greer said from the dais that the public "deserves to know what we're paying for."
  > named_official | greer | Greer | said from the dais | >
Ostrander read a short statement saying the board and Beck had "mutually agreed to part ways" and that the district would have no further comment.
  > named_official | ostrander | Ostrander | read a short statement saying | >

8:20 p.m.
During public comment, parent Alisha Merritt told the board that her son's middle school had gone three months without a permanent principal while Beck was on leave.
  > named_person | merritt | parent Alisha Merritt | told the board | >
Kevin Doyle, president of the Spring River Education Association, said teachers had learned of Beck's leave from a Facebook post.
  > named_official | doyle | Kevin Doyle, president of the Spring River Education Association | said | >
"We found out the same way the grocery store did," he said.
  > named_official | doyle | he | said | <

9:05 p.m.
Reached by phone after the vote, Beck said he did not resign and was "pushed out by two board members who never wanted me here."
  > named_official | beck | Beck | said | >
He would not name the two members, citing the agreement's non-disparagement clause.
  > declined_comment | beck | He | would not name the two members | - | resp=declined
Ostrander did not respond to a text message asking about Beck's comments.
  > declined_comment | ostrander | Ostrander | did not respond to a text message asking about Beck's comments | - | resp=no_response
One of the two board members who spoke to the Ledger before the meeting, speaking on condition of anonymity because closed-session discussions are confidential, said the board had received complaints from principals about Beck's handling of a bus contract.
  > anonymous_official | board-members | One of the two board members who spoke to the Ledger before the meeting | said | > | anon=speaking on condition of anonymity because closed-session discussions are confidential
The Missouri School Boards' Association says buyouts of that size are unusual for a district of about 4,000 students.
  > named_organization | msba | The Missouri School Boards' Association | says | >
Assistant Superintendent Marcy Lin will continue as interim superintendent, the district said in a news release.
  > named_organization | district | the district | said in a news release | <

@excluded
This live blog has ended. Read our full story on the Beck buyout.
Get breaking news from the Joplin Area Ledger on your phone: download our app.
Comments on this post are closed.
''')

ARTICLES.append(r'''
@id al-prosecutor-evidence-withholding-dismissal-dothan
@style prosecutor_evidence_withholding_dismissal
Judge tosses Dothan murder case after prosecutors sat on witness's recantation, order says
  > document | order | order | says | <

DOTHAN, Ala. -- A Houston County judge on Monday dismissed a murder charge against a 24-year-old man who had spent nearly three years in jail, ruling that prosecutors had failed to turn over a key witness's recorded statement taking back her account.
  > named_official | keel | A Houston County judge | ruling | that prosecutors had failed to turn over a key witness's recorded statement taking back her account
In a 14-page order, Circuit Judge Lorraine Keel wrote that the district attorney's office had the recording for 19 months before giving it to the defense, a violation of the defendant's constitutional right to evidence that could help clear him.
  > named_official | keel | Circuit Judge Lorraine Keel | wrote | >
"The state's obligation does not begin when it is convenient," Keel wrote.
  > named_official | keel | Keel | wrote | <
The defendant, Marcus Tolbert, was charged in the 2022 shooting death of Derrick Pace, 31, outside a convenience store on Ross Clark Circle.
The case rested largely on a woman who told police she saw Tolbert fire the shots, according to court records.
  > document | court-records | court records | according to | <
In a recorded interview with an investigator in March 2023, the woman said she had not seen the shooter's face, the order says.
  > document | order | the order | says | <

District Attorney Pete Varnum said in a statement that his office "respects the court's ruling" but disagreed that the recording had been deliberately withheld.
  > named_official | varnum | District Attorney Pete Varnum | said in a statement | >
He said the recording had been misfiled when the investigator who made it retired, and that the office "disclosed it as soon as we knew it existed."
  > named_official | varnum | He | said | >
Varnum declined to say whether his office would appeal.
  > declined_comment | varnum | Varnum | declined to say whether his office would appeal | - | resp=declined
Two people who work in the district attorney's office, who asked not to be identified because they were not permitted to speak about the case, said the investigator's files had sat in boxes in a storage room for more than a year after he retired.
  > anonymous_official | da-staff | Two people who work in the district attorney's office | said | > | anon=who asked not to be identified because they were not permitted to speak about the case
The investigator, reached at his home in Enterprise, declined to comment.
  > declined_comment | investigator | The investigator | declined to comment | - | resp=declined

Tolbert's lawyer, Keisha Ambrose, said her client was released from the Houston County jail Monday afternoon and went to his grandmother's house.
  > named_official | ambrose | Tolbert's lawyer, Keisha Ambrose | said | >
"Three years of his life, for a tape that was sitting in a drawer," Ambrose said.
  > named_official | ambrose | Ambrose | said | <
She said she had asked prosecutors at least four times, in writing, for any statements the witness had given.
  > named_official | ambrose | She | said | >
Emails between Ambrose and the district attorney's office, filed as exhibits with her motion to dismiss, show three such requests, in June 2023, January 2024 and October 2024.
  > document | emails | Emails between Ambrose and the district attorney's office, filed as exhibits with her motion to dismiss | show | >
Pace's mother, Loretta Pace, said no one had told her the case was in trouble until a reporter called her.
  > named_person | loretta-pace | Pace's mother, Loretta Pace | said | >
"Somebody killed my son, and now nobody is going to answer for it," she said.
  > named_person | loretta-pace | she | said | <
Ronald Whitfield, a former federal prosecutor who teaches criminal procedure at the University of Alabama School of Law, said judges rarely dismiss a case outright over withheld evidence, more often ordering a new trial or barring testimony.
  > named_person | whitfield | Ronald Whitfield, a former federal prosecutor who teaches criminal procedure at the University of Alabama School of Law | said | >
Keel dismissed the charge with prejudice, which means the state cannot bring it again.
The Alabama State Bar did not respond to a question about whether it had received a complaint about the case.
  > declined_comment | bar | The Alabama State Bar | did not respond to a question about whether it had received a complaint about the case | - | resp=no_response
WKTZ-TV first reported the recording's existence in December.
  > media_report | wktz | WKTZ-TV | first reported | the recording's existence in December

@excluded
Copyright 2025 Southern Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
''')

ARTICLES.append(r'''
@id al-data-center-water-use-permit-mankato
@style data_center_water_use_permit
Explainer: The Mankato data center, its water and what the city hasn't said

The Mankato City Council will hold a public hearing Monday on a permit that would let a data center draw up to 1.2 million gallons of water a day from the city's wells.

WHAT WE KNOW
The developer is Northvale Compute, a subsidiary of a Dallas real estate investment firm, according to filings with the Minnesota secretary of state.
  > document | sos-filings | filings with the Minnesota secretary of state | according to | <
Northvale has said the campus would employ about 60 people once built and would pay roughly $4 million a year in property taxes.
  > named_organization | northvale | Northvale | has said | >
City water data show Mankato's wells pumped an average of 6.8 million gallons a day last year, so the data center alone could raise that by nearly a fifth.
  > document | water-data | City water data | show | Mankato's wells pumped an average of 6.8 million gallons a day last year
The company's application, posted on the city's website, says most of the water would be used to cool servers in the summer.
  > document | application | The company's application, posted on the city's website | says | >

WHAT WE DON'T KNOW
Who the tenant is.
Northvale's spokeswoman, Renee Calder, declined to name the technology company that would lease the building, citing a confidentiality agreement.
  > declined_comment | calder | Northvale's spokeswoman, Renee Calder | declined to name the technology company that would lease the building | - | resp=declined
Two people familiar with the project said the tenant is a large cloud computing company that already runs data centers in Iowa.
  > anonymous_familiar | familiar | Two people familiar with the project | said | >
One of them said the company had looked at sites in Rochester and St. Cloud before settling on Mankato.
  > anonymous_familiar | familiar | One of them | said | >
How much water the aquifer can spare.
The Minnesota Department of Natural Resources said it has not finished reviewing whether the deep aquifer that supplies the city's newest wells can sustain the added pumping.
  > named_organization | dnr | The Minnesota Department of Natural Resources | said | >
Paul Adeyemi, a hydrogeologist at Minnesota State University, Mankato, said the aquifer refills so slowly in places that water pumped today fell as rain thousands of years ago.
  > named_person | adeyemi | Paul Adeyemi, a hydrogeologist at Minnesota State University, Mankato | said | >
"It's not a reservoir that fills back up every spring," Adeyemi said.
  > named_person | adeyemi | Adeyemi | said | <
Whether the city offered a discount.
A draft development agreement obtained by the Free Press sets Northvale's water rate at 80 percent of the city's standard industrial rate for the first 10 years.
  > document | draft-agreement | A draft development agreement obtained by the Free Press | sets | Northvale's water rate at 80 percent of the city's standard industrial rate for the first 10 years
City Manager Susan Arneson said in an interview that the discount is "standard for a project of this size" and that the final terms could change.
  > named_official | arneson | City Manager Susan Arneson | said in an interview | >
A city engineer, who asked not to be named because staff members have been told not to discuss the project, said the water utility had not modeled what the data center's demand would do during a drought.
  > anonymous_official | engineer | A city engineer | said | > | anon=who asked not to be named because staff members have been told not to discuss the project
Arneson did not respond to a follow-up question about that modeling.
  > declined_comment | arneson | Arneson | did not respond to a follow-up question about that modeling | - | resp=no_response

WHAT'S NEXT
Monday's hearing begins at 6 p.m. at the Intergovernmental Center.
The council is expected to vote on the permit Oct. 14.
Council member Dave Lindgren has said he will vote no unless the company agrees to recycle its cooling water.
  > named_official | lindgren | Council member Dave Lindgren | has said | >
The Minnesota Ledger reported last month that Northvale has also applied for a state sales tax exemption on its servers.
  > media_report | mn-ledger | The Minnesota Ledger | reported last month | >

@excluded
Questions about the data center? Send them to the Free Press, and we'll try to answer them before the hearing.
Related: Mankato's water rates are going up in January. Here's why.
Sign up for Free Press Daily, our morning newsletter.
''')

ARTICLES.append(r'''
@id al-mobile-home-park-rent-hike-sioux-city
@style mobile_home_park_rent_hike
After out-of-state investor bought a Sioux City mobile home park, lot rents rose 62 percent, records show
  > document | rent-notices | records | show | <

SIOUX CITY, Iowa -- When Beverly Ruhl moved into the Riverbend Estates mobile home park in 2009, her lot rent was $240 a month.
Next month it will be $585, according to a notice taped to her door in August.
  > document | ruhl-notice | a notice taped to her door in August | according to | <
Ruhl, 71, a retired school cafeteria worker, said she owns her home but cannot afford to move it, which would cost about $12,000.
  > named_person | ruhl | Ruhl, 71, a retired school cafeteria worker | said | >
"They own the dirt, so they own me," she said.
  > named_person | ruhl | she | said | <

Riverbend's 143 lots were bought in 2022 by RB Holdings LLC, a company registered in Delaware, county property records show.
  > document | county-records | county property records | show | <
RB Holdings is one of at least nine limited liability companies that share a mailing address in Scottsdale, Ariz., with Cactus Crest Communities, a firm that owns 40 parks in six states, according to state business filings reviewed by the Siouxland Report.
  > document | business-filings | state business filings reviewed by the Siouxland Report | according to | <
Lot rents at Riverbend have risen 62 percent on average since the sale, according to rent notices provided by 23 residents.
  > document | rent-notices | rent notices provided by 23 residents | according to | <
Residents also described water shutoffs lasting up to three days, a clubhouse that has been locked since 2023 and new monthly fees for trash and water.
  > anonymous_other | residents | Residents | described | >
Several said they were afraid to complain because their leases run month to month.
  > anonymous_other | residents | Several | said | >
A former on-site manager at Riverbend, who left in 2024 and spoke on condition of anonymity because she signed a separation agreement, said she had been told to stop fixing water leaks on the residents' side of the meters.
  > anonymous_official | former-manager | A former on-site manager at Riverbend | said | > | anon=spoke on condition of anonymity because she signed a separation agreement

Cactus Crest's vice president of operations, Trent Halvorsen, said in an email that rents at Riverbend had been "far below market" for years and that the company had spent $1.4 million on new water lines and roads.
  > named_official | halvorsen | Cactus Crest's vice president of operations, Trent Halvorsen | said in an email | >
He said the water shutoffs were needed to replace pipes laid in the 1970s.
  > named_official | halvorsen | He | said | >
Halvorsen did not respond to questions about the former manager's account.
  > declined_comment | halvorsen | Halvorsen | did not respond to questions about the former manager's account | - | resp=no_response
Nonprofit groups that track manufactured housing say investors have bought hundreds of parks in the Midwest since 2018, drawn by residents who cannot easily leave.
  > anonymous_other | nonprofits | Nonprofit groups that track manufactured housing | say | >
Carla Imhoff, a University of Nebraska Omaha sociologist who studies manufactured housing, said Iowa is one of the few states that let park owners raise lot rent by any amount with 60 days' notice.
  > named_person | imhoff | Carla Imhoff, a University of Nebraska Omaha sociologist who studies manufactured housing | said | >
Iowa Capital Wire reported in 2023 that a bill requiring owners to give a reason for large increases never reached the House floor.
  > media_report | capital-wire | Iowa Capital Wire | reported in 2023 | >
State Rep. Jon Severson, a Republican from Sioux City who co-sponsored that bill, said he will file it again in January.
  > named_official | severson | State Rep. Jon Severson, a Republican from Sioux City who co-sponsored that bill | said | >
"These are my constituents, and they're getting squeezed," Severson said.
  > named_official | severson | Severson | said | <
The Iowa Manufactured Housing Association, which represents park owners, said in a statement that limits on rent "would drive investment out of communities that badly need it."
  > named_organization | imha | The Iowa Manufactured Housing Association, which represents park owners | said in a statement | >
Sioux City's housing director, Angela Tran, said the city had received 31 complaints about Riverbend in the past year, more than about any other property.
  > named_official | tran | Sioux City's housing director, Angela Tran | said | >
The city cannot regulate lot rents, she said.
  > named_official | tran | she | said | <
Ruhl said she and a neighbor have started a residents' association, and 40 households have joined.
  > named_person | ruhl | Ruhl | said | >
Its first meeting, in the parking lot outside the locked clubhouse, was called for next Tuesday.

@excluded
The Siouxland Report is a nonprofit newsroom. Donate today to support local investigative journalism.
Republish this story for free under our Creative Commons license.
Photo: Beverly Ruhl outside her home at Riverbend Estates. (Siouxland Report photo)
''')

ARTICLES.append(r'''
@id al-plant-closure-warn-notice-fort-smith
@style plant_closure_warn_notice
Hollister to close Fort Smith compressor plant, cutting 480 jobs, state filing shows
  > document | warn | state filing | shows | <

FORT SMITH, Ark. -- Hollister Appliance Components will close its compressor plant on Midland Boulevard by March and lay off all 480 workers, according to a notice the company filed Tuesday with the Arkansas Division of Workforce Services.
  > document | warn | a notice the company filed Tuesday with the Arkansas Division of Workforce Services | according to | <
The notice, required under the federal WARN Act for large layoffs, says the work will move to a Hollister plant in Monterrey, Mexico.
  > document | warn | The notice, required under the federal WARN Act for large layoffs | says | >
Workers learned of the closing at a 7 a.m. meeting in the plant's parking lot, according to three employees who were there.
  > anonymous_official | employees | three employees who were there | according to | <
One of them, a machine operator with 22 years at the plant, said managers read from a printed statement and took no questions.
  > anonymous_official | employees | One of them, a machine operator with 22 years at the plant | said | >
"Twenty-two years, and it took them four minutes," he said.
  > anonymous_official | employees | he | said | <

Hollister spokesman Greg Pardee said in a statement that the decision "reflects changing market conditions and was not made lightly."
  > named_official | pardee | Hollister spokesman Greg Pardee | said in a statement | >
The company will offer severance and help with job searches, he said.
  > named_official | pardee | he | said | <
Pardee declined to say how much severance workers would receive.
  > declined_comment | pardee | Pardee | declined to say how much severance workers would receive | - | resp=declined
Two people familiar with the company's plans said Hollister had warned city officials as early as June that the plant was at risk after it lost a contract to supply a major refrigerator maker.
  > anonymous_familiar | familiar | Two people familiar with the company's plans | said | >
The people, who spoke on condition of anonymity because the talks with the city were confidential, said Hollister had asked for a property tax break to stay.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on condition of anonymity because the talks with the city were confidential
Mayor Denise Carr said the city had offered "everything we legally could" and that she was "angry but not surprised."
  > named_official | carr | Mayor Denise Carr | said | >
Carr would not say whether the offer included a tax break.
  > declined_comment | carr | Carr | would not say whether the offer included a tax break | - | resp=declined

Hollister received $2.1 million in state incentives in 2017 in exchange for keeping at least 400 jobs in Fort Smith through 2026, according to records from the Arkansas Economic Development Commission.
  > document | aedc-records | records from the Arkansas Economic Development Commission | according to | <
A spokeswoman for the commission said the agency would seek to recover part of that money under a clawback clause.
  > named_organization | aedc | A spokeswoman for the commission | said | >
Local 1187 of the International Association of Machinists, which represents about 300 of the workers, said it had not been consulted.
  > named_organization | iam | Local 1187 of the International Association of Machinists, which represents about 300 of the workers | said | >
Its president, Ray Dunaway, said the union would demand to bargain over the effects of the closing.
  > named_official | dunaway | Its president, Ray Dunaway | said | >
"They can move the machines," he said.
  > named_official | dunaway | he | said | <
"They can't move the contract."
  > named_official | dunaway | he | - | *
Others who gathered outside the plant gate Tuesday said they would apply at a tire plant that is hiring in nearby Van Buren.
  > anonymous_other | gate | Others who gathered outside the plant gate Tuesday | said | >
Hollister's chief executive, Sandra Kahle, told investors on a call last month that the company planned to "consolidate our footprint" in North America.
  > named_official | kahle | Hollister's chief executive, Sandra Kahle | told investors on a call last month | >
She did not mention Fort Smith by name.
Mitchell Pryor, an economist at the University of Arkansas at Fort Smith, said each factory job typically supports about one more job in the local economy.
  > named_person | pryor | Mitchell Pryor, an economist at the University of Arkansas at Fort Smith | said | >
The plant's manager, Victor Sandoval, could not be reached Tuesday.
  > declined_comment | sandoval | The plant's manager, Victor Sandoval | could not be reached Tuesday | - | resp=unreachable

@excluded
Copyright 2025 KFSA 5 News. All rights reserved.
Download the KFSA 5 News app for breaking news alerts.
See a typo? Let us know.
''')

ARTICLES.append(r'''
@id al-small-college-closure-announcement-calloway
@style small_college_closure_announcement
Calloway College will close in May, trustees announce; students learn by email
  > named_organization | trustees | trustees | announce | Calloway College will close in May

SALINA, Kan. -- Calloway College, the 141-year-old Methodist-affiliated school on the city's north side, will close at the end of the spring semester, its board of trustees announced Friday afternoon in an email to students and employees.
  > named_organization | trustees | its board of trustees | announced | <
The email, signed by board Chair Howard Lindqvist, cited "a decade of declining enrollment and a debt we can no longer carry."
  > document | email | The email, signed by board Chair Howard Lindqvist | cited | >
Enrollment has fallen from 1,140 students in 2014 to 612 this fall, according to figures the college reports to the U.S. Department of Education.
  > document | enrollment-figures | figures the college reports to the U.S. Department of Education | according to | <
President Lydia Marchetti told the Collegian in an interview Friday evening that the board had spent two years looking for another institution to merge with or buy the campus.
  > named_official | marchetti | President Lydia Marchetti | told the Collegian in an interview Friday evening | >
"We talked to eleven schools," Marchetti said.
  > named_official | marchetti | Marchetti | said | <
"None of them wanted our debt."
  > named_official | marchetti | Marchetti | - | *
She said seniors on track to finish will graduate in May and that the college has signed agreements with Flint Hills University and Prairie State College to take other students with their credits and at their current tuition.
  > named_official | marchetti | She | said | >
The Higher Learning Commission, Calloway's accreditor, said it had not yet approved those agreements.
  > named_organization | hlc | The Higher Learning Commission, Calloway's accreditor | said | >

Several students said they found out from the email, which arrived during afternoon classes.
  > anonymous_other | students | Several students | said | >
"Half the room started crying before the professor even saw it," said Mireya Salas, a junior from Hays who plays on the soccer team.
  > named_person | salas | Mireya Salas, a junior from Hays who plays on the soccer team | said | <
Salas said her scholarship covers 80 percent of her tuition and she does not know whether another school will match it.
  > named_person | salas | Salas | said | >
Faculty members were told Thursday evening, according to two professors who asked not to be named because their contracts require them to send media questions through the college.
  > anonymous_official | professors | two professors | according to | < | anon=who asked not to be named because their contracts require them to send media questions through the college
One of them said the faculty had asked for enrollment figures since the spring and had been told the college's finances were "stable."
  > anonymous_official | professors | One of them | said | >
The college owes about $38 million on bonds it issued in 2016 to build a science center and renovate dormitories, its most recent audited financial statements show.
  > document | audit | its most recent audited financial statements | show | <

Salina Mayor Trent Osborne said the city would "do everything in our power" to find a new use for the 60-acre campus.
  > named_official | osborne | Salina Mayor Trent Osborne | said | >
Business owners along North Santa Fe Avenue worry about losing the students who fill their booths and barstools on weekends.
  > anonymous_other | business-owners | Business owners along North Santa Fe Avenue | worry | about losing the students who fill their booths and barstools on weekends
Dwight Ekholm, who has owned the Bluestem Diner across from the campus since 1998, estimated that students and staff account for a third of his sales.
  > named_person | ekholm | Dwight Ekholm, who has owned the Bluestem Diner across from the campus since 1998 | estimated | >
"If it goes dark over there, I go dark over here," Ekholm said.
  > named_person | ekholm | Ekholm | said | <
The Great Plains Conference of the United Methodist Church, which helped found the college, said in a statement that it was "heartbroken."
  > named_organization | conference | The Great Plains Conference of the United Methodist Church, which helped found the college | said in a statement | >
The board of trustees declined to make Lindqvist available for an interview.
  > declined_comment | trustees | The board of trustees | declined to make Lindqvist available for an interview | - | resp=declined
Calloway will hold a meeting for students and parents Monday at 7 p.m. in Hadley Chapel.

@excluded
The Calloway Collegian is produced by students in the Department of Communication.
Correction: An earlier version of this story misstated the year the college was founded. It was 1884.
Follow the Collegian on Instagram for live updates.
''')

ARTICLES.append(r'''
@id al-pecan-theft-ring-sentencing-albany
@style pecan_theft_ring_sentencing
Three men sentenced in $1.2 million Dougherty County pecan theft ring

ALBANY, Ga. -- A Dougherty County judge on Wednesday sentenced three men to prison for their roles in a scheme that prosecutors say stole more than 400,000 pounds of pecans from orchards and a shelling plant over two harvests.
  > named_organization | prosecutors | prosecutors | say | stole more than 400,000 pounds of pecans from orchards and a shelling plant over two harvests
Superior Court Judge Alton Meeks gave the ringleader, Dwayne Colquitt, 41, of Leesburg, 12 years in prison, the most his plea agreement allowed.
His cousin, Tyrell Colquitt, 36, and Jesse Harmon, 29, a former forklift driver at the shelling plant, each received five years.
All three pleaded guilty in October to theft by taking and conspiracy.

According to the indictment, the men used a rented tractor-trailer and forged bills of lading to haul pecans from two orchards south of Albany and from the Flint River Pecan Co. shelling plant to buyers in Texas and Alabama who paid cash.
  > document | indictment | the indictment | According to | >
Harmon gave the others the gate codes and the night guard's schedule, Assistant District Attorney Lena Odom told the court.
  > named_official | odom | Assistant District Attorney Lena Odom | told the court | <
"These weren't kids stealing a bucket off a tree," Odom said.
  > named_official | odom | Odom | said | <
"This was a business."
  > named_official | odom | Odom | - | *
In-shell pecans sold for about $3 a pound during the 2023 harvest, according to the Georgia Pecan Growers Association.
  > named_organization | gpga | the Georgia Pecan Growers Association | according to | <
Harmon's lawyer, public defender Curtis Bell, told the judge his client had been "a small fish" who was paid $2,000 a load.
  > named_official | bell | Harmon's lawyer, public defender Curtis Bell | told the judge | >
Harmon apologized in court to the plant's owners.
"I knew it was wrong the first time, and I kept doing it," he said.
  > named_person | harmon | he | said | <
Dwayne Colquitt did not speak at the hearing, and his lawyer, Marcus Fain, declined to comment afterward.
  > declined_comment | fain | his lawyer, Marcus Fain | declined to comment | - | resp=declined

Lamar Whitley, whose family's 600-acre orchard near Putney was hit twice, testified that thieves took most of a week's harvest in one night.
  > named_person | whitley | Lamar Whitley, whose family's 600-acre orchard near Putney was hit twice | testified | >
"We've grown pecans on that land since my great-grandfather," Whitley told the court.
  > named_person | whitley | Whitley | told the court | <
"I never locked a gate until 2023."
  > named_person | whitley | Whitley | - | *
The plant's general manager, Rhonda Ellis, said in a victim impact statement read by a prosecutor that the thefts had cost the company a contract with a grocery chain.
  > named_official | ellis | The plant's general manager, Rhonda Ellis | said in a victim impact statement | that the thefts had cost the company a contract with a grocery chain
The sheriff's office began investigating after a deputy stopped an overloaded truck on U.S. 19 in November 2023, according to an affidavit filed with the arrest warrants.
  > document | affidavit | an affidavit filed with the arrest warrants | according to | <
Investigators have identified at least two of the buyers in Texas, according to a person familiar with the investigation who was not authorized to discuss it.
  > anonymous_familiar | familiar | a person familiar with the investigation | according to | < | anon=who was not authorized to discuss it
Neither buyer has been charged.
Sheriff Roy Dempsey declined to discuss the buyers, citing the continuing investigation.
  > declined_comment | dempsey | Sheriff Roy Dempsey | declined to discuss the buyers | - | resp=declined
Jon Tankersley, a University of Georgia extension agent who has surveyed growers about security, said farm theft has climbed across south Georgia along with prices for nuts, cattle and equipment.
  > named_person | tankersley | Jon Tankersley, a University of Georgia extension agent who has surveyed growers about security | said | >
About one in five growers he surveyed reported losing nuts to theft in the past three years, he said.
  > named_person | tankersley | he#2 | said | <
Odom said the state would seek $1.2 million in restitution at a hearing in March.
  > named_official | odom | Odom | said | >

@excluded
Photo: Pecan trees at an orchard south of Albany. (Albany Herald-Courier file photo)
Want more south Georgia court news? Sign up for our Courthouse Notes newsletter.
Join the conversation: comments are moderated and may take up to 24 hours to appear.
''')

ARTICLES.append(r'''
@id al-ai-proctoring-cheating-accusations-pinecrest
@style ai_proctoring_cheating_accusations
Q&A: Pinecrest's provost on the software that flagged 311 students for cheating

This fall, Pinecrest Community College in Bemidji, Minn., began using software called ExamSentry to flag online exams that might involve cheating.
By midterms, the software had flagged 311 students, according to figures the college released Wednesday.
  > document | college-figures | figures the college released Wednesday | according to | <
Dozens have appealed, and some students say they were flagged for nothing more than reading questions aloud.
  > anonymous_other | students | some students | say | >
The Pioneer Ledger spoke Thursday with Provost Dana Whitehorse, who approved the contract.
The conversation has been edited for length.

Q: How does ExamSentry decide that someone is cheating?

Whitehorse: It doesn't decide anything.
  > named_official | whitehorse | Whitehorse | : | >
It watches the webcam and the screen and gives each exam a risk score.
  > named_official | whitehorse | Whitehorse | - | *
An instructor looks at anything above a certain score and makes the call.
  > named_official | whitehorse | Whitehorse | - | *

Q: Students say it flagged them for reading out loud or looking away from the screen.
  > anonymous_other | students | Students | say | >

Whitehorse: Some of those flags were wrong, and we've said so.
  > named_official | whitehorse | Whitehorse | : | >
The company told us the tool was tuned at four-year universities, where fewer students are taking an exam at a kitchen table with kids around.
  > named_official | whitehorse | Whitehorse | - | *

Q: Will you keep using it?

Whitehorse: Through the end of the semester, yes.
  > named_official | whitehorse | Whitehorse | : | >
After that, the faculty senate gets a vote, and I'll respect it.
  > named_official | whitehorse | Whitehorse | - | *

After the interview, a college spokeswoman said 47 students had received a failing grade on an exam because of an ExamSentry flag.
  > named_organization | college | a college spokeswoman | said | >
Faculty senate president Omar Haddad, an English instructor, said he would ask the senate to end the contract.
  > named_official | haddad | Faculty senate president Omar Haddad, an English instructor | said | >
"We're asking instructors to trust a score nobody can explain," Haddad said.
  > named_official | haddad | Haddad | said | <
Two instructors, who asked not to be named because they do not have tenure, said their deans had encouraged them to treat high scores as evidence of cheating.
  > anonymous_official | instructors | Two instructors | said | > | anon=who asked not to be named because they do not have tenure
ExamSentry's maker, Vigilo Learning of Austin, Texas, said in a statement that its software "does not make determinations of academic misconduct" and that schools are responsible for reviewing flags.
  > named_organization | vigilo | ExamSentry's maker, Vigilo Learning of Austin, Texas | said in a statement | >
The company did not respond to questions about how often its flags turn out to be wrong.
  > declined_comment | vigilo | The company | did not respond to questions about how often its flags turn out to be wrong | - | resp=no_response
Pinecrest pays $86,000 a year for the software, according to its contract with Vigilo, which the Ledger obtained through a public records request.
  > document | contract | its contract with Vigilo, which the Ledger obtained through a public records request | according to | <
Kaylee Strand, 19, a nursing student from Cass Lake, said her flag came after her younger brother walked into the room during a pharmacology exam.
  > named_person | strand | Kaylee Strand, 19, a nursing student from Cass Lake | said | >
Her appeal is still pending.

@excluded
This interview is part of the Pioneer Ledger's series on technology in Minnesota classrooms.
Have a story idea? Email the education desk.
Share this article: Facebook | X | LinkedIn | Email
''')

ARTICLES.append(r'''
@id al-cfo-expense-misuse-internal-probe-vantreo
@style cfo_expense_misuse_internal_probe
Vantreo CFO on leave amid internal inquiry into his expenses, people familiar say
  > anonymous_familiar | familiar | people familiar | say | <

APPLETON, Wis. -- The chief financial officer of Vantreo Packaging has been placed on leave while an outside law firm examines whether he used company money for personal travel and a lake house renovation, according to three people familiar with the inquiry.
  > anonymous_familiar | familiar | three people familiar with the inquiry | according to | <
The executive, Brent Sollars, 52, has been Vantreo's finance chief since 2018.
The audit committee of Vantreo's board hired the Milwaukee firm Harrow & Keene last month after an employee in the accounts payable department raised concerns about invoices from a contractor, two of the people said.
  > anonymous_familiar | familiar | two of the people | said | <
One of them, who like the others spoke on condition of anonymity because the review is confidential, said the contractor had also done work on Sollars's vacation home near Minocqua.
  > anonymous_familiar | familiar | One of them | said | > | anon=who like the others spoke on condition of anonymity because the review is confidential

Vantreo said in a filing with the Securities and Exchange Commission on Monday that Sollars was "on a leave of absence" and that Controller Amy Pettit would serve as interim CFO.
  > named_organization | vantreo | Vantreo | said in a filing with the Securities and Exchange Commission on Monday | >
The filing did not give a reason.
A company spokeswoman, Jill Marquardt, said Vantreo does not comment on personnel matters.
  > declined_comment | marquardt | A company spokeswoman, Jill Marquardt | said Vantreo does not comment on personnel matters | - | resp=declined
Sollars did not respond to messages left on his cellphone and at his home.
  > declined_comment | sollars | Sollars | did not respond to messages left on his cellphone and at his home | - | resp=no_response
His lawyer, Peter Vang of Madison, said Sollars "has cooperated fully" and expects to be cleared.
  > named_official | vang | His lawyer, Peter Vang of Madison | said | >

Invoices reviewed by the Fox Valley Business Journal show the contractor, Northwoods Custom Builders, billed Vantreo $212,000 in 2023 and 2024 for "facility improvements" at its Neenah plant.
  > document | invoices | Invoices reviewed by the Fox Valley Business Journal | show | >
Two employees at the Neenah plant said they knew of no construction work there during that period.
  > anonymous_official | plant-employees | Two employees at the Neenah plant | said | >
Northwoods' owner, Carl Juneau, said his company had done "legitimate work for Vantreo" and declined to answer further questions.
  > named_official | juneau | Northwoods' owner, Carl Juneau | said | his company had done "legitimate work for Vantreo"
  > declined_comment | juneau | Northwoods' owner, Carl Juneau | declined to answer further questions | - | resp=declined
Vantreo's most recent annual report, filed in February, says the company's auditors found no material weaknesses in its internal controls.
  > document | annual-report | Vantreo's most recent annual report, filed in February | says | >
Vantreo shares fell 7 percent Tuesday.
Gwen Holloway, who covers packaging companies for the Chicago brokerage Lindell & Co., said the worry for investors was less the dollar amount than whether the company's financial controls had failed.
  > named_person | holloway | Gwen Holloway, who covers packaging companies for the Chicago brokerage Lindell & Co. | said | >
"A CFO is supposed to be the person who catches this," she said.
  > named_person | holloway | she | said | <

Chief Executive Diane Roemer told employees in a memo Tuesday that the company's "results and relationships with customers are unaffected."
  > named_official | roemer | Chief Executive Diane Roemer | told employees in a memo Tuesday | >
A copy of the memo was provided to the Journal by an employee who asked not to be named.
Some directors had pushed to replace Sollars as early as last year over unrelated disagreements about the company's debt, according to a former Vantreo executive.
  > anonymous_official | former-exec | a former Vantreo executive | according to | <
The former executive said the inquiry could be finished by the end of the month.
  > anonymous_official | former-exec | The former executive | said | >
Harrow & Keene declined to comment.
  > declined_comment | harrow | Harrow & Keene | declined to comment | - | resp=declined
The Business Journal first reported Sollars's leave on its website Monday evening.
  > media_report | journal | The Business Journal | first reported | Sollars's leave

@excluded
Subscribe to the Fox Valley Business Journal for unlimited access.
Copyright 2025 Fox Valley Business Journal. All rights reserved.
Related: Vantreo names new plant manager in Neenah
''')

ARTICLES.append(r'''
@id al-competency-evaluation-backlog-greene-county
@style competency_evaluation_backlog
Waiting for a bed: Greene County defendants sit in jail for months before anyone checks whether they are fit for trial

SPRINGFIELD, Mo. -- Terrell Banks was arrested in February for trespassing at a closed gas station.
He spent the next 211 days in the Greene County Jail, not because he was convicted of anything but because he was waiting for a state psychologist to decide whether he was mentally fit to stand trial, according to court records.
  > document | court-records | court records | according to | <
Banks, 38, is one of 142 people in Missouri jails waiting for a competency evaluation or for a bed at a state psychiatric hospital, according to data from the Missouri Department of Mental Health.
  > document | dmh-data | data from the Missouri Department of Mental Health | according to | <
The median wait for a hospital bed has grown to 10 months, the data show.
  > document | dmh-data | the data | show | <

Associate Circuit Judge Renata Hollis, who handles most of the county's mental health docket, said from the bench in August that the delays were "a constitutional problem I can't fix from here."
  > named_official | hollis | Associate Circuit Judge Renata Hollis, who handles most of the county's mental health docket | said from the bench in August | >
In an interview, Hollis said she had ordered the department to explain the delays in 19 cases this year.
  > named_official | hollis | Hollis | said | >
The department's responses, filed in those cases, cite a shortage of forensic psychologists.
  > document | responses | The department's responses, filed in those cases | cite | >
Department spokesman Kyle Benning said the agency had hired nine evaluators since January and opened 25 forensic beds in Fulton.
  > named_official | benning | Department spokesman Kyle Benning | said | >
He said the department expects the waiting list to shrink by spring.
  > named_official | benning | He | said | >
Benning did not answer a question about how many evaluator positions remain vacant.
  > declined_comment | benning | Benning | did not answer a question about how many evaluator positions remain vacant | - | resp=no_response
A state psychologist who conducts evaluations in southwest Missouri, speaking on condition of anonymity because she was not authorized to talk to reporters, said she has 61 open cases, about three times what she considers manageable.
  > anonymous_official | psychologist | A state psychologist who conducts evaluations in southwest Missouri | said | > | anon=speaking on condition of anonymity because she was not authorized to talk to reporters
"Every week I'm choosing who waits," she said.
  > anonymous_official | psychologist | she | said | <

Banks's public defender, Monica Ybarra, said his mental health got worse in the jail, where he spent much of the summer alone in a cell.
  > named_official | ybarra | Banks's public defender, Monica Ybarra | said | >
Greene County Prosecuting Attorney Erin Castellano said her office had dropped charges in some low-level cases to get defendants out of jail sooner, but she would not say how many.
  > named_official | castellano | Greene County Prosecuting Attorney Erin Castellano | said | her office had dropped charges in some low-level cases to get defendants out of jail sooner
  > declined_comment | castellano | she | would not say how many | - | resp=declined
Several Springfield defense attorneys argue that prosecutors have used the delays as leverage, offering time-served pleas to defendants who may not be competent to accept them.
  > anonymous_other | defense-attorneys | Several Springfield defense attorneys | argue | >
Castellano called that accusation "offensive."
  > named_official | castellano | Castellano | called | that accusation "offensive."
A federal lawsuit filed in 2024 by the Ozark Disability Law Center claims the waits violate defendants' right to due process.
  > document | lawsuit | A federal lawsuit filed in 2024 by the Ozark Disability Law Center | claims | >
The center's legal director, Harriet Nwosu, said a settlement conference is set for January.
  > named_official | nwosu | The center's legal director, Harriet Nwosu | said | >
Brian Keane, a forensic psychiatrist at Washington University in St. Louis who has testified in competency cases in several states, said Missouri's waits are longer than those in most neighboring states.
  > named_person | keane | Brian Keane, a forensic psychiatrist at Washington University in St. Louis who has testified in competency cases in several states | said | >
States that have cut their lists, he said, have done it by sending evaluators into jails instead of moving defendants to hospitals.
  > named_person | keane | he | said | States that have cut their lists ;; have done it by sending evaluators into jails instead of moving defendants to hospitals

Banks was found incompetent in September and moved to the state hospital in Fulton.
His sister, who visits him on weekends, said he recognized her for the first time in months.
  > named_person | tanya-banks | His sister, who visits him on weekends | said | >
"He asked about my kids," said the sister, Tanya Banks.
  > named_person | tanya-banks | the sister, Tanya Banks | said | <
The trespassing charge is still pending.

@excluded
This story was reported in partnership with the Ozarks Public Radio investigative desk.
Ozarks Public Radio is supported by listeners like you. Give now.
Listen to this story.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
