"""Build corpus/articles/bc.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on national security, intelligence, the military and diplomacy, immigration and
border policy, and courts and prosecutions of public figures
(drone_strike_casualty_review_leak_wire, detention_center_hunger_strike_local_daily,
former_governor_bribery_trial_liveblog, immigration_court_backlog_public_radio_transcript,
expelled_attache_foreign_minister_interview, frigate_standoff_diplomatic_newsletter,
wartime_interpreter_visa_limbo_feature, surveillance_tower_award_bid_protest_trade,
student_visa_revocation_campus_paper, sitting_attorney_general_indictment_explainer,
congressional_aide_leak_charge_updated_story, border_guard_deployment_ranchers_tv_station),
partly set in invented countries (Korvath, Lusenia, Halvany, Darwan, Sarvan), in the voices
of twelve kinds of outlet: a wire story built on a leaked military review, a border-town
daily, a courthouse live blog with timestamps, a public-radio transcript with host, reporter
and speaker labels, an edited interview whose questions themselves cite sources, an email
newsletter with capitalised section heads, a magazine feature with a dek and a first-person
reporter, a procurement trade weekly, a student newspaper, an explainer with question
subheads, a wire-style story with an update line and a correction in its footer, and a local
television station's website. Each is built to test source typing and grouping: a press
secretary, senators, representatives, a county commissioner, a sheriff, a governor, a
speaker, a provost, a student-government president, a special prosecutor, a judge, a foreign
minister, an interior minister, an executive, a union-like judges' guild president, lawyers
speaking for clients and a press-freedom director; private persons (a strike victim's
brother, a detainee's vigil organiser, a cooperating witness, a former governor on trial, a
retired judge, an interpreter, a retired officer, students, ranchers, lawyers and a former
prosecutor commenting as experts); organisations and unnamed spokespeople (a ministry, a
navy, a coast guard, a detention contractor, ICE, CBP, the State Department, a university, a
newspaper speaking for itself, a governor's office); anonymous officials current and former,
with and without a stated reason (officials, sitting judges, diplomats, aides, advisers, a
court administrator, a redacted email writer, "officials familiar with the case"); people
familiar with or briefed on something; vague sources (relatives, residents, human rights
groups, analysts, lawyers, consultants, faculty, legal experts, ranchers, a detainee and a
student who give reasons); documents (a review summary, a plea agreement, court records,
immigration-court data, a leaked cable, a fisheries agreement, satellite images, shipping
data, FOIA emails, a case tracker, a GAO docket, a protest filing, a source selection
decision, an indictment, a state constitution, a criminal complaint, payroll records, a
faculty letter, federal figures); media reports, including the outlet's own earlier reporting
("we reported", "The Herald reported", "HPW first reported"); non-answers of all three kinds,
some inside an interview answer and several sharing a sentence with another attribution; people
described first and named later; quotes over several sentences and across speaker turns;
split content; headline and dek attributions; two attributions in one sentence; and
look-alikes left unannotated or marked not sourcing ("has not publicly acknowledged", "could
not independently confirm", "has not been charged", "does not name", "do not say", "did not
enter a plea", "did not mention", "has not told", "did not name", "did not testify"; "plans", "wants" and "hopes"
in the reporter's voice). All twelve end with a footer of excluded boilerplate. Nothing is
trained or tuned on them. Same line format and builder as ``build_articles_b.py`` (read its
docstring).

Run: python corpus/build_articles_bc.py [--render]
     python corpus/build_articles_bc.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "bc.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id bc-drone-strike-review-uzmal-wedding-convoy
@style drone_strike_casualty_review_leak_wire
Pentagon review found March strike in Korvath killed 11 civilians and no militants, officials say
  > anonymous_official | us-officials | officials | say | Pentagon review found March strike in Korvath killed 11 civilians and no militants

WASHINGTON -- A classified Pentagon review has concluded that a U.S. drone strike in northern Korvath in March killed 11 civilians, including six children, and none of the militants it was meant to target, according to four U.S. officials and a summary of the review obtained by Compass Wire.
  > anonymous_official | us-officials | four U.S. officials | according to | <
  > document | summary | a summary of the review obtained by Compass Wire | according to | <
The review, completed in August, found that drone operators mistook a wedding party's convoy of pickup trucks for a militant supply column after watching it for less than 20 minutes, the summary says.
  > document | summary | the summary | says | <
It also found that the tip that drew attention to the convoy came from a single informant whose earlier reports had never been checked.
  > document | summary | It | found | >

"We got it wrong, and we got it wrong for reasons that were avoidable," said one of the officials, who spoke on the condition of anonymity because the review has not been released.
  > anonymous_official | us-officials | one of the officials | said | < | anon=who spoke on the condition of anonymity because the review has not been released
"The failure wasn't the missile.
  > anonymous_official | us-officials | one of the officials | - | *
It was the twenty minutes."
  > anonymous_official | us-officials | one of the officials | - | *

The Pentagon has not publicly acknowledged that anyone other than militants was killed.
Pentagon press secretary Dana Whitlock said in a statement Tuesday that the department "takes every allegation of civilian harm seriously" and would "share findings when appropriate."
  > named_official | whitlock | Pentagon press secretary Dana Whitlock | said in a statement Tuesday | >
She declined to answer questions about the review's conclusions.
  > declined_comment | whitlock | She | declined to answer questions about the review's conclusions | - | resp=declined

Korvath's government, which lets U.S. drones fly from an airfield near the city of Tesh, was told of the findings in September, according to a person familiar with the diplomatic exchanges.
  > anonymous_familiar | familiar | a person familiar with the diplomatic exchanges | according to | <
Korvath's Interior Ministry did not respond to written questions.
  > declined_comment | korvath-interior | Korvath's Interior Ministry | did not respond to written questions | - | resp=no_response
A ministry official reached by phone in the capital, Dashir, said the government "had its own information" about the strike but would not describe it.
  > anonymous_official | ministry-official | A ministry official reached by phone in the capital, Dashir | said | the government "had its own information" about the strike
  > declined_comment | ministry-official | A ministry official reached by phone in the capital, Dashir | would not describe it | - | resp=declined

Relatives of the dead have said for months that the trucks were carrying guests to a wedding in the village of Uzmal.
  > anonymous_other | relatives | Relatives of the dead | have said | that the trucks were carrying guests to a wedding in the village of Uzmal
Bakhtiyor Salimov, whose brother and two nephews were killed, said by phone that no American official had ever contacted the family.
  > named_person | salimov | Bakhtiyor Salimov, whose brother and two nephews were killed | said by phone | >
"They know our names now," he said.
  > named_person | salimov | he | said | <
"They could have learned them before."
  > named_person | salimov | he | - | *

The Northern Ledger, a newspaper in New York, reported in April that village elders in Uzmal had counted 11 bodies, a figure the Pentagon disputed at the time.
  > media_report | northern-ledger | The Northern Ledger, a newspaper in New York | reported in April | that village elders in Uzmal had counted 11 bodies
  > named_organization | pentagon | the Pentagon | disputed | a figure
Compass Wire could not independently confirm the identities of all of the dead.
Sen. Ruth Abernathy, a Democrat on the Intelligence Committee, said she had asked the department for the review in May and had not received it.
  > named_official | abernathy | Sen. Ruth Abernathy, a Democrat on the Intelligence Committee | said | >
"If the department knew in August, Congress should have known in August," Abernathy said.
  > named_official | abernathy | Abernathy | said | <
A spokesman for Rep. Glenn Hoyt, the Republican chairman of the House Armed Services Committee, said the committee would "seek a briefing."
  > named_organization | hoyt-office | A spokesman for Rep. Glenn Hoyt, the Republican chairman of the House Armed Services Committee | said | >

Human rights groups have long argued that the military's civilian-harm reviews lean on the same intelligence that led to the strikes in the first place.
  > anonymous_other | rights-groups | Human rights groups | have long argued | >
"The people who made the mistake are grading their own homework," said Imogen Farrell, a former Pentagon lawyer who now studies civilian protection at the Ashbury Center, a research group in Washington.
  > named_person | farrell | Imogen Farrell, a former Pentagon lawyer who now studies civilian protection at the Ashbury Center, a research group in Washington | said | <
The Pentagon plans to release an unclassified version of the review, two of the officials said, but no date has been set.
  > anonymous_official | us-officials | two of the officials | said | The Pentagon plans to release an unclassified version of the review
The department wants to keep flying from the airfield at Tesh under an agreement that expires in 2027.
  > named_organization | pentagon | The department | wants | to keep flying from the airfield at Tesh under an agreement that expires in 2027 | nosrc

@excluded
Reporting by Selin Arat in Washington and Timur Nazarov in Dashir; editing by Paul Brennan
Click here to license this story.
© 2025 Compass Wire. All rights reserved.
''')

ARTICLES.append(r'''
@id bc-red-mesa-detention-hunger-strike
@style detention_center_hunger_strike_local_daily
Red Mesa detainees refuse meals for a ninth day, lawyer says; operator denies a hunger strike
  > named_official | ocasio | lawyer | says | Red Mesa detainees refuse meals for a ninth day
  > named_organization | sentinel | operator | denies | a hunger strike

RED MESA, N.M. -- At least 40 men held at the Red Mesa Processing Center have refused meals since Jan. 6 to protest months of delays in their asylum cases, according to a lawyer who represents several of them.
  > named_official | ocasio | a lawyer who represents several of them | according to | <
The lawyer, Pilar Ocasio of the Frontera Legal Project, said two of the men had been taken to a hospital in Las Cruces this week after fainting.
  > named_official | ocasio | The lawyer, Pilar Ocasio of the Frontera Legal Project | said | >
"These are people who did everything the government told them to do," Ocasio said.
  > named_official | ocasio | Ocasio | said | <
"They asked for asylum at a port of entry, and they have been sitting in a cell for seven months waiting for a hearing."
  > named_official | ocasio | Ocasio | - | *

Sentinel Custody Services, the Texas company that runs the center under a federal contract, said in an emailed statement that "no detainee at Red Mesa is on a hunger strike" and that all meals were "offered and documented."
  > named_organization | sentinel | Sentinel Custody Services, the Texas company that runs the center under a federal contract | said in an emailed statement | >
Under federal detention standards, a detainee who refuses food for 72 hours must be referred for medical monitoring.
An ICE spokeswoman in El Paso said the agency was "aware of reports" of meal refusals and was "monitoring the health and welfare of all those in our care."
  > named_organization | ice | An ICE spokeswoman in El Paso | said | >
She would not say how many detainees had been referred for monitoring.
  > declined_comment | ice | She | would not say how many detainees had been referred for monitoring | - | resp=declined

A 29-year-old man from Lusenia who has been held at Red Mesa since June, and who asked that his name not be used because he fears retaliation, said in a phone call that he had taken nothing but water and salt for eight days.
  > anonymous_other | detainee | A 29-year-old man from Lusenia who has been held at Red Mesa since June | said in a phone call | > | anon=who asked that his name not be used because he fears retaliation
"My body is weak, but my case is weaker, because nobody looks at it," he said through an interpreter.
  > anonymous_other | detainee | he | said through an interpreter | <

The immigration court at Red Mesa had 6,200 pending cases at the end of December, up from 3,900 a year earlier, according to data from the Executive Office for Immigration Review, which runs the nation's immigration courts.
  > document | eoir-data | data from the Executive Office for Immigration Review, which runs the nation's immigration courts | according to | <
Two of the court's four judgeships have been vacant since the fall, said a court administrator who was not authorized to speak to reporters.
  > anonymous_official | administrator | a court administrator who was not authorized to speak to reporters | said | < | anon=who was not authorized to speak to reporters

The center is Otero County's largest employer after the school district, and its contract brings the county about $1.4 million a year in fees.
County Commissioner Lyle Dorsey said he had not heard of any hunger strike and "wouldn't put much stock in what the lawyers are saying."
  > named_official | dorsey | County Commissioner Lyle Dorsey | said | >
Outside the center on Thursday, about a dozen members of a church group from Alamogordo held a vigil.
Marta Villanueva, a retired schoolteacher who organized it, said the group had come every Thursday since the summer.
  > named_person | villanueva | Marta Villanueva, a retired schoolteacher who organized it | said | >
Some residents have complained that the vigils bring traffic to a two-lane road.
  > anonymous_other | residents | Some residents | have complained | >

The Sun-Ledger reported in October that an ICE inspection had found the center short of about 30 guards.
  > media_report | sun-ledger | The Sun-Ledger | reported in October | >
Sentinel did not respond to questions about staffing.
  > declined_comment | sentinel | Sentinel | did not respond to questions about staffing | - | resp=no_response
Rep. Teresa Anaya, whose district includes Red Mesa, wrote to ICE's acting director on Wednesday that the reports were "deeply alarming" and that the detainees should be seen by independent doctors.
  > named_official | anaya | Rep. Teresa Anaya, whose district includes Red Mesa | wrote to ICE's acting director on Wednesday | >
ICE plans to open a second processing center in the state next year.
  > named_organization | ice | ICE | plans | to open a second processing center in the state next year | nosrc
Ocasio said her clients would keep refusing food "until someone gives them a date."
  > named_official | ocasio | Ocasio | said | >

@excluded
Subscribe to the Basin Sun-Ledger: local news for $1 a week.
Comments are moderated and may take up to 24 hours to appear.
Share this story
Copyright 2025 Basin Sun-Ledger
''')

ARTICLES.append(r'''
@id bc-prewitt-bribery-trial-day-six
@style former_governor_bribery_trial_liveblog
Live updates: Prewitt's former chief of staff testifies he carried cash "in a gym bag"
  > named_person | lusk | Prewitt's former chief of staff | testifies | he carried cash "in a gym bag"

Follow along as our reporters cover the sixth day of the trial from the federal courthouse in Ridgeport.

9:12 a.m.
Testimony resumed this morning in the federal bribery trial of former Gov. Harlan Prewitt.
The government's central witness, Prewitt's former chief of staff Dwayne Lusk, took the stand shortly after nine.
Lusk pleaded guilty in March to conspiracy and agreed to cooperate with prosecutors in exchange for a lighter sentence, according to his plea agreement.
  > document | plea | his plea agreement | according to | <

9:40 a.m.
Lusk told jurors that in the spring of 2021 he picked up cash at least six times from Ned Garrison, the owner of Garrison Paving.
  > named_person | lusk | Lusk | told jurors | >
"He'd hand me a gym bag at the truck stop off Route 9, and I'd put it in the trunk of the governor's car," Lusk said.
  > named_person | lusk | Lusk | said | <
Asked by Assistant U.S. Attorney Rhea Castellano whether he ever counted the money, Lusk said no.
  > named_person | lusk | Lusk | said | no
"It wasn't my money to count," he said.
  > named_person | lusk | he | said | <

10:15 a.m.
Prewitt's lead lawyer, Constance Ibarra, opened her cross-examination by asking Lusk how many years his plea deal could keep him out of prison.
Lusk said he did not know.
  > named_person | lusk | Lusk | said | >
Ibarra then showed jurors a text message Lusk sent his sister in 2022, which read: "I'm going to make sure I'm not the one who goes down for this."
  > document | text-message | a text message Lusk sent his sister in 2022 | read | "I'm going to make sure I'm not the one who goes down for this."
"That was about a parking ticket," Lusk said, drawing laughter from the gallery.
  > named_person | lusk | Lusk | said | <
Judge Miriam Okafor called a 15-minute recess.

11:30 a.m.
During the break, Prewitt told reporters in the hallway that he was "looking forward to the truth coming out."
  > named_person | prewitt | Prewitt | told reporters in the hallway | >
He did not answer questions about Lusk's testimony.
  > declined_comment | prewitt | He | did not answer questions about Lusk's testimony | - | resp=no_response
Ibarra has said Prewitt intends to testify in his own defense.
  > named_official | ibarra | Ibarra | has said | >

1:05 p.m.
Court records filed during the lunch break show that prosecutors intend to call Garrison as early as Thursday.
  > document | records | Court records filed during the lunch break | show | >
Garrison has not been charged.
His lawyer, Felix Arango, said in an email that Garrison "will tell the truth, as he always has," but declined to say whether his client had been offered immunity.
  > named_official | arango | His lawyer, Felix Arango | said in an email | that Garrison "will tell the truth, as he always has,"
  > declined_comment | arango | His lawyer, Felix Arango | declined to say whether his client had been offered immunity | - | resp=declined
Garrison himself could not be reached.
  > declined_comment | garrison | Garrison himself | could not be reached | - | resp=unreachable

2:20 p.m.
The Ridgeport Examiner reported last year that the FBI had recorded some of Prewitt's phone calls with Garrison, but no recordings have been played for the jury so far.
  > media_report | examiner | The Ridgeport Examiner | reported last year | that the FBI had recorded some of Prewitt's phone calls with Garrison
A person familiar with the government's exhibit list said the recordings were expected to be played next week.
  > anonymous_familiar | familiar | A person familiar with the government's exhibit list | said | >
Asked about the recordings, a spokesman for the U.S. attorney's office said only that the government "will present its case in court."
  > named_organization | usao | a spokesman for the U.S. attorney's office | said | that the government "will present its case in court."

3:45 p.m.
Court adjourned for the day.
Lusk will return to the stand Wednesday morning, Okafor told the jury.
  > named_official | okafor | Okafor | told the jury | <
Several jurors appeared to take notes throughout the cross-examination.

@excluded
This live blog has ended. Follow our continuing coverage of the Prewitt trial.
Share this live blog
Reader comments are turned off for live coverage.
© 2025 Capitol Beat Media
''')

ARTICLES.append(r'''
@id bc-immigration-judges-attrition-radio
@style immigration_court_backlog_public_radio_transcript
Immigration judges say they are quitting faster than they can be replaced
  > anonymous_official | judges | Immigration judges | say | they are quitting faster than they can be replaced

NORA BLAKELY, HOST: The nation's immigration courts have a backlog of more than three million cases.
And the judges who are supposed to work through it are leaving.
Tomás Reyna has been talking to some of them.

TOMÁS REYNA, BYLINE: Judge Ellen Marchetti spent 14 years hearing asylum cases in Baltimore before she retired in September.
She says the job changed in her last two years.
  > named_person | marchetti | She | says | >

ELLEN MARCHETTI: My docket went from 2,000 cases to 4,600.
  > named_person | marchetti | ELLEN MARCHETTI | : | >
Some days I had ninety seconds to decide whether a person would be sent back to a country where they might be killed.
  > named_person | marchetti | ELLEN MARCHETTI | - | *

REYNA: Marchetti's story is not unusual.
Data from the Executive Office for Immigration Review show that 94 judges left the bench in the last fiscal year, the most on record.
  > document | eoir-data | Data from the Executive Office for Immigration Review | show | >
The office hired 61.
Three sitting immigration judges, who spoke on condition of anonymity because they are not allowed to speak to the press without approval, told me they are looking for other jobs.
  > anonymous_official | judges | Three sitting immigration judges | told me | > | anon=who spoke on condition of anonymity because they are not allowed to speak to the press without approval
One of them said she now schedules hearings for the spring of 2029.
  > anonymous_official | judges | One of them | said | >
Judge Andrea Pizarro, who heads the Immigration Judges Guild, says burnout is only part of it.
  > named_official | pizarro | Judge Andrea Pizarro, who heads the Immigration Judges Guild | says | >

ANDREA PIZARRO: We are employees of the Justice Department, the same department that prosecutes the people in front of us.
  > named_official | pizarro | ANDREA PIZARRO | : | >
That is a conflict, and judges feel it every day.
  > named_official | pizarro | ANDREA PIZARRO | - | *

REYNA: The Justice Department did not make anyone available for an interview.
  > declined_comment | doj | The Justice Department | did not make anyone available for an interview | - | resp=declined
In a statement, a spokesperson said the department had hired a record number of judges over the past five years and was "committed to reducing the backlog."
  > named_organization | doj | a spokesperson | said | >
Lawyers who represent asylum seekers say the turnover has real costs.
  > anonymous_other | lawyers | Lawyers who represent asylum seekers | say | >
When a judge leaves, every case on that judge's docket is reassigned, often to a date years away.
Kwame Asante is an immigration lawyer in Baltimore.

KWAME ASANTE: I have a client whose hearing has been reset four times.
  > named_official | asante | KWAME ASANTE | : | >
She was ready to testify in 2021.
  > named_official | asante | KWAME ASANTE | - | *
Her witnesses have moved away.
  > named_official | asante | KWAME ASANTE | - | *

REYNA: The administration wants Congress to pay for 150 more judgeships.
  > named_organization | administration | The administration | wants | Congress to pay for 150 more judgeships | nosrc
A bill that would do that cleared the House Judiciary Committee in June but has not come to a vote.
Marchetti says more judges alone won't fix it.
  > named_person | marchetti | Marchetti | says | >

MARCHETTI: You can hire 150 people.
  > named_person | marchetti | MARCHETTI | : | >
If the job stays the same, you'll be hiring them again in five years.
  > named_person | marchetti | MARCHETTI | - | *

REYNA: For Tidewater Public Radio, I'm Tomás Reyna in Baltimore.

@excluded
Copyright © 2025 Tidewater Public Radio. All rights reserved.
This transcript was created on a rush deadline. The authoritative record is the audio.
Support this station: give today.
''')

ARTICLES.append(r'''
@id bc-dalca-interview-attache-expulsions
@style expelled_attache_foreign_minister_interview
Lusenia's foreign minister: "We sent engineers, not spies"
  > named_official | dalca | Lusenia's foreign minister | : | "We sent engineers, not spies"

Last month Halvany expelled four Lusenian diplomats, including the embassy's defense attache, accusing them of photographing a naval base at Port Sarrow.
  > named_organization | halvany | Halvany | accusing | them of photographing a naval base at Port Sarrow
Lusenia answered by expelling four Halvanian diplomats.
Foreign Minister Irina Dalca hopes to meet her Halvanian counterpart at a regional summit in May.
  > named_official | dalca | Foreign Minister Irina Dalca | hopes | to meet her Halvanian counterpart at a regional summit in May | nosrc
She spoke with The Atlas Review in her office in Cassel on Monday.
The conversation has been edited and condensed.

Q: Halvany's interior minister, Petar Oblak, said last week that your attache was caught with a camera inside a restricted zone.
  > named_official | oblak | Halvany's interior minister, Petar Oblak | said last week | >
Was he?
Dalca: No.
  > named_official | dalca | Dalca | : | No
He was on a public road, on a public holiday, with his wife and children.
  > named_official | dalca | Dalca | - | *
The Halvanian police stopped him and took his phone.
  > named_official | dalca | Dalca | - | *

Q: The Halvanian newspaper Dagbladet Nord reported, citing unnamed officials, that the phone held photographs of submarine pens.
  > media_report | dagbladet | The Halvanian newspaper Dagbladet Nord | reported | that the phone held photographs of submarine pens
Have you seen those photographs?
Dalca: Nobody has seen them, because nobody has been shown them.
  > named_official | dalca | Dalca | : | >
If they exist, publish them.
  > named_official | dalca | Dalca | - | *

Q: Your ministry's spokesman called the expulsions "a provocation ordered from outside."
  > named_organization | lusenia-fm | Your ministry's spokesman | called | the expulsions "a provocation ordered from outside."
Ordered by whom?
Dalca: I won't name a country in a newspaper interview.
  > declined_comment | dalca | Dalca | won't name a country in a newspaper interview | - | resp=declined
Everyone in the region knows who gains when Halvany and Lusenia quarrel.
  > named_official | dalca | Dalca | - | *

Q: Diplomats in Cassel say the attache, Colonel Mihai Rusu, was called home before the expulsion order was even issued.
  > anonymous_official | cassel-diplomats | Diplomats in Cassel | say | >
Is that true?
Dalca: Colonel Rusu's travel is a matter for the Defense Ministry.
  > named_official | dalca | Dalca | : | >

Q: A leaked cable published last week by the website Open Ledger shows your ambassador in Halvany warning in January that the embassy was "under constant surveillance."
  > document | cable | A leaked cable published last week by the website Open Ledger | shows | >
Did you ignore that warning?
Dalca: I don't comment on leaked documents, real or invented.
  > declined_comment | dalca | Dalca | don't comment on leaked documents | - | resp=declined
But every embassy in the world is under surveillance.
  > named_official | dalca | Dalca | - | *
Ours in Halvany is no exception.
  > named_official | dalca | Dalca | - | *

Q: Will relations recover?
Dalca: They will, because they must.
  > named_official | dalca | Dalca | : | >
Our trade with Halvany is worth more than two billion euros a year.
  > named_official | dalca | Dalca | - | *
Nobody in Cassel wants to throw that away.
  > named_official | dalca | Dalca | - | *

Halvany's Interior Ministry declined to comment on Dalca's remarks.
  > declined_comment | halvany-interior | Halvany's Interior Ministry | declined to comment on Dalca's remarks | - | resp=declined
Lusenia's Defense Ministry did not respond to questions about Colonel Rusu's travel.
  > declined_comment | lusenia-defense | Lusenia's Defense Ministry | did not respond to questions about Colonel Rusu's travel | - | resp=no_response

@excluded
This interview is part of our series The Long Conversation.
Read more from The Atlas Review's Europe desk.
Share on social media
© The Atlas Review 2025
''')

ARTICLES.append(r'''
@id bc-ebrun-strait-frigate-standoff-dispatch
@style frigate_standoff_diplomatic_newsletter
The Narrows Dispatch: Frigates hold their positions in the Ebrun Strait as envoys talk in Geneva

Good morning, and welcome back to The Narrows Dispatch.

THE TOP LINE
Two Korvathi frigates and a Lusenian coast guard cutter spent a fourth day within sight of one another near the disputed Ebrun Strait on Tuesday.
The standoff began on Friday, when the cutter tried to board a Korvathi fishing trawler.
Lusenia's coast guard said the trawler had been fishing illegally inside Lusenian waters.
  > named_organization | lusenia-cg | Lusenia's coast guard | said | >
Korvath's navy said the trawler was in international waters and that its frigates were there "to protect lawful fishermen."
  > named_organization | korvath-navy | Korvath's navy | said | >
Satellite images taken Monday by the commercial imaging company Orbis Earth show the three ships about four nautical miles apart.
  > document | images | Satellite images taken Monday by the commercial imaging company Orbis Earth | show | >

WHAT WE'RE HEARING
Envoys from both countries met in Geneva on Monday with a Swiss mediator, according to three people briefed on the meeting.
  > anonymous_familiar | briefed | three people briefed on the meeting | according to | <
Neither side offered concessions, but they agreed to meet again on Thursday, two of the people said.
  > anonymous_familiar | briefed | two of the people | said | <
A senior Korvathi official, who asked not to be named because he was not authorized to brief the press, told us the navy has been ordered not to fire unless fired upon.
  > anonymous_official | korvath-official | A senior Korvathi official | told us | > | anon=who asked not to be named because he was not authorized to brief the press
A Lusenian diplomat put it more bluntly: "Everyone is waiting for someone else to make a mistake."
  > anonymous_official | lusenia-diplomat | A Lusenian diplomat | put it more bluntly | >
Some naval analysts think Korvath is testing how far Lusenia's new government will go.
  > anonymous_other | analysts | Some naval analysts | think | >
Lusenia's prime minister, Teodor Brancu, wants a deal before parliament reconvenes on the 15th.
  > named_official | brancu | Lusenia's prime minister, Teodor Brancu | wants | a deal before parliament reconvenes on the 15th | nosrc

THE PAPER TRAIL
A 1987 fisheries agreement between the two countries, which we obtained from Lusenia's national archive, describes the strait's eastern channel as "a zone of shared use."
  > document | agreement | A 1987 fisheries agreement between the two countries, which we obtained from Lusenia's national archive | describes | the strait's eastern channel as "a zone of shared use."
Korvath's Foreign Ministry said in a letter to the United Nations last month that the agreement had "lapsed" in 2009.
  > named_organization | korvath-fm | Korvath's Foreign Ministry | said in a letter to the United Nations last month | >
The letter, which is posted on the U.N. website, does not explain how.
Shipping data compiled by the maritime analytics firm Halyard show that tanker traffic through the strait fell 18 percent last week.
  > document | halyard-data | Shipping data compiled by the maritime analytics firm Halyard | show | >

ELSEWHERE
The Cassel Tribune reported Tuesday that Lusenia had asked the United States for help with surveillance drones; the U.S. Embassy in Cassel declined to comment.
  > media_report | tribune | The Cassel Tribune | reported Tuesday | that Lusenia had asked the United States for help with surveillance drones
  > declined_comment | us-embassy | the U.S. Embassy in Cassel | declined to comment | - | resp=declined
We reported last week that only two of Lusenia's six coast guard cutters were in service; a coast guard spokeswoman has since told us the number is three.
  > media_report | dispatch | We | reported last week | that only two of Lusenia's six coast guard cutters were in service
  > named_organization | lusenia-cg | a coast guard spokeswoman | has since told us | the number is three
See you Thursday.

@excluded
You are receiving The Narrows Dispatch because you signed up on our website.
Forward this email to a colleague.
Unsubscribe or manage your preferences.
''')

ARTICLES.append(r'''
@id bc-darwan-interpreters-visa-list
@style wartime_interpreter_visa_limbo_feature
The List: How 3,000 interpreters who served U.S. troops in Darwan ended up waiting on a spreadsheet

State Department emails show officials knew for two years that the visa program had stalled.
  > document | emails | State Department emails | show | >
The interpreters' former commanders say they were never asked to help.
  > anonymous_official | commanders | The interpreters' former commanders | say | >

Yusuf Amiri keeps his commendation letters in a plastic folder on top of the refrigerator.
For 14 months he interpreted for a U.S. Army infantry company in Darwan's Helm province, and he says he was shot at more times than he can count.
  > named_person | amiri | he#2 | says | he was shot at more times than he can count
"I did the job they asked me to do," he told me over tea in the two-room apartment in Sarvan, across the border, where he has lived since 2022.
  > named_person | amiri | he | told me | <
"Now I am asking them to do theirs."
  > named_person | amiri | he | - | *
Amiri applied for a Special Immigrant Visa in 2021.
His case has not moved since March 2023, according to the online case tracker he checks every morning.
  > document | tracker | the online case tracker he checks every morning | according to | <
He is one of about 3,000 former interpreters whose applications are stuck at the same step, a "chief of mission" review meant to confirm that they served faithfully, according to figures the State Department gave Congress in July.
  > document | figures | figures the State Department gave Congress in July | according to | <

Internal State Department emails obtained by Fieldnote through a public records request show that officials in the department's visa office warned as early as 2022 that the review had "effectively stopped."
  > document | emails | Internal State Department emails obtained by Fieldnote through a public records request | show | >
In one, dated Nov. 3, 2022, a deputy director whose name is blacked out wrote that the office had "one and a half people" working through 9,000 files.
  > anonymous_official | deputy-director | a deputy director whose name is blacked out | wrote | > | anon=whose name is blacked out
The emails do not say whether anyone above her replied.
A State Department spokesperson said in a statement that the department had "dramatically increased" staffing for the program since 2023 and issued a record number of the visas last year.
  > named_organization | state | A State Department spokesperson | said in a statement | >
The spokesperson did not answer questions about the emails.
  > declined_comment | state | The spokesperson | did not answer questions about the emails | - | resp=no_response
Two current department officials, who spoke on condition of anonymity because they were not authorized to discuss staffing, said most of the new hires had been assigned to other visa categories.
  > anonymous_official | state-officials | Two current department officials | said | > | anon=who spoke on condition of anonymity because they were not authorized to discuss staffing

Five former U.S. officers who commanded units in Helm province told me they had never been asked to vouch for their interpreters.
  > anonymous_official | commanders | Five former U.S. officers who commanded units in Helm province | told me | >
Another, retired Army Major Colin Ashby, now teaches high school history in Ohio.
"I signed a letter for Yusuf in 2021, and I have never heard a word since," Ashby said.
  > named_person | ashby | Ashby | said | <
He said he had written to his congressman three times.
  > named_person | ashby | He | said | >
Rep. Delia Matsuda, who sits on the House Foreign Affairs Committee, has introduced a bill that would let a commander's letter stand in for the chief of mission review.
She said the department had told her office that the review "cannot be waived without an act of Congress."
  > named_official | matsuda | She | said | >
Veterans' groups have accused the department of treating the interpreters "as a paperwork problem rather than a promise."
  > anonymous_other | veterans-groups | Veterans' groups | have accused | the department of treating the interpreters "as a paperwork problem rather than a promise."

In Sarvan, the government has begun deporting Darwani refugees who lack residence permits, the United Nations refugee agency said in October.
  > named_organization | unhcr | the United Nations refugee agency | said in October | <
Amiri's permit expires in April.
He has not told his children.
"If they send us back, the people I helped capture will know my face," he said.
  > named_person | amiri | he | said | <
The department expects to clear 1,200 more cases by the end of the year, the spokesperson said.
  > named_organization | state | the spokesperson | said | <
Amiri is not on that list, he says; he checked.
  > named_person | amiri | he#1 | says | Amiri is not on that list

@excluded
This article appears in the Spring issue of Fieldnote.
Photographs by Laleh Moradi for Fieldnote.
Fieldnote is reader-supported. Become a member today.
''')

ARTICLES.append(r'''
@id bc-cbp-tower-award-gao-protest
@style surveillance_tower_award_bid_protest_trade
Losing bidder protests $1.1B border tower award, says CBP ignored field-test failures
  > named_organization | vantage | Losing bidder | says | CBP ignored field-test failures

Vantage Sensing Systems has filed a bid protest with the Government Accountability Office challenging U.S. Customs and Border Protection's award of a $1.1 billion contract for autonomous surveillance towers to its rival Cordell Dynamics, according to GAO's online docket.
  > document | docket | GAO's online docket | according to | <
In its protest, filed Oct. 14 and released in redacted form this week, Vantage argues that Cordell's towers failed to detect people on foot at the required range in two of four field trials in Arizona.
  > named_organization | vantage | Vantage | argues | >
CBP's source selection decision, which is quoted in the filing, rated Cordell's technical approach "outstanding" and Vantage's "good."
  > document | decision | CBP's source selection decision, which is quoted in the filing | rated | >
Cordell's price was about $140 million lower, the filing says.
  > document | filing | the filing | says | <

Vantage chief executive Lorna Pettigrew said in an interview that the company "would not have filed if the test data were close."
  > named_official | pettigrew | Vantage chief executive Lorna Pettigrew | said in an interview | >
"We're not protesting because we lost," she said.
  > named_official | pettigrew | she | said | <
"We're protesting because the towers that won can't see what they're supposed to see."
  > named_official | pettigrew | she | - | *
Cordell said in a statement that its system "met or exceeded every requirement" in the solicitation and that it expected GAO to deny the protest.
  > named_organization | cordell | Cordell | said in a statement | >
A Cordell spokesman declined to discuss the field trials.
  > declined_comment | cordell | A Cordell spokesman | declined to discuss the field trials | - | resp=declined
CBP does not comment on pending protests, an agency spokeswoman said.
  > named_organization | cbp | an agency spokeswoman | said | <

GAO must decide the protest within 100 days, by Jan. 22.
CBP has issued a stop-work order while the protest is pending, according to two people familiar with the program.
  > anonymous_familiar | familiar | two people familiar with the program | according to | <
One of them said the program office had discussed asking for an override of the stay.
  > anonymous_familiar | familiar | One of them | said | >
Protests of large border technology awards have become routine.
GAO sustained about 13 percent of the protests it decided last year, according to its annual report to Congress.
  > document | gao-report | its annual report to Congress | according to | <
Industry consultants say that figure understates protesters' leverage, because agencies often take "corrective action" before GAO rules.
  > anonymous_other | consultants | Industry consultants | say | >
"The real question," said Owen Tal, a procurement lawyer at Brisco & Lane who is not involved in the case, "is whether CBP reruns the field trials."
  > named_person | tal | Owen Tal, a procurement lawyer at Brisco & Lane who is not involved in the case | said | "The real question," ;; "is whether CBP reruns the field trials."
Tal said a new round of trials could delay the program by a year.
  > named_person | tal | Tal | said | >

Cordell plans to hire 200 workers at its Tucson plant if the award stands.
  > named_organization | cordell | Cordell | plans | to hire 200 workers at its Tucson plant if the award stands | nosrc
CBP has about 300 of the towers in use along the southern border.
Vantage protested a smaller tower award in 2022 and lost, federal procurement records show.
  > document | procurement-records | federal procurement records | show | <
HPW first reported the protest on Oct. 16.
  > media_report | hpw | HPW | first reported | the protest

@excluded
HPW Pro subscribers can download the redacted protest filing from our document library.
Related coverage: CBP's tower program, explained
Copyright 2025 Homeland Procurement Weekly. Redistribution prohibited.
''')

ARTICLES.append(r'''
@id bc-hollis-student-visa-revocations
@style student_visa_revocation_campus_paper
At least nine Hollis students have had visas revoked, advisers say; university offers few details
  > anonymous_official | advisers | advisers | say | At least nine Hollis students have had visas revoked

At least nine Hollis University students have had their student visas revoked by the State Department since Feb. 1, according to two advisers in the Office of International Programs, who spoke on condition of anonymity because staff were told not to discuss the cases.
  > anonymous_official | advisers | two advisers in the Office of International Programs | according to | < | anon=who spoke on condition of anonymity because staff were told not to discuss the cases
The university confirmed in a campus-wide email Tuesday that "a small number" of students had been affected.
  > named_organization | hollis | The university | confirmed in a campus-wide email Tuesday | >
Provost Leonard Achebe wrote in the email that the university was "in contact with affected students" and "advocating on their behalf."
  > named_official | achebe | Provost Leonard Achebe | wrote in the email | >
The email did not name the students.
University spokesperson Dana Whitley declined to give a number when asked by The Herald.
  > declined_comment | whitley | University spokesperson Dana Whitley | declined to give a number | - | resp=declined

The Herald spoke with three of the students, all graduate students from Korvath and Lusenia.
One, a doctoral student in chemical engineering who asked not to be named because he fears it could hurt his appeal, said he learned of the revocation from an automated email on a Sunday night.
  > anonymous_other | doctoral-student | One, a doctoral student in chemical engineering | said | > | anon=who asked not to be named because he fears it could hurt his appeal
"There was no reason given, just a line that said my visa was no longer valid," he said.
  > anonymous_other | doctoral-student | he | said | <
Another, Amara Oyelaran, a second-year master's student from Lusenia, said an adviser had told her that her visa was flagged after a traffic stop in October.
  > named_person | oyelaran | Another, Amara Oyelaran, a second-year master's student from Lusenia | said | >
"I paid the ticket," Oyelaran said.
  > named_person | oyelaran | Oyelaran | said | <
"That was it.
  > named_person | oyelaran | Oyelaran | - | *
That was the whole thing."
  > named_person | oyelaran | Oyelaran | - | *

The State Department does not comment on individual visa cases, a department spokesperson said in response to questions from The Herald.
  > named_organization | state-dept | a department spokesperson | said in response to questions from The Herald | <
Under federal law, the department can revoke a visa at any time.
Farid Nassar, an immigration lawyer in Boston who represents four of the students, said his clients' records in the government's student database had also been terminated.
  > named_official | nassar | Farid Nassar, an immigration lawyer in Boston who represents four of the students | said | >
He said he planned to file suit in federal court next week.
  > named_official | nassar | He | said | >
Student Government Association President Kiara Dunleavy said the association would vote Thursday on a resolution asking the university to pay the students' legal fees.
  > named_official | dunleavy | Student Government Association President Kiara Dunleavy | said | >
Some faculty members have criticized the administration for saying too little.
  > anonymous_other | faculty | Some faculty members | have criticized | the administration for saying too little
A letter to Achebe signed by 140 faculty members and obtained by The Herald asks the university to publish the number of affected students.
  > document | faculty-letter | A letter to Achebe signed by 140 faculty members and obtained by The Herald | asks | >
The Herald reported last week that international enrollment had fallen 11 percent this year.
  > media_report | herald | The Herald | reported last week | >
Whitley declined to say whether the university had contacted the State Department about the revocations.
  > declined_comment | whitley | Whitley | declined to say whether the university had contacted the State Department about the revocations | - | resp=declined
The university plans to hold a town hall for international students on March 3.
  > named_organization | hollis | The university | plans | to hold a town hall for international students on March 3 | nosrc

@excluded
The Hollis Herald is the independent student newspaper of Hollis University.
Have a tip? Email our news desk.
Leave a Comment
Your email address will not be published. Required fields are marked *
''')

ARTICLES.append(r'''
@id bc-hale-indictment-what-happens-next
@style sitting_attorney_general_indictment_explainer
What the indictment of Attorney General Corbin Hale means, and what happens next

A state grand jury on Friday indicted Attorney General Corbin Hale on four felony counts, making him the first sitting attorney general in the state's history to face criminal charges.
Hale, a Republican in his second term, has denied wrongdoing and says he will not resign.
  > named_official | hale | Hale, a Republican in his second term | has denied | wrongdoing
  > named_official | hale | Hale, a Republican in his second term | says | he will not resign

What is he accused of?
The indictment charges Hale with bribery, official misconduct and two counts of making false statements to investigators.
  > document | indictment | The indictment | charges | Hale with bribery, official misconduct and two counts of making false statements to investigators
It alleges that Hale's office dropped a consumer fraud investigation into a payday lender, Summit Cash Advance, in 2023 after the company's owner, Roland Brisk, paid $180,000 toward renovations at Hale's lake house.
  > document | indictment | It | alleges | >
Special Prosecutor Gwen Abara said at a news conference that Brisk made the payments through a construction company owned by his brother-in-law.
  > named_official | abara | Special Prosecutor Gwen Abara | said at a news conference | >
Brisk has not been charged and is cooperating with investigators, according to a person familiar with the case.
  > anonymous_familiar | familiar | a person familiar with the case | according to | <
Hale did not testify before the grand jury.
Brisk could not be reached, and his lawyer did not respond to a request for comment.
  > declined_comment | brisk | Brisk | could not be reached | - | resp=unreachable
  > declined_comment | brisk-lawyer | his lawyer | did not respond to a request for comment | - | resp=no_response

What does Hale say?
In a video posted on social media Friday night, Hale called the indictment "a political hit job."
  > named_official | hale | Hale | called | the indictment "a political hit job."
"I have never traded an official act for anything, and I will prove it in court," he said in the video.
  > named_official | hale | he | said in the video | <
His lawyer, Bartholomew Reese, said Hale would plead not guilty at his arraignment, scheduled for Nov. 18.
  > named_official | reese | His lawyer, Bartholomew Reese | said | >

Does he have to step down?
No.
State law does not require an indicted official to resign or take leave.
The state constitution says the House may impeach a statewide officer for "misconduct in office" by a majority vote, and the Senate may remove him by a two-thirds vote.
  > document | constitution | The state constitution | says | >
House Speaker Lorraine Pike, a Republican, said Saturday that it was "too early" to talk about impeachment.
  > named_official | pike | House Speaker Lorraine Pike, a Republican | said Saturday | >
At least 11 Republican House members have said privately that they would support an inquiry, according to two House aides.
  > anonymous_official | house-aides | two House aides | according to | <

Who would run the office?
Hale wants to keep running the office while the case proceeds.
  > named_official | hale | Hale | wants | to keep running the office while the case proceeds | nosrc
If he resigned or were removed, the governor would appoint a replacement to serve until the next election.
Gov. Nadia Ferrante, a Democrat, has said only that she is "watching the case closely."
  > named_official | ferrante | Gov. Nadia Ferrante, a Democrat | has said | that she is "watching the case closely."
Her office declined to say whether she had a replacement in mind.
  > declined_comment | ferrante-office | Her office | declined to say whether she had a replacement in mind | - | resp=declined

What happens next?
Legal experts say the case may turn on whether prosecutors can show that Hale knew where the money came from.
  > anonymous_other | legal-experts | Legal experts | say | >
"Bribery cases live and die on the agreement," said Teodora Vance, a former federal prosecutor who teaches at the state university's law school.
  > named_person | vance | Teodora Vance, a former federal prosecutor who teaches at the state university's law school | said | <
"The money is easy to trace.
  > named_person | vance | Teodora Vance | - | *
What the money was for is the hard part."
  > named_person | vance | Teodora Vance | - | *
The Sentinel reported in June that the grand jury had subpoenaed records from Hale's campaign account.
  > media_report | sentinel | The Sentinel | reported in June | >
A trial is unlikely before next summer, Reese said.
  > named_official | reese | Reese | said | <

@excluded
Sign up for Capital Sentinel Politics, our weekly newsletter on state government.
Questions about this case? Send them to our politics team and we may answer them in a future explainer.
© 2025 The Capital Sentinel
''')

ARTICLES.append(r'''
@id bc-quill-senate-staffer-leak-complaint
@style congressional_aide_leak_charge_updated_story
Senate intelligence staffer charged with leaking satellite images to a reporter, Justice Department says
  > named_organization | doj | Justice Department | says | Senate intelligence staffer charged with leaking satellite images to a reporter

Updated at 6:40 p.m. with comment from the staffer's lawyer.

WASHINGTON -- A longtime staff member of the Senate Intelligence Committee was charged Wednesday with passing classified satellite images of a foreign missile base to a journalist, the Justice Department said.
  > named_organization | doj | the Justice Department | said | <
The staffer, Graham Quill, 44, was arrested at his home in Arlington, Va., on Tuesday night, according to a criminal complaint unsealed in federal court in Alexandria.
  > document | complaint | a criminal complaint unsealed in federal court in Alexandria | according to | <
The complaint says Quill photographed at least 14 images on a committee computer with his personal phone and sent them through an encrypted messaging app to a reporter for a national news organization.
  > document | complaint | The complaint | says | >
The complaint does not name the reporter or the news organization.
It says the images, taken by a U.S. satellite in February, showed new launch pads at a missile base in Korvath and were later described in a news article.
  > document | complaint | It | says | >

Two U.S. officials familiar with the case said the article was published by the Sentinel Post in March.
  > anonymous_official | us-officials | Two U.S. officials familiar with the case | said | >
The Post said in a statement that it does not discuss its sources and would "vigorously defend the right of our journalists to report on matters of public interest."
  > named_organization | post | The Post | said in a statement | >
A Justice Department spokesman declined to say whether prosecutors had sought the reporter's phone records.
  > declined_comment | doj | A Justice Department spokesman | declined to say whether prosecutors had sought the reporter's phone records | - | resp=declined

Quill's lawyer, Naomi Bertrand, said in a statement Wednesday evening that her client had "served this country with distinction for two decades" and would plead not guilty.
  > named_official | bertrand | Quill's lawyer, Naomi Bertrand | said in a statement Wednesday evening | >
Quill did not enter a plea at his first court appearance on Wednesday, and a magistrate judge ordered him released to home detention.
The committee's chairman, Sen. Arthur Penrose, could not be reached on Wednesday.
  > declined_comment | penrose | The committee's chairman, Sen. Arthur Penrose | could not be reached on Wednesday | - | resp=unreachable
The committee's top Democrat, Sen. Lila Okonjo, said in a statement that she was "shocked and saddened" and that the committee had "cooperated fully" with the FBI.
  > named_official | okonjo | The committee's top Democrat, Sen. Lila Okonjo | said in a statement | >
A committee aide, who spoke on condition of anonymity because of the sensitivity of the matter, said Quill had been placed on leave in April and his access to classified systems suspended.
  > anonymous_official | committee-aide | A committee aide | said | > | anon=who spoke on condition of anonymity because of the sensitivity of the matter
Quill has worked for the committee since 2009, according to Senate payroll records.
  > document | payroll | Senate payroll records | according to | <

If convicted of unauthorized disclosure of national defense information, he faces up to 10 years in prison on each count.
The case is the first leak prosecution of a congressional employee in more than a decade, the Press Freedom Defense Fund said.
  > named_organization | pfdf | the Press Freedom Defense Fund | said | <
Its director, Simone Achterberg, said the decision to bring the case "should worry every journalist who covers national security."
  > named_official | achterberg | Its director, Simone Achterberg | said | >

@excluded
Correction: An earlier version of this article misstated Quill's age. He is 44, not 47.
An earlier version also misstated where the complaint was filed. It was filed in Alexandria, not Richmond.
Share this article
© 2025 The National Courant
''')

ARTICLES.append(r'''
@id bc-dos-arroyos-guard-fence-claims
@style border_guard_deployment_ranchers_tv_station
Ranchers near Dos Arroyos say Guard troops have cut their fences
  > anonymous_other | ranchers | Ranchers near Dos Arroyos | say | Guard troops have cut their fences

DOS ARROYOS, Texas -- At least five ranchers along the Rio Grande in Arroyo County say soldiers from the Texas National Guard have cut their fences to reach the riverbank, letting cattle wander onto a state highway.
  > anonymous_other | ranchers | At least five ranchers along the Rio Grande in Arroyo County | say | >
One rancher, whose family has run cattle on 2,300 acres east of town since the 1940s, said soldiers cut his fence in two places in September and again in November.
  > named_person | villarreal | One rancher, whose family has run cattle on 2,300 acres east of town since the 1940s | said | >
"Nobody asked me.
  > named_person | villarreal | One rancher | - | *
Nobody told me," the rancher, Hector Villarreal, 67, told KQRV.
  > named_person | villarreal | the rancher, Hector Villarreal, 67 | told KQRV | <
"I found out when my neighbor called to say my heifers were on the highway."
  > named_person | villarreal | the rancher, Hector Villarreal, 67 | - | *
Villarreal said a pickup struck one of his cows on Highway 83 in November.
  > named_person | villarreal | Villarreal | said | a pickup struck one of his cows on Highway 83 in November
The driver was not hurt.

The Texas Military Department, which oversees the Guard, said in a statement to KQRV that soldiers "occasionally" need to open fences to reach the river and that the department pays for repairs when landowners file a claim.
  > named_organization | tmd | The Texas Military Department, which oversees the Guard | said in a statement to KQRV | >
The statement did not mention the Highway 83 crash.
The department's spokesman, Owen Rasku, said 38 claims had been filed in Arroyo County since March and 31 had been paid.
  > named_official | rasku | The department's spokesman, Owen Rasku | said | >
Villarreal said he filed a claim in October and has not been paid.
  > named_person | villarreal | Villarreal | said | >
Two other ranchers, who asked that their names not be used because they lease grazing land from the state, described similar damage.
  > anonymous_other | other-ranchers | Two other ranchers | described | similar damage | anon=who asked that their names not be used because they lease grazing land from the state
One said soldiers had left a gate open overnight in August and 40 goats got out.
  > anonymous_other | other-ranchers | One | said | >

Arroyo County Sheriff Rosa Benavides said her deputies had answered 11 calls about livestock on roads near the river this year, compared with two last year.
  > named_official | benavides | Arroyo County Sheriff Rosa Benavides | said | >
"I support the mission," Benavides said.
  > named_official | benavides | Benavides | said | <
"But the mission has to respect the people who live here."
  > named_official | benavides | Benavides | - | *
Gov. Wade Harmon's office said the deployment, known as Operation River Shield, had "dramatically reduced" illegal crossings in the county.
  > named_organization | harmon-office | Gov. Wade Harmon's office | said | >
Figures from U.S. Customs and Border Protection show that apprehensions in the Rio Grande Valley sector fell 41 percent from January to October, though federal officials have attributed much of the drop to changes in asylum rules.
  > document | cbp-figures | Figures from U.S. Customs and Border Protection | show | that apprehensions in the Rio Grande Valley sector fell 41 percent from January to October
  > anonymous_official | federal-officials | federal officials | have attributed | much of the drop to changes in asylum rules
Harmon wants the Legislature to extend the operation through 2027 at a cost of $2.1 billion.
  > named_official | harmon | Harmon | wants | the Legislature to extend the operation through 2027 at a cost of $2.1 billion | nosrc
State Rep. Elena Soto, a Democrat whose district includes Dos Arroyos, said she would file a bill requiring the state to repair fences within 30 days.
  > named_official | soto | State Rep. Elena Soto, a Democrat whose district includes Dos Arroyos | said | >
The department did not respond Thursday to a request for an interview with a Guard commander in Arroyo County.
  > declined_comment | tmd | The department | did not respond Thursday to a request for an interview with a Guard commander in Arroyo County | - | resp=no_response

@excluded
Copyright 2025 KQRV. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
Watch KQRV News at 5, 6 and 10 on Channel 7.
Report a typo or error in this story.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
