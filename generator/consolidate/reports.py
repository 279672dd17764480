"""Corroboration: sources grouped into independent reports.

Syndicated copies, updates and re-edits of one newsroom's story are one *report* with several *versions*: a
brief sentence three outlets print from one wire story is one report's word, not three confirmations.  Two
sources are versions of one report when, word for word (eight-word shingles, sentence by sentence), most of the
shorter one is in the longer (TUNING.report_contained: a first version inside its expanded update), or a good
share of each is in the other (TUNING.report_share: re-edits), or a smaller share of the shorter when both credit
the same wire service in a dateline or a credit line ("VESTERBY (Nordic Wire) —", "— Nordic Wire", lang/wire_services.txt),
and a smaller share still when one of the two also carries the wire's mark of an update ("UPDATE 1-", "(Updates with
...)", TUNING.report_share_update): an update rewrites much of its lead and keeps the rest.
An article that quotes a paragraph of a wire story shares too little of either text to be a copy.

Near-linear in the material: shingles are counted through an inverted index, and a shingle that many sources
share (more than TUNING.report_common_share of them, a stock phrase or a boilerplate line ingest left; and
more than TUNING.report_block however many sources there are) counts for no pair.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from ..contents import AnalysedSource, Discrepancy, Report, Variant
from .lang import names
from .text import norm
from .tuning import TUNING

SHINGLE = 8  # words
WIRE_SERVICES = names("wire_services")
_CREDIT = re.compile(
    r"\((?P<paren>[A-Z][A-Za-z .]{1,30})\)"  # "VESTERBY (Nordic Wire) —"
    r"|^\s*(?:[—–-]+|By|Copyright|©)\s*(?:the\s+)?(?P<line>[A-Z][A-Za-z .]{1,30}?)\s*$",  # "— Nordic Wire"
    re.MULTILINE,
)


def group_reports(analysed: tuple[AnalysedSource, ...]) -> tuple[Report, ...]:
    """The sources as independent reports, each with its versions (oldest first where their dates or update
    marks tell, else in input order: _in_order); numbered in the order of their first version."""
    shingles = [_shingles(a) for a in analysed]
    credits = [_credit(a) for a in analysed]
    updates = [_update_rank(a) for a in analysed]
    holders: dict[str, list[int]] = defaultdict(list)
    for i, own in enumerate(shingles):
        for h in own:
            holders[h].append(i)
    limit = min(TUNING.report_block, max(TUNING.report_block // 8, int(TUNING.report_common_share * len(analysed))))
    shared: Counter = Counter()
    for who in holders.values():
        if 1 < len(who) <= limit:
            for x in range(len(who)):
                for y in range(x + 1, len(who)):
                    shared[who[x], who[y]] += 1
    parent = list(range(len(analysed)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def versions(x: int, y: int) -> bool:
        n = shared.get((min(x, y), max(x, y)), 0)
        shorter, longer = (n / max(1, k) for k in sorted((len(shingles[x]), len(shingles[y]))))
        credited = credits[x] is not None and credits[x] == credits[y]
        return (shorter >= TUNING.report_contained or min(shorter, longer) >= TUNING.report_share
                or credited and shorter >= TUNING.report_share_credited
                or credited and updates[x] != updates[y] and shorter >= TUNING.report_share_update)

    # a source joins a report when it is a version of the report's first source, not merely of some version:
    # two reports that each quote a third are not one report
    for x, y in sorted(shared):
        rx, ry = root(x), root(y)
        if rx != ry and versions(x, y) and versions(min(rx, ry), max(rx, ry)):
            parent[max(rx, ry)] = min(rx, ry)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(analysed)):
        groups[root(i)].append(i)
    reports: list[Report] = []
    for members in sorted(groups.values(), key=min):
        members, ordered = _in_order(members, analysed)
        credit = Counter(credits[i] for i in members if credits[i]).most_common(1)
        reports.append(Report(id=f"r{len(reports) + 1}", sources=tuple(analysed[i].source.id for i in members),
                              credit=credit[0][0] if credit else None, dated=ordered and len(members) > 1))
    return tuple(reports)


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$")
_UPDATE = re.compile(r"^\W*(?:UPDATE\s*(?P<n>\d+)\b|UPDATED\b|\(Updates?\s|This (?:story|article) (?:has been|was) updated)", re.MULTILINE)


def _in_order(members: list[int], analysed: tuple[AnalysedSource, ...]) -> tuple[list[int], bool]:
    """A report's versions, oldest first, and whether that order is known: by their dates when every version
    has a different one written year first (a "Nov. 3" or "Monday" cannot be sorted safely), else by the update marks wire services put on later versions ("UPDATE 2-", "UPDATED",
    "(Updates with ...)", "This story has been updated": unmarked first, then by number) when those tell every
    version apart; otherwise in source order, not known."""
    dates = [analysed[i].source.date or "" for i in members]
    if all(ISO_DATE.match(d) for d in dates) and len(set(dates)) == len(dates):  # "2026-03-02 14:05" sorts as text
        return sorted(members, key=lambda i: analysed[i].source.date or ""), True
    ranks = {i: _update_rank(analysed[i]) for i in members}
    if len(set(ranks.values())) == len(members):
        return sorted(members, key=ranks.__getitem__), True
    return members, False


def _update_rank(a: AnalysedSource) -> int:
    """0 for a version with no update mark, else its update number (1 when it has none)."""
    source = a.source
    for text in (source.title, *source.paragraphs[:2], *source.paragraphs[-2:]):
        m = _UPDATE.search(text)
        if m:
            return int(m.group("n")) if m.group("n") else 1
    return 0


def _shingles(a: AnalysedSource) -> set[str]:
    """The article's runs of eight words (a shorter sentence whole), sentence by sentence, normalised."""
    out: set[str] = set()
    for s in a.sentences:
        w = norm(s.text).split()
        if len(w) >= SHINGLE // 2:
            out.update(" ".join(w[k:k + SHINGLE]) for k in range(max(1, len(w) - SHINGLE + 1)))
    return out


def _credit(a: AnalysedSource) -> str | None:
    """The wire service an article credits in a dateline or a credit line, or None."""
    paragraphs = a.source.paragraphs
    texts = [*paragraphs[:2], *paragraphs[-3:], *a.source.credits, a.source.byline or "", a.source.outlet or ""]
    for text in texts:
        for m in _CREDIT.finditer(text):
            name = (m.group("paren") or m.group("line") or "").strip(" .")
            if name.lower() in WIRE_SERVICES:
                return WIRE_SERVICES[name.lower()]
    return None


def superseded_versions(analysed: tuple[AnalysedSource, ...], reports: tuple[Report, ...]) -> frozenset[str]:
    """The versions of a report that a later one marked as an update replaces ("UPDATE 2-", "(Updates toll ...)"):
    every version before the report's last marked update. The update retells what still stands and corrects the
    rest (a death toll risen from 11 to 27), so the brief tells the story in the update's words. A later copy
    without a mark (a reprint, a shortened re-edit) replaces nothing."""
    marked = {a.source.id for a in analysed if _update_rank(a) > 0}
    out: set[str] = set()
    for r in reports:
        if not r.dated:
            continue
        last = max((k for k, s in enumerate(r.sources) if s in marked and k > 0), default=0)
        out.update(r.sources[:last])
    return frozenset(out)


def reports_of(sources: tuple[str, ...], reports: tuple[Report, ...]) -> tuple[str, ...]:
    """The reports (ids, in their order) that some of these sources are versions of."""
    have = set(sources)
    return tuple(r.id for r in reports if have.intersection(r.sources))


def within_reports(disagreements: tuple[Discrepancy, ...], reports: tuple[Report, ...]) -> tuple[Discrepancy, ...]:
    """A disagreement whose every version comes from versions of one report is that report's update (or its
    versions differing), not two newsrooms disagreeing: it is marked with the report.  A version that only a
    report's earlier versions give, when a later version of the same report gives another one, is superseded
    ("killing at least seven" corrected to "at least nine" in the wire's update): it is that report's update, and
    no longer a version the newsrooms disagree on."""
    owner = {s: r.id for r in reports for s in r.sources}
    out = []
    for d in disagreements:
        superseded, updated = _superseded(d, reports)
        if superseded:
            rest = tuple(v for v in d.variants if v not in superseded)
            if len(rest) >= 2:
                out.append(replace(d, variants=rest))
            out.extend(updated)
            continue
        ids = {owner.get(s) for v in d.variants for s in v.sources}
        out.append(replace(d, report=ids.pop()) if len(ids) == 1 and None not in ids else d)
    return tuple(out)


def _superseded(d: Discrepancy, reports: tuple[Report, ...]) -> tuple[list[Variant], list[Discrepancy]]:
    """The versions of `d` that only earlier versions of one report give, a later version of which gives another
    (reports whose versions' order is known only), and each such report's update: its versions of `d`, with its
    own sources."""
    superseded: list[Variant] = []
    updates: list[Discrepancy] = []
    for r in reports:
        if not r.dated:
            continue
        rank = {s: k for k, s in enumerate(r.sources)}
        stated = [(max(rank[s] for s in v.sources if s in rank), v) for v in d.variants if any(s in rank for s in v.sources)]
        if len(stated) < 2:
            continue
        latest = max(k for k, _ in stated)
        old = [v for k, v in stated if k < latest and all(s in rank and rank[s] < latest for s in v.sources)]
        if old:
            superseded.extend(old)
            updates.append(Discrepancy(d.topic, tuple(Variant(v.text, tuple(s for s in v.sources if s in rank)) for _, v in stated),
                                       report=r.id))
    return superseded, updates
