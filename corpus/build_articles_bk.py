"""Build corpus/articles/bk.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles on four themes -- intelligence agencies and espionage, professional and college
sports (contracts, doping, injuries, leagues), city policing and local crime, and science
and universities (research misconduct, grants, discoveries)
(defector_debriefing_leak_national_daily, signals_agency_warrantless_queries_radio_transcript,
embassy_chauffeur_spy_case_magazine_feature, closer_elbow_contract_opt_out_sports_column,
swimmer_contamination_doping_ruling_liveblog,
womens_basketball_expansion_draft_newsletter_section_heads,
pursuit_policy_bystander_crash_tv_station_web,
gunshot_sensor_contract_renewal_explainer_subheads,
catalytic_converter_ring_press_release_rewrite, image_duplication_lab_inquiry_student_paper,
grant_terminations_research_chief_edited_qa, ancient_ice_core_discovery_wire_corrected),
partly set in invented countries (Calvaria, Vostrel, Tessaly, Lusandra, Meridia, Kestrava,
Arvenia, Northmere) and invented cities (Marbury, Lakeport, Westbrook, Fennick, Corran), in
the voices of twelve kinds of outlet: a national daily's account of a leaked defector
debriefing, a public-radio transcript with host, correspondent and tape speaker labels, a
magazine feature with a two-line dek and a first-person reporter, a baseball columnist's
opinion column, a sports desk's live blog with timestamps, a basketball-business newsletter
with capitalised section heads, a local television station's website, a nonprofit local
site's explainer built on question subheads, a hyperlocal site rewriting a police news
release, a student newspaper, an edited Q&A with a university research chief whose
questions themselves cite sources, and a wire story with an update line and a correction in
its footer.

The sources: an agency spokeswoman, an oversight chairwoman, an inspector general, a spy
agency's director, a sports minister, a team president, an agent, a league spokeswoman and
commissioner, a union director, police chiefs and a deputy chief, a council member and
president, a mayor, a company vice president, an apartment manager, lawyers, a lab head, a
university spokesman, a faculty senate president, a research vice president and an acting
agency director (named officials); a defector's neighbour, an accused chauffeur, a former spy
turned professor, a catcher, a surgeon, swimmers, a resident, a victim's son, an image
sleuth, glaciologists (named persons); ministries, embassies, a prosecutor's office, a
team, a federation, a tribunal, a league unit, police departments, a company, a union
chapter, a district attorney's office, a funding agency and a university (organisations);
current and former officials, diplomats, committee members, rival executives, an officer,
council members, with and without a stated reason; people briefed on a review or an annex,
close to a legal department, familiar with players' thinking, involved in fieldwork, lab
members; vague sources (former officers, neighbours, critics, residents, rival swimmers'
representatives, specialists, other researchers, faculty members, one resident, one
doctoral student); documents (a review, a report, an indictment, a memo, a contract clause,
a charge sheet, a ruling, league data, an audit, police and jail records, a news release, a
state law, a retraction notice, a grant database, a website, a study, peer-review reports,
attendance figures, an email); media reports, including the outlet's own earlier reporting
and state television; non-answers of all three kinds, one spoken inside an interview;
people described first and named later; quotes over several sentences and across
paragraphs; content before and after the cue and split around it; headline and dek
attributions, one with a "Police:" colon cue; speaker labels taken as source with the colon
as cue; two attributions in one sentence; and look-alikes left unannotated or marked not
sourcing ("wants", "plans" in the reporter's voice; "has not said", "has said nothing",
"does not name", "is expected", "could not independently verify", "it was not immediately
known", a correspondent "reading the report" in a broadcast intro, a correspondent who
"reports" for the outlet itself, a columnist's own "I believe"). All twelve end with a
footer of excluded boilerplate. Nothing is trained or tuned on them. Same line format and
builder as ``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_bk.py [--render]
     python corpus/build_articles_bk.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "bk.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id bk-defector-debriefing-leak-calvaria
@style defector_debriefing_leak_national_daily
Spy agency shared defector's secrets with an ally weeks before his name leaked, officials say
  > anonymous_official | officials | officials | say | Spy agency shared defector's secrets with an ally weeks before his name leaked

An internal review found that a liaison officer forwarded the full debriefing without approval, according to three people who have read it.
  > anonymous_familiar | readers | three people who have read it | according to | <

BRENNHOLM -- Calvaria's foreign intelligence service gave a full transcript of its debriefing of a defecting Vostreli colonel to a partner agency six weeks before the colonel's name was broadcast on Vostreli state television, according to two senior Calvarian officials and a third person briefed on an internal review of the episode.
  > anonymous_official | officials | two senior Calvarian officials | according to | <
  > anonymous_familiar | briefed | a third person briefed on an internal review of the episode | according to | <
The colonel, Anatol Greshev, crossed into Calvaria in February with his wife and has been living under a new identity at a location the government has not disclosed.
The review, completed this month by the inspector general of the Directorate of External Intelligence, concluded that a liaison officer sent the 140-page transcript to the partner service without the approval required under the agency's own rules, said the officials, who spoke on the condition of anonymity because the review is classified.
  > anonymous_official | officials | the officials | said | < | anon=who spoke on the condition of anonymity because the review is classified
They would not name the partner service.
  > declined_comment | officials | They | would not name the partner service | - | resp=declined
But one of the officials said it was an agency with which Calvaria has shared intelligence on Vostrel for more than a decade.
  > anonymous_official | officials | one of the officials | said | >

Vostreli state television named Greshev on April 11 and described him as a traitor who had "sold his oath for a foreign passport."
  > media_report | vostrel-tv | Vostreli state television | described | >
The Courier reported in April that Calvarian officials suspected the leak had come from Vostreli agents inside Calvaria's own service, and the government ordered a counterintelligence sweep that week.
  > media_report | courier | The Courier | reported in April | that Calvarian officials suspected the leak had come from Vostreli agents inside Calvaria's own service
The review found no evidence of a mole, according to the person briefed on it, and instead traced the likely leak to the partner service, whose internal network Vostreli hackers had penetrated last year.
  > anonymous_familiar | briefed | the person briefed on it | according to | The review found no evidence of a mole ;; and instead traced the likely leak to the partner service, whose internal network Vostreli hackers had penetrated last year

Greshev is now deeply angry with the agency that recruited him, said Irena Volk, a lawyer in Brennholm who represents him and his wife.
  > named_official | volk | Irena Volk, a lawyer in Brennholm who represents him and his wife | said | <
"My client gave them everything he had, on the promise that his name would stay in a single safe," Volk said in an interview.
  > named_official | volk | Volk | said in an interview | <
"Now his mother in Vostrel cannot leave her apartment."
  > named_official | volk | Volk | - | *
Volk said Greshev had asked to meet the agency's director, Marten Ilse, and had not received a reply.
  > named_official | volk | Volk | said | >
A spokeswoman for the directorate, Lene Castor, said the agency "does not comment on operational matters or on individuals who may or may not have assisted it."
  > named_official | castor | A spokeswoman for the directorate, Lene Castor | said | >
Ilse did not respond to a letter delivered to his office on Tuesday.
  > declined_comment | ilse | Ilse | did not respond to a letter delivered to his office on Tuesday | - | resp=no_response

Members of Parliament's intelligence oversight committee were told of the review only last week.
Its chairwoman, Dagny Holm, said in a statement that the committee would call Ilse to testify "within days, not weeks."
  > named_official | holm | Its chairwoman, Dagny Holm | said in a statement | >
Two other committee members, speaking on the condition of anonymity because the committee's briefings are secret, said they had been told that the liaison officer was suspended but not dismissed.
  > anonymous_official | members | Two other committee members | said | > | anon=speaking on the condition of anonymity because the committee's briefings are secret
Holm wants the directorate to require two signatures before any debriefing material leaves the building.
  > named_official | holm | Holm | wants | the directorate to require two signatures before any debriefing material leaves the building | nosrc

Former intelligence officers said the case would make future defectors think twice.
  > anonymous_official | former-officers | Former intelligence officers | said | >
"Every walk-in reads the newspapers," said Piet Varga, who ran the directorate's Vostrel desk until 2019 and now teaches at the University of Brennholm.
  > named_person | varga | Piet Varga, who ran the directorate's Vostrel desk until 2019 and now teaches at the University of Brennholm | said | <
"If we cannot keep a name, we will not get the next colonel."
  > named_person | varga | Varga | - | *
Vostrel's embassy in Brennholm said in a message that Greshev was "wanted for crimes against the state" and that it expected Calvaria to return him.
  > named_organization | vostrel-embassy | Vostrel's embassy in Brennholm | said in a message | >
Calvaria has no extradition treaty with Vostrel.
The government is expected to publish a summary of the review before Parliament's summer recess.
@excluded
Sarah Lindqvist contributed reporting from Kellby.
A version of this article appears in print on Page A1 of The Brennholm Courier.
Have a tip? Contact our national security desk securely at tips.brennholmcourier.example.
© 2026 The Brennholm Courier
''')

ARTICLES.append(r'''
@id bk-signals-agency-warrantless-queries-tessaly
@style signals_agency_warrantless_queries_radio_transcript
Spy agency searched citizens' messages without warrants thousands of times, watchdog finds
  > named_organization | ig-office | watchdog | finds | Spy agency searched citizens' messages without warrants thousands of times

AMINA FORD, HOST: An inspector general's report released yesterday says Tessaly's signals intelligence agency searched the private messages of its own citizens without a warrant more than 3,100 times over two years.
  > document | report | An inspector general's report released yesterday | says | >
The agency says most of those searches were mistakes, not abuses.
  > named_organization | agency | The agency | says | >
Our national security correspondent, Tobias Reyne, has been reading the report and joins us now.
Good morning, Tobias.

TOBIAS REYNE, BYLINE: Good morning, Amina.

FORD: So what exactly did the agency do?

REYNE: The Signals Directorate, as it's called, collects enormous amounts of foreign communications, and some Tessalian citizens' emails and chats get swept up along the way.
Under the law, analysts are supposed to get a judge's approval before they search that data using a citizen's name or phone number.
The inspector general, Margit Sollen, found that analysts skipped that step 3,127 times between 2023 and 2025.
  > named_official | sollen | The inspector general, Margit Sollen | found | >
In one case, according to the report, an analyst searched for a former partner's messages on 40 separate days.
  > document | report | the report | according to | In one case ;; an analyst searched for a former partner's messages on 40 separate days

FORD: And what does the directorate say?

REYNE: Its director, General Oskar Brandt, told a parliamentary committee yesterday that the vast majority were what he called query errors, analysts who ticked the wrong box.
  > named_official | brandt | Its director, General Oskar Brandt | told a parliamentary committee yesterday | >
Here's some of what he said.

OSKAR BRANDT: We have found no case in which an analyst was directed by a superior to target a citizen for political reasons.
  > named_official | brandt | OSKAR BRANDT | : | >
The errors are real, and they are ours, and we have already retrained every analyst involved.
  > named_official | brandt | OSKAR BRANDT | - | *

REYNE: But the inspector general isn't fully buying that.
Her report says that in at least 212 of the searches, the system warned the analyst that a warrant was needed and the analyst went ahead anyway.
  > document | report | Her report | says | >

FORD: Who was being searched?

REYNE: The report itself doesn't name anyone.
But two people who have been briefed on the classified annex, and who asked not to be named because it remains secret, told me it lists a journalist and at least one member of Parliament among those searched.
  > anonymous_familiar | briefed | two people who have been briefed on the classified annex | told me | > | anon=who asked not to be named because it remains secret
The directorate would not confirm that.
  > declined_comment | agency | The directorate | would not confirm that | - | resp=declined

FORD: What happens now?

REYNE: Well, the law that allows this collection expires in December, and privacy groups want Parliament to require a warrant for every search.
  > anonymous_other | privacy-groups | privacy groups | want | Parliament to require a warrant for every search | nosrc
Kasia Lemm of the Open Wires Foundation, which has sued the directorate twice, put it this way.

KASIA LEMM: Three thousand mistakes is not a typo; it's a culture.
  > named_official | lemm | KASIA LEMM | : | >

REYNE: Brandt's deputy is scheduled to testify in closed session next week.

FORD: Tobias Reyne, thank you.

REYNE: You're welcome.
@excluded
Copyright © 2026 Tessaly Public Radio. All rights reserved.
This transcript was produced on a rush deadline and may not be in its final form.
Visit our website terms of use and permissions pages for further information.
''')

ARTICLES.append(r'''
@id bk-embassy-chauffeur-spy-case-port-auberon
@style embassy_chauffeur_spy_case_magazine_feature
The Driver Who Heard Everything

For 17 years, Tomas Ferreil drove diplomats around Port Auberon.
The Lusandran prosecutor's office says he was also selling what was said in the back seat.
  > named_organization | prosecutor | The Lusandran prosecutor's office | says | >

The first time I met Tomas Ferreil, in a cafe across from the courthouse in Port Auberon, he ordered two coffees and drank neither.
He is 58, thin, with a driver's habit of checking the door.
"I know what people think," he told me.
  > named_person | ferreil | he | told me | <
"They think I sold my friends."
  > named_person | ferreil | he | - | *

For 17 years Ferreil drove for the Meridian Embassy, shuttling ambassadors, trade envoys and visiting ministers between the chancery, the foreign ministry and the airport.
In March of last year, Lusandra's domestic security service arrested him at a petrol station outside the city with a small recorder in his jacket, according to the indictment filed against him in November.
  > document | indictment | the indictment filed against him in November | according to | <
The indictment alleges that over six years he passed recordings of embassy conversations to an officer of Kestrava's military intelligence, whom it identifies only as "Handler B," in exchange for about 190,000 lusars.
  > document | indictment | The indictment | alleges | >
Ferreil has pleaded not guilty, and his trial is set to begin in September.

Ferreil does not deny meeting the man he calls "the professor," a friendly stranger who approached him at a football match in 2018 and, over the next months, bought him dinners and paid his daughter's university fees.
  > named_person | ferreil | Ferreil | does not deny | meeting the man he calls "the professor," a friendly stranger who approached him at a football match in 2018 and, over the next months, bought him dinners and paid his daughter's university fees
But he insists he believed the man was a journalist writing a book about diplomats.
  > named_person | ferreil | he | insists | >
"He asked about restaurants, about who was angry with whom," Ferreil said.
  > named_person | ferreil | Ferreil | said | <
"I never gave him a paper from inside the car."
  > named_person | ferreil | Ferreil | - | *

Meridian officials tell a different story.
  > anonymous_official | diplomats | Meridian officials | tell | a different story
Three current and former diplomats who served in Port Auberon, none of whom agreed to be named because the case is before a court, told me that Ferreil had driven the ambassador to at least four meetings in 2021 at which a trade agreement with Kestrava was discussed in detail.
  > anonymous_official | diplomats | Three current and former diplomats who served in Port Auberon | told me | > | anon=none of whom agreed to be named because the case is before a court
"Every sensitive call I made in that car, he heard," one of them said.
  > anonymous_official | diplomats | one of them | said | <
The Meridian Foreign Ministry said in a written statement that it had "full confidence" in the Lusandran judicial process and that no classified material had been compromised.
  > named_organization | meridian-fm | The Meridian Foreign Ministry | said in a written statement | >
That second claim is hard to square with an internal embassy memo, dated May 2023 and seen by this magazine, that ordered staff to stop discussing "any matter above routine" in embassy vehicles.
  > document | memo | an internal embassy memo, dated May 2023 and seen by this magazine | ordered | staff to stop discussing "any matter above routine" in embassy vehicles

Kestrava's embassy in Port Auberon did not answer three emails and a phone call.
  > declined_comment | kestrava-embassy | Kestrava's embassy in Port Auberon | did not answer three emails and a phone call | - | resp=no_response
Ferreil's lawyer, Beatriz Onaga, argues that the recordings described in the indictment could have been made by anyone with access to the cars.
  > named_official | onaga | Ferreil's lawyer, Beatriz Onaga | argues | >
She also questions why the security service waited three years to arrest him if, as it claims, it had been watching him since 2020.
  > named_official | onaga | She | questions | >
The security service declined to discuss the case.
  > declined_comment | security-service | The security service | declined to discuss the case | - | resp=declined

Neighbors on Ferreil's street in the Vila Nova district describe a quiet man who fixed their cars for free.
  > anonymous_other | neighbors | Neighbors on Ferreil's street in the Vila Nova district | describe | a quiet man who fixed their cars for free
One of them, a retired schoolteacher named Dulce Amarin, remembers him arriving home one night in 2021 in a new car he said the embassy had given him.
  > named_person | amarin | One of them, a retired schoolteacher named Dulce Amarin | remembers | him arriving home one night in 2021 in a new car he said the embassy had given him
The embassy says it has never given a driver a car.
  > named_organization | meridian-embassy | The embassy | says | >
When I asked Ferreil about it, he looked at the door again.
"Some things," he said, "you keep for the trial."
  > named_person | ferreil | he | said | "Some things," ;; "you keep for the trial."
@excluded
This article appears in the June issue of The Long Meridian.
Subscribe to the magazine for full access to our archive.
Share this story
''')

ARTICLES.append(r'''
@id bk-closer-elbow-contract-opt-out-ironclads
@style closer_elbow_contract_opt_out_sports_column
Ironclads are betting on Delgado's elbow, and they may not like the odds

There is a version of this season in which the Ironclads' front office looks brilliant for keeping Rafael Delgado, and it goes like this: the elbow holds, the fastball returns to 98, and the best closer the franchise has had in 20 years pitches the ninth inning of a playoff game in October.
I would not bet my house on that version.
Delgado left Tuesday's game against Fort Lyle after 11 pitches, shaking his right hand as he walked off.
The team said the next morning that an MRI showed "mild inflammation" near the ulnar collateral ligament and no tear.
  > named_organization | ironclads | The team | said the next morning | >
He was placed on the 15-day injured list.

Here is why that matters more than a typical stint on the injured list.
Delgado's contract, which pays him $19 million this year, includes an opt-out after the season, and a clause in it that I have read lets the club void the final two years if he misses more than 90 days with an elbow injury.
  > document | contract | a clause in it that I have read | lets | >
In other words, the Ironclads have a way out, and so does he.

Team president Howard Kleist insisted Wednesday that nobody in the building is thinking about the clause.
  > named_official | kleist | Team president Howard Kleist | insisted Wednesday | >
"Rafi is our closer, he's going to be our closer, and I'm not going to talk about paperwork while the man's getting treatment," Kleist told reporters at the ballpark.
  > named_official | kleist | Kleist | told reporters at the ballpark | <
I believe he believes that.
But two rival executives I spoke with this week, who asked that their names not be used because they are not allowed to discuss other teams' players, said the Ironclads had quietly asked about the price of two veteran relievers before Delgado's MRI results were even back.
  > anonymous_official | rival-execs | two rival executives I spoke with this week | said | > | anon=who asked that their names not be used because they are not allowed to discuss other teams' players
One of them put it bluntly: "They're shopping like a team that already knows."
  > anonymous_official | rival-execs | One of them | put it bluntly | >

Delgado has said nothing publicly since the injury.
His agent, Lorena Batista, said in a text message on Thursday that her client "fully expects to pitch again this month" and that any talk of the opt-out was "premature and, frankly, a little ghoulish."
  > named_official | batista | His agent, Lorena Batista | said in a text message on Thursday | >
Batista did not answer a follow-up question about whether Delgado had sought a second opinion.
  > declined_comment | batista | Batista | did not answer a follow-up question about whether Delgado had sought a second opinion | - | resp=no_response
The Fort Lyle Dispatch reported Thursday night that he had, and that a surgeon in Marlow had recommended a platelet-rich plasma injection rather than rest.
  > media_report | dispatch | The Fort Lyle Dispatch | reported Thursday night | >

People around the team describe a clubhouse that badly wants him back.
  > anonymous_familiar | around-team | People around the team | describe | a clubhouse that badly wants him back
"He's the guy who tells the young relievers to quit looking at their phones," catcher Danny Okoro said.
  > named_person | okoro | catcher Danny Okoro | said | <
"We need that voice as much as the arm."
  > named_person | okoro | Okoro | - | *
Dr. Miriam Tolland, an orthopedic surgeon in Cascade City who has treated major league pitchers but not Delgado, said inflammation near the ligament in a 33-year-old pitcher "is often the first chapter, not the whole book."
  > named_person | tolland | Dr. Miriam Tolland, an orthopedic surgeon in Cascade City who has treated major league pitchers but not Delgado | said | >
League data show that about a third of pitchers over 30 who land on the injured list with elbow inflammation need surgery within a year.
  > document | league-data | League data | show | >

The Ironclads want to win now, and they have built a roster that can.
  > named_organization | ironclads | The Ironclads | want | to win now | nosrc
Wanting it and getting it from a 33-year-old elbow are two different things.
If I were Kleist, I would be making calls about relievers too; I just would not pretend otherwise.
Kleist is expected to update Delgado's status before Friday's series opener.
@excluded
Columnist Nate Farrow writes about baseball and the business of sports. Email him at nfarrow@cascadeherald.example.
More from Sports: Ironclads' rotation questions grow as September nears
Copyright 2026 The Cascade Herald
''')

ARTICLES.append(r'''
@id bk-swimmer-contamination-doping-ruling-halvik
@style swimmer_contamination_doping_ruling_liveblog
Live: Halvik learns her fate as tribunal rules on contaminated-stew defence

Follow our live coverage of the Court of Sport Arbitration's ruling in the case of Olympic champion Noor Halvik, who says a contaminated meal caused her positive test.
  > named_person | halvik | Olympic champion Noor Halvik | says | a contaminated meal caused her positive test

9:02 a.m. -- The tribunal will publish its decision at 10 a.m., a spokesman for the court said in an email to reporters.
  > named_organization | court | a spokesman for the court | said in an email to reporters | The tribunal will publish its decision at 10 a.m.

9:15 a.m. -- A reminder of what this case is about.
Halvik, 24, tested positive for trace amounts of trimetazidine, a banned heart medication, in an out-of-competition sample taken at a training camp in Solvenna last March, according to the charge sheet filed by the International Aquatics Federation.
  > document | charge-sheet | the charge sheet filed by the International Aquatics Federation | according to | <
She has said from the start that the drug came from a lamb stew served at the team hotel, and her lawyer, Stefan Ruud, told the hearing in May that a hotel cook had been taking the medication and handled her food.
  > named_person | halvik | She | has said from the start | that the drug came from a lamb stew served at the team hotel
  > named_official | ruud | her lawyer, Stefan Ruud | told the hearing in May | that a hotel cook had been taking the medication and handled her food
The federation asked the panel for a four-year ban.
  > named_organization | iaf | The federation | asked the panel for | a four-year ban

10:04 a.m. -- The decision is out: the tribunal has cleared Halvik of intentional doping but found she bore "some fault" and suspended her for 14 months, backdated to last June.
  > named_organization | court | the tribunal | found | she bore "some fault"
That means she will be eligible to race at the Continental Championships in August.
Our correspondent at the tribunal in Lausen, Mira Kohl, reports that Halvik was not in the room for the announcement.

10:11 a.m. -- The 38-page ruling says the panel accepted that the cook had been prescribed trimetazidine but that Halvik's team "took no meaningful steps" to keep athletes' food apart from staff meals.
  > document | ruling | The 38-page ruling | says | >
It also notes that a hair sample Halvik gave in April showed no sign of repeated use.
  > document | ruling | It | notes | >

10:20 a.m. -- Halvik has posted a short statement on social media.
"Fourteen months for a stew I didn't cook," she wrote.
  > named_person | halvik | she | wrote | <
"I'll be back in the water tomorrow, and I'll be at the start line in August."
  > named_person | halvik | she | - | *

10:34 a.m. -- The federation says it is "studying the decision" and has 21 days to decide whether to appeal.
  > named_organization | iaf | The federation | says | it is "studying the decision"
Two people close to the federation's legal department told our reporter that an appeal is unlikely, because the ruling leans heavily on the federation's own testing laboratory.
  > anonymous_familiar | fed-close | Two people close to the federation's legal department | told our reporter | >

10:48 a.m. -- Reaction is coming in.
Arvenia's sports minister, Pavel Dresner, said on the national broadcaster ARV that the ruling was "a relief, but not a celebration."
  > named_official | dresner | Arvenia's sports minister, Pavel Dresner | said on the national broadcaster ARV | >
"Every athlete knows the rule: what's in your body is on you," Britta Solm, who finished second to Halvik at last year's world championships, wrote on Instagram.
  > named_person | solm | Britta Solm, who finished second to Halvik at last year's world championships | wrote on Instagram | <
Athletes' representatives have long complained that contamination cases are judged inconsistently.
  > anonymous_other | athlete-reps | Athletes' representatives | have long complained | >
The Aquatics Integrity Unit reported last month that 11 of the 19 contamination defences it handled since 2022 ended in reduced bans.
  > named_organization | aiu | The Aquatics Integrity Unit | reported last month | >

11:05 a.m. -- Halvik's coach, Erik Lund, has not commented, and the team hotel in Solvenna did not respond to our request for comment this morning.
  > declined_comment | hotel | the team hotel in Solvenna | did not respond to our request for comment this morning | - | resp=no_response

11:20 a.m. -- We're wrapping up our live coverage here; our full story will be updated throughout the day.
@excluded
Refresh for the latest updates.
Sign up for the Sportsdesk newsletter to get the biggest stories in your inbox.
© 2026 The Northgate Times
''')

ARTICLES.append(r'''
@id bk-womens-basketball-expansion-draft-newsletter
@style womens_basketball_expansion_draft_newsletter_section_heads
Full Court Briefing: Expansion draft rules leak, and the union is not happy

Good morning, and welcome back to Full Court Briefing, your Tuesday look at the business of women's basketball.

THE LEAD
The league's two expansion teams will be allowed to take up to three players from any single franchise in next month's expansion draft, according to a memo sent to team presidents on Friday and obtained by Full Court Briefing.
  > document | memo | a memo sent to team presidents on Friday and obtained by Full Court Briefing | according to | <
Each existing team may protect six players, the memo says, down from eight in the league's last expansion in 2019.
  > document | memo | the memo | says | Each existing team may protect six players ;; down from eight in the league's last expansion in 2019
League spokeswoman Tanya Broussard confirmed the memo's contents and said the rules were "designed to make the new teams competitive from day one."
  > named_official | broussard | League spokeswoman Tanya Broussard | confirmed | the memo's contents
  > named_official | broussard | League spokeswoman Tanya Broussard | said | >
The players' union sees it differently.
  > named_organization | union | The players' union | sees | it differently
Its executive director, Simone Achterberg, said in a statement that the league had "redrawn the map without asking the people who have to move."
  > named_official | achterberg | Its executive director, Simone Achterberg | said in a statement | >
"Nobody in our union is against growth," Achterberg added in an interview.
  > named_official | achterberg | Achterberg | added in an interview | <
"We are against being told about it by memo."
  > named_official | achterberg | Achterberg | - | *
Several veteran players who would be exposed under the new rules have told their agents they want to be traded before the draft rather than be taken by an expansion team, according to two people familiar with the players' thinking.
  > anonymous_familiar | familiar | two people familiar with the players' thinking | according to | <

CONTRACT WATCH
Guard Keisha Ambrose and the Northport Lights are far apart on an extension, with the team offering about $240,000 a year and Ambrose seeking the supermax of $310,000, a person briefed on the talks said.
  > anonymous_familiar | briefed | a person briefed on the talks | said | <
The Lights declined to comment on negotiations.
  > declined_comment | lights | The Lights | declined to comment on negotiations | - | resp=declined
Ambrose's agent could not be reached over the weekend.
  > declined_comment | ambrose-agent | Ambrose's agent | could not be reached over the weekend | - | resp=unreachable
The Lights want to keep Ambrose but also want room under the cap to re-sign center Priya Natarajan, who becomes a free agent in February.
  > named_organization | lights | The Lights | want | to keep Ambrose ;; room under the cap to re-sign center Priya Natarajan, who becomes a free agent in February | nosrc

INJURY REPORT
Halcyon Bay forward Dana Whitcomb will miss four to six weeks with a stress reaction in her left foot, the team announced Monday.
  > named_organization | herons | the team | announced Monday | <
Whitcomb told the Halcyon Bay Post last week that the foot had been sore "since the All-Star break, honestly."
  > named_person | whitcomb | Whitcomb | told the Halcyon Bay Post last week | >
She is the third starter to go down with a foot injury in a month, and the league's medical committee is reviewing the travel schedule, according to an email to team doctors seen by this newsletter.
  > document | email | an email to team doctors seen by this newsletter | according to | the league's medical committee is reviewing the travel schedule
Some sports medicine specialists have blamed back-to-back road games on hard courts for the spike.
  > anonymous_other | specialists | Some sports medicine specialists | have blamed | back-to-back road games on hard courts for the spike

ONE MORE THING
Attendance is up 14 percent this season, according to figures the league released on Monday, though the numbers include complimentary tickets.
  > document | figures | figures the league released on Monday | according to | Attendance is up 14 percent this season
Commissioner Laurel Quist has said she wants to reach an average of 8,000 fans a game by 2028.
  > named_official | quist | Commissioner Laurel Quist | has said | >
That's it for this week; see you next Tuesday.
@excluded
Forwarded this email? Subscribe to Full Court Briefing here.
Send tips and complaints to briefing@courtsidemedia.example.
You are receiving this because you signed up at courtsidemedia.example. Unsubscribe.
''')

ARTICLES.append(r'''
@id bk-pursuit-policy-bystander-crash-marbury
@style pursuit_policy_bystander_crash_tv_station_web
Bystander killed as Marbury police chase ends in crash weeks after department loosened pursuit rules

MARBURY -- A 67-year-old woman was killed Saturday night when a car fleeing Marbury police ran a red light and struck her vehicle at Grange Avenue and 14th Street, police said.
  > named_organization | mpd | police#2 | said | <
The Hollis County medical examiner's office identified her as Evelyn Prater of Marbury.
  > named_organization | examiner | The Hollis County medical examiner's office | identified | her as Evelyn Prater of Marbury
The driver of the fleeing car, a 19-year-old man, was taken to Marbury General Hospital with serious injuries and is under arrest, according to a Marbury Police Department news release.
  > document | release | a Marbury Police Department news release | according to | <
Officers had tried to stop the car, a gray sedan, because it matched the description of a vehicle used in an armed robbery at a gas station earlier that evening, the release said.
  > document | release | the release | said | <

The chase lasted about four minutes and reached speeds of 80 mph, Deputy Chief Alan Mercer told reporters at a briefing Sunday.
  > named_official | mercer | Deputy Chief Alan Mercer | told reporters at a briefing Sunday | <
Mercer said the officers followed the department's pursuit policy, which was changed in April to allow chases of suspects in violent felonies.
  > named_official | mercer | Mercer | said | >
"Our officers did exactly what the policy asks of them," he said.
  > named_official | mercer | he | said | <
"That does not make this any less of a tragedy."
  > named_official | mercer | he | - | *

Before April, Marbury officers were allowed to chase only suspects believed to have killed or shot someone.
Police Chief Renata Fulbright loosened the policy after car thefts rose 40 percent last year, saying officers had been "forced to watch criminals drive away."
  > named_official | fulbright | Police Chief Renata Fulbright | saying | >
Fulbright was not at Sunday's briefing, and her office did not respond to KWRN 7's questions about whether the policy would be reviewed.
  > declined_comment | fulbright-office | her office | did not respond to KWRN 7's questions about whether the policy would be reviewed | - | resp=no_response
A police officer with knowledge of the pursuit, who was not authorized to speak publicly, told KWRN 7 that a supervisor had radioed twice for the chase to be called off before the crash.
  > anonymous_official | officer | A police officer with knowledge of the pursuit | told KWRN 7 | > | anon=who was not authorized to speak publicly
KWRN 7 has not been able to confirm that account independently, and the department did not address it in its release.

Prater's son, Daniel Prater, said his mother was driving home from choir practice at St. Brendan's Church.
  > named_person | prater-son | Prater's son, Daniel Prater | said | >
"She went the same way every Saturday for 30 years," he said.
  > named_person | prater-son | he | said | <
"They were chasing a car over a gas station robbery, and now my mother is gone."
  > named_person | prater-son | he | - | *

City Council member Joaquin Ruelas, who voted against the policy change, said he would ask for a hearing on the pursuit rules this month.
  > named_official | ruelas | City Council member Joaquin Ruelas, who voted against the policy change | said | >
Neighbors near the intersection said chases through the area had become common since spring.
  > anonymous_other | neighbors | Neighbors near the intersection | said | >
One man who lives on Grange Avenue said he heard sirens "almost every weekend now."
  > anonymous_other | grange-man | One man who lives on Grange Avenue | said | >
A study by the Police Accountability Lab at Hollis State University found that pursuits in the city rose from 31 in the first four months of the year to 88 in the four months after the change.
  > document | study | A study by the Police Accountability Lab at Hollis State University | found | >
The driver is expected to be charged with vehicular homicide once he is released from the hospital, according to the Hollis County prosecutor's office.
  > named_organization | prosecutor | the Hollis County prosecutor's office | according to | <
His name has not been released.
KWRN 7 reported in May that Marbury officers had been involved in three pursuit crashes in the six weeks after the policy change, none of them fatal.
  > media_report | kwrn | KWRN 7 | reported in May | >
@excluded
Copyright 2026 KWRN-TV. All rights reserved.
Have a news tip? Email newsdesk@kwrn7.example or call 555-0173.
Download the KWRN 7 News app for breaking news alerts.
''')

ARTICLES.append(r'''
@id bk-gunshot-sensor-contract-renewal-lakeport
@style gunshot_sensor_contract_renewal_explainer_subheads
Lakeport is about to renew its gunshot-sensor contract: What does the city get for $4.2 million?

The Lakeport City Council votes Thursday on whether to renew a three-year, $4.2 million contract with SonicGrid, the company whose microphones listen for gunfire across 11 square miles of the city's east and south sides.
Here is what we know about the system, and what we don't.

What is SonicGrid?
SonicGrid, based in Palo Vista, sells networks of acoustic sensors mounted on rooftops and light poles that, the company says, can detect a gunshot and send its location to police within 60 seconds.
  > named_organization | sonicgrid | the company | says | can detect a gunshot and send its location to police within 60 seconds
The company says its system is used in more than 140 cities.
  > named_organization | sonicgrid | The company | says | >

Does it work?
It depends on whom you ask.
Police Chief Marcus Oduya told the council's public safety committee last month that the sensors had led officers to 63 shooting victims in 2025 whom no one had reported in a 911 call.
  > named_official | oduya | Police Chief Marcus Oduya | told the council's public safety committee last month | >
"Those are 63 people who might have bled out in an alley," he said.
  > named_official | oduya | he | said | <
But an audit by the city's inspector general, released in February, found that 71 percent of SonicGrid alerts in 2024 led officers to no evidence of a shooting: no shell casings, no victims, no damage.
  > document | audit | an audit by the city's inspector general, released in February | found | >
The inspector general, Ruth Calloway, wrote that the department could not say how many of those alerts were fireworks, car backfires or real shots that left no trace.
  > named_official | calloway | The inspector general, Ruth Calloway | wrote | >
SonicGrid disputes the audit's methods.
  > named_organization | sonicgrid | SonicGrid | disputes | the audit's methods
In a letter to council members, a company vice president, Derek Haines, said that "no evidence found" is not the same as "no gunfire" and that officers often do not search long enough.
  > named_official | haines | a company vice president, Derek Haines | said | >

Why are people worried?
Critics say the sensors send officers rushing into mostly Black and Latino neighborhoods expecting an armed suspect.
  > anonymous_other | critics | Critics | say | >
The Lakeport chapter of the Civil Liberties Union has asked the council to end the contract, pointing to a 2024 stop in which officers responding to an alert handcuffed a 15-year-old walking home from school.
  > named_organization | clu | The Lakeport chapter of the Civil Liberties Union | has asked | the council to end the contract
  > named_organization | clu | The Lakeport chapter of the Civil Liberties Union | pointing to | a 2024 stop in which officers responding to an alert handcuffed a 15-year-old walking home from school
The boy was released without charges, according to police records obtained by the Ledger.
  > document | records | police records obtained by the Ledger | according to | <
"I'd rather they come and find nothing than not come at all," said Gloria Mendez, who has lived on Farrell Street for 22 years.
  > named_person | mendez | Gloria Mendez, who has lived on Farrell Street for 22 years | said | <

Who decides, and when?
The council needs eight of 15 votes to approve the renewal.
Council President Yvonne Sato has said she supports it, and at least five other members told the Ledger this week that they are undecided.
  > named_official | sato | Council President Yvonne Sato | has said | she supports it
  > anonymous_official | undecided | at least five other members | told the Ledger this week | that they are undecided
Mayor Denise Fairbanks wants the contract renewed before the city's budget is finalized in June.
  > named_official | fairbanks | Mayor Denise Fairbanks | wants | the contract renewed before the city's budget is finalized in June | nosrc
Her office did not respond to questions about whether she would veto a vote against it.
  > declined_comment | fairbanks-office | Her office | did not respond to questions about whether she would veto a vote against it | - | resp=no_response
The Ledger could not independently verify the company's claim about 140 cities; SonicGrid declined to provide a list, citing client confidentiality.
  > declined_comment | sonicgrid | SonicGrid | declined to provide a list | - | resp=declined
@excluded
The Lakeport Ledger is a nonprofit newsroom. Support our work with a donation today.
Republish this story for free under our Creative Commons license.
Have questions about the gunshot sensors we didn't answer? Email us at tips@lakeportledger.example.
''')

ARTICLES.append(r'''
@id bk-catalytic-converter-ring-arrests-westbrook
@style catalytic_converter_ring_press_release_rewrite
Police: 6 arrested in catalytic converter theft ring that hit 200 cars in Westbrook
  > named_organization | police | Police | : | >

WESTBROOK -- Six people have been arrested in connection with a catalytic converter theft ring that police say stripped more than 200 vehicles in Westbrook and neighboring towns since last fall, the Westbrook Police Department announced Wednesday.
  > named_organization | police | the Westbrook Police Department | announced Wednesday | <
The arrests followed a four-month investigation by Westbrook detectives, the Adair County Sheriff's Office and the state Auto Theft Task Force, according to the department's news release.
  > document | release | the department's news release | according to | <
Officers executed search warrants at two homes and a storage unit on Kettle Road on Tuesday morning, where they recovered 41 catalytic converters, three battery-powered saws and about $18,000 in cash, the release said.
  > document | release | the release | said | <
Those arrested range in age from 22 to 47 and face charges including organized theft, receiving stolen property and conspiracy, police said.
  > named_organization | police | police | said | <
Police identified the suspected leader of the group as Carl Dorsey, 47, of Millbridge.
  > named_organization | police | Police | identified | the suspected leader of the group as Carl Dorsey, 47, of Millbridge
He was being held at the Adair County Jail on $250,000 bail, according to jail records.
  > document | jail-records | jail records | according to | <
It was not immediately known whether he had a lawyer.
A man who answered the phone at a number listed for Dorsey's family said only that the family had "no comment right now."
  > declined_comment | dorsey-family | A man who answered the phone at a number listed for Dorsey's family | said only that the family had "no comment right now." | - | resp=declined

"This group treated our residents' driveways like a parts store," Police Chief Gary Lindgren said in the release.
  > named_official | lindgren | Police Chief Gary Lindgren | said in the release | <
"Our detectives worked nights and weekends to shut it down."
  > named_official | lindgren | Lindgren | - | *
Thefts of the devices, which contain precious metals such as rhodium and palladium, spiked in Westbrook in 2025, with 167 reported compared with 23 the year before, according to department data.
  > document | dept-data | department data | according to | <
Police said the thefts have dropped sharply since detectives began watching the storage unit in March.
  > named_organization | police | Police | said | >

Westbrook Now has reported on more than a dozen of the thefts, including a string of 14 in one night at the Cedar Pointe apartment complex in January.
  > media_report | westbrook-now | Westbrook Now | has reported | on more than a dozen of the thefts, including a string of 14 in one night at the Cedar Pointe apartment complex in January
Maria Echols, who manages Cedar Pointe, said the complex has since installed cameras and hired an overnight guard.
  > named_official | echols | Maria Echols, who manages Cedar Pointe | said | >
"Our tenants were paying $2,000 to fix a car they needed to get to work," Echols said.
  > named_official | echols | Echols | said | <
"Some of them just stopped driving."
  > named_official | echols | Echols | - | *
One Westbrook resident whose pickup truck was hit twice, and who asked not to be named because she fears retaliation, said she learned of the arrests from a neighborhood Facebook group before police called her.
  > anonymous_other | resident | One Westbrook resident whose pickup truck was hit twice | said | > | anon=who asked not to be named because she fears retaliation

The Adair County District Attorney's Office, which will prosecute the case, declined to comment on the charges, citing the ongoing investigation.
  > declined_comment | da | The Adair County District Attorney's Office, which will prosecute the case | declined to comment on the charges | - | resp=declined
Police said more arrests are possible.
  > named_organization | police | Police | said | >
A state law that took effect in January requires scrap dealers to record the vehicle identification number of any catalytic converter they buy.
  > document | state-law | A state law that took effect in January | requires | >
The release did not say whether any of the converters had been traced to a particular dealer.
Anyone with information is asked to call the Westbrook Police Department's tip line at 555-0142.
@excluded
This story is based on a news release from the Westbrook Police Department.
Got a news tip? Send it to editor@westbrooknow.example.
Like Westbrook Now on Facebook for more local news.
''')

ARTICLES.append(r'''
@id bk-image-duplication-lab-inquiry-aldine
@style image_duplication_lab_inquiry_student_paper
University finds misconduct in Kessler lab papers; professor blames former postdoc
  > named_organization | university | University | finds | misconduct in Kessler lab papers
  > named_official | kessler | professor | blames | former postdoc

FENNICK -- An Aldine University investigation has found that images in four papers from the laboratory of neuroscience professor Helena Kessler were manipulated, according to a summary of the findings sent to the Faculty Senate on Monday and obtained by The Crier.
  > document | summary | a summary of the findings sent to the Faculty Senate on Monday and obtained by The Crier | according to | <
The three-person committee concluded that a former postdoctoral researcher in the lab "knowingly duplicated and altered" microscope images, the summary says, but it cleared Kessler of misconduct, finding that she had failed to supervise the work adequately but had not known of the changes.
  > document | summary | the summary | says | The three-person committee concluded that a former postdoctoral researcher in the lab "knowingly duplicated and altered" microscope images ;; but it cleared Kessler of misconduct, finding that she had failed to supervise the work adequately but had not known of the changes
The summary does not name the postdoc.
Two graduate students who worked in the lab at the time, and who spoke on condition of anonymity because they fear it would hurt their careers, identified the researcher as Tobias Wren, who left Aldine in 2023 for a job at a biotechnology company in Halverton.
  > anonymous_familiar | grad-students | Two graduate students who worked in the lab at the time | identified | the researcher as Tobias Wren, who left Aldine in 2023 for a job at a biotechnology company in Halverton | anon=who spoke on condition of anonymity because they fear it would hurt their careers
Wren did not respond to emails and a LinkedIn message seeking comment.
  > declined_comment | wren | Wren | did not respond to emails and a LinkedIn message seeking comment | - | resp=no_response

Kessler, who has led the lab since 2011, said in an interview Tuesday that she was "devastated" by the findings and had asked the journals to retract three of the papers.
  > named_official | kessler | Kessler, who has led the lab since 2011 | said in an interview Tuesday | >
"I trusted the people in my lab, and I should have checked more," she said.
  > named_official | kessler | she | said | <
"That's on me, and I'm going to fix it."
  > named_official | kessler | she | - | *
The fourth paper, published in the Journal of Cellular Neuroscience in 2021, was retracted last month; the journal's retraction notice says the authors "could not provide original data" for two figures.
  > document | notice | the journal's retraction notice | says | >

The problems came to light in 2024, when Nadia Forsberg, a microbiologist in Trondale who examines published images in her spare time, wrote on the research-integrity forum PubReview that panels in two figures appeared to show "the same cells, rotated and recolored."
  > named_person | forsberg | Nadia Forsberg, a microbiologist in Trondale who examines published images in her spare time | wrote on the research-integrity forum PubReview | >
Several other researchers replied that they had found similar problems in a 2019 paper from the same lab.
  > anonymous_other | other-researchers | Several other researchers | replied | >
Forsberg said in an email that she was glad the university had acted but questioned why it had taken 19 months.
  > named_person | forsberg | Forsberg | said in an email | >
"Nineteen months is a long time for a graduate student to keep building on a figure that isn't real," she wrote.
  > named_person | forsberg | she | wrote | <

University spokesman Jordan Avery said the investigation followed federal rules that require several stages of review and that the university could not comment further because the findings had been referred to the federal Office of Research Integrity.
  > named_official | avery | University spokesman Jordan Avery | said | >
  > declined_comment | university | the university | could not comment further | - | resp=declined
The office does not confirm or deny its investigations, according to its website.
  > document | ori-website | its website | according to | <
Kessler's lab received $3.4 million from the National Neuroscience Foundation between 2019 and 2024, according to the foundation's public grant database.
  > document | grant-db | the foundation's public grant database | according to | <
A foundation spokeswoman said the agency "takes all findings of misconduct seriously" and would review the grants.
  > named_organization | nnf | A foundation spokeswoman | said | >

Current members of the lab say the mood has been grim.
  > anonymous_other | lab-members | Current members of the lab | say | >
One doctoral student, who asked not to be named because Kessler is her adviser, said three students had begun repeating experiments that relied on the altered images.
  > anonymous_other | doctoral-student | One doctoral student | said | > | anon=who asked not to be named because Kessler is her adviser
"We're basically starting over," she said.
  > anonymous_other | doctoral-student | she | said | <
Faculty Senate President Omar Haddad said the senate would discuss the case at its meeting next week.
  > named_official | haddad | Faculty Senate President Omar Haddad | said | >
Kessler wants to keep teaching her undergraduate course this spring, and the university has not said whether she will be allowed to.
  > named_official | kessler | Kessler | wants | to keep teaching her undergraduate course this spring | nosrc
The Crier first reported on the investigation in October.
  > media_report | crier | The Crier | first reported | on the investigation in October
@excluded
The Aldine Crier is the independent student newspaper of Aldine University, published since 1921.
Spot an error? Email corrections@aldinecrier.example.
Read more in News
''')

ARTICLES.append(r'''
@id bk-grant-terminations-research-chief-corran
@style grant_terminations_research_chief_edited_qa
Q&A: Corran State's research chief on 47 canceled grants and what comes next

Last month the National Health Research Agency terminated 47 grants held by researchers at Corran State University, worth about $38 million, saying the projects "no longer align with agency priorities."
  > named_organization | agency | the National Health Research Agency | saying | >
The university says it has already laid off 22 research staff and is paying others from reserves.
  > named_organization | csu | The university | says | >
Folasade Adeyemi, Corran State's vice president for research, has been at the center of the response.
She spoke with the Corran Courier-Journal on Thursday; the interview has been edited for length and clarity.

How did you find out the grants were ending?

We got an email at 6:40 on a Friday evening, 47 separate letters, all with the same two paragraphs.
  > named_official | adeyemi | Adeyemi | - | *
Nobody at the agency had called us first, which is not how this relationship has worked for 40 years.
  > named_official | adeyemi | Adeyemi | - | *

The agency's acting director, Lowell Pratt, told a Senate committee that every grant was reviewed individually.
  > named_official | pratt | The agency's acting director, Lowell Pratt | told a Senate committee | >
Do you believe that?

I believe he believes it.
  > named_official | adeyemi | Adeyemi | - | *
But the letters cite the same priority for a childhood asthma study and a study of Alzheimer's in rural veterans, and those two projects have nothing in common except that both mention the word "equity" in their abstracts.
  > named_official | adeyemi | Adeyemi | - | *

You told the faculty senate that some of the cuts appeared to target specific researchers.
  > named_official | adeyemi | You | told the faculty senate | >
Who did you mean?

I'm not going to name colleagues in a newspaper.
  > declined_comment | adeyemi | I | not going to name colleagues in a newspaper | - | resp=declined
What I will say is that three of the terminated grants belonged to researchers who testified before the state legislature in favor of the vaccine access bill last year.
  > named_official | adeyemi | Adeyemi | - | *

An agency spokesman told the Courier-Journal that any overlap was "coincidental."
  > named_organization | agency | An agency spokesman | told the Courier-Journal | >
What's your response?

Then they should be happy to put the review files on the table.
  > named_official | adeyemi | Adeyemi | - | *

What happens to the people whose jobs depended on these grants?

We've found bridge money for about 60 people through June, mostly from the provost's reserve and two private foundations.
  > named_official | adeyemi | Adeyemi | - | *
After June, I honestly don't know.
  > named_official | adeyemi | Adeyemi | - | *

Some faculty members have called on the university to sue.
  > anonymous_other | faculty | Some faculty members | have called on | >
Will it?

That's a decision for the president and the board, and they have not made it.
  > named_official | adeyemi | Adeyemi | - | *
I can tell you that our general counsel has been talking with lawyers at four other universities that lost grants in the same week.
  > named_official | adeyemi | Adeyemi | - | *

The National Health Research Agency did not respond to a request for comment on Adeyemi's remarks.
  > declined_comment | agency | The National Health Research Agency | did not respond to a request for comment on Adeyemi's remarks | - | resp=no_response
@excluded
Read more: Corran State researchers scramble after grant cuts
Sign up for the Courier-Journal's Higher Ed Weekly newsletter.
© 2026 Corran Courier-Journal
''')

ARTICLES.append(r'''
@id bk-ancient-ice-core-kestrel-dome
@style ancient_ice_core_discovery_wire_corrected
Ice core from Antarctic dome is oldest ever drilled, at 2.1 million years, study finds
  > document | study | study | finds | <

Updated at 18:15 GMT with comment from the National Polar Program.

ASHBURY, Northmere -- An international team of scientists has recovered ice that is about 2.1 million years old from deep beneath an Antarctic ice dome, the oldest continuous ice core ever drilled, according to a study published Wednesday in the Annals of Polar Science.
  > document | study | a study published Wednesday in the Annals of Polar Science | according to | <
Air bubbles trapped in the ice record the makeup of the atmosphere during a period when Earth's ice ages shifted from 41,000-year to 100,000-year cycles, a change scientists have struggled to explain, the study's lead author, Ingrid Halloran of Northmere University, said at a news conference.
  > named_person | halloran | the study's lead author, Ingrid Halloran of Northmere University | said at a news conference | <
"This is the first time we can read the atmosphere directly across that transition, instead of guessing from ocean mud," Halloran said.
  > named_person | halloran | Halloran | said | <
"It is like finding the missing pages of a diary."
  > named_person | halloran | Halloran | - | *

The core, drilled over four summers at a site called Kestrel Dome, reached bedrock at a depth of 2,780 meters.
The ice, about the width of a dinner plate, was cut into one-meter sections and flown to freezers in Ashbury and Lisvik.
The team dated its oldest layers by measuring argon isotopes, the paper says, a method with an uncertainty of about 100,000 years.
  > document | study | the paper | says | The team dated its oldest layers by measuring argon isotopes ;; a method with an uncertainty of about 100,000 years
The results suggest that carbon dioxide levels fell gradually, not abruptly, before the longer cycles began.
  > document | study | The results | suggest | >

Bottom layers of deep ice cores can be folded or mixed by the flow of the ice sheet, said Tomasz Wierzba, a glaciologist at the Baltic Institute for Polar Research who was not involved in the study.
  > named_person | wierzba | Tomasz Wierzba, a glaciologist at the Baltic Institute for Polar Research who was not involved in the study | said | <
"The dating looks solid, but I would want to see a second core before rewriting textbooks," he said.
  > named_person | wierzba | he | said | <
Two reviewers of the paper raised the same concern, according to peer-review reports the journal published alongside it.
  > document | reviews | peer-review reports the journal published alongside it | according to | <
Halloran said the team had checked for folding with radar images and chemical markers and found none in the oldest 40 meters.
  > named_person | halloran | Halloran | said | >

The project cost about 14 million euros and was paid for by the European Polar Consortium and the U.S. National Polar Program, according to the university.
  > named_organization | northmere-univ | the university | according to | <
A spokesman for the National Polar Program said in an email that the agency was "proud to have supported" the work.
  > named_organization | npp | A spokesman for the National Polar Program | said in an email | >
The program's budget would be cut by 30 percent under a spending plan the administration released in March, and the spokesman declined to say whether the drilling camp at Kestrel Dome would stay open.
  > declined_comment | npp | the spokesman | declined to say whether the drilling camp at Kestrel Dome would stay open | - | resp=declined
People involved in planning next season's fieldwork said the consortium has already cut the number of scientists who can go to the site from 24 to 16.
  > anonymous_familiar | planners | People involved in planning next season's fieldwork | said | >
The consortium did not respond to questions sent Wednesday.
  > declined_comment | consortium | The consortium | did not respond to questions sent Wednesday | - | resp=no_response

A rival team led by researchers at Kanzaki University drilled ice of similar age at a site 900 kilometers away in 2024, but its layers were not continuous, the Kanzaki group reported last year.
  > named_organization | kanzaki | the Kanzaki group | reported last year | <
Members of that team have questioned whether Kestrel Dome's bottom ice is truly continuous, Halloran said.
  > named_person | halloran | Halloran | said | <
Halloran's team plans to drill a second core 12 kilometers from the first beginning in November.
  > named_organization | halloran-team | Halloran's team | plans | to drill a second core 12 kilometers from the first beginning in November | nosrc
Continental Press reported in 2023 that the team had briefly lost access to the site after a fuel shipment ran aground.
  > media_report | cp | Continental Press | reported in 2023 | >
@excluded
Correction: An earlier version of this story misstated the depth at which the core reached bedrock. It was 2,780 meters, not 2,870 meters.
Continental Press science coverage receives support from the Aldane Foundation. CP is solely responsible for all content.
Copyright 2026 Continental Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
