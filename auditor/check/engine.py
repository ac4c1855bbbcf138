"""Run a policy's rules over one report; honour inline ignores; place findings by line.

Inline ignores are HTML comments, each in a paragraph of its own:

- ``<!-- auditor-ignore vague-descriptor anonymous-lede -->`` silences those rules (all
  rules when none is named) in the next paragraph;
- ``<!-- auditor-ignore-file anonymous-share -->`` silences them in the whole file.

Ingest excludes such paragraphs from the article (reason ``directive``), so they are never
sentences of it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable

from ..ingest import paragraphs
from .context import build_context
from .policy import Policy, PolicyLike, load_policy
from .rules import RULES, Hit

DIRECTIVE = re.compile(r"<!--\s*auditor-(ignore-file|ignore)\b(.*?)-->", re.IGNORECASE | re.DOTALL)
ALL_RULES = "*"


@dataclass(frozen=True)
class Ignores:
    """What the inline directives silence: rule ids for the file, and (start, end, ids) ranges."""

    file_rules: frozenset[str] = frozenset()
    ranges: tuple[tuple[int, int, frozenset[str]], ...] = ()

    def silences(self, rule_id: str, start: int) -> bool:
        if ALL_RULES in self.file_rules or rule_id in self.file_rules:
            return True
        return any(s <= start < e and (ALL_RULES in ids or rule_id in ids) for s, e, ids in self.ranges)


def _rule_ids(text: str) -> frozenset[str]:
    ids = frozenset(t for t in re.split(r"[\s,]+", text.strip()) if t)
    return ids or frozenset({ALL_RULES})


def file_directives(raw: str) -> frozenset[str]:
    """The rule ids an ``auditor-ignore-file`` comment names anywhere in a raw file (HTML)."""
    found: set[str] = set()
    for match in DIRECTIVE.finditer(raw):
        if match.group(1).lower() == "ignore-file":
            found |= _rule_ids(match.group(2))
    return frozenset(found)


def parse_ignores(text: str) -> Ignores:
    """Read the inline ignore comments of an article's text."""
    if "auditor-ignore" not in text:
        return Ignores()
    paras = paragraphs(text)
    file_rules: set[str] = set()
    ranges = []
    for match in DIRECTIVE.finditer(text):
        ids = _rule_ids(match.group(2))
        if match.group(1).lower() == "ignore-file":
            file_rules |= ids
            continue
        here = next((k for k, p in enumerate(paras) if p.start <= match.start() < p.end), None)
        if here is None:
            continue
        rest = DIRECTIVE.sub("", text[match.end():paras[here].end]).strip()
        if rest:  # the comment opens a paragraph that goes on: silence the rest of it
            ranges.append((match.end(), paras[here].end, ids))
            continue
        for para in paras[here + 1:]:
            if DIRECTIVE.sub("", text[para.start:para.end]).strip():
                ranges.append((para.start, para.end, ids))
                break
    return Ignores(frozenset(file_rules), tuple(ranges))


class LineIndex:
    """1-based line and column (in characters) of text offsets."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def locate(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def _finding(hit: Hit, rule_id: str, policy: Policy, report: dict, lines: LineIndex) -> dict:
    setting = policy.rule(rule_id)
    text = report["text"]
    line, column = lines.locate(hit.start)
    end_line, end_column = lines.locate(max(hit.start, hit.end))
    return {
        "rule": rule_id,
        "severity": setting.severity,
        "message": setting.render(hit.variant, **hit.values),
        "span": {
            "start": hit.start,
            "end": hit.end,
            "text": text[hit.start:hit.end],
            "line": line,
            "column": column,
            "end_line": end_line,
            "end_column": end_column,
        },
        "policy": {"name": setting.policy_name, "url": setting.policy_url},
        "reason": setting.reason,
        "sentence": hit.sentence,
        "attribution": hit.attribution,
        "path": report.get("path"),
        "suppressed": False,
    }


def check_report(
    report: dict,
    policy: PolicyLike = None,
    *,
    file_ignores: Iterable[str] = (),
    include_suppressed: bool = False,
) -> list[dict]:
    """The findings of a policy on one report (a dictionary of ``auditor.report.to_dict``).

    ``policy`` is a Policy, a built-in pack name, a YAML path, a mapping in the pack
    format, or None for the ``default`` pack (no config file is looked up here; pass
    ``load_policy()`` to honour ``.auditor.yaml``). ``file_ignores`` adds rule ids to
    silence for the whole file. Findings silenced by inline ignores are left out, or
    returned with ``"suppressed": true`` when ``include_suppressed``.
    """
    policy = load_policy(policy, discover=False)
    ctx = build_context(report, policy)
    ignores = parse_ignores(report.get("text", ""))
    extra = frozenset(file_ignores)
    if extra:
        ignores = Ignores(ignores.file_rules | extra, ignores.ranges)
    lines = LineIndex(report.get("text", ""))
    findings = []
    for setting in policy.enabled():
        func = RULES.get(setting.id)
        if func is None:
            continue
        seen: set[tuple[int, int]] = set()
        for hit in func(ctx, setting):
            if hit is None or (hit.start, hit.end) in seen:
                continue
            seen.add((hit.start, hit.end))
            finding = _finding(hit, setting.id, policy, report, lines)
            if ignores.silences(setting.id, hit.start):
                if not include_suppressed:
                    continue
                finding["suppressed"] = True
            findings.append(finding)
    findings.sort(key=lambda f: (f["span"]["start"], f["rule"]))
    return findings


def fails(findings: Iterable[dict], fail_on: str) -> bool:
    """Whether any unsuppressed finding is at or above the --fail-on severity."""
    from .policy import SEVERITY_RANK

    if fail_on == "never":
        return False
    floor = SEVERITY_RANK[fail_on]
    return any(not f.get("suppressed") and SEVERITY_RANK[f["severity"]] >= floor for f in findings)


