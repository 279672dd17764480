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
    role_share: float  # share of the gold entities needing a description whose entry has a correct one
    missing: list[str]
    spurious: list[str]
    mistyped: list[str]
    undescribed: list[str] = ()  # gold entities needing a description whose entry has none that is correct

    def lines(self) -> str:
        return (f"recall {self.recall:.2f}  precision {self.precision:.2f}  split {len(self.split)} {self.split}  "
                f"type accuracy {self.type_accuracy:.2f}  correct descriptions {self.role_share:.2f}\n"
                f"  missing: {self.missing}\n  spurious: {self.spurious}\n  mistyped: {self.mistyped}\n"
                f"  no correct description: {list(self.undescribed)}")


def described(description: str, gold_entity: dict) -> bool:
    """A description is correct when it contains a term of every list in the gold's `describe` (an older gold
    `role: true` asks only for a description to exist)."""
    low = description.casefold()
    if "describe" in gold_entity:
        return bool(low) and all(any(t.casefold() in low for t in terms) for terms in gold_entity["describe"])
    return bool(low.strip())


def needs_description(gold_entity: dict) -> bool:
    return not gold_entity.get("optional") and ("describe" in gold_entity or bool(gold_entity.get("role")))


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
    people = [g for g in required if needs_description(g)]
    ok = {g["name"] for g in people if any(described(e.description, g) for e in matched.get(g["name"], []))}
    with_role = len(ok)
    return GlossaryScore(
        recall=len(found) / max(len(required), 1),
        precision=(len(brief.entities) - len(spurious)) / max(len(brief.entities), 1),
        split=sorted(split),
        type_accuracy=type_ok / max(len(typed), 1),
        role_share=with_role / max(len(people), 1),
        missing=sorted(g["name"] for g in required if g["name"] not in matched),
        spurious=sorted(spurious),
        mistyped=sorted(f"{g['name']}: {[e.type for e in matched[g['name']]]} (gold {g['type']})" for g in typed if not all(e.type == g["type"] for e in matched[g["name"]])),
        undescribed=sorted(f"{g['name']}: {[e.description for e in matched.get(g['name'], [])]}" for g in people if g["name"] not in ok),
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
    wrong: list[str]  # every gold quote not found with its right speaker, and why
    wrong_speaker: int = 0  # found, and given to somebody else: worse than no speaker at all
    unattributed: int = 0  # found with no speaker although the gold names one

    def lines(self) -> str:
        return (f"quotes found {self.found}/{self.total}, with the right speaker {self.right_speaker}/{self.total}, "
                f"WRONG speaker {self.wrong_speaker}, no speaker {self.unattributed}\n  not right: {self.wrong}")


def score_quotes(brief: Brief, gold: dict) -> QuoteScore:
    names = {e.id: e for e in brief.entities}
    found = right = wrong_speaker = unattributed = 0
    wrong = []
    gold_forms = {_key(e["name"]): {_key(f) for f in [e["name"], *e.get("aliases", [])]} for e in gold.get("entities", [])}
    for g in gold.get("quotes", []):
        snippet = _key(g["snippet"])
        holding = [q for q in brief.quotes if snippet in _key(q.text) or any(snippet in _key(v) for v in q.variants)]
        # (not a quotation that holds another quotation holding the snippet: the words are the inner one's)
        quote = next((q for q in holding if not any(_key(o.text) != _key(q.text) and _key(o.text) in _key(q.text) for o in holding)),
                     holding[0] if holding else None)
        if quote is None:
            wrong.append(f"missing: {g['snippet']}")
            continue
        found += 1
        entity = names.get(quote.speaker) if quote.speaker else None
        expected = g.get("speaker")
        said = {_key(entity.name), *(_key(a) for a in entity.aliases)} if entity else set()  # None: "Unattributed"
        accepted = expected if isinstance(expected, list) else [expected]  # several: the articles differ on who said it
        ok = any((not said and e is None) or (e is not None and bool(said & gold_forms.get(_key(e), {_key(e)}))) for e in accepted)
        if ok:
            right += 1
        elif not said:  # no speaker: not right, but not wrong either
            unattributed += 1
            wrong.append(f"{g['snippet']}: no speaker (expected {expected})")
        else:
            wrong_speaker += 1
            wrong.append(f"{g['snippet']}: WRONG {quote.speaker_name!r} (expected {expected})")
    return QuoteScore(found, right, len(gold.get("quotes", [])), wrong, wrong_speaker, unattributed)


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


# ------------------------------------------------------------------------------------------------------------
# The quality table: every metric of one story as a number, with the direction that is better.

def citation_recall(brief: Brief, gold: dict, file_of: dict[str, str] | None = None) -> float:
    """Of the sources the gold lists for a fact, the share a brief sentence stating that fact cites."""
    file_of = file_of or {s.id: s.file for s in brief.sources}
    wanted = cited = 0
    for s in brief.sentences:
        files = {file_of[src] for src in s.sources}
        for f in gold.get("facts", []):
            if not _matches(s.text, f):
                continue
            for prefix in f.get("sources", []):
                wanted += 1
                cited += any(name.startswith(str(prefix)) for name in files)
    return cited / wanted if wanted else 1.0


def word_budget(brief: Brief, settings_cap: int = 650, share: float = 0.35) -> int:
    """The brief issue's budget: 0.35x the words of the distinct source text, at most 650."""
    seen, words = set(), 0
    for source in brief.sources:
        for paragraph in source.paragraphs:
            key = _key(paragraph)
            if key and key not in seen:
                seen.add(key)
                words += len(paragraph.split())
    return min(settings_cap, int(share * words))


def lead_states_main_event(brief: Brief, gold: dict, first: int = 3) -> bool:
    main = [f for f in gold.get("facts", []) if f["id"] in set(gold.get("main_event", []))]
    return any(_matches(s.text, f) for s in brief.sentences[:first] for f in main)


def boilerplate_leaks(brief: Brief, gold: dict, texts: dict[str, str]) -> list[str]:
    """Noise lines (gold `noise`) of four words or more whose words reach a source's published text (title and
    paragraphs)."""
    leaks = []
    by_file = {s.file: s for s in brief.sources}
    for name, lines in (gold.get("noise") or {}).items():
        source = by_file.get(name)
        if source is None or name not in texts:
            continue
        published = f" {_key(' '.join([source.title, *source.paragraphs]))} "
        raw = texts[name].split("\n")
        for n in lines:
            key = _key(raw[n - 1]) if n <= len(raw) else ""
            if len(key.split()) >= 4 and f" {key} " in published:
                leaks.append(f"{name}:{n} {raw[n - 1].strip()[:60]}")
    return leaks


# name: (higher is better, format)
METRICS = {
    "recall": (True, "{:.2f}"), "precision": (True, "{:.2f}"), "split": (False, "{:.0f}"),
    "types": (True, "{:.2f}"), "described": (True, "{:.2f}"),
    "coverage": (True, "{:.2f}"), "attribution": (True, "{:.2f}"), "cite_recall": (True, "{:.2f}"),
    "redundant": (False, "{:.0f}"), "over_budget": (False, "{:.0f}"), "lead": (True, "{:.0f}"),
    "quotes_right": (True, "{:.2f}"), "quotes_wrong": (False, "{:.0f}"), "quotes_missed": (False, "{:.0f}"),
    "disagreements": (True, "{:.2f}"), "leaks": (False, "{:.0f}"),
}


@dataclass
class StoryQuality:
    story: str
    values: dict[str, float]
    details: str


def story_quality(story: str, brief: Brief, gold: dict, texts: dict[str, str] | None = None) -> StoryQuality:
    glossary, summary, quotes = score_glossary(brief, gold), score_brief(brief, gold), score_quotes(brief, gold)
    found, total, missing = score_discrepancies(brief, gold)
    budget = word_budget(brief)
    leaks = boilerplate_leaks(brief, gold, texts or {})
    values = {
        "recall": glossary.recall, "precision": glossary.precision, "split": len(glossary.split),
        "types": glossary.type_accuracy, "described": glossary.role_share,
        "coverage": summary.fact_coverage, "attribution": summary.attribution_precision,
        "cite_recall": citation_recall(brief, gold), "redundant": len(summary.redundant_pairs),
        "over_budget": max(0, summary.words - budget), "lead": float(lead_states_main_event(brief, gold)),
        "quotes_right": quotes.right_speaker / quotes.total if quotes.total else 1.0,
        "quotes_wrong": quotes.wrong_speaker, "quotes_missed": quotes.total - quotes.found,
        "disagreements": found / total if total else 1.0, "leaks": len(leaks),
    }
    details = (f"[glossary, {story}] {glossary.lines()}\n[brief, {story}] {summary.lines()}  budget {budget}\n"
               f"  first sentences: {[s.text[:80] for s in brief.sentences[:3]]}\n"
               f"[quotes, {story}] {quotes.lines()}\n[disagreements, {story}] found {found}/{total}, missing {missing}\n"
               f"[boilerplate, {story}] {len(leaks)} leaks {leaks}")
    return StoryQuality(story, values, details)


def load_split(path: Path) -> dict[str, list[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {"tune": list(data["tune"]), "check": list(data["check"])}


def mean(rows: list[StoryQuality], metric: str) -> float:
    return sum(r.values[metric] for r in rows) / len(rows) if rows else float("nan")


def table(rows: list[StoryQuality], split: dict[str, list[str]]) -> str:
    """One line per story (tune stories first), then the tune and check means side by side."""
    names = list(METRICS)
    width = max([len(r.story) for r in rows] + [12]) + 2
    head = "story".ljust(width) + " ".join(n.rjust(max(len(n), 5)) for n in names)
    out = [head, "-" * len(head)]
    by_set = {k: [r for r in rows if r.story in v] for k, v in split.items()}
    for k in ("tune", "check"):
        for r in by_set[k]:
            out.append(f"{k[0]} {r.story}".ljust(width) + " ".join(
                METRICS[n][1].format(r.values[n]).rjust(max(len(n), 5)) for n in names))
    out.append("-" * len(head))
    for k in ("tune", "check"):
        out.append(f"mean {k} ({len(by_set[k])})".ljust(width) + " ".join(
            f"{mean(by_set[k], n):.2f}".rjust(max(len(n), 5)) for n in names))
    return "\n".join(out)


def below_floors(rows: list[StoryQuality], floors: dict[str, dict[str, float]]) -> list[str]:
    """Every floor not met: the mean over all stories and the worst story, per metric."""
    failures = []
    for name, floor in floors.items():
        higher, _ = METRICS[name]
        values = [r.values[name] for r in rows]
        worst_value = min(values) if higher else max(values)
        worst_story = rows[values.index(worst_value)].story
        average = sum(values) / len(values)
        ok_mean = average >= floor["mean"] - 1e-9 if higher else average <= floor["mean"] + 1e-9
        ok_worst = worst_value >= floor["worst"] - 1e-9 if higher else worst_value <= floor["worst"] + 1e-9
        if not ok_mean:
            failures.append(f"{name}: mean {average:.3f} {'below' if higher else 'above'} the floor {floor['mean']}")
        if not ok_worst:
            failures.append(f"{name}: {worst_story} at {worst_value:.3f}, {'below' if higher else 'above'} the floor {floor['worst']}")
    return failures
