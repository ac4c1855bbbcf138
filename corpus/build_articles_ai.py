"""Build corpus/articles/ai.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, all international and foreign news in non-US English (British, Australian, Indian,
Canadian and European conventions: "said on Tuesday", "told AFP", "Mr"/"Ms"/"Dr" without a
period, "per cent", "programme", "a government spokesman said", "according to state media"):
cabinet_reshuffle_leak (Australian press-gallery copy), red_notice_fugitive (Indian wire copy
with a "New Delhi, Mar 4 (PNA)" dateline that is not an all-caps dateline),
eu_accession_talks (Brussels policy trade press with a standfirst and a subhead),
leader_health_secrecy (French-wire style copy ending in the agency's slug), tournament_host_bid
(a Scottish sports desk), journalist_detention (a Canadian public-radio website in the present
tense), auditor_resignation (an Indian business desk with a subhead), exported_medicine_contamination
(a non-profit investigative newsroom, with a correction note in the footer),
elective_surgery_backlog (a British regional news website with photo credit and comment count
in the footer), defamation_trial (an Australian court reporter), human_rights_court_judgment (an
explainer under question subheads) and privatisation_tender (maritime trade press).
Half lean on anonymous sources (officials with and without a stated reason for anonymity,
diplomats, "senior government sources", "a source close to the talks", people familiar with a
matter, "It is understood", "some residents", "legal experts say"); the rest on documents
(filings, a resignation letter, laboratory records, an email, a judgment and its dissent, NHS
figures, text messages tendered in court, an IMF staff report), state and other media reports
(including "DNA quoted X as saying", typed by the outermost source) and non-answers of all
three kinds. Sources described first and named later, a pronoun "It" for a judgment or a
department, joint sources ("two Western diplomats and a person close to the family") sharing
one cue, headline attributions that repeat a body source, content split around the cue, quotes
over several sentences. Things that are not attributions are left unannotated: "said to be",
"told to leave", "called for" (in the sense of "required"), "declined to be named", "could not
independently confirm", "Here is what the judgment says"; reporter's-voice plans and hopes are
marked not sourcing. Workplace staff speaking about their own workplace (theatre nurses, former
plant employees) are typed as anonymous officials, lawyers and barristers as officials,
experts, witnesses, patients and relatives as persons.
Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_ai.py [--render]
     python corpus/build_articles_ai.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "ai.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id ai-cabinet-reshuffle-canberra
@style cabinet_reshuffle_leak
Tolland set to dump Vale from resources in pre-Christmas reshuffle, senior sources say
  > anonymous_official | senior-sources | senior sources | say | Tolland set to dump Vale from resources in pre-Christmas reshuffle

CANBERRA -- Prime Minister Graham Tolland is preparing to move Resources Minister Kirsten Vale to a junior portfolio in a reshuffle expected before parliament rises next week, according to three senior government sources.
  > anonymous_official | senior-sources | three senior government sources | according to | <
The sources, who spoke on condition of anonymity because the changes have not been finalised, said Ms Vale had been told of the decision at a meeting in the prime minister's office on Monday night.
  > anonymous_official | senior-sources | The sources | said | > | anon=who spoke on condition of anonymity because the changes have not been finalised
Ms Vale's office declined to comment on Tuesday.
  > declined_comment | vale-office | Ms Vale's office | declined to comment | - | resp=declined
A spokesman for the prime minister said Mr Tolland "does not comment on speculation about the ministry" and had full confidence in all of his ministers.
  > named_organization | pmo | A spokesman for the prime minister | said | >

The move, if it goes ahead, would end a difficult 18 months for Ms Vale, who has clashed with the Treasurer, Jim Castellan, over a proposed levy on iron ore exports and presided over the government's worst by-election result in Western Australia in two decades.

Two government backbenchers said the prime minister had been urged by senior colleagues to act before the summer break rather than face months of destabilising leaks.
  > anonymous_official | backbenchers | Two government backbenchers | said | >
"It's been coming since Kalgoorlie," one of them said.
  > anonymous_official | backbenchers | one of them | said | <
"Everyone in the building knew it, including her."
  > anonymous_official | backbenchers | one of them | - | *
Ms Vale is expected to be replaced by the Assistant Minister for Northern Australia, Rhys Kanahele, a close ally of Mr Castellan, the sources said.
  > anonymous_official | senior-sources | the sources | said | <
Mr Kanahele did not respond to calls and text messages.
  > declined_comment | kanahele | Mr Kanahele | did not respond to calls and text messages | - | resp=no_response
The reshuffle is also likely to include the promotion of at least two women from the backbench, a person familiar with the prime minister's thinking said.
  > anonymous_familiar | pm-thinking | a person familiar with the prime minister's thinking | said | <

Opposition Leader Marcus Delaney told reporters in Perth the government was "a rabble" and that West Australians would not be fooled by "a change of deckchairs".
  > named_official | delaney | Opposition Leader Marcus Delaney | told reporters in Perth | >
Mr Delaney said the Coalition would release its own resources policy in February.
  > named_official | delaney | Mr Delaney | said | >

Industry groups were more measured.
Fiona Marr, the chief executive of the Western Resources Council, said in a statement that Ms Vale had "worked hard for the sector" but that the industry needed "certainty, not another new face at the table".
  > named_official | marr | Fiona Marr, the chief executive of the Western Resources Council | said in a statement | >
"She never understood that we were the ones paying for lunch," said one mining executive, who asked not to be named because his company is negotiating with the government over a rail project.
  > anonymous_official | mining-exec | one mining executive | said | < | anon=who asked not to be named because his company is negotiating with the government over a rail project

The Sunday Examiner reported last month that Mr Castellan had privately urged the prime minister to move Ms Vale.
  > media_report | examiner | The Sunday Examiner | reported last month | >
A spokeswoman for Mr Castellan said on Tuesday the report was "wrong" and that the Treasurer and Ms Vale "work well together".
  > named_organization | castellan-office | A spokeswoman for Mr Castellan | said on Tuesday | >

Ms Vale, the member for Swan Ridge, has held the resources portfolio since the government was elected in 2022.
Speaking at a mining conference in Fremantle last week, she said she intended to "finish the job" on the export levy.
  > named_official | vale | she | said | >
Asked on Tuesday morning whether she expected to keep her job, Ms Vale told a Perth radio station: "That is a matter for the prime minister."
  > named_official | vale | Ms Vale | told a Perth radio station | >
The prime minister is expected to announce the changes on Friday, with new ministers to be sworn in at Government House on Monday.
@excluded
Get the day's political news in your inbox. Sign up for the Canberra Briefing newsletter.
Comments are closed on this article.
''')

ARTICLES.append(r'''
@id ai-red-notice-fugitive-jeweller
@style red_notice_fugitive
CBI moves Interpol for red notice against fugitive jeweller Mehra, officials say
  > anonymous_official | cbi-officials | officials | say | CBI moves Interpol for red notice against fugitive jeweller Mehra

New Delhi, Mar 4 (PNA) The Central Bureau of Investigation (CBI) has asked Interpol to issue a red notice against fugitive jeweller Harshvardhan Mehra, wanted in a Rs 3,400-crore bank loan fraud case, officials said on Tuesday.
  > anonymous_official | cbi-officials | officials | said on Tuesday | The Central Bureau of Investigation (CBI) has asked Interpol to issue a red notice against fugitive jeweller Harshvardhan Mehra, wanted in a Rs 3,400-crore bank loan fraud case
The request was sent through the agency's Interpol liaison unit last week after a special court in Mumbai issued a non-bailable warrant against Mehra, they said.
  > anonymous_official | cbi-officials | they | said | <
Mehra, 52, left India for Dubai in August 2023, weeks before a consortium of 11 public sector banks declared the accounts of his company fraudulent, according to the CBI's first information report (FIR).
  > document | fir | the CBI's first information report (FIR) | according to | <
The FIR accuses Mehra and four directors of Mehra Gems and Jewels Pvt Ltd of diverting loans meant for gold imports to shell companies in Hong Kong and Dubai.
  > document | fir | The FIR | accuses | >

A senior CBI officer, who did not wish to be named, said the agency had "credible information" about Mehra's whereabouts in the UAE and had shared it with authorities there.
  > anonymous_official | cbi-officer | A senior CBI officer | said | >
"A red notice is not an arrest warrant, but it makes travel very difficult for him," the officer said.
  > anonymous_official | cbi-officer | the officer | said | <
The Enforcement Directorate (ED), which is conducting a parallel money-laundering probe, has attached assets worth Rs 610 crore linked to Mehra, including a bungalow in Mumbai's Juhu area and a farmhouse near Alibag, ED officials said.
  > anonymous_official | ed-officials | ED officials | said | <

Asked about the case at the weekly media briefing, External Affairs Ministry spokesperson Arvind Bhalla said India was "in touch with the UAE side" on the matter.
  > named_official | bhalla | External Affairs Ministry spokesperson Arvind Bhalla | said | >
"I would not like to go into the details of our conversations," he added.
  > named_official | bhalla | he | added | <
The UAE Embassy in New Delhi did not respond to an email seeking comment.
  > declined_comment | uae-embassy | The UAE Embassy in New Delhi | did not respond to an email seeking comment | - | resp=no_response

Mehra's counsel, senior advocate Rohan Kapadia, told PNA that his client was "not a fugitive" and had travelled abroad for medical treatment.
  > named_official | kapadia | Mehra's counsel, senior advocate Rohan Kapadia | told PNA | >
He said Mehra was willing to join the investigation by video conference and argued that the banks had declared the accounts fraudulent "without giving him a hearing".
  > named_official | kapadia | He | said | Mehra was willing to join the investigation by video conference
  > named_official | kapadia | He | argued | that the banks had declared the accounts fraudulent "without giving him a hearing"
Mehra himself could not be reached for comment.
  > declined_comment | mehra | Mehra himself | could not be reached for comment | - | resp=unreachable

According to a report in The Financial Chronicle last month, Mehra has applied for citizenship of a Caribbean island nation under a citizenship-by-investment scheme.
  > media_report | chronicle | a report in The Financial Chronicle last month | According to | >
Sources in the agency said the CBI was aware of the report but had not been able to verify it.
  > anonymous_official | cbi-sources | Sources in the agency | said | >
Mehra is said to be living in a rented villa in Dubai's Emirates Hills neighbourhood.

Interpol's website lists 69 red notices issued at India's request that are currently in force.
  > document | interpol-site | Interpol's website | lists | >
Red notices are requests to law enforcement agencies worldwide to locate and provisionally arrest a person pending extradition.
The case is among several large bank frauds in which the accused left the country before charges were filed.
In a written reply in the Lok Sabha in December, the finance ministry said public sector banks had classified 1,120 loan accounts as fraudulent in the previous financial year.
  > named_organization | finance-ministry | the finance ministry | said | >
The special court will next hear the matter on March 21.
@excluded
(This story has not been edited by our staff and is auto-generated from a syndicated feed.)
''')

ARTICLES.append(r'''
@id ai-eu-accession-talks-vardania
@style eu_accession_talks
Vardania's EU bid stalls as capitals balk at opening new chapters

Two member states want firmer guarantees on judicial independence before talks move on, diplomats say
  > anonymous_official | diplomats | diplomats | say | Two member states want firmer guarantees on judicial independence before talks move on

BRUSSELS -- EU member states are set to postpone the opening of the next two negotiating clusters with Vardania until at least the autumn, four EU diplomats told Europa Dispatch, in a blow to the government in Toria, which had hoped to wrap up talks by 2028.
  > anonymous_official | diplomats | four EU diplomats | told Europa Dispatch | <
  > named_organization | vardania-gov | the government in Toria | had hoped | to wrap up talks by 2028 | nosrc
A decision requires unanimity among the 27, and at least two capitals have made clear they will not agree to move forward at the General Affairs Council on 24 June, the diplomats said.
  > anonymous_official | diplomats | the diplomats | said | <
They spoke on condition of anonymity because discussions among ambassadors are confidential.

According to a draft of the council conclusions seen by Europa Dispatch, member states "take note of the progress achieved" but call on Toria to "deliver tangible results" on judicial independence and the fight against organised crime.
  > document | draft | a draft of the council conclusions seen by Europa Dispatch | According to | >
The draft, dated 3 June, says only that the council will "revert to the matter" before the end of the year.
  > document | draft | The draft, dated 3 June | says | that the council will "revert to the matter" before the end of the year

One senior EU official said the objections centred on a law passed in March that gives Vardania's justice minister a say in appointing court presidents.
  > anonymous_official | eu-official | One senior EU official | said | >
"Nobody is saying Vardania is going backwards," the official said.
  > anonymous_official | eu-official | the official | said | <
"But nobody can say it is going forwards either, and that is a problem when you are asking for a seat at the table."
  > anonymous_official | eu-official | the official | - | *

Commission spokesperson Paolo Serrani said enlargement was "a merit-based process" and that the Commission stood by its assessment, published in October, that Vardania had "met the conditions" to open the clusters.
  > named_official | serrani | Commission spokesperson Paolo Serrani | said | >
He declined to comment on the positions of individual member states.
  > declined_comment | serrani | He | declined to comment | - | resp=declined
The October report found that Vardania had aligned 61 per cent of its legislation with EU rules, up from 48 per cent two years earlier.
  > document | commission-report | The October report | found | >

Frustration in Toria

Vardania's ambassador to the EU, Ilir Marashi, said in an interview that his government had "done everything that was asked of us, and more".
  > named_official | marashi | Vardania's ambassador to the EU, Ilir Marashi | said in an interview | >
He warned that further delay would "hand a gift" to parties at home that oppose membership, which are polling at about 30 per cent ahead of elections next spring.
  > named_official | marashi | He | warned | that further delay would "hand a gift" to parties at home that oppose membership
A source close to the Vardanian negotiating team said Prime Minister Elena Rusev was considering visits to both capitals before the June meeting to make her case in person.
  > anonymous_familiar | team-source | A source close to the Vardanian negotiating team | said | >
Asked which member states were holding out, a spokesperson for the Council's rotating presidency said it did not comment on discussions between member states.
  > declined_comment | presidency | a spokesperson for the Council's rotating presidency | did not comment on discussions between member states | - | resp=declined

Some analysts say the hold-up reflects a broader fatigue with enlargement in western capitals.
  > anonymous_other | analysts | Some analysts | say | >
Katarzyna Wolska, a senior fellow at the Brussels-based Centre for Enlargement Studies, said the dispute was "less about Vardania than about the credibility of the whole process".
  > named_person | wolska | Katarzyna Wolska, a senior fellow at the Brussels-based Centre for Enlargement Studies | said | >
"If the rules change every time a candidate meets them, candidates will stop trying," she said.
  > named_person | wolska | she | said | <

Vardanian public broadcaster VRT reported on Monday evening that Ms Rusev had spoken by phone with the president of the European Council, without giving details of the call.
  > media_report | vrt | Vardanian public broadcaster VRT | reported on Monday evening | that Ms Rusev had spoken by phone with the president of the European Council
The European Council president's office did not respond to a request for comment.
  > declined_comment | ec-president | The European Council president's office | did not respond to a request for comment | - | resp=no_response
Vardania applied for membership in 2019 and formally opened accession negotiations in 2023.
@excluded
This article is part of Europa Dispatch's Enlargement Watch. Subscribe for weekly updates.
Read more: Commission outlines reform road map for candidate countries
''')

ARTICLES.append(r'''
@id ai-leader-health-secrecy-dalmoria
@style leader_health_secrecy
Dalmoria president treated abroad, diplomats say, as state TV airs old footage
  > anonymous_official | diplomats | diplomats | say | Dalmoria president treated abroad

SEREN -- Dalmorian President Aurel Vantu, who has not been seen in public for 19 days, was flown to a private clinic in Switzerland last week for treatment of a heart condition, two Western diplomats and a person close to the presidential family told AFP.
  > anonymous_official | diplomats | two Western diplomats | told AFP | Dalmorian President Aurel Vantu, who has not been seen in public for 19 days, was flown to a private clinic in Switzerland last week for treatment of a heart condition
  > anonymous_familiar | family-source | a person close to the presidential family | told AFP | Dalmorian President Aurel Vantu, who has not been seen in public for 19 days, was flown to a private clinic in Switzerland last week for treatment of a heart condition
Vantu, 74, underwent surgery on Saturday and is in stable condition, the person said, speaking on condition of anonymity because the family has asked those around it not to discuss the president's health.
  > anonymous_familiar | family-source | the person | said | < | anon=speaking on condition of anonymity because the family has asked those around it not to discuss the president's health
The presidency has not acknowledged that Vantu is ill.

On Tuesday evening, state television channel Dalmoria 1 broadcast footage of the president chairing a meeting of his security council, which it said had taken place that morning.
  > media_report | dalmoria1 | it | said | which ;; had taken place that morning
But opposition activists quickly pointed out that Vantu wore the same tie and lapel pin as at a meeting broadcast in early March, and that a wall calendar behind him showed February.
  > anonymous_other | activists | opposition activists | pointed out | >
AFP could not independently establish when the footage was filmed.
The state news agency DNA quoted presidential spokesman Iosif Maran as saying the president was "working normally" and that reports about his health were "fantasies of foreign-funded websites".
  > media_report | dna | The state news agency DNA | quoted | >
Maran did not answer repeated calls from AFP on Wednesday.
  > declined_comment | maran | Maran | did not answer repeated calls from AFP on Wednesday | - | resp=no_response
The Swiss foreign ministry said it had "no information" about a visit by the Dalmorian leader and referred questions to the clinic, which it did not name.
  > named_organization | swiss-fm | The Swiss foreign ministry | said | it had "no information" about a visit by the Dalmorian leader

Vantu, who has ruled the country since 2006, has no designated successor.
Under the constitution, the speaker of parliament would serve as acting president for up to 90 days if the head of state were incapacitated.
But a senior official in the ruling National Renewal Party, who requested anonymity because he was not authorised to speak to foreign media, said Vantu's daughter, Deputy Prime Minister Irina Vantu-Rosca, had taken charge of day-to-day government business.
  > anonymous_official | party-official | a senior official in the ruling National Renewal Party | said | > | anon=who requested anonymity because he was not authorised to speak to foreign media
"Nothing moves now without her signature," the official said.
  > anonymous_official | party-official | the official | said | <
The president, the official added, "has not set foot in his office since the end of April."
  > anonymous_official | party-official | the official | added | The president ;; "has not set foot in his office since the end of April."
Vantu-Rosca chaired a cabinet meeting on Wednesday, according to state media.
  > media_report | state-media | state media | according to | <
Her office said she was "fully focused on her duties" and declined to answer questions about her father.
  > named_organization | vantu-rosca-office | Her office | said | she was "fully focused on her duties"
  > declined_comment | vantu-rosca-office | Her office | declined to answer questions about her father | - | resp=declined

In the capital, some residents said they had heard rumours about the president's health for months.
  > anonymous_other | residents | some residents | said | >
"Everybody knows, nobody says," said a taxi driver in central Seren who gave only his first name, Mihai, for fear of reprisals.
  > named_person | mihai | a taxi driver in central Seren who gave only his first name, Mihai | said | < | anon=for fear of reprisals
The International Monetary Fund said a mission that had been due in Seren next week had been postponed "at the request of the authorities".
  > named_organization | imf | The International Monetary Fund | said | >
Dalmoria's dollar bonds due 2031 fell to 71 cents on the dollar on Wednesday, their lowest level since 2022, according to market data.
  > document | market-data | market data | according to | <
From exile in Vilnius, the leader of the banned opposition Democratic Union, Stela Morar, wrote on Telegram that Dalmorians "have a right to know who is governing them".
  > named_official | morar | the leader of the banned opposition Democratic Union, Stela Morar | wrote on Telegram | >
Vantu was last seen in public on April 28, when he laid a wreath at the Tomb of the Unknown Soldier in Seren.
@excluded
vtr/ach/jm
''')

ARTICLES.append(r'''
@id ai-tournament-host-bid-glasgow
@style tournament_host_bid
Glasgow's world indoor bid in trouble as Lisbon gains ground, sources say
  > anonymous_familiar | sources | sources | say | Glasgow's world indoor bid in trouble as Lisbon gains ground

Glasgow's bid to host the 2031 World Indoor Championships is in serious trouble, with a majority of the International Athletics Union's ruling council now leaning towards Lisbon, several sources with knowledge of the council's deliberations have told Herald Sport.
  > anonymous_familiar | sources | several sources with knowledge of the council's deliberations | have told Herald Sport | <
The 26-member council will vote in Monaco on 14 November.
One council member, who asked not to be identified because members are bound by a confidentiality agreement, said Lisbon's offer to cover every team's travel costs had "changed the mood in the room".
  > anonymous_official | council-member | One council member | said | > | anon=who asked not to be identified because members are bound by a confidentiality agreement
"Glasgow has the better venue, everyone accepts that," he said.
  > anonymous_official | council-member | he | said | <
"But federations with no money look at a free flight and a free hotel, and that's the end of the conversation."
  > anonymous_official | council-member | he | - | *

It is understood that Scottish ministers were warned at a briefing last month that the bid was likely to fall short.
  > anonymous_other | understood | - | It is understood | >
A Scottish Government spokesman said: "Glasgow has put forward an outstanding bid and ministers remain fully committed to it."
  > named_organization | scot-gov | A Scottish Government spokesman | said | >
The spokesman would not comment on the briefing.
  > declined_comment | scot-gov | The spokesman | would not comment on the briefing | - | resp=declined

Bid chief executive Fraser McAulay insisted the campaign was "very much alive".
  > named_official | mcaulay | Bid chief executive Fraser McAulay | insisted | >
Speaking at the Emirates Arena on Thursday, McAulay said the bid team had met 19 of the 26 council members in person since the summer.
  > named_official | mcaulay | McAulay | said | >
"We're not naive," he added.
  > named_official | mcaulay | he | added | <
"We know where the money is in this sport."
  > named_official | mcaulay | he | - | *
"But we also know what we can deliver, and so do they."
  > named_official | mcaulay | he | - | *
Heavy rain on Thursday called for a change of plan at the arena, where the bid team had hoped to stage an outdoor photocall with schoolchildren.
  > named_organization | bid-team | the bid team | had hoped | to stage an outdoor photocall with schoolchildren | nosrc

Lisbon's bid is backed by the Portuguese government, which has pledged a guarantee said to be worth up to €40m.
The IAU's evaluation report, published last week, rated both bids "excellent" but noted that Glasgow's proposed dates clash with the European indoor season.
  > document | evaluation | The IAU's evaluation report, published last week | rated | both bids "excellent"
  > document | evaluation | The IAU's evaluation report, published last week | noted | that Glasgow's proposed dates clash with the European indoor season
An IAU spokeswoman said the council would decide "on the basis of the evaluation report and the presentations in Monaco" and declined to comment further.
  > named_organization | iau | An IAU spokeswoman | said | the council would decide "on the basis of the evaluation report and the presentations in Monaco"
  > declined_comment | iau | An IAU spokeswoman | declined to comment further | - | resp=declined
Portuguese sports daily Jornal da Pista reported on Wednesday that Lisbon's organisers had already begun planning a handover ceremony.
  > media_report | jornal | Portuguese sports daily Jornal da Pista | reported on Wednesday | >

Some in Scottish athletics believe the bid was undermined by last year's decision to cut funding for the city's indoor training centre.
  > anonymous_other | athletics | Some in Scottish athletics | believe | >
"It feels like the bid was put together for the council, not for the people who will actually run on that track," said Eilidh Baird, a former Commonwealth Games 800m bronze medallist.
  > named_person | baird | Eilidh Baird, a former Commonwealth Games 800m bronze medallist | said | <
Glasgow City Council leader Morag Dunbar did not respond to a request for comment.
  > declined_comment | dunbar | Glasgow City Council leader Morag Dunbar | did not respond to a request for comment | - | resp=no_response
@excluded
Get the Herald Sport newsletter: the best of Scottish sport, every weekday morning.
Have your say: should Glasgow keep bidding for major events? Join the debate below.
''')

ARTICLES.append(r'''
@id ai-journalist-detention-tarsia
@style journalist_detention
Canadian journalist held in Tarsia accused of spying, state media says
  > media_report | state-tv | state media | says | Canadian journalist held in Tarsia accused of spying

A Montreal journalist detained in Tarsia for more than three weeks has been charged with espionage, according to that country's state broadcaster, a charge her brother calls absurd.
  > media_report | state-tv | that country's state broadcaster | according to | A Montreal journalist detained in Tarsia for more than three weeks has been charged with espionage
  > named_person | brother | her brother | calls | a charge ;; absurd
Leila Haddad, 34, a freelance reporter who has written for several Canadian and European publications, was arrested on May 9 in the port city of Dorran, where she was covering a strike at a phosphate mine.
TNT, Tarsia's state television, said in its main evening newscast Tuesday that Haddad was "caught in the act" photographing a naval installation and had "confessed to working for a foreign intelligence service."
  > media_report | state-tv | TNT, Tarsia's state television | said in its main evening newscast Tuesday | >
The broadcaster does not say which country she is accused of working for.

Her brother, Karim Haddad, says the accusation is "completely invented."
  > named_person | brother | Her brother, Karim Haddad | says | >
"She was photographing miners holding signs," he says from the family's home in Laval, Que.
  > named_person | brother | he | says | <
"If that is spying, then every journalist in the world is a spy."
  > named_person | brother | he | - | *

Global Affairs Canada says it is "aware of the detention of a Canadian citizen in Tarsia" and that consular officials are "actively engaged" with local authorities.
  > named_organization | gac | Global Affairs Canada | says | >
A spokesperson, Geneviève Lortie, said in an email that privacy considerations prevent the department from sharing more details.
  > named_official | lortie | A spokesperson, Geneviève Lortie | said in an email | >
But a Canadian official with knowledge of the case, who was not authorized to speak publicly, says Canada's ambassador has been refused consular access to Haddad three times.
  > anonymous_official | ca-official | a Canadian official with knowledge of the case | says | > | anon=who was not authorized to speak publicly
The official says Ottawa has raised the case with Tarsia's foreign minister and is coordinating with at least two European governments.
  > anonymous_official | ca-official | The official | says | >
A person briefed on the consular efforts says Haddad has been allowed a single five-minute phone call to her family since her arrest.
  > anonymous_familiar | briefed | A person briefed on the consular efforts | says | >

A European diplomat in Meleck, who asked not to be named because of the sensitivity of the case, told Northern Public Radio that Tarsian authorities appear to be holding Haddad as "leverage" in a dispute with Ottawa over the extradition of a Tarsian businessman.
  > anonymous_official | eu-diplomat | A European diplomat in Meleck | told Northern Public Radio | > | anon=who asked not to be named because of the sensitivity of the case
The businessman, Omar Belkadi, is fighting extradition to Switzerland on fraud charges in an Ontario court.
Global Affairs Canada did not respond to a question about whether the two cases are linked.
  > declined_comment | gac | Global Affairs Canada | did not respond to a question about whether the two cases are linked | - | resp=no_response
Tarsia's embassy in Ottawa did not respond to requests for comment.
  > declined_comment | tarsia-embassy | Tarsia's embassy in Ottawa | did not respond to requests for comment | - | resp=no_response

Haddad's editor at The Long Table, a Toronto-based magazine, says she filed a draft of her story about the strike the night before her arrest.
  > named_official | editor | Haddad's editor at The Long Table, a Toronto-based magazine | says | >
"There was nothing in it about a navy, or a port, or anything military," says the editor, Simon Achterberg.
  > named_official | editor | the editor, Simon Achterberg | says | <
Two other foreign reporters covering the strike were told to leave Dorran the day after her arrest.
Press freedom groups say at least 11 journalists are currently jailed in Tarsia.
  > anonymous_other | press-groups | Press freedom groups | say | >
Tarsia ranks 161st of 180 countries, according to the latest press freedom index compiled by Reporters in Danger, a Paris-based group.
  > document | index | the latest press freedom index compiled by Reporters in Danger, a Paris-based group | according to | <

Karim Haddad says his sister's two children, aged 6 and 9, have been told only that she is "stuck at work."
  > named_person | brother | Karim Haddad | says | >
"My nephew asks me every night when the work will be finished," he says.
  > named_person | brother | he | says | <
"I don't know what to tell him."
  > named_person | brother | he | - | *
@excluded
Do you have information about this story? Email tips@northernpublicradio.ca.
Northern Public Radio is listener-supported. Donate today.
''')

ARTICLES.append(r'''
@id ai-auditor-resignation-kalinda-power
@style auditor_resignation
Auditor quits Kalinda Power citing "unanswered questions"; shares sink 18%
  > named_organization | auditor | Auditor | citing | "unanswered questions"

MUMBAI -- Shares of Kalinda Power Ltd fell as much as 18% on Wednesday after its statutory auditor resigned, saying the company had failed to explain ₹1,240 crore in payments to firms linked to its promoters.
  > named_organization | auditor | its statutory auditor | saying | >
In a resignation letter filed with the stock exchanges late on Tuesday, the auditor, Mehta Sarin & Associates, said it had sought documents relating to the payments on four occasions since January and received "no satisfactory response".
  > named_organization | auditor | the auditor, Mehta Sarin & Associates | said | >
The letter says the auditor was "unable to determine" whether the payments, made to three engineering contractors between 2022 and 2024, were for work actually carried out.
  > document | letter | The letter | says | >
Two of the contractors share a registered address in Navi Mumbai with a company owned by the promoter family's investment arm, according to Ministry of Corporate Affairs records reviewed by The Market Journal.
  > document | mca-records | Ministry of Corporate Affairs records reviewed by The Market Journal | according to | <

In a filing to the BSE and the National Stock Exchange on Wednesday morning, Kalinda Power said all the payments were made "in the ordinary course of business" and had been approved by its audit committee.
  > named_organization | kalinda | Kalinda Power | said | >
The company said it would appoint a new auditor within 30 days and "strongly disagrees" with the observations in the letter.
  > named_organization | kalinda | The company | said | >
Managing director Arjun Rathod did not take calls from The Market Journal.
  > declined_comment | rathod | Managing director Arjun Rathod | did not take calls from The Market Journal | - | resp=no_response
A company spokesperson said Rathod was travelling and would address investors on a conference call on Friday.
  > named_organization | kalinda | A company spokesperson | said | >
Kalinda Power, which runs 2.1 gigawatts of coal and solar capacity in Maharashtra and Gujarat, had ₹9,800 crore of debt at the end of March, according to its annual report.
  > document | annual-report | its annual report | according to | <

Lenders on alert

Two bankers at state-run lenders with exposure to the company said their banks had sought an explanation from Kalinda's management.
  > anonymous_official | bankers | Two bankers at state-run lenders with exposure to the company | said | >
They declined to be named because the matter is under review.
"Nobody is panicking yet, but an auditor walking out is never a small thing," one of the bankers said.
  > anonymous_official | bankers | one of the bankers | said | <
The Securities and Exchange Board of India (Sebi) is examining the resignation, a person aware of the development said.
  > anonymous_familiar | aware | a person aware of the development | said | <
Sebi did not respond to an emailed query.
  > declined_comment | sebi | Sebi | did not respond to an emailed query | - | resp=no_response
Sebi tightened its disclosure rules in 2019, requiring auditors who quit a listed company to give detailed reasons.
Data compiled by governance advisory firm Stakeholder Lens show that 38 auditors resigned from listed companies in the last financial year, up from 21 a year earlier.
  > document | lens-data | Data compiled by governance advisory firm Stakeholder Lens | show | >
Nandini Sule, a Mumbai-based forensic accountant who has no connection to the company, said the language of the letter was "unusually direct".
  > named_person | sule | Nandini Sule, a Mumbai-based forensic accountant who has no connection to the company | said | >
"Most auditors leave quietly and cite pre-occupation with other work," she said.
  > named_person | sule | she | said | <
"This one has practically drawn a map."
  > named_person | sule | she | - | *
The Market Journal reported in March that two independent directors had left Kalinda's board within a week of each other.
  > media_report | mj | The Market Journal | reported in March | >
Kalinda shares closed 14.6% lower at ₹212.40 on the NSE, wiping about ₹2,300 crore off the company's market value.
@excluded
Catch all the Business News, Market News, Breaking News Events and Latest News Updates on The Market Journal.
Download The Market Journal App to get Daily Market Updates.
''')

ARTICLES.append(r'''
@id ai-exported-medicine-contamination-lusenga
@style exported_medicine_contamination
Syrup linked to 41 child deaths in Lusenga failed tests at Indian plant months earlier, records show
  > document | lab-records | records | show | Syrup linked to 41 child deaths in Lusenga failed tests at Indian plant months earlier

A batch of paracetamol syrup linked to the deaths of at least 41 children in Lusenga had failed an in-house quality test at the factory in northern India where it was made, months before it was shipped, according to internal laboratory records obtained by Openwater.
  > document | lab-records | internal laboratory records obtained by Openwater | according to | <
The records show that a sample from batch VL-2208, tested in October 2023, contained diethylene glycol, an industrial solvent that can cause fatal kidney failure, at more than 20 times the permitted limit.
  > document | lab-records | The records | show | >
The batch was nevertheless cleared for export in January 2024, shipping documents show.
  > document | shipping-docs | shipping documents | show | <
The deaths, mostly of children under five, occurred in three districts of Lusenga's Eastern Province between March and June, according to the country's health ministry.
  > named_organization | lus-health | the country's health ministry | according to | <
The World Health Organization issued a medical product alert for the syrup, sold under the brand name Calmafen, in July.
The alert said laboratory analysis of samples from Lusenga had found "unacceptable amounts" of diethylene glycol and ethylene glycol.
  > document | who-alert | The alert | said | >

The manufacturer, Veridian Lifecare, has denied wrongdoing.
  > named_organization | veridian | The manufacturer, Veridian Lifecare | has denied | wrongdoing
In a statement posted on its website in July, the company said its products were "tested at every stage" and suggested that the syrup may have been tampered with or counterfeited after it left India.
  > named_organization | veridian | the company | said | its products were "tested at every stage"
  > named_organization | veridian | the company | suggested | that the syrup may have been tampered with or counterfeited after it left India
Veridian did not respond to detailed questions about the laboratory records sent by Openwater over three weeks.
  > declined_comment | veridian | Veridian | did not respond to detailed questions | - | resp=no_response
Its managing director, Sushil Gahlot, could not be reached at the company's offices in Sonipat or on his mobile phone.
  > declined_comment | gahlot | Its managing director, Sushil Gahlot | could not be reached | - | resp=unreachable

Inside the laboratory

Two former employees of the plant, who spoke on condition of anonymity because they feared being blacklisted by other drug makers in the region, described pressure to approve batches quickly when export orders were due.
  > anonymous_official | former-staff | Two former employees of the plant | described | > | anon=who spoke on condition of anonymity because they feared being blacklisted by other drug makers in the region
One of them, a chemist who worked in the quality-control laboratory until early this year, said a supervisor had told her to record a second, passing result for batch VL-2208 after the first test failed.
  > anonymous_official | former-staff | One of them, a chemist who worked in the quality-control laboratory until early this year | said | >
"We were told to sign, so we signed," she said.
  > anonymous_official | former-staff | she | said | <
"Everyone knew where that syrup was going."
  > anonymous_official | former-staff | she | - | *
Openwater could not independently confirm her account.
But an email dated 14 November 2023 from a production manager to the laboratory, reviewed by Openwater, asks staff to "close out 2208 today -- shipment cannot wait."
  > document | email | an email dated 14 November 2023 from a production manager to the laboratory, reviewed by Openwater | asks | >

India's drug regulator, the Central Drugs Standard Control Organisation, suspended Veridian's manufacturing licence in August after an inspection.
The inspection report, a copy of which was seen by Openwater, lists 19 violations, including missing records for tests on raw materials bought from a chemical trader in Delhi.
  > document | inspection | The inspection report, a copy of which was seen by Openwater | lists | >
A senior official at the regulator, who was not authorised to speak to the media, said the suspension was "a first step" and that criminal proceedings were being considered.
  > anonymous_official | cdsco-official | A senior official at the regulator | said | > | anon=who was not authorised to speak to the media
The regulator's spokesperson did not reply to emails.
  > declined_comment | cdsco | The regulator's spokesperson | did not reply to emails | - | resp=no_response

In Lusenga, the state broadcaster LBC reported in September that the government had banned all imported syrups for children pending testing.
  > media_report | lbc | the state broadcaster LBC | reported in September | >
Grace Tembo, whose two-year-old son, Daniel, died in April at the district hospital in Mbeza, said she had bought the syrup at a pharmacy when he had a fever.
  > named_person | tembo | Grace Tembo, whose two-year-old son, Daniel, died in April at the district hospital in Mbeza | said | >
"The pharmacist said it was a good medicine, from India," she told Openwater by phone.
  > named_person | tembo | she | told Openwater | <
"I trusted it."
  > named_person | tembo | she | - | *
Lusenga's health minister, Dr Patience Mwale, said in a statement last month that the government would seek compensation from the manufacturer.
  > named_official | mwale | Lusenga's health minister, Dr Patience Mwale | said in a statement last month | >
Veridian's lawyers have written to Openwater denying that the syrup was contaminated at the plant.
  > named_organization | veridian | Veridian's lawyers | have written to Openwater | denying that the syrup was contaminated at the plant
@excluded
Openwater is an independent, non-profit newsroom. Support our investigations.
Correction, 12 October: An earlier version of this article gave the wrong month for the suspension of Veridian's licence.
''')

ARTICLES.append(r'''
@id ai-elective-surgery-backlog-sunderland
@style elective_surgery_backlog
Hip and knee patients in the North East waiting more than two years, figures show
  > document | nhs-data | figures | show | Hip and knee patients in the North East waiting more than two years

Hundreds of patients in the North East have been waiting more than two years for hip and knee operations, new figures show.
  > document | nhs-data | new figures | show | <
Data published by NHS England on Thursday show 412 people on the waiting list at the Tyneside and Wear Hospitals NHS Foundation Trust had waited longer than 104 weeks at the end of August -- the highest number of any trust in England.
  > document | nhs-data | Data published by NHS England on Thursday | show | >
The government had pledged to eliminate waits of that length by July 2022.
  > named_organization | government | The government | had pledged | to eliminate waits of that length by July 2022

Among those waiting is Brian Coulson, 71, a retired shipyard welder from Sunderland, who was first referred for a knee replacement in the summer of 2022.
"Some days I can't get up the stairs," he told North East Live.
  > named_person | coulson | he | told North East Live | <
"I sleep downstairs in the chair now."
  > named_person | coulson | he | - | *
"I've stopped going to the club because I can't stand at the bar."
  > named_person | coulson | he | - | *
Mr Coulson said he had been given a date in March, but it was cancelled two days beforehand because of a shortage of beds.
  > named_person | coulson | Mr Coulson | said | >

In a statement, a spokesperson for the trust said: "We are sorry that some patients are waiting longer than we would like."
  > named_organization | trust | a spokesperson for the trust | said | >
"Our teams are working incredibly hard, including at weekends, and we have reduced our longest waits by a third since January."
  > named_organization | trust | a spokesperson for the trust | - | *
The spokesperson said the trust had opened a dedicated orthopaedic unit at its Ryhope site in May and expected to have treated "all remaining long-waiters" by next spring.
  > named_organization | trust | The spokesperson | said | >
The trust acknowledged that some operations had been postponed because of winter pressures on beds.
  > named_organization | trust | The trust | acknowledged | >

But two theatre nurses at the trust said operating lists were still being cancelled every week because there were not enough anaesthetists.
  > anonymous_official | nurses | two theatre nurses at the trust | said | >
"We're cancelling two or three lists a week," one of the nurses said.
  > anonymous_official | nurses | one of the nurses | said | <
"Then the trust puts out a press release about how many operations it did on a Saturday."
  > anonymous_official | nurses | one of the nurses | - | *
They asked not to be named because staff have been warned against speaking to the press.

Joint Action, a charity for people with arthritis, said long waits were "not just a statistic".
  > named_organization | joint-action | Joint Action, a charity for people with arthritis | said | >
Its chief executive, Helen Raine, said: "Every week spent waiting is a week of pain, lost work and, too often, lost independence."
  > named_official | raine | Its chief executive, Helen Raine | said | >
The Northern Health Foundation, a think tank, estimated last year that one in five people waiting for orthopaedic surgery in the region had given up work or cut their hours.
  > named_organization | nhf | The Northern Health Foundation, a think tank | estimated last year | >
Wearmouth MP Dawn Halloran said she had written to the health secretary asking for emergency funding for the trust.
  > named_official | halloran | Wearmouth MP Dawn Halloran | said | >
The Department of Health and Social Care said it was investing £1.5bn in new surgical hubs and that waiting lists nationally had fallen for six months in a row.
  > named_organization | dhsc | The Department of Health and Social Care | said | >
It did not respond to questions about the trust.
  > declined_comment | dhsc | It | did not respond to questions about the trust | - | resp=no_response

Mr Coulson said he had considered paying for the operation privately but had been quoted £14,000.
  > named_person | coulson | Mr Coulson | said | >
"That's more than I've got," he said.
  > named_person | coulson | he | said | <
"So I wait."
  > named_person | coulson | he | - | *
@excluded
Have you been affected by hospital waiting times? Get in touch: newsdesk@northeastlive.co.uk
Photo: Brian Coulson at his home in Sunderland. Credit: North East Live
Comments (14)
''')

ARTICLES.append(r'''
@id ai-defamation-trial-tanner
@style defamation_trial
TV host Brock Tanner tells court newspaper's claims left him "unemployable"
  > named_person | tanner | TV host Brock Tanner | tells court | newspaper's claims left him "unemployable"

SYDNEY -- Former rugby league player turned television host Brock Tanner has told the Federal Court that a series of articles accusing him of assaulting a young producer "destroyed everything I'd built" and left him unable to find work.
  > named_person | tanner | Former rugby league player turned television host Brock Tanner | has told the Federal Court | >
Mr Tanner, 44, is suing Harbour Media, publisher of The Harbour Chronicle, and journalist Kate Morrow over four articles published in 2023.
He alleges the articles falsely conveyed that he was a violent bully who had assaulted a 23-year-old colleague at a Christmas party.
  > named_person | tanner | He | alleges | >
Harbour Media has filed a defence of truth.

Giving evidence on Tuesday, Mr Tanner said he had "never laid a hand" on the woman and learned of the allegation only when Ms Morrow emailed him questions the night before the first article was published.
  > named_person | tanner | Mr Tanner | said | >
"I had 11 hours to respond to something that was going to end my career," he told the court.
  > named_person | tanner | he | told the court | <
Under cross-examination by the publisher's barrister, Adrian Kell SC, Mr Tanner accepted that he had been "very drunk" at the party and could not remember parts of the night.
  > named_person | tanner | Mr Tanner | accepted | >
Mr Kell put it to him that he had pushed the woman against a wall when she refused to leave with him.
  > named_official | kell | Mr Kell | put it to him | >
"That did not happen," Mr Tanner replied.
  > named_person | tanner | Mr Tanner | replied | <
Text messages tendered in court show the woman wrote to a friend at 11.40pm that night: "Brock just grabbed me and won't let go, I'm going home."
  > document | texts | Text messages tendered in court | show | >
A former Coast TV producer, Lachlan Price, testified on Monday that he had seen Mr Tanner "arguing" with the woman near the lifts but had not seen any physical contact.
  > named_person | price | A former Coast TV producer, Lachlan Price | testified on Monday | >
The woman, who cannot be identified for legal reasons, is expected to give evidence next week.

In her opening address on Monday, Mr Tanner's barrister, Naomi Feld SC, told Justice Michael Harlow the newspaper had relied on "gossip from people who weren't there".
  > named_official | feld | Mr Tanner's barrister, Naomi Feld SC | told Justice Michael Harlow | >
She said four of the five witnesses quoted anonymously in the articles had not attended the party.
  > named_official | feld | She | said | >
Outside court, Harbour Media's editor-in-chief, Luke Banfield, said the company "stands by its journalism" and would "let the evidence speak for itself".
  > named_official | banfield | Harbour Media's editor-in-chief, Luke Banfield | said | >
He declined to answer questions from reporters.
  > declined_comment | banfield | He | declined to answer questions from reporters | - | resp=declined

Mr Tanner was dropped as host of Coast TV's Sunday football program Full Time days after the first article appeared.
Coast TV declined to comment on Tuesday.
  > declined_comment | coast-tv | Coast TV | declined to comment | - | resp=declined
The case is being closely watched by media lawyers as one of the first major defamation trials since NSW introduced a "serious harm" threshold and a public interest defence in 2021.
Dr Priya Menon, a media law lecturer at the University of Technology Sydney, said the outcome could shape how newsrooms report allegations of workplace misconduct.
  > named_person | menon | Dr Priya Menon, a media law lecturer at the University of Technology Sydney | said | >
"Everyone in the industry is reading the transcripts," she said.
  > named_person | menon | she | said | <
The Daily Examiner reported last year that Mr Tanner had turned down an offer to settle the case for $250,000 and an apology.
  > media_report | examiner | The Daily Examiner | reported last year | >
His solicitor, Damien Oakes, did not respond to a request for comment on the report.
  > declined_comment | oakes | His solicitor, Damien Oakes | did not respond to a request for comment on the report | - | resp=no_response
The trial continues.
@excluded
Photo: Brock Tanner arrives at the Federal Court in Sydney on Tuesday. (Tom Ashby)
If you or someone you know is affected by sexual harassment or assault, call 1800RESPECT on 1800 737 732.
''')

ARTICLES.append(r'''
@id ai-human-rights-court-judgment-linzgau
@style human_rights_court_judgment
Explained: what Strasbourg's night-flights ruling means for Austria

Europe's top human rights court has ruled that Austria failed to protect people living near a regional airport from night-time noise.
  > named_organization | echr | Europe's top human rights court | has ruled | >
Here is what the judgment says, and what comes next.

What did the court decide?

In a judgment delivered on Tuesday, the European Court of Human Rights found by five votes to two that Austria had violated Article 8 of the European Convention on Human Rights, which protects the right to respect for private and family life and the home.
  > named_organization | echr | the European Court of Human Rights | found | that Austria had violated Article 8 of the European Convention on Human Rights
The case, Hartmann and Others v Austria, was brought by 23 residents of villages around Linzgau Airport, where the number of flights between 11pm and 6am nearly tripled between 2015 and 2022.
The judgment says the Austrian authorities "failed to strike a fair balance" between the region's economic interests and the applicants' right to sleep.
  > document | judgment | The judgment | says | >
It orders Austria to pay each applicant €9,000 in damages, plus legal costs.
  > document | judgment | It | orders | >
Austria had argued before the court that night flights were vital to the regional economy and that noise limits were a matter for national authorities.
  > named_organization | austria | Austria | had argued | that night flights were vital to the regional economy and that noise limits were a matter for national authorities

Was the decision unanimous?

No.
In a joint dissenting opinion, Judges Elsa Rautio and Marek Dvorak wrote that the majority had "substituted its own view for that of the national authorities" on a question of transport policy.
  > named_official | dissent | Judges Elsa Rautio and Marek Dvorak | wrote | > | count=2

What does Austria say?

The transport ministry in Vienna said in a statement that it "takes note" of the judgment and would study it carefully.
  > named_organization | ministry | The transport ministry in Vienna | said in a statement | >
Austria has three months to ask for the case to be referred to the court's 17-judge Grand Chamber.
A government official, speaking on condition of anonymity because no decision has been taken, said the ministry was leaning towards requesting a referral because of the ruling's possible effect on other airports.
  > anonymous_official | gov-official | A government official | said | > | anon=speaking on condition of anonymity because no decision has been taken
The airport's operator, Flughafen Linzgau GmbH, declined to comment on the ruling but said in a statement that night flights "secure more than 1,200 jobs in the region".
  > declined_comment | airport | The airport's operator, Flughafen Linzgau GmbH | declined to comment on the ruling | - | resp=declined
  > named_organization | airport | The airport's operator, Flughafen Linzgau GmbH | said in a statement | >

What do the residents say?

Their lawyer, Katharina Eder, called the judgment "a victory for everyone who has lain awake at 3am listening to a cargo plane."
  > named_official | eder | Their lawyer, Katharina Eder | called | >
One of the applicants, Josef Hartmann, a 67-year-old retired teacher from the village of Aumühl, told Europe Briefing that he had logged every night flight over his house for six years and sent the diary to the court.
  > named_person | hartmann | One of the applicants, Josef Hartmann, a 67-year-old retired teacher from the village of Aumühl | told Europe Briefing | >
"The court read it," he said.
  > named_person | hartmann | he | said | <
"Nobody in Vienna ever did."
  > named_person | hartmann | he | - | *

Does it matter beyond Austria?

Legal experts say it might.
  > anonymous_other | experts | Legal experts | say | >
Lukas Brenner, who teaches environmental law at the University of Innsbruck, noted that the court had until now left questions of aircraft noise largely to national governments.
  > named_person | brenner | Lukas Brenner, who teaches environmental law at the University of Innsbruck | noted | >
"This is the first time in more than 20 years that Strasbourg has said, in effect, that a government's balancing was simply wrong," he said.
  > named_person | brenner | he | said | <
Campaigners against night flights in Frankfurt and Brussels have already cited the ruling, according to the German daily Rheinische Tagesblatt.
  > media_report | tagesblatt | the German daily Rheinische Tagesblatt | according to | <
The court's press release notes that a chamber judgment becomes final after three months if neither side requests a referral.
  > document | press-release | The court's press release | notes | >
@excluded
More explainers: How the EU's new deforestation rules work
Europe Briefing is free to read. Support independent journalism.
''')

ARTICLES.append(r'''
@id ai-privatisation-tender-port-kestrel
@style privatisation_tender
Belmara picks Gulf operator for Port Kestrel concession, state media reports
  > media_report | bna | state media | reports | Belmara picks Gulf operator for Port Kestrel concession

KESTREL, Belmara -- Belmara has chosen Dunehaven Ports of the United Arab Emirates as preferred bidder for a 35-year concession to run and expand Port Kestrel, the country's largest container terminal, the state-run Belmara News Agency (BNA) reported on Monday.
  > media_report | bna | the state-run Belmara News Agency (BNA) | reported on Monday | <
BNA, citing a cabinet statement, said Dunehaven had offered an upfront payment of $410 million and committed to invest a further $1.2 billion in new berths and cranes over ten years.
  > media_report | bna | BNA | said | >
The statement itself has not been published.
Ports and Shipping Minister Teodor Almani told parliament on Tuesday that the Dunehaven offer was "the strongest on every measure" and that the contract would be signed before the end of the quarter.
  > named_official | almani | Ports and Shipping Minister Teodor Almani | told parliament on Tuesday | >
The sale is a condition of Belmara's $2.3 billion International Monetary Fund programme, according to the fund's latest staff report.
  > document | imf-report | the fund's latest staff report | according to | <
The government plans to use the proceeds to pay down arrears to foreign suppliers.
  > named_organization | belmara-gov | The government | plans | to use the proceeds to pay down arrears to foreign suppliers | nosrc

Two other bidders had been shortlisted: Straits Terminal Holdings of Singapore and a consortium led by Istanbul-based Kartal Port Group.
A person close to the tender, who asked not to be named because the evaluation report is confidential, said Straits had offered a larger upfront payment but was marked down for its plan to cut the workforce by a third.
  > anonymous_familiar | tender | A person close to the tender | said | > | anon=who asked not to be named because the evaluation report is confidential
Straits Terminal Holdings declined to comment.
  > declined_comment | straits | Straits Terminal Holdings | declined to comment | - | resp=declined
Kartal said in an emailed statement that it had "not been informed of any decision" and would "await official notification".
  > named_organization | kartal | Kartal | said in an emailed statement | >
Two people involved in one of the losing bids said the process had been rushed to meet the IMF's timetable.
  > anonymous_familiar | losing-bid | Two people involved in one of the losing bids | said | >
"The timetable was written in Washington, not in Kestrel," one of them said.
  > anonymous_familiar | losing-bid | one of them | said | <

The Kestrel Dockworkers' Union, which represents about 3,400 workers at the port, has threatened to strike if jobs are cut.
  > named_organization | union | The Kestrel Dockworkers' Union, which represents about 3,400 workers at the port | has threatened | to strike if jobs are cut
Its general secretary, Felix Adamu, said the union had been given "no guarantees whatsoever" about terms for existing staff.
  > named_official | adamu | Its general secretary, Felix Adamu | said | >
Dunehaven's chief executive, Khalid Rahimi, said in a statement on the company's website that it would "retain and retrain" the port's workforce.
  > named_official | rahimi | Dunehaven's chief executive, Khalid Rahimi | said in a statement | that it would "retain and retrain" the port's workforce
The company did not respond to questions from Maritime Week about whether that commitment would be written into the contract.
  > declined_comment | dunehaven | The company | did not respond to questions from Maritime Week | - | resp=no_response

Port Kestrel handled 1.9 million twenty-foot equivalent units (TEU) last year, according to the Belmara Ports Authority.
  > named_organization | bpa | the Belmara Ports Authority | according to | <
Shipping lines have long complained about congestion at the terminal, where vessels waited an average of four days for a berth in 2024.
  > anonymous_other | shipping-lines | Shipping lines | have long complained | about congestion at the terminal
Opposition lawmakers accused the government of selling "the crown jewel" too cheaply.
  > anonymous_official | opposition | Opposition lawmakers | accused | the government of selling "the crown jewel" too cheaply
The independent daily Belmara Today reported last week that Dunehaven's local partner in the deal is a company whose directors include a former adviser to the prime minister.
  > media_report | belmara-today | The independent daily Belmara Today | reported last week | >
The prime minister's office called the report "malicious and false."
  > named_organization | pmo | The prime minister's office | called | >
Analysts at Castlegate Ratings said in a note to clients that the deal, if completed, would ease Belmara's external financing needs this year.
  > named_organization | castlegate | Analysts at Castlegate Ratings | said in a note to clients | >
@excluded
Maritime Week subscribers can download the full tender timeline from our data hub.
Related: Gulf terminal operators step up overseas acquisitions
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
