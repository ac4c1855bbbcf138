"""A second head on the attribution tagger: source types read from its hidden states.

The tagger reads the whole article in 256-wordpiece windows anyway; its layer-2 output at
each wordpiece is kept from that same pass (:meth:`.tagger.AttributionTagger.predict_with_states`).
For each source mention this head pools those states over the mention, its first
wordpiece, its cue, its evidence (antecedent / first full mention, from
:func:`auditor.mentions.find_evidence`) and 16 wordpieces either side, adds five flags,
and a small MLP gives the nine types of ANNOTATION.md section 2.

It costs almost nothing at run time and sees a wider context than the typer's ±200
characters, but alone it types worse (PolNeAR dev macro-F1 about 0.66 against the typer's
0.72). Mixed with the typer (a weighted mean of log probabilities) it adds a little on
both checks we have (models/type_head/README.md), so the pipeline mixes the two.
The head belongs to one tagger: its config records the tagger's weights' SHA-256.
"""

from __future__ import annotations

import dataclasses
import hashlib
from bisect import bisect_right
import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence, TextIO

import torch
from torch import nn

from ..mentions import MentionIndex, find_evidence, is_pronoun, is_short_name
from ..types import SOURCE_TYPES, Span
from . import base

#: what is pooled per mention, in order (each a mean of layer states, or zeros when absent)
POOLS = ("mention", "first_wordpiece", "cue", "evidence", "left_context", "right_context")
#: yes/no and size flags appended to the pooled states
FLAGS = ("has_cue", "has_evidence", "is_pronoun", "is_short_name", "wordpieces")


@dataclass(frozen=True)
class TypeHeadConfig:
    """How the head reads the tagger's states and how it is trained; saved in config.json."""

    #: the output labels, in the order of the head's rows
    labels: tuple[str, ...] = SOURCE_TYPES
    #: the tagger encoder layer (1-based) whose output is read; lower layers measured
    #: better than the last (PolNeAR dev: layer 2 0.66-0.67, 4 0.65, 6 0.60)
    layer: int = 2
    #: wordpieces pooled on each side of the mention
    context_wordpieces: int = 16
    #: width of the MLP's hidden layer
    hidden: int = 512
    #: dropout on the (normalised) input features while training
    input_dropout: float = 0.1
    #: dropout before the output layer while training
    dropout: float = 0.5
    #: passes over the training mentions (one-cycle learning rate)
    epochs: int = 14
    #: peak learning rate of AdamW
    learning_rate: float = 1e-3
    #: AdamW weight decay
    weight_decay: float = 0.01
    #: mentions per optimisation step
    batch_size: int = 64
    #: class weight = (count / max count) ** -power in the loss
    class_weight_power: float = 0.5
    #: seed of initialisation, shuffling and dropout
    seed: int = 1
    #: weight of this head's log probabilities when mixed with the typer's (1 - weight)
    mix_weight: float = 0.4
    #: a mention the head gives one type with at least this probability keeps the head's
    #: answer and is not read by the typer (above 1: the typer reads every mention). At 0.99
    #: the typer reads about half the mentions of PolNeAR dev, with the same scores as the
    #: full mix (models/type_head/README.md)
    typer_skip_confidence: float = 0.99

    def to_dict(self) -> dict:
        data = dataclasses.asdict(self)
        data["labels"] = list(self.labels)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "TypeHeadConfig":
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown type-head config field(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        values = dict(data)
        if "labels" in values:
            values["labels"] = tuple(values["labels"])
        return cls(**values)


class TypeHeadNetwork(nn.Module):
    """Normalise the features (statistics of the training set), then a one-hidden-layer MLP."""

    def __init__(self, features: int, config: TypeHeadConfig):
        super().__init__()
        self.register_buffer("mean", torch.zeros(features))
        self.register_buffer("scale", torch.ones(features))
        self.mlp = nn.Sequential(
            nn.Dropout(config.input_dropout), nn.Linear(features, config.hidden), nn.GELU(),
            nn.Dropout(config.dropout), nn.Linear(config.hidden, len(config.labels)),
        )

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        return self.mlp((features - self.mean) / self.scale)


def feature_size(hidden: int) -> int:
    return len(POOLS) * hidden + len(FLAGS)


def mention_features(text: str, states, mentions: Sequence[Span], cues: Sequence[Optional[Span]],
                     context_wordpieces: int, evidences: Optional[Sequence[Optional[Span]]] = None) -> torch.Tensor:
    """One row of features per mention, from a :class:`.tagger.TokenStates` (``evidences``:
    each mention's :func:`find_evidence`, found here when not given)."""
    hidden = states.states
    size = hidden.shape[0]
    offsets = states.offsets
    starts = [start for start, _ in offsets]

    def wordpieces(span: Optional[Span]) -> list[int]:
        found: list[int] = []
        if span is None:
            return found
        for i in range(max(0, bisect_right(starts, span.start) - 1), size):
            start, end = offsets[i]
            if start >= span.end:
                break
            if end > span.start:
                found.append(i)
        return found

    def pool(indices: list[int]) -> torch.Tensor:
        return hidden[indices].mean(0) if indices else torch.zeros(hidden.shape[1])

    if evidences is None:
        index = MentionIndex(text, mentions)
        evidences = [find_evidence(text, mention, index) for mention in mentions]
    rows = []
    for mention, cue, evidence in zip(mentions, cues, evidences):
        own = wordpieces(mention)
        first, last = (own[0], own[-1]) if own else (0, 0)
        words = mention.text(text)
        parts = [
            pool(own), hidden[first] if own else pool([]), pool(wordpieces(cue)), pool(wordpieces(evidence)),
            pool(list(range(max(0, first - context_wordpieces), first))),
            pool(list(range(last + 1, min(size, last + 1 + context_wordpieces)))),
        ]
        flags = torch.tensor([cue is not None, evidence is not None, is_pronoun(words), is_short_name(words),
                              min(len(own), 20) / 20], dtype=torch.float32)
        rows.append(torch.cat([*parts, flags]))
    return torch.stack(rows) if rows else torch.zeros((0, feature_size(hidden.shape[1])))


def file_digest(path: Path | str) -> str:
    """SHA-256 of a file (names the tagger a head was trained on)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class TypeHead:
    """Types source mentions from a tagger's states; load with :meth:`from_pretrained`."""

    def __init__(self, config: TypeHeadConfig, network: TypeHeadNetwork, tagger_digest: str = ""):
        self.config = config
        self.network = network.eval()
        self.tagger_digest = tagger_digest

    @classmethod
    def new(cls, config: TypeHeadConfig, hidden: int) -> "TypeHead":
        torch.manual_seed(config.seed)
        return cls(config, TypeHeadNetwork(feature_size(hidden), config))

    @classmethod
    def from_pretrained(cls, folder: Path | str, tagger_folder: Optional[Path | str] = None) -> "TypeHead":
        """Load a head; with ``tagger_folder``, refuse one trained on another tagger."""
        saved = base.read_config(folder)
        config = TypeHeadConfig.from_dict(saved.get("type_head", {}))
        digest = saved.get("tagger_sha256", "")
        if tagger_folder is not None and digest:
            actual = file_digest(Path(tagger_folder) / base.WEIGHTS)
            if actual != digest:
                raise base.ModelFilesError(
                    f"{folder} was trained on another tagger than {tagger_folder}; retrain it with "
                    f"'auditor train type-head --tagger {tagger_folder} --out {folder}' or restore models/"
                )
        network = TypeHeadNetwork(int(saved.get("features", 0)) or feature_size(384), config)
        base.load_delta(network, folder)
        return cls(config, network, digest)

    def save_pretrained(self, folder: Path | str, metrics: Optional[dict] = None) -> None:
        """config.json (labels, config, the tagger's SHA-256, metrics) and float16 weights."""
        saved = {"kind": "type-head", "labels": list(self.config.labels), "type_head": self.config.to_dict(),
                 "features": int(self.network.mean.shape[0]), "tagger_sha256": self.tagger_digest}
        if metrics:
            saved["metrics"] = metrics
        base.save_delta(self.network, folder, saved)

    @torch.no_grad()
    def log_probabilities(self, text: str, states, mentions: Sequence[Span], cues: Sequence[Optional[Span]],
                          evidences: Optional[Sequence[Optional[Span]]] = None) -> torch.Tensor:
        """(mentions × labels) log probabilities."""
        if states.layer != self.config.layer:
            raise ValueError(f"the head reads layer {self.config.layer}, the states are of layer {states.layer}")
        features = mention_features(text, states, mentions, cues, self.config.context_wordpieces, evidences)
        return torch.log_softmax(self.network(features).float(), dim=-1)

    def predict(self, text: str, states, mentions: Sequence[Span], cues: Sequence[Optional[Span]]) -> list:
        """The head's own answer per mention, as :class:`.typer.TypePrediction` (no typer)."""
        from .typer import TypePrediction

        index = MentionIndex(text, mentions)
        evidences = [find_evidence(text, mention, index) for mention in mentions]
        rows = self.log_probabilities(text, states, mentions, cues, evidences).exp().tolist()
        return [TypePrediction.from_row(self.config.labels, row, evidence) for evidence, row in zip(evidences, rows)]

    def predict_with_typer(self, typer, text: str, states, mentions: Sequence[Span],
                           cues: Sequence[Optional[Span]]) -> list:
        """The pipeline's default answer per mention: the typer's probabilities mixed with this
        head's (``mix_weight``); mentions the head is sure of (``typer_skip_confidence``) skip
        the typer."""
        return typer.predict(text, list(mentions), list(cues),
                             head_log_probs=self.log_probabilities(text, states, mentions, cues),
                             head_weight=self.config.mix_weight,
                             head_alone_above=self.config.typer_skip_confidence)


def mix(typer_probabilities: Sequence[Sequence[float]], head_log_probs: torch.Tensor, weight: float) -> list[list[float]]:
    """Class probabilities from ``weight`` × the head's log probabilities + (1 − weight) ×
    the typer's, renormalised."""
    typer_log = torch.log(torch.tensor(typer_probabilities, dtype=torch.float32).clamp(min=1e-9))
    return torch.softmax(weight * head_log_probs + (1 - weight) * typer_log, dim=-1).tolist()


# -- training -------------------------------------------------------------------------


def article_features(tagger, articles, config: TypeHeadConfig, log: TextIO = sys.stderr):
    """(features, label ids) of every labelled mention of ``articles`` (TypedArticle), read
    through ``tagger``."""
    index = {label: i for i, label in enumerate(config.labels)}
    rows, labels = [], []
    started = time.time()
    for number, article in enumerate(articles, 1):
        _, states = tagger.predict_with_states(article.text, config.layer)
        rows.append(mention_features(article.text, states, article.mentions, article.cues, config.context_wordpieces))
        labels += [index[kind] for kind in article.types]
        if number % 100 == 0 or number == len(articles):
            print(f"features: {number}/{len(articles)} articles, {time.time() - started:.0f} s", file=log, flush=True)
    return torch.cat(rows), torch.tensor(labels, dtype=torch.long)


def train_head(config: TypeHeadConfig, train_x: torch.Tensor, train_y: torch.Tensor,
               tune: Optional[tuple[torch.Tensor, torch.Tensor]] = None, log: TextIO = sys.stderr) -> TypeHead:
    """Fit the head on features (seeded; the last epoch is kept, TUNE is only reported)."""
    from .train_typer import score_types

    head = TypeHead.new(config, (train_x.shape[1] - len(FLAGS)) // len(POOLS))
    network = head.network
    network.mean.copy_(train_x.mean(0))
    network.scale.copy_(train_x.std(0) + 1e-4)
    generator = torch.Generator().manual_seed(config.seed)
    counts = torch.bincount(train_y, minlength=len(config.labels)).float().clamp(min=1)
    loss_fn = nn.CrossEntropyLoss(weight=(counts / counts.max()) ** -config.class_weight_power)
    optimizer = torch.optim.AdamW(network.mlp.parameters(), lr=config.learning_rate, weight_decay=config.weight_decay)
    steps = config.epochs * math.ceil(len(train_y) / config.batch_size)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, config.learning_rate, total_steps=max(1, steps), pct_start=0.1)
    for epoch in range(1, config.epochs + 1):
        network.train()
        order = torch.randperm(len(train_y), generator=generator)
        total = 0.0
        for first in range(0, len(order), config.batch_size):
            batch = order[first:first + config.batch_size]
            optimizer.zero_grad()
            loss = loss_fn(network(train_x[batch]), train_y[batch])
            loss.backward()
            optimizer.step()
            schedule.step()
            total += loss.item() * len(batch)
        network.eval()
        line = f"epoch {epoch}/{config.epochs}: loss {total / max(1, len(train_y)):.4f}"
        if tune is not None:
            with torch.no_grad():
                predicted = network(tune[0]).argmax(1).tolist()
            scores = score_types([config.labels[i] for i in tune[1].tolist()], [config.labels[i] for i in predicted], config.labels)
            line += f", TUNE macro-F1 {scores['macro_f1']:.4f} accuracy {scores['accuracy']:.4f}"
        print(line, file=log, flush=True)
    return head
