"""Grouping tagged role spans into attributions (bio.group_attributions; no model needed).

Each case is an article and its tagged pieces, written as ``[role text]`` in the text; the
expected attributions are (source, cue, content pieces), in text order.
"""

import re

import pytest

from auditor.models import bio
from auditor.types import Span

_PIECE = re.compile(r"\[(source|cue|content) ([^\]]+)\]")


def _tagged(marked: str) -> tuple[str, list[bio.RoleSpan]]:
    """Plain text and its role spans from ``[role text]`` marks."""
    text, spans, at = "", [], 0
    for m in _PIECE.finditer(marked):
        text += marked[at:m.start()]
        spans.append(bio.RoleSpan(m.group(1), Span(len(text), len(text) + len(m.group(2))), 1.0))
        text += m.group(2)
        at = m.end()
    return text + marked[at:], spans


def _grouped(marked: str, **options) -> list[tuple]:
    text, spans = _tagged(marked)
    show = lambda s: text[s.start:s.end] if s else None  # noqa: E731
    return [(show(a.source), show(a.cue), [show(c) for c in a.content])
            for a in bio.group_attributions(text, spans, **options)]


CASES = [
    # a cue-less quote after the cue's sentence runs on from that speaker, not the next paragraph's
    ('[content "We will win,"] [cue said] [source Sen. Ann Smith]. [content "We have the votes."]\n\n'
     '[source Jones] [cue said] [content the count is close].',
     [("Sen. Ann Smith", "said", ['"We will win,"', '"We have the votes."']),
      ("Jones", "said", ["the count is close"])]),
    # "Mr." and an initial do not end a sentence: the piece before the cue stays with it
    ('[content "It is slow,"] [source he] [cue said].\n\n'
     '[content Climate change], [source Mr. Barack H. Obama] [cue said], [content is the greatest threat].',
     [("he", "said", ['"It is slow,"']),
      ("Mr. Barack H. Obama", "said", ["Climate change", "is the greatest threat"])]),
    # negative: a piece whose only cue comes after it, a sentence later, still goes to that cue
    ('[content "It will fail."] [source Critics] [cue said] so on Monday.',
     [("Critics", "said", ['"It will fail."'])]),
    # negative: a real sentence end after a place abbreviation still counts
    ('[source Aides] [cue said] [content talks resumed in the U.S.] Later, [source Ray] [cue said] [content nothing].',
     [("Aides", "said", ["talks resumed in the U.S."]), ("Ray", "said", ["nothing"])]),
    # negative: more than max_breaks boundaries from every cue, a piece stays alone
    ('[source Lee] [cue said] [content it was late]. One. Two. Three. Four. [content An orphan].',
     [("Lee", "said", ["it was late"]), (None, None, ["An orphan"])]),
]


@pytest.mark.parametrize("marked, expected", CASES)
def test_grouping(marked, expected):
    assert _grouped(marked) == expected


def test_a_source_no_cue_takes_is_dropped_unless_kept():
    marked = "[source Lee] [cue said] [content it was late]. [source Kim] was there too."
    assert _grouped(marked) == [("Lee", "said", ["it was late"])]
    assert _grouped(marked, keep_loose_sources=True) == [("Lee", "said", ["it was late"]), ("Kim", None, [])]


def test_a_cue_with_neither_source_nor_content_is_dropped_unless_kept():
    marked = "[source Lee] [cue said] [content it was late]. The plan, as [cue noted], was old."
    assert _grouped(marked) == [("Lee", "said", ["it was late"])]
    assert _grouped(marked, keep_bare_cues=True) == [("Lee", "said", ["it was late"]), (None, "noted", [])]
    # negative: a cue with only a source ("The ministry declined to comment") stays
    assert _grouped("[source The ministry] [cue declined to comment].") == [("The ministry", "declined to comment", [])]


@pytest.mark.parametrize("text, breaks", [
    ("Mr. Obama spoke. Then Sen. Lee left.", 1),
    ("Donald J. Trump won. George H.W. Bush lost.", 1),
    ("He left. She stayed.\n\nNew day.", 2),
    ("He lives in the U.S. But she does not.", 1),
])
def test_sentence_and_paragraph_boundaries(text, breaks):
    found = bio._breaks(text)
    assert len(found.sentences) + len(found.paragraphs) == breaks
