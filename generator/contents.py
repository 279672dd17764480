"""The data objects that flow between the stages.

ingest  -> Source
analyse -> AnalysedSource (Source + Sentence/Token/Mention)
consolidate -> Brief (Entity, BriefSentence, Quote, Discrepancy, Figure)
render  -> files

Every object is a frozen dataclass holding only plain values and tuples, so that a stage's output can be
cached, compared and turned into JSON without custom code.
"""
from __future__ import annotations

from dataclasses import dataclass, field


class NewsbriefError(Exception):
    """A problem the user can fix; the CLI prints it as one line and exits non-zero."""


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True)
class DroppedLine:
    """A line the cleaner removed from an article, and why (kept for inspection and tests)."""

    text: str
    kind: str  # consent, subscription, share, headline-run, related-headline, duplicate, credit, read-time, byline, ...


@dataclass(frozen=True)
class Source:
    """One input article after reading, decoding and cleaning."""

    id: str  # unique slug, also the page name under sources/
    file: str  # the input file's name
    title: str
    paragraphs: tuple[str, ...]
    outlet: str | None = None
    byline: str | None = None
    date: str | None = None
    url: str | None = None
    read_time: str | None = None
    credits: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    dropped: tuple[DroppedLine, ...] = ()
    standfirst: int = 0  # how many of the first paragraphs are the standfirst under the headline (no report's lead)
    breaks: tuple[int, ...] = ()  # the paragraphs that open a section: after a crosshead, or a live page's update time
    checksum: str = ""  # sha256 of the decoded text, for caching and duplicate detection


@dataclass(frozen=True)
class IngestWarning:
    """A file that was skipped or needs attention; `--strict` turns these into errors."""

    file: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


@dataclass(frozen=True)
class Corpus:
    """What ingest hands on: the usable sources, in a stable order, and the warnings."""

    sources: tuple[Source, ...]
    warnings: tuple[IngestWarning, ...] = ()


# --------------------------------------------------------------------------- analyse


@dataclass(frozen=True)
class Token:
    """One spaCy token, reduced to what the later stages use."""

    i: int  # index within its sentence
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # index within its sentence of the syntactic head (itself for the root)
    start: int  # character offset within the paragraph
    ent: str = ""  # entity label of the token after analysis ("" when outside an entity)
    stop: bool = False


@dataclass(frozen=True)
class Mention:
    """A named-entity span in one sentence of one source."""

    text: str
    label: str  # PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, DATE, CARDINAL, PERCENT, QUANTITY, MONEY, ...
    paragraph: int
    sentence: int  # index into AnalysedSource.sentences
    start: int  # character offsets within the paragraph
    end: int
    token_start: int = 0  # token offsets within the sentence
    token_end: int = 0


@dataclass(frozen=True)
class Sentence:
    source_id: str
    index: int  # position within the source
    paragraph: int
    start: int  # character offsets within the paragraph
    end: int
    text: str
    tokens: tuple[Token, ...] = ()
    vector: tuple[float, ...] = ()  # mean of the pipeline's contextual token vectors (content words), unit length


@dataclass(frozen=True)
class AnalysedSource:
    source: Source
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]


# --------------------------------------------------------------------------- consolidate


@dataclass(frozen=True)
class MentionRef:
    """Where an entity is mentioned: source, paragraph and sentence, with the surface text."""

    source: str
    paragraph: int
    sentence: int
    text: str
    start: int = 0  # character offsets within the paragraph
    end: int = 0
    sentence_start: int = 0  # character offsets of the whole sentence within the paragraph (0, 0: unknown)
    sentence_end: int = 0


@dataclass(frozen=True)
class Role:
    """What the articles say an entity is or does ("harbour master", "site of the talks"), and who says it."""

    text: str
    sources: tuple[str, ...]  # ids of the sources that state it, in source order


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str  # person, organisation, place, event
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    sources: tuple[str, ...] = ()
    mentions: tuple[MentionRef, ...] = ()
    description: str = ""  # one short phrase (tooltips, glossary, JSON); the entity page lists every role


@dataclass(frozen=True)
class Evidence:
    """A source's own sentence backing a brief sentence."""

    source: str
    paragraph: int
    text: str


@dataclass(frozen=True)
class Report:
    """One newsroom's story as the sources carry it: its versions (syndicated copies, updates, re-edits), the
    first first.  Sources that are no one's copy are reports of one version each."""

    id: str
    sources: tuple[str, ...]
    credit: str | None = None  # the wire service the versions credit, when they do
    dated: bool = False  # the versions' order is known (their dates, or their update marks): a later one updates an earlier one


@dataclass(frozen=True)
class BriefSentence:
    section: str
    text: str
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
    disputed: tuple["Variant", ...] = ()  # other reports' versions of a figure the sentence states, told in place
    reports: tuple[str, ...] = ()  # the independent reports (Report.id) whose versions state it


@dataclass(frozen=True)
class Quote:
    speaker: str | None  # entity id, None when the speaker is not a glossary entity
    speaker_name: str
    text: str
    sources: tuple[str, ...]
    variants: tuple[str, ...] = ()  # other wordings of the same quote across sources


@dataclass(frozen=True)
class Variant:
    """One version of a disputed fact or name, as the sources giving it word it."""

    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Discrepancy:
    """Where sources differ: what about ("Death toll", a name), and each version with its sources."""

    topic: str
    variants: tuple[Variant, ...]
    report: str | None = None  # set when every variant comes from versions of this one report: an update, not a disagreement


@dataclass(frozen=True)
class Tally:
    """A count of a kind every story counts (the dead, the missing), with every value the sources state, the
    most reported first."""

    topic: str
    variants: tuple[Variant, ...]


@dataclass(frozen=True)
class Figure:
    """A number or date the sources state, with the sentence it comes from."""

    kind: str  # figure or date
    text: str
    context: str  # the sentence that states it
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Brief:
    title: str
    sources: tuple[Source, ...]
    entities: tuple[Entity, ...]
    sentences: tuple[BriefSentence, ...]
    quotes: tuple[Quote, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    reports: tuple[Report, ...] = ()
    figures: tuple[Figure, ...] = ()
    timeline: tuple[Figure, ...] = ()
    counts: tuple[Tally, ...] = ()
    warnings: tuple[IngestWarning, ...] = field(default=())
