"""Shared fixtures: paths to the project corpus and to ../shared (read-only, present in CI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def shared() -> Path:
    assert SHARED.is_dir(), f"the shared reference material is missing at {SHARED}"
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared: Path) -> str:
    return (shared / "seed" / "bac-ninh-directive-news.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def directives() -> dict[str, str]:
    folder = CORPUS / "directives"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


@pytest.fixture(scope="session")
def structure_gold() -> dict:
    return json.loads((CORPUS / "directives" / "structure_gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def news_articles(shared: Path) -> list[dict]:
    path = shared / "corpus" / "vietnews_officials.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]
