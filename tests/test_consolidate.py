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
    (("Pilot Tomas Brandt has flown seaplanes with Island Transport Squadron (VRT) 12 in Nordmark for six years.",
      "The plane belonged to VRT 12, a squadron that watches over the fishing grounds."),
     "Island Transport Squadron (VRT) 12", "VRT 12"),
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
        "Ferries will sail again from 6:30 p.m. Vesterland Standard Time on Sunday, the harbour office said.",
        "Two kayakers were pulled from the cold water of Lindia Bay on Saturday after their boat capsized.",
        "Nordmarkian Defense Minister Tomas Brandt will open the new naval school on Monday.",
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
    ("In May, head coach Erik Holm was dismissed as manager of Lindby Rovers after the cup defeat.",
     "Head coach Tomas Brandt, manager of Lindby Rovers, told the club's website that the cup defeat hurt.",
     "Holm", "Brandt", 1.0, False),
    # "chief executive" is how both introduce her, not what they tell
    ("The company's chief executive, Anna Berg, apologised to patients on Thursday evening.",
     "Nordvik's chief executive, Anna Berg, is due to appear before the health committee next week.",
     "apologised", "appear", 1.0, False),
    # ... but the same person telling one thing ("said" both times) is one fact
    ("Defence Minister Erik Holm said the boat sank within minutes of the collision.",
     "The boat went down in minutes, Erik Holm, the defence minister, said after the collision.",
     "sank", "went down", 1.0, True),
    # all they share is the person, her title and that she said something: two things she said, not one fact
    ("Harbour Authority Chairwoman Karin Dahl said last week that 40 ferries would stop at Lindby in May.",
     "Harbour Authority Chairwoman Karin Dahl has stood by the new fares, saying the crossings must pay their way.",
     "40 ferries", "new fares", 1.0, False),
    # ... and so when the tagger reads the title as a name of its own ("Coast Guard Commissioner" an ORG)
    ("Coast Guard Commissioner Erik Holm said last week that 40 ferries would stop at Lindby in May.",
     "Coast Guard Commissioner Erik Holm has stood by the new fares, saying the crossings must pay their way.",
     "40 ferries", "new fares", 1.0, False),
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
        "The pickers, mostly from Vesterland and Holmia, say the harvest pays better than work in their own countries.",
        "In 2014 the government signed labour deals with the countries the pickers come from, Vesterland and Holmia.",
    )
    a, b = claim_pair(analysed, "harvest", "labour")
    assert same_fact(a, b, sim=1.0)  # alike enough, and "picker" and "country" in common ...
    assert not same_fact(a, b, sim=1.0, topic=frozenset({stem("picker")}))  # ... but "picker" is what the story is about


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
        "From May, the museum will stop posting on its Friendbook and Pictogram accounts, Berg said.",
        "Pictogram removed 300 posts that advertised the museum's shop to children last year.",
    )
    entities = build_glossary(analysed)
    assert entity(entities, "Friendbook").type == entity(entities, "Pictogram").type
    assert "Friendbook and Pictogram" not in {e.name for e in entities}


def test_two_parents_sharing_no_name_or_named_together_stay_apart(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "Lindmark Foods, a unit of Holm Dairy, said it will cut the price of milk. Holm Dairy "
        "and Holm Mills were not involved.",
        "Lindmark Foods, a unit of Holm Mills, said it would cut the price of milk on Tuesday.",
        "Nordvik Labs, a unit of Berg Pacific, said it agreed. Nordvik Labs, a unit of Vester Pacific Shipping, "
        "had said so before.",
    )
    names = {e.name for e in build_glossary(analysed)}
    assert {"Holm Dairy", "Holm Mills"} <= names  # named together by the first source
    assert {"Berg Pacific", "Vester Pacific Shipping"} <= names  # no shared first word


def test_one_name_written_two_ways_by_two_sources_is_merged_and_reported(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "Harbour Commissioner James Holloway said the League of Coastal Engineers was wrong about the HolmNet Prime software.",
        "Jim Holloway told reporters on Monday that Holm Net Prime had warned of every flood this year. "
        "The League for Coastal Engineers, a group of scientists, disagreed with him.",
    )
    spellings = {d.topic: {v.text for v in d.variants} for d in consolidate(analysed).discrepancies
                 if d.topic.startswith("Spelling of")}
    variants = list(spellings.values())
    assert {"James Holloway", "Jim Holloway"} in variants  # a given name and its short form
    assert {"League of Coastal Engineers", "League for Coastal Engineers"} in variants  # another joining word
    assert {"HolmNet Prime", "Holm Net Prime"} in variants  # written closed and open


def test_a_given_name_transliterated_two_ways_is_a_spelling_disagreement_and_one_in_one_article_two_people(tmp_path, nlp):
    analysed = articles(tmp_path, nlp, "Selim Brandt, the chairman of the Lindby election board, said the count was fair.",
                        "Saleem Brandt, who chairs the board, said every vote would be checked twice.")
    spellings = [{v.text for v in d.variants} for d in consolidate(analysed).discrepancies if d.topic.startswith("Spelling of")]
    assert {"Selim Brandt", "Saleem Brandt"} in spellings
    (tmp_path / "one").mkdir()
    two = consolidate(articles(tmp_path / "one", nlp, "Selim Brandt chairs the Lindby board.\n\nThe archive is run by Saleem Brandt, a retired teacher."))
    assert {"Selim Brandt", "Saleem Brandt"} <= {e.name for e in two.entities}


def test_a_family_name_spelled_two_ways_by_two_outlets_is_one_entry_and_a_spelling_disagreement(tmp_path, nlp):
    """'Lindacre' / 'Lindaker' (ratio 75) and 'Lodica' / 'Lodicki' (77): the same opening, another ending."""
    brief = consolidate(articles(tmp_path, nlp,
                                 "Union president Dorian Lindacre said the towers were understaffed. Mine director Pawel Lodica said the air was clean.",
                                 "Dorian Lindaker, who leads the union, said controllers were exhausted. The mine's director, Pawel Lodicki, "
                                 "said the rescue would take days."))
    spellings = [{v.text for v in d.variants} for d in brief.discrepancies if d.topic.startswith("Spelling of")]
    assert {"Dorian Lindacre", "Dorian Lindaker"} in spellings
    assert {"Pawel Lodica", "Pawel Lodicki"} in spellings


def test_a_family_name_spelled_two_ways_is_a_spelling_disagreement_whichever_name_adds_a_second(tmp_path, nlp):
    """'Teodor Lindaker' / 'Teodor Lindacre Berg': compared without the second family name; 'Akinyi Owino' / 'Grace
    Awino Owino' (a middle name) is no spelling; nor are a nickname and a generational suffix."""
    brief = consolidate(articles(tmp_path, nlp,
                                 "Fire chief Teodor Lindacre Berg said the blaze was under control on Monday. Akinyi Awino Owino, the mayor, "
                                 "thanked the volunteers.",
                                 "Teodor Lindaker, the fire chief, said two houses had burned. The mayor, Akinyi Owino, opened a shelter."))
    spellings = [{v.text for v in d.variants} for d in brief.discrepancies if d.topic.startswith("Spelling of")]
    assert {"Teodor Lindacre Berg", "Teodor Lindaker"} in spellings
    assert not any("Akinyi Owino" in variants for variants in spellings)
    (tmp_path / "nickname").mkdir()
    brief = consolidate(articles(tmp_path / "nickname", nlp, 'Coast guard chief Erik "Rik" Vestergren Jr. said the ferry had been overloaded.',
                                 "Erik Vestergreen, the coast guard chief, said 40 people were missing."))
    spellings = [{v.text for v in d.variants} for d in brief.discrepancies if d.topic.startswith("Spelling of")]
    assert {'Erik "Rik" Vestergren Jr', "Erik Vestergreen"} in spellings  # (compared without the nickname and the suffix)


def test_a_full_name_after_an_honorific_meets_its_forms_in_other_articles(tmp_path, nlp):
    analysed = articles(tmp_path, nlp,
                        "Sheikh Abdel-Karim Holmaz, the imam of the Lindby mosque, said the families would stay there.",
                        "Abdelkarim Holmas, who leads prayers at the mosque, said forty families had slept there. "
                        "Alhaji Salihu Garba Vestaro, head of the Lindby relief agency, said the toll would rise.",
                        "Salihu Vestaro, who heads the agency, said 40 people were in hospital.")
    brief = consolidate(analysed)
    spellings = [{v.text for v in d.variants} for d in brief.discrepancies if d.topic.startswith("Spelling of")]
    assert len([e for e in brief.entities if "Holma" in e.name]) == 1  # a spelling variant of the name
    assert any("Abdelkarim Holmas" in variants for variants in spellings)
    assert len([e for e in brief.entities if "Vestaro" in e.name]) == 1  # the name without its middle name


def test_a_short_fact_told_twice_in_other_words_is_told_once(tmp_path, nlp):
    texts = told(
        tmp_path, nlp,
        "A ferry hit the pier at Holmsund on Wednesday morning. An inquiry is under way.",
        "A passenger ferry struck a pier in Holmsund on Wednesday. An inquiry is now in progress.",
    )
    assert len([t for t in texts if t.startswith("An inquiry")]) == 1


def test_a_note_that_someone_declined_to_comment_is_not_a_fact_of_the_story(tmp_path, nlp):
    texts = told(
        tmp_path, nlp,
        "The bakery chain will close six of its shops in Lindby from Tuesday. The company declined to comment.",
        "A spokesman did not immediately respond to a request for comment. The chain's other shops will stay open.",
    )
    assert texts and not [t for t in texts if "comment" in t]


def test_a_role_ends_where_the_reporting_begins_and_ceo_is_chief_executive(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "“The new app will reach every school by May,” said Erik Holm, chief executive of Nordvik Labs in a statement "
        "sent to parents on Tuesday.",
        "The company would close its office in Lindby, said Erik Holm, CEO, on Tuesday.",
    )
    brief = consolidate(analysed)
    holm = entity(brief.entities, "Erik Holm")
    assert {r.text for r in holm.roles} == {"CEO", "chief executive of Nordvik Labs"}
    assert not [d for d in brief.discrepancies if d.topic == "How sources describe Erik Holm"]


@pytest.mark.parametrize("sentence, leans", [
    ("That is twice the rainfall of any spring since records began, the weather office said.", True),
    ("The figure was later raised to 57 after a recount, officials said.", True),
    ("Her prizes include the Lindmark Poetry Medal and the Holm Award.", True),
    ("They filled school corridors for long breaks between classes.", True),
    ("That deadline expired on Friday with no word from the ministry.", True),
    ("It wasn't clear on Monday whether the ferries would run again before spring.", False),
    ("The bakery will keep its main shop open on weekends, this person said.", False),
    ("The number of ferry crossings cancelled this winter has reached 2,300, the harbour office said.", False),
    ("In March, the council gave three landlords a deadline: They had two weeks to repair the roofs.", False),
    ("It also makes clear how fragile the old sea wall has become.", True),  # "it": the thing told before
    ("Instead, it relied on old maps to plan the new dam.", True),
    ("Although the wind cooled the town, it also carried smoke into the valley.", False),  # "it": the wind
    ("It is estimated that a third of the island's homes still burn wood for heat.", False),  # points forward
    ("It might be the last ferry in the region still powered by steam.", True),  # "it" is something named before
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
    # ... or with a pronoun for what it is of: of whom, of what, the sentence before said
    ("The youngest of them is a fisherman found under the pier after two days.", True),
    ("Only one of those was ever repaired by the Lindby council.", True),
    # a sentence saying whose a quotation before it is
    ("The words came from Anna Berg, who has run the ferry kiosk at Lindby for thirty years.", True),
    ("Anna Berg has run the ferry kiosk at Lindby for thirty years.", False),
])
def test_a_sentence_that_leans_on_the_one_before_is_dangling(tmp_path, nlp, sentence, leans):
    (analysed,) = articles(tmp_path, nlp, sentence)
    (found,) = [s for s in analysed.sentences if s.text == sentence]
    assert dangling(found) is leans


def test_the_brief_never_tells_a_sentence_that_leans_on_the_one_before(tmp_path, nlp):
    texts = told(
        tmp_path, nlp,
        "The number of ferry crossings cancelled this winter has reached 2,300, the harbour office said. "
        "That figure rose again after the storm in March, officials said.",
        "The storm knocked down nearly 900 power poles in the county of Vesterby. That is twice as many as "
        "in all of last winter, the utility said.",
    )
    assert any("reached 2,300" in t for t in texts) and any("900 power poles" in t for t in texts)
    assert not [t for t in texts if t.startswith(("That figure", "That is"))]


def test_one_figure_or_one_dated_action_told_by_two_sources_is_told_once(tmp_path, nlp):
    texts = told(
        tmp_path, nlp,
        "Nine climbers were brought down from the glacier and taken to the Lindby hospital for checks. "
        "In March, the ministry gave Nordvik and three other airlines a deadline to cut late-night flights.",
        "Nine climbers were rescued from the glacier on Saturday by mountain guides. "
        "Minister Anna Berg in March gave four airlines until Friday to present plans to cut late-night flights.",
    )
    assert len([t for t in texts if t.startswith("Nine")]) == 1
    assert len([t for t in texts if "March" in t]) == 1


def test_sentences_alike_only_in_their_names_are_both_told(tmp_path, nlp):
    texts = told(
        tmp_path, nlp,
        "The Holm Storm, which struck the coast between Vesterby and Lindmark, cut power to 70% of the island.",
        "Crews from Lindmark had repaired 131 broken power lines by Sunday, a week after the Holm Storm.",
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


def test_a_name_in_british_and_in_american_spelling_is_no_disagreement_but_a_person_s_other_spelling_is(tmp_path, nlp):
    """Each outlet's house spelling ("Harbour Centre" / "Harbor Center") is no disagreement between sources; a
    person's name spelled two ways is, whatever the letters ("Allan" / "Alan")."""
    analysed = articles(
        tmp_path, nlp,
        "The Vesterby Harbour Centre will close for repairs in March, director Allan Lindqvist said on Monday.",
        "Alan Lindqvist, the director, said the Vesterby Harbor Center would close for repairs in March.",
    )
    spellings = {d.topic: {v.text for v in d.variants} for d in consolidate(analysed).discrepancies
                 if d.topic.startswith("Spelling of")}
    assert not any("Harbor" in t or "Harbour" in t for t in spellings)
    assert {"Allan Lindqvist", "Alan Lindqvist"} in spellings.values()


def test_an_entry_of_a_family_name_two_people_bear_is_not_listed_and_speaks_for_no_one(tmp_path, nlp):
    """"Holm" beside Erik Holm and his father Nils Holm: the articles do not say whose; each has his own entry."""
    brief = consolidate(articles(tmp_path, nlp,
        "Shipyard chief Erik Holm agreed to buy the Lindby engine maker on Monday. His father, Nils Holm, 74, founded "
        "the group in 1970.\n\nMr Holm said the deal would keep the yard busy for a decade. Holm, 52, said the board "
        "agreed.",
        "Erik Holm, who runs the shipyard, bought the Lindby engine maker. His father Nils Holm built the yard.\n\n"
        '"The board chose this path on its own," Holm said. Mr. Holm also thanked the staff.'))
    people = sorted(e.name for e in brief.entities if e.type == "person")
    assert people == ["Erik Holm", "Nils Holm"]
    assert next(q for q in brief.quotes if "chose this path" in q.text).speaker is None
