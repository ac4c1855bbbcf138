"""The terminal report: scores, sources, then the sentences with their labels."""

from __future__ import annotations

from . import RenderOptions, register
from .common import SCORE_NAMES, TYPE_NAMES, attribution_line, format_score

COLORS = {
    "named_official": "34", "named_person": "36", "named_organization": "32",
    "anonymous_official": "31", "anonymous_familiar": "35", "anonymous_other": "33",
    "document": "94", "media_report": "96", "declined_comment": "90", "unattributed": "0",
}


def _paint(text: str, label: str, options: RenderOptions) -> str:
    if not options.color:
        return text
    return f"\x1b[{COLORS.get(label, '0')}m{text}\x1b[0m"


def render_one(report: dict, options: RenderOptions) -> str:
    lines = []
    title = report.get("title") or ""
    lines.append(f"== {report.get('path') or '<text>'}: {title}")
    scores = report["scores"]
    lines.append("")
    lines.append("Scores")
    for key, name, percent in SCORE_NAMES:
        lines.append(f"  {name:<42} {format_score(scores[key], percent)}")
    lines.append(
        f"  {'sentences (attributed / anonymous)':<42} {scores['sentences']} ({scores['attributed_sentences']} / {scores['anonymous_sentences']})"
    )
    lines.append(
        f"  {'distinct sources (named / anonymous)':<42} {scores['distinct_sources']} ({scores['named_sources']} / {scores['anonymous_sources']})"
    )
    lines.append("")
    lines.append("Sources")
    for source in report["sources"]:
        kind = TYPE_NAMES.get(source["type"], source["type"])
        mark = "ANON " if source["anonymous"] else "     "
        lines.append(_paint(f"  {mark}{source['name']}  [{kind}]  ×{len(source['attributions'])}  ({source['id']})", source["type"], options))
    lines.append("")
    lines.append("Sentences")
    for sentence in report["sentences"]:
        if sentence["excluded"]:
            lines.append(f"  [{sentence['index']:>3}] (excluded) {sentence['text'][:70]}")
            continue
        labels = ", ".join(TYPE_NAMES.get(l, l) for l in sentence["labels"])
        head = _paint(f"[{labels}]", sentence["labels"][0] if sentence["labels"] else "unattributed", options)
        lines.append(f"  [{sentence['index']:>3}] {head} {sentence['text']}")
        for index in sentence["attributions"]:
            attribution = report["attributions"][index]
            lines.append("          ↳ " + _paint(attribution_line(report, attribution), attribution["type"], options))
    return "\n".join(lines) + "\n"


@register("text")
def render_text(reports: list[dict], options: RenderOptions) -> str:
    return "\n".join(render_one(report, options) for report in reports)
