"""Radio transcripts (the outlet's host and reporter), interview questions, and the content
and non-answer rules around them: each table row is (text, expected), negatives included."""
import pytest

from auditor.attribute import transcript_attributions
from auditor.ingest import read_article
from auditor.modelstages import attribute_with_model
from auditor.types import Attribution, Document, Span
from auditor.segment import segment

from test_modelstages import OneAttributionTagger, Prediction


def _span(text, part, after=0):
    start = text.index(part, after)
    return Span(start, start + len(part))


@pytest.mark.parametrize("text, speakers", [
    # a host labelled with the role first, and a reporter the host hands over to, are the outlet's voice
    ("Scooters\n\nHOST ANNA BRIGGS: This is the news. WPAL’s Marcus Dellinger reports.\n\n"
     "MARCUS DELLINGER: The ward is busy.\n\nFUNMI OKONKWO: People fall.\n\nDELLINGER: Zipwell says rides are safe.\n\n"
     "BRIGGS: The vote is Tuesday.", {"FUNMI OKONKWO"}),
    ("Heat\n\nHOST (DEREK ANTWI): Workers vote. From member station KDSR, Lucy Harrow reports.\n\n"
     "LUCY HARROW: It is hot.\n\nMARISOL ORTEGA: He went down.\n\nHARROW: Ballots are counted Friday.\n\n"
     "ANTWI: That’s Lucy Harrow.", {"MARISOL ORTEGA"}),
    # negative: "reports" inside a turn hands over to nobody; the label stays a speaker
    ("Heat\n\nMARISOL ORTEGA: The union reports it. Lucy Harrow reports. And more.\n\nHARROW: It is hot.\n\n"
     "ORTEGA: He went down.", {"MARISOL ORTEGA", "HARROW", "ORTEGA"}),
])
def test_a_radio_host_and_the_reporter_handed_to_are_no_speakers(text, speakers):
    assert {a.source.text(text) for a in transcript_attributions(text)} == speakers


@pytest.mark.parametrize("text, source, cue, handed", [
    ("News\n\nThis is the news. WPAL’s Marcus Dellinger reports.\n\nMORE: text", "WPAL’s Marcus Dellinger", "reports", True),
    ("Heat\n\nWorkers vote. From member station KDSR, Lucy Harrow reports.", "Lucy Harrow", "reports", True),
    ("Heat\n\nLucy Harrow reports that workers vote.", "Lucy Harrow", "reports", False),  # negative: content follows
])
def test_a_host_s_hand_off_to_the_reporter_is_no_sourcing(text, source, cue, handed):
    from auditor.attribute import hands_to_reporter

    attribution = Attribution(source=_span(text, source), cue=_span(text, cue), content=())
    assert hands_to_reporter(attribution, text) is handed


@pytest.mark.parametrize("sentence, triples, kept", [
    # the question a non-answer left open, or put to its source, is part of it; the outlet's own is none
    ("RoutePath did not respond when KPCR asked about that account.",
     [("RoutePath", "did not respond", ()), ("KPCR", "asked about", ("that account",))], ["did not respond"]),
    ("A city spokesman, asked about that instruction, declined to comment.",
     [("A city spokesman", "asked", ("about that instruction",)), ("A city spokesman", "declined", ())], ["declined"]),
    ("We asked Kessler Valley how many customers have panels; a spokeswoman said it would not say.",
     [("We", "asked", ("Kessler Valley how many customers have panels",)), ("a spokeswoman", "said", ("it would not say",))],
     ["said"]),
    ("When I asked the mayor when the months would start, Ito declined to give a date.",
     [("I", "asked", ("the mayor when the months would start",)), ("Ito", "declined", ())], ["declined"]),
    ("Whitley declined to give a number when asked by The Herald.",
     [("Whitley", "declined", ()), ("The Herald", "asked", ())], ["declined"]),
    ("Asked by lawmakers who had approved the update, she declined to name the engineer.",
     [("lawmakers", "Asked", ()), ("she", "declined", ())], ["declined"]),
    # negatives: the outlet's question alone frames what follows (PolNeAR marks it); somebody else's question
    ("Asked by Castellano whether he counted it, Lusk said no.",  # PolNeAR marks "asked by" with no non-answer
     [("Castellano", "Asked", ("whether he counted it",)), ("Lusk", "said", ("no",))], ["Asked", "said"]),
    ("We asked whether her story would matter.", [("We", "asked", ("whether her story would matter",))], ["asked"]),
    ("The mayor asked about the budget, the clerk said.", [("The mayor", "asked about", ("the budget",))],
     ["asked about"]),
])
def test_a_question_with_its_non_answer_or_the_outlet_s_own_is_no_attribution(sentence, triples, kept):
    text = "Story\n\n" + sentence + "\n"
    doc = attribute_with_model(segment(Document(read_article(text))), OneAttributionTagger(text, triples))
    assert [a.cue.text(text) for a in doc.attributions] == kept


@pytest.mark.parametrize("sentence, triple, contents", [
    # an interviewer's own question after relayed words is nobody's content
    ("Q: Facet told us it “processes images only for clients.” Does that satisfy you?",
     ("Facet", "told", ("it “processes images only for clients.” Does that satisfy you",)),
     ["it “processes images only for clients.”"]),
    # an explainer's run-in question before the content
    ("Who has gotten sick? The patients are 46 to 88, the department said.",
     ("the department", "said", ("Who has gotten sick?", "The patients are 46 to 88")), ["The patients are 46 to 88"]),
    # negatives: a question in PolNeAR's doubled apostrophes, or quoted, is what was said
    ("A reader would now ask: ''WHAT? Larry King is on a state outlet? Part of the network it formed?''",
     ("A reader", "would now ask:", ("''WHAT? Larry King is on a state outlet? Part of the network it formed",)),
     ["''WHAT? Larry King is on a state outlet? Part of the network it formed"]),
    ("“Why now?” The clerk asked that, the mayor said.",
     ("the mayor", "said", ("“Why now?” The clerk asked that",)), ["“Why now?” The clerk asked that"]),
])
def test_a_question_is_cut_from_content(sentence, triple, contents):
    text = "Story\n\n" + sentence + "\n"
    doc = attribute_with_model(segment(Document(read_article(text))), OneAttributionTagger(text, [triple]))
    assert [c.text(text) for a in doc.attributions for c in a.content] == contents


def test_a_content_piece_in_a_footer_goes_not_the_attribution():
    text = ("Budget passes\n\nHouse Speaker Dolores Quint said the House would take it up at 10 a.m.\n\n"
            "Capitol Desk is a nonprofit newsroom. Donate today to support our statehouse coverage.\n\n© 2025 Capitol Desk\n")
    footer = "Donate today to support our statehouse coverage"
    tagger = OneAttributionTagger(text, [("House Speaker Dolores Quint", "said", ("the House would take it up at 10 a.m", footer))])
    doc = attribute_with_model(segment(Document(read_article(text))), tagger)
    assert [[c.text(text) for c in a.content] for a in doc.attributions] == [["the House would take it up at 10 a.m"]]
    # negative: all of its content in the footer, the attribution goes
    footer_only = OneAttributionTagger(text, [("House Speaker Dolores Quint", "said", (footer,))])
    assert attribute_with_model(segment(Document(read_article(text))), footer_only).attributions == ()


@pytest.mark.parametrize("sentence, cue, source", [
    # a cue the tagger found with no source takes the rules' name right before it
    ("Rensford State University announced in September that it would close the campus.", "announced",
     "Rensford State University"),
    # negative: a lower-case subject is no name
    ("The state had added that it would close the campus.", "added", None),
])
def test_a_sourceless_cue_takes_the_name_before_it(sentence, cue, source):
    text = "Story\n\n" + sentence + "\n"
    doc = attribute_with_model(segment(Document(read_article(text))), OneAttributionTagger(text, [(None, cue, ())]))
    assert [a.source.text(text) if a.source else None for a in doc.attributions if a.cue.text(text) == cue] == [source]


@pytest.mark.parametrize("source, kept", [
    ("which adopted it in", False),  # cut off after its preposition
    ("The district, which adopted it", True),
    ("Two executives, who spoke to avoid angering the contractors they depend on,", True),  # a stranded preposition
])
def test_a_source_cut_off_after_its_preposition_is_dropped(source, kept):
    text = f"Story\n\n{source} is required for students.\n"
    doc = attribute_with_model(segment(Document(read_article(text))),
                               OneAttributionTagger(text, [(source, "is required", ())]))
    assert bool(doc.attributions) is kept


def test_a_label_after_a_statement_put_to_the_speaker_opens_a_turn():
    # "Q: … told us … instead. Okonjo: We …": the interviewer's turn ends where the named label begins
    text = ("Closing\n\nChancellor Ruth Okonjo spoke with us.\n\nQ: Why close it? Okonjo: The numbers.\n\n"
            "Q: Two vice chancellors told us they argued for a phaseout. Okonjo: We had a real debate.\n")
    turns = [(a.source.text(text), [c.text(text) for c in a.content]) for a in transcript_attributions(text)]
    assert turns == [("Okonjo", ["The numbers."]), ("Okonjo", ["We had a real debate."])]
    # negative: a name nobody gave in full is no label
    plain = "Closing\n\nQ: Why close it? Okonjo: The numbers.\n\nQ: They argued. Okonjo: We had a debate.\n"
    assert transcript_attributions(plain) == []


@pytest.mark.parametrize("sentence, cue, sourcing", [
    # an outlet's unfinished check cites nothing, whatever the typer read
    ("The Ledger has not independently verified the video.", "has not independently verified", False),
    # negative: a document read
    ("The documents show that the files reached Brightlane.", "show", True),
])
def test_an_outlet_s_unfinished_check_is_no_document_cited(sentence, cue, sourcing):
    from auditor.modelstages import classify_with_model

    class DocumentTyper:
        def predict(self, text, mentions, cues=None):
            return [Prediction("document", 0.9) for _ in mentions]

    text = "Story\n\n" + sentence + "\n"
    source = sentence.split(" " + cue)[0]
    found = attribute_with_model(segment(Document(read_article(text))), OneAttributionTagger(text, [(source, cue, ())]))
    assert [a.sourcing for a in classify_with_model(found, DocumentTyper()).attributions] == [sourcing]


@pytest.mark.parametrize("sentence, source, kept", [
    # the title the speaker is addressed by is no part of the source
    ("Chairman, the committee’s letters to these families say their ancestor was listed.",
     "Chairman, the committee’s letters to these families", "the committee’s letters to these families"),
    ("HOLT: Chairman, the committee’s letters to these families say their ancestor was listed.",
     "Chairman, the committee’s letters to these families", "the committee’s letters to these families"),
    # negatives: a name before the comma, a surname that is a title too before its appositive; no title; mid-line
    ("Dean, a former party chairman, says so.", "Dean, a former party chairman", "Dean, a former party chairman"),
    ("Polls show that Dean, the former chairman, says so.", "Dean, the former chairman", "Dean, the former chairman"),
    ("Tallbear, the committee’s letters say so.", "Tallbear, the committee’s letters", "Tallbear, the committee’s letters"),
    ("Meanwhile, the committee’s letters say so.", "Meanwhile, the committee’s letters", "Meanwhile, the committee’s letters"),
])
def test_a_title_the_speaker_is_addressed_by_is_no_source(sentence, source, kept):
    from auditor.modelstages import source_without_vocative

    attribution = Attribution(source=_span(sentence, source), cue=_span(sentence, "say", len(source)), content=())
    assert source_without_vocative(attribution, sentence).source.text(sentence) == kept
