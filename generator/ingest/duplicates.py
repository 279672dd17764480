"""Near-duplicate detection: an article whose text equals, or nearly equals, an earlier one is counted once."""
from __future__ import annotations

from ..contents import IngestWarning, Source
from ..text import fold


def drop_duplicates(sources: list[Source]) -> tuple[list[Source], list[IngestWarning]]:
    """An article whose text equals (or nearly equals) an earlier one is reported and counted once.

    Candidates come from a MinHash LSH index over word 3-grams (datasketch), so each article is compared with
    the few kept articles that share most of its 3-grams, not with all of them; `_near_same` then decides."""
    from datasketch import MinHash, MinHashLSH
    from rapidfuzz import fuzz

    kept: list[Source] = []
    by_checksum: dict[str, Source] = {}
    lsh = MinHashLSH(threshold=DUPLICATE_JACCARD, num_perm=DUPLICATE_PERMUTATIONS)
    warnings = []
    for source in sources:
        body = "\n".join(source.paragraphs)
        words = fold(body).split()
        signature = MinHash(num_perm=DUPLICATE_PERMUTATIONS, seed=1)
        signature.update_batch([" ".join(words[i:i + 3]).encode("utf-8") for i in range(max(len(words) - 2, 1))])
        candidates = sorted(lsh.query(signature))  # positions in `kept`, earliest first
        twin = by_checksum.get(source.checksum) or next(
            (kept[i] for i in candidates if _near_same(body, "\n".join(kept[i].paragraphs), fuzz)),
            None,
        )
        if twin is not None:
            warnings.append(IngestWarning(source.file, f"duplicates {twin.file}; counted once"))
            continue
        lsh.insert(len(kept), signature)
        by_checksum[source.checksum] = source
        kept.append(source)
    return kept, warnings


DUPLICATE_JACCARD = 0.5  # 3-gram overlap that makes two articles candidates (97% equal text stays far above it)
DUPLICATE_PERMUTATIONS = 128


def _near_same(a: str, b: str, fuzz) -> bool:
    if abs(len(a) - len(b)) > 0.05 * max(len(a), len(b), 1):
        return False
    return fuzz.ratio(a, b) >= 97
