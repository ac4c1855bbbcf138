"""Build corpus/articles/aa.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, weighted to national and foreign affairs, courts, investigations, public safety and
government (extradition_hearing, inspector_general_report, visa_fraud_consulate,
peacekeeping_misconduct, emergency_911_outage, juror_misconduct_mistrial,
crime_lab_falsification, foreign_agent_lobbying_charges, amber_alert_failure,
surveillance_court_opinion, prison_escape_manhunt, foreign_aid_suspension), in the voices of
twelve kinds of outlet (wire copy from a London court, a national paper's Washington desk, an
investigative piece with a subhead, a magazine feature from abroad with a deck, a local TV
website, a metro court reporter, a public-radio website in the present tense, legal trade
press, a regional paper, an explainer with question subheads, a breaking story with a late
update line, a national-security desk). Heavy on anonymous sourcing: officials current and
former with and without a stated reason for anonymity (one reason given in a later sentence,
one attached to a non-answer), people familiar with or briefed on a matter (a group of four
later split as "two of the people" and "one of the people"), vague sources ("critics in both
parties", "human rights groups", "some analysts", "lawyers who advise lobbying firms"), one
source-less "is said to be"; documents of many kinds (an indictment, a plea agreement, a
transcript, a timeline, a cable, an email then its writer, a sentencing memo, disclosures
split around the cue, data, a website, an audit, a review); media reports; non-answers of all
three kinds, including "would not say", "referred questions to" and a declined comment next
to a statement in the same sentence. Several sources share one cue ("according to court
records, internal emails and four people familiar ..."). People are described first and named
later; headlines carry attributions ("..., officials say", "..., sheriff says", "..., audit
finds"). Look-alikes left unannotated: "were told to stay indoors", "told to leave" inside
content, "moved for a mistrial", a sign that "still reads", "the filings do not explain",
"the opinion doesn't say", "called off"; reporter's-voice plans marked not sourcing.
Former officials, named or not, are typed as officials; lawyers as officials (as in z);
unnamed prosecutors and defense teams speaking on the record as organisations.
Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_aa.py [--render]
     python corpus/build_articles_aa.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "aa.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id aa-extradition-hearing-london
@style extradition_hearing
UK court approves extradition of former Corvalian energy minister in bribery case

LONDON -- A British judge on Thursday approved the extradition of Anselm Varga, a former energy minister of Corvalia, who is wanted at home on bribery charges tied to a pipeline contract.
District Judge Fiona Marlowe, sitting at Westminster Magistrates' Court, said she was satisfied that Varga would receive a fair trial in Corvalia and that the case against him was not politically motivated.
  > named_official | marlowe | District Judge Fiona Marlowe, sitting at Westminster Magistrates' Court | said | >
"The court has been shown no evidence that this prosecution is anything other than what it appears to be," Marlowe said in her ruling.
  > named_official | marlowe | Marlowe | said in her ruling | <
The case now goes to Britain's home secretary, who has two months to sign the extradition order.

Varga, 61, who has lived in London since leaving office in 2019, sat in the dock in a gray suit and showed no reaction as the ruling was read.
His lawyer, Edmund Rao, told reporters outside the court that Varga would appeal to the High Court.
  > named_official | rao | His lawyer, Edmund Rao | told reporters outside the court | >
"Everyone in Corvalia knows how this story ends," Rao said.
  > named_official | rao | Rao | said | <
"It ends with a show trial and a cell."
  > named_official | rao | Rao | - | *
Rao added that his client's health had declined sharply since his arrest in January.
  > named_official | rao | Rao | added | >
A person close to Varga's legal team said the appeal would argue that conditions in Corvalian prisons violate European human rights law.
  > anonymous_familiar | close-to-team | A person close to Varga's legal team | said | >

Corvalia's Prosecutor General's Office said in a statement that it had "waited five years for this day."
  > named_organization | pgo | Corvalia's Prosecutor General's Office | said in a statement | >
Two Corvalian officials familiar with the case, who spoke on condition of anonymity because they were not authorized to discuss it, said prosecutors planned to add money-laundering charges once Varga was returned.
  > anonymous_official | corvalian-officials | Two Corvalian officials familiar with the case | said | > | anon=who spoke on condition of anonymity because they were not authorized to discuss it
One of the officials said the new charges would center on three apartments in Vienna bought through a company registered in Cyprus.
  > anonymous_official | corvalian-officials | One of the officials | said | >
Corvalia's state broadcaster, KTV, reported Thursday evening that a cell had already been prepared for him at a prison outside the capital.
  > media_report | ktv | Corvalia's state broadcaster, KTV | reported Thursday evening | >

According to the indictment, which was filed in Corvalia in 2020 and submitted to the London court, Varga steered a $900 million pipeline contract to Castellan Holdings in exchange for payments routed through two consulting firms.
  > document | indictment | the indictment, which was filed in Corvalia in 2020 and submitted to the London court | According to | >
Castellan, which is based in Malta, has said in court filings in Corvalia that the payments were for legitimate advisory work.
  > named_organization | castellan | Castellan, which is based in Malta | has said in court filings in Corvalia | >
Its chief executive could not be reached.
  > declined_comment | castellan-ceo | Its chief executive | could not be reached | - | resp=unreachable
Varga has denied wrongdoing.
  > named_official | varga | Varga | has denied | wrongdoing
In a 2021 interview with the BBC, he said the case was revenge by the party that defeated his own in that year's election.
  > named_official | varga | he | said | >

Corvalia's government, led by Prime Minister Dalia Stross, has made prosecuting members of the previous government a priority, and human rights groups have questioned whether some of those cases meet international standards.
  > anonymous_other | rights-groups | human rights groups | have questioned | >
A report last year by Transparency Watch, a Berlin-based monitoring group, found that 11 of 14 former ministers charged since 2021 had been convicted, most after trials lasting less than a week.
  > document | tw-report | A report last year by Transparency Watch, a Berlin-based monitoring group | found | >
Stross's office did not respond to a request for comment on Thursday.
  > declined_comment | stross-office | Stross's office | did not respond to a request for comment on Thursday | - | resp=no_response
The British Home Office said it does not comment on individual extradition cases.
  > named_organization | home-office | The British Home Office | said | >
Extradition lawyers not involved in the case said an appeal could delay Varga's return by a year or more.
  > anonymous_other | lawyers | Extradition lawyers not involved in the case | said | >
Varga remains free on bail of 2 million pounds and must wear an electronic tag, the court said.
  > named_organization | court | the court | said | <

@excluded
Reporting by Helen Marsh; Editing by Tomas Reyes
Our Standards: The Meridian Trust Principles.
''')

ARTICLES.append(r'''
@id aa-inspector-general-witsec
@style inspector_general_report
Marshals lost track of dozens of protected witnesses, watchdog report finds
  > document | report | watchdog report | finds | <

WASHINGTON -- The U.S. Marshals Service could not account for the whereabouts of at least 63 people in the federal witness protection program over a three-year period, including several who had been relocated after testifying against violent gangs, according to a report released Tuesday by the Justice Department's inspector general.
  > document | report | a report released Tuesday by the Justice Department's inspector general | according to | <
The 48-page report, which was heavily redacted, found that case files for some witnesses had not been updated in more than a decade.
  > document | report | The 48-page report, which was heavily redacted | found | >
In at least four cases, witnesses who had left the program were later arrested on new charges, and local police were unaware of their past, the report said.
  > document | report | the report | said | <
The inspector general, Margaret Oyelaran, wrote in a letter accompanying the report that the problems "create a risk to the safety of witnesses, the public, and the integrity of the program itself."
  > named_official | oyelaran | The inspector general, Margaret Oyelaran | wrote in a letter accompanying the report | >

The Marshals Service, which has run the Witness Security Program since 1971, said in a written response included in the report that it agreed with all nine of the inspector general's recommendations.
  > named_organization | marshals | The Marshals Service, which has run the Witness Security Program since 1971 | said in a written response included in the report | >
It said it had already hired an outside contractor to review every active case file.
  > named_organization | marshals | It | said | >

Files untouched for years

Two Justice Department officials, who spoke on the condition of anonymity because they were not authorized to discuss internal deliberations, said the report had been finished in the spring but its release was delayed for months while the Marshals Service argued over redactions.
  > anonymous_official | doj-officials | Two Justice Department officials | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss internal deliberations
One of the officials said the agency had pushed to keep secret the number of witnesses whose locations were unknown.
  > anonymous_official | doj-officials | One of the officials | said | >
A spokesman for the Marshals Service, Drew Kalinsky, said the agency "worked cooperatively with the inspector general throughout the review" and that redactions were made only to protect witnesses.
  > named_official | kalinsky | A spokesman for the Marshals Service, Drew Kalinsky | said | >
The program, known as WITSEC, has protected more than 19,000 witnesses and family members since its creation, according to the Marshals Service's website.
  > document | website | the Marshals Service's website | according to | <
No participant who followed the program's rules has ever been killed, the agency has long said.
  > named_organization | marshals | the agency | has long said | <

Sen. Ruth Calloway, the Ohio Democrat who requested the review in 2022, said the findings were "a betrayal of people who risked their lives to help prosecutors."
  > named_official | calloway | Sen. Ruth Calloway, the Ohio Democrat who requested the review in 2022 | said | >
She said she would ask the director of the Marshals Service to testify before the Judiciary Committee this fall.
  > named_official | calloway | She | said | >
The office of the director, Vincent Harrow, referred questions to the agency's public affairs staff.
  > declined_comment | harrow | The office of the director, Vincent Harrow | referred questions to the agency's public affairs staff | - | resp=declined

A former deputy marshal who worked in the program for 14 years said in an interview that inspectors were routinely assigned more than 100 witnesses each, too many to check on in person.
  > anonymous_official | former-deputy | A former deputy marshal who worked in the program for 14 years | said in an interview | >
"You'd get a phone number, and if the phone number stopped working, that was it," said the former deputy, who asked not to be named because he still works for the Justice Department in another role.
  > anonymous_official | former-deputy | the former deputy | said | < | anon=who asked not to be named because he still works for the Justice Department in another role
The report said the agency had 112 inspectors assigned to the program last year, down from 160 in 2015.
  > document | report | The report | said | >
Witnesses and their advocates have complained for years that the program cuts people off once their testimony is no longer needed.
  > anonymous_other | advocates | Witnesses and their advocates | have complained for years | >
Lorna Whitfield, whose brother testified against members of a Baltimore gang in 2009 and entered the program with his two children, said her family had not heard from him in four years.
  > named_person | whitfield | Lorna Whitfield, whose brother testified against members of a Baltimore gang in 2009 and entered the program with his two children | said | >
"They made him a promise," Whitfield said.
  > named_person | whitfield | Whitfield | said | <
"Then they lost him."
  > named_person | whitfield | Whitfield | - | *
The Washington Ledger reported in 2021 that a witness relocated to Arizona had been found living under his own name and working at a car dealership.
  > media_report | ledger | The Washington Ledger | reported in 2021 | >
The Marshals Service did not respond to questions about that case.
  > declined_comment | marshals | The Marshals Service | did not respond to questions about that case | - | resp=no_response

@excluded
Correction: An earlier version of this article misstated the year Sen. Calloway requested the review. It was 2022, not 2021.
Sign up for the Politics Today newsletter.
''')

ARTICLES.append(r'''
@id aa-visa-fraud-consulate-veltrano
@style visa_fraud_consulate
Inside a visa-for-cash scheme at a U.S. consulate, and the warnings that went nowhere

For nearly three years, a locally hired employee at the U.S. consulate in Veltrano approved visa applications for people who had paid as much as $15,000 each to a network of travel agents, according to court records, internal State Department emails and four people familiar with the investigation.
  > document | court-records | court records | according to | <
  > document | emails | internal State Department emails | according to | <
  > anonymous_familiar | familiar | four people familiar with the investigation | according to | <
The employee, a visa assistant named Teodor Halas, pleaded guilty in federal court in Virginia in March to conspiracy and bribery charges.
Court filings describe Halas as the inside man in a scheme that moved at least 240 applicants through the consulate, most of them bound for jobs in construction and home health care in the United States.
  > document | filings | Court filings | describe | >
He is scheduled to be sentenced next month.
What the filings do not explain is how the scheme went undetected for so long.

Two of the people familiar with the investigation said consular managers had been warned about Halas as early as 2020, when a local employee reported that he was carrying large amounts of cash.
  > anonymous_familiar | familiar | Two of the people familiar with the investigation | said | >
That warning was passed to the consulate's regional security office but was not acted on, the people said.
  > anonymous_familiar | familiar | the people | said | < | count=2
An internal email sent in August 2022 by a consular officer to colleagues in Washington, which was obtained by the Gazette, complained that approval rates for one category of work visa at Veltrano were "wildly out of line" with those at other posts in the region.
  > document | email | An internal email sent in August 2022 by a consular officer to colleagues in Washington, which was obtained by the Gazette | complained | >
"Something is very wrong here, and I'd rather find it before somebody else does," the officer wrote.
  > anonymous_official | officer | the officer | wrote | < | count=1
The officer, who still works for the State Department, did not respond to messages seeking comment.
  > declined_comment | officer | The officer, who still works for the State Department | did not respond to messages seeking comment | - | resp=no_response

The State Department's Bureau of Consular Affairs said in a statement that it had "zero tolerance for fraud" and had cooperated fully with the investigation.
  > named_organization | consular-affairs | The State Department's Bureau of Consular Affairs | said in a statement | >
It declined to answer questions about the 2020 warning or the 2022 email, citing the pending sentencing.
  > declined_comment | consular-affairs | It | declined to answer questions about the 2020 warning or the 2022 email | - | resp=declined
A State Department official, speaking on the condition of anonymity to discuss personnel matters, said two American supervisors at the consulate had been reassigned but not disciplined.
  > anonymous_official | state-official | A State Department official | said | > | anon=speaking on the condition of anonymity to discuss personnel matters

A network of agents

The applicants were recruited through travel agencies in three cities, according to the plea agreement Halas signed.
  > document | plea | the plea agreement Halas signed | according to | <
The agencies charged fees that were split among the agents, a middleman in Veltrano and Halas, the agreement says.
  > document | plea | the agreement | says | <
Prosecutors have estimated that Halas was paid about $1.1 million.
  > named_organization | prosecutors | Prosecutors | have estimated | >
His lawyer, Nadine Okafor, argued in a sentencing memo that Halas was "a small cog" in a scheme run by others and should receive no more than three years in prison.
  > named_official | okafor | His lawyer, Nadine Okafor | argued in a sentencing memo | >
Okafor declined to comment beyond the filing.
  > declined_comment | okafor | Okafor | declined to comment beyond the filing | - | resp=declined

Some of the applicants were themselves victims, according to the Migrant Worker Justice Center, a labor rights group in Houston that has interviewed more than a dozen of them.
  > named_organization | mwjc | the Migrant Worker Justice Center, a labor rights group in Houston that has interviewed more than a dozen of them | according to | <
Ana Sovic, 34, who paid an agent $12,000 for a visa to work at a nursing home in Texas, said she was told the money covered "processing fees" and never suspected a bribe.
  > named_person | sovic | Ana Sovic, 34, who paid an agent $12,000 for a visa to work at a nursing home in Texas | said | >
"They had an office, a website, receipts," she said in an interview through an interpreter.
  > named_person | sovic | she | said in an interview through an interpreter | <
"How was I supposed to know the man at the window was part of it?"
  > named_person | sovic | she | - | *
The Gazette could not independently confirm her account.
A federal grand jury in Virginia is still hearing evidence in the case, and at least two travel agents have been charged under seal, one of the people familiar with the investigation said.
  > anonymous_familiar | familiar | one of the people familiar with the investigation | said | <
The Justice Department declined to comment.
  > declined_comment | doj | The Justice Department | declined to comment | - | resp=declined

@excluded
Have a tip about this story? Contact the Gazette's investigations team securely.
Photo: The U.S. consulate in Veltrano. (Gazette file photo)
''')

ARTICLES.append(r'''
@id aa-peacekeeping-misconduct-loru
@style peacekeeping_misconduct
The Soldiers Who Were Sent Home

Allegations of abuse by peacekeepers in Nambari were documented for months.
None of the soldiers has faced a court.

LORU, Nambari -- The market in Sefa opens at dawn, when the women who sell cassava and dried fish carry their goods up from the river on their heads.
For almost two years, the peacekeepers' base sat at the top of that hill.
Four women from Sefa told investigators from the United Nations last year that soldiers from the base had paid them, or forced them, to have sex, according to a confidential U.N. report obtained by this magazine.
  > document | un-report | a confidential U.N. report obtained by this magazine | according to | <
The report, dated Nov. 9, concludes that the women's accounts were "consistent and credible" and recommends that the soldiers' home country prosecute at least three of them.
  > document | un-report | The report, dated Nov. 9 | concludes | that the women's accounts were "consistent and credible"
  > document | un-report | The report, dated Nov. 9 | recommends | that the soldiers' home country prosecute at least three of them
The soldiers were instead quietly sent home in January, along with the rest of their 450-member battalion, according to two U.N. officials with direct knowledge of the decision.
  > anonymous_official | un-officials | two U.N. officials with direct knowledge of the decision | according to | <
The officials spoke on the condition of anonymity because the report has not been made public.
One of them said the battalion's government had threatened to withdraw its troops from two other U.N. missions if any of the soldiers were detained.
  > anonymous_official | un-officials | One of them | said | >

Adaeze Morrow, who led the U.N. team that investigated the allegations, left the organization in the spring.
"We did our job," Morrow said in a telephone interview from Geneva.
  > named_official | morrow | Morrow | said in a telephone interview from Geneva | <
"The women told us what happened, we checked what we could, and we wrote it down.
  > named_official | morrow | Morrow | - | *
What happened after that was not up to us."
  > named_official | morrow | Morrow | - | *
She declined to discuss the report's contents in detail, saying she was still bound by confidentiality rules.
  > declined_comment | morrow | She | declined to discuss the report's contents in detail | - | resp=declined
  > named_official | morrow | She | saying | she was still bound by confidentiality rules

A spokesman for the U.N. Department of Peace Operations, Julien Adair, said in a written response to questions that the organization "takes every allegation seriously" and had referred the case to the troop-contributing country "in line with established procedures."
  > named_official | adair | A spokesman for the U.N. Department of Peace Operations, Julien Adair | said in a written response to questions | >
The U.N. has not publicly named that country.
Three diplomats at U.N. headquarters in New York identified it as Tervania, which has more than 6,000 soldiers deployed on peacekeeping missions around the world.
  > anonymous_official | diplomats | Three diplomats at U.N. headquarters in New York | identified | it as Tervania
Tervania's mission to the U.N. did not respond to three requests for comment.
  > declined_comment | tervania-mission | Tervania's mission to the U.N. | did not respond to three requests for comment | - | resp=no_response
Its defense ministry said in a statement posted online in February that the battalion's return was "a normal rotation" and that "no Tervanian soldier has been found guilty of any offense."
  > named_organization | tervania-mod | Its defense ministry | said in a statement posted online in February | >

In Sefa, the base is gone, but the stories are not.
A woman who sells charcoal near the old gate, who asked that her name not be published because she feared for her safety, said soldiers had come to the market at night offering money and food.
  > anonymous_other | charcoal-seller | A woman who sells charcoal near the old gate | said | > | anon=who asked that her name not be published because she feared for her safety
"Everyone knew," she said.
  > anonymous_other | charcoal-seller | she | said | <
"The soldiers knew, the chiefs knew, the U.N. knew."
  > anonymous_other | charcoal-seller | she | - | *
Some residents say they complained to the base's commander at the time and were told to go home.
  > anonymous_other | residents | Some residents | say | >
Human rights groups have long argued that the U.N.'s system, which leaves prosecution to the soldiers' own governments, amounts to immunity in practice.
  > anonymous_other | rights-groups | Human rights groups | have long argued | >
Data published by the U.N. shows that, of 312 allegations of sexual exploitation and abuse against peacekeepers reported since 2018, troop-contributing countries have reported the outcome of fewer than half.
  > document | un-data | Data published by the U.N. | shows | >
The women of Sefa have heard nothing, said Beatrice Onu, a lawyer with a legal aid group in the provincial capital who represents two of them.
  > named_official | onu | Beatrice Onu, a lawyer with a legal aid group in the provincial capital who represents two of them | said | <

@excluded
This article appears in the September issue of The Ledger Review. Subscribe for $1 a week.
Support for this reporting came from the Harlan Fund for International Reporting.
''')

ARTICLES.append(r'''
@id aa-911-outage-calder-county
@style emergency_911_outage
Calder County 911 calls went unanswered for nearly 3 hours during outage, officials say
  > anonymous_official | county-officials | officials | say | <

People who dialed 911 in Calder County on Tuesday night heard a busy signal or nothing at all for almost three hours after a fiber line serving the county's dispatch center was cut, county officials said Wednesday.
  > anonymous_official | county-officials | county officials | said Wednesday | <
The outage lasted from about 8:40 p.m. until 11:30 p.m., according to a timeline released by the county.
  > document | timeline | a timeline released by the county | according to | <
During that time, at least 140 calls to 911 failed to connect, the timeline shows.
  > document | timeline | the timeline | shows | <

A Bright Falls woman whose father collapsed in their kitchen just after 9 p.m. told KXRV she could not get through.
  > named_person | hollis | A Bright Falls woman whose father collapsed in their kitchen just after 9 p.m. | told KXRV | >
"I called six times," said the woman, Jenna Hollis.
  > named_person | hollis | the woman, Jenna Hollis | said | <
"Six times, and it just rang and rang."
  > named_person | hollis | Jenna Hollis | - | *
A neighbor drove her father to the hospital in Redmond, where he was treated for a heart attack, Hollis said.
  > named_person | hollis | Hollis | said | <
He is expected to recover.

Paula Ng, the county's emergency communications director, said a contractor digging for a new water line near Highway 97 cut the fiber cable that carries 911 calls to the dispatch center.
  > named_official | ng | Paula Ng, the county's emergency communications director | said | >
She said the backup system, which should have rerouted calls to a neighboring county, did not switch over automatically.
  > named_official | ng | She | said | >
"That should never happen, and we are going to find out why it did," Ng said at a news conference.
  > named_official | ng | Ng | said at a news conference | <
She acknowledged that the county did not send an emergency alert telling residents to call a 10-digit number until 10:15 p.m., more than 90 minutes after the outage began.
  > named_official | ng | She | acknowledged | >

The contractor, Ridgeline Excavation of Bend, had been given maps showing the cable's location, according to a person briefed on the county's review.
  > anonymous_familiar | briefed | a person briefed on the county's review | according to | <
The company did not respond to a request for comment.
  > declined_comment | ridgeline | The company | did not respond to a request for comment | - | resp=no_response
A dispatcher who was on duty Tuesday night said staff realized something was wrong only when the phones went quiet for 20 minutes on a busy night.
  > anonymous_official | dispatcher | A dispatcher who was on duty Tuesday night | said | >
The dispatcher, who asked not to be named because employees were told not to speak to reporters, said supervisors had raised concerns about the backup system in a memo last year.
  > anonymous_official | dispatcher | The dispatcher | said | > | anon=who asked not to be named because employees were told not to speak to reporters
KXRV has requested a copy of that memo.

The state's 911 program office said it had opened a review.
  > named_organization | state-911 | The state's 911 program office | said | >
Under state rules, counties must report any outage lasting more than 30 minutes within 24 hours, and Calder County did so, the office said.
  > named_organization | state-911 | the office | said | <
County Commissioner Rick Dwyer called the outage "unacceptable" and said he would ask the commission to pay for a second fiber line.
  > named_official | dwyer | County Commissioner Rick Dwyer | called | the outage "unacceptable"
  > named_official | dwyer | County Commissioner Rick Dwyer | said | >
Some residents questioned on social media why the county waited so long to tell people about the outage.
  > anonymous_other | residents | Some residents | questioned on social media | >
If 911 is down, residents can reach dispatchers at 541-555-0142, the sheriff's office said.
  > named_organization | sheriffs-office | the sheriff's office | said | <

@excluded
Copyright 2025 KXRV. All rights reserved.
Download the KXRV News app to get breaking news alerts.
Report a typo
''')

ARTICLES.append(r'''
@id aa-juror-misconduct-mistrial-fairmont
@style juror_misconduct_mistrial
Judge declares mistrial in Fairmont arson case after juror's online research

A Fairmont County judge declared a mistrial Monday in the trial of a man charged with setting a fire that killed two people, after learning that a juror had searched for information about the case and shared what he found with other jurors.
Superior Court Judge Harriet Dunmore said she had no choice after two jurors told her in private questioning that the juror had mentioned a prior arrest of the defendant, Calvin Ostrander, that the jury was never supposed to hear about.
  > named_official | dunmore | Superior Court Judge Harriet Dunmore | said | >
"The defendant's right to a fair trial is not something this court can repair with an instruction," Dunmore said from the bench.
  > named_official | dunmore | Dunmore | said from the bench | <
"We will start over."
  > named_official | dunmore | Dunmore | - | *

Ostrander, 44, is charged with murder and arson in the March 2023 fire at the Linden Court apartments, which killed Evelyn Sato, 81, and her grandson, Marcus Sato, 19.
Prosecutors say he set the fire in a stairwell a week after he was evicted from his unit.
  > named_organization | prosecutors | Prosecutors | say | >
He has pleaded not guilty.

According to a transcript of the closed hearing, which the judge released Monday afternoon, the juror, an engineer in his 50s, acknowledged searching Ostrander's name on his phone during a lunch break.
  > document | transcript | a transcript of the closed hearing, which the judge released Monday afternoon | According to | >
"I didn't think it would matter," the juror told the judge, according to the transcript.
  > document | transcript | the transcript | according to | <
He was dismissed from the jury and could face a contempt charge, the judge said.
  > named_official | dunmore | the judge | said | <
His name was not made public.
The two jurors who reported him had been uneasy for days before they went to the bailiff, according to a person close to one of them.
  > anonymous_familiar | close-to-juror | a person close to one of them | according to | <

Ostrander's lawyer, Public Defender Nia Castellanos, moved for the mistrial on Friday.
Castellanos said outside the courtroom that her client had waited in jail for more than two years and now faced months more.
  > named_official | castellanos | Castellanos | said outside the courtroom | >
"He is paying for someone else's mistake," she said.
  > named_official | castellanos | she | said | <
Chief Deputy District Attorney Owen Pratt told reporters his office would be ready to retry the case as soon as the court allowed.
  > named_official | pratt | Chief Deputy District Attorney Owen Pratt | told reporters | >
Prosecutors intend to call the same 31 witnesses at the retrial.
  > named_organization | prosecutors | Prosecutors | intend | to call the same 31 witnesses at the retrial | nosrc
The Sato family, who attended every day of the trial, declined to comment through a victim advocate.
  > declined_comment | sato-family | The Sato family, who attended every day of the trial | declined to comment | - | resp=declined

A growing problem

Juror misconduct involving phones and social media has forced at least nine mistrials in the state since 2020, according to data compiled by the state Administrative Office of the Courts.
  > document | aoc-data | data compiled by the state Administrative Office of the Courts | according to | <
Rebecca Lindqvist, a law professor at Carver State University who studies jury behavior, said judges' instructions not to research a case are widely ignored.
  > named_person | lindqvist | Rebecca Lindqvist, a law professor at Carver State University who studies jury behavior | said | >
"Jurors are curious people, and we've handed every one of them a search engine," Lindqvist said.
  > named_person | lindqvist | Lindqvist | said | <
"Most of them never get caught."
  > named_person | lindqvist | Lindqvist | - | *
She estimated that one in five jurors in high-profile cases looks something up.
  > named_person | lindqvist | She | estimated | >
Some defense lawyers in the county have argued that judges should take jurors' phones for the length of a trial.
  > anonymous_other | defense-lawyers | Some defense lawyers in the county | have argued | >
A spokeswoman for the court said a committee would consider that idea in the fall.
  > named_organization | court | A spokeswoman for the court | said | >
A new trial date is to be set at a hearing on Aug. 19.

@excluded
Got a news tip? Email metro@fairmontdispatch.example.
Comments are closed on this article.
''')

ARTICLES.append(r'''
@id aa-crime-lab-falsification-harwick
@style crime_lab_falsification
State crime lab analyst falsified drug test results for years, audit finds
  > document | audit | audit | finds | <

An analyst at the state crime lab in Harwick recorded drug test results for samples she never tested, in some cases for years, according to an audit released Thursday by the state Department of Public Safety.
  > document | audit | an audit released Thursday by the state Department of Public Safety | according to | <
The audit says the analyst handled more than 11,000 cases between 2016 and 2024.
  > document | audit | The audit | says | >
It does not name her.
But two people with knowledge of the investigation identify her as Lorraine Vesey, a chemist who joined the lab in 2011 and resigned in February.
  > anonymous_familiar | knowledge | two people with knowledge of the investigation | identify | >
Vesey could not be reached for comment, and no lawyer for her could be identified.
  > declined_comment | vesey | Vesey | could not be reached for comment | - | resp=unreachable

Public Safety Commissioner Darnell Okoro says the lab caught the problem last fall, when a second analyst retested a sample and found no drugs in it.
  > named_official | okoro | Public Safety Commissioner Darnell Okoro | says | >
"She was writing down the answer she expected, not the answer the instrument gave," Okoro says.
  > named_official | okoro | Okoro | says | <
"There is no way to sugarcoat that."
  > named_official | okoro | Okoro | - | *
Okoro says the department has notified prosecutors in all 23 counties that used the lab.
  > named_official | okoro | Okoro | says | >
He acknowledges the department did not tell the public about the problem for five months.
  > named_official | okoro | He | acknowledges | >
In April, before the audit was finished, he testified to a legislative committee that the lab was short nine chemists.
  > named_official | okoro | he | testified to a legislative committee | >

That delay angers defense lawyers.
"Every one of those cases is now in question," says Marisol Grant, who directs the state Public Defender Commission.
  > named_official | grant | Marisol Grant, who directs the state Public Defender Commission | says | <
"People pleaded guilty because of a lab report, and some of them are still in prison."
  > named_official | grant | Grant | - | *
Grant estimates that at least 600 people were convicted mainly on evidence the analyst handled.
  > named_official | grant | Grant | estimates | >
The audit found errors in 412 of the 1,300 cases it rechecked, but it does not say how many of those people were convicted.
  > document | audit | The audit | found | errors in 412 of the 1,300 cases it rechecked

A lab supervisor, who asked not to be named because she was not authorized to speak to the press, tells WRVL that staff raised concerns about Vesey's unusually fast turnaround times as early as 2019.
  > anonymous_official | supervisor | A lab supervisor | tells WRVL | > | anon=who asked not to be named because she was not authorized to speak to the press
The supervisor says those concerns went to lab management, and nothing happened.
  > anonymous_official | supervisor | The supervisor | says | >
The lab's former director, Philip Ausman, retired in 2022.
He did not return calls this week.
  > declined_comment | ausman | He | did not return calls this week | - | resp=no_response

Attorney General Sandra Whitlow's office says it is reviewing every conviction that relied on Vesey's work and will ask courts to vacate those it cannot stand behind.
  > named_organization | ag-office | Attorney General Sandra Whitlow's office | says | >
The Innocence Project of the Plains, a legal group, has asked the state Supreme Court to appoint a special master to oversee that process.
  > named_organization | innocence-project | The Innocence Project of the Plains, a legal group | has asked | the state Supreme Court to appoint a special master to oversee that process
Similar scandals at crime labs in other states led to tens of thousands of drug convictions being thrown out.
The Harwick Courier-Journal first reported the lab's problems in March.
  > media_report | courier-journal | The Harwick Courier-Journal | first reported | the lab's problems

@excluded
WRVL News depends on your support. Give now.
Listen to this story and more on the WRVL app.
''')

ARTICLES.append(r'''
@id aa-foreign-agent-charges-pettibone
@style foreign_agent_lobbying_charges
Ex-congressional aide charged with secretly lobbying for Marsovan government

WASHINGTON -- A former senior congressional aide turned lobbyist was indicted Wednesday on charges that he secretly worked for the government of Marsova to soften U.S. criticism of its human rights record, the Justice Department said.
  > named_organization | doj | the Justice Department | said | <
The indictment, unsealed in federal court in the District of Columbia, charges Graham Pettibone, 52, with failing to register as a foreign agent, making false statements to the FBI and conspiracy.
  > document | indictment | The indictment, unsealed in federal court in the District of Columbia | charges | >
It alleges that a consulting firm Pettibone controlled received $3.4 million from Marsovan state entities between 2019 and 2023.
  > document | indictment | It | alleges | >
Pettibone, who served as chief of staff to a member of the House Foreign Affairs Committee before leaving Capitol Hill in 2017, pleaded not guilty at an initial appearance and was released.
His attorney, Celeste Varnado of Harlow & Finch, said in a statement that Pettibone "has always been transparent about his clients" and would "fight these charges in court and win."
  > named_official | varnado | His attorney, Celeste Varnado of Harlow & Finch | said in a statement | >

According to the indictment, Pettibone arranged meetings between Marsovan officials and at least 14 congressional offices without disclosing who was paying him.
  > document | indictment | the indictment | According to | >
Prosecutors wrote that he drafted talking points for a 2021 letter, signed by four House members, that praised Marsova's "democratic progress."
  > named_organization | prosecutors | Prosecutors | wrote | >
None of the lawmakers is named in the indictment, and none has been charged.
Two people familiar with the investigation said at least one of them was interviewed by the FBI last year as a witness.
  > anonymous_familiar | familiar | Two people familiar with the investigation | said | >
Marsova's embassy in Washington called the charges "an unfriendly act" in a post on social media and said its government had "never engaged anyone to act unlawfully on its behalf."
  > named_organization | marsova-embassy | Marsova's embassy in Washington | called | the charges "an unfriendly act"
  > named_organization | marsova-embassy | Marsova's embassy in Washington | said | >

FARA's comeback

The case is the latest in a string of prosecutions under the Foreign Agents Registration Act, a 1938 law that for decades was rarely enforced.
The Justice Department brought more FARA-related criminal cases in the past five years than in the previous 50, according to a tally by the Center for Lobbying Accountability.
  > document | tally | a tally by the Center for Lobbying Accountability | according to | <
Lawyers who advise lobbying firms say the prosecutions have sent a chill through K Street.
  > anonymous_other | lobby-lawyers | Lawyers who advise lobbying firms | say | >
"Five years ago, nobody in this town lost sleep over FARA," said Howard Blum, a former Justice Department official who now represents registrants at the firm Kettering Shaw.
  > named_official | blum | Howard Blum, a former Justice Department official who now represents registrants at the firm Kettering Shaw | said | <
"Now clients call me before they take a meeting with an ambassador."
  > named_official | blum | Blum | - | *

An FBI spokesperson declined to comment.
  > declined_comment | fbi | An FBI spokesperson | declined to comment | - | resp=declined
A Justice Department official, speaking on the condition of anonymity because the case is pending, said prosecutors had obtained emails in which Pettibone described himself to a Marsovan diplomat as "your man on the Hill."
  > anonymous_official | doj-official | A Justice Department official | said | > | anon=speaking on the condition of anonymity because the case is pending
Varnado said the government was "cherry-picking" a handful of messages from thousands.
  > named_official | varnado | Varnado | said | >
Pettibone's firm, Meridian Strategic, filed a registration under a separate law, the Lobbying Disclosure Act, in 2020, disclosures show, listing a Marsovan shipping company as a client.
  > document | disclosures | disclosures | show | Pettibone's firm, Meridian Strategic, filed a registration under a separate law, the Lobbying Disclosure Act, in 2020 ;; listing a Marsovan shipping company as a client
Federal prosecutors contend that the shipping company was a front for the Marsovan government.
  > named_organization | prosecutors | Federal prosecutors | contend | >
The company could not be reached.
  > declined_comment | shipping-co | The company | could not be reached | - | resp=unreachable
Pettibone faces up to five years in prison on the most serious count if convicted.
A status hearing is set for Oct. 3 before U.S. District Judge Anita Kroll.

@excluded
This article is available to subscribers of Capitol Compliance Daily. Already a subscriber? Log in.
Related: What the new FARA rules mean for in-house counsel
''')

ARTICLES.append(r'''
@id aa-amber-alert-delay-marlow
@style amber_alert_failure
State review faults 4-hour delay in Amber Alert for abducted Marlow girl
  > document | review | State review | faults | >

The state police took more than four hours to issue an Amber Alert after a 6-year-old girl was taken from a Marlow playground in June, in part because the trooper who was supposed to approve it was off duty and no one else had been trained to do so, according to a review released Friday.
  > document | review | a review released Friday | according to | <
The girl, Sophie Ruelas, was found unharmed the next morning at a motel in Kentucky, and her father, who did not have custody, was charged with kidnapping.
But the review, conducted by the state Office of Public Safety Oversight, found that "critical minutes were lost" because of gaps in training and a confusing chain of command.
  > document | review | the review, conducted by the state Office of Public Safety Oversight | found | >
The 31-page report says Marlow police asked for the alert at 4:52 p.m., about 40 minutes after the girl's mother called 911.
  > document | review | The 31-page report | says | >
The alert did not go out until 9:07 p.m., the report says.
  > document | review | the report | says | <

State Police Superintendent Gregory Anand said in a statement that the agency accepted the findings and had trained 26 more troopers to approve alerts.
  > named_official | anand | State Police Superintendent Gregory Anand | said in a statement | >
"We failed that family on the timing, and we own that," Anand said.
  > named_official | anand | Anand | said | <
Marlow Police Chief Teresa Bui said her officers did everything right.
  > named_official | bui | Marlow Police Chief Teresa Bui | said | >
She noted that the review found no fault with the department's request.
  > named_official | bui | She | noted | >

Sophie's mother, Alyssa Ruelas, said in an interview that she spent those four hours driving around Marlow, checking parks and gas stations.
  > named_person | ruelas | Sophie's mother, Alyssa Ruelas | said in an interview | >
"Every minute I kept thinking, where is the alert, why isn't my phone buzzing," she said.
  > named_person | ruelas | she | said | <
"Everybody else's phone buzzes for a thunderstorm."
  > named_person | ruelas | she | - | *

The review does not say who was responsible for the training gaps.
Two state officials with knowledge of the review said an earlier draft had named a deputy superintendent, but that section was removed before the report was made public.
  > anonymous_official | state-officials | Two state officials with knowledge of the review | said | >
The officials would not say why, and they asked not to be identified because the draft has not been released.
  > declined_comment | state-officials | The officials | would not say why | - | resp=declined, anon=asked not to be identified because the draft has not been released
The deputy superintendent, Mark Ellery, declined to comment.
  > declined_comment | ellery | The deputy superintendent, Mark Ellery | declined to comment | - | resp=declined
State Sen. Paula Drummond, whose district includes Marlow, said she would introduce a bill requiring that at least one trained supervisor be on duty at all hours.
  > named_official | drummond | State Sen. Paula Drummond, whose district includes Marlow | said | >

The National Child Safety Alliance, a nonprofit that trains police on alerts, recommends that alerts go out as soon as police confirm an abduction, and its data shows that most children killed by abductors are killed within the first three hours.
  > named_organization | ncsa | The National Child Safety Alliance, a nonprofit that trains police on alerts | recommends | that alerts go out as soon as police confirm an abduction
  > document | ncsa-data | its data | shows | >
Some parents at the playground where Sophie was taken said they had not known about the abduction until the next day.
  > anonymous_other | parents | Some parents at the playground where Sophie was taken | said | >
A sign at the playground's entrance, put up by neighbors, still reads "Sophie's home. Thank you, Marlow."
The Record first reported the delay in June.
  > media_report | record | The Record | first reported | the delay
The state police did not respond to questions about whether any trooper had been disciplined.
  > declined_comment | state-police | The state police | did not respond to questions about whether any trooper had been disciplined | - | resp=no_response

@excluded
Sign up for The Record's morning newsletter.
Photo: Neighbors tied ribbons to the fence at Dalton Park. (Staff photo by Jim Carr)
''')

ARTICLES.append(r'''
@id aa-surveillance-court-opinion-explainer
@style surveillance_court_opinion
What the newly released surveillance court opinion says, and what it doesn't

What happened?
The government on Tuesday made public a 2023 opinion from the Foreign Intelligence Surveillance Court, the secret court that oversees some national security wiretaps, after a lawsuit by a civil liberties group.
In the heavily redacted 62-page opinion, Judge Laurence Whitby wrote that the FBI had searched a database of intercepted communications for information about Americans more than 4,000 times without proper justification in 2022.
  > named_official | whitby | Judge Laurence Whitby | wrote | >
He called the violations "serious and persistent."
  > named_official | whitby | He | called | the violations "serious and persistent."

Who was searched?
The opinion doesn't say.
The redacted version says only that the FBI ran queries using the names of "U.S. persons," including, in one passage, "a group of individuals associated with a protest."
  > document | opinion | The redacted version | says only | >
The redactions were negotiated for months between the Justice Department and the intelligence agencies, according to a person familiar with the process.
  > anonymous_familiar | process-familiar | a person familiar with the process | according to | <
Two U.S. officials familiar with the opinion said the protest searches involved people arrested at demonstrations in 2020, but they would not say which city.
  > anonymous_official | us-officials | Two U.S. officials familiar with the opinion | said | the protest searches involved people arrested at demonstrations in 2020
  > declined_comment | us-officials | they | would not say which city | - | resp=declined

What does the FBI say?
The bureau said in a statement that the searches were "compliance incidents" that it had reported to the court itself, and that it has since changed its procedures.
  > named_organization | fbi | The bureau | said in a statement | >
Since then, the FBI says, the number of such searches has fallen by more than 90 percent.
  > named_organization | fbi | the FBI | says | Since then ;; the number of such searches has fallen by more than 90 percent
An FBI official, who briefed reporters on Tuesday on the condition of anonymity under ground rules set by the bureau, said agents now need a supervisor's approval before querying an American's name.
  > anonymous_official | fbi-official | An FBI official | said | > | anon=who briefed reporters on Tuesday on the condition of anonymity under ground rules set by the bureau

Why does this matter now?
The law that authorizes the database, Section 702 of the Foreign Intelligence Surveillance Act, expires in April unless Congress renews it.
Critics in both parties have argued that the FBI should be required to get a warrant before searching for Americans' communications.
  > anonymous_other | critics | Critics in both parties | have argued | >
Rep. Dana Whitcombe, a Republican from Idaho who sits on the House Judiciary Committee, said the opinion "proves what we have been saying for years."
  > named_official | whitcombe | Rep. Dana Whitcombe, a Republican from Idaho who sits on the House Judiciary Committee | said | >
The White House has warned that a warrant requirement would slow investigations of terrorism and espionage.
  > named_organization | white-house | The White House | has warned | >
National security officials, in testimony last year, estimated that a warrant rule would have blocked some searches that uncovered foreign plots.
  > anonymous_official | natsec-officials | National security officials | estimated | >

What about the group that sued?
The Liberty Defense Fund, which sued for the opinion's release in 2024, said the redactions hid "exactly the facts the public most needs."
  > named_organization | ldf | The Liberty Defense Fund, which sued for the opinion's release in 2024 | said | >
Its legal director, Omar Castell, told NewsLine in an interview that the group would ask the court to release more of the opinion.
  > named_official | castell | Its legal director, Omar Castell | told NewsLine in an interview | >
The Justice Department, which reviewed the opinion before its release, declined to comment on the redactions.
  > declined_comment | doj | The Justice Department, which reviewed the opinion before its release | declined to comment on the redactions | - | resp=declined
The New York Ledger reported last year that the court had rebuked the FBI in at least two other opinions that have not been made public.
  > media_report | ny-ledger | The New York Ledger | reported last year | >

What happens next?
House leaders have said they want a vote in March.
  > anonymous_official | house-leaders | House leaders | have said | >
The Senate hasn't scheduled one.

@excluded
This explainer will be updated as more information becomes available.
Read more: Our full coverage of the Section 702 debate
''')

ARTICLES.append(r'''
@id aa-prison-escape-manhunt-clay-ridge
@style prison_escape_manhunt
Two inmates escape Clay Ridge prison through ventilation shaft; manhunt widens, sheriff says
  > named_official | tolliver | sheriff | says | manhunt widens

CLAY RIDGE, Tenn. -- Two men serving long sentences for violent crimes escaped from the Clay Ridge Correctional Complex early Sunday by cutting through a ventilation shaft and climbing a fence that should have been electrified, the state Department of Correction said.
  > named_organization | tdoc | the state Department of Correction | said | <
The department identified the men as Dustin Ray Coble, 38, who is serving life for murder, and Javier Almonte, 29, who was convicted of armed robbery.
  > named_organization | tdoc | The department | identified | >
They were discovered missing during a 5 a.m. head count, nearly four hours after surveillance video shows them leaving their cellblock, the department said.
  > named_organization | tdoc | the department | said | <

Hardin County Sheriff Wes Tolliver said Sunday evening that the search had expanded to four counties and that the men may have had help from someone outside.
  > named_official | tolliver | Hardin County Sheriff Wes Tolliver | said Sunday evening | >
"We believe a vehicle was waiting for them," Tolliver said at a briefing.
  > named_official | tolliver | Tolliver | said at a briefing | <
"We don't believe they're on foot anymore."
  > named_official | tolliver | Tolliver | - | *
He urged residents not to approach the men and to call 911 if they saw them.
  > named_official | tolliver | He | urged | >
Investigators are examining phone calls Almonte made from the prison in the past month, according to a person familiar with the search who was not authorized to discuss it.
  > anonymous_familiar | search-familiar | a person familiar with the search | according to | < | anon=who was not authorized to discuss it
That person said one of the calls was to a number registered to a relative in Alabama.
  > anonymous_familiar | search-familiar | That person | said | >
Coble is said to be an experienced hunter who knows the back roads of the region.
  > anonymous_other | hearsay | - | is said | Coble ;; to be an experienced hunter who knows the back roads of the region
Residents of two subdivisions near the prison were told to stay indoors and lock their cars for much of the day.

The fence that the men climbed was supposed to deliver a nonlethal shock, but it had been switched off for repairs for at least three weeks, according to two corrections officers at the prison.
  > anonymous_official | officers | two corrections officers at the prison | according to | <
The officers, who spoke on the condition of anonymity because they had been ordered not to talk to reporters, said staffing was so short that one guard tower was unmanned overnight.
  > anonymous_official | officers | The officers | said | > | anon=who spoke on the condition of anonymity because they had been ordered not to talk to reporters
The department's commissioner, Angela Frye, declined to answer questions about the fence or the tower, citing the ongoing search.
  > declined_comment | frye | The department's commissioner, Angela Frye | declined to answer questions about the fence or the tower | - | resp=declined
She said in a statement that an internal review was underway and that "every decision made in the hours before this escape will be examined."
  > named_official | frye | She | said in a statement | >

Clay Ridge has had three escapes since 2019, according to department records reviewed by Tri-State Wire.
  > document | records | department records reviewed by Tri-State Wire | according to | <
A 2023 audit by the state comptroller found that the prison was operating with 58 percent of its authorized officer positions filled.
  > document | audit | A 2023 audit by the state comptroller | found | >
The union representing corrections officers, the Tennessee State Employees Association, said it had warned lawmakers in January that the staffing shortage was "a matter of public safety."
  > named_organization | union | The union representing corrections officers, the Tennessee State Employees Association | said | >
Coble's former attorney, Lyle Pickens, said he had not spoken with his client in years and was "shocked" by the news.
  > named_official | pickens | Coble's former attorney, Lyle Pickens | said | >
Almonte's family could not be reached.
  > declined_comment | almonte-family | Almonte's family | could not be reached | - | resp=unreachable
"You hear the sirens for the drills, and you always wonder, what if it's real one day," said Lucille Yarbrough, 67, who lives a mile from the fence line.
  > named_person | yarbrough | Lucille Yarbrough, 67, who lives a mile from the fence line | said | <

Update, 9:40 p.m.: The sheriff's office said late Sunday that a stolen pickup truck was found burned on a logging road in Wayne County and may be connected to the escape.
  > named_organization | sheriffs-office | The sheriff's office | said late Sunday | >

@excluded
Editor's note: An earlier version of this story misspelled the name of the Hardin County sheriff.
(c) 2025 Tri-State Wire
''')

ARTICLES.append(r'''
@id aa-foreign-aid-suspension-sarenza
@style foreign_aid_suspension
U.S. quietly halts $210 million in aid to Sarenza after vote is postponed, officials say
  > anonymous_official | us-officials | officials | say | <

WASHINGTON -- The State Department has suspended $210 million in security and economic assistance to Sarenza, a key counterterrorism partner in West Africa, after the country's president postponed elections indefinitely, according to three U.S. officials and internal documents reviewed by The Sentinel.
  > anonymous_official | us-officials | three U.S. officials | according to | <
  > document | documents | internal documents reviewed by The Sentinel | according to | <
The decision, which has not been announced, was made in late August after a review by the department's lawyers, the officials said.
  > anonymous_official | us-officials | the officials | said | <
A cable sent to the U.S. Embassy in Ouenza, Sarenza's capital, on Sept. 2 instructs diplomats to tell the government that the aid is "paused pending review of recent political developments."
  > document | cable | A cable sent to the U.S. Embassy in Ouenza, Sarenza's capital, on Sept. 2 | instructs | >
The cable was drafted after weeks of internal debate, with some senior officials arguing for a full cutoff, according to two people briefed on the discussions.
  > anonymous_familiar | briefed | two people briefed on the discussions | according to | <
The cable does not use the word "coup," which under U.S. law would require a cutoff of most aid.
The administration had hoped to keep the suspension quiet until after the U.N. General Assembly.
  > named_organization | administration | The administration | had hoped | to keep the suspension quiet until after the U.N. General Assembly | nosrc

A State Department spokesman, asked about the suspension at a briefing on Tuesday, said only that the United States "continues to engage closely" with Sarenza's government "on a range of issues."
  > named_organization | state-dept | A State Department spokesman | said only | >
He declined to say whether any aid had been halted.
  > declined_comment | state-dept | He | declined to say whether any aid had been halted | - | resp=declined
Two congressional aides briefed on the decision said lawmakers on the foreign affairs committees had been told privately last week.
  > anonymous_official | aides | Two congressional aides briefed on the decision | said | >
One of the aides said the administration had also put on hold the delivery of two surveillance aircraft.
  > anonymous_official | aides | One of the aides | said | >

President Idrissa Talbé, who took power in 2021, announced in July that elections scheduled for this fall would be postponed until "security conditions allow."
  > named_official | talbe | President Idrissa Talbé, who took power in 2021 | announced in July | >
Opposition leaders called the move a coup by another name.
  > anonymous_official | opposition | Opposition leaders | called | the move a coup by another name
Sarenza's ambassador in Washington, Aminata Cissé-Roy, said in an interview that suspending aid would "only help the terrorists" the Sarenzan army is fighting in the north.
  > named_official | cisse-roy | Sarenza's ambassador in Washington, Aminata Cissé-Roy | said in an interview | >
"You cannot ask us to fight with one hand and then tie the other one," she said.
  > named_official | cisse-roy | she | said | <
She said her government had not been formally notified of any suspension.
  > named_official | cisse-roy | She | said | >

The aid includes training and equipment for Sarenzan special forces units that have worked alongside U.S. troops, according to a Government Accountability Office report published last year.
  > document | gao | a Government Accountability Office report published last year | according to | <
A senior Defense Department official, who was not authorized to speak publicly, warned that pulling back could open the door to Russian military contractors, who already operate in two neighboring countries.
  > anonymous_official | dod-official | A senior Defense Department official | warned | > | anon=who was not authorized to speak publicly
The Pentagon did not respond to a request for comment.
  > declined_comment | pentagon | The Pentagon | did not respond to a request for comment | - | resp=no_response
Some analysts say the administration is trying to pressure Talbé without cutting him off.
  > anonymous_other | analysts | Some analysts | say | >
"It's a message, not a break," said Helen Okonjo, a senior fellow at the Atlantic Policy Institute who studies West Africa.
  > named_person | okonjo | Helen Okonjo, a senior fellow at the Atlantic Policy Institute who studies West Africa | said | <
She noted that the United States kept much of its aid flowing to two neighboring governments after their militaries seized power.
  > named_person | okonjo | She | noted | >
Agence Sahel Presse reported in August that Talbé had hosted a Russian delegation in Ouenza.
  > media_report | asp | Agence Sahel Presse | reported in August | >
A spokesman for Talbé could not be reached Wednesday.
  > declined_comment | talbe-spokesman | A spokesman for Talbé | could not be reached Wednesday | - | resp=unreachable
The officials said the aid could resume if Talbé sets a date for the vote.
  > anonymous_official | us-officials | The officials | said | >

@excluded
Have information about this story? Reach our national security team on Signal.
(c) 2025 The Sentinel
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
