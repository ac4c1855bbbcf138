"""The report: a finished Document as the JSON contract of ANNOTATION.md §5 (and more).

Renderers read only this dictionary (or the Document it came from), never the stages.
Every span carries ``start``/``end`` offsets into ``text`` and, for convenience, its
``text``.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Optional

from . import __version__
from .types import ANONYMOUS_TYPES, Document, Span, SpanIndex

SCHEMA_VERSION = "1"


def _span(span: Optional[Span], text: str) -> Optional[dict]:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": text[span.start:span.end]}


def to_dict(doc: Document) -> dict[str, Any]:
    """The report of one audited article as plain JSON-ready data."""
    text = doc.text
    article = doc.article
    lookup = SpanIndex(doc.sentences)
    sentences = []
    for index, (sentence, labels) in enumerate(zip(doc.sentences, doc.labels)):
        sentences.append({
            "index": index,
            "start": sentence.start,
            "end": sentence.end,
            "text": text[sentence.start:sentence.end],
            "labels": list(labels),
            "excluded": sentence.excluded,
            "headline": sentence.is_headline,
            "attributions": [],
        })
    attributions = []
    for index, a in enumerate(doc.attributions):
        anchor = a.content[0] if a.content else (a.cue or a.source)
        found = lookup.find(anchor.start) if anchor else -1
        sentence_index = found if found >= 0 else None
        if sentence_index is not None:
            sentences[sentence_index]["attributions"].append(index)
        attributions.append({
            "index": index,
            "source": _span(a.source, text),
            "cue": _span(a.cue, text),
            "content": [_span(c, text) for c in a.content],
            "type": a.type,
            "anonymous": a.type in ANONYMOUS_TYPES,
            "source_id": a.source_id,
            "sourcing": a.sourcing,
            "confidence": round(a.confidence, 4),
            "response": a.response,
            "direct_quote": a.direct_quote,
            "count": a.count,
            "anonymity_reason": _span(a.anonymity_reason, text),
            "type_evidence": _span(a.type_evidence, text),
            "continuation": a.continuation,
            "sentence": sentence_index,
            "origin": a.origin,
        })
    sources = [{
        "id": s.id,
        "type": s.type,
        "name": s.name,
        "anonymous": s.anonymous,
        "sourcing": s.sourcing,
        "mentions": [_span(m, text) for m in s.mentions],
        "attributions": list(s.attribution_indices),
    } for s in doc.sources]
    excluded = [
        {"start": span.start, "end": span.end, "text": text[span.start:span.end], "reason": reason}
        for span, reason in zip(article.excluded, article.excluded_reasons)
    ]
    return {
        "auditor_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "path": article.path,
        "input_format": article.input_format,
        "offsets": "characters of 'text'" + (" (the body text extracted from the HTML)" if article.input_format == "html" else " (the decoded file)"),
        "title": article.title,
        "text": text,
        "sentences": sentences,
        "attributions": attributions,
        "sources": sources,
        "excluded": excluded,
        "scores": asdict(doc.scores) if doc.scores else {},
        "meta": dict(doc.meta),
    }
