"""Repairs of the statistical model's output, as spaCy pipeline components, so that the cached Docs hold them.

Each component names the general phenomenon of English news text it handles, reads only what the earlier
components wrote, and changes only what it declares (`doc.ents`; for the last one, the dependency arcs):

- `newsbrief_dateline_sentence` (before "parser"): an article's first paragraph may open with a dateline
  ("VESTERBY, Nordia (Nordpress) — A court on Thursday ..."), which the parser reads as part of the sentence
  (the court in apposition to the place). The sentence after the dateline's dash is made to start a sentence,
  so the dateline is parsed on its own (and left out of the analysed sentences: it is no fact).
- `newsbrief_common_nouns` (after "ner"): a word written all in lower case is no proper noun. The tagger sometimes
  reads one as a name ("the minister said": minister PROPN); outside any entity, heading a noun phrase (a subject,
  an object), it becomes the common noun it is (NOUN, NN or NNS), so later stages read "the minister" as a noun for
  someone. A modifier is left as tagged ("the independent Holm Institute": an adjective, not a noun).
- `newsbrief_whole_words` (after "ner"): a name ends where its word ends. The model sometimes stops an entity
  inside a word the tokenizer split ("Mo Money $" + "ign", "Park Ji" + "-hoon"); the entity is extended to the
  end of the word. Likewise a Roman numeral after a name is part of it ("the Nordic War" + "I", "Erik" + "III";
  a lone "I" only after an event's name, where it is no pronoun); and a body's name cut after a joining word
  goes on through the capitalised words after it that no entity holds ("the Harbour Court of" + "Holmvik").
- `newsbrief_compound_heads` (after "ner"): a name runs to the head of its proper-noun compound. The model
  sometimes stops an entity before the proper noun its last word is a compound of ("Dee" + ".Vox"); when
  that head is a proper noun right after it and outside any other entity, it joins the entity; so does a
  person's last word written with a symbol ("Vester Ho" + "$ky"); and a person's two family names after two given
  names, when the compound's head is up to three proper nouns on, untagged or tagged apart ("Ana Clara" + "Ruiz
  Vega"); and a place's or a body's name the model ends on a particle runs on to its compound's head ("Monte
  Vesta de" + "Lindo Holmara"). Likewise back: a capitalised proper noun right
  before the name that is a compound of it, in no entity, no title and not the sentence's first word (unless the
  article writes the two words in a person's name elsewhere: "Ruiz Vega said"), is part of it ("the producer
  Black" + "Holm", "the Holm" + "Sound Studio"); and a name with an epithet after "the" is whole ("Erik the Bold",
  of which the model tags the epithet alone); and a name on a possessive runs on to its generic head word after the
  possessive, which the model leaves out or tags apart ("St Holm's" + "Hospital", "Berg" + "'s Row").
- `newsbrief_surname_particles` (after "ner"): a family name may hold lower-case particles ("Anna van der Berg",
  "Jan ter Horst"). The model sometimes ends a person's name on a particle and tags the rest as another name
  ("Anna van der" + "Berg", "Anna von" + "der Berg"), or tags only the last word ("ter" + "Horst"); the name is
  made whole: to the capitalised word after its particles, and back over the particles before it to the given
  name; a name of any label cut at its particles before a person's name is that person's ("Anna Van der" + "Berg").
  A family name with its particles and no given name ("..., von der Berg said") is a person's whatever the
  model tagged the last word, and so is the same name opening a sentence with a capital ("Von der Berg"), tagged
  an organisation, in an article that names the person with the particle in lower case.
- `newsbrief_nicknames` (after "ner"): a nickname in quotation marks may stand between a given name and a family
  name ("Erik “Big E” Holm", "Anna 'Annie' Berg"). The model sometimes ends the person's name inside or before the
  nickname ("Erik “Big E"), or tags only the given name; the name is made whole, nickname and family name included.
- `newsbrief_hyphen_words` (after "ner"): a word the tokenizer splits at its hyphen ("vice-president": "vice",
  "-", "president") the parser sometimes reads as three words each hung on the same head in the same relation
  ("Anna Berg, vice-president of ...": three appositions); the first part and the hyphen are hung on the last
  part, so that the word is one phrase ("president", with "vice" its compound); not a name's nor an
  initialism's ("micro-" + "CT").
- `newsbrief_misread_places` (after "ner"): a place's name the model does not know it sometimes tags as a people's
  (NORP), a product's or a work's ("hospital in" + "Vestoria" WORK_OF_ART, "the prefect of" + "Vestoria" NORP, "the"
  + "Vestoria" PRODUCT + "valley"). Where the sentence makes it a place (a preposition of place before a people's
  word; "in" after a site or a kind of place; the "of" of a place or a post of one; a kind of place in lower case
  after it; the last of a list as its first) it becomes GPE; never a people's plural, adjective or language
  (data/demonym_endings.txt: "Vestorians", "of Holmish descent"), nor a name in quotation marks.
- `newsbrief_quoted_titles` (after "ner"): a title in quotation marks, every word capitalised but the small ones
  ("the track “Holm & Lindby,”", "a book entitled “Holm and the Sea: Poems”"), names a work
  (a song, a paper, a film), whatever names it holds. The model sometimes tags a name inside it as a person or an
  organisation; the quoted title becomes one WORK_OF_ART, which no glossary entry is made of.
- `newsbrief_titled_people` (after "ner"): a title or post before a name ("Magistrate Anna Berg", "Prosecutor
  Erik Holm" opening a sentence) is no part of the name. The model sometimes tags the title with the name as
  one organisation; a name of two or three capitalised words after a person's title (generator/data/
  person_titles.txt), not ending with an organisation's or a place's head ("... Foundation"), is a person's; the
  title may follow the place or body it is of ("Lindby Magistrate Anna Berg", all tagged as one organisation).
  And it sometimes takes the title into the person's name ("Crown Prince Omar bin Nordvik", "Justices Anna Berg and ..."): a title (plural too), with the
  words that only stand before one (data/title_modifiers.txt: "Crown", "Vice"), is cut off when two or more
  capitalised words of the name remain ("Prince Holm" stays whole: the title may be all there is before it).
  And it sometimes tags nothing at all after a title when the given name is an English word too ("said Mayor
  Will Lindqvist"): two or three capitalised words right after a capitalised title, untagged, are a person's name
  (a double-barrelled one, "Anna Berg-Lindqvist", counted as one word and taken whole; a capital alone inside it,
  a particle or an initial without its full stop, "Niall Ó Holm", "Anna K Berg", a word of it).
- `newsbrief_amounts` (after "ner"): an amount of money names its currency. The model sometimes tags a large
  count MONEY ("recalled about 2.4 million packs"); an amount with no currency symbol, word or code in it, nor in
  the word before or after it, is a count (CARDINAL) when it holds a number, and no entity otherwise. And it
  sometimes tags an amount a count, the currency word left out ("a deal worth 40 million" + "euros"): a count
  followed by a currency word is money, the word included; and an amount takes in the symbol written right
  before it ("€" + "3.2m").
- `newsbrief_given_names` (after "ner"): the name someone gives as theirs ("a fisherman who gave his name as Olle")
  is a person's; the model sometimes tags nothing there, or an organisation, and the name becomes a PERSON.
- `newsbrief_named_things` (after "ner"): a capitalised name right before a noun for a kind of thing ("the
  Holm-1 satellite", "a Nordvik Hawk helicopter", "the Holm 7 rocket") names that thing. The model sometimes
  tags no entity there; the proper nouns (and a number after them) that the noun heads become a PRODUCT.
- `newsbrief_untagged_bodies` (after "ner"): capitalised proper nouns ending on an organisation's head word
  (data/org_heads.txt: "the Lindby Anti-Fraud Bureau", "the Holm Sea-Rescue Service") name an
  organisation. The model tags nothing there when a hyphen joins two of the words; such a run of capitalised
  words, the head the last of their compound and none of them tagged, becomes an ORG (with a place or a people
  tagged at its start: "Lindby" + "Anti-Fraud Bureau").
- `newsbrief_law_names` (after "ner"): a name ending on a capitalised law word (data/law_heads.txt: "the Vester
  Harbours Act", "the Criminal Code") names a law. The model sometimes tags one an organisation; it becomes LAW,
  of which no glossary entry is made.
- `newsbrief_government_names` (after "ner"): a place's name or the adjective of a people or a state right before
  the noun "government" ("the Vesterland government", "the Nordic government") names an organisation, which the
  model leaves untagged, tagging only the place or the people. The two words become one ORG; not a party's
  government ("the Socialist government": data/party_words.txt), not a government in a compound ("a Vesterland
  government official": the official is the one spoken of), not after a possessive ("Vesterland's government").
- `newsbrief_comma_appositions` (after "ner"): a noun phrase set off by commas right after a name is an
  apposition to it ("thanked Vesterland, the town's oldest partner, for ..."; "according to the Holm Institute,
  the supervising body for the fishing agreement."). The parser sometimes hangs it on the verb as a second object or a
  predicate, or hangs it on the comma itself, or makes it the subject and the name a modifier of the verb ("Nordvik,
  the country's largest bank, reported ..."); it is re-attached to the name as `appos`, so later stages read one
  relation for all of them.
  And a person's name set off by commas after a post "of" (or "in") a name ("the mayor of Lindby, Anna Berg, said";
  "Vesterland's ambassador in Lindby, Tove Marlowe, said"), which the parser hangs on the nearest name, the place
  or company the post is of, or makes a second object of the preposition, is re-attached to the post (a person
  title of data/person_titles.txt): she is the mayor.
  And the subject of a sentence that opens with a clause ending on a name ("Flanked by her deputy Erik Holm, Ms
  Berg said ..."): the parser may make it an apposition of that name and leave the main verb with no subject; it
  is the main verb's subject.
- `newsbrief_named_modals` (after "ner"): a name that is also a modal verb ("May", "Will"), capitalised inside a
  sentence right before a verb of saying ('"...," May said'), is the verb's subject, not its auxiliary.
- `newsbrief_place_events` (last): an event news names by the place or building it struck and a noun for it in
  lower case, after "the" ("the Holm earthquake", "the Vester Tower fire"), is an event's name, not the place's.
- `newsbrief_flights`: a flight named by its number ("Holm Air flight HA610", "Flight 302", "flight HA 610")
  is an event of the story, with the airline's name when the model tagged one right before "flight"; the model
  tags the airline alone, the number as a product, or nothing.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Span
from spacy.util import filter_spans

from ..text import DATELINE_OPENING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

HYPHENS = {"-", "‐", "‑"}
COMPONENTS = ("newsbrief_hyphen_words", "newsbrief_named_modals", "newsbrief_common_nouns", "newsbrief_whole_words", "newsbrief_compound_heads", "newsbrief_surname_particles", "newsbrief_name_boundaries",
              "newsbrief_post_nominals", "newsbrief_nicknames", "newsbrief_misread_places", "newsbrief_quoted_titles", "newsbrief_titled_people", "newsbrief_amounts", "newsbrief_named_things", "newsbrief_untagged_bodies", "newsbrief_split_bodies", "newsbrief_law_names", "newsbrief_government_names",
              "newsbrief_offices_of_posts",
              "newsbrief_comma_appositions", "newsbrief_untagged_sources", "newsbrief_listed_names", "newsbrief_aged_people", "newsbrief_given_names",
              "newsbrief_quoted_speakers", "newsbrief_flights", "newsbrief_feature_names", "newsbrief_place_events")
MISPLACED_APPOSITION = {"dobj", "oprd", "npadvmod", "attr", "dep"}  # what the parser makes of an apposition on a verb
POSSESSIVES = {"'s", "’s"}  # singular: a plural possessive is part of many names ("Vester Nurses' Union")
LIST_JOINERS = {"and", "&", ","}
EDGE_POS = {"ADP", "CCONJ", "SCONJ", "PRON", "AUX"}  # words a name neither starts nor ends with ("... Festival in")
KEPT_EDGES = {"the", "of"}
DATA = Path(__file__).resolve().parent.parent / "data"
DATA_FILES = (DATA / "generic_name_heads.txt", DATA / "surname_particles.txt", DATA / "currency_words.txt",
              DATA / "thing_kinds.txt", DATA / "person_titles.txt", DATA / "title_small_words.txt", DATA / "party_words.txt",
              DATA / "title_modifiers.txt", DATA / "source_verbs.txt", DATA / "role_nouns.txt",
              DATA / "particle_homographs.txt", DATA / "relation_nouns.txt", DATA / "law_heads.txt", DATA / "org_heads.txt",
              DATA / "title_abbreviations.txt", DATA / "calendar_words.txt", DATA / "courtesy_titles.txt",
              DATA / "honorific_abbreviations.txt", DATA / "post_nominals.txt",
              DATA / "currency_prefixes.txt", DATA / "place_kinds.txt", DATA / "demonym_endings.txt", DATA / "disaster_nouns.txt",
              DATA / "self_naming_kinds.txt")  # what the repairs read (part of the cache key)


def _word_list(path: Path) -> frozenset[str]:
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))


GENERIC_HEADS = _word_list(DATA_FILES[0])
PARTICLES = _word_list(DATA_FILES[1])
CURRENCIES = _word_list(DATA_FILES[2])
THING_KINDS = _word_list(DATA_FILES[3])
PERSON_TITLES = _word_list(DATA_FILES[4])
PARTY_WORDS = _word_list(DATA_FILES[6])
TITLE_MODIFIERS = _word_list(DATA_FILES[7])
SOURCE_VERBS = _word_list(DATA_FILES[8])
ROLE_NOUNS = _word_list(DATA_FILES[9])
PARTICLE_HOMOGRAPHS = _word_list(DATA_FILES[10])
# a person's post, not one a country or a firm holds as well ("partner", "builder", "host")
PERSON_POSTS = (PERSON_TITLES | ROLE_NOUNS) - _word_list(DATA_FILES[11])
LAW_HEADS = _word_list(DATA_FILES[12])
ORG_HEADS = _word_list(DATA_FILES[13])
CALENDAR_WORDS = _word_list(DATA_FILES[15])
COURTESY_TITLES = _word_list(DATA_FILES[16])
POST_NOMINALS = _word_list(DATA_FILES[18])  # as written: "MS" after a name is none of "Ms"
CURRENCY_PREFIXES = _word_list(DATA_FILES[19])
PLACE_KINDS = _word_list(DATA_FILES[20])
DEMONYM_ENDINGS = tuple(_word_list(DATA_FILES[21]))
# a currency's letters or symbol written onto the amount: "R400", "N350", "GH₵14.20", "Rs250,000"
GLUED_AMOUNT = re.compile(rf"^(?:{'|'.join(map(re.escape, sorted(CURRENCY_PREFIXES, key=len, reverse=True)))})"
                          r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{3,}|\d+)$", re.I)
SCALE_WORDS = {"million", "billion", "trillion", "bn", "m", "mn", "crore", "crores", "lakh", "lakhs"}
AMOUNT_LABELS = {"", "CARDINAL", "QUANTITY", "PRODUCT", "MONEY"}  # what the model makes of such an amount
GOVERNMENT = "government"
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}


@Language.component("newsbrief_dateline_sentence", assigns=["token.is_sent_start"])
def dateline_sentence(doc: "Doc") -> "Doc":
    found = DATELINE_OPENING.match(doc.text)
    if found:
        first = next((t for t in doc if t.idx >= found.end()), None)
        if first is not None and first.i > 0:
            first.is_sent_start = True
            for t in doc[1:first.i]:
                t.is_sent_start = False  # the dateline is one piece ("NEW HOLM (Nordpress) —")
    return doc


NOUN_PHRASE_HEADS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"}


@Language.component("newsbrief_hyphen_words", requires=["token.dep"], assigns=["token.dep", "token.head"])
def hyphen_words(doc: "Doc") -> "Doc":
    for i in range(1, len(doc) - 1):
        left, mark, right = doc[i - 1], doc[i], doc[i + 1]
        if mark.text in HYPHENS and not left.whitespace_ and not mark.whitespace_ and left.is_alpha and right.is_alpha \
                and not left.ent_type_ and not right.ent_type_ and not right.text.isupper() \
                and left.head.i == mark.head.i == right.head.i not in (left.i, mark.i, right.i) and left.dep_ == right.dep_:
            left.head, left.dep_ = right, "compound"  # "vice" + "-" + "president", each hung on the name: one word
            mark.head, mark.dep_ = right, "punct"
    return doc


@Language.component("newsbrief_named_modals", requires=["token.pos", "token.tag", "token.dep"],
                    assigns=["token.pos", "token.tag", "token.dep", "token.head"])
def named_modals(doc: "Doc") -> "Doc":
    """A name that is also a modal verb ("May", "Will") written with its capital inside a sentence, right before a
    verb of saying ('"...," May said'): the tagger reads it as the verb's auxiliary, but no modal takes a capital
    there; it is the verb's subject, a proper noun."""
    for tok in doc:
        if tok.tag_ != "MD" or not tok.text.istitle() or tok.is_sent_start or tok.i + 1 >= len(doc):
            continue
        verb, before = doc[tok.i + 1], doc[tok.i - 1]
        if verb.lemma_.lower() in SOURCE_VERBS and verb.tag_ in ("VBD", "VBZ") and tok.head.i == verb.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and before.tag_ != "``" and before.text not in "([":
            tok.pos_, tok.tag_, tok.dep_ = "PROPN", "NNP", "nsubj"
    return doc


@Language.component("newsbrief_common_nouns", requires=["token.pos", "token.tag", "doc.ents"], assigns=["token.pos", "token.tag"])
def common_nouns(doc: "Doc") -> "Doc":
    for tok in doc:
        if tok.pos_ == "PROPN" and tok.is_alpha and tok.text.islower() and not tok.ent_type_ and tok.dep_ in NOUN_PHRASE_HEADS:
            tok.pos_ = "NOUN"
            tok.tag_ = "NNS" if tok.tag_ == "NNPS" else "NN"
        elif tok.pos_ == "ADJ" and tok.is_alpha and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not tok.ent_type_ \
                and any(c.dep_ == "det" for c in tok.children) and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") for c in tok.children):
            tok.pos_ = "NOUN"  # an adjective heading a noun phrase with its article is a noun: "The final was played"
            tok.tag_ = "NN"
    return doc


@Language.component("newsbrief_whole_words", requires=["doc.ents"], assigns=["doc.ents"])
def whole_words(doc: "Doc") -> "Doc":
    ents = []
    for ent in doc.ents:
        end = ent.end
        while end < len(doc) and not doc[end - 1].whitespace_ and not doc[end].ent_type_:
            if doc[end].is_alpha or doc[end].is_digit:
                end += 1
            elif (doc[end].text in HYPHENS and not doc[end].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_alpha
                  and doc[end + 1].pos_ not in ("VERB", "ADJ")):  # not a compound modifier ("New Lindby-based")
                end += 2  # a hyphenated name cut at its hyphen ("Park Ji" + "-hoon")
            else:
                break
        if end == ent.end and ent.label_ == "PERSON" and end < len(doc) and doc[end - 1].text in HYPHENS and not doc[end - 1].whitespace_ \
                and doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].ent_iob_ == "B" \
                and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I"):
            end += 1  # "Anna Holm-" + "Berg", the second family name tagged a name of its own (a place)
        if end == ent.end and end < len(doc) and _ordinal_numeral(doc, ent, end):
            end += 1  # "the Nordic War" + "I", "Erik" + "III": the numeral is part of the name
        if end == ent.end and ent.label_ in BODY_LABELS and len(ent) >= 2 and doc[end - 1].lower_ in CUT_JOINERS and end < len(doc) \
                and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
            # "the Harbour Court of" + "Vesterland": a body's name cut after a joining word goes on through the
            # capitalised words after it that the tagger left out of every name (a name it tagged there is another's)
            while end < len(doc) and end - ent.end < NAME_WORDS_AFTER and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and not doc[end].ent_type_:
                end += 1
        ents.append(Span(doc, ent.start, end, label=ent.label) if end != ent.end else ent)
    doc.ents = filter_spans(ents)
    return doc


BODY_LABELS = {"ORG", "FAC"}  # the labels of bodies' and buildings' names
CUT_JOINERS = {"of", "and", "&", "for"}  # words a body's name goes on after ("Court of ...", "Harbour and Port ...")
NAME_WORDS_BEFORE = 3  # at most, added before a name ("Lindby Coastal" + "Rescue Service")
NAME_WORDS_AFTER = 3  # at most, added after a person's name ("Ana Clara" + "Ruiz Vega")


def _name_word_before(doc: "Doc", i: int, start: int, end: int, pairs: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """doc[i], right before the name doc[start:end] (as far as it has been extended back), is a word of it: a
    capitalised proper noun, a compound of a word of the name ("Inés" of "Clara" in "Inés Clara Holm Berg"), of
    letters (and full stops), in no entity, no title ("Commissioner"), and not the sentence's first word (whose
    capital says nothing) unless the article writes the two words inside a person's name elsewhere (`pairs`:
    "Inés Clara Holm Berg ... Holm Berg said")."""
    tok = doc[i]
    return tok.pos_ == "PROPN" and tok.dep_ == "compound" and start <= tok.head.i < end and not tok.ent_type_ \
        and tok.text[:1].isupper() and tok.text.replace(".", "").isalpha() \
        and (not tok.is_sent_start or (tok.text, doc[i + 1].text) in pairs) \
        and tok.lower_.strip(".") not in PERSON_TITLES  # (not "U.S.-based": a modifier of its own)


ROMAN = re.compile(r"^(?=[IVX])X{0,2}(IX|IV|V?I{0,3})$")  # I to XXIX


def _ordinal_numeral(doc: "Doc", ent, i: int) -> bool:
    """A Roman numeral right after a name, outside any entity ("the Nordic War I", "Erik III"); a lone "I" only after
    an event's name, where it cannot be the pronoun ("after the Nordic War I, ..."; not "when he met Holm I knew")."""
    tok = doc[i]
    return bool(doc[i - 1].whitespace_) and not tok.ent_type_ and bool(ROMAN.match(tok.text)) \
        and ent.label_ in ("PERSON", "EVENT", "ORG", "FAC", "PRODUCT", "LAW", "WORK_OF_ART") \
        and (tok.text != "I" or ent.label_ == "EVENT")


@Language.component("newsbrief_compound_heads", requires=["doc.ents", "token.dep"], assigns=["doc.ents"])
def compound_heads(doc: "Doc") -> "Doc":
    ents = []
    pairs = frozenset((a.text, b.text) for e in doc.ents if e.label_ == "PERSON" for a, b in zip(e, e[1:]))
    for ent in doc.ents:
        start = ent.start
        while ent.label_ in ("PERSON", "ORG", "FAC") and start > max(0, ent.start - NAME_WORDS_BEFORE) \
                and _name_word_before(doc, start - 1, start, ent.end, pairs):
            start -= 1  # "the producer Black" + "Holm", "the Holm" + "Sound Studio": the proper noun before is the name's
        if ent.label_ == "PERSON" and start == ent.start and len(ent) == 1 and start >= 2 and doc[start - 1].lower_ == "the" \
                and doc[start - 1].text == "the" and doc[start - 2].pos_ == "PROPN" and doc[start - 2].text[:1].isupper() \
                and doc[start - 2].is_alpha and not doc[start - 2].ent_type_ and ent[0].text[:1].isupper():
            start -= 2  # a name with an epithet, "Erik the Bold": the model tags the epithet alone
        if ent.label_ == "ORG" and start == ent.start and start > 0 and doc[start - 1].ent_type_ == "NORP" and doc[start - 1].ent_iob_ == "B" \
                and doc[start - 1].dep_ in ("amod", "compound") and ent.start <= doc[start - 1].head.i < ent.end \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
            start -= 1  # "Vesterlandic" + "Front": a name opening with a word for a people, tagged apart
        if start != ent.start:
            ent = Span(doc, start, ent.end, label=ent.label)
        end = ent.end
        last = doc[end - 1]
        head = last.head.i
        if (end < len(doc) and ent.label_ in ("PERSON", "ORG") and last.dep_ == "compound" and last.head.i == end
                and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and (doc[end].text[:1].isupper() or _symbol_led(doc, end))):
            end += 1
        elif ent.label_ in ("ORG", "GPE", "LOC", "FAC") and len(ent) >= 2 and _particle(last) and end <= head < end + NAME_WORDS_AFTER \
                and all(_capitalised(doc[j]) and doc[j].ent_type_ != "PERSON" for j in range(end, head + 1)):
            # a place's or a body's name that the model ends on its particle ("Monte Vesta de" + "Lindo Holmara", "Banco
            # de" + "Vesterland"): it runs on to the head of the compound the particle is part of
            end = head + 1
            if ent.label_ == "ORG" and any(doc[j].ent_type_ in ("GPE", "LOC") for j in range(ent.end, end)):
                ent = Span(doc, ent.start, ent.end, label="LOC")  # (the head of the name a place's)
        elif ent.label_ in ("ORG", "GPE", "LOC", "FAC") and (after := _particle_run_after(doc, end)) > end:
            # ... or before it ("Lindo" + "del Mar", "the Association of Vestra" + "dos" + "Holmeiros"): the particles
            # and the capitalised words after them, untagged or a place's, are the name's
            end = after
        elif (ent.label_ == "PERSON" or ent.label_ == "ORG" and end < len(doc) and doc[end].ent_type_ == "PERSON") \
                and last.dep_ == "compound" and end <= head < end + NAME_WORDS_AFTER \
                and len(ent) <= NAME_WORDS_AFTER and all(_name_word(t) for t in ent) and all(
                doc[j].pos_ == "PROPN" and _name_word(doc[j])
                and (not doc[j].ent_type_ or doc[j].ent_type_ in ("PERSON", "ORG") and (doc[j].ent_iob_ == "B") == (j == end))
                for j in range(end, head + 1)):
            # a person's two family names after two given names: the model stops at "Ana Clara" + "Ruiz Vega", and
            # tags the family names apart or not at all (or the given names an organisation's, the family names a
            # person's); the name runs to the head of its compound (the second family name alone too: "Ana Ruiz" +
            # "Vega", tagged as two people)
            end = head + 1
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        elif end + 1 < len(doc) and ent.label_ == "PERSON" and _symbol_led(doc, end) and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2  # a stage name's last word written with a symbol ("Vester Ho$ky")
        elif ent.label_ in ("ORG", "FAC", "GPE", "LOC") and (possessed := _possessed_head(doc, end)) is not None:
            # "St Holm's" + "Hospital", "Berg" + "'s Row": a name's possessive and its generic head (and the head's
            # "for" phrase: "Vester Citizens'" + "Alliance for Clean Water")
            end = _of_phrase_end(doc, doc[possessed])
        ents.append(Span(doc, ent.start, end, label=ent.label) if end != ent.end else ent)
    doc.ents = filter_spans(ents)
    return doc


def _particle_run_after(doc: "Doc", end: int) -> int:
    """Where a name runs to that stops before its particles: past one to three particles right after it and the
    capitalised words after those (at most NAME_WORDS_AFTER), none a person's; `end` when there are none."""
    j = end
    while j < len(doc) and j < end + 3 and _particle(doc[j]) and doc[j - 1].whitespace_:
        j += 1
    if j == end:
        return end
    k = j
    while k < len(doc) and k < j + NAME_WORDS_AFTER and _capitalised(doc[k]) and doc[k].ent_type_ in ("", "GPE", "LOC", "ORG", "FAC") \
            and not doc[k].is_sent_start and not (k > j and doc[k - 1].text.endswith(".")):
        k += 1
    return k if k > j else end


def _name_word(tok) -> bool:
    """A word as people's names are written: a capital, then lower case ("Erika", "Lindqvist"; not "NVDF"), and no
    title, role or kind of place or body ("Mayor", "Province")."""
    low = tok.text.lower()
    return tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower() and low not in PERSON_TITLES \
        and low not in ROLE_NOUNS and low not in GENERIC_HEADS and low not in THING_KINDS


@Language.component("newsbrief_surname_particles", requires=["doc.ents", "token.pos"], assigns=["doc.ents"])
def surname_particles(doc: "Doc") -> "Doc":
    ents = list(doc.ents)
    for k, ent in enumerate(ents):
        if ent.label_ != "PERSON":
            # "Anna Van der" (tagged a place) + "Berg" (a person): a person's name cut at its particles is the person's
            if len(ent) >= 2 and _particle(doc[ent.end - 1]):
                j = ent.end
                while j < len(doc) and _particle(doc[j]):
                    j += 1
                rest = next((e for e in ents if e.start == j and e.label_ == "PERSON"), None)
                if rest is not None:
                    ents[k] = Span(doc, ent.start, rest.end, label="PERSON")
            continue
        start, end = ent.start, ent.end
        if end - start >= 2 and _particle(doc[end - 1]):
            # "Anna van der" + "Berg", "Anna van" + "der Berg": past the particles to the end of the name after them
            j = end
            while j < len(doc) and _particle(doc[j]):
                j += 1
            if j < len(doc) and _capitalised(doc[j]):
                after = next((e for e in ents if e.start == j), None)
                end = after.end if after is not None and after.label_ in ("PERSON", "ORG", "GPE", "NORP") else j + 1
        elif end < len(doc) and _particle(doc[end]):
            # "Anna" + "van der Berg", the family name untagged or tagged a name of its own (the parser may read
            # an unknown particle as a verb): on to the capitalised word after the particles, or through its name;
            # a particle that is an English word too only as the parser's compound ("could Anna do Lindby a favour")
            j = end
            while j < len(doc) and _particle(doc[j]) and (doc[j].lower_ not in PARTICLE_HOMOGRAPHS
                                                          or doc[j].dep_ == "compound" and doc[j].head.i > j):
                j += 1
            after = next((e for e in ents if e.start <= j < e.end), None)
            if j > end and j < len(doc) and _capitalised(doc[j]) \
                    and (after is None or after.start == j and (len(after) == 1 or after.label_ == "PERSON")):
                end = j + 1 if after is None else after.end
        i = start
        while i > 0 and _particle(doc[i - 1]):
            i -= 1
        if i < start and i > 0 and _capitalised(doc[i - 1]) and (not doc[i - 1].ent_type_ or i <= doc[i - 1].head.i < end
                                                                  and any(e.start == i - 1 and e.end == i for e in ents)):
            start = i - 1  # "Anna ter" + "Berg": back to the given name (the model may tag it alone, an organisation)
        elif i < start and i > 0 and (given := next((e for e in ents if e.end == i and e.label_ == "PERSON"), None)) is not None:
            start = given.start  # "Jan-Erik" + "ter" + "Horst", the given names tagged a person of their own
        if (start, end) != (ent.start, ent.end):
            ents[k] = Span(doc, start, end, label="PERSON")
    # a family name with its particles and no given name ("... said von der Berg"): the particles the parser hung on
    # the name are part of it, and a one-word name after them is a person's (the tagger may call "Berg" a place)
    for k, ent in enumerate(ents):
        i = ent.start
        while i > 0 and _particle(doc[i - 1]) and doc[i - 1].dep_ == "compound" and i - 1 < doc[i - 1].head.i < ent.end:
            i -= 1
        if i < ent.start and (i == 0 or not _capitalised(doc[i - 1])) and not any(e.end == i for e in ents):
            label = "PERSON" if len(ent) == 1 else ent.label_
            ents[k] = Span(doc, i, ent.end, label=label)
    # a family name that opens with its particle, capitalised at the start of a sentence ("Von der Berg said"): the
    # person's whom the article names with the particle in lower case, whatever label the tagger gave it
    people = [tuple(t.lower_ for t in e) for e in ents if e.label_ == "PERSON" and len(e) >= 2 and _particle(doc[e.end - 2])]
    for k, ent in enumerate(ents):
        first = doc[ent.start]
        end = ent.end
        while end > ent.start and doc[end - 1].pos_ == "ADV" and doc[end - 1].text.islower():
            end -= 1  # (an adverb the tagger took in goes later: "Von der Berg later said")
        words = tuple(t.lower_ for t in doc[ent.start:end])
        if ent.label_ != "PERSON" and len(words) >= 2 and first.text[:1].isupper() and first.lower_ in PARTICLES \
                and any(p[-len(words):] == words for p in people):
            ents[k] = Span(doc, ent.start, ent.end, label="PERSON")
    ents = _posted_particle_names(doc, ents)
    doc.ents = filter_spans(ents)
    return doc


def _posted_particle_names(doc: "Doc", ents: list) -> list:
    """'Anna ter Berg, the director of the board,', 'the leader of the Vester Party, Anna ter Berg,', 'Anna ter
    Berg, 70, a retired teacher': a person's name with a surname particle set off by commas beside a person's
    post or an age, which the model missed: capitalised name words around lower-case particles that it cut in
    two or left untagged, tagging no word a person (it may call "Anna" a place and "Berg" an organisation) or
    only the family name from its particle on ("ter Berg"), are one person's name. Not a name the model tagged
    whole ("Villa de Lindmark"), not a place a preposition names, nor a name running on past the family name.
    (Names with no particle that the model left untagged beside a post were
    tried too: they changed no tune story and cost a check story a spurious entry.)"""
    spans = []
    for i in range(1, len(doc) - 1):
        if not _particle(doc[i]) or _particle(doc[i - 1]) or doc[i].lower_ in PARTICLE_HOMOGRAPHS:
            continue
        j = i
        while j < len(doc) and _particle(doc[j]):
            j += 1
        if j < len(doc) and _person_word(doc[i - 1]) and _person_word(doc[j]):
            start = i - 1
            while start > 0 and start > i - 3 and _person_word(doc[start - 1]):
                start -= 1  # two given names ("Anna Karin ter Berg")
            spans.append((start, j + 1))
    for start, end in spans:
        inside = [e for e in ents if e.start < end and e.end > start]
        if any(e.start < start or e.end > end or e.label_ == "PERSON" and e.start <= start for e in inside) \
                or [(e.start, e.end) for e in inside] == [(start, end)] or not (_beside_a_post(doc, start, end) or _aged_after(doc, end)):
            continue  # (a person's name from the particle on, "ter Berg", takes the given name the model left out)
        ents = [e for e in ents if e not in inside] + [Span(doc, start, end, label="PERSON")]
    return ents


def _person_word(tok) -> bool:
    return _name_word(tok) and _capitalised(tok)


def _beside_a_post(doc: "Doc", start: int, end: int) -> bool:
    """The name at doc[start:end] is set off by commas beside a singular noun for a person's post, after it ("X, the
    director of ...", "X, co-leader of ...", "X, the board's director,") or before it ("the board's director, X,",
    "the leader of the Vester Party, X,"); and no preposition makes it a place (but "according to X", "by X")."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.pos_ == "ADP" and before.lower_ != "by" \
            and not (before.lower_ == "to" and start > 1 and doc[start - 2].lower_ == "according"):
        return False

    def post(tok) -> bool:
        return tok.lower_ in PERSON_POSTS and tok.pos_ in ("NOUN", "PROPN") and tok.tag_ not in ("NNS", "NNPS")

    def inside_phrase(tok) -> bool:
        return not tok.is_punct or tok.text in HYPHENS or tok.text in POSSESSIVES

    if before is not None and before.text == ",":
        for k in range(start - 2, max(start - 10, -1), -1):  # back to the post, across its "of" phrase
            if not inside_phrase(doc[k]):
                break
            if post(doc[k]) and (k == start - 2 or doc[k + 1].lower_ == "of"):
                return True
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    determined = doc[end + 1].lower_ in ("the", "a", "an", "its", "his", "her", "their")
    for k in range(end + 1, min(end + (10 if determined else 4), len(doc) - 1)):
        if not inside_phrase(doc[k]):
            return False
        if post(doc[k]) and (doc[k + 1].lower_ in ("of", "at", "for") or doc[k + 1].text in (",", ".", ";")):
            # (not a post with a name of its own after it: "left Lindby, the mayor, Anna Berg, said")
            return not (doc[k + 1].text == "," and k + 2 < len(doc) and doc[k + 2].text[:1].isupper())
    return False


def _particle(tok) -> bool:
    return tok.text.islower() and tok.lower_ in PARTICLES or _het_contraction(tok)


def _het_contraction(tok) -> bool:
    """The Dutch particle "'t" (for "het") the tokenizer splits in two, and "in", "van" or "op" before it ("Liv in 't
    Holt", "Kees van 't Lind")."""
    doc, i = tok.doc, tok.i
    return _split_t(doc, i) or tok.text == "t" and _split_t(doc, i - 1) \
        or tok.lower_ in ("in", "van", "op") and tok.text.islower() and _split_t(doc, i + 1)


def _split_t(doc: "Doc", k: int) -> bool:
    """doc[k] and doc[k + 1] are "'" and "t" written together: the particle "'t" cut in two."""
    return 0 <= k and k + 1 < len(doc) and doc[k].text in ("'", "’") and doc[k + 1].text == "t" and not doc[k].whitespace_


def _capitalised(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text[1:2].islower()


@Language.component("newsbrief_name_boundaries", requires=["doc.ents", "token.pos"], assigns=["doc.ents"])
def name_boundaries(doc: "Doc") -> "Doc":
    """A name is one name: a possessive inside an entity ends the possessor's name and starts the next ("Nordvik's
    Bridgeline" is Nordvik and Bridgeline); people listed together are listed ("Holm and Brandt"), and so are
    names listed with commas before an "and" ("Lindmark, Vesterby and Holmsund"); a spaced dash ends a name ("Lindmark - a town"), and
    so does a bracket it does not close ("the Vester Police (VP", of "the Vester Police (VP)"); a name neither starts nor ends with a function word or
    punctuation ("Lindmark Book Fair in", "That's Holm"), nor ends with a lower-case adverb ("Vester Holm later"),
    nor a person's name with a possessive ("Anna Berg's": a company's may, "Holm's" the shop);
    and a common noun that opens its sentence is no
    name ("Turnout was 71 percent", tagged a person); nor does a possessive followed by words in lower case ("Holm's
    party": Holm, whose party it is); nor a person's name with a day or a month that is never a given name ("on
    Monday Berg said": data/calendar_words.txt)."""
    ents = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            ents.append(ent)  # numbers, dates, amounts: not names
            continue
        for start, end in _name_parts(doc, ent):
            cut = next((i for i in range(start + 1, end - 1) if doc[i].text in POSSESSIVES
                        and all(t.is_alpha and t.text.islower() for t in doc[i + 1:end])), None)
            if cut is not None and ent.label_ != "WORK_OF_ART":
                end = cut  # "Holm's party" tagged as a name: the possessor is the name, the rest says what is his
            dated = start
            while ent.label_ == "PERSON" and start < end - 1 and doc[start].lower_ in CALENDAR_WORDS and doc[start + 1].pos_ == "PROPN":
                start += 1  # "as recently as October Holm had insisted": a date, then the name
            if start > dated:
                ents.append(Span(doc, dated, start, label="DATE"))
            while start < end and doc[start].pos_ in EDGE_POS and doc[start].lower_ not in KEPT_EDGES:
                start += 1
            while end > start and (doc[end - 1].pos_ in EDGE_POS and doc[end - 1].lower_ not in KEPT_EDGES
                                   or doc[end - 1].pos_ == "ADV" and doc[end - 1].text.islower()
                                   or ent.label_ == "PERSON" and doc[end - 1].text in POSSESSIVES) \
                    and not (ent.label_ == "EVENT" and end - 1 > start and doc[end - 1].text == "I"):  # "the Nordic War I"
                end -= 1  # (nor with an adverb: "Vester Holm later denied it")
            if end - start == 1 and _common_word_opening(doc[start]):
                continue  # "Turnout was 71 percent": a common noun with the sentence's capital
            if end > start and any(ch.isalpha() for t in doc[start:end] for ch in t.text):  # "U.S." is a name
                ents.append(Span(doc, start, end, label=ent.label))
    doc.ents = filter_spans(ents)
    return doc


@Language.component("newsbrief_post_nominals", requires=["doc.ents"], assigns=["doc.ents"])
def post_nominals(doc: "Doc") -> "Doc":
    """A name of capitalised words followed by letters for a rank, an office or an honour ("Anna Berg KC", "Erik
    Holm MP"; generator/data/post_nominals.txt), which the model tagged as one organisation's name or with the
    letters apart: a person's name, without the letters."""
    ents, changed = [], False
    for e in doc.ents:
        k = e.end
        while k > e.start and doc[k - 1].text in POST_NOMINALS:
            k -= 1
        words = doc[e.start:k]
        if e.label_ != "PERSON" and k < e.end and len(words) >= 2 and all(t.text[:1].isupper() and not t.text.isupper() and t.is_alpha for t in words):
            ents.append(Span(doc, e.start, k, label="PERSON"))
            changed = True
        else:
            ents.append(e)
    if changed:
        doc.ents = ents
    return doc


OPENING_MARKS = {"“": "”", '"': '"', "‘": "’", "'": "'"}  # a nickname's opening mark and the mark that closes it
NICKNAME_WORDS = 3  # at most: "Big E", "The Holm Hammer"


@Language.component("newsbrief_nicknames", requires=["doc.ents", "token.pos"], assigns=["doc.ents"])
def nicknames(doc: "Doc") -> "Doc":
    ents = list(doc.ents)
    found = []
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        for given in range(ent.start, min(ent.end, len(doc) - 3)):
            whole = _nicknamed(doc, given)
            if whole is not None and (whole[0] < ent.start or whole[1] > ent.end):
                found.append(Span(doc, whole[0], whole[1], label="PERSON"))
                break
    # ... or right after a person's title, whatever the model made of it ("Vice Mayor Anna "Kaja" Berg": "Anna" read
    # as an organisation, or the town before the title as a person)
    for tok in doc[1:len(doc) - 3]:
        if doc[tok.i - 1].lower_.strip(".") in PERSON_TITLES and not any(f.start <= tok.i < f.end for f in found):
            whole = _nicknamed(doc, tok.i)
            if whole is not None:
                found.append(Span(doc, whole[0], whole[1], label="PERSON"))
    if found:
        # the whole name replaces the pieces it overlaps ("Erik “Big E" and a "Holm" tagged on its own)
        kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = filter_spans(kept + found)
    return doc


def _nicknamed(doc: "Doc", given: int) -> tuple[int, int] | None:
    """(start, end) of a name with a quoted nickname whose given name is doc[given]: a capitalised given name, an
    opening mark right after it, one to NICKNAME_WORDS words (each capitalised or an initial), the closing mark,
    and a capitalised family name, perhaps after its particles; or None."""
    if not _capitalised(doc[given]) or given + 1 >= len(doc):
        return None
    close = OPENING_MARKS.get(doc[given + 1].text)
    if close is None:
        return None
    for end in range(given + 3, min(given + 3 + NICKNAME_WORDS, len(doc) - 1)):
        if doc[end].text == close:
            words = doc[given + 2:end]
            family = end + 1  # (after the particles it may open with: "Anna "Kaja" dela Berg", "van der Holm")
            while family < min(end + 4, len(doc) - 1) and doc[family].text.islower() and doc[family].lower_ in PARTICLES:
                family += 1
            if all(t.text[:1].isupper() or t.text in (".", "-") for t in words) and _capitalised(doc[family]) \
                    and doc[family].ent_type_ in ("", "PERSON"):
                last = family + 1
                while last < len(doc) and doc[last].ent_type_ == "PERSON" and _capitalised(doc[last]):
                    last += 1  # a second family name the model tagged with the first
                return given, last
            return None
    return None


CLOSING_MARKS = {"“": "”", '"': '"'}  # the marks a title is quoted in (single marks are also apostrophes)
TITLE_WORDS = 12  # at most, in a quoted title
SMALL_WORDS = _word_list(DATA_FILES[5])  # the words a title writes in lower case


QUOTED_TITLE_MARKS = {"“", "”", '"', "‘", "’", "'", "«", "»"}
# prepositions before a place's name ("in Holm", "from Vester"); and the posts and nouns whose "of" a place's name follows
PLACE_PREPOSITIONS = {"in", "at", "near", "from", "to", "into", "outside", "across", "around", "throughout", "towards"}
SITE_NOUNS = {"hospital", "school", "office", "court"}  # a site "in" a place ("a hospital in Vestoria")
OF_PLACE_NOUNS = {"prefect", "governor", "mayor", "residents", "city", "town", "village", "capital", "outskirts", "north",
                  "south", "east", "west", "centre", "center"}


@Language.component("newsbrief_misread_places", requires=["doc.ents", "token.dep", "token.pos"], assigns=["doc.ents"])
def misread_places(doc: "Doc") -> "Doc":
    ents = [Span(doc, e.start, e.end, label="GPE") if _misread_place(doc, e) else e for e in doc.ents]
    doc.ents = ents
    return doc


def _misread_place(doc: "Doc", ent) -> bool:
    """A name the model took for a people's, a product's or a work's where the sentence makes it a place: after
    a preposition of place (a people's word only), or "in" after a kind of place or a site ("a hospital in
    Vestoria"), after the "of" of a place or a post of one ("the canton of Vestoria", "the prefect of Vestoria"), or
    before a kind of place in lower case ("the Vestoria valley"); the last of a list as its first ("the villages of
    Lindo and Vestoria"); every word of it a capitalised proper noun, none in quotation marks; never a people's
    plural, adjective or language ("Vestorians", "of Holmish descent", "into Lindese")."""
    if ent.label_ not in ("NORP", "PRODUCT", "WORK_OF_ART") or not all(_capitalised(t) for t in ent):
        return False
    if ent.label_ == "NORP" and ent[-1].lower_.endswith(("s", *DEMONYM_ENDINGS)):
        return False  # a people's plural, adjective or language ("Vestorians", "Holmish", "of Lindese descent")
    if ent.start > 0 and doc[ent.start - 1].text in QUOTED_TITLE_MARKS or ent.end < len(doc) and doc[ent.end].text in QUOTED_TITLE_MARKS:
        return False  # a title in quotation marks names a work
    root = ent.root
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.text.islower() and after.lower_ in PLACE_KINDS and root.head.i == after.i:
        return True  # "the Vestoria valley"
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # the last of a list ("the villages of Lindo, Vestra and Holmara") stands where its first does
    if first.dep_ != "pobj" or first.head.i != first.left_edge.i - 1:
        return False
    prep = doc[first.head.i].lower_
    before = {doc[first.head.i - 1].lower_, doc[first.head.i - 1].lemma_.lower(), doc[first.head.i - 1].lower_.rstrip("s")} \
        if first.head.i > 0 else set()  # (a plural as its singular: "villages")
    if prep == "of":
        return bool(before & (OF_PLACE_NOUNS | PLACE_KINDS))
    return ent.label_ == "NORP" and prep in PLACE_PREPOSITIONS or prep == "in" and bool(before & (PLACE_KINDS | SITE_NOUNS))


@Language.component("newsbrief_quoted_titles", requires=["doc.ents"], assigns=["doc.ents"])
def quoted_titles(doc: "Doc") -> "Doc":
    titles = _quoted_titles(doc)
    if not titles:
        return doc
    ents = [e for e in doc.ents if not any(a <= e.start and e.end <= b for a, b in titles)]
    named = [(a, b) for a, b in titles if any(a <= e.start and e.end <= b for e in doc.ents if e.label_ in NAME_LABELS)]
    doc.ents = filter_spans(ents + [Span(doc, a, b, label="WORK_OF_ART") for a, b in named])
    return doc


def _quoted_titles(doc: "Doc") -> list[tuple[int, int]]:
    """(start, end) of the words of each quotation in title case: one to TITLE_WORDS words, at least one a
    capitalised word, no word with letters in lower case but the small ones, no sentence inside ("." "!")."""
    out = []
    i = 0
    while i < len(doc):
        close = CLOSING_MARKS.get(doc[i].text)
        end = next((j for j in range(i + 1, min(len(doc), i + 2 * TITLE_WORDS + 2)) if doc[j].text in (close, "”")), None) \
            if close is not None else None
        if end is None:
            i += 1
            continue
        words = [t for t in doc[i + 1:end] if any(ch.isalpha() for ch in t.text)]
        last = end
        while last > i + 1 and doc[last - 1].is_punct:
            last -= 1  # "Holm & Lindby,": the comma is the sentence's
        if words and len(words) <= TITLE_WORDS and any(t.text[:1].isupper() for t in words) \
                and all(t.text[:1].isupper() or t.lower_ in SMALL_WORDS or t.text[:1].isdigit() or t.text.startswith(("'", "’"))
                        for t in words) \
                and not any(t.text in (".", "!") for t in doc[i + 1:last]) and last > i + 1:
            out.append((i + 1, last))
        i = end + 1
    return out


@Language.component("newsbrief_titled_people", requires=["doc.ents", "token.pos", "token.dep"],
                    assigns=["doc.ents", "token.dep", "token.head"])
def titled_people(doc: "Doc") -> "Doc":
    ents = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 3:
            # "Crown Prince Omar bin Nordvik", "Vice President Anna Berg": a title the model took into the name
            k = 0
            while k < len(ent) - 3 and ent[k].text[:1].isupper() and ent[k].lower_.strip(".") in TITLE_MODIFIERS:
                k += 1
            if ent[k].text[:1].isupper() and _title_word(ent[k].lower_.strip(".")) \
                    and sum(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent[k + 1:]) >= 2:
                ents.append(Span(doc, ent.start + k + 1, ent.end, label="PERSON"))
                continue
            # ... after the place or body it is of ("Lindby Prosecutor Liv Ekdal"): a word with a capital, a title
            # (not a modifier of one), then a given and a family name
            if k == 0 and len(ent) in (4, 5) and ent[0].pos_ == "PROPN" and ent[0].text[1:].islower() and ent[1].text[:1].isupper() \
                    and ent[1].lower_.strip(".") in PERSON_TITLES and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent[2:]):
                ents.append(Span(doc, ent.start + 2, ent.end, label="PERSON"))
                continue
            # an occupation opening the sentence ("Goalkeeper Jan-Erik Holm was injured"): no part of the name
            if k == 0 and ent.start == ent.sent.start and ent[0].lower_ in ROLE_NOUNS and ent[0].text[1:].islower() \
                    and sum(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent[1:]) >= 2:
                ents.append(Span(doc, ent.start + 1, ent.end, label="PERSON"))
                continue
        if len(ent) == 1 and ent.label_ != "PERSON" and ent[0].text[:1].isupper() and ent[0].lower_.strip(".") in PERSON_TITLES \
                and ent.end + 1 < len(doc) and all(t.ent_type_ == "" and t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[ent.end:ent.end + 2]):
            continue  # a title tagged alone ("Councillor" as an organisation) before the untagged name it titles:
            # no entity, and the name after it is found as any after a title (_untagged_after_title)
        # the title first, or after the place or body it is of ("Lindby Magistrate Anna Berg", tagged as one
        # organisation): the words after it are the person's name
        k = next((k for k in (0, 1) if k < len(ent) and ent[k].text[:1].isupper() and _title_word(ent[k].lower_.strip("."))), -1)
        rest = ent[k + 1:] if k >= 0 else ent[1:]
        if ent.label_ not in ("PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL") \
                and k >= 0 and (k == 0 or ent[0].pos_ == "PROPN" and ent[0].text[1:].islower()) and 2 <= len(rest) <= 3 \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() and (t.text[1:].islower() and t.is_alpha or INITIALS.fullmatch(t.text))
                        for t in rest) and rest[-1].is_alpha \
                and rest[-1].lower_ not in GENERIC_HEADS:
            ents.append(Span(doc, ent.start + k + 1, ent.end, label="PERSON"))
        else:
            ents.append(ent)
    doc.ents = filter_spans(ents + _untagged_after_title(doc, ents))
    for ent in doc.ents:
        given, name = doc[ent.start], doc[ent.end - 1]
        if ent.label_ == "PERSON" and ent.start > 0 and given.dep_ == "prep" and name.head == given \
                and given.head == doc[ent.start - 1] and doc[ent.start - 1].head != doc[ent.start - 1]:
            # ... parsed as the title's preposition ("Mayor" the subject, "Per Holm" its object): the name
            # takes the title's place in the sentence, the title and the given name are its compounds
            title = doc[ent.start - 1]
            name.head, name.dep_ = title.head, title.dep_
            title.head, title.dep_ = name, "compound"
            given.head, given.dep_ = name, "compound"
    return doc


INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # a given name's initials ("T.K.", "A.")


def _title_word(word: str) -> bool:
    """A person's title, or one in the plural before a list of names ("Justices Anna Berg and Erik Holm")."""
    return word in PERSON_TITLES or len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word[:-1] in PERSON_TITLES


def _untagged_after_title(doc: "Doc", ents: list) -> list:
    """'said Mayor Will Lindqvist': two or three capitalised words right after a capitalised person's title, which the
    model left untagged (a given name that is an English word too, "Will", "Per", read as one), are a person's
    name; not when a capitalised word follows (a longer name: "Mayor Will Lindqvist Square"), nor an organisation's
    or a place's head ends them. After a courtesy title ("Mr", "Dr": nothing but a person's name follows one), one
    such word is a surname ("arrested Mr Dahl-Lindby", which the model left untagged)."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for i, title in enumerate(doc[:-2]):
        if not (title.text[:1].isupper() and title.lower_.strip(".") in PERSON_TITLES) or i in taken:
            continue
        j, words = i + 1, 0
        while j < len(doc) and words < 3 and j not in taken and doc[j].is_alpha and doc[j].text[:1].isupper() \
                and (doc[j].text[1:].islower() or _capital_alone(doc, j)) and doc[j].lower_ not in PERSON_TITLES \
                and doc[j].lower_ not in GENERIC_HEADS:
            j, words = j + 1, words + 1
            while j + 1 < len(doc) and doc[j].text in HYPHENS and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                    and doc[j + 1].is_alpha and doc[j + 1].text[:1].isupper() and doc[j + 1].text[1:].islower() and j + 1 not in taken:
                j += 2  # a double-barrelled name is one word of it ("Mayor Ana Ruiz-Vega")
        fewest = 1 if title.lower_.strip(".") in COURTESY_TITLES and title.text[1:2].islower() else 2
        if fewest <= words <= 3 and not (j < len(doc) and doc[j].text[:1].isupper()):
            found.append(Span(doc, i + 1, j, label="PERSON"))
        elif j - i - 1 == 1 and j in taken and (name := next((e for e in ents if e.start == j and e.label_ == "PERSON"), None)) \
                and len(name) <= 2:
            # ... and one such word before the person's name the model found ("Mayor Per Holm": "Per" read as
            # a preposition, "Holm" tagged alone) is its given name
            found.append(Span(doc, i + 1, name.end, label="PERSON"))
    return found


def _capital_alone(doc: "Doc", j: int) -> bool:
    """A capital letter alone inside a name, before the name's next capitalised word: a particle ("Niall Ó Holm")
    or an initial written without its full stop ("Anna K Berg")."""
    return len(doc[j].text) == 1 and j > 0 and doc[j - 1].is_alpha and j + 1 < len(doc) and doc[j + 1].is_alpha \
        and doc[j + 1].text[:1].isupper() and doc[j + 1].text[1:].islower()


@Language.component("newsbrief_amounts", requires=["doc.ents"], assigns=["doc.ents"])
def amounts(doc: "Doc") -> "Doc":
    ents = []
    written = _prefixed_amounts(doc)
    for ent in doc.ents:
        if any(w.start < ent.end and ent.start < w.end for w in written):
            continue  # (the model's count, quantity or product of it)
        if ent.label_ == "MONEY" and not _names_currency(doc, ent):
            if any(t.like_num for t in ent):
                ents.append(Span(doc, ent.start, ent.end, label="CARDINAL"))
            continue
        if ent.label_ == "CARDINAL" and ent.end < len(doc) and doc[ent.end].lower_ in CURRENCIES and not doc[ent.end].ent_type_:
            ents.append(Span(doc, ent.start, ent.end + 1, label="MONEY"))  # "40 million" + "euros"
            continue
        before = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ == "MONEY" and before is not None and not before.ent_type_ and not before.whitespace_ \
                and (before.is_currency or before.text in "$€£¥₹₽₩₺₦"):
            ents.append(Span(doc, ent.start - 1, ent.end, label="MONEY"))  # "€" + "3.2m": the symbol is the amount's
            continue
        ents.append(ent)
    doc.ents = filter_spans(ents + written)
    return doc


def _prefixed_amounts(doc: "Doc") -> list:
    """Amounts written with a currency's letters or symbol before the number (data/currency_prefixes.txt), onto it
    ("R400 million", "N350 million", "R21,000") or as a word of their own ("Rs 250,000", "KSh 720,000"), outside any
    name: the number a large one (a thousands comma, a decimal point, three digits or more, or a scale word after it),
    as "R2" or "N7" name a road."""
    found = []
    for t in doc:
        if t.ent_type_ not in AMOUNT_LABELS:
            continue  # (a name's: "the R400 Highway")
        scaled = t.i + 1 < len(doc) and doc[t.i + 1].lower_ in SCALE_WORDS
        glued = GLUED_AMOUNT.match(t.text)
        if glued and not t.text[:1].islower() and (scaled or not glued.group(1).isdigit() or len(glued.group(1)) >= 3):
            found.append(Span(doc, t.i, t.i + 1 + scaled, label="MONEY"))
        elif len(t.text) >= 2 and t.lower_ in CURRENCY_PREFIXES and t.text[:1].isupper() and t.i + 1 < len(doc) \
                and doc[t.i + 1].like_num and any(ch.isdigit() for ch in doc[t.i + 1].text) and doc[t.i + 1].ent_type_ in AMOUNT_LABELS:
            scaled = t.i + 2 < len(doc) and doc[t.i + 2].lower_ in SCALE_WORDS
            found.append(Span(doc, t.i, t.i + 2 + scaled, label="MONEY"))
    return found


def _names_currency(doc: "Doc", ent) -> bool:
    """A currency symbol ("$", "£40m"), word or code ("euros", "USD") in the amount or in the word before or after it."""
    words = list(doc[max(ent.start - 1, 0):min(ent.end + 1, len(doc))])
    return any(t.is_currency or any(ch in "$€£¥₹₽₩₺₦" for ch in t.text) or t.lower_ in CURRENCIES for t in words)


@Language.component("newsbrief_comma_appositions", requires=["doc.ents", "token.dep", "token.pos"], assigns=["token.dep", "token.head"])
def comma_appositions(doc: "Doc") -> "Doc":
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS or ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
            continue
        name = ent.root
        if any(child.dep_ == "appos" for child in name.children):
            continue
        first = doc[ent.end + 1]
        if first.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "PRON") or first.ent_type_ in NAME_LABELS and first.pos_ == "PROPN":
            continue  # a list of names ("Vester, Lindmark and Holm") is no apposition
        noun = next((t for t in doc[ent.end + 1:min(len(doc), ent.end + 12)] if t.pos_ == "NOUN" and t.left_edge.i == ent.end + 1), None)
        subject = next((t for t in doc[ent.end + 1:min(len(doc), ent.end + 12)] if t.pos_ == "NOUN" and t.left_edge.i == ent.end + 1
                        and t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and name.dep_ in ("npadvmod", "dep") and subject.head == name.head \
                and (subject.right_edge.text == "," or subject.right_edge.i + 1 < len(doc) and doc[subject.right_edge.i + 1].text == ","):
            # "Nordvik, the country's largest bank, reported a loss": the parser made the bank the subject and the
            # name a modifier of the verb; the name is the subject, the bank its apposition
            name.dep_ = subject.dep_
            subject.head = name
            subject.dep_ = "appos"
            continue
        while noun is not None and noun.head.pos_ == "NOUN" and noun.head.i > noun.i and noun.head.left_edge.i == ent.end + 1:
            noun = noun.head  # "the party's head of press": the phrase's head, not its possessor
        if noun is None or noun.dep_ not in MISPLACED_APPOSITION and noun.head.pos_ != "PUNCT" \
                or noun.head == name or noun.head.i >= ent.start and noun.head.i < ent.end:
            continue
        after = noun.right_edge.i + 1
        if after < len(doc) and doc[after].text not in (",", ".", ";", "—", "–") or noun.sent != name.sent:
            continue
        if any(t.dep_ == "nsubj" for t in noun.children) or noun.head == name.head and noun.dep_ == name.dep_ == "nsubj":
            continue
        noun.head = name
        noun.dep_ = "appos"
    for ent in doc.ents:
        # "the mayor of Lindby, Anna Berg, said": the parser hangs the person's name on the nearest noun, the place
        # (or company) the post is of; she is the mayor
        name = ent.root
        owner = name.head
        if ent.label_ == "PERSON" and name.dep_ == "pobj" and owner.pos_ == "ADP" and ent.start > 0 and doc[ent.start - 1].text == "," \
                and any(c.dep_ == "pobj" and c.i < ent.start for c in owner.children) and owner.head.pos_ == "NOUN" \
                and owner.head.lemma_.lower() in PERSON_TITLES and not any(c.dep_ == "appos" for c in owner.head.children):
            # "Vesterland's ambassador in Lindby, Tove Marlowe, said": made a second object of the post's "in"
            name.head = owner.head
            name.dep_ = "appos"
            continue
        if ent.label_ != "PERSON" or name.dep_ != "appos" or owner.dep_ != "pobj" or owner.head.lower_ != "of" \
                or ent.start == 0 or doc[ent.start - 1].text != ",":
            continue
        post = owner.head.head
        if owner.lemma_.lower() in PERSON_TITLES:
            continue  # "the spokesman of the mayor, Anna Berg": she may be the mayor
        if post.pos_ == "NOUN" and post.lemma_.lower() in PERSON_TITLES and not any(c.dep_ == "appos" for c in post.children):
            name.head = post
    for sent in doc.sents:
        _fronted_subject(doc, sent.root)
    return doc


SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


def _fronted_subject(doc: "Doc", root) -> None:
    """'Flanked by her deputy Erik Holm, Ms Berg said ...': a main verb with no subject, right after a noun phrase
    the parser made an apposition of the name that ends the clause before it (set off by a comma, inside a clause
    or phrase that hangs on the verb): that noun phrase is the verb's subject."""
    def fronted(c) -> bool:  # a participle opening the sentence may be its clause set off by a comma ("Addressing the press, ...")
        return c.dep_ == "csubj" and c.tag_ == "VBG" and c.i == root.sent.start

    if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECTS and not fronted(c) for c in root.children):
        return
    for t in doc[root.sent.start:root.i]:
        if t.dep_ != "appos" or t.pos_ not in ("NOUN", "PROPN") or t.left_edge.i == 0 or doc[t.left_edge.i - 1].text != ",":
            continue
        if any(b.head != root or b.dep_ not in ("aux", "auxpass", "advmod", "neg") for b in doc[t.right_edge.i + 1:root.i]):
            continue  # (only the verb's own words between the phrase and the verb)
        clause = t.head
        while clause.head != root and clause.head != clause:
            clause = clause.head
        if clause.head == root and (clause.dep_ in ("advcl", "prep", "npadvmod") or fronted(clause)) and clause.i < t.i:
            if fronted(clause):
                clause.dep_ = "advcl"
            t.head = root
            t.dep_ = "nsubj"
            return


@Language.component("newsbrief_named_things", requires=["doc.ents", "token.pos", "token.dep"], assigns=["doc.ents"])
def named_things(doc: "Doc") -> "Doc":
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    found = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in THING_KINDS or noun.i in taken:
            continue
        start = noun.i
        while start > 0 and start - 1 not in taken and doc[start - 1].pos_ in ("PROPN", "NUM") \
                and noun.i >= doc[start - 1].head.i >= start and doc[start - 1].dep_ in ("compound", "nummod", "nmod"):
            start -= 1
        joined = start > 0 and (start - 1 in taken or doc[start - 1].text in HYPHENS)  # the rest of a cut name
        if start < noun.i and doc[start].pos_ == "PROPN" and doc[start].text[:1].isupper() and not joined:
            found.append(Span(doc, start, noun.i, label="PRODUCT"))
    if found:
        doc.ents = filter_spans([*doc.ents, *found])
    return doc


@Language.component("newsbrief_untagged_bodies", requires=["doc.ents", "token.pos", "token.dep"], assigns=["doc.ents"])
def untagged_bodies(doc: "Doc") -> "Doc":
    found = []
    for head in doc:
        if head.pos_ != "PROPN" or head.ent_type_ or head.dep_ == "compound" or head.lower_ not in ORG_HEADS \
                or not (head.text[:1].isupper() and head.text[1:].islower()):
            continue
        start = head.i
        while start > 0 and not doc[start - 1].ent_type_ and (
                doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and head.i >= doc[start - 1].head.i >= start
                or doc[start - 1].text in HYPHENS and start > 1 and doc[start - 2].pos_ == "PROPN"
                or _plural_possessive(doc, start - 1) and not doc[start - 2].ent_type_):
            start -= 1  # "Anti - Fraud Bureau", "Sea - Rescue Service", "Lindby Nurses ' Union"
        if doc[start].text in HYPHENS:
            start += 1
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.ent_type_ in ("GPE", "NORP", "ORG") and before.ent_iob_ in ("B", "I") \
                and head.i >= before.head.i >= start and before.dep_ == "compound":
            start = next(e.start for e in doc.ents if e.start <= before.i < e.end)  # "Vesterland" + "Fisheries Board"
        if any(t.text in HYPHENS for t in doc[start:head.i]):
            found.append(Span(doc, start, head.i + 1, label="ORG"))
        elif any(_plural_possessive(doc, i) for i in range(start + 1, head.i)):
            found.append(Span(doc, start, _of_phrase_end(doc, head), label="ORG"))  # "Vester Citizens' Alliance for Clean Water"
    if found:
        doc.ents = filter_spans([*doc.ents, *found])
    return doc


@Language.component("newsbrief_split_bodies", requires=["doc.ents", "token.dep"], assigns=["doc.ents"])
def split_bodies(doc: "Doc") -> "Doc":
    """A body's name whose "for"/"of" phrase coordinates two fields, which the model cut at the "and" ("the Vester
    Institute for Marine" + "Coastal Studies"): one organisation's name, when the parse makes the second part's
    head a conjunct of the field after "for"/"of" (not "the Institute for Fisheries and Holmex signed", two
    subjects) and the second part has no head of its own; and fields listed before a body's head, cut at a comma
    (_fields_before_head)."""
    ents = list(doc.ents)
    merged, changed = [], False
    k = 0
    while k < len(ents):
        a = ents[k]
        b = ents[k + 1] if k + 1 < len(ents) else None
        if b is not None and a.label_ == "ORG" and b.end - b.start <= 3 and b.start == a.end + 1 and doc[a.end].lower_ in ("and", "&") \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in b) and b.root.lower_ not in ORG_HEADS \
                and b.root.dep_ == "conj" and b.root.head.i == a.end - 1 and doc[a.end - 1].dep_ == "pobj" \
                and doc[a.end - 1].head.lower_ in ("for", "of") and doc[a.end - 1].head.head.lower_ in ORG_HEADS:
            merged.append(Span(doc, a.start, b.end, label="ORG"))
            changed, k = True, k + 2
            continue
        if b is not None and a.label_ == "ORG" and b.label_ == "ORG" and _fields_before_head(doc, a, b):
            merged.append(Span(doc, a.start, b.end, label="ORG"))
            changed, k = True, k + 2
            continue
        merged.append(a)
        k += 1
    if changed:
        doc.ents = merged
    return doc


def _fields_before_head(doc: "Doc", a, b) -> bool:
    """'the Vester Harbours, Fisheries and Transport Committee': fields listed before a body's head, cut at the
    comma; the parse hangs the first field on the head and the others on the first (in "Holmex, Nordvik and Vester
    Group" each name is a conjunct, none the head's)."""
    last = next((t for t in reversed(a) if t.is_alpha), None)
    head = b.root
    if last is None or head.lower_ not in ORG_HEADS or last.head.i != head.i or last.dep_ not in ("compound", "nmod") \
            or b.start - a.end > 1 or any(t.text not in (",", "and", "&") for t in doc[a.end:b.start]):
        return False
    fields = [t for t in doc[last.i + 1:head.i] if t.is_alpha and t.lower_ not in ("and",)]
    return all(t.pos_ == "PROPN" and (t.dep_ == "conj" and t.head.i in (last.i, *(f.i for f in fields)) or t.dep_ == "compound") for t in fields)


def _plural_possessive(doc: "Doc", i: int) -> bool:
    """doc[i] is the mark of a plural possessive inside a name: an apostrophe right after a capitalised word
    ending in "s" ("Nurses' Union", "Citizens’ Alliance")."""
    return doc[i].text in ("'", "’") and i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text.endswith("s") \
        and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ == "PROPN"


def _of_phrase_end(doc: "Doc", head) -> int:
    """Where a body's name ends: after its head, or after the head's "of"/"for" phrase of capitalised words ("Alliance
    for Clean Water")."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i == head.i + 1), None)
    if prep is None:
        return head.i + 1
    words = doc[prep.i + 1:prep.right_edge.i + 1]
    if words and all(t.pos_ == "PROPN" and t.text[:1].isupper() or t.lower_ in ("and", "&") for t in words) and words[-1].pos_ == "PROPN":
        return prep.right_edge.i + 1
    return head.i + 1


@Language.component("newsbrief_law_names", requires=["doc.ents"], assigns=["doc.ents"])
def law_names(doc: "Doc") -> "Doc":
    """A name whose last word is a law's ("the Vester Harbours Act") is a law's; a name the model read as a work's
    or a law's whose head word is an organisation's ("the Lindby Tenants' Alliance for Fair Rents", "the
    Holm Urgent Care Centre") is an organisation's (without the "the" before it)."""
    ents = [Span(doc, e.start, e.end, label="LAW") if e.label_ in NAME_LABELS and len(e) >= 2 and e[-1].text[:1].isupper()
            and e[-1].text[1:].islower() and e[-1].lower_ in LAW_HEADS else _body_named(doc, e) for e in doc.ents]
    if any((a.label_, a.start) != (b.label_, b.start) for a, b in zip(ents, doc.ents)):
        doc.ents = ents
    return doc


def _body_named(doc: "Doc", e):
    root = e.root
    if e.label_ not in ("WORK_OF_ART", "LAW") or len(e) < 2 or root.lower_ not in ORG_HEADS or not root.text[:1].isupper() \
            or root.pos_ != "PROPN":
        return e
    start = e.start + (e[0].lower_ == "the")
    return Span(doc, start, e.end, label="ORG") if e.end - start >= 2 else e


@Language.component("newsbrief_government_names", requires=["doc.ents", "token.pos", "token.dep"], assigns=["doc.ents"])
def government_names(doc: "Doc") -> "Doc":
    ents, changed = [], False
    for ent in doc.ents:
        end = ent.end
        if ent.label_ in ("GPE", "NORP") and end < len(doc) and doc[end].text == GOVERNMENT and doc[end].pos_ == "NOUN" \
                and doc[end].dep_ != "compound" and not doc[end].ent_type_ and ent[-1].text not in POSSESSIVES \
                and not any(t.lower_ in PARTY_WORDS for t in ent) and any(t.text[:1].isupper() for t in ent):
            ents.append(Span(doc, ent.start, end + 1, label="ORG"))
            changed = True
        else:
            ents.append(ent)
    if changed:
        doc.ents = filter_spans(ents)
    return doc


@Language.component("newsbrief_offices_of_posts", requires=["doc.ents", "token.pos"], assigns=["doc.ents"])
def offices_of_posts(doc: "Doc") -> "Doc":
    """An office named for a post ("the Vesterland Attorney General's Office", "Holm County Sheriff's Office",
    "the Prosecutor's Office"): the post (data/person_titles.txt), capitalised, a possessive, and a capitalised
    generic head (data/generic_name_heads.txt) are one organisation's name, with the capitalised names before the
    post; the model cuts it after the possessive ("General's Office") or tags a place and no office."""
    found = []
    for i in range(1, len(doc) - 1):
        post, head = doc[i - 1], doc[i + 1]
        if doc[i].text not in POSSESSIVES or post.lower_ not in PERSON_TITLES or not post.text[:1].isupper() \
                or head.lower_ not in GENERIC_HEADS or not (head.text[:1].isupper() and head.text[1:].islower()):
            continue
        start = i - 1
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1  # (whatever the model tagged them: "Vesterland" before a post is no one's name)
        if any(e.label_ == "PERSON" and e.start <= i - 1 < e.end for e in doc.ents):
            continue  # "Attorney General Anna Berg's office" is hers
        # (a span the model gave the whole name, "the Holm County Sheriff's Office" as a place, keeps its bounds)
        outer = next((e for e in doc.ents if e.start <= start and i + 2 <= e.end), None)
        found.append(Span(doc, outer.start, outer.end, label="ORG") if outer is not None else Span(doc, start, i + 2, label="ORG"))
    if found:
        doc.ents = filter_spans(found + [e for e in doc.ents if not any(f.start == e.start and f.end == e.end for f in found)])
    return doc


def _common_word_opening(tok) -> bool:
    """A word that opens its sentence, which the tagger reads as a common noun, written with only its first letter
    a capital: the sentence's capital, not a name's ("Turnout was 71 percent", "Tributes poured in")."""
    return tok.is_sent_start and tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.text[1:].islower() and tok.is_alpha


def _possessed_head(doc: "Doc", end: int) -> int | None:
    """The generic head word of a name built on a possessive ("St Holm's Hospital", "Berg's Row",
    data/generic_name_heads.txt), capitalised, right after the possessive that ends the name at `end` or follows it,
    when the name's last word is its possessor; None otherwise."""
    mark = end - 1 if doc[end - 1].text in POSSESSIVES or _plural_possessive(doc, end - 1) \
        else end if end < len(doc) and (doc[end].text in POSSESSIVES or _plural_possessive(doc, end)) else None
    if mark is None or mark + 1 >= len(doc) or mark < 1:
        return None
    head = doc[mark + 1]
    # (after a plural possessive, the head of a body's name too: "Vester Citizens' Alliance")
    heads = GENERIC_HEADS | ORG_HEADS if doc[mark].text not in POSSESSIVES else GENERIC_HEADS
    if head.lower_ not in heads or not (head.text[:1].isupper() and head.text[1:].islower()) or doc[mark - 1].head.i != head.i \
            or head.ent_type_ and head.ent_iob_ == "I":
        return None
    return head.i


def _name_parts(doc: "Doc", ent) -> list[tuple[int, int]]:
    # a list the model took for one name ("Lindmark, Vesterby and" + "Holmsund"): its commas part the names
    listed = ent.label_ in ("ORG", "PERSON", "GPE", "LOC") and not any(t.text == "&" for t in ent) and (
        doc[ent.end - 1].lower_ in ("and", "or")
        or ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("and", "or") and doc[ent.end + 1].pos_ == "PROPN")
    parts, start = [], ent.start
    for i in range(ent.start, ent.end):
        tok = doc[i]
        cut = (tok.text in POSSESSIVES and i + 1 < ent.end and doc[i + 1].text[:1].isupper()
               and doc[ent.end - 1].lower_ not in GENERIC_HEADS  # "Vester Harbour Master's Office" is one name
               or tok.text in ("-", "–", "—") and doc[i - 1].whitespace_ and tok.whitespace_
               or ent.label_ == "PERSON" and tok.text.lower() in LIST_JOINERS and i > start and i + 1 < ent.end
               and doc[i - 1].pos_ == "PROPN" and doc[i + 1].pos_ == "PROPN"
               or listed and tok.text == "," and i > start and i + 1 < ent.end and doc[i - 1].pos_ == "PROPN"
               and doc[i + 1].pos_ == "PROPN"
               or tok.text == "(" and not any(t.text == ")" for t in doc[i + 1:ent.end])  # "the Vester Police (VP"
               or _route(doc, ent, i)
               or _verb_inside(doc, ent, i))
        if cut:
            parts.append((start, i))
            start = i + 1
    parts.append((start, ent.end))
    return [(a, b) for a, b in parts if b > a]


def _verb_inside(doc: "Doc", ent, i: int) -> bool:
    """'ter Holm told Nordpost Radio' taken for one name: a verb in lower case between two capitalised words is no
    word of a name (a title's words are: "When the Boats come Home" is a work's), but the reporting of one name to another."""
    tok = doc[i]
    return ent.label_ != "WORK_OF_ART" and ent.start < i < ent.end - 1 and tok.pos_ in ("VERB", "AUX") and tok.text.isalpha() \
        and tok.text.islower() and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper() \
        and tok.lower_ not in PARTICLES  # (the parser may take an unknown particle for a verb: "Anna ter Holm")


def _route(doc: "Doc", ent, i: int) -> bool:
    """'the crossing from Holmsund to Lindby', 'flights from Vesterby to Nordvik' taken for one name: after "from"
    before the name, its lower-case "to" between two capitalised words ends the first place and starts the second."""
    return doc[i].text == "to" and ent.start > 0 and doc[ent.start - 1].lower_ == "from" and ent.start < i < ent.end - 1 \
        and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()


def _symbol_led(doc: "Doc", i: int) -> bool:
    """A word that starts with a symbol and goes on with letters (".Vest", "$ky")."""
    text = doc[i].text
    return len(text) >= 1 and text[0] in ".$@" and (text[1:2].isalpha() or (not doc[i].whitespace_ and i + 1 < len(doc) and doc[i + 1].is_alpha))


def _title_abbreviations() -> list[str]:
    """The abbreviations of titles written with a full stop before a name ("Sgt.", "Lt.", "Insp."), capitalised:
    title_abbreviations.txt, the forms after each title's colon; and honorific_abbreviations.txt ("Hon.", "Fr.")."""
    forms = []
    for line in DATA_FILES[14].read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        if ":" in line:
            forms += [f.strip() for f in line.partition(":")[2].split(",") if f.strip()]
    forms += sorted(_word_list(DATA_FILES[17]))  # ("Hon.", "Engr.": honorifics abbreviated)
    return [f"{form[:1].upper()}{form[1:]}." for form in forms]


def add_repairs(nlp: Language) -> Language:
    """Add the sentence repair before the parser, and the other repairs after the pipeline's entity recogniser (a
    pipeline without one is left alone); and a title's abbreviation is one token with its full stop ("Sgt. Anna
    Berg": the tokenizer would split "Sgt" from its stop, and the parser then read the name as a sentence of its
    own)."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):  # (a tokenizer of spaCy's own kind)
        for abbreviation in _title_abbreviations():
            if len(tokenizer(abbreviation)) > 1:
                tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if "parser" in nlp.pipe_names and "newsbrief_dateline_sentence" not in nlp.pipe_names:
        nlp.add_pipe("newsbrief_dateline_sentence", before="parser")
    if "ner" not in nlp.pipe_names:
        return nlp
    after = "ner"
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, after=after)
        after = name
    return nlp


DISASTER_NOUNS = _word_list(DATA / "disaster_nouns.txt")


@Language.component("newsbrief_place_events", requires=["doc.ents", "token.dep"], assigns=["doc.ents"])
def place_events(doc: "Doc") -> "Doc":
    """An event news names by the place or building it struck and a noun for it in lower case, after "the" (or "the"
    and a year): "the Holm earthquake", "the 2009 Vester Tower fire" (data/disaster_nouns.txt). The noun must head
    its phrase ("the Holm fire station" is a station), in the singular ("the Vesterland fires" are many)."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ not in ("GPE", "LOC", "FAC", "ORG") or ent.end >= len(doc):
            continue
        noun = doc[ent.end]
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not noun.text.islower() or noun.lemma_.lower() not in DISASTER_NOUNS \
                or noun.dep_ == "compound" or not all(t.text[:1].isupper() or t.lower_ in KEPT_EDGES for t in ent):
            continue
        start = ent.start + (doc[ent.start].lower_ == "the")  # (the model may take "the" into the name)
        before = start - 1
        if before >= 0 and doc[before].like_num and len(doc[before].text) == 4:
            before -= 1  # ("the 2009 Vester Tower fire")
        if before < 0 or doc[before].lower_ != "the" or start >= ent.end:
            continue
        ents[k] = Span(doc, start, ent.end + 1, label="EVENT")
        changed = True
    if changed:
        doc.ents = filter_spans(ents)
    return doc


SELF_NAMING_KINDS = _word_list(DATA / "self_naming_kinds.txt")
MODIFYING_LABELS = {"GPE", "NORP"}  # a city's or a country's name before a noun places it ("the Holm bridge" is in Holm)


@Language.component("newsbrief_feature_names", requires=["doc.ents", "token.pos", "token.dep"], assigns=["doc.ents"])
def feature_names(doc: "Doc") -> "Doc":
    """'the Vesk dam', 'the Ulva river', 'the Skarn lighthouse': a building's or a natural feature's name written
    as a proper noun and its kind in lower case after "the" (data/self_naming_kinds.txt) is one name, kind and all,
    which the model often leaves untagged or cuts before the noun. Not when the proper noun is a town's or a
    country's name, which only places a thing there ("the Holm bridge", and "Holm" is tagged a place here or
    elsewhere in the article: that name stays the place's), nor a body's ("the Army hospital": its hospital)."""
    places = {e.text for e in doc.ents if e.label_ in MODIFYING_LABELS}
    found = []
    for noun in doc:
        if noun.pos_ != "NOUN" or not noun.text.islower() or noun.lower_ not in SELF_NAMING_KINDS:
            continue
        start = _proper_nouns_before(doc, noun)
        if start == noun.i or start == 0 or doc[start - 1].lower_ != "the":
            continue
        run = doc[start:noun.i]
        if any(t.ent_type_ in MODIFYING_LABELS or t.lower_ in ORG_HEADS for t in run) or run.text in places:
            continue  # (a body's before a kind is its own: "the Army hospital", "the Police museum")
        if any(e.start < start < e.end or e.start < noun.i < e.end and e.end > noun.i + 1 or e.start <= noun.i < e.end and e.start < start
               for e in doc.ents):
            continue  # (a name that goes on past the noun, or begins before "the": left as the model read it)
        found.append(Span(doc, start, noun.i + 1, label="FAC"))
    if found:
        doc.ents = filter_spans([*found, *doc.ents])
    return doc


def _proper_nouns_before(doc: "Doc", noun) -> int:
    """Where the run of capitalised proper nouns compounded on `noun` right before it starts (`noun.i` when there
    is none); at most NAME_WORDS_BEFORE words."""
    start = noun.i
    while start > 0 and noun.i - start < NAME_WORDS_BEFORE and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and noun.i >= doc[start - 1].head.i >= start and doc[start - 1].text[:1].isupper() and doc[start - 1].text[1:].islower():
        start -= 1
    return start


FLIGHT_CODE = re.compile(r"(?:[A-Z]{1,3}|[A-Z]\d|\d[A-Z])?\d{1,4}[A-Z]?")  # "HA610", "302", "VX17", "NB8501", "9V4321"


@Language.component("newsbrief_flights", requires=["doc.ents"], assigns=["doc.ents"])
def flights(doc: "Doc") -> "Doc":
    """A flight named by its number is an event of the story (a crash, a hijacking, a diversion): "Holm Air flight
    HA610", "Flight 302", "flight VA 17", with the airline's name before it when the model tagged one there; the
    model tags the parts apart or not at all."""
    found = []
    for tok in doc:
        if tok.lower_ != "flight" or tok.i + 1 >= len(doc):
            continue
        end = tok.i + 2
        code = doc[tok.i + 1].text
        if re.fullmatch(r"[A-Z]{1,3}|[A-Z]\d|\d[A-Z]", code) and end < len(doc) and re.fullmatch(r"\d{1,4}[A-Z]?", doc[end].text):
            end += 1  # "flight HA 610"
        elif not FLIGHT_CODE.fullmatch(code) or not any(ch.isdigit() for ch in code):
            continue
        # (with the airline the model tagged right before it; else "flight VX17", the flight by its number)
        airline = next((e for e in doc.ents if e.end == tok.i and e.label_ in ("ORG", "NORP", "GPE", "PERSON")), None)
        start = tok.i if airline is None else airline.start + (airline[0].lower_ == "the")
        found.append(Span(doc, start, end, label="EVENT"))
    if found:
        keep = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = filter_spans(keep + found)
    return doc


@Language.component("newsbrief_untagged_sources", requires=["doc.ents", "token.pos", "token.dep"], assigns=["doc.ents"])
def untagged_sources(doc: "Doc") -> "Doc":
    """A news outlet or an agency the tagger left unnamed where a report is credited to it: the subject of a
    reporting verb ('noted The Holmsund Courier', 'VRT reported'), "according to X", "reported by X".  Only what reads as
    an organisation's name whoever it is: an initialism ("VRT") or a name with "The" written with its capital
    inside the sentence ("The Holmsund Courier"); a bare name may be a person's, and is left alone."""
    found = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ == "compound":
            continue
        up = tok.head
        credited = tok.dep_ == "nsubj" and up.lemma_.lower() in SOURCE_VERBS and up.pos_ == "VERB" \
            or tok.dep_ == "pobj" and up.lower_ == "to" and up.i > 0 and doc[up.i - 1].lower_ == "according" \
            or tok.dep_ == "pobj" and up.dep_ == "agent" and up.head.lemma_.lower() in SOURCE_VERBS
        if not credited:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and not doc[start - 1].ent_type_:
            start -= 1
        words = doc[start:tok.i + 1]
        the = start > 0 and doc[start - 1].text == "The" and not doc[start - 1].is_sent_start and doc[start - 1].head.i == tok.i
        initialism = len(words) == 1 and len(tok.text) >= 2 and tok.text.isalpha() and tok.text.isupper()
        if the or initialism:
            found.append(Span(doc, start - 1 if the else start, tok.i + 1, label="ORG"))
    if found:
        doc.ents = filter_spans([*doc.ents, *found])
    return doc


LISTED_LABELS = {"PERSON", "ORG", "GPE"}  # the kinds of name a list of names shares


@Language.component("newsbrief_listed_names", requires=["doc.ents", "token.pos", "token.dep"], assigns=["doc.ents"])
def listed_names(doc: "Doc") -> "Doc":
    """Names listed together are names of one kind: in a list of proper nouns ("Vester, Tom Lind and Holm Ro")
    whose tagged members are all people (or all organisations, or all places), a member the model left untagged
    is one too.  Only a list made only of proper nouns (one to three capitalised words each, "and" or "or"
    before the last), with at least one member tagged and none tagged otherwise."""
    found = []
    conjuncts: dict[int, list] = {}
    for t in doc:
        if t.dep_ == "conj":
            conjuncts.setdefault(t.head.i, []).append(t)
    for head in doc:
        if head.dep_ == "conj" or head.pos_ != "PROPN" or head.i not in conjuncts:
            continue
        members = [head]
        for m in members:  # the conjuncts hang one on the other, or all on the first (each token has one head)
            members += conjuncts.get(m.i, [])
        if len(members) < 3 or any(m.pos_ != "PROPN" for m in members):
            continue
        spans: list["Span"] = []
        for m in members:
            start = m.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == m.i and doc[start - 1].pos_ == "PROPN":
                start -= 1
            words = doc[start:m.i + 1]
            if len(words) > 3 or not all(t.text[:1].isupper() and t.is_alpha for t in words):
                spans = []
                break
            spans.append(words)
        labels = {t.ent_type_ for span in spans for t in span if t.ent_type_}
        if not spans or len(labels) != 1 or not labels <= LISTED_LABELS:
            continue
        whole = {(e.start, e.end) for e in doc.ents}
        if any(any(t.ent_type_ for t in span) and (span.start, span.end) not in whole for span in spans):
            continue  # a list inside a longer name ("Academy of Arts, Letters and Sciences"), or a member's name cut
        label = labels.pop()
        found += [Span(doc, span.start, span.end, label=label) for span in spans if not any(t.ent_type_ for t in span)]
    if found:
        doc.ents = filter_spans([*doc.ents, *found])
    return doc



AGE_LIMIT = 120  # an age set off by commas after a name is a number up to this


@Language.component("newsbrief_aged_people", requires=["doc.ents", "token.pos"], assigns=["doc.ents"])
def aged_people(doc: "Doc") -> "Doc":
    """'Erik Holm, 52, has driven the harbour crane since 2003', the model tagging "Holm" alone, as a place: a name
    followed by an age set off by commas is a person's, and the capitalised proper nouns right before it that the
    model left untagged are the rest of the name."""
    ents, changed = list(doc.ents), False
    for k, ent in enumerate(ents):
        if ent.label_ not in NAME_LABELS or ent.label_ == "PERSON" and ent.start == 0 or not _aged_after(doc, ent.end):
            continue
        start = ent.start
        while start > 0 and start > ent.start - 2 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].text[1:].islower() and doc[start - 1].is_alpha:
            start -= 1
        if start != ent.start or ent.label_ != "PERSON":
            ents[k] = Span(doc, start, ent.end, label="PERSON")
            changed = True
    if changed:
        doc.ents = filter_spans(ents)
    return doc


@Language.component("newsbrief_given_names", requires=["doc.ents", "token.pos", "token.dep", "token.lemma"], assigns=["doc.ents"])
def given_names(doc: "Doc") -> "Doc":
    """'a fisherman who gave his name as Olle', 'another voter, who gave her name as Siri Holm': the name someone gives
    as theirs is a person's. The model sometimes tags nothing there (a name it does not know) or tags it as an
    organisation; the capitalised proper nouns after "as" become a PERSON."""
    ents, changed = list(doc.ents), False
    for tok in doc:
        if tok.lemma_.lower() != "give" or not any(c.dep_ == "dobj" and c.lemma_.lower() == "name" for c in tok.children):
            continue
        as_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        name = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
        if name is None or name.pos_ != "PROPN" or not name.text[:1].isupper():
            continue
        start = min([name.i] + [c.i for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == name.i - 1])
        held = [e for e in ents if e.start <= name.i < e.end]
        if held and held[0].label_ == "PERSON":
            continue
        ents = [e for e in ents if e not in held] + [Span(doc, start, name.i + 1, label="PERSON")]
        changed = True
    if changed:
        doc.ents = filter_spans(ents)
    return doc


def _aged_after(doc: "Doc", end: int) -> bool:
    """", 52," right after a name: an age set off by commas."""
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 2].text == "," and doc[end + 1].is_digit \
        and 0 < int(doc[end + 1].text) <= AGE_LIMIT


QUOTE_MARKS = {'"', "”", "’", "'"}
TITLES_AND_MODIFIERS = PERSON_TITLES | TITLE_MODIFIERS  # a title before a name, with its modifiers ("Deputy", "Vice")


SPEECHLESS_LABELS = {"WORK_OF_ART", "PRODUCT"}


@Language.component("newsbrief_quoted_speakers", requires=["doc.ents", "token.pos", "token.dep"], assigns=["doc.ents"])
def quoted_speakers(doc: "Doc") -> "Doc":
    """'"We did our best," Anna Lindqvist wrote.': right after the closing mark of a quotation, the subject of a
    reporting verb is who said it; the model, reading the mark, may take the name for a title or a product
    (WORK_OF_ART, PRODUCT: neither speaks).  A
    name written as people's are (one to three capitalised proper nouns, "Holm-Berg" whole; after a title, the
    title left out: "Deputy Mayor Anna Berg"; a particle joined by a hyphen kept: "al-Holm") is a person's there; not "The
    Lindby Courier", an outlet's."""
    ents, changed = list(doc.ents), False
    for k, ent in enumerate(ents):
        if ent.label_ not in SPEECHLESS_LABELS or ent.start < 2 or doc[ent.start - 1].text not in QUOTE_MARKS \
                or not doc[ent.start - 2].is_punct or ent.root.dep_ != "nsubj" \
                or ent.root.head.lemma_.lower() not in SOURCE_VERBS or ent.root.head.i < ent.end:
            continue
        start = ent.start
        while start < ent.end and (doc[start].lower_.strip(".") in TITLES_AND_MODIFIERS
                                   or doc[start].text in HYPHENS and start > ent.start):
            start += 1  # "Deputy Prosecutor-General Anna Berg": the title is no part of the name
        words = [t for t in doc[start:ent.end] if t.text not in HYPHENS]
        if len(words) >= 2 and words[0].lower_ in PARTICLES and words[0].text.islower() and doc[words[0].i + 1].text in HYPHENS:
            words = words[1:]  # a family name with its particle joined by a hyphen ("al-Holm", "el-Berg")
        if not 1 <= len(words) <= 3 or not all(_name_word(t) and t.pos_ == "PROPN" for t in words) \
                or doc[ent.end - 1].text in HYPHENS:
            continue
        ents[k] = Span(doc, start, ent.end, label="PERSON")
        changed = True
    # ... and a name of two to four such words the model left untagged there ('"...," Anna Maria Holm Berg, the
    # market's chair, told Radio Lindby')
    tagged = {i for e in ents for i in range(e.start, e.end)}
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.i in tagged or tok.head.lemma_.lower() not in SOURCE_VERBS or tok.head.i < tok.i:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i and doc[start - 1].i not in tagged:
            start -= 1
        run = doc[start:tok.i + 1]
        if not 2 <= len(run) <= 4 or start < 2 or doc[start - 1].text not in QUOTE_MARKS or not doc[start - 2].is_punct \
                or not all(_name_word(t) and t.pos_ == "PROPN" for t in run) or doc[start].lower_ in TITLES_AND_MODIFIERS:
            continue
        ents.append(Span(doc, start, tok.i + 1, label="PERSON"))
        changed = True
    if changed:
        doc.ents = filter_spans(ents)
    return doc
