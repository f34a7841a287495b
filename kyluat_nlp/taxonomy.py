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
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from kyluat_nlp.normalization import lower_keep_length, normalize, strip_diacritics
from kyluat_nlp.resources import load_json


def trie_pattern(phrases) -> str:
    """A regex matching any of ``phrases``, longest first, with shared prefixes factored.

    Python's ``re`` tries the branches of a flat alternation one by one; a trie of
    branches fails fast, which makes matching hundreds of cue phrases several times
    quicker.

    >>> print(trie_pattern(["đi muộn", "đi trễ", "về sớm"]))
    (?:về\\ sớm|đi\\ (?:muộn|trễ))
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return build(trie) or "(?!)"


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


@dataclass(frozen=True)
class Taxonomy:
    """An ordered, immutable set of :class:`Category`, addressed by id."""

    categories: tuple[Category, ...]
    name: str = "custom"
    version: str = "1.0"
    description: str = ""
    _by_id: dict[str, Category] = field(init=False, repr=False, compare=False)
    _compiled: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "categories", tuple(self.categories))
        by_id: dict[str, Category] = {}
        for category in self.categories:
            if category.id in by_id:
                raise ValueError(f"duplicate category id {category.id!r}")
            by_id[category.id] = category
        object.__setattr__(self, "_by_id", by_id)

    @classmethod
    def default(cls) -> Taxonomy:
        """The library's default taxonomy (11 categories), built once per process."""
        return _default_taxonomy()

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

    @property
    def _matchers(self) -> dict[bool, _Matcher]:
        """The compiled cue matchers, built on first use."""
        if not self._compiled:
            self._compiled.update(self._compile_matchers())
        return self._compiled

    def _compile_matchers(self) -> dict[bool, _Matcher]:
        """For plain and for mark-less matching: a regex, its "*" phrases, and phrase owners.

        A "*" in a phrase stands for one word; such a phrase gets a group of its own
        (``w<n>``, n indexing the list), the others are looked up by the matched text.
        """
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

        def wildcard(phrase: str) -> str:
            # possessive: a word never gives back characters (no backtracking)
            return r"\S++".join(re.escape(part) for part in phrase.split("*"))

        def matcher(owners: dict) -> _Matcher:
            wild = [k for k in owners if "*" in k]
            plain = trie_pattern(sorted((k for k in owners if "*" not in k), key=len, reverse=True))
            alternatives = [f"(?P<w{i}>{wildcard(k)})" for i, k in enumerate(wild)]
            return _Matcher(
                re.compile(rf"(?<!\w)(?:{'|'.join([*alternatives, plain])})(?!\w)"),
                re.compile(rf"(?<!\w)(?:{plain})(?!\w)"),
                wild,
                [[part.strip() for part in k.split("*") if part.strip()] for k in wild],
                owners,
            )

        return {False: matcher(phrases), True: matcher(folded)}

    def match_cues(self, canonical: str, folded: bool = False) -> list[CueMatch]:
        """Cue and context phrases in canonical text (``folded=True``: compare without marks)."""
        matcher = self._matchers[folded]
        lower = lower_keep_length(canonical)
        if folded:
            lower = strip_diacritics(lower)
        # The "*" phrases cost half the scan; they can match only where all their words occur.
        possible = any(all(part in lower for part in parts) for parts in matcher.literals)
        out = []
        for m in (matcher.regex if possible else matcher.plain).finditer(lower):
            key = matcher.wild[int(m.lastgroup[1:])] if m.lastgroup else m.group()
            out.extend(CueMatch(m.start(), m.end(), c, kind) for c, kind in matcher.owners[key])
        return out


class _Matcher(NamedTuple):
    """Compiled cue phrases: all of them, the plain ones only, and the "*" phrases."""

    regex: re.Pattern
    plain: re.Pattern
    wild: list[str]
    literals: list[list[str]]  # the words of each "*" phrase
    owners: dict


@lru_cache(maxsize=1)
def _default_taxonomy() -> Taxonomy:
    return Taxonomy.from_dict(load_json("taxonomy/default.json"))
