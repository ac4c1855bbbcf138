"""The floor under the 200 ms target: one encoder pass over a 1,000-word article, nothing else.

    python benchmarks/encoder_floor.py [--repeat 7] [--threads 2]

Prints this machine's matrix-multiply rate and the time of ONE pass of the packaged
all-MiniLM-L6-v2 (the encoder both shipped models fine-tune) over the wordpieces of the
1,000-word article of ``benchmarks/speed.py``, in the tagger's windows of 256: in float32,
int8 dynamic quantisation (per-tensor and per-channel weight scales), bfloat16, and with
only the first 3 or 2 of its 6 layers. The audit runs two such passes (tagger and typer)
plus decoding; if one pass alone is over 200 ms, no decoding trick reaches the target with
this encoder on this machine. Weights are the base encoder's (speed does not depend on them).
"""

from __future__ import annotations

import argparse
import copy
import statistics
import time
import warnings

import torch

from speed import thousand_word_article


def median_time(fn, repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    from auditor.models import base, bio

    a, b = torch.randn(2048, 384), torch.randn(384, 1536)
    seconds = median_time(lambda: a @ b, 50)
    print(f"{args.threads} threads: float32 matrix multiply (2048x384 @ 384x1536) {2 * 2048 * 384 * 1536 / seconds / 1e9:.0f} GFLOP/s")

    tokenizer = base.load_tokenizer()
    encoding = bio.encode_text(tokenizer, thousand_word_article())
    n = len(encoding.ids)
    windows = bio.make_windows(encoding.features, 254, 0)
    width = max(end - start for start, end in windows) + 2
    cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    ids = torch.zeros((len(windows), width), dtype=torch.long)
    mask = torch.zeros((len(windows), width), dtype=torch.long)
    for row, (start, end) in enumerate(windows):
        ids[row, :end - start + 2] = torch.tensor([cls_id, *encoding.ids[start:end], sep_id])
        mask[row, :end - start + 2] = 1
    print(f"one pass over {n} wordpieces ({len(windows)} windows of at most 256, no overlap), median of {args.repeat}:")

    encoder = base.load_base_encoder().eval()
    variants = {"float32": encoder}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao.quantization's deprecation notices
        from torch.ao.quantization import default_dynamic_qconfig, per_channel_dynamic_qconfig, quantize_dynamic

        variants["int8 dynamic, per-tensor"] = quantize_dynamic(copy.deepcopy(encoder), {torch.nn.Linear: default_dynamic_qconfig}, dtype=torch.qint8)
        variants["int8 dynamic, per-channel"] = quantize_dynamic(copy.deepcopy(encoder), {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8)
    variants["bfloat16"] = copy.deepcopy(encoder).to(torch.bfloat16)
    for layers in (3, 2):
        shallow = copy.deepcopy(encoder)
        shallow.encoder.layer = shallow.encoder.layer[:layers]
        variants[f"float32, first {layers} of 6 layers"] = shallow
    for name, model in variants.items():
        with torch.inference_mode():
            seconds = median_time(lambda: model(input_ids=ids, attention_mask=mask), args.repeat)
        print(f"  {name:32s} {seconds * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
