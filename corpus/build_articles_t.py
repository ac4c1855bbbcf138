"""Build corpus/articles/t.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (naval_incident, export_controls, ceo_ouster, vehicle_recall, wrongful_conviction,
jail_audit, trade_deadline, referee_betting_probe, property_tax_reassessment,
homeless_encampment_sweep, research_misconduct, avian_flu_dairy), in the voices of two
wire services, a national paper with honorifics (foreign policy and business desks), an
auto trade paper, a public radio site, a local TV website, a sports desk, a local paper, a
newsletter-style explainer in the second person and a magazine feature in the present
tense. Each article is built to test source grouping and typing (two people of one gender
and one role close together, with a pronoun that resolves to the second; a person
described first and named later; an anonymous person who asked not to be named and stays
unnamed; an institution under its full name, its acronym and "the agency"/"the board"/"the
commission"/"the office"; an institution under two names ("the Pentagon", "the Defense
Department"); a company named only in narration before "the company said", once with a
second company named in between; named and unnamed spokespeople; anonymous officials with
a stated reason; people familiar with the matter repeated ("the people said", "one of the
people said"); vague anonymous sources ("some fans say", "some critics say"); headline
attributions that repeat a body source; documents (a draft rule, an audit, an affidavit
read aloud, a letter, an email released under a records law), two documents joined as one
source; media reports ("as first reported by ..."); the three kinds of non-answer; quotes
that run over several sentences and quotes continued after "X said."; "told", "added",
"noted", "called" and "stopped" used where they are not cues). Nothing is trained or tuned
on them.
Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_t.py [--render]
     python corpus/build_articles_t.py --check        (validate and render these articles; write nothing)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "t.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id t-naval-incident-poseidon-intercept
@style naval_incident
Chinese fighter flew within 20 feet of U.S. Navy patrol plane, Pentagon says
  > named_organization | pentagon | Pentagon | says | Chinese fighter flew within 20 feet of U.S. Navy patrol plane

WASHINGTON (Meridian Wire) -- A Chinese J-16 fighter jet flew within 20 feet of a U.S. Navy P-8A Poseidon surveillance plane over the South China Sea on Tuesday, forcing the American crew to fly through the fighter's turbulent wake, the Pentagon said Thursday.
  > named_organization | pentagon | the Pentagon | said Thursday | <
In a statement, the Defense Department called the maneuver "unsafe and unprofessional" and said the Poseidon had been flying "lawfully in international airspace" about 150 miles southeast of Hainan Island.
  > named_organization | pentagon | the Defense Department | called | the maneuver "unsafe and unprofessional"
  > named_organization | pentagon | the Defense Department | said | the Poseidon had been flying "lawfully in international airspace" about 150 miles southeast of Hainan Island

A U.S. defense official, who spoke on condition of anonymity to discuss details of the flight that have not been made public, said the Chinese pilot made two passes and on the second came close enough that the Poseidon's crew could read the numbers on his helmet.
  > anonymous_official | defense-official | A U.S. defense official | said | > | anon=who spoke on condition of anonymity to discuss details of the flight that have not been made public
The official said the crew had recorded the encounter on video.
  > anonymous_official | defense-official | The official | said | >
A second official, a Navy officer briefed on the mission, said the pilots considered turning back but stayed on station for nearly three more hours.
  > anonymous_official | navy-officer | A second official, a Navy officer briefed on the mission | said | >
"They did exactly what they were trained to do, which is fly the airplane and not take the bait," the officer said.
  > anonymous_official | navy-officer | the officer | said | <
The Poseidon, a militarized version of the Boeing 737 built to hunt submarines, was flying a routine patrol out of Kadena Air Base in Okinawa, the Navy said.
  > named_organization | navy | the Navy | said | <

China's Defense Ministry accused the United States of "deliberately provoking" Chinese forces and said its pilot had acted "in a professional and restrained manner."
  > named_organization | china-mod | China's Defense Ministry | accused | the United States of "deliberately provoking" Chinese forces
  > named_organization | china-mod | China's Defense Ministry | said | its pilot had acted "in a professional and restrained manner."
The ministry's spokesman, Senior Col. Zhao Ruifeng, told a regular briefing in Beijing that Washington should "stop sending spy planes to China's doorstep."
  > named_official | zhao | The ministry's spokesman, Senior Col. Zhao Ruifeng | told a regular briefing in Beijing | >
He added that the Chinese military would "take all necessary measures" to defend the country's sovereignty.
  > named_official | zhao | He | added | >

The encounter added to strains between the two militaries, which resumed regular talks only last year after a two-year freeze.
Two people familiar with the administration's deliberations said the White House had asked the Pentagon to hold off on releasing the video until after a call between the two countries' defense ministers scheduled for next week.
  > anonymous_familiar | familiar | Two people familiar with the administration's deliberations | said | >
The people, who requested anonymity because they were not authorized to discuss internal matters, said some officials at the State Department had argued that the video should be made public immediately.
  > anonymous_familiar | familiar | The people | said | > | anon=who requested anonymity because they were not authorized to discuss internal matters
One of the people said the call could still be called off if Beijing objected to its agenda.
  > anonymous_familiar | familiar | One of the people | said | >
The National Security Council did not respond to a request for comment.
  > declined_comment | nsc | The National Security Council | did not respond to a request for comment | - | resp=no_response

A report the Pentagon sent to Congress in December counted more than 180 risky intercepts of U.S. and allied aircraft by Chinese planes between 2021 and 2023.
  > document | pentagon-report | A report the Pentagon sent to Congress in December | counted | >
Lindsey Marwick, a former Navy flight officer who studies Chinese military aviation at the Halvorsen Institute in Washington, said the number of intercepts had fallen since then but the ones that still happen have grown more aggressive.
  > named_person | marwick | Lindsey Marwick, a former Navy flight officer who studies Chinese military aviation at the Halvorsen Institute in Washington | said | >
"Twenty feet at 400 knots is not a signal.
  > named_person | marwick | Marwick | - | *
It's a near-collision," Marwick said.
  > named_person | marwick | Marwick | said | <
"One gust of wind and you have 2001 all over again."
  > named_person | marwick | Marwick | - | *

Some lawmakers questioned whether the administration was playing down the danger to protect the defense talks.
  > anonymous_other | lawmakers | Some lawmakers | questioned | >
Rep. Carla Densmore, a Republican on the House Armed Services Committee, said the video "belongs to the American people" and should be released this week.
  > named_official | densmore | Rep. Carla Densmore, a Republican on the House Armed Services Committee | said | >
The Harbour Ledger, a Hong Kong news site, first reported the intercept on Wednesday.
  > media_report | harbour-ledger | The Harbour Ledger, a Hong Kong news site | first reported | the intercept
@excluded
Meridian Wire reporters Tomas Ferreira in Beijing and Hana Okuda in Tokyo contributed to this report.
''')

ARTICLES.append(r'''
@id t-export-controls-chip-tool-servicing
@style export_controls
U.S. Moves to Bar Servicing of Chip Tools in China, Unsettling Allies

WASHINGTON -- The Commerce Department is preparing rules that would forbid American companies from repairing or updating chip-making machines already installed in Chinese factories, a step that could slowly idle dozens of plants there, according to three people familiar with the plans.
  > anonymous_familiar | familiar | three people familiar with the plans | according to | <
The rules, which could be issued as soon as next month, would also reach machines made in the Netherlands and Japan if they contain American parts, the people said.
  > anonymous_familiar | familiar | the people | said | <
One of the people, who spoke on the condition of anonymity because negotiations with allied governments are continuing, said the administration had given the Dutch and Japanese governments until the end of the month to say whether they would adopt similar rules.
  > anonymous_familiar | familiar | One of the people | said | > | anon=who spoke on the condition of anonymity because negotiations with allied governments are continuing

Earlier rules, issued in 2022 and 2023, stopped the sale of the most advanced machines to China but left servicing alone.
Commerce Secretary Evelyn Shaw has said publicly that the United States will not let China "build the most advanced chips with our tools."
  > named_official | shaw | Commerce Secretary Evelyn Shaw | has said publicly | >
A draft of the new rule, which was reviewed by The Ledger, would require companies to obtain a license for any maintenance visit, software update or spare part sent to a Chinese chip plant.
  > document | draft-rule | A draft of the new rule, which was reviewed by The Ledger | would require | >
The draft says such licenses would be "presumptively denied."
  > document | draft-rule | The draft | says | >
A Commerce Department spokeswoman declined to comment on the draft.
  > declined_comment | commerce | A Commerce Department spokeswoman | declined to comment on the draft | - | resp=declined

The Dutch trade minister, Pieter Vermeulen, told Parliament on Tuesday that the Netherlands would "make its own decisions" about its companies.
  > named_official | vermeulen | The Dutch trade minister, Pieter Vermeulen | told Parliament on Tuesday | >
Japan's economy minister, Hiroshi Kanda, said at a news conference in Tokyo on Wednesday that his government had "received no formal request" from Washington.
  > named_official | kanda | Japan's economy minister, Hiroshi Kanda | said at a news conference in Tokyo on Wednesday | >
He said Japanese toolmakers had already lost about a fifth of their China sales to the earlier restrictions.
  > named_official | kanda | He | said | >

The largest maker of the machines, the Dutch company Velden Lithography, earns about a quarter of its revenue in China, much of it from servicing equipment it has already sold.
Corvane Instruments, a California company that makes etching equipment, depends on the Chinese market even more.
The company said in a statement that it "complies with all export laws" and would "assess any new rules when they are published."
  > named_organization | corvane | The company | said in a statement | >
Corvane's chief financial officer, Renata Liu, told investors in July that Chinese customers accounted for 41 percent of its sales in the second quarter.
  > named_official | liu | Corvane's chief financial officer, Renata Liu | told investors in July | >
Velden did not respond to requests for comment.
  > declined_comment | velden | Velden | did not respond to requests for comment | - | resp=no_response

All told, American toolmakers sold about $28 billion of equipment to China last year, according to the Semiconductor Equipment Alliance, an industry group.
  > named_organization | sea | the Semiconductor Equipment Alliance, an industry group | according to | <
A letter the alliance sent to Ms. Shaw this month warns that a servicing ban would "hand the Chinese market to competitors who are not bound by these rules" without slowing China's progress.
  > document | sea-letter | A letter the alliance sent to Ms. Shaw this month | warns | >
China's Foreign Ministry said the United States was "weaponizing" trade and vowed to respond.
  > named_organization | china-fm | China's Foreign Ministry | said | the United States was "weaponizing" trade
  > named_organization | china-fm | China's Foreign Ministry | vowed | to respond
A spokesman for the Chinese Embassy in Washington could not be reached on Thursday.
  > declined_comment | china-embassy | A spokesman for the Chinese Embassy in Washington | could not be reached on Thursday | - | resp=unreachable

Some China hawks in Congress have complained that the administration waited too long.
  > anonymous_other | hawks | Some China hawks in Congress | have complained | >
Senator Roy Castellanos, Republican of Arizona, who leads a select committee on China, said the rules were "two years late and still full of holes."
  > named_official | castellanos | Senator Roy Castellanos, Republican of Arizona, who leads a select committee on China | said | >
A senior administration official, who insisted on anonymity to discuss diplomatic conversations, said the delay had been deliberate.
  > anonymous_official | admin-official | A senior administration official | said | > | anon=who insisted on anonymity to discuss diplomatic conversations
"If we go alone, we just hand the business to the Dutch and the Japanese," the official said.
  > anonymous_official | admin-official | the official | said | <
"China still gets its tools, and we lose the revenue that pays for the next generation."
  > anonymous_official | admin-official | the official | - | *
The Nippon Business Daily reported last week that Tokyo was weighing a narrower rule covering only the most advanced machines.
  > media_report | nbd | The Nippon Business Daily | reported last week | >
The White House had wanted the rules in place before the president's trip to Asia in November.
  > named_organization | white-house | The White House | had wanted | the rules in place before the president's trip to Asia in November | nosrc
''')

ARTICLES.append(r'''
@id t-ceo-ouster-halbrook-foods-tallant
@style ceo_ouster
Halbrook Foods Fires Its Chief Executive After Expense Inquiry

Halbrook Foods, the Ohio company behind Lunchbox Classics frozen dinners and Sunny Crest snack cakes, said on Monday that it had fired its chief executive, Gregory Tallant, after an internal investigation found that he had charged the company more than $1.3 million for personal travel and home renovations over four years.
  > named_organization | halbrook | Halbrook Foods, the Ohio company behind Lunchbox Classics frozen dinners and Sunny Crest snack cakes | said on Monday | >
The company said its chief financial officer, Anthony Ruggiero, would serve as interim chief executive while the board searches for a permanent replacement.
  > named_organization | halbrook | The company | said | >
Mr. Tallant, 61, had led Halbrook since 2017 and revived its frozen food business, which had been losing shelf space to store brands.
Shares of Halbrook fell 6 percent in early trading before recovering to close down 2 percent.

The board's chairwoman, Denise Arkwright, said on a conference call with analysts that the investigation had been "thorough and independent."
  > named_official | arkwright | The board's chairwoman, Denise Arkwright | said on a conference call with analysts | >
The inquiry was led by another director, Maureen Castellano, a former federal prosecutor who joined the board last year.
She said the special committee had reviewed more than 40,000 emails and expense records and interviewed 27 employees.
  > named_official | castellano | She | said | >
"We did not go looking for this.
  > named_official | castellano | Ms. Castellano | - | *
It came to us, and once it did, we followed it all the way," Ms. Castellano said.
  > named_official | castellano | Ms. Castellano | said | <

A filing with the Securities and Exchange Commission and a letter to employees, both released on Monday, say the charges included private jet trips to a vacation home in Naples, Fla., and a $380,000 kitchen remodel that was billed as "test kitchen equipment."
  > document | filing-letter | A filing with the Securities and Exchange Commission and a letter to employees, both released on Monday | say | >
The documents also say the company will try to recover the money.
  > document | filing-letter | The documents | also say | >
Mr. Tallant's lawyer, Robert Sykes, said in a statement that his client had "repaid every dollar he was asked to repay" and had been "made a scapegoat for a board that approved these expenses year after year."
  > named_official | sykes | Mr. Tallant's lawyer, Robert Sykes | said in a statement | >
Mr. Tallant did not respond to an email and a text message on Monday.
  > declined_comment | tallant | Mr. Tallant | did not respond to an email and a text message on Monday | - | resp=no_response

The inquiry began in February after an employee in the company's travel office raised concerns with the board's audit committee, according to two people familiar with the investigation.
  > anonymous_familiar | familiar | two people familiar with the investigation | according to | <
The people, who asked not to be named because the findings have not been released in full, said the employee had been moved to another department weeks before she came forward.
  > anonymous_familiar | familiar | The people | said | > | anon=who asked not to be named because the findings have not been released in full
One of the people said the committee had also examined whether Mr. Tallant's wife used a company car, but found no wrongdoing.
  > anonymous_familiar | familiar | One of the people | said | >

A former Halbrook executive who worked closely with Mr. Tallant for six years said the chief executive had long treated the company plane "like a family car."
  > named_person | pike | A former Halbrook executive who worked closely with Mr. Tallant for six years | said | >
The former executive, Lawrence Pike, who left Halbrook in 2022 and now runs a bakery supply business in Dayton, said he had raised the matter with Mr. Ruggiero at the time.
  > named_person | pike | The former executive, Lawrence Pike, who left Halbrook in 2022 and now runs a bakery supply business in Dayton | said | >
Mr. Ruggiero could not be reached on Monday evening.
  > declined_comment | ruggiero | Mr. Ruggiero | could not be reached on Monday evening | - | resp=unreachable

Halbrook, long noted for its frugal Midwestern culture, has cut about 900 jobs since 2023.
Sanjay Rao, an analyst at Whitcombe Securities, said investors were more worried about who would run the company than about the money.
  > named_person | rao | Sanjay Rao, an analyst at Whitcombe Securities | said | >
"A million dollars is a rounding error for Halbrook.
  > named_person | rao | Mr. Rao | - | *
Not knowing who is in charge going into the holidays is not," Mr. Rao said.
  > named_person | rao | Mr. Rao | said | <
Some investors have argued that the board should sell the snack cake business, which Mr. Tallant refused to part with.
  > anonymous_other | investors | Some investors | have argued | >
The Columbus Ledger-Post first reported the firing on Sunday night.
  > media_report | ledger-post | The Columbus Ledger-Post | first reported | the firing
Mr. Tallant had planned to retire next spring and had begun grooming Mr. Ruggiero as his successor.
  > named_official | tallant | Mr. Tallant | had planned | to retire next spring | nosrc
''')

ARTICLES.append(r'''
@id t-vehicle-recall-brenner-talon-brake-lines
@style vehicle_recall
Brenner recalls 212,000 Talon pickups over corroding brake lines

DETROIT -- Brenner Motor Co. is recalling about 212,000 Talon pickups from the 2019 through 2022 model years because road salt can corrode a rear brake line and cause a sudden loss of braking power, according to a filing the automaker made with the National Highway Traffic Safety Administration.
  > document | recall-filing | a filing the automaker made with the National Highway Traffic Safety Administration | according to | <
The recall covers trucks sold or registered in 22 states where road salt is used heavily in winter, the filing says.
  > document | recall-filing | the filing | says | <
Brenner said it knew of 31 crashes and four injuries that may be related to the problem, but no deaths.
  > named_organization | brenner | Brenner | said | >
A chronology attached to the filing shows the company opened an investigation in March 2023 after a spike in warranty claims from dealers in Michigan and Pennsylvania.
  > document | chronology | A chronology attached to the filing | shows | >

NHTSA opened a preliminary evaluation of the brake lines in January after receiving 117 complaints from owners, the agency said.
  > named_organization | nhtsa | the agency | said | <
A NHTSA spokeswoman said the agency would keep that investigation open to determine whether the recall covers enough trucks.
  > named_organization | nhtsa | A NHTSA spokeswoman | said | >
Some owners of trucks registered in southern states have complained online that their pickups were left out.
  > anonymous_other | owners | Some owners of trucks registered in southern states | have complained online | >

The lines were made by Kestner Tube Products, a supplier based in Lima, Ohio, that also sells parts to two other automakers.
The company said in a statement that its lines "met every specification Brenner provided" and that the corrosion was caused by the routing of the line near the fuel tank, which Brenner designed.
  > named_organization | kestner | The company | said in a statement | >
Kestner's president, Martin Oyelaran, could not be reached on Wednesday.
  > declined_comment | oyelaran | Kestner's president, Martin Oyelaran | could not be reached on Wednesday | - | resp=unreachable
Brenner's vice president for vehicle safety, Alan Mercer, said in an interview that the company chose the 22 states based on its warranty data and would add others "if the data tells us to."
  > named_official | mercer | Brenner's vice president for vehicle safety, Alan Mercer | said in an interview | >
"We are not going to wait for a fifth injury to act.
  > named_official | mercer | Mercer | - | *
That is the whole point of doing this now," Mercer said.
  > named_official | mercer | Mercer | said | <
Dealers will replace the line with a coated steel part and reroute it away from the tank, the automaker said.
  > named_organization | brenner | the automaker | said | <

Parts will not be available until April, and dealers say that is only the start of the problem.
  > anonymous_other | dealers | dealers | say | that is only the start of the problem
Tom Gruber, who owns Gruber Brenner in Toledo, said his service department was already booked three weeks out.
  > named_official | gruber | Tom Gruber, who owns Gruber Brenner in Toledo | said | >
Dave Lisowski, the service director at Lakeshore Brenner in Grand Rapids, Mich., said each repair would take about three hours.
  > named_official | lisowski | Dave Lisowski, the service director at Lakeshore Brenner in Grand Rapids, Mich. | said | >
He said the dealership had added a Saturday shift to keep up.
  > named_official | lisowski | He | said | >
A technician at another Brenner dealership in Michigan, who asked not to be named because he was not authorized to speak for his employer, said he had replaced corroded lines on Talons "at least once a week" since 2022 under a warranty extension that Brenner never announced to owners.
  > anonymous_other | technician | A technician at another Brenner dealership in Michigan | said | > | anon=who asked not to be named because he was not authorized to speak for his employer
"The line lets go, the pedal goes to the floor, and the guy is lucky if he's in a parking lot," the technician said.
  > anonymous_other | technician | the technician | said | <
Brenner declined to say how many lines it had replaced under that program.
  > declined_comment | brenner | Brenner | declined to say how many lines it had replaced under that program | - | resp=declined
The extension took the form of a 2023 service bulletin sent only to dealers, as first reported by Fleet Service Ledger.
  > media_report | fsl | Fleet Service Ledger | as first reported by | <

Jenna Albright, executive director of the Center for Auto Accountability, a consumer group in Washington, said the recall should cover every state.
  > named_official | albright | Jenna Albright, executive director of the Center for Auto Accountability, a consumer group in Washington | said | >
"Trucks move.
  > named_official | albright | Albright | - | *
A pickup bought in Ohio in 2019 might be in Texas today and back in Ohio next year," she said.
  > named_official | albright | she | said | <
Brenner will mail letters to owners starting March 14.
@excluded
Share this article: LinkedIn | X | Email
About the author: Priya Ramaswamy covers safety and regulation for Aftermarket Week. Reach her at pramaswamy@aftermarketweek.example.
More recall coverage: NHTSA closes tailgate latch probe without action
''')

ARTICLES.append(r'''
@id t-wrongful-conviction-mabry-release-harlow
@style wrongful_conviction
Judge frees Elroy Mabry after 19 years as key witness recants

HARLOW, Ohio -- A Harlow County judge on Thursday vacated the murder conviction of Elroy Mabry, who has spent 19 years in prison for a 2006 shooting outside a corner store, after the only eyewitness who identified him at trial said she had been pressured by detectives to pick him out of a photo lineup.
  > named_person | rollins | the only eyewitness who identified him at trial | said | >
Mabry, now 44, walked out of the courthouse shortly after 3 p.m. and stopped on the steps to hug his mother.
"I told them the truth on the first day," Mabry told reporters.
  > named_person | mabry | Mabry | told reporters | <
"It took them 19 years to hear it."
  > named_person | mabry | Mabry | - | *

The ruling by Judge Harold Weems came on a joint motion from Mabry's lawyers and the Harlow County Prosecutor's Office, whose Conviction Integrity Unit spent 14 months reviewing the case.
Weems said from the bench that the case against Mabry "rested on a single identification that this court can no longer trust."
  > named_official | weems | Weems | said from the bench | >
The prosecutor's office said it would not try Mabry again.
  > named_organization | prosecutors | The prosecutor's office | said | >
A 62-page report by the Conviction Integrity Unit, filed with the motion, says detectives showed the witness a single photo of Mabry the day before the lineup and told her he "had a record."
  > document | ciu-report | A 62-page report by the Conviction Integrity Unit, filed with the motion | says | >
The unit's director, Sandra Pruett, said investigators had found no physical evidence tying Mabry to the shooting.
  > named_official | pruett | The unit's director, Sandra Pruett | said | >
The unit has now cleared four people since it was created in 2019, according to the office.
  > named_organization | prosecutors | the office | according to | <

Mabry was represented by two lawyers from the Ohio Innocence Alliance, Rachel Dunning and Priya Nand.
Dunning said the witness first contacted the alliance in 2021 after seeing Mabry's mother interviewed on television.
  > named_official | dunning | Dunning | said | >
Nand, who argued the motion, read aloud from the witness's sworn affidavit.
"I did not see his face that night," the affidavit says.
  > document | affidavit | the affidavit | says | <
"I picked the man they wanted me to pick because I was 17 and I was scared."
  > document | affidavit | the affidavit | - | *
She said the witness had agreed to testify for the defense if the state ever tried Mabry again.
  > named_official | nand | She | said | >

The witness, Tamika Rollins, now 36, did not attend the hearing.
In a brief phone interview, Rollins said she had "carried this for half my life."
  > named_person | rollins | Rollins | said | >
"I'm not asking anybody to forgive me.
  > named_person | rollins | Rollins | - | *
I just couldn't let him die in there," she said.
  > named_person | rollins | she | said | <

A woman in the back row of the courtroom, who wore a button with the victim's photo on it, said she still did not know who had killed her brother.
  > named_person | kell | A woman in the back row of the courtroom, who wore a button with the victim's photo on it | said | >
"Everybody gets closure today but us," said the victim's sister, Angela Kell, 41.
  > named_person | kell | the victim's sister, Angela Kell, 41 | said | <
The lead detective in the original investigation, Frank Osterhaus, who retired in 2015, could not be reached.
  > declined_comment | osterhaus | The lead detective in the original investigation, Frank Osterhaus, who retired in 2015 | could not be reached | - | resp=unreachable
The Harlow Police Division declined to comment, citing the possibility of a civil lawsuit.
  > declined_comment | hpd | The Harlow Police Division | declined to comment | - | resp=declined
  > named_organization | hpd | The Harlow Police Division | citing | the possibility of a civil lawsuit
Some critics of conviction integrity units say they let prosecutors second-guess juries without the rules of evidence that govern a trial.
  > anonymous_other | critics | Some critics of conviction integrity units | say | >
The Harlow Courier first reported the witness's recantation in 2022.
  > media_report | courier | The Harlow Courier | first reported | the witness's recantation
''')

ARTICLES.append(r'''
@id t-jail-audit-pell-county-cell-checks
@style jail_audit
State audit finds Pell County jail skipped half of required cell checks
  > document | audit | State audit | finds | Pell County jail skipped half of required cell checks

PELL COUNTY, Mo. (KPLV) -- Officers at the Pell County Detention Center failed to complete more than half of the hourly cell checks required by state rules during the first six months of the year, according to an audit released Tuesday by the state Commission on Detention Standards.
  > document | audit | an audit released Tuesday by the state Commission on Detention Standards | according to | <
The audit, which covers January through June, found that the jail was short an average of 14 officers per shift and that some checks were logged but never done.
  > document | audit | The audit, which covers January through June | found | >
Two people died in the jail during that period.

In a letter to the county commissioners, the commission's executive director, Lorraine Haddix, wrote that the staffing shortage had created "an unacceptable risk to the life and safety of persons in custody."
  > named_official | haddix | the commission's executive director, Lorraine Haddix | wrote | >
The commission said it was giving the county 60 days to submit a plan to fix the problems.
  > named_organization | cds | The commission | said | >
A CDS spokesman said the agency had not yet decided whether to cap the number of people the jail may hold.
  > named_organization | cds | A CDS spokesman | said | >

Sheriff Dale Whitacre said in a statement that the jail had hired 11 officers since July and that the audit "reflects a staffing crisis every jail in Missouri is living through."
  > named_official | whitacre | Sheriff Dale Whitacre | said in a statement | >
His spokeswoman, Lt. Kara Boone, said the sheriff would not give interviews until he had met with the commissioners.
  > named_official | boone | His spokeswoman, Lt. Kara Boone | said | >
A detention officer who has worked at the jail for six years, and who spoke on condition that her name not be used because she feared losing her job, said officers were routinely assigned to watch two housing units at once.
  > anonymous_official | officer | A detention officer who has worked at the jail for six years | said | > | anon=who spoke on condition that her name not be used because she feared losing her job
"You can't be in two places.
  > anonymous_official | officer | the officer | - | *
So you sign the sheet and you pray," the officer said.
  > anonymous_official | officer | the officer | said | <

The mother of one of the men who died, a 29-year-old found unresponsive in his cell on March 3, said no one from the jail has told her how long he lay there.
  > named_person | graves | The mother of one of the men who died, a 29-year-old found unresponsive in his cell on March 3 | said | >
"They keep saying the investigation is ongoing," said Deborah Graves, whose son, Tyrell, was being held on a probation violation.
  > named_person | graves | Deborah Graves, whose son, Tyrell, was being held on a probation violation | said | <
"Ongoing for seven months."
  > named_person | graves | Deborah Graves | - | *
Medical care at the jail is provided by Keystone Correctional Health, a private contractor based in Nashville.
The company did not respond to emails and phone calls on Tuesday.
  > declined_comment | keystone | The company | did not respond to emails and phone calls on Tuesday | - | resp=no_response

The commissioners called a special meeting for Thursday night.
Presiding Commissioner Ron Tipton said the county would consider raising starting pay for jail officers, now $17.25 an hour, in next year's budget.
  > named_official | tipton | Presiding Commissioner Ron Tipton | said | >
Commissioner Greg Farley, who has pushed for a new jail since 2021, said pay alone would not fix a building designed in the 1970s.
  > named_official | farley | Commissioner Greg Farley, who has pushed for a new jail since 2021 | said | >
He said he would ask the commission for an extension so the county could put a jail bond on the April ballot.
  > named_official | farley | He | said | >
The jail had been running some overnight shifts with as few as three officers for more than 200 people, as first reported by the Pell County Courier in February.
  > media_report | courier | the Pell County Courier | as first reported by | <
Some advocates for people in jail say the county could shrink the population quickly by releasing more people held before trial on low-level charges.
  > anonymous_other | advocates | Some advocates for people in jail | say | >
@excluded
Copyright 2025 KPLV-TV. All rights reserved.
Have a news tip? Call the KPLV newsroom at 573-555-0142 or send us a message through our app.
Share this story on Facebook
''')

ARTICLES.append(r'''
@id t-trade-deadline-foundry-ortiz
@style trade_deadline
Foundry ‘listening’ on Ortiz as deadline nears, GM says
  > named_official | hollins | GM | says | Foundry ‘listening’ on Ortiz as deadline nears

The Columbus Foundry are "listening" to offers for ace Rafael Ortiz, general manager Dan Hollins said Monday, three days before the trade deadline and with his team nine games out of a playoff spot.
  > named_official | hollins | general manager Dan Hollins | said Monday | <
"We'd be foolish not to listen.
  > named_official | hollins | Hollins | - | *
That's not the same as saying he's gone," Hollins said before the Foundry's 6-2 loss to Portland.
  > named_official | hollins | Hollins | said | <
"Rafael knows where we stand with him."
  > named_official | hollins | Hollins | - | *

At least four teams have asked about Ortiz, and the Portland Pioneers have made the strongest offer so far, according to two people with knowledge of the talks.
  > anonymous_familiar | knowledge | two people with knowledge of the talks | according to | <
The people, who were granted anonymity because trade negotiations are private, said Portland has offered two of its top five prospects, including shortstop Mateo Vance.
  > anonymous_familiar | knowledge | The people | said | > | anon=who were granted anonymity because trade negotiations are private
The Foundry want a third player, the people said.
  > anonymous_familiar | knowledge | the people | said | <
Portland scouts have watched Ortiz's last two starts from behind the plate, as first reported by Diamond Report.
  > media_report | diamond-report | Diamond Report | as first reported by | <
The Pioneers declined to comment.
  > declined_comment | pioneers | The Pioneers | declined to comment | - | resp=declined
Portland general manager Ken Uribe did not return a message on Monday.
  > declined_comment | uribe | Portland general manager Ken Uribe | did not return a message on Monday | - | resp=no_response

A rival executive whose team has also talked to Columbus said the asking price has dropped since the All-Star break.
  > anonymous_official | rival-exec | A rival executive whose team has also talked to Columbus | said | >
The executive, speaking on condition of anonymity to discuss another club's business, said Ortiz's elbow is "the elephant in every room."
  > anonymous_official | rival-exec | The executive | said | > | anon=speaking on condition of anonymity to discuss another club's business
Ortiz missed three weeks in May with inflammation and stopped throwing his slider for a month after he returned.
He is 9-5 with a 2.88 ERA and can become a free agent after next season.
He said after his last start that he wanted to stay in Columbus but would "not be upset" if he were traded.
  > named_person | ortiz | He | said after his last start | >

Two of his fellow starters were at their lockers when Hollins finished talking.
Luis Peralta said Ortiz was "the reason half this staff knows how to pitch."
  > named_person | peralta | Luis Peralta | said | >
Jake Brandt, who came up through the system with Ortiz, said the clubhouse had been bracing for the news for weeks.
  > named_person | brandt | Jake Brandt, who came up through the system with Ortiz | said | >
He said the two had talked about it over dinner on Sunday.
  > named_person | brandt | He | said | >
Manager Terry Ochs, asked whether Ortiz would make his scheduled start Wednesday, said only, "As of right now."
  > named_official | ochs | Manager Terry Ochs | said only | >
The Foundry added a reliever from Triple-A before the game.

One season-ticket holder who has sat behind the Foundry dugout since the team's first season said trading Ortiz would be "waving the white flag in July."
  > named_person | ruiz | One season-ticket holder who has sat behind the Foundry dugout since the team's first season | said | >
"Every year they tell us next year," said the fan, Gary Ruiz, 66, of Grandview.
  > named_person | ruiz | the fan, Gary Ruiz, 66, of Grandview | said | <
"I'm 66.
  > named_person | ruiz | Gary Ruiz | - | *
How many next years do I get?"
  > named_person | ruiz | Gary Ruiz | - | *
Some fans say the team should have traded Ortiz last winter, when his value was higher.
  > anonymous_other | fans | Some fans | say | >
@excluded
Box score: Pioneers 6, Foundry 2
Get every Foundry deadline move in your inbox -- subscribe to The Dugout newsletter.
Staff photo by Kim Delacroix: Rafael Ortiz delivers in the first inning of Monday's game.
''')

ARTICLES.append(r'''
@id t-referee-betting-probe-napl-suspensions
@style referee_betting_probe
Soccer league suspends two referees as betting investigation widens

NEW YORK (Allied Press) -- The North American Premier League suspended two referees on Wednesday while it investigates whether they bet, through relatives, on matches they officiated, the league said.
  > named_organization | napl | the league | said | <
The NAPL said in a statement that it had referred the matter to federal prosecutors in Manhattan and to gaming regulators in New Jersey and Nevada.
  > named_organization | napl | The NAPL | said in a statement | >
The referees, Owen Shaughnessy and Brett Kaminski, have worked a combined 140 league matches since 2021.
Shaughnessy said through his lawyer that he "has never bet on a soccer match in his life."
  > named_person | shaughnessy | Shaughnessy | said through his lawyer | >
Kaminski, reached by phone at his home in Ohio, said he was cooperating with the league's investigators.
  > named_person | kaminski | Kaminski, reached by phone at his home in Ohio | said | >
He declined to answer further questions.
  > declined_comment | kaminski | He | declined to answer further questions | - | resp=declined

Investigators are focused on at least nine matches from the past two seasons in which unusual sums were wagered on the number of yellow cards shown, according to three people familiar with the inquiry.
  > anonymous_familiar | familiar | three people familiar with the inquiry | according to | <
The people, who spoke on condition of anonymity because the investigation is confidential, said the bets were placed through accounts held by a cousin of one referee and the brother-in-law of the other.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on condition of anonymity because the investigation is confidential
One of the people said a betting integrity firm had flagged the wagers to the league in March.
  > anonymous_familiar | familiar | One of the people | said | >
That firm, Sentinel Integrity Group, monitors betting markets for several U.S. leagues.
The company said it does not comment on its work for clients.
  > declined_comment | sentinel-ig | The company | said it does not comment on its work for clients | - | resp=declined

A memo the league sent to its 24 clubs on Wednesday, a copy of which was obtained by Allied Press, says the referees were removed from all assignments "pending the outcome of the investigation" and that no match results will be changed.
  > document | memo | A memo the league sent to its 24 clubs on Wednesday, a copy of which was obtained by Allied Press | says | >
League commissioner Diane Ferraro told reporters on a conference call that there was "no evidence at this time" that any result had been affected.
  > named_official | ferraro | League commissioner Diane Ferraro | told reporters on a conference call | >
"If someone on the field was betting on our games, they will never work in this league again.
  > named_official | ferraro | Ferraro | - | *
That I can promise," Ferraro said.
  > named_official | ferraro | Ferraro | said | <
She added that the league would review video of every match both men had worked.
  > named_official | ferraro | She | added | >

The Professional Referees Association, the union that represents the league's match officials, said its members "should not be tried in the press."
  > named_organization | pra | The Professional Referees Association, the union that represents the league's match officials | said | >
A federal law enforcement official, who was not authorized to discuss the case publicly and spoke on condition of anonymity, confirmed that prosecutors had opened an inquiry.
  > anonymous_official | fed-official | A federal law enforcement official | confirmed | that prosecutors had opened an inquiry | anon=who was not authorized to discuss the case publicly and spoke on condition of anonymity
The U.S. attorney's office in Manhattan declined to comment.
  > declined_comment | usao | The U.S. attorney's office in Manhattan | declined to comment | - | resp=declined

Kaminski refereed the 2023 league final, a match that was called off twice for lightning before it was completed.
Shaughnessy stopped working top-division matches last fall after a hamstring injury.
Some fans have long complained that officiating in the league is inconsistent from week to week.
  > anonymous_other | fans | Some fans | have long complained | >
The Boston Ledger first reported the suspensions on Tuesday night.
  > media_report | boston-ledger | The Boston Ledger | first reported | the suspensions
''')

ARTICLES.append(r'''
@id t-property-tax-reassessment-brennan-explainer
@style property_tax_reassessment
Your Brennan County reassessment notice, explained

If you own a home in Brennan County, a green envelope from the assessor's office probably landed in your mailbox this week.
Here's what's in it, why the number on it jumped and what you can do if you think it's wrong.

Why did my value go up so much?
The county reassesses every property every four years, and this is the first full reassessment since 2021.
County Assessor Janet Oduya told the County Council last month that residential values rose by an average of 38 percent over that time, driven mostly by the run of home sales during the pandemic.
  > named_official | oduya | County Assessor Janet Oduya | told the County Council last month | >
The reassessment report her office published Monday shows that values in the three eastern townships rose fastest, some by more than 60 percent.
  > document | reassessment-report | The reassessment report her office published Monday | shows | >
One homeowner in Eastfield Township, a retired bus driver, told us his value went from $212,000 to $341,000.
  > named_person | haskins | One homeowner in Eastfield Township, a retired bus driver | told us | >
"I haven't put a nail in this house in ten years," said the homeowner, Earl Haskins, 70.
  > named_person | haskins | the homeowner, Earl Haskins, 70 | said | <

Does that mean my tax bill goes up 38 percent?
Not necessarily.
State law requires the county and the school district to lower their tax rates when total values rise, so that a reassessment alone doesn't bring in more money.
  > document | state-law | State law | requires | >
But that rollback applies to the total, not to each home.
County Treasurer Linda Castro said in an interview that homes whose values rose faster than the average will probably see bigger bills, while those that rose more slowly could pay less.
  > named_official | castro | County Treasurer Linda Castro | said in an interview | >
She said her office would not have final rates until the council votes in November.
  > named_official | castro | She | said | >

How do I appeal?
Appeals go to the Brennan County Board of Assessment Appeals, a five-member panel appointed by the council.
The BAA says on its website that homeowners have 45 days from the date printed on the notice to file.
  > named_organization | baa | The BAA | says on its website | >
That date -- noted in small type at the bottom of the second page -- is easy to miss.
The board heard about 2,100 appeals after the last reassessment and lowered the value in roughly a third of them, according to its annual report.
  > document | baa-report | its annual report | according to | <
The board's chairman, Walter Ng, said most successful appeals come from homeowners who can show that the county's records are wrong: an extra bathroom that doesn't exist, a finished basement that isn't finished.
  > named_official | ng | The board's chairman, Walter Ng | said | >
"Bring pictures.
  > named_official | ng | Ng | - | *
Bring the listing from when you bought the house," Ng said.
  > named_official | ng | Ng | said | <
"A two-page letter from your brother-in-law about how the market is soft doesn't move anybody."
  > named_official | ng | Ng | - | *
The board said it would hold evening hearings twice a week starting in October.
  > named_organization | baa | The board | said | >
A county employee who works on appeals, and who asked not to be identified because staff members aren't permitted to talk to the press, said the board expects at least twice as many appeals this time.
  > anonymous_official | county-employee | A county employee who works on appeals | said | > | anon=who asked not to be identified because staff members aren't permitted to talk to the press

Could the county have gotten my value wrong?
It's possible.
The Brennan Beacon reported last week that the county's reassessment contractor, Tri-State Appraisal Services, missed two deadlines this spring and rushed field visits in the eastern townships.
  > media_report | beacon | The Brennan Beacon | reported last week | >
The company said the delays were caused by a change in its software and did not affect the accuracy of its work.
  > named_organization | tri-state | The company | said | >
Some real estate agents say the county's numbers lag behind a market that has cooled since 2023.
  > anonymous_other | agents | Some real estate agents | say | >
We asked the assessor's office how many notices contained errors after the last reassessment; the office did not respond by our deadline.
  > declined_comment | assessor-office | the office | did not respond by our deadline | - | resp=no_response
@excluded
You're reading The Brennan Brief, a weekly guide to how local government spends your money. Did someone forward this to you? Sign up here -- it's free.
Got a question about your notice? Hit reply and we'll try to answer it in next week's edition.
''')

ARTICLES.append(r'''
@id t-homeless-encampment-sweep-alder-creek
@style homeless_encampment_sweep
City clears Alder Creek encampment; outreach group says dozens had nowhere to go
  > named_organization | coalition | outreach group | says | dozens had nowhere to go

City crews cleared Millport's largest homeless encampment on Wednesday, pulling about 60 tents and heaps of debris off the banks of Alder Creek while police officers stood by.
The Department of Public Works said crews hauled away 38 tons of trash and abandoned belongings.
  > named_organization | dpw | The Department of Public Works | said | >
Traffic on Fifth Street stopped for about 20 minutes as garbage trucks lined up at the trailhead.
A DPW spokesman, Kevin Marsh, said belongings that residents left behind would be stored for 60 days at a city warehouse.
  > named_official | marsh | A DPW spokesman, Kevin Marsh | said | >
The department said the work would continue Thursday along a second stretch of the creek.
  > named_organization | dpw | The department | said | >

The city says it offered a shelter bed to everyone living at the site.
  > named_organization | city | The city | says | >
An outreach worker who has visited the camp twice a week for two years said only 14 of the roughly 70 people living there accepted one.
  > named_official | delgado | An outreach worker who has visited the camp twice a week for two years | said | >
The worker, Rosa Delgado of the Alder Valley Housing Coalition, said the rest scattered into the woods behind the rail yard or under the Fifth Street bridge.
  > named_official | delgado | The worker, Rosa Delgado of the Alder Valley Housing Coalition | said | >
"We had people in there who had finally gotten a caseworker, finally gotten on a list for housing.
  > named_official | delgado | Delgado | - | *
Now I have to find them all over again," Delgado said.
  > named_official | delgado | Delgado | said | <
The coalition said in a statement that the sweep "undid two years of work in two hours."
  > named_organization | coalition | The coalition | said in a statement | >

The City Council voted 5-2 in August to pay for the cleanup after complaints from neighbors and businesses along the Alder Creek Trail.
Council member Teresa Wong, who sponsored the measure, said the camp had become dangerous for the people living in it, pointing to three fires there since June.
  > named_official | wong | Council member Teresa Wong, who sponsored the measure | said | >
Council member Janelle Osei, who voted against it, said the city had not opened the 40 new shelter beds it promised before the sweep.
  > named_official | osei | Council member Janelle Osei, who voted against it | said | >
She said she would ask for a moratorium on further sweeps until the beds are ready.
  > named_official | osei | She | said | >
An email from the city's homeless services manager to council members, dated Oct. 2 and released under the state's public records law, says the beds will not be ready until January.
  > document | email | An email from the city's homeless services manager to council members, dated Oct. 2 and released under the state's public records law | says | >
A city spokeswoman said the beds would open "as soon as construction allows."
  > named_organization | city | A city spokeswoman | said | >
Mayor Ellen Harrigan did not respond to requests for comment.
  > declined_comment | harrigan | Mayor Ellen Harrigan | did not respond to requests for comment | - | resp=no_response

A man who had lived at the camp for about a year, and who asked not to be named because he has an open case in municipal court, said officers gave residents about 30 minutes to gather their things.
  > anonymous_other | camp-resident | A man who had lived at the camp for about a year | said | > | anon=who asked not to be named because he has an open case in municipal court
"They told us Monday it would be Friday," he said.
  > anonymous_other | camp-resident | he | said | <
Police Chief Mark Devereaux said no one was arrested.
  > named_official | devereaux | Police Chief Mark Devereaux | said | >
The sweep had been moved up from Friday to Wednesday, as first reported by KMLP News on Tuesday.
  > media_report | kmlp | KMLP News | as first reported by | <
Some neighbors said they were relieved.
  > anonymous_other | neighbors | Some neighbors | said | >
Carl Brandvold, who owns a bike shop on the trail, said customers had stopped coming after a cyclist was threatened near the camp in July.
  > named_person | brandvold | Carl Brandvold, who owns a bike shop on the trail | said | >
"I feel for those folks, I do.
  > named_person | brandvold | Brandvold | - | *
But I've got a business to run," Brandvold said.
  > named_person | brandvold | Brandvold | said | <
@excluded
Reach reporter Nadia Ferris at nferris@millportherald.example or 360-555-0199.
Read more: Millport's shelter expansion is six months behind schedule
Comments are closed on this story.
''')

ARTICLES.append(r'''
@id t-research-misconduct-halvard-lab
@style research_misconduct
The Western Blot Problem: inside the unraveling of a star Alzheimer's lab

On a Tuesday night in March, a retired microbiologist in Eindhoven opens a 2016 paper from one of the most celebrated Alzheimer's labs in the United States and zooms in on Figure 3.
She says the protein bands in two lanes, supposedly from different mice, are identical down to a smudge in the corner.
  > named_person | hoekstra | She | says | >
"Once you see it, you cannot unsee it," says the microbiologist, Anneke Hoekstra, 68, who has flagged problems in more than 400 papers since she retired.
  > named_person | hoekstra | the microbiologist, Anneke Hoekstra, 68, who has flagged problems in more than 400 papers since she retired | says | <

The paper comes from the lab of Victor Halvard, a neuroscientist at Corliss University in Baltimore whose work on a protein called tessin helped persuade a drug company to spend $300 million on an experimental treatment.
Over the next eight months, Hoekstra and two other image sleuths post questions about 23 of Halvard's papers on an online forum where scientists discuss published work.
A report by a Corliss faculty committee, completed in October and obtained by this magazine, concludes that images in 11 of those papers were "manipulated in ways that could not be explained by honest error."
  > document | committee-report | A report by a Corliss faculty committee, completed in October and obtained by this magazine | concludes | >
The report does not say who altered them.
  > document | committee-report | The report | does not say | who altered them
A person familiar with the committee's work, who asks not to be named because its deliberations are confidential, says the panel voted unanimously.
  > anonymous_familiar | familiar | A person familiar with the committee's work | says | > | anon=who asks not to be named because its deliberations are confidential
The person says the committee asked Halvard for his original image files three times before it received them.
  > anonymous_familiar | familiar | The person | says | >

Two of Halvard's former postdoctoral researchers are listed as first authors on most of the flagged papers.
One, Daniel Reyes, now runs a lab in San Diego and says he never handled the imaging for the papers in question.
  > named_person | reyes | One, Daniel Reyes | says | >
The other, Tomasz Wierzbicki, left science in 2021 and writes software for a logistics company in Denver.
He says he raised questions about the images with Halvard in 2018 and was told to "focus on your own experiments."
  > named_person | wierzbicki | He | says | >
"I was 29 and on a visa," Wierzbicki says.
  > named_person | wierzbicki | Wierzbicki | says | <
"He was the most famous person I had ever met."
  > named_person | wierzbicki | Wierzbicki | - | *

Halvard stopped taking new graduate students in 2024.
His lawyer, Diane Marchetti, says Halvard "never altered an image and never asked anyone to."
  > named_official | marchetti | His lawyer, Diane Marchetti | says | >
She says the committee ignored raw data files that Halvard provided in August.
  > named_official | marchetti | She | says | >
Halvard himself has declined repeated requests for an interview.
  > declined_comment | halvard | Halvard himself | has declined repeated requests for an interview | - | resp=declined
Corliss spokeswoman Amelia Grant says the university has asked journals to retract seven of the papers.
  > named_official | grant | Corliss spokeswoman Amelia Grant | says | >
The university says in a statement that it "takes research integrity with the utmost seriousness."
  > named_organization | corliss | The university | says in a statement | >

The federal Office of Research Integrity, which oversees misconduct cases involving money from the National Institutes of Health, has opened its own review, according to a letter the university sent to the Journal of Neural Mechanisms in November.
  > document | univ-letter | a letter the university sent to the Journal of Neural Mechanisms in November | according to | <
The ORI declines to confirm or deny the review, citing its policy on open cases.
  > declined_comment | ori | The ORI | declines to confirm or deny the review | - | resp=declined
  > named_organization | ori | The ORI | citing | its policy on open cases
The office has made misconduct findings against 14 researchers in the past two years, according to its annual report.
  > document | ori-report | its annual report | according to | <

The tessin drug is being developed by Aurelian Therapeutics, a Cambridge, Mass., company that licensed Halvard's patents in 2019.
The company says its own clinical data support the drug, whatever happens to the papers.
  > named_organization | aurelian | The company | says | >
Aurelian's chief medical officer, Dr. Paul Kessler, does not respond to emails.
  > declined_comment | kessler | Aurelian's chief medical officer, Dr. Paul Kessler | does not respond to emails | - | resp=no_response
Some colleagues say privately that the lab was known for results that looked almost too clean.
  > anonymous_other | colleagues | Some colleagues | say privately | >
The Lab Ledger, a blog that tracks retractions, first reported the committee's findings in November.
  > media_report | lab-ledger | The Lab Ledger, a blog that tracks retractions | first reported | the committee's findings
Hoekstra, meanwhile, has moved on to a new batch of papers, and a new smudge.
''')

ARTICLES.append(r'''
@id t-avian-flu-dairy-colfax-third-herd
@style avian_flu_dairy
Bird flu found in third Colfax County dairy herd, state says
  > named_organization | dafs | state | says | Bird flu found in third Colfax County dairy herd

The state Department of Agriculture and Food Safety, known as DAFS, said Friday that it had confirmed H5N1 bird flu in a third dairy herd in Colfax County and placed the farm under quarantine.
  > named_organization | dafs | The state Department of Agriculture and Food Safety, known as DAFS | said Friday | >
The agency declined to identify the farm, citing state privacy rules for animal disease cases.
  > declined_comment | dafs | The agency | declined to identify the farm | - | resp=declined
  > named_organization | dafs | The agency | citing | state privacy rules for animal disease cases
The first two infected herds, both in the county's northern end, were confirmed in July.

State Veterinarian Ruth Engel said on a call with reporters that milk from the herd had been kept out of the food supply.
  > named_official | engel | State Veterinarian Ruth Engel | said on a call with reporters | >
"Pasteurization kills this virus.
  > named_official | engel | Engel | - | *
The milk on store shelves is safe to drink," Engel said.
  > named_official | engel | Engel | said | <
A large-animal veterinarian who treats cows on more than a dozen Colfax County farms said she first saw sick animals at the farm in late August: cows eating less and giving thick, yellowish milk.
  > named_person | moen | A large-animal veterinarian who treats cows on more than a dozen Colfax County farms | said | >
The veterinarian, Dr. Carla Moen of Tri-County Veterinary Clinic, said she sent samples to the state lab on Sept. 2.
  > named_person | moen | The veterinarian, Dr. Carla Moen of Tri-County Veterinary Clinic | said | >
She said the results did not come back for 11 days.
  > named_person | moen | She | said | >
A DAFS spokeswoman, Molly Trent, said the agency would test milk from every dairy in the county weekly until the end of the year.
  > named_official | trent | A DAFS spokeswoman, Molly Trent | said | >
Records posted on the department's website show that 41 herds in six states have tested positive since April.
  > document | dafs-records | Records posted on the department's website | show | >

Two people familiar with the state's investigation said a worker at the third farm had also worked at one of the first two farms this summer.
  > anonymous_familiar | familiar | Two people familiar with the state's investigation | said | >
The worker has not tested positive, the people said.
  > anonymous_familiar | familiar | the people | said | <
The Colfax County Health Department said it was monitoring 14 farm workers for symptoms.
  > named_organization | health-dept | The Colfax County Health Department | said | >
The health department did not respond to questions about whether the workers had been offered antiviral medication.
  > declined_comment | health-dept | The health department | did not respond to questions about whether the workers had been offered antiviral medication | - | resp=no_response

The U.S. Department of Agriculture said it had sent a team of epidemiologists to the county.
  > named_organization | usda | The U.S. Department of Agriculture | said | >
A USDA official, who was not authorized to speak publicly about the investigation, said the team was looking at whether the virus had moved between farms on shared milking equipment or on workers' clothing.
  > anonymous_official | usda-official | A USDA official | said | > | anon=who was not authorized to speak publicly about the investigation
A dairy farmer whose herd is a few miles from the quarantined farm, who spoke on condition that he not be named because he worries his milk buyer will drop him, said farmers in the county had been testing their own cows since July.
  > anonymous_other | farmer | A dairy farmer whose herd is a few miles from the quarantined farm | said | > | anon=who spoke on condition that he not be named because he worries his milk buyer will drop him
"Nobody wants to be the fourth farm," he said.
  > anonymous_other | farmer | he | said | <

Most of the county's milk goes to Prairie Gold Creamery, a cooperative processor in Lindale.
The company said in a statement that it tests every tanker and has found no virus in milk leaving its plant.
  > named_organization | prairie-gold | The company | said in a statement | >
Some farmers say the state's testing is too slow to stop the virus from spreading.
  > anonymous_other | farmers | Some farmers | say | >
The third case was confirmed two days after a milk sample from the farm tested positive at a university lab, as first reported by the farm weekly Plains Dairyman.
  > media_report | plains-dairyman | the farm weekly Plains Dairyman | as first reported by | <
''')

if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
