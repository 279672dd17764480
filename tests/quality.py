"""Scoring helpers for the quality tests: glossary and brief against a hand-written gold file."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.contents import Brief


def load_gold(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _key(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", name.replace(".", "").casefold()).split())


@dataclass
class GlossaryScore:
    recall: float
    precision: float
    split: list[str]  # gold entities spread over several glossary entries
    type_accuracy: float
    role_share: float
    missing: list[str]
    spurious: list[str]
    mistyped: list[str]

    def lines(self) -> str:
        return (f"recall {self.recall:.2f}  precision {self.precision:.2f}  split {len(self.split)} {self.split}  "
                f"type accuracy {self.type_accuracy:.2f}  people with a role {self.role_share:.2f}\n"
                f"  missing: {self.missing}\n  spurious: {self.spurious}\n  mistyped: {self.mistyped}")


def score_glossary(brief: Brief, gold: dict) -> GlossaryScore:
    gold_entities = gold["entities"]
    forms = {}
    for g in gold_entities:
        for form in [g["name"], *g.get("aliases", [])]:
            forms.setdefault(_key(form), g["name"])
    matched: dict[str, list] = {}
    spurious = []
    for e in brief.entities:
        names = {_key(e.name), *(_key(a) for a in e.aliases)}
        hits = {forms[n] for n in names if n in forms}
        if not hits:
            spurious.append(e.name)
        for h in hits:
            matched.setdefault(h, []).append(e)
    required = [g for g in gold_entities if not g.get("optional")]
    found = [g for g in required if g["name"] in matched]
    split = [name for name, es in matched.items() if len(es) > 1]
    typed = [g for g in gold_entities if g["name"] in matched and not g.get("optional")]  # borderline entries have borderline types
    type_ok = sum(1 for g in typed if all(e.type == g["type"] for e in matched[g["name"]]))
    people = [g for g in required if g["type"] == "person" and g.get("role")]
    with_role = sum(1 for g in people if any(e.roles for e in matched.get(g["name"], [])))
    return GlossaryScore(
        recall=len(found) / max(len(required), 1),
        precision=(len(brief.entities) - len(spurious)) / max(len(brief.entities), 1),
        split=sorted(split),
        type_accuracy=type_ok / max(len(typed), 1),
        role_share=with_role / max(len(people), 1),
        missing=sorted(g["name"] for g in required if g["name"] not in matched),
        spurious=sorted(spurious),
        mistyped=sorted(f"{g['name']}: {[e.type for e in matched[g['name']]]} (gold {g['type']})" for g in typed if not all(e.type == g["type"] for e in matched[g["name"]])),
    )


def _matches(text: str, fact: dict) -> bool:
    low = text.casefold()
    return all(any(term.casefold() in low for term in group) for group in fact["all"])


@dataclass
class BriefScore:
    cited_share: float
    attribution_precision: float
    attribution_judged: int  # (sentence, source) pairs that could be judged against the gold facts
    fact_coverage: float
    missing_facts: list[str]
    redundant_pairs: list[tuple[str, str]]
    words: int
    sentences: int

    def lines(self) -> str:
        return (f"sentences {self.sentences}  words {self.words}  cited share {self.cited_share:.2f}  "
                f"attribution precision {self.attribution_precision:.2f} (of {self.attribution_judged} pairs)  "
                f"key-fact coverage {self.fact_coverage:.2f}  redundant pairs {len(self.redundant_pairs)}\n"
                f"  missing facts: {self.missing_facts}\n  redundant: {self.redundant_pairs}")


def score_brief(brief: Brief, gold: dict, file_of: dict[str, str] | None = None) -> BriefScore:
    """Coverage of the gold facts; attribution precision: a (brief sentence, cited source) pair is right when
    that source's own sentence states one of the gold facts the brief sentence states, or the gold lists the
    source for that fact; redundant pairs: two brief sentences stating exactly the same gold facts."""
    facts = gold.get("facts", [])
    file_of = file_of or {s.id: s.file for s in brief.sources}
    missing = [f["id"] for f in facts if not any(_matches(s.text, f) for s in brief.sentences)]
    judged = right = 0
    fact_sets = []
    for s in brief.sentences:
        stated = [f for f in facts if _matches(s.text, f)]
        fact_sets.append(frozenset(f["id"] for f in stated))
        if not stated:
            continue
        for ev in s.evidence:
            judged += 1
            listed = any(any(file_of[ev.source].startswith(str(p)) for p in f.get("sources", [])) for f in stated)
            if listed or any(_matches(ev.text, f) for f in stated):
                right += 1
    redundant = []
    for i in range(len(fact_sets)):
        for j in range(i + 1, len(fact_sets)):
            if fact_sets[i] and fact_sets[i] == fact_sets[j]:
                redundant.append((brief.sentences[i].text[:60], brief.sentences[j].text[:60]))
    return BriefScore(
        cited_share=sum(1 for s in brief.sentences if s.sources) / max(len(brief.sentences), 1),
        attribution_precision=right / max(judged, 1),
        attribution_judged=judged,
        fact_coverage=(len(facts) - len(missing)) / max(len(facts), 1),
        missing_facts=missing,
        redundant_pairs=redundant,
        words=sum(len(s.text.split()) for s in brief.sentences),
        sentences=len(brief.sentences),
    )


@dataclass
class QuoteScore:
    found: int
    right_speaker: int
    total: int
    wrong: list[str]

    def lines(self) -> str:
        return f"quotes found {self.found}/{self.total}, with the right speaker {self.right_speaker}/{self.total}\n  wrong or missing: {self.wrong}"


def score_quotes(brief: Brief, gold: dict) -> QuoteScore:
    names = {e.id: e for e in brief.entities}
    found = right = 0
    wrong = []
    for g in gold.get("quotes", []):
        snippet = _key(g["snippet"])
        quote = next((q for q in brief.quotes if snippet in _key(q.text) or any(snippet in _key(v) for v in q.variants)), None)
        if quote is None:
            wrong.append(f"missing: {g['snippet']}")
            continue
        found += 1
        entity = names.get(quote.speaker) if quote.speaker else None
        expected = g.get("speaker")
        ok = (entity is None and expected is None) or (entity is not None and expected is not None and (
            _key(expected) == _key(entity.name) or _key(expected) in {_key(a) for a in entity.aliases}))
        if ok:
            right += 1
        else:
            wrong.append(f"{g['snippet']}: {quote.speaker_name} (expected {expected})")
    return QuoteScore(found, right, len(gold.get("quotes", [])), wrong)


def score_discrepancies(brief: Brief, gold: dict) -> tuple[int, int, list[str]]:
    """Gold disagreements found: one of ours lists at least two of the gold's variants (by their terms)."""
    found, missing = 0, []
    for g in gold.get("discrepancies", []):
        hit = False
        for d in brief.discrepancies:
            texts = [(d.topic + " " + v.text).casefold() for v in d.variants]
            matched = sum(1 for group in g["terms"] if any(any(term.casefold() in t for t in texts) for term in group))
            if matched >= 2:
                hit = True
                break
        found += hit
        if not hit:
            missing.append(g["id"])
    return found, len(gold.get("discrepancies", [])), missing
