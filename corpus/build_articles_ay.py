"""Build corpus/articles/ay.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, all about crime, courts and local government (police_review_board_split_vote_daily,
jail_health_vendor_contract_tv_web, council_ethics_complaint_civic_newsletter,
book_challenge_review_committee_student_paper, zoning_variance_appeal_hearing_liveblog,
public_defender_caseload_radio_segment, sheriff_race_recount_lawsuit_wire,
exoneration_long_read_magazine, dispatch_center_outage_explainer,
water_rate_increase_vote_corrected_story, parole_board_chair_qa_interview,
court_security_screening_lapse_trade_journal), all in invented towns and counties, in the
voices of twelve kinds of outlet (a city daily covering a civilian review board's split
finding, a local television station's website, a weekly city-hall email newsletter with
capitalised section heads and an "also this week" round-up, a high-school student newspaper,
a local news site's live blog of a zoning appeal hearing with clock times, a public-radio
transcript with host, reporter and speaker labels, a regional wire story, a monthly
magazine's long read with a dek and a first-person reporter, an explainer with question
subheads, a small-city daily's story with an update line at the top and a correction in the
footer, an edited question-and-answer interview whose questions themselves cite sources, and
a trade journal for court administrators). Each is built to test source typing and grouping:
a police chief, a review board vice chair, council members, county commissioners, a sheriff
and a sheriff's spokesman, a county clerk, a chief deputy running for sheriff, a chief public
defender, a district attorney, a chief deputy prosecutor, a county prosecutor, judges, a
court administrator, a parole board chair, a utility general manager, a school librarian, a
school board president, an emergency-communications director, an ethics-board director, a
company vice president, and lawyers speaking for a client, an organisation or a developer;
a mother, a sister, a daughter, a victim's son and brother, residents, a retired accountant,
a carpenter, a retired machinist, a retired rancher, a student, a novelist, an exoneree, a
law professor and an ethics scholar, and a security consultant; a police union, a vendor, a
sheriff's office, campaigns, a party, state agencies, a neighbourhood group, a finance
committee, a governor's office, a utility and unnamed spokespeople; anonymous officials with
and without a stated reason (a former company nurse, a teacher, dispatchers, a developer's
executive, former prosecutors, a budget official, court employees, board staff, court
administrators); people familiar with closed deliberations and with a clerk's review; vague
sources (advocates, speakers at a hearing, students, voters, private defence lawyers,
analysts, a juror and a recanting witness kept anonymous); documents (a board finding, body
camera video, a contract, a medical examiner's report, staffing records, a lawsuit, court
records, an ethics complaint, a disclosure form, council minutes, an ethics code, a
committee decision, library data, a developer's filing, a shadow study, a staff memo,
caseload standards, a bar association filing, certified results, a trial transcript, a lab
report, a sworn statement, a preliminary outage report, a federal outage database, a
consultant's study, loan records, an incident report, procurement records, a maintenance
log, professional guidelines); media reports, including the outlet's own earlier reporting and
a question that cites the outlet's own story; non-answers of all three kinds; people
described first and named later; quotes over several sentences, across speaker turns and
opening before the sentence that names the speaker; split content; headline and dek
attributions; two attributions in one sentence; and look-alikes left unannotated or marked
not sourcing ("did not speak at the meeting", "has not been released", "could not be
independently verified", "could not be confirmed", "does not identify", "does not name",
"did not oppose", "did not dispute", "has not determined", "has not said publicly";
"wants" and "plans" in the reporter's voice). All twelve end with a footer of excluded
boilerplate. Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_ay.py [--render]
     python corpus/build_articles_ay.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "ay.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id ay-police-review-board-split-vote-marlow
@style police_review_board_split_vote_daily
Review board splits on Marlow officer's shooting of teenager; chief says discipline decision is hers
  > named_official | whitfield | chief | says | discipline decision is hers

MARLOW, Ore. -- The city's Civilian Police Review Board voted 4-3 on Wednesday night that Officer Travis Keane violated department policy when he fired into a moving car in March, wounding a 17-year-old passenger, but the board stopped short of recommending that he be fired.
The majority found that Keane had "placed himself in the path of the vehicle" in breach of a 2021 rule barring officers from doing so, according to the board's written finding.
  > document | finding | the board's written finding | according to | <
In a dissent, board vice chair Harold Ostrowski wrote that the video was too dark to show where Keane was standing when the car began to move.
  > named_official | ostrowski | board vice chair Harold Ostrowski | wrote | >
Body camera video released by the department in April shows Keane stepping off the curb as the car rolled forward.
  > document | video | Body camera video released by the department in April | shows | >

Police Chief Dana Whitfield, who has the final say over discipline, said Thursday that she would review the finding "with the seriousness it deserves" but would not commit to a timeline.
  > named_official | whitfield | Police Chief Dana Whitfield, who has the final say over discipline | said Thursday | >
"I'm not going to prejudge it, and I'm not going to let a calendar decide it for me," Whitfield said.
  > named_official | whitfield | Whitfield | said | <
Keane, a nine-year veteran, has been on paid administrative leave since the shooting.
He did not speak at the meeting.
His lawyer, Corinne Baptiste, said the board had "substituted hindsight for the split second Officer Keane actually had."
  > named_official | baptiste | His lawyer, Corinne Baptiste | said | >
The Marlow Police Officers' Association called the vote "a political verdict" in a post on its Facebook page.
  > named_organization | mpoa | The Marlow Police Officers' Association | called | the vote "a political verdict"

The teenager, whose name has not been released because he is a minor, was struck in the shoulder and has since recovered, his mother said.
  > named_person | pruitt | his mother | said | <
The mother, Yolanda Pruitt, told the board before the vote that her son still wakes up at night "hearing the glass."
  > named_person | pruitt | The mother, Yolanda Pruitt | told the board before the vote | >
"He's not a statistic.
  > named_person | pruitt | Pruitt | - | *
He's a kid who was in the back seat of his cousin's car," Pruitt said.
  > named_person | pruitt | Pruitt | said | <
The driver, who fled after the shooting, was later arrested on a charge of eluding police; that case is pending.

Two people familiar with the board's closed-session deliberations, who spoke on condition of anonymity because those sessions are confidential under city code, said a straw poll last month had gone 5-2 against Keane before one member changed sides.
  > anonymous_familiar | familiar | Two people familiar with the board's closed-session deliberations | said | > | anon=who spoke on condition of anonymity because those sessions are confidential under city code
The Ledger reported in May that Keane had been the subject of two earlier use-of-force complaints, both of which were found unsubstantiated.
  > media_report | ledger | The Ledger | reported in May | >
City Council member Rafael Ortiz, who chairs the public safety committee, wants the board to have binding authority over discipline, a change that would require a charter amendment.
  > named_official | ortiz | City Council member Rafael Ortiz, who chairs the public safety committee | wants | the board to have binding authority over discipline | nosrc
Ortiz said he expected to bring the proposal to the council in the fall.
  > named_official | ortiz | Ortiz | said | >
Baptiste did not return a call Thursday seeking comment on the proposal.
  > declined_comment | baptiste | Baptiste | did not return a call Thursday | - | resp=no_response

@excluded
Get the Ledger's Public Safety newsletter every Friday.
Share this story: Facebook | X | Email
Comments are reviewed before they are posted.
© 2025 The Marlow Ledger
''')

ARTICLES.append(r'''
@id ay-jail-health-vendor-contract-pelham
@style jail_health_vendor_contract_tv_web
Commissioners renew jail health contract despite four deaths; vendor says its care meets standards
  > named_organization | sentinel | vendor | says | its care meets standards

PELHAM COUNTY, Ky. -- Pelham County commissioners voted 3-2 Tuesday to extend the county jail's medical contract with Sentinel Correctional Health for three more years, over objections from relatives of four people who have died in the jail since 2023.
The new contract is worth $11.2 million a year, up from $9.4 million, according to a copy posted on the county's website.
  > document | contract | a copy posted on the county's website | according to | <
Commission Chair Lorraine Tubbs said the county had "no realistic alternative" because only one other company bid, at a higher price.
  > named_official | tubbs | Commission Chair Lorraine Tubbs | said | >
Sentinel, based in Nashville, said in a statement to KVRN 7 that its staff "provide care that meets or exceeds national correctional standards" and that it could not discuss individual patients because of privacy law.
  > named_organization | sentinel | Sentinel, based in Nashville | said in a statement to KVRN 7 | >

Among the four was Marcus Hale, 34, who died of a diabetic emergency in his cell in January 2024, according to the state medical examiner's report.
  > document | me-report | the state medical examiner's report | according to | <
Hale's sister, Dorothy Hale-Simmons, told commissioners that jail logs showed her brother had asked for insulin six times in two days.
  > named_person | hale-simmons | Hale's sister, Dorothy Hale-Simmons | told commissioners | >
"Six times," she said.
  > named_person | hale-simmons | she | said | <
"Six times he asked, and they wrote it down, and nobody came."
  > named_person | hale-simmons | Dorothy Hale-Simmons | - | *
The Hale family has sued Sentinel and the county in federal court; the suit alleges that guards ignored his symptoms for two days.
  > document | lawsuit | the suit | alleges | >
Attorneys for the county have asked a judge to dismiss the suit, court records show.
  > document | court-records | court records | show | <

A former Sentinel nurse who worked at the jail until last year, who asked not to be named because she still works in health care in the region, said the medical unit often had a single nurse on overnight shifts for more than 600 inmates.
  > anonymous_official | ex-nurse | A former Sentinel nurse who worked at the jail until last year | said | > | anon=who asked not to be named because she still works in health care in the region
Staffing records obtained by KVRN 7 through an open records request show 41 overnight shifts last year with one nurse on duty.
  > document | staffing-records | Staffing records obtained by KVRN 7 through an open records request | show | >
Sentinel did not respond to questions about the staffing records.
  > declined_comment | sentinel | Sentinel | did not respond to questions about the staffing records | - | resp=no_response

Commissioner Alan Greer, who voted against the extension, said the county should have rebid the contract with strict staffing terms.
  > named_official | greer | Commissioner Alan Greer, who voted against the extension | said | >
"We're paying more for the same thing that got people killed," Greer said.
  > named_official | greer | Greer | said | <
Commissioner Bev Sandoval also voted no.
She could not be reached after the meeting.
  > declined_comment | sandoval | She | could not be reached after the meeting | - | resp=unreachable
Sheriff Wade Connors, whose office runs the jail, plans to add a second medical observation cell this summer.
  > named_official | connors | Sheriff Wade Connors, whose office runs the jail | plans | to add a second medical observation cell this summer | nosrc
A spokesman for the sheriff's office said deputies "rely on the medical professionals" to make treatment decisions.
  > named_organization | sheriffs-office | A spokesman for the sheriff's office | said | >
Some advocates for incarcerated people say the county should bring jail medical care in-house, as neighboring Fenwick County did in 2022.
  > anonymous_other | advocates | Some advocates for incarcerated people | say | >

@excluded
Download the KVRN 7 app for breaking news alerts.
See a typo? Report it here.
Copyright 2025 KVRN-TV. All rights reserved.
''')

ARTICLES.append(r'''
@id ay-council-ethics-complaint-newsletter-brennan
@style council_ethics_complaint_civic_newsletter
The Civic Ledger: An ethics complaint lands on Councilmember Varga's desk

Good morning, and welcome to The Civic Ledger, our weekly look inside Brennan City Hall.
This week: a trip to Las Vegas, a parking contract and a complaint.

THE COMPLAINT
A Brennan resident filed an ethics complaint Monday accusing Councilmember Sofia Varga of voting on a parking contract for a company that had paid for her trip to a trade conference.
  > document | complaint | an ethics complaint | accusing | Councilmember Sofia Varga of voting on a parking contract for a company that had paid for her trip to a trade conference
The complaint, which The Civic Ledger obtained from the Board of Ethics, says the company, Metro Park Solutions, paid $3,180 for Varga's airfare and hotel in Las Vegas in October.
  > document | complaint | The complaint, which The Civic Ledger obtained from the Board of Ethics | says | >
Two weeks later, Varga voted with the majority to award Metro Park a five-year, $7 million contract to run the city's garages, council minutes show.
  > document | minutes | council minutes | show | <
The resident, retired accountant Gerald Finch, said he spotted the trip in Varga's annual financial disclosure form.
  > named_person | finch | The resident, retired accountant Gerald Finch | said | >
"I read these forms for fun, which tells you something about me," Finch said.
  > named_person | finch | Finch | said | <
"But this one jumped off the page."
  > named_person | finch | Gerald Finch | - | *
The disclosure form lists the trip as "educational travel" paid for by "MPS."
  > document | disclosure | The disclosure form | lists | >

WHAT VARGA SAYS
Varga told The Civic Ledger in a phone interview that she had reported the trip "exactly as the law requires" and that the conference had nothing to do with her vote.
  > named_official | varga | Varga | told The Civic Ledger in a phone interview | >
"If I'd been trying to hide it, I wouldn't have written it down," she said.
  > named_official | varga | she | said | <
She said she would repay the company if the ethics board asked her to.
  > named_official | varga | She | said | >
Metro Park's vice president for government relations, Nadine Cole, said in an email that the company sponsors "dozens of public officials" at the conference each year and that the practice is "common and transparent."
  > named_official | cole | Metro Park's vice president for government relations, Nadine Cole | said in an email | >
Council President Wendell Ames said he had not read the complaint, while a spokeswoman for Varga's office said staff were "fully cooperating" with the board.
  > named_official | ames | Council President Wendell Ames | said | he had not read the complaint
  > named_organization | varga-office | a spokeswoman for Varga's office | said | staff were "fully cooperating" with the board

WHAT HAPPENS NEXT
The five-member Board of Ethics has 30 days to decide whether to open a formal investigation, according to the city's ethics code.
  > document | ethics-code | the city's ethics code | according to | <
If it does, Varga could face a fine of up to $5,000 for each violation.
The board's executive director, Priya Raman, declined to discuss the complaint, citing confidentiality rules.
  > declined_comment | raman | The board's executive director, Priya Raman | declined to discuss the complaint | - | resp=declined
Raman said the board usually decides within the 30-day window and announces its decision at a public meeting.
  > named_official | raman | Raman | said | >
Lydia Okafor, who teaches government ethics at Brennan State University, said it was the timing of the vote, not the size of the gift, that made the complaint serious.
  > named_person | okafor | Lydia Okafor, who teaches government ethics at Brennan State University | said | >
Government ethics experts generally say gift complaints rarely end in fines of more than a few hundred dollars.
  > anonymous_other | experts | Government ethics experts | generally say | >

ALSO THIS WEEK
The council is expected to vote Thursday on the 2026 budget.
Mayor Phil Dunmore wants to add 12 firefighter positions, which the finance committee has said the city cannot afford.
  > named_official | dunmore | Mayor Phil Dunmore | wants | to add 12 firefighter positions | nosrc
  > named_organization | finance-committee | the finance committee | has said | the city cannot afford
The Brennan Herald reported Friday that the budget also pushes back the repaving of Canal Street by a year.
  > media_report | herald | The Brennan Herald | reported Friday | >

@excluded
Forwarded this email? Sign up here to get The Civic Ledger every Tuesday.
Got a tip about City Hall? Just hit reply.
You are receiving this email because you subscribed at civicledger.news.
Unsubscribe | Manage preferences
''')

ARTICLES.append(r'''
@id ay-book-challenge-review-committee-westbrook
@style book_challenge_review_committee_student_paper
Review committee votes to keep "The Salt Orchard" in library; parent who challenged it says she will appeal
  > named_person | garrity | parent who challenged it | says | she will appeal

A district committee of teachers, librarians and parents voted 6-1 last Thursday to keep "The Salt Orchard," a novel about two teenage farmworkers, on the shelves of the Westbrook High School library.
The book was challenged in September by Kendra Garrity, the mother of a Westbrook sophomore, who wrote in her complaint form that three passages were "sexually explicit and not appropriate for minors."
  > named_person | garrity | Kendra Garrity, the mother of a Westbrook sophomore | wrote in her complaint form | >
Garrity told the Wire on Monday that she would appeal the decision to the Harmon County School Board.
  > named_person | garrity | Garrity | told the Wire on Monday | >
"I'm not trying to ban anything," she said.
  > named_person | garrity | she | said | <
"I'm asking whether a 14-year-old should be handed this without a parent knowing."
  > named_person | garrity | Kendra Garrity | - | *

Librarian Teresa Mbeki, who served on the committee, said the passages Garrity flagged make up "less than two pages of a 340-page book about work and friendship."
  > named_official | mbeki | Librarian Teresa Mbeki, who served on the committee | said | >
Under district policy, a challenged book stays on the shelf while it is under review.
The committee's written decision says the book "has literary merit as a whole" and is "appropriate for the age group served."
  > document | decision | The committee's written decision | says | >
The only vote against keeping it came from a parent member, according to the decision, which does not identify members by name.
  > document | decision | the decision | according to | <

Several students who attended the meeting said they had not known the book was in the library until it was challenged.
  > anonymous_other | students | Several students who attended the meeting | said | >
"Honestly, the challenge is the best advertising it ever got," said junior Amira Haddad, 16, who checked out the book last month.
  > named_person | haddad | junior Amira Haddad, 16, who checked out the book last month | said | <
The book's author, Luis Ferreira, said in an email to the Wire that he was "grateful to the librarians of Westbrook, who read the whole thing."
  > named_person | ferreira | The book's author, Luis Ferreira | said in an email to the Wire | >
School board president Gail Summers said the board would hear any appeal at its Nov. 18 meeting.
  > named_official | summers | School board president Gail Summers | said | >

An English teacher, who asked not to be named because she is not authorized to speak for the district, said she had taken the book off her 10th-grade reading list in September "just to be safe."
  > anonymous_official | teacher | An English teacher | said | > | anon=who asked not to be named because she is not authorized to speak for the district
Principal Roger Lantz did not respond to two emails asking whether teachers had been told to stop assigning the book during the review.
  > declined_comment | lantz | Principal Roger Lantz | did not respond to two emails | - | resp=no_response
It could not be confirmed whether other parents have filed complaints about the same book.
The Harmon County Gazette reported last month that the district had received 14 book challenges this year, up from two in 2023.
  > media_report | gazette | The Harmon County Gazette | reported last month | >
Nationally, attempts to remove books from school libraries have more than tripled since 2021, according to data from the American Library Association.
  > document | ala-data | data from the American Library Association | according to | <

@excluded
The Westbrook Wire is produced by students in Journalism II and Advanced Journalism.
Letters to the editor may be dropped off in Room 214 or emailed to the editors.
Follow the Wire on Instagram for game-day coverage.
''')

ARTICLES.append(r'''
@id ay-zoning-variance-appeal-liveblog-fairview
@style zoning_variance_appeal_hearing_liveblog
Live: Fairview zoning board hears appeal over nine-story Harlan Street apartment plan

6:02 p.m.
The Fairview Zoning Board of Appeals has opened tonight's hearing on Keystone Development's request for a variance to build a nine-story apartment building on Harlan Street, where zoning allows four stories.
About 150 people are in the room, and the fire marshal has closed the doors.
Keystone's filing with the board says the project cannot be built at four stories because soil conditions require a deep and costly foundation.
  > document | filing | Keystone's filing with the board | says | >

6:15 p.m.
Keystone's attorney, Martin Oyelaran, told the board the building would include 38 units set aside for households earning under 60 percent of the area median income.
  > named_official | oyelaran | Keystone's attorney, Martin Oyelaran | told the board | >
"This is the housing everyone in this room says they want," Oyelaran said.
  > named_official | oyelaran | Oyelaran | said | <

6:31 p.m.
Public comment has begun.
Ruth Castellano, who has lived on Harlan Street for 41 years, said the building would put her house "in shadow from October to March."
  > named_person | castellano | Ruth Castellano, who has lived on Harlan Street for 41 years | said | >
A shadow study submitted by Keystone shows that the tower would shade the north side of the street for up to four hours a day in winter.
  > document | shadow-study | A shadow study submitted by Keystone | shows | >
Several speakers said they support more housing in Fairview, just not at this height.
  > anonymous_other | speakers | Several speakers | said | >

6:48 p.m.
Darnell Wicks, a carpenter who said he rents a one-bedroom apartment across town for $1,900 a month, spoke in favor.
  > named_person | wicks | Darnell Wicks, a carpenter | said | he rents a one-bedroom apartment across town for $1,900 a month
"My kids can't afford to live in the town they grew up in," he said.
  > named_person | wicks | he | said | <

7:05 p.m.
Board chair Linda Okonkwo reminded speakers that under state law the board can grant a variance only if the applicant shows a hardship "unique to the property."
  > named_official | okonkwo | Board chair Linda Okonkwo | reminded | that under state law the board can grant a variance only if the applicant shows a hardship "unique to the property."

7:20 p.m.
A group called Harlan Street Neighbors, which organized tonight's turnout, says it has collected 1,200 signatures against the variance.
  > named_organization | hsn | A group called Harlan Street Neighbors, which organized tonight's turnout | says | >
The signatures could not be independently verified tonight.

7:42 p.m.
A memo from city planning staff, released last week, recommends approval, finding that the soil report supports Keystone's hardship claim.
  > document | memo | A memo from city planning staff, released last week | recommends | >

8:10 p.m.
Councilmember Jorge Benitez, whose ward includes Harlan Street, is not on the zoning board but spoke during public comment, saying the city "cannot keep saying no to every building taller than a church steeple."
  > named_official | benitez | Councilmember Jorge Benitez, whose ward includes Harlan Street | saying | >
A Keystone executive, speaking to reporters in the hallway on condition that he not be named because the company has designated Oyelaran as its spokesman, said the company would consider cutting the building to seven stories.
  > anonymous_official | keystone-exec | A Keystone executive | said | > | anon=on condition that he not be named because the company has designated Oyelaran as its spokesman
Oyelaran, asked about that, declined to comment.
  > declined_comment | oyelaran | Oyelaran | declined to comment | - | resp=declined

8:55 p.m.
The board voted 3-2 to continue the hearing to Jan. 14 without a decision.
Okonkwo said the board wanted to see a revised design at seven stories before then.
  > named_official | okonkwo | Okonkwo | said | >
Castellano, on her way out, said she would be back in January.
  > named_person | castellano | Castellano | said | >
"We'll bring more people," she said.
  > named_person | castellano | she | said | <
That's it for tonight's live coverage.

@excluded
The Fairview Current is a nonprofit newsroom. Donate today to support local reporting.
Get our Civic Calendar newsletter so you never miss a public meeting.
Share this live blog
''')

ARTICLES.append(r'''
@id ay-public-defender-caseload-radio-dunmore
@style public_defender_caseload_radio_segment
Transcript: Why public defenders in Dunmore County are turning away new cases

ELENA MARSH, HOST: This is Morning Report on WKPR.
The Dunmore County public defender's office says it can no longer take new felony cases, and a judge is now deciding what happens to people who are arrested and have no lawyer.
  > named_organization | pd-office | The Dunmore County public defender's office | says | >
WKPR's Tom Adair has been following the story.

TOM ADAIR, BYLINE: Chief Public Defender Nia Roberts says each of her 22 felony lawyers carries about 190 open cases.
  > named_official | roberts | Chief Public Defender Nia Roberts | says | >
The state's own caseload standards, adopted in 2023, call for no more than 60.
  > document | standards | The state's own caseload standards, adopted in 2023 | call for | >

NIA ROBERTS: We are not giving people a defense.
  > named_official | roberts | NIA ROBERTS | : | >
We are giving them a lawyer who has met them once, in a hallway, for five minutes.
  > named_official | roberts | NIA ROBERTS | - | *
That's not what the Constitution promises.
  > named_official | roberts | NIA ROBERTS | - | *

ADAIR: Last month, Roberts told the court her office would stop accepting new felony appointments.
  > named_official | roberts | Roberts | told the court | >
Since then, 43 people charged with felonies have been held in the county jail with no lawyer assigned, according to a filing by the Dunmore County Bar Association.
  > document | bar-filing | a filing by the Dunmore County Bar Association | according to | <
One of them is Kevin Tran, who has been in jail for five weeks on a burglary charge.
His mother, Linh Tran, spoke to us outside the jail.

LINH TRAN: He calls me every night and asks, "Mom, do I have a lawyer yet?"
  > named_person | linh-tran | LINH TRAN | : | >
And every night I have to tell him no.
  > named_person | linh-tran | LINH TRAN | - | *

ADAIR: District Attorney Frank Colletti argued at a hearing last week that cases cannot simply be put on hold.
  > named_official | colletti | District Attorney Frank Colletti | argued at a hearing last week | >

FRANK COLLETTI: Victims have rights too.
  > named_official | colletti | FRANK COLLETTI | : | >
If a case gets dismissed because nobody will defend it, that's a failure of the system, not a victory for anybody.
  > named_official | colletti | FRANK COLLETTI | - | *

ADAIR: Judge Miriam Oduya has given the county until Friday to propose a plan.
County commissioners have not said where the money would come from.
A county budget official, who was not authorized to speak publicly, told WKPR the commission is considering a one-time transfer of $2 million from its reserve fund.
  > anonymous_official | budget-official | A county budget official | told WKPR | > | anon=who was not authorized to speak publicly
Commission Chair Helen Brandt did not respond to our requests for an interview.
  > declined_comment | brandt | Commission Chair Helen Brandt | did not respond to our requests for an interview | - | resp=no_response
Some defense lawyers in private practice say they won't take appointed cases at the current rate of $65 an hour.
  > anonymous_other | private-lawyers | Some defense lawyers in private practice | say | >
Roberts says the rate should be at least $110.
  > named_official | roberts | Roberts | says | >
For WKPR News, I'm Tom Adair in Dunmore.

MARSH: Judge Oduya's hearing is set for Friday morning.

@excluded
Copyright © 2025 WKPR. All rights reserved.
This transcript was created on a rush deadline and may not be in its final form.
Support this work: become a WKPR member today.
''')

ARTICLES.append(r'''
@id ay-sheriff-race-recount-lawsuit-kettle
@style sheriff_race_recount_lawsuit_wire
Losing sheriff candidate sues over 212-vote margin, saying hundreds of ballots were wrongly tossed
  > named_official | lowry | Losing sheriff candidate | saying | hundreds of ballots were wrongly tossed

BRISTOW, Mont. -- The runner-up in Kettle County's race for sheriff filed a lawsuit Friday asking a judge to order a hand recount, alleging that election workers wrongly rejected hundreds of mail ballots over signature mismatches.
  > named_official | lowry | The runner-up in Kettle County's race for sheriff | alleging | >
Chief Deputy Craig Lowry lost to Sheriff Bonnie Achterberg by 212 votes out of about 31,000 cast, according to certified results.
  > document | results | certified results | according to | <
The suit, filed in state district court in Bristow, says 388 ballots were rejected, more than twice as many as in 2020.
  > document | suit | The suit, filed in state district court in Bristow | says | >
Lowry, who still works under Achterberg, said in a statement that he was "not asking for special treatment, only for every lawful vote to be counted."
  > named_official | lowry | Lowry, who still works under Achterberg | said in a statement | >

County Clerk Patrice Dunleavy said her office had followed state law and had notified every voter whose ballot was flagged.
  > named_official | dunleavy | County Clerk Patrice Dunleavy | said | >
"We sent letters, we called, we emailed," Dunleavy said, "and some people fixed it and some didn't."
  > named_official | dunleavy | Dunleavy | said | "We sent letters, we called, we emailed," ;; "and some people fixed it and some didn't."
A person familiar with the clerk's review said a handful of the rejected ballots had been flagged because voters signed on the wrong line of the envelope.
  > anonymous_familiar | familiar | A person familiar with the clerk's review | said | >
Achterberg's campaign said the suit was "a sore loser's fishing expedition."
  > named_organization | achterberg-campaign | Achterberg's campaign | said | >
Achterberg herself declined to comment, citing the litigation.
  > declined_comment | achterberg | Achterberg herself | declined to comment | - | resp=declined
The secretary of state's office said it had received the county's certified results on time, while the state Democratic Party, which backed Lowry, said it would help pay his legal costs.
  > named_organization | sos | The secretary of state's office | said | it had received the county's certified results on time
  > named_organization | dems | the state Democratic Party, which backed Lowry | said | it would help pay his legal costs

Some voters whose ballots were rejected said they never received a notice.
  > anonymous_other | voters | Some voters whose ballots were rejected | said | >
One of them, retired rancher Earl Mathis, 79, said he learned his vote had not counted from a neighbor who checked the county's website.
  > named_person | mathis | One of them, retired rancher Earl Mathis, 79 | said | >
"Fifty-eight years I've voted in this county," Mathis said.
  > named_person | mathis | Mathis | said | <
Challenges like Lowry's rarely change the outcome of an election, said Joan Whitaker, who teaches election law at Kettle Valley College.
  > named_person | whitaker | Joan Whitaker, who teaches election law at Kettle Valley College | said | <
But she said the number of rejected ballots was "big enough to make a judge look twice."
  > named_person | whitaker | she | said | >
The Bristow Tribune first reported the number of rejected ballots last week.
  > media_report | tribune | The Bristow Tribune | first reported | the number of rejected ballots
A hearing is scheduled for Dec. 3.
Achterberg is set to be sworn in for a third term on Jan. 5.

@excluded
Copyright 2025 Mountain States Wire. All rights reserved.
This material may not be published, broadcast, rewritten or redistributed without permission.
''')

ARTICLES.append(r'''
@id ay-exoneration-long-read-boyle
@style exoneration_long_read_magazine
Nineteen years, one hair and a witness who changed her mind

After a DNA test and a recanted identification, Terrence Boyle walked out of Calder State Prison in June.
The prosecutors who convicted him still say he was "probably there."
  > named_organization | da-office | The prosecutors who convicted him | still say | >

The first time I met Terrence Boyle, he was wearing a borrowed suit two sizes too big and eating a cheeseburger in the parking lot of the Ansel County courthouse, an hour after a judge vacated his conviction.
"I told myself I wasn't going to cry in front of anybody," he said.
  > named_person | boyle | he | said | <
"I made it about four minutes."
  > named_person | boyle | he | - | *
Boyle, now 46, was convicted in 2006 of murdering Ellen Prager, a convenience store clerk in the town of Wexford.
The case against him rested on two things, according to the trial transcript: a single hair found on the counter, which an analyst testified was "consistent with" Boyle's, and a teenager who said she saw him run from the store.
  > document | transcript | the trial transcript | according to | The case against him rested on two things ;; a single hair found on the counter, which an analyst testified was "consistent with" Boyle's, and a teenager who said she saw him run from the store

Last year, a DNA test arranged by the Meridian Innocence Project found that the hair came from someone else, according to a lab report filed with the court.
  > document | lab-report | a lab report filed with the court | according to | <
The witness, who was 15 at the time, is now a nurse in another state.
This magazine is not naming her because she was a minor at the time and has asked for privacy.
In a sworn statement filed in March, she said detectives had "pushed" her to pick Boyle from a photo lineup and that she had never been sure.
  > anonymous_other | witness | she | said | > | count=1
"I was a kid and I wanted to help," she wrote.
  > anonymous_other | witness | she | wrote | < | count=1
"I helped put the wrong man in prison."
  > anonymous_other | witness | she | - | * | count=1
Alisha Brandt, the Innocence Project lawyer who spent six years on the case, said the statement was the first time the witness had told anyone in authority about her doubts.
  > named_official | brandt | Alisha Brandt, the Innocence Project lawyer who spent six years on the case | said | >

The district attorney, Howard Kemp, did not oppose vacating the conviction, but his office has not dismissed the murder charge.
A spokeswoman for Kemp said the office was "reviewing all remaining evidence" and had not decided whether to retry Boyle.
  > named_organization | da-office | A spokeswoman for Kemp | said | >
At a hearing in June, Kemp's chief deputy, Lionel Ruiz, told the judge that the DNA result "does not prove Mr. Boyle wasn't in that store."
  > named_official | ruiz | Kemp's chief deputy, Lionel Ruiz | told the judge | >
Kemp declined my request for an interview.
  > declined_comment | kemp | Kemp | declined my request for an interview | - | resp=declined
The surviving detective from the case, Carl Voss, who retired in 2015, could not be reached at a listed number.
  > declined_comment | voss | The surviving detective from the case, Carl Voss, who retired in 2015 | could not be reached at a listed number | - | resp=unreachable
Two former Ansel County prosecutors, speaking on the condition of anonymity because they still practice in the county, told me the office was reluctant to drop the case because the victim's family remains convinced of Boyle's guilt.
  > anonymous_official | ex-prosecutors | Two former Ansel County prosecutors | told me | > | anon=speaking on the condition of anonymity because they still practice in the county
Prager's brother, Walter, said in a phone call that he would "never believe for one second" that Boyle was innocent.
  > named_person | walter-prager | Prager's brother, Walter | said in a phone call | >

The analyst who testified at the trial was later found by a state audit to have overstated the significance of hair comparisons in at least 30 cases, the Capital Register reported in 2011.
  > media_report | register | the Capital Register | reported in 2011 | <
A 2019 state law entitles exonerees to $50,000 for each year of wrongful imprisonment, but only if the charges against them are dismissed.
Boyle wants the charge dismissed so that he can apply.
  > named_person | boyle | Boyle | wants | the charge dismissed so that he can apply | nosrc
For now he lives with an aunt in Wexford and works nights stocking shelves at a hardware store.
"I still wake up at 5:30 for count," he told me.
  > named_person | boyle | he | told me | <
"Nineteen years, your body doesn't forget."
  > named_person | boyle | he | - | *

@excluded
This article appears in the October issue of Meridian Monthly.
Sign up for Long Reads, our weekly newsletter of the best stories from the magazine.
© 2025 Meridian Monthly. All rights reserved.
''')

ARTICLES.append(r'''
@id ay-dispatch-center-outage-explainer-harrow
@style dispatch_center_outage_explainer
What went wrong when Harrow County's 911 system went dark for three hours

For three hours and 12 minutes on the night of Aug. 9, calls to 911 in Harrow County rang through to nothing.
Here is what we know so far, and what we don't.

What happened?
At 10:41 p.m., a software update pushed by the county's dispatch vendor, CivicLink Systems, crashed the servers that route calls to dispatchers, according to a preliminary report released Monday by the county's emergency communications department.
  > document | prelim-report | a preliminary report released Monday by the county's emergency communications department | according to | <
The report says 311 calls failed to connect during the outage.
  > document | prelim-report | The report | says | >
CivicLink said in a statement that the update had been "tested extensively" and that it was working with the county "to understand the full sequence of events."
  > named_organization | civiclink | CivicLink | said in a statement | >

Why didn't the backup work?
The county's backup center, in the basement of the sheriff's office, is supposed to take over automatically.
It did not, because its phone lines had been disconnected during a renovation in June and never reconnected, Emergency Communications Director Paula Renner told commissioners on Tuesday.
  > named_official | renner | Emergency Communications Director Paula Renner | told commissioners on Tuesday | <
"That one is on us, not on the vendor," Renner said.
  > named_official | renner | Renner | said | <
Two dispatchers who were on duty that night, who asked not to be identified because they were told not to speak to reporters, said supervisors did not switch to the manual call-forwarding plan for nearly two hours because no one could find the binder that describes it.
  > anonymous_official | dispatchers | Two dispatchers who were on duty that night | said | > | anon=who asked not to be identified because they were told not to speak to reporters
Renner did not dispute that account when asked about it Wednesday, but said the plan has since been posted at every console.
  > named_official | renner | Renner | said | >

Did anyone die?
That is not yet known.
A 68-year-old man in Linwood, Ray Ortega, died of a heart attack that night after his wife's calls to 911 failed, according to his daughter, Janelle Ortega.
  > named_person | janelle-ortega | his daughter, Janelle Ortega | according to | <
"My mom called four times.
  > named_person | janelle-ortega | Janelle Ortega | - | *
Then she called me, and I drove him to the hospital myself," Ortega said.
  > named_person | janelle-ortega | Ortega | said | <
The county medical examiner has not determined whether a faster response would have saved him.
The Harrow Sentinel reported Sunday that firefighters reached at least two house fires late that night only after neighbors drove to the station.
  > media_report | sentinel | The Harrow Sentinel | reported Sunday | >

How often does this happen?
A federal database of 911 outages shows 47 outages of more than an hour nationwide last year.
  > document | fcc-db | A federal database of 911 outages | shows | >
Analysts who study emergency communications say failures of backup centers are more common than the public realizes, because they are rarely tested under real load.
  > anonymous_other | analysts | Analysts who study emergency communications | say | >

What happens now?
Commissioners voted 5-0 on Tuesday to hire an outside firm to review the outage.
Commissioner Dale Faber wants CivicLink to pay for the review.
  > named_official | faber | Commissioner Dale Faber | wants | CivicLink to pay for the review | nosrc
CivicLink did not respond to a question about whether it would.
  > declined_comment | civiclink | CivicLink | did not respond to a question about whether it would | - | resp=no_response
The state 911 board, which can fine counties that fall short of its standards, said it had opened an inquiry.
  > named_organization | state-911-board | The state 911 board, which can fine counties that fall short of its standards | said | >

@excluded
Have a question about this story? Email our Ask the Sentinel team.
Sign up for breaking news text alerts.
Copyright © 2025 The Harrow Sentinel. All rights reserved.
''')

ARTICLES.append(r'''
@id ay-water-rate-increase-vote-corrected-lakemont
@style water_rate_increase_vote_corrected_story
Lakemont council approves 18 percent water rate increase; utility says old pipes can't wait
  > named_organization | utility | utility | says | old pipes can't wait

Update, 9:40 p.m.: The Lakemont City Council voted 5-2 on Tuesday night to approve the increase, which takes effect Jan. 1.

LAKEMONT, Wis. -- Lakemont households will pay about 18 percent more for water next year under a rate plan the City Council approved Tuesday, the first increase since 2017.
The average household bill will rise from $52 to $61 a month, according to the Lakemont Water Utility.
  > named_organization | utility | the Lakemont Water Utility | according to | <
The utility says the money is needed to replace about 40 miles of cast-iron mains, some laid in the 1920s, that break more than 200 times a year.
  > named_organization | utility | The utility | says | >
"We are patching a system that is older than anyone in this room," the utility's general manager, Owen Pratt, told the council.
  > named_official | pratt | the utility's general manager, Owen Pratt | told the council | <
A consultant's study commissioned by the utility found that putting off the work another five years would raise its eventual cost by about $30 million.
  > document | study | A consultant's study commissioned by the utility | found | >

Council member Gretchen Alvarado, one of the two no votes, said the city should have phased in the increase over three years.
  > named_official | alvarado | Council member Gretchen Alvarado, one of the two no votes | said | >
Council member Ben Siu, the other no vote, said seniors on fixed incomes could not absorb it, and Alvarado said she worried landlords would pass it on to tenants.
  > named_official | siu | Council member Ben Siu, the other no vote | said | seniors on fixed incomes could not absorb it
  > named_official | alvarado | Alvarado | said | she worried landlords would pass it on to tenants
Mayor Teresa Kowalczyk, who votes only to break a tie, has not said publicly whether she supports the plan.
Her office did not return a message Tuesday.
  > declined_comment | mayor-office | Her office | did not return a message Tuesday | - | resp=no_response

About 30 residents spoke at the public hearing before the vote, most of them against the increase.
Frank Delgado, a retired machinist, said his water bill is already larger than any other utility bill except heat.
  > named_person | delgado | Frank Delgado, a retired machinist | said | >
A few speakers said they would support the increase if it stopped the water main breaks on their streets.
  > anonymous_other | speakers | A few speakers | said | > | count=plural
The utility has applied for $12 million in low-interest state loans, loan records show.
  > document | loan-records | loan records | show | <
The Journal reported last year that the utility spent $4.1 million on emergency repairs in 2024.
  > media_report | journal | The Journal | reported last year | >
The utility plans to start a discount program for low-income households next spring.
  > named_organization | utility | The utility | plans | to start a discount program for low-income households next spring | nosrc
The state Public Service Commission must still approve the new rates, a step that a commission spokesman said usually takes 60 to 90 days.
  > named_organization | psc | a commission spokesman | said | a step that ;; usually takes 60 to 90 days

@excluded
Correction: An earlier version of this story incorrectly reported how Council member Gretchen Alvarado voted. She voted against the increase.
Get breaking news alerts from the Lakemont Journal.
Comments are closed for this story.
© 2025 Lakemont Journal
''')

ARTICLES.append(r'''
@id ay-parole-board-chair-qa-whitlock
@style parole_board_chair_qa_interview
Parole board chair says panel "is not the sentencing judge" in Whitlock release
  > named_official | ferrand | Parole board chair | says | >

Last month, the Covington State Parole Board voted 4-1 to release Dwayne Whitlock, who served 31 years for the 1993 killing of a gas station attendant, Leon Bell, over the objections of Bell's family and the county prosecutor.
Governor Elaine Marsh's office said in a statement that the governor "respects the board's independence" but has asked for a review of how it notifies victims.
  > named_organization | gov-office | Governor Elaine Marsh's office | said in a statement | >
Whitlock, now 58, has moved to a halfway house in Dorrance; his lawyer, Rebecca Tan, said he did not wish to speak publicly.
  > named_official | tan | his lawyer, Rebecca Tan | said | >
A board staff member, who spoke on condition of anonymity because deliberations are confidential, said the hearing had been scheduled before the Bell family was notified.
  > anonymous_official | staffer | A board staff member | said | > | anon=who spoke on condition of anonymity because deliberations are confidential
Board chair Angela Ferrand, who has led the board since 2021, spoke with the Post-Dispatch on Friday.
The interview has been edited for length and clarity.

Q: Why did the board vote to release him?
Ferrand: Because he met every standard the law requires us to weigh.
  > named_official | ferrand | Ferrand | : | >
He has had no disciplinary write-up in 19 years, he completed every program offered to him, and two separate psychological evaluations found he was at low risk to reoffend.
  > named_official | ferrand | Ferrand | - | *

Q: Leon Bell's son, Curtis Bell, told the board that Whitlock "has never once said my father's name."
  > named_person | curtis-bell | Leon Bell's son, Curtis Bell | told the board | >
Did that weigh on you?
Ferrand: Of course it did.
  > named_official | ferrand | Ferrand | : | >
I have read every letter that family has sent us over 30 years.
  > named_official | ferrand | Ferrand | - | *
But we are not the sentencing judge.
  > named_official | ferrand | Ferrand | - | *
Our question is whether he is safe to release now, not whether he has been punished enough.
  > named_official | ferrand | Ferrand | - | *

Q: The Bray County prosecutor, Sam Okafor, said after the vote that the board had "ignored the law."
  > named_official | okafor | The Bray County prosecutor, Sam Okafor | said after the vote | >
Ferrand: I have great respect for him, and he is wrong.
  > named_official | ferrand | Ferrand | : | >
The law tells us what to consider, and we considered all of it.
  > named_official | ferrand | Ferrand | - | *

Q: The Post-Dispatch reported this week that one board member who voted for release once worked for the law firm that now represents Whitlock.
  > media_report | post-dispatch | The Post-Dispatch | reported this week | >
Ferrand: That member disclosed it, and our ethics officer advised him there was no conflict because he left the firm in 2014.
  > named_official | ferrand | Ferrand | : | >

Q: Will the board change anything?
Ferrand: The governor has asked us to look at how we notify victims' families, and I think that's fair.
  > named_official | ferrand | Ferrand | : | >
The Bell family learned the hearing date from a news story, not from us.
  > named_official | ferrand | Ferrand | - | *
That should never happen.
  > named_official | ferrand | Ferrand | - | *

Q: Some victims' advocates say the board's recent run of releases is really about prison crowding.
  > anonymous_other | advocates | Some victims' advocates | say | >
Ferrand: Crowding is not a factor we consider, and it was not discussed in this case.
  > named_official | ferrand | Ferrand | : | >

@excluded
Read more interviews in our Sunday Conversations series.
Share your thoughts in the comments below. Comments are moderated.
© 2025 Covington Post-Dispatch
''')

ARTICLES.append(r'''
@id ay-court-security-screening-lapse-dalton
@style court_security_screening_lapse_trade_journal
After loaded gun slipped past screeners, Dalton County reviews courthouse security contract

A loaded handgun carried into the Dalton County Justice Center on Sept. 22 passed through a magnetometer and an X-ray machine without being flagged, and was found only when its owner, a juror, reported it to a bailiff two hours later, according to an incident report obtained by Court Administration Today.
  > document | incident-report | an incident report obtained by Court Administration Today | according to | <
The juror, a 61-year-old man whom the report does not name, told deputies he had forgotten the pistol was in his jacket.
  > anonymous_other | juror | The juror, a 61-year-old man whom the report does not name | told deputies | > | count=1
Screening at the justice center is handled by Aegis Protective Services, a private contractor, under a $2.6 million annual contract with the county, county procurement records show.
  > document | procurement | county procurement records | show | <

Court Administrator Helen Osgood said the two screeners on duty had been working 12-hour shifts because Aegis was short of staff.
  > named_official | osgood | Court Administrator Helen Osgood | said | >
"Fatigue is not an excuse, but it is an explanation," Osgood said in an interview.
  > named_official | osgood | Osgood | said in an interview | <
"We've asked Aegis for a staffing plan, in writing, by the end of the month."
  > named_official | osgood | Osgood | - | *
Aegis said in a statement that both screeners had been retrained and that the company "takes full responsibility" for the lapse.
  > named_organization | aegis | Aegis | said in a statement | >
The company did not respond to written questions about how many of its screening posts are vacant.
  > declined_comment | aegis | The company | did not respond to written questions | - | resp=no_response
In an administrative order issued Sept. 26, Presiding Judge Walter Nakamura directed that jurors be screened a second time before entering courtrooms.
  > named_official | nakamura | Presiding Judge Walter Nakamura | directed | >

Two court employees, who spoke on the condition of anonymity because they were not authorized to discuss security matters, said the X-ray machine at the main entrance had been malfunctioning on and off since summer.
  > anonymous_official | employees | Two court employees | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss security matters
A maintenance log reviewed by Court Administration Today shows a service call for the machine in July.
  > document | maintenance-log | A maintenance log reviewed by Court Administration Today | shows | >
The company that services the machine, Traxon Imaging, could not be reached for comment.
  > declined_comment | traxon | The company that services the machine, Traxon Imaging | could not be reached for comment | - | resp=unreachable
Guidelines published by the Conference of Court Security Directors, a professional group, recommend that screeners rotate off the X-ray monitor every 30 minutes.
  > document | guidelines | Guidelines published by the Conference of Court Security Directors, a professional group | recommend | >

Kevin Moyer, a former federal court security inspector who now advises courts on screening, said contract screeners often earn less than retail workers and leave within a year.
  > named_person | moyer | Kevin Moyer, a former federal court security inspector who now advises courts on screening | said | >
"Every courthouse in the country has a version of this story," Moyer said.
  > named_person | moyer | Moyer | said | <
"Most of them just never find out."
  > named_person | moyer | Moyer | - | *
Some court administrators in the region have privately questioned whether contract screeners are trained to the same standard as sheriff's deputies.
  > anonymous_official | administrators | Some court administrators in the region | have privately questioned | >
The Dalton County Sheriff's Office, which handled screening until 2019, wants the work returned to deputies.
  > named_organization | sheriff | The Dalton County Sheriff's Office, which handled screening until 2019 | wants | the work returned to deputies | nosrc
Sheriff's spokesman Lt. Aaron Fisk said the office had made that case to county commissioners "more than once."
  > named_official | fisk | Sheriff's spokesman Lt. Aaron Fisk | said | >
The county's contract with Aegis runs through June 2026.
The Dalton Daily Record first reported the incident on Sept. 24.
  > media_report | record | The Dalton Daily Record | first reported | the incident

@excluded
Court Administration Today is published by the Association of Trial Court Managers.
Subscribe to our weekly Security Brief.
Reprints and permissions: contact the editor.
© 2025 Court Administration Today
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
