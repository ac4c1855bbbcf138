"""auditor compare: two articles on one event side by side."""

import json

from click.testing import CliRunner

from auditor.cli import main
from auditor.compare import compare_reports, render_comparison, source_key
from auditor.report import to_dict
from conftest import SEED

OTHER = (
    "Biden and Xi expected to agree on fentanyl steps at summit\n\n"
    "WASHINGTON — President Joe Biden will press Chinese President Xi Jinping on fentanyl when the two "
    "meet next week, the White House said Tuesday.\n\n"
    "A senior administration official, who spoke on the condition of anonymity because the talks are "
    "private, said the two sides were close to a deal on a working group.\n\n"
    "Sources said China wants assurances on Taiwan.\n"
)


def test_source_key_matches_variants():
    assert source_key("the two defense officials") == source_key("two defense officials")
    assert source_key("The White House") == source_key("the White House")
    assert source_key("senior administration officials") == source_key("A senior administration official")


def test_compare_reports(rules_auditor):
    first = to_dict(rules_auditor.audit_path(str(SEED)))
    second = to_dict(rules_auditor.audit_text(OTHER))
    comparison = compare_reports(first, second)
    assert len(comparison["articles"]) == 2
    assert any(s["a"] == "The White House" for s in comparison["shared_sources"])
    claims_b = comparison["articles"][1]["anonymous_claims"]
    assert any("Sources said" in c["text"] for c in claims_b)
    assert len(comparison["articles"][0]["anonymous_claims"]) == first["scores"]["anonymous_sentences"]
    for fmt in ("text", "json", "markdown", "html"):
        assert render_comparison(fmt, comparison, [first, second])
    json.loads(render_comparison("json", comparison, [first, second]))


def test_compare_cli(tmp_path):
    other = tmp_path / "b.txt"
    other.write_text(OTHER, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["compare", "--rules-only", str(SEED), str(other)])
    assert result.exit_code == 0, result.output
    assert "Claims resting on anonymity in B" in result.output
    out = tmp_path / "c.html"
    result = runner.invoke(main, ["compare", "--rules-only", "--format", "html", "-o", str(out), str(SEED), str(other)])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").count('class="report"') == 2
    result = runner.invoke(main, ["compare", "--rules-only", str(SEED), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1 and "no such file" in result.output


def test_compare_lists_only_cited_sources():
    from auditor.compare import _article

    report = {"title": "t", "path": None, "scores": {}, "sentences": [], "attributions": [], "sources": [
        {"id": "wh", "name": "The White House", "type": "named_organization", "anonymous": False, "sourcing": True,
         "attributions": [0]},
        {"id": "china", "name": "China", "type": "named_organization", "anonymous": False, "sourcing": False,
         "attributions": [1]},
    ]}
    assert [s["name"] for s in _article(report)["sources"]] == ["The White House"]
