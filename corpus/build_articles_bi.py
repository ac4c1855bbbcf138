"""Build corpus/articles/bi.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on business, energy, environment, appeals courts and immigration
(crude_pipeline_river_spill_fine_wire, wildfire_marshal_report_utility_dispute_local_daily,
listeria_deli_salad_plant_recall_tv_station, asylum_work_permit_backlog_public_radio,
office_loan_bank_seizure_weekend_liveblog, brewery_strike_union_leader_qa,
offshore_wind_contract_exit_energy_newsletter, solvent_plume_town_magazine_feature,
fuel_retail_chain_merger_trade_weekly, campus_dining_contractor_strike_student_paper,
appeals_court_pipeline_permit_explainer, deportation_order_quashed_updated_story), two of
them set in invented countries, in the voices of twelve kinds of outlet (a wire dispatch with
a dateline and an editing credit, a small-city daily with its own earlier reporting, a local
television station's website with a consumers' subhead, a public-radio transcript with host,
reporter and speaker labels whose quotes run over several sentences, a financial weekly's live
blog with a timestamp line per entry, an edited Q&A whose questions themselves cite sources, an
energy newsletter with capitalised section heads and a first-person writer, a magazine feature
with a dek and a first-person reporter, a trade weekly with a subhead and a stock-price close,
a student newspaper, an explainer with question subheads, and a wire story carrying update and
correction notes in its footer). Each is built to test source typing and grouping: regulators,
ministers, a fire marshal, a district attorney, a state epidemiologist, judges writing opinions,
governors, a county executive, council members, a student senate president, executives, named
spokespeople, union leaders and organisers, an association president, and lawyers speaking for
clients (named officials); a baker, a mayor's constituents, fire victims, a retired lineman and a
former plant manager named only after being described, asylum seekers, a tile-shop owner, an
auto-shop owner, a rancher, a student, professors, an epidemiologist, a former regulator
economist (named persons); ministries, courts, agencies, utilities, companies, an association,
police and unnamed spokespeople on the record; anonymous officials and company supervisors,
managers and former employees, current and former, with and without a stated reason; people
familiar with finances and schedules, people involved in negotiations and a person close to a
company; vague sources (residents, many, some, others, customers, workers, strikers, analysts,
scholars, critics, environmental groups, food-safety and immigration lawyers, franchise owners
and a relative who give a reason); documents (a regulator's decision, a fire marshal's report,
court records, released emails, recall and gate notices, inspection reports, test results, a
study, a budget, figures and data, an SEC filing, pension filings, an approval order, a rate
filing, grid modelling, a consultant's analysis, a contract, a judgment, a ruling); media
reports (other outlets and the outlet's own earlier reporting); non-answers of all three kinds,
two in one sentence, one inside an interview answer, one for a person the outlet could not
reach; headline and dek attributions; content before and after the cue and split around it;
quotes running over several sentences; two attributions in one sentence; and look-alikes left
unannotated or marked not sourcing ("wants", "had wanted", "plans", "had planned", "hopes" in
the reporter's voice; "has not named", "has not said", "could not be independently confirmed",
"has not been able to verify", "did not testify", "is not a party", "we have not seen").
All twelve end with a footer of excluded boilerplate. Nothing is trained or tuned on them. Same
line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_bi.py [--render]
     python corpus/build_articles_bi.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "bi.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id bi-transbalt-pipeline-spill-fine
@style crude_pipeline_river_spill_fine_wire
Regulator says Transbalt pipeline leaked for 11 hours before shutdown, fines operator $48 million
  > named_organization | ure | Regulator | says | Transbalt pipeline leaked for 11 hours before shutdown

PRAVEC, Korvenia -- Korvenia's energy regulator on Tuesday fined the operator of the Transbalt crude pipeline 4.1 billion korun, about $48 million, over a rupture that spilled oil into the Lessa River in June, and said the line had leaked for 11 hours before it was shut down.
  > named_organization | ure | Korvenia's energy regulator | said | the line had leaked for 11 hours before it was shut down
The regulator, known as URE, said in a 90-page decision that the operator, Transbalt Energia, had ignored alarms from its leak-detection system for most of the night because control-room staff believed the readings were faulty.
  > named_organization | ure | The regulator, known as URE | said in a 90-page decision | >
About 2,300 barrels of crude reached the river, according to the decision, forcing three towns downstream to close their water intakes for up to a week.
  > document | decision | the decision | according to | About 2,300 barrels of crude reached the river ;; forcing three towns downstream to close their water intakes for up to a week
Transbalt's control-room supervisor on duty that night, whom the decision does not name, could not be reached.
  > declined_comment | supervisor | Transbalt's control-room supervisor on duty that night | could not be reached | - | resp=unreachable

Transbalt said it would appeal the fine, the largest the regulator has imposed.
  > named_organization | transbalt | Transbalt | said | it would appeal the fine
"We accept that the response that night was too slow, but the penalty is out of all proportion to the harm," the company's chief executive, Oskar Velinsky, said in a statement.
  > named_official | velinsky | the company's chief executive, Oskar Velinsky | said in a statement | <
"The river has recovered faster than anyone predicted."
  > named_official | velinsky | the company's chief executive, Oskar Velinsky | - | *
Environment Minister Daria Holub told lawmakers that the claim was "simply false" and that fish kills had been recorded 60 kilometers downstream as recently as August.
  > named_official | holub | Environment Minister Daria Holub | told lawmakers | >

The pipeline carries about 180,000 barrels a day from fields in the north to a refinery and export terminal on the coast.
It has been shut since the spill, and Transbalt wants to restart it by the end of the year.
  > named_organization | transbalt | Transbalt | wants | to restart it by the end of the year | nosrc
Two officials at the regulator, who asked not to be named because the agency's review of the restart request is not finished, said the company would first have to replace about 40 kilometers of pipe with thinner walls than its permits allow.
  > anonymous_official | ure-officials | Two officials at the regulator | said | > | anon=who asked not to be named because the agency's review of the restart request is not finished
One of them said inspectors had found corrosion at 17 points along that stretch in 2022.
  > anonymous_official | ure-officials | One of them | said | >
Transbalt did not respond to questions about the corrosion findings.
  > declined_comment | transbalt | Transbalt | did not respond to questions about the corrosion findings | - | resp=no_response
Nearly half of Transbalt is owned by the Vienna-listed group Nordhafen, which said in its half-year report that the spill had cost it 61 million euros so far.
  > named_organization | nordhafen | the Vienna-listed group Nordhafen | said in its half-year report | >

In Dolna Vysa, the largest of the towns downstream, residents said tap water still smelled of fuel weeks after the intake reopened.
  > anonymous_other | residents | residents | said | >
"My children would not drink it, so we bought bottles until September," said Milena Dostal, who runs a bakery on the town square.
  > named_person | dostal | Milena Dostal, who runs a bakery on the town square | said | <
The town's mayor, Pavol Rihak, said Dolna Vysa had spent 2.6 million korun on bottled water and testing and had not been repaid.
  > named_official | rihak | The town's mayor, Pavol Rihak | said | >
A lawyer representing 340 residents and fishermen, Irena Sokol, said they would seek damages from Transbalt in a civil suit once the regulator's decision is final.
  > named_official | sokol | A lawyer representing 340 residents and fishermen, Irena Sokol | said | >
Korvenian broadcaster KTV reported in July that the pipeline's leak-detection software had not been updated since 2016.
  > media_report | ktv | Korvenian broadcaster KTV | reported in July | >
That could not be independently confirmed.
Environmental groups have accused the government of waving through the pipeline's last safety certificate in 2021 to protect export revenue.
  > anonymous_other | env-groups | Environmental groups | have accused | the government of waving through the pipeline's last safety certificate in 2021 to protect export revenue
The Economy Ministry, which issued the certificate, said it had followed every step required by law.
  > named_organization | economy-ministry | The Economy Ministry, which issued the certificate | said | >
Transbalt has until Nov. 30 to file its appeal with the Supreme Administrative Court.

@excluded
Reporting by Jana Vrabel in Pravec and Tobias Lenk in Vienna; editing by Carla Munsey
Our standards: how we report and correct.
© 2025 Central European Newswire. All rights reserved.
''')

ARTICLES.append(r'''
@id bi-copper-gulch-fire-marshal-report
@style wildfire_marshal_report_utility_dispute_local_daily
State fire marshal says Tamarack line sparked Copper Gulch fire; utility disputes finding
  > named_official | quill | State fire marshal | says | Tamarack line sparked Copper Gulch fire
  > named_organization | tamarack | utility | disputes | finding

BRENNAN FALLS -- A power line owned by Tamarack Power & Light sparked the Copper Gulch fire, which destroyed 212 homes west of Brennan Falls in August, State Fire Marshal Renata Quill said Wednesday.
  > named_official | quill | State Fire Marshal Renata Quill | said Wednesday | <
The line, a 12-kilovolt circuit strung on wooden poles, slapped against a second wire in winds gusting above 50 mph and threw molten metal into dry grass below, according to the marshal's 64-page report.
  > document | report | the marshal's 64-page report | according to | <
Investigators ruled out lightning, fireworks and a campfire that had been reported near the area that afternoon, the report says.
  > document | report | the report | says | <
Quill said her office had sent its findings to the Alder County district attorney, who will decide whether to bring charges.
  > named_official | quill | Quill | said | >
The district attorney, Lionel Acheson, said through a spokeswoman that the review would take "at least several months."
  > named_official | acheson | The district attorney, Lionel Acheson | said through a spokeswoman | >

Tamarack disputed the finding.
  > named_organization | tamarack | Tamarack | disputed | the finding
In a statement, the utility said its own experts had found "no physical evidence" that the wires touched and that a resident's burn pile may have been to blame.
  > named_organization | tamarack | the utility | said | >
Tamarack's chief executive, Colette Varney, declined an interview request.
  > declined_comment | varney | Tamarack's chief executive, Colette Varney | declined an interview request | - | resp=declined
The report rejects the burn-pile theory, noting that the nearest permitted burn that week was more than two miles away and was out by noon.
  > document | report | The report | rejects | the burn-pile theory
  > document | report | The report | noting | that the nearest permitted burn that week was more than two miles away and was out by noon

Tamarack cuts power to lines in high-risk areas when strong winds are forecast, but it had not done so on Aug. 9.
Company emails released by the state Public Utilities Commission last month show that Tamarack managers debated a shut-off for the Copper Gulch area two days earlier and decided against it because of complaints from irrigation farmers.
  > document | emails | Company emails released by the state Public Utilities Commission last month | show | >
A Tamarack supervisor who took part in those discussions, and who spoke on the condition that he not be named because he was not authorized to talk to reporters, said crews had asked to replace the Copper Gulch wires in 2022.
  > anonymous_official | supervisor | A Tamarack supervisor who took part in those discussions | said | > | anon=who spoke on the condition that he not be named because he was not authorized to talk to reporters
"It was on the list every year, and every year it got pushed," he said.
  > anonymous_official | supervisor | he | said | <
A retired lineman who worked on Tamarack's crews in the county for 31 years said the Copper Gulch circuit had been "a known problem" since at least 2015.
  > named_person | rowe | A retired lineman who worked on Tamarack's crews in the county for 31 years | said | >
The lineman, Curtis Rowe, said poles on the ridge leaned so badly that the wires sagged within a few feet of each other in summer heat.
  > named_person | rowe | The lineman, Curtis Rowe | said | >
Tamarack plans to bury 180 miles of lines in the county's highest-risk areas by 2030, at a cost that will be passed on to customers.
  > named_organization | tamarack | Tamarack | plans | > | nosrc
An official at the state Public Utilities Commission said the commission would open its own inquiry into Tamarack's shut-off decisions once the criminal review is complete.
  > anonymous_official | puc-official | An official at the state Public Utilities Commission | said | >

At least 1,400 residents have joined lawsuits against the utility, according to court records.
  > document | court-records | court records | according to | <
Among them are Hal and Judy Brandvold, who lost the house on Sumac Ridge Road that Hal's grandfather built in 1951.
"The report just says what everybody up here already knew," Judy Brandvold said.
  > named_person | brandvold | Judy Brandvold | said | <
"We watched those wires swing for years."
  > named_person | brandvold | Judy Brandvold | - | *
Their lawyer, Desmond Achterberg, said the marshal's findings would make it "very hard" for Tamarack to avoid paying damages.
  > named_official | achterberg | Their lawyer, Desmond Achterberg | said | >
Some utility analysts say the costs could top $900 million, more than Tamarack's insurance covers.
  > anonymous_other | analysts | Some utility analysts | say | >
Shares of Tamarack's parent company, Westmarch Energy, fell 9 percent on Wednesday.
The Record reported in September that Westmarch had drawn down a $500 million credit line after the fire.
  > media_report | record | The Record | reported in September | >
Westmarch did not return a call seeking comment.
  > declined_comment | westmarch | Westmarch | did not return a call seeking comment | - | resp=no_response

@excluded
Subscribe to the Record for $1 a week.
Comment policy: Comments are moderated and may take up to 24 hours to appear.
Leave a comment
© 2025 The Brennan Falls Record
''')

ARTICLES.append(r'''
@id bi-larkspur-listeria-salad-recall
@style listeria_deli_salad_plant_recall_tv_station
State health department ties listeria outbreak to Larkspur Foods deli salads; plant recalls 1.2 million pounds
  > named_organization | health-dept | State health department | ties | listeria outbreak to Larkspur Foods deli salads

HARBOR CITY -- Potato and macaroni salads made at a Larkspur Foods plant in the city's Eastbrook neighborhood have been linked to a listeria outbreak that has sickened 14 people in three states and killed a 71-year-old man, the state Department of Health said Monday.
  > named_organization | health-dept | the state Department of Health | said Monday | <
The company said it was recalling about 1.2 million pounds of salads, coleslaw and dips sold under its own label and under the store brands of at least six grocery chains.
  > named_organization | larkspur | The company | said | >
A recall notice posted by the Food and Drug Administration lists 71 products with sell-by dates between Sept. 1 and Nov. 15.
  > document | notice | A recall notice posted by the Food and Drug Administration | lists | >

State epidemiologist Dr. Anton Greaves told Channel 7 that genetic testing matched bacteria from the patients to samples taken from a drain and a slicing machine inside the plant.
  > named_official | greaves | State epidemiologist Dr. Anton Greaves | told Channel 7 | >
"Listeria can live in a plant for years if it gets into the drains," Greaves said.
  > named_official | greaves | Greaves | said | <
"Cleaning the surfaces isn't enough."
  > named_official | greaves | Greaves | - | *
The man who died, Walter Ostby of Millrace, ate salad bought at a Harbor City supermarket in August, according to the county medical examiner's office.
  > named_organization | examiner | the county medical examiner's office | according to | <
His daughter, who asked not to be named because the family is considering a lawsuit, said he had been healthy until he developed a fever and confusion over a weekend.
  > anonymous_other | daughter | His daughter | said | > | anon=who asked not to be named because the family is considering a lawsuit
"By the time they told us what it was, it was too late," she said.
  > anonymous_other | daughter | she | said | <
The health department has not named the other patients, and said only that they range in age from 2 to 88.
  > named_organization | health-dept | The health department | said | they range in age from 2 to 88

In a statement, Larkspur said it had "moved quickly" once it was notified and urged customers to throw away the recalled products.
  > named_organization | larkspur | Larkspur | said | it had "moved quickly" once it was notified
  > named_organization | larkspur | Larkspur | urged | customers to throw away the recalled products
The company would not say when it first found listeria in the plant.
  > declined_comment | larkspur | The company | would not say when it first found listeria in the plant | - | resp=declined
Inspection reports obtained by Channel 7 through a public records request show that state inspectors found listeria on a floor drain at the plant in March 2024 and again in January.
  > document | inspections | Inspection reports obtained by Channel 7 through a public records request | show | >
A former Larkspur sanitation supervisor, who spoke on the condition of anonymity because he signed a confidentiality agreement when he left, said managers had cut the overnight cleaning crew from nine workers to five last year.
  > anonymous_official | ex-supervisor | A former Larkspur sanitation supervisor | said | > | anon=who spoke on the condition of anonymity because he signed a confidentiality agreement when he left
Channel 7 has not been able to verify that account.
Larkspur's president, Gil Seabrook, did not return calls to his office and his cellphone.
  > declined_comment | seabrook | Larkspur's president, Gil Seabrook | did not return calls to his office and his cellphone | - | resp=no_response

The plant's 230 workers were sent home on Friday, according to a notice posted on the plant's gate.
  > document | gate-notice | a notice posted on the plant's gate | according to | <
One worker leaving the plant said she had been told she would be paid for two weeks.
  > anonymous_other | worker | One worker leaving the plant | said | >
Channel 7 could not reach the union that represents the plant's workers.
  > declined_comment | union | the union that represents the plant's workers | could not reach | - | resp=unreachable
Councilmember Priya Venkataraman, whose district includes the plant, said she would ask the state to publish inspection results for all food plants online.
  > named_official | venkataraman | Councilmember Priya Venkataraman, whose district includes the plant | said | >
Food safety lawyers say listeria cases linked to ready-to-eat salads have been rising for several years.
  > anonymous_other | food-lawyers | Food safety lawyers | say | >

What to do if you bought the salads
The FDA says consumers should not eat the products and should clean refrigerator shelves and drawers that touched them.
  > named_organization | fda | The FDA | says | >
Symptoms can appear up to 10 weeks after eating contaminated food, according to the Centers for Disease Control and Prevention.
  > named_organization | cdc | the Centers for Disease Control and Prevention | according to | <

@excluded
Copyright 2025 WHCX Channel 7. All rights reserved.
Download the Channel 7 News app for breaking news alerts.
Have a story idea? Email the newsroom.
''')

ARTICLES.append(r'''
@id bi-ashgrove-asylum-work-permits-radio
@style asylum_work_permit_backlog_public_radio
Waiting to work: asylum seekers in Ashgrove say permit delays are pushing them into the cash economy
  > anonymous_other | asylum-seekers | asylum seekers in Ashgrove | say | permit delays are pushing them into the cash economy

ANA LUCERO, HOST: Federal rules let people who have applied for asylum ask for permission to work after about six months.
But in Ashgrove, many say they have waited more than a year.
  > anonymous_other | asylum-seekers | many | say | >
Our reporter Gideon Arkwright has the story.

GIDEON ARKWRIGHT, BYLINE: It's 6 a.m. outside a hardware store on Route 9, and about 20 men are waiting for contractors' trucks.
One of them is Joseph Nkemelu, who left Cameroon two years ago and applied for asylum last spring.
He says his work permit application has been pending for 14 months.
  > named_person | nkemelu | He | says | >

JOSEPH NKEMELU: I have a trade.
  > named_person | nkemelu | JOSEPH NKEMELU | : | >
I was an electrician in Douala.
  > named_person | nkemelu | JOSEPH NKEMELU | - | *
Here I carry drywall for $80 a day, cash, and if they don't pay me, who do I complain to?
  > named_person | nkemelu | JOSEPH NKEMELU | - | *

ARKWRIGHT: Nationally, more than 410,000 work permit applications from asylum seekers were pending at the end of June, according to figures from U.S. Citizenship and Immigration Services.
  > document | uscis-figures | figures from U.S. Citizenship and Immigration Services | according to | Nationally, more than 410,000 work permit applications from asylum seekers were pending at the end of June
The agency says it has hired more staff and cut average processing times.
  > named_organization | uscis | The agency | says | >
In a statement to WMBK, a USCIS spokesperson said applications with missing documents take longer and urged applicants to check their status online.
  > named_organization | uscis | a USCIS spokesperson | said | applications with missing documents take longer
  > named_organization | uscis | a USCIS spokesperson | urged | applicants to check their status online
The spokesperson would not comment on individual cases.
  > declined_comment | uscis | The spokesperson | would not comment on individual cases | - | resp=declined
Employers feel the wait too.
Rosa Delgadillo owns Ashgrove Stone & Tile, and she has two jobs she can't fill.

ROSA DELGADILLO: I have asylum applicants who want these jobs.
  > named_person | delgadillo | ROSA DELGADILLO | : | >
I've interviewed them.
  > named_person | delgadillo | ROSA DELGADILLO | - | *
But I can't put someone on payroll without the card, and I won't pay anybody under the table.
  > named_person | delgadillo | ROSA DELGADILLO | - | *

ARKWRIGHT: Some contractors do.
Workers at the hardware store lot told me they are regularly shorted on pay.
  > anonymous_other | lot-workers | Workers at the hardware store lot | told me | >
County Executive Lorraine Baptiste says the delays are also costing Tillman County money.
  > named_official | baptiste | County Executive Lorraine Baptiste | says | >

LORRAINE BAPTISTE: We are housing families in motels who would be paying rent and paying taxes if Washington would process a form.
  > named_official | baptiste | LORRAINE BAPTISTE | : | >

ARKWRIGHT: The county spent $11 million on emergency shelter last year, according to its budget.
  > document | county-budget | its budget | according to | The county spent $11 million on emergency shelter last year
Baptiste wants Congress to shorten the waiting period to 30 days.
  > named_official | baptiste | Baptiste | wants | Congress to shorten the waiting period to 30 days | nosrc
A bill to do that has stalled in the House.
Two congressional staff members who work on immigration said it is unlikely to get a vote this year.
  > anonymous_official | staffers | Two congressional staff members who work on immigration | said | >
Hyun-woo Baek, a lawyer at the Tillman Immigrant Legal Clinic, says some of his clients have sued to force the agency to decide their applications.
  > named_official | baek | Hyun-woo Baek, a lawyer at the Tillman Immigrant Legal Clinic | says | >

HYUN-WOO BAEK: The lawsuit is the only thing that moves the file.
  > named_official | baek | HYUN-WOO BAEK | : | >
Once a judge is involved, the card shows up in a few weeks.
  > named_official | baek | HYUN-WOO BAEK | - | *

ARKWRIGHT: Back at the hardware store, Joseph Nkemelu got picked up by a contractor at 7:15.
He says he checks the USCIS website every night.
  > named_person | nkemelu | He | says | >
For WMBK News, I'm Gideon Arkwright in Ashgrove.

@excluded
This transcript was created on a rush deadline by a contractor and may not be in its final form.
Support public radio: become a member of WMBK today.
Copyright © 2025 WMBK Public Radio.
''')

ARTICLES.append(r'''
@id bi-calloway-bank-seizure-liveblog
@style office_loan_bank_seizure_weekend_liveblog
Live updates: Calloway Federal Bank seized; all deposits will be protected, FDIC says
  > named_organization | fdic | FDIC | says | all deposits will be protected

5:05 p.m.
State banking regulators closed Calloway Federal Bank on Friday evening and appointed the Federal Deposit Insurance Corporation as receiver, the FDIC said in a news release.
  > named_organization | fdic | the FDIC | said in a news release | <
Calloway, based in Dunmore Springs, had about $19 billion in assets and 41 branches, according to its most recent quarterly filing.
  > document | filing | its most recent quarterly filing | according to | <
The bank's customers will be able to reach their money on Monday morning through Harcourt Bancorp, which agreed to take over all of Calloway's deposits and most of its loans, the release said.
  > named_organization | fdic | the release | said | <

5:40 p.m.
Harcourt's chief executive, Miriam Tolland, said on a call with analysts that the bank would keep all 41 Calloway branches open "for the foreseeable future."
  > named_official | tolland | Harcourt's chief executive, Miriam Tolland | said on a call with analysts | >
"We're not going anywhere," Tolland said, "and neither is your money."
  > named_official | tolland | Tolland | said | "We're not going anywhere," ;; "and neither is your money."
She would not say whether Calloway's 2,300 employees would keep their jobs.
  > declined_comment | tolland | She | would not say whether Calloway's 2,300 employees would keep their jobs | - | resp=declined

6:15 p.m.
Calloway lost about $2.4 billion in deposits in the two days after it disclosed on Wednesday that it would take a $610 million loss on loans to office-building owners, according to two people familiar with the bank's finances.
  > anonymous_familiar | familiar | two people familiar with the bank's finances | according to | <
One of them said a group of large depositors, mostly real-estate firms and medical practices, had pulled money after an investment newsletter urged readers to move cash out of regional banks.
  > anonymous_familiar | familiar | One of them | said | >
We have not seen the newsletter.

7:02 p.m.
The Dunmore Springs Ledger-Post reported on Thursday that Calloway had approached Harcourt and at least one other bank about a merger earlier this year.
  > media_report | ledger-post | The Dunmore Springs Ledger-Post | reported on Thursday | >
Calloway's board had wanted a deal that would keep the bank's name and headquarters in Dunmore Springs.
  > named_organization | calloway-board | Calloway's board | had wanted | > | nosrc
Calloway's former chief executive, Gordon Pell, did not respond to messages left on his cellphone.
  > declined_comment | pell | Calloway's former chief executive, Gordon Pell | did not respond to messages left on his cellphone | - | resp=no_response

7:48 p.m.
Senator Adaeze Whitlow, who chairs the state Senate's banking committee, said she would call regulators to testify about why the bank's losses on office loans were not caught sooner.
  > named_official | whitlow | Senator Adaeze Whitlow, who chairs the state Senate's banking committee | said | >
"Every examiner in this state knew what was happening to downtown office values," Whitlow said.
  > named_official | whitlow | Whitlow | said | <
"Somebody decided it wasn't a problem yet."
  > named_official | whitlow | Whitlow | - | *

8:30 p.m.
A state banking official, speaking on condition of anonymity because the agency's review of the failure has just begun, said examiners had rated Calloway's loan book "satisfactory" as recently as last fall.
  > anonymous_official | state-official | A state banking official | said | > | anon=speaking on condition of anonymity because the agency's review of the failure has just begun
The state Department of Financial Institutions declined to comment.
  > declined_comment | dfi | The state Department of Financial Institutions | declined to comment | - | resp=declined

9:10 p.m.
Outside Calloway's main branch on Fenwick Avenue, a small line had formed Friday afternoon before the doors were locked.
Customers in the line said they were trying to withdraw cash before the weekend.
  > anonymous_other | customers | Customers in the line | said | >
"I know the FDIC covers it, but I've got payroll on Monday," said Dmitri Sandoval, who owns two auto repair shops in town.
  > named_person | sandoval | Dmitri Sandoval, who owns two auto repair shops in town | said | <
Deposits are insured up to $250,000 per depositor at each bank, and Harcourt's purchase covers uninsured deposits as well, the FDIC said.
  > named_organization | fdic | the FDIC | said | <

10:05 p.m.
Some bank analysts expect more failures among lenders with large office-loan portfolios.
  > anonymous_other | bank-analysts | Some bank analysts | expect | >
Renee Lachance, a banking professor at Tremont State University, said Calloway was "an outlier, not a canary," because about a third of its loans were tied to downtown offices.
  > named_person | lachance | Renee Lachance, a banking professor at Tremont State University | said | >
The FDIC estimated that the failure would cost its deposit insurance fund about $1.1 billion.
  > named_organization | fdic | The FDIC | estimated | >

@excluded
This live coverage has ended.
Sign up for Market Close, our evening business newsletter.
© 2025 Tremont Business Journal
''')

ARTICLES.append(r'''
@id bi-kestrel-brewery-strike-duarte-qa
@style brewery_strike_union_leader_qa
Union chief says Kestrel strikers are "not going back for a 2 percent raise"
  > named_official | duarte | Union chief | says | Kestrel strikers are "not going back for a 2 percent raise"

About 380 workers at Kestrel Brewing's plant in Rendall walked off the job on Sept. 2 after their contract expired, the longest strike at the brewery since it opened in 1978.
Kestrel, which was bought last year by the Dutch-owned beverage group Vandermolen, has offered raises of 2 percent a year for four years and wants to replace the workers' pension with a 401(k)-style plan.
  > named_organization | kestrel | Kestrel, which was bought last year by the Dutch-owned beverage group Vandermolen | wants | to replace the workers' pension with a 401(k)-style plan | nosrc
The company says it has hired 90 replacement workers.
  > named_organization | kestrel | The company | says | >
We spoke with Teresa Duarte, president of Brewery Workers Local 44, on the picket line on Tuesday.
The interview has been edited and condensed.

Q: Kestrel says it is running at 60 percent of normal production with the replacement workers.
  > named_organization | kestrel | Kestrel | says | >
Does the strike still have leverage?
Duarte: Go look at the loading dock.
  > named_official | duarte | Duarte | : | >
Three trucks went out yesterday, and on a normal day it's 40.
  > named_official | duarte | Duarte | - | *
The drivers won't cross our line, and the company knows it.
  > named_official | duarte | Duarte | - | *

Q: The company's chief executive, Hendrik Aalbers, wrote in a letter to employees last week that the pension plan was "unsustainable" and underfunded by $140 million.
  > named_official | aalbers | The company's chief executive, Hendrik Aalbers | wrote in a letter to employees last week | >
Duarte: The plan was fine until Vandermolen bought the place and stopped making the full contributions.
  > named_official | duarte | Duarte | : | >
That's in their own paperwork.
  > named_official | duarte | Duarte | - | *

Q: Kestrel's pension filings with the Labor Department show that contributions fell by about half in 2024.
  > document | pension-filings | Kestrel's pension filings with the Labor Department | show | >
What happens if the company won't budge?
Duarte: We have a strike fund that can pay people $400 a week into February.
  > named_official | duarte | Duarte | : | >
After that, I don't know, and I'm not going to pretend to you that I do.
  > named_official | duarte | Duarte | - | *

Q: Some strikers have told reporters they would take the 2 percent if the pension stays.
  > anonymous_other | some-strikers | Some strikers | have told reporters | >
Duarte: Some probably would.
  > named_official | duarte | Duarte | : | >
That's why we vote, and the last vote was 91 percent to stay out.
  > named_official | duarte | Duarte | - | *

Q: Rendall police said a replacement worker was treated for a cut hand after a scuffle at the gate on Friday.
  > named_organization | police | Rendall police | said | >
Were your members involved?
Duarte: One of our members was arrested and released, and he says he was pushed first.
  > named_official | duarte | Duarte | : | >
I've seen the video.
  > named_official | duarte | Duarte | - | *
I'm not going to say more than that while there's a case.
  > declined_comment | duarte | Duarte | not going to say more than that | - | resp=declined

Q: Vandermolen's chief financial officer, Pieter Smeets, told analysts in October that the Rendall plant was "under review."
  > named_official | smeets | Vandermolen's chief financial officer, Pieter Smeets | told analysts in October | >
Are you worried they close it?
Duarte: They've been saying that since the day they bought us.
  > named_official | duarte | Duarte | : | >
It's a brewery that makes money.
  > named_official | duarte | Duarte | - | *

Kestrel did not respond to a request for comment on Duarte's remarks.
  > declined_comment | kestrel | Kestrel | did not respond to a request for comment on Duarte's remarks | - | resp=no_response
Talks are scheduled to resume Monday with a federal mediator.

@excluded
This interview is part of our series Work Week.
Share this story
Read more of our labor coverage.
© 2025 The Rendall Dispatch
''')

ARTICLES.append(r'''
@id bi-gannet-bank-wind-exit-newsletter
@style offshore_wind_contract_exit_energy_newsletter
The Load Curve: Why Stellmark walked away from the Gannet Bank wind farm

Good morning, and welcome back to The Load Curve.
This week: a wind farm that won't be built, a gas plant that will, and a utility rate request that grew by a third.

GANNET BANK
Stellmark Renewables said on Monday that it would pay a $96 million penalty to exit its contract to sell power from the Gannet Bank offshore wind project to the state's two largest utilities.
  > named_organization | stellmark | Stellmark Renewables | said on Monday | >
The company blamed higher interest rates and the cost of turbines, which it said had risen 40 percent since the contract was signed in 2021.
  > named_organization | stellmark | The company | blamed | >
Stellmark still holds the federal lease and wants to rebid the project at a higher price next year.
  > named_organization | stellmark | Stellmark | wants | to rebid the project at a higher price next year | nosrc
Two people involved in the negotiations told me the company had asked the state for a 35 percent price increase in September and was turned down.
  > anonymous_familiar | negotiators | Two people involved in the negotiations | told me | >
The state energy office declined to comment on the talks.
  > declined_comment | energy-office | The state energy office | declined to comment on the talks | - | resp=declined
Governor Celeste Amberley called the exit "a setback, not a surrender" and said the state would seek new bids within six months.
  > named_official | amberley | Governor Celeste Amberley | called | the exit "a setback, not a surrender"
  > named_official | amberley | Governor Celeste Amberley | said | the state would seek new bids within six months

WHAT IT MEANS FOR BILLS
The grid operator's own modeling, published in March, found that without Gannet Bank the region would need about 1,100 megawatts of new gas-fired capacity by 2031 to meet reliability standards.
  > document | grid-modeling | The grid operator's own modeling, published in March | found | >
Analysts at two ratings firms have said the cancellation could add $4 to $7 a month to a typical household bill.
  > anonymous_other | ratings-analysts | Analysts at two ratings firms | have said | >
I'd take those numbers with some salt; neither firm published its assumptions.
Consumer advocates are less cautious.
"We were promised cheap, clean power, and we're getting neither," said Marisol Quintero of the Ratepayer Alliance, which has intervened in the utilities' rate cases.
  > named_official | quintero | Marisol Quintero of the Ratepayer Alliance, which has intervened in the utilities' rate cases | said | <

THE GAS PLANT
Regulators on Thursday approved a 640-megawatt gas plant in Harlow Township, the first new one in the state in a decade.
The approval order says the plant must be able to run on hydrogen blends by 2035, a condition environmental groups called "a fig leaf."
  > document | approval-order | The approval order | says | the plant must be able to run on hydrogen blends by 2035
  > anonymous_other | env-groups | environmental groups | called | a condition ;; "a fig leaf."
The plant's developer, Ironbark Generation, has not said what the plant will cost.
A person close to the company told me the figure is about $900 million, before financing.
  > anonymous_familiar | ironbark-close | A person close to the company | told me | >

RATE REQUEST
Eastline Electric on Friday raised its rate request to $412 million over three years, up from the $310 million it sought in June.
The filing says the increase reflects storm repair costs and the higher price of the power it must now buy to replace Gannet Bank's expected output.
  > document | eastline-filing | The filing | says | >
Eastline spokesman Theo Brandauer said the company "shares customers' frustration."
  > named_official | brandauer | Eastline spokesman Theo Brandauer | said | >
Hearings start Jan. 14.

ONE MORE THING
The trade site Grid Dispatch reported on Wednesday that at least two other offshore developers are seeking to renegotiate their contracts in the region.
  > media_report | grid-dispatch | The trade site Grid Dispatch | reported on Wednesday | >
See you next week.

@excluded
Correction: Last week's item on the Pell River dam relicensing misstated the dam's capacity. It is 48 megawatts, not 84.
Forwarded this email? Sign up for The Load Curve.
You are receiving this because you subscribed to The Load Curve. Unsubscribe.
© 2025 Ampersand Media
''')

ARTICLES.append(r'''
@id bi-larch-hollow-solvent-plume-feature
@style solvent_plume_town_magazine_feature
The Water Under Larch Hollow: a solvent plume, a shuttered plant and a town that stopped trusting its taps

The state's environmental agency says the company knew for a decade.
  > named_organization | deq | The state's environmental agency | says | >
The company says it did everything the law required.
  > named_organization | dalmore | The company | says | >

The smell came first, in the summer of 2019: sweet and sharp, like paint thinner, rising from Beth Anselm's kitchen tap.
At first she thought a neighbor was painting, she told me, standing at that sink in Larch Hollow, a town of 4,000 in the hills above the Tamsin River.
  > named_person | anselm | she#2 | told me | At first she thought a neighbor was painting
By 2022 her well water had 38 times the state limit for trichloroethylene, an industrial solvent linked to kidney cancer, according to test results she shared with me.
  > document | test-results | test results she shared with me | according to | <
Her house sits about half a mile downhill from a plant where Dalmore Coatings made metal finishes for 41 years before closing it in 2018.

The state Department of Environmental Quality now estimates that a plume of the solvent stretches nearly two miles beneath the town.
  > named_organization | deq | The state Department of Environmental Quality | estimates | >
In an order issued in June, the department found that Dalmore had detected the solvent in monitoring wells on its property as early as 2011 and did not report it, as state law requires.
  > named_organization | deq | the department | found | >
Dalmore is appealing the order.
Dalmore's general counsel, Graham Whitsett, said in an email that the 2011 readings were "isolated, low-level and consistent with laboratory error," and that the company had shared them with a state inspector at the time.
  > named_official | whitsett | Dalmore's general counsel, Graham Whitsett | said in an email | >
The department says it has no record of that.
  > named_organization | deq | The department | says | >
Whitsett declined to make the company's former plant managers available and would not say whether Dalmore had set aside money for a cleanup.
  > declined_comment | whitsett | Whitsett | declined to make the company's former plant managers available | - | resp=declined
  > declined_comment | whitsett | Whitsett | would not say whether Dalmore had set aside money for a cleanup | - | resp=declined

One of those managers agreed to talk to me anyway.
He ran the plant's wastewater system from 2006 to 2015, and he said the solvent "was in the groundwater the whole time I was there."
  > named_person | tolver | he | said | >
The manager, Arvid Tolver, now 68, said he had told his supervisors about the readings at least three times.
  > named_person | tolver | The manager, Arvid Tolver, now 68 | said | >
"They told me it was handled, every time," he said.
  > named_person | tolver | he | said | <
"I believed them, because I wanted to."
  > named_person | tolver | he | - | *
Tolver is not a party to any of the lawsuits.

Larch Hollow is divided about what to do next.
Some residents I spoke with want the town to join a lawsuit against Dalmore; others said a fight could scare away the buyer the county has been courting for the empty plant.
  > anonymous_other | some-residents | Some residents I spoke with | want | the town to join a lawsuit against Dalmore
  > anonymous_other | other-residents | others | said | a fight could scare away the buyer the county has been courting for the empty plant
Mayor Lyle Penhallow, whose family has run the hardware store on Main Street since 1962, said the town could not afford to sue and could not afford not to.
  > named_official | penhallow | Mayor Lyle Penhallow, whose family has run the hardware store on Main Street since 1962 | said | >
The county's economic development director did not return several calls.
  > declined_comment | econ-director | The county's economic development director | did not return several calls | - | resp=no_response
A 2023 study by researchers at Tamsin State University, which has not yet been peer reviewed, found kidney cancer rates in the town's ZIP code about 70 percent above the state average.
  > document | study | A 2023 study by researchers at Tamsin State University, which has not yet been peer reviewed | found | >
Its lead author, the epidemiologist Nadia Ferrante, cautioned that the numbers were small and that the study could not show the solvent caused the cancers.
  > named_person | ferrante | Its lead author, the epidemiologist Nadia Ferrante | cautioned | >
The Tamsin Valley Observer first reported the study's findings last year.
  > media_report | observer | The Tamsin Valley Observer | first reported | the study's findings

Anselm has a filter system now, paid for by the state.
She still does not drink the water.
"I'll believe it's clean when someone who isn't selling something tells me so," she said.
  > named_person | anselm | she | said | <

@excluded
This article appears in the spring issue of Hinterland magazine.
Photographs by Josefa Lindahl for Hinterland.
Letters: We welcome your responses to this story.
''')

ARTICLES.append(r'''
@id bi-pumpline-quikstar-merger-second-request
@style fuel_retail_chain_merger_trade_weekly
Pumpline's $3.1 billion Quikstar deal faces second FTC request, filing shows
  > document | filing | filing | shows | Pumpline's $3.1 billion Quikstar deal faces second FTC request

Franchise owners say supply contracts are at risk; Pumpline says no stores will close in the first year
  > anonymous_other | franchisees | Franchise owners | say | supply contracts are at risk
  > named_organization | pumpline | Pumpline | says | no stores will close in the first year

Pumpline Inc. said Wednesday that the Federal Trade Commission had issued a second request for information about its planned $3.1 billion acquisition of Quikstar Holdings, extending the antitrust review of a deal that would create the third-largest convenience-store operator in the country.
  > named_organization | pumpline | Pumpline Inc. | said Wednesday | >
A second request typically adds four to six months to a merger review.
In a filing with the Securities and Exchange Commission, Pumpline said it still expects the deal to close in the first half of next year.
  > named_organization | pumpline | Pumpline | said | >
The filing also shows that Pumpline agreed to pay Quikstar a $140 million breakup fee if regulators block the deal.
  > document | filing | The filing | shows | >
The combined company would run about 2,900 stores in 14 states, roughly 600 of them operated by franchisees under the Quikstar name.
Pumpline chief executive Lars Engebretsen told analysts on an August call that the company would close no stores in the first year after the deal and would keep the Quikstar brand.
  > named_official | engebretsen | Pumpline chief executive Lars Engebretsen | told analysts on an August call | >

Franchisees are less sure.
The Quikstar Franchise Owners Association, which represents about 420 of the stores, said in a letter to the FTC last month that Pumpline's fuel-supply contracts would force owners to buy gasoline at prices up to 9 cents a gallon above what they pay now.
  > named_organization | qfoa | The Quikstar Franchise Owners Association, which represents about 420 of the stores | said in a letter to the FTC last month | >
The association's president, Deepa Raghunathan, who owns five Quikstar stores in the Carolinas, said owners had not been shown the new contracts.
  > named_official | raghunathan | The association's president, Deepa Raghunathan, who owns five Quikstar stores in the Carolinas | said | >
"Nobody in this deal is talking to the people who actually run the stores," she said.
  > named_official | raghunathan | she | said | <
A Pumpline spokeswoman said the company had met with franchise owners "dozens of times" and that existing supply agreements would be honored until they expire.
  > named_organization | pumpline | A Pumpline spokeswoman | said | >
Two Quikstar franchise owners in Georgia, who asked not to be identified because their contracts bar them from criticizing the franchisor, said Quikstar field managers had told them to expect "rebranding costs" of up to $80,000 per store.
  > anonymous_other | ga-owners | Two Quikstar franchise owners in Georgia | said | > | anon=who asked not to be identified because their contracts bar them from criticizing the franchisor
Quikstar declined to comment, citing the pending review.
  > declined_comment | quikstar | Quikstar | declined to comment | - | resp=declined
The FTC did not respond to an email on Wednesday.
  > declined_comment | ftc | The FTC | did not respond to an email on Wednesday | - | resp=no_response

Where the stores overlap
An analysis by the consulting firm Kerrigan Fuel Advisors found that the two chains compete directly in 38 local markets, most of them along interstate corridors in Tennessee and Kentucky.
  > document | kerrigan | An analysis by the consulting firm Kerrigan Fuel Advisors | found | >
Antitrust lawyers who follow the sector expect the FTC to demand that Pumpline sell at least 100 stores.
  > anonymous_other | antitrust-lawyers | Antitrust lawyers who follow the sector | expect | >
Whether the buyers of those stores survive is another question, said Colm Brereton, a former FTC economist who now advises retailers.
  > named_person | brereton | Colm Brereton, a former FTC economist who now advises retailers | said | <
He pointed to a 2019 fuel-retail merger in which a third of the divested stations were later closed.
  > named_person | brereton | He | pointed to | >
Forecourt Retail Weekly reported in July that Pumpline had also held early talks with a regional grocer about selling fuel at its supermarkets.
  > media_report | frw | Forecourt Retail Weekly | reported in July | >
Pumpline's shares closed down 1.2 percent at $54.18.
Quikstar stock, which trades over the counter, was unchanged.

@excluded
Subscribe to Forecourt Retail Weekly for full access to our M&A tracker.
Related: Fuel margins hit three-year high in second quarter
Share this article on LinkedIn or by email
© 2025 Forecourt Retail Weekly. All rights reserved.
''')

ARTICLES.append(r'''
@id bi-halvorsen-dining-workers-strike
@style campus_dining_contractor_strike_student_paper
Dining workers walk out; Corliss says it "offered a fair deal"
  > named_organization | corliss | Corliss | says | it "offered a fair deal"

About 160 dining hall workers employed by Corliss Food Services walked off the job Monday morning, closing two of Halvorsen University's three dining halls and leaving students in line for sandwiches at the Student Union until almost 9 p.m.
The workers, members of Service Employees Local 310, are asking for a raise to $22 an hour and year-round health coverage, according to union organizer Kwame Ashdown.
  > named_official | ashdown | union organizer Kwame Ashdown | according to | <
Many of them are laid off each summer and lose their insurance, he said.
  > named_official | ashdown | he | said | <
"People have been cooking for this campus for 20 years and still can't take their kids to the dentist in July," Ashdown said at a rally outside Oduya Hall.
  > named_official | ashdown | Ashdown | said at a rally outside Oduya Hall | <

Corliss said in a statement emailed to the Herald that it had "offered a fair deal" including raises of 12 percent over three years, and that it "respects the right of our associates to strike."
  > named_organization | corliss | Corliss | said in a statement emailed to the Herald | >
A Corliss district manager who was at the rally, and who said she was not allowed to speak to the press, said the company had brought in replacement cooks from two other campuses.
  > anonymous_official | corliss-manager | A Corliss district manager who was at the rally | said#2 | > | anon=who said she was not allowed to speak to the press
University spokesperson Imogen Rask said the university "is not a party to the contract" but was "monitoring the situation to make sure students are fed."
  > named_official | rask | University spokesperson Imogen Rask | said | >
The university's contract with Corliss, which the Herald obtained through a public records request, requires the company to keep all three dining halls open during the academic year.
  > document | contract | The university's contract with Corliss, which the Herald obtained through a public records request | requires | >

Students had mixed reactions.
Some students joined the picket line between classes; others complained on social media that the line at the Student Union stretched out the door.
  > anonymous_other | complaining-students | others | complained on social media | >
"I support them, honestly, but I also have a lab at 1," said Priya Santhanam, a sophomore studying chemistry, holding a granola bar she said was her lunch.
  > named_person | santhanam | Priya Santhanam, a sophomore studying chemistry | said | <
  > named_person | santhanam | she | said | a granola bar ;; was her lunch
The Student Senate voted 19-4 on Tuesday night to pass a resolution supporting the strikers.
Senate President Jonah Abernathy said the resolution "isn't binding, but it's loud."
  > named_official | abernathy | Senate President Jonah Abernathy | said | >
Abernathy plans to invite Corliss and union representatives to a forum next week.
  > named_official | abernathy | Abernathy | plans | > | nosrc

Corliss's regional vice president, Harold Fenstermacher, did not respond to an email from the Herald on Tuesday.
  > declined_comment | fenstermacher | Corliss's regional vice president, Harold Fenstermacher | did not respond to an email from the Herald on Tuesday | - | resp=no_response
The Herald reported last spring that Corliss had been fined $38,000 by the county health department after an inspection found rodent droppings in the Oduya Hall kitchen.
  > media_report | herald | The Herald | reported last spring | >
Ashdown said the strike would continue "as long as it takes."
  > named_official | ashdown | Ashdown | said | >
No new talks have been scheduled.

@excluded
The Halvorsen Herald is the independent student newspaper of Halvorsen University.
Want to write for the Herald? Email the editors.
Leave a Reply. Your email address will not be published.
Post Comment
''')

ARTICLES.append(r'''
@id bi-ridgeback-pipeline-permit-ruling-explainer
@style appeals_court_pipeline_permit_explainer
Explainer: What the appeals court's ruling on the Ridgeback pipeline means

A federal appeals court on Tuesday threw out a key permit for the Ridgeback Gas Pipeline, a 290-mile line meant to carry natural gas from the Varrow Basin to power plants on the coast.
Here's what happened and what comes next.

What did the court decide?
A three-judge panel of the U.S. Court of Appeals for the Twelfth Circuit ruled 2-1 that the Army Corps of Engineers had not properly studied how the pipeline's 148 river and stream crossings would affect drinking water supplies.
  > named_organization | panel | A three-judge panel of the U.S. Court of Appeals for the Twelfth Circuit | ruled | >
Writing for the majority, Judge Harriet Osterberg said the Corps had "relied on a map it knew to be out of date" and had given the public 15 days to comment on a 1,200-page analysis.
  > named_official | osterberg | Judge Harriet Osterberg | said | >
The ruling sends the permit back to the Corps, which must redo the analysis before construction can resume at the crossings.
  > document | ruling | The ruling | sends | the permit back to the Corps | nosrc

What did the dissent say?
Judge Raymond Achor dissented, writing that the majority had "substituted its own judgment for the agency's" on questions of hydrology.
  > named_official | achor | Judge Raymond Achor | writing | >

Is construction stopped?
Partly.
Work on about 210 miles of the route that does not cross water can continue, according to the pipeline's developer, Ridgeback Midstream.
  > named_organization | ridgeback | the pipeline's developer, Ridgeback Midstream | according to | <
The company said in a statement that it was "disappointed" and was "reviewing all options, including rehearing by the full court."
  > named_organization | ridgeback | The company | said in a statement | >
Ridgeback had planned to put the pipeline into service next November.
  > named_organization | ridgeback | Ridgeback | had planned | > | nosrc
A person familiar with the company's construction schedule said the ruling could delay that by a year or more and add about $400 million to the project's $2.7 billion cost.
  > anonymous_familiar | schedule-familiar | A person familiar with the company's construction schedule | said | >

Who challenged the permit?
A coalition of landowners and three environmental groups, led by the Varrow Basin Water Alliance, sued in 2023.
Their lawyer, Sunniva Hartigan of the Western Rivers Law Center, said the decision showed that "shortcuts have consequences."
  > named_official | hartigan | Their lawyer, Sunniva Hartigan of the Western Rivers Law Center | said | >
Among the plaintiffs is Otto Brennecke, a cattle rancher whose land the pipeline crosses at two creeks.
"The survey crews were out here for one afternoon," Brennecke said in a phone interview.
  > named_person | brennecke | Brennecke | said in a phone interview | <
"That was their whole study of my water."
  > named_person | brennecke | Brennecke | - | *

What does the Corps say?
The Corps did not respond to a request for comment on Tuesday.
  > declined_comment | corps | The Corps | did not respond to a request for comment on Tuesday | - | resp=no_response
In court filings, the government argued that the agency's analysis was "reasonable and thorough" and that any errors were harmless.
  > named_organization | government | the government | argued | >

What happens next?
Ridgeback can ask the full Twelfth Circuit to rehear the case or appeal to the Supreme Court.
Legal scholars say the full court rarely agrees to rehear cases like this one.
  > anonymous_other | scholars | Legal scholars | say | >
Some energy analysts say the delay could raise winter gas prices on the coast, where pipeline capacity is already tight.
  > anonymous_other | energy-analysts | Some energy analysts | say | >
Others say the region's demand forecasts are inflated.
  > anonymous_other | other-analysts | Others | say | >
This news organization reported in May that the Corps' own engineers had flagged the outdated map in an internal memo.
  > media_report | own-reporting | This news organization | reported in May | >
That memo is cited in the majority opinion.

@excluded
More explainers: Read our guides to the state's energy projects.
Was this explainer helpful? Yes / No
© 2025 Coastal Public Media
''')

ARTICLES.append(r'''
@id bi-sarkisov-deportation-order-quashed
@style deportation_order_quashed_updated_story
Court of Appeal quashes deportation order against Vestra teacher, says tribunal ignored his children's interests
  > named_organization | court | Court of Appeal | says | tribunal ignored his children's interests

VESTRA, Lindavia -- Lindavia's Court of Appeal on Thursday quashed a deportation order against Emil Sarkisov, a 44-year-old secondary school teacher who has lived in the country since he was 9, ruling that an immigration tribunal had failed to weigh the interests of his three children.
  > named_organization | court | Lindavia's Court of Appeal | ruling | >
Sarkisov, who was born in Karsidia, was ordered deported last year after the Interior Ministry revoked his residence permit over a 2019 conviction for assault, which he has always said was an act of self-defence.
  > named_person | sarkisov | he | has always said | which ;; was an act of self-defence
In a 31-page judgment, Justice Miriam Talvik wrote that the tribunal had treated the children's welfare as "an afterthought" and sent the case back for a new hearing.
  > named_official | talvik | Justice Miriam Talvik | wrote | that the tribunal had treated the children's welfare as "an afterthought"
The judgment says the tribunal gave "no real consideration" to evidence that Sarkisov's youngest son, who has autism, would lose access to specialist schooling.
  > document | judgment | The judgment | says | >
The two other judges on the panel agreed.
Sarkisov did not testify at the appeal, which was argued on written submissions.

Sarkisov was in the courtroom and wept as the ruling was read.
Outside the court, he said he had spent the past year "waiting for a knock on the door."
  > named_person | sarkisov | he | said | >
"I am a teacher," he said.
  > named_person | sarkisov | he | said | <
"This is the only country I know how to live in."
  > named_person | sarkisov | he | - | *
His lawyer, Aurelia Brandstetter, said she would ask the tribunal to hear the case within 60 days.
  > named_official | brandstetter | His lawyer, Aurelia Brandstetter | said | >

The Interior Ministry said it would study the judgment and had not decided whether to appeal to the Supreme Court.
  > named_organization | interior | The Interior Ministry | said | >
Interior Minister Kaspar Leito did not respond to questions sent to his office.
  > declined_comment | leito | Interior Minister Kaspar Leito | did not respond to questions sent to his office | - | resp=no_response
Leito has promised to deport foreign nationals convicted of violent crimes "without exception."
  > named_official | leito | Leito | has promised | >
A ministry official, who was not authorized to speak publicly, said about 240 similar deportation orders issued since 2023 could now be challenged on the same grounds.
  > anonymous_official | ministry-official | A ministry official | said | > | anon=who was not authorized to speak publicly
The ministry's figures show that 1,310 deportation orders were issued last year on criminal grounds, up from 560 in 2022.
  > document | ministry-figures | The ministry's figures | show | >
Critics of the policy, including opposition lawmakers, say it has split up families over minor offences committed years ago.
  > anonymous_other | critics | Critics of the policy, including opposition lawmakers | say | >

Immigration lawyers said the ruling was likely to be cited in dozens of pending cases.
  > anonymous_other | imm-lawyers | Immigration lawyers | said | >
Tomasz Ruel, who teaches immigration law at the University of Vestra, said the court had "put the children back at the centre of these cases, where the statute always said they were."
  > named_person | ruel | Tomasz Ruel, who teaches immigration law at the University of Vestra | said#1 | >
Public broadcaster VTV reported in March that the tribunal had rejected more than 90 percent of appeals against criminal deportation orders last year.
  > media_report | vtv | Public broadcaster VTV | reported in March | >
The tribunal's president could not be reached for comment on Thursday.
  > declined_comment | tribunal-president | The tribunal's president | could not be reached for comment on Thursday | - | resp=unreachable
Sarkisov's school has held his post open, and he hopes to return to the classroom in January.
  > named_person | sarkisov | he | hopes | > | nosrc

@excluded
This story was updated at 18:40 to add comment from the Interior Ministry.
Correction: An earlier version of this story said the panel's decision was split. All three judges agreed.
Reporting by Lidia Marangoz; editing by Peter Hald
© 2025 Vestra Daily News
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
