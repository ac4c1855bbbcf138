"""Two articles on the same event side by side: scores, sources, and which claims rest on
anonymity in each.

:func:`compare_reports` reads two report dictionaries (auditor.report.to_dict) and returns
plain data; the ``render_*`` functions format it; ``compare_command`` is the CLI.
"""

from __future__ import annotations

import json
import re
import sys
from html import escape
from pathlib import Path

import click

from .render.common import SCORE_NAMES, TYPE_ABBREVIATIONS, TYPE_NAMES, format_score

FORMATS = ("text", "json", "markdown", "html")
_LEADING = re.compile(r"^(?:the|a|an|one|two|three|four|five|several|some|many|other|another|both|his|her|their)\s+", re.I)


def source_key(name: str) -> str:
    """A loose key for matching one source across articles ("The two defense officials" ~ "a defense official")."""
    key = name.lower().replace("’", "'")
    key = re.split(r",| who | which ", key)[0]
    previous = None
    while previous != key:
        previous, key = key, _LEADING.sub("", key.strip())
    words = [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in re.findall(r"[\w.'-]+", key)]
    return " ".join(words)


def anonymous_claims(report: dict) -> list[dict]:
    """The sentences that rest on an anonymous source, with the sources they rest on."""
    claims = []
    for sentence in report["sentences"]:
        if sentence["excluded"] or not any(l.startswith("anonymous_") for l in sentence["labels"]):
            continue
        sources = []
        for index in sentence["attributions"]:
            attribution = report["attributions"][index]
            if attribution["anonymous"] and attribution["sourcing"]:
                name = attribution["source"]["text"] if attribution["source"] else "(unnamed)"
                sources.append({"name": name, "type": attribution["type"],
                                "reason_given": attribution.get("anonymity_reason") is not None})
        claims.append({"sentence": sentence["index"], "text": sentence["text"],
                       "labels": sentence["labels"], "sources": sources})
    return claims


def _article(report: dict) -> dict:
    return {
        "title": report.get("title"),
        "path": report.get("path"),
        "scores": report["scores"],
        # the sources each article cites; actors it only describes are no sources
        "sources": [{"id": s["id"], "name": s["name"], "type": s["type"], "anonymous": s["anonymous"],
                     "mentions": len(s["attributions"])} for s in report["sources"] if s.get("sourcing", True)],
        "anonymous_claims": anonymous_claims(report),
    }


def compare_reports(first: dict, second: dict) -> dict:
    """Scores of both articles, their differences, the sources they share and their anonymous claims."""
    articles = [_article(first), _article(second)]
    keys = [{source_key(s["name"]): s for s in article["sources"]} for article in articles]
    shared = [
        {"key": key, "a": keys[0][key]["name"], "b": keys[1][key]["name"],
         "type_a": keys[0][key]["type"], "type_b": keys[1][key]["type"]}
        for key in keys[0] if key in keys[1]
    ]
    differences = {}
    for key, _, percent in SCORE_NAMES:
        if percent:
            differences[key] = round(second["scores"].get(key, 0) - first["scores"].get(key, 0), 4)
    for key in ("distinct_sources", "named_sources", "anonymous_sources"):
        differences[key] = second["scores"].get(key, 0) - first["scores"].get(key, 0)
    return {
        "articles": articles,
        "shared_sources": shared,
        "only_in_a": [s["name"] for k, s in keys[0].items() if k not in keys[1]],
        "only_in_b": [s["name"] for k, s in keys[1].items() if k not in keys[0]],
        "differences": differences,
    }


def _name(article: dict, letter: str) -> str:
    return f"{letter}: {article['title'] or article['path'] or 'article'}"


def _score_rows(comparison: dict) -> list[tuple[str, str, str, str]]:
    a, b = (article["scores"] for article in comparison["articles"])
    rows = []
    for key, name, percent in SCORE_NAMES:
        diff = comparison["differences"].get(key)
        rows.append((name, format_score(a.get(key, 0), percent), format_score(b.get(key, 0), percent),
                     f"{diff * 100:+.0f} pts" if diff is not None else ""))
    for key, name in (("distinct_sources", "distinct sources"), ("named_sources", "named sources"),
                      ("anonymous_sources", "anonymous sources")):
        rows.append((name, str(a.get(key, 0)), str(b.get(key, 0)), f"{comparison['differences'][key]:+d}"))
    return rows


def render_text(comparison: dict) -> str:
    """Plain text: a score table with A, B and the difference, then the sources and claims of each."""
    a, b = comparison["articles"]
    lines = [f"== {_name(a, 'A')}", f"== {_name(b, 'B')}", "", f"  {'score':<42} {'A':>6} {'B':>6}  B−A"]
    for name, left, right, diff in _score_rows(comparison):
        lines.append(f"  {name:<42} {left:>6} {right:>6}  {diff}")
    lines += ["", "Sources both cite"]
    lines += [f"  {s['a']} [{TYPE_NAMES.get(s['type_a'], s['type_a'])}]  ~  {s['b']} [{TYPE_NAMES.get(s['type_b'], s['type_b'])}]"
              for s in comparison["shared_sources"]] or ["  (none)"]
    for letter, article, only in (("A", a, comparison["only_in_a"]), ("B", b, comparison["only_in_b"])):
        lines += ["", f"Only in {letter}"]
        kinds = {s["name"]: s for s in article["sources"]}
        lines += [f"  {'ANON ' if kinds[n]['anonymous'] else '     '}{n} [{TYPE_NAMES.get(kinds[n]['type'], kinds[n]['type'])}]"
                  for n in only] or ["  (none)"]
    for letter, article in (("A", a), ("B", b)):
        claims = article["anonymous_claims"]
        lines += ["", f"Claims resting on anonymity in {letter} ({len(claims)} sentences)"]
        for claim in claims:
            who = "; ".join(f"{s['name']}{'' if s['reason_given'] else ' (no reason given)'}" for s in claim["sources"])
            lines.append(f"  [{claim['sentence']:>3}] {claim['text']}")
            if who:
                lines.append(f"        ↳ {who}")
        if not claims:
            lines.append("  (none)")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(comparison: dict) -> str:
    """Markdown tables for the scores and sources, lists for the anonymous claims."""
    a, b = comparison["articles"]
    out = ["## Sourcing comparison", "", f"- **A**: {_cell(_name(a, 'A')[3:])}", f"- **B**: {_cell(_name(b, 'B')[3:])}", "",
           "| score | A | B | B − A |", "|---|---|---|---|"]
    out += [f"| {name} | {left} | {right} | {diff} |" for name, left, right, diff in _score_rows(comparison)]
    out += ["", "### Sources", "", "| in both | only in A | only in B |", "|---|---|---|"]
    both = [f"{s['a']} ~ {s['b']}" for s in comparison["shared_sources"]]
    height = max(len(both), len(comparison["only_in_a"]), len(comparison["only_in_b"]), 1)

    def at(items: list, row: int) -> str:
        return _cell(items[row]) if row < len(items) else ""

    out += [f"| {at(both, r)} | {at(comparison['only_in_a'], r)} | {at(comparison['only_in_b'], r)} |" for r in range(height)]
    for letter, article in (("A", a), ("B", b)):
        out += ["", f"### Claims resting on anonymity in {letter}", ""]
        for claim in article["anonymous_claims"]:
            who = "; ".join(s["name"] + ("" if s["reason_given"] else " *(no reason given)*") for s in claim["sources"])
            out.append(f"- {_cell(claim['text'])} — *{_cell(who)}*")
        if not article["anonymous_claims"]:
            out.append("- none")
    return "\n".join(out) + "\n"


COMPARE_CSS = """
.cmp{display:grid;grid-template-columns:1fr 1fr;gap:18px}
@media (max-width:900px){.cmp{grid-template-columns:1fr}}
.cmp>div{background:#fff;border:1px solid #d8d8d8;border-radius:6px;padding:10px 14px;font:0.9rem/1.45 system-ui,sans-serif}
table.diff{border-collapse:collapse;font:0.9rem system-ui,sans-serif;background:#fff;margin:8px 0 16px}
table.diff td,table.diff th{border:1px solid #ddd;padding:3px 8px;text-align:right}
table.diff td:first-child,table.diff th:first-child{text-align:left}
.claims li{margin-bottom:6px}
"""


def render_html(comparison: dict, reports: list[dict]) -> str:
    """A self-contained page: the score table, the two articles' sources and claims side by side,
    then both highlighted reports."""
    from .render.html import chart_svg, page, report_section

    a, b = comparison["articles"]
    rows = "".join(f"<tr><td>{escape(n)}</td><td>{l}</td><td>{r}</td><td>{escape(d)}</td></tr>"
                   for n, l, r, d in _score_rows(comparison))
    columns = []
    for letter, article, report, only in (("A", a, reports[0], comparison["only_in_a"]),
                                          ("B", b, reports[1], comparison["only_in_b"])):
        sources = "".join(
            f'<li class="t-{s["type"]}"><span class="tag">{TYPE_ABBREVIATIONS.get(s["type"], "?")}</span>'
            f'{escape(s["name"])}{" <b>(only here)</b>" if s["name"] in only else ""}</li>'
            for s in article["sources"])
        claims = "".join(
            f'<li>{escape(c["text"])}<br><span class="hint">— '
            + escape("; ".join(s["name"] + ("" if s["reason_given"] else " (no reason given)") for s in c["sources"]))
            + "</span></li>" for c in article["anonymous_claims"]) or "<li>none</li>"
        columns.append(
            f'<div><h2><a href="#r{0 if letter == "A" else 1}">{letter}</a>: {escape(article["title"] or article["path"] or "")}</h2>'
            f'<h3>Sentences by source type</h3>{chart_svg(report, f"c{letter}")}'
            f'<h3>Sources</h3><ul class="srcs">{sources}</ul>'
            f'<h3>Claims resting on anonymity ({len(article["anonymous_claims"])})</h3><ol class="claims">{claims}</ol></div>')
    shared = "".join(f"<li>{escape(s['a'])} ~ {escape(s['b'])}</li>" for s in comparison["shared_sources"]) or "<li>none</li>"
    body = (
        '<header class="top"><h1>Sourcing comparison</h1><p>Two articles on the same event, side by side.</p></header><main>'
        '<table class="diff"><tr><th>score</th><th>A</th><th>B</th><th>B − A</th></tr>' + rows + "</table>"
        f'<p style="font:0.9rem system-ui,sans-serif">Sources both cite:</p><ul style="font:0.9rem system-ui,sans-serif">{shared}</ul>'
        f'<div class="cmp">{"".join(columns)}</div><hr>'
        + report_section(reports[0], 0) + report_section(reports[1], 1) + "</main>"
    )
    return page(body, "Sourcing comparison", COMPARE_CSS)


def render_comparison(fmt: str, comparison: dict, reports: list[dict]) -> str:
    """The comparison in one of FORMATS."""
    if fmt == "json":
        return json.dumps(comparison, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return render_markdown(comparison)
    if fmt == "html":
        return render_html(comparison, reports)
    return render_text(comparison)


@click.command("compare")
@click.argument("first")
@click.argument("second")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--rules-only", is_flag=True, help="Use the rule baseline, not the shipped models.")
@click.option("--models", "models_dir", type=click.Path(file_okay=False), help="Folder with tagger/ and typer/ models.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the comparison here.")
def compare_command(first, second, fmt, rules_only, models_dir, output):
    """Compare the sourcing of two articles on the same event (FIRST and SECOND: files or -)."""
    from .cli import audit_inputs, build_auditor, fail

    auditor = build_auditor(rules_only, models_dir)
    reports, errors = audit_inputs(auditor, [first, second])
    if errors:
        for message in errors:
            click.echo(f"auditor: error: {message}", err=True)
        sys.exit(1)
    text = render_comparison(fmt, compare_reports(reports[0], reports[1]), reports)
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as err:
            fail(f"{output}: could not write it ({err.strerror})", 1)
    else:
        click.echo(text, nl=False)
