"""Speed and memory of the incident classifier.

    python benchmarks/classify.py

Prints, beside the targets of the issue:
* classify() latency on 2 KB reports after warm-up (p50, p99; target p50 <= 5 ms, p99 <= 20 ms);
* classify_many() throughput on ../shared/corpus/vietnews_officials.jsonl with n_jobs=1
  and 2 (target >= 500 reports a second on this 2-core machine);
* the model file's size, its load time, and the peak memory of a process that
  loads the model and classifies (measured in a fresh process).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from kyluat_nlp.classifier.classify import classify, classify_many
from kyluat_nlp.classifier.store import shipped_model_path

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/vietnews_officials.jsonl"

# Peak memory is the process's own high-water mark (VmHWM): on Linux ru_maxrss can
# carry over the parent's peak into a child started after it grew.
_PROCESS = """
import time
t = time.perf_counter()
from kyluat_nlp.classifier.store import load_model
load_model()
loaded = time.perf_counter() - t
from kyluat_nlp.classifier.classify import classify
classify("Cán bộ xã bỏ trụ sở đi nhậu buổi trưa.")
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
print(loaded, peak / 1024)
"""


def main() -> None:
    with CORPUS.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    reports = [t[:2000] for t in texts if len(t) >= 2000][:1000]
    for text in reports[:20]:
        classify(text)
    latencies = []
    for text in reports:
        start = time.perf_counter()
        classify(text)
        latencies.append(1000 * (time.perf_counter() - start))
    p50, p99 = np.percentile(latencies, [50, 99])
    print(f"classify() on {len(reports)} reports of 2 KB (ms): p50 {p50:.2f} (target <= 5), "
          f"p99 {p99:.2f} (target <= 20)")

    chars = sum(map(len, texts))
    for jobs in (1, 2):
        classify_many(texts[:300], n_jobs=jobs)  # warm-up, starts the workers
        start = time.perf_counter()
        classify_many(texts, n_jobs=jobs)
        seconds = time.perf_counter() - start
        print(f"classify_many(n_jobs={jobs}) on {len(texts)} articles "
              f"(avg {chars / len(texts):,.0f} chars): {len(texts) / seconds:,.0f} reports/s "
              f"(target >= 500)")

    path = shipped_model_path()
    out = subprocess.run([sys.executable, "-c", _PROCESS], capture_output=True, text=True,
                         check=True).stdout.split()
    print(f"model file {path.name}: {path.stat().st_size / 1e6:.1f} MB; load time "
          f"{float(out[0]):.2f} s; peak memory of a classifying process {float(out[1]):,.0f} MB")


if __name__ == "__main__":
    main()
