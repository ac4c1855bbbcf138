"""The model stages with stand-in models (no torch): what the rules add around them."""

from dataclasses import dataclass, field

import pytest

from auditor.ingest import read_article
from auditor.modelstages import attribute_with_model, classify_with_model, is_sourcing
from auditor.pipeline import AuditConfig, Auditor
from auditor.segment import segment
from auditor.types import Attribution, Document, Span

TEXT = ("Talks stall\n\n"
        "The deal is off, two officials said. "
        "The ministry declined to comment. "
        "They agreed that the envoy would visit in May.")


def span(text, needle):
    start = TEXT.index(needle)
    return Span(start, start + len(needle))


class FakeTagger:
    def predict(self, text):
        return [
            Attribution(source=span(text, "two officials"), cue=span(text, "said"),
                        content=(span(text, "The deal is off"),), origin="model"),
            Attribution(source=span(text, "They"), cue=span(text, "agreed"),
                        content=(span(text, "the envoy would visit in May"),), origin="model"),
        ]


@dataclass
class Prediction:
    type: str
    confidence: float
    evidence: Span = None
    probabilities: dict = field(default_factory=dict)


class FakeTyper:
    def predict(self, text, mentions, cues=None):
        return [Prediction("anonymous_official" if text[m.start:m.end] == "two officials" else "named_organization", 0.9)
                for m in mentions]


def doc():
    return segment(Document(read_article(TEXT)))


def test_model_attributions_keep_rule_non_answers_and_sourcing():
    result = attribute_with_model(doc(), FakeTagger())
    cues = [(a.cue.text(TEXT), a.type, a.sourcing) for a in result.attributions]
    assert cues == [("said", None, True), ("declined to comment", "declined_comment", True), ("agreed", None, False)]


def test_typer_types_sources_but_not_non_answers():
    typed = classify_with_model(attribute_with_model(doc(), FakeTagger()), FakeTyper())
    types = [a.type for a in typed.attributions]
    assert types == ["anonymous_official", "declined_comment", "named_organization"]
    assert typed.attributions[0].count == "2"


def test_whole_pipeline_with_stand_in_models():
    auditor = Auditor(AuditConfig(rules_only=True))
    auditor.tagger, auditor.typer = FakeTagger(), FakeTyper()
    result = auditor.audit_text(TEXT)
    assert result.labels[1] == ("anonymous_official",)
    assert result.labels[2] == ("declined_comment",)
    assert result.labels[3] == ("unattributed",)  # the reporter's voice is no sourcing
    assert dict(result.meta) == {"attributor": "model", "classifier": "model"}


def test_is_sourcing():
    assert is_sourcing("said", "officials", False)
    assert is_sourcing("according to", "records", False)
    assert not is_sourcing("wants", "Trump", False)
    assert is_sourcing("believe", "some analysts", False)
    assert not is_sourcing("believes", "Trump", False)
    assert is_sourcing("thinks", "Some forecasters", False)  # an observer by trade
    assert not is_sourcing("now expect", "the authority’s own consultants", False)  # negative: hired hands
    assert is_sourcing("reminded", "Board chair Linda Okonkwo", False)
    assert not is_sourcing("without announcing", "Pruitt", False)  # an act left undone cites nothing
    assert is_sourcing("ruling", "A Houston County judge", False)  # "…, ruling that prosecutors had failed"
    assert is_sourcing("wants", "Trump", True)  # a direct quote is always sourcing
    # forms the lexicon leaves out because they are nouns too, and British spellings
    assert is_sourcing("note", "Analysts", False)
    assert is_sourcing("have criticised", "Environmental groups", False)
    assert not is_sourcing("call", "many residents", False)  # a naming: "which many residents still call the Board"
    assert not is_sourcing("notation", "Analysts", False)
    assert not is_sourcing("has three months to ask for", "Austria", False)  # a plan, not a report
    assert not is_sourcing("to ask", "President Irena Halloway", False)


@pytest.mark.parametrize("cue, source, expected", [
    ("said:", "Caddell", True),  # the colon before a block quote is not part of the verb
    ("continued:", "Pence", False),  # not a reporting verb, colon or not
    ("arguing", "Other analysts", True),
    ("citing", "The Hawks", True),
    ("cautioned", "Marcus Oyelaran", True),
    ("repeated his pledge", "Ellery", True),  # a pledge said again
    ("ruled 2-1", "A three-judge panel", True),
    ("are skeptical", "Some labor economists", True),  # an observer's view
    ("is skeptical", "the mayor", False),  # an actor's own view, in the reporter's voice
    ("according to data from", "the National Retail Federation", True),
    ("have long whispered about", "Insiders in Ohio Republican circles", True),
    ("last month dismissed", "a Kremlin spokesman", True),
    ("plans", "the ministry", False),
    ("has not confirmed", "the ministry", False),
    # a reporting verb in another sense reports nothing
    ("noted for", "Ostrander", False),
    ("long noted for", "Halbrook", False),
    ("Under", "state law", False),  # the rule a fact follows from, not who said it
    ("added it to", "CMS", False),
    ("stopped announcing", "The team", False),
    ("quoted", "The story", True),  # "The story quoted the assessment as warning …"
    ("centered on", "The dispute", False),  # a topic, not a report
    ("focused largely on", "The hearing", False),
    ("noted", "the mayor", True),  # negatives: "noted", "added" as reporting verbs
    ("added", "the mayor", True),
    # researchers' doubts and officials' suspicions are observers' views
    ("have long questioned", "Health policy researchers", True),
    ("have long suspected", "Western officials", True),
    ("suspected", "the mayor", False),  # negative: an actor's own suspicion
])
def test_is_sourcing_table(cue, source, expected):
    assert is_sourcing(cue, source, False) is expected


@pytest.mark.parametrize("cue, source, moved", [
    # a document left in an "according to" cue moves into the source
    ("according to data from", "the National Retail Federation", "data from the National Retail Federation"),
    ("according to a notice filed with", "the state attorney general’s office",
     "a notice filed with the state attorney general’s office"),
    ("according to", "the National Retail Federation", None),  # negative: nothing to move
])
def test_a_document_leaves_the_cue(cue, source, moved):
    from auditor.modelstages import document_out_of_cue

    text = f"Sales rose, {cue} {source}."
    c, s_ = text.index(cue), text.index(source)
    attribution = Attribution(source=Span(s_, s_ + len(source)), cue=Span(c, c + len(cue)), content=(Span(0, 10),))
    result = document_out_of_cue(attribution, text)
    assert result.source.text(text) == (moved or source)
    assert result.cue.text(text) == ("according to" if moved else cue)


class OneAttributionTagger:
    """Stands in for the tagger: one attribution per (source, cue, content) needle triple."""

    def __init__(self, text, triples):
        self.text, self.triples = text, triples

    def predict(self, text):
        def at(needle):
            if needle is None:
                return None
            start = text.index(needle)
            return Span(start, start + len(needle))
        return [Attribution(source=at(s), cue=at(c), content=tuple(at(x) for x in contents), origin="model")
                for s, c, contents in self.triples]


@pytest.mark.parametrize("sentence, cue, response", [
    ("Castillo confirmed the emails were authentic but declined to comment further.", "confirmed", None),
    ("Castillo confirmed the emails were authentic but declined to comment further.", "declined", "declined"),
    ("Town officials did not immediately respond to questions about the sirens.",
     "did not immediately respond to", "no_response"),
    ("The company did not answer questions about the cuts.", "did not answer", "no_response"),
    ("Town officials did not respond Thursday to a request for an interview.", "did not respond Thursday to", "no_response"),
    ("The Justice Department did not make anyone available for an interview.", "did not make", "declined"),
    ("The Justice Department did not make the report available to the public.", "did not make", None),  # no interview asked
    ("A spokeswoman said the company would not comment on the talks.", "would not comment", "declined"),
    ("The mayor said the plan would not pass.", "said", None),
    ("The governor would not say whether she would sign the bill.", "would not say", "declined"),
    ("Schneiderman isn’t saying what he will do.", "isn’t saying", "declined"),
    ("The senator did not say how the plan would be paid for.", "did not say", None),  # an omission, not a refusal
    ("Estrada declined to be interviewed.", "declined", "declined"),
    ("The campaign did not respond to USA Today’s request for comment.", "did not respond to", "no_response"),
    ("The mayor has not commented on the ruling.", "has not commented", "declined"),
    ("Estrada declined to be named because she was not authorized to speak.", "declined", None),  # anonymity
    ("Estrada declined an interview request.", "declined", "declined"),
    ("Estrada has not responded to five phone calls and a letter.", "has not responded to", "no_response"),
    ("Estrada has not responded to the idea.", "has not responded to", None),  # no request of the reporter's
    ("Ferrante declined to talk about the trade.", "declined to talk about", "declined"),
    ("The office did not respond by our deadline.", "did not respond by our deadline", "no_response"),
    ("Ferrante did not respond by signing the bill.", "did not respond by signing", None),  # an act, not a non-answer
    ("Ferrante could not discuss individual tests.", "could not discuss", "declined"),
    ("Ferrante did not respond Thursday.", "did not respond Thursday", "no_response"),  # a weekday before the stop
])
def test_a_non_answer_starts_in_its_cue(sentence, cue, response):
    text = "Story\n\n" + sentence
    source = sentence.split()[0] if not sentence.startswith(("Town", "The", "A ")) else " ".join(sentence.split()[:2])
    tagger = OneAttributionTagger(text, [(source, cue, ())])
    result = attribute_with_model(segment(Document(read_article(text))), tagger)
    ours = [a for a in result.attributions if a.cue is not None and a.cue.text(text) == cue]
    assert ours and ours[0].response == response
    assert (ours[0].type == "declined_comment") is (response is not None)


def test_content_does_not_cross_a_headline_edge():
    text = ("Drugmaker in talks to buy rival\n\n"
            "Drugmaker A is in talks to buy rival B, according to two people familiar with the matter.")
    tagger = OneAttributionTagger(text, [
        ("two people familiar with the matter", "according to",
         ("Drugmaker in talks to buy rival", "Drugmaker A is in talks to buy rival B")),
    ])
    doc = segment(Document(read_article(text)))
    assert doc.sentences[0].is_headline
    result = attribute_with_model(doc, tagger)
    (attribution,) = result.attributions
    assert [c.text(text) for c in attribution.content] == ["Drugmaker A is in talks to buy rival B"]
    # a headline's own cue keeps its content in the headline
    text = "Deal is off, officials say\n\nThe deal is off. Talks ended on Friday after a long night."
    tagger = OneAttributionTagger(text, [("officials", "say", ("Deal is off", "Talks ended on Friday after a long night"))])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert [c.text(text) for c in attribution.content] == ["Deal is off"]


def test_a_content_piece_is_cut_at_line_breaks():
    # the tagger ran one piece from the headline into the lede: the lede's part stays
    text = "Port plan\n\nThe Coast Guard will tighten port inspections, three officials said.\n"
    tagger = OneAttributionTagger(text, [("three officials", "said", ("Port plan\n\nThe Coast Guard will tighten port inspections",))])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert [c.text(text) for c in attribution.content] == ["The Coast Guard will tighten port inspections"]
    # a quote running on into the next paragraph becomes two pieces, edge whitespace left out
    text = "Ports\n\n“We are ready,” said Rear Adm. Jane Holt. “We start the inspections on Monday.\n\nNothing is off the table.”\n"
    whole = "“We start the inspections on Monday.\n\nNothing is off the table.”"
    tagger = OneAttributionTagger(text, [("Rear Adm. Jane Holt", "said", ("“We are ready,”", whole))])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert [c.text(text) for c in attribution.content] == ["“We are ready,”", "“We start the inspections on Monday.", "Nothing is off the table.”"]


@pytest.mark.parametrize("stray, kept", [
    ("“Customs duties do.”", True),  # a whole quote continued after the cue's sentence
    ("Customs duties do.", False),  # three loose words in another sentence: a tagging stray
    ("“Customs duties” do.", False),  # a scare quote is no whole quote
])
def test_short_content_outside_the_cue_sentence(stray, kept):
    text = f"Trade\n\n“Communiques don’t move markets,” said Elena Ricci, an economist. {stray}\n"
    tagger = OneAttributionTagger(text, [("Elena Ricci, an economist", "said", ("“Communiques don’t move markets,”", stray))])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert (stray in [c.text(text) for c in attribution.content]) is kept


@pytest.mark.parametrize("source, parts", [
    ("court records and two law enforcement officials", ["court records", "two law enforcement officials"]),
    ("two of those people and a copy of one subpoena reviewed by The Ledger",
     ["two of those people", "a copy of one subpoena reviewed by The Ledger"]),
    ("emails obtained by the Sentinel-Tribune and three people with direct knowledge of the dispute",
     ["emails obtained by the Sentinel-Tribune", "three people with direct knowledge of the dispute"]),
    # one source, as PolNeAR annotates them
    ("exit polls conducted for The Associated Press and television networks", None),
    ("tallies by the Campaign Media Analysis Group and other trackers", None),
    ("three people with knowledge of the shipments and ship-tracking data reviewed by Reuters",
     ["three people with knowledge of the shipments", "ship-tracking data reviewed by Reuters"]),
    ("two museum employees and photographs reviewed by the Examiner",  # photographs are documents too
     ["two museum employees", "photographs reviewed by the Examiner"]),
    ("four U.S. officials and a summary of the review obtained by Compass Wire",  # a summary is a document
     ["four U.S. officials", "a summary of the review obtained by Compass Wire"]),
    # people an outlet interviewed are people, not its report
    ("a complaint filed with safety regulators and six current employees interviewed by the Chieftain Ledger",
     ["a complaint filed with safety regulators", "six current employees interviewed by the Chieftain Ledger"]),
    # anonymous people of two kinds are two sources
    ("two Western diplomats and a person close to the presidential family",
     ["two Western diplomats", "a person close to the presidential family"]),
    ("two officials and three aides", None),  # negative: people of one kind
    ("the maker of Brightway detergent and Pell’s paper towels", None),  # "paper" modifies, "towels" is the head
    ("Cruz and his aides", None),
    ("polls and other trackers", None),  # a document, then no determiner: one source
    ("The Republican nominee and his aides", None),
    ("David Kamin, an adviser and an associate professor at New York University", None),
])
def test_a_document_and_anonymous_people_are_two_sources(source, parts):
    from auditor.modelstages import split_mixed_source

    text = f"The probe widened, according to {source}."
    start = text.index(source)
    cue = Span(text.index("according to"), text.index("according to") + len("according to"))
    attribution = Attribution(source=Span(start, start + len(source)), cue=cue, content=(Span(0, 15),))
    result = split_mixed_source(attribution, text)
    if parts is None:
        assert result == [attribution]
    else:
        assert [a.source.text(text) for a in result] == parts
        assert all(a.cue == cue and a.content == attribution.content for a in result)


@pytest.mark.parametrize("lede, content", [
    ("BALTIMORE — The port will close, two officials said.", "The port will close"),
    ("WASHINGTON (AP) — The port will close, two officials said.", "The port will close"),
    ("KANSAS CITY, Mo. — The port will close, two officials said.", "The port will close"),
    ("NATO is obsolete, two officials said.", "NATO is obsolete"),  # a capitalised word is no dateline
    ("The port will close — for good — two officials said.", "The port will close — for good —"),
])
def test_content_leaves_out_the_dateline(lede, content):
    text = f"Port\n\n{lede}\n"
    tagger = OneAttributionTagger(text, [("two officials", "said", (lede.split(", two")[0].split(" two officials")[0],))])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert [c.text(text) for c in attribution.content] == [content]


def test_a_request_for_anonymity_is_the_reason_not_an_attribution():
    text = "Talks\n\nThe company has hired advisers, the people said, asking not to be identified because the talks are private.\n"
    tagger = OneAttributionTagger(text, [
        ("the people", "said", ("The company has hired advisers",)),
        ("the people", "asking", ("not to be identified because the talks are private",)),
    ])
    said, asking = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert said.sourcing and said.anonymity_reason.text(text).startswith(", asking not to be identified")
    assert not asking.sourcing and asking.anonymity_reason is None


def test_a_relative_pronoun_asking_for_anonymity_is_no_attribution():
    text = "Ward\n\nA nurse, who asked not to be named because she could be fired, said she has seven patients.\n"
    tagger = OneAttributionTagger(text, [
        ("A nurse", "said", ("she has seven patients",)),
        ("who", "asked", ()),
    ])
    (said,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert said.source.text(text) == "A nurse" and said.anonymity_reason is not None


@pytest.mark.parametrize("sentence, content, response", [
    ("A Meridian spokeswoman said the company would not comment on the talks.", "the company would not comment on the talks", "declined"),
    ("A spokesman said it had no comment.", "it had no comment", "declined"),
    ("A spokesperson said it did not comment on discussions between member states.",
     "it did not comment on discussions between member states", "declined"),
    # negatives: the institution's standing policy, relayed; a statement after the refusal
    ("A spokeswoman said the department did not comment on future force posture.",
     "the department did not comment on future force posture", None),
    ("A spokeswoman said it did not comment on “ongoing legal matters” but remained “committed to the solution.”",
     "it did not comment on “ongoing legal matters” but remained “committed to the solution.”", None),
    ("A spokesman said the plan would not pass.", "the plan would not pass", None),
    # a refusal and a statement after it: what was said
    ("A spokesman said Mr Tolland “does not comment on speculation” and had full confidence in his ministers.",
     "Mr Tolland “does not comment on speculation” and had full confidence in his ministers", None),
    ("A spokesman said Mr Tolland “does not comment on speculation.”", "Mr Tolland “does not comment on speculation.”",
     "declined"),
    ("A spokesman said he would not answer questions at the hearing.", "he would not answer questions at the hearing", None),
    # a standing policy a spokesperson states for the institution is what was said; the institution's own is its non-answer
    ("A spokesman said the agency does not comment on pending litigation.",
     "the agency does not comment on pending litigation", None),
    ("The company said it does not comment on its work for clients.", "it does not comment on its work for clients",
     "declined"),
    ("A spokesman said the agency does not expect more layoffs.", "the agency does not expect more layoffs", None),
    ("A spokesman said critics in the legislature who opposed the plan would not comment.",
     "critics in the legislature who opposed the plan would not comment", None),  # too far in: another party
])
def test_a_non_answer_relayed_by_a_spokesperson(sentence, content, response):
    text = "Story\n\n" + sentence + "\n"
    source = sentence.split(" said ")[0]
    tagger = OneAttributionTagger(text, [(source, "said", (content,))])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert attribution.response == response
    assert (attribution.type == "declined_comment") is (response is not None)


@pytest.mark.parametrize("source, cue, content, type_, sourcing", [
    ("The indictment", "names", "the officers", "document", True),  # what a document says is read in it
    ("The ministry", "has not confirmed", "the deal", "named_organization", False),  # a non-statement cites nothing
    ("The institute’s previous survey", "had shown", "Santangelo ahead", "document", True),  # any verb of a document
    ("The White House", "had eyed", "the summit", "named_organization", False),  # the reporter's account of a plan
])
def test_a_document_cue_is_always_sourcing(source, cue, content, type_, sourcing):
    text = f"Story\n\n{source} {cue} {content}.\n"

    class OneTypeTyper:
        def predict(self, text, mentions, cues=None):
            return [Prediction(type_, 0.9) for _ in mentions]

    tagger = OneAttributionTagger(text, [(source, cue, (content,))])
    doc = classify_with_model(attribute_with_model(segment(Document(read_article(text))), tagger), OneTypeTyper())
    (attribution,) = doc.attributions
    assert attribution.type == type_ and attribution.sourcing is sourcing


def test_gold_mentions_are_typed_as_the_pipeline_types_them():
    from auditor.modelstages import type_given_mentions

    text = "Story\n\nJane Doe said the plan was fine. The mayor declined to comment. Critics said it was not.\n"

    class SaysDeclinedForJane:
        def predict(self, text, mentions, cues=None):
            return [Prediction("declined_comment" if m.text(text) == "Jane Doe" else "anonymous_other", 0.9)
                    for m in mentions]

    def at(needle):
        start = text.index(needle)
        return Span(start, start + len(needle))
    mentions = [at("The mayor"), at("Jane Doe"), at("Critics")]
    cues = [at("declined"), at("said the plan"), at("said it")]
    cues[1] = Span(cues[1].start, cues[1].start + 4)
    cues[2] = Span(cues[2].start, cues[2].start + 4)
    types = type_given_mentions(text, mentions, cues, SaysDeclinedForJane())
    # the cue states a non-answer; a model's non-answer no cue states keeps the rules' type
    assert types == ["declined_comment", "named_person", "anonymous_other"]


@pytest.mark.parametrize("source, predicted, expected", [
    # a spokesperson with a name is a named official, not the institution
    ("A spokeswoman for the diocese, Colette Brandvold", "named_organization", "named_official"),
    ("The company’s president, Sabine Thorvaldsen", "named_official", "named_official"),
    # a company's name is no person
    ("The missile’s prime contractor, Veyrant Dynamics", "named_official", "named_organization"),
    # a company's name the typer took for a document; a document's own name stays one
    ("Corvallo Valley Gas", "document", "named_organization"),
    ("Pulse Technologies, whose Pulse Watch was the most common device in the study,", "document", "named_organization"),
    # a name ending like a document's, with an appositive that says what it is
    ("the Center for Migration Data, a research group in Washington,", "document", "named_organization"),
    ("the Migration Data Report, a document the group published,", "document", "document"),  # negatives
    ("Data from AdTrack, a firm that monitors political advertising,", "document", "document"),
    ("A petition filed in June by the Shoreline Alliance, an environmental group,", "document", "document"),
    # "which" follows no person
    ("Dravonia, which is not a member of the Partnership,", "named_official", "named_organization"),
    ("Dravonia, who is not a member of the Partnership,", "named_official", "named_official"),  # negative
    ("the Federal Register", "document", "document"),
    # a person whose description names an institution as a modifier ("a … Department licensing officer")
    ("Irene Castaneda, a former Commerce Department licensing officer", "named_organization", "named_official"),
    # an institution's name that modifies a person's noun ("a University of … sociologist")
    ("Carla Imhoff, a University of Nebraska Omaha sociologist who studies housing,", "named_person", "named_person"),
    ("Jon Tankersley, a University of Georgia extension agent,", "named_person", "named_person"),
    ("Calder Graduate Workers United, the union representing workers", "named_official", "named_organization"),
    # negatives: an institution's two-word name, an unnamed spokesperson, a person
    ("Wells Fargo", "named_organization", "named_organization"),
    ("Upper Yellowstone Watch, an environmental group based in Livingston", "named_organization", "named_organization"),
    ("A spokeswoman for the diocese", "named_organization", "named_organization"),
    ("Tom Clarke, a nursing home owner", "named_official", "named_official"),
    # a titled full name is nobody anonymous; a group is
    ("Board member Ansel Mortlake", "anonymous_official", "named_official"),
    ("Oversight Committee Republicans", "anonymous_official", "anonymous_official"),
    ("Two board members", "anonymous_official", "anonymous_official"),
    # a document named by its noun is the document, whoever signed it
    ("The memo, signed by the agency’s administrator, Curtis Elsworth", "named_official", "document"),
    ("A letter the Elk County commissioners sent to Gov. Samuel Okada", "named_official", "document"),
    ("A letter carrier, Ann Lee", "named_person", "named_person"),  # negative: "letter" a modifier
    # an acronym names an institution; a transcript's speaker label a person
    ("the BoV", "named_official", "named_organization"),
    ("NATO", "named_person", "named_organization"),
    ("OCR", "document", "named_organization"),
    ("PENCE", "named_official", "named_official"),
    # a name whose description is an institution's
    ("Calder Graduate Workers United, the union representing the students", "named_official", "named_organization"),
    ("Rosa Delgado, the union’s president", "named_official", "named_official"),  # negative: a person's office
    ("Rep. Darnell Ocampo, a California Democrat on the committee", "named_official", "named_official"),
    ("Another authority spokesperson", "anonymous_official", "named_organization"),
    ("A spokeswoman for the county", "anonymous_other", "named_organization"),
    ("A Foreign Ministry spokeswoman in Lianjing", "anonymous_official", "named_organization"),
    ("Dunmore Professional Firefighters Local 118", "anonymous_official", "named_organization"),
    ("Operating Engineers Local 450, which represents crane operators", "named_official", "named_organization"),
    ("The president of Transit Workers Local 1190, Terrence Whitfield", "named_official", "named_official"),
    ("Obama", "named_official", "named_official"),
    # a campaign's hired hands hold no position
    ("Two Republican strategists working on other Senate races", "anonymous_official", "anonymous_other"),
    ("One longtime party operative", "anonymous_official", "anonymous_other"),
    ("Two senior administration officials", "anonymous_official", "anonymous_official"),  # negative
    # an institution's people by their post
    ("Two Cascade pilots", "anonymous_other", "anonymous_official"),
    ("Two former Swift Pine employees", "anonymous_other", "anonymous_official"),
    ("Two pilots", "anonymous_other", "anonymous_other"),  # negatives: no institution; its rank and file
    ("A dozen Carrier workers", "anonymous_other", "anonymous_other"),
    ("Three strategists familiar with the polling", "anonymous_familiar", "anonymous_familiar"),  # negative: access
    # a state's outlet, or a news agency, reports: a media report, not an institution
    ("state media", "named_organization", "media_report"),
    ("TNT, Tarsia’s state television,", "named_organization", "media_report"),
    ("The state news agency DNA", "named_organization", "media_report"),
    ("The state television regulator", "named_organization", "named_organization"),  # negative: a regulator
    # a newspaper, by its name's last word or by its description
    ("The state-run Hanlin Daily", "named_organization", "media_report"),
    ("Business Hanlin, a newspaper overseen by the State Council,", "named_organization", "media_report"),
    ("Hanlin Daily, the ruling party’s flagship newspaper,", "named_organization", "media_report"),
    ("The Hanlin Daily Corporation", "named_organization", "named_organization"),  # negative: the company
    # an author's report, no outlet's
    ("Reports by a United Nations group of experts", "media_report", "document"),
    ("A new report by Politico", "media_report", "media_report"),  # negatives: an outlet's reports
    ("A report by the Riverton Gazette", "media_report", "media_report"),
    ("The Daily Grind, a coffee chain,", "named_organization", "named_organization"),  # negative
    ("A tally by the Lianjing Times, a research group,", "document", "document"),  # negative: the tally
    # a name with an institution's description is the institution, whatever people the typer saw
    ("Joint Action, a charity for people with arthritis,", "anonymous_other", "named_organization"),
    ("Marlene, a 64-year-old retired mail carrier in Oregon,", "named_person", "named_person"),  # a trade, no carrier
    ("Citizens for Budget Honesty, a spending watchdog,", "anonymous_other", "named_organization"),
    ("ListingNest, the rental site where the couple found the ad,", "document", "named_organization"),
    ("Residents, a group of retirees,", "anonymous_other", "anonymous_other"),  # negative: vague people
    # institutions nobody names, in the plural, are vague
    ("Civil liberties groups", "named_organization", "anonymous_other"),
    ("Some environmental groups", "named_organization", "anonymous_other"),
    ("aid agencies", "named_organization", "anonymous_other"),
    ("Insurers", "named_organization", "anonymous_other"),
    ("Coastway Airlines", "named_organization", "named_organization"),  # negative: a name
    ("The groups", "named_organization", "named_organization"),  # negatives: groups named before; a name
    ("Sierra Club groups", "named_organization", "named_organization"),
    ("both sides", "anonymous_other", "named_organization"),  # the two parties named before
    ("both men", "anonymous_other", "anonymous_other"),  # negative: people
    # a firm's name, however like a person's its first words ("Mehta Sarin & Associates")
    ("the auditor, Mehta Sarin & Associates,", "named_official", "named_organization"),
    # somebody's office or campaign is the institution
    ("Gov. Ruth Adebayo’s office", "named_official", "named_organization"),
    ("Hillary Clinton’s campaign", "named_person", "named_organization"),
    ("An investigator with the Illinois attorney general’s office", "named_official", "named_official"),  # negative
    ("Several other retirees", "anonymous_official", "anonymous_other"),  # private people
    ("Some longtime skiers", "anonymous_official", "anonymous_other"),
    ("Relatives of the dead", "anonymous_official", "anonymous_other"),  # kin, whoever's
    ("Some faculty members", "anonymous_official", "anonymous_other"),
    ("three marine insurance brokers in London", "anonymous_official", "anonymous_other"),  # a place after the trade
    ("Some fund managers", "anonymous_official", "anonymous_other"),  # a trade of two words
    ("Some fund managers at Tarrow Capital", "anonymous_official", "anonymous_official"),  # negative: a workplace
    ("Two officials in Washington", "anonymous_official", "anonymous_official"),  # negative: an office
    ("The juror, a 61-year-old man whom the report does not name,", "named_official", "anonymous_other"),  # unnamed
    ("The fund’s former head trader, who is not named in the indictment,", "named_person", "anonymous_other"),
    ("The juror, Ann Lee,", "named_person", "named_person"),  # negative: named
    ("the short-selling firm Pellucid Research", "document", "named_organization"),  # a firm's noun, then its name
    # at the head of a part of an institution; not of an academic program, a project or an inn
    ("Dr. Funmi Okonkwo, who directs the hospital’s trauma program,", "named_person", "named_official"),
    ("Priya Raman, the entomologist who leads the project,", "named_person", "named_person"),
    ("Hannah Ortiz, who directs the Security Program at Hollins University,", "named_person", "named_person"),
    ("The supplement’s maker, Nutrilis,", "named_official", "named_organization"),  # a firm's role, then its name
    # negative: a person the firm describes
    ("Okonkwo, 47, the founder of the investment firm Bramblecrest Capital,", "named_official", "named_official"),
    ("Its owner, Desmond Kirkbride,", "named_official", "named_official"),  # negative: an owner is a person
    ("ClearTone", "named_official", "named_organization"),  # a brand's capital inside its word
    ("DeLuca", "named_official", "named_official"),  # negatives: a surname's short prefix; "Mac"
    ("MacArthur", "named_person", "named_person"),
    ("a program manager", "named_organization", "anonymous_official"),  # somebody unnamed, by a post
    ("a spokesman", "named_organization", "named_organization"),  # negatives: on the record; a court
    ("a federal appeals court", "named_organization", "named_organization"),
    ("the post", "anonymous_other", "document"),  # a determiner and a document's noun: a paper
    ("the company’s filing", "anonymous_official", "document"),
    ("A person familiar with the review", "anonymous_familiar", "anonymous_familiar"),  # negative: a person
    ("Members of the board", "anonymous_official", "anonymous_official"),  # negative: a body's members
    ("A state psychologist", "anonymous_official", "anonymous_official"),  # negatives: a government's, a workplace's
    ("Two nurses", "anonymous_official", "anonymous_official"),
    ("Nevada DMV", "document", "named_organization"),  # a place's agency by its letters
    ("The consultancy AeroFleet Metrics", "document", "named_organization"),  # an institution's noun, then its name
    ("The Harbor Watch report", "document", "document"),  # negative: a document's noun
    ("Vest TV", "document", "document"),  # negative: no agency (the outlet rules are elsewhere)
    ("Larkin Builders", "named_person", "named_organization"),  # a company's name
    ("Kansas State Climatologist Ingrid Paulsen", "named_person", "named_official"),  # a state's role
    # a private role after an office's title: a retired captain who teaches
    ("Captain Alfredo Mercado, a retired master mariner who now teaches at the Luzara Maritime Academy,",
     "named_person", "named_person"),
    ("Captain Alfredo Mercado", "named_person", "named_official"),  # negative: the title alone
    # clergy speak in their office
    ("Father Nikola Janković, the parish priest,", "named_person", "named_official"),
    ("Bishop Anselm Kravec", "named_person", "named_official"),
    ("Kevin Brandt, a parish volunteer,", "named_person", "named_person"),  # negative
    # a titled person is no institution, however the typer read the title
    ("City Clerk Bettina Corr", "named_organization", "named_official"),
    ("The Clerk’s Office", "named_organization", "named_organization"),  # negative: no name
    # a named person with a government's or an organisation's name speaks for it; not a research one's
    ("One of them, Carla Voss of the Eldon Unified School District,", "named_person", "named_official"),
    ("Ada Reyes of the Brookings Institution", "named_person", "named_person"),
    ("Dana Foley of Henderson", "named_person", "named_person"),  # negative: a place
    ("Another analyst, Carla Benning of Westgate Capital,", "named_person", "named_person"),  # a private trade
    ("Marcus Bell, a public defender who represents clients at the jail,", "named_official", "named_official"),
    # a player is no official; "The" opens an institution's name with "of", not a person's
    ("senior forward Dre Okonjo", "named_official", "named_person"),
    ("The Sons of the Dune", "named_person", "named_organization"),
    ("The Wisconsin Republican", "named_person", "named_person"),  # negative: PolNeAR's people
    # a government's people, unnamed
    ("Law enforcement sources", "anonymous_other", "anonymous_official"),
    # an outlet's reporting by its author
    ("A 2023 investigation by the Caribbean Courier", "document", "media_report"),
    ("A report by the Government Accountability Office", "document", "document"),  # negative: no outlet
])
def test_a_mention_s_own_words_settle_named_types(source, predicted, expected):
    text = f"Story\n\n{source} said the plan was late.\n"

    class OneTypeTyper:
        def predict(self, text, mentions, cues=None):
            return [Prediction(predicted, 0.9) for _ in mentions]

    tagger = OneAttributionTagger(text, [(source, "said", ("the plan was late",))])
    doc = classify_with_model(attribute_with_model(segment(Document(read_article(text))), tagger), OneTypeTyper())
    assert [a.type for a in doc.attributions] == [expected]


def test_the_reason_given_for_a_non_answer_is_part_of_it():
    text = "Story\n\nAn FDA spokeswoman declined to comment, citing the agency’s policy on pending applications.\n"
    tagger = OneAttributionTagger(text, [
        ("An FDA spokeswoman", "declined", ()),
        ("An FDA spokeswoman", "citing", ("the agency’s policy on pending applications",)),
    ])
    result = attribute_with_model(segment(Document(read_article(text))), tagger)
    assert [(a.cue.text(text), a.type) for a in result.attributions] == [("declined", "declined_comment")]


def test_the_question_a_non_answer_left_open_is_part_of_it():
    text = "Story\n\nThe USDA does not respond to an email on Monday asking whether the repairs were inspected.\n"
    tagger = OneAttributionTagger(text, [
        ("The USDA", "does not respond", ()),
        ("The USDA", "asking", ("whether the repairs were inspected",)),
    ])
    result = attribute_with_model(segment(Document(read_article(text))), tagger)
    assert [(a.cue.text(text), a.type, a.response) for a in result.attributions] == [
        ("does not respond", "declined_comment", "no_response")]


def test_citing_without_a_non_answer_stays():
    text = "Story\n\nThe company cut 1,200 jobs, citing a shift to automation, its chief executive said.\n"
    tagger = OneAttributionTagger(text, [("The company", "citing", ("a shift to automation",))])
    assert len(attribute_with_model(segment(Document(read_article(text))), tagger).attributions) == 1


def test_a_non_answer_inside_a_reason_for_anonymity_is_none():
    text = ("Story\n\nThe officials, who spoke on the condition of anonymity because the department has not "
            "commented publicly on the program, said an internal review was underway.\n")
    tagger = OneAttributionTagger(text, [("The officials", "said", ("an internal review was underway",))])
    result = attribute_with_model(segment(Document(read_article(text))), tagger)
    assert [a.type for a in result.attributions] == [None]


@pytest.mark.parametrize("sentence, cue", [
    ("Oyler did not respond to phone messages and an email.", "did not respond to phone messages"),
    ("Oyler did not return voicemails seeking comment.", "did not return voicemails"),
    ("Oyler did not respond to text messages.", "did not respond to text messages"),
    ("Oyler did not respond to a follow-up question about the payments.", "did not respond to a follow-up question about"),
    ("Oyler did not answer written questions about the memo.", "did not answer written questions about"),
    ("Oyler did not answer a question about the memo.", "did not answer a question about"),
    ("Oyler did not answer repeated calls from AFP on Wednesday.", "did not answer repeated calls from AFP on Wednesday"),
    ("Oyler did not take calls from The Market Journal.", "did not take calls from The Market Journal"),
    ("Oyler did not respond when WFVT asked for evidence.", "did not respond"),
])
def test_unanswered_messages_are_non_answers(sentence, cue):
    text = "Story\n\n" + sentence + "\n"
    tagger = OneAttributionTagger(text, [("Oyler", cue, ())])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert attribution.response == "no_response"


@pytest.mark.parametrize("sentence, cue, response", [
    ("Oyler declined a request for an interview.", "declined", "declined"),
    ("Oyler declined repeated requests for comment.", "declined", "declined"),
    ("Oyler declined an invitation to testify.", "declined", None),  # negative: no interview, no comment
    ("Oyler declined to put anyone on tape for this story.", "declined", "declined"),
    ("Oyler turned down my requests for an interview.", "turned down", "declined"),
    ("Oyler turned down the offer.", "turned down", None),  # negative: no interview
    ("Oyler declined to address the hold.", "declined", "declined"),
    ("Oyler declined at the time to say what had happened.", "declined", "declined"),
    ("Oyler declined to give a date.", "declined", "declined"),
    ("Oyler declined to give up the seat.", "declined", None),  # negative: no answer withheld
])
def test_a_declined_request_for_an_interview_is_a_non_answer(sentence, cue, response):
    text = "Story\n\n" + sentence + "\n"
    tagger = OneAttributionTagger(text, [("Oyler", cue, ())])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert attribution.response == response


def _typed_alone(text, source, cue, content, prediction):
    """Tag one attribution (``source``, ``cue``, ``content`` as the text's first matches), type
    it with a typer that always answers ``prediction``; the (source text, type) pairs."""

    class Typer:
        def predict(self, text, mentions, cues=None):
            return [prediction for _ in mentions]

    found = attribute_with_model(segment(Document(read_article(text))), OneAttributionTagger(text, [(source, cue, (content,))]))
    return [(a.source.text(text), a.type) for a in classify_with_model(found, Typer()).attributions]


@pytest.mark.parametrize("sentence, source, expected", [
    # whoever is granted anonymity is no named source: the typer's likeliest anonymous type
    ("Quotas rose, two former pharmacy technicians, who asked not to be named because they signed severance "
     "agreements, said.", "two former pharmacy technicians", "anonymous_other"),
    # … in the present tense too, and a place in an indefinite description names nobody
    ("Quotas rose, a pharmacist at Fallowfield, who asks not to be named because she fears for her job, "
     "says.", "a pharmacist at Fallowfield", "anonymous_other"),
    ("Quotas rose, a Harmon detective, who asks not to be named, says.", "a Harmon detective", "anonymous_other"),
    # negatives: no reason given; a name given
    ("Quotas rose, two former pharmacy technicians said.", "two former pharmacy technicians", "named_person"),
    ("Quotas rose, a pharmacist at Fallowfield says.", "a pharmacist at Fallowfield", "named_person"),
    ("Quotas rose, Ann Lee, who asked that her employer not be named, said.", "Ann Lee", "named_person"),
    # a name withheld, and a name given if only in part
    ("Quotas rose, her neighbour at the next stall, who would not give his name, said.", "her neighbour at the next stall",
     "anonymous_other"),
    ("Quotas rose, one clerk, a cashier who gave his name only as Emmanuel, said.",
     "one clerk, a cashier who gave his name only as Emmanuel", "named_person"),
    # a reason after a clause of the source's own, and a description with a clause
    ("Quotas rose, her husband, who is still at the firm and spoke on the condition that he not be named because "
     "he was not authorized to discuss it, said.", "her husband", "anonymous_other"),
    ("Quotas rose, a former manager at Riverbend, who left in 2024 and spoke on condition of anonymity because she "
     "signed a separation agreement, said.", "a former manager at Riverbend", "anonymous_other"),
])
def test_a_source_granted_anonymity_is_not_named(sentence, source, expected):
    probabilities = {"named_person": 0.5, "anonymous_other": 0.3, "anonymous_official": 0.2}
    cue = "says" if sentence.endswith("says.") else "said"
    typed = _typed_alone("Pharmacy chain sued\n\n" + sentence, source, cue, "Quotas rose",
                         Prediction("named_person", 0.5, probabilities=probabilities))
    assert [t for _, t in typed] == [expected]


@pytest.mark.parametrize("sentence, source, cue, sourcing", [
    # a phrasal verb or a naming is no report, though the tagger marked its verb
    ("State pension fund writes down $1.2 billion on loans", "State pension fund", "writes", False),
    ("The post came from an account whose owner calls himself a citizen auditor.", "whose owner", "calls", False),
    ("Gov. Dennis Harlan called up 200 members of the Guard.", "Gov. Dennis Harlan", "called", False),
    ("Then the pharmacy called back.", "the pharmacy", "called", False),  # returned a call
    ("The team’s owner, Vernon Haskell, called a meeting of the staff.", "Vernon Haskell", "called", False),
    ("The teachers union called the vote “a win for every kid.”", "The teachers union", "called", True),  # a naming
    ("Mr. Ashdown added a new label to the empty case.", "Mr. Ashdown", "added", False),
    ("Mr. Ashdown added that the case was empty.", "Mr. Ashdown", "added", True),  # negative
    ("Oskland’s Foreign Ministry called in Tarvenia’s ambassador on Sunday.", "Oskland’s Foreign Ministry", "called", False),
    ("The hospital called in traveling nurses during a flu surge.", "The hospital", "called", False),
    ("Brenner recalls 212,000 pickups over corroding brake lines", "Brenner", "recalls", False),
    ("The fire department has added Maple Court to a list of buildings.", "The fire department", "has added", False),
    ("The district has called off all lockdown drills.", "The district", "has called off", False),
    ("A Fairmont County judge declared a mistrial Monday.", "A Fairmont County judge", "declared", False),
    ("Ex-congressional aide charged with secretly lobbying", "Ex-congressional aide", "charged with", False),
    ("The defendant, Marcus Tolbert, was charged in the 2022 shooting.", "The defendant, Marcus Tolbert",
     "was charged", False),
    ("The company charged in a filing that the rival stole its code.", "The company", "charged", True),  # negative
    ("Varga showed no reaction as the ruling was read.", "Varga", "showed", False),
    ("Next month the council will be told the cost.", "the council", "will be told", False),
    ("The judge declared that the law was void.", "The judge", "declared", True),  # negatives: reports
    ("The data showed no rise in cases.", "The data", "showed", True),
    ("The video was posted on the department’s website at noon.", "the department", "was posted", False),
    ("The department posted on its website that the video was real.", "The department", "posted", True),  # negative
    ("A caller who identified herself as Denise said the fine was $75.", "who", "identified", False),  # a name given
    ("The mayor added Tuesday on Twitter that the plan was dead.", "The mayor", "added", True),  # a day, not an object
    ("Its 21 crew members were told to stay aboard.", "Its 21 crew members", "were told", False),
    ("A man carries a violin into the shop and asks for $300.", "A man", "asks", False),
    ("No one has claimed the $50,000 reward it offered.", "No one", "has claimed", False),
    ("The department recommends calling an independent agent.", "The department", "recommends", True),  # negative: advice
    ("The crew were told the ship was safe.", "The crew", "were told", True),  # negatives: told what, claimed that
    ("No one has claimed that the ship was safe.", "No one", "has claimed", True),
    ("The mayor called in a statement for calm.", "The mayor", "called", True),  # negatives: reporting
    ("Ms. Ortega recalled that the plant had flooded.", "Ms. Ortega", "recalled", True),
    # negatives: the same verbs reporting
    ("Gov. Dennis Harlan called the plan a disgrace.", "Gov. Dennis Harlan", "called", True),
    ("The auditor wrote that the fund lost money.", "The auditor", "wrote", True),
    # a court's act; negative: a dismissal "as" something is a view reported
    ("Keel dismissed the charge with prejudice.", "Keel", "dismissed", False),
    ("A judge dismissed the wrongful-death lawsuit in May.", "A judge", "dismissed", False),
    ("Keel dismissed the charges as “a political stunt.”", "Keel", "dismissed", True),
    # authorship of a text, no report
    ("Britain, which wrote the draft, cut the routes to three.", "which", "wrote", False),
    ("Ulloa, who wrote the 2022 law, left.", "who", "wrote", False),
])
def test_a_phrasal_verb_is_no_report(sentence, source, cue, sourcing):
    text = "Story\n\n" + sentence
    tagger = OneAttributionTagger(text, [(source, cue, ())])
    result = attribute_with_model(segment(Document(read_article(text))), tagger)
    ours = [a for a in result.attributions if a.cue is not None and a.cue.text(text) == cue]
    assert ours and ours[0].sourcing is sourcing


@pytest.mark.parametrize("sentence, source, expected", [
    # a government agency's staff member, named with the agency's acronym and role: an official
    ("USGS seismologist Maya Lindqvist said the risk was low.", "USGS seismologist Maya Lindqvist", "named_official"),
    # negatives: a company's acronym; no acronym
    ("IBM engineer Maya Lindqvist said the risk was low.", "IBM engineer Maya Lindqvist", "named_person"),
    ("Local seismologist Maya Lindqvist said the risk was low.", "Local seismologist Maya Lindqvist", "named_person"),
])
def test_an_agency_s_staff_member_is_an_official(sentence, source, expected):
    typed = _typed_alone("Quake\n\n" + sentence, source, "said", "the risk was low", Prediction("named_person", 0.7))
    assert [t for _, t in typed] == [expected]


@pytest.mark.parametrize("sentence, source, expected", [
    # a company's news release is its own paper, not another outlet's report
    ("The plant will make cells, according to a news release from the company.", "a news release from the company", "document"),
    ("The plant will make cells, according to a press release.", "a press release", "document"),
    ("The plant will make cells, according to a report by the Gazette.", "a report by the Gazette", "media_report"),  # negative
])
def test_a_news_release_is_a_document(sentence, source, expected):
    typed = _typed_alone("Plant opens\n\n" + sentence, source, "according to", "The plant will make cells",
                         Prediction("media_report", 0.6, probabilities={"media_report": 0.6, "document": 0.4}))
    assert [t for _, t in typed] == [expected]


@pytest.mark.parametrize("sentence, source, expected", [
    # a person's noun heads it: the likeliest type that is no document
    ("A poll worker who quit in June says the lot was watched.", "A poll worker who quit in June", "anonymous_other"),
    # negatives: a document's noun; "the researchers found" may be a study's authors
    ("A poll released in June says the lot was watched.", "A poll released in June", "document"),
    ("The researchers say the lot was watched.", "The researchers", "document"),
])
def test_a_person_s_noun_is_no_document(sentence, source, expected):
    probabilities = {"document": 0.5, "anonymous_other": 0.3, "named_person": 0.2}
    cue = "say" if " say " in sentence else "says"
    typed = _typed_alone("Clerk threatened\n\n" + sentence, source, cue, "the lot was watched",
                         Prediction("document", 0.5, probabilities=probabilities))
    assert [t for _, t in typed] == [expected]


@pytest.mark.parametrize("sentence, typed, expected", [
    # an outlet's reporting is no document, whatever the typer read in its name
    ("The Downeast Packet reported that the cap was set.", "document", "media_report"),
    # negatives: a document that reports; an outlet cited with another verb keeps the typer's type
    ("The Federal Aviation Agency report found that the cap was set.", "document", "document"),
    ("The Downeast Packet shows that the cap was set.", "document", "document"),
])
def test_an_outlet_that_reported_is_a_media_report(sentence, typed, expected):
    source = sentence.split(" reported")[0].split(" report found")[0].split(" shows")[0]
    verb = next(v for v in ("reported", "found", "shows") if v in sentence)
    result = _typed_alone("Lobster cap set\n\n" + sentence, source, verb, "the cap was set", Prediction(typed, 0.9))
    assert [t for _, t in result] == [expected]


@pytest.mark.parametrize("sentence, source, cue, expected", [
    # a scoop ("first reported") by a bare name, and an outlet's name ("… Desk"), typed an institution
    ("WMRL first reported that the cap was set.", "WMRL", "first reported", "media_report"),
    ("The Heartland Health Desk reported that the cap was set.", "The Heartland Health Desk", "reported", "media_report"),
    # negatives: an institution that reports; a person's scoop; a scoop cited with another verb
    ("Halvorsen Foods reported that the cap was set.", "Halvorsen Foods", "reported", "named_organization"),
    ("Ann Lee first reported that the cap was set.", "Ann Lee", "first reported", "named_organization"),
    ("WMRL said that the cap was set.", "WMRL", "said", "named_organization"),
])
def test_an_institution_that_reported_first_is_an_outlet(sentence, source, cue, expected):
    result = _typed_alone("Lobster cap set\n\n" + sentence, source, cue, "the cap was set",
                          Prediction("named_organization", 0.9))
    assert [t for _, t in result] == [expected]


@pytest.mark.parametrize("source, expected", [
    # people an outlet interviewed are no report of that outlet's: the typer's next likeliest type
    ("Eleven of them, interviewed separately by The Globe", "anonymous_other"),
    ("Workers reached by the Riverton Post", "anonymous_other"),
    # negatives: the outlet is the source's head, or nobody interviewed
    ("The Globe, which interviewed eleven of them,", "media_report"),
    ("A report by The Globe", "media_report"),
])
def test_people_an_outlet_interviewed_are_no_media_report(source, expected):
    probabilities = {"media_report": 0.5, "anonymous_other": 0.3, "document": 0.2}
    result = _typed_alone("Scam compounds\n\n" + source + " described the same routine.", source, "described",
                          "the same routine", Prediction("media_report", 0.5, probabilities=probabilities))
    assert [t for _, t in result] == [expected]


@pytest.mark.parametrize("source, expected", [
    # described by a position as well as by access: an anonymous official
    ("two department employees who have seen the full list", "anonymous_official"),
    ("Two congressional aides briefed on the decision", "anonymous_official"),
    ("A WHD investigator who has worked on construction cases for a decade", "anonymous_official"),
    ("Two people who work in the district attorney’s office", "anonymous_official"),  # where they work
    ("Three people who work for vendors at the festival", "anonymous_familiar"),  # negative: no government's
    # negatives: described only by access
    ("a diplomat in Puerto León familiar with the discussions", "anonymous_official"),  # a place after the head
    ("two people who have seen the full list", "anonymous_familiar"),
    ("a person close to the company", "anonymous_familiar"),
    ("two employees who attended the meeting", "anonymous_familiar"),  # a company's, not a government's
    ("three Republican strategists familiar with the party’s polling", "anonymous_familiar"),
])
def test_access_with_a_position_is_an_official(source, expected):
    result = _typed_alone("Offices to close\n\nThe offices will close, according to " + source + ".", source,
                          "according to", "The offices will close", Prediction("anonymous_familiar", 0.9))
    assert [t for _, t in result] == [expected]


@pytest.mark.parametrize("source, expected", [
    # lawyers in private practice hold no position
    ("Several Springfield defense attorneys", "anonymous_other"),
    ("two lawyers who represent the landlords", "anonymous_other"),
    # negatives: a government's lawyers; other officials
    ("two deputy district attorneys", "anonymous_official"),
    ("a lawyer in the IRS Office of Chief Counsel", "anonymous_official"),
    ("two county employees", "anonymous_official"),
])
def test_unnamed_lawyers_in_private_practice_are_vague(source, expected):
    result = _typed_alone("Offices to close\n\nThe offices will close, according to " + source + ".", source,
                          "according to", "The offices will close", Prediction("anonymous_official", 0.9))
    assert [t for _, t in result] == [expected]


@pytest.mark.parametrize("mention, private", [
    # a named person described only by a private role: no official (ANNOTATION.md §2)
    ("The demographer, Wendell Osterhaus", True),
    ("Another plaintiff, Shondra Pettaway, a home health aide", True),
    ("Wendell Ashby, a Democratic pollster who is not working for either campaign", True),
    # … or one that denies a role, whatever its noun
    ("Marta Quill, a Democratic strategist who is not working for any House campaign this year", True),
    ("Lanny Okoro, who ran debate planning for the party in 2020 and is not advising any campaign", True),
    ("Jane Doe, a nurse in Tulsa", True),
    ("Kenta Ono, 61, who runs a guesthouse on the island’s east coast", True),  # a business of one's own
    ("Marco Ferrante, who runs a family-owned company that makes gates", True),
    ("Marta Echeverri, a constitutional lawyer who is not involved in the case", True),  # an outside expert
    ("Jane Roe, who runs the state health agency", False),  # negatives: an office; a title before the name
    ("Tom Hill, who runs a company that builds drones", False),
    ("Judge Amy Roe, who is not involved in the case", False),
    ("Gerald Omondi, whose 84-year-old mother received care from Vantage", True),  # a relative
    ("The keeper, Jolene Marsh", True),
    ("The guide, Wes Hatcher", True),
    ("Ben Lindqvist, a pharmacist in Harlow Falls,", True),
    ("Marcus Price, a teammate of Oyelaran’s", True),
    ("Quarterback Jalen Price", True),  # a trade written before the name
    ("Sprinter Kezia Amon", True),  # an athlete, like a player
    ("Kezia Amon, an Olympic sprinter", True),
    ("The study’s lead author, Kwame Asante", True),  # a paper's author, not somebody's staff
    ("Former nurse Jane Doe", True),
    ("Halvard Brenning, a former CIA station chief who now teaches", True),  # the office past, the trade now
    ("Kevin Moyer, a former court security inspector who now advises courts on screening", True),
    ("President Joe Biden", False),  # an office before the name
    ("Detective Anna Pruszynski", False),
    # negatives: an office in the description, somebody's staff, no description, no name, an organisation's person
    ("The worker, Rosa Delgado of the Alder Valley Housing Coalition", False),
    ("Curt Ballard, whose family owns one of them, Sandhill Downs", False),
    ("The union’s president, Marjorie Tellefsen, a high school chemistry teacher", False),
    ("Carla Brightwater, a cardiac nurse who serves as the union’s president", False),
    ("Tillery’s pollster, Brent Kowalczyk", False),
    ("Sen. Ted Cruz, a Republican", False),
    ("Sen. Ann Colby, who is not involved in the talks", False),  # an office, whatever talks she is outside
    ("Pettaway", False),
    ("A nurse in Tulsa", False),
])
def test_a_private_role_is_read_from_the_description(mention, private):
    from auditor.modelstages import _private_role

    assert _private_role(mention) is private


@pytest.mark.parametrize("mention, office", [
    # a named person on somebody's staff holds an office: a named official
    ("The agency’s chief scientist, Lorna Petitpas,", True),
    ("Its vice president for water, Daniel Oyarzún", True),
    ("Lund’s campaign manager, Greg Sutter", True),
    ("Tomas Herrera, the pastor of St. Brigid Catholic Church", True),  # the head of an institution
    ("Dr. Nora Lindahl, the county’s public health veterinarian", True),  # a government's staff, title or not
    ("Ann Lee, the city’s oldest resident", False),  # negative: a private noun
    # negatives: family, a former office, no staff, no name; an academic's post reads as an expert's
    ("Aaron Kall, the director of debate at the University of Michigan", False),
    ("Marco Tilghman, the founder of the podcast app Driftwave", False),
    ("Hoskins’s sister, Loretta Hoskins Bragg", False),
    ("The company’s former chief executive, Ann Lee", False),
    ("The demographer, Wendell Osterhaus", False),
    ("The agency’s chief scientist", False),
])
def test_an_office_on_somebody_s_staff_is_read_from_the_description(mention, office):
    from auditor.modelstages import _office_of, _private_role

    assert _office_of(mention) is office
    assert not (office and _private_role(mention))  # "chief scientist" on the agency's staff is no private role


@pytest.mark.parametrize("mention, public", [
    ("State epidemiologist Dr. Naomi Rudd", True),  # a government's role before the name
    ("County engineer Lee Park", True),
    ("City resident Ann Lee", False),  # negatives: a private role; no name
    ("State epidemiologists", False),
])
def test_a_government_role_before_a_name_is_an_office(mention, public):
    from auditor.modelstages import _public_role

    assert _public_role(mention) is public


@pytest.mark.parametrize("sentence, tagged, cue, expected", [
    # the tagger marked the relative clause (or its pronoun) alone; the subject is the phrase before it
    ("Brightline Claims Services, which processes claims for 400 hospitals, said on Friday that data was stolen.",
     "which processes claims for 400 hospitals", "said", "Brightline Claims Services, which processes claims for 400 hospitals"),
    ("An official at one of the funds, who asked not to be identified, said it lost $140 million.",
     "who", "said", "An official at one of the funds, who asked not to be identified"),
    # negatives: "who said" keeps its pronoun; a lower-case clause start is no subject
    ("Smith, who said he would run, left the room.", "who", "said", "who"),
    ("and then, which surprised many, said the deal was off.", "which surprised many", "said", "which surprised many"),
])
def test_a_relative_clause_source_takes_its_subject(sentence, tagged, cue, expected):
    from auditor.modelstages import relative_clause_source

    attribution = _tagged_source_and_cue(sentence, tagged, cue)
    assert relative_clause_source(attribution, sentence).source.text(sentence) == expected


def _tagged_source_and_cue(sentence: str, tagged: str, cue: str) -> Attribution:
    """An attribution with the source ``tagged`` and the first word ``cue`` after it."""
    start = sentence.index(tagged)
    cue_start = sentence.index(" " + cue + " ", start + len(tagged) - 1) + 1
    return Attribution(source=Span(start, start + len(tagged)), cue=Span(cue_start, cue_start + len(cue)), content=())


@pytest.mark.parametrize("sentence, tagged, cue, expected", [
    # the tagger marked the "who" (or the second clause's) alone; the source is the noun phrase and its clause
    ("A nurse who asked that her name be withheld says she has seven patients.",
     "who", "says", "A nurse who asked that her name be withheld"),
    ("A nurse who asked that her name be withheld says she has seven patients.",
     "A nurse who", "says", "A nurse who asked that her name be withheld"),
    ("The judge acted after the only eyewitness who identified him at trial said she was pressured.",
     "who identified", "said", "the only eyewitness who identified him at trial"),
    # the second clause, a request for anonymity, is no part of who spoke
    ("A county employee who works on appeals, and who asked not to be identified, said appeals will double.",
     "who asked", "said", "A county employee who works on appeals"),
    ("A county employee who works on appeals, and who asked not to be identified, said appeals will double.",
     "and", "said", "A county employee who works on appeals"),
    # the tagger marked a noun phrase inside the subject's clause
    ("A Marine Corps veteran in Tucson who has waited 14 months for claims for a back injury said he called.",
     "a back injury", "said", "A Marine Corps veteran in Tucson who has waited 14 months for claims for a back injury"),
    # negatives: "who" after a comma (relative_clause_source's); no noun phrase before it
    ("Smith, who said he would run, left the room.", "who", "said", "who"),
    ("The judge who heard the case said Ann Lee was right.", "The judge who heard the case", "said",
     "The judge who heard the case"),
    ("Those who know him say he is fine.", "who", "say", "who"),
])
def test_a_restrictive_clause_source_takes_its_noun_phrase(sentence, tagged, cue, expected):
    from auditor.modelstages import restrictive_clause_source

    attribution = _tagged_source_and_cue(sentence, tagged, cue)
    assert restrictive_clause_source(attribution, sentence, 0).source.text(sentence) == expected


def test_a_restrictive_clause_subject_is_the_source_the_tagger_missed():
    from auditor.modelstages import restrictive_clause_source

    sentence = "A retired machinist from Zanesville who has been on the list for 14 months said he learned of it."
    cue = sentence.index(" said ") + 1
    attribution = Attribution(source=None, cue=Span(cue, cue + 4), content=())
    result = restrictive_clause_source(attribution, sentence, 0)
    assert result.source.text(sentence) == "A retired machinist from Zanesville who has been on the list for 14 months"
    short = "Some economists who argue said so."  # negative: "who argue" is too short a clause to be the subject's
    cue = short.index(" said ") + 1
    assert restrictive_clause_source(Attribution(source=None, cue=Span(cue, cue + 4), content=()), short, 0).source is None


@pytest.mark.parametrize("tagged, expected", [
    ("A man who had lived at the camp for about a year, and", "A man who had lived at the camp for about a year"),
    ("Two nurses and", "Two nurses"),
    ("Smith and Jones", "Smith and Jones"),  # negatives: a conjunction inside; a lone "and"
    ("and", "and"),
])
def test_a_source_ends_before_a_trailing_conjunction(tagged, expected):
    from auditor.modelstages import source_without_trailing_conjunction

    text = tagged + " said it was over."
    attribution = Attribution(source=Span(0, len(tagged)), cue=None, content=())
    assert source_without_trailing_conjunction(attribution, text).source.text(text) == expected


@pytest.mark.parametrize("cue, expected", [
    # a cue the tagger ended on a preposition and a determiner is the verb before them
    ("said in the", "said"),
    ("blasted Disney for its", "blasted Disney"),
    # negatives: "according to the" keeps its "according to"; a whole phrase; a bare verb
    ("according to the", "according to the"),
    ("said in an interview", "said in an interview"),
    ("said", "said"),
])
def test_a_cue_ends_before_a_dangling_preposition(cue, expected):
    from auditor.modelstages import cue_without_dangling_preposition

    text = "Ann Lee " + cue + " interview that it was over."
    attribution = Attribution(source=Span(0, 7), cue=Span(8, 8 + len(cue)), content=())
    assert cue_without_dangling_preposition(attribution, text).cue.text(text) == expected


@pytest.mark.parametrize("text, tagged, expected", [
    ("Tom Clarke, a nursing home owner, said it closed.", "Tom Clarke, a nursing home owner", "Tom Clarke, a nursing home owner,"),
    ("President Obama, at a rally, said so.", "President Obama,", "President Obama"),
    # negatives: already as PolNeAR marks them
    ("Tom Clarke, a nursing home owner, said it closed.", "Tom Clarke, a nursing home owner,", "Tom Clarke, a nursing home owner,"),
    ("Obama said so.", "Obama", "Obama"),
])
def test_the_comma_after_a_source_follows_polnear(text, tagged, expected):
    from auditor.modelstages import source_comma_as_polnear

    attribution = Attribution(source=Span(0, len(tagged)), cue=None, content=())
    assert source_comma_as_polnear(attribution, text).source.text(text) == expected


def test_a_transcript_s_speaker_labels_are_sources():
    from auditor.attribute import transcript_attributions

    text = ("Pence spoke on Sunday. Partial transcript:\n\n\"WALLACE: Why would Trump do that?\n\n"
            "\"PENCE: Well, look, she invited him.\n\n\"But the truth is that he has a plan.\n\n"
            "\"WALLACE: Governor, I want to ask.\"\n\nUPDATE: He left.")
    turns = [(a.source.text(text), a.cue.text(text), [c.text(text) for c in a.content])
             for a in transcript_attributions(text)]
    assert turns == [("WALLACE", ":", ["Why would Trump do that?"]),
                     ("PENCE", ":", ["Well, look, she invited him.", "But the truth is that he has a plan."]),
                     ("WALLACE", ":", ["Governor, I want to ask."])]
    # negatives: one label is no transcript; "UPDATE:" is no speaker
    assert transcript_attributions("Talks ended.\n\nWALLACE: Why?\n\nUPDATE: He left.") == []


def test_an_interview_s_named_labels_are_sources():
    from auditor.attribute import transcript_attributions

    text = ("Superintendent Ana Mendez spoke with us.\n\nQ: Why four days?\n\nMendez: We looked at the budget.\n\n"
            "Q: And scores?\n\nMendez: We will watch them.\n\nUpdate: This was edited.")
    turns = [(a.source.text(text), [c.text(text) for c in a.content]) for a in transcript_attributions(text)]
    assert turns == [("Mendez", ["We looked at the budget."]), ("Mendez", ["We will watch them."])]
    # negatives: a label no full name came before; headings in title case
    assert transcript_attributions("Talks ended.\n\nMendez: We looked.\n\nMendez: We will.") == []
    assert transcript_attributions("Rates rose.\n\nWhy it matters: Loans cost more.\n\nBottom Line: Wait.") == []


def test_an_interviewer_who_only_asks_is_no_speaker():
    from auditor.attribute import transcript_attributions

    text = ("Dr. Ingrid Solvang spoke with the Gazette.\n\nGAZETTE: Why so many cases?\n\nSOLVANG: Warmer winters.\n\n"
            "GAZETTE: Some residents want spraying.\n\nSOLVANG: It costs a lot.\n\nGAZETTE: Does it work?\n\n"
            "SOLVANG: Not well.\n\nGAZETTE: And ticks?\n\nSOLVANG: Check nightly.")
    assert {a.source.text(text) for a in transcript_attributions(text)} == {"SOLVANG"}
    # negatives: a moderator named in full before ("Chris Wallace"), or one who asks in too few turns, stays a speaker
    named = "Fox News' Chris Wallace asked.\n\nWALLACE: Why?\n\nPENCE: Look.\n\nWALLACE: And now?\n\nPENCE: Well."
    assert [a.source.text(named) for a in transcript_attributions(named)] == ["WALLACE", "PENCE", "WALLACE", "PENCE"]
    statements = "Talks.\n\nKELLY: Why?\n\nPENCE: Look.\n\nKELLY: I see.\n\nPENCE: Well."
    assert [a.source.text(statements) for a in transcript_attributions(statements)] == ["KELLY", "PENCE", "KELLY", "PENCE"]


def test_a_host_the_transcript_labels_so_is_no_speaker():
    from auditor.attribute import transcript_attributions

    # "MARTINA SOLIS, HOST:" makes "SOLIS:" the outlet's voice, however few of her turns ask
    text = ("The chairman, Erik Lindqvist, joined us.\n\nMARTINA SOLIS, HOST: Chairman, thanks for coming.\n\n"
            "ERIK LINDQVIST: Thanks for having me.\n\nSOLIS: Your panel voted today. Why?\n\n"
            "LINDQVIST: He never showed up.\n\nSOLIS: Critics say it is politics.\n\nLINDQVIST: It is not.\n\n"
            "SOLIS: Erik Lindqvist, thank you.\n\nLINDQVIST: Thank you.")
    assert {a.source.text(text) for a in transcript_attributions(text)} == {"ERIK LINDQVIST", "LINDQVIST"}
    # negative: a debate's moderator labelled so stays a speaker, as PolNeAR marks one
    debate = ("LESTER HOLT, MODERATOR: Good evening.\n\nHOLT: Why run?\n\nTRUMP: Jobs.\n\nHOLT: I see.\n\n"
              "TRUMP: Well.")
    assert ([a.source.text(debate) for a in transcript_attributions(debate)]
            == ["LESTER HOLT, MODERATOR", "HOLT", "TRUMP", "HOLT", "TRUMP"])


def _span(text, part):
    return Span(text.index(part), text.index(part) + len(part))


def test_a_source_inside_an_object_clause_is_the_thing_it_obtained():
    from auditor.modelstages import object_clause_source

    text = "A district memo sent to staff, which KVRN obtained, calls it a full exercise."
    tagged = Attribution(source=_span(text, "KVRN"), cue=_span(text, "calls"), content=())
    assert object_clause_source(tagged, text).source.text(text) == "A district memo sent to staff, which KVRN obtained"
    # a document's reduced clause: "A letter the alliance sent … warns"
    letter = "A letter the alliance sent to Ms. Shaw this month warns of delays."
    tagged = Attribution(source=_span(letter, "the alliance"), cue=_span(letter, "warns"), content=())
    assert object_clause_source(tagged, letter).source.text(letter) == "A letter the alliance sent to Ms. Shaw this month"
    # the agent of a document's participle: "The memo, dated Sept. 12 and signed by Laura Kincaid, tells"
    memo = "The memo, dated Sept. 12 and signed by Deputy Secretary Laura Kincaid, tells managers to plan."
    tagged = Attribution(source=_span(memo, "Deputy Secretary Laura Kincaid"), cue=_span(memo, "tells"), content=())
    assert (object_clause_source(tagged, memo).source.text(memo)
            == "The memo, dated Sept. 12 and signed by Deputy Secretary Laura Kincaid")
    # the agent of a second participle: "A letter to Achebe signed by … and obtained by The Herald asks"
    letter = "A letter to Achebe signed by 140 faculty members and obtained by The Herald asks for a count."
    tagged = Attribution(source=_span(letter, "The Herald"), cue=_span(letter, "asks"), content=())
    assert (object_clause_source(tagged, letter).source.text(letter)
            == "A letter to Achebe signed by 140 faculty members and obtained by The Herald")
    # where a document was filed or unsealed: the court is no source, the document is
    indictment = "An indictment unsealed in Plymouth Superior Court accuses the officers of billing."
    tagged = Attribution(source=_span(indictment, "Plymouth Superior Court"), cue=_span(indictment, "accuses"), content=())
    assert (object_clause_source(tagged, indictment).source.text(indictment)
            == "An indictment unsealed in Plymouth Superior Court")
    teacher = "A teacher from Lyon obtained by the club says he is fit."  # negative: no document's noun
    tagged = Attribution(source=_span(teacher, "the club"), cue=_span(teacher, "says"), content=())
    assert object_clause_source(tagged, teacher).source.text(teacher) == "the club"
    coach = "The team, coached by Ann Lee, said it would appeal."  # negative: no document, and no "signed by"
    tagged = Attribution(source=_span(coach, "Ann Lee"), cue=_span(coach, "said"), content=())
    assert object_clause_source(tagged, coach).source.text(coach) == "Ann Lee"
    signer = "The law signed by Gov. Ann Lee last year drew fire, and Lee said it was fair."  # the cue far off
    tagged = Attribution(source=_span(signer, "Gov. Ann Lee"), cue=_span(signer, "said"), content=())
    assert object_clause_source(tagged, signer).source.text(signer) == "Gov. Ann Lee"
    player = "A player the team signed in May said he was hurt."  # negative: no document's noun
    tagged = Attribution(source=_span(player, "the team"), cue=_span(player, "said"), content=())
    assert object_clause_source(tagged, player).source.text(player) == "the team"
    # negatives: a subject of its own ("which KVRN says"); a source after its cue
    other = "The memo, which KVRN said was real, was read."
    assert object_clause_source(Attribution(source=_span(other, "KVRN"), cue=_span(other, "said"), content=()), other).source.text(other) == "KVRN"


def test_an_interviewer_s_colon_is_no_attribution_in_a_transcript():
    text = "Interview\n\nSuperintendent Ana Mendez spoke.\n\nQ: Why?\n\nMendez: We looked.\n\nMendez: We will.\n"
    tagger = OneAttributionTagger(text, [("Q", ":", ("Why?",))])
    found = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert [a.source.text(text) for a in found] == ["Mendez", "Mendez"]


@pytest.mark.parametrize("mention, titled", [
    ("Detective Anna Pruszynski, who worked the case with Mendes", True),
    ("Gov. Eileen Markward", True),
    ("Calder County Sheriff Tom Lee", True),  # an institution's name before the title
    ("Hawks general manager Denise Coughlin", True),
    # negatives: no office's title, no full name, a title after the name
    ("Professor Carl Juncker", False),
    ("the officer, John Smith", False),
    ("Detective Pruszynski", False),
    ("Anna Pruszynski, a detective", False),
])
def test_an_office_title_before_a_full_name(mention, titled):
    from auditor.modelstages import _office_titled

    assert _office_titled(mention) is titled


@pytest.mark.parametrize("mention", ["Mueller, a retired electrician", "Mueller, 71, a retired school cafeteria worker"])
def test_a_surname_with_a_private_role_is_no_official(mention):
    text = f"Wreck found\n\n{mention}, said the wreck was intact.\n"
    typed = _typed_alone(text, mention, "said", "the wreck was intact", Prediction("named_official", 0.9))
    assert [t for _, t in typed] == ["named_person"]


def test_a_named_person_in_a_private_role_is_no_official():
    text = "Precincts closed\n\nThe demographer, Wendell Osterhaus, said that the gap was large."
    typed = _typed_alone(text, "The demographer, Wendell Osterhaus", "said", "the gap was large",
                         Prediction("named_official", 0.9))
    assert [t for _, t in typed] == ["named_person"]


@pytest.mark.parametrize("sentence, mention, expected", [
    # a bare name that "said it knew": what "it" stands for, an institution
    ("Brenner said it knew of 31 crashes.", "Brenner", "named_organization"),
    ("Halbrook Foods said on Monday that it had fired its chief executive.", "Halbrook Foods", "named_organization"),
    ("Brenner said it was a mistake.", "Brenner", "named_person"),  # negatives: "it" is nobody
    ("Brenner said it would be hard.", "Brenner", "named_person"),
    ("Ms. Brenner said it knew nothing.", "Ms. Brenner", "named_person"),  # an honorific: a person
])
def test_a_name_that_said_it_did_is_an_institution(sentence, mention, expected):
    text = "Recall announced\n\n" + sentence
    typed = _typed_alone(text, mention, "said", sentence.split(" it ", 1)[1].rstrip("."), Prediction("named_person", 0.9))
    assert [t for _, t in typed] == [expected]


@pytest.mark.parametrize("mention, expected", [
    ("Tom Gruber, who owns Gruber Brenner in Toledo", "named_official"),  # the head of a named business
    ("Detective Anna Pruszynski, who worked the case", "named_official"),  # an office's title before the name
    ("Mr Tanner’s barrister, Naomi Feld SC", "named_official"),  # a client's barrister speaks for the client
    ("Carl Brandvold, who owns a bike shop on the trail", "named_person"),  # negatives: an unnamed business
    ("Carl Brandvold, who lives on the trail", "named_person"),
])
def test_a_named_person_with_an_office_is_an_official(mention, expected):
    text = "Recall announced\n\n" + mention + ", said the brakes failed."
    typed = _typed_alone(text, mention, "said", "the brakes failed", Prediction("named_person", 0.9))
    assert [t for _, t in typed] == [expected]


@pytest.mark.parametrize("sentence, reader, expected", [
    # the document read out is the source, not its reader
    ("The executive order, which the chief of staff, Glenn Abernathy, read aloud at noon, says the troops will stay.",
     "the chief of staff, Glenn Abernathy", "The executive order, which the chief of staff, Glenn Abernathy, read aloud at noon"),
    ("A letter the association sent in October, which its secretary, Maureen Faulkingham, read aloud, says the cap "
     "is unfair.", "its secretary, Maureen Faulkingham",
     "A letter the association sent in October, which its secretary, Maureen Faulkingham, read aloud"),
    ("A questionnaire the campaign sent, parts of which Ms. Montoya read aloud on Monday, says taxes matter.",
     "Ms. Montoya", "A questionnaire the campaign sent, parts of which Ms. Montoya read aloud on Monday"),
    ("The city’s permit for the match, which Council member Patrice Harmon read aloud, says the gates stay open.",
     "Council member Patrice Harmon", "The city’s permit for the match, which Council member Patrice Harmon read aloud"),
    # a document an outlet saw is the source, not the outlet
    ("A cable sent Tuesday from the U.S. mission, which was reviewed by The Associated Wire, says Moscow will abstain.",
     "The Associated Wire", "A cable sent Tuesday from the U.S. mission, which was reviewed by The Associated Wire"),
    # negatives: a person who read something says it; no relative clause on a document
    ("Abernathy, who read the order aloud at noon, says the troops will stay.", "Abernathy", "Abernathy"),
    ("The Associated Wire, which reviewed the cable, says Moscow will abstain.", "The Associated Wire",
     "The Associated Wire"),
    ("The chief of staff, Glenn Abernathy, says the troops will stay.", "The chief of staff, Glenn Abernathy",
     "The chief of staff, Glenn Abernathy"),
])
def test_a_document_read_aloud_is_the_source(sentence, reader, expected):
    from auditor.modelstages import document_read_aloud

    text = "Troops deployed\n\n" + sentence
    start, cue = text.index(reader), text.index(" says") + 1
    attribution = Attribution(source=Span(start, start + len(reader)), cue=Span(cue, cue + 4), content=())
    moved = document_read_aloud(attribution, text, text.index(sentence))
    assert moved.source.text(text) == expected


def test_a_document_read_aloud_is_typed_a_document():
    text = "Troops deployed\n\nThe order, which the chief of staff, Glenn Abernathy, read aloud, says the troops will stay."
    typed = _typed_alone(text, "the chief of staff, Glenn Abernathy", "says", "the troops will stay",
                         Prediction("named_official", 0.9))
    # (the comma after it too, as PolNeAR marks a source with an appositive or a clause)
    assert typed == [("The order, which the chief of staff, Glenn Abernathy, read aloud,", "document")]


def test_the_subject_before_a_relative_clause_is_the_source_the_tagger_missed():
    from auditor.modelstages import subject_before_clause_source

    sentence = "The people, who asked not to be named because the review is secret, said the board met."
    cue = sentence.index("said")
    content = Span(cue + 5, len(sentence) - 1)
    attribution = Attribution(source=None, cue=Span(cue, cue + 4), content=(content,))
    result = subject_before_clause_source(attribution, sentence, 0, len(sentence))
    assert result.source.text(sentence) == "The people" and result.content == (content,)
    no_clause = "The board met on Monday, said nothing."  # negative: no relative clause before the cue
    cue = no_clause.index("said")
    attribution = Attribution(source=None, cue=Span(cue, cue + 4), content=())
    assert subject_before_clause_source(attribution, no_clause, 0, len(no_clause)).source is None


@pytest.mark.parametrize("sentence, tagged, cue, expected_source, expected_content", [
    # the subject before a relative clause is the source, not a name in what it said
    ("The officials, who spoke on condition of anonymity because the plan is secret, said Army Secretary "
     "Douglas Pelham signed it.", "Army Secretary Douglas Pelham", "said", "The officials",
     "Army Secretary Douglas Pelham signed it"),
    ("The person, who asked not to be identified, said the finance director left.", "the finance director",
     "said", "The person", "the finance director left"),
    # "according to" puts its source after the cue
    ("Bramwell will buy Lakeshore, which runs three hospitals, according to a notice filed Monday.",
     "a notice filed Monday", "according to", "a notice filed Monday", None),
    # no relative clause before the cue: the tagger's source stays
    ("The officials said Army Secretary Douglas Pelham signed it.", "Army Secretary Douglas Pelham", "said",
     "Army Secretary Douglas Pelham", None),
])
def test_the_subject_before_a_relative_clause_is_the_source(sentence, tagged, cue, expected_source, expected_content):
    from auditor.modelstages import subject_before_clause_source

    cue_start = sentence.index(cue)
    start = sentence.index(tagged)
    attribution = Attribution(source=Span(start, start + len(tagged)), cue=Span(cue_start, cue_start + len(cue)), content=())
    result = subject_before_clause_source(attribution, sentence, 0, len(sentence))
    assert result.source.text(sentence) == expected_source
    if expected_content is not None:
        assert [c.text(sentence) for c in result.content] == [expected_content]


def _settled(text, mentions):
    """Group stand-in attributions ((needle, type) in order), then settle_group_types."""
    from auditor.group import group
    from auditor.modelstages import settle_group_types

    attributions, at = [], 0
    for needle, type_ in mentions:
        start = text.index(needle, at)
        at = start + len(needle)
        attributions.append(Attribution(source=Span(start, at), cue=None, content=(), type=type_))
    doc = group(segment(Document(read_article(text), attributions=tuple(attributions))))
    doc = settle_group_types(doc)
    return [a.type for a in doc.attributions], {s.id: s.type for s in doc.sources}


@pytest.mark.parametrize("text, mentions, expected", [
    # the named mention's words settle the type of the group's surname and pronouns
    ("Lake fish died\n\nThe guide, Wes Hatcher, said stripers died. Hatcher said more. He left.",
     [("The guide, Wes Hatcher", "named_person"), ("Hatcher", "named_official"), ("He", "named_official")],
     ["named_person", "named_person", "named_person"]),
    ("Ring charged\n\nDetective Anna Pruszynski said the ring was organised. Pruszynski said more.",
     [("Detective Anna Pruszynski", "named_official"), ("Pruszynski", "named_person")],
     ["named_official", "named_official"]),
    # an office with its article before the name ("the mayor, Giulia Santoro")
    ("Dengue\n\nThe town was sprayed, the mayor, Giulia Santoro, said. Santoro said more.",
     [("the mayor, Giulia Santoro", "named_official"), ("Santoro", "named_person")],
     ["named_official", "named_official"]),
    # negatives: words that settle nothing keep the typer's answers; a described mention stays
    ("Talks stalled\n\nMarcus Feld said talks stalled. Feld said more.",
     [("Marcus Feld", "named_official"), ("Feld", "named_person")], ["named_official", "named_person"]),
    ("Lake fish died\n\nThe guide, Wes Hatcher, said stripers died. The guide said more.",
     [("The guide, Wes Hatcher", "named_person"), ("The guide", "named_official")], ["named_person", "named_official"]),

    # a private description in a group whose named mention settles nothing: a private person
    ("Deeds forged\n\nA title examiner who noticed the stamps testified. The examiner, Howard Blum, said more. He left.",
     [("A title examiner who noticed the stamps", "named_official"), ("The examiner, Howard Blum", "named_official"),
      ("He", "named_official")], ["named_person", "named_person", "named_person"]),
    # negative: the named mention speaks for a named institution
    ("Camp cleared\n\nAn outreach worker who visits the camp said so. The worker, Rosa Delgado of the Alder Valley "
     "Housing Coalition, said more.",
     [("An outreach worker who visits the camp", "named_official"),
      ("The worker, Rosa Delgado of the Alder Valley Housing Coalition", "named_official")],
     ["named_official", "named_official"]),
    # a group whose indefinite first mention names nobody is nobody named, whatever the typer read
    ("Scans\n\nScans began.\n\nA former Loopcast safety manager told us scans failed. The manager said more.",
     [("A former Loopcast safety manager", "named_official"), ("The manager", "named_official")],
     ["anonymous_official", "anonymous_official"]),
    ("Petition\n\nIt failed.\n\nA retired bus mechanic said he signed. He said more.",
     [("A retired bus mechanic", "named_person"), ("He", "named_person")], ["anonymous_other", "anonymous_other"]),
    # negatives: a mention of the group names the person, or the person a name; the lede's description is named later
    ("Rent\n\nIt rose.\n\nShe paid a man who called himself Greg, who said he was the owner.",
     [("a man who called himself Greg", "named_person")], ["named_person"]),
    ("Petition\n\nIt failed.\n\nA retired bus mechanic said he signed. The mechanic, Orrin Bellweather, said more.",
     [("A retired bus mechanic", "named_person"), ("The mechanic, Orrin Bellweather", "named_person")],
     ["named_person", "named_person"]),
    ("Ruling\n\nA New York judge has rejected the request, saying so.\n\nJustice Frank Nervo wrote more.",
     [("A New York judge", "named_official"), ("Justice Frank Nervo", "named_official")],
     ["named_official", "named_official"]),
    # … after a title with a full stop, as PolNeAR's are
    ("Judge rejects request to unseal file.\n\nA New York judge has rejected the request.\n\nJustice Frank Nervo wrote.",
     [("A New York judge", "named_official"), ("Justice Frank Nervo", "named_official")],
     ["named_official", "named_official"]),
    # a surname the typer took for an institution, after the group's titled name
    ("Petition\n\nCity Clerk Bettina Corr ruled on it. Corr said she used one standard.",
     [("City Clerk Bettina Corr", "named_official"), ("Corr", "named_organization")], ["named_official", "named_official"]),
    # … or after the group's appositive name that settles nothing: the type the narration gave the person
    ("Strike\n\nThe lawyer, Pilar Ocasio of the Frontera Legal Project, said two men were ill. Ocasio said more.",
     [("The lawyer, Pilar Ocasio of the Frontera Legal Project", "named_official"), ("Ocasio", "named_organization")],
     ["named_official", "named_official"]),
])
def test_a_group_s_short_mentions_take_the_type_its_named_words_settle(text, mentions, expected):
    types, sources = _settled(text, mentions)
    assert types == expected


@pytest.mark.parametrize("narrated, label, expected", [
    # an interview's speaker label is the person the narration typed
    ("named_official", "named_person", "named_official"),
    ("named_person", "named_official", "named_person"),
    ("named_official", "named_official", "named_official"),  # negative: they agree
])
def test_a_speaker_label_takes_the_narration_s_type(narrated, label, expected):
    from auditor.group import group
    from auditor.modelstages import settle_group_types

    text = ("Interview\n\nColleen Ashworth took over the agency in January. Ashworth spoke with us last week.\n\n"
            "Q: How many were found?\n\nASHWORTH: We identified 194.\n\nQ: And next year?\n\nASHWORTH: More.\n")

    def attribution(needle, cue, type_, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = text.index(needle, start + 1)
        at = text.index(cue, start + len(needle))
        return Attribution(source=Span(start, start + len(needle)), cue=Span(at, at + len(cue)), content=(), type=type_)

    found = (attribution("Ashworth", "spoke", narrated, 1), attribution("ASHWORTH", ":", label),
             attribution("ASHWORTH", ":", label, 1))
    doc = settle_group_types(group(segment(Document(read_article(text), attributions=found))))
    assert [a.type for a in doc.attributions] == [narrated, expected, expected]


@pytest.mark.parametrize("text, mentions, expected", [
    # a group no mention names is nobody named: "The administrator" keeps the anonymous type
    ("Ward closes\n\nA hospital administrator, who spoke on condition of anonymity, said it closes. "
     "The administrator said more. He left.",
     [("A hospital administrator", "anonymous_official"), ("The administrator", "named_official"), ("He", "named_person")],
     ["anonymous_official", "anonymous_official", "anonymous_official"]),
    # negative: a group that a mention names (grouping gives the description the name's type)
    ("Ward closes\n\nA hospital administrator said it closes. The administrator, Ann Price, said more.",
     [("A hospital administrator", "anonymous_official"), ("The administrator, Ann Price", "named_official")],
     ["named_official", "named_official"]),
    # a headline's "aide", typed a person, is the body's unnamed aide; a name in the aide's phrase is somebody else's
    ("Government falls; talks begin Friday, aide says\n\nTalks begin on Friday, an aide to Halloway said.",
     [("aide", "named_official"), ("an aide to Halloway", "anonymous_official")],
     ["anonymous_official", "anonymous_official"]),
])
def test_an_unnamed_anonymous_group_names_nobody(text, mentions, expected):
    types, _ = _settled(text, mentions)
    assert types == expected


@pytest.mark.parametrize("sentence, source, cue, content, expected", [
    ("St. Brendan’s said in a statement that it was saddened.", "St. Brendan’s", "said in a statement",
     "it was saddened", "named_organization"),
    ("Macy's said it would close 40 stores.", "Macy's", "said", "it would close 40 stores", "named_organization"),
    # negatives: a person's words, as PolNeAR marks them; a name
    ("Clinton’s comments Tuesday suggested the race was close.", "Clinton’s", "suggested", "the race was close",
     "named_official"),
    ("Tom Brendan said it would close.", "Tom Brendan", "said", "it would close", "named_official"),
])
def test_a_name_in_the_possessive_that_speaks_is_a_business(sentence, source, cue, content, expected):
    typed = _typed_alone("Story\n\n" + sentence + "\n", source, cue, content, Prediction("named_official", 0.9))
    assert [t for _, t in typed] == [expected]


@pytest.mark.parametrize("text, phrase, company", [
    ("Haldane Therapeutics raised prices. Haldane said in a statement it was fair.", "Haldane", True),
    # "Whether Pelagic …" opens a sentence, no person's given name; "Metals" ends a company's name
    ("Strand, the chief of Pelagic Metals, spoke. Whether Pelagic will mine is unclear. Pelagic disputes that.",
     "Pelagic", True),
    # negatives: a person of that name; no company of that name; a gendered given name
    ("Marcus Haldane of Haldane Therapeutics spoke. Haldane said it was fair.", "Haldane", False),
    ("Haldane said the price was fair.", "Haldane", False),
    ("Mary Foods closed. Mary said it was fair.", "Mary", False),
    # a sentence's end before the name is no given name; a title's abbreviation is a person's
    ("It is listed in London. Orvane Power owns it. Orvane said it held.", "Orvane", True),
    ("Orvane Power owns it. Gov. Orvane said it held.", "Orvane", False),
    # a line's last word and a sentence's opening adjective are no given names
    ("Drug prices\n\nCastellan Biotherapeutics says so. Internal Castellan emails differ. Castellan said so.",
     "Castellan", True),
])
def test_a_company_s_first_word_is_the_company(text, phrase, company):
    from auditor.modelstages import _short_for_company

    assert _short_for_company(phrase, text) is company


@pytest.mark.parametrize("text, phrase, institution", [
    # a name the text gives an institution in an appositive is the institution's
    ("The campaign, Raise Harlow, needed signatures. Raise Harlow says they were valid.", "Raise Harlow", True),
    ("The recall campaign, Brookhaven Parents First, says so.", "The recall campaign, Brookhaven Parents First,", True),
    # negatives: a person named after a person's noun; a name the text gives no institution
    ("The lawyer, Gregory Pike, spoke. Gregory Pike says so.", "Gregory Pike", False),
    ("Raise Harlow says they were valid.", "Raise Harlow", False),
    ("A lawyer from the other firm, Curtis Baylor, said so.", "A lawyer from the other firm, Curtis Baylor,", False),
    ("A spokesman for the campaign, Jonah Pike, said so.", "A spokesman for the campaign, Jonah Pike,", False),
])
def test_a_name_given_an_institution_in_an_appositive_is_the_institution(text, phrase, institution):
    from auditor.modelstages import _named_as_institution

    assert _named_as_institution(phrase, text) is institution


def test_a_source_never_crosses_a_line():
    # the tagger ran a subhead into the source after it: the line by the cue stays
    text = ("Chairs\n\nA decision years in the making\n\nRidley, the company’s president since 1989, says he "
            "always assumed one of his children would take it over.\n")
    tagger = OneAttributionTagger(text, [("A decision years in the making\n\nRidley, the company’s president since 1989,",
                                          "says", ("he always assumed one of his children would take it over",))])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert attribution.source.text(text) == "Ridley, the company’s president since 1989,"
    # a source after its cue keeps its first line
    text = "Chairs\n\n“We build them to last,” said Harold Ridley\n\nThe plant\n\nIt opened in 1931.\n"
    tagger = OneAttributionTagger(text, [("Harold Ridley\n\nThe plant", "said", ("“We build them to last,”",))])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert attribution.source.text(text) == "Harold Ridley"


@pytest.mark.parametrize("subhead, kept", [
    ("What the order allows", False),  # a subhead: a whole line with no closing punctuation
    ("The order allows raids on three ports.", True),  # a sentence of its own: content
])
def test_a_subhead_is_no_content(subhead, kept):
    text = f"Order\n\nThe order is broad, two of the officials said.\n\n{subhead}\n\nIt names no targets.\n"
    tagger = OneAttributionTagger(text, [("two of the officials", "said", ("The order is broad", subhead))])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert (subhead in [c.text(text) for c in attribution.content]) is kept


@pytest.mark.parametrize("answer, cue, kept", [
    ("the official declined to answer", "declined to answer", False),  # the question put before a non-answer
    ("O’Neill said, “Not going to go into that.”", "said", True),  # before an answer it stays (as PolNeAR marks it)
])
def test_the_question_put_before_a_non_answer_is_part_of_it(answer, cue, kept):
    text = f"Story\n\nAsked whether it permitted lethal force, {answer}.\n"
    source = "the official" if "official" in answer else "O’Neill"
    tagger = OneAttributionTagger(text, [(source, "Asked", ("whether it permitted lethal force",)), (source, cue, ())])
    result = attribute_with_model(segment(Document(read_article(text))), tagger)
    assert ("Asked" in [a.cue.text(text) for a in result.attributions]) is kept


@pytest.mark.parametrize("sentence, source, cue, sourcing", [
    ("What has the department said?", "the department", "said", False),  # an explainer's question
    ("Who signed it?", "Who", "signed", False),
    ("“What has the department said?” the senator asked.", "the senator", "asked", True),  # a quoted question
    ("The department said it would appeal.", "The department", "said", True),
    # a yes-or-no question asks whether somebody said it
    ("Q: Did the general say who approved the purchases?", "the general", "say", False),
    ("Has the agency confirmed the count?", "the agency", "confirmed", False),
    ("The general said on Monday: Did anyone approve it?", "The general", "said", True),  # negative: a statement
])
def test_an_explainer_s_question_cites_nobody(sentence, source, cue, sourcing):
    text = f"Explainer\n\n{sentence}\n"
    tagger = OneAttributionTagger(text, [(source, cue, ())])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert attribution.sourcing is sourcing


@pytest.mark.parametrize("sentence, cue, response", [
    ("Abernathy would not confirm that the finding exists.", "would not confirm", "declined"),
    ("Delgado would not identify the officer, citing the investigation.", "would not identify", "declined"),
    ("Lindahl expects two more to sign, but he would not name them.", "would not name them", "declined"),
    ("Hale would not discuss details.", "would not discuss details", "declined"),
    ("Corliss referred questions to the Army.", "referred questions to", "declined"),
    ("Corliss referred to the Army as a partner.", "referred to", None),  # a naming, no question passed on
    ("Abernathy would not confirm the nominee without a hearing.", "would confirm", None),  # not negated in the cue
])
def test_a_refusal_put_to_the_reporter_is_a_non_answer(sentence, cue, response):
    text = "Story\n\n" + sentence
    source = sentence.split()[0]
    if cue not in sentence:
        cue = "confirm"
    tagger = OneAttributionTagger(text, [(source, cue, ())])
    result = attribute_with_model(segment(Document(read_article(text))), tagger)
    ours = [a for a in result.attributions if a.cue is not None and a.cue.text(text) == cue]
    assert ours and ours[0].response == response


def test_speaking_on_condition_of_anonymity_is_the_reason_not_an_attribution():
    text = "Story\n\nThe aide spoke on condition of anonymity to describe the closed-door briefing.\n"
    tagger = OneAttributionTagger(text, [("The aide", "spoke on condition of anonymity to describe",
                                          ("the closed-door briefing",))])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert attribution.sourcing is False
    # who spoke so and then said something is a source
    text = "Story\n\nTwo officials spoke on condition of anonymity and said the talks had failed.\n"
    tagger = OneAttributionTagger(text, [("Two officials", "said", ("the talks had failed",))])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert attribution.sourcing is True


@pytest.mark.parametrize("headline, tagged, cue", [
    ("Vestria curbs intelligence sharing after leak, officials say", False, "say"),  # the tagger missed the tag
    ("Thousands of elevators run on expired certificates, comptroller’s audit finds", False, "finds"),
    ("Vestria curbs intelligence sharing after leak, officials say", True, "say"),  # the tagger's own stays alone
    ("Officials say Vestria curbs intelligence sharing", False, "say"),  # an opening one, as well
    ("Transcript: Forest supervisor says agency owns the escaped burn", False, "says"),  # after a label
    ("Vestria curbs sharing as officials say the leak grew", False, None),  # neither opens nor closes: nothing
    ("Man charged with murder in shooting outside bar", False, None),  # a passive opens it: nobody reports
])
def test_a_headline_s_closing_tag_the_tagger_missed(headline, tagged, cue):
    text = f"{headline}\n\nThe pause began last month, two officials said.\n"
    triples = [("two officials", "said", ("The pause began last month",))]
    if tagged:
        triples.append(("officials", "say", (headline.split(",")[0],)))
    result = attribute_with_model(segment(Document(read_article(text))), OneAttributionTagger(text, triples))
    in_headline = [a.cue.text(text) for a in result.attributions if a.cue is not None and a.cue.end <= len(headline)]
    assert in_headline == ([cue] if cue else [])


def test_a_referral_closing_what_a_source_said_is_no_second_attribution():
    text = ("Story\n\nA Navy spokesperson said the service was aware of the matter and referred questions to the "
            "Justice Department.\n")
    content = "the service was aware of the matter and referred questions to the Justice Department"
    tagger = OneAttributionTagger(text, [("A Navy spokesperson", "said", (content,))])
    result = attribute_with_model(segment(Document(read_article(text))), tagger)
    assert [(a.cue.text(text), a.response) for a in result.attributions] == [("said", None)]
    # alone, the referral is a non-answer the rules find
    text = "Story\n\nThe spokesperson said nothing more. Corliss referred questions to the Army.\n"
    tagger = OneAttributionTagger(text, [("The spokesperson", "said", ("nothing more",))])
    result = attribute_with_model(segment(Document(read_article(text))), tagger)
    assert [a.response for a in result.attributions] == [None, "declined"]


@pytest.mark.parametrize("sentence, source, cue, response", [
    ("Whether it was the CIA’s work, none of the officials interviewed would say.", "none of the officials interviewed",
     "would say", "declined"),
    ("No one at the company would comment.", "No one at the company", "would comment", "declined"),
    ("Some of the officials would say only that the review continues.", "Some of the officials", "would say", None),
])
def test_a_source_that_negates_the_cue_is_a_non_answer(sentence, source, cue, response):
    text = "Story\n\n" + sentence + "\n"
    tagger = OneAttributionTagger(text, [(source, cue, ())])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert attribution.response == response


@pytest.mark.parametrize("sentence, kept", [
    # "said … and declined": the speaker's non-answer after what they said is an attribution of its own
    ("A spokesperson for the office said it had not received a request and declined to comment further.", True),
    ("A spokesperson for the office said it had not received a request and refused to elaborate.", True),
    # a quote right before "and declined" leaves the rules no subject: still the speaker's
    ("A spokesperson for the office said the council would decide “on the basis of the report” and declined to "
     "comment further.", True),
    # negative: "referred questions to" closes what was said (so marked in the written golds)
    ("A spokesperson for the office said it was aware of the matter and referred questions to the Army.", False),
    # "but would not say …", "but would not discuss …": the speaker's refusal too, whatever the rules took for its subject
    ("A spokesperson for the office said the department was “reviewing options” but would not say whether money "
     "would come.", True),
    ("A spokesperson for the office said the governor had been in contact with legislative leaders but would not "
     "discuss details.", True),
    # negative: "would not say so publicly" is the colleagues', no refusal to the reporter
    ("A spokesperson for the office said colleagues felt the same but would not say so publicly.", False),
])
def test_a_refusal_after_what_the_source_said_is_its_own(sentence, kept):
    text = "Story\n\n" + sentence + "\n"
    tagger = OneAttributionTagger(text, [("A spokesperson for the office", "said", ())])
    result = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    declined = [a for a in result if a.type == "declined_comment"]
    assert bool(declined) is kept
    assert all(a.source.text(text) == "A spokesperson for the office" for a in declined)


@pytest.mark.parametrize("headline, cue, source", [
    # a headline's closing tag the tagger gave a cue and no source: the words after the last comma
    ("11 dogs sickened after visits to dog park, county says", "says", "county"),
    ("Ferry fares to rise, state transit agency says", "says", "state transit agency"),
    # negatives: a pronoun; a cue with words after it
    ("Fares to rise, he says", "says", None),
    ("Fares to rise, county says in report", "says", None),
])
def test_a_headline_tag_without_a_source_takes_its_words(headline, cue, source):
    from auditor.modelstages import headline_tag_source

    text = headline + "\n\nThe body says more.\n"
    doc = segment(Document(read_article(text)))
    headlines = [s.span for s in doc.sentences if s.is_headline]
    start = text.index(cue)
    result = headline_tag_source(Attribution(source=None, cue=Span(start, start + len(cue)), content=()), headlines, text)
    assert (result.source.text(text) if result.source else None) == source


@pytest.mark.parametrize("headline, triples, sources", [
    # a column's label before a headline with its own attribution is no source
    ("The Fix: Reader says her gym kept charging her", [("The Fix", ":", ()), ("Reader", "says", ())], ["Reader"]),
    # negative: the colon is the headline's cue
    ("Pence: Flowers won’t be at debate", [("Pence", ":", ())], ["Pence"]),
])
def test_a_column_label_in_a_headline_is_no_source(headline, triples, sources):
    text = headline + "\n\nThe body says more.\n"
    result = attribute_with_model(segment(Document(read_article(text))), OneAttributionTagger(text, triples))
    assert [a.source.text(text) for a in result.attributions] == sources


@pytest.mark.parametrize("first, later, predicted, expected", [
    # a surname after a named spokeswoman is her, not the museum she speaks for
    ("a museum spokeswoman, Jenna Ocasio,", "Ocasio", "named_organization", "named_official"),
    # negatives: a company named like a person stays the company
    ("the company, Ocasio Foods,", "Ocasio", "named_organization", "named_organization"),
    ("Baltic Gate, a subsidiary of the Danish shipping group Norrvik,", "Baltic Gate", "named_organization",
     "named_organization"),
])
def test_a_surname_takes_the_type_of_the_person_it_names(first, later, predicted, expected):
    text = f"Story\n\nThe galleries are shut, {first} said. They will reopen in May, {later} said.\n"
    named = first.strip(" ,")

    class Typer:
        def predict(self, text, mentions, cues=None):
            return [Prediction("named_official" if "spokes" in m.text(text) else predicted, 0.9,
                               evidence=None if m.start == text.index(named) else Span(text.index(named), text.index(named) + len(named)),
                               probabilities={predicted: 0.5, "named_official": 0.3, "named_person": 0.2})
                    for m in mentions]

    class Tagger:
        def predict(self, text):
            first_cue, later_at = text.index("said"), text.rindex(later)
            return [Attribution(source=Span(text.index(named), text.index(named) + len(named)),
                                cue=Span(first_cue, first_cue + 4), content=(), origin="model"),
                    Attribution(source=Span(later_at, later_at + len(later)),
                                cue=Span(text.rindex("said"), text.rindex("said") + 4), content=(), origin="model")]

    doc = classify_with_model(attribute_with_model(segment(Document(read_article(text))), Tagger()), Typer())
    assert doc.attributions[-1].type == expected


@pytest.mark.parametrize("mention, names_another", [
    # an anonymous mention ending in somebody else's name, after a preposition, names nobody in its group
    ("An aide to Halloway", True),
    ("he still bids at Harwood & Pryce", True),
    ("a spokesman for Gov. Ann Lee,", True),
    # negatives: a mention that is a name, or ends in none
    ("Delegates", False),
    ("A senior official", False),
])
def test_a_name_after_a_preposition_is_somebody_else(mention, names_another):
    from auditor.modelstages import _NAME_AFTER_PREPOSITION

    assert bool(_NAME_AFTER_PREPOSITION.search(mention)) is names_another


def test_a_request_for_anonymity_in_a_sentence_of_its_own_is_no_attribution():
    text = ("Ward\n\nTwo nurses said lists were cancelled every week. They asked not to be named because staff have "
            "been warned against speaking to the press.\n")
    tagger = OneAttributionTagger(text, [("Two nurses", "said", ("lists were cancelled every week",)),
                                         ("They", "asked", ("not to be named because staff have been warned",))])
    said, asked = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert said.sourcing and not asked.sourcing


@pytest.mark.parametrize("sentence, source, cue, kept", [
    # "a guarantee said to be worth …": a hedge in the reporter's voice, no source's
    ("Lisbon’s bid is backed by the government, which has pledged a guarantee said to be worth up to €40m.",
     "which", "said", False),
    ("Beside a counter said to be older than the manager, a woman waits.", "a counter", "said", False),
    # negative: "is said to be" (PolNeAR marks it)
    ("Mehra is said to be living in a rented villa in Dubai.", "Mehra", "said", True),
])
def test_a_thing_said_to_be_so_is_no_attribution(sentence, source, cue, kept):
    text = "Story\n\n" + sentence + "\n"
    result = attribute_with_model(segment(Document(read_article(text))), OneAttributionTagger(text, [(source, cue, ())]))
    assert bool(result.attributions) is kept


@pytest.mark.parametrize("headline, tagged, expected", [
    # a headline's two predicates share their subject: "says" has the subject, not "fires …" with it
    ("Gov. Tuck fires child welfare chief, says agency failed", "Gov. Tuck fires child welfare chief", "Gov. Tuck"),
    # negative: a plain headline tag
    ("Fares to rise, Transit Board says", "Transit Board", "Transit Board"),
])
def test_a_headline_s_second_predicate_has_the_first_s_subject(headline, tagged, expected):
    from auditor.modelstages import headline_shared_subject

    text = headline + "\n\nThe body says more.\n"
    doc = segment(Document(read_article(text)))
    headlines = [s.span for s in doc.sentences if s.is_headline]
    source, cue = text.index(tagged), text.index(" says") + 1
    result = headline_shared_subject(Attribution(source=Span(source, source + len(tagged)), cue=Span(cue, cue + 4),
                                                 content=()), headlines, text)
    assert result.source.text(text) == expected


@pytest.mark.parametrize("appositive, expected", [
    # a bare name's first full mention is no source, but its appositive gives a private role
    ("a retired shipyard welder from Sunderland", "named_person"),
    ("the county’s chief engineer", "named_official"),  # negative: an office
    # a clause about the person's own family or business
    ("whose family’s orchard near Putney was hit twice", "named_person"),
    ("who runs a bakery on Main Street", "named_person"),
])
def test_a_bare_name_s_appositive_in_the_text_gives_a_private_role(appositive, expected):
    text = (f"Story\n\nAmong those waiting is Brian Coulson, {appositive}, who was referred in 2022. "
            "Mr Coulson said the date was cancelled.\n").replace("Coulson, a", "Coulson, 71, a").replace(
            "Coulson, the", "Coulson, 71, the")
    name = text.index("Brian Coulson")
    typed = _typed_alone(text, "Mr Coulson", "said", "the date was cancelled",
                         Prediction("named_official", 0.9, evidence=Span(name, name + len("Brian Coulson"))))
    assert typed == [("Mr Coulson", expected)]


def test_a_referral_after_what_a_source_said_is_no_source_of_its_own():
    # the rules' subject for "referred" would be "about a visit … and": a preposition opens no subject,
    # and the referral closes what the ministry said, however short the tagger's content
    text = ("Story\n\nThe Swiss foreign ministry said it had “no information” about a visit by the leader and "
            "referred questions to the clinic.\n")
    tagger = OneAttributionTagger(text, [("The Swiss foreign ministry", "said", ())])
    result = attribute_with_model(segment(Document(read_article(text))), tagger)
    assert [(a.source.text(text), a.cue.text(text)) for a in result.attributions] == [("The Swiss foreign ministry", "said")]


def test_the_question_a_non_answer_left_open_when_asked_is_part_of_it():
    text = "Story\n\nThe leader’s office did not respond when I asked whether Friday votes were now possible.\n"
    tagger = OneAttributionTagger(text, [("I", "asked", ("whether Friday votes were now possible",))])
    result = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert [(a.source.text(text), a.response) for a in result] == [("The leader’s office", "no_response")]
    # negative: a question with no non-answer before it stays
    text = "Story\n\nThe votes were counted, and I asked whether Friday votes were now possible.\n"
    tagger = OneAttributionTagger(text, [("I", "asked", ("whether Friday votes were now possible",))])
    assert len(attribute_with_model(segment(Document(read_article(text))), tagger).attributions) == 1


def test_a_section_label_is_no_cue_and_no_content():
    text = ("Morning Ledger\n\nTHE BIG NUMBER House members submitted 3,108 requests, according to disclosures.\n\n"
            "WHO’S STILL ASKING The biggest request came from Rep. Maxine Orr.\n")
    tagger = OneAttributionTagger(text, [
        ("disclosures", "according to", ("THE BIG NUMBER House members submitted 3,108 requests",)),
        ("WHO", "’S STILL ASKING", ("The biggest request came from Rep. Maxine Orr",)),
    ])
    result = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert [(a.source.text(text), [c.text(text) for c in a.content]) for a in result] == [
        ("disclosures", ["House members submitted 3,108 requests"])]
    # content that opens with the label starts after it
    opening = "Wire\n\nALSO ON THE WIRE Kessler Valley Power asked regulators for a fee, according to its rate filing.\n"
    tagger = OneAttributionTagger(opening, [
        ("its rate filing", "according to", ("ALSO ON THE WIRE Kessler Valley Power asked regulators for a fee",))])
    result = attribute_with_model(segment(Document(read_article(opening))), tagger).attributions
    assert [[c.text(opening) for c in a.content] for a in result] == [["Kessler Valley Power asked regulators for a fee"]]


@pytest.mark.parametrize("sentence, tagged, expected", [
    # "its auditor resigned, saying …": who resigned is the source, not the resigning
    ("Shares fell after its statutory auditor resigned, saying the payments were unexplained.",
     "its statutory auditor resigned", "its statutory auditor"),
    # negative: a participle that describes the source stays
    ("The plan is dead, two officials involved said, saying talks had failed.", "two officials involved",
     "two officials involved"),
])
def test_a_source_leaves_out_the_verb_before_saying(sentence, tagged, expected):
    text = "Story\n\n" + sentence + "\n"
    tagger = OneAttributionTagger(text, [(tagged, "saying", ())])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert attribution.source.text(text) == expected


def test_a_source_is_not_the_speaker_label_of_its_turn():
    from auditor.modelstages import source_after_speaker_label

    text = "FERRER: The county’s elections administrator, Gloria Benavidez, told the board the count was right."
    source = "FERRER: The county’s elections administrator, Gloria Benavidez"
    attribution = Attribution(source=_span(text, source), cue=_span(text, "told"), content=())
    trimmed = source_after_speaker_label(attribution, text)
    assert trimmed.source.text(text) == "The county’s elections administrator, Gloria Benavidez"
    # negatives: a label alone, and "Q:", stay as they are
    alone = Attribution(source=_span(text, "FERRER"), cue=_span(text, ":"), content=())
    assert source_after_speaker_label(alone, text) == alone
    question = "Q: The board said what?"
    asked = Attribution(source=_span(question, "Q: The board"), cue=_span(question, "said"), content=())
    assert source_after_speaker_label(asked, question) == asked


def test_a_source_inside_a_section_label_is_the_name_after_it():
    text = ("Sports media\n\nWHAT THE TEAMS ARE SAYING Kings president Martin Ashworth told fans the team was "
            "exploring options.\n")
    tagger = OneAttributionTagger(text, [("THE TEAMS", "told", ("the team was exploring options",))])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert attribution.source.text(text) == "Kings president Martin Ashworth"
    # negative: a source after the label stays
    tagger = OneAttributionTagger(text, [("Kings president Martin Ashworth", "told", ("the team was exploring options",))])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert attribution.source.text(text) == "Kings president Martin Ashworth"


@pytest.mark.parametrize("sentence, cue, source", [
    # a cue the tagger found without a source takes the subject the rules found for it
    ("An indictment unsealed in March in federal court charges six people with fraud.", "charges",
     "An indictment unsealed in March in federal court"),
    ("Six people were charged, and the report said so.", "said", "the report"),
    ("The state had added the extra week after long lines in 2004.", "had added", None),  # negative: no document
])
def test_a_cue_without_a_source_takes_the_rules_source(sentence, cue, source):
    text = "Ring charged\n\n" + sentence + "\n"
    tagger = OneAttributionTagger(text, [(None, cue, ())])
    (attribution,) = [a for a in attribute_with_model(segment(Document(read_article(text))), tagger).attributions
                      if a.cue is not None and a.cue.text(text) == cue]
    assert (attribution.source.text(text) if attribution.source else None) == source


def test_content_ends_before_a_live_blog_s_next_time_stamp():
    text = ("Trains stop\n\n4:05 p.m. Riders waited. He said he would take a cab home.\n\n"
            "4:20 p.m. All trains are stopped, the authority said.\n")
    tagger = OneAttributionTagger(text, [("He", "said", ("he would take a cab home.\n\n4:20 p.m. All trains are stopped",))])
    (attribution,) = [a for a in attribute_with_model(segment(Document(read_article(text))), tagger).attributions
                      if a.source is not None and a.source.text(text) == "He"]
    assert [c.text(text) for c in attribution.content] == ["he would take a cab home."]


@pytest.mark.parametrize("sentence, source, cue, content, sourcing", [
    # a participle that describes a document reads nothing in it
    ("Federal rules adopted after a 2009 crash limit pilots to 14 hours.", "Federal rules", "adopted", None, False),
    # negatives: a verb that cites it; a participle with content
    ("Federal rules adopted after a 2009 crash limit pilots to 14 hours.", "Federal rules", "limit",
     "pilots to 14 hours", True),
    ("The audit counted after the vote 400 ballots.", "The audit", "counted", "400 ballots", True),
])
def test_a_participle_describing_a_document_cites_nothing(sentence, source, cue, content, sourcing):
    text = "Pilots tired\n\n" + sentence + "\n"
    tagger = OneAttributionTagger(text, [(source, cue, (content,) if content else ())])

    class Typer:
        def predict(self, text, mentions, cues=None):
            return [Prediction("document", 0.9) for _ in mentions]

    found = classify_with_model(attribute_with_model(segment(Document(read_article(text))), tagger), Typer())
    (attribution,) = [a for a in found.attributions if a.cue is not None and a.cue.text(text) == cue]
    assert attribution.sourcing is sourcing


def test_a_source_that_runs_on_from_a_label_loses_it():
    text = "Count stalls\n\n11:05 GMT Two senior officials told reporters the sheets were missing.\n"
    tagger = OneAttributionTagger(text, [("11:05 GMT Two senior officials", "told", ("the sheets were missing",))])
    (attribution,) = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert attribution.source.text(text) == "Two senior officials"


def test_what_a_transcript_speaker_relays_is_no_attribution_of_its_own():
    text = ("Burn review\n\nForest Supervisor Anna Keller joined host Marcus Webb.\n\n"
            "MARCUS WEBB, HOST: Is that right?\n\nANNA KELLER: That’s what the preliminary review found, yes.\n\n"
            "WEBB: The Bend Courier reported this week that the burn boss had an escape before.\n\n"
            "KELLER: I can’t talk about employees.\n\nDALE, IN PAULINA: I lost my shop.\n")
    tagger = OneAttributionTagger(text, [
        ("the preliminary review", "found", ()),
        ("The Bend Courier", "reported this week", ("that the burn boss had an escape before",)),
    ])
    found = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    sources = [a.source.text(text) for a in found]
    # the review is inside Keller's turn; the Courier, inside the host's, stays (the host is the outlet's voice)
    assert sources == ["ANNA KELLER", "The Bend Courier", "KELLER", "DALE, IN PAULINA"]


def test_turns_run_together_in_one_paragraph_are_cut_at_their_labels():
    from auditor.attribute import transcript_attributions

    text = ("Health Minister Clodagh Farrell spoke to Sunday Focus presenter Niall Grogan.\n\n"
            "GROGAN: Minister, the children wait. Why won’t the state pay? FARRELL: We will pay a fair price. "
            "GROGAN: The agency’s report says it works. FARRELL: It does work. GROGAN: Is a deal close? "
            "FARRELL: I’m not going to negotiate on the radio.")
    turns = [(a.source.text(text), [c.text(text) for c in a.content]) for a in transcript_attributions(text)]
    # the presenter introduced so is the outlet's voice, though named in full and asking in few turns
    assert turns == [("FARRELL", ["We will pay a fair price."]), ("FARRELL", ["It does work."]),
                     ("FARRELL", ["I’m not going to negotiate on the radio."])]
    # negatives: a paragraph that opens with no label is not cut; "UPDATE:" after a sentence is no turn
    fact_check = "Ad fact check\n\nTHE CLAIM: The ad says she voted to cut benefits. THE FACTS: None of the votes did."
    assert transcript_attributions(fact_check) == []  # negative: a fact check's heads are no speakers
    prose = "Talks ended. FARRELL: We will pay.\n\nGROGAN: Why? FARRELL: We will.\n\nGROGAN: Why? UPDATE: It passed."
    assert [(a.source.text(prose), [c.text(prose) for c in a.content]) for a in transcript_attributions(prose)] == [
        ("GROGAN", ["Why?"]), ("FARRELL", ["We will."]), ("GROGAN", ["Why? UPDATE: It passed."])]


@pytest.mark.parametrize("source, cue, predicted, expected", [
    # a transcript's label whose full name has a title is the official, whatever the uncased typer read
    ("FARRELL", ":", "named_person", "named_official"),
    ("GRANT", ":", "named_person", "named_person"),  # negative: no title given to the name
    # a label is a person, though "It" opens what she says
    ("FARRELL", ":", "named_official", "named_official"),
    # a surname with its particle is no institution nor paper
    ("de Wit", "said", "named_organization", "named_person"),
    ("de Wit", "said", "media_report", "named_person"),
    ("Wit Partners", "said", "named_organization", "named_organization"),  # negative: no particle
])
def test_a_speaker_label_or_a_particle_surname_is_a_person(source, cue, predicted, expected):
    intro = "Health Minister Clodagh Farrell spoke on Sunday.\n\nA baker from the valley, Ann Grant, spoke too.\n\n"
    if cue == ":":
        text = intro + f"HOST: Why?\n\n{source}: It does work.\n\nHOST: Why?\n\n{source}: It will.\n"
        content = "It does work."
    else:
        text = intro + f"{source} said the loan failed.\n"
        content = "the loan failed"
    probabilities = {predicted: 0.6, "named_person": 0.3, "named_official": 0.1} if predicted != "named_person" else None
    prediction = Prediction(predicted, 0.6, probabilities=probabilities or {predicted: 0.6})
    typed = _typed_alone(text, source, cue, content, prediction)
    assert (source, expected) in typed


@pytest.mark.parametrize("mention, private", [
    # a scholar by what they teach or study where (the read golds: 28 of 28 private persons)
    ("Mark Feld, who teaches property law at Plains State University", True),
    ("Hannah Ortiz, who directs the Liberty and Security Program at Hollins University School of Law", True),
    ("Ann Lee, who studies fisheries at the Eastport Marine Institute", True),
    # an outside lawyer with no tie to the case
    ("Paul Desai, a lawyer who advises nonprofit boards and has no connection to the foundation", True),
    # negatives: an office at a named institution; a director of no school
    ("Tom Gruber, who directs the Harbor Transit Authority", False),
    ("Ann Lee, who directs the Brightwell Foundation’s grants", False),
])
def test_a_scholar_or_an_unconnected_lawyer_is_a_private_person(mention, private):
    from auditor.modelstages import settled_by_words

    assert (settled_by_words(mention) == "named_person") is private


def test_a_source_run_over_a_sentence_end_keeps_the_cue_s_sentence():
    from auditor.modelstages import source_within_sentence

    text = "“I was scared,” said the man, Harold Odom. Gov. Linda Pruitt said the state would help."
    starts = [0, text.index("Gov.")]
    run = _span(text, "the man, Harold Odom. Gov. Linda Pruitt")
    after = Attribution(source=run, cue=Span(text.index("said the state"), text.index("said the state") + 4), content=())
    before = Attribution(source=run, cue=_span(text, "said"), content=())
    assert source_within_sentence(after, starts, text).source.text(text) == "Gov. Linda Pruitt"
    assert source_within_sentence(before, starts, text).source.text(text) == "the man, Harold Odom"
    inside = Attribution(source=_span(text, "Gov. Linda Pruitt"), cue=after.cue, content=())  # negative: one sentence
    assert source_within_sentence(inside, starts, text) == inside
    titled = "(Mr. Trump has also called for it.)"  # negative: a stop the segmenter took after a title
    tagged = Attribution(source=_span(titled, "(Mr. Trump"), cue=_span(titled, "called"), content=())
    assert source_within_sentence(tagged, [0, titled.index("Trump")], titled) == tagged


@pytest.mark.parametrize("phrase, document", [
    ("Court filings", True),  # a headline's bare plural
    ("The memo", True),
    ("Court officials", False),  # negatives: people; a singular with no determiner
    ("Court filing", False),
])
def test_a_document_opens_a_phrase(phrase, document):
    from auditor.modelstages import _opens_with_document

    assert _opens_with_document(phrase) is document


@pytest.mark.parametrize("source, expected", [
    # a bare plural of people is nobody's document, whatever the typer read in what they describe
    ("Judges, lawyers and asylum seekers", "anonymous_other"),
    ("Nurses at the clinic", "anonymous_other"),
    ("Court records", "document"),  # negatives: a document; a study's authors named with "the"
    ("The researchers", "document"),
])
def test_a_bare_plural_of_people_is_no_document(source, expected):
    probabilities = {"document": 0.5, "anonymous_other": 0.3, "named_person": 0.2}
    typed = _typed_alone(f"Quotas\n\n{source} describe what the quota looks like.\n", source, "describe",
                         "what the quota looks like", Prediction("document", 0.5, probabilities=probabilities))
    assert typed == [(source, expected)]


def test_one_mention_with_two_cues_has_the_reporting_verb_s_type():
    text = "Relic stays\n\nAsked about the vote, Ann Vale says she knew of it.\n"

    class ByCue:
        def predict(self, text, mentions, cues=None):
            return [Prediction("named_person", 0.9) if cue.text(text).startswith("Asked") else Prediction("named_official", 0.6)
                    for cue in cues]

    tagger = OneAttributionTagger(text, [("Ann Vale", "Asked about", ("the vote",)), ("Ann Vale", "says", ("she knew of it",))])
    doc = classify_with_model(attribute_with_model(segment(Document(read_article(text))), tagger), ByCue())
    assert [a.type for a in doc.attributions] == ["named_official", "named_official"]
    # negative: two mentions, two types
    text = "Relic stays\n\nAsked about the vote, Ann Vale said Tom Roe knew of it, and Tom Roe says so.\n"
    tagger = OneAttributionTagger(text, [("Ann Vale", "Asked about", ("the vote",)), ("Tom Roe", "says", ("so",))])
    doc = classify_with_model(attribute_with_model(segment(Document(read_article(text))), tagger), ByCue())
    assert [a.type for a in doc.attributions] == ["named_person", "named_official"]


def test_a_pronoun_takes_no_scholar_s_clause_from_another_name():
    text = ("Plans\n\nEconomist Ann Lee, who studies tax policy at the Dunmore Institute, said the plan was costly. "
            "The candidate proposes a deduction. He also wants a credit.\n")
    found = attribute_with_model(segment(Document(read_article(text))), OneAttributionTagger(text, [
        ("Economist Ann Lee, who studies tax policy at the Dunmore Institute", "said", ("the plan was costly",)),
        ("He", "also wants", ("a credit",))]))

    class Typer:
        def predict(self, text, mentions, cues=None):
            return [Prediction("named_official", 0.9, evidence=mentions[0]) for _ in mentions]

    doc = classify_with_model(found, Typer())
    assert [a.type for a in doc.attributions] == ["named_person", "named_official"]


@pytest.mark.parametrize("label, relayed", [
    # an interviewer's turn: what the host relays is sourcing of its own
    ("RUSKIN", "The state teachers’ union"),
    ("Q", "The state teachers’ union"),
])
def test_what_an_interviewer_relays_is_an_attribution(label, relayed):
    text = ("Interview\n\nState Treasurer Ngozi Okafor spoke with Capitol Notes host Ben Ruskin.\n\n"
            f"{label}: Should teachers be worried?\n\nOKAFOR: No retiree will miss a check.\n\n"
            f"{label}: The state teachers’ union says the real fix is for the Legislature to repay the fund.\n\n"
            "OKAFOR: They have a point.\n\n"
            f"{label}: Will you ask for it?\n\nOKAFOR: Yes.\n")
    question = text.index(f"{label}: The state")
    tagger = OneAttributionTagger(text, [])
    tagger.predict = lambda t: [Attribution(source=Span(question, question + len(label)),
                                            cue=Span(question + len(label), question + len(label) + 1),
                                            content=(Span(question + len(label) + 2, t.index(" the fund.") + 9),),
                                            origin="model")]
    found = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    sources = [a.source.text(text) for a in found if a.source is not None]
    assert relayed in sources
    assert label not in sources  # the interviewer's label is nobody's


def test_an_interviewer_s_question_relays_nothing_when_it_cites_nobody():
    from auditor.attribute import question_turns

    text = "Q: What has the airline told you?\n\nA: Nothing.\n\nQ: Why?\n\nA: We asked."
    assert [text[s.start:s.end] for s in question_turns(text)] == ["What has the airline told you?", "Why?"]
    text = "The mayor spoke.\n\nHOLT: Why?\n\nThe mayor said no.\n"  # negative: one labelled turn, no transcript
    assert question_turns(text) == []


def test_a_wh_question_after_q_cites_nobody():
    text = "Interview\n\nQ: What has the airline told you about crew training?\n\nA: Nothing yet.\n"
    tagger = OneAttributionTagger(text, [("the airline", "told", ())])
    found = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert [a.sourcing for a in found] == [False]


@pytest.mark.parametrize("head, cited", [
    ("What they’re saying", False),  # a newsletter's section head
    ("Why it matters", False),
])
def test_a_newsletter_s_section_head_is_nobody_s_words(head, cited):
    text = f"Brief\n\n{head}: Halcyon said in a statement that it honours its contracts.\n"
    tagger = OneAttributionTagger(text, [("they" if "they" in head else "it", head.split()[-1], ("Halcyon said",)),
                                         ("Halcyon", "said in a statement", ("that it honours its contracts",))])
    found = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert [a.source.text(text) for a in found] == ["Halcyon"]


@pytest.mark.parametrize("sentence, clause, subject", [
    # a relative clause inside a non-answer's subject is no attribution of its own
    ("The Pacific Climate Fund, which lists Climate Signal among its grantees, did not respond to an email.",
     ("which", "lists", ("Climate Signal among its grantees",)),
     "The Pacific Climate Fund, which lists Climate Signal among its grantees"),
    ("The head of the Border Police, General Radek Hollan, did not respond to a letter delivered in June.",
     None, "The head of the Border Police, General Radek Hollan"),
])
def test_a_non_answer_keeps_its_whole_subject(sentence, clause, subject):
    text = f"Story\n\n{sentence}\n"
    tagger = OneAttributionTagger(text, [clause] if clause else [])
    found = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert [(a.source.text(text), a.type) for a in found] == [(subject, "declined_comment")]


def test_an_outlet_s_which_that_reported_is_the_outlet():
    text = "Story\n\nThe paper was the Henderson Sentinel, which first reported the breach on Sept. 12.\n"

    class OrganizationTyper:
        def predict(self, text, mentions, cues=None):
            return [Prediction("named_organization", 0.9) for _ in mentions]

    tagger = OneAttributionTagger(text, [("which", "first reported", ("the breach on Sept. 12",))])
    doc = classify_with_model(attribute_with_model(segment(Document(read_article(text))), tagger), OrganizationTyper())
    assert [a.type for a in doc.attributions] == ["media_report"]


def test_a_place_named_after_in_the_capital_is_no_person():
    from auditor.group import appositive_name

    assert appositive_name("A Western diplomat in the capital, Port Elin,") == []
    assert appositive_name("The mayor of the city, Ann Lee,") == ["Ann", "Lee"]  # negative: "of", the office's holder


@pytest.mark.parametrize("phrase, name", [
    # a description in lower case before the name, however many its words
    ("One of them, retired bus mechanic Orrin Bellweather, 71", ["Orrin", "Bellweather"]),
    ("senior policy adviser Jane Doe", ["Jane", "Doe"]),
    ("His colleague, sports director Joost Vermeulen", ["Joost", "Vermeulen"]),
    # negatives: a preposition's place or people
    ("residents of Upper Halvorsen", []),
    ("supporters of Donald Trump", []),
])
def test_a_name_after_its_description_in_lower_case_is_a_name(phrase, name):
    from auditor.group import appositive_name

    assert appositive_name(phrase) == name


def test_a_reporter_introduced_at_a_sentence_s_start_is_the_outlet_s_voice():
    from auditor.attribute import transcript_attributions

    text = ("Observers judge the vote\n\nHOST (DANA WHITE): Observers gave a verdict today.\n\n"
            "Reporter Samuel Okafor is in the capital and joins us now.\n\n"
            "SAMUEL OKAFOR: Dana, the mission held a news conference here.\n\n"
            "LIISA KORV: Election day was a good day.\n\nOKAFOR: The commission disputes that.\n\n"
            "OKAFOR: Thanks, Dana.")
    # "Reporter …" opens its sentence with a capital: the outlet's reporter, whose turns are its own voice
    assert [a.source.text(text) for a in transcript_attributions(text)] == ["LIISA KORV"]


def test_an_interview_label_with_a_capital_inside_the_name_is_a_turn():
    from auditor.attribute import transcript_attributions

    text = ("Fund chief\n\nWe spoke with the fund’s chief executive, Rashid Al-Saadi, in London.\n\n"
            "Q: Why Brevik? Al-Saadi: Because it was cheap. The price had fallen.\n\n"
            "Q: Will you fund it? Al-Saadi: We’re a shareholder, not a bank.")
    turns = [(a.source.text(text), [c.text(text) for c in a.content]) for a in transcript_attributions(text)]
    assert turns == [("Al-Saadi", ["Because it was cheap. The price had fallen."]),
                     ("Al-Saadi", ["We’re a shareholder, not a bank."])]
    # negative: a name the article never gave in full is no label ("McAllister:" here is nobody)
    other = "Fund chief\n\nQ: Why? McAllister: Because.\n\nQ: And? McAllister: So."
    assert transcript_attributions(other) == []


def test_what_the_rules_find_in_a_host_s_turn_stands_beside_the_tagger_s():
    text = ("Transcript\n\nELENA MARSH, HOST: The office says it can take no new cases.\n\n"
            "TOM ADAIR, BYLINE: Chief Public Defender Nia Roberts says each lawyer carries 190 cases.\n\n"
            "NIA ROBERTS: We are not giving people a defense.\n\n"
            "ADAIR: Last month, Roberts told the court her office would stop taking cases. Since then, 43 people "
            "have been held, according to a filing by the bar association. Neither candidate has asked for a recount."
            "\n\nNIA ROBERTS: That is the truth.\n")
    tagger = OneAttributionTagger(text, [("a filing by the bar association", "according to",
                                          ("Since then, 43 people have been held",))])
    found = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    sources = [a.source.text(text) for a in found if a.source is not None]
    # the tagger found the filing in the reporter's turn; the rules' "Roberts told the court" stays beside it,
    # and only who said or told: "has asked for a recount" is no relaying
    assert "Roberts" in sources and "a filing by the bar association" in sources
    assert "Neither candidate" not in sources


def test_a_section_label_s_content_goes_to_the_source_after_it():
    text = ("The Civic Ledger\n\nTHE COMPLAINT A resident filed a complaint.\n\n"
            "WHAT VARGA SAYS Varga told The Civic Ledger in a phone interview that she had reported the trip.\n")
    tagger = OneAttributionTagger(text, [("VARGA", "SAYS", ("that she had reported the trip",))])
    found = attribute_with_model(segment(Document(read_article(text))), tagger).attributions
    assert [(a.source.text(text), a.cue.text(text), [c.text(text) for c in a.content]) for a in found] == [
        ("Varga", "told", ["that she had reported the trip"])]
    # negative: a label whose content stays inside it gives nothing
    tagger = OneAttributionTagger(text, [("VARGA", "SAYS", ())])
    assert attribute_with_model(segment(Document(read_article(text))), tagger).attributions == ()


@pytest.mark.parametrize("sentence, cue", [
    ("This magazine is not naming her because she was a minor.", "is not naming"),
    ("Treasury did not name the buyers.", "did not name"),
    ("It does not identify the officers.", "does not identify"),
])
def test_leaving_a_name_out_is_no_attribution(sentence, cue):
    text = "Story\n\nThe report came out Monday. " + sentence + "\n"
    tagger = OneAttributionTagger(text, [(sentence.split(" is ")[0].split(" did ")[0].split(" does ")[0], cue, ())])
    assert attribute_with_model(segment(Document(read_article(text))), tagger).attributions == ()


def test_a_capitals_label_narrated_as_a_private_person_is_one():
    text = ("Transcript\n\nTOM ADAIR, BYLINE: One of them is Kevin Tran. His mother, Linh Tran, spoke to us.\n\n"
            "LINH TRAN: He calls me every night.\n\nADAIR: The judge has given the county until Friday.\n\n"
            "LINH TRAN: I tell him no.\n")
    doc = classify_with_model(attribute_with_model(segment(Document(read_article(text))), OneAttributionTagger(text, [])),
                              _OneType("named_official"))
    assert {a.source.text(text): a.type for a in doc.attributions} == {"LINH TRAN": "named_person"}
    titled = text.replace("His mother, Linh Tran,", "Deputy Mayor Linh Tran")  # negative: an office's title
    doc = classify_with_model(attribute_with_model(segment(Document(read_article(titled))), OneAttributionTagger(titled, [])),
                              _OneType("named_official"))
    assert {a.source.text(titled): a.type for a in doc.attributions} == {"LINH TRAN": "named_official"}


class _OneType:
    def __init__(self, kind):
        self.kind = kind

    def predict(self, text, mentions, cues=None):
        return [Prediction(self.kind, 0.6) for _ in mentions]


@pytest.mark.parametrize("sentence, source, sourcing", [
    ("A sign on the fence says play is allowed only until 9 p.m.", "A sign on the fence", False),
    ("A handwritten sign taped to the charger said it was broken.", "A handwritten sign taped to the charger", False),
    ("Some franchisees who did not sign the letter say they agree.", "Some franchisees who did not sign the letter", True),
])
def test_a_sign_s_words_are_what_the_reporter_saw(sentence, source, sourcing):
    text = "Story\n\n" + sentence + "\n"
    cue = next(c for c in (" says", " said", " say") if c in sentence).strip()
    found = attribute_with_model(segment(Document(read_article(text))), OneAttributionTagger(text, [(source, cue, ())]))
    assert [a.sourcing for a in found.attributions] == [sourcing]


@pytest.mark.parametrize("sentence, cue, source", [
    ("The recusal statute requires a judge to step aside.", "requires", "The recusal statute"),
    ("The memorandum of understanding, signed April 7, allows ICE to ask.", "allows",
     "The memorandum of understanding, signed April 7"),
    # negatives: a person's noun; a verb no document's; a source the tagger found
    ("The governor requires a vote.", "requires", None),
    ("The statute passed in 2019.", "passed", None),
])
def test_a_sourceless_cue_after_a_document_s_noun_phrase_is_the_document_s(sentence, cue, source):
    from auditor.modelstages import document_subject_source

    text = "Story\n\n" + sentence
    tagged = Attribution(source=None, cue=_span(text, cue), content=())
    found = document_subject_source(tagged, text, text.index(sentence))
    assert (found.source.text(text) if found.source else None) == source


@pytest.mark.parametrize("sentence, source, cue, kept", [
    ("The network’s slogan, “Your Team, Your Town,” still runs on a blank screen.", "The network’s", "slogan", False),
    ("The paper’s motto, “Read It Here First,” will stay.", "The paper’s", "motto", False),
    ("The network said, “Your team is gone.”", "The network", "said", True),  # negative: a cue
])
def test_a_slogan_is_no_statement(sentence, source, cue, kept):
    text = "Story\n\n" + sentence + "\n"
    found = attribute_with_model(segment(Document(read_article(text))), OneAttributionTagger(text, [(source, cue, ())]))
    assert bool(found.attributions) is kept


@pytest.mark.parametrize("text, expected", [
    # a name somebody gives interviews to is an outlet's, however unknown
    ("Vote\n\n“It was fair,” he told the Lantern. The Lantern reported last spring that turnout fell.\n", "media_report"),
    ("Vote\n\nThe Lantern Group reported last spring that turnout fell.\n", "named_organization"),  # negative: nobody told it
])
def test_a_name_people_tell_things_to_is_an_outlet(text, expected):
    source = "The Lantern Group" if "Group" in text else "The Lantern"
    tagger = OneAttributionTagger(text, [(source, "reported", ("that turnout fell",))])
    doc = classify_with_model(attribute_with_model(segment(Document(read_article(text))), tagger),
                              _OneType("named_organization"))
    assert [a.type for a in doc.attributions if a.source.text(text) == source] == [expected]


@pytest.mark.parametrize("cue, expected", [
    ("said in a statement", "named_organization"),  # an outlet speaking as an institution
    ("reported", "media_report"),  # negative: its reporting
])
def test_an_outlet_s_statement_is_the_institution_s(cue, expected):
    text = f"Detained\n\nThe Washington Post {cue} that the reporter was detained.\n"
    tagger = OneAttributionTagger(text, [("The Washington Post", cue, ("that the reporter was detained",))])
    doc = classify_with_model(attribute_with_model(segment(Document(read_article(text))), tagger), _OneType("media_report"))
    assert [a.type for a in doc.attributions] == [expected]


@pytest.mark.parametrize("first, kept", [
    ("The review found the strike killed 11 civilians.", "It"),  # the document cited last
    ("The Pentagon said the strike killed 11 civilians.", None),  # negative: an institution's "It"
])
def test_a_sourceless_cue_after_it_is_the_document_cited_before(first, kept):
    from auditor.modelstages import document_it_source

    text = f"Strike\n\n{first} It also found that the tip came from one informant.\n"
    doc = segment(Document(read_article(text)))
    starts = [s.start for s in doc.sentences]
    subject = first.split(" found")[0].split(" said")[0]
    earlier = Attribution(source=_span(text, subject), cue=_span(text, "found" if "found" in first else "said"), content=())
    tagged = Attribution(source=None, cue=_span(text, "also found"), content=())
    found = document_it_source(tagged, [earlier, tagged], starts, text)
    assert (found.source.text(text) if found.source else None) == kept


@pytest.mark.parametrize("sentence, tagged, source", [
    ("A ministry official reached by phone in the capital, Dashir, said the government knew.", "Dashir,",
     "A ministry official reached by phone in the capital, Dashir,"),
    ("The mayor of the capital, Dashir Omen, said the government knew.", "Dashir Omen,", "Dashir Omen,"),  # negative
])
def test_a_place_s_name_in_an_appositive_is_no_source(sentence, tagged, source):
    from auditor.modelstages import source_before_place_name

    text = "Strike\n\n" + sentence
    found = source_before_place_name(Attribution(source=_span(text, tagged), cue=_span(text, "said"), content=()),
                                     text, text.index(sentence))
    assert found.source.text(text) == source


@pytest.mark.parametrize("sentence, source, cue, sourcing", [
    ("A judge dismissed the charge, ruling that prosecutors had failed to disclose it.", "A judge", "ruling", True),
    ("Tamsara keeps its ban despite a World Trade Organization ruling against it.", "a World Trade Organization",
     "ruling against", False),  # negative: the noun
])
def test_ruling_is_a_cue_after_a_comma_only(sentence, source, cue, sourcing):
    text = "Story\n\n" + sentence + "\n"
    found = attribute_with_model(segment(Document(read_article(text))), OneAttributionTagger(text, [(source, cue, ())]))
    assert [a.sourcing for a in found.attributions] == [sourcing]
