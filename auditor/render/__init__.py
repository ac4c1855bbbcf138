"""Renderers turn finished reports (the dictionaries of auditor.report) into output.

A renderer is a function ``(reports: list[dict], options: RenderOptions) -> str``,
registered under a format name with :func:`register`. Other packages can add formats
through the ``auditor.renderers`` entry-point group. Renderers only read the reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

Renderer = Callable[[list, "RenderOptions"], str]
_RENDERERS: dict[str, Renderer] = {}
#: whether the built-in and plug-in renderers were imported (a renderer module imported
#: directly registers itself early, so an empty registry is not the test)
_LOADED = False


@dataclass(frozen=True)
class RenderOptions:
    #: use ANSI colours (the CLI turns this on for terminals unless --no-color)
    color: bool = False
    #: show every sentence, not just the attributed ones (text and markdown)
    all_sentences: bool = True


def register(name: str) -> Callable[[Renderer], Renderer]:
    """Register a renderer under a format name (a decorator)."""

    def decorator(func: Renderer) -> Renderer:
        _RENDERERS[name] = func
        return func

    return decorator


def _load_builtins() -> None:
    global _LOADED
    _LOADED = True
    from . import json_, markdown, text  # noqa: F401  (they register themselves)

    try:
        from . import html  # noqa: F401
    except ImportError:
        pass
    try:
        from importlib.metadata import entry_points

        for entry in entry_points(group="auditor.renderers"):
            _RENDERERS.setdefault(entry.name, entry.load())
    except Exception:  # a broken plug-in must not break the built-in formats
        pass


def formats() -> list[str]:
    """The format names available."""
    if not _LOADED:
        _load_builtins()
    return sorted(_RENDERERS)


def render(name: str, reports: list[dict], options: RenderOptions = RenderOptions()) -> str:
    """Render reports in the named format."""
    if not _LOADED:
        _load_builtins()
    if name not in _RENDERERS:
        raise ValueError(f"unknown format {name!r}; choose one of {', '.join(formats())}")
    return _RENDERERS[name](reports, options)
