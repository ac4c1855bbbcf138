"""Build corpus/articles/bf.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on foreign news filed from abroad, farming and rural economies, and air and rail
accidents (ceasefire_line_shelling_monitor_wire, coup_curfew_diaspora_tv_station_web,
refugee_river_crossing_capsize_radio_transcript, presidential_runoff_fraud_claims_liveblog,
grain_export_ban_cooperative_chair_qa, sugar_beet_factory_closure_farm_newsletter,
cassava_virus_smallholder_magazine_feature, cargo_turboprop_icing_interim_report_trade_journal,
study_abroad_protest_recall_student_paper, level_crossing_grain_truck_collision_explainer,
regional_jet_runway_overrun_corrected_story, fertilizer_price_tractor_blockade_local_daily),
set mostly in invented countries, in the voices of twelve kinds of outlet (a wire story
from a ceasefire line, a local television station's website covering a coup through the
city's diaspora, a public-radio transcript with anchor, correspondent and speaker labels, a
live blog with local times, an edited Q&A whose questions themselves cite sources, a farm
policy newsletter with capitalised section heads, a magazine feature with a dek and a
first-person reporter, an aviation trade weekly, a college student newspaper, an explainer
with question subheads, a foreign daily's story with a correction and update footer, and a
provincial local daily). Each is built to test source typing and grouping: ministers, a
president, a junta colonel who is described first and named later, a chief of staff, a
rebel spokesman, a candidate and a campaign spokesman, an election commission chairman,
cooperative and union chairs, an accident investigator, an investigation bureau director, a
program director and a dean, a hospital director, a congresswoman, a state senator and a
cooperative manager; private persons (a market seller, a salon owner, a refugee teacher, a
volunteer football coach, farmers, a widower, a truck driver, a passenger described first
and named later, students, a resident, a virologist, a former test pilot and an economist
writing as experts); ministries, armies, a monitoring mission, an aid group, border police,
an electoral commission, an observer mission, companies, airlines, an airport operator, a
railway, a growers' association, an embassy and unnamed spokespeople; anonymous officials
with and without a stated reason (diplomats, a State Department official on ground rules, an
observer, a former plant manager, an institute official, ministry officials, a police
officer, an aviation official, a USDA official); people familiar with an investigation or a
mission's work and a person close to a deposed president's family; vague sources
(residents, opposition groups, aid workers, aid agencies, traders, growers, dealers,
parents, truck drivers, families, a man in a cafe who gives a reason, a student who gives a
reason); documents (UN casualty figures, footage, an internal
assessment, a central-bank paper, ministry figures, a company letter, a milk report, a
survey, distribution records, a budget document, an interim report, maintenance logs, weather
data, a crossing inventory, railroad records, a flight itinerary, an exit poll, a commission
website); media reports (a rebel channel, state television, a pro-government paper, local
papers, and the outlet's own earlier reporting, including an earlier version of the same
article); non-answers of all three kinds, one inside an interview answer; quotes over
several sentences and across speaker turns; split content and content on both sides of the
cue; headline and dek attributions; two attributions in one sentence; and look-alikes left
unannotated or marked not sourcing ("did not say", "gave no date", "has not said", "has not
been identified", "could not be independently confirmed", "have not established", "does not
determine", "has not given up", "could not verify"; "wants", "plans" and "expects" in the
reporter's voice, and "plan" and "wants" inside cited content). All twelve end with a footer
of excluded boilerplate. Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_bf.py [--render]
     python corpus/build_articles_bf.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "bf.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id bf-ceasefire-line-shelling-dolny-brod
@style ceasefire_line_shelling_monitor_wire
Shelling kills four at market near Halvany truce line, monitors say
  > named_organization | jom | monitors | say | Shelling kills four at market near Halvany truce line

PRASTOVA, Halvany -- Artillery shells struck a market in the frontline village of Dolny Brod on Saturday morning, killing four civilians and wounding at least 11, the international mission that monitors the ceasefire between Halvany's government and separatist forces said.
  > named_organization | jom | the international mission that monitors the ceasefire between Halvany's government and separatist forces | said | <
It was the deadliest violation of the truce since it took effect in March.
The mission, known as the Joint Observation Mission, said in a report posted on Sunday that its teams had counted 312 explosions along the line in the previous 24 hours, nearly triple the daily average for October.
  > named_organization | jom | The mission, known as the Joint Observation Mission | said in a report posted on Sunday | >
The report did not say which side had fired the shells that hit the market.

Halvany's Defense Ministry blamed the separatist Free Ridge Brigades, saying in a statement that the shells had come from positions near the town of Verhin, about nine miles to the east.
  > named_organization | mod | Halvany's Defense Ministry | blamed | the separatist Free Ridge Brigades
  > named_organization | mod | Halvany's Defense Ministry | saying in a statement | >
A spokesman for the brigades, Tomas Vark, denied the accusation in a message on Telegram and said government troops had shelled their own village "to make a show for the diplomats."
  > named_official | vark | A spokesman for the brigades, Tomas Vark | denied | the accusation
  > named_official | vark | A spokesman for the brigades, Tomas Vark | said | government troops had shelled their own village "to make a show for the diplomats."
Ridge 24, a television channel run by the brigades, reported that government howitzers had fired from a farm outside Dolny Brod minutes before the market was hit.
  > media_report | ridge24 | Ridge 24, a television channel run by the brigades | reported | >
The report could not be independently confirmed.

In Dolny Brod, Marta Kelen, who sells potatoes at the market, said by telephone that she heard a whistle and then "everything was dust."
  > named_person | kelen | Marta Kelen, who sells potatoes at the market | said by telephone | >
"My neighbor was standing where the bread stall was," she said.
  > named_person | kelen | she | said | <
"Now there is no bread stall, and there is no neighbor."
  > named_person | kelen | she | - | *
Several other residents said the village had been shelled almost every night since the start of the month.
  > anonymous_other | residents | Several other residents | said | >

Two Western diplomats in Prastova, who spoke on the condition of anonymity because they were not authorized to discuss the monitors' findings, said the mission's analysis of the craters pointed to fire from the east, where the separatists hold the line.
  > anonymous_official | diplomats | Two Western diplomats in Prastova | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss the monitors' findings
One of the diplomats said the mission had shared the analysis with the governments that fund it but would not publish it until a second team had visited the site.
  > anonymous_official | diplomats | One of the diplomats | said | >
The mission's chief monitor, Ingrid Sallas, declined to discuss the crater analysis.
  > declined_comment | sallas | The mission's chief monitor, Ingrid Sallas | declined to discuss the crater analysis | - | resp=declined
A person familiar with the mission's work said monitors had been turned back three times in the past week by armed men at a separatist checkpoint outside Verhin.
  > anonymous_familiar | familiar | A person familiar with the mission's work | said | >

Kesh's Foreign Ministry, whose government backs the separatists, said the truce was "being destroyed by Prastova's provocations" and called for an emergency meeting of the mission's governing council.
  > named_organization | kesh-fm | Kesh's Foreign Ministry, whose government backs the separatists | said | the truce was "being destroyed by Prastova's provocations"
  > named_organization | kesh-fm | Kesh's Foreign Ministry, whose government backs the separatists | called for | an emergency meeting of the mission's governing council
According to figures compiled by the United Nations humanitarian office, at least 46 civilians have been killed along the line since the ceasefire began.
  > document | un-figures | figures compiled by the United Nations humanitarian office | According to | >
Halvany's president, Edvard Lisko, wants the mission expanded to 400 monitors and plans to raise the request at a donors' meeting in Vienna next week.
  > named_official | lisko | Halvany's president, Edvard Lisko | wants | the mission expanded to 400 monitors | nosrc
  > named_official | lisko | Halvany's president, Edvard Lisko | plans | to raise the request at a donors' meeting in Vienna next week | nosrc
His office did not respond to a request for comment on Sunday.
  > declined_comment | lisko-office | His office | did not respond to a request for comment on Sunday | - | resp=no_response
The Prastova daily Vecherni Glas reported on Sunday that the army had moved two artillery batteries closer to the line last week, citing soldiers in the units.
  > media_report | glas | The Prastova daily Vecherni Glas | reported on Sunday | that the army had moved two artillery batteries closer to the line last week
The army has not said how many troops it keeps near Dolny Brod.

@excluded
Reporting by Oskar Brenner in Prastova; additional reporting by Lea Horvat; editing by Paul Achterberg
Our Standards: The Continental Wire Trust Principles.
© 2025 Continental Wire. All rights reserved.
''')

ARTICLES.append(r'''
@id bf-coup-curfew-diaspora-olvana
@style coup_curfew_diaspora_tv_station_web
Olvana's military seizes power; Minneapolis families say they can't reach relatives
  > anonymous_other | families | Minneapolis families | say | they can't reach relatives

MINNEAPOLIS -- Soldiers took control of Olvana's state broadcaster and the presidential palace in the capital, Beremi, early Wednesday, and hours later an army colonel appeared on television to announce that the country's constitution had been suspended.
  > named_official | durand | an army colonel | announce | that the country's constitution had been suspended
The officer, who identified himself as Colonel Abasi Durand of the presidential guard, said a "National Council for Renewal" would govern until new elections, for which he gave no date.
  > named_official | durand | The officer, who identified himself as Colonel Abasi Durand of the presidential guard | said | a "National Council for Renewal" would govern until new elections
He also announced a curfew from 7 p.m. to 6 a.m. and the closing of the country's borders and its only international airport.
  > named_official | durand | He | announced | >
The whereabouts of President Lucienne Okala, who was re-elected in a disputed vote in February, were unknown Wednesday night.
Her chief of staff, Didier Talon, said in a telephone interview with a radio station in neighboring Tamburo that Okala was being held at a military camp outside Beremi and was "in good health, but a prisoner."
  > named_official | talon | Her chief of staff, Didier Talon | said in a telephone interview with a radio station in neighboring Tamburo | >
A person close to Okala's family said she had been allowed to speak briefly by phone with her husband on Wednesday afternoon.
  > anonymous_familiar | close-family | A person close to Okala's family | said | >
The council has not said whether it will allow her to leave the country.

The State Department said it was "deeply concerned" and urged the soldiers to release Okala and "return to their barracks."
  > named_organization | state-dept | The State Department | said | it was "deeply concerned"
  > named_organization | state-dept | The State Department | urged | the soldiers to release Okala and "return to their barracks."
A senior State Department official, speaking to reporters under ground rules that did not allow the official to be named, said about 140 Americans were registered with the U.S. Embassy in Beremi and that no evacuation was planned for now.
  > anonymous_official | state-official | A senior State Department official | said | > | anon=under ground rules that did not allow the official to be named
The official said the embassy had lost contact with Okala's security detail around 3 a.m. local time.
  > anonymous_official | state-official | The official | said | >
The Coastal States Community, a regional bloc of which Olvana is a member, said it would hold an emergency summit on Friday and threatened sanctions.
  > named_organization | csc | The Coastal States Community, a regional bloc of which Olvana is a member | said | it would hold an emergency summit on Friday
  > named_organization | csc | The Coastal States Community, a regional bloc of which Olvana is a member | threatened | sanctions
Olvanan state television, now under the soldiers' control, reported that crowds had gathered in Beremi's central square to celebrate the takeover.
  > media_report | state-tv | Olvanan state television, now under the soldiers' control | reported | >
Footage posted on social media showed a smaller crowd of protesters being driven from the university gates with tear gas.
  > document | footage | Footage posted on social media | showed | >
KPRX could not verify when the footage was filmed.

In Minneapolis, home to one of the largest Olvanan communities in the United States, many families spent the day trying to reach relatives.
Phone and internet service in Olvana was cut off shortly after dawn, according to NetPulse, a group that monitors internet outages.
  > named_organization | netpulse | NetPulse, a group that monitors internet outages | according to | <
"I called my mother 40 times," said Estelle Nkoro, who owns a hair salon on Lake Street and grew up in Beremi.
  > named_person | nkoro | Estelle Nkoro, who owns a hair salon on Lake Street and grew up in Beremi | said | <
"The call doesn't even ring.
  > named_person | nkoro | Estelle Nkoro | - | *
It just dies."
  > named_person | nkoro | Estelle Nkoro | - | *
A man at a cafe near her salon, who would not give his name because he said he feared for his brothers in the army, said he was glad the soldiers had acted.
  > anonymous_other | cafe-man | A man at a cafe near her salon | said#2 | > | anon=who would not give his name because he said he feared for his brothers in the army
"Okala stole the election, and everybody knows it," he said.
  > anonymous_other | cafe-man | he | said | <
U.S. Rep. Dana Whitfield, whose district includes much of south Minneapolis, said her office was fielding calls from constituents with family in Olvana and urged the State Department to help Americans leave.
  > named_official | whitfield | U.S. Rep. Dana Whitfield, whose district includes much of south Minneapolis | said | her office was fielding calls from constituents with family in Olvana
  > named_official | whitfield | U.S. Rep. Dana Whitfield, whose district includes much of south Minneapolis | urged | the State Department to help Americans leave
Olvana's embassy in Washington did not answer phone calls on Wednesday.
  > declined_comment | embassy | Olvana's embassy in Washington | did not answer phone calls on Wednesday | - | resp=no_response
KPRX reported in March that the Olvanan Association of Minnesota had warned of growing anger in the army over unpaid wages.
  > media_report | kprx | KPRX | reported in March | >
The association's president, Joseph Ameyo, could not be reached Wednesday evening.
  > declined_comment | ameyo | The association's president, Joseph Ameyo | could not be reached Wednesday evening | - | resp=unreachable

@excluded
Download the KPRX 7 News app for breaking news alerts.
Wire services contributed to this report.
Report a typo or error
Copyright 2025 KPRX-TV. All rights reserved.
''')

ARTICLES.append(r'''
@id bf-refugee-river-crossing-capsize-selva
@style refugee_river_crossing_capsize_radio_transcript
At least 30 missing after refugee boat capsizes on the Selva River, aid group says
  > named_organization | rivercare | aid group | says | At least 30 missing after refugee boat capsizes on the Selva River

ANCHOR (NORA BLAINE): This is Evening Edition.
Rescuers on the Selva River spent a second day searching for survivors after an overloaded boat carrying people fleeing the war in Kharun capsized before dawn on Monday.
Our correspondent Samuel Ortega is in the border town of Puerto Anselm.
Samuel, what do we know?

SAMUEL ORTEGA: Nora, the aid group River Care, which runs a clinic on the riverbank here, says its teams pulled 19 people from the water alive and recovered six bodies.
  > named_organization | rivercare | the aid group River Care, which runs a clinic on the riverbank here | says | >
At least 30 others are still missing, the group says, based on what survivors told its staff about how many people were on board.
  > named_organization | rivercare | the group | says | At least 30 others are still missing ;; based on what survivors told its staff about how many people were on board
The border police here say the number of missing is lower, about 20.
  > named_organization | border-police | The border police here | say | >

BLAINE: Who was on the boat?

ORTEGA: Mostly families from the Tessin valley in northern Kharun, where government forces and the Kharun Liberation Front have been fighting since the spring.
I spoke this morning with one of the survivors, a schoolteacher named Farida Osman, who held on to a plastic fuel can for almost an hour.
She spoke through an interpreter.

FARIDA OSMAN: The boat turned over all at once.
  > named_person | osman | FARIDA OSMAN | : | >
I had my son on my back, and then he was not on my back.
  > named_person | osman | FARIDA OSMAN | - | *
A fisherman pulled him out.
  > named_person | osman | FARIDA OSMAN | - | *
He is alive.
  > named_person | osman | FARIDA OSMAN | - | *

ORTEGA: Osman says the smugglers charged each passenger 300 dollars and told them the crossing would take 20 minutes.
  > named_person | osman | Osman | says | >

BLAINE: Why are people risking this crossing now?

ORTEGA: Until last month, many crossed at the Anselm bridge, about 10 miles upstream.
But the Ruvema government closed the bridge to refugees on Oct. 3, saying its reception centers were full.
  > named_organization | ruvema-gov | the Ruvema government | saying | its reception centers were full
Ruvema's interior minister, Hector Valmont, told parliament last week that the closure was temporary and that the country had taken in "more than its share."
  > named_official | valmont | Ruvema's interior minister, Hector Valmont | told parliament last week | >
I asked the Interior Ministry on Monday whether the bridge would reopen after the drowning.
A spokeswoman said she could not comment while the search was under way.
  > declined_comment | interior-ministry | A spokeswoman | said she could not comment | - | resp=declined
Aid workers here say the closure has pushed people toward smugglers who use small wooden boats at night.
  > anonymous_other | aid-workers | Aid workers here | say | >
An internal assessment by the U.N. refugee agency, seen by this program, warned on Oct. 10 that closing the bridge would "increase irregular crossings and loss of life."
  > document | unhcr-assessment | An internal assessment by the U.N. refugee agency, seen by this program | warned | that closing the bridge would "increase irregular crossings and loss of life."

BLAINE: And the fighting inside Kharun?

ORTEGA: Kharun's army said in a statement Sunday that it had retaken two towns in the Tessin valley from the Liberation Front.
  > named_organization | kharun-army | Kharun's army | said in a statement Sunday | >
The front's political wing says its fighters withdrew to protect civilians.
  > named_organization | klf | The front's political wing | says | >
Neither claim could be independently confirmed.
A volunteer football coach from the valley who now runs games for children at a camp here, Ibrahim Sadek, told me that almost every family he meets has lost someone in the shelling.
  > named_person | sadek | A volunteer football coach from the valley who now runs games for children at a camp here, Ibrahim Sadek | told me | >
He says many are waiting for the river to drop so they can try to wade across.
  > named_person | sadek | He | says | >

BLAINE: Samuel Ortega in Puerto Anselm, thank you.

@excluded
Copyright 2025 Lakeshore Public Radio. All rights reserved.
This transcript was produced on a rush deadline and may not be in its final form.
Support public radio: become a member today.
''')

ARTICLES.append(r'''
@id bf-presidential-runoff-darvinia-liveblog
@style presidential_runoff_fraud_claims_liveblog
Live updates: Darvinia votes in presidential runoff as opposition party alleges ballot stuffing
  > named_organization | civic-renewal | opposition party | alleges | ballot stuffing

Follow our live coverage of Sunday's presidential runoff in Darvinia.
All times are local.

07:05
Polls opened across Darvinia at 7 a.m., with about 5.8 million people eligible to vote, according to the Central Electoral Commission.
  > named_organization | cec | the Central Electoral Commission | according to | <
The runoff pits Prime Minister Andrei Costel against Mirela Dragan, a former judge who leads the opposition Civic Renewal party, after neither won a majority in the first round on Oct. 12.

09:40
Dragan voted at a school in her hometown of Lesna and told reporters outside that she had "no trust" in the commission's count.
  > named_official | dragan | Dragan | told reporters outside | that she had "no trust" in the commission's count
"We will count every ballot ourselves if we have to," she said.
  > named_official | dragan | she | said | <

10:55
Civic Renewal said in a statement that its observers had seen ballot boxes arriving "already heavy" at three polling stations in the eastern district of Morav.
  > named_organization | civic-renewal | Civic Renewal | said in a statement | >
The party posted a video that it said was filmed at one of the stations.
  > named_organization | civic-renewal | it | said | a video ;; was filmed at one of the stations
We could not verify where or when the video was recorded.

11:30
The commission's chairman, Viktor Hallas, said the complaints would be examined but that there was "no evidence of systematic fraud."
  > named_official | hallas | The commission's chairman, Viktor Hallas | said | >
Turnout stood at 31 percent at 11 a.m., he said, about four points higher than at the same hour in the first round.
  > named_official | hallas | he | said | Turnout stood at 31 percent at 11 a.m. ;; about four points higher than at the same hour in the first round

12:45
The observer mission of the Continental Democracy Forum, which has 240 observers in the country, said in a midday update that voting was "generally orderly" but that it had received reports of pressure on public employees in several regions.
  > named_organization | cdf | The observer mission of the Continental Democracy Forum, which has 240 observers in the country | said in a midday update | >
A member of the mission who was not authorized to speak publicly told us that observers had been turned away from at least four polling stations in Morav.
  > anonymous_official | cdf-observer | A member of the mission | told us | > | anon=who was not authorized to speak publicly

14:10
Costel voted in the capital, Valdra, with his wife shortly after 2 p.m.
His campaign spokesman, Ilie Radu, dismissed the fraud claims as "the excuses of a candidate who knows she has lost."
  > named_official | radu | His campaign spokesman, Ilie Radu | dismissed | the fraud claims as "the excuses of a candidate who knows she has lost."

15:20
Darvinia's neighbor and largest trading partner, Zelmark, said through its Foreign Ministry that it would respect "the choice of the Darvinian people, whatever it is."
  > named_organization | zelmark | Darvinia's neighbor and largest trading partner, Zelmark | said through its Foreign Ministry | >
The pro-government newspaper Darvinia Today reported on its website that Dragan's campaign had received money from Zelmarkian businessmen, without citing evidence.
  > media_report | darvinia-today | The pro-government newspaper Darvinia Today | reported on its website | that Dragan's campaign had received money from Zelmarkian businessmen
Civic Renewal did not respond to a request for comment on the report.
  > declined_comment | civic-renewal | Civic Renewal | did not respond to a request for comment on the report | - | resp=no_response

17:50
Turnout at 5 p.m. was 52 percent, according to the commission's website.
  > document | cec-website | the commission's website | according to | <
An exit poll by the Institute for Social Research in Valdra will be published when polls close at 8 p.m.

20:15
The exit poll gave Dragan 50.8 percent and Costel 49.2 percent, a margin well within its error of about two points.
  > document | exit-poll | The exit poll | gave | Dragan 50.8 percent and Costel 49.2 percent
Dragan told supporters in Lesna that "the numbers are ours," while Costel's campaign said its own count showed him ahead.
  > named_official | dragan | Dragan | told supporters in Lesna | that "the numbers are ours,"
  > named_organization | costel-campaign | Costel's campaign | said | its own count showed him ahead
The commission said it expected to publish preliminary results from 90 percent of polling stations by 2 a.m.
  > named_organization | cec | The commission | said | >

@excluded
Refresh this page for the latest updates.
Sign up for breaking news alerts from Eastern Europe Desk.
© 2025 Eastern Europe Desk. All rights reserved.
''')

ARTICLES.append(r'''
@id bf-grain-export-ban-cooperative-chair-qa-voronin
@style grain_export_ban_cooperative_chair_qa
"We are paying for the city's bread," says the head of Lentaria's biggest grain cooperative
  > named_official | voronin | the head of Lentaria's biggest grain cooperative | says | "We are paying for the city's bread,"

Lentaria's government banned exports of wheat and barley on Sept. 1, saying it needed to hold down bread prices after a drought cut the harvest by a third.
  > named_organization | lentaria-gov | Lentaria's government | saying | it needed to hold down bread prices after a drought cut the harvest by a third
Farm groups say the ban has pushed down the price farmers get for their wheat while bread prices in the capital have barely moved.
  > anonymous_other | farm-groups | Farm groups | say | >
Agriculture Ministry figures show the farm-gate price of wheat fell from 310 to 185 korun a tonne between August and October.
  > document | ministry-figures | Agriculture Ministry figures | show | >
Galina Voronin chairs the Stepna Grain Cooperative, which markets the harvest of about 2,300 farms in the east of the country.
We spoke with her by video from the cooperative's offices in Ostrov; the conversation has been edited and condensed.

Q: How bad is it for your members?
Voronin: For a lot of them, it is the worst year since the nineties.
  > named_official | voronin | Voronin | : | >
They had a drought, so they harvested less, and now they are paid less for what they did harvest.
  > named_official | voronin | Voronin | - | *
Three of our members have already told me they will sell their land in the spring.
  > named_official | voronin | Voronin | - | *

Q: The agriculture minister, Pavel Strunin, said last week that farmers are "hoarding grain to blackmail the state."
  > named_official | strunin | The agriculture minister, Pavel Strunin | said last week | >
Is he right?
Voronin: Hoarding?
  > named_official | voronin | Voronin | : | >
We have no storage to hoard in.
  > named_official | voronin | Voronin | - | *
Farmers are holding grain because the price is below what it cost them to grow it, and they are waiting to see if the ban is lifted.
  > named_official | voronin | Voronin | - | *

Q: Have you spoken with the ministry?
Voronin: We asked for a meeting in September.
  > named_official | voronin | Voronin | : | >
Nobody from the ministry has answered our letter.
  > named_official | voronin | Voronin | - | *

Q: The ministry told us it has "an open door for all producers" and is preparing compensation payments.
  > named_organization | ag-ministry | The ministry | told us | >
Voronin: I have read that in the newspaper too.
  > named_official | voronin | Voronin | : | >
When the money arrives, I will believe it.
  > named_official | voronin | Voronin | - | *

Q: A paper published last month by the central bank's research department estimated that the ban saves the average city household about 2 percent on food.
  > document | cb-paper | A paper published last month by the central bank's research department | estimated | >
Isn't that worth it?
Voronin: Two percent for the city and forty percent for the village.
  > named_official | voronin | Voronin | : | >
Ask the city how it would feel about that trade.
  > named_official | voronin | Voronin | - | *

Q: Traders in the port of Severin say grain is being trucked across the southern border and sold at world prices.
  > anonymous_other | traders | Traders in the port of Severin | say | >
Are your members doing that?
Voronin: Not our members.
  > named_official | voronin | Voronin | : | >
I will not talk about what other people are doing.
  > declined_comment | voronin | Voronin | will not talk about what other people are doing | - | resp=declined

Lentaria's Agriculture Ministry did not respond to follow-up questions about when compensation would be paid.
  > declined_comment | ag-ministry | Lentaria's Agriculture Ministry | did not respond to follow-up questions about when compensation would be paid | - | resp=no_response

@excluded
This interview is part of our series Voices from the Field.
Share this interview
Read more: Our coverage of the grain export ban
© 2025 Black Earth Review
''')

ARTICLES.append(r'''
@id bf-sugar-beet-factory-closure-furrow
@style sugar_beet_factory_closure_farm_newsletter
The Furrow: A beet factory goes dark, and a valley's growers are left holding the crop

Good morning, and welcome to The Furrow, our weekly letter on farm policy and rural economies.

THE BIG ONE
Prairie Sweet Sugar Company told growers in a letter on Monday that it would not reopen its beet-processing plant in Halvorsen, Neb., for the coming season, leaving about 310 farms without a buyer for their crop.
  > named_organization | prairie-sweet | Prairie Sweet Sugar Company | told growers in a letter on Monday | >
The letter, signed by chief executive Dale Ruud and obtained by The Furrow, blamed "a decade of flat sugar prices and rising energy costs."
  > document | letter | The letter, signed by chief executive Dale Ruud and obtained by The Furrow | blamed | >
Growers had already planted most of this year's beets under contracts with the company, according to the Red Fork Beet Growers Association.
  > named_organization | growers-assn | the Red Fork Beet Growers Association | according to | <
The association's president, Karen Lindahl, said members were "stunned and angry" and that the group was talking to lawyers about whether the company had broken its contracts.
  > named_official | lindahl | The association's president, Karen Lindahl | said | >
Prairie Sweet did not respond to our questions about the contracts.
  > declined_comment | prairie-sweet | Prairie Sweet | did not respond to our questions about the contracts | - | resp=no_response
Some growers believe the company is closing Halvorsen so it can move their contracts to its larger plant in Minnesota.
  > anonymous_other | growers | Some growers | believe | >
A former plant manager, who asked not to be named because he still does consulting work for the company, said the Halvorsen plant had needed about $40 million in boiler repairs for years.
  > anonymous_official | ex-manager | A former plant manager | said | > | anon=who asked not to be named because he still does consulting work for the company
Nebraska's agriculture director, Tom Egeland, said the state would ask the U.S. Department of Agriculture to declare a disaster in the affected counties.
  > named_official | egeland | Nebraska's agriculture director, Tom Egeland | said | >

ALSO ON OUR RADAR
Dairy: The Agriculture Department's monthly milk report, released Friday, showed production in the upper Midwest down 3.1 percent from a year earlier, the steepest drop since 2009.
  > document | milk-report | The Agriculture Department's monthly milk report, released Friday | showed | >
Fertilizer: Potash prices rose for a fourth straight week, and two dealers in Iowa told us that some customers are skipping fall applications altogether.
  > anonymous_other | dealers | two dealers in Iowa | told us | >
Trade: A senior USDA official told reporters on a background call that negotiators were "close" to reopening the Vessalian market to U.S. pork.
  > anonymous_official | usda-official | A senior USDA official | told reporters on a background call | >

NUMBER OF THE WEEK
62: The share, in percent, of farm households in the Red Fork Valley that rely on beets for more than half their income, according to a 2023 survey by the University of Nebraska's extension service.
  > document | survey | a 2023 survey by the University of Nebraska's extension service | according to | <

WHAT WE'RE READING
The Halvorsen Herald reported that the town's school district could lose a fifth of its property tax base if the plant stays closed.
  > media_report | herald | The Halvorsen Herald | reported | >
In Prairie Review, the agricultural economist Mark Tollefson argues that growers should form a cooperative to buy the plant, as beet growers in Minnesota did in the 1970s.
  > named_person | tollefson | the agricultural economist Mark Tollefson | argues | >

That's it for this week.
See you next Tuesday.

@excluded
Forwarded this email? Sign up for The Furrow here.
You are receiving this email because you subscribed to The Furrow.
Unsubscribe or manage your preferences.
''')

ARTICLES.append(r'''
@id bf-cassava-virus-smallholders-kisanga
@style cassava_virus_smallholder_magazine_feature
The Brown Streak: how a virus is emptying Tamburo's cassava fields

Farmers say the government's clean-cuttings program arrived years too late.
  > anonymous_other | farmers | Farmers | say | >
The ministry says farmers would not use it properly.
  > named_organization | ag-ministry | The ministry | says | >

Rosalie Mbanda pulls a cassava root from the red soil of her field outside Kisanga and snaps it in half like a loaf of bread.
The flesh inside is streaked with brown and hard as cork.
"This one is finished," she says, and tosses it onto a pile of others.
  > named_person | mbanda | she | says | "This one is finished,"
Two years ago, she told me, the same field fed her family of seven and paid her children's school fees.
  > named_person | mbanda | she | told me | Two years ago ;; the same field fed her family of seven and paid her children's school fees
This season she expects to harvest less than a quarter of that.
  > named_person | mbanda | she | expects | to harvest less than a quarter of that | nosrc

Cassava brown streak disease, a virus spread by whiteflies and by farmers replanting infected stem cuttings, has swept through most of Tamburo's northern provinces since 2019, according to the national agricultural research institute.
  > named_organization | nari | the national agricultural research institute | according to | <
The institute estimates that the disease cut the country's cassava harvest by 28 percent last year.
  > named_organization | nari | The institute | estimates | >
Cassava is the staple food of about two-thirds of Tamburo's 19 million people.

The government's answer was a program to hand out certified disease-free cuttings.
It was announced in 2020, but the first cuttings reached Kisanga district only last spring, according to distribution records I obtained from the district agriculture office.
  > document | records | distribution records I obtained from the district agriculture office | according to | <
The records show that Kisanga, with some 40,000 farming households, received enough cuttings to plant about 900 acres.
  > document | records | The records | show | >
When I met Tamburo's agriculture minister, Joseph Amani, in his office in the capital, Lumasi, he said the program had been slowed by a shortage of certified nurseries.
  > named_official | amani | he | said | >
"Some farmers sold the clean cuttings at the market the same week," Amani said.
  > named_official | amani | Amani | said | <
"Others planted them right beside sick fields.
  > named_official | amani | Amani | - | *
Then the whiteflies do the rest."
  > named_official | amani | Amani | - | *
He said 4 million more cuttings would be handed out before the March rains.
  > named_official | amani | He | said | >

Dr. Ines Kavuma, a plant virologist at Carrow University in Scotland who has studied the disease in the region for 15 years, disputes the minister's account.
  > named_person | kavuma | Dr. Ines Kavuma, a plant virologist at Carrow University in Scotland who has studied the disease in the region for 15 years | disputes | the minister's account
"Farmers are not stupid," she told me.
  > named_person | kavuma | she | told me | <
"If you give one farmer a bundle of clean cuttings and her neighbor gets none, the virus comes over the fence in a season."
  > named_person | kavuma | she | - | *
A senior official at the research institute, who asked not to be named because he was not permitted to criticize the ministry, said the nurseries had been starved of money.
  > anonymous_official | nari-official | A senior official at the research institute | said | > | anon=who asked not to be named because he was not permitted to criticize the ministry
A budget document published by the Finance Ministry shows the program was allotted 4.2 billion shillings over three years but does not show how much was spent.
  > document | budget-doc | A budget document published by the Finance Ministry | shows | the program was allotted 4.2 billion shillings over three years
The agriculture ministry did not answer my written questions about the gap.
  > declined_comment | ag-ministry | The agriculture ministry | did not answer my written questions about the gap | - | resp=no_response
District agriculture officers in Kisanga could not be reached.
  > declined_comment | district-officers | District agriculture officers in Kisanga | could not be reached | - | resp=unreachable

Across the valley, families have begun replanting with sweet potatoes and maize, crops that need more rain and more fertilizer.
Mbanda's neighbor, a widower named Celestin Habiri, said he had planted maize this year for the first time in his life.
  > named_person | habiri | Mbanda's neighbor, a widower named Celestin Habiri | said | >
"If the rains fail, I don't know what we eat," he said.
  > named_person | habiri | he | said | <
Some aid agencies have warned of hunger in the north by next year if the rains are poor.
  > anonymous_other | aid-agencies | Some aid agencies | have warned | >
Mbanda has not given up on cassava.
She has saved a few dozen stems from the healthiest plants and plans to replant them in a corner of her field, far from the road.
  > named_person | mbanda | She | plans | to replant them in a corner of her field, far from the road | nosrc

@excluded
This article appears in the March issue of Meridian Quarterly.
Photographs by Daniel Ochieng for Meridian Quarterly.
Letters to the editor: we welcome your responses to this story.
''')

ARTICLES.append(r'''
@id bf-cargo-turboprop-icing-interim-report-sorvik
@style cargo_turboprop_icing_interim_report_trade_journal
Interim report on Northstrand VT-42 crash points to ice on the tailplane
  > document | interim-report | Interim report on Northstrand VT-42 crash | points to | ice on the tailplane
Operator says crew followed procedures; pilots' union wants de-icing boots inspected fleetwide
  > named_organization | northstrand | Operator | says | crew followed procedures
  > named_organization | union | pilots' union | wants | de-icing boots inspected fleetwide | nosrc

The Kallmark Accident Investigation Board said in an interim report released Thursday that ice had probably built up on the horizontal stabilizer of a Northstrand Air Freight VT-42 before it crashed on approach to Sorvik Airport on Jan. 14, killing both pilots.
  > named_organization | kaib | The Kallmark Accident Investigation Board | said in an interim report released Thursday | >
The report says the flight data recorder shows the autopilot disconnecting at 1,900 feet and the nose pitching down sharply 11 seconds later, a pattern consistent with a tailplane stall.
  > document | interim-report | The report | says | >
It does not determine a cause; the board said a final report is expected next year.
  > named_organization | kaib | the board | said | >
The VT-42, built by Vantor Aerospace, is a 40-seat turboprop flown mostly by regional cargo operators in the Nordic countries and Canada.

Investigators found that one of two de-icing boots on the left stabilizer had a tear about 30 centimeters long, according to the report, but they have not established whether it tore before or after impact.
  > document | interim-report | the report | according to | Investigators found that one of two de-icing boots on the left stabilizer had a tear about 30 centimeters long
The board's investigator-in-charge, Mette Solheim, told Air Cargo Operations Weekly that the team was testing the boot at a laboratory in Germany.
  > named_official | solheim | The board's investigator-in-charge, Mette Solheim | told Air Cargo Operations Weekly | >
"We want to know whether the boot failed, or whether the ice simply formed faster than any boot could have shed it," Solheim said.
  > named_official | solheim | Solheim | said | <
She declined to say whether the board would issue an urgent safety recommendation before the final report.
  > declined_comment | solheim | She | declined to say whether the board would issue an urgent safety recommendation before the final report | - | resp=declined
Two people familiar with the investigation said the board's engineers had also found that the aircraft's ice-detection light had been written up as unreliable twice in the month before the crash.
  > anonymous_familiar | familiar | Two people familiar with the investigation | said | >
Maintenance logs reviewed by this publication show that the light was replaced on Jan. 9, five days before the accident.
  > document | logs | Maintenance logs reviewed by this publication | show | >

Northstrand said in a statement that its crew had switched on the de-icing system and followed the manufacturer's procedures "in every respect."
  > named_organization | northstrand | Northstrand | said in a statement | >
Its director of flight operations, Lars Enge, said the company had inspected the boots on its other five VT-42s and found no damage.
  > named_official | enge | Its director of flight operations, Lars Enge | said | >
Vantor did not respond to questions from Air Cargo Operations Weekly.
  > declined_comment | vantor | Vantor | did not respond to questions from Air Cargo Operations Weekly | - | resp=no_response
The Kallmark Airline Pilots Union said in a statement that regulators should order inspections of the de-icing boots on every VT-42 in service and bar the type from flying into known icing until the cause is found.
  > named_organization | union | The Kallmark Airline Pilots Union | said in a statement | >
Kallmark's Civil Aviation Authority said it was "following the investigation closely" and would act "if the evidence requires it."
  > named_organization | caa | Kallmark's Civil Aviation Authority | said | >
Henrik Dahl, a former test pilot who now teaches aircraft performance at the Kallmark Aviation Academy, said tailplane stalls are rare but leave a crew "almost no time and almost no altitude" to recover.
  > named_person | dahl | Henrik Dahl, a former test pilot who now teaches aircraft performance at the Kallmark Aviation Academy | said | >
Air Cargo Operations Weekly reported in February that two other VT-42 operators had found cracked boots during routine checks in 2023.
  > media_report | acow | Air Cargo Operations Weekly | reported in February | >
Those operators have not been publicly identified.

@excluded
Subscribers can download the full interim report from our Documents Library.
Related: VT-42 airworthiness directives since 2019
© 2025 Air Cargo Operations Weekly. Reproduction without permission is prohibited.
''')

ARTICLES.append(r'''
@id bf-study-abroad-protest-recall-vessaly
@style study_abroad_protest_recall_student_paper
Hollis pulls 23 students out of Vessaly program as protests spread
Global programs office says no student was hurt; some parents question the timing
  > named_organization | global-office | Global programs office | says | no student was hurt
  > anonymous_other | parents | some parents | question | the timing

Hollis College is bringing home all 23 students enrolled in its semester program in Corvane, Vessaly, after protests against the government there turned deadly last week, the Office of Global Programs announced in an email to students Sunday night.
  > named_organization | global-office | the Office of Global Programs | announced in an email to students Sunday night | <
The students, most of them juniors studying Vessalian language and history, are scheduled to fly home Wednesday, according to a copy of the group itinerary shared with the Herald.
  > document | itinerary | a copy of the group itinerary shared with the Herald | according to | <
None of them were hurt, the office said.
  > named_organization | global-office | the office | said | <
At least 14 people have been killed in Corvane since the protests over a fuel price increase began, according to Vessaly's Health Ministry.
  > named_organization | vessaly-health | Vessaly's Health Ministry | according to | <
Opposition groups put the toll at more than 40.
  > anonymous_other | opposition | Opposition groups | put | the toll at more than 40
Vessaly's government has blamed "foreign-funded agitators" for the unrest.
  > named_organization | vessaly-gov | Vessaly's government | has blamed | "foreign-funded agitators" for the unrest

Maya Richter, a junior from Baltimore, said she and her host family watched from a balcony on Thursday as police fired tear gas at marchers two blocks from their apartment.
  > named_person | richter | Maya Richter, a junior from Baltimore | said | >
"My host mom just closed the windows and put wet towels under the door like it was normal," Richter said in a video call.
  > named_person | richter | Richter | said in a video call | <
"Honestly, that scared me more than the gas."
  > named_person | richter | Richter | - | *
Another student, who asked not to be named because she worried about her visa if she returns to Vessaly, said the program's local staff had told students to stay indoors for three days.
  > anonymous_other | student | Another student | said | > | anon=who asked not to be named because she worried about her visa if she returns to Vessaly, count=1
She said some students had wanted to stay and finish the semester.
  > anonymous_other | student | She | said | >

Alan Whitmore, a history professor who directs the Corvane program and was in Vessaly when the protests began, said the decision to leave was "heartbreaking but not close."
  > named_official | whitmore | Alan Whitmore, a history professor who directs the Corvane program and was in Vessaly when the protests began | said | >
Whitmore said the college had consulted the U.S. Embassy and a private security firm before deciding.
  > named_official | whitmore | Whitmore | said | >
An embassy spokesperson in Corvane said by email that the embassy "does not comment on the travel plans of private institutions."
  > named_organization | embassy | An embassy spokesperson in Corvane | said by email | >
Students will receive full credit for the semester and finish their courses online, Patricia Okafor, the dean of global learning, wrote in the email.
  > named_official | okafor | Patricia Okafor, the dean of global learning | wrote in the email | <
The college has not said whether it will refund the program's $4,800 housing fee.
Some parents have questioned why the college waited until after the weekend to act.
  > anonymous_other | parents | Some parents | have questioned | why the college waited until after the weekend to act
Okafor did not respond to the Herald's questions about the fee on Monday.
  > declined_comment | okafor | Okafor | did not respond to the Herald's questions about the fee on Monday | - | resp=no_response
The Herald reported in September that enrollment in the Vessaly program had doubled since 2022.
  > media_report | herald | The Herald | reported in September | >
The college plans to hold a video meeting for the students' families on Tuesday evening.
  > named_organization | college | The college | plans | to hold a video meeting for the students' families on Tuesday evening | nosrc

@excluded
The Hollis Herald is the independent student newspaper of Hollis College.
Comments are moderated and may take up to 24 hours to appear.
Share this story
''')

ARTICLES.append(r'''
@id bf-level-crossing-grain-truck-arlow-explainer
@style level_crossing_grain_truck_collision_explainer
What we know about the Arlow crossing crash that killed three

A passenger train slammed into a grain truck at a rural crossing near Arlow, Kan., on Tuesday evening, killing the truck's driver and two people on the train and injuring 41 others.
Here is what we know so far.

What happened?
The westbound Heartland Rail train, carrying 212 passengers and crew from Kansas City to Denver, hit the truck at about 55 miles per hour at the County Road 14 crossing just after 6 p.m., according to the Kansas Highway Patrol.
  > named_organization | khp | the Kansas Highway Patrol | according to | <
The locomotive and the first two cars derailed, and one car rolled onto its side, the patrol said.
  > named_organization | khp | the patrol | said | <
The truck was hauling about 25 tons of wheat to the Arlow Cooperative elevator, said the cooperative's manager, Dwight Harlan.
  > named_official | harlan | the cooperative's manager, Dwight Harlan | said | <
Harlan identified the driver as Ruben Castillo, 58, who had driven for the cooperative during harvest for 11 years.
  > named_official | harlan | Harlan | identified | >

Who is investigating?
The National Transportation Safety Board sent a team of 14 investigators led by Carla Benning, who said at a briefing Wednesday that the team would examine the crossing's signals, the train's event recorder and the truck's movements.
  > named_official | benning | Carla Benning | said at a briefing Wednesday | >
"We will not speculate on the cause," Benning said.
  > named_official | benning | Benning | said | <
"We are here to collect the facts, and some of them are perishable."
  > named_official | benning | Benning | - | *
The Federal Railroad Administration also sent inspectors.

What do we know about the crossing?
The crossing has flashing lights and bells but no gates, according to a federal crossing inventory.
  > document | inventory | a federal crossing inventory | according to | <
About 14 trains and 300 vehicles a day use it, the inventory shows.
  > document | inventory | the inventory | shows | <
Benning said investigators had not yet determined whether the lights were working.
  > named_official | benning | Benning | said | >
Two residents who live within sight of the crossing said the lights had malfunctioned at least twice this summer, flashing for minutes with no train in sight.
  > anonymous_other | residents | Two residents who live within sight of the crossing | said | >
One of them, Lorna Pike, said she had reported the problem to the railroad by phone in July.
  > named_person | pike | One of them, Lorna Pike | said | >
The Plains & Western Railway, which owns the track and maintains the crossing signals, said it had "no record" of a complaint in July and that the signals were last inspected on Aug. 30.
  > named_organization | pw | The Plains & Western Railway, which owns the track and maintains the crossing signals | said | >
Records filed with the Federal Railroad Administration show three earlier collisions at the crossing since 1998, none of them fatal.
  > document | fra-records | Records filed with the Federal Railroad Administration | show | >

What about the people on the train?
Nine of the injured remained in the hospital Wednesday, two of them in critical condition, according to a spokeswoman for Smoky Hill Medical Center.
  > named_organization | hospital | a spokeswoman for Smoky Hill Medical Center | according to | <
The two passengers who died have not been identified.
Heartland Rail said it had set up a hotline for families.
  > named_organization | heartland | Heartland Rail | said | >

What happens next?
A preliminary report usually comes within 30 days, and a final report can take 18 months or more, according to the safety board.
  > named_organization | ntsb | the safety board | according to | <
A bill introduced in the Kansas Legislature in January would spend $20 million to add gates at rural crossings, and state Sen. Beth Carrow said Wednesday that the crash should "end the argument about whether we can afford it."
  > named_official | carrow | state Sen. Beth Carrow | said Wednesday | >
Heartland Rail has not said when service on the route will resume.

@excluded
Have a question about the crash? Send it to our newsroom.
This explainer will be updated as more information becomes available.
© 2025 The Prairie Ledger
''')

ARTICLES.append(r'''
@id bf-regional-jet-runway-overrun-port-medin
@style regional_jet_runway_overrun_corrected_story
Brenna Airways jet skids off runway in Port Medin storm; four hurt, airport says
  > named_organization | airport | airport | says | four hurt

PORT MEDIN, Caldora -- A Brenna Airways regional jet carrying 74 people ran off the end of the runway at Port Medin International Airport while landing in a thunderstorm on Saturday evening and came to rest in a muddy field, the airport's operator said.
  > named_organization | airport | the airport's operator | said | <
Four people were taken to the hospital with minor injuries, the operator said in a statement.
  > named_organization | airport | the operator | said in a statement | <
An earlier version of this article, citing an airport official at the scene, said six people had been injured.
  > media_report | own-earlier | An earlier version of this article | said | six people had been injured
The aircraft, a 76-seat Aerion R90, was arriving from the capital, Sanvi.

Caldora's Air Accident Investigation Bureau said it had sent a team of five investigators and had recovered both flight recorders.
  > named_organization | aaib | Caldora's Air Accident Investigation Bureau | said | >
The bureau's director, Ilse Marek, told reporters at the airport on Sunday that it was "far too early" to say why the plane had failed to stop.
  > named_official | marek | The bureau's director, Ilse Marek | told reporters at the airport on Sunday | >
She said investigators would look at the weather, the state of the runway and the aircraft's brakes and thrust reversers.
  > named_official | marek | She | said | >
Weather data from the airport's automated station show that about 28 millimeters of rain fell in the hour before the landing and that the wind swung around to a 12-knot tailwind minutes before touchdown.
  > document | weather-data | Weather data from the airport's automated station | show | >
The runway, 2,100 meters long, is among the shortest used by jets in the country.

A passenger seated near an emergency exit said the plane "hit the runway hard and then just kept going."
  > named_person | reyl | A passenger seated near an emergency exit | said | >
The passenger, Tomas Reyl, a 44-year-old engineer returning from a business trip, said he could feel the brakes working as the end of the runway came closer.
  > named_person | reyl | The passenger, Tomas Reyl, a 44-year-old engineer returning from a business trip | said | >
"You could hear the engines roaring in reverse, and none of it mattered," Reyl said.
  > named_person | reyl | Reyl | said | <
"When we stopped, the mud was up to the windows."
  > named_person | reyl | Reyl | - | *

Brenna Airways said in a statement Sunday that the crew were experienced and had followed procedures, and that it was cooperating with the bureau.
  > named_organization | brenna | Brenna Airways | said in a statement Sunday | >
The airline did not respond to questions about the captain's flying hours.
  > declined_comment | brenna | The airline | did not respond to questions about the captain's flying hours | - | resp=no_response
An official at the civil aviation authority, who spoke on condition of anonymity because the bureau leads the investigation, said the runway's grooves had been due for rubber removal in September and that the work had been put off for lack of money.
  > anonymous_official | caa-official | An official at the civil aviation authority | said | > | anon=who spoke on condition of anonymity because the bureau leads the investigation
The Port Medin Courier reported last year that pilots had asked for the runway to be lengthened.
  > media_report | courier | The Port Medin Courier | reported last year | >
The president of the Caldoran Pilots Association, Viktor Lenz, could not be reached for comment.
  > declined_comment | lenz | The president of the Caldoran Pilots Association, Viktor Lenz | could not be reached for comment | - | resp=unreachable
Transport Minister Ruth Alcorn, who visited the site on Sunday, said the government would "look seriously" at the runway's length but warned against "jumping to conclusions."
  > named_official | alcorn | Transport Minister Ruth Alcorn, who visited the site on Sunday | said | the government would "look seriously" at the runway's length
  > named_official | alcorn | Transport Minister Ruth Alcorn, who visited the site on Sunday | warned against | "jumping to conclusions."
The airport reopened on Sunday afternoon using a shortened stretch of the runway, and larger jets were diverted to Sanvi, the operator said.
  > named_organization | airport | the operator | said | <
Brenna plans to resume its flights to Port Medin on Tuesday.
  > named_organization | brenna | Brenna | plans | to resume its flights to Port Medin on Tuesday | nosrc

@excluded
Correction: An earlier version of this story misstated the number of people injured. Four people were taken to the hospital, not six.
This story was updated on Sunday with comment from the airline and the transport minister.
© 2025 The Caldora Herald
''')

ARTICLES.append(r'''
@id bf-fertilizer-tractor-blockade-kelm
@style fertilizer_price_tractor_blockade_local_daily
Tractors block Kelm bypass for a third day in protest over fertilizer prices

KELM -- More than 200 tractors blocked both lanes of the Kelm bypass and the gates of the Nordwerk fertilizer plant for a third straight day on Wednesday, in a protest over the price of nitrogen fertilizer that has stranded hundreds of trucks.
Police said the line of stalled trucks stretched about 11 kilometers toward the border crossing at Dravsk by midday.
  > named_organization | police | Police | said | >
The protest is led by the Kelm Valley Farmers' Union, whose chairman, Anton Brezik, told the crowd at the plant gate on Wednesday morning that the tractors would stay until the Agriculture Ministry agreed to meet the union.
  > named_official | brezik | whose chairman, Anton Brezik | told the crowd at the plant gate on Wednesday morning | >
Brezik said the price of a tonne of urea had nearly tripled in two years, to about 780 euros, while the price farmers get for wheat had fallen.
  > named_official | brezik | Brezik | said | >
"We are not asking for charity," he said.
  > named_official | brezik | he | said | <
"We are asking to be able to plant."
  > named_official | brezik | he | - | *

The Agriculture Ministry said in a statement that the minister, Dana Holub, had invited farm groups to talks in the capital next week, but that "no talks will take place under the pressure of blockades."
  > named_organization | ag-ministry | The Agriculture Ministry | said in a statement | >
Holub wants to cut the fertilizer tax in half, according to two ministry officials, who said the proposal still needed the Finance Ministry's approval.
  > anonymous_official | ministry-officials | two ministry officials | according to | Holub wants to cut the fertilizer tax in half
  > anonymous_official | ministry-officials | who | said | the proposal still needed the Finance Ministry's approval | count=2
Nordwerk, which makes about 60 percent of the country's nitrogen fertilizer, said the blockade had halted deliveries to 140 retailers and that it could not lower prices while natural gas, its main raw material, cost three times what it did in 2021.
  > named_organization | nordwerk | Nordwerk, which makes about 60 percent of the country's nitrogen fertilizer | said | >
A company spokesman, Petr Lanek, declined to say how much the plant had lost since Monday.
  > declined_comment | lanek | A company spokesman, Petr Lanek | declined to say how much the plant had lost since Monday | - | resp=declined

Truck drivers stuck on the bypass said they had not been warned about the blockade.
  > anonymous_other | drivers | Truck drivers stuck on the bypass | said | >
One of them, Goran Vasic, who was hauling frozen chicken to the coast, said he had been sitting in his cab for 19 hours.
  > named_person | vasic | One of them, Goran Vasic, who was hauling frozen chicken to the coast | said | >
"The farmers have my sympathy, but my chickens don't," he said.
  > named_person | vasic | he | said | <
Some residents of Kelm have complained on local radio that ambulances were being forced onto farm tracks to reach the hospital.
  > anonymous_other | residents | Some residents of Kelm | have complained on local radio | >
The regional hospital's director, Eva Stransky, said no patient had been harmed by the delays.
  > named_official | stransky | The regional hospital's director, Eva Stransky | said | >
A senior police officer, who was not authorized to speak to the press, said commanders had been told by the Interior Ministry not to clear the road by force before the weekend.
  > anonymous_official | police-officer | A senior police officer | said | > | anon=who was not authorized to speak to the press
The Interior Ministry did not respond to a request for comment.
  > declined_comment | interior | The Interior Ministry | did not respond to a request for comment | - | resp=no_response

Figures from the national statistics office show that wheat yields in the region fell 12 percent last year.
  > document | stats | Figures from the national statistics office | show | >
The Gazette reported in November that at least 30 farms in the valley had cut their fertilizer use by half or more last season.
  > media_report | gazette | The Gazette | reported in November | >
The union has not said how long its members can keep the tractors on the road, with spring planting about six weeks away.
Farmers plan to bring more tractors to the plant on Thursday, Brezik said.
  > named_official | brezik | Brezik | said | <

@excluded
Subscribe to the Gazette for full access to local news.
Share this story: Facebook, X, Email
Comments (12)
© Kelm Valley Gazette 2025
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
