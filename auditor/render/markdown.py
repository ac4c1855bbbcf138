"""Markdown, for class forums and reviews."""

from __future__ import annotations

from . import RenderOptions, register
from .common import (
    SCORE_NAMES, TYPE_NAMES, attribution_line, finding_fields, format_score, label_shares, policy_findings,
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_one(report: dict, options: RenderOptions) -> str:
    out = [f"## Sourcing audit: {_cell(report.get('title') or report.get('path') or 'article')}", ""]
    scores = report["scores"]
    out += ["| score | value |", "|---|---|"]
    for key, name, percent in SCORE_NAMES:
        out.append(f"| {name} | {format_score(scores[key], percent)} |")
    out.append(f"| distinct sources (named / anonymous) | {scores['distinct_sources']} ({scores['named_sources']} / {scores['anonymous_sources']}) |")
    shares = label_shares(report)
    if shares:
        out += ["", "### Sentences by source type", "", "| type | sentences | share | |", "|---|---|---|---|"]
        for label, count, share in shares:
            out.append(f"| {TYPE_NAMES.get(label, label)} | {count} | {share * 100:.0f}% | `{'█' * max(1, round(share * 20))}` |")
    out += ["", "### Sources", "", "| source | type | anonymous | mentions |", "|---|---|---|---|"]
    for source in report["sources"]:
        out.append(
            f"| {_cell(source['name'])}{'' if source.get('sourcing', True) else ' (not sourcing)'} | {TYPE_NAMES.get(source['type'], source['type'])} | "
            f"{'yes' if source['anonymous'] else 'no'} | {len(source['attributions'])} |"
        )
    findings, _ = policy_findings(report)
    if findings:
        out += ["", "### Policy findings", ""]
        for finding in findings:
            if isinstance(finding, dict) and finding.get("suppressed"):
                continue
            severity, rule, message = finding_fields(finding)
            where = f" (sentence {finding['sentence'] + 1})" if isinstance(finding, dict) and isinstance(finding.get("sentence"), int) else ""
            out.append(f"- **{severity or 'finding'}** `{rule}`: {_cell(message)}{where}")
    out += ["", "### Sentences", ""]
    for sentence in report["sentences"]:
        if sentence["excluded"]:
            out.append(f"{sentence['index'] + 1}. ~~{_cell(sentence['text'][:80])}~~ *(not part of the article)*")
            continue
        labels = ", ".join(TYPE_NAMES.get(l, l) for l in sentence["labels"])
        out.append(f"{sentence['index'] + 1}. **[{labels}]** {_cell(sentence['text'])}")
        for index in sentence["attributions"]:
            out.append(f"    - {_cell(attribution_line(report, report['attributions'][index]))}")
    return "\n".join(out) + "\n"


@register("markdown")
def render_markdown(reports: list[dict], options: RenderOptions) -> str:
    return "\n".join(render_one(report, options) for report in reports)
