"""The source typer: the mention heuristics, and train -> save -> load -> predict on a tiny model."""

from __future__ import annotations

import io
import json

import pytest

from auditor.mentions import build_context, find_evidence, first_full_mention, is_person_like, is_pronoun, is_short_name, mark
from auditor.types import Span

ARTICLE = (
    "WASHINGTON — Defense Secretary Lloyd Austin said on Tuesday that the drills would go ahead. "
    "Jane Doe, a nurse in Tulsa, said she had not heard of them. "
    "\u201cWe are ready,\u201d Austin said. Later he said more ships would come. "
    "Two defense officials said the plan was set. The officials said it would cost more."
)


def span_of(text: str, needle: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


MENTIONS = [
    span_of(ARTICLE, "Defense Secretary Lloyd Austin"),
    span_of(ARTICLE, "Jane Doe, a nurse in Tulsa,"),
    span_of(ARTICLE, "she"),
    span_of(ARTICLE, "Austin", 1),
    span_of(ARTICLE, "he said more", 0),
    span_of(ARTICLE, "Two defense officials"),
    span_of(ARTICLE, "The officials"),
]
MENTIONS[4] = Span(MENTIONS[4].start, MENTIONS[4].start + 2)


def test_kinds_of_mentions():
    assert is_pronoun("He") and is_pronoun("who") and not is_pronoun("Austin")
    assert is_short_name("Austin") and is_short_name("Mr. Austin") and is_short_name("Lloyd Austin")
    assert not is_short_name("Jane Doe, a nurse in Tulsa,") and not is_short_name("two defense officials")


def test_bare_surname_points_to_the_first_full_mention():
    assert find_evidence(ARTICLE, MENTIONS[3], MENTIONS) == MENTIONS[0]


def test_bare_surname_without_mentions_finds_the_name_in_the_text():
    evidence = first_full_mention(ARTICLE, MENTIONS[3])
    assert evidence is not None and evidence.text(ARTICLE).endswith("Lloyd Austin")


def test_a_transcript_label_in_capitals_points_to_the_full_name():
    text = "County health officer Dr. Ingrid Solvang sat down with us.\n\nSOLVANG: Part of it is warmer winters."
    label = Span(text.index("SOLVANG"), text.index("SOLVANG") + 7)
    evidence = first_full_mention(text, label)
    assert evidence is not None and evidence.text(text).endswith("Ingrid Solvang")
    # negative: a short all-caps word is an acronym, not a name in capitals
    acronym = "The Nato summit began.\n\nNATO: We agree."
    assert first_full_mention(acronym, Span(acronym.index("NATO:"), acronym.index("NATO:") + 4)) is None


def test_pronoun_points_to_the_nearest_person_then_to_the_full_name():
    assert find_evidence(ARTICLE, MENTIONS[2], MENTIONS) == MENTIONS[1]
    # "he" follows the bare "Austin", which is itself resolved to the full mention
    assert find_evidence(ARTICLE, MENTIONS[4], MENTIONS) == MENTIONS[0]


def test_pronoun_without_source_mentions_takes_the_nearest_name():
    text = "Senator Maria Lopez spoke in Denver. Then she said the bill was dead."
    evidence = find_evidence(text, span_of(text, "she"), [])
    assert evidence is not None and "Maria Lopez" in evidence.text(text)


def test_surname_skips_possessives_and_modifiers():
    text = ("The Clinton campaign said it was pleased. Clinton supporters cheered. "
            "Former Secretary of State Hillary Clinton said she would win. Clinton said so again.")
    mentions = [span_of(text, "The Clinton campaign"), span_of(text, "Clinton supporters"),
                span_of(text, "Former Secretary of State Hillary Clinton"), span_of(text, "Clinton said so")]
    mentions[3] = Span(mentions[3].start, mentions[3].start + len("Clinton"))
    assert find_evidence(text, mentions[3], mentions) == mentions[2]


def test_person_pronoun_skips_institutions_and_it_skips_people():
    text = ("Mayor Ana Ruiz spoke first. The city council said it would vote. "
            "Then she said the vote was close, and the council said it agreed.")
    mentions = [span_of(text, "Mayor Ana Ruiz"), span_of(text, "The city council"),
                span_of(text, "she"), span_of(text, "the council"), span_of(text, "it agreed")]
    mentions[4] = Span(mentions[4].start, mentions[4].start + 2)
    assert find_evidence(text, mentions[2], mentions) == mentions[0]
    assert find_evidence(text, mentions[4], mentions) in (mentions[1], mentions[3])


@pytest.mark.parametrize("mention, person", [
    ("Fox News' Megyn Kelly", True),
    ("A former federal prosecutor, Alan Reisner,", True),  # a description, then the name
    ("the engineer, Kevin Yoon", True),
    ("Harborline’s chief executive, Dana Whitcomb", True),
    ("The company, Harborline Foods", False),  # an institution's name in apposition
    ("The panel’s top Republican, Sen. Judith Carrow of Kansas", True),  # title and place around the name
    ("The company, Harborline Foods of Ohio", False),
    ("The system, Bramwell Health", False),  # a hospital system
    ("The Washington Post, a newspaper", False),
    ("Hanlin Daily, the ruling party’s flagship newspaper", False),  # a paper by its name or its appositive
    ("Business Hanlin, a newspaper overseen by the State Council", False),
    ("Ann Daily-Roe", True),  # negative: a name
    ("U.S. Customs and Border Protection", False),  # an institution's name by its last word
    ("the Lakeview Housing Authority", False),
    ("Jim Banks", True),  # negative: a surname like a noun, but not an institution's
    ("six current employees interviewed by the Chieftain Ledger", False),  # people counted, not named
    ("One longtime Burgundy buyer in New York", True),  # negative: one person, whom a "he" may stand for
    ("Others", False),  # people, capitalised to open a sentence
    ("Critics", False),
    ("the Clinton campaign", False),
    ("two defense officials", False),
])
def test_person_like_mentions(mention, person):
    assert is_person_like(mention) is person


def test_pronoun_skips_a_person_named_earlier_for_one_named_in_apposition():
    text = ("Curtis Penhallow declined to comment. A former federal prosecutor, Alan Reisner, said cases turn on "
            "records. “Prosecutors will want to know,” he said.")
    mentions = [span_of(text, "Curtis Penhallow"), span_of(text, "A former federal prosecutor, Alan Reisner"),
                span_of(text, "he said")]
    mentions[2] = Span(mentions[2].start, mentions[2].start + 2)
    assert find_evidence(text, mentions[2], mentions) == mentions[1]


@pytest.mark.parametrize("text, pronoun, expected", [
    # the phrase right before a relative pronoun, not the last source mention
    ("“That’s right,” Melanie said to the Republican nominee for president, who began his speech.",
     "who", "the Republican nominee for president"),
    ("Melanie praised Kaine, a former civil rights lawyer who said he was proud.", "who", "a former civil rights lawyer"),
    ("Melanie cited Jared Diamond's 2005 best seller, which said collapse was a choice.",
     "which", "Jared Diamond's 2005 best seller"),
    ("Melanie spoke about visas sold primarily to wealthy Chinese citizens, who say it works.",
     "who", "wealthy Chinese citizens"),
    # a source mention right before the pronoun is its antecedent
    ("Melanie spoke. Senator Ruth Lin, who chairs the panel, said no.", "who", "Senator Ruth Lin"),
])
def test_relative_pronoun_takes_the_phrase_before_it(text, pronoun, expected):
    mentions = [span_of(text, "Melanie")]
    if "Ruth Lin" in text:
        mentions.append(span_of(text, "Senator Ruth Lin"))
    start = text.index(f" {pronoun} ") + 1
    mention = Span(start, start + len(pronoun))
    evidence = find_evidence(text, mention, mentions + [mention])
    assert evidence is not None and evidence.text(text) == expected


def test_short_description_points_to_the_same_head_noun():
    assert find_evidence(ARTICLE, MENTIONS[6], MENTIONS) == MENTIONS[5]


def test_full_mentions_have_no_evidence():
    assert find_evidence(ARTICLE, MENTIONS[0], MENTIONS) is None
    assert find_evidence(ARTICLE, MENTIONS[5], MENTIONS) is None


def test_marking_keeps_the_mention_and_its_place():
    marked, where = mark(ARTICLE, MENTIONS[3], 40)
    assert "<< Austin >>" in marked
    assert marked[where.start:where.end] == "Austin"
    context = build_context(ARTICLE, MENTIONS[3], MENTIONS, cue=span_of(ARTICLE, "said", 2))
    assert context.evidence == MENTIONS[0]
    assert context.extra.startswith("said | ") and "[[ Defense Secretary Lloyd Austin ]]" in context.extra


# -- the model, tiny ------------------------------------------------------------------

torch = pytest.importorskip("torch")


def tiny_config(**changes):
    from auditor.models.typer import TyperConfig

    encoder = {"vocab_size": 30522, "hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 2,
               "intermediate_size": 64, "max_position_embeddings": 256}
    values = dict(encoder="custom", encoder_config=encoder, epochs=3, written_repeat=1, batch_size=4, learning_rate=3e-3,
                  head_learning_rate=3e-3, oversample_min=0, context_chars=60, evidence_chars=30, max_length=64)
    values.update(changes)
    return TyperConfig(**values)


def typed_article():
    from auditor.models.train_typer import TypedArticle

    types = ("named_official", "named_person", "named_person", "named_official", "named_official",
             "anonymous_official", "anonymous_official")
    return TypedArticle("test", "written:test", ARTICLE, tuple(MENTIONS), (None,) * len(MENTIONS), types)


def test_head_reads_cls_and_the_mean_of_the_mention_tokens():
    # the network computes its last layer only at [CLS] and the mention; check it against the full states
    from auditor.models.typer import SourceTyper

    network = SourceTyper.new(tiny_config()).network.eval()
    ids = torch.randint(1000, 2000, (3, 12))
    attention = torch.ones(3, 12, dtype=torch.long)
    attention[2, 8:] = 0
    mention = torch.zeros(3, 12, dtype=torch.long)
    mention[0, 2:5] = 1
    mention[1, 7] = 1  # row 2: no mention token (cut off by truncation), pooled as zeros
    segments = torch.zeros_like(ids)
    with torch.no_grad():
        got = network(ids, attention, segments, mention)
        states = network.encoder(input_ids=ids, attention_mask=attention, token_type_ids=segments).last_hidden_state
        weights = mention.unsqueeze(-1).float()
        pooled = torch.cat([states[:, 0], (states * weights).sum(1) / weights.sum(1).clamp(min=1.0)], dim=-1)
        want = network.head(pooled)
    assert torch.allclose(got, want, atol=1e-5)


def test_train_save_load_predict(tmp_path):
    from auditor.models.train_typer import evaluate_typer, train_typer
    from auditor.models.typer import SourceTyper

    article = typed_article()
    typer, summary = train_typer(tiny_config(), [article] * 4, [article], tmp_path / "typer", log=io.StringIO())
    assert summary["train_mentions"] == 28
    saved = json.loads((tmp_path / "typer" / "config.json").read_text())
    assert saved["labels"][0] == "named_official" and saved["typer"]["encoder"] == "custom"

    loaded = SourceTyper.from_pretrained(tmp_path / "typer")
    before = typer.predict(ARTICLE, MENTIONS)
    after = loaded.predict(ARTICLE, MENTIONS)
    assert [p.type for p in before] == [p.type for p in after]
    for one, two in zip(before, after):
        assert one.confidence == pytest.approx(two.confidence, abs=2e-2)  # float16 weights
        assert set(two.probabilities) == set(loaded.config.labels)
    assert after[3].evidence == MENTIONS[0]
    metrics = evaluate_typer(loaded, [article])
    assert set(metrics) >= {"macro_f1", "per_type", "anonymous"}
    assert 0.0 <= metrics["anonymous"]["precision"] <= 1.0


def test_training_is_seeded(tmp_path):
    from auditor.models.train_typer import train_typer

    article = typed_article()
    quiet = io.StringIO()
    one, _ = train_typer(tiny_config(epochs=1), [article], [], log=quiet)
    two, _ = train_typer(tiny_config(epochs=1), [article], [], log=quiet)
    p1 = one.predict(ARTICLE, MENTIONS)
    p2 = two.predict(ARTICLE, MENTIONS)
    assert [p.probabilities for p in p1] == [p.probabilities for p in p2]


def test_time_budget_stops_training_and_keeps_the_tune_checkpoint(tmp_path):
    from auditor.models.train_typer import train_typer

    article = typed_article()
    typer, summary = train_typer(tiny_config(epochs=5, max_minutes=1e-6), [article] * 4, [article],
                                 tmp_path / "typer", log=io.StringIO())
    assert summary["tune"]["step"] == 1 and summary["tune"]["epoch"] == 1
    assert (tmp_path / "typer" / "delta.safetensors").exists() and summary["device"] == "cpu"


def test_int8_typer_still_predicts(tmp_path):
    from auditor.models.base import prepare_for_inference
    from auditor.models.train_typer import train_typer

    typer, _ = train_typer(tiny_config(epochs=1), [typed_article()], [], log=io.StringIO())
    before = [p.type for p in typer.predict(ARTICLE, MENTIONS)]
    typer.network = prepare_for_inference(typer.network, quantize=True, threads=1)
    after = typer.predict(ARTICLE, MENTIONS)
    assert len(after) == len(before) and all(p.type in typer.config.labels for p in after)


def test_a_saved_config_json_is_a_training_config(tmp_path):
    from auditor.models.base import read_training_config
    from auditor.models.train_typer import train_typer
    from auditor.models.typer import TyperConfig

    config = tiny_config(epochs=1, seed=7, context_chars=50)
    train_typer(config, [typed_article()], [], tmp_path / "typer", log=io.StringIO())
    assert TyperConfig.from_dict(read_training_config(str(tmp_path / "typer" / "config.json"), "typer")) == config


def test_training_can_continue_from_a_saved_typer(tmp_path):
    from auditor.models.train_typer import train_typer

    article = typed_article()
    train_typer(tiny_config(epochs=1), [article], [], tmp_path / "first", log=io.StringIO())
    typer, summary = train_typer(tiny_config(epochs=1), [article], [article], tmp_path / "second",
                                 log=io.StringIO(), init_from=tmp_path / "first")
    assert summary["tune"]["mentions"] == len(MENTIONS)
    assert not typer.network.encoder.embeddings.word_embeddings.weight.requires_grad


def test_predict_checks_cues_and_handles_no_mentions():
    from auditor.models.typer import SourceTyper

    typer = SourceTyper.new(tiny_config())
    assert typer.predict(ARTICLE, []) == []
    with pytest.raises(ValueError, match="one cue"):
        typer.predict(ARTICLE, MENTIONS, [None])


def test_missing_model_folder_is_one_clear_error(tmp_path):
    from auditor.models.base import ModelFilesError
    from auditor.models.typer import SourceTyper

    with pytest.raises(ModelFilesError, match="no model in"):
        SourceTyper.from_pretrained(tmp_path / "nothing")


def test_scores_treat_the_anonymous_types_as_one_group():
    from auditor.models.train_typer import score_types

    gold = ["anonymous_official", "anonymous_familiar", "named_official", "document"]
    predicted = ["anonymous_familiar", "anonymous_familiar", "anonymous_other", "document"]
    scores = score_types(gold, predicted)
    assert scores["anonymous"]["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert scores["anonymous"]["recall"] == 1.0
    assert scores["per_type"]["document"]["f1"] == 1.0


def _gold_record(article_id: str) -> dict:
    text = "Two defense officials said the drills would go ahead."
    source = span_of(text, "Two defense officials")
    return {"id": article_id, "style": "national_security", "text": text, "sentences": [{
        "start": 0, "end": len(text), "labels": ["anonymous_sourcing"],
        "attributions": [{"source_span": [source.start, source.end], "cue_span": [22, 26],
                          "type": "anonymous_official"}]}]}


def test_extra_training_articles_are_added_once_and_heldout_ones_refused(tmp_path):
    from auditor.models.train_typer import with_extra_articles

    path = tmp_path / "more.jsonl"
    path.write_text(json.dumps(_gold_record("x1")) + "\n" + json.dumps(_gold_record("x1")) + "\n", encoding="utf-8")
    train = with_extra_articles([], {"written_heldout": ["h1"]}, [path])
    assert [(a.name, a.types) for a in train] == [("x1", ("anonymous_official",))]
    assert with_extra_articles(train, {}, [path]) == train
    path.write_text(json.dumps(_gold_record("h1")) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="h1 is a HELD-OUT article"):
        with_extra_articles([], {"written_heldout": ["h1"]}, [path])


def test_evaluate_names_a_missing_labels_file_in_one_line(tmp_path):
    pytest.importorskip("torch")
    from click.testing import CliRunner

    from auditor.models.train_typer import main

    result = CliRunner().invoke(main, ["evaluate", "--labels", str(tmp_path / "missing.tsv")])
    assert result.exit_code == 1
    assert "missing.tsv" in result.output and "Traceback" not in result.output and result.output.count("\n") == 1
