"""Build corpus/articles/ac.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve articles of
US politics and government in twelve new styles (government_shutdown_deadline,
house_speaker_ouster, governor_veto_override, mayoral_runoff, state_party_chair_race,
suburban_polling_analysis, debate_stage_qualification, state_supreme_court_election,
county_executive_indictment, federal_workforce_reduction, ballot_access_ruling,
filibuster_rules_change), in the voices of twelve kinds of outlet (wire copy from the Capitol
with a contributor line, a national paper's politics desk with honorifics (Mr./Ms.), a
statehouse bureau, a metro desk on a city runoff debate, a political newsletter with section
headers and a "quote of the day", a poll-by-poll analysis piece, a campaign-trail dispatch in
the present tense, a public-radio website, a local TV website, a federal-workforce trade site,
a court reporter on a state supreme court ruling, a Capitol Hill paper). The sourcing is the
mix of mainstream political reporting: named officials and candidates with titles and
appositives, sources after the cue ("said Lorena Vickers, 62, a ..."), bare surnames and
pronouns later, named and unnamed spokespeople, campaign managers and aides, strategists,
pollsters, political scientists and voters, anonymous officials with and without a stated
reason ("Two House Republican aides, who spoke on the condition of anonymity ..."), people
familiar with or briefed on a matter and "people who attended", vague sources ("Critics say",
"Supporters of the accounts argue", "Some Republican strategists worry", "Election law
experts said", "Sources told WMRL"), documents (an analysis, a union letter then quoted as
"the letter", a fiscal note, filings, polls, an indictment, a memo then referred to as "It", a
workforce review, the Congressional Record, party rules, a tally, a fund-raising email),
media reports (other outlets and the outlet's own earlier reporting) and non-answers of all
three kinds (including "would not say", "did not answer questions from reporters" and a
non-answer from an anonymous source). Cues: said, says, told reporters, according to, added,
wrote, argued, acknowledged, warned, noted, claimed, insisted, tweeted, texted us, tell us,
"in a statement", "in an interview", called, accusing, urged, denied, repeated his pledge;
content before the cue, after it, split around it, and quotes running over several
sentences. Headline attributions repeat a body source (five headlines). Reporter's-voice plans
and wants are marked not sourcing ("The administration wants ...", "Halvorsen plans ...",
"Cortez's team isn't buying it"). All twelve end with excluded boilerplate
(contributor lines, copyright, newsletter prompts, comment counts, a correction, photo
credits, a tip line).
Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_ac.py [--render]
     python corpus/build_articles_ac.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "ac.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id ac-government-shutdown-deadline-washington
@style government_shutdown_deadline
Shutdown talks stall with two days to go, Senate leader says
  > named_official | hadley | Senate leader | says | <

WASHINGTON -- Talks to keep the federal government open past midnight Friday stalled on Wednesday, with Senate Majority Leader Dale Hadley saying the two parties remained "miles apart" on money for border enforcement and disaster aid.
  > named_official | hadley | Senate Majority Leader Dale Hadley | saying | the two parties remained "miles apart" on money for border enforcement and disaster aid
"We've traded paper back and forth all week, and we're not there," Hadley, R-Kan., told reporters outside his office.
  > named_official | hadley | Hadley, R-Kan. | told reporters | <
"I'd like to tell you otherwise."
  > named_official | hadley | Hadley | - | *

Senate Minority Leader Rosa Villanueva, D-N.M., said Democrats had offered to accept a smaller increase in immigration detention beds in exchange for $14 billion in disaster relief, an offer she said Republicans had "sat on for three days."
  > named_official | villanueva | Senate Minority Leader Rosa Villanueva, D-N.M. | said | Democrats had offered to accept a smaller increase in immigration detention beds in exchange for $14 billion in disaster relief
  > named_official | villanueva | she | said | Republicans had "sat on for three days."
A spokesman for Hadley disputed that, saying the leader's staff had answered the Democratic offer within hours.
  > named_organization | hadley-office | A spokesman for Hadley | saying | >

About 820,000 federal workers would be furloughed and hundreds of thousands more would have to work without pay, according to an analysis released Tuesday by the Capitol Budget Project, a nonpartisan research group.
  > document | analysis | an analysis released Tuesday by the Capitol Budget Project, a nonpartisan research group | according to | <
The White House budget office told agencies in a memo Monday to have their shutdown plans updated by Thursday.
  > named_organization | omb | The White House budget office | told agencies in a memo Monday | >
House Speaker Tom Brandt, R-Ohio, has said he will not bring any bill to the floor that the conservative Freedom Caucus opposes, a pledge that leaves him little room to bargain.
  > named_official | brandt | House Speaker Tom Brandt, R-Ohio | has said | he will not bring any bill to the floor that the conservative Freedom Caucus opposes

Two House Republican aides, who spoke on the condition of anonymity to describe private conversations, said Brandt had told members in a closed-door meeting Tuesday that he expected the Senate to "make the first move."
  > anonymous_official | house-aides | Two House Republican aides | said | > | anon=who spoke on the condition of anonymity to describe private conversations
One of the aides said a short-term bill lasting until Dec. 20 was the likeliest outcome.
  > anonymous_official | house-aides | One of the aides | said | >
The Capitol Letter, a congressional newsletter, first reported the speaker's remarks.
  > media_report | capitol-letter | The Capitol Letter, a congressional newsletter | first reported | the speaker's remarks
Brandt's office did not respond to a request for comment on Wednesday.
  > declined_comment | brandt-office | Brandt's office | did not respond to a request for comment on Wednesday | - | resp=no_response

The last shutdown, in the winter of 2019, lasted 35 days and cost the economy about $3 billion that was never recovered, the Congressional Budget Office later estimated.
  > named_organization | cbo | the Congressional Budget Office | later estimated | <
Travelers could feel the effects quickly this time.
The union representing air traffic controllers warned in a letter to congressional leaders that a shutdown would worsen staffing shortages at busy airports, because controllers would be required to keep working without pay.
  > named_organization | controllers-union | The union representing air traffic controllers | warned in a letter to congressional leaders | >
"You cannot ask people to guide planes for free and expect the system to hold," the letter said.
  > document | union-letter | the letter | said | <

Some Republicans in the House Freedom Caucus have argued that a brief shutdown would give their party leverage to force deeper spending cuts.
  > anonymous_official | freedom-caucus | Some Republicans in the House Freedom Caucus | have argued | >
Rep. Carla Whitfield, R-Texas, a member of the caucus, wrote on social media Wednesday that "a shutdown is not the end of the world; a $36 trillion debt might be."
  > named_official | whitfield | Rep. Carla Whitfield, R-Texas, a member of the caucus | wrote on social media Wednesday | >
Villanueva called that view reckless and said Democrats would not agree to cuts "under the gun of a shutdown."
  > named_official | villanueva | Villanueva | called | that view reckless
  > named_official | villanueva | Villanueva | said | Democrats would not agree to cuts "under the gun of a shutdown."

Financial markets have so far shrugged off the standoff.
"Investors have learned that shutdowns are mostly political theater," said Paul Ferrante, chief economist at Lakemont Advisors in New York.
  > named_person | ferrante | Paul Ferrante, chief economist at Lakemont Advisors in New York | said | <
"The risk is the one time it isn't."
  > named_person | ferrante | Ferrante | - | *

The Senate is scheduled to hold a procedural vote on a stopgap bill Thursday afternoon.
Hadley said he would keep senators in Washington through the weekend if needed.
  > named_official | hadley | Hadley | said | >

@excluded
Capitol Wire Service writers Maya Ocampo and Derek Lund contributed to this report.
Copyright 2025 Capitol Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
''')

ARTICLES.append(r'''
@id ac-house-speaker-ouster-vote
@style house_speaker_ouster
Speaker Pruett Survives Ouster Vote as Rebel Leader Vows to Try Again
  > named_official | gentry | Rebel Leader | Vows | to Try Again

WASHINGTON -- Speaker Warren Pruett held onto his gavel on Tuesday after a small band of hard-right Republicans failed to remove him, but the lawmaker who led the revolt promised to force another vote before the end of the year.
  > named_official | gentry | the lawmaker who led the revolt | promised | to force another vote before the end of the year
The House voted 258 to 163 to table the motion to vacate the chair, with 41 Democrats joining most Republicans to kill it.
Eleven Republicans voted to keep the motion alive.

Mr. Pruett, speaking to reporters minutes after the vote, said he was "grateful, not surprised" and that the House needed to "get back to the people's business."
  > named_official | pruett | Mr. Pruett | said | >
He then left the Capitol for a meeting at the White House.

Representative Lyle Gentry of Florida, who filed the motion last week, told reporters on the Capitol steps that the Democratic votes had "exposed the speaker for what he is: a Democrat's speaker."
  > named_official | gentry | Representative Lyle Gentry of Florida, who filed the motion last week | told reporters on the Capitol steps | >
"We'll be back," Mr. Gentry said.
  > named_official | gentry | Mr. Gentry | said | <
"And next time, more of my colleagues will be with us."
  > named_official | gentry | Mr. Gentry | - | *

The Democrats who crossed over did so after Mr. Pruett privately agreed to bring a long-stalled farm aid package to the floor next month, according to three people familiar with the negotiations.
  > anonymous_familiar | familiar | three people familiar with the negotiations | according to | <
Two of the people said the arrangement was worked out on Monday night in the office of Representative Gloria Amado of California, the Democratic leader.
  > anonymous_familiar | familiar | Two of the people | said | >
Ms. Amado denied that any deal had been struck.
  > named_official | amado | Ms. Amado | denied | >
"There was no deal," she said in a statement.
  > named_official | amado | she | said in a statement | <
"Democrats voted to keep the House functioning, because somebody has to."
  > named_official | amado | Ms. Amado | - | *

Caleb Voss, a spokesman for Mr. Pruett, insisted that the speaker "makes no deals for votes on procedural motions."
  > named_official | voss | Caleb Voss, a spokesman for Mr. Pruett | insisted | >
Mr. Voss declined to say whether the farm bill would get a vote.
  > declined_comment | voss | Mr. Voss | declined to say whether the farm bill would get a vote | - | resp=declined

Several Republicans who voted to table the motion said afterward that they had done so reluctantly.
  > anonymous_official | reluctant-gop | Several Republicans who voted to table the motion | said afterward | >
One, who asked not to be named because he did not want to anger the speaker's allies, said Mr. Pruett had "maybe three months" to win back his conference.
  > anonymous_official | reluctant-gop | One | said | > | anon=who asked not to be named because he did not want to anger the speaker's allies
The Patriot Action Fund, a conservative advocacy group, said in an email to supporters on Tuesday night that it would run ads against every Republican who voted to save the speaker.
  > named_organization | paf | The Patriot Action Fund, a conservative advocacy group | said in an email to supporters on Tuesday night | >

A Harlan University poll released last week found that 58 percent of Republican voters approved of the way Mr. Pruett was handling his job, down from 71 percent in the spring.
  > document | poll | A Harlan University poll released last week | found | >
Tamara Quinn, a political scientist at Calloway College who studies Congress, said the speaker's reliance on Democratic votes could become a liability with his own party's voters.
  > named_person | quinn | Tamara Quinn, a political scientist at Calloway College who studies Congress | said | >
"Every time Democrats rescue him, he loses a little more of his own side," she said.
  > named_person | quinn | she | said | <
The White House declined to comment on the vote.
  > declined_comment | white-house | The White House | declined to comment on the vote | - | resp=declined

@excluded
A version of this article appears in print on Page A1 of the New York edition with the headline: Pruett Keeps Gavel, but Revolt Simmers.
Read 412 Comments
''')

ARTICLES.append(r'''
@id ac-governor-veto-override-kansas
@style governor_veto_override
House falls one vote short of overriding Marchetti's veto of school savings accounts

TOPEKA, Kan. -- Supporters of a plan to give Kansas families state money for private school tuition fell one vote short on Thursday of overriding Gov. Elena Marchetti's veto, a defeat that House Speaker Dan Roarke called "temporary."
  > named_official | roarke | House Speaker Dan Roarke | called | a defeat ;; "temporary."
The vote in the House was 83 to 41, with 84 votes needed.
Every Democrat and seven Republicans voted to sustain the veto.

Rep. Sharon Oyelaran, a Wichita Republican who also voted against the bill in March, said she could not support sending "tens of millions of dollars out of rural public schools."
  > named_official | oyelaran | Rep. Sharon Oyelaran, a Wichita Republican who also voted against the bill in March | said | >
"My district has four school districts and not one private school," she said.
  > named_official | oyelaran | she | said | <
"What exactly would my families be choosing between?"
  > named_official | oyelaran | Oyelaran | - | *

Marchetti, a Democrat in her second term, vetoed the bill last week, writing in her veto message that it would cost the state $180 million a year within five years and "drain classrooms that are already stretched thin."
  > named_official | marchetti | Marchetti, a Democrat in her second term | writing in her veto message | >
A fiscal note prepared by the Legislative Budget Office, a nonpartisan agency, puts the cost lower, at about $110 million a year once the program is fully phased in.
  > document | fiscal-note | A fiscal note prepared by the Legislative Budget Office, a nonpartisan agency | puts | >

Roarke, a Republican from Olathe, told reporters after the vote that leaders would try again before the session ends May 2.
  > named_official | roarke | Roarke, a Republican from Olathe | told reporters | that leaders would try again before the session ends May 2
"We have 83 votes for school choice in this chamber, and we need one more," he said.
  > named_official | roarke | he | said | <
"We'll find it."
  > named_official | roarke | Roarke | - | *

Two Republican lawmakers who voted no said they had been approached by House leaders in the past week with offers of help for road and water projects in their districts.
  > anonymous_official | no-voters | Two Republican lawmakers who voted no | said | >
The lawmakers, who requested anonymity because they feared retaliation from the speaker's office, said they had not decided how they would vote on a second attempt.
  > anonymous_official | no-voters | The lawmakers | said | > | anon=who requested anonymity because they feared retaliation from the speaker's office
Roarke's spokeswoman, Jill Sato, insisted that the speaker "does not trade projects for votes."
  > named_official | sato | Roarke's spokeswoman, Jill Sato | insisted | >

Marchetti, speaking at an unrelated event in Lawrence, urged lawmakers who sustained the veto to "hold the line."
  > named_official | marchetti | Marchetti | urged | >
The governor's office said she had spoken with several Republicans in recent days but declined to say which ones.
  > named_organization | gov-office | The governor's office | said | she had spoken with several Republicans in recent days
  > declined_comment | gov-office | The governor's office | declined to say which ones | - | resp=declined

Kansans for Education Freedom, a group backed by several of the state's wealthiest donors, has spent more than $2 million on ads and mailers supporting the bill since January, according to campaign finance reports.
  > document | finance-reports | campaign finance reports | according to | <
The group's director, Brent Hollis, warned in a statement that lawmakers who voted no "will hear from parents in their districts between now and August."
  > named_official | hollis | The group's director, Brent Hollis | warned in a statement | >
The Kansas Educators Association, the state's largest teachers union, called the vote "a win for every kid in a public school."
  > named_organization | kea | The Kansas Educators Association, the state's largest teachers union | called | the vote "a win for every kid in a public school."

Supporters of the accounts argue that they give low-income families the same options that wealthier families already have.
  > anonymous_other | supporters | Supporters of the accounts | argue | >
Critics say the programs mostly subsidize families whose children already attend private schools.
  > anonymous_other | critics | Critics | say | >
About a dozen states have adopted universal or near-universal education savings accounts since 2021.
The Legislature returns from a two-day break on Monday.

@excluded
Statehouse reporter Miles Fenton can be reached at mfenton@statehousebureau.example.
This story was produced by the Kansas Statehouse Bureau, a collaboration of public and nonprofit newsrooms.
''')

ARTICLES.append(r'''
@id ac-mayoral-runoff-port-calder
@style mayoral_runoff
In final debate, Okafor and Ellery clash over police hiring and a stalled housing bond

The two candidates for mayor of Port Calder spent much of their final debate Tuesday night arguing over how many police officers the city can afford, with City Council member Denise Okafor accusing her opponent of promising "a department we can't pay for" and businessman Grant Ellery saying the city had "stopped answering 911 calls."
  > named_official | okafor | City Council member Denise Okafor | accusing | her opponent of promising "a department we can't pay for"
  > named_official | ellery | businessman Grant Ellery | saying | the city had "stopped answering 911 calls."
The hourlong debate, held at the Eastgate Community College auditorium and broadcast on KPCT, was the last scheduled meeting of the two before the June 10 runoff.
Early voting begins Saturday.

Ellery, who finished first in the April primary with 38 percent of the vote, repeated his pledge to hire 300 officers in four years.
  > named_official | ellery | Ellery, who finished first in the April primary with 38 percent of the vote | repeated his pledge | >
"Response times in this city have doubled since 2019," he said.
  > named_official | ellery | he | said | <
"You don't fix that with a task force," Ellery added.
  > named_official | ellery | Ellery | added | <
Okafor, who finished second with 31 percent, said the pledge would cost $45 million a year that the city did not have, citing an estimate from the city's independent budget office.
  > named_official | okafor | Okafor, who finished second with 31 percent | said | the pledge would cost $45 million a year that the city did not have
The budget office's analysis, released in March, put the cost of 300 additional officers at $38 million to $47 million a year, depending on overtime.
  > document | budget-analysis | The budget office's analysis, released in March | put | >
"I want more officers on the street too," Okafor said, "but I'm not going to promise them with money that doesn't exist."
  > named_official | okafor | Okafor | said | "I want more officers on the street too," ;; "but I'm not going to promise them with money that doesn't exist."

The sharpest exchange came over the $600 million housing bond that voters approved in 2021, less than a third of which has been spent.
Ellery blamed Okafor, who chairs the council's housing committee, for the delays.
  > named_official | ellery | Ellery | blamed | >
Okafor said the delays were caused by a lawsuit over a project in the Northgate neighborhood and by construction costs that rose 30 percent in two years.
  > named_official | okafor | Okafor | said | >
The Ledger reported in February that the city's housing agency had let $41 million in state matching funds expire while the bond money sat unspent.
  > media_report | ledger | The Ledger | reported in February | >

Polls suggest the race is close.
  > document | polls | Polls | suggest | >
A survey of 600 likely runoff voters conducted last week for the Port Calder Chamber of Commerce found Ellery at 46 percent and Okafor at 44 percent, within the margin of error.
  > document | chamber-poll | A survey of 600 likely runoff voters conducted last week for the Port Calder Chamber of Commerce | found | >
The chamber has endorsed Ellery.
An internal poll released by Okafor's campaign on Monday showed her ahead by five points.
  > document | okafor-poll | An internal poll released by Okafor's campaign on Monday | showed | >
Ellery's campaign manager, Trevor Banks, dismissed that poll as "fan fiction."
  > named_official | banks | Ellery's campaign manager, Trevor Banks | dismissed | that poll as "fan fiction."
Two Okafor campaign aides, who spoke on the condition of anonymity to discuss internal strategy, said the campaign planned to spend most of its remaining $900,000 on door-knocking in the city's east side, where turnout in the primary was below 20 percent.
  > anonymous_official | okafor-aides | Two Okafor campaign aides | said | > | anon=who spoke on the condition of anonymity to discuss internal strategy

A political committee funded largely by the Port Calder Police Officers Association has spent $1.3 million on ads supporting Ellery, according to filings with the city's ethics commission.
  > document | ethics-filings | filings with the city's ethics commission | according to | <
The association's president, Mike Durante, did not return calls seeking comment.
  > declined_comment | durante | The association's president, Mike Durante | did not return calls seeking comment | - | resp=no_response

In the audience, several voters said they had come to the debate undecided and were leaving that way.
  > anonymous_other | voters | several voters | said | >
"They both talk about the east side like it's a place they drive past," said Lorena Vickers, 62, a retired bus driver who lives near Eastgate.
  > named_person | vickers | Lorena Vickers, 62, a retired bus driver who lives near Eastgate | said | <
"I'll vote, but I'm going to hold my nose."
  > named_person | vickers | Vickers | - | *
Outgoing Mayor Paul Hendricks, who is barred by term limits from running again, has not endorsed either candidate and declined through a spokeswoman to comment on the debate.
  > declined_comment | hendricks | Outgoing Mayor Paul Hendricks, who is barred by term limits from running again | declined through a spokeswoman to comment on the debate | - | resp=declined

@excluded
Sign up for The Ledger's Politics newsletter to get runoff coverage in your inbox.
Comments are closed on this article.
''')

ARTICLES.append(r'''
@id ac-state-party-chair-race-newsletter
@style state_party_chair_race
Capitol Dispatch: The fight for the Arizona GOP's top job gets personal

Good morning, and welcome to Capitol Dispatch, our daily guide to politics in Arizona.
Today: the race for state Republican Party chair, a new poll in the Senate primary, and who's hiring.

THE CHAIR FIGHT

The contest to lead the Arizona Republican Party turned openly hostile over the weekend, when one of the two leading candidates accused the other of "rigging the delegate count" in Maricopa County.
  > named_official | pratt | one of the two leading candidates | accused | the other of "rigging the delegate count" in Maricopa County
That would be Ronald Pratt, the former state senator, who wrote in an email to county party chairs on Saturday that his rival's allies had "stacked" precinct committee lists with people who never applied.
  > named_official | pratt | Ronald Pratt, the former state senator | wrote in an email to county party chairs on Saturday | >
The rival, party vice chair Lisa Drummond, called the charge "a lie from a man who knows he's losing."
  > named_official | drummond | The rival, party vice chair Lisa Drummond | called | the charge "a lie from a man who knows he's losing."
"Ron can count," Drummond told Capitol Dispatch on Sunday.
  > named_official | drummond | Drummond | told Capitol Dispatch on Sunday | <
"He just doesn't like the total."
  > named_official | drummond | Drummond | - | *
About 1,400 state committee members will pick the new chair at the party's meeting in Mesa on Jan. 25.
Three members of the party's executive committee, who asked not to be named because its deliberations are private, tell us the credentials committee will take up Pratt's complaint on Thursday.
  > anonymous_official | exec-members | Three members of the party's executive committee | tell us | > | anon=who asked not to be named because its deliberations are private
One of them put Drummond's lead at "150, maybe 200" votes.
  > anonymous_official | exec-members | One of them | put | >
Pratt's campaign did not respond to our questions about how many committee members it believes were improperly added.
  > declined_comment | pratt-campaign | Pratt's campaign | did not respond to our questions about how many committee members it believes were improperly added | - | resp=no_response
The outgoing chair, Kevin Ashby, is staying neutral, his spokesman says.
  > named_organization | chair-office | his spokesman | says | <

POLL POSITION

A new survey from the Grand Canyon Research Center shows Rep. Alan Whitaker with a 14-point lead over businesswoman Dana Cortez in the GOP Senate primary, 41 percent to 27 percent, with a third of likely primary voters undecided.
  > document | gcrc-poll | A new survey from the Grand Canyon Research Center | shows | >
The poll, taken Jan. 8-12, has a margin of error of 4.1 percentage points.
Cortez's team isn't buying it.
  > named_organization | cortez-campaign | Cortez's team | isn't buying | it | nosrc
"Nobody outside Phoenix knows who Alan Whitaker is, and that's not a lead, that's a name-ID gap," Cortez spokesman Ben Ruelas texted us.
  > named_official | ruelas | Cortez spokesman Ben Ruelas | texted us | <
Whitaker's campaign tweeted the poll with a single word: "Momentum."
  > named_organization | whitaker-campaign | Whitaker's campaign | tweeted | "Momentum."

WHO'S HIRING

Former Gov. Janet Lindqvist's longtime chief of staff, Omar Haddad, has signed on as a senior adviser to Cortez, two people familiar with the hire tell us.
  > anonymous_familiar | hire-familiar | two people familiar with the hire | tell us | <
Haddad didn't respond to a text.
  > declined_comment | haddad | Haddad | didn't respond to a text | - | resp=no_response
And the state Democratic Party has hired Priya Natarajan, most recently of the Democratic Governors Association, as its new communications director, the party announced Monday.
  > named_organization | az-dems | the party | announced Monday | <

QUOTE OF THE DAY

"I've been to more Lincoln Day dinners this month than I've had hot meals at home." -- Drummond, speaking to a crowd in Prescott on Saturday.
  > named_official | drummond | Drummond | speaking to a crowd in Prescott on Saturday | <

@excluded
Forwarded this email? Sign up for Capitol Dispatch here.
Got a tip, a hire or a birthday? Email us at tips@capitoldispatch.example.
''')

ARTICLES.append(r'''
@id ac-suburban-polling-analysis-midterms
@style suburban_polling_analysis
Analysis: Why both parties are nervous about the same suburbs

For most of the last decade, the political story of America's suburbs was simple: they moved left, and Republicans lost seats there.
This year the picture is murkier.
Across the 38 suburban House districts that both parties consider competitive, Democrats lead on the generic congressional ballot by an average of two points, according to an average of 64 public polls compiled by the Cartwright Center for Public Opinion at Bellmont University.
  > document | cartwright-average | an average of 64 public polls compiled by the Cartwright Center for Public Opinion at Bellmont University | according to | <
Two years ago, the same districts favored Democrats by seven.

The shift is concentrated among voters without college degrees who live in newer, outer-ring subdivisions, said Marisa Kent, the center's director.
  > named_person | kent | Marisa Kent, the center's director | said | <
"The older suburbs, the ones with the big trees and the good schools, are still very Democratic," Kent said.
  > named_person | kent | Kent | said | <
"It's the new subdivisions off the interstate where the ground is moving."
  > named_person | kent | Kent | - | *

Gary Whitman, a pollster for House Republicans' campaign arm, argued in a memo to donors last week that the party's candidates were "running ahead of the national environment" in 14 of those districts.
  > named_official | whitman | Gary Whitman, a pollster for House Republicans' campaign arm | argued in a memo to donors last week | >
The memo relied on internal surveys that have not been made public.
"Their numbers are real, but they're a snapshot of September," said Alicia Moreno, a Democratic strategist who is not working for any House campaign this year.
  > named_person | moreno | Alicia Moreno, a Democratic strategist who is not working for any House campaign this year | said | <
Moreno said Democratic candidates had not yet begun spending heavily on television in most of the districts, while Republican groups had been on the air since August.
  > named_person | moreno | Moreno | said | >
Data from AdTrack, a firm that monitors political advertising, show Republican candidates and groups have outspent Democrats roughly 3 to 1 in the 38 districts since Labor Day.
  > document | adtrack | Data from AdTrack, a firm that monitors political advertising | show | >

Inflation and housing costs have dominated the campaigns' television ads.
In a focus group of 11 suburban swing voters outside Atlanta last month, conducted by the nonpartisan group Common Ground Forum, several participants said they had voted for Democrats in 2020 but did not trust either party on prices, according to a transcript provided to the Times-Ledger.
  > document | transcript | a transcript provided to the Times-Ledger | according to | <
"I keep hearing about democracy, and I keep paying $6 for eggs," one participant, a 41-year-old nurse from Gwinnett County, said in the transcript.
  > anonymous_other | nurse | one participant, a 41-year-old nurse from Gwinnett County | said in the transcript | <
Some Republican strategists worry that the party's candidates are leaning too hard on immigration in districts where voters rank it well below prices.
  > anonymous_other | gop-strategists | Some Republican strategists | worry | >
One longtime party operative, who asked not to be named in order to speak freely about the party's candidates, said several nominees were "running the primary campaign in a general election."
  > anonymous_other | operative | One longtime party operative | said | > | anon=who asked not to be named in order to speak freely about the party's candidates

Turnout is the other unknown.
In midterm years, the party that holds the White House has lost House seats in all but three elections since the Civil War.
But that pattern assumes the president's voters stay home, and suburban women, who have turned out at higher rates than men in recent midterms, have been the least predictable group in this year's surveys, Kent noted.
  > named_person | kent | Kent | noted | <
Democrats' House campaign arm declined to share its internal polling.
  > declined_comment | dem-campaign-arm | Democrats' House campaign arm | declined to share its internal polling | - | resp=declined
Whitman, asked whether his surveys had been weighted to reflect a higher Republican turnout, said, "We weight to what we think the electorate will look like, same as everybody."
  > named_official | whitman | Whitman | said | >
Both parties plan to pour more money into the suburbs in the final month.
  > named_organization | both-parties | Both parties | plan | > | nosrc
The election is Nov. 4.

@excluded
This analysis is part of our Midterm Map series. Read more: How we average the polls
Have feedback? Email the politics desk at politics@timesledger.example.
''')

ARTICLES.append(r'''
@id ac-debate-stage-qualification-keene
@style debate_stage_qualification
On the Trail: Left off the debate stage, Halvorsen takes his case to a diner in Keene

KEENE, N.H. -- Erik Halvorsen is standing on a chair.
It is a little after 8 on a Saturday morning at the Main Street Diner, and the former Montana governor, who will not be on the debate stage in Atlanta on Wednesday night, is making his pitch to about 40 people squeezed in between the booths.
"They've decided you should hear from eight people and not nine," Halvorsen says, gesturing at a television over the counter.
  > named_official | halvorsen | Halvorsen | says | <
"I'd rather hear from you."
  > named_official | halvorsen | Halvorsen | - | *

Halvorsen missed the cutoff for the debate by a single poll.
The Democratic National Committee's rules, released in June, required candidates to reach 2 percent in four national or early-state surveys from approved pollsters and to have at least 65,000 individual donors.
  > document | rules | The Democratic National Committee's rules, released in June | required | >
Halvorsen cleared the donor threshold two weeks ago and has reached 2 percent in three qualifying polls, according to a tally kept by the party.
  > document | tally | a tally kept by the party | according to | <
His campaign argues that a fourth, a Granite State College poll that showed him at 3 percent, should have counted.
  > named_organization | campaign | His campaign | argues | >
The party threw out that poll because it surveyed fewer likely Democratic primary voters than the 400 the rules require, a DNC spokeswoman, Nia Forde, said in an email.
  > named_official | forde | a DNC spokeswoman, Nia Forde | said in an email | <
"The criteria were published months ago and applied the same way to every campaign," Forde wrote.
  > named_official | forde | Forde | wrote | <

Halvorsen's campaign manager, Tess Albright, calls that "a technicality dressed up as a principle."
  > named_official | albright | Halvorsen's campaign manager, Tess Albright | calls | that "a technicality dressed up as a principle."
In an interview in the back of the campaign's rented van on the way to Peterborough, she acknowledges that the campaign filed its appeal with the party two days after the deadline.
  > named_official | albright | she | acknowledges | >
"We should have been faster," she says.
  > named_official | albright | she | says | <
"But that doesn't make the rule right."
  > named_official | albright | Albright | - | *

Several people at the diner say they had not heard of Halvorsen until this month.
  > anonymous_other | diners | Several people at the diner | say | >
Carol Brennan, 67, a retired school librarian from Swanzey, says she came because a neighbor told her he "sounded like a grown-up."
  > named_person | brennan | Carol Brennan, 67, a retired school librarian from Swanzey | says | >
She says she is choosing between him and two candidates who will be on the stage.
  > named_person | brennan | She | says | >
"I'll watch the debate," she says.
  > named_person | brennan | she | says | <
"But I'll be thinking about who isn't there."
  > named_person | brennan | Brennan | - | *

Not everyone is sympathetic.
Aides to two rival campaigns, who spoke on the condition of anonymity because their candidates have stayed out of the fight in public, say Halvorsen is using his exclusion to raise money.
  > anonymous_official | rival-aides | Aides to two rival campaigns | say | > | anon=who spoke on the condition of anonymity because their candidates have stayed out of the fight in public
His campaign sent three fund-raising emails about the debate in the 24 hours after the lineup was announced.
"They don't want you to see this," one of the emails says in its subject line.
  > document | email | one of the emails | says in its subject line | <

The rules were meant to keep the stage to a manageable size, says Lanny Okoro, who ran debate planning for the party in 2020 and is not advising any campaign this cycle.
  > named_person | okoro | Lanny Okoro, who ran debate planning for the party in 2020 and is not advising any campaign this cycle | says | <
"Every cycle, somebody misses by a hair and says the process is rigged," Okoro says.
  > named_person | okoro | Okoro | says | <
"Sometimes they have a point."
  > named_person | okoro | Okoro | - | *
"Usually they don't."
  > named_person | okoro | Okoro | - | *

Halvorsen plans to watch the debate from a brewery in Manchester and to answer the candidates in real time on social media.
  > named_official | halvorsen | Halvorsen | plans | > | nosrc
Asked whether he would stay in the race if he misses the next debate too, he says only, "Ask me in October."
  > named_official | halvorsen | he#3 | says only | >

@excluded
On the Trail is a weekly dispatch from the 2028 presidential campaign.
Photo: Erik Halvorsen speaks to voters at the Main Street Diner in Keene, N.H., on Saturday. (Sam Eckert for the Herald)
''')

ARTICLES.append(r'''
@id ac-state-supreme-court-election-wisconsin
@style state_supreme_court_election
Spending in Wisconsin Supreme Court race tops $60 million, a national record

The race for an open seat on the Wisconsin Supreme Court has become the most expensive judicial election in U.S. history, according to Judicial Campaign Watch, a nonpartisan group that tracks court races.
  > named_organization | jcw | Judicial Campaign Watch, a nonpartisan group that tracks court races | according to | <
The group counts $61 million in spending by the two candidates, political parties and outside groups, with five weeks still to go before the April 1 election.
  > named_organization | jcw | The group | counts | >
The previous record, $51 million, was set in a Wisconsin Supreme Court race two years ago.

The race is officially nonpartisan.
But Dane County Circuit Judge Maria Esposito is backed by Democrats, and former state Attorney General Robert Hale has the support of the state Republican Party.
The court's 4-3 liberal majority is at stake, and with it, possibly, the future of the state's abortion law and its legislative maps.

Esposito says she is running to protect "the independence of the court."
  > named_official | esposito | Esposito | says | >
At a campaign stop in Eau Claire on Saturday, she said outside groups supporting her opponent had "bought more airtime than anyone in the history of this state."
  > named_official | esposito | she | said | >
Hale, in a phone interview with Badger Public Radio, says the opposite is true.
  > named_official | hale | Hale | says | >
"My opponent has more money behind her than I do, and she's the one complaining about it," he says.
  > named_official | hale | he | says | <
Campaign finance reports filed last month show Esposito raised $9.2 million in the second half of last year, compared with $4.7 million for Hale.
  > document | finance-reports | Campaign finance reports filed last month | show | >

Much of the outside money is coming from groups tied to national donors.
America Forward Action, a super PAC funded largely by a Chicago investor, has spent $14 million on ads supporting Hale, according to the ad-tracking firm MediaPulse.
  > named_organization | mediapulse | the ad-tracking firm MediaPulse | according to | <
The state Democratic Party has transferred more than $11 million to Esposito's campaign, according to state records.
  > document | state-records | state records | according to | <
Some Republican legislators have told party donors that a loss would leave them little chance of defending the current maps in court, according to two people who attended a fundraiser in Brookfield last month.
  > anonymous_familiar | attendees | two people who attended a fundraiser in Brookfield last month | according to | <
The state Republican Party did not respond to a request for comment.
  > declined_comment | state-gop | The state Republican Party | did not respond to a request for comment | - | resp=no_response

Voters, meanwhile, are seeing ads for the race everywhere.
"I can't watch the Bucks without seeing a judge," says Terrence Moss, a retired machinist in Racine.
  > named_person | moss | Terrence Moss, a retired machinist in Racine | says | <
Moss says he has not decided how he will vote.
  > named_person | moss | Moss | says | >
He says the ads have made him trust both candidates less, not more.
  > named_person | moss | He | says | >
Political scientist Anita Kowalski of Lakeshore State University says that is a common reaction.
  > named_person | kowalski | Political scientist Anita Kowalski of Lakeshore State University | says | >
"Judicial races used to be sleepy," Kowalski says.
  > named_person | kowalski | Kowalski | says | <
"Now they look like Senate races, and voters treat them that way."
  > named_person | kowalski | Kowalski | - | *
She notes that turnout in the last Supreme Court race, 40 percent, was higher than in some midterm primaries.
  > named_person | kowalski | She | notes | >
The Wisconsin Elections Commission says absentee ballots will go out to voters beginning March 3.
  > named_organization | elections-commission | The Wisconsin Elections Commission | says | >

@excluded
Badger Public Radio is supported by listeners like you. Make a gift today.
Copyright 2025 Badger Public Radio. To see more, visit badgerradio.example.
''')

ARTICLES.append(r'''
@id ac-county-executive-indictment-marlow
@style county_executive_indictment
Marlow County executive indicted on federal bribery charges, prosecutors say
  > named_organization | prosecutors | prosecutors | say | <

MARLOW COUNTY, Ohio (WMRL) -- Marlow County Executive Tom Reyes was indicted Thursday on federal bribery and wire fraud charges.
Prosecutors say Reyes steered a $22 million contract for a new county jail to a construction company whose owner paid for family vacations, a fishing boat and more than $60,000 in home renovations.
  > named_organization | prosecutors | Prosecutors | say | >
The indictment, unsealed Thursday in U.S. District Court in Cleveland, charges Reyes with six counts, including bribery and honest services wire fraud.
  > document | indictment | The indictment, unsealed Thursday in U.S. District Court in Cleveland | charges | >
The owner of that company, Greg Patton of Patton Builders, is also charged.

"Public officials who sell their offices for a boat and a beach house will answer for it," U.S. Attorney Karen Liu said at a news conference Thursday afternoon.
  > named_official | liu | U.S. Attorney Karen Liu | said | <
Liu said the investigation began after a county employee contacted the FBI in 2023.
  > named_official | liu | Liu | said | >
She would not say whether other county officials were under investigation.
  > declined_comment | liu | She | would not say whether other county officials were under investigation | - | resp=declined

Reyes pleaded not guilty at a brief hearing and was released on his own recognizance.
His attorney, David Kurtz, said in a statement that Reyes "has served this county honestly for 14 years and will be fully vindicated."
  > named_official | kurtz | His attorney, David Kurtz | said in a statement | >
Reyes did not answer questions from reporters as he left the courthouse.
  > declined_comment | reyes | Reyes | did not answer questions from reporters as he left the courthouse | - | resp=declined

According to the indictment, Patton paid for a $38,000 pontoon boat that was registered in the name of Reyes's brother-in-law.
  > document | indictment | the indictment | According to | >
The indictment also cites text messages in which Reyes allegedly told Patton to "keep it off email."
  > document | indictment | The indictment | cites | >
Patton's attorney could not be reached for comment Thursday.
  > declined_comment | patton-attorney | Patton's attorney | could not be reached for comment Thursday | - | resp=unreachable

WMRL first reported in March that the FBI had subpoenaed records related to the jail contract.
  > media_report | wmrl | WMRL | first reported in March | >
Sources told WMRL at the time that agents had interviewed at least three members of the county's purchasing staff.
  > anonymous_other | sources | Sources | told WMRL at the time | >
Days later, Reyes claimed in a Facebook post that the investigation was "a political hit job" orchestrated by his opponents.
  > named_official | reyes | Reyes | claimed in a Facebook post | >

County Council President Angela Moore said the council would meet Monday to discuss whether to ask Reyes to step aside.
  > named_official | moore | County Council President Angela Moore | said | >
"Nobody is above the law, and nobody is presumed guilty either," Moore said.
  > named_official | moore | Moore | said | <
The council has no power to remove an elected executive unless he is convicted of a felony.
Councilman Brian Sutter, a Republican who ran against Reyes in 2022, called on him to resign.
  > named_official | sutter | Councilman Brian Sutter, a Republican who ran against Reyes in 2022 | called on | >

"You'd hear things about that jail contract for years," said Denise Harlan, who has lived in Clayton for 30 years.
  > named_person | harlan | Denise Harlan, who has lived in Clayton for 30 years | said | <
"Now it's on paper."
  > named_person | harlan | Harlan | - | *
If convicted, Reyes faces up to 20 years in prison on the most serious count.
His next court date is Nov. 18.

@excluded
Copyright 2025 WMRL. All rights reserved.
Download the WMRL News 8 app for breaking news alerts.
Have a news tip? Email newsdesk@wmrl.example
''')

ARTICLES.append(r'''
@id ac-federal-workforce-reduction-farm-loans
@style federal_workforce_reduction
Agriculture Department plans to close 11 regional farm loan offices, internal memo shows
  > document | memo | internal memo | shows | <

The Agriculture Department is preparing to close 11 of its 28 regional farm loan offices and cut about 1,900 jobs by the end of next year, according to an internal memo reviewed by FedWire.
  > document | memo | an internal memo reviewed by FedWire | according to | <
The memo, dated Sept. 12 and signed by Deputy Secretary Laura Kincaid, tells senior managers to prepare "transition plans" for the affected offices by Nov. 1.
  > document | memo | The memo, dated Sept. 12 and signed by Deputy Secretary Laura Kincaid | tells | >
It says the consolidation would save $240 million a year and that most of the work could be handled by "centralized digital service teams."
  > document | memo | It | says | >
A department spokeswoman confirmed that the memo was authentic but said the list of offices was "preliminary and subject to change."
  > named_organization | usda | A department spokeswoman | confirmed | that the memo was authentic
  > named_organization | usda | A department spokeswoman | said | the list of offices was "preliminary and subject to change."
"No final decisions have been made," the spokeswoman, who under department policy is not named, said in an email.
  > named_organization | usda | the spokeswoman | said in an email | < | anon=who under department policy is not named
Kincaid did not respond to a request for comment.
  > declined_comment | kincaid | Kincaid | did not respond to a request for comment | - | resp=no_response

The offices on the list are concentrated in the Plains and the South, including ones in Dodge City, Kan., and Greenwood, Miss., according to two department employees who have seen the full list.
  > anonymous_official | employees | two department employees who have seen the full list | according to | <
The employees, who spoke on the condition of anonymity because they were not authorized to discuss internal planning, said staff at several of the offices had not yet been told.
  > anonymous_official | employees | The employees | said | > | anon=who spoke on the condition of anonymity because they were not authorized to discuss internal planning

Rep. Frank DeLuca, a Mississippi Republican who sits on the House Agriculture Committee, said he learned of the plan from a constituent.
  > named_official | deluca | Rep. Frank DeLuca, a Mississippi Republican who sits on the House Agriculture Committee | said | >
"You can't make a farm loan from a call center in Kansas City," DeLuca said in an interview.
  > named_official | deluca | DeLuca | said in an interview | <
He said he would ask the department's inspector general to review the savings estimate.
  > named_official | deluca | He | said | >
Sen. Patricia Ochoa, D-N.M., tweeted that the closures would "gut rural America's lifeline to credit."
  > named_official | ochoa | Sen. Patricia Ochoa, D-N.M. | tweeted | >

The White House budget office told agencies in March to cut their workforces by 10 percent over four years.
  > named_organization | omb | The White House budget office | told agencies in March | >
The administration wants to finish most of the cuts before the midterm elections.
  > named_organization | administration | The administration | wants | > | nosrc
The union representing many of the affected workers, the Federation of Farm Service Employees, said it would challenge the closures.
  > named_organization | union | The union representing many of the affected workers, the Federation of Farm Service Employees | said | >
Its president, Denise Walcott, said the department had not notified the union as its contract requires.
  > named_official | walcott | Its president, Denise Walcott | said | >
"They have a legal obligation to bargain over this, and they know it," Walcott said.
  > named_official | walcott | Walcott | said | <

The department's own 2023 workforce review found that farm loan offices were already understaffed, with an average of one loan officer for every 340 active borrowers.
  > document | workforce-review | The department's own 2023 workforce review | found | >
A Government Accountability Office report last year warned that similar consolidations at the Social Security Administration had lengthened wait times.
  > document | gao-report | A Government Accountability Office report last year | warned | >
A person familiar with the department's planning said political appointees had pushed for a faster timeline than career staff recommended.
  > anonymous_familiar | familiar | A person familiar with the department's planning | said | >
The person said the first closings could be announced as early as January.
  > anonymous_familiar | familiar | The person | said | >
Some farm groups have complained privately to lawmakers about the plan, two congressional aides said.
  > anonymous_official | hill-aides | two congressional aides | said | <
The National Farmers Council declined to comment.
  > declined_comment | nfc | The National Farmers Council | declined to comment | - | resp=declined
AgWeek Report first reported in July that the department was weighing office closures.
  > media_report | agweek | AgWeek Report | first reported in July | >

@excluded
Related: The new reduction-in-force rules, explained
Subscribe to FedWire Daily for news about the federal workforce.
''')

ARTICLES.append(r'''
@id ac-ballot-access-ruling-pennsylvania
@style ballot_access_ruling
Pennsylvania Supreme Court removes independent Senate candidate from ballot over signatures

HARRISBURG, Pa. -- The Pennsylvania Supreme Court on Friday ordered independent Senate candidate Walter Nance removed from the November ballot, ruling that thousands of the signatures on his nomination papers were invalid.
  > named_organization | court | The Pennsylvania Supreme Court | ruling | that thousands of the signatures on his nomination papers were invalid
In a 4-3 decision, the court found that Nance's campaign had submitted 5,812 valid signatures, 188 fewer than the 6,000 required by state law.
  > named_organization | court | the court | found | >
The ruling reverses an August decision by Commonwealth Court Judge Samuel Ortiz, who had found the signatures sufficient.
  > named_official | ortiz | Commonwealth Court Judge Samuel Ortiz | had found | the signatures sufficient

Writing for the majority, Justice Elaine Brooks said the lower court had wrongly counted signatures from voters whose addresses did not match their registration records.
  > named_official | brooks | Justice Elaine Brooks | said | >
"The signature requirement is not a technicality to be waived when it proves inconvenient," Brooks wrote.
  > named_official | brooks | Brooks | wrote | <
"It is the means by which the legislature has chosen to ensure that candidates have a modicum of support."
  > named_official | brooks | Brooks | - | *
In a dissent joined by two other justices, Justice Marcus Hill argued that the majority had disenfranchised voters "for the sin of moving across town."
  > named_official | hill | Justice Marcus Hill | argued | >
Hill wrote that the state's voter rolls were "notoriously slow" to reflect changes of address and that the law did not require an exact match.
  > named_official | hill | Hill | wrote | >

The challenge was brought by two voters from Allegheny County, with legal help from the state Republican Party, according to court filings.
  > document | filings | court filings | according to | <
Republicans have argued that Nance, a former Republican state representative who left the party in 2023, would mainly pull votes from their nominee, Curtis Vail.
  > anonymous_other | republicans | Republicans | have argued | >
Nance called the ruling "a gift to the party bosses" and said he would ask the U.S. Supreme Court to intervene.
  > named_official | nance | Nance | called | the ruling "a gift to the party bosses"
  > named_official | nance | Nance | said | he would ask the U.S. Supreme Court to intervene
"More than 9,000 people signed my petitions," he said at a news conference outside the Judicial Center.
  > named_official | nance | he | said | <
"Seven justices in a room in Harrisburg just told them no."
  > named_official | nance | Nance | - | *
His lawyer, Rachel Imbert, acknowledged that federal courts rarely intervene in state ballot disputes this close to an election.
  > named_official | imbert | His lawyer, Rachel Imbert | acknowledged | >

Counties are scheduled to begin mailing ballots to voters in three weeks.
A spokesman for the Department of State, which oversees elections, said ballots would have to be reprinted in at least 22 counties that had already sent proofs to printers.
  > named_organization | dos | A spokesman for the Department of State, which oversees elections | said | >
Several county election directors said the reprinting would cost tens of thousands of dollars each.
  > anonymous_official | county-directors | Several county election directors | said | >
"We'll make it work, but we were ready to print on Monday," said Jodie Krall, the elections director in Centre County.
  > named_official | krall | Jodie Krall, the elections director in Centre County | said | <

Election law experts said the decision fit a long pattern of courts holding independent and minor-party candidates to strict standards.
  > anonymous_other | experts | Election law experts | said | >
"Major-party candidates get on the ballot with 2,000 signatures in a primary; independents need three times that, and then they get picked apart line by line," said Owen Falk, who teaches election law at Allegheny Law School.
  > named_person | falk | Owen Falk, who teaches election law at Allegheny Law School | said | <
Vail's campaign declined to comment on the ruling.
  > declined_comment | vail-campaign | Vail's campaign | declined to comment on the ruling | - | resp=declined
Sen. Diane Kowal, the Democratic incumbent, said through a spokeswoman that she "has always believed voters should have more choices, not fewer."
  > named_official | kowal | Sen. Diane Kowal, the Democratic incumbent | said through a spokeswoman | >
The Keystone Ledger reported last month that a Republican-aligned consulting firm had paid canvassers to challenge signatures in 14 counties.
  > media_report | keystone-ledger | The Keystone Ledger | reported last month | >
The firm, Redline Strategies, did not respond to messages left at its office in Camp Hill.
  > declined_comment | redline | The firm, Redline Strategies | did not respond to messages left at its office in Camp Hill | - | resp=no_response

@excluded
Correction: An earlier version of this article misstated the number of valid signatures the court found. It was 5,812, not 5,821.
Read more: Election 2026 coverage
''')

ARTICLES.append(r'''
@id ac-filibuster-rules-change-senate
@style filibuster_rules_change
Senate Democrats weigh filibuster carve-out for voting bill, aides say
  > anonymous_official | dem-aides | aides | say | <

Senate Democratic leaders are privately weighing a change to the chamber's rules that would let a voting rights bill pass with a simple majority, according to three Democratic aides briefed on the discussions.
  > anonymous_official | dem-aides | three Democratic aides briefed on the discussions | according to | <
The aides, who requested anonymity to describe private conversations, said Majority Leader Joan Whitlock had not decided whether to force a vote.
  > anonymous_official | dem-aides | The aides | said | > | anon=who requested anonymity to describe private conversations
Any rules change would need the support of all 51 Democrats.
Two of them, Sen. Ray Castellano of Montana and Sen. Martha Dunning of Arizona, have said publicly that they oppose weakening the filibuster.
  > named_official | castellano-dunning | Sen. Ray Castellano of Montana and Sen. Martha Dunning of Arizona | have said publicly | > | count=2

Castellano repeated on Tuesday that he would not vote to "blow up the Senate to pass one bill, however good the bill is."
  > named_official | castellano | Castellano | repeated on Tuesday | >
"If we do this, the other side does it the first day they get the gavel back," he told reporters outside the Senate chamber.
  > named_official | castellano | he | told reporters outside the Senate chamber | <
"And then what do we have?"
  > named_official | castellano | Castellano | - | *
Dunning's office did not respond to questions about whether her position had changed.
  > declined_comment | dunning-office | Dunning's office | did not respond to questions about whether her position had changed | - | resp=no_response

Whitlock, speaking on the Senate floor Tuesday, said the filibuster had been "turned from a shield into a weapon" and that "every option is on the table."
  > named_official | whitlock | Whitlock | said | >
According to the Congressional Record, she used the phrase "on the table" four times in an 18-minute speech.
  > document | record | the Congressional Record | According to | >
Senate Republicans have warned that they would retaliate.
  > anonymous_official | senate-gop | Senate Republicans | have warned | >
Minority Leader Charles Tillman said in a statement that Democrats would "live to regret" any change, and he noted that Republicans had declined to abolish the filibuster when they held the majority.
  > named_official | tillman | Minority Leader Charles Tillman | said in a statement | that Democrats would "live to regret" any change
  > named_official | tillman | he | noted | >
Some Republican senators have privately told Democratic colleagues that they would support a narrower change, such as cutting the number of votes needed to begin debate, according to a Democratic senator who has taken part in those conversations.
  > anonymous_official | dem-senator | a Democratic senator who has taken part in those conversations | according to | <
The senator, who insisted on anonymity because the talks were at an early stage, declined to name the Republicans.
  > declined_comment | dem-senator | The senator | declined to name the Republicans | - | resp=declined, anon=who insisted on anonymity because the talks were at an early stage
The Senate parliamentarian's office, which advises on the chamber's rules, declined to comment.
  > declined_comment | parliamentarian | The Senate parliamentarian's office, which advises on the chamber's rules | declined to comment | - | resp=declined

A coalition of civil rights groups, the Fair Ballot Alliance, plans to rally outside the Capitol on Thursday.
  > named_organization | alliance | A coalition of civil rights groups, the Fair Ballot Alliance | plans | > | nosrc
Its director, Monique Sims, said in an interview that the alliance had collected 1.2 million signatures on a petition calling for a rules change.
  > named_official | sims | Its director, Monique Sims | said in an interview | >
"Senators keep telling us the votes aren't there," Sims said.
  > named_official | sims | Sims | said | <
"We're here to tell them to go find them."
  > named_official | sims | Sims | - | *
A Harwell Research poll released last week found that 52 percent of voters supported keeping the filibuster, while 31 percent wanted it changed or eliminated.
  > document | poll | A Harwell Research poll released last week | found | >

Filibuster changes have usually come in small steps, noted Daniel Strom, a former Senate parliamentary staffer who now teaches at Chesapeake University.
  > named_person | strom | Daniel Strom, a former Senate parliamentary staffer who now teaches at Chesapeake University | noted | <
"Nobody blows up the filibuster all at once," he said.
  > named_person | strom | he | said | <
"They chip at it."
  > named_person | strom | Strom | - | *
Hill Sheet reported Monday that Whitlock had polled members at a closed-door lunch last week.
  > media_report | hill-sheet | Hill Sheet | reported Monday | >
A Whitlock spokesman, Eli Navarro, said the report was "not accurate" but would not describe what happened at the lunch.
  > named_official | navarro | A Whitlock spokesman, Eli Navarro | said | the report was "not accurate"
  > declined_comment | navarro | A Whitlock spokesman, Eli Navarro | would not describe what happened at the lunch | - | resp=declined
Whitlock hopes to bring the bill to the floor before the August recess.
  > named_official | whitlock | Whitlock | hopes | > | nosrc

@excluded
Capitol Courier reporter Anna Pike contributed to this report.
Share this article: Facebook | X | Email
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
