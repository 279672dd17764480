"""Untrusted input stays untrusted (issue: no host file published, bounded time and memory): each case is a bad
file next to a real seed article, read by ingest; the real article is kept and the bad file named in a warning."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from conftest import SEEDS
from generator.ingest import MAX_BYTES, read_corpus

REAL = sorted(p for p in SEEDS.iterdir() if p.suffix == ".txt")[0]


def folder_with(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(REAL, seeds / REAL.name)
    return seeds


def warned(corpus, name: str) -> str:
    messages = [w.message for w in corpus.warnings if w.file == name]
    assert messages, f"no warning names {name}: {corpus.warnings}"
    return messages[0]


def test_a_symbolic_link_is_never_followed(tmp_path):
    secret = tmp_path / "outside.txt"
    secret.write_text("HOST-SECRET root:x:0:0 this file lives outside the seeds folder and must never be published.\n")
    seeds = folder_with(tmp_path)
    (seeds / "passwd.txt").symlink_to(secret)
    (seeds / "status.txt").symlink_to("/proc/self/status")
    corpus = read_corpus(seeds)
    assert [s.file for s in corpus.sources] == [REAL.name]
    assert "symbolic link" in warned(corpus, "passwd.txt") and "symbolic link" in warned(corpus, "status.txt")
    assert not any("HOST-SECRET" in p for s in corpus.sources for p in s.paragraphs)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_not_read(tmp_path):
    seeds = folder_with(tmp_path)
    os.mkfifo(seeds / "pipe.txt")  # reading it would block forever
    corpus = read_corpus(seeds)
    assert [s.file for s in corpus.sources] == [REAL.name]
    assert "not a regular file" in warned(corpus, "pipe.txt")


def test_a_huge_file_is_refused_by_its_size_before_it_is_read(tmp_path):
    seeds = folder_with(tmp_path)
    with (seeds / "huge.txt").open("wb") as handle:
        handle.truncate(3 * 1024 ** 3)  # 3 GiB, sparse: reading it would take seconds and gigabytes
    start = time.monotonic()
    corpus = read_corpus(seeds)
    assert time.monotonic() - start < 5
    assert [s.file for s in corpus.sources] == [REAL.name]
    assert f"{MAX_BYTES // (1024 * 1024)} MB" in warned(corpus, "huge.txt")


BOMB = "\n".join(["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
                 + [f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]"
                    for i in range(8)])


def test_a_yaml_alias_bomb_in_front_matter_is_refused_at_once(tmp_path):
    seeds = folder_with(tmp_path)
    (seeds / "bomb.md").write_text(f"---\ntitle: Bomb\n{BOMB}\n---\n\nThe council met on Monday to discuss the new bridge over the river.\n")
    start = time.monotonic()
    corpus = read_corpus(seeds)
    assert time.monotonic() - start < 5
    assert [s.file for s in corpus.sources] == [REAL.name]
    assert "aliases" in warned(corpus, "bomb.md")


def test_a_yaml_alias_bomb_in_sources_yml_is_one_clear_error_at_once(tmp_path):
    from generator.contents import NewsbriefError

    seeds = folder_with(tmp_path)
    (seeds / "sources.yml").write_text(BOMB + "\n")
    start = time.monotonic()
    with pytest.raises(NewsbriefError, match="sources.yml.*aliases"):
        read_corpus(seeds)
    assert time.monotonic() - start < 5
