"""Publishing (generator/publish.py): one writer per docs folder, staging on the targets' own file systems, a
journal that lets the next build roll back a killed one, and the usual modes; all with real builds of the seeds."""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, hand_written_docs
from generator.build import build
from generator.config import Settings

pytestmark = pytest.mark.slow


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
    build(settings(before))

    def killed(point):
        return subprocess.run([sys.executable, "-c", _KILLED_BUILD, str(ROOT), point, str(after), str(docs), str(site), str(cache)],
                              capture_output=True, text=True)

    def completed() -> tuple[dict, dict]:
        """docs/ and site/ as the `after` build would leave them if nothing stopped it (built on copies: each build
        continues the story's history, so the outcome depends on the build before)."""
        scratch = Path(tempfile.mkdtemp(dir=tmp_path, prefix="scratch-"))
        shutil.copytree(docs, scratch / "docs")
        shutil.copytree(site, scratch / "site")
        build(replace(settings(after), docs=scratch / "docs", site=scratch / "site"))
        out = _tree(scratch / "docs"), _tree(scratch / "site")
        shutil.rmtree(scratch)
        return out

    renames = int(killed("0").stdout.split()[-1])
    build(settings(before))
    assert renames > 10
    for point in ["mkdocs", "1", str(renames // 3), str(renames - 8), str(renames - 1)]:
        old, new = (_tree(docs), _tree(site)), completed()
        assert old != new
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


def test_a_failed_first_build_leaves_no_folder_behind(tmp_path):
    """No docs/ and no site/ before, and `mkdocs build --strict` fails (the navigation names hand-written pages
    that are missing): afterwards there is still neither, not even empty."""
    from generator.contents import NewsbriefError

    docs, site = tmp_path / "docs", tmp_path / "site"
    with pytest.raises(NewsbriefError, match="mkdocs build --strict failed"):
        build(Settings(seeds=SEEDS, docs=docs, templates=ROOT / "templates", site=site, config_file=ROOT / "mkdocs.yml", quiet=True))
    assert not docs.exists() and not site.exists()
