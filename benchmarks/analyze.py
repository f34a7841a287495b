"""Speed of analyze() beside segment() on the same texts.

    python benchmarks/analyze.py [--articles N]

Characters per second of segment() and of analyze() (segmentation plus actors,
obligations, findings and violation mentions) on articles of
../shared/corpus/vietnews_officials.jsonl and on the project's directives; the
extraction's own cost is analyze's extra time (target: no more than segmentation).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from kyluat_nlp import analyze, segment

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/corpus/vietnews_officials.jsonl"


def timed(func, texts) -> float:
    start = time.perf_counter()
    for text in texts:
        func(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    with CORPUS.open(encoding="utf-8") as handle:
        news = [json.loads(line)["text"] for line in handle][: args.articles]
    directives = [p.read_text(encoding="utf-8") for p in (ROOT / "corpus/directives").glob("*.txt")]
    analyze("Khởi động: cán bộ phải đi làm đúng giờ.")
    for name, texts in (("news articles", news), ("directives", directives * 10)):
        chars = sum(map(len, texts))
        seg = timed(segment, texts)
        ana = timed(analyze, texts)
        print(f"{name}: {len(texts)} texts, {chars:,} chars")
        print(f"  segment()  {chars / seg:10,.0f} chars/s")
        print(f"  analyze()  {chars / ana:10,.0f} chars/s   extraction costs "
              f"{100 * (ana - seg) / seg:.0f}% of segmentation (target: at most 100%)")


if __name__ == "__main__":
    main()
