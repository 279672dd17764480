"""Benchmark: the generator on corpora of N real articles, against a bare spaCy pass over the same text.

    .venv/bin/python bench/run.py                    # N = 4, 40, 400
    .venv/bin/python bench/run.py --sizes 2000       # the large run (about half an hour on 2 cores)
    .venv/bin/python bench/run.py --sizes 40 400 --profile   # also time the consolidation functions (cProfile)

Corpora are made at run time, in a temporary folder, from the seed articles and (when present) the real stories
in ../shared/corpus: article i is the real article i for the first round, then a variant of one: its first two
blocks (headline, lede), a deterministic random 55% of its other paragraphs in shuffled order, and three
paragraphs from another article.  No two files are identical or near-identical, so ingest keeps them all.

Every measurement runs in a fresh child process (this script with --child), which reports its stage times and
its peak memory: `resource.getrusage` ru_maxrss of the child itself and of its largest spaCy worker process.
For each N: a bare single-process `nlp.pipe` over the same cleaned paragraphs (the floor); a cold build (empty
cache, 1 process) and `mkdocs build --strict` of its docs; a warm rebuild with nothing changed; a rebuild after
one article changed; a rebuild after a template-only change; a cold build as `newsbrief build` runs by default
(--workers auto: every core, at most four, when the text pays for them).  Results go to
bench/results/ (JSON) and the tables to stdout.  Nothing here asserts a time: the numbers are for reading.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"
RESULTS = Path(__file__).resolve().parent / "results"
CODE = ROOT  # where the children import `generator` from: a snapshot taken at start (see main)
KEEP_SHARE = 0.55
BORROWED = 3


# ----------------------------------------------------------------------------------------- corpora


def real_articles() -> list[tuple[str, list[str]]]:
    """(name, blocks) of every real article: the seeds, then ../shared/corpus/*/*.txt when present."""
    files = sorted(SEEDS.glob("*.txt"))
    if CORPUS.is_dir():
        files += sorted(CORPUS.glob("*/*.txt"))
    out = []
    for path in files:
        text = path.read_bytes().decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
        blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
        if len(blocks) < 4:  # one paragraph a line
            blocks = [line.strip() for line in text.split("\n") if line.strip()]
        out.append((path.name, blocks))
    return out


def make_corpus(n: int, folder: Path, articles: list[tuple[str, list[str]]], seed: int = 8) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        name, blocks = articles[i % len(articles)]
        if i >= len(articles):
            head, body = blocks[:2], blocks[2:]
            keep = rng.sample(body, max(1, round(len(body) * KEEP_SHARE)))
            other = articles[rng.randrange(len(articles))][1][2:]
            keep += rng.sample(other, min(BORROWED, len(other)))
            rng.shuffle(keep)
            blocks = head + keep
        (folder / f"{i:05d}_{Path(name).stem[:24]}.txt").write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


def hand_written_docs(target: Path) -> None:
    """The repository's hand-written pages (those the generator did not write) in a fresh docs folder."""
    manifest = ROOT / "docs" / ".newsbrief-manifest.json"
    generated = set(json.loads(manifest.read_text())["generated"]) if manifest.is_file() else set()
    for path in (ROOT / "docs").rglob("*"):
        rel = path.relative_to(ROOT / "docs").as_posix()
        if path.is_file() and rel not in generated and not rel.startswith("."):
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target / rel)


# ----------------------------------------------------------------------------------------- child runs


def peak_memory() -> dict:
    """ru_maxrss (KB on Linux) of this process and of its largest waited-for child (a spaCy worker)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"peak_mb": round(own / 1024, 1), "worker_peak_mb": round(workers / 1024, 1)}


def child_floor(args) -> dict:
    from generator.analyse import BATCH_SIZE, load_model
    from generator.config import DEFAULT_MODEL
    from generator.ingest import read_corpus

    corpus = read_corpus(args.seeds)
    paragraphs = [p for s in corpus.sources for p in s.paragraphs]
    start = time.perf_counter()
    nlp = load_model(DEFAULT_MODEL)
    loaded = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(paragraphs, batch_size=BATCH_SIZE))
    end = time.perf_counter()
    return {"load": loaded - start, "pipe": end - loaded, "total": end - start, "articles": len(corpus.sources),
            "paragraphs": len(paragraphs), "tokens": tokens}


def child_build(args) -> dict:
    from generator.build import build
    from generator.publish import build_site
    from generator.config import Settings

    workers = int(args.workers) if str(args.workers).isdigit() else args.workers
    settings = Settings(seeds=args.seeds, docs=args.docs, templates=args.templates, workers=workers,
                        cache=args.cache, quiet=True)
    profile = cProfile.Profile() if args.profile else None
    if profile:  # profile the consolidation: spaCy's results come from the cache, the brief must not
        import generator.build

        generator.build.load_brief = lambda *_: None
    start = time.perf_counter()
    if profile:
        profile.enable()
    report = build(settings)
    if profile:
        profile.disable()
    parts = {k.removeprefix("consolidate."): v for k, v in report.timings.items() if k.startswith("consolidate.")}
    stages = {k: v for k, v in report.timings.items() if not k.startswith("consolidate.")}
    result = {"stages": stages, "generator": time.perf_counter() - start, "consolidate_parts": parts,
              "analysed": report.analysis.analysed, "cached": report.analysis.cached, "brief_cached": report.brief_cached,
              "written": len(report.written), "sources": len(report.brief.sources), "entities": len(report.brief.entities),
              "warnings": len(report.warnings)}
    if profile:
        result["profile"] = _consolidation_profile(profile)
    if args.site:
        start = time.perf_counter()
        build_site(ROOT / "mkdocs.yml", args.docs, args.site)
        result["mkdocs"] = time.perf_counter() - start
        result["site"] = site_metrics(args.site)
    return result


def _consolidation_profile(profile: cProfile.Profile, top: int = 25) -> list[dict]:
    """The functions of generator/consolidate with the most time of their own (cProfile tottime)."""
    stats = pstats.Stats(profile)
    rows = []
    for (file, _line, name), (calls, _, tottime, cumtime, _) in stats.stats.items():
        if "/generator/consolidate/" in file:
            rows.append({"function": f"{Path(file).name}::{name}", "calls": calls, "own": tottime, "cumulative": cumtime})
    rows.sort(key=lambda r: -r["own"])
    return rows[:top]


def site_metrics(site: Path) -> dict:
    pages = [p for p in site.rglob("*.html")]
    sizes = [p.stat().st_size for p in pages]
    index = site / "search" / "search_index.json"
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    return {"pages": len(pages), "site_mb": round(total / 2**20, 2), "html_mb": round(sum(sizes) / 2**20, 2),
            "kb_per_page": round(sum(sizes) / max(len(sizes), 1) / 1024, 1),
            "largest_page_kb": round(max(sizes, default=0) / 1024, 1),
            "search_index_mb": round(index.stat().st_size / 2**20, 2) if index.is_file() else None,
            "brief_page_kb": round((site / "index.html").stat().st_size / 1024, 1) if (site / "index.html").is_file() else None}


def run_child(mode: str, **options) -> dict:
    """Run this script as a child process in `mode` and return what it reports (with its wall time)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode]
    for key, value in options.items():
        if value is True:
            cmd.append(f"--{key}")
        elif value is not None and value is not False:
            cmd += [f"--{key}", str(value)]
    env = {**os.environ, "PYTHONPATH": str(CODE), "CI": "true"}
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"bench: child {mode} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall"] = wall
    result["load_average"] = os.getloadavg()[0]  # other work on the machine skews every number: recorded with each
    return result


# ----------------------------------------------------------------------------------------- one size


def bench_size(n: int, articles, work: Path, workers: str, profile: bool, log) -> dict:
    seeds, docs, site, cache = work / f"seeds-{n}", work / f"docs-{n}", work / f"site-{n}", work / f"cache-{n}"
    make_corpus(n, seeds, articles)
    hand_written_docs(docs)
    templates = work / f"templates-{n}"
    shutil.copytree(ROOT / "templates", templates)
    common = {"seeds": seeds, "docs": docs, "templates": templates}
    out: dict = {"n": n}
    log(f"N={n}: floor (bare nlp.pipe)")
    out["floor"] = run_child("floor", seeds=seeds)
    log(f"N={n}: cold build + mkdocs build")
    out["cold"] = run_child("build", **common, cache=cache, site=site, workers=1)
    log(f"N={n}: warm rebuild, nothing changed")
    out["warm"] = run_child("build", **common, cache=cache, workers=1)
    log(f"N={n}: one article changed")
    changed = sorted(seeds.glob("*.txt"))[n // 2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nThe officials said more details would follow.\n", encoding="utf-8")
    out["one_changed"] = run_child("build", **common, cache=cache, workers=1)
    log(f"N={n}: template-only change")
    index = templates / "index.md.j2"
    index.write_text(index.read_text(encoding="utf-8") + "\n<!-- edited by the benchmark -->\n", encoding="utf-8")
    out["template"] = run_child("build", **common, cache=cache, workers=1)
    if workers != "1":
        log(f"N={n}: cold build with --workers {workers}")
        shutil.rmtree(docs)
        hand_written_docs(docs)
        out["workers"] = run_child("build", **common, cache=work / f"cache-{n}-w", workers=workers)
        out["workers"]["n_workers"] = workers
        out["workers"]["processes"] = _processes(workers)
    if profile:
        log(f"N={n}: profile of the consolidation")
        out["profile"] = run_child("build", **common, cache=cache, workers=1, profile=True)["profile"]
    for path in (seeds, docs, site, cache, templates, work / f"cache-{n}-w"):
        shutil.rmtree(path, ignore_errors=True)
    return out


def _processes(workers: str) -> int:
    """How many processes `--workers` gives on this machine (auto: every core, at most the generator's cap)."""
    from generator.config import worker_count

    return worker_count(int(workers) if workers.isdigit() else workers)


def machine() -> dict:
    import spacy

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(memory, 1), "python": platform.python_version(),
            "spacy": spacy.__version__, "platform": platform.platform()}


# ----------------------------------------------------------------------------------------- tables


def table(results: list[dict]) -> str:
    rows = [("N", "articles", "tokens", "floor s", "ingest", "analyse", "consolidate", "render+write", "generator s",
             "x floor", "workers s", "x floor", "peak MB", "warm s", "warm %", "1 changed s (analysed)",
             "template s (analysed)", "mkdocs s", "pages", "site MB", "KB/page", "brief page KB", "search MB")]
    for r in results:
        floor, cold, warm = r["floor"], r["cold"], r["warm"]
        s = cold["stages"]
        w = r.get("workers")
        rows.append((
            r["n"], floor["articles"], floor["tokens"], f"{floor['total']:.1f}", f"{s.get('ingest', 0):.1f}",
            f"{s.get('analyse', 0):.1f}", f"{s.get('consolidate', 0):.1f}", f"{s.get('render', 0) + s.get('write', 0):.1f}",
            f"{cold['generator']:.1f}", f"{cold['generator'] / floor['total']:.2f}",
            f"{w['generator']:.1f}" if w else "-", f"{w['generator'] / floor['total']:.2f}" if w else "-",
            f"{cold['peak_mb']:.0f}" + (f" / {w['peak_mb']:.0f}+{w['worker_peak_mb']:.0f}" if w else ""),
            f"{warm['generator']:.2f}", f"{100 * warm['generator'] / cold['generator']:.1f}",
            f"{r['one_changed']['generator']:.1f} ({r['one_changed']['analysed']})",
            f"{r['template']['generator']:.2f} ({r['template']['analysed']}{', brief cached' if r['template']['brief_cached'] else ''})",
            f"{cold.get('mkdocs', 0):.1f}", cold["site"]["pages"], cold["site"]["site_mb"], cold["site"]["kb_per_page"],
            cold["site"].get("brief_page_kb"), cold["site"]["search_index_mb"],
        ))
    return markdown(rows)


def parts_table(results: list[dict]) -> str:
    names = sorted({k for r in results for k in r["cold"]["consolidate_parts"]})
    rows = [("consolidation part (s)", *[f"N={r['n']}" for r in results])]
    for name in names:
        rows.append((name, *[f"{r['cold']['consolidate_parts'].get(name, 0):.2f}" for r in results]))
    return markdown(rows)


def profile_table(results: list[dict]) -> str:
    profiled = [r for r in results if "profile" in r]
    if not profiled:
        return ""
    own = {r["n"]: {p["function"]: p for p in r["profile"]} for r in profiled}
    names = sorted({f for r in own.values() for f in r}, key=lambda f: -max(r.get(f, {}).get("own", 0) for r in own.values()))
    rows = [("function (own time s, calls)", *[f"N={n}" for n in own])]
    for name in names[:20]:
        rows.append((name, *[f"{own[n][name]['own']:.2f} ({own[n][name]['calls']})" if name in own[n] else "-" for n in own]))
    return markdown(rows)


def markdown(rows) -> str:
    lines = ["| " + " | ".join(str(c) for c in rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows[1:]]
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[4, 40, 400], help="corpus sizes (default: 4 40 400; add 2000 for the large run)")
    p.add_argument("--workers", default="auto", help="--workers of the extra cold build (default: auto, the generator's own default; 1 skips it)")
    p.add_argument("--profile", action="store_true", help="also profile the consolidation functions (cProfile, an extra run per N)")
    p.add_argument("--out", type=Path, default=RESULTS, help="folder for the JSON results (default: bench/results)")
    p.add_argument("--child", help=argparse.SUPPRESS)
    for name in ("seeds", "docs", "templates", "cache", "site"):
        p.add_argument(f"--{name}", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        sys.path.insert(0, os.environ.get("PYTHONPATH", str(ROOT)).split(os.pathsep)[0])
        result = child_floor(args) if args.child == "floor" else child_build(args)
        result.update(peak_memory())
        print(json.dumps(result))
        return 0

    def log(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    articles = real_articles()
    log(f"{len(articles)} real articles ({'seeds and ../shared/corpus' if CORPUS.is_dir() else 'seeds only'})")
    results = []
    global CODE
    load = [os.getloadavg()]
    with tempfile.TemporaryDirectory(prefix="newsbrief-bench-") as tmp:
        # a snapshot of the generator: every run of this benchmark measures the same code (and the brief cache,
        # keyed by the code, is not invalidated by someone editing the checkout meanwhile)
        CODE = Path(tmp) / "code"
        shutil.copytree(ROOT / "generator", CODE / "generator", ignore=shutil.ignore_patterns("__pycache__"))
        for n in args.sizes:
            results.append(bench_size(n, articles, Path(tmp), args.workers, args.profile, log))
    load.append(os.getloadavg())
    report = {"machine": machine(), "when": time.strftime("%Y-%m-%d %H:%M:%S"), "real_articles": len(articles),
              "load_average_start_end": load, "results": results}
    args.out.mkdir(parents=True, exist_ok=True)
    name = args.out / f"bench-{'-'.join(map(str, args.sizes))}.json"
    name.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report["machine"]), "load average (1 min) at start and end:", load[0][0], load[-1][0])
    print(table(results))
    print()
    print(parts_table(results))
    if args.profile:
        print()
        print(profile_table(results))
    log(f"results in {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
