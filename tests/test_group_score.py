import pytest

from auditor.group import source_key
from auditor.pipeline import audit_text


@pytest.mark.parametrize("a, b, same", [
    ("two defense officials", "the two defense officials", True),
    ("two defense officials", "U.S. defense officials", True),
    ("a former U.S. official", "a current U.S. official and a former U.S. official", False),
    ("The White House", "the White House", True),
])
def test_anonymous_and_org_keys(a, b, same):
    t = "anonymous_official" if "official" in a else "named_organization"
    assert (source_key(a, t) == source_key(b, t)) is same


def test_surname_groups_with_full_name():
    assert source_key("Nicholas Burns, the U.S. ambassador to China", "named_official") == source_key("Burns", "named_official")


def test_scores_follow_the_labels():
    text = ("Budget talks stall\n\n"
            "The deal is dead, two officials said. "
            "The mayor said the city would keep talking. "
            "The council meets again in May.")
    doc = audit_text(text)
    s = doc.scores
    assert s.sentences == 4
    assert s.anonymous_sentences == 1
    assert s.anonymous_sentence_share == pytest.approx(0.25)
    assert s.anonymous_attributed_share == pytest.approx(0.5)
    assert s.lede_anonymous is True
    assert s.distinct_sources == 2
    words = [len(doc.text[x.start:x.end].split()) for x in doc.sentences]
    assert s.anonymous_word_share == pytest.approx(round(words[1] / sum(words), 4))


def test_excluded_text_counts_in_no_score():
    base = "Council backs plan\n\nThe plan passed, officials said. It costs $2 million."
    with_footer = base + "\n\nShare this:\n\nLeave a Reply\n"
    a, b = audit_text(base).scores, audit_text(with_footer).scores
    assert a == b
