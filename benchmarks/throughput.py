"""Throughput of kyluat_nlp.segment() beside plain underthesea.word_tokenize, and scaling.

    python benchmarks/throughput.py [--articles N]

1. Characters per second on articles of ../shared/corpus/vietnews_officials.jsonl:
   underthesea.word_tokenize on each article (the baseline) and segment() on the
   same texts; the overhead is segment's extra time as a share of the baseline's.
2. Time of segment() for 100 KB, 1 MB and (with --ten-mb) 10 MB of text (articles
   joined): the ratios show whether time grows linearly with length (≈ 10 each step).
   Peak memory of the process is printed at the end.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from underthesea import word_tokenize

from kyluat_nlp import segment

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/vietnews_officials.jsonl"


def timed(func, texts) -> float:
    start = time.perf_counter()
    for text in texts:
        func(text)
    return time.perf_counter() - start


def best_of(runs: int, func, texts) -> float:
    return min(timed(func, texts) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="best of N runs")
    parser.add_argument("--ten-mb", action="store_true", help="also time 10 MB (about 80 s)")
    args = parser.parse_args()
    with CORPUS.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle][: args.articles]
    chars = sum(map(len, texts))
    word_tokenize("khởi động")
    segment("Khởi động.")
    base = best_of(args.runs, word_tokenize, texts)
    ours = best_of(args.runs, segment, texts)
    print(f"{len(texts)} articles, {chars:,} characters (best of {args.runs} runs)")
    print(f"  underthesea.word_tokenize  {chars / base:12,.0f} chars/s  {base:7.2f} s")
    print(f"  kyluat_nlp.segment         {chars / ours:12,.0f} chars/s  {ours:7.2f} s")
    print(f"  overhead of segment(): {100 * (ours - base) / base:+.1f}% (target: at most +25%)")

    joined = "\n".join(texts)
    sizes = {"100 KB": 100_000, "1 MB": 1_000_000}
    if args.ten_mb:
        sizes["10 MB"] = 10_000_000
    previous = None
    for label, size in sizes.items():
        sample = (joined * (size // len(joined) + 1))[:size]
        seconds = best_of(1, segment, [sample])
        ratio = f"  x{seconds / previous:.1f} for x10 the text" if previous else ""
        print(f"  segment() on {label:6}: {seconds:7.2f} s{ratio}")
        previous = seconds
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory of this process: {peak:,.0f} MB")

if __name__ == "__main__":
    main()
