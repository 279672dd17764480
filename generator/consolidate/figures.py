"""Key figures, a timeline, and where the sources disagree.

Figures are the numbers the sources state (counts, percentages, quantities, money) with their sentence;
the timeline is the dates they state.  Disagreements are found three ways: the same fact told with different
numbers (counts of the same kind, from the parse around each number; and any other measure, from the brief's
claims that state one fact but for their numbers); the same entity spelled differently by different sources;
the same person or organisation introduced differently.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from rapidfuzz import fuzz

from ..contents import AnalysedSource, Discrepancy, Entity, Figure, Tally, Variant
from .lang import forms, groups, names, pairs, shared_words, title_in_full, words
from .tuning import TUNING
from .claims import SAME_ACT, SCALE_NOUNS, Claim, Dated, same_fact, same_time, scale_reading, shared_content_words
from .story import Story
from .text import AGE_TOPIC, AMOUNT_TOPIC, CLOCK_TIME, DAY_TOPIC, TIME_NOUNS, TIME_TOPIC, DESCRIBED_TOPIC, MONTHS, NAME_TOPIC, SPELLING_TOPIC, WORD_SCALES, YEAR, british_or_american, number_in_words, derived, flight_code, different_versions, initials_inside, initials_of_given_names, NAME_JOINERS, norm, per_time, span_head, span_text, transliterated, without_particle, years_old

FIGURE_LABELS = {"CARDINAL", "PERCENT", "QUANTITY", "MONEY"}
MAGNITUDE = re.compile(r"\b(dozens|hundreds|thousands|millions|billions|tens of thousands|hundreds of thousands)\b", re.I)


def _is_key_figure(text: str, label: str) -> bool:
    if label in ("PERCENT", "QUANTITY", "MONEY"):
        return True
    return bool(re.search(r"\d", text) and not re.fullmatch(r"\d", text.strip())) or bool(MAGNITUDE.search(text))


def _is_dated(text: str) -> bool:
    low = text.lower()
    return bool(re.search(r"\b(1[89]|20)\d\d\b", low)) or any(m in low or m[:3] + "." in low for m in MONTHS)


def figures_and_timeline(analysed: Story | tuple[AnalysedSource, ...]) -> tuple[tuple[Figure, ...], tuple[Figure, ...]]:
    order = Story.of(analysed).order
    figures: dict[tuple[str, str], _Stated] = {}
    dates: dict[tuple[str, str], _Stated] = {}
    by_text: dict[tuple[str, str], list[_Stated]] = {}  # blocking: a figure is compared only with the same figure
    for a in analysed:
        for m in a.mentions:
            sentence = a.sentences[m.sentence].text
            if m.label in FIGURE_LABELS and _is_key_figure(m.text, m.label) and (m.label != "CARDINAL" or _counts_something(a.sentences[m.sentence], m)):
                _add(figures, "figure", m.text, sentence, a.source.id, by_text)
            elif m.label == "DATE" and _is_dated(m.text):
                _add(dates, "date", m.text, sentence, a.source.id, by_text)
    return _key_figures(_finish(figures, order)), tuple(sorted(_finish(dates, order), key=lambda f: _date_key(f.text)))


KEY_FIGURES = TUNING.key_figures


def _counts_something(sentence, m) -> bool:
    """A number is a figure when it counts something the sentence names ("11 crew members", "dozens of
    people", "the death toll rose to 64"), not when it is part of a name or a code ("Squadron (VRT) 12", "(LV
    106)", "Task Group 9") or stands alone."""
    toks = sentence.tokens
    head = span_head(toks, m.token_start, m.token_end)
    if head is None:
        return False
    up = toks[head.head]
    if head.dep in ("nummod", "quantmod", "amod", "compound") and up.pos == "NOUN" and up.i != head.i and not up.text.isupper():
        return True  # (not a code in capitals: "LV 106")
    # "dozens of people", "11 of the 12 crew"
    if any(t.head == head.i and t.dep == "prep" and t.text.lower() == "of"
           and any(c.head == t.i and c.dep == "pobj" and c.pos in ("NOUN", "PRON") for c in toks) for t in toks):
        return True
    if _counted(sentence, m)[0] is not None:
        return True  # "the death toll rose to 64": a count the sentence names
    # "the number of missing fell to 131", "the total stood at 40", "the count was 12": the value of a count
    verb = toks[up.head] if head.dep == "pobj" and up.dep == "prep" else up if head.dep in ("attr", "dobj") else None
    return verb is not None and any(t.head == verb.i and t.dep in ("nsubj", "nsubjpass") and t.lemma.lower() in COUNT_NOUNS
                                    for t in toks)


COUNT_NOUNS = words("count_nouns")


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


@dataclass
class _Stated:
    """A figure or date as the sources state it: the first sentence stating it, and every source that does."""

    kind: str  # "figure" or "date"
    text: str
    context: str  # the sentence
    norm: str  # the sentence's comparison key
    sources: set[str]


def _add(table: dict[tuple[str, str], _Stated], kind: str, text: str, sentence: str, source: str,
         by_text: dict[tuple[str, str], list[_Stated]]) -> None:
    """Count the figure for `source`, merged with the same figure stated in a similar sentence.  Only the items
    with the same figure are compared (not the whole table), so the cost grows with the corpus, not its square."""
    text = re.sub(r"^(the|about|roughly|some|nearly|around|more than|at least)\s+", "", text.strip(), flags=re.I)
    key_text = norm(text)
    same = by_text.setdefault((kind, key_text), [])
    context = norm(sentence)
    for item in same:
        if item.context == sentence or fuzz.token_set_ratio(context, item.norm) >= 60:
            item.sources.add(source)
            return
    item = _Stated(kind, text, sentence, context, {source})
    table[(key_text, sentence)] = item
    same.append(item)


def _finish(table: dict[tuple[str, str], _Stated], order: dict[str, int]) -> tuple[Figure, ...]:
    out = [Figure(v.kind, v.text, v.context, tuple(sorted(v.sources, key=order.__getitem__))) for v in table.values()]
    out.sort(key=lambda f: (-len(f.sources), order[f.sources[0]], f.text))
    return tuple(out)


def _date_key(text: str) -> tuple:
    low = text.lower()
    year = re.search(r"\b(1[89]|20)\d\d\b", low)
    month = next((i for i, m in enumerate(MONTHS) if m in low or m[:3] + "." in low), 99)
    day = re.search(r"\b([0-3]?\d)\b", re.sub(r"\b(1[89]|20)\d\d\b", "", low))
    return (int(year.group(0)) if year else 9999, month, int(day.group(1)) if day else 0, text)


# ----------------------------------------------------------------------------------------- disagreements


def discrepancies(entities: tuple[Entity, ...], analysed: Story | tuple[AnalysedSource, ...],
                  counted: dict[str, list[Count]] | None = None, claims: list[Claim] | None = None) -> tuple[Discrepancy, ...]:
    """Every disagreement between sources; `counted` is `counted_values(analysed)` and `claims` the brief's claims
    (claims.claims_of, vectorised) when the caller has them."""
    order = Story.of(analysed).order
    out: list[Discrepancy] = []
    out.extend(_number_conflicts(counted if counted is not None else counted_values(analysed), order))
    if claims is not None:
        out.extend(_measure_conflicts(claims, order, out))
        out.extend(_date_conflicts(claims, order))
    out.extend(_modifier_conflicts(analysed, order, {d.topic for d in out}))
    spelled = _spelling_conflicts(entities, order)
    out.extend(spelled)
    out.extend(_share_conflicts(analysed, order))
    out.extend(_not_spelled(_naming_conflicts(entities, order), spelled))
    out.extend(_written_form_conflicts(analysed, order))
    out.extend(_description_conflicts(entities, order))
    out.extend(_age_conflicts(entities, analysed, order))
    return tuple(out)


def _age_conflicts(entities, analysed, order):
    """A person's age set off after the name ("Anna Berg, 46,", "Anna Berg (46)", "Anna Berg, aged 46,", "Anna Berg,
    a 46-year-old nurse,"), given
    differently by different sources: one variant an age, with the name as each source writes it."""
    sentences = Story.of(analysed).sentences
    epithets = _epithet_ages(entities, analysed, sentences)
    for eid, found in _pronoun_ages(entities, analysed, sentences).items():
        epithets.setdefault(eid, []).extend(found)
    out = []
    for e in entities:
        if e.type != "person":
            continue
        ages: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # age -> written form -> sources
        for age, written, source in epithets.get(e.id, ()):
            ages[age][written].add(source)  # ("The 38-year-old left on Friday": the one named just before)
        for ref in e.mentions:
            sentence = sentences.get((ref.source, ref.sentence))
            found = _age_after(sentence, ref) if sentence is not None else None
            if found is not None:
                age, written = found
                ages[age][f"{ref.text}{written}"].add(ref.source)
                continue
            found = _age_before(sentence, ref) if sentence is not None else None
            if found is not None:  # ("the 31-year-old student Anna Berg")
                age, written = found
                ages[age][f"{written} {ref.text}".replace(" ,", ",")].add(ref.source)
        by_source = {age: set().union(*forms.values()) for age, forms in ages.items()}
        # (only ages no source gives both of: an article that gives two ages tells two times, "58, then 59 in May")
        clear = {age for age, srcs in by_source.items() if not any(srcs & other for a, other in by_source.items() if a != age)}
        if len(clear) >= 2:
            variants = []
            for age in sorted(clear):
                form, _ = max(ages[age].items(), key=lambda kv: (len(kv[1]), len(kv[0])))
                variants.append(Variant(form, tuple(sorted(by_source[age], key=order.__getitem__))))
            out.append(Discrepancy(topic=f"{AGE_TOPIC}{e.name}", variants=tuple(variants)))
    return out


def _epithet_ages(entities, analysed, sentences) -> dict[str, list[tuple[int, str, str]]]:
    """Ages given by an epithet that stands for a person named just before: "Erik Holm has been let go ... / The
    38-year-old left on Friday", "... stepped down on Monday. / ... thanked the 58-year-old surgeon for her
    work". Only "the N-year-old", with one noun at most and no name after it, outside quotations, and one person,
    and only one, named before it in its paragraph, or, none named there, in the paragraph before (outside
    quotations): that person's age, as (age, words, source), by entity id."""
    quoted = Story.of(analysed).quoted
    named: dict[tuple[str, int], list[tuple[int, str]]] = defaultdict(list)  # (source, paragraph) -> (start, entity id)
    for m, eid in _people_outside_quotations(entities, quoted):
        named[(m.source, m.paragraph)].append((m.start, eid))
    out: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for (source, _), sentence in sentences.items():
        toks = sentence.tokens
        for k, t in enumerate(toks):
            if t.text.lower() != "the" or (age := years_old(toks, k + 1)) is None or not 1 <= age <= 120:
                continue
            end = k + 6  # past "old"
            if end < len(toks) and toks[end].pos == "NOUN" and toks[end].text.islower() and toks[end - 1].head == end \
                    and toks[end].dep in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"):
                end += 1  # "the 58-year-old surgeon"
            if end < len(toks) and (toks[end].pos == "PROPN" or toks[end].text == "," and not (
                    end + 1 < len(toks) and toks[end + 1].text.lower() == "who")):
                continue  # a name after it, or a phrase set off: the name's own (_age_before), or not clear (but a
                # who-clause says more of the one it stands for: "The 46-year-old, who also runs ...")
            if any(a <= t.start < b for a, b in quoted[source][sentence.paragraph]):
                continue
            # the one person named before it in its paragraph ("When Erik Holm finally went, ... The 76-year-old
            # had survived ..."), or, none named there, in the paragraph before
            here = sorted({eid for start, eid in named[(source, sentence.paragraph)] if start < t.start})
            before = here or sorted({eid for _, eid in named[(source, sentence.paragraph - 1)]})
            if len(before) == 1:
                out[before[0]].append((age, span_text(toks[k:end]), source))
    return out


def _people_outside_quotations(entities, quoted) -> list:
    """(mention, entity id) of each mention of a person outside quotation marks: the narrative's naming."""
    return [(m, e.id) for e in entities if e.type == "person" for m in e.mentions
            if not any(a <= m.start < b for a, b in quoted[m.source][m.paragraph])]


def _pronoun_ages(entities, analysed, sentences) -> dict[str, list[tuple[int, str, str]]]:
    """Ages told in a sentence of their own, "He was 83." / "She is 46.", right after a sentence of its paragraph
    that names one person, and only one, outside quotations ("Erik Holm died on Sunday at his home. He was 83."):
    that person's age, as (age, words, source), by entity id."""
    named: dict[tuple[str, int], set[str]] = defaultdict(set)  # (source, sentence) -> people named there
    for m, eid in _people_outside_quotations(entities, Story.of(analysed).quoted):
        named[(m.source, m.sentence)].add(eid)
    out: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for (source, index), sentence in sentences.items():
        words = [t for t in sentence.tokens if t.pos != "PUNCT"]
        if len(words) != 3 or words[0].text.lower() not in ("he", "she") or words[1].lemma != "be" or not words[2].text.isdigit():
            continue
        before = sentences.get((source, index - 1))
        people = named.get((source, index - 1), set())
        if before is None or before.paragraph != sentence.paragraph or len(people) != 1 or not 1 <= int(words[2].text) <= 120:
            continue
        out[next(iter(people))].append((int(words[2].text), span_text(words), source))
    return out


def _age_after(sentence, ref) -> tuple[int, str] | None:
    """The age set off right after a mention of a name, with its words as they follow the name (", 46", ", a
    46-year-old", ", who was 46"), or the age the person died at (" died at 84"), or None."""
    toks = sentence.tokens
    end = next((k for k, t in enumerate(toks) if t.start >= ref.end), len(toks))
    if end == 0 or toks[end - 1].start >= ref.end:
        return None
    died = _died_at(toks, next((k for k, t in enumerate(toks) if t.start >= ref.start), end - 1), end)
    if died is not None:
        return died
    if end + 1 >= len(toks) or toks[end].text not in (",", "("):
        return None
    k = end + 1
    if toks[k].text.lower() == "who" and k + 2 < len(toks) and toks[k + 1].lemma == "be" and toks[k + 2].text.isdigit() \
            and (k + 3 == len(toks) or toks[k + 3].text in (",", ".", ";", ")")):
        age = int(toks[k + 2].text)  # in a relative clause: "Anna Berg, who was 70, ran the bakery"
        return (age, f", who {toks[k + 1].text.lower()} {age}") if 1 <= age <= 120 else None
    if toks[k].text.lower() == "aged" and k + 1 < len(toks):
        k += 1
    apposed = years_old(toks, k + 1) if toks[k].text.lower() in ("a", "an", "the") and k + 5 < len(toks) else None
    if apposed is not None:  # in apposition: "Anna Berg, a 33-year-old nurse,", "Erik Holm, the 61-year-old mayor,"
        # (with the words of what she is: "a 24-year-old night nurse", "a 31-year-old Vestrian fisherman")
        words = k + 6
        while words < len(toks) and words < k + 6 + AGE_NOUN_WORDS and toks[words].pos in ("NOUN", "ADJ") and toks[words].ent in ("", "NORP"):
            words += 1
        what = "".join(f" {t.text}" for t in toks[k + 6:words])
        return (apposed, f", {toks[k].text} {toks[k + 1].text}-year-old{what}") if 1 <= apposed <= 120 else None
    closing = toks[k + 1].text if k + 1 < len(toks) else "."
    if not toks[k].text.isdigit() or closing not in (",", ")", ".", ";"):
        return None
    age = int(toks[k].text)
    return (age, f", {age}") if 1 <= age <= 120 else None




def _age_before(sentence, ref) -> tuple[int, str] | None:
    """The age in a title or a noun phrase right before a name ("the 31-year-old student Anna Berg", "a seven-year-old
    girl, Anna Berg,"): a determiner, "N-year-old", up to AGE_NOUN_WORDS nouns or adjectives, a comma perhaps, then
    the name; or "N-year-old" right before the name ("The skipper, 44-year-old Erik Holm,"); with its words as
    written before the name."""
    toks = sentence.tokens
    start = next((k for k, t in enumerate(toks) if t.start >= ref.start), None)
    if start is None or start == 0:
        return None
    j = start - 1
    if toks[j].text == ",":
        j -= 1
    nouns = 0
    while j >= 0 and toks[j].text.lower() != "old" and toks[j].pos in ("NOUN", "ADJ", "PROPN") and not toks[j].ent and nouns < AGE_NOUN_WORDS:
        j, nouns = j - 1, nouns + 1
    if j < 4 or toks[j].text.lower() != "old":
        return None
    # (a determiner before the age and a noun after it; with no noun, the age right before the name, whatever comes
    # before it: "The skipper, 44-year-old Erik Holm,", "firefighters carried 61-year-old Erik Holm out", "a catch by
    # 27-year-old Erik Holm")
    # (but "a" or "an" right before an age and a name is the person at a stage of life: "a 19-year-old Holm first
    # sailed north", years before the story)
    opener = toks[j - 5].text.lower() if j >= 5 else ""
    if not (opener in ("a", "an", "the") and nouns > 0 or nouns == 0 and opener not in ("a", "an")):
        return None
    age = years_old(toks, j - 4)
    if age is None or not 1 <= age <= 120:
        return None
    written = span_text(toks[j - 5 if opener in ("a", "an", "the") else j - 4:start])
    return age, written[:1].lower() + written[1:]


AGE_NOUN_WORDS = TUNING.age_noun_words


def _died_at(toks, start: int, end: int) -> tuple[int, str] | None:
    """The age a person died at, from the verb "die" whose subject is the name at toks[start:end] (or a relative
    clause on it): "Anna Berg died on Sunday at 84", "Anna Berg, who died aged 83 after a long illness"; the number
    must stand alone ("died at 10 a.m." is a time)."""
    names = range(start, end)
    verbs = [t for t in toks if t.lemma == "die" and t.pos == "VERB" and (
        t.dep == "relcl" and t.head in names
        or any(c.dep == "nsubj" and c.head == t.i and c.i in names for c in toks))]
    for v in verbs:
        for k, t in enumerate(toks):
            if t.text.lower() not in ("at", "aged") or k + 1 >= len(toks) or not toks[k + 1].text.isdigit():
                continue
            if not _governed_by(toks, k, v.i) or k + 2 < len(toks) and toks[k + 2].text not in (",", ".", ";", ")", "after", "at", "in", "of", "on"):
                continue
            age = int(toks[k + 1].text)
            return (age, f" died {t.text.lower()} {age}") if 1 <= age <= 120 else None
    return None


def _governed_by(toks, k: int, head: int) -> bool:
    """toks[k] lies under toks[head] in the parse (its head's head's ... is toks[head]), within the clause: no other
    verb between them."""
    for _ in range(len(toks)):
        if toks[k].head == head:
            return True
        if toks[k].head == k or toks[toks[k].head].pos in ("VERB", "AUX"):
            return False
        k = toks[k].head
    return False


# What a number counts, for comparing counts across sources (generic news vocabulary, keyed by lemma).
CONCEPTS = groups("counted_concepts")
CONCEPT_ACTIONS = groups("counted_concept_actions")  # what some kinds of count also need ("destroyed" homes)
APPROXIMATE = [
    (r"hundreds of millions", 1e8, 1e9), (r"tens of millions", 1e7, 1e8), (r"millions", 1e6, 1e7),
    (r"hundreds of thousands", 1e5, 1e6), (r"tens of thousands", 1e4, 1e5), (r"thousands", 1e3, 1e4),
    (r"hundreds", 1e2, 1e3), (r"dozens", 24, 100), (r"scores", 40, 100),
]


# words that say a round number is rounded, and on which side of it the true number lies (lang/rounding_words.txt)
ROUNDING_SIDE = {w: side for side, ws in groups("rounding_words").items() for w in ws}
_ROUNDING_WORDS = "|".join(sorted(map(re.escape, ROUNDING_SIDE), key=len, reverse=True))
ROUNDED = re.compile(rf"^({_ROUNDING_WORDS})\s+\d")
ROUNDED_BEFORE = re.compile(rf"\b({_ROUNDING_WORDS})\s*$")




def parse_value(text: str) -> tuple[float, float] | None:
    """The value of a stated count as a range: "85" -> (85, 85), "tens of thousands" -> (1e4, 1e5)."""
    low = text.lower().replace(",", "")
    if re.search(r"%|percent|per cent|half|third|quarter|fifth|tenth", low):
        return None  # a share, not a count
    if CLOCK_TIME.search(low):
        return None  # a time of day, not a count ("18:15 — Count rises to 9": a live page's entry time)
    for pattern, a, b in APPROXIMATE:
        if re.search(rf"\b{pattern}\b", low):
            return (a, b - 1)
    number = re.search(r"\d+(?:\.\d+)?", low)
    if not number:  # written in words, scale and all: "forty-eight", "two hundred and fifty", "three million"
        in_words = number_in_words(low)
        return None if in_words is None else (in_words, in_words)
    value = float(number.group(0))
    scale = next((v for k, v in WORD_SCALES.items() if re.search(rf"\b{k}s?\b", low)), 1.0)
    rounded = ROUNDED.match(low)
    if rounded is not None and ROUNDING_SIDE[rounded.group(1)] == "at most":
        return (0.0, value * scale)  # "no more than 90 people": a limit, which any smaller count keeps
    if rounded is not None and value >= 1 and value == int(value):
        # a round number with a word that says on which side of it the true one lies stands for the numbers it
        # rounds: "more than 12,000" agrees with 12,400, "nearly 200" with 196; not "at least 41", a count confirmed
        # so far, which 57 disputes, nor "about 1,000", an estimate, which 960 disputes
        digits = str(int(value))
        unit = 10 ** (len(digits) - len(digits.rstrip("0"))) * scale
        word = rounded.group(1)
        if unit > scale:
            return (value * scale - unit, value * scale) if ROUNDING_SIDE[word] == "below" else (value * scale, value * scale + unit)
    return (value * scale, value * scale)


def _counted(sentence, m) -> tuple[str | None, str, int | None]:
    """(concept, counted word) for a number mention: what it counts, from the parse around it."""
    toks = sentence.tokens
    span = range(m.token_start, m.token_end)
    head = span_head(toks, m.token_start, m.token_end)
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
    if counted is None and head.dep == "pobj" and toks[head.head].text.lower() in ("to", "at"):
        # "bringing the number of confirmed cases to 87", "the total of homes lost stood at 40": what the one
        # count noun of the sentence counts
        totals = [t for t in toks if t.lemma.lower() in COUNT_NOUNS and t.pos == "NOUN"]
        nouns = [c for t in totals for o in toks if o.head == t.i and o.dep == "prep" and o.text.lower() == "of"
                 for c in toks if c.head == o.i and c.dep == "pobj" and c.pos == "NOUN"]
        counted = nouns[0] if len(totals) == 1 and len(nouns) == 1 else None
    if counted is not None and counted.pos == "PROPN":
        # "Seven Coast Guard and police boats": the count is of the coordinated noun
        counted = next((t for t in toks if t.head == counted.i and t.dep == "conj" and t.pos == "NOUN"), counted)
    # the counted word as lemma and as written ("30 missing": the lemma of "missing" is "miss")
    words = {w for t in ([counted] if counted else []) for w in (t.lemma.lower(), t.text.lower())}
    # the governing verb or adjective: "killed at least 40 people", "40 people died", "left ... dead"
    anchor = counted or head
    seen, j = 0, anchor.i
    while seen < 3 and toks[j].head != j:
        j = toks[j].head
        if toks[j].pos in ("VERB", "ADJ", "AUX"):
            words.update((toks[j].lemma.lower(), toks[j].text.lower()))  # (the lemma of "missing" is "miss")
            # and what it says of the count: "500 remain missing", "475 are unaccounted for"
            said = [t for t in toks if t.head == j and t.dep in ("acomp", "oprd", "xcomp")]
            words.update(t.text.lower() for t in said)
            # (and the participle the tagger hung on it: "leaving 16 trapped underground")
            words.update(w for c in said for t in toks if t.head == c.i and t.dep == "amod" and t.pos in ("ADJ", "VERB")
                         for w in (t.lemma.lower(), t.text.lower()))
            break
        seen += 1
    if m.token_start > 0 and toks[m.token_start - 1].pos == "VERB":
        words.add(toks[m.token_start - 1].lemma.lower())  # "killed at least 40 people" (however it is parsed)
    for t in toks:
        if t.head == anchor.i and t.pos in ("ADJ", "VERB") and t.dep in ("amod", "acl", "relcl"):
            words.update((t.lemma.lower(), t.text.lower()))  # "14 people missing" (lemma "miss")
    at = counted.i if counted is not None else None
    if counted is not None and _population(toks, counted):
        return POPULATION_TOPIC, counted.text, at
    nationality = _nationality(toks, head, counted)
    if nationality is not None:
        # people of one nationality ("34 Peruvians were among the dead", "60 were Chilean", "12 Bolivian
        # nationals"): a count of its own, a part of any toll
        return None, nationality[0], nationality[1]
    sentence_words = {t.lemma.lower() for t in toks} | {t.text.lower() for t in toks}
    for concept, vocabulary in CONCEPTS.items():
        if words & vocabulary and (concept not in CONCEPT_ACTIONS or sentence_words & CONCEPT_ACTIONS[concept]):
            return concept, counted.text if counted else "", at
    if counted is None and head.dep == "pobj" and toks[head.head].text.lower() in ("to", "at"):
        # "the coastguard put the toll at 7, with 12 stranded": the count the verb's own subject or object names
        verb = toks[head.head].head
        for t in toks:
            if t.head == verb and t.dep in ("nsubj", "nsubjpass", "dobj") and t.pos == "NOUN":
                named_by = [c for c, vocabulary in CONCEPTS.items() if t.lemma.lower() in vocabulary]
                if named_by:
                    return named_by[0], "", at
    own_verb, k = False, head.i  # the verb the number is an argument of, with no preposition between
    for _ in range(3):
        if toks[k].head == k or toks[k].pos == "ADP":
            break
        k = toks[k].head
        if toks[k].pos == "VERB":
            own_verb = True
            break
    if (counted is None or counted.pos != "NOUN") and m.label == "CARDINAL" and not own_verb:
        # "The number of people still unaccounted for ... fell to 12": the one kind of count the sentence names (not a
        # measure: "winds of 160 km/h" in a sentence about a death is no death toll); but a number that is the subject
        # or the object of a verb of its own counts what that verb says ("6 were killed and 18 were stranded": the
        # 18 are no deaths)
        named = [c for c, vocabulary in CONCEPTS.items() if {t.lemma.lower() for t in toks} & vocabulary
                 and (c not in CONCEPT_ACTIONS or sentence_words & CONCEPT_ACTIONS[c])]
        if len(named) == 1:
            return named[0], "", at
    return None, counted.lemma.lower() if counted is not None and counted.pos == "NOUN" else "", at


def _nationality(toks, head, counted) -> tuple[str, int] | None:
    """The nationality a count of people is of, as a plural ("Peruvians", "Dutch"): the counted word itself ("34
    Peruvians"), the nationality before a noun for people ("12 Bolivian nationals", "14 Chilean students"), or what a
    copula says the counted are ("60 were Chilean", "19 of the dead were Chilean citizens"); with where the word
    for them stands; or None."""
    def of_people(t) -> str | None:
        if t.ent == "NORP" and t.text[:1].isupper() and t.pos in ("PROPN", "NOUN", "ADJ"):
            return t.text
        if t.pos == "NOUN" and t.lemma.lower() in PEOPLE_COUNTED:
            adjective = next((a for a in toks if a.head == t.i and a.dep == "amod" and a.ent == "NORP" and a.text[:1].isupper()), None)
            return adjective.text if adjective is not None else None
        return None

    found = (of_people(counted), counted.i) if counted is not None else (None, -1)
    if found[0] is None and counted is None and head.dep == "nsubj" and toks[head.head].lemma == "be":
        found = next(((w, t.i) for t in toks if t.head == head.head and t.dep in ("acomp", "attr") and (w := of_people(t))), found)
    word, at = found
    if word is None:
        return None
    return (word if word.endswith("s") or not word.endswith(("an", "i")) else word + "s"), at  # "Chilean" -> "Chileans"


PEOPLE_COUNTED = words("people_counted")  # nouns for people a nationality before them counts ("12 Bolivian nationals")


POPULATION_TOPIC = "Population"
DWELLERS = {"people", "inhabitant", "inhabitants", "resident", "residents", "soul", "souls"}
PLACE_NOUNS = words("place_classes") | words("place_after")
SITE_NOUNS = words("site_nouns")


def _population(toks, counted) -> bool:
    """A number of people a place has: its people after a noun for a place and "of" ("a village of about
    1,800 people"), or said to be the place ("The village is about 900 people"), or its inhabitants ("the 40,000
    inhabitants of the valley")."""
    if counted.text.lower() not in DWELLERS and counted.lemma.lower() not in DWELLERS:
        return False
    if counted.lemma.lower() == "inhabitant":
        return True
    up = toks[counted.head]
    if counted.dep == "pobj" and up.text.lower() == "of" and toks[up.head].lemma.lower() in PLACE_NOUNS and toks[up.head].pos == "NOUN":
        return True
    return counted.dep == "attr" and up.lemma == "be" and any(
        t.head == up.i and t.dep == "nsubj" and t.lemma.lower() in PLACE_NOUNS for t in toks)


class Count(NamedTuple):
    """A number a source states, with what it counts."""

    value: tuple[float, float]  # as a range: "85" (85, 85), "tens of thousands" (1e4, 1e5 - 1)
    phrase: str  # the figure with what it counts, as written: "at least 40 people"
    source: str  # the source's id
    sentence: str  # the sentence that states it


def _bare_figure_words(toks, start: int, end: int) -> tuple[int, int]:
    """A figure written with no noun after it (`start`, `end`) shows the word that says what it counts: the
    adjective or participle after it ("11 missing", "140 rescued"), or the verb and preposition it completes
    ("the toll rose to 16", "stands at 12")."""
    span = range(start, end)
    head = span_head(toks, start, end)
    if end < len(toks) and toks[end].tag in ("JJ", "VBN", "VBG") and (
            toks[end].head in span or any(toks[k].head == end for k in span)
            or head is not None and toks[end].head == head.head != head.i and toks[end].dep in ("oprd", "ccomp", "xcomp", "acomp")):
        return start, end + 1  # (or its complement beside it: "leaving 11 missing")
    if start >= 2 and toks[start - 1].text.lower() in ("to", "at") and toks[start - 1].head == start - 2 \
            and toks[start - 2].pos == "VERB" and any(toks[k].head == start - 1 for k in span):
        return start - 2, end
    return start, end


def counted_values(analysed) -> dict[str, list[Count]]:
    """Every count the sources state, by what it counts ("Death toll", "Number of ships")."""
    found: dict[str, list[Count]] = defaultdict(list)
    clauses: dict[tuple[str, str, str], list[tuple[bool, Count]]] = defaultdict(list)
    place_sources: dict[str, set[str]] = defaultdict(set)
    for a in analysed:
        for m in a.mentions:
            if m.label in ("GPE", "LOC"):
                place_sources[norm(m.text)].add(a.source.id)
    for a in analysed:
        for m in a.mentions:
            if m.label == "MONEY":
                sentence = a.sentences[m.sentence]
                amount = _amount(m.text)
                if amount is not None and not _elsewhere(sentence, m, place_sources) and not _elsewhen(sentence, m):
                    found[f"{AMOUNT_TOPIC}{amount[1]}"].append(Count((amount[0], amount[0]), m.text, a.source.id, sentence.text))
                continue
            if m.label not in ("CARDINAL", "QUANTITY"):
                continue
            sentence = a.sentences[m.sentence]
            value = parse_value(m.text)
            if value is None or _elsewhere(sentence, m, place_sources) or _elsewhen(sentence, m) or _one_of(sentence, m) \
                    or _part_of_counted(sentence, m) or _supposed(sentence, m) or _in_a_compound_modifier(sentence, m) \
                    or any(scale_reading(sentence.tokens, j) is not None for j in range(m.token_start, m.token_end)):
                # (a reading on a scale counts nothing: "a magnitude 5.8 quake" is one quake; claims.measures reads it)
                continue
            concept, word, at = _counted(sentence, m)
            if concept is None and not word or _whole_of_part(sentence, m, at) or _with_the_attacker(sentence, at) \
                    or _rate(sentence, m, at):
                continue
            topic = concept or (f"{MARGIN_TOPIC}{_plural(word)}" if at is not None and _margin(sentence.tokens, at) else f"Number of {_plural(word)}")
            # the figure with what it counts, as written: "tens of thousands of lives"
            end = at + 1 if at is not None and m.token_end <= at <= m.token_end + 12 else m.token_end
            bounds = _bare_figure_words(sentence.tokens, m.token_start, end) if end == m.token_end else (m.token_start, end)
            phrase = span_text(sentence.tokens[slice(*bounds)])
            found[topic].append(Count(value, phrase, a.source.id, sentence.text))
            clauses[(a.source.id, sentence.text, topic)].append((_subordinate(sentence, m), found[topic][-1]))
    # "The death toll rose to 14 after two fishermen were found dead": a count in a subordinate clause of a
    # sentence whose main clause gives the same kind of count is a part of it, no version of it
    for (_source, _text, topic), told in clauses.items():
        if any(not sub for sub, _ in told):
            for sub, count in told:
                if sub:
                    found[topic].remove(count)
    return found


CURRENCIES = names("currencies")
# any form of a currency, longest first; a word only as a whole word ("rand", not in "grand") or written onto the
# number ("R400 million", "Rs250,000"), a symbol anywhere
CURRENCY_FORM = re.compile("|".join(re.escape(f) if not f.isalpha() else rf"\b{re.escape(f)}(?:\b|(?=\d))"
                                    for f in sorted(CURRENCIES, key=len, reverse=True)))
AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|mn|bn|tn|m|b|k)?\b", re.I)
AMOUNT_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
                "trillion": 1e12, "tn": 1e12}


def _amount(text: str) -> tuple[float, str] | None:
    """(value, currency) of an amount of money as written: "€3.2m" (3.2e6, "euros"), "3.5 million euros"; None
    when it names no currency it can read or no number."""
    low = text.lower()
    form = CURRENCY_FORM.search(low)
    number = AMOUNT.search(low.replace("us$", "$"))
    if form is None or number is None:
        return None
    currency = CURRENCIES[form.group(0)]
    scale = AMOUNT_SCALE.get((number.group(2) or "").lower(), 1.0)
    return float(number.group(1).replace(",", "")) * scale, currency


def _whole_of_part(sentence, m, at: int | None) -> bool:
    """'killing 23 of the 61 people on board': the 61 is the whole the count is part of, not what the verb counts."""
    if at is None:
        return False
    toks = sentence.tokens
    noun = toks[at]
    of = toks[noun.head] if noun.dep == "pobj" else None
    return (of is not None and of.text.lower() == "of" and toks[of.head].pos == "NUM"
            and not m.token_start <= of.head < m.token_end)  # (the part itself, "23 of the people", counts)


def _subordinate(sentence, m) -> bool:
    """The number stands in an adverbial clause ("after two fishermen were found dead")."""
    toks = sentence.tokens
    head = span_head(toks, m.token_start, m.token_end)
    j, seen = (head.i if head is not None else m.token_start), 0
    while toks[j].head != j and seen < 12:
        if toks[j].dep == "advcl":
            return True
        j, seen = toks[j].head, seen + 1
    return False


MARGIN_WORDS = words("margin_words")
MARGIN_TOPIC = "Margin in "  # a count that is the difference between two others ("Margin in votes")


def _margin(toks, at: int) -> bool:
    """The count of toks[at] (its noun) is a difference between two others: "won by 900 votes" (by, on a verb of
    winning or leading), "a margin of 812 votes" (of, on a noun for one), "fewer than 900 votes separated them" (the
    subject of a verb for one), "four points from safety", "five points adrift" (a word for one after it, or
    "from" a place in a table that no number counts, not a place or a building, nor one of a kind: "from a
    school"): lang/margin_words.txt."""
    noun = toks[at]
    up = toks[noun.head]
    if noun.dep == "pobj" and up.text.lower() in ("by", "of") and up.head != up.i and toks[up.head].lemma.lower() in MARGIN_WORDS:
        return True
    if noun.dep in ("nsubj", "nsubjpass") and up.lemma.lower() in MARGIN_WORDS and up.pos == "VERB":
        return True
    after = toks[at + 1] if at + 1 < len(toks) else None
    if after is None:
        return False
    if after.text.lower() == "from" and after.head == at:
        goal = next((t for t in toks if t.head == after.i and t.dep == "pobj"), None)
        return goal is not None and goal.pos == "NOUN" and not any(t.head == goal.i and t.dep == "nummod" for t in toks) \
            and goal.lemma.lower() not in TIME_NOUNS | PLACE_NOUNS | SITE_NOUNS \
            and not any(t.head == goal.i and t.dep == "det" and t.text.lower() in ("a", "an") for t in toks)
        # (not where the counted come from: "14 nurses from a clinic", "12 fishermen from the village")
    return after.lemma.lower() in MARGIN_WORDS and after.pos in ("ADJ", "ADV")


def _plural(noun: str) -> str:
    """The plural of a counted noun's lemma: "batches", "categories", "ships", "people", "men"; a nationality, capitalised,
    as it is ("Dutch", "Peruvians": _nationality)."""
    if noun[:1].isupper():
        return noun
    low = noun.lower()
    if low.endswith("s") or low in PLURAL_NOUNS:
        return noun
    if low in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[low]
    if low.endswith(("ch", "sh", "x", "z")):
        return noun + "es"
    if low.endswith("y") and low[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return noun[:-1] + "ies"
    return noun + "s"


def _one_of(sentence, m) -> bool:
    """'one of the reasons', 'one of those nine groups': one picked out of many, which counts nothing (unlike
    'three of her officers were hurt', the size of a part)."""
    toks = sentence.tokens
    return (m.token_end - m.token_start == 1 and toks[m.token_start].text.lower() in ("one", "1")
            and m.token_end < len(toks) and toks[m.token_end].text.lower() == "of")


PERPETRATORS = words("perpetrator_nouns")


def _with_the_attacker(sentence, at: int | None) -> bool:
    """'leaving five people dead, including the gunman': a count of victims and the attacker together (on the
    counted noun or on the verb it depends on), no version of the victims' count ("killing four people")."""
    if at is None:
        return False
    toks = sentence.tokens
    anchors = {at, toks[at].head}
    return any(t.text.lower() == "including" and t.head in anchors and any(
        c.head == t.i and c.dep == "pobj" and c.lemma.lower() in PERPETRATORS for c in toks) for t in toks)


def _in_a_compound_modifier(sentence, m) -> bool:
    """'a 12-tonne lorry', 'a three-stage rocket', 'a 30-minute walk': a number joined by a hyphen to the word after
    it measures that word, inside a modifier; it is no count of the noun modified."""
    toks = sentence.tokens
    last = next((t for t in reversed(toks[m.token_start:m.token_end]) if t.pos == "NUM"), None)
    if last is None or last.i + 2 >= len(toks):
        return False
    hyphen, word = toks[last.i + 1], toks[last.i + 2]
    return hyphen.text in ("-", "‐", "‑") and hyphen.start == last.start + len(last.text) and word.start == hyphen.start + 1 \
        and word.pos in ("NOUN", "ADJ") and word.dep in ("compound", "amod", "nmod")


SUPPOSING = {"would", "could", "might", "may"}


def _rate(sentence, m, at: int | None) -> bool:
    """'900 travellers a day', '40 patients per week', '200 flights daily': a count per stretch of time is a
    rate (a capacity, a usual flow), no count of what happened, and no version of one."""
    return per_time(sentence.tokens, max(m.token_end, (at + 1) if at is not None and at < m.token_end + 8 else m.token_end))


def _supposed(sentence, m) -> bool:
    """'A collapse of the Holm dam would kill 3,000 people and injure 9,000': a count of what would happen, not of
    what did; the verb the number hangs on (or the one its counted noun hangs on, or a verb that one completes)
    has "would", "could", "might" or "may"."""
    toks = sentence.tokens
    head = span_head(toks, m.token_start, m.token_end)
    j, seen = (head.i if head is not None else m.token_start), 0
    while seen < 4 and not (toks[j].pos in ("VERB", "AUX") and toks[j].dep not in ("amod", "compound")):
        if toks[j].head == j:
            return False
        j, seen = toks[j].head, seen + 1
    # (through the verbs it completes: "would be expected to flood 3,000 homes")
    for _ in range(3):
        modal = next((t for t in toks if t.head == j and t.tag == "MD" and t.lemma.lower() in SUPPOSING), None)
        if modal is not None:
            return not _announced(toks, j, modal)
        if toks[j].dep not in ("xcomp", "conj"):  # ("... to kill 3,000 people and injure 9,000")
            return False
        j = toks[j].head
    return False


def _announced(toks, verb: int, modal) -> bool:
    """'Nordvik said it would recall 1.4 million packs': "would" after a reporting verb, with a pronoun or a name
    for subject, tells what someone announced they will do (the future seen from the past), not a supposition
    ('engineers said a failure of the dam would kill 200 people')."""
    if modal.lemma.lower() != "would" or toks[verb].dep != "ccomp" or toks[toks[verb].head].lemma.lower() not in REPORTING_VERBS:
        return False
    subject = next((t for t in toks if t.head == verb and t.dep in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.pos == "PRON" and subject.text.lower() in PERSONAL_PRONOUNS or subject.pos == "PROPN")


REPORTING_VERBS = words("attribution_lemmas")  # (the verbs the quotes read as reporting speech)
PERSONAL_PRONOUNS = words("personal_pronouns")


SEVERITY_WORDS = words("severity_words")


def _part_of_counted(sentence, m) -> bool:
    """'Three of the wounded were in a critical condition', 'Two of the victims were fishermen', '31 people, three
    of them seriously', '33 people, six seriously': a part of a group the story counts, not a version of its count
    ("23 of the 61 people on board" died is one: the group is not what is counted)."""
    toks = sentence.tokens
    j = m.token_end
    i = m.token_start
    if j + 1 < len(toks) and toks[j].text.lower() == "of" and toks[j + 1].text.lower() in ("them", "whom"):
        j += 2  # ("three of them seriously")
    if 0 < i and toks[i - 1].text == "," and any(t.pos == "NUM" or t.ent == "CARDINAL" for t in toks[:i - 1]) and j < len(toks) \
            and (toks[j].text.lower() in SEVERITY_WORDS
                 or toks[j].text.lower() == "in" and any(t.text.lower() in SEVERITY_WORDS for t in toks[j + 1:j + 4])):
        # "injuring 31 people, three of them seriously", "33 people, six seriously", "nine people ..., two of them
        # in a critical condition": how many of the count just given are badly hurt (not "warrants for 20 people,
        # 12 of them detained": a count of its own)
        return True
    if j + 2 >= len(toks) or toks[j].text.lower() != "of" or toks[j + 1].text.lower() != "the":
        return False  # (not "tens of thousands of lives": what is counted, not a group it is part of)
    group = toks[j + 2]
    return group.pos in ("NOUN", "ADJ", "VERB") and any(group.lemma.lower() in vocabulary or group.text.lower() in vocabulary
                                               for vocabulary in CONCEPTS.values())


def tallies(counted: dict[str, list[Count]], order: dict[str, int]) -> tuple[Tally, ...]:
    """The story's counts of the kinds every news story counts (deaths, missing, injured, displaced, homes
    destroyed, arrests), each with every value stated and its sources, the most reported value first: what a later build
    compares to say that a toll was revised."""
    out = []
    for topic in CONCEPTS:
        by_value = _versions(counted.get(topic, ()))
        if by_value:
            ranked = sorted(by_value.items(), key=lambda kv: (-len(kv[1].sources), -max(order[s] for s in kv[1].sources), kv[0]))
            out.append(Tally(topic, tuple(
                Variant(version.phrase, tuple(sorted(version.sources, key=order.__getitem__))) for _, version in ranked)))
    return tuple(out)


def _modified_noun(toks, start: int, end: int) -> str | None:
    """The noun an amount or a measure written before it modifies ("an £8.6 million refurbishment", "a 24-storey
    block": refurbishment, block), its lemma; None when the figure modifies no noun right after it."""
    head = span_head(toks, start, end)
    if head is None or head.dep not in ("compound", "nmod", "amod", "nummod", "quantmod") or head.head < end \
            or head.head > end + 2:
        return None
    noun = toks[head.head]
    return noun.lemma.lower() if noun.pos == "NOUN" and noun.text.isalpha() and noun.text.islower() else None


def _modifier_conflicts(analysed, order, told: set[str]) -> list[Discrepancy]:
    """One thing's size or cost, which two sources give as different figures written before its noun ("an £8.6
    million refurbishment" / "the £10 million refurbishment"; "a 24-storey block" / "the 27-storey block"): the
    figure modifying the same noun, each source giving one figure of that kind for it (one that gives two
    speaks of two things), and no disagreement of that kind already told."""
    stated: dict[tuple[str, str], dict[str, set[tuple[float, str]]]] = defaultdict(lambda: defaultdict(set))
    for a in analysed:
        for m in a.mentions:
            if m.label != "MONEY":
                continue
            sentence = a.sentences[m.sentence]
            amount, noun = _amount(m.text), _modified_noun(sentence.tokens, m.token_start, m.token_end)
            if amount is not None and noun is not None:
                stated[(f"{AMOUNT_TOPIC}{amount[1]}", noun)][a.source.id].add((amount[0], m.text))
        for sentence in a.sentences:
            toks = sentence.tokens
            for t in toks:  # "a 24-storey block": a number, a hyphen and the unit, before the noun
                if t.pos == "NUM" and t.text.replace(".", "", 1).isdigit() and t.i + 2 < len(toks) and toks[t.i + 1].text in ("-", "‐") \
                        and toks[t.i + 2].pos == "NOUN" and toks[t.i + 2].text.isalpha() and toks[t.i + 2].lemma.lower() not in NOT_MEASURED:
                    noun = _modified_noun(toks, t.i, t.i + 3)
                    if noun is not None:
                        unit = toks[t.i + 2].lemma.lower()
                        stated[(f"Number of {_plural(unit)}", noun)][a.source.id].add((float(t.text), span_text(toks[t.i:t.i + 3])))
    out = []
    for (topic, _noun), by_source in sorted(stated.items()):
        if topic in told or len(by_source) < 2 or any(len({v for v, _ in vs}) != 1 for vs in by_source.values()):
            continue
        versions: dict[float, tuple[str, set[str]]] = {}
        for source, vs in by_source.items():
            value, phrase = next(iter(vs))
            versions.setdefault(value, (phrase, set()))[1].add(source)
        if len(versions) >= 2 and all(different_versions((v, v), (w, w)) for v in versions for w in versions if v < w):
            out.append(Discrepancy(topic=topic, variants=tuple(
                Variant(phrase, tuple(sorted(srcs, key=order.__getitem__))) for _, (phrase, srcs) in sorted(versions.items()))))
            told.add(topic)
    return out


NOT_MEASURED = {"year", "month", "week", "day", "hour", "minute", "second", "time"}  # ages and durations: read elsewhere


def _number_conflicts(found, order):
    """Counts of the same thing that differ between sources (a death toll, the number missing, ships)."""
    # two counts conflict when their ranges do not overlap, no one source states both, and their sentences
    # speak of the same thing (the deaths of a war, not of three workers in one strike); a kind of thing whose
    # sentences find no such pair may still be one quantity of the story (_one_quantity)
    def versions_of(v, w, by_value) -> bool:
        return different_versions(v, w) and not (by_value[v].sources & by_value[w].sources) \
            and not _states_the_other(by_value[v].phrase, w) and not _states_the_other(by_value[w].phrase, v)

    related = _conflicts(found, order, lambda topic, v, w, by_value: versions_of(v, w, by_value) and _related(
        by_value[v].sentences, by_value[w].sentences,
        TUNING.related_concept if topic in CONCEPTS else TUNING.related_amount if topic.startswith(AMOUNT_TOPIC) else TUNING.related_count,
        (by_value[v].phrase, by_value[w].phrase) if topic.startswith(AMOUNT_TOPIC) else ()))
    told = {d.topic for d in related}
    once = {topic: items for topic, items in found.items() if topic not in told and _one_quantity(topic, items)}
    return related + _conflicts(once, order, lambda _topic, v, w, by_value: versions_of(v, w, by_value))


GENERAL_KINDS = words("general_kinds")


def _one_quantity(topic: str, items: list[Count]) -> bool:
    """Every source that counts this kind of thing gives one number of it, however its sentences differ: "about
    100 firefighters fought the fire" / "some 120 firefighters were sent to the blaze" are two versions of the
    story's one number of firefighters.  Not for amounts of money or kinds of event (a story pays several sums,
    counts deaths of several events), nor a kind too general to be one quantity ("people", "cases";
    lang/general_kinds.txt; but a place's population is one, when the sources' figures are near each other),
    nor small counts (two sides, three countries are said of many groups in one story),
    nor vague ones ("hundreds of")."""
    values: dict[str, set[tuple[float, float]]] = defaultdict(set)
    for c in items:
        values[c.source].add(c.value)
    if topic == POPULATION_TOPIC:
        # (a place's population, each source giving one, all near each other: not two places' of one story)
        lows = [v[0] for vs in values.values() for v in vs]
        return len(values) >= 2 and all(len(vs) == 1 for vs in values.values()) and min(lows) > 0 \
            and max(lows) <= min(lows) * TUNING.population_spread
    if not topic.startswith("Number of ") or topic.removeprefix("Number of ").lower() in GENERAL_KINDS:
        return False
    return len(values) >= 2 and all(len(vs) == 1 for vs in values.values()) and all(
        v[0] >= TUNING.one_quantity_min and v[1] <= v[0] * TUNING.one_quantity_spread for vs in values.values() for v in vs)


def _states_the_other(phrase: str, value: tuple[float, float]) -> bool:
    """The count's phrase holds the other value itself: "15,000 of the 20,000 homes" counts a part of the
    20,000 homes another source counts, and agrees with it."""
    return value[0] == value[1] and any(float(n) == value[0] for n in re.findall(r"\d+(?:\.\d+)?", phrase.replace(",", "")))


def _measure_conflicts(claims: list[Claim], order, counts: list[Discrepancy]) -> list[Discrepancy]:
    """One fact two sources tell with different values of one measure ("repairs within 6 to 36 hours" /
    "repairs within 6 to 18 hours"): the two claims state the same fact but for their numbers (claims.same_fact), the numbers
    measure the same unit, and no source states both values (one that does speaks of two things: "the first
    bridge is 120 metres long, the second 140").  Not again what a count's disagreement (`counts`)
    already holds.  Each claim is compared with at most TUNING.candidates others of its unit, and each source
    gives at most TUNING.candidates measures of a unit."""
    by_unit: dict[str, list[tuple[Claim, frozenset[float], str]]] = defaultdict(list)
    per_source: Counter = Counter()
    for c in claims:
        for unit, values, phrase in c.measures:
            per_source[(unit, c.source)] += 1
            if per_source[(unit, c.source)] <= TUNING.candidates:  # (bounded, however long one article is)
                by_unit[unit].append((c, values, phrase))
    told = [{float(x) for v in d.variants for x in re.findall(r"\d+(?:\.\d+)?", v.text.replace(",", ""))} for d in counts]
    topics = {d.topic for d in counts}
    out = []
    for unit, items in sorted(by_unit.items()):
        if f"Number of {_plural(unit)}" in topics or f"{MARGIN_TOPIC}{_plural(unit)}" in topics:
            continue  # the count's disagreement tells it
        stated: dict[frozenset[float], set[str]] = defaultdict(set)  # the sources stating each value
        for c, values, _ in items:
            stated[values].add(c.source)
        versions: dict[frozenset[float], _Version] = {}
        for k, (a, va, pa) in enumerate(items):
            others = (items[j] for j in range(k + 1, len(items)) if items[j][0].source != a.source)
            for b, vb, pb in itertools.islice(others, TUNING.candidates):
                ra, rb = _stated_ranges(a, va, pa), _stated_ranges(b, vb, pb)
                if va == vb or stated[va] & stated[vb] \
                        or not any(different_versions(ra[x], rb[y]) for x in va - vb for y in vb - va) \
                        or not same_fact(a, b, numbers=False):
                    continue
                for values, phrase, claim in ((va, pa, a), (vb, pb, b)):
                    version = versions.setdefault(values, _Version(phrase))
                    version.sources.add(claim.source)
        if len(versions) >= 2 and not any(set().union(*versions) <= numbers for numbers in told):
            topic = unit.capitalize() if unit in SCALE_NOUNS else f"Number of {_plural(unit)}"  # ("Magnitude")
            out.append(Discrepancy(topic=topic, variants=tuple(
                Variant(v.phrase, tuple(sorted(v.sources, key=order.__getitem__)))
                for _, v in sorted(versions.items(), key=lambda kv: sorted(kv[0])))))
    return out


def _stated_ranges(claim: Claim, values: frozenset[float], phrase: str) -> dict[float, tuple[float, float]]:
    """Each value of a measure as the range it stands for: a round number the sentence says is rounded ("followed
    more than 12,000 adults") stands for the numbers it rounds (parse_value); any other for itself."""
    text = claim.sentence.text
    at = text.find(phrase)
    before = ROUNDED_BEFORE.search(text[:at].lower()) if at > 0 else None
    out = {v: (v, v) for v in values}
    if before is not None and len(values) == 1:
        v = next(iter(values))
        out[v] = parse_value(f"{before.group(1)} {v:f}".rstrip("0").rstrip(".")) or (v, v)  # (parse_value rounds whole numbers only)
    return out


ONE_DAY = ""  # the anchor of a claim's only day, whatever word it dates
INSTANT_EVENTS = words("instant_events")
EVENT_MARK = "="  # before an event noun as an anchor ("=attack"): the day of the event the noun names
DATED_SHARED_WORDS = TUNING.dated_shared_words


def _dated_verbs(claim: Claim, day: Dated) -> set[int]:
    """The tokens of the claim's sentence that are the verb the day dates, as written."""
    return {t.i for t in claim.sentence.tokens if t.text == day.written and t.lemma.lower() == day.anchor}


def _arguments(claim: Claim, day: Dated) -> set[str]:
    """The lemmas of the subject, the object and the agent of the verb a day dates ("Holm was convicted by the
    court": holm, court; "the court found him guilty": court): two verbs of one fact have one of them in common;
    "the ferry sank" and "divers found the wreck" do not."""
    toks = claim.sentence.tokens
    verbs = _dated_verbs(claim, day)
    agents = {t.i for t in toks if t.head in verbs and t.dep == "agent"}  # "convicted by the court": the court
    return {t.lemma.lower() for t in toks if (t.head in verbs and t.dep in ("nsubj", "nsubjpass", "dobj") or t.head in agents
                                              and t.dep == "pobj") and t.pos in ("NOUN", "PROPN")}


def _date_conflicts(claims: list[Claim], order) -> list[Discrepancy]:
    """One fact two sources date to different days ("arrested on March 3" / "arrested on March 2nd", "sank ...
    on Tuesday" / "sank ... on Wednesday", told as "Day (arrest)": "March 3" / "March 2nd") or times of day
    ("Time (collapse)": "about 5:20 a.m." / "shortly after 6am", more than their hedge apart): the two claims state
    the same fact but for their numbers (claims.same_fact; or share TUNING.dated_shared_words content words; or, for
    one event or act, name the same one doing it or having it done: _same_actor), each dates the same verb or the
    same event (the noun for it, the verb's own or the one the sentence names: claims.Dated.event), the days are of
    one kind (two weekdays, or two dates; a weekday and a date cannot be
    compared without the calendar; a time only of one subject or object), and no source dates that word both ways about
    the same people or things (one that does speaks of two events; one that dates the arrest of one man to a day
    and of another to the next does not, for either arrest). Each claim is compared with at most TUNING.candidates
    others dating its word."""
    by_anchor: dict[str, list[tuple[Claim, Dated]]] = defaultdict(list)
    stated: dict[tuple[str, tuple], list[tuple[str, set[str]]]] = defaultdict(list)  # (anchor, day) -> (source, arguments) dating it so
    told: dict[tuple, list[tuple[str, set[str]]]] = defaultdict(list)  # day -> (source, arguments) of the one-day claims
    arguments: dict[tuple[int, Dated], set[str]] = {}  # (claim, day) -> _arguments
    per_source: Counter = Counter()
    for c in claims:
        # each day with the word it dates; and the day of a claim that dates one word (ONE_DAY, "on Saturday,
        # 3 May" too) with no word: two tellings of one fact may date it by different words ("sentenced on 3
        # May" / "jailed on 4 May")
        for d in c.days:
            arguments[(id(c), d)] = _arguments(c, d)
            # (by the act the verb tells, whichever verb of it: "found on Monday" / "recovered on Tuesday")
            act = SAME_ACT.get(d.anchor, d.anchor)
            anchors = (act, ONE_DAY) if len({x.anchor for x in c.days}) == 1 else (act,)
            # (and the event noun the day is of, whatever verb tells it: "the attack, first noticed late on Friday" /
            # "an attack crippled the city on Monday")
            for anchor in anchors + ((EVENT_MARK + d.event,) if d.event else ()):
                stated[(anchor, d.key)].append((c.source, arguments[(id(c), d)]))
                if anchor == ONE_DAY:
                    told[d.key].append((c.source, arguments[(id(c), d)]))
                per_source[(anchor, c.source)] += 1
                if per_source[(anchor, c.source)] <= TUNING.candidates:
                    by_anchor[anchor].append((c, d))
    out = []
    events: list[bool] = []  # whether each disagreement's anchor is an event noun
    days: list[dict[str, frozenset[str]]] = []  # each disagreement's variants: text -> the days it states, as written
    for anchor, items in sorted(by_anchor.items()):
        versions: dict[tuple, _Version] = {}
        as_written: dict[tuple, str] = {}  # each day as the first source to state it writes it, without its verb
        written = ""
        for k, (a, da) in enumerate(items):
            others = (items[j] for j in range(k + 1, len(items)) if items[j][0].source != a.source)
            for b, db in itertools.islice(others, TUNING.candidates):
                about = arguments[(id(a), da)] | arguments[(id(b), db)]
                instant = anchor.startswith(EVENT_MARK) and da.named and db.named and da.event in INSTANT_EVENTS
                # (times of day: of one thing or person the two verbs are said of, as many things in a story
                # happen at many times; or of one event that happens at one moment)
                if da.key == db.key or da.key[0] != db.key[0] or da.key[0] == "time" and (
                        same_time(da.key, db.key) or not (arguments[(id(a), da)] & arguments[(id(b), db)] or instant)) \
                        or anchor == ONE_DAY and (da.anchor == db.anchor or any(d.key == da.key for d in b.days)
                                                  or not arguments[(id(a), da)] & arguments[(id(b), db)]) \
                        or _both_ways(stated, told, anchor, da, db, about) \
                        or not (same_fact(a, b, numbers=False) or len(shared_content_words(a, b)) >= DATED_SHARED_WORDS
                                or anchor.startswith(EVENT_MARK) and (_same_actor(a, b, da, db) or instant)):
                    continue  # (or two days or times of one thing told in sentences of many words in common, one
                    # saying more: "the pier gave way at about 5:20 a.m." / "the pier came down shortly after
                    # 6am, as ...", or one act the same one did: "Holm resigned on Monday" / "Holm submitted his
                    # resignation on Sunday", or an event each sentence names as the thing the day dates, in
                    # whatever words, when it happens at one moment: "a gas explosion wrecked the silo on Tuesday" /
                    # "the blast hit the tower early on Wednesday", no source dating it both ways; not a fire "started
                    # on Saturday" that "spread on Tuesday")
                for d, claim in ((da, a), (db, b)):
                    version = versions.setdefault(d.key, _Version(d.told or d.phrase))
                    as_written.setdefault(d.key, d.phrase)
                    version.sources.add(claim.source)
                written = written or (anchor[len(EVENT_MARK):] if anchor.startswith(EVENT_MARK) else da.written)
        # (a weekday with its date is one version, though each part was compared with its kind; a time of day is
        # told apart from the day: "Time (collapse)")
        for timed, topic in ((False, DAY_TOPIC), (True, TIME_TOPIC)):
            phrases: dict[str, set[str]] = {}
            keys: dict[str, set[str]] = defaultdict(set)
            for day, v in sorted(((day, v) for day, v in versions.items() if (day[0] == "time") == timed), key=lambda kv: kv[0]):
                phrases.setdefault(v.phrase, set()).update(v.sources)
                keys[v.phrase].add(as_written[day])
            if len(phrases) >= 2:
                out.append(Discrepancy(topic=f"{topic}({written.lower()})", variants=tuple(
                    Variant(phrase, tuple(sorted(sources, key=order.__getitem__))) for phrase, sources in phrases.items())))
                events.append(anchor.startswith(EVENT_MARK))
                days.append({p: frozenset(k) for p, k in keys.items()})
    return _told_once(out, events, days, order)


def _told_once(found: list[Discrepancy], events: list[bool], days: list[dict[str, frozenset[str]]], order) -> list[Discrepancy]:
    """One disagreement on a day or a time told once: a fact's versions dated through a verb that the versions dated
    through the event's noun hold too ("Time (broke)" / "Time (fire)": "about 3.10am" / "about 4am", however each
    source words the rest) are told under the event's name, with the sources of both."""
    def stated(i: int) -> set[frozenset[str]]:
        return set(days[i].values())

    def kind(d: Discrepancy) -> str:
        return d.topic.split("(")[0]

    told, dropped = list(found), set()
    for i, d in enumerate(found):
        holder = None if events[i] else next(
            (j for j, e in enumerate(found) if events[j] and kind(e) == kind(d) and stated(i) <= stated(j)), None)
        if holder is None:
            continue
        sources = {days[i][v.text]: v.sources for v in d.variants}
        told[holder] = replace(told[holder], variants=tuple(
            replace(v, sources=tuple(sorted(set(v.sources) | set(sources.get(days[holder][v.text], ())), key=order.__getitem__)))
            for v in told[holder].variants))
        dropped.add(i)
    return [d for i, d in enumerate(told) if i not in dropped]


def _same_actor(a: Claim, b: Claim, da: Dated, db: Dated) -> bool:
    """The subjects or objects of the two verbs that date one act share a name ("Erik Holm resigned" / "Holm
    submitted his resignation"; "police arrested Erik Holm" / "he was arrested", he the sentence's subject Erik
    Holm): the same one did it, or had it done to him."""
    def names(claim: Claim, day: Dated) -> set[str]:
        toks = claim.sentence.tokens
        verbs = _dated_verbs(claim, day)
        parties = [t for t in toks if t.head in verbs and t.dep in ("nsubj", "nsubjpass", "dobj")]
        root = next((t for t in toks if t.dep == "ROOT"), None)
        if root is not None and root.i not in verbs and any(t.pos == "PRON" for t in parties):
            # ("... appeared in court, after he was arrested on Monday": he, the sentence's subject)
            parties += [t for t in toks if t.head == root.i and t.dep in ("nsubj", "nsubjpass") and t.pos == "PROPN"]
        # (the name, or the name set beside a noun for the person: "the governor, Erik Holm,", "governor Erik Holm")
        named = parties + [t for t in toks if t.dep == "appos" and t.head in {s.i for s in parties}]
        return {norm(u.text) for s in named for u in toks if u.pos == "PROPN" and (u.i == s.i or u.head == s.i and u.dep == "compound")}
    return bool(names(a, da) & names(b, db))


def _both_ways(stated: dict[tuple[str, tuple], list[tuple[str, set[str]]]], told: dict[tuple, list[tuple[str, set[str]]]],
               anchor: str, da: Dated, db: Dated, about: set[str]) -> bool:
    """Whether a source dates the word both ways about the same people or things, so speaks of two events ("police
    arrested the owner on Tuesday" and "police arrested the contractor on Wednesday" do not, for the owner and the
    contractor: `about` is the two claims' arguments (_arguments), and a dating with no argument, "he was arrested",
    may be about either). For two claims that each date one word (ONE_DAY), the words are their own, and a source
    that dates one-word claims about the same people or things both ways speaks of two events too ("arrested him on
    Tuesday" and "he appeared in court on Wednesday": an arrest and a hearing); but not one that dates its launch to
    one day and a meeting of others to the next."""
    def dating(word: str, key: tuple) -> set[str]:
        return {s for s, args in stated[(word, key)] if not args or not about or args & about}

    if anchor != ONE_DAY:
        return bool(dating(anchor, da.key) & dating(anchor, db.key))
    if any(dating(word, da.key) & dating(word, db.key) for word in {da.anchor, db.anchor}):
        return True
    return bool({s for s, args in told[da.key] if args & about} & {s for s, args in told[db.key] if args & about})


def _elsewhere(sentence, m, place_sources: dict[str, set[str]]) -> bool:
    """'storms in Vesterland in May that killed 40 people': a count told of events the clause places somewhere
    only this one source speaks of (another country's fires), not a version of the story's own count."""
    toks = sentence.tokens
    head = span_head(toks, m.token_start, m.token_end)
    j, seen = (head.i if head is not None else m.token_start), 0
    while seen < 4 and toks[j].head != j and toks[j].dep not in ("relcl", "acl"):
        j, seen = toks[j].head, seen + 1
    if toks[j].dep not in ("relcl", "acl"):
        return False
    noun = toks[j].head
    places = [p for prep in toks if prep.head == noun and prep.dep == "prep" and prep.text.lower() in ("in", "at")
              for p in toks if p.head == prep.i and p.dep == "pobj" and p.ent in ("GPE", "LOC")]
    return any(len(place_sources.get(norm(p.text), ())) < 2 for p in places)


def _elsewhen(sentence, m) -> bool:
    """'the 2012 earthquake, which killed 80 people', 'a ferry sank near Holm in 2015 with 100 passengers': a
    count told of an event the clause dates to a year (another event, compared with the story's), not a version of
    the story's own count.  The year hangs on the verb the count depends on, or on the noun its clause describes."""
    toks = sentence.tokens
    head = span_head(toks, m.token_start, m.token_end)
    j, seen = (head.i if head is not None else m.token_start), 0
    anchors = []  # the words from the count up to the verb it depends on
    while seen < 5:
        anchors.append(j)
        if toks[j].pos in ("VERB", "AUX") or toks[j].dep in ("relcl", "acl"):
            if toks[j].dep == "conj" and toks[j].pos == "VERB":
                anchors.append(toks[j].head)  # "in 2009 an explosion killed 13 and injured 20": the verbs share the year
            if toks[j].dep in ("relcl", "acl"):
                noun = toks[toks[j].head]  # the noun the clause describes: "the 2012 earthquake, which ..."
                anchors.append(noun.i)
                if noun.dep == "pobj" and toks[noun.head].dep == "prep":
                    anchors.append(toks[noun.head].head)  # "the 2012 earthquake in Vesterby, which ..."
            break
        if toks[j].head == j:
            break
        j, seen = toks[j].head, seen + 1

    def a_year(t) -> bool:  # "2009", or a date with its year: "April 2009"
        return t.ent == "DATE" and (bool(YEAR.match(t.text)) or any(c.head == t.i and c.ent == "DATE" and YEAR.match(c.text) for c in toks))

    def year_under(i: int) -> bool:
        for t in toks:
            if t.head != i or t.i in range(m.token_start, m.token_end):
                continue
            if a_year(t):
                return True
            if t.dep == "prep" and any(c.head == t.i and c.dep == "pobj" and a_year(c) for c in toks):
                return True
        return False

    return any(year_under(i) for i in anchors)


@dataclass
class _Version:
    """One value of a count or share as the sources state it: its first wording, who states it, in which sentences."""

    phrase: str
    sources: set[str] = field(default_factory=set)
    sentences: set[str] = field(default_factory=set)


def _versions(items) -> dict[Any, _Version]:
    """The values stated (Count, or a share's (value, phrase, source, sentence)), each with its _Version."""
    by_value: dict[Any, _Version] = {}
    for value, phrase, source, sentence in items:
        version = by_value.setdefault(value, _Version(phrase))
        version.sources.add(source)
        version.sentences.add(sentence)
    return by_value


def _conflicts(found: dict[str, list], order, conflict) -> list[Discrepancy]:
    """For each topic, the values (with the phrase, sources and sentences stating each) of which some pair
    v < w `conflict`; each such value is a variant."""
    out = []
    for topic, items in sorted(found.items()):
        by_value = _versions(items)
        pairs = [(v, w) for v in by_value for w in by_value if v < w and conflict(topic, v, w, by_value)]
        # (values that no pair joins are versions of different figures: a wage of R21,000 / R21,500 and a daily loss of
        # R350 million / R400 million are two disagreements, each told under its own first version)
        groups = _joined(pairs)
        for k, group in enumerate(groups):
            out.append(Discrepancy(topic=topic if k == 0 else f"{topic} ({by_value[group[0]].phrase})", variants=tuple(
                Variant(by_value[v].phrase, tuple(sorted(by_value[v].sources, key=order.__getitem__)))
                for v in group
            )))
    return out


def _joined(pairs: list[tuple[Any, Any]]) -> list[list[Any]]:
    """The values the pairs join, in groups that no pair links to one another, each sorted, the groups by their
    smallest value."""
    group_of: dict[Any, int] = {}
    groups: list[set[Any]] = []
    for v, w in pairs:
        gv, gw = group_of.get(v), group_of.get(w)
        if gv is None and gw is None:
            groups.append({v, w})
            group_of[v] = group_of[w] = len(groups) - 1
        elif gv is None or gw is None:
            g = gv if gv is not None else gw
            assert g is not None
            groups[g] |= {v, w}
            group_of[v] = group_of[w] = g
        elif gv != gw:
            groups[gv] |= groups[gw]
            for x in groups[gw]:
                group_of[x] = gv
            groups[gw] = set()
    return sorted((sorted(g) for g in groups if len(g) >= 2), key=lambda g: g[0])


# Percentages that measure a change, whatever noun or verb states it ("a 40 percent jump", "rose 31%").
CHANGES = groups("percentage_changes")
LEVEL_VERBS = words("level_verbs")


def _share_conflicts(analysed, order):
    """Percentages of the same thing that differ between sources: "a 40 percent surge" and "rose 42%", "90%
    contained" and "100 per cent contained".  What a percentage measures is read from the parse (the noun it
    counts and its compounds, the verb that governs it).  A source that states both figures ("55 percent of the
    market" and, later, "60 percent of the market") speaks of two things, and is no disagreement."""
    found: dict[str, list[tuple[float, str, str, str]]] = defaultdict(list)
    stated: dict[str, set[float]] = defaultdict(set)  # every percentage each source states in its own words
    measuring: dict[tuple[str, float], set[str]] = defaultdict(set)  # (source, percentage) -> what it measures there
    own: dict[tuple[str, float], set[str]] = defaultdict(set)  # the sources stating a value of a topic in their own words
    story_quoted = Story.of(analysed).quoted
    for a in analysed:
        quoted = story_quoted[a.source.id]
        for sentence, m in _percentages(a):
            numbers = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", m.text.replace(",", ""))]
            if not numbers:
                continue
            speaker = _in_quotation(sentence, m, quoted)  # a speaker's figure the article quotes: the speaker's version
            if not speaker:
                stated[a.source.id].update(numbers)
            topics, phrase = _measured(sentence, m)
            if not speaker:
                measuring[(a.source.id, numbers[0])].update(topics)
            for topic in topics:
                found[topic].append((numbers[0], phrase, a.source.id, sentence.text))
                if not speaker:
                    own[(topic, numbers[0])].add(a.source.id)

    def also_states(topic: str, value: float, other: float) -> bool:
        """A source that gives (nearly) the other figure too speaks of two things, not of one differently; but a
        figure given only in someone's quoted words ("'now that we sell 40 percent of the bread,' she said", in a
        report that says 35 percent) is the speaker's version, and the report and the speaker differ; nor does a
        figure that measures something else there ("the cedi fell 34%" beside "raised the rate to 31%")."""
        return any(x != value and abs(x - other) <= 0.1 * other and (topic in measuring[(src, x)] or not measuring[(src, x)])
                   for src in own[(topic, value)] for x in stated[src])

    return _conflicts(found, order, lambda topic, v, w, by_value: (
        w <= 2 * v and not _rounded(v, w)
        and not also_states(topic, v, w) and not also_states(topic, w, v)
        and _related(by_value[v].sentences, by_value[w].sentences,
                        TUNING.related_concept if topic in CHANGES else TUNING.related_share)))


def _rounded(v: float, w: float) -> bool:
    """One percentage is the other rounded ("34.2 percent" / "34 percent"): the same figure."""
    return round(v) == w or round(w) == v


def _in_quotation(sentence, m, quoted: list[list[tuple[int, int]]]) -> bool:
    """The figure stands inside quotation marks: someone's words the article quotes."""
    spans = quoted[sentence.paragraph] if sentence.paragraph < len(quoted) else []
    start = sentence.tokens[m.token_start].start
    return any(b <= start < e for b, e in spans)


class _Span(NamedTuple):
    token_start: int
    token_end: int
    text: str


def _percentages(a: AnalysedSource):
    """(sentence, span) of each percentage: the tagger's, and the "100 per cent" it does not always tag."""
    for sentence in a.sentences:
        toks = sentence.tokens
        i = 0
        while i < len(toks):
            if toks[i].ent == "PERCENT":
                j = i
                while j < len(toks) and toks[j].ent == "PERCENT":
                    j += 1
                yield sentence, _Span(i, j, span_text(toks[i:j]))
                i = j
            elif toks[i].pos == "NUM" and i + 2 < len(toks) and toks[i + 1].text.lower() == "per" and toks[i + 2].text.lower() == "cent":
                yield sentence, _Span(i, i + 3, span_text(toks[i:i + 3]))
                i += 3
            else:
                i += 1


def _measured(sentence, m) -> tuple[set[str], str]:
    """What a percentage measures: a kind of change, or the share of a thing ("Share of market"); and the
    percentage as the reader should see it ("more than 40 percent jump", "rose 31%")."""
    toks = sentence.tokens
    span = range(m.token_start, m.token_end)
    head = span_head(toks, m.token_start, m.token_end)
    # the first percentage of a list ("77% and 50%, respectively"), without a leading "about"
    first = next((t.i for t in toks[m.token_start:m.token_end] if t.text in ("%", "percent") or t.text.endswith("%")), m.token_end - 1)
    if first + 1 < m.token_end and toks[first + 1].text.lower() == "cent":
        first += 1
    phrase = re.sub(r"^(the|about|roughly|some|nearly|around)\s+", "", span_text(toks[m.token_start:first + 1]), flags=re.I)
    if head is None:
        return set(), phrase
    words: set[str] = set()
    counted = None
    if head.dep in ("compound", "nummod", "amod"):
        counted = toks[head.head]  # "a 40 percent jump"
    else:
        of = next((t for t in toks if t.head == head.i and t.text.lower() == "of"), None)
        counted = next((t for t in toks if of is not None and t.head == of.i and t.dep == "pobj"), None)
    governor = toks[head.head] if head.head != head.i else None
    if head.dep == "npadvmod" and governor is not None and governor.tag in ("JJR", "RBR") and governor.dep == "amod" \
            and toks[governor.head].pos == "NOUN":
        # "a 12 percent lower risk of death": by how much a thing is lower or higher
        noun = toks[governor.head]
        return {f"Percentage {governor.text.lower()} {noun.lemma.lower()}"}, span_text(toks[m.token_start:noun.i + 1])
    if counted is not None and counted.pos in ("NOUN", "PROPN"):
        words.add(counted.lemma.lower())
        words.update(t.lemma.lower() for t in toks if t.head == counted.i and t.dep == "compound" and t.pos == "NOUN")
    if governor is not None and governor.pos == "VERB":
        words.add(governor.lemma.lower())
        # "closed down 2.5 per cent", "ended up 2%": the verb's particle says which way
        words.update(t.text.lower() for t in toks if t.head == governor.i and t.dep in ("advmod", "prt") and t.text.lower() in ("up", "down"))
    elif governor is not None and governor.text.lower() in ("up", "down") and governor.pos in ("ADV", "ADP"):
        words.add(governor.text.lower())  # ("closed down 2.5 per cent": the percentage hung on the particle)
    changes = {name for name, vocabulary in CHANGES.items() if words & vocabulary}
    if changes:
        if counted is not None and counted.i == m.token_end:
            phrase = f"{phrase} {counted.text}"  # "more than 40 percent jump"
        elif governor is not None and governor.i == m.token_start - 1:
            phrase = f"{governor.text} {phrase}"  # "rose 77%"
        return changes, phrase
    if counted is not None and counted.pos == "NOUN" and counted.i not in span:
        nouns = {counted.lemma.lower()} | {t.lemma.lower() for t in toks if t.head == counted.i and t.dep == "compound" and t.pos == "NOUN"}
        return {f"Share of {w}" for w in nouns if len(w) > 2}, phrase
    # a state measured in percent: "90% contained", "100 per cent contained"
    verb = governor if governor is not None and governor.pos == "VERB" and governor.tag == "VBN" else \
        next((t for t in toks if t.head == head.i and t.dep in ("acl", "amod") and t.tag == "VBN"), None)
    if verb is not None:
        return {f"Percentage {verb.text.lower()}"}, f"{phrase} {verb.text}" if verb.i == m.token_end else phrase
    if head.dep == "pobj" and governor is not None and governor.text.lower() in ("to", "at") and governor.dep == "prep" \
            and toks[governor.head].pos in ("VERB", "AUX"):
        # "cut the base rate to 4%", "unemployment stood at 9.5 percent": the level the verb's object (or,
        # with none, its subject) is brought to or stands at
        verb = toks[governor.head]
        noun = next((t for t in toks if t.head == verb.i and t.dep == "dobj"), None) \
            or next((t for t in toks if t.head == verb.i and t.dep in ("nsubj", "nsubjpass")), None)
        if noun is not None and noun.pos == "NOUN":
            return {f"Share of {noun.lemma.lower()}"}, phrase
    level = head.dep == "dobj" and governor is not None and governor.lemma.lower() in LEVEL_VERBS
    if governor is not None and (level or head.dep == "attr" and governor.lemma == "be") and m.token_end < len(toks) \
            and toks[m.token_end].pos not in ("ADJ", "VERB", "NOUN"):
        # "Turnout was 81 percent", "Inflation reached 8.9 percent": the share the subject is
        subject = next((t for t in toks if t.head == governor.i and t.dep == "nsubj"), None)
        if subject is not None and subject.tag == "WDT" and governor.dep == "relcl":
            subject = toks[governor.head]  # "inflation, which hit 9.1 percent"
        if subject is not None and (subject.pos == "NOUN" or subject.i == 0 and subject.text[1:].islower()):  # ("Turnout", read a name)
            return {f"Share of {subject.lemma.lower()}"}, phrase
    return set(), phrase


def _related(a: set[str], b: set[str], threshold: float, figures: tuple[str, ...] = ()) -> bool:
    """Some sentence of one set shares enough content words with some sentence of the other; the words of the
    `figures` compared do not count (amounts of money: "2 million euros" and "5 million euros" share "million
    euros" whatever they are paid for)."""
    def words_of(text: str) -> set[str]:
        return {w[:5] for w in re.split(r"[\s\-–—]+", norm(text)) if len(w) > 3}

    own = set().union(*(words_of(f) for f in figures)) if figures else set()

    def keys(texts):
        return [words_of(t) - own for t in sorted(texts)[:5]]

    return any(len(x & y) >= threshold * min(len(x), len(y)) for x in keys(a) for y in keys(b) if x and y)


PLURAL_NOUNS = words("plural_nouns")
IRREGULAR_PLURALS = forms("irregular_plurals")
HONORIFICS = words("honorifics")
LEGAL_FORMS = words("legal_forms")  # ... and this one (entities.LEGAL_FORMS)


NAME_SUFFIXES = words("name_suffixes")
QUOTED_NICKNAME = re.compile(r"^[“\"‘'].*[”\"’']$")


def _bare_name(words_of: list[str]) -> list[str]:
    """A person's name without a quoted nickname and a generational suffix ("Erik “Rik” Holm Jr": Erik Holm)."""
    return [w for w in words_of if not QUOTED_NICKNAME.match(w) and w.lower().strip(".") not in NAME_SUFFIXES]


def _spelling_conflicts(entities, order):
    """One entity written differently: compare the names word by word (names of the same length only)."""
    out = []
    for e in entities:
        names = [e.name, *e.aliases]
        if e.type == "event" and any(flight_code(norm(n)) and "flight" in norm(n).split() for n in names):
            continue  # a flight by its number, with the airline or without: one name, in the writers' styles
        variants = set()
        spaced: set[str] = set()  # the words of one name written closed and open ("Nordvik Go" / "NordvikGo")
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                wa, wb = a.split(), b.split()
                if len(wa) != len(wb):
                    if a.replace(" ", "").lower() == b.replace(" ", "").lower():
                        spaced |= set(wa) ^ set(wb)
                    if e.type != "person":
                        continue
                    # a person's names compared without a quoted nickname or a generational suffix ("Erik “Rik”
                    # Holm Jr" / "Erik Hollm"), and without the second family name one of them adds ("Ana Holm
                    # Berg" / "Ana Hollm"), the given name the same
                    wa, wb = _bare_name(wa), _bare_name(wb)
                    if abs(len(wa) - len(wb)) == 1 and min(len(wa), len(wb)) >= 2 and wa[-1] != wb[-1]:  # (not a middle name: "Ana Berg" / "Ana Tove Berg")
                        wa, wb = wa[:min(len(wa), len(wb))], wb[:min(len(wa), len(wb))]
                    if len(wa) != len(wb) or wa[0] != wb[0]:
                        continue
                for x, y in zip(wa, wb):
                    if x == y or x.replace(".", "") == y.replace(".", "") or x.lower() == y.lower() or derived(x, y):
                        continue
                    if re.sub(r"['’]", "", x) == re.sub(r"['’]", "", y):
                        continue  # a possessive mark written or left out ("Pensioners' Association"): a style
                    if without_particle(x).lower() == without_particle(y).lower():
                        continue  # a family name with its particle or without ("al-Holm" / "Holm"): a style
                    if e.type != "person" and british_or_american(x, y):
                        continue  # "Vester Harbour Centre" / "Vester Harbor Center": each outlet's house spelling
                        # (not a person's name: "Allan" / "Alan" differ)
                    # a variant: close spelling, the same letters and digits ("C2-A"/"C-2A"), or the same ordinal
                    same_chars = re.sub(r"\W", "", x.lower()) == re.sub(r"\W", "", y.lower())
                    # ... or a given name and its short form ("James"/"Jim"), or another joining word ("of"/"for")
                    short_form = y.lower() in pairs("given_name_forms").get(x.lower(), ())
                    joiner = x.lower() in NAME_JOINERS and y.lower() in NAME_JOINERS and {x.lower(), y.lower()} != {"&", "and"}
                    # ... or a person's name transliterated two ways ("Holmar" / "Hollmar")
                    sounds = e.type == "person" and transliterated(x.lower(), y.lower())
                    # ... or a company with another legal form ("AG" / "GmbH")
                    legal = e.type == "organisation" and {x.lower().strip("."), y.lower().strip(".")} <= LEGAL_FORMS
                    if fuzz.ratio(x.lower(), y.lower()) >= 75 or same_chars or norm(x) == norm(y) or short_form or joiner or sounds or legal:
                        variants.add(tuple(sorted((x, y))))
        words = {w for pair in variants for w in pair} | spaced
        if not words:
            continue
        # each written form that carries a variant, with the sources that write it ("Fifth Brigade" / "5th Brigade")
        forms: dict[str, set[str]] = defaultdict(set)
        for ref in e.mentions:
            if set(ref.text.split()) & words and not _addressed(ref.text):  # (not "Hajj Erik": a short form)
                forms[ref.text].add(ref.source)
        distinct = {}
        for form, srcs in sorted(forms.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            key = tuple(w for w in form.split() if w in words)
            distinct.setdefault(key, (form, set()))[1].update(srcs)
        if len(distinct) >= 2:
            out.append(Discrepancy(
                topic=f"{SPELLING_TOPIC}{e.name}",
                variants=tuple(Variant(form, tuple(sorted(srcs, key=order.__getitem__))) for form, srcs in distinct.values()),
            ))
    return out


def _naming_conflicts(entities, order):
    """One entity under different names in different sources (a company's old and new name): two written
    forms, neither contained in the other nor an abbreviation, that no one source uses both of."""
    out = []
    for e in entities:
        if e.type == "event" and any(flight_code(norm(n)) and "flight" in norm(n).split() for n in (e.name, *e.aliases)):
            continue  # (see _spelling_conflicts)
        forms: dict[str, set[str]] = defaultdict(set)
        for ref in e.mentions:
            forms[ref.text].add(ref.source)
        words = {form: set(norm(form).split()) for form in forms}
        # the entity's fuller names: "Anna" and "Mrs Holm" are both parts of "Anna Holm", no two names
        whole = [set(norm(n).split()) for n in (e.name, *e.aliases)]
        distinct = [
            (a, b) for a in sorted(forms) for b in sorted(forms) if a < b and not forms[a] & forms[b] and _reordered(a, b)
        ] + [
            (a, b) for a in sorted(forms) for b in sorted(forms) if a < b
            and not any(w >= (words[a] | words[b]) - HONORIFICS for w in whole)
            and any(ch.islower() for ch in a) and any(ch.islower() for ch in b)
            and len(a.split()) != len(b.split())  # same length: a spelling (above)
            and not _addressed(a) and not _addressed(b)  # "Hajj Erik", "Mrs Holm": an honorific and a part of the name
            and a.replace("-", " ").casefold() != b.replace("-", " ").casefold()  # "Park Ji-hoon" / "Park Ji Hoon": one name
            and not (_within(words[a], words[b]) or _within(words[b], words[a]))
            # (nor a name with its given names as initials: "E.J. Holm" / "Erik J. Holm")
            and not initials_of_given_names(norm(a).split(), norm(b).split()) and not initials_of_given_names(norm(b).split(), norm(a).split())
            and not initials_inside(a, b) and not initials_inside(b, a)  # ("Holm RA" / "Holm River Authority": one name)
            and not forms[a] & forms[b]
        ]
        if distinct:
            names = sorted({n for pair in distinct for n in pair}, key=lambda n: (-len(forms[n]), n))
            out.append(Discrepancy(
                topic=f"{NAME_TOPIC}{e.name}",
                variants=tuple(Variant(n, tuple(sorted(forms[n], key=order.__getitem__))) for n in names),
            ))
    return out


def _not_spelled(named: list[Discrepancy], spelled: list[Discrepancy]) -> list[Discrepancy]:
    """The naming disagreements of entries whose spellings do not differ: an entry whose spellings differ is told
    once, as a spelling ("el-Holmar" / "al-Holmaar"); its forms with and without a given name are no other names."""
    topics = {d.topic for d in spelled}
    return [d for d in named if f"{SPELLING_TOPIC}{d.topic.removeprefix(NAME_TOPIC)}" not in topics]


def _addressed(form: str) -> bool:
    """A short form of a name: an honorific or a title and one word of it ("Mrs Holm", "Hajj Erik", "Commodore
    Erik")."""
    words = form.split()
    return len(words) <= 2 and words[0].lower().strip(".") in HONORIFICS | PERSON_TITLES


def _reordered(a: str, b: str) -> bool:
    """One person's name written in another order ("Anna Berg Holm" / "Anna Holm Berg", "Holm Kenta" / "Kenta
    Holm": which is the family name?); not two words the other way round with the family name in capitals, the
    convention some outlets follow ("HOLM Anna" / "Anna Holm": no doubt which it is)."""
    x, y = norm(a).split(), norm(b).split()
    if len(x) == 2 and any(w.isupper() and len(w) > 1 for w in (*a.split(), *b.split())):
        return False
    return len(x) >= 2 and x != y and sorted(x) == sorted(y) and len(set(x)) == len(x)


CODE = re.compile(r"(?<![\w-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w-])")


def _written_form_conflicts(analysed, order):
    """A word or code the sources write differently: with and without accents ("crème" / "creme", outside the
    names: those are compared above), or hyphenated differently ("C2-A" / "C-2A", a code with letters and
    digits).  Each written form with the sources that use it, when no source uses two of them."""
    forms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    # accented words first (few in English), then only the unaccented words that may be their other spelling
    accented: dict[str, str] = {}
    for a in analysed:
        for sentence in a.sentences:
            if not sentence.text.isascii():
                for t in sentence.tokens:
                    word = t.text.strip("-–—'’")
                    if not word.isascii() and len(word) >= 4 and word.isalpha() and word.islower():  # not a name
                        accented[word] = "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
    plain_forms = set(accented.values())
    for a in analysed:
        for sentence in a.sentences:
            if accented:
                for t in sentence.tokens:
                    word = t.text.strip("-–—'’")
                    if word in accented or word in plain_forms:
                        forms["word:" + accented.get(word, word)][word].add(a.source.id)
            for code in CODE.findall(sentence.text):
                if len(code) <= 12 and re.search(r"\d", code) and re.search(r"[A-Z]", code):
                    forms["code:" + code.replace("-", "").upper()][code].add(a.source.id)
    out = []
    for key, written in sorted(forms.items()):
        if len(written) < 2 or len({w.casefold() for w in written}) < len(written):
            continue  # one form, or forms that differ in case only
        if any(x & y for x in written.values() for y in written.values() if x is not y):
            continue
        shown = sorted(written.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        accented = next((w for w, _ in shown if w != key[5:]), shown[0][0]) if key.startswith("word:") else shown[0][0]
        out.append(Discrepancy(
            topic=f"{SPELLING_TOPIC}“{accented}”",
            variants=tuple(Variant(w, tuple(sorted(srcs, key=order.__getitem__))) for w, srcs in shown),
        ))
    return out


def _within(short: set[str], long: set[str]) -> bool:
    """Each word of one name is, give or take its spelling, a word of the other ("Lindqvist" in "Erik
    Lindkvist", "Vester" in "Vester Peninsula")."""
    return all(any(w == x or fuzz.ratio(w, x) >= 75 for x in long) for w in short)


def _description_conflicts(entities, order):
    """A person introduced by different posts in different sources ("envoy" / "businessman", "aide to the
    president" / "former culture minister"): the posts that differ, each with its sources. Only what the person
    is, a post among them: not an affiliation ("of the University of Nordvik"), an action, nor two descriptions
    that go together ("glaciologist" / "lead author")."""
    out = []
    for e in entities:
        if e.type != "person" or len(e.roles) < 2:
            continue
        roles = [r for r in e.roles if _names_a_person(r.text)]
        # (a relation goes with any post: "father of three" and "director of Holmex" are one man)
        differing = [(a, b) for a, b in _disjoint_roles(roles) if not _kinship(a.text) and not _kinship(b.text)]
        if not any(_post(a.text) or _post(b.text) for a, b in differing):
            continue
        shown = {r.text: r.sources for pair in differing for r in pair}
        out.append(Discrepancy(
            topic=f"{DESCRIBED_TOPIC}{e.name}",
            variants=tuple(Variant(r.text, tuple(sorted(r.sources, key=order.__getitem__))) for r in roles if r.text in shown),
        ))
    return out


PERSON_TITLES = shared_words("person_titles")
PERSON_NOUNS = PERSON_TITLES | shared_words("role_nouns") | words("people_nouns")


def _role_words(text: str) -> list[str]:
    return [p for w in norm(text).split() for p in (w, w.split("-")[0], w.split("-")[-1])]  # "son-in-law": son; "ex-girlfriend"


def _names_a_person(text: str) -> bool:
    """A description that says what a person is (a noun for a person in it), not where they work or what they did."""
    return any(w in PERSON_NOUNS or w.rstrip("s") in PERSON_NOUNS for w in _role_words(text))


KINSHIP_NOUNS = words("kinship_nouns")


def _kinship(text: str) -> bool:
    """A description of a person by a relative ("father of three", "the victim's sister"): the nouns for a
    person in it are all nouns for a relative."""
    found = [w for w in _role_words(text) if w in PERSON_NOUNS or w.rstrip("s") in PERSON_NOUNS or w in KINSHIP_NOUNS]
    return bool(found) and all(w in KINSHIP_NOUNS or w.rstrip("s") in KINSHIP_NOUNS for w in found)


def _post(text: str) -> bool:
    return any(w in PERSON_TITLES or w.rstrip("s") in PERSON_TITLES for w in _role_words(text))


FUNCTION_WORDS = {"of", "the", "a", "an", "to", "for", "and", "in", "on", "at", "with", "'s", "’s"}


def _field(word: str) -> str:
    """A practitioner and the field practised, as one stem: "epidemiologist", "epidemiology" -> "epidemiolog";
    "economist", "economics" -> "econom"."""
    for suffix in ("ists", "ist", "ics", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 6:
            return word[:-len(suffix)]
    return word


def _spelled_out(text: str) -> list[str]:
    """A role's words with the titles written out ("Det Supt" -> detective superintendent; "Sen." -> senator)."""
    full = title_in_full()
    return [full.get(w.strip("."), w.strip(".")) for w in norm(text).replace("-", " ").split()]


def _bare_title(text: str) -> bool:
    """A role that is a title and nothing else ("Det Insp", "Brig. Gen.", "Detective Chief Inspector"; not "the
    ferry's captain"): two of them are one title only when they spell the same words."""
    spelled = _spelled_out(text)
    return bool(spelled) and all(w in PERSON_TITLES or w in TITLE_MODIFIERS for w in spelled)


RANKS = words("ranks")


def _rank(text: str) -> bool:
    """A rank alone, written out or not ("Colonel", "Lt. Col.", "Brig. Gen."): what someone is called, not a post."""
    spelled = [w.lower().strip(".") for w in text.replace("-", " ").split()]
    return bool(spelled) and all(w in RANKS or w in TITLE_MODIFIERS for w in spelled) and any(w in RANKS for w in spelled)


TITLE_MODIFIERS = shared_words("title_modifiers")
SPEAKING_POSTS = words("speaking_posts")


def _speaking_post(role: str) -> bool:
    """The role is a post of speaking for someone (lang/speaking_posts.txt): "spokeswoman", "press secretary"."""
    text = f" {' '.join(norm(role).split())} "
    return any(f" {post} " in text for post in SPEAKING_POSTS)


RANK_MODIFIERS = words("rank_modifiers")
PAST_POSTS = words("past_posts")
TEMPORARY_POSTS = words("temporary_posts")


def _disjoint_roles(roles) -> list:
    """Where sources introduce the person differently: the pairs of roles stated by different sources that share
    no word, titles written out ("Capt." is "the ferry's captain"); and two bare titles that are not the same
    title written out ("Detective Inspector" / "Det Chief Insp", not "Det Supt" / "Detective Superintendent")."""
    def words(text):  # "harbour-master" is "harbour master"; "epidemiologist" goes with "epidemiology"
        return {_field(w) for w in _spelled_out(text) if w not in FUNCTION_WORDS}

    def differ(a: str, b: str) -> bool:
        if words(a) & words(b) and (words(a) | words(b)) & TEMPORARY_POSTS:
            return False  # a post held for a time and one's own: "deputy governor" / "acting governor"
        if _speaking_post(a) and _speaking_post(b):
            return False  # one job told two ways: "spokesman" / "the mayor's press secretary"
        if _bare_title(a) and _bare_title(b):
            return _spelled_out(a) != _spelled_out(b)
        if _rank(a) != _rank(b) and _post(b if _rank(a) else a) and not _bare_title(b if _rank(a) else a):
            return False  # a rank and a post go together: "Colonel" / "prefect of the Lindby police"
        # (the same post at another rank is another post, "assistant fire chief" / "fire chief"; not a post held
        # before and one held now, "former deputy governor" / "governor-elect")
        shared = words(a) & words(b)
        return not shared or any(w in PERSON_TITLES for w in shared - RANK_MODIFIERS) \
            and words(a) & RANK_MODIFIERS != words(b) & RANK_MODIFIERS and bool(words(a) & PAST_POSTS) == bool(words(b) & PAST_POSTS)

    def abbreviates(short: str, long: str) -> bool:
        """"CEO" for "chief executive (officer) of ...": the initials of the long role's first words (the last
        letter of a three-letter abbreviation may be the word the long role leaves out)."""
        initials = "".join(w[0] for w in norm(long).split() if w not in FUNCTION_WORDS)
        letters = short.lower()
        return short.isupper() and len(letters) >= 2 and (initials.startswith(letters) or len(letters) >= 3 and initials.startswith(letters[:-1]))

    return [
        (a, b) for i, a in enumerate(roles) for b in roles[i + 1:]
        if not set(a.sources) & set(b.sources) and differ(a.text, b.text)
        and not abbreviates(a.text, b.text) and not abbreviates(b.text, a.text)
    ]
