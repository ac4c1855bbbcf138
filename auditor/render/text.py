"""The terminal report: scores with bars, the share of sentences by type, a sources table,
then the sentences with their labels.

With colour (a terminal, unless --no-color) the types are painted in the Okabe-Ito colours
and sources and cues are highlighted inside the sentences; without it the output is plain
text: ASCII bars, type letters, no escape codes.
"""

from __future__ import annotations

from . import RenderOptions, register
from .common import (
    LABEL_ORDER, SCORE_NAMES, TYPE_ABBREVIATIONS, TYPE_NAMES, attribution_line, finding_fields,
    format_score, label_shares, policy_findings,
)

#: 256-colour approximations of the Okabe-Ito palette (the HTML report's colours)
COLORS = {
    "named_official": "25", "named_person": "74", "named_organization": "36",
    "anonymous_official": "166", "anonymous_familiar": "175", "anonymous_other": "178",
    "document": "185", "media_report": "145", "declined_comment": "244", "unattributed": "252",
}
#: one letter per label for the plain stacked bar
LETTERS = {
    "named_official": "O", "named_person": "P", "named_organization": "G",
    "anonymous_official": "A", "anonymous_familiar": "F", "anonymous_other": "X",
    "document": "D", "media_report": "M", "declined_comment": "C", "unattributed": ".",
}
BAR_WIDTH = 40
BOLD, UNDERLINE, DIM, RESET = "\x1b[1m", "\x1b[4m", "\x1b[2m", "\x1b[0m"


def _paint(text: str, label: str, options: RenderOptions, extra: str = "") -> str:
    if not options.color:
        return text
    return f"{extra}\x1b[38;5;{COLORS.get(label, '252')}m{text}{RESET}"


def _bold(text: str, options: RenderOptions) -> str:
    return f"{BOLD}{text}{RESET}" if options.color else text


def share_bar(share: float, options: RenderOptions, label: str = "anonymous_official", width: int = 20) -> str:
    """A bar of ``width`` cells filled to ``share``: blocks in colour, '#' and '.' in plain text."""
    filled = max(0, min(width, round(share * width)))
    if options.color:
        return _paint("█" * filled, label, options) + f"{DIM}{'░' * (width - filled)}{RESET}"
    return "#" * filled + "." * (width - filled)


def stacked_bar(shares: list[tuple[str, int, float]], options: RenderOptions, width: int = BAR_WIDTH) -> str:
    """One bar split by label: each cell shows its type's letter (on the type's colour)."""
    total = sum(count for _, count, _ in shares) or 1
    cells, used = [], 0
    for position, (label, count, _) in enumerate(shares):
        size = round(count / total * width) if position < len(shares) - 1 else width - used
        size = max(0, min(size, width - used))
        used += size
        letter = LETTERS.get(label, "?")
        if options.color:
            cells.append(f"\x1b[48;5;{COLORS.get(label, '252')}m\x1b[38;5;16m{letter * size}{RESET}")
        else:
            cells.append(letter * size)
    return "[" + "".join(cells) + "]"


def _highlight(report: dict, sentence: dict, options: RenderOptions) -> str:
    """The sentence text with its sources in bold colour and its cues underlined."""
    text = sentence["text"]
    if not options.color:
        return text
    pieces = []
    for attribution in report["attributions"]:
        for role, style in (("source", BOLD), ("cue", UNDERLINE)):
            span = attribution.get(role)
            if span and sentence["start"] <= span["start"] and span["end"] <= sentence["end"]:
                pieces.append((span["start"] - sentence["start"], span["end"] - sentence["start"], style, attribution["type"]))
    out, position = [], 0
    for start, end, style, label in sorted(pieces):
        if start < position:
            continue
        out.append(text[position:start])
        out.append(_paint(text[start:end], label or "unattributed", options, style))
        position = end
    out.append(text[position:])
    return "".join(out)


def sources_table(report: dict, options: RenderOptions) -> list[str]:
    """The distinct sources as aligned rows: name, type, anonymous or not, mentions, id."""
    rows = [(s["name"], f"{TYPE_ABBREVIATIONS.get(s['type'], '?')} {TYPE_NAMES.get(s['type'], s['type'])}",
             "ANON" if s["anonymous"] else "named", str(len(s["attributions"])),
             s["id"] + ("" if s.get("sourcing", True) else "  (not sourcing: not counted)"), s["type"])
            for s in report["sources"]]
    if not rows:
        return ["  (no sources found)"]
    header = ("source", "type", "", "×", "id")
    name_width = min(48, max(len(header[0]), *(len(r[0]) for r in rows)))
    type_width = max(len(header[1]), *(len(r[1]) for r in rows))
    lines = [_bold(f"  {header[0]:<{name_width}}  {header[1]:<{type_width}}  {'':<5}  {header[3]:>2}  {header[4]}", options)]
    for name, kind, anonymous, mentions, source_id, label in rows:
        name = name if len(name) <= name_width else name[: name_width - 1] + "…"
        line = f"  {name:<{name_width}}  {kind:<{type_width}}  {anonymous:<5}  {mentions:>2}  {source_id}"
        lines.append(_paint(line, label, options))
    return lines


def render_one(report: dict, options: RenderOptions) -> str:
    lines = []
    title = report.get("title") or ""
    lines.append(_bold(f"== {report.get('path') or '<text>'}: {title}", options))
    scores = report["scores"]
    lines.append("")
    lines.append(_bold("Scores", options))
    for key, name, percent in SCORE_NAMES:
        value = format_score(scores[key], percent)
        bar = share_bar(scores[key], options) + " " if percent else ""
        lines.append(f"  {name:<42} {bar}{value}")
    lines.append(
        f"  {'sentences (attributed / anonymous)':<42} {scores['sentences']} ({scores['attributed_sentences']} / {scores['anonymous_sentences']})"
    )
    lines.append(
        f"  {'distinct sources (named / anonymous)':<42} {scores['distinct_sources']} ({scores['named_sources']} / {scores['anonymous_sources']})"
    )
    shares = label_shares(report)
    if shares:
        lines.append("")
        lines.append(_bold("Sentences by source type", options))
        lines.append("  " + stacked_bar(shares, options))
        for label, count, share in shares:
            name = f"{LETTERS[label]} {TYPE_NAMES.get(label, label)}"
            lines.append(f"  {_paint(f'{name:<26}', label, options)} {share_bar(share, options, label)} {count:>3} ({share * 100:.0f}%)")
    lines.append("")
    lines.append(_bold("Sources", options))
    lines += sources_table(report, options)
    findings, _ = policy_findings(report)
    if findings:
        lines.append("")
        lines.append(_bold("Policy findings", options))
        for finding in findings:
            severity, rule, message = finding_fields(finding)
            lines.append(f"  {severity.upper() + ' ' if severity else ''}{rule + ': ' if rule else ''}{message}")
    lines.append("")
    lines.append(_bold("Sentences", options))
    for sentence in report["sentences"]:
        if sentence["excluded"]:
            lines.append(f"  [{sentence['index']:>3}] (excluded) {sentence['text'][:70]}")
            continue
        labels = ", ".join(TYPE_NAMES.get(l, l) for l in sentence["labels"])
        head = _paint(f"[{labels}]", sentence["labels"][0] if sentence["labels"] else "unattributed", options)
        lines.append(f"  [{sentence['index']:>3}] {head} {_highlight(report, sentence, options)}")
        for index in sentence["attributions"]:
            attribution = report["attributions"][index]
            lines.append("          ↳ " + _paint(attribution_line(report, attribution), attribution["type"] or "unattributed", options))
    return "\n".join(lines) + "\n"


@register("text")
def render_text(reports: list[dict], options: RenderOptions) -> str:
    return "\n".join(render_one(report, options) for report in reports)


__all__ = ["render_text", "render_one", "share_bar", "stacked_bar", "sources_table", "LABEL_ORDER"]
