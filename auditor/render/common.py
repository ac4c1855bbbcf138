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

#: short tags printed beside highlights, so that a type never depends on colour alone
TYPE_ABBREVIATIONS = {
    "named_official": "NO",
    "named_person": "NP",
    "named_organization": "ORG",
    "anonymous_official": "AO",
    "anonymous_familiar": "AF",
    "anonymous_other": "AX",
    "document": "DOC",
    "media_report": "MED",
    "declined_comment": "DC",
    "unattributed": "UN",
}

#: one line per type, from ANNOTATION.md section 2, for legends and teaching pages
TYPE_MEANINGS = {
    "named_official": "a named person speaking in an official role",
    "named_person": "a named person with no official role (expert, witness, resident)",
    "named_organization": "an institution on the record, or its spokesperson on the record",
    "anonymous_official": "an unnamed official whose position is described",
    "anonymous_familiar": "unnamed people described only by their access or knowledge",
    "anonymous_other": "unnamed and vague: no position, no access given",
    "document": "a document, filing, data set, poll, transcript, letter or law",
    "media_report": "another outlet's, or the outlet's own earlier, reporting",
    "declined_comment": "a party declined, did not respond or could not be reached",
    "unattributed": "no source: the reporter's own voice",
}

#: the types in display order, ending with the sentences that carry none
LABEL_ORDER = (
    "named_official", "named_person", "named_organization",
    "anonymous_official", "anonymous_familiar", "anonymous_other",
    "document", "media_report", "declined_comment", "unattributed",
)

RESPONSE_NAMES = {"declined": "declined", "no_response": "did not respond", "unreachable": "could not be reached"}


def descriptor_words(phrase: str) -> list[str]:
    """The lexicon words in a source phrase that its type is read from ("familiar with", "officials")."""
    try:
        from ..classify import lexicon, lexicon_pattern
    except ImportError:  # the renderers must work from a report alone
        return []
    found: list[str] = []
    for category in lexicon():
        if category == "pronoun":
            continue
        for match in lexicon_pattern(category).finditer(phrase or ""):
            word = match.group(0)
            if word.lower() not in (w.lower() for w in found):
                found.append(word)
    return found


def label_shares(report: dict) -> list[tuple[str, int, float]]:
    """(label, sentence count, share of the article's sentences) for each label present, in LABEL_ORDER."""
    counts = report["scores"].get("type_sentence_counts", {}) or {}
    total = report["scores"].get("sentences") or sum(
        1 for s in report["sentences"] if not s["excluded"]
    ) or 1
    return [(label, counts[label], counts[label] / total) for label in LABEL_ORDER if counts.get(label)]


def policy_findings(report: dict) -> tuple[list[dict] | None, str | None]:
    """Findings of the default policy (auditor.check) for a report: (findings, note).

    ``findings`` is None when the check is not installed or failed; ``note`` says why.
    """
    if "findings" in report:
        return list(report["findings"]), None
    try:
        from ..check import check_report, load_policy
    except ImportError:
        return None, "policy checks are not installed"
    try:
        return list(check_report(report, load_policy())), None
    except Exception as err:  # a broken policy must not lose the report
        return None, f"policy check failed: {type(err).__name__}: {err}"


def finding_fields(finding: dict) -> tuple[str, str, str]:
    """(severity, rule, message) of a finding, whatever keys the checker chose."""
    if not isinstance(finding, dict):
        return "", "", str(finding)
    severity = str(finding.get("severity") or finding.get("level") or "")
    rule = str(finding.get("rule") or finding.get("id") or finding.get("name") or finding.get("code") or "")
    message = str(finding.get("message") or finding.get("text") or finding.get("detail") or "")
    return severity, rule, message or str(finding)
