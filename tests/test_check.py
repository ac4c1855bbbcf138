"""auditor check: every rule on examples written here, policies, ignores, exit codes, formats.

The rule pipeline (rules only) audits the examples, so the suite runs in seconds.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from auditor.check import check_report, load_policy, parse_ignores
from auditor.check.policy import PolicyError, builtin_packs, catalogue
from auditor.check.rules import RULES
from auditor.cli import main
from auditor.pipeline import AuditConfig, Auditor
from auditor.report import to_dict

REPO = Path(__file__).resolve().parent.parent
AUDITOR = Auditor(AuditConfig(rules_only=True))
HEADLINE = "Library cuts ahead\n\n"
CLEAN = (
    "Mayor to close two libraries next year\n\n"
    "Mayor Jane Smith said Tuesday that the city will close two libraries next year to balance its budget.\n\n"
    "The council will vote on the plan in March, according to the city clerk's office.\n"
)


def report_of(text: str) -> dict:
    return to_dict(AUDITOR.audit_text(text))


def findings(text: str, policy=None, **kwargs) -> list[dict]:
    return check_report(report_of(text), policy, **kwargs)


def rules_in(text: str, policy=None) -> set[str]:
    return {f["rule"] for f in findings(text, policy)}


def hits(text: str, rule: str, policy=None) -> list[dict]:
    return [f for f in findings(text, policy) if f["rule"] == rule]


# --- the catalogue ------------------------------------------------------------------------


def test_every_catalogue_rule_has_a_function_policy_link_and_valid_severity():
    assert set(catalogue()) == set(RULES)
    for rule in catalogue().values():
        assert rule.severity in {"suggestion", "warning", "error"}
        assert rule.policy_name and rule.policy_url.startswith(("http://", "https://"))
        assert rule.reason and rule.message
        assert RULES[rule.id].__doc__, f"{rule.id} needs a one-line reason"


def test_builtin_packs_load():
    assert {"default", "newsroom-strict", "teaching"} <= set(builtin_packs())
    strict = load_policy("newsroom-strict", discover=False)
    teaching = load_policy("teaching", discover=False)
    assert strict.rule("vague-descriptor").severity == "error"
    assert all(r.severity != "error" for r in teaching.rules.values())


def test_clean_article_has_no_findings():
    assert findings(CLEAN) == []


# --- each rule: positive and negative examples --------------------------------------------


def test_anonymity_reason_missing():
    missing = hits(HEADLINE + "The city will close two libraries next year, two city officials said.\n",
                   "anonymity-reason-missing")
    assert len(missing) == 1 and missing[0]["span"]["text"] == "two city officials"
    bare = hits(HEADLINE + "A city official, who spoke on condition of anonymity, said the city will close two "
                "libraries next year.\n", "anonymity-reason-missing")
    assert len(bare) == 1 and "not why" in bare[0]["message"]
    explained = (HEADLINE + "A city official, who spoke on condition of anonymity because the budget is not yet "
                 "public, said the city will close two libraries next year.\n")
    assert "anonymity-reason-missing" not in rules_in(explained)
    assert "anonymity-reason-missing" not in rules_in(CLEAN)


def test_anonymity_reason_boilerplate():
    stock = (HEADLINE + "A city official, who spoke on condition of anonymity because he was not authorized to "
             "speak publicly, said the city will close two libraries next year.\n")
    found = hits(stock, "anonymity-reason-boilerplate")
    assert [f["span"]["text"] for f in found] == ["was not authorized to speak publicly"]
    assert found[0]["severity"] == "suggestion"
    assert "anonymity-reason-missing" not in rules_in(stock)
    specific = (HEADLINE + "A city official, who spoke on condition of anonymity because the budget is not yet "
                "public, said the city will close two libraries next year.\n")
    assert "anonymity-reason-boilerplate" not in rules_in(specific)


def test_vague_descriptor():
    vague = hits(HEADLINE + "The city will close two libraries next year, sources said.\n", "vague-descriptor")
    assert [f["span"]["text"] for f in vague] == ["sources"]
    assert vague[0]["policy"]["url"].startswith("https://www.npr.org/")
    described = HEADLINE + "The city will close two libraries next year, two officials in the mayor's budget office said.\n"
    assert "vague-descriptor" not in rules_in(described)
    assert "vague-descriptor" not in rules_in(CLEAN)


def test_anonymous_direct_quote():
    quoted = hits(HEADLINE + "“We are out of money and out of time,” a city official said.\n", "anonymous-direct-quote")
    assert len(quoted) == 1 and quoted[0]["span"]["text"].startswith("“We are out of money")
    named = HEADLINE + "“We are out of money and out of time,” Mayor Jane Smith said.\n"
    assert "anonymous-direct-quote" not in rules_in(named)
    paraphrase = HEADLINE + "A city official said the city was out of money.\n"
    assert "anonymous-direct-quote" not in rules_in(paraphrase)


def test_anonymous_opinion():
    attack = hits(HEADLINE + "A city official said the mayor's plan was reckless.\n", "anonymous-opinion")
    assert [f["span"]["text"] for f in attack] == ["reckless"]
    assert attack[0]["severity"] == "error"
    assert "anonymous-opinion" not in rules_in(HEADLINE + "Councilman Bob Lee said the mayor's plan was reckless.\n")
    assert "anonymous-opinion" not in rules_in(HEADLINE + "A city official said the plan would close two libraries.\n")


def test_single_anonymous_source():
    single = hits(HEADLINE + "The city will close two libraries next year, a city official said.\n",
                  "single-anonymous-source")
    assert [f["span"]["text"] for f in single] == ["a city official"]
    two = HEADLINE + "The city will close two libraries next year, two city officials said.\n"
    assert "single-anonymous-source" not in rules_in(two)
    corroborated = (HEADLINE + "A city official said the city will close two libraries, which budget documents "
                    "reviewed by the Tribune confirm.\n")
    assert "single-anonymous-source" not in rules_in(corroborated)


def test_anonymous_headline():
    own = hits("City will close two libraries, officials say\n\nMayor Jane Smith said the budget is tight.\n",
               "anonymous-headline")
    assert len(own) == 1 and own[0]["span"]["line"] == 1
    restated = hits("City to close two libraries next year\n\n"
                    "The city will close two libraries next year, two city officials said.\n", "anonymous-headline")
    assert len(restated) == 1 and "restates the lede" in restated[0]["message"]
    unrelated = ("Council race heats up\n\n"
                 "The city will close two libraries next year, two city officials said.\n")
    assert "anonymous-headline" not in rules_in(unrelated)
    assert "anonymous-headline" not in rules_in(CLEAN)


def test_anonymous_lede():
    lede = hits(HEADLINE + "The city will close two libraries next year, two city officials said.\n\n"
                "Mayor Jane Smith said the budget is tight.\n", "anonymous-lede")
    assert len(lede) == 1 and lede[0]["span"]["line"] == 3
    later = (HEADLINE + "Mayor Jane Smith said the budget is tight.\n\n"
             "The city will close two libraries next year, two city officials said.\n")
    assert "anonymous-lede" not in rules_in(later)


def test_anonymous_first_quote():
    anonymous_first = (HEADLINE + "“We are out of money and out of time,” a city official said.\n\n"
                       "“It is a sad day for readers,” Mayor Jane Smith said.\n")
    assert len(hits(anonymous_first, "anonymous-first-quote")) == 1
    named_first = (HEADLINE + "“It is a sad day for readers,” Mayor Jane Smith said.\n\n"
                   "“We are out of money and out of time,” a city official said.\n")
    assert "anonymous-first-quote" not in rules_in(named_first)


def test_refused_to_comment():
    refused = hits(HEADLINE + "The mayor refused to comment.\n", "refused-to-comment")
    assert [f["span"]["text"] for f in refused] == ["refused to comment"]
    assert "refused-to-comment" not in rules_in(HEADLINE + "The mayor declined to comment.\n")
    quoted = HEADLINE + "“He refused to comment on the budget,” Mayor Jane Smith said.\n"
    assert "refused-to-comment" not in rules_in(quoted)


def test_declined_for_no_response():
    loose = hits(HEADLINE + "The mayor's office declined to respond to emails about the budget.\n",
                 "declined-for-no-response")
    assert [f["span"]["text"] for f in loose] == ["declined to respond to emails"]
    assert "declined-for-no-response" not in rules_in(HEADLINE + "The mayor's office did not respond to emails.\n")
    assert "declined-for-no-response" not in rules_in(HEADLINE + "The mayor's office declined to comment.\n")


def test_anonymous_declined():
    same_sentence = HEADLINE + "A Pentagon official, who declined to comment on the record, said the talks had stalled.\n"
    assert len(hits(same_sentence, "anonymous-declined")) == 1
    same_party = HEADLINE + "The Pentagon declined to comment. A Pentagon official said the talks had stalled.\n"
    found = hits(same_party, "anonymous-declined")
    assert [f["span"]["text"] for f in found] == ["declined to comment"]
    other_party = HEADLINE + "The Pentagon declined to comment. A State Department official said the talks had stalled.\n"
    assert "anonymous-declined" not in rules_in(other_party)
    no_response = (HEADLINE + "The Pentagon did not respond to a request for comment. A Pentagon official said the "
                   "talks had stalled.\n")
    assert "anonymous-declined" not in rules_in(no_response)


def test_anonymous_share_threshold():
    mostly_anonymous = (HEADLINE + "The city will close two libraries next year, two city officials said.\n\n"
                        "The council will vote in March, two council aides said.\n")
    share = hits(mostly_anonymous, "anonymous-share")
    assert len(share) == 1 and "100%" in share[0]["message"] and "50%" in share[0]["message"]
    assert "anonymous-share" not in rules_in(CLEAN)
    lenient = {"rules": {"anonymous-share": {"thresholds": {"anonymous_attributed_share": 1.0}}}}
    assert "anonymous-share" not in rules_in(mostly_anonymous, lenient)


# --- policies, configs, overrides ---------------------------------------------------------


VAGUE_TEXT = HEADLINE + "The city will close two libraries next year, sources said.\n"


def test_finding_shape_and_line_column():
    text = "Library cuts ahead\n\nMayor Jane Smith spoke.\n\nThe city will close two libraries, sources said.\n"
    finding = hits(text, "vague-descriptor")[0]
    assert set(finding) >= {"rule", "severity", "message", "span", "policy", "sentence", "attribution"}
    span = finding["span"]
    assert text[span["start"]:span["end"]] == span["text"] == "sources"
    assert (span["line"], span["column"]) == (5, text.splitlines()[4].index("sources") + 1)
    assert set(finding["policy"]) == {"name", "url"}


def test_severity_override_and_off():
    assert hits(VAGUE_TEXT, "vague-descriptor", {"rules": {"vague-descriptor": "error"}})[0]["severity"] == "error"
    assert "vague-descriptor" not in rules_in(VAGUE_TEXT, {"rules": {"vague-descriptor": "off"}})
    policy = load_policy("teaching", discover=False, overrides={"vague-descriptor": "error"})
    assert policy.rule("vague-descriptor").severity == "error"


def test_bad_policies_are_one_line_errors(tmp_path):
    with pytest.raises(PolicyError, match="unknown rule 'no-such-rule'"):
        load_policy({"rules": {"no-such-rule": "error"}}, discover=False)
    with pytest.raises(PolicyError, match="severity 'fatal'"):
        load_policy({"rules": {"vague-descriptor": "fatal"}}, discover=False)
    with pytest.raises(PolicyError, match="unknown policy pack"):
        load_policy("no-such-pack", discover=False)
    broken = tmp_path / "broken.yaml"
    broken.write_text("rules: [unclosed\n")
    with pytest.raises(PolicyError, match="not valid YAML"):
        load_policy(broken, discover=False)


def test_config_discovered_upwards_extends_and_overrides(tmp_path):
    (tmp_path / ".auditor.yaml").write_text(
        "extends: newsroom-strict\nfail_on: warning\nrules:\n  vague-descriptor: suggestion\n  anonymous-lede: off\n"
    )
    deeper = tmp_path / "desk" / "drafts"
    deeper.mkdir(parents=True)
    policy = load_policy(start=deeper)
    assert policy.name == "newsroom-strict" and policy.fail_on == "warning"
    assert policy.rule("vague-descriptor").severity == "suggestion"
    assert policy.rule("anonymous-lede").severity == "off"
    assert policy.rule("anonymous-opinion").severity == "error"  # from the pack
    assert load_policy(start=deeper, discover=False).name == "default"


def test_cli_uses_discovered_config(tmp_path, monkeypatch):
    (tmp_path / ".auditor.yaml").write_text("rules:\n  vague-descriptor: error\n")
    article = tmp_path / "story.txt"
    article.write_text(VAGUE_TEXT)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--rules-only", "-j1", "story.txt"])
    assert result.exit_code == 1, result.output
    assert "error:" in result.stdout and "[vague-descriptor]" in result.stdout
    result = CliRunner().invoke(main, ["check", "--rules-only", "-j1", "--no-config", "story.txt"])
    assert result.exit_code == 0, result.output


# --- inline ignores -----------------------------------------------------------------------


def test_ignore_next_paragraph_only():
    text = (HEADLINE + "<!-- auditor-ignore vague-descriptor -->\n\n"
            "The city will close two libraries next year, sources said.\n\n"
            "The council will vote in March, sources said.\n")
    report = report_of(text)
    assert all("auditor-ignore" not in s["text"] for s in report["sentences"] if not s["excluded"])
    assert any(e["reason"] == "directive" for e in report["excluded"])
    vague = [f for f in check_report(report) if f["rule"] == "vague-descriptor"]
    assert [f["span"]["line"] for f in vague] == [7]  # the paragraph after the next one still counts
    silenced = [f for f in check_report(report, include_suppressed=True) if f["suppressed"]]
    assert [f["rule"] for f in silenced] == ["vague-descriptor"]


def test_ignore_other_rules_and_all_rules():
    vague_paragraph = "The city will close two libraries next year, sources said.\n"
    other = HEADLINE + "<!-- auditor-ignore anonymous-lede -->\n\n" + vague_paragraph
    assert "vague-descriptor" in rules_in(other) and "anonymous-lede" not in rules_in(other)
    everything = HEADLINE + "<!-- auditor-ignore -->\n\n" + vague_paragraph
    assert {f["span"]["line"] for f in findings(everything)} <= {1}  # only the article-wide share finding


def test_ignore_file():
    text = HEADLINE + "The city will close two libraries next year, sources said.\n\n<!-- auditor-ignore-file vague-descriptor anonymous-share -->\n"
    assert not {"vague-descriptor", "anonymous-share"} & rules_in(text)
    assert "anonymity-reason-missing" in rules_in(text)
    ignores = parse_ignores(text)
    assert ignores.silences("vague-descriptor", 0) and not ignores.silences("anonymous-lede", 0)


# --- the command: exit codes and formats --------------------------------------------------


@pytest.fixture()
def articles(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN)
    attack = tmp_path / "attack.md"
    attack.write_text(HEADLINE + "A city official said the mayor's plan was reckless.\n")
    warn = tmp_path / "warn.txt"
    warn.write_text(VAGUE_TEXT)
    return {"clean": str(clean), "attack": str(attack), "warn": str(warn), "dir": str(tmp_path)}


def run_check(*args: str):
    return CliRunner().invoke(main, ["check", "--rules-only", "--no-config", "-j1", *args])


def test_exit_codes(articles):
    assert run_check(articles["clean"]).exit_code == 0
    assert run_check(articles["attack"]).exit_code == 1  # anonymous-opinion is an error
    assert run_check(articles["warn"]).exit_code == 0  # warnings only; default --fail-on error
    assert run_check("--fail-on", "warning", articles["warn"]).exit_code == 1
    assert run_check("--fail-on", "never", articles["attack"]).exit_code == 0
    assert run_check("--rule", "anonymous-opinion=warning", articles["attack"]).exit_code == 0


def test_usage_and_runtime_errors_exit_2(articles, tmp_path):
    assert run_check().exit_code == 2  # no files
    assert run_check("--format", "xml", articles["clean"]).exit_code == 2
    assert run_check("--policy", "no-such-pack", articles["clean"]).exit_code == 2
    assert run_check("--rule", "vague-descriptor", articles["clean"]).exit_code == 2
    missing = run_check(articles["attack"], str(tmp_path / "missing.txt"))
    assert missing.exit_code == 2
    assert "missing.txt: no such file" in missing.stdout
    assert "[anonymous-opinion]" in missing.stdout  # the readable file is still checked
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    assert run_check(articles["clean"], str(binary)).exit_code == 2


def test_json_output_and_batch_in_parallel(articles):
    result = CliRunner().invoke(main, ["check", "--rules-only", "--no-config", "-j2", "--format", "json",
                                       articles["dir"], articles["dir"] + "/*.md"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    paths = [Path(f["path"]).name for f in data["files"]]
    assert sorted(paths) == ["attack.md", "clean.txt", "warn.txt"]  # the glob's match is not checked twice
    assert data["summary"]["checked"] == 3 and data["summary"]["error"] >= 1
    assert data["exit_code"] == 1 and data["policy"]["name"] == "default"
    assert "attack.md" in result.stderr  # the summary table


def test_sarif_shape(articles, tmp_path):
    result = run_check("--format", "sarif", articles["attack"], articles["warn"])
    log = json.loads(result.stdout)
    assert log["version"] == "2.1.0" and "sarif-2.1.0" in log["$schema"]
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "auditor" and {r["id"] for r in driver["rules"]} == set(catalogue())
    for rule in driver["rules"]:
        assert rule["helpUri"].startswith("http") and rule["shortDescription"]["text"]
    assert run["results"]
    for res in run["results"]:
        assert res["level"] in {"error", "warning", "note"}
        assert driver["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["message"]["text"]
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert run["invocations"][0]["executionSuccessful"] is True
    broken = run_check("--format", "sarif", str(tmp_path / "missing.txt"))
    assert broken.exit_code == 2
    assert json.loads(broken.stdout)["runs"][0]["invocations"][0]["executionSuccessful"] is False


def test_github_annotations(articles):
    result = run_check("--format", "github", articles["attack"])
    lines = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert any(line.startswith(f"::error file={articles['attack']},line=3,col=") for line in lines)
    assert all("::" in line[2:] for line in lines)
    assert any(line.startswith("::notice ") for line in lines)  # suggestions become notices
    assert all("\n" not in line for line in lines)


def test_list_rules_and_packs():
    result = CliRunner().invoke(main, ["check", "--no-config", "--policy", "newsroom-strict", "--list-rules"])
    assert result.exit_code == 0
    assert "policy: newsroom-strict" in result.stdout
    assert all(rule_id in result.stdout for rule_id in catalogue())


def test_seed_article_checks_clean_under_default_and_fails_strict():
    seed = str(REPO / "seeds" / "nbc-us-china-fentanyl.txt")
    default = run_check("--format", "json", seed)
    assert default.exit_code == 0
    rules = {f["rule"] for f in json.loads(default.stdout)["files"][0]["findings"]}
    assert {"anonymity-reason-missing", "anonymous-share", "anonymous-lede"} <= rules
    assert run_check("--policy", "newsroom-strict", seed).exit_code == 1


# --- the pre-commit hook ------------------------------------------------------------------


def test_pre_commit_hook_entry_runs(articles):
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "auditor-check")
    assert hook["language"] == "python" and hook["entry"] == "auditor check"
    import re

    assert re.search(hook["files"], "story.md") and re.search(hook["files"], "story.txt")
    assert not re.search(hook["files"], "script.py")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = shlex.split(hook["entry"])
    clean = subprocess.run(command + [articles["clean"]], env=env, capture_output=True, text=True,
                           cwd=articles["dir"], timeout=120)
    assert clean.returncode == 0, clean.stderr
    bad = subprocess.run(command + [articles["clean"], articles["attack"]], env=env, capture_output=True,
                         text=True, cwd=articles["dir"], timeout=120)
    assert bad.returncode == 1, bad.stderr
    assert "anonymous-opinion" in bad.stdout


def test_html_file_ignore_and_no_line_in_sarif(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(
        "<!doctype html><html><head><title>Library cuts ahead</title></head><body>\n"
        "<!-- auditor-ignore-file vague-descriptor -->\n<article><h1>Library cuts ahead</h1>\n"
        "<p>The city will close two libraries next year, sources said.</p></article></body></html>\n"
    )
    result = run_check("--format", "sarif", str(page))
    results = json.loads(result.stdout)["runs"][0]["results"]
    rules = {r["ruleId"] for r in results}
    assert "anonymity-reason-missing" in rules and "vague-descriptor" not in rules
    assert all("region" not in r["locations"][0]["physicalLocation"] for r in results)


def test_stdin():
    result = CliRunner().invoke(main, ["check", "--rules-only", "--no-config", "-"],
                                input=HEADLINE + "The mayor refused to comment.\n")
    assert result.exit_code == 0 and "-:3:11: suggestion:" in result.stdout


def test_reason_in_a_following_sentence_and_skips():
    following = (HEADLINE + "The city will close two libraries next year, two city officials said. The officials "
                 "spoke on condition of anonymity because the budget is not yet public.\n")
    assert "anonymity-reason-missing" not in rules_in(following)
    too_far = (HEADLINE + "The city will close two libraries next year, two city officials said. The council meets "
               "in March. The mayor is on vacation. The officials spoke on condition of anonymity because the "
               "budget is not yet public.\n")
    assert "anonymity-reason-missing" in rules_in(too_far)
    observers = HEADLINE + "Critics say the plan will hurt readers.\n"
    assert "anonymity-reason-missing" not in rules_in(observers) and "vague-descriptor" in rules_in(observers)


def _hand_report(source: str, type_: str) -> dict:
    """A report dict built by hand, as another program might send it to check_report."""
    text = f"Budget\n\nThe plan was reckless, said {source}.\n"
    s_start = text.index(source)
    c_end = text.index(", said")
    sentence = {"index": 1, "start": 8, "end": len(text) - 1, "text": text[8:-1], "labels": [type_],
                "excluded": False, "headline": False, "attributions": [0]}
    return {
        "path": None, "text": text,
        "sentences": [{"index": 0, "start": 0, "end": 6, "text": "Budget", "labels": ["unattributed"],
                       "excluded": False, "headline": True, "attributions": []}, sentence],
        "attributions": [{"index": 0, "source": {"start": s_start, "end": s_start + len(source), "text": source},
                          "cue": {"start": c_end + 2, "end": c_end + 6, "text": "said"},
                          "content": [{"start": 8, "end": c_end, "text": text[8:c_end]}],
                          "type": type_, "anonymous": type_.startswith("anonymous"), "source_id": "s1",
                          "sourcing": True, "direct_quote": False, "count": "1", "anonymity_reason": None,
                          "continuation": False, "sentence": 1}],
        "sources": [], "scores": {"anonymous_attributed_share": 1.0},
    }


def test_check_report_on_a_hand_built_report():
    report = _hand_report("a city official", "anonymous_official")
    before = json.dumps(report, sort_keys=True)
    found = check_report(report, "newsroom-strict")
    assert json.dumps(report, sort_keys=True) == before  # pure: the report is not changed
    assert {"anonymous-opinion", "anonymity-reason-missing", "anonymous-share"} <= {f["rule"] for f in found}
    # a source ending in a name is named, even if the audit typed it anonymous
    named = check_report(_hand_report("the city's budget director, Ana Ruiz", "anonymous_official"))
    assert not {"anonymous-opinion", "anonymity-reason-missing"} & {f["rule"] for f in named}


def test_load_policy_without_paths_for_web_apis(tmp_path):
    pack = tmp_path / "mine.yaml"
    pack.write_text("rules: {vague-descriptor: error}\n")
    with pytest.raises(PolicyError):
        load_policy(str(pack), allow_paths=False)
    with pytest.raises(PolicyError):
        load_policy({"extends": str(pack)}, allow_paths=False)
    assert load_policy("teaching", allow_paths=False).name == "teaching"
    assert load_policy({"rules": {"vague-descriptor": "off"}}, allow_paths=False).rule("vague-descriptor").severity == "off"


def test_docs_rules_table_matches_the_catalogue():
    doc = (REPO / "docs" / "check.md").read_text(encoding="utf-8")
    strict = load_policy("newsroom-strict", discover=False)
    teaching = load_policy("teaching", discover=False)
    for r in catalogue().values():
        row = (f"| `{r.id}` | {r.severity} | {strict.rule(r.id).severity} | {teaching.rule(r.id).severity} | "
               f"{r.reason} | [{r.policy_name}]({r.policy_url}) |")
        assert row in doc, f"docs/check.md: update the row of {r.id}"
