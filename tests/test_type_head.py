"""The tagger's type head: states from the tagger's pass, features, train -> save -> load -> predict,
mixing with the typer, the tagger check, and the pipeline's fast mode, on tiny models built here."""

import io
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from auditor.models.base import ModelFilesError  # noqa: E402
from auditor.models.train_typer import TypedArticle  # noqa: E402
from auditor.types import SOURCE_TYPES, Span  # noqa: E402

TINY_BERT = {"vocab_size": 30522, "hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 2,
             "intermediate_size": 64, "max_position_embeddings": 128}

TEXT = (
    "Defense Secretary Lloyd Austin said the drills would go ahead. Two defense officials said the plan was set. "
    "Austin said more ships would come, and he said the cost was known. A person familiar with the talks said "
    "little. The company declined to comment. According to court filings, the firm paid. Reuters reported it."
)


def span_of(needle: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(needle, start + 1)
    return Span(start, start + len(needle))


MENTIONS = [("Defense Secretary Lloyd Austin", "named_official"), ("Two defense officials", "anonymous_official"),
            ("Austin", "named_official"), ("he", "named_official"), ("A person familiar with the talks", "anonymous_familiar"),
            ("The company", "declined_comment"), ("court filings", "document"), ("Reuters", "media_report")]


def article() -> TypedArticle:
    mentions = tuple(span_of(m, 1 if m == "Austin" else 0) if m != "he" else span_of(" he ") for m, _ in MENTIONS)
    mentions = tuple(Span(m.start + 1, m.end - 1) if TEXT[m.start] == " " else m for m in mentions)
    return TypedArticle("t", "written:test", TEXT, mentions, (None,) * len(mentions), tuple(t for _, t in MENTIONS))


@pytest.fixture(scope="module")
def tiny_tagger(tmp_path_factory):
    from auditor.models.tagger import AttributionTagger, TaggerConfig

    folder = tmp_path_factory.mktemp("tagger")
    torch.manual_seed(0)
    tagger = AttributionTagger.create(TaggerConfig(max_length=48, overlap=16), encoder_config=TINY_BERT)
    tagger.save_pretrained(folder)
    return AttributionTagger.from_pretrained(folder), folder


def test_states_come_from_the_same_pass_as_the_tags(tiny_tagger):
    tagger, _ = tiny_tagger
    encoding = tagger.encode(TEXT)
    assert len(tagger.windows(encoding)) > 1  # several windows: states are stitched like the tags
    log_probs, states = tagger.read(encoding, keep_layer=2)
    assert log_probs == tagger.token_log_probs(encoding)
    assert tuple(states.shape) == (len(encoding.ids), 32)
    # a word in the middle of the first window reads the first window's state
    ids = torch.tensor([[tagger.cls_id, *encoding.ids[:46], tagger.sep_id]])
    feats = torch.tensor([[0, *encoding.features[:46], 0]])
    with torch.no_grad():
        _, kept = tagger.network(ids, torch.ones_like(ids), feats, keep_layer=2)
    assert torch.allclose(states[10], kept[0, 11], atol=1e-5)
    attributions, token_states = tagger.predict_with_states(TEXT, 1)
    assert attributions == tagger.predict(TEXT) and token_states.layer == 1


def test_features_pool_mention_cue_evidence_and_flags(tiny_tagger):
    from auditor.models.type_head import FLAGS, POOLS, mention_features

    tagger, _ = tiny_tagger
    a = article()
    _, states = tagger.predict_with_states(TEXT, 2)
    cues = [span_of("said")] + [None] * (len(a.mentions) - 1)
    rows = mention_features(TEXT, states, a.mentions, cues, 4)
    assert tuple(rows.shape) == (len(a.mentions), len(POOLS) * 32 + len(FLAGS))
    flags = rows[:, -len(FLAGS):]
    assert flags[0, 0] == 1 and flags[1, 0] == 0  # has_cue
    assert flags[0, 1] == 0 and flags[2, 1] == 1 and flags[3, 1] == 1  # a full name has no evidence; "Austin", "he" do
    assert flags[3, 2] == 1 and flags[0, 2] == 0  # is_pronoun
    cue_pool = slice(2 * 32, 3 * 32)
    assert rows[1, cue_pool].abs().sum() == 0 and rows[0, cue_pool].abs().sum() > 0


def test_train_save_load_predict_round_trip(tiny_tagger, tmp_path):
    from auditor.models.type_head import TypeHead, TypeHeadConfig, article_features, train_head

    tagger, tagger_folder = tiny_tagger
    config = TypeHeadConfig(hidden=16, epochs=40, learning_rate=1e-2, batch_size=4, dropout=0.0, input_dropout=0.0, seed=5)
    x, y = article_features(tagger, [article()], config, log=io.StringIO())
    log = io.StringIO()
    head = train_head(config, x, y, (x, y), log=log)
    assert "epoch 40/40" in log.getvalue() and "TUNE macro-F1" in log.getvalue()
    head.tagger_digest = "x"  # trained in the test, so no tagger check on reload
    head.save_pretrained(tmp_path / "head")
    again = TypeHead.from_pretrained(tmp_path / "head")
    _, states = tagger.predict_with_states(TEXT, config.layer)
    a = article()
    before = head.predict(TEXT, states, a.mentions, a.cues)
    after = again.predict(TEXT, states, a.mentions, a.cues)
    assert [p.type for p in before] == [p.type for p in after]
    # eight mentions, one of each of eight types, learned by heart
    assert sum(p.type == t for p, t in zip(after, a.types)) >= 7
    assert all(set(p.probabilities) == set(SOURCE_TYPES) for p in after)
    assert after[3].evidence is not None  # "he" points at its antecedent


def test_a_head_refuses_another_tagger(tiny_tagger, tmp_path):
    from auditor.models.type_head import TypeHead, TypeHeadConfig

    head = TypeHead.new(TypeHeadConfig(hidden=8), 32)
    head.tagger_digest = "0" * 64
    head.save_pretrained(tmp_path / "head")
    with pytest.raises(ModelFilesError, match="trained on another tagger.*auditor train type-head"):
        TypeHead.from_pretrained(tmp_path / "head", tiny_tagger[1])
    with pytest.raises(ValueError, match="reads layer 2"):
        _, states = tiny_tagger[0].predict_with_states(TEXT, 1)
        head.log_probabilities(TEXT, states, [Span(0, 6)], [None])


@pytest.mark.parametrize("weight, expected", [(0.0, "typer"), (1.0, "head")])
def test_mix_weights(weight, expected):
    from auditor.models.type_head import mix

    typer = [[0.7, 0.2, 0.1]]
    head = torch.log(torch.tensor([[0.1, 0.1, 0.8]]))
    mixed = mix(typer, head, weight)[0]
    want = typer[0] if expected == "typer" else [0.1, 0.1, 0.8]
    assert mixed == pytest.approx(want, abs=1e-5)
    halfway = mix(typer, head, 0.5)[0]
    assert halfway[2] > 0.1 and halfway[0] < 0.7 and sum(halfway) == pytest.approx(1.0)


def test_config_rejects_unknown_fields():
    from auditor.models.type_head import TypeHeadConfig

    with pytest.raises(ValueError, match="unknown type-head config field"):
        TypeHeadConfig.from_dict({"hiden": 3})


def test_fast_mode_types_with_the_head_alone(tiny_tagger, tmp_path):
    from auditor.models.type_head import TypeHead, TypeHeadConfig, file_digest
    from auditor.pipeline import AuditConfig, Auditor

    tagger, tagger_folder = tiny_tagger
    models = tmp_path / "models"
    tagger.save_pretrained(models / "tagger")
    head = TypeHead.new(TypeHeadConfig(hidden=8), 32)
    head.tagger_digest = file_digest(models / "tagger" / "delta.safetensors")
    head.save_pretrained(models / "type_head")
    auditor = Auditor(AuditConfig(models_dir=models, fast_types=True))
    assert auditor.typer is None and auditor.mode == {"attributor": "model", "classifier": "type-head"}
    doc = auditor.audit_text(TEXT)
    assert all(a.type in SOURCE_TYPES for a in doc.attributions if a.source is not None)
    # without a head to read, fast mode says what is missing
    tagger.save_pretrained(tmp_path / "bare" / "tagger")
    with pytest.raises(ModelFilesError, match="type_head"):
        Auditor(AuditConfig(models_dir=tmp_path / "bare", fast_types=True, require_models=True))


def test_training_is_seeded():
    from auditor.models.type_head import TypeHeadConfig, feature_size, train_head

    generator = torch.Generator().manual_seed(0)
    x = torch.randn(24, feature_size(8), generator=generator)
    y = torch.arange(24) % 9
    config = TypeHeadConfig(hidden=8, epochs=3, batch_size=5, seed=11)
    one, two = (train_head(config, x, y, log=io.StringIO()).network.state_dict() for _ in range(2))
    assert all(torch.equal(one[k], two[k]) for k in one)
    other = train_head(TypeHeadConfig(hidden=8, epochs=3, batch_size=5, seed=12), x, y, log=io.StringIO()).network.state_dict()
    assert not all(torch.equal(one[k], other[k]) for k in one)


def test_train_command_rejects_a_bad_config_in_one_line(tmp_path):
    from click.testing import CliRunner

    from auditor.cli import main

    (tmp_path / "polnear").mkdir()
    (tmp_path / "labels.tsv").write_text("split\tarticle\tstart\tend\ttype\tresponse\tnote\n")
    (tmp_path / "head.json").write_text('{"type_head": {"hiden": 3}}')
    result = CliRunner().invoke(main, ["train", "type-head", "--config", str(tmp_path / "head.json"), "--out",
                                       str(tmp_path / "out"), "--labels", str(tmp_path / "labels.tsv"),
                                       "--polnear", str(tmp_path / "polnear")])
    assert result.exit_code == 1
    assert "unknown type-head config field(s): hiden" in result.output and "Traceback" not in result.output


def test_train_command_refuses_a_held_out_article(tmp_path):
    import json

    from click.testing import CliRunner

    from auditor.cli import main

    held = json.loads(Path("corpus/splits.json").read_text(encoding="utf-8"))["written_heldout"][0]
    for part in ("train/text", "train/attributions", "dev/text", "dev/attributions"):
        (tmp_path / "polnear" / part).mkdir(parents=True)
    (tmp_path / "labels.tsv").write_text("split\tarticle\tstart\tend\ttype\tresponse\tnote\n")
    (tmp_path / "more.jsonl").write_text(json.dumps({"id": held, "text": "A.", "sentences": []}) + "\n")
    result = CliRunner().invoke(main, ["train", "type-head", "--out", str(tmp_path / "out"), "--labels",
                                       str(tmp_path / "labels.tsv"), "--polnear", str(tmp_path / "polnear"),
                                       "--train-articles", str(tmp_path / "more.jsonl")])
    assert result.exit_code == 1
    assert f"{held} is a HELD-OUT article" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", [
    ["typer", "--polnear", "{empty}", "--labels", "{labels}"],
    ["type-head", "--polnear", "{empty}", "--labels", "{labels}"],
    ["tagger", "--train", "{empty}", "--dev", "{empty}"],
])
def test_train_commands_name_a_wrong_polnear_folder_in_one_line(tmp_path, command):
    from click.testing import CliRunner

    from auditor.cli import main

    (tmp_path / "empty").mkdir()
    (tmp_path / "labels.tsv").write_text("split\tarticle\tstart\tend\ttype\tresponse\tnote\n")
    args = [a.format(empty=tmp_path / "empty", labels=tmp_path / "labels.tsv") for a in command]
    result = CliRunner().invoke(main, ["train", *args, "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "is not a PolNeAR split folder" in result.output and "Traceback" not in result.output
    assert result.output.count("\n") == 1 and not (tmp_path / "out").exists()


def test_the_typer_skips_mentions_the_head_is_sure_of(monkeypatch):
    from auditor.models.type_head import mix
    from auditor.models.typer import SourceTyper, TyperConfig

    encoder = {"vocab_size": 30522, "hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 2,
               "intermediate_size": 64, "max_position_embeddings": 256}
    torch.manual_seed(0)
    typer = SourceTyper.new(TyperConfig(encoder="custom", encoder_config=encoder, context_chars=60, max_length=64))
    a = article()
    mentions, cues = list(a.mentions[:3]), list(a.cues[:3])
    sure, unsure = [0.995] + [0.005 / 8] * 8, [0.5, 0.3] + [0.2 / 7] * 7
    head = torch.log(torch.tensor([sure, unsure, sure]))
    read = []
    probabilities = typer.probabilities
    monkeypatch.setattr(typer, "probabilities", lambda encoded: read.append(len(encoded)) or probabilities(encoded))
    everyone = typer.predict(TEXT, mentions, cues, head_log_probs=head, head_weight=0.4)
    cascade = typer.predict(TEXT, mentions, cues, head_log_probs=head, head_weight=0.4, head_alone_above=0.99)
    never = typer.predict(TEXT, mentions, cues, head_log_probs=head, head_weight=0.4, head_alone_above=0.0)
    assert read == [3, 1]  # all three, then only the unsure one; never: not called at all
    own = probabilities(typer.encode(typer.contexts(TEXT, mentions, cues)))
    assert [everyone[1].probabilities[t] for t in SOURCE_TYPES] == pytest.approx(mix(own, head, 0.4)[1], abs=1e-6)
    assert cascade[1].probabilities == pytest.approx(everyone[1].probabilities, abs=1e-6)
    for row in (0, 2):  # the sure ones keep the head's own answer
        assert [cascade[row].probabilities[t] for t in SOURCE_TYPES] == pytest.approx(sure, abs=1e-6)
        assert cascade[row].probabilities == never[row].probabilities
    assert [never[1].probabilities[t] for t in SOURCE_TYPES] == pytest.approx(unsure, abs=1e-6)


def test_the_head_alone_is_scored_per_corpus_and_as_the_pipeline(tiny_tagger):
    # --fast has no typer: the scores by origin read the head's labels
    from auditor.models.train_typer import evaluate_typer
    from auditor.models.type_head import TypeHead, TypeHeadConfig

    tagger, _ = tiny_tagger
    head = TypeHead.new(TypeHeadConfig(hidden=8), 32)
    for as_pipeline in (False, True):
        scores = evaluate_typer(None, [article()], by_origin=True, head=head, tagger=tagger, as_pipeline=as_pipeline)
        assert scores["mentions"] == len(article().mentions)
        assert set(scores["by_origin"]) == {article().origin.split(":")[0]}
