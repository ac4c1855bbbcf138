"""Build corpus/articles/l.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles (fishing_rights, merger_review, hospital_ransomware, guard_deployment,
tax_evasion_trial, team_relocation, water_rights_drought, diplomatic_expulsion,
charter_closure, pipeline_protest, nursing_home_deaths, primary_2016_style), in the voices
of a local paper, a wire service, a national paper, a trade desk and a magazine feature.
Each article is built to test source grouping (two people of one gender and one role
close together, with a pronoun that resolves to the second; a person described first and
named later under another noun; an institution under its full name, its acronym and "the
agency"/"the board"/"the commission"; a company named only in narration before "the
company said"; quotes that run over several sentences and close with "X said"; a document
credited to the person who read it aloud; two documents joined as one source; "stopped",
"added" and "noted" used where they are not cues). Nothing is trained or tuned on them.
Same line format and builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_l.py [--render]
     python corpus/build_articles_l.py --check FILE   (validate and render the blocks of FILE; write nothing)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "l.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id l-fishing-rights-downeast-lobster-license-cap
@style fishing_rights
State will cap new lobster licenses Down East, leaving hundreds on waiting lists

PORT ALDOUS, Maine -- The Maine Department of Marine Resources will issue no more than 40 new commercial lobster licenses a year in the state's three easternmost fishing zones, the department announced Wednesday, a change that could keep some young fishermen waiting for a decade or more.
  > named_organization | dmr | the department | announced | <
About 310 people are on the waiting lists for the three zones, according to department records and a 2024 report by the Legislature's marine resources committee.
  > document | records-report | department records and a 2024 report by the Legislature's marine resources committee | according to | <

DMR Commissioner Harriet Vashon said in a statement that the number of lobsters landed in the eastern zones had fallen for six straight years and that the cap would "keep the fleet in line with the resource."
  > named_official | vashon | DMR Commissioner Harriet Vashon | said in a statement | >
The agency's chief scientist, Lorna Petitpas, said surveys had found that the number of young lobsters settling on the bottom in those zones had dropped by more than half since 2016.
  > named_official | petitpas | The agency's chief scientist, Lorna Petitpas | said | >
"We are not trying to shut anybody out.
  > named_official | petitpas | Petitpas | - | *
We are trying to make sure there is still a fishery left for the people who get in," Petitpas said.
  > named_official | petitpas | Petitpas | said | <

A man who has fished these waters for 40 years stood at the back of the department's hearing room in Machias last month and told the commissioner that the cap would end his family's time on the water.
  > named_person | tibbetts | A man who has fished these waters for 40 years | told | that the cap would end his family's time on the water
The fisherman, Wendell Tibbetts, 63, said in an interview on Wednesday that his grandson, who is 19, had been on the Zone C waiting list since he was 14.
  > named_person | tibbetts | The fisherman, Wendell Tibbetts, 63 | said in an interview on Wednesday | >
"I started out with 50 traps and a skiff.
  > named_person | tibbetts | Tibbetts | - | *
That boy has a boat paid for and nowhere to set a trap," Tibbetts said.
  > named_person | tibbetts | Tibbetts | said | <
Another lobsterman, Curtis Alley, who fishes out of Jonesport, said he supported the cap because the boats already working the eastern zones were landing fewer lobsters every year.
  > named_person | alley | Another lobsterman, Curtis Alley, who fishes out of Jonesport | said | >
He said fishermen like Tibbetts "want the door left open and the pie kept the same size."
  > named_person | alley | He | said | >
The harbor at Jonesport, long noted for its summer lobster boat races, had 14 boats on their moorings on Wednesday afternoon.

The Downeast Lobstering Association, which represents about 1,100 license holders, said it would ask the Legislature to overturn the cap when lawmakers return in January.
  > named_organization | dla | The Downeast Lobstering Association, which represents about 1,100 license holders | said | >
A letter the association sent to Vashon in October, which its secretary, Maureen Faulkingham, read aloud at the Machias hearing, says the cap "punishes the next generation for a decline it did not cause."
  > document | dla-letter | A letter the association sent to Vashon in October, which its secretary, Maureen Faulkingham, read aloud at the Machias hearing | says | >
Two department employees who worked on the rule said Vashon had first proposed a cap of 25 licenses but raised it after lawmakers from the eastern counties objected.
  > anonymous_official | dmr-employees | Two department employees who worked on the rule | said | >
The employees, who asked not to be named because they were not authorized to discuss internal deliberations, said the final number was settled at a meeting with the governor's staff in November.
  > anonymous_official | dmr-employees | The employees | said | > | anon=who asked not to be named because they were not authorized to discuss internal deliberations
A person familiar with that meeting said the governor's office had pushed for a higher number to avoid a fight with the fleet in an election year.
  > anonymous_familiar | familiar | A person familiar with that meeting | said | >
A spokeswoman for Gov. Adele Rainville declined to comment.
  > declined_comment | governor-office | A spokeswoman for Gov. Adele Rainville | declined to comment | - | resp=declined

Much of the eastern zones' catch is sold to Calder Bay Seafood, a dealer and processor in Port Aldous that ships live lobsters to Boston, Montreal and Seoul.
The company said it had taken no position on the cap but was concerned that fewer boats would mean less lobster for its processing plant, which employs about 140 people.
  > named_organization | calder-bay | The company | said | >
Calder Bay's owner, Roland Guptill, did not return phone calls on Wednesday.
  > declined_comment | guptill | Calder Bay's owner, Roland Guptill | did not return phone calls | - | resp=no_response
Joanna Thibodeau, who studies fisheries economics at the Eastport Marine Institute, said caps of this kind tend to favor older fishermen and families that already hold licenses.
  > named_person | thibodeau | Joanna Thibodeau, who studies fisheries economics at the Eastport Marine Institute | said | >
Some fishermen in Zone C say the cap rewards older license holders who have fished only a handful of traps for years while keeping their licenses active.
  > anonymous_other | zone-c-fishermen | Some fishermen in Zone C | say | >
The department stopped issuing new licenses in Zone C for most of 2020, when the pandemic closed its offices.
The Downeast Packet reported in September that the department had considered closing Zone C to new entrants entirely.
  > media_report | packet | The Downeast Packet | reported | that the department had considered closing Zone C to new entrants entirely
The department had hoped to finish the rule by the fall, but the Machias hearing drew more than 200 people and ran past midnight.
  > named_organization | dmr | The department | had hoped | to finish the rule by the fall | nosrc
@excluded
Reach Nell Carver, who covers the fishing industry for The Harbor Ledger, at ncarver@harborledger.example.
Staff photo by Gil Hatch: Lobster boats on their moorings in Port Aldous harbor.
''')

ARTICLES.append(r'''
@id l-merger-review-holloway-brightmart-ftc
@style merger_review
FTC staff recommend suing to block Holloway's $24 billion Brightmart deal

WASHINGTON -- Staff at the Federal Trade Commission have recommended that the agency sue to block Holloway Markets' $24 billion purchase of the rival grocer Brightmart Stores, concluding that the deal would raise food prices in more than 200 towns, according to two people familiar with the review.
  > anonymous_familiar | familiar | two people familiar with the review | according to | <
The recommendation, made in a memo sent to the commission's members last week, is not binding, the people said.
  > anonymous_familiar | familiar | the people | said | <
One of them said the memo singled out rural counties in Ohio, Kentucky and West Virginia where the two chains run the only full-size supermarkets within 20 miles.
  > anonymous_familiar | familiar | One of them | said | >
The FTC declined to comment.
  > declined_comment | ftc | The FTC | declined to comment | - | resp=declined

Holloway, based in Cincinnati, runs about 1,400 stores under four names and added 60 of them last year when it bought a regional chain in Indiana.
Holloway said in a statement on Thursday that the merger would lower prices by letting the combined company buy in larger volumes, and that it was "confident the facts will carry the day."
  > named_organization | holloway | Holloway | said in a statement on Thursday | >
Its chief executive, Dennis Marchetti, told analysts on a conference call in May that the companies were prepared to sell as many as 150 stores to win approval.
  > named_official | marchetti | Its chief executive, Dennis Marchetti | told analysts on a conference call in May | >
Brightmart's chief executive, Paul Okafor, said in an interview in June that his company could no longer keep up with larger rivals on its own.
  > named_official | okafor | Brightmart's chief executive, Paul Okafor | said in an interview in June | >
"We have lost ground every quarter for three years," he said then.
  > named_official | okafor | he | said then | <
"Nobody in this business gets smaller and survives."
  > named_official | okafor | he | - | *
Brightmart stopped paying a dividend in 2023 and has closed 90 stores since then.
The company did not respond to a request for comment on Thursday.
  > declined_comment | brightmart | The company | did not respond to a request for comment | - | resp=no_response

Under the companies' plan, the stores to be sold would go to Fairlane Foods, a wholesaler in Louisville that supplies independent grocers in seven states.
The company said in a statement that it had lined up financing to buy and run the stores and would keep their workers.
  > named_organization | fairlane | The company | said in a statement | >
A senior FTC official, who spoke on the condition of anonymity because the commission has not voted, said staff lawyers doubted that Fairlane, which has never run a supermarket, could keep the stores open.
  > anonymous_official | ftc-official | A senior FTC official | said | > | anon=who spoke on the condition of anonymity because the commission has not voted
The agency's chairwoman, Miriam Castellano, said in a speech in September that the commission would "look hard at every grocery deal that reaches our desk."
  > named_official | castellano | The agency's chairwoman, Miriam Castellano | said in a speech in September | >
Holloway has agreed to pay Brightmart a $1.1 billion fee if regulators block the deal, according to the merger agreement and a proxy statement Brightmart filed with the Securities and Exchange Commission.
  > document | merger-docs | the merger agreement and a proxy statement Brightmart filed with the Securities and Exchange Commission | according to | <

A coalition of 31 farm and consumer groups led by the Rural Grocers Alliance has urged the commission to block the deal.
  > named_organization | rga | A coalition of 31 farm and consumer groups led by the Rural Grocers Alliance | has urged | the commission to block the deal
Their letter, which Sen. Lorraine Whitsett of Ohio read into the record at a Senate hearing on Tuesday, says the merger would give the combined company "the power to set the price of milk" across much of Appalachia.
  > document | coalition-letter | Their letter, which Sen. Lorraine Whitsett of Ohio read into the record at a Senate hearing on Tuesday | says | >
A woman who shops at both chains in Ironton, Ohio, where a Holloway and a Brightmart face each other across Route 52, said the two stores watch each other's prices "like hawks."
  > named_person | kessinger | A woman who shops at both chains in Ironton, Ohio, where a Holloway and a Brightmart face each other across Route 52 | said | >
The shopper, Debra Kessinger, 58, said she saves about $15 a week by going back and forth between them.
  > named_person | kessinger | The shopper, Debra Kessinger, 58 | said | >
Priya Raman, a retail analyst at Castlegate Securities, said investors had already begun betting against the deal, leaving Brightmart's shares about 18 percent below Holloway's offer price.
  > named_person | raman | Priya Raman, a retail analyst at Castlegate Securities | said | >
Some antitrust lawyers say a judge may be reluctant to block the deal if the companies agree to sell enough stores.
  > anonymous_other | antitrust-lawyers | Some antitrust lawyers | say | >
A Holloway spokeswoman, Corinne Daly, declined to say whether the company would fight a lawsuit in court.
  > declined_comment | daly | A Holloway spokeswoman, Corinne Daly | declined to say whether the company would fight a lawsuit in court | - | resp=declined
The trade publication Grocery Ledger Weekly first reported the staff's concerns in July.
  > media_report | glw | The trade publication Grocery Ledger Weekly | first reported | the staff's concerns in July
Holloway had hoped to close the deal by the end of the year.
  > named_organization | holloway | Holloway | had hoped | to close the deal by the end of the year | nosrc
''')

ARTICLES.append(r'''
@id l-hospital-ransomware-greene-river-health
@style hospital_ransomware
Ransomware attack knocks out Ohio hospital system's computers, diverting ambulances

SPRINGHAVEN, Ohio -- A ransomware attack has knocked out computer systems at all five hospitals run by Greene River Health, forcing the system to send ambulances to other cities and postpone hundreds of surgeries, the health system said Monday.
  > named_organization | grh | the health system | said | <
Ambulance crews stopped taking patients to Greene River's emergency rooms shortly after 4 a.m. on Saturday and have since driven them to hospitals in Dayton and Columbus.
Greene River's chief executive, Dr. Alan Whitcomb, said at a news conference on Monday afternoon that doctors and nurses had gone back to "paper charts and runners" and that the emergency rooms remained open to patients who walk in.
  > named_official | whitcomb | Greene River's chief executive, Dr. Alan Whitcomb | said at a news conference on Monday afternoon | >
"Our people are practicing medicine the way it was practiced in 1985, and they are doing it well," Whitcomb said.
  > named_official | whitcomb | Whitcomb | said | <
He declined to say whether the attackers had demanded a ransom or whether the system would pay one.
  > declined_comment | whitcomb | He | declined to say whether the attackers had demanded a ransom or whether the system would pay one | - | resp=declined

The Cybersecurity and Infrastructure Security Agency said it was helping Greene River restore its systems and had warned other hospitals in the region to check their networks.
  > named_organization | cisa | The Cybersecurity and Infrastructure Security Agency | said | >
A CISA official, who spoke on the condition of anonymity because the investigation is continuing, said the attackers appeared to have gotten in with a contractor's stolen password about two weeks before they struck.
  > anonymous_official | cisa-official | A CISA official | said | > | anon=who spoke on the condition of anonymity because the investigation is continuing
In an advisory in March, the agency said the same group had hit at least 30 health care organizations since 2024.
  > named_organization | cisa | the agency | said | >
A ransomware group calling itself Nightlatch said on its leak site on Sunday that it had stolen the records of about 400,000 patients.
  > named_organization | nightlatch | A ransomware group calling itself Nightlatch | said on its leak site on Sunday | >
The FBI's Cincinnati field office confirmed that it was investigating but declined to comment further.
  > named_organization | fbi | The FBI's Cincinnati field office | confirmed | that it was investigating
  > declined_comment | fbi | The FBI's Cincinnati field office | declined to comment further | - | resp=declined

Greene River's electronic records are run by MedLattice, a software company in Madison, Wisconsin, that serves about 200 hospitals.
The company said in a statement that its own systems had not been breached and that the attackers had used Greene River's credentials.
  > named_organization | medlattice | The company | said in a statement | >
A person familiar with the system's response said Greene River had hired an outside firm that specializes in negotiating with ransomware groups.
  > anonymous_familiar | familiar | A person familiar with the system's response | said | >
Greene River paid $240,000 in 2022 to settle claims over an earlier breach that exposed the records of 18,000 patients, according to a settlement with the state attorney general and a breach report the system filed with the federal health department.
  > document | breach-docs | a settlement with the state attorney general and a breach report the system filed with the federal health department | according to | <

Kendra Oyelowo, a nurse in the intensive care unit at Greene River's main hospital, said nurses were writing medication doses on whiteboards and checking one another's math.
  > named_person | oyelowo | Kendra Oyelowo, a nurse in the intensive care unit at Greene River's main hospital | said | >
Another nurse in the unit, Tasha Brill, said she had worked a 16-hour shift on Sunday because the paper system needed nearly twice as many hands.
  > named_person | brill | Another nurse in the unit, Tasha Brill | said | >
"Every order, every lab result, every dose is somebody walking down a hallway with a piece of paper," she said.
  > named_person | brill | she | said | <
An internal memo sent to staff on Sunday, which a nurse read to The Associated Press over the phone, tells employees not to discuss the attack on social media.
  > document | memo | An internal memo sent to staff on Sunday, which a nurse read to The Associated Press over the phone | tells | >

A woman whose husband was taken to the main hospital with stroke symptoms on Saturday night said the couple waited more than three hours while nurses tried to piece together his medication history.
  > named_person | prewitt | A woman whose husband was taken to the main hospital with stroke symptoms on Saturday night | said | >
"They were calling pharmacies one at a time," said the woman, Janelle Prewitt, 61, of Cedar Mills.
  > named_person | prewitt | the woman, Janelle Prewitt, 61, of Cedar Mills | said | <
"Nobody was rude.
  > named_person | prewitt | Prewitt | - | *
Everybody just looked scared," she said.
  > named_person | prewitt | she | said | <
Some patients complained on social media that outpatient clinics had turned them away without calling to cancel their appointments.
  > anonymous_other | patients | Some patients | complained on social media | >
WSPV-TV first reported the ambulance diversions on Saturday.
  > media_report | wspv | WSPV-TV | first reported | the ambulance diversions on Saturday
Greene River had planned to move its records to a new cloud system next spring.
  > named_organization | grh | Greene River | had planned | to move its records to a new cloud system next spring | nosrc
@excluded
Associated Press writer Dana Kovac in Columbus contributed to this report.
Follow AP's coverage of cyberattacks on hospitals.
''')

ARTICLES.append(r'''
@id l-guard-deployment-lakemont-tolliver-haskins
@style guard_deployment
Indiana governor sends Guard troops into Lakemont over the mayor's objections

LAKEMONT, Ind. -- Gov. Raymond Tolliver ordered 600 members of the Indiana National Guard into this city of 80,000 on Thursday after three nights of protests over a police shooting, overriding the mayor, who said the troops would "pour gasoline on a fire we had nearly put out."
  > named_official | haskins | the mayor | said | the troops would "pour gasoline on a fire we had nearly put out."
Tolliver, a Republican in his second term, said at a news conference in Indianapolis that the city's police officers were "exhausted and outnumbered" and that he would not "wait for somebody to get killed."
  > named_official | tolliver | Tolliver, a Republican in his second term | said at a news conference in Indianapolis | >
The executive order, which Tolliver's chief of staff, Glenn Abernathy, read aloud at the start of the news conference, says the troops will guard public buildings and help the Indiana State Police enforce a curfew from 9 p.m. to 6 a.m.
  > document | order | The executive order, which Tolliver's chief of staff, Glenn Abernathy, read aloud at the start of the news conference | says | >

Mayor Denise Haskins, a Democrat, said she had not been consulted and had learned of the order from a reporter's phone call.
  > named_official | haskins | Mayor Denise Haskins, a Democrat | said | >
"We have had three hard nights, and last night was the quietest of them," Haskins said.
  > named_official | haskins | Haskins | said | <
"The people out there are grieving.
  > named_official | haskins | Haskins | - | *
They are not an enemy army."
  > named_official | haskins | Haskins | - | *
The mayor of neighboring Ridgefield Heights, Carla Voss, said she had asked the governor for Guard troops on Wednesday, after protesters blocked a highway ramp in her city for two hours.
  > named_official | voss | The mayor of neighboring Ridgefield Heights, Carla Voss | said | >
She said she welcomed the deployment but hoped it would last days, not weeks.
  > named_official | voss | She | said | >

The protests began Monday night, hours after a Lakemont police officer shot and killed Darnell Pike, 24, on the city's east side.
The officer stopped Pike's car for a broken taillight and fired after Pike reached toward the glove compartment, according to a preliminary report released by the police department and a summary of dashboard camera video posted on the city's website.
  > document | police-docs | a preliminary report released by the police department and a summary of dashboard camera video posted on the city's website | according to | <
The Lakemont Police Department declined to identify the officer, citing the state police investigation.
  > declined_comment | lpd | The Lakemont Police Department | declined to identify the officer | - | resp=declined

The Indiana State Police, which has had about 150 troopers in the city since Tuesday, said it had made 41 arrests, most of them for curfew violations.
  > named_organization | isp | The Indiana State Police, which has had about 150 troopers in the city since Tuesday | said | >
ISP Superintendent Warren Blackwell said troopers had been hit with bricks and fireworks on Wednesday night.
  > named_official | blackwell | ISP Superintendent Warren Blackwell | said | >
The agency said two troopers had been treated for minor injuries.
  > named_organization | isp | The agency | said | >
Two officials in the governor's office said Tolliver decided to send the Guard after watching television footage of a fire at a downtown auto parts store late Wednesday.
  > anonymous_official | gov-officials | Two officials in the governor's office | said | >
The officials, who spoke on the condition of anonymity to describe private deliberations, said the Guard's adjutant general had advised waiting another day.
  > anonymous_official | gov-officials | The officials | said | > | anon=who spoke on the condition of anonymity to describe private deliberations
The adjutant general, Eileen Strand, did not respond to a request for comment.
  > declined_comment | strand | The adjutant general, Eileen Strand | did not respond to a request for comment | - | resp=no_response
A person close to Haskins said the mayor had spoken with the governor only once since the shooting, in a brief call on Tuesday.
  > anonymous_familiar | close-haskins | A person close to Haskins | said | >

The troops will sleep at the Lakemont Expo Center, a convention hall the city leases to Harbison Events, a private operator.
The company said it had learned of the plan on Thursday morning and had canceled a home and garden show scheduled for the weekend.
  > named_organization | harbison | The company | said | >
A man who has cut hair on Fulton Street for 31 years said he had closed early every night this week but had never felt unsafe.
  > named_person | oduya | A man who has cut hair on Fulton Street for 31 years | said | >
"I have seen worse on a Friday night after a football game," said the barber, Alvin Oduya, 66.
  > named_person | oduya | the barber, Alvin Oduya, 66 | said | <
Some protest organizers said they would march again on Thursday night in defiance of the curfew.
  > anonymous_other | organizers | Some protest organizers | said | >
The Lakemont Courier reported on Wednesday that the officer had been involved in two earlier shootings while on duty.
  > media_report | courier | The Lakemont Courier | reported | that the officer had been involved in two earlier shootings while on duty
Tolliver had planned to visit Lakemont on Friday.
  > named_official | tolliver | Tolliver | had planned | to visit Lakemont on Friday | nosrc
''')

ARTICLES.append(r'''
@id l-tax-evasion-trial-ostrander-chophouse
@style tax_evasion_trial
Bookkeeper testifies that steakhouse owner kept a second set of books

CLEARHAVEN, Fla. -- A bookkeeper who worked for one of Florida's best-known restaurant owners testified on Tuesday that he had her keep two sets of books for nine years, one for the tax collector and one "for the family."
  > named_person | albritton | A bookkeeper who worked for one of Florida's best-known restaurant owners | testified | that he had her keep two sets of books for nine years, one for the tax collector and one "for the family."
The bookkeeper, Sherry Albritton, 58, was the first witness called by prosecutors in the federal tax evasion trial of Gerald Ostrander, whose 14 Ostrander's Chophouse restaurants stretch along the Gulf Coast from Naples to Pensacola.
Ostrander, 67, is accused of evading about $6.8 million in federal taxes from 2015 to 2022 by skimming cash from the restaurants and paying managers off the books, according to the indictment and a bill of particulars filed by prosecutors last month.
  > document | charging-docs | the indictment and a bill of particulars filed by prosecutors last month | according to | <
Ostrander, noted for the television ads in which he carves a steak on a cutting board shaped like Florida, has pleaded not guilty.

Albritton told jurors that Ostrander came to the company's main office in Clearhaven every Monday to collect an envelope of cash from the weekend's receipts.
  > named_person | albritton | Albritton | told jurors | >
"He would count it at my desk, twice.
  > named_person | albritton | Albritton | - | *
Then he would put it in his jacket and go home," Albritton said.
  > named_person | albritton | Albritton | said | <
She said the restaurants stopped taking most cash in 2021, after Ostrander learned that the Internal Revenue Service had begun auditing one of his managers.
  > named_person | albritton | She | said | >
The ledger, which an IRS special agent, Marisol Cepeda, read from on the witness stand for most of the afternoon, lists weekend cash receipts of as much as $40,000 that never appeared on the restaurants' tax returns.
  > document | ledger | The ledger, which an IRS special agent, Marisol Cepeda, read from on the witness stand for most of the afternoon | lists | >
Cepeda testified that agents found the ledger in a locked filing cabinet in Ostrander's home office when the agency searched the house in 2023.
  > named_official | cepeda | Cepeda | testified | >

In her opening statement, Assistant U.S. Attorney Laura Kinsey told jurors that Ostrander had "treated the tax code like a tip jar."
  > named_official | kinsey | Assistant U.S. Attorney Laura Kinsey | told jurors | >
Ostrander's lead lawyer, Vincent Moro, told jurors in his own opening that the ledger was Albritton's work, not his client's.
  > named_official | moro | Ostrander's lead lawyer, Vincent Moro | told jurors in his own opening | >
"You are going to hear a lot about a notebook.
  > named_official | moro | Moro | - | *
You are not going to hear that Gerald Ostrander wrote a single word in it," Moro said.
  > named_official | moro | Moro | said | <
Another of Ostrander's lawyers, Dale Petrakis, said outside the courthouse that Albritton had been granted immunity in exchange for her testimony.
  > named_official | petrakis | Another of Ostrander's lawyers, Dale Petrakis | said outside the courthouse | >
He said the defense would show that she had taken about $300,000 from the restaurants herself.
  > named_official | petrakis | He | said | >
Under cross-examination by Moro, Albritton acknowledged that she had signed an immunity agreement but denied taking any money.
  > named_person | albritton | Albritton | acknowledged | that she had signed an immunity agreement
  > named_person | albritton | Albritton | denied | taking any money

Much of the restaurants' payroll was handled by ClearLedger Payroll Services, a small firm in Sarasota.
The company said in a statement that it had "cooperated fully" with investigators and that none of its employees had been charged.
  > named_organization | clearledger | The company | said in a statement | >
A person familiar with the investigation said two of Ostrander's former managers had also agreed to testify for the government.
  > anonymous_familiar | familiar | A person familiar with the investigation | said | >
A Justice Department official, who spoke on the condition of anonymity because the trial is underway, said the case was among the largest restaurant-skimming prosecutions in the Southeast in a decade.
  > anonymous_official | doj-official | A Justice Department official | said | > | anon=who spoke on the condition of anonymity because the trial is underway
A spokesman for the U.S. attorney's office declined to comment on the immunity agreement.
  > declined_comment | usao | A spokesman for the U.S. attorney's office | declined to comment on the immunity agreement | - | resp=declined
Several longtime customers who sat in the back rows of the courtroom said they had come to support Ostrander, who they said had paid for a Little League field in Clearhaven.
  > anonymous_other | customers | Several longtime customers who sat in the back rows of the courtroom | said | >
Ostrander declined to speak with reporters as he left the courthouse.
  > declined_comment | ostrander | Ostrander | declined to speak with reporters | - | resp=declined
The Gulf Coast Examiner first reported the IRS investigation in 2023.
  > media_report | examiner | The Gulf Coast Examiner | first reported | the IRS investigation in 2023
The U.S. attorney's office had hoped to try the case last year, but the trial was delayed twice after Ostrander changed lawyers.
  > named_organization | usao | The U.S. attorney's office | had hoped | to try the case last year | nosrc
@excluded
Lydia Marsh has covered the federal courts for The Clearhaven Sun since 2015. Contact her at lmarsh@clearhavensun.example.
Read more: From one grill to 14 restaurants, how Ostrander built a Gulf Coast brand
''')

ARTICLES.append(r'''
@id l-team-relocation-bayport-gulls-kansas-city
@style team_relocation
Gulls owner has talked with Kansas City about moving the team, officials there confirm
  > anonymous_official | kc-officials | officials there | confirm | Gulls owner has talked with Kansas City about moving the team

BAYPORT, Conn. -- The owner of the Bayport Gulls has met at least three times with officials in Kansas City, Mo., about moving the National Hockey League team there when its arena lease runs out in 2027, two of those officials confirmed on Monday.
  > anonymous_official | kc-officials | two of those officials | confirmed | <
The officials, who spoke on the condition of anonymity because the talks are confidential, said the owner, Warren Castellano, toured a downtown arena in Kansas City in September and met with the mayor there in October.
  > anonymous_official | kc-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the talks are confidential
In a statement released by the team on Monday night, Castellano said he had "listened to every city that has called" but that his "first choice has always been Bayport."
  > named_official | castellano | Castellano | said | >
A spokeswoman for the Kansas City mayor's office declined to comment.
  > declined_comment | kc-mayor-office | A spokeswoman for the Kansas City mayor's office | declined to comment | - | resp=declined

The Gulls play at Harborside Arena, which is owned by the Bayport Sports and Entertainment Authority, a public board whose members are appointed by the mayor and the governor.
The team's lease runs through the 2026-27 season, according to the lease itself and the authority's most recent annual financial statement.
  > document | lease-docs | the lease itself and the authority's most recent annual financial statement | according to | <
The BSEA has spent about $40 million on repairs to the arena's roof and ice plant since 2015, the board said.
  > named_organization | bsea | the board | said | <
The arena is run day to day by Crestline Venues, a Denver company that manages 22 arenas around the country.
The company said in a statement that it had "no knowledge of any relocation discussions" and was booking concerts at Harborside through 2028.
  > named_organization | crestline | The company | said in a statement | >

A letter to the authority from the NHL's deputy commissioner, Marcus Albrecht, which the authority's chairman, Louis Ferrante, read aloud at a board meeting on Monday, says the league "strongly prefers" that the Gulls stay in Bayport but expects the city to renovate or replace the 31-year-old arena.
  > document | nhl-letter | A letter to the authority from the NHL's deputy commissioner, Marcus Albrecht, which the authority's chairman, Louis Ferrante, read aloud at a board meeting on Monday | says | >
Ferrante said the board would hire a consultant to study whether to renovate the arena or build a new one, at a cost that could run from $600 million to $1 billion.
  > named_official | ferrante | Ferrante | said | >
"Nobody on this board wants to be the one who lost the Gulls.
  > named_official | ferrante | Ferrante | - | *
But nobody wants to hand a billion dollars to a man who has been shopping the team, either," Ferrante said.
  > named_official | ferrante | Ferrante | said | <
The NHL did not respond to a request for comment.
  > declined_comment | nhl | The NHL | did not respond to a request for comment | - | resp=no_response

City Council President Anthony Greco said the city could not pay for a new arena while it was closing fire stations.
  > named_official | greco | City Council President Anthony Greco | said | >
Another council member, Raymond Stiles, whose district includes the arena, said he would support a renovation paid for in part by a surcharge on tickets.
  > named_official | stiles | Another council member, Raymond Stiles, whose district includes the arena | said | >
He said losing the team would cost restaurants and bars near the arena as much as $60 million a year.
  > named_official | stiles | He | said | >
A person familiar with the team's finances said Castellano had lost about $25 million on the Gulls last season.
  > anonymous_familiar | familiar | A person familiar with the team's finances | said | >
The team stopped announcing attendance figures in 2022, when it averaged about 12,900 fans a game, among the lowest in the league.
Some hockey analysts say Kansas City, with its larger television market, would be an easier sell to the league's other owners.
  > anonymous_other | analysts | Some hockey analysts | say | >

A man who has held season tickets since the Gulls' first game in 1998 said he had been to two "Keep the Gulls" rallies this fall.
  > named_person | demarco | A man who has held season tickets since the Gulls' first game in 1998 | said | >
"If they leave, I am not following them to Kansas City," said the fan, Paul DeMarco, 54, a mail carrier from East Bayport.
  > named_person | demarco | the fan, Paul DeMarco, 54, a mail carrier from East Bayport | said | <
The Kansas City Ledger-Post first reported the talks on Sunday.
  > media_report | ledger-post | The Kansas City Ledger-Post | first reported | the talks on Sunday
Castellano had wanted the city to commit to a new arena by the end of this season.
  > named_official | castellano | Castellano | had wanted | the city to commit to a new arena by the end of this season | nosrc
''')

ARTICLES.append(r'''
@id l-water-rights-drought-sandoval-river-esquibel
@style water_rights_drought
As the Sandoval runs dry, an old water right becomes the most valuable thing in the valley

A man who has farmed alfalfa along the Sandoval River for 46 years says he has never seen his ditch go dry this early.
  > named_person | esquibel | A man who has farmed alfalfa along the Sandoval River for 46 years | says | >
"My father saw it go dry in August, twice.
  > named_person | esquibel | the farmer, Tomás Esquibel, 71 | - | *
I have never seen it go dry in June," says the farmer, Tomás Esquibel, 71.
  > named_person | esquibel | the farmer, Tomás Esquibel, 71 | says | <
The Sandoval stopped flowing past the Highway 28 bridge in mid-May this year, six weeks earlier than in any year since the state began keeping records.

The 1907 court decree that set his family's right, which Esquibel keeps in a plastic sleeve on the dashboard of his pickup and reads aloud to visitors, says the family's ditch may take its water before any farm downstream.
  > document | decree | The 1907 court decree that set his family's right, which Esquibel keeps in a plastic sleeve on the dashboard of his pickup and reads aloud to visitors | says | >
That seniority has made the right valuable to Verdance Minerals, which is building a lithium refinery 30 miles downstream that will need about 2,000 acre-feet of water a year.
The company says it has bought or leased water rights from 19 farms in the valley since 2022 and will return some of the water to the river after treating it.
  > named_organization | verdance | The company | says | >
Its vice president for water, Daniel Oyarzún, says the refinery will use less water than the alfalfa fields it replaces.
  > named_official | oyarzun | Its vice president for water, Daniel Oyarzún | says | >
"We are not the ones who made the river smaller.
  > named_official | oyarzun | Oyarzún | - | *
We are paying farmers a fair price for something they own, and they are free to say no," he says.
  > named_official | oyarzun | he | says | <
He declined to say how much Verdance has paid for the rights.
  > declined_comment | oyarzun | He | declined to say how much Verdance has paid for the rights | - | resp=declined
A person familiar with the refinery's financing says its lenders required Verdance to line up enough water for 30 years before releasing the money.
  > anonymous_familiar | familiar | A person familiar with the refinery's financing | says | >

Esquibel's neighbor to the south, Lucinda Vigil, sold her family's rights to Verdance in 2023 for a price she says paid off her mortgage and her son's student loans.
  > named_person | vigil | she | says | paid off her mortgage and her son's student loans
Another neighbor, Marisa Gallegos, has turned down three offers; she says the money would last a few years and the land would be worthless forever.
  > named_person | gallegos | she | says | >
Vigil says she does not regret selling but no longer walks the ditch in the mornings.
  > named_person | vigil | Vigil | says | >
Some farmers in the valley say privately that they expect to sell within five years.
  > anonymous_other | farmers | Some farmers in the valley | say privately | >

Who gets water in a dry year is decided by the New Mexico Office of the State Engineer, which enforces the order of priority among the river's users.
This summer the river has carried about a quarter of its average flow, according to gauge records and a drought plan the OSE prepared for the Legislature in March.
  > document | gauge-plan | gauge records and a drought plan the OSE prepared for the Legislature in March | according to | <
Two officials at the agency, who asked not to be named because they were not authorized to speak with reporters, say the office has received more applications to move water from farms to industry in the past two years than in the previous 20.
  > anonymous_official | ose-officials | Two officials at the agency | say | > | anon=who asked not to be named because they were not authorized to speak with reporters
The state engineer, Raymond Archuleta, declined to be interviewed for this article.
  > declined_comment | archuleta | The state engineer, Raymond Archuleta | declined to be interviewed for this article | - | resp=declined
In written answers to questions, the agency said it reviews every transfer to make sure that other users are not harmed.
  > named_organization | ose | the agency | said | >
Helen Okafor-Baca, a hydrologist at Rio Abajo State University who has studied the Sandoval for 20 years, says the valley's troubles are only beginning.
  > named_person | okafor-baca | Helen Okafor-Baca, a hydrologist at Rio Abajo State University who has studied the Sandoval for 20 years | says | >
"The river has always had bad years.
  > named_person | okafor-baca | Okafor-Baca | - | *
What is new is that the bad years are now the ordinary ones," she says.
  > named_person | okafor-baca | she | says | <
The Sandoval Valley Record reported last year that Verdance had paid as much as $28,000 an acre-foot for senior rights, several times what such rights sold for five years ago.
  > media_report | record | The Sandoval Valley Record | reported | that Verdance had paid as much as $28,000 an acre-foot for senior rights, several times what such rights sold for five years ago

Esquibel says he will not sell.
  > named_person | esquibel | Esquibel | says | >
"My grandson wants the farm," he says.
  > named_person | esquibel | he | says | <
@excluded
This article appears in the September issue of High Country Quarterly.
Photographs by Ana Ferro for High Country Quarterly
''')

ARTICLES.append(r'''
@id l-diplomatic-expulsion-marvosa-dravnik-radar
@style diplomatic_expulsion
Marvosa expels four Dravnik diplomats over alleged plot to obtain radar designs

BRESKA, Marvosa -- Marvosa on Tuesday ordered four diplomats from Dravnik's embassy to leave the country within 72 hours, accusing them of trying to recruit an engineer at a defense electronics company to steal radar designs, the foreign ministry said.
  > named_organization | mfa | the foreign ministry | said | <
A statement from the ministry, which its spokesman, Tomas Wielgus, read to reporters in Breska, says the four were engaged in "activities incompatible with their diplomatic status" and identifies two of them as officers of Dravnik's military intelligence service.
  > document | mfa-statement | A statement from the ministry, which its spokesman, Tomas Wielgus, read to reporters in Breska | says | >
Wielgus said the engineer, who has not been named, alerted Marvosa's counterintelligence service after the diplomats offered him money in March.
  > named_official | wielgus | Wielgus | said | >

The service, the National Security Bureau, said in a separate statement that its officers had recorded three meetings between the engineer and the diplomats at cafes in Breska and the port city of Holmsund.
  > named_organization | nsb | The service, the National Security Bureau | said in a separate statement | >
The NSB said the engineer had handed over only fake documents prepared by its officers.
  > named_organization | nsb | The NSB | said | >
Asked whether any Marvosan citizens had been arrested, the agency declined to comment.
  > declined_comment | nsb | the agency | declined to comment | - | resp=declined
The engineer works for Orvalis Systems, which makes air-defense radars for Marvosa's armed forces and for several NATO armies.
The company said on Tuesday that it had cooperated with the investigation from the start and that no classified material had left its premises.
  > named_organization | orvalis | The company | said on Tuesday | >

Dravnik's foreign ministry spokesman, Arkady Velichko, called the expulsions "a provocation" and said Dravnik would respond "in a mirror fashion."
  > named_official | velichko | Dravnik's foreign ministry spokesman, Arkady Velichko | called | the expulsions "a provocation"
  > named_official | velichko | Dravnik's foreign ministry spokesman, Arkady Velichko | said | Dravnik would respond "in a mirror fashion."
He said Marvosa's ambassador had been summoned to the ministry in Orsk on Tuesday evening.
  > named_official | velichko | He | said | >
The state-run Dravnik Telegraph Agency quoted an unnamed official in Orsk as saying that four Marvosan diplomats would be ordered to leave by the end of the week.
  > media_report | dta | The state-run Dravnik Telegraph Agency | quoted | an unnamed official in Orsk as saying that four Marvosan diplomats would be ordered to leave by the end of the week
The Dravnik embassy in Breska did not respond to a request for comment.
  > declined_comment | embassy | The Dravnik embassy in Breska | did not respond to a request for comment | - | resp=no_response
Two of the four diplomats were accredited as trade attaches and two as drivers, according to the ministry's diplomatic list and accreditation records reviewed by Reuters.
  > document | diplomatic-records | the ministry's diplomatic list and accreditation records reviewed by Reuters | according to | <

Two European diplomats in Breska said Marvosa had briefed its NATO allies on the bureau's findings before announcing the expulsions.
  > anonymous_official | eu-diplomats | Two European diplomats in Breska | said | >
One of them, who asked not to be named because the briefing was confidential, said it was at least the third attempt by Dravnik to obtain Orvalis designs since 2022.
  > anonymous_official | eu-diplomats | One of them | said | > | anon=who asked not to be named because the briefing was confidential
A person familiar with the investigation told Reuters that the engineer had worn a recording device at the last two meetings.
  > anonymous_familiar | familiar | A person familiar with the investigation | told Reuters | >
A retired Marvosan intelligence officer who ran operations against Dravnik in the 2000s said the case had the marks of a classic "dangle," in which a target is allowed to believe he has found a willing source.
  > named_person | reda | A retired Marvosan intelligence officer who ran operations against Dravnik in the 2000s | said | >
"They wanted radar designs so badly that nobody in Orsk asked why it was going so smoothly.
  > named_person | reda | the former officer, Stanislaw Reda | - | *
That is usually the first question," said the former officer, Stanislaw Reda.
  > named_person | reda | the former officer, Stanislaw Reda | said | <
Some security analysts in Breska said the expulsions could set back talks on reopening the Ostry border crossing, which has been closed since 2023.
  > anonymous_other | analysts | Some security analysts in Breska | said | >
Marvosa has expelled 17 Dravnik diplomats since 2022 and stopped issuing visas to Dravnik military attaches last year.
The two governments had hoped to reopen the crossing by the summer.
  > named_organization | governments | The two governments | had hoped | to reopen the crossing by the summer | nosrc
@excluded
Reporting by Anja Holm in Breska; additional reporting by Petr Novak; editing by Mark Ellison
Our Standards: The Thomson Reuters Trust Principles.
''')

ARTICLES.append(r'''
@id l-charter-closure-horizon-prep-brightpath
@style charter_closure
State commission votes to close Horizon Prep, leaving 640 students to find new schools

DELMONT, Mich. -- The state Public Charter School Commission voted 5-2 on Thursday to close Horizon Preparatory Academy at the end of the school year, ruling that the school had broken the terms of its charter by failing to account for $3.1 million in public money.
  > named_organization | pcsc | The state Public Charter School Commission | ruling | that the school had broken the terms of its charter by failing to account for $3.1 million in public money
The school, which enrolls about 640 students from kindergarten through eighth grade, is managed by Brightpath Learning Partners, a for-profit company based in Columbus, Ohio, that runs 18 charter schools in four states.
The company said in a statement after the vote that it would appeal to the State Board of Education and that the money had been spent on "legitimate educational expenses" that were recorded in the wrong accounts.
  > named_organization | brightpath | The company | said in a statement after the vote | >
Brightpath's chief executive, Gregory Lanier, did not respond to an email on Thursday.
  > declined_comment | lanier | Brightpath's chief executive, Gregory Lanier | did not respond to an email | - | resp=no_response

A forensic audit the commission ordered last spring, which its executive director, Janine Coffey, read from at length before the vote, found that Brightpath had billed the school $1.4 million in "management fees" that its contract did not allow.
  > document | audit | A forensic audit the commission ordered last spring, which its executive director, Janine Coffey, read from at length before the vote | found | >
Horizon's test scores have trailed the state average in each of the past five years, according to the school's state report cards and a summary of its test results prepared by the Michigan Department of Education.
  > document | report-cards | the school's state report cards and a summary of its test results prepared by the Michigan Department of Education | according to | <
The state stopped sending Horizon its monthly aid payments in January while the audit was being completed.

PCSC Chairman Frank Dellavalle said the commission had given the school's board "every chance to fix this" since its first warning letter in 2023.
  > named_official | dellavalle | PCSC Chairman Frank Dellavalle | said | >
"We are not closing a school because its scores are low.
  > named_official | dellavalle | Dellavalle | - | *
We are closing it because nobody can tell us where the money went," Dellavalle said.
  > named_official | dellavalle | Dellavalle | said | <
One of the two commissioners who voted no, Harold Binks, said the audit's findings were serious but that closing the school would punish children for the mistakes of adults.
  > named_official | binks | One of the two commissioners who voted no, Harold Binks | said | >
The other, Leon Marchetti, said he would have preferred to put the school on probation and replace Brightpath with another manager.
  > named_official | marchetti | The other, Leon Marchetti | said | >
He said the commission had done that twice before without closing a school.
  > named_official | marchetti | He | said | >
The commission said it would hold an enrollment fair for Horizon families in March.
  > named_organization | pcsc | The commission | said | >

A mother whose two sons have attended Horizon since kindergarten said she had moved the family across town to be closer to the school.
  > named_person | rucker | A mother whose two sons have attended Horizon since kindergarten | said | >
"We chose this school, and we were happy here," said the mother, Tamika Rucker, 39.
  > named_person | rucker | the mother, Tamika Rucker, 39 | said | <
"Now somebody else is choosing for us."
  > named_person | rucker | the mother, Tamika Rucker, 39 | - | *
Another parent, Gloria Estrada, said she was relieved.
  > named_person | estrada | Another parent, Gloria Estrada | said | >
She said her daughter's fourth-grade class had had four teachers since September.
  > named_person | estrada | She | said | >
Some Horizon teachers have complained on social media that their paychecks arrived late several times last fall.
  > anonymous_other | teachers | Some Horizon teachers | have complained on social media | >

A state education official who was briefed on the audit said the commission had referred the management fees to the attorney general's office.
  > anonymous_official | state-official | A state education official who was briefed on the audit | said | >
The official, who was not authorized to discuss the referral, said no decision had been made on whether to open an investigation.
  > anonymous_official | state-official | The official | said | > | anon=who was not authorized to discuss the referral
The attorney general's office declined to comment.
  > declined_comment | ag-office | The attorney general's office | declined to comment | - | resp=declined
A person familiar with Brightpath's finances said the company had lost its contracts at two other schools in Ohio this year.
  > anonymous_familiar | familiar | A person familiar with Brightpath's finances | said | >
The Delmont Free Press first reported the audit's findings in December.
  > media_report | free-press | The Delmont Free Press | first reported | the audit's findings in December
Brightpath had planned to add a high school on the Horizon campus next fall.
  > named_organization | brightpath | Brightpath | had planned | to add a high school on the Horizon campus next fall | nosrc
''')

ARTICLES.append(r'''
@id l-pipeline-protest-iron-prairie-kettle-county
@style pipeline_protest
Dozens arrested at Iron Prairie pipeline site as protesters lock themselves to excavators

ALDER CREEK, Minn. -- Sheriff's deputies arrested 38 people on Wednesday at a construction site for the Iron Prairie oil pipeline in northern Minnesota, where protesters had chained themselves to excavators before dawn, the Kettle County Sheriff's Office said.
  > named_organization | kcso | the Kettle County Sheriff's Office | said | <
It was the largest protest since construction began in June on the 340-mile pipeline, which will carry crude oil from North Dakota to a terminal on Lake Superior.
The pipeline is being built by Northline Midstream, a Calgary company that already operates two lines across the state.
The company said in a statement that the protesters had trespassed on private land and "put themselves and our workers in real danger."
  > named_organization | northline | The company | said in a statement | >

Kettle County Sheriff Dale Renner said most of those arrested had been cited for trespassing and released, but that four were being held on charges of damaging equipment.
  > named_official | renner | Kettle County Sheriff Dale Renner | said | >
A state judge in Kettle County granted Northline a restraining order against the protesters on Monday.
The order, which one of Renner's deputies read to the crowd through a loudspeaker shortly after 6 a.m., bars anyone but construction workers from coming within 100 feet of the site.
  > document | order | The order, which one of Renner's deputies read to the crowd through a loudspeaker shortly after 6 a.m. | bars | >
Work stopped for about five hours while deputies cut the chains with bolt cutters.
The sheriff of neighboring Pine Lake County, Curtis Haugen, said he had sent 12 deputies to help but would pull them back by the weekend.
  > named_official | haugen | The sheriff of neighboring Pine Lake County, Curtis Haugen | said | >
He said his county could not keep paying overtime for a pipeline that "doesn't put a dime into our budget."
  > named_official | haugen | He | said | >
Renner said he had asked the state to help cover the overtime, which has cost Kettle County about $410,000 since June.
  > named_official | renner | Renner | said | >

A woman whose family has farmed beside the pipeline route since 1951 said she had refused to sell Northline an easement and had been taken to court under the state's eminent domain law.
  > named_person | lindgren | A woman whose family has farmed beside the pipeline route since 1951 | said | >
The landowner, Margit Lindgren, 74, said the company's crews had cut through her fences twice this summer.
  > named_person | lindgren | The landowner, Margit Lindgren, 74 | said | >
"They keep telling me it will be like the pipe was never there.
  > named_person | lindgren | Lindgren | - | *
I have lived here long enough to know better," Lindgren said.
  > named_person | lindgren | Lindgren | said | <
Prairie Water Defenders, which organized the protest, said in a post on social media that more people would arrive this weekend.
  > named_organization | pwd | Prairie Water Defenders, which organized the protest | said in a post on social media | >
Some residents of Alder Creek said the protests had brought welcome business to the town's diner and its two gas stations.
  > anonymous_other | residents | Some residents of Alder Creek | said | >

The Minnesota Public Utilities Commission approved the pipeline's route in 2024 after a three-year review.
The route crosses 68 streams and rivers and passes within a mile of 11 lakes, according to Northline's permit application and a route map filed with the commission.
  > document | permit-docs | Northline's permit application and a route map filed with the commission | according to | <
The PUC's chairwoman, Katrin Ulvestad, said in a statement that the commission had "weighed every objection" and that the route avoided the most sensitive wetlands.
  > named_official | ulvestad | The PUC's chairwoman, Katrin Ulvestad | said in a statement | >
The commission said it had received more than 9,000 public comments during its review.
  > named_organization | puc | The commission | said | >
A state law enforcement official, who spoke on the condition of anonymity because he was not authorized to discuss security planning, said the State Patrol was preparing to send troopers if the protests grew.
  > anonymous_official | le-official | A state law enforcement official | said | > | anon=who spoke on the condition of anonymity because he was not authorized to discuss security planning
A person familiar with the company's construction schedule said Northline wanted to finish the section through Kettle County by the end of October.
  > anonymous_familiar | familiar | A person familiar with the company's construction schedule | said | >
Northern Minnesota Public Radio reported on Tuesday that the company had hired a private security firm to patrol the route.
  > media_report | nmpr | Northern Minnesota Public Radio | reported | that the company had hired a private security firm to patrol the route
A Northline spokesman, Trevor Cole, declined to say how much the company was paying for security.
  > declined_comment | cole | A Northline spokesman, Trevor Cole | declined to say how much the company was paying for security | - | resp=declined
Northline had planned to begin moving oil through the line next spring.
  > named_organization | northline | Northline | had planned | to begin moving oil through the line next spring | nosrc
''')

ARTICLES.append(r'''
@id l-nursing-home-deaths-cypress-pointe-heat
@style nursing_home_deaths
Nine died when a nursing home's air conditioning failed; inspectors had warned about it for two years

BELLE RIVIERE, La. -- The air-conditioning system at the Cypress Pointe Care Center had been breaking down for two years before it failed completely during a heat wave in July, when nine residents died over four days, according to state inspection reports and federal enforcement records reviewed by this newspaper.
  > document | inspection-records | state inspection reports and federal enforcement records reviewed by this newspaper | according to | <
Inspectors from the Louisiana Department of Health cited the home three times for indoor temperatures above 81 degrees, the state's limit, the records show.
  > document | inspection-records | the records | show | <
The home is owned by Bellweather Senior Living, a Houston company that owns 34 nursing homes in four states and has grown quickly since a private equity firm bought a majority stake in it in 2022.
The company said in a statement that it was "devastated" by the deaths and had approved a new cooling system for the home in May, but that a shortage of parts had delayed its installation.
  > named_organization | bellweather | The company | said in a statement | >

The transcript of the first 911 call from the home, which the St. Anne Parish coroner, Dr. Philip Guidry, read aloud at a news conference on Monday, shows an aide telling a dispatcher that residents were "burning up" and that two of them were not breathing.
  > document | transcript | The transcript of the first 911 call from the home, which the St. Anne Parish coroner, Dr. Philip Guidry, read aloud at a news conference on Monday | shows | >
Guidry said all nine deaths had been ruled heat-related, and that the temperature inside the building was 94 degrees when paramedics arrived.
  > named_official | guidry | Guidry | said | >
"These were people who could not get out of bed, could not open a window and could not tell anyone they were in trouble.
  > named_official | guidry | Guidry | - | *
They depended on the staff for everything," Guidry said.
  > named_official | guidry | Guidry | said | <

A man whose mother died at the home on the second day of the heat wave said he had complained to the administrator about the heat at least twice in June.
  > named_person | fontenot | A man whose mother died at the home on the second day of the heat wave | said | >
The son, Raymond Fontenot, 58, said staff members had put bags of ice in his mother's bed the last time he visited.
  > named_person | fontenot | The son, Raymond Fontenot, 58 | said | >
"She was 91, and she was sharp as a tack," he said.
  > named_person | fontenot | he | said | <
The administrator, Kevin Landry, could not be reached; a phone number listed for him had been disconnected.
  > declined_comment | landry | The administrator, Kevin Landry | could not be reached | - | resp=unreachable
Latrice Boudreaux, a nursing assistant who worked overnight shifts at Cypress Pointe until August, said the second floor had been hot for most of the summer.
  > named_person | boudreaux | Latrice Boudreaux, a nursing assistant who worked overnight shifts at Cypress Pointe until August | said | >
Another nursing assistant, Yvonne Pitre, said the home had brought in portable fans but not enough for every room.
  > named_person | pitre | Another nursing assistant, Yvonne Pitre | said | >
She said a supervisor had told aides not to call 911 without a nurse's permission.
  > named_person | pitre | She | said | >
Boudreaux said she had seen the administrator carry a window unit into his own office in June.
  > named_person | boudreaux | Boudreaux | said | >

The Centers for Medicare and Medicaid Services, which pays for the care of most of the home's residents, said on Tuesday that it had opened an investigation and could cut off payments to Cypress Pointe.
  > named_organization | cms | The Centers for Medicare and Medicaid Services, which pays for the care of most of the home's residents | said on Tuesday | >
CMS fined the home $48,000 in 2024 over the temperature violations and added it to a list of facilities with a history of serious problems.
The agency said it was also reviewing how the state had followed up on its own inspections.
  > named_organization | cms | The agency | said | >
Two state health officials, who spoke on the condition of anonymity because the investigation is continuing, said inspectors who visited in May had recommended that residents on the second floor be moved, but that the recommendation was never enforced.
  > anonymous_official | state-officials | Two state health officials | said | > | anon=who spoke on the condition of anonymity because the investigation is continuing
The department did not respond to written questions about the recommendation.
  > declined_comment | ldh | The department | did not respond to written questions about the recommendation | - | resp=no_response
A person familiar with Bellweather's finances said the company had put off maintenance at several of its homes after taking on debt in the 2022 deal.
  > anonymous_familiar | familiar | A person familiar with Bellweather's finances | said | >
Some relatives of residents said they had not been told about the heat until after the first deaths.
  > anonymous_other | relatives | Some relatives of residents | said | >
The Acadiana Advocate-Sun first reported the deaths in July.
  > media_report | advocate-sun | The Acadiana Advocate-Sun | first reported | the deaths in July
Bellweather had planned to sell Cypress Pointe to a regional operator this year.
  > named_organization | bellweather | Bellweather | had planned | to sell Cypress Pointe to a regional operator this year | nosrc
@excluded
Do you have a relative in a Louisiana nursing home? We want to hear about their care.
Correction: An earlier version of this article misspelled the surname of the St. Anne Parish coroner.
''')

ARTICLES.append(r'''
@id l-primary-2016-style-kemper-lund-new-hampshire
@style primary_2016_style
Kemper climbs in New Hampshire as Lund's campaign pulls its ads and heads south

MANCHESTER, N.H. -- Gov. Randall Kemper of Missouri has moved into second place in New Hampshire's Republican presidential primary a week before the vote, according to a poll released Tuesday, while Sen. Travis Lund, who led the state for much of the fall, has pulled his television ads and sent most of his staff to South Carolina.
  > document | poll | a poll released Tuesday | according to | <
The Monadnock University survey found Kemper with 17 percent among likely Republican voters, behind the businessman Dwight Calloway at 31 percent and ahead of Lund at 14 percent.
  > document | poll | The Monadnock University survey | found | >
The poll's director, Alan Birch, said Kemper's support had doubled since the last debate, most of it coming from voters who had backed Lund in December.
  > named_official | birch | The poll's director, Alan Birch | said | >

Kemper stopped at four diners in Manchester on Tuesday morning and added two town hall meetings to his schedule for the weekend.
His spokeswoman, Jenna Marsh, said the governor was "closing the sale with voters who have kicked the tires on everybody else."
  > named_official | marsh | His spokeswoman, Jenna Marsh | said | >
Lund's spokeswoman, Dana Whitlock, said the senator was "not going anywhere" and would be back in New Hampshire for the final weekend.
  > named_official | whitlock | Lund's spokeswoman, Dana Whitlock | said | >
She said the campaign was moving staff south because South Carolina "is where this nomination gets decided."
  > named_official | whitlock | She | said | >

A memo from Lund's campaign manager, Greg Sutter, which Sutter read to reporters on a conference call on Tuesday, says the campaign's path to the nomination runs "through the South on March 1."
  > document | sutter-memo | A memo from Lund's campaign manager, Greg Sutter, which Sutter read to reporters on a conference call on Tuesday | says | >
Sutter said the campaign had $9 million in the bank.
  > named_official | sutter | Sutter | said | >
Lund and the super PAC supporting him had spent more than $14 million on television ads in New Hampshire, according to Federal Election Commission filings and a tally by Campaign Media Watch, a firm that tracks political advertising.
  > document | fec-tally | Federal Election Commission filings and a tally by Campaign Media Watch, a firm that tracks political advertising | according to | <
Much of the money went to Hollister Data, a voter-targeting firm in Austin, Texas, that also worked for two of Lund's rivals.
The company said its contract with the Lund campaign had ended in December.
  > named_organization | hollister | The company | said | >
Two Lund advisers, who spoke on the condition of anonymity to discuss internal strategy, said the senator had argued with Sutter for two days before agreeing to leave New Hampshire.
  > anonymous_official | lund-advisers | Two Lund advisers | said | > | anon=who spoke on the condition of anonymity to discuss internal strategy
Lund declined to answer questions from reporters after a stop in Keene on Tuesday.
  > declined_comment | lund | Lund | declined to answer questions from reporters | - | resp=declined

Calloway, speaking at a rally in Nashua on Monday night, called Kemper "a nice man who never created a job in his life" and said Lund was "finished, totally finished."
  > named_official | calloway | Calloway, speaking at a rally in Nashua on Monday night | called | Kemper "a nice man who never created a job in his life"
  > named_official | calloway | Calloway, speaking at a rally in Nashua on Monday night | said | Lund was "finished, totally finished."
Calloway's campaign did not respond to a request for comment.
  > declined_comment | calloway-campaign | Calloway's campaign | did not respond to a request for comment | - | resp=no_response
A retired machinist who came to Kemper's town hall in Derry on Monday said he had settled on the governor after watching the last debate with his wife.
  > named_person | pelletier | A retired machinist who came to Kemper's town hall in Derry on Monday | said | >
"He is the only one up there who sounds like a grown-up," said the machinist, Walt Pelletier, 71.
  > named_person | pelletier | the machinist, Walt Pelletier, 71 | said | <
"I like Calloway fine on television.
  > named_person | pelletier | Pelletier | - | *
I just don't want him anywhere near the button."
  > named_person | pelletier | Pelletier | - | *

The Republican National Committee said on Tuesday that seven candidates had qualified for Saturday's debate in Manchester.
  > named_organization | rnc | The Republican National Committee | said on Tuesday | >
The RNC tightened its qualifying rules in December, and the committee said the same rules would apply to the South Carolina debate next month.
  > named_organization | rnc | the committee | said | the same rules would apply to the South Carolina debate next month
People close to Kemper say he has told donors he can win the nomination without a victory in New Hampshire.
  > anonymous_familiar | close-kemper | People close to Kemper | say | >
Some Republican strategists in the state say Kemper's rise has come too late to catch Calloway.
  > anonymous_other | strategists | Some Republican strategists in the state | say | >
The Granite Ledger reported on Monday that Kemper's campaign had reserved $2 million in airtime on Boston stations, which reach most of southern New Hampshire.
  > media_report | granite-ledger | The Granite Ledger | reported | that Kemper's campaign had reserved $2 million in airtime on Boston stations, which reach most of southern New Hampshire
Lund had hoped a strong finish in Iowa would carry him into New Hampshire with momentum.
  > named_official | lund | Lund | had hoped | a strong finish in Iowa would carry him into New Hampshire with momentum | nosrc
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
