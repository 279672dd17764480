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

    def lines(self) -> str:
        return (f"recall {self.recall:.2f}  precision {self.precision:.2f}  split {len(self.split)} {self.split}  "
                f"type accuracy {self.type_accuracy:.2f}  people with a role {self.role_share:.2f}\n"
                f"  missing: {self.missing}\n  spurious: {self.spurious}")


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
    typed = [g for g in gold_entities if g["name"] in matched]
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
    )


@dataclass
class BriefScore:
    cited_share: float
    fact_coverage: float
    missing_facts: list[str]
    words: int
    sentences: int

    def lines(self) -> str:
        return (f"sentences {self.sentences}  words {self.words}  cited share {self.cited_share:.2f}  "
                f"key-fact coverage {self.fact_coverage:.2f}\n  missing facts: {self.missing_facts}")


def score_brief(brief: Brief, gold: dict) -> BriefScore:
    texts = [s.text.casefold() for s in brief.sentences]
    missing = []
    for fact in gold.get("facts", []):
        if not any(all(any(term.casefold() in t for term in group) for group in fact["all"]) for t in texts):
            missing.append(fact["id"])
    facts = len(gold.get("facts", []))
    return BriefScore(
        cited_share=sum(1 for s in brief.sentences if s.sources) / max(len(brief.sentences), 1),
        fact_coverage=(facts - len(missing)) / max(facts, 1),
        missing_facts=missing,
        words=sum(len(s.text.split()) for s in brief.sentences),
        sentences=len(brief.sentences),
    )
