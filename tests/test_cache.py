"""generator/cache.py: the brief and page caches, keyed by everything they depend on."""
from __future__ import annotations

import os
from dataclasses import replace

from generator import cache
from generator.contents import Brief, Corpus, Source

SOURCE = Source(id="ferry", file="ferry.txt", title="Vester ferry sails again", paragraphs=("The ferry sailed at noon.",), checksum="c1")


def brief(title: str = "Vester ferry") -> Brief:
    return Brief(title=title, sources=(SOURCE,), entities=(), sentences=(), quotes=(), discrepancies=())


def test_the_brief_key_follows_the_corpus_and_the_model():
    corpus = Corpus(sources=(SOURCE,), warnings=())
    key = cache.brief_key(corpus, "a-model")
    assert key == cache.brief_key(Corpus(sources=(SOURCE,), warnings=()), "a-model")
    assert key != cache.brief_key(Corpus(sources=(replace(SOURCE, paragraphs=("The ferry sailed at one.",)),), warnings=()), "a-model")
    assert key != cache.brief_key(corpus, "another-model")


def test_the_code_version_covers_code_and_word_lists():
    version = cache.code_version()
    assert len(version) == 64 and version == cache.code_version()


def test_a_stored_brief_comes_back_and_a_damaged_one_is_rebuilt(tmp_path):
    cache.store_brief(tmp_path, "k1", brief())
    assert cache.load_brief(tmp_path, "k1") == brief()
    assert cache.load_brief(tmp_path, "missing") is None
    (tmp_path / "briefs" / "k1.pickle").write_bytes(b"not a pickle")
    assert cache.load_brief(tmp_path, "k1") is None
    cache.store_pages(tmp_path, "p1", {"index.md": "# Brief\n"})
    assert cache.load_pages(tmp_path, "p1") == {"index.md": "# Brief\n"}
    assert cache.load_brief(tmp_path, "p1") is None  # a key of the other kind is no brief


def test_only_the_most_recently_used_briefs_are_kept(tmp_path):
    for i in range(cache.KEEP + 2):
        cache.store_brief(tmp_path, f"k{i}", brief(f"story {i}"))
        os.utime(tmp_path / "briefs" / f"k{i}.pickle", (1_000_000 + i, 1_000_000 + i))
    kept = sorted(p.stem for p in (tmp_path / "briefs").glob("*.pickle"))
    assert len(kept) == cache.KEEP and "k0" not in kept and "k1" not in kept and f"k{cache.KEEP + 1}" in kept


def test_the_pages_key_follows_templates_and_the_build_date(tmp_path, monkeypatch):
    template = tmp_path / "index.md.j2"
    template.write_text("{{ title }}", encoding="utf-8")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    key = cache.pages_key("brief-key", [template])
    template.write_text("# {{ title }}", encoding="utf-8")
    assert cache.pages_key("brief-key", [template]) != key
    edited = cache.pages_key("brief-key", [template])
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert cache.pages_key("brief-key", [template]) != edited
