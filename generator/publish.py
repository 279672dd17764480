"""Publishing: the generated files switched into docs/ and the site built and switched into site/, all or nothing.

- **One writer**: a lock per docs folder (`build_lock`); a second build waits for the first, saying so.
- **Staging on the target's own file system**: the work folders are hidden folders *inside* docs/ and site/
  (`.newsbrief-work-*`; MkDocs leaves dot-folders out of a site), so every move is a rename on the file system
  the files end up on, also when docs/ is a symlink to another file system or site/ is a mount point.  site/
  itself is never renamed: its entries are.
- **A journal** in docs/'s work folder says how far a switch went (`docs` -> `site` -> `done`; none yet: only
  staged files, nothing moved).  A
  build that fails rolls back what it switched; a build that was killed is rolled back by the next one
  (`recover`, called under the lock before anything else), so docs/ and site/ always hold the same build.
- Files keep the usual modes (the umask's): the site's entries are created by `mkdocs build` and moved, never
  copied from a private temporary folder.
- The manifest (`.newsbrief-manifest.json`) lists the generated files; every other file in docs/ is
  hand-written and never touched.  Files whose content did not change are not rewritten (so `mkdocs serve`
  does not loop and rebuilds are byte-identical), and when nothing changed no work folder is created.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .contents import NewsbriefError

MANIFEST = ".newsbrief-manifest.json"
WORK_PREFIX = ".newsbrief-work-"
JOURNAL = "journal.json"
log = logging.getLogger("newsbrief")


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


@dataclass
class _Journal:
    """What a switch is about to do, written before it starts (so it can be undone from any point)."""

    phase: str = "docs"  # docs: docs/ switching; site: site/ switching; done (written before the first move)
    changed: list[str] = field(default_factory=list)  # files written (from staging/)
    existed: list[str] = field(default_factory=list)  # ... of which a previous version existed (kept in backup/)
    stale: list[str] = field(default_factory=list)  # generated before, not now (kept in backup/)
    site_work: str = ""  # the work folder inside site/ (new/ = the new site, old/ = the previous entries)
    site_entries: list[str] = field(default_factory=list)  # site/'s entries before the switch
    site_created: bool = False  # site/ did not exist before this build

    def save(self, work: Path) -> None:
        tmp = work / (JOURNAL + ".tmp")
        tmp.write_text(json.dumps(asdict(self)), encoding="utf-8")
        os.replace(tmp, work / JOURNAL)

    @classmethod
    def load(cls, work: Path) -> "_Journal | None":
        try:
            data = json.loads((work / JOURNAL).read_text(encoding="utf-8"))
            return cls(**data)
        except (OSError, ValueError, TypeError):
            return None  # killed before the journal was complete: nothing had been moved


def recover(docs: Path, site: Path | None = None) -> list[str]:
    """Undo what a killed build left half done, and remove its work folders; call under `build_lock`.
    Returns one line per repair (for the log)."""
    done = []
    docs = docs.resolve()
    for work in sorted(docs.glob(WORK_PREFIX + "*")) if docs.is_dir() else []:
        journal = _Journal.load(work)
        if journal is not None and journal.phase in ("docs", "site"):
            if journal.phase == "site":
                _site_rollback(Path(journal.site_work), journal.site_entries)
            _docs_rollback(docs, work, journal)
            done.append(f"an interrupted switch of {docs} was rolled back")
        if journal is not None and journal.site_work:
            shutil.rmtree(journal.site_work, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    if site is not None and site.is_dir():
        for work in site.resolve().glob(WORK_PREFIX + "*"):  # a site built but never switched in
            shutil.rmtree(work, ignore_errors=True)
    return done


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
    return bool(parts) and not Path(path).is_absolute() and ".." not in parts and not parts[0].startswith(WORK_PREFIX)


def write_docs(docs: Path, files: dict[str, str], site: Path | None = None,
               config_file: Path = Path("mkdocs.yml")) -> tuple[list[str], list[str]]:
    """Switch the generated files into `docs` (and, when `site` is set, build the site with
    `mkdocs build --strict` and switch it in too); all or nothing.  Returns the files written and removed."""
    for rel in files:
        if not _safe_relative(rel):
            raise NewsbriefError(f"refusing to write outside {docs}: {rel}")
    old = set(read_manifest(docs))
    for rel in sorted(files):
        target = docs / rel
        if rel not in old and target.exists():
            raise NewsbriefError(f"{target}: exists and was not generated; the generator never overwrites hand-written pages")
    files = {**files, MANIFEST: json.dumps({"generated": sorted(files)}, indent=2) + "\n"}
    changed = [rel for rel, text in sorted(files.items())
               if not ((docs / rel).is_file() and (docs / rel).read_bytes() == text.encode("utf-8"))]
    stale = sorted(old - set(files))
    if not changed and not stale and site is None:
        return [], []
    created = not docs.exists()
    docs.mkdir(parents=True, exist_ok=True)
    journal = _Journal(changed=changed, existed=[rel for rel in changed if (docs / rel).exists()], stale=stale)
    _transaction(docs.resolve(), journal, {rel: files[rel] for rel in changed}, site, config_file, created)
    return [rel for rel in changed if rel != MANIFEST], stale


def build_site(config_file: Path, docs: Path, site: Path) -> None:
    """`mkdocs build --strict` of `docs` switched into `site` only on success (docs/ unchanged)."""
    _transaction(docs.resolve(), _Journal(), {}, site, config_file, created=False)


def _transaction(docs: Path, journal: _Journal, staged: dict[str, str], site: Path | None, config_file: Path,
                 created: bool) -> None:
    work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=docs))
    try:
        for rel, text in staged.items():
            path = work / "staging" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        journal.save(work)
        try:
            _docs_switch(docs, work, journal)
            if site is not None:
                _publish_site(config_file, docs, site, work, journal)
            journal.phase = "done"
            journal.save(work)
        except BaseException:
            if journal.phase == "site":
                _site_rollback(Path(journal.site_work), journal.site_entries)
            _docs_rollback(docs, work, journal)
            if created:
                shutil.rmtree(work, ignore_errors=True)
                _remove_if_empty(docs)
            raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if journal.site_work:
            shutil.rmtree(journal.site_work, ignore_errors=True)
            if journal.site_created and journal.phase != "done":
                _remove_if_empty(Path(journal.site_work).parent)  # a failed first build leaves no empty site/


def _docs_switch(docs: Path, work: Path, journal: _Journal) -> None:
    backup = work / "backup"
    for rel in journal.existed + journal.stale:
        if (docs / rel).exists():
            (backup / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(docs / rel, backup / rel)
    for rel in journal.changed:
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        os.replace(work / "staging" / rel, docs / rel)
    _remove_empty_dirs(docs, journal.stale)


def _docs_rollback(docs: Path, work: Path, journal: _Journal) -> None:
    """Put docs/ back as it was, from any point of `_docs_switch`: a file that existed is restored from backup/
    if it was moved there (if not, it never left); a file that did not exist is removed."""
    backup = work / "backup"
    existed = set(journal.existed)
    for rel in journal.changed + journal.stale:
        target = docs / rel
        if (backup / rel).exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(backup / rel, target)
        elif rel not in existed and rel in journal.changed and target.is_file():
            target.unlink()
    _remove_empty_dirs(docs, [rel for rel in journal.changed if rel not in existed])


def _publish_site(config_file: Path, docs: Path, site: Path, work: Path, journal: _Journal) -> None:
    """`mkdocs build --strict` into a work folder inside site/, then site/'s entries replaced by the new ones."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError, PluginError

    journal.site_created = not site.exists()
    site.mkdir(parents=True, exist_ok=True)
    real = site.resolve()
    site_work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=real))
    journal.site_work = str(site_work)
    journal.save(work)
    try:
        config = load_config(str(config_file), docs_dir=str(docs), site_dir=str(site_work / "new"), strict=True)
        mkdocs_build(config)
    except (Abort, ConfigurationError, PluginError) as exc:
        raise NewsbriefError(f"mkdocs build --strict failed ({config_file}): {exc}") from None
    journal.site_entries = sorted(p.name for p in real.iterdir() if not p.name.startswith(WORK_PREFIX))
    journal.phase = "site"
    journal.save(work)
    (site_work / "old").mkdir()
    for name in journal.site_entries:
        os.replace(real / name, site_work / "old" / name)
    for entry in sorted((site_work / "new").iterdir()):
        os.replace(entry, real / entry.name)


def _site_rollback(site_work: Path, entries: list[str]) -> None:
    """Put site/'s previous entries back, from any point of the switch: what came from the new site goes."""
    real = site_work.parent
    if not real.is_dir():
        return
    keep = set(entries)
    for path in real.iterdir():
        if not path.name.startswith(WORK_PREFIX) and path.name not in keep:
            _remove(path)
    for name in entries:
        moved = site_work / "old" / name
        if moved.exists() or moved.is_symlink():
            if (real / name).exists() or (real / name).is_symlink():
                _remove(real / name)
            os.replace(moved, real / name)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def _remove_empty_dirs(docs: Path, removed: list[str]) -> None:
    for rel in removed:
        parent = (docs / rel).parent
        while parent != docs and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()
