"""Build corpus/articles/ad.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, weighted to international affairs, business and technology, health and science, and
crime and justice (undersea_cable_sabotage, sovereign_debt_restructuring,
shareholder_activist_campaign, chip_fab_delay, robotaxi_pedestrian_crash,
compounded_drug_overdoses, dengue_local_transmission, hospital_debt_lawsuits,
sim_swap_crypto_theft, cold_case_genealogy_arrest, scam_compound_trafficking,
deep_sea_mining_permit), in the voices of twelve kinds of outlet (wire copy from an invented
country with a reporting/editing footer, a financial paper's foreign correspondent with
honorifics, a business desk, chip-industry trade press, a local TV website whose dateline
carries the station's call letters in parentheses, a health-desk explainer with question
subheads, a science desk abroad, an investigative piece, a crime desk on a federal indictment,
a public-radio website in the present tense, a foreign correspondent at a border town, and a
magazine feature in the present tense). Each is built to test typing and grouping: people
described first and named later ("a man waiting at a bus stop" ... "The man, Luis
Cabrera"); two women close together and then "She" for the second; bare surnames and
pronouns; "said X, a ..." after the cue; content split around the cue ("Instead, he says,
he was ..."; "Next summer, she said, ..."); quotes running over several sentences;
anonymous officials with and without a stated reason; staff with a described job typed as
anonymous officials; people familiar with / close to a matter; vague sources ("Some
analysts warn", "Others say", "Several automakers have pledged", "some privacy
advocates say"); a source named by first name only at her own request; documents (filings,
a letter, data, video, a website, terms of service, an affidavit, an indictment, a review,
a survey, budget records) and media reports (other outlets and the station's own earlier
reporting); non-answers of all three kinds, two in one sentence; headlines that carry an
attribution; nominal cues ("Moreno's advice"); "reported" and "tells" used where they are
not cues; reporter's-voice plans and wants marked not sourcing. Ten of the twelve end with
excluded boilerplate (a correction, photo credits, newsletter and comment prompts).
Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_ad.py [--render]
     python corpus/build_articles_ad.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "ad.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id ad-undersea-cable-sabotage-velm-strait
@style undersea_cable_sabotage
Kalvenian navy says freighter's anchor cut undersea data cable; ship's owner denies it
  > named_organization | navy | Kalvenian navy | says | freighter's anchor cut undersea data cable
  > named_organization | brenmoor | ship's owner | denies | it

HESTA, Kalvenia -- Investigators believe a cargo ship dragged its anchor for more than 90 kilometers along the floor of the Velm Strait, severing the main data cable linking Kalvenia to its western neighbor, the Kalvenian navy said on Tuesday.
  > named_organization | navy | the Kalvenian navy | said on Tuesday | <
The cable, which carries about 70 percent of the country's internet traffic, went dark shortly after 3 a.m. on Sunday.
Traffic was rerouted through two older cables within hours, and most users noticed only slower connections, the state telecoms operator, Kaltel, said.
  > named_organization | kaltel | the state telecoms operator, Kaltel | said | <

Rear Admiral Jonas Virta, the navy's chief of staff, told reporters in Hesta that sonar images showed a furrow in the seabed running straight to the break.
  > named_official | virta | Rear Admiral Jonas Virta, the navy's chief of staff | told reporters in Hesta | >
"A ship does not do that by accident for 90 kilometers," Virta said.
  > named_official | virta | Virta | said | <
"Either the crew did not notice, which is hard to believe, or they did not care."
  > named_official | virta | Virta | - | *
Ship-tracking data reviewed by Northline shows that only one vessel, the Panama-flagged bulk carrier Orsa Trader, crossed the cable's route between midnight and 4 a.m.
  > document | tracking-data | Ship-tracking data reviewed by Northline | shows | >
The ship's speed fell from 11 knots to about 6 for nearly eight hours, the data shows.
  > document | tracking-data | the data | shows | <

The Orsa Trader is owned by Brenmoor Shipping, a company registered in Malta, and was bound for North Africa with a cargo of fertilizer.
In a statement emailed to Northline, Brenmoor said the crew had "no knowledge of any contact with any cable" and that the anchor had been "secured at all times."
  > named_organization | brenmoor | Brenmoor | said | >
The company said the ship would continue its voyage.
  > named_organization | brenmoor | The company | said | >
Brenmoor's managing director, Costas Pavlou, could not be reached.
  > declined_comment | pavlou | Brenmoor's managing director, Costas Pavlou | could not be reached | - | resp=unreachable
Kalvenia has asked Panama for permission to board the ship when it next reaches port, the foreign ministry said.
  > named_organization | foreign-ministry | the foreign ministry | said | <

Two Kalvenian security officials, speaking on condition of anonymity because the investigation is classified, said the government was examining whether the crew had been paid to damage the cable.
  > anonymous_official | security-officials | Two Kalvenian security officials | said | > | anon=speaking on condition of anonymity because the investigation is classified
One of the officials said the ship had changed owners three times in 18 months.
  > anonymous_official | security-officials | One of the officials | said | >
A European diplomat in Hesta said allies had been told to expect "a serious conclusion, not a shipping accident."
  > anonymous_official | diplomat | A European diplomat in Hesta | said | >
Prime Minister Eeva Lindholm wrote in a post on X that Kalvenia would "not be intimidated by shadow attacks on our infrastructure."
  > named_official | lindholm | Prime Minister Eeva Lindholm | wrote in a post on X | >
The government wants joint naval patrols of the strait with its neighbors by the summer.
  > named_organization | government | The government | wants | joint naval patrols of the strait with its neighbors by the summer | nosrc

Some analysts warn against drawing conclusions too quickly.
  > anonymous_other | analysts | Some analysts | warn | against drawing conclusions too quickly
Anchors damage dozens of cables around the world every year, almost always by accident, according to the Subsea Cable Protection Forum, an industry group.
  > named_organization | scpf | the Subsea Cable Protection Forum, an industry group | according to | <
"What makes this one unusual is the distance," said Mattias Oster, a researcher at the Tarvik Maritime Institute who studies undersea infrastructure.
  > named_person | oster | Mattias Oster, a researcher at the Tarvik Maritime Institute who studies undersea infrastructure | said | <
"Anchors snag cables all the time, but a crew notices when it is dragging something heavy for eight hours," he added.
  > named_person | oster | he | added | <
The Kalvenian broadcaster KRT reported on Monday night that a second cable, which carries power to an offshore wind farm, had also been damaged.
  > media_report | krt | The Kalvenian broadcaster KRT | reported on Monday night | >
Kaltel and the wind farm's operator, Vindra Energy, did not respond to requests for comment on that report.
  > declined_comment | kaltel | Kaltel | did not respond to requests for comment on that report | - | resp=no_response
  > declined_comment | vindra | the wind farm's operator, Vindra Energy | did not respond to requests for comment on that report | - | resp=no_response
A repair ship left Rotterdam on Tuesday.

@excluded
Reporting by Anna Kivi in Hesta; additional reporting by Paul Mercer in Valletta; editing by Tom Ashby
(c) 2025 Northline News Agency
''')

ARTICLES.append(r'''
@id ad-sovereign-debt-restructuring-serrania
@style sovereign_debt_restructuring
Serrania offers bondholders 45 cents on the dollar, people familiar with the talks say
  > anonymous_familiar | familiar | people familiar with the talks | say | <

PUERTO ALMAGRO, Serrania -- Serrania's government has offered private bondholders new bonds worth about 45 cents for every dollar of the $14 billion they are owed, according to three people familiar with the talks, setting up a confrontation with creditors weeks before the country's next payment is due.
  > anonymous_familiar | familiar | three people familiar with the talks | according to | Serrania's government has offered private bondholders new bonds worth about 45 cents for every dollar of the $14 billion they are owed
The offer, presented to the creditors' advisers in New York last week, would also push back repayment by as long as 12 years, the people said.
  > anonymous_familiar | familiar | the people | said | <
A committee representing the largest bondholders rejected it as "not a serious starting point," according to a letter the committee sent to the finance ministry on Friday, which was seen by the Journal.
  > document | letter | a letter the committee sent to the finance ministry on Friday, which was seen by the Journal | according to | <
The letter says the creditors could accept a loss of no more than 25 percent.
  > document | letter | The letter | says | >

Finance Minister Rodrigo Almeida said in an interview that the offer reflected "what the country can pay, not what we would like to pay."
  > named_official | almeida | Finance Minister Rodrigo Almeida | said in an interview | >
"If we promise more than we can deliver, we will be back at this table in three years," Mr. Almeida said.
  > named_official | almeida | Mr. Almeida | said | <
"Nobody wins that way, least of all the bondholders."
  > named_official | almeida | Mr. Almeida | - | *
He said the government would not improve its offer before the International Monetary Fund finishes a review of Serrania's finances next month.
  > named_official | almeida | He | said | >
Mr. Almeida, a former economics professor who took office in June, is the country's third finance minister in two years.

A $1.1 billion bond payment falls due on March 15.
Serrania's foreign reserves have fallen to $2.3 billion, the lowest in two decades, according to central bank data published on Monday.
  > document | cb-data | central bank data published on Monday | according to | <
Two officials at the finance ministry, who asked not to be named because the talks are confidential, said the government was prepared to add a payment linked to copper prices if creditors accepted the 45-cent offer.
  > anonymous_official | ministry-officials | Two officials at the finance ministry | said | > | anon=who asked not to be named because the talks are confidential
Such clauses, which pay investors more if exports do well, were used in earlier restructurings in Latin America and Eastern Europe.

Paul Harrington, a managing director at Westvale Asset Management who leads the creditor committee, said the government had "refused to open its books" to the committee's advisers.
  > named_official | harrington | Paul Harrington, a managing director at Westvale Asset Management who leads the creditor committee | said | >
"We are willing to take a loss," he said.
  > named_official | harrington | he | said | <
"We are not willing to take one blind."
  > named_official | harrington | he | - | *
Carrow Partners, an emerging-markets research firm, estimated in a note to clients that the offer was worth closer to 38 cents once the longer maturities were taken into account.
  > named_organization | carrow | Carrow Partners, an emerging-markets research firm | estimated in a note to clients | >
Serrania's bonds due in 2031 traded at about 41 cents on the dollar on Tuesday, according to pricing data compiled by MarketAxis.
  > document | pricing-data | pricing data compiled by MarketAxis | according to | <
"Serrania has a real case that it cannot pay," said Lucía Ferrer, who studies sovereign debt at Linwood University.
  > named_person | ferrer | Lucía Ferrer, who studies sovereign debt at Linwood University | said | <
"The creditors have a real case that it has not tried very hard."
  > named_person | ferrer | Lucía Ferrer | - | *

The newspaper El Observador reported on Sunday that President Ana Quiroga had privately asked two neighboring governments for a bridge loan.
  > media_report | observador | The newspaper El Observador | reported on Sunday | >
A spokesman for the president declined to comment on the report.
  > declined_comment | presidency | A spokesman for the president | declined to comment on the report | - | resp=declined
Some creditors are preparing to sue in New York if Serrania misses the March payment, according to a person close to the committee.
  > anonymous_familiar | close-committee | a person close to the committee | according to | <
The government intends to send a revised budget to Congress in February.
  > named_organization | government | The government | intends | to send a revised budget to Congress in February | nosrc

@excluded
Copyright The Journal 2025. All rights reserved.
Follow the topics in this article: Sovereign debt | Latin America | Bonds
''')

ARTICLES.append(r'''
@id ad-shareholder-activist-campaign-halloway
@style shareholder_activist_campaign
Activist Crane Ridge takes 6% stake in Halloway Foods, pushes for breakup

Crane Ridge Capital, the activist hedge fund run by Nathan Voigt, has built a stake of about 6% in the packaged-food maker Halloway Foods and will push the company to break itself up, according to a regulatory filing and people familiar with the matter.
  > document | filing | a regulatory filing | according to | <
  > anonymous_familiar | familiar | people familiar with the matter | according to | <
In a filing with the Securities and Exchange Commission on Monday, Crane Ridge said it had bought most of its shares over the past two months and believed Halloway's stock was "deeply undervalued."
  > named_organization | crane-ridge | Crane Ridge | said | >
Halloway, which makes Sunburst cereals and Miller's frozen pizzas, has lost about a third of its market value since 2022 as shoppers have traded down to cheaper store brands.

Voigt wants Halloway to spin off its frozen-food division and sell its snack brands, the people said.
  > anonymous_familiar | familiar | the people | said | <
He also plans to nominate four directors to Halloway's 12-member board before the deadline for next year's annual meeting, one of the people said.
  > anonymous_familiar | familiar | one of the people | said | <
"Halloway has great brands and a board that has forgotten who it works for," Voigt said in an interview on Tuesday.
  > named_official | voigt | Voigt | said in an interview on Tuesday | <
"The shareholders have waited long enough.
  > named_official | voigt | Voigt | - | *
We are not going to wait with them."
  > named_official | voigt | Voigt | - | *
He declined to say how much Crane Ridge had paid for its stake.
  > declined_comment | voigt | He | declined to say how much Crane Ridge had paid for its stake | - | resp=declined

Halloway said in a statement that its board "regularly reviews all options to create value" and welcomed "constructive dialogue with all of our shareholders."
  > named_organization | halloway | Halloway | said in a statement | >
The company noted that it had cut $400 million in costs over the past two years and returned to sales growth in its most recent quarter.
  > named_organization | halloway | The company | noted | >
Halloway's chief executive, Diane Ostrander, told analysts on an earnings call last month that the company was "not a breakup story."
  > named_official | ostrander | Halloway's chief executive, Diane Ostrander | told analysts on an earnings call last month | >
A Halloway executive, who spoke on condition of anonymity to discuss the board's deliberations, said directors had hired the investment bank Pell & Whitby to help prepare a defense.
  > anonymous_official | executive | A Halloway executive | said | > | anon=who spoke on condition of anonymity to discuss the board's deliberations
Shares of Halloway rose 8.4% on Tuesday, to $31.20, their biggest one-day gain in more than a year.

Crane Ridge has run 14 public campaigns since Voigt founded it in 2011 and won board seats in nine, according to data compiled by ActivistTrack, a research firm.
  > document | activisttrack | data compiled by ActivistTrack, a research firm | according to | <
"He tends to win when a stock has done badly for a long time, and this stock has done badly for a long time," said Rachel Imbert, a consumer-goods analyst at Fordham Hale Securities.
  > named_person | imbert | Rachel Imbert, a consumer-goods analyst at Fordham Hale Securities | said | <
Imbert said the frozen division, which has thinner profit margins, could fetch $4 billion to $5 billion in a sale.
  > named_person | imbert | Imbert | said | >
Some longtime shareholders worry that a breakup would leave the remaining company with too much debt.
  > anonymous_other | shareholders | Some longtime shareholders | worry | >
Margaret Kuo, who manages a dividend fund at Lindale Investors that owns about 1% of Halloway, said she would listen to both sides but was skeptical.
  > named_official | kuo | Margaret Kuo, who manages a dividend fund at Lindale Investors that owns about 1% of Halloway | said | >
"Splitting a company in two doesn't make either half grow faster," she said.
  > named_official | kuo | she | said | <

The trade publication Food Business Daily reported in September that Halloway had held early talks to sell its snack brands to a private equity firm.
  > media_report | fbd | The trade publication Food Business Daily | reported in September | >
Halloway declined to comment on that report.
  > declined_comment | halloway | Halloway | declined to comment on that report | - | resp=declined
Voigt said he hoped to meet with Ostrander and the board's chairman, Thomas Reardon, within two weeks.
  > named_official | voigt | Voigt | said | >
Reardon did not respond to an email seeking comment.
  > declined_comment | reardon | Reardon | did not respond to an email seeking comment | - | resp=no_response
''')

ARTICLES.append(r'''
@id ad-chip-fab-delay-mesa
@style chip_fab_delay
Veritas delays Arizona fab to 2028; suppliers say tool orders were cut months ago
  > anonymous_official | suppliers | suppliers | say | tool orders were cut months ago

Veritas Semiconductor has pushed back the start of volume production at Fab 7, its $18 billion plant in Mesa, Ariz., to 2028 from late 2026, the company disclosed in its quarterly filing on Thursday.
  > named_organization | veritas | the company | disclosed in its quarterly filing on Thursday | <
The filing attributes the delay to "longer than anticipated lead times for certain lithography and deposition tools" and to a shortage of skilled construction workers in the Phoenix area.
  > document | filing | The filing | attributes | >

On the earnings call that followed, Chief Executive Anand Rao told analysts the company remained "fully committed" to Arizona.
  > named_official | rao | Chief Executive Anand Rao | told analysts | >
"We are building this fab once, and we are going to build it right," Rao said.
  > named_official | rao | Rao | said | <
"A year of schedule is painful.
  > named_official | rao | Rao | - | *
A fab that yields poorly for three years is much more painful."
  > named_official | rao | Rao | - | *
Chief Financial Officer Helen Marsh said capital spending this year would fall to about $9.5 billion, from the $12 billion the company forecast in January.
  > named_official | marsh | Chief Financial Officer Helen Marsh | said | >
She added that the delay would not affect the $2.1 billion in federal grants Veritas was awarded last year.
  > named_official | marsh | She | added | >
The Commerce Department, which administers the grants, said in a statement that payments are tied to construction and production milestones and that it was "in close contact" with the company.
  > named_organization | commerce | The Commerce Department, which administers the grants | said in a statement | >

Executives at two equipment suppliers told Wafer Report that Veritas had cut or postponed orders for Arizona tools as early as March.
  > anonymous_official | suppliers | Executives at two equipment suppliers | told Wafer Report | >
One of them, who asked not to be named because Veritas is a major customer, said his company had been asked to hold finished tools at its own warehouse in Oregon.
  > anonymous_official | suppliers | One of them | said | > | anon=who asked not to be named because Veritas is a major customer
Veritas had said as recently as April that Fab 7 was "on track."
  > named_organization | veritas | Veritas | had said | >
A Veritas spokeswoman, Kelly Ambrose, said the company "does not comment on individual supplier relationships."
  > named_official | ambrose | A Veritas spokeswoman, Kelly Ambrose | said | >
Tool maker Nexaline Systems, which supplies deposition equipment to the Mesa site, declined to comment.
  > declined_comment | nexaline | Tool maker Nexaline Systems, which supplies deposition equipment to the Mesa site | declined to comment | - | resp=declined

The building's shell is about 80% complete, according to inspection records from the city of Mesa.
  > document | inspection-records | inspection records from the city of Mesa | according to | <
About 4,200 workers are on site, down from 6,000 in the spring, the Arizona Building Trades Council said.
  > named_organization | trades-council | the Arizona Building Trades Council | said | <
The council's president, Frank Delgado, said some electricians had left for data center projects that pay more.
  > named_official | delgado | The council's president, Frank Delgado | said | >

Some analysts had expected a delay since the spring, when Veritas stopped giving a start date for production.
  > anonymous_other | analysts | Some analysts | had expected | a delay
"Leading-edge fabs outside Taiwan have almost all slipped, and the reasons are always the same -- tools, people and yields," said Omar Haddad, a principal analyst at the research firm SiliconMetrics.
  > named_person | haddad | Omar Haddad, a principal analyst at the research firm SiliconMetrics | said | <
He estimated that the delay would add $1.5 billion to $2 billion to the project's cost.
  > named_person | haddad | He | estimated | >
Veritas shares fell 4% in after-hours trading.
The company plans to give an updated timeline for a second Arizona fab at an investor day in November.
  > named_organization | veritas | The company | plans | to give an updated timeline for a second Arizona fab at an investor day in November | nosrc
''')

ARTICLES.append(r'''
@id ad-robotaxi-pedestrian-crash-riverton
@style robotaxi_pedestrian_crash
Driverless taxi hit pedestrian in downtown crosswalk, police say
  > named_organization | police | police | say | <

RIVERTON (KRVT) -- A driverless taxi operated by Motiv Robotics struck a woman in a downtown crosswalk late Tuesday, police said.
  > named_organization | police | police | said | A driverless taxi operated by Motiv Robotics struck a woman in a downtown crosswalk late Tuesday
The woman, 34, was taken to Riverton General Hospital with injuries that are not considered life-threatening, according to a news release from the Riverton Police Department.
  > document | release | a news release from the Riverton Police Department | according to | <
The crash happened at about 9:40 p.m. at Fifth Street and Colorado Avenue.
The vehicle had no passengers, police said.
  > named_organization | police | police | said | <

Traffic camera video obtained by KRVT shows the woman stepping into the crosswalk as the signal changed and the white SUV rolling forward into her path.
  > document | video | Traffic camera video obtained by KRVT | shows | >
The SUV stopped about three seconds later, with the woman partly underneath its front bumper, the video shows.
  > document | video | the video | shows | <
A man waiting at a bus stop across the street told KRVT the car "didn't even slow down."
  > named_person | cabrera | A man waiting at a bus stop across the street | told KRVT | >
The man, Luis Cabrera, said he ran over and held the woman's hand until paramedics arrived.
  > named_person | cabrera | The man, Luis Cabrera | said | >
"She kept asking me if the car was going to move again," Cabrera said.
  > named_person | cabrera | Cabrera | said | <

Motiv said in a statement that its vehicle "detected the pedestrian and braked" and that it was reviewing data from the car's sensors and cameras.
  > named_organization | motiv | Motiv | said in a statement | >
The company said it had paused service downtown while the review continues.
  > named_organization | motiv | The company | said | >
Motiv began offering rides without safety drivers in Riverton in March and operates about 120 vehicles in the city, according to its website.
  > document | website | its website | according to | <
Motiv's Riverton general manager, Scott Heller, declined an interview request.
  > declined_comment | heller | Motiv's Riverton general manager, Scott Heller | declined an interview request | - | resp=declined

City Council member Teresa Guzman, whose district includes downtown, said she had asked the city attorney whether Riverton can suspend the company's permit.
  > named_official | guzman | City Council member Teresa Guzman, whose district includes downtown | said | >
"We were told these cars would be safer than human drivers," Guzman said in a phone interview Wednesday, "and I'd like somebody to show me the numbers."
  > named_official | guzman | Guzman | said in a phone interview Wednesday | "We were told these cars would be safer than human drivers," ;; "and I'd like somebody to show me the numbers."
Under Texas law, cities cannot regulate driverless cars; that power belongs to the state.
The Texas Department of Motor Vehicles did not immediately respond to a request for comment Wednesday.
  > declined_comment | txdmv | The Texas Department of Motor Vehicles | did not immediately respond to a request for comment Wednesday | - | resp=no_response
The National Highway Traffic Safety Administration said it was "aware of the incident" and in contact with the company.
  > named_organization | nhtsa | The National Highway Traffic Safety Administration | said | >
The agency opened an inquiry into Motiv last year after its vehicles repeatedly blocked ambulances, KRVT previously reported.
  > media_report | krvt | KRVT | previously reported | <

Police spokesman Sergeant Mark Ellis said no citation would be issued because "there's no driver to write a ticket to."
  > named_official | ellis | Police spokesman Sergeant Mark Ellis | said | >
Some downtown bar owners say the cars have become a nuisance at closing time, idling in bike lanes while they wait for riders.
  > anonymous_other | bar-owners | Some downtown bar owners | say | >
The woman's name has not been released, and her family could not be reached Wednesday.
  > declined_comment | family | her family | could not be reached Wednesday | - | resp=unreachable

@excluded
Have a news tip? Email newsroom@krvt.example or call 512-555-0199.
Tags: Downtown Riverton, Motiv Robotics, driverless cars
''')

ARTICLES.append(r'''
@id ad-compounded-drug-overdoses-explainer
@style compounded_drug_overdoses
What to know about the compounded weight-loss shots behind a surge in poison-center calls

Poison control centers handled more than 2,100 calls last year involving compounded versions of semaglutide, the active ingredient in Ozempic and Wegovy, nearly three times as many as the year before, according to data released Monday by the National Poison Data Network.
  > document | poison-data | data released Monday by the National Poison Data Network | according to | <
Most of the calls involved people who injected too much, often because they misread a syringe or confused units with milliliters, the data shows.
  > document | poison-data | the data | shows | <
Here is what we know.

What are compounded drugs?
Compounding pharmacies mix their own versions of medications, usually for patients who cannot use the commercial product.
During a national shortage of semaglutide that ended early this year, federal rules allowed them to make copies of the drug, and dozens of telehealth companies began selling those copies for a fraction of the brand-name price.

Why are people overdosing?
Unlike the brand-name pens, which deliver a fixed dose, compounded semaglutide usually comes in a vial, and patients draw up each dose with a syringe.
"People are drawing up 10 times the dose they meant to, and they don't find out until they've been vomiting for three days," said Dr. Alicia Moreno, a toxicologist and the medical director of the Great Plains Poison Center.
  > named_official | moreno | Dr. Alicia Moreno, a toxicologist and the medical director of the Great Plains Poison Center | said | <
Moreno said most patients recover within a few days with fluids and anti-nausea drugs, but some have been hospitalized with pancreatitis or dangerously low blood sugar.
  > named_official | moreno | Moreno | said | >
The Food and Drug Administration warned in a safety alert last year that it had received reports of patients taking five to 20 times the intended dose.
  > named_organization | fda | The Food and Drug Administration | warned in a safety alert last year | >

Who is selling them?
Many telehealth companies still sell compounded semaglutide, often through a monthly subscription that includes a short online visit with a clinician.
One of the largest, SlimPath, said in an email that every patient gets written and video instructions and that its partner pharmacies label vials "in both milligrams and units."
  > named_organization | slimpath | One of the largest, SlimPath | said in an email | >
A former SlimPath nurse practitioner, who asked not to be named because she signed a confidentiality agreement, said she sometimes had less than five minutes to review a new patient's health questionnaire.
  > anonymous_official | former-np | A former SlimPath nurse practitioner | said | > | anon=who asked not to be named because she signed a confidentiality agreement
SlimPath did not respond to follow-up questions about her account.
  > declined_comment | slimpath | SlimPath | did not respond to follow-up questions about her account | - | resp=no_response

Is it still legal?
Now that the shortage is over, the FDA has told compounders to stop making copies of semaglutide except in limited cases, such as for patients who are allergic to an ingredient in the brand-name product.
  > named_organization | fda | the FDA | has told compounders | >
A trade group for compounding pharmacies, the American Compounders Coalition, said the limits would drive patients to websites that sell the drug as an unregulated "research chemical."
  > named_organization | acc | A trade group for compounding pharmacies, the American Compounders Coalition | said | >

What should patients do?
Moreno's advice: ask the pharmacist to show you the correct dose on the syringe before you leave, and call poison control if you think you took too much.
  > named_official | moreno | Moreno's | advice | >
The national poison control hotline, 1-800-222-1222, is free and open around the clock.
Ethan Brooks, 46, a teacher in Omaha who bought compounded semaglutide online, said he spent two nights in a hospital in December after injecting what turned out to be 10 times his dose.
  > named_person | brooks | Ethan Brooks, 46, a teacher in Omaha who bought compounded semaglutide online | said | >
"Nobody ever showed me how to use the syringe," he said.
  > named_person | brooks | he | said | <
"I watched a video on my phone and hoped for the best."
  > named_person | brooks | he | - | *

@excluded
This article is for information only and is not a substitute for medical advice.
Get the Health Check newsletter in your inbox every Thursday.
''')

ARTICLES.append(r'''
@id ad-dengue-local-transmission-castelverde
@style dengue_local_transmission
Dengue is spreading locally in southern Europe, and scientists say it is here to stay
  > anonymous_other | scientists | scientists | say | it is here to stay

CASTELVERDE, Italy -- For three weeks last August, municipal workers in this hillside town south of Rome went door to door spraying insecticide into drains, flowerpots and the saucers under potted lemon trees.
The target was the tiger mosquito, and the reason was a cluster of 17 dengue cases in people who had not traveled abroad, the regional health agency said.
  > named_organization | agency | the regional health agency | said | <
It was the largest of 11 clusters of locally acquired dengue in Italy last year, according to data from the country's national public health institute.
  > document | institute-data | data from the country's national public health institute | according to | <
Italy recorded 213 locally acquired cases in all, more than in the previous decade combined, the data shows.
  > document | institute-data | the data | shows | <
France and Spain have also reported local transmission every summer since 2022, the European Union's disease-control agency said in a report last month.
  > named_organization | eu-agency | the European Union's disease-control agency | said in a report last month | <

"Five years ago, a local dengue case in Europe was a curiosity," said Dr. Marta Bellini, an epidemiologist at the University of Padua who studies mosquito-borne viruses.
  > named_person | bellini | Dr. Marta Bellini, an epidemiologist at the University of Padua who studies mosquito-borne viruses | said | <
"Now it is a season."
  > named_person | bellini | Bellini | - | *
Bellini said warmer and longer summers let the tiger mosquito, which arrived in Italy in the 1990s in shipments of used tires, survive farther north and breed for more months of the year.
  > named_person | bellini | Bellini | said | >
She noted that the virus itself still arrives with travelers, usually from South America or Southeast Asia, where dengue has surged.
  > named_person | bellini | She | noted | >

Castelverde's first case was a 58-year-old man who fell ill in late July, the mayor, Giulia Santoro, said in an interview in her office.
  > named_official | santoro | the mayor, Giulia Santoro | said in an interview in her office | <
She said the town did not have a mosquito-control budget until last year.
  > named_official | santoro | She | said | >
"We learned about dengue the way you learn about a fire: when it is already in your house," Santoro said.
  > named_official | santoro | Santoro | said | <
The man, Franco Galli, a retired postal worker, said he still feels tired most afternoons, months later.
  > named_person | galli | The man, Franco Galli, a retired postal worker | said | >
"I thought it was the flu," Galli said.
  > named_person | galli | Galli | said | <
"Then my joints hurt, my eyes hurt, everything hurt."
  > named_person | galli | Galli | - | *

Regional health officials say the outbreak was over by mid-September, when cooler nights slowed the mosquitoes.
  > anonymous_official | regional-officials | Regional health officials | say | >
But an internal review by the agency, obtained by The Sentinel, found that three weeks passed between the first patient's positive test and the start of spraying.
  > document | review | an internal review by the agency, obtained by The Sentinel | found | >
The review blames the delay on a shortage of laboratory staff during the August holidays.
  > document | review | The review | blames | >
The agency did not respond to questions about the review.
  > declined_comment | agency | The agency | did not respond to questions about the review | - | resp=no_response

Some researchers argue that Europe should start releasing sterile male mosquitoes, a method that has sharply cut mosquito numbers in field trials.
  > anonymous_other | researchers | Some researchers | argue | >
Others say the cheapest defense is still the oldest: emptying standing water.
  > anonymous_other | others | Others | say | >
Italy's Health Ministry said in a statement that it would update its national plan for mosquito-borne diseases before the summer.
  > named_organization | ministry | Italy's Health Ministry | said in a statement | >
Santoro has bought 4,000 mosquito traps for the town's residents.
Next summer, she said, Castelverde will be ready.
  > named_official | santoro | she | said | Next summer ;; Castelverde will be ready

@excluded
Correction: An earlier version of this article misstated when the tiger mosquito was first found in Italy. It was in 1990, not 1996.
Photo: A municipal worker sprays a drain in Castelverde. (Luca Ferri for The Sentinel)
''')

ARTICLES.append(r'''
@id ad-hospital-debt-lawsuits-harlan-creek
@style hospital_debt_lawsuits
A nonprofit hospital sued 4,100 of its patients in three years, court records show
  > document | court-records | court records | show | <

HARLAN CREEK, Mo. -- Kayla Dunn was eight months pregnant when a sheriff's deputy knocked on her door with the lawsuit.
The hospital where she had given birth to her first child two years earlier, St. Brendan Regional Medical Center, said she owed $6,412.70 for the delivery.
  > named_organization | st-brendan | The hospital where she had given birth to her first child two years earlier, St. Brendan Regional Medical Center | said | >
"I didn't even know I had a bill," said Dunn, now 27.
  > named_person | dunn | Dunn, now 27 | said | <
"I thought Medicaid covered all of it."
  > named_person | dunn | Dunn | - | *

Dunn's case was one of 4,112 debt-collection lawsuits St. Brendan filed against patients from 2021 through 2023, according to an analysis of Missouri court records by The Tribune.
  > document | court-records | an analysis of Missouri court records by The Tribune | according to | <
Nearly a third of the patients who were sued appear to have qualified for free or discounted care under the hospital's own charity-care policy, based on income information in the court files, the analysis found.
  > document | court-records | the analysis | found | <
The policy, which is posted on the hospital's website, says patients from households earning less than twice the federal poverty level are entitled to free care.
  > document | policy | The policy, which is posted on the hospital's website | says | >
Dunn, who worked part time at a dollar store when she gave birth, would have qualified.

In a written response to questions, St. Brendan's chief executive, Gregory Lamb, said the hospital sues patients "only as a last resort," after sending at least four statements and offering a payment plan.
  > named_official | lamb | St. Brendan's chief executive, Gregory Lamb | said | >
He said the hospital provided $19 million in charity care last year.
  > named_official | lamb | He | said | >
Lamb declined a request for an interview.
  > declined_comment | lamb | Lamb | declined a request for an interview | - | resp=declined
At a state Senate hearing in February, the hospital's vice president for revenue, Carol Eddings, testified that St. Brendan had "never knowingly sued a patient who qualified for charity care."
  > named_official | eddings | the hospital's vice president for revenue, Carol Eddings | testified | >

Two former employees of the hospital's billing office, who spoke on condition of anonymity because they feared it would hurt their chances of finding work in the area, said supervisors set monthly targets for the number of accounts sent to the hospital's outside law firm.
  > anonymous_official | billing-employees | Two former employees of the hospital's billing office | said | > | anon=who spoke on condition of anonymity because they feared it would hurt their chances of finding work in the area
One of them said patients were rarely told about the charity-care program before their accounts were sent to collections.
  > anonymous_official | billing-employees | One of them | said | >
The law firm, Brandt & Hollis of Jefferson City, did not return calls.
  > declined_comment | brandt-hollis | The law firm, Brandt & Hollis of Jefferson City | did not return calls | - | resp=no_response
Some patients interviewed by The Tribune said they had never received a bill before they were served.
  > anonymous_other | patients | Some patients interviewed by The Tribune | said | >

Nonprofit hospitals must have charity-care policies under federal tax law, but the law does not say how hard they must look for patients who qualify, said Erin Calloway, a health law professor at Saint Louis University.
  > named_person | calloway | Erin Calloway, a health law professor at Saint Louis University | said | <
"It's a policy on paper," Calloway said.
  > named_person | calloway | Calloway | said | <
"Whether anybody uses it is a different question."
  > named_person | calloway | Calloway | - | *
The Heartland Health Desk reported in 2022 that St. Brendan was among the most frequent hospital plaintiffs in the state.
  > media_report | hhd | The Heartland Health Desk | reported in 2022 | >
State Sen. Laura Pike, a Republican from Sedalia, said she would file a bill requiring hospitals to screen patients for charity care before suing them.
  > named_official | pike | State Sen. Laura Pike, a Republican from Sedalia | said | >
The Missouri Hospital Council, an industry group, said in a statement that most hospitals already do so.
  > named_organization | mhc | The Missouri Hospital Council, an industry group | said in a statement | >

Dunn's wages were garnished for 14 months, court records show.
  > document | court-records | court records | show | <
She said she learned only last month, from a Tribune reporter, that her income would have qualified her for free care.
  > named_person | dunn | She | said | >
St. Brendan plans to open a $90 million cancer center next year.
  > named_organization | st-brendan | St. Brendan | plans | to open a $90 million cancer center next year | nosrc

@excluded
Do you have a story about medical debt? Share it with our reporters. Your information will be kept confidential.
Photo: Kayla Dunn at her home in Harlan Creek. (Emily Ross / The Tribune)
''')

ARTICLES.append(r'''
@id ad-sim-swap-crypto-theft-brooklyn
@style sim_swap_crypto_theft
Five charged in SIM-swap ring that stole $19 million in crypto, prosecutors say
  > named_organization | usao | prosecutors | say | <

BROOKLYN, N.Y. -- Federal prosecutors on Wednesday charged five men with running a scheme that hijacked the phone numbers of cryptocurrency investors and drained more than $19 million from their accounts.
The men bribed employees at mobile phone stores to move victims' numbers onto SIM cards the ring controlled, letting them intercept the text-message codes that protect online accounts, according to an indictment unsealed in federal court in Brooklyn.
  > document | indictment | an indictment unsealed in federal court in Brooklyn | according to | <
The indictment says the ring paid store employees as little as $300 per number.
  > document | indictment | The indictment | says | >
Four of the men were arrested Wednesday morning in New York, New Jersey and Florida, the U.S. attorney's office in Brooklyn said in a news release.
  > named_organization | usao | the U.S. attorney's office in Brooklyn | said in a news release | <
The fifth, Dorian Vance, 24, is believed to be living in Dubai, prosecutors said.
  > named_organization | usao | prosecutors | said | <

"These defendants treated other people's phone numbers like the keys to a vault," U.S. Attorney Miriam Castellanos said at a news conference.
  > named_official | castellanos | U.S. Attorney Miriam Castellanos | said at a news conference | <
"They walked in with a fake ID and a little cash, and they walked out with people's life savings."
  > named_official | castellanos | Castellanos | - | *
Castellanos said the victims included a retired firefighter in Ohio who lost $2.3 million and a college student who lost $40,000 saved for tuition.
  > named_official | castellanos | Castellanos | said | >

Vance's lawyer, Keith Amari, said his client had lived in Dubai for two years for work and "will address these allegations in court."
  > named_official | amari | Vance's lawyer, Keith Amari | said | >
It was not clear whether the other four men had lawyers.
Pulse Wireless, whose franchise store in Queens employed two of the workers named in the indictment, said in a statement that it had fired them and was cooperating with investigators.
  > named_organization | pulse | Pulse Wireless, whose franchise store in Queens employed two of the workers named in the indictment | said in a statement | >
The other carrier whose store was used, Orbit Mobile, did not respond to a request for comment.
  > declined_comment | orbit | The other carrier whose store was used, Orbit Mobile | did not respond to a request for comment | - | resp=no_response

Investigators traced the money through more than 200 cryptocurrency wallets and two overseas exchanges, according to a sworn statement by an FBI agent that was filed with the criminal complaint.
  > document | affidavit | a sworn statement by an FBI agent that was filed with the criminal complaint | according to | <
The statement says one of the men posted photos of a $250,000 watch on social media two days after a theft.
  > document | affidavit | The statement | says | >
One victim, a software engineer in Seattle who asked that her name not be used because she fears being targeted again, said her phone lost service in a coffee shop and within 20 minutes $610,000 had left her account.
  > anonymous_other | victim | One victim, a software engineer in Seattle | said | > | anon=who asked that her name not be used because she fears being targeted again
"I thought my phone was broken," she said in a phone interview.
  > anonymous_other | victim | she | said in a phone interview | <
"By the time I got to a store, it was gone."
  > anonymous_other | victim | she | - | *

The FBI received more than 1,000 complaints about SIM swapping last year, with losses of nearly $50 million, according to its annual internet crime report.
  > document | crime-report | its annual internet crime report | according to | <
Security researchers have warned for years that text-message codes are a weak form of protection.
  > anonymous_other | researchers | Security researchers | have warned | text-message codes are a weak form of protection
"If your bank still texts you a code, your bank is trusting a minimum-wage employee at a phone store," said Naveen Kapoor, a former FBI cyber investigator who now runs a security consulting firm.
  > named_person | kapoor | Naveen Kapoor, a former FBI cyber investigator who now runs a security consulting firm | said | <
Each man faces up to 20 years in prison on the most serious charge, wire fraud conspiracy.
A woman who answered the phone at a number listed for Vance's parents in Queens declined to comment.
  > declined_comment | vance-family | A woman who answered the phone at a number listed for Vance's parents in Queens | declined to comment | - | resp=declined

@excluded
Read more: How to protect your phone number from SIM swapping
Comments are closed for this story.
''')

ARTICLES.append(r'''
@id ad-cold-case-genealogy-arrest-cullen-county
@style cold_case_genealogy_arrest
Arrest in 1994 killing of Cullen County teenager came from a family tree, sheriff says
  > named_official | keel | sheriff | says | <

For 31 years, the case file on Dana Whitfield sat in a gray cabinet at the Cullen County Sheriff's Office.
This week, it is back on the sheriff's desk.
On Monday, deputies in Tennessee arrested Gary Lee Renfro, a 58-year-old retired long-haul trucker, on a charge of first-degree murder in the death of the 16-year-old, who was last seen walking home from a roller rink in October 1994.
Sheriff Ann Marie Keel says the break came from DNA left on Whitfield's denim jacket, which investigators uploaded last year to a public genealogy database.
  > named_official | keel | Sheriff Ann Marie Keel | says | >
A genetic genealogist working for the office built a family tree from distant cousins who had shared their DNA profiles, Keel says, and narrowed the search to three brothers.
  > named_official | keel | Keel | says | A genetic genealogist working for the office built a family tree from distant cousins who had shared their DNA profiles ;; and narrowed the search to three brothers
"His name was in this file from day one," Keel tells WCPR.
  > named_official | keel | Keel | tells WCPR | <
"He was a witness.
  > named_official | keel | Keel | - | *
He was never a suspect."
  > named_official | keel | Keel | - | *

According to an arrest affidavit, Renfro told deputies in 1994 that he had given Whitfield a ride partway home that night and let her out near the Route 9 bridge.
  > document | affidavit | an arrest affidavit | According to | >
The affidavit says DNA from a cheek swab taken after his arrest matches the sample from the jacket.
  > document | affidavit | The affidavit | says | >
Renfro is being held without bond in Knox County, Tenn., pending extradition.
His public defender in Tennessee, Carla Benning, says he will fight extradition.
  > named_official | benning | His public defender in Tennessee, Carla Benning | says | >
She declined to discuss the evidence.
  > declined_comment | benning | She | declined to discuss the evidence | - | resp=declined

Whitfield's younger sister, Renee Whitfield Park, was 11 when Dana disappeared.
She says she got the call from the sheriff on Monday night and had to sit down on the kitchen floor.
  > named_person | park | She | says | >
"I have wondered every day whether I walked past the person who did it," Whitfield Park says.
  > named_person | park | Whitfield Park | says | <
"Now I know I probably did."
  > named_person | park | Whitfield Park | - | *

Genetic genealogy has helped solve hundreds of cold cases since 2018, but some privacy advocates say police are using people's DNA without their consent.
  > anonymous_other | privacy-advocates | some privacy advocates | say | >
Emily Hart, a law professor at Cullen State University who studies forensic DNA, says the cousins who uploaded their profiles "were not thinking about helping police find a relative."
  > named_person | hart | Emily Hart, a law professor at Cullen State University who studies forensic DNA | says | >
The database in this case, GenLink, lets users opt out of law enforcement searches, according to its terms of service.
  > document | terms | its terms of service | according to | <
GenLink did not respond to a request for comment.
  > declined_comment | genlink | GenLink | did not respond to a request for comment | - | resp=no_response
The genealogy work cost about $8,000, paid for by a state cold-case grant, county budget records show.
  > document | budget-records | county budget records | show | <
Keel says her office will try the same method on four other unsolved killings from the 1980s and '90s.
  > named_official | keel | Keel | says | >
WCPR first reported in 2019 that the sheriff's office had sent the jacket to a private lab for new testing.
  > media_report | wcpr | WCPR | first reported in 2019 | >
Renfro's two brothers could not be reached for comment.
  > declined_comment | brothers | Renfro's two brothers | could not be reached for comment | - | resp=unreachable
No court date has been set.

@excluded
Copyright 2025 Cullen Public Radio. To see more, visit WCPR.
Listen · 4:12
''')

ARTICLES.append(r'''
@id ad-scam-compound-trafficking-pakhet
@style scam_compound_trafficking
Freed from a scam compound, workers describe beatings, quotas and a river crossing at night
  > anonymous_other | workers | workers | describe | beatings, quotas and a river crossing at night

PAKHET, Sarawin -- Daniel Otieno says he answered an online ad last year for a customer-service job in Sarawin's capital that paid $1,200 a month.
  > named_person | otieno | Daniel Otieno | says | >
Instead, he says, he was driven across a river at night into a walled compound in neighboring Meruna, where armed guards took his passport and ordered him to cheat Americans on dating apps.
  > named_person | otieno | he | says | Instead ;; he was driven across a river at night into a walled compound in neighboring Meruna, where armed guards took his passport and ordered him to cheat Americans on dating apps
Otieno, 27, was among 312 workers from 14 countries released from the compound last week after Meruna's army raided it under pressure from Sarawin and China, Sarawin's Foreign Ministry said.
  > named_organization | sarawin-fm | Sarawin's Foreign Ministry | said | <
The workers are now sleeping on mats in a school gymnasium in this border town while their embassies arrange flights home.

Eleven of them, interviewed separately by The Globe, described the same routine: 16-hour shifts, daily quotas of new "clients," and beatings or electric shocks for anyone who fell short.
  > anonymous_other | workers | Eleven of them, interviewed separately by The Globe | described | >
Workers who reported late for a shift were fined a week's pay, several said.
  > anonymous_other | workers | several | said | <
"If you did not bring in money, they put you in a dark room with no food," said Nadeesha, 31, a woman from Sri Lanka who asked that her surname not be used because her family still owes money to the recruiter.
  > named_person | nadeesha | Nadeesha, 31, a woman from Sri Lanka | said | < | anon=who asked that her surname not be used because her family still owes money to the recruiter
She said she was held in the compound for seven months.
  > named_person | nadeesha | She | said | >

Such compounds hold at least 100,000 people across the region, a United Nations report estimated last year.
  > document | un-report | a United Nations report | estimated last year | <
Police Lieutenant General Anan Sorat, who leads Sarawin's anti-trafficking task force, said the raid had freed "only a small fraction" of the people held along the border.
  > named_official | sorat | Police Lieutenant General Anan Sorat, who leads Sarawin's anti-trafficking task force | said | >
He said the compound's bosses had fled before the soldiers arrived.
  > named_official | sorat | He | said | >
"They knew we were coming," Sorat said.
  > named_official | sorat | Sorat | said | <
"Somebody always tells them."
  > named_official | sorat | Sorat | - | *
A Western diplomat in the Sarawin capital, who spoke on condition of anonymity in line with diplomatic practice, said the raid followed weeks of pressure from governments whose citizens were trapped inside.
  > anonymous_official | diplomat | A Western diplomat in the Sarawin capital | said | > | anon=who spoke on condition of anonymity in line with diplomatic practice
Two Sarawin officials said the compound's owner was a businessman with close ties to a Meruna militia commander.
  > anonymous_official | sarawin-officials | Two Sarawin officials | said | >
Meruna's military government did not respond to questions sent by email.
  > declined_comment | meruna | Meruna's military government | did not respond to questions sent by email | - | resp=no_response
Meruna's state newspaper, The Meruna Herald, reported on Friday that the army had "liberated" the compound from "foreign criminal gangs" and arrested 40 people.
  > media_report | herald | Meruna's state newspaper, The Meruna Herald | reported on Friday | >

Kenya's Foreign Ministry said in a post on X that it had identified 23 Kenyans among the freed workers and was arranging their travel home.
  > named_organization | kenya-fm | Kenya's Foreign Ministry | said in a post on X | >
Some of the freed workers fear they will be treated as criminals rather than victims when they get home.
  > anonymous_other | some-workers | Some of the freed workers | fear | >
"The line between trafficking victim and scammer is exactly the line the bosses want to blur," said Priya Raman, a researcher at Border Migration Watch, a research group based in Sarawin.
  > named_person | raman | Priya Raman, a researcher at Border Migration Watch, a research group based in Sarawin | said | <
"It keeps the workers afraid to talk."
  > named_person | raman | Priya Raman | - | *
Otieno says he has told his mother only that he lost his job.
  > named_person | otieno | Otieno | says | >
He is scheduled to fly home on Thursday.

@excluded
Photograph by Somchai Inthara for The Globe
Join the conversation: 48 comments
''')

ARTICLES.append(r'''
@id ad-deep-sea-mining-permit-vaitupa
@style deep_sea_mining_permit
The Race to the Bottom of the Pacific

On the deck of the Aurora Deep, a converted drillship anchored 1,200 miles southwest of Hawaii, Mikael Strand watches a yellow robot the size of a school bus sink beneath the swell.
There, more than two miles down, it will vacuum up potato-sized rocks called polymetallic nodules, which are rich in nickel, cobalt and manganese, metals used in electric-car batteries.
Strand, the chief operating officer of Pelagic Metals, a Vancouver-based startup, says the company could begin commercial mining within two years.
  > named_official | strand | Strand, the chief operating officer of Pelagic Metals, a Vancouver-based startup | says | >
"On land, you move mountains to get these metals," he says.
  > named_official | strand | he | says | <
"Down here, they are just lying on the floor."
  > named_official | strand | he | - | *

Whether Pelagic will be allowed to do it is another question.
The International Seabed Authority, the United Nations body that governs mining in international waters, has spent more than a decade writing rules for commercial mining and has not finished.
Pelagic's sponsor, the Pacific island nation of Vaitupa, told the authority in a letter in March that it would seek approval of a mining plan this year whether or not the rules are done.
  > named_organization | vaitupa | Pelagic's sponsor, the Pacific island nation of Vaitupa | told the authority in a letter in March | >
The letter, which is posted on the authority's website, warns that "delay is itself a decision."
  > document | letter | The letter, which is posted on the authority's website | warns | >
The authority declined to say when its council would vote on the rules.
  > declined_comment | isa | The authority | declined to say when its council would vote on the rules | - | resp=declined

Scientists who study the deep sea say almost nothing is known about the animals that live among the nodules.
  > anonymous_other | scientists | Scientists who study the deep sea | say | >
A 2023 survey of one mining zone found more than 5,000 species, most of them new to science.
  > document | survey | A 2023 survey of one mining zone | found | >
"We are about to strip-mine an ecosystem we have barely photographed," says Hannah Okafor, a marine biologist at the University of Hawaii who has been on three research cruises to the zone.
  > named_person | okafor | Hannah Okafor, a marine biologist at the University of Hawaii who has been on three research cruises to the zone | says | <
Okafor says sediment plumes kicked up by the collectors could smother filter-feeding animals for miles.
  > named_person | okafor | Okafor | says | >
Pelagic disputes that.
  > named_organization | pelagic | Pelagic | disputes | that
The company says its own monitoring during a 2022 test found that most of the plume settled within a few hundred yards.
  > named_organization | pelagic | The company | says | >
Strand acknowledges that the test lasted only six weeks.
  > named_official | strand | Strand | acknowledges | >
Several automakers have pledged not to buy metals from the seabed until its effects are better understood.
  > anonymous_other | automakers | Several automakers | have pledged | >

For Vaitupa, whose main income is the sale of fishing licenses, royalties could double the national budget, says Tevita Lomani, the country's minister for ocean resources.
  > named_official | lomani | Tevita Lomani, the country's minister for ocean resources | says | <
"Rich countries dug up their own land for two hundred years," Lomani says.
  > named_official | lomani | Lomani | says | <
"Now they tell us we cannot touch the ocean floor."
  > named_official | lomani | Lomani | - | *
Palau and Fiji, two of Vaitupa's neighbors, have called for a moratorium on deep-sea mining.
  > named_organization | palau-fiji | Palau and Fiji, two of Vaitupa's neighbors | have called for | a moratorium on deep-sea mining
Pelagic hopes to raise $300 million from investors this year to build a full-scale collector.
  > named_organization | pelagic | Pelagic | hopes | to raise $300 million from investors this year to build a full-scale collector | nosrc

Just after 3 p.m., the robot breaks the surface, its hopper full of black rocks.
Strand picks one up and turns it over in his palm.
"People call it mining," he says.
  > named_official | strand | he | says | <
"It's more like picking up potatoes."
  > named_official | strand | he | - | *

@excluded
Photographs by Ines Rocha for Meridian Magazine
Published in the May 2025 issue. Subscribe for $1 a week.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
