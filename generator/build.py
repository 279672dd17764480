"""The pipeline: ingest -> analyse -> consolidate -> render -> write (and optionally `mkdocs build`).

Nothing is lost: generated files are first written to a staging folder; they replace the previous ones in
docs/ only after every stage succeeded, and when a site is built too, docs/ is rolled back if
`mkdocs build --strict` fails, and site/ is swapped in only after it succeeded.  Which files in docs/ are
generated is recorded in docs/.newsbrief-manifest.json; every other file there is hand-written and is never
touched (a generated page that would overwrite one is an error).  Files whose content did not change are not
rewritten, so `mkdocs serve` does not loop and rebuilds are reproducible byte for byte.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .analyse import AnalyseStats, DocCache, Progress, analyse_stream, load_model
from .cache import brief_key, load_brief, load_pages, pages_key, store_brief, store_pages
from .config import Settings
from .consolidate import consolidate
from .contents import Brief, NewsbriefError
from .ingest import read_corpus
from .render import SCHEMA_FILE, render

MANIFEST = ".newsbrief-manifest.json"
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
        _clean_stale(settings)
        return _build(settings, progress)


@contextlib.contextmanager
def build_lock(docs: Path):
    """One build at a time per docs folder (and the site built from it): a second build waits, saying so, until
    the first is done, and never writes at the same time (an editor's `make serve` and a `make site`)."""
    docs = docs.resolve()
    docs.parent.mkdir(parents=True, exist_ok=True)
    path = docs.parent / f".{docs.name}.newsbrief.lock"
    with open(path, "a+b") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("newsbrief: another build is writing %s; waiting for it to finish", docs)
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _clean_stale(settings: Settings) -> None:
    """What a killed build left behind (under the lock, so no other build is using it): staging folders beside
    docs/ and site/, and the previous site kept while the new one was swapped in."""
    docs = settings.docs.resolve()
    folders = [(docs.parent, f".newsbrief-{docs.name}-")]  # only this docs folder's: another may be building beside it
    if settings.site is not None:
        site = settings.site.resolve()
        folders.append((site.parent, f".newsbrief-site-{site.name}-"))
        old = site.with_name(site.name + ".old-newsbrief")
        if old.exists():
            shutil.rmtree(old, ignore_errors=True)
    for parent, prefix in folders:
        if parent.is_dir():
            for stale in parent.glob(prefix + "*"):
                if stale.is_dir():
                    shutil.rmtree(stale, ignore_errors=True)


def _build(settings: Settings, progress: Progress | None = None) -> BuildReport:
    clock = _Clock()
    corpus = read_corpus(settings.seeds)
    clock.lap("ingest")
    warnings = [str(w) for w in corpus.warnings]
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
        stream = analyse_stream(corpus.sources, lambda: load_model(settings.model), settings.workers, docs, progress, stats)
        analysed = tuple(stream)
        clock.lap("analyse")
        brief = consolidate(analysed, corpus.warnings)
        del analysed
        clock.lap("consolidate")
        if settings.cache is not None:
            store_brief(settings.cache, key, brief)
    else:
        stats.cached = len(corpus.sources)
        clock.lap("cache")
    # the rendered pages are cached too: with no article and no template changed, nothing is rendered
    pages = pages_key(key, [p for p in settings.templates.rglob("*") if p.is_file()] + [SCHEMA_FILE]) if key else ""
    files = load_pages(settings.cache, pages) if cached and settings.cache is not None else None
    if files is None:
        files = render(brief, settings.templates)
        if pages and settings.cache is not None:
            store_pages(settings.cache, pages, files)
    clock.lap("render")
    written, removed = write_docs(settings.docs, files, settings)
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


# ----------------------------------------------------------------------------------------- writing


def read_manifest(docs: Path) -> list[str]:
    path = docs / MANIFEST
    if not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise NewsbriefError(f"{path}: unreadable manifest of generated files; delete it and the generated pages") from None
    return [p for p in data.get("generated", []) if isinstance(p, str) and _safe_relative(p)]


def _safe_relative(path: str) -> bool:
    parts = Path(path).parts
    return bool(parts) and not Path(path).is_absolute() and ".." not in parts


def write_docs(docs: Path, files: dict[str, str], settings: Settings | None = None) -> tuple[list[str], list[str]]:
    """Swap the generated files into `docs` (and build the site when settings.site is set); all or nothing."""
    for rel in files:
        if not _safe_relative(rel):
            raise NewsbriefError(f"refusing to write outside {docs}: {rel}")
    old = set(read_manifest(docs))
    for rel in sorted(files):
        target = docs / rel
        if rel not in old and target.exists():
            raise NewsbriefError(f"{target}: exists and was not generated; the generator never overwrites hand-written pages")
    docs.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".newsbrief-{docs.resolve().name}-", dir=docs.parent))
    staging, backup = work / "staging", work / "backup"
    try:
        changed = []
        for rel, text in sorted(files.items()):
            data = text.encode("utf-8")
            target = docs / rel
            if target.is_file() and target.read_bytes() == data:
                continue
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            changed.append(rel)
        stale = sorted(old - set(files))
        manifest = json.dumps({"generated": sorted(files)}, indent=2) + "\n"
        manifest_path = docs / MANIFEST
        manifest_changed = not manifest_path.is_file() or manifest_path.read_text(encoding="utf-8") != manifest
        moved: list[str] = []
        try:
            for rel in changed + stale + ([MANIFEST] if manifest_changed else []):
                target = docs / rel
                if target.exists():
                    (backup / rel).parent.mkdir(parents=True, exist_ok=True)
                    os.replace(target, backup / rel)
                moved.append(rel)
            for rel in changed:
                (docs / rel).parent.mkdir(parents=True, exist_ok=True)
                os.replace(staging / rel, docs / rel)
            if manifest_changed:
                manifest_path.write_text(manifest, encoding="utf-8")
            _remove_empty_dirs(docs, stale)
            if settings is not None and settings.site is not None:
                build_site(settings.config_file, docs, settings.site)
        except BaseException:
            _rollback(docs, backup, moved, changed)
            raise
        return changed, stale
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _rollback(docs: Path, backup: Path, moved: list[str], changed: list[str]) -> None:
    for rel in changed + ([MANIFEST] if MANIFEST in moved else []):
        target = docs / rel
        if target.exists() and not (backup / rel).exists():
            target.unlink()
    for rel in moved:
        if (backup / rel).exists():
            (docs / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(backup / rel, docs / rel)


def _remove_empty_dirs(docs: Path, removed: list[str]) -> None:
    for rel in removed:
        parent = (docs / rel).parent
        while parent != docs and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent


def build_site(config_file: Path, docs: Path, site: Path) -> None:
    """`mkdocs build --strict` into a temporary folder, swapped in for `site` only on success."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError, PluginError

    site = site.resolve()
    site.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".newsbrief-site-{site.name}-", dir=site.parent))
    try:
        try:
            config = load_config(str(config_file), docs_dir=str(docs.resolve()), site_dir=str(tmp), strict=True)
            mkdocs_build(config)
        except (Abort, ConfigurationError, PluginError) as exc:
            raise NewsbriefError(f"mkdocs build --strict failed ({config_file}): {exc}") from None
        old = site.with_name(site.name + ".old-newsbrief")
        shutil.rmtree(old, ignore_errors=True)  # left by a build killed here
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it 0700: a web server running as another user could not read it
        if site.exists():
            os.replace(site, old)
        os.replace(tmp, site)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
