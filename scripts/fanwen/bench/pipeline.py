"""``make bench``: speed and memory of the pipeline on a replicated corpus.

Speed goals live here, never in unit tests. The corpus is replicated to at least
500 documents, each copy made different the way real pages differ (encoding, line
breaks, noise around and inside the report), and decoded plus cleaned end to end.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from ..analyze.analysis import analyze_text
from ..analyze.snippets import default_library
from ..clean.pipeline import fix_and_explain
from ..intake.decode import decode_bytes

NOISE_TOP = "首页 > 范文大全 > 工作总结\n发布时间：2023-12-15 来源：网友投稿 点击：2356次\n"
NOISE_INLINE = "笔杆儿网www.bgzjy.cn"
NOISE_END = "\n相关推荐\n意识形态工作总结2023\n微信扫码领取福利\n221381\n"


def variants(raw: bytes, k: int) -> bytes:
    """The k-th variant of one raw exemplar: a different encoding, layout and noise mix."""
    text = decode_bytes(raw, "bench").text
    if k % 2:
        text = NOISE_TOP + text.replace("。\n", f"。{NOISE_INLINE}\n") + NOISE_END
    if k % 3 == 1:
        text = text.replace("\n", "\r\n")
    if k % 5 == 2:
        text = text.replace("，", ",").replace("“", '"').replace("”", '"')
    encoding = ("utf-8", "gb18030", "utf-8-sig", "utf-16")[k % 4]
    return text.encode(encoding, errors="replace")


def replicate(corpus: Path, count: int) -> list[bytes]:
    raws = [p.read_bytes() for p in sorted(corpus.glob("*.txt"))]
    if not raws:
        raise SystemExit(f"bench: no .txt files in {corpus}")
    return [variants(raws[i % len(raws)], i // len(raws)) for i in range(count)]


def _cleaned(docs: list[bytes]) -> Iterator[tuple[float, str]]:
    """For each document: the seconds it took to decode and clean, and the cleaned text."""
    for data in docs:
        t0 = time.perf_counter()
        text = fix_and_explain(decode_bytes(data, "bench").text).text
        yield time.perf_counter() - t0, text


def _per_doc(timings: list[float]) -> dict[str, float]:
    """Median and 95th percentile of per-document times, in milliseconds."""
    return {
        "median_ms_per_doc": round(statistics.median(timings) * 1000, 2),
        "p95_ms_per_doc": round(sorted(timings)[int(len(timings) * 0.95)] * 1000, 2),
    }


def bench_clean(docs: list[bytes]) -> tuple[dict[str, float], list[str]]:
    """Time one pass, then measure memory in a second pass (tracing slows Python down).

    Returns the figures and the cleaned texts, which the analysis bench starts from.
    """
    start = time.perf_counter()
    timings, texts = map(list, zip(*_cleaned(docs), strict=True))
    total = time.perf_counter() - start
    tracemalloc.start()
    for _ in _cleaned(docs[:50]):  # texts are not kept: the peak is the cleaning's own
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    megabytes = sum(len(d) for d in docs) / 1e6
    figures = {
        "documents": len(docs),
        "input_mb": round(megabytes, 2),
        "seconds": round(total, 2),
        "docs_per_second": round(len(docs) / total, 1),
        "mb_per_second": round(megabytes / total, 3),
        **_per_doc(timings),
        "peak_traced_mb_per_50_docs": round(peak / 1e6, 1),
    }
    return figures, texts


def bench_analyze(texts: list[str]) -> dict[str, float]:
    """Analysis time per document, on cleaned texts (cleaning is timed apart)."""
    library = default_library()
    timings = []
    for text in texts:
        t0 = time.perf_counter()
        analyze_text(text, library)
        timings.append(time.perf_counter() - t0)
    return {
        "documents": len(texts),
        "seconds": round(sum(timings), 2),
        **_per_doc(timings),
        "max_ms_per_doc": round(max(timings) * 1000, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fanwen.bench.pipeline")
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--documents", type=int, default=500)
    parser.add_argument("--out", type=Path, default=Path("bench-results/pipeline.json"))
    args = parser.parse_args(argv)
    docs = replicate(args.corpus, max(args.documents, 1))
    cleaning, texts = bench_clean(docs)
    result = {"clean": cleaning, "analyze": bench_analyze(texts)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    for stage, figures in result.items():
        print(f"[{stage}]")
        for key, value in figures.items():
            print(f"  {key:<20} {value}")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
