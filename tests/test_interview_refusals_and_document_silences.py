"""An interview answer that refuses the question, the outlet's byline and host labels, a policy a
spokesperson relays, and what a document leaves out: each table row is (text, expected), negatives
included."""
import pytest

from auditor.attribute import transcript_attributions
from auditor.ingest import read_article
from auditor.modelstages import attribute_with_model
from auditor.segment import segment
from auditor.types import Document

from test_modelstages import OneAttributionTagger

_INTERVIEW = "Talks\n\nInterior Minister Ana Dalca spoke with us.\n\nQ: Who did it?\n\n{answer}\n\nQ: And now?\n\nDalca: We wait."


@pytest.mark.parametrize("answer, turns", [
    # a turn that opens by refusing is the speaker's non-answer; what follows is the speaker's content
    ("Dalca: I won’t name a country in a newspaper interview. We know what we saw.",
     [("Dalca", "won’t name a country in a newspaper interview", "declined", []),
      ("Dalca", ":", None, ["We know what we saw."])]),
    ("Dalca: I’m not going to discuss what is in the file while the case is open.",
     [("Dalca", "not going to discuss what is in the file while the case is open", "declined", [])]),
    ("Dalca: You will have to ask the ministry about that.",
     [("Dalca", "You will have to ask the ministry about that", "declined", [])]),
    ("Dalca: I don’t comment on leaked documents, real or invented.",
     [("Dalca", "don’t comment on leaked documents, real or invented", "declined", [])]),
    ("Dalca: I’d rather not name them while they are still deciding.",
     [("Dalca", "I’d rather not name them while they are still deciding", "declined", [])]),
    # a refusal that opens the turn's second sentence: what comes before it is the speaker's content
    ("Dalca: I have read the research. I won’t discuss what employees told us.",
     [("Dalca", "won’t discuss what employees told us", "declined", []),
      ("Dalca", ":", None, ["I have read the research."])]),
    # negatives: an answer that refuses nothing
    ("Dalca: I won’t pretend it was easy.", [("Dalca", ":", None, ["I won’t pretend it was easy."])]),
    ("Dalca: I’d rather not wait.", [("Dalca", ":", None, ["I’d rather not wait."])]),
    ("Dalca: I can’t wait for the talks.", [("Dalca", ":", None, ["I can’t wait for the talks."])]),
])
def test_an_answer_that_refuses_the_question_is_a_non_answer(answer, turns):
    text = _INTERVIEW.format(answer=answer)
    found = [(a.source.text(text), a.cue.text(text), a.response, [c.text(text) for c in a.content])
             for a in transcript_attributions(text)]
    assert found[:-1] == turns
    assert found[-1] == ("Dalca", ":", None, ["We wait."])
    assert all(a.type == "declined_comment" for a in transcript_attributions(text) if a.response)


@pytest.mark.parametrize("text, speakers", [
    # a public-radio reporter's byline label, beyond ASCII, and a bare "HOST:" are the outlet's voice
    ("Judges\n\nHOST: Judges are quitting.\n\nTOMÁS REYNA, BYLINE: Judge Ellen Marchetti retired.\n\n"
     "ELLEN MARCHETTI: My docket doubled.\n\nREYNA: She is not alone.\n\nHOST: Tomás Reyna, thanks.", {"ELLEN MARCHETTI"}),
    # negative: a debate's moderator stays a speaker
    ("Debate\n\nMODERATOR: Why run?\n\nTRUMP: Jobs.\n\nMODERATOR: I see.\n\nTRUMP: Well.", {"MODERATOR", "TRUMP"}),
])
def test_a_byline_label_and_a_bare_host_are_the_outlet(text, speakers):
    assert {a.source.text(text) for a in transcript_attributions(text)} == speakers


@pytest.mark.parametrize("sentence, source, content, declined", [
    # an institution's standing policy, relayed by its spokesperson: what the spokesperson said
    ("CBP does not comment on pending protests, an agency spokeswoman said.", "an agency spokeswoman",
     "CBP does not comment on pending protests", False),
    ("The State Department does not comment on individual visa cases, a department spokesperson said.",
     "a department spokesperson", "The State Department does not comment on individual visa cases", False),
    # negatives: the source's own non-answer ("it"), and a person's relayed by a spokesman
    ("A spokeswoman said it does not comment on pending protests.", "A spokeswoman",
     "it does not comment on pending protests", True),
    ("A spokesman said Mr Tolland does not comment on speculation.", "A spokesman",
     "Mr Tolland does not comment on speculation", True),
])
def test_a_policy_a_spokesperson_relays_is_no_non_answer(sentence, source, content, declined):
    text = "Story\n\n" + sentence + "\n"
    found = attribute_with_model(segment(Document(read_article(text))),
                                 OneAttributionTagger(text, [(source, "said", (content,))])).attributions
    assert [(a.source.text(text), a.type == "declined_comment") for a in found] == [(source, declined)]


@pytest.mark.parametrize("sentence, source, cue, kept", [
    # what a document leaves out is the reporter's reading, no sourcing
    ("The complaint does not name the reporter or the news organization.", "The complaint", "does not name", False),
    ("The emails do not say whether anyone above her replied.", "The emails", "do not say", False),
    ("State law does not require an indicted official to resign.", "State law", "does not require", False),
    ("The statement did not identify the supplier.", "The statement", "did not identify", False),  # a statement read
    ("The letter, which is posted online, does not explain how.", "The letter, which is posted online,",
     "does not explain", False),
    # negatives: a document that says something, a person who did not say, a negated judgement
    ("The complaint names the reporter.", "The complaint", "names", True),
    ("The senator did not say whether she would vote.", "The senator", "did not say", True),
    ("The report does not go far enough, critics said.", "The report", "does not go", True),
])
def test_what_a_document_leaves_out_is_no_attribution(sentence, source, cue, kept):
    text = "Story\n\n" + sentence + "\n"
    found = attribute_with_model(segment(Document(read_article(text))),
                                 OneAttributionTagger(text, [(source, cue, ())])).attributions
    assert any(a.cue is not None and a.cue.text(text) == cue for a in found) is kept


@pytest.mark.parametrize("sentence, source, cue, content, kept", [
    # readers' letters counted, with nothing of them said, are no attribution
    ("Several of you wrote in this week about gift cards.", "Several of you", "wrote in this week about", None, False),
    # negatives: a letter quoted, and what readers said
    ("A reader wrote in a letter that the fees doubled.", "A reader", "wrote in a letter", "the fees doubled", True),
    ("Most of you say you are still waiting for refunds.", "Most of you", "say", "you are still waiting for refunds", True),
])
def test_letters_that_came_in_are_no_attribution(sentence, source, cue, content, kept):
    text = "Story\n\n" + sentence + "\n"
    found = attribute_with_model(segment(Document(read_article(text))),
                                 OneAttributionTagger(text, [(source, cue, (content,) if content else ())])).attributions
    assert any(a.cue is not None and a.cue.text(text) == cue for a in found) is kept


@pytest.mark.parametrize("sentence, source, cue, expected", [
    # the question label taken for the source: who says it is between the label and the cue
    ("Q: Diplomats in Cassel say the attache was called home.", "Q", "say", "Diplomats in Cassel"),
    # negatives: a source of its own; a clause between the label and the cue
    ("Q: Diplomats in Cassel say the attache was called home.", "Diplomats in Cassel", "say", "Diplomats in Cassel"),
    ("Q: Why, as diplomats say, was he called home?", "Q", "say", "Q"),
])
def test_a_question_label_is_no_source(sentence, source, cue, expected):
    from auditor.modelstages import source_after_question_label
    from auditor.types import Attribution, Span

    s, c = sentence.index(source), sentence.index(cue)
    attribution = Attribution(source=Span(s, s + len(source)), cue=Span(c, c + len(cue)), content=())
    assert source_after_question_label(attribution, sentence).source.text(sentence) == expected
