"""Stage 1, ingest: read a file into an :class:`Article` and mark what is not the article.

Offsets: for plain text and Markdown every offset refers to the decoded file itself
(a UTF-8 byte-order mark is dropped by decoding). For HTML the article body is first
extracted with trafilatura (navigation, comments and boilerplate removed by it), and
offsets refer to that extracted text, which the JSON report carries as ``text``.

Exclusion works paragraph by paragraph (a paragraph is a run of non-blank lines):
boilerplate patterns from ``data/boilerplate.txt`` and paragraphs in another language
than the body are excluded, with a reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .types import Article, Span

DATA = Path(__file__).parent / "data"
#: Inputs above this many bytes are refused (the CLI's --max-bytes changes it).
DEFAULT_MAX_BYTES = 2_000_000
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
TEXT_SUFFIXES = {".txt", ".text", ""} | HTML_SUFFIXES | MARKDOWN_SUFFIXES


class InputError(ValueError):
    """An input that cannot be audited; the message is one line that says why and what to do."""


@dataclass(frozen=True)
class IngestConfig:
    #: refuse inputs larger than this many bytes
    max_bytes: int = DEFAULT_MAX_BYTES
    #: "auto" (by suffix, then by content), "text", "markdown" or "html"
    input_format: str = "auto"
    #: leave out paragraphs that are boilerplate or in another language
    exclude_boilerplate: bool = True


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    patterns = []
    for line in (DATA / "boilerplate.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        regex, _, reason = line.rpartition("=>")
        patterns.append((re.compile(regex.strip(), re.IGNORECASE), reason.strip()))
    return tuple(patterns)


@lru_cache(maxsize=1)
def stopwords() -> dict[str, frozenset[str]]:
    table = {}
    for line in (DATA / "stopwords.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lang, words = line.split("\t")
        table[lang] = frozenset(words.split())
    return table


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def guess_language(text: str) -> Optional[str]:
    """Guess a paragraph's language: a script name for non-Latin text, else the
    language whose function words it uses most; None when too short to tell."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 8:
        return None
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    if latin < 0.5 * len(letters):
        first = next(c for c in letters if "LATIN" not in unicodedata.name(c, ""))
        return unicodedata.name(first, "OTHER").split()[0].lower()
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < 4:
        return None
    counts = {lang: sum(w in vocab for w in words) for lang, vocab in stopwords().items()}
    best = max(counts, key=counts.get)
    if counts[best] == 0 or best != "en" and counts[best] < 2:
        return None  # one shared word is no language ("ALS trial": "als" is German too)
    # English wins ties: many short function words ("a", "in") are shared.
    return "en" if counts["en"] >= counts[best] else best


def paragraphs(text: str) -> list[Span]:
    """The runs of non-blank lines, trimmed of surrounding whitespace."""
    spans = []
    for match in re.finditer(r"\S(?:.*\S)?(?:\n[ \t\u00a0]*\S.*)*", text):
        start, end = match.start(), match.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append(Span(start, end))
    return spans


def decode(data: bytes, name: str = "input") -> str:
    """Decode UTF-8 bytes, refusing binary data with a one-line reason."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty; there is nothing to audit")
    head = data[:4096]
    if b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) * 0.05:
        raise InputError(f"{name}: this looks like a binary file, not an article; give a .txt, .md or .html file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {err.start}); convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None


def detect_format(text: str, suffix: str = "") -> str:
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    head = text[:2000].lower()
    if re.search(r"<(!doctype html|html|body|article|p|div)\b", head):
        return "html"
    return "text"


def html_to_text(html: str) -> tuple[str, Optional[str]]:
    """Extract the article body and title from HTML with trafilatura."""
    import trafilatura

    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    if not body:
        from html.parser import HTMLParser

        chunks: list[str] = []

        class _Text(HTMLParser):
            def handle_data(self, data: str) -> None:
                if data.strip():
                    chunks.append(data.strip())

        _Text().feed(html)
        body = "\n\n".join(chunks)
    body = body.replace("\n", "\n\n") if "\n\n" not in body else body
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return body, title


def mark_excluded(text: str) -> tuple[tuple[Span, ...], tuple[str, ...], Optional[str]]:
    """Find the paragraphs that are not the article; return them, their reasons and the
    body language."""
    paras = paragraphs(text)
    languages = [guess_language(text[p.start:p.end]) for p in paras]
    weights: dict[str, int] = {}
    for para, lang in zip(paras, languages):
        if lang:
            weights[lang] = weights.get(lang, 0) + (para.end - para.start)
    body_language = max(weights, key=weights.get) if weights else None
    spans, reasons = [], []
    for para, lang in zip(paras, languages):
        chunk = text[para.start:para.end].strip()
        reason = next((r for rx, r in boilerplate_patterns() if rx.search(chunk)), None)
        if reason is None and lang and body_language and lang != body_language:
            reason = f"other language ({lang})"
        if reason:
            spans.append(para)
            reasons.append(reason)
    return tuple(spans), tuple(reasons), body_language


def read_article(text: str, path: Optional[str] = None, config: IngestConfig = IngestConfig()) -> Article:
    """Build an Article from decoded text (HTML is reduced to its body first)."""
    fmt = config.input_format
    if fmt == "auto":
        fmt = detect_format(text, Path(path).suffix if path else "")
    title = None
    if fmt == "html":
        text, title = html_to_text(text)
    if not text.strip():
        raise InputError(f"{path or 'input'}: no article text found; there is nothing to audit")
    excluded, reasons, language = (), (), None
    if config.exclude_boilerplate:
        excluded, reasons, language = mark_excluded(text)
    else:
        language = guess_language(text[:5000])
    if language and language != "en":
        raise InputError(
            f"{path or 'input'}: the article is in another language ({language}); auditor reads English news"
        )
    if title is None:
        first = paragraphs(text)[0]
        title = text[first.start:first.end].splitlines()[0].lstrip("# ").strip()
    return Article(
        text=text,
        path=path,
        input_format=fmt,
        title=title,
        excluded=excluded,
        excluded_reasons=reasons,
        language=language,
    )


def read_path(path: str, config: IngestConfig = IngestConfig()) -> Article:
    """Read one file (or ``-`` for standard input) into an Article."""
    import sys

    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        file = Path(path)
        if not file.exists():
            raise InputError(f"{path}: no such file")
        if file.is_dir():
            raise InputError(f"{path}: is a directory; pass its files or the directory to 'auditor audit'")
        size = file.stat().st_size
        if size > config.max_bytes:
            raise InputError(
                f"{path}: {size / 1e6:.1f} MB is over the {config.max_bytes / 1e6:.1f} MB limit; "
                "split it or raise --max-bytes"
            )
        try:
            data = file.read_bytes()
        except OSError as err:
            raise InputError(f"{path}: cannot read it ({err.strerror})") from None
        name = path
    if len(data) > config.max_bytes:
        raise InputError(f"{name}: {len(data) / 1e6:.1f} MB is over the limit; raise --max-bytes")
    return read_article(decode(data, name), None if path == "-" else path, config)


def expand_paths(paths: list[str]) -> list[str]:
    """Expand directories (recursively, text-like files only) and keep files as given."""
    out: list[str] = []
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            found = sorted(
                str(f) for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES and not f.name.startswith(".")
            )
            if not found:
                raise InputError(f"{path}: the directory has no .txt, .md or .html files")
            out.extend(found)
        else:
            out.append(path)
    return out
