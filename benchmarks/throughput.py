"""Throughput of kyluat_nlp.segment() beside plain underthesea.word_tokenize, and scaling.

    python benchmarks/throughput.py [--articles N]

1. Characters per second on articles of ../shared/corpus/vietnews_officials.jsonl:
   underthesea.word_tokenize on each article (the baseline) and segment() on the
   same texts; the overhead is segment's extra time as a share of the baseline's.
2. Time of segment() for 100 KB and 1 MB of text (articles joined): the ratio
   shows whether time grows linearly with length (ratio ≈ 10).
"""

from __future__ import annotations

import argparse
import json
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
    results = {}
    for label, size in sizes.items():
        sample = (joined * (size // len(joined) + 1))[:size]
        results[label] = best_of(1, segment, [sample])
        print(f"  segment() on {label:6}: {results[label]:7.2f} s")
    print(f"  ratio 1 MB / 100 KB: {results['1 MB'] / results['100 KB']:.1f} (linear: 10)")


if __name__ == "__main__":
    main()
