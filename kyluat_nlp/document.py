"""The document model: one ``Span`` type and the records built on it.

Every span's ``start`` and ``end`` index the string the user passed in, so
``doc.text[span.start:span.end] == span.text`` always holds.

>>> from kyluat_nlp import segment
>>> doc = segment("Cán bộ phải đi làm đúng giờ. Không được về sớm.")
>>> [s.text for s in doc.sentences]
['Cán bộ phải đi làm đúng giờ.', 'Không được về sớm.']
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kyluat_nlp.normalization import Normalized


@dataclass(frozen=True)
class Span:
    """A piece of the user's text: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str
    label: str = ""

    def __len__(self) -> int:
        return self.end - self.start

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.label:
            data["label"] = self.label
        return data


@dataclass(frozen=True, kw_only=True)
class Token(Span):
    """A word (one or more syllables); ``norm`` is its canonical spelling."""

    norm: str

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "norm": self.norm}


@dataclass(frozen=True, kw_only=True)
class Clause(Span):
    """Part of a sentence split at ";" or after a ":" lead-in.

    ``kind`` is ``"lead_in"`` for the text that introduces a list, else ``"clause"``;
    ``lead_in`` is the lead-in clause a list item depends on, if any.
    """

    kind: str = "clause"
    lead_in: Clause | None = None

    def to_dict(self) -> dict[str, Any]:
        data = {**super().to_dict(), "kind": self.kind}
        data["lead_in"] = None if self.lead_in is None else Span.to_dict(self.lead_in)
        return data


@dataclass(frozen=True, kw_only=True)
class Sentence(Span):
    """A sentence (or a heading line), with its clauses and word tokens."""

    clauses: tuple[Clause, ...] = ()
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Section(Span):
    """A numbered or bulleted part of a document and everything under it.

    ``heading`` is the marker line, ``marker`` the marker as written ("1.1.", "a)",
    "Điều 5."), ``number`` the marker without punctuation, ``kind`` the marker family
    and ``level`` the nesting depth (1 = top).
    """

    heading: Span
    marker: str
    number: str
    kind: str
    level: int
    children: tuple[Section, ...] = ()

    def walk(self):
        """Yield this section and all sections below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def to_dict(self) -> dict[str, Any]:
        return {
            **super().to_dict(),
            "heading": self.heading.to_dict(),
            "marker": self.marker,
            "number": self.number,
            "kind": self.kind,
            "level": self.level,
            "children": [child.to_dict() for child in self.children],
        }


@dataclass(frozen=True, kw_only=True)
class Actor(Span):
    """An actor mention: ``type`` is ORG, ROLE, GROUP or LOC; ``canonical`` spells
    abbreviations out ("UBND tỉnh" → "Ủy ban nhân dân tỉnh")."""

    type: str
    canonical: str

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "type": self.type, "canonical": self.canonical}


@dataclass(frozen=True)
class Obligation:
    """Who must (not) / should / may do what, from one clause.

    ``modality`` is obligation, prohibition, recommendation or permission; every
    other field is a span of the text (or ``None``); ``addressees`` may come from a
    lead-in or an earlier clause.
    """

    modality: str
    clause: Clause
    trigger: Span | None = None
    issuer: Actor | None = None
    addressees: tuple[Actor, ...] = ()
    action: Span | None = None
    condition: Span | None = None
    time: Span | None = None
    sanction: Span | None = None

    @property
    def start(self) -> int:
        return self.clause.start

    @property
    def end(self) -> int:
        return self.clause.end

    def to_dict(self) -> dict[str, Any]:
        def one(span):
            return None if span is None else span.to_dict()

        return {
            "modality": self.modality,
            "clause": Span.to_dict(self.clause),
            "trigger": one(self.trigger),
            "issuer": one(self.issuer),
            "addressees": [a.to_dict() for a in self.addressees],
            "action": one(self.action),
            "condition": one(self.condition),
            "time": one(self.time),
            "sanction": one(self.sanction),
        }


@dataclass(frozen=True)
class Header:
    """The formal header of an official document (empty fields when absent).

    ``kind`` is the document type: the printed one ("CHỈ THỊ") or, when none is
    printed, the one its number encodes ("08/CT-UBND") or "CÔNG VĂN" for a letter
    with a "V/v" subject line.
    """

    issuer: tuple[Span, ...] = ()
    number: Span | None = None
    place_date: Span | None = None
    doc_type: Span | None = None
    title: tuple[Span, ...] = ()
    motto: tuple[Span, ...] = ()
    span: Span | None = None
    kind: str = ""

    @property
    def issuer_text(self) -> str:
        return " ".join(s.text for s in self.issuer)

    @property
    def title_text(self) -> str:
        return " ".join(s.text for s in self.title)

    def to_dict(self) -> dict[str, Any]:
        def one(span: Span | None):
            return None if span is None else span.to_dict()

        return {
            "issuer": [s.to_dict() for s in self.issuer],
            "number": one(self.number),
            "place_date": one(self.place_date),
            "doc_type": one(self.doc_type),
            "title": [s.to_dict() for s in self.title],
            "motto": [s.to_dict() for s in self.motto],
            "span": one(self.span),
            "kind": self.kind,
        }


@dataclass
class Document:
    """A segmented text. Build it with :func:`kyluat_nlp.segment`.

    ``lang`` is ``"vi"``, ``"other"`` or ``"unknown"``; ``flags`` name anything
    unusual about the input (``"empty"``, ``"no_diacritics"``, ``"not_vietnamese"``).
    ``violations``, ``actors``, ``obligations`` and ``findings`` (clauses that
    state facts) are filled by :func:`kyluat_nlp.analyze`; a violation is a span
    naming one, labelled with its category id. ``normalized`` is the
    canonical text with its alignment to ``text``.
    """

    text: str
    lang: str = "unknown"
    flags: tuple[str, ...] = ()
    header: Header = field(default_factory=Header)
    sections: tuple[Section, ...] = ()
    recipients: tuple[Span, ...] = ()
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    violations: tuple[Span, ...] = ()
    actors: tuple[Actor, ...] = ()
    obligations: tuple[Obligation, ...] = ()
    findings: tuple[Clause, ...] = ()
    normalized: Normalized | None = field(default=None, repr=False, compare=False)

    @property
    def clauses(self) -> list[Clause]:
        return [c for s in self.sentences for c in s.clauses]

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]

    def iter_sections(self):
        """Yield every section of the tree, in document order."""
        for section in self.sections:
            yield from section.walk()

    def span(self, start: int, end: int, label: str = "") -> Span:
        """Make a span of this document's text."""
        return Span(start, end, self.text[start:end], label)

    def pos_tags(self) -> list[tuple[Token, str]]:
        """Part-of-speech tags (underthesea's tag set) for every token, on demand."""
        from kyluat_nlp.segmentation.words import pos_tag_tokens

        return [pair for s in self.sentences for pair in pos_tag_tokens(s.tokens)]

    def to_dict(self) -> dict[str, Any]:
        clauses = self.clauses
        return {
            "text": self.text,
            "lang": self.lang,
            "flags": list(self.flags),
            "header": self.header.to_dict(),
            "sections": [s.to_dict() for s in self.sections],
            "recipients": [s.to_dict() for s in self.recipients],
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "sentences": [Span.to_dict(s) for s in self.sentences],
            "clauses": [c.to_dict() for c in clauses],
            "tokens": [t.to_dict() for t in self.tokens],
            "violations": [v.to_dict() for v in self.violations],
            "actors": [a.to_dict() for a in self.actors],
            "obligations": [o.to_dict() for o in self.obligations],
            "findings": [Span.to_dict(f) for f in self.findings],
        }

    def to_dataframe(self, what: str = "obligations"):
        """A pandas DataFrame of the document's obligations, actors, violations, sentences
        or tokens (needs pandas: ``pip install 'kyluat_nlp[pandas]'``).

        >>> from kyluat_nlp import analyze
        >>> analyze("Cán bộ phải đi làm đúng giờ.").to_dataframe()[["modality", "action"]]
             modality           action
        0  obligation  đi làm đúng giờ
        """
        import pandas as pd

        def text(span):
            return None if span is None else span.text

        if what == "obligations":
            rows = [{
                "modality": ob.modality, "trigger": text(ob.trigger),
                "issuer": text(ob.issuer), "addressees": [a.text for a in ob.addressees],
                "action": text(ob.action), "condition": text(ob.condition),
                "time": text(ob.time), "sanction": text(ob.sanction),
                "clause": ob.clause.text, "start": ob.start, "end": ob.end,
            } for ob in self.obligations]
        elif what in ("actors", "violations", "sentences", "tokens"):
            items = getattr(self, what)
            rows = [{k: v for k, v in item.to_dict().items() if k not in ("clauses", "tokens")}
                    for item in items]
        else:
            raise ValueError(
                f"what={what!r}: choose obligations, actors, violations, sentences or tokens"
            )
        return pd.DataFrame(rows)

    def to_json(self, **kwargs: Any) -> str:
        """The document as JSON (``ensure_ascii=False`` unless told otherwise)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    def to_spacy(self, nlp=None):
        """A spaCy ``Doc`` with this document's tokens and sentences (see spacy_bridge)."""
        from kyluat_nlp.spacy_bridge import to_spacy

        return to_spacy(self, nlp)
