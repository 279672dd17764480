"""Text utilities every stage shares: one slug for the ids that become page names (sources, entities)."""
from __future__ import annotations

import re
import unicodedata

# names a page may not take: devices on Windows, and the site's own top-level pages and folders
RESERVED = {"con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "lpt1", "lpt2", "lpt3", "index", "glossary", "data",
            "entities", "sources", "assets", "search", "quotes", "timeline", "differences", "evidence"}


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
