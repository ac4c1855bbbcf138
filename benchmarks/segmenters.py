"""Measure the sentence segmenters on news: boundary quality and speed.

    python benchmarks/segmenters.py [--gold FILE.jsonl ...] [--polnear DIR]

For each engine, with and without auditor's news fixes:
- on gold JSONL (the seed, the written articles): exact sentence boundary recall and
  precision over the article body (excluded text left out);
- on PolNeAR (no sentence gold): how many sentence boundaries fall strictly inside a
  gold source or cue span (each one is an error: "Sen. | Ted Cruz said"), per 1,000
  attributions, and seconds per MB of text.
Prints a table; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.ingest import mark_excluded  # noqa: E402
from auditor.polnear import iter_articles  # noqa: E402
from auditor.segment import ENGINES, SegmentConfig, split_sentences  # noqa: E402


def body_sentences(text: str, config: SegmentConfig) -> set[tuple[int, int]]:
    excluded, _, _ = mark_excluded(text)
    return {
        (s.start, s.end) for s in split_sentences(text, config)
        if not any(ex.start <= s.start < ex.end for ex in excluded)
    }


def gold_scores(paths: list[str], config: SegmentConfig) -> tuple[float, float, int]:
    tp = n_gold = n_pred = 0
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            gold = json.loads(line)
            expected = {(s["start"], s["end"]) for s in gold["sentences"]}
            predicted = body_sentences(gold["text"], config)
            tp += len(expected & predicted)
            n_gold += len(expected)
            n_pred += len(predicted)
    return tp / max(n_gold, 1), tp / max(n_pred, 1), n_gold


def polnear_scores(folder: str, config: SegmentConfig, limit: int | None) -> tuple[float, float, int]:
    broken = attributions = chars = 0
    seconds = 0.0
    for number, article in enumerate(iter_articles(folder)):
        if limit is not None and number >= limit:
            break
        started = time.perf_counter()
        sentences = split_sentences(article.text, config)
        seconds += time.perf_counter() - started
        chars += len(article.text.encode("utf-8"))
        boundaries = [s.end for s in sentences]
        for gold in article.attributions:
            attributions += 1
            for span in gold.source + gold.cue:
                if any(span.start < b < span.end for b in boundaries):
                    broken += 1
                    break
    return 1000 * broken / max(attributions, 1), seconds / max(chars / 1e6, 1e-9), attributions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", nargs="*", default=[str(ROOT / "seeds" / "nbc-us-china-fentanyl.gold.jsonl")])
    parser.add_argument("--polnear", default=str(ROOT.parent / "shared" / "polnear" / "data" / "dev"))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    print(f"{'engine':<10} {'fixes':<5} {'gold R':>7} {'gold P':>7} {'broken src/cue per 1k':>22} {'s per MB':>9}")
    for engine in ENGINES:
        for fixes in (False, True):
            config = SegmentConfig(engine=engine, news_fixes=fixes)
            recall, precision, n = gold_scores(args.gold, config)
            if Path(args.polnear).exists():
                broken, speed, _ = polnear_scores(args.polnear, config, args.limit)
            else:
                broken, speed = float("nan"), float("nan")
            print(f"{engine:<10} {str(fixes):<5} {recall:7.3f} {precision:7.3f} {broken:22.1f} {speed:9.3f}")
    print(f"(gold: {n} sentences in {', '.join(Path(p).name for p in args.gold)})")


if __name__ == "__main__":
    main()
