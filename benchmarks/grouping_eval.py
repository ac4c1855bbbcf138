"""How well the tagger's grouping step rebuilds attributions from perfectly tagged pieces.

    python benchmarks/grouping_eval.py --split ../shared/polnear/data/train [--keep-loose-sources]

Takes the GOLD source, cue and content pieces of each article of a PolNeAR split, as the
tagger would emit them (one role per piece, in text order), groups them with
``auditor.models.bio.group_attributions`` and scores the result against the gold
attributions (exact span F1 per role). No model runs, so the grouping rules can be checked
on PolNeAR train as well as dev: errors here are the grouping's alone.
"""

from __future__ import annotations

import argparse
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", required=True, help="a PolNeAR split folder, e.g. ../shared/polnear/data/train")
    parser.add_argument("--keep-loose-sources", action="store_true", help="keep sources no cue takes")
    args = parser.parse_args()

    from auditor.models import bio
    from auditor.polnear import iter_articles
    from auditor.spanscore import gold_role_spans, score_spans

    started = time.time()
    pairs = []
    for article in iter_articles(args.split):
        pieces = {
            bio.RoleSpan(role, piece, 1.0)
            for gold in article.attributions
            for role in bio.ROLES
            for piece in gold_role_spans(gold, role)
        }
        ordered = sorted(pieces, key=lambda s: (s.span.start, s.span.end))
        grouped = bio.group_attributions(article.text, ordered, keep_loose_sources=args.keep_loose_sources)
        pairs.append((article.text, article.attributions, grouped))
    scores = score_spans(pairs)
    print(f"{scores['articles']} articles, gold pieces regrouped ({time.time() - started:.0f} s); exact P / R / F1:")
    for role in bio.ROLES:
        e = scores[role]["exact"]
        print(f"  {role:8s} {e['p']:.4f} / {e['r']:.4f} / {e['f1']:.4f}")


if __name__ == "__main__":
    main()
