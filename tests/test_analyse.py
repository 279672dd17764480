"""The analyse stage's repairs of the model's output (spaCy components, so the cached Docs hold them), on small
invented sentences: each names a general phenomenon of English news text."""
from __future__ import annotations

import pytest

from generator.analyse.repairs import COMPONENTS


def ents(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_the_repairs_run_right_after_the_entity_recogniser(nlp):
    names = nlp.pipe_names
    assert names[names.index("ner") + 1:names.index("ner") + 1 + len(COMPONENTS)] == list(COMPONENTS)


def test_a_stage_name_written_with_a_symbol_is_one_name(nlp):
    found = dict(ents(nlp, "Ty Dolla $ign, who was working with him on a joint project, said so on Monday."))
    assert "Ty Dolla $ign" in found and "Ty Dolla $" not in found


def test_a_name_runs_to_the_head_of_its_proper_noun_compound(nlp):
    found = dict(ents(nlp, '"I would have done anything he asked me to do," Anderson .Paak tells Rolling Stone.'))
    assert "Anderson .Paak" in found and "Anderson" not in found


def test_names_that_end_at_a_word_boundary_are_left_alone(nlp):
    found = ents(nlp, "Mayor Ann Lee met Tomas Brandt in Lindmark on Monday.")
    assert ("Ann Lee", "PERSON") in found and ("Tomas Brandt", "PERSON") in found


def test_a_hyphenated_name_is_not_cut_at_its_hyphen(nlp):
    found = [t for t, _ in ents(nlp, "The launch was condemned by Moon Jae-in, the South Korean president, on Wednesday.")]
    assert "Moon Jae-in" in found and "Moon Jae" not in found


def test_a_name_before_a_hyphenated_modifier_keeps_its_own_end(nlp):
    found = [t for t, _ in ents(nlp, "The San Francisco-based company said on Tuesday it would stop selling pods.")]
    assert "San Francisco" in found


@pytest.mark.parametrize("text, names, not_names", [
    ("Google DeepMind's AlphaGo Zero beat the older program by 100 games to none.", {"AlphaGo Zero"}, {"DeepMind's AlphaGo Zero"}),
    ("Researchers Silver and Hassabis wrote the paper with seventeen colleagues in London.", set(), {"Silver and Hassabis"}),
    ("The list includes Bubby - young woman and Cooch - slang, the study says.", set(), {"Bubby - young", "Cooch - slang"}),
])
def test_one_name_is_one_name(nlp, text, names, not_names):
    found = {t for t, _ in ents(nlp, text)}
    assert names <= found and not (not_names & found), found


def test_an_abbreviated_name_and_numbers_survive_the_boundary_repairs(nlp):
    found = ents(nlp, "U.S. President Donald Trump said 85 people died in the fire on Nov. 8, the U.S. agency said.")
    assert ("U.S.", "GPE") in found and any(label == "CARDINAL" for _, label in found)


def test_a_possessive_that_belongs_to_a_name_stays_in_it(nlp):
    found = {t for t, _ in ents(nlp, "The Butte County Sheriff's Office said on Sunday that 249 people were still missing.")}
    assert any(t.endswith("Butte County Sheriff's Office") for t in found)


@pytest.mark.parametrize("text, name, apposition", [
    ("Mr Holm has repeatedly pressed Norway, the North’s main ally and neighbour, to step up sanctions.", "Norway", "ally"),
    ("Tear gas is considered a chemical weapon in war, according to the Organization for the Prohibition of Chemical "
     "Weapons, the implementing body for the treaty.", "Organization", "body"),
])
def test_a_noun_phrase_set_off_by_commas_after_a_name_is_its_apposition(nlp, text, name, apposition):
    doc = nlp(text)
    noun = next(t for t in doc if t.text == apposition)
    assert noun.dep_ == "appos" and noun.head.text == name


@pytest.mark.parametrize("text, word", [
    ("Nordvik, the company said, will close its plant.", "company"),  # a reporting clause
    ("Norway, Sweden and Finland signed the treaty.", "Sweden"),  # a list of names
])
def test_what_follows_a_comma_is_not_always_an_apposition(nlp, text, word):
    assert next(t for t in nlp(text) if t.text == word).dep_ != "appos"



@pytest.mark.parametrize("text, name", [
    ("Dutch minister Anna van der Berg said on Monday the dikes were safe.", "Anna van der Berg"),  # cut after "der"
    ("Coach Jan ter Horst resigned on Friday.", "Jan ter Horst"),  # only "Horst" tagged
])
def test_a_family_name_with_particles_is_one_name(nlp, text, name):
    found = [t for t, label in ents(nlp, text) if label == "PERSON"]
    assert found == [name]


def test_a_lower_case_word_that_is_no_particle_does_not_join_a_name(nlp):
    found = [t for t, label in ents(nlp, "The report said Anna Berg and police officers met in Lindmark on Monday.") if label == "PERSON"]
    assert found == ["Anna Berg"]
