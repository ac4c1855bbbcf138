"""Train the tagger's type head (:mod:`.type_head`) on the typer's TRAIN split, report TUNE.

Features are read once per article through the tagger (about 6 minutes for the 823
TRAIN articles on 2 cores); the head itself trains in a minute or two.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import click
import torch

from . import base
from .train_typer import (DEFAULT_ARTICLES, DEFAULT_LABELS, DEFAULT_POLNEAR, DEFAULT_SPLITS, REPO, evaluate_typer,
                          score_types, training_data)
from .type_head import TypeHeadConfig, article_features, file_digest, train_head


@click.command()
@click.option("--tagger", "tagger_path", type=click.Path(exists=True, file_okay=False),
              default=str(REPO / "models" / "tagger"), show_default=True, help="The tagger whose states are read.")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
              help="TypeHeadConfig fields (JSON/TOML/YAML; a saved head's config.json works).")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder to write the head to.")
@click.option("--seed", type=int, help="Override the config's seed.")
@click.option("--labels", "labels_tsv", type=click.Path(exists=True, dir_okay=False), default=str(DEFAULT_LABELS),
              show_default=True, help="PolNeAR source-type label TSV.")
@click.option("--polnear", type=click.Path(exists=True, file_okay=False), default=str(DEFAULT_POLNEAR),
              show_default=True, help="PolNeAR data folder (with train/ and dev/).")
@click.option("--extra-labels", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="More PolNeAR train label TSVs (e.g. corpus/labels/polnear-train-extra.tsv); all TRAIN.")
@click.option("--train-articles", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="More gold JSONL articles, all TRAIN (e.g. corpus/articles/c.jsonl); a HELD-OUT id is refused.")
@click.option("--splits", "splits_path", type=click.Path(exists=True, dir_okay=False), default=str(DEFAULT_SPLITS),
              show_default=True, help="splits.json fixing TRAIN / TUNE / HELD-OUT.")
@click.option("--typer", "typer_path", type=click.Path(file_okay=False),
              help="Also report TUNE for this typer mixed with the new head (as the pipeline runs them).")
@click.option("--limit", type=int, help="Use only this many TRAIN articles (a pilot).")
@click.option("--threads", type=int, default=2, show_default=True, help="torch CPU threads.")
def train_type_head_command(tagger_path, config_path, out, seed, labels_tsv, polnear, extra_labels, train_articles,
                            splits_path, typer_path, limit, threads):
    """Train the tagger's type head on TRAIN, report TUNE, save to --out."""
    from .tagger import AttributionTagger

    torch.set_num_threads(threads)
    try:
        config = TypeHeadConfig.from_dict(base.read_training_config(config_path, "type_head"))
        if seed is not None:
            config = replace(config, seed=seed)
        tagger = AttributionTagger.from_pretrained(tagger_path)
    except (ValueError, OSError, base.ModelFilesError) as err:
        raise click.ClickException(str(err)) from None
    splits = json.loads(Path(splits_path).read_text(encoding="utf-8"))
    train, tune = training_data(splits, labels_tsv, polnear, DEFAULT_ARTICLES, extra_labels, train_articles)
    if limit:
        train = train[:limit]
    train_x, train_y = article_features(tagger, train, config)
    tune_xy = article_features(tagger, tune, config)
    head = train_head(config, train_x, train_y, tune_xy)
    head.tagger_digest = file_digest(Path(tagger_path) / base.WEIGHTS)
    with torch.no_grad():
        predicted = head.network(tune_xy[0]).argmax(1).tolist()
    labels = config.labels
    metrics = {"train_articles": len(train), "train_mentions": len(train_y),
               "tune_alone": score_types([labels[i] for i in tune_xy[1].tolist()], [labels[i] for i in predicted], labels)}
    if typer_path:
        from .typer import SourceTyper

        metrics["tune_mixed"] = evaluate_typer(SourceTyper.from_pretrained(typer_path), tune, head=head, tagger=tagger)
    head.save_pretrained(out, metrics)
    summary = {key: {k: value[k] for k in ("macro_f1", "accuracy", "anonymous")} for key, value in metrics.items()
               if isinstance(value, dict)}
    click.echo(json.dumps(summary, indent=1))
    print(f"saved {out}", file=sys.stderr)
