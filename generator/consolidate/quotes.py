"""Direct quotations, attributed to their speakers and merged across sources.

A quotation is the text between quotation marks (four words or more), found per paragraph so that it may span
sentences, and continued into the next paragraph when the article leaves it open there.  A quote given to the
wrong person is worse than one with no speaker, so the speaker comes only from the quotation's own frame, in
the forms news style uses, and is otherwise left out:

- the reporting verb after it ('"...," Holm said', '"...," said engineer Tomas Brandt', '"...?" tweeted ...'),
  or one it depends on before it ('Holm said: "..."', 'he said the decision was "a disgrace"'; never through
  a relative clause of something else: 'moves residents had called "a provocation"' is not the main verb's);
  "according to X"; or, opening the sentence after one that reports a named speaker's words, that speaker;
- the verb's subject: a name (an organisation only in a compound before a message noun, "a Council statement",
  never in a person's title, "Nordvik co-founder Jane Holm"); a name the tagger missed that is a name or
  surname of one entity named before; "he"/"she": the main-clause subject before it in the paragraph whose
  gender, where the articles show it, agrees, or the only person there, or the only person the paragraph before
  names; "who" after a name; "the company"/"the president": the one entity so named or described;
- after an inverted verb ('"...," said University of Lindmark psychologist Jane Holm') the person the noun
  phrase ends with, never its employer, and never the one spoken to ('she told Harbour Radio');
- the sentence after it saying whose words they were ('That is the view of Anna Holm', 'The words are those of
  ...', 'The warning came from ...', 'That was how Erik Berg described it');
- a quotation with no frame continues the one before only when it is a sentence of its own in the same
  paragraph, or a paragraph of nothing but quotation right after it (unless the paragraph after it brings in
  someone new: the words may be theirs); such a paragraph right after one that reports a named speaker's words
  ('Holm said ...') is that speaker's.  Words quoted inside a narrative sentence are nobody's.

The same words reported by several sources with small differences ("come to the table fast" / "come to the
table, fast") become one quote citing them all, with the fullest wording shown; when sources give them to two
different people as often, it has no speaker.
"""
from __future__ import annotations

import re
from collections import ChainMap, Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from ..contents import AnalysedSource, Discrepancy, Entity, Quote, Sentence, Variant
from .lang import groups, honorific_sex, person_nouns, sex_of_given_name, shared_cased_words, shared_words, title_in_full, words
from .entities import name_given, shared_surnames
from .tuning import TUNING
from .story import Story
from .text import (OPEN_QUOTES, WORDS_TOPIC, british_or_american, continues_quotation, hyphen_joins, norm, quoted_spans,
                   single_quoted_spans, span_text, under)

ATTRIBUTION_LEMMAS = words("attribution_lemmas") | words("quoting_acts")
PERSON_PRONOUNS = {"he", "she", "him", "her"}
MIN_WORDS = TUNING.min_words
RARE_WORDS = TUNING.rare_words


@dataclass
class _Raw:
    source: str
    text: str
    speaker: Entity | None
    within: bool = False  # a quotation within a quotation (_within)


def quotes_and_misquotes(analysed: Story | tuple[AnalysedSource, ...],
                         entities: tuple[Entity, ...]) -> tuple[tuple[Quote, ...], tuple[Discrepancy, ...]]:
    """The story's quotes, and where sources quote the same words differently (a word of the quotation is
    another word in another source: "reach anywhere in the country" / "reach everywhere in the country")."""
    story = Story.of(analysed)
    mentions: dict[tuple[str, int], list[tuple[int, int, Entity]]] = {}
    for e in entities:
        for ref in e.mentions:
            mentions.setdefault((ref.source, ref.paragraph), []).append((ref.start, ref.end, e))
    genders = _genders(story, entities)
    raw: list[_Raw] = []
    bearers: dict[str, set[str]] = defaultdict(set)  # a word of a person's name -> the people of the story whose name holds it
    for e in entities:
        if e.type == "person" and len(e.name.split()) > 1:
            for word in norm(e.name).split():
                bearers[word].add(e.id)
    for a in story:
        raw.extend(_quotes_of(a, mentions, genders, bearers))
    shared = shared_surnames(entities)  # (whose words "Holm said" gives, the glossary could not tell, so nobody's)
    raw = [replace(r, speaker=None) if r.speaker is not None and r.speaker.id in shared else r for r in raw]
    merged = _merged(raw)
    return _quotes(merged, story.order), tuple(_misquotes(merged, story.order))


def _genders(analysed: Story | tuple[AnalysedSource, ...], entities: tuple[Entity, ...]) -> dict[str, str]:
    """What the articles' own words say of each person's gender: an honorific or a gendered role noun in a name
    or a description (_gender), or an honorific written before any mention ("Mr Holm", "Ms. Berg"); nothing
    when the marks disagree."""
    paragraphs = {a.source.id: a.source.paragraphs for a in analysed}
    referred = _referred_to(analysed, entities)
    out: dict[str, str] = {}
    for e in entities:
        if e.type != "person":
            continue
        own = _gender(e)
        marks = ({own} if own is not None else set()) | referred.get(e.id, set())
        for ref in e.mentions:
            before = paragraphs[ref.source][ref.paragraph][max(0, ref.start - 8):ref.start].split()
            word = before[-1].lower().strip(".") if before else ""
            marks |= {HONORIFIC_SEX[word]} if word in HONORIFIC_SEX else set()
        if len(marks) == 1:
            out[e.id] = marks.pop()
    return out


def _referred_to(analysed: Story | tuple[AnalysedSource, ...], entities: tuple[Entity, ...]) -> dict[str, set[str]]:
    """The sex a pronoun gives the one person a sentence names, when the next sentence of its paragraph opens with
    that pronoun as its subject ("Anna Berg, the spokesperson, said four teams were searching. She said relatives
    had been asked ..."): the pronoun goes on about her, the subject.  Not when the sentence names anyone else the
    tagger took for a person."""
    people: dict[tuple[str, int], list[tuple[str, int, int]]] = defaultdict(list)  # (source, sentence) -> (who, where)
    for e in entities:
        if e.type == "person":
            for ref in e.mentions:
                people[(ref.source, ref.sentence)].append((e.id, ref.start, ref.end))
    out: dict[str, set[str]] = defaultdict(set)
    for a in analysed:
        for one, nxt in zip(a.sentences, a.sentences[1:]):
            named = people.get((a.source.id, one.index), [])
            opening = nxt.tokens[0] if nxt.tokens else None
            if len({who for who, _, _ in named}) != 1 or nxt.paragraph != one.paragraph or opening is None \
                    or opening.dep != "nsubj" or opening.text not in ("He", "She"):
                continue
            if all(any(st <= t.start < en for _, st, en in named) for t in one.tokens if t.ent == "PERSON" and t.text[:1].isupper()) \
                    and not any(_whose(one, st, en) for _, st, en in named):
                # (not a person named as someone's: "Anna Berg's husband was hurt. He said ..." is about him)
                out[named[0][0]].add(GENDERED[opening.text.lower()])
    return out


def _whose(sentence: Sentence, start: int, end: int) -> bool:
    """The name at `start` names whose someone is: a possessor ("Anna Berg's husband") or the object of "of" ("the
    husband of Anna Berg"; not "according to Anna Berg")."""
    toks = sentence.tokens
    head = _head_within(toks, start, end)
    return head is not None and (head.dep == "poss" or head.dep == "pobj" and toks[head.head].text.lower() == "of")


@dataclass
class _Said:
    """The attribution of one quotation: `found` when a reporting verb (or "according to") governs it, whether or
    not its subject is a named entity ("a spokesperson said": found, no speaker)."""

    found: bool
    speaker: Entity | None
    pronoun: str | None = None  # "he"/"she" said it (`speaker`: the one the paragraph names; None: nobody named nearby is who)


@dataclass(frozen=True)
class _Named:
    """A named person or organisation outside quotation marks: where, who, and whether it is the subject of its
    sentence's main clause (the antecedent news style gives a later "he said")."""

    paragraph: int
    start: int
    end: int
    entity: Entity
    main_subject: bool
    gender: str | None = None  # "m"/"f" where the articles show it (_genders)
    relative_of: str | None = None  # "m"/"f": described as someone's ("Anna Berg, his lawyer"), so not that "he"
    authored: str | None = None  # the message noun the sentence names as theirs ("a statement from Anna Berg"): "statement"
    under_pronoun: str | None = None  # "she": named inside the clause of a "she" subject, so not that "she" (_under_pronoun)
    silent: bool = False  # the subject of a sentence that says the person did not speak ("... but said nothing to the press")

    @property
    def not_gender(self) -> str | None:
        """The pronoun gender this person is not, by a given name of the other sex (evidence against only)."""
        if self.gender is not None or self.entity.type != "person":
            return None
        sex = _given_name_sex(self.entity)
        return None if sex is None else ("m" if sex == "f" else "f")


def _quotes_of(a: AnalysedSource, mentions, story_genders: dict[str, str], bearers: Mapping[str, set[str]] | None = None) -> list[_Raw]:
    out = []
    # and what this article's "she said" shows of the person it names (below), kept apart from the story's
    genders: ChainMap[str, str] = ChainMap({}, story_genders)
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in a.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    history: list[_Named] = []  # named people and organisations outside quotations, in reading order
    # quotation left open at the end of the previous paragraph: its words so far, the paragraph it opened in, and
    # the attribution of its opening ('Holm said: "... (no closing mark)' | '"...' | '... we can."')
    carried: tuple[str, int, _Said] | None = None
    previous: tuple[int, _Said, int] | None = None  # (paragraph, attribution, end) of the last quotation
    earlier: tuple[int, _Said, int] | None = None  # ... and of the last one in a paragraph before that one's
    for p, text in enumerate(a.source.paragraphs):
        if carried is not None and not continues_quotation(text):
            # a quotation goes on into a paragraph that opens one or closes it; one left open before any other
            # paragraph ends where its paragraph ends, and an unclosed quotation has no speaker
            out.extend(_unclosed(a, carried))
            carried = None
        spans = quoted_spans(text, open_at_start=carried is not None)
        sentences = by_paragraph.get(p, [])
        here = sorted(mentions.get((a.source.id, p), []), key=lambda m: m[0])
        outside = [_Named(p, st, en, ent, main, genders.get(ent.id), _relative_of(text, st, en),
                          under_pronoun=_under_pronoun(sentences, st, en), silent=main and _kept_silent(sentences, st))
                   for st, en, ent in here if not any(qa <= st < qb for qa, qb in spans)
                   for main in (_is_main_subject(sentences, st, en),)]
        outside = _authors(sentences, spans, outside)
        resolved: list[_Named] = []
        for qa, qb in spans:
            quote = text[qa:qb].strip().strip(",").strip()
            opened: _Said | None = None
            opened_at = p  # the paragraph the quotation opened in
            if carried is not None and qa <= 1:  # (after the mark that reopens it)
                quote, opened, opened_at = carried[0] + " " + quote, carried[2], carried[1]
            carrying = [s for s in sentences if s.end > qa and s.start < qb + 1] or sentences[-1:]
            if qb == len(text):  # left open: the quotation goes on in the next paragraph
                if opened is None:  # its opening's frame: 'Holm said: "...'
                    opened = _attribution(carrying, spans, outside, history, qa, qb, sentences)
                    if not opened.found:
                        opened = _reported_before(sentences, carrying, qa, spans, outside, history)
                    if not opened.found and p not in a.source.breaks:  # (a long quotation opening right after a
                        # paragraph reporting its speaker, in one section)
                        opened = _reported_paragraph_before(a, p, text, spans, by_paragraph, outside, history)
                    if not opened.found and p not in a.source.breaks:  # ('"...," Holm said. "We have ... / "...": one
                        # opening as a sentence of its own after hers, or as the next paragraph of hers; see _continued)
                        opened = _continued(previous, p, text, spans, outside, carrying, (qa, qb), earlier, history)
                carried = (quote, opened_at, opened)
                continue
            carried = None
            if _heading(text, spans):
                # a crosshead quoting words the article gives in full below ("'A long night on the quay'"): no one's next
                # paragraph (the quotes of the same words are merged with the one that has its speaker)
                if len(quote.split()) >= MIN_WORDS:
                    out.append(_Raw(a.source.id, _tidy(quote), None))
                continue
            closes = text[qa:qb].rstrip()[-1:] in (".", "?", "!", ",", "…")  # '"...," said' / '"...?" tweeted'
            following = _trailing(sentences, carrying, qb) if closes else []
            said = _attribution(carrying, spans, outside, history, qa, qb, sentences, following)
            if not said.found and following and _own_sentence(carrying, (qa, qb)):
                claimed = _claimed_after(following[0], [(n.start, n.end, n.entity) for n in outside])
                if claimed is not None:  # '"..." The words are those of Anna Holm, a ...'
                    said = _Said(True, claimed)
            if not said.found:
                said = _reported_before(sentences, carrying, qa, spans, outside, history)
            if not said.found and opened is not None:
                said = opened  # a quotation over several paragraphs, framed where it opened
            if not said.found:  # ('"..." / Holm said.': a bare attribution after it names its speaker, before all else)
                said = _attributed_in_paragraph_after(a, p, text, spans, by_paragraph, mentions)
            if not said.found and (previous is None or previous[0] != p) and _only_quotation(text, spans) \
                    and _someone_new_next(a, p, by_paragraph, mentions, history):
                said = _Said(True, None)  # ('"..." / Anna Berg, 34, stood on the quay ...': perhaps hers, perhaps not)
            # (not from before a crosshead or a live page's update time: a new section's quotation is no one's
            # it does not name)
            if not said.found and p not in a.source.breaks:
                said = _continued(previous, p, text, spans, outside, carrying, (qa, qb), earlier, history)
            if not said.found and p not in a.source.breaks:
                said = _reported_paragraph_before(a, p, text, spans, by_paragraph, outside, history)
            pronoun = said.pronoun
            if said.speaker is None and said.pronoun in GENDERED and _body_spoke(sentences, outside, qa):
                said = _Said(True, None)  # ('Holmex told reporters it would not comment. "...," he said': the paragraph is
                # about a body, or someone the glossary took for one, whose man speaks; not anyone named before it)
            elif said.speaker is None and said.pronoun is not None and not any(
                    n.entity.type == "person" and n.start < qa and (n.main_subject or _may_be(n, said.pronoun)) for n in outside):
                # (a person the quotation's own paragraph has for a subject before it, however unclear, is nearer
                # than anyone named earlier: "One of them, Anna Berg, said ... '...,' she said" is no earlier speaker's;
                # so is one the pronoun may stand for, named there in any role: "A copy was handed to Erik Holm at
                # Nordpost. '...,' he said" is no earlier paragraph's man's)
                # (not the last quotation's speaker when someone the glossary leaves to no one was named since:
                # "A message sent by Holm emerged. / In it, he says: '...'", Holm a family name several people bear)
                unknown = previous is not None and any(
                    _person_unknown_before(by_paragraph.get(q, []), len(a.source.paragraphs[q]) + 1, [], [n for n in history if n.paragraph == q], bearers or {})
                    for q in range(previous[0] + 1, p)) or _person_unknown_before(sentences, qa, spans, outside, bearers or {})
                said = _Said(True, (None if unknown else _same_speaker(previous, said.pronoun, history, outside, genders, p))
                             or _last_subject_before(history, opened_at, said.pronoun, by_paragraph))
            elif said.speaker is not None and said.pronoun in GENDERED and said.speaker.id not in genders:
                genders[said.speaker.id] = GENDERED[said.pronoun]  # 'Anna Berg ... "...," she said': a woman
            if pronoun in GENDERED and said.speaker is not None and (
                    _someone_unnamed_since(said.speaker, opened_at, outside, history, by_paragraph)
                    or not any(n.entity.id == said.speaker.id and n.start < qa for n in outside)
                    and (_someone_unknown_before(text, qa, spans, outside) or _person_unknown_before(sentences, qa, spans, outside, bearers or {}))):
                said = _Said(True, None)
            if said.speaker is not None:
                said = replace(said, speaker=_bearer_named_last(said.speaker, history + [n for n in outside if n.start < qa], p, bearers or {}))
            if said.found or len(quote.split()) >= MIN_WORDS:  # not a word quoted in a narrative sentence ('as "tough"')
                if previous is not None and previous[0] != p:
                    earlier = previous
                previous = (p, said, qb)
            if len(quote.split()) >= MIN_WORDS:
                out.append(_Raw(a.source.id, _tidy(quote), said.speaker))
                if opened is None:  # (one closed in its own paragraph)
                    seen = history + [n for n in outside if n.start < qa]
                    out.extend(_Raw(a.source.id, inner, speaker, within=True)
                               for inner, speaker in _within(text, (qa, qb), carrying, [(p, *m) for m in here], seen))
            if said.speaker is not None and not any(n.entity.id == said.speaker.id for n in outside):
                # a speaker the tagger did not mark here ('"...," Holm said'): named all the same, for a later "she"
                resolved.append(_Named(p, qb, qb, said.speaker, True, genders.get(said.speaker.id)))
        history.extend(outside)
        history.extend(resolved)
    if carried is not None:
        out.extend(_unclosed(a, carried))
    return out


def _bearer_named_last(speaker: Entity, seen: list[_Named], paragraph: int, bearers: Mapping[str, set[str]]) -> Entity:
    """A family name alone that several people of the story bear ("Holm said", beside Erik and Nils Holm) is the one
    of them the article has named in full before it, when it has named only one of them so far; or the one the
    quotation's own paragraph names in full, when it names only that one ("Mayor Erik Holm said ... '...,' Holm
    said"), as a reader takes it. The name alone otherwise: whose words, the glossary cannot tell ("Erik Holm ...
    His father, Nils Holm, ... / '...,' Mr Holm said")."""
    words = norm(speaker.name).split()
    if speaker.type != "person" or len(words) != 1 or len(bearers.get(words[0], ())) < 2:
        return speaker
    named = [n for n in seen if n.entity.id in bearers[words[0]] and len(n.entity.name.split()) > 1]
    for candidates in (named, [n for n in named if n.paragraph == paragraph]):
        if len({n.entity.id for n in candidates}) == 1:
            return candidates[-1].entity
    return speaker


def _within(text: str, outer: tuple[int, int], sentences: list[Sentence], here, seen: list[_Named]):
    """The quotations within a quotation ('"Anna Berg shouted into her phone, \'Two men are trapped,\' and ran,"
    Holm said', or in double marks inside single ones), each with its own speaker: they are words the outer
    speaker reports, someone else's. The speaker is the one the outer quotation names as the subject of the
    reporting verb that frames it, by a name tagged there (`here`: (paragraph, start, end, entity) of each) or the
    name or surname of one person named before the outer quotation (`seen`); nobody otherwise ("the official told
    me, '...'", "he said '...'", and "I told them, '...'", as "I" may be the speaker quoting someone: "you promised
    us, I noted it, '...'")."""
    qa, qb = outer
    double = text[qa - 1:qa] in OPEN_QUOTES if qa else False
    inner_spans = single_quoted_spans(text[qa:qb]) if double else \
        [(a, b) for a, b in quoted_spans(text[qa:qb]) if text[qa + a - 1:qa + a] in OPEN_QUOTES]
    out = []
    for ia, ib in ((qa + a, qa + b) for a, b in inner_spans):
        inner = _tidy(text[ia:ib].strip().strip(",").strip())
        if len(inner.split()) < MIN_WORDS or ib - ia > (qb - qa) * TUNING.nested_share:
            continue  # (a quotation all but the whole of the outer one is the outer one's words)
        named = [_Named(p, st, en, ent, False) for p, st, en, ent in here if qa <= st < qb and not ia <= st < ib]
        speaker = None
        for s in sentences:
            toks = s.tokens
            within = [not (qa <= t.start < qb) or ia <= t.start < ib for t in toks]
            verb = _verb_before(toks, within, ia, ib) or _verb_after(toks, within, ia, ib)
            if verb is None or any(t.head == verb.i and t.dep == "neg" for t in toks):
                continue
            subject = _subject(toks, verb, within)
            if subject is None:
                break
            if subject.pos == "PROPN":  # (a name, or the name or surname of one person the article named before, with
                # or without its title: "Senior Constable Holm")
                speaker = _named(subject, toks, named) or _by_name(subject, toks, seen) or _by_name(subject, (), seen)
            break
        out.append((inner, speaker))
    return out


def _heading(text: str, spans) -> bool:
    """A paragraph that is one closed quotation and no sentence (no full stop, question or exclamation mark at its
    end, inside the marks or after them): a crosshead or a pull quote ("'A long night on the quay'"), not a paragraph of a
    speech."""
    return len(spans) == 1 and spans[0][1] < len(text) and _only_quotation(text, spans) \
        and text.rstrip().rstrip(CLOSING + " ")[-1:] not in (".", "?", "!", "…", ",", ":", ";")


def _unclosed(a: AnalysedSource, carried: tuple[str, int, _Said]) -> list[_Raw]:
    quote = _tidy(carried[0])
    return [_Raw(a.source.id, quote, None)] if len(quote.split()) >= MIN_WORDS else []


def _authors(sentences: list[Sentence], spans, outside: list[_Named]) -> list[_Named]:
    """The names a paragraph gives as the authors of a message ("released a statement from Anna Berg", "read a
    statement on behalf of her sister, Anna Berg", "Berg's letter"), marked with the message's noun: a later "the
    statement said" is theirs."""
    out = list(outside)
    for s in sentences:
        for t in s.tokens:
            if t.pos != "NOUN" or t.lemma.lower() not in MESSAGE_NOUNS or any(qa <= t.start < qb for qa, qb in spans):
                continue
            author = _named(t, s.tokens, outside) or _said_in(t, s.tokens, outside)
            at = next((k for k in range(len(out) - 1, -1, -1) if author is not None and out[k].entity.id == author.id
                       and s.start <= out[k].start < s.end), None)
            if at is not None:
                out[at] = replace(out[at], authored=t.lemma.lower())
    return out


def _said_in(message, toks, outside: list[_Named]) -> Entity | None:
    """'In a statement released on Monday, the Vester Institute said ...': the named subject of the verb the
    message's "in" phrase hangs on is its author (not "after a statement": someone else's)."""
    prep = toks[message.head]
    if message.dep != "pobj" or prep.text.lower() != "in" or prep.dep != "prep":
        return None
    subject = next((t for t in toks if t.head == prep.head and t.dep == "nsubj"), None)
    return _named(subject, toks, outside) if subject is not None else None


def _message_author(subject, toks, seen: list[_Named], paragraph: int) -> Entity | None:
    """'"...," the statement said', after a paragraph that names whose statement it is ("... read a statement on behalf
    of Anna Berg"): the one author of a message of that noun named in that paragraph or the one before; None when
    the noun has a determiner other than "the", words of its own naming someone, or two authors to choose from."""
    if not any(t.head == subject.i and t.dep == "det" and t.text.lower() == "the" for t in toks) \
            or any(t.head == subject.i and t.dep in ("poss", "compound", "prep", "appos") for t in toks):
        return None
    authors = {n.entity.id: n.entity for n in seen if n.authored == subject.lemma.lower() and n.paragraph >= paragraph - 1}
    return next(iter(authors.values())) if len(authors) == 1 else None


WHO_AFTER_NAME = re.compile(r"\b[A-Z][\w$.'’-]*(?:\s+[A-Z][\w$.'’-]*)*,\s+who\b")


def _someone_unknown_before(text: str, quote_start: int, spans, outside: list[_Named]) -> bool:
    """Before the quotation, outside quotation marks, the paragraph names someone ("X, who ...": "who" is said of
    a person) whom no person of the glossary stands for (a stage name the model did not read as one, or read as an
    organisation's): a "he" after it may be that one, never someone an earlier paragraph named."""
    for m in WHO_AFTER_NAME.finditer(text[:quote_start]):
        if not any(a <= m.start() < b for a, b in spans) and not any(
                n.entity.type == "person" and n.start < m.end() and n.end > m.start() for n in outside):
            return True
    return False


def _person_unknown_before(sentences: list[Sentence], quote_start: int, spans, outside: list[_Named],
                           bearers: Mapping[str, set[str]]) -> bool:
    """Before the quotation, outside quotation marks, the paragraph has a person's name the glossary leaves to no
    one (a family name several people of the story bear: "Holm gave an interview in which he said ..."), or as
    the subject of a main verb a proper noun the tagger left untagged or a word of several people's names
    ("Holmqvist also defended her."): a "he" after it may be that one, never someone an earlier paragraph named.
    `bearers`: each word of the story's people's names, with the people whose name holds it."""
    return any((t.ent == "PERSON" or t.dep == "nsubj" and s.tokens[t.head].dep == "ROOT"
                and (_untagged_name_word(t) or t.text[:1].isupper() and norm(t.text) in bearers))
               and len(bearers.get(norm(t.text), ())) != 1  # (a word of one person's name in the story is that one's)
               and t.start < quote_start and not any(a <= t.start < b for a, b in spans)
               and not any(n.start <= t.start < n.end for n in outside) for s in sentences for t in s.tokens)


RELATIVE_OF = re.compile(r",\s+(his|her)\s+\w")
RELATIVE_BEFORE = re.compile(r"\b([Hh]is|[Hh]er)(?:\s+[a-z][\w-]*){1,3},\s+$")  # ... right before the name
RELATIVE_REACH = TUNING.relative_reach


def _relative_of(text: str, start: int, end: int) -> str | None:
    """'Anna Berg, his lawyer' / 'His lawyer, Anna Berg,': the name is described as a man's (or a woman's) someone,
    so it is not surely that "he"."""
    m = RELATIVE_OF.match(text, end) or RELATIVE_BEFORE.search(text, max(0, start - RELATIVE_REACH), start)
    return GENDERED.get("he" if m.group(1).lower() == "his" else "she") if m else None


def _under_pronoun(sentences: list[Sentence], start: int, end: int) -> str | None:
    """The "he"/"she" that is the subject of a clause the name stands inside, before it ("She said crews would start
    with the street where Anna Berg lived"): a pronoun never means a name its own clause holds, so the name is not
    who that pronoun, or a later "she said" going on with it, is."""
    for s in sentences:
        if s.start <= start < s.end:
            toks = s.tokens
            head = _head_within(toks, start, end)
            if head is None:
                return None
            for t in toks:
                if t.dep in ("nsubj", "nsubjpass") and t.text.lower() in GENDERED and t.start < start and t.head != head.i \
                        and under(toks, head.i, t.head):
                    return t.text.lower()
    return None


SPEAKING_LEMMAS = {"speak", "talk", "comment"}


def _kept_silent(sentences: list[Sentence], start: int) -> bool:
    """The sentence whose main subject stands at `start` says that subject did not speak: a verb of speaking with
    "not" ("waited by the door but said nothing to the press"), or one after "declined"/"refused" ("declined to
    comment"); the "she" who speaks next is someone else."""
    for s in sentences:
        if s.start <= start < s.end:
            toks = s.tokens
            if any(t.head == t.i and t.lemma.lower() in ATTRIBUTION_LEMMAS for t in toks):
                return False  # "Anna Berg said she would not comment further": she spoke
            return any(t.lemma.lower() in SPEAKING_LEMMAS and (any(c.head == t.i and c.dep == "neg" for c in toks)
                                                               or t.dep == "xcomp" and toks[t.head].lemma.lower() in NO_COMMENT_VERBS)
                       for t in toks)
    return False


def _body_spoke(sentences: list[Sentence], outside: list, before: int) -> bool:
    """Before offset `before`, the paragraph has an organisation (or someone the glossary took for one) for the
    subject of its main verb of saying ("Holmex told reporters it would not comment"): a "he" or "she" speaking
    next is its man or woman, or that one; no person named before the paragraph."""
    for n in outside:
        if n.start >= before or not n.main_subject or n.entity.type in ("person", "place"):
            continue
        for s in sentences:
            if s.start <= n.start < s.end:
                head = _head_within(s.tokens, n.start, n.end)
                if head is not None and s.tokens[head.head].lemma.lower() in ATTRIBUTION_LEMMAS:
                    return True
    return False


def _is_main_subject(sentences: list[Sentence], start: int, end: int) -> bool:
    for s in sentences:
        if s.start <= start < s.end:
            toks = s.tokens
            head = _head_within(toks, start, end)
            if head is not None and head.dep == "appos" and toks[head.head].pos in ("NOUN", "NUM", "PRON"):
                head = toks[head.head]  # "Their spokesman, Dr Erik Holm, said ...": the name of the subject noun
            return head is not None and head.dep in ("nsubj", "nsubjpass") and toks[head.head].dep == "ROOT"
    return False


def _head_within(toks, start: int, end: int):
    """The token of the words from `start` to `end` (offsets in the paragraph) that hangs on none of the others."""
    return next((t for t in toks if start <= t.start < end and (not start <= toks[t.head].start < end or t.head == t.i)), None)


def _trailing(sentences: list[Sentence], carrying: list[Sentence], quote_end: int) -> list[Sentence]:
    """The sentence right after a quotation that ends its own sentence ('"... today." Holm said.'); the frame
    after the quotation looks at its first words only."""
    if not carrying:
        return []
    after = [s for s in sentences if s.index == carrying[-1].index + 1]
    return after if after and after[0].start <= quote_end + 3 else []


def _tidy(quote: str) -> str:
    return " ".join(quote.split()).rstrip(",;:")


def _reported_before(sentences: list[Sentence], carrying: list[Sentence], quote_start: int, spans, outside, history) -> _Said:
    """'Mayor Brandt said the crews were right. "Here is what we know: ..."': a quotation opening the sentence after
    one that reports a named speaker's words, in the same paragraph, is that speaker's."""
    if not carrying or quote_start > carrying[0].start + 2:
        return _Said(False, None)
    before = [s for s in sentences if s.index == carrying[0].index - 1]
    if not before or any(a < before[0].end and b > before[0].start for a, b in spans):
        return _Said(False, None)
    return _reporter(before[0], outside, history, sentences)


def _reporter(sentence: Sentence, outside, history, paragraph: list[Sentence]) -> _Said:
    """The named speaker a sentence reports ("Holm said a drought in funding left ...", "Holm defended the
    plan, saying that ..."), found when its main verb, or a participle hanging on it, is a reporting verb and the
    main verb's subject resolves to an entity."""
    toks = sentence.tokens
    root = next((t for t in toks if t.head == t.i), None)
    if root is None:
        return _Said(False, None)
    subject = _subject(toks, root, [False] * len(toks))
    if subject is None and _is_reporting(root):
        subject = _opening_name(sentence, root, outside)
    # "Holm's statement also included ...", naming no one else ("... drew criticism from Berg": hers, maybe)
    message = subject is not None and subject.pos == "NOUN" and subject.lemma.lower() in MESSAGE_NOUNS \
        and any(t.head == subject.i and t.dep == "poss" for t in toks) \
        and len({n.entity.id for n in outside if sentence.start <= n.start < sentence.end}) <= 1
    # "Holmex put out a statement from Anna Berg, its chief executive": the words are the one they are from
    issued = next((t for t in toks if t.head == root.i and t.dep == "dobj" and t.lemma.lower() in MESSAGE_NOUNS), None)
    source = next((o for f in toks if issued is not None and f.head == issued.i and f.dep == "prep" and f.text.lower() == "from"
                   for o in toks if o.head == f.i and o.dep == "pobj" and o.pos in ("NOUN", "PROPN")), None)
    if source is not None:
        subject = source
    elif not (message or _is_reporting(root) or any(
            t.head == root.i and t.dep == "advcl" and t.tag == "VBG" and _is_reporting(t) for t in toks)):
        return _Said(False, None)
    said = _speaker_of(subject, sentence, toks, outside, history, paragraph) if subject is not None else None
    return _Said(True, said.speaker) if said is not None and said.speaker is not None else _Said(False, None)


def _opening_name(sentence: Sentence, root, outside):
    """'Ivar Holm, whose daughter Liv was on the ferry, said he ...': the person named first, set off by a comma, the
    reporting verb right after the comma that closes what is said of them, is its subject, where the parser lost
    it in the clause between (the last word of the name; None when the sentence opens otherwise)."""
    toks = sentence.tokens
    first = next((n for n in outside if n.start == sentence.start and n.entity.type == "person"), None)
    if first is None or root.i < 2 or toks[root.i - 1].text != ",":
        return None
    last = max((t for t in toks if first.start <= t.start < first.end), key=lambda t: t.i, default=None)
    if last is None or last.i + 1 >= root.i - 1 or toks[last.i + 1].text != ",":
        return None
    return last


def _only_quotation(text: str, spans) -> bool:
    """A paragraph that is nothing but a quotation (its marks and spacing aside)."""
    return sum(b - a for a, b in spans) >= 0.85 * len(text.strip(' "“”'))


def _continued(previous, paragraph: int, text: str, spans, outside, carrying: list[Sentence], quote: tuple[int, int],
               earlier=None, history: list[_Named] | None = None) -> _Said:
    """A quotation with no reporting verb of its own continues the last attributed one: in the same paragraph
    when it is a sentence of its own ('"...," she said. "..."'), not words quoted inside a narrative sentence
    ('Critics call it "a stunt"'); or as a paragraph that is nothing but a quotation right after it (the next
    paragraph of a long quote), unless that one answered someone else's in the paragraph before it (an exchange:
    who speaks next is not said).  Anything else has no speaker: never the person the sentence is about."""
    if previous is None or not previous[1].found:
        return _Said(False, None)
    if previous[0] == paragraph:
        if carrying and _own_sentence(carrying, quote):
            return _Said(True, previous[1].speaker)
        return _Said(False, None)
    if previous[0] == paragraph - 1 and _only_quotation(text, spans) and not outside:
        if earlier is not None and earlier[0] == paragraph - 2 and earlier[1].speaker is not None \
                and previous[1].speaker is not None and earlier[1].speaker.id != previous[1].speaker.id:
            return _Said(True, None)  # '"...," Holm said. / "...," Berg replied. / "..."': an exchange
        if previous[1].speaker is not None and any(
                n.paragraph == previous[0] and n.start >= previous[2] and n.entity.type == "person"
                and n.entity.id != previous[1].speaker.id for n in history or ()):
            return _Said(True, None)  # '"...," Holm said. Berg disagreed. / "..."': she may be the one speaking
        return _Said(True, previous[1].speaker)
    return _Said(False, None)


def _reported_paragraph_before(a: AnalysedSource, paragraph: int, text: str, spans, by_paragraph, outside, history) -> _Said:
    """'Holm said a drought in funding left ...' | '"I thought nobody would use the bridge again."':
    a paragraph of nothing but a quotation, right after one whose last sentence reports a named speaker's words
    (and holds no quotation of its own), is that speaker's."""
    if paragraph == 0 or outside or not _only_quotation(text, spans):
        return _Said(False, None)
    before = by_paragraph.get(paragraph - 1, [])
    if not before or quoted_spans(a.source.paragraphs[paragraph - 1]):
        return _Said(False, None)
    named_before = [n for n in history if n.paragraph == paragraph - 1]
    said = _reporter(before[-1], named_before, [n for n in history if n.paragraph < paragraph - 1], before)
    if said.found:
        return said
    introduced = _introduced(before[-1], named_before)
    if introduced is not None and not THIRD_PERSON.search(text):
        return _Said(True, introduced)
    return said


THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.I)


def _introduced(sentence: Sentence, named: list[_Named]) -> Entity | None:
    """'Liv Ekdal, a data analyst at Holm Analytics, checked the counts overnight.' | '"..."': the person a
    paragraph brings in, set off with what she is, as the subject of what she does (not what is done to her), the
    one person it names, speaks in the quotation that follows (feature style), unless the quotation speaks of a
    "he" or "she" (a relative's words about her). The name opens the sentence, a comma and a description after it,
    or a title before it."""
    toks = sentence.tokens
    root = next((t for t in toks if t.head == t.i), None)
    people = [n for n in named if sentence.start <= n.start < sentence.end and n.entity.type == "person"]
    if root is None or root.pos != "VERB" or len({n.entity.id for n in people}) != 1:
        return None
    first = min(people, key=lambda n: n.start)
    subject = next((t for t in toks if t.head == root.i and t.dep == "nsubj"), None)  # (active: not "was arrested")
    name = [t for t in toks if first.start <= t.start < first.end]
    if subject is None or not name or subject not in name:
        return None
    # (the name opens the sentence, or only an honorific stands before it: "Dr Liv Ekdal, a hydrologist, ...")
    apposed = name[-1].i + 1 < len(toks) and toks[name[-1].i + 1].text == "," \
        and all(t.text.lower().strip(".") in HONORIFICS for t in toks[:name[0].i])
    titled = 0 < name[0].i <= TITLE_WORDS_BEFORE and all(t.pos in ("NOUN", "PROPN", "ADJ") and t.ent != "PERSON" for t in toks[:name[0].i]) \
        and (toks[name[0].i - 1].pos == "NOUN" or toks[name[0].i - 1].text.lower().strip(".") in PERSON_TITLE_WORDS - HONORIFICS)  # (or
    # "Lindby Mayor"; not an honorific, "Dr")
    return first.entity if apposed or titled else None


TITLE_WORDS_BEFORE = 4  # at most, in a title opening the sentence before a name ("Vesterlandic police chief Liv Ekdal")



def _attributed_in_paragraph_after(a: AnalysedSource, paragraph: int, text: str, spans, by_paragraph, mentions) -> _Said:
    """'"... for two years." / Holm said. He has run the ferry since 1984.': a paragraph of nothing but a
    quotation, then a paragraph whose first sentence is a bare attribution, one name and a reporting verb and
    nothing else (which has no words of its own to report), is that name's; the name may carry its apposition
    ("Holm, the guild's chairman, said.")."""
    if not _only_quotation(text, spans):
        return _Said(False, None)
    after = by_paragraph.get(paragraph + 1, [])
    if not after:
        return _Said(False, None)
    first = after[0]
    named = [(st, en, ent) for st, en, ent in mentions.get((a.source.id, paragraph + 1), []) if first.start <= st and en <= first.end]
    claimed = _claimed_after(first, named)
    if claimed is not None:  # '"..." / That is the view of Anna Holm, who ...'
        return _Said(True, claimed)
    if _described_speaker_opens(first) and not any(t.pos != "PUNCT" and not any(x <= t.start < y for x, y in spans)
                                                   for s in by_paragraph.get(paragraph, []) for t in s.tokens):
        return _Said(True, None)  # '"..." / The second-year student, who gave no name, said ...': hers, unnamed
    if not named or named[0][2].type not in ("person", "organisation"):
        return _Said(False, None)
    st, en, entity = named[0]
    toks = first.tokens
    words = [t for t in toks if not st <= t.start < en and t.pos != "PUNCT"]
    head = next((t for t in toks if st <= t.start < en and not st <= toks[t.head].start < en), None)
    appositions = [c.i for c in toks if head is not None and c.head == head.i and c.dep == "appos"]
    apposed = [t for t in words if any(under(toks, t.i, c) for c in appositions)]
    rest = [t for t in words if t not in apposed]
    if len(rest) != 1 or rest[0].pos != "VERB" or rest[0].lemma.lower() not in ATTRIBUTION_LEMMAS \
            or apposed and (head is None or head.dep != "nsubj" or head.head != rest[0].i):
        return _Said(False, None)
    if any(not any(ns <= t.start < ne for t in apposed) for ns, ne, _ in named[1:]):
        return _Said(False, None)  # another name but inside the apposition ("Holm, president of the Vester Union, said.")
    return _Said(True, entity)


def _described_speaker_opens(sentence: Sentence) -> bool:
    """The sentence's subject is someone it names only by a noun with "the" ("The second-year student, who gave no
    name, said ..."), of a reporting verb: the person whose words the paragraph before quoted, unnamed."""
    toks = sentence.tokens
    root = next((t for t in toks if t.dep == "ROOT"), None)
    if root is None or root.lemma.lower() not in ATTRIBUTION_LEMMAS:
        return False
    subject = next((t for t in toks if t.head == root.i and t.dep == "nsubj"), None)
    return subject is not None and subject.pos == "NOUN" and subject.lemma.lower() in PERSON_NOUNS and not subject.ent \
        and any(t.head == subject.i and t.dep == "det" and t.text.lower() == "the" for t in toks) \
        and not any(t.head == subject.i and t.ent == "PERSON" for t in toks)


QUOTE_BACK_NOUNS = words("quote_back_nouns")
DEMONSTRATIVES = {"that", "this", "those", "these"}
DESCRIBING_VERBS = words("describing_verbs")
CLAIMING_VERBS = {verb: next(iter(prepositions)) for verb, prepositions in groups("claiming_verbs").items()}


def _points_back(tok) -> bool:
    """'That', 'these', or a noun that points back at words just quoted ('the words', 'the warning')."""
    return tok.text.lower() in DEMONSTRATIVES or tok.pos == "NOUN" and tok.lemma.lower() in QUOTE_BACK_NOUNS


def _claimed_by(sentence: Sentence) -> int | None:
    """The offset of the name a sentence gives as the owner of the quotation just before it, when that is all
    it opens with: 'The words are those of Anna Holm, ...', 'Those were the words of her daughter, Anna Holm,', 'That is the view of Erik Berg, ...', 'The warning
    came from Holm', 'The account was given by Nils Dahl, a ...', 'That was how Anna Berg described him'. None
    for any other sentence."""
    toks = sentence.tokens
    root = next((t for t in toks if t.dep == "ROOT"), None)
    if root is None:
        return None
    subjects = [t for t in toks if t.head == root.i and t.dep in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or not _points_back(subjects[0]):
        return None
    if root.lemma.lower() == "be" and subjects[0].text.lower() in DEMONSTRATIVES:
        # 'That was how Anna Berg described him', 'That is what Holm told the court': the one the clause says spoke
        for verb in toks:
            if verb.head == root.i and verb.dep in ("ccomp", "advcl", "attr") and verb.pos == "VERB" \
                    and (verb.lemma.lower() in ATTRIBUTION_LEMMAS or verb.lemma.lower() in DESCRIBING_VERBS) \
                    and any(t.text.lower() in ("how", "what") for t in toks[root.i + 1:verb.i]):
                speaker = next((t for t in toks if t.head == verb.i and t.dep == "nsubj" and t.pos == "PROPN"), None)
                if speaker is not None:
                    return speaker.start
    if root.lemma.lower() == "be":  # the complement names the owner: 'the view of X', 'those of X'
        heads = [t for t in toks if t.head == root.i and t.dep == "attr" and _points_back(t)]
        preposition: tuple[str, ...] = ("of", "from")
    elif CLAIMING_VERBS.get(root.lemma.lower()):
        heads, preposition = [root], (CLAIMING_VERBS[root.lemma.lower()],)
    else:
        return None
    for head in heads:
        for prep in toks:
            if prep.head == head.i and prep.dep in ("prep", "agent") and prep.text.lower() in preposition:
                owner = next((o for o in toks if o.head == prep.i and o.dep == "pobj"), None)
                if owner is not None and owner.pos == "NOUN":
                    # 'the words of Anna Berg's daughter, Karin Dahl,': the name in apposition to the noun
                    owner = next((o for o in toks if o.head == owner.i and o.dep == "appos" and o.pos == "PROPN"), None)
                if owner is not None and owner.pos == "PROPN":
                    return owner.start
    return None


def claims_quotation(sentence: Sentence) -> bool:
    """The sentence says whose the quotation before it is ('The words are those of Anna Holm'): it cannot stand
    without that quotation (the brief does not tell it alone)."""
    return _claimed_by(sentence) is not None


def _claimed_after(sentence: Sentence, named) -> Entity | None:
    """The person or organisation `_claimed_by` finds, among the (start, end, entity) names of its paragraph."""
    at = _claimed_by(sentence)
    if at is None:
        return None
    return next((entity for st, en, entity in named if st <= at < en and entity.type in ("person", "organisation")), None)


def _someone_new_next(a: AnalysedSource, paragraph: int, by_paragraph, mentions, history: list[_Named]) -> bool:
    """The paragraph after opens with a person the article has not named before ('"..." / Anna Berg, 34, stood on
    the quay where her house had been.'): news style brings a speaker in so, after the words, so a paragraph of
    nothing but a quotation before it is no longer surely the previous speaker's."""
    after = by_paragraph.get(paragraph + 1, [])
    if not after or not after[0].tokens:
        return False
    opening = after[0].tokens[0].start
    seen = {n.entity.id for n in history}
    return any(st <= opening < en and entity.type == "person" and entity.id not in seen
               for st, en, entity in mentions.get((a.source.id, paragraph + 1), []))


def _own_sentence(carrying: list[Sentence], quote: tuple[int, int]) -> bool:
    """The quotation opens its sentence and makes up most of the sentences it spans."""
    start, end = carrying[0].start, carrying[-1].end
    return quote[0] <= start + 1 and (quote[1] - quote[0]) >= 0.6 * max(1, end - start)


def _attribution(sentences: list[Sentence], spans, outside: list[_Named], history: list[_Named], quote_start: int, quote_end: int,
                 paragraph: list[Sentence], following: list[Sentence] | None = None) -> _Said:
    """Who the quotation's own frame says spoke it, trying the frames of news style in turn:
    after it ('"...," Holm said' / '"...?" tweeted Senator Anna Lund'), a reporting verb it depends on
    ('Holm said: "..."', 'he said the decision was "a disgrace"'), in the sentences that hold it; then a
    reporting verb opening the sentence after a quotation that ended its own ('"... today." Holm said.'), unless
    that verb reports a clause of its own ('Holm said: "We won." Berg said the club would appeal': Holm's
    words, not Berg's), "according to X" in its sentence. `found` is False when none applies."""
    frames = [(_verb_after, s, True) for s in sentences] + [(_verb_before, s, True) for s in sentences] \
        + [(_verb_after, s, False) for s in following or []]
    for frame, s, own in frames:
        toks = s.tokens
        inside = [any(a <= t.start < b for a, b in spans) for t in toks]
        verb = frame(toks, inside, quote_start, quote_end)
        if verb is None:
            continue
        if not own and _reports_its_own(toks, verb, inside):
            continue
        if any(t.head == verb.i and t.dep == "neg" for t in toks):
            continue  # '... laws." Holmex did not respond to requests for comment.': a verb denied frames no words
        subject = _subject(toks, verb, inside)
        if frame is _verb_after and (subject is None or subject.i > verb.i and subject.pos == "NOUN"):
            # '"...," explained co-author Jane Holm': the person the noun phrase after the verb ends with
            subject = _name_after(toks, verb, inside, outside) or subject
        subject = subject or _adjacent_name(toks, verb, inside, outside) \
            or (_name_opening(toks, verb, inside, quote_end, outside) if frame is _verb_after else None)
        if subject is None:
            continue
        if frame is _verb_after and subject.start < quote_start:
            continue  # 'Berg, responding to Holm's remark that it was "safe", said ...': words inside her clause
        return _speaker_of(subject, s, toks, outside, history, paragraph)
    for s in sentences:
        toks = s.tokens
        subject = _participle_before_colon(toks, [any(a <= t.start < b for a, b in spans) for t in toks], quote_start)
        if subject is not None:
            return _speaker_of(subject, s, toks, outside, history, paragraph)
    for s in sentences:
        speaker = _introduced_by_colon(s, spans, outside, quote_start)
        if speaker is not None:
            return _Said(True, speaker)
    for s in sentences + (following or []):
        toks = s.tokens
        inside = [any(a <= t.start < b for a, b in spans) for t in toks]
        # the preposition of "according to X", or of "in the words of X", which says whose they are as well
        prep = next((toks[t.i + 1] for t in toks if not inside[t.i] and t.text.lower() == "according" and t.i + 1 < len(toks)
                     and toks[t.i + 1].text.lower() == "to"), None) \
            or next((t for t in toks if not inside[t.i] and t.text.lower() == "of" and t.i >= 3
                     and [w.text.lower() for w in toks[t.i - 3:t.i]] == ["in", "the", "words"]), None)
        if prep is not None and any(quote_start <= t.start < quote_end for t in toks):
            objects = [t for t in toks if t.dep == "pobj" and t.head == prep.i]
            if objects:  # (or the name in apposition to a noun: "according to his lawyer, Tomas Brandt,")
                noun = objects[0]
                apposed = next((t for t in toks if t.head == noun.i and t.dep == "appos"), None) if noun.pos == "NOUN" else None
                if apposed is None and noun.pos == "NOUN" and noun.i + 2 < len(toks) and toks[noun.i + 1].text == ",":
                    end = noun.i + 2  # (the parser may not hang it on the noun): a name set off by commas
                    while end < len(toks) and toks[end].pos == "PROPN":
                        end += 1
                    apposed = toks[noun.i + 2] if end > noun.i + 2 and end < len(toks) and toks[end].text == "," else None
                named = _named(apposed, toks, outside) if apposed is not None else None
                # ... or the one organisation or person the noun names ("according to the charity": the one the
                # articles call a charity), or the body a spokesman speaks for ("according to a spokeswoman for X")
                seen = history + [n for n in outside if n.start < noun.start]
                described = (_spoken_for(noun, toks, outside, seen, s.paragraph) or _described(noun, toks, seen, s.paragraph)
                             or _owner_described(noun, toks, seen, s.paragraph)) if noun.pos == "NOUN" else None
                return _Said(True, _named(noun, toks, outside) or (named if named is not None and named.type == "person" else None)
                             or described)
    return _Said(False, None)


STANCE_VERBS = words("stance_verbs")


def _colon_before(toks, quote_start: int):
    """The token right before the quotation's opening marks, when it is a colon; else None."""
    before = next((t for t in reversed(toks) if t.start < quote_start and t.text not in OPENING), None)
    return before if before is not None and before.text == ":" else None


def _participle_before_colon(toks, inside, quote_start: int):
    """'Holm rejected the claim, telling the radio: "..."': the subject of the clause a reporting participle after
    a comma completes, when the participle's phrase runs up to the colon before the quotation (the parser may take
    the quotation for the sentence's root and the frame for a clause of it, so no reporting verb governs it)."""
    colon = _colon_before(toks, quote_start)
    if colon is None:
        return None
    participle = next((t for t in toks if t.i < colon.i and t.dep == "advcl" and t.tag == "VBG" and _is_reporting(t)
                       and not inside[t.i] and t.i > 0 and toks[t.i - 1].text == ","), None)
    if participle is None or any(t.pos in ("VERB", "AUX") and participle.i < t.i < colon.i for t in toks):
        return None
    verb = toks[participle.head]
    if inside[verb.i]:
        return None
    return next((t for t in toks if t.head == verb.i and t.dep == "nsubj" and t.i < verb.i and not inside[t.i]), None)


def _introduced_by_colon(sentence: Sentence, spans, outside: list[_Named], quote_start: int) -> Entity | None:
    """'Karin Dahl was blunt: "..."', 'Erik Holm disagreed: "..."': a quotation right after a colon that ends a
    clause whose subject is a person (or an organisation) named there, the clause's verb without an object of its own (not "Holm
    received a text from Berg: ..." nor "Police found a note: ...", where the words are another's or nobody's)."""
    toks = sentence.tokens
    colon = _colon_before(toks, quote_start)
    if colon is None:
        return None
    inside = [any(a <= t.start < b for a, b in spans) for t in toks]
    # "Karin Dahl, speaking after the vote: "..."": the name, a comma and a participle of speaking open the sentence
    opener = next((n for n in outside if toks and n.start <= toks[0].start < n.end and n.entity.type in ("person", "organisation")), None)
    if opener is not None:
        comma = next((t for t in toks if t.start >= opener.end), None)
        if comma is not None and comma.text == "," and comma.i + 1 < colon.i and toks[comma.i + 1].tag == "VBG" \
                and (toks[comma.i + 1].lemma.lower() == "speak" or _is_reporting(toks[comma.i + 1])):
            return opener.entity
    # the clause's verb: the sentence's root, or (as the parser may have it) a clause the quotation's verb takes
    verb = next((t for t in toks if t.i < colon.i and not inside[t.i] and t.pos in ("VERB", "AUX")
                 and (t.head == t.i or t.dep in ("ccomp", "parataxis") and inside[t.head])), None)
    if verb is None or _is_reporting(verb):
        return None  # (a reporting verb's frame is read by _verb_before)
    subject = next((t for t in toks if t.head == verb.i and t.dep == "nsubj" and t.i < verb.i), None)
    if subject is not None and subject.pos == "NOUN" and subject.lemma.lower() in MESSAGE_NOUNS and verb.lemma.lower() in ("be", "read", "say") \
            and not any(t.head == verb.i and t.dep in ("dobj", "dative") and t.i < colon.i and not inside[t.i] for t in toks):
        # "Holm's statement read: "..."", "Holm's reply was blunt: "..."": the words of the one whose message it is
        return _named(subject, toks, outside)
    particle = next((t.text.lower() for t in toks if t.head == verb.i and t.dep == "prt"), None) \
        or next((t.text.lower() for t in toks if t.head == verb.i and t.dep == "advmod" and t.i == verb.i + 1 and t.text.lower() == "back"), None)
    manner = verb.lemma.lower() == "be" and any(t.head == verb.i and t.dep == "acomp" and t.pos == "ADJ" for t in toks)
    if not manner and verb.lemma.lower() not in STANCE_VERBS and f"{verb.lemma.lower()} {particle}" not in STANCE_VERBS:
        return None  # "was blunt:", "disagreed:", "hit back:"; not "pointed to the text his wife sent:"
    if any(t.head == verb.i and t.dep in ("dobj", "dative", "ccomp", "xcomp") and t.i < colon.i and not inside[t.i] for t in toks):
        return None
    if subject is None:
        return None
    return next((n.entity for n in outside if n.start <= subject.start < n.end and n.entity.type in ("person", "organisation")), None)


def _speaker_of(subject, sentence: Sentence, toks, outside: list[_Named], history: list[_Named],
                paragraph: list[Sentence]) -> _Said:
    """The entity a reporting verb's subject stands for: a name (tagged where it stands, or a name or surname of
    one entity the article named before), a pronoun's antecedent, "who" after a name, "the company" or "the
    president" when one organisation or person so described was named before; otherwise an unnamed speaker."""
    # "says his longtime coach, Siri Holm", "the singer Siri Holm, who ..., says": the name in apposition; and "The
    # Vester Party MP for Lindby, Erik Holm, said", a title the tagger read into the party's name
    apposed = next((n.entity for t in toks if t.head == subject.i and t.dep == "appos"
                    for n in outside if n.start <= t.start < n.end and n.entity.type in ("person", "organisation")), None)
    entity = _named(subject, toks, outside)
    if apposed is not None and apposed.type == "person" and subject.text.lower().strip(".") in PERSON_TITLE_WORDS \
            and entity is not None and entity.type == "organisation":
        return _Said(True, apposed)  # (the title read as part of the party's or the body's name, not the name)
    if entity is not None:
        return _Said(True, entity)
    low = subject.text.lower()
    if low in ("who", "that", "which") and subject.head != subject.i:
        noun = toks[toks[subject.head].head] if toks[subject.head].dep == "relcl" else None
        entity = _named(noun, toks, outside) if noun is not None else None
        return _Said(True, entity)
    seen = history + [n for n in outside if n.start < subject.start]
    if subject.pos == "PROPN" and subject.text.lower() in PERSON_TITLE_WORDS and any(
            t.head == subject.i and t.dep == "det" and t.text.lower() == "the" for t in toks):
        return _Said(True, _described(subject, toks, seen, sentence.paragraph))  # "the President said": a title, capitalised
    if subject.pos == "PROPN":
        return _Said(True, _by_name(subject, toks, seen))
    if low in PERSON_PRONOUNS:
        entity = _antecedent(history, outside, sentence, subject, low, paragraph)
        if entity is None and (unnamed := _unnamed_subject(paragraph, sentence, subject.start)) is not None:
            # "A spokeswoman rejected it. '...,' she said": nobody named, and no guess; but "Another voter, who gave
            # his name as Olle, said ... '...,' he said": Olle
            return _Said(True, _gave_name_as(unnamed[0], unnamed[1], [n for n in seen if n.paragraph == sentence.paragraph]))
        return _Said(True, entity, low)
    if low == "it":
        return _Said(True, _organisation_before(paragraph, sentence, subject.start, outside))
    if subject.pos == "NOUN" and (named := _gave_name_as(subject, toks, outside)) is not None:
        return _Said(True, named)  # "said a fisherman who gave his name as Olle": Olle
    if subject.pos == "NOUN":
        return _Said(True, apposed or _spoken_for(subject, toks, outside, seen, sentence.paragraph) or _described(subject, toks, seen, sentence.paragraph)
                     or _message_author(subject, toks, seen, sentence.paragraph) or _owner_described(subject, toks, seen, sentence.paragraph)
                     or _the_body(subject, toks, seen, sentence.paragraph))
    return _Said(True, None)  # "a spokesperson for ...", "sources"


def _gave_name_as(subject, toks, outside: list[_Named]) -> Entity | None:
    """The name a noun's relative clause says its person gave ("a fisherman who gave his name as Olle", "another
    voter, who gave her name as Siri"): that person, as named where the clause names them."""
    name = next((n for t in toks if t.head == subject.i and t.dep == "relcl" and (n := name_given(toks, t)) is not None), None)
    return next((n.entity for n in outside if name is not None and n.start <= name.start < n.end and n.entity.type == "person"), None)


def _reports_its_own(toks, verb, inside) -> bool:
    """A reporting verb with a clause of its own outside quotation marks ("Berg said the club would appeal",
    "Berg told reporters the club would appeal"): it reports that, not a quotation before it ("Berg told
    reporters." frames one)."""
    return any(t.head == verb.i and t.dep in ("ccomp", "xcomp") and not inside[t.i] for t in toks)


def _verb_after(toks, inside, _quote_start: int, quote_end: int):
    """'"...," Holm said' / '"...," said Holm' / '"...?" tweeted Senator Lund': the first verb after the closing
    mark, within a few words and with only its subject between, when it is a reporting verb."""
    after = [t for t in toks if t.start >= quote_end and not inside[t.i]]
    if not after and toks and toks[0].start > quote_end:
        after = [t for t in toks if not inside[t.i]]  # the quotation ended the sentence before
    if not after or after[0].start - quote_end > 3:
        return None
    for t in after[:AFTER_WINDOW]:
        if t.text in OPENING and t.i > after[0].i and _short_title(toks, t.i):
            continue  # a title in the speaker's description ('Lee, who sang on "Harbour Lights," says')
        if t.text.lower() == "as" and t.dep == "mark" and t.head > t.i and (
                _is_reporting(toks[t.head]) or toks[t.head].lemma == "put" and any(
                    c.head == t.head and c.dep == "dobj" and c.text.lower() == "it" for c in toks)):
            return toks[t.head]  # '"...," as Holm put it', '"...," as Holm said'
        if t.text in ".!?;" or (t.text in OPENING and t.i > after[0].i and t.dep != "case") or t.pos in ("SCONJ", "CCONJ") and not t.ent:
            return None  # the sentence ends, another quotation opens (not a plural's possessive mark: "the Lindby
            # Tenants' Alliance said"), or another clause begins (", while X said"; not the "and" inside a name:
            # "Holm, head of the Dock Safety and Salvage Service, said")
        if t.pos in ("VERB", "AUX") and _describing(toks, t):
            continue  # inside the speaker's description ("Holm, who leads the team, said", "..., who'd become ...")
        if t.dep in ("aux", "auxpass") and t.head > t.i and toks[t.head].pos == "VERB":
            continue  # to the verb it helps: '"...," Holm has said', '"...," Holm was quoted as saying'
        if t.pos in ("VERB", "AUX"):
            return t if _is_reporting(t) or _said_to_say(toks, t) is not None else None
    return None


def _describing(toks, t) -> bool:
    """A verb of a clause describing a noun, or an auxiliary of one ("has" in "Holm, who has led the team, said")."""
    if t.dep in NOUN_CLAUSES:
        return True
    return t.dep in ("aux", "auxpass") and toks[t.head].dep in NOUN_CLAUSES and toks[t.head].pos in ("VERB", "AUX")


def _short_title(toks, i: int) -> bool:
    """An opening mark closed again within a few words: a title or a term in quotation marks, not a quotation."""
    return any(t.text in CLOSING for t in toks[i + 2:i + 2 + TITLE_WORDS])


AFTER_WINDOW = TUNING.after_window
TITLE_WORDS = TUNING.title_words
CLOSING = "”\"’'»"
NOUN_CLAUSES = {"relcl", "acl", "amod", "compound"}


OPENING = "“\"‘'«"


def _verb_before(toks, inside, quote_start: int, quote_end: int):
    quoted = [t for t in toks if quote_start <= t.start < quote_end]
    if not quoted:
        return None
    verb = _governing_verb(toks, quoted, inside)
    return verb if verb is not None and verb.start < quote_start else None


def _adjacent_name(toks, verb, inside, outside: list[_Named]):
    """When the parse gives the verb no subject: a name right before it ('" Holm said'), or the first name in the
    few words after it ('said engineer Tomas Brandt', 'tweeted Senator Anna Lund'), before any punctuation or
    conjunction."""
    def named(j: int) -> bool:
        return not inside[j] and any(n.start <= toks[j].start < n.end and n.entity.type in ("person", "organisation") for n in outside)

    if verb.i > 0 and toks[verb.i - 1].pos == "PROPN" and named(verb.i - 1):
        return toks[verb.i - 1]
    for j in range(verb.i + 1, min(len(toks), verb.i + 5)):
        if toks[j].pos in ("PUNCT", "SCONJ", "ADP") or toks[j].dep == "mark":
            break  # (nor the subject of a clause it opens: "a letter asking if Berg was ...", nor where or to whom
            # it was said: "wrote on Vesterchat", "said to Holm")
        if named(j):
            return toks[j]
    return None


def _name_opening(toks, verb, inside, quote_end: int, outside: list[_Named]):
    """'"...," Anna Berg, the yard's manager, told the meeting', the parse giving the verb no subject: the
    name the words after the closing mark open with, when the reporting verb follows it (_verb_after has seen
    to it that only the name and its description stand between)."""
    first = next((t for t in toks if t.start >= quote_end and not inside[t.i] and t.pos != "PUNCT"), None)
    named = next((n for n in outside if first is not None and n.start <= first.start < n.end and n.entity.type in ("person", "organisation")), None)
    if first is None or named is None or first.i > verb.i or any(t.start == named.end and t.text in ("'s", "’s") for t in toks):
        return None  # (not whose the speaker is: '"...," Holm's lawyer, Anna Berg, told reporters')
    return first


def _name_after(toks, verb, inside, outside: list[_Named]):
    """In '"...," said University of Lindmark psychologist Jane Holm': the last person named in the noun phrase
    right after the verb (its title and employer come first), or None."""
    last = None
    for j in range(verb.i + 1, min(len(toks), verb.i + 12)):
        t = toks[j]
        if t.text in ("'s", "’s") and last is not None and last.i == j - 1:
            return None  # '"...," said Per Holm's wife': the name is whose she is, not who spoke
        if inside[j] or t.pos not in ("PROPN", "NOUN", "ADJ", "ADP", "DET", "PUNCT") or t.text in (",", ".", ";", ":"):
            break
        if any(n.start <= t.start < n.end and n.entity.type == "person" for n in outside):
            last = t
    if last is not None and last.dep in ("pobj", "poss"):
        return None  # '"...," said a lawyer for Per Holm': the name is whom the speaker speaks for
    return last


def _by_name(subject, toks, seen: list[_Named]) -> Entity | None:
    """A name the tagger left out ("Holm said", "Anna said"): the one person or organisation the article named
    before whose name or alias is that name, or whose surname (with its particles: "van der Berg" of "Anna van der Berg") or
    given name it is."""
    words = [t.text for t in toks if t.head == subject.i and t.dep == "compound" and t.i < subject.i] + [subject.text]
    while len(words) > 1 and words[0].lower().strip(".") in HONORIFICS:
        words = words[1:]  # "Dr de Vries said": the surname with its particle, after the honorific
    key = norm(" ".join(words))
    size = len(key.split())
    found = {}
    for n in seen:
        e = n.entity
        if e.type not in ("person", "organisation"):
            continue
        forms = {norm(f) for f in (e.name, *e.aliases)}
        # (a generational suffix is no surname: "Berg" is "Erik Berg Jr"'s)
        forms |= {" ".join(f.split()[:-1]) for f in forms if len(f.split()) > 2 and f.split()[-1] in NAME_SUFFIXES}
        if key in forms or (e.type == "person" and any(len(f.split()) > size and f.split()[-size:] == key.split()
                                                       or len(f.split()) > 1 and f.split()[:1] == key.split()
                                                       for f in forms)):
            found[e.id] = e
    return next(iter(found.values())) if len(found) == 1 else None


def _described(subject, toks, seen: list[_Named], paragraph: int) -> Entity | None:
    """"The company said", "the president told": the one organisation or person named before whose name ends in
    that noun or whose description does; None when the article has no such entity, or several, or when it was
    named before the paragraph before `paragraph` (the noun's) and someone of its kind the articles do not
    describe has been named since."""
    determiner = next((t for t in toks if t.head == subject.i and t.dep in ("det", "poss")), None)
    if determiner is None:
        return None
    after = toks[subject.i + 1] if subject.i + 1 < len(toks) else None
    if after is not None and after.text[:1].isupper() and after.text.isalpha():
        return None  # a title before a name the tagger did not know ("the drummer Kid Vester wrote"): that one, not whom it describes
    # "the union's president": the possessor must be in that title ("union's president", "president of the
    # union"); never a pronoun's ("his lawyer": whose?)
    owner = determiner.text.lower() if determiner.dep == "poss" and determiner.pos in ("NOUN", "PROPN") else None
    if owner is None and determiner.text.lower() not in ("the", "this", "that"):
        return None
    noun = subject.lemma.lower()
    first = subject.i
    while first >= 2 and hyphen_joins(toks, first - 1):
        first -= 2  # a title written with a hyphen ("the director-general said"): the whole of it
    if first < subject.i:
        noun = "".join(t.text for t in toks[first:subject.i]).lower() + noun
    past = noun.startswith("ex-") or any(t.head == subject.i and t.text.lower() in PAST_POSTS for t in toks)
    noun = noun.removeprefix("ex-")
    found = {}
    for n in seen:
        e = n.entity
        if e.type not in ("person", "organisation"):
            continue
        # (a post once held is no post now: "the prosecutor" is not "a former federal prosecutor"; "the former
        # mayor" is)
        titles = [e.name, *(r.text for r in e.roles if r.text.split() and (past or not PAST_POSTS & set(norm(r.text).replace("ex-", "ex ").split())))]
        if owner is not None:
            titles = [t for t in titles if owner in norm(t).split()]
        heads = {_head_word(t) for t in titles}
        if noun in heads | {TITLE_IN_FULL.get(h.rstrip("."), h) for h in heads}:  # ("Sen. Anna Berg": the senator)
            found[e.id] = e
    if len(found) > 1:
        # several so described: the one the noun's own paragraph names, when it names only one of them ("President
        # Erik Dahl sent his condolences. '...,' the President said")
        here = {n.entity.id for n in seen if n.paragraph == paragraph and n.entity.id in found}
        found = {e: found[e] for e in here} if len(here) == 1 else found
    if len(found) != 1:
        return None
    entity = next(iter(found.values()))
    if noun in BARE_PERSON_NOUNS and not any(n.entity.id == entity.id and n.paragraph == paragraph for n in seen):
        return None  # "the man", "the woman": anyone the paragraph has brought in ("a neighbour ... the man shouted")
    # a noun stands for the one it describes when it was named lately, or when everyone of its kind named since is
    # known to be something else ("Opposition leader Maria Olsen" is no minister); not across paragraphs naming
    # someone undescribed ("... a folk legend like Nordvik. [paragraphs] Erik Holm dedicated a song to him. '...,'
    # the legend said": Holm, for all the reader knows)
    last = max((n.paragraph, n.start) for n in seen if n.entity.id == entity.id)
    if last[0] < paragraph - 1 and any((n.paragraph, n.start) > last and n.entity.type == entity.type and not _known_as(n.entity)
                                       for n in seen):
        return None
    return entity


TITLE_IN_FULL = title_in_full()
BARE_PERSON_NOUNS = words("bare_person_nouns")  # "the man", "the woman": whoever the paragraph brought in last


def _owner_described(noun, toks, seen: list[_Named], paragraph: int) -> Entity | None:
    """"the council's statement said", "according to the company's letter": a message whose owner is a noun is the
    words of the one organisation or person that noun stands for (_described)."""
    if noun.lemma.lower() not in MESSAGE_NOUNS:
        return None
    owner = next((t for t in toks if t.head == noun.i and t.dep == "poss" and t.pos == "NOUN"), None)
    return _described(owner, toks, seen, paragraph) if owner is not None else None


def _known_as(entity: Entity) -> bool:
    """The articles say what the entity is: a person by a title or a noun for a person ("opposition leader"; not
    only what he did, "paid tribute to ..."), an organisation by any description."""
    if entity.type != "person":
        return any(r.text.split() for r in entity.roles)
    return any(_head_word(r.text) in PERSON_NOUNS for r in entity.roles)


POSTMODIFIER_START = re.compile(r"\s+(?:of|for|at|in|on|to|with)\s+", re.I)


def _head_word(phrase: str) -> str:
    """The noun a name or title is built on: its last word, or the last before an of-phrase ("mayor of Vesterby",
    "Organisation for the Protection of ...": mayor, organisation)."""
    words = POSTMODIFIER_START.split(phrase, maxsplit=1)[0].split()
    return words[-1].lower() if words else ""


GOVERNED_THROUGH = {"ccomp", "xcomp", "conj", "advcl", "parataxis", "dobj", "attr", "acomp", "prep", "pobj", "pcomp", "dep", "ROOT"}


def _is_reporting(tok) -> bool:
    return tok.lemma in ATTRIBUTION_LEMMAS and tok.pos in ("VERB", "AUX")


def _governing_verb(toks, quoted, inside):
    """The reporting verb the quotation depends on: up from the quotation's top word through reported clauses
    ('he said the decision was "a disgrace"'), never out of a relative clause or into an unrelated main verb
    ('the council added the town to a list, moves residents had called "a provocation"': not said by the mayor)."""
    ids = {t.i for t in quoted}
    top = next((t for t in quoted if t.head not in ids or t.head == t.i), None)
    if top is None:
        return None
    if top.head == top.i:  # the quotation holds the sentence's root: a reporting verb outside it takes it as object
        return next((t for t in toks if _is_reporting(t) and not inside[t.i] and toks[t.head].i == top.i), None)
    tok = toks[top.head]
    # a that-clause the parser joined to the verb before it ('said the firm deleted the data when Holmex asked it
    # to, and that "..."'): a second thing said, not what that verb reports
    joined = top.dep == "conj" and any(t.head == top.i and t.dep == "mark" and t.text.lower() == "that" for t in toks)
    for step in range(8):
        if not inside[tok.i] and (_is_reporting(tok) or _said_to_say(toks, tok) is not None) and not (joined and step == 0):
            return tok  # (or a verb a reporting participle completes: "Holm was quoted as saying")
        if tok.pos in ("VERB", "AUX") and not inside[tok.i] and tok.dep not in GOVERNED_THROUGH and not _content_clause(toks, tok) \
                and not _describing_clause(toks, tok):
            return None  # the quotation sits in a relative or adverbial clause of something else
        if _content_clause(toks, tok) and any(t.head == tok.head and t.dep == "poss" for t in toks):
            return None  # "Berg said Holm's claim that the bridge was "safe" was false": Holm's words, not hers
        if tok.head == tok.i:
            return None
        tok = toks[tok.head]
    return None


RELATIVE_PRONOUNS = {"that", "which", "who"}


def _describing_clause(toks, verb) -> bool:
    """A relative clause that only says what its noun is ("doses that were "far above any safe limit""): part
    of whatever the sentence around it reports, not words of its own; not one with a speaker of its own ("moves
    residents had called ...") nor one that reports or names ("a report which called it ...")."""
    return verb.dep == "relcl" and not _is_reporting(verb) and verb.lemma.lower() not in ATTRIBUTION_LEMMAS \
        and any(t.head == verb.i and t.dep in ("nsubj", "nsubjpass") and t.text.lower() in RELATIVE_PRONOUNS for t in toks)


def _content_clause(toks, verb) -> bool:
    """A that-clause completing a noun ("saying without evidence that drivers ignored the signs ..."): what is
    said, like a reported clause; not a relative clause ("moves that residents called ...", where "that" is the
    object). (A that-clause after a phrase, "told the panel at the hearing that the firm had become ...", the
    parser may hang on the phrase's noun as a relative clause: its "that" is still a conjunction.)"""
    return verb.dep in ("acl", "relcl") and any(t.head == verb.i and t.dep == "mark" and t.text.lower() == "that" for t in toks)


def _named(subject, toks, outside: list[_Named]) -> Entity | None:
    """The person or organisation the subject names: the subject itself inside a name, or an organisation in a
    compound before a common noun ("a Council report", "the Ministry statement"); never a possessor ("Holm's
    spokesman") or the organisation in a person's title ("Nordvik co-founder Jane Holm")."""
    if subject.text in POST_NOMINALS and subject.i > 0 and toks[subject.i - 1].pos == "PROPN":
        subject = toks[subject.i - 1]  # "Judge Erik Holm KC told ...": the parse makes the letters after the name its head
    for n in outside:
        if n.start <= subject.start < n.end and (n.entity.type in ("person", "organisation")
                                                   or n.entity.type == "place" and subject.ent == "GPE"):
            return n.entity  # (a country speaks as a state: "Vesterland denounced the move, calling it ...")
    if subject.pos != "NOUN" or subject.lemma.lower() not in MESSAGE_NOUNS:
        return None  # a name's compounds are its title ("Nordvik co-founder Jane Holm"); "a police officer" is unnamed
    for child in toks:
        if child.head == subject.i and child.dep == "compound":
            for n in outside:
                if n.start <= child.start < n.end and n.entity.type == "organisation":
                    return n.entity
        if child.head == subject.i and child.dep == "poss":  # "Holm's statement said": Holm's words
            for n in outside:
                if n.start <= child.start < n.end and n.entity.type in ("person", "organisation"):
                    return n.entity
        # (or the verb's, the parser's choice: "read a statement on behalf of X", "issued a statement from X")
        of_verb = child.text.lower() in ("from", "on") and subject.dep == "dobj" and child.head == subject.head
        if child.dep == "prep" and (child.head == subject.i and child.text.lower() in ("from", "by", "on") or of_verb):
            # "according to a statement from Holm", "a letter by the Vester Institute", "a statement on behalf of
            # her sister, Anna Berg" (the name, or the name in apposition to the noun)
            objects = [o for o in toks if o.head == child.i and o.dep == "pobj"]
            if child.text.lower() == "on":
                objects = [o for b in objects if b.text.lower() == "behalf" for f in toks if f.head == b.i and f.text.lower() == "of"
                           for o in toks if o.head == f.i and o.dep == "pobj"]
            objects += [a for o in objects if o.pos == "NOUN" for a in toks if a.head == o.i and a.dep == "appos"]
            for obj in objects:
                for n in outside:
                    if n.start <= obj.start < n.end and n.entity.type in ("person", "organisation"):
                        return n.entity
    return None


MESSAGE_NOUNS = words("message_nouns")
POST_NOMINALS = shared_cased_words("post_nominals")  # "KC", "MP": letters after a name (entities reads the same list)
NAME_SUFFIXES = words("name_suffixes")
PAST_POSTS = words("past_posts")
SPOKES_NOUNS = words("spokes_nouns")


def _spoken_for(subject, toks, outside: list[_Named], seen: list[_Named] | None = None, paragraph: int = 0) -> Entity | None:
    """'A spokeswoman for the Nordvik Port Authority said', 'a Nordvik spokesman said': the organisation she speaks for (not a person's
    spokesman: his words are not the person's own); 'a spokeswoman for the company said', the one organisation
    named before that "the company" stands for (_described)."""
    if subject.lemma.lower() not in SPOKES_NOUNS:
        return None
    for owner in toks:  # 'a Holmex spokesperson said', "the agency's spokesman": the body's name on the noun
        if owner.head == subject.i and owner.dep in ("compound", "nmod", "poss") and owner.pos == "PROPN":
            named = next((n.entity for n in outside if n.start <= owner.start < n.end), None)
            if named is not None:
                return named if named.type == "organisation" else None  # (a person's spokesman: not the person's words)
    for prep in toks:
        if prep.head == subject.i and prep.dep == "prep" and prep.text.lower() == "for":
            for obj in toks:
                if obj.head == prep.i and obj.dep == "pobj":
                    named = next((n.entity for n in outside if n.start <= obj.start < n.end and n.entity.type == "organisation"), None)
                    if named is None and seen is not None and obj.pos == "NOUN":
                        described = _described(obj, toks, seen, paragraph) or _the_body(obj, toks, seen, paragraph)
                        return described if described is not None and described.type == "organisation" else None
                    return named
    return None


def _the_body(noun, toks, seen: list[_Named], paragraph: int) -> Entity | None:
    """"the company", "the charity" for the one body the paragraph had for a subject before it ("Holmex, which owns
    the Vesta brand, said it would help. A spokeswoman for the company said"; "... '...,' the Vester planemaker
    said"), none other; else None."""
    kind = noun.lemma.lower()
    if not (kind in BODY_NOUNS or any(kind.endswith(b) and len(kind) > len(b) + 2 for b in BODY_NOUNS)) \
            or not any(t.head == noun.i and t.dep == "det" and t.text.lower() == "the" for t in toks):
        return None  # (a kind of maker written as one word: "the planemaker", "the shipmaker")
    bodies = {n.entity.id: n.entity for n in seen if n.paragraph == paragraph and n.entity.type == "organisation" and n.main_subject}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


BODY_NOUNS = words("org_classes")  # "the company", "the charity": what a spokesperson may speak for
PERSON_TITLE_WORDS = shared_words("person_titles")  # "MP", "Senator": a title the tagger may read as a name
GENDERED = {"he": "m", "him": "m", "she": "f", "her": "f"}
OBJECT_FORMS = {"m": {"him", "his", "himself"}, "f": {"her", "hers", "herself"}}  # a pronoun of the gender that is no subject
MALE_WORDS = words("male_words")
FEMALE_WORDS = words("female_words")
HONORIFIC_SEX = honorific_sex()
HONORIFICS = words("honorifics")
NO_COMMENT_VERBS = words("no_comment_verbs")  # "declined to comment", "refused to speak"


def _gender(entity: Entity) -> str | None:
    """What the articles' own words say of a person's gender (an honorific before a name, a role noun such as
    "spokeswoman"), or None."""
    marks = {w.lower().strip(".") for n in (entity.name, *entity.aliases) for w in n.split()[:1]}
    for r in entity.roles:  # the role's own noun, not a noun after "of"/"to" ("aide to the queen" is no woman), nor
        # one after a possessive ("buried her brother": the brother is someone else)
        head = re.split(r"\b(?:of|to|for|at|with|in|on|from|his|her|their|its)\b", r.text.lower())[0]
        words = head.replace("-", " ").split()  # "ex-girlfriend"
        # (an honorific inside a longer title is part of the title, no sex: "Lord Mayor", "Lady Justice")
        marks |= {w for k, w in enumerate(words) if k == len(words) - 1 or w not in HONORIFIC_SEX}
    if marks & MALE_WORDS:
        return "m"
    if marks & FEMALE_WORDS:
        return "f"
    return None


def _given_name_sex(entity: Entity) -> str | None:
    """"m"/"f" by the given name of the person's full name, when the given-name list knows it."""
    first = next((n.split()[0].lower() for n in (entity.name, *entity.aliases) if len(n.split()) > 1), "")
    return sex_of_given_name(first) if first else None


def _asks(toks, clause) -> bool:
    """An embedded question: a clause opened by a wh-word, "whether" or "if" ("why the ferry left port ...")."""
    return any(t.head == clause.i and t.i < clause.i and (t.tag in ("WRB", "WP", "WDT") or t.text.lower() in ("whether", "if"))
               for t in toks)


def _same_speaker(previous: tuple[int, _Said, int] | None, pronoun: str, history: list[_Named], outside: list[_Named],
                  genders: Mapping[str, str] | None = None, paragraph: int | None = None) -> Entity | None:
    """'"...," Holm said. [...] "...," he added.': a pronoun that no name nearby resolves is the speaker of the
    quotation before, when the articles show that speaker's gender and it agrees, and nobody else has been named
    since; in the same paragraph ('"...," Berg said. "...," she added.') also when they show none, unless a given
    name says otherwise."""
    if previous is None or previous[1].speaker is None:
        return None
    speaker = previous[1].speaker
    gender = (genders or {}).get(speaker.id) or next((n.gender for n in [*history, *outside] if n.entity.id == speaker.id), _gender(speaker))
    wanted = GENDERED.get(pronoun)
    if speaker.type != "person" or wanted is None:
        return None
    if gender != wanted and not (gender is None and previous[0] == paragraph and _given_name_sex(speaker) in (None, wanted)):
        return None
    since = [n for n in history if (n.paragraph, n.start) >= (previous[0], previous[2])] + outside
    return speaker if all(n.entity.id == speaker.id for n in since if n.entity.type == "person") else None


def _antecedent(history: list[_Named], outside: list[_Named], sentence: Sentence, pronoun_tok, pronoun: str,
                paragraph: list[Sentence]) -> Entity | None:
    """_antecedent_named, unless the paragraph's last main-clause subject before the pronoun is a name the tagger
    missed that is not the antecedent's (_unknown_name_subject)."""
    entity = _antecedent_named(history, outside, sentence, pronoun_tok, pronoun, paragraph)
    missed = _unknown_name_subject(paragraph, sentence, pronoun_tok.start, outside)
    if entity is not None and missed is not None and not any(missed in norm(n).split() for n in (entity.name, *entity.aliases)):
        return None
    return entity


def _antecedent_named(history: list[_Named], outside: list[_Named], sentence: Sentence, pronoun_tok, pronoun: str,
                      paragraph: list[Sentence]) -> Entity | None:
    """The person a "he"/"she" before a reporting verb refers to, or None when that is not clear.  In the
    paragraph: the last main-clause subject before it whose gender (when the articles show it) agrees, or else the
    only person named; none named there: the only person the paragraph before names.  A person-name the glossary
    does not know ("says Mo") before the pronoun makes it unclear."""
    wanted = GENDERED.get(pronoun)
    before = pronoun_tok.start
    unnamed = _unnamed_subject(paragraph, sentence, before)

    def agree(n: _Named) -> bool:
        return n.entity.type == "person" and _may_be(n, pronoun) and not n.silent

    # (a name of several words the tagger took for a person's may be a known organisation's, "Nordvik Labs"; a
    # one-word "Holm" the glossary doubted into an organisation may still be a person)
    # (nor a place: "Holmsund" tagged as a person's name in one sentence is still the town the glossary knows; and
    # a name inside a quotation is no one the narrative names: "'I have served Holmsund well,' he said")
    known = [(n.start, n.end) for n in outside if n.entity.type in ("person", "place") or len(n.entity.name.split()) > 1]
    quoted = _paragraph_quotes(paragraph)
    unknown = [t for s in paragraph if s.start <= sentence.start for t in s.tokens
               if t.ent == "PERSON" and t.start < before and not any(a <= t.start < b for a, b in known)
               and not any(a <= t.start < b for a, b in quoted) and not _only_others(s.tokens, t, history, wanted)]
    if unknown:
        return None
    fronted = _fronted_participle(sentence.tokens, pronoun_tok)
    here = [n for n in outside if n.start < before and agree(n) and not fronted[0] <= n.start < fronted[1]]
    last_subject = max((n for n in outside if n.start < before and n.entity.type == "person" and n.main_subject),
                       key=lambda n: n.start, default=None)
    if last_subject is not None and last_subject not in here and last_subject.gender in (None, wanted) \
            and wanted is not None and wanted != last_subject.not_gender:
        # the last subject is set aside only as someone's relative ("Eva Lind, her neighbour, was also
        # questioned. '...,' she said"): she may still be the one who speaks, so no one else is sure
        return None
    if unnamed is not None and not any(n.main_subject and n.start > unnamed[0].start for n in here):
        # 'The minister rejected the criticism. "...," she said': the person that noun stands for (the one person
        # named before with that title), not a name from before it
        seen = history + [n for n in outside if n.start < unnamed[0].start]
        # (or the body a spokesperson speaks for: 'A Holmex spokeswoman said ... "...," she said')
        entity = _described(unnamed[0], unnamed[1], seen, sentence.paragraph) \
            or _spoken_for(unnamed[0], unnamed[1], outside, seen, sentence.paragraph)
        gender = next((n.gender for n in seen if entity is not None and n.entity.id == entity.id), None)
        return entity if entity is not None and (wanted is None or gender in (None, wanted)) else None
    if here:
        subjects = [n for n in here if n.main_subject]
        if subjects:
            last = subjects[-1]
            if any(n.entity.id != last.entity.id and agree(n) and _coordinated(last, n, paragraph) for n in here):
                return None  # a subject of two people ("Anna Berg and Eva Lind spoke"): which one "she" is, is not said
            if wanted is not None and last.relative_of == wanted and any(n.entity.id != last.entity.id and agree(n) for n in here):
                return None  # 'Anna Berg waited. Her sister, Eva Lind, had driven up. "...," she said': either woman
            return last.entity
        people = {n.entity.id: n.entity for n in here}
        # the only person named, unless an organisation is named there too: a person the tagger took for one
        # ("... came from Ariane Vesterholm, Holm's ex-girlfriend. '...,' she wrote") would be the antecedent
        others = [n for n in outside if n.start < before and n.entity.type == "organisation" and not _a_place_here(n, paragraph)]
        # -- unless the articles show that the one person is what the pronoun says ("Anna Berg, Mr Holm's sister,
        # spoke to Vester Radio ... she said": a woman, and Holm a man)
        sure = wanted is not None and all(n.gender == wanted for n in here)
        if len(people) == 1 and _someone_unnamed_acts(paragraph, sentence, before, here):
            return None  # 'The candidate accused the harbour master, Ms Dahl, of ... "...," she said': the candidate
        return next(iter(people.values())) if len(people) == 1 and (not others or sure) else None
    if _body_spoke(paragraph, outside, before):
        return None  # (see _quotes_of)
    earlier = [n for n in history if n.paragraph == sentence.paragraph - 1 and agree(n)]
    people = {n.entity.id: n.entity for n in earlier}
    if any(n.under_pronoun == pronoun for n in earlier):
        return None  # 'She said crews would start where Anna Berg lived. / "...," she added': not Berg
    if len(people) > 1 and wanted is not None:
        # 'Mr Holm was joined by Minister Kim Dahl and Mayor Robin Berg. / "...," he said': the one subject of the
        # paragraph before, known to be a man, when no one else there is known to be one
        shown = {n.entity.id for n in earlier if n.gender == wanted}
        leading = {n.entity.id for n in history if n.paragraph == sentence.paragraph - 1 and n.main_subject and n.entity.type == "person"}
        # (not when another there has a given name of that sex: "Erik Holm claims chairman Tomas Berg promised him
        # ...": the chairman shown a man by his title, Holm by his name only; "he" may be either)
        likely = {n.entity.id for n in earlier if n.gender is None and _given_name_sex(n.entity) == wanted}
        if len(shown) == 1 and leading == shown and not likely - shown:
            return people[shown.pop()]
    return next(iter(people.values())) if len(people) == 1 else None


def _unknown_name_subject(paragraph: list[Sentence], sentence: Sentence, before: int, outside: list[_Named]) -> str | None:
    """The last main-clause subject before the pronoun in its paragraph is a proper noun written as a name ("After the
    ruling, Holmqvara said she had hoped ..."; one word, a capital and then lower case) that the glossary
    does not mark there: the pronoun most likely stands for that one, whoever it is (the word, normalised; or None)."""
    found = _main_subject_before(paragraph, sentence, before)
    last = found[0] if found is not None else None
    if last is not None and _untagged_name_word(last) and not any(n.start <= last.start < n.end for n in outside):
        return norm(last.text)
    return None


def _someone_unnamed_acts(paragraph: list[Sentence], sentence: Sentence, before: int, named: list[_Named]) -> bool:
    """A clause before the pronoun, outside quotation marks, has for its subject one person named by a noun only
    ("The candidate accused the harbour master, Ms Dahl, of ..."), however the parser hung that clause: the
    pronoun may stand for that person, so the one name there is not sure to be its antecedent. Not the outlet's own
    ("Our reporter spoke to Anna Berg ... '...,' she said": the reporter asks, the one named answers)."""
    return any(t.pos == "NOUN" and t.tag == "NN" and not t.ent and t.lemma.lower() in PERSON_NOUNS
               and not any(c.head == t.i and (c.dep == "appos" or c.dep == "poss" and c.text.lower() == "our") for c in s.tokens)
               and all(t.start < n.start for n in named)
               for t, s in _subjects_before(paragraph, sentence, before))


def _subjects_before(paragraph: list[Sentence], sentence: Sentence, before: int):
    """(token, sentence) of each clause's subject in the paragraph before offset `before` of `sentence`, outside
    quotation marks, in reading order."""
    quoted = _paragraph_quotes(paragraph)
    for s in paragraph:
        if s.start > sentence.start:
            return
        for t in s.tokens:
            if t.start >= before:
                break
            if t.dep in ("nsubj", "nsubjpass") and not any(a <= t.start < b for a, b in quoted):
                yield t, s


def _fronted_participle(toks, pronoun_tok) -> tuple[int, int]:
    """The characters of a participle clause that opens the sentence and has no subject of its own ("Asked about
    Erik Holm, she said", "Turning to Anna Berg's account, she added"): its subject is the pronoun's, so
    whoever it names is not who the pronoun is. (0, 0) when there is none."""
    verb = pronoun_tok.head
    for c in toks:
        if c.head == verb and c.dep == "advcl" and c.tag in ("VBG", "VBN") and c.i < pronoun_tok.i \
                and not any(t.head == c.i and t.dep in ("nsubj", "nsubjpass", "expl") for t in toks):
            first = next(t for t in toks if under(toks, t.i, c.i))
            last = toks[_subtree_end(toks, c.i)]
            return first.start, last.start + len(last.text)
    return 0, 0


def _only_others(toks, tok, history: list[_Named], wanted: str | None) -> bool:
    """A family name alone that the glossary leaves to no one (several people of the story bear it: "Berg" of Anna
    and Eva Berg), when everyone the article has named with it is shown, or by a given name known, to be of the
    other gender than the pronoun's: it stands for one of them, none of whom is the "he" ("Lars Holm said Berg
    wrote by hand. '...,' he said")."""
    if wanted is None:
        return False
    start, end = tok.i, tok.i + 1
    while start > 0 and toks[start - 1].ent == "PERSON":
        start -= 1
    while end < len(toks) and toks[end].ent == "PERSON":
        end += 1
    name = norm(span_text(toks[start:end]))
    bearers = [n for n in history if n.entity.type == "person" and norm(n.entity.name).endswith(" " + name)]
    return bool(bearers) and all(n.gender not in (None, wanted) or n.gender is None and n.not_gender == wanted for n in bearers)


def _a_place_here(n: _Named, paragraph: list[Sentence]) -> bool:
    """An organisation's name used for where someone is ("Outside the Vester Library, Anna Berg ..."): the object of
    a preposition of place that opens its sentence; no person's name mistaken for an organisation's."""
    for s in paragraph:
        if s.start <= n.start < s.end:
            toks = s.tokens
            head = _head_within(toks, n.start, n.end)
            return head is not None and head.dep == "pobj" and toks[head.head].i == 0 \
                and toks[head.head].text.lower() in PLACE_PREPOSITIONS
    return False


PLACE_PREPOSITIONS = words("place_prepositions")


def _may_be(n: _Named, pronoun: str) -> bool:
    """The pronoun may stand for this person: the gender the articles show agrees, or none shown and no given
    name or relation says otherwise."""
    wanted = GENDERED.get(pronoun)
    return wanted is None or n.gender == wanted or n.gender is None and wanted not in (n.relative_of, n.not_gender)


def _coordinated(a: _Named, b: _Named, paragraph: list[Sentence]) -> bool:
    """Two names joined by "and", "or" or a comma only ("Anna Berg and Eva Lind"), not by a verb ("Holm said Berg")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = [t.text.lower() for s in paragraph for t in s.tokens if first.end <= t.start < second.start]
    return bool(between) and all(w in (",", "and", "or", "&") for w in between)


def _someone_unnamed_since(speaker: Entity, paragraph: int, outside: list[_Named], history: list[_Named],
                           by_paragraph: dict[int, list[Sentence]]) -> bool:
    """A "he"/"she" resolved to a person named in an earlier paragraph, when the paragraph before ends on someone
    named by a noun only ("Erik Holm praised the plan. His brother was less sure. / '...,' he said"): the
    pronoun may be that person's."""
    if any(n.entity.id == speaker.id for n in outside):
        return False  # named in the quotation's own paragraph
    before = by_paragraph.get(paragraph - 1, [])
    if not before:
        return False
    unnamed = _unnamed_subject(before, before[-1], before[-1].start + len(before[-1].text), missed=True)
    if unnamed is not None and unnamed[0].pos == "PROPN":
        return True  # a name the glossary does not know: the pronoun may be that person's, whoever else is named
    if unnamed is None or any(n.paragraph == paragraph - 1 and n.entity.id == speaker.id and n.start > unnamed[0].start for n in history):
        return False
    described = _described(unnamed[0], unnamed[1], [n for n in history if (n.paragraph, n.start) < (paragraph - 1, unnamed[0].start)],
                           paragraph - 1)
    return described is None or described.id != speaker.id  # ("The mayor thanked them": the mayor named before)


PERSON_NOUNS = person_nouns()


def _paragraph_quotes(paragraph: list[Sentence]) -> list[tuple[int, int]]:
    """The quoted spans of a paragraph, in the offsets its sentences' tokens have."""
    if not paragraph:
        return []
    text = [" "] * max(s.start + len(s.text) for s in paragraph)
    for s in paragraph:
        text[s.start:s.start + len(s.text)] = s.text
    return quoted_spans("".join(text))


def _unnamed_subject(paragraph: list[Sentence], sentence: Sentence, before: int, missed: bool = False):
    """(token, tokens) of the last main-clause subject before `before` in the paragraph, outside quotation marks,
    when it is one person named by a noun only ("The minister rejected ...", "A spokeswoman said ..."; not
    "reporters"), or with `missed`, by a name the tagger missed ("Erik Holm Berg, Anna's cousin, said ..."); else
    None."""
    if not paragraph:
        return None
    last = _main_subject_before(paragraph, sentence, before)
    if last is not None and missed and _missed_name(last[0], last[1]):
        return last
    if last is None or last[0].pos != "NOUN" or last[0].tag != "NN" or last[0].ent or last[0].lemma.lower() not in PERSON_NOUNS:
        return None
    if any(t.head == last[0].i and t.dep == "appos" and (t.ent or t.pos == "PROPN") for t in last[1]):
        return None  # "The village's mayor, Erik Holm, said ...": named after all
    return last


def _missed_name(tok, toks) -> bool:
    """`tok` heads a name of two or more proper nouns written as names are (a capital, then lower case: not "CEO",
    "NordLab"), one run of words, that the tagger left untagged: someone the articles name whom the glossary does
    not know."""
    words = [t for t in toks if t.head == tok.i and t.dep == "compound" and t.i < tok.i] + [tok]
    return len(words) >= 2 and all(_untagged_name_word(t) for t in words) and words[-1].i - words[0].i == len(words) - 1


def _untagged_name_word(t) -> bool:
    """A proper noun written as names are (a capital, then lower case: not "CEO", "NordLab"), which the tagger left
    untagged."""
    return t.pos == "PROPN" and not t.ent and t.text[:1].isupper() and t.text[1:].isalpha() and t.text[1:].islower()


def _main_subject_before(paragraph: list[Sentence], sentence: Sentence, before: int):
    """(token, tokens) of the last subject of a sentence's main verb before `before` in the paragraph, outside
    quotation marks; or None."""
    last = None
    for t, s in _subjects_before(paragraph, sentence, before):
        if s.tokens[t.head].dep == "ROOT":
            last = (t, s.tokens)
    return last


def _organisation_before(paragraph: list[Sentence], sentence: Sentence, before: int, outside: list[_Named]) -> Entity | None:
    """What an "it" that reports a quotation stands for: the organisation whose name is the last main-clause subject
    before it in its paragraph ("The Holm Port Authority has not cancelled the lease. '...,' it said"); anything
    else there (a noun, a person, another pronoun) leaves it unclear."""
    found = _main_subject_before(paragraph, sentence, before)
    if found is None:
        return None
    subject = found[0]
    return next((n.entity for n in outside if n.start <= subject.start < n.end and n.entity.type == "organisation"), None)


def _paragraph_before(history: list[_Named], paragraph: int, pronoun: str, by_paragraph: dict[int, list[Sentence]]) -> int:
    """The paragraph before; or the one before that when it names no person or organisation and is either a
    headline printed between (one sentence in the present tense: "Storm closes the harbour bridge") or goes on
    about someone only as "he"/"his" ("she"/"her"), with no common noun as a subject ("A neighbour saw ..." is
    someone else)."""
    before = paragraph - 1
    if any(n.paragraph == before and n.entity.type in ("person", "organisation") for n in history):
        return before
    sentences = by_paragraph.get(before, [])
    roots = [t for s in sentences for t in s.tokens if t.head == t.i]
    headline = len(sentences) == 1 and len(roots) == 1 and roots[0].tag in ("VBZ", "VBP")
    forms = {p for p, g in GENDERED.items() if g == GENDERED.get(pronoun)} | OBJECT_FORMS.get(GENDERED.get(pronoun, ""), set())
    same_person = any(t.text.lower() in forms for s in sentences for t in s.tokens) and not any(
        t.dep in ("nsubj", "nsubjpass") and t.pos == "NOUN" for s in sentences for t in s.tokens)
    return before - 1 if sentences and (headline or same_person) else before


def _last_main_subject(history: list[_Named], paragraph: int) -> _Named | None:
    """The last person or organisation named as a main clause's subject in the paragraph."""
    subjects = [n for n in history if n.paragraph == paragraph and n.main_subject]
    return max(subjects, key=lambda n: n.start) if subjects else None


def _told_of_subject(n: _Named, subject: _Named, sentences: list[Sentence]) -> bool:
    """`n` is named inside what the sentence says of its subject, between the subject and its verb ("Erik Holm, a
    teacher who once coached Tomas Brandt, said ..."): an aside about the subject, not a second person the
    sentence is about, so no antecedent for the "he" who speaks next."""
    for sentence in sentences:
        toks = sentence.tokens
        if toks and toks[0].start <= subject.start <= toks[-1].start:
            verb = next((t for t in toks if t.head == t.i and t.start >= subject.end), None)
            return verb is not None and subject.end < n.start and n.end <= verb.start and any(
                t.text == "," and subject.end <= t.start < n.start for t in toks)
    return False


def _in_subject_s_report(n: _Named, subject: _Named, sentences: list[Sentence]) -> bool:
    """`n` is named inside the clause the subject is reported as saying ("Erik Holm said he had met with Tomas
    Brandt"): what the subject told, so no second person the "he" who speaks next may be; the quotation after such
    a paragraph goes on with the speaker's own words."""
    for sentence in sentences:
        toks = sentence.tokens
        if not toks or not toks[0].start <= subject.start <= toks[-1].start:
            continue
        who = next((t for t in toks if subject.start <= t.start < subject.end and t.dep in ("nsubj", "nsubjpass")), None)
        if who is None or toks[who.head].lemma.lower() not in ATTRIBUTION_LEMMAS:
            return False
        told = [t.i for t in toks if t.head == who.head and t.dep == "ccomp"]
        named = [t.i for t in toks if n.start <= t.start < n.end]
        return bool(told and named) and all(any(under(toks, i, c) for c in told) for i in named)
    return False


def _goes_on_as(sentences: list[Sentence], pronoun: str) -> bool:
    """Every main-clause subject of the paragraph is the pronoun ("She ran ... She sold ..."): it goes on
    about someone named before it."""
    subjects = [t.text.lower() for s in sentences for t in s.tokens if t.dep in ("nsubj", "nsubjpass") and s.tokens[t.head].dep == "ROOT"]
    return bool(subjects) and all(w == pronoun for w in subjects)


def _last_subject_before(history: list[_Named], paragraph: int, pronoun: str, by_paragraph: dict[int, list[Sentence]]) -> Entity | None:
    """When neither the paragraph nor an earlier quotation says who "he"/"she" is: the subject of the last main
    clause of the paragraph before (past one that names no person or organisation), when it is a person the
    pronoun may stand for ("Critics of Holm's plan met on Monday. Anna Berg, a lawmaker, argued ... / "...,"
    she said")."""
    before = _paragraph_before(history, paragraph, pronoun, by_paragraph)
    last = _last_main_subject(history, before)
    wanted = GENDERED.get(pronoun)
    for _ in range(TUNING.pronoun_chain_paragraphs):
        # a paragraph that goes on about the same person as "she" ("She ran the mill for a decade ... with the
        # engineer Erik Holm"), naming nobody else "she" may stand for: the person is named as a subject before it
        if last is not None or before <= 0 or not _goes_on_as(by_paragraph.get(before, []), pronoun) or any(
                n.paragraph == before and n.entity.type == "person" and (n.gender == wanted or n.gender is None
                                                                          and wanted not in (n.relative_of, n.not_gender))
                for n in history):
            break
        before -= 1
        last = _last_main_subject(history, before)
    if last is None or last.entity.type != "person" or wanted is None or last.gender not in (None, wanted) \
            or last.gender is None and wanted in (last.relative_of, last.not_gender):
        return None
    if any(n.paragraph == before and n.entity.id != last.entity.id and n.entity.type == "person"
           and (0 < n.start - last.end <= 6 or 0 < last.start - n.end <= 6) for n in history):
        return None  # a subject of two people ("Anna Berg and Erik Holm arrived"): which one "she" is, is not said
        # (a place next to the name is no second subject: "In Lindby, Anna Berg opened ...")
    if any(n.paragraph == before and n.entity.id != last.entity.id and n.entity.type == "person" and n.start > last.start
           and n.gender in (None, wanted) and not _told_of_subject(n, last, by_paragraph.get(before, []))
           and not _in_subject_s_report(n, last, by_paragraph.get(before, [])) for n in history):
        return None  # "Anna Berg charged Erik Holm with fraud": he may be either
    if any(n.paragraph == before and n.main_subject and n.entity.id != last.entity.id and n.entity.type == "person"
           and n.gender in (None, wanted) and wanted not in (n.relative_of, n.not_gender) for n in history):
        return None  # "Erik Holm, the coach, praised his players. Tomas Brandt scored twice.": he may be either
    others = OBJECT_FORMS[wanted]
    if any(t.text.lower() in others and t.start >= last.end and t.dep != "poss" for s in by_paragraph.get(before, []) for t in s.tokens):
        return None  # "Anna Berg, the prosecutor, charged him": the "he" who speaks next is someone else
    return last.entity


def _subject(toks, verb, inside):
    """The subject of an attribution verb, climbing to the governing verb for "..., stating that".  A participle
    set off by a comma that the parser hangs on an embedded question ("Holm questioned why a driver would cross
    into the smoke, saying ...") has the subject of the clause that asks it, not the question's ("a parent");
    after a reported statement ("officials said Holm left, saying ...") it keeps the nearer subject."""
    if verb.tag == "VBG" and verb.dep == "advcl" and verb.i > 0 and toks[verb.i - 1].text == ",":
        clause = toks[verb.head]
        while clause.dep in ("ccomp", "xcomp") and clause.head != clause.i and _asks(toks, clause):
            clause = toks[clause.head]
            verb = clause
    said_to_say = _said_to_say(toks, verb)
    if said_to_say is not None:  # "Berg quoted Holm as saying", "Holm was quoted as saying": Holm
        return said_to_say
    seen = 0
    while seen < 4:
        subjects = [t for t in toks if t.head == verb.i and t.dep in ("nsubj", "nsubjpass") and not inside[t.i]]
        if subjects:  # the parser may give two; the one nearest the verb is its head ("co-founder ... Holm said")
            subject = min(subjects, key=lambda t: abs(t.i - verb.i))
            if seen and subject.ent != "PERSON" and subject.pos != "PRON" and verb.dep == "ccomp" and _is_reporting(toks[verb.head]):
                # "Holm wrote that Holmex would audit its apps, saying ...": the company the writer's statement is
                # about, or the writer; not said which
                return None
            if subject.dep == "nsubjpass" and _is_reporting(verb):
                # "Berg was described by Holm as ...": the one who spoke is the agent; without one ("Berg was
                # described as ..."), nobody named
                return next((c for a in toks if a.head == verb.i and a.dep == "agent"
                             for c in toks if c.head == a.i and c.dep == "pobj"), None)
            return subject
        if verb.head == verb.i or verb.dep not in ("advcl", "xcomp", "conj", "ccomp"):
            return None
        verb = toks[verb.head]
        seen += 1
    return None


def _said_to_say(toks, verb):
    """"Berg quoted Holm as saying", "Berg recalled Holm saying", "Holm was quoted as saying": the one a reporting
    participle right after the verb's object (or its passive subject) says is saying the words, whichever of the
    two verbs the quotation hangs on; None for any other frame ("Holm defended the plan, saying ...")."""
    participle = main = None
    if verb.tag == "VBG" and _is_reporting(verb):
        participle = verb
        up = toks[verb.head]
        main = toks[up.head] if verb.dep == "pcomp" and up.text.lower() == "as" else up if verb.dep in SAYING_DEPS else None
    else:
        participle = next((t for t in toks if t.tag == "VBG" and _is_reporting(t) and (
            t.head == verb.i and t.dep in SAYING_DEPS
            or t.dep == "pcomp" and toks[t.head].text.lower() == "as" and toks[t.head].head == verb.i)), None)
        main = verb if participle is not None else None
    if participle is None or main is None or main.i == participle.i:
        return None
    start = participle.i - 1 if toks[participle.i - 1].text.lower() == "as" else participle.i
    obj = next((t for t in toks if t.head == main.i and t.dep == "dobj" and t.pos in ("PROPN", "PRON", "NOUN")), None)
    if obj is not None and _subtree_end(toks, obj.i) == start - 1:
        # (a message is not who speaks: "sent a tweet asking if ..." is the sender's)
        return obj if obj.lemma.lower() not in MESSAGE_NOUNS else None
    return next((t for t in toks if t.head == main.i and t.dep == "nsubjpass" and main.i < start), None)


SAYING_DEPS = ("advcl", "xcomp", "ccomp", "oprd", "dobj")


def _subtree_end(toks, i: int) -> int:
    end = i
    for t in toks:
        j = t.i
        while toks[j].head != j and j != i:
            j = toks[j].head
        if j == i:
            end = max(end, t.i)
    return end


def _merged(raw: list[_Raw]) -> list[dict]:
    """The raw quotations grouped by wording: the same words reported by several sources (or twice by one) are
    one quote, with each wording, the sources giving each, and the speakers they name."""
    merged: list[dict] = []
    by_word: dict[str, set[int]] = {}  # blocking: word -> the merged quotes that contain it
    for item in raw:
        key = norm(item.text)
        words = set(key.split())
        # the same words reported twice share most words, so they share one of the rarest words seen so far:
        # compare only with the quotes holding those (not with every quote holding a common word)
        indexed = sorted((len(by_word[w]), w) for w in words if len(w) > 3 and w in by_word)
        candidates = sorted({i for _, w in indexed[:RARE_WORDS] for i in by_word[w]})
        # the same words (of several, the closest), else the first that holds them or that they hold: a part of a
        # quotation is that quotation, but not a quotation within it, whose words are someone else's
        ratios = [(fuzz.ratio(key, merged[i]["key"]), -i) for i in candidates]
        target: dict | None = None
        if ratios and max(ratios)[0] >= 90:
            target = merged[-max(ratios)[1]]
        else:
            target = next((m for m in (merged[i] for i in candidates) if not (item.within or m["within"])
                           and len(min(key, m["key"], key=len)) > 20
                           and fuzz.partial_ratio(*sorted((key, m["key"]), key=len)) >= 94), None)
        if target is None:
            target = {"i": len(merged), "key": key, "texts": Counter(), "sources": set(), "speakers": Counter(), "entities": {},
                      "givers": defaultdict(set), "within": item.within}
            merged.append(target)
        target["texts"][item.text] += 1
        target["givers"][item.text].add(item.source)
        target["sources"].add(item.source)
        if item.speaker is not None:
            target["speakers"][item.speaker.id] += 1
            target["entities"][item.speaker.id] = item.speaker
        if len(key) > len(target["key"]):
            target["key"] = key
        for w in words:
            if len(w) > 3:
                by_word.setdefault(w, set()).add(target["i"])
    return merged


def _quotes(merged: list[dict], order: dict[str, int]) -> tuple[Quote, ...]:
    quotes = []
    for m in merged:
        text = max(m["texts"], key=lambda t: (len(t), m["texts"][t], t))
        speaker = _agreed_speaker(m["speakers"], m["entities"])
        quotes.append(Quote(
            speaker=speaker.id if speaker else None,
            speaker_name=speaker.name if speaker else "Unattributed",
            text=text,
            sources=tuple(sorted(m["sources"], key=order.__getitem__)),
            variants=tuple(sorted(t for t in m["texts"] if t != text)),
        ))
    quotes.sort(key=lambda q: (q.speaker is None, -len(q.sources), q.speaker_name, q.text))
    return tuple(quotes)


def _misquotes(merged: list[dict], order: dict[str, int]) -> list[Discrepancy]:
    """For each quote two sources word differently, the first place where a word of one wording is another word
    in the other (not a spelling, a plural, a punctuation mark or a word left out), with a few words around it
    in each wording and the sources giving each: one of the two is not what was said."""
    out = []
    for m in merged:
        texts = sorted(m["givers"], key=lambda t: (-len(m["givers"][t]), order[min(m["givers"][t], key=order.__getitem__)], t))
        found = None
        for k, a in enumerate(texts):
            for b in texts[k + 1:]:
                if m["givers"][a] & m["givers"][b]:
                    continue  # one source gives both: its own two quotations, not a disagreement
                found = _other_word(a, b)
                if found is not None:
                    break
            if found is not None:
                break
        if found is None:
            continue
        speaker = _agreed_speaker(m["speakers"], m["entities"])
        (one, two), (a, b) = found, (texts[k], b)
        out.append(Discrepancy(topic=f"{WORDS_TOPIC}{speaker.name}" if speaker else f"{WORDS_TOPIC}a quotation", variants=(
            Variant(f"“…{one}…”", tuple(sorted(m["givers"][a], key=order.__getitem__))),
            Variant(f"“…{two}…”", tuple(sorted(m["givers"][b], key=order.__getitem__))))))
    return out


MISQUOTE_CONTEXT = TUNING.misquote_context


def _other_word(a: str, b: str) -> tuple[str, str] | None:
    """Where two wordings of one quotation differ by a word put for another (aligned on their normalised words):
    the passage around it in each, or None."""
    wa, wb = a.split(), b.split()
    ka, kb = [norm(w) for w in wa], [norm(w) for w in wb]
    ops = SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
    matched = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    if matched < MISQUOTE_CONTEXT or matched < TUNING.misquote_shared * min(len([k for k in ka if k]), len([k for k in kb if k])):
        return None  # not the same words at all
    for tag, i1, i2, j1, j2 in ops:
        if tag != "replace" or j2 - j1 != 1 and i2 - i1 != 1:
            continue
        before = any(t == "equal" and e == i1 for t, _, e, _, _ in ops)
        after = any(t == "equal" and s0 == i2 for t, s0, _, _, _ in ops)
        if i2 - i1 == 1 and j2 - j1 == 1 and before and after:
            pass  # a word put for another between words both give alike
        elif after and not before and (j1 == 0 and j2 == 1 or i1 == 0 and i2 == 1):
            i1, j1 = i2 - 1, j2 - 1  # where one wording starts: the word before the words both give
        elif before and not after and (j2 == len(kb) and j2 - j1 == 1 or i2 == len(ka) and i2 - i1 == 1):
            i2, j2 = i1 + 1, j1 + 1  # where one wording ends: the word after them
        else:
            continue
        x, y = ka[i1], kb[j1]
        if not x or not y or _same_word(x, y):
            continue
        c = MISQUOTE_CONTEXT
        return (" ".join(wa[max(0, i1 - c):i1 + 1 + c]).strip(",.;:"), " ".join(wb[max(0, j1 - c):j1 + 1 + c]).strip(",.;:"))
    return None


def _same_word(x: str, y: str) -> bool:
    """One word in two forms: a plural ("centre"/"centres"), a British or an American spelling ("colour"/"color")."""
    if x == y or x.rstrip("s") == y.rstrip("s") or x + "es" == y or y + "es" == x:
        return True
    return british_or_american(x, y)


def _agreed_speaker(votes: Counter, entities: dict[str, Entity]) -> Entity | None:
    """The speaker most sources name; on a tie a person over an organisation (whose statement quotes them), and
    no speaker when sources name different people as often (one of them is wrong, and which is not known)."""
    if not votes:
        return None
    ranked = sorted(votes, key=lambda s: (-votes[s], entities[s].type != "person", s))
    best = ranked[0]
    surname = entities[best].name.split()[-1:]
    tied = [s for s in ranked[1:] if votes[s] == votes[best] and entities[s].type == entities[best].type
            and not (entities[best].type == "person" and entities[s].name.split()[-1:] == surname)]  # one person spelled two ways
    return None if tied else entities[best]
