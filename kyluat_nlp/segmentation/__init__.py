"""``segment(text) -> Document``: structure, sentences, clauses and words with exact offsets.

The text is made canonical (:mod:`kyluat_nlp.normalization`), read at four levels
on the canonical form, and every span is mapped back to the user's string.

>>> doc = segment("Viên chức có các nghĩa vụ sau:\\na) Đi làm đúng giờ;\\nb) Không uống rượu.")
>>> for clause in doc.clauses:
...     print(clause.kind, "|", clause.text, "|", clause.lead_in and clause.lead_in.text)
lead_in | Viên chức có các nghĩa vụ sau | None
clause | a) Đi làm đúng giờ | Viên chức có các nghĩa vụ sau
clause | b) Không uống rượu. | Viên chức có các nghĩa vụ sau
"""

from __future__ import annotations

from kyluat_nlp.document import Clause, Document, Header, Section, Sentence, Token
from kyluat_nlp.lang import detect_language
from kyluat_nlp.normalization import Normalized, normalize
from kyluat_nlp.segmentation.clauses import split_clauses
from kyluat_nlp.segmentation.sentences import split_sentences
from kyluat_nlp.segmentation.structure import HeaderFields, Node, read_layout
from kyluat_nlp.segmentation.words import segment_words

__all__ = ["segment", "coerce_text"]


def coerce_text(text: object) -> str:
    """The user's input as ``str``: bytes are decoded as UTF-8, anything else is refused."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        data = bytes(text)
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise ValueError(
                f"the bytes are not UTF-8 text (at byte {err.start}: "
                f"{data[err.start : err.start + 4]!r}); decode them yourself, "
                "e.g. data.decode('cp1258'), and pass a str"
            ) from None
    raise TypeError(f"expected text as str or UTF-8 bytes, got {type(text).__name__}")


def _section(norm: Normalized, node: Node) -> Section:
    whole = norm.span(node.start, node.end)
    return Section(
        whole.start,
        whole.end,
        whole.text,
        heading=norm.span(node.heading.start, node.heading.end),
        marker=node.marker,
        number=node.number,
        kind=node.kind,
        level=node.level,
        children=tuple(_section(norm, child) for child in node.children),
    )


def _header(norm: Normalized, fields: HeaderFields) -> Header:
    def one(pair):
        return None if pair is None else norm.span(*pair)

    return Header(
        issuer=tuple(norm.span(a, b) for a, b in fields.issuer),
        number=one(fields.number),
        place_date=one(fields.place_date),
        doc_type=one(fields.doc_type),
        title=tuple(norm.span(a, b) for a, b in fields.title),
        motto=tuple(norm.span(a, b) for a, b in fields.motto),
        span=one(fields.extent),
        kind=fields.kind,
    )


def _tokens(norm: Normalized, start: int, end: int) -> tuple[Token, ...]:
    canon = norm.text
    tokens = []
    for a, b, word in segment_words(canon[start:end]):
        span = norm.span(start + a, start + b)
        tokens.append(Token(span.start, span.end, span.text, norm=word))
    return tuple(tokens)


def segment(text: str | bytes, *, words: bool = True) -> Document:
    """Segment a Vietnamese directive or report.

    ``words=False`` skips word segmentation (the slowest step) when only
    structure, sentences and clauses are needed.
    """
    text = coerce_text(text)
    if not text.strip():
        return Document(text=text, flags=("empty",), normalized=normalize(text))
    norm = normalize(text)
    canon = norm.text
    lang, flags = detect_language(canon)
    layout = read_layout(canon)
    last_clause: dict[int, Clause] = {}
    sentences: list[Sentence] = []
    for para in layout.paragraphs:
        inherited = None
        if para.node is not None and para.node.lead_in is not None:
            inherited = last_clause.get(id(para.node.lead_in))
        for a, b in split_sentences(canon, para.start, para.end, para.marker_end):
            clauses: list[Clause] = []
            lead_in = inherited
            for ca, cb, kind in split_clauses(canon, a, b):
                span = norm.span(ca, cb)
                clause = Clause(span.start, span.end, span.text, kind=kind, lead_in=lead_in)
                clauses.append(clause)
                if kind == "lead_in":
                    lead_in = clause
            span = norm.span(a, b)
            tokens = _tokens(norm, a, b) if words else ()
            sentences.append(
                Sentence(span.start, span.end, span.text, clauses=tuple(clauses), tokens=tokens)
            )
            if clauses:
                last_clause[id(para)] = clauses[-1]
    return Document(
        text=text,
        lang=lang,
        flags=flags,
        header=_header(norm, layout.header),
        sections=tuple(_section(norm, root) for root in layout.roots),
        recipients=tuple(norm.span(a, b) for a, b in layout.recipients),
        paragraphs=tuple(norm.span(p.start, p.end, p.role) for p in layout.paragraphs),
        sentences=tuple(sentences),
        normalized=norm,
    )
