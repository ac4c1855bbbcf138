"""Build corpus/articles/a.jsonl: 24 invented news articles annotated by hand.

The articles are original text written for this project (not PolNeAR text). Each body
is written once, with inline tags that mark the spans of each attribution:

    <sN>source</sN>  <qN>cue</qN>  <cN>content</cN> (may repeat)  <rN>anonymity reason</rN>

N numbers an attribution within its article; a quote that runs on into later sentences
reuses its number there (those sentences get a continuation entry with no cue).
Paragraphs are separated by a blank line, sentences within a paragraph by " || ".
A headline takes the same tags (attribution 0 in natsec-03: "…, military says").
The script strips the tags, computes every offset from the stripped text, validates the
result against ANNOTATION.md and writes one JSON object per article.

Run: python corpus/build_articles_a.py  (writes corpus/articles/a.jsonl, prints counts)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = {
    "no": "named_official",
    "np": "named_person",
    "norg": "named_organization",
    "ao": "anonymous_official",
    "af": "anonymous_familiar",
    "ax": "anonymous_other",
    "doc": "document",
    "media": "media_report",
    "dc": "declined_comment",
}
SOURCE_TYPES = tuple(TYPES.values())
RESPONSES = ("declined", "no_response", "unreachable")
TAG = re.compile(r"<(/?)([sqcr])(\d+)>")
NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}

ARTICLES: list[dict] = []


def art(id: str, style: str, title: str, body: str, attrs: dict, footer: tuple = (),
        notes: dict | None = None) -> None:
    """Register one article: its body with inline tags and its attribution metadata."""
    ARTICLES.append(dict(id=id, style=style, title=title, body=body, attrs=attrs,
                         footer=footer, notes=notes or {}))


def strip_tags(marked: str, base: int) -> tuple[str, list[tuple[str, int, int, int]]]:
    """Remove the tags; return the plain text and (kind, number, start, end) spans."""
    plain, spans, open_tags, pos = [], [], {}, 0
    length = 0
    for m in TAG.finditer(marked):
        chunk = marked[pos:m.start()]
        plain.append(chunk)
        length += len(chunk)
        closing, kind, num = m.group(1) == "/", m.group(2), int(m.group(3))
        key = (kind, num)
        if not closing:
            if key in open_tags:
                sys.exit(f"nested open tag <{kind}{num}> in: {marked[:80]}")
            open_tags[key] = base + length
        else:
            if key not in open_tags:
                sys.exit(f"closing tag without open </{kind}{num}> in: {marked[:80]}")
            spans.append((kind, num, open_tags.pop(key), base + length))
        pos = m.end()
    plain.append(marked[pos:])
    if open_tags:
        sys.exit(f"unclosed tags {sorted(open_tags)} in: {marked[:80]}")
    return "".join(plain), spans


def parse_meta(spec: str) -> dict:
    """'ao defense count=2 ns resp=declined' -> dict of attribution metadata."""
    words = spec.split()
    meta = {"type": TYPES[words[0]], "source_id": words[1], "sourcing": True}
    for w in words[2:]:
        if w == "ns":
            meta["sourcing"] = False
        elif "=" in w:
            k, v = w.split("=", 1)
            meta[k] = v
        else:
            sys.exit(f"bad attribution flag {w!r} in {spec!r}")
    return meta


def guess_count(source: str | None, type_: str) -> str | None:
    """How many people the source is, read from its wording, for person-like sources."""
    if source is None or type_ in ("named_organization", "document", "media_report",
                                   "declined_comment"):
        return None
    low = source.lower()
    first = low.split()[0]
    if first in NUMBER_WORDS:
        return NUMBER_WORDS[first]
    if first in ("they", "both", "some", "many"):
        return "plural"
    if first in ("a", "an", "one", "another", "he", "she", "him", "her"):
        return "1"
    if type_.startswith("anonymous"):
        if " and " in low.split(",")[0]:
            return "plural"
        head = re.split(r",| (?:familiar|with|who|close|in|on|at|briefed|involved|from|of)\b", low)[0]
        last = head.split()[-1]
        plural = last == "people" or (last.endswith("s") and not last.endswith("ss"))
        return "plural" if plural else "1"
    return "1"


def build(a: dict) -> dict:
    """Turn one registered article into the gold JSON object, with offsets."""
    # a headline may carry its own attribution ("…, <s0>military</s0> <q0>says</q0>")
    text, tag_spans = strip_tags(a["title"], 0)
    sentences: list[tuple[int, int]] = [(0, len(text))]
    paragraphs = [p.strip() for p in a["body"].strip().split("\n\n")]
    for para in paragraphs:
        text += "\n\n"
        parts = [s.strip() for s in para.split(" || ")]
        for i, marked in enumerate(parts):
            if i:
                text += " "
            plain, spans = strip_tags(marked, len(text))
            sentences.append((len(text), len(text) + len(plain)))
            tag_spans.extend(spans)
            text += plain
    excluded = []
    for line in a["footer"]:
        text += "\n\n"
        excluded.append({"start": len(text), "end": len(text) + len(line), "text": line})
        text += line
    text += "\n"

    by_num: dict[int, dict] = {}
    for kind, num, start, end in tag_spans:
        slot = by_num.setdefault(num, {"s": [], "q": [], "c": [], "r": []})
        slot[kind].append((start, end))
    if set(by_num) != set(a["attrs"]):
        sys.exit(f"{a['id']}: tagged {sorted(by_num)} vs described {sorted(a['attrs'])}")

    def sentence_of(pos: int) -> int:
        for i, (s, e) in enumerate(sentences):
            if s <= pos < e:
                return i
        sys.exit(f"{a['id']}: offset {pos} outside every sentence")

    entries: dict[int, list[dict]] = {i: [] for i in range(len(sentences))}
    for num in sorted(by_num):
        slot, meta = by_num[num], parse_meta(a["attrs"][num])
        if len(slot["s"]) > 1 or len(slot["q"]) > 1 or len(slot["r"]) > 1:
            sys.exit(f"{a['id']}: attribution {num} has several source/cue/reason spans")
        src = slot["s"][0] if slot["s"] else None
        cue = slot["q"][0] if slot["q"] else None
        reason = slot["r"][0] if slot["r"] else None
        type_ = meta["type"]
        if type_ == "declined_comment":
            if meta.get("resp") not in RESPONSES:
                sys.exit(f"{a['id']}: attribution {num} needs resp= one of {RESPONSES}")
        elif "resp" in meta:
            sys.exit(f"{a['id']}: attribution {num}: resp only for declined_comment")
        anchor = cue or src
        if anchor is None:
            sys.exit(f"{a['id']}: attribution {num} has neither source nor cue")
        home = sentence_of(anchor[0])
        groups: dict[int, list[tuple[int, int]]] = {}
        for c in slot["c"]:
            groups.setdefault(sentence_of(c[0]), []).append(c)
            if sentence_of(c[1] - 1) != sentence_of(c[0]):
                sys.exit(f"{a['id']}: content of {num} crosses a sentence boundary")
        if not groups:
            if type_ != "declined_comment":
                sys.exit(f"{a['id']}: attribution {num} ({type_}) has no content")
            groups[home] = []
        if home not in groups and type_ != "declined_comment":
            # the cue sentence itself carries no content ("X said:" before a quote)
            groups[home] = []
        src_text = text[src[0]:src[1]] if src else None
        count = meta.get("count") or guess_count(src_text, type_)
        for sent_idx in sorted(groups):
            cont = sorted(groups[sent_idx])
            is_home = sent_idx == home
            entry = {
                "id": f"a{num}",
                "source": src_text,
                "cue": text[cue[0]:cue[1]] if (cue and is_home) else None,
                "type": type_,
                "source_id": meta["source_id"],
                "sourcing": meta["sourcing"],
                "source_span": {"start": src[0], "end": src[1]} if src else None,
                "cue_span": {"start": cue[0], "end": cue[1]} if (cue and is_home) else None,
                "content_spans": [{"start": s, "end": e} for s, e in cont],
                "direct_quote": bool(cont) and text[cont[0][0]] == "“",
                "count": count,
                "continuation": not is_home,
            }
            if type_ == "declined_comment":
                entry["response"] = meta["resp"]
            if reason:
                entry["anonymity_reason_span"] = {"start": reason[0], "end": reason[1]}
            if num in a["notes"]:
                entry["note"] = a["notes"][num]
            entries[sent_idx].append(entry)

    out_sentences = []
    for i, (s, e) in enumerate(sentences):
        atts = entries[i]
        labels = sorted({x["type"] for x in atts if x["sourcing"]}) or ["unattributed"]
        out_sentences.append({"start": s, "end": e, "text": text[s:e], "labels": labels,
                              "attributions": atts})
    return {"id": a["id"], "style": a["style"], "title": text[:sentences[0][1]], "text": text,
            "sentences": out_sentences, "excluded": excluded}


def validate(doc: dict) -> None:
    """Check the invariants of ANNOTATION.md section 3 on one built article."""
    text, aid = doc["text"], doc["id"]
    prev_end = 0
    for s in doc["sentences"]:
        assert text[s["start"]:s["end"]] == s["text"], aid
        assert text[prev_end:s["start"]].strip() == "", f"{aid}: gap text before {s['text'][:40]}"
        assert s["text"] == s["text"].strip() and s["text"], aid
        prev_end = s["end"]
        for x in s["attributions"]:
            assert x["type"] in SOURCE_TYPES, aid
            for key in ("source_span", "cue_span"):
                span = x[key]
                if span is not None:
                    name = key.split("_")[0]
                    assert text[span["start"]:span["end"]] == x[name], aid
            for c in x["content_spans"]:
                assert s["start"] <= c["start"] < c["end"] <= s["end"], f"{aid}: content outside"
                for k in ("source_span", "cue_span"):
                    sp = x[k]
                    if sp:
                        assert not (sp["start"] < c["end"] and c["start"] < sp["end"]), \
                            f"{aid}: content overlaps {k} in {s['text'][:50]}"
            if x["cue_span"]:
                assert s["start"] <= x["cue_span"]["start"] < s["end"], f"{aid}: cue elsewhere"
            if x["type"] == "declined_comment":
                assert x["response"] in RESPONSES, aid
                assert not x["content_spans"], f"{aid}: a non-answer has no content"
        expected = sorted({x["type"] for x in s["attributions"] if x["sourcing"]}) or ["unattributed"]
        assert s["labels"] == expected, aid
    rest = text[prev_end:]
    for ex in doc["excluded"]:
        assert text[ex["start"]:ex["end"]] == ex["text"], aid
        assert ex["start"] >= prev_end, aid
        rest = rest.replace(ex["text"], "", 1)
    assert rest.strip() == "", f"{aid}: untiled text after the last sentence: {rest[:60]!r}"
    # one source_id, one type: a source keeps its type across mentions
    kinds: dict[str, set] = {}
    for s in doc["sentences"]:
        for x in s["attributions"]:
            if x["type"] != "declined_comment":
                kinds.setdefault(x["source_id"], set()).add(x["type"])
    for sid, ts in kinds.items():
        assert len(ts) == 1, f"{aid}: source_id {sid} has types {ts}"
    assert "<" not in text and ">" not in text, f"{aid}: stray tag in text"
    assert "||" not in text, f"{aid}: stray sentence separator"


def main() -> None:
    """Build, validate and write every article; print the counts."""
    out = Path(__file__).resolve().parent / "articles" / "a.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    docs = [build(a) for a in ARTICLES]
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    for d in docs:
        validate(d)
    with out.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n_sent = sum(len(d["sentences"]) for d in docs)
    by_type, by_type_nonsourcing, labels, styles = Counter(), Counter(), Counter(), Counter()
    words = 0
    for d in docs:
        styles[d["style"]] += 1
        words += len(d["text"].split())
        for s in d["sentences"]:
            labels.update(s["labels"])
            for x in s["attributions"]:
                if x["continuation"]:
                    continue
                (by_type if x["sourcing"] else by_type_nonsourcing)[x["type"]] += 1
    print(f"wrote {out}: {len(docs)} articles, {n_sent} sentences, {words} words")
    print("styles:", dict(styles))
    print("attributions (sourcing, continuations not counted):")
    for t in SOURCE_TYPES:
        print(f"  {t:20s} {by_type[t]}")
    print("non-sourcing attributions:", dict(by_type_nonsourcing))
    print("sentence labels:", dict(sorted(labels.items())))


# ---------------------------------------------------------------- national security

art("natsec-01-patriot-pacific", "national_security",
    "Pentagon weighs shifting missile defense batteries to the Pacific as Gulf tensions ease",
    """
WASHINGTON — <c1>The Pentagon is weighing a plan to move at least two Patriot missile defense batteries from the Persian Gulf to the Western Pacific by early next year</c1>, <q1>according to</q1> <s1>two defense officials</s1>.

<c2>The shift, which would be the largest repositioning of American air defenses in the region in five years, has been discussed at the highest levels of the department but has not been approved</c2>, <s2>one of the officials</s2> <q2>said</q2>.

<c3>Defense Secretary Mark Halvorsen is expected to make a final decision after he returns from a trip to Tokyo later this month</c3>, <q3>according to</q3> <s3>a senior administration official</s3>, <r3>who spoke on the condition of anonymity because the official was not authorized to discuss internal deliberations</r3>.

The United States has kept Patriot batteries in Saudi Arabia, Qatar and the United Arab Emirates since 2019, when drone and missile strikes on Saudi oil facilities prompted a buildup of American forces in the region. || Several of those systems have already been withdrawn.

<s4>Pentagon press secretary Maj. Gen. Dana Whitfield</s4> <q4>told reporters</q4> on Tuesday <c4>that the department “continually reviews” its force posture to match the threats it faces</c4>. || <c5>“We don’t comment on future force movements, and I’m not going to start today,”</c5> <s5>Whitfield</s5> <q5>said</q5>.

<c6>Commanders in the Indo-Pacific have for more than a year pressed for more air defense capacity to protect bases in Guam and Japan</c6>, <s6>two people familiar with the discussions</s6> <q6>said</q6>. || <c7>In classified briefings, they have warned that existing systems could be overwhelmed in the opening hours of a conflict with China</c7>, <s7>one of the people</s7> <q7>said</q7>.

<c8>Gulf partners have been told that any reduction would be offset by more frequent rotations of fighter squadrons and expanded intelligence sharing</c8>, <s8>a former U.S. official</s8> <q8>said</q8>. || <s9>The Saudi Embassy in Washington</s9> <q9>did not respond to a request for comment</q9>.

<c10>“Every Patriot battery is spoken for twice over,”</c10> <q10>said</q10> <s10>Rachel Ostrander, a senior fellow at the Center for Strategic Posture</s10>. || <c10>“Moving them to the Pacific makes sense on paper, but it tells the Gulf states something about where they rank.”</c10>

<s11>The administration</s11> <q11>had hoped</q11> <c11>to announce the move alongside a new basing agreement with the Philippines</c11>, but talks on that pact stalled in the spring over the cost of new facilities.

<s12>Sen. Laura Beckett, R-Idaho, a member of the Armed Services Committee</s12>, <q12>said in a statement</q12> <c12>that the Pentagon should brief lawmakers before any batteries leave the Gulf</c12>. || <c13>“I support a stronger posture in the Pacific,”</c13> <s13>she</s13> <q13>said</q13>. || <c13>“I don’t support finding out about it from the newspaper.”</c13>
""",
    {1: "ao defense-officials", 2: "ao defense-officials", 3: "ao senior-admin-official",
     4: "no whitfield", 5: "no whitfield", 6: "af familiar", 7: "af familiar",
     8: "ao former-official", 9: "dc saudi-embassy resp=no_response", 10: "np ostrander",
     11: "norg administration ns", 12: "no beckett", 13: "no beckett"})

art("natsec-02-undersea-cables", "national_security",
    "U.S. spy agencies see Russian naval unit probing Atlantic undersea cables",
    """
<c1>U.S. intelligence agencies have tracked a secretive Russian naval unit mapping undersea internet cables off the coasts of Ireland and Norway in recent months and have warned allies that Moscow could try to cut them if the war in Ukraine widens</c1>, <s1>three U.S. officials</s1> <q1>said</q1>.

<c2>The activity, carried out by a branch of Russian military intelligence that operates deep-sea vehicles, was described in a classified assessment circulated to NATO governments last month</c2>, <q2>according to</q2> <s2>two of the officials</s2>.

<c3>The assessment says the unit has used vessels registered as civilian research ships to loiter near cable junctions, often with their transponders switched off</c3>, <q3>according to</q3> <s3>a person who has read it</s3>.

<c4>One such vessel spent nine days in September over a cluster of cables west of Galway</c4>, <q4>according to</q4> <s4>ship-tracking data compiled by the maritime analytics firm Seaview Analytics</s4>.

Undersea cables carry more than 95 percent of the world’s internet traffic. || Most are owned by private consortiums and have little physical protection once they leave shallow coastal waters.

<c5>“We’ve seen a steady increase in the tempo of these operations, and we don’t think it’s academic,”</c5> <q5>said</q5> <s5>a senior U.S. intelligence official</s5>, <r5>who spoke on the condition of anonymity to discuss classified information</r5>. || <c5>“They are building a target list.”</c5>

<s6>The Office of the Director of National Intelligence</s6> <q6>declined to comment</q6>. || <s7>The Russian Embassy</s7> <q7>did not immediately respond to a request for comment</q7>, but <s8>a Kremlin spokesman</s8> last month <q8>dismissed</q8> <c8>Western concerns about the ships as “Russophobic fantasies.”</c8>

<s9>The Irish Times</s9> <q9>reported</q9> last year <c9>that Irish naval officers had shadowed Russian vessels in the same waters</c9>. || <c10>Officials in Dublin have since privately asked Washington for help with surveillance flights</c10>, <s10>a European diplomat</s10> <q10>said</q10>. || <c11>Ireland, which is not a NATO member, has only two maritime patrol aircraft</c11>, <s11>the diplomat</s11> <q11>added</q11>.

<s12>Critics</s12> <q12>have argued</q12> <c12>that publicizing such intelligence risks alarming markets without deterring Moscow</c12>. || But <c13>the decision to brief allies in detail reflected a judgment that the risk to the cables had grown too serious to keep quiet</c13>, <s13>a former U.S. official</s13> <q13>said</q13>.

The White House convened a meeting with cable operators in October, its first on the issue. || Another is planned for the spring.
""",
    {1: "ao us-officials", 2: "ao us-officials", 3: "af read-assessment",
     4: "doc seaview-data", 5: "ao senior-intel-official", 6: "dc odni resp=declined",
     7: "dc russian-embassy resp=no_response", 8: "norg kremlin", 9: "media irish-times",
     10: "ao european-diplomat", 11: "ao european-diplomat", 12: "ax critics",
     13: "ao former-official"})

art("natsec-03-syria-raid", "national_security",
    "<c0>U.S. raid in Syria kills senior Islamic State commander</c0>, <s0>military</s0> <q0>says</q0>",
    """
<c1>U.S. special operations forces killed a senior Islamic State commander in a nighttime helicopter raid in northeastern Syria on Saturday</c1>, <s1>U.S. Central Command</s1> <q1>said in a statement</q1>.

<c2>The commander, identified as Abu Yasir al-Iraqi, oversaw the group’s efforts to free thousands of its fighters held in prisons run by Kurdish-led forces</c2>, <q2>according to</q2> <s2>the statement</s2>. || <c3>No U.S. troops were wounded</c3>, <s3>the command</s3> <q3>said</q3>.

<c4>The raid was planned for weeks and was delayed twice because of concerns that women and children were living in the compound</c4>, <s4>two defense officials</s4> <q4>said</q4>. || <c5>Drone surveillance eventually showed that the family members had moved to a nearby village</c5>, <s5>one of the officials</s5> <q5>said</q5>, <r5>speaking on the condition of anonymity because details of the operation remain classified</r5>.

<c6>President Daniel Ruiz approved the mission on Thursday after a briefing in the Situation Room</c6>, <q6>according to</q6> <s6>a person briefed on the operation</s6>.

<c7>“This operation demonstrates that there is no safe haven for those who plan attacks against the United States and our partners,”</c7> <s7>Gen. Michael Dorsey, the head of Central Command</s7>, <q7>said</q7>. || <c7>“We will continue to hunt them down.”</c7>

The Islamic State lost the last of its territory in Syria in 2019, but the group has kept up a low-level insurgency in the desert. || About 900 American troops remain in the country.

<c8>The raid</c8> <q8>was first reported by</q8> <s8>The Washington Post</s8>. || <c9>A second militant was killed and two others were detained</c9>, <s9>the newspaper</s9> <q9>reported</q9>.

<c10>Intelligence agencies have grown concerned in recent months that the group is rebuilding its ranks through a recruitment network run out of the al-Hol displacement camp</c10>, <s10>a senior military official</s10> <q10>said</q10>. || <c11>Some of the men recruited there have been smuggled to Iraq and Turkey</c11>, <s11>the official</s11> <q11>said</q11>.

<c12>“Killing one commander doesn’t change that math,”</c12> <q12>said</q12> <s12>Hassan Darwish, a researcher who studies jihadist groups at King’s College London</s12>. || <c12>“The camps are the problem, and nobody wants to take responsibility for them.”</c12>

<s13>The Syrian Democratic Forces, the Kurdish-led militia that guards the prisons</s13>, <q13>said</q13> <c13>it had provided intelligence for the raid</c13>. || <s14>A spokesman for the Syrian government in Damascus</s14> <q14>could not be reached</q14>.

<s15>Officials</s15> <q15>have not said</q15> <c15>whether the commander’s body was recovered</c15>.
""",
    {0: "norg centcom", 1: "norg centcom", 2: "norg centcom", 3: "norg centcom", 4: "ao defense-officials",
     5: "ao defense-officials", 6: "af briefed-person", 7: "no dorsey",
     8: "media washington-post", 9: "media washington-post", 10: "ao senior-military-official",
     11: "ao senior-military-official", 12: "np darwish", 13: "norg sdf",
     14: "dc syrian-government resp=unreachable", 15: "ao officials ns"},
    notes={2: "the command's statement; alt: document",
           15: "a non-statement in the reporter's voice; not a source of content"})

art("natsec-04-leak-inquiry", "national_security",
    "Justice Department opens inquiry into leak of classified Iran assessment",
    """
WASHINGTON — <c1>The Justice Department has opened a criminal investigation into the leak of a classified intelligence assessment about Iran’s nuclear program</c1>, <q1>according to</q1> <s1>two people familiar with the matter</s1>.

<c2>The FBI’s counterintelligence division is leading the inquiry, which began after the Defense Intelligence Agency filed a referral in late August</c2>, <s2>the people</s2> <q2>said</q2>. || <c3>Agents have already interviewed several officials at the Pentagon and the State Department</c3>, <s3>one of them</s3> <q3>said</q3>.

<s4>The assessment</s4> <q4>concluded</q4> <c4>that Iran could produce enough weapons-grade uranium for a bomb within a week if it chose to</c4>, a sharper warning than intelligence agencies had given publicly. || <c5>Its contents</c5> <q5>were first reported by</q5> <s5>the news site Axios</s5> in September.

<s6>Justice Department spokeswoman Carla Mendes</s6> <q6>said</q6> <c6>the department does not confirm or deny the existence of investigations</c6>. || <s7>The FBI</s7> <q7>declined to comment</q7>.

<c8>The leak infuriated senior officials at the White House, who saw it as an effort to box in the president before talks with European allies on new sanctions</c8>, <s8>a senior administration official</s8> <q8>said</q8>. || <c9>“There was a real sense that somebody was trying to make policy through the press,”</c9> <s9>the official</s9> <q9>said</q9>, <r9>speaking on the condition of anonymity to describe internal discussions</r9>.

<c10>Investigators are also examining whether the assessment was shared with congressional staff before it leaked</c10>, <s10>a former U.S. official briefed on the case</s10> <q10>said</q10>.

Leak investigations rarely end in charges. || The Justice Department has brought fewer than a dozen such cases in the past decade, most of them involving documents that were handed to reporters or posted online.

<s11>Rep. Tom Ashby, D-Ohio, the top Democrat on the House Intelligence Committee</s11>, <q11>said in a letter</q11> to Attorney General Eleanor Vance on Monday <c11>that he feared the inquiry would be used to intimidate whistleblowers</c11>. || <c12>“Leaks of classified information are serious,”</c12> <s12>Ashby</s12> <q12>wrote</q12>. || <c12>“So is the chilling effect of treating every disagreement inside the government as a crime.”</c12>

<c13>The Defense Intelligence Agency had tightened access to its Iran products weeks before the leak</c13>, <q13>according to</q13> <s13>an internal memo obtained by this news organization</s13>. || <c14>The number of people cleared to read the assessment was cut to fewer than 200</c14>, <s14>the memo</s14> <q14>shows</q14>.

<s15>Some current and former intelligence officials</s15> <q15>worry</q15> <c15>that the investigation will make analysts more cautious in what they write</c15>.
""",
    {1: "af familiar", 2: "af familiar count=2", 3: "af familiar", 4: "doc assessment",
     5: "media axios", 6: "no mendes", 7: "dc fbi resp=declined", 8: "ao senior-admin-official",
     9: "ao senior-admin-official", 10: "ao former-official", 11: "no ashby", 12: "no ashby",
     13: "doc dia-memo", 14: "doc dia-memo", 15: "ao current-former-officials"},
    footer=("Share this:", "Click to share on X (Opens in new window)",
            "Click to share on Facebook (Opens in new window)"))


# ---------------------------------------------------------------- foreign policy / diplomacy

art("diplo-01-sudan-talks", "diplomacy",
    "U.S. and Saudi Arabia push Sudan’s warring generals back to the table in Jeddah",
    """
JEDDAH, Saudi Arabia — Delegations from Sudan’s army and the paramilitary Rapid Support Forces arrived here on Sunday for a new round of cease-fire talks, the first direct negotiations between the two sides in nearly a year.

<s1>Secretary of State Helen Carver</s1>, who flew in from Cairo for the opening session, <q1>told reporters</q1> <c1>that both delegations had committed to discussing humanitarian access before any political questions</c1>. || <c2>“We are not naive about how hard this will be,”</c2> <s2>Carver</s2> <q2>said</q2>. || <c2>“But every week this war goes on, the famine gets worse, and the people of Sudan cannot wait for the generals to find their dignity.”</c2>

<c3>The United States and Saudi Arabia, which are co-hosting the talks, hope to secure an agreement within two weeks to open three aid corridors from Chad and Port Sudan</c3>, <s3>a senior State Department official</s3> <q3>said</q3>. || <c4>A broader truce is not expected</c4>, <s4>the official</s4> <q4>said</q4>, <r4>speaking on the condition of anonymity under rules set by the department for briefing reporters</r4>.

<c5>The army agreed to attend only after Saudi Arabia’s crown prince called its commander twice last week</c5>, <q5>according to</q5> <s5>two people close to the negotiations</s5>. || <c6>The Rapid Support Forces have demanded that any monitoring mission include African Union observers</c6>, <s6>the people</s6> <q6>said</q6>.

<s7>The Saudi Foreign Ministry</s7> <q7>said in a statement</q7> <c7>that the kingdom was “determined to spare no effort” to end the fighting</c7>.

The war, which began in April of last year, has killed tens of thousands of people and driven more than 10 million from their homes, the largest displacement crisis in the world. || <c8>Famine has been confirmed in at least five areas, including the Zamzam camp in North Darfur</c8>, <q8>according to</q8> <s8>the Integrated Food Security Phase Classification, a U.N.-backed monitoring system</s8>.

Previous rounds of talks in Jeddah collapsed after both sides broke short-lived truces within days. || <s9>Some aid officials</s9> <q9>privately doubt</q9> <c9>that the corridors will hold without armed escorts</c9>.

<c10>“The commitments on paper have never been the problem,”</c10> <q10>said</q10> <s10>Amira Osman, a Sudanese political analyst who heads the Nile Policy Forum</s10>. || <c10>“The problem is that no one pays a price for breaking them.”</c10>

<s11>A spokesman for the Rapid Support Forces</s11> <q11>did not respond to messages seeking comment</q11>. || <s12>The Sudanese army’s spokesman, Brig. Nabil Abdallah</s12>, <q12>said</q12> <c12>the delegation had come “in good faith” but would not accept any arrangement that treated the two sides as equals</c12>.
""",
    {1: "no carver", 2: "no carver", 3: "ao state-official", 4: "ao state-official",
     5: "af close-to-talks", 6: "af close-to-talks count=2", 7: "norg saudi-fm",
     8: "doc ipc", 9: "ao aid-officials", 10: "np osman",
     11: "dc rsf resp=no_response", 12: "no abdallah"},
    notes={8: "a monitoring system's classification; alt: named_organization"})

art("diplo-02-g7-communique", "diplomacy",
    "G7 leaders split over language on Chinese overcapacity ahead of summit",
    """
ROME — Negotiators for the Group of Seven wealthy democracies were still haggling on Wednesday over how sharply to criticize China’s industrial subsidies, two days before leaders gather in southern Italy for their annual summit.

<s1>A draft of the final communique</s1>, seen by this newspaper, <q1>warns</q1> <c1>that Beijing’s “non-market policies and practices” are flooding global markets with cheap electric vehicles, solar panels and steel</c1>. || <c2>But the paragraph is bracketed, meaning it has not been agreed, and a proposed reference to possible joint tariffs was struck out entirely</c2>, <s2>the draft</s2> <q2>shows</q2>.

<c3>Germany and Japan pushed to soften the language over concerns about retaliation against their carmakers</c3>, <s3>three diplomats involved in the talks</s3> <q3>said</q3>. || <c4>Washington and Paris wanted it stronger</c4>, <s4>they</s4> <q4>said</q4>.

<c5>“We all see the same problem,”</c5> <s5>Italy’s foreign minister, Marco Bellandi</s5>, <q5>said</q5> at a news conference in Rome. || <c5>“The question is how loudly we say it, and whether we say it together.”</c5>

<c6>The United States would accept a softer text if it included a commitment to coordinate export controls on advanced chips</c6>, <q6>according to</q6> <s6>a U.S. official familiar with the negotiations</s6>. || <c7>Officials in Berlin regard that trade-off as acceptable</c7>, <s7>a German government official</s7> <q7>said</q7>.

<s8>Reuters</s8> <q8>reported</q8> on Tuesday <c8>that Chancellor Friedrich Lenz had personally intervened with the Italian hosts to remove the tariff reference</c8>. || <s9>A spokesman for the chancellor</s9> <q9>declined to comment on the report</q9>.

China’s commerce ministry has repeatedly warned the bloc against what it calls protectionism. || <s10>Wang Hao, a spokesman for China’s Foreign Ministry</s10>, <q10>said</q10> on Wednesday <c10>that the G7 “should stop smearing China” and focus on its own economic problems</c10>.

The summit, in the Puglia region, is expected to be dominated by Ukraine and the Middle East. || <c11>The leaders are also likely to endorse a plan to use profits from frozen Russian assets to back a loan to Kyiv</c11>, <s11>officials from several delegations</s11> <q11>said</q11>.

<s12>Some trade experts</s12> <q12>say</q12> <c12>the fight over wording matters less than whether the seven countries actually align their tariffs</c12>. || <c13>“Communiques don’t move markets,”</c13> <q13>said</q13> <s13>Elena Ricci, a trade economist at Bocconi University in Milan</s13>. || <c13>“Customs duties do.”</c13>
""",
    {1: "doc draft", 2: "doc draft", 3: "ao diplomats", 4: "ao diplomats count=3",
     5: "no bellandi", 6: "ao us-official", 7: "ao german-official", 8: "media reuters",
     9: "dc chancellor-spokesman resp=declined", 10: "no wang-hao", 11: "ao delegation-officials",
     12: "ax trade-experts", 13: "np ricci"},
    notes={6: "official and familiar; the position wins: alt: anonymous_familiar"})

art("diplo-03-haiti-un-vote", "diplomacy",
    "U.N. Security Council extends Haiti security mission after tense negotiations",
    """
UNITED NATIONS — The U.N. Security Council voted on Monday to extend the mandate of the multinational security mission in Haiti for another year, after Russia and China abstained rather than use their vetoes.

The resolution passed with 13 votes in favor. || <c1>It authorizes the Kenyan-led force to grow to 5,000 personnel and asks the secretary-general to prepare options for a formal U.N. peacekeeping operation by March</c1>, <q1>according to</q1> <s1>the text adopted by the council</s1>.

<s2>The U.S. ambassador to the United Nations, Linda Okafor</s2>, <q2>said</q2> <c2>the vote sent “an unmistakable message to the gangs that the world has not forgotten Haiti.”</c2> || <s3>She</s3> <q3>acknowledged</q3> <c3>that the mission had struggled with funding, with less than a third of the promised $600 million delivered so far</c3>.

<c4>Washington had initially sought to convert the mission into a full peacekeeping force immediately, which would have put it on the U.N.’s assessed budget</c4>, <s4>two Security Council diplomats</s4> <q4>said</q4>. || <c5>Moscow and Beijing made clear they would block that, and the compromise on a March report was reached late on Sunday night</c5>, <s5>one of the diplomats</s5> <q5>said</q5>, <r5>speaking on the condition of anonymity because the negotiations were private</r5>.

<c6>“We did not vote against the Haitian people,”</c6> <s6>Russia’s deputy ambassador, Pavel Sorokin</s6>, <q6>told the council</q6>. || <c6>“We voted against a blank check for a mission that has not shown results.”</c6>

Gangs control an estimated 85 percent of the capital, Port-au-Prince, and have expanded into the Artibonite region, the country’s agricultural heartland. || <c7>More than 5,600 people were killed in gang violence last year</c7>, <q7>according to</q7> <s7>a U.N. human rights report released in January</s7>.

<s8><s9>Haiti’s transitional government</s9></s8> <q8>welcomed</q8> <c8>the extension</c8> in a brief statement but <q9>did not respond to questions</q9> about whether it would support a move to a U.N. peacekeeping force, which many Haitians associate with a cholera outbreak in 2010 that was traced to U.N. troops.

<c10>Kenya is expected to send 600 more police officers next month</c10>, <s10>a Kenyan government official</s10> <q10>said</q10>. || <s11>Kenya’s Interior Ministry</s11> <q11>could not be reached for comment</q11>.

<c12>“Every extension buys time, but time is not a strategy,”</c12> <q12>said</q12> <s12>Jean-Marc Pierre, a Haitian human rights lawyer in Port-au-Prince</s12>. || <c12>“People here want to be able to go to the market without being kidnapped.”</c12>

<s13>Some diplomats</s13> <q13>had feared</q13> <c13>that the mandate would lapse entirely</c13>, as a similar mission in the Central African Republic nearly did in 2022.
""",
    {1: "doc resolution", 2: "no okafor", 3: "no okafor", 4: "ao council-diplomats",
     5: "ao council-diplomats", 6: "no sorokin", 7: "doc un-report", 8: "norg haiti-government",
     9: "dc haiti-government resp=no_response", 10: "ao kenyan-official",
     11: "dc kenya-interior resp=unreachable", 12: "np pierre", 13: "ao some-diplomats"},
    notes={9: "shares its source span with attribution 8",
           13: "'some diplomats': position given, so anonymous_official; alt: anonymous_other"})

art("diplo-04-armenia-azerbaijan", "diplomacy",
    "Armenia and Azerbaijan near peace treaty, but a border road remains the sticking point",
    """
<c1>Armenia and Azerbaijan have agreed on the text of all but two articles of a peace treaty that would formally end more than three decades of conflict between them</c1>, <q1>according to</q1> <s1>officials in both capitals and a Western diplomat involved in the process</s1>.

<c2>The remaining disputes concern a road through southern Armenia that would link Azerbaijan to its exclave of Nakhchivan and Baku’s demand that Armenia amend its constitution</c2>, <s2>sources close to the negotiations</s2> <q2>said</q2>.

<s3>Armenian Prime Minister Nikol Avetyan</s3> <q3>told parliament</q3> on Wednesday <c3>that the treaty was “closer than at any point in our history.”</c3> || <c4>“But I will not sign a document that makes our sovereignty conditional on the wishes of another state,”</c4> <s4>he</s4> <q4>said</q4>.

<s5>Azerbaijan’s Foreign Ministry</s5> <q5>said in a statement</q5> <c5>that Baku was ready to sign “as soon as Armenia removes the territorial claims from its basic law.”</c5>

<c6>Azerbaijani negotiators had privately signaled flexibility on who would operate checkpoints on the road</c6>, <s6>the Western diplomat</s6> <q6>said</q6>. || <c7>But they insisted that Azerbaijani cargo not be inspected by Armenian customs officers</c7>, <s7>the diplomat</s7> <q7>added</q7>, <r7>speaking on the condition of anonymity to discuss confidential talks</r7>.

The two countries fought a war in 2020 over Nagorno-Karabakh, a region inside Azerbaijan that had been controlled by ethnic Armenian forces since the early 1990s. || In 2023, Azerbaijan retook the region in a lightning offensive, and nearly all of its roughly 100,000 Armenian residents fled.

<c8>Washington has offered to host a signing ceremony</c8>, <s8>a State Department spokesperson</s8> <q8>said</q8>, but the Kremlin has also pressed to broker the final deal. || <s9>Russian state media</s9> <q9>reported</q9> <c9>that Foreign Minister Sergei Lavin had invited both foreign ministers to Moscow next month</c9>.

<c10>“Both leaders want this done before their own elections,”</c10> <q10>said</q10> <s10>Miriam Castell, an expert on the South Caucasus at the Caspian Policy Institute in London</s10>. || <c10>“The danger is that the last two articles are the ones that decide whether the peace actually lasts.”</c10>

<s11>Some Armenians</s11> <q11>fear</q11> <c11>that the road will become a corridor under Azerbaijani control in all but name</c11>. || <c12>“They took Karabakh, and now they want a road through our country,”</c12> <q12>said</q12> <s12>Anahit Grigoryan, 54, who runs a guesthouse in the southern town of Goris</s12>.

<s13>Avetyan’s office</s13> <q13>did not respond to a request for comment</q13> on the constitutional demand.
""",
    {1: "ao both-capitals-officials", 2: "af close-to-talks", 3: "no avetyan", 4: "no avetyan",
     5: "norg azerbaijan-fm", 6: "ao western-diplomat", 7: "ao western-diplomat",
     8: "norg state-department", 9: "media russian-state-media", 10: "np castell",
     11: "ax some-armenians", 12: "np grigoryan", 13: "dc avetyan-office resp=no_response"},
    footer=("Sign up for our World Briefing newsletter to get the day’s top international stories in your inbox.",
            "Enter your email address", "Subscribe"),
    notes={1: "officials of two governments plus a diplomat, one attribution; the diplomat gets his own source_id later"})


# ---------------------------------------------------------------- corporate / business

art("biz-01-harborline-earnings", "business",
    "Harborline Foods shares tumble as shoppers trade down and costs climb",
    """
<c1>Shares of Harborline Foods fell nearly 14 percent on Thursday after the packaged-food maker cut its full-year profit forecast</c1>, <s1>the company</s1> <q1>said</q1>, <c1>blaming weaker demand for its premium snacks and higher prices for cocoa and packaging</c1>.

<c2>Net income for the three months ended Sept. 30 fell to $212 million, or 61 cents a share, from $298 million a year earlier</c2>, <q2>according to</q2> <s2>the company’s quarterly earnings report</s2>. || <c3>Revenue slipped 3 percent, to $4.1 billion, below the $4.3 billion that analysts had expected</c3>, <q3>according to</q3> <s3>a survey by FactSet</s3>.

<c4>“Consumers are under real pressure, and they are making choices in the aisle that we haven’t seen since 2009,”</c4> <s4>Harborline’s chief executive, Dana Whitcomb</s4>, <q4>said</q4> on a call with analysts. || <c4>“We are not going to chase volume by giving away margin.”</c4>

<s5>Whitcomb</s5> <q5>said</q5> <c5>the company would close two plants, in Ohio and Georgia, and cut about 900 jobs by the end of next year</c5>. || <c6>The closings will cost about $180 million in severance and other charges</c6>, <s6>Harborline</s6> <q6>said in a filing</q6> with the Securities and Exchange Commission.

The company, based in Minneapolis, makes Crestwood crackers, Sunny Days cereal bars and several store brands. || Its stock had already fallen 20 percent this year before Thursday’s report.

<c7>“This is a company that raised prices five times in two years and is now discovering where the ceiling is,”</c7> <q7>said</q7> <s7>Priya Raman, an analyst at Morgan Hale</s7>. || <s8>She</s8> <q8>cut</q8> <c8>her rating on the stock to “neutral” from “buy.”</c8>

<s9>Other analysts</s9> were more forgiving, <q9>arguing</q9> <c9>that the whole industry faces the same squeeze and that Harborline’s cost cuts would restore growth by 2026</c9>.

<c10>The board discussed replacing Whitcomb over the summer but decided to give her more time</c10>, <q10>according to</q10> <s10>a person familiar with the matter</s10>, <r10>who asked not to be identified because the deliberations were private</r10>. || <s11>A Harborline spokesman</s11> <q11>said</q11> <c11>the board “fully supports” Whitcomb and her plan</c11>.

<s12>The Teamsters local that represents workers at the Ohio plant</s12> <q12>did not respond to a request for comment</q12>.
""",
    {1: "norg harborline", 2: "doc earnings-report", 3: "doc factset-survey", 4: "no whitcomb",
     5: "no whitcomb", 6: "norg harborline", 7: "np raman", 8: "np raman ns", 9: "ax other-analysts",
     10: "af familiar", 11: "norg harborline", 12: "dc teamsters resp=no_response"},
    notes={8: "an action of the analyst told in the reporter's voice; alt: sourcing",
           7: "a named analyst: named_person, not named_official"})

art("biz-02-vantage-corvex", "business",
    "Vantage Pharma in advanced talks to buy Corvex Bio for about $11 billion",
    """
<c1>Vantage Pharmaceuticals is in advanced talks to acquire Corvex Bio, a developer of experimental obesity drugs, for about $11 billion in cash</c1>, <q1>according to</q1> <s1>people familiar with the matter</s1>.

<c2>A deal could be announced as soon as next week, assuming the talks don’t fall apart</c2>, <s2>the people</s2> <q2>said</q2>, <r2>asking not to be identified because the discussions are confidential</r2>. || <c3>The price would amount to about $78 a share, a premium of roughly 40 percent over Corvex’s closing price on Friday</c3>, <s3>one of the people</s3> <q3>said</q3>.

<s4>Bloomberg News</s4> <q4>reported</q4> last month <c4>that Corvex had hired advisers to explore a sale after receiving interest from several larger drugmakers</c4>. || <c5>Corvex shares jumped 22 percent in after-hours trading on Monday after the news of the Vantage talks</c5> <q5>was reported by</q5> <s5>The Wall Street Journal</s5>.

<s6>A Vantage spokeswoman</s6> <q6>declined to comment</q6>. || <s7>Corvex</s7> <q7>said in a statement</q7> <c7>that it does not comment on “market rumors or speculation.”</c7>

Drugmakers have been racing to catch up with the companies that dominate the market for weight-loss drugs, which <s15>analysts</s15> <q15>expect</q15> <c15>to exceed $100 billion in annual sales by the end of the decade</c15>. || Corvex’s lead drug, a once-weekly injection, is in the last stage of clinical trials.

<c8>Patients who took the highest dose lost an average of 19 percent of their body weight after 48 weeks</c8>, <q8>according to</q8> <s8>results the company presented at a medical conference in June</s8>.

<c9>Vantage had about $6.2 billion in cash at the end of September</c9>, <s9>its most recent quarterly filing</s9> <q9>shows</q9>, so <c10>it would likely need to borrow to finance the deal</c10>, <s10>analysts</s10> <q10>said</q10>.

<c11>“Vantage has been very clear that it does not want to be left out of obesity,”</c11> <q11>said</q11> <s11>Marcus Feld, a biotech analyst at Crane Securities</s11>. || <c11>“Paying up for late-stage assets is the price of admission now.”</c11>

<s12>Vantage’s chief executive, Robert Lindqvist</s12>, <q12>told investors</q12> in October <c12>that the company was looking for acquisitions that could “meaningfully change our growth profile.”</c12> || <s13>He</s13> <q13>did not say</q13> <c13>whether any talks were underway</c13>.

<s14>The Federal Trade Commission</s14>, which has stepped up scrutiny of pharmaceutical mergers, <q14>declined to comment</q14>.
""",
    {1: "af familiar", 2: "af familiar", 3: "af familiar", 4: "media bloomberg",
     5: "media wsj", 6: "dc vantage resp=declined", 7: "norg corvex", 8: "doc trial-results",
     9: "doc vantage-filing", 10: "ax analysts", 11: "np feld", 12: "no lindqvist",
     13: "no lindqvist ns", 14: "dc ftc resp=declined", 15: "ax analysts"},
    notes={7: "a refusal that still says something; typed named_organization, alt: declined_comment",
           10: "bare 'analysts': anonymous_other",
           15: "observers' expectation relayed (ANNOTATION.md §1: 'other executives expect …' is sourcing)",
           8: "results presented by the company; alt: named_organization"})

art("biz-03-skyway-maintenance", "business",
    "FAA investigating Skyway Airlines over missed engine inspections",
    """
DALLAS — <c1>The Federal Aviation Administration has opened an investigation into Skyway Airlines after finding that the carrier flew at least 14 planes past the deadline for required engine inspections</c1>, <s1>the agency</s1> <q1>said</q1> on Tuesday.

<c2>The lapses were discovered during a routine audit in August and involved Airbus A320 jets based in Denver and Phoenix</c2>, <s2>the FAA</s2> <q2>said in a statement</q2>. || <c3>“Safety is not negotiable, and we will hold the airline accountable for any violations,”</c3> <s3>the statement</s3> <q3>said</q3>.

<c4>Some of the planes flew more than 200 extra flights before they were inspected</c4>, <q4>according to</q4> <s4>maintenance records reviewed by the Dallas Ledger</s4>. || <c5>In one case, a jet continued flying for three weeks after mechanics flagged signs of wear on a turbine blade</c5>, <s5>the records</s5> <q5>show</q5>.

<c6>Supervisors had pressured crews to defer inspections during the summer travel season, when the airline was short of spare aircraft</c6>, <s6>two mechanics with direct knowledge of the inspections</s6> <q6>said</q6>. || They spoke <r6>on the condition of anonymity because they feared losing their jobs</r6>. || <c8>“Everybody knew the schedule was slipping,”</c8> <s8>one of them</s8> <q8>said</q8>. || <c8>“Nobody wanted to be the one to ground a plane in July.”</c8>

<s9>Skyway</s9> <q9>said in a statement</q9> <c9>that it had “self-disclosed” some of the lapses to regulators, that all of the planes had since been inspected and that none had been found to be unsafe</c9>. || <c10>The airline has hired an outside firm to review its maintenance program</c10>, <s10>a spokeswoman, Erin Castillo</s10>, <q10>said</q10>.

Skyway, the country’s sixth-largest airline, carried about 41 million passengers last year. || It has grown quickly since 2021 by adding routes to smaller cities abandoned by larger carriers.

<c11>“Deferring an inspection by a few days is not unusual, but doing it across a fleet for weeks is a systemic failure,”</c11> <q11>said</q11> <s11>John Mercado, a former FAA safety inspector who now consults for airlines</s11>.

<s12>The union that represents Skyway’s mechanics</s12> <q12>said</q12> <c12>it had raised staffing concerns with management three times this year</c12>. || <s13>Skyway’s chief operating officer, Glen Marsh</s13>, <q13>could not be reached for comment</q13>.

<c14>The airline could face civil penalties of up to $75,000 per violation</c14>, <q14>according to</q14> <s14>federal regulations</s14>.
""",
    {1: "norg faa", 2: "norg faa", 3: "norg faa", 4: "doc maintenance-records",
     5: "doc maintenance-records", 6: "af two-mechanics", 8: "af two-mechanics", 9: "norg skyway", 10: "no castillo", 11: "np mercado",
     12: "norg mechanics-union", 13: "dc marsh resp=unreachable", 14: "doc regulations"},
    notes={3: "the agency's statement quoted; alt: document",
           6: "employees described by their knowledge: anonymous_familiar; alt: anonymous_other; the anonymity reason is in the next sentence",
           11: "a former inspector now a consultant: named_person"})

art("biz-04-norvane-ceo", "business",
    "Chipmaker Norvane’s chief executive steps down after clash with board",
    """
<c1>The chief executive of Norvane Semiconductor, Alan Pryce, is stepping down, effective immediately</c1>, <s1>the company</s1> <q1>announced</q1> late on Sunday, <c1>less than three years after he took the job</c1>.

<c2>Norvane’s chief financial officer, Sunita Rao, will serve as interim chief executive while the board searches for a permanent replacement</c2>, <s2>the company</s2> <q2>said in a statement</q2>. || <c3>Pryce will receive a severance payment of about $9.5 million</c3>, <q3>according to</q3> <s3>a filing with the Securities and Exchange Commission</s3>.

<c4>Pryce had clashed with several directors over his plan to spend $20 billion on a new chip factory in Arizona</c4>, <s4>people familiar with the matter</s4> <q4>said</q4>. || <c5>Some board members believed the company could not afford the plant without cutting its dividend</c5>, <s5>one of those people</s5> <q5>said</q5>.

<s6>The Wall Street Journal</s6> <q6>reported</q6> last week <c6>that activist investor Gray Harbor Capital, which owns about 4 percent of Norvane, had been pressing for a change in leadership</c6>. || <s7>Gray Harbor</s7> <q7>declined to comment</q7>.

In a brief message to employees, <s8><s9>Pryce</s9></s8> <q8>thanked</q8> staff <c8>for “three extraordinary years”</c8> and <q9>said</q9> <c9>he was “proud of the foundation we have built.”</c9> || <s10>He</s10> <q10>could not be reached for comment</q10> on Sunday.

Norvane, based in San Jose, Calif., makes chips that manage power in data centers and electric vehicles. || Its shares have fallen about 30 percent since January, while the broader semiconductor index has risen.

<c11>“The board has decided it wants a more conservative capital plan, and Pryce was never going to be that person,”</c11> <q11>said</q11> <s11>Tomás Reyes, an analyst at Larkin & Co.</s11> || <c11>“The Arizona plant is probably dead.”</c11>

<s12>Rao</s12>, a 20-year company veteran, <q12>told analysts</q12> on a call on Monday <c12>that the board would review “all major capital projects,” including the Arizona factory</c12>. || <s13>She</s13> <q13>said</q13> <c13>the dividend was safe</c13>.

<s14>Many investors</s14> <q14>welcomed</q14> <c14>the change</c14>: Norvane’s shares rose 6 percent in early trading on Monday.
""",
    {1: "norg norvane", 2: "norg norvane", 3: "doc sec-filing", 4: "af familiar", 5: "af familiar",
     6: "media wsj", 7: "dc gray-harbor resp=declined", 8: "no pryce", 9: "no pryce",
     10: "dc pryce resp=unreachable", 11: "np reyes", 12: "no rao", 13: "no rao",
     14: "ax investors ns"},
    notes={14: "investors' reaction read from the share price, reporter's voice; alt: sourcing anonymous_other"},
    footer=("Leave a Reply", "Your email address will not be published. Required fields are marked *",
            "Post Comment"))


# ---------------------------------------------------------------- crime and courts

art("courts-01-treasurer-indicted", "courts",
    "Former county treasurer charged with stealing $3.2 million from school fund",
    """
SPRINGFIELD, Ill. — <c1>A former Sangamon Valley County treasurer was charged on Thursday with stealing more than $3.2 million from a fund meant for school construction and spending much of it on a lake house, two boats and trips to Las Vegas</c1>, <s1>federal prosecutors</s1> <q1>said</q1>.

<c2>The treasurer, Gary L. Whitaker, 61, moved the money through a series of shell companies over six years, disguising the transfers as payments to contractors</c2>, <q2>according to</q2> <s2>a 14-count indictment unsealed in U.S. District Court in Springfield</s2>. || <s3>The indictment</s3> <q3>charges</q3> <c3>him with wire fraud, money laundering and filing false tax returns</c3>.

<c4>“Mr. Whitaker treated the taxpayers’ money as his personal bank account,”</c4> <s4>U.S. Attorney Rebecca Lindgren</s4> <q4>said</q4> at a news conference. || <c4>“The children of this county are the ones who paid for his boats.”</c4>

<c5>Whitaker, who served as treasurer from 2012 until he lost a primary election last year, surrendered to the FBI on Thursday morning and was released on bond</c5>, <s5>a spokesman for the U.S. Attorney’s Office</s5> <q5>said</q5>. || <c6>He pleaded not guilty</c6>, <q6>according to</q6> <s6>court records</s6>.

<s7>His lawyer, Dennis Kaye</s7>, <q7>declined to comment</q7> on the charges.

The fraud came to light last spring, when a new county auditor noticed that the construction fund’s balance was far lower than it should have been. || <c8>The fund was short by $3.4 million, and the county could not account for more than 200 payments</c8>, <q8>according to</q8> <s8>a report by the state auditor general released in June</s8>.

<c9>Whitaker had told colleagues the lake house was an inheritance from an aunt</c9>, <s9>two county employees</s9> <q9>said</q9>. || <s10>They</s10> <q10>asked</q10> <c10>that their names not be used</c10> <r9>because they expect to be called as witnesses</r9>.

<s11>County Board Chairwoman Denise Fuller</s11> <q11>said</q11> <c11>the county had changed its rules so that no single official can approve payments over $10,000</c11>. || <c12>“It should never have been possible for one person to do this,”</c12> <s12>Fuller</s12> <q12>said</q12>.

If convicted on all counts, Whitaker faces up to 20 years in prison on each of the wire fraud charges. || A trial date has not been set.
""",
    {1: "ao prosecutors", 2: "doc indictment", 3: "doc indictment", 4: "no lindgren",
     5: "norg us-attorney-office", 6: "doc court-records", 7: "dc kaye resp=declined",
     8: "doc auditor-report", 9: "ao county-employees", 10: "ao county-employees ns count=2",
     11: "no fuller", 12: "no fuller"},
    notes={1: "'federal prosecutors' unnamed, position given; alt: named_organization (the office)",
           9: "county employees: public employees by position; alt: anonymous_other",
           10: "the request for anonymity is about the sourcing, not content of the story"})

art("courts-02-bar-shooting", "courts",
    "Man charged with murder in shooting outside Northeast Minneapolis bar",
    """
MINNEAPOLIS — <c1>A 27-year-old man was charged on Monday with second-degree murder in the shooting death of a bouncer outside a bar in Northeast Minneapolis early Saturday</c1>, <q1>according to</q1> <s1>a criminal complaint filed in Hennepin County District Court</s1>.

<c2>The man, Jaylen Ortiz of Brooklyn Park, had been thrown out of the Sawmill Tavern after an argument with another customer shortly before 1:30 a.m.</c2>, <s2>the complaint</s2> <q2>says</q2>. || <c3>He returned about 20 minutes later and fired four shots at the bouncer, Marcus Bell, 34, who was standing at the door</c3>, <q3>according to</q3> <s3>the complaint</s3>.

<c4>Bell was pronounced dead at Hennepin County Medical Center</c4>, <s4>the Hennepin County Medical Examiner’s Office</s4> <q4>said</q4>. || <c5>He died of multiple gunshot wounds</c5>, <s5>the office</s5> <q5>said</q5>.

<c6>Officers arrested Ortiz on Sunday afternoon at an apartment in Brooklyn Center after a tip from a relative</c6>, <s6>a police spokesman</s6> <q6>said</q6>. || <c7>A handgun recovered at the apartment is being tested</c7>, <s7>the spokesman</s7> <q7>said</q7>.

<c8>“He was laughing when he walked back up,”</c8> <q8>said</q8> <s8>one witness</s8>, a woman who was smoking outside the bar and would give only her first name, Tasha. || <c8>“Then it was just pop, pop, pop.”</c8>

<s9>Bell’s sister, Renee Bell</s9>, <q9>said</q9> <c9>her brother had worked at the bar for six years and was saving to open a barbershop</c9>. || <c10>“He was the one who broke up fights,”</c10> <s10>she</s10> <q10>said</q10>. || <c10>“He never started one in his life.”</c10>

Ortiz was being held in the Hennepin County jail on $1 million bail. || <c11>He has two previous convictions for illegal possession of a firearm</c11>, <q11>according to</q11> <s11>state court records</s11>. || <s12>A public defender assigned to his case</s12> <q12>did not respond to a request for comment</q12>.

<c13>The shooting was the city’s 61st homicide this year, compared with 72 at the same point last year</c13>, <q13>according to</q13> <s13>police data</s13>.

<s14>The bar’s owner, Pete Lindahl</s14>, <q14>said</q14> <c14>it would stay closed through the week</c14>.
""",
    {1: "doc complaint", 2: "doc complaint", 3: "doc complaint", 4: "norg medical-examiner",
     5: "norg medical-examiner", 6: "norg police", 7: "norg police", 8: "ax witness",
     9: "np renee-bell", 10: "np renee-bell", 11: "doc court-records",
     12: "dc public-defender resp=no_response", 13: "doc police-data", 14: "no lindahl"},
    notes={8: "an unnamed witness identified only by first name: anonymous_other; alt: named_person",
           14: "owner speaking for his business: named_official; alt: named_person"})

art("courts-03-crypto-trial", "courts",
    "Former engineer tells jury crypto lender’s founder ordered customer funds moved",
    """
NEW YORK — <s1>A former engineer at the collapsed cryptocurrency lender Halcyon</s1> <q1>testified</q1> on Wednesday <c1>that the company’s founder personally ordered him to move about $400 million in customer deposits into a trading firm the founder controlled</c1>.

<c2>“He said the customers would never know, because the money would be back before anyone looked,”</c2> <s2>the engineer, Kevin Yoon</s2>, <q2>told the jury</q2> in Federal District Court in Manhattan. || <c2>“I believed him, and I shouldn’t have.”</c2>

The founder, Adrian Solberg, 35, has pleaded not guilty to seven counts of fraud and conspiracy. || <c3>He faces up to 110 years in prison if convicted on all counts</c3>, <q3>according to</q3> <s3>the indictment</s3>.

<s4>Yoon</s4>, 29, who pleaded guilty last year and is cooperating with prosecutors in the hope of a lighter sentence, <q4>testified</q4> <c4>that he wrote code that hid the transfers from the company’s auditors</c4>. || <c5>The code labeled the withdrawals as “internal rebalancing,”</c5> <s5>he</s5> <q5>said</q5>.

<s6>Prosecutors</s6> <q6>showed</q6> jurors <c6>chat messages in which Solberg told Yoon to “make the numbers look boring.”</c6> || <c7>The messages were sent on an encrypted app set to delete them after a week, but Yoon had taken screenshots</c7>, <q7>according to</q7> <s7>trial exhibits</s7>.

<s8>Solberg’s lawyer, Miriam Katz</s8>, <q8>sought to portray</q8> <c8>Yoon as a liar trying to save himself</c8>. || <c9>“You’ve told the government whatever it wanted to hear, haven’t you?”</c9> <s9>Katz</s9> <q9>asked</q9> during cross-examination. || <c10>“I’ve told the truth,”</c10> <s10>Yoon</s10> <q10>replied</q10>.

<c11>Judge Harold Benton repeatedly admonished both sides to move faster</c11>, <q11>according to</q11> <s11>a transcript of the proceedings</s11>. || <c12>“We are not going to spend a week on screenshots,”</c12> <s12>the judge</s12> <q12>said</q12> at one point.

Halcyon filed for bankruptcy in November 2022, days after customers rushed to withdraw their money. || About 300,000 people lost access to their accounts.

Some of those customers have attended every day of the trial. || <c14>“I want to look him in the eye,”</c14> <q14>said</q14> <s14>Laura Finch, a retired teacher from New Jersey who lost $86,000</s14>.

<c15>The defense is expected to call Solberg to testify next week</c15>, <s15>a person close to the defense team</s15> <q15>said</q15>. || <s16>The U.S. Attorney’s Office</s16> <q16>declined to comment</q16> on its remaining witnesses.
""",
    {1: "np yoon", 2: "np yoon", 3: "doc indictment", 4: "np yoon", 5: "np yoon", 6: "ao prosecutors",
     7: "doc exhibits", 8: "no katz", 9: "no katz", 10: "np yoon", 11: "doc transcript",
     12: "no benton", 14: "np finch", 15: "af close-to-defense",
     16: "dc us-attorney-office resp=declined"},
    notes={1: "the engineer is named in the next sentence; typed by the source, not the mention; read alone the mention is anonymous",
           8: "a defense lawyer speaking for her client: named_official; alt: named_person",
           9: "a question in court; alt: not sourcing",
           6: "unnamed prosecutors acting in court; alt: named_organization"})

art("courts-04-wrongful-conviction", "courts",
    "Baltimore to pay $7.5 million to man who spent 19 years in prison for a murder he didn’t commit",
    """
BALTIMORE — <c1>The city of Baltimore has agreed to pay $7.5 million to settle a lawsuit brought by a man who spent 19 years in prison for a 2003 murder before his conviction was overturned</c1>, <q1>according to</q1> <s1>settlement documents filed in federal court on Tuesday</s1>.

<c2>The man, Terrence Wilkes, now 46, was convicted largely on the testimony of a teenage witness who later said detectives had threatened to charge him if he did not identify Wilkes</c2>, <q2>according to</q2> <s2>the lawsuit</s2>. || <s3>The lawsuit</s3> <q3>accused</q3> <c3>two homicide detectives of hiding evidence that pointed to another suspect</c3>.

<c4>“Nothing gives me those years back,”</c4> <s4>Wilkes</s4> <q4>said</q4> in a phone interview. || <c4>“But my name is clean, and my mother lived long enough to see it.”</c4>

<s5>His lawyer, Andrea Moss</s5>, <q5>said</q5> <c5>the settlement was among the largest of its kind in Maryland</c5>. || <c6>“This case should force the city to look hard at every conviction those detectives touched,”</c6> <s6>she</s6> <q6>said</q6>.

<s7>A spokeswoman for the city</s7> <q7>said</q7> <c7>the settlement was “in the best interest of taxpayers” and was not an admission of wrongdoing</c7>. || <s9>City Solicitor James Harmon</s9> <q9>did not respond to requests for comment</q9>.

<c10>One of the detectives, who retired in 2015, is under investigation by the state’s attorney’s office in connection with at least two other cases</c10>, <q10>according to</q10> <s10>a law enforcement official</s10> <r10>who was not authorized to speak publicly about the inquiry</r10>. || <s11>The detective</s11> <q11>could not be reached</q11>, and <s12>the Baltimore Police Department</s12> <q12>declined to comment</q12>.

Wilkes was freed in 2022 after the Baltimore State’s Attorney’s Conviction Integrity Unit reinvestigated the case. || <c13>DNA testing of a jacket found near the scene excluded him</c13>, <q13>according to</q13> <s13>the unit’s report</s13>.

<s14>WBAL-TV</s14> <q14>first reported</q14> <c14>the settlement</c14> on Monday.

Wilkes now works as a counselor for young men leaving juvenile detention. || <c15>He plans to use part of the money to buy a house for his two daughters</c15>, <s15>Moss</s15> <q15>said</q15>.
""",
    {1: "doc settlement", 2: "doc lawsuit", 3: "doc lawsuit", 4: "np wilkes", 5: "no moss",
     6: "no moss", 7: "norg city", 9: "dc harmon resp=no_response",
     10: "ao law-enforcement-official", 11: "dc detective resp=unreachable",
     12: "dc police-department resp=declined", 13: "doc ciu-report", 14: "media wbal",
     15: "no moss"},
    notes={5: "a plaintiff's lawyer speaking for her client: named_official; alt: named_person"},
    footer=("Share this:", "Facebook", "X", "Email", "Related"))


# ---------------------------------------------------------------- sports

art("sports-01-okafor-extension", "sports",
    "Hawks and Okafor agree to five-year, $245 million extension",
    """
<c1>The Atlanta Hawks and guard Tobi Okafor have agreed to a five-year contract extension worth about $245 million</c1>, <q1>according to</q1> <s1>a person with knowledge of the deal</s1> <r1>who spoke on condition of anonymity because the contract has not been announced</r1>.

<c2>The deal includes a player option for the final season and a 15 percent trade kicker</c2>, <s2>the person</s2> <q2>said</q2>. || <c3>It is expected to be signed after Okafor returns from a family trip to Lagos next week</c3>, <s3>league sources</s3> <q3>said</q3>.

<s4>ESPN</s4> <q4>first reported</q4> <c4>the agreement</c4> on Thursday night.

The extension is the largest in franchise history and ends months of speculation about whether Okafor, 25, would test free agency next summer. || He averaged 27.4 points and 6.8 assists last season and was named to his first All-NBA team.

<c5>“Tobi wanted to be in Atlanta, and Atlanta wanted Tobi,”</c5> <s5>his agent, Marcus Leary of Apex Sports</s5>, <q5>said in a text message</q5>. || <c5>“It was never more complicated than that.”</c5>

<s6><s7>The Hawks</s7></s6> <q6>declined to comment</q6>, <q7>citing</q7> <c7>league rules that bar teams from discussing contracts before they are signed</c7>.

<c8>Several rival teams had cleared salary cap space for next summer in the hope of luring Okafor away</c8>, <s8>two Eastern Conference executives</s8> <q8>said</q8>. || <c9>“Half the league had a plan with his name on it,”</c9> <s9>one of them</s9> <q9>said</q9>. || <c9>“Now they have to start over.”</c9>

<c10>Hawks General Manager Lisa Cheng had made the extension her top priority after the team lost in the first round of the playoffs</c10>, <s10>people close to the organization</s10> <q10>said</q10>. || <s11>Cheng</s11> <q11>told reporters</q11> at the end of the season <c11>that Okafor was “the foundation of everything we’re going to do.”</c11>

The extension would begin with the 2026-27 season. || Okafor is owed $34 million this season under his rookie-scale deal.

<c12>“It’s a lot of money, but he’s the kind of player you pay,”</c12> <q12>said</q12> <s12>Darnell Hughes, a former NBA executive who is now an analyst for Hoop Central</s12>. || <s13>Some fans</s13> <q13>have questioned</q13> <c13>whether the Hawks can build a contender around one star</c13>, but <s14>Hughes</s14> <q14>said</q14> <c14>the team’s young core gives it room to grow</c14>.
""",
    {1: "af knowledge-of-deal", 2: "af knowledge-of-deal", 3: "ax league-sources", 4: "media espn",
     5: "no leary", 6: "dc hawks resp=declined", 7: "norg hawks", 8: "ao executives",
     9: "ao executives", 10: "af close-to-org", 11: "no cheng", 12: "np hughes",
     13: "ax fans", 14: "np hughes"},
    notes={3: "'league sources': no position or access given; alt: anonymous_familiar",
           5: "an agent speaking for his client: named_official; alt: named_person",
           7: "the reason the team gave for not commenting; shares attribution 6's source span",
           8: "rival team executives: unnamed officials of their teams",
           12: "former executive now a media analyst: named_person; alt: media_report"})

art("sports-02-rovers-comeback", "sports",
    "Rovers rally from two goals down to stun Harbor City in the playoffs",
    """
COLUMBUS, Ohio — For 70 minutes on Saturday, the Columbus Rovers looked like a team on its way to an early vacation. || Then Emeka Daniels came off the bench.

Daniels scored twice in the final 15 minutes and set up Luis Ferreira’s winner in stoppage time, and the Rovers beat Harbor City 3-2 to advance to the Eastern Conference semifinals.

<c1>“I told the guys at halftime that nobody in this building thought we were finished, so why should we?”</c1> <s1>Rovers coach Pablo Arenas</s1> <q1>said</q1>. || <c1>“They believed it, and I’m not sure I did.”</c1>

<c2>It was the first time in league playoff history that a team had come back from two goals down after the 70th minute</c2>, <q2>according to</q2> <s2>the league’s statistics department</s2>.

<s3>Daniels</s3>, who had not scored since August, <q3>said</q3> <c3>he had been frustrated about losing his place in the starting lineup</c3>. || <c4>“You can be angry, or you can be ready,”</c4> <s4>he</s4> <q4>said</q4>. || <c4>“Tonight I chose ready.”</c4>

Harbor City led 2-0 on goals by Jonas Weller in the 22nd minute and Kwame Asante in the 58th. || Asante’s goal, a curling shot from the edge of the box, silenced a crowd of 20,371.

<s5>Harbor City coach Ines Albrecht</s5> <q5>said</q5> <c5>her team had stopped pressing once it took the two-goal lead</c5>. || <c6>“We invited them in, and good teams punish you for that,”</c6> <s6>Albrecht</s6> <q6>said</q6>.

<c7>Harbor City defender Sam Okoro left the game in the 64th minute with a hamstring injury and will have an MRI on Monday</c7>, <s7>the team</s7> <q7>said</q7>. || <c8>The injury could keep him out for several weeks</c8>, <q8>according to</q8> <s8>a person familiar with his condition</s8>.

<c9>Ferreira’s winning goal came 4 minutes 12 seconds into stoppage time, the latest winning goal in a playoff game in the league’s history</c9>, <s9>Opta</s9> <q9>said</q9>.

Fans stayed in the stadium for nearly half an hour after the final whistle, chanting Daniels’s name.

<c11>“I’ve had season tickets for 12 years, and I’ve never heard it this loud,”</c11> <q11>said</q11> <s11>Carla Jimenez, 44, of Westerville</s11>.

The Rovers will face the top-seeded New England Revolution in the semifinals next weekend. || <s12>Arenas</s12> <q12>said</q12> <c12>he expected to have midfielder Theo Brandt back from a knee injury for that game</c12>.
""",
    {1: "no arenas", 2: "norg league-stats", 3: "np daniels", 4: "np daniels", 5: "no albrecht",
     6: "no albrecht", 7: "norg harbor-city", 8: "af familiar", 9: "norg opta",
     11: "np jimenez", 12: "no arenas"},
    notes={2: "a league department as source; alt: document",
           3: "a player speaking for himself: named_person; alt: named_official",
           9: "a statistics company: named_organization; alt: document"})

art("sports-03-coaching-search", "sports",
    "Midland State’s coaching search narrows as boosters push for a splashy hire",
    """
<c1>Midland State has narrowed its search for a new head football coach to three candidates and hopes to make a hire before the early signing period opens on Dec. 17</c1>, <s1>two people close to the program</s1> <q1>said</q1>.

<c2>The list includes Boise Valley coach Ray Dumont, Oregon offensive coordinator Chris Tolliver and former Midland State quarterback Andre Mills, now the head coach at Coastal Tech</c2>, <s2>one of the people</s2> <q2>said</q2>, <r2>speaking on condition of anonymity because the search is confidential</r2>.

<s3>The Athletic</s3> <q3>reported</q3> on Sunday <c3>that Dumont had already met with university officials in Dallas</c3>. || <s4>Dumont’s agent</s4> <q4>did not return calls</q4>.

Midland State fired Tom Brennan last month after a 3-8 season, its third losing record in four years. || <c5>The school owes Brennan about $14 million under the terms of his contract</c5>, <q5>according to</q5> <s5>a copy obtained through a public records request</s5>.

<s6>Athletic Director Karen Vaughn</s6> <q6>said in a statement</q6> <c6>that the university was looking for “a leader who can recruit at the highest level and restore the standard of this program.”</c6> || <s7>She</s7> <q7>declined to discuss</q7> specific candidates.

<s8>Insiders</s8> <q8>believe</q8> <c8>Vaughn is leaning toward Dumont, whose teams have won 41 games over the past four seasons</c8>. || But <c9>a group of influential boosters has lobbied for Mills, who led the team to its last conference title in 2009</c9>, <q9>according to</q9> <s9>a person briefed on the discussions</s9>.

<c10>“Andre is one of us, and he’s won everywhere he’s been,”</c10> <q10>said</q10> <s10>Bill Harrington, a Dallas car dealer who has given more than $5 million to the athletic department</s10>. || <c10>“You don’t have to explain Midland State to him.”</c10>

<c11>Any new coach would likely be paid at least $7 million a year</c11>, <s11>two industry sources</s11> <q11>said</q11>, <c11>roughly what Brennan was earning</c11>.

Players have been told to expect a decision within two weeks. || <c13>“We just want somebody who’s going to be here,”</c13> <q13>said</q13> <s13>junior linebacker DeShawn Pruitt</s13>. || <c13>“We’ve had enough change.”</c13>
""",
    {1: "af close-to-program", 2: "af close-to-program", 3: "media the-athletic",
     4: "dc dumont-agent resp=no_response", 5: "doc contract", 6: "no vaughn",
     7: "dc vaughn resp=declined", 8: "ax insiders", 9: "af briefed-person", 10: "np harrington",
     11: "ax industry-sources", 13: "np pruitt"},
    notes={4: "'did not return calls': no_response",
           11: "'industry sources': no position or access; alt: anonymous_familiar"})

art("sports-04-pitcher-suspended", "sports",
    "Mariners reliever Cole Dempsey suspended 80 games after positive drug test",
    """
<c1>Seattle Mariners reliever Cole Dempsey was suspended for 80 games without pay on Tuesday after testing positive for a banned performance-enhancing substance</c1>, <s1>Major League Baseball</s1> <q1>announced</q1>.

<c2>Dempsey tested positive for Stanozolol, an anabolic steroid</c2>, <s2>the league</s2> <q2>said in a statement</q2>. || <c3>The suspension takes effect immediately, and he will be ineligible for the postseason if the Mariners qualify</c3>, <q3>according to</q3> <s3>the terms of the sport’s joint drug agreement</s3>.

<s4><s5>Dempsey</s5></s4>, 31, <q4>said in a statement</q4> released through the players’ union <c4>that he had “never knowingly taken anything illegal”</c4> and <q5>planned</q5> <c5>to “find out how this happened.”</c5> || <c6>“I owe an apology to my teammates and to the fans of Seattle,”</c6> <s6>he</s6> <q6>said</q6>. || <c6>“I will accept my punishment.”</c6>

<c7>Dempsey had considered appealing, but decided against it after his lawyers reviewed the lab results</c7>, <q7>according to</q7> <s7>a person familiar with the case</s7>.

<s8>The Mariners</s8> <q8>said</q8> <c8>they were “disappointed” and supported the league’s drug program</c8>. || <s9>Manager Dan Kowalski</s9> <q9>said</q9> <c9>he learned of the test on Monday night</c9>. || <c10>“You hurt for the guy, but you hurt more for the clubhouse,”</c10> <s10>Kowalski</s10> <q10>said</q10>. || <c10>“We’ve got 19 games left, and we need every arm.”</c10>

Dempsey has a 2.41 earned run average in 58 appearances this season, and he leads the team with 24 holds. || He signed a two-year, $14 million contract with Seattle in December.

<c11>It is the fourth suspension of a major league player for performance-enhancing drugs this year</c11>, <q11>according to</q11> <s11>league records</s11>.

<s12>Some players</s12> <q12>have privately questioned</q12> <c12>whether the testing labs are reliable</c12>, and <s13>a veteran American League pitcher</s13> <q13>said</q13> <c13>several of his teammates had become afraid to take over-the-counter supplements</c13>. || <s14>He</s14> <q14>asked</q14> <c14>not to be named</c14> <r13>because he did not want to be seen as defending Dempsey</r13>.

<s15>The Seattle Times</s15> <q15>reported</q15> <c15>that the Mariners were expected to call up left-hander Ricky Salas from Class AAA Tacoma to take Dempsey’s place</c15>. || <s16>A team spokesman</s16> <q16>did not immediately respond to a request for comment</q16> on the roster move.
""",
    {1: "norg mlb", 2: "norg mlb", 3: "doc drug-agreement", 4: "np dempsey", 5: "np dempsey",
     6: "np dempsey", 7: "af familiar", 8: "norg mariners", 9: "no kowalski", 10: "no kowalski",
     11: "doc league-records", 12: "ax some-players", 13: "ax veteran-pitcher",
     14: "ax veteran-pitcher ns", 15: "media seattle-times", 16: "dc mariners resp=no_response"},
    notes={4: "a player speaking for himself: named_person; alt: named_official",
           5: "shares its source span with attribution 4",
           13: "an unnamed player: a position in a team but not an official; alt: anonymous_official"},
    footer=("Get the Baseball Beat newsletter: scores, trades and analysis, every morning during the season.",
            "Sign up"))


# ---------------------------------------------------------------- local government and science

art("local-01-bike-lanes", "local_science",
    "After heated debate, council approves protected bike lanes on Grand Avenue",
    """
The Riverton City Council voted 6-3 on Tuesday night to replace two lanes of car traffic on Grand Avenue with protected bike lanes, ending a yearlong fight that drew hundreds of residents to public hearings.

The $4.8 million project will run 2.3 miles from downtown to the Eastside neighborhood. || Construction is scheduled to begin in April.

<c2>“This street has been designed for one thing, moving cars fast, and it has been killing people,”</c2> <q2>said</q2> <s2>Council Member Alicia Ramos, who represents the Eastside and sponsored the plan</s2>. || <c2>“We can’t keep treating that as the price of getting downtown.”</c2>

<c3>Eleven people have died in crashes on Grand Avenue since 2015, more than on any other street in the city</c3>, <q3>according to</q3> <s3>the city’s traffic safety data</s3>.

<s4>Council Member Frank DiNapoli</s4>, who voted against the plan, <q4>said</q4> <c4>it would push traffic onto residential side streets and hurt businesses that depend on drive-in customers</c4>. || <c5>“Nobody is against safety,”</c5> <s5>DiNapoli</s5> <q5>said</q5>. || <c5>“But we are making a decision for 40,000 drivers a day based on what a few hundred cyclists want.”</c5>

<s6>Some business owners</s6> <q6>fear</q6> <c6>losing the street parking in front of their shops</c6>. || <c7>“Half my customers are older people who can’t walk three blocks from a parking garage,”</c7> <q7>said</q7> <s7>Gloria Pham, who has owned a pharmacy on Grand Avenue for 22 years</s7>.

<c8>The city’s plan underestimated the cost of rerouting buses and did not study the effect on emergency response times</c8>, <q8>according to</q8> <s8>a report released last month by the state auditor, Mark Chen</s8>. || <s9>The report</s9> <q9>recommended</q9> <c9>that the city complete a traffic study before construction begins</c9>.

<s10>A city spokeswoman</s10> <q10>said</q10> <c10>the Transportation Department would complete that study by February</c10>. || <s11>Mayor Ellen Brandt’s office</s11> <q11>did not respond to a request for comment</q11> on whether the mayor would sign the measure, though <s12>she</s12> <q12>has said</q12> <c12>she supports “safer streets for everyone.”</c12>

<c13>“I’ve been hit twice on this road,”</c13> <q13>said</q13> <s13>Jamal Wright, 34, who bikes to his job at a downtown hospital</s13>. || <c13>“I just want to get to work.”</c13>
""",
    {2: "no ramos", 3: "doc traffic-data", 4: "no dinapoli", 5: "no dinapoli", 6: "ax business-owners",
     7: "np pham", 8: "doc auditor-report", 9: "doc auditor-report", 10: "norg city",
     11: "dc mayor-office resp=no_response", 12: "no brandt", 13: "np wright"},
    notes={6: "business owners are named by a group but not identified; anonymous_other",
           12: "'she' = Mayor Ellen Brandt; a different source from her office's non-answer"})

art("local-02-water-utility", "local_science",
    "State auditor finds Millbrook water utility ignored lead warnings for years",
    """
MILLBROOK, Pa. — <c1>The Millbrook Water Authority failed to replace hundreds of lead service lines it had promised to remove and did not tell residents when tests in their homes showed high lead levels</c1>, <q1>according to</q1> <s1>a report released on Thursday by the state auditor general</s1>.

<c2>Of 1,840 lead lines the utility pledged to replace by 2022, only 412 had been replaced by the end of last year</c2>, <s2>the report</s2> <q2>found</q2>. || <c3>In at least 37 homes, residents were not notified of test results above the federal action level for as long as 14 months</c3>, <s3>the auditors</s3> <q3>wrote</q3>.

<c4>“These are not paperwork problems,”</c4> <s4>Auditor General Timothy DeSantis</s4> <q4>said</q4> at a news conference in Harrisburg. || <c4>“These are children drinking water with lead in it while the people responsible knew and said nothing.”</c4>

<s5>The authority’s executive director, Sharon Kimball</s5>, <q5>said</q5> <c5>the utility had been slowed by a shortage of contractors and by pandemic-era supply problems</c5>. || <s6><s17>She</s17></s6> <q6>disputed</q6> <c6>the report’s finding on notification</c6>, <q17>saying</q17> <c17>that the authority had mailed letters to every affected household</c17>.

<c7>But several of those letters were sent to the wrong addresses or to landlords rather than tenants</c7>, <q7>according to</q7> <s7>two authority employees</s7> <r7>who spoke on the condition of anonymity because they were not authorized to speak to reporters</r7>. || <c8>Managers were told about the problem in 2021 and did not fix it</c8>, <s8>one of the employees</s8> <q8>said</q8>.

<c9>“I had no idea until my daughter’s blood test came back,”</c9> <q9>said</q9> <s9>Keisha Morgan, who rents a rowhouse on Dell Street</s9>. || <s10>Morgan</s10> <q10>said</q10> <c10>she had never received a letter</c10>.

Lead can damage children’s brains and nervous systems, and there is no safe level of exposure. || <c11>Children in Millbrook’s oldest neighborhoods have had elevated blood lead levels at nearly three times the statewide rate</c11>, <q11>according to</q11> <s11>data from the state Department of Health</s11>.

<c12>“The pattern here is very familiar from Flint and from Newark — a utility that knows, and a public that doesn’t,”</c12> <q12>said</q12> <s12>Dr. Anjali Rao, a professor of environmental health at Lehigh Valley University who studies lead exposure</s12>.

<s13>The Millbrook Ledger</s13> <q13>first reported</q13> <c13>problems with the replacement program</c13> in 2023. || <s14>City Council members</s14> <q14>have called</q14> <c14>for a public hearing</c14>, and <s15>Council President Ron Albright</s15> <q15>said</q15> <c15>one would be scheduled this month</c15>.

<s16>The authority’s board chairman, Walter Hess</s16>, <q16>could not be reached for comment</q16>.
""",
    {1: "doc auditor-report", 2: "doc auditor-report", 3: "doc auditor-report", 4: "no desantis",
     5: "no kimball", 6: "no kimball", 7: "ao authority-employees", 8: "ao authority-employees",
     9: "np morgan", 10: "np morgan", 11: "doc health-data", 12: "np rao", 13: "media ledger",
     14: "ao council-members", 15: "no albright", 16: "dc hess resp=unreachable", 17: "no kimball"},
    notes={3: "'the auditors' = the report's authors; typed document with the report",
           7: "public-utility employees described by position: anonymous_official; alt: anonymous_familiar",
           14: "unnamed members of a named body: anonymous_official; alt: named_organization"})

art("science-03-heat-mortality", "local_science",
    "Hot nights are deadlier than hot days for older adults, study finds",
    """
<c1>Nights that fail to cool down may be more dangerous for older people than the hottest afternoons</c1>, <q1>according to</q1> <s1>a study published on Wednesday in the journal Environmental Health Perspectives</s1>.

<c2>Deaths among people over 65 rose by about 9 percent on days following a night when the temperature stayed above 80 degrees, compared with about 4 percent on days with daytime highs above 100</c2>, <s2>the researchers</s2> <q2>found</q2>. || The study examined death records and weather data from 52 U.S. cities between 2000 and 2022.

<c3>“The body needs the night to recover, and when it doesn’t get that break, the strain on the heart and kidneys accumulates,”</c3> <q3>said</q3> <s3>Dr. Naomi Adeyemi, an epidemiologist at the University of Arizona and the study’s lead author</s3>. || <c3>“A lot of heat warnings are still based on the daytime high.”</c3>

<s4>Adeyemi</s4> <q4>said</q4> <c4>the findings should push cities to keep cooling centers open overnight</c4>. || Most close by 8 p.m.

Nighttime temperatures in the United States have risen faster than daytime highs since the 1970s. || <c5>The number of nights above 75 degrees in Phoenix has nearly tripled since 1990</c5>, <q5>according to</q5> <s5>data from the National Weather Service</s5>.

<c6>The study is well designed, though it cannot prove that hot nights directly cause the deaths</c6>, <q6>said</q6> <s6>Dr. Peter Lindqvist, a climate and health researcher at Columbia University who was not involved in the research</s6>. || <c7>“Air-conditioning is the big unknown,”</c7> <s7>he</s7> <q7>said</q7>. || <c7>“People who have it and can afford to run it are probably fine.”</c7>

<s8>Some public health officials</s8> <q8>have argued</q8> <c8>that overnight cooling centers draw too few people to justify the cost</c8>. || <c9>Attendance at Phoenix’s two overnight centers averaged 31 people a night last summer</c9>, <q9>according to</q9> <s9>city records</s9>.

<s10>A spokeswoman for the Maricopa County Department of Public Health</s10> <q10>said</q10> <c10>the department was reviewing the study and would consider changing how it issues heat warnings</c10>. || <s11>The National Weather Service</s11> <q11>did not respond to a request for comment</q11>.

<c12>Heat killed at least 645 people in Maricopa County in 2023, a record</c12>, <q12>according to</q12> <s12>the county’s annual heat death report</s12>.
""",
    {1: "doc study", 2: "doc study", 3: "np adeyemi", 4: "np adeyemi", 5: "doc nws-data",
     6: "np lindqvist", 7: "np lindqvist", 8: "ao health-officials", 9: "doc city-records",
     10: "norg county-health", 11: "dc nws resp=no_response", 12: "doc county-report"},
    notes={2: "'the researchers' = the study's authors as a group; typed document with the study; alt: anonymous_other",
           3: "a named university researcher: named_person",
           11: "the same agency whose data is cited above gets its own source_id as a non-answer"})

art("science-04-lake-algae", "local_science",
    "Toxic algae blooms on Lake Wendell are starting earlier, and farmers are in the spotlight",
    """
<c1>Toxic algae blooms on Lake Wendell now begin about three weeks earlier in the summer than they did two decades ago</c1>, <q1>according to</q1> <s1>an analysis of satellite images by researchers at Northern Plains University</s1>.

<c2>The blooms also last longer, with the average season stretching from 41 days in the early 2000s to 73 days last year</c2>, <s2>the analysis</s2> <q2>found</q2>. || It was published this month in the journal Limnology and Oceanography.

<c3>“The lake is getting warmer, and it’s getting more fertilizer, and the algae love both,”</c3> <q3>said</q3> <s3>Kristin Halvorsen, a professor of biology at the university who led the research</s3>.

<c4>Phosphorus from farm fields is the main driver</c4>, <s4>Halvorsen</s4> <q4>said</q4>. || <c5>Phosphorus levels in the Sauk River, which feeds the lake, have risen by nearly a third since 2005</c5>, <q5>according to</q5> <s5>monitoring data from the U.S. Geological Survey</s5>.

<s6>The Wendell County Farm Bureau</s6> <q6>declined to comment</q6> on the study. || <s7>Some farmers</s7> <q7>say</q7> <c7>they are being blamed for a problem that also comes from lakeside septic systems and lawn fertilizer</c7>.

<c8>“We’ve cut our fertilizer use by a quarter in ten years, and nobody writes about that,”</c8> <q8>said</q8> <s8>Dale Brekke, who grows corn and soybeans on 1,200 acres north of the lake</s8>.

Last August, a bloom forced the town of Wendell to shut down its drinking water intake for nine days. || Residents lined up for bottled water at the fire station.

<s9>County Commissioner Judy Sorensen</s9> <q9>said</q9> <c9>the county would ask the Legislature next year for $6 million to pay farmers to plant buffer strips along streams</c9>. || <c10>“We can’t regulate our way out of this, but we can pay for it,”</c10> <s10>she</s10> <q10>said</q10>.

<c11>The state’s voluntary program to reduce farm runoff had enrolled only 14 percent of eligible acres by 2023</c11>, <q11>according to</q11> <s11>a report by the state’s legislative auditor</s11>. || <s12>The state Department of Agriculture</s12> <q12>said in an email</q12> <c12>that enrollment had since doubled</c12>.

<c13>Satellite analysis can overstate blooms in shallow bays, where the lake bottom can look like algae from space</c13>, <q13>cautioned</q13> <s13>Marcus Oyelaran, an aquatic ecologist at the University of Minnesota who reviewed the paper for the journal</s13>. || But <s14>he</s14> <q14>said</q14> <c14>the trend was “unmistakable.”</c14>

<c15>Lakeside homeowners have watched property values stall</c15>, <q15>according to</q15> <s15>local real estate agents</s15>. || <c16>“People used to ask about the view,”</c16> <q16>said</q16> <s16>one agent</s16>, <r16>who asked not to be named because she did not want to hurt her clients’ sales</r16>. || <c16>“Now they ask about the water.”</c16>
""",
    {1: "doc analysis", 2: "doc analysis", 3: "np halvorsen", 4: "np halvorsen", 5: "doc usgs-data",
     6: "dc farm-bureau resp=declined", 7: "ax some-farmers", 8: "np brekke", 9: "no sorensen",
     10: "no sorensen", 11: "doc legislative-auditor-report", 12: "norg agriculture-department",
     13: "np oyelaran", 14: "np oyelaran", 15: "ax real-estate-agents", 16: "ax real-estate-agents"},
    notes={1: "an analysis by named researchers: typed document; alt: named_organization",
           15: "unnamed agents: an occupation, not an official position; alt: anonymous_familiar",
           16: "one of the agents: anonymous_other"},
    footer=("Comments are closed.", "Most Read", "Sign up for Morning Headlines"))


if __name__ == "__main__":
    main()
