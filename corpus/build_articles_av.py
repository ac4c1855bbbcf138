"""Build corpus/articles/av.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, all international and corporate (shipyard_engineer_spy_trial_verdict,
machine_tool_transshipment_indictment, water_utility_scada_intrusion_advisory,
peacekeeper_convoy_ambush_mandate_renewal, detained_aid_worker_swap_envoy_qa,
consulate_closure_reciprocal_order, chlorine_attack_sample_custody_dispute,
bondholder_consent_deadline_liveblog, merger_divestiture_buyer_bankruptcy,
appliance_plant_offshoring_severance_dispute, child_car_seat_harness_recall,
sole_supplier_generic_price_spike_transcript), partly set in invented countries, in the
voices of twelve kinds of outlet (a small-town daily covering a spy verdict at the local
shipyard, a wire story built on an unsealed indictment, a local television station's website,
a United Nations newsletter with capitalised section heads, an edited interview with speaker
labels and questions that themselves cite sources, a wire dispatch with an update note, a
magazine feature with a dek and a first-person reporter, a financial site's live blog in
chronological order with New York times, a regional business daily, a small-town paper's
council-meeting story, a consumer site's recall story with an owners' section, and a public
broadcaster's evening-news transcript with anchor, correspondent and speaker labels). Each is
built to test source typing and grouping: prosecutors, judges, envoys, ambassadors, ministers,
council members, executives, a hospital pharmacy director, a state senator, lawyers speaking
for a client or a city, a union leader and a UN spokesman; a pipefitter, a shopkeeper, a pharmacist in a
camp, a bakery owner, a diner owner, a tavern owner, a plant worker, a parent, a journalist,
researchers, a strategist and lawyers commenting as experts; ministries, agencies, a
shipyard, a peacekeeping mission, a creditor committee, companies, a union local, an industry
group and unnamed spokespeople; anonymous officials current and former, with and without a
stated reason, and company managers; people familiar and people close to a committee; vague
sources (a crowd, residents, analysts, investors, experts, speakers at a meeting, advocates,
a cashier who gives a reason); documents (an indictment, a docket, an affidavit, filings, an
advisory, a recall notice, a petition, a memo, a study, invoices, an earnings-call
transcript, a shortage database, trade data, figures, a draft resolution, an offering
memorandum, internal reports); media reports, including the outlet's own earlier reporting and
a state broadcaster citing its own sources; non-answers of all three kinds, some inside direct
speech; people described first and named later; quotes over several sentences and across
speaker turns; split content; headline and dek attributions; two attributions in one sentence;
and look-alikes left unannotated or marked not sourcing ("did not testify", "could not be
identified", "is not accused", "has not named", "does not name", "has not been able to
confirm", "reports" introducing the outlet's own correspondent; "had planned", "plans" and
"wants" in the reporter's voice, and "had hoped" with a cited source). All twelve end with a footer of
excluded boilerplate. Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_av.py [--render]
     python corpus/build_articles_av.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "av.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id av-shipyard-engineer-spy-trial-verdict-harwick
@style shipyard_engineer_spy_trial_verdict
Harwick shipyard engineer convicted of selling submarine plans; his lawyer vows appeal
  > named_official | mercer | his lawyer | vows | appeal

HARWICK, Maine -- A federal jury on Thursday convicted Martin Kessel, a 47-year-old propulsion engineer at the Harwick Naval Shipyard, of conspiring to pass classified submarine designs to a foreign government, ending a three-week trial that has divided this shipbuilding town.
The jury deliberated for less than two days before returning guilty verdicts on all four counts, according to the court docket.
  > document | docket | the court docket | according to | <
Kessel, who has denied the charges since his arrest in March 2024, faces up to life in prison; sentencing was set for Feb. 11.
  > named_person | kessel | Kessel | has denied | the charges
Kessel did not testify in his own defense.

The lead prosecutor, Assistant U.S. Attorney Renata Osei, told jurors in her closing argument that Kessel had photographed more than 300 pages of drawings of the shipyard's new reactor cooling pumps and sold them for $84,000 in cryptocurrency.
  > named_official | osei | The lead prosecutor, Assistant U.S. Attorney Renata Osei | told jurors in her closing argument | >
"He knew exactly what he was selling, and he knew exactly who was buying," Osei said.
  > named_official | osei | Osei | said | <
The buyer was in fact an undercover FBI agent posing as an officer of Vostria's military intelligence service, according to an affidavit unsealed after Kessel's arrest.
  > document | affidavit | an affidavit unsealed after Kessel's arrest | according to | <

Kessel's lawyer, Daniel Mercer, said outside the courthouse that his client would appeal.
  > named_official | mercer | Kessel's lawyer, Daniel Mercer | said outside the courthouse | >
Mercer argued at trial that Kessel, deep in debt after his wife's cancer treatment, had been "lured and pressured" by the agent over 11 months.
  > named_official | mercer | Mercer | argued at trial | >
"The government built this crime and then invited Martin into it," he said Thursday.
  > named_official | mercer | he | said Thursday | <
"We think the jury never heard the whole story.
  > named_official | mercer | he | - | *
That will be the appeal."
  > named_official | mercer | he | - | *
Judge Ellen Strand rejected a defense motion in September to dismiss the case on entrapment grounds, writing that Kessel had "initiated the first contact."
  > named_official | strand | Judge Ellen Strand | writing | that Kessel had "initiated the first contact."

Outside the courthouse, a shipyard pipefitter who has worked alongside Kessel for a decade said the verdict left him "sick to my stomach."
  > named_person | lindqvist | a shipyard pipefitter who has worked alongside Kessel for a decade | said | >
"I ate lunch with the guy every day for ten years," said the pipefitter, Greg Lindqvist, 52.
  > named_person | lindqvist | the pipefitter, Greg Lindqvist, 52 | said | <
Others in the crowd said they had no sympathy for a man who had put sailors at risk.
  > anonymous_other | crowd | Others in the crowd | said | >
The shipyard, which employs about 6,400 people, said in a statement that it had "fully cooperated" with investigators and had tightened controls on access to design files.
  > named_organization | shipyard | The shipyard, which employs about 6,400 people | said in a statement | >

Two Navy officials, who requested anonymity because the damage assessment is classified, said the Navy had concluded that the stolen drawings would not let a foreign navy copy the pumps but would reveal their acoustic weak points.
  > anonymous_official | navy-officials | Two Navy officials | said | > | anon=who requested anonymity because the damage assessment is classified
One of the officials said the redesign of one component had already cost more than $30 million.
  > anonymous_official | navy-officials | One of the officials | said | >
The Navy's press office declined to comment on the assessment.
  > declined_comment | navy | The Navy's press office | declined to comment | - | resp=declined
Vostria's embassy in Washington did not respond to an email.
  > declined_comment | vostria-embassy | Vostria's embassy in Washington | did not respond to an email | - | resp=no_response
The Courier reported in April that investigators had also questioned two of Kessel's co-workers; neither has been charged.
  > media_report | courier | The Courier | reported in April | investigators had also questioned two of Kessel's co-workers
Sarah Whitcomb, who studies insider threats at the University of Southern Maine, said financial distress was the most common thread in the espionage cases she had reviewed.
  > named_person | whitcomb | Sarah Whitcomb, who studies insider threats at the University of Southern Maine | said | >
Kessel's wife, reached at the couple's home on Bath Road, declined to speak with a reporter.
  > declined_comment | kessel-wife | Kessel's wife | declined to speak with a reporter | - | resp=declined

@excluded
Sign up for the Courier's morning newsletter and get local news in your inbox.
Correction: An earlier version of this story misstated the month of Kessel's arrest.
Have a news tip? Contact the Harwick Courier newsroom.
© 2025 Harwick Courier. All rights reserved.
''')

ARTICLES.append(r'''
@id av-machine-tool-transshipment-indictment-newark
@style machine_tool_transshipment_indictment
Three charged with routing precision machine tools to Belzarian missile plants, indictment says
  > document | indictment | indictment | says | Three charged with routing precision machine tools to Belzarian missile plants

NEWARK, N.J. -- Federal prosecutors on Tuesday charged three men with running a network of shell companies that shipped at least $42 million worth of computer-controlled milling machines to Belzaria in violation of U.S. sanctions, according to an indictment unsealed in federal court here.
  > document | indictment | an indictment unsealed in federal court here | according to | <
The machines, made in Germany and Taiwan, were sold to front companies in Tavrinia, the indictment says, and then trucked across the border to two factories that make guidance components for Belzaria's ballistic missiles.
  > document | indictment | the indictment | says | The machines, made in Germany and Taiwan, were sold to front companies in Tavrinia ;; and then trucked across the border to two factories that make guidance components for Belzaria's ballistic missiles
Two of the defendants, Pavel Rudak and Ilya Morozan, were arrested in Cyprus in September and are awaiting extradition; the third, Oleg Sernov, remains at large.
Sernov has been living in Belzaria's capital since 2023, according to a person familiar with the investigation.
  > anonymous_familiar | familiar | a person familiar with the investigation | according to | <

"Sanctions are not a suggestion," U.S. Attorney Carla Benedetti said at a news conference.
  > named_official | benedetti | U.S. Attorney Carla Benedetti | said at a news conference | <
"Every one of these machines was a decision to help build missiles that are landing on apartment buildings."
  > named_official | benedetti | U.S. Attorney Carla Benedetti | - | *
Benedetti said the investigation had begun when a customs officer in Rotterdam noticed that a Tavrinian importer with four employees had ordered 17 five-axis mills in a single year.
  > named_official | benedetti | Benedetti | said | >
A lawyer for Rudak, Nikos Charalambous, said in Nicosia that his client was "a freight forwarder who moved boxes, not a weapons dealer" and would fight extradition.
  > named_official | charalambous | A lawyer for Rudak, Nikos Charalambous | said in Nicosia | >
Morozan's lawyer could not be identified.

The German manufacturer, Hessler Werkzeugmaschinen, is not accused of wrongdoing.
A spokeswoman for Hessler said the company had stopped all shipments to Tavrinia in early 2024 after its own compliance team flagged unusual orders, and had shared its records with German and American authorities.
  > named_organization | hessler | A spokeswoman for Hessler | said | >
Court filings show that Hessler's Tavrinian distributor kept ordering spare parts for the machines until this spring.
  > document | filings | Court filings | show | >
The Taiwanese maker, Chen Feng Precision, did not respond to requests for comment.
  > declined_comment | chenfeng | The Taiwanese maker, Chen Feng Precision | did not respond to requests for comment | - | resp=no_response
A Commerce Department official, speaking on condition of anonymity to discuss an open investigation, said the department was preparing to add 11 Tavrinian companies to its entity list.
  > anonymous_official | commerce-official | A Commerce Department official | said | > | anon=speaking on condition of anonymity to discuss an open investigation
The official said several of them had been set up by the same accountant in Tavrinia's capital, Kordan.
  > anonymous_official | commerce-official | The official | said | >

Tavrinia's government has previously denied that its territory is used to evade sanctions.
  > named_organization | tavrinia-gov | Tavrinia's government | has previously denied | that its territory is used to evade sanctions
Its embassy in Washington could not be reached on Tuesday.
  > declined_comment | tavrinia-embassy | Its embassy in Washington | could not be reached on Tuesday | - | resp=unreachable
Trade data compiled by the Free Trade Observatory, a research group in Brussels, show that Tavrinia's imports of machine tools from the European Union rose nearly ninefold between 2021 and 2024.
  > document | trade-data | Trade data compiled by the Free Trade Observatory, a research group in Brussels | show | >
"Tavrinia doesn't have a machine-tool industry that could absorb that," said Miriam Zeller, a sanctions lawyer at the Washington firm Holt & Varga who is not involved in the case.
  > named_person | zeller | Miriam Zeller, a sanctions lawyer at the Washington firm Holt & Varga who is not involved in the case | said | <
"Everyone in the trade knew where those machines were going.
  > named_person | zeller | Miriam Zeller | - | *
The question was always who would be charged first."
  > named_person | zeller | Miriam Zeller | - | *
Reuters reported in July that U.S. officials had pressed Tavrinia's president to close the transit route during a visit to Washington.
  > media_report | reuters | Reuters | reported in July | >
If convicted, each defendant faces up to 20 years in prison on the most serious charge.

@excluded
Additional reporting by Eleni Savva in Nicosia; Editing by Mark Haller
Click here to license this content.
© 2025 Continental Wire Service. All rights reserved.
''')

ARTICLES.append(r'''
@id av-water-utility-scada-intrusion-advisory-calder-falls
@style water_utility_scada_intrusion_advisory
Hackers who tampered with Calder Falls water plant worked for Oranthian military, U.S. agencies say
  > named_organization | agencies | U.S. agencies | say | Hackers who tampered with Calder Falls water plant worked for Oranthian military

CALDER FALLS, Ohio -- The intrusion that forced the Calder Falls Water Department to shut down its treatment plant's automated controls for nine days in August was carried out by a hacking unit of Oranthia's military intelligence service, the FBI, the National Security Agency and the Cybersecurity and Infrastructure Security Agency said in a joint advisory Wednesday.
  > named_organization | agencies | the FBI, the National Security Agency and the Cybersecurity and Infrastructure Security Agency | said in a joint advisory Wednesday | <
The advisory says the unit, which security researchers call Gray Heron, broke into at least 14 small water systems in six states by guessing default passwords on internet-connected control panels.
  > document | advisory | The advisory | says | >
In Calder Falls, the intruders changed the set point for the plant's chlorine pumps, but an operator noticed the change within minutes and switched to manual control, according to the advisory.
  > document | advisory | the advisory | according to | <
The city has not named the operator.

Water Superintendent Dale Hutchins said Wednesday that residents' water "was never unsafe to drink, not for one minute."
  > named_official | hutchins | Water Superintendent Dale Hutchins | said Wednesday | >
"Our operator did exactly what she was trained to do," Hutchins told News 9.
  > named_official | hutchins | Hutchins | told News 9 | <
Oranthia's Foreign Ministry called the accusation "groundless" and said Oranthia "firmly opposes all forms of cyberattack."
  > named_organization | oranthia-fm | Oranthia's Foreign Ministry | called | the accusation "groundless"
  > named_organization | oranthia-fm | Oranthia's Foreign Ministry | said | Oranthia "firmly opposes all forms of cyberattack."
The Oranthian Embassy in Washington, in a separate statement, accused the United States of "hacking the whole world."
  > named_organization | oranthia-embassy | The Oranthian Embassy in Washington | accused | the United States of "hacking the whole world."

Two people familiar with the investigation said the FBI had traced the intrusion through a rented server in the Netherlands that the same unit had used in 2023 against a dam operator in Poland.
  > anonymous_familiar | familiar | Two people familiar with the investigation | said | >
One of them said investigators had also recovered chat logs in which the hackers joked about "giving Ohio a bath."
  > anonymous_familiar | familiar | One of them | said | >
An FBI spokesman in Cincinnati declined to comment beyond the advisory.
  > declined_comment | fbi | An FBI spokesman in Cincinnati | declined to comment | - | resp=declined

At Rosie's Diner on Main Street, owner Carla Benning said she had used bottled water for coffee for two weeks after the attack became public, "just to be sure."
  > named_person | benning | owner Carla Benning | said | >
Some residents said the city had been too slow to tell them.
  > anonymous_other | residents | Some residents | said | >
The city's first public notice about the incident, posted on Aug. 22, nine days after it happened, ran to two paragraphs.
City Council member Rachel Ostrowski said she learned of the attack from a reporter.
  > named_official | ostrowski | City Council member Rachel Ostrowski | said | >
Mayor Tom Braddock did not return calls Wednesday.
  > declined_comment | braddock | Mayor Tom Braddock | did not return calls Wednesday | - | resp=no_response

Small utilities are easy targets because many cannot afford full-time security staff, said Aaron Feld, an industrial control systems researcher at the security firm Ironvale Security.
  > named_person | feld | Aaron Feld, an industrial control systems researcher at the security firm Ironvale Security | said | <
He said the factory default password on controllers of that model is "1111."
  > named_person | feld | He | said | >
The Environmental Protection Agency said last year that about 70 percent of the water systems it inspected did not meet basic cybersecurity standards.
  > named_organization | epa | The Environmental Protection Agency | said last year | >
News 9 first reported in September that the city's insurer had refused to cover the $410,000 cost of replacing the plant's control system.
  > media_report | news9 | News 9 | first reported in September | >
A spokesman for the insurer, Buckeye Mutual, declined to discuss the claim.
  > declined_comment | buckeye | A spokesman for the insurer, Buckeye Mutual | declined to discuss the claim | - | resp=declined
The city plans to ask voters in November to approve a rate increase to pay for the upgrade.
  > named_organization | city | The city | plans | to ask voters in November to approve a rate increase to pay for the upgrade | nosrc

@excluded
Download the News 9 app for breaking news alerts.
Report a typo or error in this story.
Copyright 2025 WCFN News 9. All rights reserved.
''')

ARTICLES.append(r'''
@id av-peacekeeper-convoy-ambush-mandate-renewal-sulembe
@style peacekeeper_convoy_ambush_mandate_renewal
Turtle Bay Briefing: After a deadly ambush, Sulembe's government still wants the blue helmets gone
  > named_organization | sulembe-gov | Sulembe's government | wants | the blue helmets gone | nosrc

Good evening from the United Nations, where the Security Council has until Friday to renew the peacekeeping mission in Sulembe.
Four Bangladeshi peacekeepers were killed on Sunday when their convoy hit a roadside bomb and came under fire near the town of Ndolo, the mission said.
  > named_organization | minusul | the mission | said | <
It was the deadliest attack on the mission, known as MINUSUL, since 2021.
The Secretary-General's spokesman, Farid Kassem, told reporters on Monday that the attack "may constitute a war crime" and called on Sulembe's authorities to find those responsible.
  > named_official | kassem | The Secretary-General's spokesman, Farid Kassem | told reporters on Monday | that the attack "may constitute a war crime"
  > named_official | kassem | The Secretary-General's spokesman, Farid Kassem | called on | Sulembe's authorities to find those responsible

THE DRAFT
A draft resolution circulated by France on Tuesday and seen by this newsletter proposes extending the mandate for six months rather than the usual year and cutting the troop ceiling from 13,000 to 9,500.
  > document | draft | A draft resolution circulated by France on Tuesday and seen by this newsletter | proposes | >
Sulembe's ambassador, Honorine Tsala, told the council in an open session that her government wanted the mission "out of our country by the end of next year, ambush or no ambush."
  > named_official | tsala | Sulembe's ambassador, Honorine Tsala | told the council in an open session | >
Three council diplomats, who spoke on condition of anonymity because negotiations are continuing, said Russia and China had signalled they would abstain if the text did not mention Sulembe's "primary responsibility" for protecting civilians.
  > anonymous_official | council-diplomats | Three council diplomats | said | > | anon=who spoke on condition of anonymity because negotiations are continuing
A fourth diplomat, from an African member of the council, said the African members would push for a full year.
  > anonymous_official | african-diplomat | A fourth diplomat, from an African member of the council | said | >
France's mission did not respond to a request for comment on the draft.
  > declined_comment | france-mission | France's mission | did not respond to a request for comment on the draft | - | resp=no_response

ON THE GROUND
In Ndolo, a shopkeeper reached by phone said residents had warned the peacekeepers' base two days earlier that armed men had been seen on the road.
  > named_person | mafuta | a shopkeeper reached by phone | said | >
The shopkeeper, Patrice Mafuta, said the warning had been "ignored, like the others."
  > named_person | mafuta | The shopkeeper, Patrice Mafuta | said | >
A MINUSUL spokeswoman said the mission "takes every alert seriously" but declined to discuss operational details.
  > named_organization | minusul | A MINUSUL spokeswoman | said | the mission "takes every alert seriously"
  > declined_comment | minusul | A MINUSUL spokeswoman | declined to discuss operational details | - | resp=declined
An internal mission report from July, reviewed by this newsletter, found that patrols around Ndolo had been cut by half because of fuel shortages and the departure of a helicopter unit.
  > document | mission-report | An internal mission report from July, reviewed by this newsletter | found | >
A senior mission official said the cuts were "a direct result" of the troop reductions the council ordered last year.
  > anonymous_official | mission-official | A senior mission official | said | >
No armed group has claimed the attack.
Sulembe's army blamed the Ndolo Self-Defence Front, a militia that has fought both the government and the peacekeepers.
  > named_organization | army | Sulembe's army | blamed | the Ndolo Self-Defence Front

WHAT TO WATCH
The Great Lakes Rights Observatory said in a report last month that at least 230 civilians were killed in Ndolo district in the first half of the year.
  > named_organization | glro | The Great Lakes Rights Observatory | said in a report last month | >
Analysts here expect the council to settle on nine months.
  > anonymous_other | analysts | Analysts here | expect | >
The six-month option "is a way of saying goodbye without admitting it," said Ines Albrecht, who tracks the council for the Centre for Multilateral Security.
  > named_person | albrecht | Ines Albrecht, who tracks the council for the Centre for Multilateral Security | said | <
The vote is scheduled for Friday morning.

@excluded
Forwarded this newsletter? Subscribe here.
Turtle Bay Briefing is published Monday to Thursday while the Security Council is in session.
Write to us with tips and feedback.
© 2025 Global Affairs Media
''')

ARTICLES.append(r'''
@id av-detained-aid-worker-swap-envoy-qa-karsten
@style detained_aid_worker_swap_envoy_qa
Nordland's hostage envoy says talks to free aid worker Lise Karsten are "closer than we were in March"
  > named_official | strom | Nordland's hostage envoy | says | talks to free aid worker Lise Karsten are "closer than we were in March"

Lise Karsten, a 38-year-old water engineer with the charity Wells Without Borders, has been held in Tarsenia since she was arrested at a checkpoint in February 2024, and was later sentenced to 12 years in prison for espionage.
The charity says the charges are fabricated.
  > named_organization | wwb | The charity | says | >
Karsten's sister, Maren, has campaigned outside parliament in Havnby every Friday since March, demanding that the government do more.
  > named_person | maren | Karsten's sister, Maren | demanding | that the government do more
Nordland's special envoy for hostage affairs, Anders Strøm, has led talks with Tarsenian officials through mediators in Oman since last autumn.
A Nordland official involved in the talks, who was not authorized to speak publicly, told us separately that a meeting in Muscat was planned for next month.
  > anonymous_official | nordland-official | A Nordland official involved in the talks | told us separately | > | anon=who was not authorized to speak publicly
The interview, conducted in Havnby on Thursday, has been edited for length and clarity.

Q: How is Lise?
Strøm: Our ambassador in Tarsenia saw her on Sept. 30, for the first time since June.
  > named_official | strom | Strøm | : | >
She has lost weight, and she asked for books in English, which we have sent.
  > named_official | strom | Strøm | - | *

Q: Her sister has said the government is moving too slowly.
  > named_person | maren | Her sister | has said | >
Is she wrong?
Strøm: I understand Maren's anger completely.
  > named_official | strom | Strøm | : | >
If it were my sister, I would be outside parliament too.
  > named_official | strom | Strøm | - | *
But a public fight with the Tarsenians would not bring Lise home one day sooner.
  > named_official | strom | Strøm | - | *

Q: Tarsenian state media reported last week that Nordland had offered to release two Tarsenian citizens convicted of smuggling drone parts.
  > media_report | tarsenia-media | Tarsenian state media | reported last week | >
Is that true?
Strøm: I have seen the report.
  > named_official | strom | Strøm | : | >
I'm not going to confirm or deny it.
  > declined_comment | strom | Strøm | not going to confirm or deny it | - | resp=declined

Q: The Tarsenian foreign minister, Kamran Vaziri, said on Monday that Lise would be freed "when Nordland respects Tarsenian law."
  > named_official | vaziri | The Tarsenian foreign minister, Kamran Vaziri | said on Monday | >
How do you read that?
Strøm: I read it as a sign that they want to talk.
  > named_official | strom | Strøm | : | >
Six months ago they were not saying anything at all.
  > named_official | strom | Strøm | - | *

Tarsenia's embassy in Havnby did not respond to a request for comment on Strøm's remarks.
  > declined_comment | tarsenia-embassy | Tarsenia's embassy in Havnby | did not respond to a request for comment on Strøm's remarks | - | resp=no_response

@excluded
This interview is part of our series Conversations.
Read our full coverage of Lise Karsten's detention.
Share this article
© Havnby Post 2025
''')

ARTICLES.append(r'''
@id av-consulate-closure-reciprocal-order-tessar
@style consulate_closure_reciprocal_order
Morvia orders Ardenzan consulate shut in tit-for-tat move, foreign ministry says
  > named_organization | morvia-fm | foreign ministry | says | Morvia orders Ardenzan consulate shut in tit-for-tat move

VELGRAD, Morvia -- Morvia ordered Ardenza on Friday to close its consulate in the port city of Tessar within 72 hours, a day after Ardenza shut Morvia's consulate in Calvessa and accused its staff of spying on exiles, Morvia's Foreign Ministry said.
  > named_organization | morvia-fm | Morvia's Foreign Ministry | said | <
The ministry said in a statement that the closure was a "proportionate and reciprocal response" and that the 11 Ardenzan diplomats in Tessar had been declared persona non grata.
  > named_organization | morvia-fm | The ministry | said in a statement | >
Ardenza's government said on Thursday that the Morvian consulate in Calvessa had been used to photograph and follow members of the Morvian opposition in exile, and gave nine of its staff a week to leave.
  > named_organization | ardenza-gov | Ardenza's government | said on Thursday | that the Morvian consulate in Calvessa had been used to photograph and follow members of the Morvian opposition in exile
Ardenza's interior minister, Lucia Ferraz, told parliament that police had found cameras, two drones and a list of 140 names and addresses in a car registered to the consulate.
  > named_official | ferraz | Ardenza's interior minister, Lucia Ferraz | told parliament | >
"These were not diplomats, they were handlers," Ferraz said.
  > named_official | ferraz | Ferraz | said | <
Morvia's ambassador in Ardenza, Dmitar Volk, said the allegations were "a fairy tale written for the election campaign."
  > named_official | volk | Morvia's ambassador in Ardenza, Dmitar Volk | said | >
Ardenza votes in a parliamentary election in five weeks.

One of the people on the list, a Morvian journalist who has lived in Calvessa since 2021, said police had shown her photographs of her apartment building taken from a parked car.
  > named_person | radic | One of the people on the list, a Morvian journalist who has lived in Calvessa since 2021 | said | >
"They knew which window was my kitchen," said the journalist, Vesna Radić, who writes for the exile news site Slobodni Glas.
  > named_person | radic | the journalist, Vesna Radić, who writes for the exile news site Slobodni Glas | said | <
Two Ardenzan security officials, speaking on condition of anonymity because the investigation is continuing, said at least three of the expelled Morvians were officers of Morvia's foreign intelligence service.
  > anonymous_official | sec-officials | Two Ardenzan security officials | said | > | anon=speaking on condition of anonymity because the investigation is continuing
The officials said the surveillance had been going on for at least two years.
  > anonymous_official | sec-officials | The officials | said | >
A person familiar with the case said one of the expelled diplomats had tried to recruit a clerk at Calvessa's city registry office.
  > anonymous_familiar | familiar | A person familiar with the case | said | >
Morvian state television reported that the Tessar consulate had "long served as a base for Ardenzan intelligence," citing unnamed security sources.
  > media_report | morvia-tv | Morvian state television | reported | that the Tessar consulate had "long served as a base for Ardenzan intelligence,"

Ardenza's consul general in Tessar, Marco Bellini, could not be reached on Friday.
  > declined_comment | bellini | Ardenza's consul general in Tessar, Marco Bellini | could not be reached on Friday | - | resp=unreachable
Ardenza's Foreign Ministry said it "regretted" Morvia's decision and would not respond further.
  > named_organization | ardenza-fm | Ardenza's Foreign Ministry | said | >
About 2,000 Ardenzans live in the Tessar consular district, most of them retirees, according to Ardenzan government figures.
  > document | figures | Ardenzan government figures | according to | <
Paolo Renzi, who owns a bakery in Tessar's old town, said many of them would now have to travel six hours to the embassy in Velgrad to renew their passports.
  > named_person | renzi | Paolo Renzi, who owns a bakery in Tessar's old town | said | >
The expulsions are the largest between the two countries since 2018, when each sent home 15 diplomats over a poisoning in Calvessa.
Katarina Holm, who studies intelligence diplomacy at the Baltic Security Forum, said closing consulates was "the step before cutting relations altogether."
  > named_person | holm | Katarina Holm, who studies intelligence diplomacy at the Baltic Security Forum | said | >
Ardenza's prime minister, Giulio Sarto, who faces a tough re-election fight, had planned to visit Velgrad in December to sign an energy agreement.
  > named_official | sarto | Ardenza's prime minister, Giulio Sarto, who faces a tough re-election fight | had planned | to visit Velgrad in December to sign an energy agreement | nosrc
His office said on Friday that the visit had been "postponed indefinitely."
  > named_organization | sarto-office | His office | said on Friday | >

@excluded
This story has been updated to add comment from Ardenza's Foreign Ministry.
Reporting by Nikola Barić in Velgrad and Chiara Lodi in Calvessa; editing by Jane Morrow
© 2025 Adriatic Press Agency
''')

ARTICLES.append(r'''
@id av-chlorine-attack-sample-custody-dispute-tal-hamra
@style chlorine_attack_sample_custody_dispute
The Cylinder on the Roof: inside the fight over what killed 31 people in Tal Hamra

The world's chemical weapons watchdog says a chlorine cylinder dropped from the air is the likeliest explanation.
  > named_organization | opcw | The world's chemical weapons watchdog | says | >
The government says the evidence was planted.
  > named_organization | qad-gov | The government | says | >

On the morning of April 7, Samira Haddad was hanging laundry on her roof in Tal Hamra when she heard a helicopter, then a thud on the building next door.
Within minutes, she said, a yellow-green cloud had filled the stairwell.
  > named_person | haddad | she | said | Within minutes ;; a yellow-green cloud had filled the stairwell
"It smelled like the swimming pool, but a thousand times worse," Haddad, a 41-year-old pharmacist, told me in a phone interview from a camp near the border.
  > named_person | haddad | Haddad, a 41-year-old pharmacist | told me in a phone interview from a camp near the border | <
Thirty-one people died in the two buildings, according to a list compiled by the local medical council.
  > document | med-list | a list compiled by the local medical council | according to | <

The Organisation for the Prohibition of Chemical Weapons sent a fact-finding mission to the region in May.
In a report released in The Hague on Oct. 2, the mission concluded that there were "reasonable grounds to believe" that chlorine had been used as a weapon and that the cylinder found on the roof had "most likely" been dropped from an aircraft.
  > named_organization | opcw | the mission | concluded | >
The report does not name who flew the aircraft; the mission's mandate does not allow it to.
But only the government's air force operates helicopters over Tal Hamra, according to three former officers of that air force who have since defected.
  > anonymous_official | ex-officers | three former officers of that air force who have since defected | according to | <

Qadiran's government has rejected the report.
  > named_organization | qad-gov | Qadiran's government | has rejected | the report
At a news conference in the capital, Deputy Foreign Minister Adel Sarraf held up a photograph of the cylinder and said its valve had been "unscrewed by human hands, not broken by a fall."
  > named_official | sarraf | Deputy Foreign Minister Adel Sarraf | said | >
Sarraf argued that the samples had passed through the hands of rebel medics and a foreign charity before they reached the inspectors.
  > named_official | sarraf | Sarraf | argued | >
The mission's report acknowledges that it could not collect samples itself until 19 days after the attack and relied on material gathered by local volunteers for the first two weeks.
  > document | report | The mission's report | acknowledges | >
It says the volunteers' samples were sealed and photographed and that their results matched those of samples the inspectors took themselves.
  > document | report | It | says | >
Ines Varga, a chemist at Ghent University who has studied chlorine attacks for a decade, said the custody argument was "the standard move" by governments accused of chemical attacks.
  > named_person | varga | Ines Varga, a chemist at Ghent University who has studied chlorine attacks for a decade | said | >
"You attack the paperwork when you can't attack the chemistry," she said.
  > named_person | varga | she | said | <

Qadiran's mission to the OPCW in The Hague did not answer emailed questions.
  > declined_comment | qad-mission | Qadiran's mission to the OPCW in The Hague | did not answer emailed questions | - | resp=no_response
Two diplomats from countries on the OPCW's executive council said Western members would push for a vote in November to suspend Qadiran's rights in the organisation.
  > anonymous_official | council-diplomats | Two diplomats from countries on the OPCW's executive council | said | >
One of them, who was not authorised to speak publicly, said at least 10 of the council's 41 members were likely to abstain.
  > anonymous_official | council-diplomats | One of them | said | > | anon=who was not authorised to speak publicly
Rebel commanders in the area could not be reached for comment.
  > declined_comment | rebels | Rebel commanders in the area | could not be reached for comment | - | resp=unreachable
The watchdog's director-general, Teresa Ahlgren, has said she hopes the report will not be "the last word" and that a separate team able to name perpetrators will visit next year.
  > named_official | ahlgren | The watchdog's director-general, Teresa Ahlgren | has said | >
Haddad still keeps the laundry basket she dropped that morning.
"I don't need a team to tell me who flies helicopters over my town," she said.
  > named_person | haddad | she | said | <

@excluded
This article appears in the December issue of Longitude magazine.
Illustration by Marek Zielinski for Longitude.
Letters to the editor: we welcome your responses to this story.
''')

ARTICLES.append(r'''
@id av-bondholder-consent-deadline-liveblog-esteria
@style bondholder_consent_deadline_liveblog
Live updates: Esteria races to win bondholder consent before midnight deadline

18:00 New York time
Esteria's finance ministry said this afternoon that holders of 58 percent of its $14 billion in international bonds had tendered them into the exchange offer, short of the 66.7 percent it needs to bind all creditors.
  > named_organization | esteria-fm | Esteria's finance ministry | said this afternoon | >
The offer swaps the old bonds for new ones worth about 62 cents on the dollar, according to the offering memorandum filed with the Luxembourg stock exchange.
  > document | memorandum | the offering memorandum filed with the Luxembourg stock exchange | according to | <

19:25
Finance Minister Rafael Ocampo told reporters at the ministry that he was "very confident" the threshold would be reached.
  > named_official | ocampo | Finance Minister Rafael Ocampo | told reporters at the ministry | >
"Several large funds have told us they will come in tonight," he said.
  > named_official | ocampo | he | said | <
He would not name the funds.
  > declined_comment | ocampo | He | would not name the funds | - | resp=declined

20:10
The Ad Hoc Creditor Committee, a group of 14 investment funds, said in a statement that its members would not tender unless Esteria improved the offer.
  > named_organization | committee | The Ad Hoc Creditor Committee, a group of 14 investment funds | said in a statement | >
A person close to the committee said its members had asked for an extra payment linked to Esteria's copper exports.
  > anonymous_familiar | close-committee | A person close to the committee | said | >

20:45
Bloomberg News reported that two of the committee's members, including the Boston-based fund Harbor Point Capital, had broken ranks and tendered their bonds.
  > media_report | bloomberg | Bloomberg News | reported | >
Harbor Point declined to comment.
  > declined_comment | harbor-point | Harbor Point | declined to comment | - | resp=declined
We have not been able to confirm the report.

21:30
An official at the International Monetary Fund, which must approve Esteria's debt plan before it can release a $3 billion loan, said the fund's staff regarded the current offer as consistent with "restoring debt sustainability."
  > anonymous_official | imf-official | An official at the International Monetary Fund, which must approve Esteria's debt plan before it can release a $3 billion loan | said | >
The IMF's press office did not respond to emails.
  > declined_comment | imf | The IMF's press office | did not respond to emails | - | resp=no_response
Claudia Reyes, a sovereign debt strategist at Banco Meridiano in São Paulo, said the market was pricing in about a 70 percent chance that the deal goes through.
  > named_person | reyes | Claudia Reyes, a sovereign debt strategist at Banco Meridiano in São Paulo | said | >
Esteria's old bonds rose 2 cents to 55 cents on the dollar, according to prices from the trading platform TradeLink.
  > document | tradelink | prices from the trading platform TradeLink | according to | <

23:40
Ocampo will announce the results at a news conference after midnight, the ministry said.
  > named_organization | esteria-fm | the ministry | said | <
Two Esteria officials, speaking on condition of anonymity because the count was not final, said tenders had passed 64 percent.
  > anonymous_official | esteria-officials | Two Esteria officials | said | > | anon=speaking on condition of anonymity because the count was not final
One of them said the government was prepared to extend the deadline by 48 hours if it fell short.
  > anonymous_official | esteria-officials | One of them | said | >

@excluded
Refresh this page for the latest updates.
Market data delayed by at least 15 minutes.
© 2025 Meridian Financial News
''')

ARTICLES.append(r'''
@id av-merger-divestiture-buyer-bankruptcy-pacific-basket
@style merger_divestiture_buyer_bankruptcy
Buyer of 212 stores sold off in grocery merger files for bankruptcy; attorney general says "we warned everyone"
  > named_official | alvarez | attorney general | says | "we warned everyone"

SACRAMENTO -- Pacific Basket Markets, the regional chain that bought 212 supermarkets divested in last year's merger of Greenleaf Foods and Hartwell Stores, filed for Chapter 11 bankruptcy protection on Monday.
According to its petition, filed in federal bankruptcy court in Delaware, the company has debts of $1.3 billion and assets of about $900 million.
  > document | petition | its petition, filed in federal bankruptcy court in Delaware | According to | >
Pacific Basket said in a statement that it would keep all stores open during the bankruptcy while it sought "strategic alternatives," including the sale of some locations.
  > named_organization | pacific-basket | Pacific Basket | said in a statement | >
Its chief executive, Dennis Whitford, blamed higher wages, rising rents and what he called "transition costs" imposed under the merger agreement.
  > named_official | whitford | Its chief executive, Dennis Whitford | blamed | higher wages, rising rents and what he called "transition costs" imposed under the merger agreement

California Attorney General Rosa Alvarez, who had sued to block the merger, said the bankruptcy was no surprise.
  > named_official | alvarez | California Attorney General Rosa Alvarez, who had sued to block the merger | said | >
"We warned everyone this would happen, and we were told we were being alarmist," Alvarez said at a news conference.
  > named_official | alvarez | Alvarez | said at a news conference | <
Her office said it was reviewing whether Greenleaf had breached its obligations under a settlement with the state.
  > named_organization | ag-office | Her office | said | >
The Federal Trade Commission approved the $24 billion merger in March 2024 on the condition that the two chains sell overlapping stores in California, Oregon and Nevada to Pacific Basket.
Greenleaf said the FTC had vetted Pacific Basket's finances and that it had "met every obligation" under the divestiture agreement.
  > named_organization | greenleaf | Greenleaf | said | >
An FTC spokesman said the agency was "monitoring the situation closely."
  > named_organization | ftc | An FTC spokesman | said | >
Two former FTC officials, who spoke on condition of anonymity because they still advise companies with cases before the agency, said staff had raised concerns in 2023 that Pacific Basket was taking on too much debt to pay for the stores.
  > anonymous_official | former-ftc | Two former FTC officials | said | > | anon=who spoke on condition of anonymity because they still advise companies with cases before the agency
A memo by the agency's staff economists, released last year under a public records request, warned that Pacific Basket's sales forecasts for the divested stores were "optimistic by any measure."
  > document | memo | A memo by the agency's staff economists, released last year under a public records request | warned | >

Antitrust experts have long questioned whether divestitures preserve competition.
  > anonymous_other | experts | Antitrust experts | have long questioned | whether divestitures preserve competition
A study by the agency of its own merger remedies found that sales of a package of stores to a single buyer failed about a third of the time.
  > document | study | A study by the agency of its own merger remedies | found | >
Jonah Kravitz, an antitrust lawyer in San Francisco who was not involved in the deal, said Pacific Basket had been "chosen because it was available, not because it was strong."
  > named_person | kravitz | Jonah Kravitz, an antitrust lawyer in San Francisco who was not involved in the deal | said | >
Pacific Basket's lawyer, Helen Osgood, told Judge Karen Whitaker at a first-day hearing on Tuesday that the company had enough cash to pay workers and suppliers for at least 60 days.
  > named_official | osgood | Pacific Basket's lawyer, Helen Osgood | told Judge Karen Whitaker at a first-day hearing on Tuesday | >
Grocery Workers Union Local 8, which represents about 9,000 of the chain's employees, said it would oppose any attempt to cancel its contract in bankruptcy.
  > named_organization | local8 | Grocery Workers Union Local 8, which represents about 9,000 of the chain's employees | said | >

At the Pacific Basket store on Folsom Boulevard, shelves in the dairy aisle were half empty on Tuesday afternoon.
A cashier who has worked at the store for 14 years, and who asked not to be named because employees had been told not to talk to reporters, said workers learned of the bankruptcy from a news alert.
  > anonymous_other | cashier | A cashier who has worked at the store for 14 years | said | > | anon=who asked not to be named because employees had been told not to talk to reporters
Hartwell's former chief executive, Paul Brandt, who left after the merger, did not return a call.
  > declined_comment | brandt | Hartwell's former chief executive, Paul Brandt, who left after the merger | did not return a call | - | resp=no_response
Greenleaf's shares fell 4 percent on Monday.
Some investors had expected Greenleaf to buy back some of the stores at a discount.
  > anonymous_other | investors | Some investors | had expected | >
This newspaper reported in January that Pacific Basket had fallen behind on rent at 40 of the stores.
  > media_report | ledger | This newspaper | reported in January | >

@excluded
Sign up for our Business Briefing newsletter.
Got a tip? Contact our business desk.
Comments are closed on this article.
© 2025 The Sacramento Ledger
''')

ARTICLES.append(r'''
@id av-appliance-plant-offshoring-severance-dispute-kellerton
@style appliance_plant_offshoring_severance_dispute
Kellerton council votes to claw back Brightline tax breaks as washer plant heads to Mexico

KELLERTON -- The City Council voted 6-1 on Tuesday night to demand that Brightline Appliances repay $3.8 million in property tax abatements after the company confirmed it would close its washing-machine plant here by next June and move production to Monterrey, Mexico.
  > named_organization | brightline | the company | confirmed | it would close its washing-machine plant here by next June and move production to Monterrey, Mexico
About 740 people work at the plant, according to a notice the company filed with the state labor department under the WARN Act.
  > document | warn-notice | a notice the company filed with the state labor department under the WARN Act | according to | <
Brightline received the abatements in 2019 in exchange for a promise to keep at least 600 jobs in Kellerton for 10 years, according to the agreement, which the Gazette obtained through a records request.
  > document | agreement | the agreement, which the Gazette obtained through a records request | according to | <

Council member Dana Pruitt, who drafted the resolution, said Brightline had "taken the money and run."
  > named_official | pruitt | Council member Dana Pruitt, who drafted the resolution | said | >
"They signed a contract with this town," Pruitt said.
  > named_official | pruitt | Pruitt | said | <
"A contract means something here."
  > named_official | pruitt | Pruitt | - | *
The lone no vote, council member Ray Dukes, said he feared a lawsuit the city could not afford.
  > named_official | dukes | The lone no vote, council member Ray Dukes | said | >
Brightline's vice president for manufacturing, Alan Seward, told the council that the company would contest the demand because the agreement allowed it to end the abatement early if "market conditions" changed.
  > named_official | seward | Brightline's vice president for manufacturing, Alan Seward | told the council | >
Seward said competition from Asian manufacturers had cut Brightline's share of the U.S. washer market from 19 percent to 11 percent in five years.
  > named_official | seward | Seward | said | >
Seward declined to say how many jobs would move to Mexico.
  > declined_comment | seward | Seward | declined to say how many jobs would move to Mexico | - | resp=declined

Teresa Gomez, president of Machinists Local 1127, which represents 510 hourly workers at the plant, said the union would ask Brightline to double the severance it has offered.
  > named_official | gomez | Teresa Gomez, president of Machinists Local 1127, which represents 510 hourly workers at the plant | said | >
Gomez said the company's offer, one week of pay for each year of service up to 12 weeks, was "an insult to people who gave this place thirty years."
  > named_official | gomez | Gomez | said | >
Brightline said in a statement after the meeting that its severance package "meets or exceeds" industry standards.
  > named_organization | brightline | Brightline | said in a statement after the meeting | >

Public comment ran for nearly two hours.
Linda Marsh, who has assembled washer drums at the plant since 1996, told the council she had two years left before she could collect a full pension.
  > named_person | marsh | Linda Marsh, who has assembled washer drums at the plant since 1996 | told the council | >
"Now I don't know what I'll do," she said.
  > named_person | marsh | she | said | <
Jim Tolliver, who owns the Gear Box Tavern across from the plant's main gate, said about half his lunch business came from Brightline workers.
  > named_person | tolliver | Jim Tolliver, who owns the Gear Box Tavern across from the plant's main gate | said | >
Some speakers blamed the city for not demanding stronger job guarantees in 2019.
  > anonymous_other | speakers | Some speakers | blamed | the city for not demanding stronger job guarantees in 2019
Mayor Ellen Frye, who signed the 2019 agreement, left the meeting before public comment and did not respond to a message on Wednesday.
  > declined_comment | frye | Mayor Ellen Frye, who signed the 2019 agreement | did not respond to a message on Wednesday | - | resp=no_response
City Attorney Mark Lindgren said the city could sue to recover the money if Brightline did not pay within 60 days.
  > named_official | lindgren | City Attorney Mark Lindgren | said | >
Brightline had hoped to keep the closure quiet until after the holidays, according to two managers at the plant who spoke on condition of anonymity because they were not authorized to discuss company plans.
  > anonymous_official | managers | two managers at the plant | according to | < | anon=who spoke on condition of anonymity because they were not authorized to discuss company plans

@excluded
Support local journalism: subscribe to the Kellerton Gazette.
Photo: Workers leave the Brightline plant at shift change on Tuesday. (Gazette photo by Sam Ortiz)
Reader comments are moderated.
''')

ARTICLES.append(r'''
@id av-child-car-seat-harness-recall-nestor
@style child_car_seat_harness_recall
Nestor recalls 410,000 car seats after safety agency says buckles can open in a crash
  > named_organization | nhtsa | safety agency | says | buckles can open in a crash

Nestor Baby Products is recalling about 410,000 convertible car seats sold in the United States and Canada because the harness buckle can come undone in a crash, the National Highway Traffic Safety Administration said Thursday.
  > named_organization | nhtsa | the National Highway Traffic Safety Administration | said Thursday | <
The recall covers the Nestor Voyager and Voyager Plus models made between January 2022 and May 2024, according to a recall notice posted on the agency's website.
  > document | notice | a recall notice posted on the agency's website | according to | <
The notice says that in crash tests at 30 miles per hour, the buckle released in three of 20 trials.
  > document | notice | The notice | says | >
The agency said it was aware of nine injuries, including a broken collarbone, in crashes where the buckle opened, and of no deaths.
  > named_organization | nhtsa | The agency | said | >
Nestor said in a statement that it was recalling the seats "out of an abundance of caution" and that they "remain among the safest on the market."
  > named_organization | nestor | Nestor | said in a statement | >
The company will send owners a free replacement buckle, the statement said.
  > named_organization | nestor | the statement | said | <

Documents posted on the agency's website show that Nestor first learned of a buckle opening in a crash in September 2023.
  > document | nhtsa-docs | Documents posted on the agency's website | show | >
In a letter to the agency in February, the company attributed that case to a parent who had not fully latched the buckle.
  > named_organization | nestor | the company | attributed | that case to a parent who had not fully latched the buckle
Rachel Duong of Plano, Texas, whose 3-year-old son was thrown against the front seat when his Voyager's buckle opened in a collision last November, said she had filed a complaint with the agency the same week.
  > named_person | duong | Rachel Duong of Plano, Texas, whose 3-year-old son was thrown against the front seat when his Voyager's buckle opened in a collision last November | said | >
"Nobody from Nestor ever called me back," Duong said.
  > named_person | duong | Duong | said | <
She said she still keeps the seat in her garage.
  > named_person | duong | She | said | >
Her lawyer, Victor Amari, said she planned to sue the company.
  > named_official | amari | Her lawyer, Victor Amari | said | >
The Plano Star-Courier first reported Duong's complaint in March.
  > media_report | star-courier | The Plano Star-Courier | first reported | Duong's complaint
Nestor did not respond to questions about Duong's complaint.
  > declined_comment | nestor | Nestor | did not respond to questions about Duong's complaint | - | resp=no_response
A former Nestor quality engineer, who asked not to be identified because of a separation agreement, said employees had raised concerns about the buckle's plastic latch in 2022.
  > anonymous_official | ex-engineer | A former Nestor quality engineer | said | > | anon=who asked not to be identified because of a separation agreement

The agency opened a preliminary investigation in April.
Some safety advocates have accused the agency of moving too slowly.
  > anonymous_other | advocates | Some safety advocates | have accused | the agency of moving too slowly
The agency declined to comment on the criticism.
  > declined_comment | nhtsa | The agency | declined to comment | - | resp=declined
Jennifer Caldwell, a certified child passenger safety technician in Columbus, Ohio, said parents should keep using the seats until the replacement buckle arrives.
  > named_person | caldwell | Jennifer Caldwell, a certified child passenger safety technician in Columbus, Ohio | said | >
"A child riding unbuckled is at far greater risk than a child in a recalled seat," she said.
  > named_person | caldwell | she | said | <

What owners should do
Owners can check whether their seat is affected by entering the model number and date of manufacture, printed on a label under the seat, at nestorbaby.com/recall or by calling 1-800-555-0142.

@excluded
More consumer alerts: sign up for our Recall Watch newsletter.
Have a problem with a product? Tell our consumer team.
© 2025 Hearth & Home Media. All rights reserved.
''')

ARTICLES.append(r'''
@id av-sole-supplier-generic-price-spike-transcript-dilexamine
@style sole_supplier_generic_price_spike_transcript
Transcript: One maker, one heart drug and a 2,400 percent price increase

ANCHOR (MARIA TELLEZ): Tonight, a heart medicine that has been around since the 1960s, and why its price has jumped from $12 a vial to more than $300.
Our health correspondent, Ben Osterhout, reports.

BEN OSTERHOUT: At Saint Agnes Medical Center in Dayton, the pharmacy keeps its supply of dilexamine in a locked cabinet.
Pharmacy director Linda Park says the hospital used to pay about $12 for each vial.
  > named_official | park | Pharmacy director Linda Park | says | >
LINDA PARK: Last year the invoice came in at $310.
  > named_official | park | LINDA PARK | : | >
I called the distributor because I thought it was a typo.
  > named_official | park | LINDA PARK | - | *

OSTERHOUT: Dilexamine is used to restore normal heart rhythm during some cardiac surgeries.
Since 2023, it has had only one U.S. supplier, Verity Pharmaceuticals, according to the Food and Drug Administration's drug shortage database.
  > document | fda-db | the Food and Drug Administration's drug shortage database | according to | <
Verity bought the drug's only other maker, Corland Labs, in 2022, and raised the price in four steps over 18 months, according to invoices reviewed by this station.
  > document | invoices | invoices reviewed by this station | according to | <
Verity declined our request for an interview.
  > declined_comment | verity | Verity | declined our request for an interview | - | resp=declined
In a written statement, the company said the price "reflects significant investments in manufacturing quality" and that hospitals can apply for discounts.
  > named_organization | verity | the company | said | >
Verity's chief executive, Grant Ellison, told investors on an earnings call in May that the company's strategy was to acquire "niche products with durable market positions."
  > named_official | ellison | Verity's chief executive, Grant Ellison | told investors on an earnings call in May | >
A transcript of that call shows that an analyst asked Ellison whether the price of dilexamine could go higher and that Ellison answered, "We don't see a ceiling yet."
  > document | call-transcript | A transcript of that call | shows | >
Hospital pharmacists we spoke with in four states said they had no practical alternative.
  > anonymous_other | pharmacists | Hospital pharmacists we spoke with in four states | said | >

OHIO STATE SENATOR MARCUS WEBB: If you're the only one who makes it, you can charge whatever you want.
  > named_official | webb | OHIO STATE SENATOR MARCUS WEBB | : | >
That's not a market, that's a hostage situation.
  > named_official | webb | OHIO STATE SENATOR MARCUS WEBB | - | *

OSTERHOUT: Webb has introduced a bill that would let Ohio's attorney general seek penalties for price increases on generic drugs of more than 30 percent a year.
An industry group, the Generic Pharmaceutical Alliance, says such laws could push manufacturers out of the market and make shortages worse.
  > named_organization | gpa | An industry group, the Generic Pharmaceutical Alliance | says | >
A Maryland law like it was struck down by a federal appeals court in 2018.
Two officials at the Federal Trade Commission, who were not authorized to speak publicly, told us the agency has been examining Verity's 2022 acquisition of Corland.
  > anonymous_official | ftc-officials | Two officials at the Federal Trade Commission | told us | > | anon=who were not authorized to speak publicly
An FTC spokeswoman said the agency does not comment on whether it is investigating a company.
  > named_organization | ftc | An FTC spokeswoman | said | >
Park says the hospital has started rationing the drug for the surgeries where it matters most.
  > named_official | park | Park | says | >
PARK: We're making clinical decisions based on a price tag.
  > named_official | park | PARK | : | >

ANCHOR: Verity says it is not aware of any shortage of dilexamine.
  > named_organization | verity | Verity | says | >

@excluded
This transcript was produced on a rush deadline and may be updated.
Watch the full report on our website.
Copyright © 2025 Ohio Valley Public Media. All rights reserved.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
