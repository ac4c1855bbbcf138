"""Build corpus/articles/ag.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on US and world politics, government, law enforcement, courts and the economy
(us_attorney_resignation, federal_grant_freeze, no_confidence_vote,
treasury_auction_weak_demand, judge_recusal_motion, pardon_controversy,
super_pac_coordination_complaint, contempt_of_congress_referral,
sheriff_immigration_agreement, whistleblower_retaliation_suit, currency_peg_crisis,
irs_data_sharing_agreement), in the voices of twelve kinds of outlet (a newspaper of record
with honorifics and a dek, a public-radio website in the present tense, wire copy from an
invented country's parliament, a business wire on a bond auction, a legal affairs site built
on filings and a docket, a cable-news website, a first-person political newsletter with
subheads, a public-radio interview transcript with speaker labels, a regional newspaper, a
US wire on a lawsuit, a financial newspaper with a standfirst, a nonprofit investigative
newsroom built on leaked memos and emails), each article built to test documents (letters,
memos, indictments, motions, docket entries, complaints, data, disclosure reports, campaign
finance records, emails, agreements, polls, statutes), non-answers of every kind ("declined to
comment", "would not say", "could not be reached", "did not return calls", "does not
comment on pending litigation", "referred questions to", "walked away when asked"),
anonymous officials with and without a stated reason (and one reason given in a sentence of
its own), people familiar with, briefed on and close to a matter, named officials with titles
before and after the name, lawyers and spokespeople typed as officials, analysts, strategists,
professors and a former official now speaking as a plaintiff typed as persons, a person
described first and named later, vague sources ("critics say", "some advocates suspect",
"legal ethics experts", "some economists argue"), media reports (the outlet's own earlier
reporting), headline and standfirst attributions, interviewer questions that carry
attributions, and things that are not attributions ("called for", "told to leave", "a gap
traders call", "that is not to say", reporter's-voice wants marked not sourcing). Eleven of
the twelve end with excluded boilerplate (print line, comment count, newsletter prompts,
credits, a correction, transcript notice, photo caption). Nothing is trained or tuned on them.
Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_ag.py [--render]
     python corpus/build_articles_ag.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "ag.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id ag-us-attorney-resignation-cleveland
@style us_attorney_resignation
Cleveland Prosecutor Quits Rather Than Drop Bribery Case Against State Senator

Helen Marsh, the acting U.S. attorney, told superiors that an order to dismiss the indictment was "not one I can carry out," according to her resignation letter.
  > document | letter | her resignation letter | according to | <

WASHINGTON -- The acting United States attorney in Cleveland resigned on Thursday rather than follow a Justice Department order to drop bribery charges against an Ohio state senator, according to a letter she sent to the deputy attorney general and two people familiar with the matter.
  > document | letter | a letter she sent to the deputy attorney general | according to | <
  > anonymous_familiar | familiar | two people familiar with the matter | according to | <
The prosecutor, Helen Marsh, had led the office since January and had personally signed the indictment of State Senator Carl Brandt, a Republican from Lorain County, last fall.
In the two-page letter, which was reviewed by The Chronicle, Ms. Marsh wrote that the order was "not one I can carry out consistent with my oath."
  > named_official | marsh | Ms. Marsh | wrote | >
She added that she had seen "no new evidence, and no weakness in the old evidence," that would justify a dismissal.
  > named_official | marsh | She | added | >

The indictment accuses Mr. Brandt, 58, of accepting $240,000 routed through a consulting firm in exchange for steering a state prison food contract to a company owned by a campaign donor.
  > document | indictment | The indictment | accuses | >
He has pleaded not guilty.
The order came from Emil Sauer, the principal associate deputy attorney general, who wrote in a memo on Tuesday that the case rested "on an aggressive theory of bribery that the department no longer endorses."
  > named_official | sauer | Emil Sauer, the principal associate deputy attorney general | wrote in a memo on Tuesday | >
The memo also directed the office to return seized business records to Mr. Brandt's consulting firm within 30 days.
  > document | memo | The memo | directed | >

A Justice Department spokeswoman, Tara Kwan, said in a statement that the department "makes charging decisions based on the law and the facts, not on the preferences of any individual prosecutor."
  > named_official | kwan | A Justice Department spokeswoman, Tara Kwan | said in a statement | >
She declined to answer questions about Ms. Marsh's letter.
  > declined_comment | kwan | She | declined to answer questions about Ms. Marsh's letter | - | resp=declined
Two current Justice Department officials, who spoke on the condition of anonymity because they were not authorized to discuss internal deliberations, said career lawyers in the department's Public Integrity Section had also objected to the dismissal.
  > anonymous_official | doj-officials | Two current Justice Department officials | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss internal deliberations
One of the officials said at least two lawyers in that section had asked to be taken off the case rather than sign the motion.
  > anonymous_official | doj-officials | One of the officials | said | >

Mr. Brandt's lawyer, Victor Olsson, said his client was "grateful that someone in Washington finally read the file."
  > named_official | olsson | Mr. Brandt's lawyer, Victor Olsson | said | >
"This case should never have been brought," Mr. Olsson said in a phone interview.
  > named_official | olsson | Mr. Olsson | said in a phone interview | <
"Senator Brandt did consulting work, he was paid for it, and he paid taxes on it."
  > named_official | olsson | Mr. Olsson | - | *
Mr. Olsson would not say whether he or his client had been in contact with anyone at the department about the case.
  > declined_comment | olsson | Mr. Olsson | would not say | - | resp=declined
The senator himself could not be reached on Thursday.
  > declined_comment | brandt | The senator himself | could not be reached | - | resp=unreachable

Two other senior federal prosecutors, in Minnesota and Arizona, have resigned this year after being ordered to drop cases, The Chronicle has reported.
  > media_report | chronicle | The Chronicle | has reported | <
Critics of the department say the pattern is eroding the independence of the 93 U.S. attorney's offices.
  > anonymous_other | critics | Critics of the department | say | >
"It sends a message to every line prosecutor that the case you spent two years building can vanish with one memo," said Dana Whitfield, a former federal prosecutor in Chicago who now teaches at Loyola University.
  > named_person | whitfield | Dana Whitfield, a former federal prosecutor in Chicago who now teaches at Loyola University | said | <

Ms. Marsh's deputy, Ray Dillard, is now running the office.
Whether Mr. Dillard will sign the motion to dismiss is unclear; a person close to him said he had not decided.
  > anonymous_familiar | close-dillard | a person close to him | said | >
Judge Ann Petrakis, who is presiding over the case, must approve any dismissal.
In an order on Thursday evening, she directed the government to explain by May 30 why the charges should be dropped.
  > named_official | petrakis | she | directed | >

@excluded
A version of this article appears in print on May 23, Section A, Page 14, with the headline: Prosecutor Quits Over Order To Drop Case.
Read 214 Comments
''')

ARTICLES.append(r'''
@id ag-federal-grant-freeze-albuquerque
@style federal_grant_freeze
A federal freeze on crime victim grants has shelters cutting counselors

ALBUQUERQUE, N.M. -- Rosa Delgado has run the Sandia Crisis Center for 14 years, and she says she has never had to do what she did last week: lay off four of her nine counselors.
  > named_official | delgado | she | says | >
"We are answering the hotline with volunteers right now," Delgado says.
  > named_official | delgado | Delgado | says | <
"Some nights, nobody answers it."
  > named_official | delgado | Delgado | - | *

The center is one of about 40 organizations in New Mexico that have not received money from the federal Victims of Crime Act fund since the Justice Department paused payments in March.
In a notice posted to its website, the department's Office for Victims of Crime says the pause is needed to "review all active awards for alignment with current priorities."
  > named_organization | ovc | the department's Office for Victims of Crime | says | >
A Justice Department spokesperson did not respond to three emails from Rio Grande Public Radio asking when payments would resume.
  > declined_comment | doj | A Justice Department spokesperson | did not respond to three emails from Rio Grande Public Radio | - | resp=no_response

State officials say they are just as much in the dark.
  > anonymous_official | state-officials | State officials | say | >
Marisol Vega, who directs the state Crime Victims Reparation Commission, says the state has fronted $1.2 million from its own budget to keep the largest shelters open.
  > named_official | vega | Marisol Vega, who directs the state Crime Victims Reparation Commission | says | >
"That money runs out in June," she says.
  > named_official | vega | she | says | <
"After that, I don't have another drawer to open."
  > named_official | vega | Vega | - | *
An official at the commission, who asked not to be named because she was not authorized to speak to the press, says federal program managers told the state in a March 14 video call that the pause would last "a few weeks."
  > anonymous_official | commission-official | An official at the commission | says | > | anon=who asked not to be named because she was not authorized to speak to the press
The official says the state has heard nothing since.
  > anonymous_official | commission-official | The official | says | >

Federal data show the fund has about $2.3 billion on hand, the most in five years.
  > document | data | Federal data | show | >
Congress sets how much of it can be spent each year, and lawmakers from both parties have called for the money to be released.
Sen. Laura Quintana, a New Mexico Democrat, wrote in a letter to the attorney general last month that the freeze was "putting lives at risk for no stated reason."
  > named_official | quintana | Sen. Laura Quintana, a New Mexico Democrat | wrote in a letter to the attorney general last month | >
Her office says it has not received a reply.
  > named_organization | quintana-office | Her office | says | >

Some advocates suspect the freeze is aimed at grantees that serve immigrants.
  > anonymous_other | advocates | Some advocates | suspect | >
There is nothing in the department's notice about immigration, and Delgado says her center has never been told which "priorities" it might be failing.
  > named_official | delgado | Delgado | says | >
For now, she says, the center has stopped taking new clients from outside Bernalillo County.
  > named_official | delgado | she | says | For now ;; the center has stopped taking new clients from outside Bernalillo County
Two of the laid-off counselors have already taken jobs in Texas.
A third, Alma Ruiz, was told to leave her office keys at the front desk on her last day.
"I understand why," Ruiz says.
  > named_person | ruiz | Ruiz | says | <
"I just don't understand who decided it."
  > named_person | ruiz | Ruiz | - | *

@excluded
Copyright 2025 Rio Grande Public Radio. To see more, visit rgpr.example.org.
Support local journalism. Become a member today.
''')

ARTICLES.append(r'''
@id ag-no-confidence-vote-dravnik
@style no_confidence_vote
Kalvenian government falls in no-confidence vote; president to begin talks with parties Friday, aide says
  > anonymous_official | aide | aide | says | president to begin talks with parties Friday | count=1

DRAVNIK, Kalvenia -- Kalvenia's coalition government collapsed on Wednesday when parliament passed a motion of no confidence by 104 votes to 91, ending Prime Minister Teodor Vasak's 19-month tenure amid a dispute over pension cuts.
The motion, brought by the opposition Civic Union, won the backing of 11 deputies from the Farmers' Party, the junior coalition partner, which quit the government last week.
"The government has lost its majority and it has lost the trust of the people," Civic Union leader Ana Morevska told parliament before the vote.
  > named_official | morevska | Civic Union leader Ana Morevska | told parliament | <
"It should have the decency to admit both."
  > named_official | morevska | Morevska | - | *

Vasak, 61, said in a televised address that he would stay on as caretaker prime minister until a new government was formed.
  > named_official | vasak | Vasak | said in a televised address | >
He accused the Farmers' Party of "choosing the cameras over the country" and said he had "no regrets" about the pension bill.
  > named_official | vasak | He | accused | the Farmers' Party of "choosing the cameras over the country"
  > named_official | vasak | He | said | he had "no regrets" about the pension bill
President Irena Halloway now has 30 days to ask a party leader to try to form a government.
Halloway's office declined to comment on the timing of the consultations.
  > declined_comment | halloway-office | Halloway's office | declined to comment on the timing of the consultations | - | resp=declined
An aide to Halloway, speaking on condition of anonymity because the president had not yet made a public statement, said she would begin meeting party leaders on Friday.
  > anonymous_official | aide | An aide to Halloway | said | > | anon=speaking on condition of anonymity because the president had not yet made a public statement
The aide said a snap election, which would be the third in four years, was "the last option, not the first."
  > anonymous_official | aide | The aide | said | >

Kalvenia owes about 6.8 billion euros to the International Monetary Fund under a rescue program agreed in 2023.
The IMF said in a statement that its staff "remain engaged with the Kalvenian authorities" and that the next review of the program, due in July, would go ahead as planned.
  > named_organization | imf | The IMF | said in a statement | >
A senior finance ministry official told Continental Press that a payment of about 400 million euros from the fund, expected in August, could be delayed if no government was in place to pass the pension bill.
  > anonymous_official | finance-official | A senior finance ministry official | told Continental Press | >
The country's 10-year bond yield rose 38 basis points to 7.4 percent after the vote, according to data from the Dravnik Stock Exchange.
  > document | exchange-data | data from the Dravnik Stock Exchange | according to | <

Analysts said the most likely outcome was a minority government led by the Civic Union with the Farmers' Party supporting it from outside the cabinet.
  > anonymous_other | analysts | Analysts | said | >
"Morevska has the numbers, but only if she swallows the pension bill she just brought down a government over," said Piotr Alder, a political analyst at the Dravnik Institute for Public Policy.
  > named_person | alder | Piotr Alder, a political analyst at the Dravnik Institute for Public Policy | said | <
He estimated the chance of an early election at "about one in three."
  > named_person | alder | He | estimated | >
Farmers' Party leader Jan Brodecki, whose defection sealed the vote, did not return calls on Wednesday.
  > declined_comment | brodecki | Farmers' Party leader Jan Brodecki | did not return calls | - | resp=no_response
His party said in a statement that it would "not enter any government that cuts pensions."
  > named_organization | farmers-party | His party | said in a statement | >
Several hundred pensioners gathered outside parliament during the debate, some waving national flags.

@excluded
Reporting by Lena Dorsch; Editing by Mark Feld
''')

ARTICLES.append(r'''
@id ag-treasury-auction-weak-demand-new-york
@style treasury_auction_weak_demand
Treasury's 10-year sale draws weakest demand in two years, dealers stuck with biggest share since 2009

NEW YORK -- A $42 billion sale of 10-year Treasury notes drew the weakest demand in more than two years on Wednesday, leaving primary dealers with the largest share of an auction since at least 2009, according to Treasury Department data.
  > document | treasury-data | Treasury Department data | according to | <
The notes sold at a yield of 4.912%, about 3.1 basis points above where they traded just before the 1 p.m. bidding deadline, a gap traders call a "tail."
Dealers, the banks obliged to bid at every auction, were left with 24.6% of the notes, compared with an average of 13% over the past year, the data showed.
  > document | treasury-data | the data | showed | <
The bid-to-cover ratio, a gauge of demand, fell to 2.31 from 2.58 at last month's sale.
Indirect bidders, a group that includes foreign central banks, took 58.9%, the smallest share since February.

"That was ugly, there's no other word for it," said Meredith Tran, head of U.S. rates strategy at Halvorsen Securities in New York.
  > named_person | tran | Meredith Tran, head of U.S. rates strategy at Halvorsen Securities in New York | said | <
"Foreign buyers stepped back, and the market had to find a lower price to clear."
  > named_person | tran | Tran | - | *
She noted that the auction came on a day of heavy corporate bond issuance, which tends to drain demand for Treasuries.
  > named_person | tran | She | noted | >
Yields on the benchmark 10-year note rose to 4.95% after the results, the highest since October, according to data compiled by Marlow Analytics.
  > document | marlow | data compiled by Marlow Analytics | according to | <

The sale came two days after the Treasury raised its estimate of federal borrowing for the July-September quarter by $112 billion, to $1.04 trillion.
A Treasury spokesperson declined to comment on the results.
  > declined_comment | treasury | A Treasury spokesperson | declined to comment on the results | - | resp=declined
Officials are weighing whether to shift more borrowing toward short-term bills at the next quarterly refunding announcement, on Aug. 4, according to two people familiar with the department's deliberations who were not authorized to discuss them publicly.
  > anonymous_familiar | familiar | two people familiar with the department's deliberations | according to | < | anon=who were not authorized to discuss them publicly
Some strategists warned that such a shift would only move the problem.
  > anonymous_other | strategists | Some strategists | warned | >
"Bills have to be rolled over too," said Oskar Lind, chief economist at Corvane Asset Management, which oversees $80 billion.
  > named_person | lind | Oskar Lind, chief economist at Corvane Asset Management, which oversees $80 billion | said | <
"You're not reducing the supply, you're just changing the shape of it," he said.
  > named_person | lind | he | said | <

The Congressional Budget Office estimated in June that deficits would average 6.1% of gross domestic product over the next decade.
  > named_organization | cbo | The Congressional Budget Office | estimated in June | >
Aldgate Ratings said in a report on Monday that rising interest costs were "a growing constraint" on the U.S. credit profile, but it kept the country's AA+ rating unchanged.
  > named_organization | aldgate | Aldgate Ratings | said in a report on Monday | that rising interest costs were "a growing constraint" on the U.S. credit profile
The S&P 500 fell 0.8% in afternoon trading.
The next test for the market comes Thursday, with a $25 billion sale of 30-year bonds.

@excluded
(Reporting by Dana Ocampo; Editing by Phil Reyes)
Related coverage: Dollar edges higher as yields climb
''')

ARTICLES.append(r'''
@id ag-judge-recusal-motion-houston
@style judge_recusal_motion
Judge's wife holds stake in fund backing pipeline rival, Stanhope tells court
  > named_organization | stanhope | Stanhope | tells court | <

HOUSTON -- Stanhope Energy Partners has asked a federal judge in Houston to step aside from its $1.4 billion contract fight with a rival pipeline operator, arguing in a filing Monday that the judge's wife owns shares in a fund that holds a large stake in the rival.
  > named_organization | stanhope | Stanhope Energy Partners | arguing in a filing Monday | that the judge's wife owns shares in a fund that holds a large stake in the rival
The 22-page motion says U.S. District Judge Harold Whitlock's wife, Celia Whitlock, reported holdings of between $250,001 and $500,000 in the Brazos Midstream Income Fund on his most recent financial disclosure report.
  > document | motion | The 22-page motion | says | >
That fund's largest single holding is Red Mesa Pipeline Co., the defendant, according to the motion, which cites the fund's annual report.
  > document | motion | the motion | according to | <
"A reasonable observer, fully informed of these facts, would question the Court's impartiality," Stanhope's lawyers wrote.
  > named_organization | stanhope | Stanhope's lawyers | wrote | <
The motion is signed by Laura Pennington of Baxter Reid LLP.

Whitlock has not ruled on the motion.
A docket entry shows he ordered Red Mesa to respond by June 12.
  > document | docket | A docket entry | shows | >
The request comes three weeks after Whitlock denied Stanhope's bid for a preliminary injunction, writing that the company had "not come close" to showing it would suffer irreparable harm.
  > named_official | whitlock | Whitlock | writing | that the company had "not come close" to showing it would suffer irreparable harm
Red Mesa's lead lawyer, Gordon Achebe of Falk Whitney, called the motion "a transparent attempt at judge shopping" in an email to The Bench Report.
  > named_official | achebe | Red Mesa's lead lawyer, Gordon Achebe of Falk Whitney | called | the motion "a transparent attempt at judge shopping"
"Stanhope knew about these disclosures for months and said nothing until it lost," Achebe wrote.
  > named_official | achebe | Achebe | wrote | <
Judges' financial disclosure reports are public, though they are usually released months after they are filed.
Whitlock's chambers declined to comment, citing the code of conduct for federal judges.
  > declined_comment | chambers | Whitlock's chambers | declined to comment | - | resp=declined
Celia Whitlock, a retired schoolteacher, could not be reached.
  > declined_comment | celia | Celia Whitlock, a retired schoolteacher | could not be reached | - | resp=unreachable

Legal ethics experts said the motion faces long odds.
  > anonymous_other | experts | Legal ethics experts | said | >
The recusal statute requires a judge to step aside when a spouse holds "a financial interest in the subject matter in controversy or in a party to the proceeding."
  > document | statute | The recusal statute | requires | >
But the same law says ownership of a mutual fund is not such an interest unless the judge takes part in managing the fund.
  > document | statute | the same law | says | >
"The mutual fund exception exists precisely for this situation," said Renata Sokol, who teaches judicial ethics at Tulane Law School.
  > named_person | sokol | Renata Sokol, who teaches judicial ethics at Tulane Law School | said | <
She said Stanhope's best hope was a separate claim in the motion: that Celia Whitlock bought most of her shares after the case was filed.
  > named_person | sokol | She | said | >
The disclosure report lists a purchase in the fund in March of last year, two months after Stanhope sued.
  > document | disclosure | The disclosure report | lists | >
That is not to say the purchase was improper, Sokol added, only that it is the kind of fact judges take seriously.
  > named_person | sokol | Sokol | added | That is not to say the purchase was improper ;; only that it is the kind of fact judges take seriously

The case is Stanhope Energy Partners v. Red Mesa Pipeline Co., No. 4:24-cv-01187, in the U.S. District Court for the Southern District of Texas.

@excluded
Correction: An earlier version of this article misstated the amount in dispute. It is $1.4 billion, not $1.2 billion.
Have a tip about the federal courts? Email tips@benchreport.example.
Already a subscriber? Log in
''')

ARTICLES.append(r'''
@id ag-pardon-controversy-jefferson-city
@style pardon_controversy
Governor's pardon of ex-deputy followed top donor's plea, emails show
  > document | emails | emails | show | <

JEFFERSON CITY, Mo. -- Weeks before Missouri Gov. Wade Pruitt pardoned a former sheriff's deputy convicted of beating a handcuffed inmate, one of the governor's largest campaign donors wrote to his chief of staff urging clemency, according to emails obtained by KTN News.
  > document | emails | emails obtained by KTN News | according to | <
The donor, trucking executive Dale Merriman, wrote in a March 3 email that the deputy, Cody Voss, was "a good kid who made one bad call" and that his family "has stood with the Governor from day one."
  > named_person | merriman | The donor, trucking executive Dale Merriman | wrote in a March 3 email | >
Pruitt issued the pardon on April 18, along with 11 others, without announcing it.
Voss had served 14 months of a three-year sentence.

Pruitt's office said in a statement Tuesday that the governor "reviews every clemency application on its merits" and that Merriman's email "played no role."
  > named_organization | pruitt-office | Pruitt's office | said in a statement Tuesday | >
Voss's application was approved in five weeks.
The average wait is more than two years, according to figures from the state Board of Probation and Parole.
  > document | board-figures | figures from the state Board of Probation and Parole | according to | <

The governor was asked about the pardon at an unrelated event in Springfield on Wednesday.
"I stand by it," Pruitt told reporters.
  > named_official | pruitt | Pruitt | told reporters | <
"That young man paid a price, and I think he deserves a chance to get on with his life."
  > named_official | pruitt | Pruitt | - | *
He walked away when asked whether he had spoken to Merriman about the case.
  > declined_comment | pruitt | He | walked away when asked | - | resp=declined

Merriman and his companies have given more than $310,000 to Pruitt's campaigns since 2019, according to state campaign finance records.
  > document | finance-records | state campaign finance records | according to | <
Reached by phone, Merriman said he had written "as a friend of the family, nothing more," and hung up.
  > named_person | merriman | Merriman | said | he had written "as a friend of the family, nothing more,"

The inmate, Marcus Hale, suffered a fractured eye socket in the 2021 beating, which was captured on jail surveillance video, according to court records.
  > document | court-records | court records | according to | <
At Voss's trial, Hale testified that he had "begged them to stop" before losing consciousness.
  > named_person | hale | Hale | testified | >
Hale's lawyer, Andrea Kim, said her client learned of the pardon from a reporter.
  > named_official | kim | Hale's lawyer, Andrea Kim | said | >
"He was never told, never asked, never considered," Kim said.
  > named_official | kim | Kim | said | <
Voss could not be reached for comment, and a lawyer who represented him at trial did not respond to messages.
  > declined_comment | voss | Voss | could not be reached for comment | - | resp=unreachable
  > declined_comment | voss-lawyer | a lawyer who represented him at trial | did not respond to messages | - | resp=no_response

Democrats in the state legislature have called for a hearing on the pardon.
Senate Minority Leader Tasha Grant said the emails showed "exactly what people suspect about how this works in Jefferson City."
  > named_official | grant | Senate Minority Leader Tasha Grant | said | >
The Republican-led Senate has not scheduled one.

@excluded
Photo: Gov. Wade Pruitt speaks to reporters in Springfield on Wednesday. (Lee Carver / KTN)
KTN's Ben Lowry contributed to this report.
''')

ARTICLES.append(r'''
@id ag-super-pac-coordination-complaint-arizona
@style super_pac_coordination_complaint
The Bulletin: Watchdog says Harlan campaign and his super PAC shared a pollster
  > named_organization | cip | Watchdog | says | Harlan campaign and his super PAC shared a pollster

Good morning, and welcome to The Bulletin.
I'm Nora Feld, and today we're starting with a complaint that could become a real headache for Senate candidate Mark Harlan.

The complaint

The Campaign Integrity Project, a nonpartisan watchdog group, filed a complaint with the Federal Election Commission on Monday alleging that Harlan's campaign illegally coordinated with Forward Arizona, the super PAC that has spent $9 million on his behalf.
  > named_organization | cip | The Campaign Integrity Project, a nonpartisan watchdog group | alleging | >
The 31-page complaint says both groups paid the same polling firm, Keystone Analytics, for surveys conducted in the same weeks in March and April.
  > document | complaint | The 31-page complaint | says | >
It points to FEC filings showing that the super PAC then began airing ads that echoed the campaign's own message tests almost word for word.
  > document | complaint | It | points to | >
Coordination is hard to prove, and the FEC, which is short of a quorum again this summer, rarely acts on these complaints quickly.
But a person familiar with Forward Arizona's operations told me the pollster question had come up internally back in May.
  > anonymous_familiar | familiar | a person familiar with Forward Arizona's operations | told me | >
That person said the PAC's lawyers concluded the firm had kept "a proper firewall" between the two clients.
  > anonymous_familiar | familiar | That person | said | >
Keystone's president, Gavin Holt, said in an email that the firm "maintains strict internal separation" among clients and "has complied with every applicable rule."
  > named_official | holt | Keystone's president, Gavin Holt | said in an email | >
The Harlan campaign did not respond to two emails.
  > declined_comment | harlan-campaign | The Harlan campaign | did not respond to two emails | - | resp=no_response
Forward Arizona's spokesman, Drew Pace, sent a one-line statement calling the complaint "a partisan stunt from a partisan group."
  > named_official | pace | Forward Arizona's spokesman, Drew Pace | calling | the complaint "a partisan stunt from a partisan group."
For what it's worth, the group's board includes people from both parties.

What I'm hearing

Two Republican strategists working on other Senate races told me they expect the complaint to linger past November, which is the usual fate of these things.
  > anonymous_other | strategists | Two Republican strategists working on other Senate races | told me | they expect the complaint to linger past November
One of them, who asked not to be named because his firm does work for the national party, said the bigger risk for Harlan is a drip of stories about the PAC, not the FEC.
  > anonymous_other | strategists | One of them | said | > | anon=who asked not to be named because his firm does work for the national party
Democrats are already raising money off the complaint.
A fundraising email from the Arizona Democratic Party on Tuesday called Harlan "bought and paid for" and asked supporters for $5.
  > document | dem-email | A fundraising email from the Arizona Democratic Party on Tuesday | called | Harlan "bought and paid for"

Numbers to know

A Copper State Poll released Thursday found Harlan leading Democrat Elena Ortiz 46% to 44% among likely voters, within the survey's margin of error.
  > document | poll | A Copper State Poll released Thursday | found | >
Forward Arizona has reserved another $4 million in TV time for September, according to data from AdWatch, an ad-tracking firm.
  > document | adwatch | data from AdWatch, an ad-tracking firm | according to | <
That's it for today.

@excluded
Was this newsletter forwarded to you? Sign up here.
Got a tip? Just reply to this email.
''')

ARTICLES.append(r'''
@id ag-contempt-of-congress-referral-interview
@style contempt_of_congress_referral
House panel votes to hold ex-trade envoy in contempt; chairman says Justice Department must act
  > named_official | lindqvist | chairman | says | Justice Department must act

The House Oversight Committee voted 24 to 19 on Tuesday to hold Raymond Okafor, a former deputy U.S. trade representative, in contempt of Congress for defying a subpoena.
The committee wants to know whether Okafor discussed tariff exemptions with a steel importer that later hired him.
  > named_organization | committee | The committee | wants to know | > | nosrc
Okafor's lawyer, Simone Achterberg, has said he is protected by executive privilege.
  > named_official | achterberg | Okafor's lawyer, Simone Achterberg | has said | >
The committee's chairman, Republican Erik Lindqvist of Minnesota, joined us from the Capitol.

MARTINA SOLIS, HOST: Chairman Lindqvist, thanks for being with us.

ERIK LINDQVIST: Thanks for having me.
  > named_official | lindqvist | ERIK LINDQVIST | : | >

SOLIS: Your committee has subpoenaed dozens of people this year.
Why is this one worth a contempt vote?

LINDQVIST: Because he's the only one who didn't show up.
  > named_official | lindqvist | LINDQVIST | : | >
We sent the subpoena in February.
  > named_official | lindqvist | LINDQVIST | - | *
His lawyers wrote back in March and said the president's privilege covered every conversation he had in three years at the trade office.
  > named_official | lindqvist | LINDQVIST | - | *
That's not how privilege works.
  > named_official | lindqvist | LINDQVIST | - | *

SOLIS: The White House counsel's office wrote to your committee last week that Okafor's conversations with the president are privileged.
  > named_organization | wh-counsel | The White House counsel's office | wrote to your committee last week | >
Doesn't that settle it?

LINDQVIST: No.
  > named_official | lindqvist | LINDQVIST | : | >
A letter from a lawyer is not a court ruling.
  > named_official | lindqvist | LINDQVIST | - | *
And the letter itself concedes that some of the meetings we asked about didn't involve the president at all.
  > named_official | lindqvist | LINDQVIST | - | *

SOLIS: Some of your Democratic colleagues on the committee say this is about embarrassing the administration before the midterms, not about trade policy.
  > anonymous_official | democrats | Some of your Democratic colleagues on the committee | say | >

LINDQVIST: Three Democrats voted with us today.
  > named_official | lindqvist | LINDQVIST | : | >
So I'd push back on that.
  > named_official | lindqvist | LINDQVIST | - | *

SOLIS: If the Justice Department doesn't prosecute, what happens?

LINDQVIST: Then we go to court ourselves, and it takes a year, and that's a year the public doesn't get answers.
  > named_official | lindqvist | LINDQVIST | : | >
The Justice Department should do its job.
  > named_official | lindqvist | LINDQVIST | - | *

SOLIS: Chairman Erik Lindqvist of Minnesota, thank you.

LINDQVIST: Thank you.
  > named_official | lindqvist | LINDQVIST | : | >

A Justice Department spokesman declined to say whether the department would pursue charges.
  > declined_comment | doj | A Justice Department spokesman | declined to say | - | resp=declined
In a statement after the vote, Achterberg said her client "has offered to answer any question that does not touch on his conversations with the president" and that the committee had turned him down.
  > named_official | achterberg | Achterberg | said | >

@excluded
Copyright 2025 Capitol Public Radio. All rights reserved.
This transcript was created on a rush deadline. Accuracy and availability may vary.
''')

ARTICLES.append(r'''
@id ag-sheriff-immigration-agreement-conasauga
@style sheriff_immigration_agreement
Sheriff signs deal to hold immigrants for ICE; county board says it was never told
  > named_organization | board | county board | says | it was never told

DALTON, Ga. -- Conasauga County Sheriff Rick Tolliver has signed an agreement with U.S. Immigration and Customs Enforcement that lets his deputies question jail inmates about their immigration status and hold them for federal agents, a move the county commission says it learned about from a press release.
  > named_organization | board | the county commission | says | a move ;; it learned about from a press release
The agreement, under Section 287(g) of the Immigration and Nationality Act, was signed May 2 and announced by the sheriff's office on Friday.
A copy of the agreement posted on ICE's website says eight deputies will receive four weeks of federal training and that the county will bear the cost of detention for up to 48 hours.
  > document | agreement | A copy of the agreement posted on ICE's website | says | >
Tolliver, a Republican in his third term, said in the release that the program would "make sure dangerous criminals are not released back into our neighborhoods."
  > named_official | tolliver | Tolliver, a Republican in his third term | said in the release | >

In an interview Monday, he said he did not need the commission's approval because the agreement costs the county no new money.
  > named_official | tolliver | he | said | >
"I run the jail," Tolliver said.
  > named_official | tolliver | Tolliver | said | <
"That's the law in Georgia."
  > named_official | tolliver | Tolliver | - | *
He acknowledged that he had not briefed commissioners before signing.
  > named_official | tolliver | He | acknowledged | >
Commission Chairwoman Beth Ann Crowder said the jail's budget, which the commission sets, would have to absorb overtime for deputies in training.
  > named_official | crowder | Commission Chairwoman Beth Ann Crowder | said | >
"Nobody asked us, and nobody told us," she said.
  > named_official | crowder | she | said | <
"I read about it on Facebook like everybody else."
  > named_official | crowder | Crowder | - | *
County Attorney Phil Mabry did not return a call on Monday.
  > declined_comment | mabry | County Attorney Phil Mabry | did not return a call | - | resp=no_response

According to data from the sheriff's office, the jail booked 212 people born outside the United States last year, about 9 percent of all bookings.
  > document | jail-data | data from the sheriff's office | According to | >
A sheriff's office spokeswoman said the office does not track how many of them were in the country illegally.
  > named_organization | sheriffs-office | A sheriff's office spokeswoman | said | >
Some immigrant families in the county have stopped driving to work for fear of traffic stops, according to Luz Ybarra, an organizer with the North Georgia Immigrant Alliance.
  > named_official | ybarra | Luz Ybarra, an organizer with the North Georgia Immigrant Alliance | according to | <
"People are scared to call 911 now," she said.
  > named_official | ybarra | she | said | <
A woman who works at a carpet mill in Dalton, who asked that her name not be used because her husband is undocumented, said the family had stopped going to Mass.
  > anonymous_other | mill-worker | A woman who works at a carpet mill in Dalton | said | > | anon=who asked that her name not be used because her husband is undocumented

An ICE spokesman in Atlanta said the agency has signed such agreements with 31 Georgia sheriffs and that the program "is a force multiplier."
  > named_organization | ice | An ICE spokesman in Atlanta | said | >
Critics say the program encourages racial profiling.
  > anonymous_other | critics | Critics | say | >
Tolliver called that claim "insulting to every deputy in this department."
  > named_official | tolliver | Tolliver | called | that claim "insulting to every deputy in this department."

@excluded
Sign up for our Morning Briefing newsletter.
Comments are closed on this story.
''')

ARTICLES.append(r'''
@id ag-whistleblower-retaliation-suit-denver
@style whistleblower_retaliation_suit
Fired Interior auditor says she was punished for flagging unpaid oil royalties
  > named_person | lutz | Fired Interior auditor | says | she was punished for flagging unpaid oil royalties

DENVER -- A former auditor at the Interior Department says in a federal lawsuit that she was fired last year after warning supervisors that oil companies had underpaid the government by as much as $190 million in royalties from wells on public land in Wyoming and New Mexico.
  > named_person | lutz | A former auditor at the Interior Department | says in a federal lawsuit | >
The lawsuit, filed Tuesday in U.S. District Court in Denver, names the department and two of its managers as defendants.
The auditor, Karen Lutz, worked for 17 years in the Office of Natural Resources Revenue, which collects about $12 billion a year in royalties, rents and bonuses from energy companies, according to the agency's website.
  > document | website | the agency's website | according to | <
According to the complaint, Lutz told her supervisors in a March 2023 memo that three companies had been deducting transportation costs the rules do not allow.
  > document | complaint | the complaint | According to | >
Two months later, the complaint says, she was removed from the audit team, and in October she was fired for what the department called "repeated failures to follow instructions."
  > document | complaint | the complaint | says | Two months later ;; she was removed from the audit team, and in October she was fired for what the department called "repeated failures to follow instructions."

"I was doing exactly what they hired me to do," Lutz said in an interview.
  > named_person | lutz | Lutz | said in an interview | <
"The money belongs to taxpayers.
  > named_person | lutz | Lutz | - | *
Somebody has to ask for it."
  > named_person | lutz | Lutz | - | *
Lutz, 54, said she has applied for more than 30 jobs since she was fired.
  > named_person | lutz | Lutz | said | >
The lawsuit seeks reinstatement, back pay and damages.
The department said it does not comment on pending litigation.
  > declined_comment | interior | The department | said it does not comment on pending litigation | - | resp=declined
An Interior official, who was not authorized to speak publicly about personnel matters and requested anonymity, said Lutz's firing had "nothing to do with royalties" and followed "a long, documented record" of performance problems.
  > anonymous_official | interior-official | An Interior official | said | > | anon=who was not authorized to speak publicly about personnel matters and requested anonymity
Lutz's lawyer, David Amara of the Public Employees Legal Defense Fund, said her performance reviews had rated her "exceeds expectations" in each of the five years before the memo.
  > named_official | amara | Lutz's lawyer, David Amara of the Public Employees Legal Defense Fund | said | >
Copies of the reviews are attached to the lawsuit.

A 2024 report by the Government Accountability Office found that the Interior Department had failed to verify royalty deductions on about a third of the leases it reviewed.
  > document | gao | A 2024 report by the Government Accountability Office | found | >
Rep. Nina Castellano, a Democrat from New Mexico and the top Democrat on the House Natural Resources oversight subcommittee, said Wednesday that she would ask the department's inspector general to review the case.
  > named_official | castellano | Rep. Nina Castellano, a Democrat from New Mexico and the top Democrat on the House Natural Resources oversight subcommittee | said Wednesday | >
A spokesperson for the inspector general's office said it had not received a request and declined to comment further.
  > named_organization | oig | A spokesperson for the inspector general's office | said | it had not received a request
  > declined_comment | oig | A spokesperson for the inspector general's office | declined to comment further | - | resp=declined
The Western Energy Producers Association said in a statement that its members "pay every dollar they owe" and that deductions for transportation are "clearly permitted under federal rules."
  > named_organization | wepa | The Western Energy Producers Association | said in a statement | >

@excluded
Copyright 2025 National Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
''')

ARTICLES.append(r'''
@id ag-currency-peg-crisis-vessen
@style currency_peg_crisis
Ardenia's central bank burns through reserves to defend crown peg

Governor insists the currency board can hold, but traders are betting on a devaluation
  > named_official | hasek | Governor | insists | the currency board can hold

VESSEN -- Ardenia's central bank has spent more than a quarter of its foreign currency reserves in six weeks defending the crown's peg to the euro, according to figures it published on Friday.
  > document | reserve-figures | figures it published on Friday | according to | <
Reserves fell to EUR6.1bn at the end of May from EUR8.4bn in mid-April, the figures showed.
  > document | reserve-figures | the figures | showed | <
"The peg is not up for discussion," Milan Hasek, the central bank's governor, told the Ledger in an interview at the bank's headquarters in Vessen.
  > named_official | hasek | Milan Hasek, the central bank's governor | told the Ledger in an interview | <
"We have the reserves, we have the instruments and, more importantly, we have the political backing."
  > named_official | hasek | Hasek | - | *
He declined to say how far reserves could fall before the bank would seek outside support.
  > declined_comment | hasek | He | declined to say | - | resp=declined

Twelve-month forward contracts imply a devaluation of about 14 per cent, according to calculations by Harwood Capital, a London-based emerging markets fund.
  > document | harwood-calc | calculations by Harwood Capital, a London-based emerging markets fund | according to | <
"The market is telling you it does not believe the governor," said Farah Nadim, a portfolio manager at Harwood.
  > named_person | nadim | Farah Nadim, a portfolio manager at Harwood | said | <
Finance minister Petra Voll said on Thursday that the government would cut spending by 2 per cent of gross domestic product this year to support the currency.
  > named_official | voll | Finance minister Petra Voll | said on Thursday | >
Two people briefed on the government's contacts with the IMF said Ardenia had informally asked the fund about a precautionary credit line.
  > anonymous_familiar | briefed | Two people briefed on the government's contacts with the IMF | said | >
The finance ministry denied any such approach.
  > named_organization | finance-ministry | The finance ministry | denied | >
The IMF declined to comment.
  > declined_comment | imf | The IMF | declined to comment | - | resp=declined
A European Commission official, who spoke on condition of anonymity, said Brussels was "watching closely" but had not been asked for help.
  > anonymous_official | ec-official | A European Commission official | said | >

Ardenian households withdrew about EUR400mn from crown deposits in May, according to the central bank's monthly banking report.
  > document | banking-report | the central bank's monthly banking report | according to | <
Some economists argue that the peg, set in 2009, has left Ardenian exports uncompetitive.
  > anonymous_other | economists | Some economists | argue | >
"Defending a peg is a choice you make every morning," wrote Jonas Berg, chief economist at Nordvik Bank, in a note to clients on Thursday.
  > named_person | berg | Jonas Berg, chief economist at Nordvik Bank | wrote | <
"At some point the cost of the choice exceeds the cost of the alternative."
  > named_person | berg | Berg | - | *
The Ledger reported last month that the ruling coalition was divided over the peg.
  > media_report | ledger | The Ledger | reported last month | >
Opposition leader Dario Kent has called for a referendum on adopting the euro outright.

@excluded
Copyright The Global Ledger Limited 2025. All rights reserved.
Reuse this content
Comments
''')

ARTICLES.append(r'''
@id ag-irs-data-sharing-agreement-washington
@style irs_data_sharing_agreement
IRS agreed to give immigration agents taxpayer addresses despite its lawyers' objections, records show
  > document | records | records | show | <

WASHINGTON -- Senior Internal Revenue Service officials signed an agreement this spring to give Immigration and Customs Enforcement the home addresses of taxpayers suspected of being in the country illegally, even after the agency's own lawyers warned in writing that the arrangement could violate federal privacy law, according to internal emails and memos obtained by Open Record.
  > document | records | internal emails and memos obtained by Open Record | according to | <
The memorandum of understanding, signed April 7, allows ICE to submit the names and last known addresses of people under final deportation orders and requires the IRS to confirm or correct the addresses within 30 days.
  > document | mou | The memorandum of understanding, signed April 7 | allows | ICE to submit the names and last known addresses of people under final deportation orders
  > document | mou | The memorandum of understanding, signed April 7 | requires | the IRS to confirm or correct the addresses within 30 days
In a March 12 memo, a lawyer in the IRS Office of Chief Counsel wrote that Section 6103 of the tax code permits disclosure only for "a specifically designated" criminal investigation and that a blanket request "does not appear to meet that standard."
  > anonymous_official | counsel-lawyer | a lawyer in the IRS Office of Chief Counsel | wrote | >
The lawyer's name is redacted in the copy Open Record obtained.
Another email, sent by a deputy commissioner on March 20, says the agency's leadership had "reviewed counsel's concerns" and decided to proceed.
  > document | deputy-email | Another email, sent by a deputy commissioner on March 20 | says | >

The IRS said in a statement that the agreement "fully complies with Section 6103" and contains "strong safeguards" against misuse.
  > named_organization | irs | The IRS | said in a statement | >
It did not answer written questions about the March memo or say how many addresses had been shared so far.
  > declined_comment | irs | It | did not answer written questions about the March memo | - | resp=no_response
ICE referred questions to the Department of Homeland Security, which did not respond.
  > declined_comment | ice | ICE | referred questions to the Department of Homeland Security | - | resp=declined
  > declined_comment | dhs | the Department of Homeland Security | did not respond | - | resp=no_response

Three current and former IRS officials said ICE's first request sought data on as many as 700,000 people.
  > anonymous_official | irs-officials | Three current and former IRS officials | said | >
Two of them said the number was later cut to about 40,000 after objections from career staff.
  > anonymous_official | irs-officials | Two of them | said | >
The officials spoke on the condition of anonymity because they feared retaliation.
A person familiar with the negotiations said the Treasury Department's general counsel personally approved the final language.
  > anonymous_familiar | familiar | A person familiar with the negotiations | said | >
The Treasury Department did not respond to a request for comment.
  > declined_comment | treasury | The Treasury Department | did not respond to a request for comment | - | resp=no_response

"Section 6103 was written after Watergate precisely so that no administration could turn tax returns into a tool for something else," said Leonard Basch, a former IRS attorney who now teaches tax law at Georgetown University.
  > named_person | basch | Leonard Basch, a former IRS attorney who now teaches tax law at Georgetown University | said | <
"You can disagree with the policy, but you can't pretend the statute isn't there."
  > named_person | basch | Basch | - | *
Immigrant advocacy groups have warned that the agreement will discourage undocumented immigrants from filing taxes, which many of them do using individual taxpayer identification numbers.
  > anonymous_other | advocacy-groups | Immigrant advocacy groups | have warned | that the agreement will discourage undocumented immigrants from filing taxes
The Center for Fiscal Research, a nonpartisan think tank, estimated last year that undocumented immigrants paid about $97 billion in federal, state and local taxes in 2022.
  > named_organization | cfr | The Center for Fiscal Research, a nonpartisan think tank | estimated last year | >

@excluded
Editor's note: Open Record is a nonprofit newsroom. Read more about our funding and editorial independence.
Do you have information about the IRS? Contact us securely.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
