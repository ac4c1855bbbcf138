"""Build corpus/articles/bl.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on four themes -- elections and coups abroad and diplomacy, tech platforms and
artificial intelligence, labor unions and strikes, and transportation disasters and safety
investigations (snap_election_ballot_printing_delay_wire,
barracks_mutiny_airport_seizure_liveblog, border_treaty_ratification_public_radio_transcript,
deepfake_appeals_backlog_trade_publication, ai_accelerator_allocation_business_column,
ai_essay_grader_pilot_student_paper, transit_mechanics_strike_local_tv_web,
dockworkers_automation_union_president_edited_qa,
grocery_warehouse_strike_labor_newsletter_section_heads,
river_ferry_overloading_magazine_feature_dek,
chlorine_tank_car_derailment_explainer_question_subheads,
turboprop_icing_training_gap_updated_corrected_story), partly set in invented countries
(Marvessa, Kestria, Serrat, Tarvonia, Velmora, Oresta) and invented towns and counties
(Ridgeport, Cather Springs, Garnet County, Port Averill, the Tamarack Valley), in the voices
of twelve kinds of outlet: a wire story with a dateline, a newspaper's live blog with GMT
timestamps and a correspondent who "reports" for it, a public-radio transcript with host,
reporter and guest speaker labels, a trade publication's exclusive built on internal data, a
business columnist writing in the first person, a student newspaper with a records request,
a local television station's website, an edited Q&A with a union president whose questions
themselves cite sources, a weekly labor newsletter with capitalised section heads, a
magazine feature with a dek and a first-person reporter, an explainer built on question
subheads, and a regional daily's story with an update line and a correction in its footer.

The sources: an election commission chairman, a government spokesman, an opposition leader,
a prime minister, mutinous and loyal army officers, a deputy foreign minister, an opposition
leader in parliament, chief executives, a chief financial officer, a co-founder, named
spokespeople, a provost, a faculty senate chair, a student government president, a union
president, a mayor, a governor, an investigator and a director general (named officials); a
political scientist, a satirical comedian, a content-moderation researcher, a first-year
student, a bus rider, a farmer in a ceded village, a labor law professor, a ferry survivor, a
bereaved wife and a bereaved father, an evacuated resident and a former accident
investigator (named persons); election bodies, a military committee, ministries, an airline,
a regional bloc and its observers, platforms, regulators, companies, unions, a transit
agency, a university office, a county health department and a railroad (organisations);
commission officials, diplomats and an ambassador, military sources, platform managers, board
members, store managers, an inspector, a union official and a regulator's senior official,
with and without a stated reason (anonymous officials); people familiar with, briefed on,
close to, or involved in something (anonymous familiar); residents, a woman near the palace,
an airport worker, analysts, researchers, riders, instructors, faculty members, organizers,
technicians, families and experts (vague anonymous sources); documents (procurement records,
a poll, dashboard figures, a vendor's letter, screenshots, a law, sales terms, a faculty
resolution, emails from a records request, a contract, terms of service, a labor-board
filing and docket, labor statistics, an inspection certificate, an inquiry report, a
manifest, a warning log, a lawsuit, a preliminary safety report, court records, accident
data, budget documents and a posted contract offer); media reports, including the outlet's
own earlier reporting and a radio station; non-answers of all three kinds, one spoken inside
an interview; people described first and named later; pronoun references; quotes over
several sentences and across speaker labels (a speaker label is taken as source with its
colon as cue); content before and after the cue and split around it; headline and dek
attributions; two attributions in one sentence; and look-alikes left unannotated or marked
not sourcing ("plans", "wants", "is expected", "has not said", "has not determined", "did
not dispute", "does not define", "could not independently verify", "I spoke to", a
correspondent who "reports" for the live blog itself). All twelve end with a footer of
excluded boilerplate. Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_bl.py [--render]
     python corpus/build_articles_bl.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "bl.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id bl-marvessa-snap-election-ballots
@style snap_election_ballot_printing_delay_wire
Marvessa election body delays ballot printing, opposition cries foul

PORT LISANE, Marvessa -- Marvessa's electoral commission said on Tuesday it would delay printing ballots for the March 9 snap election by at least a week, a move the main opposition alliance called an attempt to rig the vote.
  > named_organization | commission | Marvessa's electoral commission | said on Tuesday | it would delay printing ballots for the March 9 snap election by at least a week
  > named_organization | civic-renewal | the main opposition alliance | called | a move ;; an attempt to rig the vote
The commission's chairman, Dorin Halloway, told reporters that ballots could not be printed until the Constitutional Court ruled on whether the Civic Renewal alliance had filed its candidate lists on time.
  > named_official | halloway | The commission's chairman, Dorin Halloway | told reporters | >
"We will not print a ballot that may have to be pulped," Halloway said.
  > named_official | halloway | Halloway | said | <
"That would cost the taxpayer twice and confuse every voter in the country."
  > named_official | halloway | Halloway | - | *

Civic Renewal says it submitted its lists two hours before the deadline and has the stamped receipts to prove it.
  > named_organization | civic-renewal | Civic Renewal | says | >
Its leader, Teodora Lusk, said the delay was "a coup by paperwork."
  > named_official | lusk | Its leader, Teodora Lusk | said | the delay was "a coup by paperwork."
A survey published on Sunday by the Lisane Institute of Public Opinion put Civic Renewal at 34 percent, eight points ahead of Prime Minister Aurel Vance's Party of Order.
  > document | survey | A survey published on Sunday by the Lisane Institute of Public Opinion | put | Civic Renewal at 34 percent, eight points ahead of Prime Minister Aurel Vance's Party of Order
Vance dissolved parliament in January after losing a confidence vote over the sale of a stake in the country's largest port.
Government spokesman Pieter Arkwell said the prime minister had "no role whatsoever" in the printing of ballots.
  > named_official | arkwell | Government spokesman Pieter Arkwell | said | >

Two officials at the commission, speaking on condition of anonymity because they were not authorized to discuss its deliberations, said the decision was taken by a 4-3 vote of its board after a heated meeting on Monday night.
  > anonymous_official | comm-officials | Two officials at the commission | said | > | anon=speaking on condition of anonymity because they were not authorized to discuss its deliberations
One of them said the three members appointed by opposition parties had argued that the ballots could be printed with Civic Renewal on them and reprinted if the court ruled against it.
  > anonymous_official | comm-officials | One of them | said | >
The printing contract was awarded in December to Sarvell Graphics, a company in the northern city of Drummet, according to procurement records published on the government's tender portal.
  > document | procurement | procurement records published on the government's tender portal | according to | <
The records show that one of Sarvell's directors, Emil Castellane, is a former deputy chairman of Vance's party.
  > document | procurement | The records | show | >
Sarvell Graphics did not respond to emails and phone calls seeking comment on Tuesday.
  > declined_comment | sarvell | Sarvell Graphics | did not respond to emails and phone calls seeking comment on Tuesday | - | resp=no_response
Castellane could not be reached.
  > declined_comment | castellane | Castellane | could not be reached | - | resp=unreachable

The Lisane Herald reported last week that the commission had ordered only 60 percent of the paper needed for the ballots, a figure the commission has not disputed.
  > media_report | herald | The Lisane Herald | reported last week | that the commission had ordered only 60 percent of the paper needed for the ballots
Western diplomats in Port Lisane say privately that a delay of more than two weeks would make it hard for foreign observers to train and deploy.
  > anonymous_official | diplomats | Western diplomats in Port Lisane | say privately | >
"Every day lost on the ballots is a day lost on training the people who watch the count," said one ambassador, who asked not to be identified to avoid being seen as taking sides.
  > anonymous_official | ambassador | one ambassador | said | < | anon=who asked not to be identified to avoid being seen as taking sides
The observer mission of the Coastal States Council said in a statement that it was "concerned by the uncertainty" and urged the court to rule quickly.
  > named_organization | csc | The observer mission of the Coastal States Council | said in a statement | that it was "concerned by the uncertainty"
  > named_organization | csc | The observer mission of the Coastal States Council | urged | the court to rule quickly
The court is expected to hear the case on Friday.

Analysts said the delay could help Vance, whose party has trailed in the polls since the port sale was announced.
  > anonymous_other | analysts | Analysts | said | >
"The longer this drags on, the more the election becomes about the commission and the less it is about the port," said Marta Ilinca, a political scientist at the University of Port Lisane.
  > named_person | ilinca | Marta Ilinca, a political scientist at the University of Port Lisane | said | <
She said turnout, which was 58 percent in 2022, could fall if voters came to believe the result was being settled in advance.
  > named_person | ilinca | She | said | >
Vance has said he will accept the result of the vote, whatever it is.
  > named_official | vance | Vance | has said | >
@excluded
Reporting by Nadia Koster; Writing by Hugo Brenner; Editing by Alice Mwangi
Our Standards: The Meridian Trust Principles.
© 2026 Meridian Press Agency. All rights reserved.
''')

ARTICLES.append(r'''
@id bl-kestria-mutiny-liveblog
@style barracks_mutiny_airport_seizure_liveblog
Kestria mutiny live: soldiers seize Valdo airport as army says president is 'safe'
  > named_organization | army | army | says | president is 'safe'

Our correspondents in Valdo and across the region are bringing you the latest as a mutiny by army units unfolds in Kestria's capital.

07:15 GMT -- Gunfire has been heard around the presidential palace in Valdo since before dawn, several residents told The Continental by phone.
  > anonymous_other | residents | several residents | told The Continental by phone | Gunfire has been heard around the presidential palace in Valdo since before dawn
One woman who lives two streets from the palace said she had counted at least a dozen armoured vehicles heading toward the airport road.
  > anonymous_other | palace-woman | One woman who lives two streets from the palace | said | >

07:48 GMT -- The state broadcaster, KRT, has gone off the air, replaced by a still image of the national flag and military music.

08:20 GMT -- A group of officers calling itself the Committee for National Salvation has read a statement on a private station, Radio Orizon, saying it has "assumed responsibility for the security of the nation" and suspended the constitution.
  > named_organization | committee | A group of officers calling itself the Committee for National Salvation | saying | it has "assumed responsibility for the security of the nation" and suspended the constitution
The statement was read by Colonel Ruben Asare, commander of the 3rd Armoured Battalion, according to the station.
  > media_report | orizon | the station | according to | The statement was read by Colonel Ruben Asare, commander of the 3rd Armoured Battalion
"The government has lost the confidence of the army and of the people," Asare said in the broadcast.
  > named_official | asare | Asare | said in the broadcast | <
"We will hand power to civilians when order is restored, and not one day later."
  > named_official | asare | Asare | - | *

09:05 GMT -- The army chief of staff, Gen. Moussa Kerr, said in a post on social media that President Elena Marsh was "safe and under the protection of loyal forces," but did not say where she was.
  > named_official | kerr | The army chief of staff, Gen. Moussa Kerr | said in a post on social media | that President Elena Marsh was "safe and under the protection of loyal forces,"
Two military sources told The Continental that Kerr's own headquarters had been surrounded by mutinous troops since about 05:00.
  > anonymous_official | mil-sources | Two military sources | told The Continental | >

09:40 GMT -- Flights in and out of Valdo International Airport have been suspended, according to the flight-tracking service SkyLedger, which shows two inbound aircraft diverting to neighbouring Serrat.
  > document | skyledger | the flight-tracking service SkyLedger | according to | Flights in and out of Valdo International Airport have been suspended
  > document | skyledger | which | shows | two inbound aircraft diverting to neighbouring Serrat
Aerolinea Kestria, the national carrier, said in a statement that all its flights had been cancelled "until further notice."
  > named_organization | carrier | Aerolinea Kestria, the national carrier | said in a statement | >

10:30 GMT -- The foreign ministry of neighbouring Serrat condemned "any attempt to seize power by force" and called for the immediate release of President Marsh.
  > named_organization | serrat-fm | The foreign ministry of neighbouring Serrat | condemned | "any attempt to seize power by force"
  > named_organization | serrat-fm | The foreign ministry of neighbouring Serrat | called for | the immediate release of President Marsh
Foreign ministers of the Western Coast Union will hold an emergency meeting on Thursday, a spokeswoman for the bloc said.
  > named_organization | bloc | a spokeswoman for the bloc | said | <

11:15 GMT -- Our correspondent Lina Achebe reports from outside the airport that soldiers have set up checkpoints on the main road and are turning back cars.
An airport worker who asked not to be named for fear of reprisals said about 40 soldiers had entered the terminal at dawn and ordered staff to leave.
  > anonymous_other | airport-worker | An airport worker | said | > | anon=who asked not to be named for fear of reprisals
"They were young, very young, and they looked as scared as we were," he said.
  > anonymous_other | airport-worker | he | said | <

12:02 GMT -- A diplomat in Valdo said embassies had been advised by the Kestrian foreign ministry to keep their staff indoors.
  > anonymous_official | diplomat | A diplomat in Valdo | said | >
People close to the president's family said Marsh had been moved overnight to a military base outside the city, but The Continental could not independently verify that account.
  > anonymous_familiar | family-close | People close to the president's family | said | Marsh had been moved overnight to a military base outside the city

12:40 GMT -- The Kestrian embassy in Serrat did not answer calls on Wednesday, and a spokesman for the mutineers could not be reached.
  > declined_comment | embassy | The Kestrian embassy in Serrat | did not answer calls on Wednesday | - | resp=no_response
  > declined_comment | mutineer-spox | a spokesman for the mutineers | could not be reached | - | resp=unreachable

13:10 GMT -- For context: this is the third attempted takeover in Kestria since independence, and the first since Marsh won a second term in 2023 in an election that observers from the regional bloc said was "broadly credible."
  > named_organization | bloc-observers | observers from the regional bloc | said | an election that ;; was "broadly credible."
The Continental's Valdo bureau reported in March that junior officers had complained about unpaid bonuses for troops deployed to the northern border.
  > media_report | own-reporting | The Continental's Valdo bureau | reported in March | >

13:45 GMT -- The committee has announced a curfew from 19:00 to 06:00 in a second statement broadcast on Radio Orizon.
  > named_organization | committee | The committee | has announced | a curfew from 19:00 to 06:00
@excluded
This live blog is now closed. Follow our continuing coverage of the crisis in Kestria.
Sign up for Dispatches, our daily world news newsletter.
© 2026 The Continental. All rights reserved.
''')

ARTICLES.append(r'''
@id bl-tarvonia-border-treaty-radio
@style border_treaty_ratification_public_radio_transcript
Tarvonia's parliament narrowly ratifies border treaty with Serrat

ANNA FERREIRA, HOST: Lawmakers in Tarvonia voted today to ratify a border treaty with neighboring Serrat, ending a quarrel over a strip of river valley that has soured relations between the two countries for three decades.
The vote was close, and protesters gathered outside parliament in the capital, Brevik.
Our correspondent Tomas Reid has been following the debate and joins us now.
Tomas, what happened?

TOMAS REID, BYLINE: Well, Anna, the treaty passed 84 votes to 79, the speaker's office announced just after 3 in the afternoon.
  > named_organization | speaker-office | the speaker's office | announced | the treaty passed 84 votes to 79
That's about as narrow as it gets in a 163-seat chamber.
Under the deal, Tarvonia hands over about 40 square kilometers of the Lenn Valley in exchange for a guaranteed share of the river's water and a new road crossing.
The government says that's a fair trade.
  > named_organization | government | The government | says | that's a fair trade
I spoke to Deputy Foreign Minister Irene Vask just before the vote.

IRENE VASK: We have been arguing over this valley since before some members of this parliament were born.
  > named_official | vask | IRENE VASK | : | >
The treaty gives our farmers water security for 50 years, and that is worth more than a line on a map.
  > named_official | vask | IRENE VASK | - | *

REID: But not everyone in the valley sees it that way.
In the village of Korsk, which will become part of Serrat when the treaty takes effect, Pavel Ostrov farms barley on land his grandfather cleared.

PAVEL OSTROV: Nobody asked us.
  > named_person | ostrov | PAVEL OSTROV | : | >
They drew the line in a hotel in the capital, and now I am told I will need a foreign passport to visit my own father's grave.
  > named_person | ostrov | PAVEL OSTROV | - | *

REID: The government has promised people in Korsk the right to keep Tarvonian citizenship and compensation for anyone who chooses to move.
  > named_organization | government | The government | has promised | people in Korsk the right to keep Tarvonian citizenship and compensation for anyone who chooses to move
But the opposition Homeland Party says the compensation is too low, and its leader, Dana Korr, told parliament the treaty was "a surrender signed in ink."
  > named_organization | homeland | the opposition Homeland Party | says | the compensation is too low
  > named_official | korr | its leader, Dana Korr | told parliament | the treaty was "a surrender signed in ink."

FERREIRA: What about the other side of the border?
Has Serrat ratified it?

REID: Not yet.
Serrat's parliament is expected to vote next month, and officials there have signaled they have the votes.
  > anonymous_official | serrat-officials | officials there | have signaled | they have the votes
A Serrati diplomat I spoke with, who asked not to be named because the vote hasn't been scheduled, told me the main worry in Serrat is the opposite of the one here: that the country is giving away too much water.
  > anonymous_official | serrati-diplomat | A Serrati diplomat I spoke with | told me | > | anon=who asked not to be named because the vote hasn't been scheduled
A report last year by the Brevik-based Center for Border Studies found that smuggling through the valley had tripled since 2019, and diplomats from both countries have told me privately that's what really drove the deal.
  > document | cbs-report | A report last year by the Brevik-based Center for Border Studies | found | that smuggling through the valley had tripled since 2019
  > anonymous_official | diplomats-both | diplomats from both countries | have told me privately | that's what really drove the deal

FERREIRA: And the protesters outside parliament?

REID: A few hundred people, mostly from the valley, waving the old regional flag.
Police said there were no arrests.
  > named_organization | police | Police | said | there were no arrests
Korr has said her party will challenge the treaty in the constitutional court, and Vask's ministry declined to comment on that today.
  > named_official | korr | Korr | has said | her party will challenge the treaty in the constitutional court
  > declined_comment | vask-ministry | Vask's ministry | declined to comment | - | resp=declined

FERREIRA: Tomas Reid in Brevik, thank you.

REID: Thanks, Anna.
@excluded
Copyright © 2026 Northern Public Radio. All rights reserved.
This transcript was created on a rush deadline and may not be in its final form. The authoritative record of programming is the audio record.
Visit our website terms of use and permissions pages for further information.
''')

ARTICLES.append(r'''
@id bl-loopline-deepfake-appeals-backlog
@style deepfake_appeals_backlog_trade_publication
Loopline's deepfake appeals queue hit 1.2 million before vendor switch, internal data show
  > document | dashboard | internal data | show | Loopline's deepfake appeals queue hit 1.2 million before vendor switch

Loopline, the short-video platform with about 400 million monthly users, let a backlog of more than 1.2 million user appeals against deepfake takedowns build up this spring, according to internal dashboard figures seen by Trust & Safety Ledger.
  > document | dashboard | internal dashboard figures seen by Trust & Safety Ledger | according to | <
The backlog peaked in April, weeks before the company ended its contract with Veritask, the outsourcing firm that had handled the appeals from offices in the city of Calderra.
The median time to resolve an appeal rose from two days in January to 19 days in April, the figures show.
  > document | dashboard | the figures | show | <
Two managers on Loopline's trust and safety team, who spoke on condition of anonymity because they were not permitted to talk to the press, said appeals had been given lower priority after the company's automated classifier began removing far more videos under a synthetic-media policy introduced in February.
  > anonymous_official | managers | Two managers on Loopline's trust and safety team | said | > | anon=who spoke on condition of anonymity because they were not permitted to talk to the press
"The classifier was built to catch everything, and it did -- including a lot of things that were obviously parody," one of the managers said.
  > anonymous_official | managers | one of the managers | said | <
"Nobody was staffed to clean up after it."
  > anonymous_official | managers | one of the managers | - | *

In a statement, Loopline said it had "substantially reduced" the backlog since moving appeals in-house in June and that more than 90 percent of appeals were now resolved within 72 hours.
  > named_organization | loopline | Loopline | said | >
The company did not dispute the figures but said they "reflect a period of transition."
  > named_organization | loopline | The company | said | they "reflect a period of transition."
Loopline declined to say how many of the removed videos had been reinstated on appeal.
  > declined_comment | loopline | Loopline | declined to say how many of the removed videos had been reinstated on appeal | - | resp=declined

Veritask's chief executive, Ramon Iturbe, said in an interview that his company had warned Loopline in writing in March that it needed at least 300 more reviewers to keep up.
  > named_official | iturbe | Veritask's chief executive, Ramon Iturbe | said in an interview | >
A copy of that letter, reviewed by Trust & Safety Ledger, says the appeals queue was growing "by roughly 40,000 cases a day."
  > document | veritask-letter | A copy of that letter, reviewed by Trust & Safety Ledger | says | >
Iturbe said the contract was ended "without explanation" two weeks later.
  > named_official | iturbe | Iturbe | said | >
A person familiar with Loopline's decision said the company had been unhappy with Veritask's accuracy for months and would have brought the work in-house regardless.
  > anonymous_familiar | familiar | A person familiar with Loopline's decision | said | >

Among those caught in the backlog was Nia Castellano, a comedian in Port Verene who makes satirical videos of politicians with voice-cloning tools.
Castellano said 14 of her videos were removed in March and that she waited nearly seven weeks for her appeals to be heard.
  > named_person | castellano | Castellano | said | >
"I label every single one as parody, in the caption and on the screen," she said.
  > named_person | castellano | she | said | <
All 14 were eventually restored, according to screenshots of the notices she shared with Trust & Safety Ledger.
  > document | screenshots | screenshots of the notices she shared with Trust & Safety Ledger | according to | <

The Velmora Online Safety Commission, which oversees platforms under the country's Platform Accountability Act, said it had written to Loopline in May asking for data on appeal times.
  > named_organization | vosc | The Velmora Online Safety Commission, which oversees platforms under the country's Platform Accountability Act | said | >
The law requires platforms to resolve appeals "without undue delay," but does not define the phrase.
  > document | law | The law | requires | platforms to resolve appeals "without undue delay,"
A commission spokeswoman declined to say whether Loopline had responded.
  > declined_comment | vosc | A commission spokeswoman | declined to say whether Loopline had responded | - | resp=declined
Industry researchers say the episode shows the cost of policies that lean on automated detection.
  > anonymous_other | researchers | Industry researchers | say | >
"If you are going to remove at machine speed, you have to review at machine speed, or close to it," said Oren Baptiste, who studies content moderation at the Halden Institute of Technology.
  > named_person | baptiste | Oren Baptiste, who studies content moderation at the Halden Institute of Technology | said | <
Loopline plans to publish its first transparency report covering synthetic media in September.
  > named_organization | loopline | Loopline | plans | to publish its first transparency report covering synthetic media in September | nosrc
@excluded
Got a tip? Reach our reporters securely at tips@tsledger.example.
Subscribers get our daily Queue briefing. Manage your newsletters.
© 2026 Ledger Media Group
''')

ARTICLES.append(r'''
@id bl-corvane-chip-allocation-column
@style ai_accelerator_allocation_business_column
Corvane's chip rationing is a gift to the biggest buyers

There is a queue at the front of the artificial intelligence boom, and it is getting longer.
Corvane Semiconductor, whose Helix accelerators power a large share of the world's AI data centers, told investors last week that demand would "exceed supply through at least the end of next year."
  > named_organization | corvane | Corvane Semiconductor, whose Helix accelerators power a large share of the world's AI data centers | told investors last week | >
What it did not say on the earnings call is who gets served first.
The answer, according to three people involved in negotiating chip orders with the company, is the five biggest cloud providers, which together have been promised about 70 percent of next year's Helix output.
  > anonymous_familiar | negotiators | three people involved in negotiating chip orders with the company | according to | The answer ;; is the five biggest cloud providers, which together have been promised about 70 percent of next year's Helix output
Smaller buyers, including start-ups and university labs, are being offered delivery dates in 2028, two of them said.
  > anonymous_familiar | negotiators | two of them | said | <
Corvane's chief financial officer, Lucia Brandt, has said publicly that the company allocates chips "fairly, based on firm orders and ability to deploy."
  > named_official | brandt | Corvane's chief financial officer, Lucia Brandt | has said publicly | >

Those are reasonable-sounding criteria.
They are also criteria that only the richest customers can meet.
A firm order for Helix chips requires a deposit of 30 percent, according to a copy of Corvane's standard sales terms that I have seen.
  > document | terms | a copy of Corvane's standard sales terms that I have seen | according to | <
For a start-up trying to buy 2,000 chips, that is tens of millions of dollars up front, before a single server is switched on.
I asked Corvane about the allocation numbers.
A spokesman, Hal Westergaard, declined to discuss individual customers and pointed me to Brandt's remarks.
  > declined_comment | westergaard | A spokesman, Hal Westergaard | declined to discuss individual customers | - | resp=declined

Not everyone is waiting quietly.
Kestrel Labs, a 40-person start-up in the city of Arden that builds models for drug discovery, says it lost a $12 million grant last month because it could not show the funder a delivery date for its hardware.
  > named_organization | kestrel | Kestrel Labs, a 40-person start-up in the city of Arden that builds models for drug discovery | says | >
"We had the money, we had the people, we had the science," said its co-founder, Tomasz Wren.
  > named_official | wren | its co-founder, Tomasz Wren | said | <
"What we didn't have was a place in line."
  > named_official | wren | Tomasz Wren | - | *
Stratus Cloud, the largest of the five providers, said in a statement that it was "expanding access for customers of every size" and that start-ups made up a quarter of its AI computing revenue.
  > named_organization | stratus | Stratus Cloud, the largest of the five providers | said in a statement | >
That may be true, but renting is more expensive than owning, and the rent is set by the same companies that got the chips first.
Analysts at Bellmont Securities estimated in a note to clients this month that rental rates for Helix servers have risen 40 percent since January.
  > named_organization | bellmont | Analysts at Bellmont Securities | estimated in a note to clients this month | >

Regulators have started to notice.
The national competition authority has sent questionnaires to Corvane and several of its large customers about allocation practices, according to two people who received them.
  > anonymous_familiar | recipients | two people who received them | according to | <
The authority confirmed it was "gathering information on the AI hardware market" but said no formal investigation had been opened.
  > named_organization | authority | The authority | confirmed | it was "gathering information on the AI hardware market"
  > named_organization | authority | The authority | said | no formal investigation had been opened
None of this is illegal, as far as anyone has shown.
Corvane wants to be seen as the neutral arms dealer of the AI age.
  > named_organization | corvane | Corvane | wants | to be seen as the neutral arms dealer of the AI age | nosrc
But a dealer who decides which customers wait three years is not neutral, and the start-ups at the back of the line know it.
@excluded
Selma Varga writes about technology and markets. Email her at svarga@harrowtribune.example.
Read more On the Money columns
Copyright 2026 The Harrow Tribune Co.
''')

ARTICLES.append(r'''
@id bl-halvern-ai-essay-grader
@style ai_essay_grader_pilot_student_paper
Faculty senate asks provost to halt AI essay grader in first-year writing

Halvern State University's faculty senate voted 41-9 on Monday to ask the provost to suspend a pilot program that uses an artificial intelligence tool to grade essays in first-year writing courses.
The resolution says instructors were not consulted before the tool was introduced in 22 sections of ENG 101 this fall and that students were never told their work would be fed into it.
  > document | resolution | The resolution | says | >
The Courier reported last week that the tool had been used on more than 1,100 essays since August.
  > media_report | courier | The Courier | reported last week | >
Provost Angela Ferris said in an email to The Courier that the pilot was "fully consistent with university policy" and that every grade the tool produced was reviewed by an instructor.
  > named_official | ferris | Provost Angela Ferris | said in an email to The Courier | >
But emails obtained by The Courier through a public records request show that at least four instructors told the English department last month they had been told not to change the tool's scores unless a student complained.
  > document | emails | emails obtained by The Courier through a public records request | show | >
"I was told to trust the machine and move on," one instructor wrote on Sept. 18.
  > anonymous_other | instructor | one instructor | wrote on Sept. 18 | <
The Courier is not naming the instructors, whose names were redacted in the records the university released.

Marcus Bell, a first-year biology major in one of the pilot sections, said he found out about the tool only when a classmate noticed identical comments on their essays.
  > named_person | bell | Marcus Bell, a first-year biology major in one of the pilot sections | said | >
"It told both of us our thesis was 'ambitious but underdeveloped,' word for word," Bell said.
  > named_person | bell | Bell | said | <
"That's when we started wondering who was actually reading these."
  > named_person | bell | Bell | - | *

The tool, called Gradewise, is made by Lumen Assess, a company based in Kerrin.
The university is paying $84,000 for the one-year pilot, according to a contract posted on the state's procurement website.
  > document | contract | a contract posted on the state's procurement website | according to | <
Lumen Assess did not respond to two emails from The Courier.
  > declined_comment | lumen | Lumen Assess | did not respond to two emails from The Courier | - | resp=no_response
Some faculty members have also raised concerns about student privacy.
  > anonymous_other | faculty | Some faculty members | have also raised concerns | about student privacy
Lumen's terms of service, which are posted on its website, allow the company to use "de-identified submissions" to improve its products.
  > document | tos | Lumen's terms of service, which are posted on its website | allow | the company to use "de-identified submissions" to improve its products
A spokesperson for the university's Office of Information Security said a review of the contract found that student essays are stored on servers in the state and deleted after 12 months.
  > named_organization | infosec | A spokesperson for the university's Office of Information Security | said | >

Professor David Okonkwo, who chairs the faculty senate, said the vote was not a rejection of AI in the classroom.
  > named_official | okonkwo | Professor David Okonkwo, who chairs the faculty senate | said | >
"Some of us use these tools and like them," he said.
  > named_official | okonkwo | he | said | <
"What we object to is finding out from our students."
  > named_official | okonkwo | he | - | *
He said the senate would ask the Board of Regents to take up the question in December if the provost does not act.
  > named_official | okonkwo | He | said | >
Student Government Association President Keisha Lowry said her office had received "dozens" of messages from students about the pilot.
  > named_official | lowry | Student Government Association President Keisha Lowry | said | >
Ferris has not said whether she will act on the resolution before the semester ends.
Her office said a review of the pilot is scheduled for January.
  > named_organization | provost-office | Her office | said | >
@excluded
The Halvern Courier is the independent student newspaper of Halvern State University.
Have a news tip? Email news@halverncourier.example.
Follow us on Instagram @halverncourier
''')

ARTICLES.append(r'''
@id bl-ridgeport-transit-mechanics-strike
@style transit_mechanics_strike_local_tv_web
Ridgeport bus mechanics walk off the job; transit agency warns of service cuts
  > named_organization | rat | transit agency | warns | of service cuts

RIDGEPORT -- About 180 mechanics and service workers at Ridgeport Area Transit walked off the job early Tuesday, the first strike at the agency in 23 years, after contract talks broke down over wages and mandatory overtime.
The union, Transit Workers Local 417, said its members voted 94 percent in favor of striking on Sunday night.
  > named_organization | local417 | The union, Transit Workers Local 417 | said | >
Picketers gathered outside the agency's Eastside garage before sunrise as buses sat idle behind the fence.
"We didn't want to be out here," said Local 417 president Dolores Mackey, who has worked as a mechanic at the agency for 19 years.
  > named_official | mackey | Local 417 president Dolores Mackey, who has worked as a mechanic at the agency for 19 years | said | <
"But when half your shop is pulling 60-hour weeks just to keep the fleet running, something has to give."
  > named_official | mackey | Dolores Mackey | - | *

Ridgeport Area Transit said buses would keep running Tuesday with supervisors doing maintenance, but it warned riders to expect fewer trips by the end of the week.
  > named_organization | rat | Ridgeport Area Transit | said | buses would keep running Tuesday with supervisors doing maintenance
  > named_organization | rat | it | warned | riders to expect fewer trips by the end of the week
Agency spokesperson Jerome Whitlock told KVRN 6 that about 40 percent of the fleet could be parked within 10 days if the strike continues, because state rules require an inspection every 6,000 miles.
  > named_official | whitlock | Agency spokesperson Jerome Whitlock | told KVRN 6 | >
The agency's last offer, a copy of which is posted on its website, includes raises of 3 percent a year for three years and caps overtime at 16 hours a week.
  > document | offer | The agency's last offer, a copy of which is posted on its website | includes | >
The union is asking for 5.5 percent a year, according to Mackey.
  > named_official | mackey | Mackey | according to | <

Riders at the downtown transit center said they were already seeing delays.
  > anonymous_other | riders | Riders at the downtown transit center | said | >
"My 7:15 never came," said Arlene Voss, who takes the No. 12 bus to her job at a nursing home.
  > named_person | voss | Arlene Voss, who takes the No. 12 bus to her job at a nursing home | said | <
"I'm with the mechanics, honestly, but I can't be late three days in a row."
  > named_person | voss | Arlene Voss | - | *

Mayor Curtis Albright, who appoints four of the transit board's nine members, said in a statement that he was "disappointed" the two sides could not reach a deal and urged them back to the table.
  > named_official | albright | Mayor Curtis Albright, who appoints four of the transit board's nine members | said in a statement | that he was "disappointed" the two sides could not reach a deal
  > named_official | albright | Mayor Curtis Albright, who appoints four of the transit board's nine members | urged | them back to the table
A state mediator has been assigned to the dispute, according to the state Labor Relations Board.
  > named_organization | lrb | the state Labor Relations Board | according to | <
No new talks have been scheduled.
Two board members, who asked not to be named because the board discussed the offer in a closed session, told KVRN 6 that the agency could afford a larger raise but is holding money back to cover a projected budget gap in 2028.
  > anonymous_official | board-members | Two board members | told KVRN 6 | > | anon=who asked not to be named because the board discussed the offer in a closed session
The agency's budget documents project a $14 million shortfall that year as federal relief money runs out.
  > document | budget | The agency's budget documents | project | >
Whitlock declined to comment on the board members' account.
  > declined_comment | whitlock | Whitlock | declined to comment | - | resp=declined

The Ridgeport Ledger reported Monday that the agency spent $2.1 million on overtime for mechanics in the last fiscal year, nearly double the year before.
  > media_report | ledger | The Ridgeport Ledger | reported Monday | >
Mackey said that figure "tells you everything about how short-staffed we are."
  > named_official | mackey | Mackey | said | >
Union members plan to picket at all three garages around the clock.
  > named_organization | local417 | Union members | plan | to picket at all three garages around the clock | nosrc
KVRN 6's Tasha Greene is at the Eastside garage and will have live reports tonight at 5 and 6.
@excluded
Copyright 2026 KVRN. All rights reserved.
Download the KVRN 6 News app for breaking news alerts.
Have a story idea? Send it to newsdesk@kvrn6.example.
''')

ARTICLES.append(r'''
@id bl-longshore-president-automation-qa
@style dockworkers_automation_union_president_edited_qa
Dockworkers' leader Gloria Stavros: 'We are not against robots, we are against being thrown away'
  > named_official | stavros | Dockworkers' leader Gloria Stavros | : | >
The head of the Coastal Longshore Alliance says 14,000 members are ready to walk out at 11 ports on June 1.
  > named_official | stavros | The head of the Coastal Longshore Alliance | says | >
We asked her why.

Contract talks between the alliance and the Port Employers Council broke off last week over the employers' push to bring automated cranes to five terminals, and the union's members have authorized a strike.
The employers' council said in a statement that automation was "essential to the competitiveness of our ports" and that no current worker would lose a job as a result.
  > named_organization | pec | The employers' council | said in a statement | >
Stavros, 58, ran a crane for 27 years before she was elected the union's president in 2021, and she spoke to The Sunday Meridian in her office above the container yards at Port Halloran.
The interview has been edited for length and clarity.

Q: The employers say no one currently on the payroll will lose a job.
  > named_organization | pec | The employers | say | >
Why isn't that enough?

Stavros: Because "currently on the payroll" is doing a lot of work in that sentence.
  > named_official | stavros | Stavros | : | >
Every time a worker retires, that job disappears with them.
  > named_official | stavros | Stavros | - | *
Their own consultants' report says automated terminals need about 40 percent fewer workers, and we've read it.
  > named_official | stavros | Stavros | - | *

Q: The council says its offer includes the largest wage increase in 20 years.
  > named_organization | pec | The council | says | >

Stavros: It does, and I've told our members that.
  > named_official | stavros | Stavros | : | >
But a raise doesn't mean much if there are half as many of us in 10 years.
  > named_official | stavros | Stavros | - | *

Q: The National Retail Coalition estimated this week that a two-week strike would cost the economy about $4 billion.
  > named_organization | nrc | The National Retail Coalition | estimated this week | >

Stavros: I've seen that number, and I don't believe it.
  > named_official | stavros | Stavros | : | >
The employers can avoid a strike any time they want by coming back with a real jobs guarantee.
  > named_official | stavros | Stavros | - | *

Q: People close to the labor minister have said the government could order your members back to work under the emergency provisions of the Ports Act.
  > anonymous_familiar | minister-close | People close to the labor minister | have said | >

Stavros: They can try.
  > named_official | stavros | Stavros | : | >
The last government that tried that lost every port city in the next election.
  > named_official | stavros | Stavros | - | *

Q: Have you spoken to the minister?

Stavros: Twice, and I'm not going to tell you what she said.
  > named_official | stavros | Stavros | : | Twice
  > declined_comment | stavros | Stavros | I'm not going to tell you what she said | - | resp=declined

Q: What would a fair deal look like?

Stavros: A guarantee that every job automated away is replaced by another union job at the same port, whether that's maintaining the machines or something else.
  > named_official | stavros | Stavros | : | >
We wrote it down and sent it to them in March.
  > named_official | stavros | Stavros | - | *

The Port Employers Council did not respond to a request for comment on Stavros's remarks.
  > declined_comment | pec | The Port Employers Council | did not respond to a request for comment | - | resp=no_response
@excluded
This interview is part of our series The Sunday Conversation.
More from The Sunday Meridian: What automation did to the docks at Varenholt
© 2026 The Sunday Meridian
''')

ARTICLES.append(r'''
@id bl-freshway-strike-shop-floor-newsletter
@style grocery_warehouse_strike_labor_newsletter_section_heads
Shop Floor: FreshWay's warehouse strike enters week three, and the company is hiring

Good morning, and welcome to Shop Floor, our weekly newsletter about work and the people who do it.
I'm Rosa Delgado.
This week: a grocery strike that is starting to show up on shelves, a union drive at a chip plant, and a number that should worry every public-sector union.

THE BIG STORY
Some 1,400 workers at FreshWay's two distribution centers in the Tamarack Valley have now been on strike for 16 days, and the company said Monday that it would begin hiring "permanent replacement workers."
  > named_organization | freshway | the company | said Monday | that it would begin hiring "permanent replacement workers."
That is a rare and aggressive move, and the union, United Warehouse Workers Local 9, called it "a declaration of war."
  > named_organization | uww9 | the union, United Warehouse Workers Local 9 | called | it ;; "a declaration of war."
In a letter to employees that Shop Floor obtained, FreshWay's vice president for operations, Grant Tillery, wrote that the company "cannot leave stores empty while the union refuses to negotiate."
  > named_official | tillery | FreshWay's vice president for operations, Grant Tillery | wrote | >
The union says it has been at the table every day the company has.
  > named_organization | uww9 | The union | says | >
FreshWay did not respond to my questions about how many replacement workers it has hired so far.
  > declined_comment | freshway | FreshWay | did not respond to my questions about how many replacement workers it has hired so far | - | resp=no_response
Shoppers are already noticing: three store managers, who asked not to be named because FreshWay bars employees from speaking to the press, told me their dairy and produce orders were filled at about 60 percent this week.
  > anonymous_official | store-managers | three store managers | told me | > | anon=who asked not to be named because FreshWay bars employees from speaking to the press

Can a company permanently replace strikers?
Generally yes, if the strike is over economics rather than unfair labor practices, said Lena Morgenstern, a labor law professor at Tamarack State University.
  > named_person | morgenstern | Lena Morgenstern, a labor law professor at Tamarack State University | said | <
That is why the union filed a charge with the state Labor Relations Board on Friday accusing FreshWay of refusing to bargain in good faith, according to a copy of the filing.
  > document | filing | a copy of the filing | according to | <
The board has not said when it will rule.

ON THE PICKET LINE
At the Halvex Microsystems chip packaging plant outside Arden, technicians filed for a union election on Tuesday, the first such petition at a semiconductor plant in the state, according to the Labor Relations Board's public docket.
  > document | docket | the Labor Relations Board's public docket | according to | <
Organizers say more than 70 percent of the plant's 600 technicians signed cards.
  > anonymous_other | organizers | Organizers | say | >
Halvex said in an emailed statement that it "respects the right of employees to make an informed choice" and would "share the facts" with workers before any vote.
  > named_organization | halvex | Halvex | said in an emailed statement | >
Several technicians have told me the company began holding mandatory meetings about the union the day after the filing.
  > anonymous_other | technicians | Several technicians | have told me | >

BY THE NUMBERS
11.2 percent: the share of public-sector workers in the state who belong to a union, down from 14.5 percent five years ago, according to new figures from the state Department of Labor.
  > document | dol-figures | new figures from the state Department of Labor | according to | <

WHAT WE'RE READING
The Valley Post reports that FreshWay's parent company paid $3.8 million last year to a consulting firm that specializes in keeping unions out.
  > media_report | valley-post | The Valley Post | reports | >
Also worth your time: a long interview with a retired steelworker about what the 1986 lockout did to his town, in Harbor Review.

That's it for this week.
Reply to this email with tips, questions or picket-line photos.
@excluded
You are receiving Shop Floor because you signed up at valleyledger.example/newsletters.
Forwarded this email? Subscribe here.
Unsubscribe | Manage preferences
© 2026 The Valley Ledger
''')

ARTICLES.append(r'''
@id bl-calder-star-ferry-feature
@style river_ferry_overloading_magazine_feature_dek
The last crossing of the Calder Star
A river ferry licensed for 250 passengers sank with more than 400 aboard, and the ship's own paperwork shows how it was allowed to sail.
  > document | paperwork | the ship's own paperwork | shows | how it was allowed to sail

By the time the Calder Star pulled away from the jetty at Marrow Point on the evening of Aug. 3, Josefa Ren had already decided she would stand near the rail.
"It was so full you couldn't sit, and I had my son on my hip," she told me in April, on the porch of her sister's house in the river town of Elsk.
  > named_person | ren | she | told me in April | <
"I thought, if something happens, I want to be where I can jump."
  > named_person | ren | she | - | *
Forty minutes later, something did.
The ferry, a 38-year-old steel-hulled vessel, rolled onto its side in the middle of the Sundara River during a squall and sank in less than five minutes.
The official toll is 212 dead and 31 missing, according to the Oresta Maritime Safety Directorate.
  > named_organization | directorate | the Oresta Maritime Safety Directorate | according to | <
Ren and her son were pulled from the water by fishermen.

The Calder Star was licensed to carry 250 passengers, according to its most recent inspection certificate, issued in January, which I obtained from a former directorate employee.
  > document | certificate | its most recent inspection certificate, issued in January, which I obtained from a former directorate employee | according to | <
An interim report by the government's inquiry commission, published in March, estimated that at least 420 people were aboard.
  > document | interim-report | An interim report by the government's inquiry commission, published in March | estimated | >
The passenger manifest listed 241.
  > document | manifest | The passenger manifest | listed | 241

The ferry's owner, Delta Star Navigation, has blamed the weather.
  > named_organization | dsn | The ferry's owner, Delta Star Navigation | has blamed | the weather
In a statement after the sinking, the company said the squall had been "sudden and unforecast" and that the captain had followed every regulation.
  > named_organization | dsn | the company | said | >
But the national weather service issued a warning for strong winds on the river at 4:10 that afternoon, two hours before the ferry sailed, according to the warning log the service later gave the inquiry.
  > document | warning-log | the warning log the service later gave the inquiry | according to | <
Delta Star did not respond to detailed written questions for this article.
  > declined_comment | dsn | Delta Star | did not respond to detailed written questions for this article | - | resp=no_response
Its managing director, Aurelio Maas, could not be reached at the company's offices in the capital, where staff said he was traveling.
  > declined_comment | maas | Its managing director, Aurelio Maas | could not be reached | - | resp=unreachable
  > anonymous_other | staff | staff | said | he was traveling

An inspector who has worked for the directorate for 15 years, and who asked that his name not be used because he still works there, told me that overloading on the river ferries was "an open secret" and that inspectors were routinely discouraged from counting passengers at departure.
  > anonymous_official | inspector | An inspector who has worked for the directorate for 15 years | told me | > | anon=who asked that his name not be used because he still works there
"We sign the certificate in the office," he said.
  > anonymous_official | inspector | he | said | <
"What happens at the jetty is someone else's problem."
  > anonymous_official | inspector | he | - | *
The directorate's director general, Simone Achterberg, rejected that account.
  > named_official | achterberg | The directorate's director general, Simone Achterberg | rejected | that account
"Our inspectors have full authority to stop a vessel from sailing, and they use it," she said in a written response, adding that 14 ferries had been held in port for overloading last year.
  > named_official | achterberg | she | said in a written response | <
  > named_official | achterberg | she | adding | that 14 ferries had been held in port for overloading last year

Families of the dead say that is not enough.
  > anonymous_other | families | Families of the dead | say | that is not enough
Ilse Moravec, whose husband and daughter drowned, has gathered more than 300 relatives to sue the company and the directorate.
The lawsuit, filed in the Elsk district court in May, accuses the directorate of "systematic negligence."
  > document | lawsuit | The lawsuit, filed in the Elsk district court in May | accuses | the directorate of "systematic negligence."
"I don't want their money," Moravec told me.
  > named_person | moravec | Moravec | told me | <
"I want someone to stand on the jetty and count."
  > named_person | moravec | Moravec | - | *
The inquiry's final report is expected by the end of the year.
@excluded
This article appears in the September issue of The Longitude with the headline "Overboard."
Support independent journalism: subscribe from $4 a month.
© 2026 The Longitude Magazine
''')

ARTICLES.append(r'''
@id bl-cather-springs-derailment-explainer
@style chlorine_tank_car_derailment_explainer_question_subheads
What we know about the Cather Springs derailment and the chlorine evacuation

Eleven days after a Great Basin & Northern freight train derailed on the edge of Cather Springs, about 2,300 residents are still barred from their homes, and investigators have begun to describe what went wrong.
Here is what we know, and what we don't.

What happened?
The 96-car train was traveling east at about 42 mph when 23 cars left the tracks at 2:47 a.m. on March 14, according to a preliminary report released Thursday by the Transportation Safety Board.
  > document | prelim | a preliminary report released Thursday by the Transportation Safety Board | according to | <
Three of the derailed cars were tank cars carrying liquefied chlorine, and one of them was punctured, the report says.
  > document | prelim | the report | says | <
Nobody was killed, but 41 people were treated at hospitals for breathing problems, the Garnet County health department said.
  > named_organization | health-dept | the Garnet County health department | said | <

What caused it?
Investigators have not determined a cause.
The preliminary report says a trackside detector about 20 miles west of town recorded a wheel bearing on the 31st car running 170 degrees above the outside air temperature, a reading below the railroad's threshold for stopping a train.
  > document | prelim | The preliminary report | says | >
A person briefed on the investigation said investigators are focused on whether that bearing failed.
  > anonymous_familiar | briefed | A person briefed on the investigation | said | >
The board's lead investigator, Harriet Osei, told reporters at a briefing in Cather Springs on Friday that it was "far too early" to blame the bearing.
  > named_official | osei | The board's lead investigator, Harriet Osei | told reporters at a briefing in Cather Springs on Friday | >
"We will look at the track, the train, the people and the paperwork," she said.
  > named_official | osei | she | said | <

Why are people still out of their homes?
The punctured car released an estimated 40 tons of chlorine, according to the railroad's own filing with the state Department of Environmental Quality.
  > document | rr-filing | the railroad's own filing with the state Department of Environmental Quality | according to | <
Crews finished moving the rest of the chlorine into other cars on Monday, but the evacuation order for a 1-mile radius around the site is still in force.
Gov. Renata Calloway said Tuesday that the order would stay in place until air and soil tests were "clean for 72 straight hours."
  > named_official | calloway | Gov. Renata Calloway | said Tuesday | >
Some residents say they have been told nothing about when they can go back.
  > anonymous_other | residents | Some residents | say | >
"Every day it's a different answer, or no answer," said Dale Whitcomb, who has been staying in a motel in the next town with his wife and three dogs.
  > named_person | whitcomb | Dale Whitcomb, who has been staying in a motel in the next town with his wife and three dogs | said | <

Who pays?
Great Basin & Northern has said it will reimburse evacuated families for lodging, food and lost wages.
  > named_organization | gbn | Great Basin & Northern | has said | >
The railroad has paid out $4.6 million so far, spokeswoman Kendra Lowe said in an email.
  > named_official | lowe | spokeswoman Kendra Lowe | said in an email | <
Lowe did not respond to a follow-up question about whether the company will pay for long-term health monitoring.
  > declined_comment | lowe | Lowe | did not respond to a follow-up question | - | resp=no_response
At least three lawsuits have been filed against the railroad, according to Garnet County court records.
  > document | court-records | Garnet County court records | according to | <

Has this railroad had problems before?
The railroad reported 61 derailments on its main lines over the past five years, according to federal accident data analyzed by the Dispatch.
  > document | accident-data | federal accident data analyzed by the Dispatch | according to | <
The Dispatch reported last year that the company had cut its track inspection staff by a third since 2019, a figure the railroad disputed at the time.
  > media_report | dispatch | The Dispatch | reported last year | that the company had cut its track inspection staff by a third since 2019
  > named_organization | gbn | the railroad | disputed at the time | a figure

What happens next?
The board's final reports typically take 12 to 18 months.
Osei said investigators would examine the bearing at the board's laboratory next week.
  > named_official | osei | Osei | said | >
@excluded
Have a question about the derailment we haven't answered? Send it to questions@prairiedispatch.example.
This explainer will be updated as the investigation continues.
© 2026 The Prairie Dispatch
''')

ARTICLES.append(r'''
@id bl-kellan-air-icing-training-gap
@style turboprop_icing_training_gap_updated_corrected_story
Kellan Air pilots had not trained for icing stall recovery, crash report says
  > document | prelim | crash report | says | Kellan Air pilots had not trained for icing stall recovery
Updated at 6:40 p.m. with a statement from the pilots' union.

PORT AVERILL -- Neither pilot of the Kellan Air turboprop that crashed short of the runway here in January, killing all nine people aboard, had completed simulator training in recovering from a stall caused by ice on the wings, according to a preliminary report released Wednesday by the National Air Safety Board.
  > document | prelim | a preliminary report released Wednesday by the National Air Safety Board | according to | <
The report says the airline's training program, approved by the Civil Aviation Authority in 2019, did not require the exercise for pilots of the Corsair 72, the aircraft involved.
  > document | prelim | The report | says | >
The cockpit voice recorder captured the captain saying "we're getting heavy" about 40 seconds before the plane rolled left and descended into a marsh two miles from the runway, the report says.
  > document | prelim | the report | says | <
The captain, Adrienne Falk, 44, had about 6,100 flight hours, and the first officer, Samuel Reyes-Lind, 27, had about 900, according to the report.
  > document | prelim | the report | according to | <

Kellan Air said in a statement that it had "begun a full review" of its training program and had added icing stall recovery to its simulator curriculum in February.
  > named_organization | kellan | Kellan Air | said in a statement | >
The airline's chief executive, Marcus Fennimore, declined an interview request.
  > declined_comment | fennimore | The airline's chief executive, Marcus Fennimore | declined an interview request | - | resp=declined
The pilots' union, the Air Line Aviators Guild, said Wednesday evening that the report "confirms what our members have been telling management for years."
  > named_organization | guild | The pilots' union, the Air Line Aviators Guild | said Wednesday evening | >
A union official, who spoke on condition of anonymity because the union is a party to the investigation and barred from discussing its details, said at least two Kellan captains had asked in writing for icing stall training in 2024.
  > anonymous_official | union-official | A union official | said | > | anon=who spoke on condition of anonymity because the union is a party to the investigation and barred from discussing its details

The Civil Aviation Authority said it was reviewing the report and would "take whatever action is necessary."
  > named_organization | caa | The Civil Aviation Authority | said | >
A senior official at the authority said inspectors had begun an audit of training records at all four regional airlines that fly the Corsair 72.
  > anonymous_official | caa-official | A senior official at the authority | said | >
People familiar with the audit said it could lead to fines but was unlikely to ground any aircraft.
  > anonymous_familiar | audit-familiar | People familiar with the audit | said | >
Safety experts said the findings point to a problem across the industry.
  > anonymous_other | experts | Safety experts | said | >
"Icing stall recovery is one of those skills everyone agrees is important and almost nobody practices enough," said Priya Halvard, a former accident investigator who now teaches at Averill Aeronautical College.
  > named_person | halvard | Priya Halvard, a former accident investigator who now teaches at Averill Aeronautical College | said | <
The Coastline Courier reported in February that Kellan had cut its annual simulator hours per pilot from 16 to 12 in 2022 to save money.
  > media_report | courier | The Coastline Courier | reported in February | >
The airline has said the change did not affect safety-critical training.
  > named_organization | kellan | The airline | has said | >

Among the dead was Nora Kessel, 31, a nurse returning from a conference.
Her father, Albert Kessel, said the family learned about the training gap from the report, not from the airline.
  > named_person | akessel | Her father, Albert Kessel | said | >
"They sent flowers and a form letter," he said.
  > named_person | akessel | he | said | <
"Nobody has ever explained to us why she died."
  > named_person | akessel | he | - | *
Kellan Air wants to resume its full schedule on the Port Averill route next month.
  > named_organization | kellan | Kellan Air | wants | to resume its full schedule on the Port Averill route next month | nosrc
The board's final report is expected next year.
@excluded
Correction: An earlier version of this story misstated the first officer's flight experience. He had about 900 hours, not 9,000.
Reach the newsroom at 555-0142 or news@coastlinecourier.example.
© 2026 The Coastline Courier
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
