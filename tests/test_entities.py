"""The glossary's language rules on small invented articles (the real spaCy pipeline): each test names the
general phenomenon and checks one merge, type or description."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_consolidate import articles, entity

from generator.consolidate import consolidate
from generator.consolidate.entities import _person_shaped, build_glossary, describe
from generator.contents import Role


def test_a_given_name_and_its_short_form_are_one_person(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Club chairman James Holloway said the stadium would keep its old stands for another decade.",
        "Club chairman Jim Holloway told fans the stadium would keep its old stands for another decade."))
    holloway = entity(entities, "James Holloway")
    assert "Jim Holloway" in (holloway.name, *holloway.aliases)


def test_a_woman_s_given_name_and_its_short_form_are_one_person_and_her_family_name_hers(tmp_path, nlp):
    """"Jo" is short for "Josephine": "Premier Jo Holmqvist" and "Josephine Holmqvist" are one woman, and "Ms Holmqvist"
    (no longer the family name of two people) is her."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Premier Jo Holmqvist survived the vote on Thursday night.",
        "Premier Josephine Holmqvist said the government would go on. Ms Holmqvist thanked the independents."))
    assert [e.name for e in entities if e.type == "person"] in (["Josephine Holmqvist"], ["Jo Holmqvist"])


def test_a_short_given_name_with_the_family_name_is_the_person_of_a_longer_full_name(tmp_path, nlp):
    """"Tom Lindqvist" of "Thomas R. Lindqvist Jr." (a middle initial and a suffix besides), "Brad Holmberg" of "R.
    Bradley Holmberg", "Nacho Berg" of "Ignacio Berg Dahl" (the first of two family names)."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Sen. Tom Lindqvist, the committee chairman, opened the hearing on Tuesday. Investigator Brad Holmberg said the "
        "crew had done nothing wrong.",
        "Senator Thomas R. Lindqvist Jr. of Vesterland asked the agency why the inquiry took two years. R. Bradley "
        "Holmberg, the lead investigator, said the report would come in a year.",
        "The captain, Ignacio Berg Dahl, was furious. Nacho Berg told reporters: 'We were not ready.'",
        "Lindby club captain Nacho Berg said the team had let the fans down."))
    assert sorted(e.name for e in entities if e.type == "person") == ["Ignacio Berg Dahl", "R. Bradley Holmberg", "Thomas R. Lindqvist Jr"]
    assert "Tom Lindqvist" in entity(entities, "Thomas R. Lindqvist Jr").aliases


@pytest.mark.parametrize("texts, people", [
    # one outlet leaves the suffix out (and gives a nickname): one person
    (("Governor Emmanuel Valdes III declared an emergency across the province of Lindmark on Monday.",
      "Governor Emmanuel Valdes said the province of Lindmark was under emergency rule.",
      "Provincial governor Emmanuel \"Manny\" Valdes asked Vesterland for help."),
     ["Emmanuel Valdes III"]),
    # an article naming both speaks of a father and his son
    (("Erik Holm, 80, the founder of Holmex, died on Sunday. His son, Erik Holm Jr., now runs the company, and said his "
      "father had worked until the end.", "Erik Holm Jr. said the company would stay in Lindby."),
     ["Erik Holm", "Erik Holm Jr"]),
])
def test_a_name_without_its_generational_suffix_is_the_person_unless_one_article_names_both(tmp_path, nlp, texts, people):
    entities = build_glossary(articles(tmp_path, nlp, *texts))
    assert sorted(e.name for e in entities if e.type == "person") == people


def test_an_organisation_s_name_without_its_legal_form_or_trade_is_the_organisation_though_tagged_a_person(tmp_path, nlp):
    """The tagger reads "Sorena Klinikverbund" and "Calder Line" as people's names; the articles give them in full
    with a legal form ("GmbH") or the word for a trade ("Records"), and nothing says they are people."""
    entities = build_glossary(articles(tmp_path, nlp,
        "The clinic's owner, Sorena Klinikverbund, said the ward would reopen on Monday.",
        "Sorena Klinikverbund GmbH is owned by the city of Lindby. The band recorded 12 albums for Calder Line. Calder Line "
        "Records said it mourned him."))
    assert "Sorena Klinikverbund" in entity(entities, "Sorena Klinikverbund GmbH").aliases
    assert "Calder Line" in entity(entities, "Calder Line Records").aliases
    assert not [e for e in entities if e.type == "person"]


def test_an_abbreviation_s_expansion_starts_with_the_name_not_the_word_before_it(tmp_path, nlp):
    from generator.consolidate.entities import _defined_abbreviations

    found = _defined_abbreviations(articles(tmp_path, nlp,
        "Inspectors demanded the shutdown of Tavira Chromates and Chemicals Ltd (TCCL), a chromium chemicals "
        "manufacturer in Lindby."))
    assert found["tccl"] == "tavira chromates and chemicals ltd"


def test_a_name_without_its_middle_name_is_the_person_in_another_article_but_not_beside_it(tmp_path, nlp):
    """One outlet leaves the middle name out ("Anna Lindqvist-Bergh", the family name spelled another way too; "Erik
    ole Holm", with its particle); two such names in one sentence are two people (sisters)."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Runner-up Anna Maria Lindqvist-Berg, a retired judge, vowed to appeal against the count. Governor-elect "
        "Erik Lars ole Holm won the vote.",
        "Anna Lindqvist-Bergh came second with 40 percent. 'I thank my sister Anna for a fair fight,' Erik ole Holm said in "
        "his victory speech."))
    assert "Anna Lindqvist-Bergh" in entity(entities, "Anna Maria Lindqvist-Berg").aliases
    assert "Erik ole Holm" in entity(entities, "Erik Lars ole Holm").aliases
    (tmp_path / "sisters").mkdir()
    sisters = build_glossary(articles(tmp_path / "sisters", nlp,
        "Anna Berg, a nurse, and her sister Anna Maria Berg, a teacher, both joined the protest in Lindby."))
    assert sorted(e.name for e in sisters if e.type == "person") == ["Anna Berg", "Anna Maria Berg"]


def test_words_inside_a_quotation_describe_no_one(tmp_path, nlp):
    """The speaker's "my sister Anna Holm" is no description the article gives of Anna Holm."""
    entities = build_glossary(articles(tmp_path, nlp,
        "'I thank my sister Anna Holm for a fair fight,' Governor Erik Berg said in his victory speech in Lindby.",
        "Anna Holm came second in the vote and said she would go to court."))
    assert "sister" not in entity(entities, "Anna Holm").description


def test_what_a_speaker_says_an_entity_does_is_no_part_in_the_story(tmp_path, nlp):
    """"'Unless the Treasury stops printing money, a man mending nets at Holmby will go hungry,' she said": the
    speaker's words, not what the article says the Treasury did or what happened at Holmby."""
    entities = build_glossary(articles(tmp_path, nlp,
        "'Unless the Treasury stops printing money for the Bank, a man mending nets at Holmby will go hungry,' "
        "she said. Fishermen at Holmby went on strike on Monday."))
    assert entity(entities, "Treasury").description == "" and entity(entities, "Holmby").description == ""


def test_an_untagged_hyphenated_surname_is_found_as_the_person_s_mention(tmp_path, nlp):
    """The tagger tags "Vandahl-Bergh" in some sentences and not in another: the name's other occurrence is the
    person's all the same, though the tokenizer cuts it at its hyphen."""
    from dataclasses import replace

    [source] = articles(tmp_path, nlp, "Zoologist Els Vandahl-Bergh scanned the shells. Vandahl-Bergh, 47, grew up in Lindby. "
                                       "Vandahl-Bergh plans to fence off two quarries near the coast.")
    [last] = [s for s in source.sentences if "quarries" in s.text]
    untagged = replace(source, mentions=tuple(m for m in source.mentions if m.sentence != last.index))
    person = entity(build_glossary((untagged,)), "Vandahl-Bergh")
    assert any(m.sentence == last.index for m in person.mentions)


def test_an_untagged_name_with_its_surname_particle_in_lower_case_is_found_as_the_person_s_mention(tmp_path, nlp):
    """"Ole Sankok" named with a capital, "Mr ole Sankok" without it, which the tagger leaves untagged: one name."""
    texts = ("Daniel Ole Sankok won the vote for governor of Lindby county on Friday. Ole Sankok, 54, is a former teacher.",
             "At his first rally, Mr ole Sankok thanked the farmers who had voted for him.")
    person = entity(build_glossary(articles(tmp_path, nlp, *texts)), "Daniel Ole Sankok")
    assert len({m.source for m in person.mentions}) == 2


def test_a_title_after_the_the_that_opens_a_quotation_is_still_a_title(tmp_path, nlp):
    """'"The Premier will answer ...," her office said': "The" has its capital as the quotation's first word, not as
    part of a name ("noted The Courier"); "Premier" stays a title, no entry of its own."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Premier Anna Berg survived the vote in the Vester parliament on Thursday.\n\nPremier hits back\n\n"
        "\"The Premier will answer the letter on Monday,\" her office said.\n\n"
        "\"Nobody in this house cares more about the ferries than I do,\" the Premier said."))
    assert "Premier" not in {e.name for e in entities}


def test_a_description_that_says_only_where_one_belongs_takes_what_one_is(tmp_path, nlp):
    """"the volunteer Anna Holmqvist, of the Fifth Company ...": "of the Fifth Company ..." alone says where she
    belongs; with her post, what she is."""
    found = entity(build_glossary(articles(tmp_path, nlp,
        "Two were hurt, among them the volunteer Anna Holmqvist, of the Fifth Company of the Lindby fire brigade, who "
        "cut her hand on a window.", "Anna Holmqvist was treated at the Lindby hospital.")), "Anna Holmqvist")
    assert found.description == "volunteer of the Fifth Company of the Lindby fire brigade"


def test_a_highway_s_name_is_a_place_s(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The bus left the Lindby Highway near the bridge on Tuesday. Police closed the Lindby Highway for six hours."))
    assert entity(entities, "Lindby Highway").type == "place"


@pytest.mark.parametrize("text, name", [
    ("Fire crews closed the Camino Vestera on Tuesday. Residents of Playa Lindby were evacuated. The blaze started in "
     "Quebrada El Holm.", "Playa Lindby"),  # tagged an organisation's
    ("Fire crews closed the Camino Vestera on Tuesday. Residents of Playa Lindby were evacuated. The blaze started in "
     "Quebrada El Holm.", "Quebrada El Holm"),
    ("Rescuers searched Barangay Holmvik for the missing fishermen.", "Barangay Holmvik"),
])
def test_a_name_that_a_kind_of_place_opens_is_a_place_s(tmp_path, nlp, text, name):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).type == "place"


@pytest.mark.parametrize("text, name", [
    ("Hundreds of mourners filled the Lindby Baptist Church on Sunday.", "Lindby Baptist Church"),  # a house of worship
    ("Traders at the Vesterby Market closed their stalls on Monday in protest.", "Vesterby Market"),  # a market
])
def test_a_building_s_or_a_market_s_name_is_a_place_s(tmp_path, nlp, text, name):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).type == "place"


@pytest.mark.parametrize("text, full, short, one", [
    ("The Nordby Ridge High School gym was opened to families. Classes at Nordby Ridge will resume next week.",
     "Nordby Ridge High School", "Nordby Ridge", True),
    # a word that only modifies a noun ("her husband's Saamo family") may name a people, not the university
    ("Students of the Saamo Valley University marched through Lindby on Monday. Anna Berg had married into her late "
     "husband's Saamo family, which farmed near Lindby.", "Saamo Valley University", "Saamo", False),
])
def test_a_site_s_name_without_the_words_for_its_kind_is_the_site_when_given_in_full_first(tmp_path, nlp, text, full, short, one):
    assert (short in entity(build_glossary(articles(tmp_path, nlp, text)), full).aliases) is one


def test_a_three_word_name_family_name_first_and_its_given_name_first_form_without_the_middle_are_one_person(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Lam Quoc Binh, 58, president of the Lindby community association, laid flowers at the gate.",
        "Binh Lam, who leads the Lindby community association, said the town was grieving."))
    assert [e.name for e in entities if e.type == "person"] == ["Lam Quoc Binh"]


def test_a_long_name_spelled_another_way_in_its_middle_is_found_and_joined(tmp_path, nlp):
    """"Bochenvik" / "Botchenvik": the spelling differs in the first letters the index blocks names by, not at
    the word's start and end."""
    entities = build_glossary(articles(tmp_path, nlp,
        "The storm flattened 40 homes in Bochenvik, a fishing village in Vesterland, on Saturday night.",
        "Rescuers in Botchenvik, a village on the Vesterland coast, were still searching on Sunday."))
    assert "Botchenvik" in entity(entities, "Bochenvik").aliases


def test_a_full_name_and_the_same_with_a_second_family_name_are_one_person(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Carlos Ortega Ramos, 61, was convicted last month of corruption by the High Court in Lindby.",
        "A court on Thursday sentenced Carlos Ortega, a former transport minister, to 12 years in prison."))
    found = entity(entities, "Carlos Ortega Ramos")
    assert "Carlos Ortega" in found.aliases and found.description == "former transport minister"


def test_a_generational_suffix_is_no_second_family_name(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Erik Holm Jr. took over the shipyard in Lindmark from Erik Holm, his father, in 2019."))
    assert {e.name for e in entities if e.name.startswith("Erik Holm")} == {"Erik Holm Jr", "Erik Holm"}


def test_a_university_named_either_way_round_is_one_entry(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Sanna Virtanen, an astronomer at the University of Nordvik, led the study.",
        "Virtanen, who works at Nordvik University, said the comet was much larger than expected."))
    assert "Nordvik University" in entity(entities, "University of Nordvik").aliases


def test_a_company_without_the_word_for_its_trade_is_the_same_company_but_a_place_is_not(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Nordvik Telecom, Vesterland's largest phone company, agreed on Monday to buy Holm Mobile for $8.5 billion.",
        "Ingrid Solberg, who has led Nordvik since 2021, said the combined company would invest in its network.",
        "Lindmark Telecom said on Monday it would cut 300 jobs in Lindmark, a town of 5,000 people."))
    assert "Nordvik Telecom" in (entity(entities, "Nordvik").name, *entity(entities, "Nordvik").aliases)
    assert entity(entities, "Lindmark").type == "place" and "Lindmark" not in entity(entities, "Lindmark Telecom").aliases


def test_a_thing_named_before_its_kind_noun_is_in_the_glossary_as_that_thing(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Vesterland's Aurora-1 satellite, which reached orbit on Thursday, carries two instruments.",
        "The Aurora-1 will send its first images within two weeks, the space agency said."))
    aurora = entity(entities, "Aurora-1")
    assert aurora.type == "organisation" and aurora.description == "Vesterland's satellite"


def test_a_thing_s_kind_noun_describes_it_though_of_someone(tmp_path, nlp):
    # "of the Vester Coast Guard" says whose aircraft it is, not which one (as "the town of Kesselby" would)
    entities = build_glossary(articles(tmp_path, nlp, "A Holm Cygnus aircraft of the Vester Coast Guard flew over the "
                                                      "harbour on Friday."))
    assert entity(entities, "Holm Cygnus").description == "aircraft"


@pytest.mark.parametrize("texts, name, other, etype", [
    # a family name with a one-letter prefix written with an apostrophe is the person's
    (("Detective Sean McAllister and Dr Ciaran O'Donnell examined the scene. McAllister said O'Donnell was thorough.",),
     "Ciaran O'Donnell", "O'Donnell", "person"),
    # a middle initial makes no other person
    (("Erik J. Holm, the association's treasurer, was charged on Monday with stealing from its members.",
      "Erik Holm denied the charges in court on Monday, his lawyer said."), "Erik J. Holm", "Erik Holm", "person"),
    # a company without the word for its trade, a club without its ending (and so no person)
    (("The plant is run by Holmex Chemicals, a subsidiary of the Nordvik Group.",
      "Holmex said in a statement that it was deeply saddened by the explosion."), "Holmex Chemicals", "Holmex", "organisation"),
    (("Nordvik Technology was fined on Friday for breaking the market rules, the regulator said.",
      "Nordvik will pay the fine in full by the end of the year."), "Nordvik Technology", "Nordvik", "organisation"),
    (("Anna Berg, a lawyer with Holm & Dahl LLP, argued the appeal for the family.",
      "Holm & Dahl will ask the court to order a new trial."), "Holm & Dahl LLP", "Holm & Dahl", "organisation"),
    (("Lindmark United won the cup on Saturday, beating Holmsund FC 2-1 in the final.",
      "Holmsund had taken the lead through Maja Ek after 20 minutes.",
      "Anna Berg, whose header won the final against Holmsund, was mobbed by fans."), "Holmsund FC", "Holmsund", "organisation"),
    # a name of which two words are transliterated two ways by two outlets
    (("The owner, Mohamed Abdel-Aziz el-Holm, 58, was arrested in Lindby on Wednesday.",
      "Police arrested the owner, Muhammad Abdelaziz al-Holm, on Tuesday night in Lindby."),
     "Muhammad Abdelaziz al-Holm", "Mohamed Abdel-Aziz el-Holm", "person"),
    # a name whose parts one outlet joins and another writes apart, transliterated two ways; or with a second
    # family name after it
    (("The blaze destroyed a bakery in Lindby on Monday. Its owner, Ivar Benholm, a baker, was unhurt.",
      "Ivor Ben Holm, who owns the bakery, was unhurt, his brother said. The blaze began in the oven room."),
     "Ivor Ben Holm", "Ivar Benholm", "person"),
    (("The trawler sank on Monday. Its skipper, Siri Benholm Dahl, was rescued by a ferry.",
      "The skipper, Siri Ben Holm, was rescued, officials said. The trawler sank on Monday."),
     "Siri Benholm Dahl", "Siri Ben Holm", "person"),
    # a family name before a second one that opens with particles, alone; and the full name without the second
    (("Club chairman Fernando Holm de la Vega said the coach had been sacked on Tuesday.",
      "\"Nobody in this building is above the club,\" said Holm, the businessman who has owned the club since 2017."),
     "Fernando Holm de la Vega", "Holm", "person"),
    (("Club chairman Fernando Holm de la Vega said the coach had been sacked on Tuesday.",
      "Fernando Holm, the club's president, said he took full responsibility for the decision."),
     "Fernando Holm de la Vega", "Fernando Holm", "person"),
    # an honorific before a surname written with an apostrophe, and one before a full name
    (("Bernadette O'Holm, chief executive of the Lindby Dementia Trust, said families were asking questions.",
      "\"Families in every part of the country are asking the same questions,\" Mrs O'Holm said."),
     "Bernadette O'Holm", "Mrs O'Holm", "person"),
    (("Hajj Erik Holm, the building's owner, was arrested in Lindby on Wednesday.",
      "The owner of the building, Erik Holm, denied any wrongdoing, his lawyer said."), "Erik Holm", "Hajj Erik Holm", "person"),
    # an honorific before a surname with its particle
    (("Police commander Wilson arap Holm said officers had used minimum force in Lindby.",
      "\"We have arrested 16 suspects,\" Mr arap Holm said on Friday in Lindby."), "Wilson arap Holm", "Mr arap Holm", "person"),
    # a given name transliterated two ways by two outlets
    (("Selim Brandt, the chairman of the Lindby election board, said the count was fair.",
      "Saleem Brandt, who chairs the board, said every vote would be checked twice."), "Selim Brandt", "Saleem Brandt", "person"),
    # one company with two legal forms
    (("The attackers entered through a gateway run by Holmex Vest AG, the city's IT contractor, investigators said.",
      "Holmex Vest GmbH, which runs the IT of the city and its hospital, said it was working with investigators."),
     "Holmex Vest AG", "Holmex Vest GmbH", "organisation"),
    # a ministry by its field
    (("The Ministry of Fisheries and Harbours said 11 boats had been lost off Lindby in the storm.",
      "The Fisheries Ministry said on Wednesday that the owners of the boats would be paid compensation."),
     "Ministry of Fisheries and Harbours", "Fisheries Ministry", "organisation"),
    # a body without the nationality its name opens with ("Holmine", as "Philippine")
    (("The Holmine Coast Guard said four teams of divers were searching the ferry off Lindby.",
      "The Coast Guard later said five bodies had been recovered near Lindby."), "Holmine Coast Guard", "Coast Guard",
     "organisation"),
])
def test_another_form_of_a_name_is_one_entry_with_it(tmp_path, nlp, texts, name, other, etype):
    found = entity(build_glossary(articles(tmp_path, nlp, *texts)), name)
    assert other in (found.name, *found.aliases) and found.type == etype


def test_an_honorific_says_which_of_two_people_sharing_a_surname_it_names(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Erik Holm and his wife, Anna Holm, were charged on Monday with stealing from the association.\n\n"
        "Mrs Holm, 58, worked as its bookkeeper for ten years."))
    anna, erik = entity(entities, "Anna Holm"), entity(entities, "Erik Holm")
    assert anna is not erik and "Mrs Holm" in anna.aliases and "Mrs Holm" not in erik.aliases


def test_an_honorific_says_which_person_even_when_another_s_names_include_a_nickname_or_an_honorific(tmp_path, nlp):
    """Margaret's entry holds "Peggy Holm" (a given name no list knows) and "Mrs Holm": still a woman's, so "Mr
    Holm" is her son's surname."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Margaret 'Peggy' Holm, 88, fell in her room at the Lindby care home in February. Her son, Steven Holm, said "
        "the family was shattered.",
        "Peggy Holm taught at the Lindby school. Records showed 14 checks on Mrs Holm which never took place.",
        "Mr Holm, who lives in Rudby, said he would press for an inquest. Steven Holm said his mother loved the garden."))
    steven = entity(entities, "Steven Holm")
    assert "Holm" in steven.aliases and not [e for e in entities if e.name in ("Holm", "Mr Holm")]
    assert "Mrs Holm" in entity(entities, "Margaret 'Peggy' Holm").aliases


def test_an_outlet_naming_itself_is_no_entry_but_another_outlet_it_cites_is(tmp_path, nlp):
    """"told the Nordpost" in the Nordpost's own article (its app promotion and copyright line say whose site it
    is): the outlet that publishes the story, not a part of it; "the Lindby Courier reported" in another is."""
    entities = build_glossary(articles(tmp_path, nlp,
        "\"We will rebuild the harbour,\" Mayor Anna Berg told the Nordpost on Monday after the storm hit Lindby.\n\n"
        "Download the Nordpost app for breaking news alerts.\n\n© 2025 Nordpost Media Group Ltd. All rights reserved.",
        "The storm destroyed the harbour in Lindby on Sunday, and Mayor Anna Berg promised to rebuild it, the Lindby "
        "Courier reported."))
    assert not [e for e in entities if "Nordpost" in e.name]
    assert entity(entities, "Lindby Courier").type == "organisation"


def test_a_post_the_tagger_took_into_a_name_is_no_part_of_it(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Striker Anna Berg scored the winner in the 89th minute.\n\n\"This is the greatest day of my life,\" said "
        "Berg, who joined the club last summer."))
    assert not [e for e in entities if e.name.startswith("Striker")]
    assert entity(entities, "Anna Berg").type == "person"


def test_a_short_name_is_an_abbreviated_place_only_when_written_as_one(tmp_path, nlp):
    """"Nordm." is Nordmark; "Holm" (an aircraft's maker in "a Holm 300 turboprop") is no "Holmsund"."""
    entities = build_glossary(articles(tmp_path, nlp,
        "The plane, a Holm 300 turboprop, took off from Holmsund on Friday. Holmsund has a small airport.",
        "It crashed on Friday near Holmsund, officials in Holmsund said."))
    assert "Holm" not in entity(entities, "Holmsund").aliases


def test_a_place_in_a_clause_a_year_dates_is_not_described_by_it(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "It is the country's deadliest air accident since 1994, when 42 people died in a crash near Holmsund."))
    assert entity(entities, "Holmsund").description == ""


def test_one_name_with_a_hyphen_or_a_space_is_one_entry(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "President Park Ji-hoon spoke in Holmia on Monday about the new bridge.",
        "President Park Ji Hoon spoke in Holmia on Monday about the new bridge."))
    assert len([e for e in entities if e.name.startswith("Park Ji")]) == 1


def test_names_that_differ_only_in_a_joining_word_are_one_organisation(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The Union of Dedicated Engineers said the bridge design was sound and safe.",
        "The Union for Dedicated Engineers said the bridge design was sound and safe."))
    assert len([e for e in entities if e.name.startswith("Union")]) == 1


def test_an_acronym_is_not_a_person_s_surname(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The chef Ri Song Un opened a noodle bar in Lindby on Wednesday, the local paper said.\n\n"
        "The UN food agency praised his soup kitchen for refugees on Thursday."))
    leader = entity(entities, "Ri Song Un")
    assert "UN" not in leader.aliases


@pytest.mark.parametrize("role, expected", [
    ("Sen.", "senator"),
    ("conservative Sen.", "conservative senator"),
    ("Rear Adm., commander of the Northern Fleet", "rear admiral, commander of the Northern Fleet"),
    ("Det Insp", "detective inspector"),  # (a style without full stops)
    ("sales rep at Holmex", "sales rep at Holmex"),  # a word, not a title before a name
    ("Dr.", "Dr."),  # not a title of a post
])
def test_a_description_writes_an_abbreviated_title_out(role, expected):
    assert describe((Role(role, ("a",)),)) == expected


def test_a_bare_rank_is_described_with_the_post_that_follows_it():
    roles = (Role("Lt. Col.", ("a", "b")), Role("commander, Northern Brigade", ("a",)))
    assert describe(roles) == "lieutenant colonel, commander, Northern Brigade"  # (the title written out)
    assert describe((Role("Lindmark Council spokesman", ("a",)),)) == "Lindmark Council spokesman"
    assert describe(()) == ""
    # a title written out goes with what the person does, not with another title (another source's, or the same)
    assert describe((Role("Colonel", ("a", "b")), Role("heads the fire service in Lindby", ("a",)))) == \
        "Colonel, heads the fire service in Lindby"
    assert describe((Role("Vice President", ("a", "b")), Role("Vice-President", ("c",)))) == "Vice President"
    assert describe((Role("Chairman", ("a", "b")), Role("board secretary", ("c",)))) == "Chairman"


def test_a_place_is_described_by_the_place_noun_before_it(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Snow drifts cut off much of the fishing village of Lindmark on Thursday, officials said."))
    assert entity(entities, "Lindmark").description == "fishing village"


def test_a_place_noun_s_modifier_written_with_a_hyphen_is_whole(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The convoy was stopped at a checkpoint outside the rebel-held town of Holmby, officials said."))
    assert entity(entities, "Holmby").description == "rebel-held town"


@pytest.mark.parametrize("text, names, expected", [
    ("The injured include Liv Berglund and Olle Dahl, two junior doctors from Lindby who shared a flat on the quay.",
     ("Liv Berglund", "Olle Dahl"), "one of two junior doctors from Lindby"),
    ("Siri Holm and Erik Dahl, the leaders of the two largest dockers' unions, met the minister on Friday.",
     ("Siri Holm", "Erik Dahl"), "one of the leaders of the two largest dockers' unions"),
    # whose they are, the sentence before says: no description
    ("Police questioned Liv Berglund and Olle Dahl, their lawyers, on Monday.", ("Liv Berglund",), ""),
])
def test_a_plural_noun_for_people_after_a_list_of_names_describes_each(tmp_path, nlp, text, names, expected):
    entities = build_glossary(articles(tmp_path, nlp, text))
    assert [entity(entities, n).description for n in names] == [expected] * len(names)


def test_a_place_that_owns_the_noun_after_of_is_not_described_by_the_place_noun(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Floods cut the main road through the Holm region of Vesterland's northern province on Thursday, officials said."))
    assert "region" not in entity(entities, "Vesterland").description


def test_words_that_merely_stand_before_a_name_are_no_title(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "In a matter of days Nordvik Engineering has repainted every lamp post, the mayor said."))
    assert "matter" not in entity(entities, "Nordvik Engineering").description


def test_a_title_before_a_name_does_not_run_through_another_name_s_apposition(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Vester Dairies, a unit of food company Lindmark Foods, said it will close two of its factories."))
    assert entity(entities, "Lindmark Foods").description == "food company"  # not "unit of food company"


def test_an_organisation_never_described_is_described_by_what_it_does(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Nordvik Engineering replaced the steel cables of the Lindmark bridge last year."))
    assert entity(entities, "Nordvik Engineering").description == "engineering company that replaced the steel cables of the Lindmark bridge"  # (with the kind its trade says)


def test_an_action_too_long_to_describe_goes_without_its_last_place_but_never_without_an_of_phrase(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The Nordvik Relief Society is feeding evacuees at a school canteen in North Holmstad.",
        "Nordvik Engineering replaced the steel cables of the footbridge of the old Lindmark harbour."))
    assert entity(entities, "Nordvik Relief Society").description == "is feeding evacuees at a school canteen"
    assert entity(entities, "Nordvik Engineering").description != "replaced the steel cables of the footbridge"


@pytest.mark.parametrize("text", [
    "Anna Berg said Nordvik Engineering had replaced the wrong cables of the Lindmark bridge.",
    "Nordvik Engineering had replaced the wrong cables of the Lindmark bridge, Anna Berg claimed on Monday.",
])
def test_what_someone_says_an_organisation_did_is_no_description_of_it(tmp_path, nlp, text):
    """An action in a reported clause is the speaker's claim, not what the articles know the organisation did."""
    entities = build_glossary(articles(tmp_path, nlp, text))
    assert "replaced" not in entity(entities, "Nordvik Engineering").description


def test_a_place_never_described_is_described_by_what_happened_there(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp, "A small plane crashed in Lindmark on Friday morning."))
    assert entity(entities, "Lindmark").description == "where a small plane crashed"


def test_a_light_verb_or_a_bare_verb_is_no_description(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp, "Nordvik Partners has indicated it is ready."))
    assert entity(entities, "Nordvik Partners").description == ""


@pytest.mark.parametrize("short", ["Ms Lindqvist", "Cllr Lindqvist", "Supt Lindqvist"])  # an honorific, or a title's abbreviation
def test_an_honorific_and_a_surname_are_the_person_named_in_full(tmp_path, nlp, short):
    entities = build_glossary(articles(tmp_path, nlp,
        "Anna Lindqvist left the farm with her two sons on Sunday.\n\n"
        f"{short} said she had not wanted to sell the cows, only to rent out the barn."))
    lindqvist = entity(entities, "Anna Lindqvist")
    assert lindqvist.name == "Anna Lindqvist" and short in lindqvist.aliases


def test_a_generational_suffix_in_capitals_is_no_acronym(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Circuit Judge Erik R. Berg III wrote the dissent on Tuesday. Berg said the jury had heard enough."))
    assert entity(entities, "Erik R. Berg III").type == "person"


def test_an_abbreviation_introduced_by_known_as_is_the_same_organisation(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The Vesterby Harbour Traffic Office, known as VEHTO, said fog had delayed two ferries.\n\n"
        "VEHTO said it would reopen the channel on Wednesday."))
    assert "VEHTO" in entity(entities, "Vesterby Harbour Traffic Office").aliases


def test_a_name_followed_by_a_person_s_title_is_a_person(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The dam is unsafe, said Avery Holmdale, director of flood policy at the Lindmark Water "
        "Association in Holmia."))
    assert entity(entities, "Avery Holmdale").type == "person"


def test_a_name_after_a_role_noun_and_a_comma_is_a_person(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The baker took his daughter, Sanelle, to the market on Sunday to buy a new bike."))
    assert entity(entities, "Sanelle").type == "person"


@pytest.mark.parametrize("text, name, junk", [
    ("The bake sale was held in support of Green candidate Robin Holm, who hopes to become mayor.", "Robin Holm", "support"),
    ("It was a speech that much President Marco Lindqvist would have enjoyed, aides said.", "Marco Lindqvist", "much"),
    ("The veteran producer Ola Lindqvist, Rocket, played on the record last year.", "Ola Lindqvist", "Rocket"),
])
def test_what_is_no_title_is_no_description(tmp_path, nlp, text, name, junk):
    entities = build_glossary(articles(tmp_path, nlp, text))
    assert junk not in entity(entities, name).description


# ------------------------------------------------------------------ descriptions: what the articles say it is


@pytest.mark.parametrize("text, name, description", [
    # a name that modifies a common noun of its own kind is that thing
    ("Troops advanced in the eastern Lindmark region on Monday, officials said.", "Lindmark", "eastern region"),
    ("Mr Holm told Nordvik news agency that the bridge would reopen.", "Nordvik", "news agency"),
    # the noun a name is in apposition to, and what a listed name is one of
    ("The alliance partnered with the Vestic countries — Lindmark, Nordmark and Holmia — and earned praise.", "Nordmark",
     "one of the Vestic countries"),
    ("The pact was signed by its neighbours — Vesterland, Lindmark and Nordvik — last spring.", "Lindmark",
     "one of its neighbours"),
    ("The city asked the large local bus companies, including Vestr and Holmbox, to lower fares.", "Holmbox",
     "one of the large local bus companies"),
    # a place where an event happened
    ("Earlier negotiations in Lindmark ended without a deal, officials said.", "Lindmark", "scene of earlier negotiations"),
    # ... "on" a lake, a road, an island; a subject shortened by its participle; a building there
    ("A tour boat sank on Lake Holmvik on Friday night.", "Lake Holmvik", "where a tour boat sank"),
    ("Two vigils arranged by local churches were also held in Holmsund that evening.", "Holmsund", "where two vigils were held"),
    ("Printing will shift to the old warehouse in Lindmark next year.", "Lindmark", "site of the old warehouse"),
    ("Queues formed at the ticket office on Harbour Road before dawn.", "Harbour Road", "site of the ticket office"),
    # ... a building named for its owner, a hall, a lane
    ("Customers waited outside the Holmex shop on Ferry Road before it opened.", "Ferry Road", "site of the Holmex shop"),
    ("The village's sports hall on Brook Street became a shelter overnight.", "Brook Street",
     "site of the village's sports hall"),
    ("At the old house on Willow Lane, the blinds stayed down.", "Willow Lane", "site of the old house"),
    # a person's trade, though the noun alone may name a company
    ("Erik Sund, 34, a crane operator at the shipyard, shrugged.", "Erik Sund", "crane operator at the shipyard"),
    # a name inside another in the apposition is no next item of a list
    ("Anna Brandt, a partner at the Lindby law firm Brandt Holm, said the firm would sue.", "Anna Brandt",
     "partner at the Lindby law firm Brandt Holm"),
    # an apposition with a possessor before its noun (the parser's misreading of it: test_analyse.py)
    ('According to Karin Holm, the party\'s head of press, "nobody answered our letters."', "Karin Holm", "party's head of press"),
    # when one works, in the plural, is no date
    ("Tomas Lund, 61, who works nights at the lighthouse, found the boat.", "Tomas Lund", "works nights at the lighthouse"),
    # a post "in" a place, then the name across a comma
    ("Lindmark's envoy in Holmby, Tove Marlowe, said the office would stay open.", "Tove Marlowe", "Lindmark's envoy in Holmby"),
    # ... which the parser makes a second object of the "in"
    ("Vesterland's ambassador in Lindby, Tove Marlowe, told reporters the office would stay open.", "Tove Marlowe",
     "Vesterland's ambassador in Lindby"),
    # ... failing all else, whom the place is home to
    ("Karin Dahl, 58, a ferry pilot from Holmby, waited at the gate.", "Holmby", "where Karin Dahl is from"),
    ("Karin Dahl, 58, a ferry pilot from Holmby, waited at the gate. A barge sank near Holmby on Monday.", "Holmby",
     "where a barge sank"),
    # ... a building its owner's name says whose it is
    ("Much of the packing will go to Holmex's existing factory in Lindby.", "Lindby", "site of Holmex's existing factory"),
    # a noun of the name's kind right before it, no comma between
    ("Flights from the capital Port Vesta resumed on Monday.", "Port Vesta", "capital"),
    # what names itself so
    ("A message signed by a gang calling itself BlackFen demanded a ransom.", "BlackFen", "gang"),
    # ... or that a relative clause names, its subject the namer
    ("The council approved a savings plan that officials call Operation Lantern.", "Operation Lantern", "savings plan"),
    # one of a kind, in apposition
    ("Lindmark Athletic, one of the league's founding members, sacked its coach on Monday.", "Lindmark Athletic",
     "one of the league's founding members"),
    # ... for every place of a list after the preposition
    ("Earlier negotiations in Lindmark, Nordmark and Holmia ended without a deal, officials said.",
     "Holmia", "scene of earlier negotiations"),
    # the kind a name says, with the adjective the articles give it, and the thing an event did
    ("The tax is too high, said an economist at the conservative Vester Institute.", "Vester Institute", "conservative institute"),
    ("A team at the University of Vesterland found the same pattern in 2017.", "University of Vesterland", "university"),
    # a descriptive name says what its bearer is: the words of the name the articles also write as common words
    ("Patients with rapid dental care needs were sent to the Holm Rapid Dental Care Centre in Lindmark, officials said.",
     "Holm Rapid Dental Care Centre", "rapid dental care centre"),
    # ... but a name made only of common words is not restated: its kind alone
    ("She led the geology department at the Department of Geology in Lindmark for ten years.",
     "Department of Geology", "department"),
    ("The Vesterson Fire destroyed nearly 300 barns in the valley.", "Vesterson Fire", "fire that destroyed nearly 300 barns in the valley"),
    # a party before a name; where a person is from; what a relative clause says a person did
    ("The runoff was won by Democrat Marco Lindqvist with a narrow margin.", "Marco Lindqvist", "Democrat"),
    ("Anna Berg, from Holmia, said she had never seen the sea before.", "Anna Berg", "from Holmia"),
    ("Peter Holm, who stayed in his shop and held back the water with a wooden board, was unhurt.", "Peter Holm",
     "stayed in his shop and held back the water with a wooden board"),
    # ... after an age set off by commas too
    ("Sara Nyberg, 34, who works at a bakery in the centre, pulled three customers into a storeroom.", "Sara Nyberg",
     "works at a bakery in the centre"),
    # ... without the phrase that only says when
    ("The coach said Nils Holmqvist, who had trained with Berg since the spring of 2019, was the best player.",
     "Nils Holmqvist", "had trained with Berg"),
    # a town's name modifying a building's noun: where that building is (also "home" read as an adverb)
    ("The missing boy was found safe in his Lindmark home on Friday, police in Nordmark said.", "Lindmark", "site of his home"),
    # the same with the town's state set off by commas, and a town whose name holds a building's word
    ("The old sailor welcomed the mayor to his Harbor City, Lindmark, home on Friday.", "Harbor City",
     "site of his home"),
    ("The Holmia care centre will open in May, officials in Nordmark said.", "Holmia",
     "site of the care centre"),
    # a listed name is one of the class the list illustrates: "like", "such as" as "including"
    ("The prize places her among other painters like Anna Berg, Peter Lindqvist and Marco Nordvik.",
     "Peter Lindqvist", "one of the other painters"),
    # an organisation's name modifying a noun: its people or things, and what they did
    ("Vester Border Guard officers fired warning shots at the boat on Monday.", "Vester Border Guard",
     "its officers fired warning shots at the boat"),
    ("A flood risk map prepared by Holm University researchers last year was different.", "Holm University",
     "university whose researchers prepared a flood risk map"),
    # an abbreviated rank right before the name goes with the name, not with the title before it
    ("Coast Guard spokesman Col. Robert Lindberg said the ferry had run out of fuel.", "Robert Lindberg",
     "Coast Guard spokesman"),
    # an organisation's name before a title that stands before another name: whose that person or company is
    # (and no act of the organisation's: the analyst gathered the figures)
    ("Bread sales fell by a fifth, according to figures gathered by Holm Partners analyst Jane Berg.", "Holm Partners",
     "its analyst Jane Berg"),
    ("The app was built by the Vester Holdings subsidiary Lindmark Labs.", "Vester Holdings",
     "its subsidiary Lindmark Labs"),
    # with the word of time that goes with the title
    ("Former Vesterland president Erik Holm, who ruled the country for 20 years, died on Monday aged 90.", "Vesterland",
     "its former president Erik Holm"),
    # where something happened to the subject, its possessive made plain
    ("The hikers were rescued after their boat drifted into the Holm Sea on Wednesday.", "Holm Sea",
     "where the boat drifted"),
    ("Officials said the drone was launched from Holmsund and flew for 12 minutes.", "Holmsund",
     "where the drone was launched from"),
    # what an organisation did, from a participle's agent (a regular one: its form is the past tense)
    ("A survey released by the Vester Health Institute on Monday found that fewer adults smoke.",
     "Vester Health Institute", "institute that released a survey"),
    # ... with the verb's particle; and a count in an "of" phrase is the size of the thing before it, what was done
    ("A survey of 2,300 commuters carried out in May by the Vesterby Transport Institute found that most wanted later trains.",
     "Vesterby Transport Institute", "institute that carried out a survey of 2,300 commuters"),
    ("The V-40, a small jet with about 90 seats built by Holmcraft Aviation, flies on short routes.",
     "Holmcraft Aviation", "built a small jet with about 90 seats"),
    # a verb of reporting with a thing reported as its object is something the organisation did
    ("The Nordvik Institute announced a sharp rise in flooding.", "Nordvik Institute",
     "institute that announced a sharp rise in flooding"),
    # a post with "the" after "be"
    ("Erik Holm said the bridge was safe. Holm is the mayor.", "Erik Holm", "mayor"),
    # a name ending on a post's office says what it is ("Sheriff's Office": a sheriff's office)
    ("Two boats are still unaccounted for, according to the Lindmark County Sheriff's Office.",
     "Lindmark County Sheriff's Office", "sheriff's office"),
    # an apposition opening with a possessive pronoun: the post, whoever "its" or "his" stands for
    ("The Vester Mill employs 80 people. Jonas Holmgren, its managing director, said the mill would close.",
     "Jonas Holmgren", "managing director"),
    ('"He was kind," said Erik Nordin, his publisher for two decades at Holm & Berg.', "Erik Nordin",
     "publisher for two decades at Holm & Berg"),
    # ... but not a relative, whose the pronoun leaves to the sentence before, nor an item of a list
    ("Tomas Brandt died on Monday. Karin Lindqvist, his wife, said nothing.", "Karin Lindqvist", ""),
    ("Holm said the rocket was never a risk to Lindmark, our islands or our friends.", "Lindmark", ""),
    # ... nor an absolute phrase on someone's state after "his" or "her" ("Lindby, his home town," is an apposition)
    ('"We ran," a passenger told the Nordvik Post at a hospital in Lindby, his leg in a cast.', "Lindby", ""),
    ("Erik Holm, his hands shaking, read the verdict. Holm was calm.", "Erik Holm", "read the verdict"),
    ("Anna Berg grew up in Lindby, her home town. Lindby is small.", "Lindby", "home town"),
    # a relative clause introducing a person describes her before what another sentence says she did
    ("The posters have been torn down so often that Karin Dahl has lost count. \"It is sad,\" said Dahl, 61, who "
     "runs the Lindby Diner.", "Karin Dahl", "runs the Lindby Diner"),
    # what happened to a person the articles say nothing else of, in the passive
    ("Erik Holm, 45, of Vesterby, was charged with murder on Monday.", "Erik Holm", "was charged with murder"),
    # a passive verb with its agent: what was done to it, by whom (a verb of speech too: it is no speaker there)
    ("The Nordvik Port Authority was criticised by the inspectors.", "Nordvik Port Authority",
     "authority that was criticised by the inspectors"),
    # the agent of a passive clause did it to the clause's subject
    ("The old ferry firm Nordvik Lines was bought by Holmex Shipping after a long price war.", "Holmex Shipping",
     "shipping company that bought the old ferry firm"),
    # an organisation named, then called by its kind as the next sentence's subject (here after the clause it
    # reports); where it is based goes before the kind; a hyphened modifier is whole
    ("The ferry sank off the coast on Monday. \"The ship was safe when it left port,\" the Lindby-based Holmex Shipping "
     "said. It was unclear how many people were aboard, the family-owned shipping company added.", "Holmex Shipping",
     "Lindby-based family-owned shipping company"),
    ("The ferry sank off the coast on Monday. Holmex Shipping said the ship was safe. The company has 40 ships.",
     "Holmex Shipping", "company"),
    # (or the owner of something, nothing else in its sentence named)
    ("The ferry company stopped sailing on Monday, a day ahead of the Vesterby Maritime Authority's plan to close the "
     "port. The agency will publish its own report on the harbour next month.", "Vesterby Maritime Authority", "agency"),
    # an action told past an adverb such as "also" or "soon" between the auxiliary and the verb
    ("The Holmex Corporation has also closed two factories in the north.", "Holmex Corporation",
     "corporation that has closed two factories in the north"),
    # an action too long with all its circumstances, without the last of them
    ("Anna Berg read a poem for the lost crew before her lecture on shipwrecks in the old harbour hall on Monday.",
     "Anna Berg", "read a poem for the lost crew"),
    # what an organisation's people did, named after them ("researchers at X", "scientists from X")
    ("Researchers at the Vester School of Music recorded the songs of 40 birds.", "Vester School of Music",
     "school whose researchers recorded the songs of 40 birds"),
    ("Scientists from the Lindmark Institute found high levels of lead in the river.", "Lindmark Institute",
     "institute whose scientists found high levels of lead in the river"),
    ("The ferry sank on Monday. Rescuers from the Holm Cross treated survivors at the scene.", "Holm Cross",
     "its rescuers treated survivors at the scene"),
    # an apposition is the nearest name's, though the parser hangs it on a noun farther back, when it names a
    # kind of thing of the name's type
    ("The lease was signed by Erik Holm, the founder of the charter airline, Nordvik Air, who hired the pilot.",
     "Nordvik Air", "charter airline"),
    ("Dock workers at the Lindmark Crossing, the region's oldest ferry crossing, can load 40 cars an hour.",
     "Lindmark Crossing", "region's oldest ferry crossing"),
    # a plural title before a list of names is each one's
    ("Senators Anna Berg and Robin Nordvik voted against the bill.", "Robin Nordvik", "Senator"),
    ("The talks were led by envoys Erik Holm and Tomas Brandt.", "Tomas Brandt", "envoy"),
    # where something was done (its subject an adjective the tagger took for one: "the final")
    ("The final was played at Nordvik Stadium in front of 40,000 fans.", "Nordvik Stadium", "stadium where the final was played"),
    # where something was, past an adverb such as "also"; a passive verb of telling says what was there
    ("Clashes were also reported in Holmia on Sunday night.", "Holmia", "where clashes were reported"),
    ("A curfew was announced in Holmia on Sunday night.", "Holmia", "where a curfew was announced"),
    # a where-clause on a place: what happened there
    ("The fire started in Holmsund, where 300 homes were destroyed.", "Holmsund", "where 300 homes were destroyed"),
    # "one of" a kind of thing of the entity's type
    ("Lindmark is one of the towns hit hardest by the floods. Lindmark has 5,000 people.", "Lindmark",
     "one of the towns hit hardest by the floods"),
    # the noun phrase a name is given to ("named as", "identified as")
    ("The victim, named locally as Ola Nordvik, was found on Monday.", "Ola Nordvik", "victim"),
    ("The dead man was identified as Ola Nordvik, police said.", "Ola Nordvik", "dead man"),
    ("A smaller storm, known as Storm Holm, flooded the harbour road on Wednesday.", "Storm Holm", "smaller storm"),
    ("The comet, named K2-Lindmark, is about 160 kilometres across.", "K2-Lindmark", "comet"),
    # a hyphenated word before a name is whole ("far-" + "right", "guided-" + "missile")
    ("The far-right Holm First party took 12 percent of the vote on Sunday.", "Holm First party", "far-right"),
    ("In April, the guided-missile frigate HMS Erikson, based in Nordvik, rescued two trawlers near Lindmark.",
     "HMS Erikson", "guided-missile frigate"),
    # a trade capitalised as a title at the start of a sentence (its capital the sentence's: a firefighter)
    ("Firefighter Jake Olsen, 29, was among two firefighters injured on Friday night.", "Jake Olsen", "firefighter"),
    ("Photographer Anna Lindqvist took the picture in Holmsund.", "Anna Lindqvist", "photographer"),  # (read as an adverb)
    # two titles coordinated before the name's comma
    ("The company's founder and chief executive, Anna Berg, resigned on Monday.", "Anna Berg",
     "company's founder and chief executive"),
    ("The lab built a chess-playing program called NordvikMind in two years.", "NordvikMind", "chess-playing program"),
    # a name modifying a noun for a kind of body ("the Lindby orchestra"), not for one of its parts
    ("The Lindby orchestra played on Monday.", "Lindby", "orchestra"),
    # titles of police, courts and churches
    ("Detective Inspector Anna Berg said the man, from Vesterby, was known to police.", "Anna Berg", "Detective Inspector"),
    # a titled person "of" an organisation is its person
    ("Shares in Nordvik fell 8 percent. Analyst Tomas Brandt of Holm Partners said the move was overdue.",
     "Holm Partners", "its analyst Tomas Brandt"),
    # ... as is one whose title, in apposition after the name, ends in the organisation
    ("Shares fell, said Karin Dahl, a senior food-industry analyst for Vesterby Securities.", "Vesterby Securities",
     "its senior food-industry analyst Karin Dahl"),
    # ... with a hyphenated given name whole
    ('"The merger makes sense for both yards," said Park Na-rae, an analyst at Nordvik Securities.', "Nordvik Securities",
     "its analyst Park Na-rae"),
    ("Erik Lindqvist, chief of bond research at Holmvik Capital, doubted the price.", "Holmvik Capital",
     "its chief of bond research Erik Lindqvist"),
    ("The bill is a mistake, said Anna Marlowe, the veteran MP for the Lindby Front.", "Lindby Front",
     "its veteran MP Anna Marlowe"),
    # a place where something is based, or where people come from
    ("The offer from the Lindmark-based company was a surprise to its staff.", "Lindmark",
     "where the company is based"),
    ("Negotiators from Nordmark met in Holmia on Sunday to discuss the plan.", "Nordmark", "where the negotiators come from"),
    # where a participle's implied subject (the subject of the clause it hangs on) was
    ("Officials said the barge was towed out and drifted 300 kilometres before sinking in the Holm Sea.",
     "Holm Sea", "where the barge was sinking"),
    ("Speaking in Lindmark, Mr Peter Holm said the bakers were tired.", "Lindmark", "where Mr Peter Holm was speaking"),
    # a title chain keeps a possessor written with a plural possessive
    ("The Vester Teachers’ Union president Anna Berg opened the new school library on Wednesday.", "Anna Berg",
     "Vester Teachers’ Union president"),
    # a relation to another name is a description, though mostly a name
    ("The hail damaged most of the apple trees, said Anna Berg with the Vester Farmers Association in Lindmark.",
     "Anna Berg", "with the Vester Farmers Association in Lindmark"),
    # a superlative that ranks by a measure classifies, as in an apposition ("the best producer" judges)
    ("Holmex, which Nordvik bought in 2016, is Vesterland's second-largest maker of fertilisers.", "Holmex",
     "Vesterland's second-largest maker of fertilisers"),
    ("Nordvik Motors is the country's biggest carmaker, with plants in three towns.", "Nordvik Motors",
     "country's biggest carmaker"),
    # the place a title is of, written after the name
    ("Governor Karin Wallin of Lindmark province said an investigation had been opened.", "Karin Wallin",
     "Governor of Lindmark province"),
    # an age before the role is no part of it, in a title before the name as in an apposition
    ("The 52-year-old welder Peter Sand was injured in the blast.", "Peter Sand", "welder"),
    # ... and so is a word of time ("By the time County Clerk Anna Berg ...")
    ("By the time County Election Officer Anna Berg announced the count in the Lindby hall, most voters had gone home.",
     "Anna Berg", "County Election Officer"),
    ("\"We heard a huge bang,\" said Peter Sand, a 52-year-old welder who was working in a nearby building.",
     "Peter Sand", "welder"),
    # the noun a name is apposed to, with the participle phrase that runs to the comma
    ("The union representing the plant's workers, Nordic Metal, called for an inquiry.", "Nordic Metal",
     "union representing the plant's workers"),
    # an apposition the parser hangs on a noun farther back, when it names a kind of organisation
    ("Shares in the Nordvik Group, the Holmstad-based industrial conglomerate that owns Holmex, fell 8 percent.",
     "Nordvik Group", "Holmstad-based industrial conglomerate"),
])
def test_a_description_says_what_the_articles_say_the_entity_is(tmp_path, nlp, text, name, description):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == description


@pytest.mark.parametrize("text, name", [
    # the kind noun of the next sentence's subject is another organisation's when one is named in the name's
    # sentence, or when another entry is named with that noun
    ("The ferry sank off the coast on Monday. Holmex Partners said the Vesterby Union was wrong. The union said it "
     "would fight the case.", "Holmex Partners"),
    ("The Nordvik Care Centre opened on Monday. Holmex Health said it was glad. The centre has 40 beds.", "Holmex Health"),
    # words inside a quotation are the speaker's, about someone else
    ("“Nobody trains harder on the pitch,” Peter Holm says of the young striker.", "Peter Holm"),
    # a place made to do something is not doing it
    ("The club has asked a local judge to make Holmia lower its fees for parking.", "Holmia"),
    # a listed name is one of something only when the list says what kind ("artists" says nothing)
    ("The village fair invited artists including Peter Holm and Anna Berg this summer.", "Peter Holm"),
    # what a speaker calls a name in quoted words; a clause cut short ("allowed" without "to walk")
    ("“To find a coach as good as Peter Holm is such a lucky first step,” the singer says.", "Peter Holm"),
    ("In Lindmark, more pupils were allowed to walk to their schools on Monday.", "Lindmark"),
    # one building of a kind among many in a town says nothing of the town
    ("The singer trained at a Lindmark gym every day, police in Nordmark said.", "Lindmark"),
    # a relation is not a kind: the capital of a country is not the country
    ("Officials in the capital of Vesterland said the river was rising.", "Vesterland"),
    # what a pronoun points back to is not told
    ("Nordvik Partners agreed to review it with great care.", "Nordvik Partners"),
    # a stretch of time set off after a name is when, not what the name is
    ("The ferry finally reached Vesterby, the morning after the storm, with forty passengers on board.",
     "Vesterby"),
    # a name modifying a kind noun that another name's "of" follows: the town is Kesselby, not Vesterland
    ("An explosion ripped through a plant in the southern Vesterland town of Kesselby on Monday.", "Vesterland"),
    # what another did to an organisation, in its which-clause, is not what it does
    ("Holmex, which Nordvik bought in 2016, said sales had doubled since then.", "Holmex"),
    # a place's name before a noun for a place that points back or at one of many is where that place is
    ("A storm flattened this quiet northern Vesterland town late on Tuesday.", "Vesterland"),
])
def test_no_description_rather_than_a_wrong_one(tmp_path, nlp, text, name):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == ""


def test_a_where_clause_without_whoever_did_it_describes_nothing(tmp_path, nlp):
    """'where his mother, Anna Holm, was the organist', the subject hung apart from the verb by the parser: no "where
    was the organist"."""
    church = entity(build_glossary(articles(tmp_path, nlp,
        "A fisherman's son, Erik Holm sang as a boy in the choir at Mount Vester Missionary Baptist Church, "
        "where his mother, Anna Holm, was the organist for two decades.")), "Mount Vester Missionary Baptist Church")
    assert "was the organist" not in church.description


def test_a_kind_noun_the_article_used_before_is_not_the_next_organisation_s(tmp_path, nlp):
    """"... the town council said. The Holmex Corporation said ... The council said ...": the council is the one
    named before, not the corporation."""
    text = ("The harbour is open again, the town council said. The Holmex Corporation said the channel was clear. "
            "The council said the work cost a million euros.")
    assert "council" not in entity(build_glossary(articles(tmp_path, nlp, text)), "Holmex Corporation").description


def test_a_noun_the_parser_hangs_a_name_on_from_afar_is_not_what_the_name_is(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The bonds were sold last year to the regulator, the Vester Financial Authority, officials said."))
    assert "bonds" not in entity(entities, "Vester Financial Authority").description


def test_the_name_after_of_is_another_thing(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The rocket landed in the Gulf of Holmia on Tuesday, the navy said.\n\n"
        "Holmia protested against the launch and summoned the ambassador."))
    assert entity(entities, "Gulf of Holmia") is not entity(entities, "Holmia")


@pytest.mark.parametrize("text, name", [
    # a role noun before a one-word name, or a relation after it, makes it a person's
    ("“It felt very strange,” the singer Lindqvist says.\n\nLindqvist played the show alone.", "Lindqvist"),
    ("Flowers arrived on Monday from Liv Sandqvist, the baker's former wife, with a short note.", "Liv Sandqvist"),
    # a legislator's post written as initials, or an editor's
    ("Karin Dahl, a Lindby Front MP, wrote that Holmex must answer to the taxpayers who part-own it.", "Karin Dahl"),
    ("Lindberg, the paper's political editor, wrote that the vote was close.", "Lindberg"),
    ("Councillor Nils Brandt said the road would close.", "Nils Brandt"),
])
def test_a_person_s_role_or_relation_makes_a_name_a_person(tmp_path, nlp, text, name):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).type == "person"


def test_a_name_in_capitals_in_a_caption_is_the_name_not_an_acronym(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The singer Lindqvist, who worked on the record, says he misses the rapper.\n\n"
        "Lindqvist said he would play the song at the show.\n\n"
        "Rapper PETER HOLM and LINDQVIST sing a duet at the harvest fair in Lindmark."))
    assert entity(entities, "Lindqvist").type == "person"


def test_a_person_named_with_the_family_name_first_in_capitals_keeps_every_short_form(tmp_path, nlp):
    """An outlet that writes "DAHL Erik" (the family name first, in capitals) makes the name no acronym: "Mr Dahl"
    in another article, "LINDQVIST" alone and the given name the tagger cut from "LINDQVIST Tomas" are the person's."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Erik Dahl, the bank's deputy chief, will run the bank for now. 'We owe our savers an apology,' Mr Dahl said.",
        "LINDQVIST Tomas, the manager in charge of audits, told reporters that no money was missing. \"We have checked "
        "every account twice,\" LINDQVIST said. Deputy chief DAHL Erik will lead the bank.",
        "Acting chief Erik Dahl met staff at the bank's head office in Lindby. Tomas Lindqvist, the audit chief, apologised."))
    people = sorted(e.name for e in entities if e.type == "person")
    assert people == ["Erik Dahl", "Tomas Lindqvist"]
    assert {"Dahl", "DAHL Erik"} <= set(entity(entities, "Erik Dahl").aliases)
    assert "LINDQVIST" in entity(entities, "Tomas Lindqvist").aliases


def test_a_family_name_alone_in_capitals_is_the_person_some_article_names_family_name_first(tmp_path, nlp):
    """'..., HOLMGREN said.' beside "Minister HOLMGREN Anna": the capitals mark the family name, no acronym."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Fisheries Minister HOLMGREN Anna met reporters at the harbour on Thursday. \"We will close every loophole in the "
        "quota rules before the winter season starts,\" HOLMGREN said.",
        "The quota review was ordered, according to fisheries minister Anna Holmgren. Minister Anna Holmgren said the "
        "fleet would be inspected."))
    assert [e.name for e in entities if "olmgren" in e.name.lower()] == ["Anna Holmgren"]
    assert "HOLMGREN" in entity(entities, "Anna Holmgren").aliases


def test_a_place_is_the_kind_its_other_name_says_and_no_name_is_described_by_itself(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Holmia annexed the Nordian Peninsula in 2014 and still holds it.\n\n"
        "Nordia remains under Holmian control, officials in Vesterby said on Monday.",
        "Officials met in the Bay of Mercy and toured the region by bus."))
    assert entity(entities, "Nordia").description == "peninsula"
    assert entity(entities, "Bay of Mercy").description != "bay"


def test_a_caption_s_title_and_name_in_capitals_are_the_person_but_a_name_s_own_acronym_is_not():
    from generator.consolidate.entities import _capitals_of

    written = {"marco lindqvist", "holm vester"}
    assert _capitals_of("Skier MARCO LINDQVIST", written)
    assert _capitals_of("LINDQVIST", {"lindqvist"})
    assert not _capitals_of("MV Holm Vester", written)  # a ship named after a person is no person
    assert not _capitals_of("Marco Lindqvist", written)


def test_a_two_letter_given_name_alone_is_the_one_person_who_carries_it(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The singer Ed Lindqvist said he would play the song at the show in Lindmark on Friday.\n\n"
        "Ed said the band had rehearsed for a week with the drummer.\n\n"
        "Ed told reporters in Lindmark that he was tired."))
    assert "Ed" in entity(entities, "Ed Lindqvist").aliases


def test_a_label_or_studio_is_the_same_company_without_its_kind_word(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The singer signed with Nordvik Records in 2010 and released three albums.\n\n"
        "Nordvik said the album would come out in the spring."))
    assert len([e for e in entities if e.name.startswith("Nordvik")]) == 1


def test_a_country_by_its_other_usual_names_is_one_place(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The United States sent 300 engineers to the coast, officials in Washington said on Monday.",
        "America will keep the engineers on the coast, the U.S. transport secretary said.",
        "The USA has not said how long the engineers will stay in Lindmark."))
    assert len([e for e in entities if e.name in ("United States", "America", "U.S.", "USA")
                or {"America", "USA", "U.S."} & set(e.aliases)]) == 1


def test_one_name_written_closed_or_open_is_one_entry(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The app VesterChess Prime was downloaded 10,000 times in Lindmark on Monday.",
        "Vester Chess Prime, the new app, topped the charts in Lindmark on Monday."))
    assert len([e for e in entities if "Prime" in e.name]) == 1


def test_an_irregular_participle_is_not_turned_into_a_past_tense(tmp_path, nlp):
    institute = entity(build_glossary(articles(tmp_path, nlp,
        "A study written by the Vester Institute for Peace found the same pattern.")), "Vester Institute for Peace")
    assert "written" not in institute.description and "wrote" not in institute.description


def test_a_name_ending_in_a_word_that_only_stands_before_a_title_is_a_name(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The farmer Marco Petty said on Monday that he would sell his cows next year."))
    assert entity(entities, "Marco Petty").type == "person"  # "Petty" as in "Petty Officer" ends no title


def test_a_direction_word_before_a_one_word_name_gives_it_no_first_name():
    from collections import Counter

    from generator.consolidate.entities import _Cluster, _decide_type

    # the tagger took the town for a person 14 times; "in Vesterby" and "the Vesterby centre" say place
    town = _Cluster(names=Counter({"Vesterby": 14, "North Vesterby": 1}), votes=Counter({"person": 14, "place": 4}))
    assert _decide_type(town) == "place"
    person = _Cluster(names=Counter({"Holm": 14, "Anna Holm": 1}), votes=Counter({"person": 14, "place": 4}))
    assert _decide_type(person) == "person"


def test_a_place_at_the_end_of_an_organisation_s_name_is_that_place(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Researchers at University College Lindmark studied the program for a year. The team met in Lindmark on Monday, "
        "and Lindmark will host the next meeting."))
    assert entity(entities, "University College Lindmark").type == "organisation"
    assert entity(entities, "Lindmark").type == "place"


def test_a_name_of_common_words_is_not_restated_as_its_description(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The Department of Marine Affairs said on Monday that the beaches would reopen in June.",
        "Marine affairs were never a priority, the department said, and the beaches stayed closed.",
        "The Vester Coastal Rescue Agency said on Monday that coastal rescue crews were ready."))
    assert entity(entities, "Department of Marine Affairs").description == "department"
    assert entity(entities, "Vester Coastal Rescue Agency").description == "coastal rescue agency"


def test_where_the_noun_a_name_modifies_is_based_is_not_where_the_name_is(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Most complaints involved ships of the Lindmark-based Vesterland 5th fleet, officials said on Monday.",
        "The Lindmark-based Bridge Safety Association said the ships were old."))
    assert "based" not in entity(entities, "Vesterland").description
    assert entity(entities, "Bridge Safety Association").description == "Lindmark-based association"  # with the kind its name says


def test_the_trade_a_company_s_name_ends_in_says_what_kind_of_company_it_is(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "A jet of Holmvik Airways landed safely in Lindby on Monday after a wheel came loose.",
        "The Lindby-based Vester Shipping Lines Inc. sent two tugs. Passengers of Holmvik Airways waited for hours.",
        "Nordby Partners said it would ask questions. The Lindby Fund for Energy paid for the study."))
    assert entity(entities, "Holmvik Airways").description == "airline"
    assert entity(entities, "Vester Shipping Lines Inc").description == "Lindby-based shipping line"  # before its legal form
    assert entity(entities, "Nordby Partners").description == "would ask questions"  # a word of any trade says no kind
    assert "company" not in entity(entities, "Lindby Fund for Energy").description  # a field after "for" is no trade


def test_a_title_misread_as_a_verb_is_no_action(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Vesterland's booth will be run by Per Holm and senior staff including Anna Berg. "
        "U.S. envoys Nils Lindmark and Erik Nordvik will visit the fair."))
    assert "envoys" not in entity(entities, "U.S.").description


def test_an_honorific_before_a_full_name_is_not_part_of_the_entry_s_name(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Ms Anna Berg accused the ferry operators of leaving rubbish on the beach on Monday."))
    assert entity(entities, "Anna Berg").type == "person"
    assert not any(e.name.startswith("Ms ") for e in entities)


def test_two_people_tagged_as_one_name_are_two_entries(tmp_path, nlp):
    """The tagger sometimes takes "Nordvik and Hallberg" for one organisation; when one of the names is a
    person's (here a surname of a person named in full), each is a name of its own."""
    from dataclasses import replace

    from generator.contents import Mention

    first, second = articles(tmp_path, nlp,
        "Erik Nordvik, the chief engineer, said the boat was fast. Lena Hallberg, its designer, agreed.",
        "Still, both Nordvik and Hallberg admit that the boats must burn much less fuel.")
    joined = [m for m in second.mentions if m.text in ("Nordvik", "Hallberg")]
    assert len(joined) == 2  # as the tagger gives them: the test joins them into one organisation
    a, b = sorted(joined, key=lambda m: m.start)
    both = Mention("Nordvik and Hallberg", "ORG", a.paragraph, a.sentence, a.start, b.end, a.token_start, b.token_end)
    second = replace(second, mentions=tuple(m for m in second.mentions if m not in joined) + (both,))
    entities = build_glossary((first, second))
    assert not any(" and " in e.name for e in entities)
    assert second.source.id in entity(entities, "Lena Hallberg").sources


@pytest.mark.parametrize("text, names", [
    ("Holm and Berg", ["Holm", "Berg"]),
    ("Anna Berg, Per Holm and Vester the Elder", ["Anna Berg", "Per Holm", "Vester the Elder"]),
    ("Per Holm, Jr.", ["Per Holm, Jr."]),  # a suffix, not a second name
    ("Holm and the harbour board", ["Holm and the harbour board"]),
])
def test_the_names_of_a_coordination(text, names):
    from generator.consolidate.entities import _coordinated_names

    assert _coordinated_names(text) == names


def test_the_title_of_the_next_name_in_a_list_is_no_apposition(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The coast guard named Lt. Nils Holm, Chief Petty Officer (Deck) Jonas Berg and "
        "Seaman Apprentice Karl Lindqvist as the crew of the rescue boat."))
    assert entity(entities, "Nils Holm").description == "lieutenant"


@pytest.mark.parametrize("text, name", [
    ("The Roman statesman Vesterius said wisdom begins with doubt.", "Vesterius"),
    ("Tonight's concert pairs songs by the composer Nils Holmqvist with readings by Anna Berg.", "Nils Holmqvist"),
    ("The goalkeeper joined the club in 2010, a year after his former teammate Alvar Kask.", "Alvar Kask"),
])
def test_a_name_after_an_occupation_is_a_person(tmp_path, nlp, text, name):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).type == "person"


@pytest.mark.parametrize("noun", ["statesman", "playwright", "labelmate", "collaborator", "ex-bandmate"])
def test_occupations_and_work_relations_are_role_nouns(noun):
    """(The tagger already takes most invented names after "labelmate" for people; the word list is what decides
    where it does not, as for a name it also tags as a place.)"""
    from generator.consolidate.entities import _role_word

    assert _role_word(noun)


def _as_mentions(analysed_source, label: str, *names: str):
    """The source with its mentions replaced by these names, tagged `label`, as a tagger might have cut them."""
    from dataclasses import replace

    from generator.contents import Mention

    out = []
    for name in names:
        for s in analysed_source.sentences:
            text = analysed_source.source.paragraphs[s.paragraph]
            at = text.find(name, s.start, s.end)
            if at < 0:
                continue
            toks = [t for t in s.tokens if at <= t.start < at + len(name)]
            out.append(Mention(name, label, s.paragraph, s.index, at, at + len(name), toks[0].i, toks[-1].i + 1))
            break
    return replace(analysed_source, mentions=tuple(sorted(out, key=lambda m: (m.paragraph, m.start))))


def test_an_organisation_s_name_cut_at_its_and_is_made_whole_again(tmp_path, nlp):
    first, second, third = articles(tmp_path, nlp,
        "Vester Fisheries and Coast Protection said on Monday that the harbour would reopen.",
        "Agents of Vester Fisheries and Coast Protection inspected the fishing boats on Sunday.",
        "The Nordmark Academy of Arts, Letters and Sciences found that the harbour was safe.")
    first = _as_mentions(first, "ORG", "Vester Fisheries and Coast Protection")
    second = _as_mentions(second, "ORG", "Vester Fisheries", "Coast Protection")  # cut at "and"
    third = _as_mentions(third, "ORG", "Nordmark Academy of Arts", "Sciences")  # cut around a word left untagged
    entities = build_glossary((first, second, third))
    names = {e.name for e in entities}
    assert "Vester Fisheries" not in names and "Coast Protection" not in names and "Sciences" not in names
    assert second.source.id in entity(entities, "Vester Fisheries and Coast Protection").sources
    assert "Nordmark Academy of Arts, Letters and Sciences" in names


@pytest.mark.parametrize("text, name", [
    # an organisation the tagger cut before its of-phrase ("the Supreme Court" + "of" + "Vesterland")
    ("The Supreme Court of Vesterland ruled on Monday that the law was illegal. The Supreme Court said the law must go.",
     "Supreme Court of Vesterland"),
    # a curly and a straight apostrophe
    ("Mayor Anna O'Neill said the bridge was safe. Later, O’Neill said it would close.", "Anna O'Neill"),
    # a name without a word that only ranks it
    ("Flights at Vesterby International Airport were cancelled on Monday. Vesterby Airport reopened on Tuesday.",
     "Vesterby International Airport"),
    # a word of the name in its short form, and the name without its ending: one company, named in full
    ("The Holmex Corporation said profits fell. Holmex's shares dropped. Holmex Corp. will cut 200 jobs.",
     "Holmex Corporation"),
    # ... nor its head after that word
    ("A jet skidded off the runway at Lindby International Airport on Sunday. The investigators sent a team to Lindby "
     "International on Monday.", "Lindby International Airport"),
])
def test_two_forms_of_one_name_are_one_entry(tmp_path, nlp, text, name):
    assert [e.name for e in build_glossary(articles(tmp_path, nlp, text))] == [name]


def test_an_organisation_named_without_its_of_phrase_is_one_entry(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "A report by the Vesterland Academy of Marine Sciences found that the harbour was safe.",
        "The Vesterland Academy said on Monday that the harbour would reopen."))
    assert len([e for e in entities if e.name.startswith("Vesterland Academy")]) == 1


@pytest.mark.parametrize("text, name, junk", [
    # the subject of an infinitive another verb governs did not do it
    ("The ruling allows Vesterland to charge higher tolls, although some drivers said it was unfair.",
     "Vesterland", "charge"),
    ("The ruling allows the Lindmark Council to charge higher fees on the island, although traders protested against it.",
     "Lindmark Council", "charge"),
    # a phrase that points back to a sentence the glossary does not show
    ("The Vesterland government, which owns 30 ferries on the coast, rejects any such claim.", "Vesterland", "such"),
    # what someone is not says little of what they are
    ("Tomas Brandt, who was not involved in the study, praised its authors.", "Tomas Brandt", "not involved"),
    # a noun the tagger took for a verb is no action done there
    ("The measles outbreak in northern Holmia has spread to three more towns, officials said.", "Holmia", "where"),
    # a verb phrase cut before its object (the quoted words left out)
    ("The Green Party's Anna Lindqvist accused the government of \"lying about the numbers\".", "Anna Lindqvist",
     "government of"),
])
def test_an_action_the_name_did_not_do_or_that_points_back_is_no_description(tmp_path, nlp, text, name, junk):
    assert junk not in entity(build_glossary(articles(tmp_path, nlp, text)), name).description


@pytest.mark.parametrize("text, name", [
    ("Nordvik Labs was a huge success for the investors, who sold their shares in May.", "Nordvik Labs"),
    ("Anna Berg is a lasting inspiration to her students.", "Anna Berg"),
])
def test_a_copula_that_judges_is_no_description(tmp_path, nlp, text, name):
    """"X was a huge success" says what someone thinks of X, not what X is: only a noun for a kind of thing
    ("a fishing town", "a union") classifies."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == ""


@pytest.mark.parametrize("text, name, described_as", [
    ("Nordvik Labs was a huge success for the investors. Lindmark is a small fishing town on the coast.", "Lindmark",
     "small fishing town on the coast"),
    ("Vesterby, a town of 5,000 people north of Lindmark, was flooded on Monday.", "Vesterby", "town of 5,000 people north of Lindmark"),
    ("Flight 482 was bound for Vesterby, the capital of Vesterland, when it came down.", "Vesterby", "capital of Vesterland"),
    ("Holmora, a former Soviet republic, held elections on Sunday.", "Holmora", "former Soviet republic"),
])
def test_a_classifying_copula_or_apposition_votes_the_type_it_names(tmp_path, nlp, text, name, described_as):
    """"Lindmark is a small fishing town", "Vesterby, a town of 5,000 people": a place, whatever the tagger took the
    name for, and so described."""
    found = entity(build_glossary(articles(tmp_path, nlp, text)), name)
    assert (found.type, found.description) == ("place", described_as)


@pytest.mark.parametrize("text, name, etype, described_as", [
    # "the" with a post or a kind, as "a" with one (the tagger takes the first name for an organisation's)
    ("A fire destroyed the town on Tuesday. Karin Dahl is the head of the regional fire service.", "Karin Dahl",
     "person", "head of the regional fire service"),
    ("Officials said the fire was caused by a power line owned by Holmex Energy. Holmex Energy is the largest utility "
     "in the region.", "Holmex Energy", "organisation", "largest utility in the region"),
])
def test_a_definite_copula_naming_a_post_or_a_kind_votes_the_type_and_describes(tmp_path, nlp, text, name, etype, described_as):
    found = entity(build_glossary(articles(tmp_path, nlp, text)), name)
    assert (found.type, found.description) == (etype, described_as)


@pytest.mark.parametrize("text, name", [
    ("Nordvik Pharma, the largest drugmaker in Vesterland, on Thursday recalled 40,000 packs of its pill.", "Nordvik Pharma"),
    ("Holmia, a carmaker based in Lindmark, recalled 40,000 cars on Monday.", "Holmia"),
    ("Her lawyers at the law firm Holm Berg filed the appeal on Monday.", "Holm Berg"),  # a firm named after people
    ("Holm United have signed striker Tomas Brandt from Lindmark Rovers for a record fee.", "Lindmark Rovers"),  # a club
    ("The result is a blow to the ruling Lindmark Alliance, led by Erik Holm.", "Lindmark Alliance"),  # a coalition
])
def test_a_company_s_name_or_its_trade_makes_an_organisation(tmp_path, nlp, text, name):
    """"Nordvik Pharma" (the tagger takes it for a person), "Holmia, a carmaker" (for a place), "the law firm Holm
    Berg": the last word of a company's name, or the noun for its trade or its kind, says what it is."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).type == "organisation"


@pytest.mark.parametrize("text, name, etype", [
    ("A ship named Holm Star sank off Lindmark on Monday.", "Holm Star", "organisation"),
    ("The Vesterland Storm-class frigate HNoMS Holmsund joined the search on Friday.", "HNoMS Holmsund", "organisation"),
    ("Staff heard about a new pay scheme the ministry calls Project Lindwall.", "Project Lindwall", "organisation"),
])
def test_a_thing_a_name_is_given_to_is_no_person(tmp_path, nlp, text, name, etype):
    """A ship, a comet or a program its name is given to ("a ship named Holm Star", "the frigate HNoMS Holmsund") is
    filed, like products, with the organisations; the tagger takes many such names for people."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).type == etype


def test_a_name_given_as_a_post_is_no_description_by_the_noun_before(tmp_path, nlp):
    """"The club named Anna Berg as its new coach": the parser may read the club as the noun she is named; the post
    after "as" is hers, not the club."""
    assert entity(build_glossary(articles(tmp_path, nlp, "The club named Anna Berg as its new coach.")), "Anna Berg").description != "club"


NURSE_TRIAL = (  # two reports of one verdict; the tagger takes the nurse for an organisation in several places
    'NORDVILLE, Ark. (AP) — A jury on Thursday convicted a former nurse of murdering three patients at a veterans hospital by injecting them with insulin, ending a trial that lasted nearly six weeks.\n\nKaren Lowry, 46, showed no emotion as the verdict was read in federal court in Nordville. She faces life in prison when she is sentenced in March.\n\nProsecutors said Lowry killed the men, who were aged 79 to 92, between 2017 and 2018 while working night shifts at the Nordville VA Medical Center.\n\n"She betrayed the trust of the families and of every veteran in that hospital," U.S. Attorney Mark Fenton told reporters after the verdict.\n\nLowry\'s attorney, Daniel Ruiz, said his client would appeal. "The evidence was circumstantial from the beginning," Ruiz said. He said the jury had been "swayed by emotion".\n\nThe victims\' families hugged each other outside the courthouse. "Justice has finally been done," said Linda Marsh, whose father, Army veteran George Marsh, died in 2018.',
    'A federal jury found former nursing assistant Karen Lowry guilty Thursday of killing four elderly veterans with insulin injections at the Nordville VA hospital.\n\nLowry, who worked at the hospital from 2015 until 2018, was charged after an internal investigation found unexplained low blood sugar levels in several patients.\n\nHer lawyer, Daniel Ruiz, argued during the trial that hospital staff had made errors in patients\' records.\n\nJudge Helen Park set sentencing for March 14. Lowry faces a mandatory life sentence.\n\n"I miss my dad every day," Linda Marsh told the Nordville Gazette. "But today I can sleep."',
)


def test_a_name_with_an_age_set_off_after_it_or_a_title_of_trade_is_a_person(tmp_path, nlp):
    """"Karen Lowry, 46, showed no emotion", "former nursing assistant Karen Lowry": only people are given an
    age so, and an assistant is a person's trade."""
    assert entity(build_glossary(articles(tmp_path, nlp, *NURSE_TRIAL)), "Karen Lowry").type == "person"


@pytest.mark.parametrize("text, name, etype", [
    # a newspaper's name ends in a newspaper's word
    ("\"I miss my dad every day,\" Linda Marsh told the Nordville Gazette on Friday.", "Nordville Gazette", "organisation"),
])
def test_a_newspaper_s_word_types_a_name(tmp_path, nlp, text, name, etype):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).type == etype


def test_a_common_noun_capitalised_at_the_start_of_a_sentence_is_no_entry(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp, "Turnout was 81 percent, the election commission said on Monday."))
    assert not [e for e in entities if e.name == "Turnout"]


def test_a_given_name_alone_is_no_entry(tmp_path, nlp):
    """"with David, who ...": someone the articles do not name in full, not an organisation (the doubt about
    one-word people makes an organisation of a name tagged a person once with nothing else)."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Anna Berg stayed in her shop with her cat and with David, who mended the roof."))
    assert not [e for e in entities if e.name == "David"]
    assert entity(entities, "Anna Berg").type == "person"


@pytest.mark.parametrize("text, name, role", [
    ("Erik Nordvik, 54, a former teacher from Lindmark, was arrested on Friday.", "Erik Nordvik", "former teacher from Lindmark"),
    ("Anna Berg, 61, the mayor of Vesterby, said the bridge would reopen.", "Anna Berg", "mayor of Vesterby"),
])
def test_an_apposition_after_a_person_s_age_describes_the_person(tmp_path, nlp, text, name, role):
    """"X, 54, a former teacher": the age set off by commas is passed over, the apposition after it describes."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == role


def test_a_feature_named_after_a_place_is_another_entry(tmp_path, nlp):
    """"Holm River" is not Holm (nor "Holm County"): only an adjective of the name before a geographic head
    ("Holmian Peninsula") or a common noun after it ("the Vester city of Holm") is the place itself."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Vesterby, a town of 5,000 people north of Lindmark, was flooded. The Vester River, which burst its banks "
        "in May, is rising again."))
    river = entity(entities, "Vester River")
    assert "Vesterby" not in river.aliases and river.description in ("", "river")  # (its kind, nothing of the town's)


@pytest.mark.parametrize("name", ["U.S. Harbour Safety Board", "UK Harbour Safety Board"])
def test_initials_of_a_body_s_name_after_the_country_it_opens_with_are_its_own(tmp_path, nlp, name):
    """'the U.S. Harbour Safety Board ... the HSB': the initials leave out the country, as news writes them."""
    entities = build_glossary(articles(tmp_path, nlp,
        f"The {name} opened an inquiry into the collision on Monday. The HSB said its divers would search the wreck "
        "near Lindby on Tuesday."))
    assert "HSB" in entity(entities, name).aliases


def test_an_initialism_used_with_a_or_an_is_a_common_noun_not_a_name(tmp_path, nlp):
    """"charged with a DUI": a term, no glossary entry; but "an NVL engineer" is an engineer of NVL."""
    entities = build_glossary(articles(tmp_path, nlp,
        "A Lindby bus driver lost his licence for a year after a DUI in March, police said. An NVL engineer said the "
        "cables were safe. NVL said on Tuesday it would recall them."))
    assert not [e for e in entities if e.name == "DUI"]
    assert entity(entities, "NVL").type == "organisation"


def test_a_family_name_with_particles_alone_is_the_person_named_in_full(tmp_path, nlp):
    """"Van der Berg" (and "Le Holm", however the tagger types it) is Anna van der Berg's family name."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Dutch minister Anna van der Berg said on Monday the dikes were safe. Van der Berg added that repairs would "
        "start in May.\n\nPolice chief Marie Le Holm said two men were arrested. Le Holm said more arrests were likely."))
    assert {e.name for e in entities if e.type == "person"} == {"Anna van der Berg", "Marie Le Holm"}
    assert len([e for e in entities if "Berg" in e.name or "Holm" in e.name]) == 2


def test_a_family_name_that_opens_on_a_capitalised_gaelic_particle_is_the_person_named_in_full(tmp_path, nlp):
    """Irish and Scottish family names open on a capitalised particle ("Ní", "Nic", "Mac"): "Mr Mac Giolla Holm"
    is the man named "Cathal Mac Giolla Holm" before, not a person of his own."""
    entities = build_glossary(articles(tmp_path, nlp,
        "The bridge was opened on Monday by Cathal Mac Giolla Holm, the mayor of Holmvik. \"It took nine years,\" Mr Mac "
        "Giolla Holm said.\n\nGráinne Ní Lindby, a nurse at the harbour clinic, treated the injured. \"Nobody was left waiting,\" "
        "Ms Ní Lindby said."))
    people = {e.name for e in entities if e.type == "person"}
    assert people == {"Cathal Mac Giolla Holm", "Gráinne Ní Lindby"}


def test_two_family_names_joined_by_a_particle_alone_are_the_person_named_in_full(tmp_path, nlp):
    """"Bastos de Lindqvist" is how news calls Helena Bastos de Lindqvist (and the tagger may call it a body's)."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Helena Bastos de Lindqvist, the director of the Holm River Institute, said the weir had stood unused for years.",
        "\"They did everything wrong,\" Bastos de Lindqvist said. The engineer Fernanda Lacerda Holm, who inspected the "
        "dam, disagreed."))
    assert "Bastos de Lindqvist" in entity(entities, "Helena Bastos de Lindqvist").aliases
    assert "Bastos de Lindqvist" not in {e.name for e in entities}


def test_the_given_names_alone_are_the_person_whose_family_names_open_with_a_particle(tmp_path, nlp):
    """"Maria Luisa" of "Maria Luisa dos Lindby Berg": the particle marks where her given names end."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Maria Luisa dos Lindby Berg, a shopkeeper of 54, saw the mud coming down the valley.",
        "\"It sounded like thunder,\" said Maria Luisa, who runs the shop by the church."))
    assert [e.name for e in entities if e.type == "person"] == ["Maria Luisa dos Lindby Berg"]


def test_a_known_given_name_opening_the_sentence_is_part_of_the_name_the_model_cut_after_it(tmp_path, nlp):
    """The model tags "Ribeiro Holm" and leaves "Fernanda", the sentence's first word (whose capital proves nothing
    to it); the given-name lists know "Fernanda"."""
    found = {e.name for e in build_glossary(articles(tmp_path, nlp, "Fernanda Ribeiro Holm, a soil engineer, said the weir was unsafe."))}
    assert "Fernanda Ribeiro Holm" in found and "Ribeiro Holm" not in found


def test_a_middle_name_written_as_its_initial_is_the_same_person_named_in_full(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Anna Maria Holm, a soil engineer with the University of Vester, said the weir had been unsafe for years.",
        "The agency received an opinion signed by engineer Anna M. Holm on the leaks along the base of the weir.",
        "Anna M. Holm did not reply to questions."))
    people = [e for e in entities if e.type == "person"]
    assert [(e.name, e.aliases) for e in people] == [("Anna Maria Holm", ("Anna M. Holm",))]


@pytest.mark.parametrize("full", ["Idris Bello Yusuf Holmqvist", "Malam Idris Bello Holmqvist"])
def test_a_name_that_leaves_out_given_names_or_an_honorific_is_the_person_named_in_full(tmp_path, nlp, full):
    """"Idris Holmqvist" in one article, the full name in another (with "Malam", the Hausa honorific, too)."""
    entities = build_glossary(articles(tmp_path, nlp,
        f"{full}, the commander of the Lindby road corps, said 42 people had died.",
        "Idris Holmqvist, the road corps commander, said the toll could rise."))
    assert len([e for e in entities if e.type == "person"]) == 1


def test_an_invisible_character_inside_a_name_is_not_part_of_it(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Erik Nordvik\ufeff said the bridge was safe on Monday. Erik Nordvik\ufeff later resigned from the council."))
    assert [e.name for e in entities if e.type == "person"] == ["Erik Nordvik"]


def test_a_title_after_the_journal_is_a_publication(tmp_path, nlp):
    """"the journal Tidal Science": the tagger reads a work's title; after a publication noun it is a publication
    (an organisation), described by that noun."""
    entities = build_glossary(articles(tmp_path, nlp,
        "The findings were published on Wednesday in the journal Tidal Science, and the authors said more work was needed."))
    journal = entity(entities, "Tidal Science")
    assert (journal.type, journal.description) == ("organisation", "journal")


def test_an_apposition_naming_a_kind_of_event_or_place_does_not_describe_a_person(tmp_path, nlp):
    """"his quarrel with Anna Berg, a bitter event": said of the quarrel; she stays a person, undescribed."""
    found = entity(build_glossary(articles(tmp_path, nlp,
        "It was his first match since his long quarrel with Anna Berg, a bitter event for the whole club.")), "Anna Berg")
    assert (found.type, found.description) == ("person", "")


def test_two_alike_names_named_in_one_sentence_are_two_people(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Erik Nordvik and his sister Erika Nordvik ran the farm for years, neighbours said on Monday.",
        "Erika Nordvik said the farm would be sold, while Erik Nordvik refused to comment on Monday."))
    assert {e.name for e in entities if e.type == "person"} == {"Erik Nordvik", "Erika Nordvik"}


def test_a_surname_two_people_share_is_no_entry_of_its_own(tmp_path, nlp):
    """"Berg said" beside Anna Berg and Erik Berg: whose surname is not said; no "Berg" organisation either."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Anna Berg met Erik Berg, her brother, on Monday. Berg said the talks went well."))
    assert {e.name for e in entities} == {"Anna Berg", "Erik Berg"}


def test_where_something_happened_is_not_read_from_a_noun_the_parser_took_for_an_auxiliary():
    """"In Holmia, the firms that own silos hire inspectors": a parse that makes "silos" an auxiliary of "hire" (as
    the model does with some nouns) gives no "where the firms silos hire"; a true auxiliary gives the clause."""
    from generator.consolidate.entities import _where
    from generator.contents import Mention, Sentence, Token

    def where(aux: tuple[str, str, str]) -> str | None:
        parse = [("In", "in", "ADP", "prep", 9), ("Holmia", "Holmia", "PROPN", "pobj", 0), (",", ",", "PUNCT", "punct", 9),
                 ("the", "the", "DET", "det", 4), ("firms", "firm", "NOUN", "nsubj", 9), ("that", "that", "PRON", "nsubj", 6),
                 ("own", "own", "VERB", "relcl", 4), ("boats", "boat", "NOUN", "dobj", 6), (*aux, "aux", 9),
                 ("hire", "hire", "VERB", "ROOT", 9), ("inspectors", "inspector", "NOUN", "dobj", 9)]
        toks, at = [], 0
        for k, (text, lemma, pos, dep, head) in enumerate(parse):
            toks.append(Token(i=k, text=text, lemma=lemma, pos=pos, tag="", dep=dep, head=head, start=at))
            at += len(text) + 1
        sentence = Sentence("a", 0, 0, 0, at, " ".join(t.text for t in toks), tuple(toks))
        return _where(sentence, Mention("Holmia", "GPE", 0, 0, 3, 9, 1, 2))

    assert where(("silos", "silo", "AUX")) is None
    assert where(("will", "will", "AUX")) is not None


def test_where_something_happened_keeps_the_adverb_that_completes_its_verb(tmp_path, nlp):
    """"ran aground near Holm Island": where a ferry ran aground, not "where a ferry ran"."""
    found = entity(build_glossary(articles(tmp_path, nlp, "A ferry ran aground near Holm Island on Tuesday.")), "Holm Island")
    assert found.description == "where a ferry ran aground"


@pytest.mark.parametrize("text, name, role", [
    ("Nordvik Labs will stop painting its boats by hand next month.", "Nordvik Labs", "will stop painting its boats by hand"),
    ("The Vesterby Council voted to close the old bridge on Monday.", "Vesterby Council", "council that voted to close the old bridge"),
    # an object told to do something: a directive is something it did
    ("The Holm Trust urged the government to end the strike.", "Holm Trust", "urged the government to end the strike"),
])
def test_what_an_organisation_does_is_told_without_when(tmp_path, nlp, text, name, role):
    """A description is never a time expression, nor ends with one: "... on Monday", "... next month" say when."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == role


@pytest.mark.parametrize("text, name", [
    ("Lindmark United 2-1", "Lindmark United"),  # a score the tagger took in
    ("Holm Rovers 3 – 0", "Holm Rovers"),
    ("Holm Coastal Rescue Squadron 30", "Holm Coastal Rescue Squadron 30"),  # a unit's number stays
    ("the 2018 Lindmark Games", "2018 Lindmark Games"),
    ("Vester Holm today", "Vester Holm"),  # a time word the tagger took in
    ("Clean Vesterland Now", "Clean Vesterland Now"),  # a time word written with a capital is the name's own
])
def test_a_name_does_not_end_with_a_score(text, name):
    from generator.consolidate.entities import clean_name

    assert clean_name(text) == name


def test_a_name_opened_by_a_storm_or_an_operation_is_an_event(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp, "Hurricane Holm struck Vesterby on Monday. The storm killed 12 people."))
    assert entity(entities, "Hurricane Holm").type == "event"


def test_a_direction_word_alone_is_no_entry(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "North Vesterland fired a missile on Tuesday. The North has fired 20 missiles this year, and the North "
        "said it would fire more."))
    assert "North" not in {e.name for e in entities}


def test_a_place_named_before_a_disaster_is_its_scene_not_the_event(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The Holmsund wildfire destroyed 300 homes on Monday. Firefighters reached Holmsund on Tuesday."))
    place = entity(entities, "Holmsund")
    assert (place.type, place.description) == ("place", "scene of the wildfire")


def test_a_country_before_an_act_is_not_its_scene(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Few people now expect a Vesterland war with Nordmark. Vesterland is calm."))
    assert "scene" not in " ".join(e.description for e in entities)


@pytest.mark.parametrize("text", [
    "Lord Nordvik opened the new school in Lindby on Friday. Erik Holm is its head teacher.",
    "Sir Nordvik sued the baker in 2015. Sir Nordvik won.",
])
def test_a_one_word_name_after_a_title_of_nobility_is_a_person(tmp_path, nlp, text):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), "Nordvik").type == "person"


def test_a_hyphenated_modifier_is_one_word_of_a_title(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp, "State-run broadcaster Vester TV said the bridge was closed."))
    assert entity(entities, "Vester TV").description == "State-run broadcaster"


def test_a_bracket_the_name_does_not_close_is_cut_off_and_casts_no_type_vote(tmp_path, nlp):
    from generator.consolidate.entities import clean_name

    assert clean_name("Nordmark (Nordpress") == "Nordmark" and clean_name("Nordpress) Vesterby") == "Vesterby"
    entities = build_glossary(articles(tmp_path, nlp,
        "VESTERBY, Nordmark (Nordpress) - A ferry carrying 300 passengers ran aground off the coast of Nordmark on "
        "Saturday, killing at least 12 people, the coast guard said."))
    assert [(e.name, e.type) for e in entities] == [("Nordmark", "place")]


def test_one_of_the_best_is_a_judgement_not_a_description(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp, "Anna Berg is one of the best singers of her time."))
    assert entity(entities, "Anna Berg").description == ""


def test_a_phrase_cut_inside_a_quotation_is_no_description(tmp_path, nlp):
    from generator.consolidate.entities import _unclosed_quotation

    assert _unclosed_quotation("union that called the cuts 'a betrayal")
    assert not _unclosed_quotation("union that called the cuts 'a betrayal'")
    assert not _unclosed_quotation("Vester Nurses’ Union president")
    entities = build_glossary(articles(tmp_path, nlp,
        "Nordvik Labs said it would cut 500 jobs. The Vesterby Workers' Union called the cuts 'a betrayal'."))
    assert "betrayal" not in entity(entities, "Vesterby Workers' Union").description


def test_a_surname_alone_is_the_person_s_whatever_label_the_model_gives_it(tmp_path, nlp):
    """The model tags "Tomas Brandt" a person and "Brandt" alone an organisation, twice: the full name decides."""
    first = "Striker Erik Holm scored the winner in the 89th minute after Vesterby had equalised through Tomas Brandt."
    second = ("Vesterby, who had won the cup five times, led through an early goal from Mikael Sund before Brandt made "
              "it 1-1, and Brandt equalised for Lindby.")
    found = entity(build_glossary(articles(tmp_path, nlp, first, second)), "Tomas Brandt")
    assert found.type == "person"


def test_a_description_never_stops_inside_a_word(tmp_path, nlp):
    """"beating Vesterby Rovers 2-1 ... at Holmsund Stadium": "where ... Vesterby Rovers 2" is cut inside the score."""
    text = "Lindby United won the cup on Saturday, beating Vesterby Rovers 2-1 in the final at Holmsund Stadium."
    found = entity(build_glossary(articles(tmp_path, nlp, text)), "Holmsund Stadium")
    assert not found.description.endswith(" 2")


def test_what_an_organisation_did_not_do_is_no_description(tmp_path, nlp):
    text = ("Dr Erik Holm, of the Vesterby Heart Foundation, which was not involved in the research, called the "
            "findings encouraging.\n\nThe Vesterby Heart Foundation welcomed the study on Monday.")
    found = entity(build_glossary(articles(tmp_path, nlp, text)), "Vesterby Heart Foundation")
    assert "not" not in found.description.split()


def test_a_thing_of_an_organisation_s_with_nothing_done_does_not_join_its_kind(tmp_path, nlp):
    """"A Lindby University study": "university whose study" says nothing; what its scientists did does."""
    text = ("A Lindby University study of 120,000 people has found that walking lowers the risk of heart disease.\n\n"
            "The research, led by scientists at Lindby University, followed participants for 12 years.")
    found = entity(build_glossary(articles(tmp_path, nlp, text)), "Lindby University")
    assert found.description != "university whose study"


def test_a_thing_of_an_organisation_s_with_nothing_said_of_it_is_no_description(tmp_path, nlp):
    """"Nordvik TV guest says ...": "its guest" says nothing of the channel."""
    found = entity(build_glossary(articles(tmp_path, nlp, "Nordvik TV guest says the new ferry fares are far too "
                                                          "high.")), "Nordvik TV")
    assert not found.description.startswith("its ")


def test_a_name_tagged_with_the_noun_for_its_kind_under_another_label_is_an_organisation(tmp_path, nlp):
    """The tagger takes "the ruling NORD-UP party" for a law: the name is the party's, the noun describes it."""
    found = entity(build_glossary(articles(tmp_path, nlp, "The ruling NORD-UP party chose a new leader in March.")), "NORD-UP")
    assert (found.type, found.description) == ("organisation", "ruling party")


def test_where_something_happened_drops_the_capital_that_only_opened_the_sentence(tmp_path, nlp):
    found = entity(build_glossary(articles(tmp_path, nlp, "Retired ferry captain Erik Holm lectured in Lindby "
                                                          "on Saturday.")), "Lindby")
    assert found.description == "where retired ferry captain Erik Holm lectured"


def test_an_acronym_defined_in_the_text_is_shown_by_its_name_in_full(tmp_path, nlp):
    """"the Vester Polar Institute's Holm Deep Array (HDA)": the tagger names only "HDA"."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Soundings with the Vester Polar Institute's Holm Deep Array (HDA) in Lindby confirmed it.",
        "The Vester Polar Institute (VPI) runs the HDA."))
    found = entity(entities, "Holm Deep Array")
    assert "HDA" in found.aliases


def test_a_name_with_a_run_of_its_words_as_initials_is_the_name_in_full(tmp_path, nlp):
    """"NIT Holmvik" of "Nordic Institute of Technology Holmvik": one institute, written two ways by two outlets."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Engineers from the Nordic Institute of Technology Holmvik tested the water of the lake on Monday.",
        "A team from NIT Holmvik found high levels of the metal in the water of the lake."))
    found = entity(entities, "Nordic Institute of Technology Holmvik")
    assert "NIT Holmvik" in (found.name, *found.aliases)
    assert not [e for e in entities if e is not found and "Holmvik" in e.name]


def test_an_event_is_described_by_what_its_which_clause_says_it_does(tmp_path, nlp):
    found = entity(build_glossary(articles(tmp_path, nlp, "The Lindby Music Festival, which attracts 80,000 visitors "
                                                          "each year, was cancelled on Monday.")), "Lindby Music Festival")
    assert found.description == "attracts 80,000 visitors each year"


def test_a_single_word_tagged_a_person_s_with_a_place_apposition_is_a_place(tmp_path, nlp):
    # the tagger takes "Holmsund" for a person's name; "a fishing village of 800 people" says what it is
    found = entity(build_glossary(articles(tmp_path, nlp, "Rescuers reached Holmsund, a fishing village of 800 people, "
                                                          "on Tuesday.")), "Holmsund")
    assert found.type == "place"


def test_a_name_in_apposition_after_a_noun_for_a_thing_is_filed_with_organisations(tmp_path, nlp):
    """"its new program, Holm Nine": a program, not the person the tagger takes "Holm Nine" for."""
    found = entity(build_glossary(articles(tmp_path, nlp,
        "Holmex said on Wednesday its new program, Holm Nine, now sorts parcels faster than any of its workers.")),
        "Holm Nine")
    assert found.type == "organisation"


def test_what_an_agent_did_may_name_another_entity(tmp_path, nlp):
    """"the Lindby-based company owned by Nordvik Group": Nordvik Group owned it; the place in the phrase is no reason
    to say nothing."""
    found = entity(build_glossary(articles(tmp_path, nlp,
        "Holmex, the Lindby-based software company owned by Nordvik Group, said on Wednesday that sales rose.")),
        "Nordvik Group")
    assert found.description == "owned the Lindby-based software company"


def test_a_nickname_alone_is_the_person_whose_full_name_quotes_it(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        '"She never missed a training session," her first coach, Erik “E. Holm” Lindmark, remembers. Anna Berg '
        'met him at E. Holm’s gym in Lindby. “He was strict but fair,” E. Holm says.'))
    producer = entity(entities, "Erik “E. Holm” Lindmark")
    assert "E. Holm" in producer.aliases and producer.description == "first coach"


@pytest.mark.parametrize("text, name, description", [
    ("Covering a folk-rock legend like Nils Nordvik showed respect for the genre.", "Nils Nordvik", "folk-rock legend"),
    ("The ferry stopped at a small island such as Holmsund every day.", "Holmsund", "small island"),
    ("We need a man like Erik Holm in charge of the club, the fans said.", "Erik Holm", ""),  # says nothing
])
def test_a_name_given_as_an_example_of_a_noun_with_a_is_one(tmp_path, nlp, text, name, description):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == description


def test_what_a_name_is_one_of_loses_the_capital_of_the_sentence_it_opens(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Retail groups such as the Nordic Council of Merchants had urged the government to act."))
    assert entity(entities, "Nordic Council of Merchants").description == "one of the retail groups"


@pytest.mark.parametrize("text, place, description", [
    ("Fishing ministers hope to sign the quota deal at the summit in Holmsund.", "Holmsund", "scene of the summit"),
    ("Leaders will meet for a summit in Lindby on Sunday.", "Lindby", "scene of a summit"),
])
def test_the_scene_of_an_event_keeps_the_article_of_a_singular_noun(tmp_path, nlp, text, place, description):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), place).description == description


def test_an_accord_is_an_event_whatever_the_model_tags_it(tmp_path, nlp):
    # the model tags "the Holmsund Accord" a location
    entities = build_glossary(articles(tmp_path, nlp, "Brandt said the Holmsund Accord, signed in 2001, would be respected."))
    assert entity(entities, "Holmsund Accord").type == "event"


def test_two_names_joined_by_a_hyphen_are_no_third_entry(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Trucks queued at the Vesterland-Nordmark border on Sunday. Vesterland closed the crossing. Nordmark protested.",
        "Nordvik-Holmex said sales rose. Nordvik is based in Lindby."))
    names = {e.name for e in entities}
    assert "Vesterland-Nordmark" not in names and {"Vesterland", "Nordmark"} <= names
    assert "Nordvik-Holmex" in names  # one of its parts alone names nothing else


def test_a_title_right_before_a_name_in_apposition_is_the_name_s(tmp_path, nlp):
    # the parser makes "pop star" and "Anna Berg" two appositions of "neighbour"
    entities = build_glossary(articles(tmp_path, nlp, "His old neighbour, pop star Anna Berg, sang at the wedding on Monday."))
    assert entity(entities, "Anna Berg").description == "pop star"


def test_a_name_that_only_modifies_the_noun_after_it_is_not_the_subject():
    # "Holmia cheese will stay on shelves", parsed as the model parsed it in a longer paragraph: the noun hung
    # on the name as an apposition, the name the subject
    from generator.consolidate.entities import _action_of
    from generator.contents import Mention, Sentence, Token

    parse = [("Holmia", "PROPN", "nsubj", 3), ("cheese", "NOUN", "appos", 0), ("will", "AUX", "aux", 3),
             ("stay", "VERB", "ROOT", 3), ("on", "ADP", "prep", 3), ("shelves", "NOUN", "pobj", 4), (".", "PUNCT", "punct", 3)]
    tokens, start = [], 0
    for i, (text, pos, dep, head) in enumerate(parse):
        tokens.append(Token(i, text, text.lower(), pos, "VB" if pos == "VERB" else "", dep, head, start, "GPE" if i == 0 else ""))
        start += len(text) + 1
    text = " ".join(t for t, *_ in parse)
    sentence = Sentence("a", 0, 0, 0, len(text), text, tuple(tokens))
    assert _action_of(sentence, Mention("Holmia", "GPE", 0, 0, 0, 6, 0, 1)) is None


def test_a_place_is_not_the_part_of_it_its_name_modifies(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Snow closed the northern Vesterland border on Sunday, and the Vesterland coast road was shut."))
    assert entity(entities, "Vesterland").description == ""


def test_people_in_apposition_to_what_others_are_of_are_not_that_thing(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The guests ranged from her old teammates (Erik Holm, Tomas Brandt) to readers of her novels (Anna Berg).",
        "Lindmark met the founder of the ferry company, Nordvik Ferries, in 2015."))
    assert entity(entities, "Anna Berg").description == ""  # not "novels"
    assert entity(entities, "Nordvik Ferries").description == "ferry company"  # the company it is


def test_an_organisation_s_name_with_studio_after_it_is_the_same_entry(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Anna Berg cut her first songs at her Holm Labs Studio in Vesterby. Erik Holm often visited her at Holm Labs."))
    assert "Holm Labs" in entity(entities, "Holm Labs Studio").aliases


@pytest.mark.parametrize("text, name, description", [
    ("The opposition Green Alliance, led by Anna Berg, came second with 27 percent.", "Anna Berg", "led the Green Alliance"),
    ("The shipyard, founded by Erik Holm in 1950, closed on Monday.", "Erik Holm", "founded the shipyard"),
    ("The winning goal, scored by Nils Nordvik in the 89th minute, sent Lindby through.", "Nils Nordvik", "scored the winning goal"),
])
def test_what_the_agent_of_a_participle_did_describes_a_person_the_articles_say_nothing_else_of(tmp_path, nlp, text, name, description):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == description


@pytest.mark.parametrize("text, name, description", [
    ("The ban, which the Vester Assembly approved last week, closes the bay to trawlers.", "Vester Assembly", "approved the ban"),
    ("The deal, which Nordvik signed with Holmex, is worth 40 million euros.", "Nordvik", "signed the deal with Holmex"),
    ("The plan, which Anna Berg did not support, failed.", "Anna Berg", ""),  # what someone did not do says nothing
])
def test_the_subject_of_a_relative_clause_did_it_to_the_noun_the_clause_is_on(tmp_path, nlp, text, name, description):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == description


@pytest.mark.parametrize("text, name, expected", [
    # a place before the verb sets the scene; what the organisation did is the rest
    ("Likewise, in Bavaria, the Bavarian government has raised the dikes along the river.", "Bavarian government",
     "has raised the dikes along the river"),
    # a phrase before the verb that says how is no scene, and a description without it is only half of it
    ("By failing to pay its debts, the Bavarian government has lost the trust of its lenders.", "Bavarian government", ""),
])
def test_a_place_fronted_before_the_verb_is_no_part_of_an_organisation_s_action(tmp_path, nlp, text, name, expected):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == expected


@pytest.mark.parametrize("text, name, expected", [
    ("Former harbour master Erik Holm said on Monday that he would retire.", "Erik Holm", "former harbour master"),
    ("Senior party officials and Anna Berg met on Monday. Senior aide Anna Berg called for early elections.", "Anna Berg",
     "senior aide"),
    ("Bavarian Prime Minister Karin Dahl said on Monday that talks would resume.", "Karin Dahl", "Bavarian Prime Minister"),
])
def test_a_title_opening_the_sentence_loses_the_sentence_s_capital_not_a_name_s(tmp_path, nlp, text, name, expected):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == expected


@pytest.mark.parametrize("text, name, expected", [
    ("In a statement on Tuesday, the mayor of Lindby, Anna Berg, said the bridge would reopen on Friday.", "Anna Berg",
     "mayor of Lindby"),
    ("The head of the agency, Erik Holm, said the deal was done.", "Erik Holm", "head of the agency"),
])
def test_a_post_with_its_of_phrase_before_a_name_set_off_by_commas_describes_the_person(tmp_path, nlp, text, name, expected):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == expected


def test_a_name_a_who_clause_is_said_of_is_a_person_s(tmp_path, nlp):
    """The model tags "Karin Dahl" an organisation here; "who" is said of people, and what the clause says of her
    describes her."""
    found = entity(build_glossary(articles(tmp_path, nlp, "Karin Dahl, who lives in Lindby, said the water rose very fast.")),
                   "Karin Dahl")
    assert (found.type, found.description) == ("person", "lives in Lindby")


@pytest.mark.parametrize("text, expected", [
    ("About 300 residents of Vesterby were evacuated on Monday.", "where about 300 residents were evacuated"),
    ("Fishermen in Vesterby lost their boats in the storm.", "where fishermen lost their boats in the storm"),
    ("Residents of Vesterby said the water rose fast.", None),  # what they say is theirs, not the place's
])
def test_a_place_is_where_the_people_of_it_the_sentence_speaks_of_are(tmp_path, nlp, text, expected):
    from generator.consolidate.entities import _people_there

    [source] = articles(tmp_path, nlp, text)
    mention = next(m for m in source.mentions if m.text == "Vesterby")
    assert _people_there(source.sentences[mention.sentence], mention) == expected


@pytest.mark.parametrize("short, lawyer", [
    ("Holm Berg", "Anna Berg"),  # both family names alone (and a woman with the last of them is someone else)
    ("Holm", "Tomas Brandt"),  # the first alone: news calls a person with two family names by the first
])
def test_a_person_with_two_family_names_is_called_by_both_or_by_the_first(tmp_path, nlp, short, lawyer):
    """'Judge Ana María Holm Berg ... Holm Berg said' / '... Holm said'."""
    entities = build_glossary(articles(tmp_path, nlp,
        f"Judge Ana María Holm Berg opened the trial on Monday. {short} said the hearing would last a week. "
        f"The defence lawyer, {lawyer}, objected."))
    judge = entity(entities, "Ana María Holm Berg")
    assert short in judge.aliases and lawyer not in judge.aliases


def test_the_first_family_name_of_one_person_and_the_last_of_another_is_neither_s(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Judge Ana María Holm Berg opened the trial on Monday. The defence lawyer, Erik Lindqvist Holm, objected. "
        "Holm said the hearing would last a week."))
    assert not any("Holm" in e.aliases for e in entities)
    assert not any(e.name == "Holm" for e in entities)  # (nor an entry of its own, an organisation by the tagger's doubt)


@pytest.mark.parametrize("word, full, expected", [
    ("holm", ["ines", "holm", "berg"], True),
    ("holm", ["ana", "maria", "holm", "berg"], True),
    ("holm", ["holm", "berg"], False),  # two words: a given name and a surname
    ("paul", ["john", "paul", "berg"], False),  # a given name: the second of two
    ("holm", ["anna", "holm", "s"], False),  # a possessive's "s" ("Anna Holm's" read as a name) is no family name
    ("cruz", ["ana", "de", "cruz", "berg"], False),  # after a particle: a family name of its own ("de Cruz")
    ("jo", ["anna", "jo", "berg"], False),  # two letters: a short given name or an initial more often than a family name
])
def test_the_first_of_two_family_names_is_the_next_to_last_word_of_a_name_of_three_or_more(word, full, expected):
    from generator.consolidate.entities import _first_family_name

    assert _first_family_name(word, full) is expected


def test_an_honorific_and_a_surname_named_more_often_than_the_full_name_join_it(tmp_path, nlp):
    """'Her mother, Ebba Lindqvist, ... Mrs Lindqvist said ... Mrs Lindqvist said': the honorific's form, of two words
    like the full name and more frequent, is a surname all the same, placed after the full name it joins."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Her mother, Ebba Lindqvist, sat on a bench outside the house in Lindby. Mrs Lindqvist said the family had "
        "heard nothing from the club. Later, Mrs Lindqvist said she would wait for her daughter to call."))
    assert "Mrs Lindqvist" in entity(entities, "Ebba Lindqvist").aliases
    assert not any(e.name == "Mrs Lindqvist" for e in entities)


def test_two_family_names_two_people_share_are_neither_s(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Erik Lindqvist Holm and Karin Lindqvist Holm were both charged on Monday. Lindqvist Holm said nothing."))
    assert not any("Lindqvist Holm" in e.aliases for e in entities)


ALIKE_BUT_FOR_CASE = '''
import sys, pathlib, tempfile
from generator.analyse import analyse, load_model
from generator.config import DEFAULT_MODEL
from generator.consolidate.entities import build_glossary
from generator.ingest import read_corpus
folder = pathlib.Path(tempfile.mkdtemp())
(folder / "a.txt").write_text("Holmex cuts jobs\\n\\nHolmex Group said on Monday that it would cut 400 jobs in Vesterland. Shares in "
                              "Holmex Group fell 4 percent after the cuts. Holmex Group has 3,000 staff. HOLMEX has 80 shops and "
                              "Holmex has two factories.\\n")
print([e.aliases for e in build_glossary(analyse(read_corpus(folder), load_model(DEFAULT_MODEL))) if e.name == "Holmex Group"])
'''


@pytest.mark.parametrize("seed", ["1", "4"])  # (two seeds that ordered the set of aliases differently)
def test_aliases_alike_but_for_case_come_in_the_same_order_every_run(seed):
    """A build is the same whatever Python's string hashing: aliases that differ only in case are ordered as
    written, not as a set happens to hold them."""
    root = Path(__file__).resolve().parent.parent
    run = subprocess.run([sys.executable, "-c", ALIKE_BUT_FOR_CASE], capture_output=True, text=True, cwd=root, check=True,
                         env={**os.environ, "PYTHONHASHSEED": seed})
    assert run.stdout.strip().splitlines()[-1] == "[('HOLMEX', 'Holmex')]"


def test_a_name_after_a_post_to_a_country_set_off_by_a_comma_is_a_person_s(tmp_path, nlp):
    """'The crew was met by Sweden's ambassador to Italy, Kjersti Åsgård.': the model tags the name an organisation."""
    found = entity(build_glossary(articles(tmp_path, nlp,
        "The crew was met by Sweden’s ambassador to Italy, Kjersti Åsgård. The crew flies home on Friday.")),
        "Kjersti Åsgård")
    assert (found.type, found.description) == ("person", "Sweden’s ambassador to Italy")


def test_a_name_after_a_post_of_a_company_set_off_by_commas_is_the_post_holder_s(tmp_path, nlp):
    """The model tags "Karin Dahl" an organisation and the parser hangs her on Holmex; the post is hers."""
    found = entity(build_glossary(articles(tmp_path, nlp, "The chief executive of Holmex, Karin Dahl, said the firm would pay the fine.")),
                   "Karin Dahl")
    assert (found.type, found.description) == ("person", "chief executive of Holmex")


@pytest.mark.parametrize("text, expected", [
    ("A spokesperson for the mayor, Anna Holmqvist, said the office would reply on Monday.", "spokesperson for the mayor"),
    ("A spokesperson for the Governor, Anna Holmqvist, said the office would reply on Monday.", "spokesperson for the Governor"),
    ("An adviser to the minister, Anna Holmqvist, resigned on Monday.", "adviser to the minister"),
])
def test_a_name_after_a_post_for_or_to_another_post_is_the_first_post_s_holder(tmp_path, nlp, text, expected):
    """The parser hangs the name on the post her own is for or to: she is not the mayor, nor the minister."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), "Anna Holmqvist").description == expected


@pytest.mark.parametrize("text, place, expected", [
    ("Karin Dahl, who lives in Vesterby, said the water rose fast.", "Vesterby", "where Karin Dahl lives"),
    ("Erik Holm, who flew a rescue crew out of Vesterby, said the sea was calm on Monday.", "Vesterby",
     "where Erik Holm flew a rescue crew from"),
])
def test_a_place_in_a_relative_clause_on_a_name_is_where_the_named_one_did_it(tmp_path, nlp, text, place, expected):
    from generator.consolidate.entities import _where

    [source] = articles(tmp_path, nlp, text)
    mention = next(m for m in source.mentions if m.text == place)
    assert _where(source.sentences[mention.sentence], mention) == expected


def test_every_name_of_a_list_the_parser_read_as_appositions_is_one_of_the_noun_s(tmp_path, nlp):
    """'the singer's close friends (Erik Holm, Anna Berg, Karin Dahl)': the parser hangs the last name on the one
    before it as an apposition; it is one of the list all the same."""
    glossary = build_glossary(articles(tmp_path, nlp, "On Friday a lineup was assembled, from the singer's close friends "
                                                       "(Erik Holm, Anna Berg, Karin Dahl) to his rivals."))
    assert entity(glossary, "Karin Dahl").description == "one of the singer's close friends"


@pytest.mark.parametrize("text, name", [
    ("The Lindby-based operator, known by its acronym VMW, said part of the tunnel roof gave way.", "VMW"),
    ("The Union of Vester Harbour Pilots, known by its Nordic initials UVHP, called a strike on Monday.", "UVHP"),
])
def test_a_noun_for_a_name_itself_is_no_description(tmp_path, nlp, text, name):
    """'known by its acronym VMW': the apposition says how it is called, not what it is."""
    found = [e for e in build_glossary(articles(tmp_path, nlp, text)) if name == e.name or name in e.aliases]
    assert found and not any(w in found[0].description for w in ("acronym", "initials"))


def test_a_run_of_spaces_in_the_article_is_one_space_in_a_description(tmp_path, nlp):
    found = entity(build_glossary(articles(tmp_path, nlp,
        "Erik Holm, president of the  Vesterby Chess Association, said the match would go ahead.")), "Erik Holm")
    assert found.description == "president of the Vesterby Chess Association"


def test_words_before_a_name_that_do_not_run_up_to_it_are_not_its_kind_s():
    # "after the end of this old trade Holm villages ...", parsed as the model may parse it: "old" hung on the
    # villages, across the trade; it is the trade's
    from generator.consolidate.entities import _class_noun_after
    from generator.contents import Mention, Sentence, Token

    parse = [("after", "ADP", "prep", 9), ("the", "DET", "det", 2), ("end", "NOUN", "pobj", 0), ("of", "ADP", "prep", 2),
             ("this", "DET", "det", 6), ("old", "ADJ", "amod", 8), ("trade", "NOUN", "compound", 7),
             ("Holm", "PROPN", "compound", 8), ("villages", "NOUN", "nsubj", 9), ("shrank", "VERB", "ROOT", 9)]
    tokens, start = [], 0
    for i, (text, pos, dep, head) in enumerate(parse):
        tokens.append(Token(i, text, "village" if text == "villages" else text.lower(), pos, "NNS" if text == "villages" else "",
                            dep, head, start, "LOC" if text == "Holm" else ""))
        start += len(text) + 1
    text = " ".join(t for t, *_ in parse)
    sentence = Sentence("a", 0, 0, 0, len(text), text, tuple(tokens))
    holm = Mention("Holm", "LOC", 0, 0, text.index("Holm"), text.index("Holm") + 4, 7, 8)
    assert _class_noun_after(sentence, holm, "place") == "villages"


def test_a_word_named_with_a_capital_the_inside_a_sentence_is_a_name(tmp_path, nlp):
    """"noted The Courier": a name, though the articles also write "a courier" (an ordinary word capitalised once
    is no entity)."""
    text = "A courier brought the letter on Monday. “Prices rose sharply in the town this year,” noted The Courier, after the vote."
    assert entity(build_glossary(articles(tmp_path, nlp, text)), "Courier").type == "organisation"


def test_a_word_written_with_a_capital_inside_sentences_far_more_often_than_not_is_a_name(tmp_path, nlp):
    """"the Synod" three times, "a synod vote" once: a name (an ordinary word capitalised once and written in
    lower case elsewhere is none)."""
    text = ("The bill passed the Synod on Monday. Members of the Synod voted 54 to 30. The Synod will sit again in "
            "May. A synod vote on the budget is due next week.")
    assert entity(build_glossary(articles(tmp_path, nlp, text)), "Synod").type == "organisation"


@pytest.mark.parametrize("introduction", [", born Tomas Erik Brandt,", " (real name Tomas Erik Brandt)"])
def test_a_birth_name_is_the_same_person_under_the_name_the_articles_use(tmp_path, nlp, introduction):
    """"Kid Vester, born Tomas Erik Brandt, ...": one entry, under the name the articles call him by, the birth name
    an alias of it (though it is the fuller name)."""
    entities = build_glossary(articles(tmp_path, nlp, f"The painter Kid Vester{introduction} opened a gallery in Lindby on "
                                       "Monday. Kid Vester is 41.", "Tomas Erik Brandt grew up in Lindby and began painting at 14."))
    found = entity(entities, "Tomas Erik Brandt")
    assert (found.name, found.type) == ("Kid Vester", "person")


@pytest.mark.parametrize("texts, other", [
    (("The singer Tomas Brandt, 31, known to his fans as Kid Vester, played Lindby on Monday.",
      "Kid Vester sold out the Lindby Arena in an hour."), "Kid Vester"),
    (("Tomas Brandt, the guitarist who performed as Kid Lindby, toured Holmia twice.",
      "Kid Lindby released three records in Holmia."), "Kid Lindby"),
    # a name given up for another: the former one is the same person's
    (("He played clubs in Lindby first as Little Holm, before rebranding as Tomas Brandt at 20.",
      "Little Holm recorded two tapes. Tomas Brandt signed with Vester Records."), "Little Holm"),
])
def test_a_name_a_person_goes_by_or_went_by_is_the_same_person_s(tmp_path, nlp, texts, other):
    """A stage name, a nickname or a former name ("X, known to his fans as Y", "X, who performed as Y", "first as Y,
    before rebranding as X"): one entry, the other name an alias."""
    entities = build_glossary(articles(tmp_path, nlp, *texts))
    assert [e.name for e in entities if other in (e.name, *e.aliases)] == [entity(entities, "Tomas Brandt").name]


def test_an_occupation_opening_the_sentence_describes_in_lower_case(tmp_path, nlp):
    """"Goalkeeper Tomas Brandt was injured": a goalkeeper (a title keeps its capital: "Senator Anna Berg")."""
    text = "Goalkeeper Tomas Brandt was injured on Sunday and will miss the final."
    assert entity(build_glossary(articles(tmp_path, nlp, text)), "Tomas Brandt").description == "goalkeeper"


@pytest.mark.parametrize("text", ["Karin Dahl's husband was also charged on Monday.",
                                  "The husband of Karin Dahl was also charged on Monday. The court heard the case."])
def test_a_name_whose_relative_a_noun_names_is_a_person_s(tmp_path, nlp, text):
    """"Karin Dahl's husband", "the husband of Karin Dahl": only a person has one (the tagger took her for an
    organisation)."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), "Karin Dahl").type == "person"


def test_a_name_that_says_she_will_do_something_is_a_person_s(tmp_path, nlp):
    """"Karin Dahl said she would appeal": "she" is Karin Dahl (an organisation would say "it"); the tagger took her
    for an organisation."""
    text = "Karin Dahl said she would appeal the ruling."
    assert entity(build_glossary(articles(tmp_path, nlp, text)), "Karin Dahl").type == "person"


def test_an_organisation_that_says_she_will_be_released_stays_an_organisation(tmp_path, nlp):
    """"The Vesterby Prison Service said she would be released": "she" is someone else; a name ending in an
    organisation's word is no person's."""
    text = "The Vesterby Prison Service said she would be released on Friday."
    assert entity(build_glossary(articles(tmp_path, nlp, text)), "Vesterby Prison Service").type == "organisation"


def test_a_name_after_the_streets_of_is_a_place(tmp_path, nlp):
    """"the streets of Nordvik": a place, though the tagger took it for an organisation (and "streets" is not what
    it is: no description)."""
    found = entity(build_glossary(articles(tmp_path, nlp, "Thousands marched through the streets of Nordvik on Saturday.")), "Nordvik")
    assert (found.type, found.description) == ("place", "")


def test_a_be_inside_quoted_words_classifies_no_name_outside_them(tmp_path, nlp):
    """'Anna Berg, speaking after the vote: "It is a good day ..."': the parser hangs her on the quotation's "is a
    day"; what the words say is no kind of hers."""
    text = ('Erik Holm met Anna Berg on Monday. Anna Berg, speaking after the vote: "It is a good day for the town and '
            'for everyone who lives here."')
    assert entity(build_glossary(articles(tmp_path, nlp, text)), "Anna Berg").type == "person"



def test_an_organisation_cut_at_its_and_is_made_whole_from_its_name_elsewhere(tmp_path, nlp):
    """"Vesterby Harbours" tagged, "and Coast Protection" after it left out, where the story names "Vesterby Harbours
    and Coast Protection" whole: one mention of the whole name; the end of a whole name, or it with a plural "s"
    slipped in, is that name too."""
    from generator.consolidate.entities import _in_whole, _joined_names

    (analysed,) = articles(tmp_path, nlp, "Every trawler that enters the port is checked by Vesterby Harbours and Coast Protection.")
    whole = {"vesterby harbours and coast protection"}
    assert "Vesterby Harbours and Coast Protection" in [m.text for m in _joined_names(analysed, whole)]
    assert _in_whole("harbours and coast protection", whole) and _in_whole("harbours and coast protections", whole)
    assert not _in_whole("harbours and excise", whole)


def test_a_name_whose_of_phrase_ends_in_a_title_word_is_no_title(tmp_path, nlp):
    """A name's head is the word before its of-phrase: "Ministry of Justice" is an organisation although "Justice"
    is also a judge's title; "Minister of Justice" stays a title, no entry."""
    text = ("The Ministry of Justice in Lindby rejected the appeal on Tuesday. Its lawyers said the court had acted within "
            "the law. The Minister of Justice did not comment.")
    entities = build_glossary(articles(tmp_path, nlp, text))
    assert entity(entities, "Ministry of Justice").type == "organisation"
    assert not any(e.name.startswith("Minister of") for e in entities)


@pytest.mark.parametrize("words, expected", [
    # "Vester Watch, the consumer group, demanded answers": a subject's apposition, closed before its verb
    (["Vester", "Watch", ",", "the", "consumer", "group", ",", "demanded", "answers", "."], "organisation"),
    # "He met Vester Watch, the consumer group": no verb after it, but a kind only an organisation is
    (["He", "met", "Vester", "Watch", ",", "the", "consumer", "group", "."], "organisation"),
    # "He met Vester Watch, a painful event": after a person's name any other kind may be said of another thing
    (["He", "met", "Vester", "Watch", ",", "a", "painful", "event", "."], None),
])
def test_an_apposition_between_a_subject_tagged_a_person_and_its_verb_says_what_it_is(words, expected):
    from generator.consolidate.entities import _classified_as
    from generator.contents import Mention, Token

    parses = {  # (pos, dep, head) as the model parses them, "Vester Watch" tagged a person's name
        "Vester": [("PROPN", "compound", 1), ("PROPN", "nsubj", 7), ("PUNCT", "punct", 1), ("DET", "det", 5),
                   ("NOUN", "compound", 5), ("NOUN", "appos", 1), ("PUNCT", "punct", 1), ("VERB", "ROOT", 7),
                   ("NOUN", "dobj", 7), ("PUNCT", "punct", 7)],
        "He": [("PRON", "nsubj", 1), ("VERB", "ROOT", 1), ("PROPN", "compound", 3), ("PROPN", "dobj", 1),
               ("PUNCT", "punct", 3), ("DET", "det", 7), ("NOUN", "compound", 7), ("NOUN", "appos", 3), ("PUNCT", "punct", 1)],
    }
    tokens, start = [], 0
    for i, (text, (pos, dep, head)) in enumerate(zip(words, parses[words[0]])):
        tokens.append(Token(i, text, text.lower(), pos, "", dep, head, start, "PERSON" if text in ("Vester", "Watch") else ""))
        start += len(text) + 1
    first = words.index("Vester")
    mention = Mention("Vester Watch", "PERSON", 0, 0, tokens[first].start, tokens[first].start + 12, first, first + 2)
    assert _classified_as(tuple(tokens), mention) == expected


def test_an_acronym_defined_in_brackets_is_the_organisation_s_name_wherever_written(tmp_path, nlp):
    """"the Vester Alliance for Safe Travel (VAST)": VAST names it in the sentences after, though the tagger,
    which reads "VAST" as a word, tags it nowhere."""
    text = ("The Vester Alliance for Safe Travel (VAST) warned on Monday that the bridge was unsafe. Officials said "
            "VAST would publish a full report in May.")
    found = entity(build_glossary(articles(tmp_path, nlp, text)), "Vester Alliance for Safe Travel")
    assert "VAST" in found.aliases and {m.sentence for m in found.mentions} == {0, 1}


def test_a_name_a_distance_and_a_direction_are_measured_from_is_a_place(tmp_path, nlp):
    """"about 50 km north of Holmsund": only a place lies in a direction from something (the tagger called
    Holmsund an organisation)."""
    text = "Heavy rain flooded the main road about 50 km north of Holmsund on Monday, and the ferry to Lindmark was cancelled."
    assert entity(build_glossary(articles(tmp_path, nlp, text)), "Holmsund").type == "place"


def test_where_an_organisation_is_based_is_said_with_the_kind_its_name_says_it_is(tmp_path, nlp):
    """"the Lindmark-based Vester Rowing Association": a Lindmark-based association (a bare "Lindmark-based"
    describes nothing)."""
    text = '"The river is too high for the race," said a statement from the Lindmark-based Vester Rowing Association on Monday.'
    assert entity(build_glossary(articles(tmp_path, nlp, text)), "Vester Rowing Association").description == "Lindmark-based association"


def test_an_abbreviation_with_an_accented_capital_defined_in_brackets_is_the_same_organisation(tmp_path, nlp):
    """"Vesterland State Railways (ÖSJ)": the bracket defines ÖSJ, whose initials are those of the name in another
    language, so only the bracket says it is the same company."""
    text = ("The train was run by Vesterland State Railways (ÖSJ), the national rail company. On Tuesday ÖSJ said the "
            "line to Lindmark would reopen next week.")
    entities = build_glossary(articles(tmp_path, nlp, text))
    assert "ÖSJ" in entity(entities, "Vesterland State Railways").aliases and not any(e.name == "ÖSJ" for e in entities)


def test_a_plural_title_before_a_list_of_names_makes_each_a_person(tmp_path, nlp):
    """"Lawyers Anna Berg and Émile Roux": the tagger called the second an organisation; the title is each one's."""
    text = "Lawyers Anna Berg and Émile Roux met the judge in Lindmark on Monday to discuss the appeal."
    assert entity(build_glossary(articles(tmp_path, nlp, text)), "Émile Roux").type == "person"


def test_a_given_name_the_tagger_left_out_at_a_sentence_s_start_is_part_of_the_name_named_in_full_elsewhere(tmp_path, nlp):
    analysed = articles(
        tmp_path, nlp,
        "A Lindby court on Wednesday acquitted former finance minister Anders Holm of corruption charges.",
        "Anders Holm walked free from the High Court in Lindby on Wednesday after judges threw out a bribery case.",
    )
    holm = entity(build_glossary(analysed), "Anders Holm")
    assert {m.text for m in holm.mentions} == {"Anders Holm"}  # in both articles, not "Holm" alone in the second


def test_a_name_in_apposition_with_a_noun_for_someone_who_practises_something_is_a_person_s(tmp_path, nlp):
    # the tagger reads the unfamiliar name as an organisation's each time; "the American saxophonist" says who
    # it is, though no role list holds every such noun ("-ist", "-ian")
    analysed = articles(
        tmp_path, nlp,
        "Marcus Hale, the American saxophonist, played to a full Harbour Square in Nordvik on Saturday night.\n\n"
        "Last month, Hale cancelled a tour of Asia because of illness.",
    )
    assert entity(build_glossary(analysed), "Hale").type == "person"


def test_a_time_zone_after_a_clock_time_is_no_organisation(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The storm reached the Lindby coast at about 6:20 a.m. local time (1720 GMT on Sunday), the weather office said.",
        "The ferry left Nordvik at 1100 UTC and reached Lindmark at 6:15 p.m. ET on Friday.",
        "The quake struck the Holm valley at 3:40 am NPT on Sunday; it was felt in Lindby at 5:55 pm WIB."))
    assert not {"GMT", "UTC", "ET", "NPT", "WIB"} & {n for e in entities for n in (e.name, *e.aliases)}


def test_a_place_named_before_its_kind_after_a_possessive_is_that_kind_of_the_owner(tmp_path, nlp):
    # "in Vesterland's Holm region": a region of Vesterland (not "Vesterland's region")
    entities = build_glossary(articles(tmp_path, nlp,
        "A gas explosion tore through a mine in Vesterland's Holm region early on Tuesday, officials said."))
    assert entity(entities, "Holm").description == "region of Vesterland"


def test_a_name_a_noun_for_a_work_introduces_is_no_person(tmp_path, nlp):
    # the tagger reads a record's or a song's title as a person's name; "her debut", "a record she made" say it
    # is a work, filed with organisations (a work's title never speaks, so no quotation can be given to it)
    entities = build_glossary(articles(
        tmp_path, nlp,
        "Her 1987 debut, Marta Solberg, and its single Lena Vik made Karin Dahl famous across Vesterland.\n\n"
        "She won a prize in 2001 for Noite Lenta, a record she cut in Lindby with the pianist Erik Holm.",
        "By then Karin Dahl was a household name - Marta Solberg had played on every radio in Vesterland for years."))
    assert {entity(entities, n).type for n in ("Marta Solberg", "Noite Lenta")} == {"organisation"}


def test_a_railway_by_its_first_word_and_a_body_by_the_word_for_its_kind_are_one_entry(tmp_path, nlp):
    # "Nordvik" for "Nordvik Rail" (a railway's name, like a company's, drops its last word), "the Union" for
    # "the Union of Vester Harbour Pilots" (the kind of body its name opens with, before its "of" phrase)
    entities = build_glossary(articles(
        tmp_path, nlp,
        "Some 400 members of the Union of Vester Harbour Pilots stopped work at Nordvik Rail's port on Monday.",
        "Nordvik said freight would resume within a week. The Union said its members would obey the law."))
    rail, union = entity(entities, "Nordvik Rail"), entity(entities, "Union of Vester Harbour Pilots")
    assert "Nordvik" in rail.aliases and "Union" in union.aliases


def test_a_name_before_a_mayor_s_title_and_name_is_a_place(tmp_path, nlp):
    # the tagger takes "Vesterby Mayor" for one organisation: the title of the office that heads a town is cut
    # off, and the town is a place
    entities = build_glossary(articles(
        tmp_path, nlp,
        "Shops near the station lost half of their trade during the strike, according to Vesterby Mayor Anna Berg.",
        "Vesterby will ask the province for help, the mayor said on Tuesday."))
    assert entity(entities, "Vesterby").type == "place"
    assert not any(e.name.endswith("Mayor") for e in entities)


def test_a_nationality_opening_the_sentence_keeps_its_capital_in_the_description(tmp_path, nlp):
    # the sentence's capital is dropped from a modifier ("Former harbour master ..."), never from a nationality the
    # tagger did not tag ("Omani guitarist ...")
    entities = build_glossary(articles(tmp_path, nlp,
        "Omani guitarist Erik Holm played on her second album, recorded in Vesterland in 2011."))
    assert entity(entities, "Erik Holm").description == "Omani guitarist"


def test_the_name_after_from_in_a_named_person_s_apposition_is_where_the_person_lives(tmp_path, nlp):
    # "a nurse from Lindby": news gives people's home towns so; the tagger took the unfamiliar town for a company
    entities = build_glossary(articles(tmp_path, nlp,
        "Lena Marsvik, 34, a nurse from Nordvale, said she had lost a week of shifts during the closure."))
    assert entity(entities, "Nordvale").type == "place"


def test_a_name_a_relative_which_follows_is_no_person_s(tmp_path, nlp):
    # "which" is never said of a person: the tagger's person is the company, named in full elsewhere ("... S.A.")
    entities = build_glossary(articles(
        tmp_path, nlp, "Vesterkraft Holmara, which operates the Lindby dam, said on Monday it had opened the spillway gates.",
        "The dam is run by the power company Vesterkraft Holmara S.A., which built it in 2011."))
    company = entity(entities, "Vesterkraft Holmara S.A.")
    assert company.type == "organisation" and "Vesterkraft Holmara" in company.aliases
    assert not any(e.type == "person" for e in entities)


def test_a_name_without_its_de_phrase_is_the_same_name_and_a_lagoon_is_a_place(tmp_path, nlp):
    # "the Monte Vesta" is the "Monte Vesta de Lindo Holmara" named in full ("de" is another language's "of")
    from collections import Counter

    from generator.consolidate.entities import _Cluster, _match

    mountains = _Cluster(names=Counter({"Monte Vesta de Lindo Holmara": 2}), votes=Counter({"place": 2}))
    assert _match("monte vesta", ["monte", "vesta"], False, "monte vesta de lindo holmara", mountains) > 0
    assert _match("monte vesta", ["monte", "vesta"], False, "monte vesta del holm", mountains) > 0
    # "a vast coastal lagoon" says a name is a place's
    entities = build_glossary(articles(tmp_path, nlp, "Divers searched the channel below the weir and the Marisma Honda "
                                       "de Lindvik, a vast coastal lagoon, on Tuesday."))
    assert entity(entities, "Marisma Honda de Lindvik").type == "place"


@pytest.mark.parametrize("text", [
    "The ruling came shortly after 2 p.m. Judge Karin Dahl of the Vesterby court read it out in full.",
    "The plan was approved on Tuesday. Late on Tuesday Mayor Karin Dahl said the bridge would reopen.",
])
def test_a_time_before_a_title_is_no_part_of_the_title(tmp_path, nlp, text):
    entities = build_glossary(articles(tmp_path, nlp, text))
    description = entity(entities, "Karin Dahl").description
    assert "p.m." not in description and "Tuesday" not in description


def test_a_transport_company_without_its_trade_word_is_the_same_company(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The ferry, operated by Holmex Ferries, sank on Monday. Holmex chief executive Erik Holm denied that it was overloaded."))
    assert "Holmex" in (entity(entities, "Holmex Ferries").name, *entity(entities, "Holmex Ferries").aliases)


def test_a_based_modifier_joins_a_kind_but_not_a_clause(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The ferry was operated by the Lindby-based Holmex Ferries.", "The Lindby-based Holmex Ferries cancelled its crossings.",
        "Holmex Ferries, which runs four boats on the river, said it was shocked."))
    assert entity(entities, "Holmex Ferries").description != "Lindby-based runs four boats on the river"


@pytest.mark.parametrize("texts, name, etype", [
    # what a name is "-based" in is a place, and what is based there a body
    (("The study was funded by the Nordvik-based Vesta Heart Foundation. Dr Anna Berg, a cardiologist at Nordvik "
      "General Hospital, said Nordvik needed it.",), "Nordvik", "place"),
    (("The Nordvik-based Vester Audit Forum has tracked tenders since 2015.",), "Vester Audit Forum", "organisation"),
    # "where" after a name set off by a comma is said of a place
    (("In Nordvik, where the river burst its banks in 2019, the new report will add to worries on the council.",),
     "Nordvik", "place"),
    # a name given as an example of a plural class noun is of that class
    (("Volunteers came from four towns, including Ostvik, over ten years.",), "Ostvik", "place"),
    # a fair is an event
    (("The Lindby Autumn Fair, which opens every August, has been called off.",), "Lindby Autumn Fair", "event"),
])
def test_what_the_sentence_says_of_a_name_gives_its_type(tmp_path, nlp, texts, name, etype):
    assert entity(build_glossary(articles(tmp_path, nlp, *texts)), name).type == etype


def test_a_count_of_people_from_a_place_does_not_describe_the_place(tmp_path, nlp):
    # "more than 200 passengers from X" counts who was aboard a trip from X; it says nothing of who lives there
    entities = build_glossary(articles(tmp_path, nlp,
        "The bus had been carrying more than 70 travellers from Holmsund when it overturned.",
        "Rescuers searched the lake near Holmsund on Sunday."))
    assert "travellers" not in entity(entities, "Holmsund").description


def test_a_work_s_title_the_tagger_reads_as_a_person_s_name_is_no_person(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Karin Holm won the prize for \"Holm Nights\" in 2004, the critics said.",
        "Older readers remember queuing for signed copies of Holm Nights.", "Her novel \"Holm Nights\" survived.",
        "It won in 2004 for Holm Nights, the only novel to win twice."))
    assert [e.type for e in entities if e.name == "Holm Nights"] == ["organisation"]  # filed as works are


def test_a_prize_is_no_person(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The poet Per Dalvik, a former Vesta Prize winner, posted a photograph of the novel.",
        "She was the first poet to take the Vesta Prize twice."))
    assert all(e.type != "person" for e in entities if "Vesta" in e.name)


def test_a_based_modifier_does_not_join_a_phrase_with_a_possessor_of_its_own(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp, "The Lindby-based Holmgard said the offer was fair.",
                                       "The Lindby-based Holmgard cut 300 jobs last year.",
                                       "Holmgard is Vesterland's largest telecoms group and employs 21,000 people."))
    assert entity(entities, "Holmgard").description != "Lindby-based Vesterland's largest telecoms group"


@pytest.mark.parametrize("texts, name", [
    # a one-word name only ever written where something is, never doing or owning anything
    (("Much of the welding in Lindby will move to the factory in Sundvall, the company said.",
      "The union said 90 jobs could go to Sundvall.", "Staff were told the yard in Sundvall would grow."), "Sundvall"),
    # listed after a place preposition with places
    (("Memorial services were held on Sunday in Lindby, Vikby and Holmsund.", "Lindby is a fishing town.",
      "Holmsund is a port town."), "Vikby"),
])
def test_a_name_the_tagger_took_for_a_body_is_a_place_where_it_is_only_ever_a_place(tmp_path, nlp, texts, name):
    assert entity(build_glossary(articles(tmp_path, nlp, *texts)), name).type == "place"


def test_a_name_listed_with_another_outside_a_place_preposition_keeps_its_own_type(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp, "Dahlin and Strom, Berg writes, argued that the old bridge should close.",
                                       "Strom is a village in Vesterland."))
    assert all(e.type != "place" for e in entities if e.name == "Dahlin")


def test_a_capitalised_title_after_a_role_in_lower_case_is_no_part_of_the_role(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp, "Lead author Professor Maria Lind said the effect surprised the team.",
                                       "Transport Minister Lena Strand said the inquiry would report in a year."))
    assert entity(entities, "Maria Lind").description == "lead author"
    assert entity(entities, "Lena Strand").description == "Transport Minister"


def test_a_lower_case_word_naming_no_person_is_part_of_the_capitalised_title_after_it(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp, '"The road stays shut," fire Chief Tomas Ekblad told reporters on Sunday.'))
    assert entity(entities, "Tomas Ekblad").description == "fire Chief"


@pytest.mark.parametrize("name", ["Maarten ter Kamp", "Joost ter Riet"])
def test_the_words_before_a_name_cut_at_its_particle_are_no_title(tmp_path, nlp, name):
    # the model tags only the family name, with or without "ter"; the given name (an adjective or a noun to the
    # parser) is no title, alone or with the particle
    entities = build_glossary(articles(tmp_path, nlp, f'"We need answers," said {name}, the panel\'s chairman.',
                                       f"{name}, who chairs parliament's Transport and Housing Committee, "
                                       "said the hearing had been moved up."))
    assert not any(name.split()[0] in e.description for e in entities)


def test_a_phrase_with_a_personal_pronoun_describes_nothing(tmp_path, nlp):
    # "her" stands for someone named elsewhere: a glossary reader cannot tell who
    entities = build_glossary(articles(tmp_path, nlp, "Anna Berg will take the proposal to the Holm Committee, which has "
                                                      "asked her to testify in March."))
    assert "her" not in entity(entities, "Holm Committee").description.split()


def test_a_noun_for_a_person_in_apposition_to_a_place_or_a_work_is_said_of_someone_else(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The poet Karin Dahl took the Lindmark Medal in 1990 for The Salt Meadow. In 2008 she took it a second time "
        "for Grey Harbour, the youngest poet so honoured. Readers still queue for copies of Grey Harbour.",
        "Holmia, Vesterland's neighbour and main trading partner, closed its border on Monday."))
    assert entity(entities, "Grey Harbour").description == ""
    assert entity(entities, "Holmia").description == "Vesterland's neighbour and main trading partner"


def test_a_launch_complex_is_a_place(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp, "The probe was launched from the Vestra Launch Complex in 2037, the agency said.",
                                       "Engineers at the Vestra Launch Complex cheered."))
    assert entity(entities, "Vestra Launch Complex").type == "place"


def test_the_possessor_of_what_only_a_state_has_is_a_place(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp, "Per Lund, the captain of Nordia's national hockey team, sent his condolences.",
                                       "Nordia's shipping inspectors grounded the boat."))
    assert entity(entities, "Nordia").type == "place"


def test_a_name_that_takes_a_plural_verb_is_a_group_not_a_person(tmp_path, nlp):
    """British usage: "Holmsund Rovers have sacked ...", "Nordvik Town, who play ...": a team, never one person."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Holmsund Rovers have dismissed their manager after losing at home to Nordvik Town on Saturday. "
        "Nordvik Town, who sit near the bottom of the second division, won by two goals.",
        "Holmsund Rovers are ninth in the table. Nordvik Town were stronger in the second half, their manager said."))
    assert {entity(entities, name).type for name in ("Holmsund Rovers", "Nordvik Town")} == {"organisation"}


def test_what_no_person_is_called_by_a_short_name_is_no_person_by_its_full_name(tmp_path, nlp):
    """The plural verb is the short name's ("Vesterwick, who sit ..."): the full name it merges with is a group too."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Lindmark Rovers dismissed their manager after a surprise home loss to Vesterwick Town on Saturday. "
        "Vesterwick Town had never won a cup tie away from home.",
        "Vesterwick, who sit near the bottom of the second division, scored first before half-time. Few fans had expected Vesterwick to win."))
    assert entity(entities, "Vesterwick Town").type == "organisation"


NORRBY_FIRST = ("The engine, a VX-40 built by Norrby Propulsion, will be taken to Lindby for tests. "
                "Norrby told reporters it would fly its own engineers out to the airport.")


@pytest.mark.parametrize("second", [
    # the full name, then the short one
    "Investigators said the engine, made by Norrby Propulsion, lost a blade. "
    "Every engine was checked by Norrby's own specialists, the airline said.",
    # where a short name comes first as a matter of course: quoted words, a modifier, a line with no stop
    '"Nobody from Norrby has called us," said Anna Berg, whose son was on the flight. '
    "Investigators said the engine, made by Norrby Propulsion, lost a blade.",
    "Norrby staff were flown to Lindby on Monday. Investigators said the engine, made by Norrby Propulsion, lost a blade.",
    "Engine maker Norrby under pressure as investigators study the blade\n\n"
    "Investigators said the engine, made by Norrby Propulsion, lost a blade.",
], ids=["full-first", "quoted", "modifier", "standfirst"])
def test_an_organisation_named_in_full_then_by_the_name_its_full_name_opens_with_is_one(tmp_path, nlp, second):
    """'a VX-40 built by Norrby Propulsion ... Norrby said': the writer shortens the name once it is given in full
    (and people quoted, a headline or a modifier may shorten it before)."""
    entities = build_glossary(articles(tmp_path, nlp, NORRBY_FIRST, second))
    assert "Norrby" in entity(entities, "Norrby Propulsion").aliases
    assert [e.name for e in entities if e.name == "Norrby"] == []


@pytest.mark.parametrize("texts, full", [
    # an article that tells of "Norrby" before it names "Norrby Propulsion" may mean another body of that name
    ((NORRBY_FIRST, "Norrby makes engines for small jets. Investigators said the engine, made by Norrby Propulsion, lost a blade."),
     "Norrby Propulsion"),
    # what follows "Norrby" is written as a name of its own, not as the word for a trade: a parent's unit, a product line
    ((NORRBY_FIRST.replace("Propulsion", "AeroWorks"),
      "Investigators said the engine, made by Norrby AeroWorks, lost a blade. Every engine was checked by Norrby's own "
      "specialists, the airline said."), "Norrby AeroWorks"),
    # a word that names a body of its own: a council and one of its committees
    (("The Council Finance Committee approved the budget on Monday. The Council will vote on it next week.",
      "Members of the Council Finance Committee met for six hours. The Council has 60 members."), "Council Finance Committee"),
], ids=["told-alone-first", "rest-is-a-name", "word-names-a-body"])
def test_a_short_name_that_may_be_another_body_is_kept_apart_from_the_full_one(tmp_path, nlp, texts, full):
    entities = build_glossary(articles(tmp_path, nlp, *texts))
    assert full.split()[0] not in entity(entities, full).aliases


@pytest.mark.parametrize("second, one", [
    # the company's, though the tagger reads it as a country's name: nothing is placed in it, and every article
    # gives the company's full name first
    ("Savonia Brands posted a record profit last year. Savonia, which sells 14 flavours, said it would fight the ban in court.", True),
    # a town of that name: shops are in it
    ("Savonia Brands posted a record profit last year. Shops in Savonia, which has 9,000 people, said they would "
     "fight the ban in court.", False),
    # told of alone before the full name: perhaps the country
    ("Savonia said it would fight the ban in court. Savonia Brands posted a record profit last year.", False),
])
def test_a_company_s_short_name_the_tagger_reads_as_a_place_is_the_company_s_unless_something_is_in_it(tmp_path, nlp, second, one):
    """'Savonia Brands ... Savonia's shares fell': a company's name shortened, or a place of the same name."""
    entities = build_glossary(articles(tmp_path, nlp,
        "The ruling hurts Savonia Brands, the Lindby company whose pouches lead the market. "
        "Savonia's stock dropped by a tenth on Tuesday.", second))
    assert ("Savonia" in entity(entities, "Savonia Brands").aliases) == one


def test_a_name_in_apposition_to_a_kind_of_organisation_is_one_whatever_the_tagger_read(tmp_path, nlp):
    """'who heads Morven Ash, a Lindby software firm': the firm, though tagged a person's name."""
    entities = build_glossary(articles(tmp_path, nlp,
        '"Old passwords are the weak spot in every network," said Erik Holm, who heads Morven Ash, a Lindby software firm.'))
    firm = entity(entities, "Morven Ash")
    assert (firm.type, firm.description) == ("organisation", "Lindby software firm")


def test_a_post_set_off_before_a_name_is_that_name_s_not_the_place_before_it(tmp_path, nlp):
    """'in the harbour office on Vesterby Quay, the chief executive, Karin Dahl, apologised': her post."""
    entities = build_glossary(articles(tmp_path, nlp,
        "At a briefing in the old harbour office on Vesterby Quay, the chief executive, Karin Dahl, apologised to customers."))
    quay = entity(entities, "Vesterby Quay")
    assert quay.type != "person" and "Dahl" not in quay.description
    assert entity(entities, "Karin Dahl").description == "chief executive"


@pytest.mark.parametrize("renaming, description", [
    ("The 58-year-old retired fisherman has sold his catch in Lindby since 1980.", "retired fisherman"),
    ("The 58-year-old pensioner has lived on the island all his life.", "pensioner"),
    # an age given to a thing is no renaming of the person
    ("The 100-year-old bridge was closed to lorries in March.", ""),
])
def test_a_person_named_and_then_called_by_age_and_what_they_are_is_described_so(tmp_path, nlp, renaming, description):
    entities = build_glossary(articles(tmp_path, nlp,
        '"Nobody asked us what we thought of the plan," Erik Holm said. ' + renaming))
    assert entity(entities, "Erik Holm").description == description


@pytest.mark.parametrize("full", ["Holmex Communications", "Holmex Data Services", "Holmex Securities"])
def test_a_company_s_short_name_without_its_trade_is_the_same_company(tmp_path, nlp, full):
    entities = build_glossary(articles(tmp_path, nlp,
        f"{full}, the country's largest provider, said on Monday that hackers had taken customer records.",
        "Holmex said it had informed the regulator and would write to every customer this week."))
    holmex = entity(entities, "Holmex")
    assert full in (holmex.name, *holmex.aliases)


def test_a_name_before_a_post_only_an_organisation_has_is_an_organisation_s(tmp_path, nlp):
    """The model may read an unfamiliar label's name as a person's; "X's chief executive", "X chairman Y" are said
    only of an organisation."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Marlowe Records chief executive Anna Berg said the album would come out in May. Marlowe Records signed "
        "the band in 2019, and the Marlowe Records board approved the deal.",
        "The band signed with Marlowe Harding in 2019. Marlowe Harding chief executive Anna Berg said the album "
        "would come out in May, and Marlowe Harding's chairman, Erik Holm, agreed."))
    assert entity(entities, "Marlowe Records").type == "organisation"
    assert entity(entities, "Marlowe Harding").type == "organisation"


def test_a_list_item_hung_on_a_name_is_no_description_of_it(tmp_path, nlp):
    """"a flat in X, a sister in X and a boat at X": the parser may hang the list's next item on the name as an
    apposition, which names it again: no description, nor a sign of a person."""
    entities = build_glossary(articles(tmp_path, nlp,
        '"She keeps a flat in Marlowe, a sister of 70 in Marlowe and a boat at the harbour in Marlowe," said her '
        "lawyer, Erik Holm. Few visitors in Marlowe have seen the boat."))
    found = entity(entities, "Marlowe")
    assert (found.type, found.description) == ("place", "")


def test_a_name_the_articles_call_a_town_is_no_person_s(tmp_path, nlp):
    """A classifying apposition ("X, a fishing port of 12,000 inhabitants") says what the name is, whatever the
    model read in it (a person's name, three times)."""
    entities = build_glossary(articles(tmp_path, nlp,
        'Marlowe Vale, a fishing port of 12,000 inhabitants, has elected her mayor four times. "Marlowe Vale is my '
        'home," she said. Marlowe Vale voted for her again.'))
    assert entity(entities, "Marlowe Vale").type == "place"


def test_what_the_articles_call_a_name_outweighs_the_labels_the_model_gave_it(tmp_path, nlp):
    """A classifying apposition ("X, an old quarry village") decides the type against the model's labels (three
    mentions read as an organisation's name, each a vote), when nothing classifies it otherwise."""
    text = ("Varnack, an old quarry village of some 500 souls, was cleared overnight. Varnack lost power at midnight. "
            "Firefighters said Varnack could burn. Varnack has one school. Varnack sent its buses to help. Varnack thanked "
            "the crews. The people of Varnack will return on Friday.")
    assert entity(build_glossary(articles(tmp_path, nlp, text)), "Varnack").type == "place"


@pytest.mark.parametrize("text, name", [
    ("The Vester National Congress, which governed for 14 years, lost the election in March. The Vester National "
     "Congress called the case revenge.", "Vester National Congress"),
    ("Members of the Lindby Unity Congress marched on Monday. The Lindby Unity Congress, which ruled for a decade, "
     "called the trial a farce.", "Lindby Unity Congress"),
])
def test_a_word_naming_a_meeting_and_a_body_alike_makes_no_event(tmp_path, nlp, text, name):
    """"Congress" ends the names of meetings and of parties: the name's last word decides nothing, the rest does."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).type == "organisation"


@pytest.mark.parametrize("street", ["Marlowe Lane", "Brannholt Lane"])
def test_a_street_s_name_is_a_place_s(tmp_path, nlp, street):
    found = entity(build_glossary(articles(tmp_path, nlp,
        f"Outside the old bakery on {street}, the shutters stayed down all week.")), street)
    assert found.type == "place"


@pytest.mark.parametrize("text, name, description", [
    # who holds it, with the kind its name says it is
    ("Investigators say she persuaded the state-owned Vester Agricultural Bank to lend 40 million crowns to a "
     "shipyard.", "Vester Agricultural Bank", "state-owned bank"),
    ("The army-backed Lindby Council met on Monday to discuss the harbour.", "Lindby Council", "army-backed council"),
    # with no kind in the name, the words alone
    ("The ruling Vester Front won the vote on Monday by six votes.", "Vester Front", "ruling"),
    ("The main opposition Harbour Alliance will appeal against the ruling.", "Harbour Alliance", "main opposition"),
])
def test_the_words_between_the_and_an_organisation_s_name_say_what_it_is(tmp_path, nlp, text, name, description):
    """"the state-owned X Bank", "the ruling X": who owns, runs or backs it, or what it is in the story."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == description


def test_a_partner_named_after_with_is_no_affiliation(tmp_path, nlp):
    """"X, with its smaller partner the Y, holds a majority": X keeps company with Y, which is no description of X."""
    found = entity(build_glossary(articles(tmp_path, nlp,
        "Today the Alliance for Renewal, with its smaller partner the Farmers League, holds a narrow majority of "
        "seats.")), "Alliance for Renewal")
    assert "partner" not in found.description


def test_a_name_ending_on_a_company_s_word_is_no_person_s(tmp_path, nlp):
    """"Marlowe Records": the model may read a label's unfamiliar name as a person's; a person's name does not end
    on "Records", "Holdings" or "Works"."""
    found = entity(build_glossary(articles(tmp_path, nlp,
        "The band left Marlowe Records in May after two albums. Marlowe Records signed the band in 2019.")),
        "Marlowe Records")
    assert found.type == "organisation"


@pytest.mark.parametrize("text, name, expected", [
    # an adverb inside the action belongs to it
    ("The Lindby Savings Fund said it would weigh the offer carefully before giving its answer.",
     "Lindby Savings Fund", "would weigh the offer carefully before giving its answer"),
    # a quotation mark breaks the phrase: the action ends at the break
    ('The Vesterby Harbour Board said it had withdrawn the permit "at once" until an inquiry ends.',
     "Vesterby Harbour Board", "had withdrawn the permit"),
    # a clause the parser hangs on the message noun ("in a letter that ...") is still what it said it does
    ("The Lindby Savings Fund said in a letter that it would sell its shares in the ferry company.",
     "Lindby Savings Fund", "would sell its shares in the ferry company"),
])
def test_what_an_organisation_says_it_does_survives_an_adverb_a_break_and_a_statement(tmp_path, nlp, text, name, expected):
    # (after the kind its name ends in, when it ends in one: "board that had withdrawn the permit")
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description.removeprefix("board that ") == expected


@pytest.mark.parametrize("text, name, expected", [
    ("Erik Lindqvist, who runs the Holm Valley Growers' Cooperative, said the road had changed the town.",
     "Holm Valley Growers' Cooperative", "run by Erik Lindqvist"),
    ("Karin Dahl, who leads the Vester Trust, declined to comment.", "Vester Trust", "led by Karin Dahl"),
    # a post held once is not the organisation's part now
    ("Karin Dahl, who once led the Vester Trust, declined to comment.", "Vester Trust", ""),
])
def test_an_organisation_a_person_runs_is_described_by_whom(tmp_path, nlp, text, name, expected):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == expected


def test_a_possessive_name_without_its_generic_head_is_the_same_entry(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Nine passengers were taken to St Halvard's Hospital in Lindby.",
        "Karin Dahl, head of surgery at St Halvard's, said two patients remained there."))
    assert [e.name for e in entities if "Halvard" in e.name] == ["St Halvard's Hospital"]


@pytest.mark.parametrize("first, second, name, other", [
    # the nickname quoted inside the name by one outlet, left out by another
    ('Coach Erik "Big Moose" Lindmark resigned on Monday after the cup final.',
     "Erik Lindmark, the coach, said he was proud of his players.", 'Erik "Big Moose" Lindmark', "Erik Lindmark"),
    # a middle name
    ("Darius Keith Lindqvist, 52, of Lindby, was convicted of fraud by a jury at the High Court.",
     "Darius Lindqvist, the director of Holmex Heating, was jailed for eleven years on Friday.",
     "Darius Keith Lindqvist", "Darius Lindqvist"),
    ("Chief Minister Ravi Narayan Holmberg signed the water agreement with the neighbouring state on Monday.",
     "Ravi Holmberg, the chief minister, said the agreement protected every farmer.", "Ravi Narayan Holmberg", "Ravi Holmberg"),
    # family name first in one outlet (East Asian and Hungarian names), given name first in another
    ("Holmex president Kenta Nordvik, 61, said the company would keep its offer unchanged.",
     "Nordvik Kenta, the president of Holmex, said the company would keep its offer unchanged.", "Kenta Nordvik", "Nordvik Kenta"),
    # ... and a name of three words in another order, every word kept (two family names either way round)
    ("Opposition party leader Fredrik Holm Lindqvist said the vote had been stolen.",
     "Fredrik Lindqvist Holm, the opposition party leader, asked his supporters to stay calm.",
     "Fredrik Holm Lindqvist", "Fredrik Lindqvist Holm"),
    # a family name without the particle joined to it by a hyphen
    ("Dr. Omar al-Berg, who led the research, said the result was robust.",
     "In a statement from the institute, Berg also thanked the nurses who collected the samples.", "Omar al-Berg", "Berg"),
    # a family name transliterated two ways by two outlets (the same consonants)
    ("Opposition leader Ravi Kumar Lindi said the deal had been signed behind closed doors.",
     "Opposition leader Ravi Kumar Leendi called the agreement a betrayal of farmers.", "Ravi Kumar Lindi", "Ravi Kumar Leendi"),
    # a family name spelled two ways by two outlets (the same opening, another ending)
    ("Union president Dorian Lindacre said the night shifts were far too long.",
     "Dorian Lindaker, who leads the union, said the towers were understaffed.", "Dorian Lindacre", "Dorian Lindaker"),
    ("Mine director Pawel Lodica said the rescuers were pumping fresh air into the shaft.",
     "The director of the mine, Pawel Lodicki, said the rescue would take days.", "Pawel Lodica", "Pawel Lodicki"),
    # a generational suffix and a middle initial one outlet leaves out
    ("Justice Harald T. Lindqvist Jr. wrote the opinion of the court.",
     "Harald Lindqvist, who wrote for the court, said the statute could not stand.", "Harald T. Lindqvist Jr", "Harald Lindqvist"),
    # a name transliterated two ways whose words share no first three letters: found by their sound
    ("Soetarjo Yoessef, the harbour master, said the ferry left port at noon.",
     "Sutarjo Yusef, who runs the harbour, said the ferry was overloaded.", "Soetarjo Yoessef", "Sutarjo Yusef"),
    # ... and the first of two family names so, by the outlet that leaves out the second
    ("Fire chief Teodor Lindacre Berg said the blaze was under control on Monday.",
     "Teodor Lindaker, the fire chief, said two houses had burned.", "Teodor Lindacre Berg", "Teodor Lindaker"),
    # a given name in its two spellings
    ("Her son, Stephen Holmqvist, said the family would appeal.",
     "Steven Holmqvist, her son, said the family would appeal the verdict.", "Stephen Holmqvist", "Steven Holmqvist"),
    # an honorific of Indian English before the family name
    ("Chief Minister Ravi Holmberg signed the water agreement on Monday.",
     "Shri Holmberg said the deal protected every farmer in the state.", "Ravi Holmberg", "Shri Holmberg"),
])
def test_two_forms_of_one_person_s_name_are_one_entry(tmp_path, nlp, first, second, name, other):
    found = entity(build_glossary(articles(tmp_path, nlp, first, second)), name)
    assert {name, other} <= {found.name, *found.aliases}


def test_a_name_glossed_by_another_in_brackets_is_one_entry(tmp_path, nlp):
    """'the Cuerpo de Holmar (Holmar Fire Corps)': the bracket gives the same body's name in English; another
    article uses that name alone."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Volunteer Ana Lindo, of the Cuerpo de Holmar (Holmar Fire Corps), suffered burns on Monday.",
        "Two firefighters of the Holmar Fire Corps were hurt when a roof fell in."))
    found = entity(entities, "Holmar Fire Corps")
    assert "Cuerpo de Holmar" in {found.name, *found.aliases}


@pytest.mark.parametrize("first, second, name, other", [
    # a party in brackets after a person's name is no other name of hers
    ("Senator Erik Holm (Vester Party) voted against the bill on Monday.", "Holm said the bill was unfair. The Vester Party has 12 seats.",
     "Erik Holm", "Vester Party"),
    # a place in brackets after a body's name says where it is
    ("The Holm Water Board (Lindby County) said supplies were safe.", "Lindby County officials closed the schools.",
     "Holm Water Board", "Lindby County"),
])
def test_a_bracket_after_a_name_that_is_no_other_name_of_it_stays_apart(tmp_path, nlp, first, second, name, other):
    entities = build_glossary(articles(tmp_path, nlp, first, second))
    assert other not in entity(entities, name).aliases
    assert entity(entities, other)


def test_two_family_names_spelled_alike_in_one_article_are_two_people(tmp_path, nlp):
    """'Pawel Lodica' and 'Pawel Lodicki' in one article: a writer who names both means two people."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Mine director Pawel Lodica and his cousin, Pawel Lodicki, led the rescuers into the shaft.",
        "Pawel Lodica said the rescue would take days."))
    assert "Pawel Lodicki" not in entity(entities, "Pawel Lodica").aliases


def test_a_name_without_a_middle_name_two_people_have_is_neither_s(tmp_path, nlp):
    """'Darius Lindqvist' beside a father and a son who both bear it with a middle name of their own."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Darius Keith Lindqvist and his son, Darius Johan Lindqvist, ran the firm together.",
        "Darius Lindqvist, the director of Holmex Heating, was jailed for eleven years on Friday."))
    assert "Darius Lindqvist" not in entity(entities, "Darius Keith Lindqvist").aliases
    assert "Darius Lindqvist" not in entity(entities, "Darius Johan Lindqvist").aliases


def test_an_honorific_the_tagger_left_out_of_a_name_still_says_which_person_it_is(tmp_path, nlp):
    """'Mrs Lind-Holm said': the tagger marks only 'Lind-Holm'; the 'Mrs' before it says she is the daughter,
    not her son."""
    entities = build_glossary(articles(tmp_path, nlp,
        "In a letter the judge read aloud, the family's eldest daughter, Susan Lind-Holm, described her parents as kind.\n\n"
        '"My mother would have offered the fitter a coffee," Mrs Lind-Holm said.\n\n'
        "Her son, Liam Lind-Holm, 24, sat beside her."))
    assert "Lind-Holm" in entity(entities, "Susan Lind-Holm").aliases
    assert not [e for e in entities if e.name == "Lind-Holm"]


def test_one_the_articles_call_a_person_is_one_though_known_by_one_name(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        'Tomaso, a 61-year-old fisherman from Lindby, has watched the harbour empty since the 1990s. "They call it '
        'progress," he said.'))
    assert entity(entities, "Tomaso").type == "person"


@pytest.mark.parametrize("text, name", [
    # the apposition classifies though the subject's verb is a "be" with no noun of its own after it
    ("Holmvik, a 52-year-old dock labourer from Lindby, was among the crowd at the quay on Monday. "
     "Holmvik lost his job last year.", "Holmvik"),
    ("Nordvik, a fish vendor at the Lindby market, was among the first to leave. Nordvik sold her stall.", "Nordvik"),
])
def test_an_apposition_classifies_the_subject_of_a_be_without_a_complement(tmp_path, nlp, text, name):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).type == "person"


@pytest.mark.parametrize("text, name", [
    ("Appearing for the families, senior counsel K. Holmasundaram submitted that the wells had been poisoned.",
     "K. Holmasundaram"),
    ("Counsel for the families, senior advocate K. Holmasundaram, submitted that the wells had been poisoned.",
     "K. Holmasundaram"),
])
def test_a_name_after_a_lawyer_s_role_noun_is_a_person_s(tmp_path, nlp, text, name):
    """"senior counsel X", "senior advocate X": a court's words for a lawyer before a name make it a person's."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).type == "person"


def test_a_name_with_a_surname_particle_of_east_african_usage_is_one_name_and_one_person_without_it(tmp_path, nlp):
    """"ole" and "arap" join a family name as "van" and "de" do; an outlet that drops the particle names the same man."""
    texts = ("Police commander Erik arap Holmstad said 14 people were held after the protest in Lindby on Friday. "
             "Tomas Nils ole Nordvik was declared the winner of the vote.",
             "Police commander Erik Holmstad said officers used tear gas in Lindby. Tomas Nils ole Nordvik thanked voters.")
    glossary = build_glossary(articles(tmp_path, nlp, *texts))
    people = {e.name: e for e in glossary if e.type == "person"}
    assert "Tomas Nils ole Nordvik" in people and "Tomas Nils" not in people
    assert "Erik Holmstad" in entity(glossary, "Erik arap Holmstad").aliases


def test_a_family_name_written_first_in_capitals_is_the_same_person_s(tmp_path, nlp):
    """Some outlets mark the family name by capitals and put it first ("NORIKAWA Kenta"); others write "Kenta
    Holmstad". One person, typed a person whatever the tagger read in the capitals; an acronym before a name is not
    taken for one ("USS Vester" is a ship's prefix, and no article writes "Vester Uss")."""
    texts = ("The president of Vester Precision, NORIKAWA Kenta, says he will resign. NORIKAWA bowed twice to the "
             "cameras in Lindby on Wednesday.",
             "Kenta Norikawa, president of Vester Precision, said on Wednesday that he would resign. The destroyer USS Vester "
             "was in port.")
    glossary = build_glossary(articles(tmp_path, nlp, *texts))
    found = entity(glossary, "Kenta Norikawa")
    assert found.type == "person" and "NORIKAWA Kenta" in found.aliases
    assert not any(e.name == "USS Vester" and e.type == "person" for e in glossary)


@pytest.mark.parametrize("text, name", [
    # a title in the plural before the people who hold it
    # a title opened by "Senior", and a speaker of an assembly
    ("The family's lawyer, Senior Counsel John Nordvik Holmberg, said the appeal would be filed in Lindby on Friday.",
     "John Nordvik Holmberg"),
    ("Harbour Council Speaker Tomas Nils Lindberg said the vote would go ahead. Lindberg spoke in Lindby.",
     "Tomas Nils Lindberg"),
])
def test_a_title_before_a_name_is_no_part_of_it(tmp_path, nlp, text, name):
    glossary = build_glossary(articles(tmp_path, nlp, text))
    assert any(e.name == name and e.type == "person" for e in glossary), [(e.name, e.type) for e in glossary]


def test_a_title_in_the_plural_before_a_name_the_tagger_took_into_it_is_no_part_of_it():
    """"a panel of Justices E.K. Vesterholm and ...": the tagger's span "Justices E.K. Vesterholm" is E.K. Vesterholm."""
    from generator.consolidate.entities import _without_title
    from generator.contents import Mention, Sentence, Token

    words = [("the", "DET"), ("panel", "NOUN"), ("of", "ADP"), ("Justices", "PROPN"), ("E.K.", "PROPN"), ("Vesterholm", "PROPN"),
             ("said", "VERB")]
    toks, start = [], 0
    for i, (text, pos) in enumerate(words):
        toks.append(Token(i=i, text=text, lemma=text.lower(), pos=pos, tag="NNP" if pos == "PROPN" else "NN", dep="dep", head=i,
                          start=start, ent="PERSON" if 3 <= i <= 5 else "", stop=False))
        start += len(text) + 1
    text = " ".join(w for w, _ in words)
    sentence = Sentence(source_id="a", index=0, paragraph=0, start=0, end=len(text), text=text, tokens=tuple(toks))
    mention = Mention("Justices E.K. Vesterholm", "PERSON", 0, 0, toks[3].start, toks[5].start + 10, 3, 6)
    assert _without_title(mention, sentence, "Justices E.K. Vesterholm")[1] == "E.K. Vesterholm"


@pytest.mark.parametrize("short, full", [
    ("E.J. Vesterholm", "Erik J. Vesterholm"),
    ("E.A. Vesterdahl", "Erik Anders Vesterdahl"),
])
def test_a_name_with_its_given_names_as_initials_is_the_full_name_s_and_no_naming_disagreement(tmp_path, nlp, short, full):
    texts = (f"Bassist {full}, who played in the sextet for a decade, said the band would tour again in Lindby.",
             f"{short}, the band's bassist, said the band would tour again in Lindby next spring.")
    from generator.consolidate import consolidate

    brief = consolidate(articles(tmp_path, nlp, *texts))
    found = entity(brief.entities, full)
    assert short in found.aliases
    assert not any(d.topic.startswith("Name of") for d in brief.discrepancies)


def test_a_given_name_that_looks_like_initials_is_no_initials(tmp_path, nlp):
    texts = ("Jan Olof Vesterholm, a fisherman, said the quay would close in Lindby.",
             "Jo Vesterholm, a teacher, said the school would stay open in Lindby.")
    names = {e.name for e in build_glossary(articles(tmp_path, nlp, *texts))}
    assert {"Jan Olof Vesterholm", "Jo Vesterholm"} <= names


def test_a_lawmaker_s_party_and_state_in_us_style_go_with_her_post(tmp_path, nlp):
    text = "Sen. Anna Berg, D-Vest., said the border crossing at Lindby should stay open on Sunday."
    description = entity(build_glossary(articles(tmp_path, nlp, text)), "Anna Berg").description
    assert description.startswith("senator (D-Vest"), description


@pytest.mark.parametrize("texts, merged", [
    (("The Nordian Red Cross set up beds in the Lindby school hall on Monday.", "Volunteers from the Red Cross handed out blankets in Lindby."),
     True),
    # two bodies of two nationalities: the short name is neither's for sure
    (("The Nordian Red Cross and the Vesterlandic Red Cross set up beds in Lindby on Monday.",
      "Volunteers from the Red Cross handed out blankets in Lindby."), False),
])
def test_an_organisation_named_without_the_nationality_it_opens_with_is_the_one_so_named(tmp_path, nlp, texts, merged):
    glossary = build_glossary(articles(tmp_path, nlp, *texts))
    assert ("Red Cross" in entity(glossary, "Nordian Red Cross").aliases) == merged


def test_what_family_members_call_one_another_is_no_entry(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        '"Mom loved that garden, and Dad loved her," said their son, Tomas Holm.',
        '"Grandma kept every letter," Tomas Holm said of the house on Vester Street.'))
    assert not {e.name for e in entities} & {"Mom", "Dad", "Grandma"}
    assert "Tomas Holm" in {e.name for e in entities}


def test_the_head_word_of_several_bodies_names_none_of_them(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The Vester Water Board and the Lindby Planning Board met on Monday. The Board said the dam was safe.",
        "The Board did not reply to questions about the dam."))
    assert "Board" not in {e.name for e in entities}
    # ... but one body's name of one word stays ("the Senate")
    (tmp_path / "senate").mkdir()
    senate = build_glossary(articles(tmp_path / "senate", nlp, "The Senate passed the bill on Monday. The Senate will sit again in March."))
    assert "Senate" in {e.name for e in senate}


def test_an_honorific_alone_and_a_post_of_common_words_are_no_entries(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The league backed Hon. Anna Berg-Holm in the dispute, its chairman Erik Dahl said. Hon. Berg-Holm takes office on Monday.",
        "The board directed Tmt. K. Lindqvist, District Engineer, to serve the notice on the district's chemical plant.",
        "The engineer said the plant was an environmental hazard."))
    names = {e.name for e in entities}
    assert not names & {"Hon", "Tmt", "District Engineer"}
    assert {"Anna Berg-Holm", "K. Lindqvist"} <= names


def test_a_stage_name_ending_on_a_trade_is_a_name_but_a_post_of_common_words_is_not():
    from collections import Counter

    from generator.consolidate.entities import _Cluster, _is_title_or_word

    lowercase = Counter({"holm": 2, "district": 3, "environmental": 1, "the": 40})
    assert not _is_title_or_word(_Cluster(names=Counter({"Holm the Drummer": 2})), lowercase, {})
    assert _is_title_or_word(_Cluster(names=Counter({"District Environmental Engineer": 1})), lowercase, {})


def test_a_hyphenated_given_name_as_initials_is_the_full_name_s_whichever_comes_first(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Forests Minister Jan-Erik de Vesterholm said the province would review the airlift.",
        "Forests Minister J.-E. de Vesterholm told reporters the review would start next week."))
    found = entity(entities, "Jan-Erik de Vesterholm")
    assert "J.-E. de Vesterholm" in found.aliases


def test_letters_after_a_person_s_name_are_no_part_of_it(tmp_path, nlp):
    """'Rajesh Berg KC', 'Alistair Holm KC': the letters of an office or an honour are neither the name's nor a
    family name the two share."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Sentencing, judge Alistair Holm KC told the court the home had failed its residents.",
        "Prosecuting, Rajesh Berg KC told the jury the accused had ignored every warning.",
        "Berg said the charts had been filled in for checks that never happened."))
    names = {e.name for e in entities}
    assert {"Alistair Holm", "Rajesh Berg"} <= names and "KC" not in names
    assert "Berg" in entity(entities, "Rajesh Berg").aliases


def test_the_names_a_site_goes_by_come_from_its_own_furniture_not_from_menus_or_platforms():
    from types import SimpleNamespace

    from generator.consolidate.entities import _names_itself, _own_names
    from generator.contents import DroppedLine, Source
    source = Source(id="a", file="a.txt", title="t", paragraphs=(), outlet="THE LINDBY GAZETTE", dropped=(
        DroppedLine("Get the Nordpost 6 app for breaking news alerts", "widget"),
        DroppedLine("Trending: Harbour storm | Holm election | Nordvik Rains", "widget"),
        DroppedLine("Follow us on Telegram", "widget"),
        DroppedLine("Storm hits Vesterland coast", "widget")))
    own = _own_names(SimpleNamespace(source=source))
    assert frozenset({"nordpost", "6"}) in own and frozenset({"the", "lindby", "gazette"}) in own
    assert _names_itself("Gazette", own) and _names_itself("Nordpost 6", own) and _names_itself("Lindby Gazette News", own)
    assert not _names_itself("Nordvik", own) and not _names_itself("Vesterland", own) and not _names_itself("News", own)
    assert not _names_itself("Telegram", own)  # (a platform the site sends its readers to)


@pytest.mark.parametrize("word, place, nationality", [
    ("holmine", "holmina", True), ("nordian", "nordia", True), ("lindbian", "lindby", True), ("vesterlandic", "vesterland", True),
    ("holme", "holm", False),  # a spelling, no nationality
    ("holmina", "holmine", False),  # (the place is no nationality of its people)
    ("lindbian", "holmia", False),
])
def test_a_nationality_shares_its_place_s_stem_and_ends_as_nationalities_do(word, place, nationality):
    from generator.consolidate.entities import _nationality_of
    assert _nationality_of(word, place) is nationality


def test_a_person_called_by_nationality_is_neither_the_country_nor_an_entry(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Coach Tomas Brandt, 52, joined the club in June from Argentina, where he won two titles.",
        "The Argentine, 51, claims chairman Erik Holm promised him a three-year project at Lindby.",
        "The Argentine coach was sacked on Tuesday after a sixth straight defeat, the club said."))
    argentina = entity(entities, "Argentina")
    assert argentina.type == "place" and "Argentine" not in argentina.aliases
    assert not [e for e in entities if e.name == "Argentine"]


def test_posts_of_administration_schools_and_sport_are_titles_and_a_body_may_be_the_holders_of_a_post(tmp_path, nlp):
    """"NHA Administrator Anna Berg", "Principal Eva Dahl", "Coach Tomas Brandt": the post before the name is hers
    or his (lang data: person_titles), no organisation of its own; "Holm Partners, the administrators of Nordcare":
    a plural post describes the body that holds it."""
    entities = build_glossary(articles(tmp_path, nlp,
        "NHA Administrator Anna Berg made the commitment at a hearing in Lindby on Wednesday.",
        "A spokesperson for Holm Partners, the administrators of Nordcare, said the homes would stay open.",
        "Coach Tomas Brandt said the team had let the town down. Principal Eva Dahl closed the school on Monday."))
    assert entity(entities, "Anna Berg").description == "NHA Administrator"
    assert not [e for e in entities if e.name == "NHA Administrator"]
    assert entity(entities, "Eva Dahl").description == "Principal" and entity(entities, "Tomas Brandt").description == "Coach"
    assert entity(entities, "Holm Partners").description == "administrators of Nordcare"


def test_a_subject_and_its_verb_before_a_title_are_no_part_of_it(tmp_path, nlp):
    """"Lindby claims chairman Erik Holm had promised him ...": the tagger reads "claims" as a noun, yet Lindby
    and "claims" are the subject and the verb; the chairman's title is "chairman" (a post's own plural noun stays:
    "Holmex sales director")."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Tomas Brandt was sacked on Tuesday. Lindby claims chairman Erik Holm had promised him all the time in the world.",
        "Holmex sales director Anna Berg said the plant in Vesterby would close."))
    assert entity(entities, "Erik Holm").description == "chairman"
    assert entity(entities, "Anna Berg").description == "Holmex sales director"


def test_who_reports_a_sentence_set_after_a_comma_at_its_end_describes_nothing(tmp_path, nlp):
    from generator.consolidate.entities import _describes
    [source] = articles(tmp_path, nlp, "A residential building has collapsed in the old district of Lindby, Nordian state media report.")
    sentence = next(s for s in source.sentences if "media report" in s.text)
    assert not _describes("Nordian state media report", sentence)
    assert _describes("old district", sentence)


def test_a_station_named_radio_or_tv_is_an_organisation(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Former striker Erik Holm, now a pundit on local station Lindby Vesterwave Radio, was not surprised by the sacking.",
        "Anna Berg, a teacher who lived on the third floor, described the collapse to local broadcaster Holm Coast TV."))
    assert entity(entities, "Lindby Vesterwave Radio").type == "organisation"
    assert entity(entities, "Holm Coast TV").type == "organisation"  # (after a trade that people and bodies share)


def test_words_that_only_open_quoted_sentences_are_no_entries_but_a_name_quoted_alone_is(tmp_path, nlp):
    """A quotation in another language: its first words have the sentence's capital, and the tagger took them for
    names; a nickname quoted alone stays a name."""
    entities = build_glossary(articles(tmp_path, nlp,
        "\"Hindi ko na siya nahawakan (I could no longer hold on to him),\" Anna Berg said at the Lindby gym.",
        "\"Bawal muna ang biyahe (No trips for now). No ferry leaves any port,\" Governor Erik Holm said."))
    names = {e.name for e in entities}
    assert {"Anna Berg", "Erik Holm"} <= names and not names & {"Hindi ko na", "Bawal"}


def test_a_service_or_a_force_is_described_by_the_words_of_its_name_that_say_what_kind_never_alone(tmp_path, nlp):
    """'Vesterland Police Service': a police service (the police written in lower case elsewhere); 'the Federal Fire
    Service', a name of common words only, would be a bare "service", which says nothing."""
    entities = build_glossary(articles(tmp_path, nlp,
        "The Vesterland Police Service said on Monday that extra patrols would cover Lindby.",
        "The police closed the road. The National Ferry Service said on Monday that two crews would stay at the harbour."))
    assert entity(entities, "Vesterland Police Service").description == "police service"
    assert entity(entities, "National Ferry Service").description != "service"


@pytest.mark.parametrize("text", [
    "Holmex Logistics managing director Anna Berg told staff the company would rebuild the depot.",
    "\"The depot will be rebuilt by spring,\" managing director Anna Berg wrote to the staff on Friday.",
])
def test_a_participle_a_title_is_built_on_is_part_of_it(tmp_path, nlp, text):
    """"managing director", "acting chairman": the tagger may read the participle as a verb; it is the title's."""
    assert "managing director" in entity(build_glossary(articles(tmp_path, nlp, text)), "Anna Berg").description


def test_an_honorific_and_a_surname_go_to_the_one_full_name_beside_an_entry_of_the_bare_surname():
    """'Ms Holmqvist' ties between 'Abena Serwa Holmqvist' and an entry 'Holmqvist' (the surname alone, which the
    tagger read as an organisation's): the bare word is the same name, no other bearer, so no ambiguity."""
    from collections import Counter

    from generator.consolidate.entities import _Cluster, _find_target, _Index

    full = _Cluster(names=Counter({"Abena Serwa Holmqvist": 3}), votes=Counter({"person": 3}), titled=True)
    bare = _Cluster(names=Counter({"Holmqvist": 2}), votes=Counter({"organisation": 2}))
    index = _Index()
    for c in (full, bare):
        index.add(c)
    honorific = _Cluster(names=Counter({"Ms Holmqvist": 1}), votes=Counter({"person": 1}), honorific_sexes={"f"})
    assert _find_target(honorific, index, {}, {}) is full
    # (two full names of that surname: which one, the honorific alone does not say)
    other = _Cluster(names=Counter({"Kwame Holmqvist": 2}), votes=Counter({"person": 2}), titled=True)
    index.add(other)
    assert _find_target(_Cluster(names=Counter({"Dr Holmqvist": 1}), votes=Counter({"person": 1})), index, {}, {}) is None


@pytest.mark.parametrize("text, name, expected", [
    ("The letter, which the Director of Press Affairs at the Harbour Office, Mr. Lars Dahl, sent on Friday, said the "
     "harbour master had quit.", "Lars Dahl", "Director of Press Affairs at the Harbour Office"),
    ("The ferry was met by the Chairman of Holmstad Town Council, Hon. Erik Lindby, and many others.",
     "Erik Lindby", "Chairman of Holmstad Town Council"),
    # the outermost post, not the one its phrase names
    ("In a letter, the Chief Press Officer to the Mayor, Karl Nordvik, said a panel would look into the fire.",
     "Karl Nordvik", "Chief Press Officer to the Mayor"),
    # the name is the subject after an opening phrase: not the post's holder
    ("After meeting the head of the agency, Erik Holm said he was pleased.", "Erik Holm", ""),
    # a clause before the comma is no post
    ("The inspector told the board that a night nurse, Grace Lindby, had warned the owner twice.", "Grace Lindby", "night nurse"),
    # nor a post whose preposition is the verb's: the holder is the one it is handed to
    ("The council, which met on Friday, has given the duties of the Lindby mayor to her deputy, Liv Ekdal.", "Liv Ekdal", "deputy"),
])
def test_a_post_written_out_before_a_comma_and_a_name_is_its_holder_s(tmp_path, nlp, text, name, expected):
    """'the Director of Press Affairs at the Harbour Office, Mr. Lars Dahl': the parser takes the capitalised title for
    a name and hangs the holder elsewhere; the words say whose post it is."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == expected


@pytest.mark.parametrize("text", [
    "At the chapel, Maria Lindqvist stood by the coffin of her nephew, Olle Berg.",
    "At the chapel, Maria Lindqvist stood by the coffin of her nine-year-old nephew, Olle Berg.",
])
def test_a_kinship_noun_a_name_is_apposed_to_describes_it_without_the_age(tmp_path, nlp, text):
    """'the coffin of her nephew, Olle Berg': a kinship noun is a person's, though it is the object of "of" (unlike
    "fans of her paintings, ..."); an age before it ("nine-year-old") is no part of what he is."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), "Olle Berg").description == "nephew"


@pytest.mark.parametrize("text, name, expected", [
    ("A jet aborted its landing at Port Holm International Airport outside Lindby on Monday.",
     "Port Holm International Airport", "airport outside Lindby"),
    ("The storm hit Vesterby County, Nordland, on Monday.", "Vesterby County", "county in Nordland"),
    # the place after the comma does not close a phrase: a list, not where it lies
    ("The storm hit Vesterby County, Nordland and Lindmark on Monday.", "Vesterby County", ""),
])
def test_a_place_whose_name_ends_in_its_kind_is_that_kind_where_the_articles_place_it(tmp_path, nlp, text, name, expected):
    """'Vesterby County' alone as "county" says nothing; "county in Nordland" does."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == expected


@pytest.mark.parametrize("text, name, expected", [
    ("The flood cut off the small farming community of Holmby.", "Holmby", "small farming community"),
    ("Rescuers reached the remote district of Nordby.", "Nordby", "remote district"),
    # some part of it, or the part's own name before the noun: no description of the larger place
    ("He grew up in a district of Lindby.", "Lindby", ""),
    ("The fire spread through the Holm district of Lindby.", "Lindby", ""),
])
def test_a_noun_for_a_part_of_a_larger_place_describes_the_name_after_it_only_when_definite(tmp_path, nlp, text, name, expected):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == expected


@pytest.mark.parametrize("text, name", [
    ("Callum Holmqvist, 29, of Biddulby, pleaded guilty to theft last month. Holmqvist had worked at the depot for a year.", "Biddulby"),
    ("Night porter Tuan Lindqvist, 47, from St Vesterby, is in a stable condition.", "St Vesterby"),
])
def test_the_name_after_of_or_from_after_a_person_s_age_is_where_the_person_lives(tmp_path, nlp, text, name):
    """'Callum Holm, 29, of Lindby, admitted ...': the model may read the home town as a person's or an organisation's."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).type == "place"


def test_a_name_listed_after_of_and_a_plural_noun_for_places_is_one_of_those_places(tmp_path, nlp):
    """'the neighbouring villages of Sengby and Mel Athby': each name of the list is a village, whatever the model
    read the second as."""
    entities = build_glossary(articles(tmp_path, nlp, "Floodwater reached the orchards of Vellby and the nearby "
                                                      "villages of Sengby and Mel Athby."))
    assert entity(entities, "Mel Athby").type == "place"


def test_a_body_s_name_with_its_listed_fields_cut_to_the_first_is_the_same_body(tmp_path, nlp):
    """'the Vester Harbours Committee' is the 'Vester Harbours, Fisheries and Transport Committee'; 'Holm University'
    is not 'Holm University and Lindby University' (two bodies)."""
    entities = build_glossary(articles(
        tmp_path, nlp, "The port chief appeared before the Vester Harbours, Fisheries and Transport Committee on Friday.",
        "At the Vester Harbours Committee session on Friday, the port chief admitted the pier had not been inspected."))
    assert "Vester Harbours Committee" in entity(entities, "Vester Harbours, Fisheries and Transport Committee").aliases


def test_a_name_joining_two_bodies_is_no_longer_name_of_either_but_one_listing_fields_is():
    from collections import Counter

    from generator.consolidate.entities import _Cluster, _match

    both = _Cluster(names=Counter({"Holm University and Lindby University": 1}), votes=Counter({"organisation": 1}))
    fields = _Cluster(names=Counter({"Holm Fisheries and Harbours Board": 1}), votes=Counter({"organisation": 1}))
    assert _match("holm university", ["holm", "university"], False, "holm university and lindby university",
                  both, shortened=_Cluster(names=Counter({"Holm University": 1}))) < 80
    assert _match("holm fisheries board", ["holm", "fisheries", "board"], False, "holm fisheries and harbours board",
                  fields, shortened=_Cluster(names=Counter({"Holm Fisheries Board": 1}))) >= 80


def test_a_post_the_model_read_as_a_name_written_after_the_beside_its_holder_is_no_one(tmp_path, nlp):
    """'the Deputy Senior Steward on the Harbour Board, Hon. Anna Berg,': a name takes no article; the words are
    her post, and a later "she said" is not theirs."""
    entities = build_glossary(articles(
        tmp_path, nlp,
        "In a radio interview, the Deputy Senior Steward on the Harbour Board, Hon. Anna Berg, said the pilot had been "
        "blamed unfairly. Earlier, Anna Berg, the Senior Steward on the board, asked for an inquiry."))
    assert not any("Senior Steward" == e.name for e in entities)
    assert entity(entities, "Anna Berg").type == "person"


def test_two_capitalised_words_the_articles_also_write_as_a_phrase_in_lower_case_are_no_name(tmp_path, nlp):
    """'a spokesman for Civil Protection' in one article, 'teams from civil protection' in another: house style
    capitalised a common phrase (as with one word: "Swimmers"); a name the articles never write in lower case stays."""
    entities = build_glossary(articles(
        tmp_path, nlp, "A spokesman for Civil Protection said the search in Lindby would go on, the Lindby Port Authority said.",
        "Teams from civil protection searched the rubble in Lindby on Monday."))
    assert not any(e.name == "Civil Protection" for e in entities)
    assert entity(entities, "Lindby Port Authority").type == "organisation"


def test_a_heading_in_title_case_is_told_from_a_sentence():
    """'What The Panel Found' is a heading in title case: its "The" keeps no capital that says a name follows (unlike
    "noted The Courier" in a sentence), so it does not make an ordinary word ("the panel" elsewhere) an entry."""
    from generator.consolidate.entities import _title_case
    from generator.contents import Sentence, Token

    def sentence(text: str) -> Sentence:
        words = text.split()
        toks = tuple(Token(i=k, text=w, lemma=w.lower(), pos="PROPN", tag="NNP", dep="dep", head=k, ent="", start=0)
                     for k, w in enumerate(words))
        return Sentence(source_id="s", index=0, paragraph=0, start=0, end=len(text), text=text, tokens=toks)

    assert _title_case(sentence("What The Panel Found"))
    assert not _title_case(sentence("The court noted The Courier report on Monday"))


def test_a_people_s_name_only_ever_before_a_noun_is_no_entry_but_a_full_name_there_is(tmp_path, nlp):
    """"an Oskari wheat farmer", "her late husband's Oskari family": a kind of people, which the tagger took for a
    person's name; "the Erik Holm administration" still names Erik Holm."""
    names = {e.name for e in build_glossary(articles(tmp_path, nlp,
        "Anna Berg, an Oskari wheat farmer in Lindby, said the road had been closed for a week. Her late husband's "
        "Oskari family farmed near Lindby too.",
        "The plan was first drawn up under the Erik Holm administration in Lindby, officials said."))}
    assert "Anna Berg" in names and "Erik Holm" in names and "Oskari" not in names


@pytest.mark.parametrize("texts, merged", [
    # a town's name without the "City" its full name ends in
    (("The ferry was sailing from Lindby to Holmvik City on Saturday when it sank. Anna Berg, a teacher travelling home "
      "to the town of Holmvik, said she held on to a crate.",), True),
    # ... but not a region's that holds other places: the larger place after a comma, or a part of it by a compass word
    (("The tornado struck the town of Holmby, Vesterby, late on Tuesday. The injured were flown to clinics in the "
      "city of Vesterby City. Rescuers came from all over the state of Vesterby.",), False),
    (("Wildfires burned across northern Vesterby and the province of Vesterby on Tuesday. About 1,600 evacuees were "
      "flown to Vesterby City.",), False),
    # ... or a state with a government of its own
    (("Vesterby's government ordered everyone out of the valley on Tuesday. About 900 evacuees were flown to the city "
      "of Vesterby City.",), False),
])
def test_a_town_without_the_city_its_name_ends_in_is_the_town_but_a_region_is_not(tmp_path, nlp, texts, merged):
    entities = build_glossary(articles(tmp_path, nlp, *texts))
    names = [n for e in entities if e.type == "place" for n in (e.name, *e.aliases)]
    short = next(n for n in names if n in ("Holmvik", "Vesterby"))
    full = next(e for e in entities if e.name in ("Holmvik City", "Vesterby City"))
    assert (short in full.aliases) == merged


def test_a_given_name_s_syllable_after_a_hyphen_is_no_family_name(tmp_path, nlp):
    """"Park Do-hwan" ends in a syllable of his given name ("Do" is no particle there, as "al-" is in "al-Holm"): the
    surname "Hwan" is Hwan Seo-jin's."""
    entities = build_glossary(articles(tmp_path, nlp,
        "In the lower court, his counsel, Park Do-hwan, told the judges the clerk never saw the bids.\n\n"
        "Defence lawyer Hwan Seo-jin told reporters an appeal was likely. 'The judges got the facts wrong,' Hwan "
        "said."))
    assert "Hwan" in entity(entities, "Hwan Seo-jin").aliases and "Hwan" not in entity(entities, "Park Do-hwan").aliases


def test_a_name_found_only_in_lines_written_in_title_case_is_no_entry(tmp_path, nlp):
    """A heading or a list line with a capital on every word ("Ruling Due Next Week", "LIVE: Lindby Board Shuts
    ...") says nothing of what is a name; the names the articles' sentences give stay."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Lindby court news\n\nThe Lindby District Court shut the Holmvik tannery on Friday because residents had "
        "complained about the river.\n\nRuling Due Next Week\n\nJudge Anna Berg said the tannery had "
        "ignored three warnings.\n\nLIVE: Lindby Harbour Board Shuts Holmvik Tannery Yard"))
    names = {e.name for e in entities}
    assert {"Anna Berg", "Lindby District Court"} <= names
    assert not any("Ruling" in n or "Shuts" in n for n in names)


def test_initials_the_articles_spell_out_in_lower_case_are_no_entry(tmp_path, nlp):
    """"the plant's process control systems (PCS)": the initials of common words, no name; "the Holmvik Water
    Board (HWB)" names a body."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Pumps at Lindby kept working on Friday because the plant's process control systems (PCS) sit on a network "
        "of their own, the Holmvik Water Board (HWB) said.\n\nThe PCS were never reached by the intruders, the HWB "
        "added."))
    names = {n for e in entities for n in (e.name, *e.aliases)}
    assert "PCS" not in names and "HWB" in names


def test_a_unit_a_currency_or_a_code_beside_its_number_is_no_entry(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Holmvik Shipyards (NVX: 4821) said on Monday it had won an order for six feeder ships of 2,400 TEU each from "
        "Nordline. The Lindby council will pay NKR 100,000 to each family, Mayor Erik Holm said. The NATO 2030 "
        "plans were not affected, Anna Berg said."))
    names = {e.name for e in entities}
    assert not names & {"NVX", "TEU", "NKR"}
    assert {"Holmvik Shipyards", "NATO"} <= names  # (a year after a name is no number of it)


def test_a_headline_or_a_link_in_shorthand_tells_no_part_in_the_story(tmp_path, nlp):
    """A line with no full stop ("Nordvik Relief Society opens shelters in four towns") is a headline, a caption or a
    link: written in shorthand, often of another story. What the prose tells of the entity is its part."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Heavy rain flooded Lindby on Monday, and two bridges were closed.\n\n"
        "Nordvik Relief Society opens shelters in four towns\n\n"
        "The Nordvik Relief Society was founded in 1921, officials said.",
        "Lindby was flooded on Monday after a week of rain.\n\n"
        "The Nordvik Relief Society handed out blankets at the Lindby school."))
    assert entity(entities, "Nordvik Relief Society").description.startswith("handed out blankets")


def test_a_brigadier_and_a_commodore_are_titles_before_a_name_not_part_of_it(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "The coast guard district commander, Nils Lindahl, said the search would go on through the night.",
        "Commodore Nils told reporters the divers would return at dawn. Lieutenant Brigadier Ove Sandqvist Arnberg, "
        "head of the fire brigade, said the water was too cold."))
    assert sorted(e.name for e in entities if e.type == "person") == ["Nils Lindahl", "Ove Sandqvist Arnberg"]
    assert "Commodore" in [r.text for r in entity(entities, "Nils Lindahl").roles]


def test_a_place_named_on_a_possessive_and_its_street_word_is_one_name(tmp_path, nlp):
    """'Nilsson's Quay' (data/generic_name_heads.txt: quay, street, road, ...): not "Nilsson" and "Quay"."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Holmvik Health, whose 450 staff work from its Nilsson's Quay headquarters, said the attack was contained.",
        "The insurer has offices on Nilsson's Quay in Lindby and a call centre in Vesterby."))
    names = {e.name for e in entities}
    assert "Nilsson's Quay" in names and not names & {"Nilsson", "Quay", "Quay in Lindby"}


def test_a_name_with_a_phrase_s_small_word_inside_is_no_person_s_and_shows_written_out(tmp_path, nlp):
    """'State Secretariat of Fisheries' (an 'of' inside: no person's name has one) is an organisation however
    often the tagger calls its abbreviation 'Sefis' a person's; the entry shows the name written out."""
    entities = build_glossary(articles(tmp_path, nlp,
        "In June, the residents addressed a report to both the State Secretariat of Fisheries (Sefis) and the harbour board.",
        "Two fishermen took the report to Sefis in Lindby themselves. Sefis never answered.",
        "A spokesman for Sefis said on Monday that Sefis had lost the letter."))
    found = entity(entities, "State Secretariat of Fisheries")
    assert found.type == "organisation"
    assert "Sefis" in found.aliases


@pytest.mark.parametrize("name", ["Transportes Holmvik S.A.C.", "Lindby Holding N.V.", "Vester Minerals S.A.", "Berg Ltda."])
def test_a_company_s_legal_form_written_with_full_stops_is_no_person_s_name(name):
    assert not _person_shaped(name)


def test_a_place_s_short_name_before_its_particle_phrase_is_the_place(tmp_path, nlp):
    """'Lindo del Mar', called 'Lindo' after that: one town."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Volunteers came from the neighbouring town of Lindo del Mar on Tuesday.",
        "The fire reached the outskirts of Lindo on Wednesday. Lindo has 9,000 people."))
    found = entity(entities, "Lindo")
    assert "Lindo del Mar" in {found.name, *found.aliases}


def test_french_and_spanish_honorifics_before_a_family_name_are_no_part_of_it(tmp_path, nlp):
    """'Mme Vestrand' is Émilie Vestrand; 'Sra. Holmberg' is Ana Holmberg."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Émilie Vestrand, a 29-year-old teacher from Lindby, helped the injured passengers.",
        "Mme Vestrand said the carriage rolled over twice. Sra. Holmberg, a passenger from Lindby, said she heard a bang. "
        "Ana Holmberg, 40, was treated for cuts."))
    assert "Mme Vestrand" in entity(entities, "Émilie Vestrand").aliases
    assert {e.name for e in entities if e.type == "person"} == {"Émilie Vestrand", "Ana Holmberg"}


def test_an_honorific_and_a_family_name_with_its_particle_is_no_full_name(tmp_path, nlp):
    """'Mme du Lindqvist', however often written, is not shown over 'Margit du Lindqvist'."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Margit du Lindqvist, a spokeswoman for the operator, said the track was sound.",
        "Mme du Lindqvist said the slope was monitored every week. Mme du Lindqvist said trains would resume on Friday."))
    assert [e.name for e in entities if e.type == "person"] == ["Margit du Lindqvist"]


def test_an_honorific_and_a_particle_alone_is_no_one_s_family_name():
    """'Mme Le' (the model's cut of 'Mme Le Holmvik-Roux') is not Yorick Le Berg, called 'Le Berg'."""
    from collections import Counter

    from generator.consolidate.entities import _Cluster, _merge

    man = _Cluster(names=Counter({"Yorick Le Berg": 2, "Le Berg": 2}), votes=Counter({"person": 4}))
    cut = _Cluster(names=Counter({"Mme Le": 1}), votes=Counter({"person": 1}))
    assert len(_merge([man, cut], {})) == 2


def test_a_rank_goes_with_the_post_the_same_article_gives():
    """'Colonel' with 'police prefect for Lindby' (one article says both), not with another article's word for the rank."""
    roles = (Role("Colonel", ("a",)), Role("police prefect for Lindby", ("a",)), Role("coronel", ("b",)))
    assert describe(roles) == "Colonel, police prefect for Lindby"


def test_a_noun_people_places_and_bodies_all_may_be_says_no_type():
    """'Holmerapi, its better-known neighbour': a neighbour, a rival or an ally may be a place or a company too."""
    from generator.consolidate.entities import CLASSIFYING_NOUNS, SHARED_RELATION_NOUNS

    assert {"neighbour", "rival", "ally"} <= SHARED_RELATION_NOUNS
    assert not SHARED_RELATION_NOUNS & CLASSIFYING_NOUNS["person"]


def test_a_mountain_called_a_neighbour_stays_the_place_it_is(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp,
        "Mount Holmerapi, some 40 miles east of the town, erupted in 2010.",
        "Like Holmerapi, its better-known neighbour, the volcano sits on the arc. In 2010, Holmerapi forced thousands from their homes."))
    assert [(e.name, e.type) for e in entities] == [("Holmerapi", "place")]


@pytest.mark.parametrize("text, name, description", [
    # a post written with a hyphen, which the parser may read as three appositions ("vice", "-", "president")
    ("Erik Lindqvist, vice-president of the Holm union, said exams would be hit.", "Erik Lindqvist", "vice-president of the Holm union"),
    # the noun before a name set off by commas, past an age written before the name (his, no part of the post)
    ("The skipper, 44-year-old Erik Holm, stayed on the bridge all night.", "Erik Holm", "skipper"),
])
def test_a_post_is_read_whole_past_what_the_parser_splits_or_puts_between(tmp_path, nlp, text, name, description):
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == description


@pytest.mark.parametrize("name", ["Vester Rescue Squadron (VRS) 30", "Vester Rescue Squadron (VRS 30)"])
def test_a_unit_s_number_after_its_name_is_not_its_head(tmp_path, nlp, name):
    """'Vester Rescue Squadron (VRS) 30' is a squadron: the number (and its abbreviation) after the head word."""
    entities = build_glossary(articles(tmp_path, nlp, f"The {name} flew the aircraft from Lindby on Monday."))
    assert entity(entities, name).description.startswith("squadron")


def test_the_forms_a_person_is_addressed_by_are_aliases(tmp_path, nlp):
    """'Dr Anna Berg', 'Ms Berg': the forms with their honorifics are other names a reader may look her up by."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Dr Anna Berg, a geologist at the Lindby institute, said the quay had sunk by a metre.",
        "Ms Berg said the harbour should close until the survey was done."))
    assert {"Dr Anna Berg", "Ms Berg"} <= set(entity(entities, "Anna Berg").aliases)


def test_a_title_before_an_honorific_before_a_name_is_the_person_s(tmp_path, nlp):
    """"Prime Minister Tun Dr Lars Holm": the honorifics between the title and the name do not cut the title off."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Prime Minister Tun Dr Lars Holm has cast doubt on the findings of the investigation. Dr Holm said Vestoria had not been shown the evidence."))
    assert entity(entities, "Lars Holm").description == "Prime Minister"


def test_an_untagged_given_name_before_the_family_name_of_an_addressed_person_is_part_of_the_name(tmp_path, nlp):
    """'Elio Vestuto, president of ...' left untagged, 'Mr Vestuto' elsewhere: the given name goes with his family name."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Elio Vestuto, president of Vestoria's Board of Surveyors, has estimated that about 70% of Vestorian "
        "buildings would not meet the standard today. \"We keep spending money on emergencies,\" Mr Vestuto said."))
    vestuto = entity(entities, "Elio Vestuto")
    assert vestuto.type == "person" and vestuto.description.startswith("president")


def test_a_name_given_to_people_called_by_a_plural_noun_is_a_person_s(tmp_path, nlp):
    """'The suspects were named as Erik Holm, a former officer ...': a plural noun for people names people."""
    entities = build_glossary(articles(tmp_path, nlp,
        "The suspects were named on Wednesday as Erik Holm, a former officer in Vestoria's spy agency who was the "
        "commander of the rebels in Lindby; and Per Lind, his deputy.",
        "Holm, 48, who lives in Lindby, told reporters he would not comment on the charges."))
    assert entity(entities, "Erik Holm").type == "person"


@pytest.mark.parametrize("texts, full, short", [
    (("Farmers along the Vester River watched the mud come down the valley. By Monday the mud had turned the Vester brown.",),
     "Vester River", "Vester"),
    (("The spill reached the Holm Sea within days.", "Fishermen on the Holm said their nets were empty."), "Holm Sea", "Holm"),
])
def test_a_river_s_or_a_sea_s_name_with_the_and_without_its_kind_is_the_feature(tmp_path, nlp, texts, full, short):
    """'the Vester River' ... 'the Vester': "the" is written before a river's name, never before a town's."""
    entities = build_glossary(articles(tmp_path, nlp, *texts))
    assert short in entity(entities, full).aliases and not any(e.name == short for e in entities)


def test_a_town_s_name_is_not_the_river_named_after_it(tmp_path, nlp):
    """'Vester River' and the town of Vester, written without "the": two places."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Farmers along the Vester River watched the mud come down the valley. In Vester, the mayor closed the schools."))
    assert "Vester" not in entity(entities, "Vester River").aliases


def test_the_rest_of_a_list_a_name_opens_describes_it_not(tmp_path, nlp):
    """'offices in Holmia, Lindby and Vestmark, the last of which ...': no apposition of Holmia."""
    entities = build_glossary(articles(tmp_path, nlp,
        "It has pointed to a string of fires at its offices, in Holmia, Lindby and Vestmark, the last of which, a fire on Tuesday, destroyed "
        "thousands of card readers."))
    assert "Lindby" not in entity(entities, "Holmia").description


def test_an_air_rank_before_a_name_is_no_part_of_it_nor_someone_else_s_description(tmp_path, nlp):
    """'the head of the Vester Rescue Agency, Air Marshal K. Holm, said': his rank, not the agency's description."""
    entities = build_glossary(articles(tmp_path, nlp,
        "The head of the Vester Rescue Agency, Air Marshal K. Holm, said no survivors had been found.",
        "\"We pray,\" Kjell Holm, head of the agency, told reporters. Holm said the search would go on."))
    assert "K. Holm" in entity(entities, "Kjell Holm").aliases
    assert "Holm" not in entity(entities, "Vester Rescue Agency").description
    assert not any(e.name.startswith("Air") for e in entities)


def test_every_name_of_a_list_a_plural_noun_of_their_kind_closes_is_one_of_that_kind(tmp_path, nlp):
    """'villages in Holmia, Lindvik and Vesterby districts': each a district, whatever the parse made of the list."""
    entities = build_glossary(articles(tmp_path, nlp, "Rescuers reached cut-off villages in Holmia, Lindvik and Vesterby districts on Sunday."))
    assert entity(entities, "Holmia").description == entity(entities, "Lindvik").description == "district"


def test_a_name_before_port_is_a_port_s(tmp_path, nlp):
    """'debris at Kapp Holm port': a port, a place (however the tagger labels the name)."""
    entities = build_glossary(articles(tmp_path, nlp, "Rescuers inspect debris at Kapp Holm port in Lindby on Monday."))
    port = entity(entities, "Kapp Holm")
    assert port.type == "place" and port.description == "port"


def test_a_kind_of_body_right_before_its_name_describes_it_though_the_parser_cut_them_apart(tmp_path, nlp):
    """'operated by state energy company Lindgas saw debris': Lindgas read as the next clause's subject."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Workers on an offshore platform operated by state energy company Lindgas saw debris floating in the water."))
    assert entity(entities, "Lindgas").description == "state energy company"


@pytest.mark.parametrize("name, kind", [("Vestmark Police", "police"), ("Vester Housing Programme", "programme"),
                                        ("Vester Water Board", "board")])
def test_a_body_whose_name_ends_in_its_kind_is_described_by_it(tmp_path, nlp, name, kind):
    entities = build_glossary(articles(tmp_path, nlp, f"The {name} now says at least 79 people are dead or missing."))
    assert entity(entities, name).description.endswith(kind)


def test_one_flight_by_its_number_is_one_event_however_the_articles_write_it(tmp_path, nlp):
    """'Holm Air flight HA610', 'Flight HA610', 'flight HA 610', 'Holm Air Flight 610': one flight, a flight; the forms
    are the writers' styles, no naming disagreement."""
    brief = consolidate(articles(tmp_path, nlp,
        "Holm Air flight HA610 crashed into the sea minutes after take-off from Lindby on Monday.",
        "Flight HA610 lost contact with air traffic control at 6:33 am. The wreck of flight HA 610 was found on Tuesday.",
        "Relatives of those on Holm Air Flight 610 gathered at the airport."))
    flights = [e for e in brief.entities if e.type == "event"]
    assert len(flights) == 1 and flights[0].name == "Holm Air flight HA610" and flights[0].description.startswith("flight")
    assert not any("HA610" in d.topic for d in brief.discrepancies)


def test_two_flights_of_one_number_but_other_airline_codes_are_two(tmp_path, nlp):
    entities = build_glossary(articles(tmp_path, nlp, "Flight HA610 landed safely in Lindby, while flight VX610 was diverted to Holmsund."))
    assert len([e for e in entities if e.type == "event"]) == 2


@pytest.mark.parametrize("name", ["Instituto Vestmark", "Universidad Vestoria"])
def test_a_name_opened_by_a_body_s_head_word_in_another_language_is_an_organisation_s(tmp_path, nlp, name):
    """'Instituto Vestmark', 'Universidad Vestoria': the head first, as Spanish, Portuguese or Malay write it (the
    model reads them as a place and a building)."""
    entities = build_glossary(articles(tmp_path, nlp,
        f"Dr Anna Berg, a senior lecturer in international relations at {name}, said the position reflected doubts."))
    assert entity(entities, name).type == "organisation"


def test_a_body_better_known_by_another_name_is_one_entry(tmp_path, nlp):
    """'the Vester Harbour Police Unit (VHPU), better known as the Ravens': one body, three names."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Earlier on Wednesday, the Vester Harbour Police Unit (VHPU), better known as the Ravens, raided the Lindby home "
        "of the Holm family.", "A spokesman for the Ravens said three people had been arrested."))
    assert {"Ravens", "VHPU"} <= set(entity(entities, "Vester Harbour Police Unit").aliases)


def test_a_given_name_cut_short_by_another_outlet_is_the_same_person(tmp_path, nlp):
    """'Ragnvald Holmqvist' and, in another article, 'Ragn Holmqvist': one man (a short form no list holds); not two
    given names of their own ('Dan' is a name, not 'Daniela' cut short)."""
    entities = build_glossary(articles(tmp_path, nlp,
        "The project was led by Ragnvald Holmqvist, its director, who spoke in Lindby on Monday.",
        "\"We have seen what we hoped to see,\" said Ragn Holmqvist, the project's director."))
    assert "Ragn Holmqvist" in entity(entities, "Ragnvald Holmqvist").aliases


def test_a_name_the_tagger_took_for_a_body_after_an_age_is_a_person_s(tmp_path, nlp):
    """'the 20-year-old Florian Lindbe scored': only people are given an age right before their name."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Per Holm and the 20-year-old Florian Lindbe scored superb goals after the break.",
        "Holm and 19-year-old Florian Lindbe then scored in a six-minute spell."))
    assert entity(entities, "Florian Lindbe").type == "person"


def test_a_given_name_transliterated_with_x_or_ks_is_one_person_s(tmp_path, nlp):
    """'Oleksiy Holmov' / 'Olexiy Holmov', written by two outlets: one man."""
    brief = consolidate(articles(tmp_path, nlp,
        "The app was built by Oleksiy Holmov, a lecturer at Lindby University.",
        "Olexiy Holmov, a lecturer at Lindby University, said he had done nothing wrong."))
    people = [e for e in brief.entities if e.type == "person"]
    assert len(people) == 1


def test_an_event_named_by_a_building_with_its_kind_or_without_is_one_event_of_that_kind(tmp_path, nlp):
    """'the Nordvik Tower fire' / 'the Nordvik fire': one fire (the word for the building left out), described as one."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Survivors of the Nordvik Tower fire will stand for a minute of silence on Monday.",
        "A public inquiry into the Nordvik fire will open in September, the minister said."))
    events = [e for e in entities if e.type == "event"]
    assert [(e.name, e.description) for e in events] == [("Nordvik Tower fire", "fire")]


@pytest.mark.parametrize("texts, name, description", [
    (["Flights were diverted to Skarvik International Airport on Sunday."], "Skarvik International Airport", "airport"),
    (["Residents of Holmgate Tower had complained about the fire doors for years."], "Holmgate Tower", "tower"),
    (["Engineers lowered the water behind the Vesk dam by two metres."], "Vesk dam", "dam"),
    (["The council met at Holmvik Town Hall."], "Holmvik Town Hall", "town hall where the council met"),
    (["The government set up an emergency centre at Ulvik International Airport."], "Ulvik International Airport",
     "airport where the government set up an emergency centre"),
])
def test_a_building_or_feature_named_by_its_kind_is_that_kind(tmp_path, nlp, texts, name, description):
    """A building, a work or a natural feature whose name ends in its kind is that kind when the articles say no
    more; with what happened there, when they say that."""
    assert entity(build_glossary(articles(tmp_path, nlp, *texts)), name).description == description


def test_a_town_s_name_before_a_kind_names_the_town_when_written_alone_elsewhere(tmp_path, nlp):
    """'the Vardby dam', and another article names Vardby alone, a town: the dam at Vardby, no entry of its own."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Rescuers searched the mud below the Vardby dam on Friday.",
        "Vardby, a town of 39,000 people, is in mourning."))
    assert [(e.name, e.type) for e in entities] == [("Vardby", "place")]
    assert len(entity(entities, "Vardby").mentions) == 2


def test_an_administrative_area_named_by_its_kind_is_not_described_by_it(tmp_path, nlp):
    """'Holmvik County' is a county by its name alone: 'county' would tell the reader nothing."""
    entities = build_glossary(articles(tmp_path, nlp, "Evacuation orders were lifted across Holmvik County on Sunday."))
    assert entity(entities, "Holmvik County").description == ""


@pytest.mark.parametrize("text, name, description", [
    ("The Lindby Dockers Guild (LDG), the largest port union, said its members would stay at home on Monday.",
     "Lindby Dockers Guild", "largest port union"),
    ("The Vester Homes Agency (VHA), which runs the county's council flats, said it would help the families.",
     "Vester Homes Agency", "runs the county's council flats"),
])
def test_a_description_after_the_short_form_in_brackets_describes_the_name(tmp_path, nlp, text, name, description):
    """'X (XY), the ...', 'X (XY), which ...': the apposition or the clause is the name's, past its short form."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == description


def test_a_name_cut_at_its_and_is_whole_when_its_short_form_spells_it(tmp_path, nlp):
    """'The Holm and Lindby Water Trust (HLWT), which ...': the tagger reads 'Holm' apart; HLWT spells the whole
    name; a which-clause too long is the verb and its object ('supplies the valley's drinking water | under a
    contract with the county')."""
    entities = build_glossary(articles(tmp_path, nlp,
        "The Holm and Lindby Water Trust (HLWT), which supplies the valley's drinking water under a contract with the "
        "county, said it was testing every well."))
    trust = entity(entities, "Holm and Lindby Water Trust")
    assert trust.description == "supplies the valley's drinking water"
    assert not any(e.name == "Lindby Water Trust" for e in entities)
    (tmp_path / "tagged").mkdir()  # (the first part tagged a place of its own)
    entities = build_glossary(articles(tmp_path / "tagged", nlp,
        "The Holmia and Vestland Ferry Company (HVFC) said services would resume on Monday."))
    assert [e.name for e in entities if e.type == "organisation"] == ["Holmia and Vestland Ferry Company"]


def test_a_nickname_in_quotation_marks_after_a_name_is_no_description(tmp_path, nlp):
    """'Patrol Squadron Forty (VP-40), the "Grey Gulls,"': another name of the squadron, no description of it."""
    entities = build_glossary(articles(tmp_path, nlp,
        'His duty stations include Patrol Squadron Forty (VP-40), the "Grey Gulls," in Lindby, and the Vester base.'))
    assert "Gulls" not in entity(entities, "Patrol Squadron Forty").description


def test_a_name_in_a_list_with_a_title_of_its_own_is_not_the_list_s_apposition(tmp_path, nlp):
    """'the league's chief executive, Dame Anna Lindqvist, and Fisheries Commissioner Olof Van Holm said': the chief
    executive is Lindqvist; Van Holm is the commissioner."""
    entities = build_glossary(articles(tmp_path, nlp,
        "In a joint statement, the league's chief executive, Dame Anna Lindqvist, and Fisheries Commissioner Olof Van Holm "
        "said the quota was under review."))
    holm = entity(entities, "Olof Van Holm")
    assert holm.description == "Fisheries Commissioner" and not any("chief" in r.text for r in holm.roles)


def test_a_title_the_tagger_misread_at_the_sentence_s_start_is_whole(tmp_path, nlp):
    """'Harbour master Captain Erik Lindqvist closed ...': "Harbour" read as a verb is still the title's first word
    (not "master Captain")."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Harbour master Captain Erik Lindqvist closed the port to all shipping on Friday."))
    assert entity(entities, "Erik Lindqvist").description.startswith("Harbour master")


@pytest.mark.parametrize("word, expected", [("Republican", "Republican"), ("Vestrian", "Vestrian"), ("Pere", None)])
def test_a_people_s_word_before_a_name_describes_only_when_it_is_a_party_s_or_a_people_s(word, expected):
    """'Republican Ann Holm', 'Vestrian Ann Holm' describe her; "Pere" (a given name the tagger took for a people's
    word, the rest of the name after it) does not."""
    from generator.consolidate.entities import _title_before
    from generator.contents import Mention, Sentence, Token

    words = [word, "Anna", "Holm", "spoke", "."]
    parse = [("PROPN", "compound", 2, "NORP"), ("PROPN", "compound", 2, "PERSON"), ("PROPN", "nsubj", 3, "PERSON"),
             ("VERB", "ROOT", 3, ""), ("PUNCT", "punct", 3, "")]
    tokens, start = [], 0
    for i, (text, (pos, dep, head, ent)) in enumerate(zip(words, parse)):
        tokens.append(Token(i, text, text.lower(), pos, "", dep, head, start, ent))
        start += len(text) + 1
    mention = Mention("Anna Holm", "PERSON", 0, 0, tokens[1].start, tokens[2].start + 4, 1, 3)
    sentence = Sentence("s", 0, 0, 0, start, " ".join(words), tuple(tokens))
    assert _title_before(sentence, mention, with_place=False) == expected


def test_an_apposition_the_parser_hung_on_another_word_of_the_name_is_the_name_s(tmp_path, nlp):
    """'said Anna in 't Holt, a Vestrian liberal MP': the parser splits the name at its particle and hangs the
    apposition on "Holt"; it describes the whole name."""
    entities = build_glossary(articles(tmp_path, nlp,
        "\"The ferry firm owes the families answers,\" said Anna in 't Holt, a Vestrian liberal MP who has long "
        "campaigned on safety."))
    assert entity(entities, "Anna in 't Holt").description == "Vestrian liberal MP"


def test_a_body_s_short_form_inside_a_title_is_part_of_it(tmp_path, nlp):
    """'Vester Labour Party (VLP) leader Anna Holm': the leader of that party, not "leader" alone."""
    entities = build_glossary(articles(tmp_path, nlp, "Vester Labour Party (VLP) leader Anna Holm backed the measures on Friday."))
    assert entity(entities, "Anna Holm").description == "Vester Labour Party (VLP) leader"


def test_one_who_gave_his_name_as_x_is_a_person_described_by_the_noun(tmp_path, nlp):
    """'a 52-year-old fisherman who gave his name as Olle': Olle is a person (only a person gives "his" name), a
    fisherman."""
    entities = build_glossary(articles(tmp_path, nlp, '"The whole hill shook," said a 52-year-old fisherman who gave his name as Olle.'))
    olle = entity(entities, "Olle")
    assert (olle.type, olle.description) == ("person", "fisherman")


def test_what_a_body_did_to_a_part_of_something_says_of_what(tmp_path, nlp):
    """'Part of the study was paid for by X': X paid for part of the study, not 'Part' (nor the sentence's capital)."""
    entities = build_glossary(articles(tmp_path, nlp, "Part of the survey was funded by the Holm Marine Council."))
    assert entity(entities, "Holm Marine Council").description == "council that funded part of the survey"


def test_a_dash_set_off_by_spaces_ends_a_description(tmp_path, nlp):
    """'Many old houses - including Vester Cathedral - ...': one of the old houses, without the dash (a
    hyphen inside a word stays: 'guided-missile')."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Many old houses - including Vester Cathedral, whose bell tower fell into Holm Square - were damaged.",
        "Anna Berg, the guided-missile destroyer's commander, spoke on Monday."))
    assert entity(entities, "Vester Cathedral").description == "one of the many old houses"
    assert entity(entities, "Anna Berg").description == "guided-missile destroyer's commander"


def test_a_where_clause_about_a_thing_of_another_name_is_no_description(tmp_path, nlp):
    """'Vester Cathedral, whose bell tower fell into Holm Square': the tower is the cathedral's; 'where whose bell
    tower fell' says nothing of the square."""
    entities = build_glossary(articles(tmp_path, nlp,
        "Many old houses - including Vester Cathedral, whose bell tower fell into Holm Square - were damaged.",
        "Police sealed off Holm Square on Tuesday."))
    assert "whose" not in entity(entities, "Holm Square").description


@pytest.mark.parametrize("text, name, description", [
    ("On Wednesday, Pope Lucius used a private Mass to condemn the pay of the workers.", "Pope Lucius", "Pope"),
    ("King Holger said he was saddened by the news from Lindby.", "King Holger", "King"),
])
def test_a_title_a_name_keeps_describes_the_person_when_nothing_else_does(tmp_path, nlp, text, name, description):
    """'Pope Lucius': one name after the title, which stays in it; the title says what he is."""
    assert entity(build_glossary(articles(tmp_path, nlp, text)), name).description == description


def test_a_count_of_some_of_a_body_s_people_does_not_describe_it(tmp_path, nlp):
    """'the 12 regional ministers of the Vester government, known as the Holmstad': not what the Holmstad is."""
    entities = build_glossary(articles(tmp_path, nlp,
        "The decrees formally dismiss Vester premier Erik Holm, his deputy Per Lind and the 12 regional ministers of the "
        "Vester government, known as the Holmstad, and dissolve the Vester parliament."))
    assert "12" not in entity(entities, "Holmstad").description
