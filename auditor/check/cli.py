"""``auditor check FILE...``: the pre-publication check, with linter exit codes.

Exit codes (as Vale): 0 no finding at or above ``--fail-on``; 1 some finding at or above
it; 2 a usage or runtime error — a bad option or policy, or an input that could not be
read or checked. A file that cannot be read does not stop the others: they are checked
and reported, and the run still exits 2, because a check that skipped a file must not
pass in CI, nor be mistaken for an article with findings.
"""

from __future__ import annotations

import glob
import os
import sys
from pathlib import Path
from typing import Optional

import click

from ..cli import build_auditor, fail
from ..ingest import DEFAULT_MAX_BYTES, InputError, expand_paths
from .engine import check_report, fails, file_directives
from .output import FileResult, format_github, format_json, format_sarif, format_text, summary_table
from .policy import FAIL_ON, PolicyError, load_policy, parse_rule_overrides

FORMATS = ("text", "json", "sarif", "github")
_WORKER: dict = {}


def check_path(auditor, policy, path: str) -> FileResult:
    """Audit one file and check it; an unreadable or broken file becomes a one-line error."""
    from ..report import to_dict

    try:
        report = to_dict(auditor.audit_path(path))
    except InputError as err:
        return FileResult(path, error=str(err))
    except Exception as err:  # one broken file must not stop the batch
        return FileResult(path, error=f"{path}: could not check it ({type(err).__name__}: {err})")
    extra: frozenset = frozenset()
    if report.get("input_format") == "html" and path != "-":
        # HTML comments do not survive body extraction: read file-wide ignores from the source
        extra = file_directives(Path(path).read_text(encoding="utf-8", errors="replace"))
    findings = check_report(report, policy, file_ignores=extra, include_suppressed=True)
    kept = tuple(f for f in findings if not f["suppressed"])
    for finding in kept:
        finding["path"] = path
    return FileResult(path, kept, None, report.get("input_format", "text"), len(findings) - len(kept),
                      report.get("scores") or {})


def _init_worker(config, policy) -> None:
    if not config.rules_only:
        os.environ.setdefault("OMP_NUM_THREADS", "1")  # one thread per worker process
    from ..pipeline import Auditor

    _WORKER["auditor"] = Auditor(config)
    _WORKER["policy"] = policy


def _check_in_worker(path: str) -> FileResult:
    return check_path(_WORKER["auditor"], _WORKER["policy"], path)


def expand_inputs(items: list[str]) -> list:
    """Files, directories and glob patterns as a list of paths, with a FileResult error in
    the place of each input that names nothing."""
    slots: list = []
    seen: set[str] = set()

    def add(path: str) -> None:
        if path not in seen:
            seen.add(path)
            slots.append(path)

    for item in items:
        if item != "-" and glob.has_magic(item) and not Path(item).exists():
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                slots.append(FileResult(item, error=f"{item}: no file matches this pattern"))
            for match in matches:
                try:
                    for path in expand_paths([match]):
                        add(path)
                except InputError:
                    pass  # a matched folder without articles: the pattern matched other things too
            continue
        if item != "-" and not Path(item).exists():
            slots.append(FileResult(item, error=f"{item}: no such file"))
            continue
        try:
            for path in expand_paths([item]):
                add(path)
        except InputError as err:
            slots.append(FileResult(item, error=str(err)))
    return slots


def run_checks(auditor, policy, paths: list[str], jobs: int, progress: bool) -> dict[str, FileResult]:
    """Check the paths, in a process pool when there are several and jobs allow."""
    results: dict[str, FileResult] = {}
    workers = min(jobs or os.cpu_count() or 1, len(paths))
    bar = click.progressbar(length=len(paths), label="checking", file=sys.stderr) if progress else None
    if bar is not None:
        bar.__enter__()
    try:
        if workers <= 1 or "-" in paths:
            for path in paths:
                results[path] = check_path(auditor, policy, path)
                if bar is not None:
                    bar.update(1)
            return results
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        uses_models = auditor.tagger is not None or auditor.typer is not None
        # torch must not be forked once loaded; the rule pipeline forks safely and fast
        context = multiprocessing.get_context("spawn" if uses_models else "fork")
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                 initargs=(auditor.config, policy)) as pool:
            futures = {pool.submit(_check_in_worker, path): path for path in paths}
            for future in as_completed(futures):
                path = futures[future]
                try:
                    results[path] = future.result()
                except Exception as err:  # a worker that died
                    results[path] = FileResult(path, error=f"{path}: could not check it ({type(err).__name__}: {err})")
                if bar is not None:
                    bar.update(1)
        return results
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)


def _list_rules(policy) -> str:
    width = max(len(r) for r in policy.rules)
    lines = [f"policy: {policy.name} (fail on: {policy.fail_on})"]
    for setting in policy.rules.values():
        lines.append(f"{setting.id:<{width}}  {setting.severity:<10}  {setting.policy_name} <{setting.policy_url}>")
    return "\n".join(lines) + "\n"


@click.command("check")
@click.argument("files", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text for people, json for programs, sarif for code scanning, github for Actions annotations.")
@click.option("--policy", "policy_name", metavar="PACK|FILE",
              help="A built-in pack (default, newsroom-strict, teaching) or a policy YAML file.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Project config file (default: the nearest .auditor.yaml from here upwards).")
@click.option("--no-config", is_flag=True, help="Do not look for .auditor.yaml.")
@click.option("--rule", "rule_overrides", multiple=True, metavar="ID=SEVERITY",
              help="Set one rule's severity (off, suggestion, warning, error); repeatable.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Exit 1 when a finding is at or above this severity  [default: the policy's, else error]")
@click.option("--rules-only", is_flag=True, help="Use the rule pipeline, not the shipped models.")
@click.option("--models", "models_dir", type=click.Path(file_okay=False), help="Folder with tagger/ and typer/ models.")
@click.option("--input-format", type=click.Choice(["auto", "text", "markdown", "html"]), default="auto", show_default=True)
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Refuse larger inputs.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes; 0 = one per core, 1 = serial.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the findings here.")
@click.option("--summary/--no-summary", default=True, show_default=True,
              help="A table of findings per file at the end (stdout for text, else stderr).")
@click.option("--color/--no-color", default=None, help="Colour severities (default: on a terminal).")
@click.option("--list-rules", is_flag=True, help="Print the rules of the policy in force and exit.")
def check_command(files, fmt, policy_name, config_path, no_config, rule_overrides, fail_on, rules_only, models_dir,
                  input_format, max_bytes, jobs, output, summary, color, list_rules):
    """Check FILES (files, folders, glob patterns, - for stdin) against a sourcing policy.

    Exit 0: clean; 1: a finding at or above --fail-on; 2: usage error or a file that could
    not be read or checked (the other files are still checked and reported).
    """
    try:
        policy = load_policy(policy_name, config=config_path, discover=not no_config,
                             overrides=parse_rule_overrides(rule_overrides))
    except PolicyError as err:
        fail(str(err))
    if list_rules:
        click.echo(_list_rules(policy), nl=False)
        sys.exit(0)
    if not files:
        fail("give the articles to check: files, folders or glob patterns (see auditor check --help)")
    fail_on = fail_on or policy.fail_on
    slots = expand_inputs(list(files))
    paths = [s for s in slots if isinstance(s, str)]
    checked: dict[str, FileResult] = {}
    if paths:
        auditor = build_auditor(rules_only, models_dir, max_bytes, input_format)
        checked = run_checks(auditor, policy, paths, jobs, progress=len(paths) > 1 and sys.stderr.isatty())
    results = [checked[s] if isinstance(s, str) else s for s in slots]
    findings = [f for r in results for f in r.findings]
    code = 2 if any(r.error for r in results) else (1 if fails(findings, fail_on) else 0)
    if fmt == "text":
        use_color = (sys.stdout.isatty() and output is None) if color is None else color
        text = format_text(results, policy, use_color)
    elif fmt == "json":
        text = format_json(results, policy, fail_on, code)
    elif fmt == "sarif":
        text = format_sarif(results, policy)
    else:
        text = format_github(results, policy)
    if fmt in ("json", "sarif"):  # text and github carry the errors in their own output
        for r in results:
            if r.error:
                click.echo(f"auditor: error: {r.error}", err=True)
    _emit(text, output)
    if summary:
        table = summary_table(results)
        click.echo(table, nl=False, err=fmt != "text" or output is not None)
    sys.exit(code)


def _emit(text: str, output: Optional[str]) -> None:
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as err:
            fail(f"{output}: cannot write it ({err.strerror})")
    else:
        click.echo(text, nl=False)
