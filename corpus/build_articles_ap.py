"""Build corpus/articles/ap.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, all on international politics and conflict, central banks and trade in Europe, Asia,
Africa and Latin America (election_results_delay_liveblog, central_bank_governor_dismissal_qa,
rate_decision_leak_inquiry, nickel_ore_export_ban_wto, border_town_shelling_displacement,
term_limit_referendum_campaign, opposition_leader_poisoning, embassy_asylum_standoff,
steel_safeguard_quota_exhaustion, air_defense_zone_incursion, ev_tariff_state_media_review,
junta_election_timetable_extension), mostly set in invented countries, in the voices of twelve
kinds of outlet (a broadcaster's live blog with GMT timestamps in reverse order, a Q&A
explainer whose subheads are questions, a wire story with a reporting-credit footer, an
Asian English-language daily using "Mr" without a period and "this newspaper", a wire dispatch
from a shelled border town, a Latin American paper's translated English edition, a monthly
magazine feature in the present tense with a two-sentence dek, a short wire story with an
update note, a Brussels trade newsletter in the first person with capitalised section heads and
a "quote of the week" attributed by a dash, an island daily's defence story, a weekly press
review of state media, and a public-radio website in the present tense). Each is built to test
source typing and grouping: ministers, governors, judges, candidates, party and rebel
spokespeople, a named junta spokesman, lawyers for clients and a former minister typed as
officials; a constitutional lawyer and an international-law professor commenting as experts,
analysts, a truck-fleet owner, a small manufacturer, market sellers, a guesthouse owner, a
taxi driver known by first name only and a politician's wife typed as persons; ministries,
commissions, courts, missions, armies, a hospital, an observer mission and unnamed
spokespeople typed as organizations; anonymous officials (commission officials, ministry
officials, lawmakers, a rate-setter, diplomats, a civil servant, a diplomat "familiar with the
discussions") with and without a stated reason; people familiar and people close to a leader;
vague sources (witnesses, residents, critics, analysts, investors, currency dealers,
environmental groups, "most economists", "trade lawyers"); documents (a decree, a law,
surveys, polls, a diplomatic note, a transition charter, a map, exchange data, a UN assessment,
an Amnesty report; a bishops' pastoral letter and a WTO panel's report are typed as the
organisation speaking); media reports, including state
agencies that "quoted" officials (outermost attribution) and the outlet's own earlier
reporting; non-answers of all three kinds; people described first and named later; quotes
over several sentences; split content; headline attributions; two attributions in one
sentence; and look-alikes left unannotated or marked not sourcing (question subheads, "has not
spoken publicly", "has not reported", "could not independently confirm", "would not give his
name", "had planned", "had hoped", "had wanted" with and without a cited source). All twelve
end with a footer of excluded boilerplate. Nothing is trained or tuned on them. Same line
format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_ap.py [--render]
     python corpus/build_articles_ap.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "ap.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id ap-election-results-delay-liveblog-ndaru
@style election_results_delay_liveblog
Live: Ndaru delays presidential results for a third day as opposition's Kamau claims victory
  > named_official | kamau | Kamau | claims | victory

13:15 GMT
Otieno has not spoken publicly since casting his vote on Sunday in his home village of Kiboso.
A person close to the president said he was "calm and confident" and was following the count from State House.
  > anonymous_familiar | close-president | A person close to the president | said | >
The president's office did not respond to our questions.
  > declined_comment | statehouse | The president's office | did not respond to our questions | - | resp=no_response

12:30 GMT
Police fired tear gas at several hundred Kamau supporters outside the national tallying centre in Lumasa, witnesses said.
  > anonymous_other | witnesses | witnesses | said | <
A police spokeswoman said officers had acted to protect the building and that no one had been seriously hurt.
  > named_organization | police | A police spokeswoman | said | >
The Lumasa Daily Monitor reported that at least four people were treated in hospital for breathing problems.
  > media_report | monitor | The Lumasa Daily Monitor | reported | >
Interior Minister Grace Nyambura could not be reached.
  > declined_comment | nyambura | Interior Minister Grace Nyambura | could not be reached | - | resp=unreachable

11:05 GMT
Two senior officials at the electoral commission, who spoke on condition of anonymity because they are not authorized to speak to the media, told us the delay had nothing to do with flooding.
  > anonymous_official | iec-officials | Two senior officials at the electoral commission | told us | > | anon=who spoke on condition of anonymity because they are not authorized to speak to the media
One of them said commissioners had been split since Monday over whether to count result forms from about 1,200 polling stations that arrived without the signatures of party agents.
  > anonymous_official | iec-officials | One of them | said | >
Those forms, the official said, cover roughly 600,000 votes.
  > anonymous_official | iec-officials | the official | said | Those forms ;; cover roughly 600,000 votes
The European Union's observer mission said in a preliminary statement that voting had been "largely orderly" but that the tabulation "lacks transparency."
  > named_organization | eu-eom | The European Union's observer mission | said in a preliminary statement | >
Patrick Ouma, a political scientist at the University of Lumasa, said the commission's silence was feeding rumours in both camps.
  > named_person | ouma | Patrick Ouma, a political scientist at the University of Lumasa | said | >

09:40 GMT
Opposition candidate David Kamau has declared himself the winner.
  > named_official | kamau | Opposition candidate David Kamau | has declared | himself the winner
In a video posted on his Facebook page, Kamau said his party's agents had tallied results from 81 percent of polling stations and that he led President Joseph Otieno by more than 400,000 votes.
  > named_official | kamau | Kamau | said | >
"We will not allow this victory to be stolen in a warehouse," he said.
  > named_official | kamau | he | said | <
Government spokesman Peter Wanjiru called the claim "illegal and premature" and said only the commission could declare a winner.
  > named_official | wanjiru | Government spokesman Peter Wanjiru | called | the claim "illegal and premature"
  > named_official | wanjiru | Government spokesman Peter Wanjiru | said | only the commission could declare a winner
State broadcaster NTV has not reported Kamau's declaration.

09:12 GMT
The Independent Electoral Commission said it would not release provisional results before Wednesday evening, citing "logistical delays" in three northern provinces.
  > named_organization | iec | The Independent Electoral Commission | said | >
Its chairwoman, Justice Miriam Achola, told a briefing that ballot boxes from Kesewa province had been held up by flooding.
  > named_official | achola | Its chairwoman, Justice Miriam Achola | told a briefing | >
Asked whether the delay would damage trust in the count, Achola declined to answer and left the room.
  > declined_comment | achola | Achola | declined to answer | - | resp=declined

@excluded
This live blog has now ended. Follow our continuing coverage of Ndaru's election here.
Share this live blog on WhatsApp, Facebook or X.
© 2025 Continental Broadcasting Ltd. All rights reserved.
''')

ARTICLES.append(r'''
@id ap-central-bank-governor-dismissal-qa-paravel
@style central_bank_governor_dismissal_qa
Why did Paravel's president fire the central bank governor, and what happens to the peso now?

President Álvaro Quintana removed Inés Salcedo as governor of the Central Bank of Paravel by decree late on Monday, five days after the bank raised its benchmark interest rate to 14 percent.
The peso fell 6 percent against the dollar on Tuesday, its steepest one-day drop since 2019, according to central bank data.
  > document | cb-data | central bank data | according to | <
Here is what we know so far.

Why was Salcedo fired?
The decree, published in the Official Gazette, says only that the governor had "lost the confidence of the president."
  > document | decree | The decree, published in the Official Gazette | says | the governor had "lost the confidence of the president."
Quintana told supporters at a rally in Valdemar on Tuesday that high interest rates were "strangling" small businesses and that the bank had ignored his government's requests to cut them.
  > named_official | quintana | Quintana | told supporters at a rally in Valdemar on Tuesday | >
Three Finance Ministry officials, who spoke on condition of anonymity because they were not authorized to discuss the president's decision, said Salcedo had refused a request in August to lend money directly to the Treasury.
  > anonymous_official | finmin-officials | Three Finance Ministry officials | said | > | anon=who spoke on condition of anonymity because they were not authorized to discuss the president's decision
Salcedo declined to be interviewed.
  > declined_comment | salcedo | Salcedo | declined to be interviewed | - | resp=declined
Her lawyer, Tomás Iriarte, said she would challenge the decree before the Constitutional Court.
  > named_official | iriarte | Her lawyer, Tomás Iriarte | said | >

Can the president do that?
According to the 2011 law that made the central bank independent, a governor can be removed only for "serious misconduct" and only after a hearing in the Senate.
  > document | law | the 2011 law that made the central bank independent | According to | >
Marta Echeverri, a constitutional lawyer at the National University in Santa Lucía who is not involved in the case, said the decree was "almost certainly" unlawful.
  > named_person | echeverri | Marta Echeverri, a constitutional lawyer at the National University in Santa Lucía who is not involved in the case | said | >
"The law was written precisely to stop this," she said.
  > named_person | echeverri | she | said | <
The government argues that no Senate hearing is needed because Salcedo's term expired in July and she had been serving on an interim basis.
  > named_organization | government | The government | argues | >

What happens to interest rates now?
Quintana has nominated the deputy governor, Rodrigo Paz, who has argued in speeches this year that rates should fall faster.
  > named_official | paz | the deputy governor, Rodrigo Paz | has argued in speeches this year | that rates should fall faster
Most economists expect the bank to cut rates at its next meeting, on Oct. 22.
  > anonymous_other | economists | Most economists | expect | >
A survey of 18 economists by the Santa Lucía Chamber of Commerce found that 14 expect a cut of at least one percentage point.
  > document | survey | A survey of 18 economists by the Santa Lucía Chamber of Commerce | found | >

What does the IMF say?
Paravel owes the International Monetary Fund about $9 billion under a 2023 loan program, one of whose conditions was central bank independence.
A spokeswoman for the fund said in Washington that it was "following developments closely" and remained in contact with the authorities.
  > named_organization | imf | A spokeswoman for the fund | said in Washington | >
A European member of the fund's executive board, who asked not to be named because board discussions are confidential, said several directors wanted staff to visit Santa Lucía before the next disbursement.
  > anonymous_official | imf-director | A European member of the fund's executive board | said | > | anon=who asked not to be named because board discussions are confidential
The Finance Ministry did not respond to a request for comment.
  > declined_comment | finmin | The Finance Ministry | did not respond to a request for comment | - | resp=no_response

@excluded
Have a question about Latin America's economies? Send it to our explainers desk.
Related: Paravel's peso slides as investors weigh IMF program
''')

ARTICLES.append(r'''
@id ap-rate-decision-leak-inquiry-varesia
@style rate_decision_leak_inquiry
Varesia's central bank investigating leak of surprise rate cut, people familiar say
  > anonymous_familiar | familiar | people familiar | say | Varesia's central bank investigating leak of surprise rate cut

VARESGRAD, Varesia -- The National Bank of Varesia has opened an internal investigation into how news of its surprise interest rate cut last week reached currency traders before the decision was announced, three people familiar with the matter said.
  > anonymous_familiar | familiar | three people familiar with the matter | said | <
The bank cut its benchmark rate by 75 basis points to 5.25 percent on Oct. 9, its largest cut since 2009.
In the 40 minutes before the 2 p.m. announcement, the varo weakened 1.1 percent against the euro on unusually heavy trading, according to data from the Varesgrad Stock Exchange.
  > document | vse-data | data from the Varesgrad Stock Exchange | according to | <
The bank's compliance department is examining phone and email records of the 14 employees who knew of the decision in advance, one of the people said.
  > anonymous_familiar | familiar | one of the people | said | <
It has also asked the telecommunications regulator for logs of calls made from its headquarters that morning, according to a copy of the request seen by this agency.
  > document | request | a copy of the request seen by this agency | according to | <

In a statement on Thursday, the bank said it "does not comment on internal procedures" but applies "the highest standards of confidentiality" to its policy decisions.
  > named_organization | nbv | the bank | said | >
Governor Anton Vasić, speaking to reporters in Washington on the sidelines of the IMF's annual meetings, said he had "no information" about any leak.
  > named_official | vasic | Governor Anton Vasić | said | >
Asked whether he would resign if a leak were confirmed, Vasić declined to answer.
  > declined_comment | vasic | Vasić | declined to answer | - | resp=declined
A member of the bank's rate-setting council, who requested anonymity because the council's deliberations are secret, said the 5-2 vote was taken only at 11:30 a.m.
  > anonymous_official | council-member | A member of the bank's rate-setting council | said | > | anon=who requested anonymity because the council's deliberations are secret
"Either somebody picked up the phone in the first hour, or a fund in London got very lucky," the council member said.
  > anonymous_official | council-member | the council member | said | < | count=1

Finance Minister Dorota Kralj said on Friday that the leak "must be investigated to the end."
  > named_official | kralj | Finance Minister Dorota Kralj | said on Friday | >
For months, Kralj has publicly urged the bank to lower borrowing costs before next spring's election.
  > named_official | kralj | Kralj | has publicly urged | the bank to lower borrowing costs before next spring's election
Opposition lawmakers have accused the government of leaning on the bank.
  > anonymous_official | opposition-mps | Opposition lawmakers | have accused | the government of leaning on the bank
Kralj denies applying any pressure.
  > named_official | kralj | Kralj | denies | applying any pressure
The daily Varesgradski Vjesnik reported on Monday that at least two London-based hedge funds had bet heavily against the varo that morning.
  > media_report | vjesnik | The daily Varesgradski Vjesnik | reported on Monday | >
This agency could not independently confirm the report.
Two currency dealers at banks in Varesgrad said they had seen unusually large sell orders from about 1:15 p.m.
  > anonymous_other | dealers | Two currency dealers at banks in Varesgrad | said | >
The Financial Supervisory Authority, which polices insider trading, said it had received a request for information from the central bank but had not opened a formal case.
  > named_organization | fsa | The Financial Supervisory Authority, which polices insider trading | said | >
Its chief executive, Marek Horvat, did not respond to a request for comment.
  > declined_comment | horvat | Its chief executive, Marek Horvat | did not respond to a request for comment | - | resp=no_response
Investors had expected the bank to wait until December before cutting again.
  > anonymous_other | investors | Investors | had expected | the bank to wait until December before cutting again
The varo has since recovered about half of its losses.

@excluded
Reporting by Ivana Petrić in Varesgrad and Tom Ellery in Washington; Editing by Claire Dunmore
Our Standards: The Trust Principles.
''')

ARTICLES.append(r'''
@id ap-nickel-ore-export-ban-wto-tamsara
@style nickel_ore_export_ban_wto
Tamsara will defy WTO ruling on nickel ore exports, trade minister vows
  > named_official | halim | trade minister | vows | Tamsara will defy WTO ruling on nickel ore exports

PORT HALIM -- Tamsara will keep its ban on exports of raw nickel ore despite a World Trade Organization ruling against it, Trade Minister Rizal Halim said yesterday, setting up a new confrontation with the European Union.
  > named_official | halim | Trade Minister Rizal Halim | said yesterday | Tamsara will keep its ban on exports of raw nickel ore despite a World Trade Organization ruling against it
A WTO dispute panel found in a report circulated to members on Monday that the ban, in force since 2020, breaks the organisation's rules on export restrictions.
  > named_organization | panel | A WTO dispute panel | found in a report circulated to members on Monday | >
Speaking to reporters at his ministry, Mr Halim said the ban had turned Tamsara from a seller of dirt into a maker of stainless steel and battery materials.
  > named_official | halim | Mr Halim | said | >
"We will not go back to selling our soil by the shipload," he said.
  > named_official | halim | he | said | <
"The panel can rule what it likes.
  > named_official | halim | Mr Halim | - | *
Our smelters are not going anywhere."
  > named_official | halim | Mr Halim | - | *

He said the government would file an appeal, although the WTO's Appellate Body has been unable to hear cases since 2019 because the United States has blocked appointments to it.
  > named_official | halim | He | said | the government would file an appeal
An appeal "into the void," as trade lawyers call it, would leave the dispute unresolved indefinitely.
  > anonymous_other | trade-lawyers | trade lawyers | call | "into the void,"
The European Commission, which brought the case in 2019, said it expected Tamsara to "comply promptly" with the ruling.
  > named_organization | commission | The European Commission, which brought the case in 2019 | said | >
An EU official involved in the case, speaking on condition of anonymity, said Brussels could respond with tariffs on Tamsaran stainless steel under a 2021 enforcement regulation.
  > anonymous_official | eu-official | An EU official involved in the case | said | >

Finance ministry data show that exports of nickel products rose to $34 billion last year, from $3 billion in 2019.
  > document | finmin-data | Finance ministry data | show | >
The Tamsara Nickel Smelters Association said its members had invested $38 billion in smelting capacity since the ban took effect, most of it from Chinese companies.
  > named_organization | smelters | The Tamsara Nickel Smelters Association | said | >
Environmental groups have criticised the smelters for clearing forest and dumping tailings at sea.
  > anonymous_other | green-groups | Environmental groups | have criticised | the smelters for clearing forest and dumping tailings at sea
Budi Santoso, who owns a fleet of 30 trucks that haul ore to a smelter in Upper Sulang province, said the ban had been "the best thing that happened to this island."
  > named_person | santoso | Budi Santoso, who owns a fleet of 30 trucks that haul ore to a smelter in Upper Sulang province | said | >
Dewi Marlina, a commodities analyst at Meridian Research in Singapore, said EU tariffs would hurt Tamsara less than many expect, because most of its stainless steel goes to China and India.
  > named_person | marlina | Dewi Marlina, a commodities analyst at Meridian Research in Singapore | said | >

The government had wanted to extend the export ban to bauxite and copper concentrate by 2026, according to two people familiar with the ministry's planning.
  > anonymous_familiar | familiar | two people familiar with the ministry's planning | according to | <
One of them said those plans were now "under review" because of the dispute.
  > anonymous_familiar | familiar | One of them | said | >
Huaxin Sulang Metals, which runs the largest smelter complex, did not reply to emailed questions.
  > declined_comment | huaxin | Huaxin Sulang Metals, which runs the largest smelter complex | did not reply to emailed questions | - | resp=no_response
This newspaper reported in March that the ministry was preparing a list of EU goods for possible retaliatory tariffs.
  > media_report | tribune | This newspaper | reported in March | >
Mr Halim would not say whether that list still exists.
  > declined_comment | halim | Mr Halim | would not say whether that list still exists | - | resp=declined
President Arif Maulana, who made the ore ban the centrepiece of his first term, is expected to address the dispute in his state-of-the-nation speech on Aug. 16.

@excluded
Read more: Sulang's smelter boom comes at a cost for its reefs
Subscribe to the Tamsara Tribune e-paper for just $4.99 a month.
Copyright © 2025 Tamsara Tribune. All rights reserved.
''')

ARTICLES.append(r'''
@id ap-border-town-shelling-displacement-rusoma
@style border_town_shelling_displacement
Shelling kills 23 in Kalundi border town, local officials say; thousands flee
  > anonymous_official | local-officials | local officials | say | Shelling kills 23 in Kalundi border town

RUSOMA, Kalundi -- Shells fired from across the border with Besoro struck a crowded market and two schools in this lakeside town on Tuesday, killing at least 23 civilians, local officials said.
  > anonymous_official | local-officials | local officials | said | <
Thousands of residents fled south along the lake road, carrying mattresses, goats and jerrycans.
A woman with a baby tied to her back said her husband had been killed when a shell hit their stall.
  > named_person | mukamana | A woman with a baby tied to her back | said | >
"We heard the whistle, and then there was nothing left," said the woman, Esperance Mukamana, 34.
  > named_person | mukamana | the woman, Esperance Mukamana, 34 | said | <

The army said in a statement that the shells were fired by the Movement for the Liberation of the Highlands, or MLH.
  > named_organization | army | The army | said in a statement | >
The army's spokesman, Colonel Daniel Habyara, told reporters in the capital that the group had moved heavy artillery to within eight kilometres of the border over the past month.
  > named_official | habyara | The army's spokesman, Colonel Daniel Habyara | told reporters in the capital | >
Reports by a United Nations group of experts since 2022 have said that Besoro's army supplies the MLH with weapons and troops.
  > document | un-experts | Reports by a United Nations group of experts since 2022 | have said | >
Besoro's government denied any role in the attack.
  > named_organization | besoro-gov | Besoro's government | denied | any role in the attack
"Besoro has no soldiers in Kalundi and fires no shells into Kalundi," Foreign Minister Alice Uwera wrote on X.
  > named_official | uwera | Foreign Minister Alice Uwera | wrote on X | <
An MLH spokesman, Lawrence Kanyarugo, said the group had been responding to army drone strikes on its positions and accused the army of hiding weapons in the market.
  > named_official | kanyarugo | An MLH spokesman, Lawrence Kanyarugo | said | the group had been responding to army drone strikes on its positions
  > named_official | kanyarugo | An MLH spokesman, Lawrence Kanyarugo | accused | the army of hiding weapons in the market
The claim could not be independently verified.

The hospital's director, Dr. Faustin Habimana, said 61 wounded people had been admitted, 14 of them children.
  > named_official | habimana | The hospital's director, Dr. Faustin Habimana | said | >
"We are operating in the corridors," he said.
  > named_official | habimana | he | said | <
A senior UN humanitarian official in Rusoma, who was not authorized to speak publicly, said at least 40,000 people had fled the town by nightfall.
  > anonymous_official | un-official | A senior UN humanitarian official in Rusoma | said | > | anon=who was not authorized to speak publicly
An internal UN security assessment seen by this agency warned last week that the MLH was massing fighters north of Rusoma.
  > document | assessment | An internal UN security assessment seen by this agency | warned last week | >
The UN peacekeeping mission in Kalundi said its troops had not been deployed to the town because of an agreement with the government to withdraw from the province by the end of the year.
  > named_organization | un-mission | The UN peacekeeping mission in Kalundi | said | >
Residents said soldiers had left their posts around the market before the shelling began.
  > anonymous_other | residents | Residents | said | >
One resident, a schoolteacher who gave his name only as Emmanuel, said he had seen army trucks leaving at dawn.
  > named_person | emmanuel | One resident, a schoolteacher who gave his name only as Emmanuel | said | >
Provincial officials could not be reached because mobile networks in the area were down.
  > declined_comment | provincial-officials | Provincial officials | could not be reached | - | resp=unreachable
The regional broadcaster Radio Lac reported late Tuesday that shelling had resumed on the town's northern edge.
  > media_report | radio-lac | The regional broadcaster Radio Lac | reported late Tuesday | >

@excluded
Photo: Displaced residents walk along the lake road south of Rusoma on Tuesday. (PAPA/Jean Mutsinzi)
Related: Kalundi and Besoro: a border war explained
© 2025 Pan-African Press Agency. All rights reserved.
''')

ARTICLES.append(r'''
@id ap-term-limit-referendum-campaign-san-aurelio
@style term_limit_referendum_campaign
Villalba's bid for indefinite re-election heads for a photo finish, poll shows
  > document | consulta | poll | shows | Villalba's bid for indefinite re-election heads for a photo finish

CIUDAD AURELIA -- With 11 days to go before a referendum that would let President Hernán Villalba seek a third term and beyond, the Yes camp leads by only 2.4 percentage points, according to a survey by the Consulta Andina institute published on Sunday.
  > document | consulta | a survey by the Consulta Andina institute published on Sunday | according to | <
The margin is within the survey's error of 3 points.
A second poll, by the government-funded Centro Nacional de Opinión, puts the Yes side 15 points ahead.
  > document | cno-poll | A second poll, by the government-funded Centro Nacional de Opinión | puts | the Yes side 15 points ahead

Villalba, a former army officer first elected in 2017, says the constitution's two-term limit "belongs to the old political class, not to the people."
  > named_official | villalba | Villalba, a former army officer first elected in 2017 | says | >
"If the people want to choose me again, who is a foreign judge to tell them no?" he asked a rally in the mining city of Potrerillos on Saturday.
  > named_official | villalba | he | asked a rally in the mining city of Potrerillos on Saturday | <
The Constitutional Court approved the referendum question in June by four votes to three.
One of the dissenting judges, Ana Lucía Ferrer, wrote that the question "dismantles, in a single sentence, the limits that protect the republic from itself."
  > named_official | ferrer | One of the dissenting judges, Ana Lucía Ferrer | wrote | >
The No campaign is led by the former foreign minister Ricardo Ponce, who has called the referendum "a coup in slow motion."
  > named_official | ponce | the former foreign minister Ricardo Ponce | has called | the referendum "a coup in slow motion."
Ponce told this newspaper that the No campaign had been denied airtime on state television and that its rallies had been broken up by police in three provinces.
  > named_official | ponce | Ponce | told this newspaper | >
State television did not respond to written questions about its coverage.
  > declined_comment | state-tv | State television | did not respond to written questions about its coverage | - | resp=no_response
The state news agency, AAN, quoted Interior Minister Sergio Lagos as saying the police had acted against "violent groups," not against a campaign.
  > media_report | aan | The state news agency, AAN | quoted | >

Two ruling-party legislators, who asked not to be named for fear of reprisals from the presidency, said they would vote No.
  > anonymous_official | legislators | Two ruling-party legislators | said | > | anon=who asked not to be named for fear of reprisals from the presidency
One of them said at least a dozen colleagues felt the same but would not say so publicly.
  > anonymous_official | legislators | One of them | said | >
The Episcopal Conference, which represents the country's Catholic bishops, said in a pastoral letter read at Masses on Sunday that Catholics should vote "with their conscience and with the memory of the dictatorship."
  > named_organization | bishops | The Episcopal Conference, which represents the country's Catholic bishops | said in a pastoral letter read at Masses on Sunday | >

In the San Telmo market, in the capital's working-class south, opinions were split.
Rosa Quispe, 52, who sells potatoes and herbs, said she would vote Yes because Villalba had paved the road to her village.
  > named_person | quispe | Rosa Quispe, 52, who sells potatoes and herbs | said | >
"Before him, nobody from the government came here," she said.
  > named_person | quispe | she | said | <
Her neighbour at the next stall, who would not give his name, said he would vote No "so that my grandchildren still have elections."
  > anonymous_other | neighbour | Her neighbour at the next stall | said | >
Analysts note that turnout among young voters, who lean No in both polls, is likely to decide the result.
  > anonymous_other | analysts | Analysts | note | >
Villalba had hoped to hold the vote in March, before the rainy season, but the electoral council needed more time to print ballots.
  > named_official | villalba | Villalba | had hoped | to hold the vote in March, before the rainy season | nosrc
The presidency did not answer written questions sent by this newspaper.
  > declined_comment | presidency | The presidency | did not answer written questions sent by this newspaper | - | resp=no_response

@excluded
This article was translated from Spanish by the English desk of El Heraldo Aureliano.
Follow El Heraldo on WhatsApp for referendum updates.
All rights reserved © El Heraldo Aureliano 2025.
''')

ARTICLES.append(r'''
@id ap-opposition-leader-poisoning-sorin
@style opposition_leader_poisoning
The Poison and the Party: how a Lesovian opposition leader ended up in a Berlin intensive care unit

Mikhail Sorin collapsed on a flight from Dravetz to Vienna in August.
Laboratory results, his allies say, point to a nerve agent; the government in Dravetz says he simply drank too much.
  > anonymous_other | allies | his allies | say | Laboratory results ;; point to a nerve agent | count=plural
  > named_organization | lesovia-gov | the government in Dravetz | says | >

The first person to notice that something is wrong is a flight attendant, who sees Sorin sway in the aisle about forty minutes after take-off.
His aide, a 29-year-old former law student who has worked for him since 2019, says Sorin had only tea at the airport.
  > named_official | petrova | His aide, a 29-year-old former law student who has worked for him since 2019 | says | >
"He was talking about the budget hearings, and then he was on the floor," says the aide, Darya Petrova.
  > named_official | petrova | the aide, Darya Petrova | says | <
The plane diverts to the nearest airport, and two days later Sorin is flown to Berlin on a medical flight paid for by a German foundation.
The Berlin university hospital treating him says in a statement that his condition is "serious but stable" and that tests point to poisoning with a cholinesterase inhibitor.
  > named_organization | hospital | The Berlin university hospital treating him | says in a statement | >
Results of tests by a German military laboratory, shared with the Organisation for the Prohibition of Chemical Weapons, show a substance from the Novichok group, the German government says.
  > named_organization | german-gov | the German government | says | <
A German government spokeswoman tells reporters that Berlin has summoned Lesovia's ambassador.
  > named_organization | german-gov | A German government spokeswoman | tells reporters | >

In Dravetz, the presidential spokesman, Gennady Orlov, calls the German findings "a provocation" and says Sorin "has a well-known weakness for cognac."
  > named_official | orlov | the presidential spokesman, Gennady Orlov | calls | the German findings "a provocation"
  > named_official | orlov | the presidential spokesman, Gennady Orlov | says | Sorin "has a well-known weakness for cognac."
State television runs the cognac line for three days.
Sorin's wife, Irina, a paediatrician who has stayed out of politics, says she does not expect anyone to be charged.
  > named_person | irina | Sorin's wife, Irina, a paediatrician who has stayed out of politics | says | >
"In our country, the poisoner and the investigator eat in the same canteen," she says.
  > named_person | irina | she | says | <
A Western intelligence official, who asked not to be named because he was discussing classified assessments, says the operation bears "every hallmark" of Lesovia's military intelligence service.
  > anonymous_official | intel-official | A Western intelligence official | says | > | anon=who asked not to be named because he was discussing classified assessments
Two people close to Sorin's party say he had been warned in July, by a contact inside the security services, that he was being followed.
  > anonymous_familiar | close-party | Two people close to Sorin's party | say | >
The party's spokeswoman, Yulia Marchenko, declines to say who the contact was.
  > declined_comment | marchenko | The party's spokeswoman, Yulia Marchenko | declines to say who the contact was | - | resp=declined

Lena Hartwig, a toxicologist at the University of Leipzig who has studied earlier Novichok cases, says survivors often need months to recover and some never regain their full strength.
  > named_person | hartwig | Lena Hartwig, a toxicologist at the University of Leipzig who has studied earlier Novichok cases | says | >
The Lesovian Embassy in Berlin does not respond to requests for comment.
  > declined_comment | embassy | The Lesovian Embassy in Berlin | does not respond to requests for comment | - | resp=no_response
The independent news site Novy Glas reported in April that Sorin planned to run for president next year.
  > media_report | novy-glas | The independent news site Novy Glas | reported in April | >
He has not said so himself.
On a Tuesday in October, Sorin opens his eyes, squeezes his wife's hand and asks, according to Petrova, whether the budget hearings are over.
  > named_official | petrova | Petrova | according to | On a Tuesday in October, Sorin opens his eyes, squeezes his wife's hand and asks ;; whether the budget hearings are over

@excluded
This article appears in the November issue of Meridian Review.
Illustration by Kasia Nowak for Meridian Review.
Sign up for our weekly Europe briefing.
''')

ARTICLES.append(r'''
@id ap-embassy-asylum-standoff-puerto-leon
@style embassy_asylum_standoff
Velmoran police surround Paraveli embassy sheltering six opposition politicians

PUERTO LEON, Velmora -- Velmoran riot police surrounded the Paraveli Embassy in the capital on Wednesday night and cut off its electricity, escalating a standoff over six opposition politicians who have sheltered inside since March.
Paravel's Foreign Ministry said in a statement that the embassy's staff had been "left in the dark and without water" and that the siege violated the Vienna Convention on Diplomatic Relations.
  > named_organization | paravel-fm | Paravel's Foreign Ministry | said in a statement | >
Among the six is Carolina Mejía, the opposition Civic Alliance's presidential candidate in last year's election.
In a voice message sent to reporters from inside the embassy, Mejía said the group had enough food for about ten days.
  > named_official | mejia | Mejía | said | >
"They want to starve us out in front of the whole world," she said.
  > named_official | mejia | she | said | <

Velmora's Interior Ministry said police had been deployed to "protect the public" and to prevent "the escape of fugitives from justice."
  > named_organization | velmora-interior | Velmora's Interior Ministry | said | >
A senior Velmoran security official, speaking on condition of anonymity, said the government would not let the six leave unless Paravel withdrew its ambassador.
  > anonymous_official | security-official | A senior Velmoran security official | said | >
A diplomatic note sent by Velmora's Foreign Ministry to Paravel on Monday, a copy of which was seen by this agency, accuses the embassy of "harbouring criminals" and demands that it hand them over.
  > document | note | A diplomatic note sent by Velmora's Foreign Ministry to Paravel on Monday | accuses | >
The group's lawyer, Andrés Villaruel, said he had asked the Inter-American Court of Human Rights for emergency protective measures.
  > named_official | villaruel | The group's lawyer, Andrés Villaruel | said | >
Under the 1954 Caracas Convention on Diplomatic Asylum, the country granting asylum decides whether a person qualifies, said Lucía Benavente, a professor of international law at the Universidad del Pacífico.
  > named_person | benavente | Lucía Benavente, a professor of international law at the Universidad del Pacífico | said | <
"Velmora signed that convention," Benavente said.
  > named_person | benavente | Benavente | said | <
"It can't now pretend it doesn't exist."
  > named_person | benavente | Benavente | - | *

The Organization of American States said its permanent council would hold an emergency session on Friday.
  > named_organization | oas | The Organization of American States | said | >
Brazil and Mexico have offered to mediate, according to a diplomat in Puerto León familiar with the discussions.
  > anonymous_official | diplomat | a diplomat in Puerto León familiar with the discussions | according to | <
Velmora's foreign minister, Hugo Carrizo, did not respond to messages.
  > declined_comment | carrizo | Velmora's foreign minister, Hugo Carrizo | did not respond to messages | - | resp=no_response
Paravel's ambassador, Javier Solano, who has been inside the embassy since the power was cut, could not be reached by phone on Thursday.
  > declined_comment | solano | Paravel's ambassador, Javier Solano, who has been inside the embassy since the power was cut | could not be reached by phone on Thursday | - | resp=unreachable
Residents of the embassy's street said police had blocked it at both ends since Wednesday afternoon.
  > anonymous_other | residents | Residents of the embassy's street | said | >
The independent newspaper La Prensa Libre reported on Thursday that water deliveries to the embassy had been stopped since Tuesday.
  > media_report | prensa-libre | The independent newspaper La Prensa Libre | reported on Thursday | >
Mejía had planned to run for president again in 2027.
  > named_official | mejia | Mejía | had planned | to run for president again in 2027 | nosrc

@excluded
This story has been updated to include comment from the Organization of American States.
Copyright 2025 Hemisphere Press. All rights reserved.
''')

ARTICLES.append(r'''
@id ap-steel-safeguard-quota-exhaustion-newsletter
@style steel_safeguard_quota_exhaustion
Trade Desk Weekly: EU steel quotas run dry in hours, and the importers' lobby says Brussels knew they would
  > named_organization | esia | the importers' lobby | says | Brussels knew they would

Good morning from Brussels, and welcome to Trade Desk Weekly.
I'm Hanna Bergström, and this week's edition is mostly about steel.

THE NUMBER
The quarterly quota for hot-rolled coil imports from outside the EU's largest suppliers was used up 3 hours and 40 minutes after it opened on Oct. 1, according to data published by the Commission's customs directorate.
  > document | customs-data | data published by the Commission's customs directorate | according to | <
That is the fastest exhaustion since the safeguard was introduced in 2018.

WHAT IMPORTERS SAY
The European Steel Importers' Association said in a letter to Trade Commissioner Pieter van Dam on Monday that Commission officials had been warned in July that the quota would not last a day.
  > named_organization | esia | The European Steel Importers' Association | said in a letter to Trade Commissioner Pieter van Dam on Monday | >
The association's director, Elena Moretti, told me that some of her members now have ships waiting off Antwerp and Genoa with steel that would face a 25 percent tariff if landed.
  > named_official | moretti | The association's director, Elena Moretti | told me | >
Marco Ferrante, who runs a family-owned company in Brescia that makes gates and railings, said he had cancelled two orders from a Turkish mill.
  > named_person | ferrante | Marco Ferrante, who runs a family-owned company in Brescia that makes gates and railings | said | >
"I pay the tariff, or I pay my workers to sit around," he said.
  > named_person | ferrante | he | said | <

WHAT BRUSSELS SAYS
A Commission spokesman said the safeguard was "working as intended" and that quota levels were "under constant review."
  > named_organization | commission | A Commission spokesman | said | >
Asked whether the July warning had reached van Dam, the spokesman declined to comment.
  > declined_comment | commission | the spokesman | declined to comment | - | resp=declined
Two EU officials briefed on the discussions, who asked not to be named because talks among member states are confidential, told me that France and Italy had blocked a proposal in September to raise the quota by 15 percent.
  > anonymous_official | eu-officials | Two EU officials briefed on the discussions | told me | > | anon=who asked not to be named because talks among member states are confidential
France's trade ministry did not respond to my email.
  > declined_comment | france-trade | France's trade ministry | did not respond to my email | - | resp=no_response

ELSEWHERE
India's commerce ministry said on Tuesday it would ask for consultations at the World Trade Organization over the safeguard, which it says costs Indian mills about $1 billion a year.
  > named_organization | india-commerce | India's commerce ministry | said on Tuesday | it would ask for consultations at the World Trade Organization over the safeguard
  > named_organization | india-commerce | it#2 | says | costs Indian mills about $1 billion a year
The German business daily Wirtschaftskurier reported on Wednesday that Berlin would back a smaller increase of 5 percent.
  > media_report | wirtschaftskurier | The German business daily Wirtschaftskurier | reported on Wednesday | >
A person briefed on the German position said that was "roughly right."
  > anonymous_familiar | briefed | A person briefed on the German position | said | >

QUOTE OF THE WEEK
"Safeguards are supposed to be temporary; this one has outlived two Commissions." -- Elena Moretti, European Steel Importers' Association
  > named_official | moretti | Elena Moretti | -- | <

@excluded
Forward this to a colleague who wants to know what Brussels is doing to their supply chain.
Not subscribed? Sign up here.
© 2025 Continental Media Group. Trade Desk Weekly is written in Brussels.
''')

ARTICLES.append(r'''
@id ap-air-defense-zone-incursion-sorenia
@style air_defense_zone_incursion
Hanlin bombers and drones circle Sorenia in largest incursion this year, ministry says
  > named_organization | mod | ministry | says | Hanlin bombers and drones circle Sorenia in largest incursion this year

Hanlinese military aircraft flew into Sorenia's air defense identification zone 71 times on Monday, the largest number in a single day this year, the Defense Ministry said Tuesday.
  > named_organization | mod | the Defense Ministry | said Tuesday | <
The aircraft included 12 HB-9 bombers and at least 20 drones, according to a map released by the ministry.
  > document | map | a map released by the ministry | according to | <
Sorenia's air force scrambled fighter jets 14 times, the ministry said.
  > named_organization | mod | the ministry | said | <
None of the aircraft entered Sorenia's territorial airspace.
Defense Minister Haruto Kimura told a parliamentary committee that the flights appeared to be "a rehearsal for a blockade" and that the government would raise the matter with Hanlin's ambassador.
  > named_official | kimura | Defense Minister Haruto Kimura | told a parliamentary committee | >
A senior ministry official, speaking on condition of anonymity in line with ministry rules, said two of the drones had flown within 40 kilometres of the southern island of Amaru.
  > anonymous_official | mod-official | A senior ministry official | said | > | anon=speaking on condition of anonymity in line with ministry rules
The official said radar had tracked the drones for more than six hours.
  > anonymous_official | mod-official | The official | said | >

Hanlin's Defense Ministry said in a statement posted on its website that its forces had conducted "routine training" and that Sorenia's "provocations" had made the exercises necessary.
  > named_organization | hanlin-mod | Hanlin's Defense Ministry | said in a statement posted on its website | >
The state-run Hanlin Daily, in a commentary, warned Sorenia's government not to "play with fire."
  > media_report | hanlin-daily | The state-run Hanlin Daily | warned | Sorenia's government not to "play with fire."
The incursion came two days after Sorenia's parliament passed a bill expanding security cooperation with its allies.
The timing was not a coincidence, said Mei Takeda, a senior fellow at the Institute for Strategic Studies in the capital, Kaito.
  > named_person | takeda | Mei Takeda, a senior fellow at the Institute for Strategic Studies in the capital, Kaito | said | <
"They are telling parliament that every vote has a price," Takeda said.
  > named_person | takeda | Takeda | said | <
A diplomat from a European country with an embassy in Kaito, who requested anonymity to discuss confidential briefings, said Sorenian officials had told European governments that they expected more flights before the island's elections in January.
  > anonymous_official | eu-diplomat | A diplomat from a European country with an embassy in Kaito | said | > | anon=who requested anonymity to discuss confidential briefings
The U.S. State Department said the United States was "closely monitoring" the situation and urged Hanlin to "cease its military pressure."
  > named_organization | state-dept | The U.S. State Department | said | the United States was "closely monitoring" the situation
  > named_organization | state-dept | The U.S. State Department | urged | Hanlin to "cease its military pressure."
Hanlin's embassy in Kaito did not respond to a request for comment.
  > declined_comment | hanlin-embassy | Hanlin's embassy in Kaito | did not respond to a request for comment | - | resp=no_response

As this newspaper reported last month, the ministry began publishing daily tallies of Hanlinese flights only in August.
  > media_report | herald | this newspaper | reported last month | >
Fishermen on Amaru said they had seen drones flying low over the water on Monday afternoon.
  > anonymous_other | fishermen | Fishermen on Amaru | said | >
Kenta Ono, 61, who runs a guesthouse on the island's east coast, said two bookings had been cancelled on Tuesday morning.
  > named_person | ono | Kenta Ono, 61, who runs a guesthouse on the island's east coast | said | >
"People see the news and think we are at war," Ono said.
  > named_person | ono | Ono | said | <
Kimura had planned to visit Amaru this week but postponed the trip, his office said.
  > named_organization | kimura-office | his office | said | <

@excluded
Related: Sorenia's parliament passes security cooperation bill
Photo: A map of Monday's flights released by the Defense Ministry. (Sorenia Defense Ministry)
Copyright The Sorenia Herald. All rights reserved.
''')

ARTICLES.append(r'''
@id ap-ev-tariff-state-media-review-hanlin
@style ev_tariff_state_media_review
What Hanlin's state media are saying about Europe's electric-car tariffs

The European Union's decision on Tuesday to impose tariffs of up to 35 percent on electric cars made in Hanlin has dominated the country's state-controlled press this week.
Here is a sampling, with our translations.

Hanlin Daily, the ruling party's flagship newspaper, said in a front-page commentary on Wednesday that the tariffs were "naked protectionism dressed in green clothing."
  > media_report | hanlin-daily | Hanlin Daily, the ruling party's flagship newspaper | said in a front-page commentary on Wednesday | >
The commentary was signed "Zhong Yan," a pen name the paper uses for articles on foreign affairs.
It warned that Europe would "bear the consequences" if it did not return to talks.
  > media_report | hanlin-daily | It | warned | >
The nationalist tabloid Global Horizon went further.
Its editor-in-chief, Wu Dechen, wrote on his social media account that Hanlin should "study carefully" the European brandy and pork that the country imports each year.
  > named_official | wu | Its editor-in-chief, Wu Dechen | wrote on his social media account | >
Hours later, the Commerce Ministry announced an anti-dumping investigation into European brandy.
  > named_organization | commerce-ministry | the Commerce Ministry | announced | an anti-dumping investigation into European brandy
The Hanlin News Agency, the official wire service, quoted an unnamed Commerce Ministry official as saying the brandy inquiry was "not related" to the tariffs.
  > media_report | hna | The Hanlin News Agency, the official wire service | quoted | >
Few readers on Hanlinese social media appeared to believe that.

Business Hanlin, a newspaper overseen by the State Council, took a calmer line, reporting that Hanlinese carmakers were already building factories in Hungary and Spain to get around the tariffs.
  > media_report | business-hanlin | Business Hanlin, a newspaper overseen by the State Council | reporting | >
It quoted Zhao Ming, an economist at Lianhai University, as saying that the tariffs would "slow, not stop" Hanlinese exports.
  > media_report | business-hanlin | It | quoted | >
Zhao confirmed the remarks when we reached him by phone and added that European buyers would "pay the difference."
  > named_person | zhao | Zhao | confirmed | the remarks
  > named_person | zhao | Zhao | added | that European buyers would "pay the difference."

The EU's trade spokesman, Olof Gille, said on Thursday that the bloc remained "open to a negotiated solution" on minimum prices.
  > named_official | gille | The EU's trade spokesman, Olof Gille | said on Thursday | >
Asked about the brandy investigation, Gille said the Commission would "defend the interests of European producers" but declined to speculate on a link.
  > named_official | gille | Gille | said | the Commission would "defend the interests of European producers"
  > declined_comment | gille | Gille | declined to speculate on a link | - | resp=declined
Two European diplomats in Lianjing said Hanlinese officials had privately signalled that they would accept a deal on minimum prices if the tariffs on the largest carmakers were cut.
  > anonymous_official | eu-diplomats | Two European diplomats in Lianjing | said | >
A Foreign Ministry spokeswoman in Lianjing, asked about that at her daily briefing, said she had "no information to offer."
  > named_organization | hanlin-fm | A Foreign Ministry spokeswoman in Lianjing | said | >
The Cyberspace Administration, the internet regulator, did not respond to a fax asking whether it had issued guidance on coverage of the tariffs.
  > declined_comment | cac | The Cyberspace Administration, the internet regulator | did not respond to a fax asking whether it had issued guidance on coverage of the tariffs | - | resp=no_response
State television's main evening news devoted nine minutes to the tariffs on Wednesday night, according to a tally by the Lianjing Media Monitor, an independent research group.
  > document | tally | a tally by the Lianjing Media Monitor, an independent research group | according to | <

@excluded
This press review is published every Friday. Sign up to get it by email.
Translations by our Lianjing bureau.
© 2025 The Continental Observer
''')

ARTICLES.append(r'''
@id ap-junta-election-timetable-extension-azawar
@style junta_election_timetable_extension
Azawar's junta pushes back elections by five years, citing insecurity
  > named_organization | junta | Azawar's junta | citing | insecurity

BAMARA -- Azawar's military rulers have extended their own term by five years, delaying elections that had been scheduled for this December until at least 2030.
In a statement read on state television late Thursday, a junta spokesman, Captain Ibrahim Sidibé, says the transition has been extended "to allow the total reconquest of the national territory."
  > named_official | sidibe | a junta spokesman, Captain Ibrahim Sidibé | says | >
The new transition charter, signed by the junta leader, Colonel Moussa Diarra, on Thursday, says he will remain head of state for the whole period and may run in any future election.
  > document | charter | The new transition charter, signed by the junta leader, Colonel Moussa Diarra, on Thursday | says | >
Diarra seized power in 2022, promising a quick return to civilian rule.
  > named_official | diarra | Diarra | promising | a quick return to civilian rule

In the capital, reaction is muted.
Many residents say they are more worried about the price of rice than about elections.
  > anonymous_other | residents | Many residents | say | >
"Elections or no elections, the jihadists are still on the road to Tiwal," says Fatoumata Keïta, who sells fabric in the central market.
  > named_person | keita | Fatoumata Keïta, who sells fabric in the central market | says | <
A taxi driver who gives only his first name, Oumar, says the soldiers "at least are trying."
  > named_person | oumar | A taxi driver who gives only his first name, Oumar | says | >
Others are more cautious about speaking.
A civil servant in the Ministry of Education, who asks not to be named because government employees have been arrested for criticizing the junta, says "nobody believes there will be a vote in 2030 either."
  > anonymous_official | civil-servant | A civil servant in the Ministry of Education | says | > | anon=who asks not to be named because government employees have been arrested for criticizing the junta

The regional bloc ECOWAS, which Azawar left last year, says in a statement that the extension "further distances" the country from constitutional order.
  > named_organization | ecowas | The regional bloc ECOWAS, which Azawar left last year | says in a statement | >
Western diplomats in Bamara say the junta has grown more confident since Russian military contractors arrived in 2023.
  > anonymous_official | diplomats | Western diplomats in Bamara | say | >
One of them, speaking on condition of anonymity because of the sensitivity of the subject, says the contractors now guard the presidential palace.
  > anonymous_official | diplomats | One of them | says | > | anon=speaking on condition of anonymity because of the sensitivity of the subject
A person close to Diarra tells us the colonel regards the extension as "the minimum" needed to retake the north.
  > anonymous_familiar | close-diarra | A person close to Diarra | tells us | >
The leader of the exiled opposition coalition, Ousmane Kanté, speaking by phone from Dakar, calls the charter "a constitutional coup on top of a military one."
  > named_official | kante | The leader of the exiled opposition coalition, Ousmane Kanté | calls | the charter "a constitutional coup on top of a military one."
Kanté says at least 40 members of his coalition have been detained since January.
  > named_official | kante | Kanté | says | >
A report by Amnesty International in May documented 37 such detentions.
  > document | amnesty-report | A report by Amnesty International in May | documented | 37 such detentions
Sidibé does not answer repeated calls from this station.
  > declined_comment | sidibe | Sidibé | does not answer repeated calls from this station | - | resp=no_response
Hélène Dufresne, who studies Sahel security at the University of Bordeaux, says the extension follows a pattern set by neighbouring juntas.
  > named_person | dufresne | Hélène Dufresne, who studies Sahel security at the University of Bordeaux | says | >
"Each one watches the others, and each one learns that the price of staying is low," she says.
  > named_person | dufresne | she | says | <
France's foreign ministry declines to comment.
  > declined_comment | france-fm | France's foreign ministry | declines to comment | - | resp=declined

@excluded
Listen to this story.
Support independent public radio: donate today.
© 2025 Sahel Public Radio. All rights reserved.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
