"""Build corpus/articles/bg.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on national security, intelligence, diplomacy and defence, and on technology
companies, data breaches and regulators (leaked_centrifuge_transfer_assessment_wire,
radar_amplifier_export_search_local_daily, veterans_clinic_portal_breach_tv_web,
ambassador_recall_leaked_call_public_radio, spyware_contract_oversight_hearing_liveblog,
location_data_broker_fine_commissioner_qa, tank_engine_export_veto_defence_newsletter,
cipher_clerk_defection_magazine_feature, satellite_downlink_jamming_complaint_trade_pub,
drone_swarm_lab_foreign_partner_student_paper, foreign_messaging_app_ban_explainer,
payroll_processor_breach_corrected_story), mostly set in invented countries, in the voices of
twelve kinds of outlet (a wire story built on a leaked assessment, a small-town daily covering
a federal search of the local factory, a television station's investigative web story, a
public-radio transcript with host, correspondent and speaker labels, a newspaper's live blog of
a parliamentary hearing with timestamps, an edited interview with a regulator whose questions
cite sources, a defence-industry email newsletter with capitalised section heads and "by the
numbers" lines, a magazine feature with a dek and a first-person reporter, a satellite trade
publication, a student newspaper, an explainer with question subheads, and a business story
with a correction and update note in its footer). Sources: ministers, an intelligence director,
a committee chair, an agency head, a commissioner, a senator, a state representative, a
general, ambassadors, a spokesman and a student-government president named on the record,
company executives, a fleet manager, a lab director and a faculty committee chair; private
persons (a diner owner, a wrestling coach who works at the plant, a veteran described first and named later, a
journalist, a defector described first and named later, his wife, a former ambassador, a
former inspector, researchers, a consultant and lawyers commenting as experts); ministries,
agencies, governments, embassies, companies, a ransomware group, a research lab and unnamed
spokespeople; anonymous officials current and former (intelligence and security officials,
diplomats, congressional aides, committee members, lawmakers, executives, engineers), with and
without a stated reason; people familiar with and briefed on investigations and budgets;
vague sources (employees and neighbours, veterans posting online, analysts, graduate students who
give a reason, faculty members, lawyers); documents (an intelligence assessment, satellite
images, letters, an audit, emails, a regulator's decision, a complaint and its annex, budget
documents, figures, court records, a fact sheet, financial records, the Federal Register,
customs records, a grant application, a securities filing); media reports (other outlets, the
outlet's own earlier reporting, a tabloid that published a recording); non-answers of all three
kinds, some in speaker turns; quotes over several sentences and across speaker labels; content
before and after the cue; split content; headline and dek attributions; two attributions in one
sentence; and look-alikes left unannotated or marked not sourcing ("could not be independently
confirmed", "has not declared", "has not named", "did not testify", "has never publicly
acknowledged", "hasn't disputed", "does not show", "could not be independently verified",
"were due to sign", "Under SEC rules"; "wants" and "plans" in the reporter's voice, and "had
hoped" with a cited source). All twelve end with a footer of excluded boilerplate. Nothing is
trained or tuned on them. Same line format and builder as ``build_articles_b.py`` (read its
docstring).

Run: python corpus/build_articles_bg.py [--render]
     python corpus/build_articles_bg.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "bg.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id bg-qorvan-serah-centrifuge-assessment
@style leaked_centrifuge_transfer_assessment_wire
Qorvan moved centrifuges into mountain tunnels, Western intelligence assessment says
  > document | assessment | Western intelligence assessment | says | Qorvan moved centrifuges into mountain tunnels

VIENNA -- Qorvan has moved at least 600 advanced centrifuges into a tunnel complex beneath Mount Serah over the past three months, out of sight of international inspectors, according to a classified Western intelligence assessment and two senior European security officials.
  > document | assessment | a classified Western intelligence assessment | according to | <
  > anonymous_official | eu-officials | two senior European security officials | according to | <
The assessment, dated Oct. 14 and prepared for a meeting of European defence ministers, was seen by Trans-Oceanic Press.
It says the transfer "significantly shortens" the time Qorvan would need to enrich enough uranium for a single bomb, which it puts at "weeks, not months."
  > document | assessment | It | says | >
One of the officials, who spoke on condition of anonymity because the assessment is classified, said the centrifuges had been moved at night in convoys of civilian trucks.
  > anonymous_official | eu-officials | One of the officials | said | > | anon=who spoke on condition of anonymity because the assessment is classified
"They were careful, but not careful enough," the official said.
  > anonymous_official | eu-officials | the official | said | <

The transfer could not be independently confirmed.
Commercial satellite images taken on Oct. 3 and reviewed by TOP show at least 40 trucks parked at two tunnel entrances on the mountain's northern face.
  > document | imagery | Commercial satellite images taken on Oct. 3 and reviewed by TOP | show | >
Qorvan's Foreign Ministry called the report "a fabrication timed to sabotage diplomacy" and said the country's nuclear program was "entirely peaceful."
  > named_organization | qorvan-fm | Qorvan's Foreign Ministry | called | the report "a fabrication timed to sabotage diplomacy"
  > named_organization | qorvan-fm | Qorvan's Foreign Ministry | said | the country's nuclear program was "entirely peaceful."
President Darius Kamal said last month that Qorvan would never build a nuclear weapon but would not "negotiate with a gun to its head."
  > named_official | kamal | President Darius Kamal | said last month | >
Kamal's office did not respond to a request for comment on Friday.
  > declined_comment | kamal-office | Kamal's office | did not respond to a request for comment on Friday | - | resp=no_response

The International Atomic Energy Agency, whose inspectors last visited the Serah site in June, declined to comment on intelligence matters.
  > declined_comment | iaea | The International Atomic Energy Agency, whose inspectors last visited the Serah site in June | declined to comment on intelligence matters | - | resp=declined
Its director general, Helena Marchetti, told the agency's board in September that inspectors had been refused access to "several locations of interest" since the summer.
  > named_official | marchetti | Its director general, Helena Marchetti | told the agency's board in September | >
Qorvan has not declared the Serah tunnels to the agency as a nuclear facility.
A diplomat accredited to the agency in Vienna said Western members of its board were drafting a resolution to censure Qorvan at the board's meeting next month.
  > anonymous_official | vienna-diplomat | A diplomat accredited to the agency in Vienna | said | >

Rafael Domingo, a former IAEA inspector who now teaches at the University of Leuven, said the tunnels were deep enough to withstand most conventional bombs.
  > named_person | domingo | Rafael Domingo, a former IAEA inspector who now teaches at the University of Leuven | said | >
"Once the machines are under 80 metres of rock, the military option largely disappears," he said.
  > named_person | domingo | he | said | <
"That is exactly why they moved them."
  > named_person | domingo | Rafael Domingo | - | *

The German daily Nordkurier reported in September that Qorvan had begun building a second access road to the site.
  > media_report | nordkurier | The German daily Nordkurier | reported in September | >
Qorvan wants the United States and Europe to lift oil sanctions before it will discuss limits on enrichment.
  > named_organization | qorvan | Qorvan | wants | the United States and Europe to lift oil sanctions before it will discuss limits on enrichment | nosrc
Talks between the two sides, mediated by Velmark, broke off in August.
Velmark's foreign minister, Ottilie Brandvold, said on Friday that she would travel to Qorvan's capital, Shirvan, next week "to keep a door open."
  > named_official | brandvold | Velmark's foreign minister, Ottilie Brandvold | said on Friday | >

@excluded
Reporting by Anja Koller in Vienna and Samir Haddadi in Geneva; Editing by Paul Dunmore
Our Standards: The Trans-Oceanic Press Trust Principles.
© 2025 Trans-Oceanic Press. All rights reserved.
''')

ARTICLES.append(r'''
@id bg-ridgeford-halvorsen-radar-export-search
@style radar_amplifier_export_search_local_daily
Federal agents search Ridgeford radar plant; company says it is cooperating
  > named_organization | halvorsen | company | says | it is cooperating

RIDGEFORD, Pa. -- Federal agents spent nine hours on Tuesday inside the Halvorsen Microwave plant on Canal Street and carried out boxes of files and at least a dozen computers, according to employees and neighbors who watched from across the street.
  > anonymous_other | watchers | employees and neighbors who watched from across the street | according to | <
The search is part of an investigation into whether the company shipped radar amplifiers to a buyer in Karsova in violation of export controls, said two people familiar with the investigation.
  > anonymous_familiar | familiar | two people familiar with the investigation | said | <
The Commerce Department's export enforcement office and Homeland Security Investigations are leading the inquiry, one of the people said.
  > anonymous_familiar | familiar | one of the people | said | <

Halvorsen, which employs about 310 people in Ridgeford, said in a statement that it was "cooperating fully" with the government and that "no one at the company has been charged with any wrongdoing."
  > named_organization | halvorsen | Halvorsen, which employs about 310 people in Ridgeford | said in a statement | >
The company's president, Gregory Halvorsen, whose grandfather founded the business in 1961, did not return calls to his office and cellphone.
  > declined_comment | g-halvorsen | The company's president, Gregory Halvorsen, whose grandfather founded the business in 1961 | did not return calls to his office and cellphone | - | resp=no_response
A spokeswoman for the U.S. Attorney's Office in Harrisburg said she could neither confirm nor deny that an investigation exists.
  > declined_comment | usao | A spokeswoman for the U.S. Attorney's Office in Harrisburg | could neither confirm nor deny | - | resp=declined

Halvorsen makes amplifiers used in weather radar, air-traffic control systems and, under contracts with the Army, mobile air-defense radar units.
Some of its products require a federal license to be exported, according to the Commerce Department's Commerce Control List.
  > document | ccl | the Commerce Department's Commerce Control List | according to | <
Customs records compiled by the trade data firm PortLedger show that Halvorsen sent 14 shipments to a freight forwarder in Istavan, which borders Karsova, between 2022 and 2024.
  > document | customs-records | Customs records compiled by the trade data firm PortLedger | show | >
The records do not show what was in the crates.
Karsova has been under a U.S. arms embargo since 2021.
A former Halvorsen engineer, who asked not to be named because he still works in the industry, said managers had pushed in 2023 to fill a large order from Istavan before the end of the fiscal year.
  > anonymous_official | ex-engineer | A former Halvorsen engineer | said | > | anon=who asked not to be named because he still works in the industry
"Nobody asked where it was really going," he said.
  > anonymous_official | ex-engineer | he | said | <

At the Canal Street Diner, across from the plant's loading dock, owner Patty Scanlon said she counted five unmarked SUVs and a box truck.
  > named_person | scanlon | owner Patty Scanlon | said | >
"Everybody in this town knows somebody who works there," she said.
  > named_person | scanlon | she | said | <
Dale Ruiz, who coaches the Ridgeford High wrestling team and has wired amplifier boards at Halvorsen for 22 years, said workers had been told to stay home on Wednesday with pay.
  > named_person | ruiz | Dale Ruiz, who coaches the Ridgeford High wrestling team and has wired amplifier boards at Halvorsen for 22 years | said | >
Ruiz said he was not worried about his job, "not yet."
  > named_person | ruiz | Ruiz | said | >

State Rep. Karen Obuya, whose district includes Ridgeford, said she had asked the Commerce Department for a briefing.
  > named_official | obuya | State Rep. Karen Obuya, whose district includes Ridgeford | said | >
The Sentinel reported in 2023 that Halvorsen had received a $2.1 million state grant to expand the plant.
  > media_report | sentinel | The Sentinel | reported in 2023 | >
The company had hoped to add 80 jobs by 2026, according to its grant application.
  > document | grant-app | its grant application | according to | <
Halvorsen plans to reopen the plant on Thursday.
  > named_organization | halvorsen | Halvorsen | plans | to reopen the plant on Thursday | nosrc

@excluded
Have a news tip? Email the Sentinel newsroom at tips@ridgefordsentinel.com.
Subscribe to the Sentinel for $1 a week.
Comments are moderated and may take up to 24 hours to appear.
© 2025 The Ridgeford Sentinel
''')

ARTICLES.append(r'''
@id bg-cascade-valley-veterans-portal-breach
@style veterans_clinic_portal_breach_tv_web
7 Investigates: Hackers stole records of 48,000 veterans from clinic contractor, letters show
  > document | letters | letters | show | Hackers stole records of 48,000 veterans from clinic contractor

BRAYTON, Ore. -- Hackers broke into the contractor that runs the online patient portal for the Cascade Valley Veterans Clinic and stole the names, Social Security numbers and medical histories of about 48,000 veterans, according to notification letters the contractor began mailing this week.
  > document | letters | notification letters the contractor began mailing this week | according to | <
The contractor, Medlinx Health Systems of Boise, said the intruders got in on Aug. 19 using a password stolen from one of its employees.
  > named_organization | medlinx | The contractor, Medlinx Health Systems of Boise | said | >
Medlinx did not discover the breach until Oct. 2, the letters say.
  > document | letters | the letters | say | <
Medlinx has not named the employee whose password was stolen.

A Brayton veteran who received one of the letters on Monday said he had to read it twice before he understood what it meant.
  > named_person | hale | A Brayton veteran who received one of the letters on Monday | said | >
"I served 20 years and they couldn't keep my file safe for two months," said the veteran, retired Army medic Curtis Hale, 61.
  > named_person | hale | the veteran, retired Army medic Curtis Hale, 61 | said | <
Hale said he has since frozen his credit with all three bureaus.
  > named_person | hale | Hale | said | >

The Department of Veterans Affairs said in a statement that the clinic's own systems were not affected and that veterans' benefits "will not be interrupted."
  > named_organization | va | The Department of Veterans Affairs | said in a statement | >
The department is offering affected veterans two years of free credit monitoring, the statement said.
  > named_organization | va | the statement | said | <
Two VA officials, who were not authorized to speak publicly, told 7 Investigates that the department had warned Medlinx in a 2023 audit about weak password rules.
  > anonymous_official | va-officials | Two VA officials | told 7 Investigates | > | anon=who were not authorized to speak publicly
The audit, which the station obtained through a Freedom of Information Act request, found that Medlinx did not require multifactor authentication for employees working from home.
  > document | audit | The audit, which the station obtained through a Freedom of Information Act request | found | >
Medlinx chief executive Warren Tafoya declined an interview request.
  > declined_comment | tafoya | Medlinx chief executive Warren Tafoya | declined an interview request | - | resp=declined
In an emailed statement, a company spokesman said Medlinx had "since strengthened access controls across all client systems" and was working with the FBI.
  > named_organization | medlinx | a company spokesman | said | >
The FBI's Portland field office would not confirm whether it was investigating.
  > declined_comment | fbi | The FBI's Portland field office | would not confirm whether it was investigating | - | resp=declined

A ransomware group calling itself Black Lantern claimed responsibility for the attack on its leak site last month and posted what it said were samples of the stolen files.
  > named_organization | black-lantern | A ransomware group calling itself Black Lantern | claimed | responsibility for the attack
7 Investigates has not been able to verify that the files are genuine.
Brett Sandoval, a cybersecurity consultant in Portland who reviewed the samples at the station's request, said they appeared to include scanned intake forms listing veterans' diagnoses.
  > named_person | sandoval | Brett Sandoval, a cybersecurity consultant in Portland who reviewed the samples at the station's request | said | >
"This is the kind of data you can't change like a credit card number," Sandoval said.
  > named_person | sandoval | Sandoval | said | <
"Once your PTSD diagnosis is out there, it's out there."
  > named_person | sandoval | Brett Sandoval | - | *

U.S. Sen. Maria Delgado of Oregon said Wednesday that she would ask the VA's inspector general to review how the department oversees its contractors.
  > named_official | delgado | U.S. Sen. Maria Delgado of Oregon | said Wednesday | >
Some veterans said on social media that they had not yet received a letter.
  > anonymous_other | vets-online | Some veterans | said on social media | >
Medlinx says all letters will be mailed by Nov. 15.
  > named_organization | medlinx | Medlinx | says | >

@excluded
Download the KTRV 7 News app for breaking news alerts.
Have a tip for 7 Investigates? Call our tip line.
Copyright 2025 KTRV. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
''')

ARTICLES.append(r'''
@id bg-lavrenia-ambassador-recall-recording
@style ambassador_recall_leaked_call_public_radio
Why Lavrenia recalled its ambassador over a leaked phone call

HOST (DANIEL ABERNATHY): Lavrenia has recalled its ambassador to Ostmark after a recording of him insulting Ostmark's prime minister appeared online.
Our diplomatic correspondent, Priya Nandakumar, has been following the story.
Priya, what is on the recording?

PRIYA NANDAKUMAR: It's about four minutes long, Daniel.
On it, the ambassador, Teodor Mircea, tells an unidentified caller that Ostmark's prime minister is "a weathervane who would sell us the harbor for a photograph."
  > named_official | mircea | the ambassador, Teodor Mircea | tells an unidentified caller | >
Lavrenia's Foreign Ministry hasn't disputed that it's his voice.
And two Lavrenian officials, who spoke on condition of anonymity because they weren't authorized to discuss personnel matters, told me the ministry had confirmed internally that the voice was his.
  > anonymous_official | lav-officials | two Lavrenian officials | told me | > | anon=who spoke on condition of anonymity because they weren't authorized to discuss personnel matters

ABERNATHY: Who leaked it?
NANDAKUMAR: Nobody knows for sure.
The Ostmark tabloid Der Abendblick, which published the recording on Sunday, reported that it was made at a restaurant in Kessvik in September.
  > media_report | abendblick | The Ostmark tabloid Der Abendblick, which published the recording on Sunday | reported | >
Lavrenia's foreign minister, Ilinca Popa, said on Tuesday that the leak was "the product of an intelligence operation against a friendly country."
  > named_official | popa | Lavrenia's foreign minister, Ilinca Popa | said on Tuesday | >
Here she is.

ILINCA POPA (through an interpreter): Someone recorded a private conversation of our ambassador and then chose the moment to publish it.
  > named_official | popa | ILINCA POPA | : | >
We will not pretend that we don't know who benefits.
  > named_official | popa | ILINCA POPA | - | *

NANDAKUMAR: Ostmark's government says it had nothing to do with the leak.
  > named_organization | ost-gov | Ostmark's government | says | >
A spokesman for Prime Minister Henrik Vaal told me the prime minister has "a thick skin" and considers the matter closed.
  > named_organization | vaal-office | A spokesman for Prime Minister Henrik Vaal | told me | >

ABERNATHY: Does this change anything between the two countries?
NANDAKUMAR: It might.
The two governments were due to sign an agreement next month letting Lavrenian navy ships use the port of Haldersund.
Diplomats in both capitals now expect the signing to slip into next year.
  > anonymous_official | diplomats | Diplomats in both capitals | expect | >
And in Ostmark's parliament, opposition leader Greta Sundqvist has demanded that the agreement be scrapped.
  > named_official | sundqvist | opposition leader Greta Sundqvist | has demanded | >

GRETA SUNDQVIST: If their ambassador thinks we can be bought for a photograph, then we should show him that we can't.
  > named_official | sundqvist | GRETA SUNDQVIST | : | >

NANDAKUMAR: Ambassador Mircea flew home on Wednesday.
He didn't answer my messages.
  > declined_comment | mircea | He | didn't answer my messages | - | resp=no_response
Sorin Dumitrescu, who was Lavrenia's ambassador to Ostmark until 2019, told me he expects the recall to end quietly, with a new ambassador by spring.
  > named_person | dumitrescu | Sorin Dumitrescu, who was Lavrenia's ambassador to Ostmark until 2019 | told me | >
"Nobody will say it out loud, but Teodor's career is over," he said.
  > named_person | dumitrescu | he | said | <

ABERNATHY: Priya Nandakumar, thank you.
NANDAKUMAR: Thank you, Daniel.

@excluded
This transcript was created on a rush deadline and may not be in its final form.
Support Northern Public Radio: become a sustaining member today.
Copyright © 2025 Northern Public Radio. All rights reserved.
''')

ARTICLES.append(r'''
@id bg-vessaly-orchid-spyware-hearing-live
@style spyware_contract_oversight_hearing_liveblog
Live: Intelligence chief questioned over Orchid spyware contract

09:02
The Assembly's oversight committee has opened its hearing into the National Security Directorate's purchase of Orchid spyware.
The directorate's director, Mirela Vasko, is due to testify first.
Yesterday, this newspaper reported that the directorate had used the spyware against at least three journalists and an opposition lawmaker.
  > media_report | courier | this newspaper | reported | >

09:18
Vasko told the committee that every use of the software had been approved by a judge.
  > named_official | vasko | Vasko | told the committee | >
"Not a single phone in this country was entered without a warrant," she said.
  > named_official | vasko | she | said | <
She declined to say how many warrants had been issued, citing national security.
  > declined_comment | vasko | She | declined to say how many warrants had been issued | - | resp=declined

09:41
Committee chair Anton Berisha, of the opposition Civic Union, read from an internal directorate email dated March 2023, which he said had been sent to him anonymously.
  > named_official | berisha | he | said | which ;; had been sent to him anonymously
The email says the directorate should "prioritise" phones belonging to "hostile media."
  > document | email | The email | says | >
Vasko said she had never seen the email and could not vouch for its authenticity.
  > named_official | vasko | Vasko | said | >

10:05
Orchid Intelligence, the Malta-registered company that sells the spyware, said in a statement that it sells only to governments, "for the sole purpose of fighting serious crime and terrorism."
  > named_organization | orchid | Orchid Intelligence, the Malta-registered company that sells the spyware | said in a statement | >
The company said it had opened a review of its Vessalian contract.
  > named_organization | orchid | The company | said | >
Orchid's chief executive, Eitan Marom, was invited to appear but did not testify.
Marom could not be reached for comment.
  > declined_comment | marom | Marom | could not be reached for comment | - | resp=unreachable

10:30
Two members of the committee told the Courier during a break that the directorate had refused to hand over the contract itself, even in closed session.
  > anonymous_official | committee-members | Two members of the committee | told the Courier during a break | >
The contract is worth about €11 million, according to budget documents published last year.
  > document | budget-docs | budget documents published last year | according to | <

11:12
Lidija Marković, one of the journalists whose phones were infected, is watching from the public gallery.
"I want to know who read my messages with my sources," she told the Courier outside the chamber.
  > named_person | markovic | she | told the Courier outside the chamber | <
The Digital Rights Lab at Kessin University said in a report in May that it had found traces of Orchid's spyware on her phone dating back to January 2023.
  > named_organization | drl | The Digital Rights Lab at Kessin University | said in a report in May | >

11:40
Prime Minister Dragan Holub, speaking to reporters at a summit in Brussels, said he had "full confidence" in Vasko.
  > named_official | holub | Prime Minister Dragan Holub | said | >
Some lawmakers in his own coalition have privately questioned whether Vasko can survive the week.
  > anonymous_official | coalition-lawmakers | Some lawmakers in his own coalition | have privately questioned | whether Vasko can survive the week
One coalition lawmaker, who asked not to be named because party leaders had told members not to comment, said at least six coalition deputies would back a motion to suspend her.
  > anonymous_official | coalition-lawmaker | One coalition lawmaker | said | > | anon=who asked not to be named because party leaders had told members not to comment

12:05
The hearing has broken for lunch.
Vasko's office did not respond to our questions about the March 2023 email.
  > declined_comment | vasko-office | Vasko's office | did not respond to our questions about the March 2023 email | - | resp=no_response
The directorate wants the rest of the hearing held behind closed doors.
  > named_organization | directorate | The directorate | wants | the rest of the hearing held behind closed doors | nosrc
Berisha said the committee would vote on that request at 2 p.m.
  > named_official | berisha | Berisha | said | >

@excluded
This live blog has ended. Follow our full coverage of the Orchid affair.
Comments on this live blog are closed.
© 2025 The Republic Courier
''')

ARTICLES.append(r'''
@id bg-rheland-trackwise-fine-commissioner-interview
@style location_data_broker_fine_commissioner_qa
Rheland's privacy chief says Trackwise "sold where people slept"
  > named_official | solheim | Rheland's privacy chief | says | Trackwise "sold where people slept"

Rheland's Data Protection Authority last week fined Trackwise, a Danvik-based broker of smartphone location data, €38 million for selling the movements of about 2.3 million people without their consent.
The authority's decision, published Thursday, found that the data could be used to identify people who visited military bases, clinics and places of worship.
  > document | decision | The authority's decision, published Thursday | found | >
Trackwise said it would appeal and called the fine "disproportionate."
  > named_organization | trackwise | Trackwise | said | it would appeal
  > named_organization | trackwise | Trackwise | called | the fine "disproportionate."
We spoke with the data protection commissioner, Ingrid Solheim-Baptiste, in her office in Vellstad.
The interview has been edited and condensed.

Q: Your decision says Trackwise sold data showing which phones spent their nights at Harnes air base.
  > document | decision | Your decision | says | >
How did you find out?
SOLHEIM-BAPTISTE: A journalist bought a sample and sent it to us.
  > named_official | solheim | SOLHEIM-BAPTISTE | : | >
It took our analysts about an afternoon to find the homes of pilots.
  > named_official | solheim | SOLHEIM-BAPTISTE | - | *

Q: The Defence Ministry has said that no operational information was exposed.
  > named_organization | defmin | The Defence Ministry | has said | >
Do you agree?
SOLHEIM-BAPTISTE: I'm not going to comment on what the ministry knows or doesn't know.
  > declined_comment | solheim | SOLHEIM-BAPTISTE | not going to comment on what the ministry knows or doesn't know | - | resp=declined
What I can say is that nobody had to hack anything.
  > named_official | solheim | SOLHEIM-BAPTISTE | - | *
It was for sale.
  > named_official | solheim | SOLHEIM-BAPTISTE | - | *

Q: Trackwise's chief executive, Oskar Lindahl, told a business newspaper this week that the fine will put the company out of business.
  > named_official | lindahl | Trackwise's chief executive, Oskar Lindahl | told a business newspaper this week | >
SOLHEIM-BAPTISTE: The law has been in force for seven years.
  > named_official | solheim | SOLHEIM-BAPTISTE | : | >
Nobody in this industry can say they didn't know.
  > named_official | solheim | SOLHEIM-BAPTISTE | - | *

Q: Are other brokers under investigation?
SOLHEIM-BAPTISTE: We have open cases, yes.
  > named_official | solheim | SOLHEIM-BAPTISTE | : | >
I won't name them.
  > declined_comment | solheim | SOLHEIM-BAPTISTE | won't name them | - | resp=declined

Q: People familiar with your agency's budget say you have four people working on data brokers.
  > anonymous_familiar | budget-familiar | People familiar with your agency's budget | say | >
Is that enough?
SOLHEIM-BAPTISTE: Four is the number, and no, it is not enough.
  > named_official | solheim | SOLHEIM-BAPTISTE | : | >
I have asked parliament for twelve more.
  > named_official | solheim | SOLHEIM-BAPTISTE | - | *

After the interview, a spokesman for the Defence Ministry said the ministry had "reviewed the matter" and "taken appropriate steps," but would not say what those steps were.
  > named_organization | defmin | a spokesman for the Defence Ministry | said | the ministry had "reviewed the matter" and "taken appropriate steps,"
  > declined_comment | defmin | a spokesman for the Defence Ministry | would not say what those steps were | - | resp=declined
Trackwise did not respond to a request to interview Lindahl.
  > declined_comment | trackwise | Trackwise | did not respond to a request to interview Lindahl | - | resp=no_response

@excluded
This interview is part of our series on the regulators of the digital economy.
Sign up for Privacy Ledger, our weekly newsletter on data and power.
Share this interview
''')

ARTICLES.append(r'''
@id bg-arsenal-dispatch-halmark-engine-veto
@style tank_engine_export_veto_defence_newsletter
The Arsenal Dispatch: Brevania blocks tank engines for Osmara, and a €1.9 billion deal stalls

Good morning.
This is The Arsenal Dispatch, your Tuesday briefing on the business of defence.

THE BIG ONE
Brevania's export control board has refused to license the sale of 140 diesel engines made by Halmark Motorenwerk for a tank program in Osmara, according to a letter from the board to the company seen by the Dispatch.
  > document | letter | a letter from the board to the company seen by the Dispatch | according to | <
The letter, dated Nov. 3, cites "the risk of use in internal repression" and the fighting between Osmara's army and separatists in its eastern provinces.
  > document | letter | The letter, dated Nov. 3 | cites | >
Without the engines, the Osmaran army's order for 140 Jaguar-2 tanks from Corvin Defence Systems cannot go ahead, two executives involved in the program said.
  > anonymous_official | executives | two executives involved in the program | said | <
Halmark said in a brief statement that it "respects the decision of the authorities" and would not comment further.
  > named_organization | halmark | Halmark | said in a brief statement | that it "respects the decision of the authorities"
  > declined_comment | halmark | Halmark | would not comment further | - | resp=declined
Corvin did not respond to our emails.
  > declined_comment | corvin | Corvin | did not respond to our emails | - | resp=no_response

WHAT THEY'RE SAYING
Osmara's defence minister, Gen. Kasim Orhan, said at a press conference on Monday that his country would "find other engines, and other friends."
  > named_official | orhan | Osmara's defence minister, Gen. Kasim Orhan | said at a press conference on Monday | >
Brevania's economy minister, Petra Lindgaard, told the broadcaster BTV that the board had acted independently.
  > named_official | lindgaard | Brevania's economy minister, Petra Lindgaard | told the broadcaster BTV | >
A senior Brevanian official, who spoke on condition of anonymity to describe internal deliberations, told the Dispatch that the government had asked the board to hold its decision until after the Osmaran president's state visit in October.
  > anonymous_official | brev-official | A senior Brevanian official | told the Dispatch | > | anon=who spoke on condition of anonymity to describe internal deliberations
Industry analysts expect Osmara to look for engines from Tarvik Heavy Industries, which has supplied its army trucks since 2015.
  > anonymous_other | analysts | Industry analysts | expect | >

BY THE NUMBERS
€1.9 billion: the value of the tank contract, according to Osmara's 2025 defence budget.
  > document | budget | Osmara's 2025 defence budget | according to | <
31: export licences Brevania's board has refused this year, up from 9 in 2023, board data show.
  > document | board-data | board data | show | <

PAPER TRAIL
Defense Weekly Review reported last month that Corvin had quietly tested the Jaguar-2 with an engine from a second supplier.
  > media_report | dwr | Defense Weekly Review | reported last month | >
Two people familiar with those tests told us the substitute engine overheated in desert trials.
  > anonymous_familiar | tests-familiar | Two people familiar with those tests | told us | >

ALSO ON OUR RADAR
Vestmark's parliament approved a 12 percent increase in military spending on Thursday.
Its defence minister, Jonas Ekdahl, wants the money spent on air defence first.
  > named_official | ekdahl | Its defence minister, Jonas Ekdahl | wants | the money spent on air defence first | nosrc
The drone maker Skylark Aero has hired Lena Brask, a former deputy head of Vestmark's procurement agency, to run its government sales, the company said.
  > named_organization | skylark | the company | said | <

@excluded
That's it for this week. See you next Tuesday.
Forwarded this email? Sign up for The Arsenal Dispatch here.
Got a tip? Reply to this email; we read everything.
Unsubscribe | Manage preferences
© 2025 Arsenal Media Ltd.
''')

ARTICLES.append(r'''
@id bg-drevnia-cipher-clerk-defector-feature
@style cipher_clerk_defection_magazine_feature
The Clerk Who Walked Out: how a Drevnian code clerk crossed a border with a hard drive in his sock

He says he brought out the keys to his country's diplomatic codes.
  > named_person | ostrek | He | says | >
Drevnia says he is a thief and a fantasist.
  > named_organization | drevnia-fm | Drevnia | says | >

On a wet night in February last year, a cipher clerk at Drevnia's embassy in Maravel walked out of his apartment with a two-terabyte hard drive taped inside his sock, he told me.
  > named_person | ostrek | he | told me | <
Six hours later, he says, he crossed into Vestmark on foot through a birch forest.
  > named_person | ostrek | he#1 | says | Six hours later ;; he crossed into Vestmark on foot through a birch forest
His name is Pavel Ostrek, and he has lived since then under police protection in a flat whose location I agreed not to disclose.
Ostrek says the drive held the key tables for Drevnia's diplomatic cipher system for 2022 and 2023, along with a list of the embassy's intelligence officers.
  > named_person | ostrek | Ostrek | says | >
If that is true, it is one of the most serious intelligence losses Drevnia has suffered since the Cold War, three former Western intelligence officers told me.
  > anonymous_official | ex-officers | three former Western intelligence officers | told me | <
"Cipher material is the crown jewels," one of them said.
  > anonymous_official | ex-officers | one of them | said | <
"You can read everything they sent, going back years, if you kept the traffic."
  > anonymous_official | ex-officers | one of them | - | *

Drevnia's version is different.
Its Foreign Ministry says Ostrek was a junior clerk with no access to cipher keys who stole €40,000 from the embassy's cash safe before he disappeared.
  > named_organization | drevnia-fm | Its Foreign Ministry | says | >
A Drevnian court convicted him of theft in absentia in September and sentenced him to nine years, court records show.
  > document | court-records | court records | show | <
Drevnia's embassy in Vestmark declined to make anyone available for an interview and referred me to the ministry's statements.
  > declined_comment | drevnia-embassy | Drevnia's embassy in Vestmark | declined to make anyone available for an interview | - | resp=declined

Vestmark's security service, the SVT, has never publicly acknowledged that Ostrek is in the country.
But two Vestmark officials, who spoke on condition of anonymity because they were not permitted to discuss intelligence matters, said the SVT had debriefed him for more than three months.
  > anonymous_official | vest-officials | two Vestmark officials | said | > | anon=who spoke on condition of anonymity because they were not permitted to discuss intelligence matters
One of them said the hard drive had been "partly readable" and that the service had shared some of its contents with allies.
  > anonymous_official | vest-officials | One of them | said | >
A person briefed on the debriefing described Ostrek as "credible on the things he saw, less credible on the things he heard."
  > anonymous_familiar | briefed | A person briefed on the debriefing | described | Ostrek as "credible on the things he saw, less credible on the things he heard."

I met Ostrek three times over the summer.
He is thin, speaks careful textbook English and smokes one cigarette after another.
He said he left because his superiors had begun reading the private messages of embassy staff.
  > named_person | ostrek | He | said | >
"They were looking for traitors, and after a while I thought, why not become one?" he said.
  > named_person | ostrek | he | said | <
His wife, Irina, stayed behind in Drevnia with their daughter.
She has told Drevnian state television that her husband "betrayed his family before he betrayed his country."
  > named_person | irina | She | has told Drevnian state television | >
Ostrek says she was made to say it.
  > named_person | ostrek | Ostrek | says | >

Some in Vestmark's intelligence community worry that his public profile will make it harder to protect the next defector.
  > anonymous_official | intel-community | Some in Vestmark's intelligence community | worry | >
Speaking to reporters against the SVT's advice has made him easier to find, said Hanne Vik, a former SVT analyst who now writes about intelligence.
  > named_person | vik | Hanne Vik, a former SVT analyst who now writes about intelligence | said | <
In September, the Vestmark daily Morgenposten reported that a Drevnian man had been arrested near Ostrek's building carrying a camera and a printed photograph of him.
  > media_report | morgenposten | the Vestmark daily Morgenposten | reported | >
Vestmark police declined to confirm the arrest.
  > declined_comment | police | Vestmark police | declined to confirm the arrest | - | resp=declined
When I asked Ostrek whether he regretted leaving, he was quiet for a long time.
"I regret that I waited so long," he said finally.
  > named_person | ostrek | he | said finally | <

@excluded
This article appears in the March issue of The Long View.
Photographs by Elin Sande for The Long View.
Enjoyed this story? Give a subscription to a friend.
''')

ARTICLES.append(r'''
@id bg-helion-ku-band-jamming-itu-complaint
@style satellite_downlink_jamming_complaint_trade_pub
Helion says jamming from Karsova knocked out maritime data links; ITU complaint filed
  > named_organization | helion | Helion | says | jamming from Karsova knocked out maritime data links

Helion Orbital, the Luxembourg-based operator of seven geostationary communications satellites, has filed a formal complaint of harmful interference with the International Telecommunication Union, alleging that signals from at least two sites in Karsova jammed its Ku-band downlinks over the Sea of Orm for 19 days in September.
  > named_organization | helion | Helion Orbital, the Luxembourg-based operator of seven geostationary communications satellites | alleging | >
The complaint, filed through Luxembourg's telecom regulator and reviewed by SatOps Report, says the jamming disrupted a maritime data service used by about 1,100 ships and knocked two regional TV channels off the air.
  > document | complaint | The complaint, filed through Luxembourg's telecom regulator and reviewed by SatOps Report | says | >
A geolocation analysis attached to the complaint places the interfering emitters near the Karsovan naval base at Dravik and at an air-defense site 40 kilometers to the east.
  > document | geolocation | A geolocation analysis attached to the complaint | places | >

Karsova's communications ministry did not respond to a request for comment sent to its press office.
  > declined_comment | karsova-comms | Karsova's communications ministry | did not respond to a request for comment sent to its press office | - | resp=no_response
Karsova has previously denied jamming civilian satellites, saying its military "conducts routine electronic exercises in accordance with international law."
  > named_organization | karsova-gov | Karsova | has previously denied | jamming civilian satellites
  > named_organization | karsova-gov | Karsova | saying | its military "conducts routine electronic exercises in accordance with international law."

Interference complaints to the ITU have climbed sharply.
The union's Radiocommunication Bureau logged 214 reports of harmful interference affecting satellites in 2024, up from 61 in 2021, according to figures presented at a bureau workshop in June.
  > document | itu-figures | figures presented at a bureau workshop in June | according to | <
The ITU has no power to sanction a member state; it can only urge the parties to settle the dispute.
A bureau spokeswoman said the ITU does not comment on individual cases.
  > named_organization | itu | A bureau spokeswoman | said | >

Helion's chief technology officer, Mathilde Roux, said engineers had restored the maritime service within hours by moving users to a different transponder, but that the workaround cut capacity in half.
  > named_official | roux | Helion's chief technology officer, Mathilde Roux | said | >
"Every hour we spend dodging jammers is an hour we aren't selling," she said.
  > named_official | roux | she | said | <
Roux declined to estimate the lost revenue.
  > declined_comment | roux | Roux | declined to estimate the lost revenue | - | resp=declined
Two shipping companies that use the service, Nordstrand Lines and Pelagos Tankers, confirmed the outages.
  > named_organization | shippers | Two shipping companies that use the service, Nordstrand Lines and Pelagos Tankers | confirmed | the outages
Pelagos's fleet operations manager, Dimitris Kallas, said one of its tankers lost weather and routing data for most of two days.
  > named_official | kallas | Pelagos's fleet operations manager, Dimitris Kallas | said | >

Engineers at three other satellite operators, who asked not to be named because they did not want to draw the jammers' attention to their networks, said they had stopped reporting jamming to the ITU because nothing came of it.
  > anonymous_official | operator-engineers | Engineers at three other satellite operators | said | > | anon=who asked not to be named because they did not want to draw the jammers' attention to their networks
A European Commission official said the Commission had raised the jamming with Karsova's ambassador in Brussels.
  > anonymous_official | ec-official | A European Commission official | said | >
The complaint is unlikely to change Karsova's behavior but could support future claims for damages, said Cyrus Maalouf, a spectrum lawyer at the Geneva firm Aubert & Maalouf.
  > named_person | maalouf | Cyrus Maalouf, a spectrum lawyer at the Geneva firm Aubert & Maalouf | said | <
"It's building a paper trail," he said.
  > named_person | maalouf | he | said | <
SatOps Report first reported the jamming in its Sept. 12 issue.
  > media_report | satops | SatOps Report | first reported | the jamming
Helion plans to launch two satellites with steerable, jam-resistant antennas in 2027.
  > named_organization | helion | Helion | plans | to launch two satellites with steerable, jam-resistant antennas in 2027 | nosrc

@excluded
SatOps Report is a publication of Keplerian Media Group.
Subscribers can download the full complaint from our Documents library.
To reprint this article, contact permissions@satopsreport.com.
''')

ARTICLES.append(r'''
@id bg-thornbury-drone-lab-halvan-partnership
@style drone_swarm_lab_foreign_partner_student_paper
Drone lab halts work with Halvan university after Defense Department review, email shows
  > document | email | email | shows | Drone lab halts work with Halvan university after Defense Department review

Thornbury's Autonomous Systems Lab has suspended all joint research with Halvan Polytechnic University after the Department of Defense questioned the partnership, according to an email the lab's director sent to students and staff on Oct. 28.
  > document | email | an email the lab's director sent to students and staff on Oct. 28 | according to | <
"Effective immediately, no lab data, code or hardware is to be shared with HPU colleagues," the director, professor Lianne Okafor, wrote in the email, which was obtained by The Clarion.
  > named_official | okafor | the director, professor Lianne Okafor | wrote | <
The lab receives about $6.2 million a year from the Defense Department for research on swarms of small drones that coordinate without a human pilot, according to university financial records.
  > document | fin-records | university financial records | according to | <

Okafor declined to be interviewed and referred questions to the university's communications office.
  > declined_comment | okafor | Okafor | declined to be interviewed | - | resp=declined
In a statement, university spokesperson Derek Fahey said Thornbury was "reviewing all international research agreements to ensure compliance with federal requirements."
  > named_official | fahey | university spokesperson Derek Fahey | said | >
Fahey did not answer questions about whether the Defense Department had threatened to cut the lab's funding.
  > declined_comment | fahey | Fahey | did not answer questions about whether the Defense Department had threatened to cut the lab's funding | - | resp=no_response

Two graduate students in the lab, who asked not to be named because they feared for their visas, said a Defense Department program manager visited the lab in early October and asked for a list of everyone with access to its servers.
  > anonymous_other | grad-students | Two graduate students in the lab | said | > | anon=who asked not to be named because they feared for their visas
One of them, a Halvan citizen, said three of the lab's 19 graduate researchers are from Halvan.
  > anonymous_other | grad-students | One of them, a Halvan citizen | said | >
"We don't even know what we're accused of," the student said.
  > anonymous_other | grad-students | the student | said | < | count=1
A Defense Department spokesman, Aaron Whitby, said the department "routinely reviews" the research it funds for risks of foreign influence, but he did not comment on Thornbury specifically.
  > named_official | whitby | A Defense Department spokesman, Aaron Whitby | said | the department "routinely reviews" the research it funds for risks of foreign influence
  > declined_comment | whitby | he | did not comment on Thornbury specifically | - | resp=declined
Halvan Polytechnic is on the Commerce Department's Entity List, which restricts exports of U.S. technology to it, according to the Federal Register.
  > document | fed-register | the Federal Register | according to | <
The Clarion reported in April that Okafor had co-written four papers with Halvan researchers since 2021.
  > media_report | clarion | The Clarion | reported in April | >

Student Government President Maya Castellanos said the student senate would vote next week on a resolution asking the administration to protect international students in the lab.
  > named_official | castellanos | Student Government President Maya Castellanos | said | >
"International students shouldn't be collateral damage in a fight between governments," she said.
  > named_official | castellanos | she | said | <
Some faculty members have criticized the university for keeping the review secret.
  > anonymous_other | faculty | Some faculty members | have criticized | the university for keeping the review secret
Robert Ingersoll, a history professor who chairs the Faculty Senate's academic freedom committee, said he had asked Provost Sandra Lim for a briefing and had not heard back.
  > named_official | ingersoll | Robert Ingersoll, a history professor who chairs the Faculty Senate's academic freedom committee | said | >
Lim's office did not respond to The Clarion's request for comment by press time.
  > declined_comment | lim-office | Lim's office | did not respond to The Clarion's request for comment by press time | - | resp=no_response
The lab plans to hold a town hall for its members on Nov. 14.
  > named_organization | lab | The lab | plans | to hold a town hall for its members on Nov. 14 | nosrc

@excluded
The Thornbury Clarion is the independent student newspaper of Thornbury University.
Want to write for The Clarion? Email recruitment@thornburyclarion.com.
Leave a comment
Your email address will not be published. Required fields are marked *
''')

ARTICLES.append(r'''
@id bg-lumo-messaging-app-ban-explainer
@style foreign_messaging_app_ban_explainer
What the Lumo ban means for you: an explainer

The Commerce Department on Friday ordered app stores to stop offering Lumo, a messaging app with about 31 million American users, by Jan. 15.
Here is what we know, and what we don't.

Why is the government banning Lumo?
In its order, the department said Lumo's owner, the Zhelanese company Fenghuo Digital, could be forced under Zhelan's national intelligence law to hand over users' messages and contacts.
  > named_organization | commerce | the department | said | >
The order says the department's findings rest partly on a classified annex.
  > document | order | The order | says | >
Commerce Secretary Naomi Greer said at a news conference that the risk was "not hypothetical."
  > named_official | greer | Commerce Secretary Naomi Greer | said at a news conference | >
U.S. officials have told lawmakers in closed briefings that Zhelanese intelligence obtained the contact lists of at least 200 federal employees through the app, according to two congressional aides who attended.
  > anonymous_official | aides | two congressional aides who attended | according to | <
That claim could not be independently verified.

What does Fenghuo say?
Fenghuo said in a statement that it has "never shared and would never share" user data with any government and that it would challenge the order in court.
  > named_organization | fenghuo | Fenghuo | said in a statement | >
The company said last year that it stores American users' data on servers in Virginia run by a U.S. cloud provider.
  > named_organization | fenghuo | The company | said last year | >
Internal company documents seen by the Ledger, however, show that engineers in Zhelan's capital, Qinghe, kept access to those servers as recently as March.
  > document | internal-docs | Internal company documents seen by the Ledger | show | >
Fenghuo did not respond to questions about the documents.
  > declined_comment | fenghuo | Fenghuo | did not respond to questions about the documents | - | resp=no_response

Will the app stop working on my phone?
Not right away.
The order bars app stores from offering Lumo or updates to it but does not require anyone to delete it, according to a Commerce Department fact sheet.
  > document | fact-sheet | a Commerce Department fact sheet | according to | <
Without updates, the app is likely to become less secure and eventually stop working, said Ana Ferreira-Lowe, a security researcher at the nonprofit Open Wire Institute.
  > named_person | ferreira-lowe | Ana Ferreira-Lowe, a security researcher at the nonprofit Open Wire Institute | said | <
"The bigger risk is the months in between, when millions of people are using an app nobody is patching," she said.
  > named_person | ferreira-lowe | she | said | <

Can the ban be stopped?
Possibly.
A federal judge blocked a similar order against another app in 2021, ruling that the government had not shown it posed a real threat, court records show.
  > document | court-records | court records | show | <
Several First Amendment lawyers expect Fenghuo to make the same argument.
  > anonymous_other | lawyers | Several First Amendment lawyers | expect | >
Rep. Julian Ostby, a Minnesota Democrat, has introduced a bill that would require the government to publish a summary of any classified evidence behind an app ban.
Ostby said the public "deserves more than a classified stamp and a promise."
  > named_official | ostby | Ostby | said | >

What happens next?
Fenghuo has 30 days to file a legal challenge.
The company wants the ban put on hold until a court rules.
  > named_organization | fenghuo | The company | wants | the ban put on hold until a court rules | nosrc
Zhelan's embassy in Washington called the ban "naked protectionism" and said Zhelan would "take necessary measures" in response.
  > named_organization | zhelan-embassy | Zhelan's embassy in Washington | called | the ban "naked protectionism"
  > named_organization | zhelan-embassy | Zhelan's embassy in Washington | said | Zhelan would "take necessary measures" in response

@excluded
Have a question about the Lumo ban? Send it to us and we may answer it in a future update.
Share this explainer: Facebook, X, Email
© 2025 The National Ledger
''')

ARTICLES.append(r'''
@id bg-paycrest-payroll-breach-defense-contractors
@style payroll_processor_breach_corrected_story
Paycrest says hackers took payroll data of 1.4 million workers, including defense contractor staff
  > named_organization | paycrest | Paycrest | says | hackers took payroll data of 1.4 million workers, including defense contractor staff

The payroll processor disclosed the breach in a securities filing, and a person familiar with the investigation says a state-backed group is suspected.
  > named_organization | paycrest | The payroll processor | disclosed | the breach
  > anonymous_familiar | familiar | a person familiar with the investigation | says | a state-backed group is suspected

Paycrest Inc., which processes paychecks for about 9,000 U.S. employers, said on Tuesday that hackers had copied the names, Social Security numbers, bank account details and salary records of about 1.4 million workers.
  > named_organization | paycrest | Paycrest Inc., which processes paychecks for about 9,000 U.S. employers | said on Tuesday | >
The company disclosed the breach in a filing with the Securities and Exchange Commission, saying it had detected "unauthorized activity" in an old file-transfer system on Oct. 9.
  > named_organization | paycrest | The company | disclosed | the breach
  > named_organization | paycrest | The company | saying | it had detected "unauthorized activity" in an old file-transfer system on Oct. 9
Among the affected employers are at least 14 defense contractors, including the shipbuilder Marlow Yards and the missile-parts maker Tessaract Systems, according to a person familiar with the company's investigation.
  > anonymous_familiar | familiar | a person familiar with the company's investigation | according to | <
The person, who was not authorized to speak publicly, said investigators suspected a hacking unit linked to Tarnovia's military intelligence service.
  > anonymous_familiar | familiar | The person | said | > | anon=who was not authorized to speak publicly

Paycrest said it had "no evidence" that the data had been misused.
  > named_organization | paycrest | Paycrest | said | >
Its chief executive, Simone Achterberg, said in a letter to customers that the company had "fallen short of the standard you expect from us."
  > named_official | achterberg | Its chief executive, Simone Achterberg | said in a letter to customers | >
Paycrest declined to say whether it had paid a ransom.
  > declined_comment | paycrest | Paycrest | declined to say whether it had paid a ransom | - | resp=declined
Marlow Yards confirmed that data on some of its 6,200 employees had been exposed and said it had notified the Navy.
  > named_organization | marlow | Marlow Yards | confirmed | that data on some of its 6,200 employees had been exposed
  > named_organization | marlow | Marlow Yards | said | it had notified the Navy
Tessaract could not be reached for comment.
  > declined_comment | tessaract | Tessaract | could not be reached for comment | - | resp=unreachable
A Defense Department official said the department's counterintelligence agency was assessing whether the stolen records could be used to identify workers who hold security clearances.
  > anonymous_official | dod-official | A Defense Department official | said | >
Pay records can reveal who holds a clearance because cleared employees often receive a separate pay code, said Lionel Abara, a former counterintelligence officer who now runs a consulting firm in Arlington, Va.
  > named_person | abara | Lionel Abara, a former counterintelligence officer who now runs a consulting firm in Arlington, Va. | said | <
"For a foreign service, a list like that is a shopping list," he said.
  > named_person | abara | he | said | <

The breach is the third at a payroll or benefits company this year, and regulators have begun to take notice.
The Maryland attorney general's office said it had opened an inquiry, and the SEC is examining whether Paycrest disclosed the breach quickly enough, according to two people briefed on the matter.
  > named_organization | md-ag | The Maryland attorney general's office | said | it had opened an inquiry
  > anonymous_familiar | briefed | two people briefed on the matter | according to | the SEC is examining whether Paycrest disclosed the breach quickly enough
An SEC spokeswoman declined to comment.
  > declined_comment | sec | An SEC spokeswoman | declined to comment | - | resp=declined
Under SEC rules adopted in 2023, public companies must disclose a material cybersecurity incident within four business days of deciding that it is material.
Paycrest made that determination on Nov. 3, the filing says.
  > document | filing | the filing | says | <
The technology news site Byteline first reported the breach on Monday, citing a post on a cybercrime forum that offered Paycrest data for sale.
  > media_report | byteline | The technology news site Byteline | first reported | the breach
Paycrest's shares fell 11 percent on Tuesday.
Paycrest plans to offer affected workers three years of identity-theft protection.
  > named_organization | paycrest | Paycrest | plans | to offer affected workers three years of identity-theft protection | nosrc

@excluded
Correction, Nov. 6: An earlier version of this article misstated the number of employers that use Paycrest. It is about 9,000, not 90,000.
Update, Nov. 5, 6:40 p.m.: This article has been updated with comment from Marlow Yards.
Get the Business Desk newsletter in your inbox every weekday.
© 2025 Keystone Business News
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
