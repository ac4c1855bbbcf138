"""Build corpus/articles/b.jsonl: 24 invented news articles annotated by hand.

The articles and their annotations are written below in a small line format, with the
span *strings* only; this script finds every span's character offsets, validates the
result against ANNOTATION.md section 3 and writes one gold JSON object per article.

Format of one article block:

    @id <id>
    @style <style>
    <headline>                      first paragraph, one sentence
    <blank line>                    paragraph break
    <sentence>                      one sentence a line; lines of a paragraph join with " "
      > TYPE | SOURCE_ID | SOURCE | CUE | CONTENT [| OPTIONS]
    @excluded                       the lines after it are not the article

SOURCE and CUE are strings of the sentence ("-" for none), "#n" picks the n-th
occurrence. A SOURCE not in the sentence is taken from the nearest sentence before it
(then after it): a quote continuation. A CUE with no "#n" is the occurrence nearest the
source. CONTENT is "<" (the sentence before the source and cue), ">" (after them), "*"
(the whole sentence), "-" (none: a non-answer) or strings joined by " ;; ".
OPTIONS: "resp=declined|no_response|unreachable", "nosrc" (not sourcing),
"anon=<string>" (the span saying why anonymity was granted), "count=1|2|…|plural"
(how many people the source is, where the rule in source_count guesses wrong).
Straight quotes become curly quotes and " -- " an em dash before parsing.

Run: python corpus/build_articles_b.py [--render]
(writes corpus/articles/b.jsonl and prints counts; --render also prints every attribution
marked up in its sentence: [source] <cue> {content}, for reading the annotation back).
Beyond ANNOTATION.md section 3, each attribution carries source_span, cue_span,
content_spans, sourcing, direct_quote, count, continuation and, where the text gives
one, anonymity_reason_span; each article carries its style.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

SOURCE_TYPES = (
    "named_official", "named_person", "named_organization", "anonymous_official",
    "anonymous_familiar", "anonymous_other", "document", "media_report", "declined_comment",
)
RESPONSES = ("declined", "no_response", "unreachable")
DATELINE = re.compile(r"^[A-Z][A-Z .,’'-]+(?:, [A-Z][A-Za-z. ]+)? — ")
OUT = Path(__file__).resolve().parent / "articles" / "b.jsonl"


def typographic(raw: str) -> str:
    """Turn straight quotes into curly ones and " -- " into an em dash."""
    raw = raw.replace(" -- ", " — ").replace("'", "’")
    out = []
    for i, ch in enumerate(raw):
        if ch == '"':
            prev = raw[i - 1] if i else " "
            out.append("“" if prev in " \n(—|[" else "”")
        else:
            out.append(ch)
    return "".join(out)


def find_all(haystack: str, needle: str) -> list[int]:
    """Start indices of needle in haystack, as a whole word where it begins or ends with one."""
    left = r"(?<!\w)" if needle[:1].isalnum() else ""
    right = r"(?!\w)" if needle[-1:].isalnum() else ""
    return [m.start() for m in re.finditer(f"(?={left}{re.escape(needle)}{right})", haystack)]


def find_nth(haystack: str, needle: str, n: int) -> int:
    """Index of the n-th (1-based) whole-word occurrence of needle, or -1."""
    hits = find_all(haystack, needle)
    return hits[n - 1] if len(hits) >= n else -1


def split_occurrence(spec: str) -> tuple[str, int | None]:
    """Split "text#2" into ("text", 2); plain text gives ("text", None)."""
    m = re.fullmatch(r"(.*?)#(\d+)", spec)
    return (m.group(1), int(m.group(2))) if m else (spec, None)


def parse_block(block: str) -> dict:
    """Parse one article block into text, sentences (with raw annotations) and excluded lines."""
    block = typographic(block.strip("\n"))
    meta, paragraphs, excluded_lines = {}, [[]], []
    in_excluded = False
    for line in block.split("\n"):
        if line.startswith("@id ") or line.startswith("@style "):
            key, value = line[1:].split(" ", 1)
            meta[key] = value.strip()
        elif line.strip() == "@excluded":
            in_excluded = True
        elif in_excluded:
            if line.strip():
                excluded_lines.append(line.strip())
        elif line.startswith(" ") and line.lstrip().startswith("> "):
            paragraphs[-1][-1]["notes"].append(line.lstrip()[2:])
        elif not line.strip():
            if paragraphs[-1]:
                paragraphs.append([])
        else:
            paragraphs[-1].append({"text": line.strip(), "notes": []})
    paragraphs = [p for p in paragraphs if p]
    text, sentences = "", []
    for p_index, para in enumerate(paragraphs):
        if p_index:
            text += "\n\n"
        for s_index, sent in enumerate(para):
            if s_index:
                text += " "
            sentences.append({"start": len(text), "end": len(text) + len(sent["text"]),
                              "text": sent["text"], "notes": sent["notes"]})
            text += sent["text"]
    excluded = []
    for line in excluded_lines:
        text += "\n\n"
        excluded.append({"start": len(text), "end": len(text) + len(line), "text": line})
        text += line
    return {"meta": meta, "text": text, "sentences": sentences, "excluded": excluded}


def locate_source(spec: str, sentences: list[dict], index: int) -> tuple[int, int]:
    """Absolute span of the source: in the sentence, else the nearest before, else after."""
    needle, occ = split_occurrence(spec)
    order = [index] + list(range(index - 1, -1, -1)) + list(range(index + 1, len(sentences)))
    for j in order:
        pos = find_nth(sentences[j]["text"], needle, occ or 1)
        if pos >= 0:
            start = sentences[j]["start"] + pos
            return start, start + len(needle)
    raise ValueError(f"source {spec!r} not found near sentence {sentences[index]['text']!r}")


def locate_cue(spec: str, sent: dict, source: tuple[int, int] | None) -> tuple[int, int]:
    """Absolute span of the cue in the sentence, the occurrence nearest the source by default."""
    needle, occ = split_occurrence(spec)
    hits = [sent["start"] + pos for pos in find_all(sent["text"], needle)]
    if not hits:
        raise ValueError(f"cue {spec!r} not in {sent['text']!r}")
    if occ:
        start = hits[occ - 1]
    elif source and sent["start"] <= source[0] < sent["end"]:
        start = min(hits, key=lambda h: min(abs(h - source[1]), abs(source[0] - (h + len(needle)))))
    else:
        start = hits[0]
    return start, start + len(needle)


def body_start(sent: dict) -> int:
    """Absolute start of the sentence after any dateline."""
    m = DATELINE.match(sent["text"])
    return sent["start"] + (m.end() if m else 0)


def trim(text: str, start: int, end: int, keep_period: bool) -> tuple[int, int]:
    """Shrink [start, end) past spaces, commas, colons and (unless kept) a final period."""
    while start < end and text[start] in " ,:—":
        start += 1
    while end > start and text[end - 1] in " ,:—" + ("" if keep_period else "."):
        if text[end - 1] == "." and re.search(r"(?:\b[A-Za-z]\.){2,}$", text[start:end]):
            break  # the period of "a.m." or "U.S." ends the content too
        end -= 1
    return start, end


def locate_content(spec: str, text: str, sent: dict, anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Absolute content spans from a content spec."""
    quoted = "“" in sent["text"] or "”" in sent["text"]
    if spec == "-":
        return []
    if spec == "*":
        return [trim(text, body_start(sent), sent["end"], keep_period=quoted)]
    if spec == "<":
        end = min(a[0] for a in anchors if sent["start"] <= a[0] < sent["end"])
        span = trim(text, body_start(sent), end, keep_period=True)
        return [span]
    if spec == ">":
        start = max(a[1] for a in anchors if sent["start"] <= a[0] < sent["end"])
        return [trim(text, start, sent["end"], keep_period=quoted and text[sent["end"] - 1] == "”")]
    spans = []
    for part in spec.split(" ;; "):
        needle, occ = split_occurrence(part)
        pos = find_nth(sent["text"], needle, occ or 1)
        if pos < 0:
            raise ValueError(f"content {part!r} not in {sent['text']!r}")
        spans.append((sent["start"] + pos, sent["start"] + pos + len(needle)))
    return spans


def build_attribution(note: str, text: str, sentences: list[dict], index: int) -> dict:
    """One attribution record from an annotation line."""
    fields = [f.strip() for f in note.split("|")]
    if len(fields) not in (5, 6):
        raise ValueError(f"bad annotation line {note!r}")
    a_type, source_id, source_spec, cue_spec, content_spec = fields[:5]
    options = [o.strip() for o in fields[5].split(",")] if len(fields) == 6 else []
    sent = sentences[index]
    source = None if source_spec == "-" else locate_source(source_spec, sentences, index)
    cue = None if cue_spec == "-" else locate_cue(cue_spec, sent, source)
    anchors = [s for s in (source, cue) if s]
    content = locate_content(content_spec, text, sent, anchors)
    record = {
        "source": text[source[0]:source[1]] if source else None,
        "cue": text[cue[0]:cue[1]] if cue else None,
        "type": a_type,
        "source_id": source_id,
        "source_span": {"start": source[0], "end": source[1]} if source else None,
        "cue_span": {"start": cue[0], "end": cue[1]} if cue else None,
        "content_spans": [{"start": s, "end": e} for s, e in content],
        "content": [text[s:e] for s, e in content],
        "sourcing": "nosrc" not in options,
        "direct_quote": any("“" in text[s:e] or "”" in text[s:e] for s, e in content)
        or (cue is None and content_spec == "*"),
    }
    for option in options:
        if option.startswith("resp="):
            record["response"] = option[5:]
        elif option.startswith("count="):
            record["count"] = option[6:]
        elif option.startswith("anon="):
            needle = option[5:]
            pos = text.find(needle, sent["start"])
            if pos < 0 or pos >= sent["end"]:
                raise ValueError(f"anonymity span {needle!r} not in sentence")
            record["anonymity_reason_span"] = {"start": pos, "end": pos + len(needle)}
    return record


NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
PERSON_TYPES = {"named_official", "named_person", "anonymous_official", "anonymous_familiar", "anonymous_other"}
SINGULAR_START = re.compile(r"^(?:a|an|one|that|this|he|she|his|her|the (?:\w+ )?(?:official|person|man|woman))\b", re.I)


def source_count(record: dict, first_count: dict) -> str | None:
    """How many people the source is: "1", "2", …, "plural", or None for non-people.

    A definite or pronoun mention ("the aides", "they") takes the count of the first
    mention of the same source that gave a number; otherwise a plural noun is "plural".
    """
    if "count" in record:
        return record["count"]
    if record["type"] not in PERSON_TYPES:
        return None
    if record["type"].startswith("named_"):
        return "1"
    text = (record["source"] or "").replace("’", "'")
    first_word = text.split(" ", 1)[0].lower()
    if first_word in NUMBER_WORDS:
        return NUMBER_WORDS[first_word]
    if SINGULAR_START.match(text) or re.match(r"^(?:A|An|One) ", text):
        return "1"
    if re.match(r"^(?:the|those|they|these)\b", text, re.I) and record["source_id"] in first_count:
        return first_count[record["source_id"]]
    return "plural"


def build_article(block: str) -> dict:
    """Parse, locate and assemble one gold article."""
    parsed = parse_block(block)
    text, sentences = parsed["text"], parsed["sentences"]
    out_sentences, first_count = [], {}
    for index, sent in enumerate(sentences):
        attributions = [build_attribution(n, text, sentences, index) for n in sent["notes"]]
        for record in attributions:
            record["count"] = source_count(record, first_count)
            if (record["count"] or "").isdigit():
                first_count.setdefault(record["source_id"], record["count"])
            record["continuation"] = record["cue"] is None
        types = sorted({a["type"] for a in attributions if a["sourcing"]})
        out_sentences.append({"start": sent["start"], "end": sent["end"], "text": sent["text"],
                              "labels": types or ["unattributed"], "attributions": attributions})
    return {"id": parsed["meta"]["id"], "style": parsed["meta"]["style"],
            "title": sentences[0]["text"], "text": text, "sentences": out_sentences,
            "excluded": parsed["excluded"]}


def validate(article: dict) -> None:
    """Raise ValueError on any breach of the gold contract."""
    text, name = article["text"], article["id"]
    cursor = 0
    regions = sorted([(s["start"], s["end"]) for s in article["sentences"]]
                     + [(e["start"], e["end"]) for e in article["excluded"]])
    for start, end in regions:
        if text[cursor:start].strip():
            raise ValueError(f"{name}: untiled text {text[cursor:start]!r}")
        cursor = end
    if text[cursor:].strip():
        raise ValueError(f"{name}: untiled tail")
    for item in article["sentences"] + article["excluded"]:
        if text[item["start"]:item["end"]] != item["text"]:
            raise ValueError(f"{name}: offset mismatch at {item['start']}")
    types_by_id: dict[str, set] = {}
    for sent in article["sentences"]:
        expected = sorted({a["type"] for a in sent["attributions"] if a["sourcing"]}) or ["unattributed"]
        if sent["labels"] != expected:
            raise ValueError(f"{name}: labels {sent['labels']} != {expected}")
        for att in sent["attributions"]:
            if att["type"] not in SOURCE_TYPES:
                raise ValueError(f"{name}: unknown type {att['type']}")
            spans = [s for s in (att["source_span"], att["cue_span"]) if s]
            for key in ("source", "cue"):
                span = att[f"{key}_span"]
                if (span is None) != (att[key] is None) or (span and text[span["start"]:span["end"]] != att[key]):
                    raise ValueError(f"{name}: {key} span mismatch {att[key]!r}")
            for c in att["content_spans"]:
                if not sent["start"] <= c["start"] < c["end"] <= sent["end"]:
                    raise ValueError(f"{name}: content outside its sentence in {sent['text']!r}")
                if any(c["start"] < s["end"] and s["start"] < c["end"] for s in spans):
                    raise ValueError(f"{name}: content overlaps source/cue in {sent['text']!r}")
            if att["type"] == "declined_comment":
                if att.get("response") not in RESPONSES or att["content_spans"] or not att["cue"]:
                    raise ValueError(f"{name}: bad non-answer in {sent['text']!r}")
            else:
                if "response" in att or not att["content_spans"]:
                    raise ValueError(f"{name}: attribution without content in {sent['text']!r}")
                if att["cue"] is None and att["source_span"] and sent["start"] <= att["source_span"]["start"] < sent["end"]:
                    raise ValueError(f"{name}: cue missing in {sent['text']!r}")
                types_by_id.setdefault(att["source_id"], set()).add(att["type"])
    for source_id, types in types_by_id.items():
        if len(types) > 1:
            raise ValueError(f"{name}: source_id {source_id} has types {sorted(types)}")


ABBREVIATIONS = re.compile(r"(?:\b(?:U\.S|Gov|Sen|Rep|Dr|Cmdr|Lt|Gen|Mr|Mrs|Ms|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Inc|Co|Corp|Jr|No|Calif|Fla|Mass|Ariz|Wash|Tenn|Ky|Mich|Minn|Va|Pa|Ill|Colo|S\.C|N\.C|[A-Z])\.)$")


def boundary_warnings(article: dict) -> list[str]:
    """Places inside a sentence that look like a sentence end, for a human to check."""
    warnings = []
    for sent in article["sentences"]:
        for m in re.finditer(r"[.!?][”’]?\s+[“(]?[A-Z]", sent["text"]):
            before = sent["text"][:m.start() + 1]
            if not ABBREVIATIONS.search(before):
                warnings.append(f"{article['id']}: {sent['text'][max(0, m.start() - 40):m.end() + 20]!r}")
    return warnings


def render(article: dict) -> str:
    """Sentences with their attributions marked up, for reading the annotation back."""
    lines, text = [f"=== {article['id']} ({article['style']})"], article["text"]
    for sent in article["sentences"]:
        for att in sent["attributions"]:
            marks = [(c["start"], c["end"], "{", "}") for c in att["content_spans"]]
            for key, left, right in (("source_span", "[", "]"), ("cue_span", "<", ">")):
                if att[key] and sent["start"] <= att[key]["start"] < sent["end"]:
                    marks.append((att[key]["start"], att[key]["end"], left, right))
            s = sent["text"]
            for start, end, left, right in sorted(marks, reverse=True):
                a, b = start - sent["start"], end - sent["start"]
                s = s[:a] + left + s[a:b] + right + s[b:]
            extra = "" if att["sourcing"] else " NOSRC"
            extra += f" resp={att['response']}" if "response" in att else ""
            extra += " ANON" if "anonymity_reason_span" in att else ""
            extra += f" n={att['count']}" if att["count"] else ""
            lines.append(f"  {att['type']}:{att['source_id']}{extra} src={att['source']!r} :: {s}")
    return "\n".join(lines)


def main() -> None:
    """Build, validate, write and summarise."""
    build(ARTICLES, OUT)


def build(blocks: list[str], out: Path) -> None:
    """Build the article blocks, validate them, write them to ``out`` and summarise."""
    articles = [build_article(block) for block in blocks]
    ids = Counter(a["id"] for a in articles)
    if max(ids.values()) > 1:
        raise SystemExit(f"duplicate ids: {[k for k, v in ids.items() if v > 1]}")
    for article in articles:
        validate(article)
    for warning in (w for a in articles for w in boundary_warnings(a)):
        print("check sentence boundary:", warning)
    for article in articles:
        for sent in article["sentences"]:
            for att in sent["attributions"]:
                del att["content"]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    if "--render" in sys.argv:
        for article in articles:
            print(render(article))
    summarise(articles)


def summarise(articles: list[dict]) -> None:
    """Print counts of articles, sentences, attributions and types."""
    sentences = [s for a in articles for s in a["sentences"]]
    atts = [t for s in sentences for t in s["attributions"]]
    words = sum(len(re.findall(r"\S+", s["text"])) for s in sentences)
    print(f"articles {len(articles)}  sentences {len(sentences)}  words {words}  attributions {len(atts)}"
          f"  (sourcing {sum(a['sourcing'] for a in atts)})")
    print("styles", dict(Counter(a["style"] for a in articles)))
    print("attributions per type", dict(Counter(a["type"] for a in atts).most_common()))
    print("sentence labels", dict(Counter(l for s in sentences for l in s["labels"]).most_common()))
    print("responses", dict(Counter(a["response"] for a in atts if "response" in a)))
    print("excluded", sum(len(a["excluded"]) for a in articles))


ARTICLES: list[str] = []

ARTICLES.append(r'''
@id b-inv-drone-contractor-leak
@style investigative
FBI investigating whether contractor passed drone flight data to foreign buyer

WASHINGTON -- The FBI is investigating whether an employee of a Virginia defense contractor sold classified flight data from a Navy surveillance drone program to an intermediary working for a foreign government, according to three people familiar with the investigation.
  > anonymous_familiar | familiar | three people familiar with the investigation | according to | <
The employee, a systems engineer who held a top-secret clearance, was placed on leave in March after an internal audit flagged large downloads from a restricted server, two of the people said.
  > anonymous_familiar | familiar | two of the people | said | <
Investigators believe the data, which describes how the drones evade radar at low altitude, was copied onto personal storage devices over at least eight months, a senior Justice Department official said.
  > anonymous_official | doj-official | a senior Justice Department official | said | <

"This is the kind of material that takes an adversary years to reconstruct on its own," said the official, who requested anonymity to discuss an ongoing investigation.
  > anonymous_official | doj-official | the official | said | < | anon=who requested anonymity to discuss an ongoing investigation
"If it left the building, the damage is already done."
  > anonymous_official | doj-official | the official | - | *

Investigators are also examining whether the engineer traveled abroad without reporting the trips, as cleared employees are required to do, according to one person briefed on the inquiry.
  > anonymous_familiar | briefed | one person briefed on the inquiry | according to | <
That person said agents had obtained the engineer's passport records in April.
  > anonymous_familiar | briefed | That person | said | >
The Navy has spent more than $4 billion on the program since 2017, and the drones are deployed on ships in the Pacific and the Persian Gulf.

The engineer has not been charged, and it was not clear whether prosecutors would seek an indictment before the end of the year.
The contractor, Halvorsen Aerospace Systems, said in a statement that it had "cooperated fully with federal authorities from the first day" and had revoked the employee's access.
  > named_organization | halvorsen | The contractor, Halvorsen Aerospace Systems | said in a statement | >
A lawyer for the engineer declined to comment.
  > declined_comment | engineer-lawyer | A lawyer for the engineer | declined to comment | - | resp=declined

The FBI's Washington Field Office did not immediately respond to a request for comment.
  > declined_comment | fbi | The FBI's Washington Field Office | did not immediately respond to a request for comment | - | resp=no_response
A Navy spokesperson, Cmdr. Alana Reyes, said the service was "aware of the matter" and referred questions to the Justice Department.
  > named_official | reyes | A Navy spokesperson, Cmdr. Alana Reyes | said | >

The case has unsettled officials at the Pentagon, where the drone program has been held up as a rare success in a portfolio of delayed projects.
Some in the building have privately pushed for the program's flight software to be rewritten, a former intelligence official said, a costly fix that could take two years.
  > anonymous_official | former-intel | a former intelligence official | said | Some in the building have privately pushed for the program's flight software to be rewritten ;; a costly fix that could take two years
Sources said the foreign intermediary had approached at least one other contractor employee at a trade show in Dubai last year.
  > anonymous_other | sources | Sources | said | >

Critics say the episode shows how little the Pentagon knows about who can reach its most sensitive files.
  > anonymous_other | critics | Critics | say | >
"We hand out clearances like parking passes and then act surprised," said Mark Tillotson, a former Senate intelligence committee staff member who now studies security clearances at a Washington research group.
  > named_person | tillotson | Mark Tillotson, a former Senate intelligence committee staff member who now studies security clearances at a Washington research group | said | <
Tillotson said the audit that caught the downloads was only put in place after a 2023 breach at another firm.
  > named_person | tillotson | Tillotson | said | >

According to a Defense Department inspector general report released in September, nearly a third of contractors reviewed had no automated alert for bulk downloads of classified files.
  > document | ig-report | a Defense Department inspector general report released in September | According to | >
The Washington Post first reported the existence of the audit last month.
  > media_report | wapo | The Washington Post | first reported | the existence of the audit last month
@excluded
Related: Pentagon tightens rules on contractor laptops after string of breaches
''')

ARTICLES.append(r'''
@id b-inv-senator-fundraiser-probe
@style investigative
Prosecutors examine straw donations tied to senator's top fundraiser

Federal prosecutors in Manhattan have issued grand jury subpoenas to at least four donors who gave to Sen. Dale Whitcomb's re-election campaign, seeking records about whether they were reimbursed for their contributions, people briefed on the matter said.
  > anonymous_familiar | briefed | people briefed on the matter | said | <
The inquiry is focused on Curtis Penhallow, a real estate developer who has raised more than $3 million for Whitcomb since 2020, according to two of those people and a copy of one subpoena reviewed by The Ledger.
  > anonymous_familiar | briefed | two of those people | according to | < 
  > document | subpoena | a copy of one subpoena reviewed by The Ledger | according to#1 | <

Reimbursing donors to evade contribution limits is a federal crime.
Whitcomb, who is seeking a third term next year, has raised more than $11 million for the race.
A Justice Department official said the investigation was in an early stage and that no decision had been made about charges.
  > anonymous_official | doj-official | A Justice Department official | said | >
The official, who spoke on the condition of anonymity because grand jury matters are secret, said prosecutors had not contacted the senator.
  > anonymous_official | doj-official | The official | said | > | anon=who spoke on the condition of anonymity because grand jury matters are secret

Whitcomb, a Republican from Ohio who sits on the Senate Banking Committee, has not been accused of wrongdoing.
His spokeswoman, Kara Lindqvist, said the senator "has no knowledge of any improper contributions" and would return any money found to be tainted.
  > named_official | lindqvist | His spokeswoman, Kara Lindqvist | said | >
"The campaign follows the law to the letter," she said.
  > named_official | lindqvist | she | said | <
"We will cooperate with any request we receive."
  > named_official | lindqvist | she | - | *

Penhallow did not respond to phone calls and an email seeking comment.
  > declined_comment | penhallow | Penhallow | did not respond to phone calls and an email seeking comment | - | resp=no_response
A person close to Penhallow, who declined to be named because the developer had not authorized anyone to speak for him, said he believed the donations were legal and would "fight this if it comes to that."
  > anonymous_familiar | close-penhallow | A person close to Penhallow | said | he believed the donations were legal and would "fight this if it comes to that." | anon=who declined to be named because the developer had not authorized anyone to speak for him

Federal Election Commission filings show that 11 employees of Penhallow's company, many of them hourly maintenance workers, each gave the maximum $3,300 to Whitcomb on the same day in October 2023.
  > document | fec-filings | Federal Election Commission filings | show | >
Two of those employees said in interviews that they did not remember making the donations.
  > anonymous_other | employees | Two of those employees | said in interviews | >
"I don't have that kind of money to give to anybody," one of them said.
  > anonymous_other | employee-one | one of them | said | <

Insiders in Ohio Republican circles have long whispered about Penhallow's fundraising methods, and some party officials have quietly kept their distance from him.
  > anonymous_other | insiders | Insiders in Ohio Republican circles | have long whispered about | Penhallow's fundraising methods
The U.S. attorney's office in Manhattan declined to comment.
  > declined_comment | usao | The U.S. attorney's office in Manhattan | declined to comment | - | resp=declined

The subpoenas were first reported by The New York Times, which said prosecutors had also sought records from a bank in Columbus.
  > media_report | nyt | The New York Times | were first reported by | The subpoenas
  > media_report | nyt | which | said | >
A former federal prosecutor, Alan Reisner, said straw-donor cases often turn on whether the person who arranged the reimbursements kept records.
  > named_person | reisner | A former federal prosecutor, Alan Reisner | said | >
"Prosecutors will want to know who wrote the checks," he said, "and who told them to."
  > named_person | reisner | he | said | "Prosecutors will want to know who wrote the checks," ;; "and who told them to."
@excluded
Sign up for our Politics newsletter to get the latest news in your inbox every weekday morning.
''')

ARTICLES.append(r'''
@id b-inv-cia-informants-exposed
@style investigative
Spy agency lost track of informants after foreign service breached messaging system, officials say
  > anonymous_official | officials | officials | say | Spy agency lost track of informants after foreign service breached messaging system

Intelligence officials in Washington believe a hostile foreign service penetrated a covert communications system the CIA used to contact informants in a Central Asian country, exposing at least a dozen sources over the past two years, according to current and former U.S. officials.
  > anonymous_official | officials | current and former U.S. officials | according to | <
Several of the informants stopped making contact abruptly last year, and at least two are believed to have been arrested, a former intelligence official said.
  > anonymous_official | former-intel | a former intelligence official | said | <
"We went dark in a country where we can't afford to be dark," said the former official, who requested anonymity to discuss classified matters.
  > anonymous_official | former-intel | the former official | said | < | anon=who requested anonymity to discuss classified matters
"It's going to take a generation to rebuild."
  > anonymous_official | former-intel | the former official | - | *

The system, a web-based platform disguised as an ordinary commercial site, had been flagged as vulnerable in an internal review years earlier, two people familiar with that review said.
  > anonymous_familiar | review-familiar | two people familiar with that review | said | <
Those people said the warning was never acted on because the platform was cheap and easy to use.
  > anonymous_familiar | review-familiar | Those people | said | >

The CIA declined to comment.
  > declined_comment | cia | The CIA | declined to comment | - | resp=declined
A spokesman for the Office of the Director of National Intelligence said only that the intelligence community "continually assesses and adapts its tradecraft."
  > named_organization | odni | A spokesman for the Office of the Director of National Intelligence | said | that the intelligence community "continually assesses and adapts its tradecraft."

The breach is the latest in a string of setbacks for U.S. human intelligence.
The agency has spent years trying to rebuild its networks in countries where rivals have grown more adept at tracking digital communications.
In 2018, Yahoo News reported that a similar flaw had led to the loss of informants in Iran and China.
  > media_report | yahoo | Yahoo News | reported | >
Some analysts say the agency's reliance on mass-produced covert websites has made it easier for rivals to find one and then search for the rest.
  > anonymous_other | analysts | Some analysts | say | >

Rep. Joaquin Herrera, a Democrat on the House Intelligence Committee, said lawmakers had been briefed on "a serious compromise" but would not describe it.
  > named_official | herrera | Rep. Joaquin Herrera, a Democrat on the House Intelligence Committee | said | >
"When the same mistake happens twice, it is no longer a mistake," Herrera said.
  > named_official | herrera | Herrera | said | "When the same mistake happens twice, it is no longer a mistake,"
"It is a policy, and Congress has to ask who signed off on it."
  > named_official | herrera | Herrera | - | *

A second former official said the agency had begun moving its remaining sources in the region onto a new system this spring, a process that was still underway.
  > anonymous_official | second-former | A second former official | said | >

Officials said the agency had not yet determined how the foreign service first found the platform.
  > anonymous_official | officials | Officials | said | >
One theory under review, according to a person familiar with the internal assessment, is that an informant who was arrested was forced to reveal how he logged in.
  > anonymous_familiar | assessment-familiar | a person familiar with the internal assessment | according to | One theory under review ;; is that an informant who was arrested was forced to reveal how he logged in
''')

ARTICLES.append(r'''
@id b-inv-prison-smuggling-ring
@style investigative
Guards helped smuggle drones of contraband into state prison, investigators say
  > anonymous_official | investigators | investigators | say | Guards helped smuggle drones of contraband into state prison

COLUMBIA, S.C. -- State and federal investigators have identified at least six correctional officers at the Ridgeway Correctional Institution who they believe helped a gang smuggle cellphones and drugs into the prison by drone, according to court records and two law enforcement officials.
  > document | court-records | court records | according to | <
  > anonymous_official | le-officials | two law enforcement officials | according to | <
The officers disabled perimeter cameras at night so the drones could drop packages in a recreation yard, the officials said.
  > anonymous_official | le-officials | the officials | said | <
One of the officials said investigators had traced more than $400,000 in payments to the guards through a network of prepaid debit cards.
  > anonymous_official | le-officials | One of the officials | said | >

An affidavit filed in federal court in Columbia last week describes recorded phone calls in which an inmate arranges drop times with a man outside.
  > document | affidavit | An affidavit filed in federal court in Columbia last week | describes | >
It does not name the officers.
  > document | affidavit | It | does not name | the officers

Investigators have not determined who flew the drones, said a person with knowledge of the case, who was not authorized to discuss it.
  > anonymous_familiar | case-knowledge | a person with knowledge of the case | said | < | anon=who was not authorized to discuss it

The South Carolina Department of Corrections said in a statement that it had "zero tolerance for staff misconduct" and that several employees had been suspended.
  > named_organization | scdc | The South Carolina Department of Corrections | said in a statement | >
The agency's director, Bryan Ostrowski, did not respond to a request for an interview.
  > declined_comment | ostrowski | The agency's director, Bryan Ostrowski | did not respond to a request for an interview | - | resp=no_response

The union that represents correctional officers could not be reached for comment.
  > declined_comment | union | The union that represents correctional officers | could not be reached for comment | - | resp=unreachable

Inmates and their relatives have complained for years that contraband flows freely at Ridgeway.
  > anonymous_other | inmates-relatives | Inmates and their relatives | have complained for years | that contraband flows freely at Ridgeway
Ridgeway, a maximum-security prison about 20 miles north of Columbia, houses about 1,100 men.
"You could get anything in there if you had the money -- phones, pills, even a tattoo gun," said Latoya Briggs, whose son was released from the prison in January.
  > named_person | briggs | Latoya Briggs, whose son was released from the prison in January | said | <
Briggs said her son had been threatened after he refused to hold a phone for another inmate.
  > named_person | briggs | Briggs | said | >

One witness, who spoke on the condition that he not be named because he feared retaliation, said guards would announce a "quiet night" before a drop.
  > anonymous_other | witness | One witness | said | > | anon=who spoke on the condition that he not be named because he feared retaliation
"Everybody knew what that meant," said the man, who served four years at Ridgeway.
  > anonymous_other | witness | the man, who served four years at Ridgeway | said | <

State Sen. Ruth Calloway, who leads a committee that oversees prisons, said she would call corrections officials to testify in December.
  > named_official | calloway | State Sen. Ruth Calloway, who leads a committee that oversees prisons | said | >
The Post and Courier first reported the suspensions on Monday.
  > media_report | post-courier | The Post and Courier | first reported | the suspensions on Monday
@excluded
Leave a Reply
Your email address will not be published. Required fields are marked *
''')

ARTICLES.append(r'''
@id b-health-glp1-alcohol-study
@style health_science
Weight-loss drugs linked to lower risk of alcohol-related hospital visits, study finds
  > document | study | study | finds | Weight-loss drugs linked to lower risk of alcohol-related hospital visits

People taking the newest class of weight-loss and diabetes drugs were about a third less likely to be hospitalized for alcohol-related problems than similar patients on older medications, according to a large study published Wednesday in JAMA Psychiatry.
  > document | study | a large study published Wednesday in JAMA Psychiatry | according to | <
The researchers analyzed the health records of more than 220,000 adults in Sweden and Denmark who were prescribed drugs such as semaglutide and tirzepatide between 2018 and 2024.
The study found the association held even among patients who had never been diagnosed with an alcohol use disorder.
  > document | study | The study | found | >

"We were frankly surprised by how consistent the signal was," said Dr. Ingrid Solheim, an epidemiologist at the Karolinska Institute in Stockholm and the study's lead author.
  > named_person | solheim | Dr. Ingrid Solheim, an epidemiologist at the Karolinska Institute in Stockholm and the study's lead author | said | <
"It showed up in every age group and in both countries."
  > named_person | solheim | Dr. Ingrid Solheim, an epidemiologist at the Karolinska Institute in Stockholm and the study's lead author | - | *
Solheim cautioned that the findings could not prove the drugs caused the drop and that a randomized trial was needed.
  > named_person | solheim | Solheim | cautioned | >

The drugs mimic a gut hormone that signals fullness, and scientists have long suspected they also dampen the brain's reward response to alcohol and other substances.
  > anonymous_other | scientists | scientists | have long suspected | they also dampen the brain's reward response to alcohol and other substances
Two small clinical trials have hinted at such an effect, but both enrolled fewer than 200 people.

Dr. Marcus Bell, an addiction psychiatrist at the University of Pennsylvania who was not involved in the research, called the study "well done but not the final word."
  > named_person | bell | Dr. Marcus Bell, an addiction psychiatrist at the University of Pennsylvania who was not involved in the research | called | the study "well done but not the final word."
People who can afford the drugs may differ in ways the records cannot capture, he said, including their access to other treatment.
  > named_person | bell | he | said | People who can afford the drugs may differ in ways the records cannot capture ;; including their access to other treatment

Interest in the drugs as an addiction treatment has grown quickly.
STAT News reported last month that at least 20 clinical trials are testing them in people with alcohol, opioid or nicotine dependence.
  > media_report | stat | STAT News | reported | >

Nordvik Pharma, which sells one of the drugs, said in a statement that it was "encouraged by the growing body of evidence" and was running its own trial in people with alcohol use disorder.
  > named_organization | nordvik | Nordvik Pharma, which sells one of the drugs | said in a statement | >
Ellison Biotherapeutics, which makes another, did not immediately respond to a request for comment.
  > declined_comment | ellison | Ellison Biotherapeutics, which makes another | did not immediately respond to a request for comment | - | resp=no_response

The Food and Drug Administration has not approved either drug for addiction.
The drugs can cost more than $1,000 a month without insurance.
An FDA spokesperson said the agency does not comment on pending applications.
  > named_organization | fda | An FDA spokesperson | said | >
About 29 million American adults have an alcohol use disorder, according to the National Survey on Drug Use and Health.
  > document | nsduh | the National Survey on Drug Use and Health | according to | <
@excluded
Sign up for the Well newsletter: expert advice on living a healthier life, delivered to your inbox.
''')

ARTICLES.append(r'''
@id b-health-measles-county-outbreak
@style health_science
Measles outbreak in rural Texas county grows to 94 cases as CDC sends team

LUBBOCK, Texas -- A measles outbreak centered in a rural West Texas county has grown to 94 confirmed cases, most of them in unvaccinated children, the Texas Department of State Health Services said Friday.
  > named_organization | dshs | the Texas Department of State Health Services | said | <
The department reported 17 new cases since Tuesday and said 11 people had been hospitalized.
  > named_organization | dshs | The department | reported | 17 new cases since Tuesday
  > named_organization | dshs | The department | said | >
The Centers for Disease Control and Prevention has sent a team of four epidemiologists to help with contact tracing, CDC spokesperson Janelle Ortiz said.
  > named_official | ortiz | CDC spokesperson Janelle Ortiz | said | <

Dr. Raymond Kessler, who leads the CDC's division of viral diseases, said on a call with reporters that the outbreak was "the largest we have seen in a single county in more than five years."
  > named_official | kessler | Dr. Raymond Kessler, who leads the CDC's division of viral diseases | said on a call with reporters | >
"Measles is one of the most contagious diseases we know of," Kessler said.
  > named_official | kessler | Kessler | said | <
"Nine out of 10 unvaccinated people who are exposed will get sick."
  > named_official | kessler | Kessler | - | *

In the county's school district, nearly 18 percent of kindergartners had an exemption from at least one required vaccine last year, according to state data.
  > document | state-data | state data | according to | <
That is almost four times the state average.
Vaccination rates have fallen in many rural districts since the pandemic.

Some local parents say they distrust the vaccine after reading claims online, even though studies involving millions of children have found no link between the measles vaccine and autism.
  > anonymous_other | parents | Some local parents | say | they distrust the vaccine after reading claims online
  > document | vaccine-studies | studies involving millions of children | have found | no link between the measles vaccine and autism
"We just wanted to make our own choice," said Rebecca Unruh, a mother of three whose two youngest children are now sick.
  > named_person | unruh | Rebecca Unruh, a mother of three whose two youngest children are now sick | said | <
She said she was reconsidering.
  > named_person | unruh | She | said | >

A nurse at the county's only hospital, who asked not to be identified because she was not authorized to speak to reporters, said staff members had been working double shifts for two weeks.
  > anonymous_other | nurse | A nurse at the county's only hospital | said | > | anon=who asked not to be identified because she was not authorized to speak to reporters
The hospital's chief executive did not return calls.
  > declined_comment | hospital-ceo | The hospital's chief executive | did not return calls | - | resp=no_response

The United States declared measles eliminated in 2000, meaning the virus no longer spreads continuously within the country.
Public health experts warn that the status could be lost if outbreaks like this one last a year.
  > anonymous_other | experts | Public health experts | warn | >

The state's health commissioner, Dr. Nora Castaneda, urged parents to check their children's vaccination records before the holidays.
  > named_official | castaneda | The state's health commissioner, Dr. Nora Castaneda | urged | parents to check their children's vaccination records before the holidays
"Two doses of the vaccine are 97 percent effective," she said in a statement, "and they are free at every county clinic."
  > named_official | castaneda | she | said in a statement | "Two doses of the vaccine are 97 percent effective," ;; "and they are free at every county clinic."
''')

ARTICLES.append(r'''
@id b-health-microplastics-arteries
@style health_science
Tiny plastic particles in artery plaque tied to higher risk of heart attack

Patients whose artery plaque contained microscopic plastic particles were more than twice as likely to have a heart attack, stroke or die over the next three years as those whose plaque did not, according to an Italian study that is adding to concern about plastics in the body.
  > document | nejm-study | an Italian study that is adding to concern about plastics in the body | according to | <
The study, published in the New England Journal of Medicine, followed 312 patients who had surgery to remove plaque from the carotid artery in the neck.
Polyethylene, a plastic used in food packaging and shopping bags, was found in the plaque of 158 of them, the paper said.
  > document | nejm-study | the paper | said | <

"This is not proof that plastic causes heart disease, but it is a very strong signal that we need to take seriously," said Dr. Paolo Ferrante, a cardiologist at a university hospital in Naples who led the research.
  > named_person | ferrante | Dr. Paolo Ferrante, a cardiologist at a university hospital in Naples who led the research | said | <
Ferrante said his team had taken steps to avoid contaminating samples in the lab, including using only glass and metal tools.
  > named_person | ferrante | Ferrante | said | >
He said the next step would be to see whether people with higher exposure to plastics develop plaque faster.
  > named_person | ferrante | He | said | >

Other scientists were more cautious.
Dr. Helen Achterberg, a toxicologist at Utrecht University, said the researchers could not rule out that sicker patients simply had more plastic exposure for other reasons, such as diet or where they lived.
  > named_person | achterberg | Dr. Helen Achterberg, a toxicologist at Utrecht University | said | >
"The association is real," she said. 
  > named_person | achterberg | she | said | <
"What it means is still an open question."
  > named_person | achterberg | she | - | *

Microplastics have been found in human blood, lungs, placentas and breast milk.
Scientists have only recently developed methods sensitive enough to detect particles that small in human tissue.
A 2024 analysis by the World Health Organization concluded that there was not yet enough evidence to judge the health risks.
  > document | who-analysis | A 2024 analysis by the World Health Organization | concluded | >

The Plastics Industry Association said in a statement that "no causal link" had been established and that plastics were "essential to modern medicine."
  > named_organization | plastics-assoc | The Plastics Industry Association | said in a statement | >
The American Chemistry Council did not respond to a request for comment.
  > declined_comment | acc | The American Chemistry Council | did not respond to a request for comment | - | resp=no_response

The Environmental Protection Agency is reviewing how to measure microplastics in drinking water, an agency official said, speaking on the condition of anonymity because the review had not been made public.
  > anonymous_official | epa-official | an agency official | said | < | anon=speaking on the condition of anonymity because the review had not been made public

The study was funded in part by the Italian government, according to a disclosure in the paper.
  > document | disclosure | a disclosure in the paper | according to | <
The Guardian reported in September that several European regulators had begun drafting limits on microplastics in food packaging.
  > media_report | guardian | The Guardian | reported | >
''')

ARTICLES.append(r'''
@id b-health-bird-flu-dairy-workers
@style health_science
Two more dairy workers test positive for bird flu in Colorado, health department says
  > named_organization | cdphe | health department | says | Two more dairy workers test positive for bird flu in Colorado

DENVER -- Two more workers at a dairy farm in northern Colorado have tested positive for the H5N1 bird flu virus, bringing the number of human cases linked to the state's cattle outbreak to nine, the Colorado Department of Public Health and Environment said Thursday.
  > named_organization | cdphe | the Colorado Department of Public Health and Environment | said | <
Both workers had mild symptoms, including eye redness, and were treated with an antiviral drug, according to the department.
  > named_organization | cdphe | the department | according to | <
A department spokeswoman, Leah Morrow, said neither worker had been hospitalized and that close contacts were being monitored.
  > named_official | morrow | A department spokeswoman, Leah Morrow | said | >

The Centers for Disease Control and Prevention said the risk to the general public remained low.
  > named_organization | cdc | The Centers for Disease Control and Prevention | said | >
There is no evidence that the virus is spreading from person to person, the agency said in an update posted online.
  > named_organization | cdc | the agency | said in an update posted online | <

But some virologists say the steady trickle of cases among farmworkers suggests that many infections are being missed.
  > anonymous_other | virologists | some virologists | say | >
"We are only finding the cases we look for, and we are not looking very hard," said Dr. Anil Varma, a virologist at Colorado State University who studies influenza in animals.
  > named_person | varma | Dr. Anil Varma, a virologist at Colorado State University who studies influenza in animals | said | <
Varma said that many workers, some of them undocumented, fear that being tested could cost them their jobs.
  > named_person | varma | Varma | said | >

A federal health official familiar with the response said the CDC had asked the Agriculture Department weeks ago for permission to test workers at more farms but had not received an answer.
  > anonymous_official | federal-official | A federal health official familiar with the response | said | >
The official, who was not authorized to speak publicly, described relations between the two agencies as "strained."
  > anonymous_official | federal-official | The official | described | relations between the two agencies as "strained." | anon=who was not authorized to speak publicly
The Agriculture Department declined to comment on the official's account but said it was "working closely with federal and state partners."
  > declined_comment | usda | The Agriculture Department | declined to comment | - | resp=declined
  > named_organization | usda | The Agriculture Department | said | >

Farmworker advocates said many laborers live in crowded housing on the farms, which could allow the virus to spread if it changes.
  > anonymous_other | fw-advocates | Farmworker advocates | said | >
"These are the people who feed us, and they are the least protected," said Rosa Jimenez, an organizer with a farmworker group in Greeley.
  > named_official | jimenez | Rosa Jimenez, an organizer with a farmworker group in Greeley | said | <

Since March 2024, the virus has been detected in more than 900 dairy herds in 17 states, according to federal data.
  > document | federal-data | federal data | according to | <
Pasteurization kills the virus, and the Food and Drug Administration has said the commercial milk supply is safe.
  > named_organization | fda | the Food and Drug Administration | has said | the commercial milk supply is safe
Colorado has more than 150 licensed dairies, most of them in Weld County.
The owner of the affected farm could not be reached for comment.
  > declined_comment | farm-owner | The owner of the affected farm | could not be reached for comment | - | resp=unreachable
@excluded
Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
''')

ARTICLES.append(r'''
@id b-tech-chipmaker-takeover-talks
@style tech_corporate
Chipmaker Corvane in talks to buy AI startup Lumeris for about $9 billion

SAN FRANCISCO -- Corvane Semiconductor is in advanced talks to acquire Lumeris, a startup that designs chips for running artificial intelligence models in data centers, in a deal that could value the younger company at about $9 billion, according to people familiar with the plans.
  > anonymous_familiar | familiar | people familiar with the plans | according to | <
An agreement could be announced as soon as next week, said the people, who asked not to be identified because the discussions are private.
  > anonymous_familiar | familiar | the people | said | < | anon=who asked not to be identified because the discussions are private
The talks could still fall apart, they said.
  > anonymous_familiar | familiar | they | said | <

Bloomberg News reported earlier this month that Lumeris had hired bankers to explore a sale after a funding round stalled.
  > media_report | bloomberg | Bloomberg News | reported | >
Corvane had hoped to close a smaller acquisition in Israel this year, but that deal collapsed over the summer.
  > named_organization | corvane | Corvane | had hoped | to close a smaller acquisition in Israel this year | nosrc

A Corvane spokesman, Eric Dahlgren, declined to comment on "market rumors."
  > declined_comment | dahlgren | A Corvane spokesman, Eric Dahlgren | declined to comment | - | resp=declined
Lumeris did not respond to a request for comment.
  > declined_comment | lumeris | Lumeris | did not respond to a request for comment | - | resp=no_response

Corvane's chief executive, Priya Natarajan, told analysts on an earnings call in October that the company was "actively looking" for ways to catch up in AI hardware.
  > named_official | natarajan | Corvane's chief executive, Priya Natarajan | told | that the company was "actively looking" for ways to catch up in AI hardware
"We are not going to win this market by waiting for it to come to us," Natarajan said on the call.
  > named_official | natarajan | Natarajan | said on the call | <
"We will build, and where it makes sense, we will buy."
  > named_official | natarajan | Natarajan | - | *

Corvane had $14.2 billion in cash and short-term investments at the end of September, according to its most recent quarterly filing with the Securities and Exchange Commission.
  > document | filing | its most recent quarterly filing with the Securities and Exchange Commission | according to | <
Its shares rose 6 percent in after-hours trading Thursday.
Corvane, based in Santa Clara, has lost ground in the past two years to rivals whose chips dominate the market for training AI systems.

Lumeris, founded in 2019 by former engineers from Google, had raised about $1.6 billion from investors, according to PitchBook, which tracks private companies.
  > document | pitchbook | PitchBook, which tracks private companies | according to | <
Some of those investors had pushed for a sale after the company missed revenue targets this year, said a person close to the company, who asked not to be named discussing private matters.
  > anonymous_familiar | close-lumeris | a person close to the company | said | < | anon=who asked not to be named discussing private matters

Any deal would likely face scrutiny from regulators in Washington and Brussels, some analysts said.
  > anonymous_other | analysts | some analysts | said | <
"Regulators have made it clear that they are watching AI chips very closely," said Dana Whitfield, a semiconductor analyst at Bernstein.
  > named_person | whitfield | Dana Whitfield, a semiconductor analyst at Bernstein | said | <
She said the Federal Trade Commission would likely ask whether Corvane could use Lumeris's designs to lock customers into its own products.
  > named_person | whitfield | She | said | >
The FTC declined to comment.
  > declined_comment | ftc | The FTC | declined to comment | - | resp=declined
''')

ARTICLES.append(r'''
@id b-tech-ftc-app-store-probe
@style tech_corporate
FTC opens inquiry into app store fees charged to subscription services

The Federal Trade Commission has opened an investigation into whether Orchard Inc.'s app store fees violate federal competition law, the company disclosed in a securities filing on Tuesday.
  > named_organization | orchard | the company | disclosed in a securities filing | <
The filing said the commission had sent Orchard a civil investigative demand in September seeking documents about the 30 percent commission it charges on in-app subscriptions.
  > document | filing | The filing | said | >

The FTC declined to confirm the investigation.
  > declined_comment | ftc | The FTC | declined to confirm the investigation | - | resp=declined
But two people with knowledge of the inquiry said agency staff members had also interviewed executives at several music and dating apps about the fees in recent weeks.
  > anonymous_familiar | knowledge | two people with knowledge of the inquiry | said | >
One of those people said the investigation was being run by the agency's Bureau of Competition and had the support of its chairwoman, Lina Castellanos.
  > anonymous_familiar | knowledge | One of those people | said | >

Orchard said in a statement that its fees "reflect the enormous value the App Store delivers to developers" and that it would "engage constructively" with the commission.
  > named_organization | orchard | Orchard | said in a statement | >
The company has long argued that the fees pay for security reviews that protect users from fraud.
  > named_organization | orchard | The company | has long argued | >

Developers have complained about the fees for more than a decade.
  > anonymous_other | developers | Developers | have complained | about the fees
"Every month we send a big check to the company we compete with, and they get to decide whether our app even exists," said Tomas Rivera, the chief executive of Cadence, a music streaming service based in Austin.
  > named_official | rivera | Tomas Rivera, the chief executive of Cadence, a music streaming service based in Austin | said | <
Rivera said Cadence had been contacted by the FTC but declined to describe the conversations.
  > named_official | rivera | Rivera | said | Cadence had been contacted by the FTC
  > declined_comment | rivera | Rivera | declined to describe the conversations | - | resp=declined

In 2024, a federal judge in California found that Orchard had violated a court order by blocking links to cheaper payment options, according to court records.
  > document | court-records | court records | according to | <
The European Union has fined the company twice under its Digital Markets Act.
The App Store is one of Orchard's most profitable businesses.

Orchard's app store generated an estimated $24 billion in commissions last year, according to an analysis by the research firm Sensor Metrics.
  > document | sensor-analysis | an analysis by the research firm Sensor Metrics | according to | <

An investigation does not mean the FTC will bring a case.
Such inquiries often take more than a year, and many end without charges, said Abigail Moran, a former FTC attorney who now teaches antitrust law at Georgetown University.
  > named_person | moran | Abigail Moran, a former FTC attorney who now teaches antitrust law at Georgetown University | said | <
"This one has the feel of something they intend to finish," she said.
  > named_person | moran | she | said | <

The Wall Street Journal earlier reported that the FTC was preparing to examine app store practices.
  > media_report | wsj | The Wall Street Journal | earlier reported | >
@excluded
Related: Orchard shares slip after disclosure of federal inquiry
''')

ARTICLES.append(r'''
@id b-tech-ai-layoffs-memo
@style tech_corporate
Software maker Brightline cuts 1,200 jobs, citing shift to AI tools

SEATTLE -- Brightline Software is laying off about 1,200 employees, or 14 percent of its work force, as it redirects money toward artificial intelligence products, according to an internal memo sent to staff on Monday.
  > document | memo | an internal memo sent to staff on Monday | according to | <
"This is the hardest decision I have made in 11 years at Brightline," the chief executive, Nathan Oyelaran, wrote in the memo, which was obtained by The Seattle Times.
  > named_official | oyelaran | the chief executive, Nathan Oyelaran | wrote in the memo | <
"But the way our customers work is changing faster than we are."
  > named_official | oyelaran | the chief executive, Nathan Oyelaran | - | *

Oyelaran wrote that the cuts would fall most heavily on customer support and sales, and that departing workers would receive 16 weeks of severance.
  > named_official | oyelaran | Oyelaran | wrote | >
The company confirmed the layoffs in a statement but did not answer questions about how many of the roles would be replaced by automated systems.
  > named_organization | brightline | The company | confirmed | the layoffs
  > declined_comment | brightline | The company | did not answer questions about how many of the roles would be replaced by automated systems | - | resp=declined

Several employees said the news came as a shock because managers had told them as recently as last month that their teams were safe.
  > anonymous_other | employees | Several employees | said | >
"We were literally training the chatbot that is replacing us," said one support worker in Spokane, who spoke on the condition of anonymity because she had signed a severance agreement that bars her from criticizing the company.
  > anonymous_other | support-worker | one support worker in Spokane | said | < | anon=who spoke on the condition of anonymity because she had signed a severance agreement that bars her from criticizing the company
She said her last day would be Friday.
  > anonymous_other | support-worker | She | said | >

Brightline's executives have been under pressure from investors after two quarters of slowing revenue growth.
A person close to the company's board, who declined to be named because the board's discussions were confidential, said directors had pushed Oyelaran to cut costs before the company reports fourth-quarter results in February.
  > anonymous_familiar | close-board | A person close to the company's board | said | > | anon=who declined to be named because the board's discussions were confidential

Brightline is the latest technology company to tie job cuts to artificial intelligence.
The company, founded in 2014, makes software that businesses use to handle customer service requests.
According to data compiled by the outplacement firm Challenger, Gray & Christmas, technology companies have announced more than 140,000 job cuts this year.
  > document | challenger-data | data compiled by the outplacement firm Challenger, Gray & Christmas | According to | >
Some labor economists are skeptical that AI is the real reason for many of them.
  > anonymous_other | economists | Some labor economists | are skeptical | that AI is the real reason for many of them

Washington state's Employment Security Department said it had received a layoff notice from the company covering 610 workers in the state.
  > named_organization | esd | Washington state's Employment Security Department | said | >

In a post on LinkedIn, one laid-off product manager, Carmen Alvarez, wrote that her entire team of 40 had been cut.
  > named_person | alvarez | one laid-off product manager, Carmen Alvarez | wrote | >
Business Insider earlier reported that Brightline had frozen hiring in its support division in August.
  > media_report | business-insider | Business Insider | earlier reported | >
''')

ARTICLES.append(r'''
@id b-tech-insurer-data-breach
@style tech_corporate
Hackers stole records of 11 million patients from health insurer, filing shows
  > document | filing | filing | shows | Hackers stole records of 11 million patients from health insurer

Hackers stole names, Social Security numbers and medical claims data belonging to about 11 million people from the health insurer Meridian Health Partners, the company said in a filing with federal regulators on Friday.
  > named_organization | meridian | the company | said in a filing with federal regulators | <
The intrusion began in early August and was not detected for nearly seven weeks, according to the filing.
  > document | filing | the filing | according to | <

Meridian said it had notified the FBI and hired the cybersecurity firm Halberd Labs to investigate.
  > named_organization | meridian | Meridian | said | >
In a letter to customers, the company's chief executive, Sandra Kim, apologized and said Meridian would offer two years of free credit monitoring.
  > named_official | kim | the company's chief executive, Sandra Kim | said | >

"We let our members down, and we own that," Kim wrote.
  > named_official | kim | Kim | wrote | <

The company did not say who was behind the attack.
A ransomware group known as BlackVane claimed responsibility on its leak site last week and posted what it said were samples of the stolen data, the cybersecurity news site The Record reported.
  > media_report | the-record | the cybersecurity news site The Record | reported | <
Two people briefed on the company's response said Meridian had paid the group a ransom of about $4 million in an effort to have the data deleted.
  > anonymous_familiar | briefed | Two people briefed on the company's response | said | >
A Meridian spokeswoman said the company would not comment on "specifics of our negotiations with criminal actors."
  > declined_comment | meridian | A Meridian spokeswoman | would not comment | - | resp=declined

The breach is among the largest ever reported to the Department of Health and Human Services, according to the department's public database of incidents.
  > document | hhs-database | the department's public database of incidents | according to | <
An HHS official said the department's Office for Civil Rights had opened an investigation.
  > anonymous_official | hhs-official | An HHS official | said | >

Security researchers say insurers are attractive targets because their data is detailed and hard to change.
  > anonymous_other | researchers | Security researchers | say | >
"You can cancel a credit card," said Jordan Pike, a researcher at the University of Michigan who studies health care cyberattacks.
  > named_person | pike | Jordan Pike, a researcher at the University of Michigan who studies health care cyberattacks | said | <
"You cannot cancel your diagnosis."
  > named_person | pike | Jordan Pike, a researcher at the University of Michigan who studies health care cyberattacks | - | *

Attorneys filed at least three proposed class-action lawsuits against Meridian in federal court in Minneapolis over the weekend.
Meridian, based in Minneapolis, covers about 14 million people in 22 states.
The lawsuits accuse the company of failing to encrypt sensitive data.
  > document | lawsuits | The lawsuits | accuse | the company of failing to encrypt sensitive data

The Minnesota attorney general, Renee Vasquez, said her office would examine whether Meridian notified customers quickly enough under state law.
  > named_official | ag | The Minnesota attorney general, Renee Vasquez | said | >
''')

ARTICLES.append(r'''
@id b-local-governor-budget-veto
@style state_local
Gov. Marquez vetoes $2.1 billion in spending, setting up clash with legislature

SACRAMENTO, Calif. -- Gov. Elena Marquez on Tuesday vetoed $2.1 billion in spending from the state budget, including money for new community college campuses and a transit expansion in the Central Valley, a move that drew immediate anger from leaders of her own party in the Legislature.
Marquez said the cuts were needed to close a deficit that had grown by $6 billion since January.
  > named_official | marquez | Marquez | said | >
"I am not going to sign a budget that spends money we do not have," the governor said at a news conference in the Capitol.
  > named_official | marquez | the governor | said at a news conference | <
"Families across this state balance their checkbooks, and so will we."
  > named_official | marquez | the governor | - | *

Assembly Speaker Tony Okafor, a fellow Democrat, called the vetoes "a betrayal of the promises we made together in June."
  > named_official | okafor | Assembly Speaker Tony Okafor, a fellow Democrat | called | the vetoes "a betrayal of the promises we made together in June."
He said lawmakers would consider overriding several of them when they return in August, though an override has not succeeded in California since 1979.
  > named_official | okafor | He | said | lawmakers would consider overriding several of them when they return in August

Two aides to the governor said she had made the final decisions over the weekend after a meeting with her finance director in which projections showed tax revenue falling further.
  > anonymous_official | governor-aides | Two aides to the governor | said | >
The aides, who spoke on the condition of anonymity to describe private deliberations, said the transit money was the last item cut.
  > anonymous_official | governor-aides | The aides | said | > | anon=who spoke on the condition of anonymity to describe private deliberations
Marquez wants to revisit the project next year if revenue recovers.
  > named_official | marquez | Marquez | wants | to revisit the project next year if revenue recovers | nosrc
The Legislature passed the $312 billion budget on June 14, a day before its constitutional deadline.

A budget analysis by the nonpartisan Legislative Analyst's Office released last month had warned that the state's revenue estimates were "optimistic by several billion dollars."
  > document | lao | A budget analysis by the nonpartisan Legislative Analyst's Office released last month | had warned | >

In Fresno, where the transit expansion would have added bus rapid transit lines, residents said they felt abandoned.
  > anonymous_other | residents | residents | said | >
"We've been waiting 20 years for this," said Maribel Soto, who takes two buses to reach her job at a packing plant.
  > named_person | soto | Maribel Soto, who takes two buses to reach her job at a packing plant | said | <
"Every time it's our turn, the money is gone."
  > named_person | soto | Maribel Soto, who takes two buses to reach her job at a packing plant | - | *

The Sacramento Bee reported that Marquez had told donors at a private dinner last week that the budget was "a mess of the Legislature's making."
  > media_report | sac-bee | The Sacramento Bee | reported | >

Fresno Mayor Tom Ridley's office did not immediately respond to a request for comment.
  > declined_comment | ridley | Fresno Mayor Tom Ridley's office | did not immediately respond to a request for comment | - | resp=no_response
Assembly Republican Leader Cole Dempsey, who has criticized the budget as bloated, praised the vetoes but said they did not go far enough.
  > named_official | dempsey | Assembly Republican Leader Cole Dempsey, who has criticized the budget as bloated | said | they did not go far enough
@excluded
Sign up for our California Politics newsletter.
''')

ARTICLES.append(r'''
@id b-local-police-chief-ouster
@style state_local
Mayor pushed out police chief after dispute over overtime audit, records show
  > document | emails | records | show | Mayor pushed out police chief after dispute over overtime audit

MILWAUKEE -- Mayor Denise Harlan forced out Police Chief Raymond Castillo last month after he refused to delay the release of an audit of police overtime spending, according to emails obtained by the Sentinel-Tribune and three people with direct knowledge of the dispute.
  > document | emails | emails obtained by the Sentinel-Tribune | according to | <
  > anonymous_familiar | knowledge | three people with direct knowledge of the dispute | according to | <
Harlan's office had said at the time that Castillo was retiring to spend more time with his family.
  > named_organization | mayor-office | Harlan's office | had said | >

The emails, obtained through a public records request, show that Harlan's chief of staff, Victor Ames, asked Castillo in early September to hold the audit until after the city's budget hearings.
  > document | emails | The emails, obtained through a public records request | show | >
"Releasing this now helps no one," Ames wrote on Sept. 4.
  > named_official | ames | Ames | wrote | <
Castillo replied the same day that the audit "belongs to the public" and would be released on schedule.
  > named_official | castillo | Castillo | replied | that the audit "belongs to the public" and would be released on schedule

Eight days later, the chief was summoned to City Hall, where Harlan told him he could resign or be fired, two of the people said.
  > anonymous_familiar | knowledge | two of the people | said | <
A senior police official who was briefed on the meeting said Castillo left "visibly shaken."
  > anonymous_official | senior-police | A senior police official who was briefed on the meeting | said | >

The audit, which was released by the city comptroller two weeks after Castillo left, found that the department had overspent its overtime budget by $19 million over three years.
  > document | audit | The audit, which was released by the city comptroller two weeks after Castillo left | found | >
Castillo, a 27-year veteran of the department, had been chief since 2021.

Harlan denied in a brief interview on Wednesday that the audit had anything to do with Castillo's departure.
  > named_official | harlan | Harlan | denied in a brief interview | >
"The chief and I had differences on a number of issues, and we both decided it was time," she said.
  > named_official | harlan | she | said | <
She declined to answer further questions.
  > declined_comment | harlan | She | declined to answer further questions | - | resp=declined
Ames did not respond to messages.
  > declined_comment | ames | Ames | did not respond to messages | - | resp=no_response

Castillo, reached at his home, confirmed the emails were authentic but declined to comment further.
  > named_official | castillo | Castillo | confirmed | the emails were authentic
  > declined_comment | castillo | Castillo | declined to comment further | - | resp=declined

The comptroller, Aycha Sirvan, said in an interview that no one from the mayor's office had asked her to delay the audit.
  > named_official | sirvan | The comptroller, Aycha Sirvan | said in an interview | >
"Nobody called me," Sirvan said. 
  > named_official | sirvan | Sirvan | said | <
"And if they had, the answer would have been no."
  > named_official | sirvan | Sirvan | - | *

Several members of the Common Council said they would ask the city attorney to review the matter.
  > anonymous_official | council-members | Several members of the Common Council | said | >
"If this is what it looks like, it's a serious abuse of power," said Alderman Keith Brandt, who chairs the council's public safety committee.
  > named_official | brandt | Alderman Keith Brandt, who chairs the council's public safety committee | said | <
@excluded
Related: Milwaukee police overtime audit finds $19 million overrun
''')

ARTICLES.append(r'''
@id b-local-council-rezoning-vote
@style state_local
After five-hour hearing, council approves apartments on former golf course

AUSTIN, Texas -- The City Council voted 8-3 early Friday to rezone a shuttered golf course in North Austin for as many as 1,400 apartments, ending a two-year fight that pitted neighbors worried about traffic against advocates who say the city desperately needs more housing.
The vote came after a hearing that stretched past 2 a.m., with more than 200 residents signed up to speak.
The 140-acre course closed in 2022 after years of falling membership.

Council Member Alicia Ferreira, who represents the district, said the project would bring "homes that teachers and nurses can actually afford."
  > named_official | ferreira | Council Member Alicia Ferreira, who represents the district | said | >
The developer, Stonebrook Partners, agreed to set aside 15 percent of the units for households earning less than 60 percent of the area's median income, according to the zoning agreement.
  > document | zoning-agreement | the zoning agreement | according to | <

Opponents said the neighborhood's two-lane roads could not handle the traffic.
  > anonymous_other | opponents | Opponents | said | >
"Nobody is against housing," said Gary Lindholm, 71, who has lived across the street from the course since 1988.
  > named_person | lindholm | Gary Lindholm, 71, who has lived across the street from the course since 1988 | said | <
"We are against putting 1,400 units where the fire trucks already can't get through at rush hour."
  > named_person | lindholm | Gary Lindholm, 71, who has lived across the street from the course since 1988 | - | *
Lindholm said his neighborhood association was considering a lawsuit.
  > named_person | lindholm | Lindholm | said | >

A traffic study commissioned by the city estimated that the development would add about 9,000 car trips a day to nearby streets.
  > document | traffic-study | A traffic study commissioned by the city | estimated | >
The city's planning department recommended approval, saying road improvements paid for by the developer would offset most of the increase.
  > named_organization | planning | The city's planning department | recommended | approval
  > named_organization | planning | The city's planning department | saying | >

Several council members had privately told colleagues they would vote no as recently as Thursday afternoon, according to two council aides, who requested anonymity because they were not authorized to speak for their bosses.
  > anonymous_official | council-aides | two council aides | according to | < | anon=who requested anonymity because they were not authorized to speak for their bosses
The aides said a last-minute change that cut the project's maximum height from eight stories to six won over at least two of them.
  > anonymous_official | council-aides | The aides | said | >

A spokeswoman for Stonebrook said the company expects to break ground in late 2027.
  > named_organization | stonebrook | A spokeswoman for Stonebrook | said | >
Mayor Kurt Wallace, who voted for the rezoning, did not speak during the debate and left City Hall without taking questions.
Some critics of the mayor said his silence showed he wanted the vote to pass without his fingerprints on it.
  > anonymous_other | critics | Some critics of the mayor | said | >
A spokesman for Wallace could not be reached early Friday.
  > declined_comment | wallace | A spokesman for Wallace | could not be reached | - | resp=unreachable

The Austin American-Statesman reported in 2024 that Stonebrook had donated to the campaigns of four council members, including two who voted for the project.
  > media_report | statesman | The Austin American-Statesman | reported | >
Campaign finance records reviewed by this newspaper show the donations totaled about $6,000.
  > document | finance-records | Campaign finance records reviewed by this newspaper | show | >
''')

ARTICLES.append(r'''
@id b-local-transit-tax-legislature
@style state_local
Legislative leaders near deal on transit tax as deadline looms, aides say
  > anonymous_official | aides | aides | say | Legislative leaders near deal on transit tax as deadline looms

HARRISBURG, Pa. -- Leaders of the Pennsylvania House and Senate are close to an agreement that would raise the sales tax in Allegheny and Philadelphia counties by half a cent to rescue the state's two largest transit systems, according to three legislative aides involved in the negotiations.
  > anonymous_official | aides | three legislative aides involved in the negotiations | according to | <
The deal could come to a vote as soon as Monday, two of the aides said, days before service cuts are scheduled to take effect.
  > anonymous_official | aides | two of the aides | said | The deal could come to a vote as soon as Monday

Gov. Walter Brennan has said he would sign any bill that "keeps the buses running and doesn't raise taxes on people who don't use them."
  > named_official | brennan | Gov. Walter Brennan | has said | >
Brennan's spokesman, Dominic Hale, said Thursday that the governor had been "in constant contact" with legislative leaders but would not discuss details.
  > named_official | hale | Brennan's spokesman, Dominic Hale | said | that the governor had been "in constant contact" with legislative leaders
  > declined_comment | hale | Brennan's spokesman, Dominic Hale | would not discuss details | - | resp=declined

The Southeastern Pennsylvania Transportation Authority has warned that without new money it would eliminate 32 bus routes and end rail service after 9 p.m. starting Dec. 1.
  > named_organization | septa | The Southeastern Pennsylvania Transportation Authority | has warned | >
SEPTA's general manager, Carla Benning, said in an interview that the agency had "run out of ways to stretch a dollar."
  > named_official | benning | SEPTA's general manager, Carla Benning | said in an interview | >
"We have cut administration, we have sold property, we have deferred maintenance we shouldn't have deferred," she said.
  > named_official | benning | she | said | <
"The next cut is the riders."
  > named_official | benning | she | - | *

Senate Republicans have resisted a statewide tax increase, and the proposal being discussed would let only the two affected counties raise the tax, the aides said.
  > anonymous_official | aides | the aides | said | <
Senate Majority Leader Doug Fenwick did not respond to a request for comment.
  > declined_comment | fenwick | Senate Majority Leader Doug Fenwick | did not respond to a request for comment | - | resp=no_response
Lawmakers have missed three earlier deadlines this year to settle the transit budget.

A poll released this week by Franklin & Marshall College found that 58 percent of voters in the Philadelphia area would support a local sales tax increase for transit.
  > document | poll | A poll released this week by Franklin & Marshall College | found | >
Rural lawmakers say they are wary of any plan that could later be extended to their districts.
  > anonymous_official | rural-lawmakers | Rural lawmakers | say | >

One person briefed on the talks said a sticking point was whether the tax would expire after 10 years.
  > anonymous_familiar | briefed | One person briefed on the talks | said | >
House Democrats want the tax to be permanent.
  > anonymous_official | house-democrats | House Democrats | want | the tax to be permanent | nosrc

The Philadelphia Inquirer reported Wednesday that business groups in the city had quietly lobbied Senate Republicans to accept the deal.
  > media_report | inquirer | The Philadelphia Inquirer | reported | >
''')

ARTICLES.append(r'''
@id b-courts-judge-halts-deportation-flights
@style courts_immigration
Judge temporarily halts deportations of Venezuelan detainees held in Texas

HOUSTON -- A federal judge on Thursday temporarily barred immigration authorities from deporting about 140 Venezuelan men held at a detention center in South Texas, ruling that the government had not given them a meaningful chance to challenge their removal.
In a 34-page order, U.S. District Judge Miriam Castellano wrote that the men were "entitled to notice and an opportunity to be heard before the government places them on a plane."
  > named_official | castellano | U.S. District Judge Miriam Castellano | wrote | >
The order said the government had given some detainees less than 24 hours' notice of their removal, in English only.
  > document | order | The order | said | >
The ruling blocks deportations for 14 days while the judge considers a broader request from the detainees' lawyers.
  > document | order | The ruling | blocks | deportations for 14 days | nosrc

Lawyers for the men, from the American Civil Liberties Union, had argued that many of them were fleeing political persecution.
  > named_organization | aclu | Lawyers for the men, from the American Civil Liberties Union | had argued | >
"The court saw what was happening here and stopped it," said Daniela Ferrer, an ACLU lawyer who represents the detainees.
  > named_official | ferrer | Daniela Ferrer, an ACLU lawyer who represents the detainees | said | <
"Some of these men were told they were being moved to another facility.
  > named_official | ferrer | Daniela Ferrer, an ACLU lawyer who represents the detainees | - | *
They were actually on their way to the airport."
  > named_official | ferrer | Daniela Ferrer, an ACLU lawyer who represents the detainees | - | *
Ferrer said at least 11 of the men had pending asylum claims.
  > named_official | ferrer | Ferrer | said | >

The Justice Department said in a court filing last week that the men had been given adequate notice and that the court lacked jurisdiction to intervene.
  > named_organization | doj | The Justice Department | said in a court filing | >
A department spokeswoman declined to comment on the ruling.
  > declined_comment | doj | A department spokeswoman | declined to comment on the ruling | - | resp=declined

An Immigration and Customs Enforcement spokesperson said the agency "will comply with all court orders" but did not answer questions about whether flights had already been scheduled.
  > named_organization | ice | An Immigration and Customs Enforcement spokesperson | said | the agency "will comply with all court orders"
  > declined_comment | ice | An Immigration and Customs Enforcement spokesperson | did not answer questions about whether flights had already been scheduled | - | resp=declined
A senior ICE official, speaking on the condition of anonymity because the official was not authorized to discuss operations, said two flights planned for this weekend had been canceled after the ruling.
  > anonymous_official | ice-official | A senior ICE official | said | > | anon=speaking on the condition of anonymity because the official was not authorized to discuss operations

Relatives of the detainees gathered outside the federal courthouse in Houston as the ruling was announced.
Some carried photographs of the men.
"Finally somebody listened," said Yusmary Pacheco, whose brother has been held at the center since August.
  > named_person | pacheco | Yusmary Pacheco, whose brother has been held at the center since August | said | <
She said she had not been able to speak to him in nine days.
  > named_person | pacheco | She | said | >

Legal experts said the government was likely to appeal quickly to the U.S. Court of Appeals for the Fifth Circuit.
  > anonymous_other | legal-experts | Legal experts | said | >

The case is one of several challenging the administration's use of expedited removals, according to a tally kept by the Migration Policy Institute.
  > document | mpi-tally | a tally kept by the Migration Policy Institute | according to | <
CNN reported on Wednesday that the Justice Department had asked the Fifth Circuit to move quickly in a similar case in Louisiana.
  > media_report | cnn | CNN | reported | >
''')

ARTICLES.append(r'''
@id b-courts-detention-conditions-lawsuit
@style courts_immigration
Lawsuit says migrants at Georgia detention center went days without medical care
  > document | lawsuit | Lawsuit | says | migrants at Georgia detention center went days without medical care

ATLANTA -- Detainees at a privately run immigration detention center in southern Georgia were denied medical care for days, given spoiled food and held in cells with broken toilets, according to a federal lawsuit filed Monday.
  > document | lawsuit | a federal lawsuit filed Monday | according to | <
The suit, brought by six current and former detainees, accuses the operator, Sentinel Correctional Group, and Immigration and Customs Enforcement of violating the detainees' constitutional rights.
  > document | lawsuit | The suit, brought by six current and former detainees | accuses | >
The facility, near the town of Folkston, can hold about 3,000 people.

A sworn declaration from one plaintiff, a 34-year-old man from Honduras, says that he waited four days to see a doctor after fainting in his cell.
  > document | declaration | A sworn declaration from one plaintiff, a 34-year-old man from Honduras | says | >
He was later diagnosed with diabetes, the declaration says.
  > document | declaration | the declaration | says | <

"These are not isolated failures," said Priya Mehta, a lawyer with the Southern Poverty Law Center, which filed the suit with two law firms.
  > named_official | mehta | Priya Mehta, a lawyer with the Southern Poverty Law Center, which filed the suit with two law firms | said | <
"This is how the facility is run."
  > named_official | mehta | Priya Mehta, a lawyer with the Southern Poverty Law Center, which filed the suit with two law firms | - | *
Mehta said the lawyers had heard from more than 40 detainees with similar complaints.
  > named_official | mehta | Mehta | said | >

Sentinel Correctional Group did not respond to requests for comment on Monday.
  > declined_comment | sentinel | Sentinel Correctional Group | did not respond to requests for comment | - | resp=no_response
An ICE spokesman, Mark Delgado, said the agency does not comment on pending litigation but takes the health of detainees "very seriously."
  > declined_comment | delgado | An ICE spokesman, Mark Delgado | does not comment on pending litigation | - | resp=declined
  > named_official | delgado | An ICE spokesman, Mark Delgado | said | takes the health of detainees "very seriously."

A 2023 report by the Department of Homeland Security's inspector general found "egregious" conditions at the same facility, including mold and inadequate staffing.
  > document | ig-report | A 2023 report by the Department of Homeland Security's inspector general | found | >
Former employees have described chronic understaffing.
  > anonymous_other | former-employees | Former employees | have described | chronic understaffing
One former nurse, who declined to be named because she still works in the detention industry, said there were nights when one nurse was responsible for more than 900 detainees.
  > anonymous_other | former-nurse | One former nurse | said | > | anon=who declined to be named because she still works in the detention industry

A person familiar with ICE's contract with Sentinel said the agency had renewed it in July for five years, despite the inspector general's findings.
  > anonymous_familiar | contract-familiar | A person familiar with ICE's contract with Sentinel | said | >
The Atlanta Journal-Constitution reported in 2024 that two detainees had died at the facility that year.
  > media_report | ajc | The Atlanta Journal-Constitution | reported | >

The number of people in immigration detention has risen to about 61,000, the highest level on record, according to government data compiled by the Transactional Records Access Clearinghouse at Syracuse University.
  > document | trac-data | government data compiled by the Transactional Records Access Clearinghouse at Syracuse University | according to | <
Some advocates say private operators have expanded faster than oversight can keep up.
  > anonymous_other | advocates | Some advocates | say | >
The lawsuit asks the court to appoint an independent monitor.
  > document | lawsuit | The lawsuit | asks | the court to appoint an independent monitor | nosrc
''')

ARTICLES.append(r'''
@id b-courts-courthouse-arrests
@style courts_immigration
ICE arrests at Denver courthouse prompt chief judge to issue new limits

DENVER -- The chief judge of Denver's district court on Friday barred immigration agents from making civil arrests inside the city's courthouses without a judicial warrant, days after plainclothes officers detained two men outside a courtroom.
The order, signed by Chief Judge Lorraine Whitaker, says civil arrests in courthouses "deter victims and witnesses from appearing and undermine the administration of justice."
  > document | order | The order, signed by Chief Judge Lorraine Whitaker | says | >

One of the men arrested Tuesday had come to court to testify against a man accused of assaulting him, his lawyer said.
  > named_official | kowalski | his lawyer | said | <
The lawyer, Stefan Kowalski, said his client had lived in Colorado for 15 years and had no criminal record.
  > named_official | kowalski | The lawyer, Stefan Kowalski | said | >
"He did exactly what we ask people to do: he showed up," Kowalski said.
  > named_official | kowalski | Kowalski | said | <
"And he was punished for it."
  > named_official | kowalski | Kowalski | - | *

Witnesses said the agents, who wore no uniforms, did not identify themselves before handcuffing the men in a hallway.
  > anonymous_other | witnesses | Witnesses | said | >
"It happened so fast that I thought it was a kidnapping," said Andrea Luna, a paralegal who saw the arrests.
  > named_person | luna | Andrea Luna, a paralegal who saw the arrests | said | <

ICE said in a statement that its officers had acted lawfully and that the men were "targeted enforcement priorities."
  > named_organization | ice | ICE | said in a statement | >
The agency declined to say what made them priorities.
  > declined_comment | ice | The agency | declined to say what made them priorities | - | resp=declined
A Department of Homeland Security official said the department was reviewing the order and considering a legal challenge.
  > anonymous_official | dhs-official | A Department of Homeland Security official | said | >

Denver Mayor Alan Pruitt praised the judge's decision.
  > named_official | pruitt | Denver Mayor Alan Pruitt | praised | the judge's decision
Courthouse arrests are legal under federal law, but several states, including New York and Washington, restrict them.
Immigration arrests in the Denver area have risen sharply this year.
Colorado passed its own limits in 2020, but some defense lawyers say federal agents have ignored them.
  > anonymous_other | defense-lawyers | some defense lawyers | say | >

"We cannot run a justice system where people are afraid to walk through the front door," Whitaker wrote in a letter to the region's judges that accompanied the order.
  > named_official | whitaker | Whitaker | wrote | <

The Denver Post reported Wednesday that at least five people had been arrested at courthouses in the metro area since September.
  > media_report | denver-post | The Denver Post | reported | >
Two court employees, who spoke on the condition of anonymity because they were not permitted to talk to the news media, said attendance at hearings in the immigration-heavy civil docket had dropped sharply this week.
  > anonymous_official | court-employees | Two court employees | said | > | anon=who spoke on the condition of anonymity because they were not permitted to talk to the news media
The U.S. attorney's office for Colorado could not be reached for comment on Friday.
  > declined_comment | usao | The U.S. attorney's office for Colorado | could not be reached for comment | - | resp=unreachable
@excluded
Have a news tip? Contact our newsroom at tips@example.com.
''')

ARTICLES.append(r'''
@id b-courts-appeals-farmworker-wages
@style courts_immigration
Appeals court revives farmworkers' suit over wage rule for guest workers

RICHMOND, Va. -- A federal appeals court on Wednesday revived a lawsuit by farmworker groups challenging a Labor Department rule that lowered minimum wages for some foreign agricultural guest workers, sending the case back to a lower court.
A three-judge panel of the U.S. Court of Appeals for the Fourth Circuit ruled 2-1 that the district court had wrongly dismissed the case on procedural grounds.
  > named_organization | fourth-circuit | A three-judge panel of the U.S. Court of Appeals for the Fourth Circuit | ruled | >
The Labor Department "did not adequately explain why it departed from decades of practice," Judge Henry Okonjo wrote for the majority.
  > named_official | okonjo | Judge Henry Okonjo | wrote | <

In a dissent, Judge Carla Brisbane wrote that the farmworker groups had not shown that their members were harmed by the rule.
  > named_official | brisbane | Judge Carla Brisbane | wrote | >

The rule, adopted in 2025, changed how wages are calculated for workers on H-2A visas, which allow employers to bring in foreign laborers for seasonal farm jobs.
Most H-2A workers come from Mexico and work in fields and orchards in the South and the West.
Farmworker advocates estimate it cut pay by as much as $2 an hour in some states.
  > anonymous_other | advocates | Farmworker advocates | estimate | >
"This is a big day for people who pick our food," said Lucia Guerrero, the president of the United Farm Workers of America, one of the plaintiffs.
  > named_official | guerrero | Lucia Guerrero, the president of the United Farm Workers of America, one of the plaintiffs | said | <
"The rule was written by growers, for growers."
  > named_official | guerrero | Lucia Guerrero, the president of the United Farm Workers of America, one of the plaintiffs | - | *

The Labor Department said it was reviewing the decision.
  > named_organization | dol | The Labor Department | said | >
A spokesman for the National Council of Agricultural Employers, a growers' group that supported the rule, did not respond to an email seeking comment.
  > declined_comment | ncae | A spokesman for the National Council of Agricultural Employers, a growers' group that supported the rule | did not respond to an email seeking comment | - | resp=no_response

Growers say the old wage formula made it impossible to compete with cheaper produce from Mexico.
  > anonymous_other | growers | Growers | say | >
Eric Sandoval, who grows blueberries on 300 acres near Statesboro, Ga., said his labor costs had risen by a third in five years.
  > named_person | sandoval | Eric Sandoval, who grows blueberries on 300 acres near Statesboro, Ga. | said | >
"If this goes back to the old way, I'll plant less next year," he said.
  > named_person | sandoval | he | said | <

Department of Agriculture figures show that the number of H-2A positions certified each year has more than tripled since 2015, to more than 380,000.
  > document | usda-figures | Department of Agriculture figures | show | >
Labor Department officials had hoped the rule would slow that growth by making the program cheaper and simpler to use.
  > anonymous_official | dol-officials | Labor Department officials | had hoped | the rule would slow that growth by making the program cheaper and simpler to use | nosrc
Martin Haskell, a lawyer for several growers who joined the case to defend the rule, said they were weighing whether to ask the full Fourth Circuit to rehear the case.
  > named_official | haskell | Martin Haskell, a lawyer for several growers who joined the case to defend the rule | said | >

According to people familiar with the department's plans, officials had already begun drafting a revised version of the rule before Wednesday's decision.
  > anonymous_familiar | dol-familiar | people familiar with the department's plans | According to | >
''')

ARTICLES.append(r'''
@id b-wire-peru-earthquake
@style wire_breaking
Strong earthquake shakes southern Peru, killing at least 14

LIMA, Peru -- A magnitude 7.1 earthquake struck southern Peru early Tuesday, collapsing homes and churches in mountain towns and killing at least 14 people, authorities said.
  > named_organization | authorities | authorities | said | <
The quake was centered about 40 kilometers (25 miles) northwest of the city of Arequipa at a depth of 60 kilometers, according to the U.S. Geological Survey.
  > named_organization | usgs | the U.S. Geological Survey | according to | <

Peru's civil defense institute said 220 people had been injured and more than 1,300 homes damaged or destroyed.
  > named_organization | indeci | Peru's civil defense institute | said | >
Most of the deaths occurred in the districts of Yura and Cerro Colorado, where adobe houses crumbled as families slept, the institute said in a statement.
  > named_organization | indeci | the institute | said in a statement | <

President Rosa Villanueva flew to Arequipa and promised emergency housing for anyone who lost a home.
  > named_official | villanueva | President Rosa Villanueva | promised | emergency housing for anyone who lost a home
"No family will sleep in the street," she said in a televised address.
  > named_official | villanueva | she | said in a televised address | <

One witness in Yura, a farmer, said he dug his neighbor's two children out of the rubble with his hands.
  > anonymous_other | witness-yura | One witness in Yura, a farmer | said | >
"The ground roared like a train," he told a local radio station.
  > anonymous_other | witness-yura | he | told a local radio station | <
"Then everything fell at once."
  > anonymous_other | witness-yura | he | - | *

Residents said aftershocks continued through the morning, sending people running into the streets.
  > anonymous_other | residents | Residents | said | >
Local officials said two highways into the region were blocked by landslides, slowing the arrival of rescue teams from Lima.
  > anonymous_official | local-officials | Local officials | said | >

The mining company Cerro Azul said operations at its copper mine near the epicenter had been suspended as a precaution and that none of its workers were hurt.
  > named_organization | cerro-azul | The mining company Cerro Azul | said | >
Mining accounts for about 60 percent of Peru's exports.
Arequipa, Peru's second-largest city, has about 1.1 million residents.

Peru sits on the Pacific "Ring of Fire," where most of the world's earthquakes occur.
A 2001 earthquake in the same region killed more than 100 people, the Associated Press reported at the time.
  > media_report | ap | the Associated Press | reported | <
The Health Ministry did not immediately respond to a request for updated casualty figures.
  > declined_comment | health-ministry | The Health Ministry | did not immediately respond to a request for updated casualty figures | - | resp=no_response

Neighboring Chile and Bolivia offered rescue teams, their governments said.
  > named_organization | neighbors | their governments | said | <
''')

ARTICLES.append(r'''
@id b-wire-river-flood
@style wire_breaking
Flash flood sweeps through Missouri river town; at least 6 dead, dozens missing

VERNON, Mo. -- Floodwaters from the swollen Gasconade River tore through this town of 3,000 overnight, killing at least six people and leaving dozens missing, the county sheriff said Sunday.
  > named_official | sheriff | the county sheriff | said | <
Sheriff Dale Hutchins said rescuers had pulled more than 80 people from rooftops and trees since midnight.
  > named_official | sheriff | Sheriff Dale Hutchins | said | >
"We are still in rescue mode," Hutchins said at a briefing outside the courthouse.
  > named_official | sheriff | Hutchins | said at a briefing | <
"Nobody is giving up on anybody."
  > named_official | sheriff | Hutchins | - | *

The river rose 22 feet in less than six hours after storms dropped as much as 11 inches of rain on the area, according to the National Weather Service.
  > named_organization | nws | the National Weather Service | according to | <
A gauge upstream stopped reporting after it was overtopped, a weather service spokeswoman said.
  > named_organization | nws | a weather service spokeswoman | said | <

Many of the missing were staying at a campground along the river, two emergency officials said.
  > anonymous_official | emergency-officials | two emergency officials | said | <
The officials, who were not authorized to speak publicly, said the campground's owners had been warned to evacuate Saturday evening.
  > anonymous_official | emergency-officials | The officials | said | > | anon=who were not authorized to speak publicly
The owners could not be reached for comment.
  > declined_comment | campground-owners | The owners | could not be reached for comment | - | resp=unreachable

Kayla Brennan said she woke up to water pouring under her door at 2 a.m.
  > named_person | brennan | Kayla Brennan | said | >
She carried her 4-year-old daughter to the attic and waited there until a boat arrived at dawn.
Her car and most of the family's belongings were lost.
"I could hear people screaming for help from the houses down the road," Brennan said.
  > named_person | brennan | Brennan | said | <

Gov. Martin Hollis declared a state of emergency and activated the National Guard, his office said in a statement.
  > named_organization | gov-office | his office | said in a statement | <
The American Red Cross said it had opened shelters at two churches and a high school.
  > named_organization | red-cross | The American Red Cross | said | >

A person familiar with the search, who asked not to be named because families were still being notified, said at least three of the missing were children.
  > anonymous_familiar | search-familiar | A person familiar with the search | said | > | anon=who asked not to be named because families were still being notified

Some residents complained that warning sirens did not sound until the water was already in the streets.
  > anonymous_other | residents | Some residents | complained | >
Town officials did not immediately respond to questions about the sirens.
  > declined_comment | town-officials | Town officials | did not immediately respond to questions about the sirens | - | resp=no_response

The Kansas City Star reported that the same stretch of river flooded in 2017, when the water crested more than three feet lower.
  > media_report | kc-star | The Kansas City Star | reported | >
@excluded
Copyright 2026 The Associated Press. All rights reserved.
''')

ARTICLES.append(r'''
@id b-wire-port-strike
@style wire_breaking
Dockworkers walk off the job at Gulf and East Coast ports after talks collapse

NEW YORK -- Tens of thousands of dockworkers went on strike at ports from Maine to Texas early Wednesday after contract talks between their union and shipping companies broke down, halting the movement of containers at some of the nation's busiest terminals.
The International Longshoremen's Association said in a statement that its members would stay off the job "until we get a contract that protects our jobs from automation."
  > named_organization | ila | The International Longshoremen's Association | said in a statement | >
The union's president, Harold Brannigan, told reporters at the Port of Newark that workers were prepared for a long strike.
  > named_official | brannigan | The union's president, Harold Brannigan | told | that workers were prepared for a long strike
"We've been patient for a year," he said.
  > named_official | brannigan | he | said | <
"Our patience ran out at midnight."
  > named_official | brannigan | he | - | *

The United States Maritime Alliance, which represents the shipping companies and port operators, said it had offered a 50 percent raise over six years.
  > named_organization | usmx | The United States Maritime Alliance, which represents the shipping companies and port operators | said | >
The alliance accused the union of refusing to negotiate on automation.
  > named_organization | usmx | The alliance | accused | the union of refusing to negotiate on automation

A White House official said the administration was "closely monitoring" the strike and urging both sides to return to the table.
  > anonymous_official | wh-official | A White House official | said | >
The official, who requested anonymity to discuss private conversations, said the president was not yet considering using federal law to force workers back.
  > anonymous_official | wh-official | The official | said | > | anon=who requested anonymity to discuss private conversations

The union had demanded a ban on automated cranes and gates at all ports covered by the contract, according to a summary of its proposals obtained by The Associated Press.
  > document | summary | a summary of its proposals obtained by The Associated Press | according to | <

Economists estimate that a strike could cost the U.S. economy several billion dollars a day.
  > anonymous_other | economists | Economists | estimate | >
The last coastwide strike by the union was in 1977.
Retailers had rushed to bring in holiday merchandise before the contract expired, according to data from the National Retail Federation.
  > document | nrf-data | data from the National Retail Federation | according to | <

At the Port of Houston, a line of trucks stretched for a mile as drivers tried to pick up containers before the gates closed, said Luis Ortega, a trucker who had waited six hours.
  > named_person | ortega | Luis Ortega, a trucker who had waited six hours | said | <
"They let ten trucks in and then they shut it down," Ortega said.
  > named_person | ortega | Ortega | said | <

Some shipping lines have already begun diverting vessels to West Coast ports, which are not affected, people familiar with the companies' plans said.
  > anonymous_familiar | familiar | people familiar with the companies' plans | said | <
Maersk, the Danish shipping giant, declined to comment on its routing.
  > declined_comment | maersk | Maersk, the Danish shipping giant | declined to comment on its routing | - | resp=declined
Reuters reported that at least a dozen container ships were anchored off Savannah, Ga., by midmorning.
  > media_report | reuters | Reuters | reported | >
@excluded
Sign up for our morning newsletter to get the day's top stories.
''')

ARTICLES.append(r'''
@id b-wire-chemical-plant-explosion
@style wire_breaking
Explosion at Louisiana chemical plant injures 9, forces shelter order

GEISMAR, La. -- An explosion and fire at a chemical plant along the Mississippi River injured nine workers Thursday and prompted officials to order thousands of nearby residents to stay indoors, the Ascension Parish Sheriff's Office said.
  > named_organization | sheriff-office | the Ascension Parish Sheriff's Office | said | <
Three of the injured were in critical condition, a sheriff's spokesman said.
  > named_organization | sheriff-office | a sheriff's spokesman | said | <

The blast happened around 10:30 a.m. in a unit that produces chlorine compounds at the plant, which is owned by Delmar Chemical, the company said.
  > named_organization | delmar | the company | said | <
Delmar said in a statement that all other employees had been accounted for and that it was working with emergency responders "to protect our people and our neighbors."
  > named_organization | delmar | Delmar | said in a statement | >

One witness, who declined to be named because he works for a contractor at the plant, said the explosion shook the windows of a building a half-mile away.
  > anonymous_other | witness | One witness | said | > | anon=who declined to be named because he works for a contractor at the plant
"It sounded like a bomb," he said.
  > anonymous_other | witness | he | said | <
"Then we saw the smoke turn yellow, and everyone started running."
  > anonymous_other | witness | he | - | *

The Louisiana Department of Environmental Quality said air monitors near the plant had detected elevated levels of chlorine but that the readings were falling by the afternoon.
  > named_organization | ldeq | The Louisiana Department of Environmental Quality | said | >
The shelter-in-place order covered a two-mile radius and was lifted at 4 p.m., parish officials said.
  > anonymous_official | parish-officials | parish officials | said | <

Sharon Delaune, who lives about a mile from the plant, said her eyes burned when she stepped outside to get her mail.
  > named_person | delaune | Sharon Delaune, who lives about a mile from the plant | said | >
"We're always told it's safe, and then something like this happens," she said.
  > named_person | delaune | she | said | <

The plant was cited for 14 safety violations in 2023, according to records from the Occupational Safety and Health Administration.
  > document | osha-records | records from the Occupational Safety and Health Administration | according to | <
The plant employs about 400 people and has operated since 1968.
OSHA did not immediately respond to a request for comment on Thursday.
  > declined_comment | osha | OSHA | did not immediately respond to a request for comment | - | resp=no_response
The U.S. Chemical Safety Board said it was sending investigators.
  > named_organization | csb | The U.S. Chemical Safety Board | said | >

Workers at the plant had raised concerns about aging equipment in the unit for months, said two employees, who spoke on the condition of anonymity because they feared losing their jobs.
  > anonymous_other | employees | two employees | said | < | anon=who spoke on the condition of anonymity because they feared losing their jobs
Delmar did not respond to questions about the complaints.
  > declined_comment | delmar | Delmar | did not respond to questions about the complaints | - | resp=no_response

Some environmental groups say the stretch of river between Baton Rouge and New Orleans, home to more than 150 industrial plants, has weaker oversight than it should.
  > anonymous_other | env-groups | Some environmental groups | say | >
WWL-TV reported that a smaller fire broke out at the same unit in March.
  > media_report | wwl | WWL-TV | reported | >
''')


if __name__ == "__main__":
    main()
