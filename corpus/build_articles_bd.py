"""Build corpus/articles/bd.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on business and finance, consumer safety, sports and science
(cooperative_bank_withdrawal_cap_wire, airline_maintenance_base_closure_local_daily,
ebike_battery_fire_recall_tv_station, arena_hotel_tax_referendum_radio_transcript,
lunar_lander_valve_reading_scrub_liveblog, biological_passport_case_agency_chief_qa,
department_store_chain_closures_newsletter, gene_therapy_dose_warning_magazine_feature,
turboprop_gearbox_airworthiness_directive_trade_pub,
varsity_team_cuts_athletics_deficit_student_paper,
eye_drop_fungal_contamination_recall_explainer, hockey_salary_cap_side_deal_fine_corrected),
partly set in invented countries, in the voices of twelve kinds of outlet (a wire dispatch
with a dateline about a bank run in an invented country, a local daily on an airline's
maintenance-base closure, a local television station's website with an owners' section, a
public-radio transcript with host, reporter and speaker labels, a space site's live blog
with timestamps, an edited Q&A whose questions themselves cite sources, a retail newsletter
with capitalised section heads and numbers-first items, a magazine feature with a dek and a
first-person reporter, an aviation trade publication with a dek, a student newspaper, a
consumer explainer with question subheads, and a sports story updated with a correction).
Each is built to test source typing and grouping: ministers, a central bank, a bank chairman,
airline and company executives, spokespeople named and unnamed, a union local president, a
mayor, a fire marshal, a county executive, a team owner, a league commissioner, a launch
director, a NASA administrator, an anti-doping chief, a chief medical officer, a university
president and athletic director writing jointly (count 2), a coach, a sports agent and a
lawyer speaking for clients; a pensioner, a diner owner, a father, a resident opponent, an
economist, a retail analyst, a gene therapy researcher, a cornea specialist, a former coach,
a student athlete, a spectator, a patient known by first name only (with the reason for
withholding her last name) and an athlete speaking for himself; organisations on the record
(central bank, IMF, companies, union, agencies, an insurance group, an operators'
association, a players' association, a league spokesman, a company spokesperson);
anonymous officials with a stated reason (central bank officials, safety-board members, a
former company scientist, coaches, FDA employees, a repair-station manager) and without one
(sports ministry officials, general managers, repair-station managers, a toxicologist quoted
from an email); people familiar with planning, a relocation committee, a mission, lenders'
thinking, agency deliberations and an investigation; vague sources (customers, analysts,
a mechanic who gives a reason, safety and consumer advocates, economists, scientists,
athletes, researchers, faculty members); documents (an annual report, a memo, a recall
notice, a fire report, a term sheet, a poll, a forecast, a fact sheet, ministry figures, a
store list, a securities filing, a tally, an FAQ page, internal emails quoted as the
outermost source of an executive's reply, an airworthiness directive, an NTSB report, budget
documents, roster pages, a petition, an inspection report, a GAO report, a league report);
media reports, including the outlet's own earlier reporting and a broadcaster's footage;
non-answers of all three kinds, including two inside an interviewee's answers; people
described first and named later; quotes over several sentences and across speaker labels;
content before and after the cue; split content; headline and dek attributions; two
attributions in one sentence; and look-alikes left unannotated or marked not sourcing ("has
not said", "did not identify", "does not disclose", "does not accuse", "has not released",
"has not commented publicly", "could not be confirmed", "called off", "voted to begin";
"plans" and "wants" in the reporter's voice marked nosrc). All twelve end with a footer of
excluded boilerplate. Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_bd.py [--render]
     python corpus/build_articles_bd.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "bd.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id bd-hollin-coop-bank-withdrawal-cap
@style cooperative_bank_withdrawal_cap_wire
Brennmark caps withdrawals at troubled Hollin Cooperative Bank, central bank says
  > named_organization | central-bank | central bank | says | <

OSTRAVEN, Brennmark -- Brennmark's central bank on Wednesday limited customers of Hollin Cooperative Bank to withdrawals of 500 crowns a day and appointed an administrator to run the lender, after depositors pulled nearly a fifth of its deposits in a week, the central bank said in a statement.
  > named_organization | central-bank | the central bank | said in a statement | <
The administrator, a former deputy governor named Pieter Aalund, will review the bank's loan book over the next 30 days, the statement said.
  > named_organization | central-bank | the statement | said | <
Hollin, which has about 340,000 customers and 61 branches, most of them in the country's farming north, is the largest of Brennmark's 40 cooperative lenders.

Its troubles began last month, when the business daily Ostraven Tidende reported that Hollin had lent more than a quarter of its capital to companies controlled by two members of its own board.
  > media_report | tidende | the business daily Ostraven Tidende | reported | >
Hollin's chairman, Erik Vassbotn, resigned a week later but denied any wrongdoing.
  > named_official | vassbotn | Hollin's chairman, Erik Vassbotn | denied | any wrongdoing
Vassbotn could not be reached on Wednesday.
  > declined_comment | vassbotn | Vassbotn | could not be reached on Wednesday | - | resp=unreachable

Finance Minister Ilse Marstrand told parliament that deposits of up to 100,000 crowns were fully protected by the state's deposit guarantee fund.
  > named_official | marstrand | Finance Minister Ilse Marstrand | told parliament | >
"No saver will lose a single crown," she said.
  > named_official | marstrand | she | said | <
"Not one."
  > named_official | marstrand | she | - | *
But the fund holds only about 2.1 billion crowns, against roughly 9 billion crowns of insured deposits at Hollin alone, according to the fund's most recent annual report.
  > document | fund-report | the fund's most recent annual report | according to | <

Two central bank officials, who spoke on condition of anonymity because the talks are confidential, said the government had asked the country's three largest banks to consider jointly taking over Hollin's sound loans and its deposits.
  > anonymous_official | cb-officials | Two central bank officials | said | > | anon=who spoke on condition of anonymity because the talks are confidential
One of the officials said a deal could be announced before markets open on Monday.
  > anonymous_official | cb-officials | One of the officials | said | >
Nordbank, the largest of the three, declined to comment.
  > declined_comment | nordbank | Nordbank, the largest of the three | declined to comment | - | resp=declined
A spokeswoman for Krona Sparbank said the bank was not in talks about Hollin, and the third, Vesterbank, did not respond to emails.
  > named_organization | krona | A spokeswoman for Krona Sparbank | said | the bank was not in talks about Hollin
  > declined_comment | vesterbank | the third, Vesterbank | did not respond to emails | - | resp=no_response

Outside Hollin's main branch in the northern town of Skarde, about 200 people stood in line in freezing rain on Wednesday morning, according to footage broadcast by the public broadcaster BRK.
  > media_report | brk | footage broadcast by the public broadcaster BRK | according to | <
Some customers said they had been told at the counter that the daily limit applied to cash and that transfers to other banks were frozen entirely.
  > anonymous_other | customers | Some customers | said | >
Hollin said in a notice on its website that transfers would resume on Friday.
  > named_organization | hollin | Hollin | said in a notice on its website | >
"I have my whole pension in that bank, and they tell me 500 a day," said Gunnhild Sorvik, 71, a retired schoolteacher who had been in line since six.
  > named_person | sorvik | Gunnhild Sorvik, 71, a retired schoolteacher who had been in line since six | said | <
"What am I supposed to do, come back every morning until summer?"
  > named_person | sorvik | Gunnhild Sorvik | - | *

Analysts have warned for years that Brennmark's cooperative banks, which are overseen by a separate and thinly staffed supervisor, were lending too heavily to local property developers.
  > anonymous_other | analysts | Analysts | have warned for years | >
The International Monetary Fund, in a 2023 review of Brennmark's financial system, called supervision of the cooperative sector "fragmented and under-resourced."
  > named_organization | imf | The International Monetary Fund | called | supervision of the cooperative sector "fragmented and under-resourced."
Shares of Brennmark's three listed banks fell between 3 and 6 percent in Ostraven trading.
The central bank has not said how much Hollin stands to lose on the loans to companies linked to its board.
The administrator plans to publish a first report on the bank's finances by the end of February.
  > named_official | aalund | The administrator | plans | > | nosrc

@excluded
Reporting by Karin Ostby in Ostraven and Lars Fenne in Skarde; editing by Daniel Pryce
Read our editorial standards.
© 2025 Northern Wire Service. All rights reserved.
''')

ARTICLES.append(r'''
@id bd-tamarack-merriton-base-closure
@style airline_maintenance_base_closure_local_daily
Tamarack Air to close Merriton maintenance base, cutting 430 jobs

Tamarack Air will close its aircraft maintenance base at Merriton Regional Airport by the end of March, eliminating about 430 jobs, the airline told employees in a memo on Tuesday.
  > named_organization | tamarack | the airline | told employees in a memo on Tuesday | <
The memo, a copy of which was obtained by the Courant, said the heavy maintenance now done in Merriton would move to the airline's hangar in Corvallis Springs, where it has room for two more bays.
  > document | memo | The memo, a copy of which was obtained by the Courant | said | >
In it, Glenn Avery, the airline's senior vice president of technical operations, wrote that the Merriton hangar was the company's oldest and would need $60 million in upgrades to handle the larger jets the airline is buying.
  > named_official | avery | Glenn Avery, the airline's senior vice president of technical operations | wrote | >
"This was not a decision we made lightly," Avery wrote.
  > named_official | avery | Avery | wrote | <

Tamarack spokeswoman Dana Whitlock said Wednesday that affected employees would be offered jobs in Corvallis Springs and relocation payments of up to $15,000.
  > named_official | whitlock | Tamarack spokeswoman Dana Whitlock | said Wednesday | >
She would not say how many of the 430 positions would be filled there.
  > declined_comment | whitlock | She | would not say how many of the 430 positions would be filled there | - | resp=declined

The base, on the airport's east side, opened in 1987 and is Merriton County's fourth-largest private employer, according to the county's economic development office.
  > named_organization | edo | the county's economic development office | according to | <
Mechanics there earn an average of $38 an hour, according to the union that represents them, Local 212 of the Aircraft Technicians Guild.
  > named_organization | local212 | the union that represents them, Local 212 of the Aircraft Technicians Guild | according to | <
The local's president, Ray Kostecki, said members learned of the closure from news alerts on their phones before the memo reached their inboxes.
  > named_official | kostecki | The local's president, Ray Kostecki | said | >
"They spent two years telling us this base was safe," Kostecki said.
  > named_official | kostecki | Kostecki | said | <
"A lot of us bought houses on that promise."
  > named_official | kostecki | Kostecki | - | *

A mechanic who has worked at the base for 22 years, and who asked not to be named because he still hopes to transfer, said supervisors had known about the closure for at least a month.
  > anonymous_other | mechanic | A mechanic who has worked at the base for 22 years | said | > | anon=who asked not to be named because he still hopes to transfer
The airline had been weighing the move since at least the summer, according to two people familiar with its planning.
  > anonymous_familiar | familiar | two people familiar with its planning | according to | <

Tamarack reported a net loss of $212 million in the third quarter, its third straight quarterly loss, and has said it wants to cut $500 million in annual costs by 2027.
  > named_organization | tamarack | Tamarack | reported | a net loss of $212 million in the third quarter, its third straight quarterly loss
  > named_organization | tamarack | Tamarack | has said | it wants to cut $500 million in annual costs by 2027
Wall Street analysts have argued that the airline runs too many maintenance bases for a fleet of 190 planes.
  > anonymous_other | analysts | Wall Street analysts | have argued | >

Mayor Colleen Ferris said the city would ask Tamarack to repay part of a $4 million state grant it received in 2019 to expand the hangar.
  > named_official | ferris | Mayor Colleen Ferris | said | >
The grant agreement required the airline to keep at least 400 jobs at the base through 2029, the Courant reported at the time.
  > media_report | courant | the Courant | reported at the time | <
Asked about the grant, Whitlock said the airline would "honor its commitments to the city."
  > named_official | whitlock | Whitlock | said | >
Tamarack has not said what it will do with the hangar, which it leases from the Merriton Airport Authority.
The authority's executive director, Neil Batra, could not be reached Wednesday.
  > declined_comment | batra | The authority's executive director, Neil Batra | could not be reached Wednesday | - | resp=unreachable
State Sen. Marcy Odum, whose district includes the airport, did not return a call.
  > declined_comment | odum | State Sen. Marcy Odum, whose district includes the airport | did not return a call | - | resp=no_response

Across Airport Road at the Runway Grill, owner Teresa Plum said about a third of her breakfast customers wear Tamarack uniforms.
  > named_person | plum | owner Teresa Plum | said | >
"I'll find out in April what this costs me," she said.
  > named_person | plum | she | said | <

@excluded
Subscribe to the Merriton Daily Courant for $1 a week.
Share this story: Facebook | X | Email
Join the conversation: comments are reviewed before they appear.
''')

ARTICLES.append(r'''
@id bd-voltra-ebike-battery-recall
@style ebike_battery_fire_recall_tv_station
Ashbury father says e-bike battery burned his garage as Voltra recalls 62,000 packs
  > named_person | oyelaran | Ashbury father | says | e-bike battery burned his garage

LAKE CORLISS, Minn. -- A Minnesota e-bike company is recalling about 62,000 lithium-ion battery packs after 14 reported fires, two of which spread to homes, the U.S. Consumer Product Safety Commission announced Thursday.
  > named_organization | cpsc | the U.S. Consumer Product Safety Commission | announced Thursday | <
The recall covers Voltra Cruiser and Voltra Trail packs sold between March 2022 and August 2024 at bike shops, sporting goods stores and online for about $600, according to the recall notice.
  > document | notice | the recall notice | according to | <
None of the fires caused injuries, the notice says.
  > document | notice | the notice | says | <

One of those fires was in Ashbury, a suburb north of Lake Corliss, in June.
7 News first reported the fire at the time, when the Ashbury Fire Department said its cause was under investigation.
  > media_report | 7news | 7 News | first reported | the fire
  > named_organization | ashbury-fd | the Ashbury Fire Department | said | its cause was under investigation
Marcus Oyelaran told 7 News he had plugged in his son's bike to charge in the garage around 9 p.m. and woke to the smoke alarm a little after midnight.
  > named_person | oyelaran | Marcus Oyelaran | told 7 News | >
"By the time I opened the door, the whole back wall was on fire," he said.
  > named_person | oyelaran | he | said | <
"If that garage had been under a bedroom, I don't want to think about it."
  > named_person | oyelaran | he | - | *
The fire department's report, which 7 News obtained through a public records request, lists the bike's battery pack as the probable point of origin.
  > document | fire-report | The fire department's report, which 7 News obtained through a public records request | lists | >

Fire Marshal Anita Grubb said lithium-ion battery fires burn hotter and are harder to put out than ordinary house fires.
  > named_official | grubb | Fire Marshal Anita Grubb | said | >
She said her department had answered five such calls this year, up from one in 2021.
  > named_official | grubb | She | said | >

Voltra, which is based in the Lake Corliss suburb of Pine Hollow, said in a statement that it had found a defect in battery cells from one supplier and would replace the packs for free.
  > named_organization | voltra | Voltra, which is based in the Lake Corliss suburb of Pine Hollow | said in a statement | >
A company spokesperson declined to name the supplier.
  > declined_comment | voltra | A company spokesperson | declined to name the supplier | - | resp=declined
Voltra's founder and chief executive, Brooke Tennant, did not respond to a message sent through LinkedIn.
  > declined_comment | tennant | Voltra's founder and chief executive, Brooke Tennant | did not respond to a message sent through LinkedIn | - | resp=no_response
Oyelaran said a Voltra customer service agent told him in July that the fire was "an isolated incident" and offered him 20 percent off a new battery.
  > named_person | oyelaran | Oyelaran | said | >

Safety advocates say the recall shows why the federal government needs a mandatory safety standard for e-bike batteries.
  > anonymous_other | advocates | Safety advocates | say | >
The commission voted last year to begin writing one but has not yet proposed a rule.
An insurance industry group, the Upper Midwest Claims Council, estimates that battery fires caused $180 million in home damage in the region last year.
  > named_organization | umcc | An insurance industry group, the Upper Midwest Claims Council | estimates | >

What owners should do
Owners should stop using the packs right away and contact Voltra for a free replacement, the commission said.
  > named_organization | cpsc | the commission | said | <
The model number is printed on a sticker on the underside of the pack.
Grubb said batteries should be charged outdoors or in a garage with a working smoke alarm, and never overnight.
  > named_official | grubb | Grubb | said | >

@excluded
Download the 7 News app for breaking news and weather alerts.
Have a story idea? Email newstips@klcr7.com
Copyright 2025 KLCR-TV. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
''')

ARTICLES.append(r'''
@id bd-mariners-arena-hotel-tax-vote
@style arena_hotel_tax_referendum_radio_transcript
Transcript: A hotel tax, a basketball team and Tuesday's vote in Carlow County

HOST (RENEE ABARA): This is Midday on WCPR, I'm Renee Abara.
Voters in Carlow County decide on Tuesday whether to raise the county's hotel tax to help pay for a new downtown arena for the Carlow Mariners.
The team says it needs the new building to stay in Carlow.
  > named_organization | mariners | The team | says | >
Our reporter Dev Kapadia has been following the campaign.

DEV KAPADIA: The measure would raise the hotel tax from 6 percent to 8 percent for 30 years.
The county's budget office estimates that would bring in about $410 million, roughly half the cost of the arena.
  > named_organization | budget-office | The county's budget office | estimates | >
The team's owner, Gregory Stahl, would pay the rest, according to a term sheet the team and the county signed in May.
  > document | term-sheet | a term sheet the team and the county signed in May | according to | <
At a rally on Saturday, Stahl said the team's current home, the Carlow Coliseum, had run out of time.
  > named_official | stahl | Stahl | said | >

GREGORY STAHL: The Coliseum was built when I was in grade school.
  > named_official | stahl | GREGORY STAHL | : | >
The roof leaks on game nights.
  > named_official | stahl | GREGORY STAHL | - | *
We want to stay in Carlow, but we can't stay in that building.
  > named_official | stahl | GREGORY STAHL | - | *

KAPADIA: Stahl has not said where the team would go if the measure fails.
But the team's executives met with officials from at least one other city this spring, according to two people familiar with the league's relocation committee, who asked not to be named because the meetings were private.
  > anonymous_familiar | familiar | two people familiar with the league's relocation committee | according to | < | anon=who asked not to be named because the meetings were private
A league spokesman said in an email that the league does not comment on discussions with individual cities.
  > named_organization | league | A league spokesman | said in an email | >
The Mariners declined to make Stahl available for an interview.
  > declined_comment | mariners | The Mariners | declined to make Stahl available for an interview | - | resp=declined

Among the opponents is Lorraine Whitsett, a retired accountant who lives two blocks from the proposed site.

LORRAINE WHITSETT: Every stadium study I've read says the same thing.
  > named_person | whitsett | LORRAINE WHITSETT | : | >
The jobs are real, but they're mostly part-time, and the money mostly stays with the team.
  > named_person | whitsett | LORRAINE WHITSETT | - | *

KAPADIA: Most economists who have studied arena subsidies have found that they return far less to local economies than they cost.
  > anonymous_other | economists | Most economists who have studied arena subsidies | have found | >
One of them, Priya Venkataraman of Carlow State University, said a hotel tax at least falls mostly on visitors rather than residents.
  > named_person | venkataraman | One of them, Priya Venkataraman of Carlow State University | said | >

PRIYA VENKATARAMAN: If you're going to subsidize an arena, that's the least bad way to do it.
  > named_person | venkataraman | PRIYA VENKATARAMAN | : | >
But the promises about restaurants and apartments springing up around the arena usually don't come true.
  > named_person | venkataraman | PRIYA VENKATARAMAN | - | *

KAPADIA: County Executive Frank Dimarco, who negotiated the deal, says the county's share is capped.
  > named_official | dimarco | County Executive Frank Dimarco, who negotiated the deal | says | >
If construction costs run over, he says, the team pays.
  > named_official | dimarco | he | says | If construction costs run over ;; the team pays
A poll for WCPR and the Carlow Ledger last month found 47 percent of likely voters in favor and 44 percent opposed, within the poll's margin of error.
  > document | poll | A poll for WCPR and the Carlow Ledger last month | found | >

HOST: Dev Kapadia, thanks.

KAPADIA: Thank you, Renee.

@excluded
This transcript was generated from a broadcast recording and may contain errors.
Listen to the full segment on the WCPR app.
Support public radio: become a member today.
''')

ARTICLES.append(r'''
@id bd-aldercrest-wren-launch-scrub
@style lunar_lander_valve_reading_scrub_liveblog
Live updates: Aldercrest scrubs launch of Wren moon lander over valve reading

04:15 EST
Aldercrest Space Systems says fueling of its Harrier rocket is under way at Cape Harmon, with liftoff of the Wren lunar lander set for 06:41.
  > named_organization | aldercrest | Aldercrest Space Systems | says | >
Wren is carrying nine instruments, five of them for NASA, to a crater near the moon's south pole, where scientists believe ice lies in permanent shadow.
  > anonymous_other | scientists | scientists | believe | ice lies in permanent shadow

05:20 EST
Weather is 90 percent favorable, according to the latest forecast from the launch range's weather squadron.
  > document | forecast | the latest forecast from the launch range's weather squadron | according to | <

06:12 EST
The countdown is holding at T-minus 20 minutes.
Aldercrest's launch commentator, Jo Ferrante, said on the company's webcast that engineers were reviewing a pressure reading from a valve on one of the lander's descent engines.
  > named_official | ferrante | Aldercrest's launch commentator, Jo Ferrante | said on the company's webcast | >

06:38 EST
Scrub.
Aldercrest has called off today's attempt.
"We're going to stand down for today and make sure we understand that reading," launch director Samuel Okafor said on the countdown audio.
  > named_official | okafor | launch director Samuel Okafor | said on the countdown audio | <
"This lander gets one shot at the moon, and we're not going to waste it."
  > named_official | okafor | Samuel Okafor | - | *

07:05 EST
The next launch window opens Saturday at 06:19, the company said in a post on X.
  > named_organization | aldercrest | the company | said in a post on X | <
A person familiar with the mission said the same valve had given an erratic reading during a test in March and had been replaced.
  > anonymous_familiar | familiar | A person familiar with the mission | said | >
Aldercrest did not respond to a question about the March test.
  > declined_comment | aldercrest | Aldercrest | did not respond to a question about the March test | - | resp=no_response

07:40 EST
Dr. Helen Marchetti, NASA's associate administrator for science, told reporters that a delay of a few days would not affect what the agency's instruments can do.
  > named_official | marchetti | Dr. Helen Marchetti, NASA's associate administrator for science | told reporters | >
A delay past Feb. 2, however, would push the landing beyond lunar sunrise at the site and cost the mission almost half its time on the surface, according to a NASA mission fact sheet.
  > document | fact-sheet | a NASA mission fact sheet | according to | <

08:15 EST
Aldercrest is one of three companies NASA pays to deliver instruments to the moon under fixed-price contracts.
NASA's inspector general said in a report last year that all three were behind schedule and that the agency had no plan for the possibility that one of them might fail.
  > named_organization | nasa-oig | NASA's inspector general | said in a report last year | >
The trade site Orbital Ledger reported in November that Aldercrest had laid off about 80 employees to conserve cash ahead of the launch.
  > media_report | orbital-ledger | The trade site Orbital Ledger | reported in November | >
Aldercrest, which is privately held, does not disclose its finances.
Some industry analysts say a long delay could strain the company.
  > anonymous_other | analysts | Some industry analysts | say | >
The company wants to fly a second, larger lander in 2027.
  > named_organization | aldercrest | The company | wants | > | nosrc

08:50 EST
At the public viewing site in Port Harmon, Denise Tollefsen, who drove 11 hours with her two children, said they would stay through Saturday.
  > named_person | tollefsen | Denise Tollefsen, who drove 11 hours with her two children | said | >
"They've been counting down for a month," she said.
  > named_person | tollefsen | she | said | <
"What's two more days?"
  > named_person | tollefsen | she | - | *

@excluded
This live blog has ended. Follow our coverage of Saturday's launch attempt.
Times are Eastern Standard Time.
Share this live blog
© 2025 Starline Media
''')

ARTICLES.append(r'''
@id bd-varhola-passport-case-stemberg-qa
@style biological_passport_case_agency_chief_qa
Anti-doping chief says Varhola case "will be decided on the science, not on his medals"
  > named_official | stemberg | Anti-doping chief | says | Varhola case "will be decided on the science, not on his medals"

Emil Varhola, Kestovia's most decorated distance runner, was provisionally suspended in October over irregularities in his biological passport, the profile of blood values that anti-doping authorities track over an athlete's career.
Varhola, 31, denies doping and has said the readings were caused by altitude training and a stomach illness.
  > named_person | varhola | Varhola, 31 | denies | doping
  > named_person | varhola | Varhola, 31 | has said | the readings were caused by altitude training and a stomach illness
His lawyer, Ines Kowalczyk, has asked the Sports Arbitration Tribunal to lift the suspension before the European championships in March.
  > named_official | kowalczyk | His lawyer, Ines Kowalczyk | has asked | the Sports Arbitration Tribunal to lift the suspension before the European championships in March
Radka Stemberg has led the Kestovian Anti-Doping Agency since 2021.
We spoke with her in her office in Dravny on Monday.
The conversation has been edited and condensed.

Q: Varhola's lawyer says your agency leaked the case to the press before he was notified.
  > named_official | kowalczyk | Varhola's lawyer | says | >
Did it?

Stemberg: No.
  > named_official | stemberg | Stemberg | : | >
He was informed by registered letter and by email two days before the Dravny Express published its story, and we have the delivery receipts.
  > named_official | stemberg | Stemberg | - | *

Q: The Express reported that the case file includes a note from one of your own experts calling the evidence "borderline."
  > media_report | express | The Express | reported | >

Stemberg: I'm not going to discuss what is in the file while the case is open.
  > declined_comment | stemberg | Stemberg | not going to discuss what is in the file while the case is open | - | resp=declined
What I can say is that three independent experts reviewed the profile, and all three had to agree before we could bring a charge.
  > named_official | stemberg | Stemberg | - | *

Q: Some athletes have said the passport punishes people whose bodies are simply unusual.
  > anonymous_other | athletes | Some athletes | have said | >

Stemberg: That is why the bar is so high.
  > named_official | stemberg | Stemberg | : | >
The software flags a profile only when there is less than a one-in-a-thousand chance that the values are natural, and then people look at it, not machines.
  > named_official | stemberg | Stemberg | - | *

Q: Your agency's budget was cut by 18 percent this year, according to the sports ministry's own figures.
  > document | ministry-figures | the sports ministry's own figures | according to | Your agency's budget was cut by 18 percent this year
Has that affected testing?

Stemberg: We did about 2,100 tests last year, and we will do about 1,700 this year.
  > named_official | stemberg | Stemberg | : | >
I would be lying if I told you that doesn't matter.
  > named_official | stemberg | Stemberg | - | *

Q: Officials at the sports ministry have told us that the cut was meant as a warning after your public dispute with the athletics federation last year.
  > anonymous_official | ministry-officials | Officials at the sports ministry | have told us | >

Stemberg: You will have to ask the ministry about that.
  > declined_comment | stemberg | Stemberg | You will have to ask the ministry about that | - | resp=declined

Q: Will Varhola run in March?

Stemberg: That is for the tribunal to decide.
  > named_official | stemberg | Stemberg | : | >
If he is cleared, I will be the first to say so publicly.
  > named_official | stemberg | Stemberg | - | *

Kestovia's sports ministry did not respond to a request for comment.
  > declined_comment | ministry | Kestovia's sports ministry | did not respond to a request for comment | - | resp=no_response
The tribunal has scheduled a hearing for Feb. 9.

@excluded
This interview is part of our Sunday series Straight Talk.
Read more: our full coverage of the Varhola case.
Comments are open to subscribers only.
© 2025 Dravny Daily Sport
''')

ARTICLES.append(r'''
@id bd-halberds-store-closures-checkout
@style department_store_chain_closures_newsletter
The Checkout: Halberd's closes 48 stores as sales slide; CEO says "we are not going anywhere"
  > named_official | pell | CEO | says | "we are not going anywhere"

Good morning, and welcome to The Checkout, our weekly newsletter on the business of shopping.

THE BIG ONE
Halberd's, the 112-year-old department store chain, said Tuesday that it would close 48 of its 161 stores by June and cut about 3,900 jobs after a fourth straight quarter of falling sales.
  > named_organization | halberds | Halberd's, the 112-year-old department store chain | said Tuesday | >
Sales at stores open at least a year fell 9.4 percent in the quarter that ended in January, the company reported, and it swung to a net loss of $86 million.
  > named_organization | halberds | the company | reported | Sales at stores open at least a year fell 9.4 percent in the quarter that ended in January ;; and it swung to a net loss of $86 million
On a call with analysts, chief executive Margaret Pell said the remaining stores were profitable and that the chain would "go smaller to go forward."
  > named_official | pell | chief executive Margaret Pell | said | >
"We are not going anywhere," Pell said.
  > named_official | pell | Pell | said | <
A list posted on Halberd's investor website shows that 31 of the closing stores are in enclosed malls, most of them in the Midwest.
  > document | store-list | A list posted on Halberd's investor website | shows | >
A securities filing shows the company drew $250 million from a revolving credit line in February, and that its lenders can demand repayment if its cash falls below $150 million.
  > document | filing | A securities filing | shows | >
Two people familiar with the lenders' thinking said the banks had pressed Halberd's to close even more stores.
  > anonymous_familiar | familiar | Two people familiar with the lenders' thinking | said | >
Halberd's declined to comment on its talks with lenders.
  > declined_comment | halberds | Halberd's | declined to comment on its talks with lenders | - | resp=declined
Retail analysts we talked to this week were split on whether the cuts go deep enough.
  > anonymous_other | analysts | Retail analysts we talked to this week | were split on | >
"They're closing the stores that were already closing themselves," said Nadia Farouk, who covers department stores for the research firm Larchmont Retail Partners.
  > named_person | farouk | Nadia Farouk, who covers department stores for the research firm Larchmont Retail Partners | said | <

ALSO ON OUR RADAR
Grocery: Pennywise Markets agreed to buy the 34-store Ferncliff Foods chain for $410 million, the companies said Monday.
  > named_organization | pennywise-ferncliff | the companies | said Monday | Pennywise Markets agreed to buy the 34-store Ferncliff Foods chain for $410 million
The deal needs approval from the Federal Trade Commission, which has challenged two grocery mergers in the past year.
Apparel: Shares of the fast-fashion chain Tenwick fell 14 percent on Wednesday after the trade publication Threadline reported that customs officials were examining where the company buys its cotton.
  > media_report | threadline | the trade publication Threadline | reported | >
Tenwick said it complied with all import laws and had not been contacted by customs authorities.
  > named_organization | tenwick | Tenwick | said | >
Safety: The toy retailer Brightburrow is pulling a wooden stacking toy from its shelves after three reports of small parts breaking off, according to a notice on its website.
  > document | bb-notice | a notice on its website | according to | The toy retailer Brightburrow is pulling a wooden stacking toy from its shelves after three reports of small parts breaking off
The company wants customers to return the toys to any store for a full refund.
  > named_organization | brightburrow | The company | wants | > | nosrc

BY THE NUMBERS
4.1 percent: how much U.S. retail sales rose in February from a year earlier, according to Commerce Department data released Friday.
  > document | commerce-data | Commerce Department data released Friday | according to | <
62: the number of store closures announced by U.S. chains in the first week of March, according to a tally by the consultancy Hartfield Partners.
  > document | hartfield-tally | a tally by the consultancy Hartfield Partners | according to | <

ONE MORE THING
Several of you wrote in this week about gift cards.
Halberd's says gift cards and store credit will still be honored at the remaining stores and online.
  > named_organization | halberds | Halberd's | says | >
The closing stores will stop taking them on April 30, according to a frequently asked questions page on the company's website.
  > document | faq | a frequently asked questions page on the company's website | according to | <
See you next week.

@excluded
You are receiving this email because you signed up for The Checkout.
Unsubscribe | Manage your preferences
Forward this newsletter to a friend who shops.
© 2025 Larkspur Business Media
''')

ARTICLES.append(r'''
@id bd-luminel-gene-therapy-trial-death
@style gene_therapy_dose_warning_magazine_feature
The Dose That Went Too Far

When a 19-year-old died in a gene therapy trial, the company called it a tragedy no one could have foreseen.
  > named_organization | luminel | the company | called | it a tragedy no one could have foreseen
Its own scientists had warned otherwise, records show.
  > document | internal-docs | records | show | <

Caleb Anders had used a wheelchair since he was 11.
In March of last year, he and his mother flew to Bellport for an infusion of LMN-204, an experimental gene therapy for the muscle-wasting disease Tessier myopathy, made by Luminel Therapeutics.
Eleven days later, his liver failed.
He died on April 2.
"He told the nurses he was going to walk into his high school reunion," his mother, Joanne Anders, told me at her kitchen table in Fenwick, Ohio, this summer.
  > named_person | joanne | his mother, Joanne Anders | told me | <
"He had it all planned out."
  > named_person | joanne | Joanne Anders | - | *

Luminel disclosed the death in a news release two weeks later, calling it an "unexpected serious adverse event."
  > named_organization | luminel | Luminel | disclosed | the death
  > named_organization | luminel | Luminel | calling | it an "unexpected serious adverse event."
The Food and Drug Administration put the trial on hold the same week.
But internal emails and slide presentations that a former Luminel employee shared with this magazine show that two of the company's toxicologists had warned, eight months before Caleb's infusion, that the highest dose risked severe liver injury in patients heavier than 60 kilograms.
  > document | internal-docs | internal emails and slide presentations that a former Luminel employee shared with this magazine | show | >
Caleb weighed 71 kilograms.
"At this dose, in heavier patients, we are in a zone where hepatic events become likely," one of the toxicologists wrote in an email in July 2023 to the company's head of clinical development.
  > anonymous_official | toxicologist | one of the toxicologists | wrote in an email | <
That executive, Dr. Steven Prakash, replied the next day that the dose had been "well tolerated" in monkeys and that lowering it would "compromise our efficacy signal," according to the emails.
  > document | internal-docs | the emails | according to | <
Prakash, who left Luminel in January, did not respond to three emails and a letter sent to his home.
  > declined_comment | prakash | Prakash, who left Luminel in January | did not respond to three emails and a letter sent to his home | - | resp=no_response

Luminel's chief medical officer, Dr. Alison Greer, said in a written response to questions that the company had shared all of its animal data with the FDA and with the trial's independent safety board.
  > named_official | greer | Luminel's chief medical officer, Dr. Alison Greer | said in a written response to questions | >
"The toxicology team's concerns were discussed, weighed and addressed," she wrote.
  > named_official | greer | she | wrote | <
She declined to be interviewed.
  > declined_comment | greer | She | declined to be interviewed | - | resp=declined
The FDA declined to comment, citing its policy on pending reviews.
  > declined_comment | fda | The FDA | declined to comment | - | resp=declined

Two people who served on the safety board, who spoke on condition of anonymity because its members sign confidentiality agreements, said they had never been shown the toxicologists' emails.
  > anonymous_official | board-members | Two people who served on the safety board | said | > | anon=who spoke on condition of anonymity because its members sign confidentiality agreements
"We were told the liver signal in the animals was transient," one of them said.
  > anonymous_official | board-members | one of them | said | <
The former Luminel scientist who gave me the documents, and who asked not to be identified for fear of being sued, said several scientists had talked about resigning over the dose decision.
  > anonymous_official | ex-scientist | The former Luminel scientist who gave me the documents | said | > | anon=who asked not to be identified for fear of being sued, count=1

Gene therapies for muscle diseases have a history of liver injuries at high doses.
Researchers have long suspected that the engineered viruses used to carry the genes can set off an immune attack on the liver when they are given in large amounts.
  > anonymous_other | researchers | Researchers | have long suspected | >
"Everybody in this field knows that dose scales with weight, and so does the risk," said Dr. Yusuf Demir, a gene therapy researcher at Northgate University who was not involved in the trial.
  > named_person | demir | Dr. Yusuf Demir, a gene therapy researcher at Northgate University who was not involved in the trial | said | <
"The question is what a company does with that knowledge."
  > named_person | demir | Dr. Yusuf Demir | - | *

Luminel plans to restart the trial next year at a lower dose and without patients over 60 kilograms.
  > named_organization | luminel | Luminel | plans | > | nosrc
Joanne Anders has hired a lawyer.
"I want someone at that company to stand up and say his name," she said.
  > named_person | joanne | she | said | <

@excluded
This story appears in the November issue of Threshold magazine.
Photographs by Ilse Brandvold for Threshold.
Sign up for Threshold's weekly science newsletter.
''')

ARTICLES.append(r'''
@id bd-corran-pt9-gearbox-directive
@style turboprop_gearbox_airworthiness_directive_trade_pub
FAA orders gearbox checks on 900 turboprop engines after three in-flight shutdowns
  > named_organization | faa | FAA | orders | gearbox checks on 900 turboprop engines

Engine maker says replacement parts are on hand; repair station managers say they have not seen them.
  > named_organization | corran | Engine maker | says | replacement parts are on hand
  > anonymous_official | managers | repair station managers | say | they have not seen them

The FAA on Friday ordered operators of Corran PT-9 turboprop engines to inspect the planet carrier in each engine's reduction gearbox for cracks within 50 flight hours, after three of the engines shut down in flight since August.
  > named_organization | faa | The FAA | ordered | operators of Corran PT-9 turboprop engines to inspect the planet carrier in each engine's reduction gearbox for cracks within 50 flight hours
The emergency airworthiness directive, published Monday, says about 900 engines on U.S.-registered aircraft are affected, most of them on Aldwyn 48 regional airliners.
  > document | directive | The emergency airworthiness directive, published Monday | says | >
According to the directive, the cracks in all three failed gearboxes began at a machining mark left during manufacture.
  > document | directive | the directive | According to | >
In the most serious of the events, an Aldwyn 48 operated by Northlake Connection lost its left engine at 17,000 feet over northern Michigan on Sept. 14 and diverted to Alden Falls, according to a preliminary report by the National Transportation Safety Board.
  > document | ntsb | a preliminary report by the National Transportation Safety Board | according to | <

Corran Engines said in a statement that it had traced the marks to one production line at a supplier and had changed its inspection process.
  > named_organization | corran | Corran Engines | said in a statement | >
The statement did not identify the supplier.
It said replacement carriers were "available in sufficient quantity to support the fleet."
  > named_organization | corran | It | said | >
Liam Brodeur, Corran's vice president for customer support, told Rotor & Ramp that the company had shipped 140 carriers to operators and repair stations since Friday.
  > named_official | brodeur | Liam Brodeur, Corran's vice president for customer support | told Rotor & Ramp | >
He declined to say how many cracked carriers had been found so far.
  > declined_comment | brodeur | He | declined to say how many cracked carriers had been found so far | - | resp=declined

Managers at three repair stations that overhaul the PT-9 told Rotor & Ramp they had yet to receive any of the new parts.
  > anonymous_official | managers | Managers at three repair stations that overhaul the PT-9 | told Rotor & Ramp | >
"We've got four aircraft on the ground waiting on carriers, and nobody can give us a date," said one of them, who asked not to be named because his company depends on Corran for parts and training.
  > anonymous_official | managers | one of them | said | < | anon=who asked not to be named because his company depends on Corran for parts and training
The Regional Airline Operators Association, whose members fly about 300 of the affected aircraft, said it had asked the FAA to extend the deadline to 150 flight hours.
  > named_organization | raoa | The Regional Airline Operators Association, whose members fly about 300 of the affected aircraft | said | >
An FAA spokesman said the agency was reviewing the request.
  > named_organization | faa | An FAA spokesman | said | >
A person familiar with the agency's deliberations said it was unlikely to grant a blanket extension but might approve relief case by case for operators that can show parts are on order.
  > anonymous_familiar | familiar | A person familiar with the agency's deliberations | said | >

Northlake said Tuesday that it had grounded six of its 22 Aldwyns pending inspection and canceled about 40 daily flights.
  > named_organization | northlake | Northlake | said Tuesday | >
Its director of maintenance, Todd Bergeron, could not be reached.
  > declined_comment | bergeron | Its director of maintenance, Todd Bergeron | could not be reached | - | resp=unreachable
The consultancy AeroFleet Metrics estimates that each grounded Aldwyn costs an operator about $28,000 a day in lost revenue.
  > named_organization | aerofleet | The consultancy AeroFleet Metrics | estimates | >
Rotor & Ramp reported in 2022 that an earlier directive had required operators to replace the same gearbox's sun gear after two failures in Chile.
  > media_report | rotor-ramp | Rotor & Ramp | reported in 2022 | >

@excluded
Rotor & Ramp subscribers can download the full directive from our Documents Library.
Related: PT-9 operators weigh spare-engine pools
Advertisement
© 2025 Rotor & Ramp, an Aviation Trades Group publication
''')

ARTICLES.append(r'''
@id bd-ashcombe-varsity-team-cuts
@style varsity_team_cuts_athletics_deficit_student_paper
Ashcombe to cut four varsity teams, athletic director tells coaches
  > named_official | holloway | athletic director | tells coaches | <

Ashcombe University will eliminate men's and women's swimming and diving, men's tennis and women's rowing at the end of this academic year, Athletic Director Colette Holloway told coaches Thursday morning, according to three coaches who were in the room and spoke on condition of anonymity because they had been told not to discuss the cuts before a public announcement.
  > anonymous_official | coaches | three coaches who were in the room | according to | < | anon=spoke on condition of anonymity because they had been told not to discuss the cuts before a public announcement
The university confirmed the cuts in an email to students Thursday afternoon.
  > named_organization | university | The university | confirmed | the cuts
About 110 athletes compete on the four teams, according to the athletic department's roster pages.
  > document | rosters | the athletic department's roster pages | according to | <
In the email, Holloway and President Mark Ainsley wrote that the department faces a $6.2 million deficit this year and that the cuts would save about $2.4 million annually.
  > named_official | holloway-ainsley | Holloway and President Mark Ainsley | wrote | > | count=2
"These are painful decisions, and they are not a judgment on the athletes or coaches of these programs," they wrote.
  > named_official | holloway-ainsley | they#2 | wrote | < | count=2
Holloway did not respond to an interview request sent through the athletic department.
  > declined_comment | holloway | Holloway | did not respond to an interview request sent through the athletic department | - | resp=no_response
A department spokesperson, Brett Caldera, said Holloway would speak with reporters next week.
  > named_official | caldera | A department spokesperson, Brett Caldera | said | >

The deficit grew after the university's conference lost its television contract in 2023, according to athletic department budget documents obtained by The Sentinel through a public records request.
  > document | budget-docs | athletic department budget documents obtained by The Sentinel through a public records request | according to | <
The documents show the football program lost $3.1 million last year, more than the four cut teams combined.
  > document | budget-docs | The documents | show | >
The Sentinel reported in September that the cost of a planned football operations center had risen from $28 million to $40 million.
  > media_report | sentinel | The Sentinel | reported in September | >
Some faculty members have questioned why the university is cutting teams while it builds the center.
  > anonymous_other | faculty | Some faculty members | have questioned | >

Keisha Obi, a junior who swims the 200-meter butterfly, said she learned her team was being cut from a teammate's text message during a chemistry lab.
  > named_person | obi | Keisha Obi, a junior who swims the 200-meter butterfly | said | >
"I chose Ashcombe because of this team," Obi said.
  > named_person | obi | Obi | said | <
"Now I have to decide whether to transfer or stay and never race again."
  > named_person | obi | Obi | - | *
A petition started by members of the rowing team had more than 2,400 signatures by Friday night.
The petition argues that cutting women's rowing would put the university out of compliance with Title IX, the federal law that bars sex discrimination in education programs.
  > document | petition | The petition | argues | >
Ainsley has said the university remains in compliance.
  > named_official | ainsley | Ainsley | has said | >
Whether the Board of Trustees voted on the cuts could not be confirmed.

Men's tennis coach Alan Petrakis, who has coached at Ashcombe for 19 years, said he would help each of his players find a new school.
  > named_official | petrakis | Men's tennis coach Alan Petrakis, who has coached at Ashcombe for 19 years | said | >
"My job now is to make sure every one of them lands somewhere," he said.
  > named_official | petrakis | he | said | <
Barbara Lindahl, a former Ashcombe swimming coach who now runs a youth club in town, called the decision "a short-term fix that kills a 70-year-old program."
  > named_person | lindahl | Barbara Lindahl, a former Ashcombe swimming coach who now runs a youth club in town | called | the decision "a short-term fix that kills a 70-year-old program."
The university plans to honor the scholarships of athletes on the cut teams through graduation.
  > named_organization | university | The university | plans | > | nosrc

@excluded
The Ashcombe Sentinel is the independent student newspaper of Ashcombe University.
Got a tip? Email news@ashcombesentinel.org
Leave a Comment
Your email address will not be published. Required fields are marked *
''')

ARTICLES.append(r'''
@id bd-lumasol-eye-drop-recall-explainer
@style eye_drop_fungal_contamination_recall_explainer
What to know about the Lumasol and FreshSight eye drop recall

More than 1.2 million bottles of artificial tears sold under the Lumasol and FreshSight brands are being recalled after a fungus was found in unopened bottles, the Food and Drug Administration said this week.
  > named_organization | fda | the Food and Drug Administration | said this week | <
At least 11 people have developed eye infections linked to the drops, and one has lost most of the vision in one eye, according to the Centers for Disease Control and Prevention.
  > named_organization | cdc | the Centers for Disease Control and Prevention | according to | <
Here is what we know so far, and what we don't.

Which products are affected?
The recall covers 10-milliliter and 15-milliliter bottles of Lumasol Lubricant Eye Drops and FreshSight Dry Eye Relief with expiration dates from June 2025 through March 2026, according to the FDA's recall notice.
  > document | fda-notice | the FDA's recall notice | according to | <
Both brands are made by the same contract manufacturer, Ostrander Pharma, at a plant in Sarvenia, the notice says.
  > document | fda-notice | the notice | says | <
Pellham Consumer Health, which owns the Lumasol brand, said it had stopped all shipments and was "deeply sorry" to customers who were harmed.
  > named_organization | pellham | Pellham Consumer Health, which owns the Lumasol brand | said | >
The owner of FreshSight, the pharmacy chain MedWay, said it would give refunds to customers who return the drops, with or without a receipt.
  > named_organization | medway | The owner of FreshSight, the pharmacy chain MedWay | said | >

How did the fungus get in?
That is not yet clear.
FDA investigators who inspected the plant in August found that a filling machine had been rinsed with tap water and that workers did not test finished bottles for fungi, according to an inspection report the agency posted online.
  > document | insp-report | an inspection report the agency posted online | according to | <
Ostrander said in a letter to the FDA, which the agency also made public, that it had replaced the machine and hired an outside laboratory to test every batch.
  > named_organization | ostrander | Ostrander | said in a letter to the FDA | it had replaced the machine and hired an outside laboratory to test every batch
Ostrander did not respond to emailed questions.
  > declined_comment | ostrander | Ostrander | did not respond to emailed questions | - | resp=no_response

What are the symptoms?
Fungal eye infections can start like ordinary irritation, with redness, pain and blurred vision, but get worse over several days, said Dr. Anika Solberg, a cornea specialist at the Brightwater Eye Institute.
  > named_person | solberg | Dr. Anika Solberg, a cornea specialist at the Brightwater Eye Institute | said | <
"The mistake people make is waiting a week to see if it clears up," she said.
  > named_person | solberg | she | said | <
"If your eye hurts and you used these drops, see a doctor that day."
  > named_person | solberg | she | - | *

Who got sick?
The CDC has not released the names or locations of the patients.
Marlene, a 64-year-old retired mail carrier in Oregon, said doctors treated her for three weeks for a bacterial infection before a lab identified the fungus; she asked that her last name not be used to protect her medical privacy.
  > named_person | marlene | Marlene, a 64-year-old retired mail carrier in Oregon | said | doctors treated her for three weeks for a bacterial infection before a lab identified the fungus | anon=she asked that her last name not be used to protect her medical privacy
"By the time they knew what it was, I had lost most of the sight in that eye," she said.
  > named_person | marlene | she | said | <

Is the government doing enough?
Some consumer advocates argue that the FDA inspects foreign drug plants too rarely.
  > anonymous_other | advocates | Some consumer advocates | argue | >
A 2024 report by the Government Accountability Office found that the agency had inspected fewer than a third of the foreign plants making over-the-counter drugs in the previous five years.
  > document | gao-report | A 2024 report by the Government Accountability Office | found | >
An FDA spokeswoman said the agency had increased foreign inspections by 40 percent since 2023.
  > named_organization | fda | An FDA spokeswoman | said | >
Two FDA employees who work on foreign inspections, speaking on condition of anonymity because they were not authorized to talk to reporters, said the office had lost about a fifth of its investigators to retirements and a hiring freeze.
  > anonymous_official | fda-employees | Two FDA employees who work on foreign inspections | said | > | anon=speaking on condition of anonymity because they were not authorized to talk to reporters

What should I do?
Stop using the drops and throw them away, the FDA says.
  > named_organization | fda | the FDA | says | <
Anyone who has used them and has eye pain, redness or discharge should see a doctor, according to the CDC.
  > named_organization | cdc | the CDC | according to | <

@excluded
Have a question about a recall? Send it to our Consumer Desk.
This article is for informational purposes and is not medical advice.
Share on Facebook
Share on X
Copy link
''')

ARTICLES.append(r'''
@id bd-lynx-salary-cap-side-deal-fine
@style hockey_salary_cap_side_deal_fine_corrected
League fines Lynx $3 million and strips two first-round picks over secret Sedlak deal

Commissioner says the team hid a $4 million promise from the league; the Lynx say they will appeal.
  > named_official | harrow | Commissioner | says | the team hid a $4 million promise from the league
  > named_organization | lynx | the Lynx | say | they will appeal

The Continental Hockey League fined the Ridgefield Lynx $3 million on Wednesday and stripped them of their first-round draft picks in 2026 and 2027 for what Commissioner Diane Harrow called "a deliberate and concealed" breach of the salary cap.
  > named_official | harrow | Commissioner Diane Harrow | called | "a deliberate and concealed" breach of the salary cap
A 38-page report on the league's investigation, released with the penalties, found that the Lynx had promised defenseman Anton Sedlak a $4 million "consulting" payment after his retirement in exchange for signing for less than his market value.
  > document | report | A 38-page report on the league's investigation, released with the penalties | found | >
The promise was made in a text message from general manager Pete Santangelo to Sedlak's agent in June 2023, the report says, and was never disclosed to the league.
  > document | report | the report | says | The promise was made in a text message from general manager Pete Santangelo to Sedlak's agent in June 2023 ;; and was never disclosed to the league

"Every team in this league plays under the same cap, and the Lynx chose to play under a different one," Harrow said at a news conference at the league's offices.
  > named_official | harrow | Harrow | said at a news conference at the league's offices | <
"That is cheating, and it has a price."
  > named_official | harrow | Harrow | - | *
Harrow said the league would also require every team to certify in writing each season that it has no undisclosed agreements with players.
  > named_official | harrow | Harrow | said | >

The Lynx said in a statement that they would appeal and that the message had been "a conversation about a possible future role, not a promise of payment."
  > named_organization | lynx | The Lynx | said in a statement | >
Santangelo, who was suspended for one year, did not respond to messages.
  > declined_comment | santangelo | Santangelo, who was suspended for one year | did not respond to messages | - | resp=no_response
Sedlak's agent, Mika Lehtonen, said his client had done nothing wrong and noted that the league had not disciplined him.
  > named_official | lehtonen | Sedlak's agent, Mika Lehtonen | said | his client had done nothing wrong
  > named_official | lehtonen | Sedlak's agent, Mika Lehtonen | noted | that the league had not disciplined him
The report does not accuse Sedlak of breaking league rules.
Sedlak, 34, retired in May after 14 seasons.
He did not speak to the league's investigators, according to the report.
  > document | report | the report | according to | <

Three people familiar with the investigation said the league learned of the text message from a former Lynx employee who was fired in 2024.
  > anonymous_familiar | familiar | Three people familiar with the investigation | said | >
One of them said the former employee had also given investigators emails about a second player's contract, but the league found no violation in that case.
  > anonymous_familiar | familiar | One of them | said | >
The Continental Hockey League Players' Association said it was reviewing the report.
  > named_organization | players-assn | The Continental Hockey League Players' Association | said | >
Several general managers around the league, speaking privately, said they considered the penalty too light.
  > anonymous_official | gms | Several general managers around the league | said | >
"Three million is a rounding error for an owner who paid $700 million for the team," one of them said.
  > anonymous_official | gms | one of them | said | <
The team's owner, Victor Lam, bought the Lynx in 2022 for about $700 million, according to the business magazine Ledgerline.
  > media_report | ledgerline | the business magazine Ledgerline | according to | <
Lam has not commented publicly on the investigation.
The Courier-Times first reported in March that the league was examining the Lynx's contracts.
  > media_report | courier-times | The Courier-Times | first reported in March | >

@excluded
Correction: An earlier version of this article misstated the years of the forfeited draft picks. They are the team's first-round picks in 2026 and 2027, not 2025 and 2026.
This article was updated Thursday to add comment from Sedlak's agent.
Follow the Courier-Times on X for Lynx news.
© 2025 Ridgefield Courier-Times
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
