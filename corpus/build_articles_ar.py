"""Build corpus/articles/ar.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on arts, museums and heritage, religious institutions, sports governance and doping,
telecoms regulation, clinical trials and drug pricing, charities and foundations, fisheries and
water rights (cathedral_restoration_cost_overrun, temple_relic_loan_refusal,
museum_deaccession_sale_sanctions, whereabouts_failure_tribunal_hearing,
federation_election_vote_buying_liveblog, spectrum_auction_bid_signalling_probe,
copper_landline_switchoff_rural, trial_enrollment_halt_participant_death,
gene_therapy_price_minister_interview_transcript, family_foundation_board_ouster,
glass_eel_smuggling_seizure, aquifer_meter_tampering_audit), in the voices of twelve kinds of
outlet (a British regional weekly using "Mr", "Mrs" and "Dr" without periods and "the Gazette"
for itself, a magazine feature in the present tense with a two-sentence dek, an arts-desk
wire story with a correction footer, an Australian court report from a sports tribunal, a sports
site's live blog with CET timestamps in reverse order, a first-person telecoms-policy newsletter
with capitalised section heads, a local television station's website, a health-news site, a
radio interview transcript with speaker labels, a nonprofit newsroom's philanthropy story, a
short wire brief and a farm-country weekly). Each is built to test source typing and grouping:
a cathedral dean, a monastery's secretary, a museum director and board chairman, a mayor,
a county emergency manager, a regulator's chairwoman, a tribunal chairwoman, federation
candidates and a treasurer, carriers' and a biotech's executives, a named customs spokesman,
a groundwater manager, a patient group's chairwoman, a grantee's director, a former
foundation president, and lawyers acting for a family, an athlete, a carrier, a foundation
president, couriers and a grower typed as officials; an architectural historian, a relic
scholar, an art-law professor, a sports barrister and a competition lawyer and a nonprofit
lawyer commenting as experts, auction and health economists, an investment analyst, donors,
a guesthouse owner, an athlete and her mother and physiotherapist, a patient's sister,
residents, a couple (count=2), a retired engineer, a fisherman and a farmer typed as persons;
a diocese, museums, a council of museums, an attorney general's office and a district
attorney's office through unnamed spokespeople, a carrier's unnamed spokeswoman, an ethics
committee, a patient group, Europol and a state water board typed as organizations;
anonymous officials (canons, curators, a regional official, Pacific delegates, delegates in a
hall, a carrier executive, a field technician, a trial-site investigator, department officials,
grantee leaders (count=3), customs officers, a water inspector, a doping control officer known
only by a letter) with and without a stated reason; people familiar, people close to a family
and a campaign, people briefed and people who worked on an exhibition; vague sources
(worshippers, collectors, villagers, residents, analysts, growers, "sources in the fishing
industry"); documents (minutes, a petition and an appraisal, a draft loan agreement, emails
tendered in evidence, an audit memo, a vote count, an auction notice and round results, a
filing set against "In the filing, X says", a trial registry, an agency report, a tax return,
court papers, an audit); media reports and the outlet's own earlier reporting; non-answers of
all three kinds, including "said it would not comment", "could not discuss", "would not say
more", and a decline and a confirmation in one sentence; people described first and named
later; speaker-label answers continued over several lines; quotes over several sentences;
split content; headline attributions of every kind; and look-alikes left unannotated or marked
not sourcing ("billed as", "known in the trade as", "called", titles with quotes, "spoke to",
"does not say", "does not name", "could not independently confirm", "had hoped", "had
wanted", "had planned", "had intended", "had considered"). All twelve end with a footer of
excluded boilerplate. Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_ar.py [--render]
     python corpus/build_articles_ar.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "ar.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id ar-cathedral-restoration-cost-overrun-kilbride
@style cathedral_restoration_cost_overrun
Cathedral spire repairs will cost twice the estimate, dean admits
  > named_official | dean | dean | admits | Cathedral spire repairs will cost twice the estimate

KILBRIDE -- Repairs to the spire of St Aidan's Cathedral will cost at least £9.4 million, more than twice the figure given to donors two years ago, the cathedral's dean has admitted.
  > named_official | dean | the cathedral's dean | has admitted | <
The Very Reverend Margaret Ashdown told a meeting of the cathedral chapter on Thursday that corroded iron cramps inside the stonework had proved "far worse than any survey could have shown."
  > named_official | dean | The Very Reverend Margaret Ashdown | told a meeting of the cathedral chapter on Thursday | >
"We opened up the first section and the stone simply came away in the mason's hand," she said.
  > named_official | dean | she | said | <
"I would rather tell people the truth now than ask them for more money in a year's time."
  > named_official | dean | The Very Reverend Margaret Ashdown | - | *

The original estimate of £4.1 million was printed in the appeal brochure sent to donors in 2023.
Minutes of the chapter meeting, seen by the Gazette, show that the cathedral's architect warned in March last year that the cost "could exceed £8 million."
  > document | minutes | Minutes of the chapter meeting, seen by the Gazette | show | >
The architect, Owen Pryce, declined to comment, citing client confidentiality.
  > declined_comment | pryce | The architect, Owen Pryce | declined to comment | - | resp=declined
Two members of the chapter, who asked not to be named because its meetings are held in private, said several canons had pressed for the higher figure to be made public last spring and had been overruled.
  > anonymous_official | canons | Two members of the chapter | said | > | anon=who asked not to be named because its meetings are held in private
"There was a feeling that bad news would kill the appeal," one of them said.
  > anonymous_official | canons | one of them | said | <
The diocese said in a statement that the dean and chapter were "independent bodies in matters of fabric" and that the bishop had not been told of the revised figure until this month.
  > named_organization | diocese | The diocese | said in a statement | >
The National Heritage Fabric Fund, which awarded £1.2 million towards the first phase, said it was "in discussion with the cathedral" about the conditions of its grant.
  > named_organization | fund | The National Heritage Fabric Fund, which awarded £1.2 million towards the first phase | said | >

Pamela Kerrigan, 71, who gave £500 to the appeal in memory of her late husband, said she felt "let down, if not surprised."
  > named_person | kerrigan | Pamela Kerrigan, 71, who gave £500 to the appeal in memory of her late husband | said | >
"They should have told us the real number at the start," Mrs Kerrigan said.
  > named_person | kerrigan | Mrs Kerrigan | said | <
Some regular worshippers have questioned whether the cathedral should spend the money at all while the diocese closes rural churches.
  > anonymous_other | worshippers | Some regular worshippers | have questioned | whether the cathedral should spend the money at all while the diocese closes rural churches
Dr Helen Marsh, an architectural historian at the University of Kilbride who has written about the spire, said corrosion of that kind was "the hidden cost of almost every Victorian restoration."
  > named_person | marsh | Dr Helen Marsh, an architectural historian at the University of Kilbride who has written about the spire | said | >
The spire, which is 82 metres tall, was rebuilt in 1868 after a lightning strike.
The Gazette reported in January that scaffolding hire alone was costing the cathedral £38,000 a month.
  > media_report | gazette | The Gazette | reported in January | >
The scaffolding contractor, Hallam Access, did not return calls.
  > declined_comment | hallam | The scaffolding contractor, Hallam Access | did not return calls | - | resp=no_response
The chapter had hoped to take the scaffolding down in time for the cathedral's 900th anniversary service in June.
  > named_organization | chapter | The chapter | had hoped | to take the scaffolding down in time for the cathedral's 900th anniversary service in June | nosrc
That service will now go ahead beneath it, the dean said.
  > named_official | dean | the dean | said | <
A fresh appeal, called "Raise the Spire," will be launched in May.
The Bishop of Kilbride, the Right Reverend Paul Okonjo, is visiting the diocese's partner church in Uganda and could not be reached.
  > declined_comment | okonjo | The Bishop of Kilbride, the Right Reverend Paul Okonjo | could not be reached | - | resp=unreachable

@excluded
Got a story? Email the newsdesk at news@kilbridegazette.co.uk
Photo: Scaffolding around the spire of St Aidan's Cathedral. (Kilbride Gazette)
Comments are closed on this article.
© Kilbride Gazette Ltd 2025
''')

ARTICLES.append(r'''
@id ar-temple-relic-loan-refusal-serkhang
@style temple_relic_loan_refusal
The tooth that would not travel

A Dutch museum spent four years planning an exhibition around a relic from a Himalayan monastery.
The monks, the museum says, changed their minds in a single afternoon.
  > named_organization | museum | the museum | says | The monks ;; changed their minds in a single afternoon

On a wet morning in March, the director of the Rijnhaven Museum of Asian Art sits in the cold reception hall of Serkhang Monastery, drinking butter tea with the abbot.
Annelies de Wit has flown 7,000 kilometres to sign the loan agreement for a tooth relic that the monastery has guarded since the 14th century.
According to de Wit, the abbot listens for an hour, refills her cup twice and then says, gently, that the tooth cannot leave the valley.
  > named_official | dewit | de Wit | According to | >
"He was very kind, and completely immovable," she says.
  > named_official | dewit | she | says | <
The exhibition, "Teeth of the Buddha: Relics and Power in the Himalaya," had been due to open in October, and its posters have hung in Rijnhaven's trams since January.
The museum had wanted to fly the relic to Europe in a climate-controlled case, escorted by two monks.
  > named_organization | museum | The museum | had wanted | to fly the relic to Europe in a climate-controlled case, escorted by two monks | nosrc
A draft loan agreement seen by this magazine shows that it also offered to pay for a new roof on the monastery's assembly hall.
  > document | draft | A draft loan agreement seen by this magazine | shows | >

The abbot, Khenpo Tenzin Norbu, declines, through his secretary, a request for an interview.
  > declined_comment | abbot | The abbot, Khenpo Tenzin Norbu | declines | - | resp=declined
The secretary, a young monk named Lobsang Dorje, says the monastery's council of elders voted against the loan in February after families in the valley objected.
  > named_official | dorje | The secretary, a young monk named Lobsang Dorje | says | >
"The tooth is not a painting," he says.
  > named_official | dorje | he | says | <
"It is not ours to lend; we only keep it."
  > named_official | dorje | Lobsang Dorje | - | *
Villagers below the monastery gate say the same, in almost the same words.
  > anonymous_other | villagers | Villagers below the monastery gate | say | the same
Pema Lhamo, who runs a four-room guesthouse at the foot of the monastery steps, says pilgrims come from as far as Bhutan for the one day a year the relic is shown.
  > named_person | lhamo | Pema Lhamo, who runs a four-room guesthouse at the foot of the monastery steps | says | >
A cultural affairs official in the regional government, who spoke on condition of anonymity because the matter has become diplomatically sensitive, says the national culture ministry had pressed the elders to agree.
  > anonymous_official | regional-official | A cultural affairs official in the regional government | says | > | anon=who spoke on condition of anonymity because the matter has become diplomatically sensitive
The ministry does not respond to emailed questions.
  > declined_comment | ministry | The ministry | does not respond to emailed questions | - | resp=no_response

Two people who worked on the exhibition say the museum's curators knew for more than a year that the elders were divided.
  > anonymous_familiar | worked | Two people who worked on the exhibition | say | >
Asked about that, de Wit says she "knew there were voices against, as there always are."
  > named_official | dewit | de Wit | says | she "knew there were voices against, as there always are."
The Rijnhavens Dagblad reported last month that the museum has already spent €1.8 million on the show.
  > media_report | dagblad | The Rijnhavens Dagblad | reported last month | >
A museum spokeswoman says that figure is "in the right range."
  > named_organization | museum | A museum spokeswoman | says | >
Rohan Mehta, who studies relic cults at the Northern Institute of Asian Studies in Leeds, says museums have been slow to accept that some objects are not, in any ordinary sense, property.
  > named_person | mehta | Rohan Mehta, who studies relic cults at the Northern Institute of Asian Studies in Leeds | says | >
"A relic is a presence, not an object," he says.
  > named_person | mehta | he | says | <
"You are not borrowing a thing; you are asking a community to send away someone it lives with."
  > named_person | mehta | Rohan Mehta | - | *
In Serkhang, the tooth goes back into its silver reliquary, where it will stay until the full moon of the fourth month.

@excluded
This article appears in the spring issue of Meridian Review.
Photographs by Tashi Wangmo for Meridian Review.
Sign up for our weekly culture newsletter.
''')

ARTICLES.append(r'''
@id ar-museum-deaccession-sale-sanctions-harlan
@style museum_deaccession_sale_sanctions
Harlan art museum plans to sell three paintings to cover pension gap, documents show
  > document | petition | documents | show | Harlan art museum plans to sell three paintings to cover pension gap

HARLAN, Ohio -- The Harlan Museum of Art plans to sell three paintings from its permanent collection, including a 1913 landscape by the American painter Clara Whitcomb, to close a $31 million gap in its staff pension fund, according to a petition filed Monday in Harlan County Probate Court.
  > document | petition | a petition filed Monday in Harlan County Probate Court | according to | <
The museum is asking the court to lift restrictions that the donors placed on the works, the petition shows.
  > document | petition | the petition | shows | <
The sale could bring in as much as $45 million, according to an appraisal attached to the filing.
  > document | appraisal | an appraisal attached to the filing | according to | <
The museum's board chairman, Richard Havel, said in an interview that the board had "looked at every alternative" before deciding to sell.
  > named_official | havel | The museum's board chairman, Richard Havel | said in an interview | >
"Nobody on this board wanted to be the one who sold the Whitcomb," Havel said.
  > named_official | havel | Havel | said | <
"But we have 140 retirees who were promised a pension, and that promise comes first."
  > named_official | havel | Havel | - | *

The Council of American Art Museums, whose members agree not to sell art to pay operating costs, said in a statement that it would consider sanctions if the sale went ahead.
  > named_organization | council | The Council of American Art Museums, whose members agree not to sell art to pay operating costs | said in a statement | >
Such sanctions usually bar other museums from lending works to the sanctioned institution.
The Harlan Ledger first reported the plan on Sunday.
  > media_report | ledger | The Harlan Ledger | first reported | the plan
Two curators at the museum, who spoke on condition of anonymity because staff have been told not to discuss the sale, said the director had not consulted the curatorial department.
  > anonymous_official | curators | Two curators at the museum | said | > | anon=who spoke on condition of anonymity because staff have been told not to discuss the sale
The director, Nadia Ferrante, said through a spokeswoman that curators "were briefed at the appropriate time."
  > named_official | ferrante | The director, Nadia Ferrante | said through a spokeswoman | >

Whitcomb's great-nephew, who lives in Vermont, learned of the plan from a reporter.
"My aunt gave that painting to Harlan so that people in Harlan could see it, not so it could hang in some hedge-fund manager's dining room," said the great-nephew, Thomas Whitcomb, 68.
  > named_person | twhitcomb | the great-nephew, Thomas Whitcomb, 68 | said | <
A lawyer for the Whitcomb family, Joan Estrada, said the family would oppose the petition.
  > named_official | estrada | A lawyer for the Whitcomb family, Joan Estrada | said | >
Donna Kessler, who teaches art and cultural heritage law at Ohio Valley University and is not involved in the case, said courts had generally allowed such sales only when a museum could show it would otherwise close.
  > named_person | kessler | Donna Kessler, who teaches art and cultural heritage law at Ohio Valley University and is not involved in the case | said | >
"The question the judge will ask is not whether the pension matters," she said, "but whether the museum has run out of other options."
  > named_person | kessler | she | said | "The question the judge will ask is not whether the pension matters," ;; "but whether the museum has run out of other options."
The Ohio attorney general's office, which oversees charitable assets, is reviewing the petition, a spokesman said.
  > named_organization | ag | a spokesman | said | <
Mayor Karen Boyd, whose administration gives the museum $2.3 million a year, said she had learned of the sale "at the same time as everyone else."
  > named_official | boyd | Mayor Karen Boyd, whose administration gives the museum $2.3 million a year | said | >
Some collectors who have lent works to the museum say they are reconsidering.
  > anonymous_other | collectors | Some collectors who have lent works to the museum | say | >

Two people familiar with the discussions said the museum had approached Halvorsen's, the New York auction house, about offering the Whitcomb in its November evening sale.
  > anonymous_familiar | familiar | Two people familiar with the discussions | said | >
Halvorsen's declined to comment.
  > declined_comment | halvorsens | Halvorsen's | declined to comment | - | resp=declined
The board had considered selling a fourth work, a bronze by Auguste Lemaire, but dropped the idea after its appraisal came in low.
  > named_organization | board | The board | had considered | selling a fourth work, a bronze by Auguste Lemaire | nosrc
A hearing is scheduled for Nov. 4.

@excluded
Correction: An earlier version of this story misstated the year of the Whitcomb landscape. It was painted in 1913, not 1931.
Follow our arts coverage on the Culture Wire app.
© 2025 Culture Wire Service. All rights reserved.
''')

ARTICLES.append(r'''
@id ar-whereabouts-failure-tribunal-hearing-amon
@style whereabouts_failure_tribunal_hearing
Sprinter Kezia Amon tells doping tribunal she missed tests because of a broken intercom
  > named_person | amon | Sprinter Kezia Amon | tells | she missed tests because of a broken intercom

MELBOURNE -- The Olympic 200-metre finalist Kezia Amon told an anti-doping tribunal on Tuesday that she had missed two of her three out-of-competition tests because testers could not get into her apartment building, not because she was avoiding them.
  > named_person | amon | The Olympic 200-metre finalist Kezia Amon | told an anti-doping tribunal on Tuesday | >
Amon, 26, faces a ban of up to two years for three "whereabouts failures" in 12 months, a violation of the anti-doping code even when no banned substance is found.
She has never failed a drug test.
Giving evidence for almost three hours, Amon said the intercom at her building in South Yarra had been broken for most of last winter.
  > named_person | amon | Amon | said | >
"I wrote to the building manager four times," she said.
  > named_person | amon | she | said | <
"I have the emails, and I've given them to everyone who asked."
  > named_person | amon | Amon | - | *
Those emails, tendered as part of her defence, show the building manager replied once, promising a repair "within the fortnight."
  > document | emails | Those emails, tendered as part of her defence | show | >

Paul Reddy, counsel for the National Anti-Doping Authority, told the tribunal that doping control officers had also phoned Amon on each occasion and that she had not picked up.
  > named_official | reddy | Paul Reddy, counsel for the National Anti-Doping Authority | told the tribunal | >
"An athlete who wants to be found can be found," Reddy said.
  > named_official | reddy | Reddy | said | <
One of the doping control officers, who was identified in the hearing only as Officer C under the tribunal's rules, testified that she had waited outside the building for the full 60-minute window on Jan. 14.
  > anonymous_official | officer-c | One of the doping control officers | testified | > | anon=who was identified in the hearing only as Officer C under the tribunal's rules
Asked by Amon's lawyer whether she had tried the building's side entrance, the officer said she had not known there was one.
  > anonymous_official | officer-c | the officer | said | >
The lawyer, Simon Achterberg, argued that the authority's own guidelines require testers to make "reasonable efforts" to reach an athlete.
  > named_official | achterberg | The lawyer, Simon Achterberg | argued | >
Amon's physiotherapist, Lachlan Byrne, told the tribunal he had been treating her at the apartment on the evening of the January test and had heard no buzzer.
  > named_person | byrne | Amon's physiotherapist, Lachlan Byrne | told the tribunal | >

Outside the hearing room, Amon's mother, Ruth, said her daughter had "not slept properly since October."
  > named_person | ruth | Amon's mother, Ruth | said | >
The national athletics federation, which provisionally suspended Amon in November, said it would not comment while the case was before the tribunal.
  > declined_comment | federation | The national athletics federation, which provisionally suspended Amon in November | said it would not comment | - | resp=declined
A person familiar with the authority's case said investigators had also examined Amon's travel records from a training camp in Portugal but had found nothing to support a more serious charge.
  > anonymous_familiar | familiar | A person familiar with the authority's case | said | >
Catherine Doyle, a Sydney barrister who has acted for athletes and sports bodies but is not involved in the case, said tribunals had accepted faulty-intercom defences before, though rarely.
  > named_person | doyle | Catherine Doyle, a Sydney barrister who has acted for athletes and sports bodies but is not involved in the case | said | >
"The athlete has to show she wasn't negligent, and three strikes makes that hard," Doyle said.
  > named_person | doyle | Doyle | said | <
The Melbourne Courier reported last month that Amon moved out of the building in December.
  > media_report | mcourier | The Melbourne Courier | reported last month | >
The tribunal's chairwoman, retired judge Margaret Liu, said the panel would deliver its decision "within weeks."
  > named_official | liu | The tribunal's chairwoman, retired judge Margaret Liu | said | >
Amon's sponsor, the shoe company Stride, did not respond to a request for comment.
  > declined_comment | stride | Amon's sponsor, the shoe company Stride | did not respond to a request for comment | - | resp=no_response
Amon had hoped to defend her Commonwealth title in Glasgow in July.
  > named_person | amon | Amon | had hoped | to defend her Commonwealth title in Glasgow in July | nosrc

@excluded
Read more: What is a whereabouts failure, and why can it end a career?
Share this article
Copyright © 2025 Southern Cross Sport. All rights reserved.
''')

ARTICLES.append(r'''
@id ar-federation-election-vote-buying-liveblog-lausanne
@style federation_election_vote_buying_liveblog
Live: Bellandi wins aquatic polo presidency as rival Varga says vote was "bought"
  > named_official | varga | rival Varga | says | vote was "bought"

18:40 CET
"This result was bought, delegate by delegate, and everybody in that room knows it," Tamás Varga told reporters outside the congress hall.
  > named_official | varga | Tamás Varga | told reporters outside the congress hall | <
He said he would file an appeal with the Court of Arbitration for Sport on Monday.
  > named_official | varga | He | said | >
Bellandi's campaign did not immediately respond to his remarks.
  > declined_comment | bellandi-campaign | Bellandi's campaign | did not immediately respond to his remarks | - | resp=no_response

17:55 CET
The federation's ethics committee has confirmed that it is examining "allegations concerning payments to member federations" before the vote.
  > named_organization | ethics | The federation's ethics committee | has confirmed | >
Its chairwoman, Judge Ines Kowalczyk, could not be reached.
  > declined_comment | kowalczyk | Its chairwoman, Judge Ines Kowalczyk | could not be reached | - | resp=unreachable
Two delegates from Pacific island federations told us they had each been offered "development grants" of $50,000 by people working for Bellandi's campaign in the week before the congress.
  > anonymous_official | pacific-delegates | Two delegates from Pacific island federations | told us | >
One of them, who asked not to be named because his federation depends on grants from the world body, said the offer was made in a hotel bar in Lausanne and was "not subtle."
  > anonymous_official | pacific-delegates | One of them | said | > | anon=who asked not to be named because his federation depends on grants from the world body

16:30 CET
Marco Bellandi promised "a federation with nothing to hide" in his acceptance speech.
  > named_official | bellandi | Marco Bellandi | promised | "a federation with nothing to hide"
Asked at a news conference about the payments, he said all development grants were approved by the executive board "under rules written long before I was a candidate."
  > named_official | bellandi | he | said | >
He declined to say whether anyone from his campaign had met Pacific delegates in Lausanne.
  > declined_comment | bellandi | He | declined to say whether anyone from his campaign had met Pacific delegates in Lausanne | - | resp=declined

15:45 CET
Bellandi has won, 71 votes to 64, with two abstentions, according to the count read out by the congress secretary.
  > document | count | the count read out by the congress secretary | according to | <
Several delegates we spoke to in the hall dismissed the vote-buying reports as a smear put about by Varga's supporters.
  > anonymous_official | hall-delegates | Several delegates we spoke to in the hall | dismissed | the vote-buying reports as a smear put about by Varga's supporters

11:20 CET
The Norwegian broadcaster Vest TV reported this morning that the federation's treasurer had raised concerns in September about a jump in development grants to small federations.
  > media_report | vesttv | The Norwegian broadcaster Vest TV | reported this morning | >
An internal audit memo, which we have seen, shows that grants to 11 federations rose from a combined $180,000 in 2023 to $1.4 million this year.
  > document | memo | An internal audit memo, which we have seen | shows | >
The treasurer, Ingrid Solberg, told us: "I raised it with the board, and the board noted it."
  > named_official | solberg | The treasurer, Ingrid Solberg | told us | >
She would not say more.
  > declined_comment | solberg | She | would not say more | - | resp=declined

09:00 CET
Welcome to our coverage of the World Aquatic Polo Federation's elective congress in Lausanne, where 137 national federations will choose a president.
A person close to Varga's campaign said on Friday night that he expected "a close result, and a clean one, we hope."
  > anonymous_familiar | close-varga | A person close to Varga's campaign | said on Friday night | >
Ruth Abelman, who researches sports governance at Northfield University, told us that federations where every country has one vote are "structurally vulnerable" to vote-buying, because small members depend on the centre for money.
  > named_person | abelman | Ruth Abelman, who researches sports governance at Northfield University | told us | >

@excluded
This live blog has now ended. Read our full report on Bellandi's victory here.
Share this live blog
© 2025 Poolside Sport Media
''')

ARTICLES.append(r'''
@id ar-spectrum-auction-bid-signalling-probe-newsletter
@style spectrum_auction_bid_signalling_probe
Spectrum Signal: Regulator is investigating whether carriers used bid amounts to carve up 5G licences, notice shows
  > document | notice | notice | shows | Regulator is investigating whether carriers used bid amounts to carve up 5G licences

Hello from Port Arlen, and welcome to Spectrum Signal, our weekly letter on telecoms policy.
I'm Dana Whitlock.

THE STORY
The Communications Regulatory Authority has opened an investigation into whether two of the country's three mobile carriers used the amounts of their bids to send signals to each other during last spring's 3.5 GHz auction, according to a notice it published on Tuesday.
  > document | notice | a notice it published on Tuesday | according to | <
The notice says investigators are examining bids "ending in digits that correspond to licence-area numbers" in 14 of the 22 regions.
  > document | notice | The notice | says | >
In plain terms: a bid of 41,000,017 crowns could tell a rival that the bidder wants region 17.
The two carriers, Velo Mobile and Tessel Telecom, won 19 of the 22 regional licences between them.
Round-by-round results published by the authority after the auction show that their bids ended in the same two digits 31 times.
  > document | results | Round-by-round results published by the authority after the auction | show | >

WHAT THE CARRIERS SAY
Velo said in a statement that it had "bid independently and in full compliance with the auction rules" and would cooperate with the investigation.
  > named_organization | velo | Velo | said in a statement | >
Tessel's chief executive, Annika Brandt, told me on Wednesday that the digits were "an artefact of our bidding software, nothing more."
  > named_official | brandt | Tessel's chief executive, Annika Brandt | told me on Wednesday | >
"We round our bids the same way in every auction we enter, in four countries," she said.
  > named_official | brandt | she | said | <
Jonas Ek, a lawyer representing Tessel, said the company had handed over its bidding logs voluntarily.
  > named_official | ek | Jonas Ek, a lawyer representing Tessel | said | >
A senior executive at one of the two carriers, who asked not to be named because staff had been told not to discuss the inquiry, said bidding teams had watched each other's numbers "like hawks" from the first round.
  > anonymous_official | carrier-exec | A senior executive at one of the two carriers | said | > | anon=who asked not to be named because staff had been told not to discuss the inquiry

WHAT THE EXPERTS SAY
Mira Castellanos, an economist at the Port Arlen School of Economics who has helped design spectrum auctions in three countries, called code bidding "the oldest trick in the book."
  > named_person | castellanos | Mira Castellanos, an economist at the Port Arlen School of Economics who has helped design spectrum auctions in three countries | called | code bidding "the oldest trick in the book."
"The rules could have prevented it," she said, "simply by rounding every bid to the nearest million."
  > named_person | castellanos | she | said | "The rules could have prevented it," ;; "simply by rounding every bid to the nearest million."
Henrik Sjöberg, a competition lawyer who has advised carriers in other markets but is not involved in this case, said the authority would need more than matching digits to prove collusion.
  > named_person | sjoberg | Henrik Sjöberg, a competition lawyer who has advised carriers in other markets but is not involved in this case | said | >
Some industry analysts have asked why the authority waited eight months to act.
  > anonymous_other | analysts | Some industry analysts | have asked | why the authority waited eight months to act

WHAT I'M HEARING
Two people briefed on the inquiry told me investigators have already interviewed the third bidder, Brightwave, which won three regions.
  > anonymous_familiar | briefed | Two people briefed on the inquiry | told me | >
Brightwave declined to comment.
  > declined_comment | brightwave | Brightwave | declined to comment | - | resp=declined
The authority's chairwoman, Sofie Lund, could not be reached; she is at a conference in Geneva this week, her office said.
  > declined_comment | lund | The authority's chairwoman, Sofie Lund | could not be reached | - | resp=unreachable
  > named_organization | lund-office | her office | said | she is at a conference in Geneva this week
The business daily Finansposten reported last week that the authority had considered annulling the auction before opting for an investigation.
  > media_report | finansposten | The business daily Finansposten | reported last week | >
The authority had planned to auction the 26 GHz band this autumn; that sale is now on hold.
  > named_organization | cra | The authority | had planned | to auction the 26 GHz band this autumn | nosrc

@excluded
Was this forwarded to you? Subscribe to Spectrum Signal here.
Tips and complaints: reply to this email or write to dana@arlenmedia.example
© 2025 Arlen Media. Unsubscribe | Manage preferences
''')

ARTICLES.append(r'''
@id ar-copper-landline-switchoff-rural-sawyer-valley
@style copper_landline_switchoff_rural
Sawyer Valley residents say Ridgeline's copper shutdown will leave them without a phone that works
  > anonymous_other | residents | Sawyer Valley residents | say | Ridgeline's copper shutdown will leave them without a phone that works

SAWYER VALLEY, Ore. -- Ridgeline Telecom told state regulators in a filing this month that it will stop maintaining the copper telephone lines in Sawyer Valley on March 31, ending traditional landline service for about 600 households.
  > named_organization | ridgeline | Ridgeline Telecom | told state regulators in a filing this month | that it will stop maintaining the copper telephone lines in Sawyer Valley on March 31
In the filing, Ridgeline says customers will be offered a wireless home phone unit that connects to the nearest cell tower.
  > named_organization | ridgeline | Ridgeline | says | >
Residents say that is exactly the problem.
  > anonymous_other | residents | Residents | say | that is exactly the problem
"There is no nearest cell tower, not one that reaches down here," said Ed Hollis, 79, who has lived on Fern Creek Road since 1971.
  > named_person | hollis | Ed Hollis, 79, who has lived on Fern Creek Road since 1971 | said | <
Hollis wears a medical alert pendant that dials out through his landline.
Marjorie and Dale Pruitt, who run a bed-and-breakfast at the top of the valley, said a wireless unit Ridgeline sent them in November dropped every call within a minute.
  > named_person | pruitts | Marjorie and Dale Pruitt, who run a bed-and-breakfast at the top of the valley | said | > | count=2

A Ridgeline spokeswoman said the company had installed a signal booster on Baldy Ridge in January and would "work with every customer individually."
  > named_organization | ridgeline | A Ridgeline spokeswoman | said | >
She said the valley's copper network was "at the end of its life" and cost more than $400,000 a year to keep running.
  > named_organization | ridgeline | She | said | >
The Oregon Public Utility Commission must approve the plan before service can end.
At a public meeting in Sawyer on Tuesday night, billed as a "listening session," Commission Chair Letitia Moreno said she would not sign off on any plan "that leaves one person unable to call 911."
  > named_official | moreno | Commission Chair Letitia Moreno | said | >
The meeting ran for more than three hours.
Sawyer County Emergency Manager Raul Esparza told KVRT that dispatchers received 14 calls to 911 from the valley last year, all of them from landlines.
  > named_official | esparza | Sawyer County Emergency Manager Raul Esparza | told KVRT | >

A Ridgeline field technician, who asked not to be identified because he is not authorized to speak for the company, said crews stopped replacing corroded cable in the valley two years ago.
  > anonymous_official | technician | A Ridgeline field technician | said | > | anon=who asked not to be identified because he is not authorized to speak for the company
"They've been letting it die on purpose," he said.
  > anonymous_official | technician | he | said | <
Asked about the technician's account, the spokeswoman said she could not discuss maintenance schedules.
  > declined_comment | ridgeline | the spokeswoman | said she could not discuss maintenance schedules | - | resp=declined
Gary Tomlin, a retired engineer who worked for Ridgeline's predecessor for 31 years, said copper lines keep working in a power outage because the phone company powers them, while wireless units run on batteries.
  > named_person | tomlin | Gary Tomlin, a retired engineer who worked for Ridgeline's predecessor for 31 years | said | >
Ridgeline's filing says each unit will come with an eight-hour backup battery.
  > document | filing | Ridgeline's filing | says | >
"Our last ice storm took the power out for four days," Tomlin said.
  > named_person | tomlin | Tomlin | said | <
The Sawyer Valley Record reported in December that Ridgeline had sought similar permission in two other rural counties.
  > media_report | record | The Sawyer Valley Record | reported in December | >
Ridgeline's regional vice president, Scott Amundsen, could not be reached for comment Wednesday.
  > declined_comment | amundsen | Ridgeline's regional vice president, Scott Amundsen | could not be reached for comment Wednesday | - | resp=unreachable
The commission will hold a second hearing in Salem on Feb. 20.
"I'm not asking for the internet," Hollis said.
  > named_person | hollis | Hollis | said | <
"I'm asking for a dial tone."
  > named_person | hollis | Hollis | - | *

@excluded
Copyright 2025 KVRT. All rights reserved.
Download the KVRT News app for breaking news alerts.
See a typo? Report it here.
''')

ARTICLES.append(r'''
@id ar-trial-enrollment-halt-participant-death-corvane
@style trial_enrollment_halt_participant_death
Corvane halts enrollment in gene-editing trial after patient dies, company says
  > named_organization | corvane | company | says | Corvane halts enrollment in gene-editing trial after patient dies

Corvane Therapeutics has stopped enrolling patients in a mid-stage trial of its gene-editing treatment for a rare inherited liver disease after a participant died of liver failure, the company said Thursday.
  > named_organization | corvane | the company | said Thursday | <
In a filing with the Securities and Exchange Commission, the Boston-based company said the death occurred in late September, about six weeks after the patient received a single infusion of the drug, CRV-201.
  > named_organization | corvane | the Boston-based company | said | >
The filing does not say whether Corvane believes the drug caused the death.
On a call with investors, Corvane's chief medical officer, Dr. Priya Raman, said the company was "taking this extremely seriously" and had informed the Food and Drug Administration and all 11 trial sites.
  > named_official | raman | Corvane's chief medical officer, Dr. Priya Raman | said | >
"Until we understand what happened, no new patient will be dosed," she said.
  > named_official | raman | she | said | <
The FDA declined to comment, citing its policy on products under review.
  > declined_comment | fda | The FDA | declined to comment | - | resp=declined

The patient was a 34-year-old man from Dayton, Ohio, according to his sister, who spoke to Pulse Health by phone on Friday.
  > named_person | bramwell | his sister | according to | <
The sister, Leah Bramwell, said her brother had enrolled in the trial because "he had run out of other options."
  > named_person | bramwell | The sister, Leah Bramwell | said | >
"He knew it was experimental," she said.
  > named_person | bramwell | she | said | <
"He went in with his eyes open, and so did we."
  > named_person | bramwell | Leah Bramwell | - | *
Bramwell said the family had not been told the cause of death.
  > named_person | bramwell | Bramwell | said | >

The trial's entry on ClinicalTrials.gov, the federal registry, shows that it aimed to enroll 60 patients and had enrolled 23 by August.
  > document | registry | The trial's entry on ClinicalTrials.gov, the federal registry | shows | >
Two people familiar with the trial said the man's liver enzymes had risen sharply in the weeks after dosing, a pattern also seen in two other participants who recovered.
  > anonymous_familiar | familiar | Two people familiar with the trial | said | >
An investigator at one of the trial sites, who asked not to be named because site staff are bound by confidentiality agreements with the company, said investigators had been told in August to check liver function weekly instead of monthly.
  > anonymous_official | investigator | An investigator at one of the trial sites | said | > | anon=who asked not to be named because site staff are bound by confidentiality agreements with the company
Raman did not respond to a follow-up question about the August change.
  > declined_comment | raman | Raman | did not respond to a follow-up question about the August change | - | resp=no_response
Dr. Samuel Okoye, a liver specialist at Northgate University Medical Center who is not involved in the trial, said liver toxicity had been "the shadow over this whole class of therapies."
  > named_person | okoye | Dr. Samuel Okoye, a liver specialist at Northgate University Medical Center who is not involved in the trial | said | >
"The question is whether it's the editing itself or the particle that delivers it," Okoye said.
  > named_person | okoye | Okoye | said | <

Corvane's shares fell 41 percent on Thursday.
Rachel Dunn, an analyst at Halden Securities, wrote in a note to clients that the company had enough cash to last "into 2027, barely."
  > named_person | dunn | Rachel Dunn, an analyst at Halden Securities | wrote in a note to clients | >
Other analysts questioned whether Corvane could survive a pause of more than six months.
  > anonymous_other | analysts | Other analysts | questioned | >
The Urea Cycle Families Network, a patient group, said in a statement that families "understand the risks of being first, and are grateful to the family who paid the highest price."
  > named_organization | ucfn | The Urea Cycle Families Network, a patient group | said in a statement | >
The Boston Ledger reported in June that two Corvane directors had resigned after disagreements over the trial's dosing.
  > media_report | ledger | The Boston Ledger | reported in June | >
Corvane's former chief scientific officer, Dr. Alan Whitfield, who left the company in June, could not be reached.
  > declined_comment | whitfield | Corvane's former chief scientific officer, Dr. Alan Whitfield, who left the company in June | could not be reached | - | resp=unreachable
Corvane had hoped to seek approval for CRV-201 in 2026.
  > named_organization | corvane | Corvane | had hoped | to seek approval for CRV-201 in 2026 | nosrc

@excluded
Sign up for Pulse Health's Biotech Brief, delivered every weekday morning.
Related: What went wrong in the last gene-editing trial to be paused
© 2025 Pulse Health Media. All rights reserved.
''')

ARTICLES.append(r'''
@id ar-gene-therapy-price-minister-interview-transcript
@style gene_therapy_price_minister_interview_transcript
Transcript: Farrell says state "will not be held to ransom" over €1.9m gene therapy
  > named_official | farrell | Farrell | says | state "will not be held to ransom" over €1.9m gene therapy

Health Minister Clodagh Farrell spoke to Sunday Focus presenter Niall Grogan on Sunday, four days after the Health Technology Agency advised against funding Orvista Bio's gene therapy Visagen at its current price.
  > named_organization | hta | the Health Technology Agency | advised against | funding Orvista Bio's gene therapy Visagen at its current price
Orvista declined an invitation to take part.
  > declined_comment | orvista | Orvista | declined an invitation to take part | - | resp=declined
The interview has been edited for length and clarity.

GROGAN: Minister, eleven children in this country have the condition Visagen treats.
Why won't the state pay for it?
FARRELL: We will pay for it, at a fair price, and the state will not be held to ransom by anyone.
  > named_official | farrell | FARRELL | : | >
The company is asking for €1.9 million a child, and the agency found that price could not be justified on the evidence we have.
  > named_official | farrell | FARRELL | - | *
GROGAN: The agency's own report says the therapy restored "useful vision" in 9 of the 14 children in the main trial.
  > document | hta-report | The agency's own report | says | >
FARRELL: It does work, for many children, and I have never said otherwise.
  > named_official | farrell | FARRELL | : | >
But the same report says nobody knows yet how long the effect lasts, and at that price that matters.
  > named_official | farrell | FARRELL | - | *
GROGAN: Officials in your own department told this programme that a deal at about €1.2 million was close in September and that you personally turned it down.
  > anonymous_official | dept-officials | Officials in your own department | told this programme | >
Is that true?
FARRELL: I'm not going to negotiate on the radio, Niall.
  > named_official | farrell | FARRELL | : | >
What I can tell you is that no offer has been put to me that the agency considers value for money.
  > named_official | farrell | FARRELL | - | *
GROGAN: The Visagen Families group says two of the eleven children have lost more sight since the summer while they waited.
  > named_organization | families | The Visagen Families group | says | >
Its chairwoman, Sinéad Kilroy, whose son Cian is one of the two, said on this programme last week that the state was "pricing children's eyesight."
  > named_official | kilroy | Its chairwoman, Sinéad Kilroy, whose son Cian is one of the two | said on this programme last week | >
FARRELL: I've met Sinéad, and I understand her anger completely.
  > named_official | farrell | FARRELL | : | >
If I were in her position, I'd be saying exactly the same thing.
  > named_official | farrell | FARRELL | - | *
GROGAN: Orvista said in a statement on Friday that the price reflects "a one-time treatment that replaces a lifetime of care."
  > named_organization | orvista | Orvista | said in a statement on Friday | >
Professor Declan Mahony, a health economist at University College Westport, told us the company's own figures put the lifetime cost of care at under €600,000.
  > named_person | mahony | Professor Declan Mahony, a health economist at University College Westport | told us | >
FARRELL: If that's right, it makes our case for us.
  > named_official | farrell | FARRELL | : | >
GROGAN: Minister Clodagh Farrell, thank you.

@excluded
Sunday Focus is broadcast on National Radio 1 every Sunday at 10am.
Listen back to the full programme on the Radio Player app.
© National Broadcasting Service 2025
''')

ARTICLES.append(r'''
@id ar-family-foundation-board-ouster-pemberton
@style family_foundation_board_ouster
Pemberton heirs oust foundation's longtime president in fight over oil holdings, people close to the family say
  > anonymous_familiar | close-family | people close to the family | say | Pemberton heirs oust foundation's longtime president in fight over oil holdings

The board of the Pemberton Family Foundation, one of the country's largest private funders of rural health clinics, voted 5-3 last Friday to remove its president of 22 years, Dr. Lorraine Achebe, according to minutes of the meeting obtained by Philanthropy Quarterly.
  > document | minutes | minutes of the meeting obtained by Philanthropy Quarterly | according to | <
The vote followed months of disagreement between Achebe and younger members of the Pemberton family over whether to sell the foundation's stakes in oil and gas companies, said three people close to the family.
  > anonymous_familiar | close-family | three people close to the family | said | <
The new board chairman, Graham Pemberton, 41, a grandson of the founder, said in a statement that the board was "grateful for Lorraine's service" and wanted "leadership that reflects the values of the next generation."
  > named_official | gpemberton | The new board chairman, Graham Pemberton, 41, a grandson of the founder | said in a statement | >
He declined to be interviewed.
  > declined_comment | gpemberton | He | declined to be interviewed | - | resp=declined

Achebe, reached at her home in Richmond, said she had been given "twenty minutes' notice and no reason."
  > named_official | achebe | Achebe, reached at her home in Richmond | said | >
"I have spent my career getting clinics built in counties nobody else would fund," she said.
  > named_official | achebe | she | said | <
"If they want to talk about values, they can start there."
  > named_official | achebe | Achebe | - | *
Her lawyer, Marcus Whitby, said she was weighing legal action over the terms of her departure.
  > named_official | whitby | Her lawyer, Marcus Whitby | said | >

The foundation's most recent tax return, for 2023, shows assets of $2.1 billion, about 14 percent of them in energy stocks.
  > document | tax-return | The foundation's most recent tax return, for 2023 | shows | >
Leaders of three organizations that receive Pemberton grants, who asked not to be identified because they feared losing the money, said the foundation had told them in August that it was "reviewing all multiyear commitments."
  > anonymous_official | grantees | Leaders of three organizations that receive Pemberton grants | said | > | anon=who asked not to be identified because they feared losing the money, count=3
One of them said a promised $4 million for a mobile clinic program had not arrived.
  > anonymous_official | grantees | One of them | said | >
Tom Redcloud, executive director of the Prairie Health Collaborative, another grantee, said his group's money had arrived on schedule and that he had "no complaints at all."
  > named_official | redcloud | Tom Redcloud, executive director of the Prairie Health Collaborative, another grantee | said | >
Family foundations are among the least regulated institutions in American life, said Elise Harmon, who studies philanthropy at Ridgeway University.
  > named_person | harmon | Elise Harmon, who studies philanthropy at Ridgeway University | said | <
"A family board can fire its president for any reason or none, as long as the charity's money keeps going to charity," she said.
  > named_person | harmon | she | said | <
Paul Desai, a lawyer who advises nonprofit boards and has no connection to the foundation, said the state attorney general could intervene only if the board's decision harmed the foundation's charitable purpose.
  > named_person | desai | Paul Desai, a lawyer who advises nonprofit boards and has no connection to the foundation | said | >
The Virginia attorney general's office did not respond to a question about whether it was reviewing the vote.
  > declined_comment | ag | The Virginia attorney general's office | did not respond to a question about whether it was reviewing the vote | - | resp=no_response

The Tidewater Courier reported in May that the board had hired an outside firm to review Achebe's expenses.
  > media_report | tidewater | The Tidewater Courier | reported in May | >
That review found no wrongdoing, according to a person briefed on its conclusions.
  > anonymous_familiar | briefed | a person briefed on its conclusions | according to | <
The three trustees who voted against the removal, all from the family's older generation, could not be reached.
  > declined_comment | dissenters | The three trustees who voted against the removal, all from the family's older generation | could not be reached | - | resp=unreachable
Achebe had planned to retire at the end of next year.
  > named_official | achebe | Achebe | had planned | to retire at the end of next year | nosrc
The board named its vice chair, Caroline Pemberton-Reyes, as interim president.

@excluded
Philanthropy Quarterly is a nonprofit newsroom. Support our reporting with a donation today.
Republish this story for free under a Creative Commons license.
Have a tip about a foundation? Contact our reporters securely.
''')

ARTICLES.append(r'''
@id ar-glass-eel-smuggling-seizure-lisbon
@style glass_eel_smuggling_seizure
Customs seize 400 kilograms of baby eels bound for Hong Kong, authority says
  > named_organization | customs | authority | says | Customs seize 400 kilograms of baby eels bound for Hong Kong

LISBON -- Customs officers at Lisbon airport seized about 400 kilograms of live glass eels hidden in suitcases bound for Hong Kong, Portugal's customs authority said on Wednesday.
  > named_organization | customs | Portugal's customs authority | said on Wednesday | <
The young European eels, a critically endangered species whose export from the European Union has been banned since 2010, could have fetched more than 1.2 million euros in Asia, the authority said.
  > named_organization | customs | the authority | said | <
Four men, aged 24 to 51, were arrested, said a spokesman for the authority, Rui Tavares.
  > named_official | tavares | a spokesman for the authority, Rui Tavares | said | <
He said the eels were packed in bags of oxygenated water inside 14 suitcases.
  > named_official | tavares | He | said | >
Two customs officers at the airport, who were not authorized to speak publicly, said a scanner operator had noticed water sloshing in the first suitcase.
  > anonymous_official | airport-officers | Two customs officers at the airport | said | > | anon=who were not authorized to speak publicly

Glass eels, known in the trade as "white gold," are raised to adult size on fish farms in China and sold across Asia.
Europol, the European Union's police agency, has estimated that about 100 tonnes of glass eels are smuggled out of Europe each year.
  > named_organization | europol | Europol, the European Union's police agency | has estimated | >
Court papers filed in Lisbon on Thursday show that the men have been charged with smuggling and with crimes against protected species.
  > document | court-papers | Court papers filed in Lisbon on Thursday | show | >
Filipa Moura, a lawyer for two of the men, said her clients had been hired as couriers and "did not know what was in the bags."
  > named_official | moura | Filipa Moura, a lawyer for two of the men | said | >
The public prosecutor's office declined to comment.
  > declined_comment | prosecutor | The public prosecutor's office | declined to comment | - | resp=declined
A person familiar with the investigation said the men belonged to a network that had moved eels through Lisbon, Madrid and Paris since at least 2023.
  > anonymous_familiar | familiar | A person familiar with the investigation | said | >
This agency could not independently confirm that account.

On the Minho river, licensed fishermen may catch a limited quantity of glass eels each winter for sale within Europe.
António Vilela, who has fished the Minho for eels for 30 years, said licensed fishermen were being undercut by poachers who sell to smugglers.
  > named_person | vilela | António Vilela, who has fished the Minho for eels for 30 years | said | >
"They fish at night with no licence and get paid in cash on the riverbank," he said.
  > named_person | vilela | he | said | <
Sources in the fishing industry say prices for glass eels in Hong Kong have roughly doubled since 2022.
  > anonymous_other | industry-sources | Sources in the fishing industry | say | >
The Eel Conservation Alliance, a campaign group, said the seizure showed "the trade is as big as it has ever been."
  > named_organization | eca | The Eel Conservation Alliance, a campaign group | said | >
The Spanish newspaper Diario del Norte reported last month that police in Galicia had broken up a similar ring.
  > media_report | diario | The Spanish newspaper Diario del Norte | reported last month | >
A Hong Kong seafood company whose name was on the luggage tags could not be reached.
  > declined_comment | hk-company | A Hong Kong seafood company whose name was on the luggage tags | could not be reached | - | resp=unreachable
China's embassy in Lisbon did not respond to a request for comment.
  > declined_comment | embassy | China's embassy in Lisbon | did not respond to a request for comment | - | resp=no_response

@excluded
Reporting by Inês Carvalho; editing by Mark Doyle
© 2025 Iberian Press Agency. All rights reserved.
''')

ARTICLES.append(r'''
@id ar-aquifer-meter-tampering-audit-alder-basin
@style aquifer_meter_tampering_audit
Audit finds tampered water meters on 19 Alder Basin farms
  > document | audit | Audit | finds | tampered water meters on 19 Alder Basin farms

CORLISS, Calif. -- Meters on at least 19 farm wells in the Alder Basin were altered to record less groundwater than was actually pumped, according to an audit released Tuesday by the basin's groundwater authority.
  > document | audit | an audit released Tuesday by the basin's groundwater authority | according to | <
The audit estimates that those farms pumped about 11,000 acre-feet more water than they reported over two years.
  > document | audit | The audit | estimates | >
The authority's general manager, Diane Okada, said the findings had been referred to the county district attorney.
  > named_official | okada | The authority's general manager, Diane Okada | said | >
"This is water that belongs to everyone who pumps from this basin, including the towns," Okada told the authority's board on Tuesday.
  > named_official | okada | Okada | told the authority's board on Tuesday | <
"When somebody takes more than their share and hides it, their neighbors' wells go dry."
  > named_official | okada | Okada | - | *
The audit does not name the growers.

The Courier reported in September that authority inspectors had sealed the meters on three farms east of Highway 43.
  > media_report | courier | The Courier | reported in September | >
One of those farms belongs to Walt Henning, who grows pistachios on 1,200 acres near Corliss.
Henning said in an interview that his meter had been "acting up for years" and that he had asked the authority more than once to replace it.
  > named_person | henning | Henning | said in an interview | >
His attorney, Beth Navarro, said Henning would contest any fine.
  > named_official | navarro | His attorney, Beth Navarro | said | >
An authority inspector, who spoke on the condition that he not be named because the district attorney's review is ongoing, said magnets had been attached to several meters to slow their impellers.
  > anonymous_official | inspector | An authority inspector | said | > | anon=who spoke on the condition that he not be named because the district attorney's review is ongoing
"You don't get a magnet stuck to a meter by accident," the inspector said.
  > anonymous_official | inspector | the inspector | said | <
A spokeswoman for District Attorney Luis Ferreira confirmed that the office had received the referral but declined to say whether charges were being considered.
  > named_organization | da | A spokeswoman for District Attorney Luis Ferreira | confirmed | that the office had received the referral
  > declined_comment | da | A spokeswoman for District Attorney Luis Ferreira | declined to say whether charges were being considered | - | resp=declined

Several growers at Tuesday's meeting said the authority's meters were old and unreliable.
  > anonymous_other | growers | Several growers at Tuesday's meeting | said | >
Jennifer Saldaña, who teaches water law at Central Valley State University, said the state's 2014 groundwater law gives local agencies broad power to fine pumpers but that few have used it.
  > named_person | saldana | Jennifer Saldaña, who teaches water law at Central Valley State University | said | >
The State Water Resources Control Board said in an email that it was "aware of the audit and reviewing it."
  > named_organization | state-board | The State Water Resources Control Board | said in an email | >
In Corliss, where two municipal wells have gone dry since 2022, Mayor Rosa Ybarra said residents had been "paying for other people's water for years."
  > named_official | ybarra | Mayor Rosa Ybarra | said | >
Maria Alcántar, whose household well went dry in August, said she had spent $18,000 drilling a new one.
  > named_person | alcantar | Maria Alcántar, whose household well went dry in August | said | >
The authority had intended to put tamper-proof meters on every large well by 2024, but the contract was delayed.
  > named_organization | authority | The authority | had intended | to put tamper-proof meters on every large well by 2024 | nosrc
The meters' manufacturer, FlowTrue Instruments, did not respond to questions about its devices.
  > declined_comment | flowtrue | The meters' manufacturer, FlowTrue Instruments | did not respond to questions about its devices | - | resp=no_response
The board voted 4-1 on Tuesday to seek fines.
Its lone dissenting member, Carl Voss, who also farms in the basin, said the audit relied on "guesswork about what a broken meter would have read."
  > named_official | voss | Its lone dissenting member, Carl Voss, who also farms in the basin | said | >
Two other growers named in the Courier's September report could not be reached.
  > declined_comment | other-growers | Two other growers named in the Courier's September report | could not be reached | - | resp=unreachable

@excluded
Subscribe to the Alder Basin Courier for $1 a week.
Letters to the editor: letters@alderbasincourier.example
Copyright © 2025 Alder Basin Courier
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
