"""The pipeline: ingest -> analyse -> consolidate -> render -> write (and optionally `mkdocs build`).

Nothing is lost: the pages are switched into docs/ (and the site into site/) only after every stage
succeeded, all or nothing, under a lock per docs folder, and a build that was killed is rolled back by the next
one before it starts (see publish.py).
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace

from .analyse import AnalyseStats, DocCache, Progress, analyse_stream, load_model
from .cache import brief_key, load_brief, load_pages, pages_key, store_brief, store_pages
from .config import Settings, site_address, worker_count
from .consolidate import consolidate
from .contents import Brief, NewsbriefError
from .ingest import read_corpus
from .history import advance, build_date, load_state, stable_entities, stable_sources, state_to_json
from .publish import build_lock, recover, write_docs
from .render import SCHEMA_FILE, Site, render_pages, with_earlier_pages

log = logging.getLogger("newsbrief")


@dataclass
class BuildReport:
    brief: Brief
    written: list[str] = field(default_factory=list)  # paths (relative to docs) whose content changed
    removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (ingest, analyse, ...)
    analysis: AnalyseStats = field(default_factory=AnalyseStats)  # articles analysed / read from the cache
    brief_cached: bool = False  # the whole brief came from the cache: no spaCy, no consolidation


def build(settings: Settings, progress: Progress | None = None) -> BuildReport:
    settings = settings.validated()
    with build_lock(settings.docs):
        for repair in recover(settings.docs, settings.site):
            log.warning("newsbrief: %s", repair)
        return _build(settings, progress)


def _build(settings: Settings, progress: Progress | None = None) -> BuildReport:
    clock = _Clock()
    corpus = read_corpus(settings.seeds)
    clock.lap("ingest")
    warnings = [str(w) for w in corpus.warnings]
    # the story so far: what the previous build left in docs/ (addresses, the last brief in outline, changes)
    state, problem = load_state(settings.docs)
    if problem:
        log.warning("newsbrief: %s", problem)
    corpus = stable_sources(corpus, state)
    if settings.strict and warnings:
        raise NewsbriefError(f"{settings.seeds / corpus.warnings[0].file}: {corpus.warnings[0].message} (--strict)")
    if not corpus.sources:
        detail = f" ({len(warnings)} file(s) skipped: {warnings[0]})" if warnings else ""
        raise NewsbriefError(f"{settings.seeds}: no usable article file (.txt, .md, .html){detail}")
    stats = AnalyseStats()
    key = brief_key(corpus, settings.model) if settings.cache is not None else ""
    brief = load_brief(settings.cache, key) if settings.cache is not None else None
    cached = brief is not None
    if brief is None:
        docs = DocCache(settings.cache, settings.model) if settings.cache is not None else None
        stream = analyse_stream(corpus.sources, lambda: load_model(settings.model), worker_count(settings.workers), docs, progress, stats)
        analysed = tuple(stream)
        clock.lap("analyse")
        parts: dict[str, float] = {}
        brief = consolidate(analysed, corpus.warnings, parts)
        clock.laps.update({f"consolidate.{k}": v for k, v in parts.items()})
        del analysed
        clock.lap("consolidate")
        if settings.cache is not None:
            store_brief(settings.cache, key, brief)
    else:
        stats.cached = len(corpus.sources)
        clock.lap("cache")
    brief = stable_entities(brief, state)
    story = advance(brief, state, build_date(brief.sources))
    site = Site(*site_address(settings.config_file))
    # the rendered pages are cached too: with no article, no template and no earlier build changed, nothing is rendered
    # (keyed by this build's place in the story, not by the list of every page the site has had: that list
    # grows with the first rebuild, whose pages are the same)
    place = state_to_json(replace(story.state, pages=())) + repr((sorted(story.new), sorted(story.merged.items()), site))
    pages = pages_key(key + place, [p for p in settings.templates.rglob("*") if p.is_file()] + [SCHEMA_FILE]) if key else ""
    files = load_pages(settings.cache, pages) if cached and settings.cache is not None else None
    if files is None:
        files = render_pages(brief, settings.templates, story, site)
        if pages and settings.cache is not None:
            store_pages(settings.cache, pages, files)
    files = with_earlier_pages(files, brief, settings.templates, story)
    clock.lap("render")
    written, removed = write_docs(settings.docs, files, settings.site, settings.config_file)
    clock.lap("site" if settings.site is not None else "write")
    return BuildReport(brief=brief, written=written, removed=removed, warnings=warnings, timings=clock.laps,
                       analysis=stats, brief_cached=cached)


class _Clock:
    def __init__(self):
        self.laps: dict[str, float] = {}
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps[stage] = self.laps.get(stage, 0.0) + now - self.last
        self.last = now
