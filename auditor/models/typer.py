"""The source-type classifier: one of the nine types of ANNOTATION.md section 2 per mention.

The input for a mention is the mention marked in its context, then the cue and the
evidence (the antecedent of a pronoun, the first full mention of a bare surname), built
by :mod:`auditor.mentions`. The encoder (the packaged all-MiniLM-L6-v2) reads it as a
sentence pair; the head reads the [CLS] vector and the mean of the mention's tokens.
The shipped folder holds only the delta over the base encoder (see :mod:`.base`).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

import torch
from torch import nn

from ..mentions import MentionContext, MentionIndex, build_context
from ..types import SOURCE_TYPES, Span
from . import base

EXTRA_WEIGHTS = "word_embeddings.safetensors"


@dataclass(frozen=True)
class TyperConfig:
    """How the typer reads a mention and how it is trained. Saved in the model's config.json."""

    #: the output labels, in the order of the head's rows
    labels: tuple[str, ...] = SOURCE_TYPES
    #: characters of context on each side of the mention
    context_chars: int = 150
    #: characters of context on each side of the evidence (antecedent / first full mention)
    evidence_chars: int = 80
    #: whether the cue text goes into the second segment
    use_cue: bool = True
    #: whether the evidence goes into the second segment
    use_evidence: bool = True
    #: tokens per input, both segments together; longer inputs lose their tail
    max_length: int = 160
    #: dropout before the head
    dropout: float = 0.1
    #: "packaged" = all-MiniLM-L6-v2 from the PyPI package; "custom" = a BertModel built from
    #: ``encoder_config`` (tests), whose word embeddings are then saved too
    encoder: str = "packaged"
    #: the BertConfig fields of a "custom" encoder
    encoder_config: Optional[dict] = None
    #: peak learning rate of the encoder
    learning_rate: float = 8e-5
    #: learning rate of the head
    head_learning_rate: float = 5e-4
    #: passes over the training examples
    epochs: int = 3
    #: examples per optimisation step
    batch_size: int = 16
    #: share of the steps with a linearly rising learning rate
    warmup_ratio: float = 0.06
    #: AdamW weight decay
    weight_decay: float = 0.01
    #: class weight = (count / max count) ** -power, for the loss; 0 turns weighting off
    class_weight_power: float = 0.5
    #: classes with fewer training examples are repeated up to this many per epoch
    oversample_min: int = 150
    #: times each written (corpus/articles) training article is seen per epoch; PolNeAR once
    written_repeat: int = 2
    #: evaluations on TUNE per epoch (the best one is kept)
    evals_per_epoch: int = 1
    #: time budget of training in minutes (0: none); when it runs out, TUNE is read once more
    #: and the best checkpoint so far is kept
    max_minutes: float = 0.0
    #: seed for initialisation, shuffling and dropout
    seed: int = 13
    #: torch CPU threads while training
    threads: int = 1

    def to_dict(self) -> dict:
        data = dataclasses.asdict(self)
        data["labels"] = list(self.labels)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "TyperConfig":
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "labels" in values:
            values["labels"] = tuple(values["labels"])
        return cls(**values)


@dataclass(frozen=True)
class TypePrediction:
    """The typer's answer for one mention; ``evidence`` is the span the type was read from."""

    type: str
    confidence: float
    probabilities: dict
    evidence: Optional[Span] = None

    @classmethod
    def from_row(cls, labels: Sequence[str], row: Sequence[float], evidence: Optional[Span] = None) -> "TypePrediction":
        """The most probable label of one row of class probabilities, with the whole row."""
        best = max(range(len(labels)), key=row.__getitem__)
        return cls(type=labels[best], confidence=row[best],
                   probabilities={label: round(p, 6) for label, p in zip(labels, row)}, evidence=evidence)


class TyperNetwork(nn.Module):
    """Encoder + a linear head over [CLS] and the mean of the mention's tokens."""

    def __init__(self, encoder: nn.Module, labels: int, dropout: float):
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(2 * hidden, labels)

    def forward(self, input_ids, attention_mask, token_type_ids, mention_mask):
        # the head reads [CLS] and the mention's tokens only, so the last layer computes just those
        counts = mention_mask.sum(1)
        slots = int(counts.max()) if counts.numel() else 0
        mention_first = torch.argsort((mention_mask == 0).to(torch.int8), dim=1, stable=True)[:, :slots]
        positions = torch.cat([torch.zeros_like(mention_first[:, :1]), mention_first], dim=1)
        states = self.encoder(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids,
            output_positions=positions,
        ).last_hidden_state
        in_mention = torch.arange(slots, device=counts.device)[None, :] < counts[:, None]
        weights = in_mention.unsqueeze(-1).to(states.dtype)
        mention = (states[:, 1:] * weights).sum(1) / weights.sum(1).clamp(min=1.0)
        pooled = torch.cat([states[:, 0], mention], dim=-1)
        return self.head(self.dropout(pooled))


def _build_encoder(config: TyperConfig) -> nn.Module:
    if config.encoder == "packaged":
        return base.load_base_encoder()
    if config.encoder == "custom" and config.encoder_config:
        return base.build_test_encoder(config.encoder_config)
    raise ValueError(f"unknown typer encoder {config.encoder!r}; use 'packaged' or 'custom' with encoder_config")


class SourceTyper:
    """Types source mentions; load a shipped one with :meth:`from_pretrained`."""

    def __init__(self, config: TyperConfig, network: TyperNetwork, tokenizer):
        self.config = config
        self.network = network
        self.tokenizer = tokenizer

    @classmethod
    def new(cls, config: TyperConfig, tokenizer=None) -> "SourceTyper":
        """A fresh typer (pretrained encoder, random head) for training."""
        torch.manual_seed(config.seed)
        encoder = _build_encoder(config)
        base.freeze_word_embeddings(encoder)
        network = TyperNetwork(encoder, len(config.labels), config.dropout)
        return cls(config, network, tokenizer or base.load_tokenizer())

    @classmethod
    def from_pretrained(cls, folder: Path | str) -> "SourceTyper":
        """Load a typer saved by :meth:`save_pretrained` (base encoder + delta)."""
        folder = Path(folder)
        saved = base.read_config(folder)
        config = TyperConfig.from_dict(saved.get("typer", {}))
        encoder = _build_encoder(config)
        network = TyperNetwork(encoder, len(config.labels), config.dropout)
        base.load_delta(network, folder)
        if config.encoder != "packaged":
            from safetensors.torch import load_file

            words = load_file(str(folder / EXTRA_WEIGHTS))
            network.encoder.embeddings.word_embeddings.weight.data.copy_(words["weight"].float())
        network.eval()
        return cls(config, network, base.load_tokenizer())

    def save_pretrained(self, folder: Path | str, metrics: Optional[dict] = None) -> None:
        """Write config.json (labels, config, metrics) and the float16 delta."""
        folder = Path(folder)
        saved = {"kind": "source_typer", "labels": list(self.config.labels), "typer": self.config.to_dict()}
        if metrics:
            saved["metrics"] = metrics
        base.save_delta(self.network, folder, saved)
        if self.config.encoder != "packaged":
            from safetensors.torch import save_file

            weight = self.network.encoder.embeddings.word_embeddings.weight
            save_file({"weight": weight.detach().to(torch.float16).contiguous()}, str(folder / EXTRA_WEIGHTS))

    # -- inputs -------------------------------------------------------------------------

    def contexts(
        self, text: str, mentions: Sequence[Span], cues: Optional[Sequence[Optional[Span]]] = None
    ) -> list[MentionContext]:
        """The marked input of each mention of one article."""
        cues = list(cues) if cues is not None else [None] * len(mentions)
        if len(cues) != len(mentions):
            raise ValueError(f"got {len(mentions)} mentions but {len(cues)} cues; give one cue (or None) per mention")
        config = self.config
        index = MentionIndex(text, mentions) if config.use_evidence else ()
        built = []
        for mention, cue in zip(mentions, cues):
            context = build_context(
                text, mention, index,
                cue if config.use_cue else None, config.context_chars, config.evidence_chars,
            )
            built.append(context)
        return built

    def encode(self, contexts: Sequence[MentionContext]) -> list[dict]:
        """Token ids, segment ids and the mention-token mask of each input (unpadded)."""
        tokenizer = self.tokenizer  # base.load_tokenizer: no padding; truncation is set here
        tokenizer.enable_truncation(self.config.max_length, strategy="longest_first")
        encoded = []
        for context in contexts:
            enc = tokenizer.encode(context.marked, context.extra) if context.extra else tokenizer.encode(context.marked)
            where = context.mention_in_marked
            mask = [
                1 if seq == 0 and start < where.end and where.start < end else 0
                for seq, (start, end) in zip(enc.sequence_ids, enc.offsets)
            ]
            encoded.append({"input_ids": enc.ids, "token_type_ids": enc.type_ids, "mention_mask": mask})
        return encoded

    @staticmethod
    def collate(items: Sequence[dict]) -> dict:
        """Pad a batch of :meth:`encode` outputs into tensors."""
        width = max(len(item["input_ids"]) for item in items)
        batch = {key: torch.zeros(len(items), width, dtype=torch.long)
                 for key in ("input_ids", "attention_mask", "token_type_ids", "mention_mask")}
        for row, item in enumerate(items):
            n = len(item["input_ids"])
            batch["input_ids"][row, :n] = torch.tensor(item["input_ids"])
            batch["attention_mask"][row, :n] = 1
            batch["token_type_ids"][row, :n] = torch.tensor(item["token_type_ids"])
            batch["mention_mask"][row, :n] = torch.tensor(item["mention_mask"])
        return batch

    # -- prediction ---------------------------------------------------------------------

    @torch.no_grad()
    def probabilities(self, encoded: Sequence[dict], batch_size: int = 8) -> list[list[float]]:
        """Class probabilities of encoded inputs, batched by length.

        Small batches of similar length waste little on padding: on 2 cores, the 32 mentions
        of a 1,000-word article took 0.77 s in batches of 8 and 1.05 s in batches of 32
        (``benchmarks/speed.py`` prints the typer's current time)."""
        self.network.eval()
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]["input_ids"]))
        result: list[list[float]] = [[] for _ in encoded]
        device = base.network_device(self.network)
        for first in range(0, len(order), batch_size):
            rows = order[first:first + batch_size]
            batch = {k: v.to(device) for k, v in self.collate([encoded[i] for i in rows]).items()}
            logits = self.network(**batch)
            for row, probs in zip(rows, torch.softmax(logits.float(), dim=-1).tolist()):
                result[row] = probs
        return result

    def predict(
        self, text: str, mentions: list[Span], cues: Optional[list[Optional[Span]]] = None,
        head_log_probs: Optional[torch.Tensor] = None, head_weight: float = 0.0,
        head_alone_above: Optional[float] = None,
    ) -> list[TypePrediction]:
        """The type of each source mention of one article (all its mentions, for coreference).

        ``head_log_probs`` (mentions × labels, from :class:`.type_head.TypeHead`) are mixed in
        with ``head_weight``; a mention whose head probability reaches ``head_alone_above``
        takes the head's answer and is not read by this network."""
        if not mentions:
            return []
        contexts = self.contexts(text, mentions, cues)
        if head_log_probs is None:
            probs = self.probabilities(self.encode(contexts))
        else:
            from .type_head import mix

            head_probs = head_log_probs.exp()
            confident = (head_probs.max(dim=-1).values >= head_alone_above).tolist() if head_alone_above is not None \
                else [False] * len(contexts)
            read = [i for i, sure in enumerate(confident) if not sure]
            probs = head_probs.tolist()
            if read:
                mixed = mix(self.probabilities(self.encode([contexts[i] for i in read])), head_log_probs[read], head_weight)
                for i, row in zip(read, mixed):
                    probs[i] = row
        return [TypePrediction.from_row(self.config.labels, row, context.evidence) for context, row in zip(contexts, probs)]


def config_summary(folder: Path | str) -> str:
    """One line naming a saved typer's labels and metrics (for `auditor models`)."""
    saved = base.read_config(folder)
    return json.dumps({"labels": saved.get("labels"), "metrics": saved.get("metrics", {})})
