"""Build corpus/articles/d.jsonl: invented news articles annotated by hand as a second CHECK set.

Written (ninth session) by helpers who never ran the tool on them, with many people and
institutions mentioned in varied ways (full name, surname, pronoun, a description named
later, two people of one role), to measure source grouping on text no rule was chosen on.
Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring); ``main`` (build, or ``--check``) comes from the c builder.

Run: python corpus/build_articles_d.py [--render]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "d.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id d-health-sawtooth-legionella-tower
@style public_health
Legionnaires' cases at Cedar Bluff hospital traced to new tower's water, state says
  > named_organization | dph | state | says | Legionnaires' cases at Cedar Bluff hospital traced to new tower's water

CEDAR BLUFF, Idaho -- Water samples from the new patient tower at Sawtooth Regional Medical Center contained Legionella bacteria at levels high enough to cause disease, the Idaho Department of Public Health said Thursday.
  > named_organization | dph | the Idaho Department of Public Health | said | <
Three patients who stayed in the tower have contracted Legionnaires' disease since it opened in September, and one of them, a 71-year-old man recovering from heart surgery, died on Oct. 22.

The department's chief epidemiologist, Dr. Nadia Kessling, said the bacteria had most likely multiplied in pipes on the tower's upper floors, where water sat unused for weeks before the first patients arrived.
  > named_official | kessling | The department's chief epidemiologist, Dr. Nadia Kessling | said | >
"A new building is not a clean building just because it is new," Kessling said at a briefing on Thursday.
  > named_official | kessling | Kessling | said at a briefing | <
"Water that doesn't move is water that grows things."
  > named_official | kessling | Kessling | - | *

Sawtooth Regional, the flagship hospital of the nonprofit Cairn Health system, stopped admitting patients to the tower's 96 beds on Tuesday and moved 40 patients to other units.
Cairn Health's chief medical officer, Dr. Walter Imrie, said in a statement that the system had installed filters on every faucet and shower in the tower and was flushing its pipes with superheated water.
  > named_official | imrie | Cairn Health's chief medical officer, Dr. Walter Imrie | said in a statement | >
He said no patient outside the tower had tested positive for the disease.
  > named_official | imrie | He | said | >
The system declined to say when the tower's water had last been tested for Legionella before it opened.
  > declined_comment | cairn | The system | declined to say when the tower's water had last been tested for Legionella before it opened | - | resp=declined

Two nurses who work in the tower said staff members had complained about brown, foul-smelling water from the sinks during the building's first week.
  > anonymous_other | nurses | Two nurses who work in the tower | said | >
The nurses, who asked not to be named because they were not authorized to speak for the hospital, said a manager had told them the problem would clear up once the pipes were in regular use.
  > anonymous_other | nurses | The nurses | said | > | anon=who asked not to be named because they were not authorized to speak for the hospital
One of them said the complaints had been logged in the hospital's maintenance system.
  > anonymous_other | nurses | One of them | said | >
A hospital spokeswoman, Corinne Matsuda, said Friday that Cairn Health was reviewing those records and had "no indication" that the discolored water was related to the bacteria.
  > named_official | matsuda | A hospital spokeswoman, Corinne Matsuda | said | that Cairn Health was reviewing those records and had "no indication" that the discolored water was related to the bacteria
She did not respond to a follow-up question about whether the complaints had been passed on to the hospital's infection control team.
  > declined_comment | matsuda | She | did not respond to a follow-up question about whether the complaints had been passed on to the hospital's infection control team | - | resp=no_response

A report by the department's inspectors, released with Thursday's announcement, found that water in the tower's hot water tanks had been kept at 104 degrees, far below the 140 degrees recommended to keep the bacteria from growing.
  > document | inspection-report | A report by the department's inspectors, released with Thursday's announcement | found | >
The report also said that the tower's water management plan, which federal rules require every hospital to keep, had not been updated since construction began in 2022.
  > document | inspection-report | The report | said | >
The department said it had ordered Cairn Health to submit a new plan within 14 days.
  > named_organization | dph | The department | said | >

The patient who died, Gerald Thorsby, was a retired schoolteacher from the nearby town of Marlow Springs.
"My father went in to have his heart fixed, and it was the water that killed him," his daughter, Renee Thorsby, said in an interview.
  > named_person | renee-thorsby | his daughter, Renee Thorsby | said in an interview | <
She said the hospital had not told the family about the outbreak until two days after his death.
  > named_person | renee-thorsby | She | said | >
Imrie declined to discuss Thorsby's case, citing patient privacy.
  > declined_comment | imrie | Imrie | declined to discuss Thorsby's case | - | resp=declined

Clusters like the one at Sawtooth often go unnoticed because doctors rarely test pneumonia patients for Legionella, said Dr. Alan Brisco, an infectious disease specialist at Wasatch State University who was not involved in the investigation.
  > named_person | brisco | Dr. Alan Brisco, an infectious disease specialist at Wasatch State University who was not involved in the investigation | said | <
"Three cases is what they found," he said.
  > named_person | brisco | he | said | <
"I would want to know how many they never looked for."
  > named_person | brisco | he | - | *
The Cedar Bluff Courier first reported the cases last week.
  > media_report | courier | The Cedar Bluff Courier | first reported | the cases last week
''')

ARTICLES.append(r'''
@id d-cityhall-hollis-bay-budget-veto
@style city_hall
Hollis Bay mayor vows veto as council moves police overtime money to libraries and buses
  > named_official | hallstrom | mayor | vows | veto

HOLLIS BAY, Mich. -- The Hollis Bay City Council voted 6-3 on Tuesday night to approve a $412 million budget that moves $8.4 million from police overtime to libraries, bus service and summer jobs for teenagers, setting up a showdown with Mayor Victor Hallstrom.
Hallstrom said on Wednesday that he would veto the budget "line by line if I have to."
  > named_official | hallstrom | Hallstrom | said | that he would veto the budget "line by line if I have to."
"The people of this city did not elect nine council members to run the Police Department," he told reporters at City Hall.
  > named_official | hallstrom | he | told reporters | <
"They elected a mayor to do that."
  > named_official | hallstrom | he | - | *

The council needs seven votes to override a veto, one more than it mustered on Tuesday.
Hallstrom had hoped to use the overtime money to keep two additional patrol units on the streets through the summer.
  > named_official | hallstrom | Hallstrom | had hoped | to use the overtime money to keep two additional patrol units on the streets through the summer | nosrc
Council President Rosa Amaral-Finch, who wrote the amendment moving the money, said she was confident that at least one colleague would change sides.
  > named_official | amaral-finch | Council President Rosa Amaral-Finch, who wrote the amendment moving the money | said | >
"The mayor keeps telling us there's no money for buses, and then he finds $8 million for overtime every single year," Amaral-Finch said.
  > named_official | amaral-finch | Amaral-Finch | said | <

Council member Martin Kell, one of the three members who voted no, said he shared the mayor's worries about police response times but was "open to a conversation" about an override.
  > named_official | kell | Council member Martin Kell, one of the three members who voted no | said | >
He said he would decide after meeting with the police chief next week.
  > named_official | kell | He | said | >
Council member Samuel Oduya, who also voted no, said he would vote to uphold a veto.
  > named_official | oduya | Council member Samuel Oduya, who also voted no | said | >
"Martin is the only one on this council still listening to both sides," he said.
  > named_official | oduya | he | said | <

A memo that the city's budget director, Harold Nygaard, sent to council members last week warned that police overtime had run over its budget in each of the past five years, by an average of $6.1 million.
  > document | memo | A memo that the city's budget director, Harold Nygaard, sent to council members last week | warned | >
Cutting the overtime line without changing how shifts are staffed would probably leave the department short of money by midsummer, the memo said.
  > document | memo | the memo | said | <
Nygaard declined to comment on the council's vote.
  > declined_comment | nygaard | Nygaard | declined to comment on the council's vote | - | resp=declined

A top aide to the mayor said in an interview that the administration had offered the council $3 million for libraries and buses last month.
  > named_official | rudnik | A top aide to the mayor | said in an interview | >
The aide, Tomasz Rudnik, the mayor's chief of staff, said Amaral-Finch had turned the offer down without making a counterproposal.
  > named_official | rudnik | The aide, Tomasz Rudnik, the mayor's chief of staff | said | >
Two council aides said Amaral-Finch had spent the past week courting Kell with the promise of a new branch library in his ward.
  > anonymous_official | council-aides | Two council aides | said | >
The aides, who spoke on the condition of anonymity to describe private conversations, said no deal had been reached.
  > anonymous_official | council-aides | The aides | said | > | anon=who spoke on the condition of anonymity to describe private conversations
Amaral-Finch did not respond to a request for comment about the talks.
  > declined_comment | amaral-finch | Amaral-Finch | did not respond to a request for comment about the talks | - | resp=no_response

The Hollis Bay Police Officers Association said in a statement that the cut would force the department to leave shifts unfilled on summer weekends.
  > named_organization | hbpoa | The Hollis Bay Police Officers Association | said in a statement | >
The union has endorsed Hallstrom in both of his campaigns.
"My kids do their homework at the Eastside branch because we don't have internet at home," Marisol Ybarra, a mother of three, told the council before the vote.
  > named_person | ybarra | Marisol Ybarra, a mother of three | told | <
"When it closes at five, they're done for the day."
  > named_person | ybarra | Marisol Ybarra, a mother of three | - | *
Under the city charter, Hallstrom has until March 14 to issue a veto.
''')

ARTICLES.append(r'''
@id d-legal-quillon-thermostat-settlement
@style corporate_legal
Thermostat maker Quillon agrees to pay $38 million to settle lawsuit over winter shutoffs

CALDER FALLS, Minn. -- Quillon Home Systems, the maker of the Hearth line of internet-connected thermostats, has agreed to pay $38 million to settle a class-action lawsuit claiming that a faulty software update shut off the heat in thousands of homes during a cold snap two winters ago, according to court papers filed on Monday.
  > document | settlement-papers | court papers filed on Monday | according to | <
The settlement, which a federal judge must approve, would pay owners of the affected thermostats between $75 and $2,500 each, depending on the damage they can document.
A hearing on the agreement is scheduled for Dec. 4.

The lawsuit, filed in January 2024 on behalf of homeowners in nine states, accused Quillon of pushing the update to about 310,000 thermostats without testing how they would behave in freezing weather.
  > document | complaint | The lawsuit, filed in January 2024 on behalf of homeowners in nine states | accused | Quillon of pushing the update to about 310,000 thermostats without testing how they would behave in freezing weather
When outdoor temperatures fell below zero, the complaint said, many of the devices rebooted and stayed off for hours, and pipes froze and burst in hundreds of homes.
  > document | complaint | the complaint | said | When outdoor temperatures fell below zero ;; many of the devices rebooted and stayed off for hours, and pipes froze and burst in hundreds of homes
One of the named plaintiffs, Orville Beckstrom, a retired machinist in Calder Falls, said in an interview that a burst pipe had flooded the ground floor of his house while he was visiting his sister for the weekend.
  > named_person | beckstrom | One of the named plaintiffs, Orville Beckstrom, a retired machinist in Calder Falls | said in an interview | >
"The app on my phone said 68 degrees the whole time," he said.
  > named_person | beckstrom | he | said | <
Beckstrom's repairs cost about $41,000, most of it covered by insurance, his lawyer said.
  > named_official | holloway | his lawyer | said | <
The lawyer, Miriam Holloway, who represents the class together with a second firm, called the settlement "a real recovery for real damage."
  > named_official | holloway | The lawyer, Miriam Holloway, who represents the class together with a second firm | called | the settlement "a real recovery for real damage."
She said Quillon had fought for more than a year to keep its internal testing records out of the plaintiffs' hands.
  > named_official | holloway | She | said | >
A lawyer from the other firm, Curtis Baylor, said the two sides had agreed on the amount during mediation in August.
  > named_official | baylor | A lawyer from the other firm, Curtis Baylor | said | >
He said the plaintiffs' lawyers would ask the court for as much as a quarter of the fund in fees.
  > named_official | baylor | He | said | >

In a statement, Quillon's chief executive, Simone Varga, said the company "deeply regrets the disruption" and had since overhauled how it tests software updates.
  > named_official | varga | Quillon's chief executive, Simone Varga | said | >
"We settled because our customers deserve to be made whole quickly, not because the claims had merit," she said.
  > named_official | varga | she | said | <
The company's outside counsel, Douglas Penhale of the firm Marrow & Keane, said Quillon had already fixed the software and had paid some customers directly.
  > named_official | penhale | The company's outside counsel, Douglas Penhale of the firm Marrow & Keane | said | >
Penhale declined to say how many customers had received payments.
  > declined_comment | penhale | Penhale | declined to say how many customers had received payments | - | resp=declined

Quillon had planned to sell shares to the public last spring but put off the offering while the lawsuit was pending.
  > named_organization | quillon | Quillon | had planned | to sell shares to the public last spring | nosrc
The company now hopes to list its shares early next year, according to a person familiar with its plans, who spoke on the condition of anonymity because the plans have not been announced.
  > anonymous_familiar | familiar | a person familiar with its plans | according to | < | anon=who spoke on the condition of anonymity because the plans have not been announced
That person said Quillon's bankers had warned that an unresolved class action could weigh on the price of its shares.
  > anonymous_familiar | familiar | That person | said | >
A separate suit, brought by insurers that paid homeowners' claims, is still pending.
The Calder Falls Register reported in March that Quillon engineers had raised concerns about the update's behavior in cold weather in an internal email weeks before it was released.
  > media_report | register | The Calder Falls Register | reported | that Quillon engineers had raised concerns about the update's behavior in cold weather in an internal email weeks before it was released
The company did not respond to questions about the email.
  > declined_comment | quillon | The company | did not respond to questions about the email | - | resp=no_response

Lawsuits over software failures in household devices have become more common as furnaces, locks and ovens connect to the internet, said Lydia Marchbanks, who teaches consumer law at Harlan Law School.
  > named_person | marchbanks | Lydia Marchbanks, who teaches consumer law at Harlan Law School | said | <
"Settlements like this one are turning into the cost of shipping code to people's furnaces," she said.
  > named_person | marchbanks | she | said | <
"Eventually someone will decide it's cheaper to test."
  > named_person | marchbanks | she | - | *
''')

ARTICLES.append(r'''
@id d-natsec-kittredge-drones-ship
@style national_security
Drones over Mississippi air base were launched from a cargo ship, officials say
  > anonymous_official | us-officials | officials | say | Drones over Mississippi air base were launched from a cargo ship

WASHINGTON -- The drones that flew over Kittredge Air Force Base in Mississippi on at least five nights last month were launched from a foreign-flagged cargo ship anchored about 12 miles offshore, according to two U.S. officials.
  > anonymous_official | us-officials | two U.S. officials | according to | <
The officials, who spoke on the condition of anonymity because the investigation is classified, said the FBI had traced the drones' control signals to the ship, the Adelina Rose, before it left the area on Nov. 9.
  > anonymous_official | us-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the investigation is classified
One of the officials said investigators believed the drones had been photographing the hangars that house the base's squadron of aerial refueling tankers.
  > anonymous_official | us-officials | One of the officials | said | >
Kittredge is home to about 3,400 airmen and is one of the Air Force's main training bases for tanker crews.

The Pentagon had intended to keep the incursions quiet until investigators identified who was behind them, but residents of nearby Port Sallis began posting videos of the drones online in early November.
  > named_organization | pentagon | The Pentagon | had intended | to keep the incursions quiet until investigators identified who was behind them | nosrc
In a statement on Monday, the Pentagon confirmed the incursions for the first time.
  > named_organization | pentagon | the Pentagon | confirmed | the incursions
"We are aware of unauthorized drone activity near Kittredge and are working with our federal law enforcement partners to identify those responsible," the Pentagon's press secretary, Alicia Mabry, said in the statement.
  > named_official | mabry | the Pentagon's press secretary, Alicia Mabry | said in the statement | <
She said the drones had not interfered with flight operations.
  > named_official | mabry | She | said | >
Mabry declined to answer questions about the ship.
  > declined_comment | mabry | Mabry | declined to answer questions about the ship | - | resp=declined

The base's commander told a town meeting in Port Sallis last week that airmen had counted as many as six drones at a time over the flight line, some of them flying with their lights off.
  > named_official | haldane | The base's commander | told | that airmen had counted as many as six drones at a time over the flight line, some of them flying with their lights off
The commander, Bryce Haldane, an Air Force colonel, said the base had no legal authority to bring down drones flying over the water.
  > named_official | haldane | The commander, Bryce Haldane, an Air Force colonel | said | >
"We can watch them, we can track them and we can report them," he said.
  > named_official | haldane | he | said | <
"What we can't do is knock them out of the sky over the gulf."
  > named_official | haldane | he | - | *

The Adelina Rose is owned by Coral Meridian Shipping, a company whose owners are hidden behind a chain of holding companies, according to international shipping records.
  > document | shipping-records | international shipping records | according to | <
Coral Meridian could not be reached for comment.
  > declined_comment | coral-meridian | Coral Meridian | could not be reached for comment | - | resp=unreachable
A person familiar with the investigation said FBI agents questioned the ship's crew when it docked at a Texas port on Nov. 12.
  > anonymous_familiar | familiar | A person familiar with the investigation | said | >
The person said crew members told the agents they had been paid in cash by a man who boarded the ship before it sailed and took the drones' controllers with him when he left.
  > anonymous_familiar | familiar | The person | said | >

A report by the Pentagon's inspector general in June counted more than 600 sightings of unidentified drones near U.S. military installations last year, nearly double the number two years earlier.
  > document | ig-report | A report by the Pentagon's inspector general in June | counted | >
The report said commanders had "limited legal authority" to act against drones beyond a base's fence line.
  > document | ig-report | The report | said | >
Sen. Gordon Tillery of Mississippi, a Republican on the Armed Services Committee, said he would introduce legislation next month to give commanders that authority.
  > named_official | tillery | Sen. Gordon Tillery of Mississippi, a Republican on the Armed Services Committee | said | >
"If a cargo ship can sit off one of our tanker bases for a week and fly cameras over it, we have a hole in our defenses that nobody owns," Tillery said.
  > named_official | tillery | Tillery | said | <
He said senators had been briefed on the incursions only after reporters began asking about them.
  > named_official | tillery | He | said | >

Some national security analysts say the flights fit a pattern of probing that foreign intelligence services have used to map the defenses of American bases.
  > anonymous_other | analysts | Some national security analysts | say | >
A senior military official said the Air Force had begun installing equipment at Kittredge that can jam the radio links used to control small drones.
  > anonymous_official | senior-mil | A senior military official | said | >
The Gulf Coast Herald first reported the sightings last month.
  > media_report | herald | The Gulf Coast Herald | first reported | the sightings last month
''')

ARTICLES.append(r'''
@id d-criminal-trial-ashgrove-water-treasurer
@style criminal_trial
Former water district treasurer lost $2.3 million of public money at casinos, prosecutor tells jury
  > named_official | okafor | prosecutor | tells jury | Former water district treasurer lost $2.3 million of public money at casinos

HOLLIS FORK, Ky. -- The former treasurer of the Ashgrove Valley Water District siphoned more than $2.3 million from customer accounts over six years and lost most of it at casinos in Indiana and Tennessee, a prosecutor told jurors on Monday as his embezzlement trial opened in Carver County Circuit Court.
  > named_official | okafor | a prosecutor | told jurors | <
The defendant, Gideon Falk, 58, has pleaded not guilty to 14 counts of theft and official misconduct.
The district, which serves about 9,000 homes in three rural counties, raised its rates by 18 percent in 2023 to cover the losses.

The prosecutor, Assistant Commonwealth's Attorney Renee Okafor, said in her opening statement that Falk had written 212 checks to a company he secretly controlled and recorded them in the district's books as pipe repairs.
  > named_official | okafor | The prosecutor, Assistant Commonwealth's Attorney Renee Okafor | said in her opening statement | >
"He did not fix a single pipe," Okafor said.
  > named_official | okafor | Okafor | said | <
"What he fixed, every month, was his credit line at the blackjack table."
  > named_official | okafor | Okafor | - | *

Falk's lawyer countered that the district's board had approved every one of the payments and that her client was being blamed for years of lax oversight by others.
  > named_official | delacroix | Falk's lawyer | countered | >
The lawyer, Simone Delacroix, told jurors that the case against Falk rested on "a spreadsheet and a grudge."
  > named_official | delacroix | The lawyer, Simone Delacroix | told jurors | >
She said the bookkeeper who first raised questions about the checks had been disciplined by Falk weeks earlier for missing work.
  > named_official | delacroix | She | said | >
Circuit Judge Corinne Abernathy told the jury that the trial could last three weeks.
  > named_official | abernathy | Circuit Judge Corinne Abernathy | told the jury | >

The first witness, the district's former bookkeeper, Carla Nunley, testified that she noticed in early 2022 that the district was paying a company called Tri-County Line Services for repairs that its crews had never logged.
  > named_person | nunley | The first witness, the district's former bookkeeper, Carla Nunley | testified | >
"I called the number on one of the invoices, and Mr. Falk's cellphone rang in the next office," she said.
  > named_person | nunley | she | said | <
Under cross-examination by Delacroix, Nunley acknowledged that Falk had reprimanded her for absences two weeks before she took her concerns to the board.
  > named_person | nunley | Nunley | acknowledged | >
She denied that the reprimand had anything to do with her complaint.
  > named_person | nunley | She | denied | >

A state audit released in 2023 found that money moved from the district's accounts to Tri-County and then, usually within a day, to Falk's personal checking account.
  > document | audit | A state audit released in 2023 | found | >
A second prosecutor, Lydia Varga, told jurors on Monday afternoon that bank records would confirm the audit's findings "down to the penny."
  > named_official | varga | A second prosecutor, Lydia Varga | told jurors | that bank records would confirm the audit's findings "down to the penny."
According to the findings, Falk was also barred from a riverboat casino in Evansville, Ind., in 2021 after several of his checks bounced there.
  > document | audit | the findings | According to | >
Delacroix asked for a mistrial after Varga mentioned the casino ban, arguing that the judge had barred any reference to it before trial.
  > named_official | delacroix | Delacroix | arguing | >
Abernathy denied the request but told jurors to disregard the remark.
  > named_official | abernathy | Abernathy | told | jurors to disregard the remark

Falk turned down a plea offer last year that would have sent him to prison for four years, according to two people familiar with the negotiations.
  > anonymous_familiar | familiar | two people familiar with the negotiations | according to | <
The people, who spoke on the condition of anonymity because plea talks are confidential, said the offer would also have required him to repay the full amount.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because plea talks are confidential
One of them said Falk had told his lawyer he was certain a jury would acquit him.
  > anonymous_familiar | familiar | One of them | said | >

Falk, who sat beside Delacroix taking notes through most of the day, did not respond to questions from reporters as he left the courthouse.
  > declined_comment | falk | Falk, who sat beside Delacroix taking notes through most of the day | did not respond to questions from reporters | - | resp=no_response
The district's current general manager, Tobias Greenlee, declined to comment, citing the trial.
  > declined_comment | greenlee | The district's current general manager, Tobias Greenlee | declined to comment | - | resp=declined
Testimony resumes Tuesday with a forensic accountant hired by the state auditor's office.
''')

ARTICLES.append(r'''
@id d-sports-business-riverton-foxes-sale
@style sports_business
Foxes owner agrees to sell club for $1.4 billion if city backs new stadium, people familiar say
  > anonymous_familiar | familiar | people familiar | say | Foxes owner agrees to sell club for $1.4 billion if city backs new stadium

RIVERTON, Mo. -- Margaret Hollister, who has owned the Riverton Foxes of the North American Premier League since 2004, has agreed to sell the soccer club to a group led by the technology investor Darius Okonkwo for about $1.4 billion, according to three people familiar with the talks.
  > anonymous_familiar | familiar | three people familiar with the talks | according to | <
The deal depends on the city agreeing to help pay for a new downtown stadium, said the people, who spoke on the condition of anonymity because the agreement has not been announced.
  > anonymous_familiar | familiar | the people | said | < | anon=who spoke on the condition of anonymity because the agreement has not been announced
The price would be a record for a soccer team in North America.
The Foxes, who joined the league in 2006, averaged about 16,500 fans a game last season in a stadium they share with a university football team.

In a statement on Wednesday, the Foxes said Hollister was "exploring every option to secure the club's future in Riverton."
  > named_organization | foxes | the Foxes | said | >
The team declined to comment on the terms of any sale.
  > declined_comment | foxes | The team | declined to comment on the terms of any sale | - | resp=declined

Hollister, 81, wrote to season-ticket holders last fall that she would never sell to an owner who planned to move the team.
  > named_official | hollister | Hollister | wrote to season-ticket holders | that she would never sell to an owner who planned to move the team
"The Foxes belong to Riverton," she wrote.
  > named_official | hollister | she | wrote | <
"Whoever comes after me has to understand that before they understand anything else."
  > named_official | hollister | she | - | *
She had wanted to keep the club in her family after her husband's death in 2015.
  > named_official | hollister | She | had wanted | to keep the club in her family | nosrc

Okonkwo, 47, the founder of the investment firm Bramblecrest Capital, told a business conference in Chicago last month that he wanted to own a team "in a city that still shows up for its teams."
  > named_official | okonkwo | Okonkwo, 47, the founder of the investment firm Bramblecrest Capital | told a business conference | that he wanted to own a team "in a city that still shows up for its teams."
A spokesman for Okonkwo declined to comment.
  > declined_comment | okonkwo | A spokesman for Okonkwo | declined to comment | - | resp=declined

The league's commissioner, Lionel Sturgis, said Wednesday that the league had not received a formal application for a change of ownership.
  > named_official | sturgis | The league's commissioner, Lionel Sturgis | said | that the league had not received a formal application for a change of ownership
Any sale must be approved by three-quarters of the league's 26 owners.
He said the league "strongly prefers" that the Foxes stay in Riverton but would not stand in the way of a move if the city could not deliver a stadium.
  > named_official | sturgis | He | said | >

The proposed stadium, a 24,000-seat venue on a former rail yard along the river, would cost about $650 million, according to a draft term sheet circulated to members of the City Council and reviewed by this newspaper.
  > document | term-sheet | a draft term sheet circulated to members of the City Council and reviewed by this newspaper | according to | <
The document says the city would contribute $310 million through bonds repaid with sales taxes collected in a new entertainment district around the stadium.
  > document | term-sheet | The document | says | >
One of the people familiar with the talks said Okonkwo's group had asked for the right to move the team if the council did not approve the stadium by the end of next year.
  > anonymous_familiar | familiar | One of the people familiar with the talks | said | >

Council member Rosa Delgado, whose district includes the rail yard, said the project would bring jobs to a neighborhood that has waited decades for investment.
  > named_official | delgado | Council member Rosa Delgado, whose district includes the rail yard | said | >
"Nobody has offered to spend this kind of money on the east side in my lifetime," she said.
  > named_official | delgado | she | said | <
Another council member, Janet Whitfield, said she would vote against any deal that left taxpayers responsible for the bonds if the entertainment district fell short.
  > named_official | whitfield | Another council member, Janet Whitfield | said | >
She called the proposal "a billionaire's wish list with a public price tag."
  > named_official | whitfield | She | called | the proposal "a billionaire's wish list with a public price tag."

Felix Marchand, an agent who represents four Foxes players, said his clients had learned of the sale talks from news reports.
  > named_official | marchand | Felix Marchand, an agent who represents four Foxes players | said | >
"Nobody tells the players anything until the ink is dry," Marchand said.
  > named_official | marchand | Marchand | said | <
The Missouri Valley Business Journal first reported on Tuesday that Hollister had hired an investment bank to explore a sale.
  > media_report | business-journal | The Missouri Valley Business Journal | first reported | that Hollister had hired an investment bank to explore a sale
''')

ARTICLES.append(r'''
@id d-campaign-kansas-governor-prison-contract
@style campaign_politics
Kansas governor's race tightens as Redfield hammers Santangelo over prison health contract

TOPEKA, Kan. -- Lt. Gov. Maribel Santangelo holds a narrow lead over former Attorney General Curtis Redfield in the race for Kansas governor, according to a poll released Tuesday, as Redfield's campaign stepped up its attacks over a prison health care contract awarded while Santangelo led the state's budget council.
  > document | poll | a poll released Tuesday | according to | <
The survey, conducted by the Prairie Policy Institute at Flint Hills State University, found Santangelo, a Democrat, with 46 percent support among likely voters and Redfield, a Republican, with 43 percent.
  > document | poll | The survey, conducted by the Prairie Policy Institute at Flint Hills State University | found | >
The institute's previous survey, taken in early September, had shown Santangelo ahead by nine points.
  > document | poll-sept | The institute's previous survey, taken in early September | had shown | >
Early voting begins Oct. 16.

In a television ad released Monday, Redfield's campaign accused Santangelo of steering a $48 million contract to a company whose executives had donated to her 2022 campaign.
  > named_organization | redfield-campaign | Redfield's campaign | accused | Santangelo of steering a $48 million contract to a company whose executives had donated to her 2022 campaign
"She had a chance to protect taxpayers, and she protected her donors instead," Redfield told supporters at a rally in Harlan Crossing on Monday night.
  > named_official | redfield | Redfield | told supporters | <
"Kansans deserve to know who she is working for."
  > named_official | redfield | Redfield | - | *
Redfield had hoped to spend the last month of the race talking about property taxes, which rose sharply in many counties this year.
  > named_official | redfield | Redfield | had hoped | to spend the last month of the race talking about property taxes | nosrc

Santangelo said Tuesday that she had no role in choosing the contractor, which was picked by the Department of Corrections under rules the Legislature wrote.
  > named_official | santangelo | Santangelo | said | that she had no role in choosing the contractor, which was picked by the Department of Corrections under rules the Legislature wrote
"Curtis Redfield knows exactly how prison contracts are awarded, because he defended them in court for eight years," she said at a news conference in Wichita.
  > named_official | santangelo | she | said at a news conference | <

A spokesman for the Redfield campaign, Jonah Pike, said it would release more records about the contract this week.
  > named_official | pike | A spokesman for the Redfield campaign, Jonah Pike | said | >
The campaign declined to say how much it was spending to air the new ad.
  > declined_comment | redfield-campaign | The campaign | declined to say how much it was spending to air the new ad | - | resp=declined
Santangelo's campaign manager, Erin Castellanos, wrote in a memo to donors that the attack ads showed Redfield was "running scared."
  > named_official | castellanos | Santangelo's campaign manager, Erin Castellanos | wrote in a memo to donors | >
She wrote that the campaign had raised $3.4 million in the last three months, nearly twice as much as Redfield.
  > named_official | castellanos | She | wrote | >

Some Republican officials have grown anxious about Redfield's standing in the suburbs, according to three officials with the state party who have seen its internal polling.
  > anonymous_official | gop-officials | three officials with the state party who have seen its internal polling | according to | <
The officials, who spoke on the condition of anonymity to discuss private data, said the party's polling showed Redfield trailing by double digits in suburban Pawnee Ridge County.
  > anonymous_official | gop-officials | The officials | said | > | anon=who spoke on the condition of anonymity to discuss private data
One of them said the party was considering shifting money from legislative races into the governor's contest.
  > anonymous_official | gop-officials | One of them | said | >
The Kansas Republican Party did not respond to a request for comment.
  > declined_comment | ksgop | The Kansas Republican Party | did not respond to a request for comment | - | resp=no_response

Tamsin Grell, a Republican strategist in Wichita who is not working for either campaign, said the contract attack could land if Redfield tied it to the cost of living.
  > named_person | grell | Tamsin Grell, a Republican strategist in Wichita who is not working for either campaign | said | >
But she said his campaign had waited too long to define Santangelo for voters who barely know her.
  > named_person | grell | she | said | >
Another strategist, Nadia Okoro, who advised the Democratic governor's 2018 campaign, said she expected the race to be decided by a few thousand votes.
  > named_person | okoro | Another strategist, Nadia Okoro, who advised the Democratic governor's 2018 campaign | said | >
"Both campaigns are spending like it's a coin flip, because it is," she said.
  > named_person | okoro | she | said | <

The Plains Ledger reported in August that the contractor, Meridian Correctional Health, had been fined in two other states for understaffing prison clinics.
  > media_report | plains-ledger | The Plains Ledger | reported | that the contractor, Meridian Correctional Health, had been fined in two other states for understaffing prison clinics
Meridian could not be reached for comment.
  > declined_comment | meridian | Meridian | could not be reached for comment | - | resp=unreachable
''')

ARTICLES.append(r'''
@id d-environment-tessler-creek-solvent-spill
@style environment_disaster
Corroded tank and silenced alarms caused Tessler Creek chemical spill, state report finds
  > document | report | state report | finds | Corroded tank and silenced alarms caused Tessler Creek chemical spill

CALDER, W.Va. -- A storage tank that leaked about 9,000 gallons of an industrial solvent into Tessler Creek in March had been corroding for years, and night-shift operators silenced a leak alarm at least twice before anyone checked the tank, according to a report released Thursday by the state Department of Environmental Protection.
  > document | report | a report released Thursday by the state Department of Environmental Protection | according to | <
The spill forced a four-day do-not-drink order for about 14,000 people in Calder and two neighboring towns.
Tessler Creek joins the Little Marrow River about 11 miles below the plant.

The report found that the tank's owner, Brannock Specialty Chemicals, had twice put off replacing the tank's corroded floor, in 2021 and again in 2023, to save money.
  > document | report | The report | found | >
According to the findings, the plant's control room received a high-level alarm at 2:14 a.m. on March 9 and another at 4:40 a.m., and each time an operator silenced it without inspecting the tank.
  > document | report | the findings | According to | >

Harold Ames, the department's secretary, said at a news conference that the agency would seek the largest penalty allowed under state law.
  > named_official | ames | Harold Ames, the department's secretary | said at a news conference | >
"This was not an act of God," Ames said.
  > named_official | ames | Ames | said | <
"It was a series of decisions, and every one of them could have gone the other way."
  > named_official | ames | Ames | - | *
The agency has already ordered Brannock to empty its three remaining solvent tanks and keep them out of service until they are inspected.
  > named_organization | dep | The agency | has already ordered | Brannock to empty its three remaining solvent tanks and keep them out of service until they are inspected | nosrc

Brannock said in a statement that it "accepts full responsibility" for the spill and had spent more than $6 million on the cleanup and on bottled water for residents.
  > named_organization | brannock | Brannock | said in a statement | >
But the company disputed the report's finding that the alarms were ignored, saying a shift supervisor had told operators that the alarm was malfunctioning.
  > named_organization | brannock | the company | disputed | the report's finding that the alarms were ignored
  > named_organization | brannock | the company | saying | >
A company spokeswoman, Deb Larkin, declined to say whether the supervisor still worked at the plant.
  > declined_comment | larkin | A company spokeswoman, Deb Larkin | declined to say whether the supervisor still worked at the plant | - | resp=declined
Brannock's chief executive, Warren Pyle, did not respond to a request for comment.
  > declined_comment | pyle | Brannock's chief executive, Warren Pyle | did not respond to a request for comment | - | resp=no_response

Two former operators at the plant, who spoke on the condition of anonymity because they feared being sued by the company, said the alarm had gone off so often in the months before the spill that workers routinely silenced it.
  > anonymous_other | operators | Two former operators at the plant | said | > | anon=who spoke on the condition of anonymity because they feared being sued by the company
"After a while you didn't even look up," one of them said.
  > anonymous_other | operators | one of them | said | <
The former operators said they had complained about the tank's condition to managers in 2022.
  > anonymous_other | operators | The former operators | said | >

The county's emergency management director, Carl Dempsey, said his office learned of the spill from a resident's 911 call about a sweet chemical smell, not from the company.
  > named_official | dempsey | The county's emergency management director, Carl Dempsey | said | >
He said Brannock did not notify the county until nearly three hours after that call.
  > named_official | dempsey | He | said | >

Loretta Haskins, who runs a day care center two blocks from the creek, said she learned of the spill from a neighbor's social media post after the children had already been given water from the tap.
  > named_person | haskins | Loretta Haskins, who runs a day care center two blocks from the creek | said | >
"I have spent six months wondering what I gave those babies," she said.
  > named_person | haskins | she | said | <
Another resident, Bev Tolliver, 67, said she still buys bottled water because her tap water smells faintly of the solvent after heavy rain.
  > named_person | tolliver | Another resident, Bev Tolliver, 67 | said | >
She said no one from Brannock had ever knocked on her door.
  > named_person | tolliver | She | said | >
The Calder Valley Herald reported in April that state inspectors had cited the plant for tank corrosion in 2019.
  > media_report | herald | The Calder Valley Herald | reported | that state inspectors had cited the plant for tank corrosion in 2019
''')

ARTICLES.append(r'''
@id d-techreg-norvale-ledgerly-data
@style technology_regulation
Washington privacy regulator investigating budgeting app over sale of users' data, filing shows
  > document | petition | filing | shows | Washington privacy regulator investigating budgeting app over sale of users' data

OLYMPIA, Wash. -- Washington's data privacy regulator is investigating whether Norvale Technologies, the company behind the popular budgeting app Ledgerly, sold details of its users' bank transactions to debt collectors and payday lenders, according to a petition the agency filed in Thurlow County Superior Court on Monday.
  > document | petition | a petition the agency filed in Thurlow County Superior Court on Monday | according to | <
The petition asks a judge to order the company to hand over internal emails and contracts that it has refused to produce for five months.
  > document | petition | The petition | asks | >
Ledgerly, which links to users' bank and credit card accounts to track their spending, has about four million users in the United States.

"We have reason to believe that people who trusted this app to help them get out of debt were instead being sold to the companies collecting it," Ruth Kamenski, the director of the state's Office of Data Privacy, said in an interview.
  > named_official | kamenski | Ruth Kamenski, the director of the state's Office of Data Privacy | said in an interview | <
"That is exactly the kind of harm our law was written to stop."
  > named_official | kamenski | Ruth Kamenski, the director of the state's Office of Data Privacy | - | *
The office, created by the Legislature in 2023, has received more than 200 complaints about the app since last year.

Norvale said in a statement that it "has never sold personally identifiable information" and that it shares only aggregated, anonymized data with partners, as its privacy policy allows.
  > named_organization | norvale | Norvale | said in a statement | >
The company also said it would ask the court to dismiss the petition.
  > named_organization | norvale | The company | said | >
The company's general counsel said on Tuesday that the regulator had misread a set of marketing contracts and that Norvale had already given the office more than 30,000 pages of documents.
  > named_official | wexley | The company's general counsel | said | that the regulator had misread a set of marketing contracts and that Norvale had already given the office more than 30,000 pages of documents
"We have cooperated at every step," the general counsel, Martin Wexley, said.
  > named_official | wexley | the general counsel, Martin Wexley | said | <
The company's chief executive, Priya Sethuraman, declined to be interviewed.
  > declined_comment | sethuraman | The company's chief executive, Priya Sethuraman | declined to be interviewed | - | resp=declined
In a post on the company's blog last month, she wrote that Ledgerly "will never make money by betraying the people who use it."
  > named_official | sethuraman | she | wrote | >

Jonah Abernathy, a data engineer who left Norvale in 2023, said he was one of two former employees interviewed by the state's investigators and that he had raised concerns about the data sales with his manager in 2022.
  > named_person | abernathy | Jonah Abernathy, a data engineer who left Norvale in 2023 | said | >
"They called it anonymized, but the whole point of the files was that a collector could tell who you were," Abernathy said.
  > named_person | abernathy | Abernathy | said | <
Another former engineer, Tomas Varela, who worked on the company's partnerships team until last spring, said he had never seen users' names in the files but had been told not to discuss the contracts outside his team.
  > named_person | varela | Another former engineer, Tomas Varela, who worked on the company's partnerships team until last spring | said | >
"Nobody told us it was illegal, and nobody told us it wasn't," he said.
  > named_person | varela | he | said | <

Lawyers for the state have also asked two of the debt-collection firms for records of their payments to Norvale, according to a person familiar with the investigation.
  > anonymous_familiar | familiar | a person familiar with the investigation | according to | <
That person, who spoke on the condition of anonymity because the inquiry is confidential under state law, said the office was weighing a fine that could exceed $20 million.
  > anonymous_familiar | familiar | That person | said | > | anon=who spoke on the condition of anonymity because the inquiry is confidential under state law
Kamenski declined to discuss the size of any penalty.
  > declined_comment | kamenski | Kamenski | declined to discuss the size of any penalty | - | resp=declined

Washington's Consumer Data Rights Act, which took effect in 2024, bars companies from selling financial information without a user's explicit consent and allows fines of up to $7,500 for each violation.
Keisha Marlowe, who teaches privacy law at Corrigan State University, said the case could turn on whether data stripped of names can still be traced back to the people it describes.
  > named_person | marlowe | Keisha Marlowe, who teaches privacy law at Corrigan State University | said | >
"If a debt collector can match it to you in an afternoon, calling it anonymous is a marketing choice, not a technical one," she said.
  > named_person | marlowe | she | said | <

The Puget Sound Business Ledger reported in March that Norvale was exploring a sale of the company to a larger financial technology firm.
  > media_report | ledger | The Puget Sound Business Ledger | reported | that Norvale was exploring a sale of the company to a larger financial technology firm
Sethuraman told employees at a meeting this month that the investigation would not affect those plans, according to two employees who attended the meeting.
  > anonymous_familiar | attendees | two employees who attended the meeting | according to | <
The employees, who asked not to be named because they feared losing their jobs, said she did not take questions.
  > anonymous_familiar | attendees | The employees | said | > | anon=who asked not to be named because they feared losing their jobs
''')

ARTICLES.append(r'''
@id d-diplomacy-valdesia-orsenia-dam
@style international_diplomacy
Valdesia recalls ambassador from Orsenia as dispute over river dam deepens

TERLOVO, Valdesia -- Valdesia recalled its ambassador to neighboring Orsenia on Thursday and summoned the Orsenian envoy in Terlovo to protest what its Foreign Ministry called the "unilateral seizure" of water from the Sarn River, which forms part of the border between the two countries.
  > named_organization | vfm | its Foreign Ministry | called | the "unilateral seizure" of water from the Sarn River
The move came two days after Orsenia began filling the reservoir behind its new dam at Kestrel Gorge, about 40 miles upstream of the border.
The Sarn irrigates about a fifth of Valdesia's farmland.

Foreign Minister Ilse Markova told reporters in Terlovo that Orsenia had broken a 1998 treaty requiring both countries to agree on any project that reduces the river's flow by more than a tenth.
  > named_official | markova | Foreign Minister Ilse Markova | told reporters | that Orsenia had broken a 1998 treaty requiring both countries to agree on any project that reduces the river's flow by more than a tenth
"We were promised consultations, and we were given a construction schedule," Markova said.
  > named_official | markova | Markova | said | <
"A neighbor does not turn off another neighbor's water and call it engineering."
  > named_official | markova | Markova | - | *
She said Valdesia would ask the Joint Sarn River Commission, which oversees the treaty, to meet in emergency session next week.
  > named_official | markova | She | said | >

Orsenia's Foreign Ministry said in a statement that the dam was "fully consistent with international law" and that the reservoir would be filled slowly over three years to limit the effect downstream.
  > named_organization | ofm | Orsenia's Foreign Ministry | said in a statement | >
The ministry also accused Valdesia of "manufacturing a crisis for domestic political purposes" ahead of parliamentary elections in May.
  > named_organization | ofm | The ministry | accused | Valdesia of "manufacturing a crisis for domestic political purposes" ahead of parliamentary elections in May
Orsenia's ambassador in Terlovo, Dariusz Renko, left the Valdesian ministry after a meeting of about 20 minutes and declined to answer questions from reporters waiting outside.
  > declined_comment | renko | Orsenia's ambassador in Terlovo, Dariusz Renko | declined to answer questions from reporters | - | resp=declined

Orsenia's state news agency, Orpress, reported that the country's energy minister, Gregor Halden, had told a cabinet meeting that the dam would supply electricity to 1.2 million homes.
  > media_report | orpress | Orsenia's state news agency, Orpress | reported | >
The agency said later on Thursday that Orsenia's embassy in Terlovo had received threatening phone calls, without giving details.
  > media_report | orpress | The agency | said | that Orsenia's embassy in Terlovo had received threatening phone calls

Mediators from several neighboring governments had spent months trying to broker a deal under which Orsenia would guarantee a minimum flow during the summer, according to two diplomats involved in the talks.
  > anonymous_official | diplomats | two diplomats involved in the talks | according to | <
The diplomats, who spoke on the condition of anonymity because the negotiations were confidential, said a draft agreement had been nearly complete in January before Orsenia's president rejected it.
  > anonymous_official | diplomats | The diplomats | said | > | anon=who spoke on the condition of anonymity because the negotiations were confidential
"Everyone at the table thought the hard part was done," one of the diplomats said.
  > anonymous_official | diplomats | one of the diplomats | said | <
The other said Valdesia had also hardened its position as the election approached.
  > anonymous_official | diplomats | The other | said | > | count=1

A senior Valdesian official said the government was also considering suspending its purchases of electricity from Orsenia.
  > anonymous_official | vald-official | A senior Valdesian official | said | >
The official, who was not authorized to speak publicly, said no decision would be made before the river commission meets.
  > anonymous_official | vald-official | The official | said | > | anon=who was not authorized to speak publicly
A diplomatic note that Valdesia delivered to the Orsenian Embassy on Thursday, a copy of which was seen by this newspaper, demands that Orsenia stop filling the reservoir within 72 hours.
  > document | note | A diplomatic note that Valdesia delivered to the Orsenian Embassy on Thursday, a copy of which was seen by this newspaper | demands | >
The document warns that Valdesia "reserves the right to take all lawful measures" to protect its water supply.
  > document | note | The document | warns | >
Orsenia's presidential office did not respond to requests for comment.
  > declined_comment | pres-office | Orsenia's presidential office | did not respond to requests for comment | - | resp=no_response

In the Valdesian farming town of Miresk, about 15 miles downstream of the border, the river was visibly lower on Thursday, and irrigation canals on several farms had run dry.
"My father dug these canals with his own hands," said Anton Brezic, 58, who grows sunflowers and corn outside the town.
  > named_person | brezic | Anton Brezic, 58, who grows sunflowers and corn outside the town | said | <
"If the water doesn't come back by June, there is no harvest, and there is no point in talking about treaties."
  > named_person | brezic | Anton Brezic, 58, who grows sunflowers and corn outside the town | - | *
''')

ARTICLES.append(r'''
@id d-highered-ellery-state-endowment
@style higher_education
Ellery State president spent scholarship money on his residence, internal report finds
  > document | report | internal report | finds | Ellery State president spent scholarship money on his residence

CORLISS, Pa. -- Ellery State University spent about $4.1 million from an endowment meant for need-based scholarships on renovations to the president's official residence and a private suite at its football stadium, according to an internal report released by the university's board of trustees on Friday.
  > document | report | an internal report released by the university's board of trustees on Friday | according to | <
The report, prepared by the law firm Dunleavy Crane, found that President Lionel Pratchard approved the transfers himself and that the university's chief financial officer raised no objection.
  > document | report | The report, prepared by the law firm Dunleavy Crane | found | >
Pratchard, 61, has led the public university of about 14,000 students since 2017.

The board's chair, Renata Holmgren, said at a news conference that Pratchard had been placed on paid leave and that the board would vote next week on whether to fire him.
  > named_official | holmgren | The board's chair, Renata Holmgren | said at a news conference | >
"Students who were promised help paying for college were, in effect, paying for the president's kitchen," she said.
  > named_official | holmgren | she | said | <
"That ends today."
  > named_official | holmgren | she | - | *
Pratchard did not respond to messages left on his cellphone on Friday.
  > declined_comment | pratchard | Pratchard | did not respond to messages left on his cellphone | - | resp=no_response
His lawyer said in a statement that every expense had been "reviewed and approved through the university's normal channels."
  > named_official | fenwick | His lawyer | said in a statement | >
The lawyer, Gerald Fenwick, said his client looked forward to "correcting the record" before the board votes.
  > named_official | fenwick | The lawyer, Gerald Fenwick | said | >

Helen Brathwaite, a trustee who asked for the review last spring, said she had been told for months that questions about the endowment were "a distraction."
  > named_official | brathwaite | Helen Brathwaite, a trustee who asked for the review last spring | said | >
She said the full board had not seen the endowment's spending records until December.
  > named_official | brathwaite | She | said | >
Two other trustees, speaking on the condition of anonymity because the board's deliberations are private, said a majority of the board now favored Pratchard's dismissal.
  > anonymous_official | trustees | Two other trustees | said | > | anon=speaking on the condition of anonymity because the board's deliberations are private
One of the trustees said Pratchard had privately offered to repay the money if he were allowed to resign.
  > anonymous_official | trustees | One of the trustees | said | >

The review also found that the scholarship fund's annual reports to donors had described the renovation spending as "student support facilities."
  > document | report | The review | found | >
The university has not released the report's appendices, which include emails between Pratchard and the finance office, but two people who have read them said the emails showed Pratchard asking staff to keep the transfers "off the board's agenda."
  > anonymous_familiar | readers | two people who have read them | said | >

The Faculty Senate, in a resolution passed 61 to 4 on Thursday night, said it had "no confidence" in Pratchard's leadership.
  > named_organization | senate | The Faculty Senate | said | >
"Faculty have been told for three years that there was no money for raises or for replacing retiring colleagues," said Daniel Mirza, a professor of chemistry who leads the senate.
  > named_official | mirza | Daniel Mirza, a professor of chemistry who leads the senate | said | <
"Now we know where the money went."
  > named_official | mirza | Daniel Mirza, a professor of chemistry who leads the senate | - | *
Enrollment at Ellery State has fallen 12 percent since 2019, and the university eliminated 40 faculty positions last year.

A graduate student who first noticed discrepancies in the endowment's public tax filings said she had written to the president's office about them in 2022 and never received a reply.
  > named_person | haddad | A graduate student who first noticed discrepancies in the endowment's public tax filings | said | >
The student, Amira Haddad, who is now a doctoral candidate in accounting, said she was "relieved but not surprised" by the report.
  > named_person | haddad | The student, Amira Haddad, who is now a doctoral candidate in accounting | said | >
Her own need-based grant was cut by $2,000 in 2021, she said.
  > named_person | haddad | she | said | <

The university said in a statement that it would restore the $4.1 million to the scholarship fund from its reserves by the end of the fiscal year.
  > named_organization | ellery | The university | said in a statement | >
It declined to say whether any other administrators would be disciplined.
  > declined_comment | ellery | It | declined to say whether any other administrators would be disciplined | - | resp=declined
The state's higher education commission is scheduled to discuss the report at its next meeting, on March 12.
''')

ARTICLES.append(r'''
@id d-housing-millgate-wendham-evictions
@style housing_local
Landlord moves to evict dozens of tenants at Millgate building cited for hundreds of code violations

MILLGATE, N.J. -- The owner of the Wendham Apartments, a 96-unit building on Carver Street that city inspectors have cited for more than 300 code violations since 2022, has filed to evict tenants in 41 of its apartments in the last four months, according to records from the county's landlord-tenant court.
  > document | court-records | records from the county's landlord-tenant court | according to | <
Most of the filings say the tenants are at least two months behind on rent.
  > document | court-records | Most of the filings | say | >
The building, a six-story brick complex built in 1962, is one of the largest rent-stabilized properties in Millgate.

Tenants say the landlord, Granite Row Properties, stopped accepting rent from longtime residents last year and then sued them for not paying.
  > anonymous_other | tenants | Tenants | say | >
Rosa Quintanilla, who has lived in a two-bedroom apartment on the fourth floor since 2009, said her money orders were returned three times last spring with no explanation.
  > named_person | quintanilla | Rosa Quintanilla, who has lived in a two-bedroom apartment on the fourth floor since 2009 | said | >
"They sent back my rent, and then they took me to court for not paying it," Quintanilla said.
  > named_person | quintanilla | Quintanilla | said | <
"I kept every receipt."
  > named_person | quintanilla | Quintanilla | - | *
Her neighbor across the hall, Yvette Sampson, a retired school bus driver, said she had gone without heat for most of January and had paid for space heaters herself.
  > named_person | sampson | Her neighbor across the hall, Yvette Sampson, a retired school bus driver | said | >
She said a judge dismissed the eviction case against her in October after she showed the court her bank records, but that a new one was filed two weeks later.
  > named_person | sampson | She | said | >

The landlord's attorney said the company was "simply enforcing the leases" and denied that it had refused any payments.
  > named_official | pelham | The landlord's attorney | said | the company was "simply enforcing the leases"
  > named_official | pelham | The landlord's attorney | denied | that it had refused any payments
"Every one of these cases was filed because rent was not paid, and the court will decide each of them on the facts," the attorney, Stuart Pelham, said in a phone interview.
  > named_official | pelham | the attorney, Stuart Pelham | said in a phone interview | <
Pelham said Granite Row had spent more than $1.5 million on repairs since buying the building.
  > named_official | pelham | Pelham | said | >
Granite Row bought the Wendham in 2021 for $14 million and had planned to renovate vacant units and rent them at market rates.
  > named_organization | granite | Granite Row | had planned | to renovate vacant units and rent them at market rates | nosrc
Its managing partner, Craig Venn, did not return several phone calls and an email.
  > declined_comment | venn | Its managing partner, Craig Venn | did not return several phone calls and an email | - | resp=no_response

Inspection records show that the city ordered Granite Row in 2023 to repair the building's boiler, roof and two elevators, and fined the company $86,000 when the work was not done.
  > document | inspection-records | Inspection records | show | >
The city's chief building inspector, Olumide Baptiste, said the fines remained unpaid.
  > named_official | baptiste | The city's chief building inspector, Olumide Baptiste | said | >
"We can write violations all day, but we can't make a landlord pay for a boiler," he said.
  > named_official | baptiste | he | said | <
Two city inspectors who have visited the building, speaking on the condition of anonymity because they were not authorized to talk to reporters, said conditions had worsened as apartments emptied, with water leaking from vacant units into occupied ones below.
  > anonymous_official | inspectors | Two city inspectors who have visited the building | said | > | anon=speaking on the condition of anonymity because they were not authorized to talk to reporters
The inspectors said they had recommended that the city ask a judge to appoint a receiver to run the building, but one of them said the request had stalled in the city's law department.
  > anonymous_official | inspectors | The inspectors | said#1 | they had recommended that the city ask a judge to appoint a receiver to run the building
  > anonymous_official | inspectors | one of them | said#2 | the request had stalled in the city's law department
A spokeswoman for the law department declined to comment, citing the pending litigation.
  > declined_comment | law-dept | A spokeswoman for the law department | declined to comment | - | resp=declined

The Wendham Tenants Association, which about 60 households have joined, has asked the court to pause all eviction cases at the building until the repairs are made.
  > named_organization | wta | The Wendham Tenants Association, which about 60 households have joined | has asked | the court to pause all eviction cases at the building until the repairs are made
A hearing on the request is scheduled for March 3.
Quintanilla, whose own case is set for trial the same week, said she would bring her receipts.
  > named_person | quintanilla | Quintanilla, whose own case is set for trial the same week | said | >
"I believe I'll win," she said.
  > named_person | quintanilla | she | said | <
"I just don't know if the building will still be standing when I do."
  > named_person | quintanilla | she | - | *
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
