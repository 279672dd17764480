"""The entity glossary: one entry per real-world person, organisation, place or event.

Mentions from spaCy are cleaned (possessives, a leading "the", credits and fragments dropped), grouped by
normalised name, then merged: surname-only mentions with the full name, spelling variants (rapidfuzz, with a
guard so that people who share only a first name never merge), and abbreviations with their expansion.
The type is decided by a vote over all mentions plus context cues (a title before a name means a person).
Roles come from the dependency parse: title chains before a name and appositions after it.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..contents import AnalysedSource, Entity, Mention, MentionRef, Role, Sentence
from .text import norm, slug

LABEL_TYPES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place", "EVENT": "event"}
PERSON_TITLES = {
    "president", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "envoy", "aide", "chief",
    "adviser", "advisor", "ambassador", "chancellor", "senator", "governor", "mayor", "sheriff", "commissioner",
    "ceo", "chairman", "chairwoman", "director", "general", "admiral", "adm", "lt", "capt", "captain", "sgt",
    "mr", "mrs", "ms", "dr", "prof", "professor", "king", "queen", "prince", "pope", "judge", "officer",
    "commander", "meteorologist", "analyst", "businessman", "businesswoman", "leader", "premier", "deputy",
    "negotiator", "head", "son-in-law", "daughter", "son", "wife", "husband", "volunteer", "founder",
}
PLACE_CUES_AFTER = {"region", "city", "province", "oblast", "county", "state", "peninsula", "river", "sea", "island", "district", "town"}
PLACE_CUES_BEFORE = {"city", "town", "region", "province", "village", "port"}
ORG_WORDS = {"council", "conference", "institute", "ministry", "agency", "office", "department", "committee", "university", "association", "administration", "force", "forces", "navy", "army", "company", "group", "bank", "party", "service", "news", "times", "post", "journal", "fleet", "squadron", "school", "commission", "court", "house", "kremlin"}
JOINERS = {"of", "the", "and", "for", "on", "in", "&"}


@dataclass
class _Cluster:
    names: Counter = field(default_factory=Counter)  # surface form -> count
    votes: Counter = field(default_factory=Counter)  # type -> weight
    refs: list = field(default_factory=list)  # (source_id, Mention)

    def key_forms(self) -> set[str]:
        return {norm(n) for n in self.names}

    @property
    def full(self) -> str:
        """The longest, most frequent multi-word form."""
        return max(self.names, key=lambda n: (len(n.split()), self.names[n], -len(n), n))


def build_glossary(analysed: tuple[AnalysedSource, ...]) -> tuple[Entity, ...]:
    clusters = _initial_clusters(analysed)
    clusters = _merge(clusters, _defined_abbreviations(analysed))
    order = {a.source.id: i for i, a in enumerate(analysed)}
    sentences = {(a.source.id, s.index): s for a in analysed for s in a.sentences}
    entities = []
    used_ids: set[str] = set()
    for cluster in clusters:
        etype = cluster.votes.most_common(1)[0][0]
        name = _display_name(cluster, etype)
        if not _acceptable(name, cluster):
            continue
        eid = slug(name)
        while eid in used_ids:
            eid += "-x"
        used_ids.add(eid)
        refs = sorted(
            {MentionRef(src, m.paragraph, m.sentence, m.text, m.start, m.end) for src, m in cluster.refs},
            key=lambda r: (order[r.source], r.paragraph, r.sentence, r.text),
        )
        sources = tuple(sorted({r.source for r in refs}, key=order.__getitem__))
        roles = _roles(cluster, sentences, order) if etype in ("person", "organisation") else ()
        aliases = tuple(sorted({_clean_name(n) for n in cluster.names} - {name}, key=str.casefold))
        entities.append(Entity(id=eid, name=name, type=etype, aliases=aliases, roles=roles, sources=sources, mentions=tuple(refs)))
    type_order = {"person": 0, "organisation": 1, "place": 2, "event": 3}
    return tuple(sorted(entities, key=lambda e: (type_order.get(e.type, 9), e.name.casefold())))


# ---------------------------------------------------------------------------------------------- mentions


def _clean_name(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"^(the|The)\s+", "", text)
    text = re.sub(r"['’]s?$", "", text).strip()
    return text.strip(" ,.;:-–—\"“”'’()")  if not re.search(r"[A-Z]\.$", text) else text.strip(" ,;:-–—\"“”'’()")


def _usable(mention: Mention, name: str) -> bool:
    if "\n" in mention.text or "/" in mention.text:
        return False
    if len(name) < 2 or not any(ch.isupper() for ch in name) or not any(ch.isalpha() for ch in name):
        return False
    if sum(ch.isdigit() for ch in name) > len(name) / 3:
        return False
    return True


def _type_votes(mention: Mention, sentence: Sentence, name: str) -> Counter:
    votes: Counter = Counter()
    etype = LABEL_TYPES.get(mention.label)
    if etype:
        votes[etype] += 1
    toks = sentence.tokens
    before = toks[mention.token_start - 1].text.lower().strip(".") if mention.token_start > 0 else ""
    before2 = toks[mention.token_start - 2].text.lower() if mention.token_start > 1 else ""
    after = toks[mention.token_end].text.lower() if mention.token_end < len(toks) else ""
    if before in PERSON_TITLES:
        votes["person"] += 3
    if after in PLACE_CUES_AFTER or (before == "of" and before2 in PLACE_CUES_BEFORE):
        votes["place"] += 3
    last = name.split()[-1].lower() if name.split() else ""
    if last in ORG_WORDS:
        votes["organisation"] += 2
    return votes


def _initial_clusters(analysed) -> list[_Cluster]:
    groups: dict[str, _Cluster] = {}
    for a in analysed:
        for m in a.mentions:
            if m.label not in LABEL_TYPES:
                continue
            name = _clean_name(m.text)
            if not _usable(m, name):
                continue
            key = norm(name)
            cluster = groups.setdefault(key, _Cluster())
            cluster.names[name] += 1
            cluster.votes.update(_type_votes(m, a.sentences[m.sentence], name))
            cluster.refs.append((a.source.id, m))
    return list(groups.values())


def _defined_abbreviations(analysed) -> dict[str, str]:
    """'Institute for the Study of War (ISW)' defines ISW; returns normalised abbreviation -> expansion."""
    out = {}
    for a in analysed:
        for s in a.sentences:
            for match in re.finditer(r"((?:[A-Z][\w'’-]+\s+|(?:of|the|and|for|on)\s+){1,9}[A-Z][\w'’-]+)\s+\(([A-Z][A-Za-z.]{1,9})\)", s.text):
                expansion, abbr = match.group(1).strip(), match.group(2)
                expansion = re.sub(r"^(the|The)\s+", "", expansion)
                initials = "".join(w[0] for w in expansion.split() if w.lower() not in JOINERS)
                if initials.upper().startswith(abbr.replace(".", "")[:1].upper()):
                    out[norm(abbr)] = norm(expansion)
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in JOINERS and w[:1].isalpha()).lower()


def _merge(clusters: list[_Cluster], abbreviations: dict[str, str]) -> list[_Cluster]:
    """Attach each cluster to a bigger one when it is a surname, a spelling variant or an abbreviation of it."""
    clusters.sort(key=lambda c: (-max(len(n.split()) for n in c.names), -sum(c.names.values()), c.full))
    kept: list[_Cluster] = []
    for cluster in clusters:
        target = _find_target(cluster, kept, abbreviations)
        if target is None:
            kept.append(cluster)
        else:
            target.names.update(cluster.names)
            target.votes.update(cluster.votes)
            target.refs.extend(cluster.refs)
    return kept


def _find_target(cluster: _Cluster, kept: list[_Cluster], abbreviations: dict[str, str]) -> _Cluster | None:
    name = cluster.full
    key = norm(name)
    tokens = key.split()
    is_person = cluster.votes["person"] >= max(cluster.votes.values())
    candidates = []
    for other in kept:
        other_keys = other.key_forms()
        other_person = other.votes["person"] >= max(other.votes.values())
        # abbreviation defined in the text, or the initials of a multi-word name
        if key in abbreviations and abbreviations[key] in other_keys:
            return other
        if name.replace(".", "").isupper() and 2 <= len(tokens[0]) <= 6 and len(tokens) == 1:
            if any(len(k.split()) > 1 and _initials(k) == tokens[0] for k in other_keys):
                candidates.append((90, other))
                continue
        for other_key in other_keys:
            other_tokens = other_key.split()
            if len(tokens) == 1 and len(other_tokens) > 1 and (is_person or other_person) and other_person:
                # surname (or a spelling variant of it) of a full name
                if fuzz.ratio(tokens[0], other_tokens[-1]) >= 85:
                    candidates.append((fuzz.ratio(tokens[0], other_tokens[-1]), other))
                    break
            elif len(tokens) == len(other_tokens) and key != other_key:
                scores = [fuzz.ratio(a, b) for a, b in zip(tokens, other_tokens)]
                # every word must be close: two people who share only a first name never merge
                if min(scores) >= 80 and fuzz.ratio(key, other_key) >= 88 and (is_person == other_person or len(tokens) > 1):
                    candidates.append((min(scores), other))
                    break
    if not candidates:
        return None
    candidates.sort(key=lambda c: -c[0])
    if len(candidates) > 1 and candidates[0][0] == candidates[1][0] and candidates[0][1] is not candidates[1][1]:
        return None  # ambiguous surname: two different people
    return candidates[0][1]


def _display_name(cluster: _Cluster, etype: str) -> str:
    forms = Counter({_clean_name(n): c for n, c in cluster.names.items()})
    multi = [n for n in forms if len(n.split()) > 1]
    pool = multi if etype == "person" and multi else list(forms)
    # the most frequent of the longest forms; ties by spelling
    return max(pool, key=lambda n: (len(n.split()) if etype == "person" else 0, forms[n], -len(n), n))


def _acceptable(name: str, cluster: _Cluster) -> bool:
    if len(name) < 2:
        return False
    return True


# ---------------------------------------------------------------------------------------------- roles

ROLE_STOP_POS = {"DET", "ADP", "PUNCT", "VERB", "AUX", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "SPACE"}


def _roles(cluster: _Cluster, sentences: dict, order: dict) -> tuple[Role, ...]:
    found: dict[str, set[str]] = defaultdict(set)
    display: dict[str, str] = {}
    for source_id, mention in cluster.refs:
        sentence = sentences[(source_id, mention.sentence)]
        for role in (_title_before(sentence, mention), _apposition_after(sentence, mention)):
            if role:
                key = norm(role)
                found[key].add(source_id)
                display.setdefault(key, role)
    roles = [Role(display[k], tuple(sorted(v, key=order.__getitem__))) for k, v in found.items()]
    # drop a role that is a part of a longer one from the same sources ("spokesman" inside "Kremlin spokesman")
    roles = [r for r in roles if not any(o is not r and norm(r.text) in norm(o.text) and set(r.sources) <= set(o.sources) for o in roles)]
    roles.sort(key=lambda r: (-len(r.sources), order[r.sources[0]], r.text))
    return tuple(roles)


def _title_before(sentence: Sentence, mention: Mention) -> str | None:
    toks = sentence.tokens
    i = mention.token_start - 1
    chain = []
    while i >= 0:
        tok = toks[i]
        if tok.pos in ROLE_STOP_POS and not (tok.text.lower() in ("former", "senior", "deputy") or tok.tag == "NNP"):
            break
        if tok.text in ("'s", "’s"):
            chain.insert(0, tok)
            i -= 1
            continue
        if not (tok.pos in ("NOUN", "PROPN", "ADJ") or tok.text.lower() in ("former", "senior")):
            break
        chain.insert(0, tok)
        i -= 1
    if not chain:
        return None
    words = [t.text for t in chain]
    if not any(t.pos == "NOUN" or t.text.lower().strip(".") in PERSON_TITLES for t in chain):
        return None
    text = " ".join(words).replace(" 's", "'s").replace(" ’s", "’s")
    if len(chain) == 1 and chain[0].text.lower().strip(".") in {"mr", "mrs", "ms", "dr"}:
        return None
    return text


def _apposition_after(sentence: Sentence, mention: Mention) -> str | None:
    toks = sentence.tokens
    head = next((t for t in toks[mention.token_start:mention.token_end] if not (mention.token_start <= t.head < mention.token_end) or t.head == t.i), None)
    if head is None or mention.token_end >= len(toks) or toks[mention.token_end].text != ",":
        return None
    for tok in toks[mention.token_end + 1:]:
        if tok.dep == "appos" and tok.head == head.i:
            span = _subtree(toks, tok.i)
            words = [toks[j] for j in span if j > mention.token_end]
            while words and words[0].pos == "DET":
                words = words[1:]
            while words and words[-1].pos == "PUNCT":
                words = words[:-1]
            if not words or len(words) > 14:
                return None
            text = "".join(t.text + (" " if k + 1 < len(words) and words[k + 1].start > t.start + len(t.text) else "") for k, t in enumerate(words))
            return text.strip()
    return None


def _subtree(toks, root: int) -> list[int]:
    children = defaultdict(list)
    for t in toks:
        if t.head != t.i:
            children[t.head].append(t.i)
    out, stack = [], [root]
    while stack:
        j = stack.pop()
        out.append(j)
        stack.extend(children[j])
    return sorted(out)
