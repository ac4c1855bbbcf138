"""The model stages with stand-in models (no torch): what the rules add around them."""

from dataclasses import dataclass

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
    assert is_sourcing("wants", "Trump", True)  # a direct quote is always sourcing
