"""JSON (one report, or a list for several) and JSON Lines (one report a line)."""

from __future__ import annotations

import json

from . import RenderOptions, register


@register("json")
def render_json(reports: list[dict], options: RenderOptions) -> str:
    data = reports[0] if len(reports) == 1 else reports
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@register("jsonl")
def render_jsonl(reports: list[dict], options: RenderOptions) -> str:
    return "".join(json.dumps(report, ensure_ascii=False) + "\n" for report in reports)
