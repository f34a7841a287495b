"""Clauses of one sentence: split at ";" and after a ":" lead-in.

Separators inside brackets or quotes do not split. A ":" is a lead-in when at
least two words stand before it, not all capitalised, and it is followed by a space
(so "Số: 05-CT/TU", "10:30" and the place in "Bắc Ninh: Tăng cường …" stay whole).
The separators themselves are not part of any clause.

>>> text = "Vẫn còn vi phạm như: đi muộn, về sớm; uống rượu, bia"
>>> [(text[a:b], kind) for a, b, kind in split_clauses(text, 0, len(text))]
[('Vẫn còn vi phạm như', 'lead_in'), ('đi muộn, về sớm', 'clause'), ('uống rượu, bia', 'clause')]
"""

from __future__ import annotations

_OPEN = {"(": ")", "[": "]"}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Clauses of ``text[start:end]`` as ``(start, end, kind)``, kind "lead_in" or "clause"."""
    pieces: list[tuple[int, int, str]] = []
    closers: list[str] = []
    in_quote = False
    lead_in_seen = False
    begin = start
    for i in range(start, end):
        ch = text[i]
        if ch == '"':
            in_quote = not in_quote
        elif ch in _OPEN:
            closers.append(_OPEN[ch])
        elif closers and ch == closers[-1]:
            closers.pop()
        elif in_quote or closers:
            continue
        elif ch == ";":
            pieces.append((begin, i, "clause"))
            begin = i + 1
        elif ch == ":" and not lead_in_seen and _is_lead_in(text, begin, i, end):
            pieces.append((begin, i, "lead_in"))
            begin = i + 1
            lead_in_seen = True
    tail_kind = "clause"
    tail_end = end
    stripped_end = _trim(text, begin, end)[1]
    if stripped_end > begin and text[stripped_end - 1] == ":" and not in_quote and not closers:
        tail_kind, tail_end = "lead_in", stripped_end - 1
    pieces.append((begin, tail_end, tail_kind))
    out = []
    for a, b, kind in pieces:
        a, b = _trim(text, a, b)
        if b > a:
            out.append((a, b, kind))
    return out


def _is_lead_in(text: str, begin: int, colon: int, end: int) -> bool:
    after = colon + 1
    if after >= end or not text[after].isspace() or not text[after:end].strip():
        return False
    words = text[begin:colon].split()
    # "Bắc Ninh: Tăng cường …" is a place before a headline, not a lead-in.
    return len(words) >= 2 and not all(w[:1].isupper() for w in words)
