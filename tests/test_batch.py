import csv
import json

from kyluat_nlp.batch import tag_file
from kyluat_nlp.cli import main

GOOD = [
    {"id": "a", "text": "Cán bộ phường đi muộn, về sớm.", "source": "hotline"},
    {"id": "b", "text": "Chủ tịch xã dùng xe công đi du lịch."},
    {"id": "c", "text": "UBND tỉnh khen thưởng 20 tập thể."},
]


def write_jsonl(path, lines):
    path.write_bytes(b"\n".join(lines) + b"\n")


def mixed_lines():
    good = [json.dumps(r, ensure_ascii=False).encode() for r in GOOD]
    return [
        good[0],
        b'{"id": "broken", "text": "Can bo',  # broken JSON
        json.dumps({"id": "no-text"}).encode(),
        json.dumps({"id": "number", "text": 42}).encode(),
        json.dumps({"id": "empty", "text": "   "}).encode(),
        b'{"id": "latin1", "text": "C\xe1n b\xf4"}',  # not UTF-8
        good[1],
        b'["not", "an", "object"]',
        good[2],
    ]


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_record_gets_an_output_record_in_order(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, mixed_lines())
    summary = tag_file(source, out)
    records = read_jsonl(out)
    assert len(records) == 9 and summary.records == 9 and summary.errors == 6
    assert records[0]["id"] == "a" and records[0]["source"] == "hotline"
    assert records[0]["labels"] == ["working_time"] and "error" not in records[0]
    assert "public_property_misuse" in records[6]["labels"]
    assert records[8]["labels"] == [] and summary.none == 1
    errors = [r.get("error", "") for r in records]
    assert errors[1].startswith("broken JSON line") and '"broken"' in records[1]["_line"]
    assert errors[2] == "no 'text' field"
    assert errors[3] == "the 'text' field is int, not text"
    assert errors[4] == "empty text"
    assert errors[5].startswith("line is not UTF-8")
    assert errors[7] == "the JSON line is not an object"


def test_resume_after_an_interruption_repeats_and_loses_nothing(tmp_path):
    source = tmp_path / "in.jsonl"
    write_jsonl(source, mixed_lines())
    full, partial = tmp_path / "full.jsonl", tmp_path / "partial.jsonl"
    tag_file(source, full, batch_size=2)
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    partial.write_text("".join(lines[:4]) + lines[4][:15], encoding="utf-8")  # cut mid-record
    summary = tag_file(source, partial, resume=True, batch_size=2)
    assert summary.skipped == 4 and summary.records == 5
    assert partial.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_csv_in_and_out_with_another_text_field(tmp_path):
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["id", "body"])
        writer.writeheader()
        writer.writerows({"id": r["id"], "body": r["text"]} for r in GOOD)
        writer.writerow({"id": "d", "body": ""})
    summary = tag_file(source, out, text_field="body")
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [r["id"] for r in rows] == ["a", "b", "c", "d"] and summary.errors == 1
    assert json.loads(rows[0]["labels"]) == ["working_time"]
    assert rows[3]["error"] == "empty text"


def test_two_jobs_give_the_same_output(tmp_path):
    source = tmp_path / "in.jsonl"
    write_jsonl(source, mixed_lines() * 30)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    tag_file(source, one, batch_size=16)
    tag_file(source, two, jobs=2, batch_size=16)
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_cli_tag_prints_a_summary(tmp_path, capsys):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, mixed_lines())
    assert main(["tag", str(source), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "9 records: 2 labelled, 1 none of the categories, 6 errors" in err
    assert main(["tag", str(tmp_path / "in.txt"), "-o", str(out)]) == 2


def test_csv_resume(tmp_path):
    source = tmp_path / "in.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["id", "text"], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(GOOD * 3)
    full, partial = tmp_path / "full.csv", tmp_path / "partial.csv"
    tag_file(source, full)
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    partial.write_text("".join(lines[:5]) + lines[5][:10], encoding="utf-8")
    summary = tag_file(source, partial, resume=True)
    assert summary.skipped == 4 and summary.records == 5
    assert partial.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
