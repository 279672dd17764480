"""Render: the Brief to Markdown pages (through the Jinja2 templates) and to `data/brief.json`.

`render()` is pure: it returns a mapping from a path relative to the docs folder to the file's text; the
build writes them.  Templates hold presentation; this module prepares the values they show.

Safety: article text is untrusted.  Every `{{ value }}` a template prints is escaped for Markdown (HTML
special characters become entities, Markdown, footnote, abbreviation, snippet and attribute syntax is
backslash-escaped, bidirectional-override and zero-width characters are dropped) unless the value is an
`MdSafe` string prepared here.  Article text only ever reaches a template as data, never as template source.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .consolidate.tuning import TUNING
from .contents import Brief, BriefSentence, Entity, Evidence, MentionRef, NewsbriefError, Source
from .text import sentence_spans, visible
from .history import STATE_FILE, Address, Changes, State, Story, advance, changes_data, sentence_anchor, state_to_json, with_pages

SCHEMA_FILE = Path(__file__).resolve().parent / "data" / "brief.schema.json"  # inside the package: found once installed too
TYPE_TITLES = {"person": "People", "organisation": "Organisations", "place": "Places", "event": "Events"}
GENERATED_PAGES = ("index.md", "glossary.md", "sources/index.md", "data.md", "changes.md")
ABBREVIATIONS = "includes/abbreviations.md"


class MdSafe(str):
    """A string that is already valid, escaped Markdown: templates print it as it is."""


# ------------------------------------------------------------------------------------------- escaping

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MD_SPECIAL = re.compile(r"([\\`*_{}|#])")  # characters Python-Markdown (with tables) lets us backslash-escape (a "#" ends a heading)
# Brackets become character references, not backslash escapes: the block parser's reference-definition pattern
# ignores backslashes, so a paragraph starting "[\]:0](...)" would turn into a link definition and vanish.
_BRACKETS = str.maketrans({"[": "&#91;", "]": "&#93;"})
_LINE_START = re.compile(r"^(\s*)([#+\-]|\d+\.)")


def plain(text: object) -> str:
    """One line of visible text: invisible controls dropped, whitespace collapsed."""
    text = unicodedata.normalize("NFC", str(text))
    text = _CONTROL.sub(" ", visible(text))
    return re.sub(r"\s+", " ", text)


def md_escape(value: object) -> str:
    """Escape any value for use as literal text inside Markdown (inline or at the start of a line)."""
    if isinstance(value, MdSafe):
        return value
    if value is None:
        return ""
    text = plain(value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = text.translate(_BRACKETS)
    text = re.sub(r"(?<=[^\W_])\\_(?=[^\W_])", "_", text)  # snake_case words need no escape (a run of underscores keeps
    # its escapes: "0_0__0" would open emphasis)
    text = _LINE_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)
    return MdSafe(text)


def _printed(value: object) -> str:
    """How a template prints `{{ value }}`: escaped, and without leading or trailing spaces, which would undo the
    template's own Markdown around it (`**{{ topic }}**` is not bold when the topic ends in a space)."""
    return value if isinstance(value, MdSafe) else MdSafe(md_escape(value).strip())


def _attr_text(value: object) -> MdSafe:
    """Text for an HTML attribute set by Markdown (a link's title, an abbreviation's): plain, one line, with no mark
    that Markdown reads there: square brackets become round ones, and straight quotation marks typographic ones (a
    title opening with "'" after the link's own '"' ended the link early and let what followed through as raw
    HTML; found by Hypothesis)."""
    return MdSafe(plain(value).strip().replace("[", "(").replace("]", ")").replace('"', "”").replace("'", "’"))


def html_text(value: object) -> MdSafe:
    """Text inside a raw HTML element of a page (a picture's <figcaption>), which Markdown leaves as it is: escaped
    for HTML only, so "*" and "[" show as written rather than as "\\*" and "&#91;"; plain and on one line."""
    import html

    return MdSafe(html.escape(plain(value).strip(), quote=True))


def safe_url(value: object) -> MdSafe:
    """An http(s) address made safe inside a Markdown link target; anything else becomes empty."""
    from urllib.parse import quote, urlsplit

    text = plain(value).strip()
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:  # not an address at all ("http://![": a broken IPv6 host)
        return MdSafe("")
    if scheme not in ("http", "https"):
        return MdSafe("")
    return MdSafe(quote(text, safe=":/?#@!$&'*+,;=%-._~"))


# a name the abbreviation extension may mark wherever it stands; with a letter in it (a bare number, "0", would also
# match the digits of Markdown's own placeholders for raw HTML, "wzxhzdk:0", and break the page)
SAFE_ABBR = re.compile(r"^(?=.*[^\W\d_])[A-Za-zÀ-ÖØ-öø-ÿĀ-žА-яЁё0-9][\w .'’\-]*$")


# ------------------------------------------------------------------------------------------- views


@dataclass(frozen=True)
class Footnote:
    """One report's backing of a brief sentence: its first version's own sentence, and the other versions of
    the same report that state it too."""

    label: str
    source: Source
    paragraph: int
    text: str
    versions: tuple[Source, ...] = ()  # at most MAX_VERSIONS of them
    more_versions: int = 0  # the others, behind a link to the report on the source list
    report: str = ""


def source_label(source: Source) -> str:
    """How a source is named in citations: its outlet, or the start of its title."""
    if source.outlet:
        return source.outlet
    words = source.title.split()
    return " ".join(words[:6]) + ("…" if len(words) > 6 else "")


def link_mentions(text: str, spans: list[tuple[int, int, Entity]], prefix: str, current: str | None = None) -> MdSafe:
    """The paragraph as Markdown, each entity mention linked to its entity page (overlapping spans are
    skipped); mentions of the entity `current` (the page's own) are set in bold instead."""
    out, pos = [], 0
    for start, end, entity in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or start < 0 or end > len(text):
            continue
        out.append(md_escape(text[pos:start]))
        label = md_escape(text[start:end])
        core = label.strip()  # spaces at the edges would undo the bold (`**x **`); they go outside the markup
        out.append(label[: len(label) - len(label.lstrip())])
        if not core:
            pass
        elif entity.id == current:
            out.append(f"**{core}**")
        else:
            out.append(f"[{core}]({prefix}entities/{entity.id}.md \"{_attr_text(_tooltip(entity))}\")")
        out.append(label[len(label.rstrip()):] if core else "")
        pos = end
    out.append(md_escape(text[pos:]))
    return MdSafe("".join(out))


def _tooltip(entity: Entity) -> str:
    kind = {"person": "Person", "organisation": "Organisation", "place": "Place", "event": "Event"}.get(entity.type, entity.type)
    return f"{entity.name} ({kind})" + (f": {entity.description}" if entity.description else "")


def _mentions_by_paragraph(brief: Brief) -> dict[tuple[str, int], list[tuple[int, int, Entity]]]:
    out: dict[tuple[str, int], list] = {}
    for e in brief.entities:
        for ref in e.mentions:
            if ref.end > ref.start:
                out.setdefault((ref.source, ref.paragraph), []).append((ref.start, ref.end, e))
    return out


# ------------------------------------------------------------------------------------------- rendering


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=_printed,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["attr_text"] = _attr_text
    env.filters["raw"] = lambda v: MdSafe(str(v))
    env.filters["safe_url"] = safe_url
    env.filters["html_text"] = html_text
    env.filters["label"] = source_label
    env.filters["sentence_case"] = sentence_case
    return env


def sentence_case(text: str) -> str:
    """A phrase shown as a sentence of its own starts with a capital ("where the ferry sank" -> "Where the ferry
    sank"); the rest as written."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


@dataclass(frozen=True)
class Site:
    """What the pages need to know of the site they become: its address (mkdocs.yml `site_url`, "" when unset:
    the feed's links are then relative) and whether pages are folders (`use_directory_urls`)."""

    url: str = ""
    directory_urls: bool = True

    def page(self, path: str) -> str:
        """The address of a docs page (a path relative to docs/, with an optional #anchor) on the built site."""
        page, _, anchor = path.partition("#")
        stem = page[: -len(".md")]
        if self.directory_urls:
            stem = "" if stem == "index" else (stem[: -len("index")] if stem.endswith("/index") else stem + "/")
        else:
            stem += ".html"
        base = self.url.rstrip("/") + "/" if self.url else ""
        return base + stem + (f"#{anchor}" if anchor else "")


RELATIVE = Site()  # an address unknown: links relative, pages as folders (MkDocs' defaults)


def render(brief: Brief, templates: Path, story: Story | None = None, site: Site = RELATIVE) -> dict[str, str]:
    """All generated files, as {path relative to docs/: text}.  `story` is this build's place in the story's
    history (see history.py); without it the brief is rendered as a story's first build."""
    story = story if story is not None else advance(brief, State())
    return with_earlier_pages(render_pages(brief, templates, story, site), brief, templates, story)


def render_pages(brief: Brief, templates: Path, story: Story, site: Site = RELATIVE) -> dict[str, str]:
    """This build's own files: everything but the pages kept for earlier builds' addresses and the state file,
    which depend on every page the site has had (the build caches these, not those)."""
    env = environment(templates)
    sources = {s.id: s for s in brief.sources}
    mentions = _mentions_by_paragraph(brief)
    entities = {e.id: e for e in brief.entities}
    owner = {s: r.id for r in brief.reports for s in r.sources}  # source id -> the report it is a version of
    files: dict[str, str] = {}
    try:
        files["index.md"] = _render(env, "index.md.j2", **_brief_view(brief, sources, entities, mentions, owner, story.new))
        files["glossary.md"] = _render(env, "glossary.md.j2", title=brief.title, groups=_glossary_groups(brief), sources=sources,
                                       reports={e.id: _report_count(e.sources, owner) for e in brief.entities},
                                       max_sources=TUNING.max_listed_sources)
        files["sources/index.md"] = _render(env, "sources_index.md.j2", sources=brief.sources, warnings=brief.warnings,
                                           reports=[(r, [sources[s] for s in r.sources]) for r in brief.reports if len(r.sources) > 1])
        for kind, items in _brief_lists(brief).items():
            if len(items) > MAX_LISTED:
                path, heading, intro = LIST_PAGES[kind]
                files[path] = _render(env, "all.md.j2", kind=kind, items=items, heading=heading, intro=intro, sources=sources,
                                      max_sources=TUNING.max_listed_sources)
        evidence = _evidence_view(brief, sources, owner)
        if evidence is not None:
            files["sources/evidence.md"] = _render(env, "evidence.md.j2", **evidence)
        for s in brief.sources:
            paragraphs = [link_mentions(p, mentions.get((s.id, i), []), "../") for i, p in enumerate(s.paragraphs)]
            people = [e for e in brief.entities if s.id in e.sources]
            files[f"sources/{s.id}.md"] = _render(env, "source.md.j2", source=s, paragraphs=paragraphs, entities=people)
        for e in brief.entities:
            files[f"entities/{e.id}.md"] = _render(env, "entity.md.j2", **_entity_view(e, brief, sources, entities, mentions, owner))
        abbreviations = [(e.name if SAFE_ABBR.match(e.name) else None, e) for e in brief.entities]
        files[ABBREVIATIONS] = _render(env, "abbreviations.md.j2", abbreviations=[
            (MdSafe(name), _attr_text(_tooltip(e))) for name, e in abbreviations if name
        ] + [
            (MdSafe(alias), _attr_text(_tooltip(e))) for _, e in abbreviations for alias in e.aliases if SAFE_ABBR.match(alias) and len(alias) > 2
        ])
        files["data.md"] = _render(env, "data.md.j2", schema=_schema_rows(), counts=_counts(brief))
        present = {sentence_anchor(s.text) for s in brief.sentences}
        files["changes.md"] = _render(env, "changes.md.j2", title=brief.title, builds=story.state.builds, anchors=present,
                                      types=TYPE_TITLES, sources=sources)
    except jinja2.TemplateSyntaxError as exc:
        raise NewsbriefError(f"template {exc.name or exc.filename}, line {exc.lineno}: {exc.message}") from None
    except jinja2.TemplateNotFound as exc:
        raise NewsbriefError(f"template {exc.name} not found in {templates}") from None
    except jinja2.UndefinedError as exc:
        raise NewsbriefError(f"template error: {exc.message}") from None
    files["data/brief.json"] = to_json(brief, story.state)
    files["data/brief.schema.json"] = SCHEMA_FILE.read_text(encoding="utf-8")
    files["feed.xml"] = atom_feed(brief, story.state, site)
    return files


def with_earlier_pages(files: dict[str, str], brief: Brief, templates: Path, story: Story) -> dict[str, str]:
    """`files` with a short page at every address an earlier build had and this one does not (saying what was
    there and where to go), and the state file for the next build."""
    env = environment(templates)
    entities = {e.id: e for e in brief.entities}
    out = dict(files)
    addresses = {"entities": {a.id: a for a in story.state.entities}, "sources": {a.id: a for a in story.state.sources}}
    try:
        for path in sorted(set(story.state.pages) - set(files)):
            out[path] = _render(env, "gone.md.j2", **_gone_view(path, story, entities, addresses))
    except jinja2.TemplateSyntaxError as exc:
        raise NewsbriefError(f"template {exc.name or exc.filename}, line {exc.lineno}: {exc.message}") from None
    except jinja2.TemplateNotFound as exc:
        raise NewsbriefError(f"template {exc.name} not found in {templates}") from None
    pages = [p for p in files if p.endswith(".md") and not p.startswith("includes/")]
    out[STATE_FILE] = state_to_json(with_pages(story.state, pages))
    return out


def _render(env: jinja2.Environment, name: str, **context) -> str:
    try:
        template = env.get_template(name)
        return template.render(**context)
    except (jinja2.TemplateSyntaxError, jinja2.TemplateNotFound):
        raise
    except jinja2.UndefinedError as exc:
        line = _template_line(exc)
        raise NewsbriefError(f"template {name}{line}: {exc.message}") from None
    except Exception as exc:  # any runtime error inside a template names the template
        line = _template_line(exc)
        raise NewsbriefError(f"template {name}{line}: {type(exc).__name__}: {exc}") from None


def _template_line(exc: BaseException) -> str:
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(".j2"):
            line = tb.tb_lineno
        tb = tb.tb_next
    return f", line {line}" if line else ""


def _within(mentions: list[tuple[int, int, Entity]], start: int, end: int) -> list[tuple[int, int, Entity]]:
    """The mentions inside paragraph[start:end], with offsets relative to `start`."""
    return [(s - start, e - start, entity) for s, e, entity in mentions if start <= s and e <= end]


def _brief_sentence_spans(sentence: BriefSentence, sources: dict[str, Source], mentions: dict) -> list[tuple[int, int, Entity]]:
    """Entity mentions in a brief sentence, taken from the source paragraph that contains it word for word."""
    for ev in sentence.evidence:
        paragraphs = sources[ev.source].paragraphs
        at = paragraphs[ev.paragraph].find(sentence.text) if ev.paragraph < len(paragraphs) else -1
        if at != -1:
            return _within(mentions.get((ev.source, ev.paragraph), []), at, at + len(sentence.text))
    return []


def _cited_reports(sentence: BriefSentence, owner: dict[str, str], sources: dict[str, Source], label: str) -> list[Footnote]:
    """A sentence's evidence as one footnote per independent report (its versions listed in it)."""
    by_report: dict[str, list[Evidence]] = {}
    for ev in sentence.evidence:
        by_report.setdefault(owner.get(ev.source, ev.source), []).append(ev)
    return [Footnote(f"{label}-{k}", sources[evs[0].source], evs[0].paragraph, evs[0].text,
                     tuple(sources[e.source] for e in evs[1:MAX_VERSIONS + 1]), max(0, len(evs) - 1 - MAX_VERSIONS), report)
            for k, (report, evs) in enumerate(by_report.items(), 1)]


def _brief_view(brief: Brief, sources: dict[str, Source], entities: dict[str, Entity], mentions: dict,
                owner: dict[str, str], new: frozenset[str] = frozenset()) -> dict:
    """The brief page: a footnote per independent report (at most TUNING.max_footnotes a sentence, the rest on
    the evidence page), the count of reports and articles where versions of one report were merged, and the
    differences between versions of one report apart from the disagreements between reports."""
    footnotes: list[Footnote] = []
    sections: list[dict] = []
    for n, sentence in enumerate(brief.sentences, 1):
        cited = _cited_reports(sentence, owner, sources, str(n))
        footnotes.extend(cited[:MAX_FOOTNOTES])
        if not sections or sections[-1]["title"] != sentence.section:
            sections.append({"title": sentence.section, "sentences": []})
        text = link_mentions(sentence.text, _brief_sentence_spans(sentence, sources, mentions), "")
        anchor = sentence_anchor(sentence.text)
        sections[-1]["sentences"].append({
            "n": n, "text": text, "anchor": anchor, "new": anchor in new, "footnotes": [f.label for f in cited[:MAX_FOOTNOTES]], "disputed": sentence.disputed,
            "more": max(0, len(cited) - MAX_FOOTNOTES), "reports": len(cited), "articles": len({ev.source for ev in sentence.evidence}),
        })
    lists = _brief_lists(brief)
    return {
        "title": brief.title,
        "sections": sections,
        "footnotes": footnotes,
        "quotes": _shown(lists["quotes"]),
        "discrepancies": _shown(lists["differences"]),
        "more": {kind: len(items) for kind, items in lists.items() if len(items) > MAX_LISTED},
        "updates": _updates(brief),
        "figures": brief.figures,
        "timeline": _shown(lists["timeline"]),
        "sources": sources,
        "entities": entities,
        "word_count": sum(len(s.text.split()) for s in brief.sentences),
        "new_count": sum(sentence_anchor(s.text) in new for s in brief.sentences),
        "max_sources": TUNING.max_listed_sources,
    }


def _brief_lists(brief: Brief) -> dict[str, list]:
    """The brief's long lists, each whole: quotes, dates, differences between reports."""
    return {"quotes": list(brief.quotes), "timeline": list(brief.timeline),
            "differences": [d for d in brief.discrepancies if d.report is None]}


def _shown(items: list) -> list:
    """What the brief page shows of a list: all of it, or the MAX_LISTED items the most sources report, in the
    list's order (the whole list is on a page of its own)."""
    if len(items) <= MAX_LISTED:
        return items

    def weight(item) -> int:
        return len(item.sources) if hasattr(item, "sources") else len({s for v in item.variants for s in v.sources})

    keep = set(sorted(range(len(items)), key=lambda i: (-weight(items[i]), i))[:MAX_LISTED])
    return [item for i, item in enumerate(items) if i in keep]


LIST_PAGES = {"quotes": ("quotes.md", "What they said: every quote", "Every quotation the articles report, with its speaker where the articles say who spoke."),
              "timeline": ("timeline.md", "Timeline: every date", "Every date the articles give, in date order."),
              "differences": ("differences.md", "Where sources differ: every difference", "Every point on which the reports disagree.")}


def _updates(brief: Brief) -> list[dict]:
    """Differences between versions of one report, oldest version first: an update when the versions are
    dated, else versions that differ."""
    reports = {r.id: r for r in brief.reports}
    out = []
    for d in brief.discrepancies:
        if d.report is None or d.report not in reports:
            continue
        order = {s: i for i, s in enumerate(reports[d.report].sources)}
        variants = sorted(d.variants, key=lambda v: min(order.get(s, len(order)) for s in v.sources))
        out.append({"topic": d.topic, "variants": variants, "dated": reports[d.report].dated})
    return out


def _evidence_view(brief: Brief, sources: dict[str, Source], owner: dict[str, str]) -> dict | None:
    """The evidence page: every report behind each sentence that has more than the brief page shows."""
    long = []
    for n, sentence in enumerate(brief.sentences, 1):
        cited = _cited_reports(sentence, owner, sources, f"e{n}")
        if len(cited) > MAX_FOOTNOTES:
            long.append({"n": n, "text": sentence.text, "footnotes": cited})
    return {"sentences": long, "sources": sources} if long else None


def _gone_view(path: str, story: Story, entities: dict[str, Entity], addresses: dict[str, dict[str, Address]]) -> dict:
    """A page of an earlier build whose thing is gone: what it was, where its name lives on, links home."""
    folder, _, name = path.rpartition("/")
    page_id = name[: -len(".md")]
    known = addresses.get(folder, {}).get(page_id)
    merged = entities.get(story.merged.get(page_id, "")) if folder == "entities" else None
    return {"kind": {"entities": "entity", "sources": "source"}.get(folder, "page") if known else "page",
            "title": known.name if known else "", "merged": merged, "prefix": "../" * path.count("/")}


def _glossary_groups(brief: Brief) -> list[dict]:
    groups = []
    for etype, title in TYPE_TITLES.items():
        members = sorted((e for e in brief.entities if e.type == etype), key=lambda e: e.name.casefold())
        if members:
            groups.append({"type": etype, "title": title, "entities": members})
    return groups


MAX_FOOTNOTES = TUNING.max_footnotes
MAX_VERSIONS = TUNING.max_versions
MAX_LISTED = TUNING.max_brief_items
MAX_CONTEXT_SOURCES = 40  # an entity page quotes every sentence from this many sources, then links the rest
# (a name in 2,000 articles would otherwise make a page of several megabytes)


def _entity_view(entity: Entity, brief: Brief, sources: dict[str, Source], entities: dict[str, Entity], mentions: dict,
                 owner: dict[str, str]) -> dict:
    """Each sentence that mentions the entity (once, grouped by source, other entities linked), the entities
    named in the same sentences (most shared first), and its quotes."""
    sentences: dict[tuple[str, int], MentionRef] = {}
    for ref in entity.mentions:
        sentences.setdefault((ref.source, ref.sentence), ref)
    contexts: dict[str, dict] = {}
    more: dict[str, dict] = {}  # sources past the first MAX_CONTEXT_SOURCES: a link each, not every sentence
    for (source_id, _), ref in sentences.items():
        if source_id not in contexts and len(contexts) >= MAX_CONTEXT_SOURCES:
            entry = more.setdefault(source_id, {"source": sources[source_id], "paragraph": ref.paragraph, "count": 0})
            entry["count"] += 1
            continue
        paragraph = sources[source_id].paragraphs[ref.paragraph]
        if ref.sentence_end > ref.sentence_start:
            start, end = ref.sentence_start, ref.sentence_end
        else:
            start, end = _sentence_around(paragraph, ref.start, ref.end)
        spans = _within(mentions.get((source_id, ref.paragraph), []), start, end)
        group = contexts.setdefault(source_id, {"source": sources[source_id], "mentions": []})
        group["mentions"].append({"paragraph": ref.paragraph, "text": link_mentions(paragraph[start:end], spans, "../", entity.id)})
    together: dict[str, int] = {}
    keys = set(sentences)
    for other in brief.entities:
        if other.id == entity.id:
            continue
        shared = len(keys & {(r.source, r.sentence) for r in other.mentions})
        if shared:
            together[other.id] = shared
    related = [entities[i] for i in sorted(together, key=lambda i: (-together[i], entities[i].name))][:12]
    quotes = [q for q in brief.quotes if q.speaker == entity.id]
    return {
        "entity": entity, "contexts": list(contexts.values()), "more": list(more.values()), "mention_count": len(sentences), "related": related,
        "quotes": quotes, "sources": sources, "source_count": len(brief.sources),
        "report_count": _report_count(entity.sources, owner),
    }


def _report_count(source_ids: tuple[str, ...], owner: dict[str, str]) -> int:
    """How many independent reports these sources are versions of (owner: source id -> report id)."""
    return len({owner.get(s, s) for s in source_ids})


def _sentence_around(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence(s) of `paragraph` around the span, by punctuation (for mentions without sentence offsets)."""
    spans = sentence_spans(paragraph)
    return (max((a for a, _ in spans if a <= start), default=0),
            min((b for _, b in spans if b >= end), default=len(paragraph)))


def _counts(brief: Brief) -> dict:
    return {
        "sources": len(brief.sources),
        "entities": len(brief.entities),
        "brief": len(brief.sentences),
        "quotes": len(brief.quotes),
        "discrepancies": len(brief.discrepancies),
    }


def _schema_rows() -> list[dict]:
    """Rows (path, type, description) documenting the JSON Schema, for the Data page."""
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    rows: list[dict] = []

    def walk(node: dict, path: str) -> None:
        kind = node.get("type", "")
        if isinstance(kind, list):
            kind = " or ".join(kind)
        if path:
            rows.append({"path": path, "type": kind, "description": node.get("description", "")})
        for name, child in node.get("properties", {}).items():
            walk(child, f"{path}.{name}" if path else name)
        if "items" in node and isinstance(node["items"], dict):
            walk(node["items"], f"{path}[]")

    walk(schema, "")
    return rows


# ------------------------------------------------------------------------------------------- JSON


def brief_data(brief: Brief) -> dict:
    """The public data export (see generator/data/brief.schema.json)."""
    data = {
        "title": brief.title,
        "sources": [
            {
                "id": s.id, "file": s.file, "title": s.title, "outlet": s.outlet, "byline": s.byline, "date": s.date,
                "url": s.url, "read_time": s.read_time, "credits": list(s.credits), "captions": list(s.captions),
                "paragraphs": list(s.paragraphs), "standfirst": s.standfirst,
            }
            for s in brief.sources
        ],
        "reports": [{"id": r.id, "sources": list(r.sources), "credit": r.credit, "dated": r.dated} for r in brief.reports],
        "entities": [
            {
                "id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases), "description": e.description,
                "roles": [{"text": r.text, "sources": list(r.sources)} for r in e.roles],
                "sources": list(e.sources),
                "mentions": [{"source": m.source, "paragraph": m.paragraph, "text": m.text} for m in e.mentions],
            }
            for e in brief.entities
        ],
        "brief": [
            {
                "section": b.section, "text": b.text, "sources": list(b.sources),
                "evidence": [{"source": ev.source, "paragraph": ev.paragraph, "text": ev.text} for ev in b.evidence],
                "disputed": [{"text": v.text, "sources": list(v.sources)} for v in b.disputed],
                "reports": list(b.reports),
            }
            for b in brief.sentences
        ],
        "quotes": [
            {"speaker": q.speaker, "speaker_name": q.speaker_name, "text": q.text, "sources": list(q.sources), "variants": list(q.variants)}
            for q in brief.quotes
        ],
        "discrepancies": [
            {"topic": d.topic, "variants": [{"text": v.text, "sources": list(v.sources)} for v in d.variants], "report": d.report}
            for d in brief.discrepancies
        ],
        "figures": [{"text": f.text, "context": f.context, "sources": list(f.sources)} for f in brief.figures],
        "timeline": [{"text": f.text, "context": f.context, "sources": list(f.sources)} for f in brief.timeline],
        "counts": [{"topic": t.topic, "variants": [{"text": v.text, "sources": list(v.sources)} for v in t.variants]} for t in brief.counts],
        "warnings": [{"file": w.file, "message": w.message} for w in brief.warnings],
    }
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        import datetime

        data["generated"] = datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).isoformat()
    return data


def to_json(brief: Brief, state: State | None = None) -> str:
    data = brief_data(brief)
    data["history"] = [changes_data(c) for c in (state.builds if state is not None else ())]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------------------------------- feed

ATOM = "http://www.w3.org/2005/Atom"
EPOCH = "1970-01-01T00:00:00Z"  # Atom needs a time; with no SOURCE_DATE_EPOCH and no dated article, none is known


def atom_feed(brief: Brief, state: State, site: Site) -> str:
    """The story's changes as an Atom feed (RFC 4287), one entry per build, newest first; its links absolute when
    the site's address is known, else relative to the feed (which sits at the site's root).  Built with
    ElementTree, which escapes every text and attribute."""
    import uuid
    from xml.etree import ElementTree as ET

    ET.register_namespace("", ATOM)
    story = uuid.uuid5(uuid.NAMESPACE_URL, site.url or f"newsbrief:{state.story}")

    def add(parent, tag: str, text: str | None = None, **attrs: str):
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            element.text = plain(text)
        return element

    dates = [b.date for b in state.builds if b.date]
    feed = ET.Element(f"{{{ATOM}}}feed")
    add(feed, "title", f"{brief.title}: what changed")
    add(feed, "id", story.urn)
    add(feed, "updated", max(dates) if dates else EPOCH)
    add(add(feed, "author"), "name", "newsbrief")
    add(feed, "link", rel="self", type="application/atom+xml", href=(site.url.rstrip("/") + "/feed.xml") if site.url else "feed.xml")
    add(feed, "link", rel="alternate", type="text/html", href=site.page("changes.md"))
    add(feed, "generator", "newsbrief")
    later = ""
    for b in state.builds:  # newest first: a build without a date takes the time of the next dated one
        later = b.date or later
        entry = add(feed, "entry")
        add(entry, "title", f"Build {b.build}: {change_summary(b)}")
        add(entry, "id", uuid.uuid5(story, f"build-{b.build}").urn)
        add(entry, "updated", b.date or later or (min(dates) if dates else EPOCH))
        add(entry, "link", rel="alternate", type="text/html", href=site.page(f"changes.md#build-{b.build}"))
        add(entry, "summary", _change_text(b), type="text")
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def change_summary(b: Changes) -> str:
    """One line: what a build changed ("2 sources added, 5 new facts in the brief, 1 count revised")."""
    def count(name: str, items: tuple) -> int:
        return b.totals.get(name, len(items))

    parts = [(count("sources_added", b.sources_added), "source added", "sources added"),
             (count("sources_revised", b.sources_revised), "source revised", "sources revised"),
             (count("sources_removed", b.sources_removed), "source removed", "sources removed"),
             (count("facts_added", b.facts_added), "new fact in the brief", "new facts in the brief"),
             (count("revised", b.revised), "count revised", "counts revised"),
             (count("entities_added", b.entities_added), "name new to the story", "names new to the story"),
             (count("opened", b.opened), "disagreement opened", "disagreements opened"),
             (count("resolved", b.resolved), "disagreement resolved", "disagreements resolved")]
    said = [f"{n} {one if n == 1 else many}" for n, one, many in parts if n]
    if b.build == 1:
        return f"first build, from {count('sources_added', b.sources_added)} articles"
    return ", ".join(said) or "no change"


def _change_text(b: Changes) -> str:
    """A build's changes in a few plain sentences (the feed entry's summary)."""
    summary = change_summary(b)
    lines = [summary[:1].upper() + summary[1:] + "."]
    for label, items in (("Articles added", b.sources_added), ("Articles revised", b.sources_revised), ("Articles removed", b.sources_removed)):
        if items:
            lines.append(f"{label}: " + "; ".join(i.text.rstrip(".") for i in items) + ".")
    lines += [f"{r.topic} revised: {r.before} → {r.after}." for r in b.revised]
    lines += [f"New: {i.text}" for i in b.facts_added[:3]]
    return " ".join(lines)
