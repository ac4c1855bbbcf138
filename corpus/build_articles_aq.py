"""Build corpus/articles/aq.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, on defence procurement and military bases, intelligence oversight, immigration and
asylum courts, electricity grids and utilities, labour unions and strikes, local planning
boards, and ports and shipping (frigate_program_cost_overrun, air_base_jet_noise_buyout,
commercial_data_purchase_oversight_presser, immigration_judge_case_quota_dispute,
asylum_tribunal_interpreter_shortage, substation_gunfire_outage,
transformer_shortage_hookup_delay, transmission_line_eminent_domain,
hotel_housekeepers_strike_liveblog, union_local_trusteeship_strike_fund,
planning_board_conflict_of_interest, abandoned_ship_crew_wages), in the voices of twelve
kinds of outlet (a Washington wire story, a Colorado local paper's feature lede, a partial
transcript of senators' news conference with Title-case speaker labels and "Q:" lines, a
monthly magazine feature in the present tense with a dek, a British regional paper's court
brief using "Mr" without a period, a wire story on an overnight attack with an update note,
a business section's story, a rural weekly, a local TV station's live blog with timestamps in
reverse order, a regional paper's investigation, a township news site, and a maritime trade
journal). Each is built to test source typing and grouping: an assistant secretary, a
congressman, senators, a sheriff, a mayor, a harbour master, a base commander, a township
solicitor, a union president and a trustee, an ousted union president, a utility's chief
operating officer, named spokespeople, a port chaplain, a ship's master and lawyers speaking
for clients (a barrister, a whistleblower's lawyer, landowners' lawyer, a developer's
attorney) typed as officials; analysts, professors, a lawyer advising on ethics, a maritime
lawyer and a property-law professor commenting as experts, residents, a nurse, a retired
teacher, a dentist on a conference trip, housekeepers, a forklift operator, a small builder,
a farmer, a couple of homebuyers (count=2) and an asylum seeker known by first name typed as
persons; agencies, a watchdog, utilities, a port authority, unions, a P&I club, "both
sides", unnamed spokespeople and a mayor's office typed as organizations; anonymous officials
(Navy officials, a Senate aide, a committee aide, judges barred from interviews, a tribunal
clerk, a law enforcement official "briefed on the investigation", a utility employee, a
Labor Department official, commission members, an MCA official, "some lawmakers") with and
without a stated reason; people familiar, people "who have read" an audit and a person
"involved in the negotiations"; vague sources (residents, guests, builders, opponents,
shipping sources, civil liberties groups, lawyers who appear in a court, landowners who
signed, an unnamed interpreter, housekeeper, union member and deckhand, each with a reason);
documents (a GAO report as distinct from the GAO, budget documents, an environmental impact
statement, noise measurements, a memo, court data, tribunal listings, ministry figures,
Energy Department reports, a DHS bulletin, a lab study, permit records, court petitions,
property records, business filings, minutes, a traffic study, a strike notice, a strike
tracker, union financial reports, an inspection database, an ILO database, a letter and an
unclassified summary); media reports including the outlet's own earlier reporting;
non-answers of all three kinds; pronouns, bare surnames and "the nurse, Daniel Huang"
referring back; quotes over several sentences and in a transcript; split content; content
before and after the cue; headline attributions; two attributions in one sentence; a nested
finding reported by people who read it (outermost only); and look-alikes left unannotated or
marked not sourcing ("has not said", "did not address", "has not been made public", "did not
speak on the matter", "describe what that looks like", "had wanted", "had hoped", "had
planned" and "had decided" in the reporter's voice, against a "had planned" that a source
carries). All twelve end with a footer of excluded boilerplate. Nothing is trained or tuned
on them. Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_aq.py [--render]
     python corpus/build_articles_aq.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "aq.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id aq-frigate-program-cost-overrun-harrier
@style frigate_program_cost_overrun
Navy's new frigate is $3.8 billion over budget and two years late, watchdog says
  > named_organization | gao | watchdog | says | Navy's new frigate is $3.8 billion over budget and two years late

WASHINGTON -- The Navy's program to build 20 Harrier-class frigates will cost at least $3.8 billion more than planned, and the first ship will arrive more than two years late, the Government Accountability Office said Tuesday.
  > named_organization | gao | the Government Accountability Office | said Tuesday | <
In a 64-page report to Congress, the watchdog found that the ship's design had changed so much since the contract was signed in 2020 that it now shares only about 15 percent of its parts with the Italian frigate it was based on.
  > named_organization | gao | the watchdog | found | >
The report also said the Navy had started cutting steel for the first ship before the design was finished.
  > document | gao-report | The report | said | >
Budget documents show the Navy has already spent $6.1 billion on the program, including $1.4 billion on the lead ship, the Harrier.
  > document | budget-docs | Budget documents | show | >

Two Navy officials, who spoke on condition of anonymity because they were not authorized to discuss internal estimates, said the service's own cost analysts put the overrun closer to $5 billion.
  > anonymous_official | navy-officials | Two Navy officials | said | > | anon=who spoke on condition of anonymity because they were not authorized to discuss internal estimates
One of the officials said the shipyard had lost about a third of its welders to better-paying jobs in the region since 2022.
  > anonymous_official | navy-officials | One of the officials | said | >
The Navy's top acquisition official, Assistant Secretary Carla Whitcombe, told the House Armed Services Committee last month that the program was "on a path to recovery."
  > named_official | whitcombe | The Navy's top acquisition official, Assistant Secretary Carla Whitcombe | told the House Armed Services Committee last month | >
"We underestimated how much work it would take to turn a European design into an American warship," Whitcombe said.
  > named_official | whitcombe | Whitcombe | said | <
"We own that.
  > named_official | whitcombe | Whitcombe | - | *
We are not going to own it a second time."
  > named_official | whitcombe | Whitcombe | - | *

In a written response included in the report, the Navy said it agreed with four of the watchdog's five recommendations and disagreed with the fifth, a call to pause work on the second ship.
  > named_organization | navy | the Navy | said | >
The Navy had wanted the Harrier in the fleet by 2026.
  > named_organization | navy | The Navy | had wanted | the Harrier in the fleet by 2026 | nosrc
Marlow Marine Systems, which is building the ships at its yard in Port Ellery, Wis., said in a statement that it had hired 1,200 workers in the past year and that production was "accelerating."
  > named_organization | marlow | Marlow Marine Systems, which is building the ships at its yard in Port Ellery, Wis. | said in a statement | >
The company's chief executive, Dana Ruelas, did not respond to a request for an interview.
  > declined_comment | ruelas | The company's chief executive, Dana Ruelas | did not respond to a request for an interview | - | resp=no_response

Some lawmakers have argued for years that the Navy signs shipbuilding contracts before it knows what the ships will cost.
  > anonymous_official | lawmakers | Some lawmakers | have argued for years | >
Rep. Alan Pryce, a Wisconsin Republican whose district includes the shipyard, said cancelling the program now would "throw away a decade of work and 3,000 jobs."
  > named_official | pryce | Rep. Alan Pryce, a Wisconsin Republican whose district includes the shipyard | said | >
Theresa Boyle, a naval analyst at the Center for Maritime Strategy, a Washington research group, said the frigate was repeating "the oldest mistake in shipbuilding."
  > named_person | boyle | Theresa Boyle, a naval analyst at the Center for Maritime Strategy, a Washington research group | said | >
"You don't start welding until you know what you're welding," she said.
  > named_person | boyle | she | said | <

The Navy's budget request for next year, due in February, will ask for one frigate instead of two, according to a person familiar with the request.
  > anonymous_familiar | familiar | a person familiar with the request | according to | <
A Senate Armed Services Committee aide, who was not authorized to speak publicly, said the committee was also weighing a cap on the number of frigates the Navy can buy until the first ship finishes sea trials.
  > anonymous_official | sasc-aide | A Senate Armed Services Committee aide | said | > | anon=who was not authorized to speak publicly
The trade publication Sea Power Weekly reported in March that Navy officials had considered moving the remaining ships to a second shipyard.
  > media_report | seapower | The trade publication Sea Power Weekly | reported in March | >
The Navy has not said whether that option is still under study.
The Pentagon's cost assessment office declined to comment on the higher estimate.
  > declined_comment | cape | The Pentagon's cost assessment office | declined to comment on the higher estimate | - | resp=declined

@excluded
Reporting by Celia Ward; editing by Mark Dunne.
Sign up for our defense newsletter, delivered every Friday.
Copyright 2025 Capitol Wire Service. All rights reserved.
''')

ARTICLES.append(r'''
@id aq-air-base-jet-noise-buyout-calder-springs
@style air_base_jet_noise_buyout
As new fighter jets arrive, Calder Springs homeowners near the base line up for buyouts

CALDER SPRINGS, Colo. -- Marisol Vega used to sit on her back porch in the evenings.
Since the first of 18 new fighter jets landed at Fenwick Air Force Base in April, she said, she has not been able to hear her own television with the windows open.
  > named_person | vega | she | said | Since the first of 18 new fighter jets landed at Fenwick Air Force Base in April ;; she has not been able to hear her own television with the windows open
"It's like living at the end of the runway," said Vega, 58, a retired schoolteacher whose house on Pinon Street sits a mile and a half from the base's north fence.
  > named_person | vega | Vega, 58, a retired schoolteacher whose house on Pinon Street sits a mile and a half from the base's north fence | said | <
Vega is one of about 240 homeowners who have applied to have the Air Force buy their properties under a federal program for homes in the loudest noise zones.

A final environmental impact statement released by the Air Force in January projected that about 1,900 homes would fall inside the zone where average noise exceeds 65 decibels, up from about 300 with the older jets.
  > document | eis | A final environmental impact statement released by the Air Force in January | projected | >
The base's commander, Colonel Renee Hollis, said at a community meeting last week that the wing had moved most night training to a range in Utah and was "listening hard" to neighbors.
  > named_official | hollis | The base's commander, Colonel Renee Hollis | said at a community meeting last week | >
"We can't train pilots without making noise," she said.
  > named_official | hollis | she | said | <
"What we can do is make less of it at the worst hours."
  > named_official | hollis | she | - | *
A base spokeswoman said Friday that no decision had been made on which homes would qualify for the buyout program, which is run with the Federal Aviation Administration and depends on money from Congress.
  > named_organization | fenwick | A base spokeswoman | said Friday | >
An Air Force official familiar with the program, who was not authorized to speak publicly, said fewer than 100 homes were likely to qualify in the first round.
  > anonymous_official | af-official | An Air Force official familiar with the program | said | > | anon=who was not authorized to speak publicly
The Air Force had planned to begin the buyouts this fall.
  > named_organization | air-force | The Air Force | had planned | to begin the buyouts this fall | nosrc

A nurse who moved to the Meadowlark subdivision two years ago said his house had lost a buyer twice this summer after the noise zone showed up in an inspection report.
  > named_person | huang | A nurse who moved to the Meadowlark subdivision two years ago | said | >
"We did everything right, and now we're stuck," said the nurse, Daniel Huang, 41.
  > named_person | huang | the nurse, Daniel Huang, 41 | said | <
Lorna Feeney, a real estate agent who has sold homes in Calder Springs for 20 years, said prices in the subdivisions north of the base had fallen about 8 percent since spring while the rest of the city's market rose.
  > named_person | feeney | Lorna Feeney, a real estate agent who has sold homes in Calder Springs for 20 years | said | >
Noise measurements taken by a University of Colorado acoustics lab in June found peak levels of 112 decibels in some backyards.
  > document | cu-measurements | Noise measurements taken by a University of Colorado acoustics lab in June | found | >
Priya Raman, the acoustics professor who led the measurements, said averages hide how disruptive a single flyover can be.
  > named_person | raman | Priya Raman, the acoustics professor who led the measurements | said | >
"Nobody experiences a 65-decibel average," Raman said.
  > named_person | raman | Raman | said | <
"They experience a jet going over at 112."
  > named_person | raman | Raman | - | *

The residents' lawyer, Gregory Adeyemi, said they would sue under the National Environmental Policy Act if the Air Force did not widen the buyout area by the end of the year.
  > named_official | adeyemi | The residents' lawyer, Gregory Adeyemi | said | >
Mayor Tom Galvan, who lobbied to bring the new jets to Fenwick, said the base supports about 4,000 jobs and that the noise was "a price most people here are willing to pay."
  > named_official | galvan | Mayor Tom Galvan, who lobbied to bring the new jets to Fenwick | said | >
Not everyone agrees.
Some neighbors now post flight times in a Facebook group with 3,000 members, where residents say the loudest flights come after 10 p.m.
  > anonymous_other | residents | residents | say | the loudest flights come after 10 p.m.
The office of Rep. Sandra Whitlow, whose district includes the base, did not return calls.
  > declined_comment | whitlow | The office of Rep. Sandra Whitlow, whose district includes the base | did not return calls | - | resp=no_response
Vega said she would take whatever the government offered.
  > named_person | vega | Vega | said | >

@excluded
Have a story about living near the base? Email our newsroom.
Photos: Jets over Pinon Street (Staff photographer)
Comments are closed on this story.
© 2025 The Calder Springs Sentinel
''')

ARTICLES.append(r'''
@id aq-commercial-data-purchase-oversight-presser-transcript
@style commercial_data_purchase_oversight_presser
Intelligence committee chair says spy agency bought Americans' location data without legal review
  > named_official | oyelaran | Intelligence committee chair | says | spy agency bought Americans' location data without legal review

Senator Margaret Oyelaran, the Democratic chair of the Senate Intelligence Committee, and Senator Paul Hallam, its Republican vice chair, spoke to reporters on Wednesday after a closed hearing on a classified report by the inspector general of the Defense Reconnaissance Agency.
The report found that the agency bought location data drawn from phone apps for three years without asking its own lawyers whether the purchases were legal, according to a two-page unclassified summary released later in the day.
  > document | ig-summary | a two-page unclassified summary released later in the day | according to | <
The agency said in a statement that it had "always acted within the law" and had stopped the purchases in March.
  > named_organization | dra | The agency | said in a statement | >
A committee aide, who asked not to be named because the hearing was closed, said the agency's director, Lt. Gen. Victor Amsel, had testified for about two hours.
  > anonymous_official | aide | A committee aide | said | > | anon=who asked not to be named because the hearing was closed
This partial transcript of the news conference has been edited for length.

Q: Senator Oyelaran, what did the inspector general find?

Oyelaran: Put simply, an intelligence agency spent public money to buy the movements of Americans, and nobody stopped to ask whether that was legal.
  > named_official | oyelaran | Oyelaran | : | >
The inspector general counted more than 40 million records that came from devices inside the United States.
  > named_official | oyelaran | Oyelaran | - | *
That should alarm every member of this committee, whatever their party.
  > named_official | oyelaran | Oyelaran | - | *

Q: Senator Hallam, do you share that view?

Hallam: I share the concern about the process.
  > named_official | hallam | Hallam | : | >
I don't share the conclusion that anyone set out to break the law.
  > named_official | hallam | Hallam | - | *
General Amsel told us today that the agency stopped buying the data as soon as the problem was raised, and I believe him.
  > named_official | hallam | Hallam | - | *

Q: Did the general say who approved the purchases?

Hallam: The committee will ask that in writing, and we expect an answer within 30 days.
  > named_official | hallam | Hallam | : | >

Oyelaran: If he knows, he didn't tell us.
  > named_official | oyelaran | Oyelaran | : | >

Q: Will you write new limits into this year's intelligence bill?

Oyelaran: My draft requires a warrant before any intelligence agency buys data it would need a warrant to collect directly.
  > named_official | oyelaran | Oyelaran | : | >

Hallam: I'll look at her language.
  > named_official | hallam | Hallam | : | >

The unclassified summary says the inspector general's office opened the review after a complaint from an agency employee in 2023.
  > document | ig-summary | The unclassified summary | says | >
A person familiar with the complaint said the employee was a contracting officer who had raised the issue internally twice before going to the inspector general.
  > anonymous_familiar | familiar | A person familiar with the complaint | said | >
The employee's lawyer, Naomi Sussman, confirmed that her client had filed the complaint but declined to identify the employee.
  > named_official | sussman | The employee's lawyer, Naomi Sussman | confirmed | that her client had filed the complaint
  > declined_comment | sussman | The employee's lawyer, Naomi Sussman | declined to identify the employee | - | resp=declined
Civil liberties groups have argued for years that such purchases let agencies get around the Fourth Amendment.
  > anonymous_other | civlib | Civil liberties groups | have argued for years | >
Hannah Ortiz, who directs the Liberty and Security Program at Hollins University School of Law, said the summary showed "how thin the rules really are."
  > named_person | ortiz | Hannah Ortiz, who directs the Liberty and Security Program at Hollins University School of Law | said | >
The Office of the Director of National Intelligence, which oversees the agency, did not respond to questions about whether other agencies had bought similar data.
  > declined_comment | odni | The Office of the Director of National Intelligence, which oversees the agency | did not respond to questions about whether other agencies had bought similar data | - | resp=no_response
The agency's inspector general, Ruth Okafor, could not be reached for comment.
  > declined_comment | okafor | The agency's inspector general, Ruth Okafor | could not be reached for comment | - | resp=unreachable
The Washington Ledger first reported the existence of the inspector general's review in May.
  > media_report | ledger | The Washington Ledger | first reported | the existence of the inspector general's review

@excluded
Watch the full news conference on our video page.
Share this article: Facebook | X | Email
© 2025 Capitol Report. All rights reserved.
''')

ARTICLES.append(r'''
@id aq-immigration-judge-case-quota-dispute-harlow
@style immigration_judge_case_quota_dispute
The Quota Courts: a production target is turning asylum hearings into a race, judges' union says
  > named_organization | naij | judges' union | says | a production target is turning asylum hearings into a race

A rule that took effect in January requires each of the country's 700 immigration judges to complete at least 700 cases a year.
Judges, lawyers and asylum seekers describe what that looks like inside a courtroom.

In a windowless courtroom on the ninth floor of a federal building in Harlow, a woman from Honduras waits four hours for a hearing that lasts 22 minutes.
She asks that only her first name, Dilcia, be used because the men she fled still look for her family.
"The judge looked at the clock more than she looked at me," Dilcia says afterward, through an interpreter.
  > named_person | dilcia | Dilcia | says | <
Her lawyer, Samuel Birch, says he had asked for more time to obtain a medical report and was refused.
  > named_official | birch | Her lawyer, Samuel Birch | says | >

The rule comes from the Office of Immigration Adjudication, the Justice Department agency that runs the immigration courts.
A memo sent to judges in December, a copy of which was reviewed for this article, says judges who fall below the target "may be subject to performance counseling."
  > document | memo | A memo sent to judges in December, a copy of which was reviewed for this article | says | >
The agency says the target is needed to cut a backlog of 3.4 million cases.
  > named_organization | oia | The agency | says | >
"Every year of delay is a year that a person with a valid claim lives in limbo," a spokeswoman for the agency, Karen Doyle, writes in an email.
  > named_official | doyle | a spokeswoman for the agency, Karen Doyle | writes in an email | <
The Justice Department had hoped the target would shrink the backlog by a fifth within two years.
  > named_organization | doj | The Justice Department | had hoped | the target would shrink the backlog by a fifth within two years | nosrc

Judge Rafael Ocampo, the president of the National Association of Immigration Judges, calls the target "an assembly line with a gavel."
  > named_official | ocampo | Judge Rafael Ocampo, the president of the National Association of Immigration Judges | calls | the target "an assembly line with a gavel."
The union says judges are being pushed to deny requests for more time that would carry a case past the end of the year.
  > named_organization | naij | The union | says | >
Two other judges, who spoke on condition of anonymity because they are not permitted to give interviews, describe the same pressure.
  > anonymous_official | two-judges | Two other judges | describe | the same pressure | anon=who spoke on condition of anonymity because they are not permitted to give interviews
One of them says she now schedules asylum hearings in 30-minute slots, down from three hours.
  > anonymous_official | two-judges | One of them | says | >
"You cannot hear a torture claim in 30 minutes," the judge says.
  > anonymous_official | two-judges | the judge | says | < | count=1

Court data compiled by the Migration Records Project at Alder University show that asylum denial rates in Harlow rose from 58 percent to 71 percent in the first six months of the year.
  > document | mrp-data | Court data compiled by the Migration Records Project at Alder University | show | >
Lucia Ferraz, an immigration law professor at Alder who studies the courts, says the rise is too sharp to be explained by changes in who is applying.
  > named_person | ferraz | Lucia Ferraz, an immigration law professor at Alder who studies the courts | says | >
Some lawyers who appear in the court say judges have become more polite and less patient.
  > anonymous_other | lawyers | Some lawyers who appear in the court | say | >
The agency says denial rates reflect the merits of each case, not the target.
  > named_organization | oia | The agency | says | >
Doyle declines to say how many judges have received performance counseling.
  > declined_comment | doyle | Doyle | declines to say how many judges have received performance counseling | - | resp=declined
According to two people familiar with internal discussions, the agency is considering raising the target to 800 next year.
  > anonymous_familiar | familiar | two people familiar with internal discussions | According to | >
The Federal Times reported in February that at least 30 judges had retired early since the rule was announced.
  > media_report | fedtimes | The Federal Times | reported in February | >

Dilcia's claim is denied at the end of the hearing.
Birch says they will appeal.
  > named_official | birch | Birch | says | >
"She is not asking for a favor," he says.
  > named_official | birch | he | says | <
"She is asking to be heard."
  > named_official | birch | he | - | *

@excluded
This article appears in the October issue of The Civic Review.
Illustration by Marta Inês for The Civic Review.
Subscribe for $1 a week. Cancel anytime.
''')

ARTICLES.append(r'''
@id aq-asylum-tribunal-interpreter-shortage-leeds
@style asylum_tribunal_interpreter_shortage
Dozens of asylum appeals adjourned in Leeds as interpreters fail to turn up

At least 46 asylum and immigration appeals listed at the Leeds hearing centre of the First-tier Tribunal this week have been adjourned because no interpreter arrived, according to court listings seen by the Yorkshire Courier.
  > document | listings | court listings seen by the Yorkshire Courier | according to | <
HM Courts and Tribunals Service said its interpreting contractor, Linguaserve, had "failed to fulfil a significant number of bookings" and that it was "working urgently" with the company.
  > named_organization | hmcts | HM Courts and Tribunals Service | said | >
Linguaserve said in a statement that it had lost about 60 interpreters in the region since a new pay structure took effect in April and was recruiting.
  > named_organization | linguaserve | Linguaserve | said in a statement | >
The statement did not address the level of pay.
An interpreter who has worked for the company for nine years, and who asked not to be named because her contract forbids her from speaking to the press, said the new rates had cut her fee for a half-day hearing from £90 to £52.
  > anonymous_other | interpreter | An interpreter who has worked for the company for nine years | said | > | anon=who asked not to be named because her contract forbids her from speaking to the press
"Most of us have simply stopped taking the work," she said.
  > anonymous_other | interpreter | she | said | <

At one hearing on Tuesday, Judge Helen Mwangi told the parties that adjourning an appeal brought by an Eritrean man was "deeply regrettable" because he had already waited 14 months.
  > named_official | mwangi | Judge Helen Mwangi | told the parties | >
The man's barrister, Oliver Hatton, said his client had travelled from Hull for the hearing and would now wait at least another three months.
  > named_official | hatton | The man's barrister, Oliver Hatton | said | >
"He has done everything that was asked of him," Mr Hatton said.
  > named_official | hatton | Mr Hatton | said | <
Bashir Osman, a volunteer who drives asylum seekers from Bradford to their hearings, said three of the people he brought on Tuesday learned only at the front desk that their appeals would not go ahead.
  > named_person | osman | Bashir Osman, a volunteer who drives asylum seekers from Bradford to their hearings | said | >
"They borrow the bus fare, they bring their documents, they wait all morning, and then someone tells them to go home," he said.
  > named_person | osman | he | said | <
A tribunal clerk, speaking on condition of anonymity, said staff had been told to ring the contractor every morning to confirm the day's bookings.
  > anonymous_official | clerk | A tribunal clerk | said | >

Ministry of Justice figures published last month show that about 9,300 tribunal hearings in England and Wales were adjourned for lack of an interpreter last year, up from 2,100 in 2021.
  > document | moj-figures | Ministry of Justice figures published last month | show | >
The ministry had intended the new pay structure to save about £8m a year.
  > named_organization | moj | The ministry | had intended | the new pay structure to save about £8m a year | nosrc
The National Union of Professional Interpreters, which represents about 2,000 freelance interpreters, said it had warned the ministry in March that the changes would drive people away.
  > named_organization | nupi | The National Union of Professional Interpreters, which represents about 2,000 freelance interpreters | said | >
The Law Society said the adjournments were "a further blow to a system already stretched to breaking point."
  > named_organization | lawsoc | The Law Society | said | >
A Home Office spokesperson said the scheduling of appeals was a matter for the tribunal.
  > named_organization | home-office | A Home Office spokesperson | said | >
Leeds Central MP Aisha Rahman said she had written to the justice secretary asking for the contract to be reviewed.
  > named_official | rahman | Leeds Central MP Aisha Rahman | said | >
The Ministry of Justice did not respond to a request for comment.
  > declined_comment | moj | The Ministry of Justice | did not respond to a request for comment | - | resp=no_response
Linguaserve's managing director, Paul Renshaw, could not be reached on Thursday.
  > declined_comment | renshaw | Linguaserve's managing director, Paul Renshaw | could not be reached on Thursday | - | resp=unreachable

@excluded
This article was amended on Thursday to include a statement from Linguaserve.
Do you have a story for the Courier? Get in touch.
Read more: Asylum backlog in Yorkshire reaches record high
© Yorkshire Courier Media Ltd 2025
''')

ARTICLES.append(r'''
@id aq-substation-gunfire-outage-pell-county
@style substation_gunfire_outage
Gunfire at two substations leaves 38,000 without power in Pell County, sheriff says
  > named_official | garrity | sheriff | says | Gunfire at two substations leaves 38,000 without power in Pell County

LAUREL RIDGE, N.C. -- Someone fired more than 40 rounds into equipment at two electrical substations in rural Pell County overnight, cutting power to about 38,000 homes and businesses, Sheriff Wade Garrity said Sunday.
  > named_official | garrity | Sheriff Wade Garrity | said Sunday | <
"This was not a hunter and it was not an accident," Garrity told reporters outside the county courthouse.
  > named_official | garrity | Garrity | told reporters outside the county courthouse | <
"Whoever did this knew exactly what to aim at."
  > named_official | garrity | Garrity | - | *
Piedmont Carolina Power said in a statement that crews had restored electricity to about 11,000 customers by midafternoon but that full repairs could take until Thursday because two large transformers were damaged beyond repair.
  > named_organization | pcp | Piedmont Carolina Power | said in a statement | >
A utility spokesman, Jerome Tate, said replacement transformers were being trucked in from a company stockpile in Virginia.
  > named_official | tate | A utility spokesman, Jerome Tate | said | >
The utility had planned to start building ballistic walls around its largest substations next year.
  > named_organization | pcp | The utility | had planned | to start building ballistic walls around its largest substations next year | nosrc

The FBI's field office in Charlotte said agents were assisting the sheriff's office but declined to say whether the attack was being investigated as domestic terrorism.
  > named_organization | fbi | The FBI's field office in Charlotte | said | agents were assisting the sheriff's office
  > declined_comment | fbi | The FBI's field office in Charlotte | declined to say whether the attack was being investigated as domestic terrorism | - | resp=declined
A law enforcement official briefed on the investigation, who spoke on condition of anonymity because the inquiry is at an early stage, said investigators had found rifle casings on a logging road overlooking one of the substations.
  > anonymous_official | le-official | A law enforcement official briefed on the investigation | said | > | anon=who spoke on condition of anonymity because the inquiry is at an early stage
The official said the casings were from a type of ammunition that is widely sold.
  > anonymous_official | le-official | The official | said | >
Investigators are also examining whether the attack is connected to a shooting at a substation in South Carolina in August, according to two people familiar with the inquiry.
  > anonymous_familiar | familiar | two people familiar with the inquiry | according to | <
WPLR-TV reported that deputies had stopped a pickup truck near one of the substations early Sunday, but Garrity would not say whether anyone had been questioned.
  > media_report | wplr | WPLR-TV | reported | that deputies had stopped a pickup truck near one of the substations early Sunday
  > declined_comment | garrity | Garrity | would not say whether anyone had been questioned | - | resp=declined

Pell Memorial Hospital ran on backup generators for about nine hours, a hospital spokeswoman said.
  > named_organization | hospital | a hospital spokeswoman | said | <
At a shelter in the Laurel Ridge High School gym, a retired truck driver who relies on a home oxygen machine said he had spent the night in his car with the engine running to keep it charged.
  > named_person | odom | a retired truck driver who relies on a home oxygen machine | said | >
"I've lived here 71 years and never been scared of the dark until last night," said the man, Harold Odom.
  > named_person | odom | the man, Harold Odom | said | <
Gov. Linda Pruitt said on social media that the state would "spare no resource" to find whoever was responsible.
  > named_official | pruitt | Gov. Linda Pruitt | said on social media | >

Reports filed with the Energy Department show that utilities reported a record 2,800 physical attacks on or threats to grid equipment in 2023.
  > document | doe-reports | Reports filed with the Energy Department | show | >
A Department of Homeland Security bulletin sent to police agencies in May, and obtained by this news service, warned that extremists in online forums were sharing maps of substations.
  > document | dhs-bulletin | A Department of Homeland Security bulletin sent to police agencies in May | warned | >
Sarah Lindqvist, a consultant who advises utilities on physical security, said many substations are still protected only by chain-link fences.
  > named_person | lindqvist | Sarah Lindqvist, a consultant who advises utilities on physical security | said | >
"It's the soft underbelly of the grid, and everyone who wants to hurt it knows that," she said.
  > named_person | lindqvist | she | said | <
Piedmont Carolina Power's chief executive, Marcus Hale, could not be reached.
  > declined_comment | hale | Piedmont Carolina Power's chief executive, Marcus Hale | could not be reached | - | resp=unreachable

@excluded
This story has been updated with comment from the FBI.
Follow our live outage map for the latest restoration times.
Copyright 2025 Southeastern News Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
''')

ARTICLES.append(r'''
@id aq-transformer-shortage-hookup-delay-sable-county
@style transformer_shortage_hookup_delay
Finished homes sit dark in Sable County as the power co-op waits on transformers

On a cul-de-sac in the Juniper Bluff subdivision outside Ridgeway, 14 finished houses have stood empty since June because they have no electricity.
The utility, Sable Valley Electric Cooperative, says it cannot connect them until the transformers it ordered more than a year ago arrive.
  > named_organization | svec | The utility, Sable Valley Electric Cooperative | says | >
"I've got buyers with rate locks expiring and nothing to tell them," said Curtis Lamb, who owns Lamb Homes, the small builder behind nine of the houses.
  > named_person | lamb | Curtis Lamb, who owns Lamb Homes, the small builder behind nine of the houses | said | <
Lamb said he was paying about $4,000 a month in interest on construction loans for houses he cannot sell.
  > named_person | lamb | Lamb | said | >
Lamb had hoped to sell all nine by the end of summer.
  > named_person | lamb | Lamb | had hoped | to sell all nine by the end of summer | nosrc
The buyers of one of the houses, Jamal and Priya Okafor, said they had moved into a two-bedroom apartment with their three children while they wait.
  > named_person | okafors | The buyers of one of the houses, Jamal and Priya Okafor | said | > | count=2

The cooperative's chief operating officer, Lena Marchetti, said it had ordered 600 transformers in the spring of last year and had received 140.
  > named_official | marchetti | The cooperative's chief operating officer, Lena Marchetti | said | >
"Before the pandemic we waited eight weeks for a transformer," she said.
  > named_official | marchetti | she | said | <
"Now our supplier quotes us 110 weeks."
  > named_official | marchetti | she | - | *
A study published in April by the Western Energy Laboratory, a federal research center, found that waiting times for distribution transformers had risen fourfold since 2020.
  > document | study | A study published in April by the Western Energy Laboratory, a federal research center | found | >
The Electrical Equipment Manufacturers Council, a trade group, said its members had added factory capacity but that demand from data centers, solar farms and new housing had grown faster.
  > named_organization | eemc | The Electrical Equipment Manufacturers Council, a trade group | said | >
Ben Alvarado, who covers grid equipment for the research firm Gridline Partners, said prices for the smallest transformers had roughly doubled.
  > named_person | alvarado | Ben Alvarado, who covers grid equipment for the research firm Gridline Partners | said | >

A cooperative employee who schedules new connections, who asked not to be named because he was not authorized to speak to reporters, said the utility had quietly set aside its few transformers for storm repairs.
  > anonymous_official | svec-employee | A cooperative employee who schedules new connections | said | > | anon=who asked not to be named because he was not authorized to speak to reporters
Asked about that, Marchetti said keeping the existing system running had to come first.
  > named_official | marchetti | Marchetti | said | >
Some builders say larger developers with national purchasing contracts have been able to get transformers faster.
  > anonymous_other | builders | Some builders | say | >
Summit Ridge Communities, the largest homebuilder in the county, declined to comment.
  > declined_comment | summit | Summit Ridge Communities, the largest homebuilder in the county | declined to comment | - | resp=declined
A review of county permit records by the Ledger found 212 homes that had passed final inspection but had no electric meter.
  > document | permits | A review of county permit records by the Ledger | found | >
The Sable County Business Journal reported in August that at least 200 new homes in the county were waiting for power.
  > media_report | journal | The Sable County Business Journal | reported in August | >
In a filing with the state Public Utilities Commission last month, the cooperative asked for permission to let builders buy their own transformers and be reimbursed.
  > named_organization | svec | the cooperative | asked | for permission to let builders buy their own transformers and be reimbursed
The commission's chairman, David Kwan, said at a hearing on Thursday that the request would be decided "within weeks, not months."
  > named_official | kwan | The commission's chairman, David Kwan | said at a hearing on Thursday | >
"We have the keys," Priya Okafor said.
  > named_person | priya | Priya Okafor | said | <
"We just can't turn on the lights."
  > named_person | priya | Priya Okafor | - | *

@excluded
More from Business: Ridgeway's new data center wins tax break
Get the Ledger's business newsletter every weekday morning.
Correction: An earlier version of this story misstated the number of houses built by Lamb Homes.
© 2025 The Ridgeway Ledger
''')

ARTICLES.append(r'''
@id aq-transmission-line-eminent-domain-mercer-county
@style transmission_line_eminent_domain
Court filings show Prairie Link developer moving to condemn land on 31 Mercer County farms
  > document | petitions | Court filings | show | Prairie Link developer moving to condemn land on 31 Mercer County farms

Prairie Link Transmission LLC has filed petitions in Mercer County District Court to take easements across 31 farms by eminent domain, according to court records.
  > document | petitions | court records | according to | <
The petitions, filed Oct. 3, say the 345-kilovolt line is needed to carry wind power from western Kansas to cities in Missouri and that the company could not reach agreements with the owners.
  > document | petitions | The petitions, filed Oct. 3 | say | >
The Kansas Corporation Commission gave the company the power of eminent domain when it approved the route in 2023.
In its order, the commission found that the line was "in the public interest" because it would lower wholesale power prices across the region.
  > named_organization | kcc | the commission | found | >
Prairie Link had hoped to begin building towers in the county this fall.
  > named_organization | prairie-link | Prairie Link | had hoped | to begin building towers in the county this fall | nosrc

Walt Henning, whose family has farmed 1,100 acres north of Alton since 1911, said he had turned down the company's offer of $4,200 an acre because the towers would cross the middle of his best field.
  > named_person | henning | Walt Henning, whose family has farmed 1,100 acres north of Alton since 1911 | said | >
"They talk about the public interest like it's somebody else's land," Henning said.
  > named_person | henning | Henning | said | <
"It's mine."
  > named_person | henning | Henning | - | *
The landowners' lawyer, Carla Reyes of Wichita, said she would argue that a private company building a line to serve other states cannot use eminent domain in Kansas at all.
  > named_official | reyes | The landowners' lawyer, Carla Reyes of Wichita | said | >
Mark Feld, who teaches property law at Plains State University, said courts in neighboring states had split on that question.
  > named_person | feld | Mark Feld, who teaches property law at Plains State University | said | >
"It's genuinely open, and Kansas hasn't answered it," Feld said.
  > named_person | feld | Feld | said | <

Prairie Link said in a written statement that it had reached voluntary agreements with 212 of the 243 landowners along the route and that condemnation was "a last resort."
  > named_organization | prairie-link | Prairie Link | said in a written statement | >
The company's project manager, Todd Brenner, said at Monday's county commission meeting that its offers were more than twice the land's appraised value.
  > named_official | brenner | The company's project manager, Todd Brenner | said at Monday's county commission meeting | >
Commissioner Janet Vogel, whose district the line crosses, told Brenner that the company had "treated this county like a hallway."
  > named_official | vogel | Commissioner Janet Vogel, whose district the line crosses | told Brenner | >
The other two commissioners did not speak on the matter.
A person involved in the negotiations said the company had recently raised its offer to some holdouts to $6,000 an acre.
  > anonymous_familiar | negotiations | A person involved in the negotiations | said | >
Brenner could not be reached for comment on the higher offers.
  > declined_comment | brenner | Brenner | could not be reached for comment on the higher offers | - | resp=unreachable
Several landowners who signed agreements said they had done so because they expected to lose in court anyway.
  > anonymous_other | signers | Several landowners who signed agreements | said | >
One of them, who asked not to be named because his agreement includes a confidentiality clause, said he had been paid about $180,000.
  > anonymous_other | signers | One of them | said | > | anon=who asked not to be named because his agreement includes a confidentiality clause
The Wichita Star reported in August that Prairie Link's parent company, Grid Horizon Partners, had been sold to a Canadian pension fund.
  > media_report | star | The Wichita Star | reported in August | >
Grid Horizon did not respond to an email seeking comment.
  > declined_comment | grid-horizon | Grid Horizon | did not respond to an email seeking comment | - | resp=no_response
A hearing on the petitions is set for Nov. 18 in Alton.

@excluded
Subscribe to the Messenger: $38 a year in Mercer County, $52 elsewhere.
Letters to the editor may be sent to our office at 114 Main St., Alton.
Copyright 2025 The Mercer County Messenger
''')

ARTICLES.append(r'''
@id aq-hotel-housekeepers-strike-liveblog-bayport
@style hotel_housekeepers_strike_liveblog
Live updates: Bayport hotel housekeepers strike as convention season opens

6:40 p.m.
Talks between the union and the hotels will resume Wednesday morning with a federal mediator, both sides said.
  > named_organization | both-sides | both sides | said | <
The mediator, Ellen Chu of the Federal Mediation and Conciliation Service, could not be reached this evening.
  > declined_comment | chu | The mediator, Ellen Chu of the Federal Mediation and Conciliation Service | could not be reached this evening | - | resp=unreachable
KBAY-TV reported that two smaller hotels had reached tentative agreements with the union, but the union's president, Maria Tejeda, declined to confirm the report.
  > media_report | kbay | KBAY-TV | reported | that two smaller hotels had reached tentative agreements with the union
  > declined_comment | tejeda | the union's president, Maria Tejeda | declined to confirm the report | - | resp=declined

4:15 p.m.
Mayor Denise Alcott stopped by the picket line outside the Harborview Grand and told strikers she had asked both sides to "stay at the table until it's done."
  > named_official | alcott | Mayor Denise Alcott | told strikers | >
Her office said later that the mayor was not taking sides.
  > named_organization | alcott-office | Her office | said later | >
Police said two picketers were cited for blocking a hotel driveway and released.
  > named_organization | police | Police | said | >
Sergeant Luis Ortega, a police spokesman, said the picket lines had otherwise been peaceful.
  > named_official | ortega | Sergeant Luis Ortega, a police spokesman | said | >

1:50 p.m.
At the Harborview Grand, some guests said their rooms had not been cleaned since Sunday.
  > anonymous_other | guests | some guests | said | >
"Honestly, I'm on their side," said Karen Blythe, a dentist from Fresno in town for a medical conference, as she carried fresh towels from a supply cart to the elevator.
  > named_person | blythe | Karen Blythe, a dentist from Fresno in town for a medical conference | said | <
The hotel's general manager, Philip Sand, said in an email that managers and staff from other departments were cleaning rooms and that "guest service remains our priority."
  > named_official | sand | The hotel's general manager, Philip Sand | said in an email | >
The Bayport Hotel Association said in a statement that no worker would be disciplined for taking part in a lawful strike.
  > named_organization | bha | The Bayport Hotel Association | said in a statement | >

11:05 a.m.
Rosa Delgado, who has cleaned rooms at the Bayfront Suites for 19 years, said she is assigned 16 rooms a shift, up from 13 before the pandemic.
  > named_person | delgado | Rosa Delgado, who has cleaned rooms at the Bayfront Suites for 19 years | said | >
"My back is finished by two o'clock," she said.
  > named_person | delgado | she | said | <
Another housekeeper, who asked not to be named because she feared losing her job, said supervisors had warned that strikers could be replaced by agency workers.
  > anonymous_other | housekeeper | Another housekeeper | said | > | anon=who asked not to be named because she feared losing her job, count=1
Strikes by hotel workers have tripled since 2021, according to a strike tracker kept by the Labor Action Research Center at Coastline University.
  > document | tracker | a strike tracker kept by the Labor Action Research Center at Coastline University | according to | <
Gabriela Ruiz, a labor economist at the university, said workloads rose when hotels stopped cleaning rooms every day to save money.
  > named_person | ruiz | Gabriela Ruiz, a labor economist at the university | said | >

7:30 a.m.
About 2,400 housekeepers, cooks and bellhops at 11 downtown hotels walked off the job at 6 a.m., according to Unite Local 19, the union that represents them.
  > named_organization | local19 | Unite Local 19, the union that represents them | according to | <
Tejeda said the strike would last "as long as it takes" and that the central demand was a cap of 12 rooms a shift.
  > named_official | tejeda | Tejeda | said | >
The strike notice the union delivered to the hotels last week says it is also seeking a raise of $6 an hour over three years.
  > document | notice | The strike notice the union delivered to the hotels last week | says | >
A person familiar with the negotiations said the hotels had offered $4 and a cap of 15 rooms.
  > anonymous_familiar | familiar | A person familiar with the negotiations | said | >
The union had wanted to strike over the Fourth of July weekend but held off while talks continued.
  > named_organization | local19 | The union | had wanted | to strike over the Fourth of July weekend | nosrc

@excluded
Refresh this page for the latest updates.
Have you been affected by the strike? Tell KBTV News about it.
Download the KBTV app for breaking news alerts.
© 2025 KBTV Bayport
''')

ARTICLES.append(r'''
@id aq-union-local-trusteeship-strike-fund-fallon
@style union_local_trusteeship_strike_fund
Union takes over Fallon local after $1.2 million goes missing from strike fund

FALLON, Ohio -- The national leadership of the Amalgamated Freight Workers Union has taken control of its largest Ohio local after an audit found that about $1.2 million was missing from a strike fund members had built up over a decade, according to a letter from the union's president to members.
  > document | letter | a letter from the union's president to members | according to | <
In the letter, dated Sept. 12, the president, Gloria Anand, wrote that the officers of Local 212 had "failed in their most basic duty" and that a trustee would run the local until new elections are held.
  > named_official | anand | the president, Gloria Anand | wrote | >
Anand declined, through a spokesman, to comment beyond the letter.
  > declined_comment | anand | Anand | declined, through a spokesman, to comment beyond the letter | - | resp=declined
The audit, by the Columbus accounting firm Price & Hollander, identified 43 withdrawals from the fund between 2021 and 2024 that had no supporting invoices, according to two people who have read it.
  > anonymous_familiar | readers | two people who have read it | according to | <
The audit has not been made public.

Annual financial reports that the local filed with the Labor Department show that the strike fund held $2.9 million at the end of 2021 and $1.1 million at the end of 2023, a period with only one brief strike.
  > document | lm2 | Annual financial reports that the local filed with the Labor Department | show | >
The local's former president, Dennis Kowalczyk, who led it for 14 years, denied taking any money.
  > named_official | kowalczyk | The local's former president, Dennis Kowalczyk, who led it for 14 years | denied | taking any money
"Every dollar went to members, for gas cards and groceries during the 2022 strike, and I can show it," he said in a phone interview.
  > named_official | kowalczyk | he | said in a phone interview | <
His lawyer, Steven Marsh, said the missing paperwork reflected "sloppy bookkeeping by volunteers, not theft."
  > named_official | marsh | His lawyer, Steven Marsh | said | >
Kowalczyk had planned to retire next year.
  > named_official | kowalczyk | Kowalczyk | had planned | to retire next year | nosrc

The trustee, Raymond Ochoa, a union vice president from Detroit, told members at a meeting on Sunday that he had frozen the local's bank accounts and sent the audit to the Labor Department.
  > named_official | ochoa | The trustee, Raymond Ochoa, a union vice president from Detroit | told members at a meeting on Sunday | >
A Labor Department official, who spoke on condition of anonymity because the department does not confirm investigations, said its Office of Labor-Management Standards had opened a case.
  > anonymous_official | dol-official | A Labor Department official | said | > | anon=who spoke on condition of anonymity because the department does not confirm investigations
A department spokeswoman declined to comment.
  > declined_comment | dol | A department spokeswoman | declined to comment | - | resp=declined
The U.S. attorney's office in Cleveland did not return messages.
  > declined_comment | usao | The U.S. attorney's office in Cleveland | did not return messages | - | resp=no_response

At Sunday's meeting, in a banquet hall off Route 20, members lined up at a microphone to question Ochoa.
Tanya Brooks, a forklift operator at a distribution center in Fallon, said she had voted for three dues increases to build the fund.
  > named_person | brooks | Tanya Brooks, a forklift operator at a distribution center in Fallon | said | >
"We were told that money would carry us through a long strike," Brooks said.
  > named_person | brooks | Brooks | said | <
"Now we find out it might not carry us through a weekend."
  > named_person | brooks | Brooks | - | *
Another member, who asked not to be named because he still works under a supervisor allied with Kowalczyk, said many members had suspected for years that the fund was being misused.
  > anonymous_other | member | Another member | said | > | anon=who asked not to be named because he still works under a supervisor allied with Kowalczyk, count=1
Federal law generally limits trusteeships to 18 months, said Rebecca Lindahl, a labor law professor at Ohio Valley University.
  > named_person | lindahl | Rebecca Lindahl, a labor law professor at Ohio Valley University | said | <
This newspaper first reported in March 2024 that members had questioned withdrawals from the fund.
  > media_report | courier | This newspaper | first reported in March 2024 | >

@excluded
Contact reporter Ann Beckett at abeckett@fallon-courier.example or 419-555-0142.
Related: Fallon warehouse workers ratify contract after 2022 strike
Copyright © 2025 The Fallon Courier. All rights reserved.
''')

ARTICLES.append(r'''
@id aq-planning-board-conflict-of-interest-ashby
@style planning_board_conflict_of_interest
Planning commissioner who voted for warehouse rezoning co-owns land next door, records show
  > document | deed-records | records | show | Planning commissioner who voted for warehouse rezoning co-owns land next door

ASHBY TOWNSHIP, Pa. -- A member of the Ashby Township Planning Commission who cast the deciding vote last month to recommend rezoning 140 acres of farmland for a warehouse complex co-owns a 30-acre parcel next to the site, according to county property records.
  > document | deed-records | county property records | according to | <
The member, Gary Pfister, bought the parcel in 2022 with two partners through a company called Creekside Holdings LLC, state business filings show.
  > document | filings | state business filings | show | <
Minutes of the Sept. 14 meeting show that Pfister did not disclose the parcel before the vote, which passed 4-3.
  > document | minutes | Minutes of the Sept. 14 meeting | show | >
Pfister, a retired engineer who has served on the commission since 2015, said in an interview that he did not see a conflict because his land "isn't part of the application."
  > named_official | pfister | Pfister, a retired engineer who has served on the commission since 2015 | said in an interview | >
"If they build the warehouses, my land is next to warehouses," he said.
  > named_official | pfister | he | said | <
"That doesn't make me rich."
  > named_official | pfister | he | - | *
Pfister declined to say what he had paid for the land.
  > declined_comment | pfister | Pfister | declined to say what he had paid for the land | - | resp=declined

The resident who raised the issue, a retired schoolteacher who lives on Orchard Road, said she had looked up the deed at the county courthouse after a neighbor mentioned it.
  > named_person | metzger | The resident who raised the issue, a retired schoolteacher who lives on Orchard Road | said | >
"I just went to the courthouse and asked," said the resident, Joan Metzger, 71.
  > named_person | metzger | the resident, Joan Metzger, 71 | said | <
The commission's chair, Linda Szabo, said she learned of the parcel only when Metzger spoke at a township supervisors' meeting last week.
  > named_official | szabo | The commission's chair, Linda Szabo | said | >
The township solicitor, Brian Kessler, said state ethics law requires members of appointed boards to disclose any financial interest "that could reasonably be affected" by a vote.
  > named_official | kessler | The township solicitor, Brian Kessler | said | >
Kessler said the supervisors, who make the final decision, could ask the commission to vote again.
  > named_official | kessler | Kessler | said | >
Two other commission members, who asked not to be named because they did not want to criticize a colleague in public, said they would support a new vote.
  > anonymous_official | members | Two other commission members | said | > | anon=who asked not to be named because they did not want to criticize a colleague in public
The supervisors had planned to vote on the rezoning at their Oct. 21 meeting.
  > named_organization | supervisors | The supervisors | had planned | to vote on the rezoning at their Oct. 21 meeting | nosrc

Dana Whitfield, a Harrisburg lawyer who advises municipalities on ethics but is not involved in the case, said Pfister should have stepped aside.
  > named_person | whitfield | Dana Whitfield, a Harrisburg lawyer who advises municipalities on ethics but is not involved in the case | said | >
"The question isn't whether he'd get rich," Whitfield said.
  > named_person | whitfield | Whitfield | said | <
"It's whether a reasonable neighbor would wonder."
  > named_person | whitfield | Whitfield | - | *
A spokesman for the State Ethics Commission said the agency does not confirm or deny whether it has received a complaint.
  > named_organization | ethics | A spokesman for the State Ethics Commission | said | >
The developer's attorney, Mark Oduya, said Keystone Logistics Partners had "no business relationship of any kind" with Pfister or Creekside.
  > named_official | oduya | The developer's attorney, Mark Oduya | said | >
Creekside's other two partners could not be reached.
  > declined_comment | partners | Creekside's other two partners | could not be reached | - | resp=unreachable
Opponents of the warehouses say the complex would bring 1,500 truck trips a day onto Orchard Road.
  > anonymous_other | opponents | Opponents of the warehouses | say | >
A traffic study submitted by the developer estimates about 900.
  > document | traffic-study | A traffic study submitted by the developer | estimates | about 900
The Valley Record reported in July that the developer had approached at least four neighboring landowners about buying their parcels.
  > media_report | valley-record | The Valley Record | reported in July | >

@excluded
Ashby Now is a nonprofit newsroom. Donate to support local reporting.
Join the conversation: 14 comments
Sign up for our Thursday email on township government.
''')

ARTICLES.append(r'''
@id aq-abandoned-ship-crew-wages-aldmouth
@style abandoned_ship_crew_wages
Unpaid since May, crew of bulk carrier Orient Pearl stranded at Aldmouth as owner goes silent

The 19 seafarers aboard the bulk carrier Orient Pearl have not been paid since May and are running short of food and fuel, the International Transport Workers' Federation said on Tuesday.
  > named_organization | itf | the International Transport Workers' Federation | said on Tuesday | <
The Marendi-flagged ship has been detained at Aldmouth since July 28, when port state control inspectors found 23 deficiencies, including a broken emergency generator, according to the Paris MoU inspection database.
  > document | database | the Paris MoU inspection database | according to | <
"They are eating rice twice a day and the generator runs six hours a night," said Tom Gallacher, the ITF inspector for north-east England, who visited the ship on Monday.
  > named_official | gallacher | Tom Gallacher, the ITF inspector for north-east England, who visited the ship on Monday | said | <
Gallacher said the owner, Blue Tide Shipping, had stopped answering calls from the crew's manning agency in August.
  > named_official | gallacher | Gallacher | said | >
Blue Tide had planned to send the ship to a breaker's yard in Turkey after its next voyage, according to the manning agency, Seaways Crewing of Manila.
  > named_organization | seaways | the manning agency, Seaways Crewing of Manila | according to | <

The ship's master, Captain Rodel Bautista, said by phone from the bridge that several crew members had not spoken to their families in weeks because the ship's internet had been cut off.
  > named_official | bautista | The ship's master, Captain Rodel Bautista | said by phone from the bridge | >
"We are not asking for charity," he said.
  > named_official | bautista | he | said | <
"We are asking for what is written in our contracts."
  > named_official | bautista | he | - | *
Bautista had decided to keep the crew aboard rather than sign them off, because leaving would weaken their claim.
  > named_official | bautista | Bautista | had decided | to keep the crew aboard rather than sign them off | nosrc
A deckhand from Myanmar, who asked that his name not be published because he feared being blacklisted by manning agencies, said he had borrowed money from a shipmate to send home.
  > anonymous_other | deckhand | A deckhand from Myanmar | said | > | anon=who asked that his name not be published because he feared being blacklisted by manning agencies

Aldmouth Port Authority said it had waived berthing fees and was supplying fresh water.
  > named_organization | apa | Aldmouth Port Authority | said | >
The harbour master, Captain Fiona Reid, said the ship could not be moved until its generator was repaired, and that no one had offered to pay for the repair.
  > named_official | reid | The harbour master, Captain Fiona Reid | said | >
The Reverend David Okonjo, port chaplain for the charity Seafarers' Welcome, said volunteers had delivered groceries worth £3,000 since August.
  > named_official | okonjo | The Reverend David Okonjo, port chaplain for the charity Seafarers' Welcome | said | >
A Maritime and Coastguard Agency official, speaking on condition of anonymity, said the agency was considering whether to ask the government to pay for the crew's flights home.
  > anonymous_official | mca-official | A Maritime and Coastguard Agency official | said | >
The ship's insurer for crew claims, the North Atlantic P&I Club, said in a statement that it was "reviewing the position" under rules that require it to cover up to four months of unpaid wages for abandoned crews.
  > named_organization | pandi | The ship's insurer for crew claims, the North Atlantic P&I Club | said in a statement | >
The International Labour Organization's database of abandoned seafarers lists 312 new cases worldwide last year, a record.
  > document | ilo-db | The International Labour Organization's database of abandoned seafarers | lists | >

Sophie Lambert, a London maritime lawyer who is not involved in the case, said the crew could ask the Admiralty Court to arrest the ship and sell it to pay their wages.
  > named_person | lambert | Sophie Lambert, a London maritime lawyer who is not involved in the case | said | >
Shipping sources said Blue Tide had at least two other ships detained in European ports this year.
  > anonymous_other | shipping-sources | Shipping sources | said | >
A report last week in the trade journal Maritime Bulletin said the company was trying to sell the Orient Pearl for scrap.
  > media_report | bulletin | A report last week in the trade journal Maritime Bulletin | said | >
Blue Tide Shipping could not be reached at the address or telephone number listed in its registration.
  > declined_comment | blue-tide | Blue Tide Shipping | could not be reached at the address or telephone number listed in its registration | - | resp=unreachable
The Marendi International Ship Registry did not respond to emailed questions.
  > declined_comment | registry | The Marendi International Ship Registry | did not respond to emailed questions | - | resp=no_response

@excluded
Maritime Bulletin Weekly: subscribe for full access to casualty and detention reports.
Photo: The Orient Pearl at Aldmouth's Riverside Quay (Courtesy ITF)
Related: Abandonment cases hit record as small owners struggle
© 2025 Maritime Bulletin Ltd. Registered in England and Wales.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
