"""Build corpus/articles/bh.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more styles
on sports, science, medicine and public health, schools and universities, and local elections
and city councils (stored_sample_retest_relay_medal_wire,
council_vacancy_appointment_special_election_local_daily,
splash_pad_cryptosporidium_closure_tv_web,
high_school_merger_referendum_public_radio_transcript,
council_election_night_ballot_shortage_liveblog,
snakebite_antivenom_trial_early_stop_investigator_qa,
deadline_day_transfer_collapse_club_newsletter,
water_fluoridation_repeal_ballot_magazine_feature,
cardiac_marker_reagent_false_positive_lab_trade_journal,
rowing_team_hazing_coach_leave_student_paper, first_ranked_choice_mayoral_count_explainer,
league_concussion_spotter_cut_corrected), all in invented towns, leagues and countries, in the
voices of twelve kinds of outlet: a wire story on a doping retest, a local daily's
council-meeting story that cites the paper's own earlier reporting, a local television
station's website on an outbreak, a public-radio transcript with host, reporter and speaker
labels, an election-night live blog in reverse chronological order with timestamps, an edited
Q&A whose questions themselves cite sources, a football newsletter with capitalised section
heads and a closing quote, a magazine feature with a dek and a first-person reporter, a
clinical-laboratory trade publication, a student newspaper, a voters' explainer with question
subheads, and a story carrying an update and a correction note in its footer. The sources are:
named officials (council members, a city attorney, an election director, a county health
officer, a parks director, a principal, a school-board chair, a trial's lead investigator, a
sporting director, a football manager, a water superintendent, a laboratory director, a
student senator, a campaign manager, named spokespeople, candidates holding office, lawyers
and an agent speaking for clients, a group founder); named private persons (retired and former
athletes, a former team doctor and a former spotter, a dentist, a grandmother, parents, a
voter in line, residents, an epidemiologist, a political scientist, a clinical chemist, a
bereaved mother); organisations on record and unnamed spokespeople; anonymous officials with
and without a stated reason (federation officials, a state education official, poll workers, a
ministry official, board members speaking privately, a regulator's official, hospital lab
directors, club doctors, other clubs' executives, club owners); people with knowledge of
negotiations and a person who attended a closed meeting; vague sources (supporters, opponents,
some athletes, residents who spoke at a meeting, parents on a community page, voters in line,
researchers, clinicians, insiders, analysts, critics, rowers who feared losing their places);
documents (a published decision, a sanctions registry, a city charter, campaign finance
reports, inspection records, state enrolment data, a court order, early returns, a monitoring
board's summary, a journal paper, a draft transfer agreement, club accounts, water quality
reports, clerk records, a federal review, a field safety notice, a survey, a health centre
record, an athletic director's email, election rules, an internal memo, an inquest finding, a
campaign mailer); media reports (an integrity newsletter, a rival paper's analysis, a weekly,
the outlet's own earlier reporting, twice); non-answers of all three kinds, one in a headline
and one in direct speech; people described first and named later (a dentist in a dek, a
mother, a trial's lead scientist in a headline); quotes over several sentences and a quote
that opens before its speaker is named; content before and after the cue, split content;
headline and dek attributions; two attributions in one sentence; statements given to other
papers; and look-alikes left unannotated or marked not sourcing ("plans", "wants", "had pushed
for" in the reporter's voice; "are not accused", "did not testify", "did not take a position",
"has not commented publicly", "has not named", "has not said", "does not name", "could not be
independently confirmed", "do not say", "did not explain", "reports" introducing the station's
own reporter), and "had wanted" with a cited source. All twelve end with a footer of excluded
boilerplate. Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_bh.py [--render]
     python corpus/build_articles_bh.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "bh.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id bh-relay-retest-bronze
@style stored_sample_retest_relay_medal_wire
Kestrian relay team stripped of 2016 bronze after retest finds banned steroid, anti-doping council says
  > named_organization | gadc | anti-doping council | says | Kestrian relay team stripped of 2016 bronze after retest finds banned steroid

ALDERHAVEN -- Kestria's men's 4x400-meter relay team has been stripped of the bronze medal it won at the 2016 World Athletics Games after a retest of a stored urine sample found traces of a banned anabolic steroid, the Global Anti-Doping Council said Tuesday.
  > named_organization | gadc | the Global Anti-Doping Council | said Tuesday | <
The sample, given by the sprinter Dario Venn after the final, was one of 1,140 from the 2016 Games that the council reanalyzed this year with a more sensitive test, according to a decision published on the council's website.
  > document | decision | a decision published on the council's website | according to | <
The decision says the test found a long-term metabolite of dehydrochlormethyltestosterone, a steroid that can be detected in urine for months after use.
  > document | decision | The decision | says | >

Venn, now 34 and retired, denied ever taking the drug.
  > named_person | venn | Venn, now 34 and retired | denied | ever taking the drug
"I had never heard of that substance until this letter arrived," he said in a statement released by his lawyer.
  > named_person | venn | he | said in a statement released by his lawyer | <
"I will fight this for my teammates, who did nothing wrong."
  > named_person | venn | he | - | *
His lawyer, Maren Ostby, said Venn would appeal to the Sports Arbitration Tribunal within the 21 days allowed.
  > named_official | ostby | His lawyer, Maren Ostby | said | >
Ostby argued that the sample had been kept for eight years in a freezer that failed twice, citing maintenance logs the council disclosed to the defense.
  > named_official | ostby | Ostby | argued | that the sample had been kept for eight years in a freezer that failed twice

The three other runners on the team, Tomas Herrlin, Jussi Kaal and Ebo Manteaux, are not accused of doping, but under the sport's rules they lose their medals too.
Herrlin, who now coaches at a youth club in Ostvik, said he learned of the decision from a journalist.
  > named_person | herrlin | Herrlin, who now coaches at a youth club in Ostvik | said | >
"Eight years ago we stood on that podium as a family," he said.
  > named_person | herrlin | he | said | <
The Kestrian Athletics Federation said in a statement that it respected the process and would return the medals once any appeal was decided.
  > named_organization | kaf | The Kestrian Athletics Federation | said in a statement | >
The federation's president, Annika Solberg-Rai, did not respond to a request for an interview.
  > declined_comment | solberg-rai | The federation's president, Annika Solberg-Rai | did not respond to a request for an interview | - | resp=no_response
Two federation officials, who spoke on condition of anonymity because they were not authorized to discuss internal matters, said the federation had been warned in 2017 that Venn's coach at the time was under investigation in another country.
  > anonymous_official | fed-officials | Two federation officials | said | > | anon=who spoke on condition of anonymity because they were not authorized to discuss internal matters
That coach, whose name has not been made public, was banned for life in 2019 by Lindmark's national anti-doping agency, according to a registry of sanctions kept by the council.
  > document | registry | a registry of sanctions kept by the council | according to | <

The bronze will pass to Ardella's team, which finished fourth, once the appeal period ends, the council said.
  > named_organization | gadc | the council | said | <
Ardella's anchor runner that day, Pieter Lowe, wrote on social media that he felt "happy, and a little robbed of the moment."
  > named_person | lowe | Ardella's anchor runner that day, Pieter Lowe | wrote on social media | >
The retesting program has now produced 61 positive results from the 2016 Games, more than from any other single event, the Sports Integrity Review, an independent newsletter, reported in March.
  > media_report | sir | the Sports Integrity Review, an independent newsletter | reported in March | <
Some athletes have criticized the retests as unfair to teammates who were never suspected.
  > anonymous_other | athletes | Some athletes | have criticized | the retests as unfair to teammates who were never suspected
The council has said the program is the only way to catch drugs that older tests could not detect.
  > named_organization | gadc | The council | has said | >
It plans to retest samples from the 2020 Games next year.
  > named_organization | gadc | It | plans | to retest samples from the 2020 Games next year | nosrc

@excluded
Reporting by Lena Vasko in Alderhaven; editing by Tom Ruhl
© 2025 Northern Wire Service. All rights reserved.
''')

ARTICLES.append(r'''
@id bh-fenwick-ward3-appointment
@style council_vacancy_appointment_special_election_local_daily
Fenwick council picks former planning chair for vacant seat, skipping special election

FENWICK -- The Fenwick City Council voted 4-2 on Monday night to appoint Harold Beasley, a retired engineer who chaired the city's planning commission for six years, to the Ward 3 seat left empty when council member Gina Petrakis moved out of the city in August.
Beasley was sworn in minutes after the vote.
The appointment means Ward 3 residents will not vote for a council member until November 2026, more than a year from now.

According to the city charter, the council may fill a vacancy by appointment when more than a year remains in the term.
  > document | charter | the city charter | According to | >
A special election would have cost about $85,000, the city clerk's office estimated.
  > named_organization | clerk | the city clerk's office | estimated | <
Council member Luis Ferrante, who made the motion, said Beasley's experience on the planning commission made him "ready on day one."
  > named_official | ferrante | Council member Luis Ferrante, who made the motion | said | >
"We have a budget to pass and a zoning code to rewrite," Ferrante said.
  > named_official | ferrante | Ferrante | said | <
"Ward 3 can't sit empty for four months while we run an election."
  > named_official | ferrante | Ferrante | - | *

Council member Dana Whitcombe, one of the two no votes, said the council was "choosing convenience over democracy."
  > named_official | whitcombe | Council member Dana Whitcombe, one of the two no votes | said | >
She noted that Beasley had given money to Ferrante's 2023 campaign.
  > named_official | whitcombe | She | noted | >
Campaign finance reports filed with the county show a $1,500 contribution from Beasley to Ferrante in March 2023.
  > document | finance-reports | Campaign finance reports filed with the county | show | >
Ferrante said the donation was irrelevant, and Beasley said he had given to four of the six council members over the years.
  > named_official | ferrante | Ferrante | said | the donation was irrelevant
  > named_official | beasley | Beasley | said | he had given to four of the six council members over the years

Several Ward 3 residents who spoke during public comment asked the council to hold an election instead.
  > anonymous_other | residents | Several Ward 3 residents who spoke during public comment | asked | the council to hold an election instead
Marisol Quintero, who lives on Birch Street, said she had collected 212 signatures on a petition calling for a special election.
  > named_person | quintero | Marisol Quintero, who lives on Birch Street | said | >
"Nobody in my ward chose this man," she said.
  > named_person | quintero | she | said | <
The petition has no legal force, City Attorney Rebecca Hale said.
  > named_official | hale | City Attorney Rebecca Hale | said | <
Petrakis, who resigned after taking a job in another state, could not be reached for comment on Tuesday.
  > declined_comment | petrakis | Petrakis, who resigned after taking a job in another state | could not be reached for comment on Tuesday | - | resp=unreachable
Mayor Wendell Osei, who votes only to break ties, did not take a position on the appointment.
He declined to say whether he would have preferred an election.
  > declined_comment | osei | He | declined to say whether he would have preferred an election | - | resp=declined

The Ledger reported last month that at least two other residents, including a former school board member, had asked to be considered for the seat.
  > media_report | ledger | The Ledger | reported last month | >
Neither was interviewed by the council in public.
A person who attended a closed-door meeting of the council's rules committee in September said members had settled on Beasley weeks before Monday's vote.
  > anonymous_familiar | attendee | A person who attended a closed-door meeting of the council's rules committee in September | said | >
Ferrante said the committee had discussed only the process for filling the seat, not candidates.
  > named_official | ferrante | Ferrante | said | >
Beasley will serve until the November 2026 election and has said he will not run for the seat.
  > named_official | beasley | Beasley | has said | >

@excluded
Do you live in Ward 3? Tell us what you think in the comments below.
Comments are moderated and may take up to 24 hours to appear.
© 2025 The Fenwick Ledger
''')

ARTICLES.append(r'''
@id bh-larkspur-splash-pad-crypto
@style splash_pad_cryptosporidium_closure_tv_web
Parasite outbreak tied to Larkspur Park splash pad sickens 23, health department says
  > named_organization | health-dept | health department | says | Parasite outbreak tied to Larkspur Park splash pad sickens 23

MARSTON -- At least 23 people, most of them children under 10, have fallen ill with cryptosporidiosis after playing at the splash pad in Larkspur Park, the Tallis County Health Department said Thursday.
  > named_organization | health-dept | the Tallis County Health Department | said Thursday | <
Four of them have been hospitalized for dehydration, the department said.
  > named_organization | health-dept | the department | said | <
Cryptosporidium is a parasite that spreads through contaminated water and can survive for days even in properly chlorinated water.
The city closed the splash pad on Tuesday evening after the department notified it of the cases.

Dr. Amara Nwosu, the county's health officer, told News 4 that the first cases began about two weeks ago and that the number was likely to grow.
  > named_official | nwosu | Dr. Amara Nwosu, the county's health officer | told News 4 | >
"Kids get sick, parents get sick, and then the siblings get sick," Nwosu said.
  > named_official | nwosu | Nwosu | said | <
"This is a parasite that is very good at spreading inside a household."
  > named_official | nwosu | Nwosu | - | *

Inspection records obtained by News 4 show that the splash pad's filtration system was cited twice last summer for failing to maintain the required water flow.
  > document | inspections | Inspection records obtained by News 4 | show | >
The records do not say whether the problem was fixed.
Marston Parks and Recreation Director Craig Tolland said in an email that the system had been repaired in September and passed an inspection in May.
  > named_official | tolland | Marston Parks and Recreation Director Craig Tolland | said in an email | >
He did not answer follow-up questions about who made the repairs.
  > declined_comment | tolland | He | did not answer follow-up questions about who made the repairs | - | resp=no_response

One mother said her 6-year-old daughter spent three days vomiting after a birthday party at the park on July 12.
  > named_person | amundsen | One mother | said | >
"We went there because it was supposed to be the safe option, with no deep water," said the mother, Jessica Amundsen.
  > named_person | amundsen | the mother, Jessica Amundsen | said | <
Several parents commenting on the park's community page said their children had become sick after visits as early as late June.
  > anonymous_other | page-parents | Several parents commenting on the park's community page | said | >
News 4 could not independently confirm those reports.

The health department asked anyone who develops watery diarrhea within two weeks of visiting the splash pad to stay out of pools and call its hotline.
  > named_organization | health-dept | The health department | asked | anyone who develops watery diarrhea within two weeks of visiting the splash pad to stay out of pools and call its hotline
A spokesperson for Aquaplay Systems, the company that installed the splash pad in 2019, did not respond to a request for comment Thursday.
  > declined_comment | aquaplay | A spokesperson for Aquaplay Systems, the company that installed the splash pad in 2019 | did not respond to a request for comment Thursday | - | resp=no_response
The state Department of Public Health said it was helping to test water samples but referred other questions to the county.
  > named_organization | state-dph | The state Department of Public Health | said | it was helping to test water samples
  > declined_comment | state-dph | The state Department of Public Health | referred other questions to the county | - | resp=declined
The city plans to reopen the splash pad only after two rounds of testing come back clean.
  > named_organization | city | The city | plans | to reopen the splash pad only after two rounds of testing come back clean | nosrc
Nwosu said that could take at least three weeks.
  > named_official | nwosu | Nwosu | said | >

@excluded
Download the News 4 app for breaking news alerts.
Have a news tip? Email the News 4 newsroom.
Copyright 2025 WMRS News 4. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
''')

ARTICLES.append(r'''
@id bh-pell-valley-merger-vote
@style high_school_merger_referendum_public_radio_transcript
Two towns, one high school: Pell Valley voters decide Tuesday

HOST (RUTH ADEYEMI): In the Pell Valley, voters in two small towns go to the polls on Tuesday to decide whether to close their high schools and build one new school between them.
Supporters say it's the only way to keep offering advanced classes.
  > anonymous_other | supporters | Supporters | say | >
Opponents say it will hollow out two communities.
  > anonymous_other | opponents | Opponents | say | >
From member station KPVR, Eli Sandoval reports.

ELI SANDOVAL: The gym at Granby High School was built in 1958, and on a Friday night in October it's still the busiest room in town.
Principal Hannah Kerrigan walks me past a trophy case that stops in 1994.
HANNAH KERRIGAN: We have 141 students in grades nine through 12.
  > named_official | kerrigan | HANNAH KERRIGAN | : | >
This year I could not find a chemistry teacher, so our juniors take chemistry on a laptop with a teacher three hundred miles away.
  > named_official | kerrigan | HANNAH KERRIGAN | - | *

SANDOVAL: Granby and its neighbor, Tull Creek, together lost nearly a third of their students over the past 15 years, according to state enrollment data.
  > document | enrollment | state enrollment data | according to | Granby and its neighbor, Tull Creek, together lost nearly a third of their students over the past 15 years
The plan on the ballot would close both high schools and build a 600-seat campus on Route 9, halfway between the towns, for $58 million.
The state would pay 70 percent of that under a building program for merged districts, the state education department confirmed.
  > named_organization | ed-dept | the state education department | confirmed | <
The rest would come from a property tax increase that the joint school board estimates at about $190 a year on a $150,000 home.
  > named_organization | joint-board | the joint school board | estimates | a property tax increase ;; at about $190 a year on a $150,000 home
Board chair Walt Pryzbylski says the math is simple.
  > named_official | pryzbylski | Board chair Walt Pryzbylski | says | >
WALT PRYZBYLSKI: Either we share one good school, or we keep two schools that slowly stop being schools.
  > named_official | pryzbylski | WALT PRYZBYLSKI | : | >

SANDOVAL: Not everyone agrees.
At a diner on Tull Creek's main street, Beverly Haskins, whose grandchildren go to Tull Creek High, says the school is the town.
  > named_person | haskins | Beverly Haskins, whose grandchildren go to Tull Creek High | says | >
BEVERLY HASKINS: You close the school, you close the football games, the plays, the reason young families move here.
  > named_person | haskins | BEVERLY HASKINS | : | >
Then the grocery store goes.
  > named_person | haskins | BEVERLY HASKINS | - | *

SANDOVAL: A group called Keep Tull Creek Schools has sent mailers claiming the new campus would cost twice what the board says.
  > named_organization | ktcs | A group called Keep Tull Creek Schools | has sent mailers claiming | >
The mailer cites a 2019 estimate for a different site that was later dropped.
  > document | mailer | The mailer | cites | a 2019 estimate for a different site
The group's organizer did not respond to several requests for an interview.
  > declined_comment | ktcs-organizer | The group's organizer | did not respond to several requests for an interview | - | resp=no_response
A state education official, who asked not to be named because the department does not take sides in local votes, told KPVR that only three of the 11 districts that merged under the program since 2010 have seen enrollment keep falling.
  > anonymous_official | state-official | A state education official | told KPVR | > | anon=who asked not to be named because the department does not take sides in local votes
Kerrigan says she'll vote yes.
  > named_official | kerrigan | Kerrigan | says | >
Pryzbylski says the board will hold a last public forum Monday night in Granby.
  > named_official | pryzbylski | Pryzbylski | says | >
For KPVR News, I'm Eli Sandoval in Granby.

@excluded
Transcript provided by Pell Valley Public Radio. This text may not be in its final form and may be updated.
Support independent local news: become a sustaining member today.
Copyright 2025 KPVR
''')

ARTICLES.append(r'''
@id bh-brennport-ballot-shortage-live
@style council_election_night_ballot_shortage_liveblog
Live: Brennport council election -- polls stay open late after precincts run out of ballots

Polls closed at 8 p.m. in most of Brennport, but voters at six east-side precincts were still in line hours later after ballots ran out.
Follow along here for updates and results in the four council races; the newest posts are at the top.

11:30 p.m.
The last voter in line at Eastgate cast a ballot at 11:21 p.m., Marchetti said.
  > named_official | marchetti | Marchetti | said | <
We'll resume updates at 7 a.m.

10:58 p.m.
Two poll workers at the Eastgate precinct, who asked not to be named because election workers are barred from speaking to the press, said they had warned county supervisors last week that they did not have enough ballots.
  > anonymous_official | poll-workers | Two poll workers at the Eastgate precinct | said | > | anon=who asked not to be named because election workers are barred from speaking to the press
One of them said a supervisor replied that turnout "never goes above 20 percent in an off year."
  > anonymous_official | poll-workers | One of them | said | >
The Courier has asked the elections office about the warning.

10:15 p.m.
Obi, a member of the city planning commission, told supporters at a brewery on Canal Street that he would not concede "until every person who stood in that line has been counted."
  > named_official | obi | Obi, a member of the city planning commission | told supporters at a brewery on Canal Street | >
Lindqvist's campaign manager, Greta Fell, said the campaign was "confident but waiting."
  > named_official | fell | Lindqvist's campaign manager, Greta Fell | said | >
Lindqvist herself has not spoken publicly tonight.

9:40 p.m.
Early returns posted by the elections office show incumbent council member Teresa Lindqvist leading challenger Marcus Obi in the District 4 race, 1,904 votes to 1,611.
  > document | returns | Early returns posted by the elections office | show | >
About a third of precincts have reported.

9:12 p.m.
Marchetti's office said in a statement that 4,000 more ballots had been delivered to the six precincts.
  > named_organization | elections-office | Marchetti's office | said in a statement | >
The statement did not explain why the county had printed so few.
County Executive Paul Renner, who oversees the elections office, did not respond to calls and texts from the Courier tonight.
  > declined_comment | renner | County Executive Paul Renner, who oversees the elections office | did not respond to calls and texts from the Courier tonight | - | resp=no_response

8:47 p.m.
At the Eastgate Library precinct, the line was about 80 people long at 8:45.
Voters in line said they had been told that ballots were on the way from the county office.
  > anonymous_other | voters-line | Voters in line | said | >
Denise Abara, 71, said she had been in line since 6:15 and planned to stay.
  > named_person | abara | Denise Abara, 71 | said | >
"I've voted in every election since 1972, and I'm not missing this one," she said.
  > named_person | abara | she | said | <

8:31 p.m.
A county judge has ordered the six precincts to stay open until 9:30, according to a copy of the order posted by the county clerk.
  > document | order | a copy of the order posted by the county clerk | according to | <
The order came after the Brennport Voting Rights Project filed an emergency petition at 7:40.
The group's director, Omar Castellanos, said on social media that voters had been told to go home and "come back tomorrow."
  > named_official | castellanos | The group's director, Omar Castellanos | said on social media | >

8:05 p.m.
Brennport Election Director Sylvia Marchetti said at least six precincts on the city's east side ran out of paper ballots before 7, forcing some voters to wait more than an hour.
  > named_official | marchetti | Brennport Election Director Sylvia Marchetti | said | >
She said the county printed ballots based on turnout in the 2021 municipal election, which was about 19 percent.
  > named_official | marchetti | She | said | >
Turnout today appears to be well above that, she said.
  > named_official | marchetti | she | said | <

@excluded
Refresh this page for the latest results.
Results are unofficial until certified by the county board of canvassers.
© 2025 The Brennport Courier
''')

ARTICLES.append(r'''
@id bh-antivenom-trial-qa
@style snakebite_antivenom_trial_early_stop_investigator_qa
Scientist who stopped the Marevia antivenom trial early says the data left "no honest choice"
  > named_official | maranga | Scientist who stopped the Marevia antivenom trial early | says | the data left "no honest choice"

In March, a trial of a new antivenom for the bite of the saw-scaled viper was stopped after 212 of a planned 600 patients had been enrolled.
The independent board monitoring the trial found that patients given the new drug recovered their blood's ability to clot faster and recommended giving it to everyone, according to a summary the board released in April.
  > document | board-summary | a summary the board released in April | according to | <
Some researchers outside the trial have questioned whether it was stopped too soon to show that the drug saves lives.
  > anonymous_other | researchers | Some researchers outside the trial | have questioned | whether it was stopped too soon to show that the drug saves lives
A senior Health Ministry official, who was not authorized to discuss the review, told us that the ministry's advisers had asked for more data on patients older than 60, who were few in the trial.
  > anonymous_official | ministry-official | A senior Health Ministry official | told us | > | anon=who was not authorized to discuss the review
Dr. Ilse Maranga, who led the trial as head of the clinical trials unit at the Marevia Institute for Tropical Medicine, spoke with us in Port Sallow.
The conversation has been edited and condensed.

Q: Why stop a trial that was only a third finished?
Maranga: Because the monitoring board told us the difference was already clear, and because every week we waited, half the children bitten in our districts were getting the older antivenom.
  > named_official | maranga | Maranga | : | >
That older drug fails in about one patient in five.
  > named_official | maranga | Maranga | - | *

Q: Dr. Paul Hendry of Coastal Health Sciences University wrote last month in a commentary that stopping early "tends to exaggerate the benefit."
  > named_person | hendry | Dr. Paul Hendry of Coastal Health Sciences University | wrote last month in a commentary | >
Is he right?
Maranga: In general he is right, and I have told him so.
  > named_official | maranga | Maranga | : | >
But our main endpoint was clotting at six hours, not death, and on that the effect was three times what we designed the trial to detect.
  > named_official | maranga | Maranga | - | *

Q: Your institute's funder, the Halvern Foundation, has said it will pay for a second trial.
  > named_organization | halvern | Your institute's funder, the Halvern Foundation | has said | >
Will you run it?
Maranga: I can't discuss that until the contracts are signed.
  > declined_comment | maranga | Maranga | can't discuss that until the contracts are signed | - | resp=declined

Q: The Health Ministry has not yet approved the drug.
A ministry spokesman told a local newspaper, the Sallow Gazette, that a decision would come "within months."
  > named_organization | ministry | A ministry spokesman | told a local newspaper, the Sallow Gazette | >
Are you frustrated?
Maranga: Regulators have to be careful, and I would rather they are slow than wrong.
  > named_official | maranga | Maranga | : | >
But the snakes are not waiting for the paperwork.
  > named_official | maranga | Maranga | - | *

Q: Some clinicians have reported allergic reactions.
  > anonymous_other | clinicians | Some clinicians | have reported | allergic reactions
Maranga: Eleven patients in the treatment group had a rash or itching, and one had a serious reaction that was treated with adrenaline; all of that is in the paper we published in June.
  > named_official | maranga | Maranga | : | >
The paper, in the Journal of Tropical Therapeutics, reports the same figures.
  > document | paper | The paper, in the Journal of Tropical Therapeutics | reports | the same figures

@excluded
This interview is part of our series Lab Notes, conversations with scientists about their work.
Share this interview
© 2025 Meridian Science Weekly
''')

ARTICLES.append(r'''
@id bh-rovic-deadline-collapse
@style deadline_day_transfer_collapse_club_newsletter
The Final Whistle: Rovic's move to Harrowgate collapses at the medical, and the club isn't saying why
  > declined_comment | harrowgate | the club | isn't saying why | - | resp=declined

Good morning, and welcome to the deadline-day hangover.

THE BIG ONE
Harrowgate United's record signing of the winger Luka Rovic from Stavro Kesmar collapsed at 10:40 last night, 80 minutes before the window closed.
Two people with knowledge of the negotiations told us the deal fell apart after Rovic's medical found a problem with his left knee.
  > anonymous_familiar | knowledge | Two people with knowledge of the negotiations | told us | >
One of them said Harrowgate's doctors had asked for a second scan that could not be arranged before the deadline.
  > anonymous_familiar | knowledge | One of them | said | >
Harrowgate said only that the transfer "will not proceed" and declined to discuss the medical, citing patient confidentiality.
  > named_organization | harrowgate | Harrowgate | said only | that the transfer "will not proceed"
  > declined_comment | harrowgate | Harrowgate | declined to discuss the medical | - | resp=declined
Rovic's agent, Tomasz Brenner, told the Kesmari sports daily Sportski Glas that his client was "100 percent fit" and had played 41 matches last season.
  > named_official | brenner | Rovic's agent, Tomasz Brenner | told the Kesmari sports daily Sportski Glas | >
Stavro Kesmar's sporting director, Ivo Dragan, was angrier.
"Harrowgate knew about that knee in July," Dragan said in a video posted by the club.
  > named_official | dragan | Dragan | said in a video posted by the club | <
"They used the medical to walk away from the price."
  > named_official | dragan | Dragan | - | *

THE NUMBERS
The fee had been agreed at 62 million euros plus 8 million in add-ons, according to a copy of the draft transfer agreement seen by The Final Whistle.
  > document | draft-agreement | a copy of the draft transfer agreement seen by The Final Whistle | according to | <
That would have broken the club record of 45 million, set in 2022.
Harrowgate's accounts for last season show a pre-tax loss of 38 million.
  > document | accounts | Harrowgate's accounts for last season | show | >
Under the league's spending rules, clubs may lose no more than 105 million over three years.

WHAT WE'RE HEARING
Insiders at Harrowgate believe the club's owners, the Lytham Capital group, had grown uneasy about the fee in the final week.
  > anonymous_other | insiders | Insiders at Harrowgate | believe | >
Lytham Capital did not respond to emails sent on Friday and Saturday.
  > declined_comment | lytham | Lytham Capital | did not respond to emails sent on Friday and Saturday | - | resp=no_response
Other Premier Division executives expect Harrowgate to try again in January, possibly for a lower fee.
  > anonymous_official | executives | Other Premier Division executives | expect | >
Harrowgate still wants a left-sided attacker before the spring.
  > named_organization | harrowgate | Harrowgate | wants | a left-sided attacker before the spring | nosrc
Rovic has not commented publicly.

ELSEWHERE
Corvin Athletic completed the loan of the goalkeeper Ander Saez from Olmedo Real, both clubs announced.
  > named_organization | loan-clubs | both clubs | announced | <
Marlow Town's manager, Gus Pennock, said on Friday that he had "no idea" whether the club would sign a striker.
  > named_official | pennock | Marlow Town's manager, Gus Pennock | said on Friday | >
It did not.
The league said its 20 clubs spent 1.9 billion euros during the window, a record.
  > named_organization | league | The league | said | >

ON THE RECORD
"It's a medical, not a magic trick.
  > named_person | ferrell | Nadia Ferrell, a sports physician who was once the team doctor at Corvin Athletic | - | *
If the knee is fine, he'll be playing for someone by Christmas," said Nadia Ferrell, a sports physician who was once the team doctor at Corvin Athletic.
  > named_person | ferrell | Nadia Ferrell, a sports physician who was once the team doctor at Corvin Athletic | said | <

@excluded
You're reading The Final Whistle, our free football newsletter. Forwarded this? Sign up here.
Reply to this email with your tips; we read everything.
© 2025 Touchline Media Ltd
''')

ARTICLES.append(r'''
@id bh-ashcombe-fluoride-vote
@style water_fluoridation_repeal_ballot_magazine_feature
The Fluoride Vote: how a town of 9,000 came to decide a question scientists thought was settled

Ashcombe's voters will choose in May whether to stop adding fluoride to their water.
The town's only pediatric dentist says the result will show up in children's mouths within five years.
  > named_person | kessler | The town's only pediatric dentist | says | the result will show up in children's mouths within five years

On a wet Tuesday in February, I watched 140 people squeeze into the Ashcombe Grange Hall to argue about a chemical most of them had never thought about.
Ashcombe has added fluoride to its water since 1961, according to the town's annual water quality reports.
  > document | water-reports | the town's annual water quality reports | according to | <
Last fall, a group called Clear Tap Ashcombe gathered 1,214 signatures to put a repeal on the May ballot, town clerk records show.
  > document | clerk-records | town clerk records | show | <
The group's founder, a 44-year-old software tester named Corinne Alby, told me she started reading about fluoride after her son's pediatrician mentioned a federal review.
  > named_official | alby | The group's founder, a 44-year-old software tester named Corinne Alby | told me | >
"I'm not anti-science," Alby said.
  > named_official | alby | Alby | said | <
"I read more science this year than I did in college."
  > named_official | alby | Alby | - | *

The review she cited, published in 2024 by the federal Environmental Health Sciences Board, found an association between fluoride levels above 1.5 milligrams per liter and lower IQ scores in children.
  > document | review | The review she cited, published in 2024 by the federal Environmental Health Sciences Board | found | >
Ashcombe's water contains 0.7 milligrams per liter, the level the board's own report describes as outside the scope of its findings.
  > document | review | the board's own report | describes | the level ;; as outside the scope of its findings

Dr. Ruth Kessler, who has run the only pediatric dental practice in town for 22 years, has become the repeal's most visible opponent.
She keeps a binder of X-rays in her waiting room.
"Before fluoride, my predecessor was pulling teeth from six-year-olds every week," she told me.
  > named_person | kessler | she | told me | <
"I have the charts."
  > named_person | kessler | she | - | *
The state dental association has urged voters to reject the repeal.
  > named_organization | dental-assoc | The state dental association | has urged | voters to reject the repeal
Several public health researchers I spoke with said the evidence for fluoride's benefit has weakened since fluoride toothpaste became universal, but that the harm at Ashcombe's level remains unproven.
  > anonymous_other | researchers | Several public health researchers I spoke with | said | >
"The honest answer is that a town like Ashcombe probably loses a little either way," said one of them, Tobias Lind, an epidemiologist at Carrow University.
  > named_person | lind | one of them, Tobias Lind, an epidemiologist at Carrow University | said | <

The town's water superintendent, Del Marquardt, said removing fluoride would save about $11,000 a year.
  > named_official | marquardt | The town's water superintendent, Del Marquardt | said | >
He said he had no opinion on the vote.
  > named_official | marquardt | He | said | >
The town's select board has not taken a position.
Two board members, speaking privately because the board agreed not to campaign on the question, told me they expect the repeal to pass.
  > anonymous_official | board-members | Two board members | told me | > | anon=speaking privately because the board agreed not to campaign on the question
Clear Tap says on its website that it has received donations from out-of-town groups, which it does not name.
  > named_organization | clear-tap | Clear Tap | says on its website | that it has received donations from out-of-town groups
Alby declined to identify the donors.
  > declined_comment | alby | Alby | declined to identify the donors | - | resp=declined
State law requires the group to disclose its donors only if it spends more than $5,000, according to the secretary of state's office.
  > named_organization | sos | the secretary of state's office | according to | <

The vote is May 13.
When I left the Grange Hall that night, Kessler was still in the parking lot, handing out toothbrushes.

@excluded
This article appears in the April issue of Ridgeline Quarterly.
Photographs by Ana Petrov for Ridgeline.
Join the conversation: write to our letters page.
''')

ARTICLES.append(r'''
@id bh-vessant-troponin-lot
@style cardiac_marker_reagent_false_positive_lab_trade_journal
Vessant pulls troponin reagent lot over false heart-attack readings, safety notice shows
  > document | notice | safety notice | shows | Vessant pulls troponin reagent lot over false heart-attack readings

Vessant Diagnostics has told laboratories to stop using one lot of its high-sensitivity troponin I reagent after several hospitals reported falsely elevated results, according to an urgent field safety notice dated Oct. 14.
  > document | notice | an urgent field safety notice dated Oct. 14 | according to | <
The notice, sent to customers in 11 countries, says the affected lot, TR-40217, can produce readings up to four times the true value in samples with high levels of a common antibody.
  > document | notice | The notice, sent to customers in 11 countries | says | >
Troponin is a protein released when heart muscle is damaged, and a raised level is a key criterion for diagnosing a heart attack.
Vessant said in a statement to Clinical Lab Report that it had traced the problem to a manufacturing change at its plant in Dunmore and that no other lots were affected.
  > named_organization | vessant | Vessant | said in a statement to Clinical Lab Report | >
The company declined to say how many patients may have received incorrect results.
  > declined_comment | vessant | The company | declined to say how many patients may have received incorrect results | - | resp=declined

At St. Brennan's Hospital in Ardglass, the lab first noticed the problem in September, when three patients with normal electrocardiograms had troponin values above 500 nanograms per liter, said Fiona Carrick, the hospital's laboratory director.
  > named_official | carrick | Fiona Carrick, the hospital's laboratory director | said | <
"Two of them were already on their way to the cath lab," Carrick said.
  > named_official | carrick | Carrick | said | <
Carrick said her team reported the results to Vessant and to the national device regulator on Sept. 22.
  > named_official | carrick | Carrick | said | >
The regulator, the Medical Devices Authority, said it had received 37 reports related to the lot and was "assessing whether further action is required."
  > named_organization | mda | The regulator, the Medical Devices Authority | said | >
An official at the authority, who was not authorized to speak publicly, said at least two patients had undergone unnecessary cardiac catheterization.
  > anonymous_official | mda-official | An official at the authority | said | > | anon=who was not authorized to speak publicly
That figure could not be independently confirmed.
Lab directors at two other hospitals said they had switched to a competing analyzer until a replacement lot arrived.
  > anonymous_official | lab-directors | Lab directors at two other hospitals | said | > | count=2

Interference from heterophile antibodies is a known weakness of immunoassays, said Rahul Desai, a clinical chemist at Wexford University who has studied the problem.
  > named_person | desai | Rahul Desai, a clinical chemist at Wexford University who has studied the problem | said | <
He said labs can catch it by re-running suspicious samples after treating them with a blocking reagent, but that few do so routinely.
  > named_person | desai | He | said | >
Only 18 percent of member labs had a written procedure for suspected interference, according to a 2023 survey by the Association of Laboratory Medicine.
  > document | survey | a 2023 survey by the Association of Laboratory Medicine | according to | <

Vessant's shares fell 3 percent on Thursday.
Analysts at two investment banks said the recall was unlikely to cut the company's annual revenue by more than 1 percent.
  > anonymous_other | analysts | Analysts at two investment banks | said | >
The Dunmore plant's former quality manager, Greg Tillett, who left the company in June, could not be reached.
  > declined_comment | tillett | The Dunmore plant's former quality manager, Greg Tillett, who left the company in June | could not be reached | - | resp=unreachable
Vessant expects to ship a replacement lot by mid-November, the notice says.
  > document | notice | the notice | says | <
Hospital labs had wanted an earlier warning, according to Carrick.
  > named_official | carrick | Carrick | according to | <

@excluded
Clinical Lab Report is published by Halverson Trade Media. Subscribe for full access to our archives.
Related: Immunoassay interference, a primer for bench staff
© 2025 Halverson Trade Media. All rights reserved.
''')

ARTICLES.append(r'''
@id bh-westbrook-rowing-hazing
@style rowing_team_hazing_coach_leave_student_paper
Women's rowing coach placed on leave as university investigates hazing claims

Westbrook University has placed head women's rowing coach Carla Denholm on paid administrative leave while it investigates allegations that team members were hazed during a preseason retreat, the athletics department confirmed Monday.
  > named_organization | athletics | the athletics department | confirmed Monday | <
Athletics department spokesperson Jordan Lee declined to describe the allegations, citing federal student privacy law.
  > declined_comment | lee | Athletics department spokesperson Jordan Lee | declined to describe the allegations | - | resp=declined
Three rowers, who spoke to The Westbrook Herald on the condition that they not be named because they feared losing their places on the team, said first-year athletes were made to row on Lake Amory at night in late August while older teammates shouted at them from the dock.
  > anonymous_other | rowers | Three rowers | said | > | anon=who spoke to The Westbrook Herald on the condition that they not be named because they feared losing their places on the team
One rower said a first-year teammate was treated for hypothermia at the campus health center the next morning.
  > anonymous_other | rowers | One rower | said | >
A record from the health center, shared with the Herald by that student, shows she was treated for "mild hypothermia" on Aug. 24.
  > document | health-record | A record from the health center, shared with the Herald by that student | shows | >
The university has not named the students involved.

Denholm, who has coached the team since 2017, did not respond to emails or a phone message on Sunday and Monday.
  > declined_comment | denholm | Denholm, who has coached the team since 2017 | did not respond to emails or a phone message on Sunday and Monday | - | resp=no_response
In a statement, her attorney, Victor Huang, said Denholm "was not present at, did not organize and did not approve" any event on the lake and would cooperate fully with the investigation.
  > named_official | huang | her attorney, Victor Huang | said | >
The university's Title IX office is leading the investigation, according to an email sent to rowers on Friday by Athletic Director Samuel Okafor and reviewed by the Herald.
  > document | email | an email sent to rowers on Friday by Athletic Director Samuel Okafor and reviewed by the Herald | according to | <
The email says the team's remaining fall races will go ahead under an interim coach, assistant coach Mira Castellane.
  > document | email | The email | says | >
The investigation is expected to take six to eight weeks, the email said.
  > document | email | the email | said | <

Okafor did not testify at Wednesday's Student Senate hearing on athletics funding, where several senators asked about the team.
Sen. Priya Raman, who represents student-athletes on the Student Senate, said she had heard from rowers "who are scared to say anything."
  > named_official | raman | Sen. Priya Raman, who represents student-athletes on the Student Senate | said | >
Two former rowers who graduated in 2024 said similar night rows had happened in their first year, but that they had not thought of them as hazing at the time.
  > anonymous_other | former-rowers | Two former rowers who graduated in 2024 | said | >
Hazing is a misdemeanor under state law and is banned by the university's student code of conduct.
The Herald first reported on the retreat in September, when several rowers told the paper that the team had been warned not to discuss it.
  > media_report | herald | The Herald | first reported | on the retreat
  > anonymous_other | sept-rowers | several rowers | told the paper | that the team had been warned not to discuss it
Team captain Elise Varner declined to comment.
  > declined_comment | varner | Team captain Elise Varner | declined to comment | - | resp=declined
The university has not said whether Denholm will coach the team in the spring.

@excluded
The Westbrook Herald is the independent student newspaper of Westbrook University.
Have a tip? Reach the sports desk through our contact page.
Comments must follow our community guidelines. Post a comment
''')

ARTICLES.append(r'''
@id bh-corran-ranked-choice
@style first_ranked_choice_mayoral_count_explainer
Explainer: How Corran's first ranked-choice count for mayor will work, and why it could take a week

Voters in Corran will rank up to five candidates for mayor on Nov. 4, the first time the city has used ranked-choice voting.
Here is what to expect.

Why is Corran doing this?
Voters approved a charter amendment in 2023 that replaced the city's September primary with a single ranked-choice election.
Supporters of the change argued that it would save the cost of a second election and cut down on negative campaigning.
  > anonymous_other | supporters | Supporters of the change | argued | >
The city estimated that the 2021 primary cost about $410,000.
  > named_organization | city | The city | estimated | >

How does the count work?
If no candidate wins more than half of first-choice votes, the candidate in last place is eliminated and those ballots go to each voter's next choice, according to rules adopted by the Corran Board of Elections in March.
  > document | rules | rules adopted by the Corran Board of Elections in March | according to | <
The process repeats until one candidate has a majority.

Why will it take so long?
The board will not run the first elimination round until all mail ballots postmarked by Election Day have arrived, which can take up to seven days under state law, board spokesperson Tanya Mirel said.
  > named_official | mirel | board spokesperson Tanya Mirel | said | <
First-choice results will be posted on election night, she said, but they will not show who is likely to win.
  > named_official | mirel | she | said | First-choice results will be posted on election night ;; but they will not show who is likely to win

Does it favor anyone?
Critics say the system confuses older voters.
  > anonymous_other | critics | Critics | say | >
The Corran Taxpayers League, which opposed the amendment, has said it favors candidates who campaign as slates.
  > named_organization | taxpayers | The Corran Taxpayers League, which opposed the amendment | has said | >
A study of 96 ranked-choice elections in other cities found no consistent advantage for either kind of candidate, said Helena Voss, a political scientist at Ridgemont College who co-wrote it.
  > named_person | voss | Helena Voss, a political scientist at Ridgemont College who co-wrote it | said | <
She said turnout among voters over 65 did not fall in those cities.
  > named_person | voss | She | said | >
An analysis of 2021 returns by the Corran Evening Post found that the winner of that year's primary finished first in only 38 of the city's 120 precincts.
  > media_report | evening-post | An analysis of 2021 returns by the Corran Evening Post | found | >

Who is running?
Five candidates qualified for the ballot: Council President Ana Ruiz-Park, former police chief Dale Whitford, school board member Kwame Asante, restaurant owner Liesel Amsel and pastor Thomas Oyelaran, according to the Board of Elections.
  > named_organization | board | the Board of Elections | according to | <
Ruiz-Park has urged her supporters to rank Asante second, and Asante told a candidate forum last week that his voters should "think hard about" ranking Ruiz-Park.
  > named_official | ruiz-park | Ruiz-Park | has urged | her supporters to rank Asante second
  > named_official | asante | Asante#2 | told a candidate forum last week | that his voters should "think hard about" ranking Ruiz-Park
Whitford has said he will not tell voters how to rank.
  > named_official | whitford | Whitford | has said | >

Where can I get help?
The Board of Elections plans to mail a sample ballot to every household in October.
  > named_organization | board | The Board of Elections | plans | to mail a sample ballot to every household in October | nosrc
The League of Corran Voters will hold practice sessions at all six branch libraries, the group said.
  > named_organization | lcv | the group | said | <

@excluded
More election coverage: see our full 2025 voter guide.
Questions about voting? Send them to our Ask Corran team.
Share this story
© 2025 Corran Public Media
''')

ARTICLES.append(r'''
@id bh-hadley-concussion-spotters
@style league_concussion_spotter_cut_corrected
Hadley Rugby League drops independent concussion spotters to cut costs, memo shows
  > document | memo | memo | shows | Hadley Rugby League drops independent concussion spotters to cut costs

The Hadley Rugby League will no longer pay independent doctors to watch for head injuries from the stands at its matches, according to an internal memo sent to the league's 14 clubs last week.
  > document | memo | an internal memo sent to the league's 14 clubs last week | according to | <
The memo, signed by the league's chief operating officer, Neil Garside, says the clubs' own medical staff will take over the spotting role from the start of next season.
  > document | memo | The memo, signed by the league's chief operating officer, Neil Garside | says | >
It says the change will save about 1.2 million a year.
  > document | memo | It | says | >
The league confirmed the change on Tuesday.
  > named_organization | league | The league | confirmed | the change
In a statement, it said club doctors "are highly qualified professionals" and that player welfare remained "our first priority."
  > named_organization | league | it | said | >
Garside declined an interview request.
  > declined_comment | garside | Garside | declined an interview request | - | resp=declined
The league has not named a replacement for its medical director, who resigned in August.

The independent spotters were introduced in 2019, two years after the death of the Calderton forward Rhys Maddock, who collapsed after playing on with a concussion.
A coroner's inquest found in 2018 that Maddock's head injury had gone unnoticed by his club's medical staff.
  > document | inquest | A coroner's inquest | found | that Maddock's head injury had gone unnoticed by his club's medical staff
Maddock's mother, Gwen Maddock, called the decision "a betrayal of everything we were promised."
  > named_person | gwen-maddock | Maddock's mother, Gwen Maddock | called | the decision "a betrayal of everything we were promised."
"They said the spotters were there so no family would go through what we went through," she said in a telephone interview.
  > named_person | gwen-maddock | she | said in a telephone interview | <
"Now it's about money."
  > named_person | gwen-maddock | she | - | *

Dr. Colm Hartigan, who worked as a spotter for four seasons, said club doctors were often busy treating other injuries and could not watch every collision.
  > named_person | hartigan | Dr. Colm Hartigan, who worked as a spotter for four seasons | said | >
"A club doctor has a conflict, whether he admits it or not," Hartigan said.
  > named_person | hartigan | Hartigan | said | <
"His team wants its best player back on the pitch."
  > named_person | hartigan | Hartigan | - | *
The Hadley Players' Union said it had not been consulted and would raise the issue with the league.
  > named_organization | players-union | The Hadley Players' Union | said | >
Its chief executive, Dana Whyte, did not immediately respond to a request for further comment.
  > declined_comment | whyte | Its chief executive, Dana Whyte | did not immediately respond to a request for further comment | - | resp=no_response
Three club doctors, who spoke on condition of anonymity because their contracts bar them from speaking to the media, said they had not been told how they would be trained for the role.
  > anonymous_official | club-doctors | Three club doctors | said | > | anon=who spoke on condition of anonymity because their contracts bar them from speaking to the media
One of them said his club had asked him to sign a form accepting the extra duties without extra pay.
  > anonymous_official | club-doctors | One of them | said | >

The league has not said how many head injuries the spotters identified last season.
Sportsline Weekly reported in March that spotters removed 41 players from matches for assessment last season, up from 29 the year before.
  > media_report | sportsline | Sportsline Weekly | reported in March | >
Some club owners had pushed for the cut since the league lost its broadcast deal with Vantage TV in 2023.
  > anonymous_official | owners | Some club owners | had pushed for | the cut | nosrc

@excluded
Correction: An earlier version of this article misstated the number of players removed from matches by spotters last season. It was 41, not 14.
This article was updated on Oct. 8 to add comment from the Hadley Players' Union.
© 2025 The Hadley Courier. All rights reserved.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
