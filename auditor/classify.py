"""Stage 4, classify: give each attribution one of the 9 source types (ANNOTATION.md §2).

The rules read word lists from ``data/source_lexicon.tsv``. A pronoun or a bare surname
takes the type of what it refers to: the nearest earlier source that fits (a person for
"he"/"she", the first full mention with its title for "Burns"). The model stage
(auditor.models.typer) replaces these rules when a model is shipped; the rules stay as
``--rules-only`` and as the fallback for each mention the model is unsure of.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .attribute import source_count
from .segment import abbreviations
from .types import ANONYMOUS_TYPES, Attribution, Document, Span

DATA = Path(__file__).parent / "data"
OUTLET_NAME = re.compile(
    r"\b(?:[A-Z][\w.’'-]*\s+)+(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Globe|Chronicle|Telegraph|"
    r"Guardian|Observer|Examiner|Inquirer|Star|Sun|Mail|Express|Register|Bulletin|Dispatch|Press|Review|Magazine|"
    r"Record|Ledger|Courier|Beacon|Bee|Sentinel|Packet|Enquirer|Courant|Advocate|Statesman|Desk|Daily)\b"
    r"|\b(?:Reuters|Bloomberg|Axios|Politico|Semafor|Vox|Slate|Salon|Newsweek|Forbes|Fortune)\b"
)
PERSON_TYPES = {"named_official", "named_person"}
# Latin letters with accents too ("Patiño", "Çelik", "Łukasz"; U+0100-017F holds both cases)
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ\u0100-\u017f", "a-zß-öø-ÿ\u0100-\u017f’'-"
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)*"  # "McConnell", "Vasconcelos-Brandt", "O’Brien"
NAME = re.compile(rf"(?:{_NAME_WORD}|[A-Z]\.)(?:\s+(?:{_NAME_WORD}|[A-Z]\.|(?:de|van|von|bin)\b|al-\w+))*")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in (DATA / "source_lexicon.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, entries = line.split("\t")
        table[category] = tuple(e.strip() for e in entries.split("|") if e.strip())
    return table


@lru_cache(maxsize=None)
def lexicon_map(category: str) -> dict[str, str]:
    """A lexicon category of "key=value" entries as a dict ("gm=general manager")."""
    return dict(entry.split("=", 1) for entry in lexicon()[category])


@lru_cache(maxsize=None)
def lexicon_pattern(category: str, ignore_case: bool = True) -> re.Pattern:
    parts = []
    for entry in sorted(lexicon()[category], key=len, reverse=True):
        escaped = re.escape(entry).replace(r"\ ", r"\s+").replace(r"\*", r"\w*")
        parts.append(escaped)
    return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE if ignore_case else 0)


def has(category: str, phrase: str) -> bool:
    return bool(lexicon_pattern(category).search(phrase))


@lru_cache(maxsize=1)
def abbreviated_title() -> re.Pattern:
    """A title shortened with a period ("Sen. Thaddeus Brumbaugh", "Lt. Gen. Mark Reyes", "Spc. Darnell
    Eaves"): the name comes after it. The titles are abbreviations.tsv's, with "Del." (a delegate; the
    segmenter's list has it as Delaware)."""
    titles = sorted(abbreviations()["person"] | {"Del."}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in titles) + r")\s+")


def source_head(phrase: str) -> str:
    """The part of a source before an appositive or a relative clause."""
    return re.split(r",|\s+(?:who|which|that)\s+", phrase, maxsplit=1)[0].strip()


def person_name(phrase: str) -> Optional[str]:
    """A person-like proper name in the phrase ("Nicholas Burns", "Burns"), if any."""
    head = re.sub(r"^(?:the|a|an)\s+", "", source_head(phrase), flags=re.I)
    head = re.sub(r"\b(?:[A-Z]\.){2,}", " ", head)  # "U.S.", "U.N." are no names
    head = abbreviated_title().sub("", head)  # "Sen. Thaddeus Brumbaugh" is Brumbaugh, not "Sen"
    for match in NAME.finditer(head):
        name = match.group()
        if re.match(r"\s+(?!of\b|from\b)[a-z]", head[match.end():]) or re.search(r"\b(?:some|many|most|other|several|few)\s+$", head[:match.start()], re.I):
            continue  # a modifier, not a name: "a European diplomat", "Some Armenians"
        if has("organization", name) or has("media", name) or OUTLET_NAME.search(name):
            continue  # "Justice Department" in "Justice Department spokeswoman Carla Mendes"
        words = [w for w in name.split() if not has("title", w) and not _common_noun(w)]
        if words and not all(w.isupper() for w in words) and not (len(words) == 1 and words[0].endswith(("’s", "'s"))):
            return " ".join(words)
    return None


def _common_noun(word: str) -> bool:
    """A capitalised common word at the start of a sentence ("Critics say") is no name."""
    lowered = word.lower()
    return any(lowered in lexicon()[c] for c in ("vague", "official_noun", "document", "pronoun")) or lowered in {
        "the", "a", "an", "some", "many", "most", "several", "two", "three", "both", "former", "senior", "other",
    }


def title_evidence(text: str, name: str) -> Optional[Span]:
    """Where the text gives ``name`` an official title, anywhere in it: "Defense Secretary
    Lloyd Austin", "Nicholas Burns, the U.S. ambassador", "Austin, who heads the Pentagon"."""
    return _title_evidence(text, name.split()[-1])


@lru_cache(maxsize=64)  # once per surname, however often it is a source
def _title_evidence(text: str, surname: str) -> Optional[Span]:
    if re.fullmatch(r"\w+", surname):
        matches = _word_positions(text).get(surname, ())  # the same places as the regex below, found once per text
    else:
        matches = re.finditer(rf"\b{re.escape(surname)}\b", text)
    for match in matches:
        window_before = text[max(0, match.start() - 60):match.start()]
        window_after = text[match.end():match.end() + 80]
        if re.search(lexicon_pattern("title").pattern + r"[\s\w.,’'-]{0,30}$", window_before, re.I) and (
            re.search(r"(?:^|\b)[A-Z]", window_before[-30:])
        ):
            return Span(max(0, match.start() - 60), match.end())
        if re.match(r",\s+(?:the|a|an|who\s+(?:is|was|heads|leads|serves))\b[^,.]{0,60}", window_after) and (
            lexicon_pattern("title", False).search(window_after[:70])
        ):
            return Span(match.start(), match.end() + 70)
    return None


@lru_cache(maxsize=4)
def _word_positions(text: str) -> dict[str, list[re.Match]]:
    """Every word of ``text`` (a run of word characters) with where it occurs."""
    positions: dict[str, list[re.Match]] = {}
    for match in re.finditer(r"\w+", text):
        positions.setdefault(match.group(), []).append(match)
    return positions


def rule_type(phrase: str) -> str:
    """The type a source phrase has on its own (no context): pronouns give ``pronoun``."""
    lowered = phrase.lower().strip()
    head = source_head(phrase)
    if lowered in lexicon()["pronoun"]:
        return "pronoun"
    if (has("media", head) or OUTLET_NAME.search(head)) and not has("familiar", phrase):
        return "media_report"
    if has("familiar", phrase) and not person_name(head) and not (
        has("official_noun", head) and not re.match(r"(?:the\s+)?(?:\w+\s+)?(?:people|persons?|sources?)\b", head, re.I)
    ):
        return "anonymous_familiar"
    name = person_name(phrase)
    if name is None and has("document", head) and not has("official_noun", head):
        return "document"
    if name is None and re.search(r"\b(?:spokes(?:man|woman|person)|representative|statement)\b", head, re.I):
        return "named_organization"
    if name is None and has("official_noun", head):
        return "anonymous_official"
    if name is None and has("vague", head) and not has("organization", head):
        return "anonymous_other"
    if name is None and (has("organization", head) or head[:1].isupper()):
        return "named_organization"
    if name is None and re.fullmatch(r"the\s+[a-z]+", head.strip()):
        return "named_organization"  # "the command said": an institution named before
    if name is not None:
        return "named_person"
    return "anonymous_other"


def classify(doc: Document) -> Document:
    """Type every attribution with the rules; pronouns and surnames follow their referent."""
    text = doc.text
    typed: list[Attribution] = []
    for attribution in doc.attributions:
        typed.append(_type_one(attribution, text, typed))
    return replace(doc, attributions=tuple(typed))


def _type_one(attribution: Attribution, text: str, earlier: list[Attribution]) -> Attribution:
    if attribution.type == "declined_comment" or attribution.continuation and attribution.type:
        return attribution
    if attribution.source is None:
        return replace(attribution, type="anonymous_other", confidence=0.3, count=None)
    phrase = attribution.source.text(text)
    kind = rule_type(phrase)
    evidence = None
    confidence = 0.7
    if kind == "pronoun":
        referent = _pronoun_referent(phrase.lower(), earlier)
        if referent is None:
            return replace(attribution, type="anonymous_other", confidence=0.3)
        return replace(
            attribution, type=referent.type, type_evidence=referent.type_evidence or referent.source,
            confidence=0.6, count=referent.count,
        )
    if kind == "named_person":
        name = person_name(phrase)
        own = phrase[len(source_head(phrase)):]
        if has("title", source_head(phrase)) or lexicon_pattern("title", False).search(own):
            kind, evidence = "named_official", attribution.source
        else:
            evidence = title_evidence(text, name)
            if evidence is not None:
                kind = "named_official"
        confidence = 0.8
    return replace(attribution, type=kind, type_evidence=evidence, confidence=confidence, count=count_for(kind, phrase))


def count_for(kind: str, phrase: str):
    """How many people a source of this type is: "1" for a named person, read from the
    words for anonymous sources, None for institutions, documents and outlets."""
    if kind in ANONYMOUS_TYPES:
        return source_count(phrase)
    if kind in PERSON_TYPES:
        return "1"
    return None


def _pronoun_referent(pronoun: str, earlier: list[Attribution]) -> Optional[Attribution]:
    wanted = {"he": PERSON_TYPES, "she": PERSON_TYPES, "i": PERSON_TYPES, "it": {"named_organization", "document", "media_report"}}
    types = wanted.get(pronoun)
    for candidate in reversed(earlier):
        if candidate.type is None or candidate.type == "declined_comment":
            continue
        if types is None or candidate.type in types:
            return candidate
    return None
