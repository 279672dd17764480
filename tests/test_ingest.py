"""Ingest: decoding, cleaning by kind, metadata, ids."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from generator.ingest import ArticleError, clean, decode, read_corpus, read_file, slugify, text_blocks

ARTICLE = """Our Privacy Statement & Cookie Policy

By continuing to browse our site you agree to our use of cookies and our Privacy Policy.

I agree

Harbour bridge reopens after storm repairs

Daily Courier

Jane Smith
3 Min Read

The harbour bridge reopened on Monday after three weeks of repairs, the city council said.

Workers replaced 40 metres of railing damaged when the storm hit the coast.

Cars queue on the reopened bridge. /John Doe/Reuters
Cars queue on the reopened bridge. /John Doe/Reuters

"We are glad to have it back," said Mayor Ann Lee.

Mayor Promises Budget Review After Flood Season Ends
Local Team Wins Regional Cup In Dramatic Final
New Library Opens Its Doors To Readers Downtown

Discover more from Daily Courier
Subscribe to get the latest posts sent to your email.
"""


def test_clean_keeps_article_and_lifts_metadata():
    result = clean(text_blocks(ARTICLE))
    assert result.title == "Harbour bridge reopens after storm repairs"
    assert result.byline == "Jane Smith"
    assert result.read_time == "3 Min Read"
    assert result.captions == ["Cars queue on the reopened bridge."]
    assert "John Doe/Reuters" in result.credits
    assert result.paragraphs == [
        "The harbour bridge reopened on Monday after three weeks of repairs, the city council said.",
        "Workers replaced 40 metres of railing damaged when the storm hit the coast.",
        '"We are glad to have it back," said Mayor Ann Lee.',
    ]
    kinds = {d.kind for d in result.dropped}
    assert {"consent", "headline-run", "subscription", "caption"} <= kinds


def test_hard_wrapped_lines_are_joined():
    text = ("The agency said it would announce new rules on the sale of\n"
            "flavoured products next week, according to two officials who\n"
            "asked not to be named.\n\nA second paragraph follows here.\n")
    assert clean(text_blocks(text)).paragraphs == [
        "The agency said it would announce new rules on the sale of flavoured products next week, according to two officials who asked not to be named.",
        "A second paragraph follows here.",
    ]


def test_decode_handles_bom_crlf_and_cp1252():
    assert decode("\ufeffCaf\u00e9 line\r\nnext".encode("utf-8")) == "Caf\u00e9 line\nnext"
    assert "d\u00e9j\u00e0 vu \u2014 caf\u00e9" in decode("Le d\u00e9j\u00e0 vu \u2014 caf\u00e9 du coin est ouvert tous les jours de la semaine.".encode("cp1252"))


@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b"  \n\t ", "empty"), (b"\x00\x01\x02binary\x00" * 20, "binary")])
def test_unusable_bytes_are_rejected_with_reason(data, reason):
    with pytest.raises(ArticleError, match=reason):
        decode(data)


def test_read_corpus_warns_and_skips(tmp_path: Path):
    (tmp_path / "good.txt").write_text("A short article about a bridge that reopened on Monday after repairs.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert [s.file for s in corpus.sources] == ["good.txt"]
    assert [(w.file, w.message) for w in corpus.warnings] == [("empty.txt", "is empty")]


def test_markdown_front_matter_and_overrides(tmp_path: Path):
    (tmp_path / "a.md").write_text("---\ntitle: Bridge reopens\noutlet: Courier\nauthor: Jane Smith\n---\n# Ignored heading\n\nThe bridge *reopened* on Monday.\n", encoding="utf-8")
    (tmp_path / "sources.yml").write_text("a.md:\n  url: https://example.org/bridge\n  outlet: The Daily Courier\n", encoding="utf-8")
    [source] = read_corpus(tmp_path).sources
    assert (source.title, source.outlet, source.byline, source.url) == ("Bridge reopens", "The Daily Courier", "Jane Smith", "https://example.org/bridge")
    assert source.paragraphs == ("The bridge reopened on Monday.",)


def test_html_goes_through_trafilatura(tmp_path: Path):
    body = "".join(f"<p>Paragraph {i} of the story says that the harbour bridge reopened after long repairs on Monday morning.</p>" for i in range(5))
    (tmp_path / "page.html").write_text(
        f"<html><head><title>Bridge reopens | Courier</title><meta property='og:site_name' content='Courier'></head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>Bridge reopens</h1>{body}</article><footer>Cookie policy</footer></body></html>",
        encoding="utf-8",
    )
    source = read_file(tmp_path / "page.html")
    assert source.outlet == "Courier"
    assert any("Paragraph 3" in p for p in source.paragraphs)
    assert not any("Cookie" in p or p == "Home" for p in source.paragraphs)


@pytest.mark.parametrize("text", ["../../etc/passwd", "CON", "Über café: ß", "a/b\\c", "index"])
def test_slugs_are_safe(text):
    slug = slugify(text)
    assert slug and "/" not in slug and "\\" not in slug and ".." not in slug
    assert slug not in {"con", "index"}
    assert slug == slug.lower() and slug.isascii()


def test_duplicate_articles_counted_once(tmp_path: Path):
    text = "The harbour bridge reopened on Monday after three weeks of repairs, the city council said.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert len(corpus.sources) == 1
    assert "duplicates a.txt" in corpus.warnings[0].message


def test_same_titles_get_distinct_ids(tmp_path: Path):
    for name, body in (("a.txt", "first story body text about the bridge."), ("b.txt", "second, quite different story about a ferry.")):
        (tmp_path / name).write_text(f"Bridge news today\n\nThe {body} It has more words than a title would.\n", encoding="utf-8")
    ids = [s.id for s in read_corpus(tmp_path).sources]
    assert len(set(ids)) == 2


line = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=80)


@settings(max_examples=200, deadline=None)
@given(st.lists(line, max_size=30))
def test_cleaning_never_invents_text(lines):
    """Every kept paragraph is made of input lines, in input order (whitespace aside)."""
    text = "\n".join(lines)
    blocks = text_blocks(text)
    result = clean(blocks)
    words_in = " ".join(text.split())
    position = 0
    for paragraph in result.paragraphs:
        norm = " ".join(paragraph.split())
        found = words_in.find(norm, position) if norm else position
        if found == -1:  # joined hard-wrapped lines: compare without spaces
            assert norm.replace(" ", "") in words_in.replace(" ", "")
        else:
            position = found
