"""Build corpus/articles/ah.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles away from politics, government, courts and the economy (fair_steer_show_disqualification,
lifeguard_shortage_pool_hours, wrestling_weight_cut_hospitalization,
firefly_citizen_science_count, gym_membership_cancellation_fees, sinkhole_swallows_street,
dining_hall_allergen_mislabel, hop_harvest_mildew_shortage, museum_roof_leak_painting_damage,
dog_park_leptospirosis_cluster, beach_nourishment_sand_loss, film_festival_jury_walkout), in
the voices of twelve kinds of outlet (a small-town weekly, a metro desk, a high-school sports
desk, a science magazine feature in the present tense, a consumer column, a local TV website,
a student paper with an editor's note, a brewing trade publication, an arts desk with a
correction, a local health site, a regional environment desk with a pull-quote subhead, a
culture desk). Many named private people (exhibitors, parents, residents, a wrestler's family,
volunteers, growers, conservators, dog owners, homeowners, filmmakers) beside named officials
and spokespeople; people described first and named later; bare surnames and pronouns;
anonymous employees with stated reasons; people familiar with a matter; vague sources
("some exhibitors and parents", "some entomologists", "several brewers contacted by ...");
documents (a letter to exhibitors, hiring figures, census data, a contract, a database,
utility records, an email to students, a crop report, board minutes, photographs, a survey,
studies); other outlets' and the outlet's own earlier reports; non-answers of all three kinds;
headline attributions; "told to leave", "said to be", "called for" and plans/wants that are
not sourcing.
Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_ah.py [--render]
     python corpus/build_articles_ah.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "ah.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id ah-weekly-steer-show-pell-county
@style fair_steer_show_disqualification
Grand champion steer stripped of title after drug test, fair board says
  > named_organization | fair-board | fair board | says | <

PELL CITY, Neb. -- The grand champion steer at this year's Pell County Fair has been disqualified after a urine sample showed traces of a banned feed additive, the county fair board announced Monday.
  > named_organization | fair-board | the county fair board | announced Monday | <
The steer, a 1,340-pound crossbred named Boomer, was shown by 16-year-old Kaylee Strand of rural Dunmore.
Its $14,200 sale at the youth livestock auction on Aug. 2 has been voided, board president Roy Lindqvist said.
  > named_official | lindqvist | board president Roy Lindqvist | said | <
"Nobody on this board takes any joy in this," Lindqvist told the Ledger on Tuesday.
  > named_official | lindqvist | Lindqvist | told the Ledger on Tuesday | <
"But the rules are posted on the barn door, and they're the same for every kid."
  > named_official | lindqvist | Lindqvist | - | *

The sample was one of six taken from the top-placing animals and sent to a state laboratory in Lincoln, according to a letter the board mailed to exhibitors last week.
  > document | letter | a letter the board mailed to exhibitors last week | according to | <
The letter, a copy of which a parent gave to the Ledger, says the lab found ractopamine, an additive that is legal in some commercial cattle feed but banned at most youth shows.
  > document | letter | The letter, a copy of which a parent gave to the Ledger | says | >
The other five samples were clean, it says.
  > document | letter | it | says | <

Kaylee's mother, Jolene Strand, said the family never gave the steer anything it was not supposed to have.
  > named_person | jolene-strand | Kaylee's mother, Jolene Strand | said | >
"We've raised show cattle for three generations," she said.
  > named_person | jolene-strand | she | said | <
"Kaylee was in that barn every morning before school.
  > named_person | jolene-strand | she | - | *
She cried for two days."
  > named_person | jolene-strand | she | - | *
Strand said she suspects the additive came from a bag of premixed feed the family bought from a dealer in Kansas in June, and that the family will appeal.
  > named_person | jolene-strand | Strand | said | >
The dealer did not return phone calls Monday and Tuesday.
  > declined_comment | dealer | The dealer | did not return phone calls Monday and Tuesday | - | resp=no_response

Under the fair's rules, the reserve champion, a Hereford shown by Mason Petrak of Hollis, moves up to grand champion.
Petrak, 17, said he learned the news from a text message sent by his 4-H leader.
  > named_person | petrak | Petrak, 17 | said | >
"It's not how I wanted to win it," he said.
  > named_person | petrak | he | said | <

Some exhibitors and parents have questioned why the results took five weeks to come back.
  > anonymous_other | exhibitors | Some exhibitors and parents | have questioned | why the results took five weeks to come back
One father whose daughter showed a heifer, who asked that his name not be used because his family still shows at the fair, said the delay "let a kid carry a purple banner around for a month."
  > anonymous_other | father | One father whose daughter showed a heifer | said | > | anon=who asked that his name not be used because his family still shows at the fair
Lindqvist said the state lab is backed up every August and the board has no say over how fast it works.
  > named_official | lindqvist | Lindqvist | said | >
The Nebraska Department of Agriculture, which runs the lab, said in an email that fair samples are tested "in the order received."
  > named_organization | nda | The Nebraska Department of Agriculture, which runs the lab | said in an email | >
The Prairie Courier reported last fall that two steers at a fair in neighboring Hall County were disqualified for the same additive.
  > media_report | courier | The Prairie Courier | reported last fall | >
The board will hear the Strands' appeal at its Sept. 9 meeting at the 4-H building, which is open to the public.
The buyer, Dunmore Farm Supply, will get its money back.
Owner Dale Hruska said the store would give the full $14,200 to the county 4-H scholarship fund anyway, because it "bought the kid, not the cow."
  > named_official | hruska | Owner Dale Hruska | said | >

@excluded
Have a news tip? Call the Ledger at 402-555-0148.
Subscribe to the Pell County Ledger: $38 a year in the county, $46 elsewhere.
''')

ARTICLES.append(r'''
@id ah-metro-lifeguard-shortage-ashford
@style lifeguard_shortage_pool_hours
Seven of Ashford's 13 public pools won't open Memorial Day as lifeguard shortage deepens

Ashford's parks department will open only six of its 13 public pools on Memorial Day weekend because it has hired barely half the lifeguards it needs, the department said Thursday.
  > named_organization | parks | the department | said Thursday | <
The city had 112 certified lifeguards on its roster as of this week, compared with 210 before the pandemic, according to hiring figures the department released with the announcement.
  > document | figures | hiring figures the department released with the announcement | according to | <
The other seven pools, most of them on the city's east side, will open July 1 "at the earliest," Parks Director Angela Moreau said in a statement.
  > named_official | moreau | Parks Director Angela Moreau | said in a statement | <
"We are competing with every water park, country club and summer camp in the region for the same 17-year-olds," Moreau said.
  > named_official | moreau | Moreau | said | <
"And right now, a lot of them are winning."
  > named_official | moreau | Moreau | - | *

The department raised its starting wage to $19 an hour in March and began paying for the certification course, which costs about $250.
The changes helped, but not enough, said Dwayne Okafor, the department's aquatics supervisor.
  > named_official | okafor | Dwayne Okafor, the department's aquatics supervisor | said | <
He said 40 applicants failed the required swim test this spring, most of them on the timed 300-yard swim.
  > named_official | okafor | He | said | >
The job, which calls for long hours in the sun and a rescue certification renewed every two years, pays less than many retail jobs in the region.

For families on the east side, the closures land hard.
Tanisha Greer, who lives two blocks from the Kellogg Park pool, said her three children spent most of last summer there.
  > named_person | greer | Tanisha Greer, who lives two blocks from the Kellogg Park pool | said | >
"Where are they supposed to go?" she asked.
  > named_person | greer | she | asked | <
"The lake?
  > named_person | greer | she | - | *
That's how kids drown."
  > named_person | greer | she | - | *
Drowning is the leading cause of death for children ages 1 to 4, according to the Centers for Disease Control and Prevention.
  > named_organization | cdc | the Centers for Disease Control and Prevention | according to | <
Last July, swimmers at Kellogg Park were told to leave the water twice in one afternoon when only one guard was on duty.

A pool supervisor for the department, who spoke on condition of anonymity because staff were instructed not to talk to reporters, said guards at some of the open pools worked 12-hour shifts last summer.
  > anonymous_official | supervisor | A pool supervisor for the department | said | > | anon=who spoke on condition of anonymity because staff were instructed not to talk to reporters
The supervisor said two guards quit in August after being asked to cover a third pool.
  > anonymous_official | supervisor | The supervisor | said | >
A department spokeswoman, Lisa Tran, did not respond to questions about the shifts.
  > declined_comment | tran | A department spokeswoman, Lisa Tran | did not respond to questions about the shifts | - | resp=no_response

The shortage is not unique to Ashford.
A survey of 400 public aquatic centers released in February by the National Aquatics Council found that three in five had cut hours or closed pools in 2024 for lack of guards.
  > document | survey | A survey of 400 public aquatic centers released in February by the National Aquatics Council | found | >
The Courier reported in April that the city's day camps were also short of counselors.
  > media_report | courier | The Courier | reported in April | >
Moreau said the department would start a "junior guard" program for 15-year-olds next summer.
  > named_official | moreau | Moreau | said | >

@excluded
Get the Ashford Courier's Metro newsletter every weekday morning.
What do you think? Leave a comment below.
''')

ARTICLES.append(r'''
@id ah-sports-wrestling-weight-cut-eastbrook
@style wrestling_weight_cut_hospitalization
Eastbrook wrestler hospitalized after cutting weight for sectional, school says
  > named_organization | school | school | says | <

EASTBROOK, N.Y. -- An Eastbrook High School sophomore was hospitalized Saturday after collapsing in a locker room at the Section IV wrestling tournament, hours after weighing in at 126 pounds, the school said in a statement.
  > named_organization | school | the school | said in a statement | <
The statement did not name the wrestler.
His father, Greg Kowalski, said Monday that his son, Tyler, 15, was in stable condition at Upstate Children's Hospital in Syracuse.
  > named_person | greg | His father, Greg Kowalski | said Monday | >
Kowalski said Tyler had dropped 11 pounds in the nine days before the tournament, mostly by skipping meals and running in a rubber suit.
  > named_person | greg | Kowalski | said | >
"He told us the coaches knew," the elder Kowalski said.
  > named_person | greg | the elder Kowalski | said | <
"I believed him.
  > named_person | greg | the elder Kowalski | - | *
I shouldn't have."
  > named_person | greg | the elder Kowalski | - | *

Eastbrook coach Rick Santangelo said in an interview Sunday that no one on his staff had encouraged Tyler to cut weight.
  > named_official | santangelo | Eastbrook coach Rick Santangelo | said in an interview Sunday | >
"We tell every kid the same thing: eat, hydrate, wrestle where you are," Santangelo said.
  > named_official | santangelo | Santangelo | said | <
He acknowledged that Tyler had moved down a weight class in January but said he had "no idea" the boy was cutting so hard.
  > named_official | santangelo | He | acknowledged | that Tyler had moved down a weight class in January
  > named_official | santangelo | He | said | he had "no idea" the boy was cutting so hard

Two people close to the team said assistant coaches weighed wrestlers every day in the final week and wrote the numbers on a whiteboard in the wrestling room.
  > anonymous_familiar | close | Two people close to the team | said | >
One of them said the whiteboard was wiped clean the day after Tyler collapsed.
  > anonymous_familiar | close | One of them | said | >
Santangelo did not respond to a follow-up message asking about the whiteboard.
  > declined_comment | santangelo | Santangelo | did not respond to a follow-up message asking about the whiteboard | - | resp=no_response

State rules bar wrestlers from losing more than 1.5 percent of their body weight a week.
A spokesman for the state high school athletic association, Todd Merrill, said the association was reviewing Tyler's weight certification records.
  > named_official | merrill | A spokesman for the state high school athletic association, Todd Merrill | said | >
He declined to say whether any rules had been broken.
  > declined_comment | merrill | He | declined to say whether any rules had been broken | - | resp=declined

Dr. Miriam Osei, a sports medicine physician in Syracuse who was not involved in Tyler's care, said rapid weight cuts can injure the kidneys and trigger dangerous heart rhythms.
  > named_person | osei | Dr. Miriam Osei, a sports medicine physician in Syracuse who was not involved in Tyler's care | said | >
"Teenagers are still growing," Osei said.
  > named_person | osei | Osei | said | <
"Starving them to make a number on a scale is not a sports problem; it's a medical one."
  > named_person | osei | Osei | - | *
A 2022 survey of 1,100 high school wrestlers by researchers at Cayuga State University found that 41 percent had used saunas, laxatives or spitting to make weight at least once.
  > document | survey | A 2022 survey of 1,100 high school wrestlers by researchers at Cayuga State University | found | >

Tyler's mother, Dana Kowalski, said he already wants to wrestle again next season.
  > named_person | dana | Tyler's mother, Dana Kowalski | said | >
"I don't know if I'm going to let him," she said.
  > named_person | dana | she | said | <
Eastbrook finished fourth in the team standings.

@excluded
Sign up for the Post-Star's high school sports newsletter.
Photo: The Eastbrook High School wrestling room. (File photo)
''')

ARTICLES.append(r'''
@id ah-science-firefly-census-ozarks
@style firefly_citizen_science_count
Counting the dark: volunteers track the fireflies' long decline

On a June night in the hills outside Hollister, Mo., Bethany Cruz walks a gravel road with a red flashlight and a tally counter, clicking each time a yellow-green flash rises out of the grass.
She counts 14 in ten minutes.
"Ten years ago I'd have lost count," she says.
  > named_person | cruz | she | says | <
Cruz, a retired middle school science teacher, is one of about 2,300 volunteers in the Firefly Night Census, a citizen-science project run by the Ozark Ecology Institute.

The census's latest data, published in March, show firefly counts at its long-term sites falling by about 38 percent between 2014 and 2023.
  > document | census-data | The census's latest data, published in March | show | >
The drop is steepest near highways and new subdivisions, according to the institute's annual report.
  > document | annual-report | the institute's annual report | according to | <
Priya Raman, the entomologist who leads the project, says artificial light is the likeliest culprit.
  > named_person | raman | Priya Raman, the entomologist who leads the project | says | >
"Fireflies talk to each other with light," Raman says.
  > named_person | raman | Raman | says | <
"If the whole night is lit up, they can't hear each other."
  > named_person | raman | Raman | - | *
She notes that pesticide drift and drought also play a part, and are harder to measure.
  > named_person | raman | She | notes | >

Not everyone is sure the numbers mean what they seem to.
Some entomologists argue that volunteer counts are too noisy to show a real trend.
  > anonymous_other | entomologists | Some entomologists | argue | >
Jonah Pike, a statistician at Missouri Valley University who reviewed the census methods for this magazine, says the decline holds up even after he corrects for weather and for the changing number of volunteers.
  > named_person | pike | Jonah Pike, a statistician at Missouri Valley University who reviewed the census methods for this magazine | says | >
"It's not a perfect instrument," he says.
  > named_person | pike | he | says | <
"But the signal is strong."
  > named_person | pike | he | - | *
A review of firefly studies published last year in the journal Insect Conservation Letters estimated that about one in three of the 128 species assessed worldwide are threatened.
  > document | review | A review of firefly studies published last year in the journal Insect Conservation Letters | estimated | >

A cattle farmer whose land borders one of the census's oldest sites has watched the change from his porch.
The farmer, Walt Embry, 71, says the pasture below his house "used to look like a Christmas tree" on summer nights.
  > named_person | embry | The farmer, Walt Embry, 71 | says | >
Now, he says, a new gas station up the highway keeps the field lit until dawn.
  > named_person | embry | he | says | Now ;; a new gas station up the highway keeps the field lit until dawn
The Ozark Home Builders Association says in a statement that its members follow county lighting rules.
  > named_organization | builders | The Ozark Home Builders Association | says in a statement | >
"Fireflies are not the first thing anyone thinks about when they design a streetlight," the association adds, "and maybe that should change."
  > named_organization | builders | the association | adds | "Fireflies are not the first thing anyone thinks about when they design a streetlight," ;; "and maybe that should change."
Taney County's planning director, Carl Eddings, did not respond to emails about whether the county would consider dimmer streetlights.
  > declined_comment | eddings | Taney County's planning director, Carl Eddings | did not respond to emails about whether the county would consider dimmer streetlights | - | resp=no_response

Cruz has talked 11 of her neighbors into putting their porch lights on motion sensors.
The institute plans to publish county-by-county maps of night light next spring.
  > named_organization | institute | The institute | plans | to publish county-by-county maps of night light next spring | nosrc
On the last night of her count, Cruz says, she clicked the tally 23 times.
  > named_person | cruz | Cruz | says | On the last night of her count ;; she clicked the tally 23 times

@excluded
This article appears in the July/August issue of Field Notes.
Illustration by Mara Quintero for Field Notes.
''')

ARTICLES.append(r'''
@id ah-consumer-gym-cancellation-flexforce
@style gym_membership_cancellation_fees
The Fix: Reader says her gym kept charging her for months after she canceled
  > named_person | dillard | Reader | says | her gym kept charging her for months after she canceled

Marcy Dillard thought she had done everything right.
When she moved from Overland Park to Lenexa in January, she walked into her FlexForce Fitness club, asked to cancel her $39.99-a-month membership and signed a form at the front desk.
Then the charges kept coming.
"Four months, $160, for a gym I never set foot in," Dillard wrote in an email to The Fix in May.
  > named_person | dillard | Dillard | wrote in an email to The Fix in May | <
"When I called, they told me the form I signed was the wrong one."
  > named_person | dillard | Dillard | - | *

She is not alone.
The Better Business Bureau serving Kansas City has logged 612 complaints against FlexForce in the past three years, most of them about cancellations, according to the bureau's online records.
  > document | bbb-records | the bureau's online records | according to | <
Several readers who wrote to The Fix after last year's column on gym contracts described the same trap: a cancellation form that turned out to be the wrong form.
  > anonymous_other | readers | Several readers who wrote to The Fix after last year's column on gym contracts | described | the same trap: a cancellation form that turned out to be the wrong form

FlexForce's membership contract, which Dillard sent along, requires members to cancel "in writing by certified mail or in person with a club manager" and charges a fee equal to two months' dues.
  > document | contract | FlexForce's membership contract, which Dillard sent along | requires | >
The form Dillard signed was a "membership freeze request," the copy she kept shows.
  > document | form | the copy she kept | shows | <
FlexForce, based in Tulsa, runs 84 clubs in six states.
A company spokeswoman, Kendra Vail, said in a statement that front-desk staff are trained to explain the cancellation process and that FlexForce had "reviewed Ms. Dillard's account and issued a full refund as a courtesy."
  > named_official | vail | A company spokeswoman, Kendra Vail | said in a statement | >
She did not answer questions about how many members had been billed after filing freeze forms.
  > declined_comment | vail | She | did not answer questions about how many members had been billed after filing freeze forms | - | resp=declined

A former FlexForce front-desk manager, who asked not to be named because she signed a confidentiality agreement when she left, said staff were "coached to offer the freeze first, every time."
  > anonymous_official | former-manager | A former FlexForce front-desk manager | said | > | anon=who asked not to be named because she signed a confidentiality agreement when she left
She said managers earned a bonus for every member kept on the books each month.
  > anonymous_official | former-manager | She | said | >
A survey of 2,000 gym members by the nonprofit Consumer Action Network found that one in five who tried to cancel in the past two years was billed at least once afterward.
  > document | survey | A survey of 2,000 gym members by the nonprofit Consumer Action Network | found | >

What can you do?
If the contract says certified mail, send certified mail and keep the receipt, said Aaron Weiss, a consumer lawyer in Overland Park.
  > named_person | weiss | Aaron Weiss, a consumer lawyer in Overland Park | said | <
"Then dispute any charge after that date with your card issuer," Weiss said.
  > named_person | weiss | Weiss | said | <
"Banks side with the customer more often than people think."
  > named_person | weiss | Weiss | - | *
Dillard said she got her $160 back on June 3, a day after The Fix contacted the company.
  > named_person | dillard | Dillard | said | >
"I shouldn't have needed a newspaper columnist to get my own money back," she said.
  > named_person | dillard | she | said | <

@excluded
Have a consumer problem? Email thefix@kcdispatch.example or call 816-555-0190.
Comments are closed on this article.
''')

ARTICLES.append(r'''
@id ah-tv-sinkhole-maple-terrace
@style sinkhole_swallows_street
Sinkhole swallows pickup on Maple Terrace Drive; 9 homes evacuated, fire chief says
  > named_official | delgado | fire chief | says | <

LAKE HOLLIS, Fla. -- A sinkhole about 40 feet wide opened under Maple Terrace Drive early Wednesday, swallowing a parked pickup truck and forcing nine families from their homes, Lake Hollis Fire Chief Ron Delgado said.
  > named_official | delgado | Lake Hollis Fire Chief Ron Delgado | said | <
No one was hurt.
Delgado told reporters at the scene that the hole was still growing slowly and that no one would be allowed back into the homes until engineers had checked the ground beneath them.
  > named_official | delgado | Delgado | told reporters at the scene | >
Residents were told to leave around 4:30 a.m., after a neighbor heard what she described as "a long, low crack, like ice on a pond."
  > named_person | munoz | she | described as | "a long, low crack, like ice on a pond."

The neighbor, Carla Munoz, 62, said she woke her husband and the two of them started knocking on doors.
  > named_person | munoz | The neighbor, Carla Munoz, 62 | said | >
"By the time the fire trucks came, the truck was already going in nose first," Munoz said.
  > named_person | munoz | Munoz | said | <
The pickup belonged to Derek Hale, who lives across the street.
Hale said he watched from his driveway as it slid in.
  > named_person | hale | Hale | said | >
"Twelve years I had that truck," he said.
  > named_person | hale | he | said | <
"Paid it off in March."
  > named_person | hale | he | - | *

Central Florida sits on limestone that slowly dissolves in groundwater, and sinkholes are common.
The Florida Geological Survey has recorded 14 sinkholes within five miles of Maple Terrace since 1990, according to its online database.
  > document | fgs-database | its online database | according to | <
Omar Haddad, a geologist with the survey who visited the site Wednesday afternoon, said heavy rain after a long dry spell often sets off collapses like this one.
  > named_official | haddad | Omar Haddad, a geologist with the survey who visited the site Wednesday afternoon | said | >
City utility records show two complaints of low water pressure on the street in May.
  > document | utility-records | City utility records | show | >
An engineer working for the city, who was not authorized to speak publicly, told News 6 that ground-penetrating radar showed "hollow spots" under two of the houses.
  > anonymous_official | engineer | An engineer working for the city | told News 6 | > | anon=who was not authorized to speak publicly

A city spokeswoman said the city would pay for hotel rooms for displaced families for at least three nights.
  > named_organization | city | A city spokeswoman | said | >
Hale's insurer, Sunstate Mutual, did not immediately respond to a request for comment.
  > declined_comment | sunstate | Hale's insurer, Sunstate Mutual | did not immediately respond to a request for comment | - | resp=no_response
The Lake Hollis Herald reported in 2019 that a smaller sinkhole had opened two blocks away, on Birch Court.
  > media_report | herald | The Lake Hollis Herald | reported in 2019 | >
Some residents on the street said Wednesday that they had asked the city to inspect the road after cracks appeared last year.
  > anonymous_other | residents | Some residents on the street | said Wednesday | >
Delgado said engineers would decide by Friday whether any of the homes had to be demolished.
  > named_official | delgado | Delgado | said | >

@excluded
Copyright 2025 WLHF News 6. All rights reserved.
Download the News 6 app for live updates on this story.
Photo: Drone video shows the sinkhole on Maple Terrace Drive. (WLHF)
''')

ARTICLES.append(r'''
@id ah-student-dining-allergen-carver
@style dining_hall_allergen_mislabel
Student hospitalized after "nut-free" pesto at Hollings contained cashews, Dining Services says
  > named_organization | dining | Dining Services | says | <

A first-year student was taken to Carver Memorial Hospital on Thursday night after eating pasta at Hollings Dining Hall that was labeled nut-free but contained cashews, according to an email Dining Services sent to students Friday.
  > document | email | an email Dining Services sent to students Friday | according to | <
The email said the pesto came from a new supplier and that the label on the serving line was "based on the previous recipe."
  > document | email | The email | said | >
The student, Rohan Mehta '28, said he began having trouble breathing within minutes and used his own epinephrine injector before a friend called 911.
  > named_person | mehta | The student, Rohan Mehta '28 | said | >
"I checked the card," Mehta told The Clarion.
  > named_person | mehta | Mehta | told The Clarion | <
"It said nut-free.
  > named_person | mehta | Mehta | - | *
I did everything I was supposed to do."
  > named_person | mehta | Mehta | - | *
Mehta was released from the hospital early Friday.

Director of Dining Services Karen Lowell said in an interview Monday that the department had pulled all of the supplier's products and would retrain staff on allergen labels over spring break.
  > named_official | lowell | Director of Dining Services Karen Lowell | said in an interview Monday | >
"This should not have happened, and I'm sorry it did," Lowell said.
  > named_official | lowell | Lowell | said | <
Lowell declined to name the supplier.
  > declined_comment | lowell | Lowell | declined to name the supplier | - | resp=declined
A dining hall worker, who asked not to be named because staff are not allowed to speak to the press, said the new pesto arrived in plain white tubs with no ingredient list.
  > anonymous_official | worker | A dining hall worker | said | > | anon=who asked not to be named because staff are not allowed to speak to the press

Some students with food allergies say the problem is not new.
  > anonymous_other | allergy-students | Some students with food allergies | say | >
Junior Lila Brennan, who has a severe peanut allergy, said she stopped eating at Hollings last fall after finding sliced almonds in a salad marked nut-free.
  > named_person | brennan | Junior Lila Brennan, who has a severe peanut allergy | said | >
"You learn to ask three people before you eat anything," she said.
  > named_person | brennan | she | said | <
Allergy Aware, a student group, wrote in an Instagram post Saturday that it had received 23 reports of mislabeled food since August.
  > named_organization | allergy-aware | Allergy Aware, a student group | wrote in an Instagram post Saturday | >
The Clarion reported in October that two students had similar reactions last academic year.
  > media_report | clarion | The Clarion | reported in October | >
About 6 percent of undergraduates report a food allergy, according to a survey released in January by the Student Health Center.
  > document | health-survey | a survey released in January by the Student Health Center | according to | <

The college's media relations office did not respond to questions about whether the college would pay Mehta's hospital bill.
  > declined_comment | media-relations | The college's media relations office | did not respond to questions about whether the college would pay Mehta's hospital bill | - | resp=no_response
Mehta said the bill came to $2,140 before insurance.
  > named_person | mehta | Mehta | said | >
He said he has gone back to Hollings once since, and ate a plain bagel.
  > named_person | mehta | He | said | >

@excluded
Editor's note: An earlier version of this article misspelled the name of Hollings Dining Hall.
The Carver Clarion is the independent student newspaper of Carver College. Support student journalism.
''')

ARTICLES.append(r'''
@id ah-trade-hop-mildew-yakima
@style hop_harvest_mildew_shortage
Mildew cuts aroma hop yields by up to 30%, growers' council estimates
  > named_organization | council | growers' council | estimates | <

YAKIMA, Wash. -- Yields of several popular aroma hops will fall 20 to 30 percent short of contracted volumes this year after a wet spring and an outbreak of powdery mildew across the Yakima Valley, the Northwest Hop Growers Council estimated Tuesday.
  > named_organization | council | the Northwest Hop Growers Council | estimated Tuesday | <
The council's preliminary crop report puts the Citra harvest at about 11 million pounds, down from 15.8 million last year.
  > document | crop-report | The council's preliminary crop report | puts | >
Mosaic and Strata are also down sharply, the report says, while bittering varieties such as Columbus held up.
  > document | crop-report | the report | says | Mosaic and Strata are also down sharply ;; while bittering varieties such as Columbus held up
"Growers did everything right and still lost fields," said Meredith Castellanos, the council's executive director.
  > named_official | castellanos | Meredith Castellanos, the council's executive director | said | <
"Mildew loves a cool, wet May, and that's what we got."
  > named_official | castellanos | Castellanos | - | *

Pete Vander Wal, a third-generation grower near Moxee, said he plowed under 40 acres of Citra in June after the fungus spread faster than his crews could spray.
  > named_person | vander-wal | Pete Vander Wal, a third-generation grower near Moxee | said | >
Most aroma hops are sold under multiyear contracts, and a short crop is shared out pro rata, so brewers get a fraction of what they ordered.
Several brewers contacted by Brewers Ledger said they had received letters from their hop merchants warning of shortfalls of up to 30 percent.
  > anonymous_other | brewers | Several brewers contacted by Brewers Ledger | said | >
A spokesman for Cascadia Hop Merchants, one of the largest brokers in the valley, confirmed that the company had sent allocation letters to customers on Aug. 28.
  > named_organization | cascadia | A spokesman for Cascadia Hop Merchants, one of the largest brokers in the valley | confirmed | >
One such letter, reviewed by Brewers Ledger, tells customers that Citra deliveries will be "approximately 72 percent of contracted volume."
  > document | letter | One such letter, reviewed by Brewers Ledger | tells customers | >
Another large merchant, Valley Gold Hops, declined to comment on its allocations.
  > declined_comment | valley-gold | Another large merchant, Valley Gold Hops | declined to comment on its allocations | - | resp=declined

Spot prices for Citra have climbed above $20 a pound, according to two people familiar with recent trades.
  > anonymous_familiar | traders | two people familiar with recent trades | according to | <
One of the people said a brewery in Colorado paid $24 a pound last week for 2,000 pounds of pellets.
  > anonymous_familiar | traders | One of the people | said | >
Craft Beverage Weekly reported last month that contract prices for next year's crop were already being renegotiated.
  > media_report | cbw | Craft Beverage Weekly | reported last month | >

Sarah Lindgren, head brewer at Foghorn Brewing in Portland, said the brewery would change the recipe of its flagship IPA rather than raise its price.
  > named_official | lindgren | Sarah Lindgren, head brewer at Foghorn Brewing in Portland | said | >
"We'll blend in Nectaron and a couple of experimental varieties," she said.
  > named_official | lindgren | she | said | <
"Most drinkers won't notice.
  > named_official | lindgren | she | - | *
The hop nerds will."
  > named_official | lindgren | she | - | *
Castellanos warned that if next spring is as wet, some growers may pull Citra out entirely and plant varieties that resist mildew.
  > named_official | castellanos | Castellanos | warned | >
The U.S. Department of Agriculture will publish its own estimate of the crop in December.

@excluded
Brewers Ledger is free for members of the Independent Brewers Guild. Subscribe here.
Read more: How brewers are adapting recipes to low-alpha years
''')

ARTICLES.append(r'''
@id ah-arts-museum-roof-leak-harbor-city
@style museum_roof_leak_painting_damage
Roof leak damaged three paintings at Harbor City museum, staff say; museum calls damage "minor"
  > anonymous_official | staff | staff | say | < | count=2
  > named_organization | museum | museum#2 | calls | damage "minor"

Rainwater leaking through the roof of the Harbor City Museum of Art damaged at least three paintings in its 19th-century American galleries during last week's storms, according to two museum employees and photographs reviewed by the Harbor City Examiner.
  > anonymous_official | staff | two museum employees | according to | <
  > document | photos | photographs reviewed by the Harbor City Examiner | according to | <
The employees, who spoke on the condition of anonymity because they were not authorized to talk to reporters, said one of the damaged works is "Evening on the Marsh," an 1868 landscape by Josiah Whitcombe that the museum bought in 2011 for $1.2 million.
  > anonymous_official | staff | The employees | said | > | anon=who spoke on the condition of anonymity because they were not authorized to talk to reporters
The painting is said to be the most valuable in the museum's American collection.
The photographs show water stains across the lower third of the canvas and flaking paint near the frame.
  > document | photos | The photographs | show | >
The museum, founded in 1894, draws about 210,000 visitors a year, and its American galleries are among its most visited rooms.

In a statement Friday, the museum said a "limited amount of water" had entered two galleries and that the affected works had been moved to its conservation lab.
  > named_organization | museum | the museum | said | >
"The damage is minor and fully reversible," the museum said.
  > named_organization | museum | the museum | said | <
Director Claudia Berenson could not be reached for comment; a museum spokeswoman, Jenna Ocasio, said Berenson was traveling in Europe.
  > declined_comment | berenson | Director Claudia Berenson | could not be reached for comment | - | resp=unreachable
  > named_official | ocasio | a museum spokeswoman, Jenna Ocasio | said | >

The museum's board was warned about the roof three years ago, according to minutes of board meetings posted on the museum's website.
  > document | minutes | minutes of board meetings posted on the museum's website | according to | <
The minutes from October 2022 say the board's facilities committee put the cost of a new roof at $4.8 million and voted to put off the work.
  > document | minutes | The minutes from October 2022 | say | >
A person familiar with the board's discussions said replacing the roof will be on the agenda of its Oct. 14 meeting.
  > anonymous_familiar | board-familiar | A person familiar with the board's discussions | said | >
The Examiner reported in March that the museum had laid off four of its six conservators.
  > media_report | examiner | The Examiner | reported in March | >

Ruth Abernathy, a paintings conservator in Boston who has restored several Whitcombe canvases, said water damage to a 150-year-old painting is rarely minor.
  > named_person | abernathy | Ruth Abernathy, a paintings conservator in Boston who has restored several Whitcombe canvases | said | >
"Once the ground layer swells, you can lose paint you will never get back," she said.
  > named_person | abernathy | she | said | <
"Whether it's reversible depends on how fast they dried it, and nobody outside that building knows that yet."
  > named_person | abernathy | she | - | *
Some longtime members of the museum have criticized the board on social media for spending $900,000 on a new cafe while the roof leaked.
  > anonymous_other | members | Some longtime members of the museum | have criticized | the board on social media for spending $900,000 on a new cafe while the roof leaked
The American galleries will stay closed at least through the end of the month, Ocasio said.
  > named_official | ocasio | Ocasio | said | <
Members who bought tickets for a gallery talk there next week will get refunds, she said.
  > named_official | ocasio | she | said | <

@excluded
Correction: An earlier version of this article gave the wrong year for the museum's purchase of "Evening on the Marsh." It was 2011, not 2001.
Photo: The Harbor City Museum of Art. (Examiner file photo)
''')

ARTICLES.append(r'''
@id ah-health-dog-leptospirosis-cedar-falls
@style dog_park_leptospirosis_cluster
11 dogs sickened by leptospirosis after visits to Riverbend dog park, county says
  > named_organization | county-health | county | says | <

CEDAR FALLS, Iowa -- Eleven dogs have been diagnosed with leptospirosis, a bacterial infection that can also sicken people, and all of them had visited the Riverbend Dog Park in the month before they fell ill, the Black Hawk County Health Department said Wednesday.
  > named_organization | county-health | the Black Hawk County Health Department | said Wednesday | <
Two of the dogs died, the department said.
  > named_organization | county-health | the department | said | <
The park has been closed since Monday.

Dr. Nora Lindahl, the county's public health veterinarian, said the bacteria spread through the urine of infected wildlife, most often raccoons and rats, and survive for weeks in puddles after heavy rain.
  > named_official | lindahl | Dr. Nora Lindahl, the county's public health veterinarian | said | >
"If your dog drank from the pond or a puddle at Riverbend in July, call your vet," Lindahl said.
  > named_official | lindahl | Lindahl | said | <
"Don't wait for symptoms."
  > named_official | lindahl | Lindahl | - | *
No human cases have been reported, she said.
  > named_official | lindahl | she | said | <

One of the dogs that died was a 4-year-old Labrador named Tucker.
His owner, Marcus Teel, said Tucker stopped eating on a Sunday and was in kidney failure by Wednesday.
  > named_person | teel | His owner, Marcus Teel | said | >
"He swam in that pond every single day," Teel said.
  > named_person | teel | Teel | said | <
"We thought it was the best part of his life."
  > named_person | teel | Teel | - | *
Dr. Sandra Yu, a veterinarian at Prairie Animal Hospital who treated four of the dogs, said the clinic grew suspicious when three dogs from the same neighborhood came in with the same lab results in one week.
  > named_person | yu | Dr. Sandra Yu, a veterinarian at Prairie Animal Hospital who treated four of the dogs | said | >
She said most dogs recover with antibiotics if they are treated early.
  > named_person | yu | She | said | >

A vaccine against leptospirosis exists but is not among the core vaccines most dogs get, according to the American Veterinary Medical Association.
  > named_organization | avma | the American Veterinary Medical Association | according to | <
An analysis of diagnostic lab results published last year in the Journal of Veterinary Internal Medicine found that positive tests in Midwestern dogs had roughly doubled since 2015.
  > document | analysis | An analysis of diagnostic lab results published last year in the Journal of Veterinary Internal Medicine | found | >
Some dog owners gathered at the park's locked gate on Tuesday said they had complained about the low, muddy corner by the pond for years.
  > anonymous_other | owners | Some dog owners gathered at the park's locked gate on Tuesday | said | >

City parks director Tom Hessler said the pond would be drained and the low ground regraded before the park reopens.
  > named_official | hessler | City parks director Tom Hessler | said | >
He estimated the work would take six weeks.
  > named_official | hessler | He | estimated | >
A spokesperson for the Cedar Valley Humane Society, which holds adoption events at the park, did not return a message.
  > declined_comment | humane-society | A spokesperson for the Cedar Valley Humane Society, which holds adoption events at the park | did not return a message | - | resp=no_response
KCRV-TV reported Tuesday that a 12th dog was being tested.
  > media_report | kcrv | KCRV-TV | reported Tuesday | >
The health department said it could not confirm that report.
  > named_organization | county-health | The health department | said | >

@excluded
Join the conversation: Leave a comment below.
Sign up for our Health & Wellness newsletter.
''')

ARTICLES.append(r'''
@id ah-env-beach-nourishment-salt-point
@style beach_nourishment_sand_loss
Half the sand from $14 million beach project already gone, survey finds
  > document | survey | survey | finds | <

SALT POINT, N.C. -- Eight months after dredge pipes finished spreading 900,000 cubic yards of new sand along Salt Point's oceanfront, roughly half of it has washed away, according to a survey released Monday by coastal scientists at Carolina Shores University.
  > document | survey | a survey released Monday by coastal scientists at Carolina Shores University | according to | <
The survey, which compared drone and boat measurements taken in April and again in December, found that the beach lost about 460,000 cubic yards, most of it during two nor'easters in the fall.
  > document | survey | The survey, which compared drone and boat measurements taken in April and again in December | found | >
The study's lead author, Kwame Asante, said the loss was faster than the project's engineers had predicted but "not shocking" to anyone who studies this coast.
  > named_person | asante | The study's lead author, Kwame Asante | said | >
"We're putting sand on a beach that the ocean is actively trying to move," Asante said.
  > named_person | asante | Asante | said | <
"You can buy time that way.
  > named_person | asante | Asante | - | *
You can't buy a beach."
  > named_person | asante | Asante | - | *

"We knew it was temporary"
  > named_official | beasley | Beasley | - | *

Town Manager Gloria Beasley said the town had always known the new sand would not last and had budgeted for another round in 2029.
  > named_official | beasley | Town Manager Gloria Beasley | said | >
"We knew it was temporary," Beasley said.
  > named_official | beasley | Beasley | said | <
"What we bought was protection for the houses through hurricane season, and we got it."
  > named_official | beasley | Beasley | - | *
The project was paid for with federal, state and local money, including $5.2 million from a special tax on oceanfront property, according to town budget documents.
  > document | budget | town budget documents | according to | <
The U.S. Army Corps of Engineers, which designed the project, said in an email that some early loss is "expected and accounted for in the design."
  > named_organization | corps | The U.S. Army Corps of Engineers, which designed the project | said in an email | >
A consultant who worked on the design, who asked not to be identified because the contract bars consultants from commenting, said the original plan called for 1.2 million cubic yards but was scaled back to save money.
  > anonymous_familiar | consultant | A consultant who worked on the design | said | > | anon=who asked not to be identified because the contract bars consultants from commenting
Beasley declined to say whether the town would ask the Corps to add more sand before 2029.
  > declined_comment | beasley | Beasley | declined to say whether the town would ask the Corps to add more sand before 2029 | - | resp=declined

Some oceanfront homeowners say they are paying for sand that won't last.
  > anonymous_other | homeowners | Some oceanfront homeowners | say | >
Rick Doane, a retired airline pilot whose house on Ocean Boulevard now sits about 40 feet from the high-tide line, said he pays $3,100 a year in the special tax.
  > named_person | doane | Rick Doane, a retired airline pilot whose house on Ocean Boulevard now sits about 40 feet from the high-tide line | said | >
"I'm paying for the Atlantic Ocean's sandbox," he said.
  > named_person | doane | he | said | <
The Coastal Wildlands Alliance, an environmental group, argues that repeated nourishment buries the mole crabs and coquina clams that shorebirds feed on.
  > named_organization | alliance | The Coastal Wildlands Alliance, an environmental group | argues | >
Critics of nourishment also say the money would be better spent moving buildings back from the shore.
  > anonymous_other | critics | Critics of nourishment | say | >
The Outer Banks Sentinel reported in 2021 that a similar project farther north lost a third of its sand within a year.
  > media_report | sentinel | The Outer Banks Sentinel | reported in 2021 | >
The next survey is scheduled for April.

@excluded
This story was produced in partnership with the Carolina Coastal Reporting Project.
Read more: Where does the sand go after it washes away?
''')

ARTICLES.append(r'''
@id ah-culture-film-festival-jury-duluth
@style film_festival_jury_walkout
Two jurors quit Lakeshore Film Festival over late entry backed by sponsor

DULUTH, Minn. -- Two members of the five-person jury at the Lakeshore Film Festival resigned on Saturday, a day before the festival's top prizes were to be announced, saying organizers had bent the rules to let a sponsor's film compete.
  > named_person | jurors | Two members of the five-person jury at the Lakeshore Film Festival | saying | > | count=2
The jurors, documentary filmmaker Ines Carvalho and critic Paul Ahn, said in a joint letter posted online that they learned on Friday that "Northern Light," a drama financed in part by the festival's lead sponsor, had been added to the competition after the deadline.
  > named_person | jurors | The jurors, documentary filmmaker Ines Carvalho and critic Paul Ahn | said in a joint letter posted online | > | count=2
"We cannot hand out a prize in a competition whose rules changed in the middle of the game," the letter says.
  > document | letter | the letter | says | <
The Northland Reader first reported the resignations on Saturday night.
  > media_report | reader | The Northland Reader | first reported | the resignations

Festival director Glenn Marsh said in an interview Sunday that the film had been submitted on time but held back because of a paperwork error.
  > named_official | marsh | Festival director Glenn Marsh | said in an interview Sunday | >
"Nobody bent any rules," Marsh said.
  > named_official | marsh | Marsh | said | <
"The sponsor had no say in anything the jury did."
  > named_official | marsh | Marsh | - | *
He acknowledged that the sponsor, Kessler Brewing, had put $250,000 into the film's budget.
  > named_official | marsh | He | acknowledged | >
Kessler Brewing did not respond to emails and a phone message.
  > declined_comment | kessler | Kessler Brewing | did not respond to emails and a phone message | - | resp=no_response

Carvalho, reached by phone in Lisbon, said she had never quit a jury before.
  > named_person | carvalho | Carvalho, reached by phone in Lisbon | said | >
"It's a small festival," she said.
  > named_person | carvalho | she | said | <
"That's exactly why the rules matter."
  > named_person | carvalho | she | - | *
Ahn declined to comment beyond the letter.
  > declined_comment | ahn | Ahn | declined to comment beyond the letter | - | resp=declined
Two people familiar with the jury's deliberations said the remaining three jurors had considered resigning too but stayed so that the prizes could be awarded.
  > anonymous_familiar | deliberations | Two people familiar with the jury's deliberations | said | >
One of them said the three had agreed not to consider "Northern Light" for the top prize.
  > anonymous_familiar | deliberations | One of them | said | >

"Northern Light" won the festival's top prize, the Golden Pine, on Sunday night anyway, after the three jurors were overruled by a festival rule that breaks ties by audience vote.
Several filmmakers whose work screened at the festival said on social media that they would not submit to next year's edition.
  > anonymous_other | filmmakers | Several filmmakers whose work screened at the festival | said on social media | >
One of them, Dana Whitfield, whose short "Salt" won the audience award, wrote on Instagram that she would give her $5,000 prize to a youth film program in Superior, Wis., across the bay.
  > named_person | whitfield | One of them, Dana Whitfield, whose short "Salt" won the audience award | wrote on Instagram | >
The festival's board said in a statement Monday that it would hire an outside firm to review how films are selected.
  > named_organization | board | The festival's board | said in a statement Monday | >
The board wants the review finished before submissions open in January.
  > named_organization | board | The board | wants | the review finished before submissions open in January | nosrc

@excluded
Photo credit: Lakeshore Film Festival
Comments (12) -- Log in to join the discussion.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
