"""Ingest: read every article file, decode it, strip the scraping noise, and return `Source` objects.

Plain text is cleaned line by line: each line (or each hard-wrapped block, joined) is classified by *kind*
(consent banner, subscription or share widget, run of unrelated headlines, repeated caption, credit, read
time, byline, ...) using shape and vocabulary, never a list of strings from particular articles.  Kept
paragraphs are always the input's own text, whitespace aside.

Markdown (.md, optional YAML front matter) is rendered with Python-Markdown and read back block by block;
HTML (.html, .htm) goes through trafilatura's main-text extraction.  Both then pass the same line cleaner.
An optional ``sources.yml`` in the seeds folder sets or corrects outlet, url, date, author and title per file.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from .contents import Corpus, DroppedLine, IngestWarning, NewsbriefError, Source

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
OVERRIDES_FILE = "sources.yml"
OVERRIDE_KEYS = {"title", "outlet", "url", "date", "author", "byline"}
MAX_BYTES = 20 * 1024 * 1024

# ----------------------------------------------------------------------------------------------- reading


def read_corpus(seeds: Path) -> Corpus:
    """Read every article file in `seeds` (sorted by name) into Sources; unusable files become warnings."""
    overrides = _read_overrides(seeds)
    files = sorted(p for p in seeds.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    sources: list[Source] = []
    warnings: list[IngestWarning] = []
    for path in files:
        try:
            source = read_file(path, overrides.get(path.name, {}))
        except ArticleError as exc:
            warnings.append(IngestWarning(path.name, str(exc)))
            continue
        sources.append(source)
    for name in sorted(set(overrides) - {p.name for p in files}):
        warnings.append(IngestWarning(OVERRIDES_FILE, f"names {name!r}, which is not an article file in {seeds}"))
    sources, duplicate_warnings = _drop_duplicates(sources)
    warnings.extend(duplicate_warnings)
    return Corpus(sources=tuple(_with_unique_ids(sources)), warnings=tuple(warnings))


class ArticleError(Exception):
    """This one file cannot be used (the message says why)."""


def read_file(path: Path, override: dict | None = None) -> Source:
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise ArticleError(f"is larger than {MAX_BYTES // (1024 * 1024)} MB")
    text = decode(data)
    kind = SUFFIXES[path.suffix.lower()]
    meta: dict = {}
    if kind == "markdown":
        meta, text = split_front_matter(text)
        blocks = markdown_blocks(text)
    elif kind == "html":
        meta, blocks = html_blocks(text)
    else:
        blocks = text_blocks(text)
    cleaned = clean(blocks)
    if not cleaned.paragraphs:
        raise ArticleError("has no article text left after cleaning")
    meta = {**{k: v for k, v in meta.items() if v}, **(override or {})}
    title = str(meta.get("title") or cleaned.title or _title_from(cleaned.paragraphs[0]))
    byline = meta.get("author") or meta.get("byline") or cleaned.byline
    return Source(
        id=slugify(title) or slugify(path.stem) or "article",
        file=path.name,
        title=_one_line(title),
        paragraphs=tuple(cleaned.paragraphs),
        outlet=_opt(meta.get("outlet") or cleaned.outlet),
        byline=_opt(byline),
        date=_opt(meta.get("date") or cleaned.date),
        url=_opt(meta.get("url")),
        read_time=cleaned.read_time,
        credits=tuple(cleaned.credits),
        captions=tuple(cleaned.captions),
        dropped=tuple(cleaned.dropped),
        checksum=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def decode(data: bytes) -> str:
    """Bytes to text: BOM and CRLF handled, encoding detected; binary or empty input is an ArticleError."""
    if not data.strip():
        raise ArticleError("is empty")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError("is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\t")
    if printable < 0.95 * len(text):
        raise ArticleError("is binary, not text")
    if not text.strip():
        raise ArticleError("holds only whitespace")
    return text


WESTERN = set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ") | {chr(c) for c in range(0xA0, 0x100)}


def _decode_legacy(data: bytes) -> str:
    """Not UTF-8: windows-1252 (the web's usual legacy encoding, a superset of Latin-1) when the result reads
    as Western text, otherwise charset-normalizer's best guess."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        text = data.decode("cp1252")
        special = [ch for ch in text if ord(ch) > 127]
        if special and sum(ch in WESTERN for ch in special) >= 0.9 * len(special) and sum(ch.isalpha() for ch in special) >= 0.5 * len(special):
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ArticleError("cannot be decoded as text in any known encoding")
    return str(best)


def split_front_matter(text: str) -> tuple[dict, str]:
    match = re.match(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", text, re.S)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise ArticleError(f"has invalid YAML front matter ({_first_line(str(exc))})") from None
    if not isinstance(meta, dict):
        raise ArticleError("has front matter that is not a mapping of keys to values")
    return {str(k).lower(): str(v) for k, v in meta.items() if v is not None}, text[match.end():]


def _read_overrides(seeds: Path) -> dict[str, dict]:
    path = seeds / OVERRIDES_FILE
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise NewsbriefError(f"{path}: not valid YAML ({_first_line(str(exc))})") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise NewsbriefError(f"{path}: expected a mapping from file name to settings (outlet, url, date, title, author)")
    result = {}
    for name, values in data.items():
        unknown = set(map(str, values)) - OVERRIDE_KEYS
        if unknown:
            raise NewsbriefError(f"{path}: {name}: unknown setting {sorted(unknown)[0]!r} (allowed: {', '.join(sorted(OVERRIDE_KEYS))})")
        result[str(name)] = {str(k): str(v) for k, v in values.items() if v is not None}
    return result


# ----------------------------------------------------------------------------------------------- blocks


@dataclass
class Block:
    """A unit of text from the input: one line, or several hard-wrapped lines joined with spaces."""

    text: str
    lines: tuple[int, ...]  # input line numbers (0-based) it came from
    heading: bool = False  # marked as a heading by the input format (Markdown #, HTML <h1>)


def text_blocks(text: str) -> list[Block]:
    """Split plain text into blocks: blank lines separate blocks; hard-wrapped lines are joined."""
    lines = text.split("\n")
    blocks: list[Block] = []
    run: list[int] = []
    for number, line in enumerate(lines + [""]):
        if line.strip():
            run.append(number)
            continue
        if run:
            blocks.extend(_unwrap([(n, lines[n].strip()) for n in run]))
            run = []
    return blocks


def _unwrap(run: list[tuple[int, str]]) -> list[Block]:
    """Join the lines of a hard-wrapped paragraph; keep lines that are separate units apart."""
    if len(run) == 1:
        return [Block(run[0][1], (run[0][0],))]
    width = max(len(text) for _, text in run)
    out: list[Block] = []
    current: list[tuple[int, str]] = [run[0]]
    for number, text in run[1:]:
        previous = current[-1][1]
        first_word = text.split()[0] if text.split() else ""
        wrapped = (
            50 <= width <= 100
            and len(previous) >= 0.6 * width
            # the next line's first word would not have fitted on this line: the line was wrapped
            and len(previous) + 1 + len(first_word) > width - 2
            and _norm(text) != _norm(previous)  # a repeated line (caption) is not a continuation
            and not CAPTION_CREDIT.match(previous)
            and not (_headline_like(previous) and _headline_like(text))  # a list of headlines
        ) or (_only_punctuation(text) and len(text) <= 3)
        if wrapped:
            current.append((number, text))
        else:
            out.append(_join(current))
            current = [(number, text)]
    out.append(_join(current))
    return out


def _join(parts: list[tuple[int, str]]) -> Block:
    text = ""
    for _, part in parts:
        if not text:
            text = part
        elif _only_punctuation(part) or text.endswith("-") and not text.endswith(" -") and part[:1].islower():
            text += part  # a stray final full stop, or a word hyphenated across lines
        else:
            text += " " + part
    return Block(text, tuple(n for n, _ in parts))


def markdown_blocks(text: str) -> list[Block]:
    """Render Markdown and read back its text blocks (headings, paragraphs, list items, quotes)."""
    import markdown
    from lxml import html as lxml_html

    rendered = markdown.markdown(text, extensions=["extra"])
    return _blocks_from_html_fragment(rendered, lxml_html)


def _blocks_from_html_fragment(fragment: str, lxml_html) -> list[Block]:
    if not fragment.strip():
        return []
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    blocks = []
    for number, element in enumerate(root.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption", "pre")):
        if element.tag == "blockquote" and element.find(".//p") is not None:
            continue
        text = " ".join(element.text_content().split())
        if text:
            blocks.append(Block(text, (number,), heading=element.tag.startswith("h")))
    return blocks


def html_blocks(text: str) -> tuple[dict, list[Block]]:
    """Main text and metadata of an HTML page, through trafilatura."""
    import trafilatura

    result = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True)
    if result is None:
        raise ArticleError("has no article text that trafilatura can find in the HTML")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    meta = {
        "title": data.get("title"),
        "outlet": data.get("sitename"),
        "author": data.get("author"),
        "date": data.get("date"),
        "url": data.get("url"),
    }
    body = data.get("text") or ""
    blocks = [Block(" ".join(line.split()), (n,)) for n, line in enumerate(body.split("\n")) if line.strip()]
    return meta, blocks


# ----------------------------------------------------------------------------------------------- cleaning

CONSENT = re.compile(r"\b(cookies?|privacy (policy|statement|notice|settings)|consent|terms of (use|service)|gdpr|by continuing to (browse|use))\b", re.I)
BUTTON = re.compile(r"^(i agree|i accept|accept( all)?( cookies)?|agree|ok|got it|reject( all)?|allow( all)?|manage (preferences|options|cookies)|continue|close)[.!]?$", re.I)
WIDGET = re.compile(
    r"^(discover more from\b|subscribe\b|sign up\b|share (this|the) (article|story|post)\b|share\b.{0,20}$|tagged\s*:|tags\s*:|follow us\b|"
    r"read more\b|related( articles| stories| coverage)?\s*:?$|advertisement$|search trends$|newsletter\b|click here\b|most (read|popular)\b|"
    r"trending( now)?$|recommended( for you)?$|you may also like|more from\b|continue reading\b|comments?$|show chapters$|watch( now)?\s*:|"
    r"video\s*:|listen to (this|the) (article|story)|print this (article|page)|copy link$|email this\b|join the conversation)",
    re.I,
)
OUTLET_IN_WIDGET = re.compile(r"^discover more from\s+(?P<outlet>.{2,60}?)\s*$", re.I)
READ_TIME = re.compile(r"^\d{1,3}\s*(min|mins|minute|minutes)\.?\s*read$", re.I)
CREDIT = re.compile(r"^(source\(s\)|sources?|photo( credit)?s?|image( credit)?s?|picture|credits?|reporting by|writing by|editing by|additional reporting( by)?)\s*[:\-–]\s*(?P<credit>.+)$", re.I)
CAPTION_CREDIT = re.compile(r"^(?P<caption>.*?[.!?\"”])\s*/\s*(?P<credit>[^/\s][^/]*(?:/[^/]+)+)$")
BYLINE = re.compile(r"^(by\s+)?(?P<name>[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|de|van|von|da|bin|al)){1,3})(\s*(,|and|&)\s*[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3})*$")
BY_PREFIX = re.compile(r"^by\s+\S", re.I)
DATELINE = re.compile(
    r"^(published|updated|posted)?\s*:?\s*((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"(\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"([\s,|at]+\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4})?)?$",
    re.I,
)
OUTLET_LINE = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,11}( [A-Z][A-Z0-9&.\-]{1,11}){0,2}$")
SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "as", "by", "with", "from", "vs", "vs.", "over", "amid", "after", "into", "is", "are", "its", "set", "up", "out", "off", "than", "per"}


@dataclass
class Cleaned:
    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    date: str | None = None
    read_time: str | None = None
    credits: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    dropped: list[DroppedLine] = field(default_factory=list)


def clean(blocks: list[Block]) -> Cleaned:
    """Classify every block; keep article paragraphs, lift metadata, drop noise (recording why)."""
    out = Cleaned()
    blocks = [b for b in blocks if b.text.strip()]
    counts: dict[str, int] = {}
    for block in blocks:
        key = _norm(_strip_caption_credit(block.text)[0])
        counts[key] = counts.get(key, 0) + 1
    kinds = _classify(blocks, counts)
    seen_captions: set[str] = set()
    for block, kind in zip(blocks, kinds):
        text = block.text
        if kind == "body":
            out.paragraphs.append(text)
            continue
        out.dropped.append(DroppedLine(text, kind))
        if kind == "title" and out.title is None:
            out.title = text
        elif kind == "outlet" and out.outlet is None:
            out.outlet = text
        elif kind == "subscription" and out.outlet is None and (m := OUTLET_IN_WIDGET.match(text)):
            out.outlet = m.group("outlet")
        elif kind == "byline" and out.byline is None:
            out.byline = re.sub(r"^by\s+", "", text, flags=re.I)
        elif kind == "read-time":
            out.read_time = text
        elif kind == "dateline" and out.date is None:
            out.date = re.sub(r"^(published|updated|posted)\s*:?\s*", "", text, flags=re.I)
        elif kind == "credit":
            m = CREDIT.match(text)
            credit = m.group("credit") if m else text
            _add_unique(out.credits, ", ".join(part.strip() for part in credit.split(",") if part.strip()))
        elif kind == "caption":
            caption, credit = _strip_caption_credit(text)
            if _norm(caption) not in seen_captions:
                seen_captions.add(_norm(caption))
                out.captions.append(caption)
            if credit:
                _add_unique(out.credits, credit)
    return out


def _classify(blocks: list[Block], counts: dict[str, int]) -> list[str]:
    n = len(blocks)
    kinds = ["body"] * n
    # 1. per-block kinds that need no context
    for i, block in enumerate(blocks):
        text = block.text
        caption, credit = _strip_caption_credit(text)
        if CONSENT.search(text) and (i < 8 or i >= n - 8) and len(text) < 600:
            kinds[i] = "consent"
        elif WIDGET.match(text) and len(text) < 120:
            kinds[i] = "subscription"
        elif READ_TIME.match(text):
            kinds[i] = "read-time"
        elif CREDIT.match(text) and len(text) < 200:
            kinds[i] = "credit"
        elif DATELINE.match(text):
            kinds[i] = "dateline"
        elif credit or counts.get(_norm(caption), 0) > 1:
            kinds[i] = "caption"
        elif _only_punctuation(text):
            kinds[i] = "stray"
    # 2. buttons next to a consent block
    for i, block in enumerate(blocks):
        if kinds[i] == "body" and BUTTON.match(block.text) and any(kinds[j] == "consent" for j in (i - 1, i - 2, i + 1) if 0 <= j < n):
            kinds[i] = "consent"
    # 3. a block that is the truncated start of the next one (scraped summary or title field)
    for i in range(n - 1):
        a, b = _norm(blocks[i].text), _norm(blocks[i + 1].text)
        if kinds[i] == "body" and len(a) >= 20 and len(a) < len(b) and b.startswith(a):
            kinds[i] = "truncated-duplicate"
    # 4. runs of three or more headline-like blocks (related-article lists)
    i = 0
    while i < n:
        j = i
        while j < n and kinds[j] == "body" and _headline_like(blocks[j].text):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                kinds[k] = "headline-run"
        i = max(j, i + 1)
    # 5. the head of the article: title, outlet, byline before the first body paragraph
    outlets = {_norm(m.group("outlet")) for b in blocks if (m := OUTLET_IN_WIDGET.match(b.text))}
    head = [i for i in range(min(n, 8)) if kinds[i] in ("body", "truncated-duplicate")]
    first_body = next((i for i in range(n) if kinds[i] == "body" and not _is_head_candidate(blocks[i])), n)
    title_done = False
    for i in head:
        if i > first_body:
            break
        text = blocks[i].text
        if kinds[i] == "truncated-duplicate" and not title_done and i < first_body:
            kinds[i] = "title"
            title_done = True
        elif kinds[i] != "body":
            continue
        elif not title_done and (blocks[i].heading or _title_like(text)) and i + 1 < n:
            kinds[i] = "title"
            title_done = True
        elif title_done and _norm(text) in outlets:
            kinds[i] = "outlet"
        elif BY_PREFIX.match(text) and len(text) < 80 or (title_done and BYLINE.match(text) and len(text) < 60 and not _ends_sentence(text)):
            kinds[i] = "byline"
        elif title_done and OUTLET_LINE.match(text):
            kinds[i] = "outlet"
    return kinds


def _is_head_candidate(block: Block) -> bool:
    text = block.text
    return block.heading or _title_like(text) or bool(BYLINE.match(text)) or bool(OUTLET_LINE.match(text)) or bool(BY_PREFIX.match(text) and len(text) < 80)


def _title_like(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 30:
        return False
    if not _ends_sentence(text):
        return True
    return len(words) <= 16 and len(_sentences(text)) == 1


def _headline_like(text: str) -> bool:
    words = text.split()
    if not 3 <= len(words) <= 25 or _ends_sentence(text) or text.endswith((":", ",", ";")):
        return False
    content = [w for w in words if w.lower().strip("’'\"") not in SMALL_WORDS]
    capitalised = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit() or w[:1] in "$€£")
    return bool(content) and capitalised >= 0.75 * len(content)


def _strip_caption_credit(text: str) -> tuple[str, str | None]:
    m = CAPTION_CREDIT.match(text)
    if m and len(m.group("credit")) < 200:
        return m.group("caption").strip(), m.group("credit").strip()
    return text, None


def _ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?…][\"'”’)\]]*\s*$", text)) or bool(re.search(r"[\"”]\s*$", text) and re.search(r"[.!?,][\"”]\s*$", text))


def _only_punctuation(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and all(unicodedata.category(ch).startswith("P") or ch.isspace() for ch in stripped)


ABBREVIATION_END = re.compile(r"(\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Lt|Adm|Gen|Gov|Sen|Rep|Capt|Col|Sgt|St|No|Jr|Sr|Inc|Corp|Co|Prof|Rev|vs)\.)$")


def _sentences(text: str) -> list[str]:
    """Rough sentence split for titles (the analyse stage does the real one)."""
    out: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text.strip()):
        if out and ABBREVIATION_END.search(out[-1]):
            out[-1] += " " + piece
        elif piece:
            out.append(piece)
    return out


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _add_unique(items: list[str], value: str) -> None:
    if value and value not in items:
        items.append(value)


def _title_from(paragraph: str) -> str:
    first = _sentences(paragraph)[0] if _sentences(paragraph) else paragraph
    return _shorten(first.rstrip("."), 90)


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _opt(value) -> str | None:
    value = _one_line(str(value)) if value else ""
    return value or None


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text


# ----------------------------------------------------------------------------------------------- ids

RESERVED = {"con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "lpt1", "lpt2", "lpt3", "index", "glossary", "data", "entities", "sources", "assets", "search"}


def slugify(text: str, limit: int = 60) -> str:
    """A safe, lowercase ASCII slug: no path separators, dots or reserved names."""
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss")).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] or slug[:limit]
    if slug in RESERVED:
        slug = f"{slug}-article"
    return slug


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


def _drop_duplicates(sources: list[Source]) -> tuple[list[Source], list[IngestWarning]]:
    """An article whose text equals (or nearly equals) an earlier one is reported and counted once."""
    from rapidfuzz import fuzz

    kept: list[Source] = []
    warnings = []
    for source in sources:
        body = "\n".join(source.paragraphs)
        twin = next(
            (k for k in kept if k.checksum == source.checksum or _near_same(body, "\n".join(k.paragraphs), fuzz)),
            None,
        )
        if twin is not None:
            warnings.append(IngestWarning(source.file, f"duplicates {twin.file}; counted once"))
            continue
        kept.append(source)
    return kept, warnings


def _near_same(a: str, b: str, fuzz) -> bool:
    if abs(len(a) - len(b)) > 0.05 * max(len(a), len(b), 1):
        return False
    return fuzz.ratio(a, b) >= 97
