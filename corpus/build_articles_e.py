"""Build corpus/articles/e.jsonl: invented news articles annotated by hand as a third CHECK set.

Written (ninth session) by helpers who never ran the tool on them, after the errors of the
d set had been read to choose rules: twelve more styles, each article with anonymous
officials, people familiar, documents, media reports, non-answers, quotes over sentences and
people mentioned in varied ways. Nothing is trained or tuned on them. Same line format and
builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_e.py [--render]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "e.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id e-breaking-tolberton-derailment
@style breaking_news
Freight train derails on Iowa river bridge, forcing hundreds from homes as ammonia leaks, fire chief says
  > named_official | petrakis | fire chief | says | Freight train derails on Iowa river bridge, forcing hundreds from homes as ammonia leaks

TOLBERTON, Iowa -- A freight train carrying grain, lumber and tank cars of anhydrous ammonia derailed on a bridge over the Carrow River on Tuesday morning, sending 17 cars off the tracks and forcing about 600 people from their homes, Fire Chief Dwayne Petrakis said.
  > named_official | petrakis | Fire Chief Dwayne Petrakis | said | <
Two crew members were taken to a hospital with minor injuries, and no one else was hurt, he said.
  > named_official | petrakis | he | said | <

Petrakis told reporters at a staging area outside Tolberton High School that one of the tank cars was leaking ammonia from a damaged valve and that hazardous materials crews were trying to seal it.
  > named_official | petrakis | Petrakis | told reporters | that one of the tank cars was leaking ammonia from a damaged valve and that hazardous materials crews were trying to seal it
"Nobody goes back into that zone until the air readings say so," he said.
  > named_official | petrakis | he | said | <
"I would rather have people angry at me tonight than sick tomorrow."
  > named_official | petrakis | he | - | *
Police Chief Lorna Vedder said officers had gone door to door in the evacuation zone, which stretches about a mile east of the river, and that a shelter had opened at the Tolberton Community Center.
  > named_official | vedder | Police Chief Lorna Vedder | said | >

The train, operated by the Great Prairie and Western Railroad, was traveling from Sioux City to Chicago with two locomotives and 96 cars, the railroad said in a statement.
  > named_organization | gpw | the railroad | said in a statement | <
The company said it had sent hazardous materials specialists to the site and was working "around the clock" with local responders.
  > named_organization | gpw | The company | said | >
A railroad spokeswoman, Celia Brandauer, declined to say how fast the train had been moving or when the bridge was last inspected.
  > declined_comment | brandauer | A railroad spokeswoman, Celia Brandauer | declined to say how fast the train had been moving or when the bridge was last inspected | - | resp=declined
The union that represents the railroad's engineers and conductors could not be reached for comment.
  > declined_comment | union | The union that represents the railroad's engineers and conductors | could not be reached for comment | - | resp=unreachable

"It sounded like a hundred car wrecks, one right after the other," said Maxine Sorvik, who lives two blocks from the tracks.
  > named_person | sorvik | Maxine Sorvik, who lives two blocks from the tracks | said | <
"Then the smell came in through the windows, and my eyes started burning," she said.
  > named_person | sorvik | she | said | <
A truck driver who was stopped at a crossing south of the bridge said he watched the middle of the train "fold up like an accordion" as it reached the far bank.
  > named_person | amsel | A truck driver who was stopped at a crossing south of the bridge | said | >
The driver, Virgil Amsel, 52, said the train did not appear to be going unusually fast.
  > named_person | amsel | The driver, Virgil Amsel, 52 | said | >
One witness said at least three cars had slid down the embankment into the river.
  > anonymous_other | witness | One witness | said | >

The National Transportation Safety Board said it was sending a team of 14 investigators to Tolberton, led by board member Rosalind Teague.
  > named_organization | ntsb | The National Transportation Safety Board | said | >
Investigators will examine the bridge, built in 1911, as well as the train's event recorder and the maintenance history of its cars, the agency said.
  > named_organization | ntsb | the agency | said | <

Air monitors detected ammonia about half a mile downwind of the bridge by early afternoon, according to a state emergency management official, who spoke on the condition of anonymity because the official was not authorized to discuss the response.
  > anonymous_official | state-official | a state emergency management official | according to | < | anon=who spoke on the condition of anonymity because the official was not authorized to discuss the response
The official said the levels were below those considered dangerous but had been rising slowly.
  > anonymous_official | state-official | The official | said | >

A federal inspection in April found cracked ties and a worn rail joint on the bridge's eastern approach, according to two people familiar with the railroad's inspection records.
  > anonymous_familiar | familiar | two people familiar with the railroad's inspection records | according to | <
The people, who asked not to be named because the records are not public, said the railroad reported in June that the defects had been repaired.
  > anonymous_familiar | familiar | The people | said | > | anon=who asked not to be named because the records are not public
Federal Railroad Administration data show that Great Prairie and Western has reported 31 derailments on its main lines in the past five years.
  > document | fra-data | Federal Railroad Administration data | show | >
The railroad had planned to replace the bridge's steel deck in 2027 as part of a $90 million upgrade of the line.
  > named_organization | gpw | The railroad | had planned | to replace the bridge's steel deck in 2027 as part of a $90 million upgrade of the line | nosrc

Rail safety advocates have long argued that aging bridges on smaller railroads receive too little federal scrutiny.
  > anonymous_other | advocates | Rail safety advocates | have long argued | >
The Carrow Valley Register reported on Tuesday afternoon that the same bridge was closed for two days in 2022 after floodwater damaged one of its piers.
  > media_report | register | The Carrow Valley Register | reported | that the same bridge was closed for two days in 2022 after floodwater damaged one of its piers
''')

ARTICLES.append(r'''
@id e-economy-vesteria-rate-increase
@style economy_markets
Vesteria's central bank raises rates for fifth time and signals more to come as inflation lingers

HALVIK, Vesteria -- The Bank of Vesteria raised its benchmark interest rate by a quarter of a percentage point on Thursday, to 4.5 percent, its fifth increase in a year, and said borrowing costs would probably have to rise again before the summer.
  > named_organization | bov | The Bank of Vesteria | said | borrowing costs would probably have to rise again before the summer
In a statement, the bank said inflation had "proved more stubborn than expected," driven by rents and the price of services.
  > named_organization | bov | the bank | said | >
Consumer prices rose 4.1 percent in the 12 months through January, according to figures released last week by Statistics Vesteria, the national statistics office.
  > document | cpi-figures | figures released last week by Statistics Vesteria, the national statistics office | according to | <
The bank had hoped to end its run of increases by the end of last year, before a surge in electricity prices in the autumn pushed inflation back up.
  > named_organization | bov | The bank | had hoped | to end its run of increases by the end of last year | nosrc

Governor Henrike Marhaug told reporters after the decision that the bank would not "declare victory on the strength of one good month."
  > named_official | marhaug | Governor Henrike Marhaug | told reporters | that the bank would not "declare victory on the strength of one good month."
"We have made real progress, and we are not going to throw it away by stopping too early," Marhaug said.
  > named_official | marhaug | Marhaug | said | <
"The last mile is always the hardest."
  > named_official | marhaug | Marhaug | - | *
She declined to say how many more increases the bank expected, saying only that decisions would be made "meeting by meeting."
  > declined_comment | marhaug | She | declined to say how many more increases the bank expected | - | resp=declined
  > named_official | marhaug | She | saying | decisions would be made "meeting by meeting."

The increase was widely expected.
The business daily Kronbladet reported on Monday that 19 of 24 economists it surveyed had predicted a quarter-point rise.
  > media_report | kronbladet | The business daily Kronbladet | reported | that 19 of 24 economists it surveyed had predicted a quarter-point rise
The vester crown rose 0.7 percent against the euro after the announcement, and the yield on two-year government bonds climbed to its highest level since 2008.

The vote of the bank's seven-member monetary policy board was not unanimous, according to two people familiar with the board's deliberations.
  > anonymous_familiar | familiar | two people familiar with the board's deliberations | according to | <
The people, who spoke on the condition of anonymity because the bank does not publish its votes until six weeks after each meeting, said two members had argued for holding rates steady.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because the bank does not publish its votes until six weeks after each meeting
One of them said the debate had been the sharpest since Marhaug took office in 2021.
  > anonymous_familiar | familiar | One of them | said | >

A member of the board who has questioned the pace of increases warned in a speech last month that the bank risked "tightening into a slowdown it helped create."
  > named_official | kjeldsen | A member of the board who has questioned the pace of increases | warned | that the bank risked "tightening into a slowdown it helped create."
The board member, Deputy Governor Oskar Kjeldsen, said in the same speech that unemployment among workers under 25 had risen for six straight months.
  > named_official | kjeldsen | The board member, Deputy Governor Oskar Kjeldsen | said | that unemployment among workers under 25 had risen for six straight months
Kjeldsen did not respond to a request for an interview.
  > declined_comment | kjeldsen | Kjeldsen | did not respond to a request for an interview | - | resp=no_response

Finance Minister Birgit Saari, whose government faces an election in September, said on Thursday that she respected the bank's independence.
  > named_official | saari | Finance Minister Birgit Saari, whose government faces an election in September | said | that she respected the bank's independence
But a senior Finance Ministry official, who spoke on the condition of anonymity because the government does not publicly comment on rate decisions, said the ministry had hoped for a pause.
  > anonymous_official | ministry-official | a senior Finance Ministry official | said | > | anon=who spoke on the condition of anonymity because the government does not publicly comment on rate decisions

"The bank is telling you it cares more about inflation than about the election calendar," said Pia Lundqvist, chief economist at Nordhavn Bank.
  > named_person | lundqvist | Pia Lundqvist, chief economist at Nordhavn Bank | said | <
She said she now expected two more increases this year.
  > named_person | lundqvist | She | said | >
Some economists have questioned whether higher rates can do much about rents, which have been driven up by a shortage of new housing.
  > anonymous_other | economists | Some economists | have questioned | >
The Vesterian Federation of Industry said in a statement that the increase would "choke off" investment at a time when factory orders were already falling.
  > named_organization | federation | The Vesterian Federation of Industry | said in a statement | >
Factory orders fell 2.3 percent in the fourth quarter, according to separate figures from the statistics office.
  > document | factory-figures | separate figures from the statistics office | according to | <
''')

ARTICLES.append(r'''
@id e-immigration-asylum-work-permits
@style immigration_policy
U.S. to stop renewing work permits for some asylum seekers, notice shows
  > document | notice | notice | shows | U.S. to stop renewing work permits for some asylum seekers

WASHINGTON -- The Department of Homeland Security will stop renewing work permits for asylum seekers whose cases have been pending for more than three years, a change that could leave as many as 340,000 people unable to work legally by the end of next year, according to a notice scheduled to be published in the Federal Register on Monday.
  > document | notice | a notice scheduled to be published in the Federal Register on Monday | according to | <
The notice says the permits will lapse on their current end dates and that people whose cases remain unresolved may apply again only after an immigration judge has heard their claims.
  > document | notice | The notice | says | >

The department said in a statement on Friday that the change would "restore the integrity" of the asylum system by removing an incentive to file weak claims in order to obtain a job.
  > named_organization | dhs | The department | said in a statement | that the change would "restore the integrity" of the asylum system by removing an incentive to file weak claims in order to obtain a job
"Asylum was never meant to be a work visa with a waiting list," Marisa Quenneville, the department's assistant secretary for public affairs, said in the statement.
  > named_official | quenneville | Marisa Quenneville, the department's assistant secretary for public affairs | said in the statement | <
Quenneville said people who already hold permits would be able to keep working until the permits expire.
  > named_official | quenneville | Quenneville | said | >
She did not answer questions about how many of the affected cases had been delayed by the government's own backlog.
  > declined_comment | quenneville | She | did not answer questions about how many of the affected cases had been delayed by the government's own backlog | - | resp=declined

The change was drafted over the summer at the direction of the White House, according to two administration officials, who spoke on the condition of anonymity because they were not authorized to discuss internal deliberations.
  > anonymous_official | admin-officials | two administration officials | according to | < | anon=who spoke on the condition of anonymity because they were not authorized to discuss internal deliberations
The officials said lawyers at U.S. Citizenship and Immigration Services had warned that the rule was likely to be challenged because it skipped the usual period for public comment.
  > anonymous_official | admin-officials | The officials | said | >
One of the officials said the department had meant to announce the change in October but held it back while it hired more immigration judges.
  > anonymous_official | admin-officials | One of the officials | said | >
The White House declined to comment.
  > declined_comment | white-house | The White House | declined to comment | - | resp=declined
The administration has sought for more than a year to shrink the backlog in the immigration courts, which now exceeds two million cases.
  > named_organization | administration | The administration | has sought | to shrink the backlog in the immigration courts | nosrc

Hours after the notice was posted online, a coalition of immigrant advocacy groups led by the Cascadia Immigrant Defense Project asked a federal judge in Seattle to block the change, according to court filings.
  > document | filings | court filings | according to | <
The filing argues that the department cannot cut off permits it has already approved without first giving the public a chance to comment.
  > document | filings | The filing | argues | >
"These are people who did everything the government asked of them, and now the government is changing the rules in the middle of the game," said Yusuf Albarran, the group's legal director.
  > named_official | albarran | Yusuf Albarran, the group's legal director | said | <
"They will lose their jobs, and employers will lose workers they spent years training."
  > named_official | albarran | Yusuf Albarran, the group's legal director | - | *

A home health aide in Houston who fled Honduras in 2019 said her permit, which she has renewed twice, expires in April.
  > named_person | amador | A home health aide in Houston who fled Honduras in 2019 | said | >
The woman, Dilcia Amador, 41, said her asylum hearing had been postponed four times, each time by the court.
  > named_person | amador | The woman, Dilcia Amador, 41 | said | >
"I pay taxes, I take care of old people, and I am waiting for a judge," she said.
  > named_person | amador | she | said | <

Critics of the rule, including some employers in home care and meatpacking, say it will worsen labor shortages in industries that already struggle to hire.
  > anonymous_other | critics | Critics of the rule, including some employers in home care and meatpacking | say | >
Sen. Everett Fairbrook of Arizona, a Republican who has pushed for stricter asylum rules, said in a statement that the change was "long overdue."
  > named_official | fairbrook | Sen. Everett Fairbrook of Arizona, a Republican who has pushed for stricter asylum rules | said in a statement | >
The Potomac Dispatch reported last month that the White House had pressed the department to act before the midterm elections.
  > media_report | dispatch | The Potomac Dispatch | reported | that the White House had pressed the department to act before the midterm elections
U.S. Citizenship and Immigration Services, which processes the permits, did not respond to a request for comment on Friday.
  > declined_comment | uscis | U.S. Citizenship and Immigration Services, which processes the permits | did not respond to a request for comment | - | resp=no_response
''')

ARTICLES.append(r'''
@id e-obituary-larkspur-falls-vantreese
@style obituary_profile
Cornelius Vantreese, hardware dealer who led Larkspur Falls through its worst flood, dies at 88

LARKSPUR FALLS, Vt. -- Cornelius Vantreese, who ran his family's hardware store on Mill Street for more than four decades and served three terms as mayor of Larkspur Falls, including the spring of 1987 when the Sable River swept away half of downtown, died on Sunday at his home.
He was 88.
The cause was complications of pneumonia, said his daughter, Joanna Pruden.
  > named_person | pruden | his daughter, Joanna Pruden | said | <

Vantreese took over Vantreese Hardware from his father in 1961 and ran it until 2015, when he sold it to Tallgrass Supply, a regional chain.
He had wanted the store to stay in the family, but none of his three children chose to run it.
  > named_official | vantreese | He | had wanted | the store to stay in the family | nosrc
City records show that he was elected mayor in 1983, 1985 and 1987, each time by fewer than 200 votes.
  > document | records | City records | show | >

When the Sable River crested at 19 feet in April 1987, he opened the store to anyone who needed shovels, pumps or lumber and kept a handwritten list of what they took, according to a 1987 account in The Larkspur Sentinel.
  > media_report | sentinel | a 1987 account in The Larkspur Sentinel | according to | <
The newspaper reported that fewer than a third of those debts were ever paid, and that he never asked for the rest.
  > media_report | sentinel | The newspaper | reported | >
"You don't send a bill to a man whose living room is in the river," Vantreese said in a 2012 interview with the Sentinel.
  > named_official | vantreese | Vantreese | said in a 2012 interview | <
"I figured I'd be paid back in other ways, and I was."
  > named_official | vantreese | Vantreese | - | *

His daughter said he kept working the store's counter on Saturdays well into his 70s, long after he had handed day-to-day management to a longtime employee.
  > named_person | pruden | His daughter | said | >
"He knew every customer's name and what was wrong with their furnace," she said.
  > named_person | pruden | she | said | <
"Retirement was the one project he never figured out."
  > named_person | pruden | she | - | *
A former employee who worked beside him for 31 years said Vantreese once drove 40 miles through a snowstorm to deliver a part for a dairy farmer's broken milking pump.
  > named_person | dunmire | A former employee who worked beside him for 31 years | said | >
The employee, Rafael Dunmire, now 70, said the farmer paid for the part with a wheel of cheddar.
  > named_person | dunmire | The employee, Rafael Dunmire, now 70 | said | >

Mayor Beatrix Cullen said in a statement that flags at City Hall would fly at half-staff through the end of the week.
  > named_official | cullen | Mayor Beatrix Cullen | said in a statement | >
The city plans to name its new flood wall along the river after him, according to a city official, who spoke on the condition of anonymity because the City Council has not yet voted on the proposal.
  > anonymous_official | city-official | a city official | according to | < | anon=who spoke on the condition of anonymity because the City Council has not yet voted on the proposal

His years in office were not without controversy.
Critics at the time said his decision to rebuild downtown on the same low ground, rather than move it uphill, left the city exposed to the next flood.
  > anonymous_other | critics | Critics at the time | said | >
In a campaign flyer, his rival in the 1987 race, City Council member Lyle Garrick, accused him of "handing out lumber to buy votes."
  > named_official | garrick | his rival in the 1987 race, City Council member Lyle Garrick | accused | him of "handing out lumber to buy votes."
Garrick, now 91, could not be reached for comment.
  > declined_comment | garrick | Garrick, now 91 | could not be reached for comment | - | resp=unreachable

A public memorial will be held in the high school gymnasium in June, according to a person close to the family.
  > anonymous_familiar | close-family | a person close to the family | according to | <
In addition to his daughter, he is survived by two sons, Walter and Hugh; seven grandchildren; and a sister, Ruth Ellender of Burlington.
@excluded
Share this story
Sign up for the Larkspur Falls Daily newsletter
Leave a comment
''')

ARTICLES.append(r'''
@id e-white-house-battery-tariff-split
@style white_house
White House divided over battery tariffs as Treasury warns of price spike, officials say
  > anonymous_official | officials | officials | say | White House divided over battery tariffs as Treasury warns of price spike

WASHINGTON -- The president's top economic advisers are sharply divided over a proposal to impose tariffs of up to 60 percent on imported lithium-ion batteries, with Treasury Secretary Elaine Corvath warning that the move could add thousands of dollars to the price of an electric car, according to three senior administration officials.
  > anonymous_official | officials | three senior administration officials | according to | <
The officials, who spoke on the condition of anonymity because they were not authorized to discuss internal deliberations, said the president was expected to decide before the end of the month.
  > anonymous_official | officials | The officials | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss internal deliberations

Commerce Secretary Desmond Rattigan has argued in public speeches since the spring that cheap imports are undercutting a wave of new battery factories in the South and the Midwest.
  > named_official | rattigan | Commerce Secretary Desmond Rattigan | has argued in public speeches | that cheap imports are undercutting a wave of new battery factories in the South and the Midwest
"We are not going to build an American battery industry and then hand the market to companies that sell below cost," Rattigan said at an event in Kentucky last week.
  > named_official | rattigan | Rattigan | said | <
"Those days are over."
  > named_official | rattigan | Rattigan | - | *

A memo prepared by Treasury economists and circulated to senior White House staff this month estimates that the tariffs would raise the average price of a new electric vehicle by about $2,400 and cost about 18,000 jobs in auto assembly and charger installation.
  > document | memo | A memo prepared by Treasury economists and circulated to senior White House staff this month | estimates | >
The memo, a copy of which was obtained by this newspaper, warns that "retaliation against American agricultural exports is likely within weeks."
  > document | memo | The memo, a copy of which was obtained by this newspaper | warns | >
Corvath has made the same case privately to the president at least twice, one of the officials said.
  > anonymous_official | officials | one of the officials | said | <
A Treasury spokesman, Bastian Aranburu, declined to comment on the memo.
  > declined_comment | aranburu | A Treasury spokesman, Bastian Aranburu | declined to comment on the memo | - | resp=declined

White House press secretary Beatrix Pellerin said on Tuesday that the president "has not made any decision" and welcomed "a vigorous debate among his advisers."
  > named_official | pellerin | White House press secretary Beatrix Pellerin | said | that the president "has not made any decision" and welcomed "a vigorous debate among his advisers."
She declined to say when a decision would come.
  > declined_comment | pellerin | She | declined to say when a decision would come | - | resp=declined

The fight has spilled onto Capitol Hill, where lawmakers from states with new battery plants have lobbied the White House for months.
Sen. Harriet Kolodny, a Tennessee Republican whose state is home to three of the new plants, said in a letter to the president on Monday that the tariffs were needed to "stand with the workers who took a chance on this industry."
  > named_official | kolodny | Sen. Harriet Kolodny, a Tennessee Republican whose state is home to three of the new plants | said in a letter to the president | that the tariffs were needed to "stand with the workers who took a chance on this industry."
Two Senate aides said Republican leaders had privately warned the White House that farm-state senators would oppose any tariff that invited retaliation against soybean and pork exports.
  > anonymous_official | senate-aides | Two Senate aides | said | >
The aides, who requested anonymity to describe private conversations, said at least six Republican senators had signed on to the warning.
  > anonymous_official | senate-aides | The aides | said | > | anon=who requested anonymity to describe private conversations
The Senate majority leader's office did not respond to a request for comment.
  > declined_comment | leader-office | The Senate majority leader's office | did not respond to a request for comment | - | resp=no_response

Earlier this year, the White House had planned to announce the tariffs at a July event in Georgia, but it postponed the event after Corvath objected.
  > named_organization | white-house | the White House | had planned | to announce the tariffs at a July event in Georgia | nosrc
A person familiar with the planning said the event was called off only two days before it was to take place.
  > anonymous_familiar | familiar | A person familiar with the planning | said | >
"Everybody had their flights booked," the person said.
  > anonymous_familiar | familiar | the person | said | <

Industry groups are split as well.
The American Battery Manufacturers Council said in a statement that the tariffs were "overdue," while the Electric Vehicle Dealers Alliance warned that sales would fall sharply.
  > named_organization | abmc | The American Battery Manufacturers Council | said in a statement | that the tariffs were "overdue,"
  > named_organization | evda | the Electric Vehicle Dealers Alliance | warned | that sales would fall sharply
Some economists say the tariffs would do little for domestic factories, which still rely on imported cells and minerals.
  > anonymous_other | economists | Some economists | say | >
"You can't put a wall around the finished product when half of what's inside it comes from the same place," said Marguerite Kowalczyk, a trade economist at the Pembrook Institute, a research group in Washington.
  > named_person | kowalczyk | Marguerite Kowalczyk, a trade economist at the Pembrook Institute, a research group in Washington | said | <

The Capitol Ledger reported last week that Rattigan had threatened to resign if the tariffs were shelved.
  > media_report | capitol-ledger | The Capitol Ledger | reported | that Rattigan had threatened to resign if the tariffs were shelved
A Commerce Department spokeswoman called that report "false" but did not say whether Rattigan had discussed leaving.
  > named_organization | commerce | A Commerce Department spokeswoman | called | that report "false"
  > declined_comment | commerce | A Commerce Department spokeswoman | did not say whether Rattigan had discussed leaving | - | resp=declined
''')

ARTICLES.append(r'''
@id e-pharma-quarrington-kidney-drug
@style pharma_health
FDA rejects Quarrington Bio's kidney drug, citing doubts about trial data, company says
  > named_organization | quarrington | company | says | FDA rejects Quarrington Bio's kidney drug, citing doubts about trial data

CAMBRIDGE, Mass. -- The Food and Drug Administration has declined to approve delvoxiban, an experimental treatment for a rare inherited kidney disease, after concluding that a single late-stage trial did not provide enough evidence that the drug works, its maker, Quarrington Bio, said on Monday.
  > named_organization | quarrington | its maker, Quarrington Bio | said | <
In a letter to the company, the agency asked for a second study, a request that could delay any approval by at least two years, the company said.
  > named_organization | quarrington | the company#2 | said | <
Shares of Quarrington fell 48 percent on Monday, erasing about $1.9 billion in market value.
The drug was meant to slow the loss of kidney function in people with hereditary glomerular sclerosis type 2, or HGS2, a disease that affects about 30,000 Americans and often leads to dialysis by middle age.

The trial, which enrolled 412 patients, found that those taking delvoxiban lost kidney function about 31 percent more slowly over 18 months than those given a placebo, according to results published in March in the journal Renal Medicine Review.
  > document | study | results published in March in the journal Renal Medicine Review | according to | <
But the study also reported that 19 patients in the treatment group dropped out because of liver problems, compared with four in the placebo group.
  > document | study | the study | reported | >
FDA reviewers had questioned whether the benefit was large enough to justify that risk, according to briefing documents the agency posted before an advisory committee meeting in June.
  > document | briefing-docs | briefing documents the agency posted before an advisory committee meeting in June | according to | <

Quarrington's chief executive, Dr. Camille Arnaud-Pryce, said the company would meet with the agency within 30 days to discuss its options.
  > named_official | arnaud-pryce | Quarrington's chief executive, Dr. Camille Arnaud-Pryce | said | >
"We are disappointed, but we are not done," Arnaud-Pryce said on a call with investors.
  > named_official | arnaud-pryce | Arnaud-Pryce | said on a call with investors | <
"Patients with this disease have no approved treatment, and they cannot wait another decade."
  > named_official | arnaud-pryce | Arnaud-Pryce | - | *
She declined to say whether the company had enough cash to pay for a second trial.
  > declined_comment | arnaud-pryce | She | declined to say whether the company had enough cash to pay for a second trial | - | resp=declined
Quarrington had planned to begin selling the drug this fall and had already hired about 150 sales representatives.
  > named_organization | quarrington | Quarrington | had planned | to begin selling the drug this fall | nosrc

An FDA spokeswoman declined to comment, citing the agency's policy of not discussing pending applications.
  > declined_comment | fda | An FDA spokeswoman | declined to comment | - | resp=declined
Two people familiar with the agency's review said senior officials in the FDA's drug center had overruled a reviewer who recommended approval.
  > anonymous_familiar | familiar | Two people familiar with the agency's review | said | >
The people, who spoke on the condition of anonymity because the review is confidential, said the final decision was made by the director of the office that oversees kidney drugs.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because the review is confidential
A former FDA official who worked on kidney drugs said it was unusual, though not unheard of, for the agency to reject a drug for a rare disease after a positive trial.
  > anonymous_official | former-fda | A former FDA official who worked on kidney drugs | said | >

The agency's outside advisory committee voted 7 to 5 in June in favor of approval.
Dr. Helga Amadi, a nephrologist at Lakeshore University Medical Center who served on the committee, said she had voted for the drug but understood the agency's concerns.
  > named_person | amadi | Dr. Helga Amadi, a nephrologist at Lakeshore University Medical Center who served on the committee | said | >
"The liver signal is real, and one trial is a thin basis for putting a drug into tens of thousands of people for life," she said.
  > named_person | amadi | she | said | <
Some patient advocates say the agency has set a bar that small companies working on rare diseases cannot clear.
  > anonymous_other | advocates | Some patient advocates | say | >
The HGS2 Family Alliance, a patient group that helped recruit volunteers for the trial, said in a statement that it was "heartbroken" and would ask the FDA commissioner to review the decision.
  > named_organization | alliance | The HGS2 Family Alliance, a patient group that helped recruit volunteers for the trial | said in a statement | >

A patient in the trial who has taken the drug for more than two years said her kidney function had been stable since she started it.
  > named_person | quist | A patient in the trial who has taken the drug for more than two years | said | >
The patient, Delia Quist, 44, a bookkeeper from Ohio, said she had been told that her supply would continue through an extension study.
  > named_person | quist | The patient, Delia Quist, 44, a bookkeeper from Ohio | said | >
The financial news site BioMarket Wire reported last month that Quarrington had held early talks about a sale to a larger drugmaker.
  > media_report | biomarket | The financial news site BioMarket Wire | reported | that Quarrington had held early talks about a sale to a larger drugmaker
The company did not respond to questions about that report.
  > declined_comment | quarrington | The company | did not respond to questions about that report | - | resp=no_response
''')

ARTICLES.append(r'''
@id e-police-dunhaven-okpara-shooting-video
@style police_accountability
Body camera video shows Dunhaven officer fired seconds after ordering man to the ground
  > document | video | Body camera video | shows | Dunhaven officer fired seconds after ordering man to the ground

DUNHAVEN, Ind. -- A Dunhaven police officer fired four shots at a man running from a traffic stop about three seconds after ordering him to get on the ground, according to body camera footage the Police Department released on Friday.
  > document | video | body camera footage the Police Department released on Friday | according to | <
The man, Terrell Okpara, 27, died at the scene on the night of Sept. 14.
Police have said that Okpara was holding a handgun when he was shot, but the footage, which is dark and shaky, does not clearly show what he was holding.
  > named_organization | dpd | Police | have said | that Okpara was holding a handgun when he was shot
  > document | video | the footage, which is dark and shaky | does not clearly show | what he was holding

In the video, Officer Brody Stansfield can be heard shouting "Get on the ground!" twice as Okpara runs between two parked cars.
  > named_official | stansfield | Officer Brody Stansfield | can be heard shouting | "Get on the ground!"
Stansfield fires as Okpara turns toward him, and a dark object falls from Okpara's right hand onto the pavement.
A handgun was recovered near Okpara's body, the department said in a statement that accompanied the video.
  > named_organization | dpd | the department | said in a statement | <

Police Chief Celeste Besser said at a news conference that Stansfield, a six-year veteran, had been placed on paid administrative leave, as is standard after a shooting.
  > named_official | besser | Police Chief Celeste Besser | said at a news conference | >
"I am not going to tell anyone what to see in this video," Besser said.
  > named_official | besser | Besser | said | <
"We released it so that people can see it for themselves, before anybody has finished deciding what it means."
  > named_official | besser | Besser | - | *
She declined to answer questions about whether Stansfield had switched on his camera before the chase began.
  > declined_comment | besser | She | declined to answer questions about whether Stansfield had switched on his camera before the chase began | - | resp=declined

A lawyer for Okpara's family said the footage contradicted the department's account.
  > named_official | castellane | A lawyer for Okpara's family | said | >
"He was running away, and he was shot in the side," the lawyer, Renard Castellane, said at a news conference outside the family's church.
  > named_official | castellane | the lawyer, Renard Castellane | said at a news conference | <
Castellane said the family had asked the Justice Department to open a civil rights investigation.
  > named_official | castellane | Castellane | said | >
An autopsy report released by the Marlin County coroner's office found that two bullets struck Okpara in the left side and one in the back.
  > document | autopsy | An autopsy report released by the Marlin County coroner's office | found | >

Two witnesses who live on the street said they did not see Okpara point anything at the officer.
  > anonymous_other | witnesses | Two witnesses who live on the street | said | >
One of them, who asked not to be named because she feared retaliation from the police, said Okpara "was just trying to get away."
  > anonymous_other | witnesses | One of them | said | > | anon=who asked not to be named because she feared retaliation from the police
Another neighbor, Augustin Pilecki, 62, said he heard the shots from his kitchen but did not see the shooting.
  > named_person | pilecki | Another neighbor, Augustin Pilecki, 62 | said | >

The Dunhaven Police Benevolent Association, the union that represents the city's officers, said in a statement that Stansfield "acted to protect his own life" and urged the public not to judge him on "a few seconds of video."
  > named_organization | pba | The Dunhaven Police Benevolent Association, the union that represents the city's officers | said in a statement | that Stansfield "acted to protect his own life"
  > named_organization | pba | The Dunhaven Police Benevolent Association, the union that represents the city's officers | urged | the public not to judge him on "a few seconds of video."
The union's president, Ignatius Fennimore, did not return calls on Friday.
  > declined_comment | fennimore | The union's president, Ignatius Fennimore | did not return calls | - | resp=no_response

The Marlin County prosecutor, Cornelius Higbee, will decide whether to charge Stansfield after the state police finish their investigation.
Two law enforcement officials familiar with the investigation said state investigators had also obtained video from a doorbell camera across the street that has not been made public.
  > anonymous_official | le-officials | Two law enforcement officials familiar with the investigation | said | >
The officials, who spoke on the condition of anonymity because the inquiry is continuing, said the doorbell video captured the sound of the shots but only part of the chase.
  > anonymous_official | le-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the inquiry is continuing
Higbee's office declined to comment.
  > declined_comment | higbee-office | Higbee's office | declined to comment | - | resp=declined
The Dunhaven Gazette reported last year that Stansfield had been the subject of two excessive-force complaints, both of which the department found to be unsubstantiated.
  > media_report | gazette | The Dunhaven Gazette | reported | that Stansfield had been the subject of two excessive-force complaints, both of which the department found to be unsubstantiated
@excluded
Watch: Dunhaven police release body camera video (Warning: graphic content)
More local news
Have a news tip? Contact our newsroom.
''')

ARTICLES.append(r'''
@id e-arts-brennard-marenia-sculptures
@style arts_culture
Lakemont museum to return 14 temple sculptures to Marenia after inquiry into their origins

LAKEMONT, Minn. -- The Brennard Museum of Art will return 14 stone and bronze sculptures to the government of Marenia after concluding that they were looted from temples in the country's northern highlands during its civil war in the 1970s, the museum said on Wednesday.
  > named_organization | brennard | the museum | said | <
The pieces, which include a seven-foot sandstone figure of a river goddess that has greeted visitors in the museum's main hall since 1988, are worth an estimated $22 million, according to an appraisal commissioned by the museum's board.
  > document | appraisal | an appraisal commissioned by the museum's board | according to | <

The museum's director, Maurits Verhaegen, said in an interview that its own research had found "no credible path" by which the sculptures could have left Marenia legally.
  > named_official | verhaegen | The museum's director, Maurits Verhaegen | said in an interview | >
"We held on to some of these objects longer than we should have, and we are not going to pretend otherwise," he said.
  > named_official | verhaegen | he | said | <
"The goddess belongs in the valley she came from."
  > named_official | verhaegen | he | - | *

Marenia's culture minister, Ilinca Varosh, called the decision "an act of justice that is forty years late" in a statement posted on the ministry's website.
  > named_official | varosh | Marenia's culture minister, Ilinca Varosh | called | the decision "an act of justice that is forty years late"
Varosh said a delegation from the ministry would travel to Lakemont in the spring to oversee the packing and shipment of the sculptures.
  > named_official | varosh | Varosh | said | >
The Marenian government first asked for the objects' return in 2019, according to letters between the ministry and the museum that were reviewed by this newspaper.
  > document | letters | letters between the ministry and the museum that were reviewed by this newspaper | according to | <
In its first reply, the museum said it had bought the sculptures in good faith from a respected London dealer and saw no reason to doubt their history.
  > named_organization | brennard | the museum | said | >

The dealer, Anselm Kreuzberg, who died in 2004, has since been linked to dozens of objects smuggled out of war zones, according to court filings in two countries.
  > document | filings | court filings in two countries | according to | <
Two curators at the museum, who spoke on the condition of anonymity because they were not authorized to discuss internal matters, said staff members had raised questions about the sculptures' paperwork as early as 2011.
  > anonymous_other | curators | Two curators at the museum | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss internal matters
One of the curators said a memo recommending an investigation of the purchases had been "shelved without a reply" by the previous director.
  > anonymous_other | curators | One of the curators | said | >
That director, Evelyn Strathmore, who retired in 2020, could not be reached for comment.
  > declined_comment | strathmore | That director, Evelyn Strathmore, who retired in 2020 | could not be reached for comment | - | resp=unreachable

The Twin Cities Chronicle reported in January that federal investigators had visited the museum to photograph the sculptures.
  > media_report | chronicle | The Twin Cities Chronicle | reported | that federal investigators had visited the museum to photograph the sculptures
A person familiar with the museum's discussions with federal officials said the board had voted to return the pieces partly to head off a seizure.
  > anonymous_familiar | familiar | A person familiar with the museum's discussions with federal officials | said | >
The person, who asked not to be identified because the board's deliberations were private, said at least two trustees had argued for keeping the goddess on display until a replica could be made.
  > anonymous_familiar | familiar | The person | said | > | anon=who asked not to be identified because the board's deliberations were private
Verhaegen declined to discuss the federal inquiry.
  > declined_comment | verhaegen | Verhaegen | declined to discuss the federal inquiry | - | resp=declined

Museums in the United States and Europe have returned hundreds of objects in recent years as governments have pressed their claims and scholars have combed through the records of dealers.
Some collectors and dealers argue that the returns have gone too far and that objects are often safer in large museums than in the countries that claim them.
  > anonymous_other | collectors | Some collectors and dealers | argue | >
"Every one of these objects has a family, and for a long time museums behaved as if the family didn't exist," said Teodora Blaszczyk, an art historian at Ridgecrest College who studies the trade in looted antiquities.
  > named_person | blaszczyk | Teodora Blaszczyk, an art historian at Ridgecrest College who studies the trade in looted antiquities | said | <
She said the Brennard's decision to publish its research on all 14 objects set a standard that other museums should follow.
  > named_person | blaszczyk | She | said | >

In Marenia, the return of the sculptures has been front-page news.
Marenia's state broadcaster, MRT, reported that the government planned to build a museum at the temple site to house them.
  > media_report | mrt | Marenia's state broadcaster, MRT | reported | that the government planned to build a museum at the temple site to house them
The Brennard will hold a farewell viewing of the sculptures on March 8, the museum said.
  > named_organization | brennard | the museum | said | <
''')

ARTICLES.append(r'''
@id e-war-szaren-varosk-depot-strike
@style war_conflict
Drone strike on fuel depot near Varosk kills 11, Szareni military says
  > named_organization | szaren-mil | Szareni military | says | Drone strike on fuel depot near Varosk kills 11

VAROSK, Szaren -- A drone strike on a fuel depot on the edge of the besieged city of Varosk killed 11 people, most of them civilian truck drivers, and set off fires that burned through the night, Szaren's General Staff said on Sunday.
  > named_organization | szaren-mil | Szaren's General Staff | said | <
The General Staff's spokesman, Col. Viktor Reisz, told reporters in the capital, Damirov, that the drones had been launched from Belvoran territory about 60 miles to the east.
  > named_official | reisz | The General Staff's spokesman, Col. Viktor Reisz | told reporters | that the drones had been launched from Belvoran territory about 60 miles to the east
"They knew exactly what they were hitting, and they knew the drivers sleep in their cabs," Reisz said.
  > named_official | reisz | Reisz | said | <
"This was not a military target by any definition."
  > named_official | reisz | Reisz | - | *
He said air defenses had shot down nine of the 14 drones fired at the area overnight.
  > named_official | reisz | He | said | >

Belvora's Defense Ministry said in a statement that its forces had struck "a fuel and ammunition hub" supplying Szareni units dug in around Varosk and that no civilians had been present.
  > named_organization | belvora-mod | Belvora's Defense Ministry | said in a statement | >
A ministry spokeswoman, Maj. Irina Voskel, later told the state news agency Belnews that Szaren's casualty figures were "invented for foreign audiences."
  > named_official | voskel | A ministry spokeswoman, Maj. Irina Voskel | told | that Szaren's casualty figures were "invented for foreign audiences."
Belnews also reported on Monday that Belvoran troops had taken two villages north of the city, a claim that could not be independently verified.
  > media_report | belnews | Belnews | reported | that Belvoran troops had taken two villages north of the city
Reisz denied that any villages had fallen.
  > named_official | reisz | Reisz | denied | that any villages had fallen

Varosk, a rail junction that was home to about 90,000 people before the war, has been nearly encircled since a cease-fire agreed in March collapsed three weeks ago.
Belvora has moved at least two armored brigades toward the city in the past 10 days, according to two Western officials who have seen intelligence assessments of the fighting.
  > anonymous_official | western-officials | two Western officials who have seen intelligence assessments of the fighting | according to | <
The officials, who spoke on the condition of anonymity because the assessments are classified, said Belvoran commanders appeared to be trying to cut the last paved road into Varosk before the autumn rains.
  > anonymous_official | western-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the assessments are classified
"If that road goes, the city is on its own," one of the officials said.
  > anonymous_official | western-officials | one of the officials | said | <

A report released on Monday by the U.N. human rights office found that at least 340 civilians had been killed in Szaren's eastern provinces since January, most of them by artillery and drones.
  > document | un-report | A report released on Monday by the U.N. human rights office | found | >
The report said both armies had fired heavy weapons into populated areas, including cluster munitions near schools and markets.
  > document | un-report | The report | said | >
The ministry did not respond to questions about the report's findings.
  > declined_comment | belvora-mod | The ministry | did not respond to questions about the report's findings | - | resp=no_response

In Varosk, residents said the depot fire had cut off fuel deliveries to the city's only working hospital.
  > anonymous_other | residents | residents | said | >
"We heard the drones for an hour before the first explosion," said Danil Ostrowek, 52, a truck driver who had been sleeping in his cab near the depot.
  > named_person | ostrowek | Danil Ostrowek, 52, a truck driver who had been sleeping in his cab near the depot | said | <
"Then the sky turned orange and everyone was running."
  > named_person | ostrowek | Danil Ostrowek, 52, a truck driver who had been sleeping in his cab near the depot | - | *
Some residents said they had stopped going to the central market, which has been shelled three times since August.
  > anonymous_other | residents | Some residents | said | >

Envoys from the two countries met secretly last week in a neighboring capital to discuss an exchange of prisoners, according to a person briefed on the talks, who asked not to be identified because neither government has acknowledged the meeting.
  > anonymous_familiar | briefed | a person briefed on the talks | according to | < | anon=who asked not to be identified because neither government has acknowledged the meeting
The person said the talks had ended without an agreement.
  > anonymous_familiar | briefed | The person | said | >
Belvora had expected to take Varosk within weeks when its troops crossed the border in February.
  > named_organization | belvora | Belvora | had expected | to take Varosk within weeks when its troops crossed the border in February | nosrc
Some military analysts say its commanders are now racing to seal off the city before winter.
  > anonymous_other | analysts | Some military analysts | say | >
''')

ARTICLES.append(r'''
@id e-consumer-bramwell-overdraft-refunds
@style personal_finance_consumer
Bramwell Bank charged overdraft fees on purchases customers could cover, regulator says
  > named_organization | commission | regulator | says | Bramwell Bank charged overdraft fees on purchases customers could cover

HARTSVILLE, Ala. -- Bramwell Bank charged customers about $58 million in overdraft fees over four years on debit card purchases that their balances covered when they were made, the state Banking Commission said on Tuesday.
  > named_organization | commission | the state Banking Commission | said | <
The bank agreed to refund the fees to about 310,000 customers and pay a $12 million penalty, according to a consent order signed by both sides.
  > document | consent-order | a consent order signed by both sides | according to | <
Bramwell, which has about 140 branches in Alabama, Georgia and Mississippi, agreed to the order without admitting wrongdoing.

The fees stemmed from the way the bank's systems handled purchases that were approved while a customer had enough money but were settled days later, after other charges had drained the account.
In some cases, the order says, a $4 cup of coffee set off a $36 fee even though the customer's balance had been positive when the card was swiped.
  > document | consent-order | the order | says | In some cases ;; a $4 cup of coffee set off a $36 fee even though the customer's balance had been positive when the card was swiped

The commission's superintendent, Dwayne Holcomb, said at a news conference that banks "cannot build their profits on a timing trick."
  > named_official | holcomb | The commission's superintendent, Dwayne Holcomb | said at a news conference | that banks "cannot build their profits on a timing trick."
He said examiners were reviewing fee practices at four other state-chartered banks.
  > named_official | holcomb | He | said | >

"We are sorry, and we should have caught this sooner," Bramwell's chief executive, Neal Ashcombe, said in a statement.
  > named_official | ashcombe | Bramwell's chief executive, Neal Ashcombe | said in a statement | <
The bank said it had changed its systems in 2023 and that most customers would receive refunds automatically by the end of March.
  > named_organization | bramwell | The bank | said | >

Examiners at the commission first flagged the fees in 2022, but the bank kept charging them for another 14 months, according to two people familiar with the investigation.
  > anonymous_familiar | familiar | two people familiar with the investigation | according to | <
One of the people, who spoke on the condition of anonymity because bank examinations are confidential, said Bramwell executives had argued that the fees were allowed under the customers' account agreements.
  > anonymous_familiar | familiar | One of the people | said | > | anon=who spoke on the condition of anonymity because bank examinations are confidential
A Bramwell spokesman declined to say when executives first learned of the examiners' concerns.
  > declined_comment | bramwell | A Bramwell spokesman | declined to say when executives first learned of the examiners' concerns | - | resp=declined

Shonda Oakes, a home health aide in Saxby, said she paid $288 in overdraft fees in a single month in 2022.
  > named_person | oakes | Shonda Oakes, a home health aide in Saxby | said | >
"I checked my balance before I bought groceries, every single time," Oakes said.
  > named_person | oakes | Oakes | said | <
"They were charging me for money I had."
  > named_person | oakes | Oakes | - | *
She said she closed her account after the bank refused to refund more than two of the fees.
  > named_person | oakes | She | said | >
Other customers have complained for years on consumer review sites that the bank's fee notices arrived only after the money was gone.
  > anonymous_other | customers | Other customers | have complained | that the bank's fee notices arrived only after the money was gone

A former Bramwell branch manager said employees had been told to refund no more than two fees per customer, no matter how many were disputed.
  > named_person | mabe | A former Bramwell branch manager | said | >
The former manager, Tessa Mabe, who left the bank in 2023, said the limit came from a regional office and was never put in writing.
  > named_person | mabe | The former manager, Tessa Mabe, who left the bank in 2023 | said | >

Overdraft and other account fees made up about 9 percent of Bramwell's revenue last year, according to the bank's annual report filed with the Securities and Exchange Commission.
  > document | annual-report | the bank's annual report filed with the Securities and Exchange Commission | according to | <
"The penalty is the small part," said Emmett Farrier, who covers regional banks for the brokerage firm Sutter Vance.
  > named_person | farrier | Emmett Farrier, who covers regional banks for the brokerage firm Sutter Vance | said | <
"What investors will notice is the fee income that goes away."
  > named_person | farrier | Emmett Farrier, who covers regional banks for the brokerage firm Sutter Vance | - | *
Some consumer advocates say the order does not go far enough because it covers only fees charged since 2020.
  > anonymous_other | advocates | Some consumer advocates | say | >
The Hartsville Times-Courier first reported the commission's inquiry in September.
  > media_report | times-courier | The Hartsville Times-Courier | first reported | the commission's inquiry in September
@excluded
Have you been charged an overdraft fee you think was unfair? Tell our consumer team.
Most Read
Sign up for Money Matters, our weekly personal finance newsletter.
''')

ARTICLES.append(r'''
@id e-legislature-minnesota-grocery-liquor-bill
@style state_legislature
Minnesota Senate passes bill to let grocery stores sell wine and liquor

ST. PAUL, Minn. -- The Minnesota Senate voted 36 to 31 on Thursday to let grocery stores, convenience stores and big-box retailers sell wine and liquor, sending the biggest change to the state's alcohol laws in decades to a House where its prospects are uncertain.
Under current law, only licensed liquor stores, many of them owned by cities, may sell anything stronger than beer.

The bill's sponsor, Sen. Hilde Madsen, a Democrat from Harlow Park, said the state's rules had been written for "a world that no longer exists."
  > named_official | madsen | The bill's sponsor, Sen. Hilde Madsen, a Democrat from Harlow Park | said | the state's rules had been written for "a world that no longer exists."
"People can buy a chain saw and a shotgun at the same store where they buy milk," Madsen said during the floor debate.
  > named_official | madsen | Madsen | said during the floor debate | <
"I think they can be trusted with a bottle of chardonnay."
  > named_official | madsen | Madsen | - | *
Madsen had hoped to pass the bill last year but pulled it from the floor when she came up two votes short.
  > named_official | madsen | Madsen | had hoped | to pass the bill last year | nosrc
Her co-sponsor, Sen. Arne Eberly, a Republican from Arden Lake, said grocers in small towns were losing customers to stores across the state line in North Dakota.
  > named_official | eberly | Her co-sponsor, Sen. Arne Eberly, a Republican from Arden Lake | said | >

Opponents, led by owners of independent liquor stores, said the bill would put hundreds of small shops out of business.
  > anonymous_other | opponents | Opponents, led by owners of independent liquor stores | said | >
Sen. Emil Quist, a Democrat from the Iron Range, said the change would put liquor on shelves next to candy, rung up by cashiers who are often teenagers themselves.
  > named_official | quist | Sen. Emil Quist, a Democrat from the Iron Range | said | >
A fiscal analysis by the Senate's nonpartisan staff estimated that city-owned liquor stores, which help pay for police and parks in more than 100 small towns, could lose a combined $40 million a year.
  > document | fiscal-analysis | A fiscal analysis by the Senate's nonpartisan staff | estimated | >

Gov. Henrik Saltvedt's office said in a statement that the governor would "review the bill carefully if it reaches his desk."
  > named_organization | gov-office | Gov. Henrik Saltvedt's office | said in a statement | that the governor would "review the bill carefully if it reaches his desk."
A spokeswoman for the governor declined to say whether he supported it.
  > declined_comment | gov-office | A spokeswoman for the governor | declined to say whether he supported it | - | resp=declined
Saltvedt told a group of grocery executives in January that he could accept a narrower version limited to wine, according to two people familiar with the meeting.
  > anonymous_familiar | familiar | two people familiar with the meeting | according to | <
The people, who spoke on the condition of anonymity because the governor has not taken a public position, said he had also asked for a fee on the new licenses to make up for lost city revenue.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because the governor has not taken a public position

The Minnesota Grocers Alliance, which has pushed for the change for more than a decade, spent about $1.1 million on lobbying last year, according to disclosure reports filed with the state's campaign finance board.
  > document | disclosures | disclosure reports filed with the state's campaign finance board | according to | <
"This is the furthest we have ever gotten, and we are not going to stop at the Senate," said the alliance's lead lobbyist, Margo Stennes.
  > named_official | stennes | the alliance's lead lobbyist, Margo Stennes | said | <
A lobbyist for the state's beer and liquor distributors said an amendment added on Wednesday, which keeps retailers from buying directly from producers, had persuaded his clients to drop their opposition in the Senate.
  > named_official | kallio | A lobbyist for the state's beer and liquor distributors | said | >
The lobbyist, Oskar Kallio, said the distributors would still fight the bill in the House unless the amendment survived there.
  > named_official | kallio | The lobbyist, Oskar Kallio | said | >

Several senators who voted for the bill said they expected it to die in the House, where Speaker Judith Volkers has called it "a solution in search of a problem."
  > anonymous_official | senators | Several senators who voted for the bill | said | they expected it to die in the House
  > named_official | volkers | Speaker Judith Volkers | has called | it "a solution in search of a problem."
The senators, who asked not to be named because they did not want to anger the bill's sponsors, said they had voted yes only after Madsen accepted the distributors' amendment.
  > anonymous_official | senators | The senators | said | > | anon=who asked not to be named because they did not want to anger the bill's sponsors
Volkers did not respond to a request for comment on Thursday.
  > declined_comment | volkers | Volkers | did not respond to a request for comment | - | resp=no_response
The St. Paul Ledger-Dispatch reported last month that at least 14 cities had begun drawing up budgets that assume lower liquor store profits.
  > media_report | ledger-dispatch | The St. Paul Ledger-Dispatch | reported | that at least 14 cities had begun drawing up budgets that assume lower liquor store profits
''')

ARTICLES.append(r'''
@id e-religion-st-adalbert-sale-lawsuit
@style religion_community
Parishioners sue diocese to stop sale of 130-year-old church

WHEELER FALLS, Wis. -- Members of St. Adalbert Catholic Church sued the Diocese of Marenburg on Monday to stop it from selling their 130-year-old church to a developer who plans to turn it into apartments.
The lawsuit, filed in Tamarack County Circuit Court by 46 parishioners, claims that the diocese has no right to sell the building because it was paid for and deeded by the parish's founders, a society of Polish immigrant families, in 1894.
  > document | lawsuit | The lawsuit, filed in Tamarack County Circuit Court by 46 parishioners | claims | >
It asks a judge to block the sale until the court decides who owns the property.
  > document | lawsuit | It | asks | a judge to block the sale until the court decides who owns the property

The diocese said in a statement that it had followed church law at every step and that the sale would help pay for repairs at the three Catholic churches that remain open in the city.
  > named_organization | diocese | The diocese | said in a statement | >
In a letter read at Masses across the diocese on Sunday, Bishop Anselm Kravec wrote that closing St. Adalbert had been "painful but necessary."
  > named_official | kravec | Bishop Anselm Kravec | wrote | that closing St. Adalbert had been "painful but necessary."
"We cannot keep four churches open for the number of people who now fill one," he wrote.
  > named_official | kravec | he | wrote | <

The lead plaintiff, a retired schoolteacher who has served on the parish council for two decades, said the parish had raised $600,000 for a new roof in 2019 and was never told the money might go toward a building the diocese intended to sell.
  > named_person | halloran | The lead plaintiff, a retired schoolteacher who has served on the parish council for two decades | said | >
The plaintiff, Joseph Halloran, 74, said parishioners had offered to buy the church themselves and had been turned down without explanation.
  > named_person | halloran | The plaintiff, Joseph Halloran, 74 | said | >
"They took our money for the roof, and now they want to sell the roof," Halloran said.
  > named_person | halloran | Halloran | said | <

The parish's pastor, the Rev. Casimir Noonan, who has led St. Adalbert since 2011, said he had been told by diocesan officials not to speak to reporters about the sale.
  > named_official | noonan | The parish's pastor, the Rev. Casimir Noonan, who has led St. Adalbert since 2011 | said | >
"I will obey my bishop, but I will not pretend this is a happy day," Noonan said after Mass on Sunday morning.
  > named_official | noonan | Noonan | said | <

A spokeswoman for the diocese, Colette Brandvold, said Noonan had been told of the plan in 2023 and had not objected at the time.
  > named_official | brandvold | A spokeswoman for the diocese, Colette Brandvold | said | >
She declined to say how much the developer had agreed to pay.
  > declined_comment | brandvold | She | declined to say how much the developer had agreed to pay | - | resp=declined
The buyer, Millrace Flats LLC, agreed to pay about $1.3 million, according to a person familiar with the sale.
  > anonymous_familiar | familiar | a person familiar with the sale | according to | <
Millrace Flats could not be reached for comment.
  > declined_comment | millrace | Millrace Flats | could not be reached for comment | - | resp=unreachable

Two priests of the diocese, who spoke on the condition of anonymity because they feared being reassigned, said the bishop had told clergy at a retreat last fall that more closings were coming.
  > anonymous_official | priests | Two priests of the diocese | said | > | anon=who spoke on the condition of anonymity because they feared being reassigned
One of the priests said as many as nine of the diocese's 61 parishes could be merged or closed within five years.
  > anonymous_official | priests | One of the priests | said | >
Financial statements the diocese posted online in October show that its parishes ran a combined deficit of $3.4 million last year, largely because of falling attendance and rising insurance costs.
  > document | financial-statements | Financial statements the diocese posted online in October | show | >
The diocese had planned to close St. Adalbert last June but put off the final Mass after parishioners held a vigil outside the bishop's residence.
  > named_organization | diocese | The diocese | had planned | to close St. Adalbert last June | nosrc

Longtime parishioners said attendance at St. Adalbert had actually risen since 2020, as Polish-speaking families moved into the neighborhood.
  > anonymous_other | parishioners | Longtime parishioners | said | >
"My parents were married at that altar, and so was I," said Irene Sobczak, 81, who has attended the church since she was a girl.
  > named_person | sobczak | Irene Sobczak, 81, who has attended the church since she was a girl | said | <
"Where are they going to bury me from, an apartment lobby?"
  > named_person | sobczak | Irene Sobczak, 81, who has attended the church since she was a girl | - | *

The parishioners have also appealed the closing to the Vatican, which has the final say under church law, though such appeals rarely succeed.
The Wheeler Falls Gazette reported in March that the diocese had received at least two other offers for the building, including one from a Lutheran congregation.
  > media_report | gazette | The Wheeler Falls Gazette | reported | that the diocese had received at least two other offers for the building, including one from a Lutheran congregation
The diocese did not respond to questions about those offers.
  > declined_comment | diocese | The diocese | did not respond to questions about those offers | - | resp=no_response
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
