"""A small BERT encoder in plain torch, with the parameter names of transformers' BertModel.

all-MiniLM-L6-v2 is a standard BERT (post-layer-norm, GELU, absolute positions). Running
it through this module instead of ``transformers.BertModel`` gives the same numbers
(tests/test_encoder.py checks them against BertModel to 1e-5) and keeps ``transformers``
out of ``auditor audit``: importing it costs about 3 s of start-up on a 2-core machine.
Weights load from any BertModel state dict (the packaged ``model.safetensors``, our
deltas), since the names are the same.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from types import SimpleNamespace
from typing import Optional

import torch
import torch.nn.functional as F
from torch import nn


@dataclass(frozen=True)
class EncoderConfig:
    """The BertConfig fields this encoder uses (others in a config.json are ignored)."""

    vocab_size: int = 30522
    hidden_size: int = 384
    num_hidden_layers: int = 6
    num_attention_heads: int = 12
    intermediate_size: int = 1536
    max_position_embeddings: int = 512
    type_vocab_size: int = 2
    layer_norm_eps: float = 1e-12
    hidden_dropout_prob: float = 0.1
    attention_probs_dropout_prob: float = 0.1
    hidden_act: str = "gelu"

    @classmethod
    def from_dict(cls, values: dict) -> "EncoderConfig":
        known = {f.name for f in fields(cls)}
        config = cls(**{k: v for k, v in values.items() if k in known})
        if config.hidden_act != "gelu":
            raise ValueError(f"encoder activation {config.hidden_act!r} is not supported; only 'gelu' (BERT's)")
        if config.hidden_size % config.num_attention_heads:
            raise ValueError("hidden_size must be a multiple of num_attention_heads")
        return config


class _Embeddings(nn.Module):
    def __init__(self, c: EncoderConfig):
        super().__init__()
        self.word_embeddings = nn.Embedding(c.vocab_size, c.hidden_size, padding_idx=0)
        self.position_embeddings = nn.Embedding(c.max_position_embeddings, c.hidden_size)
        self.token_type_embeddings = nn.Embedding(c.type_vocab_size, c.hidden_size)
        self.LayerNorm = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)
        self.dropout = nn.Dropout(c.hidden_dropout_prob)

    def forward(self, inputs_embeds: torch.Tensor, token_type_ids: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(inputs_embeds.shape[1], device=inputs_embeds.device)
        x = inputs_embeds + self.position_embeddings(positions)[None] + self.token_type_embeddings(token_type_ids)
        return self.dropout(self.LayerNorm(x))


class _Dense(nn.Module):
    """dense → dropout → LayerNorm(x + residual): BERT's "output" sub-block."""

    def __init__(self, n_in: int, c: EncoderConfig):
        super().__init__()
        self.dense = nn.Linear(n_in, c.hidden_size)
        self.LayerNorm = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)
        self.dropout = nn.Dropout(c.hidden_dropout_prob)

    def forward(self, x: torch.Tensor, residual: torch.Tensor) -> torch.Tensor:
        return self.LayerNorm(self.dropout(self.dense(x)) + residual)


class _SelfAttention(nn.Module):
    def __init__(self, c: EncoderConfig):
        super().__init__()
        self.heads = c.num_attention_heads
        self.query = nn.Linear(c.hidden_size, c.hidden_size)
        self.key = nn.Linear(c.hidden_size, c.hidden_size)
        self.value = nn.Linear(c.hidden_size, c.hidden_size)
        self.dropout_p = c.attention_probs_dropout_prob

    def forward(self, x: torch.Tensor, mask: Optional[torch.Tensor], queries: Optional[torch.Tensor] = None) -> torch.Tensor:
        """Attention of ``queries`` (default: every position of ``x``) over all of ``x``."""
        queries = x if queries is None else queries
        batch, hidden = x.shape[0], x.shape[2]
        split = lambda t: t.view(batch, t.shape[1], self.heads, hidden // self.heads).transpose(1, 2)  # noqa: E731
        out = F.scaled_dot_product_attention(
            split(self.query(queries)), split(self.key(x)), split(self.value(x)),
            attn_mask=mask, dropout_p=self.dropout_p if self.training else 0.0,
        )
        return out.transpose(1, 2).reshape(batch, queries.shape[1], hidden)


class _Attention(nn.Module):
    def __init__(self, c: EncoderConfig):
        super().__init__()
        self.self = _SelfAttention(c)
        self.output = _Dense(c.hidden_size, c)

    def forward(self, x, mask, queries=None):
        return self.output(self.self(x, mask, queries), x if queries is None else queries)


class _Intermediate(nn.Module):
    def __init__(self, c: EncoderConfig):
        super().__init__()
        self.dense = nn.Linear(c.hidden_size, c.intermediate_size)

    def forward(self, x):
        return F.gelu(self.dense(x))


class _Layer(nn.Module):
    def __init__(self, c: EncoderConfig):
        super().__init__()
        self.attention = _Attention(c)
        self.intermediate = _Intermediate(c)
        self.output = _Dense(c.intermediate_size, c)

    def forward(self, x, mask, positions=None):
        """The layer's output at every position, or only at ``positions`` (batch × P indices)."""
        queries = None if positions is None else x.gather(1, positions[..., None].expand(-1, -1, x.shape[2]))
        x = self.attention(x, mask, queries)
        return self.output(self.intermediate(x), x)


class _Layers(nn.Module):
    def __init__(self, c: EncoderConfig):
        super().__init__()
        self.layer = nn.ModuleList(_Layer(c) for _ in range(c.num_hidden_layers))


class BertEncoder(nn.Module):
    """BERT without a pooler; ``forward`` mirrors BertModel's (``.last_hidden_state``)."""

    def __init__(self, config: EncoderConfig, initialise: bool = True):
        """``initialise=False`` leaves the weights undrawn, for an encoder whose every
        parameter is loaded right after (saves about 0.2 s a model on 2 cores)."""
        super().__init__()
        self.config = config
        with _layer_initialisation(initialise):
            self.embeddings = _Embeddings(config)
            self.encoder = _Layers(config)
        if initialise:
            self.apply(self._init)

    def _init(self, module: nn.Module) -> None:
        # BERT's initialisation, so that a test encoder built from a config trains like one
        if isinstance(module, (nn.Linear, nn.Embedding)):
            nn.init.normal_(module.weight, std=0.02)
        if isinstance(module, nn.Linear) and module.bias is not None:
            nn.init.zeros_(module.bias)

    def forward(self, input_ids=None, attention_mask=None, token_type_ids=None, inputs_embeds=None,
                output_positions=None, keep_layer=None):
        """``.last_hidden_state``: (batch, length, hidden), or (batch, P, hidden) at
        ``output_positions`` (batch × P indices). A head that reads a few positions passes
        them, and the last layer computes only those (keys and values still over every
        position): the same numbers; about 5 % off the typer's time on 2 cores.
        ``keep_layer`` = k (1-based) also returns the output of layer k as ``.kept``."""
        if inputs_embeds is None:
            inputs_embeds = self.embeddings.word_embeddings(input_ids)
        batch, length = inputs_embeds.shape[:2]
        if token_type_ids is None:
            token_type_ids = torch.zeros((batch, length), dtype=torch.long, device=inputs_embeds.device)
        mask = None
        if attention_mask is not None and not bool(attention_mask.all()):
            # padded keys get -inf before the softmax; padded queries' outputs are ignored
            mask = torch.zeros((batch, 1, 1, length), dtype=inputs_embeds.dtype, device=inputs_embeds.device)
            mask = mask.masked_fill(attention_mask[:, None, None, :] == 0, torch.finfo(inputs_embeds.dtype).min)
        x = self.embeddings(inputs_embeds, token_type_ids)
        *below, last = self.encoder.layer
        kept = None
        for number, layer in enumerate(below, 1):
            x = layer(x, mask)
            if number == keep_layer:
                kept = x
        x = last(x, mask, output_positions)
        return SimpleNamespace(last_hidden_state=x, kept=x if keep_layer == len(below) + 1 else kept)


@contextmanager
def _layer_initialisation(enabled: bool):
    """While building layers: torch's default random initialisation, or none at all."""
    if enabled:
        yield
        return
    layers = (nn.Linear, nn.Embedding, nn.LayerNorm)
    saved = [layer.reset_parameters for layer in layers]
    try:
        for layer in layers:
            layer.reset_parameters = lambda self: None
        yield
    finally:
        for layer, method in zip(layers, saved):
            layer.reset_parameters = method


def load_pretrained(folder: Path | str) -> BertEncoder:
    """A BertEncoder with the weights of a BERT checkpoint folder (config.json + model.safetensors)."""
    from safetensors.torch import load_file

    folder = Path(folder)
    config = EncoderConfig.from_dict(json.loads((folder / "config.json").read_text(encoding="utf-8")))
    encoder = BertEncoder(config, initialise=False)  # every weight is loaded below
    saved = load_file(str(folder / "model.safetensors"))
    own = encoder.state_dict()
    missing = [name for name in own if name not in saved]
    if missing:
        raise ValueError(f"{folder} lacks encoder weights such as {missing[0]}")
    encoder.load_state_dict({name: saved[name].float() for name in own}, assign=True)
    return encoder

