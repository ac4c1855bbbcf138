"""Build corpus/articles/aw.jsonl: invented news articles annotated by hand as a further CHECK set.

Written by a helper who never ran the tool on them and never read its code: twelve more
styles, all from science, health and the business of sport
(contaminated_supplement_doping_appeal_wire, ballpark_lease_renewal_gap_public_radio_segment,
transfer_hardship_waiver_denial_student_paper, symphony_musicians_walkout_gala_liveblog,
liver_base_editing_trial_dosing_pause_trade_brief, maiden_heavy_lift_launch_valve_slip_tv_web,
seismic_alert_jackhammer_false_trigger_explainer, bronze_age_hoard_farmer_versus_museum_feature,
giraffe_transfer_death_necropsy_inquiry_updated, marathon_turnaround_cone_short_course_newsletter,
image_sleuth_misconduct_finding_edited_interview,
hospital_system_cyberattack_recovery_bill_business_journal), partly set in invented countries,
in the voices of twelve kinds of outlet (a sports wire story from an arbitration ruling, a
public-radio midday segment with host, reporter and speaker labels, a student newspaper with a
dek holding two attributions, a public broadcaster's live blog with timestamps, a biotech trade
brief citing its own earlier reporting as "we", a local television station's website, an
explainer with question subheads, a magazine feature with a two-sentence dek and a first-person
reporter, a local daily's story updated with a correction note, a running newsletter with
capitalised section heads and a first-person writer, an edited Q&A whose questions themselves
cite sources, and a regional business journal). Each is built to test source typing and
grouping: a tribunal panel, commissioners, a team president, an athletic director, a coach, a
conference compliance officer, a symphony president, a chief medical officer, a launch
director, a seismic-service director, a museum curator, a named ministry spokeswoman, a zoo
director, a council member, a race director, a provost, a chief executive, a chief information
officer and a state senator; lawyers and an agent speaking for clients; a
point guard and a teammate, a nurse and a fan, a season-ticket holder, a hotel manager, a
schoolteacher, a farmer, a retired electrician, a former zookeeper, a runner, an accused
scientist, an image analyst, and a pharmacologist, a securities analyst, a seismologist and a
credit analyst commenting as experts; tribunals, agencies, federations, unions, companies, a
ratings firm, a criminal group, a mayor's office and unnamed spokespeople; anonymous officials
(a board member, engineers, agency and museum employees, committee members, a parks official,
a health department official) with and without a stated reason; people familiar and people
close to an ownership group; vague sources (critics, economists, patrons, researchers who give
a reason, "many in the field", residents, seismologists, villagers, experts, runners on a forum,
colleagues, a nurse who gives a reason, investors inside a named analyst's remark); documents
(a ruling, a tally, a memo, a lease, a poll, a waiver request, a compliance report, a
petition, a bargaining update, a tax filing, an SEC filing, a trials registry entry, a
technical description, social-media videos, a survey, a ministry letter, an inventory, a law,
a necropsy report, an email, a certification report, a study, an investigation report, an
open letter and a breach report); media reports, including the outlet's own earlier reporting
("The Clarion", "Channel 7", "As we reported", "The Journal"); non-answers of all three kinds,
some inside direct speech or a Q&A answer; people described first and named later; quotes over
several sentences and across speaker turns; split content and content before and after the
cue; headline and dek attributions; two attributions in one sentence; and look-alikes left
unannotated or marked not sourcing ("did not testify", "has not spoken publicly", "spoke to
reporters", "does not say", "has not named", "has not said", "has not disclosed", "could not be
independently confirmed", "is not yet clear", "has not publicly explained"; "wants", "plans"
and "had planned" in the reporter's voice). All twelve end with a footer of excluded
boilerplate. Nothing is trained or tuned on them. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_aw.py [--render]
     python corpus/build_articles_aw.py --check FILE   (validate and render the blocks of FILE; write nothing;
                                                       given this file itself, its ARTICLES are checked)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402,F401

from build_articles_c import main  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "aw.jsonl"

ARTICLES: list[str] = []

ARTICLES.append(r'''
@id aw-malek-doping-appeal-contaminated-supplement
@style contaminated_supplement_doping_appeal_wire
Tribunal cuts Veskarian swimmer Irina Malek's doping ban to 14 months, accepting tainted-supplement defense

ORVANO, Veskaria -- The Sports Appeals Tribunal on Wednesday reduced the four-year doping ban imposed on Veskarian backstroke champion Irina Malek to 14 months, ruling that a banned steroid found in her urine most likely came from a contaminated vitamin supplement.
  > named_organization | tribunal | The Sports Appeals Tribunal | ruling | that a banned steroid found in her urine most likely came from a contaminated vitamin supplement
The decision means Malek, 24, will be eligible to compete again in March, in time for the national trials that pick Veskaria's team for next year's world championships.
A three-member panel found that Malek bore "no significant fault or negligence" for the positive test, according to the 41-page ruling, which the tribunal published on its website.
  > document | ruling | the 41-page ruling, which the tribunal published on its website | according to | <
The panel said laboratory tests on an unopened bottle from the same batch of the supplement, sold under the brand name Vitaforma, had found traces of the steroid drostanolone at levels consistent with her sample.
  > named_organization | tribunal | The panel | said | >
Malek did not testify at the two-day hearing and has not spoken publicly since she was suspended in June of last year.

Her lawyer, Tomas Ferreira-Lund, said the ruling vindicated his client but that 14 months was still "a punishment for something she did not do."
  > named_official | ferreira-lund | Her lawyer, Tomas Ferreira-Lund | said | the ruling vindicated his client ;; 14 months was still "a punishment for something she did not do."
"Irina has spent a year and a half proving where a few billionths of a gram came from," Ferreira-Lund said in a statement.
  > named_official | ferreira-lund | Ferreira-Lund | said in a statement | <
"No athlete should have to do that, and no athlete who does it should still lose a season."
  > named_official | ferreira-lund | Ferreira-Lund | - | *

The Global Anti-Doping Authority, which had asked the tribunal to uphold the full ban, said it was "disappointed" and would study the ruling before deciding whether to challenge it in Veskaria's federal court.
  > named_organization | gada | The Global Anti-Doping Authority, which had asked the tribunal to uphold the full ban | said | >
A GADA spokeswoman declined to say whether the authority had tested other bottles from the same batch.
  > declined_comment | gada | A GADA spokeswoman | declined to say whether the authority had tested other bottles from the same batch | - | resp=declined
The supplement's maker, Nutrilis, said in an emailed statement that its products are made to pharmaceutical standards and that "no regulator has ever found" a banned substance in any of them.
  > named_organization | nutrilis | The supplement's maker, Nutrilis | said in an emailed statement | >

But two people familiar with an investigation by Veskaria's consumer-safety regulator said inspectors had found the same steroid in two other Nutrilis products in September.
  > anonymous_familiar | familiar | two people familiar with an investigation by Veskaria's consumer-safety regulator | said | >
One of the people, who spoke on condition of anonymity because the regulator's findings have not been made public, said Nutrilis had been quietly ordered to withdraw both products from pharmacies.
  > anonymous_familiar | familiar | One of the people | said | > | anon=who spoke on condition of anonymity because the regulator's findings have not been made public
The regulator, the Veskarian Office for Consumer Protection, could not be reached for comment on Wednesday, a public holiday.
  > declined_comment | vocp | The regulator, the Veskarian Office for Consumer Protection | could not be reached for comment on Wednesday | - | resp=unreachable

Contamination defenses rarely succeed.
Of 212 athletes who told the tribunal since 2015 that a positive test came from a tainted product, 19 won a reduction, according to a tally of published rulings by the Athletes' Rights Collective, an advocacy group in Brenmark.
  > document | tally | a tally of published rulings by the Athletes' Rights Collective, an advocacy group in Brenmark | according to | <
Critics of the defense say it lets dishonest athletes blame their pill bottles.
  > anonymous_other | critics | Critics of the defense | say | >
"The supplement excuse is the oldest one in the book, and now and then it is even true," said Dr. Hanne Solberg, a pharmacologist at the University of Kessford who has testified in doping cases but was not involved in Malek's.
  > named_person | solberg | Dr. Hanne Solberg, a pharmacologist at the University of Kessford who has testified in doping cases but was not involved in Malek's | said | <
Solberg said an unopened bottle from the same batch was "the strongest evidence an athlete can bring."
  > named_person | solberg | Solberg | said | >

Veskaria's swimming federation said Malek would be considered for the national team "on the same terms as every other swimmer."
  > named_organization | vsf | Veskaria's swimming federation | said | >
The federation plans to hold its trials in Orvano in April.
  > named_organization | vsf | The federation | plans | to hold its trials in Orvano in April | nosrc
The sports daily Sportovni Dnes reported on Tuesday, before the ruling was published, that Malek had been training at a private pool in the mountain town of Serrach under her longtime coach, Pavel Dusek.
  > media_report | sportovni | The sports daily Sportovni Dnes | reported | that Malek had been training at a private pool in the mountain town of Serrach under her longtime coach, Pavel Dusek
Dusek could not be reached.
  > declined_comment | dusek | Dusek | could not be reached | - | resp=unreachable

@excluded
Reporting by Ana Kovic in Orvano; editing by Ruth Adair
Click here to license this story.
© 2025 Allied Sports Wire. All rights reserved.
''')

ARTICLES.append(r'''
@id aw-riverhawks-ballpark-lease-talks-radio
@style ballpark_lease_renewal_gap_public_radio_segment
Harlow County and the Riverhawks are $40 million apart on a new ballpark lease, county negotiator says
  > named_official | pike | county negotiator | says | <

HOST ANNA BELLWETHER: This is Midday on WRVH.
I'm Anna Bellwether.
The lease that keeps the Harlow Riverhawks at Confluence Field runs out in 22 months, and talks on a new one have stalled over who pays for a new roof deck, new seats and a new clubhouse.
Our sports business reporter, Dev Kaplan, has been following the talks.

DEV KAPLAN: Anna, the county's lead negotiator, Commissioner Ruth Pike, told the county board on Tuesday night that the two sides are about $40 million apart.
  > named_official | pike | the county's lead negotiator, Commissioner Ruth Pike | told the county board on Tuesday night | >
The team wants the county to cover $110 million of an estimated $180 million renovation; the county has offered $70 million.
  > named_organization | riverhawks | The team | wants | the county to cover $110 million of an estimated $180 million renovation | nosrc
Pike spoke to reporters after a closed session of the board.
RUTH PIKE: We want them here.
  > named_official | pike | RUTH PIKE | : | >
We are not going to write a blank check to keep them here.
  > named_official | pike | RUTH PIKE | - | *
And I think most people in this county agree with that.
  > named_official | pike | RUTH PIKE | - | *

KAPLAN: The Riverhawks' president, Colin Mabry, says the team has put a serious offer on the table: a 25-year lease, up from 15 years now, and $70 million of the owners' own money.
  > named_official | mabry | The Riverhawks' president, Colin Mabry | says | >
I spoke with Mabry at the ballpark on Wednesday.
COLIN MABRY: This building opened in 1994.
  > named_official | mabry | COLIN MABRY | : | >
The concourses are too narrow, the clubhouse doesn't meet the league's new standards, and the league has told us in writing that it has to be fixed by 2028.
  > named_official | mabry | COLIN MABRY | - | *
KAPLAN: A 2023 league facilities memo obtained by WRVH does set a 2028 deadline for clubhouse upgrades at every ballpark in the league.
  > document | memo | A 2023 league facilities memo obtained by WRVH | does set | a 2028 deadline for clubhouse upgrades at every ballpark in the league
The memo does not say what happens to teams that miss it.
Mabry would not say whether the team has talked to other cities.
  > declined_comment | mabry | Mabry | would not say whether the team has talked to other cities | - | resp=declined
But two people close to the team's ownership told me the owners have met at least twice this year with developers in Castleton, across the state line, where city officials have floated a new stadium district.
  > anonymous_familiar | ownership | two people close to the team's ownership | told me | >
Castleton's mayor, Jerome Whitlock, did not return calls.
  > declined_comment | whitlock | Castleton's mayor, Jerome Whitlock | did not return calls | - | resp=no_response

BELLWETHER: What are taxpayers saying?
KAPLAN: They're split.
A poll released last month by Harlow State University's civic research center found that 54 percent of county residents oppose spending more than $50 million in public money on the ballpark.
  > document | poll | A poll released last month by Harlow State University's civic research center | found | >
I talked to fans outside the team store.
DENISE ORTEGA: I grew up coming here with my dad.
  > named_person | ortega | DENISE ORTEGA | : | >
But my property taxes went up 11 percent last year, so, no, I don't want to buy them a roof.
  > named_person | ortega | DENISE ORTEGA | - | *
KAPLAN: That's Denise Ortega, a nurse from Tarrow Township.
Some economists who study stadium deals say public money rarely pays for itself in new tax revenue.
  > anonymous_other | economists | Some economists who study stadium deals | say | >
The county's tourism office says the ballpark supports about 3,000 game-day jobs.
  > named_organization | tourism | The county's tourism office | says | >

BELLWETHER: And if there's no deal?
KAPLAN: The current lease lets the team leave when it expires, with no penalty, according to a copy on file with the county clerk.
  > document | lease | a copy on file with the county clerk | according to | The current lease lets the team leave when it expires, with no penalty
Pike said the board has set March 1 as the deadline for a framework agreement.
  > named_official | pike | Pike | said | >
BELLWETHER: Dev Kaplan, thanks.

@excluded
Midday is produced by Corinne Yates and Sam Adeyemi.
Support local journalism: become a WRVH member today.
This transcript has been edited for clarity and may not be in its final form.
''')

ARTICLES.append(r'''
@id aw-avery-transfer-waiver-denial-clarion
@style transfer_hardship_waiver_denial_student_paper
Conference denies Avery's transfer waiver; Calloway State point guard will sit out the season

Calloway State will appeal, athletic director says, as Avery calls the decision "a punishment for telling the truth"
  > named_official | rinehart | athletic director | says | Calloway State will appeal
  > named_person | avery | Avery | calls | the decision "a punishment for telling the truth"

Keon Avery, the junior point guard who transferred to Calloway State from Dunmore College in May, will not be allowed to play this season after the Great Plains Athletic Conference denied the university's request for a hardship waiver, Athletic Director Gail Rinehart said Monday.
  > named_official | rinehart | Athletic Director Gail Rinehart | said Monday | <
Avery, who averaged 14.2 points a game at Dunmore last season, has practiced with the Bobcats since June.
The waiver request argued that Avery left Dunmore to be closer to his mother, who has multiple sclerosis and lives in Calloway, 300 miles away, according to a copy obtained by the Clarion.
  > document | waiver-request | a copy obtained by the Clarion | according to | <
In a two-paragraph letter to the university dated Oct. 3, the conference said the university had not provided "sufficient documentation" that his mother's illness required Avery's presence at home.
  > named_organization | conference | the conference | said | >

"I did everything they asked," Avery said in an interview at the Hollis Student Union on Tuesday.
  > named_person | avery | Avery | said in an interview | <
"They wanted medical records, and we sent medical records.
  > named_person | avery | Avery | - | *
They wanted a letter from her neurologist, and we sent that too."
  > named_person | avery | Avery | - | *
Avery said his mother was hospitalized twice last spring.
  > named_person | avery | Avery | said | >
He said he asked Dunmore's coaches for his release only after she fell at home in April.
  > named_person | avery | He | said | >

Rinehart said the athletic department would appeal to the conference's eligibility committee, which meets Nov. 2.
  > named_official | rinehart | Rinehart | said | >
"We believe Keon meets every part of the standard," Rinehart said in a statement.
  > named_official | rinehart | Rinehart | said in a statement | <
Head coach Marcus Tillery declined to comment on the ruling, citing conference rules on discussing eligibility cases.
  > declined_comment | tillery | Head coach Marcus Tillery | declined to comment on the ruling | - | resp=declined
The conference's associate commissioner for compliance, Dana Ferrell, said in an email that the conference does not discuss individual waiver cases but applies "the same standard to every athlete."
  > named_official | ferrell | The conference's associate commissioner for compliance, Dana Ferrell | said in an email | >
The conference approved 31 of 88 hardship waiver requests last year, according to its annual compliance report.
  > document | compliance-report | its annual compliance report | according to | <

A person familiar with the committee's deliberations said Dunmore had told the conference that it disputed Avery's account of when he asked for his release.
  > anonymous_familiar | familiar | A person familiar with the committee's deliberations | said | >
Dunmore's athletic department did not respond to emails from the Clarion.
  > declined_comment | dunmore | Dunmore's athletic department | did not respond to emails from the Clarion | - | resp=no_response
Dunmore has not publicly explained its position.

Teammates have rallied around Avery.
"He's our best passer, and he's in the gym before any of us," said senior forward Dre Okonjo.
  > named_person | okonjo | senior forward Dre Okonjo | said | <
Several students have started an online petition calling on the conference to reverse its decision; by Wednesday night it had more than 2,300 signatures.
  > document | petition | an online petition | calling on | the conference to reverse its decision
The Clarion reported in August that Avery had been cleared to practice while the waiver was pending.
  > media_report | clarion | The Clarion | reported in August | >
If the appeal fails, Avery will have one season of eligibility left, in 2026-27.

@excluded
The Calloway Clarion is the independent student newspaper of Calloway State University.
Follow @CallowayClarion for live game coverage.
Comments are reviewed before they are posted. Please keep it civil.
''')

ARTICLES.append(r'''
@id aw-marlow-symphony-strike-opening-night-liveblog
@style symphony_musicians_walkout_gala_liveblog
Live: Marlow Symphony musicians strike on opening night; management says gala is cancelled
  > named_organization | msa | management | says | gala is cancelled

4:45 p.m.
Musicians of the Marlow Symphony Orchestra walked off the job at 4 p.m. today, three hours before the season's opening gala, after talks on a new contract broke down overnight, their union, the Marlow Musicians Guild, said.
  > named_organization | guild | their union, the Marlow Musicians Guild | said | <
About 60 of the orchestra's 78 musicians were picketing outside Harmon Hall on Second Avenue by late afternoon.

5:10 p.m.
The Marlow Symphony Association, which manages the orchestra, says tonight's gala with the pianist Ilse Brandauer is cancelled and ticket holders will get full refunds.
  > named_organization | msa | The Marlow Symphony Association, which manages the orchestra | says | >
In a statement, the association's president, Gregory Vance, called the strike "a sad and unnecessary choice" and said management's offer was "the most this institution can responsibly afford."
  > named_official | vance | the association's president, Gregory Vance | called | the strike "a sad and unnecessary choice"
  > named_official | vance | the association's president, Gregory Vance | said | management's offer was "the most this institution can responsibly afford."

5:40 p.m.
The sticking points, according to a bargaining update the union posted this afternoon: management wants to shrink the orchestra to 70 full-time players through attrition and freeze base pay for two years.
  > document | update | a bargaining update the union posted this afternoon | according to | The sticking points ;; management wants to shrink the orchestra to 70 full-time players through attrition and freeze base pay for two years
The update says the musicians have proposed raises of 4 percent in each year of a three-year deal.
  > document | update | The update | says | >

6:15 p.m.
Cellist Nora Fairbanks, who chairs the musicians' negotiating committee, spoke to reporters on the picket line.
"We have given back twice in ten years," Fairbanks said.
  > named_official | fairbanks | Fairbanks | said | <
"We took a 12 percent cut in 2016 to save this orchestra.
  > named_official | fairbanks | Fairbanks | - | *
Now they want to shrink it, and they call that saving it too."
  > named_official | fairbanks | Fairbanks | - | *
Fairbanks said the committee had offered to accept a one-year freeze if management dropped the size reduction, an offer she said was rejected at about 2 a.m.
  > named_official | fairbanks | Fairbanks | said | >

6:50 p.m.
Management disputes that account.
  > named_organization | msa | Management | disputes | that account
A spokeswoman for the association, reached by phone, said the committee's offer "was not a real proposal" because it came without a counteroffer on health insurance.
  > named_organization | msa | A spokeswoman for the association | said | >
She declined to say how large the association's deficit will be this season.
  > declined_comment | msa | She | declined to say how large the association's deficit will be this season | - | resp=declined
The association's most recent tax filing shows an operating loss of $3.1 million in the 2023-24 season and an endowment of about $96 million.
  > document | tax-filing | The association's most recent tax filing | shows | >

7:30 p.m.
Not every ticket holder got the word.
"We drove two hours from Fenwick for this," said Alan Goss, who has held season tickets since 1988 with his wife, Ruth.
  > named_person | goss | Alan Goss, who has held season tickets since 1988 with his wife, Ruth | said | <
Goss said he supported the musicians anyway.
  > named_person | goss | Goss | said | >
Some patrons outside the hall were less sympathetic, saying the players should take the deal and get back on stage.
  > anonymous_other | patrons | Some patrons outside the hall | saying | >

8:05 p.m.
A board member, speaking on condition of anonymity because the board had agreed not to discuss the talks publicly, told us the board would meet Thursday to decide whether to cancel the rest of October's concerts.
  > anonymous_official | board-member | A board member | told us | > | anon=speaking on condition of anonymity because the board had agreed not to discuss the talks publicly
Mayor Teresa Alcott's office said the mayor had offered to host talks at City Hall.
  > named_organization | mayor-office | Mayor Teresa Alcott's office | said | >
No new bargaining sessions have been scheduled.
The Marlow Ledger reported in June that the association had hired a consultant who guided orchestras in two other cities through lockouts.
  > media_report | ledger | The Marlow Ledger | reported in June | >
The consultant's firm, Tessaro Arts Advisory, did not respond to a request for comment this evening.
  > declined_comment | tessaro | The consultant's firm, Tessaro Arts Advisory | did not respond to a request for comment this evening | - | resp=no_response

@excluded
This live blog has ended. Follow our continuing coverage of the Marlow Symphony strike.
Share this live blog
© 2025 Marlow Public Media
''')

ARTICLES.append(r'''
@id aw-quillon-base-editing-trial-clinical-hold
@style liver_base_editing_trial_dosing_pause_trade_brief
Quillon pauses base-editing trial after liver injury; FDA places study on hold, company says
  > named_organization | quillon | company | says | <

Quillon Therapeutics has paused dosing in its early-stage trial of QT-311, an experimental base-editing treatment for the inherited cholesterol disorder HoFH, after one participant developed severe liver inflammation, the company disclosed Thursday.
  > named_organization | quillon | the company | disclosed Thursday | <
The Food and Drug Administration placed the trial on clinical hold on Wednesday, according to a filing the company made with the Securities and Exchange Commission.
  > document | sec-filing | a filing the company made with the Securities and Exchange Commission | according to | <
The filing says the participant, who received the trial's highest dose, had liver enzyme levels more than 20 times the upper limit of normal 10 days after treatment and was hospitalized.
  > document | sec-filing | The filing | says | >
The participant has since been discharged and is recovering, Quillon said.
  > named_organization | quillon | Quillon | said | <

Quillon's chief medical officer, Dr. Priya Raman, said on a call with analysts that the company did not yet know whether the injury was caused by the editing enzyme, by the lipid nanoparticle that carries it to the liver, or by an unrelated infection.
  > named_official | raman | Quillon's chief medical officer, Dr. Priya Raman | said on a call with analysts | >
"We paused because that's what you do when you see something you don't understand," Raman said.
  > named_official | raman | Raman | said | <
"We will understand it, and we will share what we find."
  > named_official | raman | Raman | - | *
Raman declined to say how many participants had received the highest dose.
  > declined_comment | raman | Raman | declined to say how many participants had received the highest dose | - | resp=declined
The trial's entry in the federal trials registry lists a target enrollment of 24 across four dose groups.
  > document | registry | The trial's entry in the federal trials registry | lists | >
An FDA spokesperson said the agency does not comment on clinical holds for products under investigation.
  > named_organization | fda | An FDA spokesperson | said | >

Quillon's shares fell 38 percent to $11.40 on Thursday.
Mira Castellanos, an analyst at Thornbury Securities, wrote in a note to clients that the hold "could push QT-311 back 12 to 18 months even in the benign scenario."
  > named_person | castellanos | Mira Castellanos, an analyst at Thornbury Securities | wrote in a note to clients | >
Base editing, which changes single letters of DNA without cutting both strands of the double helix, is seen by many in the field as safer than earlier gene-editing methods.
  > anonymous_other | field | many in the field | is seen by | Base editing, which changes single letters of DNA without cutting both strands of the double helix ;; as safer than earlier gene-editing methods
But two researchers who work with lipid nanoparticles, who asked not to be named because they consult for competing companies, said liver toxicity at high doses has been a recurring worry across the whole class of delivery vehicles.
  > anonymous_other | researchers | two researchers who work with lipid nanoparticles | said | > | anon=who asked not to be named because they consult for competing companies
A person familiar with Quillon's discussions with the agency said the FDA had asked the company for more animal data on the nanoparticle before dosing can resume.
  > anonymous_familiar | familiar | A person familiar with Quillon's discussions with the agency | said | >
Quillon did not respond to a question about the request.
  > declined_comment | quillon | Quillon | did not respond to a question about the request | - | resp=no_response

As we reported in March, Quillon raised $240 million in a private placement led by Halvard Capital.
  > media_report | own | we | reported in March | >
The company said Thursday that it had enough cash to fund operations into 2027 and that the pause would not affect its second program, in a rare eye disease.
  > named_organization | quillon | The company | said Thursday | >
It plans to present data from the first three dose groups at the European Lipid Forum in May.
  > named_organization | quillon | It | plans | to present data from the first three dose groups at the European Lipid Forum in May | nosrc

@excluded
Get BioPipeline Daily in your inbox every weekday morning.
Disclosure: BioPipeline's parent company has no financial relationship with any company mentioned in this story.
© 2025 BioPipeline Media LLC. All rights reserved.
''')

ARTICLES.append(r'''
@id aw-corvane-launch-delay-helium-valve-tv
@style maiden_heavy_lift_launch_valve_slip_tv_web
Corvane rocket's first launch pushed back a week after faulty helium valve found, Halcyon says
  > named_organization | halcyon | Halcyon | says | <

CAPE ARDEN, Fla. -- The first launch of Halcyon Launch Systems' Corvane heavy-lift rocket has been delayed until at least next Thursday after engineers found a faulty helium valve on the rocket's upper stage during a countdown rehearsal, the company said Monday.
  > named_organization | halcyon | the company | said Monday | <
The launch had been scheduled for Wednesday morning.
Halcyon's launch director, Simone Achterberg, said at a briefing that the valve had failed to close fully during Sunday's rehearsal, letting the pressure in a helium tank drop below safe limits.
  > named_official | achterberg | Halcyon's launch director, Simone Achterberg | said at a briefing | >
"I'd much rather find this on the pad on a Sunday than in flight," Achterberg said.
  > named_official | achterberg | Achterberg | said | <
She said the company would replace the valve and two others of the same design.
  > named_official | achterberg | She | said | >

The Corvane is carrying a weather satellite for the National Atmospheric Service, which has waited nearly two years for a ride to orbit.
A spokesman for the weather service said the satellite was "safe and stable" inside the rocket's nose cone and that the delay would not affect its mission.
  > named_organization | nas | A spokesman for the weather service | said | >
The satellite's builder, Brightwater Aerospace, did not immediately respond to a request for comment.
  > declined_comment | brightwater | The satellite's builder, Brightwater Aerospace | did not immediately respond to a request for comment | - | resp=no_response

This is the fifth delay for the Corvane since it was first scheduled to fly in 2023.
Halcyon has blamed earlier slips on supply-chain problems and a test-stand fire in Texas last year.
  > named_organization | halcyon | Halcyon | has blamed | earlier slips on supply-chain problems and a test-stand fire in Texas last year
Two engineers at Halcyon's Cape Arden plant, who asked not to be identified because they were not authorized to speak to reporters, told Channel 7 the same valve had leaked during a test in August.
  > anonymous_official | engineers | Two engineers at Halcyon's Cape Arden plant | told Channel 7 | > | anon=who asked not to be identified because they were not authorized to speak to reporters
Asked about that account, Achterberg said she could not discuss individual tests.
  > declined_comment | achterberg | Achterberg | said she could not discuss individual tests | - | resp=declined
The company has not said how much the delay will cost.
The Federal Aviation Administration, which licenses commercial launches, said it had been told of the delay and that no new license review was needed.
  > named_organization | faa | The Federal Aviation Administration, which licenses commercial launches | said | >
Channel 7 reported in July that Halcyon had lost a launch contract with a European satellite operator because of the repeated delays.
  > media_report | channel7 | Channel 7 | reported in July | >
Halcyon said at the time that the contract had been "mutually ended."
  > named_organization | halcyon | Halcyon | said at the time | >
Halcyon wants to fly the Corvane six times next year.
  > named_organization | halcyon | Halcyon | wants | to fly the Corvane six times next year | nosrc

In Port Selby, the delay hit the beachfront hotels, many of which had been fully booked for launch week, according to the Selby County tourism bureau.
  > named_organization | tourism | the Selby County tourism bureau | according to | <
"We had people from Ohio, from Germany, from Japan," said Lorraine Petit, who manages the Seagrape Inn on Ocean Road.
  > named_person | petit | Lorraine Petit, who manages the Seagrape Inn on Ocean Road | said | <
"Some of them already checked out this morning.
  > named_person | petit | Lorraine Petit | - | *
I don't know if they'll come back for Thursday."
  > named_person | petit | Lorraine Petit | - | *
The next launch window opens Thursday at 5:58 a.m.

@excluded
Watch Channel 7's live launch coverage starting at 4:30 a.m. on launch day.
Download the Channel 7 News app for breaking news alerts.
Copyright 2025 WCAV Channel 7. All rights reserved.
''')

ARTICLES.append(r'''
@id aw-solvenna-quake-alert-false-alarm-explainer
@style seismic_alert_jackhammer_false_trigger_explainer
Why did two million phones in Solvenna warn of an earthquake that never came?

At 3:41 p.m. on Tuesday, phones across Solvenna buzzed with an alert warning of strong shaking within 10 seconds.
No earthquake came.
Here is what we know about what went wrong, and what it means for Teravia's early-warning system.

What happened?
The National Seismic Service said in a statement on Wednesday that a sensor at a monitoring station near the town of Karsk had recorded a burst of motion that its software mistook for the first waves of a magnitude 6.8 quake.
  > named_organization | nss | The National Seismic Service | said in a statement on Wednesday | >
The motion was in fact caused by a maintenance crew using a jackhammer a few meters from the sensor, the service said.
  > named_organization | nss | the service | said | <
The service has not named the maintenance contractor.
Normally, the system waits for at least four stations to agree before it sends an alert, according to the service's published technical description.
  > document | tech-description | the service's published technical description | according to | <
On Tuesday, it sent the alert after two.

Why only two?
The service's director, Anneliese Korun, told a parliamentary committee on Wednesday that a software update installed on Oct. 30 had lowered the threshold for the Karsk region by mistake.
  > named_official | korun | The service's director, Anneliese Korun | told a parliamentary committee on Wednesday | >
"This was our error, not the technology's," Korun said.
  > named_official | korun | Korun | said | <
Asked by lawmakers who had approved the update, she declined to name the engineer responsible.
  > declined_comment | korun | she | declined to name the engineer responsible | - | resp=declined
Two employees of the service, who spoke on condition of anonymity because they feared losing their jobs, said the update had been rushed onto the network before it was fully tested because the Ministry of Science wanted the new software running by November.
  > anonymous_official | nss-employees | Two employees of the service | said | > | anon=who spoke on condition of anonymity because they feared losing their jobs
The ministry, which oversees the service, did not respond to questions about the deadline.
  > declined_comment | ministry | The ministry, which oversees the service | did not respond to questions about the deadline | - | resp=no_response

What did people do?
Many did exactly what the alert told them to.
Videos posted on social media showed diners crouching under tables and a tram stopping abruptly in the city center.
  > document | videos | Videos posted on social media | showed | >
Solvenna's ambulance service said it treated 14 people for minor injuries, most of them from falls on stairs.
  > named_organization | ambulance | Solvenna's ambulance service | said | >
"I grabbed my daughter and ran into the hallway, and I twisted my ankle on the way," said Katya Morel, 34, a schoolteacher in the Belhaven district.
  > named_person | morel | Katya Morel, 34, a schoolteacher in the Belhaven district | said | <
"I'd do it again.
  > named_person | morel | Katya Morel | - | *
That's the point of it."
  > named_person | morel | Katya Morel | - | *
Some residents said they had ignored the alert because they had received test messages earlier in the year.
  > anonymous_other | residents | Some residents | said | >

Will people still trust the alerts?
Seismologists say the danger of a false alarm is that people stop acting on real ones.
  > anonymous_other | seismologists | Seismologists | say | >
Tomasz Greben, a seismologist at the University of Hallstadt who helped design a similar system in neighboring Norvia, said a single false alarm "is not fatal, if it is explained quickly and honestly."
  > named_person | greben | Tomasz Greben, a seismologist at the University of Hallstadt who helped design a similar system in neighboring Norvia | said | >
He said the bigger risk was that agencies respond by raising thresholds so high that real alerts arrive too late to help.
  > named_person | greben | He | said | >
A survey conducted after a false alert in Norvia in 2022 found that 71 percent of respondents still planned to act on the next alert.
  > document | survey | A survey conducted after a false alert in Norvia in 2022 | found | >

What happens now?
The service said it had rolled back the update and would require five stations to agree until an outside review is finished.
  > named_organization | nss | The service | said | >
Korun wants the review finished by January.
  > named_official | korun | Korun | wants | the review finished by January | nosrc
The Solvenna Herald reported on Thursday that ministers were discussing whether Korun should keep her post.
  > media_report | herald | The Solvenna Herald | reported on Thursday | >
That report could not be independently confirmed.

@excluded
More explainers from our science desk
Was this article helpful? Yes / No
© 2025 Teravia Daily News
''')

ARTICLES.append(r'''
@id aw-tirnau-hoard-field-ownership-feature
@style bronze_age_hoard_farmer_versus_museum_feature
Whose gold is it: a farmer, a museum and a field full of Bronze Age treasure

The Valdenian National Museum says the hoard belongs to the state.
  > named_organization | museum | The Valdenian National Museum | says | >
The farmer who owns the field says nobody asked him before the diggers came.
  > named_person | danescu | The farmer who owns the field | says | >

The first thing Aurel Danescu showed me was not the field but a folder.
Inside were photocopies of a 1923 land deed, a 1998 restitution certificate and a letter from the Ministry of Culture, dated last March, informing him that his wheat field near the village of Tirnau had been declared a site of national archaeological importance.
  > document | ministry-letter | a letter from the Ministry of Culture, dated last March | informing him | >
"Nobody knocked on my door," Danescu said, tapping the letter.
  > named_person | danescu | Danescu | said | <
"They sent this, and the next week there were tents in my field."
  > named_person | danescu | Danescu | - | *

The tents belonged to a team from the museum led by Mirela Costin, its chief curator of prehistory.
Over two seasons, the team has recovered 212 bronze and gold objects, including three gold arm rings and a ceremonial axe, according to an inventory the museum published in September.
  > document | inventory | an inventory the museum published in September | according to | <
Costin told me the hoard was buried around 1400 B.C. and may have been a religious offering rather than a hiding place.
  > named_official | costin | Costin | told me | >
"It is the most important find of its kind in this country in fifty years," she said.
  > named_official | costin | she | said | <
She would not say whether looters had reached the field before her team did.
  > declined_comment | costin | She | would not say whether looters had reached the field before her team did | - | resp=declined

Valdenia's 2004 heritage law says that any archaeological object found underground belongs to the state, but that landowners must be compensated for "damage and loss of use" at rates set by the ministry.
  > document | law | Valdenia's 2004 heritage law | says | >
The ministry has offered Danescu 18,000 valds, about $4,000, according to a letter his lawyer shared with me.
  > document | offer-letter | a letter his lawyer shared with me | according to | <
His lawyer, Sorin Matei, argues that the law's compensation rules were written for building sites, not farms, and that Danescu deserves a share of the hoard's value, as finders and landowners receive in some neighboring countries.
  > named_official | matei | His lawyer, Sorin Matei | argues | >
Matei has filed suit in the administrative court in Brasova, and a hearing is set for February.
"The state is treating him like a trespasser on his own land," Matei said.
  > named_official | matei | Matei | said | <

A ministry spokeswoman, Ilinca Rusu, said in an email that the offer had been "calculated strictly according to the law" and that the hoard could not become private property under any circumstances.
  > named_official | rusu | A ministry spokeswoman, Ilinca Rusu | said in an email | >
She did not answer a follow-up question about why Danescu had not been consulted before the excavation began.
  > declined_comment | rusu | She | did not answer a follow-up question about why Danescu had not been consulted before the excavation began | - | resp=no_response
Two museum employees, who asked not to be named because they had been told not to discuss the dispute, told me the dig had been rushed to head off looters after photographs of the field appeared on a metal detectorists' forum.
  > anonymous_official | museum-staff | Two museum employees | told me | > | anon=who asked not to be named because they had been told not to discuss the dispute

The man who found the first gold ring in the field, in 2022, a retired railway electrician from Tirnau, said he had reported it to the police the same day, as the law requires.
  > named_person | pop | The man who found the first gold ring in the field, in 2022, a retired railway electrician from Tirnau | said | >
"I expected a thank-you," said the electrician, Vasile Pop, 67.
  > named_person | pop | the electrician, Vasile Pop, 67 | said | <
"Instead they questioned me for six hours."
  > named_person | pop | the electrician, Vasile Pop, 67 | - | *

In Tirnau, opinion is divided.
Some villagers say the museum should build a small exhibition hall in the village so that the hoard brings visitors.
  > anonymous_other | villagers | Some villagers | say | >
Others told me they sided with Danescu.
  > anonymous_other | other-villagers | Others | told me | >
The regional newspaper Jurnalul de Brasova reported in October that two bronze objects said to come from the field had been offered for sale online by a dealer in Kessburg.
  > media_report | jurnalul | The regional newspaper Jurnalul de Brasova | reported in October | >
The museum said it had alerted the police.
  > named_organization | museum | The museum | said | >

When I left, Danescu was back on his tractor, plowing the strip of the field the archaeologists had finished with.
"It is still my field," he said.
  > named_person | danescu | he | said | <

@excluded
This story appears in the winter issue of Meridian Quarterly.
Photographs by Radu Enache for Meridian Quarterly.
Write to the editors: letters@meridianquarterly.example
''')

ARTICLES.append(r'''
@id aw-corlington-zoo-giraffe-death-inquiry
@style giraffe_transfer_death_necropsy_inquiry_updated
Corlington Zoo giraffe died of stress-related heart failure after long trailer ride, necropsy report says
  > document | necropsy | necropsy report | says | <

CORLINGTON, Iowa -- Amara, a 7-year-old giraffe who died two days after arriving at the Corlington Zoo in August, suffered heart failure most likely brought on by stress during an 11-hour trailer ride from a zoo in Kentucky, according to a necropsy report released Tuesday.
  > document | necropsy | a necropsy report released Tuesday | according to | <
The report, prepared by the veterinary diagnostic laboratory at Prairie State University, found no sign of infection or injury.
  > document | necropsy | The report, prepared by the veterinary diagnostic laboratory at Prairie State University | found | >
It noted that Amara had "marked weight loss" and high levels of stress hormones.
  > document | necropsy | It | noted | >

Zoo Director Frank Osterberg said at a news conference that the zoo had followed accreditation guidelines for the move and that a veterinarian had checked on the giraffe at two rest stops.
  > named_official | osterberg | Zoo Director Frank Osterberg | said at a news conference | >
"We are heartbroken, and we are going to learn everything we can from this," Osterberg said.
  > named_official | osterberg | Osterberg | said | <
He said the zoo would change its rules so that a veterinarian rides in the trailer on any trip longer than six hours.
  > named_official | osterberg | He | said | >

A former keeper who cared for the zoo's hoofed animals for nine years said she had warned supervisors in July that Amara was too thin to travel.
  > named_person | hutto | A former keeper who cared for the zoo's hoofed animals for nine years | said | >
"I told them she wasn't ready," said the keeper, Janelle Hutto, who left the zoo in September and now works at an animal sanctuary in Nebraska.
  > named_person | hutto | the keeper, Janelle Hutto, who left the zoo in September and now works at an animal sanctuary in Nebraska | said | <
A July 18 email from Hutto to her supervisor, which she provided to the Courier-Register, says Amara had lost "a visible amount of weight" and asks that the move be postponed.
  > document | email | A July 18 email from Hutto to her supervisor, which she provided to the Courier-Register | says | Amara had lost "a visible amount of weight" ;; that the move be postponed
Osterberg said the zoo's veterinarians had examined Amara before the trip and found her fit to travel.
  > named_official | osterberg | Osterberg | said | >
He declined to say whether he had seen Hutto's email before the move.
  > declined_comment | osterberg | He | declined to say whether he had seen Hutto's email before the move | - | resp=declined
The zoo has not released the notes from Amara's pre-travel examination.
A city parks official said the zoo had not told the parks department about the keeper's warning until after the necropsy.
  > anonymous_official | parks-official | A city parks official | said | >

City Council member Aaron Whitfield, who chairs the parks committee, said the committee would hold a hearing on Dec. 3 and had asked the zoo for all records related to the transfer.
  > named_official | whitfield | City Council member Aaron Whitfield, who chairs the parks committee | said | >
The Zoological Accreditation Council said it was reviewing the death, as it does whenever an animal dies after a transfer between accredited zoos.
  > named_organization | zac | The Zoological Accreditation Council | said | >
A spokeswoman for the Kentucky zoo, the Bluegrass Wildlife Park, said Amara had been healthy when she left and referred other questions to Corlington.
  > named_organization | bluegrass | A spokeswoman for the Kentucky zoo, the Bluegrass Wildlife Park | said | Amara had been healthy when she left
  > declined_comment | bluegrass | A spokeswoman for the Kentucky zoo, the Bluegrass Wildlife Park | referred other questions to Corlington | - | resp=declined
Giraffes are notoriously difficult to move, and experts say their long necks and high blood pressure make them vulnerable to stress and to falls in trailers.
  > anonymous_other | experts | experts | say | >
The Courier-Register reported in September that two other keepers had resigned over the summer, citing staff shortages.
  > media_report | courier-register | The Courier-Register | reported in September | >
The zoo had planned to make Amara the centerpiece of a new savanna exhibit that opens in the spring.
  > named_organization | zoo | The zoo | had planned | to make Amara the centerpiece of a new savanna exhibit that opens in the spring | nosrc

@excluded
Correction: An earlier version of this story misidentified the laboratory that performed the necropsy. It was the veterinary diagnostic laboratory at Prairie State University, not the state agriculture department's laboratory.
This story was updated at 6:15 p.m. Tuesday with comment from the Bluegrass Wildlife Park.
Sign up for Courier-Register breaking news alerts.
© 2025 Corlington Courier-Register
''')

ARTICLES.append(r'''
@id aw-harborview-marathon-short-course-newsletter
@style marathon_turnaround_cone_short_course_newsletter
The Long Run: Harborview Marathon was 143 meters short, certifiers find, and every time from it is void
  > named_organization | rcb | certifiers | find | Harborview Marathon was 143 meters short

Good morning, runners.
If you ran a personal best at the Harborview Marathon on Oct. 12, I have bad news.

THE SHORTFALL
The Road Course Certification Board said Monday that a remeasurement had found the course 143 meters short of the full 42.195 kilometers.
  > named_organization | rcb | The Road Course Certification Board | said Monday | >
According to the board's report, a cone marking a turnaround on Shoreline Drive was set about 71 meters too early, so runners cut short an out-and-back section that they ran twice.
  > document | rcb-report | the board's report | According to | >
Race director Colleen Hadley said in a statement that a volunteer had moved the cone to make room for an ambulance about 40 minutes before the start, and that no one noticed.
  > named_official | hadley | Race director Colleen Hadley | said in a statement | >
"This is on us, not on the volunteer," Hadley wrote.
  > named_official | hadley | Hadley | wrote | <

WHO IT HITS
The ruling means no time run at Harborview this year counts for records or for qualifying.
That includes the women's course record of 2:22:41 set by Selam Abayneh and, according to the race organizers, 1,140 finishes under the qualifying standard for the Kelridge Marathon.
  > named_organization | race | the race organizers | according to | 1,140 finishes under the qualifying standard for the Kelridge Marathon
Abayneh's agent, Luca Ferrante, told me by phone that she was "very sad but not angry" and would look for a fast spring race.
  > named_official | ferrante | Abayneh's agent, Luca Ferrante | told me by phone | >
The Kelridge Marathon said on social media that it would accept Harborview times for next year's race "with an adjustment," but it did not say how large the adjustment would be.
  > named_organization | kelridge | The Kelridge Marathon | said on social media | that it would accept Harborview times for next year's race "with an adjustment,"
Kelridge's organizers did not respond to my email asking how it would be calculated.
  > declined_comment | kelridge | Kelridge's organizers | did not respond to my email asking how it would be calculated | - | resp=no_response
On the Harborview runners' forum, some runners said they would ask for refunds of their $165 entry fees.
  > anonymous_other | forum-runners | some runners | said | >
"I trained 18 weeks for a Kelridge qualifier, and now it's a maybe," said Priyanka Dubey, 38, a physical therapist who finished in 3:29:40.
  > named_person | dubey | Priyanka Dubey, 38, a physical therapist who finished in 3:29:40 | said | <

WHAT'S NEXT
Two members of the board's technical committee, who would not speak on the record because the proposal has not been sent to race directors, said the board was considering requiring GPS-tracked cones at turnarounds on certified courses.
  > anonymous_official | committee-members | Two members of the board's technical committee | said | > | anon=who would not speak on the record because the proposal has not been sent to race directors
The board's chair, Walter Nystrom, declined to discuss the proposal.
  > declined_comment | nystrom | The board's chair, Walter Nystrom | declined to discuss the proposal | - | resp=declined
Hadley wants to hold a free 10K on the certified course in the spring for everyone who ran the marathon.
  > named_official | hadley | Hadley | wants | to hold a free 10K on the certified course in the spring for everyone who ran the marathon | nosrc
Whether the race's insurer will cover any refunds is not yet clear.

ALSO ON OUR RADAR
Stride magazine reported that the Pacifica Half Marathon is also being remeasured after runners complained that their watches showed a short course.
  > media_report | stride | Stride magazine | reported | >
A study published last month in the Journal of Endurance Science found that consumer GPS watches overstate marathon distances by an average of 0.8 percent.
  > document | gps-study | A study published last month in the Journal of Endurance Science | found | >
See you on the roads.

@excluded
You are receiving The Long Run because you signed up at thelongrun.example.
Forward this email to a running friend.
Unsubscribe | Manage preferences
''')

ARTICLES.append(r'''
@id aw-westbrook-misconduct-image-sleuth-qa
@style image_sleuth_misconduct_finding_edited_interview
The image sleuth behind the Westbrook misconduct finding says universities still move too slowly
  > named_person | okafor | The image sleuth behind the Westbrook misconduct finding | says | >

Last week, Westbrook University found that Anton Reiss, a prominent cancer biologist, had committed research misconduct by falsifying images in seven published papers.
  > named_organization | westbrook | Westbrook University | found | >
The finding, set out in a 96-page report by a university investigation committee, came nearly three years after Hana Okafor, a microbiologist turned independent image analyst, first posted concerns about the papers on the review site Critiq.
Reiss, who has denied wrongdoing, has said through his lawyer that he will appeal.
  > named_person | reiss | Reiss | has denied | wrongdoing
  > named_person | reiss | Reiss | has said through his lawyer | that he will appeal
An open letter signed by 40 of his colleagues last year called the online scrutiny of his work "a harassment campaign."
  > document | open-letter | An open letter signed by 40 of his colleagues last year | called | >
Reiss did not respond to our interview request.
  > declined_comment | reiss | Reiss | did not respond to our interview request | - | resp=no_response
Okafor spoke with us by video from her home in Varn.
The conversation has been edited and condensed.

Q: The report says that in one paper, the same image of cells appears four times, labeled as four different experiments.
  > document | report | The report | says | >
How did you spot it?
Okafor: It was actually the second thing I noticed.
  > named_person | okafor | Okafor | : | >
The first was a Western blot where the background noise was identical in two lanes, which doesn't happen in nature.
  > named_person | okafor | Okafor | - | *
Then I found the same cells, flipped and cropped, in three other figures.
  > named_person | okafor | Okafor | - | *

Q: Reiss's lawyer, Gerald Fenwick, told the Westbrook Tribune that the duplications were "clerical errors made by junior lab members."
  > named_official | fenwick | Reiss's lawyer, Gerald Fenwick | told the Westbrook Tribune | >
What do you make of that?
Okafor: Some of them may well be.
  > named_person | okafor | Okafor | : | >
But seven papers over eleven years, with the same kinds of errors, is a pattern.
  > named_person | okafor | Okafor | - | *
The committee agreed with me on that.
  > named_person | okafor | Okafor | - | *

Q: The committee also found that two former postdocs in his lab raised concerns internally in 2019.
  > named_organization | committee | The committee | found | >
Have you talked to them?
Okafor: One of them contacted me after my first post.
  > named_person | okafor | Okafor | : | >
I promised her I would never say who she is.
  > named_person | okafor | Okafor | - | *
She told me she had been warned to "stop looking for problems" if she wanted a recommendation letter.
  > named_person | okafor | Okafor | - | *

Q: Westbrook's provost, Carolyn Ashby, said in a statement that the university "acted as quickly as fairness allowed."
  > named_official | ashby | Westbrook's provost, Carolyn Ashby | said in a statement | >
Is three years quick?
Okafor: No.
  > named_person | okafor | Okafor | : | >
And the journals have been even slower.
  > named_person | okafor | Okafor | - | *
Two of the seven papers still have not been corrected or retracted.
  > named_person | okafor | Okafor | - | *

Q: Which journals?
Okafor: I'd rather not name them while they are still deciding.
  > declined_comment | okafor | Okafor | I'd rather not name them | - | resp=declined

Q: Some of Reiss's colleagues say online sleuths like you do more harm than good.
  > anonymous_other | colleagues | Some of Reiss's colleagues | say | >
Okafor: I'd ask them to read the report.
  > named_person | okafor | Okafor | : | >
Every figure I flagged is in there, side by side.
  > named_person | okafor | Okafor | - | *

Q: The National Health Research Fund, which paid for much of this work, said it was reviewing Reiss's grants.
  > named_organization | nhrf | The National Health Research Fund, which paid for much of this work | said | >
Should it take the money back?
Okafor: I think it should at least stop new funding until the appeal is decided.
  > named_person | okafor | Okafor | : | >

@excluded
Listen to the full conversation on our podcast, Lab Notes.
Share this interview
© 2025 The Science Ledger
''')

ARTICLES.append(r'''
@id aw-st-brennan-ransomware-recovery-costs
@style hospital_system_cyberattack_recovery_bill_business_journal
Six weeks after ransomware attack, St. Brennan Health says its systems are back but the bill tops $60 million
  > named_organization | brennan | St. Brennan Health | says | >

St. Brennan Health, the nine-hospital system based in Dalmouth, said Monday that it had restored its electronic health records and billing systems, six weeks after a ransomware attack forced its emergency rooms to divert ambulances and its staff to chart on paper.
  > named_organization | brennan | St. Brennan Health, the nine-hospital system based in Dalmouth | said Monday | >
The system disclosed in a quarterly filing to bondholders that the attack had cost $61.8 million through Sept. 30, including $22 million in lost revenue and $14 million for outside consultants and lawyers.
  > named_organization | brennan | The system | disclosed in a quarterly filing to bondholders | >
The filing does not say whether St. Brennan paid a ransom.
Chief Executive Darlene Fitch told the Journal that the system had "never seriously considered" paying.
  > named_official | fitch | Chief Executive Darlene Fitch | told the Journal | >
But two people familiar with the system's response said a negotiator hired by St. Brennan's insurer had been in contact with the attackers for at least a week in August.
  > anonymous_familiar | familiar | two people familiar with the system's response | said | >
One of the people, who spoke on condition of anonymity because the insurer's role has not been made public, said the contact was meant to buy time while engineers checked whether backups were clean.
  > anonymous_familiar | familiar | One of the people | said | > | anon=who spoke on condition of anonymity because the insurer's role has not been made public
The insurer, Lakeshore Mutual, declined to comment.
  > declined_comment | lakeshore | The insurer, Lakeshore Mutual | declined to comment | - | resp=declined
Fitch declined to say how much of the cost insurance would cover.
  > declined_comment | fitch | Fitch | declined to say how much of the cost insurance would cover | - | resp=declined

A criminal group called Nightjar claimed responsibility for the attack on its leak site in August.
  > named_organization | nightjar | A criminal group called Nightjar | claimed | responsibility for the attack
St. Brennan has notified 412,000 patients that their data may have been taken, according to a breach report filed with the federal Department of Health and Human Services.
  > document | breach-report | a breach report filed with the federal Department of Health and Human Services | according to | <
Chief Information Officer Tobias Wren said the hardest part of the recovery had been rebuilding more than 3,000 workstations by hand.
  > named_official | wren | Chief Information Officer Tobias Wren | said | >
"We rebuilt a hospital system's nervous system while it was still running," Wren said.
  > named_official | wren | Wren | said | <
"Nobody trains for that.
  > named_official | wren | Wren | - | *
Now we know how."
  > named_official | wren | Wren | - | *

The Dalmouth Nurses Association, which represents about 2,800 nurses at St. Brennan hospitals, said in a letter to state health regulators last week that paper charting had contributed to at least six medication errors during the outage.
  > named_organization | nurses-assn | The Dalmouth Nurses Association, which represents about 2,800 nurses at St. Brennan hospitals | said in a letter to state health regulators last week | >
The letter, which the Journal reviewed, does not describe any of the errors as causing serious harm.
A nurse in the emergency department at St. Brennan's flagship hospital, who asked not to be named because she had been told not to talk to reporters, said shifts during the outage were "like working in 1985 with 2025 patients."
  > anonymous_other | er-nurse | A nurse in the emergency department at St. Brennan's flagship hospital | said | > | anon=who asked not to be named because she had been told not to talk to reporters
St. Brennan said it had reviewed every reported error and found none that harmed a patient.
  > named_organization | brennan | St. Brennan | said | >
A state health department official said the department had received the union's letter and was reviewing it.
  > anonymous_official | health-official | A state health department official | said | >

Fairmont Ratings placed St. Brennan's $900 million in bonds on review for a downgrade last month, citing the cost of the attack and "uncertainty about the completeness of the recovery."
  > named_organization | fairmont | Fairmont Ratings | citing | >
Meredith Kwan, a health care credit analyst at Corbel Advisors, said hospitals that lose billing for more than a month often take a year to collect the backlog.
  > named_person | kwan | Meredith Kwan, a health care credit analyst at Corbel Advisors | said | >
Some investors worry the final bill will be much higher, Kwan said.
  > named_person | kwan | Kwan | said | <
State Sen. Alicia Moreno, who chairs the Senate health committee, wants hospitals to report cyberattacks to the state within 72 hours.
  > named_official | moreno | State Sen. Alicia Moreno, who chairs the Senate health committee | wants | hospitals to report cyberattacks to the state within 72 hours | nosrc
Moreno said in an interview that the six days St. Brennan took to confirm the attack publicly were "six days too many."
  > named_official | moreno | Moreno | said in an interview | >
The Journal reported on Aug. 4, citing county dispatch records, that St. Brennan's three Dalmouth emergency rooms had diverted 140 ambulances in the first 48 hours of the attack.
  > media_report | journal | The Journal | reported | that St. Brennan's three Dalmouth emergency rooms had diverted 140 ambulances in the first 48 hours of the attack
Lakeview Regional Medical Center, which took many of the diverted ambulances, has not disclosed whether it will seek payment from St. Brennan.

@excluded
Subscribe to the Dalmouth Business Journal for full access to regional business news.
Reprints and permissions
© 2025 Dalmouth Business Journal
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
