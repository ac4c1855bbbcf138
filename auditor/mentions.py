"""Source mentions in their context: marking, and finding what a short mention refers to.

A pronoun or a bare surname does not say whether its source is an official or a private
person; the entity's first full mention ("Defense Secretary Lloyd Austin") does. This
module finds that mention with a small coreference heuristic and builds the text a
typer reads. It is plain Python (no torch) so rule code can use it too.

All spans are :class:`~auditor.types.Span` offsets into the article text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Optional, Sequence

from .types import Span

FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves"})
THIRD_PERSON = frozenset(
    {"he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their",
     "theirs", "themselves", "it", "its", "itself", "you", "your"}
)
RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
#: pronouns that refer to one person, and those that refer to a thing or an institution
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself", "i", "me", "my", "myself"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself", "which"})
PRONOUNS = FIRST_PERSON | THIRD_PERSON | RELATIVE

#: Words before a name that are a form of address or a title, not part of the name.
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "sgt",
     "adm", "capt", "prof", "rev", "judge", "justice", "president", "secretary", "senator",
     "governor", "mayor", "speaker", "minister", "chairman", "chairwoman", "director",
     "ambassador", "general", "sir", "lady", "lord"}
)
DETERMINERS = frozenset({"the", "this", "that", "these", "those"})

MARK_LEFT = "<<"
MARK_RIGHT = ">>"
EVIDENCE_LEFT = "[["
EVIDENCE_RIGHT = "]]"

_POSSESSIVE = re.compile(r"['’]s?\b|['’](?=\s)")
_LOWER_WORD = re.compile(r"[ \t]+[a-z]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*")
# "Mr." and "Sen." may carry a period inside a name; a longer word before a period ends it.
_CAPITALISED_RUN = re.compile(r"(?:(?:[A-Z][a-z]{0,3}\.|[A-Z][A-Za-z'’\-]*)[ \t]+){0,3}[A-Z][A-Za-z'’\-]*")


@dataclass(frozen=True)
class MentionContext:
    """What a typer reads for one mention.

    ``marked`` is the mention in its context with ``<<`` ``>>`` around it;
    ``extra`` is the cue and the evidence (the antecedent or first full mention, marked
    with ``[[`` ``]]`` in its own context), or ``""``; ``evidence`` is that span.
    ``mention_in_marked`` is where the mention text sits inside ``marked``.
    """

    marked: str
    extra: str
    evidence: Optional[Span]
    mention_in_marked: Span


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _bare(word: str) -> str:
    return re.sub(r"(?:['’]s|['’])$", "", word).strip(".-").lower()


def is_pronoun(mention_text: str) -> bool:
    """Whether the mention is a single pronoun ("he", "They", "who")."""
    words = _words(mention_text)
    # "WHO", "IT" in capitals are the World Health Organization and a department, not pronouns
    return len(words) == 1 and _bare(words[0]) in PRONOUNS and not (len(words[0]) > 1 and words[0].isupper())


def name_words(mention_text: str) -> list[str]:
    """The mention's words after leading honorifics and determiners ("Mr. Trump" -> ["Trump"])."""
    words = _words(mention_text)
    while words and _bare(words[0]) in HONORIFICS | DETERMINERS:
        words = words[1:]
    return words


def is_short_name(mention_text: str) -> bool:
    """A bare name of at most two capitalised words, no title or description after it."""
    if "," in mention_text or is_pronoun(mention_text):
        return False
    words = name_words(mention_text)
    return 0 < len(words) <= 2 and all(w[0].isupper() for w in words)


def surname(mention_text: str) -> Optional[str]:
    """The last name word of a short name ("Sen. Ted Cruz's" -> "Cruz")."""
    words = name_words(mention_text)
    if not words:
        return None
    last = re.sub(r"(?:['’]s|['’])$", "", words[-1]).rstrip(".")
    return last if len(last) > 1 and last[0].isupper() else None


def is_person_like(mention_text: str) -> bool:
    """Whether a mention looks like one named person: its head (before any comma or
    parenthesis) ends in a capitalised name and starts with no article ("Fox News' Megyn
    Kelly" yes; "the Clinton campaign", "Clinton supporters", "a poll" no)."""
    head = re.split(r"[,(—–]| -- ", mention_text, maxsplit=1)[0]
    words = _words(head)
    if not words or is_pronoun(mention_text):
        return False
    if _bare(words[0]) in DETERMINERS | {"a", "an"} | _QUANTIFIERS or _bare(words[0]).isdigit():
        # ("six current employees interviewed by the Chieftain Ledger": people, whatever capitals end them)
        return _named_in_apposition(mention_text)
    if len(words) == 1 and is_acronym(words[0]):
        return False  # "CBP", "FAA": an institution's acronym, no person's name
    if len(words) == 1 and _bare(words[0]).lower() in _QUANTIFIERS | _PEOPLE_PLURALS:
        return False  # "Others say", "Critics": people, capitalised only to open a sentence
    if _NOUN_PARTICIPLE.match(head):
        return False  # "Data published by NHS England on Thursday": a thing and a participle, no name
    if _OUTLET_LAST_WORD.search(head.strip()) or described_as_outlet(mention_text):
        return False  # "Hanlin Daily", "Business Hanlin, a newspaper overseen by …": a paper, no person
    if len(words) > 1 and _bare(words[-1]).lower().rstrip(".") in INSTITUTION_NOUNS | _INSTITUTION_NAME_ENDS:
        # "U.S. Customs and Border Protection", "the Lakeview Housing Authority", "Department of
        # Justice": an institution's name, no person's
        return _named_in_apposition(mention_text)
    # "Harborline's chief executive, Dana Whitcomb": a description, then the name
    return words[-1][0].isupper() or _named_in_apposition(mention_text)


#: words that count people, not name them ("one longtime buyer in New York" may be a "he")
_QUANTIFIERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                          "some", "many", "few", "dozens", "hundreds", "thousands", "most", "all", "both"})
#: plurals of people that open a sentence alone ("Others say …", "Critics argue …")
_PEOPLE_PLURALS = frozenset({"others", "critics", "supporters", "opponents", "officials", "sources", "experts", "analysts",
                             "residents", "observers", "insiders", "economists", "investors", "researchers", "scientists",
                             "doctors", "lawyers", "prosecutors", "police", "authorities", "witnesses", "neighbors",
                             "neighbours", "parents", "students", "teachers", "workers", "employees", "voters"})
#: last words of institutions' names that are no institution's noun ("Customs and Border Protection")
_INSTITUTION_NAME_ENDS = frozenset({"protection", "security", "services", "affairs", "justice", "defense", "police",
                                    "patrol", "guard", "inc", "corp", "co", "llc", "ltd", "industries", "systems"})


def is_acronym(phrase: str) -> bool:
    """Whether ``phrase`` is an acronym written in capitals ("CBP", "FAA")."""
    return bool(_ACRONYM.fullmatch(phrase.strip()))


#: the last word of a newspaper's name ("Hanlin Daily", "the Riverton Gazette")
NEWSPAPER_WORDS = r"Times|Post|Journal|News|Herald|Tribune|Gazette|Globe|Chronicle|Daily|Inquirer|Courier"
_OUTLET_LAST_WORD = re.compile(rf"\s(?:{NEWSPAPER_WORDS}|Agency)$")
#: an appositive that says a source is an outlet: "…, a newspaper overseen by …", "…, the party’s
#: flagship newspaper", "…, the official wire service"
_OUTLET_APPOSITIVE = re.compile(r",\s+(?:a|an|the|its|[\w-]+(?:’s|'s))\s+(?:[\w’'-]+\s+){0,3}?(?:newspaper|tabloid|broadcaster|"
                                r"news\s+(?:agency|site|website|outlet|channel|service|magazine)|wire\s+service|magazine|"
                                r"(?:television|TV|radio)\s+(?:station|channel|network))\b", re.I)


def described_as_outlet(mention_text: str) -> bool:
    """Whether a mention's first appositive says it is an outlet ("Business Hanlin, a newspaper
    overseen by the State Council")."""
    head = re.split(r"[,(—–]| -- ", mention_text, maxsplit=1)[0]
    return bool(_OUTLET_APPOSITIVE.match(mention_text, len(head)))


#: a capitalised common noun and a participle: "Data published by", "Figures released on"
_NOUN_PARTICIPLE = re.compile(r"[A-Z][a-z]+\s+[a-z]+ed\s+(?:by|on|in|from|to|at|last|this|earlier)\b")
_ACRONYM = re.compile(r"[A-Z]{2,6}|[A-Z]{1,4}(?:&[A-Z]{1,4})+")  # "FAA", "PP&L"
#: where a description's head noun ends: "The sheriff | of Santa Lucia County"
_HEAD_NOUN_END = re.compile(r"\s+(?:of|for|at|in|from|on|with|who|which|that)\s", re.I)


#: where a name ends and its place or employer begins: "Fenna Albers | of Meridian Space Advisory"
_PLACE_AFTER_NAME = re.compile(r"\s+(?:of|from|at)\s+(?=(?:the\s+)?[A-Z])")

#: nouns of institutions: "The company, Harborline Foods" names no person
INSTITUTION_NOUNS = frozenset({
    "company", "firm", "bank", "group", "corporation", "business", "agency", "department", "ministry", "office",
    "bureau", "authority", "commission", "council", "committee", "board", "government", "campaign", "union",
    "association", "organization", "newspaper", "network", "outlet", "site", "magazine", "paper", "station", "party",
    "team", "club", "school", "university", "hospital", "court", "city", "county", "state", "country",
    "system", "chain", "district", "lodge", "utility", "exchange", "fund", "platform", "league", "center", "institute",
    "foundation", "museum", "zoo", "airline", "carrier", "railroad", "clinic", "tribe", "church", "coalition",
    "alliance", "caucus", "administration", "nonprofit", "charity", "panel", "lab", "laboratory", "insurer", "lender",
    "retailer", "manufacturer", "automaker", "publisher", "studio", "casino", "plant", "mine", "refinery", "shipyard",
    "subsidiary", "affiliate", "division", "startup", "federation", "cooperative", "watchdog", "consultancy",
})


#: lower-case title words before a name: "sports director", "assistant coach"
_LOWERCASE_TITLE = re.compile(r"(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")
_NOT_TITLE_WORDS = frozenset({"a", "an", "the", "to", "of", "for", "at", "with", "from", "by", "and", "or", "in", "on",
                              "his", "her", "their", "its", "who", "which", "that"})


def _named_in_apposition(mention_text: str) -> bool:
    """"A former federal prosecutor, Alan Reisner": a description of a person followed by a
    name of two or three capitalised words."""
    parts = [p.strip() for p in mention_text.split(",")]
    if len(parts) < 2 or not _words(parts[0]):
        return False
    head = _words(_HEAD_NOUN_END.split(parts[0], maxsplit=1)[0]) or _words(parts[0])
    if _bare(head[-1]) in INSTITUTION_NOUNS:
        return False  # "The company, Harborline Foods"; not "The sheriff of Santa Lucia County, Dwight Lomax"
    name = _words(_PLACE_AFTER_NAME.split(parts[1], maxsplit=1)[0])  # "Fenna Albers | of Meridian Space"
    title = _LOWERCASE_TITLE.match(parts[1])
    if title and not set(title.group().split()) & _NOT_TITLE_WORDS:
        name = name[len(title.group().split()):]  # "His colleague, sports director Joost Vermeulen"
    titled = False
    while name and _bare(name[0]) in HONORIFICS:  # "Sen. Judith Carrow"
        name, titled = name[1:], True
    return (1 if titled else 2) <= len(name) <= 3 and all(w[0].isupper() for w in name)


def is_short_description(mention_text: str) -> bool:
    """A short definite description ("the officials", "The spokesman") that points back."""
    words = _words(mention_text)
    return (
        2 <= len(words) <= 4
        and _bare(words[0]) in DETERMINERS
        and all(not w[0].isupper() for w in words[1:])
    )


def _capitalised_run_around(text: str, start: int, end: int) -> Span:
    """Widen ``[start, end)`` to the run of capitalised words it sits in ("Lloyd Austin")."""
    best = Span(start, end)
    window_start = max(0, start - 60)
    for match in _CAPITALISED_RUN.finditer(text, window_start, min(len(text), end + 60)):
        if match.start() <= start and end <= match.end():
            best = Span(match.start(), match.end())
            break
    return best


def first_full_mention(text: str, mention: Span, mentions: Sequence[Span] = ()) -> Optional[Span]:
    """Where a bare name's entity is first named in full, before ``mention``.

    Prefers the earliest earlier source mention that contains the surname and is not
    itself short; then the earliest earlier occurrence with a first name; then the
    earliest occurrence. ``None`` when the name does not occur earlier.
    """
    name = surname(mention.text(text))
    if name is None:
        return None
    # a transcript's label "SOLVANG:" names "Dr. Ingrid Solvang" of the story above it (an acronym, "NATO", is shorter)
    spelled = rf"(?:{re.escape(name)}|{re.escape(name.capitalize())})" if name.isupper() and len(name) >= 5 else re.escape(name)
    pattern = re.compile(rf"(?<![A-Za-z]){spelled}(?![a-z])")
    # "Trump's campaign", "one of Mr. Obama's advisers": the name is not the entity meant
    hits = [m for m in pattern.finditer(text, 0, mention.start) if not _POSSESSIVE.match(text, m.end())]
    if not hits:
        return None
    index = mentions if isinstance(mentions, MentionIndex) else MentionIndex(text, mentions)
    for hit in hits:
        for other in index.containing(hit.start(), hit.end()):
            if other != mention:
                other_text = other.text(text)
                if is_short_name(other_text) or is_pronoun(other_text):
                    continue
                # "Clinton supporters", "the Trump campaign": a name used as a modifier
                if _LOWER_WORD.match(text, hit.end()) and hit.end() < other.end:
                    continue
                return other
    for hit in hits:
        run = _capitalised_run_around(text, hit.start(), hit.end())
        if len(name_words(run.text(text))) >= 2:
            return run
    return _capitalised_run_around(text, hits[0].start(), hits[0].end())


def _head(words: list[str]) -> str:
    head = _bare(words[-1])
    return head[:-1] if head.endswith("s") and len(head) > 3 else head


def find_evidence(text: str, mention: Span, mentions: Sequence[Span] = ()) -> Optional[Span]:
    """The span that tells the type of a pronoun, bare name or short description.

    - a bare name ("Austin", "Mr. Trump"): its first full mention earlier in the text;
    - a third-person or relative pronoun: the nearest earlier source mention that is not a
      pronoun (then, if that is a bare name, its first full mention);
    - a first-person pronoun (inside a quote): the nearest source mention either side;
    - "the officials": the nearest earlier mention with the same head noun.
    Full mentions, and mentions with nothing to point at, give ``None``.
    """
    index = mentions if isinstance(mentions, MentionIndex) else MentionIndex(text, mentions)
    mention_text = mention.text(text)
    if is_pronoun(mention_text):
        word = _bare(_words(mention_text)[0])
        if word in RELATIVE and next(index.ending_near(mention), None) is None:
            # "the Republican nominee for president, who began": a relative pronoun refers to
            # the phrase right before it, not to the last source mention
            phrase = phrase_before(text, mention.start)
            if phrase is not None:
                return phrase
        person = None
        if word in PERSON_PRONOUNS or word in NEUTER_PRONOUNS:
            person = word in PERSON_PRONOUNS
            if not index.has_person_like(person):
                person = None  # nothing agrees: any mention will do
        target = next(index.before(mention, person), None)
        if word in FIRST_PERSON:
            following = next(index.after(mention, person), None)
            if following is not None and (target is None or following.start - mention.end < mention.start - target.end):
                target = following
        if target is None:  # (a person's pronoun looks for a person's name, whatever the mentions were)
            return _nearest_name_before(text, mention.start, True if word in PERSON_PRONOUNS else person)
        return find_evidence(text, target, index) or target
    if is_short_name(mention_text):
        return first_full_mention(text, mention, index)
    if is_short_description(mention_text):
        head = _head(_words(mention_text))
        for other in index.before(mention):
            words = _words(other.text(text))
            if words and any(_bare(w).rstrip("s") == head.rstrip("s") for w in words):
                return other
    return None


#: the longest source mention, in characters, that a name inside it is looked for in
MAX_MENTION_CHARS = 1000


class MentionIndex:
    """The source mentions of one text, sorted once, for the look-ups of :func:`find_evidence`
    (so that typing or grouping every mention of a long text stays near-linear)."""

    def __init__(self, text: str, mentions: Sequence[Span]):
        self.text = text
        self.all = sorted(mentions)
        self.all_starts = [m.start for m in self.all]
        self.full = [m for m in self.all if not is_pronoun(m.text(text))]
        self.full_starts = [m.start for m in self.full]
        self.person = [is_person_like(m.text(text)) for m in self.full]

    def has_person_like(self, person: bool) -> bool:
        return person in self.person

    def before(self, mention: Span, person: Optional[bool] = None):
        """Full (non-pronoun) mentions ending at or before ``mention``, nearest first; with
        ``person``, only those that are (or are not) person-like."""
        for i in range(bisect_left(self.full_starts, mention.start) - 1, -1, -1):
            other = self.full[i]
            if other.end <= mention.start and other != mention and (person is None or self.person[i] == person):
                yield other

    def after(self, mention: Span, person: Optional[bool] = None):
        """Full mentions starting at or after ``mention``'s end, nearest first."""
        for i in range(bisect_left(self.full_starts, mention.end), len(self.full)):
            if person is None or self.person[i] == person:
                yield self.full[i]

    def ending_near(self, mention: Span, chars: int = 3):
        """Full mentions that end at most ``chars`` before ``mention`` starts."""
        for i in range(bisect_left(self.full_starts, mention.start) - 1, -1, -1):
            other = self.full[i]
            if other.start < mention.start - MAX_MENTION_CHARS:
                break
            if 0 <= mention.start - other.end <= chars:
                yield other

    def containing(self, start: int, end: int):
        """Mentions (pronouns too) that contain ``[start, end)``, earliest first."""
        first = bisect_left(self.all_starts, start - MAX_MENTION_CHARS)
        last = bisect_right(self.all_starts, start)
        return [m for m in self.all[first:last] if m.start <= start and end <= m.end]


_PHRASE_STOP = re.compile(r"[.;:!?()“”\"—]")
_PHRASE_START = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those"})
_PHRASE_CUT = frozenset({"to", "by", "of", "for", "with", "from", "at", "in", "on", "and", "or", "said", "says", "told",
                         "is", "was", "are", "were", "as"})


def phrase_before(text: str, position: int, max_words: int = 8) -> Optional[Span]:
    """The noun phrase that ends just before ``position`` (before an optional comma): from
    its last determiner, else after the last preposition, verb or conjunction, within
    ``max_words`` words and one clause."""
    end = position
    while end > 0 and text[end - 1] in " \t,":
        end -= 1
    start = max(0, end - 200)
    stops = list(_PHRASE_STOP.finditer(text, start, end))
    if stops:
        start = stops[-1].end()
    words = list(re.finditer(r"\S+", text[start:end]))[-max_words:]
    if not words:
        return None
    lowered = [w.group().lower().strip(",") for w in words]
    first = 0
    determiners = [i for i, w in enumerate(lowered) if w in _PHRASE_START]
    cuts = [i for i, (w, original) in enumerate(zip(lowered, words))
            if w in _PHRASE_CUT or (w.endswith("ed") and original.group().islower())]  # "cited", "praised"
    if determiners:
        first = determiners[-1]
    elif cuts and cuts[-1] + 1 < len(words):
        first = cuts[-1] + 1
    span = Span(start + words[first].start(), end)
    return span if span.end > span.start else None


def names_before(text: str, position: int, start: int = 0):
    """The runs of two or more capitalised words before ``position`` (person-like names, or
    titles and institutions: the caller tells them apart), nearest first."""
    runs = [Span(m.start(), m.end()) for m in _CAPITALISED_RUN.finditer(text, start, position)
            if len(name_words(m.group())) >= 2]
    return reversed(runs)


def _nearest_name_before(text: str, position: int, person: Optional[bool] = None) -> Optional[Span]:
    """The nearest run of two or more capitalised words before ``position`` (a person-like name);
    for a person's pronoun, none that ends in an institution's noun ("Rosa Delgado has run the
    Sandia Crisis Center for 14 years, and she says": Delgado)."""
    runs = names_before(text, position, max(0, position - 600))
    if person:
        runs = (run for run in runs if _bare(_words(run.text(text))[-1]) not in _NO_PERSON_LAST_WORDS
                and not _PLACE_NOUN_AFTER.match(text, run.end))
    return next(iter(runs), None)


#: the last words of armed forces' and legislatures' names, no person's: "U.S. Army", "Border Patrol"
_FORCES = frozenset({"army", "navy", "force", "forces", "corps", "guard", "police", "military", "command", "patrol",
                     "embassy", "senate", "congress", "parliament", "assembly", "marines"})
_NO_PERSON_LAST_WORDS = INSTITUTION_NOUNS | _FORCES
#: a place's noun after the capitalised words that name it: "Darwan’s Helm | province", "Rio Grande | Valley"
_PLACE_NOUN_AFTER = re.compile(r"[ \t]+(?:province|county|district|region|state|city|town|village|valley|river|island|"
                               r"street|avenue|road|square|park|airport|base|camp|border|sector)s?\b", re.I)


def _window(text: str, span: Span, chars: int) -> tuple[int, int]:
    """``span`` widened by about ``chars`` on each side, snapped outward to whitespace."""
    start = max(0, span.start - chars)
    end = min(len(text), span.end + chars)
    if start > 0:
        space = text.find(" ", start, span.start)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", span.end, end)
        end = space if space != -1 else end
    return start, end


def mark(text: str, span: Span, chars: int, left: str = MARK_LEFT, right: str = MARK_RIGHT) -> tuple[str, Span]:
    """``span`` marked inside ±``chars`` of context; also where the span's text lies in the result."""
    start, end = _window(text, span, chars)
    before = " ".join(text[start:span.start].split())
    inside = " ".join(span.text(text).split())
    after = " ".join(text[span.end:end].split())
    prefix = f"{before} {left} ".lstrip()
    marked = f"{prefix}{inside} {right} {after}".rstrip()
    return marked, Span(len(prefix), len(prefix) + len(inside))


def build_context(
    text: str,
    mention: Span,
    mentions: Sequence[Span] = (),
    cue: Optional[Span] = None,
    context_chars: int = 200,
    evidence_chars: int = 100,
) -> MentionContext:
    """The typer's input for ``mention``: marked context, plus cue and evidence."""
    marked, where = mark(text, mention, context_chars)
    evidence = find_evidence(text, mention, mentions)
    parts = []
    if cue is not None:
        parts.append(" ".join(cue.text(text).split()))
    if evidence is not None:
        evidence_marked, _ = mark(text, evidence, evidence_chars, EVIDENCE_LEFT, EVIDENCE_RIGHT)
        parts.append(evidence_marked)
    return MentionContext(marked, " | ".join(parts), evidence, where)
