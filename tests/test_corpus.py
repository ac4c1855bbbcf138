"""The committed gold files keep the contract of ANNOTATION.md section 3, and the splits stay apart."""

import json
from pathlib import Path

import pytest

from auditor.types import SOURCE_TYPES, UNATTRIBUTED

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted((ROOT / "corpus" / "articles").glob("*.jsonl")) + [ROOT / "seeds" / "nbc-us-china-fentanyl.gold.jsonl"]
RESPONSES = {"declined", "no_response", "unreachable"}


def articles(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_keeps_the_contract(path):
    for article in articles(path):
        text = article["text"]
        previous_end = 0
        for sentence in article["sentences"]:
            start, end = sentence["start"], sentence["end"]
            assert previous_end <= start < end <= len(text), (article["id"], start)
            assert text[start:end] == sentence["text"]
            assert sentence["labels"] == sorted(set(sentence["labels"]))
            assert set(sentence["labels"]) <= set(SOURCE_TYPES) | {UNATTRIBUTED}
            previous_end = end
            for attribution in sentence["attributions"]:
                assert attribution["type"] in SOURCE_TYPES
                if attribution["type"] == "declined_comment" and "response" in attribution:
                    assert attribution["response"] in RESPONSES
                for key, spans in (("source", [attribution.get("source_span")]), ("cue", [attribution.get("cue_span")])):
                    for span in spans:
                        if span is not None and attribution.get(key) is not None:
                            assert text[span["start"]:span["end"]] == attribution[key], (article["id"], attribution[key])
                for span in attribution.get("content_spans", []):
                    assert 0 <= span["start"] < span["end"] <= len(text)
        for excluded in article.get("excluded", []):
            assert text[excluded["start"]:excluded["end"]] == excluded["text"]


def test_splits_are_disjoint_and_name_existing_articles():
    splits = json.loads((ROOT / "corpus" / "splits.json").read_text(encoding="utf-8"))
    written = {a["id"] for path in (ROOT / "corpus" / "articles").glob("*.jsonl") for a in articles(path)}
    keys = [key for key in splits if key.startswith("written_")]
    groups = [set(splits[key]) for key in keys]
    assert all(group <= written for group in groups)
    assert sum(len(g) for g in groups) == len(set().union(*groups)) == len(written)
    assert not set(splits["polnear_train_train"]) & set(splits["polnear_train_heldout"])
