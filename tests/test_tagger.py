"""The tagger end to end on a tiny BERT (built here, nothing downloaded) and the BIO decoding."""

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from auditor.models import bio  # noqa: E402
from auditor.polnear import GoldAttribution  # noqa: E402
from auditor.types import Attribution, Span  # noqa: E402

TINY_BERT = {
    "vocab_size": 30522,
    "hidden_size": 32,
    "num_hidden_layers": 2,
    "num_attention_heads": 2,
    "intermediate_size": 64,
    "max_position_embeddings": 128,
}

SENTENCES = [
    ("Maria Lopez", "said", "the bridge will reopen in May"),
    ("Two officials", "said", "the talks had stalled"),
    ("The mayor", "said", "taxes would not rise"),
    ("A spokesman", "said", "the plant was safe"),
]


def write_split(folder: Path, copies: int) -> None:
    """A PolNeAR-shaped split: text/ and attributions/ in brat standoff."""
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir(parents=True)
    for n in range(copies):
        text, ann, t = "", [], 0
        for k, (source, cue, content) in enumerate(SENTENCES[n % 2:] + SENTENCES[:n % 2]):
            filler = "The weather was mild. " if k % 2 else ""
            sentence = f"{filler}{source} {cue} {content}.\n\n"
            base = len(text) + len(filler)
            spans = {
                "Source": (base, base + len(source)),
                "Cue": (base + len(source) + 1, base + len(source) + 1 + len(cue)),
                "Content": (base + len(source) + len(cue) + 2, base + len(source) + len(cue) + 2 + len(content)),
            }
            ids = {}
            for label, (s, e) in spans.items():
                t += 1
                ids[label] = f"T{t}"
                ann.append(f"T{t}\t{label} {s} {e}\t{sentence[s - len(text):e - len(text)]}")
            t += 1
            ann.append(f"T{t}\tAttribution {spans['Cue'][0]} {spans['Cue'][1]}\t{cue}")
            ann.append(f"E{k + 1}\tAttribution:T{t} Source:{ids['Source']} Cue:{ids['Cue']} Content:{ids['Content']}")
            text += sentence
        (folder / "text" / f"art{n}.txt").write_text(text, encoding="utf-8")
        (folder / "attributions" / f"art{n}_ann1.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")


def test_decode_spans_exact_offsets_and_grouping():
    text = "“We will win,” Smith said on Monday.  Officials expect a deal, a report said."
    enc_offsets, labels = [], []
    tags = {
        "“": "B-content", "We": "I-content", "will": "I-content", "win": "I-content", ",": "I-content",
        "”": "I-content", "Smith": "B-source", "said": "B-cue", "Officials": "B-content",
        "expect": "I-content", "a": "I-content", "deal": "I-content",
    }
    position, seen_said, seen_a = 0, 0, 0
    for piece in ["“", "We", "will", "win", ",", "”", "Smith", "said", "on", "Monday", ".", "Officials", "expect",
                  "a", "deal", ",", "a", "report", "said", "."]:
        start = text.index(piece, position)
        position = start + len(piece)
        enc_offsets.append((start, position))
        tag = tags.get(piece, "O")
        if piece == "said":
            seen_said += 1
            tag = "B-cue"
        if piece == "a":
            seen_a += 1
            tag = "I-content" if seen_a == 1 else "B-source"
        if piece == "report":
            tag = "I-source"
        if piece == "," and seen_a:
            tag = "O"
        labels.append(bio.LABELS.index(tag))
    spans = bio.decode_spans(text, enc_offsets, labels)
    got = [(s.role, text[s.span.start:s.span.end]) for s in spans]
    assert got == [
        ("content", "“We will win,”"), ("source", "Smith"), ("cue", "said"),
        ("content", "Officials expect a deal"), ("source", "a report"), ("cue", "said"),
    ]
    attributions = bio.group_attributions(text, spans)
    assert [(text[a.source.start:a.source.end], text[a.cue.start:a.cue.end], [text[c.start:c.end] for c in a.content])
            for a in attributions] == [
        ("Smith", "said", ["“We will win,”"]),
        ("a report", "said", ["Officials expect a deal"]),
    ]
    assert all(a.origin == "model" and a.type is None for a in attributions)


def test_gold_labels_round_trip_and_viterbi_constraint():
    text = "Smith said taxes rise."
    offsets = [(0, 5), (6, 10), (11, 16), (17, 21), (21, 22)]
    gold = [GoldAttribution(source=(Span(0, 5),), cue=(Span(6, 10),), content=(Span(11, 21),))]
    labels = bio.gold_labels(text, offsets, gold)
    assert [bio.LABELS[i] for i in labels] == ["B-source", "B-cue", "B-content", "I-content", "O"]
    # an I- right after O is not allowed: the best allowed path starts a span there instead
    import math

    lp = [[math.log(0.9) if j == 0 else math.log(0.1 / 6) for j in range(7)],
          [math.log(0.6) if bio.LABELS[j] == "I-cue" else math.log(0.4 / 6) for j in range(7)]]
    path = bio.viterbi(lp)
    assert bio.allowed_transition(path[0], path[1])
    assert bio.make_windows([4, 1, 1, 4, 1, 1, 1, 4, 1, 1], size=4, overlap=2)[0] == (0, 4)
    windows = bio.make_windows([4, 1, 1, 4, 1, 1, 1, 4, 1, 1], size=4, overlap=2)
    covered = {i for s, e in windows for i in range(s, e)}
    assert covered == set(range(10)) and windows[-1][1] == 10


def _probs(*rows):
    """Log probabilities from rows of {label: probability} (the rest share what is left)."""
    import math

    out = []
    for row in rows:
        rest = (1.0 - sum(row.values())) / (len(bio.LABELS) - len(row))
        out.append([math.log(row.get(label, rest)) for label in bio.LABELS])
    return out


# (label_bias, min_content_confidence, roles decoded from the same probabilities)
DECODING_CASES = [
    ({}, 0.0, ["source", "cue", "content"]),
    # a content start at probability 0.55 loses to O once B-content costs 2 nats
    ({"B-content": -2.0}, 0.0, ["source", "cue"]),
    # biases on other labels leave it alone
    ({"B-source": -0.1}, 0.0, ["source", "cue", "content"]),
    # the floor drops the content span (mean probability 0.55) but never a source or cue
    ({}, 0.6, ["source", "cue"]),
    ({}, 0.5, ["source", "cue", "content"]),
]


@pytest.mark.parametrize("bias, floor, roles", DECODING_CASES)
def test_label_bias_and_content_floor(bias, floor, roles):
    from auditor.models.tagger import AttributionTagger, TaggerConfig

    text = "Smith said taxes rise"
    offsets = ((0, 5), (6, 10), (11, 16), (17, 21))
    log_probs = _probs({"B-source": 0.95}, {"B-cue": 0.95}, {"B-content": 0.55, "O": 0.3}, {"I-content": 0.55, "O": 0.3})
    tagger = AttributionTagger.__new__(AttributionTagger)
    tagger.config = TaggerConfig(label_bias=bias, min_content_confidence=floor)
    encoding = bio.Encoding(ids=(1, 2, 3, 4), offsets=offsets, features=(0, 0, 0, 0))
    found = tagger.decode(text, encoding, log_probs)
    got = [role for a in found for role in ("source", "cue", "content")
           if (a.content if role == "content" else getattr(a, role))]
    assert got == roles


def train_tiny_tagger(tmp_path, train_articles: int, dev_articles: int, **fields) -> dict:
    """Train a tagger on the tiny test encoder over written splits; its report (model in tmp_path/model)."""
    from auditor.models.tagger import TaggerConfig
    from auditor.models.train_tagger import train_tagger

    write_split(tmp_path / "train", train_articles)
    write_split(tmp_path / "dev", dev_articles)
    config = TaggerConfig(max_length=48, overlap=16, seed=3, **fields)
    with open(tmp_path / "log.txt", "w") as log:
        return train_tagger(config, tmp_path / "train", tmp_path / "dev", tmp_path / "model",
                            log=log, encoder_config=TINY_BERT)


def test_dev_is_read_only_from_eval_from_epoch(tmp_path):
    report = train_tiny_tagger(tmp_path, 4, 1, learning_rate=3e-3, epochs=3, batch_size=8, eval_from_epoch=2)
    read = [entry["epoch"] for entry in report["history"] if "viterbi" in entry]
    assert read == [2, 3] and report["best_epoch"] in (2, 3)


def test_a_spent_time_budget_still_reads_dev_and_saves(tmp_path):
    report = train_tiny_tagger(tmp_path, 4, 1, epochs=5, batch_size=2, eval_from_epoch=5, max_minutes=1e-6)
    assert report["best_epoch"] == 1 and report["history"][0]["steps"] == 1
    assert (tmp_path / "model" / "delta.safetensors").exists()


def test_a_continuation_can_freeze_the_lower_layers(tmp_path):
    from auditor.models.tagger import AttributionTagger, TaggerConfig
    from auditor.models.train_tagger import frozen_parameters, train_tagger

    train_tiny_tagger(tmp_path, 4, 1, learning_rate=3e-3, epochs=1, batch_size=4)
    before = AttributionTagger.from_pretrained(tmp_path / "model").network.state_dict()
    config = TaggerConfig(max_length=48, overlap=16, seed=3, learning_rate=3e-3, epochs=1, batch_size=4, freeze_layers=1)
    with open(tmp_path / "log2.txt", "w") as log:
        train_tagger(config, tmp_path / "train", None, tmp_path / "continued", log=log,
                     encoder_config=TINY_BERT, init_from=tmp_path / "model")
    after = AttributionTagger.from_pretrained(tmp_path / "continued").network.state_dict()
    frozen = frozen_parameters(AttributionTagger.from_pretrained(tmp_path / "model").network, 1)
    assert "features.weight" in frozen and any(".layer.0." in n for n in frozen)
    assert not any(".layer.1." in n or n.startswith("classifier") for n in frozen)
    for name in before:
        same = torch.allclose(before[name], after[name], atol=1e-3)
        if name in frozen:
            assert same, name  # fp16 delta storage: equal within its rounding
    assert not torch.allclose(before["classifier.weight"], after["classifier.weight"], atol=1e-3)
    assert any(not torch.allclose(before[n], after[n], atol=1e-3) for n in before if ".layer.1." in n)
    assert frozen_parameters(AttributionTagger.from_pretrained(tmp_path / "model").network, 0) == set()


def test_label_bias_names_must_be_labels():
    from auditor.models.tagger import TaggerConfig

    with pytest.raises(ValueError, match="unknown label"):
        TaggerConfig.from_dict({"label_bias": {"B-quote": -1.0}})


def test_train_save_load_predict_round_trip(tmp_path):
    from auditor.models.tagger import AttributionTagger, TaggerConfig
    from auditor.models.base import read_training_config

    report = train_tiny_tagger(tmp_path, 12, 2, learning_rate=3e-3, epochs=6, batch_size=8, dropout=0.0)
    assert report["best_epoch"] >= 1 and (tmp_path / "model" / "config.json").exists()
    tagger = AttributionTagger.from_pretrained(tmp_path / "model")
    text = "Maria Lopez said the bridge will reopen in May.\n\nThe weather was mild. Two officials said the talks had stalled.\n"
    found = tagger.predict(text)
    assert found and all(isinstance(a, Attribution) and a.origin == "model" for a in found)
    for a in found:
        for s in [a.source, a.cue, *a.content]:
            if s is not None:
                assert 0 <= s.start < s.end <= len(text) and text[s.start:s.end] == text[s.start:s.end].strip()
        assert 0.0 < a.confidence <= 1.0
    cues = {text[a.cue.start:a.cue.end] for a in found if a.cue}
    assert cues == {"said"}
    # saving again and reloading gives the same predictions
    tagger.save_pretrained(tmp_path / "again")
    assert AttributionTagger.from_pretrained(tmp_path / "again").predict(text) == found
    # a saved config.json is a training config (retraining the shipped configuration)
    assert TaggerConfig.from_dict(read_training_config(str(tmp_path / "model" / "config.json"), "tagger")) == tagger.config
    # int8 dynamic quantisation (AuditConfig.quantize) leaves a working tagger
    from auditor.models.base import prepare_for_inference

    tagger.network = prepare_for_inference(tagger.network, quantize=True, threads=1)
    assert all(isinstance(a, Attribution) for a in tagger.predict(text))


@pytest.mark.parametrize("device, message", [("gpu", "unknown device 'gpu'"), ("cuda", "no CUDA GPU")])
def test_train_commands_refuse_a_device_they_cannot_use(tmp_path, monkeypatch, device, message):
    import torch
    from click.testing import CliRunner

    from auditor.models.train_tagger import train_tagger_command
    from auditor.models.train_typer import train_typer_command

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    write_split(tmp_path / "train", 1)
    (tmp_path / "labels.tsv").write_text("split\tarticle\tstart\tend\ttype\tresponse\tnote\n")
    runs = [
        (train_tagger_command, ["--train", str(tmp_path / "train"), "--out", str(tmp_path / "tagger")]),
        (train_typer_command, ["--out", str(tmp_path / "typer"), "--labels", str(tmp_path / "labels.tsv"),
                               "--polnear", str(tmp_path)]),
    ]
    for command, args in runs:
        result = CliRunner().invoke(command, [*args, "--device", device])
        assert result.exit_code == 1 and message in result.output
        assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "tagger").exists() and not (tmp_path / "typer").exists()


@pytest.mark.parametrize("text, pieces, tags, expected", [
    # a span tagged on a word's first wordpiece takes the whole word ("Orlić" is "or" + "##lic" uncased)
    ("Orlić called", [(0, 2), (2, 5), (6, 12)], ["B-source", "O", "B-cue"], [("source", "Orlić"), ("cue", "called")]),
    # and one that starts inside a word starts at the word ("so admires" cut after "admire")
    ("so admires", [(0, 2), (3, 9), (9, 10)], ["B-cue", "I-cue", "O"], [("cue", "so admires")]),
    # two pieces of one word tagged as two cues are one cue
    ("Bookkeeper testifies", [(0, 10), (11, 15), (15, 20)], ["B-source", "B-cue", "B-cue"],
     [("source", "Bookkeeper"), ("cue", "testifies")]),
    # negative: a hyphen is an edge ("U.S.-based")
    ("U.S.-based", [(0, 4), (4, 5), (5, 10)], ["B-source", "O", "O"], [("source", "U.S.")]),
])
def test_decode_spans_keep_whole_words(text, pieces, tags, expected):
    labels = [bio.LABELS.index(tag) for tag in tags]
    assert [(s.role, text[s.span.start:s.span.end]) for s in bio.decode_spans(text, pieces, labels)] == expected
