"""Render: escaping of untrusted text, and the generated pages' structure."""
from __future__ import annotations

import json
import re

import markdown
from hypothesis import given, settings, strategies as st

from generator.render import MdSafe, md_escape, render

EXTENSIONS = ["abbr", "attr_list", "footnotes", "md_in_html", "tables"]


def to_html(md: str) -> str:
    return markdown.markdown(md, extensions=EXTENSIONS)


def test_html_is_escaped():
    html = to_html(md_escape('<script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3))'))
    assert "<script" not in html and "<img" not in html and 'href="javascript' not in html
    assert "&lt;script&gt;" in html


def test_markdown_syntax_is_literal():
    for text, visible in [
        ("# Not a heading", "# Not a heading"),
        ("[^1]: not a footnote", "[^1]: not a footnote"),
        ("*[HTML]: not an abbreviation", "*[HTML]: not an abbreviation"),
        ("- not a list", "- not a list"),
        ("1. not a list", "1. not a list"),
        ("**not bold** _not em_", "**not bold** _not em_"),
        ("| a | b |", "| a | b |"),
        ("{: #id .cls }", "{: #id .cls }"),
        ("--8<-- \"/etc/passwd\"", "--8&lt;-- \"/etc/passwd\"".replace("&lt;", "<")),
    ]:
        html = to_html(md_escape(text))
        assert "<h1" not in html and "<li" not in html and "<strong" not in html and "<table" not in html and 'class="footnote' not in html
        from html import unescape
        import re
        assert unescape(re.sub(r"<[^>]+>", "", html)).strip() == visible


def test_bracket_text_as_a_link_label_at_a_paragraph_start_stays_a_link():
    """Regression (found by Hypothesis): a name "]:0" linked at the start of a paragraph gave "[\\]:0](...)",
    which Python-Markdown's reference-definition pattern (blind to backslashes) swallowed as a definition."""
    html = to_html(f"[{md_escape(']:0')}](../entities/e1.md \"role\")\n\nNext.")
    assert '<a href="../entities/e1.md"' in html and "]:0</a>" in html.replace("&#93;", "]")
    assert to_html(md_escape("[x]: http://example.org")).startswith("<p>")


def test_a_heading_keeps_a_trailing_hash():
    """Regression (found by Hypothesis): "### name #" loses its closing "#" as Markdown heading syntax."""
    from html import unescape

    assert unescape(to_html("### " + md_escape("[^1]{#"))) == "<h3>[^1]{#</h3>"


def test_invisible_controls_dropped():
    assert "\u202e" not in md_escape("abc\u202edef\u200b")


def test_safe_strings_pass_through():
    assert md_escape(MdSafe("[a](b.md)")) == "[a](b.md)"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_renders_as_its_own_text(text):
    """Whatever the text, it comes out as one paragraph of the same visible words and no markup."""
    import re
    from html import unescape

    html = to_html("Before. " + md_escape(text) + " After.")
    tags = set(re.findall(r"<(\w+)", html))
    assert tags <= {"p"}, tags
    visible = unescape(re.sub(r"<[^>]+>", "", html))
    expected = " ".join(("Before. " + text + " After.").split())
    import unicodedata
    def strip(s: str) -> str:
        return "".join(ch for ch in unicodedata.normalize("NFC", s) if ch.isprintable() and not ch.isspace() and unicodedata.category(ch) != "Cf")
    assert strip(visible) == strip(expected)


def test_render_writes_every_page(seeds_run):
    from conftest import ROOT

    corpus, analysed, brief = seeds_run
    files = render(brief, ROOT / "templates")
    assert {"index.md", "glossary.md", "sources/index.md", "data.md", "includes/abbreviations.md", "data/brief.json"} <= set(files)
    assert {f"sources/{s.id}.md" for s in brief.sources} <= set(files)
    assert {f"entities/{e.id}.md" for e in brief.entities} <= set(files)
    data = json.loads(files["data/brief.json"])
    assert [s["file"] for s in data["sources"]] == sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))


def test_json_matches_schema(seeds_run):
    import jsonschema
    from conftest import ROOT

    schema = json.loads((ROOT / "generator" / "data" / "brief.schema.json").read_text())
    data = json.loads(render(seeds_run[2], ROOT / "templates")["data/brief.json"])
    jsonschema.validate(data, schema)
    ids = {s["id"] for s in data["sources"]}
    entity_ids = {e["id"] for e in data["entities"]}
    assert all(set(b["sources"]) <= ids and b["sources"] for b in data["brief"])
    assert all(q["speaker"] is None or q["speaker"] in entity_ids for q in data["quotes"])


def test_entity_pages_show_each_sentence_and_the_brief_links_entities(seeds_run):
    import re
    from html import unescape

    from conftest import ROOT

    corpus, analysed, brief = seeds_run
    files = render(brief, ROOT / "templates")
    def visible(md: str) -> str:
        return " ".join(unescape(re.sub(r"<[^>]+>", "", to_html(md))).split())
    sentences = {(a.source.id, s.index): " ".join(s.text.split()) for a in analysed for s in a.sentences}
    for e in brief.entities:
        page = files[f"entities/{e.id}.md"]
        text = visible(page)
        for ref in e.mentions:  # every sentence naming it, whole, linked to its paragraph
            assert sentences[ref.source, ref.sentence] in text, (e.id, sentences[ref.source, ref.sentence])
            assert f"../sources/{ref.source}.md#p{ref.paragraph + 1}" in page
    html = to_html(files["index.md"])
    assert html.count('class="footnote-ref"') == sum(len(s.evidence) for s in brief.sentences)
    linked = re.findall(r'<a href="entities/([^"]+)\.md"', html)
    assert linked and set(linked) <= {e.id for e in brief.entities}


def test_entity_pages_quote_a_bounded_number_of_sources_and_link_the_rest(seeds_run, monkeypatch):
    """A name in thousands of articles must not make a page of megabytes: past MAX_CONTEXT_SOURCES sources, one
    link per source (lowered to 2 here, so that an entity of the four seeds shows it)."""
    import generator.render as render_module
    from pathlib import Path

    brief = seeds_run[2]
    entity = max(brief.entities, key=lambda e: len(e.sources))
    assert len(entity.sources) >= 4
    monkeypatch.setattr(render_module, "MAX_CONTEXT_SOURCES", 2)
    page = render(brief, Path(__file__).resolve().parent.parent / "templates")[f"entities/{entity.id}.md"]
    assert page.count("\n### ") == 3  # two sources quoted in full, then the heading of the rest
    assert f"### Also named in {len(entity.sources) - 2} more sources" in page
    for source in entity.sources[2:]:
        assert f"(../sources/{source}.md#p" in page.split("### Also named in")[1]


def test_a_source_page_lists_its_entities_as_a_paragraph_before_the_credits(seeds_run):
    """The list of names is followed by the credits' rule: without a blank line between them Markdown reads the
    list as a heading underlined by '---' (one such page showed every name as an h2 in the table of contents)."""
    from conftest import ROOT

    corpus, analysed, brief = seeds_run
    files = render(brief, ROOT / "templates")
    with_credits = [s for s in brief.sources if s.credits]
    assert with_credits
    for s in with_credits:
        html = to_html(files[f"sources/{s.id}.md"])
        headings = re.findall(r"<h2[^>]*>(.*?)</h2>", html, re.S)
        assert headings == ["Named in this article"], (s.id, [h[:80] for h in headings])
        assert "<hr" in html and "Credits:" in html


def test_a_source_s_standfirst_is_set_apart_on_its_page(seeds_run):
    from dataclasses import replace

    from conftest import ROOT

    corpus, analysed, brief = seeds_run
    marked = replace(brief, sources=(replace(brief.sources[0], standfirst=1), *brief.sources[1:]))
    files = render(marked, ROOT / "templates")
    first, second = (to_html(files[f"sources/{s.id}.md"]) for s in marked.sources[:2])
    assert re.search(r'<p[^>]*class="newsbrief-standfirst"[^>]*id="p1"|<p[^>]*id="p1"[^>]*class="newsbrief-standfirst"', first)
    assert first.count("newsbrief-standfirst") == 1 and "newsbrief-standfirst" not in second
    assert json.loads(files["data/brief.json"])["sources"][0]["standfirst"] == 1


def test_a_caption_inside_its_html_figure_shows_as_written():
    """A <figcaption> is raw HTML, which Markdown leaves alone: its text is escaped for HTML, not for Markdown
    (a caption showed "\\*" for "*"), and still cannot open a tag."""
    from generator.render import html_text

    caption = 'Workers *celebrate* at the [bridge] <b>x</b> & "Photo: A_B"'
    html = markdown.markdown(f'<figure>\n<figcaption>{html_text(caption)}</figcaption>\n</figure>')
    [shown] = re.findall(r"<figcaption>(.*?)</figcaption>", html)
    assert shown == 'Workers *celebrate* at the [bridge] &lt;b&gt;x&lt;/b&gt; &amp; &quot;Photo: A_B&quot;'


def test_a_glossary_description_is_shown_as_a_sentence_of_its_own():
    from generator.render import sentence_case

    assert sentence_case("where the plane crashed") == "Where the plane crashed"
    assert sentence_case("U.S. President") == "U.S. President"
    assert sentence_case("") == ""
