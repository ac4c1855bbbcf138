"""Stage 2, segment: news-aware sentences with exact offsets.

Built on a well-kept segmenter (blingfire by default; sentencex, pysbd and syntok are
available for comparison, see benchmarks/segmenters.py for the measurements) run on
each paragraph, then news fixes:

- a paragraph is never crossed, so the headline and each dateline paragraph stay apart;
- a closing quote keeps its trailing attribution (“Is it over?” Smith said.);
- a piece that starts in lower case continues the sentence before it;
- a paragraph's run-in label (a live blog's "8:40 p.m.", a newsletter's "THE BIG NUMBER") is a
  sentence of its own;
- excluded paragraphs become excluded sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable

from .ingest import paragraphs
from .types import Document, Sentence, Span

DATA = Path(__file__).parent / "data"
CLOSING_QUOTE_END = re.compile(r"[.?!…,]\s*[”\"’']\s*$|[?!]\s*$")
# "Smith said." / "he asked, smiling." / "Rovers coach Pablo Arenas said." — a short
# attribution tail that belongs to the quote before it (not "He declined to name the manager
# who wrote to the lab.", nor "Her office did not respond when we asked whether …": its verb is in a
# clause of its own).
ATTRIBUTION_TAIL = re.compile(
    r"^(?:[a-z]|(?:(?!(?:who|which|that|to|when|while|after|before|because|if|whether|not|never|did|does|do)\s)"
    r"[\w.’'-]+\s+){0,7}?(?:said|says|asked|asks|added|adds|replied|told|wrote|"
    r"explained|continued|recalled|noted|insisted|shouted|yelled|tweeted|declared|answered)\b[^.?!]{0,60}[.?!]?$)",
)
# A closing quote ends a sentence when another quotation opens right after it.
QUOTE_THEN_QUOTE = re.compile(r"(?<=[.?!…][”\"])\s+(?=[“\"])")
# "Farris said the email had been taken out of context.": a tail with a clause of its own after
# the verb is a sentence of its own, not the quote's attribution
TAIL_WITH_CLAUSE = re.compile(r"^[^,]*?\b(?:said|says|told|wrote|added|adds|noted|insisted|recalled|explained)\s+(?:that\s|"
                              r"[^,.?!]*?\b(?:is|are|was|were|had|has|have|would|will|could|can|should|did|does|must|might|may)\b)")
#: an attribution tail is shorter than this, in characters
MAX_TAIL_CHARS = 120


def _attribution_tail(piece: str) -> bool:
    """Whether ``piece`` is a short attribution that belongs to the quote before it ("Smith
    said.", "Sen. Ann Lee said."; not "Farris said the email had been misread.")."""
    return bool(ATTRIBUTION_TAIL.match(piece)) and len(piece) < MAX_TAIL_CHARS and not TAIL_WITH_CLAUSE.match(piece)


@lru_cache(maxsize=1)
def _stop_before_title() -> re.Pattern:
    """A sentence end right before a person's title ("… in extreme heat. Gov. Eileen Markward
    said"): a lower-case word, a figure or a closing quote before the stop, a capital after the title."""
    titles = "|".join(re.escape(t) for t in sorted(abbreviations()["person"], key=len, reverse=True))
    return re.compile(rf"(?<=[a-z0-9%)][.?!])(?P<quote>[”\"’]?)\s+(?=(?:{titles})\s+[A-Z])")


#: a sentence end after a lower-case word, before a sentence that opens with a figure ("… to deny
#: claims. 8 On Your Side first reported …"), which the segmenters keep together
STOP_BEFORE_FIGURE = re.compile(r"(?<=[a-z]{2}[.?!])[ \t]+(?=\d[\d,]*\s+\S)")


MARKDOWN_PREFIX = re.compile(r"(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+")
# A paragraph's run-in label is a sentence of its own: a live blog's time stamp ("8:40 p.m. Lt. Gov.
# Patrice Okafor will …", "12:30 GMT Police fired …", "19:25 Finance Minister …") or a newsletter's capitalised section head ("THE BIG NUMBER House members
# …", "QUOTE OF THE DAY “If you …”", "ELSEWHERE India’s ministry …"); not a dateline ("WASHINGTON — …", "NEW YORK (AP) —") nor a
# short run of acronyms ("AT&T CEO John Stankey said"): a head has eight letters or more.
_ZONE = r"(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST)"
_TIME_STAMP = (rf"(?:\d{{1,2}}(?::\d\d)?\s?[ap]\.m\.(?:\s+{_ZONE})?"
               r"|\d{1,2}:\d\d\s+(?:GMT|UTC|BST|CET|CEST|ET|EST|EDT|CT|PT|local\s+time)"
               # a 24-hour clock, with its city's time or none: "18:00 New York time", "19:25"
               r"|\d{1,2}:\d\d(?:\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time)?)")
_HEAD = r"(?:[A-Z0-9][A-Z0-9’'&-]*(?:\s+[A-Z0-9][A-Z0-9’'&-]*)+|[A-Z][A-Z’'&-]{7,})"
_LABEL = rf"(?:{_TIME_STAMP}|{_HEAD})"
# (after a time stamp any capital opens the entry, "7:55 p.m. ICE said …"; after a capitalised head
# only a word in lower case does, or "A" or "I" before one, or a figure: "THE MONEY A group called …",
# "THE PAPER TRAIL A 1987 agreement …", "BY THE NUMBERS 4.1 percent: …")
RUN_IN_LABEL = re.compile(rf"{_TIME_STAMP}(?=\s+(?!{_ZONE}\b)(?:[“\"]|[A-Z]))"
                          rf"|{_HEAD}(?=\s+(?:[“\"]|[A-Z][a-z]|[A-Z]\.|[AI]\s+(?:[a-z]|\d)|\d[\d.,]*\s*(?:%|percent\b|:)))")


def _label_words(label: str) -> bool:
    """Whether a run-in label's words are a time stamp or a head of eight letters or more (six
    after "THE", which no run of acronyms opens with: "THE DEAL", "THE VOTE")."""
    letters = sum(c.isalpha() for c in label)
    return label[0].isdigit() or letters >= 8 or label.startswith("THE ") and letters >= 6


def is_run_in_label(sentence: str) -> bool:
    """Whether a sentence is a paragraph's run-in label ("8:40 p.m.", "QUOTE OF THE DAY")."""
    return bool(re.fullmatch(_LABEL, sentence.strip())) and _label_words(sentence.strip())


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, frozenset[str]]:
    table = {}
    for line in (DATA / "abbreviations.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, words = line.split("\t")
            table[kind] = frozenset(words.split())
    return table


@dataclass(frozen=True)
class SegmentConfig:
    #: the base segmenter: "blingfire", "sentencex", "pysbd" or "syntok"
    engine: str = "blingfire"
    #: apply the news-specific merge rules
    news_fixes: bool = True


def _blingfire(text: str) -> list[tuple[int, int]]:
    import blingfire

    _, offsets = blingfire.text_to_sentences_and_offsets(text)
    return list(offsets)


def _by_search(pieces: list[str], text: str) -> list[tuple[int, int]]:
    """Map segmenter output strings back to offsets by searching forward."""
    spans, cursor = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, cursor)
        if found < 0:  # the segmenter changed the text; fall back to what is left
            found = cursor
        spans.append((found, found + len(piece)))
        cursor = found + len(piece)
    return spans


def _sentencex(text: str) -> list[tuple[int, int]]:
    from sentencex import segment

    return _by_search(list(segment("en", text)), text)


def _pysbd(text: str) -> list[tuple[int, int]]:
    import pysbd

    return _by_search(pysbd.Segmenter(language="en", clean=False).segment(text), text)


def _syntok(text: str) -> list[tuple[int, int]]:
    import syntok.segmenter as syntok

    spans = []
    for paragraph in syntok.analyze(text):
        for sentence in paragraph:
            tokens = list(sentence)
            if tokens:
                spans.append((tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)))
    return spans


ENGINES: dict[str, Callable[[str], list[tuple[int, int]]]] = {
    "blingfire": _blingfire,
    "sentencex": _sentencex,
    "pysbd": _pysbd,
    "syntok": _syntok,
}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _last_word(text: str) -> str:
    return text.rsplit(None, 1)[-1] if text.split() else ""


def merge_news_pieces(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge pieces a news reader would not split, then split quote after quote and a stop
    before a person's title."""
    merged: list[tuple[int, int]] = []
    titles, places = abbreviations()["title"], abbreviations()["place"]
    for start, end in spans:
        if merged:
            prev_start, prev_end = merged[-1]
            previous, piece = text[prev_start:prev_end], text[start:end]
            last = _last_word(previous)
            reasons = (
                # "He said it was" | "over." — a lower-case start continues the sentence
                piece[:1].islower() and not previous.endswith(("”", '"')),
                # "“Is it over?”" | "Smith said."
                bool(CLOSING_QUOTE_END.search(previous)) and _attribution_tail(piece),
                # "Dr." | "Helen Achterberg said" ("No." only before a number: "FERRER: No." | "It is not.")
                last in titles and (last not in ("No.", "Nos.") or piece[:1].isdigit()),
                # "SPRINGFIELD, Ill." | "— A former treasurer"
                last in places and piece.startswith(("—", "–", "-")),
                # "WASHINGTON" | "— The U.S. is"
                piece.startswith(("—", "–")) and previous.isupper(),
            )
            if any(reasons):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    out = []
    for start, end in merged:
        cursor = start
        cuts = sorted([*QUOTE_THEN_QUOTE.finditer(text, start, end), *_stop_before_title().finditer(text, start, end),
                       *STOP_BEFORE_FIGURE.finditer(text, start, end)], key=lambda m: m.start())
        for match in cuts:
            if _last_word(text[cursor:match.start()]) in titles | places:
                continue  # "Jr. Sen. Ann Lee": the word before the stop is an abbreviation
            quote = match.groupdict().get("quote") or ""
            if quote and _attribution_tail(text[match.end():end]):
                continue  # "“It is over.” Sen. Ann Lee said.": the quote's attribution
            out.append((cursor, match.start() + len(quote)))
            cursor = match.end()
        out.append((cursor, end))
    label = RUN_IN_LABEL.match(text, out[0][0]) if out and out[0][0] == 0 else None
    if label and label.end() < out[0][1] and _label_words(label.group()):
        rest = _trim(text, label.end(), out[0][1])
        out[0:1] = [(0, label.end()), rest]
    return out


def split_sentences(text: str, config: SegmentConfig = SegmentConfig()) -> list[Span]:
    """Sentences of a text, paragraph by paragraph, as exact offsets."""
    engine = ENGINES.get(config.engine)
    if engine is None:
        raise ValueError(f"unknown segmenter {config.engine!r}; choose one of {', '.join(ENGINES)}")
    out = []
    for para in paragraphs(text):
        chunk = text[para.start:para.end]
        spans = [_trim(chunk, s, e) for s, e in engine(chunk)]
        spans = [(s, e) for s, e in spans if e > s]
        if config.news_fixes:
            spans = merge_news_pieces(chunk, spans)
        out.extend(Span(para.start + s, para.start + e) for s, e in spans)
    return out


@lru_cache(maxsize=1)
def _default_config() -> SegmentConfig:
    return SegmentConfig()


def segment(doc: Document, config: SegmentConfig | None = None) -> Document:
    """Split the article into sentences; excluded paragraphs become excluded sentences."""
    config = config or _default_config()
    text = doc.article.text
    excluded = doc.article.excluded
    sentences = []
    first_body = True
    for para in paragraphs(text):
        if any(ex.contains(para) for ex in excluded):
            sentences.append(Sentence(para.start, para.end, excluded=True))
            continue
        if doc.article.input_format == "markdown":
            # "## Heading", "> quote", "- item": the markup is not part of the sentence
            markup = MARKDOWN_PREFIX.match(text, para.start, para.end)
            if markup and markup.end() < para.end:
                para = Span(markup.end(), para.end)
        chunk_spans = split_sentences(text[para.start:para.end], config)
        for span in chunk_spans:
            is_headline = (
                # (a closing quote ends a sentence only after its stop: the headline 'Brother says talks
                # keep promising “next week”' has none)
                first_body and len(chunk_spans) == 1 and not re.search(r"[.?!][”\"]?$", text[para.start:para.end])
            )
            sentences.append(Sentence(para.start + span.start, para.start + span.end, is_headline=is_headline))
        first_body = False
    return replace(doc, sentences=tuple(sentences))
