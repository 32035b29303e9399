"""``make bench`` (site part): the whole site at two corpus sizes, so growth is visible.

A synthetic corpus of N exemplars is recombined from the cleaned paragraphs of the real
ones (each keeps a title, an opening and body paragraphs from several sources, with
varied years), written as plain .txt files, and built with ``mkdocs build``. Reported:
generation time (clean + analyze + render, in process), build time, search index size,
the median time from typing a query to results shown in Chromium, and the median time of
the matching alone (measured by the search script itself).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from ..corpus import load_corpus
from ..render.pages import site_pages
from .browser import launch, open_search, serve, type_query

QUERIES = ["两个维护", "意识形态", "一岗双责", "舆情", "阵地建设", "理论学习中心组", "第一议题"]


def synthetic_corpus(source: Path, out: Path, count: int, seed: int = 7) -> None:
    """Write ``count`` exemplars recombined from the cleaned lines of ``source``."""
    rng = random.Random(seed)
    docs = [ex.text.splitlines() for ex in load_corpus(source)]
    body = [line for lines in docs for line in lines[2:]]
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        base = docs[i % len(docs)]
        year = 2018 + i % 8
        lines = [f"{year}年第{i + 1}号意识形态工作总结", base[1], *rng.sample(body, 12)]
        (out / f"synthetic_{i:04d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def time_generation(corpus: Path) -> float:
    start = time.perf_counter()
    site_pages(load_corpus(corpus))
    return time.perf_counter() - start


def build(root: Path, corpus: Path, site: Path) -> float:
    env = {**os.environ, "FANWEN_CORPUS": str(corpus), "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    start = time.perf_counter()
    subprocess.run(
        [str(mkdocs), "build", "--quiet", "--site-dir", str(site)],
        cwd=root,
        env=env,
        check=True,
        capture_output=True,
        encoding="utf-8",
    )
    return time.perf_counter() - start


def index_bytes(site: Path) -> int:
    """Bytes of every search index file the built site ships."""
    return sum(p.stat().st_size for p in (site / "search").glob("search_index.*"))


def search_latency_ms(site: Path) -> dict[str, float]:
    """Median ms in Chromium from typing a query to its results shown, and of matching alone."""
    shown, matching = [], []
    with serve(site) as url, sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page()
        page.goto(f"{url}/index.html")
        open_search(page)
        for query in QUERIES:
            start = time.perf_counter()
            type_query(page, query, timeout_ms=30_000)
            page.locator(".md-search-result__item").first.wait_for(timeout=30_000)
            shown.append((time.perf_counter() - start) * 1000)
            matching.append(page.evaluate("window.__fanwenSearch.last.ms"))
        browser.close()
    return {
        "median_search_ms": round(statistics.median(shown), 1),
        "median_match_ms": round(statistics.median(matching), 2),
    }


def measure(root: Path, count: int, work: Path) -> dict[str, float | int | None]:
    corpus, site = work / f"corpus-{count}", work / f"site-{count}"
    synthetic_corpus(root / "corpus", corpus, count)
    return {
        "exemplars": count,
        "generation_seconds": round(time_generation(corpus), 2),
        "mkdocs_build_seconds": round(build(root, corpus, site), 2),
        "search_index_kb": round(index_bytes(site) / 1024, 1),
        "site_mb": round(sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 1e6, 1),
        **search_latency_ms(site),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fanwen.bench_site")
    parser.add_argument("--sizes", type=int, nargs="+", default=[60, 300])
    parser.add_argument("--out", type=Path, default=Path("bench-results/site.json"))
    args = parser.parse_args(argv)
    root = Path.cwd()
    work = Path(tempfile.mkdtemp(prefix="fanwen-bench-"))
    try:
        results = [measure(root, n, work) for n in args.sizes]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    keys = list(results[0])
    print("  ".join(f"{k:>20}" for k in keys))
    for row in results:
        print("  ".join(f"{row[k]!s:>20}" for k in keys))
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
