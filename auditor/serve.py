"""A local web page for classes: paste or upload an article and read its HTML report, or
label its sentences first and then compare with the auditor (the exercise), plus a JSON API
(docs/api.md).

Nothing a user sends is stored: uploads are read in memory, no file is written, and the
report is rebuilt from the text when it is downloaded. The Auditor is created once.
"""

from __future__ import annotations

import io
import sys
from html import escape

import click

from .ingest import InputError, decode, read_article
from .render.common import LABEL_ORDER, TYPE_ABBREVIATIONS, TYPE_MEANINGS, TYPE_NAMES
from .report import to_dict

DEFAULT_SERVE_BYTES = 1_000_000
#: the coarse groups the exercise also scores (a near miss inside a group is half right)
GROUPS = {
    "named_official": "named", "named_person": "named", "named_organization": "named",
    "anonymous_official": "anonymous", "anonymous_familiar": "anonymous", "anonymous_other": "anonymous",
    "document": "document or media", "media_report": "document or media",
    "declined_comment": "declined comment", "unattributed": "unattributed",
}

SERVE_CSS = """
form.paste{background:#fff;border:1px solid #d8d8d8;border-radius:6px;padding:14px 18px;margin-bottom:22px;font:0.95rem system-ui,sans-serif}
form.paste textarea{width:100%;min-height:220px;font:0.95rem/1.4 Georgia,serif;padding:8px}
.buttons{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin-top:10px}
button{font:600 0.95rem system-ui,sans-serif;padding:7px 14px;border-radius:5px;border:1px solid #0072B2;background:#0072B2;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0072B2}
.error{background:#fde8e0;border:1px solid #D55E00;border-radius:5px;padding:8px 12px;font:0.95rem system-ui,sans-serif;margin-bottom:14px}
.privacy{color:#5b5b5b;font-size:0.85rem}
ol.exercise{font:1rem/1.5 Georgia,serif;background:#fff;border:1px solid #d8d8d8;border-radius:6px;padding:14px 18px 14px 46px}
ol.exercise li{margin-bottom:12px}
ol.exercise select{font:0.9rem system-ui,sans-serif;margin-top:3px;display:block}
table.agree{border-collapse:collapse;background:#fff;font:0.9rem/1.4 system-ui,sans-serif;width:100%;margin-bottom:20px}
table.agree td,table.agree th{border-bottom:1px solid #e4e4e4;padding:4px 6px;text-align:left;vertical-align:top}
td.ok{color:#006b4e;font-weight:700}
td.near{color:#8a6d00;font-weight:700}
td.miss{color:#b34700;font-weight:700}
.scorebox{font:600 1.1rem system-ui,sans-serif;background:#fff;border:1px solid #d8d8d8;border-radius:6px;padding:10px 16px;margin-bottom:16px}
details.types{font:0.88rem system-ui,sans-serif;margin:8px 0 14px}
details.again{font:0.95rem system-ui,sans-serif;margin:0 0 22px}
details.again summary{cursor:pointer;font-weight:600;margin-bottom:8px}
header.top a{font:0.9rem system-ui,sans-serif}
"""


class _InMemoryRequest:
    """Mixed into Flask's Request: uploads stay in memory, never in a temporary file."""

    def _get_file_stream(self, total_content_length, content_type, filename=None, content_length=None):
        return io.BytesIO()


def _type_help() -> str:
    rows = "".join(
        f'<li class="t-{label}"><span class="tag">{TYPE_ABBREVIATIONS[label]}</span><b>{escape(TYPE_NAMES[label])}</b>: '
        f"{escape(TYPE_MEANINGS[label])}</li>" for label in LABEL_ORDER
    )
    return f'<details class="types"><summary>What the types mean</summary><ul class="srcs">{rows}</ul></details>'


def create_app(auditor, max_bytes: int = DEFAULT_SERVE_BYTES):
    """The Flask application around one loaded Auditor."""
    from flask import Flask, Response, jsonify, request
    from flask import Request as FlaskRequest
    from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

    from .render.html import page, report_section

    app = Flask("auditor.serve")
    app.request_class = type("InMemoryRequest", (_InMemoryRequest, FlaskRequest), {})
    # the form and JSON envelopes around the text get some room above the text limit
    app.config.update(MAX_CONTENT_LENGTH=max_bytes + 65_536, MAX_FORM_MEMORY_SIZE=max_bytes + 65_536,
                      MAX_FORM_PARTS=20_000)
    app.json.ensure_ascii = False
    limit_text = f"{max_bytes / 1e6:.1f} MB" if max_bytes >= 100_000 else f"{max_bytes} bytes"

    class TooLarge(RequestEntityTooLarge):
        description = f"the article is larger than this server's limit of {limit_text}; send a shorter text"

    def check_size(text: str) -> str:
        if len(text.encode("utf-8")) > max_bytes:
            raise TooLarge()
        return text

    def audit(text: str, name: str | None = None) -> dict:
        return to_dict(auditor.run(read_article(check_size(text), name, auditor.config.ingest)))

    def wants_json() -> bool:
        return request.path.startswith("/api/")

    @app.errorhandler(HTTPException)
    def http_error(err):
        message = err.description if err.code != 413 else TooLarge.description
        if wants_json():
            return jsonify(error=message, status=err.code), err.code
        return Response(form_page(error=message), status=err.code, mimetype="text/html")

    @app.errorhandler(InputError)
    def input_error(err):
        if wants_json():
            return jsonify(error=str(err), status=400), 400
        return Response(form_page(error=str(err), text=request.form.get("text", "")), status=400, mimetype="text/html")

    def form_text() -> tuple[str, str | None]:
        """The article from the form: an uploaded file if one was chosen, else the text box."""
        upload = request.files.get("file")
        if upload is not None and upload.filename:
            data = upload.read()
            if len(data) > max_bytes:
                raise TooLarge()
            return decode(data, upload.filename), upload.filename
        text = request.form.get("text", "")
        if not text.strip():
            raise InputError("paste an article or choose a file first; there is nothing to audit")
        return text, None

    def form_page(error: str | None = None, text: str = "", report_html: str = "") -> str:
        error_html = f'<div class="error" role="alert">{escape(error)}</div>' if error else ""
        form = (
            '<form class="paste" method="post" action="/report" enctype="multipart/form-data">'
            f'<label for="text"><b>Article text</b></label><textarea id="text" name="text" '
            f'placeholder="Paste the headline and the article here">{escape(text)}</textarea>'
            '<div class="buttons"><label>or a file: <input type="file" name="file" accept=".txt,.md,.html,.htm,text/*"></label></div>'
            '<div class="buttons"><button type="submit" id="show-report">Show the report</button>'
            '<button type="submit" class="secondary" id="start-exercise" formaction="/exercise">'
            "Exercise: label the sentences first</button></div>"
            f'<p class="privacy">Nothing you paste is stored; the page is built in memory and forgotten. '
            f"Limit: {escape(limit_text)}.</p></form>"
        )
        if report_html:  # the report first; the form folds away below it
            form = f'<details class="again"><summary>Audit another article</summary>{form}</details>'
        body = (
            '<header class="top"><h1>How is this story sourced?</h1>'
            "<p>Paste a news article (or choose a .txt, .md or .html file) and see who says what, and how much "
            "rests on anonymous sources. Or label the sentences yourself first and compare with the auditor.</p>"
            f'<p><a href="/">start again</a></p></header><main>{error_html}{report_html}{form}</main>'
            if report_html else
            '<header class="top"><h1>How is this story sourced?</h1>'
            "<p>Paste a news article (or choose a .txt, .md or .html file) and see who says what, and how much "
            "rests on anonymous sources. Or label the sentences yourself first and compare with the auditor.</p>"
            f"</header><main>{error_html}{form}</main>"
        )
        return page(body, "auditor: how is this story sourced?", SERVE_CSS)

    def download_form(text: str, name: str | None) -> str:
        return (
            '<form method="post" action="/download" enctype="multipart/form-data" style="margin:0 0 14px">'
            f'<textarea name="text" hidden>{escape(text)}</textarea>'
            f'<input type="hidden" name="name" value="{escape(name or "")}">'
            '<button type="submit" class="secondary" id="download">Download report (HTML)</button></form>'
        )

    @app.get("/")
    def index():
        return form_page()

    @app.post("/report")
    def report_page():
        text, name = form_text()
        report = audit(text, name)
        return form_page(text=text, report_html=download_form(text, name) + report_section(report, 0))

    @app.post("/download")
    def download():
        from .render.html import render_page

        text = request.form.get("text", "")
        name = request.form.get("name") or None
        if not text.strip():
            raise InputError("there is no article to put in the report")
        html = render_page([audit(text, name)])
        return Response(html, mimetype="text/html",
                        headers={"Content-Disposition": 'attachment; filename="sourcing-report.html"'})

    @app.post("/exercise")
    def exercise():
        text, name = form_text()
        report = audit(text, name)
        options = "".join(
            f'<option value="{label}">{TYPE_ABBREVIATIONS[label]} — {escape(TYPE_NAMES[label])}</option>'
            for label in LABEL_ORDER
        )
        items = []
        for sentence in report["sentences"]:
            if sentence["excluded"]:
                continue
            index = sentence["index"]
            items.append(
                f'<li value="{index + 1}"><span class="sent">{escape(sentence["text"])}</span>'
                f'<select name="label-{index}" id="label-{index}" aria-label="type of sentence {index + 1}">'
                f'<option value="">— choose a type —</option>{options}</select></li>'
            )
        body = (
            '<header class="top"><h1>Exercise: how is this story sourced?</h1>'
            "<p>For each sentence choose the type of the source it rests on, or <i>unattributed</i> when it "
            "is in the reporter's own voice. Then reveal the auditor's labels.</p></header><main>"
            f'{_type_help()}<form method="post" action="/exercise/reveal" enctype="multipart/form-data">'
            f'<textarea name="text" hidden>{escape(text)}</textarea>'
            f'<input type="hidden" name="name" value="{escape(name or "")}">'
            f'<ol class="exercise">{"".join(items)}</ol>'
            '<div class="buttons"><button type="submit" id="reveal">Reveal the auditor\'s labels</button></div>'
            "</form></main>"
        )
        return page(body, "auditor: sourcing exercise", SERVE_CSS)

    @app.post("/exercise/reveal")
    def reveal():
        text = request.form.get("text", "")
        name = request.form.get("name") or None
        if not text.strip():
            raise InputError("the exercise lost its article; start again from the first page")
        report = audit(text, name)
        choices = {int(key.split("-", 1)[1]): value for key, value in request.form.items()
                   if key.startswith("label-") and key.split("-", 1)[1].isdigit()}
        result = score_exercise(report, choices)
        rows = []
        for row in result["sentences"]:
            verdict = {"agree": ("ok", "✓ agree"), "near": ("near", "≈ same group"),
                       "disagree": ("miss", "✗ differ"), "skipped": ("miss", "– not labelled")}[row["verdict"]]
            mine = TYPE_NAMES.get(row["student"], "—") if row["student"] else "—"
            theirs = ", ".join(TYPE_NAMES.get(l, l) for l in row["auditor"])
            rows.append(
                f'<tr data-verdict="{row["verdict"]}"><td>{row["sentence"] + 1}</td><td>{escape(row["text"])}</td>'
                f'<td>{escape(mine)}</td><td>{escape(theirs)}</td><td class="{verdict[0]}">{verdict[1]}</td></tr>'
            )
        body = (
            '<header class="top"><h1>Your labels and the auditor\'s</h1>'
            "<p>Where you differ, read the sentence again: is a source named? Is it described by position, by "
            "access, or not at all? The auditor can be wrong too.</p></header><main>"
            f'<div class="scorebox" id="agreement">You agree with the auditor on {result["agree"]} of '
            f'{result["total"]} sentences ({result["agreement"] * 100:.0f}%); counting near misses inside the same '
            f'group (named, anonymous, document or media…): {result["agree_group"]} ({result["group_agreement"] * 100:.0f}%).</div>'
            '<table class="agree"><tr><th>#</th><th>sentence</th><th>your label</th><th>auditor</th><th></th></tr>'
            f'{"".join(rows)}</table>{download_form(text, name)}{report_section(report, 0)}</main>'
        )
        return page(body, "auditor: exercise results", SERVE_CSS)

    def api_text() -> tuple[str, str | None]:
        if request.is_json:
            data = request.get_json(silent=True)
            if not isinstance(data, dict) or not isinstance(data.get("text"), str):
                raise InputError('send JSON like {"text": "the article"}')
            name = data.get("name") if isinstance(data.get("name"), str) else None
            return data["text"], name
        data = request.get_data()
        if len(data) > max_bytes:
            raise TooLarge()
        name = "input.html" if (request.mimetype or "").endswith("html") else None
        return decode(data, "request body"), name

    @app.post("/api/audit")
    def api_audit():
        text, name = api_text()
        return jsonify(audit(text, name))

    @app.post("/api/check")
    def api_check():
        try:
            from .check import check_report, load_policy
        except ImportError:
            return jsonify(error="policy checks (auditor.check) are not installed here", status=501), 501
        text, name = api_text()
        report = audit(text, name)
        data = request.get_json(silent=True) if request.is_json else None
        policy_spec = data.get("policy") if isinstance(data, dict) else None
        try:
            policy = load_policy(policy_spec, allow_paths=False)
        except (ValueError, OSError) as err:
            return jsonify(error=f"bad policy: {err}", status=400), 400
        return jsonify(findings=list(check_report(report, policy)), scores=report["scores"])

    @app.get("/api/health")
    def api_health():
        from . import __version__

        try:
            from .check import check_report, load_policy  # noqa: F401

            has_check = True
        except ImportError:
            has_check = False
        return jsonify(status="ok", version=__version__, mode=auditor.mode, max_bytes=max_bytes, check=has_check)

    return app


def score_exercise(report: dict, choices: dict[int, str]) -> dict:
    """Compare a student's label per sentence with the auditor's labels.

    A choice agrees when it is one of the sentence's labels, is near when it falls in the
    same group (GROUPS) as one of them.
    """
    rows, agree, near = [], 0, 0
    for sentence in report["sentences"]:
        if sentence["excluded"]:
            continue
        student = choices.get(sentence["index"]) or None
        labels = sentence["labels"] or ["unattributed"]
        if student is None:
            verdict = "skipped"
        elif student in labels:
            verdict = "agree"
        elif GROUPS.get(student) in {GROUPS.get(label) for label in labels}:
            verdict = "near"
        else:
            verdict = "disagree"
        agree += verdict == "agree"
        near += verdict == "near"
        rows.append({"sentence": sentence["index"], "text": sentence["text"], "student": student,
                     "auditor": labels, "verdict": verdict})
    total = len(rows)
    return {
        "sentences": rows,
        "total": total,
        "agree": agree,
        "agree_group": agree + near,
        "agreement": agree / total if total else 0.0,
        "group_agreement": (agree + near) / total if total else 0.0,
    }


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (keep it local for classes).")
@click.option("--port", default=8765, show_default=True, type=int, help="Port to listen on.")
@click.option("--rules-only", is_flag=True, help="Use the rule baseline, not the shipped models.")
@click.option("--models", "models_dir", type=click.Path(file_okay=False), help="Folder with tagger/ and typer/ models.")
@click.option("--max-bytes", type=int, default=DEFAULT_SERVE_BYTES, show_default=True, help="Refuse larger articles (413).")
def serve_command(host, port, rules_only, models_dir, max_bytes):
    """Serve the report page and the JSON API on http://HOST:PORT/ (docs/api.md)."""
    from .cli import build_auditor, fail

    try:
        import flask  # noqa: F401
    except ImportError:
        fail("the web page needs Flask: pip install flask")
    auditor = build_auditor(rules_only, models_dir, max_bytes)
    app = create_app(auditor, max_bytes)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"auditor: warning: listening on {host}; anyone who can reach it can use the page", err=True)
    click.echo(f"auditor: serving on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    try:
        app.run(host=host, port=port, debug=False, use_reloader=False)
    except OSError as err:
        fail(f"cannot listen on {host}:{port} ({err.strerror or err}); choose another --port", 1)
    sys.exit(0)
