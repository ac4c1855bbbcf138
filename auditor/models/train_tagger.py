"""Fine-tune the attribution tagger on PolNeAR train; pick the epoch on PolNeAR dev.

    python -m auditor.models.train_tagger --train ../shared/polnear/data/train \
        --dev ../shared/polnear/data/dev --out models/tagger
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import Optional, TextIO

import click
import torch

from ..polnear import BratArticle, iter_articles, split_dir
from ..spanscore import format_scores, score_spans
from . import base, bio
from .tagger import AttributionTagger, TaggerConfig


def seed_everything(seed: int) -> None:
    random.seed(seed)
    torch.manual_seed(seed)


def article_windows(tagger: AttributionTagger, articles: list[BratArticle]):
    """A ``datasets.Dataset`` of training windows: input ids, feature ids and labels."""
    from datasets import Dataset

    cls_id, sep_id = tagger.cls_id, tagger.sep_id
    rows: dict[str, list] = {"input_ids": [], "feature_ids": [], "labels": [], "article": []}
    for article in articles:
        encoding = tagger.encode(article.text)
        labels = bio.gold_labels(article.text, encoding.offsets, article.attributions)
        for start, end in tagger.windows(encoding, tagger.config.train_overlap):
            rows["input_ids"].append([cls_id, *encoding.ids[start:end], sep_id])
            rows["feature_ids"].append([0, *encoding.features[start:end], 0])
            rows["labels"].append([bio.IGNORE, *labels[start:end], bio.IGNORE])
            rows["article"].append(article.name)
    return Dataset.from_dict(rows)


def collate(rows: list[dict]) -> dict[str, torch.Tensor]:
    width = max(len(r["input_ids"]) for r in rows)
    batch = {
        "input_ids": torch.zeros((len(rows), width), dtype=torch.long),
        "feature_ids": torch.zeros((len(rows), width), dtype=torch.long),
        "labels": torch.full((len(rows), width), bio.IGNORE, dtype=torch.long),
        "attention_mask": torch.zeros((len(rows), width), dtype=torch.long),
    }
    for i, r in enumerate(rows):
        n = len(r["input_ids"])
        batch["input_ids"][i, :n] = torch.tensor(r["input_ids"])
        batch["feature_ids"][i, :n] = torch.tensor(r["feature_ids"])
        batch["labels"][i, :n] = torch.tensor(r["labels"])
        batch["attention_mask"][i, :n] = 1
    return batch


def evaluate(tagger: AttributionTagger, articles: list[BratArticle], decodings=("viterbi", "argmax")) -> dict[str, dict]:
    """Span scores on ``articles`` for each decoding (one forward pass per article)."""
    tagger.network.eval()
    pairs: dict[str, list] = {d: [] for d in decodings}
    for article in articles:
        encoding = tagger.encode(article.text)
        log_probs = tagger.token_log_probs(encoding)
        for d in decodings:
            pairs[d].append((article.text, article.attributions, tagger.decode(article.text, encoding, log_probs, d)))
    return {d: score_spans(p) for d, p in pairs.items()}


def mean_exact_f1(scores: dict) -> float:
    return sum(scores[r]["exact"]["f1"] for r in ("source", "cue", "content")) / 3


def frozen_parameters(network, layers: int) -> set[str]:
    """Names of the parameters below encoder layer ``layers`` (embeddings, the casing
    feature embedding, layers 1…``layers``); none when ``layers`` is 0."""
    if layers <= 0:
        return set()
    below = tuple(f"encoder.encoder.layer.{i}." for i in range(layers))
    return {name for name, _ in network.named_parameters()
            if name.startswith(("encoder.embeddings.", "features.")) or name.startswith(below)}


def train_tagger(
    config: TaggerConfig,
    train_dir: Path | str,
    dev_dir: Optional[Path | str],
    out_dir: Path | str,
    log: TextIO = sys.stderr,
    max_train_articles: Optional[int] = None,
    max_dev_articles: Optional[int] = None,
    encoder_config: Optional[dict] = None,
    init_from: Optional[Path | str] = None,
    device: str = "cpu",
) -> dict:
    """Train, evaluate on dev after each epoch, save the best epoch to ``out_dir``; return its report.

    Without ``dev_dir`` the last epoch is saved. ``encoder_config`` (a BertConfig dict)
    replaces the packaged encoder by a fresh small one, for tests; ``init_from`` starts
    from a saved tagger folder instead of the base encoder. ``device`` "cuda" trains on a
    GPU (bfloat16 autocast); the saved model loads and runs on CPU either way.
    """
    def say(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=log, flush=True)

    if config.threads:
        torch.set_num_threads(config.threads)
    seed_everything(config.seed)
    train_articles = list(iter_articles(train_dir))
    if max_train_articles is not None and max_train_articles < len(train_articles):
        # a seeded sample, not the first N: files sort by publisher
        train_articles = sorted(random.Random(config.seed).sample(train_articles, max_train_articles), key=lambda a: a.name)
    dev_articles = list(iter_articles(dev_dir))[:max_dev_articles] if dev_dir else []
    if init_from:
        # continue from a saved tagger (a test encoder's own word embeddings included)
        tagger = AttributionTagger.from_pretrained(init_from)
        tagger.config = config
        tagger.network.dropout.p = config.dropout  # the network was built with the saved config's
        say(f"starting from {init_from}")
    else:
        tagger = AttributionTagger.create(config, encoder_config)
    tagger.network.to(device)
    windows = article_windows(tagger, train_articles)
    n_tokens = sum(len(ids) for ids in windows["input_ids"])
    say(f"{len(train_articles)} train articles -> {len(windows)} windows, {n_tokens} wordpieces; {len(dev_articles)} dev articles")

    network = tagger.network
    frozen = frozen_parameters(network, config.freeze_layers)
    for name, parameter in network.named_parameters():
        if name in frozen:
            parameter.requires_grad = False
    params = [p for p in network.parameters() if p.requires_grad]
    decay = [p for p in params if p.dim() > 1]
    no_decay = [p for p in params if p.dim() <= 1]
    optimizer = torch.optim.AdamW(
        [{"params": decay, "weight_decay": config.weight_decay}, {"params": no_decay, "weight_decay": 0.0}],
        lr=config.learning_rate,
    )
    steps_per_epoch = (len(windows) + config.batch_size - 1) // config.batch_size
    total_steps = steps_per_epoch * config.epochs
    warmup = max(int(total_steps * config.warmup), 1)
    budget_s = config.max_minutes * 60

    def lr_factor(s: int) -> float:
        """Linear warm-up, then linear decay to 0 at the last step or at the time budget, whichever is nearer."""
        remaining = max(total_steps - s, 0) / max(total_steps - warmup, 1)
        if budget_s:
            remaining = min(remaining, max(1 - (time.time() - train_started) / budget_s, 0.0))
        return min((s + 1) / warmup, remaining)

    train_started = time.time()
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lr_factor)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=bio.IGNORE)
    shuffler = random.Random(config.seed)
    best, report, history = -1.0, {}, []
    step, deadline = 0, train_started + budget_s if budget_s else None
    for epoch in range(1, config.epochs + 1):
        network.train()
        order = list(range(len(windows)))
        shuffler.shuffle(order)
        started, seen, running = time.time(), 0, 0.0
        for b in range(0, len(order), config.batch_size):
            batch = {k: v.to(device) for k, v in collate(windows.select(order[b:b + config.batch_size]).to_list()).items()}
            with base.training_autocast(device):
                logits = network(batch["input_ids"], batch["attention_mask"], batch["feature_ids"])
            loss = loss_fn(logits.float().view(-1, logits.size(-1)), batch["labels"].view(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            seen += int(batch["attention_mask"].sum())
            running = 0.98 * running + 0.02 * loss.item() if step > 1 else loss.item()
            out_of_time = deadline is not None and time.time() > deadline
            if step % 20 == 0 or b + config.batch_size >= len(order) or out_of_time:
                rate = seen / max(time.time() - started, 1e-9)
                say(f"epoch {epoch} step {step}/{total_steps} loss {running:.4f} lr {scheduler.get_last_lr()[0]:.2e} {rate:.0f} wordpieces/s")
            if out_of_time:
                say(f"stopping: max_minutes={config.max_minutes} reached")
                break
        entry = {"epoch": epoch, "steps": step, "train_seconds": round(time.time() - started, 1), "loss": round(running, 4)}
        stopping = deadline is not None and time.time() > deadline
        if dev_articles and (epoch >= min(config.eval_from_epoch, config.epochs) or stopping):
            started = time.time()
            scores = evaluate(tagger, dev_articles)
            entry["dev_seconds"] = round(time.time() - started, 1)
            for decoding, s in scores.items():
                say(f"epoch {epoch} dev ({decoding}), mean exact F1 {mean_exact_f1(s):.4f}\n{format_scores(s)}")
                entry[decoding] = {r: {k: s[r][k] for k in ("exact", "token")} for r in ("source", "cue", "content")}
            current = mean_exact_f1(scores[config.decoding])
        elif dev_articles:
            current = -1.0  # dev not read yet (eval_from_epoch): nothing saved
        else:
            current = float(epoch)
        history.append(entry)
        if current > best:
            best = current
            report = {"best_epoch": epoch, "dev_mean_exact_f1": round(current, 4) if dev_articles else None,
                      "train_articles": len(train_articles), "dev_articles": len(dev_articles), "device": device,
                      "history": history}
            tagger.save_pretrained(out_dir, {"training": report})
            say(f"saved epoch {epoch} to {out_dir}")
        if stopping:
            break
    network.eval()
    final = dict(report, history=history)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    (Path(out_dir) / "training.json").write_text(json.dumps(final, indent=2) + "\n", encoding="utf-8")
    return final


@click.command("tagger")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False), help="JSON/TOML/YAML file of TaggerConfig fields.")
@click.option("--train", "train_dir", required=True, type=click.Path(exists=True, file_okay=False), help="PolNeAR train split folder.")
@click.option("--dev", "dev_dir", type=click.Path(exists=True, file_okay=False), help="PolNeAR dev split folder (picks the best epoch).")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Model folder to write.")
@click.option("--epochs", type=int, help="Override the config's epochs.")
@click.option("--seed", type=int, help="Override the config's seed.")
@click.option("--max-train-articles", type=int, help="Use a seeded sample of N train articles (quick runs).")
@click.option("--max-dev-articles", type=int, help="Use only the first N dev articles (quick runs).")
@click.option("--init-from", type=click.Path(exists=True, file_okay=False), help="Continue from a saved tagger folder.")
@click.option("--device", default="cpu", show_default=True, help='Where to train: "cpu" or "cuda" (a GPU, bfloat16 autocast).')
def train_tagger_command(config_file, train_dir, dev_dir, out_dir, epochs, seed, max_train_articles, max_dev_articles, init_from, device):
    """Fine-tune the attribution tagger (source / cue / content BIO) on PolNeAR."""
    try:
        config = TaggerConfig.from_dict(base.read_training_config(config_file, "tagger"))
        base.check_device(device)
        for folder in (train_dir, dev_dir):
            split_dir(folder, "")  # a wrong folder fails here, in one line, not after minutes of loading
    except (ValueError, OSError) as err:
        raise click.ClickException(str(err)) from None
    overrides = {k: v for k, v in {"epochs": epochs, "seed": seed}.items() if v is not None}
    config = replace(config, **overrides)
    click.echo(f"tagger config: {json.dumps(asdict(config), sort_keys=True)}", err=True)
    report = train_tagger(config, train_dir, dev_dir, out_dir, max_train_articles=max_train_articles,
                          max_dev_articles=max_dev_articles, init_from=init_from, device=device)
    click.echo(json.dumps({k: v for k, v in report.items() if k != "history"}, sort_keys=True))


if __name__ == "__main__":
    train_tagger_command()
