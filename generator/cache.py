"""The consolidated brief, cached by everything it depends on, so that a rebuild with unchanged articles (an
edited template, a rerun) skips spaCy and consolidation entirely; and the rendered pages, cached by the brief's
key and the templates, so that a rerun with nothing changed does not even render.

The key hashes the ingested corpus (every field of every source, and the warnings), the spaCy model's name and
version and the generator's own code.  The cache folder (`.cache/newsbrief` by default; spaCy's per-article
results live there too) holds only derived data and is safe to delete.  It is trusted like the code: entries
are pickles, written atomically, and only the most recent few briefs are kept.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path

from .analyse import model_identity
from .contents import Brief, Corpus

log = logging.getLogger("newsbrief")
KEEP = 4  # briefs kept (most recently used first): enough for a few seed folders used in turn
PACKAGE = Path(__file__).resolve().parent


def code_version() -> str:
    """A hash of the generator's source files and word lists: changed code never reuses an old brief."""
    digest = hashlib.sha256()
    for path in sorted([*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.txt")]):  # code and its word lists
        digest.update(str(path.relative_to(PACKAGE)).encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def brief_key(corpus: Corpus, model: str) -> str:
    digest = hashlib.sha256(f"{model_identity(model)}\0{code_version()}\0".encode("utf-8"))
    digest.update(repr((corpus.sources, corpus.warnings)).encode("utf-8"))  # frozen dataclasses: a full, stable repr
    return digest.hexdigest()


def pages_key(brief: str, inputs: list[Path]) -> str:
    """The rendered pages' key: the brief's key, the render inputs (every template, the schema) and
    SOURCE_DATE_EPOCH (brief.json records the build time when it is set)."""
    digest = hashlib.sha256(f"{brief}\0{os.environ.get('SOURCE_DATE_EPOCH', '')}\0".encode("utf-8"))
    for path in sorted(inputs):
        digest.update(str(path).encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _path(folder: Path, key: str, kind: str = "briefs") -> Path:
    return Path(folder) / kind / f"{key}.pickle"


def load_brief(folder: Path, key: str) -> Brief | None:
    brief = _load(folder, key, "briefs")
    return brief if isinstance(brief, Brief) else None


def store_brief(folder: Path, key: str, brief: Brief) -> None:
    _store(folder, key, "briefs", brief)


def load_pages(folder: Path, key: str) -> dict[str, str] | None:
    pages = _load(folder, key, "pages")
    return pages if isinstance(pages, dict) else None


def store_pages(folder: Path, key: str, pages: dict[str, str]) -> None:
    _store(folder, key, "pages", pages)


def _load(folder: Path, key: str, kind: str) -> object:
    path = _path(folder, key, kind)
    try:
        with path.open("rb") as f:
            value = pickle.load(f)
        os.utime(path)  # most recently used
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a damaged entry is rebuilt
        log.debug("newsbrief: ignoring unreadable cache file %s: %s", path, exc)
        return None
    return value


def _store(folder: Path, key: str, kind: str, value: object) -> None:
    path = _path(folder, key, kind)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        entries = sorted(path.parent.glob("*.pickle"), key=_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("newsbrief: warning: cannot write the cache in %s: %s", folder, exc)


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:  # removed meanwhile by a parallel run
        return 0
