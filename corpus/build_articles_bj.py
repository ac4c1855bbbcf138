"""Build corpus/articles/bj.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on four themes -- state legislatures and governors, wars and military operations
abroad, hospitals and health insurers, and the entertainment and media industry
(prior_authorization_veto_override_wire, war_cabinet_strike_options_national_daily,
rural_labor_ward_closure_tv_station, streaming_originals_writedown_trade_exclusive,
emergency_powers_cap_statehouse_radio_transcript, embassy_evacuation_airlift_liveblog,
insurer_denial_algorithm_commissioner_qa, media_business_weekly_newsletter_section_heads,
drone_strike_wedding_inquiry_magazine_feature,
student_plan_hospital_network_dispute_student_paper,
retransmission_blackout_explainer_subheads, parole_board_chair_audit_resignation_corrected),
partly set in invented countries (Veldania, Drovna, Austrel, Qaressa, Belmora, Carrodan,
Sadira) and an invented state (Delmont), in the voices of twelve kinds of outlet: a wire
story from a statehouse, a national daily's account of a war cabinet's deliberations, a local
television station's website, a trade publication's exclusive, a public-radio statehouse
transcript with host, reporter and speaker labels, a newspaper's live blog with GMT
timestamps, an edited Q&A with a regulator whose questions themselves cite sources, a weekly
media-business newsletter with capitalised section heads, a magazine feature with a dek and a
first-person reporter, a student newspaper, an explainer built on question subheads, and a
local daily's story with an update line and a correction in its footer.

The sources: governors, legislators, a state auditor, a commissioner, a defense minister's
spokeswoman, a president, a foreign minister, a militia spokesman, a hospital chief executive,
studio and insurer executives, named spokespeople, lawyers and an agent speaking for clients
(named officials); an oncologist, a pregnant resident, a flood victim, a schoolteacher in a
struck village, a doctoral student, a crime victim's sister, a freelance journalist, an
entertainment lawyer, a media economist and researchers (named persons); legislatures,
ministries, an army, insurers, studios, a guild, a union, a hospital, a university office and
unnamed spokespeople (organisations); current and former officials, serving officers, a
leadership aide, opposition lawmakers, an embassy official, a hospital official, a company
executive, a board member and a former medical director, with and without a stated reason;
people familiar with, briefed on, close to, or involved in something; vague sources (nurses,
showrunners, residents, villagers, students, citizens at an airport, physicians, analysts,
human rights groups, "neither company"); documents (a legislative journal, a survey, a letter,
a memo, emails, a quarterly filing, comptroller records, campaign finance filings, an
examination report, an inquiry report, an audit, a resignation letter, data and estimates);
media reports, including the outlet's own earlier reporting and foreign state media;
non-answers of all three kinds, some spoken inside an interview; people described first and
named later; quotes over several sentences and across speaker labels; content before and
after the cue and split around it; headline and dek attributions; two attributions in one
sentence; and look-alikes left unannotated or marked not sourcing ("plans", "wants", "has
wanted" in the reporter's voice; "has not said", "has not commented", "does not mention",
"does not give a number", "could not be independently verified", "is expected", a
correspondent who "reports" for the outlet itself, "I spoke with"). All twelve end with a
footer of excluded boilerplate. Nothing is trained or tuned on them. Same line format and
builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_bj.py [--render]
     python corpus/build_articles_bj.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "bj.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id bj-prior-auth-veto-override-delmont
@style prior_authorization_veto_override_wire
Delmont lawmakers override governor's veto of limits on insurer prior authorization

HARLAN FALLS -- The Delmont Legislature on Thursday overrode Gov. Patricia Vandermeer's veto of a bill that would force health insurers to decide most prior-authorization requests within 72 hours, handing the Republican governor the first override of her two terms.
The Senate voted 31-8 and the House 71-29, both above the two-thirds margin required, according to the legislature's journal.
  > document | journal | the legislature's journal | according to | <
Vandermeer said in her veto message last month that the bill would raise premiums for small businesses by as much as 4 percent and that insurers, not lawmakers, were best placed to decide which treatments need review.
  > named_official | vandermeer | Vandermeer | said in her veto message last month | >
Her spokesman, Colin Ashby, said after the vote that the governor "respects the legislature's decision" but expects "the bills to come due in next year's rate filings."
  > named_official | ashby | Her spokesman, Colin Ashby | said after the vote | >

The bill's sponsor, Sen. Marcus Oyelaran, a Democrat from Tillbrook, said he had heard from hundreds of constituents whose chemotherapy or surgery had been delayed while they waited for an insurer's approval.
  > named_official | oyelaran | The bill's sponsor, Sen. Marcus Oyelaran, a Democrat from Tillbrook | said | >
"We are not asking insurers to pay for everything," Oyelaran said on the Senate floor before the vote.
  > named_official | oyelaran | Oyelaran | said on the Senate floor | <
"We are asking them to answer the phone."
  > named_official | oyelaran | Oyelaran | - | *

The Delmont Association of Health Plans, which lobbied against the bill, said in a statement that it would work with regulators on rules to carry it out.
  > named_organization | dahp | The Delmont Association of Health Plans, which lobbied against the bill | said in a statement | >
The state's largest insurer, Keystone Crest Health, did not respond to a request for comment.
  > declined_comment | keystone | The state's largest insurer, Keystone Crest Health | did not respond to a request for comment | - | resp=no_response
Keystone Crest has said that fewer than 2 percent of its prior-authorization requests are denied.
  > named_organization | keystone | Keystone Crest | has said | >

Several Republican senators who had voted for the bill in March came under pressure from the governor's office to switch sides, according to a person familiar with the whip count, who asked not to be named because the caucus's discussions are private.
  > anonymous_familiar | familiar | a person familiar with the whip count | according to | < | anon=who asked not to be named because the caucus's discussions are private
In the end, only one of them changed his vote.
A senior official in the governor's office, speaking on condition of anonymity to discuss internal strategy, said Vandermeer had decided weeks ago not to spend political capital on a fight she expected to lose.
  > anonymous_official | gov-official | A senior official in the governor's office | said | > | anon=speaking on condition of anonymity to discuss internal strategy
Vandermeer plans to sign a separate bill next week that would cap out-of-pocket costs for insulin at $35 a month.
  > named_official | vandermeer | Vandermeer | plans | to sign a separate bill next week that would cap out-of-pocket costs for insulin at $35 a month | nosrc

Physicians have complained for years that prior authorization delays care.
  > anonymous_other | physicians | Physicians | have complained | that prior authorization delays care
A 2024 survey by the Delmont Medical Society found that 81 percent of doctors had seen a patient's treatment delayed by a prior-authorization request in the previous year.
  > document | survey | A 2024 survey by the Delmont Medical Society | found | >
Dr. Aisha Wendover, an oncologist in Pike's Landing who testified for the bill, said one of her patients with lymphoma had waited 23 days for approval of a scan.
  > named_person | wendover | Dr. Aisha Wendover, an oncologist in Pike's Landing who testified for the bill | said | >
"By the time the answer came, the cancer had moved," she said, "and so had our whole treatment plan."
  > named_person | wendover | she | said | "By the time the answer came, the cancer had moved," ;; "and so had our whole treatment plan."
The law takes effect Jan. 1, 2027.
@excluded
Reporting by Celine Marsh-Okonkwo; editing by Peter Galloway
Click here to license this story.
© 2026 Northstar Wire. All rights reserved.
''')

ARTICLES.append(r'''
@id bj-war-cabinet-strike-options-drovna
@style war_cabinet_strike_options_national_daily
Halvorsen weighed striking Drovnan ports before settling on radar sites, officials say
  > anonymous_official | officials | officials | say | Halvorsen weighed striking Drovnan ports before settling on radar sites

Military chiefs warned that hitting the ports could drag Drovna's navy into the Pellan Strait, two people who attended the meetings said.
  > anonymous_familiar | attendees | two people who attended the meetings | said | <

LINDHOLT -- President Tomas Halvorsen was presented with three options for striking Drovna after a drone attack killed six Veldanian sailors last week, and for most of a day he favored the most aggressive one, hitting two naval ports on the Drovnan coast, according to four current and former officials briefed on the deliberations.
  > anonymous_official | officials | four current and former officials briefed on the deliberations | according to | <
Halvorsen ultimately approved narrower strikes on three radar and missile sites, which were carried out early Sunday.
The officials, who spoke on the condition of anonymity because they were not authorized to describe classified discussions, said the chief of the defense staff, Gen. Rune Aalberg, argued that striking the ports risked a clash with Drovna's navy in the strait, where three Veldanian destroyers were operating.
  > anonymous_official | officials | The officials | said | > | anon=who spoke on the condition of anonymity because they were not authorized to describe classified discussions
Defense Minister Ingrid Solvik initially backed the port option, two of the officials said, but changed her view after intelligence analysts estimated that as many as 40 civilian dockworkers could be killed.
  > anonymous_official | officials | two of the officials | said | Defense Minister Ingrid Solvik initially backed the port option ;; but changed her view after intelligence analysts estimated that as many as 40 civilian dockworkers could be killed
Solvik's spokeswoman, Marit Eide, disputed that account, saying the minister had "consistently favored a proportionate response."
  > named_official | eide | Solvik's spokeswoman, Marit Eide | disputed | that account
  > named_official | eide | Solvik's spokeswoman, Marit Eide | saying | >

A senior military officer, who asked not to be named because he was not authorized to speak to reporters, said the radar sites were chosen because they had guided the drones that struck the frigate Hallvard.
  > anonymous_official | officer | A senior military officer | said | > | anon=who asked not to be named because he was not authorized to speak to reporters
"We hit the eyes, not the arms," the officer said.
  > anonymous_official | officer | the officer | said | <
Drovna's Defense Ministry said in a statement broadcast on state television that 11 soldiers had been killed, and vowed a response "at a time and place of our choosing."
  > named_organization | drovna-mod | Drovna's Defense Ministry | said in a statement broadcast on state television | that 11 soldiers had been killed
  > named_organization | drovna-mod | Drovna's Defense Ministry | vowed | a response "at a time and place of our choosing."
Drovnan state media reported that a fisherman was among the dead, a claim that could not be independently verified.
  > media_report | drovna-media | Drovnan state media | reported | that a fisherman was among the dead

Halvorsen told reporters on Monday that he had "listened to every voice in the room" and that the strikes were "exactly as large as they needed to be."
  > named_official | halvorsen | Halvorsen | told reporters on Monday | >
He declined to say whether further strikes were planned.
  > declined_comment | halvorsen | He | declined to say whether further strikes were planned | - | resp=declined
The president's national security adviser, Elin Brask, did not respond to requests for comment.
  > declined_comment | brask | The president's national security adviser, Elin Brask | did not respond to requests for comment | - | resp=no_response

People familiar with the intelligence said analysts had warned before the attack that Drovna was moving drone launchers closer to the strait, a warning that some lawmakers say was never shared with Parliament's intelligence committee.
  > anonymous_familiar | intel-familiar | People familiar with the intelligence | said | analysts had warned before the attack that Drovna was moving drone launchers closer to the strait
  > anonymous_official | lawmakers | some lawmakers | say | a warning ;; was never shared with Parliament's intelligence committee
The committee's chairman, Per Haugland, wrote in a letter to Halvorsen on Tuesday that the government had "a legal duty" to brief the committee before any use of force abroad.
  > named_official | haugland | The committee's chairman, Per Haugland | wrote in a letter to Halvorsen on Tuesday | >
The letter, which was reviewed by The Lindholt Record, asks for a closed hearing within 10 days.
  > document | letter | The letter, which was reviewed by The Lindholt Record | asks | for a closed hearing within 10 days
Halvorsen's office has not said whether it will agree to one.

Analysts in Lindholt expect Drovna to answer with cyberattacks or strikes on shipping rather than a direct attack on Veldanian forces.
  > anonymous_other | analysts | Analysts in Lindholt | expect | >
"Drovna has to be seen to respond, but it cannot afford a war at sea," said Hanne Vollan, a researcher at the Nordmark Institute for Defence Studies.
  > named_person | vollan | Hanne Vollan, a researcher at the Nordmark Institute for Defence Studies | said | <
The Record reported on Saturday that the drone that hit the Hallvard had been launched from a barge rather than from the coast.
  > media_report | record | The Record | reported on Saturday | >
@excluded
Read more: A timeline of the Pellan Strait crisis
Share this story
Sign up for Morning Record, our daily briefing.
© 2026 The Lindholt Record
''')

ARTICLES.append(r'''
@id bj-rural-labor-ward-closure-calloway-springs
@style rural_labor_ward_closure_tv_station
St. Brendan's will stop delivering babies in March, hospital says
  > named_organization | stbrendan | hospital | says | St. Brendan's will stop delivering babies in March

CALLOWAY SPRINGS -- St. Brendan's Regional Medical Center will close its labor and delivery unit on March 31, leaving expectant mothers in Marlow County more than an hour's drive from the nearest place to give birth, the hospital announced Tuesday.
  > named_organization | stbrendan | the hospital | announced Tuesday | <
In a letter to staff obtained by KVLN 7 News, the hospital's chief executive, Dr. Raymond Achterberg, wrote that the unit delivered 212 babies last year, down from 390 a decade ago, and lost $3.1 million.
  > named_official | achterberg | the hospital's chief executive, Dr. Raymond Achterberg | wrote | >
He wrote that the hospital "cannot safely staff a unit around the clock" with only two full-time obstetricians.
  > named_official | achterberg | He | wrote | >
Achterberg declined an on-camera interview.
  > declined_comment | achterberg | Achterberg | declined an on-camera interview | - | resp=declined
A hospital spokeswoman, Jill Tenney, said patients due after March 31 would be helped to transfer their care to Rexford General Hospital, 68 miles away.
  > named_official | tenney | A hospital spokeswoman, Jill Tenney | said | >

Nurses who work on the unit learned of the closure at a meeting Monday afternoon, three of them told KVLN.
  > anonymous_other | nurses | three of them | told KVLN | <
The nurses, who asked not to be named because they feared losing their jobs, said they had been offered positions on the hospital's medical floor at the same pay.
  > anonymous_other | nurses | The nurses | said | > | anon=who asked not to be named because they feared losing their jobs
One of them said the unit had been short-staffed for two years and that traveling nurses often covered night shifts.
  > anonymous_other | nurses | One of them | said | >

Kayla Brandvold, who is 30 weeks pregnant with her second child, said she first heard about the closure from a friend's Facebook post.
  > named_person | brandvold | Kayla Brandvold, who is 30 weeks pregnant with her second child | said | >
"My first baby came in 40 minutes," Brandvold said.
  > named_person | brandvold | Brandvold | said | <
"I don't know what I'm supposed to do with an hour-long drive in February."
  > named_person | brandvold | Brandvold | - | *

Marlow County Commissioner Dale Sorensen said the county had offered the hospital $400,000 a year to keep the unit open and never received an answer.
  > named_official | sorensen | Marlow County Commissioner Dale Sorensen | said | >
Tenney said the hospital had considered the offer but that it would have covered "a fraction" of the losses.
  > named_official | tenney | Tenney | said | >

Rural hospitals in the state have closed 11 labor units since 2019, according to data from the state Health Authority.
  > document | ha-data | data from the state Health Authority | according to | <
A report last year by the Rural Maternity Project, a research group at Cascadia State University, found that births outside a hospital rose sharply in counties that lost their labor wards.
  > document | rmp-report | A report last year by the Rural Maternity Project, a research group at Cascadia State University | found | >
The Health Authority said it could not stop the closure because state law does not require hospitals to offer obstetric care.
  > named_organization | health-authority | The Health Authority | said | >
State Rep. Nora Quist, whose district includes Calloway Springs, plans to introduce a bill requiring a year's notice before such closures.
  > named_official | quist | State Rep. Nora Quist, whose district includes Calloway Springs | plans | to introduce a bill requiring a year's notice before such closures | nosrc
Quist could not be reached for comment Tuesday evening.
  > declined_comment | quist | Quist | could not be reached for comment Tuesday evening | - | resp=unreachable
KVLN first reported in October that the hospital was reviewing the future of the unit.
  > media_report | kvln | KVLN | first reported in October | >
@excluded
Download the KVLN 7 app for breaking news alerts.
Have a story idea? Email the KVLN newsroom.
Copyright 2026 KVLN-TV. All rights reserved.
''')

ARTICLES.append(r'''
@id bj-streaming-originals-writedown-castellan
@style streaming_originals_writedown_trade_exclusive
Exclusive: Castellan to pull 38 Lumen+ originals in $410 million write-down

An internal memo lays out the plan; the Screen Writers Alliance says it will "use every tool" to fight it
  > document | memo | An internal memo | lays out | the plan
  > named_organization | swa | the Screen Writers Alliance | says | it will "use every tool" to fight it

Castellan Media plans to remove 38 original series and films from its Lumen+ streaming service by the end of the month, a move that will let the company take a write-down of about $410 million, according to an internal memo reviewed by Marquee.
  > document | memo | an internal memo reviewed by Marquee | according to | <
The memo, sent Tuesday by Lumen+ content chief Dana Ferrante to senior staff, says the titles "no longer justify their carrying costs" and lists them by name, including the award-winning drama "Salt Year."
  > document | memo | The memo, sent Tuesday by Lumen+ content chief Dana Ferrante to senior staff | says | >
Removed titles no longer generate residuals, the payments that writers, directors and actors receive when their work is reused.
Two people familiar with the plan, who were not authorized to discuss it publicly, said Castellan had also approached two rival streamers about licensing some of the shows, which would restore some payments.
  > anonymous_familiar | familiar | Two people familiar with the plan | said | > | anon=who were not authorized to discuss it publicly
A Castellan spokeswoman confirmed the memo's authenticity but declined to comment on the write-down or the licensing talks.
  > named_organization | castellan | A Castellan spokeswoman | confirmed | the memo's authenticity
  > declined_comment | castellan | A Castellan spokeswoman | declined to comment on the write-down or the licensing talks | - | resp=declined
Ferrante did not respond to an email.
  > declined_comment | ferrante | Ferrante | did not respond to an email | - | resp=no_response

The Screen Writers Alliance said in a statement that it would "use every tool in the contract" to fight the removals and had asked Castellan for a list of affected members.
  > named_organization | swa | The Screen Writers Alliance | said in a statement | >
The guild's executive director, Howard Nakagawa, said write-downs had become "a way to make people's work disappear for a line on a tax return."
  > named_official | nakagawa | The guild's executive director, Howard Nakagawa | said | >
"You made it, you sold it as a crown jewel, and now you're burying it," he said.
  > named_official | nakagawa | he | said | <
Nakagawa said the guild had not decided whether to file a grievance.
  > named_official | nakagawa | Nakagawa | said | >

Castellan's chief financial officer, Priya Raman, told analysts on an earnings call last month that the company expected "further content impairments" as it cut Lumen+'s programming budget by about 15 percent.
  > named_official | raman | Castellan's chief financial officer, Priya Raman | told analysts on an earnings call last month | >
Castellan's stock has fallen 22 percent this year.
Some producers whose shows are on the list learned of the plan from their agents, according to three showrunners, who asked not to be named for fear of hurting their chances of future deals with the studio.
  > anonymous_other | showrunners | three showrunners | according to | < | anon=who asked not to be named for fear of hurting their chances of future deals with the studio
One of them said she had not been told whether the show's episodes would remain available for purchase.
  > anonymous_other | showrunners | One of them | said | >
Felix Amundsen, an entertainment lawyer who represents writers but is not involved in the dispute, said the guild's contract did not explicitly bar removals.
  > named_person | amundsen | Felix Amundsen, an entertainment lawyer who represents writers but is not involved in the dispute | said | >
"Studios wrote those contracts before anyone imagined deleting a show," Amundsen said.
  > named_person | amundsen | Amundsen | said | <

Marquee reported in May that Castellan was weighing a sale of Lumen+ to Veridian Studios.
  > media_report | marquee | Marquee | reported in May | >
A Veridian spokesman could not be reached.
  > declined_comment | veridian | A Veridian spokesman | could not be reached | - | resp=unreachable
Lumen+ has about 31 million subscribers, according to the company's most recent quarterly filing.
  > document | filing | the company's most recent quarterly filing | according to | <
@excluded
Subscribe to Marquee Pro for full access to our coverage.
Got a tip? Reach our newsroom securely.
© 2026 Marquee Media Group. All rights reserved.
''')

ARTICLES.append(r'''
@id bj-emergency-powers-cap-statehouse-radio
@style emergency_powers_cap_statehouse_radio_transcript
Senate panel votes to cap governor's emergency powers; governor calls it "a gift to the next disaster"
  > named_official | okafor | governor#2 | calls | it "a gift to the next disaster"

CLAIRE DUNMORE, HOST: A state Senate committee voted 7-2 today to limit how long Governor Lydia Okafor can keep an emergency declaration in place without the legislature's approval.
The bill follows months of criticism over no-bid contracts the governor's office signed during last spring's floods.
Statehouse reporter Ian Mabry has been following the hearing.

IAN MABRY, BYLINE: Claire, the bill would end any emergency declaration after 30 days unless lawmakers vote to extend it.
Right now the governor can renew one every month on her own, and Okafor has renewed the flood emergency nine times.
The bill's sponsor, Senator Ruth Calderwood, a Republican, says that's exactly the problem.
  > named_official | calderwood | The bill's sponsor, Senator Ruth Calderwood, a Republican | says | >

RUTH CALDERWOOD: An emergency is supposed to last a few weeks, not become a way of governing.
  > named_official | calderwood | RUTH CALDERWOOD | : | >
Nine months in, we have contracts worth $84 million that nobody in this building voted on.
  > named_official | calderwood | RUTH CALDERWOOD | - | *

MABRY: Most of that money went to one company, Tri-Rivers Restoration, according to records from the state comptroller's office.
  > document | comptroller-records | records from the state comptroller's office | according to | Most of that money went to one company, Tri-Rivers Restoration
Tri-Rivers' owner, Gary Voss, gave $25,000 to the governor's re-election campaign in 2024, campaign finance filings show.
  > document | campaign-filings | campaign finance filings | show | <
Voss did not return my calls.
  > declined_comment | voss | Voss | did not return my calls | - | resp=no_response
The governor's office sent a statement saying every contract was reviewed by the state's procurement lawyers and that "speed saved homes."
  > named_organization | gov-office | The governor's office | sent a statement saying | >
Okafor herself was more blunt at a press conference this afternoon.

GOVERNOR LYDIA OKAFOR: If this bill had been law in April, we would still be waiting on a committee vote while people were on their roofs.
  > named_official | okafor | GOVERNOR LYDIA OKAFOR | : | >
It's a gift to the next disaster.
  > named_official | okafor | GOVERNOR LYDIA OKAFOR | - | *

MABRY: Not everyone in her own party agrees.
Two Democratic senators on the committee voted for the bill, and a Democratic leadership aide told me privately that the caucus is split.
  > anonymous_official | dem-aide | a Democratic leadership aide | told me privately | >

DUNMORE: Does the bill have a path in the House?

MABRY: Probably, but it may not survive a veto.
House Speaker Tom Brinkley told reporters he would bring it to the floor next month.
  > named_official | brinkley | House Speaker Tom Brinkley | told reporters | >
Overriding a veto takes two-thirds of both chambers, and by my count supporters are a few votes short in the House.
People who lived through the floods are watching closely.
I spoke with Denise Harjo in Millers Ferry, whose flooded house was gutted and rebuilt by Tri-Rivers crews in May.

DENISE HARJO: They did good work on my house, I'll say that.
  > named_person | harjo | DENISE HARJO | : | >
But I'd like to know why it was always the same company.
  > named_person | harjo | DENISE HARJO | - | *

MABRY: The full Senate is expected to vote next week.
For Riverbend Public Radio, I'm Ian Mabry at the statehouse.
@excluded
Transcripts are produced by a contractor on a rush deadline and may contain errors.
Support Riverbend Public Radio: become a sustaining member today.
Copyright © 2026 Riverbend Public Radio.
''')

ARTICLES.append(r'''
@id bj-embassy-evacuation-airlift-tembara
@style embassy_evacuation_airlift_liveblog
Live updates: Evacuation flights from Tembara resume as fighting nears the airport

07:40 GMT
The first evacuation flight in two days left Tembara's Solenne International Airport shortly after dawn with 214 people on board, Austrel's Foreign Ministry said.
  > named_organization | austrel-fm | Austrel's Foreign Ministry | said | <
The ministry said about 1,900 Austrelian citizens had registered to leave and that two more flights were scheduled for Tuesday.
  > named_organization | austrel-fm | The ministry | said | >

08:15 GMT
Foreign Minister Clara Weidenfeld told the national broadcaster ARN that the airlift would continue "as long as the runway is open and the guns stay quiet around it."
  > named_official | weidenfeld | Foreign Minister Clara Weidenfeld | told the national broadcaster ARN | >
She declined to say how many soldiers were guarding the airport.
  > declined_comment | weidenfeld | She | declined to say how many soldiers were guarding the airport | - | resp=declined

09:02 GMT
Two defense officials said about 300 paratroopers had been flown into Tembara overnight to secure the airport's perimeter.
  > anonymous_official | def-officials | Two defense officials | said | >
The officials, speaking on condition of anonymity because the deployment had not been announced, said the troops were under orders not to leave the airport grounds.
  > anonymous_official | def-officials | The officials | said | > | anon=speaking on condition of anonymity because the deployment had not been announced
The Defense Ministry did not respond to a request for comment.
  > declined_comment | austrel-mod | The Defense Ministry | did not respond to a request for comment | - | resp=no_response

09:45 GMT
Shelling was heard overnight in Tembara's northern districts, about six miles from the airport, according to residents reached by phone.
  > anonymous_other | residents | residents reached by phone | according to | <
One resident, a teacher who asked that her name not be used for her family's safety, said families on her street had been sheltering in basements since Saturday.
  > anonymous_other | teacher | One resident, a teacher | said | > | anon=who asked that her name not be used for her family's safety

10:30 GMT
The Qaressan army said in a statement that it had repelled an attack by the Northern Liberation Front on the Karum bridge, which links the city's north to the airport road.
  > named_organization | qa-army | The Qaressan army | said in a statement | >
The Front's spokesman, Idris Malouk, said on social media that its fighters had taken the bridge and would "guarantee safe passage to foreigners who leave peacefully."
  > named_official | malouk | The Front's spokesman, Idris Malouk | said on social media | >
Neither claim could be independently verified.

11:20 GMT
Al-Sahil, a Qaressan news site, reported that at least 40 civilians had been killed in the northern districts since Friday, citing hospital staff.
  > media_report | alsahil | Al-Sahil, a Qaressan news site | reported | that at least 40 civilians had been killed in the northern districts since Friday
A senior official at Tembara's Crescent Hospital, who asked not to be named for his safety, told us the hospital had run out of blood for transfusions on Sunday night.
  > anonymous_official | hospital-official | A senior official at Tembara's Crescent Hospital | told us | > | anon=who asked not to be named for his safety

12:05 GMT
Austrel's embassy in Tembara has stopped answering its public phone line, several citizens waiting at the airport told us.
  > anonymous_other | citizens | several citizens waiting at the airport | told us | <
An embassy official reached by text message said the line had been overwhelmed and urged people to register online.
  > anonymous_official | embassy-official | An embassy official reached by text message | said | the line had been overwhelmed
  > anonymous_official | embassy-official | An embassy official reached by text message | urged | people to register online

13:10 GMT
Our correspondent Lena Sorgaard reports from the airport that a second flight, a military transport, is being loaded.
Families with children are being moved to the front of the line.

14:30 GMT
The International Refugee Council said in a statement that more than 60,000 people had crossed from Qaressa into neighboring Belmora since Friday.
  > named_organization | irc | The International Refugee Council | said in a statement | >
Belmora's interior minister, Ottavio Renn, said the border would stay open but warned that camps near the crossing at Dassa were "already past capacity."
  > named_official | renn | Belmora's interior minister, Ottavio Renn | said | the border would stay open
  > named_official | renn | Belmora's interior minister, Ottavio Renn | warned | that camps near the crossing at Dassa were "already past capacity."

15:15 GMT
Weidenfeld said in Parliament that the government had "no current plans" to send combat troops beyond the airport.
  > named_official | weidenfeld | Weidenfeld | said in Parliament | >
Opposition lawmakers accused the government of waiting too long to order the evacuation.
  > anonymous_official | opposition | Opposition lawmakers | accused | the government of waiting too long to order the evacuation
The government plans to publish a timeline of its decisions next week.
  > named_organization | austrel-gov | The government | plans | to publish a timeline of its decisions next week | nosrc
@excluded
This live page has ended. Follow our continuing coverage here.
Share this page
© 2026 The Austrel Courant
''')

ARTICLES.append(r'''
@id bj-insurer-denial-algorithm-commissioner-qa
@style insurer_denial_algorithm_commissioner_qa
Q&A: Insurance Commissioner Rosalind Teague on why she fined Harrowgate Health Plans $6.2 million

Last month, state Insurance Commissioner Rosalind Teague fined Harrowgate Health Plans $6.2 million after an examination found that the insurer had used a software tool to deny thousands of claims for rehabilitation care without a doctor reviewing them.
  > document | exam | an examination | found | that the insurer had used a software tool to deny thousands of claims for rehabilitation care without a doctor reviewing them
Harrowgate, which covers about 900,000 people in the state, has said it will appeal the fine.
  > named_organization | harrowgate | Harrowgate, which covers about 900,000 people in the state | has said | >
The examination report, released with the fine, says the tool flagged 14,300 claims in 2024 and that 92 percent of them were denied.
  > document | exam | The examination report, released with the fine | says | >
Teague spoke with us in her office in Ashgrove on Monday; the conversation has been edited for length and clarity.

Q: What did your examiners find?
Teague: In plain terms, a computer was saying no, and a doctor was signing off on a stack of denials without opening the files.
  > named_official | teague | Teague | : | >
One medical director approved more than 1,100 denials in a single day.
  > named_official | teague | Teague | - | *

Q: Harrowgate says the tool only recommends and that every denial was reviewed by a clinician.
  > named_organization | harrowgate | Harrowgate | says | >
Teague: Our examiners looked at the time stamps.
  > named_official | teague | Teague | : | >
Some of those reviews took eleven seconds.
  > named_official | teague | Teague | - | *
I'll let people decide whether that's a review.
  > named_official | teague | Teague | - | *

Q: Did anyone inside the company raise concerns?
Teague: Two employees came to us last spring.
  > named_official | teague | Teague | : | >
I'm not going to say who they are or what they do.
  > declined_comment | teague | Teague | not going to say who they are or what they do | - | resp=declined

Q: A former Harrowgate medical director told the Ashgrove Ledger in June that managers set monthly targets for denials.
  > anonymous_official | ex-director | A former Harrowgate medical director | told the Ashgrove Ledger in June | >
Is that what you found?
Teague: I read that story.
  > named_official | teague | Teague | : | >
We didn't find a written target, and that's all I can tell you on that.
  > named_official | teague | Teague | - | *

Q: Is the fine big enough to change anything?
Teague: By itself, no.
  > named_official | teague | Teague | : | >
Harrowgate made $388 million last year.
  > named_official | teague | Teague | - | *
What changes behavior is the corrective plan, which requires a physician to personally review every denial of rehabilitation care starting in January.
  > named_official | teague | Teague | - | *

Q: Do you plan to look at other insurers?
Teague: We've started.
  > named_official | teague | Teague | : | >
I won't name them until we're done.
  > declined_comment | teague | Teague | won't name them | - | resp=declined

After the interview, Harrowgate's spokesman, Evan Lasko, said in an email that the company "strongly disagrees" with the examination's conclusions and that its clinicians "review every case on its merits."
  > named_official | lasko | Harrowgate's spokesman, Evan Lasko | said in an email | >
The company did not make its chief medical officer available for an interview.
  > declined_comment | harrowgate | The company | did not make its chief medical officer available for an interview | - | resp=declined
@excluded
This interview is part of our series on who decides what your insurance covers.
Share your insurance story with our health desk.
Comments are closed for this article.
© 2026 The Ashgrove Examiner
''')

ARTICLES.append(r'''
@id bj-media-business-newsletter-green-room
@style media_business_weekly_newsletter_section_heads
The Green Room: Halcyon and Redfern are talking again, and a memoir gets pulled

Good morning, and welcome back to The Green Room, our weekly note on the business of movies, TV and books.

THE BIG ONE
Halcyon Pictures and Redfern Entertainment have reopened merger talks that collapsed in March, according to three people briefed on the discussions.
  > anonymous_familiar | briefed | three people briefed on the discussions | according to | <
The two sides are discussing a deal that would value Redfern at about $19 billion including debt, two of the people said.
  > anonymous_familiar | briefed | two of the people | said | <
Halcyon's chief executive, Marcus Obi, has wanted to own a large film library since he took over in 2022.
  > named_official | obi | Halcyon's chief executive, Marcus Obi | has wanted | to own a large film library | nosrc
Halcyon declined to comment.
  > declined_comment | halcyon | Halcyon | declined to comment | - | resp=declined
Redfern said in a statement that it "does not comment on market rumors."
  > named_organization | redfern | Redfern | said in a statement | >
The Financial Courier first reported the renewed talks on Sunday.
  > media_report | fincourier | The Financial Courier | first reported | the renewed talks
Some analysts doubt that regulators would approve the deal.
  > anonymous_other | analysts | Some analysts | doubt | >
The combined company would release nearly a third of the films shown in the country's theaters, according to figures from the box-office tracker Screenlines.
  > document | screenlines | figures from the box-office tracker Screenlines | according to | <

STREAMING
Everpeak, the music-streaming service, is raising its prices by $2 a month starting in February, the company said in an email to subscribers.
  > named_organization | everpeak | the company | said in an email to subscribers | <
It is the second increase in 14 months.
An Everpeak executive, who asked not to be named because the figures are not public, told The Green Room that fewer than 1 percent of subscribers canceled after the last increase.
  > anonymous_official | everpeak-exec | An Everpeak executive | told The Green Room | > | anon=who asked not to be named because the figures are not public

PUBLISHING
Larkspur House has halted shipments of "Northern Water," the best-selling memoir by the former war correspondent Desmond Harrow, three weeks after its release.
Nadia Ferris, a freelance journalist, said in a post on Thursday that she had found at least 30 passages in the book that closely match earlier articles by other reporters.
  > named_person | ferris | Nadia Ferris, a freelance journalist | said in a post on Thursday | >
Larkspur said in a statement that it had "paused distribution while we review the concerns raised."
  > named_organization | larkspur | Larkspur | said in a statement | >
Harrow's agent, Celia Moravec, said her client "never intended to present anyone's work as his own" and would issue a longer response.
  > named_official | moravec | Harrow's agent, Celia Moravec | said | >
Harrow himself could not be reached.
  > declined_comment | harrow | Harrow himself | could not be reached | - | resp=unreachable
A person close to the author said he was considering suing Ferris for defamation.
  > anonymous_familiar | close-author | A person close to the author | said | >

ONE MORE THING
Attendance at independent theaters rose 8 percent in the third quarter, the National Independent Cinema Guild said in a report on Wednesday.
  > named_organization | nicg | the National Independent Cinema Guild | said in a report on Wednesday | <
Guild president Wanda Ruiz credited older audiences returning for mid-budget dramas.
  > named_official | ruiz | Guild president Wanda Ruiz | credited | older audiences returning for mid-budget dramas
We'll see you next week.
@excluded
Forwarded this email? Sign up for The Green Room here.
You are receiving this email because you subscribed to The Green Room.
Unsubscribe | Manage preferences
© 2026 Lantern Media
''')

ARTICLES.append(r'''
@id bj-drone-strike-wedding-inquiry-ghor-sahel
@style drone_strike_wedding_inquiry_magazine_feature
The Wedding at Ghor Sahel: what the army's own inquiry found, and what it left out

A military review cleared the drone crew.
Internal emails show investigators were told to finish in three weeks.
  > document | emails | Internal emails | show | >

In the early hours of June 14, a Carrodan drone fired two missiles at a convoy of pickup trucks on the road outside Ghor Sahel, a farming village in eastern Sadira.
The army said the next morning that it had killed nine fighters of the Sahel Brigades, an armed group that had attacked Carrodan troops at a nearby base.
  > named_organization | army | The army | said the next morning | >
Villagers said the trucks were carrying a wedding party home from a neighboring town.
  > anonymous_other | villagers | Villagers | said | >

When I reached Ghor Sahel in September, the bride's uncle, a schoolteacher named Yusuf Karrar, walked me to the spot where the trucks burned.
He said 14 people died, among them the groom and two boys aged 11 and 13.
  > named_person | karrar | He | said | >
"They were singing," Karrar said.
  > named_person | karrar | Karrar | said | <
"That is what I heard from my house, singing, and then the explosions."
  > named_person | karrar | Karrar | - | *

The army opened an inquiry in July after a video of the aftermath circulated online.
Its report, released in November, concluded that the drone crew had followed the rules of engagement and that the intelligence identifying the convoy as hostile had been "reasonable at the time."
  > document | report | Its report, released in November | concluded | >
The report acknowledges that "some non-combatants may have been present" but does not give a number.
  > document | report | The report | acknowledges | that "some non-combatants may have been present"
Emails between members of the inquiry team, which were provided to this magazine by a person involved in the review, show that the team's leader was told by a senior officer in the army's legal division to "wrap this up in three weeks."
  > document | emails | Emails between members of the inquiry team, which were provided to this magazine by a person involved in the review | show | >
The person, who asked not to be identified because they could face prosecution for sharing the emails, said the team never interviewed anyone from the village.
  > anonymous_familiar | insider | The person | said | > | anon=who asked not to be identified because they could face prosecution for sharing the emails
The army's chief spokesman, Colonel Anton Velasco, said in a written response to questions that the inquiry had been "thorough and independent" and that witnesses from the area had been "unwilling to travel" to be interviewed.
  > named_official | velasco | The army's chief spokesman, Colonel Anton Velasco | said in a written response to questions | >
The army, Velasco wrote, "will not reopen a completed inquiry on the basis of anonymous claims."
  > named_official | velasco | Velasco | wrote | The army ;; "will not reopen a completed inquiry on the basis of anonymous claims."
Karrar said no one had asked him.
  > named_person | karrar | Karrar | said | >

Two serving officers in the drone unit, who spoke on condition of anonymity because they are not permitted to talk to journalists, described pressure from commanders to approve strikes quickly in the weeks before June 14.
  > anonymous_official | officers | Two serving officers in the drone unit | described | pressure from commanders to approve strikes quickly in the weeks before June 14 | anon=who spoke on condition of anonymity because they are not permitted to talk to journalists
"Everyone knew the colonel wanted numbers," one of them told me.
  > anonymous_official | officers | one of them | told me | <
Human rights groups have long accused the army of undercounting civilian deaths.
  > anonymous_other | rights-groups | Human rights groups | have long accused | the army of undercounting civilian deaths
Sadira Watch, a monitoring group based in the Sadiran capital, Amrah, said in a report last month that it had documented 212 civilian deaths in Carrodan strikes since 2023, more than four times the army's own figure.
  > named_organization | sadira-watch | Sadira Watch, a monitoring group based in the Sadiran capital, Amrah | said in a report last month | that it had documented 212 civilian deaths in Carrodan strikes since 2023
The army disputes the group's methods.
  > named_organization | army | The army | disputes | the group's methods
Defense Minister Paulo Esquivel has not commented on the inquiry.
His office did not answer three requests for an interview.
  > declined_comment | esquivel-office | His office | did not answer three requests for an interview | - | resp=no_response
Carrodan's parliament is due to debate the report in January.

In Ghor Sahel, Karrar keeps the wedding invitation in a plastic sleeve.
"If they had come, I would have shown them this," he said.
  > named_person | karrar | he | said | <
@excluded
This article appears in the March issue of The Long Table.
Photographs by Idris Okonjo for The Long Table.
Letters to the editor: we welcome your responses to this story.
''')

ARTICLES.append(r'''
@id bj-student-plan-hospital-network-dispute-elmcroft
@style student_plan_hospital_network_dispute_student_paper
Contract fight could push ECMC out of student insurance network Jan. 1, university says
  > named_organization | university | university | says | Contract fight could push ECMC out of student insurance network Jan. 1

Elmcroft University Medical Center could leave the network of the student health insurance plan on Jan. 1 if the hospital and the insurer, Pinnacle Assurance, do not reach a new contract, the university told students in an email Monday.
  > named_organization | university | the university | told students in an email Monday | <
About 6,200 students, most of them graduate students, are enrolled in the plan, according to the Office of Student Health.
  > named_organization | osh | the Office of Student Health | according to | <
The email, signed by Vice Provost for Student Life Karen Oduya, said the university was "disappointed" that the two sides had not reached agreement and urged students to refill prescriptions and schedule appointments before the end of the semester.
  > document | email | The email, signed by Vice Provost for Student Life Karen Oduya | said | the university was "disappointed" that the two sides had not reached agreement
  > document | email | The email, signed by Vice Provost for Student Life Karen Oduya | urged | students to refill prescriptions and schedule appointments before the end of the semester

In a statement to The Sentinel, the medical center said Pinnacle had offered payment increases "well below the rate of medical inflation" for the fourth year in a row.
  > named_organization | ecmc | the medical center | said | >
Pinnacle spokesperson Trevor Baskin said the hospital was demanding a 19 percent increase over two years that would "drive up premiums for every student on the plan."
  > named_official | baskin | Pinnacle spokesperson Trevor Baskin | said | >
Baskin said Pinnacle remained "at the table."
  > named_official | baskin | Baskin | said | >
The medical center's chief financial officer did not respond to an interview request.
  > declined_comment | ecmc-cfo | The medical center's chief financial officer | did not respond to an interview request | - | resp=no_response

Students said the email left them confused.
  > anonymous_other | students | Students | said | >
Priya Venkataraman, a fourth-year doctoral student in chemistry who sees a specialist at the medical center every month, said she had called Pinnacle twice and been told different things each time.
  > named_person | venkataraman | Priya Venkataraman, a fourth-year doctoral student in chemistry who sees a specialist at the medical center every month | said | >
"One person said I'd be covered through June, and the other said I'd need a new doctor in January," she said.
  > named_person | venkataraman | she | said | <
The Graduate Workers Union, which negotiated the plan's benefits as part of its contract, said in a letter to the provost on Tuesday that the university should cover students' out-of-network costs if the hospital leaves.
  > named_organization | gwu | The Graduate Workers Union, which negotiated the plan's benefits as part of its contract | said in a letter to the provost on Tuesday | >
University spokesperson Hal Ferreira said the university was "reviewing" the request.
  > named_official | ferreira | University spokesperson Hal Ferreira | said | >
He would not say whether the university had set aside money for that purpose.
  > declined_comment | ferreira | He | would not say whether the university had set aside money for that purpose | - | resp=declined

Contract standoffs between hospitals and insurers often end in last-minute deals, said Lucas Brennan, an associate professor of health policy at Elmcroft who studies hospital pricing.
  > named_person | brennan | Lucas Brennan, an associate professor of health policy at Elmcroft who studies hospital pricing | said | <
But he said the medical center's dominance in the region gives it unusual leverage this time.
  > named_person | brennan | he | said | >
The hospital has about 60 percent of the region's inpatient beds, according to data from the state health department.
  > document | state-data | data from the state health department | according to | <
The Sentinel reported in September that Pinnacle had dropped two community hospitals in neighboring Dorrance County from its network last year.
  > media_report | sentinel | The Sentinel | reported in September | >
The university's contract with Pinnacle runs through August.
@excluded
The Elmcroft Sentinel is published by students of Elmcroft University.
Want to write for The Sentinel? Come to our open meeting Thursdays at 7 p.m. in the student union.
Comments are moderated and may take 24 hours to appear.
''')

ARTICLES.append(r'''
@id bj-retransmission-blackout-explainer-larkmoor
@style retransmission_blackout_explainer_subheads
Why 2 million viewers lost Channel 9 and the Harvest Bowl: the Stratus-Beacon blackout, explained

What happened?
Beacon Broadcasting pulled its 14 local stations, including KBNT Channel 9 in Larkmoor, from the Stratus cable and satellite service at midnight Saturday after the two companies failed to agree on fees.
About 2.1 million Stratus households lost the channels, according to Beacon.
  > named_organization | beacon | Beacon | according to | <
Stratus said the number was closer to 1.6 million.
  > named_organization | stratus | Stratus | said | >

Why are they fighting?
Cable and satellite providers pay broadcasters a monthly fee for each subscriber to carry their stations, known as a retransmission consent fee.
Beacon wants Stratus to pay about $4.10 per subscriber per month, up from $2.60, according to a person familiar with the negotiations.
  > anonymous_familiar | familiar | a person familiar with the negotiations | according to | <
Beacon's president, Cheryl Dunaway, said in a video posted on the company's website that Stratus was paying "far less than our stations are worth" and pocketing the difference.
  > named_official | dunaway | Beacon's president, Cheryl Dunaway | said in a video posted on the company's website | >
Stratus's chief executive, Leo Marchand, said in a letter to customers that Beacon was "holding your Sunday football hostage."
  > named_official | marchand | Stratus's chief executive, Leo Marchand | said in a letter to customers | >

Who is right?
Both, to a degree, media analysts say.
  > anonymous_other | analysts | media analysts | say | <
Fees paid to broadcasters have roughly doubled since 2018, according to estimates by the research firm Ledgerline Media Research.
  > document | estimates | estimates by the research firm Ledgerline Media Research | according to | <
At the same time, audiences for broadcast television keep shrinking.
"The broadcasters have the only thing people still watch live, which is sports, and they know it," said Gwen Tallis, a media economist at the Calder School of Business.
  > named_person | tallis | Gwen Tallis, a media economist at the Calder School of Business | said | <
"The distributors have the customers, and they know that too."
  > named_person | tallis | Gwen Tallis | - | *

What can viewers do?
Stratus said it would give affected customers a $5 credit on their next bill.
  > named_organization | stratus | Stratus | said | >
Viewers with an antenna can still watch Channel 9 free over the air, the station said on its website.
  > named_organization | kbnt | the station | said on its website | <
The station's news director did not respond to a request for comment about whether its newscasts would stream online.
  > declined_comment | kbnt-nd | The station's news director | did not respond to a request for comment about whether its newscasts would stream online | - | resp=no_response

When will it end?
Neither company would predict.
  > declined_comment | both-companies | Neither company | would predict | - | resp=declined
Two people briefed on the talks said the companies had not met in person since Thursday.
  > anonymous_familiar | briefed | Two people briefed on the talks | said | >
The last Beacon blackout, with another distributor in 2023, lasted 23 days, The Larkmoor Gazette reported at the time.
  > media_report | gazette | The Larkmoor Gazette | reported at the time | <
The National Communications Commission has said it has limited power to intervene in carriage disputes.
  > named_organization | ncc | The National Communications Commission | has said | >
The Harvest Bowl kicks off Jan. 1.
@excluded
Have a question about the blackout? Send it to our Answer Desk.
Share this explainer
© 2026 Larkmoor Daily Press
''')

ARTICLES.append(r'''
@id bj-parole-board-chair-audit-resignation-corbinsville
@style parole_board_chair_audit_resignation_corrected
Parole board chair resigns after audit finds she approved releases without hearings
  > document | audit | audit | finds | she approved releases without hearings

Updated at 5:40 p.m. with comment from Gov. Hollis Mayfield's office.

CORBINSVILLE -- The chair of the state Parole Board, Evelyn Strode, resigned Wednesday, a day after a state audit found that the board had granted early release to 41 inmates in 2025 without holding the hearings required by law.
  > document | audit | a state audit | found | that the board had granted early release to 41 inmates in 2025 without holding the hearings required by law
Strode's resignation letter, released by the governor's office, says she is stepping down "so that the board's work can continue without distraction."
  > document | resignation-letter | Strode's resignation letter, released by the governor's office | says | >
The letter does not mention the audit.

The audit, by the Office of the State Auditor, says board staff marked the 41 cases as "heard" in the board's records even though no hearing took place.
  > document | audit | The audit, by the Office of the State Auditor | says | >
In 29 of the cases, the victims or their families were not notified, the audit says.
  > document | audit | the audit | says | <
State Auditor Benjamin Okoro said at a news conference that he had referred the findings to the attorney general.
  > named_official | okoro | State Auditor Benjamin Okoro | said at a news conference | >
"These were not clerical errors," Okoro said, "and I won't let anyone describe them that way."
  > named_official | okoro | Okoro | said | "These were not clerical errors," ;; "and I won't let anyone describe them that way."
"Somebody decided these hearings were optional."
  > named_official | okoro | Okoro | - | *

Strode, a former county prosecutor whom Mayfield appointed in 2023, did not respond to phone messages or an email.
  > declined_comment | strode | Strode, a former county prosecutor whom Mayfield appointed in 2023 | did not respond to phone messages or an email | - | resp=no_response
Her lawyer, Dominic Arroway, said Strode had relied on staff to schedule hearings and "never knowingly skipped a single one."
  > named_official | arroway | Her lawyer, Dominic Arroway | said | >
A board member, who has served since 2019 and spoke on condition of anonymity because the attorney general's review is ongoing, said staff had raised concerns about the backlog with Strode at least twice last year.
  > anonymous_official | board-member | A board member | said | > | anon=spoke on condition of anonymity because the attorney general's review is ongoing

In a statement Wednesday afternoon, Mayfield's office said the governor had accepted the resignation and had asked the board's vice chair, Luis Ocasio, to lead the board on an interim basis.
  > named_organization | gov-office | Mayfield's office | said | >
Mayfield wants the legislature to create an independent inspector general for the parole system, the statement said.
  > named_organization | gov-office | the statement | said | <
Mayfield has not said whether he knew of the missed hearings before the audit was released.
Senate Minority Leader Joan Whitt called for a legislative hearing and said the governor "owes victims an explanation."
  > named_official | whitt | Senate Minority Leader Joan Whitt | called for | a legislative hearing
  > named_official | whitt | Senate Minority Leader Joan Whitt | said | the governor "owes victims an explanation."
Bernadette Lyle, whose brother was killed in 2011 by one of the 41 inmates released, said she learned of his release from a neighbor who saw him at a gas station.
  > named_person | lyle | Bernadette Lyle, whose brother was killed in 2011 by one of the 41 inmates released | said | >
This newspaper first reported in August that the board had cleared a backlog of more than 200 cases in four months.
  > media_report | own | This newspaper | first reported in August | >
The board is scheduled to meet next on Oct. 14.
@excluded
Correction: An earlier version of this story misstated the number of inmates released without hearings. It was 41, not 44.
Subscribe to the Corbinsville Herald-Star for full access to state government coverage.
Reader comments are moderated. Please keep them civil.
© 2026 Corbinsville Herald-Star
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
