"""Cleaning quality, measured and printed (run with -s to see the figures in a terminal; CI logs show them anyway).

- seeds: line-level precision and recall of the kept lines against the hand-written expected cleaning in
  tests/gold/cleaning/, and the lifted metadata (title, outlet, byline, read time, captions, credits);
- ../shared/corpus: the same line-level figures against tests/gold/corpus/<story>.yml (`noise`, `titles`);
- newspaper4k 0.9.6: real news pages from that project's source distribution (tests/data/html/) with its expected
  article text (tests/data/txt/); token-level precision and recall of our extracted text against theirs;
- the seeds' site: no boilerplate line reaches docs/ or brief.json.

A *kept line* is an input line that ends up in one of the article's paragraphs (hard-wrapped lines of one
paragraph count one by one); precision = kept lines that the gold keeps / kept lines, recall = kept lines that
the gold keeps / lines the gold keeps.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from conftest import CORPUS, GOLD, ROOT, SEEDS, STORIES
from generator.ingest import Cleaned, clean, decode, read_corpus, read_file, text_blocks

SEED_GOLD = sorted((GOLD / "cleaning").glob("*.yml"))
CORPUS_GOLD = [GOLD / "corpus" / f"{story}.yml" for story in STORIES if (GOLD / "corpus" / f"{story}.yml").is_file()]
NEWSPAPER = ("newspaper4k", "0.9.6")
NEWSPAPER_CACHE = ROOT / ".cache" / "newspaper4k"
BOILERPLATE = {"consent", "subscription", "share", "widget", "media", "headline-run", "related-headline", "trailing-fragment", "copyright", "link", "truncated-duplicate", "notes"}


@dataclass
class Score:
    kept: int = 0  # lines we keep
    expected: int = 0  # lines the gold keeps
    both: int = 0

    def add(self, ours: set[int], gold: set[int]) -> "Score":
        self.kept += len(ours)
        self.expected += len(gold)
        self.both += len(ours & gold)
        return self

    @property
    def precision(self) -> float:
        return self.both / self.kept if self.kept else 1.0

    @property
    def recall(self) -> float:
        return self.both / self.expected if self.expected else 1.0

    def __str__(self) -> str:
        return f"precision {self.precision:.3f}  recall {self.recall:.3f}  ({self.both} of {self.kept} kept, {self.expected} expected)"


def _squeeze(text: str) -> str:
    return "".join(text.split())


def kept_lines(cleaned: Cleaned) -> set[int]:
    return {n for lines in cleaned.paragraph_lines for n in lines}


def gold_lines(paragraphs: list[str], lines: list[str]) -> set[int]:
    """The input lines (0-based) that make up the gold paragraphs, found in order; a paragraph may span lines."""
    found: set[int] = set()
    start = 0
    for paragraph in paragraphs:
        target = _squeeze(paragraph)
        for first in range(start, len(lines)):
            joined, last = "", first
            while last < len(lines) and len(joined) < len(target) and lines[last].strip():
                joined += _squeeze(lines[last])
                last += 1
            if joined == target:
                found.update(range(first, last))
                start = last
                break
        else:
            raise AssertionError(f"gold paragraph not found in the input, in order: {paragraph[:60]!r}")
    return found


def _credit_key(credit: str) -> str:
    return " ".join(re.sub(r"\s*,\s*", ", ", credit).casefold().split())


# ----------------------------------------------------------------------------------------------- seeds


def test_gold_covers_every_seed():
    assert sorted(p.name.removesuffix(".yml") for p in SEED_GOLD) == sorted(p.name for p in SEEDS.glob("*.txt"))


def test_seed_cleaning_against_gold(capsys):
    total, report, wrong = Score(), [], []
    for gold_file in SEED_GOLD:
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        path = SEEDS / gold_file.name.removesuffix(".yml")
        text = decode(path.read_bytes())
        cleaned = clean(text_blocks(text))
        source = read_file(path)
        assert list(source.paragraphs) == cleaned.paragraphs
        ours, expected = kept_lines(cleaned), gold_lines(gold["paragraphs"], text.split("\n"))
        score = Score().add(ours, expected)
        total.add(ours, expected)
        report.append(f"  {path.name}: {score}")
        got = {"title": cleaned.title, "outlet": source.outlet, "byline": source.byline, "date": source.date,
               "read_time": source.read_time, "captions": list(source.captions),
               "credits": [_credit_key(c) for c in source.credits]}
        want = {**{k: gold[k] for k in ("title", "outlet", "byline", "date", "read_time", "captions")},
                "credits": [_credit_key(c) for c in gold["credits"]]}
        wrong += [f"{path.name}: {key} is {got[key]!r}, expected {want[key]!r}" for key in want if got[key] != want[key]]
        if gold["title"]:
            assert source.title == gold["title"]
    with capsys.disabled():
        print(f"\n[cleaning, seeds, kept lines] {total}\n" + "\n".join(report))
    assert wrong == []
    assert total.precision >= 0.98 and total.recall >= 0.98


# ----------------------------------------------------------------------------------------------- corpus


@pytest.mark.skipif(not CORPUS_GOLD, reason="../shared/corpus or tests/gold/corpus/<story>.yml is not present")
def test_corpus_cleaning_against_gold(capsys):
    total, report, wrong_titles = Score(), [], []
    for gold_file in CORPUS_GOLD:
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        story = Score()
        for path in sorted((CORPUS / gold_file.stem).glob("*.txt")):
            lines = decode(path.read_bytes()).split("\n")
            cleaned = clean(text_blocks("\n".join(lines)))
            title = (gold.get("titles") or {}).get(path.name)
            noise = set((gold.get("noise") or {}).get(path.name, [])) | ({title} if title else set())
            expected = {n for n, line in enumerate(lines) if line.strip() and n + 1 not in noise}
            story.add(kept_lines(cleaned), expected)
            total.add(kept_lines(cleaned), expected)
            ours = cleaned.title_lines[0] + 1 if cleaned.title_lines else None
            if ours != title:
                wrong_titles.append(f"{gold_file.stem}/{path.name}: title on line {ours}, expected {title}")
        report.append(f"  {gold_file.stem}: {story}")
    with capsys.disabled():
        print(f"\n[cleaning, corpus, kept lines] {total}\n" + "\n".join(report))
    assert wrong_titles == []
    assert total.precision >= 0.95 and total.recall >= 0.95


# ----------------------------------------------------------------------------------------------- newspaper4k

# scripts written without spaces between words count one token per character
UNSPACED = "\u0e00-\u0e7f\u1000-\u109f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
TOKEN = re.compile(rf"[{UNSPACED}]|[^\W{UNSPACED}]+")


def _tokens(text: str) -> Counter:
    return Counter(TOKEN.findall(text.casefold()))


@pytest.fixture(scope="module")
def newspaper_pages() -> list[tuple[str, Path, Path]]:
    """(name, html, expected text) for every page of the newspaper4k sdist's test data that has both."""
    name, version = NEWSPAPER
    folder = NEWSPAPER_CACHE / f"{name}-{version}" / "tests" / "data"
    if not folder.is_dir():
        archive = NEWSPAPER_CACHE / f"{name}-{version}.tar.gz"
        if not archive.is_file():
            NEWSPAPER_CACHE.mkdir(parents=True, exist_ok=True)
            command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                       f"{name}=={version}", "--dest", str(NEWSPAPER_CACHE)]
            try:
                subprocess.run(command, check=True, capture_output=True, timeout=600)
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
                pytest.skip(f"cannot download the {name} {version} sdist from the package registry ({type(exc).__name__})")
        with tarfile.open(archive) as tar:
            wanted = [m for m in tar.getmembers() if m.isfile() and re.fullmatch(rf"{name}-{version}/tests/data/(html|txt)/[^/]+", m.name)]
            tar.extractall(NEWSPAPER_CACHE, members=wanted, filter="data")
    pages = [(txt.stem, folder / "html" / f"{txt.stem}.html", txt) for txt in sorted((folder / "txt").glob("*.txt"))]
    return [page for page in pages if page[1].is_file()]


def test_html_extraction_against_newspaper4k(newspaper_pages, capsys):
    """Token level: a token is a word (a run of letters and digits), or one character in scripts written without
    spaces (Chinese, Japanese, Thai, Burmese); bags of tokens are compared, so precision = shared tokens / our
    tokens and recall = shared tokens / their tokens. Every page with both files is measured (no sampling)."""
    assert len(newspaper_pages) >= 20
    rows, precisions, recalls = [], [], []
    for name, html, expected in newspaper_pages:
        source = read_file(html)
        ours, theirs = _tokens("\n".join(source.paragraphs)), _tokens(expected.read_text(encoding="utf-8"))
        shared = sum((ours & theirs).values())
        precision, recall = shared / max(sum(ours.values()), 1), shared / max(sum(theirs.values()), 1)
        precisions.append(precision)
        recalls.append(recall)
        rows.append(f"  {name:22} precision {precision:.3f}  recall {recall:.3f}  ({sum(ours.values())} / {sum(theirs.values())} tokens)")
    precision, recall = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    with capsys.disabled():
        print(f"\n[html extraction, newspaper4k {NEWSPAPER[1]} test pages, token level] {len(rows)} pages: "
              f"mean precision {precision:.3f}  mean recall {recall:.3f}\n" + "\n".join(rows))
    assert precision >= 0.95 and recall >= 0.95


def test_plain_text_cleaning_keeps_newspaper4k_article_text(newspaper_pages, capsys):
    """Their expected article texts (tests/data/txt/, every file, also those without a page) read as plain text:
    the cleaner must keep nearly all of it (token-level recall as above; a dropped headline counts as lost)."""
    folder = newspaper_pages[0][2].parent
    rows, recalls = [], []
    for path in sorted(folder.glob("*.txt")):
        text = decode(path.read_bytes())
        theirs, ours = _tokens(text), _tokens("\n".join(clean(text_blocks(text)).paragraphs))
        recalls.append(sum((ours & theirs).values()) / max(sum(theirs.values()), 1))
        rows.append(f"  {path.stem:22} recall {recalls[-1]:.3f}")
    recall = sum(recalls) / len(recalls)
    with capsys.disabled():
        print(f"\n[plain-text cleaning, newspaper4k {NEWSPAPER[1]} expected texts, token level] {len(rows)} texts: "
              f"mean recall {recall:.3f}\n" + "\n".join(rows))
    assert recall >= 0.95


# ----------------------------------------------------------------------------------------------- the built site


@pytest.mark.slow
def test_no_boilerplate_reaches_the_site(built_site):
    docs, _ = built_site
    corpus = read_corpus(SEEDS)
    dropped = {d.text for s in corpus.sources for d in s.dropped if d.kind in BOILERPLATE}
    assert dropped, "the seeds carry boilerplate of several kinds"
    published = [p.read_text(encoding="utf-8") for p in docs.rglob("*.md")] + [(docs / "data" / "brief.json").read_text(encoding="utf-8")]
    published.append(json.dumps(json.loads(published[-1]), ensure_ascii=False))  # brief.json with its escapes undone
    flat = " ".join(" ".join(text.replace("\\", "").split()) for text in published)
    leaked = [line for line in dropped if " ".join(line.split()) in flat]
    assert leaked == []


@pytest.mark.slow
def test_source_page_shows_captions_once_and_credits_last(built_site):
    docs, _ = built_site
    [source] = [s for s in read_corpus(SEEDS).sources if s.captions]
    page = (docs / "sources" / f"{source.id}.md").read_text(encoding="utf-8").replace("\\", "")
    for caption in source.captions:
        assert page.count(caption) == 1
        assert f"<figcaption>{caption}</figcaption>" in page
    last = page.strip().splitlines()[-1]
    assert last.startswith("*Credits:") and all(credit in last for credit in source.credits)
