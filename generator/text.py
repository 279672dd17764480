"""Text utilities every stage shares: one slug for the ids that become page names (sources, entities), one key
for comparing surface forms (`norm`), one for comparing lines (`fold`), invisible format characters dropped
(`visible`), the word lists every stage reads from generator/data (`data_words`), and the rough sentence split used where
there is no parse (titles and captions before the analysis, mentions without sentence offsets after it); the
analyse stage's parser does the real one."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=None)
def data_words(name: str, cased: bool = False) -> frozenset[str]:
    """The entries of generator/data/`<name>`.txt: one a line, lower case (or as written: `cased`); `#` starts a comment."""
    return frozenset((line.split("#", 1)[0].strip() if cased else line.split("#", 1)[0].strip().lower())
                     for line in (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines() if line.split("#", 1)[0].strip())


# names a page may not take: devices on Windows, and the site's own top-level pages and folders
RESERVED = {"con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "lpt1", "lpt2", "lpt3", "index", "glossary", "data",
            "entities", "sources", "assets", "search", "quotes", "timeline", "differences", "evidence"}


def visible(text: str) -> str:
    """`text` without Unicode format characters (category Cf): bidirectional overrides, embeddings, isolates and
    marks, zero-width spaces and joiners, soft hyphens, byte-order marks, invisible operators, tag characters.
    They would reorder or hide text on the page, or ride along inside a name; dropping the whole category also
    covers the ones a hand-made list forgets."""
    if text.isascii():
        return text
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def slug(text: str, limit: int = 60, suffix: str = "-page") -> str:
    """A safe, lowercase ASCII slug of at most about `limit` characters (cut at a word): no path separators,
    dots or reserved names (a reserved name gets `suffix`); "" when the text has no letter or digit."""
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss")).encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if len(out) > limit:
        out = out[:limit].rsplit("-", 1)[0] or out[:limit]
    if out in RESERVED:
        out += suffix
    return out


ORDINALS = {w: f"{i}{'st' if i % 10 == 1 and i != 11 else 'nd' if i % 10 == 2 and i != 12 else 'rd' if i % 10 == 3 and i != 13 else 'th'}"
            for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)}


def norm(text: str) -> str:
    """Casefolded, accent-free, punctuation-free key for comparing surface forms ("Seventh" and "7th" alike)."""
    # a curly apostrophe is the straight one ("O’Neill" and "O'Neill" are one name)
    text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    text = re.sub(r"(?<=\s)&(?=\s)", "and", text)  # "Holm & Sons" is "Holm and Sons" ("Holm&Co" keeps its sign)
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    folded = folded.replace(".", "")
    words = re.sub(r"[^\w\s-]", " ", folded.casefold()).split()
    return " ".join(ORDINALS.get(w, w) for w in words)


def fold(text: str) -> str:
    """Casefolded with runs of whitespace as one space: the same line whatever its case and spacing."""
    return " ".join(text.casefold().split())


def one_line(text: str) -> str:
    """The text on one line, runs of whitespace as one space."""
    return " ".join(text.split())


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text


# a dateline opening an article's first paragraph: the place in capitals, perhaps its region or country, perhaps the
# day it was filed, and the agency in brackets, then a dash ("VESTERBY —", "HOLM, Nordia (Nordpress) --", "NEW HOLM
# (Nordwire) -", "HOLM, Nordia, March 3 (Nordwire) -", "HOLM, 3 March (Nordwire) –", and from two places: "HOLM/NEW
# VESTERBY (Nordwire) -"); the place, the day and the agency are the article's, not a fact's
# the capital letters of the Latin alphabets, accented ones too ("ÅLESUND", "Émile"), for a character class
UPPERS = "".join(ch for ch in map(chr, range(0x41, 0x250)) if ch.isupper())
DATELINE = (r"[" + UPPERS + r"]{2}[" + UPPERS + r".'’]+(?:[ /-][" + UPPERS + r"][" + UPPERS + r".'’]+)*"
            r"(?:, [" + UPPERS + r"][\w.'’]*(?: [" + UPPERS + r"][\w.'’]*){0,3})?"
            r"(?:, (?:[" + UPPERS + r"][a-z]{2,8}\.? \d{1,2}|\d{1,2} [" + UPPERS + r"][a-z]{2,8}))?(?: \([^()]{1,40}\))?"
            r"\s*(?:—|–|--|-|_)")
# ... or the place written as a name, with the day and the agency in brackets, a dash or none after them ("Holm,
# Oct 14 (Nordpress) The court ...": the bracketed agency after a day marks it)
DATELINE = (r"(?:" + DATELINE + r"|[" + UPPERS + r"][a-z]+(?:[ -][" + UPPERS + r"][a-z]+){0,2}, (?:[" + UPPERS + r"][a-z]{2,8}\.? \d{1,2}|"
            r"\d{1,2} [" + UPPERS + r"][a-z]{2,8}) \([^()]{1,40}\)(?:\s*(?:—|–|--|-|:))?)")
DOUBLE_QUOTE_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb"  # the marks of a quotation in double marks, in any language's style
DATELINE_OPENING = re.compile(rf"^{DATELINE}\s+(?=[\"“‘'{UPPERS}0-9])")
DATELINE_ALONE = re.compile(rf"{DATELINE}\s*")

ABBREVIATION_END = re.compile(r"(\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Lt|Adm|Gen|Gov|Sen|Rep|Capt|Col|Sgt|St|No|Jr|Sr|Inc|Corp|Co|Prof|Rev|vs)\.)$")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[" + UPPERS + r"“\"])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text` by punctuation: a break after . ! or ? before a capital or
    a quotation mark, except after an abbreviation ("Dr.", "U.S.")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_BREAK.finditer(text):
        piece_end = match.start()
        # only the end of the current piece is searched: on a long text of abbreviations ("A. B. C. ...")
        # searching the whole sentence at every break made this quadratic
        if piece_end > start and not ABBREVIATION_END.search(text[max(start, piece_end - 32):piece_end]):
            spans.append((start, piece_end))
            start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of `text` by punctuation (see sentence_spans), whitespace between them dropped."""
    stripped = text.strip()
    return [stripped[a:b] for a, b in sentence_spans(stripped)]
