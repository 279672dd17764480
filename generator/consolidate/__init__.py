"""Consolidate: from analysed sources to one Brief (glossary, brief sentences, quotes, figures, disagreements).

The stage is split by concern, one module each: `entities` (the glossary), `claims` (the brief's
sentences), `quotes`, and `figures` (key figures, timeline and where sources disagree).
"""
from __future__ import annotations

from collections import Counter

from ..contents import AnalysedSource, Brief, IngestWarning
from .claims import build_brief
from .entities import build_glossary
from .figures import discrepancies, figures_and_timeline
from .quotes import find_quotes
from .text import norm


def consolidate(analysed: tuple[AnalysedSource, ...], warnings: tuple[IngestWarning, ...] = ()) -> Brief:
    entities = build_glossary(analysed)
    sentences = build_brief(analysed, entities)
    quotes = find_quotes(analysed, entities)
    figures, timeline = figures_and_timeline(analysed)
    return Brief(
        title=_story_title(analysed),
        sources=tuple(a.source for a in analysed),
        entities=entities,
        sentences=sentences,
        quotes=quotes,
        discrepancies=discrepancies(entities, analysed),
        figures=figures,
        timeline=timeline,
        warnings=warnings,
    )


def _story_title(analysed: tuple[AnalysedSource, ...]) -> str:
    """The source title that shares most words with the other titles (the most typical headline)."""
    titles = [a.source.title for a in analysed]
    if not titles:
        return "News brief"
    counts = Counter(w for t in titles for w in set(norm(t).split()))

    def score(t: str) -> float:
        ws = set(norm(t).split())
        return sum(counts[w] - 1 for w in ws) / (len(ws) ** 0.5 or 1) - (5 if t.endswith("…") else 0)

    return max(titles, key=lambda t: (score(t), -len(t), t))
