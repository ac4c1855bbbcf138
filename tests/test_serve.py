"""The local web page and JSON API through Flask's test client (no browser, no socket)."""

import io
import re

import pytest

pytest.importorskip("flask")

from auditor.serve import create_app, score_exercise  # noqa: E402
from conftest import SEED  # noqa: E402

SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client(rules_auditor):
    return create_app(rules_auditor, max_bytes=20_000).test_client()


def test_health(client):
    data = client.get("/api/health").get_json()
    assert data["status"] == "ok" and data["mode"] == {"attributor": "rules", "classifier": "rules"}
    assert data["max_bytes"] == 20_000


def test_api_audit_json_and_plain_text(client):
    by_json = client.post("/api/audit", json={"text": SEED_TEXT})
    by_text = client.post("/api/audit", data=SEED_TEXT.encode(), content_type="text/plain; charset=utf-8")
    assert by_json.status_code == by_text.status_code == 200
    assert by_json.get_json()["scores"] == by_text.get_json()["scores"]
    report = by_json.get_json()
    assert report["scores"]["anonymous_sentences"] == 9
    first = report["sentences"][1]
    assert SEED_TEXT[first["start"]:first["end"]] == first["text"]


@pytest.mark.parametrize("kwargs", [
    {"json": {"text": "word " * 5000}},
    {"data": b"word " * 5000, "content_type": "text/plain"},
    {"data": b"word " * 40000, "content_type": "text/plain"},
])
def test_too_large_is_a_413_json(client, kwargs):
    response = client.post("/api/audit", **kwargs)
    assert response.status_code == 413
    assert "limit" in response.get_json()["error"]


def test_bad_requests_are_one_line_json(client):
    response = client.post("/api/audit", json={"body": "x"})
    assert response.status_code == 400 and '{"text"' in response.get_json()["error"]
    response = client.post("/api/audit", data=b"\x00\x01\x02binary", content_type="application/octet-stream")
    assert response.status_code == 400 and "binary" in response.get_json()["error"]
    assert client.get("/api/nothing").status_code == 404


def test_api_check_answers_either_way(client):
    response = client.post("/api/check", json={"text": SEED_TEXT})
    assert response.status_code in (200, 501)
    data = response.get_json()
    assert ("findings" in data and isinstance(data["findings"], list)) or "not installed" in data["error"]


def test_form_pages(client):
    index = client.get("/")
    assert index.status_code == 200 and b"<textarea" in index.data and b"Nothing you paste is stored" in index.data
    page = client.post("/report", data={"text": SEED_TEXT})
    assert page.status_code == 200 and b'class="report"' in page.data and b'id="download"' in page.data
    upload = client.post("/report", data={"text": "", "file": (io.BytesIO(SEED_TEXT.encode()), "seed.txt")},
                         content_type="multipart/form-data")
    assert upload.status_code == 200 and b"r0-a0" in upload.data
    empty = client.post("/report", data={"text": "  "})
    assert empty.status_code == 400 and b'class="error"' in empty.data
    big = client.post("/report", data={"text": "word " * 5000})
    assert big.status_code == 413 and b"limit" in big.data


def test_script_in_pasted_text_stays_text(client):
    text = 'Council vote <script>alert(1)</script> slips\n\nThe vote will slip, the mayor said.\n'
    page = client.post("/report", data={"text": text}).get_data(as_text=True)
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_exercise_flow(client):
    page = client.post("/exercise", data={"text": SEED_TEXT}).get_data(as_text=True)
    selects = re.findall(r'<select name="label-(\d+)"', page)
    assert len(selects) == 29
    labels = {str(s["index"]): s["labels"] for s in client.post("/api/audit", json={"text": SEED_TEXT}).get_json()["sentences"]}
    answers = {f"label-{i}": "unattributed" for i in selects}
    anonymous = [i for i in selects if labels[i] == ["anonymous_official"]]
    answers[f"label-{anonymous[0]}"] = "anonymous_familiar"  # a near miss: same group
    answers[f"label-{anonymous[1]}"] = "anonymous_official"
    result = client.post("/exercise/reveal", data={"text": SEED_TEXT, **answers}).get_data(as_text=True)
    agreement = re.search(r'id="agreement">(.*?)</div>', result).group(1)
    agree = sum(labels[i] == ["unattributed"] for i in selects) + 1
    assert f"on {agree} of 29 sentences" in agreement and f": {agree + 1} (" in agreement
    assert result.count('data-verdict="near"') == 1


def test_download_is_an_attachment(client):
    response = client.post("/download", data={"text": SEED_TEXT})
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.get_data(as_text=True).startswith("<!DOCTYPE html>")


def test_nothing_is_written(client, tmp_path, monkeypatch):
    import builtins

    from werkzeug import formparser

    def refuse(*args, **kwargs):
        raise AssertionError("an upload went to a temporary file")

    real_open = builtins.open

    def read_only_open(file, mode="r", *args, **kwargs):
        assert not any(flag in mode for flag in "wax+"), f"the server opened {file} to write"
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(formparser, "SpooledTemporaryFile", refuse)
    monkeypatch.setattr(formparser, "TemporaryFile", refuse, raising=False)
    monkeypatch.setattr(builtins, "open", read_only_open)
    monkeypatch.chdir(tmp_path)
    client.post("/report", data={"text": "", "file": (io.BytesIO(SEED_TEXT.encode() * 2), "big.txt")},
                content_type="multipart/form-data")
    client.post("/api/audit", json={"text": SEED_TEXT})
    assert list(tmp_path.iterdir()) == []


def test_score_exercise_counts():
    report = {"sentences": [
        {"index": 0, "text": "a", "labels": ["unattributed"], "excluded": False},
        {"index": 1, "text": "b", "labels": ["anonymous_official"], "excluded": False},
        {"index": 2, "text": "c", "labels": [], "excluded": True},
        {"index": 3, "text": "d", "labels": ["named_official"], "excluded": False},
    ]}
    result = score_exercise(report, {0: "unattributed", 1: "anonymous_other"})
    assert [r["verdict"] for r in result["sentences"]] == ["agree", "near", "skipped"]
    assert result["total"] == 3 and result["agree"] == 1 and result["agree_group"] == 2


def test_serve_command_is_registered():
    from click.testing import CliRunner

    from auditor.cli import main

    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0 and "127.0.0.1" in result.output


def test_api_check_bad_policy_is_400(client):
    if not client.get("/api/health").get_json()["check"]:
        pytest.skip("auditor.check is not installed")
    response = client.post("/api/check", json={"text": SEED_TEXT, "policy": "no-such-pack"})
    assert response.status_code == 400 and "policy" in response.get_json()["error"]
    findings = client.post("/api/check", json={"text": SEED_TEXT}).get_json()["findings"]
    assert findings and all("message" in f for f in findings)
