import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "nbc-us-china-fentanyl.txt"
SEED_GOLD = ROOT / "seeds" / "nbc-us-china-fentanyl.gold.jsonl"


@pytest.fixture(scope="session")
def rules_auditor():
    from auditor.pipeline import AuditConfig, Auditor

    return Auditor(AuditConfig(rules_only=True))


@pytest.fixture(scope="session")
def seed_gold():
    if not SEED_GOLD.exists():
        pytest.skip("the shared seed gold is not beside this checkout")
    return json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])


def texts_of(doc, spans):
    return [s.text(doc.text) if s is not None else None for s in spans]
