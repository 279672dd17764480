"""history.py: addresses that stay put across builds, what changed, the state file, the feed; on small invented
briefs (no spaCy).  The story built in three steps from a development story is in test_growing.py."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from generator.contents import Brief, BriefSentence, Corpus, Discrepancy, Entity, Evidence, MentionRef, Quote, Source, Tally, Variant
from generator.history import (
    Address, State, advance, build_date, load_state, sentence_anchor, stable_entities, stable_sources, state_from_json,
    state_to_json,
)
from generator.render import Site, atom_feed, render

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
ATOM_SCHEMA = etree.RelaxNG(etree.parse(str(ROOT / "tests" / "data" / "atom.rng")))
ATOM = "{http://www.w3.org/2005/Atom}"


def source(sid: str, text: str, title: str | None = None, file: str | None = None) -> Source:
    return Source(id=sid, file=file or f"{sid}.txt", title=title or sid.title(), paragraphs=(text,), checksum=str(hash(text)))


def entity(eid: str, name: str, kind: str = "person", sources=("a",), aliases=()) -> Entity:
    return Entity(id=eid, name=name, type=kind, aliases=tuple(aliases), sources=tuple(sources),
                  mentions=tuple(MentionRef(s, 0, 0, name) for s in sources))


def sentence(text: str, *sources: str) -> BriefSentence:
    return BriefSentence("Lead", text, tuple(sources), tuple(Evidence(s, 0, text) for s in sources))


def brief(sources, entities=(), sentences=(), counts=(), discrepancies=(), quotes=()) -> Brief:
    return Brief(title="Bridge closed at Vesterby", sources=tuple(sources), entities=tuple(entities), sentences=tuple(sentences),
                 counts=tuple(counts), discrepancies=tuple(discrepancies), quotes=tuple(quotes))


A = source("a", "The Vesterby bridge was closed on Monday after 22 people were hurt.")
B = source("b", "Anna Berg, the mayor, said the bridge would reopen in spring.")
FIRST = brief([A], [entity("holm", "Holm")], [sentence(A.paragraphs[0], "a")],
              counts=[Tally("Injured", (Variant("22 people", ("a",)),))])


def test_a_first_build_records_its_sources_and_marks_nothing_new():
    story = advance(FIRST, State())
    assert [b.build for b in story.state.builds] == [1]
    assert [i.id for i in story.state.builds[0].sources_added] == ["a"]
    assert story.new == frozenset() and story.state.builds[0].facts_added == ()


def test_a_rebuild_with_nothing_new_keeps_the_history_and_the_marks():
    first = advance(FIRST, State()).state
    second = advance(replace(FIRST, sources=(A, B), sentences=FIRST.sentences + (sentence(B.paragraphs[0], "b"),)), first)
    again = advance(replace(FIRST, sources=(A, B), sentences=FIRST.sentences + (sentence(B.paragraphs[0], "b"),)), second.state)
    assert [b.build for b in second.state.builds] == [2, 1]
    assert again.state.builds == second.state.builds
    assert again.new == second.new == frozenset({sentence_anchor(B.paragraphs[0])})


def test_an_added_source_brings_new_facts_and_names_and_opens_a_disagreement():
    first = advance(FIRST, State()).state
    grown = brief([A, B], [entity("holm", "Holm"), entity("anna-berg", "Anna Berg", sources=("b",))],
                  [sentence(A.paragraphs[0], "a"), sentence(B.paragraphs[0], "b")],
                  discrepancies=[Discrepancy("Injured", (Variant("22 people", ("a",)), Variant("24 people", ("b",))))])
    changes = advance(grown, first).state.builds[0]
    assert [i.id for i in changes.sources_added] == ["b"]
    assert [i.text for i in changes.facts_added] == [B.paragraphs[0]]
    assert [(i.id, i.kind) for i in changes.entities_added] == [("anna-berg", "person")]
    assert [i.kind for i in changes.opened] == ["Injured"]
    resolved = advance(replace(grown, discrepancies=()), advance(grown, first).state).state.builds[0]
    assert [i.kind for i in resolved.resolved] == ["Injured"]


def test_a_revised_article_that_now_gives_another_count_is_a_revision():
    first = advance(FIRST, State()).state
    text = "The Vesterby bridge was closed on Monday after 130 people were hurt."
    revised = replace(A, paragraphs=(text,), checksum="new")
    later = brief([revised], [entity("holm", "Holm")], [sentence(text, "a")], counts=[Tally("Injured", (Variant("130 people", ("a",)),))])
    changes = advance(later, first).state.builds[0]
    assert [i.id for i in changes.sources_revised] == ["a"] and changes.sources_added == ()
    assert [(r.topic, r.before, r.after) for r in changes.revised] == [("Injured", "22 people", "130 people")]


def test_a_count_is_not_revised_by_one_new_source_alone():
    """The value most sources give changes only with two sources behind it: one new article's figure is a
    disagreement, not a revision."""
    first = advance(FIRST, State()).state
    later = replace(FIRST, sources=(A, B), counts=(Tally("Injured", (Variant("24 people", ("b",)), Variant("22 people", ("a",)))),))
    assert advance(later, first).state.builds[0].revised == ()


def test_a_source_keeps_its_address_when_its_title_changes_and_a_new_one_never_takes_an_old_address():
    state = State(sources=(Address("bridge-closed", "Bridge closed", "source", ("a.txt", "1")),
                           Address("mayor-speaks", "Mayor speaks", "source", ("gone.txt", "2"), present=False)))
    corpus = Corpus(sources=(source("bridge-closed-after-storm", "x", file="a.txt"), source("mayor-speaks", "y", file="new.txt")))
    ids = [s.id for s in stable_sources(corpus, state).sources]
    assert ids == ["bridge-closed", "mayor-speaks-2"]


def test_an_entity_keeps_its_address_under_a_fuller_name_and_gains_its_old_name_as_alias():
    state = State(entities=(Address("holm", "Holm", "person", ("holm",)), Address("nordvik", "Nordvik", "place", ("nordvik",), present=False)))
    now = brief([A], [entity("peter-holm", "Peter Holm", aliases=("Holm",)), entity("nordvik", "Nordvik", "organisation")],
                quotes=[Quote("peter-holm", "Peter Holm", "We will rebuild it.", ("a",))])
    moved = stable_entities(now, state)
    assert [e.id for e in moved.entities] == ["holm", "nordvik"]  # same name, another type: still its address
    assert moved.quotes[0].speaker == "holm"
    renamed = stable_entities(brief([A], [entity("peter-holm", "Peter Holm")]), State(entities=(Address("holm", "P. Holm", "person", ("p-holm", "holm")),)))
    assert renamed.entities[0].id == "peter-holm"  # nothing in common: a new address
    grown = stable_entities(brief([A], [entity("vester-bank", "Vester Bank", "organisation", aliases=("Vesterbank",))]),
                            State(entities=(Address("vesterbank", "Vesterbank", "organisation", ("vesterbank",)),)))
    assert grown.entities[0].id == "vesterbank" and "Vesterbank" in grown.entities[0].aliases


def test_a_new_entity_never_takes_the_address_of_one_that_is_gone():
    state = State(entities=(Address("berg", "Berg", "place", ("berg",), present=False),))
    moved = stable_entities(brief([A], [entity("berg", "Lars Berg", aliases=("Berg",))]), state)
    assert moved.entities[0].id == "berg"  # it carries the name: the address is its own
    other = stable_entities(brief([A], [entity("berg", "Berg Hall", "organisation")]), State(entities=(Address("berg", "Berg", "place", ("berg",), present=False),)))
    assert other.entities[0].id == "berg-2"


def test_the_state_survives_its_file_and_a_broken_file_starts_the_history_again(tmp_path):
    state = advance(FIRST, State()).state
    assert state_from_json(json.loads(state_to_json(state))) == state
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "state.json").write_text("{not json", encoding="utf-8")
    loaded, warning = load_state(tmp_path)
    assert loaded == State() and "state.json" in warning and "history starts again" in warning
    assert load_state(tmp_path / "nowhere") == (State(), None)


def test_a_state_file_naming_addresses_the_generator_never_makes_is_not_followed():
    """An edited state file cannot make a build write outside docs/ or give a source a path for an id."""
    state = state_to_json(advance(FIRST, State()).state)
    data = json.loads(state)
    data["pages"] += ["../../outside.md", "/etc/x.md", "sources/../../y.md", "entities/holm.md"]
    data["sources"].append({"id": "../escape", "name": "x", "kind": "source", "keys": ["evil.txt", "1"], "present": False})
    loaded = state_from_json(data)
    assert loaded.pages == ("entities/holm.md",) and [a.id for a in loaded.sources] == ["a"]
    moved = stable_sources(Corpus(sources=(source("evil", "text", file="evil.txt"),)), loaded)
    assert moved.sources[0].id == "evil"


def test_the_build_date_comes_from_source_date_epoch_or_the_articles(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert build_date((A,)) == ""
    assert build_date((replace(A, date="2026-03-01"), replace(B, date="2026-03-04T10:00"))) == "2026-03-04T00:00:00Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    assert build_date((A,)) == "1970-01-02T00:00:00Z"


# ------------------------------------------------------------------------------------------- rendered


def grown_story():
    """Three builds: A; A and B (Anna Berg new); B alone (A gone with Holm, who merged into Peter Holm)."""
    first = render(FIRST, TEMPLATES)
    state = state_from_json(json.loads(first["data/state.json"]))
    second_brief = brief([A, B], [entity("holm", "Holm"), entity("anna-berg", "Anna Berg", sources=("b",))],
                         [sentence(A.paragraphs[0], "a"), sentence(B.paragraphs[0], "b")])
    story = advance(stable_entities(second_brief, state), state)
    second = render(second_brief, TEMPLATES, story)
    state = state_from_json(json.loads(second["data/state.json"]))
    third_brief = brief([B], [entity("anna-berg", "Anna Berg", sources=("b",)), entity("peter-holm", "Peter Holm", sources=("b",), aliases=("Holm", "P. Holm"))],
                        [sentence(B.paragraphs[0], "b")])
    third_brief = stable_entities(third_brief, replace(state, entities=tuple(a for a in state.entities if a.id != "holm")))
    story = advance(third_brief, state)
    return first, second, render(third_brief, TEMPLATES, story)


def test_every_page_of_an_earlier_build_still_exists_and_a_gone_one_says_where_to_go():
    first, second, third = grown_story()
    assert set(first) - set(third) == set()
    assert "**Holm** is no longer in this brief" in third["entities/holm.md"]
    assert "[Peter Holm](../entities/peter-holm.md)" in third["entities/holm.md"]
    assert "[Read the brief](../index.md)" in third["entities/holm.md"]
    assert "no longer among the brief's sources" in third["sources/a.md"]


def test_the_brief_marks_new_sentences_and_the_changes_page_lists_the_builds_newest_first():
    first, second, third = grown_story()
    anchor = sentence_anchor(B.paragraphs[0])
    assert f'<span id="{anchor}"></span><span class="nb-new"' in second["index.md"]
    assert "nb-new" not in first["index.md"] and "1 sentence is new since the previous build" in second["index.md"]
    changes = second["changes.md"]
    assert changes.index("## Build 2") < changes.index("## Build 1")
    assert "[Anna Berg](entities/anna-berg.md)" in changes and f"(index.md#{anchor})" in changes
    assert "**Articles removed**: [A](sources/a.md)" in third["changes.md"]
    history = json.loads(third["data/brief.json"])["history"]
    assert [h["build"] for h in history] == [3, 2, 1]


def test_the_feed_is_valid_atom_with_relative_links_or_the_site_s_address():
    _, _, third = grown_story()
    for feed in (third["feed.xml"], atom_feed(FIRST, advance(FIRST, State()).state, Site("https://news.example.org/vesterby/", False))):
        doc = etree.fromstring(feed.encode("utf-8"))
        assert ATOM_SCHEMA.validate(etree.ElementTree(doc)), ATOM_SCHEMA.error_log
        entries = doc.findall(f"{ATOM}entry")
        assert entries and (doc.find(f"{ATOM}author") is not None or all(e.find(f"{ATOM}author") is not None for e in entries))
        assert all(e.find(f"{ATOM}link[@rel='alternate']") is not None or e.find(f"{ATOM}content") is not None for e in entries)
    relative = etree.fromstring(third["feed.xml"].encode("utf-8"))
    assert [e.find(f"{ATOM}link").get("href") for e in relative.findall(f"{ATOM}entry")] == [f"changes/#build-{n}" for n in (3, 2, 1)]
    assert "https://news.example.org/vesterby/changes.html#build-1" in feed


@pytest.mark.parametrize("url, directory, path, expected", [
    ("", True, "index.md", ""), ("", True, "changes.md#build-2", "changes/#build-2"), ("", False, "sources/index.md", "sources/index.html"),
    ("https://x.example/", False, "changes.md", "https://x.example/changes.html"), ("https://x.example", True, "sources/index.md", "https://x.example/sources/"),
])
def test_site_addresses_of_pages(url, directory, path, expected):
    assert Site(url, directory).page(path) == expected
