"""Build corpus/articles/o.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (regional_bank_failure, hospital_merger, tribal_casino_compact, pension_fund_loss,
trade_secret_theft, coast_guard_rescue, election_misinformation, dam_safety, lottery_fraud,
chemical_plant_fire, hostage_release_diplomacy, school_bus_contract), in the voices of a wire
service (AP and Reuters styles, with datelines), a national paper (New York Times style,
honorifics included), a local TV station's website, local papers, trade press and a
magazine feature told in the present tense.
Each article is built to test source grouping and typing (two people of one gender and one
role close together, with a pronoun that resolves to the second; a person described first
and named later under another noun; an institution under its full name, its acronym and
"the agency"/"the commission"/"the board"/"the bank"; an institution described before it is
named; a company named only in narration before "the company said"; named and unnamed
spokespeople; anonymous officials, people familiar and vague anonymous sources with repeated
mentions; headline attributions that repeat a body source; two documents conjoined and then
"the documents"; a document read aloud by a person; media reports; non-answers of all three
kinds; quotes that run over several sentences and close with "X said", and a quote that
continues after "X said."; lawyers, executives, union leaders and coaches as named officials,
professors and residents as named persons; "stopped", "added", "noted", "called" and "told"
used where they are not cues). About half end in a footer block (corrections, print-edition
lines, comment counts, newsletter and app prompts, social-media lines, a tip line, an author
bio, a related-stories list). Nothing is trained or tuned on them.
Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_o.py [--render]
     python corpus/build_articles_o.py --check FILE   (validate and render the blocks of FILE; write nothing)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "o.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id o-regional-bank-failure-ridgeline-savings
@style regional_bank_failure
Missouri's Ridgeline Savings fails after losses on farmland loans, FDIC says
  > named_organization | fdic | FDIC | says | <

ASHFORD, Mo. -- State regulators closed Ridgeline Savings Bank on Friday evening after losses on farmland and feedlot loans wiped out its capital, the Federal Deposit Insurance Corporation said.
  > named_organization | fdic | the Federal Deposit Insurance Corporation | said | <
Ridgeline, which had 14 branches in southwest Missouri and about $1.9 billion in assets, is the third U.S. bank to fail this year.
The FDIC said all of the bank's deposits would be taken over by Ozark Heritage Bank of Springfield and that its branches would reopen Monday under the new name.
  > named_organization | fdic | The FDIC | said | >
The agency estimated that the failure would cost its deposit insurance fund about $310 million.
  > named_organization | fdic | The agency | estimated | >
The Missouri Division of Finance, which closed the bank, said in an order posted on its website that Ridgeline had been "critically undercapitalized" since the end of March.
  > named_organization | mdf | The Missouri Division of Finance, which closed the bank | said in an order posted on its website | >
Division Director Carla Benning said examiners had given the bank's board 90 days to raise new capital and that two rescue deals fell apart in the final week.
  > named_official | benning | Division Director Carla Benning | said | >
"We gave them every chance we could under the law.
  > named_official | benning | Benning | - | *
At some point you have to protect the depositors instead of the shareholders," Benning said.
  > named_official | benning | Benning | said | <

Ridgeline grew quickly after 2019, when it added a lending office in Joplin and began making large loans to cattle feedlots and to investors buying farmland.
Farmland values in the region fell about 18 percent over the past two years, according to a survey of rural lenders by Missouri State University.
  > document | lender-survey | a survey of rural lenders by Missouri State University | according to | <
An examination report the FDIC completed in January and a letter its regional director sent the bank's board in April both warned that nearly a third of Ridgeline's loans were tied to agriculture.
  > document | exam-docs | An examination report the FDIC completed in January and a letter its regional director sent the bank's board in April | warned | >
The documents, which were obtained by The Associated Press, show that the board was told in 2023 to hire a chief credit officer and left the job empty for 11 months.
  > document | exam-docs | The documents, which were obtained by The Associated Press | show | >

Two federal banking officials said regulators had been pushing Ridgeline to find a buyer since the spring.
  > anonymous_official | fed-officials | Two federal banking officials | said | >
The officials, who spoke on condition of anonymity because they were not authorized to discuss the supervision of a failed bank, said at least three banks looked at Ridgeline's books in June.
  > anonymous_official | fed-officials | The officials | said | > | anon=who spoke on condition of anonymity because they were not authorized to discuss the supervision of a failed bank
A person briefed on the bidding said one of those banks walked away after finding more bad loans than Ridgeline had disclosed.
  > anonymous_familiar | briefed | A person briefed on the bidding | said | >
Ozark Heritage's chief executive, Dale Whitcomb, said the bank would keep all 14 branches open for at least a year.
  > named_official | whitcomb | Ozark Heritage's chief executive, Dale Whitcomb | said | >
The bank said it was paying the FDIC a premium of 1 percent for Ridgeline's deposits and would buy about $900 million of its loans.
  > named_organization | ozark | The bank | said | >
Ridgeline's former chief executive, Gerald Pruitt, could not be reached Friday.
  > declined_comment | pruitt | Ridgeline's former chief executive, Gerald Pruitt | could not be reached | - | resp=unreachable
A lawyer for the bank's board, Nora Stegman, declined to comment.
  > declined_comment | stegman | A lawyer for the bank's board, Nora Stegman | declined to comment | - | resp=declined

Customers lined up outside the main branch on Saturday morning, though the doors stayed locked.
Linda Carver, who owns a feed store in nearby Pierce City, said she had about $400,000 in the bank, well above the $250,000 the FDIC insures.
  > named_person | carver | Linda Carver, who owns a feed store in nearby Pierce City | said | >
Another business owner, Janet Oakes, said her payroll account had been frozen in the middle of the month.
  > named_person | oakes | Another business owner, Janet Oakes | said | >
She said she did not know whether her 22 employees would be paid next Friday.
  > named_person | oakes | She | said | >
"Nobody from the bank has called me.
  > named_person | oakes | Oakes | - | *
I found out on Facebook," Oakes said.
  > named_person | oakes | Oakes | said | <

The FDIC said customers with deposits above the insured limit would receive certificates for the uninsured amount and could recover some of it as the agency sells the bank's assets.
  > named_organization | fdic | The FDIC | said | >
Some bank analysts said smaller lenders that lean heavily on farm loans could face similar trouble if cattle prices keep falling.
  > anonymous_other | analysts | Some bank analysts | said | >
The Joplin Ledger first reported in July that Ridgeline was looking for a buyer.
  > media_report | ledger | The Joplin Ledger | first reported | that Ridgeline was looking for a buyer
Trading in shares of the bank's parent company, Ridgeline Bancorp, stopped on Thursday afternoon and did not resume.
''')

ARTICLES.append(r'''
@id o-hospital-merger-bramwell-lakeshore
@style hospital_merger
Two Hospital Systems in Northern Michigan Agree to Merge, Alarming Nurses and Small Towns

The largest hospital system in northern Michigan agreed on Tuesday to absorb its last major competitor, a deal that would leave one company running nine of the region's 11 hospitals.
The system, Bramwell Health, said in a statement that the merger would "keep high-quality care close to home" in communities that have struggled to hold on to doctors.
  > named_organization | bramwell | The system, Bramwell Health | said in a statement | >
Bramwell will pay about $240 million for Lakeshore Methodist Health, which runs three hospitals and 20 clinics, according to a notice filed with the Michigan attorney general's office.
  > document | ag-notice | a notice filed with the Michigan attorney general's office | according to | <
Bramwell, noted for the helicopter ambulance service it started in 2015, already owns six hospitals between Cadillac and the Mackinac Bridge.

Lakeshore's chief executive, Priya Anand, said the system had lost money in four of the past five years and could not afford to replace its electronic records system on its own.
  > named_official | anand | Lakeshore's chief executive, Priya Anand | said | >
"We looked at every option, including going it alone.
  > named_official | anand | Anand | - | *
Going it alone meant closing something within two years," Ms. Anand said.
  > named_official | anand | Ms. Anand | said | <
Bramwell's chief executive, Thomas Keel, said in an interview that no hospital would close and no nurse would lose a job as a result of the deal.
  > named_official | keel | Bramwell's chief executive, Thomas Keel | said in an interview | >
Mr. Keel said the combined company would spend $150 million on the Lakeshore hospitals over five years, starting with a new cancer center in Petoskey.
  > named_official | keel | Mr. Keel | said | >

Much of Lakeshore's debt is held by funds managed by Carrow Capital, a Chicago firm that bought $90 million of the hospital system's bonds in 2022.
The company said in a statement that it supported the merger and would be repaid in full when it closes.
  > named_organization | carrow | The company | said in a statement | >
Two people familiar with the negotiations said Bramwell had agreed to keep Lakeshore's name on its hospitals for at least five years, a condition Lakeshore's board insisted on.
  > anonymous_familiar | familiar | Two people familiar with the negotiations | said | >
One of the people, who spoke on the condition of anonymity because the terms have not been made public, said the board had also talked with a hospital chain based in Tennessee.
  > anonymous_familiar | familiar | One of the people | said | > | anon=who spoke on the condition of anonymity because the terms have not been made public

A nurse who has worked in the intensive care unit at Lakeshore's hospital in Petoskey for 22 years said the staff learned of the deal from news alerts on their phones.
  > named_person | jansen | A nurse who has worked in the intensive care unit at Lakeshore's hospital in Petoskey for 22 years | said | >
"We were in the middle of a code when somebody's phone buzzed," said the nurse, Carol Jansen.
  > named_person | jansen | the nurse, Carol Jansen | said | <
"Half of us thought it was a joke."
  > named_person | jansen | Carol Jansen | - | *
The president of the nurses' union at Lakeshore, Rebecca Thorne, said the union would ask Attorney General Dana Whitford to hold public hearings before approving the deal.
  > named_official | thorne | The president of the nurses' union at Lakeshore, Rebecca Thorne | said | >
A spokesman for Ms. Whitford, Kevin Marsh, said the office had begun its review and would take comments from the public until Sept. 30.
  > named_official | marsh | A spokesman for Ms. Whitford, Kevin Marsh | said | >
A spokeswoman for the Federal Trade Commission declined to say whether the agency was looking at the deal.
  > declined_comment | ftc | A spokeswoman for the Federal Trade Commission | declined to say whether the agency was looking at the deal | - | resp=declined

Hospital mergers in regions with little competition have often led to higher prices, said Martin Ellery, a health economist at Central Lakes University who has studied more than 100 of them.
  > named_person | ellery | Martin Ellery, a health economist at Central Lakes University who has studied more than 100 of them | said | <
Mr. Ellery said prices at hospitals that bought their nearest rival rose 12 percent on average within three years.
  > named_person | ellery | Mr. Ellery | said | >
Some doctors at Lakeshore said they worried that Bramwell would move surgeries to its larger hospital in Traverse City.
  > anonymous_other | doctors | Some doctors at Lakeshore | said | >
The Petoskey Pilot reported in May that the two systems had hired bankers to study a combination.
  > media_report | pilot | The Petoskey Pilot | reported | that the two systems had hired bankers to study a combination
All told, the merged company would employ about 11,000 people, making it the largest private employer north of Grand Rapids.
Bramwell wants to close the deal by the end of the year.
  > named_organization | bramwell | Bramwell | wants | to close the deal by the end of the year | nosrc
@excluded
A version of this article appears in print on Section B, Page 1 of the New York edition with the headline: Hospital Deal Would Leave One Company in Charge.
Read 148 Comments
''')

ARTICLES.append(r'''
@id o-tribal-casino-compact-tallow-creek
@style tribal_casino_compact
Lawmakers split over Tallow Creek casino compact as vote nears

A proposed gambling compact between the state and the Tallow Creek Band of Indians would let the tribe open a casino with 1,200 slot machines and a sportsbook on its land east of Harlan Springs, and send the state 9 percent of its gambling revenue.
Gov. Marian Holt signed the compact in March, but it cannot take effect until the Legislature approves it and the U.S. Interior Department reviews it.
The Senate is set to vote on Thursday.
Tribal Chairman Walter Greyeagle said the casino would create about 700 jobs in a county where one in five adults is out of work.
  > named_official | greyeagle | Tribal Chairman Walter Greyeagle | said | >
"Our people have waited 30 years for this.
  > named_official | greyeagle | Greyeagle | - | *
We are not asking for a handout, we are asking for the same deal other tribes already have," Greyeagle said.
  > named_official | greyeagle | Greyeagle | said | <

The agreement would be overseen by the Nebraska Gaming Regulatory Commission, which licenses the state's two racetrack casinos.
The commission's executive director, Sandra Pike, told the Senate's Government Committee last week that her staff would need eight new inspectors to monitor the casino.
  > named_official | pike | The commission's executive director, Sandra Pike | told the Senate's Government Committee last week | >
The NGRC estimated in a fiscal note that the state's share would be about $14 million a year once the casino is fully open.
  > named_organization | ngrc | The NGRC | estimated in a fiscal note | >
The commission has also asked lawmakers to set aside $1.1 million for a gambling addiction hotline.
  > named_organization | ngrc | The commission | has also asked | lawmakers to set aside $1.1 million for a gambling addiction hotline

Two Republican senators from the area have taken opposite sides.
Sen. Ray Dunford of Harlan Springs said the compact was the best economic news his district had heard in a decade.
  > named_official | dunford | Sen. Ray Dunford of Harlan Springs | said | >
Sen. Glenn Ochs of Milford, whose district borders the tribe's land, said the casino would pull business from restaurants and bars in his towns.
  > named_official | ochs | Sen. Glenn Ochs of Milford, whose district borders the tribe's land | said | >
He said he would offer an amendment raising the state's share to 15 percent.
  > named_official | ochs | He | said | >
"Nine percent is a gift.
  > named_official | ochs | Ochs | - | *
The governor left money on the table, and the people of this state are the ones who pay for it," Ochs said.
  > named_official | ochs | Ochs | said | <

The tribe's lawyer, Annette Rowe, said any amendment would force the governor and the tribe to reopen negotiations and could delay the casino by a year.
  > named_official | rowe | The tribe's lawyer, Annette Rowe | said | >
A letter from the Interior Department's Office of Indian Gaming, which Rowe read to the committee, says the agency considers revenue shares above 10 percent to be "presumptively excessive" unless the state gives the tribe something of equal value in return.
  > document | interior-letter | A letter from the Interior Department's Office of Indian Gaming, which Rowe read to the committee | says | >

A senior official in the governor's office, who spoke on condition of anonymity because the administration is negotiating with two other tribes, said Holt would veto the bill if the Senate changed the revenue share.
  > anonymous_official | gov-official | A senior official in the governor's office | said | > | anon=who spoke on condition of anonymity because the administration is negotiating with two other tribes
The official said the governor had already called Dunford and Ochs to her office twice this month.
  > anonymous_official | gov-official | The official | said | >
Holt's press secretary did not respond to a request for comment on Tuesday.
  > declined_comment | gov-office | Holt's press secretary | did not respond to a request for comment | - | resp=no_response

Critics say the casino would hurt the two racetrack casinos, which have spent more than $200 million on expansions since voters approved them in 2020.
  > anonymous_other | critics | Critics | say | >
Curt Ballard, whose family owns one of them, Sandhill Downs, said his track would lose about a fifth of its customers.
  > named_official | ballard | Curt Ballard, whose family owns one of them, Sandhill Downs | said | >
Some residents of Harlan Springs said at a town hall Monday that they worried about traffic on the two-lane highway that leads to the site.
  > anonymous_other | residents | Some residents of Harlan Springs | said at a town hall Monday | >
The Lincoln Ledger reported in April that the tribe had lined up a Las Vegas company to build and manage the casino.
  > media_report | ledger | The Lincoln Ledger | reported | that the tribe had lined up a Las Vegas company to build and manage the casino
The tribe stopped work on a smaller bingo hall on the site last year while the compact was being negotiated.
@excluded
Sign up for our Capitol Notebook newsletter to get legislative news in your inbox every weekday morning.
Related: Governor signs compact with Tallow Creek Band; Racetrack casinos report record revenue
''')

ARTICLES.append(r'''
@id o-pension-fund-loss-sers-private-credit
@style pension_fund_loss
State workers' pension fund writes down $1.2 billion on private credit bets

The State Employees' Retirement System wrote down the value of its private credit investments by $1.2 billion in the fiscal year that ended June 30, pushing its overall return below its 7 percent target for the second year in a row, according to its annual report released Monday.
  > document | annual-report | its annual report released Monday | according to | <
SERS returned 3.1 percent for the year, the report shows, and its funded ratio fell to 68 percent from 71 percent.
  > document | annual-report | the report | shows | SERS returned 3.1 percent for the year ;; and its funded ratio fell to 68 percent from 71 percent
The fund, which pays benefits to about 240,000 current and retired state workers, put $4.5 billion into private credit funds between 2021 and 2023.
The retirement system said in a statement that the writedown would not affect anyone's monthly benefit check.
  > named_organization | sers | The retirement system | said in a statement | >

Chief Investment Officer Raymond Okafor told the retirement board at its meeting Monday that most of the losses came from loans to mid-size software and health care companies that borrowed heavily when interest rates were low.
  > named_official | okafor | Chief Investment Officer Raymond Okafor | told the retirement board at its meeting Monday | >
"These are not losses we have locked in.
  > named_official | okafor | Okafor | - | *
Some of these loans will recover, and some will not, and we are marking them honestly," Okafor said.
  > named_official | okafor | Okafor | said | <
The board voted 7-2 to stop making new private credit commitments until its consultant completes a review.
The board's chair, Deborah Lanning, said trustees had asked for the review in March.
  > named_official | lanning | The board's chair, Deborah Lanning | said | >

More than a third of the writedown came from two funds managed by Harwell Street Partners, a New York firm that raised $2 billion from public pensions in 2021.
The company said in an emailed statement that its funds had been "valued conservatively" and that it expected returns to improve as borrowers refinance.
  > named_organization | harwell | The company | said in an emailed statement | >
A spokeswoman for Harwell, Jessica Tran, declined to say how much of the firm's fees SERS had paid since 2021.
  > declined_comment | tran | A spokeswoman for Harwell, Jessica Tran | declined to say how much of the firm's fees SERS had paid since 2021 | - | resp=declined
A 2021 memo from the fund's staff and a presentation by its former consultant, Alder Pension Advisors, projected that private credit would earn 9 to 11 percent a year.
  > document | staff-docs | A 2021 memo from the fund's staff and a presentation by its former consultant, Alder Pension Advisors | projected | >
The documents, which Pensions Weekly obtained through a public records request, do not mention what would happen to the loans if interest rates rose sharply.
  > document | staff-docs | The documents, which Pensions Weekly obtained through a public records request | do not mention | >
Alder, which the fund replaced in 2023, did not respond to requests for comment.
  > declined_comment | alder | Alder, which the fund replaced in 2023 | did not respond to requests for comment | - | resp=no_response

Two trustees voted against the pause.
Trustee Michael Brandt, a retired state trooper, said the board was reacting to one bad year in an asset class that had done well for a decade.
  > named_official | brandt | Trustee Michael Brandt, a retired state trooper | said | >
Trustee Alan Feeney, the state's deputy treasurer, said the fund would miss chances to lend at high rates while other investors are pulling back.
  > named_official | feeney | Trustee Alan Feeney, the state's deputy treasurer | said | >
He said he would ask the board to revisit the decision in January.
  > named_official | feeney | He | said | >

A person familiar with the board's deliberations said several trustees had pressed Okafor in a closed session about why the losses were not disclosed until the annual report.
  > anonymous_familiar | familiar | A person familiar with the board's deliberations | said | >
An official in the state budget office, who was not authorized to speak publicly, said the lower funded ratio would raise the state's required contribution by about $85 million next year.
  > anonymous_official | budget-official | An official in the state budget office | said | > | anon=who was not authorized to speak publicly
The official said the governor's budget staff had been told of the writedown in August.
  > anonymous_official | budget-official | The official | said | >
The president of the State Employees Association, Gloria Whitten, said members were "tired of paying for Wall Street's mistakes" through higher contributions from their paychecks.
  > named_official | whitten | The president of the State Employees Association, Gloria Whitten | said | >
Some retirees who attended the meeting said they feared the state would cut cost-of-living increases again.
  > anonymous_other | retirees | Some retirees who attended the meeting | said | >
The Statehouse Wire reported last month that two other state pension funds had also paused new private credit commitments.
  > media_report | statehouse-wire | The Statehouse Wire | reported | that two other state pension funds had also paused new private credit commitments
SERS had planned to raise its private credit target to 15 percent of the portfolio this year.
  > named_organization | sers | SERS | had planned | to raise its private credit target to 15 percent of the portfolio this year | nosrc
''')

ARTICLES.append(r'''
@id o-trade-secret-theft-voltaris-cell-design
@style trade_secret_theft
Engineer Took Battery Secrets to a Rival Before Quitting, Lawsuit Says
  > document | lawsuit | Lawsuit | Says | <

SAN JOSE, Calif. -- A senior engineer at one of the country's largest makers of electric-vehicle batteries copied more than 14,000 confidential files onto a personal hard drive in the weeks before he quit to join a start-up, according to a lawsuit filed on Monday in federal court here.
  > document | lawsuit | a lawsuit filed on Monday in federal court here | according to | <
The company, Voltaris Energy, says in the suit that the files included the chemistry and manufacturing steps for a cell it has spent six years and about $900 million developing.
  > named_organization | voltaris | The company, Voltaris Energy | says in the suit | >
The engineer, Kevin Adebayo-Marsh, 41, left Voltaris in April and is now vice president of cell engineering at Brightlane Power, a company in Austin, Texas, that has raised $600 million from investors.
Brightlane is also named as a defendant.

Court filings show that Mr. Adebayo-Marsh plugged the drive into his company laptop on nine occasions in March and that the files were copied between 1 a.m. and 4 a.m.
  > document | filings | Court filings | show | >
A forensic report prepared for Voltaris and a sworn statement from its security chief, both attached to the complaint, say he also deleted his browser history the day before he resigned.
  > document | forensics | A forensic report prepared for Voltaris and a sworn statement from its security chief, both attached to the complaint | say | >
The documents do not say whether any of the files reached Brightlane.
  > document | forensics | The documents | do not say | >

Voltaris's lead lawyer, Andrew Kessling, said at a hearing on Tuesday that the company wanted a judge to bar Brightlane from using any of its technology until the case was resolved.
  > named_official | kessling | Voltaris's lead lawyer, Andrew Kessling | said at a hearing on Tuesday | >
Mr. Adebayo-Marsh's lawyer, Mark Odom, told the judge that his client had copied the files to finish a project he had been asked to complete before he left.
  > named_official | odom | Mr. Adebayo-Marsh's lawyer, Mark Odom | told the judge | >
He said the drive had been returned to Voltaris, unopened, in May.
  > named_official | odom | He | said | >
"My client is an engineer, not a spy.
  > named_official | odom | Mr. Odom | - | *
He did what engineers do, which is take his work home, and he gave it back when he was asked," Mr. Odom said.
  > named_official | odom | Mr. Odom | said | <
Judge Helen Fairbanks of the U.S. District Court for the Northern District of California set another hearing for next week and did not rule on the request.

Brightlane's founder and chief executive, Sofia Lindqvist, said in a statement that the company had "never received, seen or used" any Voltaris files.
  > named_official | lindqvist | Brightlane's founder and chief executive, Sofia Lindqvist | said in a statement | >
Brightlane was founded in 2022 by a group of former Voltaris engineers and plans to begin producing batteries at a factory outside Austin next year.
The company said it had hired an outside firm to search its computers and would share the results with the court.
  > named_organization | brightlane | The company | said | >

Two people familiar with the matter said the F.B.I. had opened a separate investigation into whether the files were sent overseas.
  > anonymous_familiar | familiar | Two people familiar with the matter | said | >
One of them, who spoke on the condition of anonymity because the inquiry is confidential, said agents had interviewed at least four Voltaris employees.
  > anonymous_familiar | familiar | One of them | said | > | anon=who spoke on the condition of anonymity because the inquiry is confidential
An F.B.I. spokeswoman declined to comment.
  > declined_comment | fbi | An F.B.I. spokeswoman | declined to comment | - | resp=declined
Some industry executives say the case reflects a broader fight over a small pool of engineers who know how to make batteries at scale.
  > anonymous_other | executives | Some industry executives | say | >
Deborah Yoon, a law professor at the Pacifica School of Law who studies trade secret cases, said companies often sue departing engineers to scare the rest of their work force.
  > named_person | yoon | Deborah Yoon, a law professor at the Pacifica School of Law who studies trade secret cases | said | >
"The lawsuit is a message to the people still in the building," Ms. Yoon said.
  > named_person | yoon | Ms. Yoon | said | <
"Whether it wins is almost beside the point."
  > named_person | yoon | Ms. Yoon | - | *
The Bay Area Ledger reported last month that Voltaris had delayed production of the new cell to 2027.
  > media_report | ledger | The Bay Area Ledger | reported | that Voltaris had delayed production of the new cell to 2027
Voltaris shares, which stopped trading briefly on Monday after the suit was filed, closed down 4 percent.
''')

ARTICLES.append(r'''
@id o-coast-guard-rescue-north-star-trawler
@style coast_guard_rescue
Coast Guard pulls 4 fishermen from frigid water after trawler sinks off Cape Hollis

CAPE HOLLIS, Maine (WMHN) -- The Coast Guard rescued four fishermen early Wednesday after their trawler, the North Star, took on water and sank about 22 miles southeast of Cape Hollis, a Coast Guard spokesman said.
  > named_organization | uscg | a Coast Guard spokesman | said | <
A fifth crew member is still missing, and crews from the Coast Guard and the Maine Marine Patrol searched through the day.
The North Star's captain sent a distress call at 3:40 a.m. reporting that the engine room was flooding, according to a timeline released by Coast Guard Sector Northern New England.
  > document | timeline | a timeline released by Coast Guard Sector Northern New England | according to | <
A helicopter from Air Station Cape Cod reached the scene about an hour later and lifted the four men out of a life raft, the timeline shows.
  > document | timeline | the timeline | shows | <

Petty Officer Dana Reyes, a spokeswoman for the sector, said the men had put on survival suits before the boat went down, which likely saved their lives.
  > named_official | reyes | Petty Officer Dana Reyes, a spokeswoman for the sector | said | >
"The water out there is about 41 degrees right now.
  > named_official | reyes | Reyes | - | *
Without those suits, we would be having a very different conversation this morning," Reyes said.
  > named_official | reyes | Reyes | said | <
The four survivors were taken to Hollis Regional Hospital, where a hospital spokeswoman said all four were in stable condition.
  > named_organization | hospital | a hospital spokeswoman | said | >

One of the survivors, deckhand Tyler Boucher, 24, told WMHN from his hospital bed that the boat rolled onto its side within minutes.
  > named_person | boucher | One of the survivors, deckhand Tyler Boucher, 24 | told WMHN from his hospital bed | >
Another deckhand, Sean Gallant, 31, said the crew had been hauling gear when the bilge alarm went off.
  > named_person | gallant | Another deckhand, Sean Gallant, 31 | said | >
He said he grabbed the last survival suit from the wheelhouse as the deck went under.
  > named_person | gallant | He | said | >
All told, the men spent about 50 minutes in the raft before the helicopter arrived.

A woman whose brother is the missing crew member waited at the Cape Hollis town pier for much of the day.
She said he had fished on the North Star for six years and had called her Tuesday night to say they would be home by Friday.
  > named_person | pelletier | She | said | >
"He knows that boat better than anyone.
  > named_person | pelletier | Marie Pelletier | - | *
I'm not giving up on him," said the woman, Marie Pelletier.
  > named_person | pelletier | the woman, Marie Pelletier | said | <
The Coast Guard has not released the missing man's name.

The National Transportation Safety Board said it had sent an investigator to Maine.
  > named_organization | ntsb | The National Transportation Safety Board | said | >
The NTSB investigates the sinking of commercial fishing vessels, and the board said it expected to issue a preliminary report within 30 days.
  > named_organization | ntsb | the board | said | >
A Coast Guard official who was not authorized to speak publicly about the case said the North Star had failed a dockside safety exam in 2023 because two of its high-water alarms did not work.
  > anonymous_official | uscg-official | A Coast Guard official who was not authorized to speak publicly about the case | said | > | anon=who was not authorized to speak publicly about the case
The official said the boat passed a second exam two months later.
  > anonymous_official | uscg-official | The official | said | >
The boat's owner, Hollis Bay Seafood, could not be reached Wednesday.
  > declined_comment | hollis-bay | The boat's owner, Hollis Bay Seafood | could not be reached | - | resp=unreachable
Several fishermen at the pier said the weather had turned sharply overnight, with wind gusting to 35 knots.
  > anonymous_other | fishermen | Several fishermen at the pier | said | >
The Harbor Beacon reported that the North Star was the third boat from the Cape Hollis fleet to sink since 2019.
  > media_report | beacon | The Harbor Beacon | reported | that the North Star was the third boat from the Cape Hollis fleet to sink since 2019
The search stopped at sunset and was set to resume at first light Thursday.
@excluded
Copyright 2025 WMHN. All rights reserved.
Download the WMHN 8 News app for breaking news alerts, live video and the latest forecast.
Watch the full interview with Tyler Boucher in the video player above.
''')

ARTICLES.append(r'''
@id o-election-misinformation-varner-county
@style election_misinformation
The Rumor That Ate Varner County

On a Tuesday night in October, the clerk of Varner County sits in a folding chair at the back of a church basement and listens to a man explain that her voting machines are connected to a server in Venezuela.
They are not, and she has the paperwork to prove it, but she does not say so.
"When you stand up and argue, you become the story," says the clerk, Lorraine Abbott, who has run elections in this county of 41,000 people for 16 years.
  > named_official | abbott | the clerk, Lorraine Abbott, who has run elections in this county of 41,000 people for 16 years | says | <
"I'd rather they go home and think about it."
  > named_official | abbott | Lorraine Abbott | - | *
The man at the microphone is a retired long-haul trucker who has spoken at every county board meeting since March.
He says he first read about the server in a post that has now been shared more than 90,000 times.
  > named_person | kemper | He | says | >
The trucker, Dale Kemper, says he does not trust anything he cannot see with his own eyes.
  > named_person | kemper | The trucker, Dale Kemper | says | >

The post claims that 4,000 ballots in Varner County were counted twice in the spring primary.
  > document | post | The post | claims | >
A review by the state's Office of Election Integrity found that the county's count matched its paper ballots exactly.
  > document | oei-review | A review by the state's Office of Election Integrity | found | >
The OEI, which was created by the Legislature in 2022 after a fight over the last presidential count, audits a sample of ballots in every county after each election.
The office says it has never found a discrepancy of more than six votes in Varner County.
  > named_organization | oei | The office | says | >
Its director, Samuel Okonkwo, says the rumor has been "debunked, re-debunked and debunked again, and it does not matter."
  > named_official | okonkwo | Its director, Samuel Okonkwo | says | >

The post first appeared on an account whose owner calls himself a "citizen auditor."
According to an analysis by the Civic Signals Lab at Northgate University, the account posts more than 200 times a day, often within seconds of other accounts that share its wording.
  > document | lab-analysis | an analysis by the Civic Signals Lab at Northgate University | According to | >
Megan Holloway, the researcher who runs the lab, says the pattern is typical of coordinated networks that sell their reach to the highest bidder.
  > named_person | holloway | Megan Holloway, the researcher who runs the lab | says | >
A trust and safety manager at the platform, who asked not to be identified because the company does not let its staff speak to reporters, says the account was flagged twice for review and left up both times.
  > anonymous_official | platform-manager | A trust and safety manager at the platform | says | > | anon=who asked not to be identified because the company does not let its staff speak to reporters
The manager says the reviews are done by contractors who are given about 90 seconds a post.
  > anonymous_official | platform-manager | The manager | says | >
The platform, Loop, did not respond to a list of questions.
  > declined_comment | loop | The platform, Loop | did not respond to a list of questions | - | resp=no_response

Abbott has lost three of her five poll workers since the primary.
A poll worker who quit in June says strangers photographed her license plate in the courthouse parking lot.
  > named_person | dietz | A poll worker who quit in June | says | >
The woman, a 68-year-old retired schoolteacher named Ruth Dietz, says she spent 22 years working the polls at the Varner Grange hall.
  > named_person | dietz | The woman, a 68-year-old retired schoolteacher named Ruth Dietz | says | >
"I'm not afraid of much.
  > named_person | dietz | Dietz | - | *
But I'm not going to die over a primary for county surveyor," Dietz says.
  > named_person | dietz | Dietz | says | <

Two people who work on the county's election staff say the office now gets about 40 calls a week about the rumor.
  > anonymous_official | staffers | Two people who work on the county's election staff | say | >
One of them, who did not want to be named because she has been harassed online, says some callers ask for Abbott by her home address.
  > anonymous_official | staffers | One of them | says | > | anon=who did not want to be named because she has been harassed online
Some residents say they simply want to see the machines for themselves.
  > anonymous_other | residents | Some residents | say | >
Abbott is noted around the courthouse for keeping a jar of peppermints on the counter.
She stopped putting it out in September.
The Varner County Courier reported that the county had spent $38,000 on extra security for the primary.
  > media_report | courier | The Varner County Courier | reported | that the county had spent $38,000 on extra security for the primary
Abbott wants to hold an open house in the county warehouse where the machines are stored, and let anyone who comes watch a test count.
  > named_official | abbott | Abbott | wants | to hold an open house in the county warehouse where the machines are stored, and let anyone who comes watch a test count | nosrc
@excluded
Nora Vance is a contributing writer who covers democracy and technology. Her last feature was about a town that voted to abolish its police department.
This article appears in the November issue.
''')

ARTICLES.append(r'''
@id o-dam-safety-lost-elk-cracks
@style dam_safety
Cracks at Oregon's Lost Elk Dam were flagged years before evacuation order, officials say
  > anonymous_official | state-officials | officials | say | <

BEND, Oregon -- State dam inspectors warned in 2021 that cracks in the spillway of Lost Elk Dam were growing and should be repaired within two years, two state officials said on Thursday, a day after some 3,000 residents downstream were told to leave their homes.
  > anonymous_official | state-officials | two state officials | said | <
The officials, who asked not to be named because the state has not released its own review, said the repairs were never made.
  > anonymous_official | state-officials | The officials | said | > | anon=who asked not to be named because the state has not released its own review
Deschutes County issued the evacuation order late Wednesday after a county engineer saw water seeping from the base of the dam's concrete spillway.
The county sheriff, Lyle Harmon, said on Thursday that the order would remain in place at least through the weekend.
  > named_official | harmon | The county sheriff, Lyle Harmon | said on Thursday | >

The 112-foot earthen dam, built in 1958 to hold irrigation water, is owned by Cascade Hydro Partners, which bought it in 2017 and added a small power plant.
The company said in a statement that engineers were lowering the reservoir by about 2 feet a day and that the dam was "not in danger of imminent failure."
  > named_organization | cascade | The company | said in a statement | >
Cascade's chief executive, Paul Everly, did not respond to phone calls and emails.
  > declined_comment | everly | Cascade's chief executive, Paul Everly | did not respond to phone calls and emails | - | resp=no_response

Because of the power plant, the dam is regulated by the Federal Energy Regulatory Commission.
FERC said on Thursday it had sent two engineers from its Portland office and ordered Cascade to keep the reservoir at least 25 feet below its normal level until repairs are done.
  > named_organization | ferc | FERC | said on Thursday | >
The commission said it had rated the dam's condition "poor" in 2022.
  > named_organization | ferc | The commission | said | >
An inspection report from 2021, which County Commissioner Ann Whitaker read aloud at an emergency meeting on Thursday, says the cracks had widened by as much as an inch since 2016.
  > document | inspection-report | An inspection report from 2021, which County Commissioner Ann Whitaker read aloud at an emergency meeting on Thursday | says | >
Whitaker said the county learned of the report only this week.
  > named_official | whitaker | Whitaker | said | >

Two engineers who have studied the dam disagreed on Thursday about how serious the danger was.
Robert Fenn, a retired dam safety engineer for the state, said the seepage was a classic early sign of internal erosion that "can go from a trickle to a failure in hours."
  > named_person | fenn | Robert Fenn, a retired dam safety engineer for the state | said | >
Gary Holcomb, a geotechnical engineer at Willamette Technical University, said the seepage was clear, not muddy, which suggested that soil was not washing out of the dam.
  > named_person | holcomb | Gary Holcomb, a geotechnical engineer at Willamette Technical University | said | >
He said lowering the reservoir was the right step.
  > named_person | holcomb | He | said | >
"Clear water is good news.
  > named_person | holcomb | Holcomb | - | *
Muddy water is when you run," Holcomb said.
  > named_person | holcomb | Holcomb | said | <

A person familiar with the repair plans said Cascade had put off the spillway work twice because of its cost, estimated at $18 million.
  > anonymous_familiar | familiar | A person familiar with the repair plans | said | >
A spokeswoman for the Oregon Water Resources Department, Tessa Moreland, said the state had pressed the company in letters in 2022 and 2023.
  > named_official | moreland | A spokeswoman for the Oregon Water Resources Department, Tessa Moreland | said | >
She declined to release the letters, citing the ongoing review.
  > declined_comment | moreland | She | declined to release the letters | - | resp=declined
Some residents at an evacuation shelter in Tumalo said they had never been told the dam had problems.
  > anonymous_other | residents | Some residents at an evacuation shelter in Tumalo | said | >
According to a report in The Deschutes Tribune, the dam was one of 14 in the state rated both "high hazard" and "poor" last year.
  > media_report | bulletin | a report in The Deschutes Tribune | According to | >
Traffic on U.S. Highway 20 stopped for two hours on Wednesday night as residents drove out of the valley.
''')

ARTICLES.append(r'''
@id o-lottery-fraud-quik-pantry-clerk
@style lottery_fraud
Store clerk and owner cashed customers' winning lottery tickets for years, prosecutors say
  > named_organization | prosecutors | prosecutors | say | <

A convenience store clerk and the store's owner told dozens of customers that their lottery tickets were losers and then cashed the tickets themselves, collecting more than $740,000 over six years, the Marlow County prosecutor's office said Thursday.
  > named_organization | prosecutors | the Marlow County prosecutor's office | said Thursday | <
The clerk, Travis Neal, 38, and the owner of the Quik Pantry on Route 9 in Dellwood, Ashok Verma, 56, were each indicted on 42 counts of theft and one count of conspiracy.
According to the indictment, the two men kept a notebook of winning tickets and took turns claiming the prizes at lottery offices in three cities so that neither would draw attention.
  > document | indictment | the indictment | According to | >
The largest ticket was worth $250,000, the indictment says.
  > document | indictment | the indictment | says | <

Prosecutor Diane Whitlock said the scheme came to light after a customer noticed that a ticket he had been told was worthless showed up on the lottery's list of unclaimed prizes.
  > named_official | whitlock | Prosecutor Diane Whitlock | said | >
"These were regulars.
  > named_official | whitlock | Whitlock | - | *
People who came in every morning for coffee and a scratch-off, and who trusted the person behind the counter," Whitlock said.
  > named_official | whitlock | Whitlock | said | <
Whitlock's top assistant, Laura Benz, who is handling the case, said investigators were still trying to identify about 30 more victims.
  > named_official | benz | Whitlock's top assistant, Laura Benz, who is handling the case | said | >
She said anyone who bought tickets at the store between 2018 and 2024 should call her office.
  > named_official | benz | She | said | >

A 71-year-old retired machinist who stopped at the store almost every day said he had handed Neal a ticket in 2021 and been told it won nothing.
  > named_person | dunn | A 71-year-old retired machinist who stopped at the store almost every day | said | >
Lottery records show that the ticket won $10,000 and was cashed four days later.
  > document | lottery-records | Lottery records | show | >
"He scanned it, shook his head and tossed it in the trash can," said the retiree, Harold Dunn.
  > named_person | dunn | the retiree, Harold Dunn | said | <
"I thanked him."
  > named_person | dunn | Harold Dunn | - | *

The State Lottery Commission said in a statement that it had changed its rules in 2023 so that a ticket's buyer hears a chime and sees the prize amount on a customer-facing screen.
  > named_organization | slc | The State Lottery Commission | said in a statement | >
The commission's director, Marcus Reid, said it would also review every prize claimed by a retailer's employees over the past decade.
  > named_official | reid | The commission's director, Marcus Reid | said | >
Records obtained by the Herald through a public records request show that Neal and Verma claimed 61 prizes of $600 or more between them, far more than any other retail workers in the county.
  > document | claims-records | Records obtained by the Herald through a public records request | show | >
A law enforcement official familiar with the investigation, who was not authorized to discuss it, said the commission's own fraud unit had flagged the two men in 2022 but did not refer the case to police for more than a year.
  > anonymous_official | le-official | A law enforcement official familiar with the investigation | said | > | anon=who was not authorized to discuss it
The official said the delay was "inexcusable."
  > anonymous_official | le-official | The official | said | >
The commission declined to comment on the official's account.
  > declined_comment | slc | The commission | declined to comment on the official's account | - | resp=declined

Verma's lawyer, Philip Sandoval, said his client had "no idea" what his clerk was doing and had been cashing tickets he bought for himself.
  > named_official | sandoval | Verma's lawyer, Philip Sandoval | said | >
Neal could not be reached, and court records do not list a lawyer for him.
  > declined_comment | neal | Neal | could not be reached | - | resp=unreachable
  > document | court-records | court records | do not list | a lawyer for him
A person close to Verma's family said the store has been up for sale since the spring.
  > anonymous_familiar | close-family | A person close to Verma's family | said | >
Some customers said Thursday that they would keep buying tickets there anyway.
  > anonymous_other | customers | Some customers | said | that they would keep buying tickets there anyway
The store added a second lottery terminal in 2019.
@excluded
Have a tip about this story? Email the Herald's investigations desk at tips@marlowherald.com.
Corrections: An earlier version of this story misstated Ashok Verma's age. He is 56.
''')

ARTICLES.append(r'''
@id o-chemical-plant-fire-delacroix-resin
@style chemical_plant_fire
Shelter-in-place order lifted after fire at Bayou Vista resin plant; 2 workers hurt

BAYOU VISTA, Louisiana (KLNV) -- A fire that sent black smoke over Bayou Vista for most of Saturday started in a tank of flammable solvent at the Delacroix Resins plant, the St. Mary Parish Fire Marshal's Office said.
  > named_organization | fire-marshal | the St. Mary Parish Fire Marshal's Office | said | <
Two workers were taken to a hospital in Lafayette with burns, and residents within two miles of the plant were told to stay indoors until about 6 p.m.

The plant, which makes resins used in paint and adhesives, has operated along the Atchafalaya since 1974 and added a second production line in 2020.
It has been owned since 2018 by Gulfstar Specialty Chemicals of Houston.
The company said in a statement Saturday night that the fire was out and that the two injured workers were in stable condition.
  > named_organization | gulfstar | The company | said in a statement Saturday night | >
Plant manager Jerome Fontenot said at a news conference that workers had been transferring solvent between tanks when a pump seal failed.
  > named_official | fontenot | Plant manager Jerome Fontenot | said at a news conference | >
"Our people did what they were trained to do.
  > named_official | fontenot | Fontenot | - | *
They shut the valves, they got out, and they called it in," Fontenot said.
  > named_official | fontenot | Fontenot | said | <
He declined to say how much solvent was in the tank.
  > declined_comment | fontenot | He | declined to say how much solvent was in the tank | - | resp=declined

Two fire chiefs led the response.
Bayou Vista Fire Chief Andre Guidry said his crews reached the plant within eight minutes.
  > named_official | guidry | Bayou Vista Fire Chief Andre Guidry | said | >
Morgan City Fire Chief Wade LeBlanc said his department sent two foam trucks because Bayou Vista's water supply could not keep up.
  > named_official | leblanc | Morgan City Fire Chief Wade LeBlanc | said | >
He said the plant's own fire brigade was already spraying foam when his trucks arrived.
  > named_official | leblanc | He | said | >

The Louisiana Department of Environmental Quality said air monitors near the plant did not detect dangerous levels of chemicals outside the fence line.
  > named_organization | ldeq | The Louisiana Department of Environmental Quality | said | >
LDEQ spokesman Greg Thibodeaux said the agency would keep two mobile monitors in the area through Monday.
  > named_official | thibodeaux | LDEQ spokesman Greg Thibodeaux | said | >
An official with the agency, who was not authorized to speak publicly, said Delacroix had been cited three times since 2021 for failing to keep records on its solvent tanks.
  > anonymous_official | ldeq-official | An official with the agency | said | > | anon=who was not authorized to speak publicly
A 2022 compliance order and a 2023 settlement between the agency and the company, both posted in the state's online records system, list the same tank farm where Saturday's fire began.
  > document | ldeq-docs | A 2022 compliance order and a 2023 settlement between the agency and the company, both posted in the state's online records system | list | the same tank farm where Saturday's fire began
The documents show the company paid $48,000 in penalties.
  > document | ldeq-docs | The documents | show | >

A worker who was on the night shift and left about an hour before the fire started said the pump in question had been leaking for weeks.
  > named_person | broussard | A worker who was on the night shift and left about an hour before the fire started | said | >
The worker, Kendrick Broussard, 29, said he and two co-workers had reported the leak to a supervisor in early March.
  > named_person | broussard | The worker, Kendrick Broussard, 29 | said | >
A person briefed on the company's internal review said a work order to replace the seal had been written but not completed.
  > anonymous_familiar | briefed | A person briefed on the company's internal review | said | >
Gulfstar did not respond to questions about the leak.
  > declined_comment | gulfstar | Gulfstar | did not respond to questions about the leak | - | resp=no_response

The U.S. Chemical Safety and Hazard Investigation Board said it was sending a team of three investigators.
  > named_organization | csb | The U.S. Chemical Safety and Hazard Investigation Board | said | >
The CSB, which does not issue fines, investigates serious chemical accidents and recommends changes to prevent them.
The board said it would decide within a week whether to open a full investigation.
  > named_organization | csb | The board | said | >
Some residents of the Shady Oaks neighborhood, across the highway from the plant, said they never heard an alarm.
  > anonymous_other | residents | Some residents of the Shady Oaks neighborhood, across the highway from the plant | said | >
Traffic on U.S. 90 stopped for about three hours while crews fought the fire.
@excluded
Follow KLNV on Facebook and X for live updates.
Comments (23)
Copyright 2025 KLNV-TV. All rights reserved.
''')

ARTICLES.append(r'''
@id o-hostage-release-diplomacy-veskara-aid-worker
@style hostage_release_diplomacy
American Aid Worker Freed by Veskara After Months of Secret Talks, Officials Say
  > anonymous_official | admin-officials | Officials | Say | <

WASHINGTON -- An American aid worker held for 14 months in Veskara was released on Friday and flown to Muscat, Oman, after secret talks in which the United States agreed to unfreeze $40 million in Veskaran central bank funds, senior administration officials said.
  > anonymous_official | admin-officials | senior administration officials | said | <
The aid worker, Claire Donnelly, 34, of Eugene, Ore., had been held in a prison outside the Veskaran capital since she was arrested on espionage charges in September of last year.
The officials, who briefed reporters on the condition of anonymity under ground rules set by the White House, said the funds could be spent only on food and medicine.
  > anonymous_official | admin-officials | The officials | said | > | anon=who briefed reporters on the condition of anonymity under ground rules set by the White House
Ms. Donnelly spoke with her family by phone from the plane, one of the officials said.
  > anonymous_official | admin-officials | one of the officials | said | <

President Hollis Grant said in a statement that Ms. Donnelly "never should have spent a single day in prison" and thanked the Sultan of Oman for his help.
  > named_official | grant | President Hollis Grant | said in a statement | >
The State Department said it would continue to warn Americans not to travel to Veskara.
  > named_organization | state-dept | The State Department | said | >
The department's spokesman, Aaron Whitley, told reporters that Ms. Donnelly would be examined at a military hospital in Germany before returning home.
  > named_official | whitley | The department's spokesman, Aaron Whitley | told reporters | >

Two envoys handled the talks.
The State Department's special envoy for hostage affairs, Michael Sorensen, met Veskaran officials in Muscat four times since January, according to two people briefed on the negotiations.
  > anonymous_familiar | briefed | two people briefed on the negotiations | according to | <
Oman's envoy, Khalid al-Harthy, carried messages between the two sides when they would not meet in the same room, the people said.
  > anonymous_familiar | briefed | the people | said | <
Mr. al-Harthy said in a brief interview that the talks had nearly collapsed twice.
  > named_official | harthy | Mr. al-Harthy | said in a brief interview | >
He said the final agreement was reached on Wednesday night.
  > named_official | harthy | He | said | >
"Each side needed to be able to go home and say it had won.
  > named_official | harthy | Mr. al-Harthy | - | *
Our job was to find the words that let both of them say that," Mr. al-Harthy said.
  > named_official | harthy | Mr. al-Harthy | said | <

Veskara's foreign ministry said in a statement carried by state television that Ms. Donnelly had been pardoned by the country's president "on humanitarian grounds."
  > named_organization | vsk-ministry | Veskara's foreign ministry | said in a statement carried by state television | >
A spokesman for Veskara's foreign ministry did not respond to a request for comment.
  > declined_comment | vsk-ministry | A spokesman for Veskara's foreign ministry | did not respond to a request for comment | - | resp=no_response

At a vigil in Eugene in March, Ms. Donnelly's sister, Erin Donnelly, read aloud a letter that the aid worker had smuggled out of prison.
The letter says she was held alone in a cell for the first 80 days and questioned at night.
  > document | letter | The letter | says | >
Erin Donnelly said on Friday that the family was "overwhelmed with gratitude" and asked for privacy.
  > named_person | erin | Erin Donnelly | said on Friday | >

Critics called the deal a ransom payment.
  > anonymous_other | critics | Critics | called | >
Senator Rick Haldane of Missouri said the release of the funds would encourage Veskara to take more Americans.
  > named_official | haldane | Senator Rick Haldane of Missouri | said | >
Senator Doug Pryor of Idaho, a fellow Republican on the Foreign Relations Committee, said he supported bringing Ms. Donnelly home but wanted a briefing on how the money would be tracked.
  > named_official | pryor | Senator Doug Pryor of Idaho, a fellow Republican on the Foreign Relations Committee | said | >
He said he had asked for the briefing in a letter to the secretary of state.
  > named_official | pryor | He | said | >
Some former diplomats said the administration had little choice once Ms. Donnelly's health began to fail.
  > anonymous_other | ex-diplomats | Some former diplomats | said | >
The Gulf Courier first reported in February that the two governments were negotiating through Oman.
  > media_report | gulf-courier | The Gulf Courier | first reported | that the two governments were negotiating through Oman
The administration had hoped to complete the exchange before the new year, but the talks stalled over how the money would be released.
  > named_organization | administration | The administration | had hoped | to complete the exchange before the new year | nosrc
''')

ARTICLES.append(r'''
@id o-school-bus-contract-pine-ridge-district
@style school_bus_contract
Pine Ridge board picks out-of-state bus company despite late-bus complaints

The Pine Ridge Board of Education voted 4-3 Monday night to give a five-year, $62 million busing contract to Trailway Student Transport, a company based in Ohio that has run the district's buses since 2021.
The board's vote came after nearly three hours of public comment, much of it from parents angry about buses that arrived late or not at all last fall.
Trailway, which runs buses for 140 school districts in nine states, was the lowest of three bidders.
The company said in a statement that it had hired 38 new drivers since September and that on-time arrivals had risen to 94 percent.
  > named_organization | trailway | The company | said in a statement | >

Board member Karen Lutz, who voted for the contract, said the district could not afford to pay $7 million more for the next-lowest bid.
  > named_official | lutz | Board member Karen Lutz, who voted for the contract | said | >
Board member Denise Arroyo, who voted against it, said Trailway had missed more than 600 routes in the first two months of the school year.
  > named_official | arroyo | Board member Denise Arroyo, who voted against it | said | >
She said the district should have split the contract between two companies.
  > named_official | arroyo | She | said | >
"We keep rewarding a company for failing our kids.
  > named_official | arroyo | Arroyo | - | *
I'm not doing it again," Arroyo said.
  > named_official | arroyo | Arroyo | said | <

The bid documents and an evaluation by the district's transportation consultant, Meridian School Logistics, scored Trailway highest on price and lowest on driver retention.
  > document | bid-docs | The bid documents and an evaluation by the district's transportation consultant, Meridian School Logistics | scored | Trailway highest on price and lowest on driver retention
The documents, which the Gazette obtained before the vote, show the company lost nearly half of its Pine Ridge drivers in 2024.
  > document | bid-docs | The documents, which the Gazette obtained before the vote | show | >
An email that a district transportation manager sent to the superintendent in October, also obtained by the Gazette, says at least 11 students with disabilities missed their morning therapy sessions because buses did not show up.
  > document | email | An email that a district transportation manager sent to the superintendent in October, also obtained by the Gazette | says | >
Superintendent Leon Harper said the district now fines Trailway $500 for every missed route.
  > named_official | harper | Superintendent Leon Harper | said | >

The president of the union that represents Trailway's drivers, Teamsters Local 418, said the company pays drivers $4 an hour less than neighboring districts.
  > named_official | kowalski | The president of the union that represents Trailway's drivers, Teamsters Local 418 | said | >
The union president, Frank Kowalski, said drivers were leaving for jobs at delivery companies.
  > named_official | kowalski | The union president, Frank Kowalski | said | >
Trailway's regional manager, Dennis Albright, said the company had raised starting pay by $2 an hour in January.
  > named_official | albright | Trailway's regional manager, Dennis Albright | said | >
Pine Ridge High School football coach Ray Castellano told the board that his team had forfeited a game in October because its bus never arrived.
  > named_official | castellano | Pine Ridge High School football coach Ray Castellano | told the board | >

A district administrator who was not authorized to speak publicly said the second-lowest bidder, Keystone Coach Lines, had offered to hire every Trailway driver at higher pay.
  > anonymous_official | district-admin | A district administrator who was not authorized to speak publicly | said | > | anon=who was not authorized to speak publicly
The administrator said board members were told of that offer only on Friday.
  > anonymous_official | district-admin | The administrator | said | >
A person familiar with the bidding said Keystone's price was higher in part because it planned to buy 40 new buses.
  > anonymous_familiar | familiar | A person familiar with the bidding | said | >
Keystone's owner, Gail Brennan, declined to comment.
  > declined_comment | brennan | Keystone's owner, Gail Brennan | declined to comment | - | resp=declined
Some parents said they would start a carpool network if the buses did not improve by winter.
  > anonymous_other | parents | Some parents | said | >
The board stopped taking public comment at 10 p.m. and voted about 20 minutes later.
''')

if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
