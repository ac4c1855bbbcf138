"""Stage 5, group: mentions of one source share a ``source_id``.

"two defense officials" … "the two defense officials" … "U.S. defense officials";
"Nicholas Burns, the U.S. ambassador" … "Burns" … "he"; "The White House declined to
comment" … "the White House said". The key of a mention is its surname for people, and
for everything else its words without determiners, numbers and nationality words.
Pronouns join the group of the source they were typed from.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .classify import PERSON_TYPES, person_name, source_head
from .types import Attribution, Document, Source

DROP = {
    "the", "a", "an", "two", "three", "four", "five", "six", "several", "some", "both", "one", "another",
    "u.s.", "us", "american", "current", "its", "his", "her", "their", "other", "more", "many",
}
PLURAL_NOUNS = {
    "officials", "sources", "aides", "diplomats", "officers", "analysts", "experts", "critics", "insiders",
    "lawmakers", "executives", "advisers", "residents", "witnesses", "investigators", "prosecutors", "agents",
}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}


def source_key(phrase: str, type_: str) -> str:
    """The grouping key of one source mention."""
    if type_ in PERSON_TYPES:
        name = person_name(phrase)
        if name:
            return name.split()[-1].lower()
    head = source_head(phrase) if type_ not in ("anonymous_familiar",) else phrase
    words = [w for w in re.findall(r"[\w.’'-]+", head.lower()) if w not in DROP]
    key = " ".join(words) or phrase.lower()
    # "officials" and "official" join
    return " ".join(w[:-1] if w in PLURAL_NOUNS else w for w in key.split())


def slug(key: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-") or "source"


def group(doc: Document) -> Document:
    """Give every attribution a source_id and list the distinct sources."""
    text = doc.text
    ids: list[str] = []
    key_to_id: dict[str, str] = {}
    for attribution in doc.attributions:
        if attribution.source is None:
            ids.append("")
            continue
        phrase = attribution.source.text(text)
        if phrase.lower() in PRONOUNS:
            # A pronoun joins the nearest earlier named source of its type.
            referent = next(
                (i for i, a in zip(reversed(ids), reversed(doc.attributions[:len(ids)]))
                 if i and a.type == attribution.type and a.source and a.source.text(text).lower() not in PRONOUNS),
                "",
            )
            ids.append(referent or slug(phrase))
            continue
        key = source_key(phrase, attribution.type or "")
        ids.append(key_to_id.setdefault(key, slug(key)))
    attributions = tuple(replace(a, source_id=i or None) for a, i in zip(doc.attributions, ids))
    return replace(doc, attributions=attributions, sources=tuple(build_sources(attributions, text)))


def build_sources(attributions: tuple[Attribution, ...], text: str) -> list[Source]:
    """The distinct sources, in order of first mention."""
    order: dict[str, list[int]] = {}
    for index, attribution in enumerate(attributions):
        if attribution.source_id:
            order.setdefault(attribution.source_id, []).append(index)
    sources = []
    for ident, indices in order.items():
        members = [attributions[i] for i in indices]
        types = [a.type for a in members if a.type and a.type != "declined_comment"] or [members[0].type]
        main_type = max(set(types), key=types.count)
        mentions = tuple(sorted({a.source for a in members if a.source is not None}))
        name = max((m.text(text) for m in mentions), key=len) if mentions else ident
        sources.append(Source(ident, main_type or "anonymous_other", name, mentions, tuple(indices)))
    return sources
