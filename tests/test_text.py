"""generator/text.py: the text utilities every stage shares (slug, comparison keys, the rough sentence split)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.text import first_line, fold, norm, one_line, sentence_spans, sentences, slug


def test_slug_is_safe_and_short():
    assert slug("Anna Berg") == "anna-berg"
    assert slug("Straße in Nordvik") == "strasse-in-nordvik"
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug("index") == "index-page" and slug("index", suffix="-article") == "index-article"
    assert slug("!!!") == ""
    long = slug("word " * 40, limit=20)
    assert len(long) <= 20 and not long.endswith("-")


def test_norm_is_one_key_for_surface_variants():
    assert norm("Ninth Regiment") == norm("9th regiment")
    assert norm("Lindmärk, A.B.") == "lindmark ab"
    assert norm("“Holm”") == "holm"
    assert norm("O’Neill") == norm("O'Neill") == norm("O‘Neill")  # curly and straight apostrophes
    assert norm("Holm & Sons") == norm("Holm and Sons") != norm("Holm Sons")  # an ampersand is "and"
    assert norm("Holm&Co") == "holm co"  # inside a word it stays a sign


def test_fold_and_one_line():
    assert fold("  Read   MORE\n") == "read more"
    assert one_line("a\n b\t c") == "a b c"
    assert first_line("\n  Vester wins\nsecond") == "Vester wins"
    assert first_line("") == ""


def test_sentences_split_at_punctuation_but_not_after_abbreviations():
    text = "Dr. Holm arrived in the U.S. on Monday. “We are ready,” she said! Was it? Yes."
    assert sentences(text) == ["Dr. Holm arrived in the U.S. on Monday.", "“We are ready,” she said!", "Was it?", "Yes."]
    assert sentences("no capital. after this") == ["no capital. after this"]
    assert sentences("   ") == []


def test_sentence_spans_are_offsets_into_the_text():
    text = "Anna Berg spoke first. Then Mr. Holm replied. "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["Anna Berg spoke first.", "Then Mr. Holm replied."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. ?!\n“AB")), max_size=80))
def test_sentence_spans_cover_every_word_once_in_order(text):
    spans = sentence_spans(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    assert " ".join(text[a:b] for a, b in spans).split() == text.split()


def test_a_sentence_may_open_with_an_accented_capital():
    assert sentences("Holm left on Monday. Émile Roux stayed. Ólafur went home.") == [
        "Holm left on Monday.", "Émile Roux stayed.", "Ólafur went home."]


def test_a_dateline_may_name_a_place_with_accented_capitals():
    from generator.text import DATELINE_OPENING

    found = DATELINE_OPENING.match("ÅSTRAND, Vesterland (Nordwire) - Émile Roux said the port would reopen.")
    assert found is not None and found.group(0) == "ÅSTRAND, Vesterland (Nordwire) - "


def test_a_dateline_may_give_the_day_the_article_was_filed():
    from generator.text import DATELINE_OPENING

    found = DATELINE_OPENING.match("NORDVIK, Vesterland, March 3 (Nordwire) - A ferry ran aground off Nordvik on Monday.")
    assert found is not None and found.group(0) == "NORDVIK, Vesterland, March 3 (Nordwire) - "
    found = DATELINE_OPENING.match("LINDBY, Sept. 14 (Nordwire) -- The strike ended.")
    assert found is not None and found.group(0) == "LINDBY, Sept. 14 (Nordwire) -- "


def test_a_dateline_may_name_its_place_as_a_name_with_the_day_and_the_agency_in_brackets():
    from generator.text import DATELINE_OPENING

    found = DATELINE_OPENING.match("Lindby, Oct 14 (Nordpress) A harbour court has ordered the quay closed.")
    assert found is not None and found.group(0) == "Lindby, Oct 14 (Nordpress) "
    assert DATELINE_OPENING.match("Lindby, the harbour town (pop. 900), has a new quay.") is None


def test_one_word_of_a_name_transliterated_two_ways():
    from generator.consolidate.text import transliterated
    assert transliterated("el-naggar", "al-najjar") and transliterated("tarek", "tariq") and transliterated("holmar", "hollmar")
    assert transliterated("abdel-rahman", "abdelrahman")
    assert not transliterated("karin", "caryn")  # (another first letter)
    assert not transliterated("dahl", "dahlberg")  # (other consonants)


@pytest.mark.parametrize("short, long, expected", [
    ("Holm RA", "Holm River Authority", True),
    ("NIT Holm", "Nordic Institute of Technology Holm", True),  # a joining word inside the run has no initial
    ("Holm Ra", "Holm River Authority", False),  # initials are written in capitals
    ("Holm RA", "Lindby River Authority", False),  # the other words are the long name's own
    ("Holm RAB", "Holm River Authority", False),  # every letter an initial
    ("Holm RA", "Holm River", False),  # a run of two words or more
])
def test_a_run_of_words_written_as_initials_inside_a_name(short, long, expected):
    from generator.consolidate.text import initials_inside
    assert initials_inside(short, long) is expected
