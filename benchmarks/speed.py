"""End-to-end speed and memory of ``auditor audit`` on this machine.

    python benchmarks/speed.py [--rules-only | --fast] [--repeat 10] [--startup-runs 3] [--threads N]

Prints:
- start-up to first report: wall time of a fresh ``auditor audit --format json`` process
  on the seed (imports, model loading, one audit), and that process's peak RSS;
- per-article latency after loading: a 1,000-word article (the seed's paragraphs, repeated
  to 1,000 words) audited end to end, median and best of --repeat runs;
- batch throughput in articles per minute over 20 such articles.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "nbc-us-china-fentanyl.txt"


def thousand_word_article() -> str:
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()][:-2]
    out, words = [], 0
    while words < 1000:
        for paragraph in paragraphs:
            out.append(paragraph.strip())
            words += len(paragraph.split())
            if words >= 1000:
                break
    return "\n\n".join(out) + "\n"


def startup(rules_only: bool, fast: bool = False) -> tuple[float, float]:
    command = [sys.executable, "-m", "auditor.cli", "audit", "--format", "json", str(SEED)]
    if rules_only:
        command.insert(4, "--rules-only")
    if fast:
        command.insert(4, "--fast")
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"auditor failed: {result.stderr.strip()}")
    json.loads(result.stdout)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, peak_mb


def stage_times(auditor, article: str, repeat: int) -> str:
    """Median time of the tagger's and the typer's forward passes on ``article``."""
    doc = auditor.audit_text(article)
    mentions = [a.source for a in doc.attributions if a.source is not None]
    cues = [a.cue for a in doc.attributions if a.source is not None]
    encoding = auditor.tagger.encode(doc.text)
    encoded = auditor.typer.encode(auditor.typer.contexts(doc.text, mentions, cues))
    read_note = ""
    head = auditor.type_head
    if head is not None:  # the typer reads only the mentions the head is not sure of
        _, states = auditor.tagger.predict_with_states(doc.text, head.config.layer)
        sure = head.log_probabilities(doc.text, states, mentions, cues).exp().max(dim=-1).values
        read = [e for e, p in zip(encoded, sure.tolist()) if p < head.config.typer_skip_confidence]
        read_note = f" read by the typer of {len(encoded)}, the type head sure of the rest"
        encoded = read
    tagger, typer = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        auditor.tagger.token_log_probs(encoding)
        tagger.append(time.perf_counter() - started)
        started = time.perf_counter()
        auditor.typer.probabilities(encoded)
        typer.append(time.perf_counter() - started)
    windows = auditor.tagger.windows(encoding)
    return (f"tagger forward {statistics.median(tagger) * 1000:.0f} ms ({len(encoding.ids)} wordpieces in "
            f"{len(windows)} windows), typer forward {statistics.median(typer) * 1000:.0f} ms "
            f"({len(encoded)} mentions{read_note}, {sum(len(e['input_ids']) for e in encoded)} wordpieces)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--fast", action="store_true", help="type with the tagger's type head only (audit --fast)")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--startup-runs", type=int, default=3, help="fresh processes timed for start-up")
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))

    runs = [startup(args.rules_only, args.fast) for _ in range(args.startup_runs)]
    elapsed = sorted(e for e, _ in runs)
    print(f"start-up to first report (fresh process, seed): median {statistics.median(elapsed):.2f} s "
          f"(min {elapsed[0]:.2f}, max {elapsed[-1]:.2f} over {len(runs)} runs), peak RSS {max(p for _, p in runs):.0f} MB")

    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    from auditor.pipeline import AuditConfig, Auditor

    loaded = time.perf_counter()
    auditor = Auditor(AuditConfig(rules_only=args.rules_only, fast_types=args.fast))
    print(f"model loading in-process: {time.perf_counter() - loaded:.2f} s; mode {auditor.mode}")
    article = thousand_word_article()
    auditor.audit_text(article)  # warm-up
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        auditor.audit_text(article)
        times.append(time.perf_counter() - started)
    print(f"1,000-word article ({len(article.split())} words), end to end after loading: "
          f"median {statistics.median(times) * 1000:.0f} ms, best {min(times) * 1000:.0f} ms over {args.repeat} runs")
    if auditor.tagger is not None and auditor.typer is not None:
        print("  of which: " + stage_times(auditor, article, args.repeat))
    started = time.perf_counter()
    for _ in range(20):
        auditor.audit_text(article)
    per_minute = 20 / (time.perf_counter() - started) * 60
    print(f"batch throughput: {per_minute:.0f} articles per minute (1,000 words each, one process)")
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; cores: {os.cpu_count()}")


if __name__ == "__main__":
    main()
