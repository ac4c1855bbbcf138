"""Build corpus/articles/n.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (airport_security, coal_plant_closure, police_union_contract, satellite_launch,
farm_bill, hedge_fund_fraud, refugee_resettlement_town, teacher_shortage, oil_spill,
cyberattack_attribution, stadium_stampede, vice_presidential_pick_2016_style), in the voices
of a wire service (AP and Reuters styles), a national paper (New York Times and Washington
Post styles, honorifics included), a local TV station's website, a local paper, trade
desks and a magazine feature told in the present tense.
Each article is built to test source grouping (two people of one gender and one role
close together, with a pronoun that resolves to the second; a person described first and
named later under another noun; an institution under its full name, its acronym and "the
agency"/"the department"/"the commission"/"the budget office"; an institution described
before it is named; a company named only in narration before "the company said"; quotes
that run over several sentences and close with "X said"; a document credited to the person
who read it aloud; a spokesperson speaking for an institution; a surname shared with a
company; "stopped", "added", "noted" and "called" used where they are not cues). About half
end in a footer block (corrections, video prompts, app prompts, comment counts, audio
prompts, social-media lines, a reader call-out). Nothing is trained or tuned on them.
Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_n.py [--render]
     python corpus/build_articles_n.py --check FILE   (validate and render the blocks of FILE; write nothing)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "n.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id n-airport-security-marlow-field-covert-tests
@style airport_security
Undercover testers slipped fake guns past Marlow Field screeners in most attempts, report says
  > document | report | report | says | Undercover testers slipped fake guns past Marlow Field screeners in most attempts

KESSLER, Ohio -- Undercover inspectors carried replica guns and simulated explosives through security checkpoints at Marlow Field International Airport in 17 of 22 attempts last year, according to a report released Wednesday by the Homeland Security Department's inspector general.
  > document | report | a report released Wednesday by the Homeland Security Department's inspector general | according to | <
The report found that screeners missed a replica pistol hidden in the lining of a laptop bag four separate times and cleared a fake pipe bomb packed in a child's backpack.
  > document | report | The report | found | >
Marlow Field is one of about 20 U.S. airports where passengers are screened by private contractors rather than federal officers, under a program overseen by the Transportation Security Administration.
The contractor at Marlow Field, Aegis Screening Solutions, has held the job since 2019 and added about 150 screeners last year as air travel recovered.
The company said in a statement that every screener at the airport had been retrained since the tests and that the findings "do not reflect the checkpoint travelers see today."
  > named_organization | aegis | The company | said in a statement | >

The TSA said it had ordered Aegis to post a federal supervisor at each of the airport's eight checkpoint lanes until the company passes a new round of tests.
  > named_organization | tsa | The TSA | said | >
The agency's administrator, Celia Drummond, told reporters in Washington that the results were "unacceptable at any airport, private or federal."
  > named_official | drummond | The agency's administrator, Celia Drummond | told reporters in Washington | >
"We test our own people so that nobody else gets the chance to.
  > named_official | drummond | Drummond | - | *
When we fail a test, we fix it, and we are fixing this one," Drummond said.
  > named_official | drummond | Drummond | said | <
She declined to say whether the agency would cancel the company's contract, which runs through 2027.
  > declined_comment | drummond | She | declined to say whether the agency would cancel the company's contract | - | resp=declined

A summary of the test results, which Rep. Lorraine Petrakis of Ohio read aloud at a House Homeland Security subcommittee hearing on Wednesday, says the testers also reached the airport's secure ramp twice by following employees through a door that failed to latch.
  > document | summary | A summary of the test results, which Rep. Lorraine Petrakis of Ohio read aloud at a House Homeland Security subcommittee hearing on Wednesday | says | >
Petrakis, a Democrat whose district includes the airport, said she would ask the TSA to bring federal screeners back to Marlow Field.
  > named_official | petrakis | Petrakis, a Democrat whose district includes the airport | said | >
Rep. Joan Huntoon of Texas, the subcommittee's ranking Republican, said private screeners had done as well as federal ones at most airports in the program.
  > named_official | huntoon | Rep. Joan Huntoon of Texas, the subcommittee's ranking Republican | said | >
She said the inspector general had found similar failure rates at several federally staffed airports in a 2023 audit.
  > named_official | huntoon | She | said | >

A screener who has worked at the airport's north terminal since 2020 said supervisors pushed each lane to move 200 passengers an hour, and that bags flagged for a second look were often waved through when the lines backed up.
  > named_person | quintero | A screener who has worked at the airport's north terminal since 2020 | said | >
The screener, Marisol Quintero, 34, said she was speaking publicly because she had raised the problem with managers twice and "nothing changed."
  > named_person | quintero | The screener, Marisol Quintero, 34 | said | >
"The machine beeps, the line is out the door and your supervisor is standing behind you with a stopwatch.
  > named_person | quintero | Quintero | - | *
You learn pretty fast which bags you are not supposed to open," Quintero said.
  > named_person | quintero | Quintero | said | <
Security lines at the north terminal stopped moving for nearly an hour on the Sunday after Thanksgiving, when two of its four body scanners broke down.

Two TSA officials said the agency had warned Aegis in a letter last spring that its managers were putting speed ahead of screening.
  > anonymous_official | tsa-officials | Two TSA officials | said | >
The officials, who spoke on the condition of anonymity because they were not authorized to discuss the contract, said part of the company's bonus was tied to how quickly passengers got through the checkpoints.
  > anonymous_official | tsa-officials | The officials | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss the contract
A person familiar with the contract said Aegis could lose as much as $6 million in performance payments this year.
  > anonymous_familiar | familiar | A person familiar with the contract | said | >
Aegis's chief executive, Hal Brennecke, did not respond to an email and a phone message.
  > declined_comment | brennecke | Aegis's chief executive, Hal Brennecke | did not respond to an email and a phone message | - | resp=no_response
Some frequent travelers said the lines had grown longer since the retraining began, with waits of more than 40 minutes on Monday mornings.
  > anonymous_other | travelers | Some frequent travelers | said | >
WKSL-TV reported last month that Aegis had lost nearly a third of its Marlow Field screeners to other jobs in 2025.
  > media_report | wksl | WKSL-TV | reported | that Aegis had lost nearly a third of its Marlow Field screeners to other jobs in 2025
The TSA had planned to add four more airports to the private screening program this year.
  > named_organization | tsa | The TSA | had planned | to add four more airports to the private screening program this year | nosrc
@excluded
This story has been corrected to show that the replica pistol was hidden in the lining of a laptop bag, not in a carry-on suitcase.
''')

ARTICLES.append(r'''
@id n-coal-plant-closure-harlan-ridge-settlement
@style coal_plant_closure
Prairie Crest to retire Harlan Ridge coal plant four years early under settlement approved by North Dakota regulators

Prairie Crest Power will retire its 1,150-MW Harlan Ridge Generating Station in central North Dakota at the end of 2028, four years earlier than planned, under a settlement the North Dakota Public Service Commission approved 2-1 on Tuesday.
Keeping the plant's two units running past 2028 would cost customers about $410 million more than replacing them with wind, solar, batteries and a gas-fired plant, according to the resource plan the utility filed with the commission in March.
  > document | resource-plan | the resource plan the utility filed with the commission in March | according to | <
The PSC's chairman, Arlen Voigt, said the settlement "protects ratepayers without pretending a 40-year-old plant can run forever."
  > named_official | voigt | The PSC's chairman, Arlen Voigt | said | >
Commissioner Della Brandvold, who cast the dissenting vote, said the commission had never studied whether the region's grid could get through a January cold snap without the plant.
  > named_official | brandvold | Commissioner Della Brandvold, who cast the dissenting vote | said | >
A letter from the regional grid operator, the Northern Plains Reliability Council, which Brandvold read into the record before the vote, warns that the region could be short as much as 2,400 MW during extreme winter peaks by 2029.
  > document | nprc-letter | A letter from the regional grid operator, the Northern Plains Reliability Council, which Brandvold read into the record before the vote | warns | >
The council said in a statement on Wednesday that its letter described risks across its entire footprint and was "not a finding about any single plant."
  > named_organization | nprc | The council | said in a statement on Wednesday | >
The commission said it would require Prairie Crest to report every six months on whether its replacement projects are on schedule.
  > named_organization | psc | The commission | said | >

Prairie Crest's president, Renata Solheim, told reporters on a conference call that the company would keep Harlan Ridge's transmission connection and build a 500-MW battery on the site.
  > named_official | solheim | Prairie Crest's president, Renata Solheim | told reporters on a conference call | >
"Nobody at this company is happy about closing a plant that carried this state through 40 winters.
  > named_official | solheim | Solheim | - | *
But the numbers stopped working for our customers a long time ago," Solheim said.
  > named_official | solheim | Solheim | said | <
The settlement sets aside $18 million to retrain the plant's 240 workers and $9 million to offset lost property taxes in Morrell County, according to the agreement.
  > document | settlement | the agreement | according to | <

Harlan Ridge, noted for the twin 600-foot stacks visible from Interstate 94, burns about 4 million tons of lignite a year from the Coteau Bluff mine next door, which is owned by Dakota Lignite Partners.
The company said it would close the mine when the plant shuts down and had begun severance talks with the union that represents its 180 workers.
  > named_organization | dlp | The company | said | >
Morrell County Commissioner Dean Vetter said the plant and the mine pay about 60 percent of the county's property taxes.
  > named_official | vetter | Morrell County Commissioner Dean Vetter | said | >
Another county commissioner, Rolf Engebretson, said the $9 million would cover less than two years of lost revenue.
  > named_official | engebretson | Another county commissioner, Rolf Engebretson | said | >
He said the county had already called off a planned expansion of its jail.
  > named_official | engebretson | He | said | >

A maintenance mechanic who has worked at the plant since 1998 said he learned of the closing date from a text message his daughter sent him from college.
  > named_person | lindahl | A maintenance mechanic who has worked at the plant since 1998 | said | >
"She read about it before I did," said the mechanic, Troy Lindahl, 52.
  > named_person | lindahl | the mechanic, Troy Lindahl, 52 | said | <
Lindahl said he planned to apply for a job on the battery project but had heard it would need only about 15 permanent workers.
  > named_person | lindahl | Lindahl | said | >

Two Prairie Crest executives who worked on the settlement said the company agreed to the earlier date after the Missouri Slope Ratepayers Alliance and two large industrial customers threatened to challenge the plant's costs in its next rate case.
  > anonymous_official | pc-executives | Two Prairie Crest executives who worked on the settlement | said | >
The executives, who spoke on the condition of anonymity because the negotiations were confidential, said Prairie Crest had first offered to close one unit in 2028 and the other in 2031.
  > anonymous_official | pc-executives | The executives | said | > | anon=who spoke on the condition of anonymity because the negotiations were confidential
A person familiar with the state's energy office said Gov. Kurt Ostlie's staff had privately urged the commissioners to reject the deal.
  > anonymous_familiar | familiar | A person familiar with the state's energy office | said | >
A spokesman for Ostlie could not be reached on Tuesday evening.
  > declined_comment | gov-office | A spokesman for Ostlie | could not be reached | - | resp=unreachable
Some grid analysts say North Dakota will see more fights like this one as coal plants built in the 1980s near the end of their lives.
  > anonymous_other | analysts | Some grid analysts | say | >
The newsletter Plains Power Report first reported the settlement talks in June.
  > media_report | ppr | The newsletter Plains Power Report | first reported | the settlement talks in June
Prairie Crest wants to begin building the battery in 2027, while the plant is still running.
  > named_organization | prairie-crest | Prairie Crest | wants | to begin building the battery in 2027, while the plant is still running | nosrc
''')

ARTICLES.append(r'''
@id n-police-union-contract-ridgeview-records-rule
@style police_union_contract
Ridgeview council approves police contract with 14% raises, keeps rule that clears discipline records

The Ridgeview City Council voted 5-4 Tuesday night to approve a four-year contract with the city's police union that raises officers' pay by 14 percent and keeps a rule that erases most disciplinary records after two years.
Mayor Gloria Estevez called a special meeting for Tuesday after talks with the union broke down in March.
Estevez said the raises were needed to stop officers from leaving for suburban departments that pay as much as $11,000 more a year.
  > named_official | estevez | Estevez | said | >
"We have lost 41 officers in two years.
  > named_official | estevez | Estevez | - | *
We are training cops for everybody else," she said.
  > named_official | estevez | she | said | <

Council member Tanya Whitfield, who voted against the contract, said the records rule makes it impossible for the public to see whether an officer has a pattern of complaints.
  > named_official | whitfield | Council member Tanya Whitfield, who voted against the contract | said | >
Council member Brenda Kowalczyk, who also voted no, said she supported the raises but could not vote for a contract that kept the rule.
  > named_official | kowalczyk | Council member Brenda Kowalczyk, who also voted no | said | >
She said she would introduce an ordinance next month requiring the city to keep disciplinary records permanently.
  > named_official | kowalczyk | She | said | >
The contract's discipline section, which Whitfield read aloud before the vote, says written reprimands and suspensions of fewer than five days "shall be removed from the officer's file and destroyed" 24 months after they are issued.
  > document | contract | The contract's discipline section, which Whitfield read aloud before the vote | says | >

The Fraternal Order of Police Lodge 27, which represents the department's 612 officers, said in a statement that its members had ratified the contract last week by a wide margin.
  > named_organization | fop | The Fraternal Order of Police Lodge 27, which represents the department's 612 officers | said in a statement | >
FOP President Mark Dellinger said the records rule had been in every contract since 1998 and that officers "should not carry a minor mistake for an entire career."
  > named_official | dellinger | FOP President Mark Dellinger | said | >
The lodge said it had also won a new provision that lets officers who are cleared by internal affairs have the complaint removed from their files within 90 days.
  > named_organization | fop | The lodge | said | >
"Officers in this city are working double shifts.
  > named_official | dellinger | Dellinger | - | *
They are tired, and they are leaving," Dellinger said.
  > named_official | dellinger | Dellinger | said | <

A Ridgeview Police Department spokeswoman said the contract would take effect July 1.
  > named_organization | rpd | A Ridgeview Police Department spokeswoman | said | >
The department added 22 officers last year but lost 31 to retirements and resignations, according to city payroll records.
  > document | payroll | city payroll records | according to | <
RPD Chief Harold Mbeki did not respond to a request for an interview.
  > declined_comment | mbeki | RPD Chief Harold Mbeki | did not respond to a request for an interview | - | resp=no_response

A woman whose son was thrown to the ground during a traffic stop in 2022 told the council that the officer involved had been reprimanded twice before, but that both reprimands had been erased.
  > named_person | fitch | A woman whose son was thrown to the ground during a traffic stop in 2022 | told the council | >
The mother, Darlene Fitch, 54, said after the meeting that she learned of the earlier reprimands only through a lawsuit.
  > named_person | fitch | The mother, Darlene Fitch, 54 | said after the meeting | >
"They cleaned out the file before anybody could read it," Fitch said.
  > named_person | fitch | Fitch | said | <

Two city officials who took part in the negotiations said the city's bargaining team had asked to keep records for five years but dropped the demand when the union accepted a smaller raise in the first year.
  > anonymous_official | city-officials | Two city officials who took part in the negotiations | said | >
The officials, who spoke on the condition of anonymity because the talks were confidential, said Estevez had signed off on the trade.
  > anonymous_official | city-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the talks were confidential
A person close to the union's bargaining team said members had been ready to go to arbitration, where they expected to win a larger raise.
  > anonymous_familiar | close-union | A person close to the union's bargaining team | said | >
Several residents who spoke at the meeting said the council should have held a separate hearing on the records rule.
  > anonymous_other | residents | Several residents who spoke at the meeting | said | >
KSNQ 7 reported in March that at least 19 officers with two or more erased reprimands were still on patrol.
  > media_report | ksnq | KSNQ 7 | reported | that at least 19 officers with two or more erased reprimands were still on patrol
The city had hoped to finish the contract before the old one expired in January.
  > named_organization | city | The city | had hoped | to finish the contract before the old one expired in January | nosrc
@excluded
Watch the full council debate in the video player above.
Download the KSNQ 7 News app to get breaking news alerts on your phone.
''')

ARTICLES.append(r'''
@id n-satellite-launch-halcyon-kestrel-skywatch
@style satellite_launch
Halcyon's Kestrel 2 loses NOAA weather satellite after upper stage shuts down early

VANDENBERG SPACE FORCE BASE, Calif. -- Halcyon Launch Systems' Kestrel 2 rocket failed to reach orbit Thursday when its upper-stage engine shut down about 90 seconds early, dooming a $140 million weather satellite built for the National Oceanic and Atmospheric Administration, the company said.
  > named_organization | halcyon | the company | said | <
The satellite and the spent upper stage fell into the Pacific Ocean about 1,200 miles south of the launch site, according to tracking data published by U.S. Space Command.
  > document | tracking-data | tracking data published by U.S. Space Command | according to | <
Halcyon's chief executive, Tomasz Rendell, told reporters on a teleconference that telemetry showed pressure falling in the engine's liquid oxygen feed line about six minutes into the flight.
  > named_official | rendell | Halcyon's chief executive, Tomasz Rendell | told reporters on a teleconference | >
"We had a clean first stage, a clean separation and a clean ignition.
  > named_official | rendell | Rendell | - | *
Then we had a pressure reading none of us wanted to see, and the engine did exactly what it was designed to do, which was shut itself off," Rendell said.
  > named_official | rendell | Rendell | said | <
A preliminary mishap report the company filed with the Federal Aviation Administration, which Rendell read from during the call, says the shutdown was triggered automatically by the engine controller and that no debris fell outside the designated hazard areas.
  > document | mishap-report | A preliminary mishap report the company filed with the Federal Aviation Administration, which Rendell read from during the call | says | >
The FAA said it would oversee the company's investigation and that Kestrel 2 could not fly again until the agency had accepted its findings.
  > named_organization | faa | The FAA | said | >
The agency said no injuries or damage to property had been reported.
  > named_organization | faa | The agency | said | >

The satellite, called Skywatch-3, was to have been the third in a series of small satellites that measure temperature and moisture in the atmosphere for weather forecasts.
It was built by Corvid Space Systems, a Boulder, Colorado, manufacturer that has delivered about 60 small satellites to government and commercial customers.
The company said it had a second satellite of the same design in storage that could be ready to fly in about 10 months.
  > named_organization | corvid | The company | said | >
NOAA said in a statement that forecasts would not suffer because the first two satellites in the series were working normally.
  > named_organization | noaa | NOAA | said in a statement | >

Caroline Medvedev, an analyst at the consulting firm Orbital Ledger Partners, said the failure would make it harder for Halcyon to win a share of the Space Force's launch contracts.
  > named_person | medvedev | Caroline Medvedev, an analyst at the consulting firm Orbital Ledger Partners | said | >
Another analyst, Fenna Albers of Meridian Space Advisory, said customers had tolerated Kestrel's risks because it costs about half as much as larger rockets.
  > named_person | albers | Another analyst, Fenna Albers of Meridian Space Advisory | said | >
She said two of Halcyon's commercial customers had already asked about moving their satellites to other launchers.
  > named_person | albers | She | said | >

A retired propulsion engineer who helped design the Kestrel engine before leaving Halcyon in 2023 said the liquid oxygen feed line had leaked during two ground tests that year.
  > named_person | imhoff | A retired propulsion engineer who helped design the Kestrel engine before leaving Halcyon in 2023 | said | >
The engineer, Walter Imhoff, said the company had since redesigned the line's seals but that he did not know whether the new design had flown on Thursday.
  > named_person | imhoff | The engineer, Walter Imhoff | said | >
Halcyon declined to comment on Imhoff's account.
  > declined_comment | halcyon | Halcyon | declined to comment on Imhoff's account | - | resp=declined
Two people familiar with the investigation said engineers were focusing on a valve supplied by an outside vendor.
  > anonymous_familiar | familiar | Two people familiar with the investigation | said | >
One of them, who spoke on the condition of anonymity because the inquiry had just begun, said the same valve had been replaced on the launch pad in December after a failed test.
  > anonymous_familiar | familiar | One of them | said | > | anon=who spoke on the condition of anonymity because the inquiry had just begun
A Space Force official, who was not authorized to speak publicly, said the failure would not change the schedule for two national security launches Halcyon is to fly next year, "for now."
  > anonymous_official | sf-official | A Space Force official | said | > | anon=who was not authorized to speak publicly
Halcyon's shares stopped trading for about 40 minutes after the failure and closed down 22 percent.
The trade publication Launch Ledger reported in February that Halcyon had delayed the launch twice because of valve problems.
  > media_report | launch-ledger | The trade publication Launch Ledger | reported | that Halcyon had delayed the launch twice because of valve problems
Halcyon had planned to fly Kestrel 2 six more times this year.
  > named_organization | halcyon | Halcyon | had planned | to fly Kestrel 2 six more times this year | nosrc
''')

ARTICLES.append(r'''
@id n-farm-bill-house-agriculture-markup
@style farm_bill
House panel advances farm bill that would raise crop subsidies and tighten food stamp rules

The House Agriculture Committee approved a five-year farm bill early Thursday that would raise price guarantees for corn, wheat and cotton growers while tightening work requirements for food stamp recipients, sending the $1.5 trillion measure to the full House after a 16-hour session.
The vote was 29 to 25, with two Democrats from rural districts joining all of the committee's Republicans.
Committee Chairman Wade Tollefson (R-Neb.), a fourth-generation cattle rancher noted for the bolo ties he wears to hearings, said the bill would give farmers "a safety net that matches what it actually costs to put a crop in the ground."
  > named_official | tollefson | Committee Chairman Wade Tollefson (R-Neb.), a fourth-generation cattle rancher noted for the bolo ties he wears to hearings | said | >
Rep. Curtis Yeager (R-Kan.), who wrote the bill's crop insurance section, said premiums had doubled for many wheat farmers in his district since 2020.
  > named_official | yeager | Rep. Curtis Yeager (R-Kan.), who wrote the bill's crop insurance section | said | >
He said the bill would cap premium increases for farms of fewer than 2,000 acres.
  > named_official | yeager | He | said | >
Rep. Annette Morales-Kuhl (D-Calif.), the committee's top Democrat, said the food stamp changes would cut off about 1.2 million people and amounted to "cruelty dressed up as reform."
  > named_official | morales-kuhl | Rep. Annette Morales-Kuhl (D-Calif.), the committee's top Democrat | said | >

The Congressional Budget Office said in an analysis released in March that the stricter work requirements would reduce food stamp spending by about $31 billion over 10 years.
  > named_organization | cbo | The Congressional Budget Office | said in an analysis released in March | >
The CBO found that about 1.2 million people would lose benefits in an average month, most of them parents of school-age children and adults over 50.
  > named_organization | cbo | The CBO | found | >
The budget office said it expected to publish an estimate of the committee's final version next week.
  > named_organization | cbo | The budget office | said | >
A letter from 112 food banks and anti-hunger groups, which Morales-Kuhl read aloud as the debate passed midnight, says the changes would "push working parents off the rolls over paperwork."
  > document | foodbank-letter | A letter from 112 food banks and anti-hunger groups, which Morales-Kuhl read aloud as the debate passed midnight | says | >
The committee stopped for a dinner break at 9 p.m. and did not vote on the final amendment until after 3 in the morning.

Agriculture Secretary Linda Farraday said in a statement that the administration opposed the work requirements and would "work with the Senate to fix them."
  > named_official | farraday | Agriculture Secretary Linda Farraday | said in a statement | >
A USDA spokeswoman said the department would need at least 18 months to put new eligibility rules in place.
  > named_organization | usda | A USDA spokeswoman | said | >
About $4 billion of the bill's new spending would go to crop insurance, which is sold to farmers by 13 private companies, the largest of them Heartland Mutual of Des Moines.
The company said in a statement that the bill would keep coverage within reach for family farms.
  > named_organization | heartland | The company | said in a statement | >

A wheat farmer from western Kansas who testified before the committee in February said she would have lost money on every acre last year without crop insurance.
  > named_person | brandt | A wheat farmer from western Kansas who testified before the committee in February | said | >
The farmer, Joleen Brandt, 47, said Thursday that she had watched the last hours of the markup on her phone from the cab of a tractor.
  > named_person | brandt | The farmer, Joleen Brandt, 47 | said Thursday | >
"People in Washington think this is about subsidies.
  > named_person | brandt | Brandt | - | *
For us it is about whether the bank renews our operating loan in March," Brandt said.
  > named_person | brandt | Brandt | said | <

Two Republican aides said House leaders had not decided when to bring the bill to the floor.
  > anonymous_official | gop-aides | Two Republican aides | said | >
The aides, who spoke on the condition of anonymity to describe private conversations, said several Republicans from suburban districts had told leaders they were uneasy about the food stamp changes.
  > anonymous_official | gop-aides | The aides | said | > | anon=who spoke on the condition of anonymity to describe private conversations
A farm lobbyist familiar with the negotiations said leaders of the Senate Agriculture Committee had told House negotiators they would not accept the work requirements.
  > anonymous_familiar | lobbyist | A farm lobbyist familiar with the negotiations | said | >
The Senate committee's chairwoman, Sen. Ruth Ekdahl (R-Iowa), did not respond to a request for comment.
  > declined_comment | ekdahl | The Senate committee's chairwoman, Sen. Ruth Ekdahl (R-Iowa) | did not respond to a request for comment | - | resp=no_response
Some agricultural economists have questioned whether higher price guarantees will encourage farmers to plant more than the market needs.
  > anonymous_other | economists | Some agricultural economists | have questioned | >
The trade newsletter Furrow Report first reported the details of the crop insurance section last week.
  > media_report | furrow | The trade newsletter Furrow Report | first reported | the details of the crop insurance section last week
Tollefson had hoped to finish the markup before Memorial Day, but the session was postponed twice while Republicans rewrote the food stamp section.
  > named_official | tollefson | Tollefson | had hoped | to finish the markup before Memorial Day | nosrc
''')

ARTICLES.append(r'''
@id n-hedge-fund-fraud-halvard-capital-bond-marks
@style hedge_fund_fraud
U.S. charges Halvard Capital founder with hiding $900 million in bond losses

NEW YORK -- The founder of Halvard Capital Management, a New York hedge fund that once managed $4 billion, hid nearly $900 million in trading losses from investors by assigning made-up values to thinly traded bonds, according to an indictment unsealed on Tuesday in Manhattan federal court.
  > document | indictment | an indictment unsealed on Tuesday in Manhattan federal court | according to | <
Anders Halvard, 58, was arrested at his home in Greenwich, Connecticut, and pleaded not guilty at an arraignment on Tuesday afternoon.
In a parallel civil lawsuit, the Securities and Exchange Commission accused Halvard and the fund's former chief financial officer, Kevin Dufresne, of defrauding investors.
  > named_organization | sec | the Securities and Exchange Commission | accused | Halvard and the fund's former chief financial officer, Kevin Dufresne, of defrauding investors
The SEC said Halvard had directed the fund's staff to value some bonds at as much as three times the prices brokers were quoting.
  > named_organization | sec | The SEC | said | >
"This was not a bad bet.
  > named_official | whitmore | the agency's enforcement director, Claire Whitmore | - | *
It was a bad bet that somebody hid," the agency's enforcement director, Claire Whitmore, said in a statement.
  > named_official | whitmore | the agency's enforcement director, Claire Whitmore | said in a statement | <

U.S. Attorney Marcus Feld said at a news conference that Halvard had "lied to pension funds, university endowments and charities, month after month."
  > named_official | feld | U.S. Attorney Marcus Feld | said at a news conference | >
An email Halvard sent to the fund's head trader in March 2023, which Feld read aloud at the news conference, says the bonds should be marked "wherever we need them to be to get through the quarter."
  > document | email | An email Halvard sent to the fund's head trader in March 2023, which Feld read aloud at the news conference | says | >
A spokesman for the U.S. Attorney's Office said Halvard had surrendered his passport as a condition of his $10 million bail.
  > named_organization | usao | A spokesman for the U.S. Attorney's Office | said | >

Halvard's lawyer, Jonathan Reiss, said his client "never took a dollar that wasn't his" and would fight the charges.
  > named_official | reiss | Halvard's lawyer, Jonathan Reiss | said | >
Dufresne's lawyer, Peter Camberwell, said his client had been cooperating with investigators since last year.
  > named_official | camberwell | Dufresne's lawyer, Peter Camberwell | said | >
He declined to say whether Dufresne had reached a plea agreement with prosecutors.
  > declined_comment | camberwell | He | declined to say whether Dufresne had reached a plea agreement with prosecutors | - | resp=declined
The fund's former head trader, who is not named in the indictment, could not be reached.
  > declined_comment | head-trader | The fund's former head trader, who is not named in the indictment | could not be reached | - | resp=unreachable

Halvard's bond prices were checked each month by its fund administrator, Lantern Fund Services, a Dublin firm that works for about 300 hedge funds.
The company said in a statement that it had relied on prices supplied by Halvard and had "cooperated fully with the authorities."
  > named_organization | lantern | The company | said in a statement | >
A former analyst at the fund who left in 2022 said junior employees were told not to question the prices assigned to the bonds.
  > named_person | castellanos | A former analyst at the fund who left in 2022 | said | >
"Everybody on the floor knew those numbers were invented," said the former analyst, Rhea Castellanos, who now works at a bank in London.
  > named_person | castellanos | the former analyst, Rhea Castellanos, who now works at a bank in London | said | <
"Nobody wanted to be the one who said it out loud."
  > named_person | castellanos | the former analyst, Rhea Castellanos, who now works at a bank in London | - | *

Investors including two state pension funds asked to pull about $1.2 billion from the fund in late 2023, according to two people familiar with the matter.
  > anonymous_familiar | familiar | two people familiar with the matter | according to | <
One of them said the withdrawal requests led the fund's auditor to ask for independent bond prices, which exposed the losses.
  > anonymous_familiar | familiar | One of them | said | >
An official at one of the pension funds, who asked not to be identified because the fund is weighing a lawsuit, said it had lost about $140 million.
  > anonymous_official | pension-official | An official at one of the pension funds | said | > | anon=who asked not to be identified because the fund is weighing a lawsuit
Halvard Capital stopped taking money from new investors in January and has since returned about half of its remaining assets, according to a letter to investors seen by Reuters.
  > document | investor-letter | a letter to investors seen by Reuters | according to | <
Some securities lawyers said cases built on the value of rarely traded assets can be hard to prove to a jury.
  > anonymous_other | lawyers | Some securities lawyers | said | >
The industry newsletter HedgeWire first reported the withdrawal requests in December.
  > media_report | hedgewire | The industry newsletter HedgeWire | first reported | the withdrawal requests in December
The firm had planned to open a London office this year.
  > named_organization | halvard-capital | The firm | had planned | to open a London office this year | nosrc
''')

ARTICLES.append(r'''
@id n-refugee-resettlement-town-merrivale-congolese
@style refugee_resettlement_town
In a Town of 4,000, 300 Refugees and a Welcome Stretched Thin

MERRIVALE, Iowa -- When the first Congolese families stepped off a van outside the Merrivale Public Library two years ago, about 40 residents were waiting for them with casseroles, winter coats and a hand-lettered welcome sign in Swahili.
Since then, about 300 refugees have settled in this town of 4,000, most of them to work at the pork plant on the edge of town, according to the resettlement agency that brought them here.
  > named_organization | hrs | the resettlement agency that brought them here | according to | <
But the arrivals have outpaced the town's money, its housing and, in some corners, its patience, said Mayor Ruth Engstrom, who has held the job since 2017.
  > named_official | engstrom | Mayor Ruth Engstrom, who has held the job since 2017 | said | <
"We said yes before anybody asked us what it would cost," Ms. Engstrom said.
  > named_official | engstrom | Ms. Engstrom | said | <
"I would say yes again.
  > named_official | engstrom | Ms. Engstrom | - | *
But I would ask a lot more questions first."
  > named_official | engstrom | Ms. Engstrom | - | *

A letter from the State Department's refugee office, which Ms. Engstrom read aloud at a City Council meeting in January, says the department will send no more than 60 new refugees to Merrivale this year, down from 140 last year.
  > document | state-letter | A letter from the State Department's refugee office, which Ms. Engstrom read aloud at a City Council meeting in January | says | >
The department said in an email that it had lowered the number "in consultation with local partners."
  > named_organization | state-dept | The department | said in an email | >

The plant is owned by Prairie Gold Pork, which employs about 1,100 people in Merrivale and has struggled to fill jobs on its cutting floors since the pandemic.
The company said that refugees now make up about a fifth of its work force in Merrivale and that it had raised starting pay to $22 an hour.
  > named_organization | prairie-gold | The company | said | >
Its plant manager, Curtis Van Wyk, did not respond to requests for an interview.
  > declined_comment | van-wyk | Its plant manager, Curtis Van Wyk | did not respond to requests for an interview | - | resp=no_response

Heartland Refugee Services, a nonprofit based in Des Moines, is paid by the federal government to find housing and jobs for new arrivals during their first 90 days.
HRS's director, Nadia Farouk, said the agency had found apartments for most families by converting two empty motels and renting houses as far away as Kellerton, 30 miles south.
  > named_official | farouk | HRS's director, Nadia Farouk | said | >
The agency said it had asked the state for $1.2 million to hire caseworkers and run a van to the plant.
  > named_organization | hrs | The agency | said | >

Carol Jessup, who teaches English learners at Merrivale Elementary, said her class had grown from 9 students to 38 in two years.
  > named_person | jessup | Carol Jessup, who teaches English learners at Merrivale Elementary | said | >
Another teacher at the school, Linnea Sorensen, said many of the older children had missed years of school in the camps.
  > named_person | sorensen | Another teacher at the school, Linnea Sorensen | said | >
She said the district had promised in August to hire an aide for her classroom but had not yet done so.
  > named_person | sorensen | She | said | >

A man who arrived from the Nyarugusu camp in Tanzania in 2024 with his wife and five children said he had worked every shift the plant offered him, including Saturdays, to save for a car.
  > named_person | mukendi | A man who arrived from the Nyarugusu camp in Tanzania in 2024 with his wife and five children | said | >
"In the camp you wait for everything," said the man, Jean-Paul Mukendi, 41, who works on the plant's loin line.
  > named_person | mukendi | the man, Jean-Paul Mukendi, 41, who works on the plant's loin line | said | <
"Here at least you can work for it."
  > named_person | mukendi | Jean-Paul Mukendi | - | *

Some longtime residents have complained at council meetings that the newcomers are driving up rents.
  > anonymous_other | residents | Some longtime residents | have complained at council meetings | >
Two council members, who asked not to be named because they did not want to be seen as breaking with the mayor, said the town should have asked the State Department to slow the arrivals a year ago.
  > anonymous_official | council-members | Two council members | said | > | anon=who asked not to be named because they did not want to be seen as breaking with the mayor
A person familiar with the state's budget talks said Gov. Helen Marquardt's office was unlikely to approve the full request.
  > anonymous_familiar | familiar | A person familiar with the state's budget talks | said | >
The governor's office declined to comment.
  > declined_comment | gov-office | The governor's office | declined to comment | - | resp=declined
The Merrivale Messenger, the town's weekly newspaper, reported in February that rents for two-bedroom apartments had risen 30 percent since 2023.
  > media_report | messenger | The Merrivale Messenger, the town's weekly newspaper | reported | that rents for two-bedroom apartments had risen 30 percent since 2023
On a recent Saturday, Ms. Engstrom stopped by the library, where volunteers were helping a dozen men and women study for the written driving test.
Ms. Engstrom hopes to persuade the state to pay for a second interpreter at the clinic before winter.
  > named_official | engstrom | Ms. Engstrom | hopes | to persuade the state to pay for a second interpreter at the clinic before winter | nosrc
@excluded
Read 212 comments
Listen to this article · 9 min
''')

ARTICLES.append(r'''
@id n-teacher-shortage-sand-wash-unified
@style teacher_shortage
The District That Ran Out of Teachers

On the first day of school in the Sand Wash Unified School District, 11 of its 64 classrooms had no certified teacher.
The district, which covers 2,300 square miles of desert and ranch land in southeastern Arizona, filled those rooms with long-term substitutes, with teachers recruited from the Philippines and, in two cases, with a retired Border Patrol agent and a pastor who had never taught before.
"We are not choosing between a good teacher and a great one anymore," says Gloria Ybarra, the district's superintendent.
  > named_official | ybarra | Gloria Ybarra, the district's superintendent | says | <
"We are choosing between somebody and nobody."
  > named_official | ybarra | Gloria Ybarra, the district's superintendent | - | *
The vacancy report that Ybarra reads aloud at the school board's August meeting shows openings in every subject except physical education.
  > document | vacancy-report | The vacancy report that Ybarra reads aloud at the school board's August meeting | shows | >
Ybarra, noted in the district for answering parents' emails at 2 a.m., has started teaching an algebra class herself.

Across Arizona, about 2,000 teaching jobs were vacant or filled by people without standard certification at the start of the school year, according to a survey by the Arizona School Personnel Administrators Association.
  > document | survey | a survey by the Arizona School Personnel Administrators Association | according to | <
The Arizona Department of Education says the number of people finishing teacher preparation programs in the state has fallen by about a third since 2015.
  > named_organization | ade | The Arizona Department of Education | says | >
A spokeswoman for the ADE says the department is "working with every district to put a qualified teacher in front of every student."
  > named_organization | ade | A spokeswoman for the ADE | says | >
Sand Wash stopped requiring a teaching license for long-term substitutes in 2022, after the Legislature loosened the rules.
State Sen. Marcus Ulloa, a Republican who wrote the 2022 law, says it has kept hundreds of rural classrooms open.
  > named_official | ulloa | State Sen. Marcus Ulloa, a Republican who wrote the 2022 law | says | >
Some education researchers say the law has let districts put untrained adults in charge of children for years at a time.
  > anonymous_other | researchers | Some education researchers | say | >

Sand Wash found its teachers from the Philippines through Pacific Bridge Educators, a recruiting firm in Phoenix that places about 300 foreign teachers a year in schools across the Southwest.
The company says it charges districts about $8,000 per teacher and that teachers pay nothing to be placed.
  > named_organization | pacific-bridge | The company | says | >
Two former Pacific Bridge recruits who now teach in other districts say they each paid more than $5,000 to the company's partner agency in Manila before they left.
  > anonymous_other | recruits | Two former Pacific Bridge recruits who now teach in other districts | say | >
The company's president, Arnel Castillo, says the firm has "no financial relationship" with any agency that charges teachers.
  > named_official | castillo | The company's president, Arnel Castillo | says | >

One of the teachers Sand Wash hired through the company, a woman who taught high school chemistry in Cebu for 14 years, says she had never seen a classroom with so many empty desks.
  > named_person | dizon | One of the teachers Sand Wash hired through the company, a woman who taught high school chemistry in Cebu for 14 years | says | >
"In Cebu I had 55 students, and all of them came every day," says the teacher, Marites Dizon.
  > named_person | dizon | the teacher, Marites Dizon | says | <
"Here I have 19, and on Fridays I have 12."
  > named_person | dizon | the teacher, Marites Dizon | - | *
Dizon says she came to Arizona on an exchange visa that lets her stay for up to five years.
  > named_person | dizon | Dizon | says | >

The principal of Sand Wash High School, Teresa Holguin, says the teachers from the Philippines are among the best she has hired.
  > named_official | holguin | The principal of Sand Wash High School, Teresa Holguin | says | >
The principal of the district's middle school, Janet Ruelas, says she worries about what happens when their visas run out.
  > named_official | ruelas | The principal of the district's middle school, Janet Ruelas | says | >
She says she lost three of them last spring when their visas expired, and replaced only one.
  > named_official | ruelas | She | says | >

A state education official who reviews certification requests says the department has approved more than 4,000 emergency teaching certificates this year, a record.
  > anonymous_official | ade-official | A state education official who reviews certification requests | says | >
The official, who asked not to be named because the figures have not been made public, says about a third of those certificates went to people with no training in education.
  > anonymous_official | ade-official | The official | says | > | anon=who asked not to be named because the figures have not been made public
The Southeast Arizona Ledger reported last year that two other districts in the county had moved to four-day school weeks because they could not fill jobs.
  > media_report | ledger | The Southeast Arizona Ledger | reported | that two other districts in the county had moved to four-day school weeks because they could not fill jobs
Ybarra wants the board to pay for four more recruits from the Philippines next year.
  > named_official | ybarra | Ybarra | wants | the board to pay for four more recruits from the Philippines next year | nosrc
''')

ARTICLES.append(r'''
@id n-oil-spill-calder-bay-barge
@style oil_spill
Barge leaks 180,000 gallons of fuel oil into Calder Bay, closing oyster reefs

PORT CALDER, Texas -- A tank barge that struck a submerged pipeline marker in the Gulf Intracoastal Waterway early Sunday leaked about 180,000 gallons of heavy fuel oil into Calder Bay, the U.S. Coast Guard said Monday.
  > named_organization | uscg | the U.S. Coast Guard | said Monday | <
The state closed the bay's oyster reefs and two public beaches, and the Texas Department of State Health Services warned people not to eat fish or shellfish caught within 10 miles of the spill.
  > named_organization | dshs | the Texas Department of State Health Services | warned | people not to eat fish or shellfish caught within 10 miles of the spill
Coast Guard Cmdr. Ellen Fairweather, who is leading the federal response, said crews had skimmed or pumped about 40,000 gallons from the water by Monday afternoon.
  > named_official | fairweather | Coast Guard Cmdr. Ellen Fairweather, who is leading the federal response | said | >
The Coast Guard's incident report, which Fairweather read from at a briefing in Port Calder, says the barge's crew reported hitting "an unlit object" shortly after 3 a.m. and radioed for help 25 minutes later.
  > document | incident-report | The Coast Guard's incident report, which Fairweather read from at a briefing in Port Calder | says | >
"This is heavy fuel oil, and it does not evaporate the way lighter products do.
  > named_official | fairweather | Fairweather | - | *
It sinks, it sticks to everything, and we are going to be out here for months," Fairweather said.
  > named_official | fairweather | Fairweather | said | <
The Coast Guard stopped barge traffic on a 12-mile stretch of the waterway on Sunday and reopened it Monday afternoon.

The barge, the GM-2210, is owned by Gulfward Marine Transport, a Houston company that moves fuel for refineries along the Texas coast.
The company said in a statement that it "accepts full responsibility" for the spill and would pay for the cleanup.
  > named_organization | gulfward | The company | said in a statement | >
Gulfward called in three skimming vessels from Galveston on Sunday morning and has hired about 200 contract workers to clean the shoreline.
Its chief executive, Roy Tillotson, did not return calls on Monday.
  > declined_comment | tillotson | Its chief executive, Roy Tillotson | did not return calls | - | resp=no_response

The Texas Commission on Environmental Quality said its staff had found oil along about 11 miles of shoreline, most of it in marshes on the bay's eastern side.
  > named_organization | tceq | The Texas Commission on Environmental Quality | said | >
TCEQ spokeswoman Andrea Villanueva said the agency would seek penalties from the company once the cleanup was finished.
  > named_official | villanueva | TCEQ spokeswoman Andrea Villanueva | said | >
The commission said water samples taken at the Port Calder water intake had shown no contamination.
  > named_organization | tceq | The commission | said | >

Rudy Nguyen, who has shrimped out of Port Calder since 1991, said he pulled his boat out of the water on Sunday when he saw the slick spreading past the jetties.
  > named_person | nguyen | Rudy Nguyen, who has shrimped out of Port Calder since 1991 | said | >
Another shrimper, Hector Salinas, said he went out anyway and came back with oil on his nets and nothing in them.
  > named_person | salinas | Another shrimper, Hector Salinas | said | >
He said nobody from the company had told shrimpers how to file a claim.
  > named_person | salinas | He | said | >
An oyster farmer whose leases lie about two miles from where the barge ran aground said the oil arrived three weeks before the season's first harvest.
  > named_person | trevino | An oyster farmer whose leases lie about two miles from where the barge ran aground | said | >
"Every oyster on those reefs is worth nothing now.
  > named_person | trevino | the farmer, Lorena Treviño, 49 | - | *
Nobody is going to buy a Calder Bay oyster this year, and maybe not next year either," said the farmer, Lorena Treviño, 49.
  > named_person | trevino | the farmer, Lorena Treviño, 49 | said | <

Two people familiar with the response said the barge had been moving at night without a second licensed operator in the wheelhouse, as the company's own safety rules require.
  > anonymous_familiar | familiar | Two people familiar with the response | said | >
A Coast Guard official, who was not authorized to discuss the investigation, said investigators were also examining why the marker, which belongs to Brazos Coastal Pipeline, had not been lit.
  > anonymous_official | uscg-official | A Coast Guard official | said | > | anon=who was not authorized to discuss the investigation
Federal records show that the marker's light was reported broken twice in 2025.
  > document | federal-records | Federal records | show | >
Brazos Coastal Pipeline could not be reached for comment.
  > declined_comment | brazos | Brazos Coastal Pipeline | could not be reached for comment | - | resp=unreachable
Some marine biologists said the spill's timing, in the middle of the redfish spawn, could hurt the bay's fish for years.
  > anonymous_other | biologists | Some marine biologists | said | >
KPCB-TV first reported the spill on Sunday morning, after viewers sent video of oil washing onto the beach at Shell Point.
  > media_report | kpcb | KPCB-TV | first reported | the spill on Sunday morning
@excluded
Got photos or video of the spill? Upload them to our community gallery.
''')

ARTICLES.append(r'''
@id n-cyberattack-attribution-oskaria-water-utilities
@style cyberattack_attribution
U.S., Britain blame Oskarian military hackers for attack on water utilities

WASHINGTON -- The United States and Britain on Thursday blamed a hacking unit of Oskaria's military intelligence service for a cyberattack in March that shut down pumps at water utilities in three U.S. states and disrupted billing systems at two British water companies.
  > named_organization | us-uk | The United States and Britain | blamed | >
In a joint statement, the two governments said the unit, which security researchers have nicknamed Ashen Pike, had planted malicious software in pump controllers made by a single U.S. manufacturer.
  > named_organization | us-uk | the two governments | said | >
The statement, which White House press secretary Renee Adebayo read at the daily briefing, says the attack "crossed a line that responsible states do not cross."
  > document | joint-statement | The statement, which White House press secretary Renee Adebayo read at the daily briefing | says | >
Pumps at a utility in Marlin County, Kansas, stopped for nine hours, and workers ran them by hand until the software was removed.

Oskaria's foreign ministry spokesman, Ilya Varenko, said the accusation was "groundless" and part of a Western campaign to isolate his country.
  > named_official | varenko | Oskaria's foreign ministry spokesman, Ilya Varenko | said | >
The spokesman for Oskaria's embassy in London, Yuri Matveev, said Britain had "not shown a single piece of evidence."
  > named_official | matveev | The spokesman for Oskaria's embassy in London, Yuri Matveev | said | >
He said the embassy had asked the Foreign Office for a meeting.
  > named_official | matveev | He | said | >
Oskaria's embassy in Washington did not respond to a request for comment.
  > declined_comment | embassy-dc | Oskaria's embassy in Washington | did not respond to a request for comment | - | resp=no_response

The Cybersecurity and Infrastructure Security Agency said the malware had been found on systems at 23 U.S. water and wastewater utilities, though it caused shutdowns at only four.
  > named_organization | cisa | The Cybersecurity and Infrastructure Security Agency | said | >
CISA's director, Howard Pell, told reporters that utilities had been warned about the controllers' default passwords "for years."
  > named_official | pell | CISA's director, Howard Pell | told reporters | >
"This was not a sophisticated break-in.
  > named_official | pell | Pell | - | *
They walked through a door that was left open," Pell said.
  > named_official | pell | Pell | said | <
The agency said it was not aware of any injuries or contaminated drinking water.
  > named_organization | cisa | The agency | said | >

The controllers were made by Tidewell Automation, a company in Raleigh, N.C., whose equipment is used by about 1,900 U.S. utilities.
The company said in a statement that it had released a fix in April and had urged customers to change default passwords since 2021.
  > named_organization | tidewell | The company | said in a statement | >
A researcher at a Denver security firm who examined the malware after the first utility was hit said its code contained comments written in Oskarian and timestamps that matched office hours in the capital, Velgrad.
  > named_person | thale | A researcher at a Denver security firm who examined the malware after the first utility was hit | said | >
The researcher, Imogen Thale of Cinderline Security, said that evidence alone could not prove who was behind the attack.
  > named_person | thale | The researcher, Imogen Thale of Cinderline Security | said | >
"Anyone can write comments in a foreign language.
  > named_person | thale | Thale | - | *
What is hard to fake is two years of the same people showing up to work at the same time," she said.
  > named_person | thale | she | said | <

Two U.S. officials said intelligence agencies had also intercepted communications in which members of the unit discussed the attack.
  > anonymous_official | us-officials | Two U.S. officials | said | >
The officials, who spoke on the condition of anonymity to discuss intelligence matters, said the announcement had been delayed for weeks while Britain finished its own investigation.
  > anonymous_official | us-officials | The officials | said | > | anon=who spoke on the condition of anonymity to discuss intelligence matters
A person familiar with the deliberations said the Treasury Department was preparing sanctions against six officers of the unit.
  > anonymous_familiar | familiar | A person familiar with the deliberations | said | >
Britain's National Cyber Security Centre said the same group had tried to break into British energy companies in 2024.
  > named_organization | ncsc | Britain's National Cyber Security Centre | said | >
Some cybersecurity experts questioned why the governments had waited six months to name the attackers.
  > anonymous_other | experts | Some cybersecurity experts | questioned | >
The technology news site Patchline first reported in April that investigators suspected Oskaria.
  > media_report | patchline | The technology news site Patchline | first reported | that investigators suspected Oskaria
The administration had hoped to announce the finding with a larger group of allies, but Canada and Australia have not finished their own reviews.
  > named_organization | administration | The administration | had hoped | to announce the finding with a larger group of allies | nosrc
''')

ARTICLES.append(r'''
@id n-stadium-stampede-riverside-gate-c
@style stadium_stampede
3 dead, dozens hurt in crush at Riverside Stadium gate before soccer final

Three people were killed and at least 47 were hurt Saturday evening when a crowd surged against a locked gate at Riverside Stadium before the Tri-State Cup final, police said.
  > named_organization | hmpd | police | said | <
The crush happened at Gate C on the stadium's north side at about 6:15 p.m., 45 minutes before kickoff, according to a timeline released Sunday by the Harlow Metropolitan Police Department.
  > document | timeline | a timeline released Sunday by the Harlow Metropolitan Police Department | according to | <
HMPD Chief Lawrence Whitaker said at a news conference Sunday that officers reached the gate within four minutes but could not open it because no one nearby had a key.
  > named_official | whitaker | HMPD Chief Lawrence Whitaker | said at a news conference Sunday | >
"People at the front had nowhere to go.
  > named_official | whitaker | Whitaker | - | *
People at the back had no idea what was happening at the front," Whitaker said.
  > named_official | whitaker | Whitaker | said | <
The department said the three people who died were a 16-year-old girl, a 34-year-old man and a 61-year-old woman, and that their names would be released after their families were notified.
  > named_organization | hmpd | The department | said | >
The final was called off about an hour after the crush.
A Harlow Fire Department spokesman said 12 of the injured were in critical condition at two hospitals.
  > named_organization | hfd | A Harlow Fire Department spokesman | said | >

The stadium is run by Crescent Venue Group, which took over its operations from the city in 2023 and added 4,000 seats in a renovation last year.
The company said in a statement that it was "heartbroken" and was cooperating with police.
  > named_organization | crescent | The company | said in a statement | >
It did not answer questions about why Gate C had been locked.
  > declined_comment | crescent | It | did not answer questions about why Gate C had been locked | - | resp=no_response

Kayla Brennan, 22, who was about 20 feet from the gate, said the crowd began pushing forward after stadium workers closed a second gate nearby.
  > named_person | brennan | Kayla Brennan, 22, who was about 20 feet from the gate | said | >
Her friend Destiny Alvarez, 23, said she was lifted off her feet and carried toward the bars of the gate.
  > named_person | alvarez | Her friend Destiny Alvarez, 23 | said | >
"I couldn't get my arms up.
  > named_person | alvarez | Alvarez | - | *
I just kept looking at the sky and trying to breathe," she said.
  > named_person | alvarez | she | said | <
A man who helped pull people out of the pile said he had carried a teenage girl to an ambulance on the service road.
  > named_person | ortega | A man who helped pull people out of the pile | said | >
The man, Luis Ortega, a 45-year-old electrician who was at the game with his two sons, said she was not breathing when he set her down.
  > named_person | ortega | The man, Luis Ortega, a 45-year-old electrician who was at the game with his two sons | said | >

The city's permit for the match, which Council member Patrice Harmon read aloud at the news conference, required Crescent to keep all six north-side gates open from 5 p.m. until the end of the game.
  > document | permit | The city's permit for the match, which Council member Patrice Harmon read aloud at the news conference | required | >
Harmon said she wanted to know "who decided to lock that gate, and why."
  > named_official | harmon | Harmon | said | >
Two stadium workers who were on duty Saturday said managers ordered Gate C closed at about 6 p.m. because the ticket scanners there had stopped working.
  > anonymous_other | workers | Two stadium workers who were on duty Saturday | said | >
The workers, who asked not to be named because they feared losing their jobs, said the gate had been padlocked rather than simply shut.
  > anonymous_other | workers | The workers | said | > | anon=who asked not to be named because they feared losing their jobs
A person familiar with the police investigation said detectives had collected footage from 14 security cameras around the north gates.
  > anonymous_familiar | familiar | A person familiar with the police investigation | said | >
Some fans said on social media that the stadium's ticket app had crashed in the hour before the crush, sending hundreds of people to the gates at once.
  > anonymous_other | fans | Some fans | said on social media | >
The Tri-State Soccer Association said the final would be rescheduled but did not give a date.
  > named_organization | tssa | The Tri-State Soccer Association | said | the final would be rescheduled
KXRN first reported Saturday night that the gate had been locked.
  > media_report | kxrn | KXRN | first reported | that the gate had been locked
Crescent had planned to open a summer concert series at the stadium next month.
  > named_organization | crescent | Crescent | had planned | to open a summer concert series at the stadium next month | nosrc
@excluded
Click the video player above to watch Sunday's full news conference.
''')

ARTICLES.append(r'''
@id n-vice-presidential-pick-haskell-aldridge-shortlist
@style vice_presidential_pick_2016_style
Haskell Narrows Running-Mate Search to Three, With Indiana Governor in the Lead

CLEVELAND -- Walter Haskell, the presumptive Republican presidential nominee, has narrowed his search for a running mate to three finalists and is leaning toward Gov. Thomas Aldridge of Indiana, according to four people briefed on the process.
  > anonymous_familiar | briefed | four people briefed on the process | according to | <
The other two finalists are Senator Paul Renfro of Tennessee and Representative Carla Montoya of Arizona, the people said.
  > anonymous_familiar | briefed | the people | said | <
Mr. Haskell is expected to announce his choice before the party's convention opens here on July 18, though the people cautioned that he had changed his mind at the last minute before.
  > anonymous_familiar | briefed | the people | cautioned | that he had changed his mind at the last minute before
Mr. Haskell told reporters on his plane on Tuesday that he had "three terrific people" on his list and would "make the call when I make the call."
  > named_official | haskell | Mr. Haskell | told reporters on his plane on Tuesday | >

Mr. Aldridge, a former congressman, met with Mr. Haskell for three hours at Mr. Haskell's golf club in New Jersey on Sunday, according to two people with knowledge of the meeting.
  > anonymous_familiar | knowledge | two people with knowledge of the meeting | according to | <
Mr. Renfro spent Monday at the same club, and he told reporters afterward that the two men had talked about "trade, the courts and Tennessee barbecue."
  > named_official | renfro | he | told reporters afterward | >
He declined to say whether the campaign had asked him for his tax returns.
  > declined_comment | renfro | He | declined to say whether the campaign had asked him for his tax returns | - | resp=declined

A questionnaire the campaign sent to the finalists, parts of which Ms. Montoya read aloud to reporters in Phoenix on Monday, asks whether each candidate has ever been the subject of a complaint by an employee or owed back taxes.
  > document | questionnaire | A questionnaire the campaign sent to the finalists, parts of which Ms. Montoya read aloud to reporters in Phoenix on Monday | asks | >
Ms. Montoya said she had answered all 79 questions in four days.
  > named_official | montoya | Ms. Montoya | said | >
"I have nothing to hide, and I told them to look as hard as they want," she said.
  > named_official | montoya | she | said | <
A spokeswoman for the Haskell campaign said no decision had been made.
  > named_organization | campaign | A spokeswoman for the Haskell campaign | said | >

The vetting is being run by Keystone Research Group, a Washington opposition research company whose founders have screened running mates for two previous Republican nominees.
The company said in a brief statement that its work had begun in May and would be finished well before the convention.
  > named_organization | keystone | The company | said in a brief statement | >
A Texas oilman who has given more than $2 million to groups supporting Mr. Haskell said he had urged the candidate to choose Mr. Aldridge because "he can talk to people who don't like you."
  > named_person | castellaw | A Texas oilman who has given more than $2 million to groups supporting Mr. Haskell | said | >
The donor, Boyd Castellaw, said in an interview that Mr. Haskell had "listened and nodded, which is more than most of them do."
  > named_person | castellaw | The donor, Boyd Castellaw | said in an interview | >

Two Republican officials involved in planning the convention said party leaders had pressed Mr. Haskell to pick Mr. Aldridge, who is popular with evangelical voters and close to the party's major donors.
  > anonymous_official | gop-officials | Two Republican officials involved in planning the convention | said | >
The officials, who spoke on the condition of anonymity because they were not authorized to discuss the search, said Mr. Haskell had worried aloud that Mr. Aldridge was "too safe."
  > anonymous_official | gop-officials | The officials | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss the search
People close to Ms. Montoya say she has told allies she does not expect to be chosen.
  > anonymous_familiar | close-montoya | People close to Ms. Montoya | say | >
A Lakeview College poll released Wednesday found that 61 percent of Republican voters had no opinion of any of the three finalists.
  > document | poll | A Lakeview College poll released Wednesday | found | >
Some conservative activists have warned that choosing Mr. Renfro, who voted for a 2013 immigration bill, would anger the party's base.
  > anonymous_other | activists | Some conservative activists | have warned | >
Mr. Aldridge's office did not respond to requests for comment.
  > declined_comment | aldridge-office | Mr. Aldridge's office | did not respond to requests for comment | - | resp=no_response
The Indianapolis Ledger reported on Tuesday that Mr. Aldridge had canceled a trade mission to Japan scheduled for next week.
  > media_report | indy-ledger | The Indianapolis Ledger | reported | that Mr. Aldridge had canceled a trade mission to Japan scheduled for next week
Mr. Haskell stopped in Cincinnati on Tuesday night for a rally, where he did not mention the search.
Mr. Haskell had wanted to announce his pick at that rally, but the vetting of Mr. Aldridge's business dealings was not finished.
  > named_official | haskell | Mr. Haskell | had wanted | to announce his pick at that rally | nosrc
@excluded
Follow Nate Callahan on Twitter @ncallahan.
Get politics and Washington news updates via Facebook, Twitter and in our Campaign Trail newsletter.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
