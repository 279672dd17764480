"""The consolidated brief: sentence-level claims grouped across sources, each fact told once.

1. Claims: every sentence of every source that states something (not a question, not a fragment, not mostly
   direct quotation: quotations go to the quotes section).
2. Similarity: TF-IDF cosine over stemmed content lemmas (a five-letter prefix, so "Vesterland"/"Vesterlandic" and
   "negotiations"/"negotiators" meet), plus glossary entities and numbers as terms, combined (weight 0.4) with
   the cosine of the pipeline's own sentence vectors (mean contextual token vector, from analyse).  No model
   beyond the spaCy pipeline is used.
3. Grouping (conservative, because a citation must be right): two claims from different sources state the
   same fact when their similarity is high, or moderately high and they share an entity or a number, and
   never when they name different people.  Each claim is compared with at most CANDIDATES others, found
   through its rarest terms (cost grows with the corpus, not its square); a group holds at most one claim
   per source and a claim joins a group only if it is close to its seed.
4. Selection: greedy (lazily re-scored), by the information a group adds (IDF weight of terms not yet
   covered) per word, boosted by the number of sources reporting it, by earliness in the articles and by a
   figure not yet told, until the word budget is spent.  A group is told in its clearest wording, or in its
   next one when that wording repeats a sentence already chosen.  A wording that leans on the sentence before
   it ("That is twice ...", "The figure was later corrected ...", "Her prizes include ...") is never told.
5. Layout: a lead of the most reported opening facts, then sections of related sentences (average-link
   clustering of the chosen sentences), ordered as the articles order them, each titled by its most
   characteristic noun phrase.
"""
from __future__ import annotations

import bisect
import heapq
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import NamedTuple

import numpy as np

from ..contents import AnalysedSource, BriefSentence, Entity, Evidence, Sentence
from .lang import forms, groups, person_nouns, words as words_of
from .story import Story
from .quotes import claims_quotation
from .text import (AMOUNT_TOPIC, CLOCK_TIME, MONTHS, NUMBER_WORDS, OPEN_QUOTES, SINGLE_OPEN, WORD_SCALES, YEAR, article_quoted_spans, norm as norm_text, per_time, span_text, TIME_NOUNS,
                   versions_of_one_count, words)
from .tuning import TUNING

CONCEPTS = groups("counted_concepts")  # the kinds of count every story counts (the list the figures read)


WORD_BUDGET = TUNING.word_budget
BUDGET_SHARE = TUNING.budget_share
MIN_BUDGET = TUNING.min_budget
MIN_CLAIM_WORDS = TUNING.min_claim_words
MAX_QUOTED_SHARE = TUNING.max_quoted_share
OPENING_QUOTE_SHARE = TUNING.opening_quote_share
SAME_FACT = TUNING.same_fact
SAME_FACT_ANCHORED = TUNING.same_fact_anchored
MIN_SHARED_WORDS = TUNING.min_shared_words
MIN_LEXICAL = TUNING.min_lexical
REDUNDANT = TUNING.redundant
REDUNDANT_LEXICAL = TUNING.redundant_lexical
SEMANTIC_WEIGHT = TUNING.semantic_weight
SEMANTIC_FLOOR = TUNING.semantic_floor
MIN_NEW_SHARE = TUNING.min_new_share
SOURCES_BONUS = TUNING.sources_bonus
FIGURE_BONUS = TUNING.figure_bonus
LENGTH_EXPONENT = TUNING.length_exponent
MAX_DF_SHARE = TUNING.max_df_share
TOPIC_SHARE = TUNING.topic_share
RARE_TERMS = TUNING.rare_terms
POSTINGS = TUNING.postings
CANDIDATES = TUNING.candidates
WORDINGS = TUNING.wordings
CENTRALITY_SAMPLE = TUNING.centrality_sample
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
DANGLING_START = {"his", "her", "their", "its", "and", "so", "also", "meanwhile", "still"}
CONTRAST_START = words_of("contrast_starts")
LEAD_QUOTE_MARKS = OPEN_QUOTES + SINGLE_OPEN  # a sentence opening with someone's words is their reaction, not the reporter's account


@dataclass(eq=False)  # compared by identity
class Claim:
    source: str
    sentence: Sentence
    position: float  # 0 = first sentence of the article, 1 = last
    terms: Counter  # stem -> count, plus "@entity" and "#number" anchors
    vector: dict = field(default_factory=dict)  # TF-IDF weights, set by _vectorise
    people: frozenset = frozenset()  # the glossary's people the sentence names
    meaning: np.ndarray | None = None  # the sentence vector (unit length) as an array, for fast dot products
    name_words: frozenset = frozenset()  # stems of the words inside entity names (the "@entity" terms stand for them)
    title_words: frozenset = frozenset()  # stems of the words introducing a person (see _title_words)
    leans: bool = False  # leans on the sentence before it (see dangling)
    voiced: bool = False  # from a column or a memoir, whose writer speaks as "I" (see _writer_speaks)
    core: tuple = (None, None)  # (subject lemma, root lemma)
    events: frozenset = frozenset()  # (verb, named time) pairs
    counts: frozenset = frozenset()  # (kind, value) of the counts the sentence states: ("Death toll", (85.0, 85.0))
    values: frozenset = frozenset()  # its numbers with their scale, years aside ("20 million" 2e7; see scaled_numbers)
    measures: tuple = ()  # (unit, values, phrase) of what its numbers measure: ("hour", {6.0, 36.0}, "6 to 36 hours")
    days: tuple = ()  # the days it dates its verbs to (dated_events): ("arrest", ("day", 2, 3), "March 3", "arrested")
    short_named: frozenset = frozenset()  # the people it names by one word only ("Holm", "Mr Holm"), not in full

    @property
    def numbers(self) -> set[str]:
        return {t for t in self.terms if t[0] == "#"}


    @property
    def anchors(self) -> set[str]:
        return {t for t in self.terms if t[0] in "@#"}


@dataclass(eq=False)
class Group:
    claims: list[Claim]

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(c.source for c in self.claims))

    @property
    def position(self) -> float:
        return min(c.position for c in self.claims)


def stem(lemma: str) -> str:
    return lemma.lower().replace(".", "")[:5]


REFERRING_PRONOUNS = {"he", "she", "they", "this", "that", "these", "those", "it", "another", "others"}  # "Another, Anna Berg, said"
EXTRAPOSING_VERBS = words_of("extraposing_verbs")  # "it" + verb + clause
DEMONSTRATIVES = {"this", "that", "these", "those"}
QUANTIFIER_SUBJECTS = {"some", "many", "most", "both", "others", "several", "few"}  # a pronoun of quantity standing alone
REFERRING_NOUNS = words_of("referring_nouns")  # "The number was lowered from 120"


def dangling(sentence: Sentence) -> bool:
    """A sentence that leans on the one before it: it opens with a connective or a possessive ("And ...", "Her
    prizes include ..."), or the subject of its main clause (or of the clause reported in "..., the agency said")
    is a pronoun ("That is twice the toll of any flood before it ..."), a demonstrative phrase ("That vote failed")
    or a bare "the number"."""
    toks = sentence.tokens
    if not toks:
        return False
    first = re.split(r"[’']", toks[0].text.lower())[0]
    if first in DANGLING_START:
        return True
    root = next((t for t in toks if t.head == t.i), None)
    if root is None:
        return False
    # the main clause, and the reported clause before "..., the agency said"
    clauses = [root] + [t for t in toks if t.head == root.i and t.dep == "ccomp" and t.i < root.i]
    for subj in (t for c in clauses for t in toks if t.head == c.i and t.dep in ("nsubj", "nsubjpass") and t.i < c.i):
        if any(t.text in (":", ";") or t.head == root.i and t.dep == "ccomp" for t in toks[:subj.i]):
            continue  # "... a warning: They had ten days to leave" names them first; "<the fact>, this person said"
        lemma = subj.lemma.lower()
        if subj.pos == "PRON" and lemma in REFERRING_PRONOUNS:
            # "It is unknown whether ..." points forward, not back
            # "It was not clear whether ...", "It emerged that ...", "it's estimated that ..." point
            # forward; "While fog delayed the ferry, it also kept ..." has its antecedent in the sentence;
            # "It also shows what happens ...", "It said that ..." point back to something named before
            # (a passive points forward only to the clause it reports: "It was reported that ..."; "It was first
            # seen by a radio telescope" points back)
            if lemma == "it" and (root.lemma.lower() in EXTRAPOSING_VERBS and _extraposed(toks, root)
                                  or any(t.head == root.i and t.dep == "auxpass" for t in toks)
                                  and any(t.head == root.i and t.dep == "ccomp" for t in toks)
                                  or any(t.pos in ("NOUN", "PROPN") and t.ent not in ("DATE", "TIME") for t in toks[:subj.i])):
                continue
            return True
        kids = [t for t in toks if t.head == subj.i]
        if any(k.dep == "det" and k.lemma.lower() in DEMONSTRATIVES for k in kids):
            return True
        if lemma in REFERRING_NOUNS and [k.lemma.lower() for k in kids] == ["the"]:
            return True
        if lemma in QUANTIFIER_SUBJECTS and subj.pos in ("PRON", "DET") and not kids:
            return True  # "Some say it came far too late": some of whom, the sentence before said
        if any(k.dep == "prep" and k.text.lower() == "of" and any(o.head == k.i and o.dep == "pobj" and o.pos == "PRON"
                                                                  and o.lemma.lower() in REFERRING_PRONOUNS for o in toks) for k in kids):
            return True  # "The youngest of them is ...", "One of those was ...": of whom, the sentence before said
    # the clause a reporting verb reports, after it: "Holm said this figure would rise", "... said that number would
    # rise" (the parser's "that" a conjunction before a bare "number": a demonstrative)
    for clause in (t for t in toks if t.head == root.i and t.dep == "ccomp" and t.i > root.i):
        for subj in (t for t in toks if t.head == clause.i and t.dep in ("nsubj", "nsubjpass") and t.i < clause.i):
            kids = [t for t in toks if t.head == subj.i]
            if any(k.dep == "det" and k.lemma.lower() in DEMONSTRATIVES for k in kids):
                return True
            if subj.lemma.lower() in REFERRING_NOUNS and not kids and subj.i > 0 and toks[subj.i - 1].text.lower() == "that" \
                    and toks[subj.i - 1].dep == "mark":
                return True
    if claims_quotation(sentence):
        return True  # "The words came from Anna Berg, who ...": whose words, the quotation before it said
    if any(_object_points_back(toks, t) for t in toks):
        return True
    # the object points back: "... have raised the very same point", "... denied the same charge"
    return any(t.head == root.i and t.dep in ("dobj", "attr") and t.pos == "NOUN"
               and any(k.head == t.i and k.lemma.lower() == "same" for k in toks) for t in toks)


OBJECT_PRONOUNS = {"him", "her", "it", "them"}


def _object_points_back(toks, pronoun) -> bool:
    """An object pronoun with nothing before it in the sentence to stand for but its own verb's subject ("Volunteers
    from three villages soon joined them"): an object never stands for its own verb's subject (that would be
    "themselves"), so whom it means, the sentence before said."""
    if pronoun.pos != "PRON" or pronoun.dep != "dobj" or pronoun.text.lower() not in OBJECT_PRONOUNS:
        return False
    verb = toks[pronoun.head]
    if not (verb.head == verb.i or verb.dep == "conj" and toks[verb.head].head == verb.head):
        return False  # the main clause's verb; in a clause before it the pronoun may point ahead ("After sorting them, ...")
    own_subject: set[int] = set()
    for subj in (t for t in toks if t.head == pronoun.head and t.dep in ("nsubj", "nsubjpass")):
        stack = [subj.i]
        while stack:
            i = stack.pop()
            own_subject.add(i)
            stack.extend(t.i for t in toks if t.head == i and t.i != i)
    return not any(t.pos in ("NOUN", "PROPN", "PRON") and t.i not in own_subject for t in toks[:pronoun.i])


def _extraposed(toks, root) -> bool:
    """'It is unclear whether ...', 'It emerged that ...', 'It was Holm who ...': the "it" stands for a clause
    the sentence goes on to give (or a cleft's name); 'It was the worst fire in decades' stands for something
    named before."""
    clausal = ("ccomp", "xcomp", "csubj", "advcl")
    if any(t.head == root.i and t.dep in clausal for t in toks):
        return True
    # the complement of "be" (the first one: a list may give the parser more)
    t = next((t for t in toks if t.head == root.i and t.dep in ("acomp", "attr", "oprd")), None)
    return t is not None and any(  # "It was Holm who ...", "It is unclear whether ...", "It is likely to ..."
        c.head == t.i and (c.dep == "relcl" and t.pos == "PROPN" or c.dep in clausal + ("prep",) and t.pos == "ADJ")
        for c in toks)


def claim_terms(sentence: Sentence, entity_ids: set[str]) -> Counter:
    terms: Counter = Counter()
    for tok in sentence.tokens:
        if tok.pos in CONTENT_POS and (not tok.stop or tok.pos == "NUM") and any(ch.isalnum() for ch in tok.text):
            if tok.pos == "NUM" or tok.text[:1].isdigit():
                if any(ch.isdigit() for ch in tok.text):
                    terms["#" + re.sub(r"[^\d.]", "", tok.text)] += 1
                elif tok.lemma.lower() in NUMBER_WORDS:  # "three million" and "3 million" are one number
                    terms[f"#{NUMBER_WORDS[tok.lemma.lower()]}"] += 1
                else:
                    terms[stem(tok.lemma)] += 1
            else:
                terms[stem(tok.lemma)] += 1
    for e in entity_ids:
        terms["@" + e] += 1
    terms.pop("#", None)
    return terms


def claims_of(analysed: Story | tuple[AnalysedSource, ...], entities: tuple[Entity, ...],
              counted: dict[str, list] | None = None) -> list[Claim]:
    entity_at: dict[tuple[str, int], set[str]] = defaultdict(set)
    spans_at: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    in_full: dict[tuple[str, int], set[str]] = defaultdict(set)  # the people a sentence names with more than one word
    for e in entities:
        for ref in e.mentions:
            entity_at[(ref.source, ref.sentence)].add(e.id)
            spans_at[(ref.source, ref.sentence)].append((ref.start, ref.end))
            if len(_without_honorific(ref.text)) > 1:
                in_full[(ref.source, ref.sentence)].add(e.id)
    # (a name two or more people of the story bear, "Mr Holm" beside Anna and Erik Holm, "Seok" beside Seok Sol-bi and
    # Seok Ha-eun, names no one in particular: no person a claim is about)
    shared = Counter(w for e in entities if e.type == "person" and len(e.name.split()) > 1 for w in {e.name.split()[0], e.name.split()[-1]})
    people = {e.id for e in entities if e.type == "person" and not (len(bare := _without_honorific(e.name)) == 1 and shared[bare[0]] >= 2)}
    # the counts each sentence states, of the kinds every story counts (as the figures read them)
    counts_in: dict[tuple[str, str], set[tuple[str, tuple[float, float]]]] = defaultdict(set)
    for topic, found in (counted or {}).items():
        if topic in CONCEPTS or topic.startswith(AMOUNT_TOPIC):  # (a fine of 40 or of 45 million euros)
            for count in found:
                counts_in[(count.source, count.sentence)].add((topic, count.value))
    out = []
    for a in analysed:
        total = max(len(a.sentences) - 1, 1)
        spans = dict(enumerate(article_quoted_spans(a.source.paragraphs)))
        # a column or a memoir, whose writer speaks in several sentences: the writer's memories and views are no
        # facts of the story (one "I" outside quotation marks in a report is more likely a quotation's lost marks)
        voiced = sum(_writer_speaks(s, spans.get(s.paragraph, [])) for s in a.sentences) >= TUNING.writer_voice_sentences
        # an explainer or an advice column, whose writer speaks to the reader as "you" in several sentences: those
        # sentences are advice ("Check the gauge before you sail, whatever you think of the forecast"), no facts of the story
        addressed = sum(_second_person(s, spans.get(s.paragraph, [])) for s in a.sentences) >= TUNING.reader_voice_sentences
        for s in a.sentences:
            if not _states_a_claim(s, spans.get(s.paragraph, [])) or addressed and _second_person(s, spans.get(s.paragraph, [])):
                continue
            named = entity_at[(a.source.id, s.index)]
            meaning = np.asarray(s.vector, dtype=np.float32) if s.vector else None
            names = frozenset(stem(t.lemma) for t in s.tokens if any(b <= t.start < e for b, e in spans_at[(a.source.id, s.index)]))
            out.append(Claim(a.source.id, s, s.index / total, claim_terms(s, named), people=frozenset(named & people),
                             meaning=meaning, name_words=names, title_words=_title_words(s), leans=dangling(s), voiced=voiced, core=_core(s),
                             events=_events(s), counts=frozenset(counts_in.get((a.source.id, s.text), ())),
                             values=scaled_numbers(s), measures=measures(s), days=dated_events(s),
                             short_named=frozenset(named & people - in_full[(a.source.id, s.index)])))
    return out


NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
HONORIFICS = words_of("honorifics")


def _without_honorific(name: str) -> list[str]:
    """A name's words, an honorific before them aside ("Mr Holm": Holm)."""
    words = name.split()
    return words[1:] if len(words) > 1 and words[0].lower().strip(".") in HONORIFICS else words


REPORTING_STEMS = frozenset(stem(w) for w in words_of("attribution_lemmas"))


def _title_words(s: Sentence) -> frozenset[str]:
    """Stems of the words that introduce a name: a title or a kind before it ("chief executive Anna Berg", "the
    heart drug Holmex") and a noun phrase in apposition ("Anna Berg, the company's chief executive"; "the
    company's chief executive, Anna Berg"; "Holmex, one of the most prescribed heart drugs,"), with their
    modifiers.  Two sentences introducing one name alike say nothing alike by that: "the chief executive, Anna
    Berg, apologised" and "the chief executive, Anna Berg, is due to appear" are two facts."""
    toks = s.tokens
    named = {t.i for t in toks if t.ent in NAME_LABELS}  # (not "Vesterlandic": a nationality describes, as titles do)
    if not named:
        return frozenset()
    children: dict[int, list] = defaultdict(list)  # (one pass over the tokens: the claims stage reads every sentence)
    for t in toks:
        if t.head != t.i:
            children[t.head].append(t)
    out: set[str] = set()

    def take(root: int, follow: set[str]) -> None:
        stack = [root]
        while stack:
            j = stack.pop()
            if toks[j].pos in ("NOUN", "PROPN", "ADJ", "VERB", "NUM"):
                out.add(stem(toks[j].lemma))
            stack.extend(c.i for c in children[j] if c.i not in named and c.dep in follow)

    for t in toks:
        if t.i in named:
            # a title the tagger read as a name of another kind ("Harbour Board Chairman Anna Berg", the title an
            # ORG): the run of compounds right before a person's name, each of another label than the name's
            if t.ent != "PERSON" and t.dep == "compound" and t.pos in ("NOUN", "PROPN") and _before_a_person(toks, t):
                out.add(stem(t.lemma))
            continue
        if t.dep in ("compound", "amod") and t.head in named and t.pos in ("NOUN", "PROPN", "ADJ"):
            take(t.i, {"compound", "amod", "poss", "nmod"})  # "chief executive Anna Berg", "the heart drug Holmex"
        elif t.dep == "appos" and t.head in named:
            take(t.i, {"compound", "amod", "poss", "nmod", "advmod", "prep", "pobj", "det"})  # "Anna Berg, the chief executive"
        elif t.pos == "NOUN" and any(c.dep == "appos" and c.i in named for c in children[t.i]):
            take(t.i, {"compound", "amod", "poss", "nmod", "prep", "pobj"})  # "the chief executive, Anna Berg"
    return frozenset(out)


def _before_a_person(toks, t) -> bool:
    """The token opens, or is inside, a run of compounds of another label that ends right before a person's name
    the run modifies ("Harbour Board Chairman | Anna Berg")."""
    j = t.i
    while j + 1 < len(toks) and toks[j + 1].ent == t.ent and toks[j + 1].dep == "compound":
        j += 1
    return j + 1 < len(toks) and toks[j + 1].ent == "PERSON" and toks[j].dep == "compound" and toks[j].head > j \
        and toks[toks[j].head].ent == "PERSON"


def _states_a_claim(s: Sentence, spans: list[tuple[int, int]]) -> bool:
    text = s.text.strip()
    if words(text) < MIN_CLAIM_WORDS or text.endswith("?") or not text[:1].isupper() and text[:1] not in "“\"‘'":
        return False
    # a sentence ends with terminal punctuation and has a verb (a subheading has neither)
    if not re.search(r"[.!][\"'”’)\]]*$", text) or not any(t.pos in ("VERB", "AUX") for t in s.tokens):
        return False
    if _no_comment(s) or _addresses_the_reader(s, spans) or _fragment(s):
        return False
    if any(a < s.start < b for a, b in spans):
        return False  # it starts inside a quotation opened in the sentence before: its wording needs that sentence
    inside = sum(max(0, min(b, s.end) - max(a, s.start)) for a, b in spans)
    # a quotation and its speaker ("“Open the bridge, fast,” Holm told reporters aboard ...") is a quote, for
    # the quotes section, when it opens the sentence and holds a good part of it
    # (a sentence that starts inside a quotation opened in the sentence before opens with it too)
    opens = text[:1] in "“\"‘'" or any(a <= s.start < b for a, b in spans)
    share = OPENING_QUOTE_SHARE if opens else MAX_QUOTED_SHARE
    return inside <= share * max(s.end - s.start, 1)


NO_COMMENT_VERBS = words_of("no_comment_verbs")


def _no_comment(s: Sentence) -> bool:
    """The reporter's note that someone did not comment ("The company declined to comment.", "... did not
    respond to a request for comment") states nothing about the story."""
    lemmas = [t.lemma.lower() for t in s.tokens]
    root = next((t for t in s.tokens if t.head == t.i), None)
    return root is not None and root.lemma.lower() in NO_COMMENT_VERBS and "comment" in lemmas and words(s.text) <= 16


def _fragment(s: Sentence) -> bool:
    """A sentence whose main verb is a participle with no subject and no auxiliary, and that names no subject
    for any verb but a relative pronoun ("When measuring the bridge, which ..., but rather counted ..."), is a
    fragment, not a statement (a parse that only lost the subject of a full sentence still finds one)."""
    root = next((t for t in s.tokens if t.head == t.i), None)
    return root is not None and root.tag in ("VBG", "VBN") and not any(
        t.head == root.i and t.dep in ("nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass") for t in s.tokens) \
        and not any(t.dep in ("nsubj", "nsubjpass") and t.tag not in ("WDT", "WP") for t in s.tokens)


def _writer_speaks(s: Sentence, spans: list[tuple[int, int]]) -> bool:
    """The writer's own voice: "I" or "my" outside quotation marks ("I first crossed that bridge as a boy", "My
    grandfather built boats there"): a memory or an opinion of the article's writer, not a fact of the story."""
    return any(t.pos == "PRON" and not t.ent and (t.text == "I" and t.dep == "nsubj" or t.text.lower() == "my" and t.dep == "poss")
               and not any(a <= t.start < b for a, b in spans) for t in s.tokens)


SECOND_PERSON = {"you", "your", "yours", "yourself", "yourselves"}


def _second_person(s: Sentence, spans: list[tuple[int, int]]) -> bool:
    """A "you" or "your" outside quotation marks."""
    return any(t.text.lower() in SECOND_PERSON and not any(a <= t.start < b for a, b in spans) for t in s.tokens)


def _addresses_the_reader(s: Sentence, spans: list[tuple[int, int]] | None = None) -> bool:
    """An imperative ("Expand your vocabulary and use these words.", "Just be sure to ...") tells the reader
    what to do: advice or a promotion, not a fact of the story. Its main verb is a bare base form with no subject
    and no auxiliary.  So does a sentence whose subject is the reader, "you", outside quotation marks ("Perhaps
    you will visit the harbour one day."; not a "you" that stands for anyone: "rain that keeps you indoors")."""
    root = next((t for t in s.tokens if t.head == t.i), None)
    if root is None:
        return False
    if any(t.head == root.i and t.dep == "nsubj" and t.text.lower() == "you" and not any(a <= t.start < b for a, b in spans or ())
           for t in s.tokens):
        return True
    # "you" or "your" twice, outside quotation marks: advice to the reader ("If you live below the dam, the best
    # thing you can do is leave", "Check your route before you travel"); a "you" that stands for anyone comes once
    if sum(t.text.lower() in SECOND_PERSON and not any(a <= t.start < b for a, b in spans or ()) for t in s.tokens) >= 2:
        return True
    if s.tokens[0].tag == "VB" and s.tokens[0].text[:1].isupper() and s.tokens[0].dep != "aux" \
            and not any(t.dep in ("nsubj", "nsubjpass", "expl") for t in s.tokens):
        return True  # "Walk, swim, dance on the beach.": a base form opens it and nothing is its subject
    return root.tag == "VB" and not any(
        t.head == root.i and t.dep in ("nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass") for t in s.tokens)



def _idf(claims: list[Claim]) -> dict[str, float]:
    df = Counter(t for c in claims for t in c.terms)
    n = len(claims)
    return {t: math.log((n + 1) / (d + 0.5)) + 0.1 for t, d in df.items()}


def _vectorise(claims: list[Claim]) -> dict[str, float]:
    idf = _idf(claims)
    for c in claims:
        v = {t: (1 + math.log(k)) * idf[t] * (1.5 if t[0] in "@#" else 1.0) for t, k in c.terms.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        c.vector = {t: x / norm for t, x in v.items()}
    return idf


def lexical(a: Claim, b: Claim) -> float:
    if len(a.vector) > len(b.vector):
        a, b = b, a
    return sum(x * b.vector.get(t, 0.0) for t, x in a.vector.items())


def semantic(a: Claim, b: Claim) -> float:
    """Cosine of the pipeline's sentence vectors, rescaled so that unrelated news sentences (about 0.6 on
    the seeds) score 0 and paraphrases (0.85 and up) score above 0.6."""
    u, v = a.meaning, b.meaning
    if u is None or v is None or u.shape != v.shape:
        return 0.0
    return max(0.0, (float(u @ v) - SEMANTIC_FLOOR) / (1 - SEMANTIC_FLOOR))


def cosine(a: Claim, b: Claim) -> float:
    """Similarity of two claims: lexical overlap, helped by the pipeline's contextual vectors."""
    return (1 - SEMANTIC_WEIGHT) * lexical(a, b) + SEMANTIC_WEIGHT * semantic(a, b)


def same_fact(a: Claim, b: Claim, sim: float | None = None, topic: frozenset[str] = frozenset(), numbers: bool = True) -> bool:
    """Whether two claims state one fact; with `numbers` False, whether they would but for their numbers (two
    versions of one figure: "within 6 to 36 hours" / "within 6 to 18 hours")."""
    sim = cosine(a, b) if sim is None else sim
    if sim < SAME_FACT_ANCHORED or lexical(a, b) < MIN_LEXICAL:
        return False
    # about different people ("Mayor Holm was replaced" is not "Mayor Berg said"), however alike
    if a.people and b.people and not a.people & b.people:
        return False
    # different numbers: "cost 42 million euros" and "put the cost at 45 million euros" are two versions, each
    # cited to its own sources (the disagreement lists both)
    if numbers and a.numbers and b.numbers and not a.numbers & b.numbers and _versions(a.values, b.values):
        return False
    # one verb dated to other days of one kind ("sank on Tuesday" / "sank on Wednesday"): two versions as well (not
    # "meet on Tuesday and Wednesday" / "meet on Tuesday": one says more)
    if numbers and a.days and b.days and _other_days(a.days, b.days):
        return False
    # some words in common besides the names: "Mayor Brandt cut the ribbon" is not "Mayor Brandt said the day..."
    # (the story's own words, in a good share of all its sentences, "bridge" in a story about a bridge, are no
    # sign of one fact)
    shared = shared_content_words(a, b) - topic
    if len(shared) < MIN_SHARED_WORDS:
        return False
    # what they share besides how they introduce the names and that someone said something ("Anna Berg said ..."
    # and "Anna Berg has stood by ..., saying ...")
    told = shared - a.title_words - b.title_words - REPORTING_STEMS
    if not told and a.core[1] != b.core[1]:
        # all they share is how they introduce a person ("the chief executive, Anna Berg, apologised" and "the
        # chief executive, Anna Berg, is due to appear"): one fact only when they tell the same action
        return False
    if sim >= SAME_FACT:
        return True
    # alike only with the names they share: words enough besides the names and how they are introduced ("Nordvik
    # recalled 40,000 packs of the heart drug Holmex" is not "the recall of the heart drug Holmex widened")
    return bool(a.anchors & b.anchors) and len(told) >= MIN_SHARED_WORDS


def scaled_numbers(sentence: Sentence) -> frozenset[float]:
    """The numbers a sentence writes in digits, with their scale ("20 million" 2e7), years aside."""
    toks = sentence.tokens
    out = set()
    for t in toks:
        digits = re.sub(r"[^\d.]", "", t.text)
        if t.pos == "NUM" and digits and digits.count(".") <= 1 and digits != "." and not YEAR.match(t.text):
            after = toks[t.i + 1].text.lower() if t.i + 1 < len(toks) else ""
            out.add(float(digits) * WORD_SCALES.get(after, 1.0))
    return frozenset(out)


MEASURE_LINKS = {"quantmod", "nummod", "cc", "conj", "prep", "pobj"}  # from a number up to what it measures ("6 to 36 hours")
NOT_MEASURES = words_of("not_measures")  # shares, ages and clock times: read elsewhere


SCALE_NOUNS = words_of("scale_nouns")
GLUED_READING = re.compile(r"([a-z]+)-(\d+(?:\.\d+)?)")  # "magnitude-5.9"


def scale_reading(toks, i: int) -> int | None:
    """The index of the scale noun whose reading toks[i] is: "magnitude 5.8", "5.8-magnitude", "5.8 magnitude",
    "a magnitude of 5.6", "magnitude-5.9" (one token); lang/scale_nouns.txt. None for any other number."""
    def scale(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].text.lower() in SCALE_NOUNS

    glued = GLUED_READING.fullmatch(toks[i].text.lower())
    if glued is not None:
        return i if glued.group(1) in SCALE_NOUNS else None
    if toks[i].pos != "NUM":
        return None
    for k in (i - 1, i + 1):
        if scale(k):
            return k
    if i + 2 < len(toks) and toks[i + 1].text in ("-", "‐", "‑") and scale(i + 2):
        return i + 2
    if i >= 2 and toks[i - 1].text.lower() == "of" and scale(i - 2):
        return i - 2
    return None


def measures(sentence: Sentence) -> tuple[tuple[str, frozenset[float], str], ...]:
    """What the numbers written in digits measure: (unit lemma, values, phrase as written), one per unit noun
    ("within 6 to 36 hours": ("hour", {6.0, 36.0}, "6 to 36 hours")); not years, dates, codes ("HX 12"),
    shares, clock times or rates ("900 travellers a day"). A reading on a scale is of the scale's noun ("a
    magnitude 5.8 quake": ("magnitude", {5.8}, "magnitude 5.8"))."""
    toks = sentence.tokens
    found: dict[int, list] = {}
    for t in toks:
        if (k := scale_reading(toks, t.i)) is not None:
            reading = re.sub(r"[^\d.]", "", t.text)
            if reading and reading.count(".") <= 1 and reading != ".":
                found.setdefault(k, []).append((t.i, float(reading)))
            continue
        digits = re.sub(r"[^\d.]", "", t.text)
        if not digits and t.pos == "NUM" and t.text.lower() in NUMBER_WORDS and NUMBER_WORDS[t.text.lower()] >= 2:
            digits = str(NUMBER_WORDS[t.text.lower()])  # "sentenced to seven years": a number in words, two and up
        if t.pos != "NUM" or not digits or digits.count(".") > 1 or digits == "." or YEAR.match(t.text) or t.ent in ("MONEY", "PERCENT") \
                or t.ent == "DATE" and not _span_of_time(toks, t):
            continue
        j, steps = t.i, 0
        while toks[j].pos != "NOUN" and toks[j].dep in MEASURE_LINKS and toks[j].head != j and steps < 4:
            j, steps = toks[j].head, steps + 1
        unit = toks[j]
        if unit.pos != "NOUN" or unit.i < t.i or unit.lemma.lower() in NOT_MEASURES or _rate_of(toks, unit) or any(
                x.pos not in ("NUM", "PART", "ADP", "CCONJ", "ADJ", "NOUN", "SYM", "PUNCT") for x in toks[t.i:unit.i]):
            continue
        after = toks[t.i + 1].text.lower() if t.i + 1 < len(toks) else ""
        found.setdefault(unit.i, []).append((t.i, float(digits) * WORD_SCALES.get(after, 1.0)))
    out = []
    for i, numbers in sorted(found.items()):
        first, last = min(min(k for k, _ in numbers), i), max(max(k for k, _ in numbers), i)
        glued = GLUED_READING.fullmatch(toks[i].text.lower())
        j = first - 1
        while j > 0 and (toks[j].dep in ("advmod", "quantmod") or toks[j].pos == "ADV"):
            j -= 1  # ("of about", "of just")
        if j > 0 and toks[j].text.lower() == "of" and toks[j - 1].pos == "NOUN" and toks[j - 1].text.islower():
            first = j - 1  # what is measured, with its measure: "a depth of about 80 metres", "a height of 30 metres"
        out.append((glued.group(1) if glued else toks[i].lemma.lower(), frozenset(v for _, v in numbers), span_text(toks[first:last + 1])))
    return tuple(out)


def _span_of_time(toks, t) -> bool:
    """A number of years, months or days the tagger read as a date ("sentenced to seven years", "for 13 years"),
    not a point in time ("two years ago", "in the past six months")."""
    unit = toks[t.head] if toks[t.head].i != t.i else t
    if unit.lemma.lower() not in ("year", "month", "week", "day") or unit.i != t.i + 1:
        return False
    after = toks[unit.i + 1].text.lower() if unit.i + 1 < len(toks) else ""
    before = toks[t.i - 1].text.lower() if t.i > 0 else ""
    return after not in ("ago", "old", "earlier", "later", "before", "after", "-") and before not in ("past", "last", "next", "first", "aged")


def _rate_of(toks, unit) -> bool:
    """A count per stretch of time ("900 travellers a day"): a rate; but a duration per stretch of time ("shut
    for 6 to 36 hours each weekend") is a schedule, one fact to compare."""
    return per_time(toks, unit.i + 1) and unit.lemma.lower() not in TIME_NOUNS


WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
DAY_OF_MONTH = re.compile(r"([0-3]?\d)(?:st|nd|rd|th)?")
LIGHT_VERBS = words_of("light_verbs")
LIGHT_VERB_IDIOMS = words_of("light_verb_idioms")


def _weekday_comma_date(toks, i: int, j: int) -> bool:
    """toks[j] is the comma between a weekday and its date, tagged apart ("on Wednesday, 26 February"): one day."""
    return toks[j].text == "," and j > i and toks[j - 1].text.lower().rstrip(".") in WEEKDAYS and j + 1 < len(toks) \
        and toks[j + 1].ent == "DATE" and any(_month(t.text.lower().rstrip(".")) is not None for t in toks[j + 1:j + 3])


def _light_idiom(toks, verb) -> bool:
    """The light verb opens a phrase that is a verb of its own ("came to light", "took place", "went missing")."""
    after = [t.text.lower() for t in toks[verb.i + 1:verb.i + 3]]
    return any(" ".join([verb.lemma.lower(), *after[:n]]) in LIGHT_VERB_IDIOMS for n in (1, 2))
ATTRIBUTION_LEMMAS = words_of("attribution_lemmas")  # "said on Tuesday": when it was said, not when the fact happened


class Dated(NamedTuple):
    anchor: str  # the lemma of the verb or noun the date says when of ("seize", "launch")
    key: tuple  # ("weekday", 1): Tuesday (from Monday, 0), ("day", 2, 3): March 3 (months from 0), or ("time",
    # 320, 15): 5:20 a.m. (minutes into the day), hedged ("about") by 15 minutes (same_time)
    phrase: str  # the day as written ("March 3"), which the brief's sentence stating it holds
    written: str  # the verb as written: "arrested"
    event: str = ""  # the lemma of the event noun the date is of, when one names it ("attack": _event_noun)
    told: str = ""  # the words from the verb to the day, as the source has them ("resigned on Monday": _as_told)
    named: bool = False  # the event's noun is in the sentence, the thing the day dates ("the blast hit the tower
    # on Wednesday", "Tuesday's explosion"), not a noun made from the verb ("resigned on Monday": resignation)


def dated_events(sentence: Sentence) -> tuple[Dated, ...]:
    """The days a sentence names (a weekday, or a month and a day: "Tuesday", "March 3", "3 March"), each with
    the verb or noun it says when of, reached from the date up through its preposition; not a run naming two days
    ("from Monday to Wednesday": a span), nor a plural ("on Tuesdays")."""
    toks = sentence.tokens
    out = []
    i = 0
    while i < len(toks):
        if toks[i].ent not in ("DATE", "TIME") and not CLOCK_TIME.fullmatch(toks[i].text.lower()):
            i += 1  # (a time the tagger read as a number: "at 22:41", "about 8:45pm")
            continue
        j = i  # (a day and its part the tagger reads as a time, "Saturday night", names the day too)
        while j < len(toks) and (toks[j].ent == toks[i].ent and (toks[i].ent in ("DATE", "TIME") or j == i)
                                 or _weekday_comma_date(toks, i, j)):
            j += 1
        run = toks[i:j]
        i = j
        keys: set[tuple] = set()
        for t in run:
            low = t.text.lower().rstrip(".")
            if low in WEEKDAYS:
                keys.add(("weekday", WEEKDAYS.index(low)))
            month = _month(low)
            if month is not None:
                days = [found for u in run if u is not t and abs(u.i - t.i) <= 2 and (found := DAY_OF_MONTH.fullmatch(u.text.lower()))]
                if len(days) == 1:
                    keys.add(("day", month, int(days[0].group(1))))
        if run[0].ent == "TIME" or any(CLOCK_TIME.fullmatch(t.text.lower()) for t in run) or run[-1].i + 1 < len(toks) \
                and toks[run[-1].i + 1].text.lower().replace(".", "") in ("am", "pm"):
            clock = _clock(toks, run)
            if clock is not None:
                keys.add(clock)
        kinds = [k[0] for k in keys]
        if not keys or len(kinds) != len(set(kinds)):
            continue  # none, or two days of one kind in one run (a span: "from Monday to Wednesday"); a weekday
            # with its date ("Friday, 3 May") is one day, each part compared with its kind
        ids = {t.i for t in run}
        anchor = next((t for t in run if t.head not in ids or t.head == t.i), None)
        steps = 0  # up to the verb the date's phrase hangs on (through a noun it may hang on: "at his office on March 3")
        while anchor is not None and (anchor.i in ids or anchor.pos != "VERB") and anchor.head != anchor.i and steps < 5:
            anchor, steps = toks[anchor.head], steps + (anchor.i not in ids)
        if anchor is None or anchor.i in ids or anchor.pos != "VERB" \
                or anchor.lemma.lower() in LIGHT_VERBS and not any(t.head == anchor.i and t.dep == "prt" for t in toks) \
                and not _light_idiom(toks, anchor) \
                or anchor.lemma.lower() in ATTRIBUTION_LEMMAS and not _acts_on_object(toks, anchor):
            continue  # (a light verb with its particle is a verb of its own: "came down", "went off")
        event, named = _event_noun(toks, run, anchor)
        for key in sorted(keys):
            first, last = _time_as_written(toks, run) if key[0] == "time" else _day_as_written(toks, run)
            phrase = span_text(toks[first:last + 1])
            out.append(Dated(anchor.lemma.lower(), key, phrase, anchor.text, event, _as_told(toks, run, (first, last), anchor), named))
    return tuple(out)


# each verb for an act -> the one its dates are compared under ("recovered on Tuesday" / "found on Monday": find)
SAME_ACT = {verb: name for name, verbs in groups("verb_synonyms").items() for verb in verbs}
EVENT_NOUNS = words_of("event_nouns")
# each noun for a kind of event -> the one its dates are compared under ("blast" -> "explosion")
EVENT_SYNONYMS = {noun: name for name, nouns in groups("event_synonyms").items() for noun in nouns}


def _event_noun(toks, run, verb) -> tuple[str, bool]:
    """The event a date is of, when a noun for an event names it (lang/event_nouns.txt), whatever verb the
    sentence tells it with: the noun the date's phrase hangs on ("an attack on Tuesday", "Tuesday's blast"), the
    noun the dated verb describes ("the attack, first noticed late on Friday", "a blast that shook the town on
    Monday") or the verb's subject ("the attack crippled the city on Monday"), named in the sentence (True); or
    the act a noun made from the verb names (False). Its lemma, a synonym's name for it ("blast": explosion), or ""."""
    ids = {t.i for t in run}
    top = next((t for t in run if t.head not in ids), None)
    if top is not None:
        up = toks[top.head]
        if up.pos == "ADP" and up.head != up.i:
            up = toks[up.head]
        if up.pos == "NOUN" and up.lemma.lower() in EVENT_NOUNS:
            return EVENT_SYNONYMS.get(up.lemma.lower(), up.lemma.lower()), True
    if verb.dep in ("acl", "relcl") and toks[verb.head].pos == "NOUN" and toks[verb.head].lemma.lower() in EVENT_NOUNS:
        return EVENT_SYNONYMS.get(toks[verb.head].lemma.lower(), toks[verb.head].lemma.lower()), True
    subject = next((t for t in toks if t.head == verb.i and t.dep in ("nsubj", "nsubjpass") and t.pos == "NOUN"), None)
    if subject is not None and subject.lemma.lower() in EVENT_NOUNS:
        return EVENT_SYNONYMS.get(subject.lemma.lower(), subject.lemma.lower()), True
    # an act named by the noun made from its verb: the dated verb itself ("resigned on Monday": resignation), or
    # its object ("submitted his resignation on Sunday", "ordered the suspension of all trips on Monday")
    acts = [t.lemma.lower() for t in toks if t.head == verb.i and t.dep == "dobj" and t.pos == "NOUN" and t.lemma.lower() in NOMINALIZATIONS]
    if len(acts) == 1:
        return acts[0], False
    return ACT_OF_VERB.get(verb.lemma.lower(), ""), False


NOMINALIZATIONS = forms("nominalizations")  # noun -> the verb it is made from
ACT_OF_VERB = {verb: noun for noun, verb in NOMINALIZATIONS.items()}


HEDGES = {"about", "around", "approximately", "roughly", "circa", "shortly", "just", "some"}


def _clock(toks, run) -> tuple | None:
    """The time of day a run names, as a key ("time", minutes into the day, tolerance): "5:20 a.m.", "6am",
    "23:15", "9.45pm", "midnight", "noon"; hedged by a word before it or in it ("about 1.50am", "shortly after
    6am": TUNING.hedged_time_minutes), exact otherwise. Not a bare number ("at 4": a score, an age) nor a span
    of two times."""
    words = [t.text.lower() for t in run]
    text = " ".join(words).replace(" .", ".").replace(" :", ":").replace(": ", ":")
    found = []
    for m in re.finditer(r"(?<![\d.:])(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\b\.?|p\.?m\b\.?)?(?![\d:])", text):
        hour, minute, half = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").replace(".", "")
        if half == "" and m.group(2) is None or minute > 59 or hour > 23 or half and not 1 <= hour <= 12:
            continue  # ("4": no time without its minutes or its half of the day)
        if half:
            hour = hour % 12 + (12 if half == "pm" else 0)
        found.append(hour * 60 + minute)
    for word, minutes in (("midnight", 0), ("noon", 720), ("midday", 720)):
        if word in words:
            found.append(minutes)
    if len(found) != 1:
        return None
    before = {toks[k].text.lower() for k in range(max(0, run[0].i - 2), run[0].i)}
    hedged = bool((before | set(words)) & HEDGES)
    return ("time", found[0], TUNING.hedged_time_minutes if hedged else 0)


def same_time(a: tuple, b: tuple) -> bool:
    """Two clock-time keys that may be one time: within the larger tolerance of the two (across midnight too)."""
    gap = abs(a[1] - b[1]) % 1440
    return min(gap, 1440 - gap) <= max(a[2], b[2])


def _acts_on_object(toks, verb) -> bool:
    """A verb of saying used as an act on a thing, not to report words: a noun for its object and no clause
    ("declared Liv Ekdal the winner", "announced a state of emergency"; not "said on Monday that ..."), or for its
    subject in the passive ("a curfew was announced on Monday")."""
    deps = {t.dep for t in toks if t.head == verb.i and t.i != verb.i}
    if deps & {"ccomp", "xcomp", "parataxis"}:
        return False
    if "dobj" in deps:
        return any(t.head == verb.i and t.dep == "dobj" and t.pos in ("NOUN", "PROPN") for t in toks)
    # the same act told in the passive: the thing acted on is the subject ("a curfew was announced on Monday"), or
    # the noun the participle describes ("the curfew, announced by the governor on Monday")
    if "auxpass" in deps:
        return any(t.head == verb.i and t.dep == "nsubjpass" and t.pos in ("NOUN", "PROPN") for t in toks)
    return verb.dep == "acl" and verb.tag == "VBN" and toks[verb.head].pos in ("NOUN", "PROPN")


DAY_PREPOSITIONS = {"on", "since", "by", "until", "till", "from"}
DAY_QUALIFIERS = {"late", "early"}


def _day_as_written(toks, run) -> tuple[int, int]:
    """Where the day is written, with the preposition that governs it and a "late"/"early" before that ("late on
    Monday", "on Tuesday", "since Saturday"): two versions of one fact's day read with their qualifiers ("late on
    Monday" and "early on Tuesday" may be one night). Its first and last token."""
    first, last = run[0].i, run[-1].i
    comma = next((t.i for t in run if t.text == "," and t.i < last and not _calendar_word(toks[t.i + 1].text)), None)
    if comma is not None:
        last = comma - 1  # the day, not what the tagger ran on into after a comma ("Sunday night, hours before")
    if last + 1 < len(toks) and toks[last].head == last + 1 and toks[last + 1].ent == "TIME" and toks[last + 1].pos == "NOUN":
        last += 1  # the part of the day the day names ("Wednesday evening", tagged a time)
    ids = set(range(first, last + 1))
    if first > 1 and toks[first - 1].text.lower() == "of" and toks[first].head == first - 1 and toks[first - 2].lemma.lower() in TIME_NOUNS \
            and toks[first - 1].head == first - 2:
        # a part of the day ("in the small hours of Friday", "on the morning of 3 May"): with its words and preposition
        noun = first - 2
        first = min([noun] + [t.i for t in toks if t.head == noun and t.i < noun])
        if first > 0 and toks[first - 1].pos == "ADP" and toks[noun].head == first - 1:
            first -= 1
        return first, last
    if first > 0 and toks[first - 1].text.lower() in DAY_PREPOSITIONS and any(toks[k].head == first - 1 for k in ids):
        first -= 1
    if first > 0 and toks[first - 1].text.lower() in DAY_QUALIFIERS and first - 1 not in ids:
        first -= 1
    return first, last


def _calendar_word(word: str) -> bool:
    """A word a date goes on with after a comma: a month, a weekday, a day's or a year's number ("Monday, March 9",
    "March 9, 2026")."""
    low = word.lower().rstrip(".")
    return low in WEEKDAYS or _month(low) is not None or low.isdigit()


def _month(word: str) -> int | None:
    """The month a word names, in full or shortened ("march", "mar", "sept"), counted from 0; or None."""
    return next((k for k, m in enumerate(MONTHS) if word == m or len(word) >= 3 and m.startswith(word)), None)


def _as_told(toks, run, written: tuple[int, int], verb) -> str:
    """The day as the source tells it with the verb it dates: the words from the verb to the day's phrase (its
    `written` first and last token) ("quit on Friday, June 5", "sank off Holmia on Wednesday"), and the noun the day
    modifies ("appears in the October 12 issue"); the phrase alone when the verb comes after it, when they are more
    than TUNING.told_max_words words apart, or when a clause's punctuation comes between them."""
    first, last = written
    phrase = span_text(toks[first:last + 1])
    root = next((t for t in run if t.head not in {u.i for u in run}), run[-1])
    if last + 1 < len(toks) and root.head == last + 1 and root.dep in ("compound", "nmod") and toks[last + 1].pos == "NOUN":
        last += 1  # ("the October 12 issue")
    if verb.i > first:
        return phrase  # (a verb after the day reads as no phrase of its own: "on Thursday cut", "on Tuesday has become")
    start, end = verb.i, last
    between = [t for t in toks[start:end + 1] if not first <= t.i <= written[1]]
    if end - start + 1 > TOLD_MAX_WORDS or any(t.pos == "PUNCT" and t.text not in ("-", "'", "’") for t in between):
        return phrase
    return span_text(toks[start:end + 1])


TOLD_MAX_WORDS = TUNING.told_max_words


def _time_as_written(toks, run) -> tuple[int, int]:
    """Where a time of day is written, with the words that hedge it before it ("shortly after 6am", "about 5:20
    a.m."): its first and last token."""
    first = run[0].i
    while first > 0 and run[0].i - first < 2 and toks[first - 1].text.lower() in HEDGES | {"after", "before"}:
        first -= 1
    return first, run[-1].i


def _other_days(a: tuple[Dated, ...], b: tuple[Dated, ...]) -> bool:
    """Whether two claims date one verb to days of one kind that have none in common."""
    days_a: dict[tuple, set] = defaultdict(set)
    for d in a:
        days_a[(d.anchor, d.key[0])].add(d.key)
    days_b: dict[tuple, set] = defaultdict(set)
    for d in b:
        days_b[(d.anchor, d.key[0])].add(d.key)
    return any(days_b[k] and not days_a[k] & days_b[k] and not (k[1] == "time" and any(same_time(x, y) for x in days_a[k] for y in days_b[k]))
               for k in days_a if k in days_b)


def _versions(a: frozenset[float], b: frozenset[float]) -> bool:
    """Some number of one and some number of the other may be two versions of one figure (within a factor of 20:
    "cost 42 million" / "45 million"); not "sold 20 million records" and "aged 46", nor numbers one of them
    left unsaid."""
    return not a or not b or any(versions_of_one_count((x, x), (y, y)) and x != y for x in a for y in b)


def shared_content_words(a: Claim, b: Claim) -> set[str]:
    """The content words two claims share, names and numbers aside."""
    return {t for t in a.terms.keys() & b.terms.keys() if t[0] not in "@#"} - a.name_words - b.name_words


def group_claims(claims: list[Claim]) -> list[Group]:
    """Group claims stating the same fact across sources; candidates by blocking on rare shared terms."""
    df = Counter(t for c in claims for t in c.terms)
    # a term every source uses for one fact is not a common term, however few sentences a small story has
    cap = max(3, len({c.source for c in claims}), int(MAX_DF_SHARE * len(claims)))
    topic = frozenset(t for t, d in df.items() if d > max(3, TOPIC_SHARE * len(claims)))  # the story's own words
    index: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        for t in c.terms:
            if df[t] <= cap:
                index[t].append(i)
    links = []
    linked: dict[int, set[int]] = defaultdict(set)
    for i, c in enumerate(claims):
        # the claims sharing most of this one's rarer terms, at most CANDIDATES of them: however many sources
        # report a fact, each claim is compared with a bounded number of others (linear cost); the groups still
        # join up through the links
        rare = sorted((t for t in c.terms if 1 < df[t] <= cap), key=lambda t: (df[t], t))[:RARE_TERMS]
        candidates = Counter(j for t in rare for j in _near(index[t], i) if j != i and claims[j].source != c.source)
        for j, _shared in candidates.most_common(CANDIDATES):
            if j < i and i in linked[j]:
                continue
            linked[i].add(j)
            sim = cosine(c, claims[j])
            if same_fact(c, claims[j], sim, topic):
                links.append((sim, min(i, j), max(i, j)))
    group_of = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    for _sim, i, j in sorted(links, key=lambda x: (-x[0], x[1], x[2])):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        a, b = members[gi], members[gj]
        if {claims[k].source for k in a} & {claims[k].source for k in b}:
            continue
        # every claim of the smaller group must state the same fact as the larger group's seed claim
        big_key, small_key = (gi, gj) if len(a) >= len(b) else (gj, gi)
        big, small = members[big_key], members[small_key]
        if not all(same_fact(claims[big[0]], claims[k], topic=topic) for k in small):
            continue
        for k in small:
            group_of[k] = big_key
        members[big_key] = big + small
        del members[small_key]
    return [Group([claims[k] for k in sorted(ks)]) for ks in members.values()]


def ranked(group: Group) -> list[Claim]:
    """The group's claims, clearest wording first: central in its group, self-contained, not too long."""
    shared = Counter(t for o in group.claims for t in o.terms)
    sample = group.claims[:CENTRALITY_SAMPLE + 1]

    def score(c: Claim) -> float:
        centrality = sum(cosine(c, o) for o in sample if o is not c) * (len(group.claims) - 1) / max(len(sample) - any(o is c for o in sample), 1)
        # informative: carries the terms the group's sentences share
        centrality += 0.1 * sum(1 for t in c.terms if shared[t] > 1)
        length = words(c.sentence.text)
        return centrality - (0.6 if c.leans else 0) - 0.03 * max(0, length - 32) - 0.03 * max(0, 10 - length)

    return sorted(group.claims, key=lambda c: (-round(score(c), 6), c.position, c.source))


def _near(postings: list[int], i: int) -> list[int]:
    """At most POSTINGS claims of a term's (ascending) postings list, those nearest to claim i: a term that
    thousands of claims share is not scanned in full for each of them (claims of one fact are alike, so the
    links between neighbours still join the whole group)."""
    if len(postings) <= POSTINGS:
        return postings
    at = bisect.bisect_left(postings, i)
    start = min(max(0, at - POSTINGS // 2), len(postings) - POSTINGS)
    return postings[start:start + POSTINGS]


def word_budget(analysed: Story | tuple[AnalysedSource, ...]) -> int:
    """The brief's length scales with the material: BUDGET_SHARE of the words of the distinct source text (a
    paragraph repeated by several sources counts once), at most WORD_BUDGET and at least MIN_BUDGET."""
    seen, total = set(), 0
    for a in analysed:
        for paragraph in a.source.paragraphs:
            key = norm_text(paragraph)
            if key not in seen:
                seen.add(key)
                total += len(paragraph.split())
    return min(WORD_BUDGET, max(MIN_BUDGET, int(BUDGET_SHARE * total)))


def story_claims(analysed: Story | tuple[AnalysedSource, ...], entities: tuple[Entity, ...],
                 counted: dict[str, list] | None = None) -> list[Claim]:
    """The claims of the story's sentences, with their TF-IDF vectors (what the brief and the disagreements
    compare)."""
    claims = claims_of(analysed, entities, counted)
    _vectorise(claims)
    return claims


def build_brief(analysed: Story | tuple[AnalysedSource, ...], entities: tuple[Entity, ...], budget: int | None = None,
                counted: dict[str, list] | None = None, claims: list[Claim] | None = None,
                superseded: frozenset[str] = frozenset()) -> tuple[BriefSentence, ...]:
    """The brief's sentences; `counted`, the counts the figures stage found (figures.counted_values: by kind, each
    with its value, source and sentence), lets the brief tell two versions of one count once; `claims`, the
    story's claims (story_claims) when the caller has them; `superseded`, the sources a later, marked update of
    the same report replaces (reports.superseded_versions), whose sentences the brief does not tell."""
    analysed = Story.of(analysed)
    budget = word_budget(analysed) if budget is None else budget
    if claims is None:
        claims = claims_of(analysed, entities, counted)
        idf = _vectorise(claims)
    else:
        idf = _idf(claims)  # (vectorised by story_claims)
    claims = [c for c in claims if c.source not in superseded]
    if not claims:
        return ()
    groups = group_claims(claims)
    rel = relevance(claims)
    leads = lead_groups(groups, claims, analysed, rel)
    chosen = _select(groups, idf, len(analysed), budget, rel, leads)
    return _lay_out(chosen, analysed, idf, len(leads))


LEAD_SENTENCES = TUNING.lead_sentences
LEAD_REACTION = TUNING.lead_reaction
REPORTING_ROOTS = words_of("reporting_roots")
LEAD_REPEAT = TUNING.lead_repeat
LEAD_WINDOW = TUNING.lead_window
FIRST_PERSON = words_of("first_person")
OPINION_MODALS = words_of("opinion_modals")


def news_weight(a: AnalysedSource) -> float:
    """How much an article reads as a news report rather than opinion, analysis or a reaction piece: first
    person, "should"/"must" and questions outside quotation marks each lower it (1.0: none of them)."""
    spans = dict(enumerate(article_quoted_spans(a.source.paragraphs)))
    first = modal = questions = 0
    for s in a.sentences:
        inside = spans.get(s.paragraph, [])
        outside = [t for t in s.tokens if not any(b <= t.start < e for b, e in inside)]
        if not outside:
            continue
        low = {t.text.lower() for t in outside}
        # a first-person pronoun, not the country written in capitals ("the US")
        first += any(t.pos == "PRON" and t.text.lower() in FIRST_PERSON and (t.text == "I" or not t.text.isupper()) for t in outside)
        modal += bool(low & OPINION_MODALS)
        questions += s.text.rstrip("\"'”’ ").endswith("?") and not any(b <= s.start + len(s.text) - 2 < e for b, e in inside)
    n = max(len(a.sentences), 1)
    return max(TUNING.news_floor, 1.0 - TUNING.news_first_person * first / n - TUNING.news_modal * modal / n
               - TUNING.news_questions * questions / n)


def _says_what_happened(claim: Claim) -> bool:
    """A lead sentence names something (an entity or a number) and has an action for its main verb: not a
    teaser built on "be" ("The old town is lovely.", "The old bridge is a local favourite."), nor a
    reply to the sentence before ("However, ...")."""
    opening = claim.sentence.tokens[0].text.lower() if claim.sentence.tokens else ""
    return bool(claim.anchors) and claim.core[1] not in (None, "be") and not claim.leans and opening not in CONTRAST_START \
        and not _leans_on_a_person(claim) and claim.sentence.text.lstrip()[:1] not in LEAD_QUOTE_MARKS \
        and not _background_or_teaser(claim.sentence)


def _background_or_teaser(sentence: Sentence) -> bool:
    """'Regulators had accused the company of hiding faults': the past perfect tells what came before the news,
    background, not what happened; 'Two flares, a broken goal and a downpour: the final was anything but dull': a
    list before a colon, then the clause, is a feature's opening, which teases what the report's lead tells."""
    toks = sentence.tokens
    root = next((t for t in toks if t.head == t.i), None)
    if root is None:
        return False
    if root.tag == "VBN" and any(t.head == root.i and t.dep == "aux" and t.lemma.lower() == "have" and t.tag == "VBD" for t in toks):
        return True
    colon = next((t.i for t in toks[:root.i] if t.text == ":"), None)
    return colon is not None and not any(t.pos in ("VERB", "AUX") and t.dep in ("ROOT", "ccomp") for t in toks[:colon])


PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
PERSON_NOUNS = person_nouns()


def _leans_on_a_person(claim: Claim) -> bool:
    """A "he" or "her" in a sentence that names no person of the glossary, nor says one by a noun ("The party
    expelled him this month"): who it is, the sentence before said; a lead sentence does not lean on one. ("At
    his last rally, Erik Holm ..." names him after.)"""
    toks = claim.sentence.tokens
    return any(t.pos == "PRON" and t.text.lower() in PERSON_PRONOUNS for t in toks) and not claim.people and not any(
        t.pos == "NOUN" and t.lemma.lower() in PERSON_NOUNS for t in toks)


def lead_groups(groups: list[Group], claims: list[Claim], analysed, rel: dict[int, float] | None = None) -> list[Group]:
    """The groups that tell what happened, from the articles' own leads: each candidate (a claim among an
    article's first sentences that says what happened) scores by how much the other articles' leads say the
    same (centrality among leads), times how much its article reads as news; then the next best that does not
    repeat a chosen one, up to LEAD_SENTENCES."""
    weights = {a.source.id: news_weight(a) for a in analysed}
    if rel and len(weights) > 2:  # an article about something else (filed with the story) does not lead it (of two
        # articles, neither is the odd one out)
        mean_rel: dict[str, list[float]] = defaultdict(list)
        for c in claims:
            mean_rel[c.source].append(rel[id(c)])
        on_topic = {src: sum(v) / len(v) for src, v in mean_rel.items()}
        top = max(on_topic.values())
        if top > 0:
            for src in weights:
                weights[src] *= max(0.0, on_topic.get(src, 0.0) / top) ** TUNING.lead_on_topic
    # (the standfirst under a headline summarises or teases the article: no report's lead)
    standfirst = {a.source.id: a.source.standfirst for a in analysed}
    heads = [c for c in claims if c.sentence.index < LEAD_WINDOW and c.sentence.paragraph >= standfirst.get(c.source, 0)]
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in heads:
        by_source[c.source].append(c)
    if len(by_source) < 2:
        return []
    group_of = {id(c): g for g in groups for c in g.claims}
    # each candidate is compared with the leads of at most LEAD_PEERS other articles, spread evenly over them
    # (all of them in a story of a few articles): linear, however many articles there are
    peers = list(by_source)
    if len(peers) > TUNING.lead_peers + 1:
        step = len(peers) / (TUNING.lead_peers + 1)
        peers = [peers[int(k * step)] for k in range(TUNING.lead_peers + 1)]
    scored = []
    for c in heads:
        if not _says_what_happened(c) or id(c) not in group_of:
            continue
        others = [max(cosine(c, o) for o in by_source[src]) for src in peers if src != c.source][:TUNING.lead_peers]
        centrality = sum(others) / len(others)
        reaction = LEAD_REACTION if _reacts(c) else 1.0  # "X said the day was important" reacts
        scored.append((centrality * weights[c.source] * (1.0 - TUNING.lead_position * c.sentence.index) * reaction, c))
    # (of equal scores, as the leads of two articles are, the one that names more: who, where, when, how many)
    scored.sort(key=lambda x: (-x[0], -len(x[1].anchors), x[1].position, x[1].source))
    chosen: list[Group] = []
    picked: list[Claim] = []
    for score, c in scored:
        g = group_of[id(c)]
        if score <= 0 or g in chosen or any(_redundant(c, p) or cosine(c, p) >= LEAD_REPEAT for p in picked):
            continue
        chosen.append(g)
        picked.append(c)
        if len(chosen) == LEAD_SENTENCES:
            break
    return chosen


def _tells_the_group(claim: Claim, group: Group) -> bool:
    """The claim's main clause (its verb with its subject and objects: clauses of time, cause or comment and
    phrases of place and time set aside; a reported clause kept) holds a word or number that half the other
    wordings of its group or more hold too: the sentence states what the group's sentences share, not a consequence
    with the fact in a clause after it."""
    others = [o for o in group.claims if o is not claim]
    if not others:
        return True
    toks = claim.sentence.tokens

    def in_main_clause(i: int) -> bool:  # (no head on its way up to the root opens an aside; a bounded climb)
        for _ in range(MAIN_CLAUSE_DEPTH):
            if toks[i].head == i:
                return True
            if toks[i].dep in ASIDE_CLAUSES:
                return False
            i = toks[i].head
        return False

    main = claim_terms(replace(claim.sentence, tokens=tuple(t for t in toks if in_main_clause(t.i))), set())
    return any(sum(w in o.terms or w in o.name_words for o in others) * 2 >= len(others) for w in main)


ASIDE_CLAUSES = {"advcl", "relcl", "acl", "parataxis", "npadvmod", "prep"}  # clauses of time, cause, comment, and phrases
MAIN_CLAUSE_DEPTH = 20  # heads climbed at most from a word to its sentence's root


def _second_reference(claim: Claim) -> bool:
    """The main clause's subject is a definite noun with an age and no name ("The 40-year-old harbour master", "the
    33-year-old skipper"): news refers back so to someone the sentence before named."""
    toks = claim.sentence.tokens
    root = next((t for t in toks if t.head == t.i), None)
    subject = next((t for t in toks if root is not None and t.head == root.i and t.dep in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos != "NOUN" or not any(t.head == subject.i and t.dep == "det" and t.text.lower() == "the" for t in toks):
        return False
    det = next(t for t in toks if t.head == subject.i and t.dep == "det")
    between = toks[det.i + 1:subject.i]
    aged = any(t.text.lower() == "old" and k >= 2 and between[k - 1].text == "-" and between[k - 2].text.lower() in ("year", "years")
               for k, t in enumerate(between))  # ("55-year-old" is five tokens)
    return aged and not any(t.pos == "PROPN" for t in between)


def _reacts(claim: Claim) -> bool:
    """A sentence whose main verb reports what someone said or how they reacted ("The mayor said the day was
    important", "Anna Berg praised the rescuers", "Dr Holm said the data would improve forecasts"), not one that
    reports an event on someone's word: "At least 31 people were killed, officials said" and "Officials said the
    dam gave way at 4 a.m." tell what happened (the clause said has an action for its verb, not "be", and tells
    it in the past: no modal, no present)."""
    if claim.core[1] not in REPORTING_ROOTS:
        return False
    toks = claim.sentence.tokens
    root = next(t for t in toks if t.head == t.i)
    told = [t for t in toks if t.head == root.i and t.dep == "ccomp"]
    return not any(t.pos == "VERB" and t.lemma.lower() not in EVENTLESS_VERBS and t.tag in ("VBD", "VBN")
                   and not any(a.head == t.i and a.tag == "MD" for a in toks) for t in told)


def relevance(claims: list[Claim]) -> dict[int, float]:
    """How much each claim is about the story the *other* sources tell: lexical cosine with the mean of the
    other sources' centroids (each source counts once, however long).  An off-topic article, such as an
    opinion piece filed with the story, scores low throughout."""
    by_source: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for c in claims:
        for t, x in c.vector.items():
            by_source[c.source][t] += x
    centroids = {}
    for src, v in by_source.items():
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        centroids[src] = {t: x / norm for t, x in v.items()}
    total: dict[str, float] = defaultdict(float)
    for v in centroids.values():
        for t, x in v.items():
            total[t] += x
    out: dict[int, float] = {}
    others = max(len(centroids) - 1, 1)
    for c in claims:
        own = centroids[c.source]
        score = sum(x * (total[t] - own.get(t, 0.0)) / others for t, x in c.vector.items())
        out[id(c)] = score
    return out


def _select(groups: list[Group], idf: dict[str, float], nsources: int, budget: int, rel: dict[int, float] | None = None,
            leads: list[Group] | None = None) -> list[tuple[Group, Claim]]:
    """Greedy choice of (group, wording) pairs by information per word until the budget is spent.  A group is
    told in its clearest wording; when that wording repeats what is already chosen, or adds too little, the
    group's next wording is tried (one source says "stopped the search" in a sentence that retells the crash,
    another says it in ten words)."""
    wordings = {id(g): ranked(g) for g in groups}
    if rel:
        values = sorted(rel.values())
        median = values[len(values) // 2] or 1e-9
    weight = (lambda c: min(1.5, max(0.25, max(rel[id(x)] for x in c) / median))) if rel else (lambda _claims: 1.0)
    # an article mostly about something else (a match report, an opinion piece) lends its sentences less weight
    share: dict[str, float] = {}
    if rel and TUNING.body_on_topic:
        means: dict[str, list[float]] = defaultdict(list)
        for g in groups:
            for c in g.claims:
                means[c.source].append(rel[id(c)])
        on_topic = {src: sum(v) / len(v) for src, v in means.items()}
        top = max(on_topic.values()) or 1e-9
        share = {src: max(0.0, v / top) ** TUNING.body_on_topic for src, v in on_topic.items()}
    covered: set[str] = set()
    chosen: list[tuple[Group, Claim]] = []
    used = 0
    remaining = list(groups)
    # the lead first: what happened, from the articles' leads (lead_groups), each in its lead wording
    for g in leads or []:
        # its lead wording, one that does not tell again what a lead sentence before it told (a group may hold
        # "about 2 billion euros passed through the bank" and "must pay 45 million euros after ... 2 billion euros")
        fresh = [c for c in wordings[id(g)] if not any(_redundant(c, told) for _, told in chosen)] or wordings[id(g)]
        fitting = [c for c in fresh if c.sentence.index < LEAD_WINDOW and _says_what_happened(c)]
        # (in words whose main clause tells the group's fact, not a consequence with the fact in a clause after it:
        # "Stalls stayed closed all week, since the harbour master quit" tells the stalls)
        fitting.sort(key=lambda c: not _tells_the_group(c, g))
        # (and in words that name whom they tell of, not by a surname the lead has not given in full: "Holm is
        # pressuring both sides" before "Harbour chief Erik Holm")
        introduced = {p for _, told in chosen for p in told.people - told.short_named}
        fitting.sort(key=lambda c: bool(c.short_named - introduced))
        if not chosen:  # (the brief's first sentence names whom it tells of: see _second_reference)
            fitting.sort(key=_second_reference)
        lead = next(iter(fitting), fresh[0])
        chosen.append((g, lead))
        covered.update(lead.terms)
        used += words(lead.sentence.text)
        remaining.remove(g)
    # failing that, the story's opening fact: the group holding most of the articles' first sentences
    ledes = [g for g in groups if any(c.sentence.index == 0 for c in g.claims)] if not leads else []
    if ledes:
        lede = max(ledes, key=lambda g: (sum(c.sentence.index == 0 for c in g.claims), len(g.sources), -words(wordings[id(g)][0].sentence.text)))
        opening = wordings[id(lede)][0]
        chosen.append((lede, opening))
        covered.update(opening.terms)
        used += words(opening.sentence.text)
        remaining.remove(lede)
    rejected: set[int] = set()  # wordings found redundant with a chosen sentence

    def candidate(g: Group) -> tuple[float, Claim | None]:
        for rep in wordings[id(g)][:WORDINGS]:
            if id(rep) in rejected:
                continue
            length = words(rep.sentence.text)
            if used + length > budget or rep.leans or rep.voiced:
                continue  # out of its article, "That is twice the toll of any flood before it" says nothing; a
                # column's wording tells its writer's view ("The lesson is plain, and it is hard."): a fact it
                # shares with a report is told in the report's words
            gain = sum(idf[t] for t in rep.terms if t not in covered)
            total = sum(idf[t] for t in rep.terms) or 1.0
            if gain < MIN_NEW_SHARE * total:
                continue
            score = gain * (1 + SOURCES_BONUS * (len(g.sources) - 1) / max(nsources - 1, 1)) * (1.3 - 0.6 * g.position)
            score *= FIGURE_BONUS if any(t[0] == "#" and t not in covered for t in rep.terms) else 1.0  # a figure not yet told
            score *= weight(g.claims) if nsources > 2 else 1.0  # about the story the sources share
            if share and nsources > 2:
                score *= max(share.get(src, 1.0) for src in g.sources)
            score /= max(length, 8) ** LENGTH_EXPONENT  # information per word: more facts fit the budget
            return score, rep
        return 0.0, None

    # lazy greedy: a group's score only falls as the chosen sentences cover more terms and spend more words,
    # so a stale score is an upper bound; only the top of the heap is ever recomputed
    heap = []
    for seq, g in enumerate(remaining):
        score, rep = candidate(g)
        if rep is not None:
            heap.append((-score, seq, g))
    heapq.heapify(heap)
    while heap:
        _, seq, best = heapq.heappop(heap)
        best_score, rep = candidate(best)
        if rep is None:
            continue
        if heap and best_score < -heap[0][0]:
            heapq.heappush(heap, (-best_score, seq, best))
            continue
        clash = next((i for i, (_, other) in enumerate(chosen) if _redundant(rep, other)), None)
        if clash is not None:
            # the same fact again: keep the wording more sources report
            old_group, old_rep = chosen[clash]
            swap = used - words(old_rep.sentence.text) + words(rep.sentence.text)
            if len(best.sources) > len(old_group.sources) and swap <= budget and clash >= max(1, len(leads or [])) \
                    and not any(_redundant(rep, other) for k, (_, other) in enumerate(chosen) if k != clash):
                chosen[clash] = (best, rep)
                covered.update(rep.terms)
                used = swap
            else:
                rejected.add(id(rep))  # the group may still be told in another wording
                heapq.heappush(heap, (-best_score, seq, best))
            continue
        chosen.append((best, rep))
        covered.update(rep.terms)
        used += words(rep.sentence.text)
    return chosen


def _redundant(a: Claim, b: Claim) -> bool:
    lex = lexical(a, b)
    shared = shared_content_words(a, b)
    # alike, and not only in the names of places and organisations: "The Harbour Fire ... is now half contained" and
    # "The count of homes lost to the Harbour Fire ... rose to 120" share two names and nothing else;
    # the people a sentence is about are part of its fact ("Vesterland's envoys Anna Berg and Peter Holm will
    # represent the island" / "... the government is expected to send envoy Anna Berg and ... Peter
    # Holm")
    if (lex >= 0.4 or (cosine(a, b) >= REDUNDANT and lex >= REDUNDANT_LEXICAL)) \
            and len(shared) + len(a.people & b.people) >= MIN_SHARED_WORDS:
        return True
    if lex >= REDUNDANT_MANY_LEXICAL and len(shared) >= REDUNDANT_MANY_WORDS:
        return True  # many content words in common, told otherwise ("the rivets and the welds ... rusted by sea salt" / "rusted rivets and welds worn by sea salt")
    subject, verb = a.core
    # one figure with one verb: "Eight swimmers were quickly rescued ..." / "Eight people were rescued ..."
    if verb not in EVENTLESS_VERBS and verb == b.core[1] and _figures(a) & _figures(b):
        return True
    # one action at one time: "Back in March, the Cable Board gave Nordvik Labs and four other cable makers a
    # deadline" / "Board chair Anna Berg in March gave five cable makers ..."
    if len(shared) >= 3 and a.events & b.events:
        return True
    # two versions of one count (a death toll): the brief tells it once, the disagreement lists both
    if any(k == j and versions_of_one_count(v, w) for k, v in a.counts for j, w in b.counts) and cosine(a, b) >= 0.2:
        return True
    # two short sentences with one subject and one verb: "A review is under way." / "A
    # investigation is currently underway."
    if words(a.sentence.text) > SHORT or words(b.sentence.text) > SHORT:
        return False
    return subject is not None and (subject, verb) == b.core


SHORT = TUNING.short
REDUNDANT_MANY_WORDS = TUNING.redundant_many_words
REDUNDANT_MANY_LEXICAL = TUNING.redundant_many_lexical
EVENTLESS_VERBS: frozenset[str | None] = words_of("eventless_verbs") | {None}  # (None: a sentence with no verb)


def _figures(claim: Claim) -> set[str]:
    """The numbers of a sentence that are not years."""
    return {n for n in claim.numbers if not re.fullmatch(r"#\d{4}", n)}


def _events(sentence: Sentence) -> frozenset[tuple[str, str]]:
    """(verb, time) pairs of a sentence: each action verb with each named time ("give", "september")."""
    toks = sentence.tokens
    verbs = {t.lemma.lower() for t in toks if t.pos == "VERB" and t.lemma.lower() not in EVENTLESS_VERBS}
    times = {t.lemma.lower() for t in toks if t.ent == "DATE" and t.text[:1].isupper()}
    return frozenset((v, w) for v in verbs for w in times)


def _core(sentence: Sentence) -> tuple[str | None, str | None]:
    """(subject lemma, root lemma) of a sentence."""
    toks = sentence.tokens
    root = next((t for t in toks if t.head == t.i), None)
    if root is None:
        return None, None
    subject = next((t for t in toks if t.head == root.i and t.dep in ("nsubj", "nsubjpass")), None)
    return (subject.lemma.lower() if subject is not None else None), root.lemma.lower()


def _lay_out(chosen: list[tuple[Group, Claim]], analysed, idf, nlead: int = 0) -> tuple[BriefSentence, ...]:
    """Lead first (what happened, as chosen by lead_groups; failing that, the most reported facts from the
    articles' openings), then sections in reading order."""
    order = Story.of(analysed).order
    if nlead:
        lead = chosen[:nlead]
    else:
        # facts that open an article (its first two claims), the most widely reported first
        openers = sorted((gc for gc in chosen if any(c.sentence.index <= 1 for c in gc[0].claims)), key=lambda gc: (-len(gc[0].sources), gc[0].position))
        lead = sorted(openers[:3] or chosen[:1], key=lambda gc: (min(c.sentence.index for c in gc[0].claims), gc[0].position))
    rest = [gc for gc in chosen if gc not in lead]
    sections = [("Lead", lead)] + _sections(rest, idf)
    out = []
    for title, items in sections:
        for g, rep in items:
            evidence = []
            for source in sorted(g.sources, key=order.__getitem__):
                claim = next(c for c in g.claims if c.source == source)
                evidence.append(Evidence(source, claim.sentence.paragraph, claim.sentence.text))
            out.append(BriefSentence(section=title, text=rep.sentence.text, sources=tuple(e.source for e in evidence), evidence=tuple(evidence)))
    return tuple(out)


def _sections(items: list[tuple[Group, Claim]], idf) -> list[tuple[str, list]]:
    """Sections decided by the content: repeatedly take the noun that the most remaining sentences are about
    (weighted by how specific it is), give it the sentences that use it, and title the section with it; what
    is left forms a last section.  Sections follow the order in which the articles raise them."""
    if not items:
        return []
    nouns = {id(gc): _topic_nouns(gc[1].sentence) for gc in items}
    remaining = list(items)
    sections: list[tuple[str, list]] = []
    while len(remaining) >= 2 and len(sections) < 6:
        counts: Counter = Counter()
        for gc in remaining:
            counts.update(set(nouns[id(gc)]))
        topic = max(counts, key=lambda n: (counts[n], -idf.get(stem(n), 1.0), n), default=None)  # ties: the more central noun
        if topic is None or counts[topic] < 2:
            break
        members = [gc for gc in remaining if topic in nouns[id(gc)]]
        remaining = [gc for gc in remaining if topic not in nouns[id(gc)]]
        surface = Counter(form for gc in members for form in nouns[id(gc)].get(topic, []))
        title = surface.most_common(1)[0][0]
        sections.append((title[:1].upper() + title[1:], members))
    # what is left joins the section it is closest to, when it is close to one
    left = []
    for gc in remaining:
        best = max(sections, key=lambda sec: max(cosine(gc[1], other[1]) for other in sec[1]), default=None)
        if best is not None and (len(remaining) == 1 or max(cosine(gc[1], other[1]) for other in best[1]) >= 0.25):
            best[1].append(gc)
        else:
            left.append(gc)
    if left:
        sections.append(("Other details" if sections else "Details", left))
    for _, members in sections:
        members.sort(key=lambda gc: gc[0].position)
    sections.sort(key=lambda sec: (sec[0] in ("Other details", "Details"), min(gc[0].position for gc in sec[1])))
    return sections


def _topic_nouns(sentence: Sentence) -> dict[str, list[str]]:
    """Nouns a sentence is about (lemma -> surface forms), for section topics."""
    out: dict[str, list[str]] = {}
    for t in sentence.tokens:
        if t.pos == "NOUN" and t.text.isalpha() and len(t.text) > 3 and not t.stop and t.lemma.lower() not in NOT_A_TOPIC and not t.ent:
            out.setdefault(t.lemma.lower(), []).append(t.text.lower())
    return out


NOT_A_TOPIC = words_of("not_topics")
