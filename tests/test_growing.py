"""A story that grows: a development story built in three steps (two articles; a third added; the fourth added and
the first revised, its death toll changed), each into the same docs/ and site/, as an editor would rebuild it.

Every link of the first build's site still leads somewhere on the third (a test follows each in Chromium), the
brief's sentence anchors stay while their sentence does, the Changes page lists the three builds with the revised
toll, the brief marks its new sentences, and the Atom feed is valid.  History and state of invented briefs are
tested in test_history.py."""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from lxml import etree

from conftest import CORPUS, ROOT, hand_written_docs
from generator.build import build
from generator.config import Settings

STORY = CORPUS / "camp-fire-2018"
FIRST, SECOND, THIRD = ("02_unattributed-a.txt", "03_ap-syndicated.txt"), ("01_the-age.txt",), ("04_commentary-unattributed.txt",)
REVISED, OLD, NEW = "01_the-age.txt", "killed at least 85 people", "killed at least 88 people"
ATOM = "{http://www.w3.org/2005/Atom}"

pytestmark = [pytest.mark.slow]


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    """(site of the first build, docs and site of the third, brief.json of the first and of the third)."""
    if not STORY.is_dir():
        pytest.skip("../shared/corpus is not present")
    base = tmp_path_factory.mktemp("growing")
    seeds, docs, site = base / "seeds", base / "docs", base / "site"
    seeds.mkdir()
    hand_written_docs(docs)
    settings = Settings(seeds=seeds, docs=docs, templates=ROOT / "templates", site=site, config_file=ROOT / "mkdocs.yml",
                        cache=base / "cache", quiet=True)

    def step(*files: str) -> None:
        for name in files:
            shutil.copy(STORY / name, seeds / name)
        build(settings)

    step(*FIRST)
    shutil.copytree(site, base / "site1")
    first = json.loads((docs / "data" / "brief.json").read_text(encoding="utf-8"))
    step(*SECOND)
    text = (seeds / REVISED).read_text(encoding="utf-8")
    assert OLD in text
    (seeds / REVISED).write_text(text.replace(OLD, NEW), encoding="utf-8")
    step(*THIRD)
    third = json.loads((docs / "data" / "brief.json").read_text(encoding="utf-8"))
    return base / "site1", docs, site, first, third


def links(site: Path) -> dict[str, set[str]]:
    """Every link inside the site from any of its pages: {target path relative to the site: anchors asked for}."""
    out: dict[str, set[str]] = {}
    for page in site.rglob("*.html"):
        if page.name == "404.html":  # MkDocs writes its links absolute, for a server's root
            continue
        for href in re.findall(r'href="([^"]*)"', page.read_text(encoding="utf-8")):
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            target = Path(os.path.normpath(page.parent / unquote(parts.path)))
            out.setdefault(target.relative_to(site).as_posix(), set()).update([parts.fragment] if parts.fragment else [])
    return out


def test_the_history_has_three_builds_with_the_revised_toll(grown):
    _, _, _, first, third = grown
    assert [h["build"] for h in third["history"]] == [3, 2, 1]
    latest, middle = third["history"][0], third["history"][1]
    assert [s["text"] for s in latest["sources_revised"]] and len(latest["sources_added"]) == len(THIRD)
    assert len(middle["sources_added"]) == len(SECOND) and len(third["history"][2]["sources_added"]) == len(FIRST)
    assert any(r["topic"] == "Death toll" and "85" in r["before"] and "88" in r["after"] for r in latest["revised"]), latest["revised"]
    # addresses: every source and entity of the first build still has a page, under the same id
    third_sources = {s["id"] for s in third["sources"]}
    assert {s["id"] for s in first["sources"]} <= third_sources


def test_every_link_of_the_first_build_leads_somewhere_on_the_third(grown):
    site1, docs, site, first, third = grown
    targets = links(site1)
    assert any(t.startswith("entities/") for t in targets) and any(t.startswith("sources/") for t in targets)
    missing = sorted(t for t in targets if not (site / t).exists())
    assert missing == []
    # a brief sentence keeps its anchor while it is in the brief
    html = (site / "index.html").read_text(encoding="utf-8")
    still = {_anchor(b["text"]) for b in third["brief"]}
    kept = [a for a in re.findall(r'id="(s-[0-9a-f]+)"', (site1 / "index.html").read_text(encoding="utf-8")) if a in still]
    assert kept and all(f'id="{a}"' in html for a in kept)


def _anchor(text: str) -> str:
    from generator.history import sentence_anchor

    return sentence_anchor(text)


def test_the_feed_is_valid_atom_and_its_links_lead_to_the_changes(grown):
    _, docs, site, _, _ = grown
    schema = etree.RelaxNG(etree.parse(str(ROOT / "tests" / "data" / "atom.rng")))
    feed = etree.parse(str(site / "feed.xml"))
    assert schema.validate(feed), schema.error_log
    entries = feed.getroot().findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title").split(":")[0] for e in entries] == ["Build 3", "Build 2", "Build 1"]
    for e in entries:
        page, _, anchor = e.find(f"{ATOM}link").get("href").partition("#")
        assert f'id="{anchor}"' in (site / page).read_text(encoding="utf-8")


@pytest.mark.browser
def test_a_reader_sees_the_changes_the_marks_and_every_old_link_working(grown):
    from test_browser import CHROMIUM, offline_page, squash

    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.is_file():
        pytest.skip(f"{CHROMIUM} is missing")
    site1, _, site, _, third = grown
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        context, guard, page = offline_page(browser)
        try:
            page.goto((site / "changes.html").as_uri())
            text = squash(page.locator("article").inner_text())
            assert text.index("Build 3") < text.index("Build 2") < text.index("Build 1")
            assert "Death toll revised" in text and "at least 88 people" in text
            page.locator("#build-3 ~ ul a[href*='index.html#s-']").first.click()
            page.wait_for_load_state()
            anchor = urlsplit(page.url).fragment
            assert anchor.startswith("s-") and page.locator(f"#{anchor}").count() == 1
            marks = page.locator("article .nb-new")
            assert marks.count() == len([f for f in third["history"][0]["facts_added"] if any(_anchor(b["text"]) == f["id"] for b in third["brief"])])
            assert marks.first.is_visible() and marks.first.inner_text().strip() == "New"
            for target in sorted(links(site1)):  # every page the first build linked, opened on the third
                response = page.goto((site / target).as_uri())
                assert response is not None and response.ok, target
            guard.check()
        finally:
            context.close()
            browser.close()
