"""Quality of the glossary and the brief on the seeds, scored against tests/gold/seeds.yml (figures printed)."""
from __future__ import annotations

from conftest import GOLD
from quality import load_gold, score_brief, score_glossary


def test_glossary_against_gold(seeds_run, capsys):
    score = score_glossary(seeds_run[2], load_gold(GOLD / "seeds.yml"))
    with capsys.disabled():
        print(f"\n[glossary, seeds] {score.lines()}")
    assert score.recall >= 0.85
    assert score.precision >= 0.75


def test_brief_against_gold(seeds_run, capsys):
    brief = seeds_run[2]
    score = score_brief(brief, load_gold(GOLD / "seeds.yml"))
    with capsys.disabled():
        print(f"\n[brief, seeds] {score.lines()}")
    assert score.cited_share == 1.0
    assert score.words <= 600
    assert score.fact_coverage >= 0.5
