"""Where the project's data lives: ``corpus/`` of the repository and ``../shared/`` beside it.

In a source checkout these are found from the package's own location; for an
installed package (``pip install .``), from the current directory, which should
then be the repository root (as in the README's commands).
"""

from __future__ import annotations

from pathlib import Path


def repository() -> Path:
    """The repository root: the checkout holding this package, else the current directory."""
    checkout = Path(__file__).resolve().parents[1]
    return checkout if (checkout / "corpus").is_dir() else Path.cwd()


def corpus_dir() -> Path:
    return repository() / "corpus"


def shared_dir() -> Path:
    return repository().parent / "shared"
