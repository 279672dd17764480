"""A folder of hostile and broken article files, written by the tests themselves (no committed fixtures).

The articles tell one small fictional story (a harbour bridge reopening in a made-up town) so that the
pipeline groups their sentences into a brief, a glossary and quotes; the payloads ride inside those
sentences.  Every payload carries a marker (`XSS-...`, `XMD-...`, `XJJ-...`) so that a test can find it in the
built site.  `write_hostile_corpus()` returns what each file is expected to become.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

# Raw HTML that must be shown as text and never become an element or attribute in the served HTML.
HTML_PAYLOADS = (
    '<script>alert("XSS-script")</script>',
    "<img src=x onerror=\"alert('XSS-img')\">",
    "<iframe src=\"javascript:alert('XSS-iframe')\"></iframe>",
    "<a href=\"javascript:alert('XSS-a')\">XSS-a</a>",
    "<svg onload=\"alert('XSS-svg')\"></svg>",
    "<object data=\"javascript:alert('XSS-object')\"></object>",
    "<style>body{display:none} /* XSS-style */</style>",
    "<form action=\"javascript:alert('XSS-form')\"><button>XSS-form</button></form>",
    "<a href=\"jav&#x09;ascript:alert('XSS-entity')\">XSS-entity</a>",
    "<base href=\"https://evil.example/XSS-base/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('XSS-meta')\">",
    "</title></textarea></code><script>alert('XSS-breakout')</script>",
)
# Markdown-level ways to produce a script link or a remote resource.
MD_LINK_PAYLOADS = (
    "[XSS-mdlink](javascript:alert('XSS-mdlink'))",
    "![XSS-mdimg](javascript:alert('XSS-mdimg'))",
    "<javascript:alert('XSS-autolink')>",
    "[XSS-reflink][evil]",
    "{: onclick=\"alert('XSS-attr')\" }",
)

MARKDOWN_PARAGRAPHS = (
    # each starts a paragraph, where block syntax would take effect
    "# XMD-heading: the council posted this line on its website on Monday, and residents shared it widely.",
    "[^1-1]: XMD-footnote, a line that tries to replace the brief's first footnote with another text.",
    "*[Petrov]: XMD-abbreviation, a line that tries to give every mention of Petrov a new tooltip.",
    '--8<-- "about.md"',
    '--8<-- "../mkdocs.yml"',
    "| XMD-table-a | XMD-table-b |\n|---|---|\n| cell one of the table | cell two of the table |",
    "---\ntitle: XMD-front-matter\n---\nThe harbour office said the timetable for ferries would not change this week.",
    "- XMD-list: a bullet line that the ferry company used in its statement to passengers on Monday.",
    "1. XMD-ordered: a numbered line from the same statement, listing the changes to the timetable.",
    "> XMD-blockquote: the harbour master wrote this in a letter that residents read out on Monday.",
    "[evil]: javascript:alert('XSS-refdef')",
    "Residents wrote **XMD-bold** and _XMD-emphasis_ and `XMD-code` and ~~XMD-strike~~ on their signs.",
    "A sign read [XMD-link](missing-page.md) and another read <https://evil.example/XMD-autolink>.",
    "A banner showed ![XMD-image](https://evil.example/XMD-tracker.png) next to the bridge.",
    "Someone wrote {{ 7*7 }} XJJ-expression and {% include 'about.md' %} XJJ-statement and {# XJJ-comment #} on a wall.",
    "A second wall read {{ config }} XJJ-config and {{ ''.__class__.__mro__ }} XJJ-dunder near the harbour.",
    "The city's notice used HTML entities: &lt;b&gt;XMD-entity&lt;/b&gt; and &amp;copy; and &#169; on Monday.",
    "A trailing backslash \\ and a pipe | and a hash # and braces { XMD-braces } appeared in the notice.",
)

STORY = (
    "The Lindmark harbour bridge reopened to traffic on Monday after fourteen months of repairs, Mayor Anna Petrov said at a ceremony attended by hundreds of residents.",
    "Engineers replaced 240 steel cables and repainted the main span, the city council said in a statement.",
    "“This bridge connects the two halves of our city, and today they are joined again,” Petrov told reporters.",
    "The repairs cost 45 million euros, about five million more than planned, according to the council's figures.",
    "Ferry operator Nordhavn Lines said it would cut its temporary crossing service from Friday.",
    "Traffic on the bridge is expected to return to normal by the end of the week, the harbour authority said.",
)


@dataclass
class HostileCorpus:
    folder: Path
    usable: dict[str, str] = field(default_factory=dict)  # file name -> a phrase its page must show
    skipped: dict[str, str] = field(default_factory=dict)  # file name -> words the warning must contain
    duplicates: dict[str, str] = field(default_factory=dict)  # file name -> the file it duplicates
    titles: dict[str, str] = field(default_factory=dict)  # file name -> expected slug (source id)


def _article(title: str, *extra: str, story: tuple[str, ...] = STORY) -> str:
    return "\n\n".join((title, *story, *extra)) + "\n"


def huge_single_line(size: int = 2 * 1024 * 1024) -> str:
    """One line of `size` characters built to trip the backtracking-prone patterns a cleaner tends to use:
    a long run of capitalised words ending in a non-name (byline patterns), thousands of initials ("A. B.",
    sentence splitting after abbreviations), and thousands of "x./" (caption-credit patterns), then prose."""
    head = "Ab " + "Aband " * 80
    third = (size - len(head)) // 3
    initials = ("A. B. C. " * (third // 9 + 1))[:third]
    slashes = ("x./" * (third // 3 + 1))[:third]
    prose = " ".join(STORY) + " "
    text = head + initials + slashes + prose * ((size - len(head) - 2 * third) // len(prose) + 1)
    return text[: size - 1] + "/"


def write_hostile_corpus(folder: Path) -> HostileCorpus:
    folder.mkdir(parents=True, exist_ok=True)
    corpus = HostileCorpus(folder)

    def put(name: str, data: str | bytes, encoding: str = "utf-8") -> None:
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode(encoding))

    # --- raw HTML and script links inside sentences and in a title
    html_story = tuple(f"{sentence[:-1]} {payload}." for sentence, payload in zip(STORY * 2, HTML_PAYLOADS))
    link_story = tuple(f"Residents shared {payload} on the council's page about the bridge on Monday." for payload in MD_LINK_PAYLOADS)
    put("xss.txt", _article('Lindmark bridge reopens <script>alert("XSS-title")</script> after repairs', *link_story, story=html_story))
    corpus.usable["xss.txt"] = 'alert("XSS-script")'
    # --- Markdown, footnote, abbreviation, snippet, heading, table, front matter and Jinja syntax as text
    put("markdown-syntax.txt", _article("Residents mark bridge reopening with signs and notices", *MARKDOWN_PARAGRAPHS))
    corpus.usable["markdown-syntax.txt"] = "XMD-heading"
    # --- hostile metadata in Markdown front matter; raw HTML in the Markdown body
    put("front-matter.md", "---\n"
        "title: \"</title><script>alert('XSS-fm-title')</script> Bridge {{ 7*7 }} reopens [^1]\"\n"
        "outlet: \"[XSS-fm-outlet](javascript:alert('XSS-fm-outlet'))\"\n"
        "url: \"javascript:alert('XSS-fm-url')\"\n"
        "author: \"<img src=x onerror=alert('XSS-fm-author')>\"\n"
        "date: \"2026-02-17 <script>alert('XSS-fm-date')</script>\"\n"
        "---\n\n" + "\n\n".join(STORY[:4]) + "\n\n<div onclick=\"alert('XSS-md-div')\">A raw HTML block in the Markdown body.</div>\n\n"
        "Inline <b onmouseover=\"alert('XSS-md-inline')\">bold</b> text in a Markdown paragraph about the bridge.\n")
    corpus.usable["front-matter.md"] = "XSS-fm-title"
    # --- encodings
    put("cp1252.txt", _article("Café owners welcome bridge – “at last”",
                               "Café owners on the quay said the reopening was “long overdue” – and that a coffee now costs 5 € again.",
                               story=STORY[1:4]), "cp1252")
    corpus.usable["cp1252.txt"] = "“long overdue” – and that a coffee now costs 5 €"
    put("latin1.txt", _article("Zürich engineer praises Lindmark façade",
                               "Jürgen Müller, an engineer from Zürich, said the façade looked 'très élégant' at 25 °C and ½ price.",
                               story=(STORY[0], STORY[3], STORY[4])), "latin-1")
    corpus.usable["latin1.txt"] = "Jürgen Müller, an engineer from Zürich, said the façade"
    put("bom-crlf.txt", "\ufeff" + _article("Commuters return to the Lindmark bridge",
                                             "Commuters said the walk to work was shorter again.", story=STORY[:3]).replace("\n", "\r\n"))
    corpus.usable["bom-crlf.txt"] = "Commuters return to the Lindmark bridge"
    put("utf16.txt", _article("Harbour traders count the cost of the closure", "Harbour traders said they lost a third of their customers.", story=STORY[3:]), "utf-16")
    corpus.usable["utf16.txt"] = "Harbour traders said they lost a third of their customers."
    # --- invisible characters: bidi overrides and isolates, marks, zero-width characters
    invisible = "\u202eXINV-override\u202c \u202dXINV-ltr\u202c \u2066XINV-isolate\u2069 \u2067x\u2069 \u2068y\u2069 \u202ax\u202b \u200eLRM\u200f \u061cALM"
    zero_width = "Zero\u200bwidth\u200cjoin\u200dword\u2060joiner\ufeffnbsp\u180evowel\u00adsoft"
    put("invisible.txt", _article("Pe\u200btrov opens the \u202ebridge\u202c at last",
                                  f"The mayor's speech was posted online with odd characters: {invisible} and {zero_width}.",
                                  story=STORY[:4]))
    corpus.usable["invisible.txt"] = "XINV-override"
    # --- a 2 MB file on one line: bounded time (no catastrophic backtracking), then a clear warning
    put("huge-single-line.txt", huge_single_line())
    corpus.skipped["huge-single-line.txt"] = "characters"
    # --- names and titles that look like paths, have spaces, umlauts or reserved names
    def titled(name: str, title: str, slug: str, text: str) -> None:
        put(name, f"---\ntitle: {title!r}\n---\n\n{text}\n\n" + "\n\n".join(STORY[:2]) + "\n")
        corpus.usable[name] = text
        corpus.titles[name] = slug
    titled("path.md", "../../x", "x", "A traveller described the bridge as the way home to the old town.")
    titled("dots.md", "../../../etc/passwd", "etc-passwd", "A cyclist said the new lanes on the bridge were wide enough at last.")
    titled("my article (copy) .md", "  Bridge   reopens,   with   spaces  ", "bridge-reopens-with-spaces", "A bus driver said the detour had added forty minutes to every trip.")
    titled("Grüße aus Zürich.md", "Grüße aus Zürich: Brücke öffnet", "grusse-aus-zurich-brucke-offnet", "A tourist from Zurich said she had come to see the bridge reopen.")
    titled("index.md", "Index", "index-article", "A fisherman said the noise of the repairs had kept the fish away.")
    titled("con.md", "CON", "con-article", "A shopkeeper said the repairs had been good for business after all.")
    titled("search.md", "search", "search-article", "A student said she had missed the view from the bridge every day.")
    titled("мост.md", "Мост открылся", "article", "A visitor from abroad said the bridge looked newer than ever.")
    # --- two different articles with the same title get distinct pages
    titled("same-title-1.md", "Lindmark bridge reopens", "lindmark-bridge-reopens", "A pensioner said he crossed the bridge twice on the first day.")
    titled("same-title-2.md", "Lindmark bridge reopens", "lindmark-bridge-reopens-2", "A teacher said her class walked over the bridge on a school trip.")
    # --- an exact duplicate (other encoding and line endings) and a near duplicate: reported, counted once
    put("zz-xss-copy.txt", (folder / "xss.txt").read_text(encoding="utf-8").replace("\n", "\r\n"), "utf-16")
    corpus.duplicates["zz-xss-copy.txt"] = "xss.txt"
    near = (folder / "cp1252.txt").read_bytes().decode("cp1252").replace("a coffee now costs", "a coffee costs")
    put("zz-cp1252-near-copy.txt", near)
    corpus.duplicates["zz-cp1252-near-copy.txt"] = "cp1252.txt"
    # --- unusable files: skipped with a warning naming the file and the reason
    put("empty.txt", b"")
    corpus.skipped["empty.txt"] = "empty"
    put("whitespace.txt", " \r\n\t\n\u3000\n")
    corpus.skipped["whitespace.txt"] = "whitespace"
    put("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    corpus.skipped["binary.txt"] = "binary"
    put("undecodable.txt", bytes(range(0x80, 0x100)) * 20)
    corpus.skipped["undecodable.txt"] = "decoded"
    put("bad-front-matter.md", "---\ntitle: [unclosed\n---\n\n" + STORY[0] + "\n")
    corpus.skipped["bad-front-matter.md"] = "YAML"
    put("no-article.html", "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    corpus.skipped["no-article.html"] = "article text"
    # --- per-file settings: a link that tries to break out of its attribute, and a file that does not exist
    put("sources.yml", yaml.safe_dump({
        "xss.txt": {"url": "https://example.org/a b\"onmouseover=\"alert('XSS-url')\"><script>alert('XSS-url')</script>"},
        "ghost.txt": {"outlet": "Nobody"},
    }))
    corpus.skipped["sources.yml"] = "ghost.txt"
    return corpus
