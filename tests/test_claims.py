"""The brief's lead (claims.py): what happened, from the articles' own leads, on small invented articles."""
from __future__ import annotations

from test_consolidate import told


REPORT_A = ("A fire destroyed the mountain town of Lindmark on Thursday, killing at least 12 people, the county "
            "sheriff said.\n\nFirefighters from three counties fought the blaze through the night.\n\n"
            "The cause of the fire is under investigation, officials said.")
REPORT_B = ("At least 12 people were killed when a fire destroyed the town of Lindmark on Thursday, according to "
            "the county sheriff.\n\nMore than 400 homes burned in the town, which had 3,000 residents.\n\n"
            "Rain is forecast for the weekend.")
OPINION = ("Why do we keep building towns in the forest? We should stop pretending that fires are rare.\n\n"
           "I have lived near Lindmark for twenty years and I know the risk.\n\n"
           "Our leaders must act before the next fire season begins.")
TEASER = ("Lindmark was a quiet place. It is quiet no more.\n\n"
          "A fire destroyed the town of Lindmark on Thursday and killed at least 12 people, the sheriff said.\n\n"
          "Volunteers gathered at the school to hand out food and blankets.")


def test_the_lead_says_what_happened_not_an_opinion_or_a_teaser(tmp_path, nlp):
    sentences = told(tmp_path, nlp, OPINION, TEASER, REPORT_A, REPORT_B)
    first = sentences[0]
    assert "destroyed" in first and "Lindmark" in first
    assert not any(s.startswith(("Why do we", "We should", "Lindmark was a quiet")) for s in sentences[:3])


def test_the_budget_scales_with_the_distinct_material(tmp_path, nlp):
    from test_consolidate import articles
    from generator.consolidate.claims import WORD_BUDGET, word_budget

    small = articles(tmp_path, nlp, REPORT_A, REPORT_A)  # the same article twice is read, and counted, once
    words = len(" ".join(p for a in small[:1] for p in a.source.paragraphs).split())
    assert word_budget(small) < WORD_BUDGET and word_budget(small) <= max(100, 0.35 * words + 1)


def test_the_country_in_capitals_is_not_a_first_person_pronoun(tmp_path, nlp):
    from test_consolidate import articles
    from generator.consolidate.claims import news_weight

    report, opinion = articles(
        tmp_path, nlp,
        "The US sent 300 troops to the border on Monday. Officials in the US said the troops would stay for a month.",
        "We sent 300 troops to the border on Monday. Our officials said the troops would stay for a month.")
    assert news_weight(report) == 1.0  # "the US" is a country
    assert news_weight(opinion) < 0.5  # "we", "our" are the writer's voice


def test_a_sentence_that_starts_inside_a_quotation_is_part_of_the_quote_not_a_claim(tmp_path, nlp):
    sentences = told(tmp_path, nlp, REPORT_A + "\n\n“We lost everything in one night. I ran for my life and that of my "
                     "two children,” Anna Berg, a teacher from the town, told Harbour Radio.", REPORT_B)
    assert not any("ran for my life" in s for s in sentences)
