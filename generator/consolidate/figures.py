"""Key figures, a timeline, and where the sources disagree.

Figures are the numbers the sources state (counts, percentages, quantities, money) with their sentence;
the timeline is the dates they state.  Disagreements are found three ways: the same fact (a group of
sentences from several sources) told with different numbers; the same entity spelled differently by
different sources; the same person or organisation introduced differently.
"""
from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from ..contents import AnalysedSource, Discrepancy, Entity, Figure, Variant
from .text import norm

FIGURE_LABELS = {"CARDINAL", "PERCENT", "QUANTITY", "MONEY"}
MONTHS = "january february march april may june july august september october november december".split()
MAGNITUDE = re.compile(r"\b(dozens|hundreds|thousands|millions|billions|tens of thousands|hundreds of thousands)\b", re.I)


def _is_key_figure(text: str, label: str) -> bool:
    if label in ("PERCENT", "QUANTITY", "MONEY"):
        return True
    return bool(re.search(r"\d", text) and not re.fullmatch(r"\d", text.strip())) or bool(MAGNITUDE.search(text))


def _is_dated(text: str) -> bool:
    low = text.lower()
    return bool(re.search(r"\b(1[89]|20)\d\d\b", low)) or any(m in low or m[:3] + "." in low for m in MONTHS)


def figures_and_timeline(analysed: tuple[AnalysedSource, ...]) -> tuple[tuple[Figure, ...], tuple[Figure, ...]]:
    order = {a.source.id: i for i, a in enumerate(analysed)}
    figures: dict[tuple[str, str], dict] = {}
    dates: dict[tuple[str, str], dict] = {}
    for a in analysed:
        for m in a.mentions:
            sentence = a.sentences[m.sentence].text
            if m.label in FIGURE_LABELS and _is_key_figure(m.text, m.label):
                _add(figures, "figure", m.text, sentence, a.source.id)
            elif m.label == "DATE" and _is_dated(m.text):
                _add(dates, "date", m.text, sentence, a.source.id)
    return _finish(figures, order), tuple(sorted(_finish(dates, order), key=lambda f: _date_key(f.text)))


def _add(table, kind, text, sentence, source):
    text = re.sub(r"^(the|about|roughly|some|nearly|around|more than|at least)\s+", "", text.strip(), flags=re.I)
    key_text = norm(text)
    for (k, _), item in table.items():
        if k == key_text and fuzz.token_set_ratio(norm(sentence), norm(item["context"])) >= 60:
            item["sources"].add(source)
            return
    table[(key_text, sentence)] = {"kind": kind, "text": text, "context": sentence, "sources": {source}}


def _finish(table, order) -> tuple[Figure, ...]:
    out = [Figure(v["kind"], v["text"], v["context"], tuple(sorted(v["sources"], key=order.__getitem__))) for v in table.values()]
    out.sort(key=lambda f: (-len(f.sources), order[f.sources[0]], f.text))
    return tuple(out)


def _date_key(text: str) -> tuple:
    low = text.lower()
    year = re.search(r"\b(1[89]|20)\d\d\b", low)
    month = next((i for i, m in enumerate(MONTHS) if m in low or m[:3] + "." in low), 99)
    day = re.search(r"\b([0-3]?\d)\b", re.sub(r"\b(1[89]|20)\d\d\b", "", low))
    return (int(year.group(0)) if year else 9999, month, int(day.group(1)) if day else 0, text)


# ----------------------------------------------------------------------------------------- disagreements


def discrepancies(brief_sentences, entities: tuple[Entity, ...], analysed: tuple[AnalysedSource, ...]) -> tuple[Discrepancy, ...]:
    order = {a.source.id: i for i, a in enumerate(analysed)}
    out: list[Discrepancy] = []
    out.extend(_number_conflicts(brief_sentences, analysed, order))
    out.extend(_spelling_conflicts(entities, analysed, order))
    out.extend(_description_conflicts(entities, order))
    return tuple(out)


def _number_conflicts(brief_sentences, analysed, order):
    """Within one fact reported by several sources, different figures of the same kind."""
    mentions_by_sentence = defaultdict(list)
    for a in analysed:
        for m in a.mentions:
            if m.label in FIGURE_LABELS | {"DATE"}:
                mentions_by_sentence[(a.source.id, a.sentences[m.sentence].text)].append(m)
    out = []
    for bs in brief_sentences:
        if len(bs.evidence) < 2:
            continue
        by_label: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for ev in bs.evidence:
            for m in mentions_by_sentence.get((ev.source, ev.text), []):
                if m.label == "DATE" and not _is_dated(m.text):
                    continue
                if m.label == "CARDINAL" and not _is_key_figure(m.text, m.label):
                    continue
                by_label[m.label][norm(re.sub(r"^(the|about|roughly|some|nearly|around)\s+", "", m.text, flags=re.I))].add(ev.source)
        for label, values in sorted(by_label.items()):
            if len(values) < 2:
                continue
            # a value every source states is not a disagreement; need sources that state one but not the other
            holders = list(values.values())
            if any(a <= b or b <= a for i, a in enumerate(holders) for b in holders[i + 1:]):
                continue
            variants = tuple(Variant(text, tuple(sorted(srcs, key=order.__getitem__))) for text, srcs in sorted(values.items()))
            out.append(Discrepancy(topic=f"{_label_topic(label)} in: {bs.text}", variants=variants))
    return out


def _label_topic(label: str) -> str:
    return {"DATE": "Date", "PERCENT": "Percentage", "MONEY": "Amount", "QUANTITY": "Quantity"}.get(label, "Number")


def _spelling_conflicts(entities, analysed, order):
    out = []
    for e in entities:
        spellings: dict[str, set[str]] = defaultdict(set)
        for ref in e.mentions:
            for word in ref.text.split():
                spellings[word.strip("’'s.,")].add(ref.source)
        variants = []
        words = sorted(spellings, key=lambda w: (-len(spellings[w]), w))
        for i, w in enumerate(words):
            for v in words[i + 1:]:
                if w != v and w.lower() != v.lower() and w[:3].lower() == v[:3].lower() and 80 <= fuzz.ratio(w.lower(), v.lower()) < 100 and not (w.lower().startswith(v.lower()) and len(w) - len(v) > 2):
                    variants.append((w, v))
        if variants:
            forms = sorted({x for pair in variants for x in pair}, key=lambda w: (-len(spellings[w]), w))
            out.append(Discrepancy(
                topic=f"Spelling of {e.name}",
                variants=tuple(Variant(f, tuple(sorted(spellings[f], key=order.__getitem__))) for f in forms),
            ))
    return out


def _description_conflicts(entities, order):
    out = []
    for e in entities:
        if e.type != "person" or len(e.roles) < 2:
            continue
        by_source = {r.text: r.sources for r in e.roles}
        all_sources = {s for r in e.roles for s in r.sources}
        if len(all_sources) < 2:
            continue
        out.append(Discrepancy(
            topic=f"How sources describe {e.name}",
            variants=tuple(Variant(text, tuple(sorted(srcs, key=order.__getitem__))) for text, srcs in by_source.items()),
        ))
    return out
