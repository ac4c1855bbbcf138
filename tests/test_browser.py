"""The web page in a real browser: headless Chromium (Debian's package) driven by Playwright.

Skips when Playwright or /usr/bin/chromium is missing (ci-extra.sh installs both). With
AUDITOR_UPDATE_SCREENSHOTS=1 the screenshots are written to docs/img/ for the README;
otherwise to a temporary folder.
"""

import os
import shutil
import threading
from pathlib import Path

import pytest

from conftest import ROOT, SEED

CHROMIUM = os.environ.get("AUDITOR_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
MAX_PNG = 300_000

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def server(rules_auditor):
    from werkzeug.serving import make_server

    from auditor.serve import create_app

    http = make_server("127.0.0.1", 0, create_app(rules_auditor, max_bytes=200_000), threaded=True)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{http.server_port}"
    http.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    with sync_api.sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=executable, args=ARGS)
        except Exception as err:  # a broken browser install is an environment problem, not ours
            pytest.skip(f"Chromium would not start: {str(err).splitlines()[0]}")
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1180, "height": 780}, device_scale_factor=1)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    if os.environ.get("AUDITOR_UPDATE_SCREENSHOTS"):
        folder = ROOT / "docs" / "img"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return tmp_path_factory.mktemp("shots")


def _small_png(page, path: Path) -> None:
    page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 1000
    if os.environ.get("AUDITOR_UPDATE_SCREENSHOTS"):  # the committed ones stay small
        assert path.stat().st_size < MAX_PNG, f"{path.name} is {path.stat().st_size} bytes"


def test_paste_and_read_the_report(server, page, shots):
    page.goto(server + "/")
    page.fill("#text", SEED.read_text(encoding="utf-8"))
    page.click("#show-report")
    page.wait_for_selector("section.report .article")
    assert page.locator(".m-source").count() >= 10
    first = page.locator('.article .m-source[data-a="0"]')
    first.hover()
    card = page.locator("#r0-a0")
    assert card.is_visible()
    assert "people familiar" in card.inner_text()
    page.locator('.article .m-source[data-a="6"]').click()
    assert page.locator("#r0-a6").is_visible() and not card.is_visible()
    assert page.locator(".article .same-source").count() >= 1  # the defence officials' other mentions
    assert page.locator("svg.chart").count() == 1
    first.click()
    page.evaluate("document.querySelector('section.report').scrollIntoView()")
    _small_png(page, shots / "report.png")


def test_exercise_flow(server, page, shots):
    page.goto(server + "/")
    page.fill("#text", SEED.read_text(encoding="utf-8"))
    page.click("#start-exercise")
    page.wait_for_selector("ol.exercise")
    selects = page.locator("ol.exercise select")
    assert selects.count() == 29
    for index in range(selects.count()):
        selects.nth(index).select_option("unattributed" if index != 1 else "anonymous_familiar")
    page.click("#reveal")
    page.wait_for_selector("#agreement")
    assert "You agree with the auditor on" in page.inner_text("#agreement")
    assert page.locator('tr[data-verdict="agree"]').count() >= 2
    assert page.locator("section.report").count() == 1
    page.goto(server + "/")
    page.fill("#text", SEED.read_text(encoding="utf-8"))
    page.click("#start-exercise")
    page.wait_for_selector("ol.exercise")
    for index in range(4):
        page.locator("ol.exercise select").nth(index).select_option(["unattributed", "anonymous_familiar",
                                                                     "anonymous_official", "anonymous_official"][index])
    _small_png(page, shots / "serve.png")


def test_pasted_script_does_not_run(server, page):
    page.goto(server + "/")
    page.fill("#text", "Vote <script>window.__pwned = 1</script> slips\n\nThe vote will slip, <img src=x onerror=\"window.__pwned=2\"> the mayor said.\n")
    page.click("#show-report")
    page.wait_for_selector("section.report")
    assert page.evaluate("window.__pwned") is None
    assert "<script>window.__pwned = 1</script>" in page.inner_text(".article")


def test_standalone_report_file_works_offline(browser, rules_auditor, tmp_path):
    from auditor.render import render
    from auditor.report import to_dict

    path = tmp_path / "report.html"
    path.write_text(render("html", [to_dict(rules_auditor.audit_path(str(SEED)))]), encoding="utf-8")
    context = browser.new_context(offline=True)
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    page.locator('.article .m-cue[data-a="1"]').click()
    assert page.locator("#r0-a1").is_visible()
    assert all(url.startswith("file:") for url in requests)
    context.close()


def test_too_large_paste_shows_a_clear_error(server, page):
    page.goto(server + "/")
    page.fill("#text", "word " * 60_000)
    page.click("#show-report")
    page.wait_for_selector(".error")
    assert "limit" in page.inner_text(".error")
