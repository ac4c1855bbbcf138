"""How the rules pipeline scales with the length of one input.

    python benchmarks/long_input.py [--sizes 0.1 0.2 0.4] [--models]

Builds one long text from the written corpus articles (corpus/articles/a.jsonl and b.jsonl,
repeated) at each size in MB, audits it once and prints the seconds taken in all and by the
grouping stage, and the number of attributions: time that grows with the size, not its
square, is what a book-length input needs. ``--models`` runs the shipped models instead of
the rules (slower: the encoder reads every window).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def long_text(megabytes: float) -> str:
    texts = [json.loads(line)["text"] for name in ("a.jsonl", "b.jsonl")
             for line in (ROOT / "corpus" / "articles" / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    out, size = [], 0
    while size < megabytes * 1e6:
        for text in texts:
            out.append(text.strip())
            size += len(text) + 2
            if size >= megabytes * 1e6:
                break
    return "\n\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 0.2, 0.4])
    parser.add_argument("--models", action="store_true", help="the shipped models, not the rules")
    args = parser.parse_args()

    from auditor.group import group
    from auditor.ingest import read_article
    from auditor.pipeline import AuditConfig, Auditor

    auditor = Auditor(AuditConfig(rules_only=not args.models))
    auditor.audit_text("Warm-up\n\nThe plan passed, officials said.\n")
    for megabytes in args.sizes:
        article = read_article(long_text(megabytes), "long")
        started = time.perf_counter()
        doc = auditor.run(article)
        total = time.perf_counter() - started
        started = time.perf_counter()
        group(doc)
        grouping = time.perf_counter() - started
        print(f"{len(article.text) / 1e6:.2f} MB: {total:.2f} s in all ({total / (len(article.text) / 1e6):.1f} s per MB), "
              f"grouping {grouping:.2f} s, {len(doc.attributions)} attributions")


if __name__ == "__main__":
    main()
