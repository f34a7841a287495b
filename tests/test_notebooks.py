"""Notebooks are kept without outputs in git; the suite runs them top to bottom (nbmake)."""

import json

from tests.conftest import ROOT


def test_notebooks_are_stripped():
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    assert [p.name for p in notebooks] == [
        "01_directive_analysis.ipynb", "02_incident_tagging.ipynb"
    ]
    for path in notebooks:
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None, path.name
