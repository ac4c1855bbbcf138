"""Build corpus/articles/g.jsonl: invented news articles annotated by hand as a fifth CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, each article built to test source grouping (one person as full name, surname,
pronoun and a description named only later; two people of one gender and role; an
institution under its name, acronym and "the agency"/"the company"; an institution named
only in the reporter's own words before "the company said"; quotes running over several
sentences; non-answers of all three kinds; reported plans that are not sourcing). Nothing
is trained or tuned on them. Same line format and builder as ``build_articles_b.py`` (read
its docstring).

Run: python corpus/build_articles_g.py [--render]
     python corpus/build_articles_g.py --check FILE   (validate and render the blocks of FILE; write nothing)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "g.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id g-trade-tariffs-steel-pipe-doubling
@style trade_tariffs
Tariff on imported steel pipe to double next month, trade office says
  > named_organization | otc | trade office | says | Tariff on imported steel pipe to double next month

WASHINGTON -- The United States will double its tariff on imported steel pipe and tubing to 50 percent next month and extend it to pipe fittings from six more countries, the Office of the Trade Commissioner said on Thursday, a move that drew an immediate threat of retaliation from Norvania, the largest foreign supplier.
  > named_organization | otc | the Office of the Trade Commissioner | said | The United States will double its tariff on imported steel pipe and tubing to 50 percent next month and extend it to pipe fittings from six more countries
In a notice posted on its website, the office said the higher duty would take effect on March 3 and would cover about $4.2 billion a year in imports.
  > named_organization | otc | the office | said | >

Trade Commissioner Harriet Vandermolen told reporters that foreign mills had "flooded the market" with subsidized pipe since the tariff was first imposed in 2023.
  > named_official | vandermolen | Trade Commissioner Harriet Vandermolen | told reporters | >
"We put a 25 percent tariff on this pipe, and the imports went up," Vandermolen said.
  > named_official | vandermolen | Vandermolen | said | <
"That tells you somebody overseas is paying the tariff for them."
  > named_official | vandermolen | Vandermolen | - | *
She said the office would review the new rate in a year and could lower it if imports fell.
  > named_official | vandermolen | She | said | >

The decision follows a petition from domestic producers led by Calloway Tube & Steel, a family-owned company that runs the country's largest seamless pipe mill, in Ashtabula Bend, Ohio.
The company said in a statement that it would hire 240 workers at the mill by the end of the year if the higher tariff stayed in place.
  > named_organization | calloway-tube | The company | said in a statement | >
Its chief executive, Dorian Calloway, a grandson of the founder, testified at a hearing in November that imports had forced the mill to shut one of its three furnaces.
  > named_official | dorian-calloway | Its chief executive, Dorian Calloway, a grandson of the founder | testified | that imports had forced the mill to shut one of its three furnaces
Calloway Tube did not respond to questions about how much it had spent lobbying for the increase.
  > declined_comment | calloway-tube | Calloway Tube | did not respond to questions about how much it had spent lobbying for the increase | - | resp=no_response

The government of Norvania said it would file a formal complaint under the two countries' trade agreement and would "respond in kind" if the tariff took effect.
  > named_organization | norvania | The government of Norvania | said | >
Norvania's trade minister, Aurelio Pastrana, told the state broadcaster NTV that his ministry had drawn up a list of American farm goods that could face higher duties.
  > named_official | pastrana | Norvania's trade minister, Aurelio Pastrana | told the state broadcaster NTV | >
Two officials in the trade commissioner's office said the list was expected to include soybeans, pork and dried fruit.
  > anonymous_official | otc-officials | Two officials in the trade commissioner's office | said | >
The officials, who spoke on the condition of anonymity because they were not authorized to discuss diplomatic exchanges, said Norvanian negotiators had shown a draft of the list to their American counterparts at a meeting last week.
  > anonymous_official | otc-officials | The officials | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss diplomatic exchanges
The Norvanian Embassy in Washington did not respond to a request for comment.
  > declined_comment | norvania-embassy | The Norvanian Embassy in Washington | did not respond to a request for comment | - | resp=no_response

Vandermolen had pushed for an even steeper increase, to 75 percent, but was overruled by the president's economic advisers, according to three people familiar with the deliberations.
  > anonymous_familiar | familiar | three people familiar with the deliberations | according to | <
One of the people said the advisers feared that a larger increase would raise costs for pipeline builders and water utilities ahead of the midterm elections.
  > anonymous_familiar | familiar | One of the people | said | >

Lorraine Haubrich, who grows soybeans on 2,100 acres near Pella Junction, Iowa, said she had sold about a third of last year's crop to Norvanian buyers.
  > named_person | haubrich | Lorraine Haubrich, who grows soybeans on 2,100 acres near Pella Junction, Iowa | said | >
"Every time Washington picks a fight over steel, it's the farmers who get hit back," Haubrich said.
  > named_person | haubrich | Haubrich | said | <
Another grower, Marlene Ostrowski, who raises hogs outside nearby Cedar Moss, said she had already lost a buyer in Norvania after the first round of tariffs.
  > named_person | ostrowski | Another grower, Marlene Ostrowski, who raises hogs outside nearby Cedar Moss | said | >
She said she planned to cut her herd by a quarter this spring.
  > named_person | ostrowski | She | said | >

A study published in January by the Brayton Institute, a research group in Washington, found that the 2023 tariff raised the price of steel pipe by 19 percent and saved about 1,100 jobs at mills while costing about 2,600 jobs at companies that use the pipe.
  > document | brayton-study | A study published in January by the Brayton Institute, a research group in Washington | found | >
The study's author, Teodora Vance, said the new rate would "repeat the same trade at a worse price."
  > named_person | vance | The study's author, Teodora Vance | said | >
Some economists say the tariff will do more to raise costs for utilities and pipeline builders than to revive the mills.
  > anonymous_other | economists | Some economists | say | >

The trade newsletter Pipeline Ledger reported on Wednesday that at least two Norvanian mills had begun shipping pipe through a third country to avoid the duty.
  > media_report | pipeline-ledger | The trade newsletter Pipeline Ledger | reported | that at least two Norvanian mills had begun shipping pipe through a third country to avoid the duty
The office had planned to announce the increase in January but put it off while negotiators tried to reach a quota agreement with Norvania.
  > named_organization | otc | The office | had planned | to announce the increase in January | nosrc
''')

ARTICLES.append(r'''
@id g-prisons-corrections-tallow-ridge-heat-deaths
@style prisons_corrections
Three men died in heat at Tallow Ridge prison while cooling system sat broken, records show
  > document | records | records | show | Three men died in heat at Tallow Ridge prison while cooling system sat broken

MERRICK SPRINGS, Ga. -- Three men held at the Tallow Ridge Correctional Facility died of heat-related illness during a nine-day stretch in July, while the cooling system in their housing units had been broken for more than a month, according to maintenance records and autopsy reports obtained by this newspaper.
  > document | records | maintenance records and autopsy reports obtained by this newspaper | according to | <
The records show that staff members filed at least 11 work orders for the units' broken chillers beginning in early June and that a repair contract was not signed until Aug. 2.
  > document | records | The records | show | >
The temperature in one of the units reached 104 degrees on July 17, the day the first of the men, Dequan Asberry, 41, was found unresponsive in his cell, according to a log kept by officers on the unit.
  > document | temp-log | a log kept by officers on the unit | according to | <

The state Department of Correctional Services said in a statement that it "mourns the loss of any life in our custody" and that its inspector general was reviewing the deaths.
  > named_organization | dcs | The state Department of Correctional Services | said in a statement | >
DCS said fans and portable cooling units had been brought into the two housing units by July 20 and that inmates had been given extra water and ice.
  > named_organization | dcs | DCS | said | >
The department declined to make the prison's warden available for an interview.
  > declined_comment | dcs | The department | declined to make the prison's warden available for an interview | - | resp=declined

But the warden, Lucinda Barrowcliff, told a legislative committee last week that the chillers, which are 31 years old, had failed repeatedly and that her requests to replace them had gone unanswered for two budget cycles.
  > named_official | barrowcliff | the warden, Lucinda Barrowcliff | told a legislative committee | that the chillers, which are 31 years old, had failed repeatedly and that her requests to replace them had gone unanswered for two budget cycles
"We were patching a machine that should have been retired before some of these men were born," Barrowcliff said.
  > named_official | barrowcliff | Barrowcliff | said | <
"I asked for help, and I put it in writing."
  > named_official | barrowcliff | Barrowcliff | - | *
The corrections commissioner, Dale Wrenshaw, said at the same hearing that the department had asked for money for new chillers in each of its last two budget requests.
  > named_official | wrenshaw | The corrections commissioner, Dale Wrenshaw | said at the same hearing | >
State Rep. Hollis Yarbrough, who leads the House subcommittee that writes the prison budget, said the department had never told lawmakers the repairs were urgent.
  > named_official | yarbrough | State Rep. Hollis Yarbrough, who leads the House subcommittee that writes the prison budget | said | >
He said he would introduce a bill requiring air conditioning in every state prison by 2029.
  > named_official | yarbrough | He | said | >

The sister of one of the men said she learned of his death from another inmate, who called her from a prison phone.
  > named_person | asberry-cole | The sister of one of the men | said | >
The sister, Tamika Asberry-Cole, said her brother had written to her in late June that his unit was "like living inside a car with the windows up."
  > named_person | asberry-cole | The sister, Tamika Asberry-Cole | said | >
"He had 11 months left on his sentence," she said.
  > named_person | asberry-cole | she | said | <
"Eleven months, and they let him cook in there."
  > named_person | asberry-cole | she | - | *

Two corrections officers who work at Tallow Ridge said temperatures inside the units regularly topped 100 degrees in the afternoons through much of July.
  > anonymous_official | officers | Two corrections officers who work at Tallow Ridge | said | >
The officers, who spoke on the condition of anonymity because they feared losing their jobs, said supervisors had told them not to write readings above 95 degrees in the log.
  > anonymous_official | officers | The officers | said | > | anon=who spoke on the condition of anonymity because they feared losing their jobs
One of them said men on the upper tiers had begged to sleep on the concrete floor of the dayroom, where it was a few degrees cooler.
  > anonymous_official | officers | One of them | said | >
DCS did not respond to questions about the officers' account.
  > declined_comment | dcs | DCS | did not respond to questions about the officers' account | - | resp=no_response

The county medical examiner listed hyperthermia as a contributing cause in all three deaths, the autopsy reports show.
  > document | records | the autopsy reports | show | <
Ines Caldero, a lawyer with the Southern Prison Justice Project, which sued the state over prison heat in 2021, said the deaths were "exactly what we told the court would happen."
  > named_official | caldero | Ines Caldero, a lawyer with the Southern Prison Justice Project, which sued the state over prison heat in 2021 | said | >
Prison reform advocates say heat deaths behind bars are undercounted because many are attributed to heart disease.
  > anonymous_other | advocates | Prison reform advocates | say | >
The Piedmont Courier-Dispatch first reported the third death, of Rolando Fisk, 58, on July 26.
  > media_report | courier-dispatch | The Piedmont Courier-Dispatch | first reported | the third death, of Rolando Fisk, 58, on July 26
The department had planned to close Tallow Ridge in 2028 and move its 1,400 inmates to a new prison under construction in Wyler County.
  > named_organization | dcs | The department | had planned | to close Tallow Ridge in 2028 and move its 1,400 inmates to a new prison under construction in Wyler County | nosrc
''')

ARTICLES.append(r'''
@id g-space-science-kestrel-probe-silent
@style space_science
Asteroid probe went silent after untested software patch, people familiar with inquiry say
  > anonymous_familiar | familiar | people familiar with inquiry | say | Asteroid probe went silent after untested software patch

CORLISS BAY, Fla. -- The $1.3 billion Kestrel probe, which was to bring samples of the asteroid Varda back to Earth in 2028, stopped communicating with controllers in March after engineers uploaded a software patch that had not been fully tested, according to two people familiar with the agency's investigation.
  > anonymous_familiar | familiar | two people familiar with the agency's investigation | according to | <
The people, who spoke on the condition of anonymity because the inquiry has not been completed, said the patch sent the spacecraft's main computer into a loop of restarts that drained its batteries.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because the inquiry has not been completed
One of them said the patch had been checked on a test bench whose hardware did not match the flight computer.
  > anonymous_familiar | familiar | One of them | said | >

The National Space Research Agency, which built Kestrel with the contractor Arclight Systems, said on Tuesday that it had not determined what caused the loss of contact and that "all possibilities remain under review."
  > named_organization | nsra | The National Space Research Agency, which built Kestrel with the contractor Arclight Systems | said | that it had not determined what caused the loss of contact and that "all possibilities remain under review."
NSRA said it was still listening for the probe's signal twice a day with its largest antennas.
  > named_organization | nsra | NSRA | said | >
The agency's associate administrator for science, Dr. Marguerite Okonkwo-Hale, told reporters on a conference call that the odds of recovering Kestrel were "slim but not zero."
  > named_official | okonkwo-hale | The agency's associate administrator for science, Dr. Marguerite Okonkwo-Hale | told reporters | that the odds of recovering Kestrel were "slim but not zero."
"Spacecraft have surprised us before," Okonkwo-Hale said.
  > named_official | okonkwo-hale | Okonkwo-Hale | said | <
"As the probe tumbles, its solar panels could swing back toward the sun and wake it up.
  > named_official | okonkwo-hale | Okonkwo-Hale | - | *
We will keep listening until the physics tells us to stop."
  > named_official | okonkwo-hale | Okonkwo-Hale | - | *
She declined to discuss the software patch, saying it would be "premature to point fingers."
  > declined_comment | okonkwo-hale | She | declined to discuss the software patch | - | resp=declined
  > named_official | okonkwo-hale | She | saying | it would be "premature to point fingers."

Arclight, which wrote Kestrel's flight software under a $220 million contract, referred questions to the agency.
  > declined_comment | arclight | Arclight, which wrote Kestrel's flight software under a $220 million contract | referred questions to the agency | - | resp=declined
A former Arclight software engineer who worked on the probe until last year said the company had cut its test team in half in 2024 to stay within budget.
  > anonymous_other | former-engineer | A former Arclight software engineer who worked on the probe until last year | said | >
The engineer, who asked not to be named because of a nondisclosure agreement with the company, said managers had been warned that the test bench was out of date.
  > anonymous_other | former-engineer | The engineer | said | > | anon=who asked not to be named because of a nondisclosure agreement with the company

The mission's principal investigator, a planetary scientist at Wexford University, said the team had already lost two years of planned observations of Varda.
  > named_official | rendahl | The mission's principal investigator, a planetary scientist at Wexford University | said | >
The scientist, Tobias Rendahl, said that even if the probe woke up, its batteries might be too damaged to survive the cold of deep space.
  > named_official | rendahl | The scientist, Tobias Rendahl | said | >
"We built this thing to last a decade, and we may have lost it to a line of code," he said.
  > named_official | rendahl | he | said | <
Another planetary scientist, Hiroshi Valdemarsen of the Lund Institute of Astronomy, who is not involved in the mission, said losses of this kind were "almost always preventable and almost never prevented."
  > named_person | valdemarsen | Another planetary scientist, Hiroshi Valdemarsen of the Lund Institute of Astronomy, who is not involved in the mission | said | >
He said the agency should publish the test records for the patch.
  > named_person | valdemarsen | He | said | >

An internal review board appointed by the agency is expected to deliver its findings by June, according to a memo sent to NSRA employees on Monday.
  > document | memo | a memo sent to NSRA employees on Monday | according to | <
The memo, signed by the agency's administrator, Curtis Elsworth, said the board would have "full access to every system and every person."
  > document | memo | The memo, signed by the agency's administrator, Curtis Elsworth | said | >
The agency had hoped to launch a sister probe, Merlin, to a second asteroid in 2029 using the same flight software.
  > named_organization | nsra | The agency | had hoped | to launch a sister probe, Merlin, to a second asteroid in 2029 using the same flight software | nosrc
Some members of Congress have questioned whether that launch should go forward.
  > anonymous_official | lawmakers | Some members of Congress | have questioned | >
The science magazine Orbital Review first reported the loss of contact on March 14.
  > media_report | orbital-review | The science magazine Orbital Review | first reported | the loss of contact on March 14
''')

ARTICLES.append(r'''
@id g-banking-regulation-pinecrest-growth-ban
@style banking_regulation
Regulators bar Pinecrest Bank from opening branches over money-laundering lapses

HOLLISTER FALLS, N.C. -- Federal regulators on Monday barred Pinecrest Federal Bank, one of the largest regional lenders in the Southeast, from opening branches or buying other banks until it repairs its defenses against money laundering, and fined it $85 million.
The consent order, issued by the Office of Bank Supervision, says the bank failed for at least four years to review tens of thousands of alerts about suspicious transfers, including wires linked to a drug ring in Texas.
  > document | order | The consent order, issued by the Office of Bank Supervision | says | >
Pinecrest agreed to the order without admitting or denying its findings.

The OBS said in a news release that the bank had let a backlog of more than 61,000 unreviewed alerts build up by the end of 2023.
  > named_organization | obs | The OBS | said in a news release | >
The agency's top official, Comptroller of Bank Supervision Renata Galloway-Pierce, said in a statement that "growth is a privilege that a bank earns by controlling its risks."
  > named_official | galloway-pierce | The agency's top official, Comptroller of Bank Supervision Renata Galloway-Pierce | said in a statement | >
"Pinecrest chose to grow first and build the controls later," she said.
  > named_official | galloway-pierce | she | said | <
"That order of operations is over."
  > named_official | galloway-pierce | she | - | *

In a letter to customers posted on its website, Pinecrest said deposits were safe and that the order would not affect anyone's accounts.
  > named_organization | pinecrest | Pinecrest | said | >
The bank's chief executive, Wendell Ashgrove, told analysts on a call Monday afternoon that the bank had hired 400 compliance employees since 2023 and cleared most of the backlog.
  > named_official | ashgrove | The bank's chief executive, Wendell Ashgrove | told analysts | that the bank had hired 400 compliance employees since 2023 and cleared most of the backlog
"We are not the bank described in that order anymore," Ashgrove said.
  > named_official | ashgrove | Ashgrove | said | <
He declined to say how long the bank expected the growth restrictions to last.
  > declined_comment | ashgrove | He | declined to say how long the bank expected the growth restrictions to last | - | resp=declined
Pinecrest's shares fell 9 percent on Monday.

Two people familiar with the negotiations over the order said Pinecrest had offered to pay a larger fine if regulators dropped the ban on acquisitions.
  > anonymous_familiar | familiar | Two people familiar with the negotiations over the order | said | >
The bank had planned to announce a merger with a smaller lender in Virginia this spring, one of the people said.
  > anonymous_familiar | familiar | one of the people | said | <
A second regulator, the Federal Deposit Guarantee Corporation, which insures the bank's deposits, had pressed for the acquisition ban, according to a senior official at the agency.
  > anonymous_official | fdgc-official | a senior official at the agency | according to | <
The official, who was not authorized to speak publicly about the case, said FDGC examiners had flagged the backlog as early as 2021.
  > anonymous_official | fdgc-official | The official | said | > | anon=who was not authorized to speak publicly about the case
The FDGC declined to comment.
  > declined_comment | fdgc | The FDGC | declined to comment | - | resp=declined

A former compliance analyst at the bank said in a lawsuit filed last year that she was fired after complaining to managers about the backlog.
  > named_person | valdespino | A former compliance analyst at the bank | said in a lawsuit filed last year | >
The analyst, Corinne Valdespino, wrote in the complaint that a supervisor had told her to "clear the queue, not read it."
  > named_person | valdespino | The analyst, Corinne Valdespino | wrote in the complaint | >
Court records show that Pinecrest settled the suit in February for an undisclosed amount.
  > document | court-records | Court records | show | >
Valdespino could not be reached for comment.
  > declined_comment | valdespino | Valdespino | could not be reached for comment | - | resp=unreachable

Some bank analysts said the restrictions could cost Pinecrest its place among the region's fastest-growing lenders.
  > anonymous_other | analysts | Some bank analysts | said | >
Marisa Quintero-Blake, who follows regional banks for the research firm Halden & Sloane, said the order was "the regulator's way of saying the honor system is finished."
  > named_person | quintero-blake | Marisa Quintero-Blake, who follows regional banks for the research firm Halden & Sloane | said | >
The trade publication Bank Ledger Weekly reported in October that Pinecrest was in talks to buy a lender in Virginia.
  > media_report | bank-ledger | The trade publication Bank Ledger Weekly | reported | that Pinecrest was in talks to buy a lender in Virginia
''')

ARTICLES.append(r'''
@id g-election-administration-corlan-ballot-misprint
@style election_administration
Misprinted mail ballots went to 14,000 Corlan County voters, clerk says
  > named_official | pettibone | clerk | says | Misprinted mail ballots went to 14,000 Corlan County voters

BRAYFIELD, Pa. -- About 14,000 mail ballots sent to voters in Corlan County left off the name of one of the two candidates for a state House seat, County Clerk Annette Pettibone said on Wednesday, days after voters began returning them.
  > named_official | pettibone | County Clerk Annette Pettibone | said | About 14,000 mail ballots sent to voters in Corlan County left off the name of one of the two candidates for a state House seat
Pettibone said the county would mail corrected ballots by the end of next week and that any misprinted ballot already returned would be set aside.
  > named_official | pettibone | Pettibone | said | >
"We made a mistake, we caught it, and we are going to fix it before a single vote is counted," she said at a news conference in the county courthouse.
  > named_official | pettibone | she | said at a news conference | <
"No one is going to lose their vote over this."
  > named_official | pettibone | she | - | *

The candidate left off the ballot, Gideon Marchbanks, a Democrat, said he learned of the error from a voter who called his campaign office.
  > named_official | marchbanks | The candidate left off the ballot, Gideon Marchbanks, a Democrat | said | >
Marchbanks said he had asked the state to appoint an outside monitor to oversee the reprinting.
  > named_official | marchbanks | Marchbanks | said | >
His opponent, State Rep. Everett Loomis, a Republican, said in a statement that he trusted the county to correct the problem.
  > named_official | loomis | His opponent, State Rep. Everett Loomis, a Republican | said in a statement | >
He said voters should not be "scared off by a printing error."
  > named_official | loomis | He | said | >

The ballots were printed by Keystone Ballot Solutions, a company in Lennox Ridge that prints ballots for 19 counties in the state.
The company said in an email that a file with the correct ballot design had been "overwritten by an earlier proof" during production.
  > named_organization | keystone | The company | said in an email | >
Its president, Harlan Voight, did not respond to phone calls on Wednesday.
  > declined_comment | voight | Its president, Harlan Voight | did not respond to phone calls | - | resp=no_response

Two county election workers said a staff member had flagged the missing name on a sample ballot in early September but the warning was never passed to the printer.
  > anonymous_official | workers | Two county election workers | said | >
The workers, who asked not to be named because they were not authorized to speak to reporters, said the office had been short-staffed since three senior employees quit after the last presidential election.
  > anonymous_official | workers | The workers | said | > | anon=who asked not to be named because they were not authorized to speak to reporters
Asked about the workers' account, Pettibone said she was reviewing "every step" of the proofing process.
  > named_official | pettibone | Pettibone | said | >

The county's Board of Elections, made up of the three county commissioners, will meet on Friday to approve the cost of the reprint.
Commissioner Dolores Fenwick, the board's chairwoman, said the reprint would cost about $38,000.
  > named_official | fenwick | Commissioner Dolores Fenwick, the board's chairwoman | said | >
Another commissioner, Ruth Ann Sokolowski, said she would ask the board to bill the printer for the full amount.
  > named_official | sokolowski | Another commissioner, Ruth Ann Sokolowski | said | >
"Taxpayers should not pay twice for the same ballot," she said.
  > named_official | sokolowski | she | said | <
Fenwick said she expected the company to cover the cost without a fight.
  > named_official | fenwick | Fenwick | said | >

The state Bureau of Election Services said it was "in close contact" with the county and had sent two staff members to Brayfield to help.
  > named_organization | bes | The state Bureau of Election Services | said | >
A spokesman for the bureau, Ned Carraway, said no other county had reported a similar problem.
  > named_official | carraway | A spokesman for the bureau, Ned Carraway | said | >
Some voters said on social media that they had already mailed back the misprinted ballots and did not know whether they could vote again.
  > anonymous_other | voters | Some voters | said on social media | >
The county had hoped to begin counting mail ballots at 7 a.m. on Election Day, as soon as state law allows.
  > named_organization | county | The county | had hoped | to begin counting mail ballots at 7 a.m. on Election Day | nosrc
The Brayfield Sentinel first reported the error on Tuesday night.
  > media_report | sentinel | The Brayfield Sentinel | first reported | the error on Tuesday night
''')

ARTICLES.append(r'''
@id g-nonprofit-scandal-bright-harbor-family-contracts
@style nonprofit_scandal
Children's charity paid founder's family $2.4 million, tax filings show
  > document | filings | tax filings | show | Children's charity paid founder's family $2.4 million

OAKMERE, Mo. -- Bright Harbor Children's Fund, a charity that raises about $30 million a year to pay for summer camps and tutoring for children in foster care, paid more than $2.4 million over five years to companies owned by its founder's wife and son, according to the charity's federal tax filings.
  > document | filings | the charity's federal tax filings | according to | <
The filings show that a catering company owned by the founder's wife, Delphine Ashcombe, received $1.6 million for meals at the charity's camps, and that a video production firm run by his son, Garrett Ashcombe, was paid about $800,000.
  > document | filings | The filings | show | >

The founder, Lowell Ashcombe, who stepped down as chief executive in 2022 but remains chairman of the board, said in an interview that the companies had been paid fair market rates and that the board had approved every contract.
  > named_official | lowell-ashcombe | The founder, Lowell Ashcombe, who stepped down as chief executive in 2022 but remains chairman of the board | said in an interview | >
"My family built this charity, and we have given far more to it than we ever took," Ashcombe said.
  > named_official | lowell-ashcombe | Ashcombe | said | <
He said his wife's company had charged "less than anyone else would have."
  > named_official | lowell-ashcombe | He | said | >

In a statement, the charity said it had hired an outside law firm to review its contracts with "related parties" and would publish the results.
  > named_organization | bright-harbor | the charity | said | >
Bright Harbor's current chief executive, Sylvia Mendelsohn, said the organization had ended its contract with the catering company in January.
  > named_official | mendelsohn | Bright Harbor's current chief executive, Sylvia Mendelsohn | said | >
She declined to say whether the charity would ask for any of the money back.
  > declined_comment | mendelsohn | She | declined to say whether the charity would ask for any of the money back | - | resp=declined
Delphine Ashcombe did not return messages left at her company's office.
  > declined_comment | delphine-ashcombe | Delphine Ashcombe | did not return messages left at her company's office | - | resp=no_response
Garrett Ashcombe could not be reached.
  > declined_comment | garrett-ashcombe | Garrett Ashcombe | could not be reached | - | resp=unreachable

Four former employees of the charity said the catered meals at the camps were often cold sandwiches that cost far less than the amounts billed.
  > anonymous_other | former-employees | Four former employees of the charity | said | >
The former employees, who spoke on the condition of anonymity because they had signed agreements not to disparage the charity, said they had raised concerns with managers and were told the contracts were "the chairman's business."
  > anonymous_other | former-employees | The former employees | said | > | anon=who spoke on the condition of anonymity because they had signed agreements not to disparage the charity
One of them, a former camp director, said she had been fired in 2021 after asking to see the catering invoices.
  > anonymous_other | former-employees | One of them, a former camp director | said | >

The state attorney general's office said it had opened an inquiry into the charity in March, after receiving a complaint from a former board member.
  > named_organization | ag-office | The state attorney general's office | said | >
Two people with knowledge of the inquiry said investigators had subpoenaed the charity's bank records and the minutes of its board meetings.
  > anonymous_familiar | knowledge | Two people with knowledge of the inquiry | said | >
The people, who requested anonymity because the inquiry is confidential, said the complaint accused Lowell Ashcombe of steering the contracts to his family without telling the board who owned the companies.
  > anonymous_familiar | knowledge | The people | said | > | anon=who requested anonymity because the inquiry is confidential

A longtime donor who gave the charity more than $100,000 over a decade said she had stopped giving after reading the filings.
  > named_person | lindgren | A longtime donor who gave the charity more than $100,000 over a decade | said | >
"I thought I was paying for kids to go to camp," said the donor, Beatrice Lindgren, a retired pharmacist in Oakmere.
  > named_person | lindgren | the donor, Beatrice Lindgren, a retired pharmacist in Oakmere | said | <
"I wasn't paying for kids to go to camp.
  > named_person | lindgren | the donor, Beatrice Lindgren, a retired pharmacist in Oakmere | - | *
I was paying for a family business."
  > named_person | lindgren | the donor, Beatrice Lindgren, a retired pharmacist in Oakmere | - | *

The charity-rating group Clearview Giving said on Thursday that it had suspended its four-star rating of Bright Harbor until the review is finished.
  > named_organization | clearview | The charity-rating group Clearview Giving | said | that it had suspended its four-star rating of Bright Harbor until the review is finished
The Oakmere Herald-Tribune first reported the payments last week.
  > media_report | herald-tribune | The Oakmere Herald-Tribune | first reported | the payments last week
Bright Harbor had planned to open a year-round tutoring center in Tarrant Hills next fall.
  > named_organization | bright-harbor | Bright Harbor | had planned | to open a year-round tutoring center in Tarrant Hills next fall | nosrc
''')

ARTICLES.append(r'''
@id g-weather-disaster-marrowstone-flash-flood
@style weather_disaster
Flash flood in Marrowstone Valley kills at least 9 and leaves dozens missing, sheriff says
  > named_official | dunleavy | sheriff | says | Flash flood in Marrowstone Valley kills at least 9 and leaves dozens missing

GRAYLING FORK, Tenn. -- At least nine people were killed and dozens were missing after a wall of water swept down the Marrowstone River early Saturday, flattening homes and campgrounds along a 12-mile stretch of the valley, Sheriff Royce Dunleavy said.
  > named_official | dunleavy | Sheriff Royce Dunleavy | said | <
Dunleavy said at a briefing on Saturday evening that 41 people had not been accounted for, most of them campers at two riverside campgrounds.
  > named_official | dunleavy | Dunleavy | said at a briefing on Saturday evening | >
"We are still in rescue mode, and we will be until we have looked under every pile of debris," he said.
  > named_official | dunleavy | he | said | <
"Then we will look again."
  > named_official | dunleavy | he | - | *

The river rose about 22 feet in less than three hours after as much as 11 inches of rain fell on the hills upstream overnight, according to the state Climate and Weather Office.
  > named_organization | cwo | the state Climate and Weather Office | according to | <
The office issued a flash flood warning for the valley at 1:48 a.m., about 40 minutes before the water reached the campgrounds, said Arvid Thorsby, its lead forecaster for the region.
  > named_official | thorsby | Arvid Thorsby, its lead forecaster for the region | said | <
Thorsby said the warning had gone out to every cellphone in the valley, but that coverage is spotty in the hills where many of the campers stay.
  > named_official | thorsby | Thorsby | said | >

Darnell Whitacre, 63, who has lived beside the river for 30 years, said he woke to the sound of his neighbor's propane tank banging against his porch.
  > named_person | whitacre | Darnell Whitacre, 63, who has lived beside the river for 30 years | said | >
"I have seen that river flood a dozen times," Whitacre said.
  > named_person | whitacre | Whitacre | said | <
"I have never seen it come up like a train."
  > named_person | whitacre | Whitacre | - | *
His neighbor, Emmett Kowalski, said he carried his two grandchildren up the hill behind the house in the dark.
  > named_person | kowalski | His neighbor, Emmett Kowalski | said | >
He said he never received a warning on his phone.
  > named_person | kowalski | He | said | >

Some residents said the county's outdoor sirens, which were installed after a flood in 2011, did not sound.
  > anonymous_other | residents | Some residents | said | >
A county emergency official, who spoke on the condition of anonymity because the official was not authorized to discuss the response, said two of the valley's five sirens had been out of service since the spring.
  > anonymous_official | county-official | A county emergency official | said | > | anon=who spoke on the condition of anonymity because the official was not authorized to discuss the response
The county's emergency management director, Paulette Grissom, did not respond to requests for comment on Saturday.
  > declined_comment | grissom | The county's emergency management director, Paulette Grissom | did not respond to requests for comment | - | resp=no_response

Gov. Adelaide Hollowell declared a state of emergency for Marrowstone County and two neighboring counties and said she had asked for federal disaster aid.
  > named_official | hollowell | Gov. Adelaide Hollowell | said | >
The Federal Disaster Response Administration said it had sent two search and rescue teams to the valley.
  > named_organization | fdra | The Federal Disaster Response Administration | said | >
An FDRA spokeswoman said the agency would decide within days whether to approve the governor's request.
  > named_organization | fdra | An FDRA spokeswoman | said | >

The owner of one of the campgrounds, Riverbend Hollow RV Park, could not be reached.
  > declined_comment | riverbend | The owner of one of the campgrounds, Riverbend Hollow RV Park | could not be reached | - | resp=unreachable
The television station WKMV reported that rescuers had pulled 14 people from trees and rooftops along the river.
  > media_report | wkmv | The television station WKMV | reported | >
A flood study commissioned by the county in 2019 found that both campgrounds sat in the river's most dangerous floodway.
  > document | flood-study | A flood study commissioned by the county in 2019 | found | >
The county had planned to buy out the campgrounds with federal grant money but dropped the idea after the owners objected.
  > named_organization | county | The county | had planned | to buy out the campgrounds with federal grant money | nosrc
The rain ended by midmorning, and the river had fallen about 10 feet by Saturday evening.
@excluded
A rescue worker searches debris along the Marrowstone River on Saturday. (Kendra Lisle for The Valley Courier)
Share this story
Have you been affected by the flooding? Tell us your story.
''')

ARTICLES.append(r'''
@id g-gun-policy-carver-falls-permit-bill
@style gun_policy
State Senate passes permit-to-purchase gun bill after emotional debate

CARVER FALLS, Wis. -- The state Senate voted 18 to 15 on Tuesday to require people to obtain a permit from their county sheriff before buying a handgun, sending the measure to an Assembly where its fate is uncertain.
The bill would require buyers to complete a safety course and wait up to 30 days while the sheriff runs a background check.

Its sponsor, Sen. Lucia Brennecke, a Democrat from Marlow Heights, said the measure was modeled on laws in other states that she said had reduced gun suicides.
  > named_official | brennecke | Its sponsor, Sen. Lucia Brennecke, a Democrat from Marlow Heights | said | >
"I have sat with too many parents who lost a child in the hour between a bad day and a gun store," Brennecke said during the floor debate.
  > named_official | brennecke | Brennecke | said during the floor debate | <
"This bill buys that hour back."
  > named_official | brennecke | Brennecke | - | *
Sen. Hazel Quarrington, a Republican from rural Pike County, said the bill would turn a constitutional right into "a privilege handed out at the sheriff's discretion."
  > named_official | quarrington | Sen. Hazel Quarrington, a Republican from rural Pike County | said | >
She said sheriffs in her district had told her they lacked the staff to process thousands of permits a year.
  > named_official | quarrington | She | said | >

Brennecke agreed last week to drop a provision that would have required owners to register the handguns they already have, in order to win the votes of two moderate Democrats, according to a person involved in the negotiations.
  > anonymous_familiar | involved | a person involved in the negotiations | according to | <
Gov. Oren Lassiter, a Democrat, has said he will sign the bill if it reaches his desk.
  > named_official | lassiter | Gov. Oren Lassiter, a Democrat | has said | >
Lassiter had hoped to sign a broader measure this year that would also have required background checks on private sales.
  > named_official | lassiter | Lassiter | had hoped | to sign a broader measure this year that would also have required background checks on private sales | nosrc

The Badger Sportsmen's Rifle Association said it would sue to block the law if it passed the Assembly.
  > named_organization | bsra | The Badger Sportsmen's Rifle Association | said | >
The group's executive director, Colton Reinholt, said in an email that permit laws "punish the law-abiding and do nothing about criminals."
  > named_official | reinholt | The group's executive director, Colton Reinholt | said in an email | >
The BSRA spent more than $600,000 on lobbying and advertising against the bill this year, according to state campaign finance records.
  > document | finance-records | state campaign finance records | according to | <
Gun owners who packed a hearing on the bill last month argued that the waiting period would leave domestic violence victims unable to arm themselves quickly.
  > anonymous_other | gun-owners | Gun owners who packed a hearing on the bill last month | argued | >

A spokeswoman for Assembly Speaker Dominic Faircloth, a Republican, declined to say whether he would bring the bill to a vote.
  > declined_comment | faircloth | A spokeswoman for Assembly Speaker Dominic Faircloth, a Republican | declined to say whether he would bring the bill to a vote | - | resp=declined
Two Republican members of the Assembly said privately that the bill lacked the votes to pass their chamber.
  > anonymous_official | assembly-republicans | Two Republican members of the Assembly | said privately | >
The lawmakers, who spoke on the condition of anonymity to discuss private conversations within their caucus, said at least three Republicans were undecided.
  > anonymous_official | assembly-republicans | The lawmakers | said | > | anon=who spoke on the condition of anonymity to discuss private conversations within their caucus

The city's police chief, Terrence Abernathy, testified in favor of the bill, saying permit checks would give officers "a second look" at buyers with histories of domestic violence.
  > named_official | abernathy | The city's police chief, Terrence Abernathy | saying | permit checks would give officers "a second look" at buyers with histories of domestic violence
The state sheriffs' association did not respond to a request for comment.
  > declined_comment | sheriffs | The state sheriffs' association | did not respond to a request for comment | - | resp=no_response
The Carver Falls Gazette reported last month that sheriffs in 11 counties had passed resolutions opposing the bill.
  > media_report | gazette | The Carver Falls Gazette | reported | that sheriffs in 11 counties had passed resolutions opposing the bill

Among those watching from the gallery was Nadia Fairweather, whose 22-year-old son took his own life in 2022 with a handgun he had bought that morning.
Fairweather said she had spent two years asking lawmakers for a waiting period.
  > named_person | fairweather | Fairweather | said | >
"He walked in, filled out a form and walked out with it in 20 minutes," she said.
  > named_person | fairweather | she | said | <
A study published in 2021 by researchers at Hallam State University found that gun suicides fell by 17 percent in states that adopted permit laws.
  > document | hallam-study | A study published in 2021 by researchers at Hallam State University | found | >
''')

ARTICLES.append(r'''
@id g-auto-industry-harrowgate-brake-recall
@style auto_industry
Harrowgate recalls 412,000 SUVs over brake fault its engineers flagged in 2022, documents show
  > document | internal-documents | documents | show | Harrowgate recalls 412,000 SUVs over brake fault its engineers flagged in 2022

BELLMORE, Mich. -- Harrowgate Motors is recalling about 412,000 of its Tessaro sport utility vehicles because a corroded brake line can leak fluid and lengthen stopping distances, according to a notice the automaker filed with federal safety regulators on Friday.
  > document | recall-notice | a notice the automaker filed with federal safety regulators on Friday | according to | <
The recall covers Tessaros built from 2019 to 2023 at the company's plant in Fenwick Township, Ohio.
The company said it was aware of 37 crashes and six injuries that may have been caused by the defect, but no deaths.
  > named_organization | harrowgate | The company | said | >
The notice says dealers will replace the brake lines free of charge but that replacement parts will not be available until March.
  > document | recall-notice | The notice | says | >

But internal emails and engineering reports reviewed by this newspaper show that Harrowgate engineers found corrosion in the brake lines of Tessaros returned by customers in northern states as early as August 2022.
  > document | internal-documents | internal emails and engineering reports reviewed by this newspaper | show | >
An email dated Nov. 3, 2022, from a brake engineer to two managers warned that the problem could "turn into a recall story if we don't get ahead of it."
  > document | internal-documents | An email dated Nov. 3, 2022, from a brake engineer to two managers | warned | >

Harrowgate said in a statement that its engineers had investigated the corrosion reports "thoroughly and in good faith" and that the defect was not confirmed until road-salt testing was completed this summer.
  > named_organization | harrowgate | Harrowgate | said in a statement | >
The automaker's head of North American quality, Brigitte Sandoval-Kerr, said in an interview that the early reports had involved vehicles with damaged underbodies and "did not look like a pattern."
  > named_official | sandoval-kerr | The automaker's head of North American quality, Brigitte Sandoval-Kerr | said in an interview | >
"The moment the data told us this was a defect, we acted," she said.
  > named_official | sandoval-kerr | she | said | <
She declined to say why the engineer's email had not prompted a broader investigation.
  > declined_comment | sandoval-kerr | She | declined to say why the engineer's email had not prompted a broader investigation | - | resp=declined

The Vehicle Safety Administration, which opened an inquiry into the brake lines in May after receiving 90 complaints from owners, said it would examine "whether the recall was submitted in a timely manner."
  > named_organization | vsa | The Vehicle Safety Administration, which opened an inquiry into the brake lines in May after receiving 90 complaints from owners | said | >
Under federal law, automakers must report a safety defect within five days of determining that it exists.
The VSA can fine a company up to $140 million for late reporting, according to the agency's enforcement guidelines.
  > document | guidelines | the agency's enforcement guidelines | according to | <
The VSA declined to comment beyond its statement.
  > declined_comment | vsa | The VSA | declined to comment beyond its statement | - | resp=declined

Two former Harrowgate engineers said the company's product safety committee discussed the corrosion at least three times in 2023 without ordering a recall.
  > anonymous_other | former-engineers | Two former Harrowgate engineers | said | >
The engineers, who asked not to be identified because they still work in the auto industry, said managers worried that a recall would delay the launch of the redesigned Tessaro.
  > anonymous_other | former-engineers | The engineers | said | > | anon=who asked not to be identified because they still work in the auto industry
Harrowgate had planned to introduce the redesigned model in the fall of 2023 but pushed the launch back to early 2024.
  > named_organization | harrowgate | Harrowgate | had planned | to introduce the redesigned model in the fall of 2023 | nosrc
A person familiar with the VSA's inquiry said regulators had asked for the minutes of those meetings.
  > anonymous_familiar | familiar | A person familiar with the VSA's inquiry | said | >

Yolanda Breckenridge, a nurse in Greer Lake, Minn., said the brakes on her 2020 Tessaro "went to the floor" as she approached a red light in January.
  > named_person | breckenridge | Yolanda Breckenridge, a nurse in Greer Lake, Minn. | said | >
She said the dealer told her afterward that the brake line had rusted through.
  > named_person | breckenridge | She | said | >
Some dealers say they have been told to keep recalled Tessaros off their lots until the parts arrive.
  > anonymous_other | dealers | Some dealers | say | >
Rohan Dabrowski, who follows the auto industry for the research firm Ridgeway Partners, said the recall would cost Harrowgate about $300 million.
  > named_person | dabrowski | Rohan Dabrowski, who follows the auto industry for the research firm Ridgeway Partners | said | >
The trade publication Auto Floor Report first reported the internal emails on Thursday.
  > media_report | auto-floor | The trade publication Auto Floor Report | first reported | the internal emails on Thursday
''')

ARTICLES.append(r'''
@id g-refugee-crisis-dalmar-border-camp
@style refugee_crisis
Cholera risk rising as 60,000 refugees crowd Dalmar border camp, aid agency warns
  > named_organization | irra | aid agency | warns | Cholera risk rising as 60,000 refugees crowd Dalmar border camp

KORVASH, Velosia -- More than 60,000 people who fled fighting in northern Tamaran have crowded into a camp built for 15,000 on Velosia's side of the border, and the risk of a cholera outbreak is rising by the day, the International Refugee Relief Agency said on Sunday.
  > named_organization | irra | the International Refugee Relief Agency | said | <
The agency said three suspected cholera cases had been reported at the camp's clinic since Thursday and that it had enough clean water for only about half the camp.
  > named_organization | irra | The agency | said | >
IRRA's representative in Velosia, Mathilde Osterwald, said trucks carrying water tanks and medical supplies had been held at the port of Cressa for more than a week awaiting customs clearance.
  > named_official | osterwald | IRRA's representative in Velosia, Mathilde Osterwald | said | >
"We have the supplies," Osterwald said in a telephone interview from the camp.
  > named_official | osterwald | Osterwald | said in a telephone interview | <
"What we do not have is permission to bring them in.
  > named_official | osterwald | Osterwald | - | *
Every day we wait, the clinic fills up faster."
  > named_official | osterwald | Osterwald | - | *

Velosia's government closed the border crossing at Dalmar on Friday, saying the country could not absorb more refugees.
  > named_organization | velosia | Velosia's government | saying | the country could not absorb more refugees
Interior Minister Radomir Kessel told Parliament on Saturday that Velosia had already taken in 340,000 people from Tamaran and that "our generosity has a limit."
  > named_official | kessel | Interior Minister Radomir Kessel | told Parliament | that Velosia had already taken in 340,000 people from Tamaran and that "our generosity has a limit."
He said the government would let the aid convoys through "once inspections are complete."
  > named_official | kessel | He | said | >
The Interior Ministry did not respond to questions about how long the inspections would take.
  > declined_comment | interior-ministry | The Interior Ministry | did not respond to questions about how long the inspections would take | - | resp=no_response

Two Velosian officials said the delays were deliberate, meant to pressure wealthier countries to pay for the camp.
  > anonymous_official | velosian-officials | Two Velosian officials | said | >
The officials, who spoke on the condition of anonymity because they feared retribution, said the order to hold the trucks had come from the interior minister's office.
  > anonymous_official | velosian-officials | The officials | said | > | anon=who spoke on the condition of anonymity because they feared retribution
A Western diplomat in Korvash said donor countries had pledged $210 million for the refugees at a conference in June but had delivered less than a third of it.
  > anonymous_official | diplomat | A Western diplomat in Korvash | said | >

Halima Dervisi, 34, who walked for six days with her three children to reach the camp, said her family shared a tent with two others and received one meal a day.
  > named_person | dervisi | Halima Dervisi, 34, who walked for six days with her three children to reach the camp | said | >
Her youngest, a 2-year-old, has had diarrhea since Wednesday, she said.
  > named_person | dervisi | she | said | <
Another woman, Sabira Nuredin, a teacher from the Tamarani town of Ezret, said she had seen soldiers turning back families at the closed crossing.
  > named_person | nuredin | Another woman, Sabira Nuredin, a teacher from the Tamarani town of Ezret | said | >
"They told us to go back to where the bombs are," she said.
  > named_person | nuredin | she | said | <

A report released last week by the medical charity Open Hands Health found that nearly one in five children under 5 at the camp was acutely malnourished.
  > document | ohh-report | A report released last week by the medical charity Open Hands Health | found | >
Some aid workers at the camp say the Velosian army has blocked them from reaching a second, informal camp of several thousand people near the border fence.
  > anonymous_other | aid-workers | Some aid workers at the camp | say | >
The Korvash Herald reported on Saturday that the army had set up checkpoints on the roads leading to the camp.
  > media_report | korvash-herald | The Korvash Herald | reported | that the army had set up checkpoints on the roads leading to the camp
IRRA had hoped to move about 20,000 refugees to a second site near the town of Brezno before the rainy season begins in October.
  > named_organization | irra | IRRA | had hoped | to move about 20,000 refugees to a second site near the town of Brezno before the rainy season begins in October | nosrc
Tamaran's government could not be reached for comment.
  > declined_comment | tamaran | Tamaran's government | could not be reached for comment | - | resp=unreachable
''')

ARTICLES.append(r'''
@id g-tech-privacy-nestwise-location-data
@style tech_privacy
Home-security app sold users' location data to brokers, regulator alleges
  > named_organization | dpc | regulator | alleges | Home-security app sold users' location data to brokers

HARTWELL, Calif. -- Nestwise, the maker of a popular home-security camera app, shared precise location data from millions of its users with data brokers who resold it to advertisers and a bail-bond company, the Digital Privacy Commission said in a complaint filed on Thursday.
  > named_organization | dpc | the Digital Privacy Commission | said in a complaint filed on Thursday | <
The complaint, filed in federal district court, says the company collected users' locations every few minutes even when the app was closed and passed the data to at least four brokers between 2021 and 2024.
  > document | complaint | The complaint, filed in federal district court | says | >
The commission is seeking a court order barring Nestwise from selling location data and requiring it to delete what it has collected.

The commission's chairwoman, Anneliese Drummond-Vo, said in a statement that Nestwise had "turned a product sold as protection into a tracking device."
  > named_official | drummond-vo | The commission's chairwoman, Anneliese Drummond-Vo | said in a statement | >
"People bought these cameras to feel safe in their homes," she said.
  > named_official | drummond-vo | she | said | <
"They did not agree to be followed everywhere else."
  > named_official | drummond-vo | she | - | *

In a blog post, the company said it "strongly disagrees" with the complaint and that users had agreed to share their locations when they installed the app.
  > named_organization | nestwise | the company | said | >
Nestwise's general counsel, Marcus Tillotson, said the data was used only to "improve the product" and was stripped of names before it was shared.
  > named_official | tillotson | Nestwise's general counsel, Marcus Tillotson | said | >
The company declined to name the brokers that received the data.
  > declined_comment | nestwise | The company | declined to name the brokers that received the data | - | resp=declined

A security researcher who first examined the app's traffic in 2023 said the data Nestwise sent out included each phone's advertising identifier, which can easily be tied to a person's name.
  > named_person | okafor-lind | A security researcher who first examined the app's traffic in 2023 | said | >
The researcher, Chidi Okafor-Lind, who works at the nonprofit Open Signals Lab, said the app had sent location coordinates to a broker's server about every four minutes.
  > named_person | okafor-lind | The researcher, Chidi Okafor-Lind, who works at the nonprofit Open Signals Lab | said | >
"Stripped of names is not the same as anonymous," Okafor-Lind said.
  > named_person | okafor-lind | Okafor-Lind | said | <
"Anyone with the ad ID and a few dollars can find out who you are."
  > named_person | okafor-lind | Okafor-Lind | - | *

Three former Nestwise employees said the company's data-sharing deals brought in about $11 million in 2023, more than its camera subscriptions in some quarters.
  > anonymous_other | former-employees | Three former Nestwise employees | said | >
The former employees, who spoke on the condition of anonymity because they had signed confidentiality agreements, said a privacy engineer had warned executives in 2022 that the sharing could violate state law.
  > anonymous_other | former-employees | The former employees | said | > | anon=who spoke on the condition of anonymity because they had signed confidentiality agreements
That engineer was later moved to a different team, according to a person familiar with the matter.
  > anonymous_familiar | familiar | a person familiar with the matter | according to | <

One of the brokers sold data to Surety First Bail Bonds, which used it to find people who had missed court dates, the complaint says.
  > document | complaint | the complaint | says | <
Surety First did not respond to a request for comment.
  > declined_comment | surety-first | Surety First | did not respond to a request for comment | - | resp=no_response
State Sen. Beatriz Halloran, who wrote the state's 2022 location-privacy law, said the case showed that consent buried in an app's terms of service was "no consent at all."
  > named_official | halloran | State Sen. Beatriz Halloran, who wrote the state's 2022 location-privacy law | said | >
The technology news site Packet & Pixel reported in March that Nestwise was in talks to sell itself to a larger security company.
  > media_report | packet-pixel | The technology news site Packet & Pixel | reported | that Nestwise was in talks to sell itself to a larger security company
Nestwise had planned to go public this year.
  > named_organization | nestwise | Nestwise | had planned | to go public this year | nosrc
@excluded
Sign up for The Circuit, our weekly technology newsletter.
Share this story
Comments are closed on this article.
''')

ARTICLES.append(r'''
@id g-campaign-2016-style-tolliver-manager-ousted
@style campaign_2016_style
Tolliver replaces campaign manager amid slide in battleground polls, aides say
  > anonymous_official | tolliver-aides | aides | say | Tolliver replaces campaign manager amid slide in battleground polls

GRANVILLE HEIGHTS, Ohio -- Republican presidential nominee Bradford Tolliver has replaced his campaign manager, elevating a longtime adviser to run the final 11 weeks of the race as polls show him falling behind Democrat Evelyn Marchetti in several battleground states, according to three campaign aides.
  > anonymous_official | tolliver-aides | three campaign aides | according to | <
The aides, who spoke on the condition of anonymity because they were not authorized to discuss internal matters, said the outgoing manager, Dexter Halloway, would stay on as a senior adviser.
  > anonymous_official | tolliver-aides | The aides | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss internal matters
His replacement, Corinne Albrecht, a Wisconsin political consultant who ran Tolliver's two campaigns for governor, will take over on Monday, one of the aides said.
  > anonymous_official | tolliver-aides | one of the aides | said | <
In a statement Saturday night, the Tolliver campaign said Albrecht would bring "a winning record and a fresh set of eyes" to the race, and it made no mention of Halloway.
  > named_organization | tolliver-campaign | the Tolliver campaign | said | Albrecht would bring "a winning record and a fresh set of eyes" to the race
Halloway did not respond to a text message seeking comment.
  > declined_comment | halloway | Halloway | did not respond to a text message seeking comment | - | resp=no_response

Tolliver, speaking to about 4,000 supporters at a fairgrounds rally here on Saturday, did not mention the shake-up but insisted that his campaign was "doing tremendously, believe me."
  > named_official | tolliver | Tolliver, speaking to about 4,000 supporters at a fairgrounds rally here on Saturday | insisted | that his campaign was "doing tremendously, believe me."
"The polls are rigged, folks, they're always rigged," he told the crowd.
  > named_official | tolliver | he | told the crowd | <
"We're going to win Ohio, and we're going to win it big."
  > named_official | tolliver | he | - | *
Tolliver had hoped to spend the last weeks of August raising money on the coasts, but aides scrapped two fundraisers to add rallies in Ohio and Pennsylvania.
  > named_official | tolliver | Tolliver | had hoped | to spend the last weeks of August raising money on the coasts | nosrc

A Lakeshore University poll released Thursday found Marchetti leading Tolliver 46 percent to 41 percent among likely voters in Ohio.
  > document | lakeshore-poll | A Lakeshore University poll released Thursday | found | >
Polls in Pennsylvania and Michigan show similar margins.
  > document | other-polls | Polls in Pennsylvania and Michigan | show | similar margins
Warren Ettinger, a Republican pollster who is not working for either campaign, said Tolliver's problem was "a college-educated suburban voter who has stopped listening to him."
  > named_person | ettinger | Warren Ettinger, a Republican pollster who is not working for either campaign | said | >
Tolliver's own pollster, Marjorie Fenn, wrote in a memo to donors that the race "remains within the margin of error in every state that matters."
  > named_official | fenn | Tolliver's own pollster, Marjorie Fenn | wrote in a memo to donors | >

Asked about the shake-up by reporters in Allenport, Pa., Marchetti declined to comment, saying she would "leave the staffing decisions to the other side."
  > declined_comment | marchetti | Marchetti | declined to comment | - | resp=declined
  > named_official | marchetti | Marchetti | saying | she would "leave the staffing decisions to the other side."
Her campaign chairman, Rafael Dunmore, said on a call with reporters that the change showed "a campaign in free fall."
  > named_official | dunmore | Her campaign chairman, Rafael Dunmore | said on a call with reporters | >
Sen. Luther Pembrook of Ohio, a Tolliver supporter who appeared with him on Saturday, said he had urged the nominee to spend more time in the state's suburbs.
  > named_official | pembrook | Sen. Luther Pembrook of Ohio, a Tolliver supporter who appeared with him on Saturday | said | >
"He's got to go where the votes are, and the votes are in the suburbs," Pembrook said.
  > named_official | pembrook | Pembrook | said | <

Some Republican donors have privately urged the party to move money from the presidential race to protect its Senate majority, according to two people close to the party's finance committee.
  > anonymous_familiar | close-finance | two people close to the party's finance committee | according to | <
A senior party official said no such shift was being considered "at this time."
  > anonymous_official | party-official | A senior party official | said | >
Some Republican strategists say Tolliver waited too long to make the change.
  > anonymous_other | strategists | Some Republican strategists | say | >
The Capital City Dispatch first reported Halloway's removal on Saturday afternoon.
  > media_report | dispatch | The Capital City Dispatch | first reported | Halloway's removal on Saturday afternoon
@excluded
Join the conversation: comments on this story are moderated.
Follow our campaign coverage on The Ticket.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
