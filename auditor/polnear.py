"""Read PolNeAR (brat standoff) and the shared source-type labels.

PolNeAR keeps each split as ``<split>/text/<article>.txt`` and one or more
``<split>/attributions/<article>_<annotator>.ann``. An ``E`` line ties an
``Attribution`` trigger to its ``Source``, ``Cue`` and ``Content`` text-bound spans; a
span may be discontinuous (``start end;start end``). Only paths and offsets leave this
module: article text is research data and never goes into the repository.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from .types import Span


@dataclass(frozen=True)
class GoldAttribution:
    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]


@dataclass(frozen=True)
class BratArticle:
    name: str
    annotator: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    discarded: tuple[Span, ...] = ()


def _parse_spans(field: str) -> tuple[Span, ...]:
    spans = []
    for part in field.split(";"):
        start, end = part.split()
        spans.append(Span(int(start), int(end)))
    return tuple(spans)


def parse_ann(ann_text: str) -> tuple[tuple[GoldAttribution, ...], tuple[Span, ...]]:
    """Parse one .ann file into attributions (and the ``Discard`` spans)."""
    bounds: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann_text.splitlines():
        if not line.strip():
            continue
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, spans = cols[1].partition(" ")
            bounds[cols[0]] = (label, _parse_spans(spans))
        elif line.startswith("E") and len(cols) >= 2:
            events.append([tuple(arg.split(":", 1)) for arg in cols[1].split()])
    attributions = []
    for args in events:
        parts: dict[str, list[Span]] = {"Source": [], "Cue": [], "Content": []}
        for role, ref in args:
            role = role.rstrip("0123456789")
            if role in parts and ref in bounds:
                parts[role].extend(bounds[ref][1])
        attributions.append(
            GoldAttribution(
                source=tuple(sorted(parts["Source"])),
                cue=tuple(sorted(parts["Cue"])),
                content=tuple(sorted(parts["Content"])),
            )
        )
    discarded = tuple(s for label, spans in bounds.values() if label == "Discard" for s in spans)
    return tuple(attributions), discarded


def split_dir(root: Path | str, split: str) -> Path:
    path = Path(root)
    if (path / split).is_dir():
        path = path / split
    if not (path / "text").is_dir() or not (path / "attributions").is_dir():
        raise FileNotFoundError(
            f"{path} is not a PolNeAR split folder (it needs text/ and attributions/); "
            "point at e.g. ../shared/polnear/data/dev"
        )
    return path


def iter_articles(folder: Path | str, all_annotators: bool = False) -> Iterator[BratArticle]:
    """Yield the articles of one split folder (``…/data/dev``), one annotation each.

    Doubly annotated articles yield the first annotator's file (sorted by name) unless
    ``all_annotators`` is set.
    """
    folder = Path(folder)
    if not (folder / "text").is_dir():
        folder = split_dir(folder, "")
    seen: set[str] = set()
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name, _, annotator = ann.stem.rpartition("_")
        if not all_annotators and name in seen:
            continue
        txt = folder / "text" / f"{name}.txt"
        if not txt.exists():
            continue
        seen.add(name)
        text = txt.read_text(encoding="utf-8")
        attributions, discarded = parse_ann(ann.read_text(encoding="utf-8"))
        yield BratArticle(name, annotator, text, attributions, discarded)


@dataclass(frozen=True)
class TypeLabel:
    split: str
    article: str
    start: int
    end: int
    type: str
    response: Optional[str]
    note: str


def read_type_labels(path: Path | str) -> list[TypeLabel]:
    """Read a source-type TSV (split, article, start, end, type, response, note)."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            response = row.get("response") or "-"
            rows.append(
                TypeLabel(
                    split=row["split"],
                    article=row["article"],
                    start=int(row["start"]),
                    end=int(row["end"]),
                    type=row["type"],
                    response=None if response == "-" else response,
                    note=row.get("note") or "",
                )
            )
    return rows
