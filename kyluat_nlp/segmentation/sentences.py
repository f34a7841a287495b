"""Sentence boundaries inside one paragraph of canonical text.

A sentence ends at ``.``, ``!``, ``?`` or an ellipsis (with any closing quotes or
brackets) when the next sentence starts with a capital letter, a digit or an
opening quote (a space may follow it: ``" Tôi …``), and also where a full stop is
glued to the next capitalised word ("gái.Dựa"). A full stop after an abbreviation
from ``data/abbreviations.txt`` (TP., ThS., TS. …), after an initial ("Q.", "P.")
or inside a number (31/12/2024, 1.000.000, 05-CT/TU) never ends a sentence.

>>> text = "Ông Nguyễn Văn A, ThS. kinh tế, về TP. Bắc Ninh ngày 31/12/2024. Ông đi muộn."
>>> [text[a:b] for a, b in split_sentences(text)]
['Ông Nguyễn Văn A, ThS. kinh tế, về TP. Bắc Ninh ngày 31/12/2024.', 'Ông đi muộn.']
"""

from __future__ import annotations

import re
from functools import lru_cache

from kyluat_nlp.normalization import LOWERCASE
from kyluat_nlp.resources import load_lines

_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# Punctuation that ends a sentence, closing quotes/brackets, then space and a sentence start.
_BOUNDARY = re.compile(
    rf"([.!?…]+[\"')\]]*)(?=[ \t]+(?:[\"'(\[][ \t]?)?[{_UPPER}0-9])"
    # or a full stop glued to a capitalised word: "gái.Dựa"
    rf"|(?<=[{LOWERCASE}][{LOWERCASE}])([.!?])(?=[{_UPPER}][{LOWERCASE}])"
)
_WORD_BEFORE = re.compile(r"(\S+?)\.*$")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(load_lines("abbreviations.txt"))


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` belongs to an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"'":
        start -= 1
    word = text[start:dot]
    if not word:
        return False
    if word in _abbreviations() or word.rstrip(".") in _abbreviations():
        return True
    # An initial: one capital letter ("Q.", "P.", "H.").
    return len(word) == 1 and word.isupper()


def split_sentences(
    text: str, start: int = 0, end: int | None = None, protect_until: int = -1
) -> list[tuple[int, int]]:
    """Sentence offsets inside ``text[start:end]`` (one paragraph, no line breaks).

    No sentence ends at or before ``protect_until`` (the end of a list marker such
    as "1." or "Điều 5.").
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _BOUNDARY.finditer(text, start, end):
        group = m.group(1) if m.group(1) is not None else m.group(2)
        cut = m.start() + len(group)
        if cut <= protect_until or (group == "." and _is_abbreviation(text, m.start())):
            continue
        if text[begin:cut].strip():
            spans.append((begin, cut))
        begin = cut
        while begin < end and text[begin] in " \t":
            begin += 1
    if begin < end and text[begin:end].strip():
        spans.append((begin, end))
    return spans
