"""Consolidate: from analysed sources to one Brief (glossary, brief sentences, quotes, figures, disagreements).

The stage is split by concern, one module each: `entities` (the glossary), `claims` (the brief's
sentences), `quotes`, and `figures` (key figures, timeline and where sources disagree).
"""
from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import replace

from ..contents import AnalysedSource, Brief, BriefSentence, Discrepancy, IngestWarning
from .claims import build_brief, story_claims
from .entities import build_glossary, shared_surnames
from .figures import counted_values, discrepancies, figures_and_timeline, tallies
from .quotes import quotes_and_misquotes
from .reports import group_reports, reports_of, superseded_versions, within_reports
from .text import DAY_TOPIC, TIME_TOPIC, WORDING_TOPICS
from .tuning import TUNING
from .story import Story
from .text import norm


def consolidate(analysed: tuple[AnalysedSource, ...], warnings: tuple[IngestWarning, ...] = (),
                timings: dict[str, float] | None = None) -> Brief:
    """The brief of the analysed sources; `timings`, when given, receives the seconds each part took
    (glossary, quotes, figures, reports, disagreements, brief) for the benchmark."""
    clock = _Parts(timings)
    story = Story.of(analysed)  # the index every part reads, built once
    entities = clock.run("glossary", build_glossary, story)
    quotes, misquotes = clock.run("quotes", quotes_and_misquotes, story, entities)
    figures, timeline = clock.run("figures", figures_and_timeline, story)
    counted = clock.run("figures", counted_values, story)
    reports = clock.run("reports", group_reports, analysed)
    claims = clock.run("brief", story_claims, story, entities, counted)  # the brief's sentences, and the facts sources differ on
    disagreements = clock.run("disagreements", lambda: within_reports(discrepancies(entities, story, counted, claims) + misquotes, reports))
    superseded = superseded_versions(analysed, reports)  # (earlier versions of a wire story its marked update replaces)
    sentences = clock.run("brief", lambda: disputed_in_place(build_brief(story, entities, counted=counted, claims=claims,
                                                                         superseded=superseded), disagreements))
    sentences = tuple(replace(s, reports=reports_of(s.sources, reports)) for s in sentences)
    # (an entry of a family name two people bear stands for no one: the parts above read it, so that "Holm said" is
    # nobody's words, but the glossary lists only the people, each by name)
    unknown = shared_surnames(entities)
    return Brief(
        title=_story_title(analysed),
        sources=tuple(a.source for a in analysed),
        entities=tuple(e for e in entities if e.id not in unknown),
        sentences=sentences,
        quotes=quotes,
        discrepancies=disagreements,
        reports=reports,
        figures=figures,
        timeline=timeline,
        counts=tallies(counted, story.order),
        warnings=warnings,
    )


class _Parts:
    """Times the parts of the consolidation into a dict (or not at all)."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings

    def run(self, part: str, function, *args):
        if self.timings is None:
            return function(*args)
        start = time.perf_counter()
        try:
            return function(*args)
        finally:
            self.timings[part] = self.timings.get(part, 0.0) + time.perf_counter() - start


DATED_EVENT = re.compile(rf"^(?:{re.escape(DAY_TOPIC)}|{re.escape(TIME_TOPIC)})\((\w+)")  # "Day (sank)": the event dated
DATED_STEM = TUNING.dated_stem  # letters of its word a sentence telling of it shares ("sank" / "sank", "upheld" / "upholding")
DAY_ALONE = TUNING.day_alone  # words of a day's phrase without its verb ("on Monday", "late on Tuesday")


def disputed_in_place(sentences: tuple[BriefSentence, ...], disagreements: tuple[Discrepancy, ...]) -> tuple[BriefSentence, ...]:
    """A sentence that states one version of a disputed figure ("at least 40 people") carries the other
    versions, with the sources that give them, so the brief tells the dispute where the figure stands instead
    of leaving the figure out.  Figures (however written: "14 people", "Fourteen people") and days ("Day
    (sank)"), not the spellings, names, descriptions and quotations sources differ on; the first sentence stating
    a version, with the versions that other sources give (a source the sentence cites for the same fact may give
    one: "five lifeboats" against its "Four lifeboats ..."); not the versions of one report (an update is not another
    report's figure)."""
    out = list(sentences)
    for d in disagreements:
        if d.report is not None or len(d.variants) < 2 or d.topic.startswith(WORDING_TOPICS):
            continue
        event = DATED_EVENT.match(d.topic)
        for i, s in enumerate(out):
            low = s.text.casefold()
            stated = [v for v in d.variants if v.text.casefold() in low and set(v.sources) & set(s.sources)]
            if event is not None and stated and len(stated[0].text.split()) <= DAY_ALONE \
                    and not re.search(r"\b" + re.escape(event.group(1).casefold()[:DATED_STEM]), low):
                continue  # (a day alone, "on Monday", is a version of the day of a sale only in a sentence that tells of the sale)
            if len(stated) == 1:
                others = tuple(v for v in d.variants if v is not stated[0] and not set(v.sources) & set(stated[0].sources))
                if others:
                    out[i] = replace(s, disputed=s.disputed + others)
                break
    return tuple(out)


def _story_title(analysed: tuple[AnalysedSource, ...]) -> str:
    """The source title that shares most words with the other titles (the most typical headline)."""
    titles = [a.source.title for a in analysed]
    if not titles:
        return "News brief"
    counts = Counter(w for t in titles for w in set(norm(t).split()))

    def score(t: str) -> float:
        ws = set(norm(t).split())
        return sum(counts[w] - 1 for w in ws) / (len(ws) ** 0.5 or 1) - (5 if t.endswith("…") else 0)

    return max(titles, key=lambda t: (score(t), -len(t), t))
