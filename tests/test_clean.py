"""generator/ingest: the reader registry, the cleaner's rule tables, near-duplicates (invented lines)."""
from __future__ import annotations

import pytest

from generator.contents import Source
from generator.ingest.clean import CONTEXT_RULES, LINE_RULES, _kind, _Line, clean
from generator.ingest.duplicates import drop_duplicates
from generator.ingest.readers import READERS, SUFFIXES, Block, reader_for


def kind_of(text: str, i: int = 0, n: int = 60, counts: dict[str, int] | None = None) -> str:
    return _kind(_Line.of(text, i, n, counts or {}))


def blocks(*texts: str) -> list[Block]:
    return [Block(t, (i,)) for i, t in enumerate(texts)]


def test_every_format_has_one_reader():
    assert {r.name for r in READERS} == {"text", "markdown", "html"}
    assert len(SUFFIXES) == sum(len(r.suffixes) for r in READERS)  # no suffix claimed twice
    assert reader_for(".TXT") is reader_for(".txt") and reader_for(".htm").page_title
    assert reader_for(".pdf") is None and reader_for("") is None


def test_the_markdown_reader_keeps_front_matter_out_of_the_text():
    read = reader_for(".md").read("---\ntitle: Vester ferry sails again\n---\n# Vester ferry\n\nThe ferry sailed at noon.\n", [])
    assert read.meta == {"title": "Vester ferry sails again"}
    assert [b.text for b in read.blocks] == ["Vester ferry", "The ferry sailed at noon."]
    assert read.blocks[0].heading and read.blocks[0].level == 1
    assert not read.body.startswith("---")


def test_a_markdown_list_right_under_a_label_is_a_list_but_a_wrapped_line_s_dash_is_not():
    read = reader_for(".md").read("The ferry sailed at noon.\n\n**Related**\n- [Holm bridge closes](/a)\n- [Lindby votes on"
                                  " its harbour](/b)\n\nThe march went on, its organisers\n- and the police - said.\n", [])
    assert [b.text for b in read.blocks] == ["The ferry sailed at noon.", "Related", "Holm bridge closes", "Lindby votes on its harbour",
                                             "The march went on, its organisers - and the police - said."]


def test_a_few_words_in_capitals_between_paragraphs_head_a_section_and_are_no_text():
    text = ("Ferry service resumes in Lindby\n\nThe Lindby ferry sailed again on Monday after a week in dock.\n\n"
            "THE CREW\n\nIts crew of six had stayed on board to help with the repairs, the harbour master said.\n\n"
            "Ticket sales will open again on Friday, the operator said.\n")
    paragraphs = clean(reader_for(".txt").read(text, []).blocks).paragraphs
    assert "THE CREW" not in paragraphs and len(paragraphs) == 3
    # ... and a kicker above the first paragraph labels the article
    kicked = clean(blocks("Ferry service resumes in Lindby", "By Karin Dahl", "HARBOUR & SHIPPING",
                          "The Lindby ferry sailed again on Monday after a week in dock, the harbour master said.",
                          "Ticket sales will open again on Friday, the operator said.")).paragraphs
    assert kicked == ["The Lindby ferry sailed again on Monday after a week in dock, the harbour master said.",
                      "Ticket sales will open again on Friday, the operator said."]


def test_facts_listed_in_markdown_under_a_label_are_the_article_s_text():
    read = reader_for(".md").read("What we know so far:\n- The ferry left Lindby at noon\n- Two crew members are missing\n"
                                  "- The search resumes at dawn\n- Divers have reached the wreck\n", [])
    paragraphs = clean(read.blocks).paragraphs
    assert any("Two crew members are missing" in p for p in paragraphs)


def test_rule_names_are_unique_and_say_what_they_match():
    names = [name for name, _, _ in LINE_RULES] + [name for name, _ in CONTEXT_RULES]
    assert len(names) == len(set(names)) and all(len(name.split()) >= 2 for name in names)


@pytest.mark.parametrize(("text", "kind"), [
    ("We use cookies to improve your experience. By continuing to browse you accept our privacy policy.", "consent"),
    ("Subscribe to our newsletter", "subscription"),
    ("Share this article", "share"),
    ("Share this story: Vesterbook | Holmgram | Lindchat | Copy link", "share"),
    ("Read more: Nordvik harbour reopens", "widget"),
    # an advertisement's text under its label; a sentence about a sponsor is article text
    ("ADVERT · Fresh bread every morning at Holm's Bakery on Harbour Street. Order on 0800 000 000.", "widget"),
    ("SPONSORED · Planning a summer wedding? Lindby Manor still has dates free in June and July.", "widget"),
    ("Sponsored by the Lindby council, the festival drew more than 3,000 visitors to the harbour on Sunday.", "body"),
    ("Our Standards: The Nordic Wire Trust Principles.", "widget"),
    ("Home > News > Nordvik", "widget"),
    ("Related: Holm United beat Lindby in the final | Ten pictures from the parade | Where the Holm squad goes next", "widget"),
    ("Home | Vesterland | World | Business | Opinion", "widget"),
    ("Search   |   Sign in   |   Subscribe for 2 euros a month", "widget"),  # the reader's own row of the menu
    ("Holm | Sign in to the harbour | Lindby", "body"),
    ("We and our 90 partners store and/or access information on a device to count our readers.", "consent"),
    ("[f] [x] [email]   Share | Print | 3 comments", "widget"),
    ("Sun 3 Mar 07.05", "timestamp"),
    ("4.41pm", "timestamp"),
    ("Nordnet acknowledges the traditional custodians of this country and pays respect to their elders.", "widget"),
    ("Get our Nordnet app and never miss a story.", "widget"),
    ("News · Sport · Culture · Weather", "widget"),
    ("Ferry runs aground off Nordvik | Vesterland | Nordpost", "body"),
    ("Video", "media"),
    ("4 min read", "read-time"),
    ("Published 3 hours ago", "timestamp"),
    ("Updated: 25 minutes ago", "timestamp"),
    ("Embargoed until 00:01, Monday 3 March 2026", "timestamp"),
    ("Under embargo until 10am on 3 March", "timestamp"),
    ("EMBARGOED: 00:01 GMT 3 March 2026", "timestamp"),
    ("Posted: 3 March, 8:15pm", "timestamp"),
    ("Published: 3 March, 07:42 | Updated: 3 March, 16:05", "timestamp"),
    ("Tue 3 Mar 2026 18.30 — Last modified Tue 3 Mar 21.12", "timestamp"),
    ("Monday, March 2, 2026 - 07:30", "timestamp"),
    ("Posted by the harbour master at dawn, the notice warned of ice.", "body"),
    ("1 / 4", "media"),
    ("Comments are closed on this article.", "share"),
    ("Sign in or create a free account to join the conversation.", "subscription"),
    ("Get our free business newsletter every weekday evening.", "subscription"),
    ("Get the top Lindby stories straight to your inbox.", "subscription"),
    ("Get the Harbour Daily Briefing - the news from the coast and the islands, in your inbox each weekday. Join now", "subscription"),
    ("Embargo talks collapse as fishermen block the port", "body"),
    ("© 2026 Nordic Wire. All rights reserved.", "copyright"),
    # the publisher's notices: whose copyright the words are, and where the company is registered
    ("Notice: Nordwire pictures and words are the copyright of Nordwire Ltd. Reproduction without prior permission is barred.", "copyright"),
    ("The Lindby Post belongs to Holm Media Ltd. Registered office: 4 Quay Road, Lindby.", "copyright"),
    ("The ferry firm moved its registered office to Lindby last year, the council said.", "body"),
    ("The company no longer runs ferries to Lindby, the council said.", "body"),
    ("The ferry firm was registered in England in 1990, its founder said.", "body"),
    ("Holm Media Ltd, company number 04128855, 4 Quay Road, Lindby", "copyright"),
    ("Reporting by Anna Berg; editing by Per Holm", "credit"),
    ("Published 3 May 2026", "dateline"),
    ("Boats in Nordvik harbour on Monday. /Per Holm/Nordic Wire", "caption"),
    ("https://example.org/story", "link"),
    ("* * *", "stray"),
    ("The ferry sailed again on Monday, the harbour master said.", "body"),
    # an app's promotion anywhere on the page, by its store badges or an imperative to install it; not an app's news
    ("Harbour alerts on your phone. Download on the App Store | Get it on Google Play", "widget"),
    ("Download the Nordnet app for ferry times. On phones and tablets.", "widget"),
    ("App Store | Google Play", "widget"),
    ("Holmex said its ferry app would reach both phone stores, Google Play included, from Monday.", "body"),
    ("Ferry alerts for the coast. Download the Nordnet app for phones and tablets.", "widget"),  # (after a first sentence)
    ("The council said: Download the app and report the potholes you find.", "body"),
    ("Home  Local  Farm & Garden  Letters  Puzzles", "widget"),
    # a channel's promotion on a social network; not a direction
    ("Follow the Nordpost on Telegram: harbour news each morning. Join here.", "widget"),
    ("Follow the river on foot for two miles.", "body"),
    # ... a channel joined, news got on a network, the readers' pictures called for; an app for its systems
    ("Get the harbour news on Telegram. Join the Nordpost channel >>", "widget"),
    ("Send us your pictures or tips: desk@nordpost.example / Telegram 600 000 000", "widget"),
    ("Nordpost Radio app – listen on the go. Download now on iOS or Android.", "widget"),
    ("The ferry app, which passengers can download on Android and iOS, went down on Monday.", "body"),
    ("Tide tables sooner on the Nordpost app – Download it free (iOS | Android)", "widget"),  # the app, then the call
    ("The council will launch an app next year. Download it on Android from May, the mayor said.", "body"),
    ("News   U.S.   Harbour   Tides   Sport   Live TV", "widget"),  # a spaced menu with an abbreviation in it
    ("The council asked fishermen to join the channel clean-up on Saturday.", "body"),
    # reactions counted, a menu in spaced capitals, a share widget's buttons without bars
    ("31 Likes · 7 Comments · 2 Restacks", "widget"),
    ("Comments | Restacks", "widget"),
    ("HARBOUR  WEATHER  SPORT  LETTERS  PUZZLES", "widget"),
    ("FERRY SINKS OFF NORDVIK", "body"),
    ("Share this story Email X Telegram Bluesky Copy link", "share"),
    ("Share this with Email | Telegram | Copy link", "share"),  # "share this with", once or before each button
    ("Share this with Email | Share this with Telegram | Share this with Bluesky", "share"),
    ("Media playback is unsupported on your device", "widget"),  # a media player's notice, its button
    ("Listen to article | 4 min", "widget"), ("Listen to this story | 12 min", "widget"),
    ("Listen to the harbour master explain the new rules in the video below.", "body"),
    ("March 3, 2025 / 9:14 PM / Updated 2 hours ago", "dateline"), ("MARCH 3, 2025 / 11:32 AM / UPDATED 20:47 GMT", "dateline"),
    ("Share prices rose on Monday at Holmex and Nordvik Energy.", "body"),
    # a newsletter "here", a time-limited offer, a wire's picture-licensing button after a caption
    ("Sign up here for the Harbour Briefing newsletter.", "subscription"),
    ("Special offer: read the Nordpost for 2 euros a month. SUBSCRIBE NOW", "subscription"),
    # a page's buttons, a live page's controls, an archive notice, a channel's promotion, a wire's note to editors
    ("Save", "widget"), ("Copy Link copied", "widget"), ("Reddit", "widget"), ("X Share", "widget"), ("31 · 4 · Share", "widget"),
    ("Gift this article   |   Save", "widget"), ("In this article: Harbour | Lindby", "widget"),
    ("Home  Harbour  Farming & Fishing  Letters  Weather  Notices", "widget"),
    ("X marks the spot where the Lindby ferry sank in 1952.", "body"),
    ("Auto-refresh OFF · Pinned posts only", "widget"), ("Refresh this page to see new posts.", "widget"),
    ("This article is more than 2 years old", "widget"), ("Join our Telegram channel for harbour alerts >>", "widget"),
    ("(ATTN: ADDS comments by the harbour master in paras 4-6)", "widget"),
    ("Save the date: the Lindby ferry festival opens on 3 May with a parade.", "body"),
    # a date with its time first, or an ordinal, or a read time after it
    ("9:40 PM May 3, 2024", "dateline"), ("Friday, October 2nd 2024", "dateline"),
    ("Fri, 4 October 2024, 8:15 am CET - 5 min read", "dateline"), ("3 May 2024 • 9:05pm", "dateline"),
    ("Last update: 14:02 (Lindby)", "timestamp"), ("Updated rules took effect at 9am on Monday.", "body"),
    ("Support independent harbour-town journalism in Lindby. Become a member", "subscription"),
    # a pitch for support; the share button beside the count of comments
    ("Fund local journalism for 2 euros a month. Support us ->", "subscription"),
    ("Share   212 comments", "share"),
    # a metered paywall's count of the reader's free articles; not a sentence about free papers
    ("You have 3 free stories left this week. Subscribe for unlimited reading.", "subscription"),
    ("Members' note: you have one free article remaining this month.", "subscription"),
    ("You have two free tickets to the Lindby ferry festival, the council told residents.", "body"),
    ("Boats in Nordvik harbour on Monday. NORDIC/Per Holm Purchase Licensing Rights", "caption"),
    ("Purchase Licensing Rights", "caption"),
    # the outlet's note on its corrections; not a story about corrections
    ("Correction: This story first gave 2020 for the year the ferry sank. It sank in 2021.", "widget"),
    ("An earlier version of this article named the wrong quay in Lindby.", "widget"),
    ("Corrections to the harbour plan were made in May, the council said.", "body"),
])
def test_each_line_rule_on_an_invented_line(text, kind):
    assert kind_of(text) == kind


def test_line_rules_are_read_in_order():
    # a consent banner at the edge of the page; the same words deep inside the article are its text
    banner = "Our privacy policy: we use cookies to improve your experience."
    assert kind_of(banner, i=0) == "consent"
    assert kind_of(banner, i=30) == "body"
    # a long block is article text whatever it contains, unless the page prints it twice (a caption)
    long = "The council met on Monday. " * 15 + "Share this article"
    assert kind_of(long) == "body"
    assert kind_of(long, counts={" ".join(long.casefold().split()): 2}) == "caption"


@pytest.mark.parametrize("label", ["Image caption: ", "[Photo] "])
def test_a_caption_printed_again_after_its_labelled_copy_is_a_caption(label):
    cleaned = clean(blocks("The bridge reopened on Monday after fourteen months of repairs, the council said.",
                           f"{label}Cars cross the Lindby bridge on Monday morning",
                           "Cars cross the Lindby bridge on Monday morning",
                           "The bridge carries 40,000 vehicles a day, the council said in a statement."))
    assert cleaned.paragraphs == ["The bridge reopened on Monday after fourteen months of repairs, the council said.",
                                  "The bridge carries 40,000 vehicles a day, the council said in a statement."]


def test_the_caption_a_markdown_picture_carries_is_no_text():
    from generator.ingest.readers import reader_for
    text = ("# Bridge reopens\n\nThe bridge reopened on Monday after fourteen months of repairs, the council said.\n\n"
            "![Cars on the Lindby bridge.](/img/bridge.jpg)\n*Cars cross the Lindby bridge on Monday morning.*\n\n"
            "The bridge carries 40,000 vehicles a day, the council said in a statement.\n")
    reader = reader_for(".md")
    assert reader is not None
    cleaned = clean(reader.read(text, None).blocks)
    assert [p[:10] for p in cleaned.paragraphs] == ["The bridge", "The bridge"]
    assert "Cars cross the Lindby bridge on Monday morning." in cleaned.captions


def test_context_rules_correct_kinds_by_their_neighbours():
    cleaned = clean(blocks(
        "Vester ferry sails again", "By Anna Berg",
        "The ferry sailed again on Monday after a month in dock, the harbour master said.",
        "Image", "Passengers boarding at noon",
        "Repairs cost more than planned, the operator said, and the timetable is unchanged.",
        "Related", "Storm closes Holm bridge", "Lindmark votes on new harbour",
    ))
    kinds = {d.text: d.kind for d in cleaned.dropped}
    assert cleaned.title == "Vester ferry sails again" and cleaned.byline == "Anna Berg"
    assert kinds["Passengers boarding at noon"] == "caption"  # the text after a bare media label
    assert kinds["Storm closes Holm bridge"] == "widget"  # listed under a related-articles label
    assert len(cleaned.paragraphs) == 2


def source(file: str, text: str) -> Source:
    import hashlib
    return Source(id=file, file=file, title=file, paragraphs=(text,), checksum=hashlib.sha256(text.encode()).hexdigest())


def test_near_duplicates_are_counted_once_and_reported():
    body = " ".join(f"Sentence {i} about the Vester ferry and its crew of {i} sailors." for i in range(40))
    kept, warnings = drop_duplicates([source("a.txt", body), source("b.txt", body.replace("crew of 7", "crew of 8")),
                                      source("c.txt", "A different report about Lindmark harbour. " * 30)])
    assert [s.file for s in kept] == ["a.txt", "c.txt"]
    assert [(w.file, w.message) for w in warnings] == [("b.txt", "duplicates a.txt; counted once")]


def test_a_byline_of_names_with_accented_capitals_is_a_byline():
    cleaned = clean(blocks(
        "Storm closes harbour", "Émile Roux and Ólafur Jónsson",
        "A storm closed the harbour in Lindmark on Monday, officials said. Ships were told to stay at sea until the wind dropped.",
    ))
    assert cleaned.byline == "Émile Roux and Ólafur Jónsson"
    assert not any("Jónsson" in p for p in cleaned.paragraphs)


DOUBLE_QUOTING = (
    "The ferry sailed again on Monday after a month in dock, the harbour master said.",
    "\u201cWe are glad to have her back,\u201d said Karin Dahl, who runs the Lindby terminal.",
    "\u201cThe crossing takes forty minutes again,\u201d a spokesman for the operator said.",
    "Passengers called the new timetable \u201ca relief after a long month\u201d on Monday.",
)


@pytest.mark.parametrize("line", [
    "Holm vows to 'fight on' after the harbour vote",  # no full stop
    "\u2018We will not sign,\u2019 Lindmark mayor says of the new timetable.",  # one sentence, headline style
])
def test_a_headline_quoting_in_single_marks_among_double_quoting_paragraphs_is_a_link(line):
    cleaned = clean(blocks(*DOUBLE_QUOTING[:1], line, *DOUBLE_QUOTING[1:],
                           "Repairs cost more than planned, the operator said, and the timetable is unchanged."))
    assert line not in cleaned.paragraphs
    assert {d.kind for d in cleaned.dropped if d.text == line} == {"related-headline"}


@pytest.mark.parametrize("texts", [
    # the article's own style is single marks: its short paragraph quoting so is its text
    ("The ferry sailed again on Monday after a month in dock, the harbour master said in a statement to the press "
     "on the quay, adding that 'the crossing is safe again' for every passenger.",
     "\u2018We are glad to have her back,\u2019 said Karin Dahl.",
     "Repairs cost more than planned, the operator said."),
    # a quotation within a quotation is in single marks in any style
    (*DOUBLE_QUOTING, "\u201cShe told me, \u2018Stay on the quay,\u2019\u201d Erik Holm said."),
    # an apostrophe is no quotation mark ("the workers' union", "rock 'n' roll")
    (*DOUBLE_QUOTING, "The workers' union said it would play rock 'n' roll on the quay."),
])
def test_single_marks_in_an_article_s_own_style_or_within_a_quotation_are_its_text(texts):
    cleaned = clean(blocks(*texts))
    assert list(cleaned.paragraphs) == list(texts)


def test_a_sentence_of_the_article_quoting_a_name_in_single_marks_is_its_text():
    line = "Someone pinned a notice headed 'Bridge open' to the door of the Lindby terminal."
    cleaned = clean(blocks(*DOUBLE_QUOTING, line))
    assert line in cleaned.paragraphs


@pytest.mark.parametrize("texts", [
    # an article quoting in single marks, its short paragraphs all: a title in double marks does not make them links
    ("The ferry sailed again on Monday after a month in dock, the harbour master said.",
     "\u2018I thought the bridge would fall,\u2019 says Anna Berg, who was on it.",
     "Repairs cost more than planned, the operator said in the \u201cHarbour News\u201d bulletin.",
     "\u2018It is safe now,\u2019 says Erik Holm, the harbour master."),
    # a short paragraph opening with a quotation in single marks and reporting it in the past is the article's own
    (*DOUBLE_QUOTING, "\u2018I thought I would drown,\u2019 said Anna Berg, 34."),
])
def test_short_paragraphs_quoting_in_single_marks_as_the_article_does_are_its_text(texts):
    cleaned = clean(blocks(*texts))
    assert list(cleaned.paragraphs) == list(texts)


def test_a_headline_of_two_short_sentences_before_a_byline_is_the_title():
    cleaned = clean(blocks(
        "The old mill is closing. Nobody asked us.", "By Karin Dahl",
        "My father worked at the Lindmark mill for thirty years. When he heard it would close, he went quiet.",
        "The owners say the mill has lost money since the spring and cannot be saved.",
    ))
    assert cleaned.title == "The old mill is closing. Nobody asked us." and cleaned.byline == "Karin Dahl"
    assert len(cleaned.paragraphs) == 2 and cleaned.paragraphs[0].startswith("My father")


def test_a_lede_opening_with_by_is_no_byline_and_the_paragraph_before_it_no_headline():
    cleaned = clean(blocks(
        "The council met on Monday. It voted on the harbour plan.", "By Tuesday, the council had voted twice.",
        "The plan will cost the town of Lindmark more than two million euros over five years, officials said.",
    ))
    assert cleaned.byline is None and cleaned.title != "The council met on Monday. It voted on the harbour plan."


def test_a_site_menu_and_a_section_label_above_the_headline_are_neither_title_nor_text():
    cleaned = clean(blocks(
        "Home | Vesterland | World | Business | Opinion", "VESTERLAND",
        "Ferry runs aground off Nordvik, forty passengers taken ashore", "By Karin Dahl",
        "A ferry carrying forty passengers ran aground off Nordvik on Monday, the coastguard said.",
        "All passengers were taken ashore by lifeboat, and none was hurt.",
    ))
    assert cleaned.title == "Ferry runs aground off Nordvik, forty passengers taken ashore"
    assert [p[:8] for p in cleaned.paragraphs] == ["A ferry ", "All pass"]


def test_a_section_label_or_a_masthead_above_the_headline_is_not_the_title():
    # "OPINION | Music", "NORDPOST | WORLD", "Home > World": a label of two or three short parts; "THE NORDPOST": the
    # site's name in capitals; both above a headline written normally (here two sentences, then the byline)
    for head in (["OPINION | Music"], ["NORDPOST | WORLD"], ["Home > World"], ["THE NORDPOST", "Home > World"]):
        cleaned = clean(blocks(
            *head, "Erik Holm built the boats we sailed in. Few remember his name.", "By Anna Berg",
            "I met him in 1987, at the boatyard in Lindby that is now a car park.",
            "He was sixty then, and he still worked ten hours a day, six days a week.",
        ))
        assert cleaned.title == "Erik Holm built the boats we sailed in. Few remember his name.", head
        assert [p[:8] for p in cleaned.paragraphs] == ["I met hi", "He was s"], head
    assert clean(blocks("THE NORDPOST", "Home > World", "Ferry runs aground off Nordvik", "By Erik Holm",
                        "A ferry carrying forty passengers ran aground off Nordvik on Monday, the coastguard said.")).outlet == "THE NORDPOST"
    # a short headline with the site's name after a bar, and no other headline after it, stays the title
    assert clean(blocks("Holm resigns | Nordpost", "By Erik Holm",
                        "Karin Holm resigned as mayor of Lindby on Monday, the council said.")).title == "Holm resigns | Nordpost"


def test_a_cookie_banner_below_a_long_menu_is_no_title_and_no_text():
    """A banner past the first eight blocks, when no paragraph of the article comes before it; and a
    byline with the writer's post and a label, a date and a read time beside it, under the standfirst."""
    cleaned = clean(blocks(
        "Jump to the article", "Jump to the menu", "THE NORDVIK LEDGER", "Read in Nordvik since 1901",
        "Front page  |  Local  |  Harbour  |  Sport  |  Weather", "Subscribe for 1 euro   |   Log in",
        "-------------", "We value your privacy",
        "This site and 120 of our partners set cookies on your computer so that we can remember you, show you "
        "advertising and count our readers.",
        "[ YES, ACCEPT ]   [ NO, THANKS ]", "-------------", "NEWS | TRANSPORT",
        "Ferry runs aground off Nordvik, forty passengers taken ashore", "Coast guard praises the crew after a calm evacuation",
        "Analysis · By Karin Dahl, Transport Correspondent · 3 March · 5 min read",
        "A ferry carrying forty passengers ran aground off Nordvik on Monday morning, the coast guard said, after its "
        "captain lost his way in thick fog near the mouth of the harbour.",
        *(f"The ferry's crew of {n} guided the passengers into the boats in thick fog, the harbour master said." for n in range(4, 12)),
    ))
    assert cleaned.title == "Ferry runs aground off Nordvik, forty passengers taken ashore"
    assert not any("cookies" in p or "Karin Dahl" in p for p in cleaned.paragraphs)


def test_what_a_sign_up_box_offers_and_its_small_print_are_no_text_but_a_list_item_above_it_is():
    paragraphs = [f"The ferry's crew of {n} guided the passengers into the boats in thick fog, the harbour master said." for n in range(4, 9)]
    cleaned = clean(blocks(
        "Ferry runs aground off Nordvik", "By Karin Dahl", *paragraphs,
        "Sign up to Harbour Notes", "A free weekly email about the coast, every Friday.", "[Email]  [Join]",
        "Privacy notice: we may show ads from our partners in the email.", "Most viewed",
    ))
    assert cleaned.paragraphs == paragraphs
    listed = clean([*blocks("Ferry runs aground off Nordvik", "By Karin Dahl", *paragraphs),
                    Block("Check the email the operator sent you about refunds.", (10,), item=True),
                    Block("Sign up for the Harbour Notes newsletter", (11,)), Block(paragraphs[0].replace("4", "12"), (12,))])
    assert "Check the email the operator sent you about refunds." in listed.paragraphs


def test_a_list_of_headlines_under_a_related_label_whose_lines_were_joined_is_no_text():
    cleaned = clean(blocks(
        "Ferry runs aground off Nordvik", "By Karin Dahl",
        "A ferry carrying forty passengers ran aground off Nordvik on Monday, the coast guard said. Nobody was hurt.",
        "Related coverage",
        "- Nordvik harbour braces for a busy summer - Explainer: how the coast guard plans a rescue "
        "- Ten pictures from the Lindby regatta - Fishing fleet returns early as storms close in",
        "The harbour master said the ferry would be towed to Lindby for repairs.",
    ))
    assert not any("regatta" in p for p in cleaned.paragraphs) and any("towed" in p for p in cleaned.paragraphs)
    # ... or unmarked: the reader took the list's lines for one hard-wrapped paragraph, which ends no sentence
    joined = Block("Nordvik harbour braces for a busy summer Explainer: how does the coast guard plan a rescue? Ten pictures "
                   "from the Lindby regatta Fishing fleet returns early as storms close in", (4, 5, 6, 7))
    cleaned = clean([*blocks("Ferry runs aground off Nordvik", "By Karin Dahl",
                             "A ferry carrying forty passengers ran aground off Nordvik on Monday, the coast guard said. Nobody was hurt.",
                             "Related:"), joined,
                     Block("The harbour master said the ferry would be towed to Lindby for repairs.", (9,))])
    assert not any("regatta" in p for p in cleaned.paragraphs) and any("towed" in p for p in cleaned.paragraphs)


def test_headlines_the_reader_joined_ending_in_a_question_under_a_related_label_are_links():
    """'Read more' / 'Harbour fire inquiry: one year on, what changed?' / 'Ferry fares to rise this spring Explainer:
    what is a storm surge?' (two lines the reader joined): links, the last of them a question."""
    cleaned = clean([*blocks("Ferry runs aground off Nordvik", "By Karin Dahl",
                             "A ferry carrying forty passengers ran aground off Nordvik on Monday, the coast guard said. Nobody was hurt.",
                             "Read more", "Harbour fire inquiry: one year on, what has changed?"),
                     Block("Ferry fares to rise this spring Explainer: What is a storm surge and why do ferries stop?", (8, 9)),
                     Block("The harbour master said the ferry would be towed to Lindby for repairs.", (11,))])
    assert not any("Explainer" in p or "inquiry" in p for p in cleaned.paragraphs)
    assert any("towed" in p for p in cleaned.paragraphs)


def test_a_question_headline_with_a_list_marker_under_a_related_label_is_a_link_like_the_others():
    """'> Explainer: what makes a rescue hard?' under 'Related' is a link like the others (a question after a label,
    whatever its case, the marker a page's text keeps for a list item)."""
    cleaned = clean(blocks(
        "Ferry runs aground off Nordvik", "By Karin Dahl",
        "A ferry carrying forty passengers ran aground off Nordvik on Monday, the coast guard said. Nobody was hurt.",
        "Related",
        "> Explainer: what makes a rescue at sea so hard?",
        "» Fishing fleet returns early as storms close in",
        "> Podcast: Night shifts with the Lindby crane crews",
        "The harbour master said the ferry would be towed to Lindby for repairs.",
    ))
    assert not any("Explainer" in p or "Fishing fleet" in p or "Podcast" in p for p in cleaned.paragraphs)
    assert any("towed" in p for p in cleaned.paragraphs)


@pytest.mark.parametrize("text", [
    "Download the Nordnet app for ferry times. On phones and tablets.",
    "Harbour alerts on your phone. Download on the App Store | Get it on Google Play",
    "Follow the Nordpost on Telegram: harbour news each morning. Join here.",
    "Correction: This story first gave 2020 for the year the ferry sank. It sank in 2021.",
])
def test_promotions_and_correction_notes_are_no_text_deep_inside_the_article_too(text):
    assert kind_of(text, i=30) != "body"


@pytest.mark.parametrize("text, kind", [
    ("My Account  Sign In  Subscribe", "widget"),
    ("LIVE TV   |   Nordland   Vesterland   World   Business", "widget"),
    ("Ferry Sinks  Off Nordvik", "body"),  # (two parts: a headline with a double space)
])
def test_a_menu_of_items_set_apart_by_runs_of_spaces_is_the_page_s(text, kind):
    assert kind_of(text, i=30) == kind


def test_a_name_above_the_writer_s_post_is_the_byline_wherever_it_stands():
    lines = ("Ferry sails again", "The Lindby ferry sailed again on Monday after a week in dock, the harbour master said.",
             "Ticket sales will open again on Friday, the operator said.", "Anna Berg and Erik Holm", "Harbour reporters",
             "The crew of six had stayed on board during the repairs, the operator said.")
    cleaned = clean(blocks(*lines))
    assert not any("Anna Berg" in p or "reporters" in p for p in cleaned.paragraphs) and len(cleaned.paragraphs) == 3
    # a name alone with no post under it is not taken for one
    kept = clean(blocks(*lines[:4], *lines[5:])).paragraphs
    assert "Anna Berg and Erik Holm" in kept


def test_how_to_reach_the_writer_and_a_staff_photo_credit_are_no_text():
    assert kind_of("Contact Anna Berg at aberg@nordpost.example or follow her on Holmchat @AnnaBerg.") == "credit"
    assert kind_of("Erik Holm can be reached at eholm@nordpost.example.") == "credit"
    assert kind_of("Staff photo by Tomas Dahl") == "credit"
    assert kind_of("Divers search the quay at Lindby on Monday. Staff photo by Tomas Dahl") == "caption"
    assert kind_of("Volunteers search the quay at Lindby, Nordia, on Wednesday, April 22. (NW Photo/Tomas Dahl, File)") == "caption"
    assert kind_of("Villagers of Lindby outside the court on Tuesday. (NW Photo)") == "caption"
    assert kind_of("An industrial estate near Lindby. (Photo | File)") == "caption"
    assert kind_of("Divers prepare to enter the overturned ferry off Lindby on Sunday. —PHOTO COURTESY OF LINDBY COAST GUARD") == "caption"
    assert kind_of("Firefighters worked for hours to bring the blaze in Lindby under control. (Nordpost News: Tomas Dahl)") == "caption"
    # a wire picture's caption: where and when, then the agency and the photographer, or the agency alone
    assert kind_of("Divers search the harbour in Lindby, Nordia, March 3, 2025. Nordwire/Anna Berg") == "caption"
    assert kind_of("Residents wade through a flooded street in Lindby, Nordia, October 17, 2025. NORDWIRE") == "caption"
    assert kind_of("The council will vote on the plan on March 12. Anna Berg said she would vote against it.") == "body"
    assert kind_of("The strike began on October 17, 2025. NW officials said nothing.") == "body"
    # ... but not a sentence that ends with a bracket of its own
    assert kind_of("The ferry will run twice a day from Monday (weekdays only), the operator said.") == "body"
    assert kind_of("Turnout was 58 per cent, according to the commission (Source: Election Board).") == "body"
    # a sentence of the story that gives an address but reaches nobody, or reaches someone without an address
    assert kind_of("The council posted the new timetable at www.lindby.example on Monday.") != "credit"
    assert kind_of("Police asked anyone who saw the ferry to contact them.") != "credit"


@pytest.mark.parametrize("text", [
    "Nordpost Plus: members save 20% at harbour shops and cafes. Join free today.",
    "Ferry times, weather and every goal from the Lindby league. Download now.",
    "Talk back - comments are for members of the Nordpost only. Subscribe now",
    "The Harbour Brief: what happened overnight in Holmvik, every weekday at six. Sign up free",
])
def test_an_offer_that_ends_in_a_call_to_take_it_is_no_text(text):
    assert kind_of(text) == "subscription"


@pytest.mark.parametrize("text", [
    "The union told its members to join now, before the ballot closes on Friday.",
    "Residents who want a place on the first sailing were told to book now.",
    '"Anyone who saw the ferry leave should call us now," the coastguard said.',
])
def test_a_sentence_of_the_story_that_ends_in_now_is_text(text):
    assert kind_of(text) == "body"


def test_promotions_of_alerts_and_podcasts_and_the_note_on_first_publication_are_no_text():
    assert kind_of("Also read: Explainer: What is a gale warning and who decides if a ship can sail?") == "widget"
    assert kind_of("RELATED: Cargo plane crosses runway in front of a landing jet at Lindby") == "widget"
    assert kind_of("Related research has shown that ferries capsize most often in the first hour of a storm.") == "body"
    assert kind_of("Don't miss a thing. Sign up for our harbour news email alerts.") == "subscription"
    assert kind_of("Sign up for The Nordpost: one long read on the harbour every Sunday.") == "subscription"
    assert kind_of("Hear Harbour Talk, our podcast, wherever you listen") == "subscription"
    assert kind_of("This report by The Nordpost was first published March 3, 2024.") == "widget"
    # ... or that it is another outlet's, or a translation
    assert kind_of("This report was translated from Nordic. The original report was published in the Lindby Courier.") == "widget"
    assert kind_of("This story was originally published by The Vester Post.") == "widget"
    # the story's own sentences on signing up, and on what was published first
    assert kind_of("More than 400 residents signed up for the ferry's first sailing, the operator said.") == "body"
    assert kind_of("This report was first published by the harbour authority in 2019, and revised twice since then after new surveys of the quay.") == "body"
    assert kind_of("The original version of the timetable appeared in 2019, before the new quay opened.") == "body"


def test_a_syndication_notice_and_the_outlet_s_words_on_itself_are_no_text():
    assert kind_of("All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.") == "copyright"
    assert kind_of("The ferry's departure was delayed by 40 minutes because of the storm, the operator said.") == "body"
    assert kind_of("Nordwire stories are copyright NW and may not be republished without permission.") == "copyright"
    assert kind_of("Nordwire, the news arm of Holm Group, is a leading provider of multimedia news.") == "copyright"
    assert kind_of("The harbour authority said the new ferry may not be ready before the summer.") == "body"


def test_a_byline_with_the_writer_s_post_a_date_and_a_read_time_is_no_text():
    assert kind_of("By Anna Berg, Senior Correspondent, Nordpost Harbour Desk Friday 4 March 2025, 09:40 GMT · 4 min read") == "dateline"
    # a sentence opening with "By" and a date is the story's
    assert kind_of("By March 3, 2026, the harbour board had approved the new quay and hired a builder.") == "body"


def test_the_writer_s_post_under_a_byline_past_the_first_paragraph_is_no_text():
    """A standfirst may stand between the headline and the byline: the byline and the writer's post on the line
    under it ("Staff Writer") are no article text however far down the head they stand."""
    cleaned = clean(blocks(
        "THE NORDVIK LEDGER", "Serving Lindby, Holm and the coast since 1902",
        "Home  Harbour  Farming & Fishing  Letters  Weather  Notices", "LOCAL NEWS",
        "'A long night': Lindby counts the cost of the storm", "Roofs torn off as survivors describe a night of wind",
        "By Karin Dahl", "Staff Writer", "May 2, 2025 Updated 3 hrs ago",
        "A storm tore through the small coastal town of Lindby on Tuesday night, tearing roofs off forty homes.",
        "\"We heard the wind and then the roof was gone,\" said Erik Holm, a fisherman, on Wednesday.",
    ))
    assert "Staff Writer" not in cleaned.paragraphs
    # (the site's motto under its name, above its menu, is neither the title nor text: a headline never stands
    # above the site's menu, here one of words apart by two spaces)
    assert cleaned.title == "'A long night': Lindby counts the cost of the storm"
    assert not [p for p in cleaned.paragraphs if p.startswith(("Serving", "'A long night'"))]


def test_a_live_page_s_head_with_a_menu_a_trail_and_a_byline_where_the_writer_is():
    """A menu of items apart by runs of spaces after a play sign and a bar ("▶ ON AIR  |  Home  Harbour"), then a
    section trail: neither is the title; the writer and where she reports from ("Karin Dahl in Lindby") is a byline,
    no text."""
    cleaned = clean(blocks(
        "Radio Vester 101.2 FM", "▶ ON AIR   |   Home   Harbour   Shows   Music   Traffic   Weather",
        "Ferry runs aground off Nordvik, forty passengers taken ashore",
        "Crews inspect the hull as the harbour master orders an inquiry", "Karin Dahl in Lindby", "Fri 4 Oct 2024 08.15 GMT",
        "A ferry carrying forty passengers ran aground off Nordvik on Monday evening, the harbour master said.",
        "Crews were inspecting the hull on Tuesday and the ferry company said no one had been hurt.",
    ))
    assert cleaned.title == "Ferry runs aground off Nordvik, forty passengers taken ashore"
    assert "Karin Dahl in Lindby" not in cleaned.paragraphs and not [p for p in cleaned.paragraphs if "ON AIR" in p]
    assert cleaned.byline == "Karin Dahl in Lindby" or cleaned.byline.startswith("Karin Dahl")


@pytest.mark.parametrize("writer", ["Karin Dahl, State Political Editor", "Nordpost Correspondent, Lindby", "Karin Dahl | Labour correspondent"])
def test_the_writer_s_name_and_post_on_one_line_under_the_standfirst_is_the_byline(writer):
    """No "By": the name and the post (or the post and the place) set apart by a comma or a bar; the line above it,
    under the headline, is the standfirst."""
    cleaned = clean(blocks(
        "HOLDING ON: Holm survives as Lindby MP backs the ferry deal",
        "Premier Erik Holm keeps his job, just, after a long night in the Vester parliament.",
        writer, "March 3, 2025 - 10:47PM",
        "Premier Erik Holm survived a vote of no confidence on Thursday night after the Member for Lindby backed him.",
        "The motion was defeated 40-39 after a debate of nine hours.",
    ))
    assert cleaned.byline == writer and cleaned.standfirst == 1, (cleaned.byline, cleaned.paragraphs)
    assert writer not in cleaned.paragraphs


def test_a_markdown_page_s_one_first_level_heading_is_the_headline_under_the_site_s_lines():
    """The site's name and motto, its menu and a sign-up line above the page's "#" heading are the site's; the
    heading is the title, the line under it (above the byline) the standfirst."""
    page = reader_for(".md").read(
        "**Lindby Courier** | Your local news for Lindby, Holmvik and the islands\n\n"
        "[News](/news) · [Sport](/sport) · [Tides](/tides) · [Read the print edition](/print)\n\n"
        "> Got this from a friend? [Sign up](/join) for the Courier's evening letter, out at six.\n\n"
        "# Ferry back in service after a week on the slipway at Holmvik\n\n"
        "*Islanders had waited seven days for the crossing*\n\n"
        "By Karin Dahl | 3 March 2025 | 4 min read\n\n"
        "The Lindby ferry sailed again on Monday after a week of repairs to its hull at the Holmvik slipway.\n\n"
        "The harbour master said the crossing would keep its winter timetable until April.\n", [])
    cleaned = clean(page.blocks, page.meta.get("title"))
    assert cleaned.title == "Ferry back in service after a week on the slipway at Holmvik"
    assert cleaned.paragraphs[0] == "Islanders had waited seven days for the crossing" and cleaned.standfirst == 1, cleaned.paragraphs
    assert not any("Courier" in p or "Sign up" in p for p in cleaned.paragraphs)


def test_a_headline_heading_under_the_site_s_menu_is_no_part_of_the_site_s_header():
    page = reader_for(".md").read(
        "The Harbour Notebook\n\n[Home](/) · [Tides](/tides) · [Opinion](/opinion) · [About](/about)\n\n"
        "# Two ferries, one slipway, and a town that keeps waiting\n\n"
        "Posted by harbourwatcher · 3 March 2025 · Opinion · Harbour life · 12 comments\n\n"
        "The Lindby ferry sailed again on Monday after a week of repairs to its hull at the Holmvik slipway.\n\n"
        "The harbour master said the crossing would keep its winter timetable until April.\n", [])
    assert clean(page.blocks, page.meta.get("title")).title == "Two ferries, one slipway, and a town that keeps waiting"


def test_a_blog_s_name_set_as_its_first_level_heading_above_its_menu_is_no_headline():
    page = reader_for(".md").read(
        "# The Lindby Harbour Index\n\nTides, storms and shipping, explained\n\n[Home](/) · [Guides](/guides) · [Charts](/charts) · [Letters](/letters) · [Newsletter](/letter)\n\n"
        "## Why the Lindby ferry spent a week on the slipway, and what it cost\n\n"
        "Posted on 3 March 2025 by Karin Dahl\n\n"
        "The Lindby ferry sailed again on Monday after a week of repairs to its hull at the Holmvik slipway.\n\n"
        "The harbour master said the crossing would keep its winter timetable until April.\n", [])
    assert clean(page.blocks, page.meta.get("title")).title != "The Lindby Harbour Index"


def test_a_markdown_page_s_site_name_set_as_its_first_level_heading_is_no_headline():
    page = reader_for(".md").read(
        "# Nordpost\n\nFerry back in service after a week on the slipway\n\nBy Karin Dahl\n\n"
        "The Lindby ferry sailed again on Monday after a week of repairs to its hull at the Holmvik slipway.\n\n"
        "The harbour master said the crossing would keep its winter timetable until April.\n", [])
    assert clean(page.blocks, page.meta.get("title")).title != "Nordpost"


def test_a_name_alone_under_the_headline_s_buttons_then_the_writer_s_outlet_and_place_is_a_byline():
    """BBC-style: "Karin Dahl" / "Nordpost News, Lindby" under the date and the share buttons, no "By"."""
    cleaned = clean(blocks(
        "Home", "Harbour", "Sport", "Tides", "We store cookies on your device so the harbour pages load faster. Tell us "
        "whether you accept them.", "Accept all", "Manage my choices",
        "Ferry runs aground off Nordvik, forty passengers taken ashore",
        "3 March 2024", "Share", "Save", "Karin Dahl", "Nordpost News, Lindby",
        "A ferry carrying forty passengers ran aground off Nordvik on Monday evening, the harbour master said.",
        "Crews were inspecting the hull on Tuesday and the ferry company said no one had been hurt.",
    ))
    assert cleaned.paragraphs[0].startswith("A ferry carrying"), cleaned.paragraphs


def test_a_blog_s_dated_byline_tags_writer_note_and_readers_comments_are_no_article_text():
    """'Anna K. Berg · March 3, 2026 · 7 min read · 12 comments' (a byline with no "By"), 'Filed under: Courts, School
    Funding, Separation of Powers' (the post's tags), the note on the writer at the foot, and under '12 Comments'
    each reader's comment ('kcappel · March 3, 2026 at 9:14 pm ...')."""
    cleaned = clean(blocks(
        "The Lindby Docket",
        "Court strikes down the school funding law",
        "Anna K. Berg · March 3, 2026 · 7 min read · 12 comments",
        "Filed under: Courts, School Funding Law, Separation of Powers, Vester State Politics",
        "The Vester Supreme Court struck down the school funding law on Tuesday by five votes to two.",
        "The majority said the law broke the constitution's promise to fund the public schools first.",
        "Anna K. Berg was a court reporter in Lindby for a decade. She writes here every week.",
        "12 Comments",
        "kcappel · March 3, 2026 at 9:14 pm Fine piece on a long opinion, and the dissent deserves more attention.",
        "HolmBoardMember · March 4, 2026 at 8:05 pm The Holm schools never joined the suit but gain the most from it.",
    ))
    assert cleaned.byline == "Anna K. Berg"
    assert [p[:14] for p in cleaned.paragraphs] == ["The Vester Sup", "The majority s"]


def test_a_list_of_tags_after_its_label_is_a_widget_however_long():
    from generator.ingest.clean import _button_row

    assert _button_row("Filed under: Courts, School Funding Law, Separation of Powers, Vester State Politics")
    assert not _button_row("Filed under: the court said on Tuesday that the law, which passed in 2024, was void.")
    assert _button_row("Related topics: Vesterland, Shipping, Ferries, Northern Europe, Business")


def test_a_label_and_a_date_without_a_read_time_is_no_byline():
    from generator.ingest.clean import _dated_name

    assert _dated_name("Anna K. Berg · March 3, 2026 · 7 min read") == "Anna K. Berg"
    assert _dated_name("Breaking News · March 3, 2026") is None
