"""Build corpus/articles/v.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (grain_elevator_explosion, counterfeit_wine_auction, toll_road_billing_glitch,
shipping_container_loss_overboard, beekeeper_pesticide_dispute, orchestra_tenure_dispute,
marathon_course_mismeasure, student_housing_mold, fintech_payment_outage,
algae_bloom_lake_closure, cemetery_burial_mixup, hot_air_balloon_crash_inquiry), in the voices
of several kinds of outlet (wire copy twice, a national paper with honorifics, a local TV
website, maritime trade press, a public-radio website, a magazine feature in the present tense,
a sports desk, a student newspaper, a business wire, an explainer Q&A on a local news site, a
regional daily), each article built to test source grouping and typing (two people of one
gender and one role close together, then a pronoun for the second; a person described first
and named later; anonymous officials granted anonymity with a stated reason; an institution
under its full name, its acronym and "the agency"/"the department"/"the authority"/"the board";
an institution under two names (ResLife, a water utility under its former name); a company
named only in the reporter's own words before "the company said", twice with a second company
named in between; named and unnamed spokespeople; people familiar with the matter repeated as
"the people" and "one of the people"; vague anonymous sources ("some parents say", "critics
say", "insiders believe"); headline attributions repeating a body source; documents (a report,
court filings, a memo, a letter, a study, records, two documents joined as one source) and
media reports ("as first reported by", the outlet's own earlier reporting); non-answers of all
three kinds; quotes that run over several sentences or continue after "X said."; "told",
"added", "noted", "called", "stopped" and "claimed" used where they are not cues; a
reporter's-voice want marked not sourcing). About half end with a footer of excluded
boilerplate. Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_v.py [--render]
     python corpus/build_articles_v.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                      given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "v.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id v-grain-elevator-explosion-hollis
@style grain_elevator_explosion
Explosion at Kansas grain elevator kills 3 workers, sheriff says
  > named_official | brandvold | sheriff | says | Explosion at Kansas grain elevator kills 3 workers

HOLLIS, Kan. -- An explosion tore through a grain elevator on the edge of this farm town on Tuesday morning, killing three workers and injuring five others, Reno Valley County Sheriff Dale Brandvold said.
  > named_official | brandvold | Reno Valley County Sheriff Dale Brandvold | said | <
Brandvold said the blast happened shortly after 9 a.m. as a crew was loading wheat into rail cars, and that it was heard 10 miles away.
  > named_official | brandvold | Brandvold | said | >
Two of the injured were flown to a burn unit in Wichita, he said.
  > named_official | brandvold | he | said | <

"We have a lot of families in this town waiting on phone calls right now," Brandvold told reporters at a roadside briefing.
  > named_official | brandvold | Brandvold | told reporters at a roadside briefing | <
"Please stay away from the site and let the crews work."
  > named_official | brandvold | Brandvold | - | *

The elevator is owned by Prairie Gold Cooperative, which runs 14 grain sites across central Kansas.
Prairie Gold said in a statement that it was "heartbroken" and that the Hollis site had passed an insurance inspection in April.
  > named_organization | prairie-gold | Prairie Gold | said in a statement | >
A cooperative spokeswoman declined to release the names of the dead until their families had been notified.
  > declined_comment | prairie-gold | A cooperative spokeswoman | declined to release the names of the dead until their families had been notified | - | resp=declined
In May, the cooperative hired Sallow Creek Industrial, a contractor based in Salina, to replace the elevator's dust-collection system.
The company said Tuesday that its crew had finished the work on June 12 and that none of its employees were at the site when the explosion happened.
  > named_organization | sallow-creek | The company | said Tuesday | >

An official with the state fire marshal's office, who spoke on condition of anonymity because the cause had not been determined, said investigators were focusing on grain dust that may have ignited inside a conveyor tunnel beneath the elevator.
  > anonymous_official | marshal-official | An official with the state fire marshal's office | said | > | anon=who spoke on condition of anonymity because the cause had not been determined
The official said a spark from a worn bearing was one possibility.
  > anonymous_official | marshal-official | The official | said | >

The Occupational Safety and Health Administration said it had opened an inspection.
  > named_organization | osha | The Occupational Safety and Health Administration | said | >
OSHA said its inspectors reached Hollis by early afternoon.
  > named_organization | osha | OSHA | said | >
The agency cited Prairie Gold in 2021 for letting dust pile up at another of its elevators, in Marden, according to federal enforcement records.
  > document | osha-records | federal enforcement records | according to | <
The records show that the fine in that case was cut from $38,000 to $21,000 in a settlement.
  > document | osha-records | The records | show | >
The agency said it has up to six months to finish its inspection and issue any citations.
  > named_organization | osha | The agency | said | >

Lorna Pfeifer, who lives across the highway from the elevator, said the explosion knocked pictures off her living room wall.
  > named_person | pfeifer | Lorna Pfeifer, who lives across the highway from the elevator | said | >
"I thought a train had come off the tracks," Pfeifer said.
  > named_person | pfeifer | Pfeifer | said | <
"Then I looked out the window and the top of the elevator was just gone."
  > named_person | pfeifer | Pfeifer | - | *

All told, the elevator held about 1.2 million bushels of wheat, and the fire burned into the evening.
Volunteer crews from four counties stopped the flames from reaching a fertilizer warehouse next door.
Some farmers who sell to the cooperative say they had complained for years about dust blowing off the site.
  > anonymous_other | farmers | Some farmers who sell to the cooperative | say | >
Gov. Marisa Toller said she would visit Hollis on Wednesday.
  > named_official | toller | Gov. Marisa Toller | said | >
The union that represents some of the elevator's workers could not be reached.
  > declined_comment | union | The union that represents some of the elevator's workers | could not be reached | - | resp=unreachable

@excluded
Copyright 2025 The Heartland Wire. All rights reserved.
This material may not be published, broadcast, rewritten or redistributed.
''')

ARTICLES.append(r'''
@id v-counterfeit-wine-auction-ostrander
@style counterfeit_wine_auction
Auction House Sold Fake 1947 Bordeaux for $410,000, Lawsuit Says
  > document | lawsuit | Lawsuit | Says | Auction House Sold Fake 1947 Bordeaux for $410,000

For nearly a decade, Gerald Ostrander bought rare wine the way some men his age buy vintage cars: steadily, expensively and with a certain amount of bragging.
Now Mr. Ostrander, a retired orthodontist in Greenwich, Conn., says the most valuable bottles he ever bought -- a case of 1947 Château Vermaux, purchased at auction in 2019 for $410,000 -- are counterfeit.
  > named_person | ostrander | Mr. Ostrander, a retired orthodontist in Greenwich, Conn. | says | >
In a lawsuit filed on Monday in federal court in Manhattan, he accuses the auction house that sold them, Halloway & Crane, of ignoring warnings from its own staff that the labels and corks were wrong for the vintage.
  > named_person | ostrander | he | accuses | the auction house that sold them, Halloway & Crane, of ignoring warnings from its own staff that the labels and corks were wrong for the vintage
The lawsuit says the auction house's wine department flagged the case as "problematic" two weeks before the sale and that executives put it in the catalog anyway.
  > document | lawsuit | The lawsuit | says | >
Mr. Ostrander called his lawyer the afternoon a report from a Paris authenticator arrived, according to the lawsuit.
  > document | lawsuit | the lawsuit | according to | <

The authenticator, Colette Marchand, a noted expert who has testified in several counterfeiting trials, said the bottles' glass was made by a process not used until the 1960s.
  > named_person | marchand | The authenticator, Colette Marchand, a noted expert who has testified in several counterfeiting trials | said | >
Ruth Abernathy, a former auction specialist who now runs a consulting firm in San Francisco and examined the bottles separately, said the labels had been printed on a modern laser printer.
  > named_person | abernathy | Ruth Abernathy, a former auction specialist who now runs a consulting firm in San Francisco and examined the bottles separately | said | >
She said the wax capsules were also wrong, too soft and too bright, and that the bottles had probably been filled within the last 20 years.
  > named_person | abernathy | She | said | >
"The labels are the easy part," Ms. Abernathy said in an interview.
  > named_person | abernathy | Ms. Abernathy | said in an interview | <
"Anyone who had handled a real 1947 would have stopped at the capsules."
  > named_person | abernathy | Ms. Abernathy | - | *

Halloway & Crane, founded in 1889, holds about a dozen wine sales a year and has sold more than $60 million of wine since 2015.
It acquired the Vermaux case from Verdier Cellars, a merchant in Lyon that closed in 2021.
The company said in a statement on Tuesday that it "categorically rejects" the lawsuit's claims and that its specialists had inspected every bottle before the sale.
  > named_organization | halloway | The company | said in a statement on Tuesday | >
A lawyer for the auction house, Martin Fessler, declined to comment further.
  > declined_comment | fessler | A lawyer for the auction house, Martin Fessler | declined to comment further | - | resp=declined
Luc Verdier, who owned the Lyon firm, could not be reached.
  > declined_comment | verdier | Luc Verdier, who owned the Lyon firm | could not be reached | - | resp=unreachable

A former Halloway & Crane employee who worked in the wine department from 2016 to 2020 said she had raised concerns about the Vermaux case in writing before the sale.
  > named_person | venkataraman | A former Halloway & Crane employee who worked in the wine department from 2016 to 2020 | said | >
The former employee, Priya Venkataraman, said that she was told to "focus on the catalog copy" and that she left the company a year later.
  > named_person | venkataraman | The former employee, Priya Venkataraman | said | >
A letter from the auction house's general counsel to Mr. Ostrander's lawyers, dated March 3, says Ms. Venkataraman's concerns were "reviewed and resolved" at the time.
  > document | letter | A letter from the auction house's general counsel to Mr. Ostrander's lawyers, dated March 3 | says | >

Federal investigators have also taken an interest in the case, according to two people familiar with the matter.
  > anonymous_familiar | familiar | two people familiar with the matter | according to | <
The people said F.B.I. agents had interviewed at least two former employees of the auction house this spring.
  > anonymous_familiar | familiar | The people | said | >
One of the people said the agents had asked about other bottles that came from Verdier Cellars.
  > anonymous_familiar | familiar | One of the people | said | >
A federal law enforcement official, who spoke on the condition of anonymity because the inquiry was continuing, said no one had been charged.
  > anonymous_official | fed-official | A federal law enforcement official | said | > | anon=who spoke on the condition of anonymity because the inquiry was continuing
The F.B.I. did not respond to a request for comment.
  > declined_comment | fbi | The F.B.I. | did not respond to a request for comment | - | resp=no_response

As first reported by Cellar Notes, a trade newsletter, the auction house quietly withdrew six other bottles of 1947 Vermaux from a London sale last month.
  > media_report | cellar-notes | Cellar Notes, a trade newsletter | As first reported by | >
"I bought them to drink someday with my grandchildren," Mr. Ostrander said.
  > named_person | ostrander | Mr. Ostrander | said | <
"Now I suppose they're evidence."
  > named_person | ostrander | Mr. Ostrander | - | *
''')

ARTICLES.append(r'''
@id v-toll-road-double-billing-route-9
@style toll_road_billing_glitch
Thousands of Route 9 drivers double-billed for tolls, authority says
  > named_organization | ccta | authority | says | Thousands of Route 9 drivers double-billed for tolls

DENTON PARK -- More than 41,000 drivers were charged twice for the same trips on the Route 9 Express toll lanes last month, the Central Corridor Toll Authority said Thursday.
  > named_organization | ccta | the Central Corridor Toll Authority | said Thursday | <
The CCTA said the duplicate charges, which totaled about $1.7 million, came from a software update that its billing vendor, Arcline Tolling Solutions, installed on Sept. 2.
  > named_organization | ccta | The CCTA | said | >
The authority said every overcharged account would be credited by Oct. 15.
  > named_organization | ccta | The authority | said | >

Arcline, which also runs billing for toll roads in three other states, said in a statement that it had "identified and corrected" the error.
  > named_organization | arcline | Arcline, which also runs billing for toll roads in three other states | said in a statement | >
Its chief operating officer, Dennis Kahale, did not respond to an email from 7 News.
  > declined_comment | kahale | Its chief operating officer, Dennis Kahale | did not respond to an email from 7 News | - | resp=no_response

CCTA spokeswoman Janelle Ortiz said customers do not need to do anything to get their money back.
  > named_official | ortiz | CCTA spokeswoman Janelle Ortiz | said | >
"If you were charged twice, you will see the credit on your account automatically," Ortiz said.
  > named_official | ortiz | Ortiz | said | <
"Nobody has to call us, and nobody has to fill out a form."
  > named_official | ortiz | Ortiz | - | *
Another authority spokesperson said late fees triggered by the double charges would also be waived.
  > named_organization | ccta | Another authority spokesperson | said | >

Drivers who spoke with 7 News said the credits cannot come soon enough.
  > anonymous_other | drivers-7news | Drivers who spoke with 7 News | said | >
Marcus Bell, a delivery driver from Fairhaven, said he was charged $312 twice in the same week.
  > named_person | bell | Marcus Bell, a delivery driver from Fairhaven | said | >
Another delivery driver, Tom Reyes, said his bank account was overdrawn after the second charge went through.
  > named_person | reyes | Another delivery driver, Tom Reyes | said | >
He said he had to borrow money from his sister to cover rent.
  > named_person | reyes | He | said | >
Some drivers say they have stopped using the express lanes altogether.
  > anonymous_other | some-drivers | Some drivers | say | >

An internal memo obtained by 7 News shows that authority staff warned Arcline in August that the update had not been fully tested.
  > document | memo | An internal memo obtained by 7 News | shows | >
The memo, written by the authority's director of revenue operations, says testing was "cut short to meet the go-live date."
  > document | memo | The memo, written by the authority's director of revenue operations | says | >
A member of the authority's board, who asked not to be named because the board has not discussed the memo publicly, said board members learned of it only this week.
  > anonymous_official | board-member | A member of the authority's board | said | > | anon=who asked not to be named because the board has not discussed the memo publicly

7 News first reported the double charges last week, after viewers sent in copies of their statements.
  > media_report | 7news | 7 News | first reported | the double charges
State Sen. Carla Whitcomb, who chairs the Senate Transportation Committee, said she would call authority executives to testify at a hearing next month.
  > named_official | whitcomb | State Sen. Carla Whitcomb, who chairs the Senate Transportation Committee | said | >
The authority's contract with Arcline runs through 2027, according to the agency's procurement records.
  > document | procurement | the agency's procurement records | according to | <
Drivers who were overcharged can also claim back any bank fees through a form on the authority's website.

@excluded
Share this story: Facebook | X | Email
Related: Toll authority board approves new rate plan for 2026
Copyright 2025 KTVR. All rights reserved.
''')

ARTICLES.append(r'''
@id v-container-loss-meridian-star
@style shipping_container_loss_overboard
Meridian Star lost 146 containers in Pacific storm, flag registry says
  > named_organization | registry | flag registry | says | Meridian Star lost 146 containers in Pacific storm

The 9,400 TEU containership Meridian Star lost 146 containers overboard in a storm about 600 nautical miles southeast of Hokkaido on Nov. 4, the Corvane Islands International Ship Registry said in a casualty notice on Monday.
  > named_organization | registry | the Corvane Islands International Ship Registry | said in a casualty notice on Monday | <
The registry said a further 62 boxes had collapsed on deck and that two crew members suffered minor injuries while securing the stacks.
  > named_organization | registry | The registry | said | >
A Japan Coast Guard official, who was not authorized to speak to the media, said at least 30 of the lost containers were still afloat on Tuesday and posed a danger to fishing boats.
  > anonymous_official | jcg-official | A Japan Coast Guard official | said | > | anon=who was not authorized to speak to the media

The ship is managed by Halden Shipmanagement of Limassol and is on long-term charter to Trans-Oriental Lines, which runs it on a loop between Busan and Long Beach.
The company said in an emailed statement that its crew had followed the master's heavy-weather plan and that the ship was anchored off Yokohama awaiting a survey.
  > named_organization | halden | The company | said in an emailed statement | >
Trans-Oriental said it was contacting the owners of cargo in the lost boxes and had declared general average, which means cargo owners will share the cost of the casualty.
  > named_organization | tol | Trans-Oriental | said | it was contacting the owners of cargo in the lost boxes and had declared general average
The line added a fifth ship to the loop in September to cope with strong transpacific demand.
A Trans-Oriental spokesman, Kenji Ashworth, said the line would run an extra sailing from Busan in December to make up the lost capacity.
  > named_official | ashworth | A Trans-Oriental spokesman, Kenji Ashworth | said | >

The ship's deck log and a preliminary survey report by the classification society Nordvik Register show that the vessel altered course twice in the six hours before the losses, both times to keep a berth window in Long Beach.
  > document | log-report | The ship's deck log and a preliminary survey report by the classification society Nordvik Register | show | >
Both documents record rolling of up to 28 degrees at about 03:40 local time.
  > document | log-report | Both documents | record | rolling of up to 28 degrees at about 03:40 local time
Nordvik Register declined to comment beyond its report.
  > declined_comment | nordvik | Nordvik Register | declined to comment beyond its report | - | resp=declined

The ship called at Busan on Oct. 30.
Heavy containers were loaded high in the aft stacks there, according to two people familiar with the stowage plan.
  > anonymous_familiar | familiar | two people familiar with the stowage plan | according to | <
The people said the plan had been approved by the charterer's planners in Busan.
  > anonymous_familiar | familiar | The people | said | >
One of the people said lashing rods on two aft bays had been flagged for replacement at an earlier port call but were not changed.
  > anonymous_familiar | familiar | One of the people | said | >
The ship's protection and indemnity insurer, Thamesmark Mutual, did not respond to a request for comment.
  > declined_comment | thamesmark | The ship's protection and indemnity insurer, Thamesmark Mutual | did not respond to a request for comment | - | resp=no_response

Containers lost at sea averaged about 1,500 a year from 2020 to 2023, according to figures from the Marine Cargo Safety Forum, an industry group.
  > document | mcsf-figures | figures from the Marine Cargo Safety Forum, an industry group | according to | <
Inge Solvang, a container-safety consultant in Oslo, said parametric rolling is well understood and can usually be avoided by changing speed or heading.
  > named_person | solvang | Inge Solvang, a container-safety consultant in Oslo | said | >
"Schedules are not a reason to take a ship into that sea," Solvang said.
  > named_person | solvang | Solvang | said | <
"Every master knows it, and every charterer knows it too."
  > named_person | solvang | Solvang | - | *
Some masters say schedule pressure from charterers keeps ships from detouring around storms.
  > anonymous_other | masters | Some masters | say | >
Boxline Weekly reported last week that Halden had asked an independent surveyor for a second opinion on the ship's lashing equipment.
  > media_report | boxline | Boxline Weekly | reported last week | >
''')

ARTICLES.append(r'''
@id v-beekeeper-pesticide-dispute-red-willow
@style beekeeper_pesticide_dispute
Hive die-off near Red Willow under investigation, state agriculture department says
  > named_organization | mda | state agriculture department | says | Hive die-off near Red Willow under investigation

RED WILLOW, Minn. -- Jim Tolvstad opened the first hive of the morning on a Tuesday in late June and found the floor of the box covered in dead bees.
By the end of the week, he says, 212 of his 400 colonies were dead or dying.
  > named_person | tolvstad | he | says | By the end of the week ;; 212 of his 400 colonies were dead or dying
Tolvstad, a noted queen breeder who has kept bees along the Crow River for 31 years, blames a fungicide and insecticide mix that a crop-dusting plane sprayed on cornfields next to his bee yards.
  > named_person | tolvstad | Tolvstad, a noted queen breeder who has kept bees along the Crow River for 31 years | blames | a fungicide and insecticide mix that a crop-dusting plane sprayed on cornfields next to his bee yards
Another beekeeper, Dale Hennen, whose hives sit three miles downstream, says he lost about a third of his colonies the same week.
  > named_person | hennen | Another beekeeper, Dale Hennen, whose hives sit three miles downstream | says | >
He says he has sent samples of the dead bees to a private lab in Wisconsin.
  > named_person | hennen | He | says | >

The Minnesota Department of Agriculture says it has received 14 complaints of suspected pesticide drift in Wright and Meeker counties since June.
  > named_organization | mda | The Minnesota Department of Agriculture | says | >
MDA says its inspectors collected bees, pollen and leaves from nine sites in early July.
  > named_organization | mda | MDA | says | >
The department says lab results are expected by the end of August.
  > named_organization | mda | The department | says | >
A department spokesperson, Nate Garrity, says the agency cannot discuss open investigations.
  > declined_comment | garrity | A department spokesperson, Nate Garrity | says the agency cannot discuss open investigations | - | resp=declined

Spray records from the county, which the beekeepers obtained through a public records request, show the mix included Veloxa, a fungicide made by Corvant Crop Science.
  > document | spray-records | Spray records from the county, which the beekeepers obtained through a public records request | show | >
The company says Veloxa is "practically non-toxic to bees" when it is applied according to its label.
  > named_organization | corvant | The company | says | >
The insecticide in the mix was sold by a second company, Hartwell Agri, which did not respond to requests for comment.
  > declined_comment | hartwell | Hartwell Agri | did not respond to requests for comment | - | resp=no_response
The owner of the crop-dusting service could not be reached.
  > declined_comment | duster | The owner of the crop-dusting service | could not be reached | - | resp=unreachable

A 2022 study by researchers at Prairie State University found that Veloxa, when mixed with some common insecticides, made honeybees up to 20 times more sensitive to the insecticide.
  > document | study | A 2022 study by researchers at Prairie State University | found | >
Dr. Amara Okafor, an entomologist at the university who led the study, says drift from aerial spraying can carry more than a mile on a windy day.
  > named_person | okafor | Dr. Amara Okafor, an entomologist at the university who led the study | says | >
"Bees don't read the label," Okafor says.
  > named_person | okafor | Okafor | says | <
"They forage wherever the flowers are, and in July that's the ditches right next to the corn."
  > named_person | okafor | Okafor | - | *

Some farmers in the area say the beekeepers are rushing to judgment, since hives across the state have struggled with mites and a wet spring.
  > anonymous_other | farmers | Some farmers in the area | say | >
State Rep. Ingrid Sather, a Democrat from Litchfield, says she will introduce a bill next session requiring 48 hours' notice to registered beekeepers before any aerial spraying.
  > named_official | sather | State Rep. Ingrid Sather, a Democrat from Litchfield | says | >
Tolvstad has stopped selling queens for the rest of the summer.
"I'm not against farmers," he says.
  > named_person | tolvstad | he | says | <
"I'm against losing half my living in a week."
  > named_person | tolvstad | he | - | *

@excluded
Support independent local journalism: make a gift to Northern Plains Public Radio today.
Sign up for the Morning Edition newsletter.
Related: How to register your hives on the state's sensitive-crops map
''')

ARTICLES.append(r'''
@id v-orchestra-tenure-dispute-harbor-city
@style orchestra_tenure_dispute
The Oboist Who Didn't Get Tenure

On a gray morning in March, Lena Ashcombe sits in the last row of an empty balcony at Meridian Hall and listens to the Harbor City Symphony Orchestra rehearse Brahms without her.
Until February, she was its principal oboist.
Then the orchestra's tenure committee, nine musicians and the music director, voted 6 to 4 against giving her a permanent contract, and her two-year trial ended with a letter.
The letter, which Ashcombe shares with this magazine, says only that her "sound concept" is "not yet aligned with the orchestra's."
  > document | letter | The letter, which Ashcombe shares with this magazine | says | her "sound concept" is "not yet aligned with the orchestra's."
"You practice for twenty years to win one audition," Ashcombe says.
  > named_person | ashcombe | Ashcombe | says | <
"Then you win it, and it turns out that was the easy part."
  > named_person | ashcombe | Ashcombe | - | *
"I still don't know what they wanted to hear."
  > named_person | ashcombe | Ashcombe | - | *

Below her, the music director, Anton Vresk, stops the orchestra in the middle of the slow movement to fix a bowing in the violas.
Vresk, who has led the orchestra since 2016, declines to be interviewed for this article.
  > declined_comment | vresk | Vresk, who has led the orchestra since 2016 | declines to be interviewed for this article | - | resp=declined
The Harbor City Symphony Orchestra says in a statement that tenure decisions "reflect the collective artistic judgment of the orchestra's musicians and its music director."
  > named_organization | hcso | The Harbor City Symphony Orchestra | says in a statement | >
The HCSO says Ashcombe will be paid through the end of the season and is welcome to audition for the job again.
  > named_organization | hcso | The HCSO | says | >

Ashcombe's colleagues in the woodwind section are less guarded.
Marisol Duque, who plays flute in the orchestra, says the section had recommended Ashcombe unanimously.
  > named_person | duque | Marisol Duque, who plays flute in the orchestra | says | >
Grace Pell, who also plays flute, says the section was never told why the committee overruled it.
  > named_person | pell | Grace Pell, who also plays flute | says | >
She says several players have since stopped speaking to one another at rehearsals.
  > named_person | pell | She | says | >
"It poisons the room," Pell says.
  > named_person | pell | Pell | says | <

Two people who were in the room for the vote, who ask not to be named because the committee's deliberations are confidential, say Ashcombe's playing was barely discussed.
  > anonymous_familiar | room | Two people who were in the room for the vote | say | > | anon=who ask not to be named because the committee's deliberations are confidential
The people say the discussion turned instead on a complaint from a senior brass player that Ashcombe had been "difficult" at a tour hotel in Vienna.
  > anonymous_familiar | room | The people | say | >
One of the people says Vresk spoke for less than a minute and did not mention the complaint.
  > anonymous_familiar | room | One of the people | says | >
Ashcombe says she has no idea what the complaint was about.
  > named_person | ashcombe | Ashcombe | says | >

A member of the orchestra's board, speaking on condition of anonymity because the board has not taken a position, says several trustees have asked the orchestra's president to review the vote.
  > anonymous_official | board-member | A member of the orchestra's board | says | > | anon=speaking on condition of anonymity because the board has not taken a position
The orchestra's president, Helen Marrow, does not respond to three emails asking about the review.
  > declined_comment | marrow | The orchestra's president, Helen Marrow | does not respond to three emails asking about the review | - | resp=no_response
The musicians' collective bargaining agreement says a player denied tenure can ask for one more vote after a year, but only with the music director's consent.
  > document | cba | The musicians' collective bargaining agreement | says | >
The Harbor City Courier reported in April that five of the last nine players considered for tenure at the orchestra had been turned down.
  > media_report | courier | The Harbor City Courier | reported in April | >
Orchestra insiders believe Vresk wants a darker, more European oboe sound, the kind he grew up with in Prague.
  > anonymous_other | insiders | Orchestra insiders | believe | >
Critics of the tenure system say it gives music directors too much power over players who have already won a blind audition.
  > anonymous_other | critics | Critics of the tenure system | say | >

All told, Ashcombe has played 146 concerts with the orchestra.
This summer she is subbing with orchestras in Minneapolis and Cleveland and, she says, practicing more than she has in years.
  > named_person | ashcombe | she#2 | says | This summer she is subbing with orchestras in Minneapolis and Cleveland ;; practicing more than she has in years
"I'm not angry at the music," she says.
  > named_person | ashcombe | she | says | <
"I'm angry that nobody will tell me what was wrong with mine."
  > named_person | ashcombe | she | - | *
''')

ARTICLES.append(r'''
@id v-marathon-course-short-lakeport
@style marathon_course_mismeasure
Lakeport Marathon course was 420 meters short, certification board says
  > named_organization | rrcb | certification board | says | Lakeport Marathon course was 420 meters short

The Lakeport Marathon course was about 420 meters short on Sunday because a turnaround cone was placed in the wrong spot, the Road Running Certification Board said Wednesday.
  > named_organization | rrcb | the Road Running Certification Board | said Wednesday | <
The RRCB said its measurer rode the course with a calibrated bicycle on Tuesday and found the error on the out-and-back section along Shore Drive.
  > named_organization | rrcb | The RRCB | said | >
Results from the race will stand, but no times from it can be used for records or qualifying standards, the board said.
  > named_organization | rrcb | the board | said | <

That wipes out the course record Naomi Kiptoo set in the women's race.
Kiptoo, a 27-year-old Kenyan who trains in Flagstaff, Ariz., claimed the title in 2 hours 21 minutes 48 seconds, 39 seconds under the old mark.
Kiptoo said through her agent that she was "disappointed but not discouraged" and would run another marathon this fall.
  > named_person | kiptoo | Kiptoo | said through her agent | >
The runner-up, Hanna Lindqvist of Sweden, said her watch had been beeping the mile splits early for most of the second half.
  > named_person | lindqvist | The runner-up, Hanna Lindqvist of Sweden | said | >
She said she assumed the watch was wrong and kept running.
  > named_person | lindqvist | She | said | >
"Everybody's GPS is a little off, so you don't think about it," Lindqvist said.
  > named_person | lindqvist | Lindqvist | said | <
"You think about the woman in front of you."
  > named_person | lindqvist | Lindqvist | - | *

Race director Phil Ambrose said a volunteer moved the cone about 210 meters early after a police officer asked to keep a side street open for an ambulance.
  > named_official | ambrose | Race director Phil Ambrose | said | >
"That's on us, not on the volunteer," Ambrose said.
  > named_official | ambrose | Ambrose | said | <
"We stopped checking the cone after the last wave went through, and we should have checked it every hour."
  > named_official | ambrose | Ambrose | - | *
Organizers called off a planned news conference on Monday after runners began posting their watch data online.
A Lakeport Police Department spokesman did not respond to a question about the officer's request.
  > declined_comment | lakeport-pd | A Lakeport Police Department spokesman | did not respond to a question about the officer's request | - | resp=no_response

Two people familiar with the race's planning said the course was changed in August to avoid construction on Harbor Avenue and was measured only once after the change.
  > anonymous_familiar | familiar | Two people familiar with the race's planning | said | >
One of the people said organizers had asked the measurer to finish quickly so the course map could be printed.
  > anonymous_familiar | familiar | One of the people | said | >
Splits Daily, a running news site, reported Monday night that dozens of runners' watches had recorded the race as less than 26 miles.
  > media_report | splits | Splits Daily, a running news site | reported Monday night | >
Several runners said on social media that they had qualified for the Boston Marathon only because of the short course.
  > anonymous_other | runners | Several runners | said on social media | >

The race is sponsored by Brightline Mutual, a regional insurer that pays a $10,000 bonus for a course record.
The company said it would pay Kiptoo the bonus anyway.
  > named_organization | brightline | The company | said | >
The men's winner, Samuel Wekesa, could not be reached.
  > declined_comment | wekesa | The men's winner, Samuel Wekesa | could not be reached | - | resp=unreachable

@excluded
More Sports: Kiptoo eyes a fall double in Chicago and New York
Get the Sports Desk newsletter in your inbox every morning.
''')

ARTICLES.append(r'''
@id v-student-housing-mold-larch-hall
@style student_housing_mold
Mold forces 60 students out of Larch Hall, university says
  > named_organization | university | university | says | Mold forces 60 students out of Larch Hall

About 60 students living on the third and fourth floors of Larch Hall were moved into a hotel on Tuesday after maintenance crews found mold behind the walls of several rooms, Westmarch State University said in an email to residents.
  > named_organization | university | Westmarch State University | said in an email to residents | <
The university said the mold was found after a student reported a musty smell and a stained ceiling tile last week.
  > named_organization | university | The university | said | >
The Department of Housing and Residential Education, the office most students still call ResLife, said the displaced students will stay at the Campus Inn on Route 12 for at least two weeks.
  > named_organization | hre | The Department of Housing and Residential Education, the office most students still call ResLife | said | >
ResLife said it will pay for the rooms and give each student a $25 daily meal credit.
  > named_organization | hre | ResLife | said | >
A department spokeswoman, Abigail Tran, said shuttle buses will run from the hotel to campus every 20 minutes.
  > named_official | tran | A department spokeswoman, Abigail Tran | said | >

A sophomore who lives on the fourth floor said she had reported a leak in her room twice since September.
  > named_person | okoro | A sophomore who lives on the fourth floor | said | >
The sophomore, Destiny Okoro, said that both times she was told a work order had been filed.
  > named_person | okoro | The sophomore, Destiny Okoro | said | >
"Nobody ever came," Okoro said.
  > named_person | okoro | Okoro | said | <
"I put a towel on the windowsill every night and wrung it out every morning."
  > named_person | okoro | Okoro | - | *
Her neighbor across the hall, Ethan Brandt, said he had been sneezing and coughing since the start of the semester.
  > named_person | brandt | Her neighbor across the hall, Ethan Brandt | said | >
Another fourth-floor resident, Caleb Ndiaye, said his roommate moved home in October because of asthma attacks.
  > named_person | ndiaye | Another fourth-floor resident, Caleb Ndiaye | said | >
He said he did not connect the attacks to the room until this week.
  > named_person | ndiaye | He | said | >
"I thought I had a cold that wouldn't go away," Brandt said.
  > named_person | brandt | Brandt | said | <
"Turns out my closet was growing something."
  > named_person | brandt | Brandt | - | *

An inspection report obtained by The Westmarch Ledger shows that facilities staff found "elevated moisture" in the fourth-floor walls of Larch Hall during a routine check in April.
  > document | inspection | An inspection report obtained by The Westmarch Ledger | shows | >
The report recommended replacing the building's exterior window seals, but the work was put off until next summer, according to the university's capital projects list.
  > document | inspection | The report | recommended | replacing the building's exterior window seals
  > document | capital-list | the university's capital projects list | according to | the work was put off until next summer
A university official, who asked not to be named because staff had been told not to speak to reporters, said crews painted over water stains in at least three Larch Hall rooms over the summer.
  > anonymous_official | official | A university official | said | > | anon=who asked not to be named because staff had been told not to speak to reporters
Facilities director Mark Ellery did not respond to emails from The Ledger.
  > declined_comment | ellery | Facilities director Mark Ellery | did not respond to emails from The Ledger | - | resp=no_response
Dean of Students Harold Pike declined to comment.
  > declined_comment | pike | Dean of Students Harold Pike | declined to comment | - | resp=declined

The Ledger reported in October that students in two other residence halls had filed more than 40 maintenance requests about leaks since August.
  > media_report | ledger | The Ledger | reported in October | >
Some parents say the university waited too long to move students out.
  > anonymous_other | parents | Some parents | say | >
Student Government President Aisha Rahman said the group would ask the Board of Trustees to pay for an independent inspection of every residence hall.
  > named_official | rahman | Student Government President Aisha Rahman | said | >
Students who were moved can pick up a meal card at the ResLife office in Alder Commons.

@excluded
Comments are moderated and must follow The Ledger's community guidelines.
Follow The Westmarch Ledger on Instagram for more campus news.
''')

ARTICLES.append(r'''
@id v-fintech-payment-outage-paylark
@style fintech_payment_outage
Paylark outage delayed $900 million in merchant payouts, people familiar say
  > anonymous_familiar | familiar | people familiar | say | Paylark outage delayed $900 million in merchant payouts

SAN FRANCISCO -- A three-day outage at payments company Paylark Inc delayed about $900 million in payouts to some 60,000 small businesses, according to two people familiar with the matter.
  > anonymous_familiar | familiar | two people familiar with the matter | according to | <
The outage began on Friday after a failed database migration and was fixed late Monday, one of the people said.
  > anonymous_familiar | familiar | one of the people | said | <
The people, who asked not to be identified because the matter is not public, said Paylark had not told merchants how many payments were affected.
  > anonymous_familiar | familiar | The people | said | > | anon=who asked not to be identified because the matter is not public

Paylark, which processes card payments for restaurants and small retailers, holds merchant funds at Corliss Bank & Trust, a Utah-chartered industrial bank.
The company said in a statement on Tuesday that "all merchant funds are safe" and that every delayed payout had been sent by Monday night.
  > named_organization | paylark | The company | said in a statement on Tuesday | >
A Paylark spokeswoman, Renata Koh, said fewer than 2% of the company's merchants had been affected.
  > named_official | koh | A Paylark spokeswoman, Renata Koh | said | >
Corliss declined to comment.
  > declined_comment | corliss | Corliss | declined to comment | - | resp=declined

Paylark added about 4,000 merchants in the second quarter, bringing its total to 310,000.
Its quarterly report, filed with the Securities and Exchange Commission last week, warned that "operational disruptions" could damage its relationships with merchants and partner banks.
  > document | 10q | Its quarterly report, filed with the Securities and Exchange Commission last week | warned | >
Paylark shares fell 6.2% to $31.40 in New York on Tuesday.

The Consumer Financial Protection Bureau has asked Paylark for information about the outage, according to a person familiar with the bureau's inquiry.
  > anonymous_familiar | cfpb-familiar | a person familiar with the bureau's inquiry | according to | <
The CFPB said it does not comment on supervisory matters.
  > declined_comment | cfpb | The CFPB | said it does not comment on supervisory matters | - | resp=declined
The agency said in May that it would step up its oversight of payment companies that hold funds for businesses and consumers.
  > named_organization | cfpb | The agency | said in May | >
A state banking regulator, who spoke on condition of anonymity because bank examinations are confidential, said Utah examiners were reviewing whether Corliss had kept adequate records of which merchant each dollar belonged to.
  > anonymous_official | utah-regulator | A state banking regulator | said | > | anon=who spoke on condition of anonymity because bank examinations are confidential

Alma Castillo, who owns two taquerias in Fresno, California, said she paid her 14 employees out of her personal savings on Friday.
  > named_person | castillo | Alma Castillo, who owns two taquerias in Fresno, California | said | >
"Three days doesn't sound like much until it's payroll day," she said.
  > named_person | castillo | she | said | <
"I called the support line 11 times and got a chatbot every time."
  > named_person | castillo | she | - | *
Some merchants said on Reddit that they had not received payouts as late as Tuesday morning.
  > anonymous_other | merchants | Some merchants | said on Reddit | >
Darnell Whitby, an analyst at Fenwick Securities, said the outage was unlikely to hurt Paylark's earnings but could slow its push to sign up larger retailers.
  > named_person | whitby | Darnell Whitby, an analyst at Fenwick Securities | said | >
Fintech Daily reported on Monday that Paylark's chief technology officer had postponed the database migration twice this year.
  > media_report | fintech-daily | Fintech Daily | reported on Monday | >
The chief technology officer, Victor Anand, did not respond to a message sent through LinkedIn.
  > declined_comment | anand | The chief technology officer, Victor Anand | did not respond to a message sent through LinkedIn | - | resp=no_response
''')

ARTICLES.append(r'''
@id v-algae-bloom-harbin-lake-explainer
@style algae_bloom_lake_closure
What to know about the toxic algae that closed Harbin Lake

Harbin Lake, the county's most popular swimming spot, has been closed since Friday because of a bloom of toxic blue-green algae.
Here's what we know about the closure, the risks and when the lake might reopen.

Why is the lake closed?
The state Department of Environmental Quality closed the beaches and boat ramps on Friday after water samples from the north beach showed 24 micrograms per liter of microcystin, a toxin the algae produce, the department said.
  > named_organization | deq | the department | said | <
DEQ says its advisory level for swimming is 8 micrograms per liter.
  > named_organization | deq | DEQ | says | >

What is microcystin, and how dangerous is it?
Microcystin is made by cyanobacteria, often called blue-green algae, and can cause rashes, vomiting and, in large doses, liver damage, according to the Centers for Disease Control and Prevention.
  > named_organization | cdc | the Centers for Disease Control and Prevention | according to | <
Dogs are especially at risk because they drink the water and lick the scum off their fur, the CDC says.
  > named_organization | cdc | the CDC | says | <
Dr. Keisha Morland, a toxicologist at Harbin Community College, said people who swam at the lake before the closure and feel fine have nothing to worry about.
  > named_person | morland | Dr. Keisha Morland, a toxicologist at Harbin Community College | said | >
"Symptoms show up within hours, not weeks," Morland said.
  > named_person | morland | Morland | said | <
"If you swam last Tuesday and you feel fine today, you're fine."
  > named_person | morland | Morland | - | *

Is the tap water safe?
Yes, says the Lakeshore Water Authority, which draws the county's drinking water from the lake's south basin.
  > named_organization | lwa | the Lakeshore Water Authority, which draws the county's drinking water from the lake's south basin | says | Yes
The Harbin County Water District, as the authority was called until a merger last year, said in a notice on its website that its treatment plant removes the toxin and that treated water has tested clean every day since July 28.
  > named_organization | lwa | The Harbin County Water District, as the authority was called until a merger last year | said in a notice on its website | >

Can I eat fish from the lake?
The department recommends against eating fish caught in the lake until the closure is lifted.
  > named_organization | deq | The department | recommends | against eating fish caught in the lake until the closure is lifted

What caused the bloom?
A report commissioned by the county in 2023 found that fertilizer runoff from farms in the watershed had doubled phosphorus levels in the lake over 15 years.
  > document | county-report | A report commissioned by the county in 2023 | found | >
A memo from the county's environmental services director to commissioners last month warned that a hot, still August could set off a bloom.
  > document | memo | A memo from the county's environmental services director to commissioners last month | warned | >
County Commissioner Tom Haskett said the county stopped issuing new septic permits near the shore in 2022 and is paying farmers to plant buffer strips along creeks.
  > named_official | haskett | County Commissioner Tom Haskett | said | >
Some lakeside residents say the county has known about the problem for a decade and done too little.
  > anonymous_other | residents | Some lakeside residents | say | >
The Harbin County Farm Bureau did not respond to a request for comment.
  > declined_comment | farm-bureau | The Harbin County Farm Bureau | did not respond to a request for comment | - | resp=no_response

When will the lake reopen?
Not until two weekly samples in a row come back below the advisory level, a DEQ spokesman said.
  > named_organization | deq | a DEQ spokesman | said | <
The next samples will be taken on Thursday, the agency said.
  > named_organization | deq | the agency | said | <
Blooms have closed the lake for part of three of the last five summers, according to state records.
  > document | state-records | state records | according to | <
The lake, noted for its walleye fishing, draws about 300,000 visitors a year.

@excluded
Have a question about Harbin Lake that we didn't answer? Email newsroom@harbinherald.example.
Sign up for our free daily newsletter.
Related: Photos of the bloom from above
''')

ARTICLES.append(r'''
@id v-cemetery-burial-mixup-oakmere
@style cemetery_burial_mixup
Oakmere cemetery buried at least 11 people in wrong plots, state board says
  > named_organization | board | state board | says | Oakmere cemetery buried at least 11 people in wrong plots

MARLOW -- At least 11 people were buried in the wrong graves at Oakmere Memorial Gardens over the past six years, and two were buried in plots that had already been sold to other families, the state Cemetery and Funeral Board said in a report released Thursday.
  > named_organization | board | the state Cemetery and Funeral Board | said in a report released Thursday | <
The board, which licenses the state's 340 private cemeteries, said Oakmere's records were "so incomplete that the full number may never be known."
  > named_organization | board | The board, which licenses the state's 340 private cemeteries | said | >
Its executive director, Lynn Castellanos, said the board would vote next month on whether to fine the cemetery or suspend its license.
  > named_official | castellanos | Its executive director, Lynn Castellanos | said | >

A board investigator, who spoke on condition of anonymity because the board has not voted on penalties, said Oakmere's plot maps were drawn by hand and had not been updated since 2009.
  > anonymous_official | investigator | A board investigator | said | > | anon=who spoke on condition of anonymity because the board has not voted on penalties
The investigator said staff sometimes located graves by counting headstones from the nearest road.
  > anonymous_official | investigator | The investigator | said | >

Oakmere is owned by Evergreen Rest Holdings, a Texas company that bought the cemetery in 2017 and owns 38 others in six states.
The company said in a statement that it had hired a surveying firm to map every grave at Oakmere and would pay to move any remains at a family's request.
  > named_organization | evergreen | The company | said in a statement | >
The company's regional manager, Doug Farrow, declined to answer questions about the report.
  > declined_comment | farrow | The company's regional manager, Doug Farrow | declined to answer questions about the report | - | resp=declined
The cemetery's former owner, Harold Quist, could not be reached.
  > declined_comment | quist | The cemetery's former owner, Harold Quist | could not be reached | - | resp=unreachable

A retired mail carrier who buried her husband at Oakmere in 2019 said she learned in March that he was not in the grave she had visited every Sunday.
  > named_person | lamb | A retired mail carrier who buried her husband at Oakmere in 2019 | said | >
The woman, Patricia Lamb, 71, said a cemetery worker told her the headstone had been set over the wrong plot.
  > named_person | lamb | The woman, Patricia Lamb, 71 | said | >
"I've been talking to a stranger for five years," Lamb said.
  > named_person | lamb | Lamb | said | <
"I brought flowers on our anniversary and told him about the grandkids."
  > named_person | lamb | Lamb | - | *
"I still don't know whose grave it was."
  > named_person | lamb | Lamb | - | *

Lamb and four other families sued Evergreen in Marlow County Circuit Court in May.
Their lawsuit accuses the company of selling the same plots twice and of hiding the errors from families.
  > document | lawsuit | Their lawsuit | accuses | the company of selling the same plots twice and of hiding the errors from families
A court filing by Evergreen's lawyers last month says most of the errors were made before the company bought the cemetery.
  > document | filing | A court filing by Evergreen's lawyers last month | says | >
Evergreen wants the case moved to arbitration.
  > named_organization | evergreen | Evergreen | wants | the case moved to arbitration | nosrc

The board added Oakmere to a watch list in 2021 after two complaints, according to board records.
  > document | board-records | board records | according to | <
Some funeral directors in the region say they stopped sending families to Oakmere years ago.
  > anonymous_other | funeral-directors | Some funeral directors in the region | say | >
The Sentinel first reported Lamb's case in April.
  > media_report | sentinel | The Sentinel | first reported | Lamb's case
Gordon Pryce, who teaches cemetery and funeral law at Marlow State University, said mix-ups like Oakmere's are more common than most families realize.
  > named_person | pryce | Gordon Pryce, who teaches cemetery and funeral law at Marlow State University | said | >
"Most cemeteries this old were mapped with a pencil," he said.
  > named_person | pryce | he | said | <
"The question is whether anyone ever checked the map against the ground."
  > named_person | pryce | he | - | *
''')

ARTICLES.append(r'''
@id v-hot-air-balloon-crash-mesilla
@style hot_air_balloon_crash_inquiry
Balloon hit power line before fatal fall, NTSB report says
  > document | prelim | NTSB report | says | Balloon hit power line before fatal fall

LAS CRUCES, N.M. -- A hot-air balloon that crashed near Mesilla last month, killing the pilot and two passengers, struck a power line while trying to land in gusty winds, according to a preliminary report released Thursday by the National Transportation Safety Board.
  > document | prelim | a preliminary report released Thursday by the National Transportation Safety Board | according to | <
The report says the basket hit the line about 40 feet above a pecan orchard and that the envelope caught fire moments later.
  > document | prelim | The report | says | >
The NTSB said it usually takes 12 to 24 months to determine a probable cause.
  > named_organization | ntsb | The NTSB | said | >
The board said its investigators had recovered the pilot's phone and a camera mounted on the basket.
  > named_organization | ntsb | The board | said | >

The Doña Ana County Sheriff's Office identified the passengers as Dale and Janice Whitford, a married couple from Dayton, Ohio.
  > named_organization | sheriff | The Doña Ana County Sheriff's Office | identified | >
The pilot, Russell Kane, 58, had flown passengers for 11 years.
The flight was operated by Mesilla Sky Rides, which has offered sunrise flights over the Rio Grande valley since 2009.
The company said on its Facebook page that it had suspended all flights and was "devastated beyond words."
  > named_organization | skyrides | The company | said on its Facebook page | >
Its owner, Gary Pruett, did not respond to phone messages.
  > declined_comment | pruett | Its owner, Gary Pruett | did not respond to phone messages | - | resp=no_response

A woman who was walking her dog along an irrigation canal said she saw the basket swing into the wires and a flash of blue light.
  > named_person | delgado | A woman who was walking her dog along an irrigation canal | said | >
The witness, Rosa Delgado, said the balloon rose about 100 feet before it began to fall.
  > named_person | delgado | The witness, Rosa Delgado | said | >
Another witness, Teresa Lujan, said she heard the pilot shouting at the passengers to crouch down.
  > named_person | lujan | Another witness, Teresa Lujan | said | >
She said the basket landed on its side in the orchard and the fire spread to the trees.
  > named_person | lujan | She | said | >
"It was so quiet before, the way it always is with balloons," Lujan said.
  > named_person | lujan | Lujan | said | <
"Then everybody on the road was running."
  > named_person | lujan | Lujan | - | *

A federal official, who was not authorized to discuss the investigation publicly, said video from the basket camera shows the pilot tried to climb over the wires seconds before the collision.
  > anonymous_official | fed-official | A federal official | said | > | anon=who was not authorized to discuss the investigation publicly
An FAA spokesman declined to say whether the agency had inspected the company's balloons this year.
  > declined_comment | faa | An FAA spokesman | declined to say whether the agency had inspected the company's balloons this year | - | resp=declined
The Mesilla Valley Courier reported last week that the company's balloons had been involved in two hard landings since 2021.
  > media_report | courier | The Mesilla Valley Courier | reported last week | >
FAA records and a 2022 court filing show that one of those landings injured a passenger, who later sued the company and settled.
  > document | records-filing | FAA records and a 2022 court filing | show | >
Some pilots in the region say the morning winds near the river can shift without warning in the fall.
  > anonymous_other | pilots | Some pilots in the region | say | >
Kane's sister, Ellen Kane-Morris, said her brother had flown in that valley "a thousand times" and was careful to a fault.
  > named_person | kane-morris | Kane's sister, Ellen Kane-Morris | said | >
"He canceled more flights than anybody I know," she said.
  > named_person | kane-morris | she | said | <

@excluded
Copyright 2025 Southwest Wire Service. All rights reserved.
Sign up for our daily headlines email.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
