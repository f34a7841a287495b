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


def test_every_subpackage_and_the_shipped_model_are_installed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    declared = set(setuptools["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "kyluat_nlp").rglob("__init__.py")
    }
    assert found | {"kyluat_nlp.models"} == declared
    assert setuptools["package-dir"]["kyluat_nlp.models"] == "models"
    globs = setuptools["package-data"]["kyluat_nlp.models"]
    shipped = [p.name for p in (ROOT / "models").iterdir() if p.suffix in (".joblib", ".json")]
    assert shipped and all(any(fnmatch.fnmatch(n, g) for g in globs) for n in shipped)
