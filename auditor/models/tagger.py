"""The attribution tagger: BIO tags of source / cue / content over paragraph windows.

The network is the packaged all-MiniLM-L6-v2 encoder with a linear tag head. Two
things the uncased wordpieces lose are added back as a small learned embedding on the
input: the casing of each piece and whether a paragraph starts before it. An article
is read in overlapping windows; each wordpiece takes its tag probabilities from the
window where it sits farthest from an edge.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Optional

import torch
from torch import nn

from ..types import Attribution
from . import base, bio

EXTRA_WEIGHTS = "word_embeddings.safetensors"


@dataclass(frozen=True)
class TaggerConfig:
    """Everything that defines a tagger and how it was trained."""

    #: wordpieces per window, [CLS] and [SEP] included (the encoder allows 512)
    max_length: int = 256
    #: wordpieces shared by consecutive windows at prediction time
    overlap: int = 64
    #: wordpieces shared by consecutive training windows (0: each wordpiece seen once an epoch)
    train_overlap: int = 0
    #: peak learning rate of AdamW (linear warm-up, then linear decay to 0)
    learning_rate: float = 1e-4
    #: fraction of the steps spent warming up
    warmup: float = 0.06
    #: AdamW weight decay
    weight_decay: float = 0.01
    #: passes over the training windows
    epochs: int = 2
    #: time budget of training in minutes (0: none). When set, the learning rate also decays
    #: linearly to 0 at the budget's end and training stops there, so a run on a busy CPU
    #: still ends annealed (at the price of step-exact reproducibility)
    max_minutes: float = 0.0
    #: windows per optimisation step
    batch_size: int = 16
    #: dropout before the tag head
    dropout: float = 0.1
    #: seed of every random choice (initialisation, shuffling, dropout)
    seed: int = 13
    #: tag scheme; only "BIO" (B-/I- per role, univocal as in PolNeAR)
    label_scheme: str = "BIO"
    #: add the casing + paragraph-start embedding to the wordpiece embeddings
    casing_features: bool = True
    #: "viterbi" (BIO-constrained best path) or "argmax" (per wordpiece)
    decoding: str = "viterbi"
    #: added to each label's log probability before decoding ({"B-content": -2.0} makes
    #: content spans start less readily); tuned on PolNeAR dev, see models/tagger/README.md
    label_bias: dict = field(default_factory=dict)
    #: content spans whose mean tag probability is below this are dropped (0: keep all)
    min_content_confidence: float = 0.0
    #: first epoch after which dev is read to pick the checkpoint (earlier epochs only train)
    eval_from_epoch: int = 1
    #: windows per forward pass at prediction time
    predict_batch_size: int = 16
    #: torch CPU threads while training (0 = torch's default)
    threads: int = 1
    #: embeddings and the first N encoder layers are not trained (0: all are); with a
    #: continuation (``--init-from``) their outputs stay the starting tagger's, so a type
    #: head that reads layer N or lower stays valid, and a CPU step is about a third cheaper
    freeze_layers: int = 0

    @classmethod
    def from_dict(cls, values: dict) -> "TaggerConfig":
        """Build from a dict, rejecting unknown keys with one clear line."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown tagger config field(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        wrong = sorted(set(values.get("label_bias", {})) - set(bio.LABELS))
        if wrong:
            raise ValueError(f"label_bias names unknown label(s) {', '.join(wrong)}; labels: {', '.join(bio.LABELS)}")
        return cls(**values)


class TaggerNetwork(nn.Module):
    """Encoder + optional feature embedding + linear tag head."""

    def __init__(self, encoder: nn.Module, num_labels: int, casing_features: bool, dropout: float):
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.features = nn.Embedding(bio.NUM_FEATURES, hidden) if casing_features else None
        if self.features is not None:
            nn.init.zeros_(self.features.weight)
        self.dropout = nn.Dropout(dropout)
        self.classifier = nn.Linear(hidden, num_labels)

    def forward(self, input_ids, attention_mask, feature_ids=None, keep_layer=None):
        """Tag logits; with ``keep_layer`` = k, (tag logits, the output of encoder layer k)."""
        embeds = self.encoder.embeddings.word_embeddings(input_ids)
        if self.features is not None and feature_ids is not None:
            embeds = embeds + self.features(feature_ids)
        out = self.encoder(inputs_embeds=embeds, attention_mask=attention_mask, keep_layer=keep_layer)
        logits = self.classifier(self.dropout(out.last_hidden_state))
        return logits if keep_layer is None else (logits, out.kept)


def build_encoder(encoder_config: Optional[dict]) -> nn.Module:
    """The packaged base encoder, or (for tests) a fresh BERT from a config dict."""
    if encoder_config is None:
        return base.load_base_encoder()
    return base.build_test_encoder(encoder_config)


class AttributionTagger:
    """Finds attributions in a text: BIO tagging, then grouping around cues."""

    def __init__(self, network: TaggerNetwork, tokenizer, config: TaggerConfig, encoder_config: Optional[dict] = None):
        self.network = network.eval()
        self.tokenizer = tokenizer
        tokenizer.no_truncation()
        tokenizer.no_padding()
        self.cls_id, self.sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
        self.config = config
        self.encoder_config = encoder_config

    @classmethod
    def create(cls, config: TaggerConfig, encoder_config: Optional[dict] = None) -> "AttributionTagger":
        """A new, untrained tagger on the base encoder (or a test encoder)."""
        encoder = build_encoder(encoder_config)
        if encoder_config is None:
            base.freeze_word_embeddings(encoder)
        network = TaggerNetwork(encoder, len(bio.LABELS), config.casing_features, config.dropout)
        return cls(network, base.load_tokenizer(), config, encoder_config)

    @classmethod
    def from_pretrained(cls, folder: Path | str) -> "AttributionTagger":
        """Load a saved tagger (base encoder + delta)."""
        saved = base.read_config(folder)
        if tuple(saved.get("labels", ())) != bio.LABELS:
            raise base.ModelFilesError(f"{folder} has labels {saved.get('labels')}, this code expects {list(bio.LABELS)}; retrain it")
        config = TaggerConfig.from_dict(saved["tagger"])
        encoder_config = saved.get("encoder_config")
        tagger = cls.create(config, encoder_config)
        base.load_delta(tagger.network, folder)
        extra = Path(folder) / EXTRA_WEIGHTS
        if encoder_config is not None and extra.exists():
            from safetensors.torch import load_file

            weights = load_file(str(extra))["weight"]
            tagger.network.encoder.embeddings.word_embeddings.weight.data.copy_(weights.float())
        tagger.network.eval()
        return tagger

    def save_pretrained(self, folder: Path | str, extra: Optional[dict] = None) -> None:
        """Save the delta over the base encoder (float16) and config.json with the labels."""
        config = {
            "kind": "attribution-tagger",
            "labels": list(bio.LABELS),
            "tagger": asdict(self.config),
            "encoder_config": self.encoder_config,
            **(extra or {}),
        }
        base.save_delta(self.network, folder, config)
        if self.encoder_config is not None:
            from safetensors.torch import save_file

            weight = self.network.encoder.embeddings.word_embeddings.weight.detach().to(torch.float16).contiguous()
            save_file({"weight": weight}, str(Path(folder) / EXTRA_WEIGHTS))

    def encode(self, text: str) -> bio.Encoding:
        return bio.encode_text(self.tokenizer, text)

    def windows(self, encoding: bio.Encoding, overlap: Optional[int] = None) -> list[tuple[int, int]]:
        """Token windows of one article (prediction overlap unless given)."""
        overlap = self.config.overlap if overlap is None else overlap
        return bio.make_windows(encoding.features, self.config.max_length - 2, overlap)

    def token_log_probs(self, encoding: bio.Encoding) -> list[list[float]]:
        """Per-wordpiece log probabilities of each label, from the most central window."""
        return self.read(encoding)[0]

    @torch.no_grad()
    def read(self, encoding: bio.Encoding, keep_layer: Optional[int] = None):
        """(per-wordpiece label log probabilities, per-wordpiece output of encoder layer
        ``keep_layer`` as a (wordpieces, hidden) tensor, or None), each wordpiece read from
        the window where it sits farthest from an edge."""
        n = len(encoding.ids)
        if n == 0:
            return [], None
        states = None
        windows = self.windows(encoding)
        cls_id, sep_id = self.cls_id, self.sep_id
        best_margin = [-1] * n
        result: list[list[float]] = [[]] * n
        order = sorted(range(len(windows)), key=lambda k: windows[k][1] - windows[k][0])
        size = self.config.predict_batch_size
        device = base.network_device(self.network)
        for b in range(0, len(order), size):
            batch = [windows[k] for k in order[b:b + size]]
            width = max(end - start for start, end in batch) + 2
            ids = torch.zeros((len(batch), width), dtype=torch.long)
            feats = torch.zeros((len(batch), width), dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for row, (start, end) in enumerate(batch):
                length = end - start + 2
                ids[row, :length] = torch.tensor([cls_id, *encoding.ids[start:end], sep_id])
                feats[row, 1:length - 1] = torch.tensor(encoding.features[start:end])
                mask[row, :length] = 1
            logits = self.network(ids.to(device), mask.to(device), feats.to(device), keep_layer=keep_layer)
            if keep_layer is not None:
                logits, kept = logits
                kept = kept.float().cpu()
                if states is None:
                    states = torch.zeros((n, kept.shape[-1]))
            log_probs = torch.log_softmax(logits.float(), dim=-1).cpu()
            for row, (start, end) in enumerate(batch):
                values = log_probs[row, 1:end - start + 1].tolist()
                central = []
                for pos in range(start, end):
                    margin = min(pos - start, end - 1 - pos)
                    if margin > best_margin[pos]:
                        best_margin[pos] = margin
                        result[pos] = values[pos - start]
                        central.append(pos)
                if states is not None and central:
                    states[central] = kept[row, [1 + pos - start for pos in central]]
        return result, states

    def decode(self, text: str, encoding: bio.Encoding, log_probs: list[list[float]], decoding: Optional[str] = None) -> list[Attribution]:
        """Tags from log probabilities, then spans, then attributions."""
        decoding = decoding or self.config.decoding
        scores = bio.add_bias(log_probs, self.config.label_bias)
        if decoding == "viterbi":
            labels = bio.viterbi(scores)
        else:
            labels = [max(range(len(row)), key=row.__getitem__) for row in scores]
        confidences = [math.exp(row[label]) for row, label in zip(log_probs, labels)]
        spans = bio.decode_spans(text, encoding.offsets, labels, confidences)
        floor = self.config.min_content_confidence
        spans = [s for s in spans if s.role != "content" or s.confidence >= floor]
        return bio.group_attributions(text, spans)

    def predict(self, text: str) -> list[Attribution]:
        """The attributions of ``text`` (origin "model", type None, confidence = mean tag probability)."""
        encoding = self.encode(text)
        return self.decode(text, encoding, self.token_log_probs(encoding))

    def predict_with_states(self, text: str, layer: int) -> tuple[list[Attribution], "TokenStates"]:
        """:meth:`predict`, plus the output of encoder layer ``layer`` at each wordpiece
        (what :mod:`.type_head` reads), from the same pass."""
        encoding = self.encode(text)
        log_probs, states = self.read(encoding, keep_layer=layer)
        if states is None:
            states = torch.zeros((0, self.network.encoder.config.hidden_size))
        return self.decode(text, encoding, log_probs), TokenStates(encoding.offsets, states, layer)


@dataclass(frozen=True, eq=False)
class TokenStates:
    """One article's hidden states at one encoder layer, with each wordpiece's character offsets."""

    offsets: tuple[tuple[int, int], ...]
    states: torch.Tensor
    layer: int


def config_summary(folder: Path | str) -> str:
    """The saved training config of a tagger folder, as one JSON line."""
    return json.dumps(base.read_config(folder).get("tagger", {}), sort_keys=True)
