from auditor.polnear import GoldAttribution
from auditor.spanscore import ROLES, format_scores, prf, score_spans
from auditor.types import Attribution, Span

TEXT = '"We will win," Smith said. Officials expect a deal, a report said.'
#        0         1         2         3         4         5         6
#        0123456789012345678901234567890123456789012345678901234567890123456


def span(fragment: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(fragment, start + 1)
    return Span(start, start + len(fragment))


GOLD = [
    GoldAttribution(source=(span("Smith"),), cue=(span("said"),), content=(span('"We will win,"'),)),
    GoldAttribution(source=(span("a report"),), cue=(span("said", 1),), content=(span("Officials expect a deal"),)),
]


def test_perfect_prediction_scores_one():
    predicted = [Attribution(source=g.source[0], cue=g.cue[0], content=g.content, origin="model") for g in GOLD]
    scores = score_spans([(TEXT, GOLD, predicted)])
    assert scores["articles"] == 1
    for role in ROLES:
        assert scores[role]["exact"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
        assert scores[role]["token"]["f1"] == 1.0


def test_exact_offsets_are_required():
    # the content misses its opening quote: not exact, but most tokens still agree
    predicted = [
        Attribution(source=span("Smith"), cue=span("said"), content=(span('We will win,"'),)),
    ]
    scores = score_spans([(TEXT, GOLD, predicted)])
    assert scores["source"]["exact"] == {"p": 1.0, "r": 0.5, "f1": 2 / 3}
    assert scores["content"]["exact"]["p"] == 0.0
    # tokens: '"We' 'will' 'win,"' are all content on both sides (largest overlap)
    assert scores["content"]["counts"]["token_tp"] == 3
    assert scores["content"]["counts"]["token_gold"] == 3 + 4
    assert scores["content"]["token"]["p"] == 1.0


def test_each_gold_span_matches_once_and_pieces_are_a_tuple():
    gold = [GoldAttribution(source=(), cue=(span("said"),), content=(span('"We will win,"'), span("Officials expect a deal")))]
    twice = [Attribution(source=None, cue=span("said"), content=()), Attribution(source=None, cue=span("said"), content=())]
    one_piece = [Attribution(source=None, cue=None, content=(span('"We will win,"'),))]
    both = [Attribution(source=None, cue=None, content=(span("Officials expect a deal"), span('"We will win,"')))]
    assert score_spans([(TEXT, gold, twice)])["cue"]["counts"] == {
        "exact_tp": 1, "exact_pred": 2, "exact_gold": 1, "token_tp": 1, "token_pred": 1, "token_gold": 1,
    }
    assert score_spans([(TEXT, gold, one_piece)])["content"]["exact"]["f1"] == 0.0
    assert score_spans([(TEXT, gold, both)])["content"]["exact"]["f1"] == 1.0


def test_counts_add_up_over_articles_and_empty_is_zero():
    predicted = [Attribution(source=span("Smith"), cue=span("said"), content=())]
    scores = score_spans([(TEXT, GOLD, predicted), (TEXT, GOLD, [])])
    assert scores["articles"] == 2
    assert scores["cue"]["counts"]["exact_gold"] == 4
    assert scores["cue"]["exact"]["r"] == 0.25
    assert score_spans([])["source"]["exact"] == {"p": 0.0, "r": 0.0, "f1": 0.0}
    assert prf(1, 2, 4) == {"p": 0.5, "r": 0.25, "f1": 1 / 3}
    assert "source" in format_scores(scores)
