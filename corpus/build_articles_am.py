"""Build corpus/articles/am.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on public health and hospitals, environment and energy, disasters and weather,
agriculture and food safety and science agencies (tornado_siren_failure,
weather_balloon_launch_cuts, raw_milk_ecoli_cluster, psychiatric_boarding_emergency_rooms,
heat_pump_rebate_backlog, prescribed_burn_escape, grasshopper_outbreak_spraying,
levee_seepage_river_crest, lab_pathogen_shipment_error, hospital_price_transparency_fines,
heat_death_count_dispute, pesticide_drift_school_evacuation), in the voices of twelve kinds of
outlet (a small-city daily's follow-up story, a science magazine's news section with a dek, a
regional weekly, a monthly magazine feature in the present tense, an HVAC trade journal, an
edited public-radio call-in transcript with a host, a named caller known only by first name and
an anonymous caller, a farm radio network's midday report of short items under capitalised
heads, a local paper's live blog in chronological order, a national wire story, a hospital
finance trade publication, a regional paper's data story, and a local TV website), each built
to test source typing and grouping: an emergency manager, an epidemiologist, a medical
examiner, a forest supervisor, an agricultural commissioner, a Corps colonel, named spokesmen,
a hospital CFO, a company president and owners speaking for their companies, and lawyers
speaking for a client or for a hospital typed as officials; scientists, an extension
entomologist, a market analyst, a retired forecaster commenting, lawyers commenting as experts
not involved in the case, residents, patients' parents, a homeowner and a caller typed as
persons; agencies, a sheriff's office, a university, a union, a vendor, trade groups and
unnamed spokespeople typed as organizations; unnamed forecasters, nurses, state employees, a
city engineer, a pesticide investigator, hospital executives and agency officials (with and
without a stated reason) typed as anonymous officials; people familiar with discussions and a
review; vague sources (residents posting online, advocates, customers, parents, a niece who
asked not to be named although she works for the county, an anonymous caller); people
described first and named later ("The father of the 4-year-old" -> "the father, Aaron Rowe";
"A fourth-grader ..." -> "the girl, Sofia Ramirez, 9"; "Her mother, a school bus driver" ->
"the mother, Renee Hollis"); two people with one surname kept apart; headline attributions
that repeat a body source ("..., state says", "..., notices show", "..., officials say",
"USDA says ...", "Corps says ..."); documents (an email, a storm report, web guidance, an
operations notice, a staffing spreadsheet, a study, a health advisory, a jar label, agency
records, hospital association data, a legislative report, a hazard map, a monthly report, an
outlook, gauge data, an inspection report, an internal report, a letter, penalty notices,
death certificates, a county report); media reports, including the outlet's own earlier
reporting; non-answers of all three kinds (including "declines to say" after an on-record
statement, "would not say" in the same sentence as "said", and "several contacted ... would not
say"); split content; two attributions to one source in one sentence, and two sources sharing
one cue; quotes that run over several sentences and over several transcript lines; and things
that look like attribution but are not (a forecast that "called for" gusts inside a quote,
"No one is known to have been infected", "how many heat deaths each county reports", a
mayor who "issued" an advisory, reporter's-voice plans, hopes and bets marked not sourcing). All twelve
end with a footer of excluded boilerplate (alert and newsletter prompts, copyright lines, a
correction, photo and graphics credits, a crisis line, methodology and story-tip prompts).
Nothing is trained or tuned on them. Same line format and builder as ``build_articles_b.py``
(read its docstring).

Run: python corpus/build_articles_am.py [--render]
     python corpus/build_articles_am.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "am.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id am-tornado-siren-failure-marlow-county
@style tornado_siren_failure
Marlow County sirens stayed silent as tornado hit because of a botched software update, emergency manager says
  > named_official | pruett | emergency manager | says | <

GRANTVILLE, Okla. -- None of the 22 outdoor warning sirens in Marlow County sounded early Sunday when a tornado cut a 9-mile path through the south side of Grantville, killing two people and damaging more than 140 homes.
The county's emergency management director, Dwight Pruett, said Tuesday that a software update installed by the siren vendor on Friday had erased the system's activation settings.
  > named_official | pruett | The county's emergency management director, Dwight Pruett | said Tuesday | >
Nobody at the county knew the update had been installed, he said.
  > named_official | pruett | he | said | <
"We tested those sirens on the first Wednesday of the month, like we always do, and they worked," Pruett told county commissioners at a special meeting.
  > named_official | pruett | Pruett | told county commissioners at a special meeting | <
"Then somebody pushed a patch over the internet and didn't tell a soul."
  > named_official | pruett | Pruett | - | *

The vendor, Stormline Alert Systems of Wichita, Kan., said in a statement that the update was "routine" and that customers had been notified by email two weeks in advance.
  > named_organization | stormline | The vendor, Stormline Alert Systems of Wichita, Kan. | said in a statement | >
The company did not answer written questions about whether it had confirmed that the sirens still worked after the update.
  > declined_comment | stormline | The company | did not answer written questions | - | resp=no_response
Its chief executive, Lorraine Bick, could not be reached.
  > declined_comment | bick | Its chief executive, Lorraine Bick | could not be reached | - | resp=unreachable
An email from the company dated April 3, which the county released Tuesday, says the update would "improve system stability" but does not mention activation settings.
  > document | email | An email from the company dated April 3, which the county released Tuesday | says | >
Pruett said the email went to an address belonging to his predecessor, who retired in 2023.
  > named_official | pruett | Pruett | said | >

The National Weather Service issued a tornado warning for Grantville at 2:14 a.m., 11 minutes before the tornado touched down, according to the agency's preliminary storm report.
  > document | storm-report | the agency's preliminary storm report | according to | <
Residents who had signed up for the county's phone alerts received them, but many people on the south side said they were asleep and relied on the sirens.
  > anonymous_other | south-side | many people on the south side | said | >
Among them was a woman who lives on Pecan Street, two doors from the house where an 81-year-old man was killed.
"I've lived here 40 years, and that siren has woken me up for every storm," said the woman, Gloria Tafoya, 68.
  > named_person | tafoya | the woman, Gloria Tafoya, 68 | said | <
"This time I woke up because my windows blew in."
  > named_person | tafoya | Tafoya | - | *
The Marlow County Sheriff's Office identified the two people killed as Harlan Voss, 81, and Ruby Kessinger, 57.
  > named_organization | sheriff | The Marlow County Sheriff's Office | identified | the two people killed as Harlan Voss, 81, and Ruby Kessinger, 57

Commissioner Earl Stoddard said the county should have had a backup that lets dispatchers set off the sirens by hand.
  > named_official | stoddard | Commissioner Earl Stoddard | said | >
Commissioners voted 3-0 to spend $48,000 on a manual radio trigger.
Pruett said it could be installed within a month.
  > named_official | pruett | Pruett | said | >
A state emergency management official, who was not authorized to speak publicly about the review, said the state had asked every county using Stormline equipment to run a live test this week.
  > anonymous_official | state-official | A state emergency management official | said | > | anon=who was not authorized to speak publicly about the review
At least 30 Oklahoma counties use the company's sirens, the official said.
  > anonymous_official | state-official | the official | said | <
The Oklahoma Department of Emergency Management declined to comment on the review.
  > declined_comment | odem | The Oklahoma Department of Emergency Management | declined to comment | - | resp=declined
Sirens are meant to warn people who are outdoors, not to wake people inside their homes, according to guidance posted on the weather service's website.
  > document | nws-guidance | guidance posted on the weather service's website | according to | <
Stoddard called that "a distinction nobody in this county has ever heard of."
  > named_official | stoddard | Stoddard | called | >
The tornado was rated EF-2, with peak winds of 125 mph, the weather service said Monday.
  > named_organization | nws | the weather service | said Monday | <

@excluded
Sign up for Grantville Daily Ledger breaking news alerts.
Photo: Storm damage on Pecan Street on Monday. (Ledger photo by Marcy Dunn)
Comments are moderated. Please keep them civil.
''')

ARTICLES.append(r'''
@id am-weather-balloon-launch-cuts-atmos
@style weather_balloon_launch_cuts
Weather service halts balloon launches at eight more sites as staff shortages deepen

Forecasters warn the gaps could degrade storm forecasts this spring; the agency says its models can cope.
  > anonymous_official | forecasters | Forecasters | warn | the gaps could degrade storm forecasts this spring
  > named_organization | nws | the agency | says | its models can cope

The National Weather Service will stop launching weather balloons twice a day from eight more upper-air stations on March 1, bringing the number of sites that have cut back or stopped launches to 19 of its 92 stations in the continental United States, according to an operations notice the agency posted Friday.
  > document | notice | an operations notice the agency posted Friday | according to | <
The notice attributes the cuts to "critical staffing shortages" among the technicians and meteorologists who launch the balloons.
  > document | notice | The notice | attributes | the cuts to "critical staffing shortages" among the technicians and meteorologists who launch the balloons
Each balloon carries a radiosonde, a small instrument package that measures temperature, humidity and wind as it rises through the atmosphere.
Those readings are among the most important data fed into computer forecast models, said Priya Natarajan, an atmospheric scientist at the University of Oklahoma who studies how observations affect forecasts.
  > named_person | natarajan | Priya Natarajan, an atmospheric scientist at the University of Oklahoma who studies how observations affect forecasts | said | <
"Satellites are wonderful, but they see the atmosphere from the top down," Natarajan said.
  > named_person | natarajan | Natarajan | said | <
"A balloon tells you exactly what's happening in the layer where storms are born."
  > named_person | natarajan | Natarajan | - | *
Her group's 2023 study, published in the Bulletin of the American Meteorological Society, found that dropping balloon data from the central Plains made next-day severe-storm forecasts measurably worse.
  > document | study | Her group's 2023 study, published in the Bulletin of the American Meteorological Society | found | >

Ken Odom, who directs the weather service's Office of Observations, said in an interview that the agency had kept launches going in "Tornado Alley" and along the Gulf Coast by moving technicians from quieter regions.
  > named_official | odom | Ken Odom, who directs the weather service's Office of Observations | said in an interview | >
Global models draw on thousands of aircraft and satellite readings, and the loss of a few stations is "measurable but small," he said.
  > named_official | odom | he | said | <
Odom declined to say how many positions in the observations program are vacant.
  > declined_comment | odom | Odom | declined to say how many positions in the observations program are vacant | - | resp=declined
An internal staffing spreadsheet obtained by Atmos shows 61 of 214 technician positions unfilled as of January.
  > document | spreadsheet | An internal staffing spreadsheet obtained by Atmos | shows | >
Three forecasters at affected offices, who spoke on the condition of anonymity because they were not authorized to talk to the press, said they had been told to use the saved hours to cover overnight shifts.
  > anonymous_official | forecasters | Three forecasters at affected offices | said | > | anon=who spoke on the condition of anonymity because they were not authorized to talk to the press
One of them said her office had gone without a second overnight forecaster on 40 nights since October.
  > anonymous_official | forecasters | One of them | said | >
The National Weather Service Employees Organization, the union that represents forecasters, said in a statement that the cuts were "the predictable result of a hiring freeze that no one in Washington will own."
  > named_organization | nwseo | The National Weather Service Employees Organization, the union that represents forecasters | said in a statement | >
The Commerce Department, which oversees the weather service, did not respond to a request for comment on the freeze.
  > declined_comment | commerce | The Commerce Department, which oversees the weather service | did not respond to a request for comment | - | resp=no_response

Some private forecasting companies have offered to pay for launches at sites the agency drops, according to two people familiar with the discussions.
  > anonymous_familiar | familiar | two people familiar with the discussions | according to | <
One of the companies, Skyward Analytics, confirmed that it had made such an offer in December and had not heard back.
  > named_organization | skyward | One of the companies, Skyward Analytics | confirmed | >
The Washington Weather Report, a trade newsletter, reported last week that the agency's lawyers had questioned whether it could accept private money for launches.
  > media_report | wwr | The Washington Weather Report, a trade newsletter | reported last week | >
Dale Kinsey, who ran the weather service's forecast office in Norman, Okla., until he retired in 2021, said the agency had faced staffing crunches before but never one that touched the balloon program.
  > named_person | kinsey | Dale Kinsey, who ran the weather service's forecast office in Norman, Okla., until he retired in 2021 | said | >
"Launching is the one job we never skipped," Kinsey said.
  > named_person | kinsey | Kinsey | said | <
"You'd skip lunch before you'd skip the balloon."
  > named_person | kinsey | Kinsey | - | *
The agency expects to resume launches at some of the sites once new technicians finish training in the summer, Odom said.
  > named_official | odom | Odom | said | <

@excluded
This article appears in the March issue of Atmos.
Subscribe to Atmos Weekly for science news in your inbox.
Correction: An earlier version of this article misstated the year Dale Kinsey retired. It was 2021.
Related: How hurricane hunters fill gaps in the data
''')

ARTICLES.append(r'''
@id am-raw-milk-ecoli-cluster-addison-county
@style raw_milk_ecoli_cluster
Seven sickened, two children hospitalized in E. coli cluster tied to Addison County raw milk, state says
  > named_organization | health-dept | state | says | <

MIDDLEBURY, Vt. -- Seven people, including two children who remain hospitalized, have been sickened by a strain of E. coli that state investigators have linked to raw milk from a Shoreham dairy, the Vermont Department of Health said Thursday.
  > named_organization | health-dept | the Vermont Department of Health | said Thursday | <
The department identified the farm as Hollow Brook Creamery, which sells unpasteurized milk from a self-serve cooler in its barn and at two farmers markets.
  > named_organization | health-dept | The department | identified | the farm as Hollow Brook Creamery, which sells unpasteurized milk from a self-serve cooler in its barn and at two farmers markets
Laboratory tests matched bacteria from three of the patients to a sample taken from the farm's bulk tank on Aug. 9, according to a health advisory the department sent to doctors on Wednesday.
  > document | advisory | a health advisory the department sent to doctors on Wednesday | according to | <
Dr. Miriam Castellano, the state epidemiologist, said the children, ages 4 and 7, had developed hemolytic uremic syndrome, a complication that can cause kidney failure.
  > named_official | castellano | Dr. Miriam Castellano, the state epidemiologist | said | >
"This is the outcome we worry about every single summer with raw milk," Castellano said.
  > named_official | castellano | Castellano | said | <
"Pasteurization exists precisely to prevent it."
  > named_official | castellano | Castellano | - | *

The farm's owner, Nate Pelletier, stopped selling milk on Tuesday at the department's request, a department spokeswoman said.
  > named_organization | health-dept | a department spokeswoman | said | <
In a post on the creamery's Facebook page, Pelletier wrote that his family was "heartbroken" and was cooperating fully with the state.
  > named_official | pelletier | Pelletier | wrote | >
He did not return calls on Thursday.
  > declined_comment | pelletier | He | did not return calls | - | resp=no_response
The farm is one of about 150 in Vermont registered to sell raw milk directly to consumers, according to Agency of Agriculture records.
  > document | ag-records | Agency of Agriculture records | according to | <
The label on Hollow Brook's half-gallon jars, which the Independent examined at the farm on Thursday, warns that the milk "has not been pasteurized and may contain organisms that cause illness."
  > document | label | The label on Hollow Brook's half-gallon jars, which the Independent examined at the farm on Thursday | warns | >

The father of the 4-year-old, a carpenter from Bridport, said his son had been on dialysis for six days.
  > named_person | rowe | The father of the 4-year-old, a carpenter from Bridport | said | >
"We bought that milk because we thought it was healthier," said the father, Aaron Rowe.
  > named_person | rowe | the father, Aaron Rowe | said | <
The Rowe family has hired Dana Whitfield, a Burlington lawyer, who said Thursday that the family intended to sue the creamery.
  > named_official | whitfield | Dana Whitfield, a Burlington lawyer | said Thursday | >
"A warning label doesn't make a product safe," Whitfield said.
  > named_official | whitfield | Whitfield | said | <
Lawsuits over raw milk illnesses rarely go to trial because farms usually settle within their insurance limits, said Gregory Tam, a food safety lawyer in Boston who has represented both farms and families but is not involved in the case.
  > named_person | tam | Gregory Tam, a food safety lawyer in Boston who has represented both farms and families but is not involved in the case | said | <
He said many small dairies carry only $1 million in liability coverage.
  > named_person | tam | He | said | >

Raw milk advocates have argued for years that the state's testing rules are strict enough to keep consumers safe.
  > anonymous_other | advocates | Raw milk advocates | have argued for years | >
Ellen Sorrell, who heads the Northeast Raw Milk Alliance, said in an email that one outbreak "should not punish hundreds of farms with clean records."
  > named_official | sorrell | Ellen Sorrell, who heads the Northeast Raw Milk Alliance | said in an email | >
State Rep. Joan Barlow, a Democrat from Middlebury, said she would introduce a bill in January to require monthly bacteria testing for every raw milk farm.
  > named_official | barlow | State Rep. Joan Barlow, a Democrat from Middlebury | said | >
The Agency of Agriculture, which regulates the farms, declined to discuss Hollow Brook's past inspection results, citing the open investigation.
  > declined_comment | agency-ag | The Agency of Agriculture, which regulates the farms | declined to discuss Hollow Brook's past inspection results | - | resp=declined
Several customers interviewed at the Middlebury farmers market on Thursday said they would keep buying raw milk once the farm reopens.
  > anonymous_other | customers | Several customers interviewed at the Middlebury farmers market on Thursday | said | >
The department urged anyone who drank milk from the farm since July 25 and developed bloody diarrhea to see a doctor.
  > named_organization | health-dept | The department | urged | anyone who drank milk from the farm since July 25 and developed bloody diarrhea to see a doctor

@excluded
The Champlain Valley Independent welcomes letters to the editor. Submit yours online.
Copyright 2025 The Champlain Valley Independent. All rights reserved.
Related coverage: Vermont raw milk sales have tripled since 2015
''')

ARTICLES.append(r'''
@id am-psychiatric-boarding-emergency-rooms-ohio
@style psychiatric_boarding_emergency_rooms
The Waiting Room: Children in mental health crises are spending weeks in Ohio emergency departments

On her ninth night in Room 14 of the emergency department at Mercy Valley Hospital in Zanesville, a 13-year-old girl draws horses on the back of a discharge form nobody has filled out.
Her mother, a school bus driver, sleeps in a vinyl recliner beside the bed and says the girl has not been outside since she arrived.
  > named_person | hollis | Her mother, a school bus driver | says | >
"They keep telling me there's no bed anywhere in the state," says the mother, Renee Hollis.
  > named_person | hollis | the mother, Renee Hollis | says | <
"Not in Columbus, not in Cincinnati, not anywhere."
  > named_person | hollis | Hollis | - | *

Children in Ohio spent a median of 58 hours in emergency departments last year waiting for a psychiatric bed, up from 19 hours in 2019, according to data the Ohio Hospital Association compiled from 140 hospitals.
  > document | oha-data | data the Ohio Hospital Association compiled from 140 hospitals | according to | <
The longest stay on record was 47 days.
Dr. Samuel Oyelaran, who runs Mercy Valley's emergency department, says the hospital had 11 children waiting on one night in March, more than it has pediatric beds.
  > named_official | oyelaran | Dr. Samuel Oyelaran, who runs Mercy Valley's emergency department | says | >
"An emergency room is built for the worst hour of your life, not for the worst month," he says.
  > named_official | oyelaran | he | says | <
"We are not a place to get better."
  > named_official | oyelaran | Oyelaran | - | *

Two nurses in the department, who asked not to be named because the hospital had not authorized them to speak, say they have been punched, bitten and spat on by children who have gone weeks without school, therapy or fresh air.
  > anonymous_official | nurses | Two nurses in the department | say | > | anon=who asked not to be named because the hospital had not authorized them to speak
One of them says she has started keeping a change of scrubs in her car.
  > anonymous_official | nurses | One of them | says | >
The hospital's parent company, Mercy Valley Health, says in a statement that staff safety is "a top priority" and that it has hired two more security officers for the emergency department.
  > named_organization | mvh | The hospital's parent company, Mercy Valley Health | says in a statement | >
The company declines to say how many assaults on staff it has recorded this year.
  > declined_comment | mvh | The company | declines to say how many assaults on staff it has recorded this year | - | resp=declined

The state closed two of its three psychiatric hospitals for children in 2018 and 2021, betting that community programs would keep more children out of crisis.
  > named_organization | state | The state | betting | that community programs would keep more children out of crisis | nosrc
The Ohio Department of Mental Health and Addiction Services says it has added 120 crisis stabilization beds for children since 2022 and plans to open a 48-bed children's unit in Columbus next year.
  > named_organization | ohmhas | The Ohio Department of Mental Health and Addiction Services | says | >
Its director, LaToya Branch, did not respond to interview requests over three weeks.
  > declined_comment | branch | Its director, LaToya Branch | did not respond to interview requests over three weeks | - | resp=no_response
A senior official in the department, who spoke on the condition that she not be named because she was not authorized to discuss staffing, says the new unit is fully built but cannot open until it hires 60 nurses.
  > anonymous_official | ohmhas-official | A senior official in the department | says | > | anon=who spoke on the condition that she not be named because she was not authorized to discuss staffing
Some hospital executives privately blame the state for moving too slowly.
  > anonymous_official | executives | Some hospital executives | privately blame | the state for moving too slowly
Mental health advocates say insurers share the fault, because commercial plans often pay less for psychiatric care than it costs to provide.
  > anonymous_other | advocates | Mental health advocates | say | >
A 2024 report by the Legislature's Joint Medicaid Oversight Committee found that Medicaid pays Ohio hospitals about 71 cents for every dollar of inpatient psychiatric care they provide to children.
  > document | jmoc-report | A 2024 report by the Legislature's Joint Medicaid Oversight Committee | found | >
Karen Bledsoe, a health economist at Ohio State University, says the numbers explain why so few hospitals want to open children's psychiatric units.
  > named_person | bledsoe | Karen Bledsoe, a health economist at Ohio State University | says | >
"Every bed you add loses money," she says.
  > named_person | bledsoe | she | says | <

On the 11th day, a bed opens at a hospital in Dayton, two hours away.
Hollis says she will follow the ambulance in her own car, because the hospital does not allow parents to ride along.
  > named_person | hollis | Hollis | says | >

@excluded
This story was produced in partnership with the Ohio Health Reporting Collaborative.
If you or someone you know is in crisis, call or text 988.
Illustration by Jonah Reyes for Buckeye Monthly.
Share this story: Facebook | X | Email
''')

ARTICLES.append(r'''
@id am-heat-pump-rebate-backlog-michigan
@style heat_pump_rebate_backlog
Contractors say Michigan heat pump rebate backlog is costing them jobs
  > anonymous_other | contractors | Contractors | say | >

More than 9,000 rebate applications for heat pumps installed in Michigan homes are waiting to be paid, some for more than five months, according to figures the state's energy office released to lawmakers last week.
  > document | figures | figures the state's energy office released to lawmakers last week | according to | <
Contractors who fronted the rebates to customers at the point of sale say they are carrying tens of thousands of dollars in unpaid claims.
  > anonymous_other | contractors | Contractors who fronted the rebates to customers at the point of sale | say | >
Rick Alvarez, president of Alvarez Heating & Air in Grand Rapids, said his company is owed $212,000 on 57 installations.
  > named_official | alvarez | Rick Alvarez, president of Alvarez Heating & Air in Grand Rapids | said | >
"I've had to lay off two installers and put the third truck up for sale," Alvarez said.
  > named_official | alvarez | Alvarez | said | <
"We did everything the program asked us to do."
  > named_official | alvarez | Alvarez | - | *
Lakeshore Comfort Systems in Muskegon has stopped offering the instant rebate altogether, its service manager, Brenda Kowalczyk, said.
  > named_official | kowalczyk | its service manager, Brenda Kowalczyk | said | <
The program, funded with $211 million in federal money under the 2022 Inflation Reduction Act, pays up to $8,000 toward a heat pump for households that earn less than 80 percent of the area's median income.
The state had hoped to pay rebates within 30 days of installation when the program opened last year.
  > named_organization | state | The state | had hoped | to pay rebates within 30 days of installation when the program opened last year | nosrc

The Michigan Office of Climate and Energy said in a statement that it had "underestimated demand" and had moved eight more staff members to processing claims in March.
  > named_organization | mice | The Michigan Office of Climate and Energy | said in a statement | >
The office expects to clear the backlog by the end of August, a spokesman, Devin Marsh, said.
  > named_official | marsh | a spokesman, Devin Marsh | said | <
Marsh declined to say how many of the pending claims had been flagged for possible fraud.
  > declined_comment | marsh | Marsh | declined to say how many of the pending claims had been flagged for possible fraud | - | resp=declined
Two state employees who process the claims, who spoke on the condition of anonymity because they feared losing their jobs, said a fraud-screening step added in January requires them to check every installer's license by hand.
  > anonymous_official | employees | Two state employees who process the claims | said | > | anon=who spoke on the condition of anonymity because they feared losing their jobs
The state's licensing database does not connect to the rebate portal, they said.
  > anonymous_official | employees | they | said | <

The Air Conditioning Contractors of Michigan, a trade group, has asked Gov. Rachel Whitford to let contractors charge interest on claims older than 60 days.
  > named_organization | accm | The Air Conditioning Contractors of Michigan, a trade group | has asked | Gov. Rachel Whitford to let contractors charge interest on claims older than 60 days
Whitford's office did not respond to questions about the request.
  > declined_comment | whitford-office | Whitford's office | did not respond to questions about the request | - | resp=no_response
The Detroit Ledger reported in May that the administration had considered hiring an outside firm to process the claims but dropped the idea over cost.
  > media_report | ledger | The Detroit Ledger | reported in May | >
Homeowners are caught in the middle, too.
Denise Harkin, a retired teacher in Kalamazoo, said she paid the full $14,600 for her heat pump in January after her contractor stopped fronting the rebate, and is still waiting for the state's check.
  > named_person | harkin | Denise Harkin, a retired teacher in Kalamazoo | said | >
"It was supposed to be the easy part," she said of the rebate.
  > named_person | harkin | she | said | <
Tom Berglund, an energy consultant in Ann Arbor who advises utilities on efficiency programs, said Michigan's backlog was worse than those in neighboring states because it was one of the first to launch.
  > named_person | berglund | Tom Berglund, an energy consultant in Ann Arbor who advises utilities on efficiency programs | said | >
He said Wisconsin and Minnesota waited a year and learned from the early states' problems.
  > named_person | berglund | He | said | >
The U.S. Department of Energy, which approved Michigan's program, said it was "in regular contact" with the state.
  > named_organization | doe | The U.S. Department of Energy, which approved Michigan's program | said | >
Alvarez said he would keep installing heat pumps, but only for customers who pay up front.
  > named_official | alvarez | Alvarez | said | >

@excluded
HVAC Business Journal is published by Trade Media Group.
Get our Residential Contractor newsletter every Tuesday.
Reprints and permissions: contact our licensing team.
Photo courtesy of Alvarez Heating & Air.
''')

ARTICLES.append(r'''
@id am-prescribed-burn-escape-call-in
@style prescribed_burn_escape
Transcript: Forest supervisor says agency "owns" the escaped Bald Butte burn
  > named_official | keller | Forest supervisor | says | agency "owns" the escaped Bald Butte burn

A prescribed burn on the Ochoco Ridge National Forest escaped its boundaries on Oct. 12, burning 2,300 acres and destroying nine homes near the town of Paulina, according to the Forest Service.
  > named_organization | usfs | the Forest Service | according to | <
Forest Supervisor Anna Keller joined host Marcus Webb on Central Oregon Today on Monday to answer listeners' questions.
This transcript has been edited for length and clarity.

MARCUS WEBB, HOST: Supervisor Keller, the Forest Service's own review team says the burn crew went ahead even though the forecast called for wind gusts above the limit in the burn plan.
  > named_organization | review-team | the Forest Service's own review team | says | >
Is that right?

ANNA KELLER: That's what the preliminary review found, yes.
  > named_official | keller | ANNA KELLER | : | >
The spot forecast that morning called for gusts up to 25 miles an hour, and our plan allowed 20.
  > named_official | keller | ANNA KELLER | - | *
The crew lit anyway, and that decision is on us, not on them.
  > named_official | keller | ANNA KELLER | - | *

WEBB: Let's go to the phones.
Dale is calling from Paulina.

DALE, IN PAULINA: I lost my shop and two hay barns.
  > named_person | dale | DALE, IN PAULINA | : | >
Nobody from the Forest Service has called me, not once, and I want to know who pays for it.
  > named_person | dale | DALE, IN PAULINA | - | *

KELLER: Dale, I'm sorry, and I'd like to get your number after the show.
  > named_official | keller | KELLER | : | >
People who lost property can file a claim under the Federal Tort Claims Act, and we've set up a claims office at the Paulina fire hall.
  > named_official | keller | KELLER | - | *

WEBB: The Bend Courier reported this week that the same burn boss supervised a burn that escaped in 2019 on the Malheur side.
  > media_report | courier | The Bend Courier | reported this week | >
Is he still leading burns?

KELLER: I can't talk about individual employees.
  > named_official | keller | KELLER | : | >
What I can tell you is that nobody on that crew is lighting fire this season while the review is open.
  > named_official | keller | KELLER | - | *

CALLER FROM PRINEVILLE: I run cattle up there, and I'll say this: prescribed fire is still the best tool you've got, and I hope this doesn't scare the agency off it.
  > anonymous_other | prineville-caller | CALLER FROM PRINEVILLE | : | > | count=1

KELLER: We're not backing away from it.
  > named_official | keller | KELLER | : | >
We've got about 400,000 acres on this forest that haven't burned in a century, and the next wildfire there won't wait for a good forecast.
  > named_official | keller | KELLER | - | *

WEBB: Oregon's state forester, Lena Ortiz, told lawmakers Tuesday that the state would not allow federal burns next to private land until the review is finished.
  > named_official | ortiz | Oregon's state forester, Lena Ortiz | told lawmakers Tuesday | >
Will you go along with that?

KELLER: We've been talking with her office all week, and we'll coordinate with them on any burn near homes.
  > named_official | keller | KELLER | : | >

The forest's public affairs office said after the broadcast that the final review would be released in January.
  > named_organization | forest-office | The forest's public affairs office | said after the broadcast | >
The Forest Service's national office in Washington did not respond to a request for comment.
  > declined_comment | usfs | The Forest Service's national office in Washington | did not respond to a request for comment | - | resp=no_response

@excluded
Central Oregon Today airs weekdays at 9 a.m. on High Desert Public Radio.
Copyright 2025 High Desert Public Radio. This transcript may not be in its final form.
Support this program: become a member today.
''')

ARTICLES.append(r'''
@id am-grasshopper-outbreak-spraying-ag-report
@style grasshopper_outbreak_spraying
Midday Ag Report: USDA says grasshopper spraying money will run out by mid-June; cattle on feed up 2%
  > named_organization | usda | USDA | says | grasshopper spraying money will run out by mid-June

GRASSHOPPERS
The U.S. Department of Agriculture expects to run out of money for its grasshopper suppression program by mid-June, leaving ranchers in parts of Wyoming, Montana and western Nebraska to pay for spraying on their own, the agency said Monday.
  > named_organization | usda | the agency | said Monday | <
Federal surveys last summer counted more than 15 grasshoppers per square yard across 9 million acres of rangeland, the density at which the insects strip grass faster than cattle can graze it, according to the agency's annual hazard map.
  > document | hazard-map | the agency's annual hazard map | according to | <
Marla Jessup, who runs the grasshopper program for USDA's Animal and Plant Health Inspection Service in Wyoming, said the agency had $4.2 million for spraying this year, about half of what landowners had requested.
  > named_official | jessup | Marla Jessup, who runs the grasshopper program for USDA's Animal and Plant Health Inspection Service in Wyoming | said | >
"We'll treat the worst blocks first, and after that it's first come, first served," Jessup told the network.
  > named_official | jessup | Jessup | told the network | <
Rancher Cody Braddock of Lusk said grasshoppers ate the grass on about a third of his summer pasture last year, forcing him to sell 80 cow-calf pairs in August.
  > named_person | braddock | Rancher Cody Braddock of Lusk | said | >
He said the insects are hatching two weeks early this spring.
  > named_person | braddock | He | said | >
Extension entomologist Raj Patel of the University of Wyoming said early hatches are common after warm, dry winters like the last one.
  > named_person | patel | Extension entomologist Raj Patel of the University of Wyoming | said | >
Patel said ranchers who spray on their own should use baits rather than broadcast sprays near water, because the chemicals can harm fish and bees.
  > named_person | patel | Patel | said | >
Wyoming Sen. Tom Kessler wrote to the agriculture secretary last week that the shortfall "could cost ranchers far more than the program would have."
  > named_official | kessler | Wyoming Sen. Tom Kessler | wrote to the agriculture secretary last week | >
A USDA spokesperson said the department was "reviewing options" but would not say whether emergency money would come.
  > named_organization | usda | A USDA spokesperson | said | the department was "reviewing options"
  > declined_comment | usda | A USDA spokesperson | would not say whether emergency money would come | - | resp=declined
An APHIS employee in Casper, who asked not to be identified because she is not authorized to speak to reporters, said survey crews have already mapped heavy hatches in three counties.
  > anonymous_official | aphis-employee | An APHIS employee in Casper | said | > | anon=who asked not to be identified because she is not authorized to speak to reporters

CATTLE ON FEED
Feedlots with at least 1,000 head held 11.8 million cattle on May 1, up 2% from a year earlier, according to the USDA's monthly Cattle on Feed report released Friday.
  > document | cof-report | the USDA's monthly Cattle on Feed report released Friday | according to | <
Placements in April were 4% higher than a year earlier, the report showed.
  > document | cof-report | the report | showed | <
Market analyst Jim Hartwell of Prairie Commodities said the numbers suggest feedlots are keeping cattle longer to add weight while prices are high.
  > named_person | hartwell | Market analyst Jim Hartwell of Prairie Commodities | said | >

FOOD SAFETY
A Nebraska company is recalling 14,000 pounds of ground beef that may contain pieces of hard plastic, the Food Safety and Inspection Service said Saturday.
  > named_organization | fsis | the Food Safety and Inspection Service | said Saturday | <
The company, Platte River Meats of Grand Island, said it learned of the problem from a customer complaint.
  > named_organization | platte | The company, Platte River Meats of Grand Island | said | >

WEATHER
The Climate Prediction Center's 30-day outlook, issued Thursday, calls for a warmer and drier June than normal across the northern Plains.
  > document | cpc-outlook | The Climate Prediction Center's 30-day outlook, issued Thursday | calls for | >
That's the Midday Ag Report; I'm Shelby Rourke.

@excluded
Plains Farm Radio Network: Serving agriculture since 1952.
Listen live weekdays at noon on your local PFRN affiliate.
Market prices are delayed at least 20 minutes and are not investment advice.
''')

ARTICLES.append(r'''
@id am-levee-seepage-river-crest-riverton
@style levee_seepage_river_crest
Live: Sand boils found along Cedar River levee as crest nears; Corps says it is holding
  > named_organization | corps | Corps | says | it is holding

6:15 a.m.
The Cedar River stood at 27.4 feet at the Riverton gauge at 6 a.m., according to U.S. Geological Survey data, 2.6 feet below the top of the city's levee.
  > document | usgs-data | U.S. Geological Survey data | according to | The Cedar River stood at 27.4 feet at the Riverton gauge at 6 a.m. ;; 2.6 feet below the top of the city's levee
The National Weather Service said overnight that it expects the river to crest at 28.9 feet Wednesday evening.
  > named_organization | nws | The National Weather Service | said overnight | >

7:40 a.m.
Crews found two sand boils, places where water pushes up through the ground on the dry side of a levee, near the Third Street pump station, Riverton Public Works Director Helen Brandt told reporters.
  > named_official | brandt | Riverton Public Works Director Helen Brandt | told reporters | <
She said sandbag rings had been built around both boils and that the water coming up was running clear, which means the levee is not losing soil.
  > named_official | brandt | She | said | >
"Clear water is good water," Brandt said.
  > named_official | brandt | Brandt | said | <

9:05 a.m.
Some residents have posted on Facebook that the levee has breached near the Ninth Street bridge.
  > anonymous_other | posters | Some residents | have posted on Facebook | >
That is not true, the city's emergency management office said.
  > named_organization | ema | the city's emergency management office | said | <
There has been no breach anywhere along the levee, the office said.
  > named_organization | ema | the office | said | <

10:30 a.m.
Renee Atwater, the Army colonel who commands the Corps of Engineers' Rock Island District, said at a briefing that the levee "is holding and performing as designed."
  > named_official | atwater | Renee Atwater, the Army colonel who commands the Corps of Engineers' Rock Island District | said at a briefing | >
Asked whether the Corps would recommend evacuating the Flats neighborhood, which sits below the levee, she said that decision belongs to the city.
  > named_official | atwater | she | said | >
A Corps spokesman later said the district had not ordered any evacuations anywhere along the river.
  > named_organization | corps | A Corps spokesman | said | >

11:50 a.m.
"If you have somewhere else to sleep tonight, go there," Mayor Dennis Ruhl said in a video posted on the city's website, as he issued a voluntary evacuation advisory for about 600 homes in the Flats.
  > named_official | ruhl | Mayor Dennis Ruhl | said in a video posted on the city's website | <
The Red Cross said it had opened a shelter at Riverton High School.
  > named_organization | red-cross | The Red Cross | said | >

1:20 p.m.
A city engineer who was at the Third Street site, and who asked not to be named because the mayor's office is handling all public statements, said a third boil had appeared about 50 yards from the first two.
  > anonymous_official | engineer | A city engineer who was at the Third Street site | said | > | anon=who asked not to be named because the mayor's office is handling all public statements
The engineer said that one was carrying some sand, which is more concerning.
  > anonymous_official | engineer | The engineer | said | >
Brandt could not be reached to confirm the third boil.
  > declined_comment | brandt | Brandt | could not be reached | - | resp=unreachable
Dave Rennert, who lives on Dike Road in the Flats, said he was loading his pickup and heading to his daughter's house in Marion.
  > named_person | rennert | Dave Rennert, who lives on Dike Road in the Flats | said | >
"I was here in 2008, and I'm not doing that again," he said.
  > named_person | rennert | he | said | <

2:45 p.m.
As the Gazette reported in 2022, the Corps rated the Riverton levee "minimally acceptable" in its last periodic inspection, in 2021.
  > media_report | gazette | the Gazette | reported in 2022 | >
The inspection report cited trees growing on the levee's slope and an outdated seepage monitoring plan.
  > document | inspection | The inspection report | cited | >

@excluded
This blog will be updated through the evening. Refresh this page for the latest.
Gazette flood coverage is free to read. Support local journalism: subscribe today.
Photo: Volunteers fill sandbags on Third Street. (Gazette photo by Tim Ochs)
''')

ARTICLES.append(r'''
@id am-lab-pathogen-shipment-error-wire
@style lab_pathogen_shipment_error
Federal lab shipped live tularemia bacteria to 11 university labs for a year, officials say
  > anonymous_official | officials | officials | say | <

WASHINGTON -- A federal laboratory in Maryland mistakenly shipped samples of live tularemia bacteria, a potential bioterrorism agent, to 11 university research labs over more than a year, according to two federal health officials and an internal report reviewed by The Associated Wire.
  > anonymous_official | officials | two federal health officials | according to | <
  > document | report | an internal report reviewed by The Associated Wire | according to | <
The samples were supposed to have been killed with radiation before they left the lab, part of the National Institute for Biodefense Research in Frederick, the report says.
  > document | report | the report | says | <
Instead, a faulty dose meter meant that at least 23 shipments went out with bacteria that could still grow, according to the report, dated Oct. 3.
  > document | report | the report, dated Oct. 3 | according to | <
No one is known to have been infected.
Tularemia, also called rabbit fever, can be treated with antibiotics but can be fatal if untreated.

The officials, who spoke on the condition of anonymity because the report has not been made public, said the institute learned of the problem in August, when a lab at the University of Iowa grew the bacteria from a sample that was supposed to be dead.
  > anonymous_official | officials | The officials | said | > | anon=who spoke on the condition of anonymity because the report has not been made public
The institute did not notify the Federal Select Agent Program, which regulates dangerous pathogens, until five weeks later, one of the officials said.
  > anonymous_official | officials | one of the officials | said | <
Dr. Harold Ng, the institute's director, said in a statement that the delay "reflected the time needed to confirm the finding" and that every affected lab had been notified by Sept. 20.
  > named_official | ng | Dr. Harold Ng, the institute's director | said in a statement | >
Ng declined an interview request.
  > declined_comment | ng | Ng | declined an interview request | - | resp=declined
The institute had planned to double its shipments of inactivated samples next year to meet demand from vaccine researchers.
  > named_organization | institute | The institute | had planned | to double its shipments of inactivated samples next year to meet demand from vaccine researchers | nosrc
The Department of Health and Human Services, which oversees the institute, said it had ordered a review of radiation procedures at all of its high-containment labs.
  > named_organization | hhs | The Department of Health and Human Services, which oversees the institute | said | >

Researchers at the receiving universities had been handling the bacteria in labs rated only for the killed form, according to a person familiar with the review.
  > anonymous_familiar | familiar | a person familiar with the review | according to | <
That person said at least 140 lab workers were offered antibiotics as a precaution.
  > anonymous_familiar | familiar | That person | said | >
A University of Iowa spokeswoman confirmed that the school's lab had found the live bacteria and said its workers had tested negative.
  > named_organization | uiowa | A University of Iowa spokeswoman | confirmed | that the school's lab had found the live bacteria
  > named_organization | uiowa | A University of Iowa spokeswoman | said | its workers had tested negative
The other universities are not named in the report, and several contacted by The Associated Wire would not say whether they had received samples.
  > declined_comment | universities | several contacted by The Associated Wire | would not say whether they had received samples | - | resp=declined

Rep. Carla Mendez, a Texas Democrat on the House Energy and Commerce Committee, said in a letter to HHS on Thursday that the delay in reporting was "inexcusable for a lab that handles select agents."
  > named_official | mendez | Rep. Carla Mendez, a Texas Democrat on the House Energy and Commerce Committee | said in a letter to HHS on Thursday | >
Her letter asks for all records related to the shipments by Nov. 15.
  > document | mendez-letter | Her letter | asks for | all records related to the shipments by Nov. 15
The Biodefense Monitor, a newsletter that covers lab safety, first reported the Iowa finding in September.
  > media_report | monitor | The Biodefense Monitor, a newsletter that covers lab safety | first reported | the Iowa finding
Lena Farouk, a biosafety expert at Brandywine University who has advised the select agent program, said the five-week delay was more troubling than the failure of the dose meter itself.
  > named_person | farouk | Lena Farouk, a biosafety expert at Brandywine University who has advised the select agent program | said | >
"Equipment fails," she said.
  > named_person | farouk | she | said | <
"The question is why nobody picked up the phone for five weeks."
  > named_person | farouk | Farouk | - | *
The institute has suspended all shipments of inactivated pathogens until the review is finished, according to an HHS official, who was not authorized to speak publicly about the shipments.
  > anonymous_official | hhs-official | an HHS official | according to | < | anon=who was not authorized to speak publicly about the shipments

@excluded
Copyright 2025 The Associated Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
Associated Wire science coverage receives support from the Halvorsen Foundation. The Wire is solely responsible for all content.
''')

ARTICLES.append(r'''
@id am-hospital-price-transparency-fines-rio-grande
@style hospital_price_transparency_fines
CMS fines two Texas hospitals a combined $2.1M over price transparency, notices show
  > document | notices | notices | show | <

The Centers for Medicare & Medicaid Services has fined two hospitals in the Rio Grande Valley a combined $2.1 million for failing to post prices for common services online, according to penalty notices the agency published Tuesday.
  > document | notices | penalty notices the agency published Tuesday | according to | <
The fines, against Valle Grande Medical Center in McAllen and Mission Sur Regional Hospital in Edinburg, are the largest CMS has levied since the price transparency rule took effect in 2021.
Valle Grande ignored three warning letters over 14 months, the notices say.
  > document | notices | the notices | say | <
CMS said in a statement that it "will continue to use every enforcement tool available" to make hospitals comply.
  > named_organization | cms | CMS | said in a statement | >
The agency declined to say how many other hospitals are under review.
  > declined_comment | cms | The agency | declined to say how many other hospitals are under review | - | resp=declined

Valle Grande's chief financial officer, Arturo Medina, said in an interview that the hospital had posted its prices but in a file format CMS's software could not read.
  > named_official | medina | Valle Grande's chief financial officer, Arturo Medina | said in an interview | >
"We weren't hiding anything," Medina said.
  > named_official | medina | Medina | said | <
"We were filing the right information in the wrong box."
  > named_official | medina | Medina | - | *
Medina declined to say how much the hospital had spent to fix its files.
  > declined_comment | medina | Medina | declined to say how much the hospital had spent to fix its files | - | resp=declined
The hospital plans to appeal, said its lawyer, Sandra Beaulieu of the Houston firm Carver & Lane.
  > named_official | beaulieu | its lawyer, Sandra Beaulieu of the Houston firm Carver & Lane | said | <
Beaulieu said the rule's file requirements had changed twice since 2021 and that small hospitals "are chasing a moving target."
  > named_official | beaulieu | Beaulieu | said | >
Mission Sur did not respond to emails and calls over two days.
  > declined_comment | mission-sur | Mission Sur | did not respond to emails and calls over two days | - | resp=no_response
Its chief executive, Ramon Estrada, could not be reached.
  > declined_comment | estrada | Its chief executive, Ramon Estrada | could not be reached | - | resp=unreachable

A 2024 study in the journal Health Economics Letters found that only 36 percent of hospitals fully complied with the rule.
  > document | study | A 2024 study in the journal Health Economics Letters | found | >
Its lead author, Marcus Feld, a health economist at Rice University, said penalties have been too small to matter to most hospitals.
  > named_person | feld | Its lead author, Marcus Feld, a health economist at Rice University | said | >
Feld called the new fines "the first time the number has been big enough to show up on a CFO's radar."
  > named_person | feld | Feld | called | >
Jeremy Kasper, a health care lawyer in Dallas who advises hospitals on compliance but does not represent either of the two, said he expected more hospitals to be fined this year.
  > named_person | kasper | Jeremy Kasper, a health care lawyer in Dallas who advises hospitals on compliance but does not represent either of the two | said | >
Several of his clients have received warning letters in the past three months, he said.
  > named_person | kasper | he | said | <
The Texas Hospital Association said in a statement that rural and border hospitals lack the staff to keep up with the rule's technical requirements.
  > named_organization | tha | The Texas Hospital Association | said in a statement | >
Patient advocates have pushed for larger fines.
  > anonymous_other | advocates | Patient advocates | have pushed for | larger fines
Two CMS officials, speaking on condition of anonymity because they were not authorized to discuss enforcement plans, said the agency intends to publish the names of all hospitals that receive warning letters starting next year.
  > anonymous_official | cms-officials | Two CMS officials | said | > | anon=speaking on condition of anonymity because they were not authorized to discuss enforcement plans
Health System Insider reported last month that the agency had drafted such a rule.
  > media_report | hsi | Health System Insider | reported last month | >
A person with knowledge of the draft said it could be published as early as June.
  > anonymous_familiar | draft-familiar | A person with knowledge of the draft | said | >

@excluded
Hospital Finance Today is a publication of Meridian Health Media.
Want more coverage like this? Subscribe to HFT Daily.
Share this subscriber-only article with a colleague using the gift link.
© 2025 Meridian Health Media. All rights reserved.
''')

ARTICLES.append(r'''
@id am-heat-death-count-dispute-saguaro-county
@style heat_death_count_dispute
Saguaro County undercounted heat deaths by at least 90 last summer, death records show
  > document | death-records | death records | show | <

At least 90 people whose deaths were linked to heat last summer were left out of Saguaro County's official heat death count, according to death certificates reviewed by the Desert Sentinel.
  > document | death-records | death certificates reviewed by the Desert Sentinel | according to | <
The Sentinel examined every certificate filed for deaths in the county between May 1 and Sept. 30 that listed heat, dehydration or hyperthermia anywhere on the form.
The county's official report, released in March, lists 411 heat-related deaths.
  > document | county-report | The county's official report, released in March | lists | 411 heat-related deaths
The certificates show 503.
  > document | death-records | The certificates | show | 503
Most of the missing deaths were of people who died in hospitals days after being found outdoors.

Dr. Elena Vargas, the county's chief medical examiner, said in an interview that her office counts a death as heat-related only if a medical examiner investigated it.
  > named_official | vargas | Dr. Elena Vargas, the county's chief medical examiner | said in an interview | >
Deaths certified by hospital doctors, she said, are reviewed only if someone flags them.
  > named_official | vargas | she | said | Deaths certified by hospital doctors ;; are reviewed only if someone flags them
"We count what comes through our door," Vargas said.
  > named_official | vargas | Vargas | said | <
"If a hospital doesn't send it to us, we don't know it exists."
  > named_official | vargas | Vargas | - | *
The county's public health department, which publishes the annual report, said in a written response that it would "review the Sentinel's findings" and revise the count if warranted.
  > named_organization | health-dept | The county's public health department, which publishes the annual report | said in a written response | >
The department's director, Dr. Leon Baptiste, declined to be interviewed.
  > declined_comment | baptiste | The department's director, Dr. Leon Baptiste | declined to be interviewed | - | resp=declined

Counts matter because state and federal money for cooling centers is divided partly by how many heat deaths each county reports.
The Sentinel reported in January that two cooling centers in the county had closed early last summer for lack of staff.
  > media_report | sentinel | The Sentinel | reported in January | >
Jasmine Oduya, a climate and health researcher at Arizona State University, said the gap the Sentinel found was "almost exactly what we'd predict" from studies in other hot cities.
  > named_person | oduya | Jasmine Oduya, a climate and health researcher at Arizona State University | said | >
She said undercounts tend to hide deaths among older people living alone, who die indoors without air conditioning.
  > named_person | oduya | She | said | >

One of the deaths missing from the county's count was that of Raymond Tso, 74, who was found in his trailer in July with the air conditioner broken and died at a hospital four days later.
His death certificate lists "environmental heat exposure" as a contributing cause.
  > document | tso-certificate | His death certificate | lists | "environmental heat exposure" as a contributing cause
His niece, who asked that her name not be used because she works for the county, said the family learned only from the Sentinel that his death had not been counted.
  > anonymous_other | niece | His niece | said | > | anon=who asked that her name not be used because she works for the county
"He wasn't a number to us, but he should have been a number to them," she said.
  > anonymous_other | niece | she | said | <
A county official who helped prepare the report, speaking on condition of anonymity because she was not authorized to discuss it, said staff had raised the hospital gap with supervisors in 2023.
  > anonymous_official | county-official | A county official who helped prepare the report | said | > | anon=speaking on condition of anonymity because she was not authorized to discuss it
Supervisor Frank Delgado, who chairs the county board, said he had never been told about it.
  > named_official | delgado | Supervisor Frank Delgado, who chairs the county board | said | >
He said he would ask the medical examiner to recheck every hospital death from last summer.
  > named_official | delgado | He | said | >
The National Weather Service forecast office in Phoenix has warned that this summer could be hotter than last year's record.
  > named_organization | nws | The National Weather Service forecast office in Phoenix | has warned | >

@excluded
How we did it: Read our methodology for this analysis.
Did you lose a family member to heat? Tell us your story.
Data reporting by Priya Anand. Graphics by Luis Ocampo.
Copyright 2025 Desert Sentinel.
''')

ARTICLES.append(r'''
@id am-pesticide-drift-school-evacuation-arroyo-county
@style pesticide_drift_school_evacuation
Students evacuated after crop-duster's spray drifts over Arroyo County school, sheriff's office says
  > named_organization | sheriff | sheriff's office | says | <

ARROYO SECO, Calif. -- More than 300 students and staff were evacuated from Las Palmas Elementary School on Wednesday morning after pesticide from a crop-dusting plane drifted over the campus, the Arroyo County Sheriff's Office said.
  > named_organization | sheriff | the Arroyo County Sheriff's Office | said | <
Seventeen children and two teachers were taken to hospitals with nausea, headaches and eye irritation, and all had been released by evening, a spokeswoman for Valley Children's Medical Center said.
  > named_organization | vcmc | a spokeswoman for Valley Children's Medical Center | said | <
The plane was spraying an insecticide on an almond orchard across Road 24 from the school, according to the county agricultural commissioner's office.
  > named_organization | ag-office | the county agricultural commissioner's office | according to | <
Agricultural Commissioner Linda Soto said her investigators had identified the product as phosmet, an insecticide used against moths in nut orchards.
  > named_official | soto | Agricultural Commissioner Linda Soto | said | >
State rules bar spraying that product within a quarter mile of a school between 6 a.m. and 6 p.m. on school days, Soto said.
  > named_official | soto | Soto | said | <
She said the orchard's edge is about 300 yards from the school's playground.
  > named_official | soto | She | said | >

A fourth-grader who was at recess when the plane passed overhead said she saw a white mist drift over the fence.
  > named_person | sofia | A fourth-grader who was at recess when the plane passed overhead | said | >
"It smelled like rotten cabbage, and then my eyes started burning," said the girl, Sofia Ramirez, 9.
  > named_person | sofia | the girl, Sofia Ramirez, 9 | said | <
Her mother, Carmen Ramirez, said she wants the grower to pay for her daughter's hospital visit.
  > named_person | carmen | Her mother, Carmen Ramirez | said | >

The orchard is owned by Hadley Farms, which hired Central Valley Aerial Applicators of Los Banos to spray it, Soto said.
  > named_official | soto | Soto | said | <
Central Valley's owner, Wade Corliss, said his pilot had followed the wind limits on the product's label and that a sudden gust pushed the spray toward the school.
  > named_official | corliss | Central Valley's owner, Wade Corliss | said | >
"He shut it off the second he saw it drift," Corliss said.
  > named_official | corliss | Corliss | said | <
Corliss would not name the pilot.
  > declined_comment | corliss | Corliss | would not name the pilot | - | resp=declined
Hadley Farms did not respond to phone messages left at its office in Firebaugh.
  > declined_comment | hadley | Hadley Farms | did not respond to phone messages left at its office in Firebaugh | - | resp=no_response

Superintendent Marco Villanueva said the district had asked the county three times since 2022 to require growers to notify the school before spraying nearby orchards.
  > named_official | villanueva | Superintendent Marco Villanueva | said | >
Letters the district provided to Valley 17 News show that the county answered once, in 2023, saying the state's quarter-mile rule was enough.
  > document | letters | Letters the district provided to Valley 17 News | show | >
A pesticide investigator with the county, who was not authorized to speak publicly, said at least two complaints about drift near the school were filed last year, and neither led to a fine.
  > anonymous_official | investigator | A pesticide investigator with the county | said | > | anon=who was not authorized to speak publicly
The California Department of Pesticide Regulation said it was assisting the county's investigation.
  > named_organization | cdpr | The California Department of Pesticide Regulation | said | >
Dr. Paul Nakashima, a toxicologist at the University of California, Davis, who reviewed the symptoms described by parents at the request of Valley 17 News, said they were consistent with mild exposure to an organophosphate.
  > named_person | nakashima | Dr. Paul Nakashima, a toxicologist at the University of California, Davis, who reviewed the symptoms described by parents at the request of Valley 17 News | said | >
Most children recover within a day, he said, though he recommended that any child with lasting symptoms see a doctor.
  > named_person | nakashima | he#1 | said | Most children recover within a day
  > named_person | nakashima | he#2 | recommended | that any child with lasting symptoms see a doctor
Some parents gathered outside the school Wednesday afternoon said they would keep their children home until the investigation is finished.
  > anonymous_other | parents | Some parents gathered outside the school Wednesday afternoon | said | >
Classes will resume Thursday, the district said.
  > named_organization | district | the district | said | <

@excluded
Copyright 2025 Valley 17 News. All rights reserved.
Download the Valley 17 app and turn on notifications for breaking news.
Spotted a mistake? Let us know.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
