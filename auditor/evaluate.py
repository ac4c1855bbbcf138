"""``auditor evaluate``: the pipeline against gold JSONL and PolNeAR annotations.

Gold JSONL (ANNOTATION.md §3): sentence boundary recall and precision, sentence label
macro-F1, exact label-set accuracy, score errors, excluded text found.
PolNeAR: source / cue / content exact-span and token P/R/F1 (auditor.spanscore), and
source-type scores where a labels TSV gives types.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from .ingest import read_article
from .polnear import iter_articles, read_type_labels
from .spanscore import format_scores, prf, score_spans
from .types import ANONYMOUS_TYPES, SOURCE_TYPES, UNATTRIBUTED

LABELS = SOURCE_TYPES + (UNATTRIBUTED,)
SCORE_KEYS = ("anonymous_sentence_share", "anonymous_attributed_share", "anonymous_word_share")


def read_gold(path: str) -> list[dict]:
    """Read a gold JSONL file, one article a line."""
    articles = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            articles.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise ValueError(f"{path}:{number}: not valid JSON ({err.msg})") from None
    return articles


def gold_scores(gold: dict) -> dict:
    """ANNOTATION.md §4 scores computed from a gold article's sentence labels."""
    anonymous_types = {"anonymous_official", "anonymous_familiar", "anonymous_other"}
    sentences = gold["sentences"]
    anon = [bool(set(s["labels"]) & anonymous_types) for s in sentences]
    attributed = [bool(set(s["labels"]) - {UNATTRIBUTED, "declined_comment"}) for s in sentences]
    words = [len(s["text"].split()) for s in sentences]
    lede = sentences[1] if len(sentences) > 1 else sentences[0]
    return {
        "anonymous_sentence_share": sum(anon) / len(sentences),
        "anonymous_attributed_share": sum(anon) / max(sum(attributed), 1),
        "anonymous_word_share": sum(w for w, a in zip(words, anon) if a) / max(sum(words), 1),
        "lede_anonymous": bool(set(lede["labels"]) & anonymous_types),
    }


def label_metrics(pairs: list[tuple[set, set]]) -> dict:
    """Per-label P/R/F1 over sentences, macro-F1 over the labels that occur."""
    per_label = {}
    for label in LABELS:
        tp = sum(1 for g, p in pairs if label in g and label in p)
        n_pred = sum(1 for _, p in pairs if label in p)
        n_gold = sum(1 for g, _ in pairs if label in g)
        if n_gold or n_pred:
            per_label[label] = {**prf(tp, n_pred, n_gold), "support": n_gold}
    macro = sum(v["f1"] for v in per_label.values()) / len(per_label) if per_label else 0.0
    return {"per_label": per_label, "macro_f1": macro}


SPLITS = Path(__file__).resolve().parent.parent / "corpus" / "splits.json"


def subset_ids(name: str, splits: Path = SPLITS) -> set[str]:
    """The article ids listed under ``name`` in corpus/splits.json."""
    try:
        table = json.loads(splits.read_text(encoding="utf-8"))
    except OSError:
        raise ValueError(f"{splits} is missing; --subset needs the corpus splits") from None
    if name not in table or not isinstance(table[name], list):
        choices = ", ".join(k for k, v in table.items() if isinstance(v, list))
        raise ValueError(f"no subset {name!r} in {splits}; choose one of {choices}")
    return set(table[name])


def evaluate_typer_split(auditor, split: str) -> dict:
    """The shipped source typing (the typer, mixed with the type head when loaded, or the
    head alone in fast mode) on the gold mentions of a split of corpus/splits.json."""
    if auditor.typer is None and auditor.type_head is None:
        raise ValueError("--typer-split needs the source-type model (models/typer); it is not loaded")
    from .models.train_typer import evaluate_typer, load_split

    splits = json.loads(SPLITS.read_text(encoding="utf-8"))
    return evaluate_typer(auditor.typer, load_split(split, splits), head=auditor.type_head, tagger=auditor.tagger)


def evaluate_gold(auditor, paths: list[str], only_ids: Optional[set[str]] = None, show_errors: bool = False) -> dict:
    """Sentence and score metrics of the auditor on gold JSONL files (optionally only
    the articles whose id is in ``only_ids``); with ``show_errors``, also every sentence
    whose label set is wrong, with the gold and the predicted attributions about it."""
    errors: list[dict] = []
    boundary_tp = gold_count = pred_count = exact_sets = 0
    pairs: list[tuple[set, set]] = []
    score_errors = {k: [] for k in SCORE_KEYS}
    lede_right = excluded_found = excluded_total = 0
    articles = []
    grouping = []
    for path in paths:
        for gold in read_gold(path):
            if only_ids is not None and gold.get("id") not in only_ids:
                continue
            doc = auditor.run(read_article(gold["text"], gold.get("id")))
            predicted = [(s, l) for s, l in zip(doc.sentences, doc.labels) if not s.excluded]
            by_bounds = {(s.start, s.end): set(l) for s, l in predicted}
            pred_count += len(predicted)
            right = 0
            for sentence in gold["sentences"]:
                gold_count += 1
                bounds = (sentence["start"], sentence["end"])
                if bounds in by_bounds:
                    boundary_tp += 1
                    labels = by_bounds[bounds]
                else:
                    labels = set().union(*[
                        set(l) for s, l in predicted if s.start < sentence["end"] and sentence["start"] < s.end
                    ]) or {UNATTRIBUTED}
                pairs.append((set(sentence["labels"]), labels))
                if labels == set(sentence["labels"]):
                    exact_sets += 1
                    right += 1
                elif show_errors:
                    errors.append(_label_error(gold, sentence, labels, doc))
            expected = gold_scores(gold)
            got = doc.scores
            for key in SCORE_KEYS:
                score_errors[key].append(abs(getattr(got, key) - expected[key]))
            lede_right += got.lede_anonymous == expected["lede_anonymous"]
            for ex in gold.get("excluded", []):
                excluded_total += 1
                excluded_found += any(
                    s.excluded and s.start <= ex["start"] and ex["end"] <= s.end for s in doc.sentences
                )
            grouping.append(source_grouping(gold, doc, show_errors))
            articles.append({"id": gold.get("id"), "sentences": len(gold["sentences"]), "label_sets_right": right,
                             **{k: round(getattr(got, k), 4) for k in SCORE_KEYS},
                             **{f"gold_{k}": round(expected[k], 4) for k in SCORE_KEYS}})
    n = len(articles) or 1
    return {
        "articles": len(articles),
        "sentences": gold_count,
        "boundary_recall": boundary_tp / max(gold_count, 1),
        "boundary_precision": boundary_tp / max(pred_count, 1),
        "label_set_accuracy": exact_sets / max(gold_count, 1),
        "label_sets_right": exact_sets,
        "labels": label_metrics(pairs),
        "mean_abs_score_error": {k: sum(v) / n for k, v in score_errors.items()},
        "max_abs_score_error": {k: max(v, default=0.0) for k, v in score_errors.items()},
        "lede_anonymous_accuracy": lede_right / n,
        "excluded_found": f"{excluded_found}/{excluded_total}",
        "sources": _grouping_summary(grouping),
        "per_article": articles if len(articles) <= 100 else [],
        **({"errors": errors} if show_errors else {}),
    }


def gold_source_mentions(gold: dict) -> list[tuple[int, int, str, str, bool]]:
    """Each gold source mention once: (start, end, source_id, type, sourcing); a mention
    without offsets is found in its sentence's text (the seed's gold names its sources only)."""
    mentions: dict[tuple[int, int], tuple[int, int, str, str, bool]] = {}
    for sentence in gold["sentences"]:
        for attribution in sentence.get("attributions", []):
            if not attribution.get("source") or not attribution.get("source_id") or attribution.get("continuation"):
                continue
            span = attribution.get("source_span")
            if span:
                start, end = span["start"], span["end"]
            else:
                at = sentence["text"].find(attribution["source"])
                if at < 0:
                    continue
                start = sentence["start"] + at
                end = start + len(attribution["source"])
            known = mentions.get((start, end))
            sourcing = attribution.get("sourcing") is not False or bool(known and known[4])
            mentions[(start, end)] = (start, end, attribution["source_id"], attribution["type"], sourcing)
    return sorted(mentions.values())


def source_grouping(gold: dict, doc, show_errors: bool = False) -> dict:
    """How the article's source mentions were grouped, against the gold ``source_id``s.

    Pairwise links over the gold mentions the auditor found as sources (a predicted source
    overlapping the gold one): a link is two mentions with one id. Distinct sources (the
    sourcing ones), named and anonymous, gold against the report's scores. With
    ``show_errors``, also each wrong link ("joined": one predicted id, two gold ids) and
    each missing one ("split")."""
    mentions = gold_source_mentions(gold)
    predicted = [(a.source, a.source_id) for a in doc.attributions if a.source is not None and a.source_id]
    matched = []
    for start, end, gold_id, _, _ in mentions:
        overlapping = [(min(end, s.end) - max(start, s.start), pid) for s, pid in predicted if s.start < end and start < s.end]
        if overlapping:
            # the most overlap; on a tie the first attribution, not the larger id
            matched.append((gold_id, max(overlapping, key=lambda o: o[0])[1], gold["text"][start:end]))
    tp = n_pred = n_gold = 0
    errors = []
    for i, (gold_i, pred_i, text_i) in enumerate(matched):
        for gold_j, pred_j, text_j in matched[i + 1:]:
            tp += gold_i == gold_j and pred_i == pred_j
            n_pred += pred_i == pred_j
            n_gold += gold_i == gold_j
            if show_errors and (gold_i == gold_j) != (pred_i == pred_j):
                errors.append({"id": gold.get("id"), "kind": "split" if gold_i == gold_j else "joined",
                               "mentions": [text_i, text_j], "gold": [gold_i, gold_j], "predicted": [pred_i, pred_j]})
    group_types: dict[str, list[str]] = {}
    for _, _, gold_id, type_, sourcing in mentions:
        if sourcing:
            group_types.setdefault(gold_id, []).append(type_)
    anonymous = named = 0
    for types in group_types.values():
        kept = [t for t in types if t != "declined_comment"]
        if not kept:
            continue
        main = max(dict.fromkeys(kept), key=kept.count)  # a tie goes to the first mentioned
        anonymous += main in ANONYMOUS_TYPES
        named += main not in ANONYMOUS_TYPES
    return {"mentions": len(mentions), "matched": len(matched), "link_tp": tp, "link_pred": n_pred, "link_gold": n_gold,
            "gold_named": named, "gold_anonymous": anonymous,
            "named": doc.scores.named_sources, "anonymous": doc.scores.anonymous_sources,
            **({"errors": errors} if show_errors else {})}


def _grouping_summary(per_article: list[dict]) -> dict:
    """Pairwise link P/R/F1 summed over articles, and how often the distinct-source counts are right."""
    total = {k: sum(a[k] for a in per_article) for k in ("mentions", "matched", "link_tp", "link_pred", "link_gold")}
    n = max(len(per_article), 1)
    return {
        "mentions_found": f"{total['matched']}/{total['mentions']}",
        "links": prf(total["link_tp"], total["link_pred"], total["link_gold"]),
        "anonymous_sources_right": sum(a["anonymous"] == a["gold_anonymous"] for a in per_article) / n,
        "named_sources_right": sum(a["named"] == a["gold_named"] for a in per_article) / n,
        "anonymous_sources_mean_abs_error": sum(abs(a["anonymous"] - a["gold_anonymous"]) for a in per_article) / n,
        "named_sources_mean_abs_error": sum(abs(a["named"] - a["gold_named"]) for a in per_article) / n,
        **({"errors": [e for a in per_article for e in a["errors"]]} if any("errors" in a for a in per_article) else {}),
    }


def _label_error(gold: dict, sentence: dict, predicted: set, doc) -> dict:
    """One wrong sentence: its text, the gold and predicted labels, and the attributions
    of each side that have their source, cue or content in it."""
    start, end = sentence["start"], sentence["end"]
    text = doc.text

    def about(attribution) -> bool:
        spans = [s for s in (attribution.source, attribution.cue) if s is not None] + list(attribution.content)
        return any(s.start < end and start < s.end for s in spans)

    return {
        "id": gold.get("id"), "start": start, "end": end, "text": sentence["text"],
        "gold": sorted(sentence["labels"]), "predicted": sorted(predicted),
        "gold_attributions": [
            {"source": a.get("source"), "cue": a.get("cue"), "type": a.get("type")} for a in sentence.get("attributions", [])
        ],
        "predicted_attributions": [
            {"source": a.source.text(text) if a.source else None, "cue": a.cue.text(text) if a.cue else None,
             "type": a.type, "sourcing": a.sourcing}
            for a in doc.attributions if about(a)
        ],
    }


def evaluate_polnear(auditor, folder: str, labels_tsv: Optional[str] = None, limit: Optional[int] = None) -> dict:
    """Span metrics (and type metrics where labelled) of the auditor on a PolNeAR split."""
    split = Path(folder).name
    labels: dict[str, dict[tuple[int, int], str]] = {}
    if labels_tsv:
        for row in read_type_labels(labels_tsv):
            if row.split == split:
                labels.setdefault(row.article, {})[(row.start, row.end)] = row.type
    pairs = []
    type_pairs: list[tuple[str, str]] = []
    labelled = 0
    for number, article in enumerate(iter_articles(folder)):
        if limit is not None and number >= limit:
            break
        doc = auditor.run(read_article(article.text, article.name, _polnear_ingest()))
        pairs.append((article.text, article.attributions, doc.attributions))
        predicted = {(a.source.start, a.source.end): a.type for a in doc.attributions if a.source}
        for bounds, gold_type in labels.get(article.name, {}).items():
            labelled += 1
            if bounds in predicted:
                type_pairs.append((gold_type, predicted[bounds]))
    result = {"split": split, "spans": score_spans(pairs)}
    if labels:
        per_type = {}
        for t in SOURCE_TYPES:
            tp = sum(1 for g, p in type_pairs if g == p == t)
            per_type[t] = {**prf(tp, sum(p == t for _, p in type_pairs), sum(g == t for g, _ in type_pairs)),
                           "support": sum(g == t for g, _ in type_pairs)}
        present = [v["f1"] for v in per_type.values() if v["support"]]
        result["types"] = {
            "labelled_sources": labelled,
            "matched_sources": len(type_pairs),
            "accuracy_on_matched": sum(g == p for g, p in type_pairs) / max(len(type_pairs), 1),
            "macro_f1_on_matched": sum(present) / max(len(present), 1),
            "per_type": per_type,
        }
    return result


def _polnear_ingest():
    from .ingest import IngestConfig

    # PolNeAR texts are article bodies already; its spans must stay comparable.
    return IngestConfig(exclude_boilerplate=False)


def format_table(results: dict) -> str:
    """A readable table of evaluate's results."""
    lines = [f"mode: attributor={results['mode']['attributor']} classifier={results['mode']['classifier']}"]
    gold = results.get("gold")
    if gold:
        lines += [
            "",
            f"gold: {gold['articles']} article(s), {gold['sentences']} sentences",
            f"  sentence boundary recall     {gold['boundary_recall']:.3f}   precision {gold['boundary_precision']:.3f}",
            f"  exact label sets             {gold['label_sets_right']}/{gold['sentences']} ({gold['label_set_accuracy']:.3f})",
            f"  sentence label macro-F1      {gold['labels']['macro_f1']:.3f}",
            f"  lede_anonymous accuracy      {gold['lede_anonymous_accuracy']:.3f}",
            f"  excluded text found          {gold['excluded_found']}",
        ]
        sources = gold["sources"]
        lines += [
            f"  source mentions found        {sources['mentions_found']}; grouped together (pairwise links) "
            f"P {sources['links']['p']:.3f} R {sources['links']['r']:.3f} F1 {sources['links']['f1']:.3f}",
            f"  distinct sources right       anonymous {sources['anonymous_sources_right']:.3f} "
            f"(|error| {sources['anonymous_sources_mean_abs_error']:.2f}), named {sources['named_sources_right']:.3f} "
            f"(|error| {sources['named_sources_mean_abs_error']:.2f}) of articles",
        ]
        for key, value in gold["mean_abs_score_error"].items():
            lines.append(f"  |error| {key:<28} mean {value:.3f}  max {gold['max_abs_score_error'][key]:.3f}")
        lines.append("  per label:        P      R      F1   support")
        for label, m in gold["labels"]["per_label"].items():
            lines.append(f"    {label:<20} {m['p']:.3f}  {m['r']:.3f}  {m['f1']:.3f}  {m['support']}")
        if "errors" in gold:
            lines += ["", f"sentences with a wrong label set: {len(gold['errors'])}"]
            for error in gold["errors"]:
                lines.append(f"  {error['id']} @{error['start']}: gold {', '.join(error['gold'])} | "
                             f"predicted {', '.join(error['predicted'])}")
                lines.append(f"    {error['text']}")
                for side in ("gold", "predicted"):
                    for a in error[f"{side}_attributions"]:
                        flag = "" if a.get("sourcing", True) else " (not sourcing)"
                        lines.append(f"    {side:<9} {a['type']}: {a['source']!r} <{a['cue']}>{flag}")
        if "errors" in sources:
            lines += ["", f"source mentions grouped wrongly (pairs): {len(sources['errors'])}"]
            for error in sources["errors"]:
                first, second = (repr(m if len(m) <= 50 else m[:49] + "…") for m in error["mentions"])
                lines.append(f"  {error['id']}: {error['kind']:<6} {first} ~ {second}  "
                             f"gold {' / '.join(error['gold'])}, predicted {' / '.join(error['predicted'])}")
    typer = results.get("typer")
    if typer:
        lines += ["", "source-type model alone:", "  " + json.dumps({k: v for k, v in typer.items() if not isinstance(v, dict)})]
    for folder, result in results.get("polnear", {}).items():
        lines += ["", f"PolNeAR {result['split']} ({result['spans']['articles']} articles): {folder}"]
        lines += ["  " + line for line in format_scores(result["spans"]).splitlines()]
        types = result.get("types")
        if types:
            lines.append(
                f"  source types: {types['matched_sources']}/{types['labelled_sources']} labelled sources found; "
                f"accuracy {types['accuracy_on_matched']:.3f}, macro-F1 {types['macro_f1_on_matched']:.3f} on those"
            )
    return "\n".join(lines)
