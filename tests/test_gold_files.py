"""The hand-written gold files are well formed and agree with the articles they were written from, so that a typo
in a gold file fails here instead of quietly lowering (or raising) a quality score.

Shape checks run always; checks against the article text run when the articles are present (the seeds always,
the stories in ../shared/corpus when that folder exists)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import CORPUS, GOLD, SEEDS, STORIES
from quality import _key, load_gold

TYPES = {"person", "organisation", "place", "event"}
ENTITY_KEYS = {"name", "type", "aliases", "role", "optional", "describe"}
DISCREPANCY_KINDS = {"number", "date", "name", "other"}
FACT_KEYS = {"id", "all", "sources"}
CORPUS_GOLD = sorted((GOLD / "corpus").glob("*.yml"))
GOLD_FILES = [GOLD / "seeds.yml", *CORPUS_GOLD]


def _articles(gold_file: Path) -> Path:
    return SEEDS if gold_file.parent == GOLD else CORPUS / gold_file.stem


def _is_corpus(gold_file: Path) -> bool:
    return gold_file.parent != GOLD


def _texts(folder: Path) -> dict[str, str]:
    return {p.name: p.read_bytes().decode("utf-8", errors="replace")
            for p in sorted(folder.iterdir()) if p.is_file() and p.suffix in {".txt", ".md", ".html", ".htm"}}


def _flat(text: str) -> str:
    """Case-folded text with hard wraps and runs of white space made single spaces."""
    return " ".join(text.casefold().split())


def _paragraphs(text: str) -> list[str]:
    """Paragraphs: a blank line, or a line break after the end of a sentence, ends one (hard wraps do not)."""
    return [_flat(p) for p in re.split(r"\n[ \t\r]*\n|(?<=[.!?\"”’])[ \t\r]*\n", text) if p.strip()]


def _has_key(form: str, keyed_text: str) -> bool:
    return f" {_key(form)} " in keyed_text


def _strings(value) -> bool:
    return isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value)


@pytest.fixture(params=GOLD_FILES, ids=lambda p: p.stem)
def gold_file(request) -> Path:
    return request.param


@pytest.fixture
def articles(gold_file) -> dict[str, str]:
    folder = _articles(gold_file)
    if not folder.is_dir():
        pytest.skip(f"{folder} is not present")
    return _texts(folder)


def test_every_corpus_story_has_a_gold_file():
    assert CORPUS_GOLD, "no gold file in tests/gold/corpus"
    assert sorted(STORIES) == sorted(p.stem for p in CORPUS_GOLD) or not STORIES


def test_gold_file_shape(gold_file):
    gold = load_gold(gold_file)
    required = {"entities", "facts", "quotes", "discrepancies", "main_event"} | ({"noise", "titles"} if _is_corpus(gold_file) else set())
    assert required <= set(gold), f"missing keys: {required - set(gold)}"
    assert set(gold) <= required | {"copies"}, f"unknown keys: {set(gold) - required - {'copies'}}"

    forms: dict[str, str] = {}
    for e in gold["entities"]:
        assert isinstance(e, dict) and set(e) <= ENTITY_KEYS, f"bad entity {e}"
        assert isinstance(e.get("name"), str) and e["name"].strip(), f"entity without a name: {e}"
        assert e.get("type") in TYPES, f"{e['name']}: type {e.get('type')!r} not in {sorted(TYPES)}"
        assert "aliases" not in e or _strings(e["aliases"]), f"{e['name']}: aliases must be a list of names"
        assert all(isinstance(e.get(flag, False), bool) for flag in ("role", "optional")), f"{e['name']}: role/optional must be true or false"
        assert not (e.get("role") and e["type"] != "person"), f"{e['name']}: only people carry a role"
        assert "describe" not in e or (isinstance(e["describe"], list) and e["describe"] and all(_strings(t) for t in e["describe"])), \
            f"{e['name']}: describe must be a list of lists of terms"
        assert not ("describe" in e and e.get("role")), f"{e['name']}: describe replaces role; give one"
        for form in {_key(f) for f in [e["name"], *e.get("aliases", [])]}:
            assert form, f"{e['name']}: a name or alias with no letters"
            assert form not in forms, f"{form!r} names both {forms[form]!r} and {e['name']!r}"
            forms[form] = e["name"]

    facts = gold["facts"]
    assert 12 <= len(facts) <= 25, f"{len(facts)} facts; the brief should be scored on 12-25"
    ids = [f.get("id") for f in facts]
    assert len(set(ids)) == len(ids) and all(isinstance(i, str) and i for i in ids), f"fact ids missing or repeated: {ids}"
    for f in facts:
        assert set(f) <= FACT_KEYS, f"{f['id']}: unknown keys {set(f) - FACT_KEYS}"
        assert isinstance(f.get("all"), list) and f["all"] and all(_strings(terms) for terms in f["all"]), f"{f['id']}: `all` must be a list of lists of terms"
        assert "sources" not in f or _strings(f["sources"]), f"{f['id']}: sources must be a list of file prefixes"
    main = gold["main_event"]
    assert _strings(main) and 1 <= len(main) <= 3 and set(main) <= set(ids), f"main_event must list 1-3 fact ids: {main}"

    snippets = []
    for q in gold["quotes"]:
        assert isinstance(q, dict) and set(q) == {"speaker", "snippet"}, f"bad quote {q}"
        speakers = q["speaker"] if isinstance(q["speaker"], list) else [q["speaker"]]
        assert speakers and all(sp is None or (isinstance(sp, str) and _key(sp) in forms) for sp in speakers), \
            f"speaker {q['speaker']!r} is not a gold entity (or a list of them)"
        assert isinstance(q["snippet"], str) and 4 <= len(_key(q["snippet"]).split()) <= 10, f"snippet {q['snippet']!r} must be 4-10 words"
        snippets.append(_key(q["snippet"]))
    assert len(set(snippets)) == len(snippets), "a quote is listed twice"

    dids = [d.get("id") for d in gold["discrepancies"]]
    assert len(set(dids)) == len(dids) and all(isinstance(i, str) and i for i in dids), f"discrepancy ids missing or repeated: {dids}"
    for d in gold["discrepancies"]:
        assert {"id", "terms"} <= set(d) <= {"id", "terms", "kind"}, f"bad discrepancy {d}"
        assert d.get("kind", "other") in DISCREPANCY_KINDS, f"{d['id']}: kind must be one of {sorted(DISCREPANCY_KINDS)}"
        assert isinstance(d["terms"], list) and len(d["terms"]) >= 2 and all(_strings(v) for v in d["terms"]), f"{d['id']}: terms must list two or more variants"

    copies = gold.get("copies", [])
    assert isinstance(copies, list) and all(_strings(group) and len(group) >= 2 for group in copies), "copies: lists of two or more file names"

    if _is_corpus(gold_file):
        assert isinstance(gold["noise"], dict) and isinstance(gold["titles"], dict)
        for name, lines in gold["noise"].items():
            assert isinstance(lines, list) and all(isinstance(n, int) and n >= 1 for n in lines), f"{name}: noise must list line numbers"
            assert lines == sorted(set(lines)), f"{name}: noise line numbers must be sorted and unique"
        for name, line in gold["titles"].items():
            assert isinstance(line, int) and line >= 1, f"{name}: a title is one line number"
            assert line not in gold["noise"].get(name, []), f"{name}: line {line} is both title and noise"


def test_gold_file_matches_its_articles(gold_file, articles):
    gold = load_gold(gold_file)
    keyed = f" {_key(' '.join(articles.values()))} "
    flat = _flat(" ".join(articles.values()))

    for e in gold["entities"]:
        forms = [e["name"], *e.get("aliases", [])]
        assert any(_has_key(f, keyed) for f in forms), f"{e['name']}: neither the name nor an alias is in the articles"
        absent = [a for a in e.get("aliases", []) if not _has_key(a, keyed)]
        assert not absent, f"{e['name']}: aliases not used by the articles: {absent}"

    for q in gold["quotes"]:
        assert _has_key(q["snippet"], keyed), f"quote snippet not in the articles: {q['snippet']!r}"

    paragraphs = {name: _paragraphs(text) for name, text in articles.items()}
    for f in gold["facts"]:
        for terms in f["all"]:
            assert any(t.casefold() in flat for t in terms), f"{f['id']}: none of {terms} is in the articles"
        for prefix in f.get("sources", []):
            files = [n for n in articles if n.startswith(prefix)]
            assert files, f"{f['id']}: no article file starts with {prefix!r}"
            assert any(all(any(t.casefold() in p for t in terms) for terms in f["all"]) for n in files for p in paragraphs[n]), \
                f"{f['id']}: no paragraph of {files} states the fact"

    for d in gold["discrepancies"]:
        for variant in d["terms"]:
            assert any(_flat(t) in flat for t in variant), f"{d['id']}: variant {variant} is not in the articles"

    for e in gold["entities"]:
        for terms in e.get("describe", []):
            assert any(t.casefold() in flat for t in terms), f"{e['name']}: no description term of {terms} is in the articles"

    for group in gold.get("copies", []):
        assert set(group) <= set(articles), f"copies names unknown files: {set(group) - set(articles)}"

    if _is_corpus(gold_file):
        assert set(gold["noise"]) == set(articles), "noise must list every article file (an empty list for none)"
        assert set(gold["titles"]) <= set(articles), f"titles for unknown files: {set(gold['titles']) - set(articles)}"
        marked = [(name, n) for name, lines in gold["noise"].items() for n in lines] + list(gold["titles"].items())
        for name, n in marked:
            lines = articles[name].split("\n")
            assert n <= len(lines), f"{name}: line {n} is past the end ({len(lines)} lines)"
            assert lines[n - 1].strip(), f"{name}: line {n} is blank; blank lines are neither noise nor title"
