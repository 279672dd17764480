"""Direct quotations, attributed to their speakers and merged across sources.

A quotation is the text between quotation marks (four words or more), found per paragraph so that it may span
sentences, and continued into the next paragraph when the article leaves it open there.  Its speaker is the
subject of an attribution verb (said, told, wrote, added, ...) in the sentences that carry the quotation,
outside the quotation marks; a subject that is a pronoun takes the last person named before, "the company" or
"the agency" the last organisation; a quotation with no attribution takes the person the sentence before is
about.  The same words reported by several sources with small differences ("come to the table fast" / "come to
the table, fast") become one quote citing them all, with the fullest wording shown.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..contents import AnalysedSource, Entity, Quote, Sentence
from .text import norm, quoted_spans

ATTRIBUTION_LEMMAS = {"say", "tell", "write", "add", "state", "note", "warn", "declare", "announce", "claim", "describe",
                      "complain", "insist", "explain", "post", "tweet", "reiterate", "stress", "conclude", "ask", "urge",
                      "argue", "recall", "acknowledge", "admit", "predict", "continue", "respond", "reply", "comment"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_NOUNS = {"company", "agency", "firm", "ministry", "department", "government", "group", "organisation",
               "organization", "office", "navy", "army", "service", "statement", "report", "spokesperson", "spokesman", "spokeswoman"}
MIN_WORDS = 4
RARE_WORDS = 3  # a quote is compared with the merged quotes that share one of its 3 rarest words


@dataclass
class _Raw:
    source: str
    text: str
    speaker: Entity | None


def find_quotes(analysed: tuple[AnalysedSource, ...], entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    mentions: dict[tuple[str, int], list[tuple[int, int, Entity]]] = {}
    for e in entities:
        for ref in e.mentions:
            mentions.setdefault((ref.source, ref.paragraph), []).append((ref.start, ref.end, e))
    raw: list[_Raw] = []
    for a in analysed:
        raw.extend(_quotes_of(a, mentions))
    return _merge(raw, analysed)


def _quotes_of(a: AnalysedSource, mentions) -> list[_Raw]:
    out = []
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in a.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    history: list[tuple[int, int, int, Entity]] = []  # (paragraph, start, end, entity) outside quotations, in reading order
    previous_about: Entity | None = None
    carried: tuple[str, int] | None = None  # quotation left open at the end of the previous paragraph
    for p, text in enumerate(a.source.paragraphs):
        spans = quoted_spans(text, open_at_start=carried is not None)
        sentences = by_paragraph.get(p, [])
        here = sorted(mentions.get((a.source.id, p), []), key=lambda m: m[0])
        outside = [(s, e, ent) for s, e, ent in here if not any(qa <= s < qb for qa, qb in spans)]
        for qa, qb in spans:
            quote = text[qa:qb].strip().strip(",").strip()
            if carried is not None and qa == 0:
                quote = carried[0] + " " + quote
            if qb == len(text):  # left open: the quotation goes on in the next paragraph
                carried = (quote, p)
                continue
            carried = None
            carrying = [s for s in sentences if s.end > qa and s.start < qb + 1] or sentences[-1:]
            speaker = _speaker(carrying, spans, outside, history, p, qa, previous_about)
            if len(quote.split()) >= MIN_WORDS:
                out.append(_Raw(a.source.id, _tidy(quote), speaker))
        for s in sentences:
            about = [ent for st, en, ent in outside if s.start <= st < s.end and ent.type == "person"]
            if about:
                previous_about = about[0]
        history.extend((p, st, en, ent) for st, en, ent in outside)
    return out


def _tidy(quote: str) -> str:
    return " ".join(quote.split()).rstrip(",;:")


def _speaker(sentences: list[Sentence], spans, outside, history, paragraph: int, quote_start: int, previous_about):
    for s in sentences:
        toks = s.tokens
        inside = [any(a <= t.start < b for a, b in spans) for t in toks]
        for tok in toks:
            if tok.lemma not in ATTRIBUTION_LEMMAS or tok.pos not in ("VERB", "AUX") or inside[tok.i]:
                continue
            subject = _subject(toks, tok, inside)
            if subject is None:
                continue
            # the subject is (part of) a named entity outside the quotation marks
            for start, end, ent in outside:
                if start <= subject.start < end and ent.type in ("person", "organisation"):
                    return ent
            low = subject.text.lower()
            if low in PERSON_PRONOUNS:
                return _last(history, outside, quote_start, subject.start, {"person"}, s)
            # "a Navy report", "the Kremlin statement": the organisation named in the subject
            for child in toks:
                if child.head == subject.i and child.dep == "compound":
                    for start, end, ent in outside:
                        if start <= child.start < end and ent.type == "organisation":
                            return ent
            if subject.pos == "NOUN" and subject.lemma.lower() in GROUP_NOUNS:
                determiner = next((t for t in toks if t.head == subject.i and t.dep == "det"), None)
                if determiner is not None and determiner.text.lower() in ("the", "this", "that"):
                    return _last(history, outside, quote_start, subject.start, {"organisation"}, s)
            return None  # an unnamed speaker ("a spokesperson for ...", "sources")
    # no attribution verb: the person the previous sentence was about
    people = {ent.id: ent for start, end, ent in outside if ent.type == "person"}
    if len(people) == 1:
        return next(iter(people.values()))
    return previous_about if not people else None


def _subject(toks, verb, inside):
    """The subject of an attribution verb, climbing to the governing verb for "..., stating that"."""
    seen = 0
    while seen < 4:
        subjects = [t for t in toks if t.head == verb.i and t.dep in ("nsubj", "nsubjpass") and not inside[t.i]]
        if subjects:
            return subjects[0]
        if verb.head == verb.i or verb.dep not in ("advcl", "xcomp", "conj", "ccomp"):
            return None
        verb = toks[verb.head]
        seen += 1
    return None


def _last(history, outside, quote_start: int, before: int, types: set[str], sentence: Sentence):
    """The last entity of the given types named before the attribution (this paragraph, then earlier ones)."""
    candidates = [ent for start, end, ent in outside if start < before and ent.type in types]
    if candidates:
        return candidates[-1]
    earlier = [ent for _, _, _, ent in history if ent.type in types]
    return earlier[-1] if earlier else None


def _merge(raw: list[_Raw], analysed) -> tuple[Quote, ...]:
    order = {a.source.id: i for i, a in enumerate(analysed)}
    merged: list[dict] = []
    by_word: dict[str, set[int]] = {}  # blocking: word -> the merged quotes that contain it
    for item in raw:
        key = norm(item.text)
        words = set(key.split())
        # the same words reported twice share most words, so they share one of the rarest words seen so far:
        # compare only with the quotes holding those (not with every quote holding a common word)
        indexed = sorted((len(by_word[w]), w) for w in words if len(w) > 3 and w in by_word)
        candidates = sorted({i for _, w in indexed[:RARE_WORDS] for i in by_word[w]})
        target = None
        for i in candidates:
            m = merged[i]
            short, long_ = sorted((key, m["key"]), key=len)
            if fuzz.ratio(key, m["key"]) >= 90 or (len(short) > 20 and fuzz.partial_ratio(short, long_) >= 94):
                target = m
                break
        if target is None:
            target = {"i": len(merged), "key": key, "texts": Counter(), "sources": set(), "speakers": Counter(), "entities": {}}
            merged.append(target)
        target["texts"][item.text] += 1
        target["sources"].add(item.source)
        if item.speaker is not None:
            target["speakers"][item.speaker.id] += 1
            target["entities"][item.speaker.id] = item.speaker
        if len(key) > len(target["key"]):
            target["key"] = key
        for w in words:
            if len(w) > 3:
                by_word.setdefault(w, set()).add(target["i"])
    quotes = []
    for m in merged:
        text = max(m["texts"], key=lambda t: (len(t), m["texts"][t], t))
        # the speaker most sources name; on a tie a person over an organisation (whose statement quotes them)
        speaker = m["entities"][max(m["speakers"], key=lambda s: (m["speakers"][s], m["entities"][s].type == "person", s))] if m["speakers"] else None
        quotes.append(Quote(
            speaker=speaker.id if speaker else None,
            speaker_name=speaker.name if speaker else "Unattributed",
            text=text,
            sources=tuple(sorted(m["sources"], key=order.__getitem__)),
            variants=tuple(sorted(t for t in m["texts"] if t != text)),
        ))
    quotes.sort(key=lambda q: (q.speaker is None, -len(q.sources), q.speaker_name, q.text))
    return tuple(quotes)
