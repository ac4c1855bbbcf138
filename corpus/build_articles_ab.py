"""Build corpus/articles/ab.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (streaming_price_increase, ultraprocessed_food_study, music_festival_cancellation,
figure_skating_judging_dispute, grocery_shrinkflation, pickleball_noise_dispute, ipo_debut,
shipwreck_discovery, otc_hearing_aid_refunds, mural_removal_dispute,
coffee_roaster_price_squeeze, ev_charger_reliability), weighted toward business, science and
health, culture, sports, local life and consumer news, in the voices of twelve kinds of outlet
(business wire copy with a credit line, a health explainer with question subheads, an arts
desk, a sports desk, a consumer column in the second person, a local TV website, a markets
desk with a correction, a public-radio website in the present tense, a nonprofit health
newsroom, a metro desk, coffee-industry trade press, a data-driven investigation with a
"How we did this" subhead). Each article mixes named private people (customers, fans,
athletes, residents, divers, nurses) with company executives and spokespeople (named:
named_official; unnamed: named_organization), experts and analysts (named_person), studies,
filings, surveys, data, emails and statements (document), other outlets' and historic
newspapers' reports (media_report), anonymous sources of all three kinds (with and without a
stated reason), and non-answers of all three kinds, including one by a source that also
speaks in the same sentence. Owners and executives speaking for their own business are typed
named_official; a business owner speaking only as a neighbour is a named_person. Sources
described first and named later ("a man who has run the laundromat", "a retired schoolteacher
in Green Bay"); quotes split around the cue, running over two or three sentences, and quotes
whose cue comes only in their last sentence; headline attributions ("..., promoter blames",
"..., buyers say", "..., state historical society says"). Lookalikes left unannotated: signs
that "say" or "read", a recipe that "called for", players "told to leave", a mural "said to
be" the most photographed wall, reporter's narration; reporter's-voice wants and plans marked
not sourcing. Ten of the twelve end with a footer of excluded boilerplate.
Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_ab.py [--render]
     python corpus/build_articles_ab.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "ab.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id ab-streaming-price-increase-reelhouse
@style streaming_price_increase
Reelhouse raises U.S. streaming prices by up to $3 a month, blaming sports rights
  > named_organization | reelhouse | Reelhouse | blaming | sports rights

LOS ANGELES -- Reelhouse, the streaming service owned by Calder Media Group, will raise monthly prices for most of its U.S. subscribers by $1 to $3 starting March 1, the company said on Tuesday.
  > named_organization | reelhouse | the company | said on Tuesday | <
The ad-free plan will rise to $19.99 from $17.99, and the cheapest plan, which carries advertising, will go to $9.99 from $7.99, according to a notice posted on the service's help page.
  > document | notice | a notice posted on the service's help page | according to | <
It is the service's second increase in 14 months.
In a letter to subscribers, Reelhouse said the money would help pay for live sports, including National Lacrosse League games and a package of Sunday night college basketball that begins in November.
  > named_organization | reelhouse | Reelhouse | said | >
"Live sports are the most expensive thing we have ever put on the service, and the most watched," the letter said.
  > document | letter | the letter | said | <

Calder's chief financial officer, Owen Petrakis, told analysts on a conference call in November that the company expected "some churn" from future price changes.
  > named_official | petrakis | Calder's chief financial officer, Owen Petrakis | told analysts on a conference call in November | >
He added that past increases had cost the service fewer subscribers than it had forecast.
  > named_official | petrakis | He | added | >
Reelhouse had 41.2 million subscribers in the United States at the end of September, according to Calder's most recent quarterly filing.
  > document | filing | Calder's most recent quarterly filing | according to | <
A Calder executive, who requested anonymity to discuss internal projections, said the company had planned for the loss of about 900,000 subscribers over the first three months.
  > anonymous_official | executive | A Calder executive | said | > | anon=who requested anonymity to discuss internal projections

"Price increases have become the industry's favorite lever," said Mara Whitfield, a media analyst at Dunmore Partners.
  > named_person | whitfield | Mara Whitfield, a media analyst at Dunmore Partners | said | <
She estimated that the new prices would add about $410 million in annual revenue even if 3 percent of subscribers canceled.
  > named_person | whitfield | She | estimated | >
Data from the research firm Antenna Metrics show that about 38 percent of U.S. subscribers who cancel a streaming service sign up again within six months.
  > document | antenna | Data from the research firm Antenna Metrics | show | >
"People grumble, and then they come back," Whitfield said.
  > named_person | whitfield | Whitfield | said | <
"That's the whole bet."
  > named_person | whitfield | Whitfield | - | *

Reelhouse also plans to charge $6.99 a month for each extra household that shares an account, a move first reported by The Hollywood Ledger in December.
  > media_report | hollywood-ledger | The Hollywood Ledger | first reported by | Reelhouse also plans to charge $6.99 a month for each extra household that shares an account
A spokeswoman for Reelhouse confirmed the plan but declined to say when it would take effect.
  > named_organization | reelhouse | A spokeswoman for Reelhouse | confirmed | the plan
  > declined_comment | reelhouse | A spokeswoman for Reelhouse | declined to say when it would take effect | - | resp=declined

"I'm paying more for Reelhouse than I pay for my phone," said Derek Amos, 34, a bus mechanic in Sacramento.
  > named_person | amos | Derek Amos, 34, a bus mechanic in Sacramento | said | <
Amos said he would probably cancel once the basketball season ends.
  > named_person | amos | Amos | said | >
Some consumer advocates argue that streaming services have quietly become the cable bundle they once promised to replace.
  > anonymous_other | advocates | Some consumer advocates | argue | >
Lena Ruiz-Bauer, director of the Digital Consumers Alliance, a nonprofit group, said it had received more than 2,000 complaints about streaming prices since January.
  > named_official | ruiz-bauer | Lena Ruiz-Bauer, director of the Digital Consumers Alliance, a nonprofit group | said | >
Skyway, Reelhouse's largest rival, declined to say whether it would raise its own prices.
  > declined_comment | skyway | Skyway, Reelhouse's largest rival | declined to say whether it would raise its own prices | - | resp=declined
Calder's shares rose 2.1 percent in afternoon trading.

@excluded
(Reporting by Nadia Korsakova in Los Angeles; Editing by Peter Hallam)
Our Standards: The Meridian Wire Trust Principles.
''')

ARTICLES.append(r'''
@id ab-ultraprocessed-food-study-explainer
@style ultraprocessed_food_study
What a big new study on ultraprocessed food and early death does and doesn't show

A study published Wednesday in the journal Annals of Clinical Nutrition set off a wave of alarming headlines: eating more ultraprocessed food, it found, is linked to a higher risk of dying early.
  > document | study | it | found | eating more ultraprocessed food ;; is linked to a higher risk of dying early
The findings are real, but they are more modest, and more complicated, than a quick read suggests.

What did the researchers find?

The team, led by epidemiologists at Northgate University, followed about 114,000 adults in the United States for an average of 19 years, according to the paper.
  > document | study | the paper | according to | <
People in the top fifth for ultraprocessed food consumption were about 10 percent more likely to die during that time than those in the bottom fifth, the study found.
  > document | study | the study | found | <
The link was strongest for processed meats and sugary drinks, and it all but disappeared for breakfast cereals and packaged breads.
"It's a real signal, but it's not a uniform signal," said Dr. Priya Anand, the study's lead author and an associate professor of epidemiology at Northgate.
  > named_person | anand | Dr. Priya Anand, the study's lead author and an associate professor of epidemiology at Northgate | said | <
"Not every food in that category is doing the same thing to people."
  > named_person | anand | Anand | - | *

Does that mean these foods cause early death?

Not necessarily.
The study was observational, which means it can show an association but cannot prove cause and effect.
People who eat a lot of ultraprocessed food also tend to smoke more and exercise less, and no statistical adjustment for those habits is perfect, said Dr. Marcus Feld, a biostatistician at the Halvorsen Institute who was not involved in the research.
  > named_person | feld | Dr. Marcus Feld, a biostatistician at the Halvorsen Institute who was not involved in the research | said | <
Feld noted that the participants, most of them nurses and other health professionals, reported what they ate on questionnaires only once every four years.
  > named_person | feld | Feld | noted | >
"People are not great at remembering how many crackers they ate in 2009," he said.
  > named_person | feld | he | said | <

What counts as ultraprocessed?

The researchers used the NOVA system, which sorts foods by how much industrial processing they go through rather than by the nutrients they contain.
Critics of the system say it lumps together foods as different as a soda and a loaf of whole-grain bread.
  > anonymous_other | critics | Critics of the system | say | >
The Packaged Food Council, which represents food manufacturers, said in a statement that the study "relies on a definition of processing that has no basis in nutrition science."
  > named_organization | pfc | The Packaged Food Council, which represents food manufacturers | said in a statement | >
Anand said the council had a financial stake in the debate.
  > named_person | anand | Anand | said | >

What have other studies shown?

A 2021 feeding trial at the Carver Clinical Research Center, in which 20 volunteers lived at the center for a month, found that people ate about 500 more calories a day when they were served ultraprocessed meals.
  > document | trial | A 2021 feeding trial at the Carver Clinical Research Center, in which 20 volunteers lived at the center for a month | found | >
The Daily Record reported last month that federal officials were weighing whether to define ultraprocessed food for the first time in the next edition of the national dietary guidelines.
  > media_report | daily-record | The Daily Record | reported last month | >
The Agriculture Department, which writes the guidelines with the Department of Health and Human Services, did not respond to a request for comment.
  > declined_comment | usda | The Agriculture Department, which writes the guidelines with the Department of Health and Human Services | did not respond to a request for comment | - | resp=no_response

So what should I eat?

Most of the nutrition scientists interviewed for this article offered the same advice: cut back on processed meats and sugary drinks first, and don't panic about a can of beans.
  > anonymous_other | scientists | Most of the nutrition scientists interviewed for this article | offered the same advice | >
"Eat more food that looks like it came out of the ground," Feld said.
  > named_person | feld | Feld | said | <
Anand put it more bluntly: "If it comes with a cartoon on the box, maybe don't make it dinner."
  > named_person | anand | Anand | put it more bluntly | >

@excluded
Sign up for the Well Informed newsletter, a weekly guide to the health news that matters.
Have a question about this study? Email us at health@thesentinel.com.
''')

ARTICLES.append(r'''
@id ab-music-festival-cancellation-riverbend
@style music_festival_cancellation
Riverbend Sound called off three weeks before opening; promoter blames slow ticket sales
  > named_organization | bluewater | promoter | blames | slow ticket sales

Riverbend Sound, the three-day music festival that has filled Mulvane Park on the city's east side every August since 2014, will not happen this year.
The festival's promoter, Bluewater Presents, announced the cancellation in a post on Instagram late Monday, 23 days before the gates were to open.
  > named_organization | bluewater | The festival's promoter, Bluewater Presents | announced | the cancellation
"Despite everything we tried, ticket sales this year did not reach the level we need to put on a safe, high-quality festival," the post said.
  > document | post | the post | said | <
It did not say how many tickets had been sold.

Three people who work for vendors booked at the festival said they had been told in June that fewer than 9,000 of the 25,000 daily tickets had sold.
  > anonymous_other | vendor-workers | Three people who work for vendors booked at the festival | said | >
Ticket buyers can expect refunds to their original payment method "within 60 days," according to an email Bluewater sent to customers Tuesday morning.
  > document | email | an email Bluewater sent to customers Tuesday morning | according to | <
That is a long time to wait on a $289 weekend pass, said Kayla Brennan, 27, a dental hygienist who bought two passes in December.
  > named_person | brennan | Kayla Brennan, 27, a dental hygienist who bought two passes in December | said | <
"That's my rent," she said.
  > named_person | brennan | she | said | <
"They've had my money for eight months."
  > named_person | brennan | she | - | *

The festival's headliner, the indie rock band Paper Lanterns, wrote on social media that it was "heartbroken" and was looking for another place to play in the city that weekend.
  > named_organization | paper-lanterns | The festival's headliner, the indie rock band Paper Lanterns | wrote on social media | >
Bluewater's founder, Terrence Oyelaran, did not return calls and text messages on Tuesday.
  > declined_comment | oyelaran | Bluewater's founder, Terrence Oyelaran | did not return calls and text messages on Tuesday | - | resp=no_response
In a brief statement to the Courier, a Bluewater spokesman, Dev Malhotra, said the company had "made every effort to save the festival" and would say more "in the coming days."
  > named_official | malhotra | a Bluewater spokesman, Dev Malhotra | said | >
A person with direct knowledge of the festival's finances, who spoke on the condition of anonymity because the person was not authorized to discuss them, said Bluewater still owed more than $300,000 to a staging company for last year's festival.
  > anonymous_familiar | finances | A person with direct knowledge of the festival's finances | said | > | anon=who spoke on the condition of anonymity because the person was not authorized to discuss them
The staging company, Halcyon Stageworks, declined to comment.
  > declined_comment | halcyon | The staging company, Halcyon Stageworks | declined to comment | - | resp=declined

Riverbend is at least the sixth midsize festival in the country to be called off this year, according to Amplify, a trade publication that covers the live music business.
  > media_report | amplify | Amplify, a trade publication that covers the live music business | according to | <
"The middle of the market is getting squeezed," said Jonah Weil, a concert industry consultant in Nashville.
  > named_person | weil | Jonah Weil, a concert industry consultant in Nashville | said | <
"Headliner fees have doubled since 2019, insurance has tripled, and fans are spending their money on two or three giant festivals instead."
  > named_person | weil | Weil | - | *

Parks Director Alma Castellanos said the city had not received written notice from Bluewater ending its permit.
  > named_official | castellanos | Parks Director Alma Castellanos | said | >
If the company does not cancel in writing by Friday, she said, it will lose its $40,000 deposit.
  > named_official | castellanos | she | said | If the company does not cancel in writing by Friday ;; it will lose its $40,000 deposit
Some longtime festivalgoers said on a Reddit forum devoted to Riverbend that they had seen the end coming in March, when the lineup was announced with only two national acts.
  > anonymous_other | festivalgoers | Some longtime festivalgoers | said on a Reddit forum devoted to Riverbend | >
The parks department said it would open Mulvane Park that weekend for a free concert by local bands if it can find a sponsor.
  > named_organization | parks | The parks department | said | >
Brennan, for her part, has already bought a ticket to a festival in Chicago.

@excluded
Got a tip about Riverbend Sound? Email arts@northsidecourier.com.
Comments are closed on this article.
''')

ARTICLES.append(r'''
@id ab-figure-skating-judging-dispute-spokane
@style figure_skating_judging_dispute
Federation to review judging after Lindqvist's two triple axels come up short at nationals

SPOKANE, Wash. -- The American Skating Federation said Sunday that it would review the scoring of the women's free skate at the national championships, a day after 16-year-old Maya Lindqvist landed two triple axels and still finished second.
  > named_organization | asf | The American Skating Federation | said Sunday | that it would review the scoring of the women's free skate at the national championships
The winner, two-time champion Claire Dubois, 22, finished with 218.46 points to Lindqvist's 217.90.
The crowd of about 9,000 at Spokane Arena booed for nearly a minute when the scores were posted.

Five of the nine judges gave Lindqvist's program lower component scores than Dubois's, according to the official protocol sheets released by the federation.
  > document | protocols | the official protocol sheets released by the federation | according to | <
Two judges gave her second triple axel a negative grade, the sheets show, even though the technical panel, which reviews every jump on video, had called it clean.
  > document | protocols | the sheets | show | Two judges gave her second triple axel a negative grade ;; even though the technical panel, which reviews every jump on video, had called it clean
"I don't understand the math, and I don't think anybody in this building does," Lindqvist's coach, Pavel Orlov, told reporters after the event.
  > named_official | orlov | Lindqvist's coach, Pavel Orlov | told reporters after the event | <
"She skated the program of her life."
  > named_official | orlov | Orlov | - | *

Lindqvist herself was more measured.
"I'm proud of what I did," she said in the mixed zone, her eyes still red.
  > named_person | lindqvist | she | said | <
"The judges see things I can't see from the ice."
  > named_person | lindqvist | she | - | *
Dubois, who trains in Colorado Springs, said she had not studied the scores and understood why the crowd was upset.
  > named_person | dubois | Dubois, who trains in Colorado Springs | said | >
"Maya was incredible tonight," Dubois said.
  > named_person | dubois | Dubois | said | <

The federation's chief executive, Renée Castellane, said in a statement that such reviews were "routine when results draw public concern" and did not suggest wrongdoing by any judge.
  > named_official | castellane | The federation's chief executive, Renée Castellane | said in a statement | >
The review will be carried out by the federation's officials committee and should take about a month, the statement said.
  > document | statement | the statement | said | <
Federation rules bar judges from speaking publicly about their marks, and one of the nine, reached by phone at her hotel, declined to comment.
  > declined_comment | judge | one of the nine | declined to comment | - | resp=declined
A federation official who was at the event, speaking on condition of anonymity because the federation had not authorized officials to discuss the scoring, said two of the judges who marked Lindqvist lower had served on panels with Dubois's choreographer for years.
  > anonymous_official | asf-official | A federation official who was at the event | said | > | anon=speaking on condition of anonymity because the federation had not authorized officials to discuss the scoring
The choreographer, Anders Holm, could not be reached for comment.
  > declined_comment | holm | The choreographer, Anders Holm | could not be reached for comment | - | resp=unreachable

The dispute comes as the sport's international governing body faces pressure to change a judging system that critics say rewards reputation over performance.
  > anonymous_other | critics | critics | say | a judging system that ;; rewards reputation over performance
"Component scores are where reputation lives," said Dana Ferreira, a former Olympic ice dancer who now analyzes judging data for the website SkateScore.
  > named_person | ferreira | Dana Ferreira, a former Olympic ice dancer who now analyzes judging data for the website SkateScore | said | <
Ferreira said her analysis of the last five national championships found that defending champions received component scores about 1.4 points higher than skaters who landed comparable jumps.
  > named_person | ferreira | Ferreira | said | >
Some fans held up signs reading "JUSTICE FOR MAYA" during the medal ceremony.

The federation will name its team for the world championships on Tuesday.
Both Lindqvist and Dubois are expected to be on it, according to a person familiar with the selection committee's discussions.
  > anonymous_familiar | familiar | a person familiar with the selection committee's discussions | according to | <
The broadcast on the streaming service Peak Sports drew 1.3 million viewers, the network said, its largest audience for a national skating event in a decade.
  > named_organization | peak | the network | said | The broadcast on the streaming service Peak Sports drew 1.3 million viewers ;; its largest audience for a national skating event in a decade

@excluded
More from the Sports Desk: Full results from the national championships
Maya Lindqvist during her free skate on Saturday. (Jen Alvarado / The Inland Register)
''')

ARTICLES.append(r'''
@id ab-grocery-shrinkflation-consumer-desk
@style grocery_shrinkflation
Your cereal box didn't shrink by accident: what 400 readers found in their pantries

You are not imagining it.
Over the past month, more than 400 readers sent the Consumer Desk photos of groceries they say have gotten smaller while their prices stayed the same or went up.
  > anonymous_other | readers | they | say | groceries ;; have gotten smaller while their prices stayed the same or went up
We checked 50 of them against older packages, receipts and company websites.
In 38 cases, the package now holds less than it did two years ago.

Take Golden Harvest Honey Oat Crunch, a cereal made by Pell Foods.
The box went from 18 ounces to 15.4 ounces last fall, while its price at the three supermarkets we checked stayed at $5.49.
Pell Foods said in an email that it had "right-sized" several products "to keep them affordable as ingredient, packaging and transportation costs have risen sharply."
  > named_organization | pell | Pell Foods | said in an email | >
The company did not answer a question about why the price had not shrunk along with the box.
  > declined_comment | pell | The company | did not answer a question about why the price had not shrunk along with the box | - | resp=no_response

Marjorie Kettleman, a retired bookkeeper in Toledo, said she figured it out when her morning coffee started coming out weak.
  > named_person | kettleman | Marjorie Kettleman, a retired bookkeeper in Toledo | said | >
"I've made the same pot for 40 years, eight scoops," she said.
  > named_person | kettleman | she | said | <
"Suddenly the can was running out two days early."
  > named_person | kettleman | she | - | *
Her can of Brightmorn Classic Roast went from 30.5 ounces to 25.9 ounces in 2023, according to archived versions of the brand's product page.
  > document | archived-pages | archived versions of the brand's product page | according to | <
Brightmorn's parent company, Halverson Brands, did not respond to two requests for comment.
  > declined_comment | halverson | Brightmorn's parent company, Halverson Brands | did not respond to two requests for comment | - | resp=no_response

Dan Okafor of Columbus has been baking his grandmother's banana bread since he was a boy.
The recipe called for one 12-ounce bag of chocolate chips, and the bags at his store now hold 10 ounces.
"It's a small thing, but it's the kind of small thing that makes you feel like somebody's pulling one over on you," Okafor said in a phone interview.
  > named_person | okafor | Okafor | said in a phone interview | <

"Shoppers watch the price much more closely than the net weight," said Edgar Lindholm, a professor of marketing at Westbrook University who studies pricing.
  > named_person | lindholm | Edgar Lindholm, a professor of marketing at Westbrook University who studies pricing | said | <
"A smaller package is the quietest price increase there is."
  > named_person | lindholm | Lindholm | - | *
A 2024 analysis by the Consumer Pricing Institute, a nonpartisan research group, estimated that smaller packages accounted for about 2 percent of the rise in grocery prices since 2021.
  > document | cpi-analysis | A 2024 analysis by the Consumer Pricing Institute, a nonpartisan research group | estimated | >
The consumer magazine ValueWise counted 120 shrunken products on American shelves last year.
  > media_report | valuewise | The consumer magazine ValueWise | counted | 120 shrunken products on American shelves last year

A bill introduced in the state Senate in January would require stores to post a shelf notice for six months after a product shrinks.
Its sponsor, state Sen. Tamara Biggs, a Democrat from Dayton, said in an interview that the bill was "about honesty, not about telling companies what size to make their boxes."
  > named_official | biggs | Its sponsor, state Sen. Tamara Biggs, a Democrat from Dayton | said in an interview | >
The Ohio Food Retailers Council opposes the bill, arguing that grocers should not have to police their suppliers' packaging.
  > named_organization | ofrc | The Ohio Food Retailers Council | arguing | >
Until then, check the unit price on the shelf tag, which shows the cost per ounce.
"The unit price is the one number the company can't shrink," Lindholm said.
  > named_person | lindholm | Lindholm | said | <

@excluded
Have you noticed a product shrinking? Send a photo to consumerdesk@columbusledger.com.
Read more: Why your streaming bill keeps going up
''')

ARTICLES.append(r'''
@id ab-pickleball-noise-dispute-cedar-hollow
@style pickleball_noise_dispute
Neighbors say pickleball "pop" is driving them crazy; city to test sound walls
  > anonymous_other | neighbors | Neighbors | say | pickleball "pop" is driving them crazy

CEDAR HOLLOW -- The city will spend $48,000 on sound-dampening panels around the six pickleball courts at Linden Park after months of complaints from neighbors who say the noise starts at dawn and doesn't stop until dark.
  > anonymous_other | neighbors | neighbors | say | the noise starts at dawn and doesn't stop until dark
The City Council approved the money in a 5-2 vote Tuesday night.

"It's like living next to a popcorn machine that never turns off," said Gail Summers, who has lived on Birch Lane, across the street from the courts, for 22 years.
  > named_person | summers | Gail Summers, who has lived on Birch Lane, across the street from the courts, for 22 years | said | <
Summers said she has measured the noise in her backyard at 71 decibels with an app on her phone.
  > named_person | summers | Summers | said | >
Some neighbors told the council that players regularly arrive before 7 a.m.
  > anonymous_other | neighbors | Some neighbors | told the council | >
A sign on the fence says play is allowed only from 8 a.m. to 9 p.m.

Ron Takahashi, president of the Cedar Hollow Pickleball Club, said the club's roughly 300 members had tried to be good neighbors, including switching to quieter paddles and foam balls.
  > named_official | takahashi | Ron Takahashi, president of the Cedar Hollow Pickleball Club | said | >
"We're not trying to ruin anybody's morning," he said.
  > named_official | takahashi | he | said | <
"We're a bunch of retirees who found a sport we love."
  > named_official | takahashi | he | - | *

A report by Soundline Engineering, an acoustics firm the city hired last fall, found that noise at the nearest homes regularly exceeded the city's daytime limit of 55 decibels.
  > document | report | A report by Soundline Engineering, an acoustics firm the city hired last fall | found | >
The report's author, Brian Metzger, told WKCH that pickleball is unusually hard to muffle because of the sharp, high-pitched crack of a hard paddle on a plastic ball.
  > named_person | metzger | The report's author, Brian Metzger | told WKCH | >
"Tennis is a thud," Metzger said.
  > named_person | metzger | Metzger | said | <
"Pickleball is a gunshot, over and over, a thousand times an hour."
  > named_person | metzger | Metzger | - | *
Parks and Recreation Director Heather Quinlan said the panels should cut the sound at the nearest homes by 10 to 15 decibels.
  > named_official | quinlan | Parks and Recreation Director Heather Quinlan | said | >
She said the city would measure the noise again after the panels go up in April.
  > named_official | quinlan | She | said | >

Council member Jerry Altman, one of the two no votes, argued that the city should move the courts instead of paying for walls that might not work.
  > named_official | altman | Council member Jerry Altman, one of the two no votes | argued | >
Moving the courts would cost about $600,000, according to a staff memo prepared for the council.
  > document | memo | a staff memo prepared for the council | according to | <
Under new rules the council also adopted Tuesday, players will be told to leave the courts at 9 p.m. sharp.
Three households on Birch Lane sued the city in December.
Their lawyer, Nicole Farris, could not be reached Wednesday.
  > declined_comment | farris | Their lawyer, Nicole Farris | could not be reached Wednesday | - | resp=unreachable
At least a dozen cities have limited pickleball hours or closed courts over noise, according to the industry newsletter Pickleball Pulse.
  > media_report | pulse | the industry newsletter Pickleball Pulse | according to | <
Summers said she is willing to wait and see.
  > named_person | summers | Summers | said | >
"If the walls work, great," she said.
  > named_person | summers | she | said | <

@excluded
Copyright 2025 WKCH 7. All rights reserved.
Watch WKCH 7 News at 6 for more on this story.
Report a typo
''')

ARTICLES.append(r'''
@id ab-ipo-debut-velora
@style ipo_debut
E-bike maker Velora jumps 41% in market debut

NEW YORK -- Shares of Velora, the Portland, Ore.-based maker of electric bicycles, rose 41 percent in their first day of trading on Thursday, giving the company a market value of about $3.1 billion.
Velora sold 14 million shares at $21 each on Wednesday night, above the range of $17 to $19 it had set last week, raising $294 million.
The stock opened at $27.40 on the New York Stock Exchange and closed at $29.61.
The offering was oversubscribed more than 10 times, according to two people familiar with the deal, who asked not to be named because the order book is confidential.
  > anonymous_familiar | familiar | two people familiar with the deal | according to | < | anon=who asked not to be named because the order book is confidential

"We're not a bike company that added a battery," Velora's chief executive and co-founder, Ingrid Solberg, said in an interview on the exchange floor.
  > named_official | solberg | Velora's chief executive and co-founder, Ingrid Solberg | said in an interview | <
"We're a transportation company that happens to make bikes."
  > named_official | solberg | Solberg | - | *
Solberg, 44, started the company in 2016 in a garage in southeast Portland with her brother, Erik, who left the business in 2020.
Erik Solberg could not be reached for comment.
  > declined_comment | erik-solberg | Erik Solberg | could not be reached for comment | - | resp=unreachable

Velora's revenue grew 63 percent last year, to $412 million, but it lost $38 million, according to its prospectus.
  > document | prospectus | its prospectus | according to | <
The filing also warns that the company depends on a single factory in Taiwan for most of its frames and that new tariffs could raise its costs.
  > document | prospectus | The filing | warns | >
"The growth is real, but so is the cash burn," said Theo Marchetti, an analyst at the research firm IPO Signal.
  > named_person | marchetti | Theo Marchetti, an analyst at the research firm IPO Signal | said | <
Marchetti noted that the stock now trades at about seven times this year's expected sales, a richer price than most makers of consumer goods command.
  > named_person | marchetti | Marchetti | noted | >
Some investors who passed on the offering questioned whether Velora's sales could keep growing as state subsidies for e-bikes expire.
  > anonymous_other | investors | Some investors who passed on the offering | questioned | >

Velora's rivals have struggled.
Spokewise, a competitor, filed for bankruptcy protection in March.
Another, Ampere Cycles, laid off a third of its staff in January, the financial news site Ledgerline reported.
  > media_report | ledgerline | the financial news site Ledgerline | reported | <
Harrow Brothers and Castine & Co. led the offering.
Harrow Brothers declined to comment on the pricing.
  > declined_comment | harrow | Harrow Brothers | declined to comment on the pricing | - | resp=declined
The company said it would use most of the money to build an assembly plant in Ohio, which it expects to open in 2027.
  > named_organization | velora | The company | said | >

Among the Velora riders outside the exchange Thursday morning was Ana Whitlock, 52, a nurse from Jersey City who rode her cargo bike across the river for the opening bell.
She said she had bought 20 shares through a brokerage app at the opening price.
  > named_person | whitlock | She | said | >
"It's the first stock I've ever owned where I actually understand what the company makes," Whitlock said.
  > named_person | whitlock | Whitlock | said | <

@excluded
Correction: An earlier version of this article misstated the price range Velora set for its shares. It was $17 to $19, not $16 to $18.
Market data delayed at least 15 minutes.
''')

ARTICLES.append(r'''
@id ab-shipwreck-discovery-port-washington
@style shipwreck_discovery
Divers find 1871 schooner nearly intact at bottom of Lake Michigan, state historical society says
  > named_organization | whs | state historical society | says | <

Two amateur divers from Sheboygan have found the wreck of the Wren Halloway, a three-masted schooner that sank in a November gale in 1871 with a cargo of wheat and seven crew members aboard.
The Wisconsin Historical Society announced the find Monday, confirming the ship's identity from its size, its figurehead and a brass bell that still carries its name.
  > named_organization | whs | The Wisconsin Historical Society | announced | the find
  > named_organization | whs | The Wisconsin Historical Society | confirming | the ship's identity from its size, its figurehead and a brass bell that still carries its name
The divers, Jake Mueller and Tom Ostrander, found the wreck in July in about 170 feet of water off Port Washington, using a sonar rig Mueller built in his garage.

"We'd been looking for four summers," Ostrander says.
  > named_person | ostrander | Ostrander | says | <
"When that shape came up on the screen, I just started yelling."
  > named_person | ostrander | Ostrander | - | *
Mueller, a retired electrician, says the two kept the find secret for months so other divers would stay away while the society documented the site.
  > named_person | mueller | Mueller, a retired electrician | says | >

Keely Voight, a maritime archaeologist with the society, says the Wren Halloway is one of the best-preserved wrecks ever found in the lake.
  > named_official | voight | Keely Voight, a maritime archaeologist with the society | says | >
"Her masts are still standing," Voight says.
  > named_official | voight | Voight | says | <
"You can see the crew's dishes in the galley.
  > named_official | voight | Voight | - | *
It's like she went down last week."
  > named_official | voight | Voight | - | *

According to newspaper accounts from 1871, the schooner left Chicago bound for Buffalo and was last seen by a passing steamer off Milwaukee.
  > media_report | accounts-1871 | newspaper accounts from 1871 | According to | >
The Milwaukee Daily Beacon reported at the time that the captain, Elias Harrow, had "refused all advice" to wait out the storm in port.
  > media_report | beacon | The Milwaukee Daily Beacon | reported at the time | >

A retired schoolteacher in Green Bay has a particular stake in the find: her great-great-grandfather was the ship's cook.
The teacher, Diane Kowalski, says her family always told the story of a cook lost on the lake, but no one knew which ship.
  > named_person | kowalski | The teacher, Diane Kowalski | says | >
"My grandmother used to say he went down with a load of wheat and a pocket full of letters to his wife," Kowalski says.
  > named_person | kowalski | Kowalski | says | <

The society says it will nominate the site for the National Register of Historic Places.
  > named_organization | whs | The society | says | >
State law makes it a crime to remove anything from a historic wreck.
The Department of Natural Resources, which enforces that law, says its wardens will check on the site through the fall.
  > named_organization | dnr | The Department of Natural Resources, which enforces that law | says | >
Some divers worry the attention will draw looters anyway.
  > anonymous_other | divers | Some divers | worry | >
Jenna Marsh, who runs a dive charter out of Port Washington, says her business has already had a dozen calls from divers asking for the coordinates.
  > named_official | marsh | Jenna Marsh, who runs a dive charter out of Port Washington | says | >
She says she won't give them out.
  > named_official | marsh | She | says | >

@excluded
Lakeshore Public Radio is listener-supported. Make a gift today.
''')

ARTICLES.append(r'''
@id ab-otc-hearing-aid-refunds-carewire
@style otc_hearing_aid_refunds
Over-the-counter hearing aids were supposed to be cheap and easy; buyers say returning them is neither
  > anonymous_other | buyers | buyers | say | returning them is neither

When Walter Haskins, 71, bought a pair of over-the-counter hearing aids online last spring for $799, he says, the seller promised a "risk-free 45-day trial."
  > named_person | haskins | he | says | When Walter Haskins, 71, bought a pair of over-the-counter hearing aids online last spring for $799 ;; the seller promised a "risk-free 45-day trial."
Five weeks later, after the devices whistled every time he put on his glasses, he mailed them back.
He is still waiting for his money, he says, seven months and 14 phone calls later.
  > named_person | haskins | he | says | He is still waiting for his money ;; seven months and 14 phone calls later

Since federal rules took effect in October 2022 allowing adults with mild to moderate hearing loss to buy hearing aids without a prescription, dozens of brands have reached pharmacy shelves and websites, some for less than $200.
Complaints have followed.
The Federal Trade Commission received more than 3,100 complaints about over-the-counter hearing aids in 2024, up from about 900 the year before, according to data the agency released to Carewire News under the Freedom of Information Act.
  > document | ftc-data | data the agency released to Carewire News under the Freedom of Information Act | according to | <
The most common complaint, the data show, was trouble getting a refund.
  > document | ftc-data | the data | show | The most common complaint ;; was trouble getting a refund
An FTC official, who spoke on condition of anonymity because the agency does not discuss possible investigations, said the agency had sent warning letters to several sellers but declined to name them.
  > anonymous_official | ftc-official | An FTC official | said | the agency had sent warning letters to several sellers | anon=who spoke on condition of anonymity because the agency does not discuss possible investigations
  > declined_comment | ftc-official | An FTC official | declined to name them | - | resp=declined

Haskins bought his devices from ClearTone Direct, an online retailer based in Florida.
ClearTone's chief operating officer, Brett Kaminski, acknowledged in an email that the company had fallen behind on refunds after a "surge in returns" last year and said it was "working through the backlog."
  > named_official | kaminski | ClearTone's chief operating officer, Brett Kaminski | acknowledged in an email | that the company had fallen behind on refunds after a "surge in returns" last year
  > named_official | kaminski | ClearTone's chief operating officer, Brett Kaminski | said | it was "working through the backlog."
He did not respond to follow-up questions about Haskins's refund.
  > declined_comment | kaminski | He | did not respond to follow-up questions about Haskins's refund | - | resp=no_response

"The devices themselves are mostly fine for the people they're designed for," said Dr. Lydia Obuya, an audiologist at Lakeview University.
  > named_person | obuya | Dr. Lydia Obuya, an audiologist at Lakeview University | said | <
"The problem is people with more severe loss buying them, hating them, and then finding the fine print in the return policy."
  > named_person | obuya | Obuya | - | *
A study published in March in the Journal of Hearing Health found that about 1 in 4 buyers it surveyed returned their devices within two months.
  > document | study | A study published in March in the Journal of Hearing Health | found | >
Kevin Marsh, director of health policy at the advocacy group Consumers First, testified at a Senate Aging Committee hearing in June that some sellers charge "restocking fees" of up to 15 percent.
  > named_official | kevin-marsh | Kevin Marsh, director of health policy at the advocacy group Consumers First | testified | some sellers charge "restocking fees" of up to 15 percent
The Consumer Hearing Alliance, a trade group for over-the-counter makers, said in a statement that most of its members honor returns promptly and that a few bad actors were "giving a good product a bad name."
  > named_organization | cha | The Consumer Hearing Alliance, a trade group for over-the-counter makers | said in a statement | >
Audiologists recommend checking, before buying, whether a seller charges a restocking fee and who pays for return shipping.
  > anonymous_other | audiologists | Audiologists | recommend | checking ;; whether a seller charges a restocking fee and who pays for return shipping

Two days after Carewire News asked ClearTone about Haskins's case, his refund arrived.
ClearTone said the timing was a coincidence.
  > named_organization | cleartone | ClearTone | said | >
"I'm not mad about the hearing aids," Haskins says.
  > named_person | haskins | Haskins | says | <
"I'm mad that it took a reporter to get my money back."
  > named_person | haskins | Haskins | - | *

@excluded
This article was produced by Carewire News, an independent nonprofit newsroom, and may be republished for free.
Sign up for Carewire's weekly newsletter.
''')

ARTICLES.append(r'''
@id ab-mural-removal-dispute-calder-street
@style mural_removal_dispute
Developer paints over beloved Eastside mural, and the artist wants it back
  > named_person | okoro | the artist | wants | it back | nosrc

For 11 years, a 60-foot painting of a grandmother feeding pigeons watched over the corner of Calder Street and Ninth Avenue.
The mural, said to be the most photographed wall in the city, is now gray.
Workers hired by the building's new owner, Pinnacle Row Development, painted over it last Thursday morning, residents said, as a small crowd filmed from the sidewalk.
  > anonymous_other | residents | residents | said | Workers hired by the building's new owner, Pinnacle Row Development, painted over it last Thursday morning ;; as a small crowd filmed from the sidewalk

The mural's artist, Rosalind Okoro, said she learned of it from a text message with a video attached.
  > named_person | okoro | The mural's artist, Rosalind Okoro | said | >
"I watched my grandmother disappear under a paint roller in 30 seconds," said Okoro, 38, who painted the mural in 2014 from a photograph of her grandmother, Esther.
  > named_person | okoro | Okoro, 38, who painted the mural in 2014 from a photograph of her grandmother, Esther | said | <
Under the federal Visual Artists Rights Act, building owners must give artists 90 days' written notice before destroying certain works so the artists can try to remove them.
Okoro's lawyer, Samuel Ferris, said his client never received any notice and would sue.
  > named_official | ferris | Okoro's lawyer, Samuel Ferris | said | >

Pinnacle Row said in a statement that it "respects local artists" and had been told by the building's previous owner that the mural was not protected.
  > named_organization | pinnacle | Pinnacle Row | said in a statement | >
A Pinnacle Row vice president, Daniel Roth, told the Herald that the company would commission a new mural for the wall after renovations are finished.
  > named_official | roth | A Pinnacle Row vice president, Daniel Roth | told the Herald | >
Roth declined to say whether the company would pay Okoro.
  > declined_comment | roth | Roth | declined to say whether the company would pay Okoro | - | resp=declined
The previous owner, the Galvani Family Trust, could not be reached.
  > declined_comment | galvani | The previous owner, the Galvani Family Trust | could not be reached | - | resp=unreachable

A man who has run the laundromat across the street since 1998 said the mural was how people in the neighborhood gave directions.
  > named_person | villanueva | A man who has run the laundromat across the street since 1998 | said | >
"Turn left at the grandma," said the man, Hector Villanueva.
  > named_person | villanueva | the man, Hector Villanueva | said | <
"Everybody knew."
  > named_person | villanueva | Villanueva | - | *
City Council member Yvette Saldana, whose district includes the corner, called the painting-over "a loss for the whole neighborhood."
  > named_official | saldana | City Council member Yvette Saldana, whose district includes the corner | called | the painting-over "a loss for the whole neighborhood."
She said she had asked the city's law department whether Pinnacle Row had broken any local rules.
  > named_official | saldana | She | said | >
An online petition to restore the mural had more than 6,000 signatures by Monday.

Cases like this one are more common than people think, said Laura Brenner, a professor at Marlow Law School who studies art law.
  > named_person | brenner | Laura Brenner, a professor at Marlow Law School who studies art law | said | <
Most artists never sue, she said, because a lawsuit can cost more than the mural was worth.
  > named_person | brenner | she | said | Most artists never sue ;; because a lawsuit can cost more than the mural was worth
But Brenner noted that in 2020 a federal appeals court upheld a $6.75 million judgment for artists whose work was painted over at a warehouse complex in Queens.
  > named_person | brenner | Brenner | noted | >
Okoro said she still has her original sketches and would repaint the mural "tomorrow" if the owner let her.
  > named_person | okoro | Okoro | said | >

@excluded
The wall at Calder Street and Ninth Avenue on Monday. Photo by Mia Torrance / The Harbor City Herald
Comments (48)
Join the conversation: Log in or create an account to comment.
''')

ARTICLES.append(r'''
@id ab-coffee-roaster-price-squeeze-roast-market
@style coffee_roaster_price_squeeze
Small roasters weigh third price increase as arabica tops $4 a pound

Specialty roasters are facing their hardest pricing decision in a decade.
Arabica futures in New York closed above $4 a pound for the first time on Tuesday, more than double their level of 18 months ago, according to exchange data.
  > document | exchange-data | exchange data | according to | <
Prices for the high-grade green coffee that specialty roasters buy have climbed even faster, importers say.
  > anonymous_other | importers | importers | say | <

"We've raised prices twice since last summer, and we're about to do it a third time," said Amara Lindgren, co-owner of Lindgren & Daughters Coffee in Duluth, which roasts about 180,000 pounds a year.
  > named_official | lindgren | Amara Lindgren, co-owner of Lindgren & Daughters Coffee in Duluth, which roasts about 180,000 pounds a year | said | <
"Every time, I lose a wholesale account or two."
  > named_official | lindgren | Lindgren | - | *
She said a 12-ounce bag of the company's house blend would go to $18.50 from $16 in March.
  > named_official | lindgren | She | said | >

A survey of 412 roasters released last week by the Specialty Roasters Guild found that 71 percent planned to raise retail prices this year and 19 percent had already cut staff hours.
  > document | survey | A survey of 412 roasters released last week by the Specialty Roasters Guild | found | >
The guild's executive director, Paul Nakamura, said the numbers were the worst the group had recorded since it began the survey in 2011.
  > named_official | nakamura | The guild's executive director, Paul Nakamura | said | >
He added that several members had told him they would close if prices stayed above $4 through the summer.
  > named_official | nakamura | He | added | >
The Agriculture Department's December coffee outlook estimated that a drought in Brazil and heavy rain during Vietnam's harvest cut world output by about 4 percent last season.
  > document | outlook | The Agriculture Department's December coffee outlook | estimated | >

Jorge Restrepo, who heads sourcing at the importer Cafetal Trading in Oakland, Calif., said some farmers were holding back coffee in the hope of even higher prices.
  > named_official | restrepo | Jorge Restrepo, who heads sourcing at the importer Cafetal Trading in Oakland, Calif. | said | >
"Nobody wants to sell at $4 if they think it's going to $5," he said.
  > named_official | restrepo | he | said | <
Large chains have been shielded by hedging, analysts say.
  > anonymous_other | analysts | analysts | say | <
Brewline, the country's second-largest coffee chain, said on its earnings call last month that it had locked in prices for most of its coffee through September.
  > named_organization | brewline | Brewline, the country's second-largest coffee chain | said on its earnings call last month | >
The Financial Courier reported this month that Brewline was also testing smaller cup sizes in 40 stores.
  > media_report | courier | The Financial Courier | reported this month | >
A Brewline spokeswoman did not respond to a request for comment on that report.
  > declined_comment | brewline | A Brewline spokeswoman | did not respond to a request for comment on that report | - | resp=no_response
Two large private-label roasters are in talks to merge, according to three people with knowledge of the discussions.
  > anonymous_familiar | knowledge | three people with knowledge of the discussions | according to | <

Lindgren said she has started buying more coffee from Peru and Honduras, where prices have risen less, and blending it into the house blend.
  > named_official | lindgren | Lindgren | said | >
"Our regulars can taste the difference, and they tell us," she said.
  > named_official | lindgren | she | said | <
"But they would taste a $22 bag, too."
  > named_official | lindgren | she | - | *

@excluded
Roast & Market is the trade publication of the specialty coffee business. Subscribe for full access to our green coffee price tracker.
Related: Green coffee prices, updated weekly
''')

ARTICLES.append(r'''
@id ab-ev-charger-reliability-cascade
@style ev_charger_reliability
One in five public fast chargers failed when reporters tried them, and taxpayers paid for many

Over six weeks this fall, reporters for the Cascade Investigative Project visited 312 public fast-charging stations across Oregon and Washington and tried to charge an electric car at each one.
At 64 of them, the charger did not work.
Some screens were blank.
Others took a credit card and then stopped after a few seconds.
At a station outside Centralia, a handwritten sign taped to the charger said "BROKEN -- CALL SOMEONE."

At least 41 of the broken chargers were built with federal or state grants, according to records obtained from the Oregon and Washington transportation departments.
  > document | records | records obtained from the Oregon and Washington transportation departments | according to | <
Those grants totaled about $9.8 million, the records show.
  > document | records | the records | show | <
Luis Herrera, a home health nurse who drives 200 miles a day in a used electric hatchback, said he now plans every trip around two backup chargers.
  > named_person | herrera | Luis Herrera, a home health nurse who drives 200 miles a day in a used electric hatchback | said | >
"The app says it's working.
  > named_person | herrera | Herrera | - | *
You drive 20 minutes to get there.
  > named_person | herrera | Herrera | - | *
It's not working," he said.
  > named_person | herrera | he | said | <

VoltLine, the largest network in the region, says on its website that its chargers are available 97 percent of the time.
  > named_organization | voltline | VoltLine, the largest network in the region | says on its website | >
In a written response to questions, VoltLine said that figure excludes outages caused by "third-party" problems such as power failures and that the project's testing "does not reflect the experience of the typical driver."
  > named_organization | voltline | VoltLine | said | >
The company declined to make an executive available for an interview.
  > declined_comment | voltline | The company | declined to make an executive available for an interview | - | resp=declined
Another operator, Plugwise Networks, did not respond to emails and phone calls over three weeks.
  > declined_comment | plugwise | Another operator, Plugwise Networks | did not respond to emails and phone calls over three weeks | - | resp=no_response
A former VoltLine field technician, who asked not to be named because he signed a separation agreement that bars him from criticizing the company, said each technician was responsible for more than 150 chargers.
  > anonymous_official | technician | A former VoltLine field technician | said | > | anon=who asked not to be named because he signed a separation agreement that bars him from criticizing the company
"You'd fix one, and three more would go down while you were driving to the next," he said.
  > anonymous_official | technician | he | said | <

Internal emails among Oregon Department of Transportation staff, obtained through a public records request, show that the agency knew of problems at grant-funded stations as early as 2023.
  > document | emails | Internal emails among Oregon Department of Transportation staff, obtained through a public records request | show | >
In one, a program manager wrote that a contractor's repair times were "unacceptable and getting worse."
  > anonymous_official | program-manager | a program manager | wrote | >
Kristen Alvarez, a spokeswoman for the department, said it had since required that grant-funded chargers be repaired within five days.
  > named_official | alvarez | Kristen Alvarez, a spokeswoman for the department | said | >
Washington's transportation department said it was reviewing the project's findings.
  > named_organization | wsdot | Washington's transportation department | said | >
"Reliability is the whole ballgame," said Arjun Desai, a researcher at the Western Energy Policy Center who studies charging networks.
  > named_person | desai | Arjun Desai, a researcher at the Western Energy Policy Center who studies charging networks | said | <
"If people don't trust the chargers, they won't buy the cars."
  > named_person | desai | Desai | - | *
The findings echo a 2023 analysis by the Bay Area news site Circuit, which found that about a quarter of the fast chargers it tested did not work.
  > media_report | circuit | the Bay Area news site Circuit | found | >

How we did this

Reporters visited each station once between Sept. 8 and Oct. 20 and counted a charger as broken if it could not deliver a charge within 10 minutes.

@excluded
The Cascade Investigative Project is a nonprofit newsroom. Read our full methodology and download the data.
Do you have a tip about electric vehicle charging? Contact us securely.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
