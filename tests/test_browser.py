"""The built site in a real browser: Debian's Chromium driven by Playwright (never a downloaded browser).

- Opened from file:// with every non-file request aborted, the site attempts none; search finds every entity
  of the glossary; a footnote leads to the source paragraph; entity names show their role as a tooltip.
- Served over HTTP, it asks nothing of any other host, and search works there too.
- axe-core (pinned npm package, injected into the page) finds no serious or critical violation on any page
  type, in the light and the dark scheme.
- On a 390px phone no page and no table is wider than the screen.  Screenshots of every page type at desktop
  and phone width, light and dark, are saved to test-artifacts/screenshots/ for people to look at.
"""
from __future__ import annotations

import json
import os
import re
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import pytest

sync_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
WAIT_MS = 15_000

pytestmark = [pytest.mark.slow, pytest.mark.browser]


# ------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.is_file():
        message = f"{CHROMIUM} is missing: install Debian's chromium package (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def site(built_site):
    """The built site folder and its data: (site, brief.json as a dict)."""
    docs, site = built_site
    return site, json.loads((docs / "data" / "brief.json").read_text(encoding="utf-8"))


def page_types(data: dict) -> dict[str, str]:
    """One page of each kind, as a path inside the site; the entity is the one mentioned most."""
    entity = max(data["entities"], key=lambda e: (len(e["mentions"]), e["id"]))
    return {
        "brief": "index.html",
        "glossary": "glossary.html",
        "entity": f"entities/{entity['id']}.html",
        "source": f"sources/{data['sources'][0]['id']}.html",
        "sources": "sources/index.html",
        "data": "data.html",
        "changes": "changes.html",
    }


class Guard:
    """Aborts every request `allowed` refuses and records it; records allowed requests that failed as well."""

    def __init__(self, context, allowed: Callable[[str], bool]):
        self.allowed = allowed
        self.blocked: list[str] = []
        self.failed: list[str] = []
        context.route("**/*", self._route)
        context.on("requestfailed", self._failed)
        context.on("response", self._response)
        context.on("page", lambda page: page.on("websocket", lambda ws: self.blocked.append(ws.url)))

    def _route(self, route) -> None:
        if self.allowed(route.request.url):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort("blockedbyclient")

    def _failed(self, request) -> None:
        # ERR_ABORTED: the page was left before the request finished (the test moves on quickly)
        if self.allowed(request.url) and request.failure != "net::ERR_ABORTED":
            self.failed.append(f"{request.url}: {request.failure}")

    def _response(self, response) -> None:
        if response.status >= 400:
            self.failed.append(f"{response.url}: HTTP {response.status}")

    def check(self) -> None:
        assert self.blocked == [], f"the site tried to reach the network: {sorted(set(self.blocked))}"
        assert self.failed == [], f"files of the site failed to load: {self.failed}"


def offline_page(browser, viewport=DESKTOP, color_scheme="light"):
    context = browser.new_context(viewport=viewport, color_scheme=color_scheme)
    guard = Guard(context, lambda url: url.startswith("file:"))
    return context, guard, context.new_page()


def search(page, query: str):
    """Type a query into Material's search box (it listens to key presses) and return the box."""
    box = page.locator("input[data-md-component=search-query]")
    if not box.is_visible():
        page.locator("label.md-header__button[for=__search]").click(timeout=WAIT_MS)
    box.fill(query, timeout=WAIT_MS)
    box.press("End")
    return box


def tooltip_text(page, target) -> str:
    target.scroll_into_view_if_needed()
    target.hover()
    tip = page.locator(".md-tooltip2--active, .md-tooltip--active").first
    tip.wait_for(state="visible", timeout=WAIT_MS)
    return tip.inner_text()


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ------------------------------------------------------------------------------------------- offline


def test_offline_from_file_url_search_footnotes_and_tooltips(browser, site):
    site_dir, data = site
    context, guard, page = offline_page(browser)
    try:
        page.goto((site_dir / "index.html").as_uri())
        page.wait_for_load_state("networkidle")
        guard.check()

        # search finds every entity of the glossary, its own page among the results
        missing = []
        for entity in data["entities"]:
            search(page, entity["name"])
            hit = page.locator(f'a.md-search-result__link[href*="entities/{entity["id"]}.html"]')
            try:
                hit.first.wait_for(state="attached", timeout=WAIT_MS if not missing else 3000)
            except sync_api.TimeoutError:
                missing.append(entity["name"])
                guard.check()
                state = page.locator(".md-search-result__meta").inner_text()
                assert len(missing) < 3, f"search under file:// does not find {missing} (search says: {state!r})"
        assert missing == [], f"search under file:// does not find: {missing}"
        page.keyboard.press("Escape")

        # an entity name in the brief is a link to its page, with its role as tooltip
        described = [e for e in data["entities"] if e["description"]]
        linked = [e for e in described if page.locator(f'article a[href="entities/{e["id"]}.html"]').count()]
        assert linked, "no entity with a role is linked from the brief"
        entity = linked[0]
        assert entity["description"] in tooltip_text(page, page.locator(f'article a[href="entities/{entity["id"]}.html"]').first)

        # a footnote opens the source page at the paragraph that holds the source's own sentence
        ref = page.locator("article a.footnote-ref").first
        label = ref.get_attribute("href").removeprefix("#fn:")
        sentence, evidence = (int(n) - 1 for n in label.split("-"))
        expected = data["brief"][sentence]["evidence"][evidence]
        ref.click()
        note = page.locator(f'[id="fn:{label}"]')
        note.wait_for(state="visible", timeout=WAIT_MS)
        note.locator('a[href^="sources/"]').first.click()
        target = f"sources/{expected['source']}.html#p{expected['paragraph'] + 1}"
        page.wait_for_url(f"**/{target}", timeout=WAIT_MS)
        paragraph = page.locator(f'[id="p{expected["paragraph"] + 1}"]')
        assert squash(expected["text"]) in squash(paragraph.inner_text())

        # on a source page, a mention links to the entity; on the glossary, the plain name shows its role too
        assert page.locator('article a[href^="../entities/"]').count() > 0
        page.goto((site_dir / "glossary.html").as_uri())
        heading_name = page.locator(f'[id="{entity["id"]}"] abbr').first
        assert entity["description"] in tooltip_text(page, heading_name)
        guard.check()
    finally:
        context.close()


@pytest.fixture(scope="module")
def wire_site(tmp_path_factory):
    """The wire fixture (three versions of one wire story and an independent article) built into a site."""
    from conftest import hand_written_docs

    from generator.build import build
    from generator.config import Settings

    base = tmp_path_factory.mktemp("wire")
    hand_written_docs(base / "docs")
    build(Settings(seeds=ROOT / "tests" / "data" / "wire", docs=base / "docs", templates=ROOT / "templates",
                   site=base / "site", config_file=ROOT / "mkdocs.yml", quiet=True))
    return base / "site"


def test_a_sentence_counts_its_reports_and_its_footnote_lists_the_report_s_versions(browser, wire_site):
    context, guard, page = offline_page(browser)
    try:
        page.goto((wire_site / "index.html").as_uri())
        data = json.loads((wire_site / "data" / "brief.json").read_text(encoding="utf-8"))
        n = next(i for i, b in enumerate(data["brief"], 1) if "safety rules" in b["text"])
        text = squash(page.locator("article p", has_text="no longer meets safety rules").first.inner_text())
        assert re.search(r"safety rules\.\s*\d+\s*\d+\s*\(2 reports, 4 articles\)", text), text
        refs = page.locator(f'article a.footnote-ref[href^="#fn:{n}-"]')
        assert refs.count() == 2  # one footnote per report, not one per article
        tip = squash(tooltip_text(page, refs.first))
        assert "safety rules" in tip and "also in its other versions" in tip and "Harbour Daily" in tip
        page.goto((wire_site / "sources" / "index.html").as_uri())
        assert "Reports with several versions" in page.locator("article").inner_text()
        guard.check()
    finally:
        context.close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep the test output clean
        pass


def test_static_server_asks_no_other_host(browser, site):
    site_dir, data = site
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(site_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    origin = f"http://127.0.0.1:{server.server_address[1]}/"
    context = browser.new_context(viewport=DESKTOP)
    guard = Guard(context, lambda url: url.startswith(origin) or url.startswith("blob:") or url.startswith("data:"))
    try:
        page = context.new_page()
        for path in page_types(data).values():
            page.goto(origin + path)
        page.goto(origin + "index.html")
        entity = data["entities"][0]
        search(page, entity["name"])
        page.locator(f'a.md-search-result__link[href*="entities/{entity["id"]}.html"]').first.wait_for(state="attached", timeout=WAIT_MS)
        guard.check()
    finally:
        context.close()
        server.shutdown()
        server.server_close()


# ------------------------------------------------------------------------------------------- accessibility


# The dark scheme changes colours only: there, the colour rules are enough.
AXE_OPTIONS = {
    "light": {"resultTypes": ["violations"], "preload": False},
    "dark": {"resultTypes": ["violations"], "preload": False, "runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]}},
}


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_no_serious_accessibility_violation(browser, site, color_scheme):
    assert AXE.is_file(), f"{AXE.relative_to(ROOT)} is missing: run `npm ci` (make install does)"
    site_dir, data = site
    context, guard, page = offline_page(browser, color_scheme=color_scheme)
    found = {}
    try:
        for kind, path in page_types(data).items():
            page.goto((site_dir / path).as_uri())
            page.add_script_tag(path=str(AXE))
            violations = page.evaluate(
                """async options => (await axe.run(document, options)).violations
                    .filter(v => v.impact === "serious" || v.impact === "critical")
                    .map(v => `${v.impact} ${v.id} (${v.nodes.length}x, e.g. ${v.nodes[0].target.join(" ")}): ${v.help}`)""",
                AXE_OPTIONS[color_scheme],
            )
            if violations:
                found[kind] = violations
        guard.check()
    finally:
        context.close()
    assert found == {}, f"axe-core ({color_scheme}): {json.dumps(found, indent=2)}"


# ------------------------------------------------------------------------------------------- layout


@pytest.mark.parametrize("color_scheme, sizes", [("light", ("desktop", "phone")), ("dark", ("phone",))], ids=["light", "dark"])
def test_screenshots_and_nothing_wider_than_a_phone(browser, site, color_scheme, sizes):
    site_dir, data = site
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    too_wide = []
    for name in sizes:
        viewport = {"desktop": DESKTOP, "phone": PHONE}[name]
        context, guard, page = offline_page(browser, viewport, color_scheme)
        try:
            for kind, path in page_types(data).items():
                page.goto((site_dir / path).as_uri())
                shot = ARTIFACTS / f"{kind}-{viewport['width']}-{color_scheme}.png"
                page.screenshot(path=str(shot), full_page=True)
                assert shot.stat().st_size > 0
                widths = page.evaluate(
                    """() => ({
                        page: document.documentElement.scrollWidth,
                        tables: Array.from(document.querySelectorAll("article table")).map(t => ({
                            right: Math.ceil(t.getBoundingClientRect().right), scroll: t.scrollWidth, client: t.clientWidth,
                        })),
                    })"""
                )
                if widths["page"] > viewport["width"]:
                    too_wide.append(f"{name} {kind}: page is {widths['page']}px wide")
                for i, table in enumerate(widths["tables"], 1):
                    if table["right"] > viewport["width"] or table["scroll"] > table["client"] + 1:
                        too_wide.append(f"{name} {kind}: table {i} overflows ({table})")
            guard.check()
        finally:
            context.close()
    assert too_wide == [], f"wider than the screen: {too_wide}"
