"""Ingest: decoding, cleaning by kind, metadata, ids."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from generator.ingest import ArticleError, clean, decode, read_corpus, read_file, slugify, text_blocks
from generator.ingest.readers import BULLET

ARTICLE = """Our Privacy Statement & Cookie Policy

By continuing to browse our site you agree to our use of cookies and our Privacy Policy.

I agree

Harbour bridge reopens after storm repairs

Daily Courier

Jane Smith
3 Min Read

The harbour bridge reopened on Monday after three weeks of repairs, the city council said.

Workers replaced 40 metres of railing damaged when the storm hit the coast.

Cars queue on the reopened bridge. /John Doe/Nordpress
Cars queue on the reopened bridge. /John Doe/Nordpress

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
    assert "John Doe/Nordpress" in result.credits
    assert result.paragraphs == [
        "The harbour bridge reopened on Monday after three weeks of repairs, the city council said.",
        "Workers replaced 40 metres of railing damaged when the storm hit the coast.",
        '"We are glad to have it back," said Mayor Ann Lee.',
    ]
    kinds = {d.kind for d in result.dropped}
    assert {"consent", "headline-run", "subscription", "caption"} <= kinds


def test_hard_wrapped_lines_are_joined():
    text = ("The ferry company will print a new timetable for the\n"
            "winter months before the first snow, two deckhands told\n"
            "the local paper.\n\nA second paragraph follows here.\n")
    assert clean(text_blocks(text)).paragraphs == [
        "The ferry company will print a new timetable for the winter months before the first snow, two deckhands told the local paper.",
        "A second paragraph follows here.",
    ]


def test_a_menu_of_items_apart_by_runs_of_spaces_is_a_row_of_its_own():
    """A site's menu line is never wrapped into the line under it ("... Opinion" + "Subscribe from 1 euro ...")."""
    text = ("NORDPOST | English edition\n"
            "Home  Lindby  Holmia  Vesterland  Harbour  Farming  Tides  Sport  Letters  Notices\n"
            "Subscribe from 1 euro for the first month\n\n"
            "The ferry company will print a new timetable for the winter months before the\n"
            "first snow falls on the harbour, two deckhands told the local paper on Monday\n"
            "evening, and the mayor of Lindby said the council would pay for the printing.\n")
    assert [b.text for b in text_blocks(text)][1:3] == [
        "Home  Lindby  Holmia  Vesterland  Harbour  Farming  Tides  Sport  Letters  Notices",
        "Subscribe from 1 euro for the first month",
    ]


def test_decode_handles_bom_crlf_and_cp1252():
    assert decode("\ufeffCaf\u00e9 line\r\nnext".encode("utf-8")) == "Caf\u00e9 line\nnext"
    assert "d\u00e9j\u00e0 vu \u2014 caf\u00e9" in decode("Le d\u00e9j\u00e0 vu \u2014 caf\u00e9 du coin est ouvert tous les jours de la semaine.".encode("cp1252"))


@pytest.mark.parametrize("encoding, text", [
    ("cp1252", "Les délégations se réuniront à Genève mardi — selon l’agence, les négociations dureront deux jours."),
    ("latin-1", "Zürich: Die Gespräche über den Frieden beginnen am Dienstag in Genf, sagte ein Sprecher."),
    ("cp1251", "Представители двух стран встретятся во вторник для нового раунда переговоров."),
    ("iso-8859-7", "Οι αντιπροσωπείες των δύο χωρών θα συναντηθούν την Τρίτη για νέο γύρο συνομιλιών."),
    ("gbk", "两国代表将于周二举行新一轮谈判，领土问题预计将成为讨论的焦点。"),
    ("shift_jis", "両国の代表は火曜日に新たな交渉を行う予定です。"),
    ("utf-16", "Café talks resume on Tuesday in Genève, officials said."),
])
def test_legacy_encodings_are_detected(encoding, text):
    assert decode(text.encode(encoding)) == text


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


STANDFIRST_BODY = ("Lindby's harbour bridge reopened to traffic on Monday after eight months of repairs, the city "
                   "council said.\n\nThe council said the repairs cost 4 million euros, more than planned.\n")


@pytest.mark.parametrize("name, text, standfirst", [
    # a sentence or two between the headline and the byline: the standfirst
    ("a.txt", "Bridge reopens after eight months\n\nThe council kept its promise. What it did not keep was the "
     "budget\n\nBy Anna Berg\n\n" + STANDFIRST_BODY, "The council kept its promise. What it did not keep was the budget"),
    # the page marks it by its class
    ("b.html", "<html><head><title>Bridge reopens | Courier</title></head><body><article><h1>Bridge reopens</h1>"
     "<p class='dek'>The council kept its promise. What it did not keep was the budget.</p>"
     + "".join(f"<p>{p}</p>" for p in STANDFIRST_BODY.split("\n\n") if p.strip()) + "</article></body></html>",
     "The council kept its promise. What it did not keep was the budget."),
    # no standfirst: the report starts under the byline
    ("c.txt", "Bridge reopens after eight months\n\nBy Anna Berg\n\n" + STANDFIRST_BODY, None),
])
def test_the_standfirst_under_the_headline_is_marked_and_kept(tmp_path: Path, name, text, standfirst):
    (tmp_path / name).write_text(text, encoding="utf-8")
    source = read_file(tmp_path / name)
    assert source.standfirst == (standfirst is not None)
    assert source.paragraphs[0] == (standfirst or source.paragraphs[0]) and "reopened" in source.paragraphs[source.standfirst]


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


WRAPPED_WITH_WIDGETS = """The council voted on Tuesday to close the old ferry terminal by the end
of next year, a decision that ends more than a century of crossings from
the harbour.

show chapters

Ferry users worry about longer trips to work, commuter group says

Ferry users worry about longer trips to work, commuter group says    9:15 AM ET Tue, 4 Mar 2025 |
02:31

Commuters who rely on the service said they were not consulted. One
regular passenger said the bus replacement would add
an hour to her journey each day.

Mayor tweet

Image
Passengers wait for the last evening crossing at the terminal on
Monday.CreditHarbour Photo Agency

The terminal will be turned into a market hall, the council said.
"""


def test_widgets_media_labels_and_uneven_wraps():
    result = clean(text_blocks(WRAPPED_WITH_WIDGETS))
    assert result.paragraphs == [
        "The council voted on Tuesday to close the old ferry terminal by the end of next year, a decision that ends more than a century of crossings from the harbour.",
        "Commuters who rely on the service said they were not consulted. One regular passenger said the bus replacement would add an hour to her journey each day.",
        "The terminal will be turned into a market hall, the council said.",
    ]
    assert result.captions == ["Passengers wait for the last evening crossing at the terminal on Monday."]
    assert result.credits == ["Harbour Photo Agency"]
    assert {"widget", "media", "caption"} <= {d.kind for d in result.dropped}


def test_tail_fragments_datelines_copyright_and_contributors():
    text = ("Jane Roe | Springfield | 08/01/2024\n\n"
            "The old mill reopened as a museum on Saturday after a two-year restoration.\n\n"
            "Volunteers rebuilt the water wheel by hand, the museum's director said.\n\n"
            "Local reporters Ann Lee and Tom Falk contributed to this report.\n\n"
            "© 2024 Springfield Gazette. All rights reserved.\n\n"
            "Related Stories\n\nnewsdesk@example.org\n\n(END)\n")
    result = clean(text_blocks(text))
    assert result.paragraphs == [
        "The old mill reopened as a museum on Saturday after a two-year restoration.",
        "Volunteers rebuilt the water wheel by hand, the museum's director said.",
    ]
    assert (result.date, result.byline) == ("08/01/2024", "Jane Roe")
    assert result.credits == ["Local reporters Ann Lee and Tom Falk contributed to this report."]
    kinds = [d.kind for d in result.dropped]
    assert kinds == ["dateline", "credit", "copyright", "widget", "link", "trailing-fragment"]


def test_photo_captions_before_the_article_are_captions():
    text = ("A volunteer repairs the water wheel in this undated photo released by the museum.\n\n"
            "The old mill reopened as a museum on Saturday after a two-year restoration, its director said.\n\n"
            "Entry is free for the first month.\n")
    result = clean(text_blocks(text))
    assert result.captions == ["A volunteer repairs the water wheel in this undated photo released by the museum."]
    assert result.paragraphs[0].startswith("The old mill reopened")


def test_article_sentences_about_privacy_are_kept():
    text = ("The company changed its privacy policy on Monday after regulators objected to its use of cookies.\n\n"
            "Critics said the change came too late.\n")
    assert clean(text_blocks(text)).paragraphs == [
        "The company changed its privacy policy on Monday after regulators objected to its use of cookies.",
        "Critics said the change came too late.",
    ]


def test_html_headline_site_name_and_br_wraps(tmp_path: Path):
    wrapped = "<br>".join([
        "The harbour bridge reopened on Monday after three weeks of repairs,",
        "the city council said, and traffic returned to normal by the evening",
        "rush hour, when queues were shorter than before the closure.",
    ])
    body = "".join(f"<p>Paragraph {i} of the story says that the harbour bridge reopened after long repairs on Monday morning.</p>" for i in range(4))
    (tmp_path / "page.html").write_text(
        "<html><head><title>Bridge reopens after repairs | Courier</title><meta property='og:site_name' content='Courier'></head>"
        f"<body><article><h1>Bridge reopens after repairs</h1><p>{wrapped}</p>{body}<p>Related Stories</p></article></body></html>",
        encoding="utf-8",
    )
    source = read_file(tmp_path / "page.html")
    assert (source.title, source.outlet) == ("Bridge reopens after repairs", "Courier")
    assert source.paragraphs[0] == " ".join(wrapped.split("<br>"))
    assert source.paragraphs[-1].startswith("Paragraph 3") and len(source.paragraphs) == 5


SAMPLE_LINES = [
    "", "", "Our Privacy Statement & Cookie Policy", "I agree", "Discover more from The Courier", "Share This Article",
    "TAGGED:", "4 Min Read", "By Jane Smith", "Jane Smith", "VHTV", "Image", "show chapters", "02:31", "Search Trends",
    "Source(s): Nordpress ,VNW", "Cars queue on the reopened bridge. /John Doe/Nordpress", "Mayor Promises Budget Review After Flood Season Ends",
    "Local Team Wins Regional Cup In Dramatic Final", "The harbour bridge reopened on Monday after three weeks of repairs,",
    "the city council said.", "Workers replaced 40 metres of railing damaged when the storm hit the", "coast.", ".", "e-",
    "scooters were sold.", "© 2024 The Courier", "(END)", "Published 3 May 2024", "* Storm closes the Holm bridge",
    "* The ferry will sail on Sunday, the operator said.", "• What is a storm surge?",
]
line = st.one_of(
    st.sampled_from(SAMPLE_LINES),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=80),
)


def _squeeze(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=300, deadline=None)
@given(st.lists(line, max_size=40))
def test_cleaning_output_is_a_subsequence_of_the_input_lines(lines):
    """Every kept paragraph is a run of consecutive input lines, joined (whitespace aside and a list item's
    bullet dropped, nothing invented or rewritten), and the paragraphs follow the input's order without using a
    line twice."""
    text = "\n".join(lines)
    result = clean(text_blocks(text))
    assert len(result.paragraphs) == len(result.paragraph_lines)
    used = [n for group in result.paragraph_lines for n in group]
    assert used == sorted(set(used))
    for paragraph, group in zip(result.paragraphs, result.paragraph_lines):
        assert list(group) == list(range(group[0], group[-1] + 1))
        assert _squeeze(paragraph) == _squeeze(BULLET.sub("", lines[group[0]].strip(), 1)) + "".join(_squeeze(lines[n]) for n in group[1:])


def test_a_bulleted_line_is_a_list_item_of_its_own():
    text = ("The ferry sailed again on Monday after a month in dock, the harbour\n"
            "master said on the quay at noon.\n* Storm closes the Holm bridge\n* What is a storm surge?\n")
    assert [(b.text, b.item) for b in text_blocks(text)] == [
        ("The ferry sailed again on Monday after a month in dock, the harbour master said on the quay at noon.", False),
        ("Storm closes the Holm bridge", True), ("What is a storm surge?", True),
    ]


def test_bulleted_headlines_between_paragraphs_are_links_and_bulleted_facts_stay():
    text = ("The ferry sailed again on Monday after a month in dock, the harbour master said.\n"
            "* Storm closes the Holm bridge\n* What is a storm surge?\n\n"
            "Key points\n\n* 500 workers repaired the hull\n* The harbour was closed for five hours\n\n"
            "Repairs cost more than planned, the operator said, and the timetable is unchanged.\n\n"
            "The repairs included:\n\n* a new hull plate\n* two engines\n\n"
            "* The ferry will sail twice a day from Sunday, the operator said.\n")
    cleaned = clean(text_blocks(text))
    assert {d.text: d.kind for d in cleaned.dropped} == {"Storm closes the Holm bridge": "widget", "What is a storm surge?": "widget"}
    assert {"a new hull plate", "500 workers repaired the hull"} <= set(cleaned.paragraphs)
    assert cleaned.paragraphs[-1].startswith("The ferry will sail twice")


def test_a_wrapped_list_of_names_is_one_block_not_a_list_of_headlines():
    text = ("The festival ended on Sunday with a concert for the flood victims, the organisers said on Monday.\n\n"
            "Anna Berg, Erik Holm, Nils Lind, Karin Dahl, Per Nordvik and\n"
            "Lena Vester, Otto Brandt, Eva Lund, Jonas Stal, Maja Holm and\n"
            "Sven Dahl on stage in Lindmark, Vesterland, on Sunday. (Photo by Ola Berg/Nordpress)\n")
    blocks = text_blocks(text)
    assert len(blocks) == 2 and blocks[1].text.startswith("Anna Berg") and blocks[1].text.endswith("Nordpress)")
    assert clean(blocks).paragraphs == [blocks[0].text]


def test_a_photo_agency_caption_printed_after_a_paragraph_is_a_caption():
    text = ("The singer returned to the stage in May after a long break, and fans travelled from across the country\n"
            "to see her perform the songs of her first album at the harbour festival in Lindmark.\n"
            "April 8, 2017 - Holm, Vesterland - Singer ANNA BERG performs during the harbour festival in\n"
            "Holm, Vesterland (Credit Image: © Erik Lind/Nordpress Wire)\n\n"
            "HOLM, VESTERLAND - MAY 31: Anna Berg on stage at the harbour festival. (Photo by Ola Berg/Nordpress)\n")
    cleaned = clean(text_blocks(text))
    assert cleaned.paragraphs == [
        "The singer returned to the stage in May after a long break, and fans travelled from across the country "
        "to see her perform the songs of her first album at the harbour festival in Lindmark."]
    assert {d.kind for d in cleaned.dropped} == {"caption"}


def test_lists_the_article_introduces_stay_and_related_lists_go(tmp_path: Path):
    (tmp_path / "a.md").write_text(
        "# Bridge reopens\n\nThe bridge reopened on Monday after three weeks of repairs, the council said.\n\n"
        "The changes include:\n\n- wider footpaths\n- a new cycle lane\n\nAdvertisement\n\nRelated stories\n\n"
        "- Council approves new ferry timetable\n- Harbour festival returns after a break\n",
        encoding="utf-8",
    )
    source = read_file(tmp_path / "a.md")
    assert source.title == "Bridge reopens"
    assert source.paragraphs == (
        "The bridge reopened on Monday after three weeks of repairs, the council said.",
        "The changes include:", "wider footpaths", "a new cycle lane",
    )
    assert [d.kind for d in source.dropped] == ["title", "widget", "widget", "widget", "widget"]


def test_long_consent_banner_is_dropped():
    banner = ("We and our partners use cookies and similar technologies to store and access information on your device, "
              "to measure how you use our site and to show you personalised content and advertising. You can accept all "
              "cookies, reject them, or choose which ones we may use in your settings; see our Privacy Policy for details.")
    text = f"{banner}\n\nAccept all\n\nThe harbour bridge reopened on Monday after three weeks of repairs, the council said.\n"
    result = clean(text_blocks(text))
    assert result.paragraphs == ["The harbour bridge reopened on Monday after three weeks of repairs, the council said."]
    assert [d.kind for d in result.dropped] == ["consent", "consent"]


def test_a_page_s_date_line_under_the_headline_is_no_wrapped_part_of_it():
    text = ("Ferry runs aground off Nordvik, all forty passengers taken ashore\n"
            "March 3, 2026 / 6:12 AM / Updated 2 hours ago\n"
            "By Karin Dahl | 4 Min Read\n\n"
            "NORDVIK, Vesterland (Nordwire) - A ferry carrying forty passengers ran aground off Nordvik on Monday, the\n"
            "coastguard said, and lifeboats took all of them ashore before the tide turned in the evening.\n\n"
            "[Photo: Lifeboats beside the ferry Holm Star off Nordvik, March 2, 2026.]\n\n"
            "None of the passengers was hurt, a coastguard spokesman said on Tuesday.\n")
    result = clean(text_blocks(text))
    assert result.title == "Ferry runs aground off Nordvik, all forty passengers taken ashore"
    assert result.date == "March 3, 2026 / 6:12 AM"
    assert [p[:12] for p in result.paragraphs] == ["NORDVIK, Ves", "None of the "]


def test_sentence_broken_across_lines_is_joined_without_a_wrap_width():
    text = "Bridge reopens\n\nCommuters said the\r\nwalk to work was shorter again.\n\nThe council agreed."
    assert clean(text_blocks(decode(text.encode("utf-8")))).paragraphs == [
        "Commuters said the walk to work was shorter again.", "The council agreed.",
    ]


def test_html_date_comes_from_markup_never_from_a_copyright_line(tmp_path: Path):
    body = ("<article><h1>Bridge open again</h1><p>The Lindmark bridge is open again after fourteen months of repairs, "
            "the city council said on Monday.</p><p>Mayor Tomas Brandt said the reopening was the most important day "
            "for the city this year.</p></article><footer><p>© 2026 The River Times</p></footer>")
    undated = tmp_path / "undated.html"
    undated.write_text(f"<html><head><title>Bridge open again</title></head><body>{body}</body></html>", encoding="utf-8")
    assert read_file(undated).date is None
    dated = tmp_path / "dated.html"
    dated.write_text('<html><head><title>Bridge open again</title><meta property="article:published_time" '
                     f'content="2025-03-02T08:00:00Z"></head><body>{body}</body></html>', encoding="utf-8")
    assert read_file(dated).date == "2025-03-02"


@pytest.mark.parametrize("caption", [
    "Image copyright Nordpress Image caption A fisherman mending nets on the old pier became a symbol of the town",
    'Media caption Erik Holm: "We will rebuild the pier before the summer"',
    "Neighbours left flowers at the harbour gate on Sunday morning. Photo Credit: Jane Holm/Nordpress",
    "A rowing crew trains on the lake near Holmsund, Nordmark (Credit Image: © Marco Lindqvist/Nordpress Wire)",
    "Pupils of the Lindby music school on the stage of the Vesterby Theatre on August 21 (Photo by Tomas Brandt/Vester Images)",
    "Harbour staff close the gate of the Lindmark ferry terminal, on February 11, 2019.(Photo: PER HOLM, VNW/Vester Images)",
    "Karin Dahl, who runs the Lindby rowing club, beside the boathouse on Sunday. (Gazette photo: Erik Holm)",
])
def test_captions_with_picture_labels_or_credits_are_no_article_text(caption):
    text = ("The bridge reopened on Monday after three weeks of repairs, the council said.\n\n"
            f"{caption}\n\nWorkers replaced 40 metres of railing damaged when the storm hit the coast.\n")
    result = clean(text_blocks(text))
    assert not any(caption[:30] in p for p in result.paragraphs)
    assert len(result.paragraphs) == 2


def test_a_caption_printed_twice_with_small_differences_is_a_caption_both_times():
    text = ("Anna Lindqvist and Erik Holm outside the town hall in Holmsund,\nVesterland on 19 October.\n\n"
            "Anna Lindqvist and Erik Holm outside the town hall in Holmsund,\nVesterland, on 19 October. Photograph: Ola Berg/VNW/Vester\nImages\n\n"
            "At the last town meeting of the year, Erik Holm repeated his call for a new bridge on Monday night.\n\n"
            "He spoke for more than an hour to a crowd of several thousand supporters.\n")
    result = clean(text_blocks(text))
    assert not any("Holmsund" in p for p in result.paragraphs)
    assert result.title is None or "Holmsund" not in result.title


def test_wire_typewriter_marks_read_as_quotation_marks_and_dashes():
    from generator.ingest import wire_typography

    assert wire_typography(["``We will go,'' he said _ and left."]) == ["\u201cWe will go,\u201d he said \u2014 and left."]
    # without backquotes in the article, two apostrophes stay (inches); an underscore inside a word stays
    assert wire_typography(["A 12'' pipe burst in file_name.txt"]) == ["A 12'' pipe burst in file_name.txt"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab '\u2018\u2019,.!? -")), max_size=60))
def test_single_quoted_spans_are_ordered_and_inside_the_text(text):
    from generator.consolidate.text import single_quoted_spans

    spans = single_quoted_spans(text)
    assert all(0 < a < b <= len(text) for a, b in spans)
    assert all(b1 < a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab '\u2018\u2019\"\u201c\u201d,.!? -")), max_size=80))
def test_a_quotation_in_single_marks_needs_an_opening_and_a_closing_mark(text):
    from generator.ingest.shapes import quotes_in_single_marks

    found = quotes_in_single_marks(text)
    assert not found or any(ch in text for ch in "'\u2018") and any(ch in text for ch in "'\u2019")
    assert not quotes_in_single_marks(text.replace("'", "").replace("\u2018", "").replace("\u2019", ""))


def test_sources_and_entities_share_one_slug():
    """One slug for every page id (generator/text.py): an entity's id is as safe and as short as a source's."""
    from generator.consolidate.text import slug as entity_slug

    long_name = "Committee to Review the Danger of Floods to the Coast of the Northern Province of Vesterland"
    assert len(entity_slug(long_name)) <= 60 and entity_slug(long_name) == slugify(long_name)
    assert entity_slug("Index") == "index-entity" and slugify("Index") == "index-article"
    assert entity_slug("Straße") == slugify("Straße") == "strasse"


def test_a_numbered_list_of_headlines_under_a_label_is_dropped_and_the_headline_it_repeats_stays_the_title():
    # "1. ..." starts a list item as "* " does; a most-read list may repeat the article's own headline, which is
    # no caption printed twice; "Click here to subscribe ..." is a widget however long
    text = ("THE NORDPOST\nHome > News\n\nFerry runs aground off Nordvik, forty passengers taken ashore\n\n"
            "By Karin Dahl\n\nA ferry carrying forty passengers ran aground off Nordvik on Monday, the coastguard said.\n\n"
            "All passengers were taken ashore by lifeboat, and none was hurt, a coastguard spokesman said.\n\n"
            "Click here to become a Nordpost reader and get every local story, every day, for two euros a week.\n\n"
            "Most read\n1. Harbour festival moves to August\n2. New library opens in Lindmark\n"
            "3. Ferry runs aground off Nordvik, forty passengers taken ashore\n4. Nordvik choir wins a national prize\n")
    result = clean(text_blocks(text))
    assert result.title == "Ferry runs aground off Nordvik, forty passengers taken ashore"
    assert [p[:12] for p in result.paragraphs] == ["A ferry carr", "All passenge"]


def test_a_press_release_s_end_mark_and_the_notes_to_editors_after_it_are_no_article_text():
    text = ("Harbour bridge to reopen in May\n\nThe Vesterby harbour bridge will reopen to traffic on 3 May, the "
            "council said on Monday, after eight months of repairs.\n\nThe repairs cost 4 million euros, 1 million more "
            "than planned, Karin Dahl, the council's engineer, said.\n\nENDS\n\nNotes to editors\n- Paper: Dahl K, Holm E, "
            "et al. \"Load tests of the Vesterby bridge.\" Nordic Bridge Review, 2025.\n- Media enquiries: Vesterby "
            "Council Press Office.")
    result = clean(text_blocks(text))
    assert [p[:12] for p in result.paragraphs] == ["The Vesterby", "The repairs "]
    # a sentence that happens to end a paragraph is no end mark
    assert clean(text_blocks("Bridge reopens\n\nThe bridge reopened on Monday.\n\nIt ends a long wait.")).paragraphs[-1] == "It ends a long wait."


def test_numbered_lines_are_list_items_of_their_own_with_their_numbers():
    from generator.ingest.readers import Block

    blocks = text_blocks("Most read\n1. Harbour festival moves to August\n2. New library opens in Lindmark\n"
                         "3. Nordvik choir wins a national prize")
    assert [(b.text, b.item) for b in blocks][1:] == [("1. Harbour festival moves to August", True),
                                                     ("2. New library opens in Lindmark", True),
                                                     ("3. Nordvik choir wins a national prize", True)]
    # a list item (an HTML page's most-read list) that repeats the headline does not make the headline a caption
    page = [Block("Ferry runs aground off Nordvik, forty passengers taken ashore", (0,)), Block("By Karin Dahl", (1,)),
            Block("A ferry carrying forty passengers ran aground off Nordvik on Monday, the coastguard said.", (2,)),
            Block("All passengers were taken ashore by lifeboat, and none was hurt, a coastguard spokesman said.", (3,)),
            Block("Most read", (4,)), Block("Harbour festival moves to August", (5,), item=True),
            Block("Ferry runs aground off Nordvik, forty passengers taken ashore", (6,), item=True),
            Block("Nordvik choir wins a national prize", (7,), item=True)]
    assert clean(page).title == "Ferry runs aground off Nordvik, forty passengers taken ashore"


def test_a_wire_page_s_head_and_tail_furniture_written_as_plain_text_is_no_article_text():
    # a menu spaced out with bars (its own line, never joined to the section label under it), the site's name
    # above its trail, a one-word section label, buttons written as bracketed labels, a dateline with a UTC
    # offset, and a "Read next" label without its colon above indented headlines
    text = ("Skip to main content\nNordpost\nWorld  |  Business  |  Markets  |  Sport  |  More\nEurope\n\n"
            "Ferry runs aground off Nordvik, forty passengers taken ashore\n\nBy Karin Dahl\n"
            "March 3, 2026 6:12 AM GMT+1 · Updated 40 minutes ago\n\n"
            "Share  [X] [Email] [Print] [Copy link]\n\n"
            "NORDVIK, Vesterland, March 3 (Nordwire) - A ferry carrying forty passengers ran aground off Nordvik on "
            "Monday, the coastguard said.\n\nAll passengers were taken ashore by lifeboat, and none was hurt, a "
            "coastguard spokesman said on Tuesday.\n\n[Save] [Print] [Gift this story]\n\nRead Next\n"
            "  Europe - Harbour festival moves to August as the old quay is repaired\n"
            "  Markets - Holmex shares slip as investors weigh the fuel bill\n"
            "  Science - Northern lakes freeze later every decade, survey finds\n")
    result = clean(text_blocks(text))
    assert result.title == "Ferry runs aground off Nordvik, forty passengers taken ashore"
    assert result.date == "March 3, 2026 6:12 AM GMT+1"
    assert [p[:12] for p in result.paragraphs] == ["NORDVIK, Ves", "All passenge"]


def test_the_site_s_name_above_its_trail_is_the_outlet():
    result = clean(text_blocks("Global Courier\nHome > World > Europe > Explainers\n\nEXPLAINER\n\n"
                               "Five questions on the Holm dam collapse\n\nPublished 4 March 2026\n\n"
                               "A weir collapsed above Lindby on Sunday, and 27 homes were flooded, officials said.\n\n"
                               "Rescue teams were still searching the river on Tuesday evening, the agency said."))
    assert (result.title, result.outlet) == ("Five questions on the Holm dam collapse", "Global Courier")


def test_indented_headlines_and_a_line_of_bars_are_blocks_of_their_own():
    blocks = text_blocks("Read Next\n  Europe - Harbour festival moves to August as the old quay is repaired\n"
                         "  Markets - Holmex shares slip as investors weigh the fuel bill\n"
                         "  Science - Northern lakes freeze later every decade, survey finds\n\n"
                         "Nordpost\nWorld  |  Business  |  Markets  |  Sport  |  More\nEurope\n")
    assert [b.text[:10] for b in blocks] == ["Read Next", "Europe - H", "Markets - ", "Science - ", "Nordpost", "World  |  ", "Europe"]


def test_buttons_and_a_related_label_without_its_colon_are_furniture_between_paragraphs():
    from generator.ingest.clean import _classify, _kind, _Line
    from generator.ingest.readers import Block

    assert {_kind(_Line.of(t, 20, 60, {})) for t in ("[Save] [Print] [Gift this story]", "Share this story  [X] [Email] [Copy]")} \
        <= {"widget", "share"}
    texts = ["A ferry carrying forty passengers ran aground off Nordvik on Monday, the coastguard said.", "Read Next",
             "Harbour festival moves to August", "Holmex shares slip as investors weigh the fuel bill",
             "All passengers were taken ashore by lifeboat, and none was hurt, a coastguard spokesman said."]
    assert _classify([Block(t, (i,)) for i, t in enumerate(texts)])[1:4] == ["widget", "widget", "widget"]


# an article's headline and two paragraphs, under the page furniture the tests around them add
PILOTS_HEADLINE = "Harbour pilots walk out over night-shift rota"
PILOTS_LEAD = ("Harbour pilots in Vesterby stopped work on Monday in a dispute over night shifts, their union said, and six "
               "cargo ships waited outside the breakwater.")
PILOTS_REPLY = "The port authority said talks would resume on Wednesday and that ferries were not affected by the dispute."
PILOTS_BODY = f"{PILOTS_LEAD}\n\n{PILOTS_REPLY}\n"

HEAD_FURNITURE = (
    "Nordpost — The Independent Voice of the North\nHome | World | Business | Sport | Weather\n"
    "We use cookies to improve our site. By clicking \"Accept\" you agree to our use of cookies.\n"
    "[Accept]  [Reject all]  [Settings]\nSkip to content\n\n"
    f"{PILOTS_HEADLINE}\n\nBy Anna Berg\nNordpost staff\n\n" + PILOTS_BODY)


def test_a_masthead_with_its_motto_above_the_menu_is_the_outlet_and_the_line_before_the_byline_the_title():
    result = clean(text_blocks(HEAD_FURNITURE))
    assert (result.title, result.outlet) == (PILOTS_HEADLINE, "Nordpost")


def test_a_row_of_bracketed_buttons_is_not_joined_to_the_line_after_it():
    assert "[Accept]  [Reject all]  [Settings]" in [b.text for b in text_blocks(HEAD_FURNITURE)]


def test_the_writer_s_post_under_the_byline_is_no_article_text():
    assert clean(text_blocks(HEAD_FURNITURE)).paragraphs[0].startswith("Harbour pilots in Vesterby stopped work")


def test_a_press_release_s_embargo_line_is_not_its_title():
    result = clean(text_blocks("PRESS RELEASE\nEmbargoed until 00:01, Monday 3 March 2026\n\n"
                               "Lindmark study links river swimming to better sleep\n\n"
                               "Adults who swim in rivers at least once a week sleep longer, a University of Lindmark study has found.\n\n"
                               "The study followed 2,000 adults in Vesterby for five years, the university said.\n"))
    assert result.title == "Lindmark study links river swimming to better sleep"


@pytest.mark.parametrize("byline", ["By Karin Dahl", "Analysis — by Karin Dahl · 6 min read"])
def test_a_byline_under_the_standfirst_or_between_a_label_and_a_read_time_is_the_byline(byline):
    result = clean(text_blocks("Should you swim in the river this winter?\n\n"
                               "Cold water is said to do wonders for sleep. This time there is a study behind it.\n\n"
                               f"{byline}\n\nShare: Post | Email | Copy link\n\n"
                               "Adults who swim in rivers at least once a week sleep longer, a University of Lindmark study has found.\n\n"
                               "The study followed 2,000 adults in Vesterby for five years, the university said.\n"))
    assert result.byline == "Karin Dahl"
    assert not any("Karin Dahl" in p or p.startswith("Share") for p in result.paragraphs)


def _filler(first: int, last: int) -> str:
    return "".join(f"Pilot number {k} told the union that the night rota had changed {k} times this year.\n\n" for k in range(first, last))


TAIL_FURNITURE = (
    f"{PILOTS_HEADLINE}\n\nBy Anna Berg\n\n{PILOTS_LEAD}\n\n" + _filler(1, 10)
    + "Sign up to our Port Week newsletter\n\n[Enter your email] [Sign up]\n\n"
    "By signing up you agree to our privacy policy and terms of use.\n\n"
    "Get breaking news from Nordpost. Sign up for our free alerts. [Your email] [Subscribe]\n\n"
    "Related:\n\nPodcast: What does a harbour pilot do?\n\n- Why are night shifts so hard to staff?\n\n"
    "Ferry timetable changes from June\n\n"
    f"{PILOTS_REPLY}\n\n" + _filler(10, 20) + "Anna Berg writes the Harbour Notes column every Friday.\n\n(c) 2026 Nordpost\n")


def test_the_tail_s_question_headlines_sign_up_terms_and_note_on_the_writer_are_no_article_text():
    kept = [p[:9] for p in clean(text_blocks(TAIL_FURNITURE)).paragraphs]
    assert kept == ["Harbour p"] + ["Pilot num"] * 9 + ["The port "] + ["Pilot num"] * 10


LONG_PAGE_HEADER = (
    "Lindby Gazette\n\nNews from the harbour.\n\nTuesday 3 March  |  Lindby 4°C, sleet  |  Order the print edition\n\n"
    "Home | News | Sport | Events | Homes | Jobs | About\n\n"
    "Cookies: This site uses cookies so that it works. Keep browsing if that is fine with you.  [OK]\n\n"
    "BREAKING: Harbour bridge shut overnight for repairs after storm damage\n\nMenu   Search   Sign in\n\n"
    "NEWS / BUSINESS\n\nNews > Business\n\n"
    f"{PILOTS_HEADLINE}\n\nBy Anna Berg, Local Affairs Reporter\n\n" + PILOTS_BODY)


def test_what_stands_above_the_site_s_menu_is_the_page_s_header_and_the_head_follows_it():
    result = clean(text_blocks(LONG_PAGE_HEADER))
    assert (result.title, result.outlet) == (PILOTS_HEADLINE, "Lindby Gazette")
    assert result.byline == "Anna Berg, Local Affairs Reporter"
    assert [p[:14] for p in result.paragraphs] == ["Harbour pilots", "The port autho"]


@pytest.mark.parametrize("text", ["Menu   Search   Sign in", "NEWS / LAKE COUNTIES"])
def test_a_row_of_words_apart_by_wide_gaps_or_a_label_with_slashes_is_furniture(text):
    from generator.ingest.clean import SECTION_LABEL, _trail_or_menu
    assert _trail_or_menu(text) or SECTION_LABEL.match(text)


def test_a_note_on_the_writer_under_the_byline_is_no_article_text():
    result = clean(text_blocks("She taught a town to read its coast: my friend Anna Holm\n\nKarin Dahl\n\nTuesday 3 March 2026, 07:00\n\n"
                               "Karin Dahl is a poet. Her latest collection is \"Salt Hours\".\n\n"
                               "I met Anna Holm in 1991 at a reading in the Lindby library, where a dozen of us sat on the "
                               "floor to listen to her.\n\nShe died on Monday, aged 79, her publisher said.\n"))
    assert result.byline == "Karin Dahl" and [p[:12] for p in result.paragraphs] == ["I met Anna H", "She died on "]


@pytest.mark.parametrize("above", [
    # lines shaped like headlines above the one that tells the lede: a section's name, the reader's account menu
    "Your account\n\nMiddle East\n\n",
    # a site's menu printed one item a line, then a consent banner with its answers
    "Skip to content\nHome\nLocal\nSport\nWeather\nHarbour\nCulture\nPuzzles\n\n"
    "We use cookies to make this site work. Tell us if you are happy with that.\nYes, I agree\nNo, take me to settings\n\n",
])
def test_the_headline_is_the_line_before_the_article_that_tells_its_lede(above):
    result = clean(text_blocks(above + f"{PILOTS_HEADLINE}\n\n3 March 2026\n\n" + PILOTS_BODY))
    assert result.title == PILOTS_HEADLINE
    assert result.paragraphs[0] == PILOTS_LEAD


def test_a_wire_page_s_gallery_caption_advert_label_and_update_time_are_no_article_text():
    text = (f"{PILOTS_HEADLINE}\n\nBy Anna Berg\nMarch 3, 2026 6:40 PM Updated 2 hours ago\n\n"
            "Item 1 of 3 Pilots on the quay at Vesterby on Monday. NORDWIRE/Erik Holm\n\n"
            f"{PILOTS_LEAD}\n\nAdvertisement · Scroll to continue\n\n{PILOTS_REPLY}\n\n"
            "Support local journalism: subscribe to the Lindby Post from 2 euros a week.\n")
    result = clean(text_blocks(text))
    assert result.date == "March 3, 2026 6:40 PM"
    assert result.paragraphs == [PILOTS_LEAD, PILOTS_REPLY]


def test_a_related_list_whose_label_the_page_prints_twice_is_no_article_text():
    """The label and the headlines the page prints twice were taken for captions; the list's other headline is
    still the list's."""
    from generator.ingest.clean import _mark_related_lists
    from generator.ingest.readers import Block

    texts = ["Read Next", "- Harbour festival moves to August as the quay is repaired", "- Holmex shares slip as investors weigh costs",
             "- Nordvik ferry fares rise in spring for the first time", PILOTS_REPLY]
    kinds = ["caption", "caption", "caption", "body", "body"]
    _mark_related_lists([Block(t, (i,)) for i, t in enumerate(texts)], kinds)
    assert kinds == ["widget"] * 4 + ["body"]


def test_a_consent_banner_s_answers_are_the_banner_s():
    from generator.ingest.clean import _classify
    from generator.ingest.readers import Block

    texts = ["We use cookies to make this site work. Tell us if you are happy with all of them.",
             "Yes, I agree", "No, take me to settings", PILOTS_LEAD]
    assert _classify([Block(t, (i,)) for i, t in enumerate(texts)])[:3] == ["consent"] * 3


def test_a_short_first_paragraph_or_a_standfirst_is_not_taken_for_the_headline_over_a_headline_of_its_length():
    text = ("Report number two on the story\n\nEngine maker Holmex under pressure as investigators study the blade\n\n"
            "Investigators said the engine, made by Holmex Propulsion, lost a blade.\n\nHolmex shares fell.\n")
    assert clean(text_blocks(text)).title == "Report number two on the story"
    text = "Holmex engine inquiry\n\nHolmex lost a blade in Lindby.\n\nInvestigators said Holmex lost the blade in Lindby.\n"
    assert clean(text_blocks(text)).title == "Holmex engine inquiry"


def test_a_note_on_the_writer_before_the_outlet_s_own_and_a_column_s_disclaimer_are_no_article_text():
    """"Anna Berg edits the coast pages of the Nordpost." followed by the outlet's note on itself; a column's
    disclaimer from a writer the head names no byline for; a byline with its read time and no "By"."""
    page = (f"{PILOTS_HEADLINE}\n\nBy Anna Berg\n\n{PILOTS_LEAD}\n\n" + _filler(1, 8)
            + "Anna Berg edits the coast pages of the Nordpost.\n\n"
            "The Nordpost is a reader-funded newsroom on the coast of Vesterland. About us · Our funders · Contact\n")
    assert not any(p.startswith("Anna Berg edits") for p in clean(text_blocks(page)).paragraphs)
    column = (f"{PILOTS_HEADLINE}\n\n{PILOTS_LEAD}\n\n" + _filler(1, 8)
              + "Erik Holm is a harbour pilot who writes for the Nordpost. Opinions expressed here are the writer's own.\n\n"
              "14 comments · Have your say\n")
    assert not any(p.startswith("Erik Holm is") for p in clean(text_blocks(column)).paragraphs)
    dated = (f"{PILOTS_HEADLINE}\n\nAnna Berg in Lindby and Erik Holm in Holmvik 3 March 2026, 9:40am · 4 min read\n\n"
             f"{PILOTS_LEAD}\n\n" + _filler(1, 8))
    assert not any(p.startswith("Anna Berg in Lindby") for p in clean(text_blocks(dated)).paragraphs)


def test_the_writers_names_alone_at_the_foot_and_the_notes_under_them_are_no_article_text():
    """'By ANNA BERG and ERIK J. HOLM' at the head; at the foot each name alone in capitals, and a note naming the
    writer by the family name ("Berg covers the port for Nordpost.")."""
    page = (f"{PILOTS_HEADLINE}\n\nBy ANNA BERG and ERIK J. HOLM\n\n{PILOTS_LEAD}\n\n" + _filler(1, 10)
            + "ANNA BERG\n\nBerg covers the port and shipping for Nordpost, based in Lindby.\n\n"
            "ERIK J. HOLM\n\nHolm is a Nordpost transport reporter based in Vesterby.\n")
    kept = clean(text_blocks(page)).paragraphs
    assert [p[:9] for p in kept] == ["Harbour p"] + ["Pilot num"] * 9
