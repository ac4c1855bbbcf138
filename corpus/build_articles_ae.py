"""Build corpus/articles/ae.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, half national security and diplomacy with heavy anonymous sourcing
(missile_test_failure, covert_action_finding, summit_communique_dispute,
intelligence_sharing_rift, commander_relieved_of_duty, dissent_channel_cable) and half crime,
courts and local government (evidence_room_theft, grand_jury_no_bill, parole_board_release,
speed_camera_audit, open_meetings_violation, athlete_plea_deal), in the voices of twelve kinds
of outlet (wire copy with one-sentence paragraphs, a magazine feature with a dek and subheads,
a foreign desk with honorifics (Mr./Ms.), a public-radio website in the present tense, defense
trade press, a Q&A explainer with question subheads, a local TV website, a metro desk, a
nonprofit statehouse newsroom's data investigation, a business desk, a small-town weekly that
is itself a party to the lawsuit it covers, a sports desk). Each is built to test anonymous
sourcing of many kinds (current and former officials, diplomats, a congressional aide, "a
senior administration official" under White House ground rules, people familiar with or
briefed on a matter, a person close to a subject, vague "analysts"/"some residents"/"some
around the league"), stated and unstated reasons for anonymity, subgroups of one source ("two
of the officials", "one of them", "the other"), "others" typed by what it refers to, people
described first and named later (a judge), unnamed spokespeople (named_organization) and named
ones (named_official), lawyers and advocacy directors typed as officials, a headline colon
attribution ("Judge: ..."), headline attributions that repeat a body source, documents (a
draft and a final communique, a cable quoted over two sentences, an audit, a ruling, rules, a
law, budget documents, recordings, an outlet's own data analysis), media reports (other
outlets, state media and the outlet's own earlier reporting), non-answers of all three kinds
(including "would not confirm", "referred questions", "declined to answer" by an anonymous
official, "did not answer questions"), cues of every kind (said/says/told/according
to/wrote/testified/argued/estimated/acknowledged/noted/confirmed/identified/ruled/
disputed/believe/"in a statement"/"in an interview"), content before, after and split
around the cue, and look-alikes that are not attribution ("called" a phone call, "called" two
witnesses, "called for an ambulance", "was told to leave", "has testified at seven hearings",
"said to be", "She did not name them", reporter's-voice plans and orders marked nosrc).
Eleven of the twelve end with a footer of excluded boilerplate.
Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_ae.py [--render]
     python corpus/build_articles_ae.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "ae.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id ae-missile-test-failure-pacific-range
@style missile_test_failure
Army hypersonic missile broke apart seconds after launch, officials say
  > anonymous_official | officials | officials | say | <

WASHINGTON -- An Army hypersonic missile broke apart less than 30 seconds after it was launched from a test range in the Pacific on Tuesday, the third failure in the program's last four flight tests, according to two U.S. officials.
  > anonymous_official | officials | two U.S. officials | according to | <

The officials, who spoke on condition of anonymity because the results have not been made public, said the missile's booster appeared to separate from the glide body too early.
  > anonymous_official | officials | The officials | said | > | anon=who spoke on condition of anonymity because the results have not been made public

The Army confirmed in a brief statement that a flight test "did not meet all of its objectives" and said an investigation was under way.
  > named_organization | army | The Army | confirmed in a brief statement | that a flight test "did not meet all of its objectives"
  > named_organization | army | The Army | said | an investigation was under way

The program, known as Dark Lance, is meant to give the Army a weapon that can strike targets more than 1,700 miles away at more than five times the speed of sound.

It has cost about $8.1 billion since 2019, according to a Congressional Budget Office report released in May.
  > document | cbo-report | a Congressional Budget Office report released in May | according to | <

Army Secretary Ellen Marsh told lawmakers in March that the weapon was the service's most important modernization effort.
  > named_official | marsh | Army Secretary Ellen Marsh | told lawmakers in March | >

Army Futures Command, which oversees the program, did not respond to a request for comment.
  > declined_comment | futures-command | Army Futures Command, which oversees the program | did not respond to a request for comment | - | resp=no_response

"We expected some failures -- that's why you test," a senior Army official said Tuesday evening.
  > anonymous_official | senior-army | a senior Army official | said | <
"But three out of four is not where anybody wanted to be."
  > anonymous_official | senior-army | a senior Army official | - | *

The official said the service would not schedule another flight until engineers at the prime contractor, Corliss Dynamics, had traced the problem.
  > anonymous_official | senior-army | The official | said | >

Corliss referred questions to the Army.
  > declined_comment | corliss | Corliss | referred questions to the Army | - | resp=declined

Lawmakers have grown impatient with the program.

Rep. Dana Okafor, a Democrat on the House Armed Services Committee, said in a statement that the Army "owes Congress a clear-eyed accounting before it asks for another dollar."
  > named_official | okafor | Rep. Dana Okafor, a Democrat on the House Armed Services Committee | said in a statement | >

A congressional aide familiar with the program said committee members had been told in a classified briefing last month that the booster problem was fixed.
  > anonymous_official | aide | A congressional aide familiar with the program | said | >
The aide spoke on condition of anonymity to describe the closed-door briefing.

Outside analysts said the string of failures was not unusual for a new class of weapon.
  > anonymous_other | analysts | Outside analysts | said | >

"Hypersonics are hard, and the physics doesn't care about your schedule," said Priya Raman, a senior fellow at the Hollings Center for Strategic Studies in Washington.
  > named_person | raman | Priya Raman, a senior fellow at the Hollings Center for Strategic Studies in Washington | said | <

Raman noted that China and Russia had also had flight tests go wrong, though neither government has acknowledged most of them.
  > named_person | raman | Raman | noted | >

The Army had planned to field the first battery of Dark Lance missiles by the end of next year.
  > named_organization | army | The Army | had planned | to field the first battery of Dark Lance missiles by the end of next year | nosrc

That date is now likely to slip into 2027 or later, one of the two officials said.
  > anonymous_official | officials | one of the two officials | said | <

Bloomberg News first reported the failure on Tuesday afternoon.
  > media_report | bloomberg | Bloomberg News | first reported | the failure on Tuesday afternoon

@excluded
Capital Wire writer Tomas Ehrlich in Honolulu contributed to this report.
Copyright 2025 Capital Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
''')

ARTICLES.append(r'''
@id ae-covert-action-finding-osmara
@style covert_action_finding
The Order Nobody Will Discuss

A secret presidential finding has sent the CIA after the factories that build Osmara's attack drones, and started a quiet fight over how far it reaches.

Sometime in late winter, the president signed a document that almost no one in Washington will talk about on the record.
It is called a finding, and under a 1991 law it is the only lawful way for a president to send the CIA to do something abroad that the United States does not intend to admit.
This one, according to four current and former U.S. officials, authorizes the agency to disrupt the supply chain behind the attack drones that the Republic of Osmara has been selling to militias on two continents.
  > anonymous_official | officials | four current and former U.S. officials | according to | This one ;; authorizes the agency to disrupt the supply chain behind the attack drones that the Republic of Osmara has been selling to militias on two continents
The officials would describe the order only in general terms, and only on condition of anonymity, because its existence is classified.
"Disrupt is doing a lot of work in that sentence," one of them said.
  > anonymous_official | officials | one of them | said | <

A narrow door

Presidents of both parties have signed dozens of findings, and the law requires that the leaders of Congress and of its two intelligence committees be told.
  > document | law | the law | requires | that the leaders of Congress and of its two intelligence committees be told
In this case, the president's aides briefed the so-called Gang of Eight in March, according to a person briefed on the notification.
  > anonymous_familiar | briefed | a person briefed on the notification | according to | <
Senator Ruth Abernathy of Maine, the ranking Democrat on the Senate Intelligence Committee, would not confirm that the finding exists.
  > declined_comment | abernathy | Senator Ruth Abernathy of Maine, the ranking Democrat on the Senate Intelligence Committee | would not confirm | - | resp=declined
But in an interview in her Capitol office, she said she had "serious questions about whether some covert programs are being run with enough guardrails to keep them from becoming something else."
  > named_official | abernathy | she | said | >
"I can't tell you what I know," she said.
  > named_official | abernathy | she | said | <
"I can tell you that I lose sleep over it."
  > named_official | abernathy | she | - | *

What the order allows

The finding goes beyond sabotaging shipments, two of the officials said, and permits CIA officers and their foreign partners to go after the companies that supply Osmara's factories with engines and guidance chips, including firms in third countries.
  > anonymous_official | officials | two of the officials | said | The finding goes beyond sabotaging shipments ;; and permits CIA officers and their foreign partners to go after the companies that supply Osmara's factories with engines and guidance chips, including firms in third countries
It does not authorize lethal force against Osmaran citizens, a senior administration official said.
  > anonymous_official | senior-admin | a senior administration official | said | <
Asked whether it permitted lethal force against anyone else, the official declined to answer.
  > declined_comment | senior-admin | the official | declined to answer | - | resp=declined
Michael Danforth, a former CIA case officer who served in the region and now runs a risk consultancy in Virginia, says the language reminds him of orders he worked under two decades ago.
  > named_person | danforth | Michael Danforth, a former CIA case officer who served in the region and now runs a risk consultancy in Virginia | says | >
"Every one of those started as a scalpel," Danforth says.
  > named_person | danforth | Danforth | says | <
"Then the target list grows, because the people you're hitting adapt, and nobody goes back to the president to ask permission for the next step."
  > named_person | danforth | Danforth | - | *

The CIA declined to comment for this article.
  > declined_comment | cia | The CIA | declined to comment for this article | - | resp=declined
A spokeswoman for the National Security Council, Lena Fairbanks, said in an email that the administration "does not discuss alleged intelligence activities" but is "using every tool available to stop the flow of Osmaran drones to terrorist groups."
  > named_official | fairbanks | A spokeswoman for the National Security Council, Lena Fairbanks | said in an email | >
Osmara's embassy in Washington did not respond to several requests for comment.
  > declined_comment | osmara-embassy | Osmara's embassy in Washington | did not respond to several requests for comment | - | resp=no_response
Its foreign ministry has accused the United States of "economic terrorism" over a string of fires and explosions at industrial sites near the capital, Tessaly.
  > named_organization | osmara-mfa | Its foreign ministry | has accused | the United States of "economic terrorism" over a string of fires and explosions at industrial sites near the capital, Tessaly
At least three such incidents were reported by Osmaran state media between April and June.
  > media_report | osmaran-media | Osmaran state media | were reported by | At least three such incidents ;; between April and June
Whether any of them was the CIA's work, none of the officials interviewed would say.
  > declined_comment | officials | none of the officials interviewed | would say | - | resp=declined
Some officers at the agency worry less about the order's scope than about what happens if an operation is exposed.
  > anonymous_official | agency-officers | Some officers at the agency | worry | less about the order's scope than about what happens if an operation is exposed
"If one of these gets traced back to us in a country we're not at war with, that's a diplomatic problem that lasts for years," said a former senior intelligence official who remains in touch with colleagues there.
  > anonymous_official | former-senior | a former senior intelligence official who remains in touch with colleagues there | said | <

@excluded
Illustration by Kenji Moreau for The Meridian
This article appears in the September issue. Subscribe to keep reading our long-form journalism.
''')

ARTICLES.append(r'''
@id ae-summit-communique-dispute-bergen
@style summit_communique_dispute
Allies Split Over Summit Statement on Dravonia, Delaying Its Release

BERGEN, Norway -- Leaders of the Northern Partnership spent most of Friday waiting on a single paragraph, as the United States and several European governments argued over how sharply to condemn Dravonia and delayed the release of their joint statement by more than seven hours, according to diplomats from four delegations.
  > anonymous_official | diplomats | diplomats from four delegations | according to | <
The dispute, which played out in a conference hall overlooking the harbor while the leaders waited in a nearby hotel, centered on whether the statement should call Dravonia's seizure of two border towns "an invasion."

American negotiators pressed for the word, two European diplomats involved in the drafting said, while France and Italy argued that it would close off any chance of talks.
  > anonymous_official | drafters | two European diplomats involved in the drafting | said | American negotiators pressed for the word ;; while France and Italy argued that it would close off any chance of talks
The diplomats spoke on condition of anonymity because the negotiations were confidential.
The president called Prime Minister Giulia Ferretti of Italy on Friday afternoon to press the point, according to a person familiar with the call.
  > anonymous_familiar | familiar-call | a person familiar with the call | according to | <

The final text, released shortly before midnight, described the seizure as "a flagrant violation of international law" but did not use the word "invasion."
  > document | final-text | The final text, released shortly before midnight | described | the seizure as "a flagrant violation of international law"
An earlier draft, which was seen by The Times, included the word twice and demanded "the immediate and unconditional withdrawal" of Dravonian forces.
  > document | draft | An earlier draft, which was seen by The Times | included | the word twice
  > document | draft | An earlier draft, which was seen by The Times | demanded | "the immediate and unconditional withdrawal" of Dravonian forces
The final version asks only for a withdrawal "as soon as possible."
  > document | final-text | The final version | asks | only for a withdrawal "as soon as possible."

A senior administration official, who briefed reporters on the condition of anonymity under rules set by the White House, said the United States was "satisfied" with the outcome.
  > anonymous_official | senior-admin | A senior administration official | said | > | anon=who briefed reporters on the condition of anonymity under rules set by the White House
"What matters is that 31 countries signed their names to a statement that says Dravonia broke the law," the official said.
  > anonymous_official | senior-admin | the official | said | <
"The adjectives are less important than the signatures."
  > anonymous_official | senior-admin | the official | - | *
Grant Hollister, the national security adviser, was more guarded, telling reporters only that the negotiations had been "vigorous."
  > named_official | hollister | Grant Hollister, the national security adviser | telling reporters only | that the negotiations had been "vigorous."

Foreign Minister Anneli Saar of Estonia, whose government had pushed for the stronger language, said she was "disappointed but not surprised."
  > named_official | saar | Foreign Minister Anneli Saar of Estonia, whose government had pushed for the stronger language | said | >
"Some capitals still believe they can negotiate their way out of this," Ms. Saar told reporters outside the conference hall.
  > named_official | saar | Ms. Saar | told reporters | <
She did not name them.
A French official, asked about the dispute, said Paris had "no objection to clarity" and wanted only to leave "a door open, not a door closed."
  > anonymous_official | french-official | A French official | said | >
The Italian delegation declined to comment.
  > declined_comment | italy | The Italian delegation | declined to comment | - | resp=declined

Several diplomats from the Baltic and Nordic delegations said the episode showed the limits of the Partnership's consensus rules, under which any one of its 31 members can block a statement.
  > anonymous_official | baltic-nordic | Several diplomats from the Baltic and Nordic delegations | said | >
Others noted that every member had signed, something that had not happened at the Partnership's last two summits.
  > anonymous_official | other-diplomats | Others | noted | >
The Times reported on Thursday that the United States had also sought language on Dravonia's purchases of Osmaran drones; that paragraph was dropped on Friday morning, two of the diplomats involved in the drafting said.
  > media_report | times | The Times | reported on Thursday | that the United States had also sought language on Dravonia's purchases of Osmaran drones
  > anonymous_official | drafters | two of the diplomats involved in the drafting | said | that paragraph was dropped on Friday morning

Dravonia, which is not a member of the Partnership, dismissed the summit as "theater for domestic audiences" in a statement from its foreign ministry.
  > named_organization | dravonia | Dravonia | dismissed | the summit as "theater for domestic audiences"
Its ambassador in Oslo could not be reached on Friday.
  > declined_comment | dravonia-ambassador | Its ambassador in Oslo | could not be reached on Friday | - | resp=unreachable
The leaders are to meet next in Lisbon in the spring.

@excluded
A version of this article appears in print on Page A8 of the New York edition with the headline: Allies Split Over Wording on Dravonia.
''')

ARTICLES.append(r'''
@id ae-intelligence-sharing-rift-vestria
@style intelligence_sharing_rift
Vestria quietly curbs intelligence sharing with U.S. after leak, officials say
  > anonymous_official | officials | officials | say | <

Vestria has stopped passing some of its most sensitive intelligence on naval movements in the Skagen Strait to the United States, officials from both countries say, after a classified Vestrian assessment turned up in an American newspaper last month.
  > anonymous_official | officials | officials from both countries | say | Vestria has stopped passing some of its most sensitive intelligence on naval movements in the Skagen Strait to the United States ;; after a classified Vestrian assessment turned up in an American newspaper last month

The pause covers intercepted communications and reports from human sources, a U.S. intelligence official tells WKPR.
  > anonymous_official | us-intel | a U.S. intelligence official | tells WKPR | <
The official, who requested anonymity to discuss intelligence matters, says it does not affect satellite imagery or the routine exchange of information through NATO.
  > anonymous_official | us-intel | The official | says | > | anon=who requested anonymity to discuss intelligence matters
"It's a message," the official says.
  > anonymous_official | us-intel | the official | says | <
"And we've received it."
  > anonymous_official | us-intel | the official | - | *

Vestria's embassy in Washington says in a statement that cooperation with the United States "remains strong and multifaceted" and that it does not comment on intelligence matters.
  > named_organization | vestria-embassy | Vestria's embassy in Washington | says in a statement | >
But a Vestrian security official, speaking on condition of anonymity because he was not authorized to brief reporters, says his government was "furious" about the leak.
  > anonymous_official | vestria-official | a Vestrian security official | says | > | anon=speaking on condition of anonymity because he was not authorized to brief reporters
He says the assessment that appeared in print could be traced to a single Vestrian officer working undercover aboard a merchant ship.
  > anonymous_official | vestria-official | He | says | >
That officer has since been pulled out, he says.
  > anonymous_official | vestria-official | he | says | <

The newspaper, the Harbor Courier, published its story on Sept. 14.
The story quoted the assessment as warning that the strait could be closed to commercial shipping within days of a crisis.
  > media_report | courier | The story | quoted | the assessment as warning that the strait could be closed to commercial shipping within days of a crisis
The Courier stands by its reporting, its executive editor, Martin Ocampo, says.
  > named_official | ocampo | its executive editor, Martin Ocampo | says | <
The Justice Department has opened a leak investigation, according to a letter it sent to the paper's lawyers, which the Courier published last week.
  > document | doj-letter | a letter it sent to the paper's lawyers, which the Courier published last week | according to | <
The Office of the Director of National Intelligence declines to comment.
  > declined_comment | odni | The Office of the Director of National Intelligence | declines to comment | - | resp=declined

Rachel Imbert, who studies intelligence alliances at Georgetown University, says partnerships like this one run on trust.
  > named_person | imbert | Rachel Imbert, who studies intelligence alliances at Georgetown University | says | >
"Every service shares on the assumption that what it gives will be protected," Imbert says.
  > named_person | imbert | Imbert | says | <
"When that assumption breaks, the first thing that goes is the best material, because that's the material that gets people killed."
  > named_person | imbert | Imbert | - | *
She says such pauses usually last months, not years.
  > named_person | imbert | She | says | >

Senator Paul Rennick, a Republican on the Intelligence Committee, calls the pause "a self-inflicted wound" and says whoever leaked the assessment should be prosecuted.
  > named_official | rennick | Senator Paul Rennick, a Republican on the Intelligence Committee | calls | the pause "a self-inflicted wound"
  > named_official | rennick | Senator Paul Rennick, a Republican on the Intelligence Committee | says | whoever leaked the assessment should be prosecuted
The two governments have begun talks on new rules for handling Vestrian material, according to two people briefed on the talks.
  > anonymous_familiar | briefed | two people briefed on the talks | according to | <
A first meeting is set for next month in Washington, the people say.
  > anonymous_familiar | briefed | the people | say | <

@excluded
Copyright 2025 WKPR. To see more, visit wkpr.org.
Support independent journalism: become a WKPR member today.
''')

ARTICLES.append(r'''
@id ae-commander-relieved-uss-hallam
@style commander_relieved_of_duty
Hallam's captain fired after probe of punishment watches

NORFOLK, Va. -- The commanding officer of the destroyer USS Hallam was relieved of command on Monday "due to a loss of confidence in his ability to command," the Navy said, after an investigation into complaints that junior sailors had been made to stand 30-hour watches as punishment.
  > named_organization | navy | the Navy | said | <
Cmdr. Neil Prescott had led the Hallam, a guided-missile destroyer based here, since June 2024.
He has been reassigned to administrative duties at Naval Surface Force Atlantic, according to a Navy news release.
  > document | release | a Navy news release | according to | <
The release did not describe the complaints.

Two Navy officials familiar with the investigation told Fleet Report that at least six sailors had filed complaints through the ship's chain of command and an inspector general hotline since February.
  > anonymous_official | navy-officials | Two Navy officials familiar with the investigation | told Fleet Report | >
The officials, who were not authorized to speak publicly about a personnel matter, said investigators substantiated allegations that watch schedules were used as punishment and that some sailors got less than four hours of sleep over two days.
  > anonymous_official | navy-officials | The officials | said | > | anon=who were not authorized to speak publicly about a personnel matter
The investigation did not find that Prescott ordered the schedules himself, one of the officials said, but concluded that he "knew or should have known" about them.
  > anonymous_official | navy-officials | one of the officials | said | The investigation did not find that Prescott ordered the schedules himself ;; but concluded that he "knew or should have known" about them
The commodore told Prescott to leave the ship within the hour, the official said.
  > anonymous_official | navy-officials | the official | said | <

Prescott could not be reached for comment.
  > declined_comment | prescott | Prescott | could not be reached for comment | - | resp=unreachable
A person close to Prescott said he intends to contest the findings and believes he is being blamed for a manning shortage he repeatedly reported up the chain.
  > anonymous_familiar | close-prescott | A person close to Prescott | said | >

Cmdr. Leah Ostrowski, a spokeswoman for Naval Surface Force Atlantic, said the Navy "holds commanding officers to the highest standards of personal and professional conduct" but declined to discuss the investigation's findings.
  > named_official | ostrowski | Cmdr. Leah Ostrowski, a spokeswoman for Naval Surface Force Atlantic | said | the Navy "holds commanding officers to the highest standards of personal and professional conduct"
  > declined_comment | ostrowski | Cmdr. Leah Ostrowski, a spokeswoman for Naval Surface Force Atlantic | declined to discuss the investigation's findings | - | resp=declined
She said the full report would be released "once it is reviewed and endorsed."
  > named_official | ostrowski | She | said | >
The ship's executive officer, Cmdr. Felipe Aranda, will lead the Hallam until a permanent replacement is named, the Navy said.
  > named_organization | navy | the Navy | said | <

A petty officer assigned to the Hallam, who asked not to be named for fear of retaliation, said the punishments began soon after the ship failed an engineering inspection in the spring.
  > anonymous_official | petty-officer | A petty officer assigned to the Hallam | said | > | anon=who asked not to be named for fear of retaliation
"People were falling asleep standing up on the bridge," the petty officer said.
  > anonymous_official | petty-officer | the petty officer | said | <
"That's how you run a ship aground."
  > anonymous_official | petty-officer | the petty officer | - | *

A Navy-wide survey released last year found that 41 percent of surface sailors slept fewer than five hours a night while underway.
  > document | survey | A Navy-wide survey released last year | found | >
Prescott is the fifth commanding officer of a surface ship relieved this year, according to Navy announcements reviewed by Fleet Report.
  > document | announcements | Navy announcements reviewed by Fleet Report | according to | <
"When you see that many firings, it stops being about individual captains," said Bryan Kowalczyk, a retired surface warfare officer who now writes about readiness for the Lanyard Institute.
  > named_person | kowalczyk | Bryan Kowalczyk, a retired surface warfare officer who now writes about readiness for the Lanyard Institute | said | <
The Tidewater Ledger first reported the complaints in April.
  > media_report | ledger | The Tidewater Ledger | first reported | the complaints in April

@excluded
Photo: U.S. Navy
Fleet Report is reader-supported. Subscribe for full access to our daily briefings.
''')

ARTICLES.append(r'''
@id ae-dissent-channel-cable-explainer
@style dissent_channel_cable
What we know about the State Department dissent cable on Dravonia

More than 40 American diplomats have signed an internal cable objecting to the administration's decision to resume arms sales to Dravonia, according to two State Department officials and a copy of the cable reviewed by The Ledger.
  > anonymous_official | state-officials | two State Department officials | according to | <
  > document | cable | a copy of the cable reviewed by The Ledger | according to | <

What is a dissent cable?

The State Department created its "dissent channel" in 1971, during the Vietnam War, so that diplomats could disagree with policy without fear of reprisal.
Department rules, published in its Foreign Affairs Manual, bar retaliation against anyone who uses it.
  > document | fam | Department rules, published in its Foreign Affairs Manual | bar | retaliation against anyone who uses it

What does this one say?

The cable argues that Dravonia has used American-made artillery against civilians in the two border towns it seized in the spring, and that resuming sales would make the United States "complicit in what comes next."
  > document | cable | The cable | argues | >
It says satellite imagery and reports from United Nations monitors show that at least 60 civilians were killed by artillery fire in May.
  > document | cable | It | says | >
"We are not being asked to choose between our values and our interests," the cable says.
  > document | cable | the cable | says | <
"We are being asked to pretend the choice does not exist."
  > document | cable | the cable | - | *

Who signed it?

The signers include officials from the department's bureaus of European affairs, human rights and political-military affairs, according to a person familiar with the list.
  > anonymous_familiar | familiar | a person familiar with the list | according to | <
At least three are current or former ambassadors, the person said.
  > anonymous_familiar | familiar | the person | said | <
Several signers contacted by The Ledger declined to be interviewed, citing department rules on speaking to the press.
  > declined_comment | signers | Several signers contacted by The Ledger | declined to be interviewed | - | resp=declined
One, reached by phone, said only that the cable "speaks for itself."
  > anonymous_official | signers | One | said only | >

What has the department said?

A State Department spokesman, Victor Almeida, said the secretary "values the dissent channel" and had read the cable.
  > named_official | almeida | A State Department spokesman, Victor Almeida | said | >
Almeida said the decision on arms sales "was made after a thorough interagency process and will not change."
  > named_official | almeida | Almeida | said | >
A senior State Department official, who briefed reporters on the condition that they not be named, acknowledged that the number of signers was "unusual" but said dissent was "a sign of a healthy institution."
  > anonymous_official | senior-state | A senior State Department official | acknowledged | that the number of signers was "unusual" | anon=who briefed reporters on the condition that they not be named
  > anonymous_official | senior-state | A senior State Department official | said | dissent was "a sign of a healthy institution."

Has this happened before?

Yes.
In 2017, about 1,000 diplomats signed a dissent cable about a travel ban, the most in the channel's history.
Most dissent cables are never made public, and few change policy, said Ellen Thorsby, a historian at Dunmore College who has written a book on the channel.
  > named_person | thorsby | Ellen Thorsby, a historian at Dunmore College who has written a book on the channel | said | <
"The point is not to win the argument," Thorsby said.
  > named_person | thorsby | Thorsby | said | <
"The point is to make sure there is a record that someone made it."
  > named_person | thorsby | Thorsby | - | *

What happens next?

The arms package, worth about $1.2 billion, includes artillery shells and spare parts for tanks, according to a notification sent to Congress last month.
  > document | notification | a notification sent to Congress last month | according to | <
Rep. Carla Dominguez, the top Democrat on the House Foreign Affairs Committee, wrote in a letter to the secretary on Tuesday that Congress "has a right to see what the department's own experts are saying."
  > named_official | dominguez | Rep. Carla Dominguez, the top Democrat on the House Foreign Affairs Committee | wrote | that Congress "has a right to see what the department's own experts are saying."
Politico first reported the cable's existence on Monday.
  > media_report | politico | Politico | first reported | the cable's existence on Monday

@excluded
Read more: How an arms sale gets approved, explained
Sign up for The Ledger's World Brief newsletter.
''')

ARTICLES.append(r'''
@id ae-evidence-room-theft-ridgeport
@style evidence_room_theft
State police investigating missing cash, drugs from Ridgeport police evidence room

RIDGEPORT, Conn. -- State police are investigating the disappearance of more than $60,000 in cash and dozens of bags of seized drugs from the Ridgeport Police Department's evidence room, Police Chief Anthony Delgado confirmed Thursday.
  > named_official | delgado | Police Chief Anthony Delgado | confirmed Thursday | <
The shortfall was discovered during an internal audit that began in August, Delgado said at a news conference at police headquarters.
  > named_official | delgado | Delgado | said | <
He said one officer, a 14-year veteran assigned to the property unit, has been placed on paid administrative leave.
  > named_official | delgado | He | said | >
"I'm angry, and I think everybody in this building is angry," Delgado said.
  > named_official | delgado | Delgado | said | <
"This is the one room in this department where trust is the whole job."
  > named_official | delgado | Delgado | - | *
Delgado would not identify the officer, citing the ongoing investigation.
  > declined_comment | delgado | Delgado | would not identify the officer | - | resp=declined

Two people familiar with the audit identified the officer as Raymond Coyle, a sergeant who has run the property unit since 2019.
  > anonymous_familiar | familiar | Two people familiar with the audit | identified | the officer as Raymond Coyle, a sergeant who has run the property unit since 2019
Coyle could not be reached Thursday, and it was not clear whether he had a lawyer.
  > declined_comment | coyle | Coyle | could not be reached Thursday | - | resp=unreachable
The president of the Ridgeport Police Union, Officer Dana Kearns, said in a statement that the union would "make sure every member gets the due process the contract guarantees."
  > named_official | kearns | The president of the Ridgeport Police Union, Officer Dana Kearns | said in a statement | >

According to an audit summary the department released Thursday afternoon, 212 items are unaccounted for, including $61,400 in cash, 38 bags of suspected fentanyl and four handguns.
  > document | audit | an audit summary the department released Thursday afternoon | According to | >
The summary says the evidence room's electronic log shows the same user account opening cash lockers on 27 nights when no property was checked in or out.
  > document | audit | The summary | says | >
A department employee, who asked not to be identified because she was not authorized to speak to the media, told News 8 the missing drugs were first noticed in the spring, months before the audit began.
  > anonymous_official | employee | A department employee | told News 8 | > | anon=who asked not to be identified because she was not authorized to speak to the media
A department spokeswoman said that account "does not match the timeline established by the audit."
  > named_organization | rpd | A department spokeswoman | said | >

State's Attorney Monica Feld said her office had asked the state police to lead the investigation to avoid any conflict of interest.
  > named_official | feld | State's Attorney Monica Feld | said | >
Her office is also reviewing whether any pending drug cases could be affected, a spokesman for the office said.
  > named_organization | feld-office | a spokesman for the office | said | <
That review could matter a great deal, said Jordan Whitley, a defense lawyer whose client is scheduled to go on trial on trafficking charges next month.
  > named_official | whitley | Jordan Whitley, a defense lawyer whose client is scheduled to go on trial on trafficking charges next month | said | <
"If the evidence in my client's case sat in that room, I want to know who touched it and when," Whitley said.
  > named_official | whitley | Whitley | said | <
He said he would file a motion Friday seeking the evidence room logs.
  > named_official | whitley | He | said | >

City Council President Gloria Benitez called for an independent review of the property unit.
  > named_official | benitez | City Council President Gloria Benitez | called for | an independent review of the property unit
News 8 first reported in September that the department had brought in an outside auditor.
  > media_report | news8 | News 8 | first reported in September | >
Some residents at Thursday's news conference said they had lost faith in the department long before the audit.
  > anonymous_other | residents | Some residents at Thursday's news conference | said | >

@excluded
Copyright 2025 WRPT. All rights reserved.
Have a news tip? Email newstips@wrpt8.com or call our newsroom.
Download the News 8 app for breaking news alerts.
''')

ARTICLES.append(r'''
@id ae-grand-jury-no-bill-cyclist-crash
@style grand_jury_no_bill
Grand jury declines to indict deputy who struck and killed cyclist, prosecutor says
  > named_official | osei | prosecutor | says | <

A Marlow County grand jury has declined to indict a sheriff's deputy who struck and killed a cyclist with his patrol car on Harmon Road in June, District Attorney Kwame Osei announced Wednesday, a decision that drew anger from the cyclist's family and the city's growing bike advocacy movement.
  > named_official | osei | District Attorney Kwame Osei | announced Wednesday | A Marlow County grand jury has declined to indict a sheriff's deputy who struck and killed a cyclist with his patrol car on Harmon Road in June
The deputy, Tyler Brandt, was driving about 58 mph in a 35 mph zone and was not responding to a call when his cruiser hit Alana Whitfield, 29, from behind, according to a crash reconstruction report by the Ohio State Highway Patrol.
  > document | reconstruction | a crash reconstruction report by the Ohio State Highway Patrol | according to | <
Whitfield, a pediatric nurse, died at the scene.

Grand jury proceedings are secret, and Osei said at a news conference that he could not discuss the evidence jurors heard or how they voted.
  > named_official | osei | Osei | said | that he could not discuss the evidence jurors heard or how they voted
He said his office had presented charges of vehicular homicide and reckless operation and "let the grand jury do its job."
  > named_official | osei | He | said | >
"I understand the family's anger," Osei said.
  > named_official | osei | Osei | said | <
"I'd be angry too."
  > named_official | osei | Osei | - | *

A person familiar with the grand jury presentation said prosecutors had played dash camera video for jurors and called two witnesses who saw the crash.
  > anonymous_familiar | familiar | A person familiar with the grand jury presentation | said | >
The person, who spoke on condition of anonymity because grand jury matters are secret under state law, said jurors deliberated for less than an hour.
  > anonymous_familiar | familiar | The person | said | > | anon=who spoke on condition of anonymity because grand jury matters are secret under state law

The family's lawyer, Renee Castellanos, called the decision "a betrayal" and said the family would ask the state attorney general to appoint a special prosecutor.
  > named_official | castellanos | The family's lawyer, Renee Castellanos | called | the decision "a betrayal"
  > named_official | castellanos | The family's lawyer, Renee Castellanos | said | the family would ask the state attorney general to appoint a special prosecutor
The attorney general's office said it had not received a request.
  > named_organization | ag-office | The attorney general's office | said | >
Sheriff Dale Hutchins said in a written statement that Brandt would remain on desk duty while the department completes its own review.
  > named_official | hutchins | Sheriff Dale Hutchins | said in a written statement | >
Brandt's lawyer, Mitchell Greer, said his client "has grieved this from the moment it happened" and was relieved by the decision.
  > named_official | greer | Brandt's lawyer, Mitchell Greer | said | >
Brandt declined to comment through his lawyer.
  > declined_comment | brandt | Brandt | declined to comment through his lawyer | - | resp=declined

Carla Mendez, who was driving behind Whitfield that morning, said in an interview that the cruiser had no lights or siren on and "never even slowed down."
  > named_person | mendez | Carla Mendez, who was driving behind Whitfield that morning | said in an interview | >
Mendez said she testified before the grand jury in August.
  > named_person | mendez | Mendez | said | >

About 200 cyclists rode from the courthouse to the crash site Wednesday evening.
Some of them said they no longer feel safe on county roads.
  > anonymous_other | riders | Some of them | said | >
"If you can kill someone at 58 in a 35 and walk away, what is the speed limit even for?" said Owen Tully, director of Bike Marlow, which organized the ride.
  > named_official | tully | Owen Tully, director of Bike Marlow, which organized the ride | said | <
The county's crash data show 11 cyclists killed on county roads in the past five years, more than in the previous 15 years combined.
  > document | crash-data | The county's crash data | show | >

@excluded
Correction: An earlier version of this article misstated the speed limit on Harmon Road. It is 35 mph, not 45 mph.
Cyclists gather outside the Marlow County Courthouse on Wednesday. (Staff photo by Lena Park)
''')

ARTICLES.append(r'''
@id ae-parole-board-release-hearings
@style parole_board_release
Eleven minutes to decide a life: Inside the parole board's hearing rush

The state parole board decided more than 4,100 cases last year, and it spent a median of 11 minutes on each one, according to an analysis of hearing records by the Capitol Bureau.
  > document | analysis | an analysis of hearing records by the Capitol Bureau | according to | <
In roughly one in five hearings, the recordings show, the board voted before the person seeking parole had finished speaking.
  > document | recordings | the recordings | show | In roughly one in five hearings ;; the board voted before the person seeking parole had finished speaking

Paul Okonjo was one of them.
Okonjo, 58, has served 31 years of a life sentence for a 1994 robbery in which a store clerk was shot and wounded.
"I had a whole speech about who I am now," Okonjo said in a phone interview from the Delmont Correctional Facility.
  > named_person | okonjo | Okonjo | said in a phone interview | <
"I got to the second sentence."
  > named_person | okonjo | Okonjo | - | *
His parole was denied in March, for the sixth time.
The Department of Corrections did not respond to questions about his case.
  > declined_comment | doc | The Department of Corrections | did not respond to questions about his case | - | resp=no_response

Skim and vote

The board's chairwoman, Lorraine Pettaway, defended the pace in an interview, saying members read each file "cover to cover" before a hearing and use the hearing mainly for follow-up questions.
  > named_official | pettaway | The board's chairwoman, Lorraine Pettaway | saying | >
"The length of the hearing is not the length of the review," Pettaway said.
  > named_official | pettaway | Pettaway | said | <
Two former board members disputed that.
  > anonymous_official | former-members | Two former board members | disputed | that
One, who served until 2022 and spoke on condition of anonymity because she still does contract work for the state, said members routinely received files the night before, sometimes 30 or 40 at a time.
  > anonymous_official | former-members | One | said | > | anon=spoke on condition of anonymity because she still does contract work for the state
"You skim," she said.
  > anonymous_official | former-members | she | said | <
"Everyone skims."
  > anonymous_official | former-members | she | - | *
The other, who left the board in 2020, said its caseload nearly doubled during his six years while its staff shrank.
  > anonymous_official | former-members | The other, who left the board in 2020 | said | > | count=1
Budget documents show the number of hearing examiners fell from 14 in 2015 to eight last year.
  > document | budget | Budget documents | show | >

A spokesman for Gov. Alan Brightwater said the governor "has full confidence in the board" but would consider adding members in next year's budget.
  > named_organization | governor-office | A spokesman for Gov. Alan Brightwater | said | >
Kiara Banks, executive director of the Second Look Project, a group that represents people seeking parole, said the numbers confirm what her clients have told her for years.
  > named_official | banks | Kiara Banks, executive director of the Second Look Project, a group that represents people seeking parole | said | >

Not everyone sees a problem.
Marsha Gentry, whose brother was killed in a 1989 carjacking, has testified at seven parole hearings for the man convicted of his murder.
"Eleven minutes is eleven minutes more than my brother got," she said.
  > named_person | gentry | she | said | <
The board's own rules require hearings to give "a meaningful opportunity to be heard" but set no minimum length.
  > document | rules | The board's own rules | require | hearings to give "a meaningful opportunity to be heard" ;; but set no minimum length
State Sen. Maria Oyelaran said she would file a bill in January requiring hearings of at least 30 minutes.
  > named_official | oyelaran | State Sen. Maria Oyelaran | said | >

@excluded
This story was produced by the Capitol Bureau, a nonprofit newsroom covering state government. Sign up for our free weekly newsletter.
Republish this article for free under our Creative Commons license.
''')

ARTICLES.append(r'''
@id ae-speed-camera-audit-halvern-county
@style speed_camera_audit
Speed-camera vendor overbilled Halvern County by $4.2 million, audit finds
  > document | audit | audit | finds | <

Vistara Traffic Systems, the Phoenix company that runs speed cameras in school zones across Halvern County, billed the county about $4.2 million in fees it was not owed over four years, according to an audit released Monday by the county's Office of Internal Audit.
  > document | audit | an audit released Monday by the county's Office of Internal Audit | according to | <
The audit found that Vistara charged a per-ticket fee on thousands of citations that were later dismissed, which the contract does not allow, and counted some tickets twice after a software update in 2022.
  > document | audit | The audit | found | >
It also faulted the county's Department of Transportation for relying on monthly reports prepared by Vistara itself.
  > document | audit | It | faulted | the county's Department of Transportation for relying on monthly reports prepared by Vistara itself
Shares of Vistara's parent, Calder Mobility Group, fell 6 percent on Monday.

In a statement, Vistara said it "strongly disagrees with several of the audit's conclusions" and that the dismissed-ticket fees were allowed under a 2021 amendment to the contract.
  > named_organization | vistara | Vistara | said | >
The company said it would repay the double-counted fees, which it estimated at about $310,000.
  > named_organization | vistara | The company | said | >
A spokeswoman for Calder did not respond to a request for comment.
  > declined_comment | calder | A spokeswoman for Calder | did not respond to a request for comment | - | resp=no_response
Calder's chief executive, Brent Hollaway, told analysts on a conference call in August that municipal contracts were "the most predictable revenue we have."
  > named_official | hollaway | Calder's chief executive, Brent Hollaway | told analysts | that municipal contracts were "the most predictable revenue we have."

Halvern County pays Vistara about $9 million a year under the contract, which runs through 2027, county budget documents show.
  > document | budget | county budget documents | show | <
County Executive Sharon Adeyemi said the county would seek to recover the money and was "reviewing all of our options," including ending the contract early.
  > named_official | adeyemi | County Executive Sharon Adeyemi | said | >
The county began talks with Vistara last month, according to two people familiar with the negotiations, who said the company had offered to repay about $1 million.
  > anonymous_familiar | familiar | two people familiar with the negotiations | according to | <
  > anonymous_familiar | familiar | two people familiar with the negotiations | said | >
The people were not authorized to discuss the talks publicly.
In its written response, included in the audit, the transportation department agreed with the findings and said it had hired two analysts to check Vistara's invoices against court records.
  > named_organization | dot | the transportation department | agreed with | the findings
  > named_organization | dot | the transportation department | said | >

Council Member Derek Fontaine, who chairs the council's audit committee, said he wanted to know why the county's own staff had not caught the errors.
  > named_official | fontaine | Council Member Derek Fontaine, who chairs the council's audit committee | said | >
"We had the data the whole time," Fontaine said.
  > named_official | fontaine | Fontaine | said | <
"Nobody was looking at it."
  > named_official | fontaine | Fontaine | - | *
The findings could complicate Calder's push to win new city contracts, said Martina Alvarez, an analyst who covers the company for Redfern Capital.
  > named_person | alvarez | Martina Alvarez, an analyst who covers the company for Redfern Capital | said | <
She estimated that camera programs like Halvern's account for about a third of Calder's revenue.
  > named_person | alvarez | She | estimated | >
Contracts in at least two other counties are said to be up for renewal next year.
Calder shares closed at $23.18.

@excluded
This article has been updated with Monday's closing share price.
Read more: How speed cameras became a $2 billion business
''')

ARTICLES.append(r'''
@id ae-open-meetings-violation-pinecrest-schools
@style open_meetings_violation
Judge: Pinecrest school board broke open meetings law in superintendent search
  > named_official | lindgren | Judge | : | >

A Mason County judge ruled Tuesday that the Pinecrest Community School District board violated the state's open meetings law when it met behind closed doors four times last spring to interview and rank candidates for superintendent.
  > named_official | lindgren | A Mason County judge | ruled Tuesday | >
District Judge Harriet Lindgren wrote in a 14-page ruling that the board's closed sessions "were not a close call" and ordered the district to release recordings of all four meetings within 30 days.
  > named_official | lindgren | District Judge Harriet Lindgren | wrote in a 14-page ruling | that the board's closed sessions "were not a close call"
  > named_official | lindgren | District Judge Harriet Lindgren | ordered | the district to release recordings of all four meetings within 30 days | nosrc
The lawsuit was brought in May by the Pinecrest Herald -- this newspaper -- and by Gail Ferris, a parent of two Pinecrest students who had asked to attend one of the sessions and was told to leave.
The board hired Superintendent Curtis Ambler in June on a 4-1 vote.

Board President Lynn Haskett said Wednesday that the board had relied on advice from its lawyer and "never intended to keep anything from the public."
  > named_official | haskett | Board President Lynn Haskett | said Wednesday | >
She said the board had not decided whether to appeal.
  > named_official | haskett | She | said | >
The district's lawyer, Thomas Brandvold of the Des Moines firm Keane & Holt, argued at a hearing in August that reviewing job candidates is one of the exceptions the law allows.
  > named_official | brandvold | The district's lawyer, Thomas Brandvold of the Des Moines firm Keane & Holt | argued | that reviewing job candidates is one of the exceptions the law allows
Lindgren rejected that argument, writing that candidates are not yet district employees and that the exception "cannot be stretched to cover a job interview."
  > named_official | lindgren | Lindgren | writing | >
Brandvold did not return calls Wednesday.
  > declined_comment | brandvold | Brandvold | did not return calls Wednesday | - | resp=no_response
A 2019 opinion from the Iowa attorney general's office says closed sessions to evaluate applicants are allowed only when an applicant asks for one in writing.
  > document | ag-opinion | A 2019 opinion from the Iowa attorney general's office | says | >
None of the candidates made such a request, according to the ruling.
  > document | ruling | the ruling | according to | <

Ferris said she was glad the judge had "said out loud what everyone in this town already knew."
  > named_person | ferris | Ferris | said | >
"I'm not against Mr. Ambler," she said.
  > named_person | ferris | she | said | <
"I'm against a board that thinks the public is an inconvenience."
  > named_person | ferris | she | - | *
Ambler, who was not a party to the lawsuit, said in a brief email that he was "focused on the students."
  > named_official | ambler | Ambler | said in a brief email | >

The only vote against hiring Ambler came from board member Roberta Quist, who said at the time that the process had been "rushed and secretive."
  > named_official | quist | board member Roberta Quist | said at the time | >
Quist declined to comment Wednesday, saying she wanted to read the ruling first.
  > declined_comment | quist | Quist | declined to comment Wednesday | - | resp=declined
  > named_official | quist | Quist | saying | >
Some residents have questioned whether the fight is worth the legal fees, which the district could be ordered to pay.
  > anonymous_other | residents | Some residents | have questioned | whether the fight is worth the legal fees
The board's next regular meeting is Oct. 13 at the high school library.

@excluded
Comments
We welcome civil discussion. Comments are moderated and may take up to 24 hours to appear.
Log in to comment
''')

ARTICLES.append(r'''
@id ae-athlete-plea-deal-rejected-mariners
@style athlete_plea_deal
Judge rejects plea deal for Mariners reliever Ferrante in crash case

HARBOR CITY -- A Sullivan County judge on Thursday rejected a plea agreement that would have let Mariners reliever Dominic Ferrante avoid jail time for a drunken-driving crash that seriously injured a rideshare driver in January.
Judge Marion Tate said from the bench that the deal, which would have given Ferrante probation, a fine and 200 hours of community service, "does not reflect the harm done to the victim in this case."
  > named_official | tate | Judge Marion Tate | said from the bench | >
"If this defendant were a warehouse worker instead of a ballplayer, I don't believe we'd be looking at this agreement," Tate said.
  > named_official | tate | Tate | said | <

Ferrante, 27, pleaded guilty in May to aggravated vehicular assault under the agreement.
He can now withdraw the plea and go to trial or negotiate a new deal; his lawyer, Alan Brooks, said outside the courthouse that no decision had been made.
  > named_official | brooks | his lawyer, Alan Brooks | said | that no decision had been made
"Dominic has taken responsibility from day one," Brooks said.
  > named_official | brooks | Brooks | said | <
"He's been sober for eight months, he's in counseling, and he's paid every dollar of the man's medical bills."
  > named_official | brooks | Brooks | - | *
Ferrante did not answer questions as he left the courthouse.
  > declined_comment | ferrante | Ferrante | did not answer questions | - | resp=declined

The Sullivan County Prosecutor's Office, which negotiated the deal, said in a statement that it "respects the court's decision" and would "review our options."
  > named_organization | prosecutors | The Sullivan County Prosecutor's Office, which negotiated the deal | said in a statement | >
The driver, Samuel Mensah, 44, suffered a broken pelvis and spent three weeks in the hospital, according to court filings.
  > document | filings | court filings | according to | <
The first officer at the scene called for an ambulance and a second unit, the filings show.
  > document | filings | the filings | show | <
Mensah's attorney, Lydia Pardo, told the court Thursday that her client still cannot work.
  > named_official | pardo | Mensah's attorney, Lydia Pardo | told the court Thursday | >
The Sentinel reported in February that Ferrante's blood alcohol content was nearly twice the legal limit.
  > media_report | sentinel | The Sentinel | reported in February | >

Ferrante has a 2.91 ERA in 34 appearances this season and leads the team with 14 saves.
The Mariners said in a statement that they "will continue to respect the legal process" and declined further comment.
  > named_organization | mariners | The Mariners | said in a statement | that they "will continue to respect the legal process"
  > declined_comment | mariners | The Mariners | declined further comment | - | resp=declined
Manager Ray Delacroix said before Thursday night's game against Portland that Ferrante would stay with the club "until someone tells me otherwise."
  > named_official | delacroix | Manager Ray Delacroix | said | that Ferrante would stay with the club "until someone tells me otherwise."
Ferrante's agent, Neil Barsky, did not respond to a text message.
  > declined_comment | barsky | Ferrante's agent, Neil Barsky | did not respond to a text message | - | resp=no_response
Major League Baseball has not disciplined Ferrante, and a league spokesman, Pat Corrigan, said the league was "monitoring the case."
  > named_official | corrigan | a league spokesman, Pat Corrigan | said | >
Some around the league believe the Mariners will try to trade Ferrante before the July deadline if the case drags on.
  > anonymous_other | around-league | Some around the league | believe | >
A team official, speaking on condition of anonymity because he was not authorized to discuss roster moves, said no trade talks involving Ferrante had taken place.
  > anonymous_official | team-official | A team official | said | > | anon=speaking on condition of anonymity because he was not authorized to discuss roster moves
Ferrante's next court date is June 12.

@excluded
Follow all of our Mariners coverage and sign up for the Sentinel Sports newsletter.
Photo credit: Kara Lindell / Sentinel staff
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
