"""Build corpus/articles/af.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, on corporate and business news, sports, science and medicine and community life
(earnings_dividend_cut, family_business_succession, athlete_contract_holdout,
high_school_eligibility_forfeit, pediatric_antibiotic_shortage, fossil_species_description,
smartwatch_heart_alert_study, bookstore_cooperative_buyout, language_immersion_school,
return_to_office_mandate, brewery_trademark_dispute, ski_pass_price_backlash), in the voices
of twelve kinds of outlet (business wire copy with a reporting-credit footer, a regional
magazine feature in the present tense with subheads, a sports desk beat story, a local TV
website, a public-radio website in the present tense, a national paper's science desk with
honorifics (Mr./Dr.) and a correction note, a service explainer with question subheads, a
metro desk with a comment-section footer, a regional paper with a photo caption and credit,
HR trade press, a craft-beer trade blog, a nonprofit newsroom's investigative piece built on
filings, an internal email and a reader survey). Built to test the typing of private people
beside officials: executives, spokespeople, a general manager, coaches, an agent, a school
director, a co-op board president and business owners speaking for their businesses are
typed as officials; athletes, patients, parents, students, residents, elders, rank-and-file
employees speaking for themselves, scientists, physicians without an administrative role,
analysts, consultants and an outside lawyer as persons; unnamed rank-and-file employees and
players' fans as anonymous_other, an unnamed executive, a league official and a rival coach
as anonymous officials, people involved in a sale or a negotiation as familiar. Also: headline
attributions ("..., agent says", "..., study finds", "..., records show", "... elders say
..."); a person described first and named later; bare surnames and pronouns later; quotes
over several sentences; content split around the cue; nested attributions inside quotes and
inside a data source ("analysts had expected, according to FactStream data") left to the
outermost; non-answers of all three kinds; "all told", "added" (to a list), "told to leave",
"called for", "said to be" (inside a quote) and reporter's-voice plans and wants (marked not
sourcing). All twelve end with a footer of excluded boilerplate.
Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_af.py [--render]
     python corpus/build_articles_af.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "af.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id af-earnings-dividend-cut-harwell
@style earnings_dividend_cut
Harwell Brands halves its dividend, the first cut in four decades, as detergent sales slide

CINCINNATI -- Harwell Brands Inc. cut its quarterly dividend in half on Thursday, its first reduction in more than 40 years, after the maker of Brightway detergent and Pell's paper towels reported a steeper-than-expected drop in sales and warned that price cuts would weigh on profit through next year.
  > named_organization | harwell | the maker of Brightway detergent and Pell's paper towels | reported | a steeper-than-expected drop in sales
  > named_organization | harwell | the maker of Brightway detergent and Pell's paper towels | warned | >
The company will pay 38 cents a share, down from 76 cents, starting in January, it said in a statement.
  > named_organization | harwell | it | said in a statement | <
Net sales fell 6.2% to $3.1 billion in the quarter ended Sept. 30, the company reported, worse than the 3.4% decline analysts had expected, according to FactStream data.
  > named_organization | harwell | the company | reported | <
  > document | factstream | FactStream data | according to | worse than the 3.4% decline analysts had expected
Shares fell 11% to $52.18 in midday trading in New York, their biggest one-day drop since March 2020.

Chief Executive Dana Whitlock told analysts on a conference call that the company had "waited too long" to lower prices as shoppers traded down to store brands.
  > named_official | whitlock | Chief Executive Dana Whitlock | told analysts on a conference call | >
"We held the line on price for two years longer than our customers did," Whitlock said.
  > named_official | whitlock | Whitlock | said | <
"That's on us, and it's on me."
  > named_official | whitlock | Whitlock | - | *
She said the dividend cut would free about $420 million a year to spend on lower prices and advertising.
  > named_official | whitlock | She | said | >
All told, Harwell employs about 14,000 people in 31 countries.

Chief Financial Officer Martin Ebbers acknowledged on the call that the cut would disappoint many longtime shareholders, including retirees who hold the stock for its income.
  > named_official | ebbers | Chief Financial Officer Martin Ebbers | acknowledged on the call | >
He estimated that about a third of Harwell's shares are held by individual investors.
  > named_official | ebbers | He | estimated | >

"It's the right call, and it's about three quarters late," said Priya Raman, an analyst at Colbert & Lane who rates the stock a hold.
  > named_person | raman | Priya Raman, an analyst at Colbert & Lane who rates the stock a hold | said | <
Raman noted that Harwell's biggest rival, Tessco Home, cut its prices a year ago and has since won back market share.
  > named_person | raman | Raman | noted | >
Some investors were less forgiving.
"For forty years, the one thing you could count on with this company was the check," said Walter Pruett, 78, a retired machinist in Dayton, Ohio, who has owned Harwell shares since 1984.
  > named_person | pruett | Walter Pruett, 78, a retired machinist in Dayton, Ohio, who has owned Harwell shares since 1984 | said | <
Pruett said he would hold on to his shares for now.
  > named_person | pruett | Pruett | said | >

The board debated a smaller cut before settling on halving the payout, according to two people familiar with the board's deliberations, who asked not to be identified because the discussions were private.
  > anonymous_familiar | familiar | two people familiar with the board's deliberations | according to | < | anon=who asked not to be identified because the discussions were private
One of the people said Ebbers had pushed for the deeper cut.
  > anonymous_familiar | familiar | One of the people | said | >
Harwell declined to comment on the board's discussions.
  > declined_comment | harwell | Harwell | declined to comment on the board's discussions | - | resp=declined
The Queen City Business Journal reported last month that the activist investor Thornbury Capital had built a stake in Harwell.
  > media_report | qcbj | The Queen City Business Journal | reported last month | >
Thornbury did not respond to a request for comment.
  > declined_comment | thornbury | Thornbury | did not respond to a request for comment | - | resp=no_response
Harwell also intends to sell its struggling pet-food business, Whisker & Wag, by the middle of next year.
  > named_organization | harwell | Harwell | intends | to sell its struggling pet-food business, Whisker & Wag, by the middle of next year | nosrc

@excluded
(Reporting by Elena Voight in Cincinnati; additional reporting by Sam Oduro in New York; Editing by Mark Tan)
(c) 2025 Meridian Wire. All rights reserved.
''')

ARTICLES.append(r'''
@id af-family-business-succession-ridley-chairs
@style family_business_succession
The Last Chairmaker in the Family

In the finishing room of the Ridley Chair Company, the air smells of linseed oil and sawdust, and Harold Ridley, 74, is running his thumb along the arm of a rocking chair his grandfather designed in 1931.
"You can feel if it's right before you can see it," he says.
  > named_official | harold | he | says | <
Ridley's grandfather, Amos, started the business in a barn outside Hickory, N.C., with two lathes and a mule.
Today the company employs 61 people and sells about 9,000 chairs a year, most of them through furniture stores in the Southeast.
Last month, Ridley put it up for sale.

A decision years in the making

Ridley, the company's president since 1989, says he always assumed one of his three children would take it over.
  > named_official | harold | Ridley, the company's president since 1989 | says | >
None of them will, and he says he does not blame them.
  > named_official | harold | he | says | >
His daughter, Claire Ridley-Moss, is an anesthesiologist in Charlotte.
"I grew up sanding chair legs every summer, and I loved it," she says.
  > named_person | claire | she | says | <
"But I knew by 15 that I didn't want to spend my life worrying about the price of white oak."
  > named_person | claire | Ridley-Moss | - | *
Her brother Thomas, who runs a software company in Raleigh, did not respond to messages, and the youngest, Will, declined to be interviewed.
  > declined_comment | thomas | Her brother Thomas, who runs a software company in Raleigh | did not respond to messages | - | resp=no_response
  > declined_comment | will | the youngest, Will | declined to be interviewed | - | resp=declined

The buyers circling

At least three bidders have toured the plant, according to a person involved in the sale process who was not authorized to discuss it.
  > anonymous_familiar | sale-person | a person involved in the sale process | according to | < | anon=who was not authorized to discuss it
One of them is Larkspur Home Partners, a private equity firm in Atlanta that has bought four furniture makers since 2019 and closed two of them, the person says.
  > anonymous_familiar | sale-person | the person | says | <
Larkspur declined to comment.
  > declined_comment | larkspur | Larkspur | declined to comment | - | resp=declined
The prospect worries the people who build the chairs.
Gloria Pettaway has worked in the upholstery shop for 27 years.
"Mr. Ridley says they'll keep us on, and I believe he means it," she says.
  > named_person | pettaway | she | says | <
"But everybody who sells says that."
  > named_person | pettaway | Pettaway | - | *
Some of her co-workers say they have started applying for jobs at a home-improvement distribution center that opened nearby last year.
  > anonymous_other | coworkers | Some of her co-workers | say | >
Ridley says he has asked every bidder to commit to keeping the plant open for at least five years.
  > named_official | harold | Ridley | says | >

Furniture makers bought by private equity firms often cut their workforces within three years, says Daniel Okafor, who studies family businesses at Blue Ridge State University.
  > named_person | okafor | Daniel Okafor, who studies family businesses at Blue Ridge State University | says | <
"A promise in a sale agreement is only as good as the penalty attached to it," Okafor says.
  > named_person | okafor | Okafor | says | <
A 2022 survey by the Family Enterprise Institute found that only about 3 percent of family companies survive into a fourth generation.
  > document | survey | A 2022 survey by the Family Enterprise Institute | found | >

Back in the finishing room, Ridley sets the rocker down.
"Maybe somebody buys it who loves it the way we did," he says.
  > named_official | harold | he | says | <
"That's the only thing I'm praying for."
  > named_official | harold | Ridley | - | *

@excluded
This article appears in the Winter issue of Carolina Living. Subscribe to the print edition.
Photographs by Jen Albright for Carolina Living
''')

ARTICLES.append(r'''
@id af-contract-holdout-oyelaran-ironclads
@style athlete_contract_holdout
Oyelaran skips first day of Ironclads camp as contract talks stall, agent says
  > named_official | kapoor | agent | says | <

COLUMBUS, Ohio -- Marcus Oyelaran was not on the field Wednesday when the Columbus Ironclads opened training camp, and his agent said the All-Pro defensive end would not report until the team offers him a contract that reflects his standing as one of the league's best pass rushers.
  > named_official | kapoor | his agent | said | >
"Marcus loves this city and he loves this team, but he's not going to play on a deal that pays him like the 20th-best player at his position," the agent, Dev Kapoor, told the Dispatch in a phone interview.
  > named_official | kapoor | the agent, Dev Kapoor | told the Dispatch in a phone interview | <
Oyelaran, 27, is entering the final year of a four-year, $58 million contract.
He led the league with 17 1/2 sacks last season.

General Manager Ruth Calloway said the team had made "a strong, fair offer" in June and had not heard back.
  > named_official | calloway | General Manager Ruth Calloway | said | >
"We want Marcus here for a long time," Calloway said.
  > named_official | calloway | Calloway | said | <
"But there's a process, and the process doesn't include skipping camp."
  > named_official | calloway | Calloway | - | *
Players who hold out of camp can be fined up to $50,000 a day under the league's collective bargaining agreement.
Calloway declined to say whether the team would fine Oyelaran.
  > declined_comment | calloway | Calloway | declined to say whether the team would fine Oyelaran | - | resp=declined
A league official said such fines, once imposed, cannot be waived under the current agreement.
  > anonymous_official | league-official | A league official | said | >

The Ironclads' offer would pay Oyelaran about $26 million a year, according to a person with knowledge of the negotiations, who spoke on the condition of anonymity because the talks are private.
  > anonymous_familiar | negotiations | a person with knowledge of the negotiations | according to | < | anon=who spoke on the condition of anonymity because the talks are private
Kapoor is seeking closer to $32 million, the person said, which would make Oyelaran the highest-paid defensive player in the league.
  > anonymous_familiar | negotiations | the person | said | <
GridironNet reported Tuesday night that the two sides had not spoken in nine days.
  > media_report | gridironnet | GridironNet | reported Tuesday night | >
A team spokesman said the report was wrong and that Calloway and Kapoor had "talked as recently as last week."
  > named_organization | ironclads | A team spokesman | said | >

Coach Brent Fairley, asked about Oyelaran after practice, said he was focused on "the 90 guys who are here."
  > named_official | fairley | Coach Brent Fairley | said | >
Quarterback Jalen Price was more direct.
"Pay the man," Price said, grinning, as he walked off the field.
  > named_person | price | Price | said | "Pay the man,"
"He's the best player on this team, and everybody in that locker room knows it."
  > named_person | price | Price | - | *

Oyelaran has said little in public since the end of last season.
In a post on Instagram on Monday, he wrote only, "Business is business," beneath a picture of himself in an Ironclads helmet.
  > named_person | oyelaran | he | wrote | "Business is business,"
Ironclads fans, who have watched the team reach the playoffs only twice in 11 seasons, are split.
Some fans calling in to sports talk radio on Wednesday called Oyelaran greedy; others said the team should pay him before the price went up.
  > anonymous_other | fans-radio | Some fans calling in to sports talk radio on Wednesday | called | Oyelaran greedy
  > anonymous_other | fans-others | others | said | >
"You don't let your best player walk over a few million dollars," said Terrence Bullock, 44, a season-ticket holder from Westerville who was watching practice from the bleachers.
  > named_person | bullock | Terrence Bullock, 44, a season-ticket holder from Westerville who was watching practice from the bleachers | said | <

@excluded
More Ironclads coverage: Camp observations, Day 1 | Who replaces Oyelaran if the holdout drags on?
Sign up for the Dispatch Ironclads newsletter
''')

ARTICLES.append(r'''
@id af-eligibility-forfeit-brookfield
@style high_school_eligibility_forfeit
Brookfield girls basketball must forfeit 14 wins over ineligible player, state association says
  > named_organization | association | state association | says | <

BROOKFIELD, Ky. -- The Brookfield High School girls basketball team must forfeit 14 of its 19 wins this season because a transfer student played in those games before she was cleared to do so, the Kentucky Scholastic Athletic Association announced Tuesday.
  > named_organization | association | the Kentucky Scholastic Athletic Association | announced Tuesday | <
The ruling knocks the Lady Bobcats out of next week's district tournament.
The association's commissioner, Gerald Vance, said in a written decision that Brookfield had not filed the player's transfer paperwork until Jan. 8, more than two months after her first game.
  > named_official | vance | The association's commissioner, Gerald Vance | said in a written decision | >
"The rule exists so that every school is playing by the same set of facts," Vance wrote.
  > named_official | vance | Vance | wrote | <
The player, a junior who moved to Brookfield from Tennessee in the fall, is not named in the decision, and WBKY is not naming her because she is a minor.

Principal Angela Burris called the ruling "devastating for a group of girls who did nothing wrong."
  > named_official | burris | Principal Angela Burris | called | >
She acknowledged that the paperwork was late and said the error was made in the athletic office, not by the player or her family.
  > named_official | burris | She | acknowledged | that the paperwork was late
  > named_official | burris | She | said | the error was made in the athletic office, not by the player or her family
The school's athletic director, Kyle Dennison, resigned Monday, according to a letter posted on the district's website.
  > document | letter | a letter posted on the district's website | according to | <
Dennison could not be reached for comment.
  > declined_comment | dennison | Dennison | could not be reached for comment | - | resp=unreachable

Head coach Tasha Greer told WBKY she learned of the ruling from a parent's text message during study hall.
  > named_official | greer | Head coach Tasha Greer | told WBKY | >
"I had to tell 12 teenage girls in a locker room that their season was over," Greer said.
  > named_official | greer | Greer | said | <
"That's the worst thing I've ever had to do as a coach."
  > named_official | greer | Greer | - | *
Players were told to turn in their uniforms by Friday.
Senior guard Maddie Colson, who scored 31 points in the team's last win, said she hoped the school would appeal.
  > named_person | colson | Senior guard Maddie Colson, who scored 31 points in the team's last win | said | >
Her mother, Renee Colson, said families had started an online petition asking the association to reconsider.
  > named_person | renee-colson | Her mother, Renee Colson | said | >
The petition had more than 2,300 signatures by Tuesday evening.

The district has 10 days to appeal, according to the association's bylaws.
  > document | bylaws | the association's bylaws | according to | <
Superintendent Mark Haney said in a statement that the district was "reviewing all options."
  > named_official | haney | Superintendent Mark Haney | said in a statement | >
The coach of a team that lost to Brookfield twice this season, who asked not to be named because he did not want to be seen as piling on, said he had raised questions about the player's eligibility with the association in December.
  > anonymous_official | rival-coach | The coach of a team that lost to Brookfield twice this season | said | > | anon=who asked not to be named because he did not want to be seen as piling on, count=1
The association did not respond to a question about when it first learned of the complaint.
  > declined_comment | association | The association | did not respond to a question about when it first learned of the complaint | - | resp=no_response

@excluded
Copyright 2025 WBKY. All rights reserved.
Download the WBKY 6 News app to get alerts on breaking news and Friday night scores.
''')

ARTICLES.append(r'''
@id af-antibiotic-shortage-upper-peninsula
@style pediatric_antibiotic_shortage
Amoxicillin is hard to find again, and parents in the Upper Peninsula are driving hours for it

When her 3-year-old son spiked a fever of 104 last Tuesday, Kayla Brandvold did what she always does: she called the pediatric clinic in Harlow Falls.
The doctor diagnosed an ear infection and called in a prescription for liquid amoxicillin.
Then the pharmacy called back.
"They said they didn't have it, and they didn't know when they'd have it," Brandvold says.
  > named_person | brandvold | Brandvold | says | <
"So I started calling around."
  > named_person | brandvold | Brandvold | - | *
She found a bottle at a pharmacy in Marquette, 70 miles away.

Across the Upper Peninsula, pharmacists say the children's liquid form of the antibiotic has been scarce since early October.
  > anonymous_other | pharmacists | pharmacists | say | >
The Food and Drug Administration added amoxicillin oral suspension to its list of drugs in shortage on Oct. 14, according to the agency's online database.
  > document | fda-database | the agency's online database | according to | <
The American Society of Health-System Pharmacists, which tracks shortages, says three of the five companies that make the drug for the U.S. market are reporting delays.
  > named_organization | ashp | The American Society of Health-System Pharmacists, which tracks shortages | says | >
One of those companies, Pellham Pharmaceuticals, says in a statement that it is "running our lines around the clock" and expects to catch up by January.
  > named_organization | pellham | One of those companies, Pellham Pharmaceuticals | says in a statement | >
Another, Duval Generics, did not respond to requests for comment.
  > declined_comment | duval | Another, Duval Generics | did not respond to requests for comment | - | resp=no_response

Ben Lindqvist, a pharmacist in Harlow Falls, testified before a state Senate committee in Lansing last month that he had turned away more than 40 prescriptions for the drug in a single week.
  > named_person | lindqvist | Ben Lindqvist, a pharmacist in Harlow Falls | testified | that he had turned away more than 40 prescriptions for the drug in a single week
"I've been doing this 31 years, and I've never had to tell this many parents no," he says.
  > named_person | lindqvist | he | says | <
Dr. Amara Nwosu, medical director of pediatrics at UP Regional Health, says doctors are switching children to other antibiotics when they can.
  > named_official | nwosu | Dr. Amara Nwosu, medical director of pediatrics at UP Regional Health | says | >
"Those alternatives are fine for a lot of kids," Nwosu says.
  > named_official | nwosu | Nwosu | says | <
"But some of them taste terrible, and if a toddler won't swallow it, it doesn't work."
  > named_official | nwosu | Nwosu | - | *
She warns that parents should not use leftover antibiotics or split adult pills without asking a doctor.
  > named_official | nwosu | She | warns | >

A report released this spring by the Drug Supply Research Center, a nonprofit in Minneapolis, found that the average drug shortage now lasts more than 18 months.
  > document | dsrc-report | A report released this spring by the Drug Supply Research Center, a nonprofit in Minneapolis | found | >
Manufacturers make very little money on old generics like amoxicillin, so few of them build extra capacity, says Rohan Mehra, a health economist at Lakehead University who studies drug supply chains.
  > named_person | mehra | Rohan Mehra, a health economist at Lakehead University who studies drug supply chains | says | <
Kayla Brandvold's son is better now.
She says she now asks the pharmacy to check its shelves before her doctor sends a prescription.
  > named_person | brandvold | She | says | >

@excluded
Support for WNMR's health coverage comes from listeners like you. Donate now.
''')

ARTICLES.append(r'''
@id af-fossil-species-parvoscutum
@style fossil_species_description
A Tiny Armored Dinosaur From Utah Pushes Back the Origin of Ankylosaurs, Study Finds
  > document | study | Study | Finds | <

A dinosaur no bigger than a house cat, covered in bony studs and found in a slab of sandstone in southern Utah, is the oldest known relative of the heavily armored ankylosaurs by about 15 million years, according to a study published Wednesday in the Journal of Vertebrate Anatomy.
  > document | study | a study published Wednesday in the Journal of Vertebrate Anatomy | according to | <
The animal, which its discoverers have named Parvoscutum kaibabense, lived about 190 million years ago, in the Early Jurassic.
Its skeleton -- nearly complete and about 28 inches long -- was found in 2019 by Dale Hutchins, a retired high school chemistry teacher who was hiking a dry wash near Kanab.
"I saw what looked like a row of little buttons in the rock," Mr. Hutchins, 68, said in an interview.
  > named_person | hutchins | Mr. Hutchins, 68 | said in an interview | <
"I had no idea what I was looking at."
  > named_person | hutchins | Mr. Hutchins | - | *

Dr. Celeste Marrow, a paleontologist at the Great Basin Museum of Natural History in Salt Lake City and the study's lead author, said the find showed that armor evolved early and in small animals, not as a response to giant predators, as many paleontologists had assumed.
  > named_person | marrow | Dr. Celeste Marrow, a paleontologist at the Great Basin Museum of Natural History in Salt Lake City and the study's lead author | said | >
"Everyone pictured armor showing up in big, slow tanks," Dr. Marrow said.
  > named_person | marrow | Dr. Marrow | said | <
"This animal could have sat in your lap."
  > named_person | marrow | Dr. Marrow | - | *
The study describes 212 osteoderms, the bony plates embedded in the skin, arranged in rows along the animal's back and tail.
  > document | study | The study | describes | >
Using CT scans, the team found growth rings in the leg bones suggesting that the animal was nearly full grown when it died, the paper says.
  > document | study | the paper | says | <

Not everyone is convinced.
Dr. Henry Oduya, a paleontologist at Front Range University who was not involved in the research, said the skeleton's age rested on a single layer of volcanic ash.
  > named_person | oduya | Dr. Henry Oduya, a paleontologist at Front Range University who was not involved in the research | said | >
"If that date moves, the whole story moves," he said.
  > named_person | oduya | he | said | <
He added that some of the features the authors describe as armor could be impressions of scaly skin.
  > named_person | oduya | He | added | >
Dr. Marrow said the team had dated two ash layers, not one, and that both gave the same age within a million years.
  > named_person | marrow | Dr. Marrow | said | >

The fossil was found on federal land and will be kept at the museum, according to a collecting permit filed with the Bureau of Land Management.
  > document | permit | a collecting permit filed with the Bureau of Land Management | according to | <
The Red Rock Courier reported in 2021, when the skeleton was first dug out, that scientists suspected it was a young stegosaur.
  > media_report | courier | The Red Rock Courier | reported in 2021 | that scientists suspected it was a young stegosaur
The museum said in a statement that the skeleton would go on display in the spring.
  > named_organization | museum | The museum | said in a statement | >
Mr. Hutchins, who now volunteers two days a week in the museum's fossil preparation lab, said he had been invited to suggest the species name but had declined.
  > named_person | hutchins | Mr. Hutchins, who now volunteers two days a week in the museum's fossil preparation lab | said | >
"They asked if I wanted it named after me," he said.
  > named_person | hutchins | he | said | <
"I told them the rock deserved the credit, since it's said to be a good deal older than I am."
  > named_person | hutchins | Mr. Hutchins | - | *

@excluded
Correction: An earlier version of this article misstated the length of the skeleton. It is about 28 inches long, not 28 feet.
A version of this article appears in print on Section D, Page 3 of the New York edition.
''')

ARTICLES.append(r'''
@id af-smartwatch-heart-alert-study
@style smartwatch_heart_alert_study
Smartwatch heart alerts are often wrong in younger users, study finds
  > document | study | study | finds | <

If you wear a smartwatch, you may have gotten one of its irregular-rhythm alerts.
A large new study suggests that for many younger users, those alerts are false alarms.
  > document | study | A large new study | suggests | >
Here's what the researchers found, and what to do if your wrist buzzes.

What did the study look at?

Researchers at the Kessler Heart Institute in Cleveland followed 41,000 smartwatch owners for two years, comparing the watches' alerts with readings from medical-grade patch monitors, according to the paper, published Monday in the journal Cardiac Rhythm Reports.
  > document | study | the paper, published Monday in the journal Cardiac Rhythm Reports | according to | <

What did it find?

Among users 65 and older, about 84% of alerts turned out to reflect atrial fibrillation, a common rhythm disorder that raises the risk of stroke, the study found.
  > document | study | the study | found | <
Among users under 40, the figure was just 19%, according to the study.
  > document | study | the study | according to | <
"For an older person, an alert is worth taking very seriously," said Dr. Lena Hargrove, a cardiologist at Kessler and the study's senior author.
  > named_person | hargrove | Dr. Lena Hargrove, a cardiologist at Kessler and the study's senior author | said | <
"For a healthy 30-year-old, it's much more likely to be noise."
  > named_person | hargrove | Hargrove | - | *

Why would the watch get it wrong?

Most watches check rhythm with an optical sensor that shines light into the skin, and movement, tattoos and a loose band can all throw off the reading, Hargrove said.
  > named_person | hargrove | Hargrove | said | <
She noted that younger people's hearts also naturally speed up and slow down with breathing, which the software can mistake for an irregular rhythm.
  > named_person | hargrove | She | noted | >
Pulse Technologies, whose Pulse Watch was the most common device in the study, said in a statement that its alerts are "not intended to diagnose" and that its app tells users under 22 that the feature is not approved for them.
  > named_organization | pulse | Pulse Technologies, whose Pulse Watch was the most common device in the study | said in a statement | >
A spokesman for Corvid, which makes the second most common watch in the study, declined to comment.
  > declined_comment | corvid | A spokesman for Corvid, which makes the second most common watch in the study | declined to comment | - | resp=declined

So what should you do?

Don't ignore an alert, but don't panic either, said Dr. Marcus Feld, a cardiologist in Denver who was not involved in the research.
  > named_person | feld | Dr. Marcus Feld, a cardiologist in Denver who was not involved in the research | said | <
He suggested writing down what you were doing when the alert came and sharing the watch's recording with a doctor, who can order a proper test if needed.
  > named_person | feld | He | suggested | >
"The watch is a smoke detector, not a fire inspector," Feld said.
  > named_person | feld | Feld | said | <
Some doctors say the alerts are filling their waiting rooms with worried, healthy patients.
  > anonymous_other | doctors | Some doctors | say | >
A 2024 survey of 600 primary care physicians by the Primary Care Research Network found that about four in 10 had seen a patient about a smartwatch alert in the previous month.
  > document | survey | A 2024 survey of 600 primary care physicians by the Primary Care Research Network | found | >

@excluded
Read more: How to tell whether your home blood pressure cuff is accurate
Have a health question you want answered? Email the Well Explained team.
''')

ARTICLES.append(r'''
@id af-bookstore-coop-paper-lantern
@style bookstore_cooperative_buyout
Readers to the rescue: Customers raise $410,000 to buy Elm Street's Paper Lantern Books

For 38 years, Paper Lantern Books has occupied the same narrow storefront on Elm Street, with a cat in the window and creaky floorboards that announce every customer.
In January, its owner, Ruth Abernathy, 71, announced she would retire and close the shop by summer unless someone bought it.
  > named_official | abernathy | its owner, Ruth Abernathy, 71 | announced | >
Nobody did -- at least, no one person did.

On Saturday, a cooperative of 1,140 customers, neighbors and former employees completed its purchase of the business for $410,000, raised in $100 shares, the group said.
  > named_organization | coop | the group | said | <
"We were not going to let this become another vape shop," said Devin Achebe, 34, a high school English teacher who led the effort and is now president of the co-op's board.
  > named_official | achebe | Devin Achebe, 34, a high school English teacher who led the effort and is now president of the co-op's board | said | <
Achebe said the co-op would keep all five of the store's employees and hire a general manager.
  > named_official | achebe | Achebe | said | >
He declined to say how many members had bought more than one share.
  > declined_comment | achebe | He | declined to say how many members had bought more than one share | - | resp=declined
The building's owner, Elm Street Realty Trust, agreed to a 10-year lease at a rent about 15% below what it had sought from other tenants, according to a copy of the lease provided by the co-op.
  > document | lease | a copy of the lease provided by the co-op | according to | <
The trust's manager, Paul Ingersoll, said in an interview that he had "no interest in being the guy who killed the bookstore."
  > named_official | ingersoll | The trust's manager, Paul Ingersoll | said in an interview | >

Among the employees staying on is Tomasz Wierzbicki, who has worked the register for 19 years.
"Ruth gave me a job when I couldn't speak much English," he said.
  > named_person | wierzbicki | he | said | <
"Now my customers own the place, which is strange, but good strange."
  > named_person | wierzbicki | Wierzbicki | - | *
Abernathy, who will keep a seat on the board for a year, said she cried when the last share was sold.
  > named_official | abernathy | Abernathy, who will keep a seat on the board for a year | said | >

Whether the model will last is another question.
Some independent booksellers say co-ops struggle once the excitement fades and members start expecting discounts the store can't afford.
  > anonymous_other | booksellers | Some independent booksellers | say | >
The Independent Booksellers Alliance, a trade group, said it knows of 14 customer-owned bookstores in the country, three of which have closed since 2020.
  > named_organization | iba | The Independent Booksellers Alliance, a trade group | said | >
"A community can buy a store in a weekend," said Harriet Sloane, a retail consultant who advises independent shops.
  > named_person | sloane | Harriet Sloane, a retail consultant who advises independent shops | said | <
"Running one for ten years is a different thing."
  > named_person | sloane | Sloane | - | *
The Tribune reported in February that the co-op had raised less than half its goal in its first month.
  > media_report | tribune | The Tribune | reported in February | >
The store will close for two weeks in June for new shelves and a coat of paint, and the co-op plans to add a children's reading room in the back.
  > named_organization | coop | the co-op | plans | to add a children's reading room in the back | nosrc

@excluded
Join the conversation: 23 comments
Comments are moderated and may take up to 24 hours to appear. Read our community guidelines.
''')

ARTICLES.append(r'''
@id af-language-immersion-neshkoro
@style language_immersion_school
First class graduates from Neshkoro immersion school, a milestone elders say they feared they would never see
  > anonymous_other | elders | elders | say | they feared they would never see

RED CEDAR, Wis. -- Eleven students in beaded graduation caps walked across the gym floor at the Neshkoro Language Nest on Friday, the first class to go from kindergarten through eighth grade taught almost entirely in a language that had fewer than 20 fluent speakers when the school opened in 2016.
The school's director, Anna Whitefeather, told the crowd of about 400 that the students now speak the language better than she does.
  > named_official | whitefeather | The school's director, Anna Whitefeather | told the crowd of about 400 | >
"When we started, people told us we were too late," Whitefeather said.
  > named_official | whitefeather | Whitefeather | said | <
"These eleven are our answer."
  > named_official | whitefeather | Whitefeather | - | *

One of the school's founders, an 88-year-old elder who learned the language from her grandmother, sat in the front row.
The elder, Josephine Crane, is one of six first-language speakers still living, according to the tribe's language department.
  > named_organization | language-dept | the tribe's language department | according to | <
Speaking in Neshkoro, with her grandson translating, Crane said she had not expected to live to see the day.
  > named_person | crane | Crane | said | >
"I used to dream in this language and wake up with nobody to tell," she said.
  > named_person | crane | she | said | <
Graduate Micah Lasley, 14, said he wanted to come back one day and teach at the school.
  > named_person | micah-lasley | Graduate Micah Lasley, 14 | said | >
His mother, Dana Lasley, who does not speak the language, said she has been taking night classes so she can understand her son at the dinner table.
  > named_person | dana-lasley | His mother, Dana Lasley, who does not speak the language | said | >

The school runs on about $1.2 million a year, most of it from a federal grant that expires in 2026, according to budget documents presented to the tribal council in March.
  > document | budget | budget documents presented to the tribal council in March | according to | <
Tribal Chairman Robert Greyeagle said the council would cover the gap if the grant is not renewed.
  > named_official | greyeagle | Tribal Chairman Robert Greyeagle | said | >
A 2021 study of 18 Native language immersion programs by researchers at the University of the Northern Plains found that their students scored as well as or better than their peers on state English reading tests by eighth grade.
  > document | study | A 2021 study of 18 Native language immersion programs by researchers at the University of the Northern Plains | found | >
"The hardest part isn't the kids," said Samuel Otero, a linguist at the university who has advised the school since it opened.
  > named_person | otero | Samuel Otero, a linguist at the university who has advised the school since it opened | said | <
"It's the teachers.
  > named_person | otero | Otero | - | *
You need adults who can teach algebra in the language, and that pipeline is tiny."
  > named_person | otero | Otero | - | *

Some parents have questioned whether their children will be ready for the English-language public high school in town.
  > anonymous_other | parents | Some parents | have questioned | >
Whitefeather acknowledged that the first semester would be hard and said the school had hired a tutor to help the graduates with the switch.
  > named_official | whitefeather | Whitefeather | acknowledged | that the first semester would be hard
  > named_official | whitefeather | Whitefeather | said | the school had hired a tutor to help the graduates with the switch
The principal of Red Cedar High School did not respond to a request for comment.
  > declined_comment | rc-principal | The principal of Red Cedar High School | did not respond to a request for comment | - | resp=no_response
After the ceremony, families were told to leave their cars at the gym and walk to the community hall for a feast of venison, wild rice and fry bread.

@excluded
Photo: Graduates of the Neshkoro Language Nest line up before Friday's ceremony. (Lena Morrow / Northwoods Record)
Related: How the Nest trains its teachers
''')

ARTICLES.append(r'''
@id af-return-to-office-tallis
@style return_to_office_mandate
Tallis Software orders staff back five days a week; 1,900 sign open letter

Tallis Software, the Austin-based maker of accounting tools for small businesses, will require its roughly 6,200 employees to work from an office five days a week starting March 3, according to an internal memo sent Monday by Chief Executive Rowan Pike.
  > document | memo | an internal memo sent Monday by Chief Executive Rowan Pike | according to | <
The memo, which was reviewed by Workforce Ledger, says in-person work is "how we build things that last" and that employees who live more than 50 miles from an office will be offered relocation help or severance.
  > document | memo | The memo, which was reviewed by Workforce Ledger | says | >
By Wednesday, more than 1,900 employees had signed an open letter to Pike, according to two employees who helped organize it.
  > anonymous_other | organizers | two employees who helped organize it | according to | <
The employees, who spoke on the condition of anonymity because they feared being fired, said the letter had been signed by engineers, salespeople and at least 40 managers.
  > anonymous_other | organizers | The employees | said | > | anon=who spoke on the condition of anonymity because they feared being fired
The letter argues that the company's own engagement surveys show remote teams are as productive as office-based ones.
  > document | open-letter | The letter | argues | >

In a statement, Tallis said the policy "reflects what we believe is best for our customers and our culture."
  > named_organization | tallis | Tallis | said | >
A company spokeswoman, Mei Lin Cho, declined to say whether the company would respond to the letter.
  > declined_comment | cho | A company spokeswoman, Mei Lin Cho | declined to say whether the company would respond to the letter | - | resp=declined
Pike told analysts on a call last month that remote work had "slowed down decision-making" at the company, without offering evidence.
  > named_official | pike | Pike | told analysts on a call last month | that remote work had "slowed down decision-making" at the company
A Tallis executive, who spoke on the condition of anonymity to discuss internal planning, said leaders expected about 10% of staff to leave rather than return, and considered that acceptable.
  > anonymous_official | executive | A Tallis executive | said | > | anon=who spoke on the condition of anonymity to discuss internal planning
Badge-swipe data compiled by SecurePoint, a building security company, show that office occupancy in Austin averaged 54% of pre-pandemic levels in January.
  > document | badge-data | Badge-swipe data compiled by SecurePoint, a building security company | show | >

"Mandates like this are often a quiet layoff," said Nadia Brooks, a professor of management at Gulf Coast University who studies remote work.
  > named_person | brooks | Nadia Brooks, a professor of management at Gulf Coast University who studies remote work | said | <
"Companies know some people won't come back, and they don't have to pay severance to the ones who quit on their own."
  > named_person | brooks | Brooks | - | *
Jorge Medina, a senior engineer in Denver who has worked remotely for Tallis since 2019, said he would not move.
  > named_person | medina | Jorge Medina, a senior engineer in Denver who has worked remotely for Tallis since 2019 | said | >
"My kids are in school here, and my team has shipped every release on time," Medina said.
  > named_person | medina | Medina | said | <
"I'll take the severance."
  > named_person | medina | Medina | - | *
TechBeat reported last year that Tallis had quietly closed two of its eight offices to save money.
  > media_report | techbeat | TechBeat | reported last year | >
Tallis did not respond to questions about the office closures.
  > declined_comment | tallis | Tallis | did not respond to questions about the office closures | - | resp=no_response
A spokesman for the Communications Workers of America said the union had heard from "dozens" of Tallis employees since Monday.
  > named_organization | cwa | A spokesman for the Communications Workers of America | said | >
Pike wants the company's new headquarters tower, which opens in February, full by spring.
  > named_official | pike | Pike | wants | the company's new headquarters tower, which opens in February, full by spring | nosrc

@excluded
Get Workforce Ledger's daily briefing in your inbox. Sign up
Related: The return-to-office tracker: which employers are calling workers back
''')

ARTICLES.append(r'''
@id af-brewery-trademark-sprocket
@style brewery_trademark_dispute
Hop Sprocket vs. Sprocket Hill: Two Breweries, One Word and a Cease-and-Desist Letter

A tiny brewery in Vermont and a much bigger one in Colorado are fighting over a word, and beer drinkers on both sides have opinions.
Sprocket Hill Brewing, a 12-barrel brewpub in Ashby, Vermont, received a cease-and-desist letter last month from Hop Sprocket Brewing Co. of Fort Collins, Colorado.
The letter, a copy of which Sprocket Hill posted on Instagram, says the Vermont brewery's name and its gear-shaped logo are "confusingly similar" to Hop Sprocket's federally registered trademarks and demands that Sprocket Hill rebrand within 90 days.
  > document | letter | The letter, a copy of which Sprocket Hill posted on Instagram | says | the Vermont brewery's name and its gear-shaped logo are "confusingly similar" to Hop Sprocket's federally registered trademarks
  > document | letter | The letter, a copy of which Sprocket Hill posted on Instagram | demands | that Sprocket Hill rebrand within 90 days

Sprocket Hill's co-owner, Beth Kowalski, said she and her husband named the brewery after the hill behind their house, which was called Sprocket Hill long before either brewery existed.
  > named_official | kowalski | Sprocket Hill's co-owner, Beth Kowalski | said | >
"We're not trying to be anybody," she said.
  > named_official | kowalski | she | said | <
"We're four tap handles and a dog."
  > named_official | kowalski | Kowalski | - | *
She estimated that a new name would cost the brewery at least $60,000 in signs, cans and glassware.
  > named_official | kowalski | She | estimated | >

Hop Sprocket's founder and chief executive, Greg Toller, said in a statement that the company "has a duty to protect its marks" and had offered Sprocket Hill $15,000 toward the cost of a new name.
  > named_official | toller | Hop Sprocket's founder and chief executive, Greg Toller | said in a statement | >
"If we don't enforce our trademark, we risk losing it," Toller said.
  > named_official | toller | Toller | said | <
Kowalski said no such offer had been made in writing.
  > named_official | kowalski | Kowalski | said | >
Hop Sprocket did not respond to a follow-up question about the offer.
  > declined_comment | hop-sprocket | Hop Sprocket | did not respond to a follow-up question about the offer | - | resp=no_response
Hop Sprocket brewed about 210,000 barrels last year, making it the 19th-largest craft brewer in the country, according to the Brewers Guild of America, a trade group.
  > named_organization | guild | the Brewers Guild of America, a trade group | according to | <

Disputes like this one have become routine as the number of American breweries passed 9,000, said Lauren Petrakis, an intellectual property lawyer in Denver who is not involved in the dispute.
  > named_person | petrakis | Lauren Petrakis, an intellectual property lawyer in Denver who is not involved in the dispute | said | <
"Almost every good beer name is taken," she said.
  > named_person | petrakis | she | said | <
Petrakis noted that a federal registration gives its holder strong rights nationwide, even against a business that has used a name in only one town.
  > named_person | petrakis | Petrakis | noted | >
Beer drinkers on social media have mostly taken Sprocket Hill's side, and some have said they will stop buying Hop Sprocket beer.
  > anonymous_other | drinkers | some | have said | >
Green Mountain Beverage, which distributes both breweries' beers in Vermont, declined to comment.
  > declined_comment | gmb | Green Mountain Beverage, which distributes both breweries' beers in Vermont | declined to comment | - | resp=declined
The Mash Tun Report reported in 2022 that Hop Sprocket had sent at least five similar letters to other breweries.
  > media_report | mash-tun | The Mash Tun Report | reported in 2022 | >
For Kowalski, the moment called for a beer of its own: this week Sprocket Hill released a hazy IPA named Cease & Desist.

@excluded
What do you think? Tell us in the comments below.
Cheers! Subscribe to the Tap Line newsletter for weekly industry news.
''')

ARTICLES.append(r'''
@id af-ski-pass-price-summit-ridge
@style ski_pass_price_backlash
Locals priced out: Summit Ridge's season pass jumped 38% as its owner's profits soared, records show
  > document | filings | records | show | Summit Ridge's season pass jumped 38% as its owner's profits soared

SILVER GULCH, Colo. -- When Summit Ridge ski area raised the price of its unrestricted season pass to $1,149 this fall, up from $829 two years ago, the resort's owner said the increase was needed to pay for a new high-speed lift and rising wages.
  > named_organization | alpenrock | the resort's owner | said | >
But the company's filings with the Securities and Exchange Commission, reviewed by the Silver Gulch Sentinel, show that the owner, Alpenrock Resorts, spent far more over the same period buying back its own shares than it did on the lift.
  > document | filings | the company's filings with the Securities and Exchange Commission, reviewed by the Silver Gulch Sentinel | show | >
Alpenrock's net income rose to $212 million in the fiscal year that ended July 31, up from $131 million two years earlier, the filings show.
  > document | filings | the filings | show | <
The company spent $96 million repurchasing shares last year and about $31 million on the lift, according to the same filings.
  > document | filings | the same filings | according to | <

Alpenrock's vice president of communications, Sierra Dahl, said in an email that the buybacks and the lift came from "separate pools of capital" and that the company had frozen prices for beginner lessons.
  > named_official | dahl | Alpenrock's vice president of communications, Sierra Dahl | said in an email | >
Dahl declined to make Alpenrock's chief executive, Conrad Whitely, available for an interview.
  > declined_comment | dahl | Dahl | declined to make Alpenrock's chief executive, Conrad Whitely, available for an interview | - | resp=declined
A person familiar with Alpenrock's pricing said the company had tested the new price at two of its other resorts before bringing it to Summit Ridge.
  > anonymous_familiar | familiar | A person familiar with Alpenrock's pricing | said | >

Jenna Castellano, a ski patroller at Summit Ridge for nine years, said she can no longer afford passes for her two children, even with her employee discount.
  > named_person | castellano | Jenna Castellano, a ski patroller at Summit Ridge for nine years | said | >
"I work on that mountain every day, and my kids learned to ski there," she said.
  > named_person | castellano | she | said | <
"Now they're sledding in the backyard."
  > named_person | castellano | Castellano | - | *
Three other resort employees, who asked not to be named because Alpenrock's employee handbook bars them from speaking to the press, said rents in company housing had also gone up this year.
  > anonymous_other | employees | Three other resort employees | said | > | anon=who asked not to be named because Alpenrock's employee handbook bars them from speaking to the press
An internal email sent to managers in August, which one of the employees provided to the Sentinel, said the price had been set "to align Summit Ridge with peer destination resorts" and made no mention of wages.
  > document | email | An internal email sent to managers in August, which one of the employees provided to the Sentinel | said | the price had been set "to align Summit Ridge with peer destination resorts"

Kyle Ostrander, an analyst at Pinecrest Research who covers ski companies, estimated that Alpenrock's pass revenue had grown by about a quarter since 2022 even as the number of passes sold fell slightly.
  > named_person | ostrander | Kyle Ostrander, an analyst at Pinecrest Research who covers ski companies | estimated | >
"It's the luxury playbook: fewer customers, paying more," he said.
  > named_person | ostrander | he | said | <
A survey of 612 residents conducted in October by the Sentinel and the Mountain Policy Lab at Western Slope College found that 58% had skipped buying a pass this season because of the price.
  > document | survey | A survey of 612 residents conducted in October by the Sentinel and the Mountain Policy Lab at Western Slope College | found | >
The Sentinel reported in April that Alpenrock had halved the number of discounted passes it sells through local schools.
  > media_report | sentinel | The Sentinel | reported in April | >
The Front Range Business Daily reported last week that two other Alpenrock resorts had raised their prices by more than 30%.
  > media_report | frbd | The Front Range Business Daily | reported last week | >
Marta Olsen, who owns the Lift Line Cafe at the base of the mountain, said her cafe's winter sales were down 12% through December.
  > named_official | olsen | Marta Olsen, who owns the Lift Line Cafe at the base of the mountain | said | >
Some longtime skiers say the resort is now run for shareholders, not for the town.
  > anonymous_other | skiers | Some longtime skiers | say | >
A spokesman for Pinnacle Capital, Alpenrock's largest shareholder, could not be reached.
  > declined_comment | pinnacle | A spokesman for Pinnacle Capital, Alpenrock's largest shareholder | could not be reached | - | resp=unreachable

@excluded
This story was produced by the Silver Gulch Sentinel, a nonprofit newsroom. Donate to support local investigative reporting.
Have a tip? Contact our investigations team.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
