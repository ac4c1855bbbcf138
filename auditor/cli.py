"""The command line: thin click commands over the importable pipeline.

Exit codes: 0 every input audited; 1 some input could not be audited (the others still
get their reports); 2 usage errors.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .ingest import DEFAULT_MAX_BYTES, IngestConfig, InputError, expand_paths

SEED = Path(__file__).resolve().parent.parent / "seeds" / "nbc-us-china-fentanyl.txt"


def fail(message: str, code: int = 2) -> None:
    click.echo(f"auditor: error: {message}", err=True)
    sys.exit(code)


def build_auditor(rules_only: bool, models_dir: str | None, max_bytes: int = DEFAULT_MAX_BYTES, input_format: str = "auto",
                  fast: bool = False):
    """An Auditor for the CLI options; model-file problems become one-line errors."""
    from .pipeline import AuditConfig, Auditor, DEFAULT_MODELS

    if fast and rules_only:
        fail("--fast types sources with the tagger's type head; it cannot go with --rules-only")
    config = AuditConfig(
        ingest=IngestConfig(max_bytes=max_bytes, input_format=input_format),
        rules_only=rules_only,
        models_dir=Path(models_dir) if models_dir else DEFAULT_MODELS,
        require_models=bool(models_dir),
        fast_types=fast,
    )
    try:
        return Auditor(config)
    except Exception as err:  # ModelFilesError and friends: say what to do, no traceback
        message = str(err)
        fail(message if "--rules-only" in message else f"{message} (or run with --rules-only)")


def audit_inputs(auditor, paths: list[str], progress: bool = False) -> tuple[list[dict], list[str]]:
    """Audit each path; return the reports and the one-line errors of those that failed."""
    from .report import to_dict

    reports, errors = [], []
    items = paths
    bar = None
    if progress:
        bar = click.progressbar(paths, label="auditing", file=sys.stderr)
        items = bar.__enter__()
    try:
        for path in items:
            try:
                reports.append(to_dict(auditor.audit_path(path)))
            except InputError as err:
                errors.append(str(err))
            except Exception as err:  # one broken file must not lose the others' reports
                errors.append(f"{path}: could not audit it ({type(err).__name__}: {err})")
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    return reports, errors


class LazyGroup(click.Group):
    """A group whose subcommands are imported only when called (torch loads late)."""

    def __init__(self, *args, lazy: dict[str, tuple[str, str]] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy = lazy or {}

    def list_commands(self, ctx):
        from importlib.util import find_spec

        present = {name for name, (module, _) in self.lazy.items() if find_spec(module) is not None}
        return sorted(set(super().list_commands(ctx)) | present)

    def get_command(self, ctx, name):
        if name in self.lazy:
            import importlib

            module, attr = self.lazy[name]
            try:
                return getattr(importlib.import_module(module), attr)
            except (ImportError, AttributeError) as err:
                fail(f"'{name}' is not available here ({err})")
        return super().get_command(ctx, name)


OPTIONAL_COMMANDS = {
    "check": ("auditor.check", "check_command"),
    "compare": ("auditor.compare", "compare_command"),
    "serve": ("auditor.serve", "serve_command"),
}


@click.group(cls=LazyGroup, lazy=OPTIONAL_COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="auditor")
def main() -> None:
    """auditor: who says what in a news article, and how much of it rests on anonymity."""


FORMAT_HELP = "Output format: text, json, jsonl, markdown (html where installed)."


@main.command()
@click.argument("files", nargs=-1)
@click.option("--format", "fmt", default="text", show_default=True, help=FORMAT_HELP)
@click.option("--rules-only", is_flag=True, help="Use the rule baseline, not the shipped models.")
@click.option("--models", "models_dir", type=click.Path(file_okay=False), help="Folder with tagger/ and typer/ models.")
@click.option("--input-format", type=click.Choice(["auto", "text", "markdown", "html"]), default="auto", show_default=True)
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Refuse larger inputs.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the report here.")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: on a terminal).")
@click.option("--fast", is_flag=True, help="Type sources with the tagger's type head only, not the typer: "
              "about twice as fast, less accurate (models/type_head/README.md).")
def audit(files, fmt, rules_only, models_dir, input_format, max_bytes, output, color, fast):
    """Audit FILES (paths, directories, or - for stdin); the seed article by default."""
    from .render import RenderOptions, formats, render

    if fmt not in formats():
        fail(f"unknown format {fmt!r}; choose one of {', '.join(formats())}")
    try:
        paths = expand_paths(list(files) or [str(SEED)])
    except InputError as err:
        fail(str(err), 1)
    auditor = build_auditor(rules_only, models_dir, max_bytes, input_format, fast)
    reports, errors = audit_inputs(auditor, paths, progress=len(paths) > 3 and sys.stderr.isatty())
    for message in errors:
        click.echo(f"auditor: error: {message}", err=True)
    if reports:
        use_color = sys.stdout.isatty() and output is None if color is None else color
        text = render(fmt, reports, RenderOptions(color=use_color))
        if output:
            Path(output).write_text(text, encoding="utf-8")
        else:
            click.echo(text, nl=False, color=use_color)
    sys.exit(1 if errors else 0)


@main.command()
@click.option("--gold", "gold_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold JSONL (ANNOTATION.md §3); repeatable. Default: the seed's gold.")
@click.option("--polnear", "polnear_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="A PolNeAR split folder, e.g. ../shared/polnear/data/dev; repeatable.")
@click.option("--types", "type_labels", type=click.Path(exists=True, dir_okay=False),
              help="Source-type labels TSV for the PolNeAR split (split, article, start, end, type, …).")
@click.option("--rules-only", is_flag=True, help="Evaluate the rule baseline.")
@click.option("--models", "models_dir", type=click.Path(file_okay=False), help="Folder with tagger/ and typer/ models.")
@click.option("--subset", default=None,
              help="Only gold articles whose id is listed under this key of corpus/splits.json (e.g. written_heldout).")
@click.option("--typer-split", type=click.Choice(["heldout", "tune"]), default=None,
              help="Also score the source-type model alone on a split of corpus/splits.json.")
@click.option("--limit", type=int, default=None, help="Evaluate only the first N PolNeAR articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--fast", is_flag=True, help="Evaluate audit --fast (types from the tagger's type head alone).")
@click.option("--show-errors", is_flag=True,
              help="List every gold sentence with a wrong label set, with the gold and predicted attributions.")
def evaluate(gold_files, polnear_dirs, type_labels, rules_only, models_dir, subset, typer_split, limit, as_json, fast,
             show_errors):
    """Compare the auditor against gold files and PolNeAR annotations."""
    import json

    from .evaluate import evaluate_gold, evaluate_polnear, evaluate_typer_split, format_table, subset_ids

    if not gold_files and not polnear_dirs:
        default = SEED.with_suffix(".gold.jsonl")
        if not default.exists():
            fail("give --gold FILE.jsonl and/or --polnear DIR")
        gold_files = (str(default),)
    auditor = build_auditor(rules_only, models_dir, fast=fast)
    results = {"mode": auditor.mode}
    try:
        if gold_files:
            results["gold"] = evaluate_gold(auditor, list(gold_files), subset_ids(subset) if subset else None,
                                            show_errors=show_errors)
        if typer_split:
            results["typer"] = evaluate_typer_split(auditor, typer_split)
        for folder in polnear_dirs:
            results.setdefault("polnear", {})[folder] = evaluate_polnear(auditor, folder, type_labels, limit=limit)
    except (OSError, ValueError) as err:
        fail(str(err))
    click.echo(json.dumps(results, indent=2) if as_json else format_table(results))


@main.group(cls=LazyGroup, lazy={
    "tagger": ("auditor.models.train_tagger", "train_tagger_command"),
    "typer": ("auditor.models.train_typer", "train_typer_command"),
    "type-head": ("auditor.models.train_type_head", "train_type_head_command"),
})
def train() -> None:
    """Train the attribution tagger, the source-type classifier or the tagger's type head (see models/README.md)."""


def run() -> None:
    """The ``auditor`` command: :func:`main`, then a fast exit once torch is loaded.

    Tearing down an interpreter that imported torch takes about 1 s on 2 cores (measured:
    ``python -c "import torch"`` 3.7 s, 2.8 s when it ends with ``os._exit``), a second on
    every run of a linter. Every report is written and closed by then, so after flushing
    the standard streams the process ends at once with click's exit code.
    """
    try:
        main()
    except SystemExit as done:
        if "torch" not in sys.modules:
            raise
        code = done.code
        if isinstance(code, str):
            print(code, file=sys.stderr)
            code = 1
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed pipe: nothing more can be written
                pass
        os._exit(code or 0)


if __name__ == "__main__":
    run()
