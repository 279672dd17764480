"""Consolidate on small inputs: the glossary's merging, typing and roles, the brief's grouping and citations,
quotes merged across sources (figures and disagreements: test_figures.py).  Each test builds a few short articles, runs ingest and
analyse (the real spaCy pipeline) and checks one behaviour of the stage."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.analyse import analyse
from generator.consolidate import consolidate
from generator.consolidate.claims import SAME_FACT_ANCHORED, claims_of, dangling, same_fact, stem, _vectorise
from generator.consolidate.entities import build_glossary
from generator.ingest import read_corpus

FILLER = (
    "Officials gave no further details on Monday evening.\n\n"
    "The statement was published on the government website.\n"
)


def articles(tmp_path: Path, nlp, *texts: str):
    """Analysed sources, one per text (a headline line, then the text, then a neutral closing paragraph)."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i:02d}_article.txt").write_text(f"Report number {i + 1} on the story\n\n{text}\n\n{FILLER}", encoding="utf-8")
    return analyse(read_corpus(folder), nlp)


def told(tmp_path: Path, nlp, *texts: str) -> list[str]:
    """The sentences the brief of these articles tells."""
    return [s.text for s in consolidate(articles(tmp_path, nlp, *texts)).sentences]


def entity(entities, name: str):
    found = [e for e in entities if e.name == name or name in e.aliases]
    assert len(found) == 1, (name, [(e.name, e.aliases) for e in entities])
    return found[0]


# ------------------------------------------------------------------------------------------- glossary


def test_spelling_variants_and_surnames_are_one_person_with_the_role_the_articles_give(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "Vesterlandic President Taras Lindenskyy said the talks in Holmsund would resume on Friday. Lindenskyy spoke to reporters.",
        "Taras Lindenskiy told reporters in Vesterby that the delegation would travel to Holmsund this week.",
        "Lindensky said he expected progress at the talks, speaking in Vesterby on Thursday.",
    )
    entities = build_glossary(analysed)
    person = entity(entities, "Taras Lindenskyy")
    assert person.type == "person"
    assert {"Taras Lindenskiy", "Lindensky"} <= set(person.aliases)
    assert len(person.sources) == 3
    assert any("President" in r.text for r in person.roles)
    assert entity(entities, "Holmsund").type == "place"


def test_people_who_share_a_first_name_stay_apart(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "John Smith, the mayor of the town, said the bridge would reopen in June after repairs.",
        "John Brown, a local engineer, said the repairs to the bridge had cost more than expected.",
    )
    entities = build_glossary(analysed)
    assert entity(entities, "John Smith") is not entity(entities, "John Brown")


@pytest.mark.parametrize("texts, name, alias", [
    (("The Institute for the Study of Floods (ISF) said the flood had receded near the river crossing.",
      "Analysts at ISF said in a report on Sunday that the flood had receded."),
     "Institute for the Study of Floods", "ISF"),
    (("Lt. Tomas Brandt was assigned to the \"Carriers\" of Coastal Transport Support Squadron (VRT) 12 in Nordmark.",
      "The plane belonged to VRT 12, a squadron that flies mail and passengers to the island."),
     "Coastal Transport Support Squadron (VRT) 12", "VRT 12"),
    (("The Vesterland Data Protection Commission (DPC) said hackers had stolen names and passwords in 2024.",
      "Helen Dixon, who heads the DPC, said companies cannot treat security as an afterthought."),
     "Vesterland Data Protection Commission", "DPC"),
], ids=["defined-abbreviation", "unit-with-code", "spelling-the-name-after-its-country"])
def test_an_abbreviation_joins_the_name_it_stands_for(tmp_path, nlp, texts, name, alias):
    organisation = entity(build_glossary(articles(tmp_path, nlp, *texts)), name)
    assert alias in organisation.aliases and organisation.type == "organisation"
    assert len(organisation.sources) == 2


def test_a_title_before_a_name_makes_a_person_and_a_role(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "Holmsund spokesman Erik Holm told reporters on Tuesday that no date had been set for the meeting.",
    )
    person = entity(build_glossary(analysed), "Erik Holm")
    assert person.type == "person"
    assert [r.text for r in person.roles] == ["Holmsund spokesman"]


def test_time_zones_and_portfolios_are_not_entities_and_a_bay_is_one_place(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "The search ended at 10:00 a.m. Vesterland Standard Time on Friday, the navy said in a statement.",
        "In late March, the cruiser USS Stormvik ran aground in Lindia Bay, damaging its rudder.",
        "\"Engine trouble may have caused the crash,\" Nordmarkian Defense Minister Tomas Brandt told reporters.",
    )
    entities = build_glossary(analysed)
    names = {n for e in entities for n in (e.name, *e.aliases)}
    assert not any("Standard Time" in n for n in names)
    assert "Defense" not in names
    assert entity(entities, "Lindia Bay").type == "place" and "Lindia" not in names


def test_numbers_never_become_entries(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "More than 2,000 people attended the rally in Vesterby on Saturday, police said.",
    )
    names = {e.name for e in build_glossary(analysed)}
    assert "Vesterby" in names
    assert not any(ch.isdigit() for n in names for ch in n)


# ------------------------------------------------------------------------------------------- brief


def test_a_fact_told_by_two_sources_is_one_sentence_citing_both_and_a_lone_fact_stays(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "The Lindmark bridge reopened on Monday after fourteen months of repairs, the city council said. "
        "The repairs cost 40 million euros.",
        "After fourteen months of repairs, the Lindmark bridge reopened to traffic on Monday, according to the city council.",
    )
    brief = consolidate(analysed)
    ids = [a.source.id for a in analysed]
    reopened = [s for s in brief.sentences if "reopened" in s.text]
    assert len(reopened) == 1 and set(reopened[0].sources) == set(ids)
    # the footnote shows each source's own sentence
    assert {e.source for e in reopened[0].evidence} == set(ids)
    assert all("reopened" in e.text for e in reopened[0].evidence)
    cost = [s for s in brief.sentences if "40 million" in s.text]
    assert len(cost) == 1 and cost[0].sources == (ids[0],)
    assert all(s.sources for s in brief.sentences)


def claim_pair(analysed, word_a: str, word_b: str):
    """The claims (vectorised) of the one sentence holding word_a and the one holding word_b."""
    claims = claims_of(analysed, consolidate(analysed).entities)
    _vectorise(claims)
    [a] = [c for c in claims if word_a in c.sentence.text]
    [b] = [c for c in claims if word_b in c.sentence.text]
    return a, b


@pytest.mark.parametrize("first, second, word_a, word_b, sim, one_fact", [
    # alike sentences about different people are different facts
    ("In August, Vice Adm. Erik Holm was relieved of his duty as commander of the 9th Fleet after the collision.",
     "Vice Adm. Tomas Brandt, commander of the 9th Fleet, said in a statement that the collision was under review.",
     "Holm", "Brandt", 1.0, False),
    # "chief executive" is how both introduce her, not what they tell
    ("The company's chief executive, Anna Berg, apologised to patients on Thursday evening.",
     "Nordvik's chief executive, Anna Berg, is due to appear before the health committee next week.",
     "apologised", "appear", 1.0, False),
    # ... but the same person telling one thing ("said" both times) is one fact
    ("Defence Minister Erik Holm said the boat sank within minutes of the collision.",
     "The boat went down in minutes, Erik Holm, the defence minister, said after the collision.",
     "sank", "went down", 1.0, True),
    # alike only by their names: "recall" is all they share besides the names and how they introduce Cardiol
    ("Nordvik Pharma has recalled 40,000 packs of Cardiol, one of the most prescribed heart drugs in Vesterland, "
     "after a solvent was found in its pills.",
     "The recall of Nordvik Pharma's heart drug Cardiol widened on Friday to include a second medicine, the agency said.",
     "has recalled", "widened", SAME_FACT_ANCHORED, False),
])
def test_two_sentences_state_one_fact_by_what_they_tell(tmp_path, nlp, first, second, word_a, word_b, sim, one_fact):
    a, b = claim_pair(articles(tmp_path, nlp, first, second), word_a, word_b)
    assert same_fact(a, b, sim=sim) is one_fact


def test_sentences_sharing_only_the_story_s_own_words_are_different_facts(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "The migrants, mostly from Vesterland and Holmia, say they are fleeing violence in their home countries.",
        "In 2014 the government partnered with the countries the migrants come from, Vesterland and Holmia.",
    )
    a, b = claim_pair(analysed, "fleeing", "partnered")
    assert same_fact(a, b, sim=1.0)  # alike enough, and "migrant" and "country" in common ...
    assert not same_fact(a, b, sim=1.0, topic=frozenset({stem("migrant")}))  # ... but "migrant" is what the story is about


def test_a_quote_told_by_two_sources_is_one_quote_by_its_speaker(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "President Tomas Brandt said on Friday: \"They have to come to the table fast.\" He gave no date.",
        "\"They have to come to the table, fast,\" Brandt told reporters at the Lindmark Palace on Friday.",
    )
    brief = consolidate(analysed)
    brandt = entity(brief.entities, "Tomas Brandt")
    quotes = [q for q in brief.quotes if "come to the table" in q.text]
    assert len(quotes) == 1
    assert quotes[0].speaker == brandt.id and len(quotes[0].sources) == 2


@pytest.mark.parametrize("count", [1, 3])
def test_the_brief_stays_within_its_word_budget_and_cites_every_sentence(tmp_path, nlp, count):
    # distinct articles (identical ones would be merged by ingest as duplicates)
    texts = [" ".join(f"Officials in district {100 * k + n} said that {n + k} schools would close for repairs during the winter."
                      for n in range(1, 80)) for k in range(count)]
    analysed = articles(tmp_path, nlp, *texts)
    assert len(analysed) == count
    brief = consolidate(analysed)
    assert sum(len(s.text.split()) for s in brief.sentences) <= 600
    assert brief.sentences and all(s.sources for s in brief.sentences)


def test_a_known_name_coordinated_with_another_makes_both_entries(tmp_path, nlp):
    """spaCy tags "Friendbook and Pictogram" as one title; Pictogram is known from elsewhere, so Friendbook is a name."""
    analysed = articles(
        tmp_path, nlp,
        "Nordvik will shut down its Friendbook and Pictogram accounts and end promotional activity on Chatter, Berg said.",
        "Nordvik already works with Pictogram to scrape inappropriate content, including images of teenagers.",
    )
    entities = build_glossary(analysed)
    assert entity(entities, "Friendbook").type == entity(entities, "Pictogram").type
    assert "Friendbook and Pictogram" not in {e.name for e in entities}


def test_two_parents_sharing_no_name_or_named_together_stay_apart(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "Lindmark Ventures, a unit of Holm Brands, said it will raise the minimum age. Holm Brands "
        "and Holm Oil were not involved.",
        "Lindmark Ventures, a unit of Holm Oil, said it would raise the minimum age on Tuesday.",
        "Nordvik Labs, a unit of Berg American, said it agreed. Nordvik Labs, a unit of Vester American Tobacco, "
        "had said so before.",
    )
    names = {e.name for e in build_glossary(analysed)}
    assert {"Holm Brands", "Holm Oil"} <= names  # named together by the first source
    assert {"Berg American", "Vester American Tobacco"} <= names  # no shared first word


def test_one_name_written_two_ways_by_two_sources_is_merged_and_reported(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "Defence Secretary James Holloway said the League of Coastal Engineers was wrong about the HolmNet Zero program.",
        "Jim Holloway told reporters on Monday that Holm Net Zero outran every earlier version in three days. "
        "The League for Coastal Engineers, a group of scientists, disagreed with him.",
    )
    spellings = {d.topic: {v.text for v in d.variants} for d in consolidate(analysed).discrepancies
                 if d.topic.startswith("Spelling of")}
    variants = list(spellings.values())
    assert {"James Holloway", "Jim Holloway"} in variants  # a given name and its short form
    assert {"League of Coastal Engineers", "League for Coastal Engineers"} in variants  # another joining word
    assert {"HolmNet Zero", "Holm Net Zero"} in variants  # written closed and open


def test_a_short_fact_told_twice_in_other_words_is_told_once(tmp_path, nlp):
    texts = told(
        tmp_path, nlp,
        "The aircraft crashed into the sea southeast of Holmsund on Wednesday afternoon. An investigation is in progress.",
        "Two pilots were lost when their plane went down near Holmsund on Wednesday. An investigation is currently underway.",
    )
    assert len([t for t in texts if t.startswith("An investigation")]) == 1


def test_a_note_that_someone_declined_to_comment_is_not_a_fact_of_the_story(tmp_path, nlp):
    texts = told(
        tmp_path, nlp,
        "The company will stop selling flavored teas in retail stores from Tuesday. The company declined to comment.",
        "A spokesman did not immediately respond to a request for comment. The flavored teas will stay on sale online.",
    )
    assert texts and not [t for t in texts if "comment" in t]


def test_a_role_ends_where_the_reporting_begins_and_ceo_is_chief_executive(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "“Our intent was never to have children use Nordvik,” said Erik Holm, chief executive of Nordvik Labs in a statement "
        "emailed to reporters on Tuesday.",
        "The company would stop selling flavored teas in retail stores, said Erik Holm, CEO, on Tuesday.",
    )
    brief = consolidate(analysed)
    holm = entity(brief.entities, "Erik Holm")
    assert {r.text for r in holm.roles} == {"CEO", "chief executive of Nordvik Labs"}
    assert not [d for d in brief.discrepancies if d.topic == "How sources describe Erik Holm"]


@pytest.mark.parametrize("sentence, leans", [
    ("That's more than the worst five floods in the region's history combined, the agency said.", True),
    ("The number was revised down from 312 as people were found in shelters, officials said.", True),
    ("His awards include the Coastal Service Medal and the Lindmark Merit Medal.", True),
    ("They filled school corridors for long breaks between classes.", True),
    ("That deadline passed this past weekend without any announcement.", True),
    ("It wasn't immediately clear whether the company would stop selling its teas in corner shops.", False),
    ("The company will keep selling all of its blends on its website, this person said.", False),
    ("The number of people still missing dropped to 131 on Sunday, the sheriff said.", False),
    ("Back in September, the agency gave five brands an ultimatum: They had 30 days to act.", False),
    ("It also shows, in a plain way, what happens when the dam gives way.", True),  # "it": the thing told before
    ("Instead, it used the data from the last storm to plan the new dam.", True),
    ("While rain slowed the search, it also helped firefighters contain the blaze.", False),  # "it": the rain
    ("It is estimated that one in six people in the town have no doctor.", False),  # points forward
    ("It may be the only bridge in the country that opens twice a day.", True),  # "it" is something named before
    ("It was the worst flood in the valley for forty years.", True),
    ("It is unclear whether the bridge will open again this year.", False),  # the clause it stands for follows
    ("It was Erik Holm who first saw the crack in the bridge.", False),  # a cleft names its subject
    ("It was first seen by the Holm Radio Array, a network of antennas in the north.", True),  # a passive "it"
    ("It was reported that the bridge had been closed for repairs.", False),  # ... stands for the clause it reports
    ("Another, Anna Berg, said she had warned the council about the barrier.", True),
    # a pronoun of quantity standing alone, an object that is "the same" as something told before
    ("Some say it came far too late.", True),
    ("Some of the oldest towns on the coast have raised the very same point.", True),
    ("Some of the oldest towns on the coast have asked for a new sea wall.", False),
])
def test_a_sentence_that_leans_on_the_one_before_is_dangling(tmp_path, nlp, sentence, leans):
    (analysed,) = articles(tmp_path, nlp, sentence)
    (found,) = [s for s in analysed.sentences if s.text == sentence]
    assert dangling(found) is leans


def test_the_brief_never_tells_a_sentence_that_leans_on_the_one_before(tmp_path, nlp):
    texts = told(
        tmp_path, nlp,
        "The number of people still missing from the flood dropped to 131 on Sunday, the sheriff said. "
        "The number was revised down from 312 as people were found in shelters, officials said.",
        "The flood destroyed nearly 6,000 homes in the town of Vesterby. That's more than the worst five floods "
        "in the region's history combined, the agency said.",
    )
    assert any("dropped to 131" in t for t in texts) and any("6,000 homes" in t for t in texts)
    assert not [t for t in texts if t.startswith(("The number was", "That's"))]


def test_one_figure_or_one_dated_action_told_by_two_sources_is_told_once(tmp_path, nlp):
    texts = told(
        tmp_path, nlp,
        "Eight sailors were immediately recovered from the crash and transferred to the frigate for evaluation. "
        "Back in September, the agency gave Nordvik and four other brands an ultimatum to curb sales to children.",
        "Eight personnel were recovered on scene after the crash by coast guard helicopters. "
        "Commissioner Anna Berg in September gave five energy drink brands until Sunday to submit plans to curb sales to children.",
    )
    assert len([t for t in texts if t.startswith("Eight")]) == 1
    assert len([t for t in texts if "September" in t]) == 1


def test_sentences_alike_only_in_their_names_are_both_told(tmp_path, nlp):
    texts = told(
        tmp_path, nlp,
        "The Holm Fire, centred on the town of Vesterby northeast of Lindmark, is now 70% contained.",
        "The number of people still missing from the Holm Fire north of Lindmark dropped to 131 on Sunday.",
    )
    assert any("70%" in t for t in texts) and any("131" in t for t in texts)


def test_two_sentences_about_the_same_people_doing_the_same_thing_are_told_once(tmp_path, nlp):
    texts = told(
        tmp_path, nlp,
        "Nordmark envoys Tomas Brandt and Marco Lindqvist will represent Holmsund at the talks.",
        "Vesterland's delegation will be led by Anna Berg, while the palace is expected to send Special Envoy "
        "Tomas Brandt and businessman Marco Lindqvist.",
    )
    assert len([t for t in texts if "Brandt" in t]) == 1, texts


def test_consolidation_times_its_parts_when_asked(seeds_run):
    """The benchmark reads the parts' times from the build report instead of patching the functions."""
    _, analysed, brief = seeds_run
    timings: dict[str, float] = {}
    assert consolidate(analysed, timings=timings) == consolidate(analysed)
    assert set(timings) == {"glossary", "quotes", "figures", "reports", "disagreements", "brief"}
    assert all(t >= 0 for t in timings.values())


def test_a_brief_sentence_leaves_out_the_dateline_its_article_opens_with(tmp_path, nlp):
    brief = consolidate(articles(
        tmp_path, nlp,
        "VESTERBY, Nordia (Nordpress) — The Lindmark bridge reopened to traffic on Monday after 14 months of repairs.",
        "HOLMSUND -- The Lindmark bridge reopened to traffic on Monday after 14 months of repairs, the city said.",
    ))
    [told_once] = [s for s in brief.sentences if "reopened" in s.text]
    assert told_once.text.startswith("The Lindmark bridge reopened") and len(told_once.evidence) == 2
    assert not [e for e in told_once.evidence if e.text.startswith(("HOLMSUND", "VESTERBY"))]  # no fact of the story
