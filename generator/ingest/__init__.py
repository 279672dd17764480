"""Ingest: read every article file, decode it, strip the scraping noise, and return `Source` objects.

The package has one module per job, each usable alone:
- `decode`: bytes to text (encoding detected, binary refused), look-alike letters and wire typography;
- `readers`: one reader per format, registered by file-name suffix (plain text, Markdown with YAML front matter,
  HTML through trafilatura), each giving the stated metadata and the text in blocks;
- `metadata`: the front matter and the optional ``sources.yml`` (outlet, url, date, author, title per file),
  read as untrusted YAML;
- `clean`: every block classified by kind from its shape and the vocabulary of web page furniture (named rules
  in a stated order); article paragraphs kept as written, metadata lifted, noise dropped with the reason;
- `duplicates`: near-duplicate articles counted once.
This module reads a folder with them: `read_corpus`, `read_file`.
"""
from __future__ import annotations

import hashlib
import stat
from dataclasses import replace
from pathlib import Path

from ..contents import Corpus, IngestWarning, Source
from ..text import one_line, sentences, slug
from .clean import BYLINE, Cleaned, clean
from .decode import ArticleError, plain_latin, decode, display_name, wire_typography
from .duplicates import drop_duplicates
from .metadata import MAX_FIELD, OVERRIDES_FILE, metadata_value, read_overrides
from .readers import SUFFIXES, reader_for, strip_site_name, text_blocks

__all__ = ["BYLINE", "MAX_BYTES", "ArticleError", "Cleaned", "clean", "decode", "read_corpus", "read_file", "slugify",
           "text_blocks", "wire_typography"]

MAX_BYTES = 20 * 1024 * 1024
MAX_CHARS = 200_000  # article text after cleaning: several times the longest news feature (spaCy allows 1,000,000)


def read_corpus(seeds: Path) -> Corpus:
    """Read every article file in `seeds` (sorted by name) into Sources; unusable files become warnings."""
    overrides = read_overrides(seeds)
    sources: list[Source] = []
    warnings: list[IngestWarning] = []
    files = []
    for path in sorted(seeds.iterdir()):
        if reader_for(path.suffix) is None:
            continue
        if display_name(path.name) != path.name:
            # a name that is not valid UTF-8 ("caf\xe9.txt") or holds control characters (a newline forges a line
            # of the build's output): shown escaped, and the file is skipped, since no page may carry it
            warnings.append(IngestWarning(display_name(path.name), "has a file name that is not plain text (undecodable bytes or control characters); rename it"))
            continue
        # only regular files inside the folder: a symbolic link could publish any file of the machine
        # ("ln -s /etc/passwd seeds/passwd.txt"), a FIFO or a device could block or never end
        if path.is_symlink():
            warnings.append(IngestWarning(path.name, "is a symbolic link; links are not followed (copy the file in)"))
            continue
        try:
            mode = path.lstat().st_mode
        except OSError as exc:
            warnings.append(IngestWarning(path.name, f"cannot be read ({exc.strerror})"))
            continue
        if not stat.S_ISREG(mode):
            if not stat.S_ISDIR(mode):
                warnings.append(IngestWarning(path.name, "is not a regular file (a device, FIFO or socket); skipped"))
            continue
        files.append(path)
    for path in files:
        try:
            notes: list[str] = []
            source = read_file(path, overrides.get(path.name, {}), notes)
            warnings.extend(IngestWarning(path.name, note) for note in notes)
        except ArticleError as exc:
            warnings.append(IngestWarning(path.name, str(exc)))
            continue
        sources.append(source)
    for name in sorted(set(overrides) - {p.name for p in files}):
        warnings.append(IngestWarning(OVERRIDES_FILE, f"names {name!r}, which is not an article file in {seeds}"))
    sources, duplicate_warnings = drop_duplicates(sources)
    warnings.extend(duplicate_warnings)
    return Corpus(sources=tuple(_with_unique_ids(sources)), warnings=tuple(warnings))


def read_file(path: Path, override: dict | None = None, notes: list[str] | None = None) -> Source:
    """One article file as a Source: read by the reader of its format, cleaned, its metadata from the file and
    `override` (its entry in sources.yml); `notes` receives what was repaired.  ArticleError when it is unusable."""
    # the size is checked before reading, and no more than the limit is ever read (a 3 GiB sparse file costs nothing)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ArticleError(f"is larger than {MAX_BYTES // (1024 * 1024)} MB")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ArticleError(f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise ArticleError(f"is larger than {MAX_BYTES // (1024 * 1024)} MB")
    text = decode(data)
    reader = reader_for(path.suffix)
    if reader is None:
        raise ArticleError(f"is not in a format read here ({', '.join(sorted(SUFFIXES))})")
    read = reader.read(text, notes)
    meta = {str(k): v for k, v in ((k, metadata_value(v)) for k, v in read.meta.items()) if v}
    stated = str(meta["title"]) if meta.get("title") else None  # the title the format states (front matter, <title>)
    if stated and reader.page_title:
        stated = strip_site_name(stated, meta.get("outlet"))
    cleaned = clean(read.blocks, title=stated)
    if not cleaned.paragraphs:
        raise ArticleError("has no article text left after cleaning")
    if (size := sum(len(p) for p in cleaned.paragraphs)) > MAX_CHARS:
        raise ArticleError(f"has {size:,} characters of article text, more than the {MAX_CHARS:,} one article may have")
    meta = {**meta, **(override or {})}
    # in HTML, the headline in the text (a copy of the page title, or the <h1>) beats <title>, which often carries the
    # site name; elsewhere the stated title (front matter) beats the one found in the text
    title = str((override or {}).get("title") or (cleaned.title if reader.page_title else None) or stated
                or cleaned.title or _title_from(cleaned.paragraphs[0]))
    byline = meta.get("author") or meta.get("byline") or cleaned.byline
    return Source(
        id=slugify(title) or slugify(path.stem) or "article",
        file=path.name,
        title=plain_latin(_capped(one_line(title)), notes),
        paragraphs=tuple(plain_latin(p, notes) for p in wire_typography(cleaned.paragraphs)),
        outlet=_opt(meta.get("outlet") or cleaned.outlet),
        byline=_opt(byline),
        date=_opt(meta.get("date") or cleaned.date),
        url=_opt(meta.get("url")),
        read_time=cleaned.read_time,
        credits=tuple(cleaned.credits),
        captions=tuple(cleaned.captions),
        dropped=tuple(cleaned.dropped),
        standfirst=cleaned.standfirst,
        breaks=tuple(cleaned.breaks),
        checksum=hashlib.sha256(read.body.encode("utf-8")).hexdigest(),
    )


def _title_from(paragraph: str) -> str:
    first = next(iter(sentences(paragraph)), paragraph)
    return _shorten(first.rstrip("."), 90)


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _capped(text: str, limit: int = MAX_FIELD) -> str:
    """A title or other one-line field at most `limit` characters long (a 300 KB first line is no headline)."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _opt(value) -> str | None:
    value = _capped(one_line(str(value))) if value else ""
    return value or None


def slugify(text: str, limit: int = 60) -> str:
    """A source's id: the shared slug (generator/text.py), "index" and the like becoming "index-article"."""
    return slug(text, limit, "-article")


def _with_unique_ids(sources: list[Source]) -> list[Source]:
    used: set[str] = set()
    out = []
    for source in sources:
        base = source.id
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}-{n}", n + 1
        used.add(candidate)
        out.append(source if candidate == source.id else replace(source, id=candidate))
    return out
