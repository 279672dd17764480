"""Quality of the glossary, the brief and the quotes on the seeds, scored against tests/gold/seeds.yml.

The figures are printed (run with -s to see them in a terminal; they are printed in any case in CI logs)."""
from __future__ import annotations

from conftest import GOLD
from quality import load_gold, score_brief, score_glossary, score_quotes


def test_glossary_against_gold(seeds_run, capsys):
    score = score_glossary(seeds_run[2], load_gold(GOLD / "seeds.yml"))
    with capsys.disabled():
        print(f"\n[glossary, seeds] {score.lines()}")
    assert score.recall >= 0.95
    assert score.precision >= 0.90
    assert score.split == []
    assert score.type_accuracy >= 0.95
    assert score.role_share >= 0.85


def test_brief_against_gold(seeds_run, capsys):
    score = score_brief(seeds_run[2], load_gold(GOLD / "seeds.yml"))
    with capsys.disabled():
        print(f"\n[brief, seeds] {score.lines()}")
    assert score.cited_share == 1.0
    assert score.words <= 600
    assert score.attribution_precision >= 0.95
    assert score.fact_coverage >= 0.85
    assert score.redundant_pairs == []


def test_quotes_against_gold(seeds_run, capsys):
    score = score_quotes(seeds_run[2], load_gold(GOLD / "seeds.yml"))
    with capsys.disabled():
        print(f"\n[quotes, seeds] {score.lines()}")
    assert score.right_speaker >= 0.8 * score.total
