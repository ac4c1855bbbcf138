"""Build corpus/articles/k.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (restaurant_inspection, opioid_settlement, tech_layoffs, zoning_fight,
olympic_doping, hurricane_aid, central_bank, police_shooting_inquest, admissions_scandal,
arms_sale, biotech_trial, council_recall), in the voices of several kinds of outlet (wire
copy, a national daily, local papers, trade press), each article built to test source
grouping (two people of one gender and one role close together, told apart only by name
and pronoun; a person described and named later under another noun; an institution under
its full name, its acronym and "the agency"/"the department"; a company named only in the
reporter's own words before "the company said"; quotes that run over several sentences and
close with "X said"; a document credited to the person who read it; conjoined documents;
"stopped", "added" and "noted" used in sentences where they are not cues). About half end
with a footer of excluded boilerplate. Nothing is trained or tuned on them. Same line format
and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_k.py [--render]
     python corpus/build_articles_k.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                      given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "k.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id k-restaurant-inspection-harbor-lantern
@style restaurant_inspection
Health inspectors shut Harbor Lantern after 31 diners sickened, county says
  > named_organization | kchd | county | says | Health inspectors shut Harbor Lantern after 31 diners sickened

DELMONT, Md. -- The Kessler County Health Department ordered the Harbor Lantern, a waterfront seafood restaurant in Delmont's Old Port district, to close on Thursday after at least 31 people who ate there over Labor Day weekend fell ill with salmonella, the department said.
  > named_organization | kchd | the department | said | <
Eleven of them were hospitalized, and one, a 79-year-old man from Carver Point, remained in intensive care on Friday, according to the department's outbreak summary.
  > document | outbreak-summary | the department's outbreak summary | according to | <
Inspectors who visited the kitchen on Wednesday found raw chicken stored above crab salad, a walk-in cooler running at 52 degrees and no working hand sink on the cooking line, the summary says.
  > document | outbreak-summary | the summary | says | <

The Harbor Lantern is owned by Tidewater Table Group, which runs four other restaurants around the upper Chesapeake.
The company said in a statement that it had closed the restaurant voluntarily before the order arrived and had hired an outside food safety firm to retrain its staff.
  > named_organization | tidewater | The company | said in a statement | >
Its owner, Desmond Kirkbride, said in a phone interview that the Harbor Lantern had passed every inspection since it opened in 2014.
  > named_official | kirkbride | Its owner, Desmond Kirkbride | said in a phone interview | >
"We have fed this town for ten years.
  > named_official | kirkbride | Kirkbride | - | *
One bad week is not who we are, and we are going to prove that," Kirkbride said.
  > named_official | kirkbride | Kirkbride | said | <
He declined to say whether any employees had been sick in the days before the outbreak.
  > declined_comment | kirkbride | He | declined to say whether any employees had been sick in the days before the outbreak | - | resp=declined

Inspection reports and complaint records obtained by the Gazette through a public records request show that KCHD cited the restaurant three times since 2022 for holding food at unsafe temperatures.
  > document | records | Inspection reports and complaint records obtained by the Gazette through a public records request | show | >
A complaint filed with the department in June by a former employee described cooks reusing marinade from raw chicken, according to a county official who has read it.
  > anonymous_official | county-official | a county official who has read it | according to | <
The official, who was not authorized to discuss complaints still under review, said inspectors did not follow up on it until after the outbreak began.
  > anonymous_official | county-official | The official | said | > | anon=who was not authorized to discuss complaints still under review

The county's health officer, Dr. Imogen Fairweather, said at a news conference on Friday that the department has 14 inspectors for more than 2,300 restaurants, food trucks and school cafeterias.
  > named_official | fairweather | The county's health officer, Dr. Imogen Fairweather | said at a news conference on Friday | >
She said the Harbor Lantern would not be allowed to reopen until every employee had tested negative for salmonella.
  > named_official | fairweather | She | said | >
The department added two inspector positions to its budget in July, but neither has been filled.

Corinne Haddad, 44, of Delmont, said she and her husband both fell ill two days after sharing a plate of the restaurant's crab cakes.
  > named_person | haddad | Corinne Haddad, 44, of Delmont | said | >
Her sister-in-law, Wendy Pelletier, who was at the same table, said she spent three nights at Delmont Memorial Hospital.
  > named_person | pelletier | Her sister-in-law, Wendy Pelletier, who was at the same table | said | >
"I could not keep water down for four days," Pelletier said.
  > named_person | pelletier | Pelletier | said | <
Haddad said she had hired a lawyer, and that no one from the restaurant had called either of them.
  > named_person | haddad | Haddad | said | >

A line cook who worked at the Harbor Lantern until last month said the walk-in cooler had been breaking down since early summer.
  > named_person | vasquez | A line cook who worked at the Harbor Lantern until last month | said | >
The cook, Teodoro Vasquez, 27, said managers told the kitchen staff to pack the cooler with bags of ice rather than wait for a repairman.
  > named_person | vasquez | The cook, Teodoro Vasquez, 27 | said | >
Tidewater did not respond to questions about the cooler.
  > declined_comment | tidewater | Tidewater | did not respond to questions about the cooler | - | resp=no_response
Tidewater had planned to open a sixth restaurant, in Annapolis, this fall.
  > named_organization | tidewater | Tidewater | had planned | to open a sixth restaurant, in Annapolis, this fall | nosrc
The restaurant stopped taking reservations on its website on Wednesday night.

The state Department of Health said it was testing samples from the restaurant to learn whether the illnesses were linked to a multistate outbreak tied to imported crab meat.
  > named_organization | state-health | The state Department of Health | said | >
The Gazette reported in 2023 that the county had cut its inspection staff by a third during the pandemic.
  > media_report | gazette | The Gazette | reported | that the county had cut its inspection staff by a third during the pandemic

@excluded
Look up any restaurant's inspection history in our Kessler County Dining Database.
Got a tip about a local restaurant? Email the Gazette newsroom.
''')

ARTICLES.append(r'''
@id k-opioid-settlement-halvorsen-meyer
@style opioid_settlement
Exclusive: Halvorsen Meyer nears $2.1 billion opioid settlement with states, sources say
  > anonymous_familiar | sources | sources | say | Halvorsen Meyer nears $2.1 billion opioid settlement with states

NEW YORK -- Halvorsen Meyer Health, one of the three largest U.S. drug wholesalers, is close to a $2.1 billion settlement with a group of state attorneys general over its role in the opioid epidemic, three people familiar with the negotiations told Reuters.
  > anonymous_familiar | sources | three people familiar with the negotiations | told Reuters | <
The deal, to be paid over 15 years, could be announced as soon as next week, the sources said, speaking on condition of anonymity because the talks are confidential.
  > anonymous_familiar | sources | the sources | said | < | anon=speaking on condition of anonymity because the talks are confidential
One of the sources said the company had also agreed to let an independent monitor review its shipments of controlled substances for five years.
  > anonymous_familiar | sources | One of the sources | said | >
Halvorsen Meyer shares rose 4.2% in after-hours trading.

In a statement, the company said it did not comment on "ongoing legal matters" but remained "committed to being part of the solution to this crisis."
  > named_organization | halvorsen | the company | said | >
Its spokeswoman, Leonie Brandvold, did not immediately respond to a request for further comment.
  > declined_comment | brandvold | Its spokeswoman, Leonie Brandvold | did not immediately respond to a request for further comment | - | resp=no_response

The Drug Enforcement Administration fined Halvorsen Meyer $150 million in 2017 for failing to report suspicious orders, according to a settlement agreement posted on the agency's website.
  > document | dea-settlement | a settlement agreement posted on the agency's website | according to | <
The DEA declined to comment on the talks with the states.
  > declined_comment | dea | The DEA | declined to comment on the talks with the states | - | resp=declined
An agency official, speaking on condition of anonymity, said the DEA had opened a new review of the company's shipments to pharmacies in Appalachia last year.
  > anonymous_official | dea-official | An agency official | said | > | anon=speaking on condition of anonymity

Ohio Attorney General Lucas Whitcombe, who has led the negotiations for the states, said on Tuesday the talks were "productive" but declined to discuss terms.
  > named_official | whitcombe | Ohio Attorney General Lucas Whitcombe, who has led the negotiations for the states | said on Tuesday | the talks were "productive"
  > declined_comment | whitcombe | Ohio Attorney General Lucas Whitcombe, who has led the negotiations for the states | declined to discuss terms | - | resp=declined
West Virginia Attorney General Patrick Aldershaw, who broke away from the group last year to sue the company on his own, said any deal without an admission of wrongdoing would be "a payment for silence."
  > named_official | aldershaw | West Virginia Attorney General Patrick Aldershaw, who broke away from the group last year to sue the company on his own | said | >
"We did not walk away from that table to come back and sign the same deal everyone else signs.
  > named_official | aldershaw | Aldershaw | - | *
Our counties lost a generation," Aldershaw said in an interview.
  > named_official | aldershaw | Aldershaw | said in an interview | <
He said his office would go to trial in Charleston in March unless the company offered West Virginia a separate settlement.
  > named_official | aldershaw | He | said | >
Whitcombe's office said he had spoken with Aldershaw twice this month and hoped West Virginia would rejoin the group.
  > named_organization | whitcombe-office | Whitcombe's office | said | >

A draft term sheet would bar the company from paying sales bonuses tied to opioid volumes, according to a person who has reviewed it.
  > anonymous_familiar | reviewer | a person who has reviewed it | according to | <
Court filings and federal shipment data show the company sold more than 4 billion doses of oxycodone and hydrocodone to pharmacies in seven states between 2006 and 2014.
  > document | filings-data | Court filings and federal shipment data | show | >
Halvorsen Meyer stopped supplying about 300 independent pharmacies in 2018 and has since added 120 analysts to review orders.
The company had hoped to settle with every state at once, but its talks with West Virginia broke down last year.
  > named_organization | halvorsen | The company | had hoped | to settle with every state at once | nosrc

A Huntington, West Virginia, woman whose son died of an overdose in 2016 said she hoped the state would hold out for a trial.
  > named_person | cavendish | A Huntington, West Virginia, woman whose son died of an overdose in 2016 | said | >
The woman, Bernadette Cavendish, who leads a support group for grieving parents, said a settlement would "let them write a check and walk away."
  > named_person | cavendish | The woman, Bernadette Cavendish, who leads a support group for grieving parents | said | >
Some public health experts have criticized earlier opioid settlements for letting states spend the money on roads and budget gaps instead of treatment.
  > anonymous_other | experts | Some public health experts | have criticized | earlier opioid settlements for letting states spend the money on roads and budget gaps instead of treatment
The Kanawha Ledger reported last month that Aldershaw's office had hired outside trial lawyers on contingency.
  > media_report | kanawha-ledger | The Kanawha Ledger | reported | that Aldershaw's office had hired outside trial lawyers on contingency

@excluded
Reporting by Dana Whitlock in New York and Priya Menon in Washington; Editing by Carl Hessler
Our Standards: The Thomson Reuters Trust Principles.
''')

ARTICLES.append(r'''
@id k-tech-layoffs-lumenstack
@style tech_layoffs
Lumenstack cuts 1,800 jobs as it pours money into AI data centers

Lumenstack, the cloud database company, is laying off about 1,800 employees, or 12% of its workforce, as it moves money into data centers for artificial intelligence customers, according to a memo sent to staff on Tuesday by chief executive Rowan Achebe.
  > document | memo | a memo sent to staff on Tuesday by chief executive Rowan Achebe | according to | <
The cuts fall hardest on sales and customer support, the memo says, and will be finished by the end of March.
  > document | memo | the memo | says | The cuts fall hardest on sales and customer support ;; will be finished by the end of March
Achebe, who co-founded the company in 2013, wrote that Lumenstack had hired too quickly during the pandemic and would now focus on "the customers who are betting their businesses on AI."
  > named_official | achebe | Achebe, who co-founded the company in 2013 | wrote | >
"We grew faster than our business did.
  > named_official | achebe | Achebe | - | *
That is on me, and on no one else," he wrote.
  > named_official | achebe | he | wrote | <
The company said severance would include 16 weeks of pay plus two weeks for every year of service.
  > named_organization | lumenstack | The company | said | >

Hundreds of the support workers are contractors employed by Brightwell Talent Partners, a staffing firm in Austin, Texas.
The company said in an email that it was working "around the clock" to find new placements for the roughly 400 of its contractors whose Lumenstack assignments will end.
  > named_organization | brightwell | The company | said in an email | >
Layoff notices filed with the Texas Workforce Commission and Washington's Employment Security Department show that about 610 of the cuts are at the Austin headquarters and 240 at the Seattle office.
  > document | warn-notices | Layoff notices filed with the Texas Workforce Commission and Washington's Employment Security Department | show | >
A TWC spokeswoman said the notice arrived on Monday, 60 days before the first cuts take effect, as federal law requires.
  > named_organization | twc | A TWC spokeswoman | said | >
The agency said it would hold job-search workshops for the laid-off workers in Austin next month.
  > named_organization | twc | The agency | said | >

Anand Kesavan, a senior software engineer in Seattle who had been at Lumenstack for six years, said he learned he had lost his job when his laptop logged him out before dawn.
  > named_person | kesavan | Anand Kesavan, a senior software engineer in Seattle who had been at Lumenstack for six years | said | >
Another senior engineer, Tobias Wrenfield, said his entire eight-person team in Austin had been cut, including a colleague on parental leave.
  > named_person | wrenfield | Another senior engineer, Tobias Wrenfield | said | >
"Nobody even called us.
  > named_person | wrenfield | Wrenfield | - | *
We found out when our team channel went dark," Wrenfield said.
  > named_person | wrenfield | Wrenfield | said | <
Kesavan said he had already spoken with two recruiters.
  > named_person | kesavan | Kesavan | said | >
He said he was more worried about his work visa, which gives him 60 days to find a new employer or leave the country.
  > named_person | kesavan | He | said | >

An engineering manager who was laid off after nine years at the company said managers had been told in early December to draw up lists of "low-impact" roles.
  > named_person | marchetti | An engineering manager who was laid off after nine years at the company | said | >
The manager, Solene Marchetti, said the lists were discussed at a meeting where executives showed a slide projecting that data center spending would double to $3.4 billion next year.
  > named_person | marchetti | The manager, Solene Marchetti | said | >
The same slide put the savings from the layoffs at $410 million a year, according to a person who attended the meeting.
  > anonymous_familiar | attendee | a person who attended the meeting | according to | <
Lumenstack added more than 5,000 employees in 2021 and 2022 and stopped most hiring last spring.
It had planned to open a third U.S. office, in Denver, this year.
  > named_organization | lumenstack | It | had planned | to open a third U.S. office, in Denver, this year | nosrc

Priyanka Oduya, an analyst at Caldera Research who covers the company, wrote in a note to clients that revenue growth had slowed for six straight quarters.
  > named_person | oduya | Priyanka Oduya, an analyst at Caldera Research who covers the company | wrote in a note to clients | >
Some investors have questioned whether the data center bet will pay off before the company's cash runs low.
  > anonymous_other | investors | Some investors | have questioned | >
Lumenstack declined to make Achebe available for an interview.
  > declined_comment | lumenstack | Lumenstack | declined to make Achebe available for an interview | - | resp=declined
Stack Ledger, a newsletter that covers enterprise software, first reported the cuts on Monday.
  > media_report | stack-ledger | Stack Ledger, a newsletter that covers enterprise software | first reported | the cuts on Monday

@excluded
Update, Jan. 7: This story has been updated with comment from Brightwell Talent Partners.
''')

ARTICLES.append(r'''
@id k-zoning-fight-larkin-street
@style zoning_fight
Larkin Street apartment plan splits Marlow council ahead of Tuesday vote

MARLOW, Ore. -- A proposal to allow five-story apartment buildings along a half-mile stretch of Larkin Street has drawn more than 400 written comments and divided the Marlow City Council ahead of a vote scheduled for Tuesday.
The rezoning would let Greyfield Partners, a Portland developer, replace a row of one-story shops and a shuttered bowling alley with about 310 apartments, 62 of them set aside for lower-income renters.
The company said in its application that the project would bring "badly needed homes within walking distance of the Larkin Street light-rail stop."
  > named_organization | greyfield | The company | said in its application | >
Greyfield's managing partner, Callum Ohanian, said in an interview that the firm would walk away if the council cut the buildings to three stories.
  > named_official | ohanian | Greyfield's managing partner, Callum Ohanian | said in an interview | >
"At three stories, the numbers don't work.
  > named_official | ohanian | Ohanian | - | *
Nobody builds affordable units at a loss, not in this market," Ohanian said.
  > named_official | ohanian | Ohanian | said | <

The city's Department of Planning and Development said in a report released on Oct. 3 that the project met every requirement of Marlow's housing plan.
  > named_organization | dpd | The city's Department of Planning and Development | said in a report released on Oct. 3 | >
The report, signed by the city's planning director, found that rush-hour traffic on Larkin Street would rise by about 8 percent.
  > document | dpd-report | The report, signed by the city's planning director | found | >
DPD also recommended that the council require Greyfield to widen the sidewalks on both sides of the street.
  > named_organization | dpd | DPD | recommended | >
The department added that condition after a crowded public hearing in September.

A woman who has lived on Larkin Street since 1988 told the council at that hearing that the buildings would "put my garden in the shade from October to March."
  > named_person | vasko | A woman who has lived on Larkin Street since 1988 | told | that the buildings would "put my garden in the shade from October to March."
The resident, Ingrid Vasko, a retired librarian, said in an interview last week that she was not against apartments "on the commercial strips, where they belong."
  > named_person | vasko | The resident, Ingrid Vasko, a retired librarian | said in an interview last week | >
Her neighbor across the street, Ruth Castellane, said she supported the project because her own grown children cannot afford to rent in Marlow.
  > named_person | castellane | Her neighbor across the street, Ruth Castellane | said | >
"I would rather have a little less sun and a lot more neighbors," Castellane said.
  > named_person | castellane | Castellane | said | <

Councilwoman Denise Harrow, whose ward includes Larkin Street, said she would vote no unless the buildings were limited to four stories.
  > named_official | harrow | Councilwoman Denise Harrow, whose ward includes Larkin Street | said | >
Councilwoman Beatriz Olander, who chairs the council's housing committee, said she would vote yes and believed a majority would join her.
  > named_official | olander | Councilwoman Beatriz Olander, who chairs the council's housing committee | said | >
Harrow said Olander had "never once walked Larkin Street at 5 o'clock."
  > named_official | harrow | Harrow | said | >
She said she had asked the planning department for a second traffic study.
  > named_official | harrow | She | said | >

A draft of that study, prepared by a consultant for the city, estimates that the morning backup at Larkin and 14th Avenue would grow from four minutes to nine, according to a city employee who has reviewed it.
  > anonymous_official | city-employee | a city employee who has reviewed it | according to | <
The employee, who asked not to be named because the draft has not been released, said the consultant had been asked to finish it before Tuesday's vote.
  > anonymous_official | city-employee | The employee | said | > | anon=who asked not to be named because the draft has not been released
The department said it does not comment on draft studies.
  > named_organization | dpd | The department | said | >
County property records and state campaign finance reports show that Greyfield bought the bowling alley in 2021 for $6.2 million and that its partners gave $18,500 to the campaigns of four council members last year, including Olander.
  > document | records | County property records and state campaign finance reports | show | >
Olander did not respond to a question about the donations.
  > declined_comment | olander | Olander | did not respond to a question about the donations | - | resp=no_response

A neighborhood group, Save Larkin Street, said it had collected 1,900 signatures on a petition asking the council to delay the vote.
  > named_organization | save-larkin | A neighborhood group, Save Larkin Street | said | >
The group stopped short of threatening a lawsuit.
Mayor Rupert Langtry's office declined to say how he would vote if the council deadlocked.
  > declined_comment | langtry-office | Mayor Rupert Langtry's office | declined to say how he would vote if the council deadlocked | - | resp=declined
The Courier reported in June that Marlow issued permits for just 140 new homes last year, the fewest in a decade.
  > media_report | courier | The Courier | reported | that Marlow issued permits for just 140 new homes last year, the fewest in a decade

@excluded
Read more: What happened when three other Oregon suburbs allowed taller buildings near transit
Letters to the editor may be sent to letters@marlowcourier.com.
''')

ARTICLES.append(r'''
@id k-olympic-doping-dravec
@style olympic_doping
Olympic 1,500 champion Katya Dravec among 3 runners who failed drug tests, documents show
  > document | lab-docs | documents | show | Olympic 1,500 champion Katya Dravec among 3 runners who failed drug tests

LAUSANNE, Switzerland -- Olympic 1,500-meter champion Katya Dravec of Ostrevia tested positive for a banned blood-boosting drug four months before she won gold last summer, according to laboratory reports and a letter from anti-doping officials obtained by The Associated Press.
  > document | lab-docs | laboratory reports and a letter from anti-doping officials obtained by The Associated Press | according to | <
The documents show that a sample Dravec gave at a training camp in March contained traces of roxadustat, a drug that raises the body's production of red blood cells.
  > document | lab-docs | The documents | show | >
Two of her training partners, including the bronze medalist in the 5,000 meters, tested positive for the same drug at the camp, according to the documents.
  > document | lab-docs | the documents | according to | <

The International Anti-Doping Authority, which oversees drug testing in Olympic sports, said in a statement Wednesday that it was "aware of the cases" and had asked Ostrevia's national anti-doping agency why none of the three runners had been provisionally suspended.
  > named_organization | iada | The International Anti-Doping Authority, which oversees drug testing in Olympic sports | said in a statement Wednesday | >
IADA director general Henrik Solheim-Baptiste said the agency would take the cases to the Court of Arbitration for Sport if it was not satisfied with Ostrevia's answers.
  > named_official | solheim-baptiste | IADA director general Henrik Solheim-Baptiste | said | >
"Rules that apply only when they are convenient are not rules.
  > named_official | solheim-baptiste | Solheim-Baptiste | - | *
Every athlete who lined up against these women deserves an answer," Solheim-Baptiste said.
  > named_official | solheim-baptiste | Solheim-Baptiste | said | <
The agency declined to comment beyond its statement.
  > declined_comment | iada | The agency | declined to comment beyond its statement | - | resp=declined
Ostrevia's anti-doping agency did not respond to emails and phone calls seeking comment.
  > declined_comment | ostrevia-ada | Ostrevia's anti-doping agency | did not respond to emails and phone calls seeking comment | - | resp=no_response
Dravec could not be reached.
  > declined_comment | dravec | Dravec | could not be reached | - | resp=unreachable

Dravec's agent, Tomasz Wielgosz, said his client "has never knowingly taken a prohibited substance" and would ask for her backup sample to be tested.
  > named_official | wielgosz | Dravec's agent, Tomasz Wielgosz | said | >
He said the amount found was so small that it could have come from contaminated food.
  > named_official | wielgosz | He | said | >
Dravec runs in shoes made by Vireo, a Danish sportswear brand that featured her in its advertising during the Games.
The company said it had suspended its contract with her until the case is resolved.
  > named_organization | vireo | The company | said | >

Britain's Harriet Ellwood, who finished fourth in the Olympic final, said she had heard rumors about the Ostrevian camp for months.
  > named_person | ellwood | Britain's Harriet Ellwood, who finished fourth in the Olympic final | said | >
Another runner in that race, American Jessa Thornbury, said she was "done being polite" about athletes from countries with weak testing programs.
  > named_person | thornbury | Another runner in that race, American Jessa Thornbury | said | >
"I found out I might have a bronze medal from a reporter's phone call," Ellwood said.
  > named_person | ellwood | Ellwood | said | <
She said she would wait for any appeals to end before celebrating.
  > named_person | ellwood | She | said | >

A coach who worked at the Ostrevian camp in 2023 said athletes there were given unlabeled injections that staff described as vitamins.
  > named_person | kuchar | A coach who worked at the Ostrevian camp in 2023 | said | >
The coach, Radoslav Kuchar, who now works with a club in Slovakia, said he left after one season because he did not trust the camp's medical staff.
  > named_person | kuchar | The coach, Radoslav Kuchar, who now works with a club in Slovakia | said | >
An internal IADA report recommends four-year bans for all three runners, according to an anti-doping official who has read it.
  > anonymous_official | ad-official | an anti-doping official who has read it | according to | <
The official, who spoke on condition of anonymity because the report is confidential, said the agency has also asked to retest samples from Ostrevia's 2022 world championships team.
  > anonymous_official | ad-official | The official | said | > | anon=who spoke on condition of anonymity because the report is confidential
Dravec stopped racing in Europe after the Olympics and in October added a second coach, her former teammate Anika Brodsky.

The International Olympic Committee said medals could be reallocated only after all appeals were exhausted.
  > named_organization | ioc | The International Olympic Committee | said | >
Some athletes have called for Ostrevia's track federation to be barred from international competition.
  > anonymous_other | athletes | Some athletes | have called for | >
Ostrevian state television reported Thursday that Dravec was "the victim of a smear campaign."
  > media_report | ostrevia-tv | Ostrevian state television | reported | that Dravec was "the victim of a smear campaign."

@excluded
AP Olympics: https://apnews.com/hub/olympic-games
''')

ARTICLES.append(r'''
@id k-hurricane-aid-delphine-fema
@style hurricane_aid
Six Weeks After Hurricane Delphine, Most Applicants Are Still Waiting for FEMA Aid

PORT ALCOTT, La. -- Six weeks after Hurricane Delphine tore the roofs off thousands of homes along the central Louisiana coast, fewer than one in three households that applied for federal disaster aid have received any money, according to data published by the Federal Emergency Management Agency.
  > document | fema-data | data published by the Federal Emergency Management Agency | according to | <
Of about 88,000 applications, nearly 21,000 have been denied, most because the agency could not verify that the applicant owned the damaged home, the data shows.
  > document | fema-data | the data | shows | <
In a region where houses are often passed down for generations without a will or a deed, that requirement has left many families with nothing but a letter telling them to try again.

FEMA said in a statement that it had paid out $412 million in the two parishes hardest hit by the storm and had added staff to help applicants prove ownership.
  > named_organization | fema | FEMA | said in a statement | >
The agency's regional administrator, Renata Vasquez-Hale, said in an interview that FEMA had loosened its rules in 2021 to accept other proof, such as utility bills or a letter from a parish official.
  > named_official | vasquez-hale | The agency's regional administrator, Renata Vasquez-Hale | said in an interview | >
"The rule has changed.
  > named_official | vasquez-hale | Vasquez-Hale | - | *
What we have not done well enough is tell people that it has changed, and that is on us," she said.
  > named_official | vasquez-hale | she | said | <

The president of St. Aurelie Parish, Gaston Thibodeaux, said he had asked FEMA for three weeks to send inspectors door to door instead of relying on applicants to upload documents to the agency's website.
  > named_official | thibodeaux | The president of St. Aurelie Parish, Gaston Thibodeaux | said | >
His counterpart in neighboring Calvert Parish, Emile Fontenot, said he had stopped sending residents to the agency's recovery center in Port Alcott because the lines were too long.
  > named_official | fontenot | His counterpart in neighboring Calvert Parish, Emile Fontenot | said | >
"People are standing in the heat for five hours to be told to go home and find a piece of paper that washed away," Fontenot said.
  > named_official | fontenot | Fontenot | said | <
Thibodeaux said he did not blame the agency's workers, many of whom have been sleeping on cots in a high school gym.
  > named_official | thibodeaux | Thibodeaux | said | >
He said the parish had printed 5,000 ownership affidavits that residents could sign at the courthouse.
  > named_official | thibodeaux | He | said | >

A woman who lives on Bayou Cormier Road in a house her grandfather built in 1952 said she had been turned down twice.
  > named_person | guidry | A woman who lives on Bayou Cormier Road in a house her grandfather built in 1952 | said | >
The resident, Odile Guidry, 67, said the second denial letter arrived the same day a tarp blew off what was left of her roof.
  > named_person | guidry | The resident, Odile Guidry, 67 | said | >

FEMA has paid Bluewater Restoration Services, a Texas contractor, $96 million to install temporary roofs and travel trailers in the two parishes.
The company said it had installed about 4,100 roofs and expected to finish the rest by mid-November.
  > named_organization | bluewater | The company | said | >
Agency payment records and parish permit logs reviewed by The Times show that fewer than half of those roofs have been inspected after installation.
  > document | records | Agency payment records and parish permit logs reviewed by The Times | show | >
Bluewater did not respond to questions about the inspections.
  > declined_comment | bluewater | Bluewater | did not respond to questions about the inspections | - | resp=no_response

An internal FEMA review completed in late September found that inspectors in the region were closing an average of 11 cases a day, half the agency's target, according to two agency employees who have read it.
  > anonymous_official | fema-employees | two agency employees who have read it | according to | <
The employees, who spoke on the condition of anonymity because they were not authorized to speak to reporters, said the review blamed a shortage of inspectors and of translators who speak Louisiana French.
  > anonymous_official | fema-employees | The employees | said | > | anon=who spoke on the condition of anonymity because they were not authorized to speak to reporters
A FEMA spokesman declined to discuss the review.
  > declined_comment | fema | A FEMA spokesman | declined to discuss the review | - | resp=declined
The agency stopped accepting walk-in applications at the Port Alcott center on Oct. 2 and now requires appointments.
FEMA had planned to close the center at the end of October but has kept it open through December.
  > named_organization | fema | FEMA | had planned | to close the center at the end of October | nosrc

Disaster researchers have long warned that ownership rules shut out poor and rural homeowners, particularly in the South.
  > anonymous_other | researchers | Disaster researchers | have long warned | >
Samantha Montz-Elder, who studies disaster aid at Gulf State University, said the denial rate after Delphine was "the highest I have seen in a decade."
  > named_person | montz-elder | Samantha Montz-Elder, who studies disaster aid at Gulf State University | said | >
The Acadiana Advocate-Ledger reported last week that the state had asked FEMA to extend the application deadline by 60 days.
  > media_report | advocate-ledger | The Acadiana Advocate-Ledger | reported | that the state had asked FEMA to extend the application deadline by 60 days
The agency said it was reviewing the request.
  > named_organization | fema | The agency | said | >

@excluded
Jolene Marchand contributed reporting from Baton Rouge.
A version of this article appears in print on Oct. 18, Section A, Page 14, with the headline: Storm Victims Without Deeds Wait for FEMA Aid.
''')

ARTICLES.append(r'''
@id k-central-bank-veltria-rate-hike
@style central_bank
Veltria's central bank unexpectedly raises rates to 6.25% as inflation defies forecasts

KASTRO -- The Bank of Veltria raised its benchmark interest rate by half a percentage point to 6.25% on Thursday, surprising markets that had expected a pause, and said inflation was likely to stay above its target well into next year.
  > named_organization | bov | The Bank of Veltria | said | inflation was likely to stay above its target well into next year
Only four of 22 economists had forecast an increase, according to a Reuters poll published last week.
  > document | poll | a Reuters poll published last week | according to | <
In a statement, the central bank said consumer prices rose 7.4% in the year to October, driven by food and rents, and that wage growth showed "no convincing sign" of cooling.
  > named_organization | bov | the central bank | said | >

Governor Aurelio Vasconcelos-Brandt told reporters the bank would "do what is necessary, for as long as necessary" to bring inflation back to 3%.
  > named_official | vasconcelos-brandt | Governor Aurelio Vasconcelos-Brandt | told reporters | >
"We would rather be early than late.
  > named_official | vasconcelos-brandt | Vasconcelos-Brandt | - | *
Being late is what got us here," Vasconcelos-Brandt said.
  > named_official | vasconcelos-brandt | Vasconcelos-Brandt | said | <
He declined to say whether the bank expected to raise rates again in January.
  > declined_comment | vasconcelos-brandt | He | declined to say whether the bank expected to raise rates again in January | - | resp=declined

The decision was not unanimous: two of the seven members of the Monetary Policy Committee voted to hold rates, the BoV said.
  > named_organization | bov | the BoV | said | <
Deputy Governor Ilse Marrow, one of the two dissenters, said in a speech in Brenholt hours later that the bank risked "tightening into a slowdown."
  > named_official | marrow | Deputy Governor Ilse Marrow, one of the two dissenters | said in a speech in Brenholt hours later | >
The other dissenter, Deputy Governor Petra Lindenau, did not speak publicly on Thursday, but she warned in a speech last month that household borrowing costs were already at a 15-year high.
  > named_official | lindenau | she | warned in a speech last month | >
Marrow said she expected unemployment, now 5.8%, to rise above 7% next year if the bank kept tightening.
  > named_official | marrow | Marrow | said | >

A staff paper presented to the committee before the vote projected that inflation would not fall below 5% until the end of next year, according to a person who has seen it.
  > anonymous_familiar | paper-reader | a person who has seen it | according to | <
Two people familiar with the committee's deliberations said the governor had argued that the bank's credibility was at stake after it missed its inflation target for a third straight year.
  > anonymous_familiar | familiar | Two people familiar with the committee's deliberations | said | >
The people, who asked not to be identified because the deliberations are confidential, said the committee also discussed a larger, three-quarter-point increase.
  > anonymous_familiar | familiar | The people | said | > | anon=who asked not to be identified because the deliberations are confidential
A bank spokesman declined to comment on the deliberations.
  > declined_comment | bov | A bank spokesman | declined to comment on the deliberations | - | resp=declined

The bank's quarterly inflation report and updated staff forecasts, released alongside the decision, show growth slowing to 0.9% next year from 2.6% this year.
  > document | inflation-report | The bank's quarterly inflation report and updated staff forecasts, released alongside the decision | show | >
Shares of Kestrel Savings, the country's largest mortgage lender, fell 6% after the announcement.
The company said in a filing that about a third of its mortgages would reset to higher rates next year.
  > named_organization | kestrel | The company | said in a filing | >
The Veltrian crown added 1.1% against the euro, and yields on two-year government bonds rose to their highest since 2008.
The bank had hoped to begin cutting rates by the middle of this year.
  > named_organization | bov | The bank | had hoped | to begin cutting rates by the middle of this year | nosrc

A former member of the bank's policy committee who now advises pension funds said the increase was "the right call, made a year too late."
  > named_person | ostrowski | A former member of the bank's policy committee who now advises pension funds | said | >
The former member, Jonas Ostrowski, said markets would now test whether the bank could hold its nerve if unemployment climbed.
  > named_person | ostrowski | The former member, Jonas Ostrowski | said | >
Some economists said the bank was making up for keeping rates at record lows through 2021.
  > anonymous_other | economists | Some economists | said | >
Finance Minister Dorotea Kask, a noted critic of the bank's previous governor, said the government respected the central bank's independence.
  > named_official | kask | Finance Minister Dorotea Kask, a noted critic of the bank's previous governor | said | >
Kastro's financial daily Handelsposten reported on Wednesday that the government had privately asked the bank to delay any increase until after budget talks.
  > media_report | handelsposten | Kastro's financial daily Handelsposten | reported | that the government had privately asked the bank to delay any increase until after budget talks
The prime minister's office did not immediately respond to a request for comment.
  > declined_comment | pm-office | The prime minister's office | did not immediately respond to a request for comment | - | resp=no_response
''')

ARTICLES.append(r'''
@id k-police-shooting-inquest-banning
@style police_shooting_inquest
Inquest jury finds deputies feared for their lives but splits on whether shooting was avoidable
  > named_organization | jury | Inquest jury | finds | deputies feared for their lives

ALDER CREEK, Wash. -- An inquest jury concluded on Friday that two Cascade County sheriff's deputies believed their lives were in danger when they shot and killed Terrell Banning outside a convenience store in November, but the six jurors split evenly on whether the deputies could have avoided firing.
  > named_organization | jury | An inquest jury | concluded | that two Cascade County sheriff's deputies believed their lives were in danger when they shot and killed Terrell Banning outside a convenience store in November
The jury's written answers to 41 questions, read aloud by the inquest administrator, show that three jurors believed the deputies had time to wait for a crisis negotiator who was 10 minutes away.
  > document | answers | The jury's written answers to 41 questions, read aloud by the inquest administrator | show | >
Banning, 34, who had been diagnosed with schizophrenia, had stopped at the store to buy cigarettes and was holding a kitchen knife when the deputies fired 11 shots.
The store is one of 40 run by Cedar Ridge Fuels, a chain based in Spokane.
The company said it had given investigators footage from four of its cameras.
  > named_organization | cedar-ridge | The company | said | >

Deputy Colin Ashworth testified on Tuesday that Banning had walked toward him with the knife raised and ignored at least six commands to drop it.
  > named_official | ashworth | Deputy Colin Ashworth | testified on Tuesday | >
"I had a second, maybe less.
  > named_official | ashworth | Ashworth | - | *
I did what I was trained to do," Ashworth told the jury.
  > named_official | ashworth | Ashworth | told the jury | <
His partner, Deputy Raymond Kelleher, testified that he fired after seeing Ashworth stumble backward on the wet pavement.
  > named_official | kelleher | His partner, Deputy Raymond Kelleher | testified | >
Kelleher said he had not known that Banning's mother had called 911 to ask for help with a mental health crisis.
  > named_official | kelleher | Kelleher | said | >
He acknowledged under questioning that neither deputy had used the Taser he carried.
  > named_official | kelleher | He | acknowledged under questioning | >

Dispatch recordings and body camera video played for the jury show that the call was relayed to the deputies as a "man with a knife" rather than a mental health call.
  > document | recordings | Dispatch recordings and body camera video played for the jury | show | >
The Cascade County Sheriff's Office said in a statement after the findings were read that its deputies had "acted within policy" and would return to patrol duty next week.
  > named_organization | ccso | The Cascade County Sheriff's Office | said in a statement | that its deputies had "acted within policy" and would return to patrol duty next week
CCSO said it had added crisis-intervention training for all patrol deputies in January.
  > named_organization | ccso | CCSO | said | >
The agency declined to say whether either deputy had been involved in a previous shooting.
  > declined_comment | ccso | The agency | declined to say whether either deputy had been involved in a previous shooting | - | resp=declined
Sheriff Dolores Ingebretsen could not be reached for comment on Friday.
  > declined_comment | ingebretsen | Sheriff Dolores Ingebretsen | could not be reached for comment | - | resp=unreachable

A woman who lives in an apartment above the store and watched the shooting from her window testified that Banning was "walking slowly, like he was confused."
  > named_person | delisle | A woman who lives in an apartment above the store and watched the shooting from her window | testified | >
The witness, Marguerite Delisle, said she never saw him raise the knife above his waist.
  > named_person | delisle | The witness, Marguerite Delisle | said | >
Banning's mother, Yvette Banning, said outside the courthouse that "half of this jury saw what I saw."
  > named_person | yvette-banning | Banning's mother, Yvette Banning | said outside the courthouse | >
The family's lawyer, Abdul-Karim Sutherland, said the family would file a wrongful-death lawsuit against the county next month.
  > named_official | sutherland | The family's lawyer, Abdul-Karim Sutherland | said | >
"Three people who heard every minute of this evidence decided those deputies did not have to shoot.
  > named_official | sutherland | Sutherland | - | *
That is not a close call, and it is not the end of this," Sutherland said.
  > named_official | sutherland | Sutherland | said | <

A use-of-force review completed by the sheriff's office in March found no violations of policy, according to a county official who has read it.
  > anonymous_official | county-official | a county official who has read it | according to | <
The official, who was not authorized to discuss personnel matters, said the review had not been given to the inquest jury.
  > anonymous_official | county-official | The official | said | > | anon=who was not authorized to discuss personnel matters
The Cascade County prosecutor's office said it would review the jury's findings before deciding whether to file charges.
  > named_organization | prosecutor | The Cascade County prosecutor's office | said | >
Some police reform advocates said the split showed that the inquest process, adopted by the county in 2022, was working as intended.
  > anonymous_other | advocates | Some police reform advocates | said | >
The Alder Creek Tribune first reported in December that the 911 call had been coded as a weapons call.
  > media_report | tribune | The Alder Creek Tribune | first reported | that the 911 call had been coded as a weapons call
''')

ARTICLES.append(r'''
@id k-admissions-scandal-summit-path
@style admissions_scandal
Consultant Paid Coaches to Pass Off Clients' Children as Recruits, Indictment Says
  > document | indictment | Indictment | Says | Consultant Paid Coaches to Pass Off Clients' Children as Recruits

BOSTON -- A college admissions consultant paid coaches at three universities more than $2.6 million to designate the children of wealthy clients as athletic recruits, including a teenager who had never rowed a boat, according to an indictment unsealed on Wednesday in federal court in Boston.
  > document | indictment | an indictment unsealed on Wednesday in federal court in Boston | according to | <
The consultant, Garrett Vale-Houston, 52, promised families a "guaranteed side door" into selective schools and charged as much as $400,000 per student, the indictment says.
  > document | indictment | the indictment | says | <
Vale-Houston founded Summit Path Advising, a consulting firm in Greenwich, Conn., in 2011.
The company said in a statement that it had closed its offices in March and was cooperating with investigators.
  > named_organization | summit-path | The company | said in a statement | >
Vale-Houston's lawyer, Miriam Abernethy-Cole, said her client would plead not guilty.
  > named_official | abernethy-cole | Vale-Houston's lawyer, Miriam Abernethy-Cole | said | >
Summit Path had planned to open an office in Los Angeles this year.
  > named_organization | summit-path | Summit Path | had planned | to open an office in Los Angeles this year | nosrc

Among those charged are the women's rowing coach at Ellery University, Kristin Sandvik, and the women's soccer coach at Danforth College, Alana Brightman.
Sandvik, who was placed on leave on Wednesday, said in a brief statement that she had "never accepted a dollar for a roster spot."
  > named_official | sandvik | Sandvik, who was placed on leave on Wednesday | said in a brief statement | >
Brightman resigned on Tuesday, a day before the charges were made public, the college said.
  > named_organization | danforth | the college | said | <
She could not be reached on Wednesday.
  > declined_comment | brightman | She | could not be reached | - | resp=unreachable
The indictment says she received $410,000 over four years, most of it wired to a private soccer club she owned.
  > document | indictment | The indictment | says | >

The acting U.S. attorney in Boston, Reginald Oyemade, said at a news conference that the clients had "bought a seat and then asked the taxpayers to chip in."
  > named_official | oyemade | The acting U.S. attorney in Boston, Reginald Oyemade | said at a news conference | >
The Internal Revenue Service, whose criminal investigators worked on the case, said that at least 38 families had claimed the payments as charitable deductions because Vale-Houston routed them through a foundation he controlled.
  > named_organization | irs | The Internal Revenue Service, whose criminal investigators worked on the case | said | >
The agency said it would seek back taxes and penalties from every one of those families.
  > named_organization | irs | The agency | said | >
The IRS declined to say whether any of the parents would face criminal charges.
  > declined_comment | irs | The IRS | declined to say whether any of the parents would face criminal charges | - | resp=declined

A parent who paid the firm $75,000 in 2021 said Vale-Houston told her the money would go to "a scholarship fund for kids who can't afford rowing."
  > named_person | ashdown | A parent who paid the firm $75,000 in 2021 | said | >
The parent, Celeste Ashdown of Darien, Conn., said her daughter enrolled at Ellery but withdrew last fall after learning how she had been admitted.
  > named_person | ashdown | The parent, Celeste Ashdown of Darien, Conn. | said | >
"I thought I was giving to charity.
  > named_person | ashdown | Ashdown | - | *
I was being used, and so was my kid," Ashdown said.
  > named_person | ashdown | Ashdown | said | <

An internal review commissioned by Ellery's trustees last year flagged 14 rowing recruits who never joined the team, according to a person who has read it.
  > anonymous_familiar | reader | a person who has read it | according to | <
Ellery's president, Naomi Whitsett, said in a letter to students and faculty that the university had "failed to ask questions it should have asked."
  > named_official | whitsett | Ellery's president, Naomi Whitsett | said in a letter to students and faculty | >
A university spokesman, Owen Pritchard-Lowe, declined to say whether the review had been given to prosecutors.
  > declined_comment | pritchard-lowe | A university spokesman, Owen Pritchard-Lowe | declined to say whether the review had been given to prosecutors | - | resp=declined
Bank records and emails cited in the indictment show that Vale-Houston sent coaches spreadsheets that listed clients' children alongside invented race times.
  > document | bank-emails | Bank records and emails cited in the indictment | show | >
Danforth stopped admitting recruited athletes without a review by its admissions dean in 2022, and Ellery added a similar rule last month.
Critics of athletic preferences in admissions say the case shows how easily the recruiting process can be gamed by families with money.
  > anonymous_other | critics | Critics of athletic preferences in admissions | say | >
The Ellery Chronicle, the student newspaper, reported in February that the rowing team's roster listed several students who had never attended a practice.
  > media_report | chronicle | The Ellery Chronicle, the student newspaper | reported | that the rowing team's roster listed several students who had never attended a practice
''')

ARTICLES.append(r'''
@id k-arms-sale-dasrah-interceptors
@style arms_sale
Administration moves ahead with $4.8 billion missile sale to Dasrah over objections in Congress

WASHINGTON -- The administration formally notified Congress on Monday of a proposed $4.8 billion sale of air-defense missiles and launchers to Dasrah, setting up a clash with lawmakers from both parties who have tried for months to block it.
The Defense Security Cooperation Agency, which manages foreign military sales for the Pentagon, said in its notice that the sale would "improve the security of a major partner" and help Dasrah defend itself against drone and missile attacks.
  > named_organization | dsca | The Defense Security Cooperation Agency, which manages foreign military sales for the Pentagon | said in its notice | >
The notice says the package includes 600 Skyward interceptor missiles, 24 launchers and training for Dasrahi crews.
  > document | notice | The notice | says | >
The missiles are built in Tucson by Halcrest Aerospace, which has lobbied for the sale since 2022.
The company said the deal would support about 1,100 jobs in Arizona and Alabama.
  > named_organization | halcrest | The company | said | >
A DSCA spokesman said the agency does not comment on proposed sales beyond its public notices.
  > named_organization | dsca | A DSCA spokesman | said | >

Sen. Warren Ashgrove, the top Democrat on the Foreign Relations Committee, said he would introduce a resolution of disapproval this week.
  > named_official | ashgrove | Sen. Warren Ashgrove, the top Democrat on the Foreign Relations Committee | said | >
Sen. Bradford Pendleton, a Kansas Republican who sits on the same committee, said he would co-sponsor it.
  > named_official | pendleton | Sen. Bradford Pendleton, a Kansas Republican who sits on the same committee | said | >
"We are being asked to send interceptors to a government that used the last batch to shoot down a civilian airliner and then lied about it.
  > named_official | pendleton | Pendleton | - | *
That is not a partner," Pendleton said.
  > named_official | pendleton | Pendleton | said | <
Ashgrove said the resolution was unlikely to survive a veto but would force every senator to take a position on the record.
  > named_official | ashgrove | Ashgrove | said | >
He said he had asked the State Department three times for a briefing on Dasrah's investigation of the airliner's downing and had been refused each time.
  > named_official | ashgrove | He | said | >

The State Department said in a statement that Dasrah had "taken meaningful steps" to prevent another such incident, including new rules for its air-defense crews.
  > named_organization | state-dept | The State Department | said in a statement | >
A department spokeswoman, Helena Voight, declined to say whether those rules had been shared with Congress.
  > declined_comment | voight | A department spokeswoman, Helena Voight | declined to say whether those rules had been shared with Congress | - | resp=declined
A classified annex sent with the notification requires Dasrah to accept American trainers at every launch site, according to two congressional aides who have read it.
  > anonymous_official | aides | two congressional aides who have read it | according to | <
The aides, who spoke on the condition of anonymity because the annex is classified, said it does not say what would happen if Dasrah refused.
  > anonymous_official | aides | The aides | said | > | anon=who spoke on the condition of anonymity because the annex is classified
The agency declined to discuss the annex.
  > declined_comment | dsca | The agency | declined to discuss the annex | - | resp=declined
The notification and an accompanying human rights certification signed by the secretary of state argue that the sale meets the requirements of the Arms Export Control Act.
  > document | notice-certification | The notification and an accompanying human rights certification signed by the secretary of state | argue | >

A former American ambassador to Dasrah who served under two presidents said the sale would give Washington "leverage it will otherwise lose to Moscow."
  > named_person | bascombe | A former American ambassador to Dasrah who served under two presidents | said | >
The former ambassador, Elinor Bascombe, now a fellow at the Marston Institute, said Dasrah had been shopping for Russian air-defense systems since last year.
  > named_person | bascombe | The former ambassador, Elinor Bascombe, now a fellow at the Marston Institute | said | >
Dasrahi officials have privately told the administration that they would buy Russian missiles if the sale fell through, according to a person familiar with the talks.
  > anonymous_familiar | familiar | a person familiar with the talks | according to | <
Dasrah's embassy in Washington did not respond to a request for comment.
  > declined_comment | embassy | Dasrah's embassy in Washington | did not respond to a request for comment | - | resp=no_response
Human rights groups have urged Congress to block the sale until Dasrah releases its report on the airliner's downing, in which 143 people died.
  > anonymous_other | rights-groups | Human rights groups | have urged | Congress to block the sale until Dasrah releases its report on the airliner's downing
The administration stopped a smaller sale of guided bombs to Dasrah in 2023 and added human rights conditions to two other sales in the region last year.
It had hoped to send the notification before the August recess but held it back while Dasrah's inquiry into the airliner's downing stalled.
  > named_organization | administration | It | had hoped | to send the notification before the August recess | nosrc
Defense Newswire first reported the notification on Monday morning.
  > media_report | newswire | Defense Newswire | first reported | the notification on Monday morning
''')

ARTICLES.append(r'''
@id k-biotech-trial-nerevant-als
@style biotech_trial
Nerevant halts late-stage ALS trial after four patient deaths

Nerevant Therapeutics said Monday that it had stopped dosing patients in a late-stage trial of its experimental ALS drug after four participants died of liver failure, sending its shares down 61%.
  > named_organization | nerevant | Nerevant Therapeutics | said | that it had stopped dosing patients in a late-stage trial of its experimental ALS drug after four participants died of liver failure
The Cambridge, Massachusetts-based company said the 412-patient trial's independent data monitoring committee had recommended the pause after reviewing the deaths, which occurred at sites in the United States and Spain.
  > named_organization | nerevant | The Cambridge, Massachusetts-based company | said | >
Chief executive Dr. Sunil Marwaha said on a call with analysts that the company did not yet know whether the drug, NRV-220, had caused the deaths.
  > named_official | marwaha | Chief executive Dr. Sunil Marwaha | said on a call with analysts | >
"We owe these families the truth, and we will find it.
  > named_official | marwaha | Marwaha | - | *
But we are not going to speculate on a conference call about what killed four people," Marwaha said.
  > named_official | marwaha | Marwaha | said | <
He declined to say how many patients in the trial had shown signs of liver damage.
  > declined_comment | marwaha | He | declined to say how many patients in the trial had shown signs of liver damage | - | resp=declined

The Food and Drug Administration placed the trial on clinical hold on Friday, according to a notice on the agency's website.
  > document | fda-notice | a notice on the agency's website | according to | <
An FDA spokeswoman said the agency does not discuss individual drug applications.
  > named_organization | fda | An FDA spokeswoman | said | >
The agency had granted NRV-220 breakthrough therapy designation in 2023, a status meant to speed the review of drugs for serious diseases.

The trial is being run for Nerevant by Parallax Clinical Research, a contract research organization in Durham, North Carolina.
The company said in an email that it had notified all 64 trial sites and was "fully supporting Nerevant and the investigators."
  > named_organization | parallax | The company | said in an email | >
A securities filing and a letter sent to trial sites on Saturday show that three of the four patients who died had received the highest dose of the drug.
  > document | filing-letter | A securities filing and a letter sent to trial sites on Saturday | show | >
The monitoring committee's recommendation also told Nerevant to test every remaining participant's liver enzymes within a week, according to a person who has seen it.
  > anonymous_familiar | seen-recommendation | a person who has seen it | according to | <
The person, who asked not to be identified because the recommendation is confidential, said the committee had flagged elevated enzymes in a routine safety review in June.
  > anonymous_familiar | seen-recommendation | The person | said | > | anon=who asked not to be identified because the recommendation is confidential

Kavya Mehrotra, an analyst at Bellwood Securities, cut her price target on the stock to $9 from $48 and said Nerevant's only other drug was years from the market.
  > named_person | mehrotra | Kavya Mehrotra, an analyst at Bellwood Securities | said | >
Another analyst, Josephine Varga of Lindell & Co., said she still saw a path forward for the drug at a lower dose.
  > named_person | varga | Another analyst, Josephine Varga of Lindell & Co. | said | >
"The efficacy data in the first 100 patients were the best anyone has seen in ALS," Varga wrote in a note to clients.
  > named_person | varga | Varga | wrote in a note to clients | <
Mehrotra said she doubted regulators would let the company resume the trial without a new safety study.
  > named_person | mehrotra | Mehrotra | said | >

A trial participant in Columbus, Ohio, who was diagnosed with ALS in 2022 said he had been told by phone on Sunday to stop taking the drug.
  > named_person | whitford | A trial participant in Columbus, Ohio, who was diagnosed with ALS in 2022 | said | >
The participant, Gordon Whitford, 58, a retired high school principal, said his walking had improved during the trial and that he would take the risk of continuing if allowed.
  > named_person | whitford | The participant, Gordon Whitford, 58, a retired high school principal | said | >
"When you have this disease, liver risk is not the scariest thing on the menu," he said.
  > named_person | whitford | he | said | <
ALS patient advocates, who pushed the FDA for a speedy review of the drug, said they were devastated by the news.
  > anonymous_other | advocates | ALS patient advocates | said | >
Nerevant, noted on Wall Street for the speed of its trials, added three sites in Spain in April to finish enrollment sooner.
The company had planned to apply for approval early next year.
  > named_organization | nerevant | The company | had planned | to apply for approval early next year | nosrc
The trade publication BioSignal first reported the clinical hold on Saturday.
  > media_report | biosignal | The trade publication BioSignal | first reported | the clinical hold on Saturday

@excluded
Correction: An earlier version of this article misstated the number of patients enrolled in the trial. It is 412, not 421.
''')

ARTICLES.append(r'''
@id k-council-recall-esquivel
@style council_recall
Recall of Councilman Martin Esquivel qualifies for March ballot, county says
  > named_organization | registrar | county | says | Recall of Councilman Martin Esquivel qualifies for March ballot

SANTA INEZ, Calif. -- An effort to recall City Councilman Martin Esquivel has gathered enough valid signatures to force a special election in March, the Bayside County Registrar of Voters said on Thursday.
  > named_organization | registrar | the Bayside County Registrar of Voters | said on Thursday | <
The registrar's office said it had verified 6,214 signatures, about 300 more than the 20 percent of registered voters in Esquivel's district that state law requires.
  > named_organization | registrar | The registrar's office | said | >
Esquivel, a two-term councilman, has been under pressure since June, when he cast the deciding vote to approve 600 homes on the site of a closed golf course in his district.

Esquivel said in a statement that the recall was being "paid for by people who lost a zoning vote" and that he would take his case to voters door to door.
  > named_official | esquivel | Esquivel | said in a statement | >
"I was elected to make hard decisions.
  > named_official | esquivel | Esquivel | - | *
I made one, and I would make it again tomorrow," Esquivel said.
  > named_official | esquivel | Esquivel | said | <
Councilman Dale Hutchins, who voted against the housing project, said he supported the recall because Esquivel had ignored "thousands of neighbors who begged him to slow down."
  > named_official | hutchins | Councilman Dale Hutchins, who voted against the housing project | said | >
Another councilman, Vernon Staley, who voted with Esquivel, said he feared the recall would leave every council member afraid to approve new housing.
  > named_official | staley | Another councilman, Vernon Staley, who voted with Esquivel | said | >
Staley said he had received threatening voicemails after the vote.
  > named_official | staley | Staley | said | >
He said he had given recordings of them to the police.
  > named_official | staley | He | said | >
Esquivel had hoped to run for mayor in 2026.
  > named_official | esquivel | Esquivel | had hoped | to run for mayor in 2026 | nosrc

The recall committee hired Sierra Crest Petition Services, a signature-gathering firm in Sacramento, in July.
The company said its workers were paid by the hour, not by the signature.
  > named_organization | sierra-crest | The company | said | >
Campaign finance reports and county election records show that the committee has raised $212,000, more than 80 percent of it from a group called Save Our Fairways.
  > document | records | Campaign finance reports and county election records | show | >
The Fair Political Practices Commission, the state's campaign finance watchdog, said on Friday that it had opened an investigation into whether Save Our Fairways failed to disclose its donors.
  > named_organization | fppc | The Fair Political Practices Commission, the state's campaign finance watchdog | said on Friday | >
The agency said such investigations usually take more than a year.
  > named_organization | fppc | The agency | said | >
An FPPC spokeswoman declined to say who had filed the complaint.
  > declined_comment | fppc | An FPPC spokeswoman | declined to say who had filed the complaint | - | resp=declined
The complaint names a golf course developer who lost a bid to buy the site, according to a person who has read it.
  > anonymous_familiar | reader | a person who has read it | according to | <
Save Our Fairways did not respond to an email and a phone message.
  > declined_comment | save-our-fairways | Save Our Fairways | did not respond to an email and a phone message | - | resp=no_response

A man who owns a hardware store on Camino Real near the old golf course said he signed the recall petition outside a grocery store in August.
  > named_person | navarrete | A man who owns a hardware store on Camino Real near the old golf course | said | >
The store owner, Gilbert Navarrete, 61, said he had been told the petition was about "saving the golf course," not removing Esquivel.
  > named_person | navarrete | The store owner, Gilbert Navarrete, 61 | said | >
"Nobody said the word recall," Navarrete said.
  > named_person | navarrete | Navarrete | said | <
Some residents who signed the petition have asked the registrar to remove their names, according to a county elections official.
  > anonymous_official | elections-official | a county elections official | according to | <
The official, who was not authorized to speak publicly, said the office had received 37 such requests but that state law does not allow signatures to be withdrawn once they are submitted.
  > anonymous_official | elections-official | The official | said | > | anon=who was not authorized to speak publicly
The council added $410,000 to next year's budget on Tuesday to pay for the special election.
The Santa Inez Sentinel reported in August that some signature gatherers had told voters the petition would stop the housing project.
  > media_report | sentinel | The Santa Inez Sentinel | reported | that some signature gatherers had told voters the petition would stop the housing project
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
