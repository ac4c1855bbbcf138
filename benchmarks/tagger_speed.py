"""How fast the attribution tagger reads an article, on this machine's CPU.

    python benchmarks/tagger_speed.py [--model models/tagger] [--threads 1] [--repeat 3]

Prints the load time and milliseconds per 1,000 words for fp32, bf16 and int8 dynamic
quantization (nn.Linear layers), each with how many of the fp32 attributions (exact
source, cue and content offsets) it reproduces on the text. The text is the seed
article, repeated to at least 1,000 words.
"""

from __future__ import annotations

import argparse
import copy
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "nbc-us-china-fentanyl.txt"


def article_text(min_words: int = 1000) -> str:
    text = SEED.read_text(encoding="utf-8")
    pieces = [text]
    while sum(len(p.split()) for p in pieces) < min_words:
        pieces.append(text)
    return "\n\n".join(pieces)


def timed_ms_per_1000_words(tagger, text: str, repeat: int) -> tuple[float, list]:
    found = tagger.predict(text)  # warm-up
    started = time.perf_counter()
    for _ in range(repeat):
        found = tagger.predict(text)
    elapsed = (time.perf_counter() - started) / repeat
    return elapsed * 1000 * 1000 / len(text.split()), found


def agreement(reference: list, other: list) -> str:
    key = lambda a: (a.source, a.cue, tuple(a.content))  # noqa: E731
    same = len({key(a) for a in reference} & {key(a) for a in other})
    return f"{same}/{len(reference)} fp32 attributions reproduced"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "tagger"))
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import torch

    from auditor.models.tagger import AttributionTagger

    torch.set_num_threads(args.threads)
    started = time.perf_counter()
    tagger = AttributionTagger.from_pretrained(args.model)
    torch.set_num_threads(args.threads)
    load_s = time.perf_counter() - started
    text = article_text()
    words = len(text.split())
    print(f"model {args.model}, {args.threads} thread(s), text {words} words ({len(tagger.encode(text).ids)} wordpieces)")
    print(f"load: {load_s:.2f} s")

    ms, reference = timed_ms_per_1000_words(tagger, text, args.repeat)
    print(f"fp32: {ms:.0f} ms per 1,000 words, {len(reference)} attributions")

    bf16 = copy.copy(tagger)
    bf16.network = copy.deepcopy(tagger.network).to(torch.bfloat16)
    ms, found = timed_ms_per_1000_words(bf16, text, args.repeat)
    print(f"bf16: {ms:.0f} ms per 1,000 words, {agreement(reference, found)}")

    int8 = copy.copy(tagger)
    int8.network = torch.ao.quantization.quantize_dynamic(copy.deepcopy(tagger.network), {torch.nn.Linear}, dtype=torch.qint8)
    ms, found = timed_ms_per_1000_words(int8, text, args.repeat)
    print(f"int8 dynamic: {ms:.0f} ms per 1,000 words, {agreement(reference, found)}")


if __name__ == "__main__":
    main()
