"""Stage 3, attribute (rules): source, cue and content spans in each sentence.

The rule attributor is the measured baseline and ``--rules-only``; the transformer
tagger (auditor.models.tagger) replaces it when a model is shipped. Cue words live in
``data/cues.tsv`` and non-answers in ``data/nonanswers.tsv``.

What it finds, each with its pattern:

- non-answers: "<source> declined to comment", "did not immediately respond to a
  request for comment", "could not be reached";
- "according to <source>", before or after its content;
- "<source> <cue> (that) <content>" and "<content>, <source> <cue>." and the inverted
  "<content>, <cue> <source>." with reporting verbs (said, told, warned, denied, …);
- quote continuations: a quoted sentence with no cue of its own belongs to the source of
  the quote before it in the paragraph (cue null).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

from .types import Attribution, Document, Sentence, Span, SpanIndex

DATA = Path(__file__).parent / "data"

OPEN_QUOTES = "“\"‘"
# Words between a source and its verb that belong to the cue ("has indicated").
AUX = r"(?:(?:has|have|had|will|would|also|previously|later|again|repeatedly|publicly|privately|recently|earlier|separately|then|has\s+also|had\s+also|did|does|do|often|once|long|initially|first|told\s+reporters\s+and)\s+)"
# Phrases after a cue that are not yet the content ("said on Tuesday that").
AFTER_CUE = re.compile(
    r"^(?:\s*,?\s*(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day|in\s+an?\s+(?:statement|interview|email|e-mail|letter|post|tweet|news\s+conference|press\s+conference|speech|filing|report)"
    r"(?:\s+\w+){0,4}?|last\s+\w+|this\s+\w+|recently|earlier|later|again|in\s+the\s+days\s+after|since\s+\w+|at\s+the\s+time|privately|publicly"
    r")\s*,?)*\s*(?:that\b\s*)?,?\s*",
    re.IGNORECASE,
)
# The person told: "told reporters", "told NBC News", "told him".
TOLD_OBJECT = re.compile(r"\s+(?:reporters|journalists|lawmakers|him|her|them|us|me|the\s+\w+(?:\s+\w+)?|(?:[A-Z][\w.&’'-]*\s*)+)(?=[\s,])")
# Clause openers stripped from the left of a source ("which officials say").
LEADING_JUNK = re.compile(
    r"^(?:(?:and|but|or|so|yet|while|whereas|although|though|because|as|which|who|that|with|where|when|"
    r"meanwhile|however|still|also|now|then|instead|for\s+its\s+part|for\s+his\s+part|for\s+her\s+part)\b[\s,]*)+",
    re.IGNORECASE,
)
INTRO_PHRASE = re.compile(r"^(?:[A-Z][^,]{0,60},\s+)(?=\S)")
#: the rest of a reason for anonymity: up to a comma, a full stop or the reporting verb after it
#: ("because staff are told not to speak to the press": an order inside the reason, no cue)
_UNTIL_CUE = r"[^,;.]*?(?=[,;.]|\s+(?:said|says|say|told(?!\s+(?:not\s+)?to\b)|tells|added|adds|wrote)\b|$)"
ANONYMITY_REASON = re.compile(
    # ("who is still at the State Department and spoke on the condition that he not be named": after a clause of its own)
    r",?\s*(?:who|which)\s+(?:[^,.;]{1,60}?\s+and\s+)?(?:spoke|speaks|requested|requests|asked|asks|insisted|insists|agreed\s+to\s+speak|talked)"
    r"[^,.;]*?(?:anonymity|named|identified|record|condition)(?:[^,;]*?(?=[,;]|\s+(?:said|says|say|told(?!\s+(?:not\s+)?to\b)|tells|added|adds|wrote)\b|$))"
    r"|,?\s*who\s+(?:was|were|is|are)\s+not\s+authorized\s+to\s+(?:speak|discuss|comment)"
    r"(?:[^,;]*?(?=[,;]|\s+(?:said|says|say|told(?!\s+(?:not\s+)?to\b)|tells|added|adds|wrote)\b|$))"
    # "The aide spoke on condition of anonymity to describe the briefing.": up to a cue, if any
    r"|\s*\b(?:spoke|speaks)\s+(?:only\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity" + _UNTIL_CUE +
    r"|,?\s*(?:speaking\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity[^,;]*"
    # "asking not to be identified because the talks are private", "requesting anonymity to
    # discuss …", "speaking anonymously", "who was granted anonymity"
    r"|,?\s*(?:asking|requesting|insisting|who\s+asked|who\s+asks|who\s+requested)\s+(?:on\s+)?(?:not\s+to\s+be\s+(?:named|identified)|anonymity)"
    + _UNTIL_CUE +
    # "They asked not to be named because staff have been warned …": the request in a sentence of its own
    r"|\s*\b(?:asked|asks|ask|requested)\s+not\s+to\s+be\s+(?:named|identified)" + _UNTIL_CUE +
    r"|,?\s*speaking\s+anonymously" + _UNTIL_CUE + r"|,?\s*(?:who\s+(?:was|were)\s+)?granted\s+anonymity" + _UNTIL_CUE +
    # "A nurse who asked that her name be withheld because she could be fired says …": up to the cue
    # ("… that the family’s name not be published")
    r"|(?:\bwho\s+)?\b(?:asked|asks|requested|requests|insisted)\s+that\s+(?:(?:their|his|her|the)\s+family[’']s|their|his|her)\s+names?\s+"
    r"(?:not\s+be\s+(?:used|published|given)|be\s+withheld)"
    + _UNTIL_CUE +
    # "She asks that only her first name, Dilcia, be used because …"
    r"|(?:\bwho\s+)?\b(?:asked|asks|requested|requests)\s+that\s+only\s+(?:their|his|her)\s+first\s+names?"
    r"(?:,[^,.;]{1,40},)?\s+be\s+used"
    + _UNTIL_CUE +
    # "who declined to be named because he was not authorized to speak to the media"
    r"|,\s*who\s+declined\s+to\s+be\s+(?:named|identified)" + _UNTIL_CUE +
    # "who did not want his name used because he was not authorized to speak for the cooperative"
    r"|,?\s*who\s+(?:did\s+not|didn['’]t|does\s+not|doesn['’]t)\s+want\s+(?:his|her|their)\s+names?\s+(?:used|published|printed|given)"
    + _UNTIL_CUE +
    # "who would not give his name", "who asked us not to use her name because …"
    r"|,?\s*who\s+(?:would\s+not|wouldn['’]t|did\s+not|didn['’]t|declined\s+to|refused\s+to)\s+give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?"
    + _UNTIL_CUE +
    r"|,?\s*(?:who\s+)?(?:asked|requested)\s+(?:us|me|reporters|that\s+we)\s+not\s+(?:to\s+)?use\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?"
    + _UNTIL_CUE,
    re.IGNORECASE,
)
PASSIVE_BY = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:first\s+|previously\s+|earlier\s+|also\s+)?"
    r"(?:reported|disclosed|revealed|announced|confirmed|published)\s+by\s+",
    re.IGNORECASE,
)
#: words around a cue that make it report nothing: "All told, the elevator held …" (a sum), "when
#: it is applied according to its label", "went according to plan" (in keeping with, not citing);
#: "The company's stated goal is …" (an adjective: whose goal, not who said it); "the engineer’s report" (a noun)
IDIOM_AROUND_CUE = re.compile(
    r"(?<![\w’'])all\s+told\b"
    r"|\b(?:applied|used|taken|given|go|goes|going|went|gone|proceed(?:s|ed|ing)?|work(?:s|ed|ing)?|done)\s+according\s+to\b"
    r"|\baccording\s+to\s+(?:plan|schedule)\b"  # ("according to the plan" cites it)
    r"|\bstated\s+(?:goal|aim|purpose|mission|objective|intention|intent)s?\b"
    # "after the engineer’s report", "the mayor's claims": a noun a possessive owns
    r"|(?<=\w(?:’s|'s|s’|s')\s)(?:report|reports|claim|claims|estimate|estimates|warning|warnings|notes|tweets?|posts?|"
    r"findings|account|denial|denials|admission|promise|promises|pledge|vow|question|questions|dispute)\b", re.I)


def idiom_at(text: str, start: int, end: int) -> bool:
    """Whether the cue at ``text[start:end]`` is part of an idiom that reports nothing
    (:data:`IDIOM_AROUND_CUE`)."""
    return any(match.start() < end and start < match.end()
               for match in IDIOM_AROUND_CUE.finditer(text, max(0, start - 20), end + 20))


DECLINED_TO_BE_NAMED = re.compile(r"\b(?:declined|asked|asks|requested)\s+(?:not\s+)?to\s+be\s+(?:named|identified)", re.I)
NUMBER_WORDS = {
    "a": "1", "an": "1", "one": "1", "another": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "both": "2",
}


@dataclass(frozen=True)
class Cue:
    lemma: str
    kind: str
    sourcing: bool


@dataclass(frozen=True)
class AttributeConfig:
    #: the longest source, in words, the rules accept
    max_source_words: int = 16
    #: the fewest words a content must have (quotes always count)
    min_content_words: int = 2
    #: attach quoted sentences with no cue to the source of the quote before them
    quote_continuation: bool = True
    #: a quotation of at most this many words with no cue is a scare quote, not a quote
    scare_quote_words: int = 3


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, Cue]:
    table: dict[str, Cue] = {}
    for line in (DATA / "cues.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, kind, sourcing, forms = line.split("\t")
        for form in _forms(forms):
            table[form.lower()] = Cue(lemma, kind, sourcing == "yes")
    return table


def _forms(forms: str) -> list[str]:
    """Split a forms column; multi-word forms ("pointed out") are kept whole."""
    words = forms.split()
    out, i = [], 0
    while i < len(words):
        if i + 1 < len(words) and words[i + 1] in {"out", "to"}:
            out.append(f"{words[i]} {words[i + 1]}")
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


@lru_cache(maxsize=1)
def cue_pattern() -> re.Pattern:
    forms = sorted(cue_lexicon(), key=len, reverse=True)
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"(?<![\w-]){AUX}{{0,2}}(?P<verb>{alternation})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def nonanswer_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    rows = []
    for line in (DATA / "nonanswers.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        regex, response = line.split("\t")
        rows.append((re.compile(r"\b" + regex, re.IGNORECASE), response.strip()))
    return tuple(rows)


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Quoted stretches of a sentence, quote marks included; an unclosed quote runs to
    the end and a stray closing quote opens at the start."""
    regions, open_at = [], None
    for i, ch in enumerate(text):
        if ch == '"':
            if open_at is None:
                open_at = i
            else:
                regions.append((open_at, i + 1))
                open_at = None
        elif ch == "“":
            open_at = i if open_at is None else open_at
        elif ch == "”":
            regions.append((open_at if open_at is not None else 0, i + 1))
            open_at = None
    if open_at is not None:
        regions.append((open_at, len(text)))
    return regions


def _inside(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(start < pos < end for start, end in regions)


def _trim_span(text: str, start: int, end: int, strip: str = ",;:—–-") -> Optional[tuple[int, int]]:
    while start < end and (text[start] in strip or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in strip or text[end - 1].isspace() or text[end - 1] == "."):
        if text[end - 1] == "." and re.search(r"\b(?:[A-Z]|U\.S|U\.N|Jr|Sr|Inc|Corp|Co|Ltd|St|D\.C)\.$", text[start:end]):
            break
        end -= 1
    return (start, end) if end > start else None


def _source_left_of(text: str, cue_start: int, regions: list[tuple[int, int]], floor: int) -> Optional[tuple[int, int]]:
    """The noun phrase that ends right before a cue, within its clause."""
    left = text[floor:cue_start]
    # The clause starts after the last closing quote, semicolon, dash or comma...
    cut = max(max(left.rfind(q) for q in ("”", ";", " — ", " – ", ": ")), _last_closing_straight_quote(left))
    cut = cut + 1 if cut >= 0 else 0
    stripped = left.rstrip()
    comma_cut = stripped.rfind(",", cut)
    if comma_cut >= 0:
        if stripped.endswith(","):
            # "Nicholas Burns, the U.S. ambassador to China, said": keep the appositive
            # and the name before it.
            inner = stripped[:-1]
            before = inner.rfind(",", cut)
            appositive = inner[before + 1:].strip() if before >= 0 else ""
            earlier = inner.rfind(",", cut, before) if before >= 0 else -1
            previous = inner[earlier + 1:before].strip() if before >= 0 else ""
            if before >= 0 and re.match(r"(?:the|a|an|who|which|whose|one|an?\s+\w+)\b", appositive, re.I):
                comma_cut = earlier if earlier >= 0 else cut - 1
            elif before >= 0 and len(previous.split()) <= 7 and re.search(r"\b[a-z]+\b", previous) and (
                previous[:1].isupper() or previous.startswith(("the ", "a "))
            ) and not re.search(r"[.?!”]$", previous):
                # "Italy’s foreign minister, Marco Bellandi, said": the title phrase too
                comma_cut = earlier if earlier >= 0 else cut - 1
            else:
                comma_cut = before if before >= 0 else cut - 1
        cut = max(cut, comma_cut + 1)
    start = floor + cut
    span = _trim_span(text, start, cue_start)
    if span is None:
        return None
    start, end = span
    phrase = text[start:end]
    junk = LEADING_JUNK.match(phrase)
    if junk:
        start += junk.end()
    if start >= end or _inside(start, regions):
        return None
    if _PREPOSITION_FIRST.match(text, start):
        return None  # "said it had “no information” | about a visit … and referred questions": no subject
    return start, end


#: a phrase that opens with a preposition is the end of a clause, not a subject
_PREPOSITION_FIRST = re.compile(r"(?:about|of|on|in|for|to|with|from|by|at|into|over|after|than)\s")


def _last_closing_straight_quote(text: str) -> int:
    """The position of the last straight double quote that closes a quotation, or -1."""
    positions = [i for i, ch in enumerate(text) if ch == '"']
    return positions[-1] if len(positions) % 2 == 0 and positions else -1


def _plausible_source(phrase: str, config: AttributeConfig) -> bool:
    words = phrase.split()
    if not words or len(words) > config.max_source_words:
        return False
    if any(q in phrase for q in OPEN_QUOTES + "”"):
        return False
    first = words[0].lower()
    if first in {"it", "there", "this", "that", "what", "which", "to", "not", "never", "also", "earlier", "later"}:
        return first == "it" and len(words) == 1
    if re.search(r"\b(?:not|never)\b|n[’']t\b", phrase):
        return False  # a negated verb ("China has not officially confirmed") is no attribution
    last = words[-1].lower().strip(",")
    if last in {"not", "never", "n't", "has", "have", "had", "will", "would", "could", "should", "may", "might", "must"} or last.endswith(("n't", "n’t")):
        return False  # a negated or modal verb ("has not confirmed") is no attribution
    if last in {"of", "to", "for", "with", "by", "the", "a", "an", "and", "or", "in", "on", "at", "is", "was", "be", "been", "are", "were"}:
        return False
    return True


def _inverted_source(text: str, cue_start: int, cue_end: int, config: AttributeConfig) -> Optional[tuple[int, int]]:
    """The source after its cue: "…,” said Jane Doe, a nurse." / "…, said the official." """
    before = text[:cue_start].rstrip()
    if not before.endswith((",", "”", '"')):
        return None
    span = _trim_span(text, cue_end, len(text))
    if span is None:
        return None
    phrase = text[span[0]:span[1]]
    head = phrase.split(",")[0]
    after_quote = before.endswith(("”", '"', ",”", ',"'))
    if not after_quote and not re.match(r"(?:[A-Z]|the\b|a\b|an\b|two\b|three\b|one\b)", phrase):
        return None
    if after_quote and len(head.split()) <= 8:
        return span  # "…,” said junior linebacker DeShawn Pruitt, 20."
    if re.search(r"\b(?:is|was|were|are|has|have|had|will|would|could|can|should|may|might|did|do|does)\b", head):
        return None  # a clause, not a name: "…, said the deal was close"
    return span if _plausible_source(phrase, config) else None


def _content_after(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The content after a cue, skipping "on Tuesday that" and the like."""
    skip = AFTER_CUE.match(text[start:end])
    if skip:
        start += skip.end()
    return _trim_span(text, start, end)


def _is_direct_quote(text: str, spans: tuple[Span, ...], offset: int) -> bool:
    quoted = 0
    total = 0
    for span in spans:
        chunk = text[span.start - offset:span.end - offset]
        total += len(chunk)
        for s, e in quote_regions(chunk):
            quoted += e - s
    return total > 0 and quoted >= 0.5 * total


def source_count(phrase: str) -> Optional[str]:
    """How many people a source is: "1", "2", …, "plural", or None."""
    words = re.findall(r"[\w’'-]+", phrase.lower())
    if not words:
        return None
    if words[0] in NUMBER_WORDS:
        return NUMBER_WORDS[words[0]]
    if len(words) > 1 and words[0] == "the" and words[1] in NUMBER_WORDS:
        return NUMBER_WORDS[words[1]]
    if words[0].isdigit():
        return words[0]
    head = re.split(r"\b(?:with|who|familiar|close|briefed|from|at|in|of)\b", phrase.lower())[0].split()
    if head and head[-1].endswith("s") and not head[-1].endswith(("ss", "'s", "’s", "us")):
        return "plural"
    if words[0] in {"they", "some", "many", "several", "others", "sources"}:
        return "plural"
    return None


def _find_in_sentence(doc_text: str, sentence: Sentence, config: AttributeConfig) -> list[Attribution]:
    offset = sentence.start
    text = doc_text[sentence.start:sentence.end]
    regions = quote_regions(text)
    found: list[tuple[int, Attribution]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    # 1. Non-answers.
    for pattern, response in nonanswer_patterns():
        for match in pattern.finditer(text):
            if _inside(match.start(), regions) or not free(match.start(), match.end()):
                continue
            if DECLINED_TO_BE_NAMED.match(text, match.start()):
                continue
            cue = _trim_span(text, match.start(), match.end())
            clause_floor = max(text.rfind(", and ", 0, match.start()), text.rfind("; ", 0, match.start()))
            source = _source_left_of(text, match.start(), regions, max(clause_floor, 0))
            taken.append((match.start(), match.end()))
            found.append((match.start(), Attribution(
                source=Span(source[0] + offset, source[1] + offset) if source else None,
                cue=Span(cue[0] + offset, cue[1] + offset),
                content=(),
                type="declined_comment",
                response=response,
                sourcing=True,
            )))
    # 2. "according to <source>".
    for match in re.finditer(r"\b[Aa]ccording\s+to\s+", text):
        if _inside(match.start(), regions) or not free(match.start(), match.end()):
            continue
        if idiom_at(text, match.start(), match.end()):
            continue
        stop = re.search(r"[,;.](?=\s|$)(?<!U\.S\.)|$", text[match.end():])
        source = _trim_span(text, match.end(), match.end() + stop.start())
        if source is None:
            continue
        # Let "the U.S. ambassador" keep its abbreviation dots.
        if text[match.end() + stop.start() - 3:match.end() + stop.start() + 1].endswith(("U.S.", "U.N.")):
            nxt = re.search(r"[,;.](?=\s|$)|$", text[match.end() + stop.end():])
            source = _trim_span(text, match.end(), match.end() + stop.end() + nxt.start())
        if match.start() < 3:
            content = _trim_span(text, source[1], len(text))
        else:
            content = _trim_span(text, 0, match.start())
        cue = (match.start(), match.start() + len("according to"))
        taken.append((match.start(), source[1]))
        found.append((match.start(), Attribution(
            source=Span(source[0] + offset, source[1] + offset),
            cue=Span(cue[0] + offset, cue[1] + offset),
            content=(Span(content[0] + offset, content[1] + offset),) if content else (),
        )))
    # 3. Passive: "The raid was first reported by The Washington Post."
    for match in PASSIVE_BY.finditer(text):
        if _inside(match.start(), regions) or not free(match.start(), match.end()):
            continue
        source = _trim_span(text, match.end(), len(text))
        content = _trim_span(text, 0, match.start())
        if source is None or content is None or not _plausible_source(text[source[0]:source[1]], config):
            continue
        taken.append((match.start(), source[1]))
        found.append((match.start(), Attribution(
            source=Span(source[0] + offset, source[1] + offset),
            cue=Span(match.start() + offset, _trim_span(text, match.start(), match.end())[1] + offset),
            content=(Span(content[0] + offset, content[1] + offset),),
        )))
    # 4. Reporting verbs.
    for match in cue_pattern().finditer(text):
        verb = match.group("verb")
        if _inside(match.start("verb"), regions) or not free(match.start(), match.end()):
            continue
        if idiom_at(text, match.start("verb"), match.end("verb")):
            continue
        lex = cue_lexicon()[re.sub(r"\s+", " ", verb.lower())]
        cue_start = match.start()
        left_end = cue_start
        for reason in ANONYMITY_REASON.finditer(text, 0, cue_start):
            if not text[reason.end():cue_start].strip(" ,"):
                left_end = reason.start()  # "two officials, who spoke on condition of anonymity, said"
        source = _source_left_of(text, left_end, regions, 0)
        if source is None or not _plausible_source(text[source[0]:source[1]], config):
            inverted = _inverted_source(text, cue_start, match.end(), config)
            if inverted is None:
                continue
            content = _trim_span(text, 0, cue_start)
            taken.append((cue_start, inverted[1]))
            found.append((cue_start, Attribution(
                source=Span(inverted[0] + offset, inverted[1] + offset),
                cue=Span(match.start("verb") + offset, match.end("verb") + offset),
                content=(Span(content[0] + offset, content[1] + offset),) if content else (),
                sourcing=lex.sourcing,
            )))
            continue
        if lex.kind == "belief" and not is_observer(text[source[0]:source[1]]):
            continue
        cue_end = match.end()
        content_from = cue_end
        told = TOLD_OBJECT.match(text, cue_end) if verb.lower().startswith(("told", "tell")) else None
        if told and told.group().strip() == "reporters":
            cue_end = content_from = told.end()
        elif told:
            content_from = told.end()
        rest = _content_after(text, content_from, len(text))
        leading_words = len(text[rest[0]:rest[1]].split()) if rest else 0
        if rest and leading_words >= config.min_content_words:
            content = rest
        else:
            # Trailing attribution: the content is what comes before the source.
            content = _trim_span(text, 0, source[0])
            if rest and not content:
                content = rest
        if content is None or (
            len(text[content[0]:content[1]].split()) < config.min_content_words
            and not quote_regions(text[content[0]:content[1]])
        ):
            continue  # "He said nothing." has no content
        taken.append((source[0], cue_end))
        found.append((source[0], Attribution(
            source=Span(source[0] + offset, source[1] + offset),
            cue=Span(cue_start + offset, cue_end + offset),
            content=(Span(content[0] + offset, content[1] + offset),),
            sourcing=lex.sourcing,
        )))
    found.sort(key=lambda pair: pair[0])
    attributions = [_clip_contents(a, [f for _, f in found], doc_text) for _, a in found]
    return [with_details(a, doc_text, offset, text) for a in attributions]


def _clip_contents(attribution: Attribution, all_found: list[Attribution], doc_text: str) -> Attribution:
    """A content must not run over another attribution's source or cue in the sentence."""
    clipped = []
    for span in attribution.content:
        start, end = span.start, span.end
        for other in all_found:
            if other is attribution:
                continue
            for part in (other.source, other.cue):
                if part is None or not (start < part.end and part.start < end):
                    continue
                if part.start > start:
                    end = min(end, part.start)
                else:
                    start = max(start, part.end)
        trimmed = _trim_span(doc_text, start, end)
        if trimmed:
            clipped.append(Span(*trimmed))
    return replace(attribution, content=tuple(clipped))


def is_observer(phrase: str) -> bool:
    """Views of observers count as sourcing ("insiders believe", "some analysts expect")."""
    return bool(re.search(
        r"\b(?:analysts?|experts?|insiders?|observers?|critics?|executives?|economists?|officials?|sources?|"
        r"people|some|many|others|investors?|strategists?|scholars?|historians?|researchers?|scientists?|"
        r"advocates?|activists?|residents?|parents?|fans?|specialists?|professors?|forecasters?|"
        r"pollsters?|brokers?|traders?)\b",
        phrase, re.IGNORECASE,
    ))


def with_details(attribution: Attribution, doc_text: str, offset: int, sentence_text: str) -> Attribution:
    """Add what the rules read off the sentence: direct quote, count, anonymity reason
    (and keep that reason out of the source's own span)."""
    source_text = attribution.source.text(doc_text) if attribution.source else ""
    reason = ANONYMITY_REASON.search(sentence_text)
    reason_span = Span(reason.start() + offset, reason.end() + offset) if reason else None
    if reason_span and attribution.source and reason_span.overlaps(attribution.source):
        # "two officials, who spoke on condition of anonymity, said": the reason is not
        # part of the source's name.
        source = attribution.source
        if reason_span.start > source.start:
            # (", and who asked not to be named": the "and" before the reason goes with it)
            before = re.sub(r"(?:,\s*|\s+)(?:and|but)\s*$", "", doc_text[source.start:reason_span.start])
            trimmed = _trim_span(doc_text, source.start, source.start + len(before))
            attribution = replace(attribution, source=Span(*trimmed) if trimmed else source)
        elif attribution.cue is None or attribution.cue.start >= reason_span.end:
            # "The nurses, who asked not to be named because …, said": a source inside the
            # reason ("who", "the inquiry") stands for the subject the reason follows
            subject = _subject_before(doc_text, offset, reason_span.start)
            if subject is not None:
                attribution = replace(attribution, source=subject)
                source_text = subject.text(doc_text)
    return replace(
        attribution,
        direct_quote=_is_direct_quote(doc_text, attribution.content, 0),
        count=source_count(source_text) if source_text else None,
        anonymity_reason=reason_span,
    )


#: at most this many words in a subject a reason for anonymity follows
MAX_SUBJECT_WORDS = 12


def _subject_before(doc_text: str, sentence_start: int, position: int) -> Optional[Span]:
    """The clause's subject that ends at ``position``: from the sentence's start or its last
    comma, a leading conjunction left out ("But two officials", "On Tuesday, the nurses")."""
    start = max(sentence_start, doc_text.rfind(",", sentence_start, position) + 1)
    match = re.match(r"[\s“\"‘']*(?:(?:but|and|yet|so)\s+)?", doc_text[start:position], re.I)
    start += match.end()
    end = position
    while end > start and doc_text[end - 1] in " \t,":
        end -= 1
    words = doc_text[start:end].split()
    return Span(start, end) if 1 <= len(words) <= MAX_SUBJECT_WORDS else None


def find_attributions(doc_text: str, sentences: tuple[Sentence, ...], config: AttributeConfig = AttributeConfig()) -> list[Attribution]:
    """All rule attributions of a text, given its sentences (quote continuations included)."""
    from .ingest import paragraphs

    paras = paragraphs(doc_text)
    para_index = SpanIndex(paras)
    para_of = {i: para_index.find(sentence.start) for i, sentence in enumerate(sentences)}
    out: list[Attribution] = []
    last_quote: Optional[Attribution] = None
    last_quote_para = -2
    for i, sentence in enumerate(sentences):
        if sentence.excluded:
            continue
        found = _find_in_sentence(doc_text, sentence, config)
        if found:
            out.extend(found)
            quoted = [a for a in found if a.direct_quote and a.source is not None]
            last_quote = quoted[-1] if quoted else None
            last_quote_para = para_of[i]
            if last_quote is not None and _ends_inside_open_quote(doc_text, sentence):
                last_quote_para = para_of[i]
            continue
        if not config.quote_continuation or last_quote is None:
            continue
        text = doc_text[sentence.start:sentence.end]
        regions = quote_regions(text)
        quoted_words = sum(len(text[s:e].split()) for s, e in regions)
        same_paragraph = para_of[i] == last_quote_para
        next_paragraph_quote = para_of[i] == last_quote_para + 1 and text.lstrip().startswith(tuple(OPEN_QUOTES))
        if regions and quoted_words > config.scare_quote_words and quoted_words >= 0.6 * len(text.split()) and (
            same_paragraph or next_paragraph_quote
        ):
            content = _trim_span(doc_text, sentence.start, sentence.end, strip=" \t\n")
            out.append(replace(
                last_quote,
                cue=None,
                content=(Span(*content),),
                continuation=True,
                anonymity_reason=None,
            ))
            last_quote_para = para_of[i]
        elif not same_paragraph:
            last_quote = None
    return out


#: a transcript's speaker label opening its paragraph ("WALLACE: Let’s start …", "“PENCE: Well, …")
#: "PENCE:", and with what the speaker is or where from: "DALE, IN PAULINA:", "GLORIA BENAVIDEZ, ELECTIONS ADMINISTRATOR:"
#: (a capital's and a small letter's beyond ASCII too: "STRØM", "BENAVÍDEZ", "Strøm")
_CAPS = r"(?:[^\W\d_a-z]|[.’'-])+"
_SMALLS = r"(?:[^\W\d_A-Z]|[’'-])+"
SPEAKER_LABEL = re.compile(rf"[“\"]?(?P<speaker>[A-Z]{_CAPS}(?:[ \t]+[A-Z]{_CAPS}){{0,3}}"
                           rf"(?:,[ \t]+[A-Z]{_CAPS}(?:[ \t]+[A-Z]{_CAPS}){{0,3}})?):[ \t]+(?=\S)")
#: capitals before a colon that are no speaker: an interview's "Q:", a notice's "UPDATE:"
NOT_SPEAKERS = frozenset({"Q", "A", "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION",
                          "CLARIFICATION", "WATCH", "READ", "READ MORE", "RELATED", "PHOTOS", "PHOTO", "VIDEO", "LISTEN",
                          "ADVERTISEMENT", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "FACT CHECK", "FACT-CHECK",
                          "TRUE", "FALSE", "PS", "P.S.", "FAQ",
                          # a fact check's heads: "THE CLAIM: … THE FACTS: …"
                          "CLAIM", "THE CLAIM", "FACTS", "THE FACTS", "VERDICT", "THE VERDICT", "RULING", "THE RULING"})
#: an interview's label in the speaker's own case, "Mendez: We looked at …": taken only for a
#: name the article gave in full before it ("Superintendent Ana Mendez"), so "Update:" or
#: "Why it matters:" never is one
#: (a name may have a capital inside: "Al-Saadi:", "McAllister:", "DeSantis:")
_NAME_WORD = rf"[A-Z]{_SMALLS}(?:[A-Z]{_SMALLS})?"
NAMED_SPEAKER_LABEL = re.compile(rf"[“\"]?(?P<speaker>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?):[ \t]+(?=\S)")


def _name_given_before(text: str, label: re.Match, any_case: bool = False) -> bool:
    """Whether the label's name closes a full name earlier in the text ("Ana Mendez" before
    "Mendez:"; with ``any_case``, "Chris Wallace" before "WALLACE:")."""
    surname = label.group("speaker").split()[-1]
    spelled = rf"(?i:{re.escape(surname)})" if any_case else re.escape(surname)
    return bool(re.search(rf"(?-i:[A-Z])[\w’'.-]+\s+{spelled}\b", text[:label.start()]))


#: a transcript has at least this many speaker labels (one "NOTE:"-like line is no transcript)
MIN_TRANSCRIPT_TURNS = 2


#: a transcript's label naming the outlet's host ("MARTINA SOLIS, HOST:", "TOM BRIGGS, ANCHOR:"); a
#: debate's moderator stays a speaker, as PolNeAR marks one
#: (and a public-radio reporter's "TOMÁS REYNA, BYLINE:", the outlet's own voice)
HOST_LABEL = re.compile(rf"[“\"]?(?P<name>[A-Z]{_CAPS}(?:[ \t]+[A-Z]{_CAPS}){{0,3}}),[ \t]+(?:[A-Z-]+[ \t]+)?"
                        r"(?:HOST|CO-HOST|ANCHOR|INTERVIEWER|REPORTER|CORRESPONDENT|BYLINE)\b[^:\n]{0,40}:")


#: a host's label with the role first: "HOST ANNA BRIGGS:", "HOST (DEREK ANTWI):"
_ROLE_FIRST_HOST_LABEL = re.compile(r"[“\"]?(?:HOST|CO-HOST|ANCHOR)[ \t]+\(?(?P<name>[A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){0,3})\)?:")


#: the outlet's interviewer introduced in the narration: "Sunday Focus presenter Niall Grogan", "host Ana Ruiz"
_INTRODUCED_HOST = re.compile(r"\b(?i:presenter|host|co-host|anchor|interviewer|reporter|correspondent),?\s+(?-i:[A-Z][\w’'-]+)\s+"
                             r"(?P<name>(?-i:[A-Z][\w’'-]+))\b")


#: a radio host handing over to the outlet's reporter, the turn's last words: "From member station
#: KDSR, Lucy Harrow reports.", "WPAL’s Marcus Dellinger reports."
_HANDED_TO_REPORTER = re.compile(r"\b[A-Z][\w’'-]+\s+(?P<name>[A-Z][\w’'-]+)\s+reports\.(?=[ \t]*(?:\n|$))")


def hands_to_reporter(attribution: Attribution, text: str) -> bool:
    """Whether an attribution is a host's hand-off to the outlet's reporter ("WPAL’s Marcus
    Dellinger reports."): the outlet's own voice, no sourcing (the read golds mark it unattributed)."""
    source, cue = attribution.source, attribution.cue
    if source is None or cue is None:
        return False
    line_start, line_end = text.rfind("\n", 0, source.start) + 1, text.find("\n", cue.end)
    return any(source.contains(Span(m.start("name"), m.end("name"))) and m.end() == cue.end + 1
               for m in _HANDED_TO_REPORTER.finditer(text, line_start, len(text) if line_end < 0 else line_end))


#: a label that is the outlet's role alone: "HOST: Dev Kapadia, thanks." (a debate's "MODERATOR:" stays a speaker)
_OUTLET_ROLES = frozenset({"HOST", "CO-HOST", "ANCHOR", "REPORTER", "CORRESPONDENT", "NARRATOR", "BYLINE"})


#: the least share of an interviewer's turns that end in a question
INTERVIEWER_QUESTION_SHARE = 0.75


def _interviewers(text: str, paras: list[Span], turns: list[tuple[int, re.Match]]) -> set[str]:
    """The labels of an interviewer: most turns (:data:`INTERVIEWER_QUESTION_SHARE`) end in a
    question, and the label is nobody the article named in full ("GAZETTE: Why are we seeing so
    many more cases?"). Its questions are no sourcing, as "Q:" is not; a debate's moderator,
    "Fox News' Chris Wallace" before "WALLACE:", stays a speaker."""
    endings: dict[str, list[bool]] = {}
    labels: dict[str, re.Match] = {}
    for index, match in turns:
        labels.setdefault(match.group("speaker"), match)
        endings.setdefault(match.group("speaker"), []).append(text[:paras[index].end].rstrip(" \t\n”\"").endswith("?"))
    if len(endings) < 2:
        return set()
    hosts = {match.group("name").upper() for pattern in (_INTRODUCED_HOST, _HANDED_TO_REPORTER)
             for match in pattern.finditer(text)}
    for para in paras:
        host = HOST_LABEL.match(text, para.start, para.end) or _ROLE_FIRST_HOST_LABEL.match(text, para.start, para.end)
        if host:  # "MARTINA SOLIS, HOST: …" … "SOLIS: …": the outlet's own voice, however it asks
            hosts |= {host.group("name"), host.group("name").split()[-1]}
    return {speaker for speaker, asks in endings.items()
            if speaker in _OUTLET_ROLES or speaker.split(",")[0] in hosts or speaker.split(",")[0].split()[-1] in hosts  # "BEN OSTERHOUT:"
            or sum(asks) >= INTERVIEWER_QUESTION_SHARE * len(asks) and not _name_given_before(text, labels[speaker], True)}



#: a speaker's label after a sentence inside a paragraph that opens with one: "… pay for it? FARRELL: We will …"
_LABEL_IN_PARAGRAPH = re.compile(r"(?<=[.?!”\"])[ \t]+(?=" + SPEAKER_LABEL.pattern.replace("?P<speaker>", "?:") + ")")


#: a label in the speaker's own case after a question or a statement put to the speaker: "Q: How is
#: Lise? Strøm: Our ambassador …", "Q: Two of your own vice chancellors told us … instead. Okonjo: We …"
_NAMED_LABEL_AFTER_QUESTION = re.compile(r"(?<=[.?!”\"])[ \t]+(?=" + NAMED_SPEAKER_LABEL.pattern.replace("?P<speaker>", "?:") + ")")


def _turns_in_paragraph(text: str, para: Span) -> list[Span]:
    """A paragraph cut at each speaker label after its first: an interview whose turns were run
    together into one paragraph ("GROGAN: … Why won’t the state pay for it? FARRELL: We will …",
    "Q: How is Lise? Strøm: Our ambassador …")."""
    questioned = _QUESTION_LABEL.match(text, para.start, para.end)
    if not SPEAKER_LABEL.match(text, para.start, para.end) and not questioned:
        return [para]
    starts = [para.start] + [m.end() for m in _LABEL_IN_PARAGRAPH.finditer(text, para.start, para.end)
                             if SPEAKER_LABEL.match(text, m.end()).group("speaker") not in NOT_SPEAKERS]
    if questioned:
        starts = sorted(set(starts) | {m.end() for m in _NAMED_LABEL_AFTER_QUESTION.finditer(text, para.start, para.end)
                                       if _name_given_before(text, NAMED_SPEAKER_LABEL.match(text, m.end()))})
    ends = [para.start + len(text[para.start:s].rstrip()) for s in starts[1:]] + [para.end]
    return [Span(a, b) for a, b in zip(starts, ends)]


def transcript_attributions(text: str, excluded: tuple[Span, ...] = ()) -> list[Attribution]:
    """The turns of a transcript ("WALLACE: …" / "PENCE: …"): the speaker label is the source,
    its colon the cue, and the rest of the paragraph the content, with the quoted paragraphs
    after it that no label opens (PolNeAR marks transcripts so). An interviewer's turns are none."""
    return transcript(text, excluded)[0]


def _labelled_turns(text: str, excluded: tuple[Span, ...]) -> tuple[list[Span], list[tuple[int, re.Match]], set[str]]:
    """A transcript's paragraphs (cut at run-together labels), its labelled turns (paragraph
    index, label) and its interviewers' labels; no turns where fewer than
    :data:`MIN_TRANSCRIPT_TURNS` are labelled."""
    from .ingest import paragraphs

    paras = [p for p in paragraphs(text) if not any(ex.overlaps(p) for ex in excluded)]
    paras = [piece for para in paras for piece in _turns_in_paragraph(text, para)]
    turns = []
    for index, para in enumerate(paras):
        match = SPEAKER_LABEL.match(text, para.start, para.end)
        if match and match.group("speaker") not in NOT_SPEAKERS and len(match.group("speaker").replace(".", "")) >= 2:
            turns.append((index, match))
            continue
        match = NAMED_SPEAKER_LABEL.match(text, para.start, para.end)
        if match and match.group("speaker").upper() not in NOT_SPEAKERS and _name_given_before(text, match):
            turns.append((index, match))
    if len(turns) < MIN_TRANSCRIPT_TURNS:
        return paras, [], set()
    return paras, turns, _interviewers(text, paras, turns)


#: an interview's question label: "Q: …"
_QUESTION_LABEL = re.compile(r"[“\"]?Q:[ \t]+(?=\S)")


def question_turns(text: str, excluded: tuple[Span, ...] = ()) -> list[Span]:
    """What an interviewer says after "Q:" or an interviewer's label: the outlet's own turn, so
    what it relays is sourcing as in any sentence ("RUSKIN: The state teachers’ union says …";
    the written golds mark 25 such attributions in 19 interviews)."""
    paras, turns, interviewers = _labelled_turns(text, excluded)
    asked = [match.end() for index, match in turns if match.group("speaker") in interviewers]
    for para in paras:
        match = _QUESTION_LABEL.match(text, para.start, para.end)
        if match:
            asked.append(match.end())
    return sorted(Span(start, para.end) for start in asked for para in paras if para.start < start <= para.end)


#: a turn that opens by refusing the question: "Dalca: I won’t name a country in a newspaper interview.",
#: "Stemberg: You will have to ask the ministry about that." (the read golds type 6 such turns a
#: non-answer, and 2 older ones, "I can’t talk about …", "I don’t discuss …", the speaker)
_REFUSING_TURN = re.compile(r"(?:I|We)(?:[’']m|[’']re|\s+am|\s+are)?\s+(?P<cue>(?:not\s+going\s+to|won[’']t|will\s+not|don[’']t|do\s+not|"
                            r"can[’']t|cannot|can\s+not)\s+(?:talk|discuss|comment|name|speculate|get\s+into|go\s+into)\b)"
                            r"|(?:I|We)(?:[’']d|\s+would)\s+(?:rather\s+not\s+(?:talk|discuss|comment|name|speculate|say|"
                            r"get\s+into|go\s+into)\b)"
                            r"|You(?:[’']ll|\s+will|[’']d|\s+would)\s+have\s+to\s+ask\b")


def _refused_turn(label: Span, content: tuple[Span, ...], text: str) -> tuple[Attribution | None, tuple[Span, ...]]:
    """A turn's opening refusal as a non-answer of the label's speaker (the cue from the refusal
    to its sentence's stop), and what the turn says after it."""
    if not content:
        return None, content
    first = content[0]
    # the refusal may open the turn or a later sentence of its first paragraph ("I have read the same
    # research everyone has read. I won’t discuss what individual employees … told us.")
    opens = [first.start] + [first.start + m.end() for m in re.finditer(r"[.?!][”\"]?[ \t]+", text[first.start:first.end])]
    refusal = next(filter(None, (_REFUSING_TURN.match(text, o, first.end) for o in opens)), None)
    stop = re.search(r"[.?!](?=[”\"]?(?:\s|$))", text[refusal.start():first.end]) if refusal else None
    if stop is None:
        return None, content
    end = refusal.start() + stop.start()
    said = text[first.start:refusal.start()].rstrip()
    before = (Span(first.start, first.start + len(said)),) if said else ()
    rest = text[end + 1:first.end]
    after = (Span(first.end - len(rest.lstrip()), first.end),) if rest.strip() else ()
    cue = Span(refusal.start("cue") if refusal.group("cue") else refusal.start(), end)
    return (Attribution(source=label, cue=cue, content=(), type="declined_comment", response="declined"),
            before + after + content[1:])


def transcript(text: str, excluded: tuple[Span, ...] = ()) -> tuple[list[Attribution], set[str]]:
    """(the turns of :func:`transcript_attributions`, the interviewers' labels left out)."""
    paras, turns, interviewers = _labelled_turns(text, excluded)
    if not turns:
        return [], set()
    labelled = {index for index, _ in turns}
    out = []
    for index, match in turns:
        if match.group("speaker") in interviewers:
            continue
        pieces = [(match.end(), paras[index].end)]
        quoted = text[paras[index].start] in OPEN_QUOTES
        following = index + 1
        while quoted and following < len(paras) and following not in labelled and text[paras[following].start] in OPEN_QUOTES:
            pieces.append((paras[following].start + 1, paras[following].end))  # '"But the truth is …': a quote runs on
            following += 1
        content = tuple(Span(a, a + len(text[a:b].rstrip(" \t\n”\""))) for a, b in pieces if text[a:b].strip(" \t\n”\""))
        colon = match.end("speaker")
        declined, content = _refused_turn(Span(match.start("speaker"), colon), content, text)
        if declined:
            out.append(declined)
        if content:
            out.append(Attribution(source=Span(match.start("speaker"), colon), cue=Span(colon, colon + 1), content=content,
                                   direct_quote=True))
    return out, interviewers


def nested_in_turn(attribution: Attribution, turns: Sequence[Attribution]) -> bool:
    """Whether an attribution lies inside what a transcript's speaker said ("ANNA KELLER: That’s
    what the preliminary review found"): only the outermost one counts (PolNeAR marks none inside
    its 167 turns of train and dev; an interviewer's turn is none, so what a host relays stays)."""
    anchor = attribution.source or attribution.cue
    return anchor is not None and any(piece.contains(anchor) for turn in turns for piece in turn.content)


def _ends_inside_open_quote(doc_text: str, sentence: Sentence) -> bool:
    text = doc_text[sentence.start:sentence.end]
    regions = quote_regions(text)
    return bool(regions) and regions[-1][1] == len(text) and not text.rstrip().endswith(("”", '"'))


def attribute(doc: Document, config: AttributeConfig | None = None) -> Document:
    """Find attributions with the rules (the baseline and ``--rules-only``)."""
    found = find_attributions(doc.text, doc.sentences, config or AttributeConfig())
    claimed = [s for a in found for s in (a.source, a.cue) if s is not None]
    turns = [a for a in transcript_attributions(doc.text, doc.article.excluded)
             if not any(a.source.overlaps(s) or a.cue.overlaps(s) for s in claimed)]
    found = [a for a in found if not nested_in_turn(a, turns)]
    if turns:
        found = sorted(found + turns, key=lambda a: min(s.start for s in (a.source, a.cue, *a.content) if s is not None))
    return replace(doc, attributions=tuple(found))
