"""The HTML teaching report and the terminal and Markdown views (no browser needed)."""

import re

import pytest

from auditor.render import RenderOptions, render
from auditor.render.common import TYPE_ABBREVIATIONS
from auditor.report import to_dict
from conftest import SEED

HOSTILE = (
    "City hall <script>window.__pwned = 1</script> shuts\n\n"
    "\"The <script>alert('x')</script> tag & <b>bold</b> stay text,\" a city spokesman said. "
    "Two officials familiar with the plan said the vote would slip.\n"
)


@pytest.fixture(scope="module")
def seed_report(rules_auditor):
    return to_dict(rules_auditor.audit_path(str(SEED)))


@pytest.fixture(scope="module")
def seed_html(seed_report):
    return render("html", [seed_report])


def test_page_is_self_contained(seed_html):
    assert seed_html.startswith("<!DOCTYPE html>")
    assert not re.search(r"(src|href)\s*=\s*\"(https?:)?//", seed_html)
    assert "<link" not in seed_html and "@import" not in seed_html and "url(http" not in seed_html
    assert seed_html.count("<script>") == 1 and seed_html.count("<style>") == 1


def test_every_attribution_is_highlighted_and_has_a_card(seed_report, seed_html):
    for attribution in seed_report["attributions"]:
        assert f'id="r0-a{attribution["index"]}"' in seed_html
        assert f'data-a="{attribution["index"]}"' in seed_html
    assert 'class="m-source t-anonymous_familiar"' in seed_html
    assert 'class="m-cue t-' in seed_html and 'class="m-content t-' in seed_html


def test_legend_chart_and_summary(seed_report, seed_html):
    for label, tag in TYPE_ABBREVIATIONS.items():
        if label != "unattributed":
            assert f">{tag}</span>" in seed_html
    assert "<svg class=\"chart\"" in seed_html and "anonymous official 7" in seed_html
    assert "Named sources" in seed_html and "Anonymous sources" in seed_html
    assert "Policy findings" in seed_html
    assert "no reason given in the article" in seed_html  # the seed never says why
    assert "familiar with" in seed_html  # descriptor words as evidence


def test_article_text_is_escaped(rules_auditor):
    report = to_dict(rules_auditor.audit_text(HOSTILE))
    page = render("html", [report])
    assert page.count("<script>") == 1
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page and "tag &amp; " in page
    assert "window.__pwned = 1</script>" not in page


def test_text_is_reassembled_exactly(seed_report, seed_html):
    article = re.search(r'<div class="article">(.*?)</div>', seed_html, re.S).group(1)
    article = re.sub(r'<span class="tag">[^<]*</span>|<sup[^>]*>[^<]*</sup>|<[^>]+>', "", article)
    import html

    assert html.unescape(article) == seed_report["text"]


def test_several_reports_make_one_page(rules_auditor, seed_report):
    other = to_dict(rules_auditor.audit_text(HOSTILE))
    page = render("html", [seed_report, other])
    assert 'id="r0"' in page and 'id="r1"' in page and "2 articles:" in page
    assert 'id="r1-a0"' in page


def test_text_view_plain_and_coloured(seed_report):
    plain = render("text", [seed_report], RenderOptions(color=False))
    assert "\x1b" not in plain
    assert "Sentences by source type" in plain and "[OOOO" in plain
    assert re.search(r"anonymous sentence share\s+#+\.+ 31%", plain)
    assert "source" in plain and "ANON" in plain and "named" in plain
    coloured = render("text", [seed_report], RenderOptions(color=True))
    assert "\x1b[38;5;166m" in coloured and "\x1b[1m" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured).count("\n") == plain.count("\n")


def test_markdown_has_tables(seed_report):
    text = render("markdown", [seed_report])
    assert "| score | value |" in text and "### Sources" in text


def test_cli_html_output(tmp_path):
    from click.testing import CliRunner

    from auditor.cli import main

    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["audit", "--rules-only", "--format", "html", "-o", str(out), str(SEED)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count('class="report"') == 1


def test_policy_findings_when_the_checks_are_installed(seed_report, seed_html):
    from auditor.render.common import policy_findings

    findings, note = policy_findings(seed_report)
    if findings is None:
        assert note in seed_html
    else:
        assert '<ul class="findings">' in seed_html
        assert "Policy findings" in render("markdown", [seed_report])


def test_given_findings_are_used_as_they_are(seed_report):
    report = dict(seed_report, findings=[{"rule": "my-rule", "severity": "error", "message": "a <b> message", "sentence": 1}])
    page = render("html", [report])
    assert "<code>my-rule</code>: a &lt;b&gt; message" in page and 'href="#r0-s1"' in page
