"""Train and evaluate the source typer (:mod:`.typer`).

Data: the shared PolNeAR source-type labels (file name + offsets + type; the text is read
from the PolNeAR folder, never copied) and the project's own gold articles
(``corpus/articles/*.jsonl``). ``corpus/splits.json`` fixes three splits (see
corpus/README.md): TRAIN is trained on, TUNE (PolNeAR dev) selects the checkpoint, and
HELD-OUT is only read by :func:`evaluate_typer` at the very end.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Optional, Sequence, TextIO

import click
import torch

from ..polnear import read_type_labels
from ..types import ANONYMOUS_TYPES, SOURCE_TYPES, Span
from . import base
from .typer import SourceTyper, TyperConfig

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"  # the project's shared material sits beside the checkout (../shared)
DEFAULT_LABELS = SHARED / "labels" / "polnear-source-types.tsv"
DEFAULT_POLNEAR = SHARED / "polnear" / "data"
DEFAULT_SPLITS = REPO / "corpus" / "splits.json"
DEFAULT_ARTICLES = (REPO / "corpus" / "articles" / "a.jsonl", REPO / "corpus" / "articles" / "b.jsonl")


@dataclass(frozen=True)
class TypedArticle:
    """One article's source mentions with their gold types (and cues, where known)."""

    name: str
    origin: str
    text: str
    mentions: tuple[Span, ...]
    cues: tuple[Optional[Span], ...]
    types: tuple[str, ...]


# -- data -----------------------------------------------------------------------------


def load_polnear(labels_tsv: Path | str, polnear_root: Path | str, split: str,
                 names: Optional[Iterable[str]] = None) -> list[TypedArticle]:
    """The labelled articles of one PolNeAR split (optionally only ``names``), cues from the .ann."""
    from ..polnear import iter_articles

    wanted = set(names) if names is not None else None
    rows: dict[str, list] = {}
    for row in read_type_labels(labels_tsv):
        if row.split == split and (wanted is None or row.article in wanted):
            rows.setdefault(row.article, []).append(row)
    articles = []
    for brat in iter_articles(Path(polnear_root) / split):
        if brat.name not in rows:
            continue
        cue_of = {}
        for gold in brat.attributions:
            for source in gold.source:
                cue_of.setdefault(source, Span(gold.cue[0].start, gold.cue[-1].end) if gold.cue else None)
        labelled = sorted(rows[brat.name], key=lambda r: (r.start, r.end))
        mentions = tuple(Span(r.start, r.end) for r in labelled)
        articles.append(TypedArticle(
            brat.name, f"polnear:{split}", brat.text, mentions,
            tuple(cue_of.get(m) for m in mentions), tuple(r.type for r in labelled),
        ))
    return articles


def _span(value) -> Optional[Span]:
    if value is None:
        return None
    if isinstance(value, dict):
        return Span(int(value["start"]), int(value["end"]))
    if isinstance(value, (list, tuple)) and value and isinstance(value[0], (list, tuple, dict)):
        spans = [_span(v) for v in value]
        return Span(spans[0].start, spans[-1].end)
    return Span(int(value[0]), int(value[1]))


def read_written(paths: Sequence[Path | str]) -> list[dict]:
    """The project's gold articles (JSON lines, ANNOTATION.md section 3), from the files that exist."""
    records = []
    for path in paths:
        path = Path(path)
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    records.append(json.loads(line))
    return records


def written_article(record: dict) -> TypedArticle:
    """A gold JSONL article as typed mentions: each attribution's source span and type."""
    seen: dict[Span, tuple[Optional[Span], str]] = {}
    for sentence in record.get("sentences", []):
        for attribution in sentence.get("attributions", []):
            source = _span(attribution.get("source_span"))
            kind = attribution.get("type")
            if source is None or kind not in SOURCE_TYPES or source in seen:
                continue
            seen[source] = (_span(attribution.get("cue_span")), kind)
    mentions = tuple(sorted(seen))
    return TypedArticle(
        record["id"], f"written:{record.get('style', 'unknown')}", record["text"], mentions,
        tuple(seen[m][0] for m in mentions), tuple(seen[m][1] for m in mentions),
    )


def make_splits(labels_tsv: Path | str, written: Sequence[dict], seed: int = 20261128,
                polnear_share: float = 0.2, written_share: float = 0.25) -> dict:
    """HELD-OUT: a seeded share of the labelled PolNeAR train articles (by name) and of the
    written articles (by id, per style); TUNE: PolNeAR dev; TRAIN: the rest."""
    rng = random.Random(seed)
    names = sorted({r.article for r in read_type_labels(labels_tsv) if r.split == "train"})
    shuffled = names[:]
    rng.shuffle(shuffled)
    heldout = sorted(shuffled[:round(polnear_share * len(names))])
    by_style: dict[str, list[str]] = {}
    for record in written:
        by_style.setdefault(record.get("style", "unknown"), []).append(record["id"])
    written_heldout = []
    for style in sorted(by_style):
        ids = sorted(by_style[style])
        rng.shuffle(ids)
        written_heldout += ids[:max(1, round(written_share * len(ids)))]
    written_ids = sorted(i for ids in by_style.values() for i in ids)
    return {
        "seed": seed,
        "polnear_train_heldout": heldout,
        "polnear_train_train": sorted(set(names) - set(heldout)),
        "polnear_tune_split": "dev",
        "written_heldout": sorted(written_heldout),
        "written_train": sorted(set(written_ids) - set(written_heldout)),
    }


def load_split(split: str, splits: dict, labels_tsv=DEFAULT_LABELS, polnear_root=DEFAULT_POLNEAR,
               articles: Sequence[Path | str] = DEFAULT_ARTICLES) -> list[TypedArticle]:
    """The articles of ``train``, ``tune`` or ``heldout`` as fixed by ``splits``."""
    if split == "tune":
        return load_polnear(labels_tsv, polnear_root, splits.get("polnear_tune_split", "dev"))
    if split not in ("train", "heldout"):
        raise ValueError(f"unknown split {split!r}; use train, tune or heldout")
    result = load_polnear(labels_tsv, polnear_root, "train", splits[f"polnear_train_{split}"])
    wanted = set(splits.get(f"written_{split}", []))
    result += [written_article(r) for r in read_written(articles) if r["id"] in wanted]
    return result


def with_extra_labels(train: list[TypedArticle], splits: dict, polnear_root, extra_labels: Sequence) -> list[TypedArticle]:
    """``train`` plus the articles of more label TSVs, never a HELD-OUT one or one already in."""
    held_names = set(splits["polnear_train_heldout"])
    train = list(train)
    for extra in extra_labels:
        more = [a for a in load_polnear(extra, polnear_root, "train") if a.name not in held_names]
        known = {a.name for a in train}
        train += [a for a in more if a.name not in known]
    return train


def with_extra_articles(train: list[TypedArticle], splits: dict, paths: Sequence[Path | str]) -> list[TypedArticle]:
    """``train`` plus every gold article of ``paths``; an article of HELD-OUT is an error, one already in is skipped."""
    held = set(splits.get("written_heldout", []))
    known = {a.name for a in train}
    train = list(train)
    for record in read_written(paths):
        if record["id"] in held:
            raise ValueError(f"{record['id']} is a HELD-OUT article; it cannot be trained on")
        if record["id"] not in known:
            known.add(record["id"])
            train.append(written_article(record))
    return train


def training_data(splits: dict, labels_tsv, polnear, sources: Sequence, extra_labels: Sequence = (),
                  train_articles: Sequence = (), no_base_train: bool = False) -> tuple[list[TypedArticle], list[TypedArticle]]:
    """(TRAIN with the extra labels and articles, TUNE) for a train command; a missing file or folder,
    or a HELD-OUT article among ``train_articles``, is a one-line :class:`click.ClickException`.
    ``no_base_train`` leaves out the shared labels' PolNeAR TRAIN articles."""
    try:
        train = load_split("train", splits, labels_tsv, polnear, sources)
        if no_base_train:
            train = [a for a in train if not a.origin.startswith("polnear")]
        train = with_extra_labels(train, splits, polnear, extra_labels)
        train = with_extra_articles(train, splits, train_articles)
        return train, load_split("tune", splits, labels_tsv, polnear, sources)
    except (ValueError, OSError) as err:
        raise click.ClickException(str(err)) from None


# -- evaluation -----------------------------------------------------------------------


def score_types(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str] = SOURCE_TYPES) -> dict:
    """Per-type P/R/F1, macro-F1 over the types present, accuracy, and the anonymous group's P/R."""
    per_type = {}
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted))
        per_type[label] = _prf(tp, fp, fn)
    present = [label for label in labels if per_type[label]["support"] or per_type[label]["predicted"]]
    anon_gold = [g in ANONYMOUS_TYPES for g in gold]
    anon_pred = [p in ANONYMOUS_TYPES for p in predicted]
    anonymous = _prf(
        sum(g and p for g, p in zip(anon_gold, anon_pred)),
        sum(p and not g for g, p in zip(anon_gold, anon_pred)),
        sum(g and not p for g, p in zip(anon_gold, anon_pred)),
    )
    return {
        "mentions": len(gold),
        "accuracy": round(sum(g == p for g, p in zip(gold, predicted)) / max(1, len(gold)), 4),
        "macro_f1": round(sum(per_type[label]["f1"] for label in present) / max(1, len(present)), 4),
        "macro_over": present,
        "per_type": per_type,
        "anonymous": anonymous,
    }


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "support": tp + fn, "predicted": tp + fp}


def evaluate_typer(model: Optional[SourceTyper], split: Sequence[TypedArticle], by_origin: bool = False,
                   head=None, tagger=None, as_pipeline: bool = False) -> dict:
    """Score ``model`` on typed articles: per-type P/R/F1, macro-F1, anonymous-group P/R
    (and the same per corpus, PolNeAR / written, with ``by_origin``). With ``head`` and
    ``tagger`` (:mod:`.type_head`), the head's answers are mixed in as in the pipeline,
    or stand alone when ``model`` is None (``audit --fast``). ``as_pipeline`` types the
    mentions as the pipeline does, the non-answers its cue rules find and the rules'
    fallbacks included (:func:`auditor.modelstages.type_given_mentions`)."""
    gold, predicted, origins = [], [], []
    for article in split:
        mentions, cues = list(article.mentions), list(article.cues)
        if as_pipeline:
            from ..modelstages import type_given_mentions

            gold += article.types
            predicted += type_given_mentions(article.text, mentions, cues, model, head, tagger)
            origins += [article.origin.split(":")[0]] * len(mentions)
            continue
        if head is None:
            predictions = model.predict(article.text, mentions, cues)
        else:
            _, states = tagger.predict_with_states(article.text, head.config.layer)
            if model is None:
                predictions = head.predict(article.text, states, mentions, cues)
            else:
                predictions = head.predict_with_typer(model, article.text, states, mentions, cues)
        gold += article.types
        predicted += [p.type for p in predictions]
        origins += [article.origin.split(":")[0]] * len(predictions)
    scores = score_types(gold, predicted, (model or head).config.labels)
    if by_origin:
        scores["by_origin"] = {
            origin: score_types([g for g, o in zip(gold, origins) if o == origin],
                                [p for p, o in zip(predicted, origins) if o == origin], (model or head).config.labels)
            for origin in sorted(set(origins))
        }
    return scores


# -- training -------------------------------------------------------------------------


def _examples(typer: SourceTyper, articles: Sequence[TypedArticle]):
    """A datasets.Dataset of encoded mentions with their label ids."""
    from datasets import Dataset

    index = {label: i for i, label in enumerate(typer.config.labels)}
    rows = []
    for article in articles:
        encoded = typer.encode(typer.contexts(article.text, article.mentions, article.cues))
        for item, kind in zip(encoded, article.types):
            rows.append({**item, "label": index[kind], "article": article.name})
    return Dataset.from_list(rows)


def _epoch_batches(labels: Sequence[int], lengths: Sequence[int], config: TyperConfig,
                   rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar length, small classes repeated up to ``oversample_min``."""
    by_label: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        by_label.setdefault(label, []).append(i)
    order = list(range(len(labels)))
    for members in by_label.values():
        missing = config.oversample_min - len(members)
        if missing > 0:
            order += [rng.choice(members) for _ in range(missing)]
    rng.shuffle(order)
    batches = []
    chunk = config.batch_size * 32
    for first in range(0, len(order), chunk):
        group = sorted(order[first:first + chunk], key=lambda i: lengths[i])
        batches += [group[j:j + config.batch_size] for j in range(0, len(group), config.batch_size)]
    rng.shuffle(batches)
    return batches


def _class_weights(labels: Sequence[int], n_labels: int, power: float) -> torch.Tensor:
    counts = Counter(labels)
    top = max(counts.values())
    weights = [((counts.get(i, 0) or 1) / top) ** -power if power else 1.0 for i in range(n_labels)]
    mean = sum(weights) / n_labels
    return torch.tensor([w / mean for w in weights])


def train_typer(config: TyperConfig, train: Sequence[TypedArticle], tune: Sequence[TypedArticle],
                out: Optional[Path | str] = None, tokenizer=None, log: TextIO = sys.stderr,
                init_from: Optional[Path | str] = None, device: str = "cpu") -> tuple[SourceTyper, dict]:
    """Fine-tune a typer on ``train``, keep the checkpoint with the best TUNE macro-F1, save to ``out``.

    ``init_from`` continues from a saved typer instead of the base encoder. Seeded: the
    same config, data and torch build give the same model. ``device`` "cuda" trains on a
    GPU (bfloat16 autocast); the saved model loads and runs on CPU either way.
    """
    from transformers import get_linear_schedule_with_warmup

    torch.set_num_threads(config.threads)
    random.seed(config.seed)
    torch.manual_seed(config.seed)
    started = time.time()
    if init_from is not None:
        typer = SourceTyper.from_pretrained(init_from)
        if typer.config.labels != config.labels:
            raise ValueError(f"{init_from} has other labels than the config; train from the base instead")
        base.freeze_word_embeddings(typer.network.encoder)
        typer = SourceTyper(config, typer.network, typer.tokenizer)
    else:
        typer = SourceTyper.new(config, tokenizer)
    repeated = [a for a in train for _ in range(config.written_repeat if a.origin.startswith("written") else 1)]
    data = _examples(typer, repeated)
    labels = data["label"]
    lengths = [len(ids) for ids in data["input_ids"]]
    counts = Counter(config.labels[i] for i in labels)
    print(f"typer: {len(data)} training mentions from {len(train)} articles; {dict(counts)}", file=log)
    weights = _class_weights(labels, len(config.labels), config.class_weight_power)
    loss_fn = torch.nn.CrossEntropyLoss(weight=weights.to(device))
    network = typer.network.to(device)
    head = [p for n, p in network.named_parameters() if n.startswith("head.") and p.requires_grad]
    body = [p for n, p in network.named_parameters() if not n.startswith("head.") and p.requires_grad]
    optimizer = torch.optim.AdamW(
        [{"params": body, "lr": config.learning_rate}, {"params": head, "lr": config.head_learning_rate}],
        weight_decay=config.weight_decay,
    )
    rng = random.Random(config.seed)
    plans = [_epoch_batches(labels, lengths, config, rng) for _ in range(config.epochs)]
    total = sum(len(p) for p in plans)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(config.warmup_ratio * total), total)
    best: tuple[float, Optional[dict], dict] = (-1.0, None, {})
    step = 0
    running = 0.0
    deadline = started + config.max_minutes * 60 if config.max_minutes else None
    out_of_time = False
    for epoch, batches in enumerate(plans, 1):
        checkpoints = {round(len(batches) * k / config.evals_per_epoch) for k in range(1, config.evals_per_epoch + 1)}
        for number, rows in enumerate(batches, 1):
            network.train()
            batch = {k: v.to(device) for k, v in typer.collate([data[i] for i in rows]).items()}
            target = torch.tensor([labels[i] for i in rows], device=device)
            with base.training_autocast(device):
                logits = network(**batch)
            loss = loss_fn(logits.float(), target)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(network.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            step += 1
            running = 0.98 * running + 0.02 * loss.item() if step > 1 else loss.item()
            if step % 25 == 0 or step == total:
                elapsed = time.time() - started
                print(f"typer: epoch {epoch} step {step}/{total} loss {running:.4f} "
                      f"{elapsed / 60:.1f} min, about {(total - step) * elapsed / step / 60:.0f} min left",
                      file=log, flush=True)
            out_of_time = deadline is not None and time.time() > deadline
            if out_of_time:
                print(f"typer: stopping, max_minutes={config.max_minutes} reached", file=log, flush=True)
            if (number in checkpoints or out_of_time) and tune:
                metrics = evaluate_typer(typer, tune)
                print(f"typer: TUNE after epoch {epoch} step {step}: macro-F1 {metrics['macro_f1']:.4f} "
                      f"accuracy {metrics['accuracy']:.4f} anonymous P {metrics['anonymous']['precision']:.3f} "
                      f"R {metrics['anonymous']['recall']:.3f}", file=log, flush=True)
                if metrics["macro_f1"] > best[0]:
                    state = {k: v.detach().clone() for k, v in network.state_dict().items()}
                    best = (metrics["macro_f1"], state, {**metrics, "epoch": epoch, "step": step})
                    if out is not None:  # the best so far survives an interrupted run
                        typer.save_pretrained(out, metrics={"tune": best[2], "partial": True})
            if out_of_time:
                break
        if out_of_time:
            break
    if best[1] is not None:
        network.load_state_dict(best[1])
    network.eval().to("cpu")
    summary = {
        "tune": best[2],
        "train_mentions": len(data),
        "train_articles": len(train),
        "train_counts": dict(counts),
        "minutes": round((time.time() - started) / 60, 1),
        "device": device,
    }
    if out is not None:
        typer.save_pretrained(out, metrics=summary)
        print(f"typer: saved to {out}", file=log)
    return typer, summary


# -- command line ---------------------------------------------------------------------


@click.command("typer")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
              help="JSON/TOML/YAML file of TyperConfig fields.")
@click.option("--out", type=click.Path(file_okay=False), default=str(REPO / "models" / "typer"), show_default=True,
              help="Folder to write the model to.")
@click.option("--epochs", type=int, help="Passes over TRAIN (overrides the config).")
@click.option("--seed", type=int, help="Seed (overrides the config).")
@click.option("--learning-rate", type=float, help="Encoder learning rate (overrides the config).")
@click.option("--threads", type=int, help="torch CPU threads (overrides the config).")
@click.option("--labels", "labels_tsv", type=click.Path(exists=True, dir_okay=False), default=str(DEFAULT_LABELS),
              show_default=True, help="PolNeAR source-type label TSV.")
@click.option("--polnear", type=click.Path(exists=True, file_okay=False), default=str(DEFAULT_POLNEAR),
              show_default=True, help="PolNeAR data folder (with train/ and dev/).")
@click.option("--articles", multiple=True, type=click.Path(dir_okay=False),
              help="Gold JSONL articles (default: corpus/articles/a.jsonl and b.jsonl).")
@click.option("--splits", "splits_path", type=click.Path(dir_okay=False), default=str(DEFAULT_SPLITS),
              show_default=True, help="splits.json fixing TRAIN / TUNE / HELD-OUT.")
@click.option("--no-written", is_flag=True, help="Train on PolNeAR only.")
@click.option("--limit", type=int, help="Use only this many TRAIN articles (a speed pilot).")
@click.option("--heldout", is_flag=True, help="Score HELD-OUT once at the end (final models only).")
@click.option("--extra-labels", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="More PolNeAR train label TSVs (e.g. corpus/labels/polnear-train-extra.tsv); all TRAIN.")
@click.option("--train-articles", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="More gold JSONL articles, all TRAIN (e.g. corpus/articles/c.jsonl); a HELD-OUT id is refused.")
@click.option("--init-from", type=click.Path(exists=True, file_okay=False), help="Continue from a saved typer.")
@click.option("--device", default="cpu", show_default=True, help='Where to train: "cpu" or "cuda" (a GPU, bfloat16 autocast).')
@click.option("--no-base-train", is_flag=True, help="Leave out the TRAIN articles of the shared labels "
              "(with --init-from, when the model has seen them).")
def train_typer_command(config_path, out, epochs, seed, learning_rate, threads, labels_tsv, polnear, articles,
                        splits_path, no_written, limit, heldout, extra_labels, train_articles, init_from,
                        no_base_train, device):
    """Train the source-type classifier on TRAIN, select on TUNE, save to --out."""
    overrides = {k: v for k, v in {"epochs": epochs, "seed": seed, "learning_rate": learning_rate,
                                   "threads": threads}.items() if v is not None}
    try:
        config = replace(TyperConfig.from_dict(base.read_training_config(config_path, "typer")), **overrides)
        base.check_device(device)
    except (ValueError, OSError) as err:
        raise click.ClickException(str(err)) from None
    if not Path(splits_path).exists():
        raise click.ClickException(f"{splits_path} is missing; write it with: python -m auditor.models.train_typer splits")
    splits = json.loads(Path(splits_path).read_text(encoding="utf-8"))
    if no_written:
        splits = {**splits, "written_train": [], "written_heldout": []}
    sources = articles or DEFAULT_ARTICLES
    train, tune = training_data(splits, labels_tsv, polnear, sources, extra_labels, train_articles, no_base_train)
    if limit:
        train = train[:limit]
    typer, summary = train_typer(config, train, tune, out, init_from=init_from, device=device)
    if heldout:
        held = load_split("heldout", splits, labels_tsv, polnear, sources)
        summary["heldout"] = evaluate_typer(typer, held, by_origin=True)
        summary["heldout_articles"] = len(held)
        typer.save_pretrained(out, metrics=summary)
    click.echo(json.dumps(summary, indent=1))


@click.group()
def main():
    """Typer data splits, training and evaluation."""


@main.command("splits")
@click.option("--labels", "labels_tsv", default=str(DEFAULT_LABELS), show_default=True)
@click.option("--articles", multiple=True, type=click.Path(dir_okay=False))
@click.option("--out", default=str(DEFAULT_SPLITS), show_default=True)
@click.option("--seed", type=int, default=20261128, show_default=True)
def splits_command(labels_tsv, articles, out, seed):
    """Write splits.json (HELD-OUT / TUNE / TRAIN)."""
    splits = make_splits(labels_tsv, read_written(articles or DEFAULT_ARTICLES), seed)
    Path(out).write_text(json.dumps(splits, indent=1) + "\n", encoding="utf-8")
    click.echo(f"{out}: {len(splits['polnear_train_heldout'])} + {len(splits['written_heldout'])} held-out articles")


@main.command("evaluate")
@click.option("--model", "model_path", default=str(REPO / "models" / "typer"), show_default=True)
@click.option("--split", type=click.Choice(["tune", "heldout", "train"]), default="tune", show_default=True)
@click.option("--splits", "splits_path", default=str(DEFAULT_SPLITS), show_default=True)
@click.option("--labels", "labels_tsv", default=str(DEFAULT_LABELS), show_default=True)
@click.option("--polnear", default=str(DEFAULT_POLNEAR), show_default=True)
@click.option("--articles", multiple=True, type=click.Path(dir_okay=False))
@click.option("--only", type=click.Choice(["all", "polnear", "written"]), default="all", show_default=True)
@click.option("--record", is_flag=True, help="Also store the scores in the model's config.json (metrics.<split>).")
@click.option("--head", "head_path", type=click.Path(file_okay=False),
              help="Mix in this type head (models/type_head) as the pipeline does; --record then writes to the head's config.")
@click.option("--tagger", "tagger_path", default=str(REPO / "models" / "tagger"), show_default=True,
              help="The tagger whose states --head reads.")
@click.option("--as-pipeline", is_flag=True,
              help="Type the mentions as the pipeline does: non-answers stated in the cue, and the rules where "
                   "a model says declined_comment without one (--record writes metrics.<split>_as_pipeline).")
def evaluate_command(model_path, split, splits_path, labels_tsv, polnear, articles, only, record, head_path, tagger_path,
                     as_pipeline):
    """Score a saved typer (optionally mixed with a type head) on one split."""
    torch.set_num_threads(1)
    try:
        splits = json.loads(Path(splits_path).read_text(encoding="utf-8"))
        data = load_split(split, splits, labels_tsv, polnear, articles or DEFAULT_ARTICLES)
    except (ValueError, OSError) as err:
        raise click.ClickException(str(err)) from None
    if only != "all":
        data = [a for a in data if a.origin.startswith(only)]
    head = tagger = None
    if head_path:
        from .tagger import AttributionTagger
        from .type_head import TypeHead

        head = TypeHead.from_pretrained(head_path, tagger_path)
        tagger = AttributionTagger.from_pretrained(tagger_path)
    metrics = evaluate_typer(SourceTyper.from_pretrained(model_path), data, by_origin=True, head=head, tagger=tagger,
                             as_pipeline=as_pipeline)
    metrics["articles"] = len(data)
    click.echo(json.dumps(metrics, indent=1))
    if record:
        path = Path(head_path or model_path) / "config.json"
        saved = json.loads(path.read_text(encoding="utf-8"))
        key = (split if only == "all" else f"{split}_{only}") + ("_as_pipeline" if as_pipeline else "")
        saved.setdefault("metrics", {})[key] = metrics
        path.write_text(json.dumps(saved, indent=2, sort_keys=True) + "\n", encoding="utf-8")


main.add_command(train_typer_command, "train")

if __name__ == "__main__":
    main()
