"""Bytes to text, and the text's conventions read as what they stand for: the encoding detected, look-alike
letters of another script inside a Latin word read as Latin, invisible format characters beside Latin letters
dropped, and wire copy's typewriter marks."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes


class ArticleError(Exception):
    """This one file cannot be used (the message says why)."""


def decode(data: bytes) -> str:
    """Bytes to text: BOM and CRLF handled, encoding detected; binary or empty input is an ArticleError."""
    if not data:
        raise ArticleError("is empty")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError("is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():  # before the binary test: whitespace other than ASCII (U+3000, U+00A0) is not "printable"
        raise ArticleError("is empty: it holds only whitespace")
    printable = sum(1 for ch in text if ch.isprintable() or ch.isspace())
    if printable < 0.95 * len(text):
        raise ArticleError("is binary, not text")
    return text


WESTERN = set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ") | {chr(c) for c in range(0xA0, 0x100)}


def _decode_legacy(data: bytes) -> str:
    """Not UTF-8: windows-1252 (the web's usual legacy encoding, a superset of Latin-1) when the result reads
    as Western text, otherwise charset-normalizer's best guess.

    Western text is mostly ASCII letters with a few accented ones; Cyrillic, Greek or Chinese bytes read as
    windows-1252 come out as nothing but accented letters, so a high share of them rules windows-1252 out."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")  # an unpaired surrogate becomes U+FFFD
    try:
        text = data.decode("cp1252")
        special = [ch for ch in text if ord(ch) > 127]
        letters = sum(ch.isalpha() for ch in text)
        accented = sum(ch.isalpha() for ch in special)
        if (special and sum(ch in WESTERN for ch in special) >= 0.9 * len(special) and accented >= 0.5 * len(special)
                and accented <= 0.25 * letters):
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ArticleError("cannot be decoded as text in any known encoding")
    return str(best)


def _lookalikes() -> dict[str, str]:
    path = Path(__file__).resolve().parent.parent / "data" / "latin_lookalikes.txt"
    pairs = (line.split(":", 1) for line in path.read_text(encoding="utf-8").splitlines() if ":" in line and not line.startswith("#"))
    return {a.strip(): b.strip() for a, b in pairs}


LOOKALIKES = _lookalikes()
MIXED_WORD = re.compile(r"\w*[" + "".join(LOOKALIKES) + r"]\w*")


WIRE_DASH = re.compile(r"(?<=\S) _ (?=\S)")


def wire_typography(paragraphs: list[str]) -> list[str]:
    """The typewriter conventions of wire copy read as the marks they stand for: ``double backquotes'' as
    quotation marks (in an article that uses them: a lone '' elsewhere may be inches), " _ " as a dash."""
    backquoted = any("``" in p for p in paragraphs)
    out = []
    for p in paragraphs:
        if backquoted:
            p = p.replace("``", "\u201c").replace("''", "\u201d")
        out.append(WIRE_DASH.sub(" \u2014 ", p))
    return out


def _latin_letter(ch: str) -> bool:
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")


def _other_script(ch: str) -> bool:
    return ch.isalpha() and not _latin_letter(ch)


def without_format_marks(text: str) -> str:
    """Invisible format characters (Unicode category Cf: a zero-width space, a soft hyphen, a byte-order mark, a
    direction mark) beside a Latin letter are dropped, so that "Erik<ZWSP> Holm" is read, tagged and named as the
    "Erik Holm" a reader sees; between letters of another script (a zero-width joiner or non-joiner shapes
    Persian or Hindi words) or inside an emoji sequence they stay."""
    if text.isascii():
        return text
    out = []
    for i, ch in enumerate(text):
        if unicodedata.category(ch) == "Cf":
            j = i - 1
            while j >= 0 and unicodedata.category(text[j]) == "Cf":
                j -= 1
            k = i + 1
            while k < len(text) and unicodedata.category(text[k]) == "Cf":
                k += 1
            before, after = (text[j] if j >= 0 else " "), (text[k] if k < len(text) else " ")
            if (_latin_letter(before) or _latin_letter(after)) and not (_other_script(before) or _other_script(after)):
                continue
        out.append(ch)
    return "".join(out)


HYPHEN_FORMS = {0x2010: "-", 0x2011: "-"}


def plain_latin(text: str, notes: list[str] | None) -> str:
    """A word in Latin letters with a look-alike letter of another script inside ("Pеtrov", Cyrillic е) is read in
    its plain form, so that it is one name with "Petrov"; the file is reported. Words wholly in another script stay.
    Invisible format characters beside Latin letters go first (without_format_marks), and the hyphen's other forms
    (U+2010 hyphen, U+2011 non-breaking hyphen) are the hyphen: "Lind‑Holm" is "Lind-Holm", one name in one
    spelling, whatever keeps it on one line."""
    text = without_format_marks(text).translate(HYPHEN_FORMS)
    def fix(match: re.Match) -> str:
        word = match.group(0)
        if not any("a" <= ch.lower() <= "z" for ch in word):
            return word
        plain = "".join(LOOKALIKES.get(ch, ch) for ch in word)
        if not all(ch.isascii() or not ch.isalpha() for ch in plain):
            return word
        if notes is not None and len(notes) < 20:
            notes.append(f"word {word!r} mixes look-alike letters of another script into Latin; read as {plain!r}")
        return plain
    return MIXED_WORD.sub(fix, text)


def display_name(name: str) -> str:
    """A file name as it can be shown: undecodable bytes as \\xNN, control characters escaped."""
    raw = name.encode("utf-8", "surrogateescape")
    text = raw.decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
