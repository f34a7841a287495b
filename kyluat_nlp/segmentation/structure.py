"""Document structure of canonical text: header, numbered parts, "Nơi nhận", paragraphs.

In the header, the signature and the "Nơi nhận" block, lines are split into
cells at column gaps (a tab in canonical text, or " | "), and each cell is a
paragraph; in the body each line is one paragraph. Marker patterns, document types and header
patterns live in ``data/structure.json``. Nesting is read from the order in which
marker kinds appear: a kind seen before closes everything opened after it, a new
kind opens one level deeper. So "I." ⊃ "1." ⊃ "1.1." ⊃ "a)" ⊃ "-" ⊃ "+" comes out
right whatever convention a document follows.

>>> layout = read_layout("I. MỤC ĐÍCH\\n1. Cán bộ phải đi làm đúng giờ.\\n2. Không được về sớm.")
>>> [(n.marker, n.level) for n in layout.nodes]
[('I.', 1), ('1.', 2), ('2.', 2)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kyluat_nlp.resources import load_json

_CELL_GAP = re.compile(r"\t| \| ")


@dataclass
class Paragraph:
    """A cell of a line (canonical offsets) and what it is."""

    start: int
    end: int
    role: str = "body"  # header, body, recipients, signature
    node: Node | None = None  # the section whose heading this is
    marker_end: int = -1  # end of its list marker, if it has one


@dataclass
class Node:
    """A section under construction (canonical offsets)."""

    start: int
    end: int
    marker: str
    number: str
    kind: str
    level: int
    heading: Paragraph
    children: list[Node] = field(default_factory=list)
    lead_in: Paragraph | None = None


@dataclass
class HeaderFields:
    issuer: list[tuple[int, int]] = field(default_factory=list)
    number: tuple[int, int] | None = None
    place_date: tuple[int, int] | None = None
    doc_type: tuple[int, int] | None = None
    title: list[tuple[int, int]] = field(default_factory=list)
    motto: list[tuple[int, int]] = field(default_factory=list)
    extent: tuple[int, int] | None = None
    kind: str = ""


@dataclass
class Layout:
    paragraphs: list[Paragraph]
    roots: list[Node]
    header: HeaderFields
    recipients: list[tuple[int, int]]

    @property
    def nodes(self) -> list[Node]:
        out: list[Node] = []

        def walk(node: Node) -> None:
            out.append(node)
            for child in node.children:
                walk(child)

        for root in self.roots:
            walk(root)
        return out


@dataclass(frozen=True)
class _Patterns:
    markers: tuple[tuple[str, re.Pattern], ...]
    doc_types: frozenset[str]
    mottos: frozenset[str]
    number: re.Pattern
    number_in_note: re.Pattern
    place_date: re.Pattern
    title_start: re.Pattern
    of_issuer: re.Pattern
    separator: re.Pattern
    recipients: re.Pattern
    signature: re.Pattern
    letter_title: re.Pattern
    type_codes: dict[str, str]
    letter_type: str


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    data = load_json("structure.json")
    simple = {
        key: re.compile(data[key])
        for key in (
            "number", "number_in_note", "place_date", "title_start",
            "of_issuer", "separator", "recipients", "signature", "letter_title",
        )
    }
    return _Patterns(
        markers=tuple((m["kind"], re.compile(m["pattern"])) for m in data["markers"]),
        doc_types=frozenset(data["doc_types"]),
        mottos=frozenset(m.lower() for m in data["mottos"]),
        type_codes=data["type_codes"],
        letter_type=data["letter_type"],
        **simple,
    )


def _cells(text: str) -> list[list[tuple[int, int]]]:
    """Lines of ``text`` as lists of non-empty cells; an empty line is an empty list."""
    lines = []
    pos = 0
    for line in text.split("\n"):
        cells = []
        cell_start = pos
        for gap in _CELL_GAP.finditer(line):
            cells.append((cell_start, pos + gap.start()))
            cell_start = pos + gap.end()
        cells.append((cell_start, pos + len(line)))
        lines.append([(a, b) for a, b in cells if text[a:b].strip()])
        pos += len(line) + 1
    return lines


def _marker(cell: str) -> tuple[str, str, int] | None:
    """(kind, number, marker length) when the cell starts with a list marker."""
    for kind, pattern in patterns().markers:
        m = pattern.match(cell)
        if m:
            number = m.group(1) if m.groups() else m.group()
            if kind == "decimal":
                kind = f"decimal{number.count('.') + 1}"
            return kind, number, m.end()
    return None


def _is_upper(cell: str) -> bool:
    letters = [c for c in cell if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


class _HeaderReader:
    """Reads the cells at the top of a document, one at a time, into header fields."""

    def __init__(self, text: str):
        self.text = text
        self.fields = HeaderFields()
        self.seen_type = self.in_title = False
        self.last = -1  # the last line that belongs to the header

    def take(self, a: int, b: int, line: int) -> bool:
        """Put one cell into the header; ``False`` when it is not part of one."""
        pat, fields = patterns(), self.fields
        cell = self.text[a:b].strip()
        m_number = pat.number.match(cell)
        m_note = pat.number_in_note.search(cell)
        if pat.separator.match(cell):
            if self.in_title:
                self.in_title = False
                self.last = line
            return True
        if cell.lower() in pat.mottos:
            fields.motto.append((a, b))
        elif m_number and fields.number is None:
            fields.number = (a + m_number.start(1), a + m_number.end(1))
        elif pat.place_date.match(cell):
            fields.place_date = (a, b)
        elif cell in pat.doc_types and fields.doc_type is None:
            fields.doc_type = (a, b)
            self.seen_type = True
        elif m_note:  # "(Ban hành kèm theo Quyết định số …)"
            self.in_title = False
            if fields.number is None:
                fields.number = (a + m_note.start(1), a + m_note.end(1))
        elif self.seen_type and pat.of_issuer.match(cell):
            self.in_title = False
        elif (
            pat.title_start.match(cell)
            or (self.in_title and not _is_upper(cell))
            or (self.seen_type and not fields.title and not _is_upper(cell))
        ):
            fields.title.append((a, b))
            self.in_title = True
        elif _is_upper(cell) and not self.seen_type and len(cell) < 80:
            fields.issuer.append((a, b))
        else:
            return False
        self.last = line
        return True


def _read_header(text: str, lines: list[list[tuple[int, int]]]) -> tuple[HeaderFields, int]:
    """Header fields and the number of lines it spans (0 when there is no header)."""
    reader = _HeaderReader(text)
    for i, cells in enumerate(lines[:30]):
        if not cells:
            if reader.in_title:
                break
            continue
        first = text[cells[0][0] : cells[0][1]]
        if _marker(first) or (len(first) > 160 and not reader.in_title):
            break
        if not all(reader.take(a, b, i) for a, b in cells):
            break
    fields, last = reader.fields, reader.last
    if not (fields.number or fields.doc_type or fields.place_date) or last < 0:
        return HeaderFields(), 0
    first_line = next(cells for cells in lines if cells)
    fields.extent = (first_line[0][0], lines[last][-1][1])
    fields.kind = _document_kind(text, fields)
    return fields, last + 1


def _document_kind(text: str, fields: HeaderFields) -> str:
    """The document type: as printed, else read from the number's code ("12-CT/TU" → CHỈ THỊ)."""
    pat = patterns()
    if fields.doc_type:
        return text[slice(*fields.doc_type)]
    if fields.number:
        for code in re.split(r"[-/]", text[slice(*fields.number)]):
            if code in pat.type_codes:
                return pat.type_codes[code]
    if fields.title and pat.letter_title.match(text[slice(*fields.title[0])]):
        return pat.letter_type
    return ""


def _ends_with_colon(text: str, para: Paragraph) -> bool:
    return text[para.start : para.end].rstrip().endswith(":")


def read_layout(text: str) -> Layout:
    """Read the structure of canonical ``text``."""
    pat = patterns()
    lines = _cells(text)
    header, body_from = _read_header(text, lines)
    paragraphs: list[Paragraph] = []
    roots: list[Node] = []
    stack: list[Node] = []
    recipients: list[tuple[int, int]] = []
    mode = "body"
    line_paras: list[Paragraph] = []  # first paragraph of every body line, in order
    for i, cells in enumerate(lines):
        if not cells:
            if mode == "signature":
                mode = "body"
            continue
        if i < body_from:
            paragraphs.extend(Paragraph(a, b, "header") for a, b in cells)
            continue
        first = text[cells[0][0] : cells[0][1]]
        if pat.recipients.match(first):
            mode = "recipients"
        elif mode != "recipients" and pat.signature.match(first):
            mode = "signature"
        if mode in ("recipients", "signature"):
            for a, b in cells:
                paragraphs.append(Paragraph(a, b, mode))
            cell = text[cells[0][0] : cells[0][1]]
            if mode == "recipients" and cell.startswith(("-", "+", "•")):
                a, b = cells[0]
                a += len(cell) - len(cell[1:].lstrip())
                recipients.append((a, b))
            continue
        # In the body a tab is a typing accident, not a column: the line is one paragraph.
        para = Paragraph(cells[0][0], cells[-1][1])
        paragraphs.append(para)
        line_paras.append(para)
        marker = _marker(first)
        if marker is None:
            for node in stack:
                node.end = max(node.end, para.end)
            continue
        kind, number, length = marker
        kinds = [n.kind for n in stack]
        if kind in kinds:
            del stack[kinds.index(kind) :]
        node = Node(para.start, para.end, first[:length], number, kind, len(stack) + 1, para)
        para.node = node
        para.marker_end = para.start + length
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
        for open_node in stack:
            open_node.end = max(open_node.end, para.end)
    _attach_lead_ins(text, line_paras)
    return Layout(paragraphs, roots, header, recipients)


def _attach_lead_ins(text: str, line_paras: list[Paragraph]) -> None:
    """Give each list item the paragraph ending in ":" that introduces its list."""
    for i, para in enumerate(line_paras):
        node = para.node
        if node is None:
            continue
        for before in reversed(line_paras[:i]):
            if before.node is not None and before.node.level >= node.level:
                continue
            if _ends_with_colon(text, before):
                node.lead_in = before
            break
