"""`make quality`: the quality table of every story with a gold file, tune and check means side by side.

    .venv/bin/python tests/quality_table.py                 # the table (all stories)
    .venv/bin/python tests/quality_table.py --details       # and, for tune stories only, what was missed
    .venv/bin/python tests/quality_table.py camp-fire-2018  # some stories

Check stories (tests/gold/split.yml) are only ever shown as numbers: tune on the tune set, measure on the check
set.  spaCy's results are cached in .cache/newsbrief (as for builds), so a rerun after a change to consolidate
takes seconds."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from generator.analyse import DocCache, analyse_stream, load_model  # noqa: E402
from generator.config import DEFAULT_MODEL  # noqa: E402
from generator.consolidate import consolidate  # noqa: E402
from generator.ingest import read_corpus  # noqa: E402
from quality import METRICS, below_floors, load_gold, load_split, story_quality, table  # noqa: E402

import yaml  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = HERE / "gold"
SPLIT = GOLD / "split.yml"
FLOORS = HERE / "quality_floors.yml"


def story_folder(story: str) -> Path:
    return ROOT / "seeds" if story == "seeds" else CORPUS / story


def gold_file(story: str) -> Path:
    return GOLD / "seeds.yml" if story == "seeds" else GOLD / "corpus" / f"{story}.yml"


def raw_texts(folder: Path) -> dict[str, str]:
    return {p.name: p.read_bytes().decode("utf-8", errors="replace") for p in sorted(folder.iterdir()) if p.is_file()}


def load_floors(path: Path = FLOORS) -> dict[str, dict[str, float]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["floors"]


def measure(stories: list[str], nlp=None, cache: Path | None = ROOT / ".cache" / "newsbrief"):
    """StoryQuality for each story present (articles and gold)."""
    rows = []
    holder = [nlp] if nlp is not None else []

    def get_nlp():
        if not holder:
            holder.append(load_model(DEFAULT_MODEL))
        return holder[0]

    for story in stories:
        folder, gold = story_folder(story), gold_file(story)
        if not folder.is_dir() or not gold.is_file():
            continue
        corpus = read_corpus(folder)
        docs = DocCache(cache, DEFAULT_MODEL) if cache is not None else None
        analysed = tuple(analyse_stream(corpus.sources, get_nlp, 1, docs))
        brief = consolidate(analysed, corpus.warnings)
        rows.append(story_quality(story, brief, load_gold(gold), raw_texts(folder)))
    return rows


def current_floors(rows) -> str:
    """Today's mean and worst story per metric, rounded the safe way (down where higher is better)."""
    import math

    lines = ["floors:"]
    for name, (higher, _) in METRICS.items():
        values = [r.values[name] for r in rows]
        mean_value, worst = sum(values) / len(values), (min(values) if higher else max(values))
        if higher:
            m, w = math.floor(mean_value * 100) / 100, math.floor(worst * 100) / 100
        else:
            m, w = math.ceil(mean_value * 100) / 100, math.ceil(worst * 100) / 100
        lines.append(f"  {name}: {{mean: {m:g}, worst: {w:g}}}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", nargs="*", help="stories to score (default: all in tests/gold/split.yml)")
    parser.add_argument("--details", action="store_true", help="print what was missed, for tune stories only")
    parser.add_argument("--current-floors", action="store_true",
                        help="print today's figures in the floors file's format (to raise the floors: a commit that lowers one says why)")
    args = parser.parse_args(argv)
    split = load_split(SPLIT)
    stories = args.stories or split["tune"] + split["check"]
    unknown = [s for s in stories if s not in split["tune"] + split["check"]]
    if unknown:
        parser.error(f"not in {SPLIT.name}: {', '.join(unknown)}")
    rows = measure(stories)
    if args.details:
        for row in rows:
            if row.story in split["tune"]:
                print(row.details, end="\n\n")
    print(table(rows, split))
    if args.current_floors:
        print(current_floors(rows))
    if not args.stories:
        failures = below_floors(rows, load_floors())
        print("\nfloors (tests/quality_floors.yml): " + ("all met" if not failures else "NOT MET\n  " + "\n  ".join(failures)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
