"""The frozen data types that flow through the pipeline.

ingest -> segment -> attribute -> classify -> group -> score -> render

Every stage takes a :class:`Document` and returns a new one (``dataclasses.replace``);
nothing is mutated. All offsets are Python string indices into ``Article.text``, end
exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

#: The nine source types of ANNOTATION.md section 2, in a fixed order.
SOURCE_TYPES: tuple[str, ...] = (
    "named_official",
    "named_person",
    "named_organization",
    "anonymous_official",
    "anonymous_familiar",
    "anonymous_other",
    "document",
    "media_report",
    "declined_comment",
)
ANONYMOUS_TYPES: frozenset[str] = frozenset(
    {"anonymous_official", "anonymous_familiar", "anonymous_other"}
)
UNATTRIBUTED = "unattributed"
RESPONSES: tuple[str, ...] = ("declined", "no_response", "unreachable")


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` of the article text."""

    start: int
    end: int

    def text(self, full_text: str) -> str:
        return full_text[self.start:self.end]

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True)
class Article:
    """What was read.

    ``text`` is the exact text every offset refers to: the decoded file for plain text
    and Markdown, the extracted body text for HTML (see ``ingest``). ``excluded`` are
    the ranges that are not the article (comment forms, share prompts, navigation,
    text in another language), with the reason for each.
    """

    text: str
    path: Optional[str] = None
    input_format: str = "text"
    title: Optional[str] = None
    excluded: tuple[Span, ...] = ()
    excluded_reasons: tuple[str, ...] = ()
    language: Optional[str] = None


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    excluded: bool = False
    is_headline: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True)
class Attribution:
    """One source-cue-content relation (ANNOTATION.md section 1)."""

    source: Optional[Span]
    cue: Optional[Span]
    content: tuple[Span, ...]
    type: Optional[str] = None
    source_id: Optional[str] = None
    sourcing: bool = True
    confidence: float = 1.0
    #: for declined_comment: declined / no_response / unreachable
    response: Optional[str] = None
    direct_quote: bool = False
    #: "1", "2", ... or "plural"; None when unknown
    count: Optional[str] = None
    #: the span that explains why anonymity was granted, if any
    anonymity_reason: Optional[Span] = None
    #: the span the type was read from when it is not the source itself (a pronoun's
    #: antecedent, the first full mention of a surname)
    type_evidence: Optional[Span] = None
    #: a continuation of a quote whose source is named in another sentence
    continuation: bool = False
    #: which stage produced it: "rules" or "model"
    origin: str = "rules"

    @property
    def anonymous(self) -> bool:
        return self.type in ANONYMOUS_TYPES


@dataclass(frozen=True)
class Source:
    """One distinct source, the group of its mentions."""

    id: str
    type: str
    name: str
    mentions: tuple[Span, ...]
    attribution_indices: tuple[int, ...]
    #: whether any of its attributions is sourcing (ANNOTATION.md §1); an actor the
    #: reporter only describes ("the White House had eyed …") is not counted as a source
    sourcing: bool = True

    @property
    def anonymous(self) -> bool:
        return self.type in ANONYMOUS_TYPES


@dataclass(frozen=True)
class Scores:
    anonymous_sentence_share: float = 0.0
    anonymous_attributed_share: float = 0.0
    anonymous_word_share: float = 0.0
    lede_anonymous: bool = False
    sentences: int = 0
    attributed_sentences: int = 0
    anonymous_sentences: int = 0
    distinct_sources: int = 0
    named_sources: int = 0
    anonymous_sources: int = 0
    type_sentence_counts: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Document:
    """The pipeline's working value: the article and what the stages found so far."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    #: one sorted tuple of labels per sentence (empty for excluded sentences)
    labels: tuple[tuple[str, ...], ...] = ()
    sources: tuple[Source, ...] = ()
    scores: Optional[Scores] = None
    #: free-form notes from the stages: which models ran, warnings
    meta: tuple[tuple[str, str], ...] = ()
    #: the tagger's hidden states (:class:`auditor.models.tagger.TokenStates`), kept by the
    #: attribute stage for the type head; not part of the report
    tagger_states: object = field(default=None, compare=False, repr=False)

    @property
    def text(self) -> str:
        return self.article.text


class SpanIndex:
    """Sorted, non-overlapping spans (anything with .start/.end) for repeated look-ups of
    which span holds a character position (a binary search each)."""

    def __init__(self, spans):
        self.spans = list(spans)
        self.starts = [s.start for s in self.spans]

    def find(self, position: int) -> int:
        """The index of the span holding ``position``, or -1."""
        import bisect

        i = bisect.bisect_right(self.starts, position) - 1
        if i >= 0 and position < self.spans[i].end:
            return i
        return -1
