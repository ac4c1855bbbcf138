"""Build corpus/articles/at.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on foreign aid and humanitarian agencies, refugees and borders, arms control and
sanctions, elections abroad, mining and oil companies, shipping accidents and aviation safety
investigations (food_aid_diversion_audit, migrant_pushback_video_investigation,
drone_component_tracing_report, shadow_fleet_tanker_collision,
crash_investigation_press_briefing_transcript, diaspora_ballot_count_dispute,
tailings_dam_breach_compensation, oil_block_licence_renegotiation_brief,
inspector_access_denied_enrichment_site, aid_convoy_strike_deconfliction_liveblog,
bulk_carrier_sinking_crew_families, offshore_helicopter_ditching_inquiry), mostly set in
invented countries, in the voices of twelve kinds of outlet (a wire story, an investigative
collective's first-person report, a defence-electronics trade publication, a maritime
intelligence service, an edited news-conference transcript with speaker labels, a diaspora
community weekly, a mining-region local paper, a smart-brevity energy newsletter with
signposted paragraphs, a Vienna wire dispatch, a live blog in local time, an Asian
English-language daily using "Mr" without a period, and a regional paper in an oil port).
Each is built to test source typing and grouping: officials, company executives, spokespeople
named and unnamed, lawyers for clients and lawyers or former investigators commenting as
experts, residents, relatives, survivors described first and named later, anonymous officials
with and without a stated reason, people familiar or close, vague groups, documents, media
reports (including the outlet's own earlier reporting), non-answers of all three kinds,
quotes over several sentences, split content, headline attributions and look-alikes.
All twelve end with a footer of excluded boilerplate. Nothing is trained or tuned on them.
Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_at.py [--render]
     python corpus/build_articles_at.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "at.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id at-food-aid-diversion-audit-marenga
@style food_aid_diversion_audit
Audit finds a third of food aid to two Marengan provinces was diverted, UN agency says
  > named_organization | gfp | UN agency | says | Audit finds a third of food aid to two Marengan provinces was diverted

KASSALA, Marenga -- The Global Food Programme has suspended deliveries to two northern provinces of Marenga after an internal audit found that about a third of the grain it shipped there over six months never reached the families it was meant for, the agency said on Thursday.
  > named_organization | gfp | the agency | said on Thursday | <
The audit, a copy of which was obtained by this agency, says local officials and soldiers sold at least 11,000 tonnes of sorghum and cooking oil in markets in Tilla and Boro provinces between January and June.
  > document | audit | The audit, a copy of which was obtained by this agency | says | >
It names a deputy provincial governor and two army colonels as having organised the sales.
  > document | audit | It | names | a deputy provincial governor and two army colonels as having organised the sales
About 1.4 million people in the two provinces depend on food aid, according to UN figures.
  > document | un-figures | UN figures | according to | <

Cindy Mwale, the programme's country director, told reporters in Kassala that the suspension would last "days, not months" if the government acted on the findings.
  > named_official | mwale | Cindy Mwale, the programme's country director | told reporters in Kassala | >
"We cannot feed people through a system that is feeding itself first," she said.
  > named_official | mwale | she | said | <
Mwale would not say how much money the agency believed had been lost.
  > declined_comment | mwale | Mwale | would not say how much money the agency believed had been lost | - | resp=declined

Marenga's Ministry of Humanitarian Affairs said in a statement that it "rejects the unilateral and politically motivated conclusions" of the audit and had not been shown the evidence.
  > named_organization | mha | Marenga's Ministry of Humanitarian Affairs | said in a statement | >
The deputy governor named in the audit, Abdelrahim Tutu, could not be reached; his phone was switched off.
  > declined_comment | tutu | The deputy governor named in the audit, Abdelrahim Tutu | could not be reached | - | resp=unreachable
An army spokesman, Brigadier Osman Gaafar, said any soldier found selling aid would face a court martial, but called the audit's figures "exaggerated."
  > named_official | gaafar | An army spokesman, Brigadier Osman Gaafar | said | any soldier found selling aid would face a court martial
  > named_official | gaafar | An army spokesman, Brigadier Osman Gaafar | called | the audit's figures "exaggerated."
Two aid officials in Kassala, who spoke on condition of anonymity because they were not authorized to discuss the audit, said the programme's own staff had raised the alarm in March but that its headquarters in Rome took three months to send investigators.
  > anonymous_official | aid-officials | Two aid officials in Kassala | said | > | anon=who spoke on condition of anonymity because they were not authorized to discuss the audit
One of the officials said trucks had been waved through army checkpoints and unloaded at warehouses "that everybody in Tilla knows about."
  > anonymous_official | aid-officials | One of the officials | said | >
The programme's headquarters did not respond to questions about the delay.
  > declined_comment | gfp | The programme's headquarters | did not respond to questions about the delay | - | resp=no_response

In Tilla's central market on Wednesday, sacks stamped with the programme's logo were on sale for about $18 each.
Halima Adam, a widow who cares for five grandchildren in a camp outside the town, said she had received half her ration since February.
  > named_person | adam | Halima Adam, a widow who cares for five grandchildren in a camp outside the town | said | >
"They tell us the rest is still coming," she said.
  > named_person | adam | she | said | <
"It never comes."
  > named_person | adam | she | - | *
Critics of the programme have long argued that it relies too heavily on committees appointed by the government to draw up lists of beneficiaries.
  > anonymous_other | critics | Critics of the programme | have long argued | >
Jonas Lindqvist, who studies humanitarian logistics at Lund University, said diversion on this scale was rarely possible "without someone at the top of the province signing off."
  > named_person | lindqvist | Jonas Lindqvist, who studies humanitarian logistics at Lund University | said | >
The United States, the programme's largest donor in Marenga, said it was "deeply concerned" and was reviewing its funding.
  > named_organization | us | The United States, the programme's largest donor in Marenga | said | >
The Relief Monitor, an independent news site, reported in April that aid workers in Boro had been ordered to hand over lists of beneficiaries to military intelligence.
  > media_report | relief-monitor | The Relief Monitor, an independent news site | reported in April | >
The agency had hoped to expand deliveries to a third province, Sennar East, before the rainy season.
  > named_organization | gfp | The agency | had hoped | to expand deliveries to a third province, Sennar East, before the rainy season | nosrc

@excluded
Reporting by Amal Idris in Kassala and Luca Ferri in Rome; Editing by Nora Blake
Click here to receive our Africa morning briefing in your inbox.
© 2025 Continental Wire. All rights reserved.
''')

ARTICLES.append(r'''
@id at-migrant-pushback-video-investigation-vesna
@style migrant_pushback_video_investigation
The night crossing: what 41 videos from the Vesna river reveal about Valdria's border police

On the night of March 14, a group of 23 people, among them four children, waded out of the Vesna river onto Valdrian soil.
Less than an hour later, according to videos reviewed by our reporters, men in dark uniforms without insignia marched them back to the riverbank and into the water.
  > document | videos | videos reviewed by our reporters | according to | Less than an hour later ;; men in dark uniforms without insignia marched them back to the riverbank and into the water
The clips were filmed by a thermal camera that a volunteer group, Watch the Vesna, mounted on a hill on the Korvashi side of the river last year.
Over five months, we analysed 41 such videos, matched the uniforms and boats in them to equipment bought by Valdria's Border Police and interviewed 19 people who say they were pushed back.
  > anonymous_other | pushed-back | 19 people | say | they were pushed back | count=19
Procurement records published on the government's tender portal show that the Border Police bought six inflatable boats of the type seen in the videos in 2022.
  > document | procurement | Procurement records published on the government's tender portal | show | >

One of the men in the March 14 video, a young Syrian who asked to be identified only by his first name, Yazan, told us he was beaten with a baton before being forced into the river.
  > named_person | yazan | One of the men in the March 14 video, a young Syrian who asked to be identified only by his first name, Yazan | told us | >
"They took our phones and threw them in the water," he said.
  > named_person | yazan | he | said | <
"Then they laughed.
  > named_person | yazan | he | - | *
They said, go back to Korvash."
  > named_person | yazan | he | - | *

Valdria's Interior Ministry said in a written response to our questions that its officers "act at all times in accordance with national and European law" and that it had "no record" of the incidents we described.
  > named_organization | interior | Valdria's Interior Ministry | said in a written response to our questions | >
It declined to answer questions about the boats.
  > declined_comment | interior | It | declined to answer questions about the boats | - | resp=declined
The head of the Border Police, General Radek Hollan, did not respond to a letter delivered to his office in June.
  > declined_comment | hollan | The head of the Border Police, General Radek Hollan | did not respond to a letter delivered to his office in June | - | resp=no_response
Two serving border police officers, who spoke to us on condition of anonymity because they could lose their jobs, said pushbacks were ordered verbally by shift commanders and never written down.
  > anonymous_official | officers | Two serving border police officers | said | > | anon=who spoke to us on condition of anonymity because they could lose their jobs
"If it's not on paper, it didn't happen," one of them said.
  > anonymous_official | officers | one of them | said | <
The other said officers in his unit called the practice "the return service."
  > anonymous_official | officers | The other | said | > | count=1

Lawyers for three of the people in the videos have filed complaints with the European Court of Human Rights.
One of those lawyers, Petra Novak, said the footage was "the first time we can show the court what happens, rather than just tell it."
  > named_official | novak | One of those lawyers, Petra Novak | said | >
Tomas Brezina, a law professor at the University of Olmen who has written on asylum law but is not involved in the cases, said pushing people back without examining their asylum claims was illegal under EU law "whatever the circumstances at the border."
  > named_person | brezina | Tomas Brezina, a law professor at the University of Olmen who has written on asylum law but is not involved in the cases | said | >
The European Commission said it had asked Valdria for "clarifications" and that the EU's border agency had no staff deployed on the Vesna.
  > named_organization | commission | The European Commission | said | >
A Commission official, who asked not to be named, said Brussels had received similar allegations about the same stretch of river in 2023.
  > anonymous_official | commission-official | A Commission official | said | >
Valdria's prime minister, Jana Koval, has said repeatedly that her government will "not allow the Vesna to become a highway."
  > named_official | koval | Valdria's prime minister, Jana Koval | has said repeatedly | >
Watch the Vesna's founder, Milos Rakic, said the group would keep filming.
  > named_official | rakic | Watch the Vesna's founder, Milos Rakic | said | >
Border police officers visited his home twice in August, according to Rakic, who says he has not been told why.
  > named_official | rakic | Rakic | according to | <
  > named_official | rakic | who | says | he has not been told why

@excluded
This investigation was produced with support from the European Fund for Cross-Border Journalism.
Have a tip? Contact our team securely on Signal.
Comments are closed for this article.
Photo: A still from a thermal camera video filmed on March 14. (Watch the Vesna)
''')

ARTICLES.append(r'''
@id at-drone-component-tracing-report-tarsia
@style drone_component_tracing_report
Western chips still turning up in Tarsian attack drones despite export bans, report finds
  > document | apr-report | report | finds | Western chips still turning up in Tarsian attack drones despite export bans

Components made by at least 14 American, European and Japanese companies were found in Tarsian attack drones that struck Lemvian cities between May and September, according to a report published Tuesday by Arms Provenance Research, a London-based group that documents weapons in conflict zones.
  > document | apr-report | a report published Tuesday by Arms Provenance Research, a London-based group that documents weapons in conflict zones | according to | <
The group's investigators examined the wreckage of 62 drones recovered by the Lemvian army, it said.
  > named_organization | apr | it | said | <
Nearly half of the 210 components they identified were manufactured after the export bans took effect in 2022, the report says.
  > document | apr-report | the report | says | <
The most common was a navigation chip made by Halvorsen Microsystems, a Norwegian company.
Halvorsen said in a statement that it had not sold any products to Tarsia since February 2022 and that the chips had probably been bought through distributors in third countries.
  > named_organization | halvorsen | Halvorsen | said in a statement | >
Its chief executive, Ingrid Solberg, said the company had "cut off" two distributors in Central Asia after being contacted by the researchers.
  > named_official | solberg | Its chief executive, Ingrid Solberg | said | >
A second company named in the report, the California-based Pacer Semiconductor, declined to comment.
  > declined_comment | pacer | A second company named in the report, the California-based Pacer Semiconductor | declined to comment | - | resp=declined
A third, Ryoden Devices of Osaka, did not respond to emails and phone calls.
  > declined_comment | ryoden | A third, Ryoden Devices of Osaka | did not respond to emails and phone calls | - | resp=no_response

Marta Kowalczyk, who led the investigation, said the supply routes had changed but not shrunk.
  > named_official | kowalczyk | Marta Kowalczyk, who led the investigation | said | >
"In 2022 the parts came through Hong Kong.
  > named_official | kowalczyk | Kowalczyk | - | *
Now they come through Almaty and Dubai, in smaller boxes," she said.
  > named_official | kowalczyk | she | said | <
The U.S. Commerce Department said it was reviewing the report.
  > named_organization | commerce | The U.S. Commerce Department | said | >
A U.S. official involved in export enforcement, who spoke on condition of anonymity to discuss continuing investigations, said at least two of the distributors named by the researchers were already under scrutiny.
  > anonymous_official | us-official | A U.S. official involved in export enforcement | said | > | anon=who spoke on condition of anonymity to discuss continuing investigations
The EU's latest sanctions package, adopted in June, adds 11 companies in Kazakhstan, the United Arab Emirates and Turkey to its list of firms barred from receiving dual-use goods, according to the bloc's Official Journal.
  > document | oj | the bloc's Official Journal | according to | <
Tarsia's Foreign Ministry has called Western sanctions "economic terrorism" and says its defence industry no longer relies on imported parts.
  > named_organization | tarsia-fm | Tarsia's Foreign Ministry | has called | Western sanctions "economic terrorism"
  > named_organization | tarsia-fm | Tarsia's Foreign Ministry | says | its defence industry no longer relies on imported parts

Industry analysts say distributors can easily relabel chips to hide their origin.
  > anonymous_other | analysts | Industry analysts | say | >
Erik Dahl, a former customs investigator who now advises companies on compliance, said most manufacturers "know their distributors' names and little else."
  > named_person | dahl | Erik Dahl, a former customs investigator who now advises companies on compliance | said | >
A Lemvian military intelligence officer who has examined downed drones, and who was not authorized to speak to the media, told this publication that some recent models carried chips with their markings sanded off.
  > anonymous_official | lemvia-officer | A Lemvian military intelligence officer who has examined downed drones | told this publication | > | anon=who was not authorized to speak to the media
The Lemvian army's press service confirmed that it had given the researchers access to the wreckage but declined to say where it is stored.
  > named_organization | lemvia-army | The Lemvian army's press service | confirmed | that it had given the researchers access to the wreckage
  > declined_comment | lemvia-army | The Lemvian army's press service | declined to say where it is stored | - | resp=declined
The trade newsletter Chip Supply Watch reported in August that Halvorsen's distributors in Almaty had tripled their orders since 2021.
  > media_report | csw | The trade newsletter Chip Supply Watch | reported in August | >
Halvorsen had planned to publish a full list of its distributors this year but dropped the idea after objections from customers, two people familiar with the company said.
  > anonymous_familiar | familiar | two people familiar with the company | said | <

@excluded
This article is available in full to subscribers of Defence Electronics Review.
Correction: An earlier version of this article misstated the number of drones examined.
Share: LinkedIn | X | Email
''')

ARTICLES.append(r'''
@id at-shadow-fleet-tanker-collision-skarre
@style shadow_fleet_tanker_collision
Sanctioned tanker had switched off tracking before Skarre Sound collision, coastguard says
  > named_organization | coastguard | coastguard | says | Sanctioned tanker had switched off tracking before Skarre Sound collision

The tanker that collided with a container ship in the Skarre Sound early on Sunday had turned off its automatic identification system about six hours earlier, the Nordmark Coastguard said on Monday.
  > named_organization | coastguard | the Nordmark Coastguard | said on Monday | <
The Palovian-flagged Marisol, a 20-year-old crude carrier, was placed on the European Union's sanctions list in May for carrying Tarsian oil above the price cap.
It struck the starboard side of the Hanse Leader, a feeder ship carrying about 900 containers, at about 3:40 in the morning, according to the coastguard's preliminary timeline.
  > document | timeline | the coastguard's preliminary timeline | according to | <
No one was injured, but about 40 tonnes of fuel oil leaked from the Marisol's damaged bunker tank, the timeline says.
  > document | timeline | the timeline | says | <
Coastguard spokesperson Lise Amundsen told reporters that the Marisol's crew had not answered radio calls for 20 minutes before the collision.
  > named_official | amundsen | Coastguard spokesperson Lise Amundsen | told reporters | >
"They were sailing dark, in the busiest lane in the sound, at 12 knots," she said.
  > named_official | amundsen | she | said | <

The Marisol's registered owner, a company called Seaview Maritime Holdings with an address in Dubai, could not be reached; the phone number listed in shipping databases was disconnected.
  > declined_comment | seaview | The Marisol's registered owner, a company called Seaview Maritime Holdings with an address in Dubai | could not be reached | - | resp=unreachable
Its manager, according to the Equasis database, is a firm in the Seychelles that was set up three weeks before the ship was sold in 2023.
  > document | equasis | the Equasis database | according to | Its manager ;; is a firm in the Seychelles that was set up three weeks before the ship was sold in 2023
The Hanse Leader's operator, Elbe Feeder Lines of Hamburg, said its ship had been on its correct course and that its 17 crew were safe.
  > named_organization | elbe | The Hanse Leader's operator, Elbe Feeder Lines of Hamburg | said | >
The company's managing director, Jürgen Falk, said the collision showed "what everyone in this industry has been warning about for two years."
  > named_official | falk | The company's managing director, Jürgen Falk | said | >
"There are hundreds of these ships out there with no proper insurance and crews who have never worked together," Falk said.
  > named_official | falk | Falk | said | <

Maritime lawyers say it may be impossible to recover the cost of the clean-up from the Marisol's owners.
  > anonymous_other | lawyers | Maritime lawyers | say | >
Helena Strand, a partner at the Oslo law firm Strand & Vik who specialises in pollution claims, said the tanker's insurance certificate, issued by a little-known company in the Marshall Islands, was "worth the paper it's printed on and no more."
  > named_person | strand | Helena Strand, a partner at the Oslo law firm Strand & Vik who specialises in pollution claims | said | >
Nordmark's transport minister, Anders Lie, said the government would ask the EU to allow coastguards to board tankers that switch off their transponders.
  > named_official | lie | Nordmark's transport minister, Anders Lie | said | >
Two Nordmark officials involved in the response said the navy had been tracking the Marisol by radar since it entered the sound but had no legal power to stop it.
  > anonymous_official | nm-officials | Two Nordmark officials involved in the response | said | >
One of them said the ship's master, a Palovian national, was being questioned by police in the port of Vesterby.
  > anonymous_official | nm-officials | One of them | said | >
Police declined to confirm that.
  > declined_comment | police | Police | declined to confirm that | - | resp=declined
The Palovian ship registry did not respond to an email sent on Sunday.
  > declined_comment | registry | The Palovian ship registry | did not respond to an email sent on Sunday | - | resp=no_response

Satellite images analysed by the environmental group Clear Seas show a slick about 9 kilometres long drifting toward the island of Ulvø.
  > document | images | Satellite images analysed by the environmental group Clear Seas | show | >
Vessel tracking data compiled by the analytics firm Tidewise show that at least 30 sanctioned tankers passed through the sound in September.
  > document | tidewise | Vessel tracking data compiled by the analytics firm Tidewise | show | >
Sound pilots, who guide large ships through the channel, have complained for months that tankers from the so-called shadow fleet refuse to take them on board.
  > anonymous_other | pilots | Sound pilots, who guide large ships through the channel | have complained for months | >
The Marisol is due to be towed to Vesterby on Tuesday.

@excluded
Subscribe to Tanker & Freight Intelligence for full access to our casualty reports.
Related: Shadow fleet tankers, a guide to the ships carrying sanctioned crude
© Maritime Intelligence Ltd 2025. Reproduction prohibited.
''')

ARTICLES.append(r'''
@id at-crash-investigation-press-briefing-transcript-flight-611
@style crash_investigation_press_briefing_transcript
Transcript: Safety board says first officer warned of tailwind before Flight 611 overran runway
  > named_organization | board | Safety board | says | first officer warned of tailwind before Flight 611 overran runway

The Transport Safety Board of Lusara held a news conference in Port Amal on Thursday on its interim report into the overrun of Meridia Air Flight 611, which killed three of the 148 people on board on Aug. 2.
The following transcript has been edited for length and clarity.

BOARD CHAIR ELENA ROSTOVA: Our interim report, which we are publishing today, sets out the facts we have established so far.
  > named_official | rostova | BOARD CHAIR ELENA ROSTOVA | : | >
It does not assign blame.
  > named_official | rostova | BOARD CHAIR ELENA ROSTOVA | - | *
The cockpit voice recorder shows that, about 40 seconds before touchdown, the first officer said the tailwind was at the limit and asked whether the captain wanted to go around.
  > named_official | rostova | BOARD CHAIR ELENA ROSTOVA | - | *
The captain did not answer, and the aircraft touched down 900 metres beyond the normal touchdown point.
  > named_official | rostova | BOARD CHAIR ELENA ROSTOVA | - | *

Q: Did the captain hear the first officer?

ROSTOVA: We don't know yet.
  > named_official | rostova | ROSTOVA | : | >
That is one of the things the investigation will examine.
  > named_official | rostova | ROSTOVA | - | *

Q: The pilots' union says the airline pressured crews to land at Port Amal rather than divert, to save fuel.
  > named_organization | union | The pilots' union | says | >
Is that true?

DIRECTOR OF INVESTIGATIONS PAUL ADEYEMI: We have asked Meridia Air for its fuel policy documents and we will look at them.
  > named_official | adeyemi | DIRECTOR OF INVESTIGATIONS PAUL ADEYEMI | : | >
The runway was wet, and the last report on braking conditions given to the crew was 25 minutes old.
  > named_official | adeyemi | DIRECTOR OF INVESTIGATIONS PAUL ADEYEMI | - | *
Airport records show that rubber had not been cleaned from the runway's grooves since March.
  > named_official | adeyemi | DIRECTOR OF INVESTIGATIONS PAUL ADEYEMI | - | *

Q: The Port Amal Gazette reported this morning that a friction test on the runway was overdue.
  > media_report | gazette | The Port Amal Gazette | reported this morning | >
Can you confirm that?

ADEYEMI: I can confirm that the test was due in June and was carried out in August, after the accident.
  > named_official | adeyemi | ADEYEMI | : | >

Q: What has the airline told you about crew training?

ROSTOVA: Meridia Air has told us it has since changed its procedures for landing with a tailwind.
  > named_official | rostova | ROSTOVA | : | >
Beyond that, you will have to ask them.
  > named_official | rostova | ROSTOVA | - | *

Meridia Air said in a statement after the briefing that it was "cooperating fully" with the board and that the captain had been removed from flying duties.
  > named_organization | meridia | Meridia Air | said in a statement after the briefing | >
The captain, whose name has not been released, did not respond to a message passed on through the pilots' union.
  > declined_comment | captain | The captain, whose name has not been released | did not respond to a message passed on through the pilots' union | - | resp=no_response
The union's president, Thomas Okello, said the captain was "devastated" and had flown into Port Amal more than 200 times.
  > named_official | okello | The union's president, Thomas Okello | said | >
A person familiar with the airline's internal review said managers had discussed, but not adopted, a rule requiring diversions when the tailwind exceeds 10 knots.
  > anonymous_familiar | familiar | A person familiar with the airline's internal review | said | >
Jamal Reyes, a former accident investigator who now teaches at the Kelmar Aviation Institute, said interim reports rarely reveal so much of what was said in the cockpit.
  > named_person | reyes | Jamal Reyes, a former accident investigator who now teaches at the Kelmar Aviation Institute | said | >

@excluded
Watch the full news conference on our YouTube channel.
Transcript prepared by the Aviation Desk. Sign up for our weekly safety newsletter.
© 2025 Lusara Broadcasting Service
''')

ARTICLES.append(r'''
@id at-diaspora-ballot-count-dispute-chicago
@style diaspora_ballot_count_dispute
Election board throws out 9,000 Chicago ballots in Serevia's presidential runoff, opposition party says
  > named_organization | ndm | opposition party | says | Election board throws out 9,000 Chicago ballots in Serevia's presidential runoff

Serevia's Central Election Board has annulled the results from the polling station at the consulate in Chicago, where about 9,000 members of the diaspora voted in the Nov. 9 runoff, according to a decision published on the board's website on Monday.
  > document | decision | a decision published on the board's website on Monday | according to | <
The decision says the station's result sheets were "materially inconsistent" with the number of ballots sent from the capital, Tarvo.
  > document | decision | The decision | says | >
The National Democratic Movement, whose candidate, Vesna Orlić, lost the runoff by about 14,000 votes, said the board had thrown out a station where she won 81 percent.
  > named_organization | ndm | The National Democratic Movement, whose candidate, Vesna Orlić, lost the runoff by about 14,000 votes | said | >
Orlić, speaking to supporters by video link on Tuesday, called the annulment "a robbery of our emigrants."
  > named_official | orlic | Orlić | called | the annulment "a robbery of our emigrants."

A board member appointed by the governing party, who spoke to The Serevian Voice on condition that he not be named because the board's deliberations are closed, said the vote to annul was 5 to 2.
  > anonymous_official | board-member | A board member appointed by the governing party | said | > | anon=who spoke to The Serevian Voice on condition that he not be named because the board's deliberations are closed
He said the consulate had received 8,600 blank ballots but reported 9,112 votes cast.
  > anonymous_official | board-member | He | said | >
Consul General Dragan Marek told this newspaper that the difference came from 512 voters who had been added to the rolls on election day under a rule the board itself approved in October.
  > named_official | marek | Consul General Dragan Marek | told this newspaper | >
"Every one of them showed a passport," Marek said.
  > named_official | marek | Marek | said | <
The board's spokeswoman, Ana Petrov, declined to discuss individual polling stations while appeals are pending.
  > declined_comment | petrov | The board's spokeswoman, Ana Petrov | declined to discuss individual polling stations while appeals are pending | - | resp=declined

At the Serevian Orthodox parish hall on Lawrence Avenue, where many in the community gathered after Sunday liturgy, the mood was angry.
"I drove four hours from Milwaukee to vote, and now they tell me my vote is rubbish," said Petar Ilić, 63, a retired machinist.
  > named_person | ilic | Petar Ilić, 63, a retired machinist | said | <
His wife, Ljubica, said she had waited two hours in line outside the consulate.
  > named_person | ljubica | His wife, Ljubica | said | >
Father Nikola Janković, the parish priest, said he had urged parishioners to stay calm and "not to give anyone an excuse."
  > named_official | jankovic | Father Nikola Janković, the parish priest | said | >
Some community leaders have urged a boycott of the consulate until the result is restored.
  > anonymous_other | community-leaders | Some community leaders | have urged | a boycott of the consulate until the result is restored
A poll of diaspora voters by the Tarvo-based Civic Pulse institute found before the runoff that 7 in 10 backed Orlić.
  > document | poll | A poll of diaspora voters by the Tarvo-based Civic Pulse institute | found before the runoff | >

The international observer mission said in its preliminary report that it had not monitored voting abroad and could not assess the Chicago results.
  > named_organization | observers | The international observer mission | said in its preliminary report | >
Serevian state television reported on Tuesday that the board had found "clear evidence of ballot stuffing" in Chicago.
  > media_report | state-tv | Serevian state television | reported on Tuesday | >
The board's decision does not use that phrase.
Marko Dedić, an immigration lawyer in Chicago who has advised the consulate on voter registration, said the rule on same-day registration had been "badly drafted but perfectly legal."
  > named_person | dedic | Marko Dedić, an immigration lawyer in Chicago who has advised the consulate on voter registration | said | >
The movement has appealed to the Constitutional Court, which must rule within 10 days.
Prime Minister Goran Bašić's office did not respond to emailed questions, and the governing party's spokesman could not be reached on Tuesday.
  > declined_comment | basic-office | Prime Minister Goran Bašić's office | did not respond to emailed questions | - | resp=no_response
  > declined_comment | gov-party | the governing party's spokesman | could not be reached on Tuesday | - | resp=unreachable
Orlić had wanted to campaign in Chicago in person but was refused a visa in October.
  > named_official | orlic | Orlić | had wanted | to campaign in Chicago in person | nosrc

@excluded
The Serevian Voice is published every Thursday in English and Serevian.
Like us on Facebook and follow us on Instagram.
Letters to the editor: letters@serevianvoice.example
© 2025 The Serevian Voice, Chicago
''')

ARTICLES.append(r'''
@id at-tailings-dam-breach-compensation-kalobo
@style tailings_dam_breach_compensation
Kalobo villagers reject mining company's compensation offer after tailings dam burst

MUTENDE, Zanora -- Families in four villages flooded with mining waste when a tailings dam burst at the Kalobo copper mine in February have rejected the compensation offered by its operator, the chairman of the villages' joint committee, Joseph Banda, said on Saturday.
  > named_official | banda | the chairman of the villages' joint committee, Joseph Banda | said on Saturday | <
Kalobo Copper Mines, which is majority-owned by the Canadian company Northstar Resources, offered each affected household 15,000 kwacha, about $600, according to letters sent to families this month and seen by the Mutende Mirror.
  > document | letters | letters sent to families this month and seen by the Mutende Mirror | according to | <
Banda said the sum would not replace a single season's maize harvest.
  > named_official | banda | Banda | said | >
"They have poisoned our river and our fields, and they offer us the price of a goat," he told about 300 people at a meeting in Chisanga village.
  > named_official | banda | he | told about 300 people at a meeting in Chisanga village | <

The company said in a statement that the offer was "an initial, humanitarian payment" and that further compensation would follow once an independent assessment of the damage was complete.
  > named_organization | kcm | The company | said in a statement | >
Its general manager in Zanora, Pieter Botha, declined to be interviewed.
  > declined_comment | botha | Its general manager in Zanora, Pieter Botha | declined to be interviewed | - | resp=declined
Northstar's head office in Vancouver did not respond to emails.
  > declined_comment | northstar | Northstar's head office in Vancouver | did not respond to emails | - | resp=no_response
The dam released about 1.5 million cubic metres of acidic sludge into the Mulonga River on Feb. 18, according to the Zanora Environmental Management Agency.
  > named_organization | zema | the Zanora Environmental Management Agency | according to | <
Tests by the agency in March found copper and cobalt levels in the river hundreds of times above safe limits.
  > document | zema-tests | Tests by the agency in March | found | >
A senior official at the agency, who asked not to be identified because he feared losing his job, said the company had been warned in 2022 that the dam's walls were too steep.
  > anonymous_official | zema-official | A senior official at the agency | said | > | anon=who asked not to be identified because he feared losing his job
An inspection report from that year, which the official shared with this newspaper, recommended that the company stop adding waste to the dam until it was reinforced.
  > document | inspection | An inspection report from that year, which the official shared with this newspaper | recommended | >

Esther Mwansa, 41, who farms two hectares beside the river, said her goats died within a week of drinking from it.
  > named_person | mwansa | Esther Mwansa, 41, who farms two hectares beside the river | said | >
"Now my children get rashes when they wash," she said, holding up her youngest son's arm.
  > named_person | mwansa | she | said | <
Doctors at the Mutende district hospital have treated more than 1,200 people for skin and stomach complaints since February, the hospital's medical superintendent, Dr. Grace Phiri, said.
  > named_official | phiri | the hospital's medical superintendent, Dr. Grace Phiri | said | <
She said it was too early to say whether the illnesses were caused by the spill.
  > named_official | phiri | She | said | >
Mines Minister Collins Zulu told Parliament last week that the government would "not allow any investor to treat Zanoran lives as cheap," but he has not said whether Kalobo's licence will be suspended.
  > named_official | zulu | Mines Minister Collins Zulu | told Parliament last week | that the government would "not allow any investor to treat Zanoran lives as cheap,"
A lawyer representing 600 of the families, Chanda Mumba, said they would sue in the High Court if the company did not improve its offer within 30 days.
  > named_official | mumba | A lawyer representing 600 of the families, Chanda Mumba | said | >
The country's Mines and Minerals Act says companies must restore land they damage and compensate affected communities "adequately and promptly."
  > document | act | The country's Mines and Minerals Act | says | >
Mining analysts say the breach could delay Northstar's plans to expand Kalobo, which produces about 90,000 tonnes of copper a year.
  > anonymous_other | analysts | Mining analysts | say | >
The Mirror reported in 2023 that residents of Chisanga had complained to the district council about seepage from the dam.
  > media_report | mirror | The Mirror | reported in 2023 | >
The council's clerk, Moses Tembo, said the minutes of its meetings from that period could not be found.
  > named_official | tembo | The council's clerk, Moses Tembo | said | >
Northstar had planned to start building a second tailings dam at Kalobo this year.
  > named_organization | northstar | Northstar | had planned | to start building a second tailings dam at Kalobo this year | nosrc

@excluded
Do you have a story about the Kalobo spill? WhatsApp the Mirror newsroom.
Photo: Sludge covers a maize field near Chisanga. (Mutende Mirror)
© Mutende Mirror 2025
''')

ARTICLES.append(r'''
@id at-oil-block-licence-renegotiation-brief-kessland
@style oil_block_licence_renegotiation_brief
Kessland wants a bigger cut of its offshore oil, and Halcyon Energy is pushing back

Kessland's government has told Halcyon Energy it wants to raise its share of profits from the offshore Block 7 field to 60 percent from 45 percent, according to a letter from the oil ministry seen by Energy Brief.
  > document | letter | a letter from the oil ministry seen by Energy Brief | according to | <
Why it matters: Block 7 produces about 220,000 barrels a day, and Halcyon booked nearly a fifth of its 2024 profit there, its annual report shows.
  > document | annual-report | its annual report | shows | Block 7 produces about 220,000 barrels a day, and Halcyon booked nearly a fifth of its 2024 profit there

Driving the news: Oil Minister Beatrice Nkemelu told lawmakers on Tuesday that the 2009 contract was signed "when oil was cheap and Kessland was desperate."
  > named_official | nkemelu | Oil Minister Beatrice Nkemelu | told lawmakers on Tuesday | >
"Neither is true anymore," she said.
  > named_official | nkemelu | she | said | <
The letter says Halcyon has until Dec. 31 to agree to talks.
  > document | letter | The letter | says | >

What they're saying: Halcyon said in an emailed statement that it "honours its contracts and expects its partners to do the same."
  > named_organization | halcyon | Halcyon | said in an emailed statement | >
Its chief executive, Richard Avery, told analysts on an earnings call last month that the company was "not in the business of renegotiating under pressure."
  > named_official | avery | Its chief executive, Richard Avery | told analysts on an earnings call last month | >
Two Halcyon executives, speaking on condition of anonymity because the talks are private, said the company had hired lawyers to prepare an arbitration claim.
  > anonymous_official | halcyon-execs | Two Halcyon executives | said | > | anon=speaking on condition of anonymity because the talks are private

Between the lines: People close to the ministry say Nkemelu is also under pressure from President Obi Eze's allies to fund a promised fuel subsidy before next year's election.
  > anonymous_familiar | close-ministry | People close to the ministry | say | >

The other side: Sara Lindgren, an energy lawyer at the London firm Holt Carrow who is not involved in the dispute, said the contract's "stabilisation clause" makes it hard for Kessland to change the terms without compensating Halcyon.
  > named_person | lindgren | Sara Lindgren, an energy lawyer at the London firm Holt Carrow who is not involved in the dispute | said | >
"Governments rarely win these fights in court, but they often win them at the negotiating table," she said.
  > named_person | lindgren | she | said | <

By the numbers: Kessland earned $4.1 billion from oil last year, about 70 percent of its export revenue, according to central bank data.
  > document | cb-data | central bank data | according to | Kessland earned $4.1 billion from oil last year, about 70 percent of its export revenue
The IMF said in July that the country's oil contracts were "among the least favourable to the state" in the region.
  > named_organization | imf | The IMF | said in July | >
The brokerage Tremont & Co. said in a note to clients on Wednesday that a 60 percent government take would cut the field's value to Halcyon by about $1.2 billion.
  > named_organization | tremont | The brokerage Tremont & Co. | said in a note to clients on Wednesday | >
A Western diplomat in the capital, Port Elin, said several embassies had privately urged the government not to tear up the contract.
  > anonymous_official | diplomat | A Western diplomat in the capital, Port Elin | said | >
Kessland's opposition leader, Daniel Ayuk, accused the government of "playing politics with the country's biggest asset."
  > named_official | ayuk | Kessland's opposition leader, Daniel Ayuk | accused | the government of "playing politics with the country's biggest asset."

The Financial Ledger reported last week that Halcyon had approached two Asian state oil companies about selling its stake in Block 7.
  > media_report | ledger | The Financial Ledger | reported last week | >
Halcyon declined to comment on the report.
  > declined_comment | halcyon | Halcyon | declined to comment on the report | - | resp=declined
The ministry did not respond to questions about the deadline.
  > declined_comment | oil-ministry | The ministry | did not respond to questions about the deadline | - | resp=no_response
Halcyon had hoped to sign a 10-year extension of the Block 7 licence this year.
  > named_organization | halcyon | Halcyon | had hoped | to sign a 10-year extension of the Block 7 licence this year | nosrc

What's next: The ministry has scheduled a first meeting with Halcyon for Nov. 18, according to the letter.
  > document | letter | the letter | according to | The ministry has scheduled a first meeting with Halcyon for Nov. 18

@excluded
Energy Brief is a free daily newsletter. Forward it to a friend.
Upgrade to Energy Brief Pro for our full data tables.
Was this email useful? Yes / No
Copyright 2025 Meridian Media.
''')

ARTICLES.append(r'''
@id at-inspector-access-denied-enrichment-site-qaresh
@style inspector_access_denied_enrichment_site
Qaresh blocked inspectors from new enrichment hall, confidential IAEA report says
  > document | report | confidential IAEA report | says | Qaresh blocked inspectors from new enrichment hall

VIENNA -- Qaresh refused to let U.N. nuclear inspectors into a newly built underground hall at its Shurab enrichment site last month, according to a confidential report by the International Atomic Energy Agency seen by this news agency.
  > document | report | a confidential report by the International Atomic Energy Agency seen by this news agency | according to | <
The quarterly report, sent to member states on Wednesday, says inspectors were turned away at the entrance to the hall on Oct. 14 and again on Oct. 21.
  > document | report | The quarterly report, sent to member states on Wednesday | says | >
Qaresh told the agency in a letter that the hall was "not yet in operation" and therefore not subject to inspection, the report says.
  > document | report | the report | says | <
The report estimates that Qaresh now has 140 kilograms of uranium enriched to 60 percent purity, up from 118 kilograms in August.
  > document | report | The report | estimates | >
Uranium enriched to 60 percent is a short technical step from the 90 percent used in weapons.

A senior diplomat accredited to the agency, who spoke on condition of anonymity because the report is confidential, said the hall could hold as many as 2,000 advanced centrifuges.
  > anonymous_official | diplomat | A senior diplomat accredited to the agency | said | > | anon=who spoke on condition of anonymity because the report is confidential
"It's the first time they have simply shut the door," the diplomat said.
  > anonymous_official | diplomat | the diplomat | said | <
Qaresh had planned to unveil the hall at a ceremony in November, the diplomat said.
  > anonymous_official | diplomat | the diplomat | said | <
Qaresh's ambassador to the agency, Reza Kamali, said on state television that inspectors had "full access to every declared facility" and accused Western governments of "using the agency as a weapon."
  > named_official | kamali | Qaresh's ambassador to the agency, Reza Kamali | said on state television | that inspectors had "full access to every declared facility"
  > named_official | kamali | Qaresh's ambassador to the agency, Reza Kamali | accused | Western governments of "using the agency as a weapon."
Kamali could not be reached for further comment on Thursday.
  > declined_comment | kamali | Kamali | could not be reached for further comment on Thursday | - | resp=unreachable
The IAEA's press office declined to comment on a confidential report.
  > declined_comment | iaea | The IAEA's press office | declined to comment on a confidential report | - | resp=declined

France, Germany and Britain are preparing a resolution rebuking Qaresh at the agency's Board of Governors meeting next week, three European diplomats said.
  > anonymous_official | eu-diplomats | three European diplomats | said | <
The resolution would be the first since 2022, they said.
  > anonymous_official | eu-diplomats | they | said | < | count=3
The United States has not decided whether to co-sponsor it, according to a person familiar with the administration's deliberations.
  > anonymous_familiar | familiar | a person familiar with the administration's deliberations | according to | <
A State Department spokesperson said Washington was "deeply troubled" by the report and was consulting its allies.
  > named_organization | state-dept | A State Department spokesperson | said | >
Laura Kessler, who directs the nonproliferation programme at the Hartwell Institute in Washington, said the refusal was "a test of how much the board is willing to tolerate."
  > named_person | kessler | Laura Kessler, who directs the nonproliferation programme at the Hartwell Institute in Washington | said | >
Western officials have long suspected that Qaresh is building enrichment capacity it has not declared.
  > anonymous_official | western-officials | Western officials | have long suspected | >
Qaresh has threatened in the past to leave the Nuclear Non-Proliferation Treaty if it faces new sanctions.
  > named_organization | qaresh | Qaresh | has threatened | to leave the Nuclear Non-Proliferation Treaty if it faces new sanctions
The state news agency QNA quoted Foreign Minister Hossein Najafi as saying that any resolution would be met with "an appropriate response."
  > media_report | qna | The state news agency QNA | quoted | >
The agency's inspectors have been unable to verify Qaresh's stock of centrifuge parts since 2021, when Qaresh removed surveillance cameras, the report says.
  > document | report | the report | says | <
Oil prices barely moved on the news.

@excluded
Reporting by Katrin Weiss in Vienna; additional reporting by Sam Oduya in Washington; Editing by Paul Marr
Sign up for our daily World Briefing newsletter.
© 2025 Continental Wire. All rights reserved.
''')

ARTICLES.append(r'''
@id at-aid-convoy-strike-deconfliction-liveblog-talmar
@style aid_convoy_strike_deconfliction_liveblog
Live updates: Aid convoy struck in northern Talmar; charity says army had its coordinates
  > named_organization | rwb | charity | says | army had its coordinates

6:40 a.m.
A convoy of five trucks carrying flour and medical supplies for the charity Relief Without Borders was hit by an airstrike overnight near the town of Qasr Amin, the charity said in a statement.
  > named_organization | rwb | the charity#2 | said in a statement | <
Three of its drivers and a Talmari staff member were killed, it said.
  > named_organization | rwb | it | said | <
The charity's head of operations, Sophie Laurent, told us by phone from Geneva that the convoy's route and GPS coordinates had been shared with the army's humanitarian coordination cell 36 hours in advance.
  > named_official | laurent | The charity's head of operations, Sophie Laurent | told us by phone from Geneva | >
"We did everything the system asks of us," she said.
  > named_official | laurent | she | said | <
"The trucks had our logo on the roof."
  > named_official | laurent | she | - | *

10:30 a.m.
Talmar's army said in a post on X that its aircraft had struck "a terrorist vehicle column" near Qasr Amin and that it was "reviewing reports" of civilian casualties.
  > named_organization | army | Talmar's army | said in a post on X | >
An army officer at the coordination cell, speaking on condition of anonymity because he was not authorized to brief the media, told us the convoy's notification had been received but "not passed on to the air operations centre in time."
  > anonymous_official | cell-officer | An army officer at the coordination cell | told us | > | anon=speaking on condition of anonymity because he was not authorized to brief the media

11:50 a.m.
The UN humanitarian coordinator for Talmar, Amina Diallo, said it was the fourth attack on a notified aid convoy this year.
  > named_official | diallo | The UN humanitarian coordinator for Talmar, Amina Diallo | said | >
"Deconfliction is not a favour; it is an obligation under international humanitarian law," she said.
  > named_official | diallo | she | said | <
Diallo called for an independent investigation.
  > named_official | diallo | Diallo | called for | an independent investigation
The broadcaster Al-Sahel TV reported that two of the trucks caught fire and that the bodies were taken to a clinic in Qasr Amin.
  > media_report | al-sahel | The broadcaster Al-Sahel TV | reported | >
We have not been able to independently verify the report.
The clinic's director could not be reached because phone lines in the area are down.
  > declined_comment | clinic-director | The clinic's director | could not be reached | - | resp=unreachable

2:45 p.m.
A spokesman for Talmar's Defence Ministry, Colonel Faris Haddad, said the army "regrets any loss of innocent life" but that the convoy had been "travelling off its notified route."
  > named_official | haddad | A spokesman for Talmar's Defence Ministry, Colonel Faris Haddad | said | >
Asked by us for evidence, Haddad declined to provide any.
  > declined_comment | haddad | Haddad | declined to provide any | - | resp=declined
Relief Without Borders said its trucks' GPS logs, which it has shared with the UN, show they stayed on the agreed road.
  > named_organization | rwb | Relief Without Borders | said | >
Two Western diplomats in the capital said their governments had raised the strike with Talmar's foreign minister.
  > anonymous_official | diplomats | Two Western diplomats in the capital | said | >
Aid groups have said for months that the deconfliction system is breaking down.
  > anonymous_other | aid-groups | Aid groups | have said for months | >
Karim Nassar, a Talmari truck driver who has driven for several aid agencies, said drivers were now refusing routes north of the river.
  > named_person | nassar | Karim Nassar, a Talmari truck driver who has driven for several aid agencies | said | >
"Nobody will drive for flour if flour gets you killed," he said.
  > named_person | nassar | he | said | <
Talmar's foreign ministry did not respond to our request for comment.
  > declined_comment | talmar-fm | Talmar's foreign ministry | did not respond to our request for comment | - | resp=no_response

@excluded
This live page is no longer being updated. Read our full story here.
Share this page on WhatsApp, Facebook or X.
© 2025 Global Desk News
''')

ARTICLES.append(r'''
@id at-bulk-carrier-sinking-crew-families-ocean-lark
@style bulk_carrier_sinking_crew_families
Families of 19 missing Luzaran seafarers demand answers as search for Ocean Lark is scaled back

SAN ISIDRO -- Relatives of the 19 Luzaran crew members missing from the bulk carrier Ocean Lark, which sank in a storm in the Sea of Keto a week ago, gathered at the office of its manning agency here yesterday demanding information about the search.
The coast guard of Hanmara, which is leading the search, said yesterday that it would reduce the number of ships and aircraft involved from 11 to four.
  > named_organization | hcg | The coast guard of Hanmara, which is leading the search | said yesterday | >
Two crew members were rescued from a life raft on the first day, and the bodies of three others have been recovered, it said.
  > named_organization | hcg | it | said | <
One of the two survivors, an able seaman, told investigators that the ship began listing sharply about an hour before it went down, the coast guard said.
  > named_organization | hcg | the coast guard | said | <

Among the missing is the ship's third engineer, Ramon dela Cruz, 27.
His mother, Teresita dela Cruz, said the family last heard from him in a voice message on the night before the ship sank.
  > named_person | teresita | His mother, Teresita dela Cruz | said | >
"He said the cargo was moving and the captain had asked the owners for permission to change course," she said.
  > named_person | teresita | she | said | <
"They told him no."
  > named_person | teresita | she | - | *
The Ocean Lark was carrying 52,000 tonnes of nickel ore from Port Caluya to China.
Nickel ore can turn to slurry when it is too wet, shifting inside a ship's holds and causing it to capsize, according to the International Maritime Organization's cargo code.
  > document | imo-code | the International Maritime Organization's cargo code | according to | <

The ship's manager, the Singapore-registered Bright Harbour Shipmanagement, said in a statement that it was "doing everything possible" to support the families and that the master had not reported any problem with the cargo.
  > named_organization | bright-harbour | The ship's manager, the Singapore-registered Bright Harbour Shipmanagement | said in a statement | >
A company representative at the San Isidro office, who gave her name only as Ms Reyes, told reporters she had no new information.
  > named_official | reyes | A company representative at the San Isidro office, who gave her name only as Ms Reyes | told reporters | >
Bright Harbour's managing director, Kenneth Loh, did not answer calls to his mobile phone.
  > declined_comment | loh | Bright Harbour's managing director, Kenneth Loh | did not answer calls to his mobile phone | - | resp=no_response
The Luzaran Department of Migrant Workers said it had sent a team to Hanmara to help identify the bodies.
  > named_organization | dmw | The Luzaran Department of Migrant Workers | said | >
Secretary Maria Santos-Lim told a briefing in the capital that the department would "hold the manning agency and the ship's owners to account."
  > named_official | santos-lim | Secretary Maria Santos-Lim | told a briefing in the capital | >
Officials at the department, who asked not to be named because the matter is under investigation, said the Ocean Lark had been detained twice in Chinese ports last year for safety deficiencies.
  > anonymous_official | dmw-officials | Officials at the department | said | > | anon=who asked not to be named because the matter is under investigation
Port state control records list 14 deficiencies found during a 2024 inspection, including corroded hatch covers.
  > document | psc-records | Port state control records | list | >

Seafarers' unions have long complained that nickel ore shippers pressure crews to sail with cargo that has not been properly tested for moisture.
  > anonymous_other | unions | Seafarers' unions | have long complained | >
Captain Alfredo Mercado, a retired master mariner who now teaches at the Luzara Maritime Academy, said captains often face "enormous" commercial pressure to keep to schedule.
  > named_person | mercado | Captain Alfredo Mercado, a retired master mariner who now teaches at the Luzara Maritime Academy | said | >
"If you refuse to sail, the next captain will not," Mr Mercado said.
  > named_person | mercado | Mr Mercado | said | <
The manning agency, Pacific Star Crewing, closed its doors to reporters yesterday afternoon, and its president, Danilo Tan, could not be reached.
  > declined_comment | tan | its president, Danilo Tan | could not be reached | - | resp=unreachable
The Hanmaran newspaper Keto Daily reported on Monday that the Ocean Lark's owners had asked for a salvage survey of the wreck.
  > media_report | keto-daily | The Hanmaran newspaper Keto Daily | reported on Monday | >
The families had hoped to travel to Hanmara this week, but the agency has not said whether it will pay for the trip.
  > anonymous_other | families | The families | had hoped | to travel to Hanmara this week | nosrc

@excluded
For the latest news, follow the Luzara Daily Chronicle on Facebook and X.
Tags: Ocean Lark, seafarers, maritime accidents
Copyright © 2025 Luzara Daily Chronicle. All rights reserved.
''')

ARTICLES.append(r'''
@id at-offshore-helicopter-ditching-inquiry-port-carran
@style offshore_helicopter_ditching_inquiry
Gearbox warning light came on minutes before North Sea helicopter ditched, investigators' bulletin reveals
  > document | aib-bulletin | investigators' bulletin | reveals | Gearbox warning light came on minutes before North Sea helicopter ditched

A warning light for the main gearbox lit up in the cockpit of a helicopter carrying 16 oil workers about four minutes before it ditched in the North Sea in June, according to a special bulletin published yesterday by the Air Accidents Investigation Board.
  > document | aib-bulletin | a special bulletin published yesterday by the Air Accidents Investigation Board | according to | <
All 18 people on board the SK-92, operated by Norwind Helicopters, escaped into life rafts and were picked up by a standby vessel.
The bulletin says the crew followed the emergency checklist and chose to ditch rather than continue to the Brenna Alpha platform, 11 miles away.
  > document | aib-bulletin | The bulletin | says | >
It recommends that operators of the type inspect a bearing in the gearbox within the next 25 flying hours.
  > document | aib-bulletin | It | recommends | >
The board's chief inspector, Fiona McLeod, said at a briefing in Port Carran that the recommendation was "precautionary" and that investigators had not yet found the cause of the failure.
  > named_official | mcleod | The board's chief inspector, Fiona McLeod | said at a briefing in Port Carran | >
"We are not saying that every one of these aircraft has a problem," she said.
  > named_official | mcleod | she | said | <
"We are saying that nobody should fly one without checking."
  > named_official | mcleod | she | - | *

Norwind said it had completed the inspections on its eight SK-92s and found no defects.
  > named_organization | norwind | Norwind | said | >
Its flight operations director, Craig Munro, said the company had "absolute confidence" in the aircraft.
  > named_official | munro | Its flight operations director, Craig Munro | said | >
The helicopter's manufacturer, Skyward Rotorcraft, said it was "supporting the investigation" and declined to comment further.
  > named_organization | skyward | The helicopter's manufacturer, Skyward Rotorcraft | said | it was "supporting the investigation"
  > declined_comment | skyward | The helicopter's manufacturer, Skyward Rotorcraft | declined to comment further | - | resp=declined

One of the passengers, a 34-year-old scaffolder from Port Carran, said the ditching was "like being in a washing machine in the dark."
  > named_person | doherty | One of the passengers, a 34-year-old scaffolder from Port Carran | said | >
"I honestly thought that was it," said the scaffolder, Liam Doherty, who has worked offshore for 12 years.
  > named_person | doherty | the scaffolder, Liam Doherty, who has worked offshore for 12 years | said | <
He said he has not been back offshore since and is unsure whether he will return.
  > named_person | doherty | He | said | >
The offshore workers' union OWU said its members were "losing faith" in the helicopter fleet and called for all SK-92s to be grounded until the cause was found.
  > named_organization | owu | The offshore workers' union OWU | said | its members were "losing faith" in the helicopter fleet
  > named_organization | owu | The offshore workers' union OWU | called for | all SK-92s to be grounded until the cause was found
Its regional organiser, Jim Baxter, said about 40 members had contacted the union since the ditching to ask whether they could refuse to fly.
  > named_official | baxter | Its regional organiser, Jim Baxter | said | >
Industry sources said at least two oil companies had asked their contractors to use other helicopter types on their platforms for the rest of the summer.
  > anonymous_other | industry-sources | Industry sources | said | >
Brenna Energy, which operates the Brenna Alpha platform, did not respond to a request for comment.
  > declined_comment | brenna | Brenna Energy, which operates the Brenna Alpha platform | did not respond to a request for comment | - | resp=no_response

The Civil Aviation Authority said it would consider the union's call but would be guided by the investigators.
  > named_organization | caa | The Civil Aviation Authority | said | >
A person with knowledge of the investigation said the gearbox had been sent to a laboratory in Germany for examination.
  > anonymous_familiar | knowledge | A person with knowledge of the investigation | said | >
Dr Alan Pierce, an aviation engineer at the University of Carran who has advised previous inquiries, said gearbox bearings "tend to give some warning, if you know where to look."
  > named_person | pierce | Dr Alan Pierce, an aviation engineer at the University of Carran who has advised previous inquiries | said | >
This newspaper reported in 2019 that Norwind had been fined for failing to keep maintenance records on another helicopter type.
  > media_report | gazette | This newspaper | reported in 2019 | >
Norwind had planned to add three more SK-92s to its fleet next year.
  > named_organization | norwind | Norwind | had planned | to add three more SK-92s to its fleet next year | nosrc
The board's final report is due next summer.

@excluded
Got a story? Email newsdesk@harbourgazette.example
Share this article: Facebook | X | Email
Comments are closed on this article.
© The Harbour Gazette 2025
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
