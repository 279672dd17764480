"""Direct quotations, attributed to their speakers and merged across sources.

A quotation is text between double quotation marks of at least four words.  Its speaker is the subject of an
attribution verb (said, told, wrote, added, ...) in the same sentence; a pronoun subject or a quote with no
attribution takes the person named in the sentence before.  The same words reported by several sources with
small differences ("come to the table fast" / "come to the table, fast") become one quote citing all of them.
"""
from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from ..contents import AnalysedSource, Entity, Quote
from .text import norm

ATTRIBUTION_LEMMAS = {"say", "tell", "write", "add", "state", "note", "warn", "declare", "announce", "claim", "describe", "complain", "insist", "explain", "post", "tweet", "reiterate", "stress", "conclude", "ask", "urge"}
QUOTE = re.compile(r"[\"“]([^\"“”]{3,}?)[\"”]")
PRONOUNS = {"he", "she", "they", "it", "we", "i"}


def find_quotes(analysed: tuple[AnalysedSource, ...], entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    entity_at = {}
    for e in entities:
        for ref in e.mentions:
            entity_at.setdefault((ref.source, ref.sentence), []).append((ref.text, e))
    raw = []  # (source, text, entity or None, speaker text)
    for a in analysed:
        last_person = None
        last_speaker = None
        for s in a.sentences:
            here = entity_at.get((a.source.id, s.index), [])
            quotes = [m.group(1).strip() for m in QUOTE.finditer(s.text) if len(m.group(1).split()) >= 4]
            # a quotation opened and not closed in this sentence (continues in the next)
            speaker = _speaker(s, here, last_person) if quotes or "“" in s.text or '"' in s.text else None
            if speaker is None and quotes and last_speaker is not None and _no_attribution(s):
                speaker = last_speaker
            for q in quotes:
                raw.append((a.source.id, q.strip(" ,.") , speaker))
            if speaker is not None:
                last_speaker = speaker
            people = [e for _, e in here if e.type == "person"]
            if people:
                last_person = people[-1]
            if s.index and not quotes:
                last_speaker = None if people else last_speaker
    return _merge(raw, analysed)


def _no_attribution(sentence) -> bool:
    return not any(t.lemma in ATTRIBUTION_LEMMAS and t.pos == "VERB" for t in sentence.tokens)


def _speaker(sentence, here, last_person):
    toks = sentence.tokens
    inside = _quoted_token_mask(sentence)
    for tok in toks:
        if tok.lemma in ATTRIBUTION_LEMMAS and tok.pos in ("VERB", "AUX") and not inside[tok.i]:
            subjects = [t for t in toks if t.head == tok.i and t.dep in ("nsubj", "nsubjpass") and not inside[t.i]]
            for subj in subjects:
                if subj.text.lower() in PRONOUNS:
                    return last_person
                span = {t.i for t in toks if _descends(toks, t.i, subj.i)}
                for text, entity in here:
                    if entity.type in ("person", "organisation") and any(toks[j].text in text.split() for j in span):
                        return entity
                # "a spokesperson for Russian President Vladimir Putin" -> not Putin himself; unresolved
                return None
    people = [e for text, e in here if e.type == "person" and not _mention_inside_quote(sentence, text, inside)]
    if len({e.id for e in people}) == 1:
        return people[0]
    return None


def _descends(toks, i: int, root: int) -> bool:
    seen = 0
    while i != root and seen < 50:
        if toks[i].head == i:
            return False
        i = toks[i].head
        seen += 1
    return i == root


def _quoted_token_mask(sentence) -> list[bool]:
    offset = sentence.tokens[0].start if sentence.tokens else 0
    spans = [(m.start() + offset, m.end() + offset) for m in QUOTE.finditer(sentence.text)]
    return [any(a <= t.start < b for a, b in spans) for t in sentence.tokens]


def _mention_inside_quote(sentence, text: str, inside: list[bool]) -> bool:
    for t in sentence.tokens:
        if t.text == text.split()[0]:
            return inside[t.i]
    return False


def _merge(raw, analysed) -> tuple[Quote, ...]:
    order = {a.source.id: i for i, a in enumerate(analysed)}
    merged: list[dict] = []
    for source, text, speaker in raw:
        key = norm(text)
        for m in merged:
            short, long_ = sorted((key, m["key"]), key=len)
            if fuzz.ratio(key, m["key"]) >= 90 or (len(short) > 25 and fuzz.partial_ratio(short, long_) >= 95):
                m["texts"][text] += 1
                m["sources"].add(source)
                if speaker is not None:
                    m["speakers"][speaker.id] += 1
                    m["entities"][speaker.id] = speaker
                if len(key) > len(m["key"]):
                    m["key"] = key
                break
        else:
            m = {"key": key, "texts": Counter({text: 1}), "sources": {source}, "speakers": Counter(), "entities": {}}
            if speaker is not None:
                m["speakers"][speaker.id] += 1
                m["entities"][speaker.id] = speaker
            merged.append(m)
    quotes = []
    for m in merged:
        text = max(m["texts"], key=lambda t: (len(t), m["texts"][t], t))
        speaker = m["entities"][m["speakers"].most_common(1)[0][0]] if m["speakers"] else None
        sources = tuple(sorted(m["sources"], key=order.__getitem__))
        variants = tuple(sorted(t for t in m["texts"] if t != text))
        quotes.append(Quote(speaker=speaker.id if speaker else None, speaker_name=speaker.name if speaker else "Unattributed", text=text, sources=sources, variants=variants))
    quotes.sort(key=lambda q: (q.speaker is None, -len(q.sources), q.speaker_name, q.text))
    return tuple(quotes)
