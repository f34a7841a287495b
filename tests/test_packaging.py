"""Every data file the library reads must ship in a non-editable install."""

import fnmatch

import pytest

from tests.conftest import ROOT

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    tomllib = pytest.importorskip("tomli")


def test_every_data_file_is_declared_as_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["kyluat_nlp"]
    package = ROOT / "kyluat_nlp"
    data_files = (p for p in (package / "data").rglob("*") if p.is_file())
    files = [p.relative_to(package).as_posix() for p in data_files]
    assert files
    missing = [f for f in files if not any(fnmatch.fnmatch(f, g) for g in globs)]
    assert missing == []
