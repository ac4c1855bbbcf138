"""The whole pipeline: ingest → segment → attribute → classify → group → score.

``Auditor`` holds the configuration and the loaded models (if any) so that a batch
loads them once. With ``rules_only`` (or when no model folder is shipped and
``require_models`` is off) the rule stages run; otherwise the transformer tagger and the
source typer from ``models/`` replace the rule attributor and classifier.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional

from . import attribute as attribute_stage
from . import classify as classify_stage
from .group import group
from .ingest import IngestConfig, InputError, read_article, read_path
from .score import score
from .segment import SegmentConfig, segment
from .types import Article, Document

#: Where the shipped models live: models/ beside the package in a checkout.
DEFAULT_MODELS = Path(__file__).resolve().parent.parent / "models"


@dataclass(frozen=True)
class AuditConfig:
    #: how files are read (size limit, format, boilerplate exclusion)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    #: the sentence segmenter and its news fixes
    segment: SegmentConfig = field(default_factory=SegmentConfig)
    #: run the rule stages only, never the models
    rules_only: bool = False
    #: folder with the shipped models (tagger/ and typer/)
    models_dir: Path = DEFAULT_MODELS
    #: fail when a model folder is missing instead of falling back to the rules
    require_models: bool = False
    #: also keep rule attributions that overlap none of the tagger's (recall over precision)
    add_rule_attributions: bool = False
    #: models ("tagger", "typer") whose Linear layers get int8 dynamic quantisation. None by
    #: default: measured, int8 changes the tagger's spans and costs the seed 3 label sets
    #: with the typer (models/README.md)
    quantize: tuple[str, ...] = ()
    #: torch CPU threads for the models (0: every core)
    threads: int = 0
    #: mix the tagger's type head (models/type_head, when shipped) into the typer's answers
    type_head: bool = True
    #: type sources with the tagger's type head alone and never load the typer: about twice
    #: as fast, less accurate (PolNeAR dev macro-F1 in models/type_head/README.md)
    fast_types: bool = False


class Auditor:
    """Audits articles; load once, call :meth:`audit_text` or :meth:`audit_path` many times."""

    def __init__(self, config: AuditConfig = AuditConfig()):
        self.config = config
        self.tagger = None
        self.typer = None
        self.type_head = None
        self.notes: list[tuple[str, str]] = []
        if not config.rules_only:
            self._load_models()

    def _load_models(self) -> None:
        tagger_dir = Path(self.config.models_dir) / "tagger"
        typer_dir = Path(self.config.models_dir) / "typer"
        if tagger_dir.exists() or self.config.require_models:
            from .models.tagger import AttributionTagger

            self.tagger = AttributionTagger.from_pretrained(tagger_dir)
        head_dir = Path(self.config.models_dir) / "type_head"
        if self.tagger is not None and (self.config.type_head or self.config.fast_types):
            if head_dir.exists() or self.config.fast_types:
                from .models.type_head import TypeHead

                self.type_head = TypeHead.from_pretrained(head_dir, tagger_dir)
        if not self.config.fast_types and (typer_dir.exists() or self.config.require_models):
            from .models.typer import SourceTyper

            self.typer = SourceTyper.from_pretrained(typer_dir)
        if self.tagger is not None or self.typer is not None:
            from .models.base import prepare_for_inference

            for name, model in (("tagger", self.tagger), ("typer", self.typer)):
                if model is not None:
                    model.network = prepare_for_inference(model.network, name in self.config.quantize, self.config.threads)

    @property
    def mode(self) -> dict[str, str]:
        if self.typer is not None:
            classifier = "model+type-head" if self.type_head is not None else "model"
        else:
            classifier = "type-head" if self.type_head is not None else "rules"
        return {"attributor": "model" if self.tagger is not None else "rules", "classifier": classifier}

    def run(self, article: Article) -> Document:
        """Run every stage on an article that has been read."""
        doc = segment(Document(article), self.config.segment)
        if not any(not s.excluded for s in doc.sentences):
            raise InputError(f"{article.path or 'input'}: nothing to audit: every paragraph is boilerplate or another language")
        if self.tagger is not None:
            from .modelstages import attribute_with_model

            layer = self.type_head.config.layer if self.type_head is not None else None
            doc = attribute_with_model(doc, self.tagger, self.config.add_rule_attributions, layer)
        else:
            doc = attribute_stage.attribute(doc)
        doc = classify_stage.classify(doc)
        if self.typer is not None or self.type_head is not None:
            from .modelstages import classify_with_model

            doc = classify_with_model(doc, self.typer, self.type_head)
        doc = replace(doc, tagger_states=None)  # read by the type head only; ~2 MB an article
        doc = group(doc)
        if self.typer is not None or self.type_head is not None:
            from .modelstages import settle_group_types

            doc = settle_group_types(doc)
        doc = score(doc)
        return replace(doc, meta=tuple(sorted(self.mode.items())))

    def audit_text(self, text: str, path: Optional[str] = None) -> Document:
        return self.run(read_article(text, path, self.config.ingest))

    def audit_path(self, path: str) -> Document:
        return self.run(read_path(path, self.config.ingest))


def audit_text(text: str, rules_only: bool = True) -> Document:
    """Audit one text with a fresh Auditor (convenient in notebooks and tests)."""
    return Auditor(AuditConfig(rules_only=rules_only)).audit_text(text)
