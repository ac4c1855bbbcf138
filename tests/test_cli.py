import json

import pytest
from click.testing import CliRunner

from auditor.cli import main

ARTICLE = "Port deal stalls\n\nThe deal stalled over fees, two officials said. The mayor said the city would wait.\n"


@pytest.fixture()
def runner():
    return CliRunner()


def test_audit_json_follows_the_contract(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(main, ["audit", "--rules-only", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    for key in ("sentences", "attributions", "scores"):
        assert key in report
    for sentence in report["sentences"]:
        assert ARTICLE[sentence["start"]:sentence["end"]] == sentence["text"]
        assert {"start", "end", "labels", "excluded"} <= set(sentence)
    attribution = report["attributions"][0]
    assert {"source", "cue", "content", "type", "source_id", "sourcing", "confidence"} <= set(attribution)
    assert ARTICLE[attribution["source"]["start"]:attribution["source"]["end"]] == "two officials"
    assert set(report["scores"]) >= {"anonymous_sentence_share", "anonymous_attributed_share",
                                     "anonymous_word_share", "lede_anonymous"}


def test_jsonl_one_report_per_input_and_bad_file_keeps_the_others(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 au lait and more words here")
    result = runner.invoke(main, ["audit", "--rules-only", "--format", "jsonl", str(good), str(bad), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    lines = [l for l in result.stdout.splitlines() if l.strip()]
    assert len(lines) == 1
    assert json.loads(lines[0])["path"] == str(good)
    assert "not valid UTF-8" in result.stderr
    assert "no such file" in result.stderr
    assert "Traceback" not in result.output


def test_stdin_and_directory(runner, tmp_path):
    result = runner.invoke(main, ["audit", "--rules-only", "--format", "json", "-"], input=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.output)["path"] is None
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "one.txt").write_text(ARTICLE)
    (tmp_path / "d" / "two.md").write_text("# Title\n\nCritics say the plan favors donors.\n")
    result = runner.invoke(main, ["audit", "--rules-only", "--format", "jsonl", str(tmp_path / "d")])
    assert result.exit_code == 0
    assert len(result.output.strip().splitlines()) == 2


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
])
def test_unusable_input_is_one_line(runner, tmp_path, content, message):
    path = tmp_path / "x.txt"
    path.write_bytes(content)
    result = runner.invoke(main, ["audit", "--rules-only", str(path)])
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_text_and_markdown_formats(runner):
    for fmt in ("text", "markdown"):
        result = runner.invoke(main, ["audit", "--rules-only", "--format", fmt, "-"], input=ARTICLE)
        assert result.exit_code == 0
        assert "two officials" in result.output


def test_unknown_format_is_a_usage_error(runner):
    result = runner.invoke(main, ["audit", "--rules-only", "--format", "pdf", "-"], input=ARTICLE)
    assert result.exit_code == 2
    assert "unknown format" in result.stderr


def test_missing_model_folder_names_the_fix(runner, tmp_path):
    result = runner.invoke(main, ["audit", "--models", str(tmp_path / "nomodels"), "-"], input=ARTICLE)
    assert result.exit_code == 2
    assert "--rules-only" in result.stderr
    assert "Traceback" not in result.output


def test_evaluate_gold_json(runner, tmp_path):
    text = "Talks stall\n\nThe talks stalled, two officials said."
    gold = {"id": "t", "title": "Talks stall", "text": text, "excluded": [], "sentences": [
        {"start": 0, "end": 11, "text": "Talks stall", "labels": ["unattributed"], "attributions": []},
        {"start": 13, "end": len(text), "text": text[13:], "labels": ["anonymous_official"], "attributions": []},
    ]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    result = runner.invoke(main, ["evaluate", "--rules-only", "--gold", str(path), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)["gold"]
    assert metrics["boundary_recall"] == 1.0
    assert metrics["label_sets_right"] == 2
    assert metrics["sources"]["mentions_found"] == "0/0"  # this gold lists no source mentions
    assert set(metrics["sources"]["links"]) == {"p", "r", "f1"}


def test_evaluate_shows_the_wrong_sentences(runner, tmp_path):
    text = "Talks stall\n\nThe talks stalled, two officials said. The mayor wants a deal."
    second = text.index("The mayor")
    gold = {"id": "t", "title": "Talks stall", "text": text, "excluded": [], "sentences": [
        {"start": 0, "end": 11, "text": "Talks stall", "labels": ["unattributed"], "attributions": []},
        # deliberately wrong gold: the rules see an anonymous official here
        {"start": 13, "end": second - 1, "text": text[13:second - 1], "labels": ["named_person"],
         "attributions": [{"source": "two officials", "cue": "said", "type": "named_person"}]},
        {"start": second, "end": len(text), "text": text[second:], "labels": ["unattributed"], "attributions": []},
    ]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    result = runner.invoke(main, ["evaluate", "--rules-only", "--gold", str(path), "--show-errors"])
    assert result.exit_code == 0, result.output
    assert "sentences with a wrong label set: 1" in result.output
    assert "gold named_person | predicted anonymous_official" in result.output
    assert "predicted anonymous_official: 'two officials' <said>" in result.output
    as_json = runner.invoke(main, ["evaluate", "--rules-only", "--gold", str(path), "--show-errors", "--json"])
    (error,) = json.loads(as_json.output)["gold"]["errors"]
    assert (error["id"], error["start"], error["gold"], error["predicted"]) == ("t", 13, ["named_person"], ["anonymous_official"])
    plain = runner.invoke(main, ["evaluate", "--rules-only", "--gold", str(path), "--json"])
    assert "errors" not in json.loads(plain.output)["gold"]


def test_corrupt_model_file_names_the_fix(runner, tmp_path):
    models = tmp_path / "models"
    for name in ("tagger", "typer"):
        (models / name).mkdir(parents=True)
        (models / name / "config.json").write_text("{}")
        (models / name / "delta.safetensors").write_bytes(b"not a safetensors file")
    result = runner.invoke(main, ["audit", "--models", str(models), "-"], input=ARTICLE)
    assert result.exit_code == 2
    assert "auditor: error:" in result.stderr
    assert "models/" in result.stderr or "--rules-only" in result.stderr
    assert "Traceback" not in result.output


def test_the_console_command_keeps_exit_codes_and_output_when_it_exits_fast(tmp_path):
    # `auditor` (cli.run) ends with os._exit once torch is loaded: nothing may be lost
    import json
    import subprocess
    import sys

    story = tmp_path / "story.txt"
    story.write_text("The plan will fail, a senior official said on Monday.\n", encoding="utf-8")
    out = tmp_path / "report.html"
    command = [sys.executable, "-m", "auditor.cli", "audit"]
    done = subprocess.run(command + ["--format", "json", str(story)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["attributions"]
    done = subprocess.run(command + ["--format", "html", "-o", str(out), str(story)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and out.read_text(encoding="utf-8").rstrip().endswith("</html>")
    done = subprocess.run(command + [str(story), str(tmp_path / "missing.txt")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert "missing.txt" in done.stderr and "senior official" in done.stdout


def test_fast_cannot_go_with_rules_only(runner):
    result = runner.invoke(main, ["audit", "--fast", "--rules-only", "-"], input=ARTICLE)
    assert result.exit_code == 2
    assert "--fast" in result.stderr and "Traceback" not in result.output
