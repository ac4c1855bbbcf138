"""Build corpus/articles/x.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (chairlift_derailment, meteorite_ownership_dispute, senior_tower_elevator_outage,
river_lock_closure, rural_ambulance_service_closure, giant_pumpkin_weighoff_dispute,
racehorse_deaths_track_surface, campus_radio_license_sale, cocoa_hedging_loss,
homeowners_insurance_nonrenewals, deed_theft_trial, landfill_odor_permit), in the voices of
twelve kinds of outlet (wire copy, a national paper with honorifics, a local TV website, river
shipping trade press, a public-radio website, a magazine feature in the present tense, a sports
desk, a student newspaper, a business wire, an explainer Q&A on a local news site, a court
reporter, a regional daily), each article built to test source grouping and typing (two people
of one gender and one role close together, then a pronoun for the second; a person described
first and named later; anonymous officials granted anonymity with a stated reason; an
institution under its full name, its acronym and "the agency"/"the department"/"the
commission"/"the board"; an institution under two names (an ambulance district, a growers'
federation, a barge operators' association, a FAIR Plan); a company named only in the
reporter's own words before "the company said", several times with a second company named in
between; named and unnamed spokespeople; people familiar with the matter repeated as "the
people" and "one of the people"; vague anonymous sources ("some ranchers say", "critics say",
"growers in the hobby believe"); headline attributions repeating a body source, in headlinese
("..., AG says", "..., officials say", "..., DEP says"); documents (a report, court filings,
a memo, a letter, an email, a purchase agreement, a consumer guide, a data system, two
documents joined as one source) and media reports ("as first reported by", the outlet's own
earlier reporting); non-answers of all three kinds; quotes that run over several sentences or
continue after "X said."; sentences that begin with a title abbreviation (Gov., Lt. Col.,
Sen., Dr., Det., Rep.) right after another sentence; "told", "added", "noted", "called",
"stopped" and "claimed" used where they are not cues; a reporter's-voice want marked not
sourcing). Half end with a footer of excluded boilerplate. Nothing is trained or tuned on
them. Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_x.py [--render]
     python corpus/build_articles_x.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                      given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "x.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id x-chairlift-derailment-granite-peak
@style chairlift_derailment
Chairlift cable slipped off its wheels before Colorado ski accident, officials say
  > anonymous_official | state-officials | officials | say | Chairlift cable slipped off its wheels before Colorado ski accident

BRECKHART, Colo. (Mountain Wire) -- A haul cable on a chairlift at Granite Peak Resort slipped off a set of guide wheels on Saturday afternoon, dropping two chairs about 25 feet onto a groomed run and injuring seven skiers, according to two state officials.
  > anonymous_official | state-officials | two state officials | according to | <
The officials, who spoke on condition of anonymity because the state's investigation is not finished, said the cable came off a tower near the top of the Summit Express lift during strong winds.
  > anonymous_official | state-officials | The officials | said | > | anon=who spoke on condition of anonymity because the state's investigation is not finished
One of the officials said the lift's wind sensors had recorded gusts above 50 mph for nearly an hour before the accident.
  > anonymous_official | state-officials | One of the officials | said | >

Three of the injured were flown to St. Mary's Medical Center in Grand Junction, the Mesa Ridge County Sheriff's Office said.
  > named_organization | sheriff | the Mesa Ridge County Sheriff's Office | said | <
A hospital spokeswoman said two of them were in serious condition on Sunday.
  > named_organization | hospital | A hospital spokeswoman | said | >
Ski patrollers stopped the lift within seconds, and about 140 riders were lowered from the other chairs by rope over the next three hours.
All told, the evacuation ended shortly after dark.

Granite Peak is owned by Alpenrock Resorts, a Utah company that bought it in 2021 from the family that founded it.
The lift was built in 2004 by Stahlberg Seilbahnen, an Austrian manufacturer, and was last inspected in November.
The company said in a statement on Sunday that it had closed every lift at the resort and was "cooperating fully" with investigators.
  > named_organization | alpenrock | The company | said in a statement on Sunday | >
A resort spokesman declined to say how fast the wind was blowing when the chairs fell.
  > declined_comment | alpenrock | A resort spokesman | declined to say how fast the wind was blowing when the chairs fell | - | resp=declined
Stahlberg did not respond to an email seeking comment.
  > declined_comment | stahlberg | Stahlberg | did not respond to an email seeking comment | - | resp=no_response

The Colorado Passenger Tramway Safety Board said it had ordered the Summit Express to stay closed until an outside engineer and the board's own inspector sign off on repairs.
  > named_organization | ptsb | The Colorado Passenger Tramway Safety Board | said | >
PTSB inspection records show the lift was cited in 2022 for a worn bearing on the same tower, which the resort replaced that summer.
  > document | ptsb-records | PTSB inspection records | show | >
The board said that citation appeared to be unrelated to Saturday's accident.
  > named_organization | ptsb | The board | said | >
Its chairwoman, Gail Summers, said investigators would examine the tower's wheel assembly and the lift's wind shutdown settings.
  > named_official | summers | Its chairwoman, Gail Summers | said | >
Gov. Elena Marquez said she had spoken with the resort's chief executive on Saturday night and had asked for a full accounting.
  > named_official | marquez | Gov. Elena Marquez | said | >

Matt Halvorsen, a 34-year-old skier from Denver, said he was riding the chair just behind the two that fell.
  > named_person | halvorsen | Matt Halvorsen, a 34-year-old skier from Denver | said | >
Another skier, Kyle Brennan, who was two chairs farther back, said he heard a bang from the tower before the line dropped.
  > named_person | brennan | Another skier, Kyle Brennan, who was two chairs farther back | said | >
He said his own chair bounced so hard that he grabbed the safety bar with both hands.
  > named_person | brennan | He | said | >
"It was like the whole cable took a breath and then let go," Brennan said.
  > named_person | brennan | Brennan | said | <
"Then everybody on the hill was yelling for ski patrol."
  > named_person | brennan | Brennan | - | *

The Summit Ledger first reported on Saturday night that the lift had been running at reduced speed because of the wind.
  > media_report | ledger | The Summit Ledger | first reported on Saturday night | >
Some longtime pass holders say the Summit Express has been shut by wind several times this season and should have been closed earlier.
  > anonymous_other | passholders | Some longtime pass holders | say | >
The lift operator who was on duty Saturday could not be reached.
  > declined_comment | operator | The lift operator who was on duty Saturday | could not be reached | - | resp=unreachable

@excluded
Copyright 2025 Mountain Wire. All rights reserved.
This material may not be published, broadcast, rewritten or redistributed.
''')

ARTICLES.append(r'''
@id x-meteorite-ownership-minden
@style meteorite_ownership_dispute
Nebraska Farmer's Meteorite Belongs to Science, University Says
  > named_organization | university | University | Says | Nebraska Farmer's Meteorite Belongs to Science

MINDEN, Neb. -- Walter Eckhoff has farmed the same 600 acres of corn and soybeans south of this town for 40 years.
In all that time, he says, nothing more interesting than hail ever fell on them.
  > named_person | eckhoff | he | says | In all that time ;; nothing more interesting than hail ever fell on them
Then, a little before midnight on Aug. 9, a fireball crossed the sky over three states and a 31-pound stone buried itself in the mud beside his machine shed.

Now Mr. Eckhoff, 67, is in a legal fight over the rock with Platte Valley State University, whose geologists dug it out two days later.
In a lawsuit filed last week in Kearney County District Court, the university says the meteorite came down inside a drainage easement that the county leases to its agricultural research station, not on Mr. Eckhoff's land.
  > named_organization | university | the university | says | >
The suit asks the court to order that the stone stay at the university's natural history museum while the case goes forward.
  > document | suit | The suit | asks | the court to order that the stone stay at the university's natural history museum while the case goes forward
Renee Albrecht, a spokeswoman for the university, said the school had offered Mr. Eckhoff $20,000 and a plaque naming the meteorite after his farm.
  > named_official | albrecht | Renee Albrecht, a spokeswoman for the university | said | >
"This stone belongs to science, not to the highest bidder," Ms. Albrecht said.
  > named_official | albrecht | Ms. Albrecht | said | <
"Scientists will still be learning from it in a hundred years."
  > named_official | albrecht | Ms. Albrecht | - | *

A university administrator, who spoke on the condition of anonymity because the school's lawyers had asked staff not to discuss the case, said the president's office decided to sue after learning that Mr. Eckhoff was talking to dealers.
  > anonymous_official | administrator | A university administrator | said | > | anon=who spoke on the condition of anonymity because the school's lawyers had asked staff not to discuss the case
The university's president, Martin Sayles, did not respond to messages left with his office.
  > declined_comment | sayles | The university's president, Martin Sayles | did not respond to messages left with his office | - | resp=no_response

Mr. Eckhoff has had offers from at least two meteorite dealers.
One of them, Carl Dunning of Tucson, said he had offered $250,000 for the stone in August.
  > named_person | dunning | One of them, Carl Dunning of Tucson | said | >
Another dealer, Peter Vasko of Denver, said the meteorite could fetch twice that from a private collector.
  > named_person | vasko | Another dealer, Peter Vasko of Denver | said | >
He said a buyer in Switzerland had already asked him about it.
  > named_person | vasko | He | said | >
Nkechi Oyelaran, who curates the meteorite collection at the Field-Hollis Museum in Chicago, said the stone appeared to be a carbonaceous chondrite, a rare class of meteorite that can hold organic compounds older than the Earth.
  > named_person | oyelaran | Nkechi Oyelaran, who curates the meteorite collection at the Field-Hollis Museum in Chicago | said | >
"A fresh fall like this one, picked up within days, is worth far more to research than an old find," Dr. Oyelaran said.
  > named_person | oyelaran | Dr. Oyelaran | said | <

A neighbor who watched the fireball from his porch said it lit up his yard "like noon."
  > named_person | tollefson | A neighbor who watched the fireball from his porch | said | >
The neighbor, Gene Tollefson, said he called Mr. Eckhoff the next morning to ask whether anything had come down on the farm.
  > named_person | tollefson | The neighbor, Gene Tollefson | said | >
County land records reviewed by The Chronicle show that the easement extends 33 feet from the center of the gravel road.
  > document | land-records | County land records reviewed by The Chronicle | show | >
A survey commissioned by the Eckhoff family and photographs taken by a sheriff's deputy the next morning both place the impact pit 41 feet from the centerline.
  > document | survey-photos | A survey commissioned by the Eckhoff family and photographs taken by a sheriff's deputy the next morning | place | >
A letter from the family's lawyer to the university, dated Sept. 3, demands that the stone be returned to the farm within 30 days.
  > document | letter | A letter from the family's lawyer to the university, dated Sept. 3 | demands | that the stone be returned to the farm within 30 days
The lawyer, Diane Kostelnik, declined to comment beyond the letter.
  > declined_comment | kostelnik | The lawyer, Diane Kostelnik | declined to comment beyond the letter | - | resp=declined
The Kearney County attorney, whose office manages the easement, could not be reached.
  > declined_comment | county-attorney | The Kearney County attorney, whose office manages the easement | could not be reached | - | resp=unreachable

In most states a meteorite belongs to the owner of the land where it falls, according to a 2019 survey of case law in the Great Plains Law Review.
  > document | law-review | a 2019 survey of case law in the Great Plains Law Review | according to | <
Some legal scholars say the Nebraska case could turn on whether an easement counts as ownership at all.
  > anonymous_other | scholars | Some legal scholars | say | >
Mr. Eckhoff keeps a photograph of the pit taped to his refrigerator.
"I'm not against science," he said.
  > named_person | eckhoff | he | said | <
"I just think a man ought to be asked before somebody drives off with a thing that landed next to his shed."
  > named_person | eckhoff | he | - | *
''')

ARTICLES.append(r'''
@id x-senior-tower-elevators-lindell
@style senior_tower_elevator_outage
Housing authority says elevator parts for Lindell senior tower are still weeks away
  > named_organization | lmha | Housing authority | says | elevator parts for Lindell senior tower are still weeks away

LINDELL -- Both elevators at Maple Court Tower, a 14-story public housing building for seniors on Lindell's east side, have been out of service since March 2, and the Lindell Metropolitan Housing Authority said Thursday that replacement parts will not arrive until at least mid-April.
  > named_organization | lmha | the Lindell Metropolitan Housing Authority | said Thursday | replacement parts will not arrive until at least mid-April
LMHA said a motor controller failed on one elevator and a state inspector shut down the second two days later.
  > named_organization | lmha | LMHA | said | >
The agency said it has hired a moving company to carry groceries and medications up the stairs for residents twice a day.
  > named_organization | lmha | The agency | said | >
The tower, noted for the rooftop garden its residents tend, opened in 1974 and has 160 apartments.

Dorothy Vance, 81, said she has not left her ninth-floor apartment in 23 days.
  > named_person | vance | Dorothy Vance, 81 | said | >
Her neighbor across the hall, Louise Pritchard, 77, said she missed two medical appointments last week because she could not manage the stairs.
  > named_person | pritchard | Her neighbor across the hall, Louise Pritchard, 77 | said | >
She said the building's manager had advised her to "call an ambulance if it's an emergency."
  > named_person | pritchard | She | said | >
"I'm not an emergency, I'm a person who needs to see her doctor," Pritchard said.
  > named_person | pritchard | Pritchard | said | <
"There's a difference, and nobody here seems to know it."
  > named_person | pritchard | Pritchard | - | *
Some family members of residents say they have been carrying their parents' laundry down nine and ten flights of stairs.
  > anonymous_other | families | Some family members of residents | say | >

LMHA spokeswoman Tasha Greer said the agency had asked its elevator contractor to have the parts flown in from a factory in Ohio.
  > named_official | greer | LMHA spokeswoman Tasha Greer | said | >
"We know this is unacceptable for the people who live there, and we are pushing every single day," Greer said.
  > named_official | greer | Greer | said | <
Another authority spokesperson said residents who want to move to a hotel until the elevators are fixed can call the agency's resident hotline.
  > named_organization | lmha | Another authority spokesperson | said | >

The tower's elevators are maintained under a $310,000-a-year contract by Tri-State Lift Services, which took over the work in 2022.
The company said in an email that the failed controller is a discontinued model and that a replacement had to be custom-built.
  > named_organization | tristate | The company | said in an email | >
Tri-State's general manager, Rick Olander, did not respond to a phone message from Channel 5.
  > declined_comment | olander | Tri-State's general manager, Rick Olander | did not respond to a phone message from Channel 5 | - | resp=no_response

A state inspection report from January, obtained by Channel 5, shows the second elevator had failed three safety tests and was allowed to keep running while repairs were scheduled.
  > document | inspection | A state inspection report from January, obtained by Channel 5 | shows | >
A housing authority maintenance supervisor, who asked not to be named because employees have been told not to speak to reporters, said staff had warned managers last fall that both elevators needed new controllers.
  > anonymous_official | supervisor | A housing authority maintenance supervisor | said | > | anon=who asked not to be named because employees have been told not to speak to reporters
The building's manager, Janet Coyle, could not be reached on Thursday.
  > declined_comment | coyle | The building's manager, Janet Coyle | could not be reached on Thursday | - | resp=unreachable

Channel 5 first reported the outage on March 9, after a resident's grandson sent the station video of the stairwell.
  > media_report | channel5 | Channel 5 | first reported | the outage
The fire department has added Maple Court to a list of buildings that get an extra crew on medical calls.
The city council's housing committee will take up the outage on Tuesday.
State Rep. Marcus Hale, whose district includes the tower, said he would ask the state to pay for portable stair-climbing chairs.
  > named_official | hale | State Rep. Marcus Hale, whose district includes the tower | said | >

@excluded
Copyright 2025 WLDN-TV. All rights reserved.
Download the Channel 5 News app for breaking news alerts.
Share this story: Facebook | X | Email
''')

ARTICLES.append(r'''
@id x-river-lock-closure-hartsfield
@style river_lock_closure
Hartsfield main chamber to stay closed through March, Corps says
  > named_organization | usace | Corps | says | Hartsfield main chamber to stay closed through March

The U.S. Army Corps of Engineers said on Tuesday that the 1,200-foot main chamber at Hartsfield Locks and Dam on the Ohio River will remain closed until at least March 31 after divers found a crack in a lower miter gate.
  > named_organization | usace | The U.S. Army Corps of Engineers | said on Tuesday | >
USACE said tows will continue to use the 600-foot auxiliary chamber, where most 15-barge tows must break into two cuts and lock through twice.
  > named_organization | usace | USACE | said | >
Queue times at the lock averaged 52 hours on Monday, according to the Corps' Lock Performance Monitoring System.
  > document | lpms | the Corps' Lock Performance Monitoring System | according to | <
As first reported by Waterways Weekly on Jan. 14, the crack was found during a routine dive inspection.
  > media_report | waterways-weekly | Waterways Weekly | As first reported by | the crack was found during a routine dive inspection

Traffic stopped entirely for 19 hours last week while crews installed temporary bracing.
Lt. Col. Dana Whitfield, commander of the Corps' Louisville District, said the agency was fabricating a replacement gate leaf at its Paducah service base.
  > named_official | whitfield | Lt. Col. Dana Whitfield, commander of the Corps' Louisville District | said | >
"We are not going to rush a 400-ton gate," Whitfield said.
  > named_official | whitfield | Whitfield | said | <
"When it goes back in, it has to be right for the next 50 years."
  > named_official | whitfield | Whitfield | - | *

The Inland Barge Operators Association, which much of the industry still calls by its old name, the River Carriers Council, said the closure was costing operators about $1.4 million a day in idle boats and crew time.
  > named_organization | iboa | The Inland Barge Operators Association, which much of the industry still calls by its old name, the River Carriers Council | said | >
A letter the council sent to the Corps on Jan. 20 asks the agency to give priority in the auxiliary chamber to tows carrying fertilizer and fuel.
  > document | letter | A letter the council sent to the Corps on Jan. 20 | asks | the agency to give priority in the auxiliary chamber to tows carrying fertilizer and fuel
Its president, Marla Jennings, said members had not received an answer.
  > named_official | jennings | Its president, Marla Jennings | said | >

Kessler Marine Transport, which runs 38 towboats on the Ohio and Tennessee rivers, had 11 tows waiting at Hartsfield on Tuesday.
Most of its northbound barges carry fertilizer for Ag Horizons Cooperative, whose terminal at Evansville has been running short since mid-January.
The company said it had tied up four of its smaller boats and moved their crews to other routes.
  > named_organization | kessler | The company | said | >
Ag Horizons declined to comment on its inventory.
  > declined_comment | aghorizons | Ag Horizons | declined to comment on its inventory | - | resp=declined

The Corps is close to awarding an emergency contract for the gate work to a joint venture led by Bayou Heavy Civil, according to two people familiar with the procurement.
  > anonymous_familiar | familiar | two people familiar with the procurement | according to | <
The people said the contract is worth about $38 million.
  > anonymous_familiar | familiar | The people | said | >
One of the people said the Corps had also asked bidders to price a second gate leaf in case more cracks are found.
  > anonymous_familiar | familiar | One of the people | said | >
Bayou Heavy Civil did not respond to requests for comment.
  > declined_comment | bayou | Bayou Heavy Civil | did not respond to requests for comment | - | resp=no_response

The Corps' 2019 periodic inspection report and a 2022 district engineering memo both rated the lower gates at Hartsfield "marginally acceptable" and recommended replacing them by 2026.
  > document | inspection-memo | The Corps' 2019 periodic inspection report and a 2022 district engineering memo | rated | >
Some shippers say the Corps has known for years that the gates were wearing out and never asked Congress for the money.
  > anonymous_other | shippers | Some shippers | say | >
Ben Ostrowski, a barge market analyst at Riverline Analytics, said spot freight rates out of the upper Ohio had risen about 30% since the closure.
  > named_person | ostrowski | Ben Ostrowski, a barge market analyst at Riverline Analytics | said | >
"Every day that chamber is shut, the whole river gets a little more expensive," he said.
  > named_person | ostrowski | he | said | <
''')

ARTICLES.append(r'''
@id x-rural-ambulance-closure-big-horn
@style rural_ambulance_service_closure
Valley Ambulance will stop answering 911 calls Nov. 1, district board says
  > named_organization | district | district board | says | Valley Ambulance will stop answering 911 calls Nov. 1

HARDIN -- The only ambulance service covering a 3,000-square-mile stretch of Big Horn and Rosebud counties will stop answering 911 calls on Nov. 1, its board said Tuesday night.
  > named_organization | district | its board | said Tuesday night | <
The Big Horn Valley Emergency Medical Services District, which most people here still call Valley Ambulance, said it can no longer cover payroll after losing two state grants and most of its volunteer crew.
  > named_organization | district | The Big Horn Valley Emergency Medical Services District, which most people here still call Valley Ambulance | said | >
An internal memo from the district's board chair to staff, dated Sept. 12, says the service has been losing about $40,000 a month since spring.
  > document | memo | An internal memo from the district's board chair to staff, dated Sept. 12 | says | >
The board chair, Lyle Harmon, declined to be interviewed for this story.
  > declined_comment | harmon | The board chair, Lyle Harmon | declined to be interviewed for this story | - | resp=declined

Sarah Lindgren has worked as a paramedic for Valley Ambulance for 16 years.
She said crews sometimes drive 90 minutes each way to reach a patient and another hour to the nearest trauma center in Billings.
  > named_person | lindgren | She | said | >
Another paramedic, Becca Holm, said she has been working 72-hour shifts since two volunteers quit in June.
  > named_person | holm | Another paramedic, Becca Holm | said | >
She said she has applied for a job with a private ambulance company in Billings.
  > named_person | holm | She | said | >
"I love this place, but I can't be the only one holding it up," Holm said.
  > named_person | holm | Holm | said | <
"Nobody can."
  > named_person | holm | Holm | - | *

The Montana Department of Public Health and Human Services said it would ask ambulance services in neighboring counties to stretch their coverage areas.
  > named_organization | dphhs | The Montana Department of Public Health and Human Services | said | >
DPHHS said it was also considering paying a private company to station an ambulance in the area for six months.
  > named_organization | dphhs | DPHHS | said | >
The department said no decision had been made.
  > named_organization | dphhs | The department | said | >
A state health official, who spoke on condition of anonymity because the department has not finished reviewing the district's license, said response times in parts of the two counties could double if no one fills the gap.
  > anonymous_official | state-official | A state health official | said | > | anon=who spoke on condition of anonymity because the department has not finished reviewing the district's license

A retired schoolteacher whose husband had a heart attack at their ranch in August said the ambulance reached them in 38 minutes.
  > named_person | sandoval | A retired schoolteacher whose husband had a heart attack at their ranch in August | said | >
The teacher, Ruth Sandoval, said she does not know who she would call next time.
  > named_person | sandoval | The teacher, Ruth Sandoval | said | >
"If they close, it's just us and the highway," Sandoval said.
  > named_person | sandoval | Sandoval | said | <
Some ranchers say they have already started carrying trauma kits and oxygen in their trucks.
  > anonymous_other | ranchers | Some ranchers | say | >
Critics of the district say it spent too much on a new station in Lodge Grass in 2021.
  > anonymous_other | critics | Critics of the district | say | >

As first reported by the Big Horn Courier, the district's property tax levy failed by 41 votes in 2023.
  > media_report | courier | the Big Horn Courier | As first reported by | >
Sen. Mark Redfield, a Republican from Hardin, said he would introduce a bill letting rural counties join ambulance districts without a public vote.
  > named_official | redfield | Sen. Mark Redfield, a Republican from Hardin | said | >
The Big Horn County commissioners did not respond to requests for comment.
  > declined_comment | commissioners | The Big Horn County commissioners | did not respond to requests for comment | - | resp=no_response

@excluded
Support for local news on Prairie Mountain Public Radio comes from listeners like you. Donate today.
Related: Rural ambulance services across Montana are running out of volunteers
Sign up for our weekly newsletter.
''')

ARTICLES.append(r'''
@id x-giant-pumpkin-weighoff-circleville
@style giant_pumpkin_weighoff_dispute
The Heaviest Pumpkin in Ohio, and the Hole Nobody Can Find

On a cold morning in late October, Dale Wertz stands in his side yard in Circleville, Ohio, and looks at the place where his pumpkin used to be.
The patch is bare now, a rectangle of straw and torn shade cloth.
Three weeks ago, the pumpkin that grew here weighed 2,214 pounds on the certified scale at the Ohio Valley Weigh-Off, which would have been a state record by almost 300 pounds.
Then the judges disqualified it.

The Giant Vegetable Growers Federation, which growers still call by its old name, the Pumpkin League, says a judge found a "foreign puncture" near the pumpkin's blossom end, a sign that it had been injected with water.
  > named_organization | gvgf | The Giant Vegetable Growers Federation, which growers still call by its old name, the Pumpkin League | says | >
The federation's rules bar any entry that has been "altered by injection, insertion or artificial means."
  > document | rules | The federation's rules | bar | any entry that has been "altered by injection, insertion or artificial means."
The Pumpkin League says it stands by the decision.
  > named_organization | gvgf | The Pumpkin League | says | >
Its president, Alan Brisco, a plant pathologist in Indiana, declines to discuss the case.
  > declined_comment | brisco | Its president, Alan Brisco, a plant pathologist in Indiana | declines to discuss the case | - | resp=declined

Wertz, a retired machinist who claimed his first state title in 2014, says there was no hole.
  > named_person | wertz | Wertz, a retired machinist who claimed his first state title in 2014 | says | there was no hole
"I've had people cut that pumpkin open in their minds a hundred times," he says.
  > named_person | wertz | he | says | <
"Nobody has shown me a hole."
  > named_person | wertz | he | - | *
"Not one photograph."
  > named_person | wertz | he | - | *
The federation's letter to Wertz, which he shows me at his kitchen table, says he is barred from sanctioned weigh-offs for three years.
  > document | letter | The federation's letter to Wertz, which he shows me at his kitchen table | says | >

Two of the judges who were at the scale that day, who ask not to be named because the federation bars judges from discussing rulings, say they saw a clean hole about the width of a pencil lead near the blossom scar.
  > anonymous_official | judges | Two of the judges who were at the scale that day | say | > | anon=who ask not to be named because the federation bars judges from discussing rulings
The judges say they did not photograph it because nothing in the rules requires a photograph.
  > anonymous_official | judges | The judges | say | >
One of the judges says the pumpkin also dripped water when the forklift set it on the pallet.
  > anonymous_official | judges | One of the judges | says | >

A rival grower who has finished second to Wertz twice says he saw the water on the pallet, too.
  > named_person | ocampo | A rival grower who has finished second to Wertz twice | says | >
The rival, Terry Ocampo of Lancaster, says he was the one who asked the judges to take a second look at the blossom end.
  > named_person | ocampo | The rival, Terry Ocampo of Lancaster | says | >
Another grower, Glenn Shafer, who has weighed pumpkins at Circleville since 1998, says Ocampo's request was unusual.
  > named_person | shafer | Another grower, Glenn Shafer, who has weighed pumpkins at Circleville since 1998 | says | >
He says he has never seen a pumpkin thrown out on a competitor's word.
  > named_person | shafer | He | says | >

Water alone can add real weight to a giant pumpkin in its last weeks on the vine, and growers in the hobby believe that injection is rare but not unheard of.
  > anonymous_other | hobby-growers | growers in the hobby | believe | that injection is rare but not unheard of
Laura Kim, a horticulturist at Ohio Valley University, says a needle hole in a pumpkin's skin usually scabs over within a day.
  > named_person | kim | Laura Kim, a horticulturist at Ohio Valley University | says | >
"If there was a hole, there should have been a scab, and a scab is easy to photograph," Kim says.
  > named_person | kim | Kim | says | <
The Pickaway Sentinel first reported the disqualification, and the story has since been shared thousands of times in online growing forums.
  > media_report | sentinel | The Pickaway Sentinel | first reported | the disqualification
Some growers there say the federation is cracking down because seeds from a record pumpkin can sell for $1,000 apiece.
  > anonymous_other | forum-growers | Some growers there | say | >

Wertz has already picked out next year's seed, from a line a noted Canadian grower developed.
"I'll grow another one," he says.
  > named_person | wertz | he | says | <
"Bigger, and I'll film every inch of it."
  > named_person | wertz | he | - | *
''')

ARTICLES.append(r'''
@id x-racehorse-deaths-cedar-ridge
@style racehorse_deaths_track_surface
Cedar Ridge dirt track under review after ninth horse death, commission says
  > named_organization | commission | commission | says | Cedar Ridge dirt track under review after ninth horse death

The State Horse Racing Commission said Sunday that it had ordered an independent review of the dirt surface at Cedar Ridge Park, a day after a 4-year-old filly broke down in the stretch and became the ninth horse to die at the track since the meet opened in April.
  > named_organization | commission | The State Horse Racing Commission | said Sunday | >
The SHRC said racing would go on this week while a surface consultant tests the depth of the track's cushion and the firmness of its base.
  > named_organization | commission | The SHRC | said | >
The filly, Tiller's Charm, was euthanized on the track, the commission said.
  > named_organization | commission | the commission | said | <

Trainer Ray Castellano claimed Tiller's Charm for $12,500 out of a race at Cedar Ridge in May.
Castellano said the filly had never shown any sign of lameness and had worked well on Wednesday.
  > named_person | castellano | Castellano | said | >
Another trainer, Luis Ferraro, who stables 20 horses at Cedar Ridge, said the track has been "hard as a parking lot" since a dry spell in June.
  > named_person | ferraro | Another trainer, Luis Ferraro, who stables 20 horses at Cedar Ridge | said | >
He said he had scratched three of his horses this month rather than run them over it.
  > named_person | ferraro | He | said | >
"You walk out there at six in the morning and you can hear your boots," Ferraro said.
  > named_person | ferraro | Ferraro | said | <
"That's not a racetrack."
  > named_person | ferraro | Ferraro | - | *

Jockey Marisol Vega, who was riding Tiller's Charm, said she felt the filly "take a bad step" about a sixteenth of a mile from the wire.
  > named_person | vega | Jockey Marisol Vega, who was riding Tiller's Charm | said | >
"She tried to keep going for me," Vega said.
  > named_person | vega | Vega | said | <
"That's the part that breaks your heart."
  > named_person | vega | Vega | - | *

A commission steward, who spoke on condition of anonymity because necropsy results have not been released, said at least five of the nine horses had fractured a cannon bone or a sesamoid.
  > anonymous_official | steward | A commission steward | said | > | anon=who spoke on condition of anonymity because necropsy results have not been released
The steward said necropsies are done at the state veterinary lab and usually take about six weeks.
  > anonymous_official | steward | The steward | said | >
Commission records show that 14 horses died at Cedar Ridge in all of last season.
  > document | records | Commission records | show | >
Dr. Anne Lutz, the commission's equine medical director, said the review would also cover the track's drainage and its watering schedule.
  > named_official | lutz | Dr. Anne Lutz, the commission's equine medical director | said | >

Cedar Ridge Park is owned by Ridgeline Gaming Group, which also runs the casino next to the grandstand.
The company said in a statement that the track "meets or exceeds every industry standard" and that its crew harrows and waters the surface before every card.
  > named_organization | ridgeline | The company | said in a statement | >
Its track superintendent, Dwayne Pruitt, did not return calls.
  > declined_comment | pruitt | Its track superintendent, Dwayne Pruitt | did not return calls | - | resp=no_response
Ridgeline cut the track maintenance crew from 14 workers to nine before the season, according to two people familiar with the track's operations.
  > anonymous_familiar | familiar | two people familiar with the track's operations | according to | <
The people said the track's water truck was also out of service for most of June.
  > anonymous_familiar | familiar | The people | said | >
One of the people said the company had put off replacing the cushion, a job planned for last winter.
  > anonymous_familiar | familiar | One of the people | said | >

As first reported by the Daily Racing Sheet, the jockeys' union asked the commission last week to move the meet's remaining stakes races to the turf course.
  > media_report | drs | the Daily Racing Sheet | As first reported by | >
Some horsemen say the deaths have more to do with the number of cheap, sore horses running in claiming races than with the dirt.
  > anonymous_other | horsemen | Some horsemen | say | >
The filly's owner, a racing partnership based in Louisville, could not be reached on Sunday.
  > declined_comment | owner | The filly's owner, a racing partnership based in Louisville | could not be reached on Sunday | - | resp=unreachable
''')

ARTICLES.append(r'''
@id x-campus-radio-license-wkrv
@style campus_radio_license_sale
Harlow to sell WKRV's FM license to Christian broadcaster, email says
  > document | email | email | says | Harlow to sell WKRV's FM license to Christian broadcaster

Harlow University plans to sell the FM license of WKRV, the student-run radio station that has been on the air since 1971, to a Christian radio network for $1.1 million, according to an email sent to station staff Monday night.
  > document | email | an email sent to station staff Monday night | according to | <
The email, from Vice President for Finance Gregory Tull, says the station will keep streaming online but will leave 89.3 FM by the end of the spring semester.
  > document | email | The email, from Vice President for Finance Gregory Tull | says | >
Tull could not be reached for comment Tuesday.
  > declined_comment | tull | Tull | could not be reached for comment Tuesday | - | resp=unreachable
WKRV, which students have called "The Basement" since its studio moved under the student union in 1988, has about 70 student DJs.

A senior who hosts the station's Tuesday night punk show said she learned about the sale from a listener's text message before she had even opened the email.
  > named_person | natarajan | A senior who hosts the station's Tuesday night punk show | said | >
The senior, Priya Natarajan, said the station's student board was never consulted.
  > named_person | natarajan | The senior, Priya Natarajan | said | >
Station co-manager Abby Cole said the university had told the board in October that the license was "not on the table."
  > named_official | cole | Station co-manager Abby Cole | said | >
The other co-manager, Hannah Liu, said the station's budget comes almost entirely from student fees, not from the university.
  > named_official | liu | The other co-manager, Hannah Liu | said | >
She said the board would ask the Student Senate to pass a resolution against the sale next week.
  > named_official | liu | She | said | >
"They're selling something students built," Liu said.
  > named_official | liu | Liu | said | <
"Fifty years of students, every one of them a volunteer."
  > named_official | liu | Liu | - | *

The university faces a $14 million budget gap this year.
Dr. Elaine Porter, the provost, said in a statement that money from the sale would pay for two new positions in the financial aid office.
  > named_official | porter | Dr. Elaine Porter, the provost | said in a statement | >
A university administrator, who spoke on the condition of anonymity because the sale has not been finalized, said the buyer approached Harlow last summer.
  > anonymous_official | administrator | A university administrator | said | > | anon=who spoke on the condition of anonymity because the sale has not been finalized

The buyer, Lighthouse Radio Network, owns 46 stations in seven states and bought the license of a station at Ferris Creek College in 2023.
The company said in a statement that it "looks forward to serving listeners in the Harlow area with uplifting music."
  > named_organization | lighthouse | The company | said in a statement | >
Lighthouse's president, Dean Whitcomb, did not respond to an email from The Beacon.
  > declined_comment | whitcomb | Lighthouse's president, Dean Whitcomb | did not respond to an email from The Beacon | - | resp=no_response
As first reported by Radio Current, an industry newsletter, Lighthouse has bought five college licenses in the last three years.
  > media_report | radio-current | Radio Current, an industry newsletter | As first reported by | >

The Federal Communications Commission must approve the transfer.
The purchase agreement, filed with the FCC on Friday, shows that the university will keep the station's studio equipment and its call letters.
  > document | agreement | The purchase agreement, filed with the FCC on Friday | shows | >
An FCC spokesperson said the commission does not comment on pending applications.
  > declined_comment | fcc | An FCC spokesperson | said the commission does not comment on pending applications | - | resp=declined
Some alumni say they will stop donating to Harlow if the sale goes through.
  > anonymous_other | alumni | Some alumni | say | >

@excluded
Comments are moderated. Please keep them civil and on topic.
Follow The Harlow Beacon on Instagram and TikTok for more campus news.
''')

ARTICLES.append(r'''
@id x-cocoa-hedging-loss-hollander
@style cocoa_hedging_loss
Hollander Confections swings to loss on cocoa hedges, finance chief to leave

NEW YORK, Feb 6 (Commerce Wire) - Hollander Confections Inc on Thursday reported a fourth-quarter net loss of $212 million, hit by losses on cocoa futures, and said its chief financial officer, Paula Strand, would step down at the end of March.
  > named_organization | hollander | Hollander Confections Inc | reported | a fourth-quarter net loss of $212 million, hit by losses on cocoa futures
  > named_organization | hollander | Hollander Confections Inc | said | its chief financial officer, Paula Strand, would step down at the end of March
The maker of Golden Acre chocolate bars said the loss came from hedges it placed in 2023 that would have paid off if cocoa prices had fallen.
  > named_organization | hollander | The maker of Golden Acre chocolate bars | said | >
Instead, prices nearly tripled.

Hollander buys most of its beans through Veldt Commodities, a Geneva-based trading house, but placed the hedges through its own treasury desk.
The company said it had since changed its policy so that no single position can exceed 15% of a year's expected purchases.
  > named_organization | hollander | The company | said | >
Veldt, which was not involved in the hedging, said in an emailed statement that its supply contracts with Hollander were unaffected.
  > named_organization | veldt | Veldt, which was not involved in the hedging | said in an emailed statement | >

Chief Executive Tom Brenner told analysts on a conference call that the company "got the direction of the market badly wrong."
  > named_official | brenner | Chief Executive Tom Brenner | told analysts on a conference call | >
"We are a chocolate company, not a trading firm, and we should never have behaved like one," Brenner said.
  > named_official | brenner | Brenner | said | <
"That is on me as much as on anyone."
  > named_official | brenner | Brenner | - | *

The board asked Strand to leave after it learned the size of the positions in December, according to two people familiar with the matter.
  > anonymous_familiar | familiar | two people familiar with the matter | according to | <
The people, who asked not to be named because the board's discussions were private, said directors had not been told that the hedges were doubled in the third quarter.
  > anonymous_familiar | familiar | The people | said | > | anon=who asked not to be named because the board's discussions were private
One of the people said the board had hired an outside law firm to review the trades.
  > anonymous_familiar | familiar | One of the people | said | >
Strand declined to comment.
  > declined_comment | strand | Strand | declined to comment | - | resp=declined

In its annual report, filed with the Securities and Exchange Commission on Thursday, the company said it had found a "material weakness" in its controls over derivatives.
  > named_organization | hollander | the company | said | >
The SEC did not immediately respond to a request for comment.
  > declined_comment | sec | The SEC | did not immediately respond to a request for comment | - | resp=no_response
Reuters first reported the size of the positions in January.
  > media_report | reuters | Reuters | first reported | the size of the positions

Shares of Hollander fell 8.4% to $41.12 in afternoon trading in New York.
Rina Mehta, an analyst at Dornbusch Securities, said the loss was "embarrassing but survivable" and that she expected margins to recover in the second half.
  > named_person | mehta | Rina Mehta, an analyst at Dornbusch Securities | said | >
Another analyst, Carla Benning of Westgate Capital, said the company's outlook for 2026 assumes cocoa prices will keep easing.
  > named_person | benning | Another analyst, Carla Benning of Westgate Capital | said | >
She said that was, in effect, the same bet that caused the loss.
  > named_person | benning | She | said | >
Some analysts questioned whether the board had watched the treasury desk closely enough.
  > anonymous_other | some-analysts | Some analysts | questioned | whether the board had watched the treasury desk closely enough

Hollander, noted for its seasonal caramel line, added two production lines at its plant in Reading, Pennsylvania, last year.
The company said it still expects to open a new distribution center in Ohio in the summer.
  > named_organization | hollander | The company | said | >
''')

ARTICLES.append(r'''
@id x-insurance-nonrenewals-foothills-explainer
@style homeowners_insurance_nonrenewals
Why thousands of homeowners are losing their insurance, and what they can do

More than 38,000 homeowners in the state received nonrenewal notices from their insurers in the first half of the year, according to the state Department of Insurance.
  > named_organization | doi | the state Department of Insurance | according to | <
Here are answers to some of the questions readers have sent us.

Why are insurers dropping policies?
Insurers say wildfire risk and the rising cost of rebuilding have made many homes in the foothills too expensive to cover.
  > anonymous_other | insurers | Insurers | say | >
The Western Insurance Information Institute, an industry group, said claims paid on home policies in the state have exceeded premiums in four of the last six years.
  > named_organization | wiii | The Western Insurance Information Institute, an industry group | said | >
Canyon Mutual, the state's third-largest home insurer, stopped writing new policies in 11 counties in March.
The company said in a filing with regulators that it would also drop about 9,000 existing policies by the end of the year.
  > named_organization | canyon | The company | said in a filing with regulators | >
Canyon Mutual did not respond to a request for comment on how many of those notices have already gone out.
  > declined_comment | canyon | Canyon Mutual | did not respond to a request for comment on how many of those notices have already gone out | - | resp=no_response

Is this legal?
Mostly, yes, the department says.
  > named_organization | doi | the department | says | Mostly, yes
State law requires insurers to give 75 days' notice before dropping a policy and bars them from dropping one over a single claim, according to the department's consumer guide.
  > document | guide | the department's consumer guide | according to | <
Insurance Commissioner Ricardo Alvarez said his office had fined two insurers this year for sending notices late.
  > named_official | alvarez | Insurance Commissioner Ricardo Alvarez | said | >
DOI said it is also reviewing whether some insurers are dropping whole ZIP codes without looking at individual homes.
  > named_organization | doi | DOI | said | >
A department official, who spoke on condition of anonymity because rate filings are under review, said the state expects at least two more insurers to announce cutbacks this fall.
  > anonymous_official | doi-official | A department official | said | > | anon=who spoke on condition of anonymity because rate filings are under review
Some homeowners say they never got the 75-day notice at all.
  > anonymous_other | homeowners | Some homeowners | say | >

What is the FAIR Plan?
The Pacific Property Insurance Plan, which almost everyone calls the FAIR Plan, is the state's insurer of last resort, set up by law and funded by the private insurers that sell policies here.
The plan says its policy count has nearly doubled since 2022, to 410,000.
  > named_organization | fair-plan | The plan | says | >
The FAIR Plan said its policies cover only fire, smoke and lightning, so homeowners also need a second policy to cover theft, water damage and liability.
  > named_organization | fair-plan | The FAIR Plan | said | >

How much more will I pay?
It depends, agents say.
  > anonymous_other | agents | agents | say | It depends
Denise Okafor, an independent agent in Foothill Springs, said most of her clients who lost coverage ended up on the FAIR Plan paying about twice what they paid before.
  > named_person | okafor | Denise Okafor, an independent agent in Foothill Springs | said | >
Another agent, Marcy Tilden, said she has clients paying $9,000 a year for coverage that cost $2,400 in 2021.
  > named_person | tilden | Another agent, Marcy Tilden | said | >
She said a few have dropped insurance entirely because their homes are paid off.
  > named_person | tilden | She | said | >

What can I do?
The department recommends calling an independent agent, who can get quotes from several insurers at once.
  > named_organization | doi | The department | recommends | calling an independent agent, who can get quotes from several insurers at once
Clearing brush within 5 feet of a house and installing ember-resistant vents can cut premiums by up to 15%, according to a 2023 study by the Wildfire Resilience Center at Sierra State University.
  > document | study | a 2023 study by the Wildfire Resilience Center at Sierra State University | according to | <
"People assume they're stuck, but there is almost always something you can do," Tilden said.
  > named_person | tilden | Tilden | said | <
"Start with the roof, then the vents, then the yard."
  > named_person | tilden | Tilden | - | *

@excluded
Have a question about home insurance we didn't answer? Email us at askus@foothillnews.example.
Sign up for our free morning newsletter.
Related: Map of the counties where Canyon Mutual has stopped writing policies
''')

ARTICLES.append(r'''
@id x-deed-theft-trial-eastbrook
@style deed_theft_trial
Deed-theft ring took homes from the dead and the elderly, AG says as trial opens
  > named_official | delacroix | AG | says | Deed-theft ring took homes from the dead and the elderly

EASTBROOK -- Two men forged signatures on at least 23 deeds over four years to take houses from owners who had recently died or were living in nursing homes, Assistant Attorney General Kevin Moss told jurors Monday as their trial opened in Eastbrook County Superior Court.
  > named_official | moss | Assistant Attorney General Kevin Moss | told jurors | <
Moss said the men then sold most of the houses within weeks to cash buyers, some of whom resold them again.
  > named_official | moss | Moss | said | >
Attorney General Maria Delacroix, whose office is prosecuting the case, said in a statement that the scheme took property worth more than $6 million from families across the county.
  > named_official | delacroix | Attorney General Maria Delacroix, whose office is prosecuting the case | said in a statement | >

The defendants, Curtis Greer, 44, and Anthony Vale, 39, have pleaded not guilty to racketeering, forgery and theft charges.
Vale's lawyer, Assistant Public Defender Janine Osei, told jurors that her client was a house painter who was paid to clear out the homes and never knew the deeds were forged.
  > named_official | osei | Vale's lawyer, Assistant Public Defender Janine Osei | told jurors | >
"Anthony Vale carried furniture," Osei said.
  > named_official | osei | Osei | said | <
"He did not sign anything, he did not stamp anything and he did not sell anything."
  > named_official | osei | Osei | - | *
Greer's lawyer, Paul Dietrich, put off his opening statement until the state rests its case.
Dietrich declined to comment outside the courtroom.
  > declined_comment | dietrich | Dietrich | declined to comment outside the courtroom | - | resp=declined

A title examiner who noticed that two deeds filed on the same day bore the same notary stamp testified that the notary's commission had expired eight months before the deeds were signed.
  > named_person | blum | A title examiner who noticed that two deeds filed on the same day bore the same notary stamp | testified | >
The examiner, Howard Blum, told jurors he reported the deeds to the county register of deeds in March 2022.
  > named_person | blum | The examiner, Howard Blum | told jurors | >
He said he heard nothing back for five months.
  > named_person | blum | He | said | >
The register of deeds, Carl Mendez, did not respond to requests for comment.
  > declined_comment | mendez | The register of deeds, Carl Mendez | did not respond to requests for comment | - | resp=no_response

Angela Ruiz testified that she learned her late mother's house had been sold when she drove past and saw a dumpster in the driveway.
  > named_person | aruiz | Angela Ruiz | testified | >
Her sister, Teresa Ruiz, testified that she had kept paying the property taxes on the house for two years after their mother's death.
  > named_person | truiz | Her sister, Teresa Ruiz | testified | >
She told jurors that a man who said he was the new owner changed the locks while she was at work.
  > named_person | truiz | She | told jurors | >
Judge Helen Marsh called a recess shortly after 3 p.m.
Det. Lorraine Pike of the Eastbrook Police Department then testified that officers found blank deed forms and a notary stamp in the trunk of Greer's car in 2022.
  > named_official | pike | Det. Lorraine Pike of the Eastbrook Police Department | testified | >

The indictment and a motion filed by prosecutors on Friday say the notary, Sandra Feld, was paid $500 for each deed she stamped.
  > document | filings | The indictment and a motion filed by prosecutors on Friday | say | >
Feld pleaded guilty in May and is expected to testify this week, according to a court filing.
  > document | plea-filing | a court filing | according to | <
A law enforcement official, who spoke on condition of anonymity because the investigation into other members of the group is continuing, said at least three more people could be charged.
  > anonymous_official | le-official | A law enforcement official | said | > | anon=who spoke on condition of anonymity because the investigation into other members of the group is continuing
Greer's brother, who was named in a civil lawsuit over two of the houses, could not be reached.
  > declined_comment | greer-brother | Greer's brother, who was named in a civil lawsuit over two of the houses | could not be reached | - | resp=unreachable

The Eastbrook Chronicle first reported the scheme in the fall of 2022.
  > media_report | chronicle | The Eastbrook Chronicle | first reported | the scheme
Advocates for older homeowners say deed theft is rising across the state as home values climb.
  > anonymous_other | advocates | Advocates for older homeowners | say | >
Marsh stopped the testimony once, to have a projector moved so that jurors could see the deeds.
The trial is expected to last three weeks.
''')

ARTICLES.append(r'''
@id x-landfill-odor-permit-marsh-township
@style landfill_odor_permit
Pine Hollow landfill expansion decision pushed to next year, DEP says
  > named_organization | dep | DEP | says | Pine Hollow landfill expansion decision pushed to next year

MARSH TOWNSHIP -- The state Department of Environmental Protection will not decide until next year whether to let the Pine Hollow Landfill grow by 90 acres, after receiving more than 1,100 complaints about odors from the site since January, the department said Wednesday.
  > named_organization | dep | the department | said Wednesday | <
DEP said it had asked the landfill's owner for a new odor control plan and a study of gas leaking from the landfill's oldest section.
  > named_organization | dep | DEP | said | >
A DEP spokesman said the department would hold at least one public hearing before it rules.
  > named_organization | dep | A DEP spokesman | said | >
A DEP engineer, who asked not to be named because he is not authorized to speak to reporters, said the landfill's gas collection system was designed for a site half its current size.
  > anonymous_official | engineer | A DEP engineer | said | > | anon=who asked not to be named because he is not authorized to speak to reporters

Pine Hollow is owned by Northfield Waste Systems, which bought it in 2019 from Crestline Disposal.
The company said in a statement that it had spent $4 million on new gas wells and a temporary cover this year and that complaints had fallen since August.
  > named_organization | northfield | The company | said in a statement | >
Crestline, which now runs only transfer stations, declined to comment.
  > declined_comment | crestline | Crestline, which now runs only transfer stations | declined to comment | - | resp=declined
Northfield's district manager, Greg Salter, said the expansion would keep the landfill open for another 22 years.
  > named_official | salter | Northfield's district manager, Greg Salter | said | >
"Trash doesn't stop coming because a landfill closes," Salter said.
  > named_official | salter | Salter | said | <
"It just goes somewhere farther away, on more trucks."
  > named_official | salter | Salter | - | *
Northfield wants to start filling the first new cell in 2027.
  > named_organization | northfield | Northfield | wants | to start filling the first new cell in 2027 | nosrc

Linda Morrow, who lives a half mile east of the landfill on Gravel Pit Road, said the smell wakes her at night two or three times a week.
  > named_person | morrow | Linda Morrow, who lives a half mile east of the landfill on Gravel Pit Road | said | >
Her neighbor, Carol Ames, said she has given up hanging laundry outside.
  > named_person | ames | Her neighbor, Carol Ames | said | >
She said her grandchildren no longer want to sleep over in the summer.
  > named_person | ames | She | said | >
A letter from the superintendent of the Marsh Valley School District to DEP in March says teachers at Hollow Creek Elementary kept students inside for recess on 14 days last fall because of the smell.
  > document | letter | A letter from the superintendent of the Marsh Valley School District to DEP in March | says | >
Some parents say the school should be moved if the expansion is approved.
  > anonymous_other | parents | Some parents | say | >

An odor study commissioned by Northfield and a separate analysis by the township's consultant both found that most complaints came on calm mornings when the wind blew from the west.
  > document | studies | An odor study commissioned by Northfield and a separate analysis by the township's consultant | found | >
The consultant, Terrapin Environmental, did not respond to a request for comment.
  > declined_comment | terrapin | The consultant, Terrapin Environmental | did not respond to a request for comment | - | resp=no_response
The Marsh Township Planning Commission, which must also approve the expansion, voted 4-1 in June to recommend it.
The commission's chairman, Ed Pelletier, said the township gets about $1.8 million a year in host fees from the landfill, nearly a quarter of its budget.
  > named_official | pelletier | The commission's chairman, Ed Pelletier | said | >
Critics say those fees have made the township dependent on the landfill.
  > anonymous_other | critics | Critics | say | >

The Record first reported in May that DEP had cited the landfill twice last year for leaving trash uncovered at the end of the working day.
  > media_report | record | The Record | first reported in May | >
The new cells would take in woods along Hollow Creek, a stream noted for its brook trout.
Rep. Dana Kirsch, a Democrat whose district includes the township, said she had asked DEP to hold the hearing in Marsh Township rather than in the capital.
  > named_official | kirsch | Rep. Dana Kirsch, a Democrat whose district includes the township | said | >
Gravel Pit Road residents' association president Frank Doyle could not be reached.
  > declined_comment | doyle | Gravel Pit Road residents' association president Frank Doyle | could not be reached | - | resp=unreachable

@excluded
Get The Record's morning newsletter in your inbox.
Related: Pine Hollow expansion: a timeline
Share this article
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
