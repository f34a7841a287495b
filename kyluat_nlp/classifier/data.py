"""The labelled corpus for the incident classifier, with its fixed splits.

Sources:
* ``corpus/labels/vietnews_labels.jsonl``: ids, splits and labels of real news articles
  whose texts are read from ``../shared/corpus/vietnews_officials.jsonl``;
* ``corpus/reports/synthetic_reports.jsonl``: short reports written by this project
  (inspection findings, complaints, press items, informal messages without diacritics);
  their split is fixed by a hash of the id;
* ``../shared/eval/incidents_reference.jsonl``: 61 adjudicated real articles, used only
  as an extra evaluation set ("reference").
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kyluat_nlp.paths import corpus_dir, shared_dir


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    labels: tuple[str, ...]
    split: str  # train, dev, test or reference
    source: str  # vietnews, synthetic or reference
    register: str = "press"


def _read_jsonl(path: Path) -> Iterable[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def hash_split(key: str) -> str:
    """train/dev/test as 60/20/20 by a hash of ``key`` (stable across runs and machines)."""
    bucket = int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 10
    return "train" if bucket < 6 else "dev" if bucket < 8 else "test"


def load_examples(corpus: Path | None = None, shared: Path | None = None) -> list[Example]:
    """Every labelled example, real and written, in a fixed order."""
    corpus = corpus or corpus_dir()
    shared = shared or shared_dir()
    articles_path = shared / "corpus" / "vietnews_officials.jsonl"
    if not articles_path.exists():
        raise FileNotFoundError(f"the shared news corpus is missing: {articles_path}")
    texts = {row["id"]: row["text"] for row in _read_jsonl(articles_path)}
    examples = [
        Example(row["id"], texts[row["id"]], tuple(row["labels"]), row["split"], "vietnews")
        for row in _read_jsonl(corpus / "labels" / "vietnews_labels.jsonl")
    ]
    examples += [
        Example(
            row["id"], row["text"], tuple(row["labels"]), hash_split(row["id"]), "synthetic",
            row["register"],
        )
        for row in _read_jsonl(corpus / "reports" / "synthetic_reports.jsonl")
    ]
    examples += [
        Example(row["id"], row["text"], tuple(row["labels"]), "reference", "reference")
        for row in _read_jsonl(shared / "eval" / "incidents_reference.jsonl")
    ]
    return examples


def data_hash(examples: Iterable[Example]) -> str:
    """sha256 over ids, splits, labels and texts: the identity of a training set."""
    digest = hashlib.sha256()
    for ex in examples:
        digest.update(json.dumps([ex.id, ex.split, ex.labels, ex.text]).encode("utf-8"))
    return digest.hexdigest()
