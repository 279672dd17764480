"""Command line: `python -m generator build` (also installed as `newsbrief`).  Thin: parse, build, report."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .config import DEFAULT_MODEL, Settings
from .contents import NewsbriefError


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsbrief",
        description="Turn a folder of scraped news articles about one story into an annotated news brief (Markdown for MkDocs, plus data/brief.json).",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    b = sub.add_parser("build", help="generate the brief, glossary and source pages", description="Read every article in --seeds, analyse it, and write the generated pages into --docs (hand-written pages there are never touched). With --site, also run `mkdocs build --strict` into that folder. Output replaces the previous one only when the whole build succeeded.")
    b.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of input articles: .txt, .md (optional YAML front matter), .html/.htm; optional sources.yml sets outlet, url, date, title, author per file (default: seeds)")
    b.add_argument("--docs", type=Path, default=Path("docs"), help="MkDocs docs folder to write the generated pages into (default: docs)")
    b.add_argument("--templates", type=Path, default=Path("templates"), help="folder of Jinja2 templates for the generated pages (default: templates)")
    b.add_argument("--site", type=Path, default=None, help="also build the HTML site into this folder with `mkdocs build --strict` (default: do not build)")
    b.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="MkDocs configuration used with --site (default: mkdocs.yml)")
    b.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline: an installed package name or a folder (default: {DEFAULT_MODEL})")
    b.add_argument("--workers", type=_workers, default="auto", help="worker processes for the spaCy analysis: a number, or auto for every core (at most 4); more than one is used only from about 200 paragraphs per worker, below that the analysis runs in one process (default: auto)")
    b.add_argument("--cache", type=Path, default=Path(".cache/newsbrief"), help="folder for spaCy's results per article and the last briefs, so that rebuilds analyse only new or changed articles; safe to delete (default: .cache/newsbrief)")
    b.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    b.add_argument("--strict", action="store_true", help="treat warnings about skipped or duplicate input files as errors")
    b.add_argument("--quiet", action="store_true", help="print nothing but errors (no progress bar either; it is also off when stderr is not a terminal or CI is set)")
    b.add_argument("--debug", action="store_true", help="show a full traceback on unexpected errors, and the libraries' own log lines")
    return p


def _workers(value: str) -> int | str:
    """--workers: "auto" or a whole number; anything else is refused in one line with the other settings."""
    try:
        return int(value)
    except ValueError:
        return value


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    # the tool's own warnings (logger "newsbrief"); the libraries' log lines (trafilatura's "empty HTML tree: None"
    # for a page with no article) only with --debug: what went wrong with a file is said once, in newsbrief's words
    logging.basicConfig(level=logging.WARNING if args.debug else logging.CRITICAL, format="%(message)s")
    logging.getLogger("newsbrief").setLevel(logging.ERROR if args.quiet else logging.WARNING)
    settings = Settings(
        seeds=args.seeds, docs=args.docs, templates=args.templates, site=args.site, config_file=args.config,
        model=args.model, workers=args.workers, cache=None if args.no_cache else args.cache, strict=args.strict,
        quiet=args.quiet,
    )
    from .build import build
    from .progress import ProgressBar, wanted

    try:
        with ProgressBar() as bar:
            report = build(settings, progress=bar if wanted(args.quiet) else None)
    except NewsbriefError as exc:
        print(f"newsbrief: error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - one clear line, traceback on request
        if args.debug:
            raise
        print(f"newsbrief: error: unexpected {type(exc).__name__}: {exc} (run with --debug for details)", file=sys.stderr)
        return 2
    for warning in report.warnings:
        print(f"newsbrief: warning: {warning}", file=sys.stderr)
    if not args.quiet:
        b = report.brief
        print(
            f"newsbrief: {len(b.sources)} sources, {len(b.entities)} entities, {len(b.sentences)} brief sentences, "
            f"{len(b.quotes)} quotes, {len(b.discrepancies)} disagreements; {len(report.written)} files written, "
            f"{len(report.removed)} removed in {args.docs}" + (f"; site built in {args.site}" if args.site else "")
            + f" ({report.analysis.analysed} articles analysed, {report.analysis.cached} from the cache)"
        )
    return 0
