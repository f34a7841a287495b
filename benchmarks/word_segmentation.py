"""Word segmentation F1 on the VLSP 2013 test gold: kyluat_nlp.segment() beside underthesea.

    python benchmarks/word_segmentation.py [--gold PATH]

Prints word-level precision/recall/F1 (a word counts when both its boundaries
match, whitespace ignored) for:
  * underthesea.word_tokenize on the raw gold text (the baseline),
  * kyluat_nlp.segment() on the same text (ours),
  * underthesea.word_tokenize on the text in each tone-mark style, which is how the
    internal form was chosen (canonical "hòa/thủy" vs old "hoà/thuỷ").
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from underthesea import word_tokenize

from kyluat_nlp import segment
from kyluat_nlp.normalization import normalize, set_tone_style

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_GOLD = SHARED / "eval/word_segmentation/vlsp2013_test_gold.txt"


def boundaries(words: list[str]) -> set[tuple[int, int]]:
    spans, pos = set(), 0
    for word in words:
        size = len("".join(word.replace("_", " ").split()))
        spans.add((pos, pos + size))
        pos += size
    return spans


def score(gold: list[list[str]], predicted: list[list[str]]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for g, p in zip(gold, predicted):
        gs, ps = boundaries(g), boundaries(p)
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return precision, recall, 2 * precision * recall / (precision + recall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    args = parser.parse_args()
    lines = args.gold.read_text(encoding="utf-8").splitlines()
    gold = [line.split() for line in lines if line.strip()]
    raw = [" ".join(w.replace("_", " ") for w in words) for words in gold]
    systems = {
        "underthesea.word_tokenize (baseline)": lambda t: word_tokenize(t),
        "kyluat_nlp.segment (ours)": lambda t: [tok.text for tok in segment(t).tokens],
        "word_tokenize on canonical hòa/thủy text": lambda t: word_tokenize(normalize(t).text),
        "word_tokenize on old-style hoà/thuỷ text": lambda t: word_tokenize(
            set_tone_style(normalize(t).text, "old")
        ),
    }
    print(f"VLSP 2013 word segmentation test: {len(gold)} sentences")
    print(f"{'system':45} {'P':>7} {'R':>7} {'F1':>7} {'seconds':>8}")
    for name, run in systems.items():
        start = time.perf_counter()
        predicted = [run(t) for t in raw]
        elapsed = time.perf_counter() - start
        p, r, f = score(gold, predicted)
        print(f"{name:45} {p:7.4f} {r:7.4f} {f:7.4f} {elapsed:8.1f}")


if __name__ == "__main__":
    main()
