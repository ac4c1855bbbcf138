"""Stage 5, group: mentions of one source share a ``source_id``.

"two defense officials" … "the two defense officials" … "U.S. defense officials";
"Nicholas Burns, the U.S. ambassador" … "Burns" … "he"; "The White House declined to
comment" … "the White House said"; "people familiar with the matter" … "the people" …
"one of the people". A mention joins, in this order:

1. the source of the same span found with another cue, however each was typed;
2. the earlier mention with the same key: a person's surname (the name after a title or
   in an appositive; another given name stays apart), for everything else its words
   without determiners, numbers and nationality words ("a department spokeswoman" takes
   the key of the institution it speaks for);
3. the earlier mention it refers to: a short description's nearest mention with that noun
   as its head or an appositive's ("the officials"; "ECSS, a 12-nation bloc" … "the bloc";
   not "A railroad spokeswoman" for "the railroad"; a document's in either number or a
   synonym: "court filings" … "the filing"), else the last outlet or institution of its kind
   ("the newspaper", "the agency"; "the company" is no agency, and is the company the narration
   named last when no institution's source came after that name: "The mine is owned by Black
   Harrow Energy, a company …"); a part of a group ("one of the officials", "two of them",
   "One of them, a former camp director"; not "One of them, Lupe Carranza");
   a pronoun's antecedent or a bare surname's first full mention
   (``auditor.mentions.find_evidence``, the evidence the typer reads), passed over for a
   recent source of the pronoun's own type when the typer disagreed with it;
4. for a person named for the first time, the earlier unnamed description their own
   description or title repeats ("his lawyer" … "The lawyer, Stefan Kowalski"; "the county
   sheriff" … "Sheriff Dale Hutchins"), one person that no name has joined yet; else the person
   the mention before it (documents between passed over) introduced without a name ("A man who
   has fished these waters for 40 years" … "The fisherman, Wendell Tibbetts"; "A Texas oilman who
   has given …" … "The donor, Boyd Castellaw"), unless granted anonymity;
5. for "…, who said", the phrase before the pronoun; for another pronoun, the source that
   has its antecedent's name ("Mayor Denise Harlan forced out …" … "She declined"), else the
   nearest earlier source of its type;
6. for an institution, the one its acronym spells out or that spells out its acronym ("FAA"
   … "the Federal Aviation Administration"; "DCS" … "The state Department of Correctional
   Services"; "DHHS" … "the Nebraska Department of Health and Human Services", the place left
   out), of any name its group has; a company's first name word alone
   ("Quarrington" after "its maker, Quarrington Bio"); for an outlet's report, the outlet
   ("a report in The Star" … "The Harbor City Star");
7. for a body mention, the headline's mention with its head noun ("audit" … "an audit by
   the Pentagon's inspector general"), the headline's "company" for the first company the
   body names, or its bare "sources" for the first people familiar or anonymous officials
   (who give it their type); else it is a new source.

A pronoun no source may stand for (of the other gender) is the person named before it in
the text ("Cornelius Vantreese …" … "He"), keyed by surname; "his daughter" is the
daughter mentioned before. Types follow from the groups: a mention typed anonymous (or a
document, by a person's noun) in a group that names its person takes that person's type, a bare acronym (or a company's first
words) the typer took for a person takes the institution's, and "one of them" its group's.

Only sources with a sourcing attribution count as distinct sources (``Source.sourcing``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Optional, Sequence

from .attribute import ANONYMITY_REASON
from .classify import OUTLET_NAME, PERSON_TYPES, count_for, has, lexicon, lexicon_map, person_name, source_head
from .mentions import (HONORIFICS, INSTITUTION_NOUNS, RELATIVE, MentionIndex, find_evidence, is_acronym, is_person_like,
                       is_pronoun, is_short_description, is_short_name, name_words, names_before)
from .types import ANONYMOUS_TYPES, Attribution, Document, Sentence, Source, Span

DROP = {
    "the", "a", "an", "two", "three", "four", "five", "six", "several", "some", "both", "one", "another",
    "u.s.", "us", "american", "current", "its", "his", "her", "their", "other", "more", "many",
}
PLURAL_NOUNS = {
    "officials", "sources", "aides", "diplomats", "officers", "analysts", "experts", "critics", "insiders",
    "lawmakers", "executives", "advisers", "residents", "witnesses", "investigators", "prosecutors", "agents",
}
#: "one of the officials", "two of them", "some of those people": the rest names the group
PARTITIVE = re.compile(
    r"^(?:(?:one|two|three|four|five|six|\d+|some|many|most|several|both|all|each|none|either|neither|any)"
    r"\s+of\s+(?:the|those|these|them|their)\b|one(?=\s*,|\s*$)|the\s+other(?=\s*,|\s*$))\s*(.*)$", re.I)
#: (a bare "One, who asked …" too, and "The other, who left the board in 2020" after it)
#: "a spokesman for the agency" and "an agency spokeswoman" speak for the agency
SPOKESPERSON = re.compile(r"^(?:an?|the|another)\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+(.+)$"
                          r"|^(?:an?|the|another)\s+(.+?)\s+(?:spokes(?:man|woman|person)|representative)"
                          # ("A Foreign Ministry spokeswoman in Lianjing": where the spokeswoman works)
                          r"(?:\s+in\s+(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*)*)?$", re.I)
#: "two lawyers", "some officials": more than one person
PLURAL_DETERMINERS = frozenset({"two", "three", "four", "five", "several", "some", "both", "many"})
#: nouns that do not tell one person from another: a spokesperson speaks for an institution,
#: and "an official" is how anonymity is written
UNSPECIFIC_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "official", "source",
                              "person"})
#: "a second prosecutor", "the other diplomat": not the one mentioned before
CONTRAST = re.compile(r"\b(?:another|other|second|third|fourth|different)\b", re.I)
#: how many earlier source mentions a pronoun looks back over for one of its own type
RECENT_SOURCES = 4
#: "his daughter", "their lawyer": a person described by their tie to another
POSSESSIVE_DESCRIPTION = re.compile(r"(?:his|her|their)\s+([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})", re.I)
#: how far back, in characters, a pronoun no source can stand for looks for a person's name
NAME_LOOKBACK = 3000
#: a declined_comment mention with a name is a person's ("His lawyer, Dennis Kaye, declined")
NAMED_TYPES = PERSON_TYPES | {"declined_comment"}
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
#: "Sen. Judith Carrow of Maine", "Fenna Albers of Meridian Space Advisors": where a name ends
_NAME_THEN_PLACE = re.compile(r"^((?:\S+\s+)*?[A-Z][\w'’.\-]*\s+[A-Z][\w'’\-]*)\s+(?:of|from|at)\s+(?:the\s+)?[A-Z].*$")
#: a title with an "of" before a full name: "Deputy Chief of Staff Paul Grady", "Secretary of State John Kerry"
_TITLE_OF_THEN_NAME = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){0,2}(?P<title>[A-Z][\w.’'-]*)\s+of\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}?"
                                 r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+)$")


#: "a report in The Holton Tribune", "reporting by The Star": the outlet is the source
_OUTLET_OF_REPORT = re.compile(r"\b(?:report|reports|reporting|story|article|investigation|analysis|broadcast|interview)"
                               r"\s+(?:in|by|from|on|published\s+by)\s+((?:the\s+)?(?-i:[A-Z]).*)$", re.I)


def source_key(phrase: str, type_: str) -> str:
    """The grouping key of one source mention."""
    if is_acronym(phrase) and "&" in phrase:
        return phrase.strip().replace("&", "").lower()  # "PP&L" spells "Pinecrest Power & Light"
    couple = _COUPLE.search(source_head(phrase)) if type_ in PERSON_TYPES else None
    if couple:
        return couple.group(1).lower() + "s"  # "Omar and Leah Haddad" are the Haddads, not Omar Haddad alone
    if type_ in NAMED_TYPES:
        name = appositive_surname(phrase) if type_ == "declined_comment" else (appositive_surname(phrase) or _surname(phrase))
        if name:
            return name
    spokesperson = SPOKESPERSON.match(phrase.strip())
    if spokesperson and type_ in ("named_organization", "declined_comment"):
        phrase = spokesperson.group(1) or spokesperson.group(2)  # a spokesperson speaks for the institution
    outlet = _OUTLET_OF_REPORT.search(phrase) if type_ == "media_report" else None
    if outlet:  # "a report in The Holton Tribune" is the Holton Tribune's
        phrase = outlet.group(1)
    name = institution_name(phrase) if type_ in ("named_organization", "declined_comment") else []
    if name:
        key = " ".join(w.lower() for w in name)  # "its maker, Quarrington Bio" is Quarrington Bio, not "maker"
    else:
        head = source_head(phrase) if type_ not in ("anonymous_familiar",) else phrase
        words = [w for w in re.findall(r"[\w.’'-]+", head.lower()) if w not in DROP]
        key = _DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", ""), " ".join(words) or phrase.lower())  # "the V.A."
        key = " ".join(w[:-1] if w in PLURAL_NOUNS else w for w in key.split())  # "officials" and "official" join
    if type_ in ("named_organization", "declined_comment"):
        key = lexicon_map("institution_alias").get(key, key)  # "the Defense Department" is the Pentagon
    return key


#: two people who share a surname: "Raleigh couple Omar and Leah Haddad" (not "John Smith and Jane Doe")
_COUPLE = re.compile(r"(?:^|\s(?-i:[a-z][\w-]*)\s)(?-i:[A-Z][a-z]+)\s+and\s+(?-i:[A-Z][a-z]+)\s+(?-i:([A-Z][\w’'-]+))$")
#: an acronym written with full stops, as a key's word: "v.a.", "u.n."
_DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?:[a-z]\.){2,5}(?![\w])")


def _surname(phrase: str) -> Optional[str]:
    name = person_name(phrase)
    return name.split()[-1].lower() if name else None


def appositive_surname(phrase: str) -> Optional[str]:
    """The surname of the first comma-separated part of ``phrase`` that is only a name
    ("Harborline's chief executive, Dana Whitcomb" -> "whitcomb"; "Rep. Tom Ashby, D-Ohio"
    -> "ashby"; "Tomás Reyes, an analyst" -> "reyes"), or None."""
    words = appositive_name(phrase)
    return re.sub(r"(?:[’']s|[’'])$", "", words[-1]).rstrip(".").lower() if words else None  # not "O’Brien" -> "o"


def _named_surname(phrase: str) -> Optional[str]:
    """The surname a mention names in its first part, a full name or a bare surname ("Strand, the
    chief operating officer of Pelagic Metals" -> "strand"), or None."""
    first = phrase.split(",")[0].strip()
    if re.fullmatch(r"(?-i:[A-Z])[\w’'-]+", first) and not has("organization", first):
        return first.lower()
    return appositive_surname(phrase)


#: a place a source is in, whose name the next appositive gives: "… in the capital, Port Elin"
IN_THE_PLACE = (r"\b(?:in|near|outside|across)\s+the\s+(?:[\w-]+\s+)?(?:capital|city|town|village|province|region|county|"
                r"district|country|port|island)")
_IN_THE_PLACE = re.compile(IN_THE_PLACE + r"\s*$", re.I)


#: lower-case words after which capitals are no person's name: a preposition's place or institution
#: ("residents of Upper Halvorsen", "critics including Maple Grove"), a conjunction's
_NOT_BEFORE_A_NAME = frozenset({"of", "at", "in", "from", "for", "near", "with", "to", "by", "including", "like", "and",
                                "or", "on", "about", "against", "under", "over", "outside", "inside", "across", "than",
                                "as", "into", "across", "throughout", "around", "behind", "via", "per"})


def appositive_name(phrase: str) -> list[str]:
    """The name words of the first comma-separated part of ``phrase`` that is only a name,
    titles left out (see :func:`appositive_surname`), or []."""
    parts = phrase.split(",")
    for index, part in enumerate(parts):
        if has("media", part) or OUTLET_NAME.search(part):
            continue  # "The Kansas City Star" is an outlet
        if index and _IN_THE_PLACE.search(parts[index - 1]):
            continue  # "A Western diplomat in the capital, Port Elin": the place's name
        part = re.sub(r"\s*\([^)]*\)", "", part)  # "Wade Tollefson (R-Neb.)"
        titled_of = _TITLE_OF_THEN_NAME.match(part.strip())
        if titled_of and has("title", titled_of.group("title").lower()):
            part = titled_of.group("name")
        words = _NAME_WORD.findall(_NAME_THEN_PLACE.sub(r"\1", part.strip()))
        if words and words[0].lower() in ("the", "a", "an", "his", "her", "their", "its"):
            continue  # a description ("The White House", "His lawyer"), not a name
        if words and (words[-1].lower() in lexicon()["organization"] or words[-1].lower() in lexicon()["company_name_end"]):
            continue  # "Ridgeline Motors", "Veyrant Dynamics": an institution's name
        capitalised = _capitalised_tail(words)
        if words and words[0][0].islower() and 2 <= capitalised < len(words) and (
                has("title", words[-capitalised - 1]) or words[-capitalised - 1] not in _NOT_BEFORE_A_NAME):
            # "His colleague, sports director Joost Vermeulen", "One of them, retired bus mechanic Orrin
            # Bellweather" (not "residents of Upper Halvorsen": a place)
            words = words[-capitalised:]
        while len(words) > 2 and words[-1].rstrip(".") in _POSTNOMINALS:
            words = words[:-1]  # "Naomi Feld SC", "Martin Luther King Jr.": the surname is before the letters
        titled = False
        while words and words[0].rstrip(".").lower() in HONORIFICS:
            words, titled = words[1:], True
        shortest = 1 if titled else 2  # "Gov. Marquez"; a lone word may be an organisation
        if shortest <= len(words) <= 6 and all(w[0].isupper() for w in words) and not any(w.endswith(("’s", "'s")) for w in words):
            return words
    return []


def _capitalised_tail(words: list[str]) -> int:
    """How many of the last words are capitalised ("sports director Joost Vermeulen" -> 2)."""
    return next((i for i, w in enumerate(reversed(words)) if not w[0].isupper()), len(words))


#: letters after a name that are no part of it
_POSTNOMINALS = frozenset({"SC", "QC", "KC", "Jr", "Sr", "II", "III", "IV", "MD", "PhD", "Esq", "MP", "MEP", "CBE", "OBE"})


def slug(key: str) -> str:
    """An id made of the key's letters and digits ("patiño" -> "patino")."""
    plain = unicodedata.normalize("NFKD", key.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "source"


def group(doc: Document) -> Document:
    """Give every attribution a source_id and list the distinct sources."""
    text = doc.text
    attributions = doc.attributions
    mentions = MentionIndex(text, [a.source for a in attributions if a.source is not None])
    ids: list[str] = []
    key_to_id: dict[str, str] = {}
    key_phrases: dict[str, str] = {}  # each key's first mention, for acronyms
    given_names: dict[str, str] = {}  # surname key -> the first given name it came with
    first_names: dict[str, set[str]] = {}  # given name -> the keys of the people it was given to
    seen = _Seen(text, [sentence.span for sentence in doc.sentences if sentence.is_headline])
    retyped: dict[int, str] = {}  # attribution index -> the type grouping gives it
    named_by: dict[int, Span] = {}  # a pronoun's index -> the name it stands for, where grouping found it
    for index, attribution in enumerate(attributions):
        if index and ids[-1]:
            previous = attributions[index - 1]
            seen.add(replace(previous, type=retyped.get(index - 1, previous.type)), ids[-1])
        if attribution.source is None:
            ids.append("")
            continue
        phrase = attribution.source.text(text)
        key = source_key(phrase, attribution.type or "")
        if attribution.type in NAMED_TYPES:
            name = appositive_name(phrase) or _described_full_name(phrase)
            key = _given_name_apart(key, name, given_names)
            if len(name) == 2:  # a given name and a surname, nothing else ("Kestrel Chief Executive Martin Ashby")
                first_names.setdefault(name[0].lower(), set()).add(key)
            key = _by_given_name(key, phrase, first_names, given_names)
        referent = None
        if attribution.source in seen.span_ids:
            referent = seen.span_ids[attribution.source]  # one span, two cues: one source however it was typed
        elif key in key_to_id and not is_pronoun(phrase) and not is_short_description(phrase):
            referent = key_to_id[key]  # the same name or words: "Biden" … "Biden"
        elif (attribution.type == "declined_comment" and not is_pronoun(phrase)
              and key_to_id.get(source_key(phrase, "named_organization")) in seen.institution_ids):
            # "Global Affairs Canada did not respond" after "Global Affairs Canada says": the institution,
            # though a non-answer's name is keyed like a person's ("canada")
            referent = key_to_id[source_key(phrase, "named_organization")]
        elif attribution.type == "media_report" and _OUTLET_OF_REPORT.search(phrase):
            # "a report in The Star" after "The Harbor City Star"
            referent = _last_ending_in(key, key_to_id, seen.document_ids)
        elif SPOKESPERSON.match(phrase.strip()) and attribution.type in ("named_organization", "declined_comment"):
            # "a department spokeswoman" after "the Justice Department"; "An agency spokeswoman"
            # after "the FDA", not after "An inspection report released by the agency"
            referent = _last_ending_in(key, key_to_id, seen.institution_ids)
            if referent is None and key in lexicon()["organization_anaphor"]:
                referent = _described(text, attribution.source, "the " + key, seen.earlier, attribution.type)
        subject_key = subject = None
        if referent is None and phrase.strip() in ("He", "She"):
            # "Cheryl Dahl runs a two-person insurance agency in Miles City. She says …": the person the
            # sentence before opens with, not the last source ("small-business owners across …")
            subject = _subject_of_sentence_before(text, attribution.source.start, mention_gender(phrase), seen,
                                                  key_to_id, doc.sentences)
        elif referent is None and phrase.strip() in ("he", "she"):
            # "State Sen. Carla Munoz, a Democrat, has a bill …, and she says": the person her own sentence opens with
            subject = _subject_of_own_sentence(text, attribution.source.start, mention_gender(phrase), seen,
                                               key_to_id, doc.sentences)
        if subject is not None:
            subject_key, named_by[index] = subject
            referent = key_to_id.get(subject_key)
            key = subject_key
        if referent is None and subject_key is None and index and ids[-1]:
            referent = _anonymous_speaker_before(text, attribution, attributions[index - 1], ids[-1], seen,
                                                 doc.sentences)
        if subject_key is None:
            referent = referent or _referent(text, attribution.source, mentions, seen.earlier, attribution.type)
        if referent is not None and PARTITIVE.match(phrase.strip()) and "," not in phrase:
            # "one of them" is one of the group it points at, and of its type (the typer
            # read "one" as a person: "“We are closer …,” one of them said")
            group_type = seen.group_type(referent)
            if group_type not in (None, "declined_comment", attribution.type) and attribution.type != "declined_comment":
                retyped[index] = group_type
        elif referent is not None and attribution.type in ANONYMOUS_TYPES and is_short_description(phrase):
            # "three senior government sources" … "The sources, who spoke on condition of anonymity":
            # the definite description points back, so it is of its group's anonymous kind
            group_type = seen.group_type(referent)
            if group_type in ANONYMOUS_TYPES and group_type != attribution.type:
                retyped[index] = group_type
        narrated_first: list[str] = []  # the narrated name's first words, for "Calloway Tube" later
        if attribution.type in ("named_organization", "declined_comment") and _COMPANY_ANAPHOR.fullmatch(phrase.strip()):
            # "The mine is owned by Black Harrow Energy, a company based in Charleston … The
            # company said": the company the narration named last, unless an institution's
            # source came after it
            named = _narrated_company(text, attribution.source.start)
            between = named is not None and any(
                span.start > named[0] and (kind in ("named_organization", "declined_comment")
                                           or re.fullmatch(r"[A-Z][\w’'-]+", span.text(text).strip()))
                for span, _, kind in seen.earlier)  # "Dunmore said …" between: it is the company
            if named is not None and not between:
                name_key = " ".join(w.lower() for w in named[1])
                prefixes = [" ".join(w.lower() for w in named[1][:n]) for n in range(1, len(named[1]))]
                referent = key_to_id.get(name_key) or next(
                    filter(None, (key_to_id.get(p) or seen.institution_first_words.get(p) for p in prefixes)), None)
                if referent is None:
                    key, narrated_first = name_key, prefixes
        if referent is None and key not in key_to_id and attribution.type in NAMED_TYPES and appositive_name(phrase):
            # "his lawyer" … "The lawyer, Stefan Kowalski": the description named at last
            referent = (_described_before_named(text, phrase, seen.earlier, seen.named_ids)
                        or _introduced_before(text, phrase, seen.earlier, seen.named_ids))
            if referent is not None:
                key_to_id[key] = referent
        if referent is None and subject_key is None and is_pronoun(phrase):
            evidence = attribution.type_evidence or find_evidence(text, attribution.source, mentions)
            if (phrase.strip().lower() in RELATIVE and evidence is not None
                    and 0 <= attribution.source.start - evidence.end <= 3):
                # "Cole Dempsey, who has criticized …": the phrase right before the relative
                # pronoun, though the tagger did not mark it as a source
                key = source_key(evidence.text(text), attribution.type or "")
            else:
                evidence_key = (source_key(evidence.text(text), _person_type(attribution.type))
                                if evidence is not None else None)
                # an antecedent outside the sources ("Mayor Denise Harlan forced out …" … "She
                # declined"): the source that has its name; else the nearest earlier source of its type
                # (a headline's "trustee" is no antecedent: the body names the trustee later)
                referent = key_to_id.get(evidence_key) or next(
                    (ident for span, ident, kind in reversed(seen.earlier)
                     if kind == attribution.type and not is_pronoun(span.text(text))
                     and ident not in seen.headline_only), None)
                if referent is None and evidence_key and evidence is not None and is_person_like(evidence.text(text)):
                    key = evidence_key  # "he" (Superintendent Leland Marrick, no source yet) … "Marrick said"
        if key not in key_to_id and (referent is None or attribution.source in seen.span_ids):
            defined = _defined_acronym(text, phrase, seen.earlier)
            if defined is not None:
                # "The FIR" after "the CBI’s first information report (FIR)", "BNA" after "the state-run
                # Belmara News Agency (BNA)": what the text spelled out, of its type (a document, an outlet)
                referent, kind = defined
                if kind in ("document", "media_report") and attribution.type not in (kind, "declined_comment"):
                    retyped[index] = kind
        if referent is None and key not in key_to_id and attribution.type not in ("document", "media_report"):
            # "FAA" and "the Federal Aviation Administration" are one institution ("data published
            # by the Federal Emergency Management Agency" is none)
            referent = next((key_to_id[k] for k in _acronym_partners(key, phrase, attribution.type, key_phrases)
                             if k in key_to_id and key_to_id[k] not in seen.document_ids), None)
            if referent is not None and (attribution.type in PERSON_TYPES or attribution.type in ANONYMOUS_TYPES):
                # "GAO recommended …", typed as a person (or "WHO said" as nobody in particular):
                # it is the institution it abbreviates
                retyped[index] = "named_organization"
        spokesperson = SPOKESPERSON.match(phrase.strip())
        speaks_for = spokesperson.group(2) if spokesperson else None
        if referent is None and key not in key_to_id and speaks_for and re.fullmatch(r"[A-Z][\w’'-]+", speaks_for):
            # "A Pinecrest spokesman" after "Pinecrest Power & Light"
            referent = seen.institution_first_words.get(speaks_for.lower())
        if (referent is None and key not in key_to_id and not is_pronoun(phrase)
                and re.fullmatch(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}", phrase.strip())):
            # "Quarrington" after "its maker, Quarrington Bio", an institution whatever the typer said
            referent = seen.institution_first_words.get(phrase.strip().lower())
            if referent is not None and (attribution.type in PERSON_TYPES or attribution.type in ANONYMOUS_TYPES):
                retyped[index] = "named_organization"
        if (referent is None and seen.headline_only and not is_pronoun(phrase)
                and not _inside(attribution.source, seen.headlines)):
            # the headline's "audit" is the body's "an audit by the Pentagon's inspector general"
            referent = _headline_referent(text, phrase, seen.earlier, seen.headline_only, attribution.type)
            if referent is not None and attribution.type in ("anonymous_familiar", "anonymous_official"):
                # the headline's bare "sources" is of the kind the body spells out
                retyped.update({i: attribution.type for i in range(index) if ids[i] == referent
                                and attributions[i].type == "anonymous_other"})
            elif referent is not None and attribution.type == "document":
                # the headline's "Grand jury" is the body's grand jury report: a document
                retyped.update({i: "document" for i in range(index) if ids[i] == referent
                                and attributions[i].type in ("named_organization", "anonymous_other")})
            elif referent is not None and attribution.type in PERSON_TYPES:
                # the headline's "GM", "state vet" is the person the body names, of that person's type
                retyped.update({i: attribution.type for i in range(index) if ids[i] == referent
                                and attributions[i].type != "declined_comment"})
            elif referent is not None and attribution.type == "named_organization" and not person_name(phrase):
                # the headline's "Watchdog", typed a person, is the institution the body names (not
                # "President Obama", whom the typer took for one)
                retyped.update({i: attribution.type for i in range(index) if ids[i] == referent
                                and attributions[i].type in PERSON_TYPES})
        gender = mention_gender(phrase) if is_pronoun(phrase) else None
        if gender and referent is not None and not seen.may_be(referent, gender):
            # "She" (Holloway) … "He": the nearest earlier person who may be "he"
            # (or an unnamed person of that gender: "A man who had lived at the camp …")
            referent = next((ident for span, ident, kind in reversed(seen.earlier)
                             if not is_pronoun(span.text(text))
                             and (kind in NAMED_TYPES and seen.may_be(ident, gender)
                                  or kind in ANONYMOUS_TYPES and seen.genders.get(ident) == gender)), None)
            if referent is None:
                # no source may be "he": the person named before it in the text ("Cornelius
                # Vantreese, who ran the store …" … "He"), keyed by surname for what follows
                key = _named_before(text, attribution.source.start, gender, seen, key_to_id) or key
                referent = key_to_id.get(key)
        if referent is not None:
            if ((" " in key or attribution.type in PERSON_TYPES) and key not in key_to_id and not is_pronoun(phrase)
                    and not is_short_description(phrase)):
                # a name that joined by reference ("the International Refugee Relief Agency" after
                # the headline's "aid agency") is still there for its acronym to find, and a person's
                # ("Marcus Whitlow" after the headline's "CEO") for "Whitlow" later
                key_to_id[key], key_phrases[key] = referent, phrase
            ids.append(referent)
            continue
        if key not in key_to_id:
            key_to_id[key] = _unique(slug(key), key_to_id.values(), ids)
            key_phrases[key] = phrase
        ids.append(key_to_id[key])
        for prefix in narrated_first or ():
            seen.institution_first_words.setdefault(prefix, ids[-1])  # "Calder" after "Calder Drug"
    retyped.update(_named_later(text, attributions, ids))
    grouped = tuple(replace(a, source_id=i or None, type=retyped.get(n, a.type),
                            type_evidence=named_by.get(n, a.type_evidence))
                    for n, (a, i) in enumerate(zip(attributions, ids)))
    sources = build_sources(grouped, text)
    renamed = _person_ids(sources)
    if renamed:
        grouped = tuple(replace(a, source_id=renamed.get(a.source_id, a.source_id)) for a in grouped)
        sources = build_sources(grouped, text)
    return replace(doc, attributions=grouped, sources=tuple(sources))


class _Seen:
    """What grouping keeps of the mentions grouped so far."""

    def __init__(self, text: str, headlines: list[Span]):
        self.text = text
        self.headlines = headlines
        self.earlier: list[tuple[Span, str, Optional[str]]] = []  # (source, id, type), in order
        self.named_ids: set[str] = set()  # ids whose mentions include a person's name
        self.genders: dict[str, str] = {}  # id -> "m" or "f", from its pronouns and honorifics
        self.headline_only: set[str] = set()  # ids whose mentions are all in a headline
        self.span_ids: dict[Span, str] = {}  # each source span's id
        self.institution_first_words: dict[str, str] = {}  # "quarrington" -> the id of "Quarrington Bio"
        self.institution_ids: set[str] = set()  # ids with a mention typed an institution or its non-answer
        self.person_ids: set[str] = set()  # ids with a mention typed a person (named or not) or naming one
        self.document_ids: set[str] = set()  # ids with a mention typed a document or an outlet

    def may_be(self, ident: str, gender: str) -> bool:
        """Whether a pronoun of ``gender`` may stand for the source ``ident``: none of its
        mentions says the other gender, and it is no institution ("China's Defense Ministry
        said …" … "He added")."""
        if self.genders.get(ident, gender) != gender:
            return False
        return ident not in self.institution_ids or ident in self.person_ids

    def group_type(self, ident: str) -> Optional[str]:
        """The type of the group's first mention in the body (a headline's bare "sources" says
        less than the body), else of its first mention."""
        return next((kind for span, other, kind in self.earlier if other == ident and not _inside(span, self.headlines)),
                    None) or next((kind for _, other, kind in self.earlier if other == ident), None)

    def add(self, attribution: Attribution, ident: str) -> None:
        self.earlier.append((attribution.source, ident, attribution.type))
        if attribution.type in ("named_organization", "declined_comment"):
            self.institution_ids.add(ident)
        elif attribution.type in ("document", "media_report"):
            self.document_ids.add(ident)
        phrase = attribution.source.text(self.text)
        names_person = _names_a_person(phrase)
        if attribution.type in PERSON_TYPES or attribution.type in ANONYMOUS_TYPES or (
                attribution.type not in ("document", "media_report")
                and (names_person or _UNNAMED_SPOKESPERSON.fullmatch(phrase.strip(" ,")))):
            # ("Another project lawyer, Beth Anselm", typed an institution by the rules; "an agency
            # spokeswoman", whom a "she" may stand for)
            self.person_ids.add(ident)
        self.span_ids.setdefault(attribution.source, ident)
        # (not a name in its relative clause: "The agency, which built it with the contractor Arclight Systems")
        name = institution_name(_RELATIVE_CLAUSE_IN.split(phrase, maxsplit=1)[0])
        # (nor a document's author: "a presentation by its former consultant, Alder Pension Advisors")
        if name and attribution.type != "document":
            for words in range(1, len(name)):  # "Keel" and "Keel Street" after "Keel Street Partners"
                self.institution_first_words.setdefault(" ".join(name[:words]).lower(), ident)
        if attribution.type in NAMED_TYPES and names_person:
            self.named_ids.add(ident)
        gender = mention_gender(phrase)
        if gender:
            self.genders.setdefault(ident, gender)
        if _inside(attribution.source, self.headlines):
            self.headline_only.add(ident)
        else:
            self.headline_only.discard(ident)


#: an unnamed spokesperson with a gender: "an agency spokeswoman", "A Navy spokesman", "An ICE spokeswoman in El Paso"
_UNNAMED_SPOKESPERSON = re.compile(r"(?:an?|the|another)\s+(?:[\w’'.-]+\s+){0,3}?spokes(?:man|woman)(?:\s+(?:for|in)\s+.+)?", re.I)
#: a capitalised name of two words or more: a person the text brings in between a source and a pronoun
_TWO_WORD_NAME = re.compile(r"\b[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+\b")


def _anonymous_speaker_before(text: str, attribution: Attribution, previous: Attribution, previous_id: str,
                              seen: "_Seen", sentences: Sequence[Sentence]) -> Optional[str]:
    """The unnamed person, granted anonymity, who spoke just before a "he" or "she" in the same or
    the next sentence ("A Harmon detective, who asks not to be named …, says … “Everybody knew …,”
    he says"): the typer's evidence looks for a named person, and would find one further back."""
    phrase = attribution.source.text(text).strip().lower()
    if phrase not in ("he", "she") or previous.source is None:
        return None
    # "The Occupational Safety and Health Administration has opened an inspection, an agency spokeswoman
    # confirmed. She would not say when …": an unnamed spokesperson of that gender
    spokesperson = (previous.type in ("named_organization", "declined_comment")
                    and _UNNAMED_SPOKESPERSON.fullmatch(previous.source.text(text).strip(" ,")) is not None)
    if previous.type not in ANONYMOUS_TYPES and not spokesperson:
        return None
    if not spokesperson and previous.anonymity_reason is None and not ANONYMITY_REASON.match(text, previous.source.end):
        return None  # (not "one questioner claimed …" … "“You’re right,” he said": whoever answers)
    count = "1" if spokesperson else previous.count or count_for(previous.type, previous.source.text(text))
    if count != "1" or seen.genders.get(previous_id, mention_gender(phrase)) != mention_gender(phrase):
        return None
    after = max(span.end for span in (previous.source, previous.cue) if span is not None)
    if after > attribution.source.start or any(is_person_like(name.group()) for name in
                                               _TWO_WORD_NAME.finditer(text, after, attribution.source.start)):
        return None  # a person named in between may be the one meant (not "Border Patrol trucks")
    starts = [sentence.start for sentence in sentences]
    if bisect_right(starts, attribution.source.start) - bisect_right(starts, previous.source.start) > 1:
        return None
    return previous_id


def _named_later(text: str, attributions: Sequence[Attribution], ids: Sequence[str]) -> dict[int, str]:
    """Mentions typed anonymous (or a document, by a person's noun) in a group that names its
    person ("A former employee who worked beside him" … "The employee, Rafael Dunmire"): they
    take the named mention's type,
    as pronouns and short mentions take the type of whom they refer to (ANNOTATION.md §2)."""
    named: dict[str, str] = {}
    for attribution, ident in zip(attributions, ids):
        if (ident and attribution.type in PERSON_TYPES and attribution.source is not None
                and appositive_name(attribution.source.text(text))):
            named.setdefault(ident, attribution.type)
    # (a pronoun keeps the typer's answer, which read its antecedent: "you" in a quote is often nobody)
    return {index: named[ident] for index, (attribution, ident) in enumerate(zip(attributions, ids))
            if ident in named and attribution.source is not None and not is_pronoun(attribution.source.text(text))
            and (attribution.type in ANONYMOUS_TYPES
                 # "An economist who reviewed the study", typed a document: its noun is no document's
                 or attribution.type == "document" and not has("document", (_head_words(attribution.source.text(text)) or [""])[-1])
                 # "the tournament's runner-up", typed an institution: a person's noun
                 or attribution.type == "named_organization" and _person_noun((_head_words(attribution.source.text(text)) or [""])[-1]))}


def _person_noun(word: str) -> bool:
    """Whether a head noun is a person's ("runner-up", "coach", "widow"), not a spokesperson's
    (an unnamed spokesperson speaks for the institution: ANNOTATION.md §2)."""
    noun = word.strip(".,;:").lower()
    return not UNSPECIFIC_NOUNS & {noun, singular(noun)} and person_noun(noun)


def person_noun(noun: str) -> bool:
    """Whether a lower-case noun, or its singular, is a person's in the lexicon (a private role,
    an official's noun, a title, a gendered noun)."""
    return any(has(category, word) for word in (noun, singular(noun))
               for category in ("private_noun", "official_noun", "title", "masculine_noun", "feminine_noun"))


def _named_before(text: str, position: int, gender: str, seen: "_Seen", key_to_id: dict[str, str]) -> Optional[str]:
    """The surname key of the nearest person named in the text before ``position`` whom a
    pronoun of ``gender`` may stand for (not a headline's words, an institution or a source of
    the other gender), or None."""
    for span in names_before(text, position, max(0, position - NAME_LOOKBACK)):
        phrase = span.text(text)
        if _inside(span, seen.headlines) or institution_name(phrase) or not is_person_like(phrase):
            continue
        surname = _surname(phrase)
        if (not surname or seen.genders.get(key_to_id.get(surname), gender) != gender
                or mention_gender(phrase) not in (None, gender)):
            continue
        last = name_words(phrase)[-1]
        if len(re.findall(rf"\b{re.escape(last)}\b", text)) > text.count(phrase):
            return surname  # a person the text calls by surname too ("Vantreese"), not "Tallgrass Supply"
    return None


def _subject_of_sentence_before(text: str, position: int, gender: Optional[str], seen: "_Seen",
                                key_to_id: dict[str, str], sentences: Sequence[Sentence]) -> Optional[tuple[str, Span]]:
    """The surname key (and the name's span) of the person whose full name opens the sentence
    before the one a pronoun at ``position`` opens ("Cheryl Dahl runs an agency. She says"), when
    that sentence holds no source and the given name is of the pronoun's gender; else None."""
    index = bisect_right([sentence.start for sentence in sentences], position) - 1
    if index < 1 or gender is None or text[sentences[index].start:position].strip(" “\"‘'"):
        return None
    before = sentences[index - 1]
    subject = _NAME_THEN_VERB.match(text, before.start, before.end)
    if subject is None or any(span.end > before.start for span, _, _ in seen.earlier):
        return None
    return _subject_of_gender(subject, 1, gender, seen, key_to_id)


def _subject_of_own_sentence(text: str, position: int, gender: Optional[str], seen: "_Seen",
                             key_to_id: dict[str, str], sentences: Sequence[Sentence]) -> Optional[tuple[str, Span]]:
    """The surname key (and the name's span) of the person whose name (after any title) opens
    the sentence a "he" or "she" at ``position`` is in ("State Sen. Carla Munoz, a Democrat, has a bill …, and she says"),
    when no source comes before the pronoun in that sentence and the given name is of its gender."""
    index = bisect_right([sentence.start for sentence in sentences], position) - 1
    if index < 0 or gender is None:
        return None
    start = sentences[index].start
    subject = _TITLED_NAME_OPENING.match(text, start, position)
    if subject is None or any(start <= span.start < position and span.end > subject.end("name")
                              for span, _, _ in seen.earlier):
        return None  # (a source inside the name, the tagger's "State" of "State Sen. Carla Munoz", is none other)
    return _subject_of_gender(subject, "name", gender, seen, key_to_id)


def _subject_of_gender(subject: re.Match, group: int | str, gender: str, seen: "_Seen",
                       key_to_id: dict[str, str]) -> Optional[tuple[str, Span]]:
    """The surname key and span of the name ``subject`` matched in ``group``, when its given name
    is of ``gender`` and the source that surname already keys says no other."""
    name = subject.group(group)
    surname = _surname(name)
    if (not surname or mention_gender(name) != gender
            or seen.genders.get(key_to_id.get(surname), gender) != gender):
        return None
    return surname, Span(subject.start(group), subject.end(group))


#: a name opening a sentence, after up to three title words: "State Sen. Carla Munoz", "Ada Brill"
_TITLED_NAME_OPENING = re.compile(r"\s*(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}?(?P<name>(?-i:[A-Z][a-z’'-]+)\s+(?-i:[A-Z][a-z’'-]+))"
                                  r"(?=,|\s+(?-i:[a-z]))")


#: a full name and a verb opening a sentence: "Cheryl Dahl runs", "Tamika Reese works"
_NAME_THEN_VERB = re.compile(r"((?-i:[A-Z][a-z’'-]+)(?:\s+(?-i:[A-Z][a-z’'-]+)){1,2})\s+(?!said\b|says\b|told\b)(?-i:[a-z]+)\b")

#: "the company", "The firm": a company the text may have named only in its narration
_COMPANY_ANAPHOR = re.compile(r"the\s+(?:company|firm)", re.I)
#: a capitalised name ("Tessaline Marine Works", "Calloway Tube & Steel")
_NAME_RUN = re.compile(r"(?<![\w’'])[A-Z][\w’'.-]*(?:\s+(?:&\s+)?[A-Z][\w’'.-]*)*")
#: "a power line owned by Summit Crest Electric": a company's name follows
_OWNED_BY = re.compile(r"(?:(?:owned|operated|run|built|made|sold|managed)\s+by|belong(?:s|ed)?\s+to)\s+$", re.I)
#: "backed by the Singapore fund Meridian Tan Holdings": an investor the narration names in passing, not the company
_BACKED_BY = re.compile(r"(?:backed|funded|financed|bankrolled)\s+by\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}$", re.I)
#: the company words a company's name may end with, beyond ``company_name_end``
_COMPANY_NAME_WORDS = frozenset({"company", "co", "inc", "corp", "corporation", "llc", "holdings", "motors", "airlines",
                                 "airways", "group", "partners", "bank"})
#: how far back, in characters, "the company" looks for a company the narration named
NARRATION_LOOKBACK = 1500


def _narrated_company(text: str, position: int) -> Optional[tuple[int, list[str]]]:
    """The start and words of the company named last in the text before ``position``: a
    name ending in a company word ("Harrowgate Motors"), one an appositive calls a company
    ("Nestwise, the maker of …"; "Brindle Fields Farms, one of the largest … producers") or one
    after "owned by"; or None."""
    appositive = _company_appositive()
    found = None
    for match in _NAME_RUN.finditer(text, max(0, position - NARRATION_LOOKBACK), position):
        words = match.group().split()
        if words[0] == "The":
            words = words[1:]
        if not words:
            continue
        if _BACKED_BY.search(text, max(0, match.start() - 50), match.start()):
            continue
        words[-1] = re.sub(r"(?:’s|'s)$", "", words[-1])  # "Pellucid Commerce’s 44 warehouses"
        last = words[-1].lower().rstrip(".")
        if ((len(words) >= 2 and (last in _COMPANY_NAME_WORDS or last in lexicon()["company_name_end"]))
                or _appositive_before(appositive, text, match.end(), position) or _OWNED_BY.search(text, max(0, match.start() - 30), match.start())):
            found = (match.start(), words)
    return found


@lru_cache(maxsize=1)
def _company_appositive() -> re.Pattern:
    """", a family-owned company", ", one of the largest bagged-salad producers" after a name."""
    return re.compile(r"(?:’s|'s)?,\s+(?:an?|the|one\s+of\s+the)\s+(?:[\w’'-]+\s+){0,6}?(?:"
                      + "|".join(map(re.escape, lexicon()["company_noun"])) + r")\b", re.I)


def _appositive_before(pattern: re.Pattern, text: str, start: int, position: int) -> bool:
    """Whether ``pattern`` matches at ``start`` and ends before ``position`` ("On Sunday, the
    company said" calls no Sunday a company)."""
    match = pattern.match(text, start)
    return match is not None and match.end() <= position


def institution_name(phrase: str) -> list[str]:
    """The words of a company's or an institution's name in ``phrase`` ("its maker, Quarrington
    Bio" -> ["Quarrington", "Bio"]; "the Brackwell Regional Transit Authority"), or []."""
    for part in phrase.split(","):
        words = _NAME_WORD.findall(part)
        if words and words[0].lower() == "the":
            words = words[1:]
        capitalised = _capitalised_tail(words)
        if (2 <= capitalised < len(words) <= capitalised + 3 and words[-capitalised - 1].lower() in INSTITUTION_NOUNS
                and not any(w.lower() in _NOT_BEFORE_A_NAME for w in words[:-capitalised])):
            # "the short-selling firm Pellucid Research": the firm's name (not "the founder of the
            # investment firm Bramblecrest Capital", a person described by the firm)
            words = words[-capitalised:]
        last = words[-1].lower().rstrip(".") if words else ""
        if (len(words) >= 2 and all(w[0].isupper() for w in words)
                and (last in lexicon()["organization"] or last in lexicon()["company_name_end"])):
            return words
        # "Stormline Alert Systems of Wichita": a company's name, then its town (not "the Vermont
        # Department of Health", whose "of" is part of the name)
        based = _COMPANY_THEN_PLACE.match(part.strip())
        if based and based.group(1).split()[-1].lower().rstrip(".") in lexicon()["company_name_end"]:
            return based.group(1).split()
    return []


#: a capitalised name of two words or more, then "of" or "in" and a capitalised place
_COMPANY_THEN_PLACE = re.compile(r"(?:the\s+)?((?-i:[A-Z])[\w’'&.-]*(?:\s+(?-i:[A-Z])[\w’'&.-]*)+)\s+(?:of|in)\s+(?-i:[A-Z])",
                                 re.I)


def _person_ids(sources: Sequence[Source]) -> dict[str, str]:
    """New ids for people whose group began with a description ("the county sheriff" …
    "Sheriff Dale Hutchins" is "hutchins", not "county-sheriff"), where the surname is free."""
    taken = {source.id for source in sources}
    renamed = {}
    for source in sources:
        if source.type not in PERSON_TYPES:
            continue
        surname = appositive_surname(source.name) or _surname(source.name)
        new = slug(surname) if surname else None
        if new and new != source.id and not source.id.startswith(new) and new not in taken:
            renamed[source.id] = new
            taken.add(new)
    return renamed


_MASCULINE = re.compile(r"^(?:he|him|his|himself)$|^mr\.?\s", re.I)
_FEMININE = re.compile(r"^(?:she|her|hers|herself)$|^(?:ms|mrs|miss)\.?\s", re.I)


def mention_gender(phrase: str) -> Optional[str]:
    """"m" or "f" where a pronoun, an honorific, the head of a description ("his daughter,
    Joanna Pruden") or a common given name says so, else None."""
    phrase = phrase.strip()
    if _MASCULINE.search(phrase):
        return "m"
    if _FEMININE.search(phrase):
        return "f"
    head = _head_words(phrase)
    if len(head) >= 2:  # a description, not a bare "Man" or a name
        noun = head[-1].strip(".,;:")
        if noun in lexicon()["feminine_noun"]:
            return "f"
        if noun in lexicon()["masculine_noun"]:
            return "m"
    # the last given name before a surname ("District Attorney Celia Brandvold", "Anna M.
    # Pruszynski", "The worker, Rosa Delgado of the …"; "Virginia Beach Mayor Tom Lee" is Tom), in
    # a part between commas that is a name alone first ("Tom Berglund, an energy consultant in Ann Arbor"
    # is Tom, "The sheriff of Santa Lucia County, Dwight Lomax" Dwight)
    parts = phrase.split(",")
    for part in sorted(parts, key=lambda part: not re.fullmatch(r"\s*(?:[A-Z][\w’'.-]*\s*)+", part)):
        for given in reversed(_GIVEN_THEN_SURNAME.findall(part)):
            if given.lower() in lexicon()["feminine_given_name"]:
                return "f"
            if given.lower() in lexicon()["masculine_given_name"]:
                return "m"
    return None


_GIVEN_THEN_SURNAME = re.compile(r"(?=(?<![\w’'.-])([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+)")


def _names_a_person(phrase: str) -> bool:
    """Whether a mention gives a person's name: an appositive name, or a part that ends in two
    capitalised words ("The prosecutor, Assistant Commonwealth’s Attorney Renee Okafor"; not
    "A former engineer at the collapsed exchange Halcyon", not "The Justice Department")."""
    if appositive_name(phrase):
        return True
    for part in phrase.split(","):
        # "A Texas oilman who has given … to groups supporting Mr. Haskell": a name in a relative
        # clause is somebody else; "A third-grade teacher at Ridgeway Elementary": a description's place
        head = re.split(r"\s(?:who|whose|which|that)\s", part, maxsplit=1)[0]
        if re.match(r"\s*(?:a|an|the|another)\s", head, re.I):
            head = re.split(r"\s(?:at|of|from|in|for|with|on)\s", head, maxsplit=1)[0]
        words = _NAME_WORD.findall(head)
        if (len(words) >= 2 and all(w[0].isupper() for w in words[-2:])
                and words[-1].lower() not in INSTITUTION_NOUNS and not words[-1].endswith(("’s", "'s"))
                and not institution_name(part.strip())):  # "The hospital’s insurer, Keystone Mutual"
            return True
    return False


def _inside(span: Span, spans: Sequence[Span]) -> bool:
    return any(outer.start <= span.start and span.end <= outer.end for outer in spans)


_ACRONYM_SKIP = frozenset({"of", "and", "for", "on", "the", "&"})


def _initials(key: str, capitals_of: Optional[str] = None) -> str:
    """The initials of ``key``'s words, or of the capitalised words of the phrase
    ``capitals_of`` ("The state Department of Correctional Services" -> "dcs")."""
    if capitals_of is not None:
        return "".join(w[0] for w in _NAME_WORD.findall(source_head(capitals_of))
                       if w[0].isupper() and w.lower() != "the").lower()
    # "u.s." gives "us": "the U.S. Army Corps of Engineers" is USACE
    return "".join(w.replace(".", "") if _DOTTED_ACRONYM.fullmatch(w) else w[0] for w in key.split() if w not in _ACRONYM_SKIP)


def _acronym_partners(key: str, phrase: str, type_: Optional[str], known_keys: dict[str, str]) -> list[str]:
    """The keys that spell out ``key`` as an acronym, or that ``key`` spells out: "faa" for
    "federal aviation administration" and back. Institutions only; the acronym must be
    written in capitals ("FAA")."""
    if type_ in PERSON_TYPES and not is_acronym(phrase):
        return []  # (a bare acronym is an institution whatever the typer said: "GAO recommended")
    if " " not in key:
        if (not re.search(rf"\b{re.escape(key.upper())}\b", phrase.replace("&", "").replace(".", ""))
                or not 2 <= len(key) <= 6):
            return []
        return [k for k in known_keys if " " in k and key in _acronym_partners(k, known_keys[k], None, {})]
    spelled = {_initials(key), _initials(key, capitals_of=phrase)}
    # "The Halvorsen Museum of Natural History in Minneapolis" is HMNH; "the Nebraska Department of
    # Health and Human Services" is DHHS
    bare = _initials(re.sub(r"\s+(?:in|at)\s+\S.*$", "", key))
    spelled |= {bare} | ({bare[1:]} if len(bare) >= 4 else set())
    # "the Department of Veterans Affairs" is the VA; "the Centers for Disease Control and
    # Prevention" the CDC: the acronym leaves out "Department of" or the last "and …"
    if key.startswith("department of "):
        spelled.add(_initials(key[len("department of "):]))
    if " and " in key:
        spelled.add(_initials(key[:key.rindex(" and ")]))
    # "the state Department of Insurance" is DOI, its capitalised words with their "of"; "The U.S.
    # Army Corps of Engineers" USACE, without it
    named = re.search(r"(?-i:[A-Z])[\w.’'-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w.’'-]*)+", re.sub(r"^\s*the\s+", "", phrase, flags=re.I))
    if named and " of " in named.group():
        words = named.group().split()
        letters = [w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}", w) else w[0] for w in words]
        spelled |= {"".join(letters).lower(), "".join(c for c, w in zip(letters, words) if w != "of").lower()}
    if re.match(r"\s*(?:the\s+)?U\.\s?S\.\s", phrase, re.I):
        spelled |= {"us" + i for i in spelled}  # "The U.S. Geological Survey" (keyed without "U.S.") is the USGS
    return [i for i in spelled if len(i) >= 2]


def _defined_acronym(text: str, phrase: str, earlier: list[tuple[Span, str, Optional[str]]]
                     ) -> Optional[tuple[str, Optional[str]]]:
    """The id and type of the earlier mention that defines the acronym ``phrase`` is ("The FIR",
    "BNA") in brackets ("the CBI’s first information report (FIR)"), or None."""
    bare = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(" ,"), flags=re.I)
    if not re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", bare) or sum(c.isupper() for c in bare) < 2:
        return None
    for span, ident, kind in reversed(earlier):
        if f"({bare})" in span.text(text):
            return ident, kind
    return None


def _last_ending_in(key: str, key_to_id: dict[str, str], among: set[str]) -> Optional[str]:
    """The id of the last key that ends in ``key`` ("justice department" for "department",
    "harbor city star" for "star") whose source is one of ``among``, or None."""
    longer = [k for k in key_to_id if k.endswith(" " + key) and key_to_id[k] in among]
    return key_to_id[longer[-1]] if longer else None


def _person_type(type_: Optional[str]) -> str:
    return type_ if type_ in PERSON_TYPES else "named_person"


def _given_name_apart(key: str, name: list[str], given_names: dict[str, str]) -> str:
    """"Tom Holt" after "Jane Holt" is another person: a surname key already taken by a
    different given name becomes "given surname"."""
    if len(name) < 2 or not key or name[-1].lower().rstrip(".") != key and not name[-1].lower().startswith(key):
        return key
    words = [w.lower() for w in name[:-1]]
    known = given_names.setdefault(key, " ".join(words)).split()
    # the given name is the last word before the surname that is no initial, so "NIA ROBERTS" is the
    # "Chief Public Defender Nia Roberts" before it and "John F. Kennedy" is "John Kennedy"
    given, known_given = _given_name(words), _given_name(known)
    return key if given in known or known_given in words else f"{given} {key}"


def _given_name(words: list[str]) -> str:
    return next((w for w in reversed(words) if not re.fullmatch(r"\w\.?", w)), words[0] if words else "")


#: a full name after a lower-case description: "seventh-grader Ava Brandt", "longtime resident Jo Ames"
_DESCRIBED_FULL_NAME = re.compile(r"((?:[A-Za-z][\w’'-]*\s+){1,3}?)(?-i:([A-Z][a-z’'-]+)\s+(?:[A-Z]\.\s+)?([A-Z][\w’'-]+))\s*,?")


def _described_full_name(phrase: str) -> list[str]:
    """The given name and surname ending a description with a lower-case word
    (:data:`_DESCRIBED_FULL_NAME`: "Longtime owner Bud Harlan"), or []."""
    match = _DESCRIBED_FULL_NAME.fullmatch(source_head(phrase))
    if not match or not re.search(r"(?<![\w’'-])[a-z]", match.group(1)):
        return []
    return [match.group(2), match.group(3)]


def _by_given_name(key: str, phrase: str, first_names: dict[str, set[str]], given_names: dict[str, str]) -> str:
    """"Ava, who is 12" after "seventh-grader Ava Brandt": a bare given name that is one earlier
    person's (``first_names``) and nobody's surname (``given_names``) is that person's key; a
    child is often called so."""
    name = source_head(phrase).strip()
    if key != name.lower() or not re.fullmatch(r"(?-i:[A-Z][a-z’'-]+)", name) or key in given_names:
        return key
    people = first_names.get(key, set())
    return next(iter(people)) if len(people) == 1 else key


def _unique(ident: str, *taken_lists) -> str:
    taken = {t for taken_list in taken_lists for t in taken_list}
    if ident not in taken:
        return ident
    n = 2
    while f"{ident}-{n}" in taken:
        n += 1
    return f"{ident}-{n}"


#: a relative clause inside a mention: "The agency, which built Kestrel with …"
_RELATIVE_CLAUSE_IN = re.compile(r",\s+(?:which|who|whose|that)\b")


def _named_in_relative_clause(text: str, name: str, span: Span) -> bool:
    """Whether ``name`` comes up in ``span`` only after a relative clause opens ("Arclight" in
    "The agency, which built Kestrel with the contractor Arclight Systems"), or inside an
    appositive that relates the source to it ("Norrvik" in "Baltic Gate, a subsidiary of the
    Danish shipping group Norrvik"; not "Brandvold" after "…, a spokeswoman for the diocese,")."""
    found = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)").search(text, span.start, span.end)
    return found is not None and bool(_RELATIVE_CLAUSE_IN.search(text, span.start, found.start())
                                      or _RELATED_BY_APPOSITIVE.search(text, span.start, found.start()))


#: an appositive that relates a source to somebody else, up to the name: ", a subsidiary of the … group "
_RELATED_BY_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+[^,]*?\b(?:of|at|for|by|with|from)\s[^,]*$", re.I)
#: a relative clause right after a mention's head: "The board| , which licenses …"
_RELATIVE_CLAUSE_AFTER = re.compile(r"\s*,\s*(?:which|who)\s")


#: a place's name before a hyphenated modifier: "Cincinnati-" in "the Cincinnati-based chain"
_PLACE_BASED = re.compile(r"(?<![\w’'-])(?-i:[A-Z])[\w’'.]*-(?=(?:based|area|born|owned|headquartered)\b)")


def _referent(text: str, mention: Span, mentions: MentionIndex, earlier: list[tuple[Span, str, Optional[str]]],
              type_: Optional[str]) -> Optional[str]:
    """The id of the earlier source this mention refers to, if it refers to one."""
    if not earlier:
        return None
    phrase = mention.text(text)
    partitive = PARTITIVE.match(phrase.strip())
    if not partitive and is_short_name(phrase) and (type_ not in NAMED_TYPES or len(name_words(phrase)) > 1):
        return None  # "The Legislature", "Tom Holt" are names of their own, not a surname pointing back
    if partitive:
        if appositive_name(phrase):
            return None  # "One of them, Lupe Carranza": a member named is a source of her own
        rest = partitive.group(1).split(",")[0].strip()  # "One of them, a former camp director"
        if not rest:  # "one of them": the nearest earlier group of more than one
            # (a plural in its head: not "Brandt’s lawyer, Mitchell Greer", nor "Sheriff Dale Hutchins")
            plural = [ident for span, ident, _ in earlier if span.end <= mention.start
                      and any(_plural_head(w) for w in re.findall(r"[\w’'-]+", source_head(span.text(text))))]
            return plural[-1] if plural else None
        words = [w for w in rest.split() if _bare_noun(w) not in DROP]
        # the group's noun is the first plural word ("none of the officials interviewed"), and a
        # plural is a group's: "one of the two officials" is not the "senior Army official" just before
        plural = next((w.lower().strip(".,;:") for w in words if _is_plural(w)), None)
        head = _bare_noun(plural or rest.split()[-1])
        head_words = {span: [w.lower() for w in re.findall(r"[\w’'-]+", source_head(span.text(text)))]
                      for span, _, _ in earlier if span.end <= mention.start}
        candidates = [span for span, words in head_words.items() if head in {_bare_noun(w) for w in words}]
        if plural is not None:
            candidates = [span for span in candidates if plural in head_words[span]] or candidates
        if not candidates:
            return None
        # the group the rest describes best ("two of the diplomats involved in the drafting" is of "two
        # European diplomats involved in the drafting", not of the "diplomats from the Baltic delegations"
        # after them); the nearest on a tie
        described = {w.lower() for w in re.findall(r"[\w’'-]+", rest) if len(w) > 3} - DROP
        best = max(reversed(candidates), key=lambda span: len(described & {w.lower() for w in re.findall(r"[\w’'-]+", span.text(text))}))
        return next((ident for span, ident, _ in earlier if span == best), None)
    if not is_short_description(phrase) and is_short_description(source_head(phrase)) and (
            type_ == "document" or _RELATIVE_CLAUSE_AFTER.match(phrase, len(source_head(phrase)))):
        # "The memo, a copy of which was obtained by …" is "the memo"; "The board, which licenses
        # the state’s 340 private cemeteries," is "the board"
        phrase = source_head(phrase)
    if is_short_description(phrase) or is_short_description(_PLACE_BASED.sub("", phrase)):
        # ("the Cincinnati-based chain" is a short description too)
        return None if CONTRAST.search(phrase) else _described(text, mention, phrase, earlier, type_)
    possessive = POSSESSIVE_DESCRIPTION.fullmatch(phrase.strip())
    if possessive and not CONTRAST.search(phrase):
        # "His daughter" after "his daughter, Joanna Pruden": the nearest mention with that noun
        noun = possessive.group(1).split()[-1].lower()
        return next((ident for span, ident, kind in reversed(earlier) if span.end <= mention.start
                     and kind in NAMED_TYPES and noun in _head_words(span.text(text))), None)
    evidence = find_evidence(text, mention, mentions)
    if evidence is not None:
        surname = _surname(phrase) if type_ in NAMED_TYPES and not is_pronoun(phrase) else None
        # "Mr. Pruitt" after "A spokeswoman for Mr. Pruitt, Kelsey Monroe": that mention is Monroe
        overlapping = [(ident, kind) for span, ident, kind in earlier if span.start < evidence.end and evidence.start < span.end
                       and (surname is None or kind not in NAMED_TYPES
                            or _named_surname(span.text(text)) in (None, surname))
                       # "Arclight" after "The agency, which built Kestrel with the contractor Arclight
                       # Systems": a name in another source's relative clause is not that source
                       and not (not is_pronoun(phrase) and _named_in_relative_clause(text, phrase.strip(), span))]
        if overlapping:
            ident, kind = overlapping[-1]
            if kind == "document" and type_ in NAMED_TYPES:
                return None  # "Nygaard" first named inside "A memo that the budget director, Harold Nygaard, wrote"
            if is_pronoun(phrase) and type_ in PERSON_TYPES and kind in PERSON_TYPES and kind != type_:
                # the typer read that antecedent and disagreed ("He", an official, after "Marcus
                # Feld, an analyst"): the last few sources of the pronoun's own type come first
                agreeing = [i for span, i, k in earlier[-RECENT_SOURCES:] if k == type_ and not is_pronoun(span.text(text))]
                if agreeing:
                    return agreeing[-1]
            return ident
    return None


def _headline_referent(text: str, phrase: str, earlier: list[tuple[Span, str, Optional[str]]],
                       headline_only: set[str], type_: Optional[str] = None) -> Optional[str]:
    """The headline source this body mention spells out: the same head noun, in the same
    number ("audit" … "an audit by the Pentagon's inspector general"; "people familiar" …
    "three people familiar with the negotiations"); the headline's bare "sources" is the
    body's first people familiar or anonymous officials."""
    words = _noun_phrase(phrase)
    if not words:
        return None
    nouns = {words[-1].strip(".,;:")} | _descriptions_of_named(phrase)  # "mayor" … "Mayor Anders Hallstrom"
    nouns |= _titles_named_elsewhere(text, phrase)  # "chancellor" … "Okonjo:", named "Chancellor Ruth Okonjo"
    if type_ == "named_organization":
        for part in phrase.split(",")[1:]:  # "Watchdog" … "The Campaign Integrity Project, a nonpartisan watchdog group"
            described = _noun_phrase(part.strip())
            if len(described) >= 3 and described[-1] in _GROUP_NOUNS:
                nouns.add(described[-2])
    if type_ == "document" and nouns & {"poll", "survey"}:
        nouns |= {"poll", "survey"}  # "poll" … "a survey by the Consulta Andina institute"
    spokesperson = SPOKESPERSON.match(phrase.strip(" ,"))
    if spokesperson and type_ in ("named_organization", "declined_comment") and (spokesperson.group(1) or "").strip():
        nouns.add(spokesperson.group(1).split()[-1].lower())  # "court says" … "a spokeswoman for the Missouri Supreme Court"
    before_name = {w.lower() for w in _NAME_WORD.findall(phrase.split(",")[0])[:-1]}
    for span, ident, kind in earlier:
        if ident in headline_only:
            head = _head_words(span.text(text))
            noun = head[-1].strip(".,;:") if head else ""
            if noun in nouns:
                return ident
            spelled = lexicon_map("headline_abbreviation").get(noun)
            if (spelled and type_ in NAMED_TYPES and spelled.split()[-1] in before_name | nouns
                    and not before_name & {"assistant", "deputy", "associate", "former"}):  # "AG" is no assistant AG
                return ident  # "GM" … "general manager Dan Hollins"; "state vet" … "State Veterinarian Dr. Anneke Holm"
            if (noun == "chief" and type_ in NAMED_TYPES and before_name & _HEAD_TITLES
                    and {w for w in head[:-1] if len(w) > 2} <= {w.lower() for w in _NAME_WORD.findall(phrase)}):
                return ident  # "Senate budget chief" … "Senate Budget Committee Chairman Marcus Ebbing"
            if (type_ == "named_organization" and noun in _LOCAL_GOVERNMENTS
                    and re.search(rf"\b{noun.capitalize()}\b", phrase) and not CONTRAST.search(phrase)):
                return ident  # "…, county says" … "the Black Hawk County Health Department said"
            if (type_ == "document" and head and kind not in PERSON_TYPES and noun not in nouns
                    and re.search(r"\b" + r"\s+".join(map(re.escape, head + ([] if kind == "document" else [words[-1]])))
                                  + r"\b", phrase, re.I)):
                # "Grand jury finds …" … "a grand jury report released on Tuesday": its author's report;
                # the headline's "court records" … "an analysis of Missouri court records by The Tribune"
                return ident
            if noun == "documents" and len(head) == 1 and type_ == "document" and _is_plural(words[-1]):
                return ident  # "…, documents show" … "Internal emails filed in a lawsuit": the body's first papers
            if noun == "state" and type_ == "named_organization" and _STATE_AGENCY.search(phrase):
                return ident  # "…, state says" … "the Vermont Department of Health said"
            if (type_ == "named_organization" and _NATION.fullmatch(span.text(text))
                    and re.match(r"\s*(?:the\s+)?(?:U\.S\.|United\s+States|federal)\s", phrase, re.I)):
                return ident  # "…, U.S. Says" … "the United States attorney’s office in Manhattan said"
            if (noun == "media" and "state" in head and type_ == "media_report"
                    and STATE_MEDIA.search(phrase) and re.search(r"\bstate\b", phrase, re.I)):
                return ident  # "…, state media says" … "according to that country’s state broadcaster"
            if noun in ("source", "sources") and len(head) == 1 and type_ in ("anonymous_familiar", "anonymous_official"):
                return ident  # "…, sources say" … "three people with knowledge of the shipments"
            if (type_ in ("named_organization", "declined_comment") and noun in lexicon()["organization_anaphor"]
                    and (institution_name(phrase) or type_ == "named_organization" and _BARE_COMPANY.fullmatch(phrase.strip(" ,")))
                    and _same_kind(noun, phrase)
                    # (a headline's "Safety board" is no "Meridia Air": the headline's other words name it)
                    and all(word in phrase.lower() for word in head[:-1]
                            if len(word) > 2 and word not in ("the", "its", "his", "her", "their", "this", "that"))):
                return ident  # the headline's "company" is the first company the body names ("Volterra said")
    return None


def _titles_named_elsewhere(text: str, phrase: str) -> set[str]:
    """The titles the text gives a bare surname's full name where it is no source ("Okonjo"
    or "OKONJO" after "a letter … accused Chancellor Ruth Okonjo" -> chancellor), and the noun of
    an appositive before it ("His older brother, Ethan Raskin" -> brother)."""
    if not _BARE_SURNAME.fullmatch(phrase.strip(" ,")):
        return set()
    surname = re.escape(phrase.strip(" ,"))
    titles = set()
    for match in re.finditer(rf"((?:(?-i:[A-Z])[\w.’'-]*\s+){{1,3}})(?-i:[A-Z])[\w’'-]+\s+(?i:{surname})\b", text):
        titles |= {w.lower().rstrip(".") for w in match.group(1).split() if has("title", w.lower().rstrip("."))}
    # "His older brother, Ethan Raskin, 41," -> brother
    for match in re.finditer(rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?-i:[A-Z])[\w-]*[’']s)\s+(?:[\w-]+\s+){{0,2}}?"
                             rf"(?P<noun>[a-z]+),\s+(?-i:[A-Z])[\w’'-]+\s+(?i:{surname})\b", text):
        titles.add(match.group("noun"))
    return {t for t in titles if t not in UNSPECIFIC_NOUNS}


#: a surname alone, in its own case or a label's capitals ("Okonjo", "ROSVALL")
_BARE_SURNAME = re.compile(r"(?-i:[A-Z])[\w’'-]+")


#: the titles a headline's "chief" stands for: the head of a committee, an agency, a company
_HEAD_TITLES = frozenset({"chairman", "chairwoman", "chair", "director", "administrator", "commissioner", "president",
                          "head", "secretary", "minister", "superintendent", "executive"})
#: a government's outlet, or any news agency, by its words: "state media", "the state-run Belmara News
#: Agency", "that country’s state broadcaster" (not "the state broadcasting regulator")
STATE_MEDIA = re.compile(r"\b(?:(?:state|government)(?:-run|-owned|-controlled)?|official)\s+(?:news\s+agency|media|"
                         r"television|TV|broadcaster|radio|newspaper|news\s+outlets?|outlets?)\b(?!\s+(?:regulator|"
                         r"authority|ministry|watchdog))|\bnews\s+agency\b", re.I)
#: an institution's generic noun after the word that says what it is: "a watchdog group", "an advocacy organization"
_GROUP_NOUNS = frozenset({"group", "organization", "organisation", "nonprofit", "coalition", "firm", "body", "outfit"})


#: a one- or two-word capitalised name the typer took for an institution ("Volterra")
_BARE_COMPANY = re.compile(r"(?-i:[A-Z])[\w’'&-]+(?:\s+(?-i:[A-Z])[\w’'&-]+)?")


def _described_before_named(text: str, phrase: str, earlier: list[tuple[Span, str, Optional[str]]],
                            named_ids: set[str]) -> Optional[str]:
    """The earlier unnamed description a newly named person's own description or title
    matches ("his lawyer" … "The lawyer, Stefan Kowalski"; "the county sheriff" … "Sheriff
    Dale Hutchins"), or None: a single person, in a group no name has joined yet."""
    nouns = _descriptions_of_named(phrase)
    if not nouns or CONTRAST.search(phrase):
        return None
    for span, ident, kind in reversed(earlier):
        candidate = span.text(text)
        if (ident in named_ids or kind == "media_report" or is_pronoun(candidate) or SPOKESPERSON.match(candidate)
                or appositive_name(candidate) or is_short_name(candidate)):
            continue
        head = _head_words(candidate)
        if len(head) < 2 or head[0] in PLURAL_DETERMINERS:
            continue
        if kind == "document" and has("document", head[-1]):
            continue  # a document's noun; "An economist who reviewed the study", typed a document, is a person
        # its head or an appositive's ("The mission's principal investigator, a planetary
        # scientist at …" … "The scientist, Tobias Rendahl"; "A schoolteacher" … "The teacher")
        for part in candidate.split(","):
            words = _head_words(part.strip())
            noun = words[-1].strip(".,;:") if words else ""
            if any(noun == n or len(n) >= 5 and noun.endswith(n) for n in nouns):
                return ident
    return None


#: a person introduced without a name ("A man who has fished these waters for 40 years", "A man
#: waiting at a bus stop")
_INTRODUCED = re.compile(r"an?\s+(?:(?:man|woman|person|resident)\s+(?:[a-z]+ing\s+)?(?:who|whose|with|from|in|at|on|near|outside)"
                         r"|(?:[\w’'-]+\s+){0,3}[\w’'-]+\s+(?:who|whose))\b", re.I)  # "A Texas oilman who has given …"
#: … and named in the next mention ("The fisherman, Wendell Tibbetts, 63"; "The store owner, …")
_RENAMED = re.compile(r"the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$", re.I)


def _introduced_before(text: str, phrase: str, earlier: list[tuple[Span, str, Optional[str]]],
                       named_ids: set[str]) -> Optional[str]:
    """The person a newly named mention renames ("A woman who has lived on Larkin Street since
    1988" … "The resident, Ingrid Vasko"): the nearest earlier mention that is no pronoun and no
    document, if it introduced somebody without a name ("A …  who", "A man from …"), was not
    granted anonymity and, where both say a gender, is of the new noun's."""
    first = phrase.split(",")[0].strip()
    if not _RENAMED.fullmatch(first) or not appositive_name(phrase):
        return None
    for span, ident, kind in reversed(earlier):
        candidate = span.text(text)
        if is_pronoun(candidate) or kind in ("document", "media_report"):
            continue  # "A man who … said. He added …"; "Lottery records show …" between
        genders = {mention_gender(first), mention_gender(candidate)} - {None}
        if (_INTRODUCED.match(candidate.strip()) and ident not in named_ids
                and kind not in ("anonymous_official", "anonymous_familiar") and len(genders) <= 1):
            return ident
        return None
    return None


def _descriptions_of_named(phrase: str) -> set[str]:
    """The nouns a named person's mention describes them by: an appositive's head ("The
    lawyer, Stefan Kowalski" -> lawyer) or a title before the name ("Sheriff Dale Hutchins")."""
    nouns = set()
    name = appositive_name(phrase)
    named = False
    for part in phrase.split(","):
        words = _head_words(part.strip())
        if len(words) >= 2 and words[0] in ("the", "a", "an", "his", "her", "their", "its"):
            if not (named and words[0] in ("a", "an")):  # "…, Marguerite Salcedo-Blum, a restructuring
                nouns.add(words[-1].strip(".,;:"))       # lawyer" is no "his lawyer" mentioned before
        named = named or bool(name) and _NAME_WORD.findall(part)[-len(name):] == name
    first_part = _NAME_WORD.findall(phrase.split(",")[0])
    if name and first_part[-len(name):] == name:
        before = [w.lower().rstrip(".") for w in first_part[:-len(name)]]
        title_words = [w.lower() for w in name[:-2]]  # "Sheriff Dale Hutchins": the name kept its title
        nouns.update(w for w in before + title_words if has("title", w))
        nouns.update(_ABBREVIATED_TITLES[w] for w in before if w in _ABBREVIATED_TITLES)  # "Sen. Paul Hendricks": senator
    return {n for n in nouns if (not n.endswith("s") or n.endswith("ss")) and n not in UNSPECIFIC_NOUNS}


#: a title's abbreviation and the word a headline or a later mention spells out
_ABBREVIATED_TITLES = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "adm": "admiral",
                       "col": "colonel", "capt": "captain", "lt": "lieutenant", "sgt": "sergeant", "supt": "superintendent",
                       "det": "detective", "insp": "inspector", "prof": "professor", "atty": "attorney", "cmdr": "commander"}


#: words that end the head of a source phrase: "people | familiar with the matter",
#: "a 2023 audit | commissioned by the authority's board"
_HEAD_END = re.compile(r",|\s(?:of|by|for|with|from|at|in|on|to|who|whose|which|that|familiar|briefed|involved|close|"
                       r"commissioned|obtained|reviewed|released|signed|filed|compiled|seen)\b", re.I)


#: "a copy of the cable reviewed by The Ledger" is the cable
_COPY_OF = re.compile(r"^\s*(?:an?|the|one)\s+(?:\w+\s+)?cop(?:y|ies)\s+of\s+", re.I)


def _head_words(phrase: str) -> list[str]:
    """The lower-cased words of a source phrase's head, possessives left as they are."""
    phrase = _COPY_OF.sub("the ", phrase)
    words = [w.lower() for w in re.findall(r"[\w’'.-]+", _HEAD_END.split(phrase, maxsplit=1)[0])]
    while len(words) > 1 and words[-1] in ("there", "here"):
        words.pop()  # "officials there" (a headline's "…, officials there confirm") are officials
    return words


#: participles that do not end in "-ed": "a letter sent (to the company)", "a memo written by …"
_IRREGULAR_PARTICIPLES = frozenset({"sent", "written", "given", "made", "drawn", "shown", "seen", "kept", "taken",
                                    "brought", "put", "read", "held", "left", "found", "won", "built", "paid", "laid"})


def _noun_phrase(phrase: str) -> list[str]:
    """:func:`_head_words` without a participle after the noun ("a notice scheduled (to be
    published …)", "A memo prepared (by …)", "a letter sent (to …)": the noun is the last word)."""
    words = _head_words(phrase)
    while len(words) > 1 and (words[-1].endswith("ed") or words[-1] in _IRREGULAR_PARTICIPLES) and not words[-2].endswith("ly"):
        words = words[:-1]
    return words


def _described(text: str, mention: Span, phrase: str, earlier: list[tuple[Span, str, Optional[str]]],
               type_: Optional[str] = None) -> Optional[str]:
    """The source a short description ("the officials", "the agency", "the newspaper") points
    back at: the nearest earlier mention with that noun, in the same number (a document in
    either), in its head; else, for an outlet or an institution, the last one cited of its kind."""
    words = _head_words(phrase)[1:] or [w.lower() for w in phrase.split()[1:]]  # "The emails, obtained" -> "emails"
    noun = words[-1].strip(".,;:")
    noun = _SHORT_NOUN.get(noun, noun)
    plural_nearer = False
    for span, ident, kind in reversed(earlier):
        if span.end > mention.start:
            continue
        if (kind == "document") != (type_ == "document") and type_ is not None:
            continue  # "The railroad" is not "Federal Railroad Administration data"
        candidate = span.text(text)
        head = _noun_phrase(candidate)
        if kind == "document":
            if (_document_noun(noun) in {_document_noun(w) for w in head + _name_then_noun(candidate)}
                    and not _other_kind_of_document(words, head)):
                return ident  # "court filings" … "the filing"; "a letter the agency sent" … "The letter"
            continue
        member = PARTITIVE.match(candidate.strip())
        if member and re.match(r"one\b", candidate.strip(), re.I) and member.group(1):
            # "the official" after "one of the officials": that one
            rest = [w.lower().strip(".,;:") for w in member.group(1).split(",")[0].split()]
            if any(singular(w) == noun != w for w in rest):
                return ident
            continue
        if (type_ in PERSON_TYPES and kind in PERSON_TYPES and not plural_nearer
                and noun in _descriptions_of_named(candidate)):
            return ident  # "The sheriff" after "Sheriff Wade Tolliver": the title the name came with
        # ("the judge" after "Two other judges" is one of them, not "Judge Rafael Ocampo" before them)
        plural_nearer = plural_nearer or any(singular(w.strip(".,;:")) == noun != w.strip(".,;:") for w in head)
        if noun in head[:-1] and head[-1].strip(".,;:") != noun:
            continue  # "railroad" modifies "A railroad spokeswoman", "administration" "two administration officials"
        appositives = [_noun_phrase(part.strip()) for part in candidate.split(",")[1:]
                       if re.match(r"\s*(?:a|an|the)\s", part, re.I)]  # a noun phrase, not "who has led the district"
        if noun in head or any(words and words[-1].strip(".,;:") == noun for words in appositives):
            return ident  # "the two defense officials" … "the officials"; "ECSS, a 12-nation bloc" … "the bloc"
    head = " ".join(words)
    if len(words) >= 2 and all("-" in w for w in words[:-1]):
        head = words[-1]  # "the Cincinnati-based chain", "the family-owned company": the noun
    for category, types in (("media_anaphor", ("media_report",)),
                            ("organization_anaphor", ("named_organization", "declined_comment")),
                            ("document_anaphor", ("document",))):
        if head in lexicon()[category]:
            # "the newspaper" after "The Washington Post"; "the agency" after "ICE", not after a company
            for span, ident, kind in reversed(earlier):
                candidate = span.text(text)
                if (span.end <= mention.start and kind in types and not is_pronoun(candidate)
                        and not is_short_description(candidate)
                        and all(_same_kind(noun, _spelled_out(text, s.text(text))) for s, i, _ in earlier if i == ident)
                        and not (kind == "declined_comment" and (appositive_name(candidate)
                                                                 or _person_noun((_head_words(candidate) or [""])[-1])))):
                    # (a named person's non-answer, "A Dunmore spokeswoman, Allison Brandt, declined",
                    # or a person's, "The detective who ran the search could not be reached", is not "the board")
                    return ident
            return None
    return None


#: a short form of an institution's noun: "the co-op" after "Green Country Electric Cooperative"
_SHORT_NOUN = {"co-op": "cooperative", "coop": "cooperative"}

#: institutions of one kind: "the agency" may be an administration, not a company
GOVERNMENT_KIND = frozenset({
    "agency", "department", "ministry", "administration", "office", "bureau", "authority", "commission", "council",
    "committee", "board", "government", "service", "state", "city", "county", "federal", "police", "court", "fbi",
    "cia", "nsa", "dhs", "ice", "cdc", "fda", "epa", "sec", "ftc", "doj", "faa", "irs", "nih", "ntsb", "osha", "fema",
    "dea", "atf", "usda", "hhs", "gao", "cbo", "cms", "nasa", "usgs", "noaa", "nws", "tsa", "cbp", "uscis", "fcc", "nrc",
    "survey"})  # ("The U.S. Geological Survey" is no utility)
_COMPANY_KIND = frozenset({"company", "firm", "bank", "group", "corporation", "business", "railroad", "utility", "airline",
                           "insurer", "automaker", "retailer", "chain", "manufacturer", "carrier", "maker", "inc", "corp",
                           "llc"})
INSTITUTION_KINDS = (
    GOVERNMENT_KIND,
    _COMPANY_KIND,
    frozenset({"campaign", "union", "association", "federation", "league"}),  # ("the World Health Organization" is "the agency")
    frozenset({"cooperative", "co-op"}),  # "the cooperative" is no department nor company named otherwise
)


def _name_then_noun(phrase: str) -> list[str]:
    """The words after a leading institution's name whose "of" cut the head ("A U.S.
    Department of Agriculture inspection report from April" -> inspection, report), or []."""
    match = re.match(r"\s*(?:an?|the)\s+(?:U\.S\.\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*)*"
                     r"\s+of\s+(?-i:[A-Z])[\w.’'-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w.’'-]*)*\s+(.+)$", phrase, re.I)
    return _head_words(match.group(1)) if match else []


#: a headline's local government: the body's first institution with it in its name
_LOCAL_GOVERNMENTS = frozenset({"county", "city", "town", "village", "township"})


#: a state government's department by its name: "the Vermont Department of Health", "the state Office of
#: Mine Safety" (not "the U.S. Department of Agriculture", "the Justice Department", a city's or county's)
_STATE_AGENCY = re.compile(r"\b(?:state|(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?)(?<!City)(?<!County)\s+"
                           r"(?:Department|Office|Division|Agency)\s+of\b|\bsecretary\s+of\s+state\b", re.I)


#: the United States as a headline names it
_NATION = re.compile(r"\s*(?:the\s+)?(?:U\.S\.|US|USA|U\.S\.A\.|United\s+States|America|Washington)\s*", re.I)


def _same_kind(noun: str, candidate: str) -> bool:
    """Whether an institution named ``candidate`` can be "the ``noun``": it names no
    institution noun of another kind ("Bitterroot Pipeline Co." is no agency, "the state" and
    "The Carraway Port Authority" no company)."""
    kind = next((k for k in INSTITUTION_KINDS if noun in k), None)
    if kind is None:
        return True
    words = [re.sub(r"[’']s$", "", w.strip(".,")).strip("’'").lower() for w in re.findall(r"[\w’'.-]+", candidate)]
    # "Coastway Airlines" is an airline; "Brightline Claims Services" a company, though "the Forest Service" an agency
    named = set(words) | {singular(w) for w in words if w != "services"}
    if _NATION.fullmatch(candidate):
        named.add("government")  # a headline's "U.S. Says" is the government, no company
    if kind is _COMPANY_KIND and words and singular(words[-1]) in GOVERNMENT_KIND:
        return False  # "the Federal Railroad Administration" is no railroad
    name = institution_name(candidate)
    last = name[-1].lower().rstrip(".") if name else ""
    if (kind is not _COMPANY_KIND and last in lexicon()["company_name_end"]
            and last not in kind):  # ("Sable Valley Electric Cooperative" is a cooperative)
        return False  # "Bluegrass Data Solutions" is no office
    others = set().union(*(k for k in INSTITUTION_KINDS if k is not kind))
    return not (named & others) or bool(named & kind)


@lru_cache(maxsize=256)
def _spelled_out(text: str, phrase: str) -> str:
    """An acronym's name as the text spells it out ("AMWA" -> "Ashcombe Municipal Water
    Authority"), so that its kind can be told; any other phrase as it is."""
    bare = re.sub(r"^\s*the\s+", "", phrase, flags=re.I)  # "The FRA"
    if not is_acronym(bare):
        return phrase
    acronym = bare.strip().replace("&", "")
    for match in _NAME_RUN.finditer(text):
        words = [w for w in re.split(r"\s+(?:of|and|for|on|the|&)\s+|\s+", match.group()) if w and w != "The"]
        if len(words) == len(acronym) and "".join(w[0] for w in words) == acronym:
            return match.group()
    return phrase


#: words before a document's noun that tell no kind of document ("the new report", "the 84-page report")
_PLAIN_MODIFIERS = frozenset({"new", "latest", "final", "full", "draft", "recent", "earlier", "initial", "preliminary",
                              "internal", "confidential", "original", "updated", "first", "second", "same", "whole",
                              "redacted", "unredacted", "written", "long", "short", "brief", "official", "public"})


def _other_kind_of_document(words: list[str], head: list[str]) -> bool:
    """Whether a document mention (``words``: its head after the determiner) and an earlier one
    (``head``) name different kinds with the same noun: "The autopsy report" after "the jail's
    incident report" (not "the report", "the final report", "the 84-page report")."""
    def kind(phrase_words: list[str], noun: str) -> str | None:
        bare = [_document_noun(w) for w in phrase_words]
        if noun not in bare or bare.index(noun) == 0:
            return None
        modifier = phrase_words[bare.index(noun) - 1]
        plain = (modifier in _PLAIN_MODIFIERS or any(c.isdigit() for c in modifier) or modifier.endswith(("’s", "'s"))
                 or modifier in ("the", "a", "an", "its", "his", "her", "their"))
        return None if plain else modifier

    if not words:
        return False
    noun = _document_noun(words[-1])
    ours, theirs = kind(words, noun), kind(head, noun)
    return ours is not None and theirs is not None and ours != theirs


def _document_noun(word: str) -> str:
    """A document's noun, singular, synonyms made one ("footage" is "video", "complaint" "lawsuit")."""
    noun = _bare_noun(word)
    return next((group[0] for group in _DOCUMENT_SYNONYMS if noun in group), noun)


_DOCUMENT_SYNONYMS = tuple(tuple(entry.split()) for entry in ("video footage recording", "lawsuit complaint suit", "poll survey"))


def _plural_head(word: str) -> bool:
    """Whether a head word names a group: a lower-case plural ("riders", "officials"), "people",
    "staff", "team", or a people's name ("Democrats", "Republicans"); not a surname ("Hutchins")."""
    if re.fullmatch(r"people|staff|team", word, re.I):
        return True
    if word[:1].islower():
        return _is_plural(word) and not re.search(r"[’']s$", word)
    return re.search(r"(?:ans|ats|ists|ites)$", word) is not None


def _is_plural(word: str) -> bool:
    """Whether a word is a plural by :func:`singular`'s rule ("officials"; not "witness")."""
    bare = word.lower().strip(".,;:")
    return singular(bare) != bare


def _bare_noun(word: str) -> str:
    return singular(word.lower().strip(".,;:"))


def singular(noun: str) -> str:
    """A plural noun's singular by its last "s" ("officials" -> "official"; "witness" stays)."""
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


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
        main_type = max(dict.fromkeys(types), key=types.count)  # a tie goes to the first mentioned
        mentions = tuple(sorted({a.source for a in members if a.source is not None}))
        # a group of pronouns only ("who") is named by what they stand for
        full = ([m.text(text) for m in mentions if not is_pronoun(m.text(text))]
                or [a.type_evidence.text(text) for a in members if a.type_evidence is not None]
                or [m.text(text) for m in mentions])
        if main_type in PERSON_TYPES:
            # a person is named by a mention that looks like one ("Biden", not the tagger's
            # "an executive order Biden")
            full = [m for m in full if is_person_like(m)] or full
        name = max(full, key=len) if full else ident
        sources.append(Source(ident, main_type or "anonymous_other", name, mentions, tuple(indices),
                              sourcing=any(a.sourcing for a in members)))
    return sources
