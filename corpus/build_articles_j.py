"""Build corpus/articles/j.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (cia_leak, food_recall, stadium_subsidy, clergy_abuse, wildfire_response,
crypto_collapse, voting_rights_lawsuit, prison_riot, vaccine_mandate, port_congestion,
embassy_evacuation, house_race_2016_style), each article built to test source grouping (two
people of one gender and one role, a person described and named later, an institution under
its name, acronym and "the agency", a company named only in narration before "the company
said", quotes that run over several sentences and close with "X said", a nested document
credited to the person who read it). Nothing is trained or tuned on them. Same line format
and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_j.py [--render]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "j.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id j-cia-leak-veresk-cables
@style cia_leak
CIA officer suspected of leaking cables on informants in Veresk, officials say
  > anonymous_official | us-officials | officials | say | CIA officer suspected of leaking cables on informants in Veresk

WASHINGTON -- The CIA has placed a veteran case officer on leave and referred her case to the Justice Department on suspicion that she leaked classified cables describing the agency's informants inside the government of Veresk, according to three current and former U.S. officials.
  > anonymous_official | us-officials | three current and former U.S. officials | according to | <
The officials, who spoke on the condition of anonymity because the investigation is classified, said the officer had worked on the agency's Veresk desk for more than a decade.
  > anonymous_official | us-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the investigation is classified
One of them said the cables had surfaced in March on a website run by an exile group in Lisvar that campaigns against the Veresk government.
  > anonymous_official | us-officials | One of them | said | >
At least two of the informants named in the cables have since been arrested by Veresk's security service, the official said.
  > anonymous_official | us-officials | the official | said | <
Veresk, a mountainous country of nine million people on the Caspian Sea, has been ruled by the same family since 1994.

The Central Intelligence Agency said in a statement that it does not comment on personnel matters.
  > named_organization | cia | The Central Intelligence Agency | said in a statement | >
An agency spokeswoman, Margit Ellesmere, said the CIA had "taken every step available to protect the people who help us."
  > named_official | ellesmere | An agency spokeswoman, Margit Ellesmere | said | >
The Justice Department declined to comment.
  > declined_comment | doj | The Justice Department | declined to comment | - | resp=declined

The officer's lawyer said in an interview on Wednesday that his client had done nothing wrong and had not been told what evidence the agency believed it had against her.
  > named_official | achterberg | The officer's lawyer | said in an interview | that his client had done nothing wrong and had not been told what evidence the agency believed it had against her
The lawyer, Desmond Achterberg, said the officer had passed a polygraph examination in January and had offered to take another.
  > named_official | achterberg | The lawyer, Desmond Achterberg | said | >
"She has spent 24 years keeping those people alive.
  > named_official | achterberg | Achterberg | - | *
The idea that she would hand their names to a website is absurd," Achterberg said.
  > named_official | achterberg | Achterberg | said | <
He declined to identify his client.
  > declined_comment | achterberg | He | declined to identify his client | - | resp=declined

A damage assessment prepared by the agency's counterintelligence center in April concluded that the cables exposed at least nine sources and two methods of secret communication, according to a person who has read it.
  > anonymous_familiar | reader | a person who has read it | according to | <
The person, who was not authorized to discuss the classified assessment, said it recommended pulling the agency's remaining officers out of the Veresk capital, Dravnik.
  > anonymous_familiar | reader | The person | said | > | anon=who was not authorized to discuss the classified assessment
A search warrant application unsealed on Thursday in federal court in Alexandria, Va., shows that FBI agents searched a storage unit rented by a CIA employee in May.
  > document | warrant | A search warrant application unsealed on Thursday in federal court in Alexandria, Va. | shows | >
The application says agents were looking for "printed or electronic copies of classified cable traffic" and for a laptop that the employee had reported stolen.
  > document | warrant | The application | says | >

Halvard Brenning, a former CIA station chief who now teaches at the Carrow School of Foreign Service, said the arrests would make recruiting new informants in Veresk "close to impossible for a generation."
  > named_person | brenning | Halvard Brenning, a former CIA station chief who now teaches at the Carrow School of Foreign Service | said | >
Another former station chief, Ulrich Maddox, said the agency had been warned for years that too many analysts could read the informants' true names.
  > named_person | maddox | Another former station chief, Ulrich Maddox | said | >
"When 400 people can read a name, you should assume the name is already gone," Maddox said.
  > named_person | maddox | Maddox | said | <
Brenning said he doubted that a single officer could have gathered all of the cables without help.
  > named_person | brenning | Brenning | said | >
Critics of the agency's handling of informants say the leak is the third in five years to expose its sources in the region.
  > anonymous_other | critics | Critics of the agency's handling of informants | say | >

Rep. Lavinia Oakhurst, the top Democrat on the House Intelligence Committee, said the committee had not been told about the referral until Tuesday morning.
  > named_official | oakhurst | Rep. Lavinia Oakhurst, the top Democrat on the House Intelligence Committee | said | >
The committee's chairman, Rep. Corwin Haskell, did not respond to a request for comment.
  > declined_comment | haskell | The committee's chairman, Rep. Corwin Haskell | did not respond to a request for comment | - | resp=no_response
A spokesman for the exile group, Free Veresk, could not be reached.
  > declined_comment | free-veresk | A spokesman for the exile group, Free Veresk | could not be reached | - | resp=unreachable
The agency had planned to move several of the informants and their families out of Veresk this summer.
  > named_organization | cia | The agency | had planned | to move several of the informants and their families out of Veresk this summer | nosrc
The Potomac Dispatch first reported the referral on Tuesday.
  > media_report | dispatch | The Potomac Dispatch | first reported | the referral on Tuesday
''')

ARTICLES.append(r'''
@id j-food-recall-brindle-leafy-greens
@style food_recall
Salad maker recalls 2 million bags of greens after listeria deaths, FDA says
  > named_organization | fda | FDA | says | Salad maker recalls 2 million bags of greens after listeria deaths

CORVALE, Calif. -- A Central Valley salad maker is recalling about 2 million bags of packaged spinach and spring mix sold in 31 states after an outbreak of listeria that has killed three people and sickened at least 27, the Food and Drug Administration said on Friday.
  > named_organization | fda | the Food and Drug Administration | said | <
The greens were packed at a plant in Corvale run by Brindle Fields Farms, one of the largest bagged-salad producers in the West, and sold under at least six store brands.
The company said in a statement that it had stopped shipping from the plant and was "cooperating fully" with federal investigators.
  > named_organization | brindle | The company | said in a statement | >
Brindle's chief executive, Harlan Voskuijlen, said in a video posted on the company's website that the recall was "the hardest decision this company has ever had to make, and the easiest."
  > named_official | voskuijlen | Brindle's chief executive, Harlan Voskuijlen | said in a video posted on the company's website | >
"We are a family business, and families ate our food," he said.
  > named_official | voskuijlen | he | said | <
"We owe every one of them an answer."
  > named_official | voskuijlen | he | - | *

The FDA said genetic testing had matched the listeria strain found in sick patients to samples taken from a conveyor belt at the Corvale plant in late July.
  > named_organization | fda | The FDA | said | >
An inspection report released by the agency shows that inspectors found standing water beneath the packing lines and mold on a cooling unit during a routine visit in March.
  > document | inspection | An inspection report released by the agency | shows | >
The report says the company was given 30 days to fix both problems.
  > document | inspection | The report | says | >
An agency spokeswoman declined to say whether inspectors had returned to the plant before the outbreak.
  > declined_comment | fda | An agency spokeswoman | declined to say whether inspectors had returned to the plant before the outbreak | - | resp=declined
Two FDA officials said investigators were examining whether Brindle had kept shipping greens after one of its own tests came back positive for listeria in early July.
  > anonymous_official | fda-officials | Two FDA officials | said | >
The officials, who spoke on the condition of anonymity because the investigation is continuing, said the test result had not been reported to the agency.
  > anonymous_official | fda-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the investigation is continuing
The positive sample came from a drain near the spinach line and was retested three days later, according to a person familiar with the company's testing records.
  > anonymous_familiar | familiar | a person familiar with the company's testing records | according to | <
Brindle declined to comment on the July test.
  > declined_comment | brindle | Brindle | declined to comment on the July test | - | resp=declined

Among those who died was Alma Trevisan, 81, of Dunmore, Ore., who ate a salad at a senior center in early August, her daughter said.
  > named_person | okoro | her daughter | said | <
The daughter, Celestine Okoro, said her mother had been well enough to drive herself to the center until the week she fell ill.
  > named_person | okoro | The daughter, Celestine Okoro | said | >
Rosalind Ebbsworth, 29, of Tacoma, Wash., said she spent nine days in the hospital in August, seven months pregnant, while doctors tried to keep the infection from reaching her baby.
  > named_person | ebbsworth | Rosalind Ebbsworth, 29, of Tacoma, Wash. | said | >
"Nobody tells you that a bag of spinach can do this," Ebbsworth said.
  > named_person | ebbsworth | Ebbsworth | said | <
She said her son was born healthy in September.
  > named_person | ebbsworth | She | said | >
Okoro said she had hired a lawyer and planned to sue the company.
  > named_person | okoro | Okoro | said | >

Food safety advocates have long argued that bagged greens should be tested for listeria before they leave the plant rather than after they reach stores.
  > anonymous_other | advocates | Food safety advocates | have long argued | >
Brindle had planned to open a second packing plant, in Oregon's Willamette Valley, next year.
  > named_organization | brindle | Brindle | had planned | to open a second packing plant, in Oregon's Willamette Valley, next year | nosrc
The Valley Harvester, a farm trade newspaper, first reported the outbreak's link to the Corvale plant on Thursday.
  > media_report | harvester | The Valley Harvester, a farm trade newspaper | first reported | the outbreak's link to the Corvale plant on Thursday

@excluded
Check your refrigerator: the full list of recalled brands and lot codes
Share this article
Sign up for Kitchen Table, our weekly newsletter about food and farming.
''')

ARTICLES.append(r'''
@id j-stadium-subsidy-ostrander-gulls
@style stadium_subsidy
County would pay $740 million toward new Gulls stadium under draft deal, documents show
  > document | term-sheet | documents | show | County would pay $740 million toward new Gulls stadium under draft deal

OSTRANDER BAY, Fla. -- Ostrander County would borrow $740 million to help build a new waterfront stadium for the Ostrander Bay Gulls and would give up most of the property taxes on the land for 40 years, according to a draft agreement obtained by The Bayside Beacon.
  > document | term-sheet | a draft agreement obtained by The Bayside Beacon | according to | <
The 46-page draft, dated Sept. 12, says the team would pay about $310 million of the stadium's estimated $1.05 billion cost and keep all revenue from naming rights, parking and concerts.
  > document | term-sheet | The 46-page draft, dated Sept. 12 | says | >
The Gulls have played since 1997 in Corliss Field, a concrete bowl on the county's west side whose roof leaked onto the press box during a game last season.

The Ostrander County Sports and Exhibition Authority, which owns Corliss Field and would own the new stadium, said in a statement that the draft was "one of several scenarios under discussion" and that no deal had been reached.
  > named_organization | ocsea | The Ostrander County Sports and Exhibition Authority, which owns Corliss Field and would own the new stadium | said in a statement | >
The authority's executive director, Gretchen Hallowell, said the county's share would be repaid from a tax on hotel rooms, not from homeowners.
  > named_official | hallowell | The authority's executive director, Gretchen Hallowell | said | >
"Not one dollar of this comes out of a family's property tax bill," she said.
  > named_official | hallowell | she | said | <
But the draft shows that OCSEA would also pledge the county's general fund to cover any shortfall if hotel tax collections fall short.
  > document | term-sheet | the draft | shows | >
Hallowell declined to say how often that pledge might be needed.
  > declined_comment | hallowell | Hallowell | declined to say how often that pledge might be needed | - | resp=declined

The team's president, Everett Sandoval, said at a luncheon on Tuesday that the Gulls were "committed to Ostrander Bay" but needed a modern building to compete.
  > named_official | sandoval | The team's president, Everett Sandoval | said at a luncheon | that the Gulls were "committed to Ostrander Bay" but needed a modern building to compete
Sandoval did not rule out a move, and the Gulls' lease at Corliss Field expires in 2029.
Two county officials involved in the negotiations said the team's owners had shown commissioners renderings of a stadium in Bellmont, Tenn., during a private meeting in August.
  > anonymous_official | county-officials | Two county officials involved in the negotiations | said | >
The officials, who requested anonymity because the talks are confidential, said they took the renderings as a threat.
  > anonymous_official | county-officials | The officials | said | > | anon=who requested anonymity because the talks are confidential
A person close to the team's ownership said the Bellmont plans were "a courtesy" shown at the request of one commissioner.
  > anonymous_familiar | close-to-owners | A person close to the team's ownership | said | >

County Commissioner Raymond Tillotson, who has led the talks for the county, said he expected to bring a final agreement to a vote by December.
  > named_official | tillotson | County Commissioner Raymond Tillotson, who has led the talks for the county | said | >
Another commissioner, Dwayne Pickering, said he would vote against any deal that put the general fund at risk.
  > named_official | pickering | Another commissioner, Dwayne Pickering | said | >
"We are being asked to co-sign a loan for a billionaire.
  > named_official | pickering | Pickering | - | *
I don't co-sign loans for my own brother-in-law," Pickering said.
  > named_official | pickering | Pickering | said | <
Tillotson said Pickering had "never seen a stadium deal he liked."
  > named_official | tillotson | Tillotson | said | >

An economic impact study commissioned by the team estimates that the stadium would bring $2.1 billion in new spending to the county over 30 years.
  > document | study | An economic impact study commissioned by the team | estimates | >
An economist who reviewed the study for a taxpayer group called its assumptions "fantasy accounting."
  > named_person | lindqvist | An economist who reviewed the study for a taxpayer group | called | its assumptions "fantasy accounting."
The economist, Paulina Lindqvist of Gulf Coast State University, said decades of research show that stadiums mostly move spending around a region rather than add to it.
  > named_person | lindqvist | The economist, Paulina Lindqvist of Gulf Coast State University | said | >
Some residents near the waterfront site say they worry about traffic and rising rents.
  > anonymous_other | residents | Some residents near the waterfront site | say | >
The team's owners, the Ferrante family, did not respond to requests for comment.
  > declined_comment | ferrante | The team's owners, the Ferrante family | did not respond to requests for comment | - | resp=no_response
''')

ARTICLES.append(r'''
@id j-clergy-abuse-marrowfield-diocese
@style clergy_abuse
Grand jury finds Marrowfield diocese hid abuse by 31 priests over five decades
  > document | grand-jury | Grand jury | finds | Marrowfield diocese hid abuse by 31 priests over five decades

MARROWFIELD, Pa. -- Leaders of the Roman Catholic Diocese of Marrowfield moved at least 31 priests accused of sexually abusing children from parish to parish for five decades and kept the accusations in a locked archive, according to a grand jury report released on Tuesday.
  > document | grand-jury | a grand jury report released on Tuesday | according to | <
The 412-page report identifies more than 190 victims, most of them boys between the ages of 9 and 15.
  > document | grand-jury | The 412-page report | identifies | >
It says three bishops personally approved the transfers of accused priests and that none of the cases was reported to the police before 2003.
  > document | grand-jury | It | says | >

State Attorney General Rosamund Kittredge, whose office led the investigation, said at a news conference in Harrisburg that the report described "a system built to protect the institution, not the children."
  > named_official | kittredge | State Attorney General Rosamund Kittredge, whose office led the investigation | said at a news conference in Harrisburg | >
"They kept files on these men.
  > named_official | kittredge | Kittredge | - | *
They knew exactly who they were, and they sent them to new parishes anyway," Kittredge said.
  > named_official | kittredge | Kittredge | said | <
She said no criminal charges would be filed because the statute of limitations had run out in every case but one.
  > named_official | kittredge | She | said | >

The diocese said in a statement that it had "fully cooperated with the grand jury" and that it apologized to survivors "without reservation."
  > named_organization | diocese | The diocese | said in a statement | >
Bishop Ambrose Leclercq, who has led the diocese since 2016, said in a letter read at Masses on Sunday that he had removed every living priest named in the report from ministry.
  > named_official | leclercq | Bishop Ambrose Leclercq, who has led the diocese since 2016 | said in a letter read at Masses on Sunday | >
He declined a request for an interview.
  > declined_comment | leclercq | He | declined a request for an interview | - | resp=declined

The priest accused by the largest number of victims served in seven parishes between 1968 and 1991, the report found.
  > document | grand-jury | the report | found | <
The priest, Father Cornelius Brandauer, died in 2009.
A man who was abused by Brandauer as an altar boy in the 1970s told the grand jury last year that the priest had taken him and two other boys on overnight trips to a cabin in the Tessaly Hills.
  > named_person | wetherell | A man who was abused by Brandauer as an altar boy in the 1970s | told | that the priest had taken him and two other boys on overnight trips to a cabin in the Tessaly Hills
The man, Lionel Wetherell, now 61, said in an interview that he had reported the abuse to a diocesan official in 1987 and was told to "pray for Father Neil."
  > named_person | wetherell | The man, Lionel Wetherell, now 61 | said in an interview | >
"I waited 36 years for somebody to write down what happened to me," Wetherell said.
  > named_person | wetherell | Wetherell | said | <
Another survivor, Gideon Farraway, who was abused by a different priest in a parish near Lorton, said he felt "relief, and then anger, and then relief again" while reading the report.
  > named_person | farraway | Another survivor, Gideon Farraway, who was abused by a different priest in a parish near Lorton | said | >
Farraway said he had been offered $25,000 by the diocese in 2005 in exchange for his silence and had refused.
  > named_person | farraway | Farraway | said | >

The diocese is negotiating with its insurers over claims that could exceed $200 million, according to two people familiar with the talks.
  > anonymous_familiar | familiar | two people familiar with the talks | according to | <
The people, who spoke on the condition of anonymity because the negotiations are private, said diocesan lawyers had discussed a bankruptcy filing.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because the negotiations are private
A spokesman for the diocese, Terrence Oyelaran, said bankruptcy "is not under consideration at this time."
  > named_official | oyelaran | A spokesman for the diocese, Terrence Oyelaran | said | >
Advocates for survivors say the diocese has used bankruptcy threats in the past to push victims toward smaller settlements.
  > anonymous_other | advocates | Advocates for survivors | say | >
The Marrowfield Sentinel first reported the existence of the locked archive in 2019.
  > media_report | sentinel | The Marrowfield Sentinel | first reported | the existence of the locked archive in 2019
''')

ARTICLES.append(r'''
@id j-wildfire-response-cold-creek-fire
@style wildfire_response
Sheriff says evacuation alert for Cold Creek fire went out 40 minutes late
  > named_official | waldrip | Sheriff | says | evacuation alert for Cold Creek fire went out 40 minutes late

WENLOCK, Ore. -- The Cold Creek fire, which tore through foothill neighborhoods east of Wenlock on Saturday night, has destroyed at least 412 homes and killed two people, the Tamarack County Sheriff's Office said on Monday.
  > named_organization | tcso | the Tamarack County Sheriff's Office | said | <
The fire had burned about 18,000 acres by Monday evening and was 15 percent contained.
Sheriff Leona Waldrip said at a briefing that the county's emergency alert for the Cold Creek Road area went out about 40 minutes after deputies first asked for it.
  > named_official | waldrip | Sheriff Leona Waldrip | said at a briefing | >
"That delay is on us, and I am not going to dress it up," she said.
  > named_official | waldrip | she | said | <
"We will find out exactly where those 40 minutes went."
  > named_official | waldrip | she | - | *
Dispatch logs released by the sheriff's office show that a deputy radioed for an evacuation order at 9:12 p.m. and that the alert reached phones at 9:54.
  > document | dispatch-logs | Dispatch logs released by the sheriff's office | show | >
The logs also show that the only dispatcher on duty was handling a three-car crash on Highway 26 at the same time.
  > document | dispatch-logs | The logs | show | >

Marisela Quintero, who lives on Cold Creek Road with her husband and two daughters, said she learned of the fire from a neighbor pounding on her door, not from her phone.
  > named_person | quintero | Marisela Quintero, who lives on Cold Creek Road with her husband and two daughters | said | >
"By the time the alert came, we were already at the bottom of the hill and the ridge behind us was orange," Quintero said.
  > named_person | quintero | Quintero | said | <
Her neighbor, Dorrit Hagstrom, 74, said she drove out through smoke so thick that she could not see the center line.
  > named_person | hagstrom | Her neighbor, Dorrit Hagstrom, 74 | said | >
She said her own house was still standing on Monday but that Quintero's was gone.
  > named_person | hagstrom | She | said | >
Some residents said they had warned the county for years that Cold Creek Road, the only paved way out of the neighborhood, would jam in an evacuation.
  > anonymous_other | residents | Some residents | said | >

The state Office of Wildfire Response, which took command of the fire on Sunday, said more than 1,300 firefighters had been assigned to it.
  > named_organization | owr | The state Office of Wildfire Response, which took command of the fire on Sunday | said | >
The incident commander, Bastian Oyelowo, said crews had held the fire's northern edge overnight but that strong east winds were expected on Wednesday.
  > named_official | oyelowo | The incident commander, Bastian Oyelowo | said | >
OWR said evacuation orders remained in place for about 9,000 residents.
  > named_organization | owr | OWR | said | >
The agency had planned to thin brush on about 2,000 acres above Cold Creek Road this fall.
  > named_organization | owr | The agency | had planned | to thin brush on about 2,000 acres above Cold Creek Road this fall | nosrc

Investigators are examining a power line owned by Summit Crest Electric that runs along the ridge where the fire began, according to two fire officials.
  > anonymous_official | fire-officials | two fire officials | according to | <
The officials, who spoke on the condition of anonymity because the cause has not been determined, said a hiker had reported seeing sparks near a utility pole shortly before 7 p.m.
  > anonymous_official | fire-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the cause has not been determined
The company said it had not cut power in the area because the wind forecast did not meet its threshold for a shutoff.
  > named_organization | summit-crest | The company | said | >
Summit Crest's spokeswoman, Ingeborg Lamotte, said the utility was cooperating with investigators.
  > named_official | lamotte | Summit Crest's spokeswoman, Ingeborg Lamotte | said | >
She declined to say when the line had last been inspected.
  > declined_comment | lamotte | She | declined to say when the line had last been inspected | - | resp=declined

County Commissioner Archer Bellweather, whose district includes Cold Creek Road, did not respond to a request for comment.
  > declined_comment | bellweather | County Commissioner Archer Bellweather, whose district includes Cold Creek Road | did not respond to a request for comment | - | resp=no_response
The Wenlock Courier-Press reported on Sunday that the county had turned down a $3 million state grant for a second exit road in 2021.
  > media_report | courier-press | The Wenlock Courier-Press | reported | that the county had turned down a $3 million state grant for a second exit road in 2021
A shelter at Wenlock High School was housing about 600 people on Monday night.

@excluded
Firefighters hold a line above Cold Creek Road on Monday. (Nadia Fenn for The Oregon Ledger)
Share this story
''')

ARTICLES.append(r'''
@id j-crypto-collapse-quillon-exchange
@style crypto_collapse
Quillon owes customers $1.9 billion it cannot find, bankruptcy filing shows
  > document | petition | bankruptcy filing | shows | Quillon owes customers $1.9 billion it cannot find

HARTWELL, Del. -- Quillon, a cryptocurrency exchange that once claimed four million users, filed for bankruptcy protection on Monday, saying in court papers that it owed customers about $1.9 billion and could account for less than a third of it.
  > named_organization | quillon | Quillon, a cryptocurrency exchange that once claimed four million users | saying in court papers | that it owed customers about $1.9 billion and could account for less than a third of it
The petition, filed in federal bankruptcy court in Hartwell, lists more than 200,000 creditors.
  > document | petition | The petition, filed in federal bankruptcy court in Hartwell | lists | >
The exchange halted all withdrawals on Thursday after customers tried to pull out more than $400 million in a single day.
Its founder, a 31-year-old former bond trader who had become one of the industry's best-known promoters, stepped down as chief executive on Sunday, the company said.
  > named_organization | quillon | the company | said | <

The founder, Caspian Roedeler, said in a post on social media that he was "devastated" and would "work every day to make customers whole."
  > named_official | roedeler | The founder, Caspian Roedeler | said in a post on social media | >
"I built this to be the safest place in crypto, and I failed," Roedeler wrote.
  > named_official | roedeler | Roedeler | wrote | <
He did not respond to messages seeking comment, and his lawyer could not be reached.
  > declined_comment | roedeler | He | did not respond to messages seeking comment | - | resp=no_response
  > declined_comment | roedeler-lawyer | his lawyer | could not be reached | - | resp=unreachable

The company's new chief executive, Marguerite Salcedo-Blum, a restructuring lawyer, said in a sworn declaration that Quillon's records were "the most incomplete I have encountered in 25 years."
  > named_official | salcedo-blum | The company's new chief executive, Marguerite Salcedo-Blum, a restructuring lawyer | said in a sworn declaration | >
She wrote that customer deposits had been moved to an affiliated trading firm, Bracken Hollow Capital, without any written loan agreement.
  > named_official | salcedo-blum | She | wrote | >
Bracken Hollow, which Roedeler also founded, did not respond to a request for comment.
  > declined_comment | bracken | Bracken Hollow, which Roedeler also founded | did not respond to a request for comment | - | resp=no_response

Federal prosecutors in Manhattan have opened a criminal investigation into the transfers, according to people familiar with the matter.
  > anonymous_familiar | familiar | people familiar with the matter | according to | <
One of the people said investigators had subpoenaed Quillon's former finance chief, who left the company in March.
  > anonymous_familiar | familiar | One of the people | said | >
The Securities and Exchange Commission said in a statement that it was "aware of the situation" and in contact with the company.
  > named_organization | sec | The Securities and Exchange Commission | said in a statement | >
The SEC declined to say whether it had opened its own inquiry.
  > declined_comment | sec | The SEC | declined to say whether it had opened its own inquiry | - | resp=declined
The agency had planned to propose new custody rules for crypto platforms this fall.
  > named_organization | sec | The agency | had planned | to propose new custody rules for crypto platforms this fall | nosrc

Tobiah Marchetti, a 44-year-old electrician in Sparrow Lake, Minn., said he had about $86,000 on the exchange, money he had set aside for his children's college tuition.
  > named_person | marchetti | Tobiah Marchetti, a 44-year-old electrician in Sparrow Lake, Minn. | said | >
"They had a big banner on the app that said your funds were protected," Marchetti said.
  > named_person | marchetti | Marchetti | said | <
"They were not protected by anybody."
  > named_person | marchetti | Marchetti | - | *
Another customer, Devlin Achebe-Strand, a software developer in Kellam, Maine, said he had tried to withdraw $12,000 on Thursday morning and watched the request sit at "pending" for three days.
  > named_person | achebe-strand | Another customer, Devlin Achebe-Strand, a software developer in Kellam, Maine | said | >
He said he had joined more than 9,000 other customers organizing online to hire a lawyer.
  > named_person | achebe-strand | He | said | >
Some customers say Quillon kept taking deposits for days after it knew it could not meet withdrawals.
  > anonymous_other | customers | Some customers | say | >
The trade site Ledgerline first reported the withdrawal freeze on Thursday.
  > media_report | ledgerline | The trade site Ledgerline | first reported | the withdrawal freeze on Thursday
''')

ARTICLES.append(r'''
@id j-voting-rights-lawsuit-tamsin-county
@style voting_rights_lawsuit
Georgia county closed polling places in Black neighborhoods, lawsuit says
  > document | complaint | lawsuit | says | Georgia county closed polling places in Black neighborhoods

CALLOWAY, Ga. -- Tamsin County closed 11 of its 26 polling places last year in a way that forced thousands of Black voters to travel as far as 14 miles to cast a ballot, violating the Voting Rights Act, according to a federal lawsuit filed on Wednesday.
  > document | complaint | a federal lawsuit filed on Wednesday | according to | <
The suit was brought by the Georgia Ballot Access Project, the Southern Voters League and five county residents.
The complaint, filed in U.S. District Court in Calloway, says nine of the closed precincts were in majority-Black neighborhoods, while the county kept open every precinct in its three whitest ones.
  > document | complaint | The complaint, filed in U.S. District Court in Calloway | says | >
It cites an analysis by a demographer at Calloway State University finding that the average trip to the polls grew by 22 minutes for Black voters and by four minutes for white voters.
  > document | complaint | It | cites | >
The demographer, Wendell Osterhaus, said in an interview that the gap was "among the largest I have measured anywhere in the South."
  > named_person | osterhaus | The demographer, Wendell Osterhaus | said in an interview | >

The Georgia Ballot Access Project's legal director, Ayodele Fairbrother, said the county had ignored warnings from voters before the closings.
  > named_official | fairbrother | The Georgia Ballot Access Project's legal director, Ayodele Fairbrother | said | >
"They were told at four public meetings exactly what this would do.
  > named_official | fairbrother | Fairbrother | - | *
They did it anyway," Fairbrother said.
  > named_official | fairbrother | Fairbrother | said | <
One of the plaintiffs, Hattie Mae Corbin, 79, said she had voted at the Pleasant Grove fire station for 50 years until it was closed.
  > named_person | corbin | One of the plaintiffs, Hattie Mae Corbin, 79 | said | >
She said she does not drive and waited three hours for a church van to take her to the new site in November.
  > named_person | corbin | She | said | >
Another plaintiff, Shondra Pettaway, a home health aide, said she lost half a day's pay waiting in line at the consolidated precinct.
  > named_person | pettaway | Another plaintiff, Shondra Pettaway, a home health aide | said | >
"I had to choose between my vote and my paycheck," she said.
  > named_person | pettaway | she | said | <

The Tamsin County Board of Elections and Registration said in a statement that it closed the sites to save money and because several of them did not meet federal accessibility rules.
  > named_organization | board | The Tamsin County Board of Elections and Registration | said in a statement | >
The board's chairman, Clifford Ashby, said race had "played no part whatsoever" in the decision.
  > named_official | ashby | The board's chairman, Clifford Ashby | said | >
He declined to comment further, citing the litigation.
  > declined_comment | ashby | He | declined to comment further | - | resp=declined
Minutes of a board meeting in March 2023 show that a staff member warned the board that the closings "may raise concerns under Section 2."
  > document | minutes | Minutes of a board meeting in March 2023 | show | >
A county election official who attended that meeting said the board discussed the warning for less than five minutes.
  > anonymous_official | county-official | A county election official who attended that meeting | said | >
The official, who spoke on the condition of anonymity because she was not authorized to speak to reporters, said the board never asked its lawyer for a review.
  > anonymous_official | county-official | The official | said | > | anon=who spoke on the condition of anonymity because she was not authorized to speak to reporters
The board had planned to open two new early-voting sites this fall but dropped the plan in June for lack of money.
  > named_organization | board | The board | had planned | to open two new early-voting sites this fall | nosrc

The office of Secretary of State Ellison Bristow, which oversees elections statewide, did not respond to a request for comment.
  > declined_comment | bristow-office | The office of Secretary of State Ellison Bristow, which oversees elections statewide | did not respond to a request for comment | - | resp=no_response
Voting rights advocates say closings like Tamsin County's have spread across the South since 2013, when the Supreme Court struck down the requirement that such changes be approved in advance.
  > anonymous_other | advocates | Voting rights advocates | say | >
The Calloway Clarion reported in November that lines at the consolidated precincts had stretched past four hours on Election Day.
  > media_report | clarion | The Calloway Clarion | reported | that lines at the consolidated precincts had stretched past four hours on Election Day
''')

ARTICLES.append(r'''
@id j-prison-riot-harlow-ridge
@style prison_riot
Two inmates killed, 14 hurt in riot at Harlow Ridge prison, corrections department says
  > named_organization | dcs | corrections department | says | Two inmates killed, 14 hurt in riot at Harlow Ridge prison

BRISCOE, Ariz. -- Two inmates were killed and 14 other people, including four correctional officers, were injured on Saturday in a riot at Harlow Ridge State Prison that burned two housing units and took nearly seven hours to bring under control, the state Department of Correctional Services said.
  > named_organization | dcs | the state Department of Correctional Services | said | <
The department said the violence began about 2 p.m. in the prison's medium-security yard, when a fight between two inmates spread to more than 100 others.
  > named_organization | dcs | The department | said | >
The prison, about 40 miles south of Briscoe, holds about 2,600 men.

Corrections Director Odessa Brightwater said at a news conference on Sunday that the officers on the yard had "done everything we asked of them and more."
  > named_official | brightwater | Corrections Director Odessa Brightwater | said at a news conference | that the officers on the yard had "done everything we asked of them and more."
She said a tactical team from another prison retook the yard shortly before 9 p.m.
  > named_official | brightwater | She | said | >
The prison's warden, who took over in March, told reporters that the riot had started over a debt between two rival groups.
  > named_official | kaine | The prison's warden, who took over in March | told reporters | >
The warden, Rutherford Kaine, said the two men who died had been stabbed with weapons made from bed frames.
  > named_official | kaine | The warden, Rutherford Kaine | said | >
Kaine declined to say how many officers had been on the yard when the fight began.
  > declined_comment | kaine | Kaine | declined to say how many officers had been on the yard when the fight began | - | resp=declined

Two correctional officers who were on duty Saturday said only five officers had been watching about 400 inmates on the yard.
  > anonymous_official | officers | Two correctional officers who were on duty Saturday | said | >
The officers, who spoke on the condition of anonymity because they feared being disciplined, said the yard's watchtower had been unstaffed since June.
  > anonymous_official | officers | The officers | said | > | anon=who spoke on the condition of anonymity because they feared being disciplined
"We were outnumbered 80 to 1, and everybody on that yard knew it," one of them said.
  > anonymous_official | officers | one of them | said | <
A staffing report that DCS sent to legislators in June shows that Harlow Ridge had filled only 58 percent of its officer positions.
  > document | staffing-report | A staffing report that DCS sent to legislators in June | shows | >

State Sen. Thaddeus Galloway, a Republican who leads the Senate's corrections committee, said he would call Brightwater to testify next week.
  > named_official | galloway | State Sen. Thaddeus Galloway, a Republican who leads the Senate's corrections committee | said | >
Another member of the committee, State Sen. Marcus Delacroix, a Democrat, said the department had been told for two years that Harlow Ridge was dangerously understaffed.
  > named_official | delacroix | Another member of the committee, State Sen. Marcus Delacroix, a Democrat | said | >
"This was not a surprise.
  > named_official | delacroix | Delacroix | - | *
This was a forecast," Delacroix said.
  > named_official | delacroix | Delacroix | said | <
Galloway said the staffing problem was "statewide, not a Harlow Ridge problem."
  > named_official | galloway | Galloway | said | >

Investigators have recovered a cellphone that was used to coordinate the attack on one of the dead inmates, according to a person briefed on the investigation.
  > anonymous_familiar | briefed | a person briefed on the investigation | according to | <
Luz Aranda-Fiske, whose son is held in one of the burned units, said she had called the prison 11 times since Saturday and had not been told whether he was hurt.
  > named_person | aranda-fiske | Luz Aranda-Fiske, whose son is held in one of the burned units | said | >
Inmate advocates have warned for years that staffing shortages were turning the state's prisons into tinderboxes.
  > anonymous_other | advocates | Inmate advocates | have warned | that staffing shortages were turning the state's prisons into tinderboxes
The governor's office did not respond to requests for comment.
  > declined_comment | governor | The governor's office | did not respond to requests for comment | - | resp=no_response
The department had planned to close one of the two burned units next year and move its inmates to a new prison near Yuma.
  > named_organization | dcs | The department | had planned | to close one of the two burned units next year and move its inmates to a new prison near Yuma | nosrc
The Briscoe Sun-Times reported in August that officers at Harlow Ridge had been working mandatory 16-hour shifts several times a week.
  > media_report | sun-times | The Briscoe Sun-Times | reported | that officers at Harlow Ridge had been working mandatory 16-hour shifts several times a week
''')

ARTICLES.append(r'''
@id j-vaccine-mandate-lakeshore-health
@style vaccine_mandate
Lakeshore Health fires 212 workers who refused vaccine mandate

GRANDVIEW HARBOR, Mich. -- Lakeshore Health, the largest hospital system in western Michigan, said on Tuesday that it had fired 212 employees who refused to comply with its requirement that all workers be vaccinated against influenza and COVID-19.
  > named_organization | lakeshore | Lakeshore Health, the largest hospital system in western Michigan | said | that it had fired 212 employees who refused to comply with its requirement that all workers be vaccinated against influenza and COVID-19
The system said the fired workers made up less than 2 percent of its 11,400 employees and that 1,870 others had been granted medical or religious exemptions.
  > named_organization | lakeshore | The system | said | >
Its chief medical officer, Dr. Percival Amankwah, said the mandate had cut the number of patients who caught the flu while in its hospitals by two-thirds last winter.
  > named_official | amankwah | Its chief medical officer, Dr. Percival Amankwah | said | >
"Our patients don't get to choose who walks into their room.
  > named_official | amankwah | Amankwah | - | *
The least we can do is make sure that person isn't carrying a virus," Amankwah said.
  > named_official | amankwah | Amankwah | said | <

The Michigan Nurses Alliance, which represents about 3,000 nurses in the system, said the firings would worsen staffing shortages that already force some units to close beds.
  > named_organization | mna | The Michigan Nurses Alliance, which represents about 3,000 nurses in the system | said | >
The union's president, Bernadette Kowalczyk, said about 40 of the fired workers were nurses in intensive care and emergency units.
  > named_official | kowalczyk | The union's president, Bernadette Kowalczyk | said | >
She said the union supported vaccination but wanted weekly testing offered as an alternative.
  > named_official | kowalczyk | She | said | >

A nurse who was fired on Tuesday after 19 years in the system's neonatal intensive care unit said she had asked for a religious exemption in August and never received an answer.
  > named_person | dunleavy | A nurse who was fired on Tuesday after 19 years in the system's neonatal intensive care unit | said | >
The nurse, Colleen Dunleavy, 52, said she had been escorted from the building by a security guard.
  > named_person | dunleavy | The nurse, Colleen Dunleavy, 52 | said | >
"I held babies who weighed less than a pound, and they walked me out like I had stolen something," Dunleavy said.
  > named_person | dunleavy | Dunleavy | said | <
Another nurse in the same unit, Priya Raghunathan, said she had gotten both shots and was relieved by the mandate.
  > named_person | raghunathan | Another nurse in the same unit, Priya Raghunathan | said | >
She said she worried, though, about who would cover the unit's night shifts.
  > named_person | raghunathan | She | said | >

An internal memo sent to managers last month shows that the system planned to fill vacancies with traveling nurses at up to three times the usual pay.
  > document | memo | An internal memo sent to managers last month | shows | >
Two hospital administrators said the system had already signed contracts for about 90 traveling nurses.
  > anonymous_official | administrators | Two hospital administrators | said | >
The administrators, who asked not to be named because they were not authorized to speak publicly, said the contracts would cost about $9 million through March.
  > anonymous_official | administrators | The administrators | said | > | anon=who asked not to be named because they were not authorized to speak publicly
Lakeshore declined to confirm the figure.
  > declined_comment | lakeshore | Lakeshore | declined to confirm the figure | - | resp=declined

A complaint filed last week in Kent Ridge County Circuit Court by 37 of the fired workers says the system rejected exemption requests without reading them.
  > document | suit | A complaint filed last week in Kent Ridge County Circuit Court by 37 of the fired workers | says | >
The state's chief medical executive, Dr. Harriet Osei-Lindgren, said state law allowed private employers to require vaccines.
  > named_official | osei-lindgren | The state's chief medical executive, Dr. Harriet Osei-Lindgren | said | >
Some workers have questioned why the system requires flu shots for employees who work from home.
  > anonymous_other | workers | Some workers | have questioned | >
The Grandview Harbor Press first reported the number of firings on Monday night.
  > media_report | press | The Grandview Harbor Press | first reported | the number of firings on Monday night
''')

ARTICLES.append(r'''
@id j-port-congestion-carraway-harbor
@style port_congestion
Record 61 cargo ships wait off Port Carraway as backlog deepens

PORT CARRAWAY, Wash. -- A record 61 container ships were anchored off Port Carraway on Thursday waiting for a berth, some of them for as long as 19 days, according to data from MarineLens, a ship-tracking firm.
  > document | marinelens | data from MarineLens, a ship-tracking firm | according to | <
The backlog has delayed shipments of furniture, auto parts and holiday toys to stores across the Midwest, which receives most of its Asian imports through the port.
The Carraway Port Authority said in a statement that it would keep the gates of its two largest terminals open 22 hours a day starting Monday.
  > named_organization | cpa | The Carraway Port Authority | said in a statement | >
The authority's executive director, Solveig Ardizzone, said the port was handling 30 percent more containers than a year ago with the same number of cranes.
  > named_official | ardizzone | The authority's executive director, Solveig Ardizzone | said | >
"We are moving more boxes than at any point in our history, and it is still not enough," she said.
  > named_official | ardizzone | she | said | <
"Every crane we have is running, and most of them are running all night."
  > named_official | ardizzone | she | - | *
CPA said it had also leased 40 acres of a former lumber yard to store empty containers.
  > named_organization | cpa | CPA | said | >

Nearly a third of the waiting ships belong to Meridian Ocean Lines, the world's fourth-largest container carrier, which moved several of its Asia routes to Port Carraway this year from congested ports in California.
The company said on Wednesday that it would add a $1,500 congestion surcharge to every container bound for the port.
  > named_organization | meridian | The company | said | that it would add a $1,500 congestion surcharge to every container bound for the port
Meridian's president for North America, Anders Kjellberg, said in an interview that the surcharge would be dropped "the day the anchorage is empty."
  > named_official | kjellberg | Meridian's president for North America, Anders Kjellberg | said in an interview | >
Two port officials said the authority was weighing fees on shipping lines that leave empty containers on its docks for more than five days.
  > anonymous_official | port-officials | Two port officials | said | >
The officials, who spoke on the condition of anonymity because the proposal has not been presented to the port's commissioners, said Meridian had left more than 6,000 empty boxes on the docks.
  > anonymous_official | port-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the proposal has not been presented to the port's commissioners

Truck drivers say they wait for hours outside the terminal gates to pick up a single container.
  > anonymous_other | drivers | Truck drivers | say | >
Oskar Penhallow, who has hauled containers from the port for 22 years, said he had waited seven hours in line on Tuesday and was paid for none of them.
  > named_person | penhallow | Oskar Penhallow, who has hauled containers from the port for 22 years | said | >
Another driver, Salvador Ibekwe, said he had stopped taking port jobs because he could earn more hauling freight between warehouses.
  > named_person | ibekwe | Another driver, Salvador Ibekwe | said | >
"The port is paying us to sit in a parking lot," Ibekwe said.
  > named_person | ibekwe | Ibekwe | said | <
Penhallow said at least a dozen drivers he knew had done the same.
  > named_person | penhallow | Penhallow | said | >

The Coastal Dockworkers Union and the terminal operators have discussed adding a third shift on weekends, according to people familiar with the talks.
  > anonymous_familiar | familiar | people familiar with the talks | according to | <
One of the people said the union wanted the operators to hire 150 more crane operators before it agreed.
  > anonymous_familiar | familiar | One of the people | said | >
The union's local president, Augustin Ferreira-Lund, said members were willing to work more shifts "but not at the cost of somebody getting crushed between two boxes."
  > named_official | ferreira-lund | The union's local president, Augustin Ferreira-Lund | said | >
Halcyon Terminals, which operates the port's largest terminal, did not respond to requests for comment.
  > declined_comment | halcyon | Halcyon Terminals, which operates the port's largest terminal | did not respond to requests for comment | - | resp=no_response
The agency had hoped to finish dredging a third deepwater berth by this fall, but the project is more than a year behind schedule.
  > named_organization | cpa | The agency | had hoped | to finish dredging a third deepwater berth by this fall | nosrc
The trade journal Freight Ledger reported on Tuesday that two retailers had begun flying some holiday goods into the region instead.
  > media_report | freight-ledger | The trade journal Freight Ledger | reported | that two retailers had begun flying some holiday goods into the region instead
''')

ARTICLES.append(r'''
@id j-embassy-evacuation-sarovan-kelmor
@style embassy_evacuation
U.S. orders families and most staff out of embassy in Sarovan as rebels near capital

WASHINGTON -- The State Department on Friday ordered nonemergency staff and the families of diplomats to leave the American Embassy in Kelmor, the capital of Sarovan, as rebel forces advanced to within 30 miles of the city.
The department said in a travel advisory that Americans in Sarovan should "leave immediately" on commercial flights while they are still available.
  > named_organization | state-dept | The department | said in a travel advisory | >
A State Department spokesman, Matthias Greenleaf, told reporters that about 70 embassy employees and family members would leave on a charter flight on Saturday.
  > named_official | greenleaf | A State Department spokesman, Matthias Greenleaf | told reporters | >
"This is a prudent step, and it is a temporary one," Greenleaf said.
  > named_official | greenleaf | Greenleaf | said | <
He declined to say how many Americans were believed to be in the country.
  > declined_comment | greenleaf | He | declined to say how many Americans were believed to be in the country | - | resp=declined

A senior State Department official, who briefed reporters on the condition that she not be named under the department's ground rules, said the embassy would keep a core staff of about 25 people, including the ambassador.
  > anonymous_official | senior-official | A senior State Department official | said | > | anon=who briefed reporters on the condition that she not be named under the department's ground rules
The official said Marine guards had begun destroying classified material at the embassy on Thursday.
  > anonymous_official | senior-official | The official | said | >
An internal cable sent from the embassy on Wednesday warned that the road to Kelmor's airport could be cut "within days," according to two people who have read it.
  > anonymous_familiar | cable-readers | two people who have read it | according to | <
The cable, signed by the ambassador, recommended that the embassy's local staff be offered advance pay and help moving their families out of the capital.
  > document | cable | The cable, signed by the ambassador | recommended | >

The U.S. ambassador to Sarovan, Imelda Corrigan, said in a video message to Americans in the country that the embassy would "be here as long as we can safely be here."
  > named_official | corrigan | The U.S. ambassador to Sarovan, Imelda Corrigan | said in a video message to Americans in the country | >
Britain's ambassador in Kelmor, Philippa Stroud-Marlow, said her embassy would stay open for now.
  > named_official | stroud-marlow | Britain's ambassador in Kelmor, Philippa Stroud-Marlow | said | >
She said British citizens had been told to register their locations with the embassy by Sunday.
  > named_official | stroud-marlow | She | said | >
Corrigan said the United States was working with Britain and France on a plan to move citizens out by road if the airport closed.
  > named_official | corrigan | Corrigan | said | >

The Pentagon said it had moved two transport planes and a company of Marines to an air base in neighboring Durmania.
  > named_organization | pentagon | The Pentagon | said | >
Sarovan's foreign minister, Dariusz Velkov, said on state television that the government remained in full control of the capital and called the evacuation "an overreaction."
  > named_official | velkov | Sarovan's foreign minister, Dariusz Velkov | said on state television | that the government remained in full control of the capital
  > named_official | velkov | Sarovan's foreign minister, Dariusz Velkov | called | the evacuation "an overreaction."
State television also reported that government troops had retaken a bridge over the Irvash River east of the city.
  > media_report | state-tv | State television | reported | >
A spokesman for the rebel coalition, the Sarovan Liberation Front, could not be reached for comment.
  > declined_comment | slf | A spokesman for the rebel coalition, the Sarovan Liberation Front | could not be reached for comment | - | resp=unreachable

Benedikt Sorensen, an aid worker who has lived in Kelmor for six years, said by phone that lines at the city's gas stations stretched for blocks on Friday.
  > named_person | sorensen | Benedikt Sorensen, an aid worker who has lived in Kelmor for six years | said by phone | >
A teacher at the American school in Kelmor, reached by text message, said half of the school's students had already left the country.
  > named_person | abaroa | A teacher at the American school in Kelmor, reached by text message | said | >
The teacher, Lorenzo Abaroa, said he planned to stay until the school formally closed.
  > named_person | abaroa | The teacher, Lorenzo Abaroa | said | >
Some Americans in Kelmor said on social media that they had been unable to book seats on the few commercial flights still leaving the city.
  > anonymous_other | americans | Some Americans in Kelmor | said on social media | >
The department had hoped to keep the embassy fully staffed through peace talks between the government and the rebels scheduled for next month.
  > named_organization | state-dept | The department | had hoped | to keep the embassy fully staffed through peace talks between the government and the rebels scheduled for next month | nosrc
''')

ARTICLES.append(r'''
@id j-house-race-2016-style-ninth-district
@style house_race_2016_style
Republican Rep. Hollis Brandt trails in suburban Pennsylvania seat, poll finds
  > document | poll | poll | finds | Republican Rep. Hollis Brandt trails in suburban Pennsylvania seat

LINDEN HEIGHTS, Pa. -- Rep. Hollis Brandt, a three-term Republican who has never won re-election by fewer than 14 points, trails his Democratic challenger by four points among likely voters in Pennsylvania's 9th Congressional District, according to a poll released on Wednesday by Keystone Ridge College.
  > document | poll | a poll released on Wednesday by Keystone Ridge College | according to | <
The survey found the challenger, former county prosecutor Gwendolyn Ashcombe, with 47 percent and Brandt with 43 percent, with the rest undecided.
  > document | poll | The survey | found | >
"Suburban women are moving, and they are moving fast," said Lucas Amberley, who directs the poll.
  > named_official | amberley | Lucas Amberley, who directs the poll | said | <
The district, a band of cul-de-sacs and office parks north of Harmon City, is one of about two dozen where Republicans who once coasted now find themselves tied to a presidential nominee many of their own voters dislike.

Speaking to reporters after a town hall meeting at a veterans' hall on Tuesday night, Brandt said he was "running my own race."
  > named_official | brandt | Brandt | said | he was "running my own race."
"I don't work for whoever is at the top of the ticket.
  > named_official | brandt | Brandt | - | *
I work for the people of this district, and they know it," Brandt said.
  > named_official | brandt | Brandt | said | <
He declined to say whether he would vote for his party's nominee.
  > declined_comment | brandt | He | declined to say whether he would vote for his party's nominee | - | resp=declined
Ashcombe said in an interview that Brandt could not "run away from a nominee he has never once criticized."
  > named_official | ashcombe | Ashcombe | said in an interview | >

Brandt's campaign spokesman, Colby Frayne, said the Keystone Ridge poll had surveyed too many Democrats.
  > named_official | frayne | Brandt's campaign spokesman, Colby Frayne | said | >
Ashcombe's spokesman, Rafael Dunmore, said the campaign's own polling showed a similar lead.
  > named_official | dunmore | Ashcombe's spokesman, Rafael Dunmore | said | >
He said the campaign had raised $1.2 million in the third quarter, more than in any previous quarter.
  > named_official | dunmore | He | said | >
Federal Election Commission filings show that Brandt had $2.9 million in the bank at the end of September, nearly three times as much as Ashcombe.
  > document | fec | Federal Election Commission filings | show | >

The Democratic Congressional Campaign Committee added the district to its list of top targets in August.
The committee said on Thursday that it had reserved $2.4 million in television time in the Harmon City market for the last five weeks of the race.
  > named_organization | dccc | The committee | said | that it had reserved $2.4 million in television time in the Harmon City market for the last five weeks of the race
A DCCC spokeswoman, Nadia Quarrie, said the district was "exactly the kind of place where this election will be decided."
  > named_official | quarrie | A DCCC spokeswoman, Nadia Quarrie | said | >
The National Republican Congressional Committee did not respond to a request for comment on whether it would spend money in the district.
  > declined_comment | nrcc | The National Republican Congressional Committee | did not respond to a request for comment on whether it would spend money in the district | - | resp=no_response
Two Republican officials in Washington said party leaders had privately urged Brandt in the spring to put distance between himself and the nominee.
  > anonymous_official | gop-officials | Two Republican officials in Washington | said | >
The officials, who spoke on the condition of anonymity to discuss private conversations, said Brandt had agreed only to skip the nominee's rally in Harmon City in July.
  > anonymous_official | gop-officials | The officials | said | > | anon=who spoke on the condition of anonymity to discuss private conversations
The Congressional Freedom Fund, a super PAC aligned with House Republican leaders, is running an ad accusing Ashcombe of having "let violent criminals walk" as a prosecutor.
  > named_organization | cff | The Congressional Freedom Fund, a super PAC aligned with House Republican leaders | accusing | Ashcombe of having "let violent criminals walk" as a prosecutor

Some Republican voters at the town hall said they planned to leave the presidential line on their ballots blank and vote for Brandt.
  > anonymous_other | voters | Some Republican voters at the town hall | said | >
Margaret Olenski, 63, a retired schoolteacher who has voted Republican in every election since 1976, said she had not decided whether to do the same.
  > named_person | olenski | Margaret Olenski, 63, a retired schoolteacher who has voted Republican in every election since 1976 | said | >
Brandt had hoped to spend the fall campaigning on a highway bill he wrote that brought $300 million to the district.
  > named_official | brandt | Brandt | had hoped | to spend the fall campaigning on a highway bill he wrote that brought $300 million to the district | nosrc
The Harmon Valley Courier reported last week that Brandt had stopped holding public events in the district's two most Democratic townships.
  > media_report | courier | The Harmon Valley Courier | reported | that Brandt had stopped holding public events in the district's two most Democratic townships
Whether he survives may depend less on anything he says than on how many of his own voters bother to show up.

@excluded
Follow our campaign coverage on The Stump.
Share your thoughts in the comments below.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
