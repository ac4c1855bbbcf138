"""Stage 6, score: sentence labels and the article scores of ANNOTATION.md §4."""

from __future__ import annotations

import re
from dataclasses import replace

from .types import ANONYMOUS_TYPES, UNATTRIBUTED, Attribution, Document, Scores, Sentence, Span, SpanIndex

WORDS = re.compile(r"\S+")


def sentence_labels(sentences: tuple[Sentence, ...], attributions: tuple[Attribution, ...]) -> tuple[tuple[str, ...], ...]:
    """The sorted set of types of the sourcing attributions whose content lies in each
    sentence (a non-answer labels the sentence of its cue); ``unattributed`` otherwise."""
    found: list[set[str]] = [set() for _ in sentences]
    lookup = SpanIndex(sentences)
    for attribution in attributions:
        if not attribution.sourcing or attribution.type is None:
            continue
        anchors: list[Span] = list(attribution.content)
        if not anchors:
            anchors = [s for s in (attribution.cue, attribution.source) if s is not None][:1]
        for span in anchors:
            first = lookup.find(span.start)
            last = lookup.find(max(span.start, span.end - 1))
            if first < 0:
                continue
            for index in range(first, (last if last >= first else first) + 1):
                found[index].add(attribution.type)
    return tuple(
        () if sentence.excluded else tuple(sorted(types)) or (UNATTRIBUTED,)
        for sentence, types in zip(sentences, found)
    )


def article_scores(doc: Document, labels: tuple[tuple[str, ...], ...]) -> Scores:
    """Anonymous sentence, attributed and word shares, lede anonymity, source counts."""
    text = doc.text
    body = [(s, l) for s, l in zip(doc.sentences, labels) if not s.excluded]
    anonymous = [bool(set(l) & ANONYMOUS_TYPES) for _, l in body]
    attributed = [bool(set(l) - {UNATTRIBUTED, "declined_comment"}) for _, l in body]
    words = [len(WORDS.findall(text[s.start:s.end])) for s, _ in body]
    total_words = sum(words) or 1
    lede = next(((s, l) for s, l in body if not s.is_headline), None)
    counts: dict[str, int] = {}
    for _, sentence_labels_ in body:
        for label in sentence_labels_:
            counts[label] = counts.get(label, 0) + 1
    cited = [src for src in doc.sources if src.sourcing]
    named = sum(1 for src in cited if not src.anonymous and src.type != "declined_comment")
    anonymous_sources = sum(1 for src in cited if src.anonymous)
    n_attributed = sum(attributed)
    return Scores(
        anonymous_sentence_share=round(sum(anonymous) / len(body), 4) if body else 0.0,
        anonymous_attributed_share=round(sum(anonymous) / n_attributed, 4) if n_attributed else 0.0,
        anonymous_word_share=round(sum(w for w, a in zip(words, anonymous) if a) / total_words, 4),
        lede_anonymous=bool(lede and set(lede[1]) & ANONYMOUS_TYPES),
        sentences=len(body),
        attributed_sentences=n_attributed,
        anonymous_sentences=sum(anonymous),
        distinct_sources=len(cited),
        named_sources=named,
        anonymous_sources=anonymous_sources,
        type_sentence_counts=dict(sorted(counts.items())),
    )


def score(doc: Document) -> Document:
    """Label the sentences and compute the article scores."""
    labels = sentence_labels(doc.sentences, doc.attributions)
    return replace(doc, labels=labels, scores=article_scores(doc, labels))
