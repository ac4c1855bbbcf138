"""Build corpus/articles/ba.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, all about elections, campaigns, legislatures and city councils, labor and workplaces,
and schools and universities (provincial_tally_suspension_wire,
council_member_residency_challenge_hearing, school_bus_driver_walkout_tv_site,
warehouse_heat_illness_union_vote_radio, statehouse_budget_overnight_teacher_raises_liveblog,
branch_campus_closure_chancellor_qa, statehouse_primary_mailer_blitz_newsletter,
noodle_factory_nine_month_strike_feature, school_construction_prevailing_wage_trade_weekly,
student_senate_election_voided_campus_paper, school_board_recall_petition_explainer,
wage_initiative_signature_count_corrected), one set in an invented country, in the voices of
twelve kinds of outlet (a wire dispatch on a halted vote count, a local daily covering a
council member's residency hearing with a headline and a dek that both attribute, a local
television station's website citing its own crews and its own earlier reporting, a
public-radio transcript with host, reporter and speaker labels, a statehouse live blog with
timestamps, an edited interview whose questions themselves cite a letter, a rival paper and
anonymous officials, a politics newsletter with capitalised section heads, a first-person
magazine feature with a dek carrying two attributions, a construction trade weekly, a student
newspaper, an explainer whose subheads are questions, and a nonprofit newsroom's story whose
footer carries a correction and an update note). Each is built to test source typing and
grouping: an election commission chairman, a candidate, a council member, a city clerk, a
mayor's chief of staff, a union president, a superintendent, a school board president,
legislative leaders, a governor, a chancellor, a mayor, a campaign treasurer, an incumbent
lawmaker, an ethics director, a chief executive, a company vice president, a trade group
president, a lobbyist, a senator, a school boards director, student government officers, a
dean, a registrar, a recall group founder, district spokespeople by name, and lawyers speaking
for clients; a political scientist, a neighbour named only after her first mention, a parent,
a teacher, a warehouse worker, a labor-law professor, a striker named after she is described,
a cafe owner, a student, a retired mechanic and a restaurant owner; commissions, parties,
observer missions, ministries, a district, a bus contractor, a warehouse company and its
statement, a union, a caucus, a university, a builders' council, a trades council, a city
attorney's office and unnamed spokespeople; anonymous officials with and without a stated
reason (a commission official, diplomats, a district official, a governor's aide, lawmakers,
vice chancellors, committee members, superintendents, a warehouse manager heard on a
recording, a commission member writing an email, former clerk's office employees); people
familiar (people close to a party's leadership, attendees of meetings, a person who attended
lobbying meetings); vague sources (analysts, parents, workers on the company's side who give a
reason, organizers, consultants who give a reason, party insiders, strikers, a replacement
worker who gives a reason, labor lawyers, residents at a hearing, students, political
scientists, forty-six voters in sworn statements); documents (preliminary results, a poll, a
city charter, a timeline, inspection records, a labor board filing, a bill-tracking site, a fiscal memo, university data, a faculty letter, ethics
filings, mailers, legislative records, state law, a staff analysis, a study, a commission
report, emails, certified results, a meeting video, enrollment figures, finance reports, a
tally, a clerk's determination); media reports (a partisan radio station, the outlet's own
earlier reporting in four stories, a rival paper cited in an interview question, another
paper's reporter on social media); non-answers of all three kinds, one inside an interview
answer and two in one sentence; people described first and named later; quotes over several
sentences, within interview answers and speaker turns too; split content; headline and dek attributions; two
attributions in one sentence; and look-alikes left unannotated or marked not sourcing
("did not appear in public", "could not be independently confirmed", "did not call any other
witnesses", "has not said whether", "has not voted", "has not taken a position", "does not
say", "is not naming", "we have not confirmed", "could not confirm", "it could not be
confirmed", "neither side has said"; "reports" introducing the outlet's own correspondent;
"wants", "plans", "agreed" and "proposed" in the reporter's voice, and "wants" inside content credited
to a named official). All twelve end with a footer of excluded boilerplate. Nothing is
trained or tuned on them. Same line format and builder as ``build_articles_b.py`` (read its
docstring).

Run: python corpus/build_articles_ba.py [--render]
     python corpus/build_articles_ba.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "ba.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id ba-lusarne-upper-tessel-count-halt
@style provincial_tally_suspension_wire
Lusarne halts vote count in Upper Tessel after data center failure; opposition candidate says "the numbers were moving"
  > named_official | mertz | opposition candidate | says | "the numbers were moving"

VELMONT, Lusarne -- Lusarne's electoral commission suspended the count in Upper Tessel province on Monday, a day after a closely fought regional election, saying a power failure at its data center had corrupted results from 212 polling stations.
  > named_organization | commission | Lusarne's electoral commission | saying | >
Preliminary results posted on the commission's website before the suspension showed the governing Unity Party's candidate for governor, Teodor Brandis, leading the Civic Front's Ilona Mertz by 0.8 percentage points with about 70 percent of stations reporting.
  > document | prelim | Preliminary results posted on the commission's website before the suspension | showed | >
The Civic Front called the suspension an attempt to buy time to alter the tally.
  > named_organization | civic-front | The Civic Front | called | the suspension an attempt to buy time to alter the tally
"The numbers were moving in our direction, and then the lights went out," Mertz told supporters outside the commission's regional office in Tessel City.
  > named_official | mertz | Mertz | told supporters outside the commission's regional office in Tessel City | <
"We will not leave this square until every ballot is counted."
  > named_official | mertz | Mertz | - | *

The count, commission chairman Pavel Duric said in a televised statement, would resume on Wednesday once technicians restored the servers from backups, and no ballots had been lost.
  > named_official | duric | commission chairman Pavel Duric | said in a televised statement | The count ;; would resume on Wednesday once technicians restored the servers from backups, and no ballots had been lost
He said the paper ballots, which are kept under police guard at each district office, remained the legal record of the vote.
  > named_official | duric | He | said | >
A senior commission official, who spoke on condition of anonymity because he was not authorized to discuss the outage, said the backup servers had not been tested since 2022.
  > anonymous_official | commission-official | A senior commission official | said | > | anon=who spoke on condition of anonymity because he was not authorized to discuss the outage
The official said engineers were still trying to determine whether the failure was caused by a faulty generator or by someone switching off the supply.
  > anonymous_official | commission-official | The official | said | >

The Unity Party accused the opposition of "inflaming the streets" and said it would accept whatever result the commission certified.
  > named_organization | unity | The Unity Party | accused | the opposition of "inflaming the streets"
  > named_organization | unity | The Unity Party | said | it would accept whatever result the commission certified
Brandis did not appear in public on Monday.
His campaign did not respond to questions about the outage.
  > declined_comment | brandis-campaign | His campaign | did not respond to questions about the outage | - | resp=no_response
Observers from the Regional Democracy Mission, which monitored 300 polling stations, said in an interim report that voting had been "orderly and largely free" but that they had been denied entry to the data center on Sunday night.
  > named_organization | rdm | Observers from the Regional Democracy Mission, which monitored 300 polling stations | said in an interim report | >
Two Western diplomats in Velmont said their governments had privately urged the commission to publish results station by station.
  > anonymous_official | diplomats | Two Western diplomats in Velmont | said | >

Tessel Radio, a station owned by a Civic Front donor, reported that police had blocked roads into the provincial capital on Monday evening.
  > media_report | tessel-radio | Tessel Radio, a station owned by a Civic Front donor | reported | >
That report could not be independently confirmed.
An Interior Ministry spokesman denied that any roads had been closed.
  > named_organization | interior | An Interior Ministry spokesman | denied | that any roads had been closed
A poll by the Lusarne Institute of Public Opinion a week before the vote showed Mertz ahead by two points, within its margin of error.
  > document | poll | A poll by the Lusarne Institute of Public Opinion a week before the vote | showed | >
Some analysts in Velmont said the outage would damage trust in the commission whatever the final result.
  > anonymous_other | analysts | Some analysts in Velmont | said | >
"Even if the count is perfect, half the province will not believe it," said Jana Kolar, a political scientist at Velmont University.
  > named_person | kolar | Jana Kolar, a political scientist at Velmont University | said | <

Upper Tessel, a coal-mining region of 1.9 million people, has voted for the Unity Party in every regional election since 2006.
People close to the Unity Party leadership said the party had begun discussing whether Brandis should step aside if he lost, to limit the damage before next year's national election.
  > anonymous_familiar | close-unity | People close to the Unity Party leadership | said | >
Party officials declined to discuss the matter.
  > declined_comment | unity | Party officials | declined to discuss the matter | - | resp=declined

@excluded
Reporting by Mira Halvorsen in Velmont; editing by Tomas Becker
Our standards: the Northgate Press Agency Trust Principles.
© 2025 Northgate Press Agency. All rights reserved.
''')

ARTICLES.append(r'''
@id ba-marlow-falls-delacorte-residency-hearing
@style council_member_residency_challenge_hearing
Delacorte's water bills show an empty house, lawyer for challengers tells clerk
  > named_official | pike | lawyer for challengers | tells | Delacorte's water bills show an empty house

Ward 3 council member says he sleeps at his late mother's house "most nights" and calls the challenge political
  > named_official | delacorte | Ward 3 council member | says | he sleeps at his late mother's house "most nights"
  > named_official | delacorte | Ward 3 council member | calls | the challenge political

MARLOW FALLS -- A lawyer for three Ward 3 residents told the city clerk on Tuesday that Council member Ricky Delacorte has not lived in the ward he represents for at least 18 months, pointing to water bills that show almost no use at the Orchard Street house he lists as his home.
  > named_official | pike | A lawyer for three Ward 3 residents | told the city clerk on Tuesday | >
The lawyer, Gregory Pike, said the house used an average of 140 gallons of water a month in 2024, about what one person uses in two days.
  > named_official | pike | The lawyer, Gregory Pike | said | >
Copies of the bills, obtained by the residents through a public records request, were entered into the record.
Delacorte, 44, testified for nearly an hour.
He said he had moved into the house in 2023 to care for his mother and had kept sleeping there "most nights" since her death last year, even while renovating a duplex he owns in neighboring Ward 5.
  > named_official | delacorte | He | said | >
"I grew up on Orchard Street," he said.
  > named_official | delacorte | he | said | <
"I have voted from that address for 20 years, and nobody asked me a single question until I voted against the stadium."
  > named_official | delacorte | he | - | *
His lawyer, Nadine Farraday, argued that low water use proved nothing, because Delacorte often showered at his gym and ate most meals at his partner's apartment.
  > named_official | farraday | His lawyer, Nadine Farraday | argued | >
Farraday did not call any other witnesses.

A neighbor who testified at the challengers' request said she had rarely seen a light on in the house after dark since last spring.
  > named_person | whitfield | A neighbor who testified at the challengers' request | said | >
The neighbor, Rosa Whitfield, who has lived across the street for 31 years, said she had seen Delacorte's car parked overnight outside the duplex "more mornings than not."
  > named_person | whitfield | The neighbor, Rosa Whitfield, who has lived across the street for 31 years | said | >
Whitfield is one of the three residents who filed the challenge.
City Clerk Anita Morales, who presided over the hearing, said she would issue a written decision within 30 days.
  > named_official | morales | City Clerk Anita Morales, who presided over the hearing | said | >
If Morales finds that Delacorte does not live in the ward, the city charter requires the council to declare the seat vacant and appoint a replacement until a special election.
  > document | charter | the city charter | requires | the council to declare the seat vacant and appoint a replacement until a special election

Delacorte has said the challenge was organized by allies of Mayor Jerome Hutch, whose plan to spend $60 million on a minor-league stadium he voted against in March.
  > named_official | delacorte | Delacorte | has said | >
Hutch's chief of staff, Leon Barrett, called that claim "ridiculous" and said the mayor had no role in the challenge.
  > named_official | barrett | Hutch's chief of staff, Leon Barrett | called | that claim "ridiculous"
  > named_official | barrett | Hutch's chief of staff, Leon Barrett | said | the mayor had no role in the challenge
Two people who attended an April meeting of the challengers said a mayoral aide was present.
  > anonymous_familiar | attendees | Two people who attended an April meeting of the challengers | said | >
The mayor's office did not respond to a follow-up question about the meeting.
  > declined_comment | mayor-office | The mayor's office | did not respond to a follow-up question about the meeting | - | resp=no_response

The Sentinel reported in June that Delacorte had registered his car at the duplex address when he renewed the registration in January.
  > media_report | sentinel | The Sentinel | reported in June | >
Delacorte said Tuesday that the registration was a clerical error.
  > named_official | delacorte | Delacorte | said Tuesday | >
A spokesman for the state motor vehicle office declined to discuss an individual's records.
  > declined_comment | dmv | A spokesman for the state motor vehicle office | declined to discuss an individual's records | - | resp=declined
Residents who spoke during the public portion of the hearing were divided.
Several said Delacorte had been a responsive council member no matter where he slept.
  > anonymous_other | residents | Several | said | >
Delacorte plans to seek a third term next year.
  > named_official | delacorte | Delacorte | plans | to seek a third term next year | nosrc
He has not said whether he would appeal an adverse ruling to Tolland County Circuit Court.

@excluded
Read more of the Sentinel's Marlow Falls City Hall coverage.
Sign up for Sentinel Alerts to get breaking news by text.
Comments on this story are moderated and may take up to an hour to appear.
© 2025 The Marlow Falls Sentinel
''')

ARTICLES.append(r'''
@id ba-pinecrest-bus-driver-walkout
@style school_bus_driver_walkout_tv_site
Pinecrest bus drivers walk off the job; district says schools will stay open
  > named_organization | district | district | says | schools will stay open

PINECREST, Colo. -- Hundreds of school bus drivers in the Pinecrest Unified School District walked off the job Wednesday morning, leaving about 9,000 students without a ride to class, the district said.
  > named_organization | district | the district | said | <
The drivers work for RoutePath Student Transport, a private company that has run the district's buses since 2019, and belong to Amalgamated Transit Workers Local 1190.
Union president Carmen Delgado said the drivers had been working without a contract since July and that RoutePath had refused to move on health insurance premiums, which she said had doubled in two years.
  > named_official | delgado | Union president Carmen Delgado | said#1 | >
"Our drivers are choosing between rent and a doctor," Delgado told KPCR on the picket line outside the RoutePath yard on Industrial Way.
  > named_official | delgado | Delgado | told KPCR on the picket line outside the RoutePath yard on Industrial Way | <
"They love these kids.
  > named_official | delgado | Delgado | - | *
But they can't afford to keep doing this job."
  > named_official | delgado | Delgado | - | *

RoutePath said in a statement that it had offered a 6 percent raise over two years and that the union had rejected the offer "without putting it to a vote of its members."
  > named_organization | routepath | RoutePath | said in a statement | >
The company's regional manager, who was at the yard Wednesday morning, declined to answer questions from a KPCR crew.
  > declined_comment | routepath-manager | The company's regional manager, who was at the yard Wednesday morning | declined to answer questions from a KPCR crew | - | resp=declined

Superintendent Alan Brightwater said schools would stay open and that absences would be excused for students who could not get to class.
  > named_official | brightwater | Superintendent Alan Brightwater | said | >
At Juniper Elementary, the drop-off line stretched around the block by 7:40 a.m.
Parent Dana Whitlock said she had to leave her shift at a grocery warehouse early to drive her two children to school.
  > named_person | whitlock | Parent Dana Whitlock | said | >
Other parents said they had not heard about the strike until a text message from the district arrived at 6:15 that morning.
  > anonymous_other | parents | Other parents | said | >
The district sent that message after the union notified RoutePath of the walkout late Tuesday, according to a timeline the district posted on its website.
  > document | timeline | a timeline the district posted on its website | according to | <
A district official, who asked not to be named because the contract is between the union and a private company, said the district had been warned as early as Friday that a strike was likely.
  > anonymous_official | district-official | A district official | said | > | anon=who asked not to be named because the contract is between the union and a private company
RoutePath did not respond when KPCR asked about that account.
  > declined_comment | routepath | RoutePath | did not respond | - | resp=no_response

KPCR reported last month that RoutePath had been fined twice by the state for missed safety inspections.
  > media_report | kpcr | KPCR | reported last month | >
Inspection records from the state Department of Education show that 14 of the company's buses were pulled from service in 2024 for brake defects.
  > document | inspections | Inspection records from the state Department of Education | show | >
The district wants to end its contract with RoutePath when it expires in 2026, school board president Mark Fellows said in an interview.
  > named_official | fellows | school board president Mark Fellows | said in an interview | <
The board has not voted on whether to bring busing back in-house.
Both sides will meet with a federal mediator on Thursday, according to the union.
  > named_organization | local1190 | the union | according to | <

@excluded
Copyright 2025 KPCR 7. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
Download the KPCR 7 News app for breaking news alerts.
Have a story idea? Email the KPCR newsroom.
''')

ARTICLES.append(r'''
@id ba-fenwick-warehouse-heat-union-vote
@style warehouse_heat_illness_union_vote_radio
Transcript: In a hot warehouse, a union vote and a fight over fans

HOST (DEREK ANTWI): Workers at a package-sorting warehouse outside Fenwick, Nevada, are voting this week on whether to join a union.
The push began after a string of heat illnesses on the warehouse floor last summer.
From member station KDSR, Lucy Harrow reports.

LUCY HARROW: At 5 in the morning it is already 84 degrees outside the Parcelon sorting center.
Inside, Marisol Ortega runs a scanner at the end of a conveyor belt.
She says that last July she watched a co-worker collapse between two pallets.
  > named_person | ortega | She | says | >
MARISOL ORTEGA: He just went down.
  > named_person | ortega | MARISOL ORTEGA | : | >
Nobody had told us where the water was.
  > named_person | ortega | MARISOL ORTEGA | - | *

HARROW: Ortega is one of the organizers of the union drive.
State safety inspectors visited the building twice last summer, according to records from the state Division of Industrial Safety.
  > document | dis-records | records from the state Division of Industrial Safety | according to | <
The records show temperatures on the mezzanine reached 97 degrees and that the company was cited for not having a written heat-illness plan.
  > document | dis-records | The records | show | >
Parcelon paid an $8,200 fine.
The company declined to make anyone available for an interview.
  > declined_comment | parcelon | The company | declined to make anyone available for an interview | - | resp=declined
In an emailed statement, a spokeswoman said Parcelon had installed 40 industrial fans and two cooling stations since the inspections and that "the safety of our associates is our top priority."
  > named_organization | parcelon | a spokeswoman | said | >
The statement said a union would "put a third party between us and our people."
  > named_organization | parcelon | The statement | said | >
Two workers who support the company's position, who asked that their names not be used because they did not want to be seen taking sides before the vote, told me they had not seen anyone get sick since the fans went in.
  > anonymous_other | company-side-workers | Two workers who support the company's position | told me | > | anon=who asked that their names not be used because they did not want to be seen taking sides before the vote
Organizers say a majority of the roughly 600 workers have signed cards supporting the union, the Warehouse and Distribution Workers of America.
  > anonymous_other | organizers | Organizers | say | >
A filing with the National Labor Relations Board shows the company objected to including part-time workers in the bargaining unit.
  > document | nlrb-filing | A filing with the National Labor Relations Board | shows | >
Teodora Lind studies labor law at Sierra State University.

TEODORA LIND: Heat is what I'd call a trigger issue.
  > named_person | lind | TEODORA LIND | : | >
People will put up with low pay for a long time.
  > named_person | lind | TEODORA LIND | - | *
They won't put up with feeling like the company doesn't care whether they pass out.
  > named_person | lind | TEODORA LIND | - | *

HARROW: The company has held mandatory meetings about the union in the break room, according to three workers who attended them.
  > anonymous_familiar | attendees | three workers who attended them | according to | The company has held mandatory meetings about the union in the break room
One of them shared a recording with KDSR in which a manager tells workers that a union "can't promise you a single degree cooler."
  > anonymous_official | manager | a manager | tells | that a union "can't promise you a single degree cooler."
Parcelon did not respond to a question about the recording.
  > declined_comment | parcelon | Parcelon | did not respond to a question about the recording | - | resp=no_response
Ballots will be counted Friday at the labor board's regional office in Las Vegas.
Ortega says she's not sure which way the vote will go.
  > named_person | ortega | Ortega | says | >
ORTEGA: But at least this time somebody is asking us.
  > named_person | ortega | ORTEGA | : | >

ANTWI: That's Lucy Harrow of member station KDSR.

@excluded
This transcript was created on a rush deadline and may not be in its final form.
KDSR is a member station of the Western Public Radio Network.
Support this reporting with a gift to KDSR.
''')

ARTICLES.append(r'''
@id ba-statehouse-budget-overnight-liveblog
@style statehouse_budget_overnight_teacher_raises_liveblog
Live updates: Senate works through the night on budget as teacher raise deal wobbles

Our Capitol Desk team is in the Statehouse; all times are Central.

8:05 p.m.
Senate Majority Leader Hollis Reinholt told reporters outside the chamber that he expected a final vote "well before sunrise."
  > named_official | reinholt | Senate Majority Leader Hollis Reinholt | told reporters outside the chamber | >
The budget bill, all 611 pages of it, was posted online at 6:52 p.m., according to the Legislature's bill-tracking site.
  > document | bill-site | the Legislature's bill-tracking site | according to | <
Senate Democrats said in a statement that the timing left members "barely an hour to read a budget that spends $31 billion."
  > named_organization | senate-dems | Senate Democrats | said in a statement | >

8:40 p.m.
The sticking point is teacher pay.
The House version gives teachers a 5 percent raise; the Senate version gives 3 percent plus a one-time $1,500 bonus.
Gov. Miriam Okafor wants at least 4 percent.
  > named_official | okafor | Gov. Miriam Okafor | wants | at least 4 percent | nosrc
A senior aide to the governor, who spoke on condition of anonymity to discuss private negotiations, said Okafor would not sign a budget with less than that.
  > anonymous_official | gov-aide | A senior aide to the governor | said | > | anon=who spoke on condition of anonymity to discuss private negotiations

9:30 p.m.
Teachers in red shirts have filled the Senate gallery.
Among them is Janelle Brooks, a fourth-grade teacher from Elk Ridge, who said she drove three hours after the last bell to be here.
  > named_person | brooks | Janelle Brooks, a fourth-grade teacher from Elk Ridge | said | she drove three hours after the last bell to be here
"I buy my own printer paper," she told us.
  > named_person | brooks | she | told us | <
The state teachers union, the Education Alliance, told members in an email tonight that it would "hold every senator accountable" for a vote below 4 percent.
  > named_organization | alliance | The state teachers union, the Education Alliance | told members in an email tonight | >

10:15 p.m.
Senate Finance Chair Ruth Lamotte said on the floor that 3 percent was the most the state could afford without dipping into its rainy-day fund.
  > named_official | lamotte | Senate Finance Chair Ruth Lamotte | said on the floor | >
A memo from the nonpartisan Legislative Fiscal Office, dated last Thursday, estimates that each percentage point of raises costs about $47 million a year.
  > document | lfo-memo | A memo from the nonpartisan Legislative Fiscal Office, dated last Thursday | estimates | >
The same memo projects that the rainy-day fund will hold $1.2 billion at the end of June.
  > document | lfo-memo | The same memo | projects | >

11:50 p.m.
Two lawmakers who were in a closed Senate Republican caucus meeting tell us the caucus is split, with at least six members pushing for 4 percent.
  > anonymous_official | caucus-lawmakers | Two lawmakers who were in a closed Senate Republican caucus meeting | tell us | >
Reinholt's spokesman, Curtis Vale, declined to comment on the caucus meeting.
  > declined_comment | vale | Reinholt's spokesman, Curtis Vale | declined to comment | - | resp=declined

1:20 a.m.
The Senate has recessed for what Reinholt called "a short family conversation."
  > named_official | reinholt | Reinholt | called | "a short family conversation."
The Prairie Daily Register's Statehouse reporter, citing a Republican senator, reported on social media that leaders were discussing 4 percent phased in over two years.
  > media_report | register | The Prairie Daily Register's Statehouse reporter | reported on social media | >
We have not confirmed that.

2:45 a.m.
Lamotte just told us there is a deal: 4 percent in the first year and 3 percent in the second, with no bonus.
  > named_official | lamotte | Lamotte | just told us | >
Okafor's office did not immediately respond to a text asking whether she would sign it.
  > declined_comment | okafor-office | Okafor's office | did not immediately respond to a text | - | resp=no_response
Brooks, still in the gallery, said she would take it.
  > named_person | brooks | Brooks, still in the gallery | said | >
"It's not what we asked for," she said.
  > named_person | brooks | she | said | <
"But it's the first raise in four years that beats inflation."
  > named_person | brooks | she | - | *

3:30 a.m.
The Senate passed the budget 21-12, with four Republicans joining all Democrats in favor.
House Speaker Dolores Quint said the House would take it up at 10 a.m.
  > named_official | quint | House Speaker Dolores Quint | said | >

@excluded
Refresh this page for the latest updates.
Capitol Desk is a nonprofit newsroom. Donate today to support statehouse coverage.
Follow Capitol Desk on social media for more.
© 2025 Capitol Desk
''')

ARTICLES.append(r'''
@id ba-rensford-alder-creek-closure-qa
@style branch_campus_closure_chancellor_qa
Rensford State's chancellor says the university "waited too long" to act on its Alder Creek campus
  > named_official | okonjo | Rensford State's chancellor | says | the university "waited too long" to act on its Alder Creek campus

Rensford State University announced in September that it would close its Alder Creek branch campus at the end of the spring semester, ending 58 years of classes in the former lumber town.
  > named_organization | rsu | Rensford State University | announced in September | >
Enrollment at the campus has fallen from 2,300 students in 2012 to 610 this fall, according to university data.
  > document | rsu-data | university data | according to | <
Since then, a letter signed by 140 faculty members has accused Chancellor Ruth Okonjo of deciding the closure "in a conference room 200 miles away."
  > document | faculty-letter | a letter signed by 140 faculty members | has accused | Chancellor Ruth Okonjo of deciding the closure "in a conference room 200 miles away."
Okonjo spoke with us on Monday in her office in Rensford; the conversation has been edited for length and clarity.

Q: Why close Alder Creek now?
Okonjo: Because the numbers stopped working years ago.
  > named_official | okonjo | Okonjo | : | >
We're spending about $19,000 more per student there than at the main campus.
  > named_official | okonjo | Okonjo | - | *
Honestly, we waited too long.
  > named_official | okonjo | Okonjo | - | *

Q: The faculty letter says you never visited the campus before the decision.
  > document | faculty-letter | The faculty letter | says | >
Is that true?
Okonjo: I visited twice last year.
  > named_official | okonjo | Okonjo | : | >
I understand why people feel the decision was made far away, but it was made with their numbers.
  > named_official | okonjo | Okonjo | - | *

Q: The Alder Creek Courier reported last week that the university is negotiating to sell the campus to a private prison operator.
  > media_report | courier | The Alder Creek Courier | reported last week | >
Okonjo: I'm not going to talk about any buyer while we're in negotiations.
  > declined_comment | okonjo | Okonjo | not going to talk about any buyer | - | resp=declined
I can tell you it is not a prison company.
  > named_official | okonjo | Okonjo | - | *

Q: What happens to the 610 students?
Okonjo: Every student who is on track can finish at the main campus or online, and we'll cover the difference in housing costs for two years.
  > named_official | okonjo | Okonjo | : | >

Q: Two of your own vice chancellors told us, without their names attached, that they argued for a two-year phaseout instead.
  > anonymous_official | vcs | Two of your own vice chancellors | told us | that they argued for a two-year phaseout instead
Okonjo: We had a real debate, and I'm glad we did.
  > named_official | okonjo | Okonjo | : | >
The board made the call.
  > named_official | okonjo | Okonjo | - | *

Q: Alder Creek's mayor, Tom Quill, has said the closure will cost the town its largest employer.
  > named_official | quill | Alder Creek's mayor, Tom Quill | has said | >
Okonjo: He's right, and I've told him so.
  > named_official | okonjo | Okonjo | : | >
We've offered the town the first right to buy the library and the gym.
  > named_official | okonjo | Okonjo | - | *

Quill could not be reached for comment after the interview.
  > declined_comment | quill | Quill | could not be reached for comment after the interview | - | resp=unreachable

@excluded
This interview is part of our occasional series Higher Ed Conversations.
More from our education desk
Share this interview
© 2025 Rensford Public Media
''')

ARTICLES.append(r'''
@id ba-ballot-box-district-41-mailers
@style statehouse_primary_mailer_blitz_newsletter
The Ballot Box: A group nobody had heard of is outspending both candidates in House District 41

Good morning, and welcome back to The Ballot Box.
It's nine days until the legislative primaries, and the most expensive race on the ballot is one most voters had never heard of a month ago.

THE MONEY
A group called Citizens for a Stronger Tomorrow has spent $412,000 on mailers and digital ads in the Republican primary for House District 41, according to reports filed with the State Ethics Commission through Friday.
  > document | ethics-reports | reports filed with the State Ethics Commission through Friday | according to | <
That is more than the two candidates have raised combined.
The reports list the group's only donor as another nonprofit, the Heartland Prosperity Fund, which does not have to disclose its own donors.
  > document | ethics-reports | The reports | list | >
The group's treasurer, Brent Oakes, said in an email that it backs "candidates who will cut property taxes" and that its donors "have a right to privacy."
  > named_official | oakes | The group's treasurer, Brent Oakes | said in an email | >
Oakes declined to say who founded the group.
  > declined_comment | oakes | Oakes | declined to say who founded the group | - | resp=declined

THE RACE
The group's mailers attack Rep. Lorraine Petrakis, a two-term incumbent, for voting against a property tax cap last year.
  > document | mailers | The group's mailers | attack | >
Petrakis did vote against the cap, but she also sponsored a smaller cut that passed, legislative records show.
  > document | leg-records | legislative records | show | <
Her challenger, Wade Tamburo, a car dealer making his first run for office, said he had nothing to do with the group and had "never met a single person from it."
  > named_official | tamburo | Her challenger, Wade Tamburo, a car dealer making his first run for office | said | >
State law bars outside groups from coordinating with campaigns.
  > document | state-law | State law | bars | outside groups from coordinating with campaigns
But two Republican consultants who have worked in the district, and who asked not to be named because they work for other candidates this year, said Tamburo's campaign manager had done paid work for the Heartland Prosperity Fund in 2022.
  > anonymous_other | consultants | two Republican consultants who have worked in the district | said | > | anon=who asked not to be named because they work for other candidates this year
The campaign manager, Jess Calloway, did not respond to three phone messages.
  > declined_comment | calloway | The campaign manager, Jess Calloway | did not respond to three phone messages | - | resp=no_response

THE INCUMBENT
Petrakis wants the ethics commission to look into whether the group and Tamburo's campaign worked together.
  > named_official | petrakis | Petrakis | wants | the ethics commission to look into whether the group and Tamburo's campaign worked together | nosrc
"If it walks like a campaign and talks like a campaign," she said at a candidate forum in Dunmore on Saturday, "it should have to report like a campaign."
  > named_official | petrakis | she | said at a candidate forum in Dunmore on Saturday | "If it walks like a campaign and talks like a campaign," ;; "it should have to report like a campaign."
The commission's executive director, Harold Biggs, declined to say whether it had opened an inquiry.
  > declined_comment | biggs | The commission's executive director, Harold Biggs | declined to say whether it had opened an inquiry | - | resp=declined
Complaints usually take four to six months to resolve, he said.
  > named_official | biggs | he | said | <

WHAT WE'RE HEARING
Party insiders expect more of this kind of money to show up in at least three other House primaries before Election Day.
  > anonymous_other | insiders | Party insiders | expect | >
People familiar with the Heartland fund's plans say it has reserved $1.1 million in broadcast time across the state for the final week.
  > anonymous_familiar | familiar | People familiar with the Heartland fund's plans | say | >
We could not confirm that figure with the stations.
The Tribune-Gazette reported Sunday that the fund shares an office address with a lobbying firm that represents two of the state's largest home builders.
  > media_report | tribune-gazette | The Tribune-Gazette | reported Sunday | >

@excluded
Was this forwarded to you? Sign up for The Ballot Box here.
The Ballot Box is sent Tuesdays and Fridays through Election Day.
Reply to this email with tips, questions and complaints.
Unsubscribe or manage your email preferences.
''')

ARTICLES.append(r'''
@id ba-grettenburg-noodle-plant-strike-feature
@style noodle_factory_nine_month_strike_feature
The Longest Shift: nine months on the picket line at the Sunfield noodle plant

The company says it has moved on; the strikers say they have nowhere else to go.
  > named_organization | sunfield | The company | says | it has moved on
  > anonymous_other | strikers | the strikers | say | they have nowhere else to go

The burn barrel outside Gate 2 of the Sunfield Noodle Company plant in Grettenburg, Iowa, has been lit every day since Feb. 3.
On the morning I visited in October, a woman in a quilted orange vest was feeding it pallet slats and talking about her grandson's football game.
She had worked on the plant's drying line for 23 years, she told me, and had never missed a shift before the strike.
  > named_person | sovik | she | told me | She had worked on the plant's drying line for 23 years ;; and had never missed a shift before the strike
Her name is Bernadette Sovik.
She is one of 212 workers still walking the line, according to their union, out of 340 who went out in February.
  > named_organization | local77 | their union | according to | She is one of 212 workers still walking the line ;; out of 340 who went out in February
The workers, members of Bakery and Grain Millers Local 77, walked out after Sunfield proposed replacing their pension with a 401(k) plan and adding mandatory Sunday shifts.
  > named_organization | sunfield | Sunfield | proposed | replacing their pension with a 401(k) plan and adding mandatory Sunday shifts | nosrc
"I'm 58," Sovik said.
  > named_person | sovik | Sovik | said | <
"Where am I going to start over?"
  > named_person | sovik | Sovik | - | *

Sunfield's chief executive, Conrad Helmsley, turned down my requests for an interview.
  > declined_comment | helmsley | Sunfield's chief executive, Conrad Helmsley | turned down my requests for an interview | - | resp=declined
In a letter to employees in August, which a striker shared with me, he wrote that the plant "cannot survive on a 1990s cost structure" and that the company had hired 150 permanent replacement workers.
  > named_official | helmsley | he | wrote | >
The company's vice president for communications, Amy Trent, said in a written response to my questions that the plant was running at 85 percent of its pre-strike output.
  > named_official | trent | The company's vice president for communications, Amy Trent | said in a written response to my questions | >
She said Sunfield "respects the right to strike" but would not go back to the old pension.
  > named_official | trent | She | said | >
Local 77's president, Dale Fenske, disputes the output figure.
  > named_official | fenske | Local 77's president, Dale Fenske | disputes | the output figure
He says trucks leaving the plant have dropped from about 40 a day to fewer than 15, a count the union has kept since spring from a folding chair across the road.
  > named_official | fenske | He | says | >
I counted 11 on the Tuesday I spent there.

Grettenburg has 4,100 residents, and nearly everyone seems to know someone on one side of the line or the other.
At the Prairie Rose Cafe on Main Street, the owner, Luis Betancourt, said he had stopped letting either side hold meetings in his back room.
  > named_person | betancourt | the owner, Luis Betancourt | said | >
"Somebody's cousin always ends up crying," he said.
  > named_person | betancourt | he | said | <
A replacement worker I met at the gas station on Highway 9, who asked that I not use his name because strikers had photographed his license plate, said he had driven in from Des Moines for $24 an hour, $5 more than the strikers had made.
  > anonymous_other | replacement-worker | A replacement worker I met at the gas station on Highway 9 | said | > | anon=who asked that I not use his name because strikers had photographed his license plate
Sovik said she understood why people took the jobs.
  > named_person | sovik | Sovik | said | >
What she did not understand, she said, was why the company had offered them more than it had ever offered her.
  > named_person | sovik | she#2 | said | What she did not understand ;; was why the company had offered them more than it had ever offered her

The National Labor Relations Board's regional office issued a complaint in July alleging that Sunfield had refused to bargain in good faith, according to board records.
  > document | nlrb-records | board records | according to | <
Sunfield has denied the allegation in its answer to the complaint.
  > named_organization | sunfield | Sunfield | has denied | the allegation
A hearing before an administrative law judge is set for January.
Some labor lawyers say the case could take two years to resolve.
  > anonymous_other | labor-lawyers | Some labor lawyers | say | >
The union's strike fund will run dry in March, Fenske said.
  > named_official | fenske | Fenske | said | <
He would not say how much money is left in it.
  > declined_comment | fenske | He | would not say how much money is left in it | - | resp=declined
When I left that afternoon, Sovik was throwing another slat into the barrel.
"We've outlasted two plant managers already," she said.
  > named_person | sovik | she | said | <

@excluded
This story appears in the Winter issue of Heartland Quarterly.
Photographs by Ana Kowalczyk for Heartland Quarterly.
Letters to the editor may be edited for length and clarity.
''')

ARTICLES.append(r'''
@id ba-sb212-school-prevailing-wage-trade
@style school_construction_prevailing_wage_trade_weekly
Prevailing-wage bill for school projects clears Senate panel; builders' group warns of 15% cost jump
  > named_organization | abc | builders' group | warns of | 15% cost jump

A bill that would require contractors on public school construction projects to pay union-scale wages cleared the Senate Labor Committee 7-4 on Wednesday, setting up a floor vote as early as next week.
The bill, SB 212, would extend the state's prevailing-wage law, which now covers highway and state building projects, to any school project costing more than $250,000.
The change would add $90 million to $140 million a year to school districts' construction costs, according to an analysis by the Senate's nonpartisan research staff.
  > document | analysis | an analysis by the Senate's nonpartisan research staff | according to | <
The Associated Builders Council, which represents about 600 nonunion contractors, said in written testimony that costs on some projects would rise by as much as 15 percent and that smaller firms would stop bidding on school work.
  > named_organization | abc | The Associated Builders Council, which represents about 600 nonunion contractors | said in written testimony | >
"You'll see three bids on a job instead of nine," council president Gary Lunden told the committee.
  > named_official | lunden | council president Gary Lunden | told the committee | <

The Statewide Building Trades Council, which backs the bill, disputed the 15 percent figure, and a 2022 study by researchers at Midlands Polytechnic found no significant difference in the cost per square foot of schools built under prevailing-wage rules in neighboring states.
  > named_organization | sbtc | The Statewide Building Trades Council, which backs the bill | disputed | the 15 percent figure
  > document | study | a 2022 study by researchers at Midlands Polytechnic | found | >
Trades council lobbyist Megan Stroud said the bill was about "making sure the people who build our schools can afford to live in the towns they build them in."
  > named_official | stroud | Trades council lobbyist Megan Stroud | said | >
The bill's sponsor, Sen. Rafael Quintero, agreed during the hearing to exempt rural districts with fewer than 1,000 students.
  > named_official | quintero | The bill's sponsor, Sen. Rafael Quintero | agreed | to exempt rural districts with fewer than 1,000 students | nosrc
Quintero said he expected the bill to pass the full Senate with "a handful of votes to spare."
  > named_official | quintero | Quintero | said | >
Two Republican members of the committee said they had been told by the governor's office that Gov. Eileen Dworak would veto the bill in its current form.
  > anonymous_official | gop-members | Two Republican members of the committee | said | >
A spokeswoman for Dworak declined to comment on pending legislation.
  > declined_comment | dworak-office | A spokeswoman for Dworak | declined to comment on pending legislation | - | resp=declined

The state School Boards Association has not taken a position on the bill.
But its executive director, Paul Kaminski, wrote in a letter to committee members last month that districts "cannot absorb another unfunded cost" and asked lawmakers to pair any mandate with more construction aid.
  > named_official | kaminski | its executive director, Paul Kaminski | wrote in a letter to committee members last month | that districts "cannot absorb another unfunded cost"
  > named_official | kaminski | its executive director, Paul Kaminski | asked | lawmakers to pair any mandate with more construction aid
Several superintendents who testified Wednesday said they supported higher wages in principle but feared delays to projects voters had already approved.
  > anonymous_official | superintendents | Several superintendents who testified Wednesday | said | >
One of them, Carla Voss of the Eldon Unified School District, said bids for her district's new high school had come in at nonunion rates.
  > named_official | voss | One of them, Carla Voss of the Eldon Unified School District | said | >

Contractor lobbyists have been meeting privately with Senate moderates, according to a person who has attended some of the meetings.
  > anonymous_familiar | attendee | a person who has attended some of the meetings | according to | <
The person said the contractors want the threshold raised to $2 million.
  > anonymous_familiar | attendee | The person | said | >
Builders' Ledger first reported the push for a higher threshold on Monday.
  > media_report | ledger | Builders' Ledger | first reported | the push for a higher threshold
The House passed a similar bill in 2023, but it died in the Senate without a floor vote.

@excluded
Builders' Ledger subscribers can download the committee testimony from our Documents Library.
Related: Bid activity on K-12 projects, third quarter
Advertise with Builders' Ledger.
© 2025 Ledger Trade Media LLC
''')

ARTICLES.append(r'''
@id ba-ellery-esa-presidential-election-voided
@style student_senate_election_voided_campus_paper
Elections commission voids ESA presidential race, citing "irregularities" in online voting
  > named_organization | commission | Elections commission | citing | "irregularities" in online voting

Winner calls the ruling "a coup by spreadsheet"; runner-up says she never asked for a new vote
  > named_official | abernathy | Winner | calls | the ruling "a coup by spreadsheet"
  > named_official | raman | runner-up | says | she never asked for a new vote

The Ellery Student Association's elections commission voided the results of last week's presidential election on Sunday night, saying it had found "credible evidence" that dozens of ballots were cast from accounts whose owners did not vote.
  > named_organization | commission | The Ellery Student Association's elections commission | saying | >
A new election will be held April 22 and 23, the commission said in a post on the association's website.
  > named_organization | commission | the commission | said in a post on the association's website | <
Junior Jonah Abernathy won the March 31 election by 41 votes out of 2,906 cast, according to results the commission certified on April 1 and withdrew Sunday.
  > document | results | results the commission certified on April 1 and withdrew Sunday | according to | <
The commission's seven-page report says 63 ballots were cast from student accounts while the accounts' owners were logged in to other campus systems from locations in other time zones.
  > document | report | The commission's seven-page report | says | >
The report does not say which candidate those ballots favored.
Commission chair Dev Malhotra, a senior, said the commission had referred the matter to the Office of Student Conduct.
  > named_official | malhotra | Commission chair Dev Malhotra, a senior | said | >
He said the commission was "not accusing any candidate of anything."
  > named_official | malhotra | He | said | >

Abernathy called the ruling "a coup by spreadsheet" in an Instagram post Monday and said he would appeal to the association's judicial board.
  > named_official | abernathy | Abernathy | called | the ruling "a coup by spreadsheet"
  > named_official | abernathy | Abernathy | said | he would appeal to the association's judicial board
"Nobody has shown me a single vote that was fake," he told the Lantern.
  > named_official | abernathy | he | told the Lantern | <
The runner-up, sophomore Priya Raman, said in a statement that she had not asked for a new election and would run again.
  > named_official | raman | The runner-up, sophomore Priya Raman | said in a statement | >
Raman's campaign manager, Theo Marchetti, did not respond to messages.
  > declined_comment | marchetti | Raman's campaign manager, Theo Marchetti | did not respond to messages | - | resp=no_response

Emails obtained by the Lantern show that a commission member raised concerns about the voting software's login checks in February, weeks before the election.
  > document | emails | Emails obtained by the Lantern | show | >
In one of the emails, the member wrote that the system "would let anyone with a roommate's password vote twice."
  > anonymous_official | commission-member | the member | wrote | > | count=1
The Lantern is not naming the member, who is a student.
Dean of Students Maureen Castellano said the university "respects the independence" of student government and would not intervene.
  > named_official | castellano | Dean of Students Maureen Castellano | said | >
A university spokesperson said the voting software, VoteSphere, is licensed by the association, not by the university.
  > named_organization | ellery | A university spokesperson | said | >
VoteSphere's maker, Ballotline Inc., could not be reached for comment.
  > declined_comment | ballotline | VoteSphere's maker, Ballotline Inc. | could not be reached for comment | - | resp=unreachable

Several students interviewed outside Harmon Library on Monday said they had not known the election was in dispute.
  > anonymous_other | students | Several students interviewed outside Harmon Library on Monday | said | >
"I voted for Jonah and I'll vote for him again," said Keisha Durant, a first-year biology major.
  > named_person | durant | Keisha Durant, a first-year biology major | said | <
"But if something was wrong, fix it."
  > named_person | durant | Keisha Durant | - | *
The Lantern reported last spring that turnout in association elections had fallen below 20 percent for the first time.
  > media_report | lantern | The Lantern | reported last spring | >
Turnout this year was about 24 percent, according to the commission.
  > named_organization | commission | the commission | according to | <

@excluded
The Ellery Lantern is the independent student newspaper of Ellery College, published since 1921.
Want to write for the Lantern? Come to our Tuesday meeting in the Student Union basement.
Comments are reviewed by student editors before they appear.
''')

ARTICLES.append(r'''
@id ba-brookhaven-board-recall-explainer
@style school_board_recall_petition_explainer
Explainer: How the recall of three Brookhaven school board members would work, and what comes next

Organizers of a campaign to recall three members of the Brookhaven Unified School District board turned in about 14,200 signatures on Monday, the county registrar's office said.
  > named_organization | registrar-office | the county registrar's office | said | <
Here is what we know about the process, and what we don't.

Why are they being recalled?
The recall campaign, Brookhaven Parents First, says board president Sylvia Nakamura and members Victor Hale and Grace Pemberton ignored parents when they voted in January to close two elementary schools.
  > named_organization | bpf | The recall campaign, Brookhaven Parents First | says | >
The group's founder, Tanya Ruiz, a mother of three, said the board approved the closures "after 11 minutes of discussion at a meeting that started at 9:30 at night."
  > named_official | ruiz | The group's founder, Tanya Ruiz, a mother of three | said | >
A video of the meeting posted on the district's website shows the discussion lasted about 14 minutes.
  > document | video | A video of the meeting posted on the district's website | shows | >
Nakamura has said the closures were necessary because enrollment has fallen by 1,800 students since 2015 and the district faces a $9 million deficit.
  > named_official | nakamura | Nakamura | has said | >
District enrollment figures confirm the decline.
  > document | enrollment | District enrollment figures | confirm | the decline

What does it take to force a recall election?
State election law requires organizers to collect valid signatures from 15 percent of registered voters in the district, or about 11,900 signatures, for each recall.
  > document | election-law | State election law | requires | >
The registrar has 30 business days to verify them.
Registrar Howard Pell said in an interview that his office typically rejects 10 to 20 percent of signatures on recall petitions, mostly because signers are not registered at the address they list.
  > named_official | pell | Registrar Howard Pell | said in an interview | >
If the rejection rate lands at the high end of that range, the campaign would fall short.

Who is paying for it?
Campaign finance reports show Brookhaven Parents First has raised $38,000, most of it in donations under $100.
  > document | finance-reports | Campaign finance reports | show | >
Hale has said, without offering evidence, that a charter school company is behind the recall.
  > named_official | hale | Hale | has said | that a charter school company is behind the recall
Ruiz called that "a conspiracy theory" and said no charter operator had given the group money.
  > named_official | ruiz | Ruiz | called | that "a conspiracy theory"
  > named_official | ruiz | Ruiz | said | no charter operator had given the group money
The reports list no donations from companies.
  > document | finance-reports | The reports | list | no donations from companies

What do the board members say?
Pemberton said she respects voters' right to recall her but believes the closures will save the district's music and art programs.
  > named_official | pemberton | Pemberton | said | >
Hale and Nakamura did not respond to requests for comment for this article.
  > declined_comment | hale | Hale | did not respond to requests for comment for this article | - | resp=no_response
  > declined_comment | nakamura | Nakamura | did not respond to requests for comment for this article | - | resp=no_response
A district spokeswoman, Lena Ortiz, said the district would "follow the law and stay out of the politics."
  > named_official | ortiz | A district spokeswoman, Lena Ortiz | said | >
It could not be confirmed whether the district has hired outside lawyers to respond to the recall.

When would the election be?
If the petitions qualify, the county board of supervisors must call an election within 120 days, according to the county counsel's office.
  > named_organization | county-counsel | the county counsel's office | according to | <
A special election would cost the district about $400,000, Pell estimated.
  > named_official | pell | Pell | estimated | <
Pell said state law has no provision for calling off a recall once it qualifies.
  > named_official | pell | Pell | said | >
Some political scientists say recalls over school closures rarely succeed.
  > anonymous_other | poli-sci | Some political scientists | say | >
Of 23 school board recall attempts in the state since 2010, four reached the ballot and one removed a board member, according to a tally by the Civic Ledger Project, a nonprofit that tracks local elections.
  > document | tally | a tally by the Civic Ledger Project, a nonprofit that tracks local elections | according to | <

@excluded
Have a question about local elections? Send it to our Ask the Herald desk.
This explainer will be updated as the registrar verifies signatures.
Share on Facebook
Share by email
© 2025 Brookhaven Herald
''')

ARTICLES.append(r'''
@id ba-harlow-wage-petition-signatures-corrected
@style wage_initiative_signature_count_corrected
Campaign for $19 minimum wage sues Harlow clerk, saying 2,100 signatures were wrongly tossed
  > named_organization | raise-harlow | Campaign for $19 minimum wage | saying | 2,100 signatures were wrongly tossed

HARLOW, Ore. -- A campaign to raise Harlow's minimum wage to $19 an hour sued the city on Thursday, a day after City Clerk Bettina Corr ruled that its petition fell short of qualifying for the November ballot.
  > named_official | corr | City Clerk Bettina Corr | ruled | that its petition fell short of qualifying for the November ballot
The campaign, Raise Harlow, needed 8,412 valid signatures and submitted 10,960, according to the clerk's written determination.
  > document | determination | the clerk's written determination | according to | <
The determination says the clerk's office rejected 3,160 of them, most because the signer's address did not match voter rolls or the signature did not match the one on file.
  > document | determination | The determination | says | >
In its lawsuit, filed in Marrow County Circuit Court, Raise Harlow says at least 2,100 of the rejected signatures were valid and that the clerk's staff applied a stricter matching standard than state rules allow.
  > named_organization | raise-harlow | Raise Harlow | says | >
Forty-six voters whose signatures were rejected say in sworn statements attached to the complaint that they signed the petition themselves.
  > anonymous_other | voters | Forty-six voters whose signatures were rejected | say in sworn statements attached to the complaint | > | count=46
One of them, retired bus mechanic Orrin Bellweather, 71, said in an interview that the clerk's office rejected his signature because he signed "Orrin" rather than "O.T.," as on his 1988 voter registration.
  > named_person | bellweather | One of them, retired bus mechanic Orrin Bellweather, 71 | said in an interview | >
"I've signed my name the same way since Nixon," he said.
  > named_person | bellweather | he | said | <

Corr said Thursday that her office had applied the same standard it has used for every petition since 2016.
  > named_official | corr | Corr | said Thursday | >
She declined to comment on the lawsuit.
  > declined_comment | corr | She | declined to comment on the lawsuit | - | resp=declined
The city attorney's office said in a statement that it would defend the clerk's decision, and it asked the court to rule quickly so ballots can be printed by Sept. 5.
  > named_organization | city-attorney | The city attorney's office | said in a statement | that it would defend the clerk's decision
  > named_organization | city-attorney | it#2 | asked | the court to rule quickly so ballots can be printed by Sept. 5
The Harlow Restaurant Association, which opposes the measure, says a $19 wage would force small restaurants to cut staff.
  > named_organization | hra | The Harlow Restaurant Association, which opposes the measure | says | >
Its director, Felicia Amundsen, did not respond to a request for an interview.
  > declined_comment | amundsen | Its director, Felicia Amundsen | did not respond to a request for an interview | - | resp=no_response
Mia Tran, who owns Tran's Pho on Fifth Avenue and signed the petition, said she already pays her cooks $20 an hour.
  > named_person | tran | Mia Tran, who owns Tran's Pho on Fifth Avenue and signed the petition | said | >

Raise Harlow is backed by Service Workers Union Local 49, which has spent about $210,000 on the signature drive, according to state campaign finance records.
  > document | finance-records | state campaign finance records | according to | <
Two former employees of the clerk's office, who asked not to be named because they still work for the city in other departments, said staff were told in July to "flag anything that looks off."
  > anonymous_official | former-clerk-staff | Two former employees of the clerk's office | said | > | anon=who asked not to be named because they still work for the city in other departments
A city spokesman, asked about that instruction, declined to comment, citing the litigation.
  > declined_comment | city | A city spokesman | declined to comment | - | resp=declined
The Courier-Star reported in June that the clerk's office had lost two of its four full-time signature checkers to retirement this year.
  > media_report | courier-star | The Courier-Star | reported in June | >
A hearing is scheduled for Aug. 19.
Neither side has said whether it would appeal a ruling to the state Supreme Court.

@excluded
Correction, Aug. 8, 2025: An earlier version of this article misstated the number of valid signatures Raise Harlow needed to qualify. It needed 8,412, not 8,214.
Update, 5:45 p.m.: This article has been updated with comment from the city attorney's office.
The Harlow Independent is a nonprofit newsroom. Support our work.
© 2025 The Harlow Independent
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
