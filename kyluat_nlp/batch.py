"""Batch tagging of JSONL or CSV files: one output record per input record, in order.

``tag_file`` streams: it reads, classifies and writes ``batch_size`` records at a
time, so memory stays flat whatever the file size. Every input record gives one
output record with all its fields plus ``labels``, ``scores``, ``evidence``,
``model_version`` and ``flags``; a record that cannot be classified (a broken
JSON line, bytes that are not UTF-8, a missing, non-string or empty text field)
gets an ``error`` field instead, so no record is ever dropped. ``resume=True``
continues an interrupted run after the last complete output record.

>>> import io, json
>>> out = io.StringIO()
>>> lines = ['{"id": 1, "text": "Cán bộ xã đi muộn, về sớm."}', '{"id": 2', '{"id": 3, "text": ""}']
>>> summary = tag_stream(iter(l.encode() for l in lines), out, "jsonl", "jsonl")
>>> for line in out.getvalue().splitlines():
...     record = json.loads(line)
...     print(record.get("labels"), record.get("error"))
['working_time'] None
None broken JSON line: Expecting ',' delimiter at column 9
None empty text
"""

from __future__ import annotations

import csv
import io
import json
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from kyluat_nlp.classifier.classify import classify_many
from kyluat_nlp.taxonomy import Taxonomy

FORMATS = ("jsonl", "csv")
RESULT_FIELDS = ("labels", "scores", "evidence", "model_version", "flags", "error")


@dataclass
class Summary:
    """What a run did; printed at the end of ``kyluat tag``."""

    records: int = 0
    labelled: int = 0
    none: int = 0
    errors: int = 0
    skipped: int = 0  # already in the output when resuming
    seconds: float = 0.0
    error_kinds: dict[str, int] = field(default_factory=dict)

    def add(self, record: dict) -> None:
        """Count one output record."""
        self.records += 1
        if record.get("error"):
            self.errors += 1
            kind = record["error"].split(":")[0]
            self.error_kinds[kind] = self.error_kinds.get(kind, 0) + 1
        elif record.get("labels"):
            self.labelled += 1
        else:
            self.none += 1

    def __str__(self) -> str:
        rate = self.records / self.seconds if self.seconds else 0.0
        text = (f"{self.records} records: {self.labelled} labelled, {self.none} none of the "
                f"categories, {self.errors} errors; {self.seconds:.1f} s ({rate:,.0f} records/s)")
        if self.skipped:
            text += f"; {self.skipped} already done before resuming"
        return text


def format_of(path: str | Path, given: str | None = None) -> str:
    """The file format: as given, else by extension (.jsonl/.json/.ndjson or .csv)."""
    if given:
        if given not in FORMATS:
            raise ValueError(f"unknown format {given!r}; use one of {FORMATS}")
        return given
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".json", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    raise ValueError(f"cannot tell the format of {path} from its extension; pass --input-format")


def _parse_jsonl(lines: Iterable[bytes]) -> Iterator[tuple[dict, str | None]]:
    for raw in lines:
        raw = raw.rstrip(b"\r\n")
        if not raw.strip():
            yield {}, "empty line"
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            kept = {"_line": raw.decode("utf-8", "replace")}
            yield kept, f"line is not UTF-8 (byte {err.start}); re-encode the file as UTF-8"
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            message = f"broken JSON line: {err.msg} at column {err.colno}"
            yield {"_line": line}, message
            continue
        if not isinstance(record, dict):
            yield {"_value": record}, "the JSON line is not an object"
            continue
        yield record, None


def _parse_csv(lines: Iterable[bytes]) -> Iterator[tuple[dict, str | None]]:
    decoded = (raw.decode("utf-8", errors="surrogateescape") for raw in lines)
    for row in csv.DictReader(decoded):
        bad = [k for k, v in row.items() if isinstance(v, str) and _has_surrogates(v)]
        if bad:
            clean = {k: (v.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                         if isinstance(v, str) else v) for k, v in row.items()}
            yield clean, f"field {bad[0]!r} is not UTF-8"
        else:
            yield row, None


def _has_surrogates(text: str) -> bool:
    return any("\udc80" <= c <= "\udcff" for c in text)


def _results(records: list[tuple[dict, str | None]], text_field: str, taxonomy, jobs, batch):
    texts, where = [], []
    out: list[dict] = []
    for record, error in records:
        if error is None:
            value = record.get(text_field)
            if text_field not in record:
                error = f"no {text_field!r} field"
            elif not isinstance(value, str):
                error = f"the {text_field!r} field is {type(value).__name__}, not text"
            elif not value.strip():
                error = "empty text"
        result = dict(record)
        if error is not None:
            result["error"] = error
        else:
            where.append(len(out))
            texts.append(record[text_field])
        out.append(result)
    for k, classification in zip(where, classify_many(texts, taxonomy, jobs, batch)):
        data = classification.to_dict()
        out[k].update({key: data[key] for key in RESULT_FIELDS if key != "error"})
        if data["error"]:
            out[k]["error"] = data["error"]
    return out


class _Writer:
    def __init__(self, handle: IO[str], fmt: str, header: bool):
        self.handle, self.fmt, self.header = handle, fmt, header
        self.fields: list[str] | None = None

    def write(self, record: dict) -> None:
        if self.fmt == "jsonl":
            self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        row = {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v)
               for k, v in record.items()}
        if self.fields is None:
            self.fields = [*(k for k in row if k not in RESULT_FIELDS), *RESULT_FIELDS]
            writer = csv.DictWriter(self.handle, self.fields, extrasaction="ignore")
            if self.header:
                writer.writeheader()
            self.writer = writer
        self.writer.writerow(row)


def tag_stream(lines: Iterable[bytes], out: IO[str], input_format: str, output_format: str,
               text_field: str = "text", taxonomy: Taxonomy | None = None, jobs: int = 1,
               batch_size: int = 256, skip: int = 0, header: bool = True,
               progress=None) -> Summary:
    """Tag records read from byte lines and write them to ``out`` (see the module doc)."""
    start = time.perf_counter()
    parse = _parse_jsonl if input_format == "jsonl" else _parse_csv
    summary = Summary(skipped=skip)
    writer = _Writer(out, output_format, header)
    chunk: list[tuple[dict, str | None]] = []

    def flush() -> None:
        for result in _results(chunk, text_field, taxonomy, jobs, batch_size):
            writer.write(result)
            summary.add(result)
        out.flush()
        if progress is not None:
            progress.update(len(chunk))
        chunk.clear()

    for n, item in enumerate(parse(lines)):
        if n < skip:
            continue
        chunk.append(item)
        if len(chunk) >= batch_size * max(1, jobs):
            flush()
    if chunk:
        flush()
    summary.seconds = time.perf_counter() - start
    return summary


def _done_records(path: Path, fmt: str) -> int:
    """Complete records already in ``path``; a partial last line is cut off."""
    if not path.exists():
        return 0
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with path.open("r+b") as handle:
            handle.truncate(end)
        data = data[:end]
    if fmt == "jsonl":
        return data.count(b"\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8", errors="replace"))))
    return max(0, len(rows) - 1)


def tag_file(input_path: str | Path, output_path: str | Path, *, input_format: str | None = None,
             text_field: str = "text", taxonomy: Taxonomy | None = None, jobs: int = 1,
             batch_size: int = 256, resume: bool = False, show_progress: bool | None = None
             ) -> Summary:
    """Tag every record of ``input_path`` into ``output_path`` (format by extension)."""
    input_path, output_path = Path(input_path), Path(output_path)
    in_format = format_of(input_path, input_format)
    out_format = format_of(output_path)
    skip = _done_records(output_path, out_format) if resume else 0
    show = sys.stderr.isatty() if show_progress is None else show_progress
    progress = None
    if show:
        from tqdm import tqdm

        total = _count_records(input_path, in_format)
        progress = tqdm(total=total, initial=skip, unit="rec", file=sys.stderr)
    mode = "a" if skip else "w"
    with input_path.open("rb") as source, output_path.open(mode, encoding="utf-8",
                                                           newline="") as out:
        summary = tag_stream(source, out, in_format, out_format, text_field, taxonomy, jobs,
                             batch_size, skip=skip, header=not skip, progress=progress)
    if progress is not None:
        progress.close()
    return summary


def _count_records(path: Path, fmt: str) -> int:
    with path.open("rb") as handle:
        lines = sum(1 for _ in handle)
    return lines - 1 if fmt == "csv" else lines
