"""Span scores of a saved tagger on a PolNeAR split, with prediction-time variants.

    python benchmarks/tagger_eval.py --model models/tagger --split ../shared/polnear/data/dev \
        [--overlap 64 --overlap 0] [--max-articles N]

One forward pass per article and overlap; both decodings (BIO-constrained Viterbi and
per-wordpiece argmax) are scored from it.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "tagger"))
    parser.add_argument("--split", required=True)
    parser.add_argument("--overlap", type=int, action="append", help="prediction window overlap(s) to try")
    parser.add_argument("--max-articles", type=int)
    args = parser.parse_args()

    from auditor.models.tagger import AttributionTagger
    from auditor.models.train_tagger import evaluate, mean_exact_f1
    from auditor.polnear import iter_articles
    from auditor.spanscore import format_scores

    tagger = AttributionTagger.from_pretrained(args.model)
    articles = list(iter_articles(args.split))[: args.max_articles]
    for overlap in args.overlap or [tagger.config.overlap]:
        tagger.config = replace(tagger.config, overlap=overlap)
        started = time.time()
        scores = evaluate(tagger, articles)
        for decoding, s in scores.items():
            print(f"overlap {overlap}, {decoding}: mean exact F1 {mean_exact_f1(s):.4f} ({len(articles)} articles, {time.time() - started:.0f} s)")
            print(format_scores(s))
            print(json.dumps({r: {k: s[r][k] for k in ("exact", "token", "counts")} for r in ("source", "cue", "content")}, sort_keys=True))


if __name__ == "__main__":
    main()
