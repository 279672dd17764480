"""The brief's lead (claims.py): what happened, from the articles' own leads, on small invented articles."""
from __future__ import annotations

import pytest
from test_consolidate import articles, told

from generator.consolidate import consolidate


REPORT_A = ("A landslide destroyed 40 homes in the fishing village of Lindmark on Thursday, and at least 12 people "
            "died, the county sheriff said.\n\nRescue crews from three counties dug through the mud all night.\n\n"
            "Geologists blamed weeks of heavy rain on the ridge above the village.")
REPORT_B = ("At least 12 people died in Lindmark on Thursday after a landslide destroyed 40 homes, according to "
            "the county sheriff.\n\nThe village, which had 3,000 residents, sits below a steep ridge.\n\n"
            "More rain is expected over the weekend.")
OPINION = ("Why do we keep building houses below unstable slopes? We should stop pretending that landslides are "
           "rare.\n\nI have lived near Lindmark for twenty years and I know the risk.\n\n"
           "Our leaders must act before the next rainy season begins.")
TEASER = ("Lindmark was a quiet place. It is quiet no more.\n\n"
          "A landslide destroyed 40 homes in Lindmark on Thursday and left at least 12 people dead, the sheriff "
          "said.\n\nVolunteers gathered at the school to hand out food and blankets.")


def test_the_lead_says_what_happened_not_an_opinion_or_a_teaser(tmp_path, nlp):
    sentences = told(tmp_path, nlp, OPINION, TEASER, REPORT_A, REPORT_B)
    first = sentences[0]
    assert "destroyed" in first and "Lindmark" in first
    assert not any(s.startswith(("Why do we", "We should", "Lindmark was a quiet")) for s in sentences[:3])


DEKKED = ("The sheriff admitted the ridge above Lindmark was never safe. What he did not say is why the village was "
          "built there\n\nBy Anna Berg\n\nRescue crews from three counties searched the mud in Lindmark for people "
          "still missing after Thursday's landslide.\n\nThe village, which had 3,000 residents, sits below a steep ridge.")


def test_the_standfirst_under_a_headline_is_no_lead(tmp_path, nlp):
    """The outlet's summary under its headline (page furniture, often a teaser) does not lead the brief, however
    much another report says the same: the reports' own first sentences do."""
    report = REPORT_B.replace("\n\nThe village,", " The sheriff admitted on Friday that the ridge above Lindmark was never "
                              "safe.\n\nThe village,")
    sentences = told(tmp_path, nlp, DEKKED, REPORT_A, report)
    assert "destroyed 40 homes" in sentences[0]


def test_the_budget_scales_with_the_distinct_material(tmp_path, nlp):
    from generator.consolidate.claims import WORD_BUDGET, word_budget

    small = articles(tmp_path, nlp, REPORT_A, REPORT_A)  # the same article twice is read, and counted, once
    words = len(" ".join(p for a in small[:1] for p in a.source.paragraphs).split())
    assert word_budget(small) < WORD_BUDGET and word_budget(small) <= max(100, 0.35 * words + 1)


def test_the_country_in_capitals_is_not_a_first_person_pronoun(tmp_path, nlp):
    from generator.consolidate.claims import news_weight

    report, opinion = articles(
        tmp_path, nlp,
        "The US sent 300 engineers to the coast on Monday. Officials in the US said the engineers would stay for a month.",
        "We sent 300 engineers to the coast on Monday. Our officials said the engineers would stay for a month.")
    assert news_weight(report) == 1.0  # "the US" is a country
    assert news_weight(opinion) < 0.5  # "we", "our" are the writer's voice


def test_a_sentence_that_starts_inside_a_quotation_is_part_of_the_quote_not_a_claim(tmp_path, nlp):
    sentences = told(tmp_path, nlp, REPORT_A + "\n\n“The mud came through the kitchen wall. I carried my son up to "
                     "the attic,” Anna Berg, a teacher from the village, told Harbour Radio.", REPORT_B)
    assert not any("carried my son" in s for s in sentences)


def test_an_article_mostly_about_something_else_lends_its_sentences_less_weight(tmp_path, nlp):
    """Three articles on a bridge and one on a football match that mentions the bridge once: within a tight
    budget the brief tells the bridge, not the match (the match article's on-topic share weighs its sentences)."""
    from generator.analyse import analyse
    from generator.consolidate.claims import build_brief
    from generator.consolidate.entities import build_glossary
    from generator.ingest import read_corpus

    texts = [
        "The Lindmark bridge reopened to traffic on Monday after fourteen months of repairs, the city council said. "
        "Engineers replaced all the steel cables of the bridge. The repairs cost 42 million euros, the council said. "
        "About 30,000 vehicles crossed the bridge each day before it closed.",
        "After fourteen months of repairs, the Lindmark bridge reopened on Monday. The council said the repairs cost 42 "
        "million euros. Ferries carried commuters across the river while the bridge was closed. Shop owners near the "
        "bridge said business had fallen by half.",
        "The Lindmark bridge is open again after fourteen months of repairs, the council said on Monday. The steel cables "
        "of the bridge were replaced by a firm from Vesterby. Cyclists will get a separate lane on the bridge from next "
        "spring. The mayor cut a ribbon at the opening.",
        "The Holmstad football club won its third match in a row on Sunday. The striker scored twice in the second half "
        "before a crowd of 12,000. The coach praised the young defenders after the game. Fans celebrated in the old town "
        "square until late at night. The club will play in the cup final next month. Traffic on the Lindmark bridge was "
        "heavy as fans returned home.",
    ]
    folder = tmp_path / "seeds"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i:02d}_article.txt").write_text(f"Article {i + 1}\n\n" + text.replace(". ", ".\n\n"), encoding="utf-8")
    analysed = analyse(read_corpus(folder), nlp)
    told = [s.text for s in build_brief(analysed, build_glossary(analysed), budget=90)]
    assert any("reopened" in t for t in told)
    assert not any("striker" in t or "coach" in t or "cup final" in t for t in told), told


def test_an_imperative_addressed_to_the_reader_is_no_fact_of_the_story(tmp_path, nlp):
    sentences = told(tmp_path, nlp, REPORT_A + "\n\nDonate to the relief fund and share this story with your friends.\n\n"
                     "Always check the road reports before you travel to the county.", REPORT_B)
    assert any("Lindmark" in s for s in sentences)
    assert not any(s.startswith(("Donate", "Always check")) for s in sentences)


def test_a_sentence_whose_subject_is_the_reader_is_no_fact_of_the_story(tmp_path, nlp):
    """"Perhaps you will want to visit the county before the snow.": the reader is told, nothing happened; a "you"
    that stands for anyone is no address ("... the kind of rain that makes you stay indoors")."""
    from generator.consolidate.claims import _states_a_claim

    (analysed,) = articles(tmp_path, nlp, "Perhaps you will want to visit the county before the snow falls again. "
                           "It was the kind of rain that makes you stay indoors for a whole week.")
    first = next(s for s in analysed.sentences if s.text.startswith("Perhaps"))
    second = next(s for s in analysed.sentences if s.text.startswith("It was the kind"))
    assert not _states_a_claim(first, []) and _states_a_claim(second, [])


def test_a_fragment_with_no_subject_is_no_fact_of_the_story(tmp_path, nlp):
    sentences = told(tmp_path, nlp, REPORT_A + "\n\nSoaked by weeks of rain, which loosened the soil on the ridge, "
                     "and then shaken by a small earthquake in March.", REPORT_B)
    assert any("Lindmark" in s for s in sentences)
    assert not any(s.startswith("Soaked by weeks") for s in sentences)


def test_two_counts_of_one_kind_are_one_fact_only_when_they_may_be_versions_of_one_count(tmp_path, nlp):
    # a season's arrests (14,512) are no version of one day's (38); a sentence naming a building beside a number
    # counts no buildings destroyed: each sentence is its own fact, though the two are alike
    from generator.consolidate.claims import build_brief
    from generator.consolidate.entities import build_glossary
    from generator.consolidate.figures import counted_values

    analysed = articles(
        tmp_path, nlp,
        "Police detained 38 fans outside the Lindby stadium on Sunday after a fight between rival supporters.\n\n"
        "The new gym opened on Monday in the Harbour Square 4 building near the Lindby ferry port.",
        "Across Vesterland, police made 14,512 arrests at football grounds in the 2021 season, ministry figures "
        "show.\n\nThe gym will have 52 trainers in a building beside the ferry port.",
    )
    counted = counted_values(analysed)
    sentences = [s.text for s in build_brief(analysed, build_glossary(analysed), budget=400, counted=counted)]
    assert any("38 fans" in s for s in sentences) and any("14,512" in s for s in sentences)
    assert any("Harbour Square 4" in s for s in sentences) and any("52 trainers" in s for s in sentences)


DAM_NEWS = ("At least 31 people were killed and hundreds were missing after a dam burst in western Vesterland on "
            "Tuesday, flooding three villages, officials said.\n\nThe 60-year-old Holm Valley dam gave way at about "
            "4 a.m. after a week of record rainfall, the interior ministry said.\n\nRescue teams were searching for "
            "survivors in Holmby, Lindby and Kessel, where the water reached the rooftops.\n\nPrime Minister Erik "
            "Sandberg declared three days of national mourning and ordered an inquiry into the dam's maintenance.")
DAM_FEATURE = ("Maria Lind was making coffee when she heard the roar.\n\n\"I looked out of the window and the water "
               "was already in the street,\" said Lind, 67, who has lived in the village of Holmby for 40 years.\n\n"
               "She climbed onto the roof with her neighbour's two children and waited four hours for a rescue "
               "boat.\n\nThe Holm Valley dam burst early on Tuesday after days of heavy rain, sending a wave of water "
               "through three villages. At least 31 people were killed, officials said.")
DAM_OPINION = ("How many warnings does it take? For years, engineers told us the Holm Valley dam was failing. We "
               "ignored them.\n\nI grew up below that dam. My parents still live there.\n\nVesterland must stop "
               "pretending that old infrastructure will last forever.")


def test_an_event_reported_on_someone_s_word_is_no_reaction_and_leads(tmp_path, nlp):
    # "At least 31 people were killed ..., officials said" tells what happened (the clause said has an action
    # for its verb); a feature's opening scene does not lead the story
    lead = [s for s in consolidate(articles(tmp_path, nlp, DAM_OPINION, DAM_FEATURE, DAM_NEWS)).sentences
            if s.section == "Lead"]
    assert any(s.text.startswith("At least 31 people were killed") for s in lead)
    assert not any("making coffee" in s.text for s in lead)


SHOOTING_FEATURE = ("Shoppers hid in storerooms and changing rooms as shots rang out at the Holmgate Centre on Saturday, "
                    "leaving five people dead, including the gunman.\n\nSara Nyberg, 34, who works at a bakery in the "
                    "centre, said she pulled three customers into a storeroom and locked the door. \"We sat in the dark "
                    "for 40 minutes. We could hear everything,\" she said.\n\nAmong the dead was Olof Strand, 71, a "
                    "retired teacher who had been shopping with his granddaughter. She was not hurt.\n\nPolice said "
                    "eight people were wounded, three of them seriously.\n\nThe centre, which opened in 2009, will "
                    "remain closed until further notice, its owner, Holmgate Properties, said.")
SHOOTING_REPORT = ("A gunman opened fire at a crowded shopping centre in Lindby on Saturday afternoon, killing four "
                   "people and wounding seven before he was shot dead by police, officials said.\n\nPolice chief Maria "
                   "Falk said the attacker, a 29-year-old local man, entered the Holmgate Centre at about 3 p.m. and "
                   "began shooting near the food court. Officers arrived within four minutes, she said.\n\n\"Our "
                   "officers ran towards the danger,\" Falk told a news conference. \"They saved lives today.\"\n\nThe "
                   "victims were two women and two men aged between 19 and 71, police said. Three of the wounded were "
                   "in a critical condition at Lindby University Hospital.\n\nPolice did not name the gunman. They said "
                   "he had no known links to extremist groups and that the motive was unclear.\n\nPrime Minister Erik "
                   "Sandberg called the attack \"a senseless act of violence\" and ordered flags to fly at half-mast.")


def test_of_two_articles_neither_is_off_topic_and_the_lead_that_names_more_leads(tmp_path, nlp):
    # each article is the other's only peer: neither leads for being the other's closer match, and of two equal
    # leads the one that says who, where, when and how many comes first
    sentences = told(tmp_path, nlp, SHOOTING_FEATURE, SHOOTING_REPORT)
    assert sentences[0].startswith("A gunman opened fire")


COURT_A = ("A court in Lindby on Tuesday cleared football club owner Peter Lindqvist of tax fraud, ruling that the "
           "evidence against him had been gathered unlawfully.\n\nJudge Karin Dahl said tax inspectors had searched "
           "Lindqvist's home without a warrant.")
COURT_B = ("A judge in Lindby acquitted football club owner Peter Lindqvist of tax fraud on Tuesday.\n\n"
           "The Lindby Rovers, which he has owned for twenty years, suspended him this month.")


def test_a_lead_sentence_does_not_lean_on_a_person_named_before(tmp_path, nlp):
    lead = [s.text for s in consolidate(articles(tmp_path, nlp, COURT_A, COURT_B)).sentences if s.section == "Lead"]
    assert not any("suspended him" in s for s in lead)


def test_a_sentence_opening_with_someone_s_words_does_not_lead():
    """'"We closed it at once," said Anna Berg, the engineer who found the cracks during a routine ...': her words
    and her story, not the reporter's account of what happened, though it names her and has a verb."""
    from collections import Counter

    from generator.consolidate.claims import Claim, _says_what_happened
    from generator.contents import Sentence, Token

    def claim(words: list[str]) -> Claim:
        toks, at = [], 0
        for k, w in enumerate(words):
            toks.append(Token(k, w, w.lower(), "PROPN" if w[:1].isupper() else "VERB", "", "", k, at))
            at += len(w) + 1
        text = " ".join(words)
        return Claim("a", Sentence("a", 1, 1, 0, len(text), text, tuple(toks)), 0.1, Counter({"@anna-berg": 1}),
                     core=("berg", "say"))

    assert _says_what_happened(claim(["Anna", "Berg", "said", "the", "group", "had", "grown", "."]))
    assert not _says_what_happened(claim(["“We", "grew", "fast,”", "said", "Anna", "Berg", "."]))


FINE_A = ("The Vesterland Financial Authority has fined Nordvik Bank 40 million euros for failing to stop money "
          "laundering by customers in Holmia, the regulator said on Thursday.\n\n"
          "Between 2014 and 2017, about 2 billion euros in suspicious payments passed through the bank's branch in "
          "Lindby, the authority said.")
FINE_B = ("Nordvik Bank must pay a record 45 million euros after the Vesterland Financial Authority found it had failed "
          "to act on suspicious transactions worth 2 billion euros, the bank said on Thursday.\n\n"
          "The fine is the largest the authority has ever imposed.")


def test_two_versions_of_one_amount_are_told_once_with_the_dispute_in_place(tmp_path, nlp):
    # the fine of 40 or 45 million euros is one fact: the lead tells it once, the other version beside it
    sentences = consolidate(articles(tmp_path, nlp, FINE_A, FINE_B)).sentences
    fines = [s for s in sentences if "million euros" in s.text]
    assert len(fines) == 1
    assert [v.text for v in fines[0].disputed] in (["45 million euros"], ["40 million euros"])


def test_numbers_of_different_things_do_not_keep_two_statements_of_one_fact_apart(tmp_path, nlp):
    # "sold more than 20 million records" and "aged 46" are no two versions of one figure: one death, two sources
    sentences = consolidate(articles(tmp_path, nlp,
        "Lena Holm, the Vesterland singer who sold more than 20 million records, has died at her home in Lindby, her "
        "family said on Sunday.\n\nPolice said there were no suspicious circumstances.",
        "Pop singer Lena Holm has died aged 46 at her home in Lindby, her family announced on Sunday.\n\n"
        "A private funeral will be held next week.")).sentences
    died = [s for s in sentences if "died" in s.text]
    assert len(died) == 1 and len(died[0].sources) == 2



@pytest.mark.parametrize("text, found", [
    ("The crossing takes 6 to 36 hours, depending on the ice.", [("hour", {6.0, 36.0}, "6 to 36 hours")]),
    ("The cyclists rode about 1,400 kilometres in 2019.", [("kilometre", {1400.0}, "1,400 kilometres")]),
    # what a measure is of, before its "of" ("a depth of about 5 km")
    ("The wreck lies at a depth of about 80 metres off the cape.", [("metre", {80.0}, "depth of about 80 metres")]),
    # a reading on a scale, before or after its number, or glued to it: the scale's
    ("A magnitude 5.8 quake shook the valley.", [("magnitude", {5.8}, "magnitude 5.8")]),
    ("A 5.8-magnitude quake shook the valley.", [("magnitude", {5.8}, "5.8-magnitude")]),
    ("It was a magnitude-5.9 tremor.", [("magnitude", {5.9}, "magnitude-5.9")]),
    # codes, years, clock times and shares are read elsewhere or measure nothing
    ("The ferry MS Holm (IMO 9123) sailed at 6:15 a.m. on March 3, 2021, with 60 percent of its seats sold.", []),
])
def test_what_the_numbers_of_a_sentence_measure(tmp_path, nlp, text, found):
    from generator.consolidate.claims import measures

    sentence = next(s for s in articles(tmp_path, nlp, text)[0].sentences if s.text == text)
    assert [(unit, set(values), phrase) for unit, values, phrase in measures(sentence)] == found


def test_two_sentences_sharing_many_content_words_are_one_fact_told_twice(tmp_path, nlp, monkeypatch):
    """Five content words or more in common, at a middling lexical likeness and no closeness of meaning measured:
    the brief tells it once ("the rivets and the welds ... rusted by sea salt" / "rusted rivets and welds worn by
    sea salt"); fewer words in common, at that likeness, are two facts."""
    from generator.consolidate import claims as C

    analysed = articles(tmp_path, nlp, "Inspectors found that the rivets and the welds of the old bridge were rusted by sea salt.",
                        "Other weak points of the old bridge included rusted rivets and welds worn by sea salt.",
                        "The old bridge reopened on Monday after the rivets were replaced by a local firm.")
    claims = C.claims_of(analysed, consolidate(analysed).entities)
    first, second, third = (next(c for c in claims if c.sentence.text.startswith(w)) for w in ("Inspectors", "Other", "The old"))
    monkeypatch.setattr(C, "lexical", lambda *_: 0.35)
    monkeypatch.setattr(C, "cosine", lambda *_: 0.1)
    assert C._redundant(first, second)
    assert not C._redundant(first, third)


def test_an_object_pronoun_with_only_its_own_verb_s_subject_before_it_leans_on_the_sentence_before(tmp_path, nlp):
    # an object never stands for its own verb's subject ("themselves" would): whom "them" means, the sentence
    # before said; in a clause before the main one it may point ahead, and a noun before it may be what it means
    from generator.consolidate.claims import dangling

    (analysed,) = articles(tmp_path, nlp, "Rescue crews from three counties quickly joined them. "
                           "After sorting them by size, volunteers handed the blankets to families. "
                           "The sheriff thanked the volunteers and praised them.")
    leaning = {s.text.split()[0]: dangling(s) for s in analysed.sentences}
    assert (leaning["Rescue"], leaning["After"], leaning["The"]) == (True, False, False)


def test_background_in_the_past_perfect_and_a_feature_s_list_before_a_colon_lead_nothing(tmp_path, nlp):
    """'Regulators had accused the company of ...' tells what came before the news; 'Two flares, a broken goal and a
    downpour: the cup final was anything but dull' teases what a report's lead tells. Neither leads the brief; a
    plain report does."""
    from generator.consolidate.claims import _background_or_teaser

    (analysed,) = articles(tmp_path, nlp, "Regulators had accused the ferry company of hiding the faults. "
                           "Two flares, a broken goal and a downpour: the Holm cup final was anything but dull on Sunday. "
                           "Lindby won the Holm cup on Sunday, beating Vesterby 3-1 in the final.")
    teased = {s.text.split()[0]: _background_or_teaser(s) for s in analysed.sentences if s.text.split()[0] in ("Regulators", "Two", "Lindby")}
    assert teased == {"Regulators": True, "Two": True, "Lindby": False}


def test_a_reported_clause_about_this_figure_leans_on_the_sentence_before(tmp_path, nlp):
    """'Holm said that number would grow' ("that" read as a conjunction before a bare "number"), 'Holm said these
    families had been rehoused': which number, which families, the sentence before said; not 'Holm said the
    number would grow', nor 'Holm said that water was rising'."""
    from generator.consolidate.claims import dangling

    (analysed,) = articles(tmp_path, nlp, "Police chief Erik Holm said that number would rise once divers reached the hull. "
                           "Mayor Anna Berg said these families had been rehoused in Lindby. "
                           "Harbour master Per Dahl said the number would rise once divers reached the hull. "
                           "Coastguard Ola Lind said that water was rising in the harbour.")
    leaning = {s.text.split()[0]: dangling(s) for s in analysed.sentences}
    assert (leaning["Police"], leaning["Mayor"], leaning["Harbour"], leaning["Coastguard"]) == (True, True, False, False)


def test_a_long_sentence_that_starts_inside_a_quotation_is_no_claim(tmp_path, nlp):
    # its first words close a quotation opened in the sentence before: out of place, it starts mid-quote
    sentences = told(tmp_path, nlp, REPORT_A + "\n\n\"I do not fear the mud. I fear the next rain,\" Anna Berg told "
                     "Harbour Radio on Friday, when crews from three counties were still digging through the ruins of "
                     "the school on the northern edge of the fishing village.", REPORT_B)
    assert any("Lindmark" in s for s in sentences)
    assert not any(s.startswith(("I fear", "I do not fear", "\"I")) for s in sentences)


@pytest.mark.parametrize("column, gone", [
    # an article whose writer speaks as "I" in several sentences is a column or a memoir: its views and memories
    # ("The lesson is plain, and it is hard.") are no facts of the story
    ("I first crossed the ridge above Lindmark as a boy, when the village still had its mill.\n\n"
     "I remember the sound of the river at night. My father fished there every summer.\n\n"
     "The lesson is plain, and it is hard. The hillside has been moving for a decade, quietly.\n\n"
     "I hope the county listens this time.", ("The lesson is", "The hillside has", "I ", "My father")),
    # an advice column speaks to its reader as "you" again and again: a "you" in a sentence there is advice
    ("Have you read the forecast? If you sail on Sundays, you will want to know it. "
     "The boats in Lindby need bailing whether you like it or not. "
     "Before you head out to the pier in Lindby, read the warning closely. "
     "The Lindmark weather office issued 40 warnings this year, the agency said.", ("The boats in Lindby", "Before you head")),
])
def test_a_column_s_own_wording_is_not_told(tmp_path, nlp, column, gone):
    sentences = told(tmp_path, nlp, REPORT_A, REPORT_B, column)
    assert any("Lindmark" in s for s in sentences)
    assert not any(s.startswith(gone) for s in sentences)


def test_a_sentence_that_says_you_twice_advises_the_reader_and_is_no_fact(tmp_path, nlp):
    from generator.consolidate.claims import _states_a_claim

    (analysed,) = articles(tmp_path, nlp, "If you live below the ridge, leaving early is the best thing you can do. "
                           "It was the kind of rain that makes you stay indoors for a whole week.")
    advice, generic = analysed.sentences[0], analysed.sentences[1]
    assert not _states_a_claim(advice, []) and _states_a_claim(generic, [])


def test_a_list_of_imperatives_opening_with_a_base_form_is_no_fact_of_the_story(tmp_path, nlp):
    from generator.consolidate.claims import _states_a_claim

    (analysed,) = articles(tmp_path, nlp, "Walk, swim, dance on the beach. Help arrived in Lindby on Monday evening.")
    first = next(s for s in analysed.sentences if s.text.startswith("Walk"))
    assert not _states_a_claim(first, [])


def test_the_brief_does_not_open_by_referring_back_to_someone_by_age(tmp_path, nlp):
    """'The 61-year-old manager was sacked ...' refers back to a man named before: the first sentence is the
    telling that names him."""
    lead = [s.text for s in consolidate(articles(tmp_path, nlp,
        "The 61-year-old manager was sacked on Tuesday morning, two days after his side lost 2-0 to Nordvik "
        "United in the cup final in Lindby.\n\nClub president Anna Berg told him of the decision at the training ground.",
        "Holm City sacked coach Erik Lindmark on Tuesday morning, two days after his side lost 2-0 to Nordvik "
        "United in the cup final.\n\nTomas Brandt, 47, will take charge on Wednesday.",
        "Fans of Holm City gathered outside the stadium on Tuesday after the club dismissed its coach.\n\n"
        "The club said Tomas Brandt would take charge on Wednesday.")).sentences if s.section == "Lead"]
    assert lead[0].startswith("Holm City sacked coach Erik Lindmark")


MARKET_REACTION = ("More than 300 stalls at the Lindby fish market stayed shut on Wednesday while fishmongers marched "
                   "over the price of diesel, a day after the harbour master, Erik Holm, resigned.\n\nThe traders said the "
                   "boats could no longer pay for fuel.")
MARKET_REPORT = ("The harbour master of Lindby, Erik Holm, resigned on Monday after the price of diesel rose by a third "
                 "since January.\n\nThe port authority said a deputy would act in the post.")


def test_a_lead_is_told_in_words_whose_main_clause_states_the_fact(tmp_path, nlp):
    """Of two wordings of the lead's fact, not the one that tells a consequence in its main clause and the fact in a
    clause after it ("stalls stayed shut ..., a day after the harbour master resigned")."""
    sentences = told(tmp_path, nlp, MARKET_REACTION, MARKET_REPORT)
    assert sentences[0].startswith("The harbour master of Lindby, Erik Holm, resigned")


TALKS_SHORT = ("Ferry talks between Lindby and Holmvik will open in Vesterby on Tuesday, port officials said.\n\n"
               "Holm is pressuring both towns to sign a ferry deal before the winter storms, though the Lindby mayor has "
               "complained about the fares.")
TALKS_FULL = ("Ferry talks between Lindby and Holmvik open in Vesterby on Tuesday, the port board said.\n\n"
              "The talks come as harbour chief Erik Holm pushes both towns to sign a ferry deal before the winter storms.")


def test_a_lead_names_whom_it_tells_of_before_calling_them_by_a_surname(tmp_path, nlp):
    """Of two wordings of a lead fact, the one that gives "harbour chief Erik Holm", not "Holm" alone, when the lead has
    not named him in full before."""
    sentences = told(tmp_path, nlp, TALKS_SHORT, TALKS_FULL)
    assert any("Erik Holm" in s for s in sentences[:2]) and not any(s.startswith("Holm is") for s in sentences[:2])
