"""The rules of ``auditor check``: one function per rule id of data/policies/rules.yaml.

A rule reads a :class:`Context` and its :class:`RuleSetting` (severity, params) and
yields :class:`Hit` values: where the problem is and what fills the message. Severity,
message, policy name and link come from the policy, not from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator, Optional

from ..attribute import quote_regions
from .context import Context, compiled, is_anaphoric, position, span_text
from .policy import POLICY_DIR, RuleSetting


@dataclass(frozen=True)
class Hit:
    """One place a rule fires: a span of the report text and the message's values."""

    start: int
    end: int
    values: dict = field(default_factory=dict)
    variant: str = "default"
    sentence: Optional[int] = None
    attribution: Optional[int] = None


RuleFunction = Callable[[Context, RuleSetting], Iterator[Hit]]
RULES: dict[str, RuleFunction] = {}


def rule(rule_id: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function under its id."""

    def decorator(func: RuleFunction) -> RuleFunction:
        RULES[rule_id] = func
        return func

    return decorator


def _hit_at(span: Optional[dict], ctx: Context, index: Optional[int] = None, **values) -> Optional[Hit]:
    if not span:
        return None
    attribution = ctx.attributions[index] if index is not None else {}
    return Hit(span["start"], span["end"], values, sentence=attribution.get("sentence"), attribution=index)


def _anchor(attribution: dict) -> Optional[dict]:
    return attribution.get("source") or attribution.get("cue") or next(iter(attribution.get("content") or []), None)


def _reason_texts(ctx: Context, indices: list[int]) -> list[tuple[int, str]]:
    """(offset, text) of the places a source group's anonymity could be explained."""
    out = []
    for i in indices:
        a = ctx.attributions[i]
        if a.get("anonymity_reason"):
            out.append((a["anonymity_reason"]["start"], a["anonymity_reason"]["text"]))
    own = sorted({ctx.attributions[i]["sentence"] for i in indices})
    for sentence in own:
        out.append((ctx.sentences[sentence]["start"], ctx.sentences[sentence]["text"]))
    # "… two defense officials said. The officials spoke on condition of anonymity because …":
    # the reason often follows in the next sentences, naming the source again or a pronoun
    heads = {_singular(m.group(1)) for i in indices for m in HEAD_NOUN.finditer(span_text(ctx.attributions[i].get("source")))}
    if own and own[0] in ctx.body:
        at = ctx.body.index(own[0])
        for sentence in ctx.body[at + 1:at + 1 + FOLLOWING_SENTENCES]:
            text = ctx.sentences[sentence]["text"]
            named = {_singular(m.group(1)) for m in HEAD_NOUN.finditer(text)}
            if sentence not in own and (heads & named or PRONOUN_START.match(text)):
                out.append((ctx.sentences[sentence]["start"], text))
    return out


#: how many sentences after a source's first mention may carry the reason for its anonymity
FOLLOWING_SENTENCES = 2
HEAD_NOUN = re.compile(
    r"\b(officials?|persons?|people|aides?|employees?|workers?|sources?|diplomats?|advisers?|advisors?|staffers?|"
    r"investigators?|members?|executives?|lawyers?|mechanics?|officers?|agents?)\b",
    re.IGNORECASE,
)
PRONOUN_START = re.compile(r"^\W*(?:he|she|they|both|all)\b", re.IGNORECASE)


def _singular(word: str) -> str:
    word = word.lower()
    return "person" if word == "people" else word[:-1] if word.endswith("s") and word not in {"persons"} else word


@rule("anonymity-reason-missing")
def anonymity_reason_missing(ctx: Context, setting: RuleSetting) -> Iterator[Hit]:
    """Readers can weigh an unnamed source only if they know why it is unnamed."""
    condition = compiled(setting.params["condition"])
    because = compiled(setting.params["because"])
    informant = compiled(setting.params["informant"])
    for key, indices in ctx.anonymous_groups().items():
        first_mention = span_text(ctx.attributions[indices[0]].get("source"))
        if is_anaphoric(first_mention):
            continue  # introduced in a mention the pipeline did not group: the reason belongs there
        if ctx.attributions[indices[0]].get("type") == "anonymous_other" and not informant.search(first_mention):
            continue  # "critics say", "some analysts": name them (vague-descriptor), no anonymity was granted
        explained = granted = False
        for _, text in _reason_texts(ctx, indices):
            match = condition.search(text)
            if match is None:
                continue
            granted = True
            if because.search(text[max(0, match.start() - 40):]):
                explained = True
                break
        if explained:
            continue
        first = indices[0]
        source = span_text(ctx.attributions[first].get("source")) or "an unnamed source"
        hit = _hit_at(_anchor(ctx.attributions[first]), ctx, first, source=source)
        if hit:
            yield Hit(hit.start, hit.end, hit.values, "bare" if granted else "default", hit.sentence, first)


@rule("anonymity-reason-boilerplate")
def anonymity_reason_boilerplate(ctx: Context, setting: RuleSetting) -> Iterator[Hit]:
    """A stock reason ("not authorized to speak publicly") tells readers nothing."""
    pattern = compiled(setting.params["boilerplate"])
    seen: set[int] = set()
    for key, indices in ctx.anonymous_groups().items():
        for offset, text in _reason_texts(ctx, indices):
            match = pattern.search(text)
            if match and offset + match.start() not in seen:
                seen.add(offset + match.start())
                start = offset + match.start()
                yield Hit(start, offset + match.end(), {"reason": match.group().strip()},
                          sentence=ctx.attributions[indices[0]]["sentence"], attribution=indices[0])
                break


@rule("vague-descriptor")
def vague_descriptor(ctx: Context, setting: RuleSetting) -> Iterator[Hit]:
    """A bare "sources said" gives readers nothing to judge the claim by."""
    for key, indices in ctx.anonymous_groups().items():
        if any(not ctx.is_vague(m) for m in ctx.group_mentions(key)):
            continue  # the source is described properly somewhere in the story
        paragraphs_seen = set()
        for index in indices:
            a = ctx.attributions[index]
            source = span_text(a.get("source"))
            if not source or not ctx.is_vague(source) or is_anaphoric(source):
                continue
            paragraph = ctx.paragraph_of(a["source"]["start"])
            if paragraph not in paragraphs_seen:  # once a paragraph: where readers meet it
                paragraphs_seen.add(paragraph)
                yield _hit_at(a["source"], ctx, index, source=source)


def _quoted_words(text: str) -> int:
    return sum(len(text[s:e].split()) for s, e in quote_regions(text))


@rule("anonymous-direct-quote")
def anonymous_direct_quote(ctx: Context, setting: RuleSetting) -> Iterator[Hit]:
    """Quotation marks give an unaccountable voice the weight of a named speaker."""
    for index in ctx.anonymous:
        a = ctx.attributions[index]
        if a.get("continuation"):
            continue
        content = a.get("content") or []
        if a.get("direct_quote") or any(_quoted_words(c["text"]) >= 3 for c in content):
            span = content[0] if content else a.get("source")
            hit = _hit_at(span, ctx, index, source=span_text(a.get("source")) or "unnamed")
            if hit:
                yield hit


@lru_cache(maxsize=4)
def evaluative_pattern(lexicon: str) -> re.Pattern:
    """The evaluative-word lexicon (data/policies/<lexicon>) as one regular expression."""
    path = POLICY_DIR / lexicon
    alternatives = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words = [re.sub(r"\\\*$", r"[\\w’'-]*", re.escape(w)).replace(r"\(", "(?:").replace(r"\)", ")").replace(r"\|", "|")
                 for w in line.split()]
        alternatives.append(r"\s+".join(words))
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


@rule("anonymous-opinion")
def anonymous_opinion(ctx: Context, setting: RuleSetting) -> Iterator[Hit]:
    """A source shielded from scrutiny must not praise or attack others."""
    pattern = evaluative_pattern(setting.params.get("lexicon", "evaluative.txt"))
    for index in ctx.anonymous:
        a = ctx.attributions[index]
        for content in a.get("content") or []:
            match = pattern.search(content["text"])
            if match:
                start = content["start"] + match.start()
                yield Hit(start, content["start"] + match.end(),
                          {"source": span_text(a.get("source")) or "unnamed", "word": match.group()},
                          sentence=a.get("sentence"), attribution=index)
                break


MULTIPLE = re.compile(r"\band\b|\bboth\b|,\s*(?:a|an|the|one)\s", re.IGNORECASE)


@rule("single-anonymous-source")
def single_anonymous_source(ctx: Context, setting: RuleSetting) -> Iterator[Hit]:
    """A claim on one unnamed source, uncorroborated, is the weakest sourcing there is."""
    corroboration = compiled(setting.params["corroboration"])
    for index in ctx.anonymous:
        a = ctx.attributions[index]
        source = span_text(a.get("source"))
        if a.get("continuation") or a.get("count") != "1" or MULTIPLE.search(source):
            continue
        sentence = a.get("sentence")
        others = [
            b for j, b in enumerate(ctx.attributions)
            if j != index and b.get("sentence") == sentence and b.get("sourcing", True)
            and b.get("type") != "declined_comment" and ctx.group_key(j) != ctx.group_key(index)
        ]
        if others or corroboration.search(ctx.sentence_text(sentence)):
            continue
        hit = _hit_at(a.get("source"), ctx, index, source=source)
        if hit:
            yield hit


def _content_words(text: str) -> set[str]:
    from ..ingest import stopwords

    stop = stopwords().get("en", frozenset())
    return {w[:5] for w in re.findall(r"[a-z][a-z’'-]+", text.lower()) if len(w) > 2 and w not in stop}


def _resting_on(ctx: Context, sentence: Optional[int], share: float = 0.5) -> Optional[int]:
    """The anonymous attribution a sentence rests on: its content covers at least ``share``
    of the sentence (a clause like "advocates who say …" inside a lede does not count)."""
    if sentence is None:
        return None
    length = max(1, len(ctx.sentence_text(sentence).strip()))
    for i in sorted(ctx.anonymous, key=lambda i: position(ctx.attributions[i])):
        a = ctx.attributions[i]
        if a.get("sentence") != sentence:
            continue
        covered = sum(c["end"] - c["start"] for c in a.get("content") or [])
        if covered >= share * length:
            return i
    return None


@rule("anonymous-headline")
def anonymous_headline(ctx: Context, setting: RuleSetting) -> Iterator[Hit]:
    """Readers who see only the headline never learn it rests on an unnamed source."""
    if ctx.headline is None:
        return
    headline = ctx.sentences[ctx.headline]
    own = _resting_on(ctx, ctx.headline)
    if own is not None:
        yield Hit(headline["start"], headline["end"], {"detail": ""}, sentence=ctx.headline, attribution=own)
        return
    lede = ctx.body[0] if ctx.body else None
    lede_source = _resting_on(ctx, lede)
    if lede_source is None or headline["labels"] not in (["unattributed"], []):
        return
    words = _content_words(headline["text"])
    shared = words & _content_words(ctx.sentence_text(lede))
    if words and len(shared) / len(words) >= float(setting.params.get("overlap", 0.5)):
        source = span_text(ctx.attributions[lede_source].get("source")) or "an unnamed source"
        detail = f' (it restates the lede, which cites only "{source}")'
        yield Hit(headline["start"], headline["end"], {"detail": detail}, sentence=ctx.headline, attribution=lede_source)


@rule("anonymous-lede")
def anonymous_lede(ctx: Context, setting: RuleSetting) -> Iterator[Hit]:
    """The first sentence sets the story's claim; it should rest on the strongest sourcing."""
    if not ctx.body:
        return
    index = _resting_on(ctx, ctx.body[0])
    if index is not None:
        a = ctx.attributions[index]
        hit = _hit_at(_anchor(a), ctx, index, source=span_text(a.get("source")) or "unnamed")
        if hit:
            yield hit


@rule("anonymous-first-quote")
def anonymous_first_quote(ctx: Context, setting: RuleSetting) -> Iterator[Hit]:
    """The first quote frames the story; an unnamed voice should not set that frame."""
    live = set(ctx.body)
    quotes = [
        i for i, a in enumerate(ctx.attributions)
        if a.get("sourcing", True) and a.get("sentence") in live and a.get("type") != "declined_comment"
        and (a.get("direct_quote") or any(_quoted_words(c["text"]) >= 3 for c in a.get("content") or []))
    ]
    if not quotes:
        return
    first = min(quotes, key=lambda i: position(ctx.attributions[i]))
    if first in ctx.anonymous:
        a = ctx.attributions[first]
        span = next(iter(a.get("content") or []), None) or a.get("source")
        hit = _hit_at(span, ctx, first, source=span_text(a.get("source")) or "unnamed")
        if hit:
            yield hit


def _phrases(ctx: Context, pattern: re.Pattern) -> Iterator[Hit]:
    for index in ctx.body:
        sentence = ctx.sentences[index]
        for match in pattern.finditer(sentence["text"]):
            if ctx.in_quotes(index, match.start()):
                continue  # someone else's words
            yield Hit(sentence["start"] + match.start(), sentence["start"] + match.end(),
                      {"phrase": match.group()}, sentence=index)


@rule("refused-to-comment")
def refused_to_comment(ctx: Context, setting: RuleSetting) -> Iterator[Hit]:
    """No one has to speak to the press; "refused" turns a non-answer into an accusation."""
    yield from _phrases(ctx, compiled(setting.params["pattern"]))


@rule("declined-for-no-response")
def declined_for_no_response(ctx: Context, setting: RuleSetting) -> Iterator[Hit]:
    """Declining is an answer and silence is not; the story should say which happened."""
    yield from _phrases(ctx, compiled(setting.params["pattern"]))


ORG_WORDS = re.compile(r"\b(?:the|a|an|spokes(?:man|woman|person)|representative|press|office|for|of|its|his|her|their)\b|[’']s\b",
                       re.IGNORECASE)


def _affiliation(org: str) -> Optional[re.Pattern]:
    """A pattern for the name of the party that declined ("the Pentagon" -> Pentagon)."""
    core = " ".join(ORG_WORDS.sub(" ", org).split())
    if not core or not core[0].isupper():
        return None  # "he", "the company": too vague to match an anonymous source to
    return re.compile(r"\b" + re.escape(core) + r"\b")


@rule("anonymous-declined")
def anonymous_declined(ctx: Context, setting: RuleSetting) -> Iterator[Hit]:
    """Saying someone declined comment while quoting them anonymously misleads readers."""
    declined = [(j, d) for j, d in enumerate(ctx.attributions)
                if d.get("type") == "declined_comment" and d.get("response") == "declined" and d.get("cue")
                and d.get("sentence") in set(ctx.body)]
    for j, d in declined:
        for index in ctx.anonymous:
            a = ctx.attributions[index]
            source = a.get("source")
            if not source:
                continue
            same_sentence = a.get("sentence") == d.get("sentence")
            d_source = d.get("source")
            same_party = (
                (d_source and d_source["start"] < source["end"] and source["start"] < d_source["end"])
                or (d.get("source_id") and d.get("source_id") == a.get("source_id"))
                or (d_source is None and source["start"] <= d["cue"]["start"] <= source["end"] + 40)
            )
            if same_sentence and same_party:
                detail = f'"{source["text"]}" is said to have declined comment and is also cited anonymously'
                yield Hit(d["cue"]["start"], d["cue"]["end"], {"detail": detail}, sentence=d.get("sentence"), attribution=j)
                break
            affiliation = _affiliation(span_text(d_source)) if d_source else None
            if affiliation and affiliation.search(source["text"]) and not affiliation.fullmatch(source["text"].strip()):
                detail = f'{d_source["text"]} declined to comment, yet "{source["text"]}" is cited anonymously'
                yield Hit(d["cue"]["start"], d["cue"]["end"], {"detail": detail}, sentence=d.get("sentence"), attribution=j)
                break


SCORE_NAMES = {
    "anonymous_attributed_share": "The share of attributed sentences that rest on anonymous sources",
    "anonymous_sentence_share": "The share of sentences that rest on anonymous sources",
    "anonymous_word_share": "The share of words in anonymously sourced sentences",
}


@rule("anonymous-share")
def anonymous_share(ctx: Context, setting: RuleSetting) -> Iterator[Hit]:
    """A story resting mostly on unnamed sources asks for more trust than it earns."""
    scores = ctx.report.get("scores") or {}
    first = ctx.headline if ctx.headline is not None else (ctx.body[0] if ctx.body else None)
    if first is None:
        return
    sentence = ctx.sentences[first]
    for name, limit in (setting.params.get("thresholds") or {}).items():
        value = scores.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value > float(limit):
            yield Hit(sentence["start"], sentence["end"],
                      {"score_name": SCORE_NAMES.get(name, name), "score": name, "value": float(value),
                       "threshold": float(limit)},
                      sentence=first)
