"""Performance features, checked for behaviour (never for time; speed is measured in bench/): the spaCy cache, the
brief cache, near-duplicate detection by LSH, blocked merging of quotes and figures, the progress bar's switches."""
from __future__ import annotations

import io
import shutil
from dataclasses import replace

import pytest

from conftest import ROOT, SEEDS, hand_written_docs
from generator.analyse import AnalyseStats, DocCache, analyse, analyse_stream
from generator.build import build
from generator.config import DEFAULT_MODEL, Settings
from generator.consolidate.figures import figures_and_timeline
from generator.consolidate.quotes import _merged, _quotes, _Raw
from generator.ingest import read_corpus
from generator.progress import ProgressBar, wanted
from generator.render import render_pages


def _run(sources, nlp, cache):
    stats = AnalyseStats()
    return tuple(analyse_stream(sources, lambda: nlp, 1, cache, stats=stats)), stats


def test_worker_processes_give_the_same_analysis_and_cache(nlp, tmp_path, monkeypatch):
    """--workers 2 sends whole articles to forked workers (the threshold lowered so that the seeds use them):
    the same data objects as one process, in order, and cache files that read back to the same."""
    import generator.analyse as analyse_module

    monkeypatch.setattr(analyse_module, "MIN_PARAGRAPHS_PER_WORKER", 1)
    corpus = read_corpus(SEEDS)
    single = analyse(corpus, nlp)
    cache = DocCache(tmp_path, DEFAULT_MODEL)
    stats = AnalyseStats()
    parallel = tuple(analyse_stream(corpus.sources, lambda: nlp, 2, cache, stats=stats))
    assert parallel == single and stats.analysed == len(corpus.sources)
    warm, stats = _run(corpus.sources, nlp, cache)
    assert warm == single and stats.cached == len(corpus.sources)


def test_cached_analysis_equals_fresh_and_only_changed_articles_are_analysed(nlp, tmp_path):
    corpus = read_corpus(SEEDS)
    fresh = analyse(corpus, nlp)
    cache = DocCache(tmp_path, DEFAULT_MODEL)
    cold, stats = _run(corpus.sources, nlp, cache)
    assert (stats.analysed, stats.cached) == (len(corpus.sources), 0)
    warm, stats = _run(corpus.sources, nlp, cache)
    assert (stats.analysed, stats.cached) == (0, len(corpus.sources))
    assert cold == fresh and warm == fresh  # tokens, entities and sentence vectors survive the DocBin round trip
    assert any(s.vector for a in warm for s in a.sentences)
    first = corpus.sources[0]
    edited = replace(first, paragraphs=first.paragraphs[:-1] + (first.paragraphs[-1] + " Officials said more would follow.",))
    again, stats = _run((edited, *corpus.sources[1:]), nlp, cache)
    assert (stats.analysed, stats.cached) == (1, len(corpus.sources) - 1)
    assert again[1:] == fresh[1:] and again[0].sentences[-1].text.endswith("would follow.")


def test_damaged_cache_file_is_analysed_again(nlp, tmp_path):
    corpus = read_corpus(SEEDS)
    cache = DocCache(tmp_path, DEFAULT_MODEL)
    _run(corpus.sources[:1], nlp, cache)
    cache.path(cache.key(corpus.sources[0])).write_bytes(b"not a DocBin")
    result, stats = _run(corpus.sources[:1], nlp, cache)
    assert stats.analysed == 1 and result == analyse(replace(corpus, sources=corpus.sources[:1]), nlp)


def test_model_never_loaded_when_every_article_is_cached_and_brief_is_reused(tmp_path, monkeypatch):
    import generator.build as build_module

    renders = []
    monkeypatch.setattr(build_module, "render_pages", lambda *a, **k: renders.append(1) or render_pages(*a, **k))
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    hand_written_docs(docs)
    settings = Settings(seeds=SEEDS, docs=docs, templates=ROOT / "templates", cache=cache, quiet=True)
    cold = build(settings)
    assert not cold.brief_cached and cold.analysis.analysed == len(cold.brief.sources) and len(renders) == 1
    warm = build(settings)
    assert warm.brief_cached and warm.analysis.analysed == 0 and warm.written == [] and warm.brief == cold.brief
    assert len(renders) == 1  # nothing changed: the pages come from the cache, not rendered again
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    (templates / "glossary.md.j2").write_text((templates / "glossary.md.j2").read_text() + "\nEdited.\n", encoding="utf-8")
    edited = build(replace(settings, templates=templates))
    assert edited.brief_cached and edited.analysis.analysed == 0 and edited.written == ["glossary.md"] and len(renders) == 2
    shutil.rmtree(cache)  # safe to delete: the next run analyses again and gives the same pages
    again = build(replace(settings, templates=templates))
    assert not again.brief_cached and again.written == [] and again.brief == cold.brief


def test_no_cache_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = build(Settings(seeds=SEEDS, docs=tmp_path / "docs", templates=ROOT / "templates", cache=None, quiet=True))
    assert report.analysis.analysed == len(report.brief.sources)
    assert not (tmp_path / ".cache").exists()


def test_near_duplicates_found_and_mixed_articles_kept(tmp_path):
    paragraphs = [line for line in (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8").splitlines() if line.strip()]
    (tmp_path / "a.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    near = paragraphs[:]
    near[3] = near[3].replace("the", "a", 1)  # one word changed: the same article
    (tmp_path / "b.txt").write_text("\n\n".join(near) + "\n", encoding="utf-8")
    shuffled = paragraphs[:2] + paragraphs[2:][::-1]  # same words, paragraphs in another order: a different text
    (tmp_path / "c.txt").write_text("\n\n".join(shuffled) + "\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("\n\n".join(paragraphs[:2] + paragraphs[2::2]) + "\n", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert sorted(s.file for s in corpus.sources) == ["a.txt", "c.txt", "d.txt"]
    assert [w.file for w in corpus.warnings] == ["b.txt"] and "duplicates a.txt" in corpus.warnings[0].message


def test_quotes_merge_by_rare_words_across_many_sources():
    common = "we will continue to work with everyone who wants this to happen and we will not stop"
    raw = [_Raw(f"s{i}", f"Officials in district {i} said {common} until the {i}th day", None) for i in range(60)]
    raw += [_Raw("x1", "Vesterland should return to the talks soon", None), _Raw("x2", "Vesterland should return to the talks, soon", None)]
    sources = [f"s{i}" for i in range(60)] + ["x1", "x2"]
    quotes = _quotes(_merged(raw), {s: i for i, s in enumerate(sources)})
    table = [q for q in quotes if "talks" in q.text]
    assert len(table) == 1 and table[0].sources == ("x1", "x2")
    assert sum(len(q.sources) for q in quotes) == len(raw)


def test_figures_merge_same_figure_in_similar_sentences(seeds_run):
    _, analysed, _ = seeds_run
    figures, timeline = figures_and_timeline(analysed + analysed)  # every figure now stated twice by each source
    single, _ = figures_and_timeline(analysed)
    assert [(f.text, f.sources) for f in figures] == [(f.text, f.sources) for f in single]
    assert len(timeline) == len(figures_and_timeline(analysed)[1])


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal_outside_ci_and_not_quiet(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    assert wanted(False, _Tty()) and not wanted(True, _Tty()) and not wanted(False, io.StringIO())
    monkeypatch.setenv("CI", "true")
    assert not wanted(False, _Tty())


def test_progress_bar_waits_before_showing():
    out = _Tty()
    with ProgressBar(delay=60, stream=out) as bar:
        for i in range(1, 5):
            bar(i, 10)
    assert out.getvalue() == ""
    with ProgressBar(delay=0, stream=out) as bar:
        bar(1, 10)
        assert bar.bar is not None
    assert bar.bar is None


def test_workers_auto_is_every_core_at_most_four():
    import os

    from generator.config import MAX_AUTO_WORKERS, worker_count

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    assert worker_count("auto") == max(1, min(cores, MAX_AUTO_WORKERS)) and worker_count(3) == 3
    assert Settings(seeds=SEEDS, docs=SEEDS.parent / "docs", templates=ROOT / "templates").workers == "auto"


@pytest.mark.parametrize("value", [0, -1, 10_000, "many", True])
def test_workers_out_of_range_is_an_error(value, tmp_path):
    from generator.contents import NewsbriefError

    with pytest.raises(NewsbriefError, match="--workers"):
        build(Settings(seeds=SEEDS, docs=tmp_path / "docs", templates=ROOT / "templates", workers=value, cache=None))
