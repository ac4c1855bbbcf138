"""Build corpus/articles/c.jsonl: invented news articles annotated by hand as a CHECK set.

Written after the rules around the tagger were chosen on the written TRAIN articles
(corpus/README.md): nothing is trained or tuned on them; they measure how the pipeline
carries to articles and styles it has not seen. Same line format and builder as
``build_articles_b.py`` (read its docstring).

Run: python corpus/build_articles_c.py [--render]
     python corpus/build_articles_c.py --check FILE   (validate and render the blocks of FILE; write nothing)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_articles_b as builder  # noqa: E402

OUT = Path(__file__).resolve().parent / "articles" / "c.jsonl"


def blocks_of(text: str) -> list[str]:
    """Split a file of article blocks at each "@id" line."""
    blocks, current = [], []
    for line in text.splitlines():
        if line.startswith("@id") and current:
            blocks.append("\n".join(current) + "\n")
            current = []
        current.append(line)
    if current:
        blocks.append("\n".join(current) + "\n")
    return [b for b in blocks if b.strip()]


def check(path: str) -> None:
    """Build and validate the blocks of ``path``, print them marked up; write nothing."""
    check_blocks(blocks_of(Path(path).read_text(encoding="utf-8")))


def main(articles: list[str], out: Path, module: str) -> None:
    """A builder's command line: write ``out``; with ``--check`` and the builder's own path (or
    nothing), check ``articles``; with ``--check`` and a file of article blocks, check those."""
    if "--check" not in sys.argv:
        builder.build(articles, out)
        return
    rest = sys.argv[sys.argv.index("--check") + 1:]
    if not rest or Path(rest[0]).resolve() == Path(module).resolve():
        check_blocks(articles)
    else:
        check(rest[0])


def check_blocks(blocks: list[str]) -> None:
    """Build and validate article blocks, print them marked up; write nothing."""
    for block in blocks:
        article = builder.build_article(block)
        builder.validate(article)
        for warning in builder.boundary_warnings(article):
            print("check sentence boundary:", warning)
        print(builder.render(article))
    print("OK")


ARTICLES: list[str] = []

ARTICLES.append(r'''
@id c-education-millbrook-strike-vote
@style education
Millbrook teachers vote to authorize strike as district weighs layoffs

MILLBROOK, Ohio -- Teachers in the Millbrook City School District voted overwhelmingly on Tuesday to authorize a strike, raising the prospect of the district's first walkout in more than 30 years just as it prepares to eliminate as many as 140 jobs.
About 94 percent of the 1,850 members who cast ballots backed the authorization, the Millbrook Education Association said in a statement Tuesday night.
  > named_organization | mea | the Millbrook Education Association | said in a statement | <

The vote does not mean a walkout is imminent.
Under Ohio law, the union must give the district 10 days' notice before a strike begins.
The union's president, Denise Farrow, told reporters outside Millbrook High School that members were prepared to strike if the district went ahead with the layoffs.
  > named_official | farrow | The union's president, Denise Farrow | told | that members were prepared to strike if the district went ahead with the layoffs
"We did not ask for this fight," she said.
  > named_official | farrow | she | said | <
"But we are not going to watch class sizes climb to 35 and call it a budget."
  > named_official | farrow | she | - | *

The district faces a $27 million deficit next year after federal pandemic relief money ran out and enrollment fell by nearly 2,000 students over five years, according to a five-year forecast it filed with the Ohio Department of Education and Workforce in November.
  > document | forecast | a five-year forecast it filed with the Ohio Department of Education and Workforce in November | according to | <
Superintendent Marcus Bell said Wednesday that the layoffs were painful but unavoidable.
  > named_official | bell | Superintendent Marcus Bell | said | that the layoffs were painful but unavoidable
"Every dollar we don't cut now is a dollar we take from next year's students," Bell said in an interview.
  > named_official | bell | Bell | said in an interview | <

Two members of the school board said the board was privately weighing a smaller package of cuts that would spare most classroom teachers but close two elementary schools.
  > anonymous_official | board-members | Two members of the school board | said | >
The board members, who spoke on the condition of anonymity because the discussions took place in a closed executive session, said a vote could come as soon as Jan. 14.
  > anonymous_official | board-members | The board members | said | > | anon=who spoke on the condition of anonymity because the discussions took place in a closed executive session

District negotiators have also floated a one-year pay freeze in exchange for dropping the layoffs, according to a person familiar with the bargaining sessions.
  > anonymous_familiar | bargaining | a person familiar with the bargaining sessions | according to | <
The union rejected that offer last week, the person said.
  > anonymous_familiar | bargaining | the person | said | <

Some parents say they are running out of patience with both sides.
  > anonymous_other | parents | Some parents | say | >
"My son has had three different substitutes in math since September," said Alma Pruitt, whose son is a sophomore at Millbrook High.
  > named_person | pruitt | Alma Pruitt, whose son is a sophomore at Millbrook High | said | <
"A strike would just be one more thing taken away from him."
  > named_person | pruitt | Alma Pruitt, whose son is a sophomore at Millbrook High | - | *

A spokesman for the Ohio Department of Education and Workforce said the agency had not been asked to intervene and does not take sides in local labor disputes.
  > named_organization | odew | A spokesman for the Ohio Department of Education and Workforce | said | >
The Ohio Education Association, the statewide teachers' union, did not respond to a request for comment.
  > declined_comment | oea | The Ohio Education Association, the statewide teachers' union | did not respond to a request for comment | - | resp=no_response

The Millbrook Courier reported last month that the district had spent $4.2 million on outside consultants since 2022.
  > media_report | courier | The Millbrook Courier | reported | that the district had spent $4.2 million on outside consultants since 2022
Bell declined to discuss the consulting contracts.
  > declined_comment | bell | Bell | declined to discuss the consulting contracts | - | resp=declined
@excluded
Have a question about Millbrook schools? Send it to our education team using the form below.
''')

ARTICLES.append(r'''
@id c-education-pecan-hollow-test-scores
@style education
State examines district's sudden jump in reading scores, records show
  > document | letters | records | show | State examines district's sudden jump in reading scores

AUSTIN, Texas -- The Texas Education Agency has opened a review of testing at the Pecan Hollow Independent School District after third-grade reading scores at six of its elementary schools rose faster last spring than at almost any other schools in the state, according to letters the agency sent the district that were obtained through a public records request.
  > document | letters | letters the agency sent the district that were obtained through a public records request | according to | <
The share of third graders meeting the state's reading standard at those six schools climbed from 38 percent to 71 percent in a single year, state data show.
  > document | state-data | state data | show | <

In one letter, dated Oct. 9, the agency's director of test security, Raymond Whitlock, wrote that an analysis of online testing logs had found an "unusually high rate" of answers changed from wrong to right.
  > named_official | whitlock | the agency's director of test security, Raymond Whitlock | wrote | >
The review does not mean that anyone has been found to have cheated, Whitlock wrote.
  > named_official | whitlock | Whitlock | wrote | <
A spokeswoman for the agency said reviews of this kind are routine when scores change sharply and that the agency expects to finish its work by the end of February.
  > named_organization | tea | A spokeswoman for the agency | said | >

Texas uses results from the State of Texas Assessments of Academic Readiness, known as STAAR, to grade schools and districts from A to F.
Pecan Hollow, a fast-growing district of about 22,000 students north of San Antonio, earned a B this year after two years of C ratings.

Pecan Hollow's superintendent, Gloria Estrada-Lind, declined to be interviewed.
  > declined_comment | estrada-lind | Pecan Hollow's superintendent, Gloria Estrada-Lind | declined to be interviewed | - | resp=declined
In a message to families on Friday, she said the gains reflected "years of hard work" by teachers and a phonics curriculum the district adopted in 2023.
  > named_official | estrada-lind | she | said | >
"We are proud of our students, and we welcome any review," she wrote.
  > named_official | estrada-lind | she | wrote | <

Investigators have interviewed at least a dozen teachers at two of the schools, Brookside and Las Lomas elementary, according to two people with knowledge of the review.
  > anonymous_familiar | knowledge | two people with knowledge of the review | according to | <
One of the people, who spoke on the condition of anonymity because such reviews are confidential, said several teachers told investigators that administrators had urged them to "look over" students' answers before tests were submitted.
  > anonymous_familiar | knowledge | One of the people | said | > | anon=who spoke on the condition of anonymity because such reviews are confidential

Some teachers in the district have complained for months about pressure to raise scores.
  > anonymous_other | teachers | Some teachers in the district | have complained | about pressure to raise scores
A state official who works on test security said the agency opens about 40 such reviews a year and that most end without any finding of misconduct.
  > anonymous_official | state-official | A state official who works on test security | said | >

Sharp gains are not by themselves evidence of wrongdoing, said Helen Marsh-Obi, a professor at the University of Texas at Austin who studies testing.
  > named_person | marsh-obi | Helen Marsh-Obi, a professor at the University of Texas at Austin who studies testing | said | <
"When a school goes from 38 to 71 percent, you look, because that almost never happens with instruction alone," she said.
  > named_person | marsh-obi | she | said | <
"But almost never is not never."
  > named_person | marsh-obi | she | - | *

The Hill Country Ledger first reported the review on Thursday.
  > media_report | ledger | The Hill Country Ledger | first reported | the review
The president of the Pecan Hollow school board, Tomas Rendon, could not be reached for comment.
  > declined_comment | rendon | The president of the Pecan Hollow school board, Tomas Rendon | could not be reached for comment | - | resp=unreachable
''')

ARTICLES.append(r'''
@id c-climate-energy-sandhills-wind-contract
@style climate_energy
Nebraska utility weighs scrapping wind farm deal as developer seeks higher price, people familiar say
  > anonymous_familiar | familiar | people familiar | say | Nebraska utility weighs scrapping wind farm deal as developer seeks higher price

OMAHA, Neb. -- The Platte Valley Public Power District is considering canceling a contract to buy electricity from a 300-megawatt wind farm planned for the Nebraska Sandhills after the developer asked for a 28 percent price increase, according to three people familiar with the negotiations.
  > anonymous_familiar | familiar | three people familiar with the negotiations | according to | <
The utility's board could vote on the contract as soon as next month, two of the people said.
  > anonymous_familiar | familiar | two of the people | said | <

The developer, Redtail Renewables of Denver, said in a filing with the Nebraska Power Review Board in September that the cost of turbines, steel and financing had risen sharply since the contract was signed in 2022.
  > named_organization | redtail | The developer, Redtail Renewables of Denver | said in a filing with the Nebraska Power Review Board | that the cost of turbines, steel and financing had risen sharply since the contract was signed in 2022
Without a higher price, the project "cannot be financed on any reasonable terms," the filing said.
  > document | filing | the filing | said | <
A Redtail spokesman declined to comment on the negotiations.
  > declined_comment | redtail | A Redtail spokesman | declined to comment on the negotiations | - | resp=declined

Karen Vossberg, the utility's chief executive, said Tuesday that no decision had been made.
  > named_official | vossberg | Karen Vossberg, the utility's chief executive | said | that no decision had been made
"We want this project," Vossberg said in an interview.
  > named_official | vossberg | Vossberg | said in an interview | <
"What we can't do is hand our customers the bill for somebody else's bad timing."
  > named_official | vossberg | Vossberg | - | *

Platte Valley had hoped to get half of its power from renewable sources by 2030, and the wind farm was central to that goal.
  > named_organization | platte-valley | Platte Valley | had hoped | to get half of its power from renewable sources by 2030 | nosrc
Canceling would cost the utility a $6 million termination fee, according to a copy of the contract.
  > document | contract | a copy of the contract | according to | <
A member of the utility's board, who spoke on the condition of anonymity because the board has not discussed the matter in public, said several directors were inclined to walk away.
  > anonymous_official | board-member | A member of the utility's board | said | > | anon=who spoke on the condition of anonymity because the board has not discussed the matter in public

The Sandhills, a region of grass-covered dunes in north-central Nebraska, has some of the strongest and steadiest winds in the country.
It also lies beneath the migration route of the endangered whooping crane.
The Prairie Flyway Alliance, a conservation group that backed the project after Redtail agreed to move 11 turbines away from the birds' flight path, urged the utility to renegotiate rather than cancel.
  > named_organization | flyway | The Prairie Flyway Alliance, a conservation group that backed the project after Redtail agreed to move 11 turbines away from the birds' flight path | urged | the utility to renegotiate rather than cancel
Lena Harkavy, an ornithologist at the University of Nebraska-Lincoln, said the revised layout had become a model for how wind projects can avoid harming the cranes.
  > named_person | harkavy | Lena Harkavy, an ornithologist at the University of Nebraska-Lincoln | said | >
"If this one dies, the next developer won't bother to do it right," she said.
  > named_person | harkavy | she | said | <

Critics of the project, including some ranchers near the site, say the utility should never have signed a fixed-price deal it had no way to enforce.
  > anonymous_other | critics | Critics of the project, including some ranchers near the site | say | >
The Nebraska Power Review Board has no authority over the price in the contract, its executive director, Paul Strand, said.
  > named_official | strand | its executive director, Paul Strand | said | <
Developers have sought to renegotiate or cancel contracts for more than 9 gigawatts of wind projects across the country since 2023, the trade newsletter Turbine Quarterly reported this month.
  > media_report | turbine-quarterly | the trade newsletter Turbine Quarterly | reported | <
''')

ARTICLES.append(r'''
@id c-climate-energy-yellowstone-pipeline-spill
@style climate_energy
Pipeline spilled four times more oil into Montana creek than company first reported, regulators say
  > named_organization | phmsa | regulators | say | Pipeline spilled four times more oil into Montana creek than company first reported

BILLINGS, Mont. -- A pipeline operated by Bitterroot Midstream spilled about 1,900 barrels of crude oil into a tributary of the Yellowstone River last month, more than four times the amount the company initially reported, the federal Pipeline and Hazardous Materials Safety Administration said Monday.
  > named_organization | phmsa | the federal Pipeline and Hazardous Materials Safety Administration | said | <
In a proposed safety order, the agency said corrosion on a 14-mile segment of the line had gone undetected despite an inspection in 2021.
  > named_organization | phmsa | the agency | said | >
The agency ordered the company to keep the pipeline shut until the damaged section is replaced.
  > named_organization | phmsa | The agency | ordered | the company to keep the pipeline shut until the damaged section is replaced | nosrc

Bitterroot told state officials on the day of the leak that about 420 barrels had spilled into Cottonwood Creek, according to an incident report filed with the Montana Department of Environmental Quality.
  > document | incident-report | an incident report filed with the Montana Department of Environmental Quality | according to | <
The company said in a statement Monday that its first estimate "was based on the best information available at the time" and that it was cooperating fully with regulators.
  > named_organization | bitterroot | The company | said in a statement | that its first estimate "was based on the best information available at the time" and that it was cooperating fully with regulators
Gregory Tannehill, Bitterroot's vice president for operations, said crews had recovered about 1,100 barrels and were still skimming oil from the creek.
  > named_official | tannehill | Gregory Tannehill, Bitterroot's vice president for operations | said | >
He did not answer questions about why the 2021 inspection missed the corrosion.
  > declined_comment | tannehill | He | did not answer questions about why the 2021 inspection missed the corrosion | - | resp=declined

The pipeline, built in 1972, carries about 30,000 barrels a day from oil fields in North Dakota to a refinery in Billings.
Bitterroot had been trying to sell the line to a larger operator this year, according to a person briefed on the sale talks, who asked not to be named because the talks were private.
  > anonymous_familiar | briefed | a person briefed on the sale talks | according to | < | anon=who asked not to be named because the talks were private

Ellen Marchetti, an aquatic ecologist at Montana State University who has sampled the creek for a decade, said oil had coated the gravel beds where brown trout spawn in the fall.
  > named_person | marchetti | Ellen Marchetti, an aquatic ecologist at Montana State University who has sampled the creek for a decade | said | >
"You can clean the surface of the water in a few weeks," she said.
  > named_person | marchetti | she | said | <
"What's in the gravel will be there for years."
  > named_person | marchetti | she | - | *

Some ranchers downstream say they were not told about the spill for nearly two days.
  > anonymous_other | ranchers | Some ranchers downstream | say | >
Dale Korsgaard, whose family runs cattle along the creek, said he learned of the leak when he smelled it from his porch.
  > named_person | korsgaard | Dale Korsgaard, whose family runs cattle along the creek | said | >
"Nobody from the company knocked on my door until the third day," he said.
  > named_person | korsgaard | he | said | <

A state environmental official said the department was weighing fines and had asked Bitterroot for pressure readings from the days before the leak.
  > anonymous_official | deq-official | A state environmental official | said | >
The official, who was not authorized to discuss an open enforcement case, said the gap between the two spill estimates was "the first thing we want explained."
  > anonymous_official | deq-official | The official | said | > | anon=who was not authorized to discuss an open enforcement case
The Department of Environmental Quality's press office did not respond to a request for comment.
  > declined_comment | deq | The Department of Environmental Quality's press office | did not respond to a request for comment | - | resp=no_response

Upper Yellowstone Watch, an environmental group based in Livingston, said in a letter to the federal agency that it would sue if the line reopened before an independent review.
  > named_organization | uyw | Upper Yellowstone Watch, an environmental group based in Livingston | said in a letter to the federal agency | >
The Billings Sentinel reported last week that the same pipeline leaked about 60 barrels near Laurel in 2019.
  > media_report | sentinel | The Billings Sentinel | reported | that the same pipeline leaked about 60 barrels near Laurel in 2019
''')

ARTICLES.append(r'''
@id c-aviation-harmon-field-runway-incursion
@style aviation_transport
Two jets came within 400 feet of each other on Ohio runway, FAA says
  > named_organization | faa | FAA | says | Two jets came within 400 feet of each other on Ohio runway

DAYTON, Ohio -- A regional jet crossed an active runway at Harmon Field on Sunday night as a passenger plane was speeding up for takeoff, forcing the larger jet's pilots to brake hard and stop about 400 feet from the smaller plane, the Federal Aviation Administration said Monday.
  > named_organization | faa | the Federal Aviation Administration | said | <
No one was hurt.
The National Transportation Safety Board said it had opened an investigation and was sending three investigators to the airport.
  > named_organization | ntsb | The National Transportation Safety Board | said | >

The departing plane, an Allegheny Coastal Airlines A220 bound for Charlotte with 118 people on board, had reached about 100 miles per hour when its crew aborted the takeoff, according to preliminary flight data cited by the safety board.
  > document | flight-data | preliminary flight data cited by the safety board | according to | <
The regional jet, operated by Skyhaven Connection, had landed minutes earlier and was taxiing to its gate.

A recording of radio traffic between the tower and the pilots, archived by a flight-tracking website, captures a controller telling the Skyhaven crew to hold short of the runway.
  > document | recording | A recording of radio traffic between the tower and the pilots, archived by a flight-tracking website | captures | >
About 20 seconds later, the same controller can be heard shouting, "Skyhaven 4410, stop, stop, stop."
  > anonymous_official | controller | the same controller | can be heard shouting | "Skyhaven 4410, stop, stop, stop." | count=1

Two FAA officials familiar with the preliminary review said the tower had cleared the A220 for takeoff before confirming that the regional jet had stopped.
  > anonymous_official | faa-officials | Two FAA officials familiar with the preliminary review | said | >
The officials, who spoke on the condition of anonymity because the investigation had just begun, said only two controllers were working in the tower at the time, one fewer than the shift normally calls for.
  > anonymous_official | faa-officials | The officials | said | > | anon=who spoke on the condition of anonymity because the investigation had just begun
An FAA spokesman declined to say how many controllers were on duty.
  > declined_comment | faa | An FAA spokesman | declined to say how many controllers were on duty | - | resp=declined

Skyhaven said in a statement that it was cooperating with investigators and had taken the flight crew off duty while the review continues.
  > named_organization | skyhaven | Skyhaven | said in a statement | >
The Air Line Pilots Association, which represents the airline's pilots, did not immediately respond to a request for comment.
  > declined_comment | alpa | The Air Line Pilots Association, which represents the airline's pilots | did not immediately respond to a request for comment | - | resp=no_response

Passengers on the A220 said the plane lurched so violently that bags tumbled out of overhead bins.
  > anonymous_other | passengers | Passengers on the A220 | said | >
"One second we were flying down the runway, and the next everybody was hanging in their seat belts," said Dana Kowal, a nurse from Kettering who was seated over the wing.
  > named_person | kowal | Dana Kowal, a nurse from Kettering who was seated over the wing | said | <
"Nobody told us anything until we were back at the gate."
  > named_person | kowal | Dana Kowal, a nurse from Kettering who was seated over the wing | - | *

Runway incursions have drawn growing scrutiny after a series of close calls at larger airports.
There were 21 serious incursions nationwide in the last fiscal year, according to FAA data, up from 16 the year before.
  > document | faa-data | FAA data | according to | There were 21 serious incursions nationwide in the last fiscal year ;; up from 16 the year before

"Every one of these events is a warning we get for free," Thomas Aldana, a member of the safety board, said at a briefing at the airport.
  > named_official | aldana | Thomas Aldana, a member of the safety board | said at a briefing | <
"We should not assume the next one stops 400 feet short."
  > named_official | aldana | Thomas Aldana, a member of the safety board | - | *

Harmon Field, which handles about 140 flights a day, does not have the ground radar system that warns controllers of runway conflicts at the country's busiest airports.
Critics have long argued that the FAA has been too slow to bring such systems to midsize airports.
  > anonymous_other | critics | Critics | have long argued | >
"The technology exists, and it works," said Lorraine Pettibone, a former air traffic controller who now teaches aviation safety at Wright State University.
  > named_person | pettibone | Lorraine Pettibone, a former air traffic controller who now teaches aviation safety at Wright State University | said | <
She said controllers at smaller towers often handle both ground and air traffic from a single position late at night.
  > named_person | pettibone | She | said | >

The Dayton Daily Courier first reported the incident late Sunday.
  > media_report | courier | The Dayton Daily Courier | first reported | the incident late Sunday
@excluded
Related: Near misses on U.S. runways, and what investigators have found
Share this article
''')

ARTICLES.append(r'''
@id c-aviation-light-rail-wheel-cracks
@style aviation_transport
Transit agency pulls most light-rail cars from service after cracks found in wheels

SAN ANTONIO -- The Alamo Regional Transit Authority took 60 of its 84 light-rail cars out of service on Wednesday after inspectors found cracks in the wheel assemblies of nine of them, a day after a train partly derailed near a downtown station, the agency said.
  > named_organization | arta | the agency | said | <
No one was injured in Tuesday's derailment, in which the rear wheels of a two-car train slipped off the track at low speed as it pulled out of the Market Square station.

"We are not going to put a single car back on those tracks until we know exactly what we are dealing with," Renata Villalobos, the authority's general manager, said at a news conference.
  > named_official | villalobos | Renata Villalobos, the authority's general manager | said at a news conference | <
"If riders have to wait a little longer for a few weeks, I would rather apologize for a delay than for an injury."
  > named_official | villalobos | Renata Villalobos, the authority's general manager | - | *
Villalobos said shuttle buses would run along the 19-mile line and that trains would arrive every 30 minutes instead of every 10 until further notice.
  > named_official | villalobos | Villalobos | said | >

The cars were built between 2016 and 2019 by Stellwagen Rail Systems, a German-owned manufacturer with an assembly plant in Fort Worth.
Stellwagen said in a statement that it had sent a team of engineers to San Antonio and that the same wheel design was in use "without incident on transit systems on three continents."
  > named_organization | stellwagen | Stellwagen | said in a statement | >
The Federal Transit Administration said it was monitoring the inspections, and the National Transportation Safety Board said it was gathering information before deciding whether to open an investigation.
  > named_organization | fta | The Federal Transit Administration | said#1 | it was monitoring the inspections
  > named_organization | ntsb | the National Transportation Safety Board | said#2 | it was gathering information before deciding whether to open an investigation

Mechanics had reported unusual wear on the wheels of several cars as early as last spring, according to two people with knowledge of the agency's maintenance records, who spoke on the condition of anonymity because they were not authorized to discuss internal documents.
  > anonymous_familiar | records-familiar | two people with knowledge of the agency's maintenance records | according to | < | anon=who spoke on the condition of anonymity because they were not authorized to discuss internal documents
A spokesman for the authority, Marcus Tull, declined to say whether those reports had been investigated.
  > declined_comment | tull | A spokesman for the authority, Marcus Tull | declined to say whether those reports had been investigated | - | resp=declined
The Amalgamated Transit Union local that represents the authority's mechanics could not be reached for comment on Wednesday.
  > declined_comment | atu | The Amalgamated Transit Union local that represents the authority's mechanics | could not be reached for comment | - | resp=unreachable

A 2023 audit commissioned by the authority's board found that inspections of the rail fleet were running as much as four months behind schedule, in part because of a shortage of trained technicians.
  > document | audit | A 2023 audit commissioned by the authority's board | found | >
The authority plans to ask the board next month for $12 million to hire more mechanics and buy spare wheel sets.
  > named_organization | arta | The authority | plans | to ask the board next month for $12 million to hire more mechanics and buy spare wheel sets | nosrc

Wheel cracks of this kind usually develop slowly from metal fatigue, said Gordon Whitlock, a professor of railway engineering at the University of Texas at San Antonio.
  > named_person | whitlock | Gordon Whitlock, a professor of railway engineering at the University of Texas at San Antonio | said | <
"They don't appear overnight," Whitlock said.
  > named_person | whitlock | Whitlock | said | <
"The real question is why the inspections didn't find them before a train came off the rails."
  > named_person | whitlock | Whitlock | - | *

For many riders, the shutdown meant longer commutes.
Alisha Montoya, who takes the train from the South Side to her job at a downtown hospital, said her trip had taken nearly two hours on Wednesday morning.
  > named_person | montoya | Alisha Montoya, who takes the train from the South Side to her job at a downtown hospital | said | >
Other riders complained on social media that the shuttle buses were packed and the temporary stops poorly marked.
  > anonymous_other | riders | Other riders | complained on social media | >

The San Antonio Tribune-Ledger reported in August that the agency had put off a scheduled overhaul of the cars' wheel assemblies to save money.
  > media_report | tribune-ledger | The San Antonio Tribune-Ledger | reported | the agency had put off a scheduled overhaul of the cars' wheel assemblies to save money
''')

ARTICLES.append(r'''
@id c-labor-dunmore-axle-strike
@style labor
Strike at Michigan axle plant halts pickup production at two assembly plants

LANSING, Mich. -- About 1,400 workers at Dunmore Driveline's axle plant in Delta Township walked off the job early Monday after their union and the company failed to agree on a new contract before a midnight deadline.
The strike quickly forced Ridgeline Motors, which buys most of the plant's axles, to halt pickup truck production at assembly plants in Flint and Toledo, Ohio, according to a notice the automaker sent to its suppliers.
  > document | notice | a notice the automaker sent to its suppliers | according to | <

"Our members built this company's record profits, and they are done subsidizing them," Teresa Mrozek, president of United Auto Workers Local 1894, told strikers at a rally outside the plant's main gate.
  > named_official | mrozek | Teresa Mrozek, president of United Auto Workers Local 1894 | told | <
"We will stay out as long as it takes."
  > named_official | mrozek | Teresa Mrozek, president of United Auto Workers Local 1894 | - | *
Mrozek said the company's final offer, a 9 percent raise spread over four years, would leave workers further behind rising prices for food and housing.
  > named_official | mrozek | Mrozek | said | >

Dunmore said in a statement that its offer was "fair and competitive" and included the largest wage increase in the plant's 50-year history.
  > named_organization | dunmore | Dunmore | said in a statement | >
The company also said it would keep paying strikers' health insurance premiums through the end of the month.
  > named_organization | dunmore | The company | said | >
A Dunmore spokeswoman, Allison Brandt, declined to say whether the company would try to hire replacement workers.
  > declined_comment | brandt | A Dunmore spokeswoman, Allison Brandt | declined to say whether the company would try to hire replacement workers | - | resp=declined

When talks broke off shortly before midnight, the two sides were about 3 percentage points apart on wages and had not settled a dispute over health coverage for retirees, said a person briefed on the negotiations, who asked not to be identified because the talks were private.
  > anonymous_familiar | briefed | a person briefed on the negotiations | said | < | anon=who asked not to be identified because the talks were private
No new bargaining sessions have been scheduled.

Last week the union filed a charge with the National Labor Relations Board accusing Dunmore of refusing to turn over financial records it needed to weigh the offer, according to a copy of the charge.
  > document | nlrb-charge | a copy of the charge | according to | <
The board has not ruled on the charge.

Ridgeline Motors did not respond to requests for comment on Monday.
  > declined_comment | ridgeline | Ridgeline Motors | did not respond to requests for comment | - | resp=no_response
But some industry analysts say the automaker, whose full-size pickups are its most profitable vehicles, is likely to press Dunmore to settle quickly.
  > anonymous_other | analysts | some industry analysts | say | >
Each week that both assembly plants sit idle would cost the regional economy roughly $60 million in lost wages and output, said Elliot Farnsworth, a labor economist at Wayne State University.
  > named_person | farnsworth | Elliot Farnsworth, a labor economist at Wayne State University | said | <
"The axle plant is small, but it sits at a choke point," Farnsworth said.
  > named_person | farnsworth | Farnsworth | said | <

On the picket line Monday, Luis Carranza, a machinist who has worked at the plant for 22 years, said he had been setting money aside since spring in case of a strike.
  > named_person | carranza | Luis Carranza, a machinist who has worked at the plant for 22 years | said | >
"I've got two kids in college, and I can't sign something that goes backward," he said.
  > named_person | carranza | he | said | <
Some younger workers said they were worried about how long their savings would last.
  > anonymous_other | younger-workers | Some younger workers | said | >
The union's strike fund pays members $500 a week.

The plant, which opened in 1974, last went on strike in 2009, for 11 days.
Automotive News reported on Friday that Dunmore had begun shipping some axle tooling to a factory in Mexico.
  > media_report | automotive-news | Automotive News | reported | Dunmore had begun shipping some axle tooling to a factory in Mexico
''')

ARTICLES.append(r'''
@id c-labor-hospital-nurses-strike-vote
@style labor
Nurses at Oregon public hospital vote to authorize strike as state board weighs complaint

SALEM, Ore. -- Nurses at Willamette Valley Medical Center have voted overwhelmingly to authorize a strike, their union said Thursday, escalating a contract fight with the public hospital district over staffing and pay.
  > named_organization | union | their union | said | <
Of the 1,120 nurses who cast ballots, 94 percent voted in favor, the Cascade Nurses Union said.
  > named_organization | union | the Cascade Nurses Union | said | <
Under Oregon law, the union must give the hospital 10 days' notice before any walkout.

"Nobody wants to walk away from patients," said Carla Brightwater, a cardiac nurse who serves as the union's president.
  > named_official | brightwater | Carla Brightwater, a cardiac nurse who serves as the union's president | said | <
"But we are already walking away from patients every shift, because there are not enough of us to go around."
  > named_official | brightwater | Carla Brightwater, a cardiac nurse who serves as the union's president | - | *
The union wants fixed nurse-to-patient ratios written into the contract for every unit.
  > named_organization | union | The union | wants | fixed nurse-to-patient ratios written into the contract for every unit | nosrc

The district's chief executive, Howard Lindgren, said in a letter to employees that the hospital had offered raises of 14 percent over three years and had hired 80 nurses since January.
  > named_official | lindgren | The district's chief executive, Howard Lindgren | said in a letter to employees | >
He wrote that ratios in every unit would force the hospital to close beds at a time when its emergency room is already crowded.
  > named_official | lindgren | He | wrote | >
Lindgren could not be reached for comment on Thursday.
  > declined_comment | lindgren | Lindgren | could not be reached for comment | - | resp=unreachable

State staffing reports show that the hospital's medical and surgical units fell short of their own staffing plans on more than 40 percent of shifts last year.
  > document | staffing-reports | State staffing reports | show | >
Hannah Vossberg, who has worked in the emergency department for eight years, said she routinely cares for six patients at a time, two more than the plan calls for.
  > named_person | vossberg | Hannah Vossberg, who has worked in the emergency department for eight years | said | >

In September the union filed an unfair labor practice complaint with the Oregon Employment Relations Board.
The complaint accuses the district of cutting nurses' scheduled hours during negotiations without bargaining over the change.
  > document | complaint | The complaint | accuses | the district of cutting nurses' scheduled hours during negotiations without bargaining over the change
A state official familiar with the case said the board was unlikely to hold a hearing before January, speaking on the condition of anonymity because the official was not authorized to discuss pending matters.
  > anonymous_official | state-official | A state official familiar with the case | said | the board was unlikely to hold a hearing before January | anon=speaking on the condition of anonymity because the official was not authorized to discuss pending matters

The district has signed a contract with a staffing agency to bring in replacement nurses if a strike occurs, a district spokeswoman, Paula Greer, confirmed.
  > named_official | greer | a district spokeswoman, Paula Greer | confirmed | <
Two members of the district's elected board said privately that they expected the hospital to improve its offer before any walkout began.
  > anonymous_official | board-members | Two members of the district's elected board | said privately | >

Strikes by nurses, once rare, have become more common as hospitals struggle to keep staff, some health economists say.
  > anonymous_other | economists | some health economists | say | <
The Statesman Journal reported last month that the district had spent more than $9 million on temporary travel nurses in the past year.
  > media_report | statesman-journal | The Statesman Journal | reported | the district had spent more than $9 million on temporary travel nurses in the past year
@excluded
Sign up for our Oregon Workplace newsletter, delivered every Friday morning.
Comments are closed for this story.
''')

ARTICLES.append(r'''
@id c-elections-malawi-tally-recount
@style foreign_elections
Malawi delays presidential result again as recount of altered tally sheets begins

LILONGWE, Malawi -- Malawi's electoral commission on Thursday postponed the announcement of the presidential result for a second time, saying it would recount ballots from 41 polling stations where tally sheets appeared to have been altered.
  > named_organization | mec | Malawi's electoral commission | saying | >
The commission's chairwoman, Justice Miriam Chitsulo, told reporters that the suspect sheets covered about 58,000 votes and that the recount would be finished by Sunday.
  > named_official | chitsulo | The commission's chairwoman, Justice Miriam Chitsulo | told reporters | >

"We will not announce a number that we cannot defend in court," she said.
  > named_official | chitsulo | she | said | <
"Malawians have waited before, and they can wait three more days for the truth."
  > named_official | chitsulo | she | - | *

Partial results released by the commission on Monday showed President Lameck Mvula with 49.2 percent of the vote and his main challenger, Grace Chirambo, with 47.8 percent.
  > document | partial-results | Partial results released by the commission on Monday | showed | >
A candidate needs more than half of the votes cast to avoid a runoff.
In 2020, the country's Constitutional Court annulled a presidential election over irregularities that included tally sheets doctored with correction fluid, and the opposition won the rerun.

Chirambo, who leads the opposition Alliance for Renewal, told supporters in Blantyre on Wednesday night that results forms had been swapped at district tally centers after party agents were sent home.
  > named_official | chirambo | Chirambo, who leads the opposition Alliance for Renewal | told supporters | that results forms had been swapped at district tally centers after party agents were sent home
"They are stealing this election in the back room, one sheet at a time," she said.
  > named_official | chirambo | she | said | <

Mvula's party, the People's Progress Movement, said in a statement that the allegations were "the noise of a campaign that already knows it has lost."
  > named_organization | ppm | Mvula's party, the People's Progress Movement | said in a statement | >
Its secretary general, Peter Kawinga, could not be reached for comment.
  > declined_comment | kawinga | Its secretary general, Peter Kawinga | could not be reached for comment | - | resp=unreachable

The altered sheets came to light when the commission's auditors compared district tallies with carbon copies kept by party agents, according to a person familiar with the commission's internal review.
  > anonymous_familiar | review-familiar | a person familiar with the commission's internal review | according to | <
That person said at least two of the sheets bore signatures that did not match those of the presiding officers.
  > anonymous_familiar | review-familiar | That person | said | >
Chitsulo declined to say whether any election officials had been suspended.
  > declined_comment | chitsulo | Chitsulo | declined to say | - | resp=declined
Tiwale Radio, a private broadcaster, reported on Thursday that three district returning officers had been sent home pending an investigation.
  > media_report | tiwale | Tiwale Radio, a private broadcaster | reported | that three district returning officers had been sent home pending an investigation

Ambassadors from several Western countries have privately pressed the commission to let party agents watch the recount, according to two diplomats in Lilongwe, who spoke on the condition of anonymity because they were not authorized to discuss the meetings.
  > anonymous_official | diplomats | two diplomats in Lilongwe | according to | < | anon=who spoke on the condition of anonymity because they were not authorized to discuss the meetings
One of the diplomats said the commission had agreed to the request late on Wednesday.
  > anonymous_official | diplomats | One of the diplomats | said | >

The European Union's observer mission said in a preliminary statement this week that voting had been peaceful and well organized but that the transmission of results had been "slow and opaque."
  > named_organization | eu-mission | The European Union's observer mission | said in a preliminary statement | that voting had been peaceful and well organized but that the transmission of results had been "slow and opaque."
Its chief observer, Elin Sandqvist, a Swedish member of the European Parliament, urged the commission to publish the result from every polling station online.
  > named_official | sandqvist | Its chief observer, Elin Sandqvist, a Swedish member of the European Parliament | urged | the commission to publish the result from every polling station online

In Blantyre, the commercial capital and an opposition stronghold, most shops stayed shut on Thursday, and police fired tear gas to break up a crowd outside a district tally center.
Some residents said they feared a repeat of the months of street protests that followed the disputed 2019 vote.
  > anonymous_other | residents | Some residents | said | >
"We queued from four in the morning to vote," said Chimwemwe Nyirenda, 34, a tailor in the city's Ndirande township.
  > named_person | nyirenda | Chimwemwe Nyirenda, 34, a tailor in the city's Ndirande township | said | <
"If the numbers change now, nobody here will believe them."
  > named_person | nyirenda | Chimwemwe Nyirenda, 34, a tailor in the city's Ndirande township | - | *
''')

ARTICLES.append(r'''
@id c-elections-nepal-confidence-vote
@style foreign_elections
Nepal's prime minister faces confidence vote after coalition partner quits government

KATHMANDU, Nepal -- Prime Minister Harka Bahadur Thapa must win a vote of confidence in parliament within 30 days after the second-largest party in his coalition withdrew its support on Monday, leaving his government short of a majority.
The Federal Democratic Front, which holds 32 seats in the 275-member House of Representatives, said it was pulling its four ministers out of the cabinet over the government's handling of a corruption inquiry into an aircraft lease.
  > named_organization | fdf | The Federal Democratic Front, which holds 32 seats in the 275-member House of Representatives | said | >

The party's chairman, Bimal Rauniyar, told reporters outside his home in Lalitpur that Thapa had "protected his friends and punished the people who asked questions."
  > named_official | rauniyar | The party's chairman, Bimal Rauniyar | told reporters | that Thapa had "protected his friends and punished the people who asked questions."
"We gave this government two years," he said.
  > named_official | rauniyar | he | said | <
"It gave us two scandals."
  > named_official | rauniyar | he | - | *

Thapa's office said in a statement that the prime minister would seek the vote "at the earliest opportunity" and was confident of winning it.
  > named_organization | pm-office | Thapa's office | said in a statement | >
Without the Front, his coalition controls 119 seats, well short of the 138 needed for a majority.
Thapa has spent the past two days meeting leaders of three smaller parties and several independent lawmakers.

The prime minister has offered at least two of those parties cabinet posts, including the energy ministry, in exchange for their votes, according to three people familiar with the talks.
  > anonymous_familiar | familiar | three people familiar with the talks | according to | <
No deal had been reached as of Tuesday evening, one of the people said.
  > anonymous_familiar | familiar | one of the people | said | <

A senior official in the prime minister's office, who spoke on the condition of anonymity because he was not authorized to discuss the negotiations, said Thapa was also weighing whether to ask the president to dissolve the House and call early elections.
  > anonymous_official | pm-official | A senior official in the prime minister's office | said | > | anon=who spoke on the condition of anonymity because he was not authorized to discuss the negotiations
Thapa would prefer to avoid an election during the monsoon season, when floods and landslides cut off much of the hill country.
  > named_official | thapa | Thapa | would prefer | to avoid an election during the monsoon season, when floods and landslides cut off much of the hill country | nosrc
The Supreme Court twice reversed a prime minister's dissolution of the House in 2021, and constitutional experts say a third attempt would most likely meet the same fate.
  > anonymous_other | experts | constitutional experts | say | >

The dispute centers on a $210 million contract to lease two wide-body jets for the state-owned airline.
A report by the Office of the Auditor General released in March found that the lease had been priced nearly a third above market rates.
  > document | ag-report | A report by the Office of the Auditor General released in March | found | >
The Kathmandu Post reported last month that investigators at the Commission for the Investigation of Abuse of Authority had been told to slow their inquiry into the deal.
  > media_report | kathmandu-post | The Kathmandu Post | reported | that investigators at the Commission for the Investigation of Abuse of Authority had been told to slow their inquiry into the deal
The commission did not respond to a request for comment.
  > declined_comment | ciaa | The commission | did not respond to a request for comment | - | resp=no_response

A Western diplomat in Kathmandu said several embassies feared that a prolonged crisis would delay a cross-border power transmission agreement due to be signed next month.
  > anonymous_official | diplomat | A Western diplomat in Kathmandu | said | >
"The numbers can be found," said Anjana Lama, a political scientist at Tribhuvan University, "but every seat will have a price, and the voters will remember who paid it."
  > named_person | lama | Anjana Lama, a political scientist at Tribhuvan University | said | "The numbers can be found," ;; "but every seat will have a price, and the voters will remember who paid it."
@excluded
Sign up for our Asia Briefing newsletter to get the region's top stories in your inbox every morning.
Enter your email address
Subscribe
''')

ARTICLES.append(r'''
@id c-defense-helicopter-parts-audit
@style defense_intelligence
Army paid up to 40 times market price for helicopter parts, audit finds
  > document | audit | audit | finds | Army paid up to 40 times market price for helicopter parts

WASHINGTON -- The Army paid a small Alabama supplier as much as 40 times the commercial price for Black Hawk helicopter spare parts, including $11,800 for a set of cockpit light switches that sell for about $290, according to an audit by the Pentagon's inspector general released Tuesday.
  > document | audit | an audit by the Pentagon's inspector general released Tuesday | according to | <
The audit found that Army contracting officers approved 214 orders from the company, Corlew Aviation Supply of Huntsville, without checking its prices against earlier purchases or catalog listings.
  > document | audit | The audit | found | >
Overpayments totaled about $6.3 million over four years, it said.
  > document | audit | it | said | <

Federal prosecutors have opened a criminal inquiry into the company's billing, according to two people briefed on the matter, who asked not to be identified because the investigation has not been made public.
  > anonymous_familiar | briefed | two people briefed on the matter | according to | < | anon=who asked not to be identified because the investigation has not been made public
One of them said investigators were examining whether a former Army civilian employee had steered orders to Corlew after leaving government for a job with the firm.
  > anonymous_familiar | briefed | One of them | said | >
A senior Defense Department official said the inspector general had also begun reviewing the prices charged by at least three other small suppliers of helicopter parts.
  > anonymous_official | senior-dod | A senior Defense Department official | said | >

The U.S. attorney's office in Birmingham declined to comment.
  > declined_comment | usao | The U.S. attorney's office in Birmingham | declined to comment | - | resp=declined
Corlew's president, Wade Pruett, did not respond to phone messages or an email.
  > declined_comment | pruett | Corlew's president, Wade Pruett | did not respond to phone messages or an email | - | resp=no_response
In a written response included in the audit, the company said its prices reflected the cost of small production runs and the "unique certification requirements" of military aviation parts.
  > named_organization | corlew | the company | said | >

The Army flies about 2,000 Black Hawks, and keeping them in the air is among the service's largest maintenance costs.
Army spokeswoman Teresa Valdivia said the service accepted all 11 of the inspector general's recommendations and had moved the parts onto a fixed-price contract.
  > named_official | valdivia | Army spokeswoman Teresa Valdivia | said | >
"We should have caught this sooner, and we are changing how we buy low-volume parts," she said.
  > named_official | valdivia | she | said | <

Two Army officials said a contracting specialist at Redstone Arsenal had raised concerns about Corlew's prices as early as 2021, but no one acted on the warning.
  > anonymous_official | army-officials | Two Army officials | said | >
The specialist's memo, which was reviewed by this newspaper, described Corlew as "the only vendor on the schedule whose prices go up every time we order."
  > document | memo | The specialist's memo, which was reviewed by this newspaper | described | >
"Nobody wanted to hold up a readiness line over a light switch," one of the officials said, speaking on the condition of anonymity to discuss internal deliberations.
  > anonymous_official | army-officials | one of the officials | said | < | anon=speaking on the condition of anonymity to discuss internal deliberations

Sen. Joan Whitaker of Nebraska, a Republican on the Armed Services Committee, said she would ask the Army's top acquisition official to explain the purchases at a hearing next month.
  > named_official | whitaker | Sen. Joan Whitaker of Nebraska, a Republican on the Armed Services Committee | said | >
"This isn't a rounding error," Whitaker said in an interview.
  > named_official | whitaker | Whitaker | said in an interview | <
"It's a business model."
  > named_official | whitaker | Whitaker | - | *

Critics of the Pentagon's spare-parts buying have long argued that suppliers who are the only approved source for a part face little pressure to hold prices down.
  > anonymous_other | critics | Critics of the Pentagon's spare-parts buying | have long argued | >
Marcus Hadley, a former Pentagon cost analyst who now works for a budget watchdog group in Washington, said the case stood out only because the prices were so easy to compare.
  > named_person | hadley | Marcus Hadley, a former Pentagon cost analyst who now works for a budget watchdog group in Washington | said | >
"Most of the time the markup is buried in a part nobody else sells," he said.
  > named_person | hadley | he | said | <

The audit's findings were first reported by Defense News.
  > media_report | defense-news | Defense News | were first reported by | The audit's findings
''')

ARTICLES.append(r'''
@id c-defense-hypersonic-test-failure
@style defense_intelligence
Navy's hypersonic missile broke apart in undisclosed test, officials say
  > anonymous_official | us-officials | officials | say | Navy's hypersonic missile broke apart in undisclosed test

WASHINGTON -- A prototype of the Navy's first ship-launched hypersonic missile broke apart seconds after launch during a test off Hawaii last month, the third failure in the program's last five flights, according to three U.S. officials.
  > anonymous_official | us-officials | three U.S. officials | according to | <
The test was meant to clear the weapon for installation aboard a destroyer next year, and the failure is likely to push that date back by at least 18 months, two of the officials said.
  > anonymous_official | us-officials | two of the officials | said | <

Engineers suspect that a seal in the missile's second-stage motor gave way under heat, according to a person briefed on the preliminary findings, who spoke on the condition of anonymity because the review is classified.
  > anonymous_familiar | briefed | a person briefed on the preliminary findings | according to | < | anon=who spoke on the condition of anonymity because the review is classified
"It's the same family of problem they thought they had fixed two years ago," the person said.
  > anonymous_familiar | briefed | the person | said | <
"That is what worries people."
  > anonymous_familiar | briefed | the person | - | *

Cmdr. Elliot Marsh, a spokesman for the Navy's Strategic Systems Programs, confirmed that a flight test took place in October and said the program "learns from every flight, including the ones that don't go as planned."
  > named_official | marsh | Cmdr. Elliot Marsh, a spokesman for the Navy's Strategic Systems Programs | confirmed | that a flight test took place in October
  > named_official | marsh | Cmdr. Elliot Marsh, a spokesman for the Navy's Strategic Systems Programs | said | the program "learns from every flight, including the ones that don't go as planned."
Aldermoor Defense Systems, the missile's prime contractor, did not respond to requests for comment.
  > declined_comment | aldermoor | Aldermoor Defense Systems, the missile's prime contractor | did not respond to requests for comment | - | resp=no_response
The Pentagon's office of operational test and evaluation declined to comment.
  > declined_comment | dote | The Pentagon's office of operational test and evaluation | declined to comment | - | resp=declined

The Defense Department has spent about $9 billion on the missile since 2019, part of a push to match weapons that China and Russia have already deployed.
Hypersonic missiles fly at more than five times the speed of sound and can maneuver in flight, which makes them hard to track and intercept.
Budget documents released in March show that the Navy had already cut its planned purchase for 2027 from 24 missiles to 12.
  > document | budget-docs | Budget documents released in March | show | >

A congressional aide briefed on the test said members of the House Armed Services Committee were told about the failure only last week, after their staff asked about a gap in the test schedule.
  > anonymous_official | aide | A congressional aide briefed on the test | said | >
Rep. Darnell Ocampo, a California Democrat on the committee, said the Navy owed Congress "a straight answer, not a classified shrug."
  > named_official | ocampo | Rep. Darnell Ocampo, a California Democrat on the committee | said | >

A former Pentagon acquisition official said the pressure to field a hypersonic weapon quickly had "turned test schedules into promises."
  > anonymous_official | former-official | A former Pentagon acquisition official | said | >
Some outside experts have questioned whether the Navy can pay for the program at all while it is also building a new submarine and designing a new destroyer.
  > anonymous_other | experts | Some outside experts | have questioned | >
"Failures in development are normal, and you learn more from them than from a clean flight," said Hannah Voss, who studies missile programs at a Washington research group.
  > named_person | voss | Hannah Voss, who studies missile programs at a Washington research group | said | <
"What isn't normal is keeping them from the people who pay for it."
  > named_person | voss | Hannah Voss, who studies missile programs at a Washington research group | - | *

Aviation Week reported in August that the program had fallen behind schedule after a ground test of the motor in Utah ended early.
  > media_report | aviation-week | Aviation Week | reported | that the program had fallen behind schedule after a ground test of the motor in Utah ended early
The next flight test is planned for the spring, the officials said.
  > anonymous_official | us-officials | the officials | said | <
''')


if __name__ == "__main__":
    main(ARTICLES, OUT, __file__)
