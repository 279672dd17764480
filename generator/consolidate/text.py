"""Small text helpers shared by the consolidation modules."""
from __future__ import annotations

import os
import re

from rapidfuzz import fuzz

from ..text import norm as norm  # the one key for comparing surface forms, re-exported for the consolidate modules
from ..text import DOUBLE_QUOTE_MARKS
from ..text import slug as shared_slug
from ..text import visible as visible  # invisible format characters dropped, re-exported likewise
from .lang import pairs as lang_pairs
from .lang import shared_words
from .lang import words as lang_words
from .tuning import TUNING

QUOTE_CHARS = DOUBLE_QUOTE_MARKS
YEAR = re.compile(r"^(1[89]|20)\d\d$")  # a year as the articles write it ("1994", "2018")
NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                            "fifteen sixteen seventeen eighteen nineteen twenty".split())}
TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
WORD_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}  # "3 million", "forty thousand"


def number_in_words(text: str) -> float | None:
    """The first number a text writes in words, however many words it takes: "Forty-eight people" 48, "two
    hundred and fifty" 250, "twenty one" 21, "a hundred" 100; None when there is none."""
    total = current = 0.0
    started = False
    for word in re.findall(r"[a-z]+", re.sub(r"\ban? (?=hundred|thousand|million|billion)", "one ", text.lower())):
        if word in NUMBER_WORDS or word in TENS:
            current += TENS[word] if word in TENS else NUMBER_WORDS[word]
        elif started and word == "hundred":
            current = max(current, 1) * 100
        elif started and word in WORD_SCALES:
            total, current = total + max(current, 1) * WORD_SCALES[word], 0
        elif started and word == "and":
            continue
        elif started:
            break
        else:
            continue
        started = True
    return float(total + current) if started else None


def words(text: str) -> int:
    return len(text.split())


def slug(text: str) -> str:
    """An entity's id: the shared slug (generator/text.py), "x" for a name with no letter or digit."""
    return shared_slug(text, 60, "-entity") or "x"


def under(toks, i: int, root: int) -> bool:
    """Token `i` is `root` or in its subtree (climbing the parse at most 20 heads)."""
    for _ in range(20):
        if i == root:
            return True
        if toks[i].head == i:
            return False
        i = toks[i].head
    return False


def span_head(tokens, start: int, end: int):
    """The token of tokens[start:end] whose syntactic head lies outside the span (the phrase's head), or None."""
    return next((t for t in tokens[start:end] if not start <= t.head < end or t.head == t.i), None)


OPEN_QUOTES = "“\"„«"
CLOSE_QUOTES = "”\"»"


def continues_quotation(text: str) -> bool:
    """Whether a paragraph goes on with a quotation the one before left open: it opens with a quotation mark (news
    style), or its first mark closes one ('... partners’ diplomatic efforts,” the minister wrote'); a paragraph with
    no quotation mark is the narrator's."""
    stripped = text.lstrip()
    if stripped[:1] in OPEN_QUOTES or stripped[:1] in SINGLE_OPEN and stripped[1:2].isalnum():
        return True
    first = next((ch for ch in stripped if ch in "“”\""), None)
    return first == "”" or (first == '"' and stripped.count('"') % 2 == 1)


def quoted_spans(text: str, open_at_start: bool = False) -> list[tuple[int, int]]:
    """Character spans of the direct quotations in a paragraph (the text between the quotation marks).

    Curly quotes pair by direction; straight quotes alternate.  A quotation still open at the end of the
    paragraph runs to its end (news style continues a quotation into the next paragraph); `open_at_start`
    says the previous paragraph left one open."""
    if not any(ch in QUOTE_CHARS for ch in text) and (not open_at_start or text[:1] in SINGLE_OPEN):
        return single_quoted_spans(text)  # (a quotation in single marks, or the next paragraph of one, reopened)
    spans = []
    start = None
    if open_at_start:
        start = 1 if text[:1] in OPEN_QUOTES else 0
    for i, ch in enumerate(text):
        if i < (start or 0):
            continue  # the mark that reopens a continued quotation ('"' is both an opening and a closing mark)
        if start is None:
            if ch in OPEN_QUOTES and (ch != '"' or i == 0 or not text[i - 1].isalnum()):
                start = i + 1
        elif ch in CLOSE_QUOTES:
            spans.append((start, i))
            start = None
    if start is not None and len(text) - start > 3:
        spans.append((start, len(text)))
    if not open_at_start and spans:
        # British style, a quotation within a quotation in double marks: the single marks hold the quotation
        # ("'When I joined, the owner told me, "Take your time",' he said.")
        singles = single_quoted_spans(text)
        if singles and all(any(a < s and e < b for a, b in singles) for s, e in spans):
            return singles
    return spans


SINGLE_OPEN = "\u2018'"
SINGLE_CLOSE = "\u2019'"
AFTER_CLOSE = ",.;:!?)\u2014\u2013"


INITIAL_ELISIONS = lang_words("initial_elisions")  # "'Tis the season": an apostrophe, no quotation


def single_quoted_spans(text: str) -> list[tuple[int, int]]:
    """Quotations in single marks, for a paragraph with no double ones (the style of some wire services and
    headlines: 'We will not sign,' she said).  The same marks are apostrophes, so a mark opens only before a
    letter at the start of a word, and closes only after punctuation, before punctuation or the end, or after a
    word not ending in "s" ("the workers' union" and "don't" close nothing); an opening never closed is no
    quotation (but at the paragraph's start: it goes on into the next), nor one another opening follows before it
    closes."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else ""
        if ch in SINGLE_OPEN and (before.isspace() or before in "([\u2014\u2013") and after[:1].isalnum():
            start = i + 1  # (an opening mark inside an open one: the first was no quotation's ("'cats' and 'dogs'"))
        elif start is None:
            continue
        elif ch in SINGLE_CLOSE and not before.isspace() and (before in ".,!?" or after == "" or after in AFTER_CLOSE
                                                              or after.isspace() and before.isalpha() and before.lower() != "s"):
            # (a mark after a word and before a space closes unless the word ends in "s": "had been 'let down at
            # every turn' by the firm" closes, "the workers' union" is a possessive)
            if i - start > 3:
                spans.append((start, i))
            start = None
    first_word = m.group(0).lower() if (m := re.match(r"\w+", text[1:])) else ""
    if start == 1 and not spans and len(text) > 4 and first_word not in INITIAL_ELISIONS:
        # opened at the paragraph's start and never closed: a quotation that goes on into the next paragraph
        # (which opens with the mark again, news style); an apostrophe does not open a paragraph
        spans.append((1, len(text)))
    return spans


def span_text(tokens) -> str:
    """The text of consecutive tokens, with the original spacing (one space at most: a run of spaces in the
    article is a token of its own, which is left out)."""
    tokens = [t for t in tokens if t.text.strip()]
    text = ""
    for k, t in enumerate(tokens):
        text += t.text
        if k + 1 < len(tokens) and tokens[k + 1].start > t.start + len(t.text):
            text += " "
    return text.strip()


def article_quoted_spans(paragraphs) -> list[list[tuple[int, int]]]:
    """quoted_spans for each paragraph of an article, carrying a quotation left open into the next paragraph."""
    out, carry = [], False
    for text in paragraphs:
        carry = carry and continues_quotation(text)
        spans = quoted_spans(text, open_at_start=carry)
        out.append(spans)
        carry = bool(spans) and spans[-1][1] == len(text)
    return out


DERIVING_SUFFIXES = lang_words("deriving_suffixes")


def derived(x: str, y: str) -> bool:
    """One word is the other with an ending that derives an adjective from it, not another spelling of it
    ("Vesterland"/"Vesterlandic", "Holmia"/"Holmian"), or an initialism and a longer one it begins
    ("V.L."/"V.L.R.").  (A plural stays a spelling: "Holm Institutes" for "Holm Institute" is a slip.)"""
    short, long = sorted((x.replace(".", ""), y.replace(".", "")), key=len)
    if short.isupper() and long.isupper() and len(short) >= 2:
        return long.startswith(short)
    return long.startswith(short) and long[len(short):].lower() in DERIVING_SUFFIXES


SPELLINGS = [(brit, amer) for brit, others in sorted(lang_pairs("spelling_endings").items()) for amer in sorted(others)]


def british_or_american(x: str, y: str) -> bool:
    """One word in its British and its American spelling ("colour"/"color", "Organisation"/"Organization")."""
    x, y = x.lower(), y.lower()
    return x != y and any(x.replace(one, other) == y.replace(one, other) for one, other in SPELLINGS)


AMOUNT_TOPIC = "Amount in "  # the figures' topic for amounts of money in one currency ("Amount in euros")
MONTHS = "january february march april may june july august september october november december".split()
DAY_TOPIC = "Day "  # the topic of one fact dated to different days ("Day (arrest)", "Day (sank)")
TIME_TOPIC = "Time "  # ... and timed to different times of day ("Time (collapse)")
# a time of day written in figures ("18:15", "6am", "9.45 pm", "1.50a.m."): a clock time, never a count
CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)", re.I)
# the topics of disagreements over words, not figures: how a name is spelled or what it is, how a person is
# described, what a quotation says
SPELLING_TOPIC, NAME_TOPIC, DESCRIBED_TOPIC, WORDS_TOPIC = "Spelling of ", "Name of ", "How sources describe ", "Words of "
AGE_TOPIC = "Age of "  # a person's age as two sources give it ("Anna Berg, 46" / "Anna Berg, 47")
WORDING_TOPICS = (SPELLING_TOPIC, NAME_TOPIC, DESCRIBED_TOPIC, WORDS_TOPIC)


def versions_of_one_count(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two values (ranges) that may be versions of one count: the same, or different within a factor of 20 (not
    a day's 42 arrests and a year's 17,000; not three workers killed in one strike and a war's death toll)."""
    return not (a[1] < b[0] or b[1] < a[0]) or different_versions(a, b)


def different_versions(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Different values of one count: ranges that do not overlap, yet within a factor of 20 of each other."""
    if not (a[1] < b[0] or b[1] < a[0]):
        return False
    low, high = sorted((a, b))
    return high[0] <= 20 * max(low[1], 1)


TIME_NOUNS = lang_words("time_nouns")
RATE_ADVERBS = lang_words("rate_adverbs")


def per_time(toks, end: int) -> bool:
    """The words at `end` make what stands before them a rate: "(900 travellers) a day", "per week", "daily"."""
    for k in range(end, min(len(toks), end + 2)):
        low = toks[k].text.lower()
        if low in RATE_ADVERBS or low in ("a", "an", "per", "each", "every") and k + 1 < len(toks) \
                and toks[k + 1].lemma.lower() in TIME_NOUNS and toks[k + 1].tag == "NN":
            return True
    return False


def sound_key(word: str) -> str:
    """A word's first letter and its consonants, each run of one letter once: "holmar", "hollmar" and "holmaar" all
    give "hlmr"; "karin" and "caryn" do not (another first letter)."""
    key = word[:1] + "".join(ch for ch in word[1:] if ch.isalpha() and ch not in "aeiouy")
    return re.sub(r"(.)\1+", r"\1", key)


# one sound written two ways by two outlets ("Vasiq"/"Vasek", "Lijjar"/"Liggar", "Aleksei"/"Alexei")
TRANSLITERATED = str.maketrans({"q": "k", "j": "g", "x": "ks"})


def transliterated(a: str, b: str) -> bool:
    """One word of a name transliterated two ways: the same first letter and the same consonants, doubled or not,
    a particle joined by a hyphen aside ("el-Liggar" / "al-Lijjar", "Abdel-Holm" / "Abdelholm"), and "q"/"k",
    "j"/"g", "x"/"ks" taken for one sound.  Lower case words."""
    x, y = (_transliteration_form(w) for w in (a, b))
    return min(len(x), len(y)) >= 4 and x[0] == y[0] and sound_key(x) == sound_key(y)


def _transliteration_form(word: str) -> str:
    """A word as transliterations are compared: without a particle joined by a hyphen, nor the hyphen, and with
    the letters taken for one sound made one."""
    return without_particle(word).replace("-", "").translate(TRANSLITERATED)


def sound_of(word: str) -> str | None:
    """The sound transliterated() compares a word of four letters or more by ("sutrisno" and "soetrisno": "strsn"),
    or None for a shorter one."""
    form = _transliteration_form(word)
    return sound_key(form) if len(form) >= 4 else None


def spelled_alike(a: str, b: str) -> bool:
    """One family name spelled two ways ("Lindacre" / "Lindaker", "Lodica" / "Lodicki"): the two open with the same
    letters (five of them, or all but two of the shorter's, three at least) and are close (rapidfuzz ratio).  Lower
    case words."""
    shared = len(os.path.commonprefix([a, b]))
    return a != b and shared >= min(5, max(3, min(len(a), len(b)) - 2)) and fuzz.ratio(a, b) >= TUNING.spelling_variant_ratio


SURNAME_PARTICLES = shared_words("surname_particles")


def without_particle(word: str) -> str:
    """'al-holm' -> 'holm': a family name without the particle joined to it by a hyphen ("al-", "el-"),
    in the case it was given."""
    particle, _, rest = word.partition("-")
    return rest if rest and particle.lower() in SURNAME_PARTICLES else word


def hyphen_joins(toks, k: int) -> bool:
    """Token k is a hyphen between two words, with no space ("consumer-goods", "Jan-Erik", "director-general")."""
    return 0 < k < len(toks) - 1 and toks[k].text == "-" and toks[k - 1].start + len(toks[k - 1].text) == toks[k].start == toks[k + 1].start - 1


def initials_of_given_names(tokens: list[str], other_tokens: list[str]) -> bool:
    """`tokens` is `other_tokens` with the given names before the family name written as their initials, run
    together or not ("ej", "e j", "j-e"): the same family name (one word or more, a real word among them), and the
    initials those of every given name of the other."""
    shared = 0
    while shared < min(len(tokens), len(other_tokens)) and tokens[-1 - shared] == other_tokens[-1 - shared]:
        shared += 1
    given, other_given = tokens[:len(tokens) - shared], other_tokens[:len(other_tokens) - shared]
    if not shared or not given or not other_given or all(len(t) <= 1 for t in tokens[len(tokens) - shared:]):
        return False
    initials = "".join(t.replace("-", "") for t in given)
    if not 1 <= len(initials) <= 3 or any(len(t.replace("-", "")) > 3 for t in given) or len(initials) != len(given) and len(given) > 1:
        return False
    written = [w for t in other_given for w in t.split("-")]
    return any(len(w) > 1 for w in written) and initials == "".join(w[0] for w in written)


NAME_JOINERS = lang_words("name_joiners")  # the words inside a name that give no initial ("of", "and", "&")


def initials(key: str) -> str:
    """The initials of a normalised name's words, its joining words aside ("institute for the study of war": isw)."""
    return "".join(w[0] for w in key.split() if w not in NAME_JOINERS and w[:1].isalpha())


def initials_inside(short: str, long: str) -> bool:
    """A word of the short name, written in capitals, is the initials of a run of two words or more of the long
    one, and the short name's other words are the long one's words before and after that run ("Holm RA" of "Holm
    River Authority", "NIT Holm" of "Nordic Institute of Technology Holm")."""
    written, tokens, other = short.split(), norm(short).split(), norm(long).split()
    if len(written) != len(tokens) or not 2 <= len(tokens) < len(other):
        return False
    for k, word in enumerate(written):
        if not (2 <= len(word) <= 6 and word.isupper() and word.isalpha()):
            continue
        before, after = tokens[:k], tokens[k + 1:]
        middle = other[len(before):len(other) - len(after)]
        if other[:len(before)] == before and other[len(other) - len(after):] == after and len(middle) >= 2 \
                and middle[0] not in NAME_JOINERS and initials(" ".join(middle)) == tokens[k]:
            return True
    return False


def years_old(toks, k: int) -> int | None:
    """The age "N-year-old" written from toks[k] on (five tokens: "33", "-", "year", "-", "old"; the number in
    figures or in words, "seven-year-old"), or None."""
    if k + 4 >= len(toks) or toks[k + 1].text not in ("-", "‐") or toks[k + 2].text.lower() not in ("year", "years") \
            or toks[k + 3].text not in ("-", "‐") or toks[k + 4].text.lower() != "old":
        return None
    word = toks[k].text.lower()
    if word.isdigit():
        return int(word)
    value = number_in_words(word) if word.isalpha() else None
    return int(value) if value is not None else None


FLIGHT_KEY = re.compile(r"(?:^|\bflight )((?:[a-z]{1,3}|[a-z]\d|\d[a-z]) ?\d{1,4}[a-z]?|\d{1,4}[a-z]?)$")


def flight_code(key: str) -> tuple[str, str] | None:
    """The number of the flight a normalised name names, as the airline's letters and the digits ("holm air flight
    ha 610": ha, 610; "flight 610": "", 610), or None: a name ending in "flight" and its number, or the number alone
    with the airline's letters ("ha610")."""
    found = FLIGHT_KEY.search(key)
    if found is None:
        return None
    code = re.fullmatch(r"([a-z]{0,3}|[a-z]\d|\d[a-z])(\d{1,4}[a-z]?)", found.group(1).replace(" ", ""))
    if code is None or len(code.group(1)) < 2 and " flight " not in f" {key} ":
        return None  # (alone, only an airline's code of two or three letters with the digits: not "b737")
    return code.group(1), code.group(2)
