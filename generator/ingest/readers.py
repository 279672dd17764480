"""Readers: one per input format, each turning a file's text into metadata and text blocks (Pelican's readers).

A reader is registered for its file-name suffixes in READERS; `reader_for` picks one.  Plain text is split at
blank lines with hard-wrapped lines joined again; Markdown (optional YAML front matter) is rendered with
Python-Markdown and read back block by block; HTML goes through trafilatura's main-text extraction.  Every
reader's blocks then pass the same cleaner (ingest.clean)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..text import data_words, fold
from .decode import ArticleError
from .metadata import split_front_matter
from .shapes import CAPTION_CREDIT, CAPTION_START, date_line, ends_sentence, headline_like, only_punctuation


@dataclass(frozen=True)
class Read:
    """What a reader gives: the metadata the file states, its text in blocks, and the text the blocks come from
    (the file's text without its front matter: what the source's checksum is of)."""

    meta: dict
    blocks: list["Block"]
    body: str


@dataclass(frozen=True)
class Reader:
    """How to read one format: `read(text, notes)`; `notes` receives what was repaired or dropped."""

    name: str
    suffixes: tuple[str, ...]
    read: Callable[[str, list[str] | None], Read]
    page_title: bool = False  # the stated title is a web page's <title>: it may carry the site's name, and the headline in the text beats it


def reader_for(suffix: str) -> Reader | None:
    """The reader registered for a file-name suffix (".txt", ".MD"), or None when the format is not read."""
    return SUFFIXES.get(suffix.lower())


@dataclass
class Block:
    """A unit of text from the input: one line, or several hard-wrapped lines joined with spaces."""

    text: str
    lines: tuple[int, ...]  # input line numbers (0-based) it came from
    heading: bool = False  # marked as a heading by the input format (Markdown #, HTML <h1>)
    level: int = 0  # the heading level when the format says (1 for Markdown # and HTML <h1>)
    item: bool = False  # a list item (Markdown -, HTML <li>)
    figure: bool = False  # a picture's caption, as the format marks it (HTML <figcaption>, a Markdown paragraph holding an image)
    standfirst: bool = False  # the standfirst under the headline, as the page marks it (data/standfirst_classes.txt)


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
            blocks.extend(_unwrap([(n, lines[n].strip()) for n in run], width, {n for n in run if lines[n][:1] in (" ", "\t")}))
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


BULLET = re.compile(r"^[*•]\s+(?=\S)")  # a list item's marker at the start of a line ("* ", "• "); never "-", a dash
NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")  # a numbered item's ("1. ", "2) "): kept, as the text may be its own


def _unwrap(run: list[tuple[int, str]], width: int | None, indented: set[int] | frozenset[int] = frozenset()) -> list[Block]:
    """Join the lines of a hard-wrapped paragraph; keep lines that are separate units apart.  A line that starts
    with a bullet is a list item of its own (its marker dropped, as the Markdown and HTML readers drop theirs); so
    is one that starts with a number and a point or a bracket (its number kept: "1. " may be the article's own text)."""
    out: list[Block] = []
    current: list[tuple[int, str]] = [run[0]]
    for number, text in run[1:]:
        # an indented line after one that is not, or after an indented headline, opens an item of a list
        # ("Read next" and its indented headlines)
        item = number in indented and (current[-1][0] not in indented or headline_like(current[-1][1])
                                       or not ends_sentence(current[-1][1]) and text[:1].isupper() and len(current[-1][1].split()) <= 15)
        if not BULLET.match(text) and not NUMBERED.match(text) and not item and _continues(current[-1][1], text, width):
            current.append((number, text))
        else:
            out.append(_join(current))
            current = [(number, text)]
    out.append(_join(current))
    return out


def _continues(previous: str, text: str, width: int | None) -> bool:
    """Whether `text` continues the line `previous` (which was wrapped) rather than starting a new unit."""
    if only_punctuation(text) and len(text) <= 3:
        return True  # a stray final full stop
    if CAPTION_START.match(text) or date_line(text):
        return False  # a photo agency's caption printed right after the paragraph; a page's date line under the headline
    if len(SPACED_APART.findall(previous.strip())) >= SPACED_ITEMS:
        return False  # a site's menu, its items apart by runs of spaces ("Home  Lindby  Sport  Weather"): a row of its own
    if text[:1].islower() and len(previous.split()) >= 3 and not ends_sentence(previous) and not previous.endswith((":", ";")):
        return True  # a sentence broken mid-way ("... said the" / "walk to work was ..."), wrapped or not
    if width is None or len(previous) < 0.6 * width or len(previous) > 1.2 * width:
        return False
    if fold(text) == fold(previous) or CAPTION_CREDIT.match(previous) or (headline_like(previous) and headline_like(text)):
        return False  # a repeated line (caption), a credited caption, a list of headlines
    first_word = text.split()[0]
    if len(previous) + 1 + len(first_word) > width - 2:
        return True  # the next word would not have fitted on this line: the line was wrapped
    # the line ends early, yet mid-sentence: wrapped unevenly (pasted text), unless it looks like a heading or it
    # ends on a bracketed label, a button's or a placeholder's ("[Accept all]  [Cookie settings]", "[Image]")
    return not ends_sentence(previous) and not (text[:1].isupper() and headline_like(previous)) and not BRACKETED_END.search(previous)


BRACKETED_END = re.compile(r"\[[^\[\]]{1,40}\]$")
SPACED_APART = re.compile(r"\S\s{2,}(?=\S)")  # a run of two spaces or more between words
SPACED_ITEMS = 4  # ... that many of them in one line: items set apart, no prose


def _join(parts: list[tuple[int, str]]) -> Block:
    bullet = BULLET.match(parts[0][1])
    if bullet:
        parts = [(parts[0][0], parts[0][1][bullet.end():]), *parts[1:]]
    text = ""
    for _, part in parts:
        if not text:
            text = part
        elif only_punctuation(part) or text.endswith("-") and not text.endswith(" -") and part[:1].islower():
            text += part  # a stray final full stop, or a word hyphenated across lines
        else:
            text += " " + part
    return Block(text, tuple(n for n, _ in parts), item=bool(bullet or NUMBERED.match(parts[0][1])))


def markdown_blocks(text: str) -> list[Block]:
    """Render Markdown and read back its text blocks (headings, paragraphs, list items, quotes)."""
    import markdown
    from lxml import html as lxml_html

    rendered = markdown.markdown(_flatten_nesting(text), extensions=["extra"])
    return _blocks_from_html_fragment(rendered, lxml_html)


MD_BULLET = re.compile(r"[-*+] \S")  # a bulleted Markdown list item at the margin
MAX_INDENT = 16  # leading spaces a Markdown line keeps (four levels of lists or quotes)
MAX_QUOTE_DEPTH = 4  # ">" markers a Markdown line keeps


def _ends_label(line: str) -> bool:
    """A line at the margin that ends a paragraph of its own: a short label, or one ending with a colon."""
    text = line.strip()
    return bool(text) and line[:1] not in (" ", "\t", ">") and not MD_BULLET.match(line) and (
        len(text.split()) <= 4 or text.endswith(":"))


def _flatten_nesting(text: str) -> str:
    """Bound how deep Markdown nests before the recursive parser sees it: a list or quote 1,000 levels deep
    recurses past Python's limit (and 2,000 indented levels take minutes and gigabytes). Deeper lines are kept,
    at the deepest allowed level; news articles never nest that deep."""
    out: list[str] = []
    for line in text.split("\n"):
        if MD_BULLET.match(line) and out and _ends_label(out[-1]):
            out.append("")  # a list right under a label ("**Related**", "Read more:") starts a list, as in CommonMark,
            # not a run of the label's paragraph (but a wrapped sentence's next line may begin with a dash)
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
            # ("![Holm at the quay](holm.jpg)" and "*Holm at the quay*" on the next line are one paragraph: the
            # picture and its caption)
            figure = element.tag == "figcaption" or element.tag == "p" and element.find(".//img") is not None
            blocks.append(Block(text, (number,), heading=heading, level=int(element.tag[1]) if heading else 0, item=element.tag == "li",
                                figure=figure))
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
    marked = _standfirsts(text)
    return meta, [replace(b, standfirst=True) if " ".join(b.text.split()) in marked else b for b in blocks]


STANDFIRST_CLASSES = data_words("standfirst_classes")
STANDFIRST_CLASS_ATTRIBUTE = re.compile(r"""\bclass\s*=\s*["'][^"']*(?<![\w-])(?:""" + "|".join(map(re.escape, sorted(STANDFIRST_CLASSES)))
                                        + r""")(?![\w-])""", re.I)


def _standfirsts(text: str) -> set[str]:
    """The texts of the elements a page marks as its standfirst by their class ("dek", "standfirst"), spaces
    collapsed; none when the page does not parse. (The page is parsed again only when a class attribute names
    one.)"""
    from lxml import html as lxml_html

    if not STANDFIRST_CLASS_ATTRIBUTE.search(text):
        return set()
    try:
        root = lxml_html.fromstring(text)
    except (ValueError, lxml_html.etree.ParserError):
        return set()
    return {" ".join(el.text_content().split()) for el in root.iter()
            if isinstance(el.tag, str) and set(str(el.get("class", "")).lower().split()) & STANDFIRST_CLASSES}


def _text_with_breaks(element) -> str:
    """An XML element's text with <lb/> as a line break."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _text_with_breaks(child))
        parts.append(child.tail or "")
    return "".join(parts)


def strip_site_name(title: str, site: str | None) -> str:
    """A page title without the site's name before or after a separator ("Story | Site", "Site: Story")."""
    parts = [p for p in re.split(r"\s+[|»•–—-]\s+|\s*::\s*", title) if p.strip()]
    if site:
        key = fold(re.sub(r"[^\w\s]", " ", site))
        if fold(title).startswith(fold(site)) and len(title) > len(site) + 10:
            return title[len(site):].lstrip(" :|-–—»").strip()
        parts = [p for p in parts if fold(re.sub(r"[^\w\s]", " ", p)) != key] or parts
    return max(parts, key=len).strip() if len(parts) > 1 and site else title


def _read_text(text: str, _notes: list[str] | None) -> Read:
    return Read({}, text_blocks(text), text)


def _read_markdown(text: str, notes: list[str] | None) -> Read:
    meta, body = split_front_matter(text, notes)
    return Read(meta, markdown_blocks(body), body)


def _read_html(text: str, _notes: list[str] | None) -> Read:
    meta, blocks = html_blocks(text)
    return Read(meta, blocks, text)


READERS = (
    Reader("text", (".txt", ".text"), _read_text),
    Reader("markdown", (".md", ".markdown"), _read_markdown),
    Reader("html", (".html", ".htm"), _read_html, page_title=True),
)
SUFFIXES = {suffix: reader for reader in READERS for suffix in reader.suffixes}
