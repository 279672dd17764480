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
from .text import norm, span_text

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
    by_text: dict[tuple[str, str], list[dict]] = {}  # blocking: a figure is compared only with the same figure
    for a in analysed:
        for m in a.mentions:
            sentence = a.sentences[m.sentence].text
            if m.label in FIGURE_LABELS and _is_key_figure(m.text, m.label):
                _add(figures, "figure", m.text, sentence, a.source.id, by_text)
            elif m.label == "DATE" and _is_dated(m.text):
                _add(dates, "date", m.text, sentence, a.source.id, by_text)
    return _key_figures(_finish(figures, order)), tuple(sorted(_finish(dates, order), key=lambda f: _date_key(f.text)))


KEY_FIGURES = 12


def _key_figures(figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """The figures worth a table: written in digits first, then the most reported; one per sentence."""
    ranked = sorted(figures, key=lambda f: (not re.search(r"\d", f.text), -len(f.sources)))
    out, contexts = [], set()
    for f in ranked:
        if f.context in contexts:
            continue
        contexts.add(f.context)
        out.append(f)
    return tuple(out[:KEY_FIGURES])


def _add(table, kind, text, sentence, source, by_text):
    """Count the figure for `source`, merged with the same figure stated in a similar sentence.  Only the items
    with the same figure are compared (not the whole table), so the cost grows with the corpus, not its square."""
    text = re.sub(r"^(the|about|roughly|some|nearly|around|more than|at least)\s+", "", text.strip(), flags=re.I)
    key_text = norm(text)
    same = by_text.setdefault((kind, key_text), [])
    context = norm(sentence)
    for item in same:
        if item["context"] == sentence or fuzz.token_set_ratio(context, item["norm"]) >= 60:
            item["sources"].add(source)
            return
    item = {"kind": kind, "text": text, "context": sentence, "norm": context, "sources": {source}}
    table[(key_text, sentence)] = item
    same.append(item)


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
    out.extend(_number_conflicts(analysed, order))
    out.extend(_spelling_conflicts(entities, analysed, order))
    out.extend(_description_conflicts(entities, order))
    return tuple(out)


# What a number counts, for comparing counts across sources.  Generic news vocabulary, keyed by lemma.
CONCEPTS = {
    "Death toll": {"kill", "die", "dead", "death", "life", "fatality", "toll", "victim", "body", "perish", "killed", "deadly"},
    "Missing": {"missing", "unaccounted"},
    "Injured": {"injure", "injured", "wound", "wounded", "hurt", "injury"},
    "Displaced": {"displace", "displaced", "flee", "evacuate", "evacuation", "homeless"},
    "Homes and buildings destroyed": {"home", "house", "building", "structure", "residence"},
}
APPROXIMATE = [
    (r"hundreds of millions", 1e8, 1e9), (r"tens of millions", 1e7, 1e8), (r"millions", 1e6, 1e7),
    (r"hundreds of thousands", 1e5, 1e6), (r"tens of thousands", 1e4, 1e5), (r"thousands", 1e3, 1e4),
    (r"hundreds", 1e2, 1e3), (r"dozens", 24, 100), (r"scores", 40, 100),
]
NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
SCALE = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}


def parse_value(text: str) -> tuple[float, float] | None:
    """The value of a stated count as a range: "85" -> (85, 85), "tens of thousands" -> (1e4, 1e5)."""
    low = text.lower().replace(",", "")
    if re.search(r"%|percent|per cent|half|third|quarter|fifth|tenth", low):
        return None  # a share, not a count
    for pattern, a, b in APPROXIMATE:
        if re.search(rf"\b{pattern}\b", low):
            return (a, b - 1)
    number = re.search(r"\d+(?:\.\d+)?", low)
    if number:
        value = float(number.group(0))
    else:
        word = next((NUMBER_WORDS[w] for w in re.findall(r"[a-z]+", low) if w in NUMBER_WORDS), None)
        if word is None:
            return None
        value = float(word)
    scale = next((v for k, v in SCALE.items() if re.search(rf"\b{k}s?\b", low)), 1.0)
    return (value * scale, value * scale)


def _counted(sentence, m) -> tuple[str | None, str, int | None]:
    """(concept, counted word) for a number mention: what it counts, from the parse around it."""
    toks = sentence.tokens
    span = range(m.token_start, m.token_end)
    head = next((t for t in toks[m.token_start:m.token_end] if t.head not in span or t.head == t.i), None)
    if head is None:
        return None, "", None
    counted = None
    if head.dep == "nummod" and head.head not in span:
        counted = toks[head.head]
    else:
        of = next((t for t in toks if t.head in span and t.text.lower() == "of" and t.i >= m.token_end), None)
        pobj = next((t for t in toks if of is not None and t.head == of.i and t.dep == "pobj"), None)
        after = toks[m.token_end] if m.token_end < len(toks) else None
        counted = pobj or (after if after is not None and after.pos in ("NOUN", "ADJ") else None)
    if counted is not None and counted.pos == "PROPN":
        # "Seven US Navy and JMSDF ships": the count is of the coordinated noun
        counted = next((t for t in toks if t.head == counted.i and t.dep == "conj" and t.pos == "NOUN"), counted)
    words = {t.lemma.lower() for t in ([counted] if counted else [])}
    # the governing verb or adjective: "killed at least 85 people", "85 people died", "left ... dead"
    anchor = counted or head
    seen, j = 0, anchor.i
    while seen < 3 and toks[j].head != j:
        j = toks[j].head
        if toks[j].pos in ("VERB", "ADJ"):
            words.add(toks[j].lemma.lower())
            break
        seen += 1
    for t in toks:
        if t.head == anchor.i and t.pos in ("ADJ", "VERB") and t.dep in ("amod", "acl", "relcl"):
            words.add(t.lemma.lower())
    at = counted.i if counted is not None else None
    for concept, vocabulary in CONCEPTS.items():
        if words & vocabulary:
            return concept, counted.text if counted else "", at
    if counted is None or counted.pos != "NOUN":
        # "The number of people still missing ... dropped to 249": the one kind of count the sentence names
        named = [c for c, vocabulary in CONCEPTS.items() if {t.lemma.lower() for t in toks} & vocabulary]
        if len(named) == 1:
            return named[0], "", at
    return None, counted.lemma.lower() if counted is not None and counted.pos == "NOUN" else "", at


def _number_conflicts(analysed, order):
    """Counts of the same thing that differ between sources (a death toll, the number missing, ships)."""
    found: dict[str, list[tuple[tuple[float, float], str, str, str]]] = defaultdict(list)
    for a in analysed:
        for m in a.mentions:
            if m.label not in ("CARDINAL", "QUANTITY"):
                continue
            sentence = a.sentences[m.sentence]
            value = parse_value(m.text)
            if value is None:
                continue
            concept, word, at = _counted(sentence, m)
            if concept is None and not word:
                continue
            topic = concept or f"Number of {word}" + ("" if word.endswith("s") else "s")
            # the figure with what it counts, as written: "tens of thousands of lives"
            end = at + 1 if at is not None and m.token_end <= at <= m.token_end + 12 else m.token_end
            phrase = span_text(sentence.tokens[m.token_start:end])
            found[topic].append((value, phrase, a.source.id, sentence.text))
    out = []
    for topic, items in sorted(found.items()):
        sources = {src for _, _, src, _ in items}
        if len(sources) < 2:
            continue
        by_value: dict[tuple[float, float], dict] = {}
        for value, phrase, src, context in items:
            entry = by_value.setdefault(value, {"phrase": phrase, "sources": set(), "contexts": set()})
            entry["sources"].add(src)
            entry["contexts"].add(context)
        values = sorted(by_value)
        threshold = 0.15 if topic in CONCEPTS else 0.4
        # two counts conflict when their ranges do not overlap, no one source states both, and their sentences
        # speak of the same thing (the deaths of a war, not of three workers in one strike)
        conflicting = sorted({
            x for v in values for w in values if v < w
            and _disjoint(v, w) and not (by_value[v]["sources"] & by_value[w]["sources"])
            and _related(by_value[v]["contexts"], by_value[w]["contexts"], threshold)
            for x in (v, w)
        })
        if len(conflicting) < 2:
            continue
        variants = tuple(
            Variant(by_value[v]["phrase"], tuple(sorted(by_value[v]["sources"], key=order.__getitem__)))
            for v in conflicting
        )
        out.append(Discrepancy(topic=topic, variants=variants))
    return out


def _disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Different values of one count: ranges that do not overlap, yet within a factor of 20 of each other
    (three workers killed in one strike and a war's death toll are different counts)."""
    if not (a[1] < b[0] or b[1] < a[0]):
        return False
    low, high = sorted((a, b))
    return high[0] <= 20 * max(low[1], 1)


def _related(a: set[str], b: set[str], threshold: float) -> bool:
    """Some sentence of one set shares enough content words with some sentence of the other."""
    def keys(texts):
        return [{w[:5] for w in norm(t).split() if len(w) > 3} for t in sorted(texts)[:5]]

    return any(len(x & y) >= threshold * min(len(x), len(y)) for x in keys(a) for y in keys(b) if x and y)


def _spelling_conflicts(entities, analysed, order):
    """One entity written differently: compare the names word by word (names of the same length only)."""
    out = []
    for e in entities:
        names = [e.name, *e.aliases]
        spellings: dict[str, set[str]] = defaultdict(set)
        for ref in e.mentions:
            for word in ref.text.split():
                spellings[word].add(ref.source)
        pairs = set()
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                wa, wb = a.split(), b.split()
                if len(wa) != len(wb):
                    continue
                for x, y in zip(wa, wb):
                    if x == y or x.replace(".", "") == y.replace(".", "") or x.lower() == y.lower():
                        continue
                    # a variant: close spelling, the same letters and digits ("C2-A"/"C-2A"), or the same ordinal
                    same_chars = re.sub(r"\W", "", x.lower()) == re.sub(r"\W", "", y.lower())
                    if fuzz.ratio(x.lower(), y.lower()) >= 75 or same_chars or norm(x) == norm(y):
                        pairs.add(tuple(sorted((x, y))))
        words = {w for pair in pairs for w in pair}
        if not words:
            continue
        # each written form that carries a variant, with the sources that write it ("Seventh Fleet" / "7th Fleet")
        forms: dict[str, set[str]] = defaultdict(set)
        for ref in e.mentions:
            if set(ref.text.split()) & words:
                forms[ref.text].add(ref.source)
        distinct = {}
        for form, srcs in sorted(forms.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            key = tuple(w for w in form.split() if w in words)
            distinct.setdefault(key, (form, set()))[1].update(srcs)
        if len(distinct) >= 2:
            out.append(Discrepancy(
                topic=f"Spelling of {e.name}",
                variants=tuple(Variant(form, tuple(sorted(srcs, key=order.__getitem__))) for form, srcs in distinct.values()),
            ))
    return out


def _description_conflicts(entities, order):
    out = []
    for e in entities:
        if e.type != "person" or len(e.roles) < 2 or not _disjoint_roles(e.roles):
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


FUNCTION_WORDS = {"of", "the", "a", "an", "to", "for", "and", "in", "on", "at", "with", "'s", "’s"}


def _disjoint_roles(roles) -> bool:
    """Sources introduce the person differently: two roles, stated by different sources, sharing no word."""
    def words(text):
        return {w for w in norm(text).split() if w not in FUNCTION_WORDS}

    return any(
        not set(a.sources) & set(b.sources) and not words(a.text) & words(b.text)
        for i, a in enumerate(roles) for b in roles[i + 1:]
    )
