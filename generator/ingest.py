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
import stat
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml
from charset_normalizer import from_bytes
from rapidfuzz import fuzz

from .contents import Corpus, DroppedLine, IngestWarning, NewsbriefError, Source
from .text import slug

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
OVERRIDES_FILE = "sources.yml"
OVERRIDE_KEYS = {"title", "outlet", "url", "date", "author", "byline"}
MAX_BYTES = 20 * 1024 * 1024
MAX_CHARS = 200_000  # article text after cleaning: several times the longest news feature (spaCy allows 1,000,000)

# ----------------------------------------------------------------------------------------------- reading


def read_corpus(seeds: Path) -> Corpus:
    """Read every article file in `seeds` (sorted by name) into Sources; unusable files become warnings."""
    overrides = _read_overrides(seeds)
    sources: list[Source] = []
    warnings: list[IngestWarning] = []
    files = []
    for path in sorted(seeds.iterdir()):
        if path.suffix.lower() not in SUFFIXES:
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
    sources, duplicate_warnings = _drop_duplicates(sources)
    warnings.extend(duplicate_warnings)
    return Corpus(sources=tuple(_with_unique_ids(sources)), warnings=tuple(warnings))


def _lookalikes() -> dict[str, str]:
    path = Path(__file__).resolve().parent / "data" / "latin_lookalikes.txt"
    pairs = (line.split(":", 1) for line in path.read_text(encoding="utf-8").splitlines() if ":" in line and not line.startswith("#"))
    return {a.strip(): b.strip() for a, b in pairs}


LOOKALIKES = _lookalikes()
MIXED_WORD = re.compile(r"\w*[" + "".join(LOOKALIKES) + r"]\w*")


WIRE_DASH = re.compile(r"(?<=\S) _ (?=\S)")


def wire_typography(paragraphs: list[str]) -> list[str]:
    """The typewriter conventions of wire copy read as the marks they stand for: ``double backquotes'' as
    quotation marks (in an article that uses them: a lone '' elsewhere may be inches), " _ " as a dash."""
    backquoted = any("``" in p for p in paragraphs)
    out = []
    for p in paragraphs:
        if backquoted:
            p = p.replace("``", "\u201c").replace("''", "\u201d")
        out.append(WIRE_DASH.sub(" \u2014 ", p))
    return out


def _plain_latin(text: str, notes: list[str] | None) -> str:
    """A word in Latin letters with a look-alike letter of another script inside ("Pеtrov", Cyrillic е) is read in
    its plain form, so that it is one name with "Petrov"; the file is reported. Words wholly in another script stay."""
    def fix(match: re.Match) -> str:
        word = match.group(0)
        if not any("a" <= ch.lower() <= "z" for ch in word):
            return word
        plain = "".join(LOOKALIKES.get(ch, ch) for ch in word)
        if not all(ch.isascii() or not ch.isalpha() for ch in plain):
            return word
        if notes is not None and len(notes) < 20:
            notes.append(f"word {word!r} mixes look-alike letters of another script into Latin; read as {plain!r}")
        return plain
    return MIXED_WORD.sub(fix, text)


def display_name(name: str) -> str:
    """A file name as it can be shown: undecodable bytes as \\xNN, control characters escaped."""
    raw = name.encode("utf-8", "surrogateescape")
    text = raw.decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


class ArticleError(Exception):
    """This one file cannot be used (the message says why)."""


def read_file(path: Path, override: dict | None = None, notes: list[str] | None = None) -> Source:
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
    kind = SUFFIXES[path.suffix.lower()]
    meta: dict = {}
    if kind == "markdown":
        meta, text = split_front_matter(text, notes)
        blocks = markdown_blocks(text)
    elif kind == "html":
        meta, blocks = html_blocks(text)
    else:
        blocks = text_blocks(text)
    meta = {str(k): v for k, v in ((k, metadata_value(v)) for k, v in meta.items()) if v}
    stated = str(meta["title"]) if meta.get("title") else None  # the title the format states (front matter, <title>)
    if stated and kind == "html":
        stated = strip_site_name(stated, meta.get("outlet"))
    cleaned = clean(blocks, title=stated)
    if not cleaned.paragraphs:
        raise ArticleError("has no article text left after cleaning")
    if (size := sum(len(p) for p in cleaned.paragraphs)) > MAX_CHARS:
        raise ArticleError(f"has {size:,} characters of article text, more than the {MAX_CHARS:,} one article may have")
    meta = {**meta, **(override or {})}
    # in HTML, the headline in the text (a copy of the page title, or the <h1>) beats <title>, which often carries the
    # site name; elsewhere the stated title (front matter) beats the one found in the text
    title = str((override or {}).get("title") or (cleaned.title if kind == "html" else None) or stated
                or cleaned.title or _title_from(cleaned.paragraphs[0]))
    byline = meta.get("author") or meta.get("byline") or cleaned.byline
    return Source(
        id=slugify(title) or slugify(path.stem) or "article",
        file=path.name,
        title=_plain_latin(_capped(_one_line(title)), notes),
        paragraphs=tuple(_plain_latin(p, notes) for p in wire_typography(cleaned.paragraphs)),
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
    if not data:
        raise ArticleError("is empty")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError("is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():  # before the binary test: whitespace other than ASCII (U+3000, U+00A0) is not "printable"
        raise ArticleError("is empty: it holds only whitespace")
    printable = sum(1 for ch in text if ch.isprintable() or ch.isspace())
    if printable < 0.95 * len(text):
        raise ArticleError("is binary, not text")
    return text


WESTERN = set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ") | {chr(c) for c in range(0xA0, 0x100)}


def _decode_legacy(data: bytes) -> str:
    """Not UTF-8: windows-1252 (the web's usual legacy encoding, a superset of Latin-1) when the result reads
    as Western text, otherwise charset-normalizer's best guess.

    Western text is mostly ASCII letters with a few accented ones; Cyrillic, Greek or Chinese bytes read as
    windows-1252 come out as nothing but accented letters, so a high share of them rules windows-1252 out."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")  # an unpaired surrogate becomes U+FFFD
    try:
        text = data.decode("cp1252")
        special = [ch for ch in text if ord(ch) > 127]
        letters = sum(ch.isalpha() for ch in text)
        accented = sum(ch.isalpha() for ch in special)
        if (special and sum(ch in WESTERN for ch in special) >= 0.9 * len(special) and accented >= 0.5 * len(special)
                and accented <= 0.25 * letters):
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ArticleError("cannot be decoded as text in any known encoding")
    return str(best)


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
    text = _one_line(str(value))[:MAX_FIELD]
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # a lone surrogate ("\udc80") -> U+FFFD
    return text or None


def split_front_matter(text: str, notes: list[str] | None = None) -> tuple[dict, str]:
    match = re.match(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", text, re.S)
    if not match:
        return {}, text
    try:
        meta = safe_yaml(match.group(1), MAX_FRONT_MATTER) or {}
    except yaml.YAMLError as exc:
        raise ArticleError(f"has invalid YAML front matter ({_first_line(str(exc))})") from None
    if not isinstance(meta, dict):
        raise ArticleError("has front matter that is not a mapping of keys to values")
    kept = {str(k).lower(): metadata_value(v) for k, v in meta.items() if v is not None}
    dropped = sorted(k for k, v in kept.items() if v is None)
    if dropped and notes is not None:
        notes.append(f"front matter {', '.join(repr(k) for k in dropped)} dropped: not text (a list or a mapping)")
    return {k: v for k, v in kept.items() if v is not None}, text[match.end():]


def _read_overrides(seeds: Path) -> dict[str, dict]:
    path = seeds / OVERRIDES_FILE
    if not path.is_file():
        return {}
    try:
        if path.stat().st_size > MAX_OVERRIDES:
            raise NewsbriefError(f"{path}: larger than {MAX_OVERRIDES // 1024} KB; not read")
        data = safe_yaml(path.read_text(encoding="utf-8"), MAX_OVERRIDES) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise NewsbriefError(f"{path}: not valid YAML ({_first_line(str(exc))})") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise NewsbriefError(f"{path}: expected a mapping from file name to settings (outlet, url, date, title, author)")
    result = {}
    for name, values in data.items():
        unknown = set(map(str, values)) - OVERRIDE_KEYS
        if unknown:
            raise NewsbriefError(f"{path}: {name}: unknown setting {sorted(unknown)[0]!r} (allowed: {', '.join(sorted(OVERRIDE_KEYS))})")
        result[str(name)] = {str(k): v for k, v in ((str(k), metadata_value(v)) for k, v in values.items()) if v}
    return result


# ----------------------------------------------------------------------------------------------- blocks


@dataclass
class Block:
    """A unit of text from the input: one line, or several hard-wrapped lines joined with spaces."""

    text: str
    lines: tuple[int, ...]  # input line numbers (0-based) it came from
    heading: bool = False  # marked as a heading by the input format (Markdown #, HTML <h1>)
    level: int = 0  # the heading level when the format says (1 for Markdown # and HTML <h1>)
    item: bool = False  # a list item (Markdown -, HTML <li>)


def text_blocks(text: str) -> list[Block]:
    """Split plain text into blocks: blank lines separate blocks; hard-wrapped lines are joined."""
    lines = text.split("\n")
    width = wrap_width(lines)
    blocks: list[Block] = []
    run: list[int] = []
    for number, line in enumerate(lines + [""]):
        if line.strip():
            run.append(number)
            continue
        if run:
            blocks.extend(_unwrap([(n, lines[n].strip()) for n in run], width))
            run = []
    return blocks


def wrap_width(lines: list[str]) -> int | None:
    """The column at which the text was hard-wrapped, or None when its lines were not wrapped.

    Only a line followed by another non-blank line can have been wrapped; in hard-wrapped text most of those
    lines end near one width, so the width is their 90th-percentile length when that lies in a plausible range.
    """
    lengths = sorted(len(lines[i].strip()) for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip())
    if len(lengths) < 2:
        return None
    width = lengths[(9 * (len(lengths) - 1)) // 10]
    if not 30 <= width <= 110 or sum(length >= 0.6 * width for length in lengths) < 0.6 * len(lengths):
        return None
    return width


def _unwrap(run: list[tuple[int, str]], width: int | None) -> list[Block]:
    """Join the lines of a hard-wrapped paragraph; keep lines that are separate units apart."""
    out: list[Block] = []
    current: list[tuple[int, str]] = [run[0]]
    for number, text in run[1:]:
        if _continues(current[-1][1], text, width):
            current.append((number, text))
        else:
            out.append(_join(current))
            current = [(number, text)]
    out.append(_join(current))
    return out


def _continues(previous: str, text: str, width: int | None) -> bool:
    """Whether `text` continues the line `previous` (which was wrapped) rather than starting a new unit."""
    if _only_punctuation(text) and len(text) <= 3:
        return True  # a stray final full stop
    if text[:1].islower() and len(previous.split()) >= 3 and not _ends_sentence(previous) and not previous.endswith((":", ";")):
        return True  # a sentence broken mid-way ("... said the" / "walk to work was ..."), wrapped or not
    if width is None or len(previous) < 0.6 * width or len(previous) > 1.2 * width:
        return False
    if _norm(text) == _norm(previous) or CAPTION_CREDIT.match(previous) or (_headline_like(previous) and _headline_like(text)):
        return False  # a repeated line (caption), a credited caption, a list of headlines
    first_word = text.split()[0]
    if len(previous) + 1 + len(first_word) > width - 2:
        return True  # the next word would not have fitted on this line: the line was wrapped
    # the line ends early, yet mid-sentence: wrapped unevenly (pasted text), unless it looks like a heading
    return not _ends_sentence(previous) and not (text[:1].isupper() and _headline_like(previous))


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

    rendered = markdown.markdown(_flatten_nesting(text), extensions=["extra"])
    return _blocks_from_html_fragment(rendered, lxml_html)


MAX_INDENT = 16  # leading spaces a Markdown line keeps (four levels of lists or quotes)
MAX_QUOTE_DEPTH = 4  # ">" markers a Markdown line keeps


def _flatten_nesting(text: str) -> str:
    """Bound how deep Markdown nests before the recursive parser sees it: a list or quote 1,000 levels deep
    recurses past Python's limit (and 2,000 indented levels take minutes and gigabytes). Deeper lines are kept,
    at the deepest allowed level; news articles never nest that deep."""
    out = []
    for line in text.split("\n"):
        stripped = line.lstrip(" \t")
        indent = len(line) - len(stripped)
        if indent > MAX_INDENT:
            line = " " * MAX_INDENT + stripped
        quotes = re.match(r"(?:>\s*){%d,}" % (MAX_QUOTE_DEPTH + 1), line.lstrip())
        if quotes:
            line = "> " * MAX_QUOTE_DEPTH + line.lstrip()[quotes.end():]
        out.append(line)
    return "\n".join(out)


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
            heading = element.tag.startswith("h")
            blocks.append(Block(text, (number,), heading=heading, level=int(element.tag[1]) if heading else 0, item=element.tag == "li"))
    return blocks


# trafilatura's XML: text blocks and the inline elements inside them
XML_BLOCKS = ("head", "p", "item", "quote", "cell")


def html_blocks(text: str) -> tuple[dict, list[Block]]:
    """Main text and metadata of an HTML page, through trafilatura (its XML keeps paragraphs, headings and list
    items apart, and adds no list markers of its own)."""
    import trafilatura
    from trafilatura.settings import set_date_params

    # dates only from the page's markup (meta tags, time elements, URL): htmldate's extensive search guesses from
    # free text and copyright lines ("(c) 2026" became 2026-01-01), and a brief must not invent a date
    result = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False,
                                         include_images=False, include_links=False, favor_precision=True,
                                         date_extraction_params=set_date_params(False))
    if result is None or isinstance(result, dict) or getattr(result, "body", None) is None:
        raise ArticleError("has no article text that trafilatura can find in the HTML")
    meta = {"title": result.title, "outlet": result.sitename, "author": result.author, "date": result.date, "url": result.url}
    elements = []
    for element in result.body.iter(*XML_BLOCKS):
        if any(child.tag in XML_BLOCKS for child in element.iterdescendants()):
            continue  # a container (a quote of paragraphs): its inner blocks come on their own
        lines = [" ".join(line.split()) for line in _text_with_breaks(element).split("\n") if line.strip()]
        if lines:
            elements.append((element, lines))
    # <br> inside a paragraph is sometimes a hard wrap, sometimes a paragraph break: tell them apart as in plain text
    width = wrap_width([line for _, lines in elements for line in [*lines, ""]])
    blocks: list[Block] = []
    for element, lines in elements:
        heading = element.tag == "head"
        level = int(rend[1]) if heading and re.fullmatch(r"h[1-6]", rend := str(element.get("rend", ""))) else 0
        for block in _unwrap(list(enumerate(lines)), width):
            blocks.append(replace(block, lines=(len(blocks),), heading=heading, level=level, item=element.tag == "item"))
    if not blocks:
        raise ArticleError("has no article text that trafilatura can find in the HTML")
    return meta, blocks


def _text_with_breaks(element) -> str:
    """An XML element's text with <lb/> as a line break."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _text_with_breaks(child))
        parts.append(child.tail or "")
    return "".join(parts)


# ----------------------------------------------------------------------------------------------- cleaning
# Boilerplate is recognised by kind, from the shape of a block and the vocabulary of web page furniture
# (consent banners, subscription and share widgets, media labels, credits), never from particular articles.

CONSENT = re.compile(r"\b(cookies?|privacy (policy|statement|notice|settings)|consent|terms of (use|service)|gdpr|by continuing to (browse|use))\b", re.I)
YOU_WE = re.compile(r"\b(you|your|we|our|us)\b", re.I)  # a banner addresses the reader
BUTTON = re.compile(r"^(i agree|i accept|accept( all)?( cookies)?|agree|ok|got it|reject( all)?|allow( all)?|manage (preferences|options|cookies)|continue|close)[.!]?$", re.I)
# widgets that say what they are, whatever their shape
SUBSCRIPTION = re.compile(
    r"^(discover more from\b|subscribe\b|sign up (for|to)\b|get (our|the) (newsletter|latest)\b|newsletter\b|"
    r"(already (a )?(subscriber|member)|create (a free )?account|log ?in|sign ?in)\b|become a (member|subscriber)\b|"
    r"support (our|independent) journalism\b|(this|the) (article|story|content) is (for|available to) (subscribers|members)\b)",
    re.I,
)
SHARE = re.compile(
    r"^(share (this|the|on|via)\b|share$|tagged\s*:|tags?\s*:|topics?\s*:|filed under\s*:|follow us\b|follow @\w+|like us on\b|"
    r"print this\b|copy link$|email this\b|(join|read) the conversation|comments?\s*(\(\d+\))?$|\d+ comments?$|leave a (comment|reply))",
    re.I,
)
WIDGET = re.compile(
    r"^(read more\b|read (next|also)\s*:|see also\s*:|related( articles| stories| coverage| content| topics)?\s*:?$|advertisement$|"
    r"sponsored( content)?$|search trends$|click here\b|most (read|popular|viewed)\b|trending( now| stories)?\s*:?$|"
    r"recommended( for you| stories)?\s*:?$|you (may|might) also like|more (from|stories|on this story)\b|continue reading\b|"
    r"show chapters$|watch( now| live| the video)?\s*:|video\s*:|listen to (this|the) (article|story)|loading\b.{0,40}(\.\.\.|…)$|"
    r"see (more|all) (photos|pictures|images|videos|stories)\b|skip (to|ad)\b|back to top$|next (article|story)\s*:?|"
    r"story continues (below|after)\b|scroll (down )?to continue\b|continue reading (below|after)\b)",
    re.I,
)
RELATED_LABEL = re.compile(r"^(related|read (more|next|also)|more (from|stories|on)|see also|most (read|popular|viewed)|trending|"
                           r"recommended|you (may|might) also like|top stories|latest (news|stories)|further reading)\b[^:]*:?$", re.I)
OUTLET_IN_WIDGET = re.compile(r"^discover more from\s+(?P<outlet>.{2,60}?)\s*$", re.I)
# a media placeholder: a bare label, or an embed named by its kind ("Holm tweet", "Video: ...")
MEDIA = re.compile(r"^((\S+\s+){0,3}(tweet|instagram post|facebook post|video|embed)|image|images|photo|photos|photograph|picture|"
                   r"graphic|gallery|slideshow|audio|podcast|chart|map|infographic|illustration)$", re.I)
DURATION = re.compile(r"(^|\|\s*)\d{1,2}:\d{2}(:\d{2})?$")  # a video's running time ends the block
CLOCK_AND_DATE = re.compile(r"\b\d{1,2}:\d{2}\s*([AaPp]\.?[Mm]\.?)?\s*([A-Z]{2,4})?\s*(\w{3},?\s*)?\d{1,2}\s+\w{3,9}\.?\s+\d{4}\s*\|")
READ_TIME = re.compile(r"^(\d{1,3}|an?|one)[\s-]*(min|mins|minute|minutes)\.?\s*(read|listen)$", re.I)
CREDIT = re.compile(
    r"^\(?\s*(?:(?:source\(s\)|sources?|photo( credit)?s?|image( credit)?s?|pictures?|credits?|graphics?|video)\s*[:\-–]|"
    r"(?:(?:additional )?reporting|writing|editing|compiled|produced|photos?|pictures?|images?|graphics?|video) by\b)\s*(?P<credit>[^:]{2,}?)\)?$",
    re.I,
)
CONTRIBUTED = re.compile(r"\b(contributed|contributing|also contributed) (to )?(this|the) (report|story|article)\b", re.I)
CAPTION_CREDIT = re.compile(r"^(?P<caption>.*?[.!?\"”])\s*/\s*(?P<credit>[^/\s][^/]*(?:/[^/]+)+)$")
GLUED_CREDIT = re.compile(r"^(?P<caption>.{20,}?[.!?\"”’)])(?:(?<=[.!?\"”’)])(?:Credit|Photo|Image)(?=[A-Z])|\s*(?:[Cc]redits?|[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)(?:\s*:\s*|\s+by\s+))(?P<credit>[A-Z][^.!?]{1,80})$")
PHOTO_WORDS = re.compile(r"\b(in this (\w+ ){0,3}(photo|photograph|picture|image|illustration|handout|screenshot|still)|"
                         r"(photo|picture|image) (taken|shows)|pictured (here|above|below|on)|seen in (a|this) (photo|picture|video))\b", re.I)
COPYRIGHT = re.compile(r"(©|\(c\)\s*\d{4}|^copyright\b|\ball rights reserved\b)", re.I)
LINK = re.compile(r"(https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+\b|(^|\s)@\w{2,}")
NAVIGATION = re.compile(r"^[^>»›]{1,40}(\s[>»›]\s[^>»›]{1,40}){2,}$")
# "and" needs spaces around it: with `\s*and\s*` a word like "Aband" splits two ways and matching backtracks exponentially
BYLINE = re.compile(r"^(by\s+)?(?P<name>[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|de|van|von|da|bin|al)){1,3})(\s*[,&]\s*[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3}|\s+and\s+[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3})*$")
BY_PREFIX = re.compile(r"^[\W_]*by\s+\S", re.I)
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
DATE = (rf"(\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})")
DATELINE = re.compile(
    rf"^(published|updated|posted|last updated)?\s*(on)?\s*:?\s*((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?{DATE}"
    r"(\s*[,|·]?\s*(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4})?)?\.?$",
    re.I,
)
PIPED = re.compile(r"\s+[|·]\s+")
OUTLET_LINE = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,11}( [A-Z][A-Z0-9&.\-]{1,11}){0,2}$")
SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "as", "by", "with", "from", "vs", "vs.", "over", "amid", "after", "into", "is", "are", "its", "set", "up", "out", "off", "than", "per"}
# words that make a clause: a first sentence without any of them is a fragment (a caption's "Nordvik cables.")
CLAUSE_WORDS = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
                "must", "shall", "should", "do", "does", "did", "said", "says", "told", "tells", "i", "we", "you", "he", "she",
                "they", "it", "this", "that", "there"}
LEDE_VERBS = re.compile(r"\b(said|told|announced|reported)\b", re.I)
PICTURE_LABEL = re.compile(r"^(image|picture|photo)\s+(copyright|caption|credit|source)\b", re.I)
PICTURE_CREDIT = re.compile(r"(\bphoto\s+credit\s*:|\(\s*credit\s+image\s*:|\bphotograph\s*:|\(\s*photo\s+by\s+[^)]*/)\s*\S", re.I)
CAPTION_LIMIT = 800  # a caption is at most this long, whatever its labels say
SHORT_LIMIT = 300  # longer blocks are article text whatever they contain (and long lines stay cheap to classify)


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
    paragraph_lines: list[tuple[int, ...]] = field(default_factory=list)  # the input lines of each kept paragraph
    title_lines: tuple[int, ...] = ()


INVISIBLE = {"Cc", "Cf", "Cs", "Cn"}  # control, format, surrogate, unassigned


def clean(blocks: list[Block], title: str | None = None) -> Cleaned:
    """Classify every block; keep article paragraphs, lift metadata, drop noise (recording why).

    `title` is the headline when the input format states it (front matter, HTML metadata): a copy of it in the
    text is then dropped, and no other block is taken for the title."""
    out = Cleaned()
    # a block of nothing but spaces and invisible control or format characters (U+202E, ESC) is no paragraph:
    # the pages drop those characters and would be left with an empty one
    blocks = [b for b in blocks if any(not ch.isspace() and unicodedata.category(ch) not in INVISIBLE for ch in b.text)]
    kinds = _classify(blocks, title)
    seen_captions: set[str] = set()
    for block, kind in zip(blocks, kinds):
        text = block.text
        if kind == "body":
            out.paragraphs.append(text)
            out.paragraph_lines.append(block.lines)
            continue
        out.dropped.append(DroppedLine(text, kind))
        if kind == "title" and out.title is None:
            out.title, out.title_lines = text, block.lines
        elif kind == "outlet" and out.outlet is None:
            out.outlet = text
        elif kind == "subscription" and out.outlet is None and (m := OUTLET_IN_WIDGET.match(text)):
            out.outlet = m.group("outlet")
        elif kind == "byline" and out.byline is None:
            out.byline = re.sub(r"^[\W_]*by\s+", "", text, flags=re.I)
        elif kind == "read-time":
            out.read_time = text
        elif kind == "dateline":
            date, byline = _split_dateline(text)
            out.date = out.date or date
            out.byline = out.byline or byline
        elif kind == "credit":
            m = CREDIT.match(text)
            credit = m.group("credit") if m else text
            _add_unique(out.credits, ", ".join(part.strip() for part in credit.split(",") if part.strip()))
        elif kind == "caption":
            caption, credit = _caption_and_credit(text)
            if caption and _norm(caption) not in seen_captions:
                seen_captions.add(_norm(caption))
                out.captions.append(caption)
            if credit:
                _add_unique(out.credits, credit)
    return out


def _classify(blocks: list[Block], title: str | None = None) -> list[str]:
    n = len(blocks)
    counts: dict[str, int] = {}
    for block in blocks:
        key = _norm(_caption_and_credit(block.text)[0])
        counts[key] = counts.get(key, 0) + 1
    kinds = [_kind(block.text, i, n, counts) for i, block in enumerate(blocks)]
    # buttons next to a consent block
    for i, block in enumerate(blocks):
        if kinds[i] == "body" and BUTTON.match(block.text) and any(kinds[j] == "consent" for j in (i - 1, i - 2, i + 1) if 0 <= j < n):
            kinds[i] = "consent"
    # the text right after a bare media label ("Image", "Photo") is that picture's caption
    for i in range(n - 1):
        if kinds[i] == "media" and MEDIA.match(blocks[i].text) and " " not in blocks[i].text and kinds[i + 1] == "body" and len(blocks[i + 1].text) < SHORT_LIMIT:
            kinds[i + 1] = "caption"
    # a block that is the truncated start of the next one (a scraped summary, a title field, a video's title)
    for i in range(n - 1):
        a, b = _norm(blocks[i].text), _norm(blocks[i + 1].text)
        if kinds[i] == "body" and 20 <= len(a) < len(b) and b.startswith(a):
            kinds[i] = "media" if kinds[i + 1] == "media" else "truncated-duplicate"
    # a caption printed twice, once with its credit and once without, with small differences ("Southaven,
    # Mississippi on 3 October." / "..., Mississippi, on 3 October. Photograph: ..."): both are the caption
    for i in range(n):
        if kinds[i] == "body" and len(blocks[i].text) < SHORT_LIMIT:
            for j in (i - 1, i + 1):
                if 0 <= j < n and kinds[j] == "caption" and _near_copy(blocks[i].text, _caption_and_credit(blocks[j].text)[0]):
                    kinds[i] = "caption"
                    break
    _mark_headline_runs(blocks, kinds)
    _mark_related_lists(blocks, kinds)
    _mark_head(blocks, kinds, title)
    _mark_tail(blocks, kinds)
    return kinds


def _near_copy(a: str, b: str) -> bool:
    """The same text but for punctuation and a word or two (rapidfuzz's normalised Indel similarity >= 90)."""
    a, b = _norm(a), _norm(b)
    return min(len(a), len(b)) >= 20 and fuzz.ratio(a, b) >= 90


def _kind(text: str, i: int, n: int, counts: dict[str, int]) -> str:
    """The kind of one block that can be told without its neighbours ("body" when it is article text)."""
    words = max(len(text.split()), len(text) // 8)  # characters too: some scripts put no spaces between words
    if len(text) < 1000 and (i < 8 or i >= n - 8) and CONSENT.search(text) and (words <= 8 or YOU_WE.search(text)):
        return "consent"
    if PICTURE_LABEL.match(text) and len(text) < CAPTION_LIMIT:
        return "caption"  # a picture widget's labels ("Image copyright Agency Image caption ...")
    if len(text) < CAPTION_LIMIT and PICTURE_CREDIT.search(text[-160:]):
        return "caption"  # a caption that ends with the picture's credit ("... Photo Credit: X/Agency")
    if len(text) > SHORT_LIMIT:
        return "caption" if counts.get(_norm(text), 0) > 1 else "body"
    caption, credit = _caption_and_credit(text)
    sentence = _ends_sentence(text)
    if SUBSCRIPTION.match(text) and words <= 25:
        if OUTLET_IN_WIDGET.match(text) or words <= 12 or "email" in text.lower() or "inbox" in text.lower():
            return "subscription"
    if SHARE.match(text) and words <= 8:
        return "share"
    if (WIDGET.match(text) and (words <= 8 or not sentence or text.lower().startswith(("read more", "read also", "read next", "see also"))))\
            or NAVIGATION.match(text):
        return "widget"
    if (MEDIA.match(text) and words <= 4) or DURATION.search(text) or CLOCK_AND_DATE.search(text):
        return "media"
    if READ_TIME.match(text):
        return "read-time"
    if COPYRIGHT.search(text) and words <= 40:
        return "copyright"
    if (CREDIT.match(text) and words <= 25) or (CONTRIBUTED.search(text) and words <= 50):  # AP lists its writers
        return "credit"
    if DATELINE.match(text) or _split_dateline(text)[0] and len(text) < 120:
        return "dateline"
    if credit or counts.get(_norm(caption), 0) > 1 or (PHOTO_WORDS.search(text) and words <= 60):
        return "caption"
    if LINK.search(text) and not sentence and words <= 8:
        return "link"
    if _only_punctuation(text):
        return "stray"
    return "body"


def _mark_headline_runs(blocks: list[Block], kinds: list[str]) -> None:
    """Runs of three or more headline-like blocks: lists of related or trending articles."""
    n, i = len(blocks), 0
    while i < n:
        j = i
        while j < n and kinds[j] == "body" and _headline_like(blocks[j].text):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                kinds[k] = "headline-run"
        i = max(j, i + 1)


def _mark_related_lists(blocks: list[Block], kinds: list[str]) -> None:
    """The headlines listed under a bare "Related" / "Read more" / "Most read" label, in any capitalisation."""
    for i, block in enumerate(blocks):
        if kinds[i] != "widget" or len(block.text.split()) > 5 or not RELATED_LABEL.match(block.text):
            continue
        j = i + 1
        while j < len(blocks) and kinds[j] == "body" and 3 <= len(blocks[j].text.split()) <= 25 and not _ends_sentence(blocks[j].text):
            kinds[j] = "widget"
            j += 1


def _mark_head(blocks: list[Block], kinds: list[str], title: str | None) -> None:
    """The head of the article: title, outlet, byline and a caption before the first body paragraph."""
    n = len(blocks)
    outlets = {_norm(m.group("outlet")) for b in blocks if (m := OUTLET_IN_WIDGET.match(b.text))}
    head = [i for i in range(min(n, 8)) if kinds[i] in ("body", "truncated-duplicate")]
    first_body = next((i for i in range(n) if kinds[i] == "body" and not _is_head_candidate(blocks[i])), n)
    title_found = False
    title_known = title is not None  # the format states the title: only a copy of it (or an <h1>) is the title
    for i in head:
        if i > first_body:
            break
        block, text = blocks[i], blocks[i].text
        if not title_found and (
            (title is not None and (_same_title(text, title) or block.level == 1))
            or (not title_known and (kinds[i] == "truncated-duplicate" and i < first_body or kinds[i] == "body" and (block.heading or _title_like(text)) and i + 1 < n))
        ):
            kinds[i] = "title"
            title_found = True
        elif kinds[i] != "body":
            continue
        elif (title_found or title_known) and _norm(text) in outlets:
            kinds[i] = "outlet"
        elif BY_PREFIX.match(text) and len(text) < 80 or ((title_found or title_known) and BYLINE.match(text) and len(text) < 60 and not _ends_sentence(text)):
            kinds[i] = "byline"
        elif (title_found or title_known) and OUTLET_LINE.match(text) and i < first_body:
            kinds[i] = "outlet"
    # a picture's caption before the article: photo vocabulary, or a first sentence that is a bare noun phrase
    first = next((i for i in range(n) if kinds[i] == "body"), None)
    if first is not None and not title_found and not title_known and first + 1 < n and _lead_caption(blocks[first].text):
        kinds[first] = "caption"


def _lead_caption(text: str) -> bool:
    sentences = _sentences(text)
    if len(text.split()) > 60 or len(sentences) < 2:
        return False
    words = re.findall(r"[\w’']+", sentences[0].lower())
    return 2 <= len(words) <= 6 and not (set(words) & CLAUSE_WORDS) and sentences[0].endswith(".")


def _mark_tail(blocks: list[Block], kinds: list[str]) -> None:
    """After the article's last full paragraph, short fragments are page furniture (tags, labels, links)."""
    last = max((i for i, kind in enumerate(kinds) if kind == "body" and _full_paragraph(blocks[i].text)), default=None)
    if last is None:
        return
    for i in range(last + 1, len(blocks)):
        if kinds[i] != "body" or _introduced_list(blocks, i):
            continue
        kinds[i] = "byline" if BY_PREFIX.match(blocks[i].text) and len(blocks[i].text) < 80 else "trailing-fragment"


def _introduced_list(blocks: list[Block], i: int) -> bool:
    """A list item (or the line introducing it) of a list that the article introduces with a colon."""
    if not blocks[i].item:
        return blocks[i].text.endswith(":") and i + 1 < len(blocks) and blocks[i + 1].item
    while i > 0 and blocks[i].item:
        i -= 1
    return blocks[i].text.endswith(":") and not blocks[i].item


def _full_paragraph(text: str) -> bool:
    """Article text rather than a label: a sentence, several of them, or long."""
    return _ends_sentence(text) or len(text) >= 150 or len(_sentences(text)) > 1 or bool(re.search(r"[。！？]", text))


def _is_head_candidate(block: Block) -> bool:
    text = block.text
    return block.heading or _title_like(text) or bool(BYLINE.match(text)) or bool(OUTLET_LINE.match(text)) or bool(BY_PREFIX.match(text) and len(text) < 80)


def _same_title(text: str, title: str) -> bool:
    """`text` is the stated title, or a part of it (titles often carry the site's name after a separator)."""
    a, b = _norm(re.sub(r"[^\w\s]", " ", text)), _norm(re.sub(r"[^\w\s]", " ", title))
    return bool(a) and (a == b or len(a) >= 0.4 * len(b) and len(a.split()) >= 3 and (b.startswith(a) or b.endswith(a)))


def strip_site_name(title: str, site: str | None) -> str:
    """A page title without the site's name before or after a separator ("Story | Site", "Site: Story")."""
    parts = [p for p in re.split(r"\s+[|»•–—-]\s+|\s*::\s*", title) if p.strip()]
    if site:
        key = _norm(re.sub(r"[^\w\s]", " ", site))
        if _norm(title).startswith(_norm(site)) and len(title) > len(site) + 10:
            return title[len(site):].lstrip(" :|-–—»").strip()
        parts = [p for p in parts if _norm(re.sub(r"[^\w\s]", " ", p)) != key] or parts
    return max(parts, key=len).strip() if len(parts) > 1 and site else title


def _split_dateline(text: str) -> tuple[str | None, str | None]:
    """(date, byline) from a dateline: "Published 3 May 2024", or "Jane Smith | Paris | 08/01/2014"."""
    if len(text) > 160:
        return None, None
    if DATELINE.match(text):
        return re.sub(r"^(published|updated|posted|last updated)\s*(on)?\s*:?\s*", "", text, flags=re.I), None
    parts = PIPED.split(text)
    if len(parts) < 2:
        return None, None
    date = next((p for p in parts if DATELINE.match(p)), None)
    if date is None:
        return None, None
    names = [m.group("name") for p in parts if p is not date and (m := BYLINE.match(p)) and len(p.split()) <= 4]
    return date, names[0] if names else None


def _title_like(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 30 or len(text) > 150:  # characters too: some scripts put no spaces between words
        return False
    if not _ends_sentence(text):
        return True
    if re.search(r"[。！？]", text):  # Chinese and Japanese headlines carry no full stop
        return False
    # a headline with a full stop is one short sentence in headline style: no leading article, no "said"/"told"
    # (a one-sentence lede has both, "The council said on Monday ...")
    return (len(words) <= 16 and len(_sentences(text)) == 1 and words[0].lower() not in {"a", "an", "the"}
            and not LEDE_VERBS.search(text))


def _headline_like(text: str) -> bool:
    words = text.split()
    if not 3 <= len(words) <= 25 or _ends_sentence(text) or text.endswith((":", ",", ";")):
        return False
    content = [w for w in words if w.lower().strip("’'\"") not in SMALL_WORDS and any(ch.isalnum() for ch in w)]
    capitalised = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit() or w[:1] in "$€£")
    return bool(content) and capitalised >= 0.75 * len(content)


def _caption_and_credit(text: str) -> tuple[str, str | None]:
    """A caption and its credit ("Caption. /Name/Agency", "Caption.Credit Name"); (text, None) when uncredited."""
    if len(text) > SHORT_LIMIT:
        return text, None
    for pattern in (CAPTION_CREDIT, GLUED_CREDIT):
        m = pattern.match(text)
        if m and len(m.group("credit")) < 200:
            return m.group("caption").strip(), m.group("credit").strip()
    return text, None


def _ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?…。！？][\"'”’)\]」』]*\s*$", text)) or bool(re.search(r"[.!?,][\"”]\s*$", text))


def _only_punctuation(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and all(unicodedata.category(ch).startswith("P") or ch.isspace() for ch in stripped)


ABBREVIATION_END = re.compile(r"(\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Lt|Adm|Gen|Gov|Sen|Rep|Capt|Col|Sgt|St|No|Jr|Sr|Inc|Corp|Co|Prof|Rev|vs)\.)$")


def _sentences(text: str) -> list[str]:
    """Rough sentence split for titles (the analyse stage does the real one)."""
    out: list[list[str]] = []
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text.strip()):
        # pieces are collected and joined once, and only the end of the last one is searched: on a long text of
        # abbreviations ("A. B. C. ...") re-joining and re-searching the whole sentence made this quadratic
        if out and ABBREVIATION_END.search(out[-1][-1][-32:]):
            out[-1].append(piece)
        elif piece:
            out.append([piece])
    return [" ".join(pieces) for pieces in out]


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


def _capped(text: str, limit: int = MAX_FIELD) -> str:
    """A title or other one-line field at most `limit` characters long (a 300 KB first line is no headline)."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _opt(value) -> str | None:
    value = _capped(_one_line(str(value))) if value else ""
    return value or None


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text


# ----------------------------------------------------------------------------------------------- ids

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


def _drop_duplicates(sources: list[Source]) -> tuple[list[Source], list[IngestWarning]]:
    """An article whose text equals (or nearly equals) an earlier one is reported and counted once.

    Candidates come from a MinHash LSH index over word 3-grams (datasketch), so each article is compared with
    the few kept articles that share most of its 3-grams, not with all of them; `_near_same` then decides."""
    from datasketch import MinHash, MinHashLSH
    from rapidfuzz import fuzz

    kept: list[Source] = []
    by_checksum: dict[str, Source] = {}
    lsh = MinHashLSH(threshold=DUPLICATE_JACCARD, num_perm=DUPLICATE_PERMUTATIONS)
    warnings = []
    for source in sources:
        body = "\n".join(source.paragraphs)
        words = body.casefold().split()
        signature = MinHash(num_perm=DUPLICATE_PERMUTATIONS, seed=1)
        signature.update_batch([" ".join(words[i:i + 3]).encode("utf-8") for i in range(max(len(words) - 2, 1))])
        candidates = sorted(lsh.query(signature))  # positions in `kept`, earliest first
        twin = by_checksum.get(source.checksum) or next(
            (kept[i] for i in candidates if _near_same(body, "\n".join(kept[i].paragraphs), fuzz)),
            None,
        )
        if twin is not None:
            warnings.append(IngestWarning(source.file, f"duplicates {twin.file}; counted once"))
            continue
        lsh.insert(len(kept), signature)
        by_checksum[source.checksum] = source
        kept.append(source)
    return kept, warnings


DUPLICATE_JACCARD = 0.5  # 3-gram overlap that makes two articles candidates (97% equal text stays far above it)
DUPLICATE_PERMUTATIONS = 128


def _near_same(a: str, b: str, fuzz) -> bool:
    if abs(len(a) - len(b)) > 0.05 * max(len(a), len(b), 1):
        return False
    return fuzz.ratio(a, b) >= 97
