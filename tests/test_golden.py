"""Golden test: a small hand-written sample story (tests/data/sample: one plain-text page with a cookie banner,
a byline and related headlines, one Markdown file with front matter, one HTML page) is built, and every
generated page and brief.json is compared with the committed expected output in tests/golden/sample/.

After an intended change to the templates or the pipeline, regenerate the expected output and review the diff:

    NEWSBRIEF_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
"""
from __future__ import annotations

import difflib
import json
import os
import shutil
from pathlib import Path

from conftest import ROOT
from generator.build import build
from generator.config import Settings

SAMPLE = Path(__file__).resolve().parent / "data" / "sample"
EXPECTED = Path(__file__).resolve().parent / "golden" / "sample"


def generated(docs: Path) -> dict[str, str]:
    manifest = json.loads((docs / ".newsbrief-manifest.json").read_text(encoding="utf-8"))
    return {rel: (docs / rel).read_text(encoding="utf-8") for rel in sorted(manifest["generated"])}


def test_sample_story_renders_exactly_as_committed(tmp_path):
    docs = tmp_path / "docs"
    build(Settings(seeds=SAMPLE, docs=docs, templates=ROOT / "templates", cache=None, quiet=True))
    pages = generated(docs)
    if os.environ.get("NEWSBRIEF_UPDATE_GOLDEN"):
        shutil.rmtree(EXPECTED, ignore_errors=True)
        for rel, text in pages.items():
            (EXPECTED / rel).parent.mkdir(parents=True, exist_ok=True)
            (EXPECTED / rel).write_text(text, encoding="utf-8")
    expected = {p.relative_to(EXPECTED).as_posix(): p.read_text(encoding="utf-8") for p in sorted(EXPECTED.rglob("*")) if p.is_file()}
    assert sorted(pages) == sorted(expected), "generated files differ from tests/golden/sample"
    for rel, text in pages.items():
        if text != expected[rel]:
            diff = "".join(difflib.unified_diff(expected[rel].splitlines(True), text.splitlines(True), f"expected/{rel}", f"built/{rel}", n=2))
            raise AssertionError(f"{rel} differs from tests/golden/sample (see the module docstring to update):\n{diff[:4000]}")


def test_sample_story_is_cleaned_and_merged_as_a_reader_expects():
    """What the golden pages must show, stated independently of them (so a regenerated golden is checked)."""
    data = json.loads((EXPECTED / "data" / "brief.json").read_text(encoding="utf-8"))
    outlets = {s["file"]: s["outlet"] for s in data["sources"]}
    assert outlets["02_valley-courier.md"] == "The Valley Courier" and outlets["03_river-times.html"] == "The River Times"
    paragraphs = json.dumps([s["paragraphs"] for s in data["sources"]])
    for noise in ("Accept all cookies", "Ten Things To Do", "Share This Article", "Subscribe to our newsletter", "3 Min Read", "Mara Okafor"):
        assert noise not in paragraphs
    gazette = next(s for s in data["sources"] if s["file"] == "01_harbour-gazette.txt")
    assert (gazette["byline"], gazette["read_time"]) == ("Mara Okafor", "3 Min Read")
    assert next(s for s in data["sources"] if s["file"] == "03_river-times.html")["date"] is None  # not "© 2026"
    brandt = [e for e in data["entities"] if e["name"] == "Tomas Brandt"]
    assert len(brandt) == 1 and brandt[0]["type"] == "person" and len(brandt[0]["sources"]) == 3
    reopened = [s for s in data["brief"] if "reopen" in s["text"] or "open again" in s["text"]]
    assert reopened and len(reopened[0]["sources"]) == 3
    # each version of the cost is cited only to the sources that state it
    for sentence in data["brief"]:
        for number in ("42", "45"):
            if f"{number} million" in sentence["text"]:
                cited = {s["file"] for s in data["sources"] if s["id"] in sentence["sources"]}
                stating = {s["file"] for s in data["sources"] if any(f"{number} million" in p for p in s["paragraphs"])}
                assert cited <= stating
    assert any(len(q["sources"]) == 2 and "carries the whole city" in q["text"] for q in data["quotes"])
    costs = [d for d in data["discrepancies"] if any("45" in v["text"] for v in d["variants"])]
    assert costs and any("42" in v["text"] for v in costs[0]["variants"])
