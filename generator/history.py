"""History: a story rebuilt as it grows keeps its addresses and says what changed.

Each build reads what the previous build left in `docs/data/state.json` (every address the site ever had, the
last build's brief in outline, the changes of the last builds) and

- gives every source and entity the address it had before: a source by its file name, else by its content; an
  entity by any name or alias it shares with an earlier one (a renamed entity keeps its address, its old name
  becomes an alias); a new one never takes an address that belonged to something else;
- compares itself with the previous build: sources added, revised and removed; facts new in the brief (a brief
  sentence none of whose sources' sentences was in the previous brief); entities new to the story or gone from
  it; counts revised ("Injured: 22 people -> 130 people"); disagreements opened or resolved;
- lets render keep a short page at every address whose thing is gone, saying so and linking to the brief.

A rebuild with nothing new (a template edited, the same articles) adds no build and keeps the marks of the last
one: the same inputs give the same pages.  Dates come only from SOURCE_DATE_EPOCH or the articles.  The module is
pure apart from `load_state`; build.py reads the state, render.py writes it with the pages.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from .consolidate.tuning import TUNING
from .contents import Brief, Corpus, Entity, Source, Tally
from .text import norm, slug

STATE_FILE = "data/state.json"
STATE_FORMAT = 1
MAX_STATE_BYTES = 64 * 1024 * 1024  # a state file larger than this is not read (it cannot be ours)
LISTED = TUNING.max_brief_items  # items a build's record keeps of each list (the total is kept too)
# the state file is read like any input: an address or page it names is used only when it is one the generator
# could have made (a slug; a page inside docs/), so an edited file can never make a build write elsewhere
PAGE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PAGE_PATH = re.compile(r"(?:(?:entities|sources)/)?[a-z0-9]+(?:-[a-z0-9]+)*\.md")


@dataclass(frozen=True)
class Item:
    """Something a build's changes name: its address on the site (page id or anchor, "" when none) and its text."""

    id: str
    text: str
    kind: str = ""  # an entity's type; a disagreement's topic


@dataclass(frozen=True)
class Revision:
    """A count the sources now give differently: the value before, the value now, the sources giving it now."""

    topic: str  # what is counted: "Death toll", "Missing"
    before: str  # the most reported value of the previous build, as written
    after: str  # the value now
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Changes:
    """What one build changed since the one before it (the first build: the sources it started from)."""

    build: int
    date: str = ""  # ISO 8601 (UTC) from SOURCE_DATE_EPOCH or the newest article's date; "" when unknown
    sources_added: tuple[Item, ...] = ()
    sources_revised: tuple[Item, ...] = ()
    sources_removed: tuple[Item, ...] = ()
    facts_added: tuple[Item, ...] = ()  # brief sentences (anchor, text)
    entities_added: tuple[Item, ...] = ()
    entities_removed: tuple[Item, ...] = ()
    revised: tuple[Revision, ...] = ()
    opened: tuple[Item, ...] = ()  # disagreements (topic, the variants)
    resolved: tuple[Item, ...] = ()
    totals: dict[str, int] = field(default_factory=dict)  # list name -> its length before it was cut to LISTED

    def empty(self) -> bool:
        return not any((self.sources_added, self.sources_revised, self.sources_removed, self.facts_added,
                        self.entities_added, self.entities_removed, self.revised, self.opened, self.resolved))


@dataclass(frozen=True)
class Address:
    """A page the site has had: a source's or an entity's, with what it named and whether it is still there."""

    id: str
    name: str
    kind: str  # "source", or an entity's type
    keys: tuple[str, ...]  # a source: its file and checksum; an entity: its names, folded
    present: bool = True


@dataclass(frozen=True)
class State:
    """What a build leaves for the next one (docs/data/state.json)."""

    story: str = ""  # the story's identity, fixed at its first build (the feed's id)
    builds: tuple[Changes, ...] = ()  # newest first, at most TUNING.history_builds
    sources: tuple[Address, ...] = ()
    entities: tuple[Address, ...] = ()
    pages: tuple[str, ...] = ()  # every generated Markdown page the site has had (paths relative to docs/)
    evidence: tuple[str, ...] = ()  # keys of the last brief's source sentences
    new: tuple[str, ...] = ()  # anchors of the sentences the last build marked new
    disagreements: tuple[Item, ...] = ()  # the last build's (topic, variants)
    counts: tuple[Tally, ...] = ()  # the last build's counts


@dataclass(frozen=True)
class Story:
    """This build's place in the story, for render: the state to leave, the brief's new sentences, and where
    the name of an entity that is gone lives on."""

    state: State
    new: frozenset[str] = frozenset()
    merged: dict[str, str] = field(default_factory=dict)  # gone entity id -> the entity now carrying its name


# ------------------------------------------------------------------------------------------- keys


def sentence_anchor(text: str) -> str:
    """The address of a brief sentence on the brief page: the same sentence keeps it in every build."""
    return "s-" + _digest(text)[:10]


def _digest(text: str) -> str:
    """A key of a text that case, accents and punctuation do not change (the consolidate stage's `norm`)."""
    return hashlib.sha1(norm(text).encode("utf-8")).hexdigest()


def _name_key(name: str) -> str:
    """A name as addresses compare it: case, accents, apostrophe and dash forms aside."""
    return slug(name, 200, "")


def _entity_keys(entity: Entity) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for k in map(_name_key, (entity.name, *entity.aliases)) if k))


# ------------------------------------------------------------------------------------------- reading


def load_state(docs: Path) -> tuple[State, str | None]:
    """The state the previous build left in `docs` (an empty one for a first build), and a warning when the file
    is there but unusable: the build then starts the story's history afresh rather than failing."""
    path = Path(docs) / STATE_FILE
    try:
        if not path.is_file():
            return State(), None
        if path.stat().st_size > MAX_STATE_BYTES:
            raise ValueError(f"larger than {MAX_STATE_BYTES // (1024 * 1024)} MB")
        return state_from_json(json.loads(path.read_text(encoding="utf-8"))), None
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        return State(), f"{path}: unreadable state of the previous build ({type(exc).__name__}: {exc}); the history starts again"


def state_from_json(data: Any) -> State:
    if not isinstance(data, dict) or data.get("format") != STATE_FORMAT:
        raise ValueError(f"not a state file of format {STATE_FORMAT}")

    def items(values) -> tuple[Item, ...]:
        return tuple(Item(str(v["id"]), str(v["text"]), str(v.get("kind", ""))) for v in values)

    def strings(values) -> tuple[str, ...]:
        return tuple(str(v) for v in values)

    def address(v) -> Address:
        return Address(str(v["id"]), str(v["name"]), str(v["kind"]), strings(v["keys"]), bool(v["present"]))

    from .contents import Variant

    def safe(address: Address) -> bool:
        return bool(PAGE_ID.fullmatch(address.id))

    return State(
        story=str(data["story"]),
        builds=tuple(Changes(
            build=int(b["build"]), date=str(b["date"]),
            sources_added=items(b["sources_added"]), sources_revised=items(b["sources_revised"]),
            sources_removed=items(b["sources_removed"]), facts_added=items(b["facts_added"]),
            entities_added=items(b["entities_added"]), entities_removed=items(b["entities_removed"]),
            revised=tuple(Revision(str(r["topic"]), str(r["before"]), str(r["after"]), strings(r["sources"])) for r in b["revised"]),
            opened=items(b["opened"]), resolved=items(b["resolved"]),
            totals={str(k): int(v) for k, v in b["totals"].items()},
        ) for b in data["builds"]),
        sources=tuple(a for a in map(address, data["sources"]) if safe(a)),
        entities=tuple(a for a in map(address, data["entities"]) if safe(a)),
        pages=tuple(p for p in strings(data["pages"]) if PAGE_PATH.fullmatch(p)),
        evidence=strings(data["evidence"]),
        new=strings(data["new"]),
        disagreements=items(data["disagreements"]),
        counts=tuple(Tally(str(t["topic"]), tuple(Variant(str(v["text"]), strings(v["sources"])) for v in t["variants"]))
                     for t in data["counts"]),
    )


def state_to_json(state: State) -> str:
    data = {"format": STATE_FORMAT, **asdict(state)}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def changes_data(changes: Changes) -> dict:
    """One build's changes as plain data (brief.json's history)."""
    return asdict(changes)


# ------------------------------------------------------------------------------------------- addresses


def stable_sources(corpus: Corpus, state: State) -> Corpus:
    """The corpus with every source at the address it had in an earlier build: by its file name, else by its
    content (a renamed file); a new source keeps its own id unless that belonged to another source once, then it
    gets the next free one ("-2")."""
    if not state.sources:
        return corpus
    by_file = {a.keys[0]: a.id for a in state.sources if a.keys}
    by_checksum = {a.keys[1]: a.id for a in state.sources if len(a.keys) > 1 and a.keys[1]}
    taken: set[str] = set()
    chosen: dict[int, str] = {}
    for i, s in enumerate(corpus.sources):
        old = by_file.get(s.file) or by_checksum.get(s.checksum)
        if old is not None and old not in taken:
            chosen[i] = old
            taken.add(old)
    used = taken | {a.id for a in state.sources}
    for i, s in enumerate(corpus.sources):
        if i not in chosen:
            chosen[i] = _free(s.id, used)
            used.add(chosen[i])
    if all(chosen[i] == s.id for i, s in enumerate(corpus.sources)):
        return corpus
    return replace(corpus, sources=tuple(replace(s, id=chosen[i]) for i, s in enumerate(corpus.sources)))


def _free(wanted: str, used: set[str]) -> str:
    if wanted not in used:
        return wanted
    n = 2
    while f"{wanted}-{n}" in used:
        n += 1
    return f"{wanted}-{n}"


def stable_entities(brief: Brief, state: State) -> Brief:
    """The brief with every entity at the address it had in an earlier build: the earlier entity it shares a
    name or alias with (its own id first, then the most mentioned entities first choose); a renamed entity
    keeps its address and its old name becomes an alias.  A new entity never takes an address that belonged to
    another one."""
    if not state.entities:
        return brief
    by_key: dict[str, list[Address]] = {}
    for a in state.entities:
        for k in a.keys:
            by_key.setdefault(k, []).append(a)
    known = {a.id: a for a in state.entities}
    taken: set[str] = set()
    chosen: dict[str, Address] = {}
    ranked = sorted(brief.entities, key=lambda e: (-len(e.mentions), e.id))
    for e in ranked:
        keys = _entity_keys(e)
        candidates = [known[e.id]] if e.id in known and set(keys) & set(known[e.id].keys) else []
        candidates += [a for k in keys for a in by_key.get(k, ())]
        pick = next((a for a in candidates if a.id not in taken and a.kind == e.type), None)
        pick = pick or next((a for a in candidates if a.id not in taken), None)
        if pick is not None:
            chosen[e.id] = pick
            taken.add(pick.id)
    used = taken | set(known)
    ids: dict[str, str] = {}
    for e in ranked:
        if e.id in chosen:
            ids[e.id] = chosen[e.id].id
        else:
            ids[e.id] = _free(e.id, used)
            used.add(ids[e.id])

    def moved(e: Entity) -> Entity:
        old = chosen.get(e.id)
        aliases = e.aliases + ((old.name,) if old is not None and _name_key(old.name) not in _entity_keys(e) else ())
        return e if ids[e.id] == e.id and aliases == e.aliases else replace(e, id=ids[e.id], aliases=aliases)

    entities = tuple(moved(e) for e in brief.entities)
    if all(new is old for new, old in zip(entities, brief.entities)):
        return brief
    quotes = tuple(replace(q, speaker=ids[q.speaker]) if q.speaker is not None and ids.get(q.speaker, q.speaker) != q.speaker else q
                   for q in brief.quotes)
    return replace(brief, entities=entities, quotes=quotes)


# ------------------------------------------------------------------------------------------- changes


def build_date(sources: tuple[Source, ...]) -> str:
    """The build's time: SOURCE_DATE_EPOCH when set, else the newest date an article gives, else unknown ("")."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    dates = [m.group(0) for s in sources if s.date and (m := re.match(r"\d{4}-\d{2}-\d{2}", s.date))]
    return f"{max(dates)}T00:00:00Z" if dates else ""


def advance(brief: Brief, state: State, date: str = "") -> Story:
    """Compare the brief with the previous build's state: this build's changes (none when nothing is new, so a
    rebuild keeps the history and the marks), the brief sentences new since the previous build, and the state to
    leave for the next one."""
    first = not state.builds
    present_sources = {a.id: a for a in state.sources if a.present}
    present_entities = {a.id: a for a in state.entities if a.present}
    sources = {s.id: s for s in brief.sources}
    evidence = {s: _evidence_keys(s) for s in brief.sentences}
    earlier = set(state.evidence)
    facts = [] if first else [Item(sentence_anchor(s.text), s.text) for s in brief.sentences if not evidence[s] & earlier]
    current_entities = {e.id: e for e in brief.entities}
    revised_sources = [Item(s.id, s.title) for s in brief.sources
                       if s.id in present_sources and present_sources[s.id].keys[1:2] != (s.checksum,)]
    added_sources = [Item(s.id, s.title) for s in brief.sources if s.id not in present_sources]
    disagreements = tuple(Item("", f"{d.topic}: " + " / ".join(v.text for v in d.variants), d.topic)
                          for d in brief.discrepancies if d.report is None)
    before = {d.kind for d in state.disagreements}
    now = {d.kind for d in disagreements}
    changed_by = {i.id for i in added_sources + revised_sources}
    lists: dict[str, list] = {
        "sources_added": added_sources,
        "sources_revised": revised_sources,
        "sources_removed": [Item(a.id, a.name) for a in present_sources.values() if a.id not in sources],
        "facts_added": facts,
        "entities_added": [] if first else [Item(e.id, e.name, e.type) for e in brief.entities if e.id not in present_entities],
        "entities_removed": [Item(a.id, a.name, a.kind) for a in present_entities.values() if a.id not in current_entities],
        "revised": [] if first else _revisions(state.counts, brief.counts, changed_by, {i.id for i in revised_sources}),
        "opened": [] if first else [d for d in disagreements if d.kind not in before],
        "resolved": [d for d in state.disagreements if d.kind not in now],
    }
    number = (state.builds[0].build + 1) if state.builds else 1
    cut = {k: tuple(v[:LISTED]) for k, v in lists.items()}
    changes = Changes(build=number, date=date, totals={k: len(v) for k, v in lists.items() if len(v) > LISTED}, **cut)
    if not first and changes.empty():
        builds, new = state.builds, frozenset(state.new)
    else:
        builds, new = (changes, *state.builds)[:TUNING.history_builds], frozenset(i.id for i in facts)
    merged = _merged(state, brief)
    next_state = State(
        story=state.story or _digest(brief.title)[:16],
        builds=builds,
        sources=_addresses(state.sources, [Address(s.id, s.title, "source", (s.file, s.checksum)) for s in brief.sources]),
        entities=_addresses(state.entities, [Address(e.id, e.name, e.type, _entity_keys(e)) for e in brief.entities]),
        pages=state.pages,
        evidence=tuple(sorted({k for keys in evidence.values() for k in keys})),
        new=tuple(sorted(new)),
        disagreements=disagreements,
        counts=brief.counts,
    )
    return Story(state=next_state, new=new, merged=merged)


def with_pages(state: State, pages: list[str]) -> State:
    """The state with this build's pages added to every page the site has had."""
    return replace(state, pages=tuple(sorted(set(state.pages) | set(pages))))


def _evidence_keys(sentence) -> frozenset[str]:
    return frozenset(_digest(ev.text)[:16] for ev in sentence.evidence) | {_digest(sentence.text)[:16]}


def _addresses(before: tuple[Address, ...], now: list[Address]) -> tuple[Address, ...]:
    """Every address so far: this build's as they are now, the earlier ones that are gone marked so."""
    current = {a.id for a in now}
    return tuple(now) + tuple(replace(a, present=False) for a in before if a.id not in current)


def _merged(state: State, brief: Brief) -> dict[str, str]:
    """Gone entities whose name a present entity now carries (two entries of an earlier build merged into one)."""
    keys = {k: e.id for e in brief.entities for k in _entity_keys(e)}
    present = {e.id for e in brief.entities}
    out = {}
    for a in state.entities:
        if a.id not in present:
            target = next((keys[k] for k in a.keys if k in keys), None)
            if target is not None:
                out[a.id] = target
    return out


def _value(text: str) -> str:
    """A count's value as revisions compare it: its digits ("at least 22 people" -> "22"), else its words."""
    digits = re.findall(r"\d+(?:[.,]\d+)*", text)
    return " ".join(d.replace(",", "") for d in digits) if digits else " ".join(text.casefold().split())


def _revisions(before: tuple[Tally, ...], after: tuple[Tally, ...], changed_by: set[str], revised: set[str]) -> list[Revision]:
    """Counts revised since the previous build, told only when the evidence is plain (a wrong "revised" is worse
    than none): a revised article now giving another value for a count it gave before; or the value most
    sources give changed to one that an added or revised article gives and at least two sources state."""
    old = {t.topic: t for t in before}
    out: list[Revision] = []
    for t in after:
        prev = old.get(t.topic)
        if prev is None or not prev.variants or not t.variants:
            continue
        found = None
        for src in sorted(revised):
            was = {_value(v.text): v.text for v in prev.variants if src in v.sources}
            now = {_value(v.text): v.text for v in t.variants if src in v.sources}
            gone, came = set(was) - set(now), set(now) - set(was)
            if len(gone) == 1 and len(came) == 1 and all(re.search(r"\d", k) for k in gone | came):
                found = Revision(t.topic, was[gone.pop()], now[came.pop()], (src,))
                break
        head, prev_head = t.variants[0], prev.variants[0]
        if found is None and _value(head.text) != _value(prev_head.text) and len(head.sources) >= 2 \
                and set(head.sources) & changed_by and re.search(r"\d", head.text) and re.search(r"\d", prev_head.text):
            found = Revision(t.topic, prev_head.text, head.text, head.sources)
        if found is not None:
            out.append(found)
    return out
