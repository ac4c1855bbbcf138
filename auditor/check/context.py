"""What the rules read: a report dictionary (auditor.report.to_dict) with lookups built once."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..attribute import quote_regions
from .policy import Policy

#: types that are never a person speaking, so never an anonymous person either
NOT_PEOPLE = frozenset({"document", "media_report", "declined_comment"})
DIRECTIVE_SENTENCE = re.compile(r"^\s*<!--[\s\S]*-->\s*$")
#: a mention that refers back to a source introduced earlier ("the official", "one of them")
ANAPHORA = re.compile(
    r"^(?:the|these|those|this|that|both|each|either|they|them|he|she|his|her|"
    r"(?:one|two|three|some|all|both|each|several|many|most|none)\s+of)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def compiled(pattern: str) -> re.Pattern:
    """A case-insensitive regular expression from a rule's params (cached)."""
    return _compiled(" ".join(pattern.split()) if "\n" in pattern else pattern.strip())


@dataclass(frozen=True)
class Context:
    """A report and the lookups every rule needs."""

    report: dict
    policy: Policy
    #: sentence indices of the article body: not excluded, not the headline, no directive
    body: tuple[int, ...]
    headline: Optional[int]
    #: attribution indices that are sourcing and anonymous (by type, or by a vague source)
    anonymous: tuple[int, ...]

    @property
    def text(self) -> str:
        return self.report["text"]

    @property
    def sentences(self) -> list[dict]:
        return self.report["sentences"]

    @property
    def attributions(self) -> list[dict]:
        return self.report["attributions"]

    def sentence_text(self, index: Optional[int]) -> str:
        return "" if index is None else self.sentences[index]["text"]

    def group_key(self, index: int) -> str:
        """The source group of an attribution: its source_id, else itself."""
        source_id = self.attributions[index].get("source_id")
        return source_id if source_id else f"#{index}"

    def anonymous_groups(self) -> dict[str, list[int]]:
        """Anonymous attributions by source group, in text order."""
        groups: dict[str, list[int]] = {}
        for index in sorted(self.anonymous, key=lambda i: position(self.attributions[i])):
            groups.setdefault(self.group_key(index), []).append(index)
        return groups

    def group_mentions(self, key: str) -> list[str]:
        """The texts of every mention of a source group (from the report's sources)."""
        for source in self.report.get("sources", []):
            if source.get("id") == key:
                return [m["text"] for m in source.get("mentions", []) if m]
        return []

    def paragraph_of(self, offset: int) -> int:
        """The index of the paragraph (run of non-blank lines) an offset lies in."""
        starts = _paragraph_starts(self.text)
        return bisect.bisect_right(starts, offset) - 1

    def in_quotes(self, sentence_index: int, offset_in_sentence: int) -> bool:
        """Whether a position of a sentence lies inside quotation marks."""
        text = self.sentence_text(sentence_index)
        return any(s <= offset_in_sentence < e for s, e in quote_regions(text))

    def is_vague(self, phrase: str) -> bool:
        """Whether a source phrase gives no position or access ("sources", "officials")."""
        pattern = self.policy.rule("vague-descriptor").params.get("vague", "")
        cleaned = re.sub(r"[’']s\b", "", phrase.strip().strip(",").lower())
        return bool(pattern) and bool(compiled(pattern).match(" ".join(cleaned.split())))


@lru_cache(maxsize=4)
def _paragraph_starts(text: str) -> list[int]:
    from ..ingest import paragraphs

    return [p.start for p in paragraphs(text)]


#: "Vantage's chief executive, Robert Lindqvist": a named source, whatever its type says
NAMED_APPOSITIVE = re.compile(r",\s+(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+\s*$")


def is_anaphoric(phrase: str) -> bool:
    """Whether a source phrase points back to an earlier mention rather than introducing one."""
    return bool(ANAPHORA.match(phrase.strip()))


def position(attribution: dict) -> int:
    """Where an attribution starts in the text (its source, cue or first content)."""
    spans = [attribution.get("source"), attribution.get("cue"), *(attribution.get("content") or [])]
    starts = [s["start"] for s in spans if s]
    return min(starts) if starts else 0


def span_text(span: Optional[dict]) -> str:
    return "" if not span else span.get("text", "")


def build_context(report: dict, policy: Policy) -> Context:
    """Index a report for the rules."""
    sentences = report.get("sentences", [])
    headline = next((s["index"] for s in sentences if s.get("headline") and not s.get("excluded")), None)
    body = tuple(
        s["index"] for s in sentences
        if not s.get("excluded") and not s.get("headline") and not DIRECTIVE_SENTENCE.match(s.get("text", ""))
    )
    ctx = Context(report=report, policy=policy, body=body, headline=headline, anonymous=())
    live = set(body) | ({headline} if headline is not None else set())
    anonymous = []
    for index, a in enumerate(report.get("attributions", [])):
        if not a.get("sourcing", True) or a.get("sentence") not in live:
            continue
        if NAMED_APPOSITIVE.search(span_text(a.get("source"))):
            continue
        if a.get("anonymous") or (
            a.get("type") not in NOT_PEOPLE and a.get("source") and ctx.is_vague(span_text(a["source"]))
        ):
            anonymous.append(index)
    return Context(report=report, policy=policy, body=body, headline=headline, anonymous=tuple(anonymous))
