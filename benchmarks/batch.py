"""Throughput and memory of ``kyluat tag`` on a large JSONL file.

    python benchmarks/batch.py [--records N] [--jobs J]

Writes N records (articles of ../shared/corpus/vietnews_officials.jsonl, repeated,
with a broken line every 1,000 records) to a temporary file, tags it with
``tag_file`` and prints records/s and the peak memory of the process, which must
not grow with the file (compare two sizes).
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
from pathlib import Path

from kyluat_nlp.batch import tag_file

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/vietnews_officials.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for n in range(args.records):
                handle.write('{"id": "broken' if n % 1000 == 999 else lines[n % len(lines)])
                handle.write("\n")
        size = source.stat().st_size / 1e6
        summary = tag_file(source, out, jobs=args.jobs, show_progress=False)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        assert len(out.read_text(encoding="utf-8").splitlines()) == args.records
        print(f"{args.records:,} records ({size:,.0f} MB), jobs={args.jobs}: {summary}")
        print(f"peak memory of this process: {peak:,.0f} MB "
              f"(worker processes, with --jobs > 1, hold one model each)")
        print(json.dumps(summary.error_kinds))


if __name__ == "__main__":
    main()
