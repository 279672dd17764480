"""Untrusted input stays untrusted (issue: no host file published, bounded time and memory): each case is a bad
file next to a real seed article, read by ingest; the real article is kept and the bad file named in a warning."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from conftest import SEEDS
from generator.analyse import analyse
from generator.consolidate import consolidate
from generator.ingest import MAX_BYTES, read_corpus
from generator.ingest.decode import without_format_marks

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


@pytest.mark.parametrize("front_matter, shown", [
    ("date: 9999-99-99", "9999-99-99"),        # kept as written: never a crash on an impossible date
    ("date: 2026-02-30", "2026-02-30"),
    ("date: 2026-02-10T10:00:00+99:00", "2026-02-10T10:00:00+99:00"),
    ("date: 10:30:00", "10:30:00"),             # YAML 1.1 would read 37800
    ('outlet: "\\udc80 Gazette"', "\ufffd Gazette"),  # a lone surrogate becomes U+FFFD
    ("outlet: " + "9" * 5000, "9" * 300),       # capped in length
])
def test_odd_metadata_is_text_as_written(tmp_path, front_matter, shown):
    seeds = folder_with(tmp_path)
    (seeds / "odd.md").write_text(f"---\ntitle: Odd\n{front_matter}\n---\n\nThe council met on Monday about the new bridge.\n",
                                  encoding="utf-8")
    corpus = read_corpus(seeds)
    odd = next(s for s in corpus.sources if s.file == "odd.md")
    assert shown in (odd.date, odd.outlet)


def test_a_list_where_text_belongs_is_dropped_with_a_warning(tmp_path):
    seeds = folder_with(tmp_path)
    (seeds / "odd.md").write_text("---\ntitle: [a, b]\noutlet: Gazette\n---\n\nThe council met on Monday about the bridge.\n")
    corpus = read_corpus(seeds)
    odd = next(s for s in corpus.sources if s.file == "odd.md")
    assert "[" not in odd.title and odd.outlet == "Gazette"
    assert "'title' dropped" in warned(corpus, "odd.md")


@pytest.mark.parametrize("front_matter", ["title: !!set {a, b}", "date: !!timestamp 2026-02-30"])
def test_yaml_tags_are_refused_per_file(tmp_path, front_matter):
    seeds = folder_with(tmp_path)
    (seeds / "odd.md").write_text(f"---\n{front_matter}\n---\n\nThe council met on Monday about the bridge.\n")
    corpus = read_corpus(seeds)
    assert [s.file for s in corpus.sources] == [REAL.name]
    assert "tag" in warned(corpus, "odd.md")


def test_markdown_nested_a_thousand_deep_is_read_flat(tmp_path):
    seeds = folder_with(tmp_path)
    nested = "".join("  " * i + "- level\n" for i in range(1000)) + "> " * 1000 + "quoted\n"
    (seeds / "deep.md").write_text(f"---\ntitle: Deep\n---\n\n{nested}\nThe council met on Monday about the bridge.\n")
    start = time.monotonic()
    corpus = read_corpus(seeds)
    assert time.monotonic() - start < 10
    assert "deep.md" in [s.file for s in corpus.sources]


@pytest.mark.parametrize("name", [b"caf\xe9.txt", b"forged\nnewsbrief: all good.txt"])
def test_a_file_name_that_is_not_plain_text_is_skipped_and_shown_escaped(tmp_path, name):
    seeds = folder_with(tmp_path)
    with open(os.path.join(os.fsencode(seeds), name), "wb") as handle:
        handle.write(b"The council met on Monday about the new bridge over the river.\n")
    corpus = read_corpus(seeds)
    assert [s.file for s in corpus.sources] == [REAL.name]
    [warning] = [w for w in corpus.warnings if "not plain text" in w.message]
    assert "\n" not in str(warning) and "\udce9" not in warning.file


def test_utf16_text_with_an_unpaired_surrogate_is_read_with_a_replacement(tmp_path):
    seeds = folder_with(tmp_path)
    text = "The council met on Monday about the new bridge \ud800 over the river, officials said.\n"
    (seeds / "utf16.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le", "surrogatepass"))
    corpus = read_corpus(seeds)
    source = next(s for s in corpus.sources if s.file == "utf16.txt")
    assert "\ufffd" in source.paragraphs[0] and "\ud800" not in source.paragraphs[0]


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

NAME_CHARS = st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), front=st.text(max_size=300), name=st.text(NAME_CHARS, min_size=1, max_size=30),
       suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_no_bytes_front_matter_or_file_name_stops_the_others(tmp_path_factory, data, front, name, suffix):
    """Whatever one file holds or is called, ingest reads the real article and at most warns about that file."""
    seeds = folder_with(tmp_path_factory.mktemp("h"))
    target = seeds / (name.replace(".", "_")[:30] + suffix)
    if target.name == REAL.name:
        return
    try:
        target.write_bytes(data if suffix != ".md" else f"---\n{front}\n---\n".encode("utf-8", "surrogatepass") + data)
    except OSError:
        return  # a name the file system refuses
    corpus = read_corpus(seeds)
    assert REAL.name in [s.file for s in corpus.sources]
    assert all("\n" not in str(w) for w in corpus.warnings)


def test_a_name_with_look_alike_letters_of_another_script_is_read_plain_and_reported(tmp_path):
    seeds = folder_with(tmp_path)
    (seeds / "spoof.txt").write_text("Bridge talks in Lindmark\n\nMinister Ivan P\u0435trov met the council on Monday about the new bridge.\n\n"
                                     "Москва said nothing about the bridge on Monday.\n", encoding="utf-8")
    corpus = read_corpus(seeds)
    spoof = next(s for s in corpus.sources if s.file == "spoof.txt")
    assert "Ivan Petrov" in spoof.paragraphs[0] and "\u0435" not in spoof.paragraphs[0]
    assert "Москва" in spoof.paragraphs[1]  # a word wholly in another script stays
    assert "look-alike" in warned(corpus, "spoof.txt")


@pytest.mark.parametrize("written, read", [
    ("Erik\u200b Holm, a crane driver", "Erik Holm, a crane driver"),   # a zero-width space after a given name
    ("Anna Ber\u00adg said", "Anna Berg said"),                         # a soft hyphen inside a surname
    ("\ufeffKarin Dahl said", "Karin Dahl said"),                       # a byte-order mark before a name
    ("Lars\u200e Nord", "Lars Nord"),                                   # a direction mark
    ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"),  # a non-joiner shaping a Persian word stays
    ("a family \U0001f468\u200d\U0001f469\u200d\U0001f467", "a family \U0001f468\u200d\U0001f469\u200d\U0001f467"),  # an emoji sequence stays
])
def test_invisible_format_characters_beside_latin_letters_are_dropped(written, read):
    assert without_format_marks(written) == read


def test_a_name_with_a_zero_width_space_inside_is_read_whole(tmp_path):
    seeds = folder_with(tmp_path)
    (seeds / "zw.txt").write_text("Storm closes the harbour\n\nErik\u200b Holm, a crane driver, said he had never seen such a "
                                  "storm on the coast of Lindmark.\n", encoding="utf-8")
    zw = next(s for s in read_corpus(seeds).sources if s.file == "zw.txt")
    assert zw.paragraphs[0].startswith("Erik Holm, a crane driver")


def test_a_name_written_with_a_non_breaking_hyphen_is_the_same_name_in_the_same_spelling(tmp_path, nlp):
    seeds = folder_with(tmp_path)
    (seeds / "a.txt").write_text("Dock strike goes on\n\nUnion leader Omar al\u2011Rashidi said the strike at the port of "
                                 "Lindmark would go on until the company made a fair offer.\n", encoding="utf-8")
    (seeds / "b.txt").write_text("Port talks fail\n\nOmar al-Rashidi, the union leader, said talks with the port operator "
                                 "in Lindmark had failed on Tuesday.\n", encoding="utf-8")
    corpus = read_corpus(seeds)
    assert "Omar al-Rashidi" in next(s for s in corpus.sources if s.file == "a.txt").paragraphs[0]
    brief = consolidate(analyse(corpus, nlp))
    assert not any(d.topic.startswith("Spelling of") for d in brief.discrepancies)
    assert [e.name for e in brief.entities if "Rashidi" in e.name] == ["Omar al-Rashidi"]


def test_a_huge_first_line_or_outlet_is_capped(tmp_path):
    seeds = folder_with(tmp_path)
    (seeds / "long.md").write_text("---\noutlet: " + "Gazette " * 8000 + "\n---\n\n" + "Headline words " * 800
                                   + "\n\nThe council met on Monday about the new bridge over the river.\n")
    corpus = read_corpus(seeds)
    long = next(s for s in corpus.sources if s.file == "long.md")
    assert len(long.title) <= 300 and len(long.outlet or "") <= 300


def test_html_nested_very_deep_is_read_or_skipped_with_a_warning(tmp_path):
    seeds = folder_with(tmp_path)
    (seeds / "deep.html").write_text("<html><body>" + "<div>" * 20000 + "<p>The council met on Monday about the bridge.</p>"
                                     + "</div>" * 20000 + "</body></html>")
    start = time.monotonic()
    corpus = read_corpus(seeds)
    assert time.monotonic() - start < 20
    assert REAL.name in [s.file for s in corpus.sources]
