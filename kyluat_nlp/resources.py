"""Read the data files shipped inside the package, once per process.

>>> from kyluat_nlp.resources import load_json
>>> "qu" in load_json("orthography.json")["onsets"]
True
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def data_path(name: str):
    """A traversable path to ``kyluat_nlp/data/<name>``."""
    return resources.files("kyluat_nlp").joinpath("data", *name.split("/"))


@cache
def load_json(name: str) -> Any:
    """Parse a JSON data file of the package (cached)."""
    return json.loads(data_path(name).read_text(encoding="utf-8"))


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """The non-blank, non-comment lines of a text data file (cached)."""
    text = data_path(name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))
