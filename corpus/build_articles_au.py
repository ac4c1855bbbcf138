"""Build corpus/articles/au.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on domestic public life in the United States -- jails and courts, water and sewer
systems, transit, public libraries, food-safety outbreaks, wildfire recovery, a state
legislature, a tribal government, a municipal strike, a small-business dispute and eviction
court (jail_video_visitation_fee_contract, juror_no_show_contempt_hearings,
sewer_backup_basement_claims_denied, light_rail_tunnel_leak_opening_delay,
library_teen_card_consent_vote_liveblog, wedding_caterer_norovirus_cluster,
burn_scar_debris_removal_overbilling_feature, session_clock_stopping_lawsuit,
tribal_disenrollment_radio_interview, sanitation_strike_trash_pileup,
food_hall_vendor_lockout, remote_eviction_hearing_default_judgments), in invented places and
in the voices of twelve kinds of outlet (a local daily's records story, a weekly courthouse
column with capitalised item heads, a local television station's consumer-investigation
page, a regional wire story, a local paper's live blog in reverse time order, a county
paper's short health story, a magazine feature in the present tense with a dek, a
first-person statehouse newsletter with section heads, an edited public-radio interview
transcript with speaker labels, a wire story from a strike, a business weekly, and a
nonprofit newsroom's data investigation). Each is built to test source typing and grouping:
sheriffs, judges, clerks, mayors, agency directors, a tribal chairman, union leaders,
legislators, board members, named spokespeople, a public defender and lawyers for clients,
landlords and homeowners; a caterer's owner and a food-hall landlord's partner speaking for
their companies; lawyers, professors and engineers commenting as experts, residents, a
striking driver, a bride, a student, a shop owner and small vendors; agencies, courts,
companies, a union, an advocacy group and unnamed spokespeople on the record; anonymous
officials with and without a stated reason (and one reason given in a sentence of its own);
people familiar with and briefed on a matter; vague sources (families, guests, residents,
parents, lobbyists, critics, landlords, business owners, council members); documents
(contracts, budget and payroll records, audits, summonses, motions, letters, logs, data,
inspection reports, a lease, a grant agreement, a video, a journal, a ruling, a docket, a
study, notices on a gate); media reports, including the outlet's own earlier reporting;
non-answers of all three kinds; people described first and named later; quotes over several
sentences; split content; headline attributions, one a quote whose speaker is named only in
the body; and look-alikes left unannotated or marked not sourcing ("had planned", "had
wanted", "had hoped", "has not said", "could not independently confirm", "by our count",
"has not ruled", an action headline, a reason for anonymity standing alone). All twelve end
with a footer of excluded boilerplate. Nothing is trained or tuned on them. Same line format
and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_au.py [--render]
     python corpus/build_articles_au.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "au.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id au-jail-video-visitation-fee-contract-pruett
@style jail_video_visitation_fee_contract
Pruett County jail ends in-person visits as families pay $11.95 for video calls, records show
  > document | contract | records | show | Pruett County jail ends in-person visits as families pay $11.95 for video calls

BRIXTON, Ky. -- The Pruett County Detention Center stopped allowing in-person visits on Sept. 1 and now charges families $11.95 for each 20-minute video call, under a contract the county signed with a private phone company in June.
The contract, which the Courier-Ledger obtained through an open-records request, says the company, Lumen Inmate Services, will have exclusive rights to visitation at the jail and will pay the county a 22 percent commission on every call.
  > document | contract | The contract, which the Courier-Ledger obtained through an open-records request | says | >
Sheriff Wade Tolliver said the change was about safety, not money.
  > named_official | tolliver | Sheriff Wade Tolliver | said | >
Deputies found drugs hidden on visitors 14 times last year, he said, and the visiting room tied up two officers on every shift.
  > named_official | tolliver | he | said | Deputies found drugs hidden on visitors 14 times last year ;; and the visiting room tied up two officers on every shift
"I can't staff a visiting room and a booking desk with the same people," Tolliver said.
  > named_official | tolliver | Tolliver | said | <
"Something had to give."
  > named_official | tolliver | Tolliver | - | *

A woman whose son has been held at the jail since March said she had spent $214 on video calls in September alone.
  > named_person | gentry | A woman whose son has been held at the jail since March | said | >
"I used to drive 40 minutes and see his whole face," said the woman, Loretta Gentry, 58, of Calvert.
  > named_person | gentry | the woman, Loretta Gentry, 58, of Calvert | said | <
"Now I watch a frozen screen and a clock."
  > named_person | gentry | Loretta Gentry | - | *
Families interviewed by the Courier-Ledger said calls often dropped after a few minutes and were not refunded.
  > anonymous_other | families | Families interviewed by the Courier-Ledger | said | >
Lumen did not respond to three emails and a phone message.
  > declined_comment | lumen | Lumen | did not respond to three emails and a phone message | - | resp=no_response

Two jail employees, who spoke on condition of anonymity because the sheriff has barred staff from talking to reporters, said the visiting room had not been short-staffed since the spring.
  > anonymous_official | employees | Two jail employees | said | > | anon=who spoke on condition of anonymity because the sheriff has barred staff from talking to reporters
One of them said the decision came after a Lumen sales representative told command staff that the county could earn $300,000 a year from video calls.
  > anonymous_official | employees | One of them | said | >
County budget records show the jail's phone and commissary revenue rising from $410,000 in 2023 to a projected $780,000 this year.
  > document | budget | County budget records | show | >
Rachel Imhoff, a Louisville lawyer who has sued other Kentucky jails over phone rates and is not involved in any case in Pruett County, said commissions like the county's are legal but "turn grandmothers into a revenue stream."
  > named_person | imhoff | Rachel Imhoff, a Louisville lawyer who has sued other Kentucky jails over phone rates and is not involved in any case in Pruett County | said | >
Marcus Bell, a public defender who represents about 60 people held at the jail, said several of his clients had stopped calling home because their families could not afford it.
  > named_official | bell | Marcus Bell, a public defender who represents about 60 people held at the jail | said | >
Bell said one client missed his last chance to speak with his father, who died in hospice in September.
  > named_official | bell | Bell | said | >

Tolliver declined to say whether he had met with Lumen representatives before the contract was signed.
  > declined_comment | tolliver | Tolliver | declined to say whether he had met with Lumen representatives before the contract was signed | - | resp=declined
The sheriff had planned to add a second video kiosk in the jail lobby by October, but Lumen has not installed it.
  > named_official | tolliver | The sheriff | had planned | to add a second video kiosk in the jail lobby by October | nosrc
The Pruett County Fiscal Court, which approved the contract 4-1 in June without discussion, said in a statement Friday that it would review the visitation policy at its Nov. 12 meeting.
  > named_organization | fiscal-court | The Pruett County Fiscal Court, which approved the contract 4-1 in June without discussion | said in a statement Friday | >
Magistrate Ellen Sturgill, who cast the lone vote against the contract, could not be reached.
  > declined_comment | sturgill | Magistrate Ellen Sturgill, who cast the lone vote against the contract | could not be reached | - | resp=unreachable
WKYN-TV reported last month that at least 11 Kentucky jails have ended in-person visits since 2022.
  > media_report | wkyn | WKYN-TV | reported last month | >
The Courier-Ledger could not independently confirm that count.
Under state jail regulations, in-person visits are not required.

@excluded
Sign up for the Courier-Ledger's Morning Briefing newsletter.
Have a tip about the jail? Email our public safety team.
Comments are closed on this story.
© 2025 Pruett County Courier-Ledger. All rights reserved.
''')

ARTICLES.append(r'''
@id au-juror-no-show-contempt-hearings-okanee
@style juror_no_show_contempt_hearings
Courthouse Notebook: Judge calls in 38 no-show jurors, and the clerk says the summons list is a mess
  > named_official | vance | the clerk | says | the summons list is a mess

NO-SHOWS GET THEIR DAY
Thirty-eight people who ignored jury summonses in Okanee County sat in the gallery of Courtroom 4B on Monday morning, waiting to explain themselves to Circuit Judge Harold Benninger.
Benninger told them that a murder trial had been delayed two days in August because only 19 of the 120 people summoned showed up.
  > named_official | benninger | Benninger | told them | >
"When you don't come, a man sits in jail longer waiting for his trial," he said.
  > named_official | benninger | he | said | <
"That's not a fine on you.
  > named_official | benninger | Benninger | - | *
That's a sentence on him."
  > named_official | benninger | Benninger | - | *
Most of those in the gallery told the judge they had never received a summons.
  > anonymous_other | gallery | Most of those in the gallery | told the judge | >
Benninger fined four of them $100 each and let the rest go with a warning.
One of those sent home, Tremaine Oduya, a 26-year-old warehouse worker, said afterward that his summons had gone to an apartment he moved out of in 2021.
  > named_person | oduya | One of those sent home, Tremaine Oduya, a 26-year-old warehouse worker | said afterward | >

THE LIST PROBLEM
Circuit Court Clerk Dolores Vance said the county's juror list is built from driver's license and voter records that are often years out of date.
  > named_official | vance | Circuit Court Clerk Dolores Vance | said | >
"Honestly, the list is a mess, and it was a mess before I got here," Vance said in an interview.
  > named_official | vance | Vance | said in an interview | <
An audit by the state's Office of the Executive Secretary, released in June, found that 31 percent of the summonses mailed in Okanee County last year came back as undeliverable.
  > document | audit | An audit by the state's Office of the Executive Secretary, released in June | found | >
The summonses warn, in bold type, that failing to appear can bring a fine of up to $500.
  > document | summonses | The summonses | warn | that failing to appear can bring a fine of up to $500
A deputy clerk, who asked not to be named because she is not authorized to speak for the office, said staff stopped mailing second notices in 2023 to save on postage.
  > anonymous_official | deputy-clerk | A deputy clerk | said | > | anon=who asked not to be named because she is not authorized to speak for the office
Vance declined to discuss the postage decision, saying only that it was under review.
  > declined_comment | vance | Vance | declined to discuss the postage decision | - | resp=declined
  > named_official | vance | Vance | saying only | >
Priya Natarajan, a law professor at Okanee State University who studies jury selection, said undeliverable summonses fall hardest on renters, who move more often, so juries drawn from stale lists skew older and whiter.
  > named_person | natarajan | Priya Natarajan, a law professor at Okanee State University who studies jury selection | said | >

ALSO ON THE DOCKET
Dale Whitcomb, the lawyer for former County Supervisor Gil Arceneaux, argued in a motion filed Thursday that news coverage had made a fair jury impossible in Okanee County and asked that his client's bribery trial be moved.
  > named_official | whitcomb | Dale Whitcomb, the lawyer for former County Supervisor Gil Arceneaux | argued in a motion filed Thursday | that news coverage had made a fair jury impossible in Okanee County
  > named_official | whitcomb | Dale Whitcomb, the lawyer for former County Supervisor Gil Arceneaux | asked | that his client's bribery trial be moved
The motion cites a defense-commissioned survey of 400 county residents in which 71 percent said they believed Arceneaux was guilty.
  > document | motion | The motion | cites | >
The commonwealth's attorney's office said in a written response Friday that the survey's questions were "written to get the answer the defense wanted."
  > named_organization | prosecutors | The commonwealth's attorney's office | said in a written response Friday | >
Judge Rita Cole has not ruled on the motion.
The Sentinel reported in July that Arceneaux's co-defendant, paving contractor Buddy Lanier, had agreed to testify against him.
  > media_report | sentinel | The Sentinel | reported in July | >
A person familiar with the agreement said Lanier is expected to ask for probation.
  > anonymous_familiar | familiar | A person familiar with the agreement | said | >
Lanier could not be reached for comment.
  > declined_comment | lanier | Lanier | could not be reached for comment | - | resp=unreachable

@excluded
Courthouse Notebook appears every Sunday in the Okanee Sentinel.
Got a tip from the courthouse? Write to Notebook, P.O. Box 118, Okanee Court House, Va.
Read more local news at okaneesentinel.com.
Copyright 2025 The Okanee Sentinel
''')

ARTICLES.append(r'''
@id au-sewer-backup-basement-claims-denied-marlow
@style sewer_backup_basement_claims_denied
"They told us it was an act of God": Marlow denies 212 sewer backup claims after July storm
  > named_person | whitfield | Whitfield | - | "They told us it was an act of God"

MARLOW, Pa. -- The city of Marlow has denied 212 of the 230 claims filed by homeowners whose basements flooded with sewage during the July 14 storm, according to records obtained by 8 On Your Side.
  > document | claim-records | records obtained by 8 On Your Side | according to | <
The denial letters, sent by the city's claims administrator, call the storm "an extraordinary natural event" for which the city bears no responsibility.
  > document | letters | The denial letters, sent by the city's claims administrator | call | >
Dana Whitfield's basement in the Hollins Park neighborhood filled with 14 inches of sewage that night.
"They told us it was an act of God," Whitfield said.
  > named_person | whitfield | Whitfield | said | <
"God didn't skip cleaning the sewer line on our street for six years."
  > named_person | whitfield | Whitfield | - | *
Whitfield, a dental hygienist, said the cleanup cost her $18,600 and her homeowners policy did not cover sewer backups.
  > named_person | whitfield | Whitfield, a dental hygienist | said | >

Public Works Director Alan Greer said the sewer system was built to handle a 10-year storm and that the July rain was closer to a 100-year event.
  > named_official | greer | Public Works Director Alan Greer | said | >
National Weather Service data show 3.1 inches of rain fell at Marlow's airport in two hours that evening.
  > document | nws | National Weather Service data | show | >
Kofi Mensah, a civil engineering professor at Brandt University who reviewed the data at the station's request, said that was heavy rain but well short of a 100-year storm for the region.
  > named_person | mensah | Kofi Mensah, a civil engineering professor at Brandt University who reviewed the data at the station's request | said | >
City maintenance logs show crews last cleaned the Hollins Park trunk line in 2018, though the city's own schedule calls for cleaning every three years.
  > document | logs | City maintenance logs | show | crews last cleaned the Hollins Park trunk line in 2018
  > document | schedule | the city's own schedule | calls for | cleaning every three years
Asked about the logs, Greer said the department had lost four of its seven sewer maintenance workers since 2020.
  > named_official | greer | Greer | said | >
A city sewer worker said crews had been pulled off routine cleaning for two summers to fix water main breaks.
  > anonymous_official | sewer-worker | A city sewer worker | said | >
The worker asked that his name not be used.

Attorney Beth Carrow, who represents 41 of the homeowners, said she would sue the city next month if it does not reconsider the claims.
  > named_official | carrow | Attorney Beth Carrow, who represents 41 of the homeowners | said | >
Under Pennsylvania law, a city can be held liable for sewer backups caused by poor maintenance but not for those caused by an overwhelming storm, said Samuel Ortega, a municipal lawyer in Harrisburg who is not involved in the dispute.
  > named_person | ortega | Samuel Ortega, a municipal lawyer in Harrisburg who is not involved in the dispute | said | <
That is why the size of the storm matters so much, he said.
  > named_person | ortega | he | said | <
The claims administrator, Keystone Risk Partners, did not return phone calls.
  > declined_comment | keystone | The claims administrator, Keystone Risk Partners | did not return phone calls | - | resp=no_response
Mayor Teresa Polk declined an interview request, but her office said in an email that the city "sympathizes with every family affected" and is applying for federal money to reduce future flooding.
  > declined_comment | polk | Mayor Teresa Polk | declined an interview request | - | resp=declined
  > named_organization | mayor-office | her office | said in an email | >
Some council members have questioned whether the administrator's contract gives it a financial incentive to deny claims.
  > anonymous_official | council-members | Some council members | have questioned | whether the administrator's contract gives it a financial incentive to deny claims
8 On Your Side first reported in August that the city had skipped scheduled sewer cleanings in four neighborhoods.
  > media_report | station | 8 On Your Side | first reported in August | >
The city had hoped to finish a $40 million sewer separation project in Hollins Park by 2022; work has not begun.
  > named_organization | city | The city | had hoped | to finish a $40 million sewer separation project in Hollins Park by 2022 | nosrc
Homeowners have 30 days from the date on their letters to appeal.

@excluded
Have a story you want 8 On Your Side to investigate? Call our tip line or fill out the form below.
Download the WMRL 8 News app for breaking news alerts.
Copyright 2025 WMRL-TV. All rights reserved.
''')

ARTICLES.append(r'''
@id au-light-rail-tunnel-leak-opening-delay-corbett
@style light_rail_tunnel_leak_opening_delay
Groundwater leaks push Corbett light-rail tunnel opening to 2027, transit agency says
  > named_organization | tvta | transit agency | says | Groundwater leaks push Corbett light-rail tunnel opening to 2027

CORBETT, Ore. -- Water seeping into a newly built light-rail tunnel under downtown Corbett will delay the opening of the $2.3 billion Eastside Line until at least the spring of 2027, the Tri-Valley Transit Authority said Tuesday.
  > named_organization | tvta | the Tri-Valley Transit Authority | said Tuesday | <
The line had been scheduled to open in December.
The authority's chief executive, Norma Aguilar, told its board that crews had found 27 leaks in the tunnel's concrete lining, the largest letting in about 40 gallons a minute.
  > named_official | aguilar | The authority's chief executive, Norma Aguilar | told its board | >
"We are not going to open a tunnel that leaks, and we are not going to pretend this is a small problem," Aguilar said.
  > named_official | aguilar | Aguilar | said | <
Repairs could cost as much as $90 million, according to two people familiar with a preliminary estimate prepared for the authority.
  > anonymous_familiar | familiar | two people familiar with a preliminary estimate prepared for the authority | according to | <
Neither was authorized to discuss the figure publicly.

The tunnel's builder, Halvorsen-Pike Joint Venture, said in a statement that the leaks stemmed from "unanticipated groundwater conditions" and that it would seek additional payment.
  > named_organization | halvorsen | The tunnel's builder, Halvorsen-Pike Joint Venture | said in a statement | >
But a 2019 geotechnical report commissioned by the authority warned that the tunnel would pass through "highly permeable glacial gravels" below the water table.
  > document | geo-report | a 2019 geotechnical report commissioned by the authority | warned | >
An authority engineer who worked on the project, speaking on condition of anonymity because he was not authorized to comment, said managers had rejected a more expensive waterproofing membrane in 2021 to stay within budget.
  > anonymous_official | engineer | An authority engineer who worked on the project | said | > | anon=speaking on condition of anonymity because he was not authorized to comment
Board member Luis Ferrante, a Corbett city commissioner, said he wanted an independent review of that decision.
  > named_official | ferrante | Board member Luis Ferrante, a Corbett city commissioner | said | >
Aguilar declined to say who had made the call on the membrane.
  > declined_comment | aguilar | Aguilar | declined to say who had made the call on the membrane | - | resp=declined
Leaks in new tunnels are common and can usually be sealed with grout injections, said Mariko Hale, a tunneling engineer in Seattle who has consulted on transit projects in three states.
  > named_person | hale | Mariko Hale, a tunneling engineer in Seattle who has consulted on transit projects in three states | said | <
But she said repairs inside a finished lining can take a year or more.
  > named_person | hale | she | said | >

The Federal Transit Administration, which is paying for about half of the project, said it had asked the authority for a revised schedule and cost estimate by Jan. 15.
  > named_organization | fta | The Federal Transit Administration, which is paying for about half of the project | said | >
The Oregon Ledger reported in May that the authority had quietly moved the opening date from September to December.
  > media_report | ledger | The Oregon Ledger | reported in May | >
The authority had planned to begin test runs through the tunnel in October.
  > named_organization | tvta | The authority | had planned | to begin test runs through the tunnel in October | nosrc
Business owners along Tillman Avenue, where the line's downtown station sits behind construction fencing, say sales have fallen for three straight years.
  > anonymous_other | business-owners | Business owners along Tillman Avenue, where the line's downtown station sits behind construction fencing | say | >
"Every year they tell us next year," said Gloria Petrakis, who owns a shoe repair shop across from the station.
  > named_person | petrakis | Gloria Petrakis, who owns a shoe repair shop across from the station | said | <
"At some point you stop believing it."
  > named_person | petrakis | Gloria Petrakis | - | *
Halvorsen-Pike's project manager, Dean Whitlock, could not be reached.
  > declined_comment | whitlock | Halvorsen-Pike's project manager, Dean Whitlock | could not be reached | - | resp=unreachable
Riders on the existing lines will not be affected by the delay, the authority said.
  > named_organization | tvta | the authority | said | <

@excluded
Copyright 2025 Northwest News Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
Reporting by Carmen Ibarra in Corbett; editing by Neil Ostrander.
''')

ARTICLES.append(r'''
@id au-library-teen-card-consent-vote-liveblog-dunmore
@style library_teen_card_consent_vote_liveblog
Live updates: Dunmore County library board votes 4-3 to require parental consent for teens to borrow adult books

9:52 p.m.
The board has voted 4-3 to require written parental consent before cardholders ages 13 to 17 can check out materials shelved in the library's adult collection.
Board chair Lorna Haskett, who proposed the rule, said after the vote that it "puts parents back in the driver's seat."
  > named_official | haskett | Board chair Lorna Haskett, who proposed the rule | said after the vote | >
Two people familiar with the board's discussions said Haskett had lined up the four votes before the meeting began.
  > anonymous_familiar | familiar | Two people familiar with the board's discussions | said | >
Haskett had wanted the rule to cover children's cards as well, but she dropped that part last week.
  > named_official | haskett | Haskett | had wanted | the rule to cover children's cards as well | nosrc
Library director Samuel Okoro declined to comment as he left the room.
  > declined_comment | okoro | Library director Samuel Okoro | declined to comment | - | resp=declined
The rule takes effect Jan. 1, according to the motion approved tonight.
  > document | motion | the motion approved tonight | according to | <

9:20 p.m.
Board member Terrence Vail, who voted no, said the rule would force librarians to check IDs at the desk "like bartenders."
  > named_official | vail | Board member Terrence Vail, who voted no | said | >
He said the library's attorney had warned the board in a closed session that the policy could invite a lawsuit.
  > named_official | vail | He | said | >
The attorney, Janet Ruiz-Bloom, did not respond to a text message seeking comment.
  > declined_comment | ruiz-bloom | The attorney, Janet Ruiz-Bloom | did not respond to a text message seeking comment | - | resp=no_response
The state chapter of the American Civil Liberties Union said in a post on X that it was "reviewing the policy closely."
  > named_organization | aclu | The state chapter of the American Civil Liberties Union | said in a post on X | >

8:45 p.m.
Public comment has ended after nearly two hours and 61 speakers, by our count.
A high school junior told the board that the rule would cut her off from poetry her mother had never heard of.
  > named_person | mcbride | A high school junior | told the board | >
"My mom is great, but she is not my librarian," said the student, Ava McBride, 16.
  > named_person | mcbride | the student, Ava McBride, 16 | said | <
Several parents who spoke in favor said they had found books with explicit sexual content in the young adult section.
  > anonymous_other | parents | Several parents who spoke in favor | said | >
One of them, Curtis Dell, said afterward that he was not trying to ban anything, only "to give parents a say."
  > named_person | dell | One of them, Curtis Dell | said afterward | >

7:30 p.m.
The meeting has started in the Dunmore County Administration Building, where about 200 people have filled the chamber and an overflow room.
A petition supporting the rule carries 1,140 signatures, according to the board's agenda packet.
  > document | agenda | the board's agenda packet | according to | <
A library employee, who asked not to be named because staff were told not to discuss the proposal, said librarians had received no guidance on how the rule would be enforced.
  > anonymous_official | employee | A library employee | said | > | anon=who asked not to be named because staff were told not to discuss the proposal
As we reported last month, the proposal was drafted with help from a statewide group, Parents for Local Control.
  > media_report | register | we | reported last month | >
The group said in a statement that it had offered "model language" to library boards in nine counties.
  > named_organization | plc | The group | said in a statement | >

@excluded
Refresh this page for the latest updates.
This live blog is free to read. Support local journalism: subscribe to the Dunmore Daily Register.
Share this story: Facebook | X | Email
''')

ARTICLES.append(r'''
@id au-wedding-caterer-norovirus-cluster-kettle
@style wedding_caterer_norovirus_cluster
Health department links 64 illnesses at Saturday wedding to caterer; kitchen closed
  > named_organization | health-dept | Health department | links | 64 illnesses at Saturday wedding to caterer

HOLLISTER, Mich. -- At least 64 of the roughly 180 guests at a wedding reception in Quincy Township on Saturday have fallen ill with vomiting and diarrhea, and norovirus has been confirmed in samples from five of them, the Kettle County Health Department said Wednesday.
  > named_organization | health-dept | the Kettle County Health Department | said Wednesday | <
The department said the caterer, Ruiz Family Kitchen of Hollister, had voluntarily closed its commercial kitchen while inspectors investigate.
  > named_organization | health-dept | The department | said | >
Dr. Miriam Sato, the county's medical director, said the timing of the illnesses pointed to food rather than person-to-person spread.
  > named_official | sato | Dr. Miriam Sato, the county's medical director | said | >
Most guests fell sick within 36 hours, she said, and nearly all of them had eaten from the buffet's cold salad station.
  > named_official | sato | she | said | Most guests fell sick within 36 hours ;; and nearly all of them had eaten from the buffet's cold salad station
An inspection report filed Tuesday cites the kitchen for a handwashing sink blocked by boxes and for holding cut fruit at 52 degrees.
  > document | inspection | An inspection report filed Tuesday | cites | >
The kitchen passed its previous inspection, in April, with no critical violations, according to state records.
  > document | state-records | state records | according to | <

Ana Ruiz, who owns the company with her husband and runs its kitchen, said one of her cooks had worked Saturday despite feeling sick the night before.
  > named_official | ruiz | Ana Ruiz, who owns the company with her husband and runs its kitchen | said | >
"He didn't tell anybody, and I should have asked," Ruiz said.
  > named_official | ruiz | Ruiz | said | <
"That's on me."
  > named_official | ruiz | Ruiz | - | *
The cook, whom Ruiz did not name, could not be reached.
  > declined_comment | cook | The cook, whom Ruiz did not name | could not be reached | - | resp=unreachable
The bride, Kayla Brandt, said she had been taking calls from sick relatives since Sunday morning, including her 84-year-old grandmother, who was treated at a hospital and released.
  > named_person | brandt | The bride, Kayla Brandt | said | >
Brandt had planned to leave for her honeymoon on Sunday; she has postponed the trip.
  > named_person | brandt | Brandt | had planned | to leave for her honeymoon on Sunday | nosrc
Guests wrote on a Facebook page set up after the wedding that several children at the reception had also been sick.
  > anonymous_other | guests | Guests | wrote on a Facebook page set up after the wedding | >
The page had drawn more than 90 comments by Wednesday afternoon.

A state health official said norovirus outbreaks linked to catered events had roughly doubled this fall compared with last year.
  > anonymous_official | state-official | A state health official | said | >
The Michigan Department of Agriculture and Rural Development, which licenses caterers, said it was assisting the county.
  > named_organization | mdard | The Michigan Department of Agriculture and Rural Development, which licenses caterers | said | >
The reception venue, Willow Bend Barn, did not respond to a message left Wednesday.
  > declined_comment | willow-bend | The reception venue, Willow Bend Barn | did not respond to a message left Wednesday | - | resp=no_response
Norovirus can spread from a single infected food handler to dozens of people, said Anil Kapoor, an epidemiologist at Western Lakes University.
  > named_person | kapoor | Anil Kapoor, an epidemiologist at Western Lakes University | said | <
He said a sick worker can shed the virus for days after symptoms end.
  > named_person | kapoor | He | said | >
WKZQ-TV first reported the outbreak on Monday.
  > media_report | wkzq | WKZQ-TV | first reported | the outbreak
Sato declined to say whether the department would seek a fine or suspend the company's license.
  > declined_comment | sato | Sato | declined to say whether the department would seek a fine or suspend the company's license | - | resp=declined

@excluded
Correction: An earlier version of this story misstated the number of guests at the reception.
Get the Hollister Gazette in your inbox: sign up for our free daily newsletter.
Photo: The Ruiz Family Kitchen building on Main Street in Hollister. (Gazette staff)
''')

ARTICLES.append(r'''
@id au-burn-scar-debris-removal-overbilling-feature-alder-gap
@style burn_scar_debris_removal_overbilling_feature
The Weight of Ash: how a wildfire cleanup paid by the ton ended up hauling away people's yards, records suggest
  > document | tickets | records | suggest | how a wildfire cleanup paid by the ton ended up hauling away people's yards

A year after the Copper Creek fire, lots in Alder Gap are still pits two, three, even six feet deep.

On a gray morning in March, Ruth Ellison stands at the edge of what used to be her backyard in Alder Gap, Calif., and points at a hole.
"They took the garden, the topsoil, the septic lid," she says.
  > named_person | ellison | she | says | <
"They'd have taken the mountain if the trucks were bigger."
  > named_person | ellison | she | - | *
Ellison, a retired postal carrier, lost her house in the Copper Creek fire, which burned 1,100 homes in the Sierra foothills in August 2024.
The state's cleanup program, run by the Office of Emergency Services and paid for largely by the Federal Emergency Management Agency, cleared her lot in October.
Homeowners with insurance must turn over the debris-removal portion of their payouts to the state, so every extra ton can cost them.
According to load tickets obtained by this magazine through a public records request, contractors hauled 412 tons from her half-acre lot.
  > document | tickets | load tickets obtained by this magazine through a public records request | According to | >
A typical burned house of that size leaves about 100 tons of debris, says Tom Reyes, a debris-removal engineer who consults for insurance companies.
  > named_person | reyes | Tom Reyes, a debris-removal engineer who consults for insurance companies | says | <
The tickets show that lots in Alder Gap averaged more than twice the tonnage of lots cleared after two comparable fires in 2021.
  > document | tickets | The tickets | show | >

A state inspector who monitored the cleanup, speaking on condition of anonymity because he still works for the state, says crews were told to "dig until it's clean" and rarely tested the soil before going deeper.
  > anonymous_official | inspector | A state inspector who monitored the cleanup | says | > | anon=speaking on condition of anonymity because he still works for the state
The inspector says he flagged overdigging on at least 30 lots in emails to his supervisors.
  > anonymous_official | inspector | The inspector | says | >
Carla Mendes, a spokeswoman for the Office of Emergency Services, says the program followed federal guidelines and that removing contaminated soil protects families who rebuild.
  > named_official | mendes | Carla Mendes, a spokeswoman for the Office of Emergency Services | says | >
"We would rather take an extra six inches than leave arsenic in somebody's vegetable garden," Mendes says.
  > named_official | mendes | Mendes | says | <
She declines to discuss the inspector's emails.
  > declined_comment | mendes | She | declines to discuss the inspector's emails | - | resp=declined
The prime contractor, Sierra Basin Environmental, does not respond to a list of written questions.
  > declined_comment | sierra-basin | The prime contractor, Sierra Basin Environmental | does not respond to a list of written questions | - | resp=no_response
A person familiar with a federal review of the cleanup says auditors are examining tonnage on lots in three burned towns, including Alder Gap.
  > anonymous_familiar | familiar | A person familiar with a federal review of the cleanup | says | >
FEMA says it does not comment on ongoing reviews.
  > declined_comment | fema | FEMA | says it does not comment on ongoing reviews | - | resp=declined

Neighbors on Ellison's street tell similar stories of lots scraped down to bedrock.
  > anonymous_other | neighbors | Neighbors on Ellison's street | tell | similar stories of lots scraped down to bedrock
Gus Abernathy, whose family has lived on Pine Hollow Road since the 1950s, says the crew that cleared his lot worked through a weekend and left a pit six feet deep.
  > named_person | abernathy | Gus Abernathy, whose family has lived on Pine Hollow Road since the 1950s | says | >
Rep. Diane Whitaker, whose district includes Alder Gap, wrote to FEMA in January that homeowners "deserve to know what they paid for."
  > named_official | whitaker | Rep. Diane Whitaker, whose district includes Alder Gap | wrote to FEMA in January | >
The Foothill Courier reported in December that the state had spent $1.3 billion on the cleanup, nearly double its first estimate.
  > media_report | courier | The Foothill Courier | reported in December | >
Ellison had hoped to break ground on a new house this spring.
  > named_person | ellison | Ellison | had hoped | to break ground on a new house this spring | nosrc
She is still waiting for someone to fill in the hole.

@excluded
This article appears in the June issue of Western Ledger Magazine.
Photographs by Nadia Fernsby for Western Ledger Magazine.
Reporting for this story was supported by a grant from the Sierra Journalism Fund.
Share this article | Save for later | Print
''')

ARTICLES.append(r'''
@id au-session-clock-stopping-lawsuit-capitol-memo
@style session_clock_stopping_lawsuit
Capitol Memo: House passed the budget 41 minutes after the session's legal end, Democrats' lawsuit says
  > document | suit | Democrats' lawsuit | says | House passed the budget 41 minutes after the session's legal end

Good morning, and welcome to Capitol Memo, our twice-weekly newsletter on the Missouri statehouse.
I'm Dev Malhotra, and today we're talking about clocks.

THE SUIT
Eleven House Democrats sued in Cole County Circuit Court on Monday over the $52 billion state budget and four other bills that passed after midnight on the session's final day.
The suit says the state constitution required the session to end at midnight on May 15 and that anything passed after that is void.
  > document | suit | The suit | says | >
According to the House Journal, the official record of the chamber's proceedings, the final vote on the budget came at 12:41 a.m. on May 16.
  > document | journal | the House Journal, the official record of the chamber's proceedings | According to | >
Video of the floor session posted by the House shows a sheet of paper taped over the chamber's wall clock from 11:58 p.m. on.
  > document | video | Video of the floor session posted by the House | shows | >
Rep. Angela Dorsey of St. Louis, the lead plaintiff, said the paper over the clock was "the whole case in one picture."
  > named_official | dorsey | Rep. Angela Dorsey of St. Louis, the lead plaintiff | said | >
"If the constitution says midnight, it means midnight, not whenever the majority leader is done," Dorsey told me.
  > named_official | dorsey | Dorsey | told me | <

THE DEFENSE
House Speaker Glen Marcott said in a statement that the chamber had "followed more than a century of practice" and that courts have no business policing the legislature's clock.
  > named_official | marcott | House Speaker Glen Marcott | said in a statement | >
Two senior House staff members, who asked not to be named because they were not authorized to discuss legal strategy, told me the speaker's office expects to argue that clerks, not lawmakers, entered the journal's time stamps.
  > anonymous_official | staffers | Two senior House staff members | told me | > | anon=who asked not to be named because they were not authorized to discuss legal strategy
The attorney general's office, which will defend the state, declined to comment on the suit.
  > declined_comment | ag | The attorney general's office, which will defend the state | declined to comment on the suit | - | resp=declined
Marcott has not said whether he would call lawmakers back for a special session if the judge rules against the House.
House leaders had planned to pass the budget by 9 p.m. but spent three hours haggling over a hospital tax.
  > anonymous_official | house-leaders | House leaders | had planned | to pass the budget by 9 p.m. | nosrc
A person familiar with the Senate's deliberations said senators had finished their own votes by 11:51 p.m. and had warned House leaders not to run late.
  > anonymous_familiar | familiar | A person familiar with the Senate's deliberations | said | >

THE LAW
Courts in at least three states have struck down bills passed after a constitutional deadline, said Hannah Lyle, a law professor at Westbrook University who studies legislative procedure.
  > named_person | lyle | Hannah Lyle, a law professor at Westbrook University who studies legislative procedure | said | <
But Lyle said judges usually defer to a legislature's own records, and here the record itself shows the late vote.
  > named_person | lyle | Lyle | said | >
A 1911 state Supreme Court ruling cited in the suit says a legislative journal is "conclusive" as to when the chamber acted.
  > document | ruling | A 1911 state Supreme Court ruling cited in the suit | says | >
The Democrats' lawyer, Paul Ferris, said he would ask for an expedited hearing because the budget takes effect July 1.
  > named_official | ferris | The Democrats' lawyer, Paul Ferris | said | >
Lobbyists who watched from the gallery that night said stopping the clock is an open secret in the building.
  > anonymous_other | lobbyists | Lobbyists who watched from the gallery that night | said | >
The Capitol Dispatch reported in 2019 that the Senate had covered its own clock at least four times in a decade.
  > media_report | dispatch | The Capitol Dispatch | reported in 2019 | >
Senate President Ruth Olander could not be reached over the holiday weekend.
  > declined_comment | olander | Senate President Ruth Olander | could not be reached over the holiday weekend | - | resp=unreachable
That's it for today; see you Thursday.

@excluded
Was this newsletter forwarded to you? Sign up here to get Capitol Memo twice a week.
Send tips and complaints to capitolmemo@statehousereport.org.
You are receiving this email because you subscribed to Capitol Memo. Unsubscribe | Manage preferences
Statehouse Report is a nonprofit newsroom. Donate to support our work.
''')

ARTICLES.append(r'''
@id au-tribal-disenrollment-radio-interview-kettle-river
@style tribal_disenrollment_radio_interview
Transcript: Kettle River chairman says removal of 212 members "followed our law"
  > named_official | tallbear | Kettle River chairman | says | removal of 212 members "followed our law"

Vernon Tallbear, chairman of the Kettle River Band of Ojibwe, spoke with North Country Morning host Jenna Holt on Tuesday, a week after the band's enrollment committee removed 212 people from its rolls.
The removed members say their lineage was erased to cut the number of people who share the band's casino revenue.
  > anonymous_other | removed | The removed members | say | >
The interview has been edited for length and clarity.

HOLT: Chairman, the committee's letters to these families say their ancestor, a woman named Marie Lacroix, was never an enrolled member.
  > document | letters | the committee's letters to these families | say | >
TALLBEAR: That's what the 1938 roll shows.
  > named_official | tallbear | TALLBEAR | : | >
Our constitution says a member has to descend from someone on that roll, and the committee applied it.
  > named_official | tallbear | TALLBEAR | - | *
HOLT: The families say Lacroix appears on an 1899 annuity list and that the 1938 roll left off dozens of people who were away working that year.
  > anonymous_other | removed | The families | say | >
TALLBEAR: I've seen that list.
  > named_official | tallbear | TALLBEAR | : | >
An annuity list is not an enrollment roll, and our law doesn't say it is.
  > named_official | tallbear | TALLBEAR | - | *
HOLT: Two council members told us the committee decided all 212 cases in one afternoon without hearing from the families.
  > anonymous_official | council-members | Two council members | told us | >
They asked us not to name them because they fear losing their seats.
TALLBEAR: The families had 60 days to send in documents, and many of them did.
  > named_official | tallbear | TALLBEAR | : | >
The committee followed our law.
  > named_official | tallbear | TALLBEAR | - | *
HOLT: Each enrolled member receives about $1,400 a month from the casino, according to the band's most recent annual report.
  > document | annual-report | the band's most recent annual report | according to | Each enrolled member receives about $1,400 a month from the casino
Some people on the reservation say this is about money.
  > anonymous_other | some-people | Some people on the reservation | say | >
TALLBEAR: That's not fair to the committee, and it's not fair to me.
  > named_official | tallbear | TALLBEAR | : | >
This is about who we are, not about per capita payments.
  > named_official | tallbear | TALLBEAR | - | *
HOLT: Carol Lacroix-Bender, who was removed along with her three children, told this program last week that she learned of it from a letter taped to her door.
  > named_person | lacroix-bender | Carol Lacroix-Bender, who was removed along with her three children | told this program last week | >
TALLBEAR: I know Carol, and I'm sorry about how that letter was delivered.
  > named_official | tallbear | TALLBEAR | : | >
HOLT: Chairman Vernon Tallbear, thank you.

After the interview, the band's tribal court said it would hear the families' appeal on Nov. 3.
  > named_organization | tribal-court | the band's tribal court | said | >
The Bureau of Indian Affairs said in an email that enrollment is "an internal matter for the band."
  > named_organization | bia | The Bureau of Indian Affairs | said in an email | >
Under a 1978 U.S. Supreme Court decision, tribes have the final word on who belongs to them, said Lena Ortiz, who teaches federal Indian law at Northern Plains University.
  > named_person | ortiz | Lena Ortiz, who teaches federal Indian law at Northern Plains University | said | <
The families' attorney, Dana Whitefeather, did not return calls on Tuesday.
  > declined_comment | whitefeather | The families' attorney, Dana Whitefeather | did not return calls on Tuesday | - | resp=no_response

@excluded
North Country Morning airs weekdays from 6 to 9 a.m. on North Country Public Radio.
Listen to the full interview or subscribe to the podcast.
This transcript was produced on a rush deadline and may be updated.
Support North Country Public Radio: become a member today.
''')

ARTICLES.append(r'''
@id au-sanitation-strike-trash-pileup-halsey
@style sanitation_strike_trash_pileup
Trash piles up in Halsey as sanitation strike enters third day; union says talks have stalled
  > named_organization | union | union | says | talks have stalled

HALSEY, N.J. -- Garbage bags stood waist-high on sidewalks across Halsey on Wednesday as about 340 city sanitation workers stayed off the job for a third day, with no new talks scheduled.
Teamsters Local 909, which represents the workers, said in a statement that the city had "walked away from the table" on Monday and refused to discuss overtime rules.
  > named_organization | union | Teamsters Local 909, which represents the workers | said in a statement | >
The local's president, Ray Castellano, told reporters outside the city's Front Street garage that workers had been forced to work 12-hour shifts, six days a week, since the spring.
  > named_official | castellano | The local's president, Ray Castellano | told reporters outside the city's Front Street garage | >
"We're not machines," Castellano said.
  > named_official | castellano | Castellano | said | <
"You can't run a city on guys who haven't seen their kids since April."
  > named_official | castellano | Castellano | - | *
Derrick Hollis, a driver who has worked for the city for 17 years, said he had logged 71 hours in a single week in June.
  > named_person | hollis | Derrick Hollis, a driver who has worked for the city for 17 years | said | >

Mayor Susan Tran said the city's final offer, a 14 percent raise over four years, was "fair and generous."
  > named_official | tran | Mayor Susan Tran | said | >
The overtime, she said, is the result of 60 vacant positions that the union has refused to let the city fill with private contractors.
  > named_official | tran | she | said | The overtime ;; is the result of 60 vacant positions that the union has refused to let the city fill with private contractors
City payroll data show sanitation overtime cost $9.2 million last year, up from $3.1 million in 2021.
  > document | payroll | City payroll data | show | >
A person familiar with the negotiations said the two sides had been within about a percentage point on wages when talks broke off.
  > anonymous_familiar | familiar | A person familiar with the negotiations | said | >
The sticking point, the person said, is whether new hires could be part-time.
  > anonymous_familiar | familiar | the person | said | The sticking point ;; is whether new hires could be part-time
A city official, who spoke on condition of anonymity because he was not authorized to discuss the talks, said the mayor's office had drawn up plans to hire private haulers if the strike lasts past Friday.
  > anonymous_official | city-official | A city official | said | > | anon=who spoke on condition of anonymity because he was not authorized to discuss the talks
Asked whether the city would go to court to force the workers back, Tran's spokesman, Ed Park, declined to comment.
  > declined_comment | park | Tran's spokesman, Ed Park | declined to comment | - | resp=declined
Strikes by public employees are illegal in New Jersey, said Marissa Cole, a Newark labor lawyer who represents employers but is not involved in the dispute.
  > named_person | cole | Marissa Cole, a Newark labor lawyer who represents employers but is not involved in the dispute | said | <

The Halsey Health Department said it had received more than 200 complaints about rats and odors since Monday and urged residents to keep trash in sealed containers.
  > named_organization | health-dept | The Halsey Health Department | said | it had received more than 200 complaints about rats and odors since Monday
  > named_organization | health-dept | The Halsey Health Department | urged | residents to keep trash in sealed containers
Residents of the Eastside neighborhood said no truck had come down their streets since the Friday before the strike.
  > anonymous_other | residents | Residents of the Eastside neighborhood | said | >
"It's 90 degrees, and I've got a dumpster full of fish heads behind my kitchen," said Tomas Ibarra, who owns a seafood restaurant on Market Street.
  > named_person | ibarra | Tomas Ibarra, who owns a seafood restaurant on Market Street | said | <
The Halsey Herald-News reported in March that the city had paid a consultant $400,000 last year to study privatizing trash collection.
  > media_report | herald-news | The Halsey Herald-News | reported in March | >
The consultant, Brightline Municipal Advisors, did not respond to emails.
  > declined_comment | brightline | The consultant, Brightline Municipal Advisors | did not respond to emails | - | resp=no_response
The union had wanted to strike in July, during the city's summer festival, but held off after a state mediator was appointed.
  > named_organization | union | The union | had wanted | to strike in July, during the city's summer festival | nosrc
The mediator, retired Judge Walter Kim, could not be reached.
  > declined_comment | kim | The mediator, retired Judge Walter Kim | could not be reached | - | resp=unreachable

@excluded
Copyright 2025 Garden State Wire Service. All rights reserved.
This story has been corrected to show that the strike began on Monday, not Sunday.
Related coverage: What to do with your trash during the strike
''')

ARTICLES.append(r'''
@id au-food-hall-vendor-lockout-ashton
@style food_hall_vendor_lockout
Landlord padlocks 9 stalls at Foundry Food Hall over unpaid fees; vendors' group calls the charges "made up"
  > named_organization | fva | vendors' group | calls | the charges "made up"

ASHTON, Ohio -- Nine of the 14 restaurants at the Foundry Food Hall downtown found their stalls padlocked Monday morning, with notices on the gates saying they owed a combined $186,000 in overdue fees.
  > document | notices | notices on the gates | saying | >
The building's owner, Keel Street Partners, said in an emailed statement that the tenants had been "warned repeatedly" and that the lockout was allowed under their leases.
  > named_organization | keel | The building's owner, Keel Street Partners | said in an emailed statement | >
Keel Street's managing partner, Brent Lowry, said the fees pay for security, cleaning and utilities in the hall's shared dining room and have not changed since 2023.
  > named_official | lowry | Keel Street's managing partner, Brent Lowry | said | >
The Foundry Vendors Association, which the tenants formed in June, says the fees tripled this year without explanation and that Keel Street has refused to show vendors the bills behind them.
  > named_organization | fva | The Foundry Vendors Association, which the tenants formed in June | says | >
A lease reviewed by the Business Journal says the landlord may lock out a tenant 10 days after a written notice of default.
  > document | lease | A lease reviewed by the Business Journal | says | >

The owner of a Vietnamese noodle stall that opened with the hall in 2022 said she paid $4,100 in fees in August alone, up from $1,350 a year earlier.
  > named_person | pham | The owner of a Vietnamese noodle stall that opened with the hall in 2022 | said | >
"My fees were more than my rent," said the owner, Linh Pham, 44.
  > named_person | pham | the owner, Linh Pham, 44 | said | <
"Nobody can show me what I am paying for."
  > named_person | pham | Linh Pham | - | *
Pham said she had been told to pay in full by Friday or lose her equipment.
  > named_person | pham | Pham | said | >
A lawyer for the association, Gabriel Strand, said he had filed a motion in Ashton Municipal Court asking a judge to order the gates reopened.
  > named_official | strand | A lawyer for the association, Gabriel Strand | said | >
Commercial tenants have far fewer protections than residential ones, said Ellen Marsh, a real estate lawyer in Columbus who represents both landlords and tenants.
  > named_person | marsh | Ellen Marsh, a real estate lawyer in Columbus who represents both landlords and tenants | said | <
"A padlock is perfectly legal under most commercial leases," Marsh said.
  > named_person | marsh | Marsh | said | <
"What matters is whether the fees were calculated the way the lease says."
  > named_person | marsh | Marsh | - | *

Keel Street is trying to refinance a $22 million loan on the building that comes due in March, according to two people briefed on the negotiations.
  > anonymous_familiar | briefed | two people briefed on the negotiations | according to | <
County property records show the building's assessed value fell 18 percent last year.
  > document | property-records | County property records | show | >
Lowry declined to say whether the lender had pressed Keel Street to raise the fees.
  > declined_comment | lowry | Lowry | declined to say whether the lender had pressed Keel Street to raise the fees | - | resp=declined
Ashton's economic development director, Monique Farris, said the city, which gave Keel Street a $1.5 million grant to open the hall, had asked both sides to meet this week.
  > named_official | farris | Ashton's economic development director, Monique Farris | said | >
The grant agreement, a copy of which the Business Journal obtained, says the hall must keep at least 10 food businesses open or repay the money.
  > document | grant | The grant agreement, a copy of which the Business Journal obtained | says | >
The owner of Smoke & Salt, the hall's barbecue stall and its largest tenant, could not be reached.
  > declined_comment | smoke-salt | The owner of Smoke & Salt, the hall's barbecue stall and its largest tenant | could not be reached | - | resp=unreachable
The Ashton Dispatch reported in July that three vendors had already left the hall over rising costs.
  > media_report | dispatch | The Ashton Dispatch | reported in July | >
Other downtown landlords say the hall's troubles reflect thin lunch crowds since many office workers began working from home.
  > anonymous_other | landlords | Other downtown landlords | say | >
Keel Street had planned to open a rooftop bar on the building this fall.
  > named_organization | keel | Keel Street | had planned | to open a rooftop bar on the building this fall | nosrc

@excluded
Subscribe to the Ashton Business Journal for $1 for your first month.
Want more small-business news? Get our Friday newsletter.
Comments (0) | Log in to comment
© 2025 Ashton Business Journal
''')

ARTICLES.append(r'''
@id au-remote-eviction-hearing-default-judgments-pell
@style remote_eviction_hearing_default_judgments
Logged in, then locked out: 1 in 4 eviction defaults in Pell County followed a failed video connection, court records show
  > document | court-records | court records | show | 1 in 4 eviction defaults in Pell County followed a failed video connection

When Keisha Marlowe's eviction case was called at 9:14 a.m. on a Tuesday in February, she was on hold.
The clerk marked her absent, and a default judgment was entered against her four minutes later, according to the court's docket.
  > document | docket | the court's docket | according to | <
"I was sitting in my car in the parking lot at work with the link open, watching a wheel spin," Marlowe said.
  > named_person | marlowe | Marlowe | said | <
She was evicted 12 days later.
Her case is one of 2,317 default judgments entered in Pell County Housing Court in 2024, according to court records analyzed by the Tri-County Ledger.
  > document | court-records | court records analyzed by the Tri-County Ledger | according to | <
In 581 of those cases, the records show, the tenant had logged in to the court's video system or called its phone line before the hearing but was not connected when the case was called.
  > document | court-records | the records | show | In 581 of those cases ;; the tenant had logged in to the court's video system or called its phone line before the hearing but was not connected when the case was called

Chief Housing Judge Miriam Osei said in an interview that clerks are instructed to check the video waiting room before marking anyone absent.
  > named_official | osei | Chief Housing Judge Miriam Osei | said in an interview | >
"If that didn't happen, that's a problem, and we'll fix it," she said.
  > named_official | osei | she | said | <
But two courtroom clerks, who spoke on the condition that they not be named because they could be disciplined, said they received no such instruction until after the Ledger began asking questions in May.
  > anonymous_official | clerks | two courtroom clerks | said | > | anon=who spoke on the condition that they not be named because they could be disciplined
One of the clerks said some judges call 40 cases in an hour and "there's no time to scroll."
  > anonymous_official | clerks | One of the clerks | said | >
The Administrative Office of the Pell County Courts said the video platform's vendor had fixed a software bug in March that dropped some callers from the waiting room.
  > named_organization | aopc | The Administrative Office of the Pell County Courts | said | >
The vendor, CourtLink Systems, declined to comment.
  > declined_comment | courtlink | The vendor, CourtLink Systems | declined to comment | - | resp=declined
A person familiar with the court's budget said a proposal to pay a second clerk to watch the video waiting room was cut last year.
  > anonymous_familiar | familiar | A person familiar with the court's budget | said | >
The county executive's office did not respond to questions about the budget.
  > declined_comment | county-exec | The county executive's office | did not respond to questions about the budget | - | resp=no_response

Dennis Pruitt, a lawyer for Marlowe's former landlord, Crestview Apartments, said the company had followed the law and had no say over how the court runs its hearings.
  > named_official | pruitt | Dennis Pruitt, a lawyer for Marlowe's former landlord, Crestview Apartments | said | >
Sonia Reyes, managing attorney at Pell Legal Services, said her office had filed motions to reopen about 90 cases in which tenants had proof they had logged in, and had won most of them.
  > named_official | reyes | Sonia Reyes, managing attorney at Pell Legal Services | said | >
Critics of remote hearings say tenants without reliable internet are the ones most likely to be dropped.
  > anonymous_other | critics | Critics of remote hearings | say | >
Arthur Blum, who studies eviction courts at Midland University, said remote hearings had raised appearance rates overall but created a new way to lose.
  > named_person | blum | Arthur Blum, who studies eviction courts at Midland University | said | >
"The old version was missing the bus," he said.
  > named_person | blum | he | said | <
"Now it's a frozen screen, and the judge can't tell the difference between that and a no-show."
  > named_person | blum | Blum | - | *
A 2023 study by the Court Access Project, a nonprofit research group, found similar patterns in the housing courts of three other states.
  > document | study | A 2023 study by the Court Access Project, a nonprofit research group | found | >
Osei had hoped to bring most hearings back into the courtroom by this summer, but the courthouse renovation has fallen behind schedule.
  > named_official | osei | Osei | had hoped | to bring most hearings back into the courtroom by this summer | nosrc
Marlowe now lives with her sister in Dayton.

@excluded
The Tri-County Ledger is an independent, nonprofit newsroom. Republish this story for free under our Creative Commons license.
Methodology: Read how we analyzed Pell County eviction records.
Do you have an eviction story to share? Tell us here.
Donate to the Tri-County Ledger.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
