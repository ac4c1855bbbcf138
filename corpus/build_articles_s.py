"""Build corpus/articles/s.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (naval_standoff, export_controls_chips, ceo_ouster, wrongful_conviction_exoneration,
organized_retail_theft_ring, trade_deadline_deal, fire_station_closure_vote,
research_misconduct_retraction, nurse_staffing_dispute, grid_emergency_heat_wave,
cruise_ship_outbreak, avian_flu_dairy_herds), in the voices of several kinds of outlet (wire
copy, national dailies with honorifics, a local TV website, local papers, trade press, a
public-radio website, a magazine feature in the present tense, a sports desk), each article
built to test source grouping and typing (two people of one gender and one role close
together, then a pronoun for the second; a person described first and named later; an
institution under its full name, its acronym and "the agency"/"the department"/"the council";
a company named only in the reporter's own words before "the company said"; named and unnamed
spokespeople; anonymous officials granted anonymity with a stated reason; people familiar
repeated as "the people"; vague anonymous sources; headline attributions repeating a body
source; documents, conjoined documents, an email read aloud and media reports; non-answers of
all three kinds; quotes that run over several sentences or continue after "X said.";
"stopped", "added", "noted", "called" and "told" used where they are not cues; reporter's-voice
plans and wants marked not sourcing). About half end with a footer of excluded boilerplate.
Nothing is trained or tuned on them. Same line format and builder as ``build_articles_b.py``
(read its docstring).

Run: python corpus/build_articles_s.py [--render]
     python corpus/build_articles_s.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                      given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "s.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id s-naval-standoff-merrow-shoal
@style naval_standoff
Tarvenian cutters block Osklander supply run to Merrow Shoal, U.S. officials say
  > anonymous_official | us-officials | U.S. officials | say | Tarvenian cutters block Osklander supply run to Merrow Shoal

PORT ALDER, Oskland -- Two Tarvenian coast guard cutters blocked an Osklander navy supply boat from reaching a grounded transport ship on Merrow Shoal for nearly six hours on Saturday, firing water cannon at the boat and ramming its stern, two U.S. officials said Sunday.
  > anonymous_official | us-officials | two U.S. officials | said Sunday | <
The officials, who requested anonymity to discuss intelligence matters, said American surveillance aircraft watched the confrontation from about 20 miles away.
  > anonymous_official | us-officials | The officials | said | > | anon=who requested anonymity to discuss intelligence matters
No one was seriously hurt, Oskland's Defense Ministry said in a statement, but two sailors were treated for cuts from broken glass.
  > named_organization | osk-mod | Oskland's Defense Ministry | said in a statement | No one was seriously hurt ;; but two sailors were treated for cuts from broken glass

The ministry said the supply boat turned back without delivering food and water to the 14 marines who live aboard the grounded ship, a rusting transport that Oskland ran aground on the shoal in 1999 to stake its claim.
  > named_organization | osk-mod | The ministry | said | >
Oskland's Foreign Ministry called in Tarvenia's ambassador on Sunday evening.
Defense Minister Halvard Strand told reporters in Port Alder that the navy would try again "within days, and with an escort if necessary."
  > named_official | strand | Defense Minister Halvard Strand | told reporters in Port Alder | >
"We will not abandon our people on that shoal," Strand said.
  > named_official | strand | Strand | said | <
"Not for a week, not for an hour."
  > named_official | strand | Strand | - | *

Tarvenia's coast guard said its cutters had acted "lawfully and professionally" to stop what it called the illegal delivery of construction materials to the shoal.
  > named_organization | tarv-cg | Tarvenia's coast guard | said | >
A coast guard spokesman, Capt. Ren Dalvik, said the supply boat had ignored six radio warnings.
  > named_official | dalvik | A coast guard spokesman, Capt. Ren Dalvik | said | >
Tarvenia's Foreign Ministry, which holds a briefing every weekday, did not respond to questions sent on Sunday.
  > declined_comment | tarv-fm | Tarvenia's Foreign Ministry, which holds a briefing every weekday | did not respond to questions sent on Sunday | - | resp=no_response

Washington has a mutual defense treaty with Oskland that covers attacks on its armed forces, including its coast guard, anywhere in the Karst Sea.
A senior State Department official, speaking on condition of anonymity to describe private diplomatic exchanges, said the U.S. ambassador in Tarvenia had raised the incident with the Tarvenian government on Sunday morning.
  > anonymous_official | state-official | A senior State Department official | said | > | anon=speaking on condition of anonymity to describe private diplomatic exchanges
The official said the United States was "deeply concerned" by the use of water cannon against a treaty ally.
  > anonymous_official | state-official | The official | said | >
The two U.S. officials said a Tarvenian navy frigate had shadowed the cutters throughout the standoff, staying just over the horizon.
  > anonymous_official | us-officials | The two U.S. officials | said | >

Oskland has asked Washington to send a U.S. Navy ship to accompany its next supply run, according to three people familiar with the request.
  > anonymous_familiar | familiar | three people familiar with the request | according to | <
The people said no decision had been made and that some officers at the Pentagon worried an escort would draw Tarvenian warships closer to the shoal.
  > anonymous_familiar | familiar | The people | said | >
A Pentagon spokeswoman declined to comment on the request.
  > declined_comment | pentagon | A Pentagon spokeswoman | declined to comment on the request | - | resp=declined

The Karst Sea Monitor, a news site in Port Alder, reported on Saturday that the cutters had been joined by at least a dozen fishing boats crewed by maritime militia.
  > media_report | monitor | The Karst Sea Monitor, a news site in Port Alder | reported on Saturday | >
Satellite images released by Lumenfield Analytics, a private imaging company, show 19 vessels gathered within three miles of the shoal by Saturday afternoon.
  > document | images | Satellite images released by Lumenfield Analytics, a private imaging company | show | >
Ines Walgren, a maritime security researcher at the Harwick Institute in Port Alder, said the pattern matched two earlier blockades in 2023.
  > named_person | walgren | Ines Walgren, a maritime security researcher at the Harwick Institute in Port Alder | said | >
"Each time, they come a little closer and stay a little longer," she said.
  > named_person | walgren | she | said | <
Some analysts in Port Alder argue that Oskland should bring the marines home and let the ship rust away.
  > anonymous_other | analysts | Some analysts in Port Alder | argue | >
Resupply runs to the shoal stopped for three months last year after a similar clash, and resumed only after the two governments agreed to a "provisional arrangement" that neither has made public.
  > named_organization | governments | the two governments | agreed to | a "provisional arrangement" that neither has made public | nosrc

@excluded
Reporting by Ola Brennagh in Port Alder and Tomas Vierling in Washington; writing by Gwen Asante; editing by Piet Lorimer
Read more: What is the Merrow Shoal, and why do two navies want it?
''')

ARTICLES.append(r'''
@id s-export-controls-halvorsen-chips
@style export_controls_chips
Commerce Dept. Moves to Curb Chip-Tool Sales to Ardova

WASHINGTON -- The Commerce Department is preparing rules that would bar American companies from selling advanced chipmaking equipment to factories in Ardova, according to four people familiar with the deliberations, a step that could cost one Oregon manufacturer as much as a fifth of its revenue.
  > anonymous_familiar | familiar | four people familiar with the deliberations | according to | The Commerce Department is preparing rules that would bar American companies from selling advanced chipmaking equipment to factories in Ardova
The rules, which could be published as soon as next month, would require licenses for the sale of etching and deposition machines to 11 Ardovan companies, said the people, who spoke on the condition of anonymity because the deliberations are confidential.
  > anonymous_familiar | familiar | the people | said | < | anon=who spoke on the condition of anonymity because the deliberations are confidential

The Bureau of Industry and Security, the arm of the Commerce Department that oversees export controls, said in a statement that it "continually reviews" the risks posed by sales of sensitive technology.
  > named_organization | bis | The Bureau of Industry and Security, the arm of the Commerce Department that oversees export controls | said in a statement | >
The agency declined to discuss any specific rule.
  > declined_comment | bis | The agency | declined to discuss any specific rule | - | resp=declined
A B.I.S. spokeswoman, Corinne Tallis, said the bureau had met with "a broad range of industry stakeholders" this year.
  > named_official | tallis | A B.I.S. spokeswoman, Corinne Tallis | said | >

Halvorsen Systems, based in Hillsboro, Ore., sold $1.3 billion of equipment to Ardovan customers last year, about 22 percent of its sales, according to its annual report.
  > document | annual-report | its annual report | according to | <
The company said in a statement on Tuesday that it complied with "all applicable export laws" and had not been notified of any new rules.
  > named_organization | halvorsen | The company | said in a statement on Tuesday | >
Its chief executive, Margit Solberg-Ames, told analysts on a call last month that Ardovan orders had "held up remarkably well."
  > named_official | solberg-ames | Its chief executive, Margit Solberg-Ames | told analysts on a call last month | >
Halvorsen's shares fell 7 percent in after-hours trading.

Senator Paul Grieve, Republican of Indiana, who has pressed the administration for tighter controls, said the rules were "years overdue."
  > named_official | grieve | Senator Paul Grieve, Republican of Indiana, who has pressed the administration for tighter controls | said | >
Senator Walter Enns, Democrat of Oregon, said he supported keeping the most advanced tools out of Ardova but worried that the rules would hand business to foreign competitors.
  > named_official | enns | Senator Walter Enns, Democrat of Oregon | said | >
He said Halvorsen employed about 4,200 people in Oregon and had added a second shift at its Hillsboro plant in March.
  > named_official | enns | He | said | >
"If we close the door and our competitors walk right through it, we have not protected anything," Mr. Enns said.
  > named_official | enns | Mr. Enns | said | <
"We have just shipped the jobs somewhere else."
  > named_official | enns | Mr. Enns | - | *

A senior administration official, who was granted anonymity to describe internal discussions, said the White House wanted the rules in place before a summit with Ardova's president in the fall.
  > anonymous_official | admin-official | A senior administration official | said | > | anon=who was granted anonymity to describe internal discussions
Two of the people familiar with the deliberations said the bureau's draft list includes Vostrel Microelectronics, Ardova's largest chipmaker.
  > anonymous_familiar | familiar | Two of the people familiar with the deliberations | said | >
Vostrel did not respond to an email seeking comment.
  > declined_comment | vostrel | Vostrel | did not respond to an email seeking comment | - | resp=no_response
The Ardovan Embassy in Washington described the reported rules as "economic coercion" in a post on social media.
  > named_organization | ardova-embassy | The Ardovan Embassy in Washington | described | the reported rules as "economic coercion"
Its press attache, Luca Verhoeven, could not be reached.
  > declined_comment | verhoeven | Its press attache, Luca Verhoeven | could not be reached | - | resp=unreachable

The Pacific Ledger reported in May that Halvorsen had lobbied Commerce officials to exempt older machines from any new rules.
  > media_report | ledger | The Pacific Ledger | reported in May | >
Industry lawyers say such exemptions are common.
  > anonymous_other | industry-lawyers | Industry lawyers | say | >
Critics say the controls have rarely stopped determined buyers, who route orders through distributors in third countries.
  > anonymous_other | critics | Critics | say | >
Mr. Grieve said he would ask the Senate Banking Committee to hold a hearing on enforcement before the end of the year.
  > named_official | grieve | Mr. Grieve | said | >
''')

ARTICLES.append(r'''
@id s-ceo-ouster-brightwell-foods
@style ceo_ouster
Brightwell Foods board ousts CEO Dana Kessler after supplier-rebate review

Brightwell Foods Inc.'s board removed chief executive Dana Kessler on Monday, less than two years after she took over the Columbus, Ohio-based grocery wholesaler, and named finance chief Arlen Matsuda interim CEO, according to a filing with the Securities and Exchange Commission.
  > document | filing | a filing with the Securities and Exchange Commission | according to | <
The filing said the board acted "following a review of certain supplier rebate practices" but did not say what the review found.
  > document | filing | The filing | said | the board acted "following a review of certain supplier rebate practices"
In a statement, the company said Kessler's departure was "not related to the company's financial results" and that it remained on track to meet its full-year guidance.
  > named_organization | brightwell | the company | said | >
A Brightwell spokesman, Ty Hallorann, declined to elaborate on the review.
  > declined_comment | hallorann | A Brightwell spokesman, Ty Hallorann | declined to elaborate on the review | - | resp=declined
Kessler did not return messages left on her cellphone and with her attorney.
  > declined_comment | kessler | Kessler | did not return messages left on her cellphone and with her attorney | - | resp=no_response

The review, conducted by an outside law firm, focused on whether Brightwell booked rebates from packaged-goods suppliers before it had earned them, according to two people familiar with the matter.
  > anonymous_familiar | familiar | two people familiar with the matter | according to | <
The people, who asked not to be named because the findings have not been made public, said the practice inflated operating profit by about $40 million over four quarters.
  > anonymous_familiar | familiar | The people | said | > | anon=who asked not to be named because the findings have not been made public
One of them said Kessler had been warned about the accounting in an email from the company's controller last fall.
  > anonymous_familiar | familiar | One of them | said | >

In a memo to employees on Monday afternoon, reviewed by Grocery Channel Weekly, Matsuda wrote that "our customers will see no change in how we serve them."
  > named_official | matsuda | Matsuda | wrote | >
He added that the board had asked him to "take a fresh look at every supplier agreement."
  > named_official | matsuda | He | added | >
Matsuda, 52, joined Brightwell in 2015 from a regional dairy cooperative and oversaw its purchase of the Midlands Distribution chain in 2022.

Rachel Obi, an analyst at Trenton Harlow Securities who covers food distributors, said the timing of the announcement, three weeks before Brightwell's quarterly report, suggested the board expected to restate results.
  > named_person | obi | Rachel Obi, an analyst at Trenton Harlow Securities who covers food distributors | said | >
Another analyst, Priya Vandermeer of Kestle & Co., said she was more worried about the company's relationships with suppliers.
  > named_person | vandermeer | Another analyst, Priya Vandermeer of Kestle & Co. | said | >
She said two large snack makers had shortened Brightwell's payment terms since the spring.
  > named_person | vandermeer | She | said | >
"Rebates are the whole margin in this business," Vandermeer said.
  > named_person | vandermeer | Vandermeer | said | <
"If suppliers start to think you're playing games with the rebate math, they'll make you pay for it at the loading dock."
  > named_person | vandermeer | Vandermeer | - | *

Some suppliers have complained that Brightwell held back payments while it renegotiated contracts this year, industry executives say.
  > anonymous_other | executives | industry executives | say | <
Brightwell's shares fell 11% in early trading Tuesday.
The company stopped breaking out rebate income in its quarterly reports in 2023, a change that drew little notice at the time.
The Columbus Business Courier reported in March that the SEC had asked Brightwell for documents about its supplier agreements.
  > media_report | courier | The Columbus Business Courier | reported in March | >
An SEC spokeswoman declined to comment.
  > declined_comment | sec | An SEC spokeswoman | declined to comment | - | resp=declined

@excluded
Related: Wholesaler margins squeezed as suppliers push back on slotting fees
Got a tip about the distribution business? Our reporters read every message sent to tips@grocerychannel.example.
Subscribe to The Morning Aisle, Grocery Channel Weekly's free daily briefing.
''')

ARTICLES.append(r'''
@id s-wrongful-conviction-okonjo
@style wrongful_conviction_exoneration
Riverton man freed after 22 years as judge tosses murder conviction, DA says
  > named_official | brandvold | DA | says | Riverton man freed after 22 years as judge tosses murder conviction

RIVERTON -- A Riverton man who spent 22 years in prison for a 2003 killing walked out of the Kessing County Courthouse on Thursday after a judge threw out his conviction, District Attorney Celia Brandvold said.
  > named_official | brandvold | District Attorney Celia Brandvold | said | <
Terrell Okonjo, now 46, was convicted in 2004 of shooting a convenience store clerk during a robbery on the city's east side.
Judge Marian Holloway vacated the conviction at the request of Brandvold's office, which said in a motion filed last month that the case against Okonjo "cannot survive" new DNA testing.
  > named_organization | da-office | Brandvold's office | said in a motion filed last month | >

The motion says DNA from a ski mask found near the store matches a man who was convicted of two other robberies in 2005 and died in prison in 2017.
  > document | motion | The motion | says | >
It also says the only eyewitness, a customer who picked Okonjo out of a photo lineup, has since recanted.
  > document | motion | It | says | >

A woman who had waited on the courthouse steps since 7 a.m. said she had prayed for this day "every single morning."
  > named_person | loretta | A woman who had waited on the courthouse steps since 7 a.m. | said | >
The woman, Okonjo's mother, Loretta Okonjo, told WKRV 9 that she had kept her son's bedroom exactly as he left it.
  > named_person | loretta | The woman, Okonjo's mother, Loretta Okonjo | told WKRV 9 | >
"I told everyone who would listen.
  > named_person | loretta | Loretta Okonjo | - | *
Nobody listened until now," she said.
  > named_person | loretta | she | said | <

Okonjo told reporters outside the courthouse that he planned to eat a cheeseburger and then visit his grandmother's grave.
  > named_person | okonjo | Okonjo | told reporters outside the courthouse | >
"I'm not angry today," he said.
  > named_person | okonjo | he | said | <
"Ask me tomorrow."
  > named_person | okonjo | Okonjo | - | *

Gina Farrow, a lawyer with the Midstate Innocence Project, which took up the case in 2016, said the DNA results came back in January.
  > named_official | farrow | Gina Farrow, a lawyer with the Midstate Innocence Project, which took up the case in 2016 | said | >
Another project lawyer, Beth Anselm, said the original detectives never sent the ski mask to the state crime lab.
  > named_official | anselm | Another project lawyer, Beth Anselm | said | >
She said the mask sat in an evidence room for 19 years.
  > named_official | anselm | She | said | >

The Riverton Police Department said in a statement that it was "reviewing the handling of evidence" in the case.
  > named_organization | rpd | The Riverton Police Department | said in a statement | >
A department spokesman said both detectives who led the investigation have retired.
  > named_organization | rpd | A department spokesman | said | >
One of them, retired Detective Sgt. Lyle Brauer, could not be reached Thursday.
  > declined_comment | brauer | One of them, retired Detective Sgt. Lyle Brauer | could not be reached Thursday | - | resp=unreachable
The other, Frank Yates, declined to comment when reached by phone.
  > declined_comment | yates | The other, Frank Yates | declined to comment | - | resp=declined

Under state law, people who are wrongfully convicted can seek up to $50,000 for each year they spent in prison.
The Riverton Courier-Journal reported in 2019 that the eyewitness had told a defense investigator she felt "pressured" by detectives.
  > media_report | courier-journal | The Riverton Courier-Journal | reported in 2019 | >
Brandvold said her office would not retry the case.
  > named_official | brandvold | Brandvold | said | >
Some residents of the east side say the case has long colored how they view the department.
  > anonymous_other | residents | Some residents of the east side | say | >

@excluded
Share this article: Facebook | X | Email | Copy link
See a spelling or grammar error? Report it to our digital team.
(C) 2025 WKRV-TV Riverton. This material may not be reproduced without written permission.
''')

ARTICLES.append(r'''
@id s-retail-theft-ring-calder-county
@style organized_retail_theft_ring
Prosecutors say ring stole $3 million in power tools from Calder County stores
  > named_organization | prosecutors | Prosecutors | say | ring stole $3 million in power tools from Calder County stores

Eleven people have been charged with running a theft ring that stole more than $3 million in power tools and cordless drills from hardware stores across Calder County and resold them online, county prosecutors announced Wednesday.
  > named_organization | prosecutors | county prosecutors | announced Wednesday | <
A 64-count indictment unsealed in Calder County Circuit Court accuses the group of hitting 38 stores over 14 months, often sending the same three people into a store on back-to-back days.
  > document | indictment | A 64-count indictment unsealed in Calder County Circuit Court | accuses | >
The indictment says the group's leader, Donnell Reyes-Whitacre, 38, of Lenfield, paid "boosters" $50 to $200 per item and shipped the tools to buyers as far away as Nevada.
  > document | indictment | The indictment | says | >

Detective Sgt. Carla Mendes of the Calder County Sheriff's Office, who led the investigation, said detectives first noticed the pattern when a store manager in Lenfield found his own store's security tags in a box of tools listed for sale online.
  > named_official | mendes | Detective Sgt. Carla Mendes of the Calder County Sheriff's Office, who led the investigation | said | >
Detective Anna Pruszynski, who worked the case with Mendes, said the ring used at least 40 seller accounts.
  > named_official | pruszynski | Detective Anna Pruszynski, who worked the case with Mendes | said | >
She said investigators bought 22 tools from the accounts themselves before making any arrests.
  > named_official | pruszynski | She | said | >
"These weren't people grabbing something on impulse," Pruszynski said.
  > named_official | pruszynski | Pruszynski | said | <
"They had shift schedules and a shipping department."
  > named_official | pruszynski | Pruszynski | - | *

The CCSO said in a news release that it worked with police in six cities and with investigators from two retail chains.
  > named_organization | ccso | The CCSO | said in a news release | >
A sheriff's office spokeswoman said four of the defendants remained at large.
  > named_organization | ccso | A sheriff's office spokeswoman | said | >

Hollister Hardware, a regional chain with 17 stores in the county, lost about $900,000 worth of merchandise, more than any other retailer.
The company said in an email that it was "grateful to the Sheriff's Office for its persistence" and had shared video of dozens of thefts with detectives.
  > named_organization | hollister | The company | said in an email | >
Hollister added cameras at every checkout lane last year and now keeps its cordless drill kits in locked cases.
All told, detectives recovered about 1,100 tools from a rented storage unit in Lenfield.

Reyes-Whitacre's lawyer, Harold Kimathi, said his client would plead not guilty.
  > named_official | kimathi | Reyes-Whitacre's lawyer, Harold Kimathi | said | >
"My client sold used tools on the internet, like thousands of other people do," Kimathi said.
  > named_official | kimathi | Kimathi | said | <
"Nobody has shown me a single video of him inside a store."
  > named_official | kimathi | Kimathi | - | *
Two of the defendants reached by phone declined to comment.
  > declined_comment | defendants | Two of the defendants reached by phone | declined to comment | - | resp=declined

Retailers have pressed lawmakers for tougher penalties, and a state law that took effect in January lets prosecutors add up the value of goods stolen in separate thefts to bring felony charges.
Some store managers say the thefts have slowed since the arrests.
  > anonymous_other | managers | Some store managers | say | >
According to The Lenfield Tribune, one of the seller accounts had more than 3,000 five-star reviews.
  > media_report | tribune | The Lenfield Tribune | According to | >
County Prosecutor James Albescu said his office would seek prison time for the ring's organizers.
  > named_official | albescu | County Prosecutor James Albescu | said | >
"People think of shoplifting as a nuisance," Albescu said.
  > named_official | albescu | Albescu | said | <
"This was a business, and its inventory was other people's property."
  > named_official | albescu | Albescu | - | *
''')

ARTICLES.append(r'''
@id s-trade-deadline-quintero
@style trade_deadline_deal
Hawks nearing deal to send Quintero to Foxes, people familiar with talks say
  > anonymous_familiar | familiar | people familiar with talks | say | Hawks nearing deal to send Quintero to Foxes

The Harbor City Hawks are closing in on a deal that would send right-hander Rafael Quintero to the Lakeview Foxes for three prospects, according to two people familiar with the talks, with Tuesday's 6 p.m. trade deadline less than a day away.
  > anonymous_familiar | familiar | two people familiar with the talks | according to | The Harbor City Hawks are closing in on a deal that would send right-hander Rafael Quintero to the Lakeview Foxes for three prospects
The people, who were not authorized to speak publicly because the deal was not final, said the teams were still haggling over whether the Hawks would pay part of Quintero's $24 million salary.
  > anonymous_familiar | familiar | The people | said | > | anon=who were not authorized to speak publicly because the deal was not final
Quintero, 31, is 9-4 with a 2.71 earned run average and can become a free agent after the season.

Hawks general manager Denise Coughlin declined to discuss Quintero on Monday but said the team would "listen on anybody."
  > declined_comment | coughlin | Hawks general manager Denise Coughlin | declined to discuss Quintero on Monday | - | resp=declined
  > named_official | coughlin | Hawks general manager Denise Coughlin | said | the team would "listen on anybody."
"We're not in the business of standing still," Coughlin said.
  > named_official | coughlin | Coughlin | said | <
"But we're not giving anybody away, either."
  > named_official | coughlin | Coughlin | - | *

Catcher Jalen Morrow, who has caught most of Quintero's starts, said the clubhouse had been "bracing for it" since the All-Star break.
  > named_person | morrow | Catcher Jalen Morrow, who has caught most of Quintero's starts | said | >
Shortstop Devin Achebe said he had texted Quintero on Sunday night but had not heard back.
  > named_person | achebe | Shortstop Devin Achebe | said | >
He said losing Quintero would "change how every other team sees us."
  > named_person | achebe | He | said | >
Quintero stopped a five-game Hawks losing streak with eight shutout innings against the Foxes on July 12.
Hawks manager Luis Navarro said Quintero had been scratched from his scheduled start on Tuesday night.
  > named_official | navarro | Hawks manager Luis Navarro | said | >
"Everybody in this room can read a calendar," Navarro said.
  > named_official | navarro | Navarro | said | <

Insiders believe the Hawks, seven games out of a playoff spot, are leaning toward a broader sell-off that could include closer Tomas Ybarra.
  > anonymous_other | insiders | Insiders | believe | >
Rival executives expect the asking price for Ybarra to drop as the deadline nears.
  > anonymous_other | rival-execs | Rival executives | expect | >
The Foxes called up two relievers from Class AAA on Sunday and added a left-handed outfielder off waivers, moves that cleared room on their 40-man roster.
Foxes manager Otis Ferrante declined to talk about Quintero before Monday's game.
  > declined_comment | ferrante | Foxes manager Otis Ferrante | declined to talk about Quintero before Monday's game | - | resp=declined

The Lakeview Daily Beacon reported Sunday that the Foxes had also asked about Ybarra.
  > media_report | beacon | The Lakeview Daily Beacon | reported Sunday | >
A Foxes spokesman did not respond to a message seeking comment.
  > declined_comment | foxes | A Foxes spokesman | did not respond to a message seeking comment | - | resp=no_response
Quintero's agent, Samuel Lindgren, could not be reached.
  > declined_comment | lindgren | Quintero's agent, Samuel Lindgren | could not be reached | - | resp=unreachable
One of the people familiar with the talks said the Hawks had set a deadline of noon Tuesday for the Foxes' final offer.
  > anonymous_familiar | familiar | One of the people familiar with the talks | said | >
The Hawks want a shortstop prospect in any deal, and they have told the Foxes they will not take on salary in return.
  > named_organization | hawks | The Hawks | want | a shortstop prospect in any deal | nosrc
  > named_organization | hawks | they | have told | the Foxes they will not take on salary in return | nosrc

@excluded
Photo: Rafael Quintero delivers a pitch against the Lakeview Foxes on July 12. (Marco Ilves / Staff)
Get The Dugout, our daily baseball newsletter, in your inbox every morning during the season.
Join the conversation: 48 comments
''')

ARTICLES.append(r'''
@id s-fire-station-closure-dunmore
@style fire_station_closure_vote
Dunmore council votes to close Fire Station 4

DUNMORE -- The Dunmore City Council voted 5-2 on Tuesday night to close Fire Station 4 on the city's west side at the end of the year, a move city officials say will save about $1.2 million a year.
  > anonymous_official | city-officials | city officials | say | a move ;; will save about $1.2 million a year
The vote came after nearly three hours of public comment, most of it from west-side residents who packed the council chamber.

A longtime resident of Cobb Street told the council that the station's engine had reached her door in four minutes each of the three times she called 911 for her husband.
  > named_person | voss | A longtime resident of Cobb Street | told | the council that the station's engine had reached her door in four minutes each of the three times she called 911 for her husband
The resident, Marguerite Voss, 78, said she worried about what would happen when the nearest engine had to come from across town.
  > named_person | voss | The resident, Marguerite Voss, 78 | said | >
"Four minutes is the difference between a husband and a funeral," Voss said.
  > named_person | voss | Voss | said | <

Fire Chief Brendan Okwu said the Dunmore Fire Department would move Station 4's crew to Station 2, about 1.8 miles away, and add a second ambulance there.
  > named_official | okwu | Fire Chief Brendan Okwu | said | >
A study commissioned by the DFD last year found that response times on the west side would rise by an average of 74 seconds.
  > document | study | A study commissioned by the DFD last year | found | >
The department said that estimate assumed no new traffic signals on Harlan Avenue.
  > named_organization | dfd | The department | said | >
The study and a separate memo from the city's finance director, both released in March, say the city faces a $6 million budget gap next year.
  > document | study-memo | The study and a separate memo from the city's finance director, both released in March | say | >

Council member Ruth Castellano, who voted for the closure, said the city could not keep "four stations' worth of buildings for three stations' worth of firefighters."
  > named_official | castellano | Council member Ruth Castellano, who voted for the closure | said | >
Council member Diane Pfeiffer, whose ward includes Station 4, said she would ask the council to reconsider next month.
  > named_official | pfeiffer | Council member Diane Pfeiffer, whose ward includes Station 4 | said | >
She said the council had not looked at other cuts, such as delaying a new parking garage downtown.
  > named_official | pfeiffer | She | said | >

Dunmore Professional Firefighters Local 118 said in a statement that the closure would leave the west side "one bad night away from a tragedy."
  > named_organization | union | Dunmore Professional Firefighters Local 118 | said in a statement | >
The union's president, Capt. Rick Hallam, could not be reached for comment Wednesday.
  > declined_comment | hallam | The union's president, Capt. Rick Hallam | could not be reached for comment Wednesday | - | resp=unreachable
Mayor Gloria Tennant did not respond to a request for comment.
  > declined_comment | tennant | Mayor Gloria Tennant | did not respond to a request for comment | - | resp=no_response
Some residents say they plan to gather signatures for a ballot measure to keep the station open.
  > anonymous_other | residents | Some residents | say | >
According to The Dunmore Herald, the city last closed a fire station in 1991.
  > media_report | herald | The Dunmore Herald | According to | >
Station 4 was built in 1958, and its crews answered about 2,300 calls last year.

@excluded
Comments are closed on this story.
Questions about city government? Reach reporter Lena Pryce at lpryce@dunmoretoday.example or 555-0142.
More from Dunmore: Council delays vote on downtown parking garage | Library extends summer hours
''')

ARTICLES.append(r'''
@id s-research-retraction-arkwright
@style research_misconduct_retraction
Northern Lakeshore University scientist's Alzheimer's papers retracted after misconduct finding

A neuroscientist at Northern Lakeshore University falsified images in at least six published studies on Alzheimer's disease, a university investigation has found, and two journals have retracted the papers.
  > document | report | a university investigation | has found | A neuroscientist at Northern Lakeshore University falsified images in at least six published studies on Alzheimer's disease
The findings, released Monday in a 48-page report, say Dr. Philip Arkwright altered images of brain tissue to make an experimental compound look more effective than it was.
  > document | report | The findings, released Monday in a 48-page report | say | >
Arkwright, who was noted for a 2016 paper that drew national attention and led a lab of 14 researchers, resigned in April.

In a statement, NLU said it had notified the federal agencies that funded Arkwright's work, which drew more than $9 million in grants over a decade.
  > named_organization | nlu | NLU | said | >
University spokeswoman Kendra Lyle-Moss said the school would return any money the agencies determine was misspent.
  > named_official | lyle-moss | University spokeswoman Kendra Lyle-Moss | said | >
The university declined to say whether anyone else in the lab was under investigation.
  > declined_comment | nlu | The university | declined to say whether anyone else in the lab was under investigation | - | resp=declined

The investigation began after a postdoctoral researcher in the lab noticed that two images in separate papers appeared to show the same slice of tissue, flipped and recolored, according to the report.
  > document | report | the report | according to | <
The researcher, Dr. Hana Feldmann, told WNLR that she raised her concerns with Arkwright first, in 2021.
  > named_person | feldmann | The researcher, Dr. Hana Feldmann | told WNLR | >
"He told me I was seeing things," she said.
  > named_person | feldmann | she | said | <
"So I stopped arguing with him and started keeping copies of everything."
  > named_person | feldmann | Feldmann | - | *
Another former postdoctoral researcher in the lab, Dr. Leah Moravec, said she had been listed as an author on two of the retracted papers without seeing the final images.
  > named_person | moravec | Another former postdoctoral researcher in the lab, Dr. Leah Moravec | said | >
She said she had asked the journals to remove her name.
  > named_person | moravec | She | said | >

Arkwright's attorney, Lionel Farris, said his client "never intended to mislead anyone" and that the errors came from a disorganized image archive.
  > named_official | farris | Arkwright's attorney, Lionel Farris | said | >
At a faculty senate meeting last week, Professor Carl Juncker read aloud an email Arkwright sent to lab members in 2022, which says that "the figures need to tell the story, one way or another."
  > document | email | an email Arkwright sent to lab members in 2022 | says | >
Farris said the email had been taken out of context.
  > named_official | farris | Farris | said | >
Arkwright did not respond to emails and a phone message.
  > declined_comment | arkwright | Arkwright | did not respond to emails and a phone message | - | resp=no_response

Retraction notices posted Tuesday by the Journal of Neural Pathology and Cortex Letters say the authors "could not provide original data" for the disputed figures.
  > document | notices | Retraction notices posted Tuesday by the Journal of Neural Pathology and Cortex Letters | say | >
Dr. Sunita Raghavan, a neurologist at Crestmoor Medical Center who was not involved in the research, said the compound Arkwright studied never reached human trials, so no patients were harmed.
  > named_person | raghavan | Dr. Sunita Raghavan, a neurologist at Crestmoor Medical Center who was not involved in the research | said | >
But she noted that other labs had spent years trying to build on his results.
  > named_person | raghavan | she | noted | >
Some scientists in the field have questioned why it took the university three years to act.
  > anonymous_other | scientists | Some scientists in the field | have questioned | >
Retraction Sentinel, a blog that tracks withdrawn papers, first reported the investigation in February.
  > media_report | sentinel | Retraction Sentinel, a blog that tracks withdrawn papers | first reported | the investigation

@excluded
Tags: Science, Higher Education, Northern Lakeshore University
WNLR News is listener supported. Become a sustaining member today and help keep local science reporting on the air.
Copyright 2025 WNLR Public Radio
''')

ARTICLES.append(r'''
@id s-nurse-staffing-saint-adair
@style nurse_staffing_dispute
The Night Shift at Saint Adair

It is 3 a.m. on the fourth floor of Saint Adair Regional Medical Center, and the call lights are blinking in four rooms at once.
A nurse who asked that her name be withheld because she could be fired for speaking to reporters says she has seven patients tonight, two more than the unit's own guidelines allow.
  > anonymous_other | nurse | A nurse | says | > | anon=who asked that her name be withheld because she could be fired for speaking to reporters
"You stop being a nurse and you start being a triage machine," she says.
  > anonymous_other | nurse | she | says | <
"You pick who gets you and who waits."
  > anonymous_other | nurse | A nurse | - | *

Saint Adair is owned by Calloway Health Partners, a hospital chain based in Birmingham that bought it in 2022.
Calloway says staffing on the fourth floor meets state requirements and that it has hired 60 nurses since January.
  > named_organization | calloway | Calloway | says | >
The company says it also pays bonuses of up to $1,500 a month to nurses who pick up extra shifts.
  > named_organization | calloway | The company | says | >
Its chief nursing officer, Dr. Miriam Stoltz, declined an interview request through a spokeswoman.
  > declined_comment | stoltz | Its chief nursing officer, Dr. Miriam Stoltz | declined an interview request | - | resp=declined
A hospital spokeswoman, Tess Marwood, says the night-shift numbers cited by the union are "cherry-picked from the hardest nights of the year."
  > named_official | marwood | A hospital spokeswoman, Tess Marwood | says | >
The hospital called in traveling nurses during a flu surge in January and let most of them go in March.

Down the hall, a charge nurse who has worked at Saint Adair for 31 years says she has never seen the unit this short.
  > named_person | delacroix | a charge nurse who has worked at Saint Adair for 31 years | says | >
The charge nurse, Yvonne Delacroix, keeps a spiral notebook in her scrub pocket.
Every night she writes down how many patients each nurse has.
Delacroix says the hospital added eight beds to the floor last fall without adding staff.
  > named_person | delacroix | Delacroix | says | >
She says her notebook shows nine patients for one nurse on three nights in August.
  > named_person | delacroix | She | says | >

The nurses' union, the Tri-County Nurses Association, filed a complaint with the state in May.
The complaint and a survey of 212 union members attached to it both describe nights when a single nurse covered as many as nine patients.
  > document | complaint-survey | The complaint and a survey of 212 union members attached to it | describe | >
Inspection records show that the state Department of Health Licensing and Safety sent inspectors to the hospital twice in June.
  > document | inspection-records | Inspection records | show | >
The department says it does not comment on open investigations.
  > declined_comment | dhls | The department | says it does not comment on open investigations | - | resp=declined

Linda Aakre, a professor of nursing at Caldwell State University who studies staffing, says research consistently links heavier patient loads to more deaths.
  > named_person | aakre | Linda Aakre, a professor of nursing at Caldwell State University who studies staffing | says | >
"Every patient you add to a nurse's load raises the risk for all of them," Aakre says.
  > named_person | aakre | Aakre | says | <
"That's not a theory anymore."
  > named_person | aakre | Aakre | - | *

Contract talks between the union and Calloway broke down in July, according to two people close to the negotiations.
  > anonymous_familiar | close | two people close to the negotiations | according to | <
The people say Calloway has offered a 9 percent raise over three years but refuses to write staffing ratios into the contract.
  > anonymous_familiar | close | The people | say | >
Calloway wants to keep staffing decisions in the hands of unit managers.
  > named_organization | calloway | Calloway | wants | to keep staffing decisions in the hands of unit managers | nosrc
The Harmon Valley Observer reported in June that two patients on the fourth floor fell on the same night while waiting for help to reach the bathroom.
  > media_report | observer | The Harmon Valley Observer | reported in June | >

By 5 a.m., the call lights have stopped, for now.
The nurse who asked not to be named is charting at the station, two hours behind.
"I used to love this job," she says.
  > anonymous_other | nurse | she | says | <
"Some nights I still do."
  > anonymous_other | nurse | The nurse | - | *
''')

ARTICLES.append(r'''
@id s-grid-emergency-heat-wave-plains
@style grid_emergency_heat_wave
Grid operator orders rolling blackouts as heat wave pushes demand to record

CORBIN CITY -- The Central Plains Reliability Council ordered utilities to cut power to about 400,000 homes and businesses in rotating blocks on Tuesday evening as temperatures topped 110 degrees and demand for electricity hit a record.
The council, which manages the grid for most of four states, said demand peaked at 71,300 megawatts at 6:12 p.m., about 3,000 more than the record it set last August.
  > named_organization | cprc | The council, which manages the grid for most of four states | said | >
CPRC said the outages would last no more than an hour in any one neighborhood.
  > named_organization | cprc | CPRC | said | >
A CPRC spokesman said the council expected to lift the order by 10 p.m. if temperatures fell as forecast.
  > named_organization | cprc | A CPRC spokesman | said | >
Another spokesperson, Dominic Ferreira-Lund, said three large gas-fired plants had tripped offline during the afternoon.
  > named_official | ferreira-lund | Another spokesperson, Dominic Ferreira-Lund | said | >

A council official, who spoke on condition of anonymity because a review of the plant failures had just begun, said at least one of the plants had reported problems with its cooling system on Monday.
  > anonymous_official | council-official | A council official | said | > | anon=who spoke on condition of anonymity because a review of the plant failures had just begun
The official said the council had warned plant owners last week to expect record demand.
  > anonymous_official | council-official | The official | said | >

Prairieline Electric, the largest utility on the grid, posted a map of outage blocks on its website but took it down within an hour after the page stopped loading.
The company said on social media that its site had been overwhelmed by traffic and urged customers to sign up for text alerts.
  > named_organization | prairieline | The company | said on social media | >
Prairieline's chief executive, Howard Tunney, did not respond to a request for comment.
  > declined_comment | tunney | Prairieline's chief executive, Howard Tunney | did not respond to a request for comment | - | resp=no_response

In Corbin City, Ramon Estrada, a retired bus driver, said the power went out at his house at 6:40 p.m. and came back 55 minutes later.
  > named_person | estrada | Ramon Estrada, a retired bus driver | said | >
His neighbor, Felipe Aguirre, said he had moved his 90-year-old mother into his car so she could sit in the air conditioning.
  > named_person | aguirre | His neighbor, Felipe Aguirre | said | >
He said the car's engine ran for most of the hour.
  > named_person | aguirre | He | said | >
"She told me it was the best nap she'd had all summer," Aguirre said.
  > named_person | aguirre | Aguirre | said | <

A report by the state Public Utilities Commission after last summer's heat wave found that the council had overestimated how much power gas plants could deliver in extreme heat.
  > document | puc-report | A report by the state Public Utilities Commission after last summer's heat wave | found | >
Gov. Eileen Markward said she had asked the commission to open an investigation into Tuesday's plant failures.
  > named_official | markward | Gov. Eileen Markward | said | >
Some energy analysts say the grid has too little reserve capacity for summers that keep getting hotter.
  > anonymous_other | analysts | Some energy analysts | say | >
According to the Plains Energy Journal, the council approved only two new large power plants last year.
  > media_report | pej | the Plains Energy Journal | According to | >
The National Weather Service said temperatures would stay above 105 degrees through Friday.
  > named_organization | nws | The National Weather Service | said | >
''')

ARTICLES.append(r'''
@id s-cruise-ship-outbreak-aurelia-sun
@style cruise_ship_outbreak
Norovirus Outbreak Sickens 340 on Cruise Ship, Health Officials Say
  > anonymous_official | health-officials | Health Officials | Say | Norovirus Outbreak Sickens 340 on Cruise Ship

BELMAR KEY, Fla. -- More than 340 passengers and crew members aboard the cruise ship Aurelia Sun have fallen ill with norovirus during a 10-day Caribbean voyage, federal health officials said on Sunday, the largest outbreak on a cruise ship in three years.
  > anonymous_official | health-officials | federal health officials | said on Sunday | More than 340 passengers and crew members aboard the cruise ship Aurelia Sun have fallen ill with norovirus during a 10-day Caribbean voyage ;; the largest outbreak on a cruise ship in three years
The Federal Maritime Health Administration said in a notice posted on its website that 318 of the ship's 2,900 passengers and 24 crew members had reported vomiting or diarrhea.
  > named_organization | fmha | The Federal Maritime Health Administration | said in a notice posted on its website | >
The F.M.H.A. sent two inspectors to meet the ship when it docked here on Sunday morning.
The agency said the crew had stepped up cleaning and isolated sick passengers in their cabins.
  > named_organization | fmha | The agency | said | >

The Aurelia Sun is operated by Solmare Cruises, a line based in Belmar Key that carries about a million passengers a year.
The company said in a statement that it would give every passenger a full refund and a credit toward a future cruise.
  > named_organization | solmare | The company | said in a statement | >
A spokeswoman for Solmare, Adaeze Burke, said the ship would undergo a "deep sanitization" before its next sailing on Thursday.
  > named_official | burke | A spokeswoman for Solmare, Adaeze Burke | said | >
Ms. Burke declined to say how many passengers had been treated by the ship's doctors.
  > declined_comment | burke | Ms. Burke | declined to say how many passengers had been treated by the ship's doctors | - | resp=declined

A retired schoolteacher from Ohio who was traveling with her sister said the ship's buffet stayed open for two days after the first passengers fell sick.
  > named_person | pelletier | A retired schoolteacher from Ohio who was traveling with her sister | said | >
The passenger, Joan Pelletier, 69, said crew members began wearing gloves and masks only on the fourth day.
  > named_person | pelletier | The passenger, Joan Pelletier, 69 | said | >
Her sister, Margaret Hume, said she spent three days in their cabin.
  > named_person | hume | Her sister, Margaret Hume | said | >
She said room service trays were left outside the door without a knock.
  > named_person | hume | She | said | >
"Nobody told us anything," Ms. Hume said.
  > named_person | hume | Ms. Hume | said | <
"We found out from the people on the next balcony."
  > named_person | hume | Ms. Hume | - | *

A federal health official, who spoke on the condition of anonymity because the inspection was not complete, said the inspectors had found that hand-washing stations near the buffet were not working on at least two days.
  > anonymous_official | health-official | A federal health official | said | > | anon=who spoke on the condition of anonymity because the inspection was not complete
The official said the agency could fine the company or delay the ship's next departure.
  > anonymous_official | health-official | The official | said | >
Inspection records show that the Aurelia Sun scored 86 out of 100 in its last routine inspection in March, one point above a passing score.
  > document | inspection-records | Inspection records | show | >
The Gulf Tide reported on Saturday that the ship had skipped a scheduled stop at Port Saint Ives after island health authorities refused to let passengers come ashore.
  > media_report | gulf-tide | The Gulf Tide | reported on Saturday | >
Some passengers said on social media that they had been told to stay in their cabins without being given any medicine.
  > anonymous_other | passengers | Some passengers | said on social media | >

Dr. Ruth Kalnins, an epidemiologist at the University of Saltmarsh who studies outbreaks on ships, said norovirus can survive on surfaces for weeks.
  > named_person | kalnins | Dr. Ruth Kalnins, an epidemiologist at the University of Saltmarsh who studies outbreaks on ships | said | >
"You can't outrun it with a mop," Dr. Kalnins said.
  > named_person | kalnins | Dr. Kalnins | said | <
"You have to keep sick people away from everyone else, and you have to do it on the first day."
  > named_person | kalnins | Dr. Kalnins | - | *
Solmare's president, Arturo Vell, could not be reached on Sunday.
  > declined_comment | vell | Solmare's president, Arturo Vell | could not be reached on Sunday | - | resp=unreachable
''')

ARTICLES.append(r'''
@id s-avian-flu-dairy-herds-marsh-county
@style avian_flu_dairy_herds
Avian flu found in three more dairy herds as state vet warns testing is lagging
  > named_official | holm | state vet | warns | testing is lagging

State animal health officials have confirmed highly pathogenic avian influenza in three more dairy herds in Marsh County, bringing the state's total to 17 since March, the Department of Agriculture and Rural Affairs said Thursday.
  > named_organization | dara | the Department of Agriculture and Rural Affairs | said Thursday | <
DARA said the three herds, with a combined 4,100 cows, had been placed under quarantine.
  > named_organization | dara | DARA | said | >
The department said it would not release the names of the farms, citing state privacy rules.
  > declined_comment | dara | The department | said it would not release the names of the farms | - | resp=declined

State Veterinarian Dr. Anneke Holm told a meeting of the Marsh County Dairy Producers on Wednesday night that the state's bulk-milk testing program was running about two weeks behind.
  > named_official | holm | State Veterinarian Dr. Anneke Holm | told | that the state's bulk-milk testing program was running about two weeks behind
"We are finding herds after they've already shared trucks, crews and calves with their neighbors," Holm said.
  > named_official | holm | Holm | said | <
"That's the gap we have to close."
  > named_official | holm | Holm | - | *
She said the state lab had added a second shift in June but still had a backlog of about 900 samples.
  > named_official | holm | She | said | >

Northfield Dairy Cooperative, which buys milk from about 600 farms in the region, began testing every tanker load at its Marsh County plant in May.
The cooperative said in a member bulletin last week that milk from infected herds is diverted and destroyed and never reaches its processing lines.
  > named_organization | northfield | The cooperative | said in a member bulletin last week | >
A Northfield spokesman, Gerrit Dekkema, said the cooperative had paid for 11,000 tests so far.
  > named_official | dekkema | A Northfield spokesman, Gerrit Dekkema | said | >

Dairy farmer Wes Lindahl, who milks 300 cows near Harlan Mills, said he had stopped letting visitors into his barns in April.
  > named_person | lindahl | Dairy farmer Wes Lindahl, who milks 300 cows near Harlan Mills | said | >
Another farmer, Brent Oyler, whose herd was quarantined in July, said his milk production dropped by a third in the first two weeks.
  > named_person | oyler | Another farmer, Brent Oyler, whose herd was quarantined in July | said | >
He said the state's compensation program covers dead animals but not lost milk.
  > named_person | oyler | He | said | >
One farmer, who asked not to be named because his herd is still under quarantine, said state inspectors had not visited his farm in the three weeks since it tested positive.
  > anonymous_other | farmer | One farmer | said | > | anon=who asked not to be named because his herd is still under quarantine
The department did not respond to questions about the farmer's account.
  > declined_comment | dara | The department | did not respond to questions about the farmer's account | - | resp=no_response

A federal order issued in April and a state rule adopted in May both require testing of lactating cows before they cross state lines.
  > document | order-rule | A federal order issued in April and a state rule adopted in May | require | testing of lactating cows before they cross state lines
State lawmakers are weighing a bill that would pay farmers for lost milk, according to two people familiar with the drafting.
  > anonymous_familiar | familiar | two people familiar with the drafting | according to | <
The people said the bill could be introduced when the legislature returns in January.
  > anonymous_familiar | familiar | The people | said | >
Some veterinarians say they expect the virus to keep spreading until milk testing is required nationwide.
  > anonymous_other | vets | Some veterinarians | say | >
The Farmstead Journal reported last month that two farmworkers in a neighboring state had tested positive for the virus after working in infected milking parlors.
  > media_report | farmstead | The Farmstead Journal | reported last month | >
The county's extension office could not be reached for comment on Thursday.
  > declined_comment | extension | The county's extension office | could not be reached for comment on Thursday | - | resp=unreachable
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
