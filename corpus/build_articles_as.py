"""Build corpus/articles/as.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, on state and city budgets and pensions, public schools and school boards,
higher-education finance, hospitals and nursing homes, insurance and banking regulation,
cybersecurity incidents, and weather and climate science
(city_pension_cola_suspension_liveblog, school_district_vendor_email_fraud_audit,
teacher_pension_treasurer_podcast_transcript, regional_university_bond_downgrade_wire,
nursing_home_chain_receivership_petition, nonprofit_hospital_charity_care_audit_feature,
auto_insurance_rate_request_rejection, bank_overdraft_refund_order_smart_brevity,
license_card_vendor_breach_public_radio, school_operating_levy_defeat_cuts_meeting,
rapid_heat_wave_attribution_science_feature, drought_map_designation_rancher_dispute), in the
voices of twelve kinds of outlet (a city paper's live blog with local times in reverse order,
a small-town daily with a correction in its footer, an edited podcast transcript with speaker
labels, a municipal-bond wire story, a metro paper's court-filing story, a nonprofit
newsroom's narrative feature in the present tense, a wire story with an update note, a
"smart brevity" local newsletter with labelled paragraphs, a public-radio website in the
present tense, a weekly's school-board meeting story, a science magazine feature with a dek,
and a TV station's website story). Each is built to test source typing and grouping: a
mayor, council members, an auditor, a treasurer, a superintendent, commissioners, a state
climatologist, a rating-agency analyst, company owners and chief executives, a union
president, an advocacy group's director and founder, and lawyers speaking for clients typed
as officials; lawyers, an actuary, professors, researchers, an agent, retirees, parents, a
nursing assistant and a rancher commenting as experts or residents typed as persons;
agencies, companies, rating agencies, associations, an actuarial firm and unnamed
spokespeople typed as organizations; anonymous officials (council and board members,
trustees, a department official, a former billing manager, a former examiner, a state
official "with knowledge of the investigation", lawmakers, health officials, weather-service
meteorologists, a map author) with and without a stated reason; people familiar and people
who have worked with a group; vague sources (retirees, parents, relatives, advocates,
analysts, listeners, ranchers, scientists, researchers); documents (an audit, minutes,
distress reports, a petition, a consent order, a transcript, filings, trade data,
projections, letters, tallies, a climate summary); media reports, including the outlet's own
earlier reporting and a report that cited a person familiar (outermost attribution);
non-answers of all three kinds; pronouns and bare surnames referring back; people described
first and named later; quotes over several sentences; split content; headline attributions;
speaker labels in a transcript; two attributions in one sentence; and look-alikes left
unannotated or marked not sourcing ("has not changed its view", "has not said", "under state
law", "has not been peer reviewed", "had wanted", "had planned", "had hoped", "plans").
All twelve end with a footer of excluded boilerplate. Nothing is trained or tuned on them.
Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_as.py [--render]
     python corpus/build_articles_as.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "as.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id as-city-pension-cola-suspension-liveblog-harwick
@style city_pension_cola_suspension_liveblog
Live updates: Harwick council takes up freeze on retirees' pension raises as mayor warns of "insolvency by 2031"
  > named_official | aldana | mayor | warns of | "insolvency by 2031"

9:52 p.m.
The council approved the freeze 6-3 shortly before 10 p.m., after nearly five hours of public comment.
Council President Dolores Quiñones said the vote was "the hardest I have cast in 14 years."
  > named_official | quinones | Council President Dolores Quiñones | said | >
Retirees in the gallery booed as the tally was read, and Mayor Kevin Aldana left the chamber through a side door.
His spokeswoman, Tess Morrow, said he would hold a news conference Thursday morning.
  > named_official | morrow | His spokeswoman, Tess Morrow | said | >

9:10 p.m.
Here is what the ordinance does: it suspends the 2 percent annual cost-of-living adjustment for about 7,400 retired city workers for three years.
The city's actuary, Brightline Actuarial, estimated in a March report that the suspension would save $212 million over 10 years.
  > named_organization | brightline | The city's actuary, Brightline Actuarial | estimated in a March report | >
The pension fund holds 41 cents for every dollar it owes retirees, down from 58 cents in 2015, the Ledger reported last month.
  > media_report | ledger | the Ledger | reported last month | <
The state's Public Employee Retirement Commission has classified the plan as "severely distressed" every year since 2019, according to its annual distress reports.
  > document | distress-reports | its annual distress reports | according to | <

8:25 p.m.
The retirees' association says it will sue.
  > named_organization | retirees-assn | The retirees' association | says | it will sue
Gloria Pettaway, a lawyer for the Harwick Municipal Retirees Association, told the council the freeze "breaks a promise the state constitution says cannot be broken."
  > named_official | pettaway | Gloria Pettaway, a lawyer for the Harwick Municipal Retirees Association | told the council | the freeze "breaks a promise the state constitution says cannot be broken."
"We will be in Commonwealth Court by Monday," she said.
  > named_official | pettaway | she | said | <
Raymond Voss, a Pittsburgh pension lawyer who has advised several cities but is not involved in the Harwick dispute, said courts have upheld temporary suspensions when a plan's survival was at stake.
  > named_person | voss | Raymond Voss, a Pittsburgh pension lawyer who has advised several cities but is not involved in the Harwick dispute | said | >

7:40 p.m.
Speakers have been lining up since 5 p.m., and the clerk's sign-up sheet now lists 86 names.
  > document | signup | the clerk's sign-up sheet | now lists | 86 names
A retired snowplow driver who went first told the council that the 2 percent raise is what lets him keep up with the price of insulin.
  > named_person | castle | A retired snowplow driver who went first | told the council | >
"I did my part," said the driver, Marvin Castle, 71.
  > named_person | castle | the driver, Marvin Castle, 71 | said | <
"I showed up in every blizzard for 31 years."
  > named_person | castle | Castle | - | *
Several other retirees said they had not heard about the vote until last week.
  > anonymous_other | retirees | Several other retirees | said | >

6:15 p.m.
Two council members who support the freeze told the Ledger on Tuesday that they had the votes, speaking on condition of anonymity because the majority had agreed not to discuss counts before the meeting.
  > anonymous_official | two-members | Two council members who support the freeze | told the Ledger on Tuesday | that they had the votes | anon=speaking on condition of anonymity because the majority had agreed not to discuss counts before the meeting
One of them said Aldana had personally called each undecided member over the weekend.
  > anonymous_official | two-members | One of them | said | >
Aldana's office did not respond to a question about the calls.
  > declined_comment | aldana-office | Aldana's office | did not respond to a question about the calls | - | resp=no_response
Aldana had wanted a five-year freeze but settled for three to win over the swing votes.
  > named_official | aldana | Aldana | had wanted | a five-year freeze | nosrc
Councilman Reggie Tolbert, who voted no, could not be reached after the meeting.
  > declined_comment | tolbert | Councilman Reggie Tolbert, who voted no | could not be reached after the meeting | - | resp=unreachable

@excluded
Refresh this page for the latest updates.
Sign up for The Harwick Ledger's City Hall newsletter.
Photo: Retirees fill the gallery at Harwick City Hall on Wednesday. (Ledger staff)
© 2025 The Harwick Ledger. All rights reserved.
''')

ARTICLES.append(r'''
@id as-school-district-payroll-phishing-loss-cold-springs
@style school_district_vendor_email_fraud_audit
Cold Springs schools wired $2.3 million to scammers posing as builder, audit finds
  > document | audit | audit | finds | Cold Springs schools wired $2.3 million to scammers posing as builder

COLD SPRINGS, Minn. -- The Cold Springs Area School District sent $2.3 million to criminals posing as one of its construction contractors last spring, according to a state audit released Wednesday.
  > document | audit | a state audit released Wednesday | according to | <
The district's business office changed the contractor's bank details after receiving an email that appeared to come from Larkin Builders, which is renovating Cold Springs Middle School, the audit found.
  > document | audit | the audit | found | <
Three payments went to the new account between March and May, until Larkin's billing department called to ask why it had not been paid, the report says.
  > document | audit | the report | says | <
The audit, by the Office of the State Auditor, says the office had no written procedure for checking changes to bank accounts and that the clerk who approved them had not had fraud training since 2019.
  > document | audit | The audit, by the Office of the State Auditor | says | >
State Auditor Marcus Lindqvist said at a news conference that the district had been "an easy mark."
  > named_official | lindqvist | State Auditor Marcus Lindqvist | said at a news conference | >
"This is not a story about one careless clerk," Lindqvist said.
  > named_official | lindqvist | Lindqvist | said | <
"It is a story about a district that never wrote down how money leaves the building."
  > named_official | lindqvist | Lindqvist | - | *

Superintendent Angela Whitcomb said in a statement that the district had "fallen victim to a sophisticated crime" and now requires two employees to confirm any change to a vendor's bank account by phone.
  > named_official | whitcomb | Superintendent Angela Whitcomb | said in a statement | >
About $410,000 has been recovered, the district said.
  > named_organization | district | the district | said | <
The FBI's Minneapolis field office declined to comment, citing an open investigation.
  > declined_comment | fbi | The FBI's Minneapolis field office | declined to comment | - | resp=declined
The clerk, whose name has not been released, was placed on paid leave in June and resigned in August, according to school board minutes.
  > document | minutes | school board minutes | according to | <
Two school board members said they were not told of the loss until the FBI contacted the board's chair in late May.
  > anonymous_official | board-members | Two school board members | said | >
One of them, who asked not to be named because the board's lawyer had advised members not to discuss the case, said the superintendent had known since April.
  > anonymous_official | board-members | One of them | said | > | anon=who asked not to be named because the board's lawyer had advised members not to discuss the case
Board Chair Tom Regan did not return several phone calls.
  > declined_comment | regan | Board Chair Tom Regan | did not return several phone calls | - | resp=no_response

Larkin Builders said in a statement that its own systems had not been hacked and that the fake emails came from a look-alike web address.
  > named_organization | larkin | Larkin Builders | said in a statement | >
Kaveh Rostami, who teaches network security at Granite Valley Technical College, said schemes like this one, known as business email compromise, are among the most common crimes against school districts.
  > named_person | rostami | Kaveh Rostami, who teaches network security at Granite Valley Technical College | said | >
"The scammers read the district's own board packets," he said.
  > named_person | rostami | he | said | <
"That is how they knew who the contractor was and when the checks were due."
  > named_person | rostami | Rostami | - | *
Several parents at Tuesday's board meeting said they wanted to know why they had learned about the loss from the auditor rather than from the district.
  > anonymous_other | parents | Several parents at Tuesday's board meeting | said | >
Whitcomb told the Gazette on Thursday that the renovation would be finished on time, using money from the district's reserves.
  > named_official | whitcomb | Whitcomb | told the Gazette on Thursday | >
The Gazette reported in July, citing a person familiar with the FBI inquiry, that the district had lost "more than $2 million."
  > media_report | gazette | The Gazette | reported | that the district had lost "more than $2 million."

@excluded
Correction: An earlier version of this story misspelled the name of Larkin Builders.
Read more: Cold Springs board approves middle school renovation
Have a news tip? Email newsroom@coldspringsgazette.com.
© 2025 Cold Springs Gazette
''')

ARTICLES.append(r'''
@id as-teacher-pension-treasurer-podcast-transcript
@style teacher_pension_treasurer_podcast_transcript
Transcript: Treasurer Okafor says teachers' pension "will pay every check" despite $9 billion gap
  > named_official | okafor | Treasurer Okafor | says | teachers' pension "will pay every check" despite $9 billion gap

State Treasurer Ngozi Okafor spoke with Capitol Notes host Ben Ruskin on Friday, two days after the Public School Employees' Retirement Fund reported a $9.1 billion gap between what it owes and what it holds.
  > named_organization | fund | the Public School Employees' Retirement Fund | reported | a $9.1 billion gap between what it owes and what it holds
Gov. Linda Marsh's office declined to make anyone available for the episode.
  > declined_comment | marsh-office | Gov. Linda Marsh's office | declined to make anyone available for the episode | - | resp=declined
This transcript has been edited for length and clarity.

RUSKIN: Treasurer, the gap is $9 billion.
Should teachers be worried?
OKAFOR: No retiree in this state is going to miss a check, not this year and not in 20 years.
  > named_official | okafor | OKAFOR | : | >
The fund pays out about $3 billion a year, and it has more than $40 billion invested.
  > named_official | okafor | OKAFOR | - | *
RUSKIN: The fund's own actuarial valuation says it is 61 percent funded, among the lowest levels in the country.
  > document | valuation | The fund's own actuarial valuation | says | >
OKAFOR: That number is real, and I'm not going to pretend it isn't.
  > named_official | okafor | OKAFOR | : | >
RUSKIN: Two members of the fund's board told me this week that you argued in a closed session against raising the contribution rate for school districts.
  > anonymous_official | board-members | Two members of the fund's board | told me this week | >
Is that accurate?
OKAFOR: I don't discuss what's said in executive session, Ben.
  > named_official | okafor | OKAFOR | : | >
What I have said publicly is that districts are already laying off teachers, and a bigger bill from us means more layoffs.
  > named_official | okafor | OKAFOR | - | *
RUSKIN: The state teachers' union says the real fix is for the Legislature to repay the $1.2 billion it skipped in contributions between 2010 and 2014.
  > named_organization | union | The state teachers' union | says | >
OKAFOR: They have a point.
  > named_official | okafor | OKAFOR | : | >
The Legislature's own budget office estimated last year that those skipped payments now cost the fund about $3 billion with interest.
  > named_official | okafor | OKAFOR | - | *
RUSKIN: The Prairie Institute, a free-market think tank, says new teachers should get a 401(k)-style plan instead of a pension.
  > named_organization | prairie | The Prairie Institute, a free-market think tank | says | >
OKAFOR: I've read their paper.
  > named_official | okafor | OKAFOR | : | >
Switching new hires wouldn't shrink the existing debt by a dollar, and it would cost the state more in the first decade.
  > named_official | okafor | OKAFOR | - | *
RUSKIN: We invited the fund's executive director, Paul Everly, to join us, and a fund spokeswoman said he was traveling.
  > named_organization | fund | a fund spokeswoman | said | >
Treasurer Okafor, thank you.

@excluded
Capitol Notes is produced by Prairie Public Media. Subscribe wherever you get your podcasts.
Transcripts are prepared with the help of software and reviewed by staff; please check the audio before quoting.
© 2025 Prairie Public Media
''')

ARTICLES.append(r'''
@id as-university-credit-downgrade-enrollment-eastfield
@style regional_university_bond_downgrade_wire
Larchmont Ratings cuts Eastfield State University's bonds two notches, citing enrollment slide
  > named_organization | larchmont | Larchmont Ratings | citing | enrollment slide

NEW YORK -- Larchmont Ratings on Tuesday cut its rating on about $640 million of Eastfield State University's bonds by two notches, to Baa2 from A3, saying the university's enrollment has fallen for seven straight years.
  > named_organization | larchmont | Larchmont Ratings | saying | the university's enrollment has fallen for seven straight years
In its report, Larchmont said Eastfield had drawn down its unrestricted reserves by 38 percent since 2020 to cover operating deficits.
  > named_organization | larchmont | Larchmont | said | >
"The university's plan to close the gap relies on enrollment growth that we do not expect," Larchmont analyst Priya Raman wrote.
  > named_official | raman | Larchmont analyst Priya Raman | wrote | <
Fall enrollment stood at 9,870 students, down from 14,200 in 2016, according to figures the university reported to the U.S. Education Department.
  > document | enrollment-figures | figures the university reported to the U.S. Education Department | according to | <
Eastfield's chief financial officer, Doug Kessler, said in an interview that the university had already eliminated 140 positions and would present a balanced budget to trustees in June.
  > named_official | kessler | Eastfield's chief financial officer, Doug Kessler | said in an interview | >
He called the downgrade "backward-looking."
  > named_official | kessler | He | called | the downgrade "backward-looking."
Kestrel Ratings, which rates the bonds A-minus, has not changed its view.
A Kestrel spokesman declined to say whether the rating was under review.
  > declined_comment | kestrel | A Kestrel spokesman | declined to say whether the rating was under review | - | resp=declined
Eastfield's bonds due in 2044 traded at an average yield of 5.9 percent on Tuesday, up from 5.1 percent a week earlier, according to trade data from the Municipal Securities Rulemaking Board.
  > document | msrb | trade data from the Municipal Securities Rulemaking Board | according to | <

Some bondholders have begun pressing the university to sell a downtown office tower it bought in 2018, said a person familiar with the discussions.
  > anonymous_familiar | familiar | a person familiar with the discussions | said | <
Two members of the board of trustees, who asked not to be named because the board has not formally taken up the idea, said a sale was under consideration.
  > anonymous_official | trustees | Two members of the board of trustees | said | > | anon=who asked not to be named because the board has not formally taken up the idea
Board Chair Renee Castillo did not respond to an email seeking comment.
  > declined_comment | castillo | Board Chair Renee Castillo | did not respond to an email seeking comment | - | resp=no_response
The state's higher education commissioner, Alan Brooks, said the state "is not in the business of bailing out" individual campuses.
  > named_official | brooks | The state's higher education commissioner, Alan Brooks | said | >
Legislators approved a 3 percent increase in state aid for public universities this year.

Municipal market analysts have warned for years that regional public universities in the Midwest face a shrinking pool of high school graduates.
  > anonymous_other | muni-analysts | Municipal market analysts | have warned for years | >
The number of U.S. high school graduates will peak this year and fall 13 percent by 2041, according to projections published in December by the Western Interstate Commission for Higher Education.
  > document | projections | projections published in December by the Western Interstate Commission for Higher Education | according to | <
Lena Ortiz, a partner at Cobalt Municipal Advisors, which does not own Eastfield debt, said investors would demand a steeper discount on the university's next bond sale.
  > named_person | ortiz | Lena Ortiz, a partner at Cobalt Municipal Advisors, which does not own Eastfield debt | said | >
"Nobody wants to be the last lender to a shrinking campus," Ortiz said.
  > named_person | ortiz | Ortiz | said | <
Eastfield had planned to borrow another $90 million next spring for a new science building.
  > named_organization | eastfield | Eastfield | had planned | to borrow another $90 million next spring for a new science building | nosrc
Kessler said that plan was now "on hold."
  > named_official | kessler | Kessler | said | >

@excluded
Reporting by Dana Whitcombe; Editing by Paul Grieve
Related coverage: Regional colleges face a demographic cliff
© 2025 Capital Wire. All rights reserved.
''')

ARTICLES.append(r'''
@id as-nursing-home-receivership-petition-lakeshore
@style nursing_home_chain_receivership_petition
Lakeshore nursing homes missed payroll twice and ran short of insulin, state says in court filing
  > named_organization | dhs | state | says in court filing | Lakeshore nursing homes missed payroll twice and ran short of insulin

MILWAUKEE -- The Wisconsin Department of Health Services asked a Milwaukee County judge on Monday to appoint a receiver to run three nursing homes owned by Lakeshore Senior Living, saying the company had twice failed to pay its staff and had let supplies of insulin and wound dressings run out.
  > named_organization | dhs | The Wisconsin Department of Health Services | saying | >
The petition says inspectors found two residents of the company's Bayview home who had gone without insulin for as long as two days in September.
  > document | petition | The petition | says | >
About 310 people live in the three homes.
Health Services Secretary Dana Olufsen said the department had "run out of patience" after four months of warnings.
  > named_official | olufsen | Health Services Secretary Dana Olufsen | said | >
A department official, who was not authorized to speak publicly, said two other operators had already asked about buying the homes.
  > anonymous_official | dhs-official | A department official | said | > | anon=who was not authorized to speak publicly

Lakeshore's owner, Simon Achterberg, said in a brief phone interview that the missed paychecks were caused by late Medicaid payments from the state and that the problem had been fixed.
  > named_official | achterberg | Lakeshore's owner, Simon Achterberg | said in a brief phone interview | >
"We have never let a resident go without care," he said before hanging up.
  > named_official | achterberg | he | said | <
A department spokesman said the state had paid every one of Lakeshore's Medicaid claims on time.
  > named_organization | dhs | A department spokesman | said | >
Achterberg's lawyer, Patricia Neumann, said the company would fight the petition and expected to win.
  > named_official | neumann | Achterberg's lawyer, Patricia Neumann | said | >
Richard Tolliver, an elder-law attorney in Madison who is not involved in the case, said receiverships are rare in Wisconsin and usually end with the homes being sold.
  > named_person | tolliver | Richard Tolliver, an elder-law attorney in Madison who is not involved in the case | said | >

Ann Kowalski, a nursing assistant at the Bayview home, said her paycheck had bounced twice since August.
  > named_person | kowalski | Ann Kowalski, a nursing assistant at the Bayview home | said | >
"My landlord doesn't care whose fault it is," she said.
  > named_person | kowalski | she | said | <
"He wants the rent on the first."
  > named_person | kowalski | Kowalski | - | *
Relatives of several residents said the homes had used temporary agency staff on most night shifts since the summer.
  > anonymous_other | relatives | Relatives of several residents | said | >
The state's long-term care ombudsman, Lisa Hamm, said her office had received 23 complaints about the three homes this year, more than in the previous three years combined.
  > named_official | hamm | The state's long-term care ombudsman, Lisa Hamm | said | >
As the Courier reported in October, Lakeshore had fallen about $4 million behind on rent to Northgate Healthcare Properties, the real estate firm that owns the buildings.
  > media_report | courier | the Courier | reported in October | >
Northgate did not return calls on Monday.
  > declined_comment | northgate | Northgate | did not return calls on Monday | - | resp=no_response
Lakeshore's former administrator at Bayview, who left in July, could not be reached.
  > declined_comment | former-admin | Lakeshore's former administrator at Bayview, who left in July | could not be reached | - | resp=unreachable
A hearing on the petition is scheduled for Nov. 4.

@excluded
Do you have a relative in a Lakeshore home? Tell us about their care.
Sign up for our Health Watch newsletter.
Photo: The Bayview Care Center on Milwaukee's south side. (Courier photo)
Copyright 2025 The Lakefront Courier.
''')

ARTICLES.append(r'''
@id as-hospital-charity-care-audit-evergreen
@style nonprofit_hospital_charity_care_audit_feature
Nonprofit hospitals billed poor patients they were supposed to treat for free, state report says
  > document | report | state report | says | Nonprofit hospitals billed poor patients they were supposed to treat for free

In March 2023, a 54-year-old school bus driver walked into the emergency room at Mercy Valley Medical Center with chest pains.
She left with a diagnosis of acid reflux and a bill for $11,400.
Under state law, her income of about $31,000 a year made her eligible for free care.
Nobody mentioned that, says the driver, Carla Benitez, who paid $50 a month for eight months before a legal aid lawyer spotted the mistake.
  > named_person | benitez | the driver, Carla Benitez, who paid $50 a month for eight months before a legal aid lawyer spotted the mistake | says | Nobody mentioned that

Her bill is one of 212 that state auditors examined for a report, released last week, on charity care at 14 nonprofit hospitals.
The report found that the hospitals had counted as charity care about $310 million in bills they had in fact sent to collection agencies or written off as bad debt.
  > document | report | The report | found | >
It also found that 9 of the 14 did not post their charity-care policies in their emergency rooms, as the law requires.
  > document | report | It | found | >
State Auditor Renata Diaz-Lowe calls the findings "not a rounding error."
  > named_official | diaz-lowe | State Auditor Renata Diaz-Lowe | calls | the findings "not a rounding error."
"These are institutions that pay no property tax because they promise to care for people who can't pay," she says.
  > named_official | diaz-lowe | she | says | <
"Some of them are keeping the tax break and skipping the promise."
  > named_official | diaz-lowe | Diaz-Lowe | - | *

The Evergreen Hospital Association, which represents the hospitals, said in a written response printed in the report that auditors had used "an overly narrow definition" of charity care.
  > named_organization | association | The Evergreen Hospital Association, which represents the hospitals | said in a written response printed in the report | >
Mercy Valley's parent company, Trinity Crest Health, did not answer written questions.
  > declined_comment | trinity | Mercy Valley's parent company, Trinity Crest Health | did not answer written questions | - | resp=no_response
A former billing manager at Mercy Valley, who spoke on the condition that she not be named because she signed a severance agreement, says supervisors told registration staff to "let the screening slide" when the emergency room was busy.
  > anonymous_official | billing-manager | A former billing manager at Mercy Valley | says | > | anon=who spoke on the condition that she not be named because she signed a severance agreement
Health policy researchers have long questioned whether nonprofit hospitals give back as much as their tax breaks are worth.
  > anonymous_other | researchers | Health policy researchers | have long questioned | whether nonprofit hospitals give back as much as their tax breaks are worth
Miriam Feldstein, a health economist at Portland State University, says the audit's method was, if anything, "generous to the hospitals."
  > named_person | feldstein | Miriam Feldstein, a health economist at Portland State University | says | >

State Sen. Tom Okada, who leads the Senate health committee, says he will introduce a bill in January requiring hospitals to screen every uninsured patient for free care automatically.
  > named_official | okada | State Sen. Tom Okada, who leads the Senate health committee | says | >
Okada had planned to introduce a similar bill last year but held off while the audit was under way.
  > named_official | okada | Okada | had planned | to introduce a similar bill last year | nosrc
Some lawmakers expect the hospital association to fight any mandate that comes with fines.
  > anonymous_official | lawmakers | Some lawmakers | expect | >
Benitez got her $400 back in February, she says, along with a letter that did not explain why.
  > named_person | benitez | she | says | Benitez got her $400 back in February ;; along with a letter that did not explain why
She has framed the letter.

@excluded
This story was produced in partnership with Evergreen Health Desk, a nonprofit newsroom.
Republish this article for free under a Creative Commons license.
Our journalism depends on readers like you. Donate today.
Photo illustration by the Health Desk staff.
''')

ARTICLES.append(r'''
@id as-auto-insurer-rate-filing-rejected-cardinal
@style auto_insurance_rate_request_rejection
Commissioner rejects Cardinal Mutual's 28% auto rate request, calls its data "unreliable"
  > named_official | navarro | Commissioner | calls | its data "unreliable"

HARTFORD, Conn. -- Connecticut Insurance Commissioner Elena Navarro on Thursday rejected a request by Cardinal Mutual Insurance Co. to raise its auto insurance rates by an average of 28 percent, saying the company's claims data were "unreliable and in places contradictory."
  > named_official | navarro | Connecticut Insurance Commissioner Elena Navarro | saying | >
The increase would have affected about 190,000 policyholders, according to the company's filing.
  > document | filing | the company's filing | according to | <
In her 43-page decision, Navarro wrote that Cardinal had counted some claims twice and had not explained a 61 percent jump in its estimate of repair costs for electric vehicles.
  > named_official | navarro | Navarro | wrote | >
Cardinal said in a statement that it was "disappointed" and would file a new request within 30 days.
  > named_organization | cardinal | Cardinal | said in a statement | >

The company's chief executive, Brett Haller, told analysts on an earnings call in August that Connecticut was "the single worst market we write in."
  > named_official | haller | The company's chief executive, Brett Haller | told analysts on an earnings call in August | >
According to a transcript of the call, Haller also said Cardinal might stop writing new policies in the state if the increase was denied.
  > document | call-transcript | a transcript of the call | According to | >
Asked on Thursday whether that was still the plan, a Cardinal spokeswoman, Maria Lentz, declined to say.
  > declined_comment | lentz | a Cardinal spokeswoman, Maria Lentz | declined to say | - | resp=declined
Cardinal has not said how many customers it might drop.
Cardinal can appeal the decision to Superior Court within 45 days.

Consumer advocates praised the decision.
  > anonymous_other | advocates | Consumer advocates | praised | the decision
"This is the first time in a decade the department has said no to a major carrier," said Jonah Whitfield, director of insurance policy at Consumer Watch New England.
  > named_official | whitfield | Jonah Whitfield, director of insurance policy at Consumer Watch New England | said | <
Three other insurers have rate requests pending, according to the department's public filing database.
  > document | database | the department's public filing database | according to | <
A department official, speaking on condition of anonymity because those filings are still under review, said at least one relies on the same repair-cost model that Cardinal used.
  > anonymous_official | dept-official | A department official | said | > | anon=speaking on condition of anonymity because those filings are still under review
Gov. Ruth Adebayo's office said the governor supported the commissioner's decision "without reservation."
  > named_organization | gov-office | Gov. Ruth Adebayo's office | said | >
The Hartford Ledger reported in June that Cardinal had quietly stopped renewing some policies in Fairfield County.
  > media_report | hartford-ledger | The Hartford Ledger | reported in June | >
Dan Reilly, an independent insurance agent in New Britain, said several of his clients had already received nonrenewal notices from Cardinal.
  > named_person | reilly | Dan Reilly, an independent insurance agent in New Britain | said | >
"People think the rate fight is the whole story," he said.
  > named_person | reilly | he | said | <
"It isn't."
  > named_person | reilly | Reilly | - | *
Jennifer Cho, an actuary who teaches at the University of Connecticut, said electric vehicles do cost more to repair but that a 61 percent jump "is hard to square with anything I've seen."
  > named_person | cho | Jennifer Cho, an actuary who teaches at the University of Connecticut | said | >

@excluded
This story has been updated with comment from the governor's office.
Reporting by Colin Tarrant; editing by Mia Sorensen.
© 2025 Capital Wire. All rights reserved.
''')

ARTICLES.append(r'''
@id as-overdraft-fee-consent-order-prairie-trust
@style bank_overdraft_refund_order_smart_brevity
Kansas regulator orders Prairie Trust Bank to refund $8.2 million in overdraft fees

Kansas regulators have ordered Prairie Trust Bank to refund about $8.2 million in overdraft fees charged to 61,000 customers, according to a consent order made public Monday.
  > document | order | a consent order made public Monday | according to | <
Why it matters: It's the largest overdraft penalty ever imposed by the Kansas Office of the State Bank Commissioner, the office said.
  > named_organization | osbc | the office | said | It's the largest overdraft penalty ever imposed by the Kansas Office of the State Bank Commissioner
Driving the news: The order says the Topeka bank charged fees on debit purchases that were approved when the account had enough money but settled after other charges had drawn it down.
  > document | order | The order | says | >
The bank neither admitted nor denied the findings, the order says.
  > document | order | the order | says | <
What they're saying: "We should have caught this sooner, and we're making it right," Prairie Trust CEO Hal Brandvold said in a statement.
  > named_official | brandvold | Prairie Trust CEO Hal Brandvold | said in a statement | "We should have caught this sooner, and we're making it right,"
A bank spokeswoman declined to say whether any employees had been disciplined.
  > declined_comment | prairie-trust | A bank spokeswoman | declined to say whether any employees had been disciplined | - | resp=declined
State Bank Commissioner Lorraine Ubel said the bank had cooperated, but that "cooperation after the fact doesn't give anybody their money back."
  > named_official | ubel | State Bank Commissioner Lorraine Ubel | said | >
The other side: The Kansas Bankers Association said in a statement that the practice had been "widespread and, until recently, accepted by federal examiners."
  > named_organization | kba | The Kansas Bankers Association | said in a statement | >
Between the lines: The Consumer Financial Protection Bureau said in a 2022 circular that such fees were likely unfair under federal law.
  > named_organization | cfpb | The Consumer Financial Protection Bureau | said in a 2022 circular | >
Two people familiar with the examination said state examiners first flagged the fees in 2021, but the bank kept charging them for another 18 months.
  > anonymous_familiar | familiar | Two people familiar with the examination | said | >
The commissioner's office declined to discuss the timeline, citing confidentiality rules for bank examinations.
  > declined_comment | osbc | The commissioner's office | declined to discuss the timeline | - | resp=declined
A former federal bank examiner, who asked not to be identified because she now consults for banks in the region, said 18 months was "not unusual" for a bank that disputes a finding.
  > anonymous_official | former-examiner | A former federal bank examiner | said | > | anon=who asked not to be identified because she now consults for banks in the region
Zoom in: Customers will get their refunds automatically by March 31, according to a notice the bank began mailing Friday.
  > document | notice | a notice the bank began mailing Friday | according to | Customers will get their refunds automatically by March 31
Ray Okonjo, a retired machinist in Wichita, said he was hit with 14 of the fees in a single month in 2022 and moved his money to a credit union.
  > named_person | okonjo | Ray Okonjo, a retired machinist in Wichita | said | >
"Fourteen fees, on one month of groceries," he said.
  > named_person | okonjo | he | said | <
Industry analysts expect other state regulators to follow Kansas.
  > anonymous_other | analysts | Industry analysts | expect | >
Sarah Lindgren, a Kansas City banking lawyer who represents community banks but was not involved in the case, said the order "sets a marker for every bank in the state."
  > named_person | lindgren | Sarah Lindgren, a Kansas City banking lawyer who represents community banks but was not involved in the case | said | >
What's next: Prairie Trust has 30 days to submit a compliance plan, the order says.
  > document | order | the order | says | Prairie Trust has 30 days to submit a compliance plan
The Federal Deposit Insurance Corp., the bank's federal regulator, did not respond to a request for comment.
  > declined_comment | fdic | The Federal Deposit Insurance Corp., the bank's federal regulator | did not respond to a request for comment | - | resp=no_response

@excluded
Go deeper: What counts as an overdraft fee now
Get more local news in your inbox with Heartland Brief, our free daily newsletter.
Support safe, smart local journalism: become a member.
''')

ARTICLES.append(r'''
@id as-dmv-vendor-breach-notification-nevada
@style license_card_vendor_breach_public_radio
Hackers took data on 1.3 million drivers from license contractor, Nevada DMV says
  > named_organization | dmv | Nevada DMV | says | Hackers took data on 1.3 million drivers from license contractor

The Nevada Department of Motor Vehicles says hackers stole the names, addresses and driver's license numbers of about 1.3 million people from the company that prints the state's license cards.
  > named_organization | dmv | The Nevada Department of Motor Vehicles | says | >
The company, Veridian Card Systems of Dallas, discovered the intrusion on Aug. 29, according to a notice the DMV filed with the attorney general's office.
  > document | ag-notice | a notice the DMV filed with the attorney general's office | according to | <
In letters that began arriving in mailboxes this week, Veridian says the stolen files did not include Social Security numbers.
  > named_organization | veridian | Veridian | says | >
But one of those letters, shared with KNVR by a listener in Reno, says "partial Social Security numbers" may have been exposed.
  > document | letter | one of those letters, shared with KNVR by a listener in Reno | says | >
Veridian does not respond to questions about the discrepancy.
  > declined_comment | veridian | Veridian | does not respond to questions about the discrepancy | - | resp=no_response

DMV Director Samuel Okonkwo tells lawmakers at a hearing in Carson City that the department learned of the breach from a newspaper reporter, not from the company.
  > named_official | okonkwo | DMV Director Samuel Okonkwo | tells lawmakers at a hearing in Carson City | >
"We found out from a reporter," Okonkwo says.
  > named_official | okonkwo | Okonkwo | says | <
"That should not be how the state learns about 1.3 million people's information."
  > named_official | okonkwo | Okonkwo | - | *
The newspaper was the Henderson Sentinel, which first reported the breach on Sept. 12 after finding the data offered for sale on a criminal forum.
  > media_report | sentinel | the Henderson Sentinel | first reported | the breach
A state official with knowledge of the investigation, who is not authorized to discuss it, says the hackers got in with a password stolen from a Veridian employee months earlier.
  > anonymous_official | state-official | A state official with knowledge of the investigation | says | > | anon=who is not authorized to discuss it
Halcyon Labs, a security firm that tracks the forum, says the same seller has offered data from at least four other government contractors this year.
  > named_organization | halcyon | Halcyon Labs, a security firm that tracks the forum | says | >
A person briefed on the company's response says Veridian has hired an outside forensics firm and has not yet told the state how many files were copied.
  > anonymous_familiar | briefed | A person briefed on the company's response | says | >
Some listeners tell us they received two letters, one of them addressed to a relative who died years ago.
  > anonymous_other | listeners | Some listeners | tell us | >

State Sen. Rosa Delgado, who chairs the committee, says she will introduce a bill requiring state contractors to report breaches within 72 hours.
  > named_official | delgado | State Sen. Rosa Delgado, who chairs the committee | says | >
Nevada law now sets no deadline for them.
A retired schoolteacher in Sparks opened his letter on Tuesday and spent the afternoon freezing his credit at all three credit bureaus.
"I've been on hold for two days," says the teacher, Tom Alvarez.
  > named_person | alvarez | the teacher, Tom Alvarez | says | <
He says no one at Veridian's call center could tell him which of his records were taken.
  > named_person | alvarez | He | says | >
Veridian's contract with the state runs through 2027 and is worth $14 million, according to state purchasing records.
  > document | purchasing-records | state purchasing records | according to | <
Okonkwo says the department is reviewing it.
  > named_official | okonkwo | Okonkwo | says | >
The company's chief executive, Lyle Brandt, could not be reached on Thursday.
  > declined_comment | brandt | The company's chief executive, Lyle Brandt | could not be reached on Thursday | - | resp=unreachable

@excluded
Listen to this story.
KNVR is listener-supported. Donate now and keep independent news on the air.
Copyright 2025 KNVR Public Radio.
''')

ARTICLES.append(r'''
@id as-school-operating-levy-defeat-layoffs-riverbend
@style school_operating_levy_defeat_cuts_meeting
After levy fails, Riverbend board weighs cutting 47 teaching jobs; "we are out of options," chair says
  > named_official | sorensen | chair | says | "we are out of options,"

RIVERBEND, Wash. -- Two weeks after voters rejected a four-year operating levy by 312 votes, the Riverbend School Board on Monday night began sorting through what it would have to cut.
Board Chair Helen Sorensen opened the meeting by saying the district was "out of options" and that a final list of cuts would be posted online by Friday.
  > named_official | sorensen | Board Chair Helen Sorensen | saying | >
According to a draft prepared by district staff, the cuts would include 47 teaching positions, middle school sports and the library at Oak Hollow Elementary.
  > document | draft | a draft prepared by district staff | According to | >
The levy, which would have raised about $9 million a year, got 49.4 percent of the vote, according to certified results from the Riverbend County auditor.
  > document | results | certified results from the Riverbend County auditor | according to | <
Superintendent Marcus Delacroix told the board that the district could not balance next year's budget without layoffs.
  > named_official | delacroix | Superintendent Marcus Delacroix | told the board | >
Asked whether administrators would take pay cuts, Delacroix said "everything is on the table."
  > named_official | delacroix | Delacroix | said | >

More than 200 people packed the Riverbend High School cafeteria.
Jessie Marlow, whose two children attend Oak Hollow, told the board that she had voted for the levy and knocked on doors for it.
  > named_person | marlow | Jessie Marlow, whose two children attend Oak Hollow | told the board | >
"We did everything right, and my kids are going to pay for it," Marlow said.
  > named_person | marlow | Marlow | said | <
Levy opponents, organized as Riverbend Taxpayers for Accountability, argued during the campaign that the district had spent too much on administrators.
  > named_organization | rta | Levy opponents, organized as Riverbend Taxpayers for Accountability | argued during the campaign | >
The group's founder, Dale Prescott, a retired contractor, said Monday that the district should cut its central office first.
  > named_official | prescott | The group's founder, Dale Prescott, a retired contractor | said Monday | >
Prescott said he would back a smaller levy next year if the board "shows us a real budget."
  > named_official | prescott | Prescott | said | >
Kim Tran, president of the Riverbend Education Association, said layoff notices must go out by May 15 under the union's contract.
  > named_official | tran | Kim Tran, president of the Riverbend Education Association | said | >
That deadline is also written into state law.

Two board members, who asked not to be named because the board has not voted on a new election date, said after the meeting that they would push to put the levy back on the ballot in February.
  > anonymous_official | two-members | Two board members | said after the meeting | > | anon=who asked not to be named because the board has not voted on a new election date
A third board member, Greg Lutz, said he would not support a second try.
  > named_official | lutz | A third board member, Greg Lutz | said | >
The district's business manager, who has been on medical leave since March, could not be reached.
  > declined_comment | business-manager | The district's business manager, who has been on medical leave since March | could not be reached | - | resp=unreachable
The Record reported last spring that the district's reserves had fallen below the state's recommended minimum.
  > media_report | record | The Record | reported last spring | >
Of 96 school levies on ballots around the state this year, 22 failed, according to a tally kept by the Washington School Directors' Council.
  > document | tally | a tally kept by the Washington School Directors' Council | according to | <
Edward Kim, who studies school finance at Western Cascade University, said levy failures tend to come in clusters when property values rise quickly.
  > named_person | kim | Edward Kim, who studies school finance at Western Cascade University | said | >
"Voters open their assessment notice in February and vote on the levy in April," he said.
  > named_person | kim | he | said | <
The board meets again on March 24.

@excluded
Letters to the editor: Send yours to letters@riverbendrecord.com. Letters must be under 250 words.
Subscribe to the Riverbend Record for $5 a month.
Public notices: See this week's legal notices on page B6.
''')

ARTICLES.append(r'''
@id as-rapid-heat-attribution-study-feature
@style rapid_heat_wave_attribution_science_feature
Warming made July's Northwest heat wave 10 times likelier, rapid study says
  > document | study | rapid study | says | Warming made July's Northwest heat wave 10 times likelier

The analysis, posted online just six days after the heat broke, is the fastest yet from a group that wants to put numbers on climate change while the news is still fresh.

When the thermometer at Portland International Airport read 112 degrees on July 9, Amara Osei was already running the numbers.
Osei, a climate scientist at the Cascadia Institute of Technology, is one of about 30 researchers in Climate Signal, a loose network that tries to publish within days of an extreme event.
Their analysis found that human-caused warming had made a heat wave of that intensity about 10 times more likely, and about 2.5 degrees Celsius hotter, than it would have been before the industrial era.
  > document | study | Their analysis | found | >
"Ten times is not a subtle signal," Osei says.
  > named_person | osei | Osei | says | <
"It's the difference between a once-in-a-century event and something you should expect a few times in a working life."
  > named_person | osei | Osei | - | *
The study has not been peer reviewed.
Its methods, says Tomas Wielgus, a climate modeler at the Bergen Climate Centre in Norway who was not involved in the work, "have been through peer review a dozen times over."
  > named_person | wielgus | Tomas Wielgus, a climate modeler at the Bergen Climate Centre in Norway who was not involved in the work | says | Its methods ;; "have been through peer review a dozen times over."

Not everyone is comfortable with the speed.
Some atmospheric scientists argue that rapid studies give a false sense of precision, because the models they rely on struggle to reproduce the kind of stalled high-pressure ridge that sat over the region.
  > anonymous_other | some-scientists | Some atmospheric scientists | argue | >
One of them, Daniel Reyes-Holt, a meteorologist at Oregon State University, says the 10-times figure "could just as easily be 3 or 30."
  > named_person | reyes-holt | One of them, Daniel Reyes-Holt, a meteorologist at Oregon State University | says | >
The Portland office of the National Weather Service recorded 14 straight days above 90 degrees, according to its monthly climate summary.
  > document | nws-summary | its monthly climate summary | according to | <
The heat killed at least 63 people in Oregon and Washington, state health officials said last week.
  > anonymous_official | health-officials | state health officials | said last week | <
The Multnomah County medical examiner's office has said the count could rise as autopsies are completed.
  > named_organization | me-office | The Multnomah County medical examiner's office | has said | >

Some of the network's funders have been nervous about the project, according to two people who have worked with it.
  > anonymous_familiar | network-people | two people who have worked with it | according to | <
One said a foundation had asked last year that its name be removed from the group's website.
  > anonymous_familiar | network-people | One | said | >
Osei declines to name the foundation.
  > declined_comment | osei | Osei | declines to name the foundation | - | resp=declined
The Pacific Climate Fund, which lists Climate Signal among its grantees, did not respond to an email.
  > declined_comment | pcf | The Pacific Climate Fund, which lists Climate Signal among its grantees | did not respond to an email | - | resp=no_response
Osei plans to publish an analysis of this summer's Gulf Coast flooding in the fall.
  > named_person | osei | Osei | plans | to publish an analysis of this summer's Gulf Coast flooding in the fall | nosrc
"People want to know whether this is the new normal," she says.
  > named_person | osei | she | says | <
"We can answer part of that question, and we think they deserve the answer now, not in three years."
  > named_person | osei | Osei | - | *

@excluded
This article appears in the September issue of Field Notes magazine.
Illustration by Rui Tanaka for Field Notes.
Get the best of Field Notes in your inbox every Sunday.
''')

ARTICLES.append(r'''
@id as-drought-designation-climatologist-dispute-kansas
@style drought_map_designation_rancher_dispute
Ranchers say drought map shortchanges southwest Kansas as grazing aid hangs on one word
  > anonymous_other | ranchers | Ranchers | say | drought map shortchanges southwest Kansas

DODGE CITY, Kan. -- Ranchers in southwest Kansas say this summer's drought is the worst since 2012, but the weekly federal map that decides who gets emergency grazing aid shows most of their counties in only "moderate" drought.
  > anonymous_other | ranchers | Ranchers in southwest Kansas | say | this summer's drought is the worst since 2012
Under federal rules, livestock producers qualify for grazing-loss payments only after a county has spent eight straight weeks in "severe" drought, according to the Farm Service Agency.
  > named_organization | fsa | the Farm Service Agency | according to | <
Wade Hollister, who runs about 600 cow-calf pairs near Meade, said his pastures had gotten 3.1 inches of rain since April.
  > named_person | hollister | Wade Hollister, who runs about 600 cow-calf pairs near Meade | said | >
"The grass is gone, and the map says I'm fine," Hollister said.
  > named_person | hollister | Hollister | said | <
He said he sold 80 pairs in July rather than buy hay at $240 a ton.
  > named_person | hollister | He | said | >

The map, the U.S. Drought Monitor, is drawn each week by authors at the University of Nebraska-Lincoln and several federal agencies.
Its authors rely partly on reports from state climatologists.
Kansas State Climatologist Ingrid Paulsen said Thursday that she had recommended keeping the "moderate" rating because soil moisture at 14 state monitoring stations was close to normal for August.
  > named_official | paulsen | Kansas State Climatologist Ingrid Paulsen | said Thursday | >
She acknowledged that the stations are sparse in the southwest corner of the state.
  > named_official | paulsen | She | acknowledged | >
A Drought Monitor author, who asked not to be named because authors are told not to discuss individual weeks' decisions, said the Kansas rating had been argued over on two consecutive weekly calls.
  > anonymous_official | dm-author | A Drought Monitor author | said | > | anon=who asked not to be named because authors are told not to discuss individual weeks' decisions
The state's agriculture secretary, Jolene Harker, wrote to the map's authors on Aug. 22 asking them to reconsider, according to a copy of the letter obtained by KDGC.
  > document | letter | a copy of the letter obtained by KDGC | according to | <
Harker's office confirmed the letter but declined to comment further.
  > named_organization | harker-office | Harker's office | confirmed | the letter
  > declined_comment | harker-office | Harker's office | declined to comment further | - | resp=declined

Meteorologists at the National Weather Service office in Dodge City said the region had its third-driest summer on record.
  > anonymous_official | nws-meteorologists | Meteorologists at the National Weather Service office in Dodge City | said | >
The Kansas Livestock Producers Council said in a statement that "the map is drawn where the weather stations are, not where the cattle are."
  > named_organization | klpc | The Kansas Livestock Producers Council | said in a statement | >
Ranchers in the region have sold about 14 percent of their herds since June, according to an estimate by Kansas State University extension economists.
  > document | ksu-estimate | an estimate by Kansas State University extension economists | according to | <
One of the economists, Aaron Pfister, said the true figure could be higher because many sales were private.
  > named_person | pfister | One of the economists, Aaron Pfister | said | >
The Farm Service Agency's state office in Manhattan did not immediately respond to a request for comment Friday.
  > declined_comment | fsa | The Farm Service Agency's state office in Manhattan | did not immediately respond to a request for comment Friday | - | resp=no_response
Paulsen had hoped to add six monitoring stations in the southwest this year, but the Legislature did not fund them.
  > named_official | paulsen | Paulsen | had hoped | to add six monitoring stations in the southwest this year | nosrc
The next map will be released Thursday.

@excluded
Copyright 2025 KDGC. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
Download the KDGC News app for breaking news alerts.
Trending: Dodge City names new police chief
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
