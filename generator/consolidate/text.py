"""Small text helpers shared by the consolidation modules."""
from __future__ import annotations

import re
import unicodedata

QUOTE_CHARS = "\"“”„«»"
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}


def norm(text: str) -> str:
    """Casefolded, accent-free, punctuation-free key for comparing surface forms."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    folded = folded.replace(".", "")
    return " ".join(re.sub(r"[^\w\s-]", " ", folded.casefold()).split())


def words(text: str) -> int:
    return len(text.split())


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "x"


def content_lemmas(tokens) -> list[str]:
    """Lowercased lemmas of the content words of a sentence (nouns, verbs, adjectives, numbers)."""
    out = []
    for tok in tokens:
        if tok.pos in CONTENT_POS and not tok.stop and any(ch.isalnum() for ch in tok.text):
            out.append(tok.lemma.lower())
    return out


def quoted_share(text: str) -> float:
    """Share of the characters of `text` that lie inside double quotation marks."""
    inside = 0
    for match in re.finditer(r"[\"“]([^\"“”]+)[\"”]", text):
        inside += len(match.group(1))
    return inside / max(len(text), 1)
