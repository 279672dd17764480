"""The entity glossary: one entry per real-world person, organisation, place or event.

1. Mentions: spaCy's named-entity spans, cleaned (a leading "the", possessives, quotes), minus junk: spans that
   cross a line, photo credits ("Name/Agency"), demonym adjectives ("Vesterlandic"), numbers and dates.  Every
   other occurrence of a known name in the articles, tagged by spaCy or not, is added as a mention too, so that
   context cues and links cover all of them.
2. Grouping and merging: mentions are grouped by normalised name, then groups are merged (largest first) when a
   group is a surname of a full name, a spelling or transliteration variant (rapidfuzz; every word must be close,
   so two people who share only a first name never merge), an abbreviation the text defines ("Holm River
   Authority (HRA)") or the initials of a longer name ("U.S." / "United States"), or the core of a place name
   ("Holmia" / "Holmian Peninsula").  Candidates come from a blocking index, never from all pairs.
3. Type by evidence: a vote over spaCy's labels of all mentions, plus context cues that outweigh them: a title
   before a name (President, spokesman, Lt.) means a person; "region"/"city of"/a preposition of place or
   coordination with a place means a place; a head word such as Conference or War means an event; Council or
   Institute an organisation.  A one-word "person" that the articles never give a first name or a title is
   doubted, so that cities spaCy mistakes for people fall to their other evidence.
4. Roles from the dependency parse: the title chain before a name ("Ministry spokesman Per Lind",
   "presidential chief of staff Anna Berg") and the apposition after it ("Peter Holm, secretary of the
   National Bridge Council"), each with the sources that state it.
"""
from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from ..contents import AnalysedSource, Entity, Mention, MentionRef, Role, Sentence
from .lang import forms, groups, honorific_sex, names, pairs, sex_of_given_name, shared_cased_words, shared_words, title_in_full, words
from .tuning import TUNING
from .story import Story
from .text import NAME_JOINERS, OPEN_QUOTES, SINGLE_OPEN, YEAR, derived, flight_code, hyphen_joins, initials, initials_inside, initials_of_given_names, norm, slug, span_head, span_text, sound_of, spelled_alike, transliterated, under, years_old, visible, without_particle
from ..text import UPPERS

# a capital letter of the Latin alphabets, accented ones too ("ÖBB", "ČEZ", "Émile"); an abbreviation: a capital
# and up to nine more letters, full stops or ampersands
CAPITAL = f"[{UPPERS}]"
ABBREVIATION = CAPITAL + r"(?:[^\W\d_]|[.&]){1,9}"

LABEL_TYPES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place", "EVENT": "event"}
TYPE_ORDER = {"person": 0, "organisation": 1, "place": 2, "event": 3}

# Context cues: generic words of English news style, not names from any story.
PERSON_TITLES = shared_words("person_titles")
TITLE_MODIFIERS = shared_words("title_modifiers")
COMPASS_WORDS = words("compass_words")
NAME_WORD_FORMS = pairs("name_word_forms")
SHORT_WORD_FORMS = frozenset().union(*groups("name_word_forms").values())  # the short forms alone
COUNTRY_NAMES = {norm(k): frozenset(norm(v) for v in vs) for k, vs in pairs("country_names").items()}
COUNTRY_FORMS = frozenset(COUNTRY_NAMES)  # every name of a country in country_names.txt, normalised
ORG_SUFFIXES = words("org_suffixes")
INVERTED_HEADS = words("inverted_heads")
LEGAL_FORMS = words("legal_forms")
FIELD_HEADS = {"ministry", "department"}  # a government body named by its field: "the Fisheries Ministry", "Ministry of Fisheries"
TEMPORAL_TAIL = words("time_adverbs")
TIME_NOUNS = words("time_nouns")
EVENT_TITLES = words("event_titles")
RANKING_MODIFIERS = words("ranking_modifiers")
LOCATED_EVENTS = words("located_events")
RELATIONAL_PLACE_NOUNS = words("relational_place_nouns")
NAMING_VERBS = words("naming_verbs")
AFFILIATION_PARTICIPLES = {lemma: next(iter(done), lemma) for lemma, done in groups("affiliation_verbs").items()}
AFFILIATION_VERBS = frozenset(AFFILIATION_PARTICIPLES)
HONORIFICS = words("honorifics")
TITLES_BEFORE_SURNAMES = HONORIFICS | PERSON_TITLES
WIRE_CREDITS = frozenset(names("wire_services"))
PLACE_AFTER = words("place_after")
PLACE_BEFORE_OF = words("place_before_of")
SUBDIVISION_NOUNS = words("subdivision_nouns")  # (read only as "the <noun> of X": _place_noun_of, _listed_after_place_nouns)
PLACES_BEFORE_OF = PLACE_BEFORE_OF | SUBDIVISION_NOUNS
PLACE_PREPOSITIONS = words("place_prepositions")
FACILITY_HEADS = words("facility_heads")
GEO_HEADS = words("geo_heads")
EVENT_HEADS = words("event_heads")
ORG_HEADS = shared_words("org_heads")
GENERIC_HEADS = shared_words("generic_name_heads")  # the heads a possessive name is built on ("St Holm's Hospital")
EVENT_NOUNS = words("event_nouns")
# the common nouns a name of each kind may modify and be ("the Vester region", "Nordvik news agency")
CLASS_NOUNS = {"place": words("place_after") | words("place_classes"), "organisation": words("org_classes"), "event": EVENT_NOUNS}
# the last words of names that say what kind of thing their bearer is ("Vester Security Conference")
KIND_HEADS = {"organisation": words("org_kinds"), "event": EVENT_NOUNS, "place": words("geo_heads")}
def given_name_forms() -> dict[str, frozenset[str]]:
    return pairs("given_name_forms")


MODIFIER_SUFFIXES = words("modifier_suffixes")
JOINERS = NAME_JOINERS
ROLE_MAX_WORDS = TUNING.role_max_words


@dataclass
class _Occurrence:
    source: str
    mention: Mention
    spacy: bool  # tagged by spaCy (its label votes) or found by name
    aside: bool = False  # outside the writer's own telling: quoted, in a headline, or a modifier (see _aside)
    located: bool = False  # where something is or happens: the object of "in", "near", ... (LOCATING_PREPOSITIONS)
    container: bool = False  # the larger place after a comma ("Lindby, Vesterland"): a region, a state (_container)


@dataclass(eq=False)  # one cluster is one object: compared by identity, never field by field
class _Cluster:
    names: Counter = field(default_factory=Counter)  # surface form -> count
    votes: Counter = field(default_factory=Counter)  # type -> weight
    refs: list[_Occurrence] = field(default_factory=list)
    titled: bool = False  # a person title seen right before a mention
    honorific_sexes: set = field(default_factory=set)  # the sexes the honorifics right before its mentions say ("Mrs" Holm: "f")
    abbreviated: bool = False  # written with a full stop the name drops ("Nordm.")
    not_person: bool = False  # a relative "which" after a mention, or a plural verb: no person's name
    listed_with: set = field(default_factory=set)  # the names listed with a mention ("Lindby, Nordvik and Holmsund")
    classified: set = field(default_factory=set)  # the types a classifying copula or apposition gives it ("X, a town")
    definite: bool = False  # written after "the" ("the Holm": a river, a sea, not a town)
    _keys: tuple[int, frozenset[str]] = field(default=(-1, frozenset()), repr=False)  # (number of names, their keys)
    _person: tuple[tuple, bool] = field(default=((), False), repr=False)  # (what it was decided on, is_person)

    def keys(self) -> frozenset[str]:
        """The normalised forms of its names (kept until a name is added: the merge asks for them often)."""
        if self._keys[0] != len(self.names):
            self._keys = (len(self.names), frozenset(norm(n) for n in self.names))
        return self._keys[1]

    @property
    def top(self) -> str:
        # the longest name, one with a given name before one with an honorific ("Anna Holm" over "Mrs Holm")
        return max(self.names, key=lambda n: (len(n.split()), n.split()[0].lower().strip(".") not in TITLES_BEFORE_SURNAMES if n else False,
                                              self.names[n], -len(n), n))

    def absorb(self, other: "_Cluster") -> None:
        self.listed_with |= other.listed_with
        self.classified |= other.classified
        self.definite = self.definite or other.definite
        self.names.update(other.names)
        self.votes.update(other.votes)
        self.refs.extend(other.refs)
        self.titled = self.titled or other.titled
        self.honorific_sexes |= other.honorific_sexes
        self.abbreviated = self.abbreviated or other.abbreviated
        self.not_person = self.not_person or other.not_person  # what is no person under one name is none under another

    def is_person(self) -> bool:
        """A credible person: most votes say so, and the articles give a full name or a title.  (Decided again
        only when a name, a vote or a title was added since.)"""
        state = (len(self.names), sum(self.votes.values()), len(self.votes), self.titled)
        if self._person[0] != state:
            credible = (self.titled or any(len(n.split()) > 1 for n in self.names)) and not self.not_person
            # (a caption's form in capitals of a name written normally too, "HOLM Erik" beside "Erik Holm", is no
            # acronym: the person's name, whose surname alone then joins it)
            decided = credible and bool(self.votes) and self.votes["person"] >= max(self.votes.values()) \
                and all(_person_shaped(n) or _capitals_form(n, self.names) for n in self.names)
            self._person = (state, decided)
        return self._person[1]


def build_glossary(analysed: Story | tuple[AnalysedSource, ...]) -> tuple[Entity, ...]:
    story = Story.of(analysed)
    order, sentences = story.order, story.sentences
    clusters = _initial_clusters(analysed)
    written_out: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    abbreviations = _defined_abbreviations(analysed, written_out, acronyms)
    defined = frozenset(abbreviations)  # the abbreviations the articles define, however written ("HRA", "Hra")
    for key, acronym in acronyms.items():
        # "the Vester Data Board (VDB)": VDB is its name wherever the article writes it, tagged or not (the
        # tagger may take in the bracket with the name and tag "VDB" nowhere else)
        cluster = clusters.get(abbreviations[key])
        if cluster is not None and key not in clusters and not _mostly_people(cluster):  # (an organisation's, a place's)
            cluster.names[acronym] += 0
    _add_untagged_occurrences(analysed, clusters, sentences)
    for cluster in clusters.values():
        _vote(cluster, sentences)
    birth_names = _birth_names(analysed)
    abbreviations.update((k, v) for k, v in birth_names.items() if k not in abbreviations)
    abbreviations.update((k, v) for k, v in _other_names(analysed).items() if k not in abbreviations)
    abbreviations.update((k, v) for k, v in _glossed_names(analysed).items() if k not in abbreviations)
    # twice: a longer name may only find its match once the shorter names are known
    merged = _merge(_merge(list(clusters.values()), abbreviations), abbreviations, second_pass=True)
    # one pass over the words: how often each is written in lower case, and with a capital inside a sentence ("^"
    # before it); the common nouns and adjectives; where each common noun is first written in each article (by
    # lemma: a kind noun used before stands for that)
    lowercase_words: Counter = Counter()
    common_nouns: set[str] = set()
    first_nouns: dict[tuple[str, str], int] = {}
    for a in analysed:
        for sent in a.sentences:
            for t in sent.tokens:
                if t.text.islower():
                    lowercase_words[t.text] += 1
                    if t.i > 0 and sent.tokens[t.i - 1].text.islower():
                        lowercase_words[f"{sent.tokens[t.i - 1].text} {t.text}"] += 1  # ("harbour watch": a phrase in lower case)
                    if t.pos in ("NOUN", "ADJ"):
                        common_nouns.add(t.text)
                elif t.i > 0 and t.text[:1].isupper():
                    lowercase_words[f"^{t.text}"] += 1
                if t.pos == "NOUN":
                    first_nouns.setdefault((a.source.id, t.lemma.lower()), sent.index)
    entities: list[Entity] = []
    used_ids: set[str] = set()
    # the surnames of several people: a one-word name that is one of them says not whose
    last_words = Counter(w for c in merged if c.is_person() for w in set().union(*(_family_names(n) for n in c.names)))
    owners = {key: c for c in merged for key in c.keys()}
    # the nouns names end with ("Holm Care Centre": centre), and in how many entries: "the centre" may be any of them
    name_heads = Counter(h for c in merged for h in {n.split()[-1].lower() for n in c.names if len(n.split()) > 1})
    works = _work_titles(analysed)
    quoted = _Quotations(analysed)
    # the one-word names of what is no person, by their first four letters (a nationality shares at least those)
    stems: dict[str, list[tuple[str, _Cluster]]] = defaultdict(list)
    for key, owner in owners.items():
        if len(key.split()) == 1 and not owner.is_person():
            stems[key[:4]].append((key, owner))
    decided = {id(c): _decide_type(c) for c in merged}
    types_of = defaultdict(set)
    for c in merged:
        for key in c.keys():
            types_of[key].add(decided[id(c)])
    for cluster in merged:
        etype = _listed_among_places(cluster, decided[id(cluster)], types_of)
        if etype == "person" and all(norm(n) in works for n in cluster.names):
            etype = "organisation"  # a work's title taken for a person's name: filed as works are (lang/work_nouns.txt)
        if etype is None or _is_role_fragment(cluster, sentences) or _is_title_or_word(cluster, lowercase_words, sentences) \
                or etype == "person" and _post_after_the(cluster, sentences) \
                or _lone_given_name(cluster) or _common_initialism(cluster, sentences) or _ambiguous_short_name(cluster, last_words) \
                or _bare_direction(cluster) or _pair_of_names(cluster, owners) or _family_address(cluster) or _demonym_alone(cluster, stems) \
                or _opens_quotations_only(cluster, quoted) or _people_modifier(cluster, sentences) \
                or _generic_head_of_several(cluster, sentences, name_heads) or _in_title_case_only(cluster, sentences):
            continue
        name = _display_name(cluster, etype, set(birth_names), defined)
        if name.replace(".", "").isupper() and norm(name) in written_out and all(n.replace(".", "").isupper() for n in cluster.names) \
                and not any(norm(written_out[norm(name)]) in other.keys() for other in merged if other is not cluster):
            name = written_out[norm(name)]  # "the Holm Deep Array (HDA)", named only "HDA" after that: its name in
            # full (the acronym an alias)
        eid = slug(name)
        n = 2
        while eid in used_ids:
            eid, n = f"{slug(name)}-{n}", n + 1
        used_ids.add(eid)
        refs = sorted(
            {
                MentionRef(
                    o.source, o.mention.paragraph, o.mention.sentence, o.mention.text, o.mention.start, o.mention.end,
                    sentences[o.source, o.mention.sentence].start, sentences[o.source, o.mention.sentence].end,
                )
                for o in cluster.refs
            },
            key=lambda r: (order[r.source], r.paragraph, r.start, r.sentence, r.text),
        )
        sources = tuple(sorted({r.source for r in refs}, key=order.__getitem__))
        own = {n.split()[-1].lower() for n in cluster.names if len(n.split()) > 1}
        roles = _roles(cluster, sentences, order, etype, common_nouns, {h for h, k in name_heads.items() if k > (h in own)}, first_nouns,
                       quoted)
        # (sorted by their letters, then as written: names alike but for case sort the same every run)
        forms = set(cluster.names) | (_addressed_forms(cluster, sentences) if etype == "person" else set())
        aliases = tuple(sorted({n for n in forms if n != name}, key=lambda n: (n.casefold(), n)))
        entities.append(Entity(id=eid, name=name, type=etype, aliases=aliases, roles=roles, sources=sources, mentions=tuple(refs),
                               description=describe(roles)))
    return tuple(sorted(entities, key=lambda e: (TYPE_ORDER.get(e.type, 9), e.name.casefold())))


# ---------------------------------------------------------------------------------------------- mentions


def shared_surnames(entities: tuple[Entity, ...]) -> set[str]:
    """The ids of the entries of a family name alone that two or more people of the story bear ("Holm" beside "Erik
    Holm" and his father "Nils Holm"): the articles do not say whose name it is, each of them has an entry of their
    own, and the entry stands for no one (the glossary does not list it; "Holm said" is nobody's words)."""
    people = [e for e in entities if e.type == "person" and len(e.name.split()) > 1]
    out = set()
    for e in entities:  # (of either type: the glossary may have doubted such a word into an organisation)
        if e.type in ("person", "organisation") and len(e.name.split()) == 1:
            word = norm(e.name)
            # (any word of their names: a family name may be the middle one of three, "Erik Holm Berg" is a Holm)
            if sum(word in norm(p.name).split() for p in people) >= 2:
                out.add(e.id)
    return out


def clean_name(text: str) -> str:
    """A mention's text as a name: no invisible format characters (a zero-width space, a byte-order mark, a soft
    hyphen inside it), spaces collapsed, no leading "the", no possessive, no edge punctuation or time word."""
    text = " ".join(visible(text).split())
    text = re.sub(r"^(the|The|THE)\s+", "", text)
    text = re.sub(r"\s*['’]s?$", "", text)
    text = re.sub(r"\s+\d+\s?[-–]\s?\d+$", "", text)  # a score the tagger took in: "Lindmark United 2-1"
    for opening, closing in (("(", ")"), ("[", "]")):  # a bracket the name does not close is not the name's:
        if opening in text and closing not in text:     # "Nordmark (Nordpress" from a dateline
            text = text[:text.index(opening)]
        elif closing in text and opening not in text:
            text = text[text.index(closing) + 1:]
    text = text.strip(" ,;:-–—\"“”‘’'()[]")
    if text.endswith(".") and not re.search(r"(\b[A-Z]\.)+$", text):
        text = text.rstrip(".")
    words = text.split()
    while len(words) > 1 and words[-1].lower() in TEMPORAL_TAIL and not words[-1][:1].isupper():
        words = words[:-1]  # (a time word written with a capital is the name's own: "Clean Vesterland Now", "Lindby Today")
    while len(words) > 2 and words[-1].rstrip(",") in POST_NOMINALS and all(w[:1].isupper() and not w.isupper() for w in words[-3:-1]):
        words = words[:-1]  # letters after a person's name, "Anna Berg KC", "Erik Holm MP OBE": no part of it
    return " ".join(words)


POST_NOMINALS = shared_cased_words("post_nominals")


def _usable(mention: Mention, name: str, sentence: Sentence) -> bool:
    if "\n" in mention.text or "/" in mention.text or "@" in mention.text or "http" in mention.text.lower():
        return False
    if len(name) < 2 or not any(ch.isupper() for ch in name) or not any(ch.isalpha() for ch in name):
        return False
    if sum(ch.isdigit() for ch in name) > len(name) / 3:
        return False
    toks = sentence.tokens[mention.token_start:mention.token_end]
    if mention.label == "NORP":
        return False
    # a demonym or other adjective ("Vesterlandic officials") is not an entity; nor a common noun capitalised
    # because it starts the sentence ("Turnout was 81 percent")
    if len(toks) == 1 and (toks[0].pos == "ADJ" or toks[0].pos == "NOUN" and mention.token_start == 0 and toks[0].text[1:].islower()):
        return False
    if all(t.pos in ("ADJ", "DET", "PUNCT") for t in toks):
        return False
    # a modifier, not a name: "Holm-class ferry" (a place stays: "New Lindby-based")
    if mention.token_end < len(sentence.tokens) and sentence.tokens[mention.token_end].text == "-" and mention.label not in ("GPE", "LOC"):
        return False
    # "Holm-class", "Soviet-era": a modifier; a name's own lowercase syllable stays ("Park Ji-hoon", "Lee Sun-ok")
    suffix = re.search(r"-([a-z]+)$", name)
    if suffix and not _name_syllable(name.split()[-1]) or suffix and toks and toks[-1].pos in ("VERB", "ADJ"):
        return False
    # a time, not a place: "Central European Summer Time", "Atlantic Standard Time"
    if re.search(r"\b(Standard|Daylight|Summer|Mean|Universal) Time$", name):
        return False
    # a time zone after a clock time, not an organisation: "at 1715 GMT", "6:15 p.m. ET"
    if len(toks) == 1 and name.lower() in TIME_ZONES and mention.token_start > 0 and (
            any(ch.isdigit() for ch in sentence.tokens[mention.token_start - 1].text)
            or sentence.tokens[mention.token_start - 1].text.lower().rstrip(".") in ("a.m", "p.m", "am", "pm")):
        return False
    # a unit, a currency or a code written beside its number, not a name: "NKR 120,000", "SEK 2,318.40", "(NVX:
    # 4821)", "hull NV 210", "2,400 TEU" (a number of three digits or more after it, not a year; or one with a
    # thousands comma or a decimal point before it)
    if len(toks) == 1 and name.isupper() and name.isalpha() and len(name) <= 4 and _beside_its_number(sentence, mention):
        return False
    # a portfolio, not an organisation: "Japanese Defense Minister", "British Foreign Secretary"
    if len(toks) == 1 and mention.token_start > 0 and mention.token_end < len(sentence.tokens):
        before, after = sentence.tokens[mention.token_start - 1], sentence.tokens[mention.token_end]
        if after.text.lower() in ("minister", "secretary", "ministry") and (before.ent in ("NORP", "GPE") or before.pos == "ADJ"):
            return False
    return True


TIME_ZONES = words("time_zones")
CODE_NUMBER = re.compile(r"\d{3,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")
MEASURED_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")


def _beside_its_number(sentence: Sentence, mention: Mention) -> bool:
    """The one word right before a number of three digits or more that is not a year ("NKR 120,000", "NVX: 4821"),
    or right after a number written with a thousands comma or a decimal point ("2,400 TEU")."""
    toks = sentence.tokens
    after = mention.token_end + (mention.token_end < len(toks) and toks[mention.token_end].text == ":")
    if after < len(toks) and CODE_NUMBER.fullmatch(toks[after].text) and not YEAR.fullmatch(toks[after].text):
        return True
    return mention.token_start > 0 and bool(MEASURED_NUMBER.fullmatch(toks[mention.token_start - 1].text))


def _initial_clusters(analysed) -> dict[str, _Cluster]:
    groups: dict[str, _Cluster] = {}
    coordinated: list[tuple[str, Mention]] = []
    people: list[tuple[str, Mention, Sentence]] = []  # "Holm and Berg" tagged as one person
    whole = {norm(clean_name(m.text)) for a in analysed for m in a.mentions if m.label == "ORG" and " and " in m.text}
    full = {norm(clean_name(m.text)) for a in analysed for m in a.mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    towns = {norm(m.text) for a in analysed for m in a.mentions if m.label in ("GPE", "LOC", "ORG")}
    for a in analysed:
        own = _own_names(a)
        for m in _joined_names(a, whole, full):
            m = _town_before_kind(m, a.sentences[m.sentence], towns)
            if m.label in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT") and _names_itself(m.text, own):
                continue  # the outlet naming itself ("told the Nordpost"): it publishes the story, no part of it
            if " and " in m.text and m.label in ("WORK_OF_ART", "PRODUCT"):  # an organisation may be "X and Y"
                coordinated.append((a.source.id, m))
            sentence = a.sentences[m.sentence]
            if m.label in ("WORK_OF_ART", "PRODUCT") and _after_publication_noun(sentence, m):
                m = replace(m, label="ORG")  # "the journal Holm Letters": a publication
            elif m.label == "PRODUCT" and _before_thing_noun(sentence, m):
                m = replace(m, label="ORG")  # "the Holm-1 satellite": a thing, filed with organisations
            elif m.label in ("LAW", "PRODUCT", "WORK_OF_ART") and (named := _before_own_org_noun(sentence, m)) is not None:
                m = named  # "the ruling Unity-NF party" tagged a law: the party Unity-NF
            if m.label not in LABEL_TYPES and m.label != "NORP":
                continue
            if m.label in ("PERSON", "ORG") and len(_coordinated_names(m.text)) > 1:
                people.append((a.source.id, m, sentence))
                continue
            _add_mention(groups, a.source.id, m, sentence)
    _split_coordinated(coordinated, groups)
    # split when one of the names is a person's (an organisation may be called "Holm and Berg"); else as tagged
    surnames = {n.split()[-1] for c in groups.values() if _mostly_people(c) for n in c.names if len(n.split()) > 1}
    for source, m, sentence in people:
        if not any(_mostly_people(groups.get(norm(p))) or p in surnames for p in _coordinated_names(m.text)) \
                or not _split_coordinated([(source, m)], groups, "PERSON"):
            _add_mention(groups, source, m, sentence)
    return groups


def _town_before_kind(m: Mention, sentence: Sentence, towns: set[str]) -> Mention:
    """'the Holm dam' read as one name (analyse's feature_names), where an article names Holm alone (a town, a
    region, or what the model took for a body): the dam at Holm, and the name Holm's; a dam whose name is never
    written alone is left ("the Vesk dam"). Not after a person's name ("the Lind bridge", named after a man)."""
    words = m.text.split()
    if m.label != "FAC" or len(words) < 2 or not words[-1].islower() or words[-1] not in SELF_NAMING_KINDS \
            or norm(" ".join(words[:-1])) not in towns:
        return m
    town = _trim_mention(m, sentence, " ".join(words[:-1]))
    return replace(town, label="GPE")


PUBLICATION_NOUNS = words("publication_nouns")
PLACE_TITLES = words("place_titles")
FURNITURE_CUE = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words("site_furniture_cues")))) + r")\b")
MEDIUM_WORDS = words("medium_words")
PLATFORMS = shared_words("social_networks") | shared_words("app_stores")
OWN_LINE_KINDS = ("outlet", "copyright", "subscription")  # dropped lines that are the site's own (ingest.clean)
def _own_names(a: AnalysedSource) -> list[frozenset[str]]:
    """The names an article's own site goes by, each as its set of words: its outlet, and the capitalised names in
    the lines of site furniture the cleaner dropped from it: its masthead, copyright and subscription lines, and a
    line that promotes its app, its search or its newsletter ("Download the Nordpost app", "© Nordpost Media Ltd").
    Not the names of the platforms such a line sends the reader to ("Follow us on Holmchat")."""
    lines = [a.source.outlet or ""] + [d.text for d in a.source.dropped if d.kind in OWN_LINE_KINDS or d.kind == "widget"
                                        and "|" not in d.text  # (a menu or a list of topics names no site)
                                        and FURNITURE_CUE.search(d.text.lower()) is not None]
    out = []
    for line in lines:
        run: list[str] = []
        # capitalised words, numbers and "&" in a row ("Get the Nordpost 6 app": "Nordpost 6"), up to a mark
        for word in [*re.findall(r"[\w'’&.-]+|[^\w\s]", line), "."]:
            word = re.sub(r"['’]s$", "", word.strip(".")).casefold() if word[:1].isupper() or word.isdigit() or word == "&" else ""
            if word:
                run.append(word)
                continue
            if run and not set(run) <= PLATFORMS:
                out.append(frozenset(run))
            run = []
    return out


def _names_itself(text: str, own: list[frozenset[str]]) -> bool:
    """A name in an article is one its own site goes by (_own_names), kind words of a medium aside ("Nordpost News"
    for "Nordpost", "the Gazette" for "Lindby Gazette"): the outlet telling of itself ("told the Gazette", "the
    Courier's editors")."""
    words = {re.sub(r"['’]s$", "", w.casefold()) for w in text.split()} - MEDIUM_WORDS
    return bool(words) and any(words <= name for name in own)


def _before_own_org_noun(sentence: Sentence, m: Mention) -> Mention | None:
    """A name the tagger took together with the common noun for the kind of organisation it is, and gave another
    label ("the ruling Unity-NF party" LAW): the name without the noun, an organisation's; the noun stays after it
    to describe it."""
    toks = sentence.tokens
    if m.token_end - m.token_start < 2 or m.token_end > len(toks):
        return None
    noun, before = toks[m.token_end - 1], toks[m.token_end - 2]
    if noun.pos != "NOUN" or not noun.text.islower() or noun.lemma.lower() not in CLASS_NOUNS["organisation"] or before.pos != "PROPN":
        return None
    end = before.start + len(before.text) - sentence.tokens[m.token_start].start
    text = m.text[:end]
    return replace(m, text=text, label="ORG", end=m.start + len(text), token_end=m.token_end - 1)


def _before_thing_noun(sentence: Sentence, m: Mention) -> bool:
    """A name right before a noun for a kind of thing, that heads it: "the Holm-1 satellite"."""
    toks = sentence.tokens
    head = span_head(toks, m.token_start, m.token_end)
    return m.token_end < len(toks) and head is not None and head.head == m.token_end \
        and toks[m.token_end].pos == "NOUN" and toks[m.token_end].lemma.lower() in THING_KINDS


THING_KINDS = shared_words("thing_kinds")


def _after_publication_noun(sentence: Sentence, m: Mention) -> bool:
    """The title stands right after "the journal", "the magazine" ...: a publication's name."""
    toks = sentence.tokens
    i = m.token_start
    return i >= 2 and toks[i - 1].lemma.lower() in PUBLICATION_NOUNS and toks[i - 1].text.islower() and toks[i - 2].text.lower() == "the"


def _mostly_people(cluster: _Cluster | None) -> bool:
    """Most of the tagger's labels for the name say person."""
    labels = Counter(o.mention.label for o in cluster.refs if o.spacy) if cluster is not None else Counter()
    return bool(labels) and labels["PERSON"] * 2 > sum(labels.values())


JOINED_GAP = re.compile(r"(?: and |, (?:[A-Z][\w'’-]+, )*[A-Z][\w'’-]+ and )")  # (a list with a comma before "and" is a list)


def _joined_names(a: AnalysedSource, whole: set[str], full: frozenset[str] | set[str] = frozenset()) -> list[Mention]:
    """The article's mentions, with an organisation's name the tagger cut at its "and" made whole again: two
    organisations with only "and" between them when another mention in the story is the whole name ("Vester
    Harbours" and "Lake Safety" where "Vester Harbours and Lake Safety" is named elsewhere), or with
    capitalised words the tagger left out between them ("Holm Institute of Rivers, Lakes and Coasts"); and a
    person's name with the given name the tagger left out before it, when the story names the person in full
    (`full`) or the given name is one the lists know and a family name of two words follows: "Erik" + "Holm walked
    free" opening a sentence, where a capital proves nothing to the tagger."""
    out: list[Mention] = []
    for m in a.mentions:
        if m.label == "PERSON" and full and (grown := _with_given_name(a, m, full)) is not None:
            m = grown
        prev = out[-1] if out else None
        if prev is not None and prev.sentence == m.sentence and prev.paragraph == m.paragraph and prev.start <= m.start < prev.end:
            continue  # inside a name grown whole before it
        if prev is not None and m.label == "ORG" and prev.label in ("ORG", "GPE", "PERSON", "NORP") and prev.sentence == m.sentence \
                and prev.paragraph == m.paragraph and prev.end < m.start:
            gap = a.source.paragraphs[m.paragraph][prev.end:m.start]
            text = a.source.paragraphs[m.paragraph][prev.start:m.end]
            if JOINED_GAP.fullmatch(gap) and (prev.label == "ORG" and (_in_whole(norm(clean_name(text)), whole) or gap.startswith(", "))
                                              or gap == " and " and _spelled_by_short_form(a.source.paragraphs[m.paragraph], m.end, text)):
                out[-1] = Mention(text, "ORG", m.paragraph, m.sentence, prev.start, m.end, prev.token_start, m.token_end)
                continue
        if prev is not None and prev.label == "ORG" and m.label in ("GPE", "LOC", "PERSON", "ORG") and prev.sentence == m.sentence \
                and prev.paragraph == m.paragraph and a.source.paragraphs[m.paragraph][prev.end:m.start] == " of " \
                and _headed_by_kind(prev.text) and all(w[:1].isupper() for w in m.text.split()):
            # "the Supreme Court" + "of" + "Vesterland" (tagged apart): one organisation, the Supreme Court of Vesterland
            text = a.source.paragraphs[m.paragraph][prev.start:m.end]
            out[-1] = Mention(text, "ORG", m.paragraph, m.sentence, prev.start, m.end, prev.token_start, m.token_end)
            continue
        if m.label == "ORG" and (grown := _untagged_first_part(a, m)) is not None:
            out.append(grown)  # "Holm" left untagged in "Holm and Lindby Water Trust (HLWT)"
            continue
        if m.label == "ORG" and whole:
            # "Vesterby Harbours" tagged, "and Coast Protection" after it left out: the whole name, named so elsewhere
            grown = _grown_to_whole(a, m, whole)
            if grown is not None:
                out.append(grown)
                continue
        out.append(m)
    return out


SHORT_FORM_AFTER = re.compile(r" \(([A-Z][A-Za-z&-]{1,9})\)")


def _spelled_by_short_form(paragraph: str, end: int, text: str) -> bool:
    """The short form in brackets right after a name the tagger cut at its "and" spells the initials of the whole
    ("Vester Fishing Boat Owners and Skippers Guild (VFBOSG)", "Holm and Lindby Water Trust (HLWT)"): one
    name, proved by its own abbreviation, however else the story writes it."""
    found = SHORT_FORM_AFTER.match(paragraph, end)
    return found is not None and found.group(1).replace("-", "").replace("&", "").lower() == initials(norm(clean_name(text)))


FIRST_PART = re.compile(r"((?:[A-Z][\w'’-]+ ){1,3})and $")


def _untagged_first_part(a: AnalysedSource, m: Mention) -> Mention | None:
    """The organisation's mention grown back over the capitalised words and "and" before it that the tagger left
    out, when the short form in brackets after it spells the whole ("Holm and Lindby Water Trust (HLWT)")."""
    paragraph = a.source.paragraphs[m.paragraph]
    found = FIRST_PART.search(paragraph, max(0, m.start - 60), m.start)
    if found is None or found.end() != m.start:
        return None
    toks = a.sentences[m.sentence].tokens
    first = next((t for t in toks if t.start == found.start()), None)
    text = paragraph[found.start():m.end]
    if first is None or any(t.ent for t in toks[first.i:m.token_start]) or not _spelled_by_short_form(paragraph, m.end, text):
        return None
    return Mention(text, "ORG", m.paragraph, m.sentence, found.start(), m.end, first.i, m.token_end)


def _with_given_name(a: AnalysedSource, m: Mention, full: frozenset[str] | set[str]) -> Mention | None:
    """The person's mention grown back over the one capitalised word before it, in no other name, when the two
    words are a full name the story gives the person elsewhere ("Erik Holm"), or the word is a given name the lists
    know before a family name of two words ("Rosana" + "Vieira Holm")."""
    if m.token_start == 0:
        return None
    toks = a.sentences[m.sentence].tokens
    before = toks[m.token_start - 1]
    if before.ent or before.pos != "PROPN" or not before.text[:1].isupper() or not before.text[1:].islower() \
            or before.start + len(before.text) + 1 != m.start:
        return None
    text = f"{before.text} {m.text}"
    if norm(clean_name(text)) not in full and not (sex_of_given_name(before.text) is not None and len(m.text.split()) >= 2):
        return None  # (or a given name the lists know, before a family name of two words: "Rosana" + "Vieira Holm")
    return Mention(text, m.label, m.paragraph, m.sentence, before.start, m.end, before.i, m.token_end)


def _in_whole(name: str, whole: set[str]) -> bool:
    """A name joined at its "and" is one named whole elsewhere: the same, the end of it ("harbours and coast
    protection" of "vesterby harbours and coast protection"), or either with a plural "s" slipped in."""
    return any(name == w or w.endswith(" " + name) or len(name) > 12 and (name.rstrip("s") == w.rstrip("s")
                                                                          or w.rstrip("s").endswith(" " + name.rstrip("s")))
               for w in whole)


def _grown_to_whole(a: AnalysedSource, m: Mention, whole: set[str]) -> Mention | None:
    """The mention grown over " and ..." to a name of `whole` that the paragraph writes from where it starts."""
    paragraph = a.source.paragraphs[m.paragraph]
    after = paragraph[m.end:m.end + 60]
    if not after.startswith(" and "):
        return None
    sentence = a.sentences[m.sentence]
    own = norm(clean_name(m.text))
    for w in sorted((w for w in whole if w.startswith(own + " and ")), key=len, reverse=True):
        words = len(w.split()) - len(own.split())
        if words < 2:
            continue
        tail = paragraph[m.end:].split()[:words]
        text = paragraph[m.start:m.end] + " " + " ".join(tail)
        text = text.rstrip(",.;:")
        if norm(clean_name(text)) == w and all(t[:1].isupper() or t == "and" for t in tail):
            end = m.start + len(text)
            token_end = next((t.i + 1 for t in sentence.tokens if t.start < end <= t.start + len(t.text)), m.token_end)
            return Mention(text, "ORG", m.paragraph, m.sentence, m.start, end, m.token_start, token_end)
    return None


def _headed_by_kind(name: str) -> bool:
    """The name ends in a capitalised noun that says what kind of organisation it is ("Supreme Court", "Bank")."""
    last = name.split()[-1] if name.split() else ""
    return last[:1].isupper() and last[1:].islower() and last.lower() in ORG_HEADS | KIND_HEADS["organisation"]


def _add_mention(groups: dict[str, _Cluster], source: str, m: Mention, sentence: Sentence) -> None:
    text = m.text
    name = clean_name(text)
    if not _usable(m, name, sentence):
        return
    # the tagger's label was for more than the name when a bracket was cut off ("Nordmark (Nordpress"): no vote
    labelled = not any(b in m.text and b not in name for b in "()[]")
    m = _trim_mention(m, sentence, name)
    m, name = _without_title(m, sentence, name)
    m, name = _without_place_title(m, sentence, name)
    m, name = _with_prefix(m, sentence, name)
    m, name = _with_geo_head(m, sentence, name)
    m, name = _with_unit_name(m, sentence, name)
    cluster = groups.setdefault(norm(name), _Cluster())
    cluster.names[name] += 1
    cluster.refs.append(_Occurrence(source, m, labelled, _aside(sentence, m), _located(sentence, m), _container(sentence, m)))
    cluster.abbreviated = cluster.abbreviated or (text.endswith(".") and not name.endswith("."))  # "Nordm."


COORDINATED_NAME = re.compile(f"[{UPPERS}]" + r"[\w.&'$-]*( (the )?" + f"[{UPPERS}]" + r"[\w.&'$-]*){0,3}")


def _coordinated_names(text: str) -> list[str]:
    """The names of a coordination tagged as one ("Holm and Berg", "Per Holm, Anna Berg"): each a capitalised
    name of at most four words ("Vester the Elder" too), none a suffix ("Per Holm, Jr."); else the text alone."""
    parts = re.split(r",? and |, ", text)
    if len(parts) < 2 or not all(COORDINATED_NAME.fullmatch(p) and p.lower().strip(".") not in NAME_SUFFIXES for p in parts):
        return [text]
    return parts


NAME_SUFFIXES = words("name_suffixes")


def _split_coordinated(coordinated: list[tuple[str, Mention]], groups: dict[str, _Cluster], label: str | None = None) -> bool:
    """"Nordgram and Vesterbook", tagged as one title: when one of the coordinated names is a known entity, all
    are names of the same kind (each a capitalised name, nothing else in between).  True when something was split."""
    split = False
    for source, m in coordinated:
        parts = _coordinated_names(m.text)
        if len(parts) < 2:
            continue
        known = [groups[norm(p)] for p in parts if norm(p) in groups]
        if not known and label is None:
            continue
        split = True
        kind: str = label if label is not None else next((o.mention.label for o in known[0].refs if o.spacy), "ORG")
        offset = 0
        for part in parts:
            start = m.text.index(part, offset)
            offset = start + len(part)
            n_before = len(m.text[:start].replace(",", " , ").split())  # a comma is a token of its own
            sub = Mention(part, kind, m.paragraph, m.sentence, m.start + start, m.start + start + len(part),
                          m.token_start + n_before, m.token_start + n_before + len(part.split()))
            cluster = groups.setdefault(norm(part), _Cluster())
            cluster.names[part] += 1
            cluster.refs.append(_Occurrence(source, sub, True))
    return split


TITLES_IN_NAMES = words("titles_in_names")


def _without_title(m: Mention, sentence: Sentence, name: str) -> tuple[Mention, str]:
    """A post or a trade the tagger took into a person's name ("Striker Anna Berg", "Coach Erik Holm" opening a
    sentence) is no part of it, when a given name and a surname remain; a title English writes as part of a name
    ("Queen Anna", "Sir Erik Holm") stays."""
    toks = sentence.tokens[m.token_start:m.token_end]
    if m.label != "PERSON" or not toks or " ".join(t.text for t in toks) != name:
        return m, name
    k = 0
    while k < len(toks) and toks[k].text[:1].isupper() and toks[k].text.lower().strip(".") not in TITLES_IN_NAMES \
            and sex_of_given_name(toks[k].text) is None \
            and (_role_word(toks[k].text.strip(".")) or toks[k].text.lower().strip(".") in TITLE_MODIFIERS
                 or _plural_title(toks[k].text)):
        k += 1
    rest = toks[k:]
    if k == 0 or len(rest) < 2 or not all(t.pos == "PROPN" for t in rest):
        return m, name
    text = " ".join(t.text for t in rest)
    return Mention(text, m.label, m.paragraph, m.sentence, rest[0].start, m.end, m.token_start + k, m.token_end), text


def _without_place_title(m: Mention, sentence: Sentence, name: str) -> tuple[Mention, str]:
    """'Lindby Mayor' tagged as one organisation before "Karin Dahl": the title of the office that heads a town
    (lang/place_titles.txt) is no part of the name before it, which is the town's."""
    toks = sentence.tokens
    if m.label not in ("ORG", "GPE", "FAC") or m.token_end - m.token_start < 2 or m.token_end >= len(toks):
        return m, name
    last = toks[m.token_end - 1]
    if last.text.lower() not in PLACE_TITLES or not last.text[:1].isupper() or toks[m.token_end].ent != "PERSON" \
            or not name.endswith(last.text):
        return m, name
    text = name[:-len(last.text)].rstrip()
    if not text:
        return m, name
    return Mention(text, "GPE", m.paragraph, m.sentence, m.start, m.start + len(text), m.token_start, m.token_end - 1), text


def _with_prefix(m: Mention, sentence: Sentence, name: str) -> tuple[Mention, str]:
    """Include a short all-caps designator right before a name: "MV Holm", "HMS Vester"."""
    if m.token_start == 0:
        return m, name
    prev = sentence.tokens[m.token_start - 1]
    if m.label == "PERSON" and len(name.split()) > 1:  # "NTV Anna Berg": an outlet before a full name
        return m, name
    if prev.text.isupper() and prev.text.isalpha() and 2 <= len(prev.text) <= 4 and prev.pos == "PROPN" and not prev.ent and prev.text.lower() not in PERSON_TITLES:
        text = prev.text + " " + name
        return Mention(text, m.label, m.paragraph, m.sentence, prev.start, m.end, m.token_start - 1, m.token_end), text
    return m, name


def _with_geo_head(m: Mention, sentence: Sentence, name: str) -> tuple[Mention, str]:
    """A place name directly followed by a capitalised geographic head is one name: "Lindmark Bay", "Vester River"
    (the parser often tags only "Lindmark")."""
    if m.label not in ("GPE", "LOC", "FAC") or m.token_end >= len(sentence.tokens):
        return m, name
    nxt = sentence.tokens[m.token_end]
    if nxt.text[:1].isupper() and nxt.text.lower() in GEO_HEADS | {"strait", "gulf", "lake", "harbor", "harbour", "canal"} \
            and nxt.start == m.end + 1 and not nxt.ent:
        text = name + " " + nxt.text
        return Mention(text, "LOC", m.paragraph, m.sentence, m.start, nxt.start + len(nxt.text), m.token_start, m.token_end + 1), text
    return m, name


def _with_unit_name(m: Mention, sentence: Sentence, name: str) -> tuple[Mention, str]:
    """An organisation named by a capitalised head noun ("... Squadron", "... Council") takes in the capitalised
    words before it that the parser left out, and a bracketed code with its number after it:
    "Vester Coast Guard Search and Rescue Squadron (SR) 8" (tagged: "Rescue Squadron")."""
    last = name.split()[-1] if name.split() else ""
    if m.label != "ORG" or last.lower() not in ORG_HEADS or not last[:1].isupper() or m.token_end > len(sentence.tokens):
        return m, name
    toks = sentence.tokens
    i = m.token_start
    while i > 0:
        t = toks[i - 1]
        if t.text == "and" and i >= 2 and toks[i - 2].pos == "PROPN" and toks[i - 2].text[:1].isupper() and not toks[i - 2].ent:
            i -= 1  # "Survey and Mapping": joined by an untagged capitalised word, not by another name
        elif t.pos == "PROPN" and t.text[:1].isupper() and t.ent in ("", "ORG", "GPE") and (t.ent or t.text.lower() not in PERSON_TITLES):
            i -= 1
        else:
            break
    j = m.token_end
    code = [t.text for t in toks[j:j + 4]]
    if len(code) == 4 and code[0] == "(" and code[1].isupper() and code[1].isalpha() and (
            code[2] == ")" and code[3].isdigit() or code[2].isdigit() and code[3] == ")"):
        j += 4
    if i == m.token_start and j == m.token_end:
        return m, name
    text = span_text(toks[i:j])
    return Mention(text, m.label, m.paragraph, m.sentence, toks[i].start, toks[j - 1].start + len(toks[j - 1].text), i, j), text


def _trim_mention(m: Mention, sentence: Sentence, name: str) -> Mention:
    """Narrow the mention's offsets to the cleaned name (without "the" or "'s"), for linking."""
    offset = m.text.find(name)
    if offset < 0:
        return m
    toks = sentence.tokens
    start, end = m.start + offset, m.start + offset + len(name)
    t0 = next((t.i for t in toks[m.token_start:m.token_end] if t.start >= start), m.token_start)
    t1 = max((t.i + 1 for t in toks[m.token_start:m.token_end] if t.start < end), default=m.token_end)
    return Mention(name, m.label, m.paragraph, m.sentence, start, end, t0, t1)


def _add_untagged_occurrences(analysed, clusters: dict[str, _Cluster], sentences: dict) -> None:
    """Find every other occurrence of a known name (spaCy tags the same name only some of the time)."""
    # names indexed by their first two words (one-word names by their word), and names the tokenizer may cut
    # differently ("U.S.", "Ji-hoon") by their first word: a token is compared only with the names that can
    # start there, not with every name sharing its first word (thousands may share a first name)
    by_start: dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for key, cluster in clusters.items():
        for name in cluster.names:
            # (a surname particle is one word with a capital or without: "Van Holm" is "Mr van Holm")
            words = tuple(_particle_case(w) for w in name.split())
            if words and (words[0][:1].isupper() or words[0] in SURNAME_PARTICLES and len(words) > 1):
                cut = not all(w.isalnum() for w in words)
                by_start[words[:1] if cut or len(words) == 1 else words[:2]].append((words, key))
                head = re.match(r"\w+", words[0])
                if cut and head is not None and head.group(0) != words[0]:
                    by_start[(head.group(0),)].append((words, key))  # ("Holm-Berg": the tokenizer's first word is "Holm")
    tagged = {(o.source, o.mention.sentence, i) for c in clusters.values() for o in c.refs for i in range(o.mention.token_start, o.mention.token_end)}
    addressed = {key for key, c in clusters.items() if len(c.names) == 1 and len(next(iter(c.names)).split()) == 1
                 and any(o.mention.token_start > 0 and sentences[(o.source, o.mention.sentence)].tokens[o.mention.token_start - 1].text.strip(".").lower()
                         in HONORIFICS for o in c.refs)}
    for a in analysed:
        for s in a.sentences:
            toks = s.tokens
            i = 0
            while i < len(toks):
                best = None
                starting = by_start.get((_particle_case(toks[i].text),), [])
                if i + 1 < len(toks):
                    starting = starting + by_start.get((_particle_case(toks[i].text), _particle_case(toks[i + 1].text)), [])
                for words, key in starting:
                    n = len(words)
                    if tuple(_particle_case(t.text) for t in toks[i:i + n]) == words or _spaced_match(toks, i, words):
                        if best is None or n > len(best[0]):
                            best = (words, key)
                if best is None:
                    i += 1
                    continue
                n = _match_length(toks, i, best[0])
                if any((a.source.id, s.index, j) in tagged for j in range(i, i + n)):
                    i += n
                    continue
                text = " ".join(best[0])
                if best[1] in addressed and _untagged_given_name(toks, i, tagged, a.source.id, s.index):
                    i -= 1  # "Liv Ekdal, the harbour master, said": the given name of "Ms Ekdal", left untagged with her family name
                    n += 1
                    text = f"{toks[i].text} {text}"
                    clusters[best[1]].names[text] += 1
                start = toks[i].start
                end = toks[i + n - 1].start + len(toks[i + n - 1].text)
                m = Mention(text, "", s.paragraph, s.index, start, end, i, i + n)
                clusters[best[1]].refs.append(_Occurrence(a.source.id, m, False, _aside(s, m), _located(s, m), _container(s, m)))
                i += n


def _addressed_forms(cluster: _Cluster, sentences: dict) -> set[str]:
    """The forms the articles address a person by, honorifics and all ("Ms Ekdal", "Dr Holm"): other names a
    reader may look them up by."""
    out = set()
    for o in cluster.refs:
        toks = sentences[(o.source, o.mention.sentence)].tokens
        i = o.mention.token_start
        while i > 0 and o.mention.token_start - i < 3 and toks[i - 1].text.strip(".").lower() in HONORIFICS and toks[i - 1].text[:1].isupper():
            i -= 1
        if i < o.mention.token_start:
            out.add(" ".join([*(t.text for t in toks[i:o.mention.token_start]), o.mention.text]))
    return out


def _untagged_given_name(toks, i: int, tagged: set, source: str, sentence: int) -> bool:
    """The word before toks[i] (a family name found untagged) is the person's given name: a proper noun written
    as a name (a capital, then lower case), itself untagged and not right after another capitalised word, and
    no title, honorific or particle ("Captain", "Mr", "Van")."""
    if i == 0:
        return False
    w = toks[i - 1]
    return w.pos == "PROPN" and not w.ent and w.text.isalpha() and w.text[:1].isupper() and w.text[1:].islower() \
        and (source, sentence, i - 1) not in tagged and w.text.lower() not in TITLES_BEFORE_SURNAMES | SURNAME_PARTICLES \
        and not (i >= 2 and toks[i - 2].text[:1].isupper())


def _particle_case(word: str) -> str:
    """A surname particle in lower case ("Van", "van": van), any other word as written."""
    return word.lower() if word.lower() in SURNAME_PARTICLES else word


def _spaced_match(toks, i: int, words: tuple[str, ...]) -> bool:
    """'U.S.' may be one token or several; compare the joined text."""
    target = "".join(words)
    text = ""
    for t in toks[i:i + 8]:
        text += t.text
        if text == target:
            return True
        if not target.startswith(text):
            return False
    return False


def _match_length(toks, i: int, words: tuple[str, ...]) -> int:
    if tuple(t.text for t in toks[i:i + len(words)]) == words:
        return len(words)
    target, text = "".join(words), ""
    for k, t in enumerate(toks[i:i + 8], 1):
        text += t.text
        if text == target:
            return k
    return len(words)


# ---------------------------------------------------------------------------------------------- types


def _vote(cluster: _Cluster, sentences: dict) -> None:
    located = acting = 0  # one-word mentions after a place preposition, and ones acting as a subject or a possessor
    classed_as_thing = False  # a classifying copula or apposition calls it a place or an organisation
    for occ in cluster.refs:
        m = occ.mention
        s = sentences[(occ.source, m.sentence)]
        toks = s.tokens
        if occ.spacy and m.label in LABEL_TYPES:
            cluster.votes[LABEL_TYPES[m.label]] += 1
        before = toks[m.token_start - 1].text.lower().strip(".") if m.token_start > 0 else ""
        before2 = toks[m.token_start - 2].text.lower().strip(".") if m.token_start > 1 else ""
        after = toks[m.token_end].text.lower() if m.token_end < len(toks) else ""
        if before in SEX_OF_HONORIFIC:
            cluster.honorific_sexes.add(SEX_OF_HONORIFIC[before])
        if m.token_end - m.token_start >= 2 and toks[m.token_start].text.lower() in ORG_OPENERS and toks[m.token_start].text[:1].isupper():
            cluster.votes["organisation"] += 3  # "Universidad de Holm", "Banco Vester": a body's name, its head first
        if before == "the" and toks[m.token_start - 1].text.islower() and m.token_end - m.token_start == 1:
            cluster.definite = True
        if before in PERSON_TITLES or _after_role_noun(toks, m) or _title_of_list(s, m) is not None:
            cluster.votes["person"] += 3  # (a plural title before a list of people is each one's: "lawyers Anna Berg and X")
            cluster.titled = True
        elif _aged(toks, m) or _aged_before(toks, m):
            cluster.votes["person"] += 3  # "Liv Ekdal, 46, said no emotion", "the 20-year-old Liv Ekdal": only people are given an age so
        elif _kin_of(toks, m):
            cluster.votes["person"] += 3  # "Erik Holm's wife", "the widow of Erik Holm": only people have relatives
        elif _says_of_self(toks, m) and 2 <= len(m.text.split()) <= 3 and _person_shaped(m.text) \
                and not any(m.text.split()[-1].lower() in heads for heads in (ORG_HEADS, GEO_HEADS, FACILITY_HEADS, EVENT_HEADS)):
            # "Karin Dahl said she would appeal": "she" is Karin Dahl (an organisation says "it"; and "it" may
            # be anything named before: "Erik Holm said it would appeal" speaks for his company)
            cluster.votes["person"] += 2
        elif _plural_agreement(toks, m):
            # "Lindmark Athletic have a new manager", "Vesterby, who sit bottom of the league": a name that takes a
            # plural verb names a group (a team, a band, a firm in British usage), never one person
            cluster.votes["organisation"] += 2
            cluster.not_person = True
        elif _relative_verb(toks, m, ("who",)) is not None:
            # "Karin Dahl, who lives in Lindby, said": "who" is said of people (a team or a band may take it too,
            # in British usage: some evidence, not a title's)
            cluster.votes["person"] += 1.5  # type: ignore[assignment]  # votes are weights
        elif _relative_verb(toks, m, ("which",)) is not None:
            # "Nordvik Kraft, which operates the dam, said": "which" is never said of a person, whatever the
            # tagger made of an unfamiliar name
            if m.label != "EVENT":  # (an event is a "which" too: "flight HA610, which crashed ...")
                cluster.votes["organisation"] += 1.5  # type: ignore[assignment]  # votes are weights
            cluster.not_person = True
        elif _gave_own_name(toks, m):
            cluster.votes["person"] += 3  # "a fisherman who gave his name as Olle": only a person gives "his" name
            cluster.classified.add("person")
        elif (kind := _after_kind_noun(toks, m) or _kind_named(named := _named_as(s, m))) is not None:
            cluster.votes[kind] += 3  # "the anti-corruption group Clean Vesterland", "a ship named Holm Star"
        elif named is not None and not _names_people(named.split()[-1]) and not _names_people(_singular_noun(named.split()[-1])):
            cluster.not_person = True  # "a pay scheme the ministry calls Project Holm": a thing, no person
        if _body_post_after(toks, m.token_end):
            cluster.votes["organisation"] += 3  # "Holmex's chief executive", "Nordvik Records chairman Erik Holm"
        if after in PLACE_TITLES and m.token_end + 1 < len(toks) and toks[m.token_end + 1].ent == "PERSON" \
                and toks[m.token_end - 1].text.lower() not in ORG_HEADS:
            cluster.votes["place"] += 3  # "Lindby Mayor Karin Dahl": a mayor heads a town
        if after in PLACE_AFTER or (before == "of" and (before2 in PLACE_BEFORE_OF or before2 in RELATIONAL_PLACE_NOUNS or before2 in DIRECTIONS)) \
                or _listed_after_place_nouns(toks, m):
            cluster.votes["place"] += 3  # "the town of X", "the outskirts of X", "50 km north of X", "the villages of W and X"
        elif m.label not in ("PERSON", "GPE", "NORP"):
            # a name that modifies a noun of its kind ("the Vester Forum conference", "the Nordic countries")
            for etype in ("place", "event"):
                kind = _class_noun_after(s, m, etype)
                if kind and etype == "event" and kind.split()[-1].lower() in LOCATED_EVENTS:
                    cluster.votes["place"] += 3  # "the Holmsund wildfire": the wildfire at Holmsund
                elif kind:
                    cluster.votes[etype] += 3
        if _hometown(toks, m):
            cluster.votes["place"] += 2  # "Anna Berg, 34, a nurse from Lindby": where she lives
        if m.token_start >= 2 and toks[m.token_start - 1].text.lower() == "based" and toks[m.token_start - 2].text in ("-", "‐") \
                or m.token_start >= 1 and toks[m.token_start - 1].text.lower().endswith("-based"):
            cluster.votes["organisation"] += 2  # "the Lindby-based Vester Forum": what is based somewhere is a body (not an event)
        if m.token_end + 1 < len(toks) and toks[m.token_end].text in ("'s", "’s") and _state_possession(toks, m.token_end + 1):
            cluster.votes["place"] += 3  # "Nordia's national football team", "Vesterland's government": a state's
        if _based_at(toks, m):
            cluster.votes["place"] += 3  # "the Lindby-based charity": only a place is where something is based
        if _relative_verb(toks, m, ("where",)) is not None and before in PLACE_PREPOSITIONS:
            cluster.votes["place"] += 2  # "In Lindby, where the funerals were held, ...": where is said of a place
        if (kind := _example_of(toks, m)) is not None:
            cluster.votes[kind] += 3  # "four towns, including Lindby", "ports such as Holmsund": one of that kind
        if before in PLACE_PREPOSITIONS and m.token_end - m.token_start == 1:
            cluster.votes["place"] += 0.5  # type: ignore[assignment]  # votes are weights
            located += 1
        head = span_head(toks, m.token_start, m.token_end)
        members = _list_members(toks, head) if head is not None and m.token_end - m.token_start == 1 else []
        if members and members[0].dep == "pobj" and toks[members[0].head].text.lower() in PLACE_PREPOSITIONS:
            # (a list after a place preposition: "from Vesterby, Nordvik and Lindmark"; not "Holm and Berg argued")
            cluster.listed_with |= {norm(t.text) for t in members if head is not None and t.i != head.i and t.pos == "PROPN"}
        acting += head is not None and (head.dep in ("nsubj", "nsubjpass", "poss") or m.token_end < len(toks) and toks[m.token_end].text in ("'s", "’s"))
        head_word = toks[m.token_end - 1].text.lower() if m.token_end > m.token_start else ""
        if _titled_by_apposition(toks, m):
            cluster.votes["person"] += 3  # "Jane Holm, director of bridge policy at ..."
            cluster.titled = True
        if (head_word in GEO_HEADS or head_word in FACILITY_HEADS) and m.token_end - m.token_start > 1:
            cluster.votes["place"] += 3
        elif m.token_end - m.token_start > 1 and _place_opener(toks[m.token_start].text):
            cluster.votes["place"] += 3  # "Playa Lindby", "Lake Holm": a kind of place opens the name
        elif head_word in EVENT_HEADS and head_word in ORG_HEADS:
            pass  # a word naming both a meeting and a body ("congress"): other evidence decides
        elif head_word in EVENT_HEADS and m.token_end - m.token_start > 1:
            cluster.votes["event"] += 3
        elif head_word in ORG_HEADS:
            cluster.votes["organisation"] += 2
        words_of_name = m.text.split()
        if len(words_of_name) > 1 and words_of_name[0][:1].isupper() and any(
                " ".join(words_of_name[:k]).lower() in EVENT_TITLES and words_of_name[k][:1].isupper()
                for k in range(1, len(words_of_name))):
            cluster.votes["event"] += 3  # "Hurricane Holm", "Tropical Storm Anna", "Operation Nordvik"
        classified = _classified_as(toks, m)
        if classified is not None:
            cluster.votes[classified] += 3  # "Lindmark is a fishing town"
            cluster.classified.add(classified)
            classed_as_thing = classed_as_thing or classified in ("place", "organisation")
        # coordination: "Lindmark and Vesterby", "Holm and Nordby"
        first = toks[m.token_start]
        if first.dep == "conj" and first.head < len(toks):
            partner = toks[first.head]
            if partner.ent in ("GPE", "LOC"):
                cluster.votes["place"] += 1
        for t in toks:
            if t.dep == "conj" and t.head == m.token_end - 1 and t.ent in ("GPE", "LOC"):
                cluster.votes["place"] += 1
    if classed_as_thing and not cluster.titled:
        # a town or a firm is no person, whatever the tagger read in a name it did not know, when nothing gives the
        # name a person's title (a parse may hang a copula on the wrong name: "Erik Holm, whose party is the
        # largest group"); an event may be said of what the sentence tells ("his break-up with X, a painful event")
        cluster.not_person = True
    if located >= 2 and not acting and cluster.votes["place"] < cluster.votes["organisation"] and not cluster.not_person:
        # a one-word name only ever written where something is ("a factory in Lindmark", "moved to Lindmark"), never
        # doing or owning anything: a place, whatever the tagger took it for
        cluster.votes["place"] = cluster.votes["organisation"] + 1


DIRECTIONS = frozenset(w for w in COMPASS_WORDS if not w.endswith("ern") and w != "central")  # "north", not "northern"
BODY_POSTS = words("body_posts")


def _body_post_after(toks, end: int) -> bool:
    """The words right after a name (past a possessive "'s") are a post or a part only an organisation has
    ("Holmex's chief executive", "Nordvik chairman Erik Holm", "the Vester Athletic board")."""
    k = end + 1 if end < len(toks) and toks[end].text in ("'s", "’s") else end
    after = [t.text.lower() for t in toks[k:k + 2] if t.pos in ("NOUN", "ADJ", "PROPN")]
    return any(" ".join(after[:n]) in BODY_POSTS for n in (1, 2) if len(after) >= n)


def _list_members(toks, tok) -> list:
    """The words of the list `tok` is in ("Lindby, Nordvik and Holmsund"): its first member and every conjunct."""
    first, steps = tok, 0
    while first.dep == "conj" and first.head != first.i and steps < LIST_REACH:
        first, steps = toks[first.head], steps + 1
    members, frontier = [first], [first]
    while frontier and len(members) < LIST_REACH:
        frontier = [t for f in frontier for t in toks if t.head == f.i and t.dep == "conj" and t.i != f.i]
        members += frontier
    return members if len(members) > 1 else []


LIST_REACH = 12  # a list of names is at most this long


def _hometown(toks, m: Mention) -> bool:
    """'Anna Berg, 34, a nurse from Lindby', 'Erik Holm, a retired engineer from Vester Bay': the name after "from"
    in the apposition that says who a named person is, or after "of" or "from" right after a person's age ("Olof
    Holm, 29, of Lindby"), is where the person lives (an employer is "at" or "with"; not a name ending in an
    organisation's word: "a researcher from Holm University")."""
    head = span_head(toks, m.token_start, m.token_end)
    if head is None or head.dep != "pobj" or toks[head.head].text.lower() not in ("from", "of") or toks[m.token_end - 1].text.lower() in ORG_HEADS:
        return False
    prep = toks[head.head]
    noun = toks[prep.head]
    if prep.i >= 3 and toks[prep.i - 1].text == "," and toks[prep.i - 2].pos == "NUM" and toks[prep.i - 2].head == noun.i \
            and toks[prep.i - 3].text == "," and noun.ent == "PERSON":
        return True  # "Olof Holm, 29, of Lindby, admitted ...", "Anna Berg, 47, from Vester Bay": after the age
    return prep.text.lower() == "from" and noun.pos == "NOUN" and noun.dep == "appos" and toks[noun.head].ent == "PERSON"


def _state_possession(toks, i: int) -> bool:
    """The words after a possessive name what only a state has ("national", "government", "prime minister"),
    possibly after an adjective ("Nordia's new government")."""
    for k in range(i, min(len(toks), i + 2)):
        if toks[k].text.lower() in STATE_POSSESSIONS:
            return True
        if toks[k].pos != "ADJ":
            return False
    return False


STATE_POSSESSIONS = words("state_possessions")


def _based_at(toks, m: Mention) -> bool:
    """'the Lindby-based charity': the name right before "-based" (a one-word "Lindby-based" token too)."""
    end = m.token_end
    if end + 1 < len(toks) and toks[end].text in ("-", "‐") and toks[end + 1].text.lower() == "based" \
            and toks[end].start == toks[end - 1].start + len(toks[end - 1].text):
        return True
    return m.token_end - m.token_start == 1 and toks[m.token_start].text.lower().endswith("-based")


def _example_of(toks, m: Mention) -> str | None:
    """'four towns, including Lindby', 'ports such as Holmsund', 'countries like Nordia': a name given as an
    example of a class noun ("including", "such as", "like" hanging on it) is of that noun's type, when the
    noun is one of a place's or an organisation's kinds; else None."""
    head = span_head(toks, m.token_start, m.token_end)
    if head is None or head.dep not in ("pobj", "conj"):
        return None
    while head.dep == "conj" and toks[head.head].i != head.i:
        head = toks[head.head]  # the first of a list: "towns such as Lindby, Nordvik and Holmsund"
    if head.dep != "pobj":
        return None
    prep = toks[head.head]
    low = prep.text.lower()
    if not (low in ("including", "like") or low == "as" and prep.i > 0 and toks[prep.i - 1].text.lower() == "such"):
        return None
    noun = toks[prep.head] if low != "as" or toks[prep.i - 1].head == prep.i else toks[toks[prep.i - 1].head]
    if noun.pos != "NOUN" or noun.tag not in ("NNS", "NNPS"):
        return None  # (a plural: a class, not "a town like Lindby", which may only resemble it)
    lemma = noun.lemma.lower()
    return next((etype for etype in ("place", "organisation") if lemma in CLASS_NOUNS[etype]), None)


def _name_syllable(word: str) -> bool:
    """A name written with a lowercase syllable after a hyphen ("Ji-hoon", "Sun-ok", "Min-ji"): a capitalised
    word, then a short lowercase syllable that is not a modifier ("-class", "-based", "-led")."""
    head, _, tail = word.rpartition("-")
    return head[:1].isupper() and head[1:].islower() and tail.isalpha() and tail.islower() and len(tail) <= 4 \
        and tail not in MODIFIER_SUFFIXES


def _titled_by_apposition(toks, m: Mention) -> bool:
    """The name is followed by an apposition whose head is a person's title or role ("X, director of ...", "X, a
    spokesman", "X, a novelist")."""
    if m.token_end >= len(toks) or toks[m.token_end].text != ",":
        return False
    head = span_head(toks, m.token_start, m.token_end)
    return head is not None and any(t.dep == "appos" and t.head == head.i and (_role_word(t.lemma) or t.pos == "NOUN" and _agent_noun(t.lemma))
                                    and t.lemma.lower() not in SHARED_RELATION_NOUNS  # ("X, its neighbour": a place's too)
                                    and not _post_of_next_name(toks, t.i) and not _list_item(toks, head, t)
                                    for t in toks[m.token_end + 1:m.token_end + 6])


def _list_item(toks, name, noun) -> bool:
    """What the parser hung on a name as an apposition is the next item of a list the name's phrase is in, when
    the noun's phrase names the name again ("a house in Holm, a boat in Holm and a plot at Holm": a boat is no
    description of Holm). (A noun joined to it by "and" is no sign alone: "led by Erik Holm, the secretary of the
    council, and the minister's aide Anna Berg"; nor a name inside another: "Anna Brandt, a partner at the law
    firm Brandt Holm".)"""
    return any(toks[j].text == name.text and j != name.i and toks[j].dep != "compound" for j in _subtree(toks, noun.i, stop=set()))


def _post_of_next_name(toks, i: int) -> bool:
    """The noun at `i` is the post of the person named right after it, set off by commas ("... at its offices on
    Harbour Square, the chief executive, Anna Berg, said"), not an apposition of the name before it."""
    j = i + 1
    while j < len(toks) and toks[j].text not in (",", ";", ".") and j - i <= 4:
        j += 1
    return j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].pos == "PROPN" and toks[j + 1].ent in NAME_LABELS \
        and (_role_word(toks[i].lemma) or toks[i].pos == "NOUN" and _agent_noun(toks[i].lemma))


def _renamed_by_age(sentences: dict, source: str, mention: Mention) -> str | None:
    """'... Erik Holm said. The 58-year-old fisherman has sold his catch in Lindby since 1980.': news names a
    person, then calls them by their age and what they are as the subject of the next sentence; what they are
    describes them (the age is no part of it).  Only when the name is the subject of its sentence and the only
    person named there, and the next sentence opens with "The", the age and a noun for a person."""
    sentence, following = sentences[(source, mention.sentence)], sentences.get((source, mention.sentence + 1))
    if following is None or following.paragraph - sentence.paragraph not in (0, 1):
        return None
    toks, after = sentence.tokens, following.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is None or head.dep not in ("nsubj", "nsubjpass") \
            or any(t.ent == "PERSON" and not mention.token_start <= t.i < mention.token_end for t in toks):
        return None
    old = next((t.i for t in after[:7] if t.text.lower() == "old"), None)
    if old is None or after[0].text.lower() != "the" or not any(t.pos == "NUM" or t.text.isdigit() for t in after[1:old]) \
            or not any(t.text.lower() in ("year", "years") for t in after[1:old]):
        return None
    noun = next((t for t in after[old + 1:old + 5] if t.dep in ("nsubj", "nsubjpass")), None)
    if noun is None or noun.pos != "NOUN" or not _names_people(noun.lemma):
        return None
    words = list(after[old + 1:noun.i + 1])
    if words and words[0].text in ("-", "‐"):
        words = words[1:]
    if not words or any(t.pos not in ("ADJ", "NOUN", "VERB", "PUNCT") or t.ent for t in words) or len(words) > ROLE_MAX_WORDS:
        return None
    return span_text(words)


AGENT_SUFFIXES = ("or", "er", "ist", "ian", "ant", "ent")  # "editor", "publisher", "assistant", "agent"


def _agent_noun(lemma: str) -> bool:
    """A noun for someone who practises something, by its suffix ("saxophonist", "columnist", "historian"), the
    role lists not holding every one."""
    low = lemma.lower()
    return len(low) >= 7 and low.isalpha() and low.endswith(("ist", "ian"))


def _role_word(lemma: str) -> bool:
    low = lemma.lower()
    return low in PERSON_TITLES or low in ROLE_NOUNS or low.split("-")[-1] in ROLE_NOUNS  # "ex-girlfriend"


RELATION_NOUNS = shared_words("relation_nouns")


def _person_noun(lemma: str) -> bool:
    """A noun only a person can be (a trade, a title, a kinship), not what one party is to another ("partner")."""
    low = lemma.lower()
    return (_role_word(low) or _agent_noun(low) or low in KINSHIP_NOUNS) and low not in RELATION_NOUNS


def _names_people(lemma: str) -> bool:
    """A noun for people of any kind: one of lang/people_nouns.txt ("resident", "owner"), a trade, a title, a kinship."""
    low = lemma.lower()
    return low in PEOPLE_NOUNS or _role_word(low) or _agent_noun(low) or low in KINSHIP_NOUNS


def _after_role_noun(toks, m: Mention) -> bool:
    """'the singer Lindqvist', 'bassist Holm': a person's role noun right before the name, and the name its
    apposition or the noun a compound of the name; or the post of something the name follows, set off by a comma
    ("the chief executive of Holmex, Karin Dahl")."""
    if m.token_start == 0:
        return False
    noun = toks[m.token_start - 1]
    if noun.text == "," and m.token_start > 1:
        noun = toks[m.token_start - 2]  # "his longtime producer, Per Holm": the name in apposition after a comma
    head = span_head(toks, m.token_start, m.token_end)
    if head is not None and head.dep == "appos" and noun.i == m.token_start - 2 and noun.dep == "pobj" and noun.pos == "PROPN" \
            and toks[noun.head].text.lower() in ("of", *POST_PREPOSITIONS) and head.head in (noun.i, toks[noun.head].head):
        # "the chief executive of Holmex, Anna Dahl", "Vesterland's ambassador to Lindby, Anna Berg": the post
        # is hers (but "the founder of the charter airline, Nordvik Air" names the airline: a common noun takes the
        # apposition)
        noun = toks[toks[noun.head].head]
        return noun.pos == "NOUN" and _role_word(noun.lemma)
    return (noun.pos == "NOUN" and _role_word(noun.lemma) and head is not None
            and (noun.head == head.i and noun.dep == "compound" and noun.i == m.token_start - 1
                 or head.head == noun.i and head.dep == "appos"))


ROLE_NOUNS = shared_words("role_nouns")


def _kind_named(phrase: str | None) -> str | None:
    """'a ship named Holm Star', 'a separate fire, known as the Holm Fire': the type of the noun the name is given
    to (the phrase _named_as reads), when it names a kind of one type only."""
    noun = phrase.split()[-1].lower() if phrase else ""
    kinds = [etype for etype, nouns in CLASSIFYING_NOUNS.items() if noun in nouns]
    return kinds[0] if len(kinds) == 1 else None


def _gave_own_name(toks, m: Mention) -> bool:
    """'a fisherman who gave his name as Olle', 'a voter who gave her name only as Siv': the name a person gave as
    "his" or "her" own."""
    head = span_head(toks, m.token_start, m.token_end)
    if head is None or head.dep != "pobj" or toks[head.head].text.lower() != "as":
        return False
    verb = toks[toks[head.head].head]
    return name_given(toks, verb) == head and any(
        t.head == verb.i and t.dep == "dobj" and t.lemma.lower() == "name"
        and any(p.head == t.i and p.dep == "poss" and p.text.lower() in ("his", "her") for p in toks) for t in toks)


def name_given(toks, verb):
    """The word a "gave ... name as X" clause gives as the name ("who gave his name as Olle": Olle), when `verb` is
    that "give"; or None."""
    if verb.lemma.lower() != "give" or not any(t.head == verb.i and t.dep == "dobj" and t.lemma.lower() == "name" for t in toks):
        return None
    as_ = next((t for t in toks if t.head == verb.i and t.dep == "prep" and t.text.lower() == "as"), None)
    return next((t for t in toks if as_ is not None and t.head == as_.i and t.dep == "pobj"), None)


KINSHIP_NOUNS = words("kinship_nouns")


def _kin_of(toks, m: Mention) -> bool:
    """The name is whose relative a noun for a relative says ("Erik Holm's wife", "the widow of Erik Holm")."""
    end, start = m.token_end, m.token_start
    if end + 1 < len(toks) and toks[end].text in ("'s", "’s") and toks[end + 1].lemma.lower() in KINSHIP_NOUNS and toks[end + 1].pos == "NOUN":
        return True
    return start >= 2 and toks[start - 1].text.lower() == "of" and toks[start - 2].lemma.lower() in KINSHIP_NOUNS and toks[start - 2].pos == "NOUN"


def _says_of_self(toks, m: Mention) -> bool:
    """The name is the subject of a verb whose reported clause has "he" or "she" for its subject, and the sentence
    names nothing else ("Karin Dahl said she would appeal", "Erik Holm told reporters he was innocent")."""
    head = span_head(toks, m.token_start, m.token_end)
    if head is None or head.dep != "nsubj":
        return False
    clause = next((t for t in toks if t.head == head.head and t.dep == "ccomp"), None)
    if clause is None or any(t.ent in NAME_LABELS and not m.token_start <= t.i < m.token_end for t in toks):
        return False
    return any(t.head == clause.i and t.dep in ("nsubj", "nsubjpass") and t.text.lower() in ("he", "she") for t in toks)


PAST_LIKE_BASE = words("past_like_base")


def _plural_agreement(toks, m: Mention) -> bool:
    """A singular name, alone (no "and"), is the subject of a verb in the plural, or the antecedent of a "who" that
    is: "Holm United have ...", "Holm United are ...", "Holm United were ...", "Holm United, who sit ...".  The
    verb's own form says so: a present tense without "-s" and without an auxiliary ("sit", "have", "are"),
    or "were"; not a verb whose past is its base form ("put", "read"), which the tagger may mistake."""
    head = span_head(toks, m.token_start, m.token_end)
    if head is None or head.tag != "NNP" or any(t.head == head.i and t.dep in ("conj", "cc") for t in toks):
        return False
    verbs = [toks[head.head]] if head.dep == "nsubj" else []
    verbs += [v for v in [_relative_verb(toks, m, ("who",))] if v is not None]
    for verb in verbs:
        if any(t.head == verb.i and t.dep == "nsubj" and t.i != head.i and t.text.lower() != "who" for t in toks):
            continue
        auxes = [t for t in toks if t.head == verb.i and t.dep in ("aux", "auxpass")]
        first = auxes[0] if auxes else verb
        if first.i < m.token_start:
            continue  # a question or an inversion: the verb comes before the name
        form = first.text.lower()
        if form in ("are", "were", "have") or first.tag == "VBP" and first.pos == "VERB" and form == first.lemma.lower() \
                and form not in PAST_LIKE_BASE:
            return True
    return False


def _singular_noun(word: str) -> str:
    """A plural noun's singular by its regular ending ("suspects": suspect, "witnesses": witness), else the word."""
    low = word.lower()
    for plural, singular in (("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("ies", "y"), ("s", "")):
        if low.endswith(plural) and len(low) > len(plural) + 2 and not low.endswith("ss"):
            return low[: len(low) - len(plural)] + singular
    return low


def _aged(toks, m: Mention) -> bool:
    """'Anna Berg, 46, said', 'Anna Berg (46)': a name with an age set off after it, as news gives people's."""
    end = m.token_end
    if end + 2 >= len(toks) or toks[end].text not in (",", "(") or toks[end + 2].text not in (",", ")", "."):
        return False
    age = toks[end + 1].text
    return age.isdigit() and 1 <= int(age) <= 120


def _aged_before(toks, m: Mention) -> bool:
    """'the 20-year-old Erik Holm', '19-year-old Erik Holm': an age written right before the name (a firm or a
    town is called old otherwise: "the 100-year-old Holm Bank" has a noun after the age, "bank", no name alone).
    Only a name of two words or more, one written as people's are."""
    k = m.token_start - 5
    age = years_old(toks, k) if k >= 0 else None
    words = toks[m.token_start:m.token_end]
    return age is not None and 1 <= age <= 120 and len(words) >= 2 and all(t.pos == "PROPN" and t.text.istitle() for t in words)


def _after_kind_noun(toks, m: Mention) -> str | None:
    """'the construction firm Holm & Sons', 'the charity Vester Aid': the type of the noun right before the name
    that the name is in apposition to, when the noun names a kind of one type only (a firm, a charity, a
    union: an organisation)."""
    if m.token_start == 0:
        return None
    noun = toks[m.token_start - 1]
    if noun.text == "," and m.token_start > 1:
        noun = toks[m.token_start - 2]  # "its new program, Holm Two": the name in apposition after a comma
    head = span_head(toks, m.token_start, m.token_end)
    if noun.pos != "NOUN" or head is None or not (head.head == noun.i and head.dep == "appos" or noun.head == head.i and noun.dep == "compound"):
        return None
    kinds = [etype for etype, nouns in CLASSIFYING_NOUNS.items() if noun.lemma.lower() in nouns]
    return kinds[0] if len(kinds) == 1 and kinds[0] != "person" else None


PHRASE_WORDS = frozenset({"of", "for", "and", "&"})


def _person_shaped(name: str) -> bool:
    """People's names have no acronyms (other than initials), digits or modifier suffixes ("-class", "-based"), and
    do not end on a company's word ("Holm Records", "Nordvik Marine Works": lang/org_suffixes.txt) or legal form
    ("Holm GmbH": lang/legal_forms.txt)."""
    last = name.split()[-1] if name.split() else ""
    if len(name.split()) > 1 and last[:1].isupper() and last[1:].islower() and last.lower() in ORG_SUFFIXES:
        return False
    if any(w in PHRASE_WORDS for w in name.split()[1:-1]):
        return False  # an English phrase's small word in lower case inside ("Secretariat of Fisheries", "Holm and Berg"); a
        # person's name has none but its particles ("Anna van der Berg")
    if len(name.split()) > 1 and last.lower().replace(".", "") in LEGAL_FORMS:
        return False  # a company's legal form however written ("Holm GmbH", "Berg Ltd.", "Vester S.A.C.")
    for word in name.split():
        bare = word.replace(".", "")
        if any(ch.isdigit() for ch in word) or (bare.isupper() and len(bare) >= 3 and "." not in word
                                               and bare.lower() not in NAME_SUFFIXES):  # ("Erik Berg III")
            return False
        if bare.isupper() and len(bare) >= 2 and bare.lower() in ORG_SUFFIXES:
            return False  # a company's or a club's ending written in capitals: "Holm AG", "Lindmark FC"
        if "-" in word and word.split("-")[-1][:1].islower() and not _name_syllable(word):
            return False  # "Holm-class"; a name's own syllable stays ("Ji-hoon", "Sun-ok")
    return True


def _listed_among_places(cluster: _Cluster, etype: str | None, types_of: dict[str, set]) -> str | None:
    """A one-word name taken for an organisation on the tagger's word alone, listed after a place preposition
    mostly with places ("recruited from Vesterby, Nordvik and Lindmark", "services in Lindby, Nordvik
    and Holmsund"): a place too."""
    if etype != "organisation" or not cluster.listed_with or any(len(n.split()) > 1 for n in cluster.names):
        return etype
    labelled = sum(occ.spacy and occ.mention.label == "ORG" for occ in cluster.refs)
    if cluster.votes["organisation"] > labelled or cluster.not_person:
        return etype  # evidence of its own (a kind noun, "which", an organisation's word): it stays
    partners = [types_of.get(key, set()) for key in cluster.listed_with]
    places = sum("place" in t for t in partners)
    return "place" if places > sum(bool(t & {"organisation", "person"}) for t in partners) else etype


def _work_titles(analysed) -> set[str]:
    """Titles of works ("Holm Nights", a novel the tagger sometimes reads as a person's name): names tagged as a
    work (WORK_OF_ART) at least as often as anything else. Taken for a person, such a name is filed as works are,
    with organisations and products, never as a person."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for a in analysed:
        for m in a.mentions:
            if m.label == "WORK_OF_ART" or m.label in LABEL_TYPES:
                labels[norm(re.sub(r"^(the|a|an)\s+", "", m.text.strip("\"“”'‘’*_ "), flags=re.I))][m.label == "WORK_OF_ART"] += 1
    return {name for name, c in labels.items() if c[True] and c[True] >= c[False]}


PLACE_OPENERS = words("place_openers")


def _place_opener(word: str) -> bool:
    """A capitalised common noun for a kind of place that opens place names (lang/place_openers.txt), accents aside."""
    return word[:1].isupper() and word[1:].islower() and norm(word) in PLACE_OPENERS


def _decide_type(cluster: _Cluster) -> str | None:
    if len(cluster.classified) == 1 and not cluster.titled and (kind := next(iter(cluster.classified))) in ("place", "organisation"):
        # what the articles say it is ("Holmvik, a fishing village of 600", "Vestpost, the state-owned postal
        # company") outweighs any number of labels the model gave a name it did not know, when they say one thing
        return kind
    votes = Counter(cluster.votes)
    # a surname alone, of a full name the model tagged a person's ("Tomas Brandt equalised ... Brandt made it
    # 1-1"), is the person's: the labels the model gave the bare surname ("Brandt" ORG) do not vote
    full = {occ.mention.text for occ in cluster.refs if occ.spacy and occ.mention.label == "PERSON"
            and len(occ.mention.text.split()) > 1 and _person_shaped(occ.mention.text)}
    surnames = {name.split()[-1] for name in full}
    for occ in cluster.refs:
        label = occ.mention.label
        if occ.spacy and occ.mention.text in surnames and label in LABEL_TYPES and LABEL_TYPES[label] != "person":
            votes[LABEL_TYPES[label]] -= 1
    # a name in capitals ("LINDQVIST" in a caption) is the name, not an acronym, when it is written normally too
    written = {n.casefold() for n in cluster.names if all(w[1:].islower() for w in n.split())}  # "Lindqvist", not "Nordvik-AB"
    if votes["person"] and (cluster.not_person or not all(_person_shaped(n) for n in cluster.names
                                                            if not _capitals_of(n, written) and not _capitals_form(n, cluster.names))):
        votes["person"] = 0
    # (a name that a direction word starts, "North Vesterby", is no first name and surname)
    single = all(len(n.split()) == 1 or n.split()[0].lower() in COMPASS_WORDS for n in cluster.names)
    # (not one the articles call a person: "Vester, a fisherman from Lindby," is someone known by one name)
    doubted = bool(votes["person"]) and single and not cluster.titled and cluster.classified != {"person"}
    if doubted:
        # one-word "people" never given a first name or a title are doubted (cities and brands are often
        # tagged PERSON): other evidence wins, and with none they are taken for organisations
        votes["person"] *= 0.2  # type: ignore[assignment]  # votes are weights
    votes = Counter({t: v for t, v in votes.items() if v > 0})
    if not votes:
        return "organisation" if cluster.votes else None
    best = max(votes, key=lambda t: (votes[t], -TYPE_ORDER[t]))
    if best == "person" and doubted:
        return "organisation"
    return best


def _capitals_of(name: str, written: set[str]) -> bool:
    """A caption's form of a name the articles also write normally: "LINDQVIST", "Skier MIKE LINDQVIST"; but
    not a name with an acronym of its own ("MV Holm Vester" beside "Holm Vester")."""
    capitals = [w.casefold() for w in name.split() if w.isupper() and len(w) > 1]
    padded = f" {name.casefold()} "
    return bool(capitals) and any(f" {w} " in padded and set(capitals) <= set(w.split()) for w in written)


def _is_title_or_word(cluster: _Cluster, lowercase_words: Counter, sentences: dict) -> bool:
    """Not an entity: a title or rank ("Wing Cdr", "Lance Corporal", "District Engineer"), an honorific alone ("Hon."), or an ordinary word
    capitalised in one place ("Swimmers") that the articles also use in lower case; but a word whose "The" keeps
    its capital inside a sentence is a name, whatever the word ("noted The Courier")."""
    titled_the = any((o.mention.text.startswith("The ") and _inside_sentence(sentences[(o.source, o.mention.sentence)], o.mention.token_start)
                      or o.mention.token_start > 1 and sentences[(o.source, o.mention.sentence)].tokens[o.mention.token_start - 1].text == "The"
                      and _inside_sentence(sentences[(o.source, o.mention.sentence)], o.mention.token_start - 1))
                     and not _title_case(sentences[(o.source, o.mention.sentence)])  # (not a heading: "What The Panel Found")
                     for o in cluster.refs)
    if titled_the:
        return False
    for name in cluster.names:
        words = name.split()
        # (a word written with a capital inside sentences far more often than in lower case is a name: "the Synod")
        ordinary = len(words) == 1 and name[:1].isupper() and name[1:].islower() and name.lower() in lowercase_words \
            and lowercase_words[f"^{name}"] <= max(1, 2 * lowercase_words[name.lower()])
        # (or two such words the articles also write as a phrase in lower case: "Harbour Watch", "a harbour watch boat")
        ordinary = ordinary or len(words) == 2 and all(w[:1].isupper() and w[1:].islower() for w in words) \
            and name.lower() in lowercase_words and lowercase_words[f"^{words[-1]}"] <= max(1, 2 * lowercase_words[words[-1].lower()])
        # the head: the last word, or the last before an of-phrase ("Ministry of Justice" is no title, "Minister of
        # Justice" is)
        cut = _head_end(words)
        last = words[cut - 1].lower().strip(".")
        # a title ("Rear Adm", "Health Minister"); not a name ending in a word that only stands before a title ("Erik Deputy")
        # (nor an honorific alone, "Hon." or "Tmt.", which the tagger took for a name; nor a post of common words
        # ending on a trade, "District Environmental Engineer", every word written in lower case elsewhere)
        post = last in ROLE_NOUNS and len(words) > 1 and all(w[:1].isupper() and (w.lower() in lowercase_words or w.lower() in ROLE_NOUNS | PERSON_TITLES)
                                                              for w in words[:cut])  # (not "Holm the Drummer": a stage name)
        if (last not in PERSON_TITLES or last in TITLE_MODIFIERS) and not ordinary and not (len(words) == 1 and last in HONORIFICS) \
                and not post and not (len(words) == 1 and name in POST_NOMINALS):  # ("KC" tagged apart from "Anna Berg KC")
            return False
    return True


def _inside_sentence(sentence: Sentence, i: int) -> bool:
    """Token i stands inside its sentence, where a capital tells: not its first word, nor the first after an opening
    quotation mark ('"The Premier will answer on Monday," she said')."""
    toks = sentence.tokens
    return i > 0 and not (toks[i - 1].text in QUOTE_OPENERS and (i == 1 or toks[i - 2].text in QUOTE_OPENERS or toks[i - 2].pos == "PUNCT"))


QUOTE_OPENERS = set(OPEN_QUOTES + SINGLE_OPEN) | {"``", "`"}  # (as the tokenizer may write them)


def _title_case(sentence: Sentence) -> bool:
    """A heading written in title case: every word of three letters or more starts with a capital."""
    words = [t.text for t in sentence.tokens if t.text.isalpha() and len(t.text) >= 3]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


GIVEN_NAMES = words("given_names")
SURNAME_PARTICLES = shared_words("surname_particles")
OF_PARTICLES = words("of_particles")


def _lone_given_name(cluster: _Cluster) -> bool:
    """Not an entity: a given name alone ("his friend Peter"), tagged a person and nothing else, never with a
    surname or a title: someone the articles do not name, whom the doubt about one-word people would otherwise
    make an organisation."""
    return not cluster.titled and set(cluster.votes) == {"person"} and all(
        len(n.split()) == 1 and n[:1].isupper() and n[1:].islower() and n.lower() in GIVEN_NAMES for n in cluster.names)


def _in_title_case_only(cluster: _Cluster, sentences: dict) -> bool:
    """Not an entity the articles name: every mention stands in a line written in title case, every word of three
    or more with a capital ("Ruling Due Next Week", "Harbour Board Shuts Holm Yard", "Tags: Lindby, Harbour
    Safety"), a heading or a list whose capitals say nothing of what is a name."""
    def title_case(sentence: Sentence) -> bool:
        words = [t.text for t in sentence.tokens if t.text[:1].isalpha()]
        return len(words) >= TITLE_CASE_WORDS and all(w[:1].isupper() for w in words)

    return all(title_case(sentences[(o.source, o.mention.sentence)]) for o in cluster.refs)


TITLE_CASE_WORDS = TUNING.title_case_words


def _family_address(cluster: _Cluster) -> bool:
    """Not an entity: what family members call one another ("Mom kept every letter", "Dad built the boat":
    lang/family_address_words.txt), which the tagger reads as a name."""
    return all(len(n.split()) == 1 and n.lower() in FAMILY_ADDRESS_WORDS for n in cluster.names)


FAMILY_ADDRESS_WORDS = words("family_address_words")


def _generic_head_of_several(cluster: _Cluster, sentences: dict, name_heads: Counter) -> bool:
    """Not an entity: the head word of an organisation's or a place's name, with a capital, after "the" ("the
    Board said", "the Court ruled"), in a story with two or more entries whose names end with it ("the Vester
    Water Board", "the Lindby Planning Board"): it stands for one of them, which the sentence does not say. (One
    such entry, or none, and it may be that entry's short form, or a name of its own: "the Senate".)"""
    names = {n for n in cluster.names}
    if not all(len(n.split()) == 1 and n[:1].isupper() and n[1:].islower() for n in names):
        return False
    heads = {n.lower() for n in names}
    if not heads <= ORG_HEADS | GEO_HEADS or not all(name_heads[h] >= 2 for h in heads):
        return False
    return all(o.mention.token_start > 0 and sentences[(o.source, o.mention.sentence)].tokens[o.mention.token_start - 1].text.lower() == "the"
               for o in cluster.refs)


NATIONALITY_ENDINGS = tuple(words("nationality_endings"))


def _nationality_of(word: str, place: str) -> bool:
    """`word` is the word for the people (or the adjective) of `place`, not another spelling of it: the two share
    their stem but for the place's last two letters at most, and `word` ends as a nationality does ("holmine" of
    "holmina", "nordian" of "nordia", "vesterlandic" of "vesterland")."""
    if word == place or not word.endswith(NATIONALITY_ENDINGS) or place.endswith(NATIONALITY_ENDINGS):
        return False
    stem = len(os.path.commonprefix([word, place]))
    return stem >= 4 and stem >= len(place) - 2


def _demonym_alone(cluster: _Cluster, stems: dict[str, list[tuple[str, "_Cluster"]]]) -> bool:
    """Not an entry: the word for the people of a place the story names, alone ("the Holmine, 51, claims ...": a
    person called by nationality; "a Nordian said"), which no article writes with a name. `stems`: the one-word names
    of what is no person, by their first four letters."""
    return all(len(n.split()) == 1 for n in cluster.names) and any(
        _nationality_of(norm(n), key) and owner is not cluster
        for n in cluster.names for key, owner in stems.get(norm(n)[:4], ()))


def _people_modifier(cluster: _Cluster, sentences: dict) -> bool:
    """Not an entry: the name of a people, or the adjective of their region, that the articles use only before a
    common noun ("a Vesterish wheat farmer", "an Oskari community", "the Upper Holmian coal belt"), which the tagger
    took for a person's or an organisation's name: a kind of people or of region, no one named. Every mention
    modifies the noun right after it; the tagger called it a person by one word, or a person or an organisation by
    a name ending as the adjective of a nationality does ("Holmian"); never a possessive ("Holm's family")."""
    for o in cluster.refs:
        toks = sentences[(o.source, o.mention.sentence)].tokens
        head = span_head(toks, o.mention.token_start, o.mention.token_end)
        end = o.mention.token_end
        if head is None or end >= len(toks) or head.dep not in ("compound", "amod", "nmod") or head.head < end \
                or not (toks[end].pos in ("NOUN", "ADJ") and toks[end].text.islower()) or toks[head.head].pos != "NOUN" \
                or toks[head.head].lemma.lower() in PERSON_TITLES | OTHER_KINDS | STATE_POSSESSIONS:
            return False  # (a place or a body before a post is theirs, "former Vesterland president Erik Holm"; a
            # name before a noun for a place or a body, or for what only a state has, is that one's: "this quiet
            # Vesterland town", "the Vesterland government")
        demonym = norm(o.mention.text).endswith(DEMONYM_ENDINGS)
        if not (o.mention.label == "PERSON" and (len(o.mention.text.split()) == 1 or demonym) or o.mention.label == "ORG" and demonym):
            return False  # (a person's full name may stand before a noun: "the Erik Holm administration")
    return bool(cluster.refs)


class _Quotations:
    """The articles' paragraphs and their quotations' spans, by source and paragraph (the story's, found once:
    Story.quoted)."""

    def __init__(self, analysed) -> None:
        story = Story.of(analysed)
        self.paragraphs = {a.source.id: a.source.paragraphs for a in story}
        self.spans = story.quoted

    def of(self, source: str, paragraph: int) -> list[tuple[int, int]]:
        return self.spans[source][paragraph]


def _opens_quotations_only(cluster: _Cluster, quoted: _Quotations) -> bool:
    """Not an entry: a capitalised word or two that stand only at the start of a quoted sentence ('"Vasta lum tarin
    (We will not sail today)"', a quotation in another language): the capital is the sentence's, and the tagger,
    not knowing the words, took them for a name. A name the articles write anywhere else is kept."""
    def opening(occ: _Occurrence) -> bool:
        m = occ.mention
        text = quoted.paragraphs[occ.source][m.paragraph]
        if text[:m.start].rstrip()[-1:] not in QUOTE_OPENINGS:
            return False  # (after no quotation mark or sentence end: no quotation need be read)
        span = next(((a, b) for a, b in quoted.of(occ.source, m.paragraph) if a <= m.start < b), None)
        if span is None:
            return False
        before = text[span[0]:m.start].strip(" \"“”‘’'")
        after = text[m.end:span[1]].strip(" \"“”‘’',.")
        return bool(after) and (not before or before[-1] in ".!?")  # (a name quoted alone, "the 'Holm Hawks'", is a name)
    return bool(cluster.refs) and all(len(n.split()) <= 3 for n in cluster.names) and all(opening(o) for o in cluster.refs)


QUOTE_OPENINGS = set("\"“‘'.!?")  # what a quoted sentence's first word follows


def _bare_direction(cluster: _Cluster) -> bool:
    """Not an entity: a direction word alone ("the North held a vote", "in the South"), which stands for
    a country or a region the articles name in full, or for none."""
    return all(len(n.split()) == 1 and n.lower() in COMPASS_WORDS for n in cluster.names)


PAIR_JOINER = re.compile(r"(?<=[\w.])[-–](?=\w)")


def _pair_of_names(cluster: _Cluster, owners: dict[str, _Cluster]) -> bool:
    """Not an entry: two names joined by a hyphen or a dash, each the name of another entry ("the Vesterland-Nordmark
    border", "the Lindby-Holmsund ferry"): the two, not a third thing; a person's double-barrelled name stays."""
    if cluster.is_person():
        return False
    for name in cluster.names:
        parts = PAIR_JOINER.split(name)
        if len(parts) != 2 or not all(owners.get(norm(p)) not in (None, cluster) for p in parts):
            return False
    return True


def _ambiguous_short_name(cluster: _Cluster, last_words: Counter) -> bool:
    """Not an entry: a one-word name that is the surname of two or more people of the story ("Berg" beside Anna
    Berg and Erik Berg): whose is not said, and the merge left it alone; the tagger's doubt would make it an
    organisation."""
    return not cluster.is_person() and not _placed(cluster) and all(len(n.split()) == 1 and last_words[n.casefold()] >= 2 for n in cluster.names)


def _common_initialism(cluster: _Cluster, sentences: dict) -> bool:
    """Not an entity: an initialism the articles use as a common noun, with "a" or "an" before it and nothing
    after it that it modifies ("planning an IPO", "fitted with a GPS"; but "an NVL engineer" names NVL), or spell
    out in lower case (_spelled_in_lower_case)."""
    if not all(re.fullmatch(r"[A-Z]{2,5}", n.replace(".", "")) for n in cluster.names):
        return False
    for occ in cluster.refs:
        if _spelled_in_lower_case(sentences[(occ.source, occ.mention.sentence)].text, occ.mention.text):
            return True  # "its harbour traffic service (HTS)": the initials of common words
        toks = sentences[(occ.source, occ.mention.sentence)].tokens
        m = occ.mention
        head = span_head(toks, m.token_start, m.token_end)
        if m.token_start > 0 and toks[m.token_start - 1].text.lower() in ("a", "an") and head is not None \
                and head.dep not in ("compound", "nmod", "amod", "poss") \
                and not (m.token_end < len(toks) and toks[m.token_end].pos in ("NOUN", "PROPN")):
            return True
    return False


def _spelled_in_lower_case(text: str, abbreviation: str) -> bool:
    """The text gives the initials in brackets right after the words in lower case they stand for ("a shore power
    supply (SPS) contract"): a common noun's initials."""
    letters = abbreviation.replace(".", "").lower()
    for found in re.finditer(r"((?:\b[a-z][a-z-]*\s+){1,8})\(" + re.escape(abbreviation) + r"\)", text):
        words = found.group(1).split()
        if any(words[k] not in JOINERS and initials(" ".join(words[k:])) == letters for k in range(len(words))):
            return True
    return False


def _is_role_fragment(cluster: _Cluster, sentences: dict) -> bool:
    """'Energy' in 'Deputy Energy Minister Artem Nekrasov': every mention sits inside a title before a name."""
    if len(cluster.names) > 1 or any(len(n.split()) > 1 for n in cluster.names):
        return False
    for occ in cluster.refs:
        toks = sentences[(occ.source, occ.mention.sentence)].tokens
        m = occ.mention
        after = toks[m.token_end].text.lower().strip(".") if m.token_end < len(toks) else ""
        before = toks[m.token_start - 1].text.lower().strip(".") if m.token_start > 0 else ""
        if not (after in PERSON_TITLES and before in PERSON_TITLES):
            return False
    return True


def _post_after_the(cluster: _Cluster, sentences: dict) -> bool:
    """'the Deputy Senior Steward on the Harbour Board, Hon. Anna Berg,', 'Anna Berg, the Senior Steward on ...':
    words the model read as a person's name that every article writes after "the", in apposition to the name of
    the person who holds them, are a post, no one's name (a name takes no article: not "the Anna Berg")."""
    for occ in cluster.refs:
        toks = sentences[(occ.source, occ.mention.sentence)].tokens
        m = occ.mention
        k = m.token_start - 1
        while k >= 0 and toks[k].text[:1].isupper() and toks[k].pos == "PROPN" and toks[k].text.lower().strip(".") in TITLE_MODIFIERS:
            k -= 1  # ("the Deputy Senior Steward": "Deputy" left out of the name)
        if k < 0 or toks[k].text.lower() != "the":
            return False
        holder = next((t for t in toks[m.token_end:m.token_end + 12] if t.text == ","), None)
        after = holder is not None and any(t.ent == "PERSON" for t in toks[holder.i + 1:holder.i + 6])
        before = k > 0 and toks[k - 1].text == "," and any(t.ent == "PERSON" for t in toks[max(0, k - 6):k - 1])
        if not (after or before):
            return False  # (nor its holder's apposition: "Anna Berg, the Senior Steward on ...")
    return True


# ---------------------------------------------------------------------------------------------- merging


BIRTH_NAME = re.compile(r"\s*[,(]\s*(?:born|n[ée]e|real name|whose real name (?:is|was))\s+((?:" + CAPITAL + r"[\w'’.-]+\s+){1,3}" + CAPITAL + r"[\w'’-]+)\b")
KNOWN_AS = re.compile(r",?\s*(?:also |commonly |better |widely )?known as (?:the )?(" + ABBREVIATION + r")\b")
# "the Vester Harbour Police Unit (VHPU), better known as the Ravens": the name a body goes by, of capitalised words
KNOWN_AS_NAME = re.compile(r"(?:\s*\(" + ABBREVIATION + r"\))?,\s*(?:also |commonly |better |widely |popularly )?known as (?:the )?((?:"
                           + CAPITAL + r"[\w'’-]+\s+){0,2}" + CAPITAL + r"[\w'’-]+)\b")


def _defined_abbreviations(analysed, written: dict[str, str] | None = None, acronyms: dict[str, str] | None = None) -> dict[str, str]:
    """'Holm River Authority (HRA)' defines HRA; returns normalised abbreviation -> expansion (and fills `written`
    with the expansions as the articles write them, `acronyms` with the abbreviations in capitals as written)."""
    out = {}
    written = {} if written is None else written
    acronyms = {} if acronyms is None else acronyms
    pattern = re.compile(r"((?:" + CAPITAL + r"[\w'’.-]*\s+|(?:of|the|and|for|on|de)\s+){0,9}" + CAPITAL + r"[\w'’-]+)\s+\((" + ABBREVIATION + r")\)")
    for a in analysed:
        for s in a.sentences:
            for match in pattern.finditer(s.text):
                expansion, abbr = match.group(1).strip(), match.group(2)
                words = [w for w in re.sub(r"^(the|The)\s+", "", expansion).split()]
                letters = abbr.replace(".", "").upper()
                # take the shortest tail of the expansion whose initials spell the abbreviation
                for k in range(len(words), 0, -1):
                    tail = words[-k:]
                    if tail[0].lower() in JOINERS:
                        continue  # ("the closure of Holm Chemicals Ltd (HCL)": the name starts after "of")
                    if "".join(w[0] for w in tail if w.lower() not in JOINERS).upper() == letters:
                        out[norm(abbr)] = norm(" ".join(tail))
                        written.setdefault(norm(abbr), " ".join(tail))
                        if abbr.isupper() and abbr.isalpha():
                            acronyms.setdefault(norm(abbr), abbr)
                        break
        for m in a.mentions:
            if m.label not in ("ORG", "FAC", "GPE", "LOC", "EVENT"):
                continue
            # "the Lindmark Bridge Authority, known as LBA"
            known = KNOWN_AS.match(a.source.paragraphs[m.paragraph][m.end:m.end + 40]) \
                or m.label == "ORG" and KNOWN_AS_NAME.match(a.source.paragraphs[m.paragraph][m.end:m.end + 60])
            if known and norm(known.group(1)) not in out and norm(known.group(1)) != norm(clean_name(m.text)):
                out[norm(known.group(1))] = norm(clean_name(m.text))
            after = a.source.paragraphs[m.paragraph][m.end:m.end + 14]
            defined = re.match(r"\s*\((" + ABBREVIATION + r")(?:\s+\d+)?\)", after)
            if defined and defined.group(1).lower() in WIRE_CREDITS:
                continue  # a dateline's agency credit, "VESTERBY, Nordia (NW) —", abbreviates nothing
            if defined and norm(defined.group(1)) not in out:
                out[norm(defined.group(1))] = norm(clean_name(m.text))
    return out


def _birth_names(analysed) -> dict[str, str]:
    """'Kid Vester, born Erik Holm, ...', 'Kid Vester (real name Erik Holm)': one person by the name the articles
    call him by and the name he was born with; returns normalised birth name -> the name used."""
    out: dict[str, str] = {}
    for a in analysed:
        for m in a.mentions:
            if m.label == "PERSON":
                born = BIRTH_NAME.match(a.source.paragraphs[m.paragraph][m.end:m.end + 60])
                if born and norm(born.group(1)) != norm(clean_name(m.text)):
                    out.setdefault(norm(born.group(1)), norm(clean_name(m.text)))
    return out


# a name of two or more words in brackets right after another, and nothing else in them: "the Cuerpo de Holmar
# (Holmar Fire Corps)", "the Vester Health Directorate (Helsedirektoratet Vester)"
GLOSS = re.compile(r"\s*\(((?:" + CAPITAL + r"[\w'’.-]*\s+(?:(?:of|the|and|for|de|del|da|do|dos|das|la|y|e|di|du|des|der|von|van)\s+)*){1,6}" + CAPITAL
                   + r"[\w'’.-]*)\)")


def _glossed_names(analysed) -> dict[str, str]:
    """An organisation's, a site's or an event's name glossed by another in brackets, in the other language or in
    full: "Cuerpo de Holmar (Holmar Fire Corps)", "Vester Health Directorate (Helsedirektoratet Vester)"; returns
    normalised bracketed name -> the name before it.  Not a place in brackets (it says where: "Holm Water Board (Lindby
    County)"), nor anything after a person's name (a party: "Erik Holm (Vester Party)")."""
    out: dict[str, str] = {}
    for a in analysed:
        places = {(m.paragraph, m.start) for m in a.mentions if m.label in ("GPE", "LOC", "NORP")}
        for m in a.mentions:
            if m.label not in ("ORG", "FAC", "EVENT"):
                continue
            glossed = GLOSS.match(a.source.paragraphs[m.paragraph][m.end:m.end + 100])
            if glossed is None:
                continue
            name, other = clean_name(m.text), glossed.group(1)
            if other.replace(".", "").isupper() or norm(other) == norm(name) or (m.paragraph, m.end + glossed.start(1)) in places:
                continue  # (an abbreviation: _defined_abbreviations)
            out.setdefault(norm(other), norm(name))
    return out


OTHER_NAME = r"((?:" + CAPITAL + r"[\w'’$-]*\s+){0,3}" + CAPITAL + r"[\w'’$-]*)"
# "Erik Holm, 41, known to his fans as Kid Vester", "Erik Holm, better known as Kid Vester", "Erik Holm, who
# performed as Kid Vester": the name he goes by (a one-word one only after "known as": "performed as Holmsman" is a part)
GOES_BY = re.compile(r",\s*(?:\d{1,3},\s*)?(?:(?:also|better|widely|commonly)\s+known(?:\s+to\s+\w+(?:\s+\w+)?)?\s+as|known(?:\s+to\s+\w+(?:"
                     r"\s+\w+)?)?\s+as|(?:[\w-]+\s+){0,6}?who\s+(?:performed|performs|recorded|records)\s+as(?=\s+\S+\s+" + CAPITAL + r"))\s+"
                     + OTHER_NAME)
# "first as Kid Vester, before rebranding as Erik Holm", "under the name Kid Vester before renaming himself Holm"
RENAMED = re.compile(r"\b(?:as|under the name)\s+" + OTHER_NAME + r",?\s+before\s+(?:re)?(?:branding|naming)\s+(?:(?:him|her)self\s+)?(?:as\s+)?"
                     + OTHER_NAME)


def _other_names(analysed) -> dict[str, str]:
    """A person's other name: one a full name goes by ("Erik Holm, known to his fans as Kid Vester"), or one
    given up for another ("first as Kid Vester, before rebranding as Erik Holm"); returns normalised other name ->
    the full name, or the former name -> the new one: one person under either."""
    out: dict[str, str] = {}
    for a in analysed:
        for m in a.mentions:
            name = clean_name(m.text)
            if m.label == "PERSON" and len(name.split()) > 1:
                goes_by = GOES_BY.match(a.source.paragraphs[m.paragraph][m.end:m.end + 100])
                if goes_by and norm(goes_by.group(1)) != norm(name):
                    out.setdefault(norm(goes_by.group(1)), norm(name))
        for paragraph in a.source.paragraphs:
            for renamed in RENAMED.finditer(paragraph):
                if norm(renamed.group(1)) != norm(renamed.group(2)):
                    out.setdefault(norm(renamed.group(1)), norm(renamed.group(2)))
    return out


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(ch in letters for ch in short)


def _initials_of(key: str) -> set[str]:
    """The initials of a name of several words, and of the name after the country it opens with ("us harbour safety
    board": ushsb, hsb)."""
    words = key.split()
    return {initials(key)} | {initials(" ".join(words[k:])) for k in (1, 2, 3) if " ".join(words[:k]) in COUNTRY_FORMS}


DISASTER_NOUNS = shared_words("disaster_nouns")  # "the Holm earthquake", "the Vester Tower fire": an event by its place
ORG_OPENERS = words("org_openers")  # "Universidad", "Banco": a body's head word opening its name (_vote)
FEATURE_HEADS = words("feature_heads")  # a river, a sea, a desert: named with "the" and without the kind (_match)
CITY_HEADS = {"city", "county"}  # what a town's full name may end in, the town itself (_match)


def _core(key: str) -> str:
    words = key.split()
    while len(words) > 1 and words[-1] in GEO_HEADS:
        words = words[:-1]
    return " ".join(words)


def _tail_block(word: str) -> tuple[str, ...]:
    """A long word's first letter and last five ("b~envik"): one spelled another way in its middle ("Bochenvik" /
    "Botchenvik") meets it there."""
    return (f"{word[0]}~{word[-5:]}",) if len(word) >= 8 else ()


def _sound_block(word: str) -> tuple[str, ...]:
    """A word's block by its sound (text.sound_of, as transliterated() compares): "sutrisno" and "soetrisno", which
    share no first letters but their first, meet there."""
    sound = sound_of(word)
    return (f"~{sound}",) if sound is not None else ()


class _Index:
    """Blocking index over merged clusters: by whole words, by word prefixes, and by initials."""

    # Each block maps cluster ids to clusters, in insertion order: membership is a dict lookup, never a list scan
    # comparing clusters field by field (which made many distinct names quadratic).

    def __init__(self) -> None:
        self.by_letter: dict[str, dict[int, _Cluster]] = defaultdict(dict)  # one-word names, for "Nordm." ~ "Nordmark"
        self.by_word: dict[str, dict[int, _Cluster]] = defaultdict(dict)
        self.by_initials: dict[str, dict[int, _Cluster]] = defaultdict(dict)

    def add(self, cluster: _Cluster) -> None:
        for key in cluster.keys():
            self._add_key(key, cluster)

    def _add_key(self, key: str, cluster: _Cluster) -> None:
        for word in key.split():
            # ("al-holm" by "holm" too; "sutrisno" by the sound it shares with "soetrisno")
            for block in {word, word[:4], word[:3], without_particle(word), *_tail_block(word), *_sound_block(word)}:
                self.by_word[block].setdefault(id(cluster), cluster)
        if len(key.split()) > 1:
            for initials in _initials_of(key):
                self.by_initials[initials].setdefault(id(cluster), cluster)
        elif key:
            self.by_letter[key[0]].setdefault(id(cluster), cluster)

    def _blocks(self, word: str) -> list[dict[int, _Cluster]]:
        return [self.by_word.get(block, {}) for block in dict.fromkeys((word, word[:4], word[:3], *_tail_block(word), *_sound_block(word)))]

    def candidates(self, key: str) -> list[_Cluster]:
        """The clusters sharing a word or a word's first letters with the key.  A block larger than
        TUNING.name_block is left out when another word of the key has a smaller one (thousands of people share
        a first name; their surnames find the variants), so that many distinct names stay near-linear."""
        out: dict[int, _Cluster] = {}
        words = key.split()
        chosen = [[b for b in self._blocks(word) if len(b) <= TUNING.name_block] for word in words]
        if words and not any(chosen):  # every block is large: the last word's smallest (a surname's own word)
            chosen = [[min(self._blocks(words[-1]), key=len)]]
        for blocks in chosen:
            for block in blocks:
                out.update(block)
        if len(key) <= 4 and " " not in key:
            for cid, c in self.by_letter.get(key[:1], {}).items():
                out.setdefault(cid, c)
        for cid, c in self.by_initials.get(key.replace(" ", ""), {}).items():
            out.setdefault(cid, c)
        return list(out.values())


def _merge(clusters: list[_Cluster], abbreviations: dict[str, str], second_pass: bool = False) -> list[_Cluster]:
    """Attach each group to a bigger one it is a surname, variant, abbreviation or core of; biggest first.
    The second pass knows every name from the start, so that a long name can find the shorter ones it is
    made of."""
    clusters.sort(key=lambda c: (-max(_name_words(n) for n in c.names), -sum(c.names.values()), c.top))
    kept: list[_Cluster] = []
    index = _Index()
    owner: dict[str, _Cluster] = {key: c for c in clusters for key in c.keys()} if second_pass else {}
    for cluster in clusters:
        target = _find_target(cluster, index, abbreviations, owner)
        if target is cluster:
            target = None
        if target is not None and cluster.is_person() and target.is_person() \
                and None is not _given_sex(cluster) != _given_sex(target) is not None:
            target = None  # a woman's given name and a man's are two people ("Anna Holm" and "Erik Holm")
        if target is None:
            kept.append(cluster)
            index.add(cluster)
            for key in cluster.keys():
                owner[key] = cluster
        else:
            target.absorb(cluster)
            for key in cluster.keys():
                owner[key] = target
                index._add_key(key, target)
    return kept


def _name_words(name: str) -> int:
    """How many words a name has, an honorific before it aside ("Mrs Holm", "Mr van der Berg" are surnames: they
    join a full name, which must be placed before them)."""
    words = name.split()
    return len(words) - (words[0].lower().strip(".") in TITLES_BEFORE_SURNAMES
                         and (len(words) == 2 or len(words) > 2 and words[1].lower() in SURNAME_PARTICLES))  # ("Mr van der Berg")


def _find_target(cluster: _Cluster, index: _Index, abbreviations: dict[str, str], owner: dict[str, _Cluster]) -> _Cluster | None:
    key = norm(cluster.top)
    tokens = key.split()
    if key in abbreviations:
        expansion = abbreviations[key]
        # the expansion itself, or the unit it names with its code: "cps" ~ "coastal patrol squadron cps 12"
        # (or the one name the expansion ends: "Vesterland Data Protection Commission (DPC)" spells DPC without
        # the country its name opens with)
        ending = {id(c): c for k, c in owner.items() if k.endswith(f" {expansion}")}
        target = owner.get(expansion) or next((c for k, c in owner.items() if k.startswith(f"{expansion} {key} ")), None) \
            or (next(iter(ending.values())) if len(ending) == 1 else None)
        if target is not None and target is not cluster:
            return target
    person = cluster.is_person()
    # one country by another of its usual names ("U.S." / "America"): language data, not a guess
    other_names = COUNTRY_NAMES.get(key, frozenset())
    target = next((owner[k] for k in sorted(other_names) if k in owner and owner[k] is not cluster and not owner[k].is_person()), None)
    if target is not None and not person:
        return target
    acronym = all(n.replace(".", "").isupper() and len(n) <= 8 for n in cluster.names)
    if len(tokens) == 2 and tokens[0] in TITLES_BEFORE_SURNAMES and tokens[1] in SURNAME_PARTICLES:
        return None  # "Mme Le" (of "Mme Le Holm-Berg", cut by the model): a particle is no family name of anyone's
    if len(tokens) == 2 and tokens[0] in TITLES_BEFORE_SURNAMES or len(tokens) > 2 and tokens[0] in TITLES_BEFORE_SURNAMES \
            and tokens[1] in SURNAME_PARTICLES or len(tokens) > 2 and tokens[0] in HONORIFICS:
        # "Ms Berg" is Anna Berg's surname with an honorific; "Cllr Berg", "Supt Holm": with a title; "Mr van der Berg"
        # a surname with its particles; "Hajj Erik Holm" a full name with an honorific
        key, tokens = " ".join(tokens[1:]), tokens[1:]
    scored: list[tuple[float, int, _Cluster]] = []
    dotted = cluster.abbreviated  # written as an abbreviation ("Nordm.")
    # a name made of another known name and this one's tail: "us navy 7th fleet" = "us navy" + "7th fleet";
    # a known name and a number: "vrc 30" = "vrc"
    for split in range(1, len(tokens)):
        head, tail = " ".join(tokens[:split]), " ".join(tokens[split:])
        if head in owner and tail in owner and owner[tail] is not owner[head] and owner[tail] is not cluster and split < len(tokens) - 1:
            return owner[tail]
        if head in owner and tail.isdigit() and owner[head] is not cluster:
            return owner[head]
    own_sources = {o.source for o in cluster.refs}
    for rank, other in enumerate(index.candidates(key)):
        if other is cluster or person and _named_together(cluster, other, len(tokens)):
            continue
        best = 0.0
        # (two people never named in one article may be one person spelled two ways)
        apart = person and other.is_person() and not own_sources & {o.source for o in other.refs}
        for other_key in other.keys():
            best = max(best, _match(key, tokens, person, other_key, other, acronym, _placed(cluster), dotted, apart, cluster))
            other_words = other_key.split()
            if person and len(other_words) > 2 and other_words[0] in HONORIFICS:
                # the other's full name with an honorific before it, as this one's is read without it ("Sheikh Erik
                # Holm" beside "Erik Holme" of another article)
                best = max(best, _match(key, tokens, person, " ".join(other_words[1:]), other, acronym, _placed(cluster), dotted, apart, cluster))
        if best:
            scored.append((best, -rank, other))
    if not scored:
        return None
    scored.sort(key=lambda s: (-s[0], -s[1]))
    if len(scored) > 1 and scored[0][0] == scored[1][0] and (len(tokens) == 1 or scored[0][0] in (DOUBLE_SURNAME, NATIONALITY_DROPPED)):
        # an ambiguous surname: two different people; unless an honorific says which ("Mrs Holm" of "Erik Holm"
        # and "Anna Holm": the one whose given name is a woman's, the others' all men's)
        # (the honorific in the name, or written before it: the tagger leaves "Mrs" out of "Mrs Holm-Berg" at times)
        sexes = {SEX_OF_HONORIFIC[n.split()[0].lower().strip(".")] for n in cluster.names
                 if len(n.split()) == 2 and n.split()[0].lower().strip(".") in SEX_OF_HONORIFIC} | cluster.honorific_sexes
        sex = next(iter(sexes)) if len(sexes) == 1 else None
        # (an entry of the bare word alone is the same name, no other bearer: "Ms Holm" beside "Anna Holm" and an
        # entry "Holm" the tagger read as an organisation's)
        tied = [c for score, _, c in scored if score == scored[0][0] and not c.keys() <= {key}]
        if len(tied) == 1:
            return tied[0]
        fitting = [c for c in tied if _given_sex(c) == sex]
        if sex is not None and len(fitting) == 1 and all(_given_sex(c) not in (None, sex) for c in tied if c is not fitting[0]):
            return fitting[0]
        return None
    return scored[0][2]


DOUBLE_SURNAME = 86.0  # the score of two family names alone, of one person's full name (see _match)
NATIONALITY_DROPPED = 87.5  # the score of an organisation's name without its nationality (see _match)
DEMONYM_ENDINGS = tuple(sorted(shared_words("demonym_endings")))  # how the adjective of a nationality ends ("Nordian", "Vesterlandic")
PARTY_WORDS = shared_words("party_words")  # "Republican Siri Holm": a party's word before a name describes her


def _family_names(name: str) -> set[str]:
    """The words, casefolded, a full name's bearer may be called by alone: the last, and the first of two family names."""
    words, keys = name.casefold().split(), norm(name).split()
    if len(words) < 2:
        return set()
    return {words[-1]} | ({words[k] for k in range(1, len(words) - 1) if _first_family_name(keys[k], keys)} if len(keys) == len(words) else set())


def _first_family_name(word: str, full: list[str]) -> bool:
    """`word` is the first of the two family names a full name of three words or more ends with ("holm" of "inés
    clara holm berg"): its next-to-last word, no given name, no particle, and not the name's first word (nor a name
    before a possessive's "s": "anna holm's"); or the word before a second family name that opens with particles
    ("holm" of "erik holm de la vega")."""
    if len(full) >= 4 and word in full[1:-2] and word not in GIVEN_NAMES and len(word) > 2 and word not in SURNAME_PARTICLES:
        k = full.index(word, 1)
        if full[k - 1] not in SURNAME_PARTICLES and k + 2 <= len(full) - 1 and all(w in SURNAME_PARTICLES for w in full[k + 1:-1]) \
                and len(full[-1]) > 1:
            return True
    return len(full) >= 3 and word == full[-2] and word not in GIVEN_NAMES and len(word) > 2 and full[-3] not in SURNAME_PARTICLES \
        and len(full[-1]) > 1
SEX_OF_HONORIFIC = honorific_sex()


def _given_sex(cluster: _Cluster) -> str | None:
    """The sex a person's given name says, when news text gives it to one sex only (lang/given_name_genders.txt).
    A name that opens with an honorific or a title has no given name, and a given name the list does not know
    (a nickname, a rare name) says nothing: "Anna 'Nan' Holm", "Nan Holm" and "Mrs Holm" are a woman's names."""
    found = {sex_of_given_name(n.split()[0]) for n in cluster.names
             if len(n.split()) > 1 and n.split()[0].lower().strip(".") not in TITLES_BEFORE_SURNAMES} - {None}
    return found.pop() if len(found) == 1 else None


def _initial_written_out(name: str, other: str) -> bool:
    """`other` is `name` word for word with a middle initial of it written out ("Anna M. Holm" / "Anna Maria Holm")."""
    a, b = name.split(), other.split()
    return len(a) == len(b) >= 3 and a[0] == b[0] and a[-1] == b[-1] and any(
        len(x.strip(".")) == 1 and len(y.strip(".")) > 1 and y[0] == x[0] for x, y in zip(a[1:-1], b[1:-1])) \
        and all(x == y or len(x.strip(".")) == 1 and y[0] == x[0] for x, y in zip(a[1:-1], b[1:-1]))


def _spelled_two_ways(word: str, other: str) -> bool:
    """Two words of a name are one spelled two ways: close, spelled alike or transliterated (text.spelled_alike,
    text.transliterated)."""
    return word != other and (fuzz.ratio(word, other) >= 85 or spelled_alike(word, other) or transliterated(word, other))


def _subsequence_of(short: list[str], long: list[str]) -> bool:
    """Every word of `short`, in its order, is a word of `long`."""
    rest = iter(long)
    return all(word in rest for word in short)


def _in_one_article(a: _Cluster, b: _Cluster) -> bool:
    """Some article names both."""
    return bool({o.source for o in a.refs} & {o.source for o in b.refs})


def _in_one_sentence(a: _Cluster, b: _Cluster) -> bool:
    """Some sentence names both."""
    here = {(o.source, o.mention.sentence) for o in a.refs}
    return any((o.source, o.mention.sentence) in here for o in b.refs)


GIVEN_NAME_FORM_WORDS = frozenset(given_name_forms()).union(*given_name_forms().values())  # every given name and short form listed


def _clipped(a: str, b: str) -> bool:
    """One given name is the other cut short ("ragn" / "ragnvald"; three letters at least, two cut off at least),
    the short one no given name of its own."""
    short, full = sorted((a, b), key=len)
    if len(short) < 3 or len(full) < len(short) + 2 or not full.startswith(short) or not short.isalpha():
        return False
    # (not a given name of its own, "dan", "sam": lang/given_name_forms.txt says whose short form that is)
    return short not in GIVEN_NAMES and short not in GIVEN_NAME_FORM_WORDS and sex_of_given_name(short) is None


def _short_given(short: str, given: list[str]) -> bool:
    """`short` is a short form (lang/given_name_forms.txt) of one of the given names `given`, initials aside, or of
    the first two together ("tom" of "thomas", "brad" of "r bradley", "chema" of "jose maria")."""
    forms = given_name_forms()
    full = [g for g in given if len(g) > 1]
    return any(short in forms.get(g, ()) for g in full) or len(full) >= 2 and short in forms.get(" ".join(full[:2]), ())


def _named_together(cluster: _Cluster, other: _Cluster, words: int) -> bool:
    """Two people's names of as many words named in one sentence ("Erik Holm and his sister Erika Holm") are two
    people, however alike they are written."""
    return words >= 2 and any(len(n.split()) == words for n in other.names) and _in_one_sentence(cluster, other)


def _organised(cluster: _Cluster) -> bool:
    """Whether the tagger reads a name as an organisation more often than as anything else."""
    votes = cluster.votes
    return bool(votes) and votes["organisation"] > 0 and all(v < votes["organisation"] for k, v in votes.items() if k != "organisation")


def _kind_words_after(cluster: _Cluster, key: str, start: int) -> bool:
    """Whether the words of the name `key` from `start` on are written as common words with a capital ("Propulsion",
    "Rescue Service"), not as a name of their own ("AeroWorks", "NX")."""
    return any(all(w[:1].isupper() and w[1:].islower() and w[1:].isalpha() for w in n.split()[start:])
               for n in cluster.names if norm(n) == key)


def _named_first(full: _Cluster, short: _Cluster) -> bool:
    """Whether every article that writes `short` names `full` too, before it but where a short name is the usual
    thing (_aside: a quotation, a headline, a modifier): a name given in full, then shortened; not a name of its
    own that an article tells of alone."""
    first: dict[str, tuple[int, int]] = {}
    for o in full.refs:
        at = (o.mention.paragraph, o.mention.start)
        first[o.source] = min(first.get(o.source, at), at)
    return all(o.source in first and (o.aside or first[o.source] < (o.mention.paragraph, o.mention.start)) for o in short.refs)


def _container(sentence: Sentence, mention: Mention) -> bool:
    """The name is of a region that holds others: the larger place another's name is given in ("Holmby,
    Vesterland,", "in Lindby, Vesterland"), a part of it named by a compass word ("northern Vesterland"), or a
    state with a government or a governor of its own ("Vesterland's governor", "Vesterland's government")."""
    toks = sentence.tokens
    i, j = mention.token_start, mention.token_end
    after_place = i >= 2 and toks[i - 1].text == "," and toks[i - 2].pos == "PROPN" \
        and (j == len(toks) or toks[j].text in (",", ".", ";", ")", "—", "–"))
    part = i >= 1 and toks[i - 1].text.lower() in COMPASS_WORDS and toks[i - 1].text.islower()
    state = j + 1 < len(toks) and toks[j].text in ("'s", "’s") and (_state_possession(toks, j + 1) or toks[j + 1].text.lower() in PERSON_TITLES)
    return after_place or part or state


def _located(sentence: Sentence, mention: Mention) -> bool:
    """The name is where something is or happens: the object of "in", "near", "outside", ... ("the plant in Lindmark")."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    return head is not None and head.dep == "pobj" and toks[head.head].text.lower() in LOCATING_PREPOSITIONS


LOCATING_PREPOSITIONS = PLACE_PREPOSITIONS - {"at", "from", "to", "toward", "towards", "via", "into"}  # (an organisation's too)


def _aside(sentence: Sentence, mention: Mention) -> bool:
    """A name where a writer may shorten it before giving it in full: in words quoted ("Nobody from Holmex
    called"), in a line that ends with no stop (a headline, a standfirst), or modifying a noun ("several Vester
    Rescue volunteers")."""
    toks = sentence.tokens
    if _quoted(toks, mention.token_start) or not _prose(sentence):
        return True
    head = span_head(toks, mention.token_start, mention.token_end)
    return head is not None and head.dep == "compound" and toks[head.head].pos == "NOUN" and head.head >= mention.token_end


def _placed(cluster: _Cluster) -> bool:
    """Whether the tagger reads a name as a place at least as often as anything else."""
    votes = cluster.votes
    return bool(votes) and votes["place"] > 0 and votes["place"] == max(votes.values())


NICKNAME = re.compile(r"\w\s*[“\"‘']([^“”\"‘’']+)[”\"’']\s*\w")  # "Erik “Big E” Holm": the quoted words between two names
QUOTED_NICKNAME = re.compile(r"(?<=\w)\s*[“\"‘']([^“”\"‘’']+)[”\"’']\s*(?=\w)")  # (the same, with the names around it left)


def _without_nickname(name: str) -> str:
    """'Erik “Big E” Holm' -> 'Erik Holm': the name the person goes by in full, without the nickname quoted in it."""
    return QUOTED_NICKNAME.sub(" ", name)


def _same_flight(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """One flight: the same digits, and the same airline letters where both give them ("flight 610" ~ "flight HA610")."""
    return a is not None and b is not None and a[1] == b[1] and (a[0] == b[0] or not a[0] or not b[0])


def _match(key: str, tokens: list[str], person: bool, other_key: str, other: _Cluster, acronym: bool = False,
           place: bool = False, dotted: bool = False, apart: bool = False, shortened: _Cluster | None = None) -> float:
    other_tokens = other_key.split()
    other_person = other.is_person()
    if key == other_key:
        return 100.0
    # one flight by its number, with the airline or without, the code written with a space or without:
    # "flight ha 610" ~ "holm air flight ha610" ~ "ha610"
    if not person and not other_person and _same_flight(flight_code(key), flight_code(other_key)):
        return 95.0
    # one event by the place it struck, with the word for the building or without: "vester fire" ~ "vester tower fire"
    if not person and not other_person and len(tokens) >= 2 and len(other_tokens) > len(tokens) and tokens[-1] == other_tokens[-1] \
            and tokens[-1] in KIND_HEADS["event"] | DISASTER_NOUNS and tokens[:-1] == other_tokens[:len(tokens) - 1] \
            and all(w in FACILITY_HEADS | GEO_HEADS for w in other_tokens[len(tokens) - 1:-1]):
        return 88.0
    # a generational suffix one outlet leaves out: "erik holm" ~ "erik holm jr", "erik “rik” holm" ~ "erik holm iii"
    # (the names compared without it, by every rule below); only of names no article uses both of (a father and
    # his son, "Erik Holm" and "Erik Holm Jr"), and not of another name ("erik anders holm" is not "erik holm jr")
    if apart and person and other_person and (tokens[-1] in NAME_SUFFIXES) != (other_tokens[-1] in NAME_SUFFIXES):
        bare, other_bare = [t for t in tokens if t not in NAME_SUFFIXES], [t for t in other_tokens if t not in NAME_SUFFIXES]
        nicknamed = any(NICKNAME.search(n) for c in (shortened, other) if c is not None for n in c.names)
        # (or a middle initial the longer adds: "erik holm" ~ "erik t holm jr")
        initialled = abs(len(bare) - len(other_bare)) == 1 and any(len(w) == 1 for w in max(bare, other_bare, key=len)[1:-1])
        if len(bare) >= 2 and len(other_bare) >= 2 and (len(bare) == len(other_bare) or nicknamed or initialled):
            score = _match(" ".join(bare), bare, person, " ".join(other_bare), other, acronym, place, dotted, apart, shortened)
            return max(score - 1, 0.0)
    # a given name's short form with the family name, of a longer name that gives it in full: "tom holm" ~ "thomas r
    # holm", "brad berg" ~ "r bradley berg", "nacho holm" ~ "ignacio holm berg" (the first of two family names)
    if person and other_person and len(tokens) == 2 and len(other_tokens) >= 3:
        given = other_tokens[:-1] if other_tokens[-1] == tokens[1] else \
            other_tokens[:other_tokens.index(tokens[1])] if _first_family_name(tokens[1], other_tokens) else []
        if _short_given(tokens[0], given):
            return 90.0
    # a nickname alone, of the person whose full name quotes it: "big e" ~ "erik “big e” holm"
    if other_person and len(tokens) < len(other_tokens) and any(norm(n) == key for name in other.names for n in NICKNAME.findall(name)):
        return 89.0
    # the full name without the nickname quoted inside it: "erik holm" ~ "erik “big e” holm" (one outlet gives the
    # nickname with the name, another not)
    if person and other_person and len(tokens) > 1 and any(norm(_without_nickname(name)) == key for name in other.names if NICKNAME.search(name)):
        return 96.0
    # ... the family name first in capitals, as some outlets mark it ("HOLM Erik" ~ "Erik Holm"): the capitals say
    # it is a family name, whatever the tagger took the pair for
    if len(tokens) == len(other_tokens) == 2 and tokens == other_tokens[::-1] and tokens[0] != tokens[1] and shortened is not None \
            and (person or other_person) and any(_family_name_in_capitals(n) for c in (shortened, other) for n in c.names):
        return 92.0
    # a name of two words written family name first by one outlet, given name first by another: "holm kenta" ~
    # "kenta holm" (a naming order some languages use)
    if person and other_person and len(tokens) == len(other_tokens) == 2 and tokens == other_tokens[::-1] and tokens[0] != tokens[1]:
        return 92.0
    # ... or a name of three words, family name first, written given name first without its middle name by another
    # outlet: "kenta holm" ~ "holm minh kenta" (only of names no article uses both of)
    if person and other_person and len(tokens) == 2 and len(other_tokens) == 3 and other_tokens[0] == tokens[1] \
            and other_tokens[2] == tokens[0] and tokens[0] != tokens[1] and apart:
        return 88.0
    # ... and a name of three words or more written in another order by another outlet, every word kept ("holm
    # anna berg" ~ "berg anna holm", "anna berg holm" ~ "anna holm berg"): family name first, or two family names
    # in either order
    if person and other_person and len(tokens) == len(other_tokens) >= 3 and sorted(tokens) == sorted(other_tokens) \
            and len(set(tokens)) == len(tokens):
        return 91.0
    # one name with a hyphen or a space: "park ji-hoon" ~ "park ji hoon"
    if key.replace("-", " ") == other_key.replace("-", " "):
        return 99.0
    # one name written closed or open: "nordvik go" ~ "nordvikgo"
    if len(key) > 5 and key.replace("-", "").replace(" ", "") == other_key.replace("-", "").replace(" ", ""):
        return 98.0
    # a person's name whose parts one outlet joins and another writes apart, transliterated two ways ("ivar
    # benholm" ~ "ivor ben holm"), or with a second family name after it ("siri ben holm" ~ "siri benholm dahl");
    # only of names no article uses both of
    if apart and person and other_person and tokens != other_tokens and min(len(tokens), len(other_tokens)) >= 2:
        closed, other_closed = "".join(tokens).replace("-", ""), "".join(other_tokens).replace("-", "")
        if len(tokens) != len(other_tokens) and transliterated(closed, other_closed):
            return 83.0
        for short, full in ((tokens, other_tokens), (other_tokens, tokens)):
            if len(full) > 2 and "".join(short).replace("-", "") == "".join(full[:-1]).replace("-", "") and len(full[-1]) > 1 \
                    and full[-1] not in NAME_SUFFIXES | SURNAME_PARTICLES and short != full[:-1]:
                return 84.0  # (with the words apart as they are: "erik holm" ~ "erik holm berg" is scored below)
    if len(tokens) == len(other_tokens) > 1 and tokens[-1] == other_tokens[-1]:
        # a given name and its short form: "jim holloway" ~ "james holloway"
        if (person or other_person) and tokens[:-2] == other_tokens[:-2] and tokens[-2] in given_name_forms().get(other_tokens[-2], ()):
            return 95.0
        # ... or a given name cut short, by outlets that never write both ("ragn holm" ~ "ragnvald holm"), the
        # short one no given name of its own ("dan holm" is no "daniela holm")
        if apart and person and other_person and tokens[:-2] == other_tokens[:-2] and _clipped(tokens[-2], other_tokens[-2]):
            return 90.0
    # one given name transliterated two ways by two outlets, the family name the same: "holmar berg" ~ "hollmar
    # berg" (the same first letter and the same consonants, doubled or not); only of names no article uses both of
    # (one that does names two people)
    # (or the family name so: "holm berg" ~ "holm beerg"; or several words so: "mohamed abdel-holm el-holm" ~
    # "muhammad abdelholm al-holm", text.transliterated)
    if apart and person and other_person and len(tokens) == len(other_tokens) > 1 and tokens != other_tokens \
            and all(transliterated(a, b) for a, b in zip(tokens, other_tokens) if a != b):
        return 83.0
    # the same name with a word in its short form: "holmex corp" ~ "holmex corporation", "mt holm" ~ "mount holm"
    if len(tokens) == len(other_tokens) > 1 and not person and not other_person and all(
            a == b or b in NAME_WORD_FORMS.get(a, ()) for a, b in zip(tokens, other_tokens)):
        return 97.0
    # the same name but for its joining words: "union for concerned scientists" ~ "union of concerned scientists"
    if len(tokens) == len(other_tokens) > 2 and not person and not other_person and all(
            a == b or (a in JOINERS and b in JOINERS) for a, b in zip(tokens, other_tokens)):
        return 93.0
    # initials of a longer name: "us" ~ "united states" (from "U.S."), "isw" ~ "institute for the study of war"
    # (or of the name after the country it opens with: "hsb" ~ "us harbour safety board")
    if len(tokens) == 1 and len(other_tokens) > 1 and 2 <= len(key) <= 6 and not person and key in _initials_of(other_key):
        return 90.0
    # ... or of a run of its words, the other words the same: "holm ra" ~ "holm river authority" (from "Holm RA"),
    # "nit holm" ~ "nordic institute of technology holm" (the initials written in capitals)
    if not person and not other_person and 2 <= len(tokens) < len(other_tokens) and shortened is not None \
            and (tokens[0] == other_tokens[0] or tokens[-1] == other_tokens[-1]) \
            and any(initials_inside(n, o) for n in shortened.names for o in other.names):
        return 90.0
    # an organisation's name without its legal form or the word for its trade, which the tagger took for a person's
    # ("holmvik chemicals" ~ "holmvik chemicals and dyes ltd", "nordvik line" ~ "nordvik line records"): the
    # organisation's, when nothing but the tagger says it is a person (no title, no honorific, no given name)
    if person and not other_person and shortened is not None and not shortened.titled and not shortened.honorific_sexes \
            and shortened.classified <= {"organisation"} and len(tokens) >= 2 and tokens[0] not in GIVEN_NAMES \
            and len(tokens) < len(other_tokens) <= len(tokens) + 3 and other_tokens[:len(tokens)] == tokens \
            and (all(t in LEGAL_FORMS for t in other_tokens[len(tokens):])
                 or other_tokens[-1] in ORG_SUFFIXES | LEGAL_FORMS and _kind_words_after(other, other_key, len(tokens))):
        return 91.0
    # an organisation's short name: "juul" ~ "juul labs", "japan tobacco" ~ "japan tobacco international"
    # (not a place: "Lindmark" is not "Lindmark Telecom"; but a name the tagger took for a place, which no article
    # places anything in or near, and which every article that uses it gives in full first, is the company's)
    if not person and not other_person and len(tokens) < len(other_tokens) <= len(tokens) + 2 and other_tokens[:len(tokens)] == tokens \
            and other_tokens[-1] in ORG_SUFFIXES and (not place or shortened is not None and not any(o.located for o in shortened.refs)
                                                      and _named_first(other, shortened)):
        return 92.0
    # an organisation by the proper name its full name opens with, the rest naming its kind or trade ("norrby" ~
    # "norrby propulsion", "vester rescue" ~ "vester rescue service"), when both are read as organisations and every
    # article that shortens the name gives it in full first; never a word that names a body of its own ("council" is
    # not "council finance committee")
    if shortened and _organised(shortened) and not person and not other_person and len(tokens) < len(other_tokens) <= len(tokens) + 2 \
            and other_tokens[:len(tokens)] == tokens and other_tokens[len(tokens)] not in JOINERS | OF_PARTICLES \
            and not acronym and not set(tokens) & (ORG_HEADS | GENERIC_HEADS | ORG_SUFFIXES) and _organised(other) \
            and _kind_words_after(other, other_key, len(tokens)) and _named_first(other, shortened):
        return 89.0
    # a site's, a body's or an event's name by the proper name it opens with, the rest naming its kind ("port holm"
    # ~ "port holm international airport", "lindby ridge" ~ "lindby ridge high school", "holmfest" ~ "holmfest jazz
    # festival"), when every article that shortens it gives it in full first and the short name is never a place
    # something is in or the larger place another is given in, never called a town or the like, nor a country's,
    # nor a word for a body of its own ("the Council" is not the "Council Finance Committee"); not a geographic
    # feature ("Holm River" is not Holm)
    if not person and not other_person and shortened is not None and len(tokens) < len(other_tokens) <= len(tokens) + 3 \
            and other_tokens[:len(tokens)] == tokens and key not in COUNTRY_FORMS and not acronym \
            and not set(tokens) & (ORG_HEADS | GENERIC_HEADS | ORG_SUFFIXES | FACILITY_HEADS | EVENT_HEADS) \
            and _kind_head(other_tokens[len(tokens):]) and not any(o.container or o.located for o in shortened.refs) \
            and not shortened.classified and _named_first(other, shortened) and not all(o.aside for o in shortened.refs):
        return 86.0  # (a word only ever modifying a noun or in a headline, "her Holm family", may name a people, not the site)
    # an organisation's name without the nationality it opens with: "mountain rescue" ~ "vesterlandic mountain rescue" (of two
    # such, "vesterlandic mountain rescue" and "nordian mountain rescue", neither's: see _find_target)
    if not person and not other_person and len(tokens) >= 2 and len(other_tokens) == len(tokens) + 1 and other_tokens[1:] == tokens \
            and len(other_tokens[0]) >= 5 and other_tokens[0].endswith(DEMONYM_ENDINGS):
        return NATIONALITY_DROPPED
    # one company with another legal form at the end of its name: "holmex vest ag" ~ "holmex vest gmbh"
    # (one outlet's slip or an old name; the naming disagreement tells it)
    if not person and not other_person and len(tokens) == len(other_tokens) >= 2 and tokens[:-1] == other_tokens[:-1] \
            and tokens[-1] != other_tokens[-1] and tokens[-1] in LEGAL_FORMS and other_tokens[-1] in LEGAL_FORMS:
        return 93.0
    # a ministry by the field its full name gives after "of": "fisheries ministry" ~ "ministry of fisheries and
    # harbours", "harbours ministry" ~ "ministry of roads, harbours and canals"
    if not person and not other_person and len(tokens) == 2 and tokens[1] in FIELD_HEADS and len(other_tokens) >= 3 \
            and other_tokens[0] == tokens[1] and other_tokens[1] == "of" and tokens[0] in other_tokens[2:]:
        return 88.0
    # a name written the other way round: "university of nordvik" ~ "nordvik university"
    if not person and not other_person and any(
            len(a) > 2 and a[1] == "of" and a[0] in INVERTED_HEADS and b == a[2:] + a[:1]
            for a, b in ((tokens, other_tokens), (other_tokens, tokens))):
        return 94.0
    # an organisation's name without its "of" phrase: "holm institute" ~ "holm institute of rivers and lakes"
    if not person and not other_person and len(tokens) > 1 and len(other_tokens) > len(tokens) + 1 \
            and other_tokens[:len(tokens)] == tokens and (other_tokens[len(tokens)] == "of" or other_tokens[len(tokens)] in OF_PARTICLES):
        return 89.0  # (or its "de" phrase: "monte vesta" ~ "monte vesta de lindo holmara")
    # a place's one-word name, of its full name with a particle phrase after that word: "vestra" ~ "vestra dos
    # holmeiros", "lindo" ~ "lindo del mar" (the short name the articles call it by)
    if not person and not other_person and len(tokens) == 1 and len(other_tokens) > 2 and other_tokens[0] == key \
            and other_tokens[1] in OF_PARTICLES and place and other.votes.most_common(1)[0][0] == "place":
        return 86.0
    # an organisation by the word for its kind that opens its name, before its "of" phrase: "union" ~
    # "union of vester harbour pilots", "university" ~ "university of lindby" (of two such, neither)
    if not person and not other_person and len(tokens) == 1 and len(other_tokens) > 2 and other_tokens[0] == key \
            and other_tokens[1] == "of" and key in ORG_HEADS and not place:
        return 88.0
    # a name built on a possessive, without its generic head: "st holm" or "st holm's" ~ "st holm's hospital"
    if not person and not other_person and len(other_tokens) > 2 and other_tokens[-2] == "s" and other_tokens[-1] in GENERIC_HEADS \
            and tokens in (other_tokens[:-2], other_tokens[:-1]):
        return 90.0
    # a body's name with the fields it lists before its head cut to the first: "vester harbours committee" ~
    # "vester harbours fisheries and transport committee" (from "Vester Harbours, Fisheries and Transport
    # Committee")
    if not person and not other_person and len(tokens) >= 2 and len(other_tokens) >= len(tokens) + 2 and tokens[-1] == other_tokens[-1] \
            and tokens[-1] in ORG_HEADS and other_tokens[:len(tokens) - 1] == tokens[:-1] and "and" in other_tokens[len(tokens) - 1:-1] \
            and not set(other_tokens[len(tokens) - 1:-1]) & ORG_HEADS:
        return 88.0  # (fields, not another body: "wageningen university" is not "wageningen university and ghent university")
    # a unit without its code: "coastal patrol squadron" ~ "coastal patrol squadron cps 12"
    if not person and not other_person and len(tokens) > 1 and other_tokens[:len(tokens)] == tokens \
            and re.fullmatch(r"([a-z]{2,5} )?\d+", " ".join(other_tokens[len(tokens):])):
        return 91.0
    # the same name without a modifier that only ranks it: "vester airport" ~ "vester international airport"
    if not person and not other_person and len(tokens) > 1 and len(other_tokens) == len(tokens) + 1 \
            and any(other_tokens[:k] + other_tokens[k + 1:] == tokens for k in range(1, len(other_tokens) - 1)
                    if other_tokens[k] in RANKING_MODIFIERS):
        return 90.0
    # a site's name without its head after a word that only ranks it: "vester international" ~ "vester
    # international airport" (never the place itself: "Vesterby" is not "Vesterby Airport")
    if not person and not other_person and len(tokens) > 1 and len(other_tokens) == len(tokens) + 1 \
            and other_tokens[:-1] == tokens and tokens[-1] in RANKING_MODIFIERS and other_tokens[-1] in FACILITY_HEADS:
        return 90.0
    # a full name and the same with a second family name after it: "ana de la cruz" ~ "ana de la cruz ramos",
    # "erik holm" ~ "erik holm berg" (one person, named with both surnames once); not a generational suffix
    if person and other_person and len(tokens) >= 2 and len(other_tokens) == len(tokens) + 1 and other_tokens[:-1] == tokens \
            and other_tokens[-1] not in NAME_SUFFIXES and len(other_tokens[-1]) > 1:
        return 85.0
    # ... the first family name spelled another way by the outlet that leaves out the second: "erik lindacre" ~
    # "erik lindaker berg", "ana holmquist" ~ "ana holmqvist lind"; only of names no article uses both of
    if apart and person and other_person and len(tokens) >= 2 and len(other_tokens) == len(tokens) + 1 and other_tokens[:-2] == tokens[:-1] \
            and _spelled_two_ways(tokens[-1], other_tokens[-2]) and other_tokens[-1] not in NAME_SUFFIXES | SURNAME_PARTICLES \
            and len(other_tokens[-1]) > 1:
        return 84.0
    # ... or with a second family name that opens with particles: "erik holm" ~ "erik holm de la vega"
    if person and other_person and len(tokens) >= 2 and len(other_tokens) >= len(tokens) + 2 and other_tokens[:len(tokens)] == tokens \
            and tokens[-1] not in SURNAME_PARTICLES and all(w in SURNAME_PARTICLES for w in other_tokens[len(tokens):-1]) \
            and len(other_tokens[-1]) > 1:
        return 85.0
    # a full name and the same with a middle initial: "erik holm" ~ "erik j holm" (from "Erik J. Holm")
    if (person or other_person) and len(tokens) >= 2 and abs(len(tokens) - len(other_tokens)) == 1:
        short, full = sorted((tokens, other_tokens), key=len)
        if full[0] == short[0] and full[2:] == short[1:] and len(full[1]) == 1 and len(short[-1]) > 1:
            return 85.0
        # ... or with a middle name: "erik holm" ~ "erik anders holm", "ravi holm" ~ "ravi narayan holm" (scored as
        # two family names are: of two people so named, "Erik Nils Holm" and "Erik Tomas Holm", neither's)
        # (not of two names one sentence gives: "Anna Berg and her sister Anna Maria Berg")
        if person and other_person and full[0] == short[0] and full[2:] == short[1:] and len(short) == 2 \
                and len(full[1]) > 1 and full[1] not in SURNAME_PARTICLES and not (shortened is not None and _in_one_sentence(shortened, other)):
            return DOUBLE_SURNAME
    # ... or a middle name written as its initial in one and in full in the other: "anna m holm" ~ "anna maria holm"
    if person and other_person and len(tokens[0]) > 1 and len(tokens[-1]) > 1 \
            and (_initial_written_out(key, other_key) or _initial_written_out(other_key, key)):
        return 90.0
    # ... or with more given names, or an honorific, that one outlet leaves out: "yusuf holm" ~ "malam yusuf bello
    # holm", "erik holm berg" ~ "erik anders nils holm berg" (the shorter's words, in order, the first a given name
    # and the last the family name of the longer); of names no article uses both of, and scored as two family names
    # are (of two people so named, neither's)
    if person and other_person and 2 <= len(tokens) < len(other_tokens) - 1 and tokens[-1] == other_tokens[-1] \
            and apart and _subsequence_of(tokens, other_tokens) and tokens[0] not in SURNAME_PARTICLES and len(tokens[0]) > 1 \
            and (other_tokens[0] == tokens[0] or other_tokens[0] in TITLES_BEFORE_SURNAMES and other_tokens[1] == tokens[0]):
        return DOUBLE_SURNAME
    # a full name with its given names written as initials: "ej holm" ~ "erik j holm" (from "E.J. Holm"), "ea nils
    # berg" ~ "erik anders nils berg", "j-e de berg" ~ "jan-erik de berg"
    # (whichever of the two is looking for the other)
    if (person or other_person) and (shortened is not None and any(INITIALLED.match(n) for n in shortened.names)
                                     and initials_of_given_names(tokens, other_tokens)
                                     or any(INITIALLED.match(n) for n in other.names) and initials_of_given_names(other_tokens, tokens)):
        return 90.0
    # a full name and the same without its surname particles: "erik holm" ~ "erik ole holm" (one outlet drops them)
    if person and other_person and len(tokens) >= 2 and len(other_tokens) > len(tokens) and not set(tokens) & SURNAME_PARTICLES \
            and [t for t in other_tokens if t not in SURNAME_PARTICLES] == tokens and other_tokens[0] == tokens[0]:
        return 88.0
    # a full name and the same with a middle name, which one outlet leaves out: "anna berg" ~ "anna maria berg",
    # "erik ole holm" ~ "erik lars ole holm" (the family name perhaps spelled another way: "anna bergh"); only of
    # names no article uses both of (one that does names two people), the shorter read as a person's or opening
    # on a given name
    if other_person and (person or tokens[0] in GIVEN_NAMES) and shortened is not None \
            and not _in_one_article(shortened, other) and len(tokens) >= 2 and len(other_tokens) == len(tokens) + 1 \
            and other_tokens[0] == tokens[0] and len(other_tokens[1]) > 1 and other_tokens[1] not in SURNAME_PARTICLES | NAME_SUFFIXES \
            and other_tokens[2:-1] == tokens[1:-1] and fuzz.ratio(other_tokens[-1], tokens[-1]) >= 90:
        return 87.0
    # a family name with its particles, of a person's full name: "van der berg" ~ "anna van der berg"; or with a
    # one-letter prefix written with an apostrophe: "o berg" ~ "anna o berg" (from "O'Berg", "D'Lind")
    if 1 < len(tokens) < len(other_tokens) and other_person and (tokens[0] in SURNAME_PARTICLES or len(tokens) == 2 and len(tokens[0]) == 1) \
            and other_tokens[-len(tokens):] == tokens:
        return 88.0
    # the given names alone, of a full name whose family names open with a particle: "maria holm" ~ "maria holm dos
    # berg lind" (the particle marks where the given names end: "Dona Maria Holm", as Portuguese news calls her)
    if 1 < len(tokens) < len(other_tokens) and other_person and other_tokens[:len(tokens)] == tokens \
            and other_tokens[len(tokens)] in SURNAME_PARTICLES and not set(tokens) & SURNAME_PARTICLES:
        return 84.0
    # ... and two family names joined by a particle, of a person's full name that ends with them after a given name:
    # "teles de holm" ~ "rosana teles de holm" (Portuguese and Spanish names: "Teles de Holm" is how news calls her)
    if 2 < len(tokens) < len(other_tokens) and other_person and other_tokens[-len(tokens):] == tokens \
            and tokens[0] not in GIVEN_NAMES | SURNAME_PARTICLES and tokens[-1] not in SURNAME_PARTICLES \
            and all(t in SURNAME_PARTICLES for t in tokens[1:-1]) and other_tokens[0] not in SURNAME_PARTICLES:
        return 88.0
    # two family names, of a person's full name that has them both after one or more given names: "holm berg" ~
    # "inés clara holm berg" (Spanish and Portuguese names carry the father's and the mother's, and news calls the
    # person by both); not when the first is a given name ("anna berg" is someone of her own)
    if len(tokens) == 2 and len(other_tokens) >= 3 and other_person and (person or not acronym) \
            and other_tokens[-2:] == tokens and tokens[0] not in GIVEN_NAMES and len(tokens[0]) > 2:
        return DOUBLE_SURNAME
    if len(tokens) == 1 and len(other_tokens) > 1:
        # a surname (or a spelling variant of it) of a person's full name; never an acronym ("UN" is no "Un"); a
        # surname that opens with a particle joined by a hyphen may go without it ("holm" ~ "omar al-holm")
        # (a particle's family name starts with a capital, "al-Holm"; "Dahl Do-hwan" ends in a given name's syllable)
        surname = max(fuzz.ratio(tokens[0], other_tokens[-1]),
                      fuzz.ratio(tokens[0], without_particle(other_tokens[-1])) if _capital_after_hyphen(other, other_tokens[-1]) else 0)
        if other_person and not acronym and surname >= 85:
            return surname
        # ... or in capitals, of a person some article writes with the family name first in capitals ("HOLM" ~ "Erik
        # Holm", named "HOLM Erik" too): the capitals mark a family name, no acronym
        if other_person and shortened is not None and any(_family_name_in_capitals(n) and n.split()[0] in shortened.names
                                                          for n in other.names):
            return 100.0
        # the first of two family names after one or more given names: "holm" ~ "inés clara holm berg" (names with a
        # father's and a mother's family name: news calls a person by the first); scored as a surname is, so that a word
        # that is another person's surname too is neither's
        if other_person and not acronym and _first_family_name(tokens[0], other_tokens):
            return 100.0
        # a given name alone, or a family name written first ("Park" ~ "Park Ji Hoon"), of one person
        if other_person and not acronym and tokens[0] == other_tokens[0] and len(tokens[0]) > 1:
            return 84.0
        # an organisation by its last word: "navy" ~ "us navy", "post" ~ "washington post"; but the word after
        # "of" names another thing ("university of vester" is not vester, "sea of holm" not holm)
        # and a place at the end of an organisation's name is that place ("University College Vester" is not Vester)
        if not person and not other_person and other_tokens[-1] == tokens[0] and other_tokens[-1] not in ORG_SUFFIXES \
                and other_tokens[-2] != "of" and not (place and not _placed(other)):
            return 87.0
        # the core of a place name: "holmia" ~ "holmian peninsula" (an adjective of the name before a geographic
        # head); "vester" ~ "vester city" in "the Vester city of Holm" (a common noun after the name); but not
        # another feature named after a place ("Holm River", "Holm County" are not Holm)
        core = _core(other_key)
        if not person and not other_person and core != other_key and len(core.split()) == 1 and fuzz.ratio(tokens[0], core) >= 85 \
                and (derived(tokens[0], core) or tokens[0] == core and any(n.split()[-1].islower() for n in other.names)):
            return fuzz.ratio(tokens[0], core) - 1
        # ... and a river's, a sea's or a desert's name with "the" but without the word for its kind ("the Holm" ~
        # "Holm River", "the Vester" ~ "Vester Sea"): "the" is not written before a town's name
        if not person and not other_person and shortened is not None and shortened.definite and len(tokens) == 1 \
                and other_tokens[-1] in FEATURE_HEADS and other_tokens[:-1] == tokens:
            return 86.0
        # ... and a town's name without the "City" or "County" its full name ends in ("Holmvik" ~ "Holmvik City"),
        # when the short name is never the larger place another is given in ("Lindby, Vester": a state or a
        # province, of which "Vester City" is the capital) nor a country's name
        if not person and not other_person and place and shortened is not None and tokens[0] == core and other_tokens[-1] in CITY_HEADS \
                and len(other_tokens) == 2 and other.votes.most_common(1)[0][0] == "place" and key not in COUNTRY_FORMS \
                and not any(o.container for o in shortened.refs):
            return 86.0
        return 0.0
    # an abbreviated one-word place: "nordm" ~ "nordmark" (written "Nordm."; not a name of its own: "Holm" is no "Holmsund")
    if len(tokens) == 1 == len(other_tokens) and 3 <= len(key) <= 4 and len(other_key) > len(key) + 2 and not person and not other_person \
            and key[0] == other_key[0] and _subsequence(key, other_key) and "place" in (other.votes.most_common(1)[0][0],) and dotted:
        return 86.0
    if len(tokens) == len(other_tokens) and len(tokens) > 0:
        scores = [fuzz.ratio(a, b) for a, b in zip(tokens, other_tokens)]
        # every word must be close: two people who share only a first name never merge
        if min(scores) >= 80 and fuzz.ratio(key, other_key) >= 88 and (len(tokens) > 1 or person == other_person) \
                and not (len(tokens) == 1 and not (person and other_person)
                         and (_nationality_of(key, other_key) or _nationality_of(other_key, key))):
            return min(scores)
    # a family name spelled two ways by two outlets, the given names the same: "erik lindacre" ~ "erik lindaker",
    # "anna lodica" ~ "anna lodicki" (text.spelled_alike); only of names no article uses both of (one that does names two people)
    if apart and person and other_person and len(tokens) == len(other_tokens) > 1 and tokens[:-1] == other_tokens[:-1] \
            and spelled_alike(tokens[-1], other_tokens[-1]):
        return 82.0
    # a multi-word name that ends another one after a short prefix: "ronald reagan" ~ "uss ronald reagan"
    if 1 < len(tokens) < len(other_tokens) and other_tokens[-len(tokens):] == tokens and len(other_tokens) - len(tokens) == 1 and len(other_tokens[0]) <= 4:
        return 86.0
    return 0.0


def _kind_head(rest: list[str]) -> bool:
    """Whether the words after a name's proper part name a kind of site, body or event: their head (the last word,
    or the word before an "of"/"for" phrase: "port of entry") is a facility's, an organisation's or an event's."""
    cut = next((k for k, w in enumerate(rest) if k > 0 and w in ("of", "for")), len(rest))
    return cut > 0 and rest[cut - 1] in FACILITY_HEADS | ORG_HEADS | EVENT_HEADS


def _capital_after_hyphen(cluster: _Cluster, word: str) -> bool:
    """Some name of the cluster writes `word` (normalised) with a capital after its hyphen ("al-Holm", not "Do-hwan")."""
    return any(w.lower() == word and (k := w.find("-")) >= 0 and w[k + 1:k + 2].isupper() for n in cluster.names for w in n.split())


def _capitals_form(name: str, names) -> bool:
    """A form in capitals of a full name the articles also write normally: the family name first in capitals
    ("HOLM Erik" beside "Erik Holm"), or the family name alone in capitals ("HOLM" beside "Erik Holm"); not an
    acronym before a name ("NORDLAB Vester" beside no "Vester Nordlab")."""
    words = name.split()
    normal = {norm(n) for n in names if n != name and not any(w.isupper() and len(w) > 1 for w in n.split())}
    if _family_name_in_capitals(name):
        return norm(" ".join(reversed(words))) in normal
    return len(words) == 1 and name.isalpha() and name.isupper() and len(name) > 2 \
        and any(len(n.split()) > 1 and n.split()[-1] == norm(name) for n in normal)


INITIALLED = re.compile(r"^(?:[A-Z]\.[\s-]?){1,3}\s*\w|^[A-Z]{1,3}(?:-[A-Z])?\s+\w")  # "E.J. Holm", "J.-E. de Berg", "EA Holm"


def _family_name_in_capitals(name: str) -> bool:
    """'HOLM Erik': a family name in capitals, then a given name written normally."""
    words = name.split()
    return len(words) == 2 and len(words[0]) > 2 and words[0].isalpha() and words[0].isupper() \
        and words[1][:1].isupper() and words[1][1:].islower() and words[1].isalpha()


def _display_name(cluster: _Cluster, etype: str, birth_names: set[str] | frozenset[str] = frozenset(),
                  defined: frozenset[str] = frozenset()) -> str:
    """A written-out form over an abbreviation (in capitals, or an organisation's the articles define however they
    write it: "Vester Fisheries Agency (Vefa)"), a name over an honorific and surname, the name the articles use
    over a birth name; then people by their fullest form, organisations and places by their most frequent one
    ("Holmia" over "Holmian Peninsula"); ties by length, then spelling."""
    forms = Counter({n: k for n, k in cluster.names.items() if norm(n) not in birth_names}) or cluster.names
    normal = {n.casefold() for n in forms if all(w[1:].islower() for w in n.split())}

    def key(n: str):
        # not a caption's "Singer PETER HOLM", nor the family name first in capitals ("HOLM Erik" beside "Erik Holm")
        written = any(ch.islower() for ch in n) and not _capitals_of(n, normal) and not _capitals_form(n, forms) \
            and not (etype == "organisation" and len(n.split()) == 1 and norm(n) in defined and len(forms) > 1)
        # "Anna Berg" over "Ms Berg", "Supt Berg"; "Hon. Anna Berg" is her full name (its honorific goes below)
        # (not "Mme du Holm": an honorific and a family name with its particle)
        plain = n.split()[0].lower().strip(".") not in TITLES_BEFORE_SURNAMES \
            or n.split()[0].lower().strip(".") in HONORIFICS and len(n.split()) >= 3 and n.split()[1].lower() not in SURNAME_PARTICLES
        spelt_out = not any(w.lower().strip(".") in SHORT_WORD_FORMS for w in n.split()[1:])  # "... Corporation" over "... Corp."
        # "Jan-Erik de Berg" over "J.-E. de Berg" (not "K. Berg" under "Berg": the initial is all the given name there is)
        given = etype != "person" or not INITIALLED.match(n) or not any(initials_of_given_names(norm(n).split(), norm(o).split()) for o in forms)
        size = len(n.split())
        # ("Anna Maria Holm" over "Anna M. Holm": a form that writes out a middle initial of another's, word for word)
        whole = etype != "person" or not any(_initial_written_out(n, o) for o in forms)
        # ("Ragnvald Holm" over "Ragn Holm": the given name in full, not cut short)
        uncut = etype != "person" or not any(len(n.split()[0]) < len(o.split()[0]) and _clipped(n.split()[0].lower(), o.split()[0].lower())
                                              for o in forms if o.split())
        return (written, plain, given, whole, uncut, spelt_out, size if etype == "person" else 0, forms[n], size, -len(n), n)

    best = max(forms, key=key)
    first, *rest = best.split()
    if etype == "person" and first.lower().strip(".") in HONORIFICS and len(rest) >= 2:
        return " ".join(rest)  # "Ms Anna Berg" is Anna Berg ("Ms Berg" stays: a surname alone is no name)
    return best


# ---------------------------------------------------------------------------------------------- roles

CHAIN_POS = {"NOUN", "PROPN", "ADJ"}
CHAIN_WORDS = words("title_chain_words")


def _roles(cluster: _Cluster, sentences: dict, order: dict, etype: str = "person", common: frozenset[str] | set[str] = frozenset(),
           other_heads: frozenset[str] | set[str] = frozenset(), first_nouns: dict[tuple[str, str], int] | None = None,
           quoted: _Quotations | None = None) -> tuple[Role, ...]:
    """What the articles say the entity is, each phrase with the sources that state it, best supported first.

    People and organisations: the title chain before the name, the apposition after it, an affiliation
    ("X with the Y", "X, who leads ..."). Every kind: a classifying copula ("X is a town of 27,000"), an
    apposition (also one the name is apposed to: "the ferry, the MV X"; "companies, including X"), "the
    <place noun> of X" ("the lakeside town of Lindmark"), "the <place>-based X", a name modifying a noun of its
    own kind ("the eastern X region"), and for organisations what "X, which ..." says it does.  Failing all of
    these: for a person what a who-clause or the person's own action says, for the other kinds their part in
    the story (_part_in_story), with the kind their name's head says ("fire that destroyed ...") or that kind
    alone.  A phrase that is a date, a pronoun or another name is no description."""
    found: dict[str, set[str]] = defaultdict(set)
    display: dict[str, str] = {}
    names = {norm(n) for n in cluster.names}
    people = etype in ("person", "organisation")
    for occ in cluster.refs:
        if quoted is not None and any(a <= occ.mention.start < b for a, b in quoted.of(occ.source, occ.mention.paragraph)):
            continue  # (inside a quotation: the speaker's words, "my sister Anna", no description the article gives)
        sentence = sentences[(occ.source, occ.mention.sentence)]
        candidates = [_apposition_after(sentence, occ.mention, etype), _copula(sentence, occ.mention, etype), _based_before(sentence, occ.mention),
                      _apposed_to_noun(sentence, occ.mention, etype)]
        if people:
            candidates += [_title_before(sentence, occ.mention), _affiliation_after(sentence, occ.mention),
                           _title_of_list(sentence, occ.mention)]
        if etype == "person":
            candidates += [_post_before(sentence, occ.mention), _apposition_of_list(sentence, occ.mention)]
        candidates.append(_named_as(sentence, occ.mention))
        if etype == "place":
            candidates += [_place_noun_of(sentence, occ.mention), _where_clause(sentence, occ.mention),
                           _kind_of_list(sentence, occ.mention, etype)]
        if etype != "person":
            candidates.append(_class_noun_after(sentence, occ.mention, etype))
        if etype in ("organisation", "event"):
            candidates.append(_which_clause(sentence, occ.mention))  # (an event too: "the Holm Festival, which draws ...")
        if etype == "organisation":
            candidates.append(_renamed_next(sentences, occ.source, occ.mention, other_heads, first_nouns or {}))
        if etype == "person":
            candidates.append(_renamed_by_age(sentences, occ.source, occ.mention))
        for role in candidates:
            if role and norm(role) not in names and any(ch.isalpha() for ch in role) and _describes(role, sentence):
                key = norm(role)
                found[key].add(occ.source)
                display.setdefault(key, role)
    # a role whose words all appear in a longer one ("President" in "Vesterlandic President", "senior aide" in
    # "senior presidential aide") is folded into it, with its sources
    # (into the longer one its own sources give, when there is one: "Det" of an article that writes "Det Insp" is no
    # other article's "Det Supt")
    for short in sorted(found, key=lambda k: (len(k.split()), k)):
        longer = [k for k in found if k != short and set(short.split()) <= set(k.split())]
        own = [k for k in longer if found[k] & found[short]]
        if longer:
            target = min(own or longer, key=lambda k: (len(k.split()), k))
            found[target] |= found.pop(short)
    roles = [Role(display[k], tuple(sorted(v, key=order.__getitem__))) for k, v in found.items()]
    roles.sort(key=lambda r: (-len(r.sources), order[r.sources[0]], r.text))
    kind = _head_kind(cluster) or (_trade_kind(cluster) if etype == "organisation" else None)
    if roles and kind and BASED.match(roles[0].text) and not any(r.text.split()[-1].lower() in KIND_WORDS for r in roles[1:]):
        # a bare modifier describes nothing: with the kind of thing the name says it is ("Lindmark-based
        # association"), when no other role names one (describe joins that)
        roles[0] = Role(f"{roles[0].text} {kind}", roles[0].sources)
    if not roles:
        kind = _kind_in_name(cluster, sentences, etype, common) if etype != "person" else None
        kind = None if kind in VAGUE_KINDS else kind  # ("service" alone; but "weather service")
        if kind is None and etype == "event" and any(flight_code(norm(n)) and "flight" in norm(n).split() for n in cluster.names):
            kind = "flight"  # ("Holm Air flight HA610": a flight, its number after the word)
        if kind is None and etype == "event":
            # ("the Vester Tower fire", "the Holm earthquake": the name of the place and the event's noun in lower case)
            last = {n.split()[-1] for n in cluster.names if len(n.split()) >= 2 and n.split()[-1].islower()}
            kind = last.pop() if len(last) == 1 and next(iter(last)) in KIND_HEADS["event"] | DISASTER_NOUNS else None
        # the kind a company's trade says ("Holmvik Airways": an airline), with what it did, or alone when
        # nothing else is told of it (after the post of someone it employs: "its analyst Anna Berg")
        trade = _trade_kind(cluster) if kind is None and etype == "organisation" else None
        # (what the story tells of it, not what a speaker says of it: "'Unless the Holm board stops lending ...,' she said")
        told = replace(cluster, refs=[o for o in cluster.refs if quoted is None
                                      or not any(a <= o.mention.start < b for a, b in quoted.of(o.source, o.mention.paragraph))])
        part = _part_in_story(told, sentences, order, etype)
        if part is not None and (kind or trade) is not None and etype != "place" and not part.text.startswith("where "):
            kind = kind or trade
            joint = f"{kind} whose {part.text[4:]}" if part.text.startswith("its ") else f"{kind} that {part.text}"
            part = Role(joint, part.sources)  # "fire that destroyed 300 homes", "agency whose officers fired ..."
        elif part is None and kind is not None:
            part = Role(kind, tuple(sorted({o.source for o in cluster.refs}, key=order.__getitem__)))
        elif etype == "organisation" and (modifier := _modifier_before(cluster, sentences, order)) is not None:
            part = modifier  # "the ruling Vester Front": ruling (before what it did: what the articles call it)
        elif part is None and etype == "organisation":
            part = _title_holder_of(cluster, sentences, order)
            if part is None and trade is not None:
                part = Role(trade, tuple(sorted({o.source for o in cluster.refs}, key=order.__getitem__)))
        if etype == "place" and (site := _self_named_kind(cluster)) is not None:
            if part is not None and part.text.startswith("where ") and not part.text.endswith(" from"):
                part = Role(f"{site} {part.text}", part.sources)  # "airport where the flight was due"
            elif part is None:
                part = _kind_and_whereabouts(cluster, sentences, order) or Role(site, tuple(sorted({o.source for o in cluster.refs}, key=order.__getitem__)))
        if part is None and etype == "place":
            part = _kind_and_whereabouts(cluster, sentences, order)
        if part is None and etype == "person":
            # a title the name keeps, one name after it ("Pope Lucius", "King Holger"): what the person is
            titles = {n.split()[0].strip(".") for n in cluster.names if len(n.split()) == 2 and n.split()[0].strip(".").lower() in PERSON_TITLES
                      and n.split()[0].strip(".").lower() not in HONORIFICS}
            if len(titles) == 1:
                part = Role(titles.pop(), tuple(sorted({o.source for o in cluster.refs}, key=order.__getitem__)))
        if part is not None:
            roles.append(part)
    return tuple(roles)


WHEREABOUTS = {"in", "outside", "near", "of"}
SELF_NAMING_KINDS = shared_words("self_naming_kinds")


def _self_named_kind(cluster: _Cluster) -> str | None:
    """'Holm General Hospital', 'the Vester dam', 'Lindby Town Hall': a building, a work or a natural feature whose
    name ends in its kind (data/self_naming_kinds.txt), written with a capital or not, is that kind, when its
    names of two words or more agree on one (the kind alone: "Holm City Stadium" is no city stadium). An
    administrative area's kind ("Vester County") is no such description."""
    kinds = set()
    for name in cluster.names:
        ws = name.split()
        pair = " ".join(ws[-2:]).lower()
        kind = pair if len(ws) > 2 and pair in SELF_NAMING_KINDS else ws[-1].lower()  # "Lindby Town Hall": a town hall
        if len(ws) >= 2 and kind in SELF_NAMING_KINDS and (ws[-1].islower() or ws[-1][1:].islower()):
            kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else None


def _kind_and_whereabouts(cluster: _Cluster, sentences: dict, order: dict) -> Role | None:
    """'at Port Holm International Airport outside Lindby', 'Vesterby County, Nordland', 'Holm Local Government
    Area of Vester State': a place whose name ends in its kind (a county, an airport), which alone would say
    nothing, is that kind where the articles place it, by "in", "outside", "near" or "of" and a place's name right
    after the name, or the larger place after a comma ("Lindby, Vesterland"), from the earliest sentence."""
    kinds = {n.split()[-1].lower() for n in cluster.names if len(n.split()) > 1} & (GEO_HEADS | FACILITY_HEADS)
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    for occ in sorted(cluster.refs, key=lambda o: (o.mention.sentence, order[o.source])):
        toks = sentences[(occ.source, occ.mention.sentence)].tokens
        j = occ.mention.token_end
        if j + 1 >= len(toks) or toks[j].text.lower() not in WHEREABOUTS | {","}:
            continue
        k = j + 1 + (toks[j + 1].text.lower() == "the")
        end = k
        while end < len(toks) and toks[end].ent in ("GPE", "LOC") and toks[end].ent == toks[k].ent and toks[end].pos == "PROPN":
            end += 1
        if end == k or toks[j].text == "," and end < len(toks) and toks[end].text not in (",", ".", ";", ")"):
            continue  # (after a comma only a larger place closing the phrase: "Lindby, Vesterland,")
        where = "in" if toks[j].text == "," else toks[j].text.lower()
        return Role(f"{kind} {where} {span_text(toks[j + 1:end])}", (occ.source,))
    return None


DESIGNATOR = re.compile(r"\(?\d+[A-Za-z]?\)?")  # a unit's number after its name: "Unit 4", "(12)"


def _head_end(words: list[str]) -> int:
    """Where a name's head word ends: at its end, or before its "of"/"for" phrase ("University of Vester",
    "Institute for ..."); the head is words[_head_end(words) - 1]."""
    end = len(words)
    while end > 2:  # (a designator after the head: "Vester Rescue Unit 4", "Holm Signals Unit (HSU 4)")
        if words[end - 1].endswith(")") and (opening := next((k for k in range(end - 1, 1, -1) if words[k].startswith("(")), None)):
            end = opening
        elif DESIGNATOR.fullmatch(words[end - 1]):
            end -= 1
        else:
            break
    return next((k for k, w in enumerate(words[:end]) if k > 0 and w in ("of", "for")), end)


def _head_kind(cluster: _Cluster) -> str | None:
    """The common noun of any type's kinds that the name is built on, in lower case ("Lindmark Rowing Association",
    "Centre for Coastal Studies": association, centre), when its names agree on one."""
    kinds = set()
    for name in cluster.names:
        words = name.split()
        cut = _head_end(words)
        kind = words[cut - 1] if len(words) > 1 else ""
        if kind[:1].isupper() and kind[1:].islower() and any(kind.lower() in heads for heads in KIND_HEADS.values()):
            kinds.add(kind.lower())
    return kinds.pop() if len(kinds) == 1 else None


TRADE_KINDS = forms("trade_kinds")


def _trade_kind(cluster: _Cluster) -> str | None:
    """The kind of company a company's name says by the trade it ends in, before its legal form ("Holmvik
    Airways": an airline; "Vester Shipping Lines Inc.": a shipping line; lang/trade_kinds.txt), when its names
    that end in a trade agree on one; the trade's words written as a name's, with capitals."""
    kinds = set()
    for name in cluster.names:
        ws = name.split()
        while len(ws) > 2 and ws[-1].lower().strip(",").replace(".", "") in LEGAL_FORMS:
            ws = ws[:-1]
        if _head_end(ws) < len(ws):
            continue  # a field after "of" or "for" is no trade ("Institute of Mining", "Fund for Energy")
        for n in (2, 1):
            tail = ws[-n:]
            if len(ws) > n and all(w[:1].isupper() and w[1:].islower() for w in tail) and " ".join(tail).lower() in TRADE_KINDS:
                kinds.add(TRADE_KINDS[" ".join(tail).lower()])
                break
    return kinds.pop() if len(kinds) == 1 else None


def _kind_in_name(cluster: _Cluster, sentences: dict, etype: str, common: frozenset[str] | set[str] = frozenset()) -> str | None:
    """What kind of thing a name says its bearer is, by its last word, when the articles say nothing more: the
    Vester Security Conference is a conference, Holm Memorial Hospital a hospital.  Only a singular head word
    of the entity's own type, written in the name as a common noun with a capital; with the words of the name
    that are common words too (written in lower case elsewhere in the articles): a descriptive name says what
    its bearer is ("Holm Coastal Rescue Service": a coastal rescue service; "Vester Institute for the
    Study of Tides": an institute for the study of tides), and with the adjective the articles put before the
    name ("the independent Holm Institute": an independent institute)."""
    heads = KIND_HEADS.get(etype, frozenset())
    kinds: dict[str, set[str]] = {}
    for name in cluster.names:
        words = name.split()
        # the head is the last word, or the word before "of"/"for" ("University of Vester", "Institute for ...")
        cut = _head_end(words)
        last = words[cut - 1] if cut > 0 else ""
        if len(words) > 1 and last[:1].isupper() and last[1:].islower() and last.lower() in heads:
            kinds.setdefault(last.lower(), set()).add(_descriptive(words, cut - 1, common))
    if len(kinds) != 1:
        return None
    kind, longer = kinds.popitem()
    if etype != "place" and len(longer) == 1 and (phrase := longer.pop()) != kind:
        # a name made only of common words ("the Department of Marine Affairs") is not restated in lower case
        return kind if any(phrase == n.lower() for n in cluster.names) else phrase
    if etype == "place" and all(kind in n.lower().split() for n in cluster.names):
        return None  # "Vester County, a county" says nothing; "Vester" also written "Vester Peninsula" is a peninsula
    for occ in cluster.refs:
        toks = sentences[(occ.source, occ.mention.sentence)].tokens
        i = occ.mention.token_start - 1
        head = span_head(toks, occ.mention.token_start, occ.mention.token_end)
        if i > 0 and head is not None and toks[i].dep in ("amod", "compound") and toks[i].head == head.i \
                and toks[i].text.isalpha() and toks[i].text.islower() and toks[i - 1].text.lower() in ("the", "a", "an") \
                and toks[i].text not in TIME_ADJECTIVES:
            return f"{toks[i].text} {kind}"
    return kind


TIME_ADJECTIVES = words("time_adjectives")
VAGUE_KINDS = words("vague_kinds")


def _modifier_before(cluster: _Cluster, sentences: dict, order: dict) -> Role | None:
    """'the ruling Vester Front', 'the main opposition Lindby Alliance': the words in lower case that the articles
    put between "the" and an organisation's name, whose name says no kind (_kind_in_name adds them to a kind),
    say what it is; from the earliest sentence, not a word of time or sameness ("the new", "the same")."""
    for occ in sorted(cluster.refs, key=lambda o: (o.mention.sentence, order[o.source])):
        toks = sentences[(occ.source, occ.mention.sentence)].tokens
        head = span_head(toks, occ.mention.token_start, occ.mention.token_end)
        i = occ.mention.token_start
        modifiers: list = []
        while i > 0 and head is not None and toks[i - 1].dep in ("amod", "compound") and toks[i - 1].head in (head.i, *range(i, head.i)) \
                and toks[i - 1].text.islower() and toks[i - 1].text.replace("-", "").isalpha() and not toks[i - 1].ent and len(modifiers) < 2:
            i -= 1
            modifiers.insert(0, toks[i])
        if modifiers and i > 0 and toks[i - 1].text.lower() == "the" and not any(t.text in TIME_ADJECTIVES for t in modifiers):
            return Role(span_text(modifiers), (occ.source,))
    return None


def _descriptive(words: list[str], head: int, common: frozenset[str] | set[str]) -> str:
    """The head word of a name with the common words around it, in lower case: the capitalised words before it
    that the articles also write in lower case as nouns or adjectives, and an "of"/"for" phrase after it made
    only of such words."""
    def plain(w: str) -> bool:
        if w[-2:] in ("'s", "’s") and w[:-2].lower() in PERSON_TITLES:
            return True  # a post's office ("Vester County Sheriff's Office": a sheriff's office)
        return w[:1].isupper() and w[1:].islower() and w.lower() in common and w.lower() not in COMPASS_WORDS

    start = head
    while start > 0 and (plain(words[start - 1]) or words[start - 1] == "and" and start > 1 and plain(words[start - 2])):
        start -= 1  # "Marine Safety and Coastal Rescue Service"
    end = head + 1
    tail = words[head + 1:]
    if tail and tail[0] in ("of", "for") and all(plain(w) or w in ("of", "for", "the", "and") for w in tail[1:]) \
            and any(plain(w) for w in tail[1:]):
        end = len(words)
    return " ".join(w if w in ("of", "for", "the", "and") else w.lower() for w in words[start:end])


def _part_in_story(cluster: _Cluster, sentences: dict, order: dict, etype: str) -> Role | None:
    """When the articles never say what an entity is, what it does or what happens there, from the earliest
    sentence that says so: a person by a who-clause or an action, an organisation or an event as the subject of an action
    ("will stop selling its cables in shops"; through "said" to the reported clause), an organisation as
    the agent of a participle ("released a report"), a place as where something happened ("where the plane
    crashed"), the scene of an event ("scene of earlier negotiations"), where something is based or where people
    come from, or a country acting as a state ("has closed two border crossings"); failing all these, whom an
    organisation's name says it has ("its officers fired ...") or whom a place is home to ("where Anna Berg is from")."""
    refs = sorted(cluster.refs, key=lambda o: (o.mention.sentence, order[o.source]))
    if etype == "person":
        # a relative clause on the name is how the writer introduces the person ("Anna Berg, 58, who runs the
        # diner"): it says more of who she is than an action another sentence tells first ("Anna Berg has lost count")
        for occ in refs:
            sentence = sentences[(occ.source, occ.mention.sentence)]
            phrase = None if _another_year(sentence, occ.mention) else _who_clause(sentence, occ.mention)
            if phrase and _describes(phrase, sentence):
                return Role(phrase, (occ.source,))
    for occ in refs:
        sentence = sentences[(occ.source, occ.mention.sentence)]
        if _another_year(sentence, occ.mention):
            continue  # "... since 1994, when 42 people died in a crash near X": another event's part, not this story's
        if not _prose(sentence):
            continue  # a headline, a caption or a link ("Holm Line seeks report on ..."): shorthand, often of another story
        if etype == "place":
            phrase = (_where(sentence, occ.mention) or _scene_of(sentence, occ.mention) or _base_of(sentence, occ.mention)
                      or _origin_of(sentence, occ.mention) or _site_of(sentence, occ.mention) or _people_there(sentence, occ.mention))
            if phrase is None and occ.mention.label == "GPE":
                phrase = _action_of(sentence, occ.mention)
        elif etype == "person":
            phrase = _action_of(sentence, occ.mention) or _agent_of(sentence, occ.mention)
        else:
            phrase = _action_of(sentence, occ.mention)
            if phrase is None and etype == "organisation":
                phrase = _agent_of(sentence, occ.mention)
        if phrase and _describes(phrase, sentence):
            return Role(phrase, (occ.source,))
    if etype in ("organisation", "place"):
        # failing all that, what of the organisation's the articles name ("its officers ..."); whom the place is home to
        for occ in refs:
            sentence = sentences[(occ.source, occ.mention.sentence)]
            phrase = _members_of(sentence, occ.mention) if etype == "organisation" else _home_of(sentence, occ.mention)
            if phrase and _describes(phrase, sentence):
                return Role(phrase, (occ.source,))
    return None


def _prose(sentence: Sentence) -> bool:
    """A sentence of prose, ended by a full stop, a question or an exclamation mark (inside quotation marks or a
    bracket too): not a headline, a caption or a list of links, which tell in shorthand ("Holm Line seeks report on
    spill", present tense for the past) and often of other stories."""
    return sentence.text.rstrip().rstrip("\"'”’)]»").endswith((".", "!", "?", "…"))


def _another_year(sentence: Sentence, mention: Mention) -> bool:
    """The name stands in a clause a year dates ("in 2015, when ...", "since 1994, when 42 people died near X"):
    what it tells happened then, in another event than the story's."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    j, seen = (head.i if head is not None else mention.token_start), 0
    while toks[j].head != j and seen < 8:
        j, seen = toks[j].head, seen + 1
        if toks[j].ent == "DATE" and YEAR.match(toks[j].text):
            return True
        if toks[j].dep == "ROOT":
            break
    return False


OBJECT_PRONOUNS = words("personal_pronouns")


SHORT_FORM_WORDS = 2  # at most, in a short form set in brackets after a name ("(HTMO)", "(Holm RA)")


def _past_short_form(toks, end: int) -> int:
    """Where a name ends with the short form that follows it in brackets ("the Vester Homes Agency (VHA), which
    ...", "Lindby Dockers Guild (LDG), the union ..."): after the closing bracket; else `end`. The short form is one
    or two words with capitals."""
    if end >= len(toks) or toks[end].text != "(":
        return end
    close = next((k for k in range(end + 1, min(len(toks), end + SHORT_FORM_WORDS + 2)) if toks[k].text == ")"), None)
    if close is None or close == end + 1 or not all(t.text[:1].isupper() and t.text.replace("-", "").replace(".", "").isalnum()
                                                   for t in toks[end + 1:close]):
        return end
    return close + 1


def _relative_verb(toks, mention: Mention, pronouns: tuple[str, ...]):
    """The verb of a relative clause set off after the name by a comma and one of `pronouns` ("Per Holm, who
    ...", "Nordvik, which ...", "Holmsund, where ..."), when the parser hangs the clause on the name; or None.
    (After the short form of the name in brackets, too: "Vester Homes Agency (VHA), which ...")"""
    end = _past_short_form(toks, mention.token_end)
    head = span_head(toks, mention.token_start, mention.token_end)
    if _aged(toks, mention) and toks[end].text == ",":
        end += 2  # past a person's age set off by commas: "Anna Berg, 34, who works at a bakery"
    if head is None or end + 2 >= len(toks) or toks[end].text != "," or toks[end + 1].text.lower() not in pronouns:
        return None
    verb = toks[toks[end + 1].head]
    return verb if verb.dep == "relcl" and verb.head == head.i and verb.pos in ("VERB", "AUX") else None


def _who_clause(sentence: Sentence, mention: Mention) -> str | None:
    """'Per Holm, who rowed out to the island and rescued two swimmers,': what the articles say a person did, from a
    relative clause on the name; not when it speaks of someone only a pronoun names ("who was working with him")."""
    toks, end = sentence.tokens, mention.token_end
    verb = _relative_verb(toks, mention, ("who",))
    if verb is None:
        return None
    run = _subtree(toks, verb.i, stop={"relcl", "advcl", "punct", "appos", "ccomp", "parataxis"})
    end = next(t.i for t in toks[end:] if t.text.lower() == "who") - 1  # (after an age: "Anna Berg, 34, who")
    # a phrase that only says when ("in the years that followed") is left out, at the end of the clause
    when: set[int] = set()
    for c in toks:
        part = _subtree(toks, c.i, stop=set()) if c.head == verb.i and c.dep == "prep" else []
        if any(toks[k].ent in ("DATE", "TIME") for k in part):
            when.update(part)
    if when and max(when) == max(run):
        run = [j for j in run if j not in when]
    words = [toks[j] for j in run if j > end + 1]
    while words and words[0].dep in ("aux", "auxpass") and words[0].text.startswith(("'", "’")):
        words = words[1:]  # "who'd become": "become"
    if any(t.text.lower() in OBJECT_PRONOUNS for t in words) or any(t.ent in ("DATE", "TIME") and not _shift(toks, t) for t in words):
        return None
    if any(t.dep == "neg" and t.head == verb.i for t in toks):
        return None  # "who was not involved in the study": what someone is not says little of what they are
    if not any(t.pos in ("NOUN", "PROPN", "ADJ") for t in words) or not 2 <= len(words) <= ROLE_MAX_WORDS:
        return None
    return span_text(words)


def _shift(toks, t) -> bool:
    """'who works nights at the lighthouse': a part of the day in the plural, bare, is when one works, no date."""
    return t.tag == "NNS" and t.ent == "TIME" and t.head != t.i and toks[t.head].pos == "VERB" and not any(c.head == t.i and c.dep != "prep" for c in toks)


ORG_KIND_NOUNS = CLASS_NOUNS["organisation"] | KIND_HEADS["organisation"] | ORG_HEADS  # (not a thing's: "the ferry")


def _renamed_next(sentences: dict, source: str, mention: Mention, other_heads: frozenset[str] | set[str],
                  first_nouns: dict[tuple[str, str], int]) -> str | None:
    """'Nordvik Labs said it would appeal. The software company has 40 staff.': news style names an organisation
    once and then by the kind of organisation it is, "the" and the noun, as the subject of the next sentence;
    that noun with its modifiers describes it.  Only when the name is the subject of its sentence's main verb
    and the only organisation there, the next sentence (in the same paragraph or the next) names nothing before
    the noun, the article has not used the noun before for something else ("Holmex sued the union. The union
    said ..."; "... the city council said. Holmex replaced the cables. The council said ..."), and no other
    organisation of the story is named with that noun ("the centre" may be the Holm Care Centre's)."""
    sentence, following = sentences[(source, mention.sentence)], sentences.get((source, mention.sentence + 1))
    if following is None or following.paragraph - sentence.paragraph not in (0, 1):
        return None
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is None:
        return None
    inside = range(mention.token_start, mention.token_end)
    # the subject of the main verb, or the owner of something when nothing else in the sentence is named ("...
    # ahead of the Vester Maritime Authority's plan to ... The agency said ...")
    owner = head.dep == "poss" and not any(t.i not in inside and t.pos not in ("DET", "PART") and (t.ent in NAME_LABELS or t.pos == "PROPN" and not t.ent)
                                           for t in toks)
    if not owner and (head.dep not in ("nsubj", "nsubjpass") or toks[head.head].head != head.head):
        return None
    marks = [t.i for t in toks if t.text in ('"', "“", "”", "``", "''")]
    if any(t.i not in inside and t.pos not in ("DET", "PART") and (t.ent in ("ORG", "NORP") or t.ent == "GPE" and t.i > max(marks, default=-1))
           and not (t.i < mention.token_start and under(toks, t.i, head.i)) for t in toks):
        return None  # another organisation, or a country acting as one (not a place in words quoted before the name,
        # nor one that modifies it: "the Lindby-based Holmex")
    after = following.tokens
    root = next((t for t in after if t.head == t.i), None)
    if root is None:
        return None
    noun = next((t for t in after if t.head == root.i and t.dep in ("nsubj", "nsubjpass")), None)
    # (or the subject of a reporting verb after the clause it reports: "Nobody knows how deep the wreck lies,
    # the rescue group added": then nothing in the sentence is named)
    reports = next((t for t in after if t.head == root.i and t.dep == "parataxis" and t.lemma in ATTRIBUTION_LEMMAS), None)
    if noun is None and reports is not None:
        noun = next((t for t in after if t.head == reports.i and t.dep == "nsubj"), None)
    before = after[:noun.i] if noun is not None else []
    if noun is not None and (noun.head != root.i or root.lemma in ATTRIBUTION_LEMMAS) \
            and any(t.head == noun.head and t.dep in ("ccomp", "parataxis") and t.i < noun.i for t in after):
        if any(t.ent in NAME_LABELS or t.pos == "PROPN" for t in after):
            return None
        before = []
    if noun is None or noun.pos != "NOUN" or noun.tag != "NN" or noun.lemma.lower() not in ORG_KIND_NOUNS \
            or noun.lemma.lower() in other_heads or any(t.lemma.lower() == noun.lemma.lower() and t.i not in inside for t in toks):
        return None
    if not any(t.head == noun.i and t.dep == "det" and t.text.lower() == "the" for t in after) \
            or any(t.ent or t.pos in ("PROPN", "PRON") for t in before):
        return None
    if first_nouns.get((source, noun.lemma.lower()), mention.sentence) < mention.sentence:
        return None  # (the noun written before in the article)
    words = _noun_phrase(after, noun)
    return span_text([t for t in words if t.pos != "DET"]) if words else None


def _noun_phrase(toks, noun, names: bool = False) -> list | None:
    """A common noun with the words before it that describe it (determiner, adjectives, compounds), when they
    hold no date, no gap and no name (with `names`, a name is a modifier like any other: "the Holmex shop")."""
    words = [toks[j] for j in _subtree(toks, noun.i, stop={"acl", "relcl", "prep", "punct", "cc", "conj", "appos", "npadvmod"})
             if j <= noun.i]
    if len(words) > 2 and words[0].text == "-" and words[0].i > 0:
        before = toks[words[0].i - 1]
        if before.head == words[1].i and not before.ent and before.pos != "PROPN":
            words.insert(0, before)  # the first half of a hyphened word ("family-owned")
        else:
            words = words[2:]  # a name's: "the Lindby-based company" is the company
    if words and words[0].pos == "PUNCT":
        return None
    if any(t.ent in NAME_LABELS and not names or t.ent in ("DATE", "TIME") or t.tag == "PRP$" for t in words):
        return None
    if any(b.i - a.i > 1 for a, b in zip(words, words[1:])) or not 1 <= len(words) <= PART_MAX_WORDS - 4:
        return None
    return words


def _the(words) -> str:
    """The noun phrase as "the ...": what it names has been mentioned (the sentence's capital dropped)."""
    return "the " + _uncapitalised(words[1:] if words[0].pos == "DET" else words)


def _uncapitalised(words) -> str:
    """The words as written, but for the capital of the sentence's first word when it is no proper noun nor part of
    a name ("Retail groups such as Nordvik ...": one of the retail groups; but "Vesterlandic officials")."""
    text = span_text(words)
    if words and DEMONYM.fullmatch(words[0].text):
        return text  # "Omani guitarist ...": a nationality keeps its capital, whatever the tagger missed
    return text[:1].lower() + text[1:] if words and words[0].i == 0 and words[0].pos != "PROPN" and words[0].ent not in NAME_LABELS else text


# an adjective of nationality or origin by its ending ("Omani", "Maltese", "Estonian", "Flemish"), with a
# hyphened part after it ("Maltese-born")
DEMONYM = re.compile(r"[A-Z][a-z]{3,}(?:ian|ese|ish|i)(?:-[a-z]+)?")


def _base_of(sentence: Sentence, mention: Mention) -> str | None:
    """'the Vesterby-based company': the place is where the company is based."""
    toks = sentence.tokens
    end = mention.token_end
    if end + 1 >= len(toks) or toks[end].text not in ("-", "‐") or toks[end + 1].text.lower() != "based":
        return None
    noun = toks[toks[end + 1].head]
    if noun.pos != "NOUN":
        return None
    words = [t for t in (_noun_phrase(toks, noun) or []) if t.i > end + 1]
    if not words:
        return None
    verb = "are" if noun.tag == "NNS" else "is"
    return f"where {_the(words)} {verb} based"


def _people_from(toks, mention: Mention):
    """The noun for people that "from <place>" hangs on ("farm workers from X", "a teacher from X"), or None."""
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is None or head.dep != "pobj" or toks[head.head].text.lower() != "from":
        return None
    noun = toks[toks[head.head].head]
    return noun if noun.pos == "NOUN" and noun.lemma.lower() in PEOPLE_NOUNS else None


def _name_start(toks, tok) -> int:
    """Where the name that ends on `tok` starts: back over the proper nouns of its label ("Anna Berg" from "Berg")."""
    first = tok.i
    while first > 0 and toks[first - 1].ent == tok.ent and toks[first - 1].pos == "PROPN":
        first -= 1
    return first


def _name_hyphen(toks, k: int, label: str) -> bool:
    """A hyphen inside a name, between two words of its label ("Jan-Erik", "Anna-Berit")."""
    return hyphen_joins(toks, k) and toks[k - 1].ent == toks[k + 1].ent == label != ""


def _origin_of(sentence: Sentence, mention: Mention) -> str | None:
    """'a group of farm workers from Vesterland': the place is where those people come from."""
    toks = sentence.tokens
    noun = _people_from(toks, mention)
    if noun is None or noun.tag != "NNS":
        return None
    words = _noun_phrase(toks, noun)
    if words and any(t.tag == "CD" for t in words):
        return None  # "carrying more than 70 travellers from X": a count on a trip, where it set out, not who they are
    return f"where {_the(words)} come from" if words else None


def _home_of(sentence: Sentence, mention: Mention) -> str | None:
    """'Anna Berg, 52, a teacher from Lindby': the place is where that person is from."""
    toks = sentence.tokens
    noun = _people_from(toks, mention)
    if noun is None or noun.tag != "NN" or noun.dep != "appos" or toks[noun.head].ent != "PERSON" or toks[noun.head].pos != "PROPN":
        return None
    person = toks[noun.head]
    return f"where {span_text(toks[_name_start(toks, person):person.i + 1])} is from"


def _people_there(sentence: Sentence, mention: Mention) -> str | None:
    """'Residents of Lindby were evacuated', 'about 2,000 people in Nordvik were left without power': the place is
    where the people the sentence speaks of are, and what happened to them or what they did ("where residents were
    evacuated"); not what they say ("residents of Lindby said ...")."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    head = _first_of_list(toks, head) if head is not None else None
    if head is None or head.dep != "pobj" or toks[head.head].text.lower() not in ("in", "of"):
        return None
    noun = toks[toks[head.head].head]
    if noun.pos != "NOUN" or noun.tag != "NNS" or noun.lemma.lower() not in PEOPLE_NOUNS or noun.dep not in ("nsubj", "nsubjpass"):
        return None
    verb = toks[noun.head]
    if verb.pos != "VERB" or verb.lemma in REPORTED_BY or verb.lemma in ATTRIBUTION_LEMMAS or verb.lemma in LIGHT_VERBS \
            or _quoted(toks, verb.i) or noun.i > verb.i:
        return None
    people = _noun_phrase(toks, noun)
    if not people or any(t.tag == "PRP$" for t in people):
        return None
    clause = {verb.i} | {t.i for t in toks if t.head == verb.i and t.dep in ("aux", "auxpass", "neg", "prt")}
    for child in toks:
        if child.head == verb.i and child.i > verb.i and child.dep in ("dobj", "acomp", "oprd", "prep", "agent"):
            part = _subtree(toks, child.i, stop={"relcl", "acl", "advcl", "punct", "cc", "conj", "appos"})
            if not any(toks[j].ent in ("DATE", "TIME") or toks[j].ent in NAME_LABELS for j in part):
                clause.update(part)
    words = [toks[j] for j in sorted(clause)]
    while words and words[-1].i > verb.i and words[-1].pos == "ADP":
        words = words[:-1]
    between = set(range(people[-1].i + 1, words[0].i))
    between -= {t.i for t in toks if t.head == verb.i and t.dep == "advmod" and t.pos == "ADV"}  # ("then", "also")
    if any(b.i - a.i > 1 for a, b in zip(words, words[1:])) or not between <= set(_subtree(toks, head.head, stop=set())):
        return None  # the people, the place's phrase, then the clause: nothing else between
    text = f"where {_uncapitalised(people)} {span_text(words)}"
    return text if len(text.split()) <= PART_MAX_WORDS + 1 else None


def _site_of(sentence: Sentence, mention: Mention) -> str | None:
    """'his Holm, Vesterland, home', 'the Lindmark care centre will open': a place name modifying a building's
    noun is where that building is ("site of his home", "site of the care centre")."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is not None and head.dep == "pobj" and (toks[head.head].text.lower() in ("in", "at") and mention.label not in ("FAC", "LOC")
                                                    or toks[head.head].text.lower() == "on" and _surface(mention)):
        # "the old mill in Vesterby", "the bus depot at Lindby", "the ticket office on Harbour Road": a building
        # there, one the article has named before or the only one of its kind ("the"), is where the town or the
        # street comes into the story
        noun = toks[toks[head.head].head]
        if noun.pos == "NOUN" and noun.tag == "NN" and noun.lemma.lower() in SITE_NOUNS and not noun.ent and not _quoted(toks, noun.i):
            words = _noun_phrase(toks, noun, names=True)  # ("the Holmex shop on Ferry Road": the shop is Holmex's)
            if words and words[0].text.lower() == "the":
                return "site of " + _the(words)
            if words and words[0].ent in ("ORG", "PERSON") and any(t.text in ("'s", "’s") and t.dep == "case" for t in words):
                return "site of " + _uncapitalised(words)  # "Holmex's new factory in Lindby": the owner's, named
    if head is None or mention.label in ("FAC", "LOC") or mention.token_start == 0 or mention.token_end >= len(toks):
        return None  # a town or a country, not a site: "the Lindmark Tower building" is a building's own name
    if toks[mention.token_end - 1].text.lower() not in GEO_HEADS and any(
            t.lemma.lower() in SITE_NOUNS | FACILITY_HEADS for t in toks[mention.token_start:mention.token_end]):
        return None  # "the City Hospital 2 building"; but "Harbor City" is a town
    before, after = toks[mention.token_start - 1], toks[mention.token_end]
    state = mention.token_end
    if after.text == ",":  # "his Holm, Vesterland, home": the town's state or country set off by commas
        state += 1
        while state < len(toks) and toks[state].ent in ("GPE", "LOC") and toks[state].pos == "PROPN":
            state += 1
        state = state + 1 if state > mention.token_end + 1 and state + 1 < len(toks) and toks[state].text == "," else mention.token_end
        after = toks[state]
    if before.tag == "PRP$" and after.text.lower() in SITE_NOUNS and after.pos != "PROPN":
        noun = after  # "his Holm home": a possessive before a town's name is the noun's, however the tagger read "home"
    else:
        noun = toks[head.head]
        if head.dep not in ("compound", "nmod") or noun.pos != "NOUN" or noun.lemma.lower() not in SITE_NOUNS or noun.i < mention.token_end:
            return None
    if noun.ent or _quoted(toks, noun.i):
        return None
    between = toks[state:noun.i]
    if any(t.pos not in ("NOUN", "ADJ", "PROPN", "PUNCT") or t.ent in ("DATE", "TIME", "PERSON", "ORG") for t in between):
        return None
    words = [t for t in between if t.pos in ("NOUN", "ADJ") and t.ent == ""] + [noun]
    if any(b.i - a.i > 1 for a, b in zip(words, words[1:])):
        words = [noun]
    if before.tag != "PRP$" and before.text.lower() != "the":
        return None  # "an L.A. gym": one of many there, which says nothing of the place
    return f"site of {before.text.lower()} {span_text(words)}"


SITE_NOUNS = words("site_nouns")


def _scene_of(sentence: Sentence, mention: Mention) -> str | None:
    """'negotiations in Lindmark', 'protests held in Vesterby', 'two rounds of talks in Holm': a place where
    an event happened, when the event is a noun (an event noun, or "rounds of" one) the place's preposition
    hangs on, directly or through a participle ("held", "staged")."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    head = _first_of_list(toks, head) if head is not None else None
    if head is not None and head.dep in ("compound", "nmod", "amod") and head.head > head.i and toks[head.head].pos == "NOUN" \
            and toks[head.head].lemma.lower() in LOCATED_EVENTS and all(t.pos in ("ADJ", "NOUN") for t in toks[mention.token_end:head.head]):
        noun = toks[head.head]  # "the Vesterby flood", "the Lindmark earthquake": where the flood was
        words = list(toks[mention.token_end:noun.i + 1])
        if any(t.ent for t in words):
            return None
        return "scene of the " + span_text(words)
    if head is None or head.dep != "pobj" or toks[head.head].text.lower() not in ("in", "at", "near", "on"):
        return None
    noun = toks[toks[head.head].head]
    if noun.pos == "VERB" and noun.dep == "acl":
        noun = toks[noun.head]  # "negotiations held in X"
    if noun.pos != "NOUN":
        return None
    event = noun if noun.lemma.lower() in EVENT_NOUNS else next(
        (toks[c.i] for p in toks if p.head == noun.i and p.dep == "prep" and p.text.lower() == "of"
         for c in toks if c.head == p.i and c.dep == "pobj" and c.pos == "NOUN" and c.lemma.lower() in EVENT_NOUNS), None)
    if event is None:
        return None
    keep = [t for t in toks if t.head == noun.i and t.i < noun.i and t.dep in ("amod", "compound", "nummod", "poss", "case")]
    keep = [toks[j] for t in keep for j in _subtree(toks, t.i, stop={"punct", "cc", "conj", "relcl", "acl"})]
    words = sorted({*keep, noun, *(toks[j] for j in range(noun.i + 1, event.i + 1) if event is not noun)}, key=lambda t: t.i)
    if any(t.ent in ("DATE", "TIME") or t.ent in NAME_LABELS for t in words) or len(words) > PART_MAX_WORDS - 2:
        return None
    if any(b.i - a.i > 1 for a, b in zip(words, words[1:])):
        return None
    # a noun in the singular keeps its article ("scene of a summit", "scene of the summit": not "scene of summit")
    article = next((t.text.lower() for t in toks if t.head == noun.i and t.dep == "det" and t.text.lower() in ("a", "an", "the")), None)
    lead = f"{article} " if noun.tag == "NN" and article and words[0].tag != "PRP$" and words[0].dep != "poss" else ""
    return "scene of " + lead + _uncapitalised(words)  # (the sentence's capital ends here: "scene of earlier talks")


NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"}


PART_MAX_WORDS = TUNING.part_max_words


def _subject_of(sentence: Sentence, mention: Mention):
    """The verb the name is the subject of, or None; not when the name only modifies a common noun right after it,
    which the parser hung on the name as an apposition ("Vesterland cheese ... will stay on sale": the
    cheese will)."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is None or head.dep not in ("nsubj", "nsubjpass"):
        return None
    after = toks[mention.token_end] if mention.token_end < len(toks) else None
    if after is not None and after.pos == "NOUN" and after.dep == "appos" and after.head == head.i and after.text.islower():
        return None
    return toks[head.head]


def _action_of(sentence: Sentence, mention: Mention) -> str | None:
    verb = _subject_of(sentence, mention)
    if verb is not None and _reported(sentence.tokens, verb):
        return None  # "Berg said the court had overstepped its powers": her claim, not what the court is known to have done
    if verb is not None and verb.dep == "relcl":
        return _relative_object_action(sentence.tokens, verb)
    return _predicate(sentence.tokens, verb) if verb is not None else None


def _reported(toks, verb) -> bool:
    """The verb is in a clause someone reports ("Berg said the court had overstepped ...", "the court had erred,
    Holm claimed"): a reporting verb takes it, or the clause it completes, as what is said."""
    def reporting(t) -> bool:
        return t.lemma in ATTRIBUTION_LEMMAS or t.lemma in REPORTED_BY

    tok = verb
    for _ in range(6):
        if any(t.head == tok.i and t.dep == "parataxis" and reporting(t) for t in toks):
            return True
        if tok.dep not in ("ccomp", "conj", "xcomp") or tok.head == tok.i:
            return False
        if tok.dep == "ccomp" and reporting(toks[tok.head]):
            return True
        tok = toks[tok.head]
    return False


RELATIVE_OBJECTS = {"which", "that", "whom"}


def _relative_object_action(toks, verb) -> str | None:
    """'the bill, which the Vester council approved last week': what the subject of a relative clause did to the noun
    the clause is on, the relative pronoun its object ("approved the bill"); with the verb's particle and its
    phrases after it that are not times ("signed the deal with Holmex")."""
    if not any(t.head == verb.i and t.dep == "dobj" and t.text.lower() in RELATIVE_OBJECTS for t in toks) \
            or any(t.head == verb.i and t.dep == "neg" for t in toks) or _quoted(toks, verb.i) or verb.pos != "VERB":
        return None
    noun = toks[verb.head]
    phrase = _noun_phrase(toks, noun) if noun.pos == "NOUN" else None
    if not phrase:
        return None
    before = [t for t in toks if t.head == verb.i and t.dep in ("aux", "auxpass") and t.i < verb.i]
    after = [t for t in toks if t.head == verb.i and t.dep == "prt"]
    for child in toks:
        if child.head == verb.i and child.dep == "prep" and child.i > verb.i:
            part = [toks[j] for j in _subtree(toks, child.i, stop={"relcl", "acl", "punct", "cc", "conj", "appos"})]
            if not any(t.ent in ("DATE", "TIME") for t in part) and all(b.i - a.i == 1 for a, b in zip(part, part[1:])):
                after += part
    words = [*before, verb]
    text = span_text(words) + " " + _uncapitalised(phrase) + (" " + span_text(sorted(after, key=lambda t: t.i)) if after else "")
    return text if len(text.split()) <= PART_MAX_WORDS else None


def _predicate(toks, verb) -> str | None:
    """What the subject of `verb` does, as a verb phrase: a finite verb's, not words quoted, and through a
    reporting verb only what an organisation ("it", "they", "we") says it does."""
    if verb.pos != "VERB" or verb.dep in ("nsubj", "nsubjpass", "appos") or any(t.head == verb.i and t.dep == "appos" for t in toks):
        return None  # a finite verb is no subject and takes no apposition: "Vesterland envoys Per Holm and ..." is a title
    if verb.tag not in ("VBD", "VBZ", "VBP") and not any(t.head == verb.i and t.dep in ("aux", "auxpass") and t.tag != "TO" for t in toks):
        return None  # "(asked a court to) make Vesterland extend its deadline": not something it does
    if _quoted(toks, verb.i):
        return None  # words someone else says
    # "reported a rise in flooding", "urged the government to end the strike" (an object told to do something: a
    # directive, something it did), not "said Tuesday it would ..."
    reports_object = any(t.head == verb.i and t.dep == "dobj" and t.pos == "NOUN" for t in toks) and not any(
        t.head == verb.i and t.dep in ("ccomp", "parataxis") for t in toks)
    passive = any(t.head == verb.i and t.dep == "auxpass" for t in toks)  # ("was criticised by ...": it is no speaker)
    if (verb.lemma in REPORTED_BY or verb.lemma in ATTRIBUTION_LEMMAS) and not reports_object and not passive:
        # "Nordvik said it will replace ...": what it said it does ("reported a rise in flooding" is something it did)
        clause = next((t for t in toks if t.head == verb.i and t.dep == "ccomp" and t.pos == "VERB"), None)
        if clause is None:  # "said in a letter that it will ...": the clause the parser hung on the message noun
            clause = next((t for t in toks if t.dep == "acl" and t.pos == "VERB" and toks[t.head].lemma.lower() in MESSAGE_NOUNS
                           and toks[t.head].dep == "pobj" and toks[toks[t.head].head].head == verb.i
                           and any(m.head == t.i and m.dep == "mark" and m.text.lower() == "that" for m in toks)), None)
        subject = next((t for t in toks if clause is not None and t.head == clause.i and t.dep == "nsubj"), None)
        if clause is None or subject is None or subject.text.lower() not in ("it", "they", "we") or _quoted(toks, clause.i):
            return None  # (a person's "he" may be anyone)
        verb = clause
    return _verb_phrase(toks, verb)


PEOPLE_NOUNS = words("people_nouns") | ROLE_NOUNS
MESSAGE_NOUNS = words("message_nouns")


def _agent_of(sentence: Sentence, mention: Mention) -> str | None:
    """'a report released by the Vester Institute', 'the Vester Party, led by Anna Berg': what the organisation or
    the person did, in the active voice ("released a report", "led the Vester Party"); only for a participle whose
    form is also the past tense (a regular one, or one of lang/past_participles.txt)."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    return _done_by(toks, _first_of_list(toks, head)) if head is not None else None  # ("founded by X and Y": both)


PAST_PARTICIPLES = words("past_participles")


def _done_by(toks, head) -> str | None:
    """What the agent `head` ("by X") of a participle did: "released a report", "led the Vester Party"."""
    if head.dep != "pobj" or toks[head.head].dep != "agent":
        return None
    verb = toks[toks[head.head].head]
    noun = toks[verb.head]
    if verb.dep != "acl" and any(t.head == verb.i and t.dep == "auxpass" for t in toks):
        # a passive clause: "Nordvik Cables was purchased by Holmex last year" (purchased Nordvik Cables), "the ferry,
        # which was built by Holm Yards," (built the ferry); not when a pronoun is all it says of the one it was done to
        patient = next((t for t in toks if t.head == verb.i and t.dep == "nsubjpass"), None)
        if patient is not None and patient.text.lower() in ("which", "that") and verb.dep == "relcl":
            patient = toks[verb.head]
        if patient is None or patient.pos not in ("NOUN", "PROPN"):
            return None
        noun = patient
    elif verb.dep != "acl":
        return None
    if verb.tag != "VBN" or not (verb.text.endswith("ed") or verb.text.lower() in PAST_PARTICIPLES) \
            or noun.pos not in ("NOUN", "PROPN") or _quoted(toks, verb.i):
        return None
    if noun.pos == "PROPN":  # a name: the name itself, with its article ("the Vester Party")
        start, end = noun.i, noun.i + 1
        if noun.ent in NAME_LABELS:
            while start > 0 and toks[start - 1].ent == noun.ent:
                start -= 1
            while end < len(toks) and toks[end].ent == noun.ent:
                end += 1
        elif noun.ent or not noun.text[:1].isupper():
            return None
        else:  # a name the tagger left untagged: its proper nouns ("Nordvik Labs")
            while start > 0 and toks[start - 1].pos == "PROPN" and toks[start - 1].dep == "compound" and toks[start - 1].head == noun.i \
                    and not toks[start - 1].ent:
                start -= 1
        name = list(toks[start:end])
        article = any(t.head == noun.i and t.dep == "det" and t.text.lower() == "the" and t.i <= name[0].i for t in toks)
        name = name[1:] if name[0].text.lower() == "the" else name  # ("The Vester Party" opening the sentence)
        return f"{verb.text} the {span_text(name)}" if article else f"{verb.text} {span_text(name)}"
    stop = {"acl", "relcl", "prep", "punct", "cc", "conj", "appos"}
    of = toks[noun.head]
    if noun.dep == "pobj" and of.text.lower() in ("of", "with") and toks[of.head].pos == "NOUN" \
            and any(t.head == noun.i and t.dep == "nummod" for t in toks):
        # "a survey of 900 pupils published by X", "a jet with 180 seats built by X": a count in an "of" or
        # "with" phrase is the size of the thing before it, what was done ("published a survey of 900 pupils")
        outer = toks[of.head]
        words = [toks[j] for j in _subtree(toks, outer.i, stop=stop) + [of.i] + _subtree(toks, noun.i, stop=stop)]
        words.sort(key=lambda t: t.i)
        noun = outer
    else:
        words = [toks[j] for j in _subtree(toks, noun.i, stop=stop)]
        of = next((t for t in toks if t.head == noun.i and t.dep == "prep" and t.text.lower() == "of" and t.i == words[-1].i + 1), None)
        if of is not None:  # (with what it is a part or a kind of: "part of the work", "the cost of the repairs")
            words += [toks[j] for j in _subtree(toks, of.i, stop=stop - {"prep"})]
    if any(t.ent in ("DATE", "TIME") for t in words) or noun.ent in NAME_LABELS or len(words) > PART_MAX_WORDS - 1:
        return None
    if any(b.i - a.i > 1 for a, b in zip(words, words[1:])):
        return None
    phrase = span_text(words)
    if words[0].i == 0 and words[0].pos != "PROPN":
        phrase = phrase[:1].lower() + phrase[1:]  # the sentence's capital ends here: "Part of the work was funded by X"
    # with the verb's particle ("carried out a survey")
    done = " ".join(t.text for t in toks if t.i == verb.i or t.head == verb.i and t.dep == "prt" and t.i == verb.i + 1)
    return f"{done} {phrase[:1].lower() + phrase[1:] if words[0].pos == 'DET' else phrase}"


def _members_of(sentence: Sentence, mention: Mention) -> str | None:
    """'Vester Border Guard officers fired warning shots', 'a list produced by Holm University researchers': an
    organisation's name modifying a common noun names something of the organisation's (its people, ships, data):
    what they did ("its officers fired warning shots"); the noun alone says nothing ("its accounts")."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is None:
        return None
    head = _first_of_list(toks, head)  # "Nordvik and Bridgeline accounts"
    noun = toks[head.head]
    if head.dep == "pobj" and noun.dep == "prep" and noun.text.lower() in MEMBER_PREPOSITIONS:
        people = toks[noun.head]  # "researchers at the Vester School of Medicine": its researchers
        if people.pos != "NOUN" or people.lemma.lower() not in PEOPLE_NOUNS or people.i > noun.i or _quoted(toks, people.i):
            return None
        if people.dep == "nsubj":
            done = _predicate(toks, toks[people.head])
        else:
            done = _done_by(toks, people)
        return f"its {people.text.lower()} {done}" if done and people.tag == "NNS" else None
    if head.dep not in ("compound", "nmod") or noun.pos != "NOUN" or noun.i < mention.token_end or noun.ent or _quoted(toks, noun.i):
        return None
    if noun.dep == "compound":
        return None  # a title before another name ("Nordvik Bank economist Anna Berg"): see _title_holder_of
    between = toks[mention.token_end:noun.i]
    if any(t.pos not in ("NOUN", "PROPN", "CCONJ") or t.ent in ("DATE", "TIME") for t in between):
        return None
    run = [noun]
    while run[0].i - 1 >= mention.token_end and toks[run[0].i - 1].pos == "NOUN":
        run.insert(0, toks[run[0].i - 1])  # "helicopter crews"
    thing = span_text(run)
    if noun.dep == "nsubj":
        done = _predicate(toks, toks[noun.head])
    else:
        done = _done_by(toks, noun)
        done = f"{thing} {done}" if done else None
        thing = ""
    # (the thing alone says nothing: "Lindby University: its study", "Nordic TV: its guest")
    return f"its {thing} {done}".replace("  ", " ") if done else None


MEMBER_PREPOSITIONS = {"at", "from", "of", "with"}


def _title_holder_of(cluster: _Cluster, sentences: dict, order: dict) -> Role | None:
    """'Nordvik Bank economist Anna Berg', 'the Vester Group subsidiary Holm Labs': an organisation's name before a
    title that stands before another name says whose that person or company is ("its economist Anna Berg"), from
    the earliest sentence that says so."""
    for occ in sorted(cluster.refs, key=lambda o: (o.mention.sentence, order[o.source])):
        toks = sentences[(occ.source, occ.mention.sentence)].tokens
        head = span_head(toks, occ.mention.token_start, occ.mention.token_end)
        if head is None or head.dep not in ("compound", "nmod"):
            continue
        noun = toks[head.head]
        if noun.pos != "NOUN" or noun.dep != "compound" or noun.ent or _quoted(toks, noun.i):
            continue
        between = toks[occ.mention.token_end:noun.i]
        if any(t.pos != "NOUN" or t.ent for t in between):
            continue  # "Nordvik Bank senior economist": a title of more than nouns is the person's own
        name = _name_after(toks, noun)
        if name:
            # a word of time before the name goes with the title: "Former Vesterland president Erik Holm" is its
            # former president
            when = [t for t in toks[:occ.mention.token_start] if t.dep == "amod" and t.head in (head.i, noun.i)
                    and t.text.lower() in TIME_ADJECTIVES]
            return Role(f"its {span_text([*when, *between, noun]).lower() if when else span_text([*between, noun])} {name}",
                        (occ.source,))
    for occ in sorted(cluster.refs, key=lambda o: (o.mention.sentence, order[o.source])):
        sentence = sentences[(occ.source, occ.mention.sentence)]
        held = _holder_before_of(sentence, occ.mention) or _holder_apposed_of(sentence, occ.mention) or _led_by(sentence, occ.mention)
        if held:
            return Role(held, (occ.source,))
    return None


def _holder_before_of(sentence: Sentence, mention: Mention) -> str | None:
    """'analyst Tomas Brandt of Holm Partners', 'Professor Anna Berg of the Vester Institute': the titled person
    of the organisation ("its analyst Tomas Brandt")."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is None or head.dep != "pobj" or toks[head.head].text.lower() != "of":
        return None
    person = toks[toks[head.head].head]
    if person.pos != "PROPN" or person.ent != "PERSON" or toks[head.head].i != person.i + 1:
        return None
    start = _name_start(toks, person)
    named = Mention(span_text(toks[start:person.i + 1]), "PERSON", mention.paragraph, mention.sentence,
                    toks[start].start, person.start + len(person.text), start, person.i + 1)
    title = _title_before(sentence, named, with_place=False)
    if not title or any(ch.isupper() for ch in title[1:]) and len(title.split()) > 2:
        return None  # (a title that names another organisation is that one's)
    return f"its {title[:1].lower() + title[1:]} {named.text}"


def _holder_apposed_of(sentence: Sentence, mention: Mention) -> str | None:
    """'Anna Berg, a fisheries analyst at Holm Partners', 'Tomas Brandt, chief of staff at the Vester Bank': the
    person whose title, in apposition to the name, ends in the organisation ("its fisheries analyst Anna Berg").
    Only a title of common nouns and adjectives (not one naming another organisation or a place)."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is None or head.dep != "pobj" or toks[head.head].text.lower() not in MEMBER_PREPOSITIONS | {"for"}:
        return None
    prep = toks[head.head]
    title = toks[prep.head]
    while title.dep == "pobj" and toks[title.head].dep == "prep" and toks[title.head].text.lower() == "of":
        title = toks[toks[title.head].head]  # "head of research at X": up to "head"
    if title.dep != "appos" or not (title.pos == "NOUN" and (title.lemma.lower() in PEOPLE_NOUNS or _role_word(title.lemma))
                                    or title.pos == "PROPN" and not title.ent):
        return None  # (a title the tagger took for a name and no model tagged as one: "an opposition MP")
    person = toks[title.head]
    if person.pos != "PROPN" or person.ent not in ("PERSON", "ORG", "") or person.i > title.i:
        return None  # (a person's name the model read as an organisation's: the title says whose it is)
    start = title.i
    while start > person.i + 2 and (toks[start - 1].pos in ("NOUN", "ADJ", "PROPN") and not toks[start - 1].ent or hyphen_joins(toks, start - 1)):
        start -= 1  # "fisheries analyst", "veteran MP", "food-industry analyst"
    words = [t for t in toks[start:prep.i] if t.text != "-"]
    if toks[start - 1].pos not in ("DET", "PUNCT") or any(t.ent or t.pos not in ("NOUN", "ADJ", "ADP", "PROPN") for t in words) \
            or any(t.pos == "PROPN" and not t.text.isupper() for t in words) or len(words) > 5 or _quoted(toks, title.i):
        return None
    first = person.i
    while first > 0 and (toks[first - 1].ent == person.ent and toks[first - 1].pos == "PROPN" and first <= toks[first - 1].head <= person.i
                         or _name_hyphen(toks, first - 1, person.ent)):
        first -= 2 if _name_hyphen(toks, first - 1, person.ent) else 1  # (a hyphen with the word before it)
    return f"its {span_text(toks[start:prep.i])} {span_text(toks[first:person.i + 1])}"


def _led_by(sentence: Sentence, mention: Mention) -> str | None:
    """'Anna Berg, who runs the Lindby Bakery', 'Tomas Brandt, who founded the Vester League': the organisation is
    the object of a verb of leading or owning in a relative clause on a person's name ("run by Anna Berg")."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is None or head.dep != "dobj":
        return None
    verb = toks[head.head]
    person = toks[verb.head]
    if verb.dep != "relcl" or verb.lemma.lower() not in AFFILIATION_VERBS or person.ent not in ("PERSON", "ORG") or person.pos != "PROPN" \
            or verb.tag not in ("VBZ", "VBP") or any(t.head == verb.i and t.dep in ("neg", "aux") for t in toks) \
            or _quoted(toks, verb.i) or not any(t.head == verb.i and t.dep == "nsubj" and t.text.lower() == "who" for t in toks):
        return None  # (not "who once ran", "who will lead": a past or future post is not the organisation's part now)
    # ("who" says a person, whatever label the model gave the name)
    return f"{AFFILIATION_PARTICIPLES[verb.lemma.lower()]} by {span_text(toks[_name_start(toks, person):person.i + 1])}"


def _name_after(toks, noun) -> str | None:
    """The name a title noun stands before ("economist" in "economist Anna Berg", "subsidiary" in "subsidiary Holm
    Labs"): the whole of one person's or organisation's name, which the title is a compound of."""
    if noun.i + 1 >= len(toks):
        return None
    label = toks[noun.i + 1].ent
    if label not in ("PERSON", "ORG"):
        return None
    end = noun.i + 1
    while end < len(toks) and toks[end].ent == label and toks[end].pos == "PROPN":
        end += 1
    if end == noun.i + 1 or toks[noun.head].i not in range(noun.i + 1, end) or (end < len(toks) and toks[end].ent == label):
        return None
    return span_text(toks[noun.i + 1:end])


def _quoted(toks, i: int) -> bool:
    """Inside quotation marks: an odd number of marks before the word."""
    marks = sum(1 for t in toks[:i] if t.text in ('"', "“", "”", "``", "''"))
    return marks % 2 == 1


ATTRIBUTION_LEMMAS = words("attribution_lemmas")
VP_PARTS = {"aux", "auxpass", "neg", "prt", "dobj", "attr", "acomp", "xcomp", "prep", "dative", "oprd", "agent"}


def _verb_phrase(toks, verb) -> str | None:
    """The verb with its auxiliaries, particle, objects and complements (no dates, no clauses), when it says
    something: an object or complement noun, a verb that is not a light one, PART_MAX_WORDS words at most."""
    if verb.lemma in LIGHT_VERBS:
        return None
    keep = {verb.i}
    trailing: list[list[int]] = []  # the prepositional phrases after the verb's object, last first
    for child in toks:
        if child.head != verb.i or child.dep not in VP_PARTS:
            continue
        if child.dep == "prep" and child.i < verb.i and child.text.lower() in PLACE_PREPOSITIONS \
                and any(t.head == child.i and t.dep == "pobj" and t.ent in ("GPE", "LOC", "FAC") for t in toks):
            continue  # a place before the verb sets the scene ("In Vesterland, the council has built ..."): not the action
        part = _subtree(toks, child.i, stop={"relcl", "advcl", "punct", "cc", "conj", "appos", "ccomp", "parataxis"})
        if any(toks[j].ent in ("DATE", "TIME") for j in part) and child.dep == "prep":
            continue  # "on Saturday": when, not what
        keep.update(part)
        if child.dep == "prep" and child.i > verb.i:
            trailing.insert(0, part)
    # an adverb of the verb inside the phrase is part of the action ("would weigh the offer carefully")
    keep.update(t.i for t in toks if t.head == verb.i and t.dep == "advmod" and t.pos == "ADV" and min(keep) < t.i < max(keep)
                and t.text.isalpha() and t.text.lower() not in DISCOURSE_ADVERBS)
    # too long with every circumstance: the action without the last of them ("thanked the crew of the lifeboat
    # at a ceremony on the quay in Lindby": "thanked the crew of the lifeboat"), while something follows the verb
    while len(keep) > PART_MAX_WORDS and trailing and max(trailing[0]) == max(keep) \
            and any(j > verb.i and j not in trailing[0] and toks[j].pos in ("NOUN", "PROPN") for j in keep):
        keep.difference_update(trailing.pop(0))
    # ... or of its object, where ("is feeding evacuees at a school canteen in Holmstad": "is feeding evacuees
    # at a school canteen"), the last first; never an of-phrase, which says what the noun is
    while len(keep) > PART_MAX_WORDS:
        last = [set(_subtree(toks, t.i, stop=set())) for t in toks if t.i > verb.i and t.i in keep and t.dep == "prep"
                and t.head != verb.i and t.head in keep and t.text.lower() != "of"]  # (not what the noun is of)
        last = [part for part in last if max(part) == max(keep)]
        if not last:
            break
        rest = keep - min(last, key=len)
        if not any(j > verb.i and toks[j].pos in ("NOUN", "PROPN") for j in rest):
            break
        keep = rest
    words = [toks[j] for j in sorted(keep)]
    # a phrase broken after the verb by what it leaves out (a quotation mark, a parenthesis) ends at the break:
    # 'had withdrawn the permit "at once"' is "had withdrawn the permit"
    cut = next((k for k, (a, b) in enumerate(zip(words, words[1:]), 1) if a.i >= verb.i and any(
        not (toks[j].pos == "ADV" and toks[j].text.lower() in DISCOURSE_ADVERBS) for j in range(a.i + 1, b.i))), len(words))
    words = words[:cut]
    # a time phrase at the end is when, not what ("... to close the bridge on Monday", "... next month")
    timed = False
    while words and words[-1].i > verb.i and (words[-1].ent in ("DATE", "TIME") or timed and words[-1].pos == "ADP"):
        timed = words.pop().ent in ("DATE", "TIME")
    if any(t.ent in ("DATE", "TIME") for t in words):
        return None
    after = [t for t in words if t.i > verb.i]
    if not any(t.pos in ("NOUN", "PROPN") for t in after) or not 3 <= len(words) <= PART_MAX_WORDS:
        return None
    if any(any(not (toks[k].pos == "ADV" and toks[k].text.lower() in DISCOURSE_ADVERBS) for k in range(a.i + 1, b.i))
           for a, b in zip(words, words[1:])):
        return None  # not one run of words: something was left out in the middle (but "also" in "has also closed")
    if any(t.text.lower() in REFERRING_DETERMINERS and t.dep in ("det", "amod", "predet") for t in after):
        return None  # "denies any such plan", "opposed this move": what it points back to is not told
    if any(t.pos == "PRON" and t.text.lower() in REFERRING_PRONOUNS and t.dep in ("dobj", "pobj") for t in after):
        return None  # "chose to study it closely": nor what a pronoun points back to
    return span_text(words)


REFERRING_DETERMINERS = {"such", "this", "that", "these", "those"}
REFERRING_PRONOUNS = REFERRING_DETERMINERS - {"such"} | {"it", "them"}
LIGHT_VERBS = words("light_verbs")


def _listed_after_place_nouns(toks, m: Mention) -> bool:
    """'the neighbouring villages of Holmby and Lindvik': a name of a list after "of" and a plural noun for places
    (lang/place_before_of.txt, subdivision_nouns.txt) is one of those places."""
    head = span_head(toks, m.token_start, m.token_end)
    if head is None or head.dep != "conj":
        return False
    first = _first_of_list(toks, head)
    if first.dep != "pobj" or toks[first.head].text.lower() != "of":
        return False
    noun = toks[toks[first.head].head]
    return noun.tag == "NNS" and noun.lemma.lower() in PLACES_BEFORE_OF


def _first_of_list(toks, head):
    """The first name of a list of names ("Vester, Lindmark and Holm"): what the list's place in the sentence says
    of one of them, it says of all."""
    while toks[head.head].head != head.head and (toks[head.head].ent or toks[head.head].pos == "PROPN") and (
            head.dep == "conj" or head.dep == "appos" and head.pos == "PROPN" and toks[head.head].dep == "conj"):
        head = toks[head.head]  # (a later name the parser hung on a listed one as its apposition: "A, B, C")
    return head


AUXILIARIES = words("auxiliaries")


def _where(sentence: Sentence, mention: Mention) -> str | None:
    """'a boat ran aground on X': where the boat ran aground; also where a participle's implied subject, the one of
    the clause it hangs on, was ("Speaking in X, Mr Holm said ...": where Mr Holm was speaking)."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    head = _first_of_list(toks, head) if head is not None else None
    if head is None or head.dep != "pobj":
        return None
    prep = toks[head.head].text.lower()
    verb = toks[toks[head.head].head]
    if prep == "of" and verb.text.lower() == "out" and verb.dep == "prep":
        prep, verb = "from", toks[verb.head]  # "flew a crew out of X": where the crew came from
    if prep not in ("in", "at", "near", "off", "over", "into", "from") and not (prep == "on" and _surface(mention)):
        return None
    passive = any(t.head == verb.i and t.dep == "auxpass" for t in toks)  # "clashes were reported in X": they happened there
    if verb.pos != "VERB" or verb.lemma in REPORTED_BY and not passive or verb.lemma in LIGHT_VERBS or _quoted(toks, verb.i):
        return None
    if verb.dep in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
        return None  # a noun the tagger took for a verb ("The measles outbreak in Holmia has spread": "outbreak")
    if any(t.head == verb.i and t.dep in ("xcomp", "ccomp") for t in toks):
        return None  # "visitors were allowed (to enter ...)": the clause would be cut short
    subject = next((t for t in toks if t.head == verb.i and t.dep in ("nsubj", "nsubjpass")), None)
    implied = subject is None and verb.tag == "VBG" and verb.dep in ("advcl", "pcomp")
    if implied:
        subject = _implied_subject(toks, verb)
    relative = subject is not None and subject.text.lower() in ("who", "that", "which") and verb.dep == "relcl"
    if relative:
        subject = toks[verb.head]  # "Anna Berg, who lives in X": where Anna Berg lives
    if subject is None or subject.pos not in ("NOUN", "PROPN"):
        return None
    subject_words = [toks[j] for j in _subtree(toks, subject.i, stop={"relcl", "acl", "appos", "punct", "cc", "conj", "prep"})]
    if relative and subject_words[-1].i > subject.i:
        return None  # (the name ends where the clause about it begins)
    if any(t.tag == "WP$" for t in subject_words):
        return None  # "X, whose tower fell into Y": the tower is X's, which the words left alone would not say
    auxes = [t for t in toks if t.head == verb.i and t.dep in ("aux", "auxpass", "neg", "prt") ]
    if any(t.dep in ("aux", "auxpass") and t.lemma.lower() not in AUXILIARIES for t in auxes):
        return None  # a word the parser took for an auxiliary ("the firms that own silos hire inspectors", "silos" read so): a misparse
    # an adverb that completes the verb right after it: "ran aground", "broke down" (not "also", "then", "later")
    auxes += [t for t in toks if t.head == verb.i and t.dep == "advmod" and t.i == verb.i + 1 and t.pos == "ADV"
              and t.text.lower() not in DISCOURSE_ADVERBS]
    objects = [j for t in toks if t.head == verb.i and t.dep in ("dobj", "acomp", "oprd")
               for j in _subtree(toks, t.i, stop={"relcl", "acl", "punct", "cc", "conj", "prep"})]
    clause = sorted({*auxes, verb, *(toks[j] for j in objects)}, key=lambda t: t.i)
    words = subject_words + clause
    if len(span_text(words).split()) > PART_MAX_WORDS - 1 or any(t.ent in ("DATE", "TIME") for t in words) \
            or subject.i > verb.i and not implied:  # (words as written: "guided-missile" is one)
        return None
    def gap(a, b) -> bool:  # words left out between two of the clause's, but for an adverb such as "also"
        return any(not (toks[k].pos == "ADV" and toks[k].text.lower() in DISCOURSE_ADVERBS) for k in range(a.i + 1, b.i))

    if any(b.i - a.i > 1 for a, b in zip(subject_words, subject_words[1:])) or any(gap(a, b) for a, b in zip(clause, clause[1:])):
        return None
    if relative and (clause[0].i - subject_words[-1].i != 3 or toks[subject_words[-1].i + 1].text != ","):
        return None  # "Anna Berg, who lives": the name, a comma, the pronoun, then the clause
    if not implied and not relative and clause[0].i - subject_words[-1].i > 1 \
            and not set(range(subject_words[-1].i + 1, clause[0].i)) <= set(_subtree(toks, subject.i, stop=set())):
        return None  # the clause is not one run after its subject, nor after what the subject's own words add to
        # it ("two vigils, arranged by churches, were held in X": where two vigils were held)
    if subject_words[0].tag == "PRP$":  # "their boat ran aground on X": where the boat ran aground
        text = "the " + span_text(subject_words[1:])
    else:
        text = span_text(subject_words)
    if subject_words[0].pos == "DET" or subject_words[0].i == 0 and subject_words[0].pos != "PROPN" and subject_words[0].text[1:].islower():
        text = text[:1].lower() + text[1:]  # the sentence's capital ends here: "where a small boat sank", "where former minister ..."
    rest = span_text(clause)
    if clause[0].i == 0:  # "Speaking in X, ...": the sentence's capital ends here
        rest = rest[:1].lower() + rest[1:]
    text += (" was " if implied else " ") + rest
    return "where " + text + (" from" if prep == "from" else "")  # "where the plane took off from"


DISCOURSE_ADVERBS = TEMPORAL_TAIL | words("discourse_adverbs")
SURFACE_FEATURES = words("surface_features")


def _surface(mention: Mention) -> bool:
    """A lake, a road, a bridge, an island: a place whose name's first or last word says one is on it, not in it."""
    words = mention.text.lower().split()
    return len(words) > 1 and (words[0] in SURFACE_FEATURES or words[-1] in SURFACE_FEATURES)


def _implied_subject(toks, verb):
    """The subject a participle shares with the clause it hangs on ("Speaking in X, Mr Holm said";
    "... flew 300 km before landing in X"), through conjoined verbs."""
    up = verb
    for _ in range(5):
        if up.head == up.i:
            return None
        up = toks[up.head]
        found = next((t for t in toks if t.head == up.i and t.dep in ("nsubj", "nsubjpass")), None)
        if up.pos in ("VERB", "AUX") and found is not None:
            return found
        if up.pos in ("VERB", "AUX") and up.dep != "conj":
            return None
    return None


def _kind_of_list(sentence: Sentence, mention: Mention, etype: str) -> str | None:
    """'villages in Holmia, Lindvik and Vesterby districts': every name of a list that a plural noun of their kind
    closes is one of that kind (a district), whatever the parse made of the list. The names written with capitals,
    joined by commas and an "and"; the noun in the plural right after the last of them."""
    toks = sentence.tokens
    kinds = CLASS_NOUNS.get(etype, frozenset())

    def member(t) -> bool:
        return t.text[:1].isupper() and t.text.isalpha() and (t.pos == "PROPN" or bool(t.ent))

    start, end = mention.token_start, mention.token_end
    while start >= 2 and toks[start - 1].text in (",", "and") and member(toks[start - 2]):
        start -= 1
        while start >= 1 and member(toks[start - 1]):
            start -= 1
    while end + 1 < len(toks) and toks[end].text in (",", "and") and member(toks[end + 1]):
        end += 1
        while end < len(toks) and member(toks[end]):
            end += 1
    if end >= len(toks) or not any(t.text == "and" for t in toks[start:end]):
        return None
    noun = toks[end]
    if noun.pos != "NOUN" or noun.tag != "NNS" or noun.lemma.lower() not in kinds or not noun.text.islower():
        return None
    return noun.lemma.lower()


def _class_noun_after(sentence: Sentence, mention: Mention, etype: str) -> str | None:
    """'the eastern Vester region', 'Vesterland's northern Holm island', 'Nordvik news agency', 'the Lindmark
    Forum conference': a name that modifies a common noun of its own kind is that thing; the noun with the
    words that describe it."""
    toks = sentence.tokens
    end = mention.token_end
    if end >= len(toks):
        return None
    noun = toks[end]
    while noun.pos == "NOUN" and noun.head > noun.i and toks[noun.head].pos == "NOUN" and noun.dep == "compound":
        noun = toks[noun.head]  # "news agency"
    name_head = span_head(toks, mention.token_start, mention.token_end)
    kinds = CLASS_NOUNS.get(etype, frozenset())
    if etype == "organisation" and all(t.ent == "PRODUCT" for t in toks[mention.token_start:mention.token_end]):
        kinds = kinds | THING_KINDS  # a thing's name ("the Holm 7 rocket"), not its maker's ("a Nordvik rocket")
    if (noun.pos != "NOUN" or noun.lemma.lower() not in kinds or name_head is None
            or name_head.head != noun.i or name_head.dep not in ("compound", "nmod", "amod")):
        return None
    if etype == "place" and noun.lemma.lower() in RELATIONAL_PLACE_NOUNS:
        return None  # "the southern Vesterland border": a part of the place, not what it is
    if etype == "place" and any(t.head == noun.i and t.dep == "det" and t.text.lower() in POINTING_DETERMINERS for t in toks):
        return None  # "this small Vesterland town", "a Vesterland village": another place, which the name locates
    before = [t for t in toks if t.head == noun.i and t.i < mention.token_start and t.dep in ("amod", "poss")]
    modifiers = {toks[j] for t in before for j in _subtree(toks, t.i, stop={"punct", "cc", "conj"})}
    if modifiers and (max(t.i for t in modifiers) != mention.token_start - 1
                      or max(t.i for t in modifiers) - min(t.i for t in modifiers) + 1 != len(modifiers)):
        modifiers = set()  # not one run right before the name ("this old trade Holm villages": the trade is old)
    words = sorted(modifiers | set(toks[end:noun.i + 1]), key=lambda t: t.i)
    if any(t.ent in ("DATE", "TIME") for t in words):
        return None
    named = [c for c in toks if c.dep == "pobj" and c.pos == "PROPN" and toks[c.head].head == noun.i
             and toks[c.head].dep == "prep" and toks[c.head].text.lower() == "of"]
    if any(not any(d.head == c.i and d.dep == "det" for d in toks) for c in named):
        return None  # "the southern Vesterland town of Holmsund": the town is Holmsund (see _place_noun_of; not
        # "Holm 7 aircraft of the Vester Navy", whose aircraft they are)
    owner = [t for t in before if t.dep == "poss" and t.pos == "PROPN" and t.i + 1 < len(toks) and toks[t.i + 1].tag == "POS"]
    if etype == "place" and owner and toks[owner[0].i + 1] in words:
        # "Vesterland's northern Holm island": a northern island of Vesterland (a place's place, not "Vesterland's island")
        whose = [t for t in words if t.i <= owner[0].i + 1]
        rest = [t for t in words if t.i > owner[0].i + 1]
        return f"{span_text(rest)} of {span_text(whose[:-1])}" if rest and whose[0] is words[0] else None
    return span_text(words)


POINTING_DETERMINERS = {"this", "that", "these", "those", "a", "an"}  # a noun pointing back, or at one of many
EXEMPLIFIERS = words("exemplifiers")


def _apposed_to_noun(sentence: Sentence, mention: Mention, etype: str = "person") -> str | None:
    """The noun a name is in apposition to ("the ferry, the MV Holm"; "the Nordic countries — Vester,
    Lindmark and Holm"), and what a name is one of ("cable companies, including Nordvik and Bridgeline",
    "other sailors like Anna Berg", "coastal towns such as Holm": "one of the cable companies")."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is None:
        return None
    head = _first_of_list(toks, head)  # the first of a list of names ...
    if any(t.pos not in ("PROPN", "PUNCT", "CCONJ", "DET") for t in toks[head.i:mention.token_start]):
        return None  # ... that is only names ("Vester, Lindmark and Holm")
    if head.i < mention.token_start - 1 and toks[mention.token_start - 1].pos not in ("PUNCT", "CCONJ", "DET"):
        return None  # (a name with a title of its own: "the bloc's trade chief, Liv Ekdal, and Fisheries Commissioner
        # Erik Holm": the chief is Ekdal)
    up = toks[head.head]
    prefix, participle, single = "", False, False
    if head.dep == "pobj" and up.dep == "prep" and (up.text.lower() in EXEMPLIFIERS
                                                    or up.i > 0 and f"{toks[up.i - 1].text} {up.text}".lower() in EXEMPLIFIERS):
        up, prefix = toks[up.head], "one of "  # "musicians like X", "cable companies such as X"
        if up.tag != "NNS":
            # "a folk legend like X", "an island such as X": X is one (a noun with "a", not "the": "the
            # attack, like Holm's," compares; so does "a man like Holm" with no modifier, see below)
            if up.tag != "NN" or not any(t.head == up.i and t.dep == "det" and t.text.lower() in ("a", "an") for t in toks):
                return None
            prefix, single = "", True
    else:
        if head.dep != "appos" or head.head > head.i:
            return None
        if etype == "person" and up.dep == "pobj" and (up.pos == "PROPN" and toks[up.head].text.lower() == "of" or (
                up.pos in ("NOUN", "PROPN") and toks[up.head].text.lower() in POST_PREPOSITIONS | {"of"}
                and toks[toks[up.head].head].tag == "NN" and toks[mention.token_start - 1].text == ",")) \
                and toks[toks[up.head].head].pos == "NOUN" and _role_word(toks[toks[up.head].head].lemma):
            # "the chief executive of Holmex, Karin Dahl", "a spokesperson for the mayor, Anna Berg": the parser hung
            # her on the body or the post her own post is of or for
            up = toks[toks[up.head].head]
        before = mention.token_start - 1 if mention.token_start <= head.i < mention.token_end else head.i - 1
        while before > 0 and (toks[before].pos == "DET" or toks[before].dep == "compound" and under(toks, before, head.i)):
            before -= 1  # to the word before the name ("the MV Holm": before "the")
        if before >= 5 and years_old(toks, before - 4) is not None:
            before -= 5  # past the age written before the name: "The skipper, 44-year-old Erik Holm,"
        if toks[before].pos == "PUNCT" and before > 0 and before - 1 != up.i and etype != "person" \
                and toks[before - 1].pos == "NOUN" and toks[before - 1].lemma.lower() in CLASSIFYING_NOUNS.get(etype, ()):
            up = toks[before - 1]  # "the founder of the record label, Nordvik Records, who ...": hung on the founder
        coordinated = before > 0 and toks[before - 1].dep == "conj" and toks[before - 1].head == up.i \
            and toks[before - 1].pos == "NOUN"  # "the company's founder and chairman, Erik Holm"
        # "the firm running the town's ferries, Nordvik Lines,": the noun's participle phrase runs to the comma;
        # so may its "of" phrase ("the head of the agency, Erik Holm,"), or a post's "in", "at", "for" ("Vesterland's
        # ambassador in Lindby, Tove Marlowe,")
        participle = up.i < before - 1 and any(t.head == up.i and t.i > up.i and (t.dep == "acl" or t.dep == "prep" and (
            t.text.lower() == "of" or t.text.lower() in POST_PREPOSITIONS and _role_word(up.lemma))) for t in toks) \
            and _subtree(toks, up.i, stop={"appos", "punct", "cc", "conj", "relcl"})[-1] == before - 1
        # "the capital Port Holm": a noun of the name's own kind may stand right before it, with no comma
        adjacent = before == up.i and etype != "person" and up.tag == "NN" and up.lemma.lower() in CLASSIFYING_NOUNS.get(etype, ())
        if not adjacent and (toks[before].pos != "PUNCT" or before == 0 or before - 1 != up.i and not coordinated and not participle):
            return None  # the noun stands right before the name, across a comma or a dash, or it is not its apposition
        if up.tag == "NNS":
            prefix = "one of "  # "the northern islands (Vester, Lindmark and Holm)": each is one of them
    if up.pos != "NOUN" or up.ent:
        return None
    if etype == "person" and head.dep == "appos" and up.dep == "pobj" and toks[up.head].text.lower() == "of" \
            and not _names_people(up.lemma):
        return None  # "fans of her paintings (Anna Berg, ...)": the people are the fans, not the paintings
    run = _subtree(toks, up.i, stop={"relcl", "advcl", "punct", "cc", "conj", "appos"} if not prefix and participle
                   else {"relcl", "acl", "advcl", "punct", "cc", "conj", "appos", "prep"})
    if not prefix and head.dep == "appos" and toks[head.head].i == up.i and mention.token_start > 1 \
            and toks[mention.token_start - 2].dep == "conj" and toks[mention.token_start - 2].head == up.i:
        last = toks[mention.token_start - 2]  # ... and the title coordinated with it: "founder and chairman"
        run = sorted({*run, *range(up.i + 1, last.i + 1)})
    words = [toks[j] for j in run]
    if (prefix or single) and not any(t.dep in ("amod", "compound", "poss") for t in words):
        return None  # "one of the artists", "a man like X" say nothing
    if prefix and words and words[0].pos != "DET" and words[0].tag != "PRP$" and words[0].dep != "poss":
        prefix += "the "  # "other musicians like X": one of the other musicians
    if not prefix:
        while words and words[0].pos in ("DET", "PRON"):
            words = words[1:]  # "her lawyer, Ann Holm": a lawyer
        age = next((k for k, t in enumerate(words) if t.ent != "DATE"), len(words))
        if 0 < age < len(words) and words[age - 1].text.lower() == "old":
            words = words[age:]  # "her nine-year-old nephew, Olle Berg": the age is no part of what he is
    if not words or len(words) > ROLE_MAX_WORDS or any(t.ent in ("DATE", "TIME", "CARDINAL") for t in words):
        return None
    return prefix + (_uncapitalised(words) if prefix else span_text(words))


POST_PREPOSITIONS = {"in", "at", "for", "to"}  # a post's place or body: "ambassador in X", "spokesman for X", "envoy to X"
TITLE_PHRASE_BREAKS = {",", ";", ":", "—", "–", '"', "“", "”", "''", "``"}


def _post_before(sentence: Sentence, mention: Mention) -> str | None:
    """A post written out as a definite phrase, then a comma and the name of its holder ("signed by the Director
    of Press Affairs at the Harbour Office, Mr. Nils Dahl"; "the Chairman of Holmstad Town Council, Hon. Erik
    Lindby, and ..."): the words from the title to the comma, read from the words, since the parser often takes a
    capitalised title for a name and hangs the holder elsewhere. The title is a word for a post (lang
    person_titles, role_nouns) after "the", after modifiers of a title or names of places ("the Deputy Governor",
    "the Holmstad County Commissioner"); the holder is not the subject of the sentence ("After meeting the head of
    the agency, Erik Holm said": he is not the head)."""
    toks = sentence.tokens
    start = mention.token_start
    while start > 0 and toks[start - 1].text.lower().rstrip(".") in HONORIFICS:
        start -= 1  # (an honorific the name was read without: "Mr.", "Hon.")
    head = span_head(toks, mention.token_start, mention.token_end)
    if start < 3 or toks[start - 1].text != "," or head is None or head.dep in ("nsubj", "nsubjpass"):
        return None
    comma = start - 1
    found = None
    for k in range(comma - 2, max(-1, comma - ROLE_MAX_WORDS - 2), -1):
        if toks[k].text in TITLE_PHRASE_BREAKS or toks[k].pos in ("VERB", "AUX"):
            break
        if toks[k].text.lower() != "the":
            continue
        j = k + 1  # the title: words up to its preposition or the comma ("Chief Press Officer", "Deputy Mayor")
        while j < comma and toks[j].text.lower() not in ("of", *POST_PREPOSITIONS) and toks[j].pos in ("NOUN", "PROPN", "ADJ") \
                and toks[j].ent in ("", "GPE", "NORP", "ORG"):
            j += 1
        if j > k + 1 and (j == comma or toks[j].text.lower() in ("of", *POST_PREPOSITIONS) and toks[j].head != toks[j].i
                          and toks[toks[j].head].pos != "VERB") and _role_word(toks[j - 1].text):
            found = k  # the outermost post: "the Press Officer to the Mayor", not "the Mayor"; but not across a
            # preposition of the verb ("has given the duties of the Lindby mayor to her deputy, Liv Ekdal")
    if found is None:
        return None
    words = toks[found + 1:comma]
    if any(t.ent in ("DATE", "TIME", "CARDINAL", "PERSON") for t in words):
        return None
    return span_text(words)


def describe(roles: tuple[Role, ...]) -> str:
    """One short phrase, a title in it written out ("senator", not "Sen."): see _described."""
    return _in_full(_best_role(roles))


def _in_full(text: str) -> str:
    """The phrase with each abbreviated title written out, and the title words before it in lower case as it is
    ("Rear Adm., commander" -> "rear admiral, commander"; "conservative Sen." -> "conservative senator")."""
    words = text.split(" ")
    for k, word in enumerate(words):
        core = word.rstrip(",;:")
        full = TITLE_IN_FULL.get(core.rstrip(".").lower()) if core[:1].isupper() else None
        if full is None:
            continue
        words[k] = full + word[len(core):]
        j = k - 1
        while j >= 0 and words[j].lower() in PERSON_TITLES and words[j][:1].isupper():
            words[j] = words[j].lower()  # "Rear", "Vice", "Deputy": part of the title
            j -= 1
    return " ".join(words)


TITLE_IN_FULL = title_in_full()


def _best_role(roles: tuple[Role, ...]) -> str:
    """The best-supported role; a bare rank or honorific ("Rear Adm.") with the post the next role names ("Rear
    Adm., commander, Northern Brigade")."""
    if not roles:
        return ""
    best = roles[0].text
    if PARTY_AND_STATE.match(best.strip()):
        # ("Rep. Anna Berg, R-Vest.,": her party's initial and her state's abbreviation) with what she is, when the
        # articles say it: "representative (R-Vest.)"
        post = next((r.text for r in roles[1:] if not PARTY_AND_STATE.match(r.text.strip())), None)
        if post is not None and len(post.split()) < ROLE_MAX_WORDS:
            return f"{post} ({best.strip()})"
    if _bare_rank(best):
        # (a title written out, "Colonel", goes only with what the person does or belongs to, "heads civil defence
        # in Lindby", "of the Lindby police": another title beside it is another source's version, or the same
        # title again)
        # (a post the same article gives goes with it whatever it holds: "Colonel" and "police prefect for Lindby")
        abbreviated = any(w.endswith(".") for w in best.split())
        post = next((r.text for r in roles[1:] if not _bare_rank(r.text)
                     and (abbreviated or set(r.sources) & set(roles[0].sources)
                          or not any(w.lower().strip(".,") in PERSON_TITLES for w in r.text.replace("-", " ").split()))), None)
        if post is not None and len(best.split()) + len(post.split()) <= ROLE_MAX_WORDS:
            return f"{best}, {post}"
    if BASED.match(best):  # "Lindby-based" says where; with the kind of thing another role names, what: "Lindby-based charity"
        # (a kind is a noun with the words that modify it, "local charity", "nonprofit advocacy group"; not a clause
        # that ends on one, "runs four boats on the river", nor a phrase with a possessor of its own, "Vesterland's
        # largest telecoms group": each describes it better alone)
        kind = next((r.text for r in roles[1:] if r.text.split()[-1].lower() in KIND_WORDS and not BASED.match(r.text)
                     and len(r.text.split()) < ROLE_MAX_WORDS and not set(r.text.lower().split()) & CLAUSE_WORDS
                     and "'s" not in r.text and "’s" not in r.text), None)
        if kind is not None:
            return f"{best} {kind}"
        return next((r.text for r in roles[1:] if not BASED.match(r.text)), best)
    if AFFILIATION.match(best):
        # "of the Lindby lifeboat" says only where the person belongs; with what the person is, when another role
        # names it in a few words of its own: "volunteer of the Lindby lifeboat"
        post = next((r.text for r in roles[1:] if not AFFILIATION.match(r.text) and r.text.split() and _person_noun(r.text.split()[-1])
                     and not set(r.text.lower().split()) & (CLAUSE_WORDS | AFFILIATION_WORDS)), None)
        if post is not None and len(post.split()) + len(best.split()) <= ROLE_MAX_WORDS:
            return f"{post} {best}"
    return best


AFFILIATION_WORDS = {"of", "with", "at", "from", "for", "in"}
AFFILIATION = re.compile(r"^(of|with|at|from) ")  # a role that says only where one belongs: "of the Lindby lifeboat"


CLAUSE_WORDS = words("clause_words")


HOLDING_MODIFIERS = words("holding_modifiers")
# a bare modifier of where an organisation is based or who holds it ("Lindby-based", "state-owned"): with a kind
BASED = re.compile(rf"^\S+-(?:{'|'.join(sorted(HOLDING_MODIFIERS))})$")


def _bare_rank(text: str) -> bool:
    """A rank or title alone, abbreviated ("Rear Adm.") or written with capitals as before a name ("Colonel",
    "Detective Superintendent"): it says what someone is called, the post next to it what they do."""
    words = [w.lower().strip(".") for w in text.split()]
    return 0 < len(words) <= 3 and all(w in PERSON_TITLES for w in words) \
        and (any(w.endswith(".") for w in text.split()) or all(w[:1].isupper() for w in text.split()))


NOT_DESCRIPTIONS = words("not_descriptions")
NAMING_NOUNS = words("naming_nouns")
REPORTED_BY = words("reported_by")


PARTY_AND_STATE = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")  # "R-Vest.", "D-Nordia": a lawmaker's party and state, in US style


def _describes(role: str, sentence: Sentence) -> bool:
    """A phrase that says what something is: not a time expression, not a filler noun, not mostly names."""
    if norm(role) in NOT_DESCRIPTIONS or _unclosed_quotation(role) or _ends_inside_a_word(role, sentence):
        return False
    if norm(role).split()[-1:] and norm(role).split()[-1] in NAMING_NOUNS:
        return False  # how it is called ("its initials in the local language"), not what it is
    if NEGATION.search(role):
        return False  # what it did not do ("was not involved in the research", "did not respond") says nothing of its part
    span = _find_tokens(sentence, role)
    if len(span) == 1 and span[0].ent == "NORP" and span[0].text[:1].isupper():
        return True  # a party or a nationality ("Democrat")
    if span:
        if all(t.ent in ("DATE", "TIME") or t.pos == "PUNCT" for t in span):
            return False
        named = sum(1 for t in span if t.pos == "PROPN" and t.ent in ("PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"))
        related = span[0].pos == "ADP" or any(t.pos == "VERB" for t in span)  # "with the Vester Coast Guard"
        if named > len([t for t in span if t.pos != "PUNCT"]) / 2 and not related \
                and not any(t.pos == "NOUN" or t.text.lower().strip(".") in PERSON_TITLES for t in span):
            return False  # another entity's name, or a list of names
        if sum(1 for t in span if t.text == ",") >= 2:
            return False  # a list of everything near the name
        if span[0].pos == "NUM" and span[0].text.isdigit() and not (len(span) > 1 and span[1].text in ("-", "‐", "of")):
            return False  # a count of some of its people or parts ("12 regional ministers"), not what it is (but a
            # measure is, "24-storey block", and one of many: "one of the largest rivers")
        if span[-1].ent == "PERSON" and span[-1].pos == "PROPN" and span[-1].text.lower().strip(".") not in PERSON_TITLES and all(
                t.ent == "PERSON" or t.pos == "PUNCT" or t.text.lower().strip(".") in PERSON_TITLES | TITLE_MODIFIERS for t in span):
            return False  # a person's name after a title ("Air Marshal Erik Holm"), of someone else
        if _list_rest(span) and any(t.text == "," for t in span):
            return False  # the rest of a list the name opens, and what the sentence says of one of them ("in Holmia,
            # Lindby and Vestmark, the last of which ...")
        if any(t.tag == "PRP" and t.lemma.lower() in OBJECT_PRONOUNS for t in span):
            return False  # someone named elsewhere ("which has asked her to testify"): no reader knows who
        if span[-1].pos in ("ADP", "DET", "CCONJ", "SCONJ") and span[-1].dep != "prt":
            return False  # cut off before its object ("accused the government of", the quoted words left out)
        after = span[-1].i + 1
        if len(span) > 1 and span[-1].lemma.lower() in ATTRIBUTION_LEMMAS and span[-1].text.islower() \
                and (after >= len(sentence.tokens) or sentence.tokens[after].text in (".", "!", "?")):
            return False  # who reports the sentence, set after a comma at its end ("... in Lindby, state media report")
        if len(span) == 1 and span[0].pos == "PROPN" and span[0].text.lower().strip(".") not in PERSON_TITLES and span[0].ent != "NORP" \
                and not _role_word(span[0].text.lower()):
            return False  # a name ("Lindqvist"), not what someone is (but a party: "Democrat"; a trade: "Firefighter")
    return bool(role.split())


def _list_rest(span) -> bool:
    """The words open with another entity's name and "and": the rest of a list the name is the first of."""
    k = 0
    while k < len(span) and span[k].pos == "PROPN" and span[k].ent in ("PERSON", "GPE", "ORG", "LOC", "FAC"):
        k += 1
    return 0 < k < len(span) and span[k].text.lower() in ("and", "or", "&")


NEGATION = re.compile(r"\bnot\b|n[’']t\b", re.I)
GLUED_AFTER = {",", ".", ";", ":", ")", "]", "!", "?", "\"", "”", "’", "'", "…"}


def _ends_inside_a_word(role: str, sentence: Sentence) -> bool:
    """A phrase that stops inside a word written without spaces ("beating Vesterby Rovers 2" of "2-1", "the
    company" of "the company's") was cut: wherever its last two words stand in the sentence, the next token is
    joined to them (and is not punctuation that closes a phrase)."""
    words = role.split()
    if not words:
        return False
    toks = sentence.tokens
    found = [k for k, t in enumerate(toks) if t.text == words[-1] and (len(words) < 2 or k > 0 and toks[k - 1].text == words[-2])]
    return bool(found) and all(k + 1 < len(toks) and toks[k + 1].start == toks[k].start + len(toks[k].text)
                               and toks[k + 1].text not in GLUED_AFTER for k in found)


QUOTE_OPENING = re.compile(r"(?:^|(?<=\s))[\"“‘']")


def _unclosed_quotation(phrase: str) -> bool:
    """A phrase that opens a quotation it does not close ("called the cuts 'a betrayal") was cut inside it."""
    opened = len(QUOTE_OPENING.findall(phrase))
    closed = len(re.findall(r"[\"”’'](?=\s|$|[,.;:!?])", phrase))
    return opened > closed


def _find_tokens(sentence: Sentence, text: str) -> list:
    """The tokens of the sentence that spell `text`, if it is one run of them."""
    toks = sentence.tokens
    first = text.split()[0] if text.split() else ""
    for i, t in enumerate(toks):
        if t.text == first or text.startswith(t.text):
            run: list = []
            j = i
            while j < len(toks) and len(span_text(run)) < len(text):
                run.append(toks[j])
                j += 1
            if span_text(run) == text:
                return run
    return []


def _copula(sentence: Sentence, mention: Mention, etype: str) -> str | None:
    """'Lindmark is a town of 27,000': the complement of "be" whose subject is the name, when it classifies: "a"
    or "an" and a noun for a kind of thing of the entity's type ("town", "union", "minister"; the type votes
    count it, see _classified_as), not a judgement ("Nordvik Labs was a huge success", "Anna Berg is an
    inspiration") nor a kind of another type."""
    toks = sentence.tokens
    verb = _subject_of(sentence, mention)
    if verb is None or verb.lemma != "be" or _quoted(toks, verb.i):  # (what a speaker calls it is no description)
        return None
    one = next((t for t in toks if t.head == verb.i and t.dep == "attr" and t.text.lower() == "one"), None)
    if one is not None:  # "Lindmark is one of the towns hit hardest by the floods"
        of = next((t for t in toks if t.head == one.i and t.dep == "prep" and t.text.lower() == "of"), None)
        kind = next((t for t in toks if of is not None and t.head == of.i and t.dep == "pobj" and t.tag == "NNS"), None)
        if kind is None or kind.lemma.lower() not in CLASSIFYING_NOUNS[etype]:
            return None
        words = [toks[j] for j in range(one.i, _subtree(toks, kind.i, stop={"relcl", "punct", "cc", "conj", "appos"})[-1] + 1)]
        if any(t.tag in ("JJS", "RBS") or t.tag in ("PRP", "PRP$") for t in words):
            return None  # "one of the best singers of her time": a judgement
        return span_text(words) if len(words) <= ROLE_MAX_WORDS else None
    attr = _indefinite_noun(toks, verb.i, "attr") or _definite_noun(toks, verb.i)
    if attr is None or attr.lemma.lower() not in CLASSIFYING_NOUNS[etype]:
        return None
    run = _subtree(toks, attr.i, stop={"relcl", "acl", "advcl", "punct", "cc", "conj", "appos"})
    words = [toks[j] for j in run if toks[j].dep != "det" or j != run[0]]
    while words and words[0].pos == "DET":
        words = words[1:]
    counted = [t for t in words if t.pos not in ("PUNCT", "PART")]  # words: "Vesterland's second-largest" is three
    return span_text(words) if 0 < len(counted) <= ROLE_MAX_WORDS // 2 else None


# the nouns that say what kind of person, organisation, place or event something is (the lang lists' kinds)
SHARED_RELATION_NOUNS = words("shared_relation_nouns")  # "its neighbour", "its rival": a person's, a place's or a body's
CLASSIFYING_NOUNS = {
    "person": (PEOPLE_NOUNS | PERSON_TITLES) - SHARED_RELATION_NOUNS,
    "place": CLASS_NOUNS["place"] | GEO_HEADS | PLACE_BEFORE_OF | FACILITY_HEADS,
    "organisation": CLASS_NOUNS["organisation"] | KIND_HEADS["organisation"] | ORG_HEADS | THING_KINDS | words("work_nouns"),
    "event": EVENT_NOUNS | EVENT_HEADS,
}

KIND_WORDS = frozenset().union(*CLASSIFYING_NOUNS.values())
# the nouns for a kind of thing that no person is ("town", "company", "event")
OTHER_KINDS = (CLASSIFYING_NOUNS["place"] | CLASSIFYING_NOUNS["organisation"] | CLASSIFYING_NOUNS["event"]) - CLASSIFYING_NOUNS["person"]


def _indefinite_noun(toks, head: int, dep: str):
    """The noun after `head` that is its `dep` ("attr" of "be", "appos" of a name) and takes "a"/"an": "is a
    town", ", a town of 5,000"; or None."""
    noun = next((t for t in toks if t.head == head and t.dep == dep and t.i > head), None)
    det = next((t for t in toks if noun is not None and t.head == noun.i and t.dep == "det"), None)
    return noun if noun is not None and noun.pos == "NOUN" and det is not None and det.text.lower() in ("a", "an") else None


def _definite_apposition(toks, head: int):
    """The noun with "the" or a possessive in apposition to a name ("Vesterby, the capital of Vesterland"), or None."""
    noun = next((t for t in toks if t.head == head and t.dep == "appos" and t.i > head), None)
    det = next((t for t in toks if noun is not None and t.head == noun.i and t.dep in ("det", "poss")), None)
    return noun if noun is not None and noun.pos == "NOUN" and det is not None and (det.dep == "poss" or det.text.lower() == "the") else None


MEASURING_SUPERLATIVES = words("measuring_superlatives")


def _definite_noun(toks, verb: int):
    """The complement of "be" that names a post or a kind with "the" or a possessive: "is the mayor of
    Vesterby", "is the town's largest employer"; or None."""
    noun = next((t for t in toks if t.head == verb and t.dep == "attr" and t.i > verb), None)
    if noun is None or noun.pos != "NOUN" or noun.tag == "NNS":
        return None
    det = next((t for t in toks if t.head == noun.i and t.dep in ("det", "poss")), None)
    if any(t.head == noun.i and (t.tag == "RBS" or t.tag == "JJS" and t.lemma.lower() not in MEASURING_SUPERLATIVES)
           or t.tag == "RBS" and toks[t.head].head == noun.i for t in toks):
        return None  # "was the best producer": a judgement, not a post ("is the country's largest carmaker" ranks)
    return noun if det is not None and (det.dep == "poss" or det.text.lower() == "the") else None


def _classified_as(toks, m: Mention) -> str | None:
    """The type a classifying copula or apposition says the name's bearer is ("Lindmark is a fishing town",
    "Lindmark, a fishing town on the coast,": a place), when the noun is a kind of one type only."""
    head = span_head(toks, m.token_start, m.token_end)
    if head is None:
        return None
    attr = None
    if head.dep == "nsubj" and toks[head.head].lemma == "be" and not _quoted(toks, head.head):  # (not a "be" in words quoted)
        # "a" or "the" with a post or a kind ("Lindmark is a fishing town", "Karin Dahl is the head of the
        # fire service", "Holmex is the region's largest utility")
        attr = _indefinite_noun(toks, head.head, "attr") or _definite_noun(toks, head.head)
    if attr is not None:
        pass
    elif m.token_end + 1 < len(toks) and toks[m.token_end].text == ",":
        # (also the subject of a "be" with no noun after it: "Vester, a farm labourer, was among the crowd")
        # (not after a person's name: "his break-up with Anna Berg, a painful event" says it of the break-up; a
        # single word the tagger took for a person's may be a place's: "Holmsund, a fishing village of 800"; nor
        # a subject's, set off by commas before its verb: "Vester Watch, the consumer group, said ...");
        # "the" too after a comma: "Vesterby, the capital of Vesterland", "Holm, the country's biggest carmaker"
        attr = _indefinite_noun(toks, head.i, "appos") or _definite_apposition(toks, head.i)
        if attr is not None and (_post_of_next_name(toks, attr.i) or _list_item(toks, head, attr)):
            return None  # "on Harbour Square, the chief executive, Anna Berg, said": her post, not what the square is
        if attr is not None and m.label == "PERSON" and m.token_end - m.token_start > 1 and not _subject_apposition(toks, head):
            # after a name the tagger took for a person's, only a kind no person or event is: "who heads Holm
            # Data, a software firm" (the firm), but "his break-up with Anna Berg, a painful event"
            kinds = [etype for etype, nouns in CLASSIFYING_NOUNS.items() if attr.lemma.lower() in nouns]
            return "organisation" if kinds == ["organisation"] else None
    else:
        return None
    if attr is None:
        return None
    kinds = [etype for etype, nouns in CLASSIFYING_NOUNS.items() if attr.lemma.lower() in nouns]
    return kinds[0] if len(kinds) == 1 else None


def _subject_apposition(toks, head) -> bool:
    """The name is a clause's subject and an apposition closed by a comma stands between it and its verb
    ("Vester Watch, the consumer group, said ..."): the apposition can be said of nothing else."""
    if head.dep not in ("nsubj", "nsubjpass") or head.head <= head.i:
        return False
    appos = next((t for t in toks if t.head == head.i and t.dep == "appos" and t.i < head.head), None)
    return appos is not None and any(t.text == "," for t in toks[appos.i + 1:head.head])


def _place_noun_of(sentence: Sentence, mention: Mention) -> str | None:
    """'the lakeside town of Lindmark', 'the city of Vesterby': the place noun with its modifiers. A noun for a part
    of a larger place (lang/subdivision_nouns.txt: "the unincorporated community of Holmby") only definite,
    singular and with no name of its own before it: not "a district of Lindby" or "one of the poorer districts of
    Lindby" (some part of it), nor "the Holm district of Lindby" (the district is Holm)."""
    toks = sentence.tokens
    i = mention.token_start
    if i < 2 or toks[i - 1].text.lower() != "of":
        return None
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is None or head.dep == "poss":
        return None  # the name owns the noun "of" governs: "the Holm region of Vesterland's northern province" is no region of Vesterland
    noun = toks[toks[i - 1].head] if toks[i - 1].head < i - 1 else None
    if noun is None or noun.pos != "NOUN" or noun.lemma.lower() in RELATIONAL_PLACE_NOUNS:
        return None
    words = [t for t in toks[:noun.i + 1] if t.head == noun.i and t.dep in ("amod", "compound") and t.i < noun.i] + [noun]
    # (a modifier written with a hyphen is whole: "the rebel-held town of Holmby", not "held town")
    for t in list(words[:-1]):
        under = set(_subtree(toks, t.i, set()))
        k = t.i
        while k >= 2 and toks[k - 1].text == "-" and {k - 1, k - 2} <= under:
            k -= 2
        words += [toks[j] for j in range(k, t.i) if toks[j] not in words]
    words.sort(key=lambda t: t.i)
    if noun.lemma.lower() in SUBDIVISION_NOUNS:
        if noun.tag != "NN" or any(t.pos == "PROPN" for t in words) \
                or not any(t.head == noun.i and t.dep == "det" and t.text.lower() == "the" for t in toks):
            return None
    elif noun.lemma.lower() not in PLACE_BEFORE_OF:
        return None
    return span_text(words)


def _based_before(sentence: Sentence, mention: Mention) -> str | None:
    """'the Lindmark-based Bridge Safety Association', 'the state-owned Vester Bank': where it is based, or who
    holds it (lang/holding_modifiers.txt); not where the noun the name modifies is based ('the Lindmark-based
    Vester fleet': the fleet is based there, not Vester)."""
    toks = sentence.tokens
    i = mention.token_start
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is not None and head.dep in ("compound", "nmod", "amod") and head.head >= mention.token_end:
        return None
    if i >= 3 and toks[i - 1].text.lower() == "based" and toks[i - 2].text == "-" and toks[i - 3].pos == "PROPN":
        return span_text(toks[i - 3:i])
    if i >= 1 and BASED.match(toks[i - 1].text) and len(toks[i - 1].text) > 6:
        return toks[i - 1].text
    return None


def _which_clause(sentence: Sentence, mention: Mention) -> str | None:
    """'Nordvik Engineering, which makes steel cables,': what the organisation does, in a few words."""
    toks, end = sentence.tokens, _past_short_form(sentence.tokens, mention.token_end)
    verb = _relative_verb(toks, mention, ("which", "that"))
    if verb is None or verb.lemma == "be":
        return None
    if not any(t.head == verb.i and t.dep in ("nsubj", "nsubjpass") and t.text.lower() in ("which", "that") for t in toks):
        return None  # "Holmex, which Nordvik bought in 2016,": what another did to it, not what it does
    run = _subtree(toks, verb.i, stop={"relcl", "advcl", "punct", "cc", "conj", "appos"})
    words = [toks[j] for j in run if j > end + 1]
    if len(words) > WHICH_MAX_WORDS:
        # too long with the phrases on the verb: the verb and its object alone ("supplies the valley's water |
        # under a contract with the county")
        object_ = next((t for t in toks if t.head == verb.i and t.dep == "dobj"), None)
        kept = {verb.i} | set(_subtree(toks, object_.i, stop={"relcl", "acl", "punct", "cc", "conj", "appos", "prep"})) if object_ else set()
        words = [toks[j] for j in sorted(kept) if j > end + 1]
        if any(b.i - a.i > 1 for a, b in zip(words, words[1:])) or any(t.ent in ("DATE", "TIME") for t in words):
            return None  # (a span of time is no thing done: "which has spent three years | arguing ...")
    if not any(t.pos in ("NOUN", "PROPN") for t in words):
        return None  # "which hopes to provide": no thing done
    return span_text(words) if 1 < len(words) <= WHICH_MAX_WORDS else None


WHICH_MAX_WORDS = 8  # at most, in what a which-clause says a body does


REFLEXIVES = {"itself", "themselves", "himself", "herself"}


def _named_as(sentence: Sentence, mention: Mention) -> str | None:
    """'The victim, named locally as Ola Holm,', 'The dead man was identified as Ola Holm', 'a separate fire,
    known as the Holm Fire,', 'a ship named Holm Star': what is named is what the noun phrase says (the noun with its modifiers: "dead
    man", "separate fire")."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is not None and head.dep == "pobj" and toks[head.head].text.lower() == "as":
        verb = toks[toks[head.head].head]
    elif head is not None and head.dep in ("oprd", "dobj", "attr") and head.head < head.i \
            and not any(t.head == head.head and t.dep == "prep" and t.text.lower() == "as" for t in toks):
        verb = toks[head.head]  # "a ship named Holm Star", "the comet, called K2-Holm," (not "named Holm as coach")
    else:
        return None
    # (or what names itself so: "a group calling itself Holm Tide", "a man calling himself Erik")
    reflexive = verb.tag == "VBG" and verb.dep == "acl" and any(
        t.head == verb.i and t.dep == "dobj" and t.text.lower() in REFLEXIVES and t.i < head.i for t in toks)
    # (or a relative clause that names it, its subject the namer: "a savings plan (that) officials call Holm")
    relative = verb.dep == "relcl" and verb.tag in ("VBZ", "VBP", "VBD") and head.dep in ("oprd", "dobj") \
        and any(t.head == verb.i and t.dep == "nsubj" and t.text.lower() not in ("that", "which", "who") for t in toks)
    # (or one who gave their name so: "a fisherman who gave his name as Olle", "a voter, who gave her name as Siv")
    gave = verb.dep == "relcl" and name_given(toks, verb) is not None
    if (verb.tag != "VBN" and not reflexive and not relative or verb.lemma.lower() not in NAMING_VERBS) and not gave or _quoted(toks, verb.i):
        return None
    noun = toks[verb.head] if verb.dep in ("acl", "relcl") else next(
        (t for t in toks if t.head == verb.i and t.dep == "nsubjpass"), None)
    if noun is None or noun.pos != "NOUN" or noun.ent or noun.dep == "ROOT":
        return None  # (a noun with no verb after it: "The club named Anna Berg as its coach" misread as a phrase)
    words = [toks[j] for j in _subtree(toks, noun.i, stop={"relcl", "acl", "punct", "cc", "conj", "appos", "prep"})]
    words = [t for t in words if t.dep not in ("det", "poss") and t.i <= noun.i]
    age = next((k for k, t in enumerate(words) if t.text.lower() == "old" and t.ent == "DATE"), None)
    if age is not None:
        words = words[age + 1:]  # ("a 52-year-old fisherman": the age is no part of what he is)
    if not words or any(b.i - a.i > 1 for a, b in zip(words, words[1:])) or len(words) > ROLE_MAX_WORDS:
        return None
    return span_text(words)


def _where_clause(sentence: Sentence, mention: Mention) -> str | None:
    """'Holmsund, where 300 homes were destroyed,': what happened at the place, in a few words."""
    toks, end = sentence.tokens, _past_short_form(sentence.tokens, mention.token_end)
    verb = _relative_verb(toks, mention, ("where",))
    if verb is None or _quoted(toks, verb.i):
        return None
    run = _subtree(toks, verb.i, stop={"relcl", "advcl", "punct", "cc", "conj", "appos", "ccomp", "parataxis"})
    words = [toks[j] for j in run if j > end + 1]
    timed = False
    while words and (words[-1].ent in ("DATE", "TIME") or timed and words[-1].pos == "ADP"):
        timed = words.pop().ent in ("DATE", "TIME")  # a time phrase at the end is when, not what
    if any(t.text.lower() in OBJECT_PRONOUNS or t.ent in ("DATE", "TIME") for t in words):
        return None  # (whom a pronoun names is not told; when is not what)
    if not any(t.pos in ("NOUN", "PROPN") for t in words) or not 2 <= len(words) <= PART_MAX_WORDS - 1:
        return None
    if any(b.i - a.i > 1 for a, b in zip(words, words[1:])):
        return None
    if not any(t.dep in ("nsubj", "nsubjpass") and t.head == verb.i and t.pos in ("NOUN", "PROPN", "NUM") for t in words):
        return None  # who did it is not in the clause ("where his mother, Anna Holm, played piano" parsed apart): no
        # "where played piano"; nor a pronoun, whom no reader of the entry can tell
    return "where " + span_text(words)


def _title_before(sentence: Sentence, mention: Mention, with_place: bool = True) -> str | None:
    """The title chain right before a name: nouns, proper nouns and adjectives, with "of" between nouns; and
    (`with_place`) the place the title is of, written after the name ("Governor Anna Berg of Lindmark")."""
    toks = sentence.tokens
    i = mention.token_start - 1
    chain: list = []
    while i >= 0:
        tok = toks[i]
        low = tok.text.lower().strip(".")
        if tok.ent in ("DATE", "TIME") or tok.pos == "NOUN" and tok.text.islower() and tok.lemma.lower() in TIME_NOUNS:
            break  # a time before a title is no part of it: "soon after 3 p.m. Judge Anna Berg", "on Tuesday Mayor X",
            # "By the time County Clerk Anna Berg read out the tally"
        if (tok.text in ("'s", "’s") or tok.text in ("'", "’") and i > 0 and toks[i - 1].dep == "poss") and chain:
            # "Holm's chief of staff", "the Vester Nurses' Union president": keep the possessor and stop
            if i > 0 and toks[i - 1].pos == "PROPN":
                j = i - 1
                while j > 0 and toks[j - 1].pos == "PROPN" and toks[j - 1].dep == "compound":
                    j -= 1
                chain = list(toks[j:i + 1]) + chain
            break
        if tok.text in ("-", "–") and chain and i > 0 and toks[i - 1].start + len(toks[i - 1].text) == tok.start \
                and tok.start + len(tok.text) == chain[0].start and (toks[i - 1].pos in ("NOUN", "PROPN", "ADJ", "NUM", "ADV")
                                                                     or toks[i - 1].tag in ("VBN", "VBG")):
            chain[:0] = [toks[i - 1], tok]  # a hyphenated modifier is one word: "Holm-class destroyer"
            i -= 2
            continue
        if tok.tag == "VBN" and i > 1 and toks[i - 1].text in ("-", "–") and toks[i - 1].start + 1 == tok.start \
                and toks[i - 2].start + len(toks[i - 2].text) == toks[i - 1].start and toks[i - 2].pos in ("NOUN", "PROPN", "ADJ"):
            chain[:0] = [toks[i - 2], toks[i - 1], tok]  # "state-run broadcaster", "Lindmark-owned firm"
            i -= 3
            continue
        if tok.pos in CHAIN_POS or low in CHAIN_WORDS or low in PERSON_TITLES or _plural_title(low) \
                or tok.dep == "compound" and _role_word(low) \
                or tok.tag == "VBG" and chain and tok.dep in ("amod", "compound") and tok.head == chain[0].i and tok.text.isalpha():
            # (a trade the tagger misreads: "Photographer" as an adverb; a participle the title is built on, "managing
            # director", "acting chairman", that it reads as a verb)
            if tok.pos == "ADJ" and not chain and low not in CHAIN_WORDS and tok.text[:1].islower() and low not in PERSON_TITLES:
                break
            chain.insert(0, tok)
            i -= 1
            continue
        if tok.text == ")" and chain and i >= 3 and toks[i - 2].text == "(" and toks[i - 1].text.isupper() and toks[i - 1].text.isalpha() \
                and toks[i - 3].pos == "PROPN":
            chain[:0] = [toks[i - 2], toks[i - 1], tok]  # a body's short form inside the title: "Vester Party (VP) leader"
            i -= 3
            continue
        if chain and tok.dep == "compound" and tok.head == chain[0].i and tok.text.isalpha() and tok.text[:1].isupper() \
                and (i == 0 or toks[i - 1].text in TITLE_PHRASE_BREAKS):
            chain.insert(0, tok)  # a noun the tagger misread that opens the title ("Harbour master", read as a verb)
            i -= 1
            continue
        if low == "of" and chain and i > 0 and toks[i - 1].pos in ("NOUN", "PROPN") and toks[i - 1].dep != "appos" \
                and toks[i - 1].text.lower().strip(".") in PERSON_TITLES:  # not "(in) favour of Mayor X"
            # "Secretary of State Anna Berg", but not "(Nordvik Cables, a) unit of shipping company Holmex
            # Group": there the noun before "of" is an apposition to another name, and the title is "shipping company"
            chain.insert(0, tok)
            i -= 1
            continue
        break
    for k in range(len(chain) - 2, -1, -1):
        nxt = chain[k + 1]
        if chain[k].text[:1].isupper() and not nxt.ent and nxt.text.isalpha() and nxt.text.islower() \
                and nxt.tag in ("VBZ", "VBD", "NNS") and nxt.lemma.lower() in ATTRIBUTION_LEMMAS:
            # "Holm claims chairman Erik Berg promised him": a name and a verb of saying the tagger took for a noun
            # are the sentence's subject and verb, no part of the title ("Holm sales director Anna Berg" is one)
            chain = chain[k + 2:]
            break
    while chain and (chain[0].text.lower() == "of" or chain[0].pos == "PUNCT" or chain[0].pos == "ADJ" and chain[0].stop and chain[0].text.lower() not in CHAIN_WORDS):
        chain = chain[1:]  # nor "much" ("... much President Ann Lee ...")
    while len(chain) >= 3 and chain[0].pos == "NUM" and chain[1].text in ("-", "–"):
        chain = chain[3:]  # a measure is no title: "the 900-kilogram Holm-1", "a 40-year-old satellite X"
        while len(chain) >= 2 and chain[0].text in ("-", "–"):
            chain = chain[2:]
    # honorifics add nothing as a role ("Mr.", "Dr." alone), and are dropped at the end of a longer title
    while chain and chain[-1].text.lower().strip(".") in HONORIFICS:
        chain = chain[:-1]
    # a capitalised title after a role in lower case is the person's title, no part of the role: "lead author
    # Professor Anna Berg" is the lead author ("Transport Minister Anna Berg" is one title)
    # (but a lower-case word naming no person is part of the title: "police Inspector Anna Berg")
    if len(chain) >= 2 and chain[-1].text[:1].isupper() and chain[-1].text.lower() in PERSON_TITLES \
            and any(t.pos == "NOUN" for t in chain[:-1]) \
            and _names_people(chain[-2].lemma) \
            and all(t.text[:1].islower() or t.i == 0 and t.text[1:].islower() for t in chain[:-1] if t.text.isalpha()):
        chain = chain[:-1]
    # an abbreviated rank right before the name goes with the name ("Vester Navy spokesman Lt. Per Holm"), and
    # is dropped from a longer title as an honorific is; alone ("Rear Adm.") it stays, for describe()
    rank = len(chain)
    while rank > 0:
        if chain[rank - 1].text == "." and rank > 1 and chain[rank - 2].text.lower() in PERSON_TITLES:
            rank -= 2  # the tokenizer may split the point off ("Col", ".")
        elif chain[rank - 1].text.endswith(".") and chain[rank - 1].text.lower().strip(".") in PERSON_TITLES:
            rank -= 1
        else:
            break
    while rank < len(chain) and rank > 0 and chain[rank - 1].text.lower() in TITLE_MODIFIERS:
        rank -= 1  # "Rear Adm."
    if rank < len(chain) and any(t.pos == "NOUN" for t in chain[:rank]):
        chain = chain[:rank]
    if not chain or _rest_of_name(toks, chain[-1], mention):
        return None
    first = chain[0].i
    if first > 0 and toks[first - 1].text in ("-", "–") and toks[first - 1].start + len(toks[first - 1].text) == chain[0].start:
        return None  # the end of a hyphenated word cut off ("far-" + "right")
    # a party or a nationality alone before a name describes it ("Republican Ann Holm", "Democrat Per Lind")
    if len(chain) == 1 and chain[0].ent == "NORP" and chain[0].head in range(mention.token_start, mention.token_end) \
            and chain[0].text[:1].isupper() and not chain[0].text.isupper():
        # (a word the tagger took for a people's that is neither a party's nor a people's, "Pere" of "Pere Lluch
        # Holm", is a given name left out of the name: no description)
        word = chain[0].text.lower()
        return chain[0].text if word in PARTY_WORDS or word.endswith(DEMONYM_ENDINGS) else None
    if not any(t.pos == "NOUN" or t.text.lower().strip(".") in PERSON_TITLES or _plural_title(t.text.lower())
               or _role_word(t.text.lower()) for t in chain):  # (a trade capitalised as a title: "Firefighter Erik Holm")
        return None
    if not _attached(toks, chain, mention):
        return None  # words that merely stand before the name ("Within a few days | Bridgeline has ...")
    if all(t.ent and t.ent not in ("PERSON",) and t.text.lower().strip(".") not in PERSON_TITLES and t.pos != "NOUN" for t in chain):
        return None
    if len(chain) > ROLE_MAX_WORDS:
        return None
    # the sentence's capital is no title's when it falls on a modifier ("Former harbour master Erik Holm said");
    # a noun keeps it (a title before a name is written with a capital: "Senator Anna Berg"; and a name the
    # model missed may look like a noun: "Holmsund spokesman")
    # (nor an occupation's: "Goalkeeper Jan Holm was injured": a goalkeeper)
    occupation = chain[0].text.lower() in ROLE_NOUNS and chain[0].text.lower() not in PERSON_TITLES and chain[0].text[1:].islower()
    text = _uncapitalised(chain) if chain[0].pos in ("ADJ", "DET") else span_text(chain)
    if occupation and chain[0].i == 0:
        text = text[:1].lower() + text[1:]
    if _plural_title(chain[-1].text.lower()):
        text = text[:len(text) - 1]  # "Senators Anna Berg and Alex Holm": each a senator
    return text + _place_of_title(toks, mention, chain) if with_place else text


def _rest_of_name(toks, last, mention: Mention) -> bool:
    """The words before a name the tagger cut at a surname particle are the rest of the name, no title: they end
    with the particle ("Anna ter" + "Berg"), or the name opens with it and they end with a capitalised word that is
    no title ("Anna" + "ter Berg"; but "Coach" + "van der Berg")."""
    if last.text in SURNAME_PARTICLES:
        return True
    opening = toks[mention.token_start].text
    return opening in SURNAME_PARTICLES and last.text[:1].isupper() and not _role_word(last.text.lower().strip("."))


def _place_of_title(toks, mention: Mention, chain: list) -> str:
    """'Governor Anna Berg of Lindmark province', 'Senator Erik Holm of Vesterland': the place a title is of,
    written after the name (" of Lindmark province"), or ""."""
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is None or chain[-1].text.lower().strip(".") not in PERSON_TITLES:
        return ""
    of = next((t for t in toks[mention.token_end:mention.token_end + 1] if t.head == head.i and t.dep == "prep"
               and t.text.lower() == "of"), None)
    place = next((t for t in toks if of is not None and t.head == of.i and t.dep == "pobj"), None)
    if place is None or place.ent not in ("GPE", "LOC"):
        return ""
    words = [toks[j] for j in _subtree(toks, place.i, stop={"punct", "cc", "conj", "relcl", "acl", "appos", "prep"})]
    return " of " + span_text(words) if len(chain) + len(words) < ROLE_MAX_WORDS else ""


def _plural_title(word: str) -> bool:
    """A person's title in the plural ("senators", "envoys"; the tagger may take one for a verb)."""
    return word.endswith("s") and not word.endswith("ss") and _role_word(word[:-1])


def _title_of_list(sentence: Sentence, mention: Mention) -> str | None:
    """'Senators Anna Berg and Alex Holm', 'envoys Erik Holm and Tomas Brandt': a plural title before a list
    of names is each one's, the later ones' too."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is None or head.dep != "conj" or toks[head.head].pos != "PROPN" or toks[head.head].ent != "PERSON":
        return None
    first = toks[head.head]
    start = first.i
    while start > 0 and toks[start - 1].dep == "compound" and toks[start - 1].head == first.i and toks[start - 1].pos == "PROPN" \
            and toks[start - 1].ent == "PERSON":
        start -= 1
    if start == 0 or not _plural_title(toks[start - 1].text.lower()):
        return None
    listed = Mention(first.text, "PERSON", mention.paragraph, mention.sentence, toks[start].start, first.start + len(first.text),
                     start, first.i + 1)
    return _title_before(sentence, listed)


def _attached(toks, chain: list, mention: Mention) -> bool:
    """A title chain is the name's: some word of it depends on a word of the name (a compound, a modifier), or
    the name's head depends on it; the honorifics between the two go with the name ("Prime Minister Dr Erik
    Holm", the title a compound of "Dr")."""
    start = mention.token_start
    while start - 1 > chain[-1].i and toks[start - 1].text.strip(".").lower() in HONORIFICS:
        start -= 1
    inside = range(start, mention.token_end)
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is not None and chain[-1].i == mention.token_start - 1 and chain[-1].dep == head.dep == "appos" \
            and chain[-1].head == head.head:
        return True  # one apposition the parser cut in two ("his girlfriend, pop star Anna Berg": "star" and "Berg")
    if any(t.head in inside for t in chain) or (head is not None and head.head in {t.i for t in chain}):
        return True
    # a kind of body in lower case right before the name, which the parser took for the object of the words before
    # ("operated by state energy company Holmex saw ...": Holmex read as the next clause's subject)
    last = chain[-1]
    return last.i == mention.token_start - 1 and last.pos == "NOUN" and last.text.islower() and last.lemma.lower() in ORG_KIND_NOUNS \
        and all(t.text.islower() for t in chain) and head is not None and head.pos == "PROPN"


def _apposition_after(sentence: Sentence, mention: Mention, etype: str = "person") -> str | None:
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    comma = _past_short_form(toks, mention.token_end)  # the comma the apposition follows (after a short form in brackets)
    if head is None or comma >= len(toks) or toks[comma].text != ",":
        return None
    for tok in toks[comma + 1:]:
        # (on the name's head, or on another of its words where the parser split a name with a particle: "Liv in
        # 't Holt, a liberal MP" hung on "Holt")
        if tok.dep == "appos" and (tok.head == head.i or mention.token_start <= tok.head < mention.token_end and toks[tok.head].pos == "PROPN"
                                   or _apposed_from_afar(toks, tok, mention, comma, etype)):
            if tok.i == comma + 1 and tok.pos == "NUM" and tok.i + 1 < len(toks) and toks[tok.i + 1].text == ",":
                comma = tok.i + 1  # a person's age set off by commas ("Erik Holm, 54, a former teacher"): the next one
                continue
            if etype == "person" and tok.lemma.lower() in OTHER_KINDS and not _trade(toks, tok):
                return None  # "her break-up with Anna Berg, a painful event": said of the break-up, not of her
            if tok.lemma.lower() in TIME_NOUNS:
                return None  # "in Vesterby, the night after the vote": when, not what Vesterby is
            if tok.head == head.i and _list_item(toks, head, tok):
                return None  # "a house in Holm, a boat in Holm and ...": the next item of a list
            if etype != "person" and _person_noun(tok.lemma) and not (etype == "organisation" and tok.tag == "NNS"):
                return None  # "she took it for Grey Tide, the youngest poet so honoured": said of her, not of the book
                # (but a body may be the people of a post: "Holm Partners, the administrators of Nordcare")
            run = _subtree(toks, tok.i, stop={"relcl", "acl", "advcl", "punct", "cc", "conj", "appos"})
            # a post and then the unit it is of, as a second apposition ("commander, Northern Brigade")
            stop = {"relcl", "acl", "advcl", "punct", "cc", "conj", "appos"}
            unit = next((t for t in toks if t.head == tok.i and t.dep == "appos" and t.pos == "PROPN"
                         and _subtree(toks, t.i, stop)[0] == run[-1] + 2 and toks[run[-1] + 1].text == ","), None)
            if unit is not None and tok.pos == "NOUN":
                run = run + list(range(run[-1] + 1, _subtree(toks, unit.i, stop)[-1] + 1))
            # from the comma to the end of the apposition ("Holm's son-in-law" may hang the possessor elsewhere)
            words = list(toks[comma + 1:run[-1] + 1])
            opening = next((k for k, t in enumerate(words) if t.pos != "DET"), len(words))
            if opening + 1 < len(words) and words[opening].text in OPEN_QUOTES and words[opening + 1].text[:1].isupper():
                return None  # a name in quotation marks, 'the "Grey Gulls"': a nickname, no description
            while words and words[0].pos in ("DET", "PUNCT"):
                words = words[1:]
            if words and words[0].tag == "PRP$" and words[0].i < tok.i:
                if words[0].text.lower() in ("his", "her") and not (
                        _names_people(tok.lemma) or tok.lemma.lower().endswith(AGENT_SUFFIXES) if etype == "person"
                        else tok.lemma.lower() in CLASSIFYING_NOUNS.get(etype, ())):
                    return None  # an absolute phrase on someone's state ("at a hospital in Lindby, his arm in a
                    # sling"; "Holm, her voice breaking,"), not an apposition: "Anna Berg, her editor," and "Lindby,
                    # his home town," are
                if tok.lemma.lower() in KINSHIP_NOUNS or tok.lemma.lower() in RELATION_NOUNS \
                        or any(t.head == tok.i and t.dep in ("cc", "conj") for t in toks):
                    return None  # "Erik Holm, her husband,": whose, the pronoun leaves to the sentence before; "to
                    # Lindmark, our towns or our ports": a list
                words = words[1:]  # "Anna Berg, its managing director,": a managing director (of what the sentence before named)
            age = next((k for k, t in enumerate(words) if t.ent != "DATE"), len(words))
            if 0 < age < len(words) and words[age - 1].text.lower() == "old":
                words = words[age:]  # "a 52-year-old welder": the age is no part of the role
            words = _before_reporting_phrase(toks, words)
            while words and (words[-1].pos in ("PUNCT", "ADP", "CCONJ", "DET")):
                words = words[:-1]
            if words and len(words) > ROLE_MAX_WORDS and words[0].pos not in ("PRON", "VERB", "NUM"):
                # too long with its attachments: the noun phrase alone ("a marine and coastal erosion
                # expert | at the Lindmark-based Center for ...")
                words = [toks[j] for j in _subtree(toks, tok.i, stop | {"prep"}) if j > comma]
                while words and words[0].pos in ("DET", "PUNCT"):
                    words = words[1:]
            one_of = len(words) > 3 and words[0].text.lower() == "one" and words[1].text.lower() == "of"
            if not words or len(words) > ROLE_MAX_WORDS or words[0].pos in ("PRON", "VERB", "NUM") and words[0].dep not in ("amod", "compound") \
                    and not one_of:
                return None  # (but "the supervising body for ...", and one of a kind: "one of the league's founding members")
            if _title_of_next_name(toks, words[-1].i + 1):
                return None  # a list of titled names: "Lt. Per Holm, Staff Sergeant Anna Berg and ..."
            if _post_of_next_name(toks, tok.i):
                return None  # the post of the name after it: "on Harbour Square, the chief executive, Anna Berg, said"
            return span_text(words)
    return None


def _apposition_of_list(sentence: Sentence, mention: Mention) -> str | None:
    """'Liv Berglund and Olle Dahl, two junior doctors from Lindby, ...', 'Siri Holm and Erik Dahl, the leaders of the
    two largest unions, ...': a plural noun for people set off after a list of names is what each of them is, one of
    them ("one of two junior doctors from Lindby")."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is None:
        return None
    first = _first_of_list(toks, head)
    members = [first]
    for t in toks:  # (in order: each later name hangs on the one before or on the first)
        if t.dep == "conj" and t.head in {m.i for m in members} and t.pos == "PROPN" and t.ent == "PERSON":
            members.append(t)
    if len(members) < 2 or head not in members:
        return None
    last = members[-1]
    comma = last.i + 1
    if comma >= len(toks) or toks[comma].text != ",":
        return None
    noun = next((t for t in toks if t.dep == "appos" and t.head in {m.i for m in members} and t.i > comma and t.tag == "NNS"
                 and t.pos == "NOUN" and _names_people(t.lemma)), None)
    if noun is None:
        return None
    stop = {"relcl", "acl", "advcl", "punct", "cc", "conj", "appos"}
    run = _subtree(toks, noun.i, stop)
    words = list(toks[comma + 1:run[-1] + 1])
    if not words or any(t.pos == "PUNCT" for t in words) or len(words) > ROLE_MAX_WORDS or words[0].tag == "PRP$":
        return None  # (not across another comma; not "their lawyers", whose owner the sentence before names)
    if words[0].pos == "NUM":
        return "one of " + span_text(words)  # "one of two junior doctors from Lindby"
    if words[0].text.lower() != "the":
        return None
    return "one of " + span_text(words)  # "one of the leaders of the two largest unions"


def _trade(toks, noun) -> bool:
    """'a crane operator', 'a parcel carrier': a noun of one who does something, after the common noun of what he
    does it with, is a person's trade, whatever else the noun alone may name (a company that operates ferries)."""
    return noun.lemma.lower().endswith(("or", "er")) and any(t.head == noun.i and t.dep == "compound" and t.pos == "NOUN" for t in toks)


def _apposed_from_afar(toks, tok, mention: Mention, comma: int, etype: str) -> bool:
    """'officials at the Lindmark Crossing, the nation's busiest crossing, ...': the parser may hang the noun
    phrase right after a name on a noun farther back; it is the name's when it names a kind of thing of the name's
    type (never a person's: "the brother of Erik Holm, a teacher" may be the brother)."""
    return (etype != "person" and tok.head < mention.token_start and tok.lemma.lower() in CLASSIFYING_NOUNS.get(etype, ())
            and _subtree(toks, tok.i, stop=set())[0] == comma + 1)


def _title_of_next_name(toks, j: int) -> bool:
    """The words before `j` are the title of a person named right after them: from `j` on, past a closing
    bracket, capitalised title words run into a person's name."""
    while j < len(toks) and toks[j].text in (")", "]"):
        j += 1
    while j < len(toks) and toks[j].pos == "PROPN" and toks[j].ent != "PERSON":
        j += 1
    return j < len(toks) and toks[j].ent == "PERSON" and j > 0 and toks[j - 1].text not in (",", ";")


REPORTING_NOUNS = words("reporting_nouns")


def _before_reporting_phrase(toks, words: list) -> list:
    """A role ends where the reporting begins: "chief executive of Nordvik Labs (in a statement on Monday ...)"."""
    for k, t in enumerate(words):
        if t.pos == "ADP" and t.text.lower() in ("in", "on", "during", "at") and any(
                x.head == t.i and x.dep == "pobj" and x.lemma.lower() in REPORTING_NOUNS for x in toks):
            return words[:k]
    return words


def _affiliation_after(sentence: Sentence, mention: Mention) -> str | None:
    """'Erik Holm with the Vesterby Coast Guard', 'Anna Berg, who flew a rescue crew out of Lindby County'."""
    toks = sentence.tokens
    head = span_head(toks, mention.token_start, mention.token_end)
    if head is None or mention.token_end >= len(toks):
        return None
    for tok in toks[mention.token_end:mention.token_end + 3]:
        if tok.head != head.i:
            continue
        origin = tok.text.lower() == "from" and toks[tok.i - 1].text == "," and any(
            t.ent == "GPE" for t in toks if t.head == tok.i)  # "Ann Holm, from Vesterland, said"
        if origin or tok.dep == "prep" and tok.text.lower() in ("with", "of", "from", "at") and any(t.ent == "ORG" for t in toks if t.head == tok.i or under(toks, t.i, tok.i)):
            run = _subtree(toks, tok.i, stop={"relcl", "acl", "advcl", "punct", "cc", "conj", "appos"})
            words = [toks[j] for j in run]
            if len(words) <= ROLE_MAX_WORDS and (origin or any(t.ent == "ORG" for t in words)):
                # (the organisation itself: "the Vester Front, with its smaller partner the Holm League," keeps
                # company, the partner only in apposition)
                return span_text(words)
        if tok.dep == "relcl" and tok.lemma.lower() in AFFILIATION_VERBS:
            run = _subtree(toks, tok.i, stop={"advcl", "punct", "cc", "conj", "appos", "relcl"})
            words = [toks[j] for j in run if toks[j].pos != "PRON" and j >= tok.i]
            if len(words) <= ROLE_MAX_WORDS:
                return span_text(words)
    return None


def _word_hyphen(toks, k: int) -> bool:
    """A hyphen inside a word ("guided-missile"), not a dash set off by spaces ("old houses - including X")."""
    before = k > 0 and toks[k - 1].start + len(toks[k - 1].text) == toks[k].start
    after = k + 1 < len(toks) and toks[k].start + 1 == toks[k + 1].start
    return before or after


def _subtree(toks, root: int, stop: set[str]) -> list[int]:
    """Token indices under `root`, not descending into clauses or parentheticals (`stop` dependency labels)."""
    children = defaultdict(list)
    for t in toks:
        if t.head != t.i:
            children[t.head].append(t.i)
    out, stack = [], [root]
    while stack:
        j = stack.pop()
        out.append(j)
        # clauses, lists and parentheticals end the role, except inside a name ("Security and Defense Council")
        # (coordination below the top, as in "of the national security and defence council", stays)
        stack.extend(c for c in children[j] if toks[c].dep not in stop or toks[c].text == "-" and _word_hyphen(toks, c) or (toks[c].ent and toks[j].ent)
                     or (j != root and toks[c].dep in ("cc", "conj")))
    out.sort()
    # keep the contiguous run that contains the root
    run = [root]
    for j in sorted(x for x in out if x > root):
        if j == run[-1] + 1:
            run.append(j)
        else:
            break
    for j in sorted((x for x in out if x < root), reverse=True):
        if j == run[0] - 1:
            run.insert(0, j)
        else:
            break
    return run
