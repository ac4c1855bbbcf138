"""Small helpers the human-readable renderers share."""

from __future__ import annotations

TYPE_NAMES = {
    "named_official": "named official",
    "named_person": "named person",
    "named_organization": "organisation on record",
    "anonymous_official": "anonymous official",
    "anonymous_familiar": "people familiar",
    "anonymous_other": "vague anonymous",
    "document": "document",
    "media_report": "media report",
    "declined_comment": "declined comment",
    "unattributed": "unattributed",
}

SCORE_NAMES = (
    ("anonymous_sentence_share", "anonymous sentence share", True),
    ("anonymous_attributed_share", "anonymous share of attributed sentences", True),
    ("anonymous_word_share", "anonymous word share", True),
    ("lede_anonymous", "lede rests on anonymity", False),
)


def span_text(span: dict | None) -> str:
    return "—" if span is None else span["text"]


def format_score(value, percent: bool) -> str:
    if percent:
        return f"{value * 100:.0f}%"
    return "yes" if value else "no"


def attribution_line(report: dict, attribution: dict) -> str:
    """'two defense officials' —said→ “content…” [anonymous official]"""
    content = " … ".join(c["text"] for c in attribution["content"])
    if len(content) > 90:
        content = content[:87] + "…"
    cue = attribution["cue"]["text"] if attribution["cue"] else "(quote continues)"
    kind = TYPE_NAMES.get(attribution["type"], attribution["type"])
    flag = "" if attribution["sourcing"] else " (not sourcing)"
    return f"{span_text(attribution['source'])} —{cue}→ {content or '(no content)'} [{kind}]{flag}"
