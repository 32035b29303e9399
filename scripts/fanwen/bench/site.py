"""``make bench`` (site part): the whole site at growing corpus sizes, so growth is visible.

A synthetic corpus of N exemplars whose blocks are all distinct text (fanwen.bench.synthetic)
is built with ``mkdocs build``. For each size: generation time (clean + analyze + render, in
process) and its share of the build, build time (wall and CPU), site bytes, files, the largest
HTML page, and in Chromium, for queries from rare to everywhere: the bytes a cold browser
transfers to open the home page and run that first search, and the time from typing to
results; then a 5,000-character draft checked on check.html (first check, with its index
pieces, and a re-check). Ratios between consecutive sizes are printed at the end.

``make bench`` runs 100 and 1,000 exemplars; ``make bench-large`` 1,000 and 10,000.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from ..corpus import load_corpus
from ..render.pages import site_pages
from .browser import launch, open_search, serve, type_query
from .synthetic import write_corpus

# Rare (a unit's name: a few exemplars) to everywhere; 网格化 is in no synthetic exemplar.
QUERIES = ["长宁街道", "网格化", "舆情", "两个维护", "理论学习中心组", "意识形态"]
DRAFT_CHARS = 5000


def time_generation(corpus: Path) -> float:
    start = time.perf_counter()
    site_pages(load_corpus(corpus))
    return time.perf_counter() - start


def build(root: Path, corpus: Path, site: Path) -> tuple[float, float]:
    """``mkdocs build`` of ``corpus`` into ``site``: (wall seconds, CPU seconds)."""
    env = {**os.environ, "FANWEN_CORPUS": str(corpus), "NO_MKDOCS_2_WARNING": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)],
        cwd=root,
        env=env,
        check=True,
        capture_output=True,
        encoding="utf-8",
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def site_figures(site: Path) -> dict[str, object]:
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    return {
        "site_mb": round(sum(p.stat().st_size for p in files) / 1e6, 1),
        "files": len(files),
        "largest_html_kb": round(largest.stat().st_size / 1000, 1),
        "largest_html": largest.relative_to(site).as_posix(),
    }


def first_search(browser: Browser, url: str, sent: list, query: str) -> tuple[int, float]:
    """A cold browser opens the home page and searches ``query``: (bytes, ms to results)."""
    context = browser.new_context()
    page = context.new_page()
    sent.clear()
    page.goto(f"{url}/index.html")
    open_search(page)
    seconds = type_query(page, query, timeout_ms=60_000)
    page.wait_for_load_state("networkidle")
    transferred = sum(size for _, size in sent)
    context.close()
    return transferred, seconds * 1000


def warm_searches(browser: Browser, url: str) -> list[float]:
    """Each query typed in turn into one open page: ms from typing to results shown."""
    page = browser.new_page()
    page.goto(f"{url}/index.html")
    open_search(page)
    times = [type_query(page, q, timeout_ms=60_000) * 1000 for q in QUERIES]
    page.close()
    return times


def draft_text(corpus: Path) -> str:
    """About DRAFT_CHARS characters: paragraphs of three exemplars and a line of one's own."""
    lines: list[str] = []
    for path in sorted(corpus.glob("*.txt"))[:12:4]:
        lines += path.read_text(encoding="utf-8").splitlines()[1:]
    text = "\n".join(["本单位意识形态工作总结", *lines])
    return text[:DRAFT_CHARS]


def _click_check(page) -> float:
    """ms from pressing 检查 to the results shown."""
    start = time.perf_counter()
    page.click('[data-act="check"]')
    page.wait_for_selector(".fw-check-done", timeout=120_000)
    return (time.perf_counter() - start) * 1000


SHARE = re.compile(r"约占全文的 (\d+)%")


def check_draft(browser: Browser, url: str, draft: str, sent: list) -> dict[str, object]:
    """A 5,000-character draft on check.html: 检查 pressed at once after pasting (its index
    pieces read then: ms, and the bytes and requests of the search/ pieces read), pressed a
    second after pasting (read while the writer looks), and a re-check after an edit (the
    check alone, as measured by the page), ms; with the copying check's share and runs."""
    page = browser.new_page()
    page.goto(f"{url}/check.html")
    page.wait_for_load_state("networkidle")
    sent.clear()
    page.fill("[data-input]", draft)
    cold = _click_check(page)
    pieces = [(path, size) for path, size in sent if "/search/" in path]
    summary = page.inner_text("[data-groups]")
    runs = page.locator(".fw-check-source").count()
    page.close()
    page = browser.new_page()
    page.goto(f"{url}/check.html")
    page.evaluate("localStorage.clear()")
    page.fill("[data-input]", draft)
    page.wait_for_timeout(1000)
    page.wait_for_load_state("networkidle")
    pasted = _click_check(page)
    page.evaluate("performance.clearMeasures('fanwen-check')")
    page.fill("[data-input]", draft + "\n另起一行。")
    page.wait_for_function(
        "performance.getEntriesByName('fanwen-check').length > 0", timeout=60_000
    )
    again = page.evaluate("performance.getEntriesByName('fanwen-check')[0].duration")
    page.close()
    share = SHARE.search(summary)
    return {
        "check_cold_ms": round(cold),
        "check_read_kb": round(sum(size for _, size in pieces) / 1000),
        "check_read_pieces": len(pieces),
        "check_copy_share_percent": int(share[1]) if share else 0,
        "check_copy_runs": runs,
        "check_after_paste_ms": round(pasted),
        "check_again_ms": round(again),
    }


def browser_figures(site: Path, corpus: Path) -> dict[str, object]:
    sent: list[tuple[str, int]] = []
    with serve(site, sent) as url, sync_playwright() as p:
        browser = launch(p)
        cold = {q: first_search(browser, url, sent, q) for q in QUERIES}
        warm = warm_searches(browser, url)
        checked = check_draft(browser, url, draft_text(corpus), sent)
        browser.close()
    return {
        "first_search_kb": {q: round(b / 1000) for q, (b, _) in cold.items()},
        "first_search_kb_max": round(max(b for b, _ in cold.values()) / 1000),
        "first_search_ms": {q: round(ms) for q, (_, ms) in cold.items()},
        "typing_to_results_ms": {q: round(ms) for q, ms in zip(QUERIES, warm, strict=True)},
        "typing_to_results_median_ms": round(statistics.median(warm)),
        **checked,
    }


def measure(root: Path, count: int, work: Path) -> dict[str, object]:
    corpus, site = work / f"corpus-{count}", work / f"site-{count}"
    write_corpus(root / "corpus", corpus, count)
    generation = time_generation(corpus)
    wall, cpu = build(root, corpus, site)
    row: dict[str, object] = {
        "exemplars": count,
        "build_s": round(wall, 1),
        "build_cpu_s": round(cpu, 1),
        "ms_per_exemplar": round(wall / count * 1000, 1),
        "generation_s": round(generation, 1),
        "generation_share": round(generation / wall, 2),
        **site_figures(site),
        **browser_figures(site, corpus),
    }
    shutil.rmtree(site, ignore_errors=True)
    shutil.rmtree(corpus, ignore_errors=True)
    return row


RATIOS = ["build_s", "build_cpu_s", "site_mb", "largest_html_kb", "first_search_kb_max"]
RATIOS += ["typing_to_results_median_ms", "check_cold_ms", "check_after_paste_ms"]
RATIOS += ["check_again_ms", "check_read_kb"]


def report(results: list[dict[str, object]]) -> str:
    lines = []
    for row in results:
        lines.append(f"— {row['exemplars']} exemplars")
        lines += [f"  {k}: {v}" for k, v in row.items() if k != "exemplars"]
    for small, big in itertools.pairwise(results):
        times = big["exemplars"] / small["exemplars"]  # type: ignore[operator]
        parts = [f"{k} ×{big[k] / small[k]:.1f}" for k in RATIOS if small[k]]  # type: ignore[operator]
        lines.append(f"{small['exemplars']} → {big['exemplars']} (×{times:g}): " + ", ".join(parts))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fanwen.bench.site")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--out", type=Path, default=Path("bench-results/site.json"))
    args = parser.parse_args(argv)
    root = Path.cwd()
    work = Path(tempfile.mkdtemp(prefix="fanwen-bench-"))
    try:
        results = [measure(root, n, work) for n in args.sizes]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(report(results))
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
