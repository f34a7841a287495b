"""Saving and loading the incident classifier with its model card.

A joblib file runs code when it is loaded, so the library loads only the model it
ships (from ``models/``, installed as ``kyluat_nlp.models``) or a file the user
names, and checks the file's sha256 against its model card first.

>>> card = read_card(shipped_model_path())
>>> card["name"], len(card["sha256"])
('kyluat-incident-classifier', 64)
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from functools import lru_cache
from pathlib import Path

import joblib

MODEL_FILE = "incident_classifier.joblib"


def shipped_model_dir() -> Path:
    """``kyluat_nlp/models`` in an installed package, ``models/`` in a source checkout."""
    spec = importlib.util.find_spec("kyluat_nlp.models")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(__file__).resolve().parents[2] / "models"


def shipped_model_path() -> Path:
    return shipped_model_dir() / MODEL_FILE


def card_path(model_path: Path) -> Path:
    return model_path.with_suffix(".card.json")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_card(model_path: Path) -> dict:
    path = card_path(model_path)
    if not path.exists():
        raise FileNotFoundError(f"no model card {path} beside {model_path}")
    return json.loads(path.read_text(encoding="utf-8"))


def save_model(model, model_path: Path, card: dict) -> dict:
    """Write the model (compressed joblib) and its card with the file's sha256."""
    model_path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, model_path, compress=3)
    card = {**card, "file": model_path.name, "sha256": sha256_of(model_path)}
    card_path(model_path).write_text(
        json.dumps(card, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return card


@lru_cache(maxsize=4)
def load_model(model_path: str | Path | None = None):
    """Load a model after checking its sha256 against its card: ``(model, card)``."""
    path = Path(model_path) if model_path is not None else shipped_model_path()
    if not path.exists():
        raise FileNotFoundError(
            f"no incident model at {path}; build it with `kyluat train` (see README)"
        )
    card = read_card(path)
    actual = sha256_of(path)
    if actual != card.get("sha256"):
        raise ValueError(
            f"{path} does not match its model card (sha256 {actual[:12]}… ≠ "
            f"{str(card.get('sha256'))[:12]}…); refusing to load it"
        )
    return joblib.load(path), card
