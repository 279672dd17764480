"""The story index: the analysed sources with the lookups every part of the consolidation needs (a source's
place in the story, a sentence by its source and number), built once per consolidation and shared.

A Story iterates over its analysed sources, so a part written for `tuple[AnalysedSource, ...]` reads one as
well; `Story.of` turns either into a Story (the parts' public functions accept both, for their tests)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from ..contents import AnalysedSource, Sentence
from .text import article_quoted_spans


@dataclass(frozen=True, eq=False)
class Story:
    analysed: tuple[AnalysedSource, ...]
    order: dict[str, int]  # source id -> its place in the story (the order of the input files)
    sentences: dict[tuple[str, int], Sentence]  # (source id, sentence number) -> sentence

    @classmethod
    def of(cls, analysed: "Story | Iterable[AnalysedSource]") -> "Story":
        if isinstance(analysed, Story):
            return analysed
        sources = tuple(analysed)
        return cls(sources, {a.source.id: i for i, a in enumerate(sources)},
                   {(a.source.id, s.index): s for a in sources for s in a.sentences})

    @cached_property
    def quoted(self) -> dict[str, list[list[tuple[int, int]]]]:
        """Each source's quotations, as spans in each of its paragraphs (text.article_quoted_spans), found once."""
        return {a.source.id: article_quoted_spans(a.source.paragraphs) for a in self.analysed}

    def __iter__(self) -> Iterator[AnalysedSource]:
        return iter(self.analysed)

    def __len__(self) -> int:
        return len(self.analysed)
