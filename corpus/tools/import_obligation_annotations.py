"""Turn string annotations of obligations and actors into offset-only gold data.

    python corpus/tools/import_obligation_annotations.py OUT.jsonl FOLDER

FOLDER holds the clause lists given to annotators (work_*.jsonl) and their answers
(out_*.jsonl). Annotators worked on clause lists (doc id, clause offsets, clause text)
and wrote, per clause, the status, the obligations and the actors as exact substrings (see
corpus/gold/README.md). This script finds each string in the source text and keeps
only offsets and labels, so no text of ../shared/ is copied into corpus/.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from kyluat_nlp.extract import evaluate

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
FIELDS = ("trigger", "action", "condition", "time", "sanction")


def split_of(doc: str) -> str:
    """dev or test, half and half by a hash of the document id (fixed)."""
    return "dev" if int(hashlib.sha1(doc.encode("utf-8")).hexdigest(), 16) % 10 < 5 else "test"


def source_text(doc: str, cache: dict) -> str:
    return evaluate.source_text(doc, SHARED, cache)


def locate_local(text: str, start: int, end: int, value: str | None, after: int = 0):
    """Offsets of ``value`` inside the clause [start, end), first at or after ``after``."""
    if not value:
        return None
    at = text.find(value, max(start, after), end)
    if at < 0:
        at = text.find(value, start, end)
    if at < 0:
        raise ValueError(f"{value!r} is not in the clause {text[start:end]!r}")
    return [at, at + len(value)]


def locate_context(text: str, start: int, end: int, value: str | None, doc_start: int):
    """In the clause if there, else the nearest earlier occurrence in the document."""
    if not value:
        return None
    at = text.find(value, start, end)
    if at < 0:
        at = text.rfind(value, doc_start, start)
    if at < 0:
        raise ValueError(f"{value!r} is neither in the clause nor before it")
    return [at, at + len(value)]


def convert(work: dict, ann: dict, text: str, doc_start: int) -> dict:
    start, end = work["start"], work["end"]
    obligations = []
    for item in ann.get("obligations") or []:
        converted = {"modality": item["modality"]}
        trigger = locate_local(text, start, end, item.get("trigger"))
        converted["trigger"] = trigger
        after = trigger[1] if trigger else start
        for field in FIELDS[1:]:
            converted[field] = locate_local(text, start, end, item.get(field), after)
        converted["issuer"] = locate_context(text, start, end, item.get("issuer"), doc_start)
        converted["addressees"] = [
            locate_context(text, start, end, a, doc_start) for a in item.get("addressees") or []
        ]
        obligations.append(converted)
    # Actors are listed in order of appearance: look after the previous one first, so a
    # short actor is not placed inside an earlier, longer one ("tỉnh Cà Mau" after
    # "UBND tỉnh Cà Mau").
    actors, used, cursor = [], set(), start
    for actor in ann.get("actors") or []:
        at = text.find(actor["text"], cursor, end)
        if at < 0:
            at = text.find(actor["text"], start, end)
        while at >= 0 and (at, actor["text"]) in used:
            at = text.find(actor["text"], at + 1, end)
        if at < 0:
            span = locate_context(text, start, end, actor["text"], doc_start)
        else:
            used.add((at, actor["text"]))
            span = [at, at + len(actor["text"])]
            cursor = span[1]
        actors.append({"span": span, "type": actor["type"]})
    return {
        "doc": work["doc"],
        "split": split_of(work["doc"]),
        "clause": [start, end],
        "status": ann["status"],
        "obligations": obligations,
        "actors": actors,
    }


def main(out_path: str, folder: str) -> None:
    cache: dict = {}
    works = {}
    for work_file in sorted(Path(folder).glob("work_*.jsonl")):
        for line in work_file.open(encoding="utf-8"):
            row = json.loads(line)
            works[(row["doc"], row["clause"])] = row
    doc_start: dict[str, int] = {}
    for row in works.values():
        doc_start[row["doc"]] = min(doc_start.get(row["doc"], row["start"]), row["start"])
    rows = []
    for path in sorted(Path(folder).glob("out_*.jsonl")):
        for line in path.open(encoding="utf-8"):
            ann = json.loads(line)
            work = works[(ann["doc"], ann["clause"])]
            text = source_text(ann["doc"], cache)
            rows.append(convert(work, ann, text, doc_start[ann["doc"]]))
    with open(out_path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} clauses written to {out_path}")


if __name__ == "__main__":
    main(*sys.argv[1:])
