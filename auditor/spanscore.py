"""Span metrics for attributions: exact-span and token-level P/R/F1 per role.

Pure Python (no torch), shared by the tagger's training loop and ``auditor evaluate``.

For each role (``source``, ``cue``, ``content``), one attribution gives one role span:
the tuple of its pieces for that role (empty tuples are not spans). *Exact* scoring
counts a predicted role span as correct when a gold role span of the same article has
exactly the same pieces, offset for offset; each gold span is matched at most once.
*Token* scoring labels each whitespace-delimited token of the text with the role of
the span it overlaps most (gold and predicted separately) and counts agreements.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Iterable, Optional, Sequence

from .polnear import GoldAttribution
from .types import Attribution, Span

ROLES: tuple[str, ...] = ("source", "cue", "content")
_TOKEN = re.compile(r"\S+")


def gold_role_spans(attribution: GoldAttribution, role: str) -> tuple[Span, ...]:
    """The sorted pieces of one role of a gold attribution."""
    return tuple(sorted(getattr(attribution, role)))


def predicted_role_spans(attribution: Attribution, role: str) -> tuple[Span, ...]:
    """The sorted pieces of one role of a predicted attribution."""
    value = getattr(attribution, role)
    if value is None:
        return ()
    if isinstance(value, Span):
        return (value,)
    return tuple(sorted(value))


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1}


def _token_roles(text: str, spans_by_role: dict[str, Sequence[tuple[Span, ...]]]) -> list[Optional[str]]:
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    best: list[tuple[int, Optional[str]]] = [(0, None)] * len(tokens)
    starts = [s for s, _ in tokens]
    for role in ROLES:
        for pieces in spans_by_role.get(role, ()):
            for piece in pieces:
                i = max(bisect.bisect_right(starts, piece.start) - 1, 0)
                while i < len(tokens) and tokens[i][0] < piece.end:
                    overlap = min(tokens[i][1], piece.end) - max(tokens[i][0], piece.start)
                    if overlap > best[i][0]:
                        best[i] = (overlap, role)
                    i += 1
    return [role for _, role in best]


def score_spans(
    pairs: Iterable[tuple[str, Sequence[GoldAttribution], Sequence[Attribution]]],
) -> dict:
    """Score predicted against gold attributions over many articles.

    ``pairs`` yields ``(text, gold_attributions, predicted_attributions)`` per article.
    Returns ``{role: {"exact": {"p", "r", "f1"}, "token": {"p", "r", "f1"},
    "counts": {"exact_tp", "exact_pred", "exact_gold", "token_tp", "token_pred",
    "token_gold"}}}`` for each role in ``ROLES``, plus ``"articles"``.
    """
    counts = {role: Counter() for role in ROLES}
    articles = 0
    for text, gold, predicted in pairs:
        articles += 1
        gold_by_role = {r: [p for p in (gold_role_spans(g, r) for g in gold) if p] for r in ROLES}
        pred_by_role = {r: [p for p in (predicted_role_spans(a, r) for a in predicted) if p] for r in ROLES}
        for role in ROLES:
            remaining = Counter(gold_by_role[role])
            tp = 0
            for pieces in pred_by_role[role]:
                if remaining[pieces] > 0:
                    remaining[pieces] -= 1
                    tp += 1
            c = counts[role]
            c["exact_tp"] += tp
            c["exact_pred"] += len(pred_by_role[role])
            c["exact_gold"] += len(gold_by_role[role])
        gold_tokens = _token_roles(text, gold_by_role)
        pred_tokens = _token_roles(text, pred_by_role)
        for g, p in zip(gold_tokens, pred_tokens):
            if g is not None:
                counts[g]["token_gold"] += 1
            if p is not None:
                counts[p]["token_pred"] += 1
            if g is not None and g == p:
                counts[g]["token_tp"] += 1
    result: dict = {"articles": articles}
    for role in ROLES:
        c = counts[role]
        result[role] = {
            "exact": prf(c["exact_tp"], c["exact_pred"], c["exact_gold"]),
            "token": prf(c["token_tp"], c["token_pred"], c["token_gold"]),
            "counts": {k: c[k] for k in ("exact_tp", "exact_pred", "exact_gold", "token_tp", "token_pred", "token_gold")},
        }
    return result


def format_scores(scores: dict) -> str:
    """One line per role: exact and token P/R/F1."""
    lines = []
    for role in ROLES:
        e, t = scores[role]["exact"], scores[role]["token"]
        lines.append(
            f"{role:8s} exact P {e['p']:.3f} R {e['r']:.3f} F1 {e['f1']:.3f} | "
            f"token P {t['p']:.3f} R {t['r']:.3f} F1 {t['f1']:.3f}"
        )
    return "\n".join(lines)
