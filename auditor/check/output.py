"""Output of ``auditor check``: text, JSON, SARIF 2.1.0 and GitHub Actions annotations.

Each formatter takes the list of :class:`FileResult` and the policy and returns a string.
Line and column numbers are 1-based, columns count characters (Unicode code points). For
HTML inputs the offsets refer to the extracted article text, so SARIF and GitHub output
place those findings on the file without a line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Optional

from .. import __version__
from .policy import Policy, catalogue

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}
GITHUB_COMMAND = {"error": "error", "warning": "warning", "suggestion": "notice"}


@dataclass(frozen=True)
class FileResult:
    """What checking one file produced: findings, or the one-line error that stopped it."""

    path: str
    findings: tuple = ()
    error: Optional[str] = None
    input_format: str = "text"
    suppressed: int = 0
    scores: dict = field(default_factory=dict)

    @property
    def counts(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "suggestion": 0}
        for finding in self.findings:
            counts[finding["severity"]] += 1
        return counts


def summary(results: list[FileResult]) -> dict:
    """Totals over all files."""
    totals = {"files": len(results), "checked": 0, "unreadable": 0, "error": 0, "warning": 0, "suggestion": 0,
              "suppressed": 0}
    for result in results:
        if result.error:
            totals["unreadable"] += 1
            continue
        totals["checked"] += 1
        totals["suppressed"] += result.suppressed
        for severity, n in result.counts.items():
            totals[severity] += n
    return totals


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_table(results: list[FileResult]) -> str:
    """A table of findings per file and a totals line, for the end of a run."""
    width = max([len("file")] + [len(r.path) for r in results])
    width = min(width, 70)
    lines = [f"{'file':<{width}}  {'errors':>6}  {'warnings':>8}  {'suggestions':>11}"]
    for r in results:
        name = r.path if len(r.path) <= width else "…" + r.path[-(width - 1):]
        if r.error:
            lines.append(f"{name:<{width}}  {'not checked (error)':>29}")
        else:
            c = r.counts
            lines.append(f"{name:<{width}}  {c['error']:>6}  {c['warning']:>8}  {c['suggestion']:>11}")
    t = summary(results)
    tail = (f"{_plural(t['checked'], 'file')} checked: {_plural(t['error'], 'error')}, "
            f"{_plural(t['warning'], 'warning')}, {_plural(t['suggestion'], 'suggestion')}")
    if t["suppressed"]:
        tail += f" ({t['suppressed']} silenced by auditor-ignore)"
    if t["unreadable"]:
        tail += f"; {_plural(t['unreadable'], 'file')} could not be read or checked"
    return "\n".join(lines + [tail]) + "\n"


COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "suggestion": "\x1b[36m"}


def format_text(results: list[FileResult], policy: Policy, color: bool = False) -> str:
    """One finding a line (``path:line:col: severity: message [rule]``), its span and policy below."""
    out = []
    for r in results:
        if r.error:
            out.append(f"{r.path}: error: {r.error}")
            continue
        for f in r.findings:
            s = f["span"]
            severity = f["severity"]
            label = f"{COLORS[severity]}{severity}\x1b[0m" if color else severity
            out.append(f"{r.path}:{s['line']}:{s['column']}: {label}: {f['message']} [{f['rule']}]")
            snippet = " ".join(s["text"].split())
            if len(snippet) > 80:
                snippet = snippet[:77] + "…"
            out.append(f"    > {snippet}")
            out.append(f"    policy: {f['policy']['name']} <{f['policy']['url']}>")
    return "\n".join(out) + ("\n" if out else "")


def format_json(results: list[FileResult], policy: Policy, fail_on: str = "error", exit_code: int = 0) -> str:
    """Every file's findings, the policy used and the totals as one JSON object."""
    data = {
        "auditor_version": __version__,
        "policy": {"name": policy.name, "sources": list(policy.sources)},
        "fail_on": fail_on,
        "exit_code": exit_code,
        "files": [
            {"path": r.path, "input_format": r.input_format, "error": r.error, "suppressed": r.suppressed,
             "counts": r.counts, "findings": list(r.findings)}
            for r in results
        ],
        "summary": summary(results),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _sarif_rule(setting) -> dict:
    return {
        "id": setting.id,
        "name": "".join(part.capitalize() for part in setting.id.split("-")),
        "shortDescription": {"text": setting.reason},
        "fullDescription": {"text": " ".join(setting.message.split())},
        "helpUri": setting.policy_url,
        "help": {"text": f"{setting.reason} Policy: {setting.policy_name} ({setting.policy_url})"},
        "defaultConfiguration": {
            "level": SARIF_LEVEL.get(setting.severity, "none"),
            "enabled": setting.enabled,
        },
        "properties": {"policy": setting.policy_name, "tags": ["sourcing", "journalism"]},
    }


def format_sarif(results: list[FileResult], policy: Policy) -> str:
    """A SARIF 2.1.0 log (one run) for code-scanning tools such as GitHub code scanning."""
    rule_ids = list(catalogue())
    rules = [_sarif_rule(policy.rules[rule_id]) for rule_id in rule_ids]
    sarif_results = []
    for r in results:
        for f in r.findings:
            location: dict = {"artifactLocation": {"uri": r.path.replace("\\", "/"), "uriBaseId": "%SRCROOT%"}}
            if r.input_format != "html":
                s = f["span"]
                location["region"] = {
                    "startLine": s["line"], "startColumn": s["column"],
                    "endLine": s["end_line"], "endColumn": s["end_column"],
                    "snippet": {"text": s["text"]},
                }
            sarif_results.append({
                "ruleId": f["rule"],
                "ruleIndex": rule_ids.index(f["rule"]),
                "level": SARIF_LEVEL[f["severity"]],
                "message": {"text": f["message"]},
                "locations": [{"physicalLocation": location}],
                "properties": {"policy": f["policy"]["name"], "policyUrl": f["policy"]["url"]},
            })
    notifications = [
        {"level": "error", "message": {"text": r.error},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": r.path.replace("\\", "/")}}}]}
        for r in results if r.error
    ]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "auditor",
                "semanticVersion": __version__,
                "version": __version__,
                "rules": rules,
            }},
            "invocations": [{
                "executionSuccessful": not notifications,
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The folder auditor check ran in."}}},
            "results": sarif_results,
            "properties": {"policy": policy.name},
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(results: list[FileResult], policy: Policy) -> str:
    """GitHub Actions workflow commands: ``::error file=…,line=…,col=…::message``."""
    out = []
    for r in results:
        if r.error:
            out.append(f"::error file={_escape_property(r.path)},title=auditor::{_escape_data(r.error)}")
            continue
        for f in r.findings:
            props = [f"file={_escape_property(r.path)}"]
            if r.input_format != "html":
                s = f["span"]
                props += [f"line={s['line']}", f"col={s['column']}", f"endLine={s['end_line']}", f"endColumn={s['end_column']}"]
            props.append(f"title={_escape_property('auditor ' + f['rule'])}")
            message = f"{f['message']} ({f['policy']['name']}: {f['policy']['url']})"
            out.append(f"::{GITHUB_COMMAND[f['severity']]} {','.join(props)}::{_escape_data(message)}")
    return "\n".join(out) + ("\n" if out else "")

