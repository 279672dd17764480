"""Metadata a folder's files state about themselves: YAML front matter in Markdown, and the optional
``sources.yml`` that sets or corrects outlet, url, date, author and title per file.  Both are untrusted YAML,
read bounded and with every plain value a string."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..contents import NewsbriefError
from ..text import first_line, one_line
from .decode import ArticleError

OVERRIDES_FILE = "sources.yml"
OVERRIDE_KEYS = {"title", "outlet", "url", "date", "author", "byline"}
MAX_FRONT_MATTER = 64 * 1024  # characters of front matter read as YAML
MAX_FIELD = 300  # characters a metadata field keeps (a title, an outlet, a date)
MAX_OVERRIDES = 1024 * 1024  # bytes of sources.yml


def safe_yaml(text: str, limit: int):
    """YAML from an untrusted file, bounded: at most `limit` characters, and no anchors or aliases (a few hundred
    bytes of nested aliases expand to gigabytes: the "billion laughs"), which metadata never needs."""
    if len(text) > limit:
        raise yaml.YAMLError(f"longer than {limit // 1024} KB")
    for token in yaml.scan(text, Loader=_StringLoader):
        if isinstance(token, (yaml.AliasToken, yaml.AnchorToken)):
            raise yaml.YAMLError("uses YAML anchors or aliases (&name / *name), which are not accepted")
        if isinstance(token, yaml.TagToken):
            raise yaml.YAMLError("uses a YAML tag (!!set, !!timestamp, ...), which is not accepted")
    try:
        return yaml.load(text, Loader=_StringLoader)  # noqa: S506 - a SafeLoader without implicit types
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise yaml.YAMLError(str(exc)) from None


class _StringLoader(yaml.SafeLoader):
    """YAML whose plain scalars are all strings (as in YAML 1.2's failsafe schema): "10:30:00" stays a time, not
    37800; "2026-02-30" stays what was written, never a crash; "no" is not False."""


_StringLoader.yaml_implicit_resolvers = {}


def metadata_value(value) -> str | None:
    """A metadata field as one line of text, or None when the YAML gave something else (a list, a mapping)."""
    if value is None or isinstance(value, (list, dict, set, tuple)):
        return None
    text = one_line(str(value))[:MAX_FIELD]
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # a lone surrogate ("\udc80") -> U+FFFD
    return text or None


def split_front_matter(text: str, notes: list[str] | None = None) -> tuple[dict, str]:
    match = re.match(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", text, re.S)
    if not match:
        return {}, text
    try:
        meta = safe_yaml(match.group(1), MAX_FRONT_MATTER) or {}
    except yaml.YAMLError as exc:
        raise ArticleError(f"has invalid YAML front matter ({first_line(str(exc))})") from None
    if not isinstance(meta, dict):
        raise ArticleError("has front matter that is not a mapping of keys to values")
    kept = {str(k).lower(): metadata_value(v) for k, v in meta.items() if v is not None}
    dropped = sorted(k for k, v in kept.items() if v is None)
    if dropped and notes is not None:
        notes.append(f"front matter {', '.join(repr(k) for k in dropped)} dropped: not text (a list or a mapping)")
    return {k: v for k, v in kept.items() if v is not None}, text[match.end():]


def read_overrides(seeds: Path) -> dict[str, dict]:
    path = seeds / OVERRIDES_FILE
    if not path.is_file():
        return {}
    try:
        if path.stat().st_size > MAX_OVERRIDES:
            raise NewsbriefError(f"{path}: larger than {MAX_OVERRIDES // 1024} KB; not read")
        data = safe_yaml(path.read_text(encoding="utf-8"), MAX_OVERRIDES) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise NewsbriefError(f"{path}: not valid YAML ({first_line(str(exc))})") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise NewsbriefError(f"{path}: expected a mapping from file name to settings (outlet, url, date, title, author)")
    result = {}
    for name, values in data.items():
        unknown = set(map(str, values)) - OVERRIDE_KEYS
        if unknown:
            raise NewsbriefError(f"{path}: {name}: unknown setting {sorted(unknown)[0]!r} (allowed: {', '.join(sorted(OVERRIDE_KEYS))})")
        result[str(name)] = {str(k): v for k, v in ((str(k), metadata_value(v)) for k, v in values.items()) if v}
    return result
