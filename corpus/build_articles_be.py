"""Build corpus/articles/be.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on crime and policing, local courts and prisons, housing and zoning, and arts,
religion and obituaries (police_shooting_video_release_wire_dispatch,
dna_exoneration_release_hearing_local_daily, prison_heat_stroke_deaths_tv_station_web,
vacation_rental_cap_public_radio_transcript, transit_corridor_upzoning_council_liveblog,
arts_festival_lost_sponsor_director_qa, county_courthouse_weekly_docket_newsletter,
serial_eviction_filing_landlord_magazine_feature,
office_tower_conversion_lender_pullout_trade_journal,
campus_officer_takedown_video_student_paper,
church_parking_lot_senior_housing_rezoning_explainer,
sculptor_council_member_obituary_corrected), all set in invented towns, in the voices of
twelve kinds of outlet (a wire dispatch on a police shooting video, a local daily at a DNA
exoneration hearing, a television station's website on heat deaths in a prison, a public-radio
transcript with host, reporter and speaker labels, a city-council live blog with evening
timestamps, an edited Q&A with a festival director whose questions themselves cite sources, a
courthouse newsletter with capitalised section heads, a magazine feature with a dek and a
first-person reporter, a real estate trade journal, a student newspaper, an explainer with
question subheads, and an obituary updated and corrected after publication). Each is built to
test source typing and grouping: a police chief, a district attorney and her assistant, judges,
a coroner, a governor's spokesman, a state senator, a planning director, a mayor and a deputy
mayor, council members and a commissioner, a sheriff, a dean of students, a campus police chief,
a student-government president, a pastor, a festival director, company and nonprofit
executives, a pension-board chairman, a named spokeswoman and spokesman, and lawyers speaking
for a family, a defendant or tenants (named_official); an exoneree, a victim's daughter, a
victim's sister, a former inmate, a tenant, rental owners, a line cook, a retired teacher, an
economist, an architect and a criminologist commenting as experts, a landlord-lobby director,
a former council colleague, a retired longshoreman, students and a defendant writing to her
judge (named_person); police, prosecutors, a medical examiner's office, a corrections
department, a clerk's office, a visitors bureau, a union, a museum, a bank, a developer, a
housing department, a coalition and unnamed spokespeople (named_organization); anonymous
officials with and without a stated reason (a law enforcement official, a retired sheriff's
investigator, a corrections officer, a campus officer, a former property manager, board and
commission members, city officials, administrators, council members); people familiar with
financing, settlement talks and a company's plans; vague sources (residents, owners, critics,
opponents, economists, arts funders, cellmates, relatives, restaurant owners, students, a
juror and a broker who give a reason, an article's dek crediting "its tenants"); documents
(a body-camera video, department records, a conviction-integrity report, a facilities
assessment, staffing data, a lawsuit, a complaint, a staff report, property and deed records,
an analysis of court records, internal emails, a jury note, a letter to a court, a sentencing
memorandum, a state audit, a budget-office analysis, a brokerage report, a crime log, a policy
manual, a resolution, a petition, an open letter, a rezoning application, a funder's letter);
media reports, including the outlet's own earlier reporting (a 2019 series, a 1979 review and a
1980 profile); non-answers of all three kinds, some inside a speaker's answer; people described
first and named later; quotes over several sentences and across a speaker's turn; split content;
headline and dek attributions; two attributions in one sentence (two sources, or one source
with two cues, or a statement and a refusal); and look-alikes left unannotated or marked not
sourcing ("did not testify", "has not been charged", "has not named", "has not said how she will
vote", "could not confirm", "could not be confirmed", "could not independently verify", "does not
show", "does not name", "has not set a date"; "plans" and "wants" in the reporter's voice beside
a "plans ..., he said" that is sourced). All twelve end with a footer of excluded boilerplate.
Nothing is trained or tuned on them. Same line format and builder as ``build_articles_b.py``
(read its docstring).

Run: python corpus/build_articles_be.py [--render]
     python corpus/build_articles_be.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "be.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id be-drayton-shooting-video
@style police_shooting_video_release_wire_dispatch
Video shows Drayton officer fired as unarmed man stood with hands raised, family's lawyer says
  > named_official | pruett | family's lawyer | says | Video shows Drayton officer fired as unarmed man stood with hands raised

DRAYTON -- The police department in this river city on Monday released body-camera video of an officer fatally shooting Marcus Tollver, a 34-year-old warehouse worker, during a traffic stop last month, after three weeks of pressure from his family and local activists.
The 11-minute video, recorded by the cameras of two officers, shows Tollver stepping out of his car with his hands at shoulder height moments before the first shot.
  > document | video | The 11-minute video, recorded by the cameras of two officers | shows | >
Tollver, who was unarmed, died at the scene, according to the Bellhaven County medical examiner's office.
  > named_organization | me-office | the Bellhaven County medical examiner's office | according to | <

Police Chief Gordon Ashby said at a news conference that the officer, Sergeant Neil Brandvold, had been placed on paid administrative leave.
  > named_official | ashby | Police Chief Gordon Ashby | said at a news conference | >
"We are releasing this video because the public has a right to see it, not because it answers every question," Ashby said.
  > named_official | ashby | Ashby | said | <
"It does not."
  > named_official | ashby | Ashby | - | *
Ashby declined to say whether Brandvold had given a statement to investigators.
  > declined_comment | ashby | Ashby | declined to say whether Brandvold had given a statement to investigators | - | resp=declined
He said the department had asked the state police to investigate, and a state police spokesman said the agency's review would take at least 90 days.
  > named_official | ashby | He | said#1 | the department had asked the state police to investigate
  > named_organization | state-police | a state police spokesman | said#2 | >

In a news release issued hours after the shooting, the department said Tollver had "made a sudden movement toward his waistband" after officers ordered him to stay in the car.
  > named_organization | drayton-pd | the department | said | >
The family's lawyer, Celeste Pruett, said the video contradicted that account.
  > named_official | pruett | The family's lawyer, Celeste Pruett | said | >
"He did exactly what he was told, and they shot him anyway," Pruett said in a phone interview.
  > named_official | pruett | Pruett | said in a phone interview | <
She said the family would file a wrongful-death lawsuit against the city this week.
  > named_official | pruett | She | said | >

Tollver's sister, Annette Tollver, said she had watched the video once and would not watch it again.
  > named_person | annette | Tollver's sister, Annette Tollver | said | >
"I saw my brother put his hands up," she said.
  > named_person | annette | she | said | <
"That's all anybody needs to see."
  > named_person | annette | she | - | *

A law enforcement official briefed on the investigation, who spoke on condition of anonymity because the inquiry is continuing, said Brandvold fired four times and a second officer at the scene did not fire.
  > anonymous_official | le-official | A law enforcement official briefed on the investigation | said | > | anon=who spoke on condition of anonymity because the inquiry is continuing
Investigators found a cellphone, but no weapon, on the floor of the car, the official said.
  > anonymous_official | le-official | the official | said | <

The Drayton Police Officers Association said in a statement that Brandvold, a 12-year veteran, "followed his training in a rapidly evolving situation" and urged the public not to rush to judgment.
  > named_organization | dpoa | The Drayton Police Officers Association | said in a statement | that Brandvold, a 12-year veteran, "followed his training in a rapidly evolving situation"
  > named_organization | dpoa | The Drayton Police Officers Association | urged | the public not to rush to judgment
The association's president, Vince Hurtig, did not return calls on Monday.
  > declined_comment | hurtig | The association's president, Vince Hurtig | did not return calls on Monday | - | resp=no_response
Brandvold had been the subject of two earlier use-of-force complaints, both dismissed, according to department records obtained by Allied News Service through a public records request.
  > document | pd-records | department records obtained by Allied News Service through a public records request | according to | <

Some residents who gathered outside City Hall on Monday evening said the department had waited too long to release the video.
  > anonymous_other | residents | Some residents who gathered outside City Hall on Monday evening | said | >
Wendell Okoro, a former police captain who now teaches criminal justice at Cascade State University, said the video raised questions about why officers ordered Tollver out of the car at gunpoint over an expired registration tag.
  > named_person | okoro | Wendell Okoro, a former police captain who now teaches criminal justice at Cascade State University | said | >
The Drayton Observer reported last week that the city paid $1.2 million in 2022 to settle a lawsuit over another shooting by a Drayton officer.
  > media_report | observer | The Drayton Observer | reported last week | >

District Attorney Lena Cardwell said she would decide whether to bring charges after the state police finish their review.
  > named_official | cardwell | District Attorney Lena Cardwell | said | >
Brandvold has not been charged.
The city plans to release a second video, from a patrol car's dashboard camera, later this week.
  > named_organization | city | The city | plans | to release a second video, from a patrol car's dashboard camera, later this week | nosrc

@excluded
Copyright 2026 Allied News Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
Follow Allied News Service's coverage of policing at alliednews.com/policing.
''')

ARTICLES.append(r'''
@id be-dutchak-exoneration
@style dna_exoneration_release_hearing_local_daily
After 23 years in prison, Corliss man walks free as judge throws out murder conviction

CORLISS -- Raymond Dutchak walked out of the Harlan County Courthouse on Thursday afternoon a free man, 23 years after a jury convicted him of killing a convenience store clerk on Route 9.
Judge Patricia Ordway vacated the conviction after prosecutors told her that new DNA tests on the clerk's clothing pointed to another man, who died in 2016.
  > named_organization | prosecutors | prosecutors | told her | >
"The court cannot give Mr. Dutchak back those years," Ordway said from the bench.
  > named_official | ordway | Ordway | said from the bench | <
"What it can do is tell him, and everyone in this room, that the state got it wrong."
  > named_official | ordway | Ordway | - | *

Dutchak, now 51, hugged his mother in the front row of the gallery as several relatives wept.
Speaking to reporters on the courthouse steps, he said he was not angry.
  > named_person | dutchak | he | said | >
"I'm tired," he said.
  > named_person | dutchak | he | said | <
"I've been tired for a long time.
  > named_person | dutchak | he | - | *
I want to go eat something that didn't come off a tray."
  > named_person | dutchak | he | - | *

District Attorney Simone Achterberg, whose office joined the defense in asking the judge to vacate the conviction, said the case had rested on a single eyewitness who picked Dutchak from a photo lineup "after being shown his picture twice."
  > named_official | achterberg | District Attorney Simone Achterberg, whose office joined the defense in asking the judge to vacate the conviction | said | >
Her office's conviction integrity unit reopened the case in 2023 at the request of the Midstate Innocence Project, which represents Dutchak.
According to the unit's 41-page report, filed with the court on Monday, the eyewitness told investigators last year that she had "never been sure."
  > document | report | the unit's 41-page report, filed with the court on Monday | According to | >
The report also found that detectives never told the defense about a second witness, who described a taller man with a beard.
  > document | report | The report | found | >
The man whose DNA was found on the clothing was Lowell Greaves, who was serving a sentence for armed robbery when he died in 2016, according to the report.
  > document | report | the report | according to | <
Greaves's relatives could not be reached for comment.
  > declined_comment | greaves-relatives | Greaves's relatives | could not be reached for comment | - | resp=unreachable

Dutchak did not testify at his 2002 trial.
Harold Mikkelsen, one of the two detectives who led the original investigation, retired in 2011 and could not be reached on Thursday.
  > declined_comment | mikkelsen | Harold Mikkelsen, one of the two detectives who led the original investigation | could not be reached on Thursday | - | resp=unreachable
The other detective died in 2019.
A retired sheriff's investigator who worked on the case, and who asked not to be named because he still testifies in other cases, said detectives had been under "enormous pressure" to make an arrest before the sheriff's election that fall.
  > anonymous_official | ex-investigator | A retired sheriff's investigator who worked on the case | said | > | anon=who asked not to be named because he still testifies in other cases
The Harlan County Sheriff's Office declined to comment on the report, citing the possibility of a lawsuit.
  > declined_comment | sheriff-office | The Harlan County Sheriff's Office | declined to comment on the report | - | resp=declined

Dutchak's lawyer, Imani Thorsby of the Midstate Innocence Project, said her client would seek compensation under the state's wrongful conviction law.
  > named_official | thorsby | Dutchak's lawyer, Imani Thorsby of the Midstate Innocence Project | said | >
The law pays up to $50,000 for each year of wrongful imprisonment.
The Standard-Times first reported in a 2019 series that the eyewitness had been shown Dutchak's photograph twice.
  > media_report | standard-times | The Standard-Times | first reported in a 2019 series | >
Several of Dutchak's former cellmates, who drove in for the hearing, said he had never stopped insisting he was innocent.
  > anonymous_other | cellmates | Several of Dutchak's former cellmates | said | >

The clerk's daughter, who was 9 when her mother was killed, watched from the second row.
Afterward, she said she had spent two decades believing the right man was in prison.
  > named_person | lisowski | she | said | >
"Now I don't know who to be angry at," said the daughter, Katrin Lisowski, now 32.
  > named_person | lisowski | the daughter, Katrin Lisowski, now 32 | said | <
Dutchak plans to live with his mother in Corliss while he looks for work.
  > named_person | dutchak | Dutchak | plans | to live with his mother in Corliss while he looks for work | nosrc

@excluded
Read our 2019 investigation, "The Lineup," at standardtimes.com/lineup.
Subscribe to the Standard-Times: your first month is $1.
Comments are moderated and may take up to 24 hours to appear.
''')

ARTICLES.append(r'''
@id be-ossory-heat-deaths
@style prison_heat_stroke_deaths_tv_station_web
Three deaths at Ossory prison in July were caused by heat, coroner says
  > named_official | ankrum | coroner | says | Three deaths at Ossory prison in July were caused by heat

Three men who died at the Ossory Correctional Center in July all died of heat stroke, the Pell County coroner said Wednesday, the first official confirmation that heat inside the prison played a role in the deaths.
  > named_official | ankrum | the Pell County coroner | said Wednesday | Three men who died at the Ossory Correctional Center in July all died of heat stroke
Coroner Beth Ankrum told Channel 7 that the men's body temperatures ranged from 106 to 109 degrees when they were found in their cells.
  > named_official | ankrum | Coroner Beth Ankrum | told Channel 7 | >
"These men were not sick before they went into those cells," Ankrum said.
  > named_official | ankrum | Ankrum | said | <
The state Department of Corrections identified the men as Terrell Vance, 44; Jorge Sepúlveda, 61; and Wallace Pike, 38.
  > named_organization | doc | The state Department of Corrections | identified | the men as Terrell Vance, 44; Jorge Sepúlveda, 61; and Wallace Pike, 38
In a statement, the department said the prison's housing units "are equipped with ventilation systems that meet state standards" and that staff check on inmates every 30 minutes during heat advisories.
  > named_organization | doc | the department | said | >
Only two of the prison's 11 housing units have air conditioning, according to a 2022 facilities assessment the department submitted to the legislature.
  > document | assessment | a 2022 facilities assessment the department submitted to the legislature | according to | <

Darnell Fuqua, who was released from Ossory in June after serving four years for burglary, said temperatures in his unit regularly passed 100 degrees last summer.
  > named_person | fuqua | Darnell Fuqua, who was released from Ossory in June after serving four years for burglary | said | >
"We were cooking in there," Fuqua said.
  > named_person | fuqua | Fuqua | said | <
"You'd soak your sheet in the sink and lie under it, and it'd be dry in twenty minutes."
  > named_person | fuqua | Fuqua | - | *

A corrections officer at Ossory, who spoke to Channel 7 on condition that her name not be used because she fears losing her job, said the 30-minute checks often do not happen because the prison is short-staffed.
  > anonymous_official | officer | A corrections officer at Ossory | said | > | anon=on condition that her name not be used because she fears losing her job
"Some nights there are two of us for 300 men," she said.
  > anonymous_official | officer | she | said | <
The prison had 41 percent of its officer positions vacant in June, according to department staffing data obtained by Channel 7.
  > document | staffing-data | department staffing data obtained by Channel 7 | according to | <
Relatives of other men held at Ossory have described similar conditions to Channel 7 in calls and emails over the past month.
  > anonymous_other | relatives | Relatives of other men held at Ossory | have described | similar conditions

A federal lawsuit filed in August on behalf of Sepúlveda's family alleges that guards ignored his requests for water on the night he died.
  > document | lawsuit | A federal lawsuit filed in August on behalf of Sepúlveda's family | alleges | >
The family's attorney, Octavia Reinholt, said the family wants "answers, and then accountability."
  > named_official | reinholt | The family's attorney, Octavia Reinholt | said | >
The department declined to comment on the lawsuit.
  > declined_comment | doc | The department | declined to comment on the lawsuit | - | resp=declined
The Pell County Prisoners' Rights Coalition has called for the prison's most crowded unit to be closed until air conditioning is installed.
  > named_organization | coalition | The Pell County Prisoners' Rights Coalition | has called for | >

A spokesman for Gov. Harlan Teague said the governor had ordered a report on cooling at every state prison by Sept. 15.
  > named_organization | gov-office | A spokesman for Gov. Harlan Teague | said | >
State Sen. Rhonda Pettibone, who chairs the Senate corrections committee, wants the legislature to set aside $30 million for prison air conditioning in next year's budget.
  > named_official | pettibone | State Sen. Rhonda Pettibone, who chairs the Senate corrections committee | wants | the legislature to set aside $30 million for prison air conditioning in next year's budget | nosrc
Pettibone did not respond to a request for comment on Wednesday.
  > declined_comment | pettibone | Pettibone | did not respond to a request for comment on Wednesday | - | resp=no_response
The coroner's office has not released the full autopsy reports.
Channel 7 could not confirm whether the checks were logged on the nights the men died.
The Pell County Record reported last month that the prison ran out of ice during a heat wave in mid-July.
  > media_report | record | The Pell County Record | reported last month | >

@excluded
Copyright 2026 KPCV Channel 7. All rights reserved.
Download the Channel 7 News app to get breaking news alerts.
Have a story idea? Email newstips@kpcv7.com.
Related: Heat advisory extended through Sunday for Pell County
''')

ARTICLES.append(r'''
@id be-lindenport-rental-cap
@style vacation_rental_cap_public_radio_transcript
In Lindenport, a cap on vacation rentals brings back year-round renters and angers owners

HOST (MIRIAM OYELARAN): Two years ago, the coastal city of Lindenport capped the number of short-term rental permits at 400, down from more than 1,100.
City officials say the cap has put hundreds of homes back on the long-term rental market.
  > anonymous_official | city-officials | City officials | say | >
Some owners say it has cost them their livelihoods.
  > anonymous_other | owners | Some owners | say | >
Our housing reporter, Tobias Renwick, has the story.

TOBIAS RENWICK: On a gray morning on Gull Street, Fern Adeyemi is carrying boxes into a two-bedroom cottage that, until last year, rented to tourists for $280 a night.
She now pays $1,650 a month to live here.
FERN ADEYEMI: I'd been on a waitlist for an apartment for two years.
  > named_person | adeyemi | FERN ADEYEMI | : | >
When this place came up, I cried in the car.
  > named_person | adeyemi | FERN ADEYEMI | - | *

RENWICK: The city's housing department says 312 homes that lost their short-term permits are now rented to year-round tenants, based on business license and utility records.
  > named_organization | housing-dept | The city's housing department | says | >
Housing director Colm Baptiste says that is the point.
  > named_official | baptiste | Housing director Colm Baptiste | says | that is the point
COLM BAPTISTE: We have teachers and nurses commuting forty minutes from inland because they can't find anything here.
  > named_official | baptiste | COLM BAPTISTE | : | >
Every one of those 312 homes is a family that gets to live where it works.
  > named_official | baptiste | COLM BAPTISTE | - | *

RENWICK: Not everyone sees it that way.
Gideon Marchetti owns three cottages near the boardwalk and lost the permits for two of them.
GIDEON MARCHETTI: I'm not a corporation.
  > named_person | marchetti | GIDEON MARCHETTI | : | >
I'm a retired firefighter who bought these for my retirement, and the city changed the rules after I bought them.
  > named_person | marchetti | GIDEON MARCHETTI | - | *

RENWICK: Marchetti is one of 14 owners suing the city in state court.
Their complaint argues that the cap amounts to taking their property without compensation.
  > document | complaint | Their complaint | argues | >
The city attorney's office declined to be interviewed for this story, citing the pending case.
  > declined_comment | city-attorney | The city attorney's office | declined to be interviewed for this story | - | resp=declined
Two people familiar with settlement talks told Harbor Public Radio the city has offered to restore some permits to owners who live in Lindenport year-round.
  > anonymous_familiar | familiar | Two people familiar with settlement talks | told Harbor Public Radio | >

Economist Marta Brandao of Coastal State University compared rents in Lindenport before and after the cap.
Her analysis found that median rents for two-bedroom homes fell about 4 percent in the first year, while they rose elsewhere in the county.
  > document | brandao-analysis | Her analysis | found | >
LUCIA BRANDAO: Four percent doesn't sound like much.
  > named_person | brandao | LUCIA BRANDAO | : | >
But in a market where rents were going up eight or nine percent a year, it's a real change.
  > named_person | brandao | LUCIA BRANDAO | - | *

RENWICK: Tourism businesses paint a different picture.
The Lindenport Visitors Bureau says hotel and rental bookings fell 9 percent last summer, and restaurant owners on the boardwalk told me their sales were down too.
  > named_organization | bureau | The Lindenport Visitors Bureau | says | hotel and rental bookings fell 9 percent last summer
  > anonymous_other | restaurant-owners | restaurant owners on the boardwalk | told me | their sales were down too
The city council will vote next month on a proposal to raise the cap to 550.
Council member Jolene Strick, who wrote the proposal, did not respond to our interview requests.
  > declined_comment | strick | Council member Jolene Strick, who wrote the proposal | did not respond to our interview requests | - | resp=no_response
For Harbor Public Radio, I'm Tobias Renwick in Lindenport.

@excluded
This transcript was produced by a contractor and may not be in its final form.
Support Harbor Public Radio: become a member today.
Copyright 2026 Harbor Public Radio. All rights reserved.
''')

ARTICLES.append(r'''
@id be-marisol-upzoning-live
@style transit_corridor_upzoning_council_liveblog
Live updates: Marisol City Council debates plan to allow apartments along the Eastline rail corridor

6:02 p.m.
The council meeting has started, and every seat in the chamber is taken.
The proposal would allow buildings of up to six stories on about 340 parcels within a half mile of the six Eastline stations, according to the planning department's staff report.
  > document | staff-report | the planning department's staff report | according to | <
The report estimates that the change could add about 4,800 homes over 20 years.
  > document | staff-report | The report | estimates | >

6:20 p.m.
Planning Director Bartholomew Okonkwo told the council the city has added 11,000 jobs but only 2,300 homes since 2015.
  > named_official | okonkwo | Planning Director Bartholomew Okonkwo | told the council | >
"We are not building anywhere near enough for the people who already work here," he said.
  > named_official | okonkwo | he | said | <

6:41 p.m.
Public comment has begun.
More than 90 people have signed up to speak, the city clerk's office said.
  > named_organization | clerk | the city clerk's office | said | <
The first speaker, a retired schoolteacher who has lived on Alder Street for 40 years, said a six-story building next door "would put my backyard in permanent shade."
  > named_person | whitlock | The first speaker, a retired schoolteacher who has lived on Alder Street for 40 years | said | >
The speaker, Dolores Whitlock, asked the council to limit new buildings to four stories next to single-family homes.
  > named_person | whitlock | The speaker, Dolores Whitlock | asked | the council to limit new buildings to four stories next to single-family homes

7:05 p.m.
Several speakers in yellow "Homes for Marisol" T-shirts urged the council to pass the plan without changes.
  > anonymous_other | yellow-shirts | Several speakers in yellow "Homes for Marisol" T-shirts | urged | the council to pass the plan without changes
Homes for Marisol, a coalition backed by the regional chamber of commerce and two tenant unions, says it has collected 6,000 signatures in support.
  > named_organization | homes | Homes for Marisol, a coalition backed by the regional chamber of commerce and two tenant unions | says | >
"My rent went up $400 this year," said Kwame Ostrander, a 26-year-old line cook who rents near the Fulton Street station.
  > named_person | ostrander | Kwame Ostrander, a 26-year-old line cook who rents near the Fulton Street station | said | <
"I'm not asking for a handout.
  > named_person | ostrander | Kwame Ostrander | - | *
I'm asking for a building."
  > named_person | ostrander | Kwame Ostrander | - | *

7:30 p.m.
Council member Yusuf Amberley has filed an amendment that would exempt the Alder Park neighborhood from the plan.
Amberley said the neighborhood's narrow streets "were never built for this kind of density."
  > named_official | amberley | Amberley | said | >
Critics of the amendment say Alder Park is the wealthiest neighborhood on the corridor and that exempting it would push more of the new housing into Fulton and Tanner Hill.
  > anonymous_other | critics | Critics of the amendment | say | >

8:15 p.m.
We asked the mayor's office whether Mayor Tessaly Varnum would sign the plan if the Amberley amendment passes.
A spokeswoman, Irene Caskey, said the mayor would "review whatever the council sends her."
  > named_official | caskey | A spokeswoman, Irene Caskey | said | >
Varnum has said she wants the council to pass a plan before the state's housing deadline in March.
  > named_official | varnum | Varnum | has said | >

8:52 p.m.
The plan does not name specific developers, but two of the largest parcels near the Fulton Street station are owned by Calloway Harbor Partners, according to county property records.
  > document | property-records | county property records | according to | two of the largest parcels near the Fulton Street station are owned by Calloway Harbor Partners
Calloway Harbor did not respond to an email on Tuesday evening.
  > declined_comment | calloway | Calloway Harbor | did not respond to an email on Tuesday evening | - | resp=no_response
A person familiar with the company's plans said it has drawn up designs for a 190-unit building on one of the parcels.
  > anonymous_familiar | familiar | A person familiar with the company's plans | said | >

9:40 p.m.
The council voted 5-4 to adopt the Amberley amendment.
The vote on the full plan is next.

10:12 p.m.
The plan passed, 6-3.
Okonkwo told reporters after the vote that the amendment would cut the number of new homes by roughly 600, "but the other 4,000-plus are real."
  > named_official | okonkwo | Okonkwo | told reporters after the vote | >
Homes for Marisol said in a statement that the amendment was "a gift to the one neighborhood that needed it least."
  > named_organization | homes | Homes for Marisol | said in a statement | >
We'll have a full story on marisoltribune.com in the morning.

@excluded
This live blog has ended. Follow @MarisolTribune for updates.
Comments on this post are closed.
© 2026 The Marisol Tribune
''')

ARTICLES.append(r'''
@id be-riverbend-festival-qa
@style arts_festival_lost_sponsor_director_qa
Riverbend Arts Festival director says this year's event will be "smaller, not silent" after bank sponsor exits
  > named_official | oduya | Riverbend Arts Festival director | says | this year's event will be "smaller, not silent"

For 31 years, the Riverbend Arts Festival has filled the old rail yards of Tamsworth with three days of music, theater and sculpture.
In January, its largest sponsor, the regional bank Hollister Trust, said it would end its $1.2 million annual gift, about a third of the festival's budget.
  > named_organization | hollister | its largest sponsor, the regional bank Hollister Trust | said | it would end its $1.2 million annual gift
The bank said in its announcement that it was "refocusing its giving on housing and financial education."
  > named_organization | hollister | The bank | said in its announcement | >
Some artists and festival volunteers have said privately that the bank pulled out after the festival staged a play last year that mocked the banking industry.
  > anonymous_other | artists | Some artists and festival volunteers | have said privately | >
Hollister Trust did not respond to questions about that account.
  > declined_comment | hollister | Hollister Trust | did not respond to questions about that account | - | resp=no_response
The festival's executive director, Abena Oduya, spoke with the Tamsworth Review last week.
The interview has been edited for length and clarity.

Q: How much smaller will this year's festival be?
Oduya: We're going from three stages to two, and from three days to two and a half.
  > named_official | oduya | Oduya | : | >
We had to let four of our eleven staff go, which was the hardest thing I've done in this job.
  > named_official | oduya | Oduya | - | *

Q: Two board members told the Review in February that they had been warned the play could cost the festival its sponsor.
  > anonymous_official | board-members | Two board members | told the Review in February | >
Were you warned?
Oduya: No one from the bank ever said a word to me about the play.
  > named_official | oduya | Oduya | : | >
I read about it in your paper like everyone else.
  > named_official | oduya | Oduya | - | *

Q: A letter from the bank's foundation to the festival, which the Review obtained, thanks the festival for "many years of partnership" and does not mention the play.
  > document | letter | A letter from the bank's foundation to the festival, which the Review obtained | thanks | the festival for "many years of partnership"
Do you believe the play was the reason?
Oduya: I'm not going to speculate about another organization's motives.
  > declined_comment | oduya | Oduya | not going to speculate about another organization's motives | - | resp=declined
What I can tell you is that the play sold out every night.
  > named_official | oduya | Oduya | - | *

Q: The city has offered $250,000 in emergency arts money.
Is that enough?
Oduya: It's generous, and it's not enough.
  > named_official | oduya | Oduya | : | >
The mayor knows that.
  > named_official | oduya | Oduya | - | *

Q: Arts funders in the region say corporate sponsorship of festivals has not recovered since the pandemic.
  > anonymous_other | funders | Arts funders in the region | say | >
Are you looking for another bank?
Oduya: We're talking to two companies and a family foundation.
  > named_official | oduya | Oduya | : | >
I can't name them yet.
  > declined_comment | oduya | Oduya | can't name them yet | - | resp=declined

After the interview, Mayor Delphine Araujo said in a statement that the city's offer was "a bridge, not a replacement."
  > named_official | araujo | Mayor Delphine Araujo | said in a statement | >

@excluded
This interview is part of the Review's Culture Desk series.
Share this story
Log in to comment.
© 2026 The Tamsworth Review
''')

ARTICLES.append(r'''
@id be-ardmore-docket
@style county_courthouse_weekly_docket_newsletter
The Docket: A mistrial in the Quill Street arson case, six years for the pension thief, and a new jail health contract

Good morning, and welcome to The Docket, our weekly look at what happened in the Ardmore County courthouse.

THE ARSON CASE
Judge Ezekiel Fairbanks declared a mistrial on Wednesday in the trial of Corwin Belcourt, the former landlord accused of setting fire to his own apartment building on Quill Street in 2023.
The jury's note to the judge, read aloud in court, said the jurors were "hopelessly deadlocked" after four days of deliberations.
  > document | jury-note | The jury's note to the judge, read aloud in court | said | >
One juror, who spoke to The Docket on condition of anonymity because the judge asked jurors not to discuss the case, said the panel had split 8-4 in favor of conviction.
  > anonymous_other | juror | One juror | said | > | anon=on condition of anonymity because the judge asked jurors not to discuss the case
The juror said several holdouts doubted the fire marshal's testimony about where the fire started.
  > anonymous_other | juror | The juror | said | >
Assistant District Attorney Priscilla Navarro said her office would retry the case.
  > named_official | navarro | Assistant District Attorney Priscilla Navarro | said | >
Belcourt's lawyer, Augustin Feeney, said the mistrial showed that "the state's case has a hole in the middle of it."
  > named_official | feeney | Belcourt's lawyer, Augustin Feeney | said | >
Belcourt did not testify.

THE PENSION THEFT
Lorraine Hubbell, the former treasurer of the Ardmore County firefighters' pension fund, was sentenced on Monday to six years in prison for stealing $2.3 million from the fund over eight years.
In a letter to the court, Hubbell wrote that she took the money to cover gambling debts and had "lied to everyone who trusted me."
  > named_person | hubbell | Hubbell | wrote | >
Judge Maribel Sandoval said the sentence had to reflect "the harm done to the families who depend on that fund."
  > named_official | sandoval | Judge Maribel Sandoval | said | >
The fund's board chairman, Captain Desmond Ruehl, told the court that the fund had recovered about $400,000 through an insurance claim.
  > named_official | ruehl | The fund's board chairman, Captain Desmond Ruehl | told the court | >
Several retired firefighters in the gallery said afterward that six years was not enough.
  > anonymous_other | retirees | Several retired firefighters in the gallery | said afterward | >
Hubbell's lawyer had asked for probation, according to a sentencing memorandum filed last week.
  > document | memo | a sentencing memorandum filed last week | according to | <

THE JAIL CONTRACT
The county commission voted 4-1 on Tuesday to give a five-year, $38 million contract for jail medical care to Sentinel Correctional Health, replacing a vendor it fired last spring.
A state audit released in March found that the previous vendor had left 62 nursing shifts unfilled in a single month.
  > document | audit | A state audit released in March | found | >
Commissioner Leland Pardo, who cast the lone no vote, said Sentinel had been sued over inmate deaths in at least three other states.
  > named_official | pardo | Commissioner Leland Pardo, who cast the lone no vote | said | >
A Sentinel spokeswoman said the company "has a strong record of patient care" and does not comment on pending litigation.
  > named_organization | sentinel | A Sentinel spokeswoman | said | >
Sheriff Odell Kemper wants the new vendor in place by July 1.
  > named_official | kemper | Sheriff Odell Kemper | wants | the new vendor in place by July 1 | nosrc
His office could not be reached for comment on Thursday.
  > declined_comment | kemper-office | His office | could not be reached for comment on Thursday | - | resp=unreachable

ON THE CALENDAR
The Belcourt retrial has not been scheduled.
Jury selection in the Harwood carjacking trial begins Monday.

@excluded
You're receiving The Docket because you signed up at ardmorebeacon.com/newsletters.
Forward this email to a friend who likes court news.
Unsubscribe or manage your email preferences.
© 2026 The Ardmore Beacon
''')

ARTICLES.append(r'''
@id be-eviction-machine
@style serial_eviction_filing_landlord_magazine_feature
The Eviction Machine

How one out-of-state landlord became the busiest plaintiff in Greywater County's housing court, and why its tenants say they never saw it coming.
  > anonymous_other | tenants | its tenants | say | they never saw it coming

On the morning I met Shanice Collier, she had been a defendant in housing court four times in two years, and she had never once been more than a week behind on her rent.
"Every time, I paid, and every time, they filed again," Collier, a 37-year-old home health aide, told me at her kitchen table in the Brookhollow Apartments.
  > named_person | collier | Collier, a 37-year-old home health aide | told me at her kitchen table in the Brookhollow Apartments | <
"It's like they want the paper on you."
  > named_person | collier | Collier | - | *
Brookhollow is one of 23 complexes in Greywater County owned by affiliates of Kestrel Peak Residential, a private real estate firm that began buying apartments in the county in 2020, according to county property records.
  > document | property-records | county property records | according to | <
Since 2021, Kestrel Peak's affiliates have filed 3,140 eviction cases in Greywater County, more than any other landlord, according to an analysis of court records by this magazine.
  > document | analysis | an analysis of court records by this magazine | according to | <
About two-thirds of those cases were dismissed after the tenant paid, the analysis found.
  > document | analysis | the analysis | found | <

Housing lawyers call the practice "serial filing."
  > anonymous_other | housing-lawyers | Housing lawyers | call | the practice "serial filing."
A filing costs the landlord $96 and lets it add late fees and court costs to the tenant's bill, said a lawyer at Greywater Legal Aid who has represented dozens of Kestrel Peak tenants.
  > named_official | ilves | a lawyer at Greywater Legal Aid who has represented dozens of Kestrel Peak tenants | said | <
"And the case shows up on a tenant screening report whether or not the tenant won," said the lawyer, Margarethe Ilves.
  > named_official | ilves | the lawyer, Margarethe Ilves | said | <
"So the next landlord just sees that you were sued."
  > named_official | ilves | the lawyer, Margarethe Ilves | - | *

Kestrel Peak's chief operating officer, Luther Vashti, said in an emailed statement that the company files cases only "when a resident has not paid rent owed under the lease" and that it "works with residents on payment plans whenever possible."
  > named_official | vashti | Kestrel Peak's chief operating officer, Luther Vashti | said in an emailed statement | >
He declined to be interviewed.
  > declined_comment | vashti | He | declined to be interviewed | - | resp=declined
A former property manager at two Kestrel Peak complexes told me that the company set monthly targets for eviction filings at each property.
  > anonymous_official | ex-manager | A former property manager at two Kestrel Peak complexes | told me | >
"If you were under the number, the regional office called you," said the former manager, who asked not to be named because she signed a nondisclosure agreement when she left.
  > anonymous_official | ex-manager | the former manager | said | < | anon=who asked not to be named because she signed a nondisclosure agreement when she left
Two internal emails she provided, both from 2022, ask managers to "keep filing volume up" at properties where "collections are lagging."
  > document | emails | Two internal emails she provided, both from 2022 | ask | >
Kestrel Peak did not respond to questions about the emails.
  > declined_comment | kestrel | Kestrel Peak | did not respond to questions about the emails | - | resp=no_response

The county's chief housing judge, Renfrew Tobias, said his court has no authority to refuse a case that meets the legal requirements for filing.
  > named_official | tobias | The county's chief housing judge, Renfrew Tobias | said | >
"We are not gatekeepers," he said.
  > named_official | tobias | he | said | <
State Rep. Anita Osterberg has introduced a bill that would limit how many times a landlord can file against the same tenant in a year.
The bill would "punish the owners who follow the rules," said Burke Hallam, the director of the Greywater Apartment Association, which represents landlords.
  > named_official | hallam | Burke Hallam, the director of the Greywater Apartment Association, which represents landlords | said | <
Some economists argue that limits on filings would lead landlords to screen tenants more harshly.
  > anonymous_other | economists | Some economists | argue | >
The Greywater Sentinel reported in 2023 that one Kestrel Peak affiliate had filed against the same tenant 11 times in 14 months.
  > media_report | sentinel | The Greywater Sentinel | reported in 2023 | >

Collier moved out of Brookhollow in January.
She wants to buy a house someday.
  > named_person | collier | She | wants | to buy a house someday | nosrc
"But I know what comes up when they run my name," she said.
  > named_person | collier | she | said | <

@excluded
This article appears in the Spring 2026 issue of Lantern Quarterly.
Illustrations by Odile Marchand for Lantern Quarterly.
Letters to the editor: write to letters@lanternquarterly.org.
''')

ARTICLES.append(r'''
@id be-pellham-conversion
@style office_tower_conversion_lender_pullout_trade_journal
Pellham Tower conversion stalls as lender pulls out; Port Adrian weighs a longer tax break

PORT ADRIAN -- Plans to turn the 31-story Pellham Trust Tower into 412 apartments have stalled after the project's construction lender backed out, according to two people with knowledge of the financing.
  > anonymous_familiar | knowledge | two people with knowledge of the financing | according to | <
The developer, Quarry Lane Partners, confirmed that its lender, Anvil Street Capital, had withdrawn a $148 million loan commitment last month, but said it was "in active discussions with replacement lenders."
  > named_organization | quarry | The developer, Quarry Lane Partners | confirmed | that its lender, Anvil Street Capital, had withdrawn a $148 million loan commitment last month
  > named_organization | quarry | The developer, Quarry Lane Partners | said | it was "in active discussions with replacement lenders."
Anvil Street declined to comment.
  > declined_comment | anvil | Anvil Street | declined to comment | - | resp=declined
One of the people said the lender had grown worried that construction costs, now estimated at $410 a square foot, would outrun the rents the building could charge.
  > anonymous_familiar | knowledge | One of the people | said | >
The terms of the original loan could not be confirmed.

Downtown Port Adrian's office vacancy rate reached 31 percent in the fourth quarter, according to a report by the brokerage Tillman Roe.
  > document | tillman-report | a report by the brokerage Tillman Roe | according to | <
Quarry Lane bought the tower for $61 million in 2023, about 70 percent less than its 2016 sale price, according to county deed records.
  > document | deeds | county deed records | according to | <
The city's economic development office has proposed extending a property tax abatement for conversions from 10 years to 20, and the City Council will take up the proposal in April.
Deputy Mayor Farrah Quintanilla said the longer abatement would "make the math work" for at least a dozen mostly empty buildings.
  > named_official | quintanilla | Deputy Mayor Farrah Quintanilla | said | >
"Every empty tower downtown is a tax bill the rest of the city pays," she told Multifamily Dealbook.
  > named_official | quintanilla | she | told Multifamily Dealbook | <
The city has not identified the other buildings that might qualify.

Some council members have questioned whether the city can afford to give up the revenue.
  > anonymous_official | council-members | Some council members | have questioned | whether the city can afford to give up the revenue
An analysis by the city's budget office, dated Feb. 3 and obtained by Multifamily Dealbook, estimates that the longer abatement would cost the city $46 million over 20 years if eight buildings use it.
  > document | budget-analysis | An analysis by the city's budget office, dated Feb. 3 and obtained by Multifamily Dealbook | estimates | >
Council budget chair Teodor Marsalek said he had not seen the analysis.
  > named_official | marsalek | Council budget chair Teodor Marsalek | said | >
Conversions work for only a narrow slice of office buildings, said Harriet Quon, a principal at the architecture firm Quon Lattimer who has studied conversions in five cities.
  > named_person | quon | Harriet Quon, a principal at the architecture firm Quon Lattimer who has studied conversions in five cities | said | <
"Deep floor plates mean interior bedrooms with no windows, and no tax break fixes that," she said.
  > named_person | quon | she | said | <

Other owners are watching the Pellham project closely, said a broker who has marketed two downtown towers to conversion buyers this year and who asked not to be named because the owners have not publicly put the buildings up for sale.
  > anonymous_other | broker | a broker who has marketed two downtown towers to conversion buyers this year | said | < | anon=who asked not to be named because the owners have not publicly put the buildings up for sale
Quarry Lane's managing partner, Evander Stiles, wants to begin gutting the tower's interior by summer.
  > named_official | stiles | Quarry Lane's managing partner, Evander Stiles | wants | to begin gutting the tower's interior by summer | nosrc
Stiles did not respond to a request for an interview.
  > declined_comment | stiles | Stiles | did not respond to a request for an interview | - | resp=no_response
The Port Adrian Business Times first reported Anvil Street's withdrawal.
  > media_report | pabt | The Port Adrian Business Times | first reported | Anvil Street's withdrawal

@excluded
Multifamily Dealbook is a subscriber-only publication. Please do not forward.
For reprints and permissions, contact permissions@dealbookmedia.com.
© 2026 Dealbook Media Group
''')

ARTICLES.append(r'''
@id be-thornbury-takedown
@style campus_officer_takedown_video_student_paper
Video of campus officer taking down Thornbury sophomore prompts outside review, dean of students says
  > named_official | fallon | dean of students | says | Video of campus officer taking down Thornbury sophomore prompts outside review

A 40-second video of a Thornbury College police officer pushing a sophomore to the ground outside Ashcombe Library on Friday night has been viewed more than 200,000 times and has prompted an outside review, administrators said Monday.
  > anonymous_official | administrators | administrators | said Monday | A 40-second video of a Thornbury College police officer pushing a sophomore to the ground outside Ashcombe Library on Friday night ;; has prompted an outside review
The student, Idris Kamau, 19, was arrested on a charge of resisting an officer, according to the college police department's daily crime log.
  > document | crime-log | the college police department's daily crime log | according to | <
The Ellery County district attorney's office dropped the charge on Sunday.
Kamau told the Clarion he had been waiting outside the library for a friend when the officer asked to see his student ID.
  > named_person | kamau | Kamau | told the Clarion | >
"I reached into my backpack for it, and the next thing I knew my face was on the concrete," Kamau said.
  > named_person | kamau | Kamau | said | <
The video, filmed by another student from across the plaza, does not show what happened before the officer reached Kamau.

Dean of Students Marguerite Fallon said in an email to students on Monday that the college had hired an outside investigator to review the officer's conduct.
  > named_official | fallon | Dean of Students Marguerite Fallon | said in an email to students on Monday | >
"I have watched the video, and I understand why so many of you are upset," Fallon wrote.
  > named_official | fallon | Fallon | wrote | <
The college has not named the officer.
The officer has been placed on paid leave, said Campus Police Chief Warren Dunmore, who declined to answer further questions.
  > named_official | dunmore | Campus Police Chief Warren Dunmore | said | <
  > declined_comment | dunmore | Campus Police Chief Warren Dunmore | declined to answer further questions | - | resp=declined
An officer in the department, who spoke on condition of anonymity because officers have been told not to discuss the incident, said the officer involved had been on the force for less than a year.
  > anonymous_official | dept-officer | An officer in the department | said | > | anon=who spoke on condition of anonymity because officers have been told not to discuss the incident

The Student Assembly voted 19-2 on Sunday night for a resolution that calls on the college to disarm its officers.
  > document | resolution | a resolution | calls on | the college to disarm its officers
Student Assembly President Priya Ventimiglia said the vote was "the closest thing to unanimous I've seen in three years here."
  > named_official | ventimiglia | Student Assembly President Priya Ventimiglia | said | >
Not every student agrees.
"The officers are the reason I feel safe walking home from work at 2 a.m.," said Colby Reinhart, a junior who works the night shift at the library.
  > named_person | reinhart | Colby Reinhart, a junior who works the night shift at the library | said | <
Several students interviewed by the Clarion said they had seen the same officer stop Black students for identification more often than white students.
  > anonymous_other | students | Several students interviewed by the Clarion | said | >
The Clarion could not independently verify their accounts.

The college's police policy manual, which is posted on its website, says officers may ask for identification only when they have "a reasonable basis" to believe a person is not authorized to be on campus.
  > document | manual | The college's police policy manual, which is posted on its website | says | >
An open letter signed by 140 faculty members asks the college to release the officer's body-camera footage.
  > document | faculty-letter | An open letter signed by 140 faculty members | asks | >
A college spokesman, Teddy Arkwright, said the college would not release the footage while the review is underway.
  > named_official | arkwright | A college spokesman, Teddy Arkwright | said | >
The Ellery Examiner reported in 2024 that the college paid $85,000 to settle a complaint by a student who said a campus officer broke his wrist during an arrest.
  > media_report | examiner | The Ellery Examiner | reported in 2024 | >
Kamau plans to file a complaint with the county's civilian review board, he said.
  > named_person | kamau | he | said | <

@excluded
The Thornbury Clarion is the independent student newspaper of Thornbury College.
Have a tip? Email news@thornburyclarion.com.
Leave a Reply
Your email address will not be published. Required fields are marked *
''')

ARTICLES.append(r'''
@id be-mount-hebron-explainer
@style church_parking_lot_senior_housing_rezoning_explainer
What to know about Mount Hebron church's plan to build senior apartments on its parking lot

Mount Hebron Missionary Baptist Church in the Cedar Flats neighborhood of Ashgrove wants to build 80 apartments for low-income seniors on the lot where its members have parked for six decades.
  > named_organization | church | Mount Hebron Missionary Baptist Church in the Cedar Flats neighborhood of Ashgrove | wants | to build 80 apartments for low-income seniors on the lot where its members have parked for six decades | nosrc
The Ashgrove Planning Commission will hold a hearing on the church's rezoning request on Thursday.
Here is what we know.

What is the church proposing?
The plan calls for a four-story building with 80 one-bedroom apartments for people 62 and older who earn less than 60 percent of the area median income, according to the application the church filed with the city in October.
  > document | application | the application the church filed with the city in October | according to | <
The church would lease the land for 99 years to Lamplight Housing, a nonprofit developer that would build and manage the apartments.
Pastor Josiah Okereke said the idea came from longtime members who could no longer afford to live near the church.
  > named_official | okereke | Pastor Josiah Okereke | said | >
"We have members who drive an hour each way on Sunday because they were priced out of the neighborhood they grew up in," Okereke said.
  > named_official | okereke | Okereke | said | <
"This is us bringing them home."
  > named_official | okereke | Okereke | - | *

Why does it need a rezoning?
The lot is zoned for single-family houses, which would allow no more than 11 homes on the site, according to the planning department's staff report.
  > document | staff-report | the planning department's staff report | according to | <
The report recommends that the commission approve the rezoning with conditions, including a height limit of 48 feet.
  > document | staff-report | The report | recommends | >
A state law passed in 2024 lets congregations build affordable housing on their land without a rezoning in some areas, but the Mount Hebron lot does not qualify because it sits within 500 feet of a historic district.

Who opposes it?
A group of neighbors has gathered about 300 signatures on a petition that asks the commission to reject the rezoning.
  > document | petition | a petition | asks | the commission to reject the rezoning
Lydia Vantongeren, a retired engineer who lives two doors from the church and helped start the petition, said the building would bring traffic and parking problems to streets that are already crowded on Sundays.
  > named_person | vantongeren | Lydia Vantongeren, a retired engineer who lives two doors from the church and helped start the petition | said | >
"Nobody is against seniors," she said.
  > named_person | vantongeren | she | said | <
"We're against a four-story building in the middle of a block of bungalows."
  > named_person | vantongeren | she | - | *
Some opponents have also questioned whether the church, which has about 250 members, can afford its share of the costs.
  > anonymous_other | opponents | Some opponents | have also questioned | >
Okereke said Lamplight would pay for construction and that the church would not take on debt.
  > named_official | okereke | Okereke | said | >

What happens next?
The commission's recommendation will go to the City Council, which has the final say.
A commission member, who asked not to be named because commissioners are not supposed to discuss pending applications, said the commission was likely to approve the rezoning but might lower the height limit to three stories.
  > anonymous_official | commissioner | A commission member | said | > | anon=who asked not to be named because commissioners are not supposed to discuss pending applications
Lamplight's director, Benedikt Szalai, said a three-story building would not work financially.
  > named_official | szalai | Lamplight's director, Benedikt Szalai | said | >
Council member Nadia Gallagher, whose district includes Cedar Flats, has not said how she will vote.
Gallagher did not respond to questions from the Dispatch this week.
  > declined_comment | gallagher | Gallagher | did not respond to questions from the Dispatch this week | - | resp=no_response
The Dispatch reported in November that two other Ashgrove congregations were considering similar projects.
  > media_report | dispatch | The Dispatch | reported in November | >

@excluded
The Ashgrove Dispatch is a nonprofit newsroom. Donate today to support local news.
Republish this story for free under a Creative Commons license.
Sign up for the Dispatch Daily newsletter.
''')

ARTICLES.append(r'''
@id be-quist-obituary
@style sculptor_council_member_obituary_corrected
Theodora Quist, sculptor of Tessington's dockworkers statue and two-term council member, dies at 88

TESSINGTON -- Theodora Quist, whose 14-foot bronze of three dockworkers became the unofficial symbol of this port city, and who later served two terms on its City Council, died on Tuesday at her home on Wick Hill.
She was 88.
The cause was heart failure, said her son, Anselm Quist.
  > named_person | anselm | her son, Anselm Quist | said | <
Quist's "The Hands That Built Us," installed at the foot of Ferry Street in 1979, was commissioned by the dockworkers' union after a strike that had divided the city.
She spent three years on it, working from photographs of men she had met on the docks, according to a 1980 profile in the Herald.
  > media_report | herald | a 1980 profile in the Herald | according to | <
"She used to say that she didn't sculpt the men, she sculpted how tired they were," her son said.
  > named_person | anselm | her son | said | <

Mayor Gilbert Arkell said in a statement that Quist had "taught this city to look at itself."
  > named_official | arkell | Mayor Gilbert Arkell | said in a statement | >
The mayor ordered flags at City Hall lowered to half-staff through Sunday.
Born Theodora Lindahl in 1937 in the farming village of Osk, she came to Tessington at 19 to study at the Harborside School of Art, where she later taught for 30 years.
Some critics dismissed the statue as sentimental when it was unveiled.
  > anonymous_other | critics | Some critics | dismissed | the statue as sentimental
A 1979 review in the Herald called it "a postcard in bronze."
  > media_report | herald | A 1979 review in the Herald | called | it "a postcard in bronze."
"She kept that review on her refrigerator for 40 years," Anselm Quist said.
  > named_person | anselm | Anselm Quist | said | <

Her turn to politics came in 1991, when she ran for City Council to stop a plan to move the statue to make way for a parking garage.
She won by 212 votes.
Cyril Penrose, who served with her on the council and often voted against her, said Quist was "the only person in that room who never checked which way the wind was blowing."
  > named_person | penrose | Cyril Penrose, who served with her on the council and often voted against her | said | >
The Harborside School of Art, which named its sculpture studio for her in 2015 and removed her name in 2021 after a dispute over her papers, did not respond to a request for comment.
  > declined_comment | harborside | The Harborside School of Art, which named its sculpture studio for her in 2015 and removed her name in 2021 after a dispute over her papers | did not respond to a request for comment | - | resp=no_response
The Tessington Museum of Art, which owns 22 of her smaller works, said it would mount a memorial exhibition in the spring.
  > named_organization | museum | The Tessington Museum of Art, which owns 22 of her smaller works | said | >
The museum has not set a date.

A retired longshoreman who posed for one of the three figures in 1977 visited the statue on Wednesday morning and left carnations at its base.
"She made me look better than I did," said the man, Ruben Castellano, now 91.
  > named_person | castellano | the man, Ruben Castellano, now 91 | said | <
Local 9 of the International Dockworkers Union, which commissioned the statue, said on its website that its members would serve as pallbearers.
  > named_organization | local9 | Local 9 of the International Dockworkers Union, which commissioned the statue | said on its website | >
Her husband, the painter Olaf Quist, died in 2008.
In addition to her son, she is survived by a daughter, Mirela Quist-Oyen; a sister; and four grandchildren.
A funeral will be held on Saturday at the Church of the Holy Redeemer, her daughter said.
  > named_person | mirela | her daughter | said | <

@excluded
Correction: An earlier version of this obituary misstated the year the statue was installed. It was 1979, not 1981.
This story has been updated with comments from the mayor and details of the funeral.
Share your memories of Theodora Quist in the comments below.
© 2026 The Tessington Herald
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
