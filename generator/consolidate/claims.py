"""The consolidated brief: sentence-level claims grouped across sources, each fact told once.

Every source sentence is a claim.  Claims that state the same fact are grouped by weighted lexical overlap
(IDF-weighted content lemmas and entity keys); candidate pairs come from an inverted index on rare terms, so
the cost grows with the number of sentences, not with its square.  Each group keeps its clearest sentence,
cites every source in the group and keeps each source's own sentence as evidence.  Groups are ranked by how
many sources report them and how early, cut to a word budget, and laid out in reading order in sections.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..contents import AnalysedSource, BriefSentence, Entity, Evidence, Sentence
from .text import content_lemmas, norm, quoted_share, words

SAME_FACT = 0.34  # weighted overlap at or above which two sentences state the same fact
REDUNDANT = 0.5
WORD_BUDGET = 600
MAX_DF_SHARE = 0.2  # terms in more sentences than this share do not make candidate pairs


@dataclass
class Claim:
    source: str
    sentence: Sentence
    position: float  # 0 = first sentence of the article, 1 = last
    terms: frozenset[str]


@dataclass
class Group:
    claims: list[Claim]

    @property
    def sources(self) -> list[str]:
        seen = []
        for c in self.claims:
            if c.source not in seen:
                seen.append(c.source)
        return seen

    @property
    def position(self) -> float:
        return min(c.position for c in self.claims)


def claims_of(analysed: tuple[AnalysedSource, ...], entities: tuple[Entity, ...]) -> list[Claim]:
    entity_of = {}
    for e in entities:
        for ref in e.mentions:
            entity_of.setdefault((ref.source, ref.sentence), set()).add(e.id)
    out = []
    for a in analysed:
        total = max(len(a.sentences) - 1, 1)
        for s in a.sentences:
            if words(s.text) < 6 or quoted_share(s.text) > 0.5 or s.text.rstrip()[-1:] == "?":
                continue
            terms = set(content_lemmas(s.tokens)) | {"@" + e for e in entity_of.get((a.source.id, s.index), ())}
            out.append(Claim(a.source.id, s, s.index / total, frozenset(terms)))
    return out


def group_claims(claims: list[Claim]) -> list[Group]:
    """Group claims that state the same fact (across sources) with blocking on rare shared terms."""
    df = Counter(t for c in claims for t in c.terms)
    n = max(len(claims), 1)
    idf = {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()}
    index: dict[str, list[int]] = defaultdict(list)
    cap = max(3, int(MAX_DF_SHARE * n))
    for i, c in enumerate(claims):
        for t in c.terms:
            if df[t] <= cap:
                index[t].append(i)
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    scored = []
    for i, c in enumerate(claims):
        candidates = Counter(j for t in c.terms if df[t] <= cap for j in index[t] if j > i)
        for j, shared in candidates.items():
            if shared < 2 or claims[j].source == c.source:
                continue
            sim = similarity(c.terms, claims[j].terms, idf)
            if sim >= SAME_FACT:
                scored.append((sim, i, j))
    # strongest links first; a group takes at most one claim per source
    members: dict[int, set[str]] = {i: {c.source} for i, c in enumerate(claims)}
    for sim, i, j in sorted(scored, reverse=True):
        ri, rj = find(i), find(j)
        if ri == rj or members[ri] & members[rj]:
            continue
        parent[rj] = ri
        members[ri] |= members.pop(rj)
    groups: dict[int, list[Claim]] = defaultdict(list)
    for i, c in enumerate(claims):
        groups[find(i)].append(c)
    return [Group(g) for g in groups.values()]


def similarity(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    """IDF-weighted overlap coefficient of two term sets."""
    if not a or not b:
        return 0.0
    shared = sum(idf.get(t, 1.0) for t in a & b)
    smaller = min(sum(idf.get(t, 1.0) for t in a), sum(idf.get(t, 1.0) for t in b))
    union = sum(idf.get(t, 1.0) for t in a | b)
    return 0.5 * shared / max(smaller, 1e-9) + 0.5 * shared / max(union, 1e-9)


def representative(group: Group, idf: dict[str, float]) -> Claim:
    """The clearest wording: covers most of the group's terms, not too long, no direct quotation."""
    all_terms = Counter(t for c in group.claims for t in c.terms)

    def score(c: Claim) -> float:
        coverage = sum(all_terms[t] * idf.get(t, 1.0) for t in c.terms)
        length = words(c.sentence.text)
        return coverage - 0.15 * max(0, length - 30) ** 1.5 - 3 * quoted_share(c.sentence.text)

    return max(group.claims, key=lambda c: (score(c), -c.position, c.source))


def build_brief(analysed: tuple[AnalysedSource, ...], entities: tuple[Entity, ...], budget: int = WORD_BUDGET) -> tuple[BriefSentence, ...]:
    claims = claims_of(analysed, entities)
    if not claims:
        return ()
    groups = group_claims(claims)
    df = Counter(t for c in claims for t in c.terms)
    n = len(claims)
    idf = {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()}
    nsources = len(analysed)
    # rank: reported by more sources first, then earlier in the articles
    ranked = sorted(groups, key=lambda g: (-len(g.sources) / nsources - (1 - g.position) * 0.6, g.position))
    chosen: list[tuple[Group, Claim]] = []
    used = 0
    for g in ranked:
        rep = representative(g, idf)
        length = words(rep.sentence.text)
        if used + length > budget:
            continue
        if any(similarity(rep.terms, other.terms, idf) >= REDUNDANT for _, other in chosen):
            continue
        chosen.append((g, rep))
        used += length
    return _lay_out(chosen, analysed)


def _lay_out(chosen: list[tuple[Group, Claim]], analysed) -> tuple[BriefSentence, ...]:
    """Lead first (the top-ranked facts from the articles' openings), then sections by topic in reading order."""
    order = {a.source.id: i for i, a in enumerate(analysed)}
    lead_size = min(3, len(chosen))
    lead = sorted(chosen[:lead_size], key=lambda gc: gc[0].position)
    rest = sorted(chosen[lead_size:], key=lambda gc: gc[0].position)
    sections = [("Lead", lead)] + _sections(rest)
    out = []
    for title, items in sections:
        for g, rep in items:
            evidence = []
            for source in sorted(g.sources, key=order.__getitem__):
                claim = next(c for c in g.claims if c.source == source)
                evidence.append(Evidence(source, claim.sentence.paragraph, claim.sentence.text))
            out.append(BriefSentence(section=title, text=rep.sentence.text, sources=tuple(e.source for e in evidence), evidence=tuple(evidence)))
    return tuple(out)


def _sections(items: list[tuple[Group, Claim]]) -> list[tuple[str, list]]:
    """Split the body into sections of related sentences, each titled by its most shared salient term."""
    if not items:
        return []
    chunks: list[list] = []
    size = max(3, math.ceil(len(items) / max(1, round(len(items) / 5))))
    for i in range(0, len(items), size):
        chunks.append(items[i:i + size])
    titled = []
    used_titles: set[str] = set()
    for chunk in chunks:
        title = _section_title(chunk, used_titles)
        used_titles.add(title)
        titled.append((title, chunk))
    return titled


def _section_title(chunk, used: set[str]) -> str:
    counts: Counter = Counter()
    for g, rep in chunk:
        for tok in rep.sentence.tokens:
            if tok.pos in ("NOUN", "PROPN") and not tok.stop and tok.text[:1].isalpha() and len(tok.text) > 2:
                counts[tok.lemma if tok.pos == "NOUN" else tok.text] += 1
    for term, _ in counts.most_common():
        title = term[:1].upper() + term[1:]
        if norm(title) not in {norm(u) for u in used}:
            return title
    return f"More ({len(used) + 1})"
