"""The same tagging as ``kyluat tag``, on a Dask cluster (needs the ``dask`` extra).

* :func:`tag_bag` maps a bag of records (dicts) to tagged records;
* :func:`tag_dataframe` adds the result columns to a dask DataFrame;
* :func:`tag_file_on_cluster` (``kyluat tag --scheduler ADDRESS``) reads a JSONL file
  in blocks on the cluster and writes the tagged records, in input order, to a
  local JSONL file.

Each worker process loads the model once (it is cached per process). Example::

    from dask.distributed import Client
    import dask.bag as db
    from kyluat_nlp.dask import tag_bag

    client = Client("tcp://scheduler:8786")
    records = db.read_text("reports-*.jsonl").map(json.loads)
    tag_bag(records).map(json.dumps).to_textfiles("tagged-*.jsonl")
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from kyluat_nlp.batch import RESULT_FIELDS, Summary, _parse_jsonl, _results, format_of
from kyluat_nlp.taxonomy import Taxonomy


def tag_records(records, text_field: str = "text", taxonomy: Taxonomy | None = None) -> list:
    """Tag an iterable of records (dicts; anything else becomes an error record)."""
    items = [(r, None) if isinstance(r, dict) else ({"_value": r}, "the record is not an object")
             for r in records]
    return _results(items, text_field, taxonomy, 1, 256)


def _tag_lines(lines, text_field: str, taxonomy) -> list:
    raw = (line.encode("utf-8", "surrogateescape") for line in lines)
    return _results(list(_parse_jsonl(raw)), text_field, taxonomy, 1, 256)


def tag_bag(bag, text_field: str = "text", taxonomy: Taxonomy | None = None):
    """A bag of tagged records from a bag of records, partition by partition."""
    return bag.map_partitions(tag_records, text_field, taxonomy)


def tag_dataframe(frame, text_field: str = "text", taxonomy: Taxonomy | None = None):
    """A dask DataFrame with the result columns added (lists and dicts as JSON strings)."""
    import pandas as pd

    def tag_frame(part: pd.DataFrame) -> pd.DataFrame:
        tagged = tag_records(part.to_dict("records"), text_field, taxonomy)
        out = part.copy()
        for key in RESULT_FIELDS:
            values = [r.get(key) for r in tagged]
            out[key] = [json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                        for v in values]
        return out

    meta = frame._meta.assign(**{key: pd.Series(dtype=object) for key in RESULT_FIELDS})
    return frame.map_partitions(tag_frame, meta=meta)


def tag_file_on_cluster(input_path, output_path, scheduler: str, *, text_field: str = "text",
                        taxonomy: Taxonomy | None = None, blocksize: str = "16MiB") -> Summary:
    """``kyluat tag --scheduler``: a JSONL file tagged on the cluster, written in order."""
    import dask.bag as db
    from dask.distributed import Client

    if format_of(input_path) != "jsonl" or format_of(output_path) != "jsonl":
        raise ValueError("with --scheduler, input and output are JSONL files")
    start = time.perf_counter()
    summary = Summary()
    with Client(scheduler) as client:
        lines = db.read_text(str(input_path), blocksize=blocksize, errors="surrogateescape")
        parts = lines.map_partitions(_tag_lines, text_field, taxonomy).to_delayed()
        futures = client.compute(parts)
        with Path(output_path).open("w", encoding="utf-8") as out:
            for future in futures:  # in input order; later parts run meanwhile
                for record in future.result():
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                    summary.add(record)
                future.release()
    summary.seconds = time.perf_counter() - start
    return summary
