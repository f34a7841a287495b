import json
import subprocess
import sys

from kyluat_nlp.cli import main
from tests.conftest import CORPUS


def test_segment_prints_json(capsys):
    path = CORPUS / "directives" / "cong_van_chan_chinh.txt"
    assert main(["segment", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["header"]["number"]["text"] == "2345/UBND-NC"
    assert data["text"] == path.read_text(encoding="utf-8")


def test_segment_text_format_reads_stdin():
    result = subprocess.run(
        [sys.executable, "-m", "kyluat_nlp.cli", "segment", "-", "--format", "text"],
        input="Cán bộ phải đi làm đúng giờ. Không được về sớm.".encode(),
        capture_output=True,
        check=True,
    )
    lines = result.stdout.decode().splitlines()
    assert lines == ["Cán bộ phải đi làm đúng giờ.", "Không được về sớm."]


def test_errors_are_reported_not_raised(tmp_path, capsys):
    bad = tmp_path / "cp1258.txt"
    bad.write_bytes(b"C\xe1n b\xf4 ph\xe1i")
    assert main(["segment", str(bad)]) == 2
    assert "not UTF-8" in capsys.readouterr().err
    assert main(["segment", str(tmp_path / "missing.txt")]) == 2


def test_help_lists_the_commands(capsys):
    try:
        main(["--help"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert "segment" in capsys.readouterr().out


def test_analyze_prints_an_obligation_table(capsys):
    path = CORPUS / "directives" / "cong_van_chan_chinh.txt"
    assert main(["analyze", str(path), "--format", "table", "--no-words"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["modality", "addressees", "action", "condition", "sanction"]
    assert any(line.startswith("prohibition") and "rượu, bia" in line for line in out)
