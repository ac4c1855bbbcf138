"""Build corpus/articles/y.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (port_automation_dispute, youth_sports_abuse_probe, bridge_toll_increase,
arms_export_license, farm_subsidy_audit, pharmacy_chain_closures,
wolf_reintroduction_ranchers, earthquake_aftershock, four_day_school_week,
battery_plant_jobs_announcement, minor_league_team_sale, bid_rigging_sentencing), in the
voices of a wire service, a national paper with honorifics (Mr./Ms.), a local TV website, a
defense trade publication, a public radio site, a business desk, a magazine feature in the
present tense, a live blog with timestamps, a newspaper Q&A transcript with speaker labels
("Q:", "Mendez:"; the label is the source and its colon the cue, answer sentences after the
first are continuations), a rewrite of a company news release, a sports desk and a court
reporter. Each article is built to test source finding, typing and grouping: two people of
one gender and one role close together, then a pronoun that resolves to the second (two
union officers, two mothers, two executives, two board members, two neighbours, a
prosecutor and a defence lawyer); a person described first and named later (an assistant
coach, a commuter, a feed-store owner); anonymous officials with a stated reason for
anonymity (a port authority official, a federation official, congressional aides, a
wildlife officer, a state emergency official, a city official, a county commissioner);
people familiar with the matter repeated as "the people said" and "one of the people said";
vague anonymous sources ("some shippers say", "some parents say", "critics of the program
say", "some investors have questioned", "other contractors ... have long complained");
headline attributions that repeat a body source ("..., union says", "Inquiry Finds ...",
"..., filing shows", "Audit finds ...", "..., USGS says"); documents (a side agreement, a
law firm's report, emails, a securities filing, an audit, an analysis, an annual report, a
letter, a survey, a news release, an incentive agreement, city records, court filings, a
plea agreement, a docket); media reports (including the outlet's own earlier reporting);
all three kinds of non-answer, one of them an office that "said it does not comment on
pending applications"; quotes that run over several sentences and quotes continued after
"X said."; attributions whose source follows the cue ("said the woman, Shawna Briggs, a
certified nursing assistant"); "told reporters", "told lawmakers", "told the court",
"wrote in an email", "according to"; a former official now consulting, typed as a private
person; a defendant speaking for himself, typed as a private person; a rancher's want in
the reporter's own voice, marked not sourcing; and "told to leave", "added a second rink",
"noted for", "called off", "claims process" used where they are not cues. Four end with a
footer of excluded boilerplate. Nothing is trained or tuned on them.
Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_y.py [--render]
     python corpus/build_articles_y.py --check        (validate and render these articles; write nothing)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "y.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id y-port-automation-dispute-halvern
@style port_automation_dispute
Dockworkers walk off at Port of Halvern over automated cranes, union says
  > named_organization | union | union | says | Dockworkers walk off at Port of Halvern over automated cranes

HALVERN, Maine -- About 1,400 dockworkers walked off the job at the Port of Halvern on Tuesday, halting cargo at the state's busiest container terminal in a dispute over remotely operated cranes, the Coastal Dockworkers Union said.
  > named_organization | union | the Coastal Dockworkers Union | said | <
The union said the terminal's operator, Baltic Gate Terminals, began testing two automated stacking cranes last week without notifying workers, as its contract requires.
  > named_organization | union | The union | said | >
Truck drivers waiting at the terminal gate were told to leave by midafternoon, and at least three container ships were anchored offshore by evening.

Baltic Gate, a subsidiary of the Danish shipping group Norrvik, said in a statement that the cranes were part of a pilot program allowed under a 2021 side agreement and that no jobs would be lost.
  > named_organization | baltic-gate | Baltic Gate, a subsidiary of the Danish shipping group Norrvik | said in a statement | >
The company called the walkout "illegal" and said it would ask a federal judge to order the workers back.
  > named_organization | baltic-gate | The company | called | the walkout "illegal"
  > named_organization | baltic-gate | The company | said | it would ask a federal judge to order the workers back
Norrvik's headquarters in Copenhagen did not respond to a request for comment.
  > declined_comment | norrvik | Norrvik's headquarters in Copenhagen | did not respond to a request for comment | - | resp=no_response

Local 9 President Frank Albescu told reporters outside the gate that members would not return until the cranes were switched off.
  > named_official | albescu | Local 9 President Frank Albescu | told reporters outside the gate | >
"They want to run this port from a control room in Rotterdam," Albescu said.
  > named_official | albescu | Albescu | said | <
"We're not going to help them do it.
  > named_official | albescu | Albescu | - | *
Not one box moves until those cranes go quiet."
  > named_official | albescu | Albescu | - | *
The local's secretary-treasurer, Paul Dineen, said the union filed a grievance on Friday, the day it learned of the tests.
  > named_official | dineen | The local's secretary-treasurer, Paul Dineen | said | >
He said the company had turned down two requests for a meeting since then.
  > named_official | dineen | He | said | >

A copy of the 2021 side agreement reviewed by the Continental Press says the company may test "new cargo-handling technology" for up to 90 days but must give the union 30 days' written notice first.
  > document | side-agreement | A copy of the 2021 side agreement reviewed by the Continental Press | says | >
Baltic Gate said the notice requirement applies only to equipment used on working shifts, not to tests run at night.
  > named_organization | baltic-gate | Baltic Gate | said | >

Norrvik has spent about $90 million on automation equipment for Halvern since 2022, according to two people familiar with the company's plans.
  > anonymous_familiar | familiar | two people familiar with the company's plans | according to | <
The people, who asked not to be named because the plans have not been made public, said Norrvik intends to run the entire container yard with automated cranes by 2028.
  > anonymous_familiar | familiar | The people | said | > | anon=who asked not to be named because the plans have not been made public
One of the people said executives had discussed shifting some vessel calls to Halifax, Nova Scotia, if the walkout lasts more than a week.
  > anonymous_familiar | familiar | One of the people | said | >

A Maine Port Authority official, who spoke on condition of anonymity because the authority is not a party to the contract, said two ships bound for Halvern had already been diverted to Portland.
  > anonymous_official | mpa-official | A Maine Port Authority official | said | > | anon=who spoke on condition of anonymity because the authority is not a party to the contract
The official said the authority, which owns the terminal and leases it to Baltic Gate, had urged both sides to accept a federal mediator.
  > anonymous_official | mpa-official | The official | said | >
Gov. Ellen Marsh said she had spoken to both sides on Tuesday and asked them to "stop posturing."
  > named_official | marsh | Gov. Ellen Marsh | said | she had spoken to both sides on Tuesday
  > named_official | marsh | Gov. Ellen Marsh | asked | them to "stop posturing."
The Federal Mediation and Conciliation Service declined to comment.
  > declined_comment | fmcs | The Federal Mediation and Conciliation Service | declined to comment | - | resp=declined

Some shippers say the walkout could not have come at a worse time, with retailers stocking shelves for the holidays.
  > anonymous_other | shippers | Some shippers | say | >
The Portland Ledger reported on Monday that Baltic Gate had hired 40 crane technicians from a contractor in the Netherlands to run the new equipment.
  > media_report | ledger | The Portland Ledger | reported on Monday | >
Halvern handled about 410,000 containers last year, roughly four of every five that moved through Maine.
@excluded
Continental Press writer Sarah Oyelaran in Boston contributed to this report.
''')

ARTICLES.append(r'''
@id y-youth-sports-abuse-probe-lakeshore-hockey
@style youth_sports_abuse_probe
Inquiry Finds Youth Hockey League Ignored Years of Warnings About Coach
  > document | report | Inquiry | Finds | Youth Hockey League Ignored Years of Warnings About Coach

GREEN BAY, Wis. -- For at least six years, leaders of a Wisconsin youth hockey league received complaints that one of its most successful coaches berated, shoved and isolated players as young as 11, yet kept him behind the bench, according to a report released Thursday by a law firm the league hired to investigate.
  > document | report | a report released Thursday by a law firm the league hired to investigate | according to | <
The 84-page report, by the Milwaukee firm Castellan Reed, says the board of the Lakeshore Youth Hockey Association discussed the coach, Dale Vukovich, at nine meetings between 2017 and 2023 and never went further than a written warning.
  > document | report | The 84-page report, by the Milwaukee firm Castellan Reed | says | >
Mr. Vukovich, 52, who resigned in March, did not respond to messages left at his home and with his lawyer.
  > declined_comment | vukovich | Mr. Vukovich, 52, who resigned in March | did not respond to messages left at his home and with his lawyer | - | resp=no_response
The lawyer, Gregory Patz, said in a brief interview last month that his client had "never laid a hand on a child in anger" and had been "pushed out by a handful of angry parents."
  > named_official | patz | The lawyer, Gregory Patz | said in a brief interview last month | >

The association, noted for sending dozens of its players to college hockey, added a second rink to its arena in Ashwaubenon in 2016, a year after Mr. Vukovich's teams won back-to-back state titles.
Its president, Karen Lindahl, said in an interview on Thursday that the board had "failed these kids" and that all nine members who served during those years had agreed to step down.
  > named_official | lindahl | Its president, Karen Lindahl | said in an interview on Thursday | >
"We treated every complaint as a clash of personalities," Ms. Lindahl said.
  > named_official | lindahl | Ms. Lindahl | said | <
"We were wrong about that.
  > named_official | lindahl | Ms. Lindahl | - | *
We should have listened to the kids the first time."
  > named_official | lindahl | Ms. Lindahl | - | *

Tanya Oberg, whose son played for Mr. Vukovich from 2018 to 2020, said she complained to the board twice in writing.
  > named_person | oberg | Tanya Oberg, whose son played for Mr. Vukovich from 2018 to 2020 | said | >
Another mother, Jill Sorensen, said her complaint in 2021 was never answered.
  > named_person | sorensen | Another mother, Jill Sorensen | said | >
She said her son quit hockey the following season and still will not talk about it.
  > named_person | sorensen | She | said | >
"He loved that game more than anything," Ms. Sorensen said.
  > named_person | sorensen | Ms. Sorensen | said | <
Some parents say the report does not go far enough, because it does not name any of the board members who received the complaints.
  > anonymous_other | parents | Some parents | say | >

A former assistant coach who worked under Mr. Vukovich for three seasons told investigators that he saw him grab a 12-year-old by the face mask and pin him against the boards during a practice in 2019.
  > named_person | hurd | A former assistant coach who worked under Mr. Vukovich for three seasons | told investigators | >
The former assistant, Evan Hurd, now coaches a high school team in Minnesota.
In a phone interview, Mr. Hurd said he reported the incident to the league's coaching director that same week.
  > named_person | hurd | Mr. Hurd | said | >
"I thought that was the end of it," he said.
  > named_person | hurd | he | said | <
"I thought somebody would do something."
  > named_person | hurd | Mr. Hurd | - | *
Emails attached to the report show that the coaching director at the time, Mark Stearns, forwarded Mr. Hurd's account to two board members with the note "handle quietly."
  > document | emails | Emails attached to the report | show | >
Mr. Stearns, who left the association in 2022, could not be reached for comment.
  > declined_comment | stearns | Mr. Stearns, who left the association in 2022 | could not be reached for comment | - | resp=unreachable

The Wisconsin Amateur Hockey Federation, which certifies coaches in the state, said in a statement that it "takes every report of abuse seriously" and was reviewing the findings.
  > named_organization | federation | The Wisconsin Amateur Hockey Federation, which certifies coaches in the state | said in a statement | >
A federation official, who spoke on the condition of anonymity because the federation's own review is continuing, said Mr. Vukovich's coaching credential had been suspended in April.
  > anonymous_official | fed-official | A federation official | said | > | anon=who spoke on the condition of anonymity because the federation's own review is continuing
The Brown County Sheriff's Office said it opened an investigation in the spring.
  > named_organization | sheriff | The Brown County Sheriff's Office | said | >
A spokesman for the office declined to say whether charges were being considered.
  > declined_comment | sheriff | A spokesman for the office | declined to say whether charges were being considered | - | resp=declined
The Fox Valley Herald first reported the complaints against Mr. Vukovich in February.
  > media_report | herald | The Fox Valley Herald | first reported | the complaints against Mr. Vukovich
''')

ARTICLES.append(r'''
@id y-bridge-toll-increase-calder-river
@style bridge_toll_increase
Calder River Bridge toll to jump to $6 in July, authority says
  > named_organization | authority | authority | says | Calder River Bridge toll to jump to $6 in July

RIVERTON, Ky. -- Drivers crossing the Calder River Bridge will pay $6 each way starting July 1, up from $4.25, after the Tri-County Bridge Authority's board approved the increase in a 5-2 vote Wednesday night.
The authority said the money will pay for a $310 million project to replace the bridge deck and repaint its steel, and for debt left over from the bridge's 2009 widening.
  > named_organization | authority | The authority | said | >
It is the first toll increase since 2014.

"We've patched it and patched it," said Lorraine Pike, the authority's executive director.
  > named_official | pike | Lorraine Pike, the authority's executive director | said | <
"At this point the patches are holding up the patches."
  > named_official | pike | Lorraine Pike | - | *
Pike told KXRT after the meeting that a discount for low-income drivers is "on the table" but would not be ready by July.
  > named_official | pike | Pike | told KXRT after the meeting | >

Two board members voted against the increase.
Board member Carl Jessup of Hollis said the authority should have phased it in over three years.
  > named_official | jessup | Board member Carl Jessup of Hollis | said | >
Board member Dennis Ott, who also voted no, said the authority never asked the state for help.
  > named_official | ott | Board member Dennis Ott, who also voted no | said | >
He said Kentucky paid for half of a similar project on the Ohio River two years ago.
  > named_official | ott | He | said | >
"Nobody in Frankfort even got a phone call," Ott said.
  > named_official | ott | Ott | said | <

The Kentucky Transportation Cabinet did not respond to KXRT's request for comment Thursday.
  > declined_comment | cabinet | The Kentucky Transportation Cabinet | did not respond to KXRT's request for comment Thursday | - | resp=no_response
A state transportation official, who asked not to be named because the cabinet has not taken a position on the toll, said the authority never filed a formal request for state money.
  > anonymous_official | state-official | A state transportation official | said | > | anon=who asked not to be named because the cabinet has not taken a position on the toll

A woman who drives across the bridge twice a day from Hollis to her job at a Riverton nursing home said the increase will cost her about $17 a week.
  > named_person | briggs | A woman who drives across the bridge twice a day from Hollis to her job at a Riverton nursing home | said | >
"Nobody's giving me a raise to cover it," said the woman, Shawna Briggs, a certified nursing assistant.
  > named_person | briggs | the woman, Shawna Briggs, a certified nursing assistant | said | <
Some business owners on the Hollis side of the river say customers have already started shopping closer to home.
  > anonymous_other | owners | Some business owners on the Hollis side of the river | say | >
"I lost my Saturday traffic the last time they raised it," said Ray Tamblyn, who owns Tamblyn's Hardware on Front Street.
  > named_person | tamblyn | Ray Tamblyn, who owns Tamblyn's Hardware on Front Street | said | <
"I'll lose it again."
  > named_person | tamblyn | Ray Tamblyn | - | *

A traffic study commissioned by the authority projects that the higher toll will cut daily crossings by about 4 percent, to roughly 31,000 vehicles.
  > document | study | A traffic study commissioned by the authority | projects | >
KXRT first reported in March that the authority was weighing an increase of as much as $2.
  > media_report | kxrt | KXRT | first reported in March | >
The authority called off a separate plan to charge trucks by the axle after trucking companies objected.
Drivers who were billed twice during last summer's RiverPass billing glitch can still file through the claims process on the authority's website until May 31, the authority said.
  > named_organization | authority | the authority#2 | said | <
@excluded
Copyright 2025 KXRT. All rights reserved.
Download the KXRT 6 News app for traffic alerts on the Calder River Bridge.
''')

ARTICLES.append(r'''
@id y-arms-export-license-trenholm-veradia
@style arms_export_license
Trenholm's Veradia drone-engine license stalled at State Department, filing shows
  > document | 10q | filing | shows | Trenholm's Veradia drone-engine license stalled at State Department

Trenholm Aero Systems' application to export 220 heavy-fuel engines for Veradia's armed drone fleet has been pending at the State Department for more than 14 months, according to the company's quarterly filing with the Securities and Exchange Commission on Monday.
  > document | 10q | the company's quarterly filing with the Securities and Exchange Commission on Monday | according to | <
The filing says the order, worth about $186 million, would be the largest in the Wichita company's history and warns that a denial "could have a material adverse effect" on 2026 revenue.
  > document | 10q | The filing | says | the order, worth about $186 million, would be the largest in the Wichita company's history
  > document | 10q | The filing | warns | that a denial "could have a material adverse effect" on 2026 revenue
Trenholm, noted for compact engines that run on jet fuel rather than gasoline, has never before sold to a Middle Eastern air force.

Chief executive Roland Faber told analysts on an earnings call Tuesday that Trenholm remained "confident" the license would be approved before the end of the year.
  > named_official | faber | Chief executive Roland Faber | told analysts on an earnings call Tuesday | >
Faber said the company had already built about 40 of the engines and was storing them at its plant in Wichita.
  > named_official | faber | Faber | said | >
Chief financial officer Neil Brandt said on the same call that the company had left the Veradia order out of its 2026 forecast.
  > named_official | brandt | Chief financial officer Neil Brandt | said on the same call | >
He said Trenholm would not build more of the engines until the license came through.
  > named_official | brandt | He | said | >
A Trenholm spokeswoman, Dana Ruelle, wrote in an email that the company "follows every step of the export control process" and had answered all of the department's questions.
  > named_official | ruelle | A Trenholm spokeswoman, Dana Ruelle | wrote in an email | >

The license has been on hold since early this year at the request of Sen. Marian Coyle of Oregon, the top Democrat on the Foreign Relations Committee, according to two congressional aides.
  > anonymous_official | aides | two congressional aides | according to | <
The aides, who spoke on condition of anonymity because the committee's review of arms exports is confidential, said Coyle had asked the department how Veradia's border guards use drones along the country's northern frontier.
  > anonymous_official | aides | The aides | said | > | anon=who spoke on condition of anonymity because the committee's review of arms exports is confidential
Coyle's office declined to comment.
  > declined_comment | coyle | Coyle's office | declined to comment | - | resp=declined
The Directorate of Defense Trade Controls, the State Department office that reviews the licenses, said it does not comment on pending applications.
  > declined_comment | ddtc | The Directorate of Defense Trade Controls, the State Department office that reviews the licenses | said it does not comment on pending applications | - | resp=declined
The Veradian Embassy in Washington did not respond to an email.
  > declined_comment | embassy | The Veradian Embassy in Washington | did not respond to an email | - | resp=no_response

Border Rights Watch, a Geneva-based advocacy group, said in a letter to the department in August that Veradian guards had used drones to track migrants and to direct patrols that detained them in the desert.
  > named_organization | brw | Border Rights Watch, a Geneva-based advocacy group | said in a letter to the department in August | >
The letter says 31 migrants interviewed in camps across the border described being followed by drones before they were arrested.
  > document | brw-letter | The letter | says | >
Some export-control lawyers say the hold reflects a broader slowdown in approvals for drone-related exports.
  > anonymous_other | lawyers | Some export-control lawyers | say | >
"Anything with the word drone in the description is getting a second and third look," said Irene Castaneda, a former Commerce Department licensing officer who now advises defense companies.
  > named_person | castaneda | Irene Castaneda, a former Commerce Department licensing officer who now advises defense companies | said | <

Veradia has also approached a Turkish engine maker, Kaynak Motor, about a substitute, according to a person briefed on the talks.
  > anonymous_familiar | briefed | a person briefed on the talks | according to | <
Kaynak did not respond to questions sent to its offices in Ankara.
  > declined_comment | kaynak | Kaynak | did not respond to questions sent to its offices in Ankara | - | resp=no_response
Trenholm shares fell 6 percent on Monday after the filing was posted.
Defense Trade Monitor first reported the Veradia order in March 2024.
  > media_report | dtm | Defense Trade Monitor | first reported | the Veradia order
@excluded
Subscribe to Defense Trade Monitor for daily export-control coverage.
Related: Drone engine exports under review at State
''')

ARTICLES.append(r'''
@id y-farm-subsidy-audit-kansas-drought
@style farm_subsidy_audit
Audit finds Kansas drought aid went to farms that didn't qualify
  > document | audit | Audit | finds | Kansas drought aid went to farms that didn't qualify

TOPEKA, Kan. -- A state program meant to carry Kansas farmers through the 2023 drought paid about $11 million to farms that did not qualify, including some with no crops in the ground that year, according to an audit released Tuesday by the Legislative Post Audit Committee.
  > document | audit | an audit released Tuesday by the Legislative Post Audit Committee | according to | <
The audit found that the Kansas Department of Agriculture approved more than 600 applications without checking them against federal crop insurance records the state already had.
  > document | audit | The audit | found | >
Applicants were told to fill out a one-page form and sign a statement that they had lost at least 30 percent of a crop.

Paul Gruber, the auditor who led the review, told lawmakers on Tuesday that the department had "essentially taken applicants at their word."
  > named_official | gruber | Paul Gruber, the auditor who led the review | told lawmakers on Tuesday | >
Agriculture Secretary Wes Hadley, who testified after him, said his department had eight weeks to distribute $48 million with a staff of six.
  > named_official | hadley | Agriculture Secretary Wes Hadley, who testified after him | said | >
He said the department has already sent letters to 140 farms asking for the money back.
  > named_official | hadley | He | said | >
"We made mistakes," Hadley said.
  > named_official | hadley | Hadley | said | <
"The Legislature asked us to get money out the door fast, and we did that.
  > named_official | hadley | Hadley | - | *
We did not have time to build a perfect system."
  > named_official | hadley | Hadley | - | *

Emails obtained by Kansas Public Radio through an open-records request show that program staff raised concerns about duplicate applications in August 2023, two weeks after the first checks went out.
  > document | emails | Emails obtained by Kansas Public Radio through an open-records request | show | >
In one, a program manager, Lisa Carver, wrote that "we are paying some of these twice."
  > named_official | carver | a program manager, Lisa Carver | wrote | >
Carver, who left the department last year, could not be reached.
  > declined_comment | carver | Carver, who left the department last year | could not be reached | - | resp=unreachable

The department hired a private vendor, AgriPay Solutions of Omaha, to run the program's claims process.
AgriPay said in a statement that it processed applications "exactly as the department directed."
  > named_organization | agripay | AgriPay | said in a statement | >

Norm Friesen, who grows wheat and sorghum near Hays, received $9,000 from the program.
He said he still isn't sure whether he will have to pay it back.
  > named_person | friesen | He | said | >
"Nobody ever called me to check anything," Friesen said.
  > named_person | friesen | Friesen | said | <
A farmer in Ness County who received $62,000, and who asked that his name not be used because he is negotiating with the department over repayment, said he had rented his ground to a neighbor in 2023 and did not know that made him ineligible.
  > anonymous_other | ness-farmer | A farmer in Ness County who received $62,000 | said | > | anon=who asked that his name not be used because he is negotiating with the department over repayment

Sen. Carol Ambrose, a Dodge City Republican who chairs the Senate Agriculture Committee, said she will introduce a bill requiring the department to check future disaster applications against federal records.
  > named_official | ambrose | Sen. Carol Ambrose, a Dodge City Republican who chairs the Senate Agriculture Committee | said | >
Critics of the program say the problem was not speed but a department that ignored its own staff.
  > anonymous_other | critics | Critics of the program | say | >
The Salina Courier reported last year that at least two county commissioners had received payments from the program.
  > media_report | courier | The Salina Courier | reported last year | >
The Kansas Farm Bureau declined to comment on the audit.
  > declined_comment | farm-bureau | The Kansas Farm Bureau | declined to comment on the audit | - | resp=declined
''')

ARTICLES.append(r'''
@id y-pharmacy-chain-closures-medwell
@style pharmacy_chain_closures
MedWell to close 340 pharmacies as drug payments shrink

MedWell Pharmacy Inc. will close 340 of its 2,100 stores over the next nine months, the company said Thursday, the latest sign of strain in a retail pharmacy business squeezed by shrinking drug reimbursements and years of opioid litigation.
  > named_organization | medwell | the company | said Thursday | MedWell Pharmacy Inc. will close 340 of its 2,100 stores over the next nine months
The Cincinnati-based chain said it expects to record about $410 million in charges tied to the closures and will cut about 3,800 jobs.
  > named_organization | medwell | The Cincinnati-based chain | said | >
Shares fell 9 percent to $14.62 in afternoon trading.

Chief Executive Janet Okoye told analysts on a conference call that the stores being closed had lost money for at least two years.
  > named_official | okoye | Chief Executive Janet Okoye | told analysts on a conference call | >
She called the decision "painful but necessary."
  > named_official | okoye | She | called | the decision "painful but necessary."
Chief Financial Officer Priya Raman said the company had renegotiated its contracts with two of the three largest pharmacy benefit managers.
  > named_official | raman | Chief Financial Officer Priya Raman | said | >
She said MedWell expects nearby stores to keep about 60 percent of the prescriptions now filled at the locations that close.
  > named_official | raman | She | said | >
"Patients follow their pharmacist," Raman said.
  > named_official | raman | Raman | said | <
"When we close a store, we move the files and most of the staff to the nearest MedWell.
  > named_official | raman | Raman | - | *
Most of the patients come with them."
  > named_official | raman | Raman | - | *

A securities filing lists the stores to be closed, including 41 in Ohio and 38 in Pennsylvania.
  > document | filing | A securities filing | lists | >
In many rural counties, MedWell is the only pharmacy left, according to an analysis by researchers at Lakeview State University.
  > document | analysis | an analysis by researchers at Lakeview State University | according to | <
The analysis found that 63 of the stores on the closing list are the only pharmacy within 10 miles.
  > document | analysis | The analysis | found | >
"For a lot of older people in those towns, that's the difference between getting a prescription and not getting it," said Helen Osei, a professor of pharmacy who led the analysis.
  > named_person | osei | Helen Osei, a professor of pharmacy who led the analysis | said | <

MedWell's board has also held early talks with private equity firms about taking the company private, according to three people familiar with the matter, who asked not to be identified because the discussions are confidential.
  > anonymous_familiar | familiar | three people familiar with the matter | according to | MedWell's board has also held early talks with private equity firms about taking the company private | anon=who asked not to be identified because the discussions are confidential
The people said no offer has been made.
  > anonymous_familiar | familiar | The people | said | >
One of the people said the firms include Harbor Ridge Capital, which bought the drugstore chain Corvell in 2019.
  > anonymous_familiar | familiar | One of the people | said | >
Harbor Ridge declined to comment.
  > declined_comment | harbor-ridge | Harbor Ridge | declined to comment | - | resp=declined
A MedWell spokesman declined to comment on the talks.
  > declined_comment | medwell | A MedWell spokesman | declined to comment on the talks | - | resp=declined
Market Ledger reported last month that MedWell had hired restructuring advisers.
  > media_report | market-ledger | Market Ledger | reported last month | >

The company has retreated before.
MedWell added walk-in clinics to about 300 stores in 2021, then called off the rest of the rollout a year later when the clinics lost money.
Some investors have questioned whether closing stores is enough while reimbursements keep falling.
  > anonymous_other | investors | Some investors | have questioned | >
"This is not the last round," said Morris Feld, a retail analyst at Dunmore & Pike.
  > named_person | feld | Morris Feld, a retail analyst at Dunmore & Pike | said | <
"Every chain is doing the same math, and the math keeps getting worse."
  > named_person | feld | Morris Feld | - | *
The union representing about 2,000 MedWell pharmacists, United Pharmacy Workers, did not respond to a request for comment.
  > declined_comment | upw | The union representing about 2,000 MedWell pharmacists, United Pharmacy Workers | did not respond to a request for comment | - | resp=no_response
''')

ARTICLES.append(r'''
@id y-wolf-reintroduction-ranchers-elk-basin
@style wolf_reintroduction_ranchers
The Wolves Come Back to Elk Basin

On a gray morning in late October, Hank Dressler kneels beside what is left of a yearling calf and counts the bite marks on its hind legs.
"That's the third one since August," he says, standing up slowly.
  > named_person | dressler | he | says | <
Dressler, 61, runs about 400 cattle on leased ground along the North Fork of the Elk River in western Colorado, a few miles from where state biologists released the first wolves of a reintroduction program two winters ago.
He has been through the state's claims process twice and says it takes months to get paid.
  > named_person | dressler | He | says | >
Dressler wants the state to let ranchers shoot any wolf caught attacking livestock on private land.
  > named_person | dressler | Dressler | wants | the state to let ranchers shoot any wolf caught attacking livestock on private land | nosrc

His neighbor, Curt Bollinger, has not lost a single animal to wolves.
He says the real cost is the time: he now rides his fences twice a day and has hired a range rider for the summer.
  > named_person | bollinger | He | says | >
"I used to check on cows," Bollinger says.
  > named_person | bollinger | Bollinger | says | <
"Now I check on wolves."
  > named_person | bollinger | Bollinger | - | *

Ana Whitfield, who coordinates the wolf program for the Colorado Division of Wildlife, says the state has confirmed 11 livestock kills by wolves in Elk County this year.
  > named_official | whitfield | Ana Whitfield, who coordinates the wolf program for the Colorado Division of Wildlife | says | >
"We know the wolves are killing cattle here," Whitfield says.
  > named_official | whitfield | Whitfield | says | <
"We are not trying to hide from that.
  > named_official | whitfield | Whitfield | - | *
We are trying to pay for it fairly and quickly."
  > named_official | whitfield | Whitfield | - | *
The division says it has paid $212,000 in compensation statewide since the program began.
  > named_organization | cdw | The division | says | >
Its annual report, released in June, counts 23 wolves in four packs.
  > document | annual-report | Its annual report, released in June | counts | >

A wildlife officer who has worked in the basin for a decade, and who asks not to be named because officers are not allowed to speak to reporters, says some ranchers have stopped reporting kills because the paperwork is not worth it.
  > anonymous_official | officer | A wildlife officer who has worked in the basin for a decade | says | > | anon=who asks not to be named because officers are not allowed to speak to reporters
Tomas Rivera, an ecologist at Western Slope University who has tracked the North Fork pack by radio collar, says its wolves still eat mostly elk.
  > named_person | rivera | Tomas Rivera, an ecologist at Western Slope University who has tracked the North Fork pack by radio collar | says | >
He says calves are easy prey in spring, when they are small and the elk herds have moved up the mountain.
  > named_person | rivera | He | says | >
Wolf advocates say the kills are a small price for restoring a predator that was wiped out in the state by the 1940s.
  > anonymous_other | advocates | Wolf advocates | say | >
Some ranchers in the basin believe the state released more wolves than it has admitted.
  > anonymous_other | ranchers | Some ranchers in the basin | believe | >

The owner of the feed store in Collbran, a former schoolteacher who bought the business in 2015, says about half her customers have now seen wolves.
  > named_person | marchetti | The owner of the feed store in Collbran, a former schoolteacher who bought the business in 2015 | says | >
Her name is Liz Marchetti, and she keeps a petition against the North Fork pack on the counter by the register.
Marchetti says it has 900 signatures.
  > named_person | marchetti | Marchetti | says | >
A letter the Elk County commissioners sent to Gov. Samuel Okada in September asks the state to move the pack to a wilderness area farther south.
  > document | letter | A letter the Elk County commissioners sent to Gov. Samuel Okada in September | asks | >
The governor's office did not respond to questions about the letter.
  > declined_comment | governor | The governor's office | did not respond to questions about the letter | - | resp=no_response
The Grand Valley Sentinel reported in August that two wolves from the pack had been seen inside the town limits of Collbran.
  > media_report | sentinel | The Grand Valley Sentinel | reported in August | >

Back at the calf, Dressler pulls out his phone and photographs the carcass for the claim.
"They'll send somebody out in a day or two," he says.
  > named_person | dressler | he | says | <
"By then the birds will have it."
  > named_person | dressler | Dressler | - | *
''')

ARTICLES.append(r'''
@id y-earthquake-aftershock-corvallo-live
@style earthquake_aftershock
Live updates: Magnitude 5.8 aftershock rattles Corvallo Valley, USGS says
  > named_organization | usgs | USGS | says | Magnitude 5.8 aftershock rattles Corvallo Valley

4:20 p.m.

The U.S. Geological Survey now says Wednesday's aftershock, which struck at 2:51 p.m., was a magnitude 5.8, revised down from an initial estimate of 6.0.
  > named_organization | usgs | The U.S. Geological Survey | says | >
USGS seismologist Maya Lindqvist told reporters in Pasadena that there is about a 1-in-10 chance of another aftershock of magnitude 5 or larger in the coming week.
  > named_official | lindqvist | USGS seismologist Maya Lindqvist | told reporters in Pasadena | >
"This sequence is behaving the way we expect it to," she said.
  > named_official | lindqvist | she | said | <
"Normal is still dangerous.
  > named_official | lindqvist | Lindqvist | - | *
People should sleep where they can get out quickly."
  > named_official | lindqvist | Lindqvist | - | *
The aftershock followed Sunday's magnitude 6.4 main shock, which damaged more than 300 buildings in the valley.

3:55 p.m.

Corvallo County Sheriff Dan Ruiz said two people were hurt when a brick facade fell onto a sidewalk on Main Street in Santa Inés.
  > named_official | ruiz | Corvallo County Sheriff Dan Ruiz | said | >
Fire Chief Luis Ortega said crews were searching a collapsed carport on Palm Avenue.
  > named_official | ortega | Fire Chief Luis Ortega | said | >
He said no one was believed to be inside.
  > named_official | ortega | He | said | >

3:30 p.m.

Residents of the Vista del Sol mobile home park were told to leave after a gas line ruptured near the park's entrance, according to Corvallo Valley Gas.
  > named_organization | cv-gas | Corvallo Valley Gas | according to | <
The utility said it had shut off gas to about 600 customers as a precaution.
  > named_organization | cv-gas | The utility | said | >
Carla Benavides, 70, said she was standing at her kitchen sink when the dishes started jumping.
  > named_person | benavides | Carla Benavides, 70 | said | >
Her neighbor, Rosa Quintero, said she ran outside barefoot with her granddaughter.
  > named_person | quintero | Her neighbor, Rosa Quintero | said | >
She said the two of them would spend the night at the Red Cross shelter at Santa Inés High School.
  > named_person | quintero | She | said | >

3:10 p.m.

Corvallo Valley Medical Center said it had treated 14 people for minor injuries since the aftershock.
  > named_organization | hospital | Corvallo Valley Medical Center | said | >
A hospital spokeswoman said engineers inspected the building after the shaking and found no new damage.
  > named_organization | hospital | A hospital spokeswoman | said | >
A state emergency official, speaking on condition of anonymity because the governor had not yet announced the decision, said the state would ask for a federal emergency declaration.
  > anonymous_official | state-official | A state emergency official | said | > | anon=speaking on condition of anonymity because the governor had not yet announced the decision
The official said the request could go to Washington as soon as Thursday.
  > anonymous_official | state-official | The official | said | >

2:58 p.m.

KCVR reported that shelves collapsed inside a grocery store in Mirada, injuring a clerk.
  > media_report | kcvr | KCVR | reported | >
The state Department of Transportation said it was inspecting every bridge on Highway 46 and had closed one overpass near Mirada.
  > named_organization | dot | The state Department of Transportation | said | >
Pacific Rail did not immediately respond to questions about whether freight trains through the valley had been stopped.
  > declined_comment | pacific-rail | Pacific Rail | did not immediately respond to questions about whether freight trains through the valley had been stopped | - | resp=no_response
Some residents said on social media that they felt the aftershock as far north as Fresno.
  > anonymous_other | residents | Some residents | said on social media | >

2:53 p.m.

A county survey completed in 2019 identified 212 unreinforced brick buildings in the valley, most of them in downtown Santa Inés.
  > document | survey | A county survey completed in 2019 | identified | >
The Santa Inés Unified School District could not be reached about whether schools would open Thursday.
  > declined_comment | district | The Santa Inés Unified School District | could not be reached | - | resp=unreachable
Santa Inés has called off its Thursday farmers market.
@excluded
This live blog has ended. See our full coverage of the Corvallo Valley earthquakes.
Share this live blog: Facebook | X | Email
''')

ARTICLES.append(r'''
@id y-four-day-school-week-harlan-valley-qa
@style four_day_school_week
Q&A: Harlan Valley's superintendent on why the district is moving to a four-day week

The Harlan Valley School Board voted 4-3 last week to move the district's 2,300 students to a four-day school week in August, joining more than two dozen rural Missouri districts that have made the switch.
Superintendent Ramona Mendez, who proposed the change, says it is the one thing the district can offer teachers that richer districts nearby cannot.
  > named_official | mendez | Superintendent Ramona Mendez, who proposed the change | says | >
Some parents say the new schedule will leave them scrambling for child care on Mondays.
  > anonymous_other | parents | Some parents | say | >
The Harlan Valley Courier spoke with Mendez on Friday in her office.
The interview has been edited for length and clarity.

Q: Why a four-day week?

Mendez: We lost 19 teachers last year, out of about 160.
  > named_official | mendez | Mendez | : | >
Exit surveys told us the same thing over and over, that the pay in Springfield is better and we can't match it.
  > named_official | mendez | Mendez | - | *
What we can offer is time.
  > named_official | mendez | Mendez | - | *

Q: Some districts that switched have seen test scores fall.
Does that worry you?

Mendez: It does.
  > named_official | mendez | Mendez | : | >
The research is mixed.
  > named_official | mendez | Mendez | - | *
A study out of the state university found small drops in math in some districts and no change in others.
  > named_official | mendez | Mendez | - | *
We're going to use Mondays for tutoring for the kids who are behind, so for them it's actually more school, not less.
  > named_official | mendez | Mendez | - | *

Q: What happens to families who can't find child care on Mondays?

Mendez: We're opening two elementary schools on Mondays for a supervised day program.
  > named_official | mendez | Mendez | : | >
It's free for families who qualify for free lunch and $15 a day for everyone else.
  > named_official | mendez | Mendez | - | *
The Harlan Valley YMCA has agreed to run it.
  > named_official | mendez | Mendez | - | *

Q: Three board members voted no.
What did you hear from them?

Mendez: Mostly that it happened too fast, and that's fair.
  > named_official | mendez | Mendez | : | >
I'd rather have had another year.
  > named_official | mendez | Mendez | - | *
But I'm not going to lose another 19 teachers while we talk about it.
  > named_official | mendez | Mendez | - | *

After the interview, the district released a survey of 410 parents taken in the spring.
The survey found that 58 percent of parents supported the change and 31 percent opposed it.
  > document | survey | The survey | found | >
Board member Linda Cho, who voted against the change, said in a phone interview Saturday that the survey was taken before the district had a child care plan.
  > named_official | cho | Board member Linda Cho, who voted against the change | said in a phone interview Saturday | >
She said she worries most about families on farms far from the two schools that will be open on Mondays.
  > named_official | cho | She | said | >
"Those are the families who can least afford to drive 30 miles twice on a day off," Cho said.
  > named_official | cho | Cho | said | <
The Missouri Department of Elementary and Secondary Education declined to comment on the district's plan.
  > declined_comment | dese | The Missouri Department of Elementary and Secondary Education | declined to comment on the district's plan | - | resp=declined
Superintendents in two neighboring districts that made the switch in 2022 did not respond to messages this week.
  > declined_comment | neighbors | Superintendents in two neighboring districts that made the switch in 2022 | did not respond to messages this week | - | resp=no_response
''')

ARTICLES.append(r'''
@id y-battery-plant-jobs-announcement-voltaris
@style battery_plant_jobs_announcement
Voltaris to build $1.2 billion battery plant near Ardmore, promising 1,100 jobs

ARDMORE, Okla. -- Voltaris Energy, a maker of batteries for electric trucks and power-grid storage, will build a $1.2 billion factory in the Ardmore Industrial Park and hire about 1,100 workers by 2029, the company said in a news release Monday.
  > named_organization | voltaris | the company | said in a news release Monday | <
Construction will begin next spring, and the first production line is scheduled to open in late 2027, according to the release.
  > document | release | the release | according to | <
"Ardmore has the workforce, the rail access and the power we need to grow," Voltaris Chief Executive Karl Voss said in the release.
  > named_official | voss | Voltaris Chief Executive Karl Voss | said in the release | <
"We looked at 40 sites in nine states.
  > named_official | voss | Voss | - | *
This one wasn't close."
  > named_official | voss | Voss | - | *
Gov. Marla Henning said in the same release that the plant would be "the largest private investment in southern Oklahoma in a generation."
  > named_official | henning | Gov. Marla Henning | said in the same release | >

The Oklahoma Department of Commerce said the state will provide $145 million in incentives, including a $90 million cash grant tied to hiring targets and $55 million for roads, rail spurs and worker training.
  > named_organization | commerce | The Oklahoma Department of Commerce | said | >
The company must repay part of the grant if it falls short of 1,100 jobs by 2029, according to the incentive agreement, which the Commerce Department posted on its website.
  > document | agreement | the incentive agreement, which the Commerce Department posted on its website | according to | <
A Voltaris spokeswoman, Erin Lasko, wrote in an email that the average wage at the plant would be "above $26 an hour," not counting benefits.
  > named_official | lasko | A Voltaris spokeswoman, Erin Lasko | wrote in an email | >
Lasko declined to say how many of the jobs would require a college degree.
  > declined_comment | lasko | Lasko | declined to say how many of the jobs would require a college degree | - | resp=declined

Jim Talley, president of the Ardmore Development Authority, said the authority had courted Voltaris for 18 months under the code name "Project Lantern."
  > named_official | talley | Jim Talley, president of the Ardmore Development Authority | said | >
Ardmore Mayor Doug Pruitt said the city would extend water and sewer lines to the site by next fall.
  > named_official | pruitt | Ardmore Mayor Doug Pruitt | said | >
He said the city would pay for the work with a bond that voters approved in 2023.
  > named_official | pruitt | He | said | >
Southern Oklahoma Technology Center added a wing for battery technician training last year.

The company had also considered sites in Arkansas and Texas, according to a person familiar with the site search, who was not authorized to discuss it publicly.
  > anonymous_familiar | familiar | a person familiar with the site search | according to | The company had also considered sites in Arkansas and Texas | anon=who was not authorized to discuss it publicly
The person said Texas offered more money but could not guarantee enough electricity by 2027.
  > anonymous_familiar | familiar | The person | said | >
Voltaris, which is based in Ann Arbor, Mich., and backed by the Singapore fund Meridian Tan Holdings, lost $212 million last year, according to its most recent annual report.
  > document | annual-report | its most recent annual report | according to | <
The company declined to say whether Meridian would put up money for the Ardmore plant.
  > declined_comment | voltaris | The company | declined to say whether Meridian would put up money for the Ardmore plant | - | resp=declined

Some economists are skeptical that cash grants of this size pay for themselves.
  > anonymous_other | economists | Some economists | are skeptical | >
"Oklahoma is paying about $130,000 per job," said Ruth Ackerly, an economist at Southeastern Plains University who studies state incentive deals.
  > named_person | ackerly | Ruth Ackerly, an economist at Southeastern Plains University who studies state incentive deals | said | <
"That can work out, but only if the jobs are still there in 10 years."
  > named_person | ackerly | Ruth Ackerly | - | *
The Ardmore Register first reported Voltaris' interest in the site in June.
  > media_report | register | The Ardmore Register | first reported | Voltaris' interest in the site
@excluded
Have a news tip? Email the Register's business desk.
''')

ARTICLES.append(r'''
@id y-minor-league-team-sale-river-hogs
@style minor_league_team_sale
River Hogs sold to Atlanta group that says the team is staying in Cedar Falls
  > named_organization | diamond-row | Atlanta group | says | the team is staying in Cedar Falls

CEDAR FALLS, Iowa -- The Cedar Falls River Hogs have been sold to Diamond Row Partners, an Atlanta investment group that owns five other minor league clubs, the team announced Tuesday.
  > named_organization | river-hogs | the team | announced Tuesday | <
The price was not disclosed, but it was about $32 million, according to two people familiar with the deal.
  > anonymous_familiar | familiar | two people familiar with the deal | according to | it was about $32 million
The people, who spoke on condition of anonymity because the sale still needs approval from the Central League, said the deal is expected to close in January.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on condition of anonymity because the sale still needs approval from the Central League
The league office did not return a message Tuesday.
  > declined_comment | league | The league office | did not return a message Tuesday | - | resp=no_response

Longtime owner Bud Harlan, 78, said in a statement that his family had "run this ballclub through floods, a fire and a pandemic" and that it was time for someone younger to carry it.
  > named_official | harlan | Longtime owner Bud Harlan, 78 | said in a statement | >
Diamond Row said in its own statement that it would keep the team's name and its front-office staff.
  > named_organization | diamond-row | Diamond Row | said in its own statement | >
Its managing partner, Chris Ebersole, told reporters at Riverside Park that the group has "no intention" of moving the team.
  > named_official | ebersole | Its managing partner, Chris Ebersole | told reporters at Riverside Park | >
"We don't buy teams to move them," Ebersole said.
  > named_official | ebersole | Ebersole | said | <
"We buy them to fill the seats."
  > named_official | ebersole | Ebersole | - | *
He said the group wants a new lease in place before the 2026 season.
  > named_official | ebersole | He | said | >

The team's lease at Riverside Park expires after the 2026 season, according to city records.
  > document | city-records | city records | according to | <
City Manager Joanne Pratt said the city had not yet received a proposal from the new owners.
  > named_official | pratt | City Manager Joanne Pratt | said | >
A city official involved in the early lease talks, who asked not to be named because formal negotiations have not begun, said Diamond Row has floated a request for about $18 million in stadium upgrades, including new clubhouses and lights.
  > anonymous_official | city-official | A city official involved in the early lease talks | said | > | anon=who asked not to be named because formal negotiations have not begun
Baseball Ledger reported last month that Diamond Row moved one of its teams from Bowling Green, Ky., to Tennessee in 2022 after a lease dispute.
  > media_report | ledger | Baseball Ledger | reported last month | >

Riverside Park, noted for its short right-field porch and its view of the Cedar River, opened in 1938.
Manager Tony Brisco said his players learned about the sale from a team group chat.
  > named_official | brisco | Manager Tony Brisco | said | >
"Guys were asking me if they'd still get paid," Brisco said, laughing.
  > named_official | brisco | Brisco | said | <
Some season-ticket holders worry that the new owners will raise prices.
  > anonymous_other | ticket-holders | Some season-ticket holders | worry | >
"I've had the same two seats behind the dugout since 1994," said Darlene Kuehl of Waterloo.
  > named_person | kuehl | Darlene Kuehl of Waterloo | said | <
"If they double the price, I'm out."
  > named_person | kuehl | Darlene Kuehl | - | *
Harlan's son, Matt Harlan, the team's general manager, could not be reached for comment.
  > declined_comment | matt-harlan | Harlan's son, Matt Harlan, the team's general manager | could not be reached for comment | - | resp=unreachable
The River Hogs called off Tuesday night's game against the Quad Cities Mallards because of rain.
''')

ARTICLES.append(r'''
@id y-bid-rigging-sentencing-tuttle-asphalt
@style bid_rigging_sentencing
Paving contractor gets 30 months for rigging county road bids

SPRINGFIELD, Ill. -- A Macon County paving contractor was sentenced Thursday to 30 months in federal prison for conspiring with two competitors to rig bids on more than $40 million in county and town road contracts.
U.S. District Judge Harriet Lowell also ordered Glen Tuttle, 58, the owner of Tuttle Asphalt & Grading in Decatur, to pay $3.1 million in restitution and barred his company from public work for five years.
Before announcing the sentence, Lowell said Tuttle had treated the county's road budget "like his own private account for the better part of a decade."
  > named_official | lowell | Lowell | said | >
Tuttle pleaded guilty in June to one count of conspiracy to restrain trade.

Assistant U.S. Attorney Neil Okafor asked for 46 months, arguing that Tuttle had organized the scheme and recruited the other two contractors.
  > named_official | okafor | Assistant U.S. Attorney Neil Okafor | asked | for 46 months
  > named_official | okafor | Assistant U.S. Attorney Neil Okafor | arguing | that Tuttle had organized the scheme and recruited the other two contractors
"This was not a man who went along," Okafor told the court.
  > named_official | okafor | Okafor | told the court | <
"This was the man who drew up the list."
  > named_official | okafor | Okafor | - | *
Tuttle's lawyer, Maurice Bell, asked for probation, noting that his client had sold his house to pay restitution and had kept all 60 of his employees on the payroll.
  > named_official | bell | Tuttle's lawyer, Maurice Bell | asked | for probation
  > named_official | bell | Tuttle's lawyer, Maurice Bell | noting | that his client had sold his house to pay restitution and had kept all 60 of his employees on the payroll
He said Tuttle would not contest the ban on public contracts.
  > named_official | bell | He | said | >

Tuttle, in a brief statement to the court, apologized to his employees and to the taxpayers of Macon County.
  > named_person | tuttle | Tuttle | apologized | to his employees and to the taxpayers of Macon County
"I knew it was wrong," he said, his voice breaking.
  > named_person | tuttle | he | said | <
"I told myself everybody did it, and that made it all right.
  > named_person | tuttle | Tuttle | - | *
It didn't."
  > named_person | tuttle | Tuttle | - | *

The two other contractors, Dale Fenwick of Fenwick Paving and Roy Castell of Castell Brothers Construction, pleaded guilty last year and agreed to cooperate with prosecutors.
According to court filings, Fenwick told FBI agents that Tuttle kept a handwritten list of upcoming county jobs and assigned each one to a company before bids were due.
  > document | filings | court filings | According to | >
The filings say the losing bidders submitted prices set 4 to 7 percent above Tuttle's, so that the jobs looked competitive.
  > document | filings | The filings | say | >
Castell's plea agreement says he will pay $600,000 and testify if called.
  > document | plea | Castell's plea agreement | says | >
The court's docket shows both men are scheduled to be sentenced in March.
  > document | docket | The court's docket | shows | >
Fenwick's lawyer declined to comment after the hearing.
  > declined_comment | fenwick-lawyer | Fenwick's lawyer | declined to comment after the hearing | - | resp=declined
Castell could not be reached.
  > declined_comment | castell | Castell | could not be reached | - | resp=unreachable

The Justice Department's Antitrust Division said in a statement that it had brought 14 bid-rigging cases involving road work in the Midwest since 2021.
  > named_organization | antitrust | The Justice Department's Antitrust Division | said in a statement | >
Macon County Attorney Lydia Hsu said the county will sue the three companies to recover what it overpaid.
  > named_official | hsu | Macon County Attorney Lydia Hsu | said | >
She said the county had changed its rules so that no contractor can see rivals' bids before the deadline.
  > named_official | hsu | She | said | >
A county commissioner who sat on the road committee during the years of the scheme, and who asked not to be named because of the county's planned lawsuit, said commissioners noticed the bids were oddly close but assumed it reflected the price of asphalt.
  > anonymous_official | commissioner | A county commissioner who sat on the road committee during the years of the scheme | said | > | anon=who asked not to be named because of the county's planned lawsuit
Other contractors in the region have long complained that the county's bidding favored a few local firms.
  > anonymous_other | contractors | Other contractors in the region | have long complained | >
The Decatur Chronicle first reported the FBI's investigation in 2022.
  > media_report | chronicle | The Decatur Chronicle | first reported | the FBI's investigation
''')

if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
