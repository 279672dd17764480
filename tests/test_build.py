"""End to end: the seeds built with `mkdocs build --strict`; all-or-nothing writes; the CLI's one-line errors."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, hand_written_docs
from generator.build import build
from generator.publish import MANIFEST
from generator.config import Settings
from generator.contents import NewsbriefError

pytestmark = pytest.mark.slow


def test_site_has_brief_glossary_and_sources(built_site):
    docs, site = built_site
    index = (site / "index.html").read_text(encoding="utf-8")
    assert 'class="footnote-ref"' in index and "sources/" in index
    assert (site / "glossary.html").is_file() and (site / "data" / "brief.json").is_file()
    pages = sorted((site / "sources").glob("*.html"))
    assert len(pages) == len(list(SEEDS.glob("*.txt"))) + 1  # one per article plus the list
    assert (site / "search" / "search_index.js").is_file()
    assert (site / "assets" / "javascripts" / "iframe-worker" / "shim.js").is_file()
    assert "unpkg.com" not in index and "fonts.googleapis" not in index
    assert (docs / "about.md").read_text() == (ROOT / "docs" / "about.md").read_text()


def test_every_footnote_links_to_a_source_page(built_site):
    import re

    docs, site = built_site
    index = (site / "index.html").read_text(encoding="utf-8")
    footnotes = re.findall(r'<li id="fn:[^"]+">(.*?)</li>', index, re.S)
    assert footnotes
    for fn in footnotes:
        target = re.search(r'href="(sources/[^"#]+\.html)', fn)
        assert target and (site / target.group(1)).is_file()


def test_rebuild_is_byte_identical_and_writes_nothing(built_site, tmp_path):
    docs, _ = built_site
    copy = tmp_path / "docs"
    shutil.copytree(docs, copy)
    report = build(Settings(seeds=SEEDS, docs=copy, templates=ROOT / "templates", quiet=True))
    assert report.written == [] and report.removed == []


def test_broken_template_leaves_docs_and_site_untouched(built_site, tmp_path):
    docs, site = built_site
    work_docs, work_site = tmp_path / "docs", tmp_path / "site"
    shutil.copytree(docs, work_docs)
    shutil.copytree(site, work_site)
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    (templates / "glossary.md.j2").write_text("# Glossary\n{% for x in %}\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in list(work_docs.rglob("*")) + list(work_site.rglob("*")) if p.is_file()}
    # make the new output differ so that a partial write would show
    (tmp_path / "seeds").mkdir()
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, tmp_path / "seeds" / p.name)
    with pytest.raises(NewsbriefError, match=r"glossary\.md\.j2, line 2"):
        build(Settings(seeds=tmp_path / "seeds", docs=work_docs, templates=templates, site=work_site, config_file=ROOT / "mkdocs.yml", quiet=True))
    after = {p: p.read_bytes() for p in list(work_docs.rglob("*")) + list(work_site.rglob("*")) if p.is_file()}
    assert after == before


def test_failed_mkdocs_build_rolls_back_docs(built_site, tmp_path):
    docs, site = built_site
    work_docs, work_site = tmp_path / "docs", tmp_path / "site"
    shutil.copytree(docs, work_docs)
    shutil.copytree(site, work_site)
    before = {p: p.read_bytes() for p in list(work_docs.rglob("*")) + list(work_site.rglob("*")) if p.is_file()}
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "one.txt").write_text("Only one article about a harbour bridge that reopened on Monday after repairs.\n", encoding="utf-8")
    (work_docs / "about.md").write_text("# About\n\n[broken](missing-page.md)\n", encoding="utf-8")  # strict mode fails on this
    before[work_docs / "about.md"] = (work_docs / "about.md").read_bytes()
    with pytest.raises(NewsbriefError, match="mkdocs build --strict failed"):
        build(Settings(seeds=seeds, docs=work_docs, templates=ROOT / "templates", site=work_site, config_file=ROOT / "mkdocs.yml", quiet=True))
    after = {p: p.read_bytes() for p in list(work_docs.rglob("*")) + list(work_site.rglob("*")) if p.is_file()}
    assert after == before


def test_hand_written_page_is_never_overwritten(tmp_path):
    docs = tmp_path / "docs"
    hand_written_docs(docs)
    (docs / "glossary.md").write_text("# My own glossary\n", encoding="utf-8")
    with pytest.raises(NewsbriefError, match="never overwrites hand-written"):
        build(Settings(seeds=SEEDS, docs=docs, templates=ROOT / "templates", quiet=True))
    assert (docs / "glossary.md").read_text() == "# My own glossary\n"
    assert not (docs / MANIFEST).exists()


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_help_explains_every_option():
    out = run_cli("build", "--help").stdout
    for option in ("--seeds", "--docs", "--templates", "--site", "--model", "--workers", "--strict", "--quiet"):
        assert option in out


@pytest.mark.parametrize("args, message", [
    (["--seeds", "no-such-folder"], "--seeds: folder no-such-folder does not exist"),
    (["--workers", "0"], "--workers: expected auto or a whole number"),
    (["--workers", "many"], "--workers: expected auto or a whole number"),
    (["--model", "no_such_model_xyz"], "spaCy model 'no_such_model_xyz' is not installed"),
])
def test_cli_bad_input_is_one_line(tmp_path, args, message):
    result = run_cli("build", "--docs", str(tmp_path / "docs"), *args)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr


def test_cli_empty_folder_is_an_error(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "blank.txt").write_text("   \n", encoding="utf-8")
    result = run_cli("build", "--seeds", str(tmp_path / "seeds"), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 1
    assert "no usable article" in result.stderr and "blank.txt" in result.stderr
    assert not (tmp_path / "docs" / "index.md").exists()


def test_cli_html_page_with_no_article_is_one_line_in_newsbrief_s_words(tmp_path):
    """trafilatura logs its own lines for such a page ("empty HTML tree: None"); the reader gets one line."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "page.html").write_text("<div>" * 400 + "Holm." + "</div>" * 400, encoding="utf-8")
    result = run_cli("build", "--seeds", str(tmp_path / "seeds"), "--docs", str(tmp_path / "docs"), "--no-cache")
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("newsbrief: error:") and "page.html" in line


def test_workflow_files_are_valid():
    files = sorted(str(p) for p in (ROOT / ".github" / "workflows").glob("*.yml"))
    assert files
    result = subprocess.run([str(Path(sys.executable).parent / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *files], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_serve_hook_regenerates_docs(tmp_path, monkeypatch):
    """`make serve`: the MkDocs hook rebuilds docs/ from seeds/ before each build, and only under serve."""
    import importlib.util
    from types import SimpleNamespace

    spec = importlib.util.spec_from_file_location("newsbrief_hook", ROOT / "hooks" / "newsbrief.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    monkeypatch.setenv("NEWSBRIEF_SEEDS", str(SEEDS))
    monkeypatch.setenv("NEWSBRIEF_TEMPLATES", str(ROOT / "templates"))
    docs = tmp_path / "docs"
    docs.mkdir()
    config = SimpleNamespace(docs_dir=str(docs))
    hook.on_startup(command="build", dirty=False)
    hook.on_pre_build(config)
    assert not (docs / "index.md").exists()
    hook.on_startup(command="serve", dirty=False)
    hook.on_pre_build(config)
    assert (docs / "index.md").is_file()
    manifest = (docs / MANIFEST).stat().st_mtime_ns
    hook.on_pre_build(config)  # nothing changed: nothing rewritten, so the file watcher does not loop
    assert (docs / MANIFEST).stat().st_mtime_ns == manifest


def test_serve_hook_keeps_serving_after_a_failing_rebuild_and_watches_the_chosen_folders(tmp_path, monkeypatch, caplog):
    import importlib.util
    from types import SimpleNamespace

    spec = importlib.util.spec_from_file_location("newsbrief_hook_2", ROOT / "hooks" / "newsbrief.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    other = tmp_path / "other-seeds"
    other.mkdir()
    monkeypatch.setenv("NEWSBRIEF_SEEDS", str(other))
    monkeypatch.setenv("NEWSBRIEF_TEMPLATES", str(ROOT / "templates"))
    docs = tmp_path / "docs"
    docs.mkdir()
    hook.on_startup(command="serve", dirty=False)
    config = SimpleNamespace(docs_dir=str(docs), mdx_configs={}, watch=[])
    hook.on_config(config)
    assert str(other.resolve()) in config.watch
    monkeypatch.setattr("generator.build.build", lambda _settings: (_ for _ in ()).throw(RuntimeError("boom")))
    hook.on_pre_build(config)  # an unexpected failure: logged in one line, no exception, the last pages stay
    assert any("boom" in r.getMessage() and "\n" not in r.getMessage() for r in caplog.records)
