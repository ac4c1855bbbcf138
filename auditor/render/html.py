"""The HTML teaching report: one self-contained page (inline CSS, JS and SVG, no network).

The article is shown with every source, cue and content span highlighted by source type.
A type is never told by colour alone: the colours are the Okabe-Ito palette (readable with
the common colour-vision deficiencies), each type also has its own underline style, the
anonymous types a hatched background, and every source carries a short type tag (AO, NO …).
Hovering or clicking a highlight shows the attribution's card: type, evidence, confidence
and the source's other mentions. Every piece of article text is escaped.
"""

from __future__ import annotations

from html import escape

from . import RenderOptions, register
from .common import (
    LABEL_ORDER, RESPONSE_NAMES, SCORE_NAMES, TYPE_ABBREVIATIONS, TYPE_MEANINGS, TYPE_NAMES,
    descriptor_words, finding_fields, format_score, label_shares, policy_findings,
)

#: Okabe-Ito colours and an underline style per label (the style is the second cue)
PALETTE = {
    "named_official": ("#0072B2", "solid"),
    "named_person": ("#56B4E9", "solid"),
    "named_organization": ("#009E73", "solid"),
    "anonymous_official": ("#D55E00", "dashed"),
    "anonymous_familiar": ("#CC79A7", "dotted"),
    "anonymous_other": ("#E69F00", "wavy"),
    "document": ("#B8A800", "double"),
    "media_report": ("#000000", "double"),
    "declined_comment": ("#777777", "dotted"),
    "unattributed": ("#BBBBBB", "solid"),
}
ANONYMOUS = {"anonymous_official", "anonymous_familiar", "anonymous_other"}
ROLE_PRIORITY = {"source": 0, "cue": 1, "reason": 2, "content": 3}
ROLE_NAMES = {"source": "source", "cue": "cue", "reason": "reason for anonymity", "content": "content"}


def _rgba(hex_colour: str, alpha: float) -> str:
    red, green, blue = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def _type_css() -> str:
    rules = []
    for label, (colour, style) in PALETTE.items():
        tint = _rgba(colour, 0.16)
        background = (
            f"repeating-linear-gradient(135deg,{_rgba(colour, 0.28)} 0 3px,{_rgba(colour, 0.07)} 3px 7px)"
            if label in ANONYMOUS else tint
        )
        rules.append(
            f".t-{label}{{--c:{colour}}}"
            f".m-content.t-{label}{{background:{background}}}"
            f".m-source.t-{label},.m-cue.t-{label}{{text-decoration:underline {style} {colour};"
            f"text-decoration-thickness:2px;text-underline-offset:3px}}"
            f".sw.t-{label}{{background:{background};border-bottom:3px {style if style != 'wavy' else 'dashed'} {colour}}}"
        )
    return "\n".join(rules)


CSS = """
:root{--ink:#1b1b1b;--muted:#5b5b5b;--line:#d8d8d8;--paper:#fff;--soft:#f6f6f3}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 Georgia,'Times New Roman',serif;color:var(--ink);background:var(--soft)}
header.top,main{max-width:1180px;margin:0 auto;padding:0 18px}
header.top h1{font:600 1.5rem/1.2 system-ui,sans-serif;margin:18px 0 4px}
header.top p{margin:0 0 12px;color:var(--muted);font:0.9rem system-ui,sans-serif}
nav.toc{font:0.9rem system-ui,sans-serif;margin-bottom:12px}
section.report{background:var(--paper);border:1px solid var(--line);border-radius:6px;margin:0 0 28px;padding:14px 18px}
section.report>h2{font:600 1.25rem/1.3 system-ui,sans-serif;margin:4px 0 10px}
.grid{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:22px}
@media (max-width:900px){.grid{grid-template-columns:1fr}}
.article{white-space:pre-wrap;overflow-wrap:anywhere}
.sent.headline{font-weight:700;font-size:1.15em}
.sent.excluded{color:#8a8a8a;text-decoration:line-through}
.sent:target{outline:2px solid #0072B2;outline-offset:2px}
.lab{font:600 0.62rem system-ui,sans-serif;color:var(--muted);margin:0 3px;vertical-align:super;white-space:nowrap}
.lab.anon{color:#a34300}
.m-source,.m-cue,.m-content,.m-reason{cursor:pointer;border-radius:2px}
.m-source{font-weight:700}
.m-cue{font-style:italic;outline:1px solid var(--c);outline-offset:-1px}
.m-reason{background:#fff4c2;box-shadow:inset 0 -2px 0 #8a6d00}
.m-notsourcing{opacity:.7}
.m-notsourcing.m-content{background:repeating-linear-gradient(90deg,#eee 0 6px,#fff 6px 9px)!important}
.active{box-shadow:0 0 0 2px var(--ink)}
.same-source{box-shadow:0 0 0 2px var(--c)}
.tag{font:700 0.62rem/1 system-ui,sans-serif;color:#fff;background:var(--c);padding:1px 3px;border-radius:3px;margin-right:2px;vertical-align:2px;font-style:normal}
.t-document .tag,.t-document.tag{color:#000}
aside.side{font:0.88rem/1.45 system-ui,sans-serif}
aside.side h3{font-size:0.95rem;margin:14px 0 6px}
aside .sticky{position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto;padding-right:4px}
table.scores{border-collapse:collapse;width:100%}
table.scores td{padding:2px 4px;border-bottom:1px solid #eee}
table.scores td.v{text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
ul.srcs{list-style:none;padding:0;margin:0}
ul.srcs li{margin:2px 0}
.card{border:1px solid var(--line);border-left:6px solid var(--c);border-radius:4px;padding:8px 10px;background:#fff}
.card h4{margin:0 0 4px;font-size:1rem}
.card dl{margin:6px 0 0;display:grid;grid-template-columns:max-content 1fr;gap:2px 8px}
.card dt{color:var(--muted)}
.card dd{margin:0}
.hint{color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;font:0.82rem system-ui,sans-serif;margin:6px 0 12px;padding:0;list-style:none}
.legend .sw{display:inline-block;width:28px;height:14px;vertical-align:middle;margin-right:4px}
.legend .how{flex-basis:100%;color:var(--muted)}
.findings{padding-left:18px;margin:4px 0}
.findings .sev{font-weight:700;text-transform:uppercase;font-size:.72rem}
svg.chart text{font:12px system-ui,sans-serif;fill:#1b1b1b}
details.all summary{cursor:pointer;font:600 0.9rem system-ui,sans-serif;margin-top:14px}
table.attrs{border-collapse:collapse;font:0.85rem/1.35 system-ui,sans-serif;width:100%}
table.attrs td,table.attrs th{border-bottom:1px solid #eee;padding:3px 5px;text-align:left;vertical-align:top}
"""

JS = """
(function(){
  var pinned = null;
  function clear(section){
    section.querySelectorAll('.active,.same-source').forEach(function(n){n.classList.remove('active','same-source');});
  }
  function show(mark, pin){
    var section = mark.closest('section.report');
    if(!section) return;
    var index = mark.getAttribute('data-a');
    var card = document.getElementById(section.id + '-a' + index);
    if(!card) return;
    section.querySelectorAll('.cards .card').forEach(function(c){c.hidden = true;});
    var hint = section.querySelector('.cards .hint'); if(hint) hint.hidden = true;
    card.hidden = false;
    clear(section);
    section.querySelectorAll('.article [data-a="' + index + '"]').forEach(function(n){n.classList.add('active');});
    var src = card.getAttribute('data-src');
    if(src){section.querySelectorAll('.article [data-src="' + CSS.escape(src) + '"]').forEach(function(n){
      if(n.getAttribute('data-a') !== index) n.classList.add('same-source');});}
    if(pin) pinned = mark;
  }
  document.addEventListener('click', function(e){
    var mark = e.target.closest('[data-a]');
    if(mark){ show(mark, true); }
  });
  document.addEventListener('mouseover', function(e){
    var mark = e.target.closest('.article [data-a]');
    if(mark && !pinned) show(mark, false);
  });
  document.addEventListener('keydown', function(e){
    if((e.key === 'Enter' || e.key === ' ') && document.activeElement && document.activeElement.hasAttribute('data-a')){
      e.preventDefault(); show(document.activeElement, true);
    }
    if(e.key === 'Escape') pinned = null;
  });
})();
"""


def page(body: str, title: str, extra_css: str = "", extra_js: str = "") -> str:
    """A whole self-contained HTML document around ``body`` (already escaped HTML)."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; img-src data:; form-action 'self'; connect-src 'self'\">\n"
        f"<title>{escape(title)}</title>\n<style>{CSS}\n{_type_css()}\n{extra_css}</style>\n</head>\n<body>\n"
        f"{body}\n<script>{JS}\n{extra_js}</script>\n</body>\n</html>\n"
    )


def legend() -> str:
    """The key to the colours, underline styles, patterns and tags."""
    items = []
    for label in LABEL_ORDER[:-1]:
        items.append(
            f'<li><span class="sw t-{label}"></span><span class="tag t-{label}">{TYPE_ABBREVIATIONS[label]}</span>'
            f'{escape(TYPE_NAMES[label])}</li>'
        )
    items.append(
        '<li class="how"><b>Bold underlined</b>: the source · <i>boxed italics</i>: the cue · '
        'tinted background: the content credited to the source (hatched when the source is anonymous) · '
        'yellow: why anonymity was granted · superscript after each sentence: its label.</li>'
    )
    return f'<ul class="legend" aria-label="legend">{"".join(items)}</ul>'


def _marks(report: dict) -> list[tuple[int, int, str, int]]:
    marks = []
    for attribution in report["attributions"]:
        index = attribution["index"]
        for role in ("source", "cue"):
            span = attribution.get(role)
            if span and span["end"] > span["start"]:
                marks.append((span["start"], span["end"], role, index))
        reason = attribution.get("anonymity_reason")
        if reason and reason["end"] > reason["start"]:
            marks.append((reason["start"], reason["end"], "reason", index))
        for span in attribution["content"]:
            if span and span["end"] > span["start"]:
                marks.append((span["start"], span["end"], "content", index))
    return marks


def _best(active: list[tuple[int, int, str, int]]) -> tuple[int, int, str, int] | None:
    if not active:
        return None
    return min(active, key=lambda m: (ROLE_PRIORITY[m[2]], m[1] - m[0]))


def _label_badge(labels: list[str]) -> str:
    if not labels:
        return ""
    tags = "+".join(TYPE_ABBREVIATIONS.get(label, label) for label in labels)
    names = ", ".join(TYPE_NAMES.get(label, label) for label in labels)
    anonymous = " anon" if any(label in ANONYMOUS for label in labels) else ""
    return f'<sup class="lab{anonymous}" title="sentence label: {escape(names)}">{escape(tags)}</sup>'


def article_html(report: dict, prefix: str) -> str:
    """The article text with its sentences wrapped and its attribution spans highlighted."""
    text = report["text"]
    attributions = report["attributions"]
    sentences = sorted(report["sentences"], key=lambda s: s["start"])
    marks = _marks(report)
    points = {0, len(text)}
    for start, end, _, _ in marks:
        points.update((start, end))
    for sentence in sentences:
        points.update((sentence["start"], sentence["end"]))
    points = sorted(p for p in points if 0 <= p <= len(text))
    starts: dict[int, list] = {}
    for mark in marks:
        starts.setdefault(mark[0], []).append(mark)
    sentence_at = {s["start"]: s for s in sentences}
    active: list = []
    open_sentence = None
    out = []
    for left, right in zip(points, points[1:]):
        if open_sentence is not None and left >= open_sentence["end"]:
            out.append("</span>" + _label_badge(open_sentence["labels"]))
            open_sentence = None
        if open_sentence is None and left in sentence_at:
            open_sentence = sentence_at[left]
            classes = "sent" + (" excluded" if open_sentence["excluded"] else "") + (
                " headline" if open_sentence.get("headline") else "")
            out.append(f'<span class="{classes}" id="{prefix}-s{open_sentence["index"]}" data-s="{open_sentence["index"]}">')
        active = [m for m in active if m[1] > left] + starts.get(left, [])
        piece = escape(text[left:right])
        mark = _best(active)
        if mark is None:
            out.append(piece)
            continue
        start, _, role, index = mark
        attribution = attributions[index]
        label = attribution["type"] or "unattributed"
        classes = f"m-{role} t-{label}" + ("" if attribution["sourcing"] else " m-notsourcing")
        tag = ""
        source_attr = ""
        if role == "source":
            source_attr = f' data-src="{escape(str(attribution["source_id"] or ""))}"'
            if start == left:
                tag = f'<span class="tag">{TYPE_ABBREVIATIONS.get(label, "?")}</span>'
        tip = f"{TYPE_NAMES.get(label, label)} · {ROLE_NAMES[role]} · confidence {attribution['confidence'] * 100:.0f}%"
        out.append(
            f'<span class="{classes}" data-a="{index}"{source_attr} tabindex="0" title="{escape(tip)}">{tag}{piece}</span>'
        )
    if open_sentence is not None:
        out.append("</span>" + _label_badge(open_sentence["labels"]))
    return f'<div class="article">{"".join(out)}</div>'


def _sentence_of(report: dict, position: int) -> int | None:
    for sentence in report["sentences"]:
        if sentence["start"] <= position < sentence["end"]:
            return sentence["index"]
    return None


def _shorten(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def attribution_card(report: dict, attribution: dict, prefix: str) -> str:
    """The card a reader sees on hovering or clicking an attribution."""
    label = attribution["type"] or "unattributed"
    rows = []

    def row(name: str, value: str) -> None:
        rows.append(f"<dt>{escape(name)}</dt><dd>{value}</dd>")

    source = attribution["source"]
    row("source", f"“{escape(source['text'])}”" if source else "<i>none in the text</i>")
    cue = attribution["cue"]
    row("cue", f"“{escape(cue['text'])}”" if cue else "<i>none (a quote that continues)</i>")
    content = " … ".join(c["text"] for c in attribution["content"])
    row("content", f"“{escape(_shorten(content, 160))}”" if content else "<i>none</i>")
    evidence_parts = []
    words = descriptor_words(source["text"] if source else "")
    if words:
        evidence_parts.append("descriptor words: " + ", ".join(f"<b>{escape(w)}</b>" for w in words))
    if attribution.get("type_evidence"):
        evidence_parts.append(f"name or title read from “{escape(attribution['type_evidence']['text'])}”")
    row("evidence", "; ".join(evidence_parts) or "<i>the source phrase itself</i>")
    if attribution.get("count"):
        row("how many", escape(str(attribution["count"])))
    if attribution.get("response"):
        row("response", escape(RESPONSE_NAMES.get(attribution["response"], attribution["response"])))
    if attribution["anonymous"]:
        reason = attribution.get("anonymity_reason")
        row("why anonymous", f"“{escape(reason['text'])}”" if reason else "<b>no reason given in the article</b>")
    row("direct quote", "yes" if attribution.get("direct_quote") else "no")
    if not attribution["sourcing"]:
        row("sourcing", "no: the reporter tells what the actors planned or decided; the sentence stays unattributed")
    row("confidence", f"{attribution['confidence'] * 100:.0f}% ({escape(str(attribution.get('origin', '')))})")
    others = []
    source_entry = next((s for s in report["sources"] if s["id"] == attribution["source_id"]), None)
    if source_entry:
        own = source["start"] if source else None
        for mention in source_entry["mentions"]:
            if mention["start"] == own:
                continue
            sentence = _sentence_of(report, mention["start"])
            link = f' (<a href="#{prefix}-s{sentence}">sentence {sentence + 1}</a>)' if sentence is not None else ""
            others.append(f"<li>“{escape(mention['text'])}”{link}</li>")
    row("other mentions", f"<ul>{''.join(others)}</ul>" if others else "<i>none</i>")
    tag = TYPE_ABBREVIATIONS.get(label, "?")
    return (
        f'<div class="card t-{label}" id="{prefix}-a{attribution["index"]}" '
        f'data-src="{escape(str(attribution["source_id"] or ""))}" hidden>'
        f'<h4><span class="tag">{tag}</span>{escape(TYPE_NAMES.get(label, label))}</h4>'
        f'<div class="hint">{escape(TYPE_MEANINGS.get(label, ""))}</div><dl>{"".join(rows)}</dl></div>'
    )


def chart_svg(report: dict, prefix: str) -> str:
    """A bar chart (inline SVG) of the share of the article's sentences carrying each label."""
    shares = label_shares(report)
    bar_height, gap, left, width = 18, 6, 172, 128
    height = max(1, len(shares)) * (bar_height + gap) + 4
    defs, bars = [], []
    for row, (label, count, share) in enumerate(shares):
        colour, _ = PALETTE.get(label, ("#999999", "solid"))
        fill = colour
        if label in ANONYMOUS:
            pattern = f"{prefix}-h-{label}"
            defs.append(
                f'<pattern id="{pattern}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
                f'<rect width="6" height="6" fill="{colour}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"/></pattern>'
            )
            fill = f"url(#{pattern})"
        y = row * (bar_height + gap) + 2
        name = f"{TYPE_ABBREVIATIONS.get(label, label)} {TYPE_NAMES.get(label, label)}"
        bars.append(
            f'<text x="0" y="{y + 13}">{escape(name)}</text>'
            f'<rect x="{left}" y="{y}" width="{max(1.0, share * width):.1f}" height="{bar_height}" fill="{fill}" stroke="{colour}"/>'
            f'<text x="{left + share * width + 4:.1f}" y="{y + 13}">{count} ({share * 100:.0f}%)</text>'
        )
    summary = "; ".join(f"{TYPE_NAMES.get(l, l)} {c}" for l, c, _ in shares)
    return (
        f'<svg class="chart" role="img" viewBox="0 0 {left + width + 62} {height}" width="100%" '
        'font-family="system-ui, sans-serif" font-size="12" '
        f'aria-label="sentences by source type: {escape(summary)}"><title>Sentences by source type</title>'
        f'<defs>{"".join(defs)}</defs>{"".join(bars)}</svg>'
    )


def _source_list(report: dict, anonymous: bool) -> str:
    items = []
    for source in report["sources"]:
        if source["anonymous"] != anonymous:
            continue
        first = source["attributions"][0] if source["attributions"] else None
        data = f' data-a="{first}" tabindex="0"' if first is not None else ""
        tag = TYPE_ABBREVIATIONS.get(source["type"], "?")
        mentions = len(source["attributions"])
        items.append(
            f'<li class="t-{source["type"]}"><span class="tag">{tag}</span>'
            f'<span{data} style="cursor:pointer">{escape(source["name"])}</span> <span class="hint">×{mentions}'
            f'{"" if source.get("sourcing", True) else " · not sourcing"}</span></li>'
        )
    return f'<ul class="srcs">{"".join(items) or "<li class=hint>none</li>"}</ul>'


def findings_html(report: dict, prefix: str = "r0") -> str:
    """The policy findings of auditor.check, or a line saying why there are none."""
    findings, note = policy_findings(report)
    if findings is None:
        return f'<p class="hint">{escape(note or "")}</p>'
    findings = [f for f in findings if not (isinstance(f, dict) and f.get("suppressed"))]
    if not findings:
        return '<p class="hint">no findings: the article meets the policy</p>'
    items = []
    for finding in findings:
        severity, rule, message = finding_fields(finding)
        sev = f'<span class="sev">{escape(severity)}</span> ' if severity else ""
        rule_text = f"<code>{escape(rule)}</code>: " if rule else ""
        extra = ""
        if isinstance(finding, dict):
            if isinstance(finding.get("sentence"), int):
                extra += f' (<a href="#{prefix}-s{finding["sentence"]}">sentence {finding["sentence"] + 1}</a>)'
            if finding.get("reason"):
                extra += f'<br><span class="hint">{escape(str(finding["reason"]))}</span>'
            policy = finding.get("policy")
            if isinstance(policy, dict) and policy.get("name"):
                extra += f'<br><span class="hint">policy: {escape(str(policy["name"]))}</span>'
        items.append(f"<li>{sev}{rule_text}{escape(message)}{extra}</li>")
    return f'<ul class="findings">{"".join(items)}</ul>'


def summary_html(report: dict, prefix: str) -> str:
    """Scores, the sentence chart, the sources and the policy findings."""
    scores = report["scores"]
    rows = [
        f'<tr><td>{escape(name)}</td><td class="v">{format_score(scores.get(key, 0), percent)}</td></tr>'
        for key, name, percent in SCORE_NAMES
    ]
    rows.append(
        f'<tr><td>sentences (attributed / anonymous)</td><td class="v">{scores.get("sentences", 0)} '
        f'({scores.get("attributed_sentences", 0)} / {scores.get("anonymous_sentences", 0)})</td></tr>'
    )
    rows.append(
        f'<tr><td>distinct sources (named / anonymous)</td><td class="v">{scores.get("distinct_sources", 0)} '
        f'({scores.get("named_sources", 0)} / {scores.get("anonymous_sources", 0)})</td></tr>'
    )
    return (
        f'<h3>Scores</h3><table class="scores">{"".join(rows)}</table>'
        f'<h3>Sentences by source type</h3>{chart_svg(report, prefix)}'
        f'<h3>Named sources</h3>{_source_list(report, False)}'
        f'<h3>Anonymous sources</h3>{_source_list(report, True)}'
        f'<h3>Policy findings</h3>{findings_html(report, prefix)}'
    )


def attribution_table(report: dict, prefix: str) -> str:
    """Every attribution as a table row (readable when printed or without JavaScript)."""
    rows = []
    for attribution in report["attributions"]:
        label = attribution["type"] or "unattributed"
        sentence = attribution.get("sentence")
        where = f'<a href="#{prefix}-s{sentence}">{sentence + 1}</a>' if sentence is not None else ""
        source = attribution["source"]["text"] if attribution["source"] else "—"
        cue = attribution["cue"]["text"] if attribution["cue"] else "—"
        content = _shorten(" … ".join(c["text"] for c in attribution["content"]), 140)
        rows.append(
            f'<tr class="t-{label}"><td>{where}</td><td><span class="tag">{TYPE_ABBREVIATIONS.get(label, "?")}</span></td>'
            f'<td data-a="{attribution["index"]}" style="cursor:pointer">{escape(source)}</td><td>{escape(cue)}</td>'
            f'<td>{escape(content)}</td><td>{attribution["confidence"] * 100:.0f}%</td></tr>'
        )
    return (
        f'<details class="all"><summary>All {len(rows)} attributions</summary><table class="attrs">'
        "<tr><th>sent.</th><th>type</th><th>source</th><th>cue</th><th>content</th><th>conf.</th></tr>"
        f'{"".join(rows)}</table></details>'
    )


def report_section(report: dict, number: int = 0) -> str:
    """One article's section: title, legend, highlighted text, side panel with summary and cards."""
    prefix = f"r{number}"
    title = report.get("title") or report.get("path") or "article"
    cards = "".join(attribution_card(report, a, prefix) for a in report["attributions"])
    mode = report.get("meta") or {}
    mode_text = ", ".join(f"{k}: {v}" for k, v in sorted(mode.items()))
    path = f" · {escape(str(report['path']))}" if report.get("path") else ""
    return (
        f'<section class="report" id="{prefix}">'
        f'<h2>{escape(title)}</h2><p class="hint" style="font:0.8rem system-ui,sans-serif">'
        f'auditor {escape(str(report.get("auditor_version", "")))}{path} · {escape(mode_text)}</p>'
        f'{legend()}<div class="grid"><div>{article_html(report, prefix)}{attribution_table(report, prefix)}</div>'
        f'<aside class="side"><div class="sticky"><div class="cards"><p class="hint">Hover over or click a '
        f'highlighted source, cue or content to see its type, evidence and confidence.</p>{cards}</div>'
        f'{summary_html(report, prefix)}</div></aside></div></section>'
    )


def render_page(reports: list[dict], heading: str = "Sourcing audit") -> str:
    """The whole page for one or several reports."""
    sections = "".join(report_section(report, number) for number, report in enumerate(reports))
    toc = ""
    if len(reports) > 1:
        links = " · ".join(
            f'<a href="#r{n}">{escape(r.get("title") or r.get("path") or f"article {n + 1}")}</a>'
            for n, r in enumerate(reports)
        )
        toc = f'<nav class="toc">{len(reports)} articles: {links}</nav>'
    body = (
        f'<header class="top"><h1>{escape(heading)}</h1><p>Who says what in the article, and how much of '
        f'it rests on anonymous sources.</p>{toc}</header><main>{sections}</main>'
    )
    title = reports[0].get("title") if len(reports) == 1 else None
    return page(body, f"{heading}: {title}" if title else heading)


@register("html")
def render_html(reports: list[dict], options: RenderOptions) -> str:
    return render_page(reports)


def as_iframe(reports: list[dict], height: int = 720) -> str:
    """The page inside an iframe (for notebooks: its CSS and JS stay out of the notebook's own)."""
    return (
        f'<div class="auditor-report"><iframe srcdoc="{escape(render_page(reports))}" title="sourcing report" '
        f'style="width:100%;height:{height}px;border:1px solid #ccc;border-radius:6px"></iframe></div>'
    )
