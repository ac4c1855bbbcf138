"""Build corpus/articles/aj.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, all on US politics and government (lieutenant_governor_succession, discharge_petition,
social_security_ad_fact_check, earmark_disclosure, state_legislator_party_switch,
senate_parliamentarian_ruling, child_welfare_director_firing, senator_exit_interview,
dark_money_ballot_measure, mail_delivery_slowdown, sports_betting_legalization,
congressional_town_hall_disruption), in the voices of twelve kinds of outlet (a state-capital
paper's live blog with timestamps in reverse order, a Q&A explainer whose subheads are
questions, a fact-check with CLAIM/FACTS/VERDICT labels, a Capitol Hill morning newsletter in
the first person with capitalised section heads and a "quote of the day" attributed by a dash,
a magazine feature in the present tense with a two-sentence dek, a short wire brief, a local TV
website's press-conference write-up, a newspaper's interview write-up, a nonprofit
investigative newsroom, a public-radio website in the present tense, a sports desk covering the
legislature, and a local TV website's write-up of a town hall), each built to test source typing
and grouping: senators, representatives, governors, party chairs, campaign managers, chiefs of
staff and spokespeople typed as officials, named former officials identified by their former
office (a former governor, a former chief of staff, a just-fired director) typed as officials
too; pollsters, independent strategists, analysts, lawyers commenting as experts, voters and
residents typed as persons; campaigns, offices, agencies, courts and unnamed spokespeople
typed as organizations; anonymous aides, staff members, a postal clerk and an elections official
(with and without a stated reason) typed as anonymous officials; an unnamed strategist with no
role, critics, activists, allies and residents typed as anonymous_other; people familiar
with a matter ("the people", "one of the people"); people described first and named later ("a
retired peanut farmer in a seed cap" -> "the farmer, Earl Hobbs"); a man who gives only a first
name; headline attributions that repeat a body source ("..., court says", "..., records show",
"..., aides say", "Ad's claim that ..."); documents (a resignation letter, a clerk's tally, a
CRS report, FEC and ethics filings, a campaign ad, disclosures, a poll, election results, fatality
reviews, a memo, tax and bank records, agency data); media reports; non-answers of all three
kinds (including "would not name them" and "declined to say" after an on-the-record answer);
split content ("Even then, Ruelas acknowledged, ..."); two attributions to one source in one
sentence; quotes that run over several sentences; and things that look like attribution but are
not (a question subhead "What does the speaker say?", "told to leave", "told of his account",
"called for" of a schedule, "said to be", a poll "shared with this magazine", reporter's-voice
plans and hopes marked not sourcing). All twelve end with a footer of excluded boilerplate
(reload and newsletter prompts, copyright lines, a correction, photo credits, app and tip
prompts). Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_aj.py [--render]
     python corpus/build_articles_aj.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "aj.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id aj-lieutenant-governor-succession-jefferson-city
@style lieutenant_governor_succession
Live updates: Gov. Rennick resigns amid federal inquiry; Okafor to be sworn in tonight, court says
  > named_organization | court | court | says | Okafor to be sworn in tonight

8:40 p.m.
Lt. Gov. Patrice Okafor will take the oath of office at 9 p.m. in the Capitol rotunda, a spokeswoman for the Missouri Supreme Court said.
  > named_organization | court | a spokeswoman for the Missouri Supreme Court | said | <
Chief Justice Ellen Marsh will administer the oath, and the ceremony is expected to last about 15 minutes.
Okafor's chief of staff, Devin Holt, told reporters that Okafor would keep Rennick's cabinet in place "for now" and would address the state on Thursday.
  > named_official | holt | Okafor's chief of staff, Devin Holt | told reporters | >
Okafor, a Democrat, was elected separately from Rennick and has rarely appeared with him in public.

8:05 p.m.
Okafor said in a brief written statement that she was "ready to serve every Missourian" and that her first meeting in the morning would be with the director of the state Department of Transportation.
  > named_official | okafor | Okafor | said in a brief written statement | >

7:30 p.m.
Reaction at the Capitol has split largely along party lines.
House Speaker Tom Brandvold, a Republican like Rennick, said in a statement that the governor had "made the right decision for Missouri."
  > named_official | brandvold | House Speaker Tom Brandvold, a Republican like Rennick | said in a statement | >
Senate Minority Leader Rosa Delgado, a Democrat, was blunter.
"This is what happens when a contract worth nearly half a billion dollars gets handed out over dinner," Delgado told reporters outside the Senate chamber.
  > named_official | delgado | Delgado | told reporters outside the Senate chamber | <
"Somebody has to answer for it, and resigning is not an answer."
  > named_official | delgado | Delgado | - | *

6:45 p.m.
Two people familiar with the investigation said federal prosecutors told Rennick's lawyers last week that he was a target of a grand jury inquiry into the $410 million contract to widen Interstate 44 near Rolla.
  > anonymous_familiar | familiar | Two people familiar with the investigation | said | >
The people, who spoke on the condition of anonymity because grand jury matters are secret, said no one has been charged.
  > anonymous_familiar | familiar | The people | said | > | anon=who spoke on the condition of anonymity because grand jury matters are secret
The U.S. attorney's office in St. Louis declined to comment.
  > declined_comment | usao | The U.S. attorney's office in St. Louis | declined to comment | - | resp=declined
Rennick's lawyer, Carla Dimas, did not respond to phone calls or an email.
  > declined_comment | dimas | Rennick's lawyer, Carla Dimas | did not respond to phone calls or an email | - | resp=no_response

6:10 p.m.
Some Republican senators had privately urged Rennick to step down as early as Monday, according to a senior GOP legislative aide, who was not authorized to speak publicly about the conversations.
  > anonymous_official | gop-aide | a senior GOP legislative aide | according to | < | anon=who was not authorized to speak publicly about the conversations
The aide said at least six senators had told the governor's office they would back an impeachment resolution if he stayed.
  > anonymous_official | gop-aide | The aide | said | >
The Ozark Ledger reported Tuesday that FBI agents had interviewed at least two members of the state Highway and Transportation Commission.
  > media_report | ledger | The Ozark Ledger | reported Tuesday | >
The commission's chairman, Bill Tatum, could not be reached.
  > declined_comment | tatum | The commission's chairman, Bill Tatum | could not be reached | - | resp=unreachable

5:20 p.m.
Rennick has resigned.
His resignation letter, delivered to the secretary of state's office at 5:02 p.m., says he is stepping down "to spare my family and this state a long and painful distraction."
  > document | letter | His resignation letter, delivered to the secretary of state's office at 5:02 p.m. | says | >
Rennick, 61, had planned to run for the U.S. Senate next year.
  > named_official | rennick | Rennick | had planned | to run for the U.S. Senate next year | nosrc
His office told staff to leave the building by 6 p.m., and state troopers closed the east doors of the Capitol.

@excluded
This page will be updated as news develops. Refresh for the latest.
Get the Capitol Dispatch newsletter in your inbox every weekday morning.
''')

ARTICLES.append(r'''
@id aj-discharge-petition-child-care-credit
@style discharge_petition
What is a discharge petition, and can it force a House vote on the child care credit?

Rep. Ana Ruelas, a New Mexico Democrat, says she is four signatures away from doing something House leaders of both parties usually work hard to prevent: forcing a floor vote on a bill the speaker does not want to bring up.
  > named_official | ruelas | Rep. Ana Ruelas, a New Mexico Democrat | says | >
Here is how the process works, and why it so rarely succeeds.

What is a discharge petition?
It is a procedure under the House's rules that lets a majority of members -- 218, when there are no vacancies -- pull a bill out of committee and bring it to the floor without the speaker's blessing.
Once a petition has 218 signatures and a waiting period has passed, any member who signed it can call it up on certain days, and the House must vote.

How close is this one?
As of Tuesday evening, the petition had 214 signatures, according to the House clerk's online tally.
  > document | tally | the House clerk's online tally | according to | <
Every Democrat has signed, along with two Republicans, Rep. Kurt Lindahl of Iowa and Rep. Marisol Gentry of Arizona.
Lindahl said in an interview that he expected "two, maybe three" more Republicans to sign before the August recess, but he would not name them.
  > named_official | lindahl | Lindahl | said in an interview | that he expected "two, maybe three" more Republicans to sign before the August recess
  > declined_comment | lindahl | he#2 | would not name them | - | resp=declined

Why don't more petitions succeed?
Signing one is a direct challenge to the majority party's leadership, and members who do it risk losing committee seats or campaign money.
Only a handful of discharge petitions have reached 218 signatures in the past three decades, according to a Congressional Research Service report updated last year.
  > document | crs | a Congressional Research Service report updated last year | according to | <
Leaders can also defuse a petition by passing a rule that switches it off, a tactic the majority used twice in the last Congress.

What does the speaker say?
Last week, Speaker Gordon Avery told reporters that the bill "spends money we don't have" and that he would not be "bullied by a piece of paper."
  > named_official | avery | Speaker Gordon Avery | told reporters | >
Avery's office did not respond to questions this week about whether he would try to switch off Ruelas's petition.
  > declined_comment | avery-office | Avery's office | did not respond to questions this week | - | resp=no_response
A senior Republican leadership aide, speaking on the condition of anonymity to describe internal strategy, said leaders were "confident" that no more Republicans would sign.
  > anonymous_official | leadership-aide | A senior Republican leadership aide | said | > | anon=speaking on the condition of anonymity to describe internal strategy

What would the bill do?
It would let families claim up to $8,000 in child care expenses for one child under the dependent care tax credit, up from $3,000.
The Joint Committee on Taxation estimated in March that the change would cost about $94 billion over a decade.
  > named_organization | jct | The Joint Committee on Taxation | estimated in March | >
Critics argue that much of the money would go to families who would have paid for child care anyway.
  > anonymous_other | critics | Critics | argue | >

What happens if it reaches 218?
After seven legislative days, Ruelas could bring the petition up on the second or fourth Monday of a month, and a vote would follow.
Even then, Ruelas acknowledged, the Senate would be a much harder climb.
  > named_official | ruelas | Ruelas | acknowledged | Even then ;; the Senate would be a much harder climb
"Getting a vote in the House is step one of about nine," she said.
  > named_official | ruelas | she | said | <

@excluded
Have a question about how Congress works? Send it to our politics team, and we may answer it in a future explainer.
''')

ARTICLES.append(r'''
@id aj-social-security-ad-fact-check-ohio-senate
@style social_security_ad_fact_check
Fact check: Ad's claim that Whitlow voted 11 times to cut Social Security is false
  > document | ad | Ad | claim | that Whitlow voted 11 times to cut Social Security

THE CLAIM: A television ad from Buckeye Forward Action, a super PAC backing Republican Senate candidate Gregory Pell, says Democratic Sen. Lena Whitlow "voted to cut Social Security 11 times."
  > document | ad | A television ad from Buckeye Forward Action, a super PAC backing Republican Senate candidate Gregory Pell | says | >
THE FACTS: None of the 11 votes the ad cites would have reduced Social Security benefits.

The ad began airing Sept. 3 in the Columbus, Dayton and Cincinnati markets, according to AdTrack, a firm that monitors political advertising.
  > named_organization | adtrack | AdTrack, a firm that monitors political advertising | according to | <
Buckeye Forward has spent $6.2 million to air it so far, Federal Election Commission filings show.
  > document | fec | Federal Election Commission filings | show | <
On screen, the ad lists 11 roll-call votes Whitlow cast between 2019 and 2024.
  > document | ad | the ad | lists | 11 roll-call votes Whitlow cast between 2019 and 2024
We reviewed all 11.
Seven were votes on budget resolutions, which are nonbinding blueprints that do not change the law by themselves.
Three were procedural votes on Republican amendments.
The last was a 2023 vote against a Republican bill that would have raised the debt limit while capping other federal spending.

None of them would have changed the Social Security benefit formula, the retirement age or the payroll tax, said Paul Iverson, a retirement policy analyst at the nonpartisan Fiscal Ledger Project.
  > named_person | iverson | Paul Iverson, a retirement policy analyst at the nonpartisan Fiscal Ledger Project | said | <
"You can dislike every one of those votes, but calling them cuts to Social Security is just wrong," Iverson said.
  > named_person | iverson | Iverson | said | <
The super PAC's spokesman, Trey Gallo, argued in an email that the budget resolutions "set the stage" for future cuts because they assumed lower spending on federal programs over a decade.
  > named_official | gallo | The super PAC's spokesman, Trey Gallo | argued in an email | >
Asked which of the 11 votes would have reduced anyone's benefits, Gallo declined to say.
  > declined_comment | gallo | Gallo | declined to say | - | resp=declined
A Senate Budget Committee staff member, who spoke on condition of anonymity because committee aides are not permitted to speak to reporters on the record, said budget resolutions from both parties have routinely assumed savings in mandatory programs without spelling them out.
  > anonymous_official | budget-staffer | A Senate Budget Committee staff member | said | > | anon=who spoke on condition of anonymity because committee aides are not permitted to speak to reporters on the record
Pell's campaign, which by law cannot coordinate with the super PAC, did not respond to a request for comment.
  > declined_comment | pell-campaign | Pell's campaign | did not respond to a request for comment | - | resp=no_response
Whitlow's campaign manager, Jada Pruitt, called the ad "a lie with footnotes."
  > named_official | pruitt | Whitlow's campaign manager, Jada Pruitt | called | the ad "a lie with footnotes."

Whitlow has cast votes that touch Social Security in other ways.
In 2021, she co-sponsored a bill to apply the payroll tax to wages above $400,000, which the Pell campaign has called a tax increase on small businesses.
  > named_organization | pell-campaign | the Pell campaign | has called | a tax increase on small businesses
That bill never got a vote, according to congressional records.
  > document | congress-records | congressional records | according to | <
THE VERDICT: False.
The ad counts budget and procedural votes as benefit cuts, and none of those votes would have cut anyone's benefits.

@excluded
Have a claim you want us to check? Email the Verify Desk.
Correction: An earlier version of this fact check misstated the date the ad began airing. It was Sept. 3, not Sept. 10.
''')

ARTICLES.append(r'''
@id aj-earmark-disclosure-morning-ledger
@style earmark_disclosure
Morning Ledger: Earmark requests drop by a third as House members fear attack ads, aides say
  > anonymous_official | aides | aides | say | Earmark requests drop by a third as House members fear attack ads

Good Thursday morning, and welcome to Morning Ledger.
I'm Nadia Brooks, and today is the House's last day in session before the July Fourth recess.

THE BIG NUMBER
House members submitted 3,108 requests for community project money for the next fiscal year, down from 4,611 a year ago, according to disclosures posted on members' websites.
  > document | disclosures | disclosures posted on members' websites | according to | <
Republicans account for almost all of the drop.
Three GOP aides, who asked not to be named because they were describing private conversations with their bosses, told me the reason is simple: members are afraid of the attack ads.
  > anonymous_official | aides | Three GOP aides | told me | the reason is simple: members are afraid of the attack ads | anon=who asked not to be named because they were describing private conversations with their bosses
"Nobody ever lost a primary for bringing home a sewer plant, but nobody wants to be the face of a pork ad either," one of them said.
  > anonymous_official | aides | one of them | said | <
Rep. Howard Tisch, R-Ohio, who chairs the Appropriations subcommittee on transportation, has a different explanation.
Tisch said Wednesday that rules adopted last year, which bar requests for museums and memorials, "weeded out the silly stuff."
  > named_official | tisch | Tisch | said Wednesday | >

WHO'S STILL ASKING
The biggest single request, $25 million for a flood wall in Stockton, came from Rep. Maxine Orr, D-Calif.
Orr's office said the wall would protect about 40,000 people who now pay for federal flood insurance.
  > named_organization | orr-office | Orr's office | said | >
Citizens for Budget Honesty, a spending watchdog, noted in a report this week that earmarks still make up less than 1 percent of discretionary spending.
  > named_organization | cbh | Citizens for Budget Honesty, a spending watchdog | noted in a report this week | >
Senate appropriators have not released their list yet, and a spokesman for the committee would not say when they would.
  > declined_comment | senate-approps | a spokesman for the committee | would not say when they would | - | resp=declined

ON THE FLOOR
The original schedule called for a final vote on the defense policy bill Wednesday night, but a fight over an amendment on military housing pushed it to today.
Majority Leader Dean Corrigan's office did not respond when I asked whether Friday votes were now possible.
  > declined_comment | corrigan-office | Majority Leader Dean Corrigan's office | did not respond | - | resp=no_response
The Capitol Courier reported late Wednesday that leadership was weighing whether to pull the bill entirely.
  > media_report | courier | The Capitol Courier | reported late Wednesday | >

QUOTE OF THE DAY
"If you want to see a grown senator cry, tell him his earmark got cut in conference." -- Sen. Ruth Amsel, R-Kan., at a Senate Appropriations Committee markup on Wednesday
  > named_official | amsel | Sen. Ruth Amsel, R-Kan. | -- | <

@excluded
Forward this newsletter to a friend. Not a subscriber? Sign up here.
Tips, gripes and earmark spreadsheets: just reply to this email.
''')

ARTICLES.append(r'''
@id aj-state-legislator-party-switch-dooly-county
@style state_legislator_party_switch
The Defector: How a rural Democrat became the Georgia Senate's newest Republican

Loretta Vance says her party left her.
  > named_official | vance | Loretta Vance | says | >
Her old allies say she left for a committee chairmanship.
  > anonymous_other | allies | Her old allies | say | > | count=plural

On a Saturday morning in March, Loretta Vance stands in the gravel lot of the Dooly County Farmers' Co-op, shaking hands with men she has known for forty years.
Three weeks earlier, she was the last Democrat in the Georgia Senate whose district had no city in it.
A retired peanut farmer in a seed cap, who has voted for Vance in every election since 2008, says he doesn't much care about the letter next to her name.
  > named_person | hobbs | A retired peanut farmer in a seed cap | says | >
"She answers the phone," says the farmer, Earl Hobbs, who is 77.
  > named_person | hobbs | the farmer, Earl Hobbs | says | <
"That's the whole job."
  > named_person | hobbs | Hobbs | - | *

Vance, 64, says she made the decision alone, over Christmas, after the state Democratic Party recruited a primary challenger to run against her.
  > named_official | vance | Vance, 64 | says | >
"I didn't leave anybody," she says.
  > named_official | vance | she | says | <
"I looked up one day, and the party had moved to Atlanta and left me the bill."
  > named_official | vance | she | - | *
State Sen. Harold Dukes, the Democratic caucus leader, says Vance switched after Republican leaders offered her the chairmanship of the Agriculture Committee, a post she had wanted for a decade.
  > named_official | dukes | State Sen. Harold Dukes, the Democratic caucus leader | says | >
Two Republican senators, who spoke on condition of anonymity because caucus discussions are private, confirm that the chairmanship came up in talks with Vance before she switched.
  > anonymous_official | gop-senators | Two Republican senators | confirm | > | anon=who spoke on condition of anonymity because caucus discussions are private
One of them says Lt. Gov. Wade Sumner "made sure she knew the gavel was hers."
  > anonymous_official | gop-senators | One of them | says | >
Sumner's spokeswoman, Kelsey Arden, says no promises were made.
  > named_official | arden | Sumner's spokeswoman, Kelsey Arden | says | >
Vance was named chairwoman eight days after she switched.
"Everybody in that building trades something," she says when asked about the timing.
  > named_official | vance | she | says | <
"I traded a party that wouldn't return my calls for one that would."
  > named_official | vance | she | - | *

Vance's district, the 13th, voted for the Democratic presidential nominee in 2008 and for the Republican by 31 points in 2024, according to results kept by the secretary of state's office.
  > document | results | results kept by the secretary of state's office | according to | <
Rob Kettle, a Republican strategist in Macon who has worked for three of Vance's past opponents, calls the switch "less a conversion than a recognition of arithmetic."
  > named_person | kettle | Rob Kettle, a Republican strategist in Macon who has worked for three of Vance's past opponents | calls | the switch "less a conversion than a recognition of arithmetic."
A poll commissioned by the state Democratic Party last fall, which a party official shared with this magazine, found Vance trailing her primary challenger by 19 points among likely Democratic primary voters.
  > document | dem-poll | A poll commissioned by the state Democratic Party last fall | found | >
Former Gov. Nathan Barrow, a Democrat who appointed Vance to the state Board of Regents in 2003, says he is "sad but not surprised."
  > named_official | barrow | Former Gov. Nathan Barrow, a Democrat who appointed Vance to the state Board of Regents in 2003 | says | >
"Loretta was a Democrat the way her daddy was a Democrat," Barrow says.
  > named_official | barrow | Barrow | says | <
"That kind of Democrat has been disappearing out here for thirty years."
  > named_official | barrow | Barrow | - | *
The Democratic Party of Georgia declined to make its chairwoman available for an interview.
  > declined_comment | dpg | The Democratic Party of Georgia | declined to make its chairwoman available for an interview | - | resp=declined
In a statement, the party said Vance had "chosen a title over the people who elected her."
  > named_organization | dpg | the party | said | >

Back at the co-op, beside a Formica counter said to be older than the store's manager, a woman in scrubs waits until the men have gone.
She is Tamika Reese, a nurse at the county's only clinic, and she says she has voted for Vance three times and will not do it again.
  > named_person | reese | she | says | >
Vance listens, nods and hands her a card with the office number on it.

@excluded
This article appears in the May issue of Southern Statehouse magazine.
Photographs by Dana Whitley for Southern Statehouse.
''')

ARTICLES.append(r'''
@id aj-senate-parliamentarian-ruling-drug-pricing
@style senate_parliamentarian_ruling
Parliamentarian strikes Medicare drug-price expansion from budget bill, Senate budget chief says
  > named_official | ebbing | Senate budget chief | says | <

WASHINGTON -- The Senate parliamentarian has ruled that a provision allowing Medicare to negotiate prices for 20 more drugs cannot stay in Democrats' party-line budget bill, Senate Budget Committee Chairman Marcus Ebbing said Friday.
  > named_official | ebbing | Senate Budget Committee Chairman Marcus Ebbing | said Friday | <
The ruling by the parliamentarian, Elizabeth Voight, means the provision would need 60 votes to pass, rather than a simple majority.
Democrats hold 51 seats in the Senate.
The parliamentarian's office, which by custom does not discuss its rulings, declined to comment.
  > declined_comment | parl-office | The parliamentarian's office | declined to comment | - | resp=declined
Ebbing, a Michigan Democrat, said his staff would rewrite the provision to meet the chamber's rules.
  > named_official | ebbing | Ebbing, a Michigan Democrat | said | >
"We've been here before, and we'll have a new draft by Monday," Ebbing told reporters.
  > named_official | ebbing | Ebbing | told reporters | <
He added that the drug provision "is not going anywhere, one way or another."
  > named_official | ebbing | He | added | >
Sen. Lyle Harwood of Texas, the committee's top Republican, had argued that the provision's effect on the budget was "merely incidental" to its policy goals, the test under the chamber's Byrd rule.
  > named_official | harwood | Sen. Lyle Harwood of Texas, the committee's top Republican | had argued | >
Harwood said in a statement Friday that the ruling "confirms what we said from the start."
  > named_official | harwood | Harwood | said in a statement Friday | >
A Senate Republican aide familiar with the process said GOP staff expect rulings on at least four more provisions next week.
  > anonymous_official | gop-aide | A Senate Republican aide familiar with the process | said | >
Other provisions, including a cap on insulin costs, are still under review, according to a Democratic aide who was not authorized to discuss the process publicly.
  > anonymous_official | dem-aide | a Democratic aide | according to | < | anon=who was not authorized to discuss the process publicly
The Congressional Budget Office estimated last month that the drug provision would save the government $112 billion over 10 years.
  > named_organization | cbo | The Congressional Budget Office | estimated last month | >
The Pharmaceutical Research Alliance, the drug industry's main lobbying group, said the ruling was "a win for patients who depend on new cures."
  > named_organization | pra | The Pharmaceutical Research Alliance, the drug industry's main lobbying group | said | >
Majority Leader Carol Fenwick had hoped to pass the bill before the August recess.
  > named_official | fenwick | Majority Leader Carol Fenwick | had hoped | to pass the bill before the August recess | nosrc
Her office did not immediately respond to a request for comment on whether that timeline still held.
  > declined_comment | fenwick-office | Her office | did not immediately respond to a request for comment | - | resp=no_response
The review process is known on Capitol Hill as the "Byrd bath," after the late Sen. Robert C. Byrd of West Virginia, who wrote the rule.
The Hill Dispatch first reported the ruling on Friday morning.
  > media_report | dispatch | The Hill Dispatch | first reported | the ruling

@excluded
Copyright 2025 Capital Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
''')

ARTICLES.append(r'''
@id aj-child-welfare-director-firing-carson-city
@style child_welfare_director_firing
Gov. Tuck fires child welfare chief, says agency "failed" two children who died
  > named_official | tuck | Gov. Tuck | says | agency "failed" two children who died

CARSON CITY, Nev. -- Gov. Marianne Tuck fired the director of Nevada's Division of Child and Family Services on Tuesday, telling reporters at a hastily called news conference that the agency had "failed, plainly and repeatedly" two foster children who died this spring.
  > named_official | tuck | Gov. Marianne Tuck | telling reporters at a hastily called news conference | >
The director, Paul Whitaker, had led the division since 2021.
Tuck said she asked for his resignation Monday night and fired him when he refused.
  > named_official | tuck | Tuck | said | >
"I am not going to stand at this podium and tell you this was bad luck," Tuck said.
  > named_official | tuck | Tuck | said | <
"Two children are dead, and the people we pay to protect them missed every warning sign."
  > named_official | tuck | Tuck | - | *

The children, a 3-year-old boy in Las Vegas and a 9-year-old girl in Elko, died six weeks apart, according to the state's preliminary fatality reviews, which Tuck released at the news conference.
  > document | reviews | the state's preliminary fatality reviews | according to | <
The reviews found that caseworkers had not visited either home in the 90 days before the deaths, as state policy requires.
  > document | reviews | The reviews | found | >
Whitaker said in a phone interview after the news conference that he had warned the governor's office in January that the division was 140 caseworkers short.
  > named_official | whitaker | Whitaker | said in a phone interview | that he had warned the governor's office in January that the division was 140 caseworkers short
"I told them in writing," he said.
  > named_official | whitaker | he | said | <
"They can check their email."
  > named_official | whitaker | he | - | *
A Jan. 12 memo from Whitaker to Tuck's chief of staff, obtained by News 8, warns that caseloads in Clark County had reached "unsafe levels."
  > document | memo | A Jan. 12 memo from Whitaker to Tuck's chief of staff, obtained by News 8 | warns | >
Asked about the memo, Tuck said she had read it and had approved money for 60 new positions in March.
  > named_official | tuck | Tuck | said | >
Her spokesman, Jordan Ames, said later that the governor's office receives "dozens of memos like it" from agency heads every year.
  > named_official | ames | Her spokesman, Jordan Ames | said | that the governor's office receives "dozens of memos like it" from agency heads every year

Deputy Director Sandra Kim will run the division until a permanent director is hired, Tuck said.
  > named_official | tuck | Tuck | said | <
Kim could not be reached Tuesday.
  > declined_comment | kim | Kim | could not be reached Tuesday | - | resp=unreachable
State Sen. Roberta Nakamura, a Democrat who chairs the Health and Human Services Committee, said she would hold a hearing on the deaths in May.
  > named_official | nakamura | State Sen. Roberta Nakamura, a Democrat who chairs the Health and Human Services Committee | said | >
Some foster parents who came to the news conference said they had complained for years about caseworkers who never called back.
  > anonymous_other | foster-parents | Some foster parents who came to the news conference | said | >
One of them, Dana Foley of Henderson, who has fostered 11 children since 2016, said a caseworker was assigned to her home for six months "and never once came inside."
  > named_person | foley | One of them, Dana Foley of Henderson | said | >
The Nevada State Employees Association, which represents caseworkers, said in a statement that firing one director "will not hire one more caseworker."
  > named_organization | nsea | The Nevada State Employees Association | said in a statement | >

@excluded
Copyright 2025 News 8 Reno. All rights reserved.
Download the News 8 app for breaking news alerts.
See a typo? Report it here.
''')

ARTICLES.append(r'''
@id aj-senator-exit-interview-kessling
@style senator_exit_interview
Kessling, leaving the Senate after 24 years, says the chamber has forgotten how to argue
  > named_official | kessling | Kessling | says | the chamber has forgotten how to argue

OMAHA, Neb. -- Sen. Dorothy Kessling keeps a framed roll-call tally on the wall of her Omaha office: a 1996 farm bill vote that passed by a single vote, hers.
She says she looks at it when she needs to remember why she ran.
  > named_official | kessling | She | says | >
In an interview Friday, her first since announcing in March that she would not seek a fifth term, Kessling, 71, said the Senate had become "a place where people give speeches to cameras instead of to each other."
  > named_official | kessling | Kessling, 71 | announcing | that she would not seek a fifth term
  > named_official | kessling | Kessling, 71 | said | >
"When I got here, you could lose an argument on the floor and win it in the cloakroom," she said.
  > named_official | kessling | she | said | <
"Now nobody loses, because nobody argues."
  > named_official | kessling | she | - | *

Kessling declined to say whom she would support in the Republican primary to succeed her.
  > declined_comment | kessling | Kessling | declined to say whom she would support in the Republican primary to succeed her | - | resp=declined
The Lincoln Journal-Courier reported last month that two of the candidates had courted her chief of staff for an endorsement.
  > media_report | journal-courier | The Lincoln Journal-Courier | reported last month | >
The field includes Nebraska Attorney General Wes Pryor and state Treasurer Ann Hollis.
Pryor's campaign said in a statement that Kessling's endorsement was "hers to give" and that Pryor "respects her service."
  > named_organization | pryor-campaign | Pryor's campaign | said in a statement | >
A spokeswoman for Hollis did not return a call.
  > declined_comment | hollis-campaign | A spokeswoman for Hollis | did not return a call | - | resp=no_response

Kessling spent much of the hour-long conversation on the deals she regrets.
The one she regrets most, she said, is her 2013 vote against a bipartisan immigration bill, which she said she cast under pressure from party leaders.
  > named_official | kessling | she#2 | said#1 | The one she regrets most ;; is her 2013 vote against a bipartisan immigration bill
  > named_official | kessling | she#3 | said#2 | she cast under pressure from party leaders
Her former chief of staff, Carl Mendez, now a lobbyist in Washington, said in a separate interview that she had made up her mind "a week before leadership ever called."
  > named_official | mendez | Her former chief of staff, Carl Mendez | said in a separate interview | >
Told of his account, Kessling laughed.
"Carl has a better memory than I do, and a more flattering one," she said.
  > named_official | kessling | she | said | <

A Plains Research poll of 800 Nebraska voters, released in April, found that 58 percent approved of Kessling's job performance, including 41 percent of Democrats.
  > document | poll | A Plains Research poll of 800 Nebraska voters, released in April | found | >
John Reiter, who directs the poll, said her numbers among Democrats were "close to unheard of for a Republican in this state."
  > named_person | reiter | John Reiter, who directs the poll | said | >
Some conservative activists say she is leaving just in time.
  > anonymous_other | activists | Some conservative activists | say | >
"She voted with the other side on every bill that mattered," said Marla Quist, who chairs the Republican Party in Sarpy County.
  > named_official | quist | Marla Quist, who chairs the Republican Party in Sarpy County | said | <
Kessling said she plans to teach a semester at the University of Nebraska at Kearney and to "sleep past 5 for the first time since Reagan."
  > named_official | kessling | Kessling | said | >
Her last day in office is Jan. 3.

@excluded
Comments are closed on this article.
Photo: Sen. Dorothy Kessling in her Omaha office on Friday. (Omaha Herald photo)
''')

ARTICLES.append(r'''
@id aj-dark-money-ballot-measure-colorado-rent
@style dark_money_ballot_measure
Nonprofit bankrolling Colorado rent-law repeal got its money from three landlord firms, records show
  > document | records | records | show | <

DENVER -- A nonprofit that has given $4.1 million to the campaign to repeal Colorado's new rent-stabilization law received nearly all of its money from three of the state's largest apartment owners, according to tax and bank records reviewed by the Front Range Ledger.
  > document | records | tax and bank records reviewed by the Front Range Ledger | according to | <
The group, Coloradans for Housing Freedom, is organized as a social welfare nonprofit and does not have to disclose its donors under state law.
Its 2024 tax return, which nonprofits must provide to the public on request, shows $3.9 million in contributions from three donors whose names are blacked out.
  > document | tax-return | Its 2024 tax return, which nonprofits must provide to the public on request | shows | >
Bank records filed as exhibits in an unrelated lawsuit in Denver District Court show wire transfers in matching amounts from three property management companies: Summit Peak Residential, Larkspur Living and Aurora Gate Properties.
  > document | bank-records | Bank records filed as exhibits in an unrelated lawsuit in Denver District Court | show | >
Two people familiar with the repeal campaign's finances, who spoke on the condition of anonymity because the donors had been promised confidentiality, confirmed that the three companies were the nonprofit's donors.
  > anonymous_familiar | familiar | Two people familiar with the repeal campaign's finances | confirmed | > | anon=who spoke on the condition of anonymity because the donors had been promised confidentiality

Summit Peak's chief executive, Drew Malloy, acknowledged in a brief phone interview that his company had "supported the effort" but said he did not know how much it had given.
  > named_official | malloy | Summit Peak's chief executive, Drew Malloy | acknowledged in a brief phone interview | that his company had "supported the effort"
  > named_official | malloy | Summit Peak's chief executive, Drew Malloy | said | he did not know how much it had given
Larkspur Living declined to comment.
  > declined_comment | larkspur | Larkspur Living | declined to comment | - | resp=declined
Aurora Gate Properties did not respond to emails and phone messages over two weeks.
  > declined_comment | aurora-gate | Aurora Gate Properties | did not respond to emails and phone messages over two weeks | - | resp=no_response
The nonprofit's president, Celia Navarro, said in a written statement that the group "follows every law on the books" and that its donors "have a constitutional right to give privately."
  > named_official | navarro | The nonprofit's president, Celia Navarro | said in a written statement | >

Campaign finance reports filed with the secretary of state show that the nonprofit is the repeal campaign's largest donor, accounting for 83 percent of the $4.9 million it has raised.
  > document | sos-reports | Campaign finance reports filed with the secretary of state | show | >
Colorado law requires groups that spend on ballot measures to disclose donors who give for that purpose, but not donors whose money was not earmarked for politics, said Jenna Whitcombe, a campaign finance lawyer in Boulder who has represented candidates of both parties.
  > named_person | whitcombe | Jenna Whitcombe, a campaign finance lawyer in Boulder who has represented candidates of both parties | said | <
"That's the loophole, and you could drive a moving truck through it," Whitcombe said.
  > named_person | whitcombe | Whitcombe | said | <
She noted that the state's disclosure rules were last rewritten in 2019, before any statewide ballot measure had drawn this much nonprofit money.
  > named_person | whitcombe | She | noted | >
The secretary of state's office said it received a complaint about the nonprofit in July and is reviewing it.
  > named_organization | sos | The secretary of state's office | said | >
A state elections official, who was not authorized to discuss the complaint, said the review is unlikely to be finished before the election.
  > anonymous_official | elections-official | A state elections official | said | > | anon=who was not authorized to discuss the complaint

Keep Colorado Home, the campaign defending the law, has raised about $600,000, most of it from labor unions, its own filings show.
  > document | kch-filings | its own filings | show | <
Some tenant advocates have accused the landlord companies of hiding behind the nonprofit to avoid a public fight.
  > anonymous_other | advocates | Some tenant advocates | have accused | the landlord companies of hiding behind the nonprofit to avoid a public fight
Denver Metro Weekly reported in August that the nonprofit shares an office suite with a lobbying firm that represents Summit Peak.
  > media_report | metro-weekly | Denver Metro Weekly | reported in August | >
Malloy called the shared office "a coincidence of cheap rent."
  > named_official | malloy | Malloy | called | the shared office "a coincidence of cheap rent."
The repeal measure, Proposition 141, will be on the November ballot.

@excluded
The Front Range Ledger is a nonprofit newsroom. Support our investigations with a tax-deductible donation.
Have a tip? Reach our reporters securely on Signal.
''')

ARTICLES.append(r'''
@id aj-mail-delivery-slowdown-eastern-montana
@style mail_delivery_slowdown
Rural Montanans say their mail has slowed since the Postal Service moved sorting to Spokane
  > anonymous_other | residents | Rural Montanans | say | >

Ranchers and small-business owners across eastern Montana say letters that once arrived in a day or two now take a week or longer.
  > anonymous_other | residents | Ranchers and small-business owners across eastern Montana | say | >
The slowdown began last fall, when the U.S. Postal Service stopped processing outgoing mail in Billings and began trucking it about 500 miles to a regional center in Spokane, Washington.
Cheryl Dahl runs a two-person insurance agency in Miles City.
She says premium checks from her customers now take nine days, on average, to reach an office across town.
  > named_person | dahl | She | says | >
"I had a customer's policy lapse because his check sat in a truck somewhere in Idaho," Dahl says.
  > named_person | dahl | Dahl | says | <

Postal Service data for the agency's Big Sky district show that 61 percent of first-class mail arrived on time in the first three months of this year, down from 88 percent a year earlier.
  > document | usps-data | Postal Service data for the agency's Big Sky district | show | >
In a statement to Yellowstone Public Radio, the Postal Service says the change is part of a national plan to modernize its network and that on-time delivery is improving.
  > named_organization | usps | the Postal Service | says | >
The agency did not answer questions about how many jobs moved from Billings to Spokane.
  > declined_comment | usps | The agency | did not answer questions about how many jobs moved from Billings to Spokane | - | resp=no_response
Postmaster General Lewis Crane has said the network changes will save $3 billion a year.
  > named_official | crane | Postmaster General Lewis Crane | has said | >
In a letter to Crane in April, Sen. Ruth Haldane, a Republican, wrote that the move had "broken faith with the people who need the mail the most."
  > named_official | haldane | Sen. Ruth Haldane, a Republican | wrote | >
Her office says the agency's inspector general agreed last month to review the change.
  > named_organization | haldane-office | Her office | says | >

A postal clerk in Billings, who asked that her name not be used because employees are not allowed to talk to the media, says trucks leave for Spokane at 6 p.m. whether they are full or not.
  > anonymous_official | clerk | A postal clerk in Billings | says | > | anon=who asked that her name not be used because employees are not allowed to talk to the media
"Mail that misses the truck just sits here another day," she says.
  > anonymous_official | clerk | she | says | <
The local of the American Postal Workers Union in Billings did not respond to a request for comment.
  > declined_comment | apwu | The local of the American Postal Workers Union in Billings | did not respond to a request for comment | - | resp=no_response
Ellen Whitacre, an economist at Montana State University who studies rural infrastructure, says small towns feel postal delays more than cities do because more people there get prescriptions and paychecks by mail.
  > named_person | whitacre | Ellen Whitacre, an economist at Montana State University who studies rural infrastructure | says | >
She estimates that one in five households in eastern Montana still pays most bills by mail.
  > named_person | whitacre | She | estimates | >
Back in Miles City, Dahl says she has started telling customers to pay online.
  > named_person | dahl | Dahl | says | >
Some of them, she says, don't have internet good enough to do it.
  > named_person | dahl | she | says | Some of them ;; don't have internet good enough to do it

@excluded
Yellowstone Public Radio depends on listeners like you. Become a sustaining member today.
Listen to this story.
''')

ARTICLES.append(r'''
@id aj-sports-betting-legalization-texas-senate
@style sports_betting_legalization
Sports betting bill clears Senate panel, but House speaker says it's "dead on arrival"
  > named_official | boatwright | House speaker | says | it's "dead on arrival"

AUSTIN -- A bill that would let Texans bet legally on professional and college sports cleared the Senate State Affairs Committee 7-2 on Wednesday, the furthest such a measure has gotten at the Capitol.
The bill's author, Sen. Ray Almanza, R-Houston, said he had the votes to pass it on the Senate floor next week.
  > named_official | almanza | The bill's author, Sen. Ray Almanza, R-Houston | said | >
But House Speaker Clint Boatwright, R-Lubbock, said Thursday that the bill was "dead on arrival" in his chamber, where he decides which bills reach the floor.
  > named_official | boatwright | House Speaker Clint Boatwright, R-Lubbock | said Thursday | that the bill was "dead on arrival" in his chamber
Boatwright has blocked gambling bills in three straight sessions.

The measure is backed by the Texas Sports Integrity Coalition, which includes the state's 11 major league franchises and has spent $2.3 million on lobbying since January, according to Texas Ethics Commission filings.
  > document | tec-filings | Texas Ethics Commission filings | according to | <
Western Plains University football coach Dale Hutchins told reporters at his weekly news conference Monday that he worries about players being harassed by bettors who lose money.
  > named_official | hutchins | Western Plains University football coach Dale Hutchins | told reporters at his weekly news conference Monday | >
"I've had kids get messages at 2 in the morning telling them they cost somebody his rent," Hutchins said.
  > named_official | hutchins | Hutchins | said | <
Athletes at Western Plains have been told to report threatening messages to the school's compliance office.
Some athletic directors in the state privately support the bill because it would set aside part of the tax for athletes' mental-health programs, according to two people familiar with the discussions.
  > anonymous_familiar | familiar | two people familiar with the discussions | according to | <
One of the people said at least three Big 12 schools had lobbied senators to include that provision.
  > anonymous_familiar | familiar | One of the people | said | >

The Texas Family Policy Council, which opposes expanding gambling, argued in written testimony that legal sports betting would lead to more gambling addiction among young men.
  > named_organization | tfpc | The Texas Family Policy Council | argued in written testimony | >
Its president, Vernon Bell, testified that calls to gambling helplines in neighboring Louisiana tripled after that state legalized sports betting.
  > named_official | bell | Its president, Vernon Bell | testified | >
A February poll by the Lone Star Survey Center found that 58 percent of registered voters support legal sports betting.
  > document | poll | A February poll by the Lone Star Survey Center | found | >
Support was highest among voters under 35, said Maria Estrada, the center's director.
  > named_person | estrada | Maria Estrada, the center's director | said | <
Texans already wager an estimated $8 billion a year through offshore websites, according to the Gaming Research Institute, an industry-funded group.
  > named_organization | gri | the Gaming Research Institute, an industry-funded group | according to | <
A spokesman for Gov. Abel Garza said the governor would "review any bill that reaches his desk."
  > named_organization | garza-office | A spokesman for Gov. Abel Garza | said | >
Asked about the speaker's comments after the vote, Almanza shrugged.
"The speaker has buried this bill before, and it keeps coming back," he said.
  > named_official | almanza | he | said | <

@excluded
Follow our Texas sports coverage on X and Instagram.
Have a tip for the sports desk? Email us.
''')

ARTICLES.append(r'''
@id aj-congressional-town-hall-disruption-oshkosh
@style congressional_town_hall_disruption
No arrests at heated Vollmer town hall in Oshkosh, police say
  > named_organization | police | police | say | <

OSHKOSH, Wis. -- A town hall meeting held by U.S. Rep. Nate Vollmer ended 40 minutes early Tuesday night after audience members repeatedly shouted over him during a discussion of proposed Medicaid cuts.
About 300 people packed the meeting room at the Oshkosh Public Library, according to the library's director, Ruth Camden.
  > named_official | camden | the library's director, Ruth Camden | according to | <
Oshkosh police said no one was arrested or hurt.
  > named_organization | police | Oshkosh police | said | >
Officers escorted two men from the room after one of them was told to leave for using a bullhorn.
Vollmer, a second-term Republican, told the crowd he had not decided how he would vote on the House budget plan.
  > named_official | vollmer | Vollmer, a second-term Republican | told the crowd | >
"I'm here to listen, but I can't listen if nobody can hear," Vollmer said at one point.
  > named_official | vollmer | Vollmer | said | <
When he said Wisconsin's Medicaid program "has grown faster than we can afford," much of the room began booing.
  > named_official | vollmer | he | said | Wisconsin's Medicaid program "has grown faster than we can afford,"

Linda Kaufert, 67, a retired nurse from Neenah, said she drove to the meeting because her sister lives in a nursing home paid for by Medicaid.
  > named_person | kaufert | Linda Kaufert, 67, a retired nurse from Neenah | said | >
"He kept talking about efficiencies," Kaufert said.
  > named_person | kaufert | Kaufert | said | <
"My sister isn't an efficiency."
  > named_person | kaufert | Kaufert | - | *
Another man, who would give only his first name, Tom, said he had voted for Vollmer twice and thought the crowd had been "rude and organized."
  > named_person | tom | Another man, who would give only his first name, Tom | said | >

Vollmer's office said in a statement after the event that "paid activists from outside the district" had disrupted the meeting.
  > named_organization | vollmer-office | Vollmer's office | said in a statement | that "paid activists from outside the district" had disrupted the meeting
The office did not respond when WFVT asked for evidence to support that claim.
  > declined_comment | vollmer-office | The office | did not respond | - | resp=no_response
Fox Valley Forward, a progressive group that promoted the town hall on social media, said its members were local and unpaid.
  > named_organization | fvf | Fox Valley Forward, a progressive group that promoted the town hall on social media | said | >
Vollmer won the seat by 4 points in 2024, according to state election records, and national Democrats have put it on their list of targets for next year.
  > document | election-records | state election records | according to | Vollmer won the seat by 4 points in 2024
One Republican strategist in the Fox Valley, who asked not to be named so he could speak freely about a sitting congressman, said Vollmer "walked into a buzz saw he should have seen coming."
  > anonymous_other | strategist | One Republican strategist in the Fox Valley | said | > | anon=who asked not to be named so he could speak freely about a sitting congressman
Vollmer has two more town halls scheduled this month, in Fond du Lac and Appleton.
His office said both would go ahead as planned.
  > named_organization | vollmer-office | His office | said | >

@excluded
Copyright 2025 WFVT. All rights reserved.
Download the WFVT 9 News app for alerts.
Click here to report a typo.
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
