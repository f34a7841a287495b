"""The violation taxonomy: categories with names, definitions, cue phrases and thresholds.

The default taxonomy is ``data/taxonomy/default.json`` (11 categories, see
``../shared/guidelines/violation-taxonomy.md``). A taxonomy can be loaded from and
saved to JSON, or read off a directive's own list of violations.

>>> tax = Taxonomy.default()
>>> len(tax), tax["alcohol"].name_vi
(11, 'Sử dụng rượu, bia trong giờ làm việc')
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from kyluat_nlp.normalization import normalize, strip_diacritics
from kyluat_nlp.resources import load_json


@dataclass(frozen=True)
class Category:
    """One violation category. ``cues`` name the act; ``context`` words only support it."""

    id: str
    name_vi: str
    name_en: str = ""
    definition_vi: str = ""
    definition_en: str = ""
    cues: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    legal_sources: tuple[str, ...] = ()
    threshold: float = 0.5

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Category:
        known = {f for f in cls.__dataclass_fields__}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"category {data.get('id')!r} has unknown fields: {sorted(unknown)}")
        if not data.get("id") or not data.get("name_vi"):
            raise ValueError(f"a category needs an 'id' and a 'name_vi': {data}")
        values = dict(data)
        for key in ("cues", "context", "legal_sources"):
            values[key] = tuple(values.get(key, ()))
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("cues", "context", "legal_sources"):
            data[key] = list(data[key])
        return data


@dataclass(frozen=True)
class CueMatch:
    """A cue phrase found in canonical text: offsets, category id and "cue" or "context"."""

    start: int
    end: int
    category: str
    kind: str


@dataclass
class Taxonomy:
    """An ordered set of :class:`Category`, addressed by id."""

    categories: list[Category]
    name: str = "custom"
    version: str = "1.0"
    description: str = ""
    _by_id: dict[str, Category] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {}
        for category in self.categories:
            if category.id in self._by_id:
                raise ValueError(f"duplicate category id {category.id!r}")
            self._by_id[category.id] = category

    @classmethod
    def default(cls) -> Taxonomy:
        """The library's default taxonomy (11 categories)."""
        return cls.from_dict(load_json("taxonomy/default.json"))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Taxonomy:
        if not isinstance(data, dict) or not isinstance(data.get("categories"), list):
            raise ValueError("a taxonomy is a JSON object with a list of 'categories'")
        return cls(
            categories=[Category.from_dict(c) for c in data["categories"]],
            name=data.get("name", "custom"),
            version=str(data.get("version", "1.0")),
            description=data.get("description", ""),
        )

    @classmethod
    def load(cls, path: str | Path) -> Taxonomy:
        """Read a taxonomy from a JSON file written by :meth:`save` (or by hand)."""
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(
            json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "description": self.description,
            "categories": [c.to_dict() for c in self.categories],
        }

    @classmethod
    def from_directive(cls, directive) -> Taxonomy:
        """The categories of violation a directive names (text or analysed Document)."""
        from kyluat_nlp.extract.violations import taxonomy_from_directive

        return taxonomy_from_directive(directive, cls.default())

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.categories]

    def __len__(self) -> int:
        return len(self.categories)

    def __iter__(self) -> Iterator[Category]:
        return iter(self.categories)

    def __contains__(self, category_id: object) -> bool:
        return category_id in self._by_id

    def __getitem__(self, category_id: str) -> Category:
        try:
            return self._by_id[category_id]
        except KeyError:
            raise KeyError(f"no category {category_id!r} in taxonomy {self.name!r}") from None

    @cached_property
    def _patterns(self) -> tuple[re.Pattern, re.Pattern, dict[str, list[tuple[str, str]]]]:
        phrases: dict[str, list[tuple[str, str]]] = {}
        for category in self.categories:
            for kind, items in (("cue", category.cues), ("context", category.context)):
                for phrase in items:
                    key = normalize(phrase).text.lower().strip()
                    if key:
                        phrases.setdefault(key, []).append((category.id, kind))
        folded: dict[str, list[tuple[str, str]]] = {}
        for key, owners in phrases.items():
            folded.setdefault(strip_diacritics(key), []).extend(owners)
        phrases.update({f"\0{k}": v for k, v in folded.items()})

        def compile_(keys: list[str]) -> re.Pattern:
            alternatives = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
            return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

        plain = compile_([k for k in phrases if not k.startswith("\0")])
        bare = compile_([k[1:] for k in phrases if k.startswith("\0")])
        return plain, bare, phrases

    def match_cues(self, canonical: str, folded: bool = False) -> list[CueMatch]:
        """Cue and context phrases in canonical text (``folded=True``: compare without marks)."""
        plain, bare, phrases = self._patterns
        lower = canonical.lower()
        if len(lower) != len(canonical):  # a few characters change length when lowered
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in canonical)
        pattern, prefix = (bare, "\0") if folded else (plain, "")
        if folded:
            lower = strip_diacritics(lower)
        return [
            CueMatch(m.start(), m.end(), category, kind)
            for m in pattern.finditer(lower)
            for category, kind in phrases[prefix + m.group()]
        ]
