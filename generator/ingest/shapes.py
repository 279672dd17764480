"""The shapes of a line of text that both the readers (is this wrapped line a headline?) and the cleaner (is this
block a caption?) look at: a sentence's end, a headline's capitals, a caption's trailing credit."""
from __future__ import annotations

import re
import unicodedata

from ..text import DOUBLE_QUOTE_MARKS, data_words, sentences

SHORT_LIMIT = 300  # longer blocks are article text whatever they contain (and long lines stay cheap to classify)
CAPTION_CREDIT = re.compile(r"^(?P<caption>.*?[.!?\"”])\s*/\s*(?P<credit>[^/\s][^/]*(?:/[^/]+)+)$")
GLUED_CREDIT = re.compile(r"^(?P<caption>.{20,}?[.!?\"”’)])(?:(?<=[.!?\"”’)])(?:Credit|Photo|Image)(?=[A-Z])|\s*(?:[Cc]redits?|[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)(?:\s*:\s*|\s+by\s+))(?P<credit>[A-Z][^.!?]{1,80})$")

SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "as", "by", "with", "from", "vs", "vs.", "over", "amid", "after", "into", "is", "are", "its", "set", "up", "out", "off", "than", "per"}
LEDE_VERBS = re.compile(r"\b(said|told|announced|reported)\b", re.I)


def title_like(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 30 or len(text) > 150:  # characters too: some scripts put no spaces between words
        return False
    if not ends_sentence(text):
        return True
    if re.search(r"[。！？]", text):  # Chinese and Japanese headlines carry no full stop
        return False
    # a headline with a full stop is one short sentence in headline style: no leading article, no "said"/"told"
    # (a one-sentence lede has both, "The council said on Monday ...")
    return (len(words) <= 16 and len(sentences(text)) == 1 and words[0].lower() not in {"a", "an", "the"}
            and not LEDE_VERBS.search(text))


# how a photo agency's caption opens: "March 6, 2016 - Holm, Vesterland - ..." or "HOLM, VESTERLAND - MARCH 6: ..."
CAPTION_START = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4} [-–] "
    r"|[A-Z][A-Z.' ]+, [A-Z][A-Z.' ]+ [-–] (?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.? \d{1,2}:)", re.I)
# a line opening with a full date ("March 10, 2025 / 3:41 PM", "10 March 2025 - 13:12")
DATE_LINE_START = re.compile(r"^((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                             r"|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}),?\s+\d{4}\b", re.I)
STAMP_WORDS = data_words("stamp_words")  # what a date line may hold after its date ("Updated 2 hours ago")


def date_line(text: str) -> bool:
    """A page's date line: a full date, then at most a clock time, a zone, the time since its update, set apart by
    marks ("March 10, 2025 / 3:41 PM / Updated 2 hours ago"); no words of a sentence after the date ("March 10,
    2025 was the day ...")."""
    found = DATE_LINE_START.match(text)
    return found is not None and all(w.lower() in STAMP_WORDS or not w.isalpha() or w.isupper()
                                     for w in re.findall(r"[\w.]+", text[found.end():]))


def headline_like(text: str) -> bool:
    words = text.split()
    if not 3 <= len(words) <= 25 or ends_sentence(text) or text.endswith((":", ",", ";")):
        return False
    if text.count(",") > 2:
        return False  # a list of names ("Anna Berg, Erik Holm, Nils Lind, ..."), not a headline
    content = [w for w in words if w.lower().strip("’'\"") not in SMALL_WORDS and any(ch.isalnum() for ch in w)]
    capitalised = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit() or w[:1] in "$€£")
    return bool(content) and capitalised >= 0.75 * len(content)


def caption_and_credit(text: str) -> tuple[str, str | None]:
    """A caption and its credit ("Caption. /Name/Agency", "Caption.Credit Name"); (text, None) when uncredited."""
    if len(text) > SHORT_LIMIT:
        return text, None
    for pattern in (CAPTION_CREDIT, GLUED_CREDIT):
        m = pattern.match(text)
        if m and len(m.group("credit")) < 200:
            return m.group("caption").strip(), m.group("credit").strip()
    return text, None


def ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?…。！？][\"'”’)\]」』]*\s*$", text)) or bool(re.search(r"[.!?,][\"”]\s*$", text))


def only_punctuation(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and all(unicodedata.category(ch).startswith("P") or ch.isspace() for ch in stripped)


# a quotation in single marks ('fight on', ‘We will not sign,’): the opening mark at a word's start, the closing one
# at a word's end; an apostrophe between letters inside ("don't") is no closing mark, one after a word is ("workers'").
# Looser than consolidate.text.single_quoted_spans, which reads quotations for the quotes section and so never closes
# a quotation before a space (there "the workers' union" must stay a possessive): a headline closes one anywhere
# ("vows to 'fight on' after the vote"), and the headline's shape is checked besides (clean._mark_headline_quotes).
SINGLE_QUOTATION = re.compile(r"(?:^|(?<=[\s\u2014\u2013]))[\u2018'](?=[^\W_])(?:[^\u2018\u2019'\"\u201c\u201d\n]|(?<=[^\W_])[\u2019'](?=[^\W_])){1,80}?"
                              r"(?<=[^\W_]|[.,!?])[\u2019'](?=$|[\s,.;:!?)\]\u2014\u2013])")
DOUBLE_QUOTATION = re.compile(r"[\u201c\u201e«][^\u201c\u201d\u201e«»]*[\u201d»]|\"[^\"]*\"")
DOUBLE_MARKS = re.compile(f"[{re.escape(DOUBLE_QUOTE_MARKS)}]")


def quotes_in_single_marks(text: str, opening: bool = False) -> bool:
    """The text quotes with single marks outside any double-quoted quotation (a quotation within a quotation is in
    single marks in any style); with `opening`, it opens with such a quotation."""
    return any(len(m.group(0)) > 4 and (not opening or m.start() == 0)  # not "rock 'n' roll"
               for m in SINGLE_QUOTATION.finditer(DOUBLE_QUOTATION.sub(" ", text)))


def quotes_in_double_marks(text: str) -> bool:
    return bool(DOUBLE_MARKS.search(text))

