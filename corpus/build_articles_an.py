"""Build corpus/articles/an.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on state legislatures and elections administration, police, prisons and prosecutors,
sports business and leagues, and technology and media companies (voter_roll_purge_notice,
legislative_per_diem_audit, election_certification_refusal, police_overtime_fraud,
prison_mail_scanning_policy, conviction_integrity_unit_closure,
regional_sports_network_blackout, league_expansion_vote, nil_collective_collapse,
age_verification_law_challenge, newspaper_print_edition_cut,
facial_recognition_wrongful_arrest), in the voices of twelve kinds of outlet (a county daily
with a dateline, a nonprofit investigative newsroom built on an audit, a local TV newscast
transcript with ANCHOR and REPORTER labels and sound bites, a regional wire on an indictment, a
magazine feature in the present tense with a two-sentence dek, a newspaper's chronological
live blog of a county budget hearing, a first-person sports business newsletter with
capitalised section heads, a national sports wire from an owners' meeting, a college-town
paper on a collapsed booster group, a tech trade publication's court story, a media
columnist's notes, and a public-radio website in the present tense), each built to test source
typing and grouping: legislators, auditors, elections directors, commissioners, district
attorneys, police chiefs, a corrections secretary, a league commissioner, team owners and
presidents, a union leader who is also a reporter, a publisher, a former unit director and
lawyers speaking for clients typed as officials; professors, consultants, economists, a
retired lieutenant now speaking as a teacher, lawyers commenting as experts, residents,
parents, subscribers and an exonerated man typed as persons; offices, departments, unions,
companies, leagues and unnamed spokespeople typed as organizations; anonymous officials with
and without a stated reason (a state elections official, House employees, deputy district
attorneys, a corrections officer, a league official, a detective, a company's trust and
safety worker, an advertising employee, a law enforcement official "with knowledge of the
inquiry", unnamed team owners); people familiar with, briefed on, close to and with knowledge
of a matter; vague sources (critics, families, boosters, good-government groups, advocates,
an unnamed inmate and an unnamed player); people described first and named later; two named
candidates speaking together (count=2); headline and dek attributions; documents (an audit,
an indictment, payroll records, a statute, a guidance memo, a complaint, emails, a contract,
a police report, a sign-up sheet, financial statements, research cited in a brief, unofficial
results); media reports (other outlets and the outlet's own earlier reporting); non-answers
of all three kinds ("declined to say", "referred questions to", "would not identify", "did
not answer a question", "declines to comment, citing the pending claim", "could not be
reached"); split content; content before and after a cue; quotes over several sentences and
over several transcript lines; a question put by a commissioner; and things that look like
attribution but are not (a reason for anonymity in a sentence of its own, "told to sit down",
a slogan on a blank screen, a program's nickname, a motto, a button's name, reporter's-voice
plans and hopes marked not sourcing). All twelve end with a footer of excluded boilerplate.
Nothing is trained or tuned on them. Same line format and builder as ``build_articles_b.py``
(read its docstring).

Run: python corpus/build_articles_an.py [--render]
     python corpus/build_articles_an.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "an.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id an-voter-roll-purge-notice-pell-county
@style voter_roll_purge_notice
Thousands of Pell County voters got removal notices by mistake, elections office says
  > named_organization | elections-office | elections office | says | Thousands of Pell County voters got removal notices by mistake

CORBIN FALLS, Ky. -- About 4,300 registered voters in Pell County were mailed notices last week warning that they would be dropped from the rolls unless they confirmed their addresses, and nearly all of them should not have received one, the county's elections director, Marcus Tolliver, said Monday.
  > named_official | tolliver | the county's elections director, Marcus Tolliver | said Monday | <
Tolliver said a vendor hired to compare the county's voter list with a national change-of-address database had used a file from 2019, flagging voters who had moved years ago and then moved back, or who had never moved at all.
  > named_official | tolliver | Tolliver | said | >
"That's on us for not catching it," Tolliver said in an interview at the county clerk's annex.
  > named_official | tolliver | Tolliver | said in an interview | <
"Nobody who got one of these letters is going to lose their registration."
  > named_official | tolliver | Tolliver | - | *
The vendor, Bluegrass Data Solutions of Lexington, did not respond to two emails and a phone message seeking comment.
  > declined_comment | vendor | The vendor, Bluegrass Data Solutions of Lexington | did not respond to two emails and a phone message seeking comment | - | resp=no_response

A retired machinist on Laurel Street got his letter on Friday, three days after he voted in a school board runoff.
"I've lived in this house since 1981," said the machinist, Dwight Ebersole, 74.
  > named_person | ebersole | the machinist, Dwight Ebersole, 74 | said | <
"I voted in that same school gym on Tuesday, and now they want me to prove I exist?"
  > named_person | ebersole | Ebersole | - | *
Some voters who called the county's hotline on Monday said they waited more than an hour to reach anyone.
  > anonymous_other | callers | Some voters who called the county's hotline on Monday | said | >

Secretary of State Dana Whitfield, a Republican, said in a statement that her office had "no role" in the mailing and had asked Pell County to send corrected letters within 10 days.
  > named_official | whitfield | Secretary of State Dana Whitfield, a Republican | said in a statement | >
Counties must mail such a notice before removing anyone for a change of address, and a voter who does not answer it and then skips two federal elections can be removed, according to a 2022 guidance memo from Whitfield's office.
  > document | guidance-memo | a 2022 guidance memo from Whitfield's office | according to | <
A state elections official, who asked not to be named because the office had not authorized anyone to discuss the matter, said at least two other counties had used the same vendor this year.
  > anonymous_official | state-official | A state elections official | said | > | anon=who asked not to be named because the office had not authorized anyone to discuss the matter
The official said neither county had reported problems.
  > anonymous_official | state-official | The official | said | >

Rebecca Hannon, an election law professor at the University of Kentucky, said federal law bars states from systematically removing voters within 90 days of a federal election.
  > named_person | hannon | Rebecca Hannon, an election law professor at the University of Kentucky | said | >
"The calendar matters here," Hannon said.
  > named_person | hannon | Hannon | said | <
"The primary is 70 days out, and a letter like this scares people away from the polls even when it's wrong."
  > named_person | hannon | Hannon | - | *
Carl Ostrander, a lawyer for the League of Women Voters of Kentucky, said the group was weighing a lawsuit.
  > named_official | ostrander | Carl Ostrander, a lawyer for the League of Women Voters of Kentucky | said | >
He said he had sent Tolliver a letter asking for a list of every voter who received a notice, and Tolliver said he would provide it.
  > named_official | ostrander | He | said#1 | he had sent Tolliver a letter asking for a list of every voter who received a notice
  > named_official | tolliver | Tolliver#2 | said#2 | he would provide it
The Pell County Democratic Party said it would staff a voter-help table outside the courthouse every weekday until the primary.
  > named_organization | democrats | The Pell County Democratic Party | said | >
The News-Journal first reported the mailing error on Saturday.
  > media_report | news-journal | The News-Journal | first reported | the mailing error
The county had planned to finish its list maintenance for the year before the primary on May 19.
  > named_organization | county | The county | had planned | to finish its list maintenance for the year before the primary on May 19 | nosrc
Voters with questions can call the elections office at 606-555-0142.

@excluded
Subscribe to the Pell County News-Journal for $1 a week.
© 2025 Pell County News-Journal. All rights reserved.
Related: How to check your voter registration in Kentucky
''')

ARTICLES.append(r'''
@id an-legislative-per-diem-audit-mississippi
@style legislative_per_diem_audit
Lawmakers collected expense pay for days the Legislature never met, audit finds
  > document | audit | audit | finds | Lawmakers collected expense pay for days the Legislature never met

JACKSON, Miss. -- Thirty-one Mississippi legislators were paid a combined $87,400 in daily expense allowances for days when neither chamber was in session and no committee they served on had met, according to an audit released Wednesday by the state auditor's office.
  > document | audit | an audit released Wednesday by the state auditor's office | according to | <
The audit covers the 2023 and 2024 calendar years.
State Auditor Renee Calloway said at a news conference that her staff found no sign that any of the claims had been checked by anyone other than the lawmakers who filed them.
  > named_official | calloway | State Auditor Renee Calloway | said at a news conference | >
"The system runs on the honor code, and for some members the honor code took a few days off," Calloway said.
  > named_official | calloway | Calloway | said | <
She said she had referred the findings to the Hinds County district attorney, whose office handles crimes committed at the Capitol.
  > named_official | calloway | She | said | >
The district attorney's office declined to say whether it had opened an investigation.
  > declined_comment | da-office | The district attorney's office | declined to say whether it had opened an investigation | - | resp=declined

Lawmakers receive $151 a day for expenses when they attend a session or a committee meeting.
The 2019 law that set the allowance says members may also claim it for "legislative business" outside Jackson, but it does not define the term.
  > document | law | The 2019 law that set the allowance | says | members may also claim it for "legislative business" outside Jackson
The largest total, $9,060 for 60 days, went to Rep. Thaddeus Greer, a Republican from Tupelo who chairs the House Ways and Means Committee.
Greer's claims include 14 days in August 2024 when, according to his own campaign's social media posts, he was on a fishing trip in the Florida Keys.
  > document | greer-posts | his own campaign's social media posts | according to | >
Greer did not respond to three phone messages and an email left with his legislative office over two weeks.
  > declined_comment | greer | Greer | did not respond to three phone messages and an email left with his legislative office over two weeks | - | resp=no_response
Sen. Lorraine Batiste, a Democrat from Greenville, claimed 22 days, the audit shows, including nine days she spent at a legislators' conference in Denver.
  > document | audit | the audit | shows | Sen. Lorraine Batiste, a Democrat from Greenville, claimed 22 days ;; including nine days she spent at a legislators' conference in Denver
Batiste said in a text message that the conference was "the definition of legislative business" and that she would "happily defend every day of it."
  > named_official | batiste | Batiste | said in a text message | >

A longtime Senate staff member said the expense forms were routinely signed by the member and filed without review by the chamber's finance office.
  > anonymous_official | senate-staffer | A longtime Senate staff member | said | >
Two House employees who handle the forms, speaking on the condition of anonymity because they feared losing their jobs, said they had been told never to question a claim a member submitted.
  > anonymous_official | house-employees | Two House employees who handle the forms | said | > | anon=speaking on the condition of anonymity because they feared losing their jobs
A spokesman for House Speaker Jason Whitt said the speaker "takes the auditor's findings seriously" and would ask the House Management Committee to review the rules.
  > named_organization | speaker-office | A spokesman for House Speaker Jason Whitt | said | >
In 2023, Whitt told the Clarion Standard that the allowance "barely covers a hotel room in Jackson."
  > named_official | whitt | Whitt | told the Clarion Standard | >
The committee is expected to take up the audit at its next meeting, on Oct. 14, according to two people familiar with its agenda, who were not authorized to discuss it.
  > anonymous_familiar | familiar | two people familiar with its agenda | according to | < | anon=who were not authorized to discuss it
Good-government groups have long complained that the allowance is loosely policed.
  > anonymous_other | watchdogs | Good-government groups | have long complained | >
Mississippi Ledger reported in March that lawmakers had claimed more than $2 million in expense allowances in 2023, the most in a decade.
  > media_report | ledger | Mississippi Ledger | reported in March | >
"This is not a rounding error, it's a pattern," said Howard Pettus, a retired accounting professor at Millsaps College who reviewed the audit at Mississippi Ledger's request.
  > named_person | pettus | Howard Pettus, a retired accounting professor at Millsaps College who reviewed the audit at Mississippi Ledger's request | said | <
Pettus said the dates clustered around holidays and the opening weeks of deer season.
  > named_person | pettus | Pettus | said | >
Calloway wants the Legislature to require sign-in sheets for every day claimed.
  > named_official | calloway | Calloway | wants | the Legislature to require sign-in sheets for every day claimed | nosrc
The auditor's office said it would post a searchable database of the claims by the end of the month.
  > named_organization | auditor-office | The auditor's office | said | >

@excluded
Mississippi Ledger is a nonprofit newsroom. Republish this story for free under a Creative Commons license.
Have a tip? Email tips@msledger.org or reach us on Signal.
Photo: The Mississippi Capitol in Jackson. (Mississippi Ledger file photo)
''')

ARTICLES.append(r'''
@id an-election-certification-refusal-ochoa-county
@style election_certification_refusal
Ochoa County won't certify its primary, and the state says it will sue
  > named_organization | sos-office | the state | says | it will sue

DEBRA KING, ANCHOR: Good evening.
Two of the three commissioners in Ochoa County voted this afternoon not to certify the results of last month's primary, even though state law says certification is not optional.
  > document | law | state law | says | certification is not optional
Our reporter Luis Ferrer was at the meeting in Tres Piedras.

LUIS FERRER, REPORTER: Debra, the vote took about four minutes, and it came after nearly three hours of public comment.
Commissioner Wade Halvorsen, who made the motion, said he had "serious questions" about the county's new ballot-counting machines.
  > named_official | halvorsen | Commissioner Wade Halvorsen, who made the motion | said | >

COMMISSIONER WADE HALVORSEN: I'm not saying anybody cheated.
  > named_official | halvorsen | COMMISSIONER WADE HALVORSEN | : | >
I'm saying I can't put my name on numbers I can't verify, and neither should you.
  > named_official | halvorsen | COMMISSIONER WADE HALVORSEN | - | *

FERRER: The county's elections administrator, Gloria Benavidez, told commissioners the machines were tested before and after the election, in public, and matched a hand count of three precincts exactly.
  > named_official | benavidez | The county's elections administrator, Gloria Benavidez | told commissioners | >

GLORIA BENAVIDEZ, ELECTIONS ADMINISTRATOR: We did everything the law asks, and then some.
  > named_official | benavidez | GLORIA BENAVIDEZ, ELECTIONS ADMINISTRATOR | : | >
There is not one missing ballot in this county.
  > named_official | benavidez | GLORIA BENAVIDEZ, ELECTIONS ADMINISTRATOR | - | *

FERRER: Several people in the crowd were told to sit down after shouting at her.
The third commissioner, Rosa Quintana, voted to certify.
She called today's vote "a tantrum with a gavel."
  > named_official | quintana | She | called | today's vote "a tantrum with a gavel."

KING: Luis, what happens now?

FERRER: The county had until Friday to certify, and the secretary of state's office told me this afternoon it will ask a district judge to order the commission to do it.
  > named_organization | sos-office | the secretary of state's office | told me this afternoon | it will ask a district judge to order the commission to do it
A spokeswoman for Secretary of State Ana Lucero said the office brought a similar case in 2022 and won it in a week.
  > named_organization | sos-office | A spokeswoman for Secretary of State Ana Lucero | said | >
Halvorsen's attorney, Brent Ruckel, says his client is ready to go to court.
  > named_official | ruckel | Halvorsen's attorney, Brent Ruckel | says | >
And a person close to the other commissioner who voted no, Earl Pacheco, says Pacheco has told friends he's worried about losing his seat if he backs down.
  > anonymous_familiar | close-to-pacheco | a person close to the other commissioner who voted no, Earl Pacheco | says | >
Pacheco did not return our calls this evening.
  > declined_comment | pacheco | Pacheco | did not return our calls this evening | - | resp=no_response

KING: The numbers themselves aren't really in dispute, are they?

FERRER: No.
The unofficial results show the sheriff's race was decided by 212 votes, and neither candidate has asked for a recount.
  > document | results | The unofficial results | show | >
Both candidates, Sheriff Tom Ybarra and his challenger, Deputy Marisa Kell, told KTVN they accept the results.
  > named_official | candidates | Both candidates, Sheriff Tom Ybarra and his challenger, Deputy Marisa Kell | told KTVN | > | count=2

KING: Luis Ferrer in Tres Piedras, thank you.

@excluded
This transcript has been edited for length and clarity.
Copyright 2025 KTVN. All rights reserved.
Watch KTVN Evening News weeknights at 6 and 10.
''')

ARTICLES.append(r'''
@id an-police-overtime-fraud-lowry
@style police_overtime_fraud
Seven Lowry police officers charged in overtime scheme, prosecutors say
  > named_organization | da-office | prosecutors | say | Seven Lowry police officers charged in overtime scheme

LOWRY, Mass. -- Seven Lowry police officers, including a captain who ran the department's traffic division, were charged Thursday with collecting more than $400,000 for overtime shifts they never worked, the Plymouth County district attorney's office said.
  > named_organization | da-office | the Plymouth County district attorney's office | said | <
An indictment unsealed in Plymouth Superior Court accuses the officers of billing for paid details at road construction jobs that had been canceled or had ended early.
  > document | indictment | An indictment unsealed in Plymouth Superior Court | accuses | the officers of billing for paid details at road construction jobs that had been canceled or had ended early
District Attorney Miriam Oduya said at a news conference that the scheme ran for at least four years and that supervisors signed off on shifts "without so much as a glance."
  > named_official | oduya | District Attorney Miriam Oduya | said at a news conference | >
"These are officers who wrote tickets for a living, and they were writing fiction on their time sheets," Oduya said.
  > named_official | oduya | Oduya | said | <

The captain, Francis Doherty, 54, is charged with larceny and conspiracy.
His lawyer, Neil Abramowitz, said Doherty would plead not guilty and called the case "a paperwork dispute dressed up as a crime."
  > named_official | abramowitz | His lawyer, Neil Abramowitz | said | Doherty would plead not guilty
  > named_official | abramowitz | His lawyer, Neil Abramowitz | called | the case "a paperwork dispute dressed up as a crime."
Lawyers for the other six officers could not be reached Thursday.
  > declined_comment | other-lawyers | Lawyers for the other six officers | could not be reached Thursday | - | resp=unreachable
The Lowry Police Patrolmen's Association said in a statement that its members "are entitled to the presumption of innocence" and that the city's payroll system had been "broken for years."
  > named_organization | union | The Lowry Police Patrolmen's Association | said in a statement | >
Police Chief Andre Batista, who took over the department in January, said all seven officers had been placed on unpaid leave.
  > named_official | batista | Police Chief Andre Batista, who took over the department in January | said | >
He declined to say whether other officers were under investigation.
  > declined_comment | batista | He | declined to say whether other officers were under investigation | - | resp=declined
But a law enforcement official with knowledge of the inquiry said investigators were reviewing time sheets submitted by at least a dozen more officers.
  > anonymous_official | le-official | a law enforcement official with knowledge of the inquiry | said | >
The official, who spoke on the condition of anonymity because the investigation is continuing, said some of those officers were cooperating.
  > anonymous_official | le-official | The official | said | > | anon=who spoke on the condition of anonymity because the investigation is continuing

Doherty earned $312,000 last year, more than twice his base salary, according to city payroll records.
  > document | payroll | city payroll records | according to | <
The Lowry Enterprise reported in 2023 that the department paid more overtime per officer than any other in the state.
  > media_report | enterprise | The Lowry Enterprise | reported in 2023 | >
Overtime fraud is hard to prove because details are often approved by phone and logged days later, said Kevin Marsh, a former Boston police lieutenant who now teaches criminal justice at Bridgewater State University.
  > named_person | marsh | Kevin Marsh, a former Boston police lieutenant who now teaches criminal justice at Bridgewater State University | said | <
"The paper trail is a mess everywhere," Marsh said.
  > named_person | marsh | Marsh | said | <
"What makes this one different is the volume."
  > named_person | marsh | Marsh | - | *
Mayor Colleen Furey's office referred questions to the district attorney.
  > declined_comment | mayor-office | Mayor Colleen Furey's office | referred questions to the district attorney | - | resp=declined
Some residents have questioned why the department's internal affairs unit did not catch the pattern.
  > anonymous_other | residents | Some residents | have questioned | why the department's internal affairs unit did not catch the pattern
The City Council plans to hold a hearing on police overtime next month.
  > named_organization | council | The City Council | plans | to hold a hearing on police overtime next month | nosrc
The officers are scheduled to be arraigned on Nov. 3.

@excluded
Copyright 2025 New England Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
Follow our coverage of Massachusetts courts and public safety.
''')

ARTICLES.append(r'''
@id an-prison-mail-scanning-policy-fallowfield
@style prison_mail_scanning_policy
Paper Trail: Inside the prison system's war on letters

The state says scanning prisoners' mail keeps drugs out.
  > named_organization | doc | The state | says | scanning prisoners' mail keeps drugs out
Families say it is taking away the last thing they can hold.
  > anonymous_other | families | Families | say | it is taking away the last thing they can hold

Every Sunday night for six years, Lorraine Whitby has written her son a letter on yellow legal paper and sprayed it with the perfume she wore when he was a boy.
Since March, the letters go first to a warehouse in Lancaster, where a contractor's employees open them, scan them and shred them.
Her son, who is serving 14 years at the State Correctional Institution at Fallowfield, now reads them as grainy printouts, she says.
  > named_person | whitby | she | says | <
"He told me the printout smells like the copier," Whitby says.
  > named_person | whitby | Whitby | says | <
"That's what I'm competing with."
  > named_person | whitby | Whitby | - | *

The Pennsylvania Department of Corrections says the change has cut the number of drug-soaked papers found inside its prisons by 70 percent.
  > named_organization | doc | The Pennsylvania Department of Corrections | says | >
Its secretary, Malcolm Reyes, says synthetic cannabinoids sprayed onto letters sent dozens of staff members to hospitals in 2023.
  > named_official | reyes | Its secretary, Malcolm Reyes | says | >
"We had officers collapsing in mailrooms," Reyes says in an interview in his Harrisburg office.
  > named_official | reyes | Reyes | says in an interview | <
"I'm not going to apologize for stopping that."
  > named_official | reyes | Reyes | - | *
A department report released in January counts 47 staff exposures in the year before scanning began and 11 in the year after.
  > document | doc-report | A department report released in January | counts | >

But the numbers are harder to read than they look, says Tasha Greenberg, a criminologist at Temple University who studies prison contraband.
  > named_person | greenberg | Tasha Greenberg, a criminologist at Temple University who studies prison contraband | says | <
Greenberg notes that the department also put body scanners at visitor entrances that year, which could account for much of the decline.
  > named_person | greenberg | Greenberg | notes | >
A corrections officer at Fallowfield, who asks not to be named because staff are barred from speaking to reporters, says drugs now come in through staff and visitors instead.
  > anonymous_official | co | A corrections officer at Fallowfield | says | > | anon=who asks not to be named because staff are barred from speaking to reporters
"The mail was never the only door," he says.
  > anonymous_official | co | he | says | <
A man serving a life sentence in the same unit, reached through his mother, says he has not seen a clear photo of his daughter since November because the scanner turns color pictures into gray smudges.
  > anonymous_other | inmate | A man serving a life sentence in the same unit | says | >

The contractor, Clearview Correctional Mail of Tampa, did not respond to questions about how long it keeps copies of the letters.
  > declined_comment | clearview | The contractor, Clearview Correctional Mail of Tampa | did not respond to questions about how long it keeps copies of the letters | - | resp=no_response
Its $4.2 million contract with the state, obtained through a public records request, says the company may keep digital copies for seven years.
  > document | contract | Its $4.2 million contract with the state, obtained through a public records request | says | >
People familiar with the contract talks say two other states are weighing the same vendor.
  > anonymous_familiar | familiar | People familiar with the contract talks | say | >
Jonah Feld, a lawyer who represents four families suing over the policy, says the copies amount to a government archive of private family letters.
  > named_official | feld | Jonah Feld, a lawyer who represents four families suing over the policy | says | >
A department spokeswoman says the agency does not comment on pending litigation.
  > declined_comment | doc | A department spokeswoman | says the agency does not comment on pending litigation | - | resp=declined
State Sen. Carla Munoz, a Democrat, has a bill that would require original letters to be delivered within 10 days, and she says she expects a hearing this spring.
  > named_official | munoz | she | says | >
Back in Allentown, Whitby still writes every Sunday.
She has stopped using the perfume.

@excluded
A version of this article appears in print in the April issue of Keystone Monthly.
Illustration by Marisol Ortega for Keystone Monthly.
Share this story: Facebook | X | Email
''')

ARTICLES.append(r'''
@id an-conviction-integrity-unit-closure-marion-county
@style conviction_integrity_unit_closure
Live: DA's plan to close conviction review unit draws a crowd at Marion County budget hearing

9:30 a.m.
The Marion County Board of Commissioners is meeting this morning on District Attorney Gregory Stahl's proposed budget, which would eliminate the office's four-person Conviction Integrity Unit on July 1.
Stahl has said the unit's work can be absorbed by the appeals division.
  > named_official | stahl | Stahl | has said | >
The unit, known inside the office as "Second Look," was created in 2017.
More than 100 people signed up to speak, according to a sign-up sheet posted outside the chamber.
  > document | sheet | a sign-up sheet posted outside the chamber | according to | <

Stahl told commissioners the unit costs $610,000 a year and has produced two exonerations in six years.
  > named_official | stahl | Stahl | told commissioners | >
"I have to put prosecutors in courtrooms where victims are waiting today," Stahl said.
  > named_official | stahl | Stahl | said | <
"I can't keep paying for a unit that mostly writes memos."
  > named_official | stahl | Stahl | - | *

10:15 a.m.
The first speaker was a man who spent 19 years in prison for a 1998 killing before the unit's review led a judge to vacate his conviction in 2021.
"I'm standing here because four people read my file when nobody else would," said the man, Terrence Vail, 52.
  > named_person | vail | the man, Terrence Vail, 52 | said | <

The unit's former director, Andrea Lindqvist, who resigned in March, told commissioners that it had 31 cases under active review when she left.
  > named_official | lindqvist | The unit's former director, Andrea Lindqvist, who resigned in March | told commissioners | >
She said at least three of them involved the same forensic analyst, whose work is now under review by the state crime lab.
  > named_official | lindqvist | She | said | >
The Oregon State Police, which runs the crime lab, confirmed that it is reviewing cases handled by a former analyst but would not identify the analyst.
  > named_organization | osp | The Oregon State Police, which runs the crime lab | confirmed | that it is reviewing cases handled by a former analyst
  > declined_comment | osp | The Oregon State Police, which runs the crime lab | would not identify the analyst | - | resp=declined

11:05 a.m.
Two deputy district attorneys, who spoke to the Courier during a recess on the condition of anonymity because Stahl has barred staff from discussing the budget, said the appeals division is already months behind.
  > anonymous_official | deputies | Two deputy district attorneys | said | > | anon=who spoke to the Courier during a recess on the condition of anonymity because Stahl has barred staff from discussing the budget
One of them said the division has 140 pending appeals and five lawyers.
  > anonymous_official | deputies | One of them | said | >

Commissioner Danielle Osei asked Stahl whether any other county in Oregon had closed such a unit.
  > named_official | osei | Commissioner Danielle Osei | asked | whether any other county in Oregon had closed such a unit
He said he did not know.
  > named_official | stahl | He | said | >
The Oregon Innocence Project said in a statement that closing the unit would leave "no one inside the system whose job is to ask whether the system got it wrong."
  > named_organization | innocence-project | The Oregon Innocence Project | said in a statement | >

12:10 p.m.
At least two commissioners are inclined to restore part of the unit's money, according to a person briefed on the board's discussions.
  > anonymous_familiar | briefed | a person briefed on the board's discussions | according to | <
Stahl had hoped to win approval of his budget without changes.
  > named_official | stahl | Stahl | had hoped | to win approval of his budget without changes | nosrc
The Courier reported in February that Stahl's office had missed filing deadlines in six appeals last year.
  > media_report | courier | The Courier | reported in February | >
The board has recessed for lunch and will resume at 1:30 p.m., with a vote expected by late afternoon.

@excluded
This live coverage has ended. Follow @courierwatchdog for updates.
Have a question about the county budget? Email our watchdog desk.
© 2025 Willamette Courier
''')

ARTICLES.append(r'''
@id an-regional-sports-network-blackout-front-office
@style regional_sports_network_blackout
The Front Office: Prairie Sports Network goes dark in 2.1 million homes, owner says
  > named_organization | meridian | owner | says | Prairie Sports Network goes dark in 2.1 million homes

Good morning from a hotel lobby in Scottsdale, where baseball's owners are meeting and nobody wants to talk about television.
I'm Gabe Lindholm, and this is The Front Office.

THE BLACKOUT
Prairie Sports Network, which carries the Omaha Kings and the Wichita Wranglers, disappeared from Heartland Cable systems at midnight Sunday.
The network's slogan, "Your Team, Your Town," still runs across the bottom of a blank blue screen.
Heartland said in a statement that the network wanted a 40 percent increase in its per-subscriber fee "for a product fewer and fewer of our customers watch."
  > named_organization | heartland | Heartland | said in a statement | >
Prairie's owner, Meridian Sports Media, called that figure "fiction" but would not say what it had asked for.
  > named_organization | meridian | Prairie's owner, Meridian Sports Media | called | that figure "fiction"
  > declined_comment | meridian | Prairie's owner, Meridian Sports Media | would not say what it had asked for | - | resp=declined
Two people briefed on the talks told me the gap was closer to 25 percent and that the two sides had not spoken since Thursday.
  > anonymous_familiar | briefed | Two people briefed on the talks | told me | >
One of them said Meridian's lenders, who took control of the company in bankruptcy last year, were pushing for a hard line.
  > anonymous_familiar | briefed | One of them | said | >
Meridian said, citing Nielsen estimates, that about 2.1 million Heartland homes in Nebraska, Kansas and western Iowa had lost the channel.
  > named_organization | meridian | Meridian | said | that about 2.1 million Heartland homes in Nebraska, Kansas and western Iowa had lost the channel

WHAT THE TEAMS ARE SAYING
Kings president Martin Ashworth told season-ticket holders in an email Monday that the team was "exploring every option" to get games in front of fans, including streaming them itself.
  > named_official | ashworth | Kings president Martin Ashworth | told season-ticket holders in an email Monday | >
Ashworth did not return my call.
  > declined_comment | ashworth | Ashworth | did not return my call | - | resp=no_response
The Wranglers' owner, Diane Pruett, was more direct.
"Our fans are collateral damage in a fight between two companies that don't care about baseball," Pruett told me.
  > named_official | pruett | Pruett | told me | <
"And you can put that on the record."
  > named_official | pruett | Pruett | - | *
A league official, who asked not to be named because the league is not a party to the dispute, said the commissioner's office had offered to produce the games itself if the blackout lasts past May 1.
  > anonymous_official | league-official | A league official | said | > | anon=who asked not to be named because the league is not a party to the dispute

THE BIGGER PICTURE
Regional networks have lost about a third of their subscribers since 2019, according to data from Keystone Media Research.
  > document | keystone-data | data from Keystone Media Research | according to | <
Priya Raman, a sports media consultant who has advised three leagues on streaming, said she expects at least two more regional networks to go dark this season.
  > named_person | raman | Priya Raman, a sports media consultant who has advised three leagues on streaming | said | >
Some owners privately believe the league will have to take over local TV rights within five years.
  > anonymous_official | owners | Some owners | privately believe | >
The Lincoln Star-Courier reported Friday that the state's Public Service Commission had received more than 900 complaints about the blackout.
  > media_report | star-courier | The Lincoln Star-Courier | reported Friday | >
The Kings had wanted to launch their own streaming service next year anyway.
  > named_organization | kings | The Kings | had wanted | to launch their own streaming service next year anyway | nosrc

See you Thursday.

@excluded
You're receiving The Front Office because you signed up at frontofficeletter.com.
Forward this to a friend who cares about the business of sports.
Unsubscribe | Manage preferences
''')

ARTICLES.append(r'''
@id an-league-expansion-vote-pbl
@style league_expansion_vote
Basketball league adds Nashville and San Diego; each fee a record $1.1 billion, commissioner says
  > named_official | haddad | commissioner | says | each fee a record $1.1 billion

NEW YORK -- Owners of the Premier Basketball League voted unanimously on Tuesday to add teams in Nashville and San Diego beginning with the 2027-28 season, Commissioner Samir Haddad announced.
  > named_official | haddad | Commissioner Samir Haddad | announced | <
Each ownership group will pay a $1.1 billion fee, the highest ever for an expansion team in a North American league, Haddad said at a news conference after the vote.
  > named_official | haddad | Haddad | said at a news conference | <
The money will be split among the league's 28 existing teams.
Haddad said the league had "no plans" to expand again this decade.
  > named_official | haddad | Haddad | said | >
But three people familiar with the owners' discussions said several owners had pushed for a third team, in Mexico City, and that the idea was tabled rather than rejected.
  > anonymous_familiar | familiar | three people familiar with the owners' discussions | said | >
The people spoke on the condition of anonymity because the meeting was private.
One owner, who asked not to be named because owners agreed not to discuss the vote, said the Mexico City bid "will be back in front of us within two years."
  > anonymous_official | owner | One owner | said | > | anon=who asked not to be named because owners agreed not to discuss the vote

The Nashville group is led by Elaine Forsythe, a health care executive, and includes the country singer Dawson Pike as a minority investor.
Forsythe said in a statement that the team would play at a renovated Municipal Auditorium until a new arena opens.
  > named_official | forsythe | Forsythe | said in a statement | >
Pike's representatives could not be reached.
  > declined_comment | pike-reps | Pike's representatives | could not be reached | - | resp=unreachable
The San Diego group, led by the tech investor Rahul Mehta, did not respond to requests for comment.
  > declined_comment | san-diego | The San Diego group, led by the tech investor Rahul Mehta | did not respond to requests for comment | - | resp=no_response
Nashville Mayor Kendall Ortiz called the vote "a big night for a city that has waited 30 years for a team of its own."
  > named_official | ortiz | Nashville Mayor Kendall Ortiz | called | the vote "a big night for a city that has waited 30 years for a team of its own."

The players' union, the Premier Basketball Players Association, said it had not been consulted about the rules for the expansion draft.
  > named_organization | union | The players' union, the Premier Basketball Players Association | said | >
Its executive director, Kendra Moss, said the union would "have a lot to say" in collective bargaining next year.
  > named_official | moss | Its executive director, Kendra Moss | said | >
A senior league official said the league expected to announce the draft rules by March.
  > anonymous_official | senior-official | A senior league official | said | >
The league's most recent financial statements, filed as part of a 2024 arbitration case, show that 11 teams lost money in the 2023-24 season.
  > document | financials | The league's most recent financial statements, filed as part of a 2024 arbitration case | show | >
Expansion fees let owners pay themselves without touching the salary cap, said Victor Chen, a sports economist at the University of Michigan.
  > named_person | chen | Victor Chen, a sports economist at the University of Michigan | said | <
"It's found money," Chen said.
  > named_person | chen | Chen | said | <
"The harder question is whether the league can sell TV rights for 30 teams for more than it sells them for 28."
  > named_person | chen | Chen | - | *
Sports Business Monthly first reported the size of the fee last week.
  > media_report | sbm | Sports Business Monthly | first reported | the size of the fee
The league intends to hold the expansion draft in June 2027.
  > named_organization | league | The league | intends | to hold the expansion draft in June 2027 | nosrc

@excluded
Copyright 2025 National Sports Wire. All rights reserved.
Sign up for our weekly sports business newsletter.
''')

ARTICLES.append(r'''
@id an-nil-collective-collapse-coastal-state
@style nil_collective_collapse
Booster-run NIL collective at Coastal State folds, leaving athletes owed $1.3 million, complaint says
  > document | complaint | complaint | says | Booster-run NIL collective at Coastal State folds, leaving athletes owed $1.3 million

CONWAY, S.C. -- The Tidewater Collective, a booster-run group that paid Coastal State University athletes for appearances and social media posts, has shut down owing 46 athletes about $1.3 million, according to a complaint filed with the South Carolina attorney general's office.
  > document | complaint | a complaint filed with the South Carolina attorney general's office | according to | <
The complaint, filed Sept. 2 by the parents of 11 football and basketball players, says the collective stopped making payments in May and stopped answering calls in July.
  > document | complaint | The complaint, filed Sept. 2 by the parents of 11 football and basketball players | says | >
One of the parents, a nurse in Myrtle Beach whose son is a backup linebacker, said the family had counted on the collective's $2,500 monthly payments to cover his rent.
  > named_person | hollins | One of the parents, a nurse in Myrtle Beach whose son is a backup linebacker | said | >
"They sold it to us like a job," said the nurse, Angela Hollins.
  > named_person | hollins | the nurse, Angela Hollins | said | <
"Then the job just disappeared."
  > named_person | hollins | Hollins | - | *

The collective's president, Brent Caldwell, a Conway car dealer who gave $400,000 to the university's athletic department in 2022, did not respond to messages left at his dealership and on his cellphone.
  > declined_comment | caldwell | The collective's president, Brent Caldwell, a Conway car dealer who gave $400,000 to the university's athletic department in 2022 | did not respond to messages left at his dealership and on his cellphone | - | resp=no_response
In an interview with the Coastal Ledger in April, Caldwell said the collective had raised $3.8 million and had "never missed a payment."
  > named_official | caldwell | Caldwell | said | >
Coastal State said in a statement that the collective "is an independent entity" and that the university had "no role in its finances."
  > named_organization | coastal | Coastal State | said in a statement | >
Athletic Director Monica Feld declined to say Tuesday whether the school would cover any of the missed payments.
  > declined_comment | feld | Athletic Director Monica Feld | declined to say Tuesday whether the school would cover any of the missed payments | - | resp=declined
Feld said the compliance office had reminded athletes in writing that collective deals are not guaranteed by the school.
  > named_official | feld | Feld | said | >
University emails obtained through a public records request show that Feld's deputy met with Caldwell at least six times in 2023 to discuss which recruits the collective should pay.
  > document | emails | University emails obtained through a public records request | show | >
That kind of coordination could put the school at risk under NCAA rules, said Marcus Ybarra, a sports law attorney in Charlotte who advises athletes on endorsement contracts.
  > named_person | ybarra | Marcus Ybarra, a sports law attorney in Charlotte who advises athletes on endorsement contracts | said | <
The parents' lawyer, Jolene Stroud, said they would sue the collective and Caldwell personally if the attorney general did not act by the end of the month.
  > named_official | stroud | The parents' lawyer, Jolene Stroud | said | >
A spokesman for Attorney General Dwight Kessler confirmed that the office had received the complaint but declined to comment further.
  > named_organization | ag-office | A spokesman for Attorney General Dwight Kessler | confirmed | that the office had received the complaint
  > declined_comment | ag-office | A spokesman for Attorney General Dwight Kessler | declined to comment further | - | resp=declined

A senior on the basketball team, who asked not to be named because he still hopes to be paid, said at least four teammates had entered the transfer portal over the summer in part because the payments stopped.
  > anonymous_other | player | A senior on the basketball team | said | > | anon=who asked not to be named because he still hopes to be paid
He said coaches had told players not to talk about the collective in public.
  > anonymous_other | player | He | said | >
Boosters around the conference have watched the collapse closely, and some say it shows how fragile these arrangements are.
  > anonymous_other | boosters | some | say | it shows how fragile these arrangements are
Carolina Sports Daily reported last month that two other collectives in the conference had cut payments by half.
  > media_report | csd | Carolina Sports Daily | reported last month | >
Tidewater's last annual report filed with the secretary of state lists Caldwell as its only officer.
  > document | annual-report | Tidewater's last annual report filed with the secretary of state | lists | Caldwell as its only officer
The university had hoped to launch its own licensing program before the football season.
  > named_organization | coastal | The university | had hoped | to launch its own licensing program before the football season | nosrc
Coastal State opens its home schedule Saturday against Georgia Southern.

@excluded
Coastal Ledger subscribers get unlimited access to our college sports coverage. Subscribe today.
© 2025 Coastal Ledger. All rights reserved.
Related: Coastal State's new football coach on the transfer portal
''')

ARTICLES.append(r'''
@id an-age-verification-law-challenge-ohio
@style age_verification_law_challenge
Judge questions Ohio social media age-check law as tech group seeks to block it

COLUMBUS, Ohio -- U.S. District Judge Helen Cartwright on Monday questioned whether Ohio could make adults hand over identification just to read posts online, at a hearing on a tech industry group's bid to block the state's new age-verification law before it takes effect July 1.
  > named_official | cartwright | U.S. District Judge Helen Cartwright | questioned | whether Ohio could make adults hand over identification just to read posts online
Under the law, passed in March with support from both parties, platforms with more than 5 million users must check a government ID or use an age-estimation service for every account.
Cartwright asked during the two-hour hearing: "If I want to read a restaurant review, do I have to show the state my driver's license?"
  > named_official | cartwright | Cartwright | asked | "If I want to read a restaurant review, do I have to show the state my driver's license?"
The trade group, the Digital Commerce Alliance, whose members include Loop, Chirper and the video app Flicker, argues in its lawsuit that the law violates the First Amendment rights of adults and minors alike.
  > named_organization | dca | The trade group, the Digital Commerce Alliance, whose members include Loop, Chirper and the video app Flicker | argues in its lawsuit | >
The alliance's lawyer, Deborah Kwan, told the judge that age-estimation tools mistake adults for children as much as 15 percent of the time.
  > named_official | kwan | The alliance's lawyer, Deborah Kwan | told the judge | >

Ohio Solicitor General Marcus Bell said the law was no different from rules that require ID to buy alcohol or enter a casino.
  > named_official | bell | Ohio Solicitor General Marcus Bell | said | >
"The state is not regulating speech," Bell said.
  > named_official | bell | Bell | said | <
"It is regulating a product that its own designers have told us is built to be hard to put down."
  > named_official | bell | Bell | - | *
Internal Chirper research cited in the state's brief found that teenagers who used the app for more than three hours a day reported higher rates of anxiety.
  > document | chirper-research | Internal Chirper research cited in the state's brief | found | >
Chirper said in a statement that the research had been "taken out of context" and that the company already offers parental controls, including an "Ask a Parent" button.
  > named_organization | chirper | Chirper | said in a statement | >
Flicker declined to comment, and Loop did not respond to an email.
  > declined_comment | flicker | Flicker | declined to comment | - | resp=declined
  > declined_comment | loop | Loop | did not respond to an email | - | resp=no_response
A Loop employee on the company's trust and safety team, who asked not to be named because employees are not permitted to speak to the press, said Loop had built an age-estimation tool for Ohio but had not decided whether to turn it on.
  > anonymous_official | loop-employee | A Loop employee on the company's trust and safety team | said | > | anon=who asked not to be named because employees are not permitted to speak to the press
Two people familiar with Loop's plans said the company was also weighing blocking new sign-ups in Ohio altogether.
  > anonymous_familiar | familiar | Two people familiar with Loop's plans | said | >

Kiran Desai, a law professor at Ohio State University who studies online speech, said the judge's questions suggested she was likely to grant at least a partial injunction.
  > named_person | desai | Kiran Desai, a law professor at Ohio State University who studies online speech | said | >
Desai noted that federal judges in Arkansas and Utah had blocked similar laws in the past two years.
  > named_person | desai | Desai | noted | >
Outside the courthouse, parents held photos of children they said had been harmed by social media.
  > anonymous_other | parents | they | said | children ;; had been harmed by social media | count=plural
One of them, Rachel Okonkwo of Dublin, said her 14-year-old daughter was hospitalized last year with an eating disorder that began with videos on Flicker.
  > named_person | okonkwo | One of them, Rachel Okonkwo of Dublin | said | >
Gov. Tom Reardon, who signed the law, said in a statement after the hearing that Ohio would "defend it all the way to the Supreme Court if we have to."
  > named_official | reardon | Gov. Tom Reardon, who signed the law | said in a statement after the hearing | >
Platform Wire reported in March that at least three smaller platforms had decided to leave Ohio rather than comply.
  > media_report | platform-wire | Platform Wire | reported in March | >
Cartwright said she would rule before July 1.
  > named_official | cartwright | Cartwright | said | >
The state had planned to start enforcing the law with fines of up to $10,000 a day.
  > named_organization | state | The state | had planned | to start enforcing the law with fines of up to $10,000 a day | nosrc

@excluded
Get Platform Wire's policy briefing in your inbox every Tuesday.
Have a tip about the tech industry? Contact our reporters securely.
© 2025 Platform Wire Media
''')

ARTICLES.append(r'''
@id an-newspaper-print-edition-cut-harbor-city
@style newspaper_print_edition_cut
Media Notes: Harbor City Dispatch to end weekday print editions, memo says
  > document | memo | memo | says | Harbor City Dispatch to end weekday print editions

The Harbor City Dispatch, the city's 140-year-old daily, will stop printing on weekdays in January and deliver a digital replica of the paper instead, according to a memo sent to the staff on Tuesday.
  > document | memo | a memo sent to the staff on Tuesday | according to | <
The memo, signed by the publisher, Curtis Vandermeer, says the paper will keep its Sunday print edition and will not cut newsroom jobs "as a result of this change."
  > document | memo | The memo, signed by the publisher, Curtis Vandermeer | says | >
Three Dispatch reporters, who spoke on the condition of anonymity because the company's social media policy bars them from discussing internal matters, said the phrase had drawn laughter in the newsroom.
  > anonymous_official | reporters | Three Dispatch reporters | said | > | anon=who spoke on the condition of anonymity because the company's social media policy bars them from discussing internal matters
Castlegate Media Holdings, the investment firm that bought the paper in 2018, has cut the newsroom from 94 people to 31, according to the NewsGuild, which represents the staff.
  > named_organization | guild | the NewsGuild, which represents the staff | according to | <

Vandermeer said in an interview that print advertising had fallen 38 percent in two years and that delivering the paper to some rural routes now cost more than the subscriptions brought in.
  > named_official | vandermeer | Vandermeer | said in an interview | >
"I'd love to print seven days a week," he said.
  > named_official | vandermeer | he | said | <
"I'd also love for it to be 1995."
  > named_official | vandermeer | he | - | *
A Castlegate spokeswoman said the decision was made by local management.
  > named_organization | castlegate | A Castlegate spokeswoman | said | >
She did not answer a question about whether Castlegate had approved it.
  > declined_comment | castlegate | She | did not answer a question about whether Castlegate had approved it | - | resp=no_response
But two people with knowledge of the company's budget process said Castlegate had told all 14 of its dailies in August to cut printing costs by a fifth.
  > anonymous_familiar | knowledge | two people with knowledge of the company's budget process | said | >
Nadia Ferrante, a features writer who leads the Dispatch's NewsGuild unit, said the union would demand to bargain over the change.
  > named_official | ferrante | Nadia Ferrante, a features writer who leads the Dispatch's NewsGuild unit | said | >

Readers are not happy, either.
Walter Kim, 81, who has subscribed since 1967, said he does not own a tablet and has no plans to buy one.
  > named_person | kim | Walter Kim, 81, who has subscribed since 1967 | said | >
"They're telling me to go read the newspaper on a phone," Kim said.
  > named_person | kim | Kim | said | <
The paper's motto, "Read It Here First," will stay on the Sunday front page.
Penelope Ardmore, who studies local news at Lakeshore University, said at least 40 dailies had dropped one or more print days in the past year.
  > named_person | ardmore | Penelope Ardmore, who studies local news at Lakeshore University | said | >
Her center's most recent count, published in October, found that more than 2,500 newspapers have closed since 2005.
  > document | count | Her center's most recent count, published in October | found | >
Some advertisers have already asked to move their ads to Sunday, according to an employee in the advertising department.
  > anonymous_official | ad-employee | an employee in the advertising department | according to | <
The rival Bay Sentinel reported Wednesday that it would add a Saturday print edition.
  > media_report | sentinel | The rival Bay Sentinel | reported Wednesday | >
The Dispatch's former editor, Louis Tran, who resigned in June, could not be reached.
  > declined_comment | tran | The Dispatch's former editor, Louis Tran, who resigned in June | could not be reached | - | resp=unreachable
Castlegate had intended to sell the Dispatch last year, but no buyer met its price.
  > named_organization | castlegate | Castlegate | had intended | to sell the Dispatch last year | nosrc
The last weekday print edition will be Dec. 31.

@excluded
Media Notes appears every Thursday. Send tips to medianotes@baymediareview.com.
Comments (14)
Sign in to join the conversation.
''')

ARTICLES.append(r'''
@id an-facial-recognition-wrongful-arrest-harmon
@style facial_recognition_wrongful_arrest
A face match put the wrong man in jail for 11 days; Harmon police say they have changed the rules
  > named_organization | hpd | Harmon police | say | they have changed the rules

Desmond Carter says he learned he was a robbery suspect when six officers knocked on his apartment door at 5 in the morning.
  > named_person | carter | Desmond Carter | says | >
He spends the next 11 days in the Franklin County jail.
A police report obtained by WHPR shows that detectives identified Carter by running a facial recognition search on a blurry frame from a gas station camera.
  > document | police-report | A police report obtained by WHPR | shows | >
The report says the search returned Carter as a "possible match" and that no witness was ever shown his photo.
  > document | police-report | The report | says | >
The detective who ran the search, a robbery unit sergeant identified in the report as Paul Denning, could not be reached.
  > declined_comment | denning | The detective who ran the search, a robbery unit sergeant identified in the report as Paul Denning | could not be reached | - | resp=unreachable

Harmon Police Chief Elena Rostova says the department has since barred officers from making an arrest based on a facial recognition result alone.
  > named_official | rostova | Harmon Police Chief Elena Rostova | says | >
"That should have been the rule on day one," Rostova says.
  > named_official | rostova | Rostova | says | <
"We didn't have it, and a man went to jail because of it."
  > named_official | rostova | Rostova | - | *
The software's maker, Lumen Identity Systems of Reston, Virginia, says in a statement that its tool "is designed to generate leads, not to identify suspects."
  > named_organization | lumen | The software's maker, Lumen Identity Systems of Reston, Virginia | says in a statement | >
Department records show the unit ran 1,140 facial recognition searches last year.
  > document | records | Department records | show | >
A department spokesman says the department does not track how many of them led to arrests.
  > named_organization | hpd | A department spokesman | says | >

A Harmon detective, who asks not to be named because he is not authorized to speak to the media, says the tool was used in hundreds of cases before the policy changed.
  > anonymous_official | detective | A Harmon detective | says | > | anon=who asks not to be named because he is not authorized to speak to the media
"Everybody knew it got Black faces wrong more often," he says.
  > anonymous_official | detective | he | says | <
He says supervisors rarely asked how a suspect had been identified.
  > anonymous_official | detective | He | says | >
Jordan Achebe, a computer scientist at the University of Cincinnati who has tested commercial face-matching systems, says error rates climb sharply when the source image is grainy or shot from above.
  > named_person | achebe | Jordan Achebe, a computer scientist at the University of Cincinnati who has tested commercial face-matching systems | says | >
Civil liberties advocates say the new policy does not go far enough.
  > anonymous_other | advocates | Civil liberties advocates | say | >
City Council member Aaron Blakely says he will introduce an ordinance next month banning police use of the technology.
  > named_official | blakely | City Council member Aaron Blakely | says | >

Carter's attorney, Imani Reyes, says he has filed a notice of claim against the city seeking $2.5 million.
  > named_official | reyes | Carter's attorney, Imani Reyes | says | >
Mayor Janet Solberg's office declines to comment, citing the pending claim.
  > declined_comment | mayor-office | Mayor Janet Solberg's office | declines to comment | - | resp=declined
A person familiar with the city's legal strategy says the city is likely to settle.
  > anonymous_familiar | familiar | A person familiar with the city's legal strategy | says | >
The Harmon Gazette first reported Carter's arrest in May.
  > media_report | gazette | The Harmon Gazette | first reported | Carter's arrest
Carter wants an apology more than the money, he says.
  > named_person | carter | he | says | <
He still sleeps with the lights on.

@excluded
WHPR is listener-supported public radio. Donate now to keep local journalism strong.
Listen to this story (4 min)
Photo: Desmond Carter outside his apartment in Harmon. (WHPR photo)
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
