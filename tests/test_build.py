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


def test_the_site_folder_is_readable_by_others(built_site):
    _, site = built_site
    assert site.stat().st_mode & 0o755 == 0o755


def test_a_second_build_waits_for_the_first(tmp_path):
    import threading

    from generator.publish import build_lock

    docs = tmp_path / "docs"
    order = []
    with build_lock(docs):
        def second():
            with build_lock(docs):
                order.append("second")
        thread = threading.Thread(target=second)
        thread.start()
        thread.join(0.5)
        order.append("first")  # the second could not enter while the first held the lock
    thread.join(5)
    assert order == ["first", "second"]


# A build into docs/ and site/ run in a child process that kills itself (SIGKILL, nothing cleaned up) at a chosen
# point: at the Nth rename, or as soon as `mkdocs build` starts.  It prints how many renames a whole build makes.
_KILLED_BUILD = """
import os, signal, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from generator.build import build
from generator.config import Settings
point, seeds, docs, site, cache = sys.argv[2], *map(Path, sys.argv[3:7])
calls = [0]
rename = os.replace
def counted(a, b):
    calls[0] += 1
    if point == str(calls[0]):
        os.kill(os.getpid(), signal.SIGKILL)
    return rename(a, b)
os.replace = counted
if point == "mkdocs":
    import mkdocs.commands.build
    mkdocs.commands.build.build = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
build(Settings(seeds=seeds, docs=docs, templates=Path(sys.argv[1]) / "templates", site=site,
               config_file=Path(sys.argv[1]) / "mkdocs.yml", cache=cache, quiet=True))
print(calls[0])
"""


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): (b"" if p.is_dir() else p.read_bytes())
            for p in sorted(folder.rglob("*")) if "sitemap.xml" not in p.name}


def test_a_build_killed_at_any_point_is_rolled_back_by_the_next_one(tmp_path):
    """SIGKILL before, during and after the switch of docs/ and of site/: the next build first puts back one
    consistent build (docs/ and site/ both the previous one, or both the new one), then succeeds, and no work
    folder is left anywhere."""
    from generator.publish import WORK_PREFIX, build_lock, recover

    before, after = tmp_path / "before", tmp_path / "after"
    before.mkdir()
    after.mkdir()
    for i, article in enumerate(sorted(SEEDS.iterdir())):
        shutil.copy(article, before / article.name)
        if i:  # the new build has one article less: a source page goes, the brief and entity pages change
            shutil.copy(article, after / article.name)
    docs, site, cache = tmp_path / "docs", tmp_path / "site", tmp_path / "cache"
    hand_written_docs(docs)

    def settings(seeds):
        return Settings(seeds=seeds, docs=docs, templates=ROOT / "templates", site=site, config_file=ROOT / "mkdocs.yml", cache=cache, quiet=True)

    build(settings(after))
    new = _tree(docs), _tree(site)
    build(settings(before))
    old = _tree(docs), _tree(site)
    assert old != new

    def killed(point):
        return subprocess.run([sys.executable, "-c", _KILLED_BUILD, str(ROOT), point, str(after), str(docs), str(site), str(cache)],
                              capture_output=True, text=True)

    renames = int(killed("0").stdout.split()[-1])
    build(settings(before))
    assert renames > 10
    for point in ["mkdocs", "1", str(renames // 3), str(renames - 8), str(renames - 1)]:
        result = killed(point)
        assert result.returncode == -9, (point, result.stderr[-500:])
        with build_lock(docs):
            recover(docs, site)
        assert (_tree(docs), _tree(site)) in (old, new), point
        assert not list(tmp_path.rglob(WORK_PREFIX + "*")), point
        build(settings(after))
        assert (_tree(docs), _tree(site)) == new, point
        build(settings(before))


def test_two_builds_started_together_both_succeed_one_after_the_other(tmp_path):
    from generator.publish import read_manifest

    docs, site, cache = tmp_path / "docs", tmp_path / "site", tmp_path / "cache"
    hand_written_docs(docs)
    fewer = tmp_path / "fewer"
    fewer.mkdir()
    for article in sorted(SEEDS.iterdir())[1:]:
        shutil.copy(article, fewer / article.name)
    runs = [subprocess.Popen([sys.executable, "-c", _KILLED_BUILD, str(ROOT), "0", str(seeds), str(docs), str(site), str(cache)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for seeds in (SEEDS, fewer)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert any("waiting" in err for _, err in outputs)  # the second said why it waited
    generated = read_manifest(docs)
    assert generated and all((docs / rel).is_file() for rel in generated)
    pages = {rel.removesuffix(".md") + ".html" for rel in generated if rel.endswith(".md") and not rel.startswith("includes/")}
    assert pages == {str(p.relative_to(site)) for p in site.rglob("*.html")} - {"404.html", "about.html"}


def test_docs_on_another_file_system_and_site_as_a_mount_point(tmp_path):
    """Staging sits inside docs/ and site/, so nothing is renamed across file systems: docs/ as a symlink to a
    tmpfs folder builds, and site/ is never itself renamed, so a mount point (tmpfs, where this machine lets
    the tests mount one) works and keeps its inode."""
    shm = Path("/dev/shm")
    if not shm.is_dir() or shm.stat().st_dev == tmp_path.stat().st_dev:
        pytest.skip("no second file system (/dev/shm) here")
    import os
    import tempfile

    elsewhere = Path(tempfile.mkdtemp(dir=shm))
    site = tmp_path / "site"
    site.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "newsbrief-test", str(site)], capture_output=True).returncode == 0
    try:
        hand_written_docs(elsewhere)
        (tmp_path / "docs").symlink_to(elsewhere)
        inode = site.stat().st_ino
        for _ in range(2):
            build(Settings(seeds=SEEDS, docs=tmp_path / "docs", templates=ROOT / "templates", site=site, config_file=ROOT / "mkdocs.yml", quiet=True))
        assert (elsewhere / "index.md").is_file() and (site / "index.html").is_file()
        assert site.stat().st_ino == inode
        assert os.path.ismount(site) == mounted
    finally:
        if mounted:
            subprocess.run(["umount", str(site)], check=False)
        shutil.rmtree(elsewhere, ignore_errors=True)


def test_every_file_of_the_site_has_the_usual_modes(built_site):
    import os
    import stat

    _, site = built_site
    umask = os.umask(0)
    os.umask(umask)
    for path in [site, *site.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o777 if path.is_dir() else 0o666) & ~umask, (path, oct(mode))


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
