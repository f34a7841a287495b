"""Canonical Vietnamese text with an alignment back to the user's string.

``normalize`` composes NFD to NFC, moves tone marks to the modern place
(``hoà`` → ``hòa``, ``thuỷ`` → ``thủy``, ``qúy`` → ``quý``), unifies quotes and
dashes, turns CR/LF variants into ``\\n``, collapses runs of spaces (a tab or a
run of three or more spaces, a column gap, becomes one tab), drops spaces at line
ends and removes invisible characters. Offsets in the canonical text map back to
the original with :meth:`Normalized.to_original`.

>>> n = normalize("Thuỷ  lợi\\r\\n")
>>> n.text
'Thủy lợi\\n'
>>> n.to_original(6, 9)
(7, 11)
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from kyluat_nlp.document import Span
from kyluat_nlp.resources import load_json

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
_ORTHO = load_json("orthography.json")
_VOWELS = _ORTHO["plain_vowels"] + _ORTHO["shaped_vowels"]
_SHAPED = set(_ORTHO["shaped_vowels"])
_ONSETS = sorted(_ORTHO["onsets"], key=len, reverse=True)
_CODAS = set(_ORTHO["codas"])
_OLD_STYLE_PAIRS = {"oa", "oe", "uy"}


def _tone_tables() -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], str]]:
    split: dict[str, tuple[str, str]] = {}
    for base in _VOWELS + _VOWELS.upper():
        for mark in TONE_MARKS:
            toned = unicodedata.normalize("NFC", base + mark)
            split[toned] = (base, mark)
    return split, {value: key for key, value in split.items()}


_SPLIT_TONE, _JOIN_TONE = _tone_tables()
# Letter runs: each word is moved to the tone style as a whole (cached per word).
_LETTER_RUN = re.compile(r"([^\W\d_]+)")

_LINE_BREAKS = "\r\n\x0b\x0c\x85\u2028\u2029"
_OTHER_LINE_BREAKS = _LINE_BREAKS.replace("\n", "")  # those canonical text writes as "\n"
_HSPACE = " \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_REMOVED = "".join(_ORTHO["removed_characters"])
_SPECIAL = re.compile(
    "(?P<nfd>[^\n][\u0300-\u036f]+)"
    "|(?P<crlf>\r\n)"
    f"|(?P<newline>[{_OTHER_LINE_BREAKS}])"
    # whitespace that changes: a run, a space that is not " ", or a space at a line edge
    f"|(?P<space>[{_HSPACE}]{{2,}}|[{_HSPACE[1:]}]"
    f"|(?:^|(?<=[{_LINE_BREAKS}])) | (?=[{_LINE_BREAKS}]|\\Z))"
    f"|(?P<removed>[{_REMOVED}\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]+)"
)
# Every match of _SPECIAL except "\n" holds one of these (a superset, checked first).
_MAYBE_SPECIAL = re.compile(
    f"[\u0300-\u036f{_OTHER_LINE_BREAKS}{_HSPACE[1:]}{_REMOVED}"
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]|  | \n|\n |\\A | \\Z"
)
_TYPOGRAPHY = {**_ORTHO["quotes"], **_ORTHO["dashes"]}
_TYPOGRAPHIC = re.compile("|".join(map(re.escape, _TYPOGRAPHY)))


def parse_syllable(lower: str) -> tuple[int, int, str] | None:
    """Split a lowercase toneless syllable into onset, nucleus and coda.

    Returns where the nucleus starts and ends, and the coda; ``None`` when the
    word is not a Vietnamese syllable.

    >>> parse_syllable("quyen"), parse_syllable("string")
    ((2, 4, 'n'), None)
    """
    start = 0
    for onset in _ONSETS:
        if lower.startswith(onset):
            follows_vowel = len(lower) > len(onset) and lower[len(onset)] in _VOWELS
            if onset in ("gi", "qu") and not follows_vowel:
                continue
            start = len(onset)
            break
    end = start
    while end < len(lower) and lower[end] in _VOWELS:
        end += 1
    coda = lower[end:]
    if end == start or end - start > 3 or coda not in _CODAS:
        return None
    return start, end, coda


@lru_cache(maxsize=65536)
def place_tone(syllable: str, style: str = "new") -> str:
    """Put the tone mark of one syllable where the given style wants it.

    ``style="new"`` gives ``hòa, thủy, khỏe`` (the canonical form); ``"old"`` gives
    ``hoà, thuỷ, khoẻ``. A word that is not a Vietnamese syllable comes back as is.

    >>> place_tone("hoà"), place_tone("qúy"), place_tone("hòa", "old")
    ('hòa', 'quý', 'hoà')
    """
    chars = list(syllable)
    bare = []
    tone, tone_at = "", -1
    for i, ch in enumerate(chars):
        if ch in _SPLIT_TONE:
            if tone:
                return syllable
            base, tone = _SPLIT_TONE[ch]
            tone_at = i
            bare.append(base)
        else:
            bare.append(ch)
    if not tone:
        return syllable
    lower = "".join(bare).lower()
    parsed = parse_syllable(lower)
    if parsed is None:
        return syllable
    start, end, coda = parsed
    nucleus = lower[start:end]
    if "ươ" in nucleus:
        target = start + nucleus.index("ươ") + 1
    elif any(v in _SHAPED for v in nucleus):
        target = start + next(i for i, v in enumerate(nucleus) if v in _SHAPED)
    elif coda or len(nucleus) == 1:
        target = end - 1
    elif len(nucleus) == 2:
        old = style == "old" and nucleus in _OLD_STYLE_PAIRS
        target = start + (1 if old else 0)
    else:
        target = start + 1
    if target == tone_at:
        return syllable
    chars[tone_at] = bare[tone_at]
    chars[target] = _JOIN_TONE[(bare[target], tone)]
    return "".join(chars)


def set_tone_style(text: str, style: str = "new") -> str:
    """Move every tone mark of an NFC text to the given style (length is kept).

    >>> set_tone_style("Thuỷ lợi hoà bình", "new")
    'Thủy lợi hòa bình'
    """
    parts = _LETTER_RUN.split(text)  # words at odd indices
    moved = {}
    for word in set(parts[1::2]):
        placed = _place_tone_cached(word, style)
        if placed != word:
            moved[word] = placed
    if not moved:
        return text
    return "".join(map(moved.get, parts, parts))


_place_tone_cached = lru_cache(maxsize=65536)(place_tone)


def _fold_table() -> dict[int, str]:
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for code in range(0xC0, 0x1F00):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base
    return table


_FOLD = _fold_table()


def lower_keep_length(text: str) -> str:
    """Lowercase, except the rare characters whose lowercase is longer (so offsets hold)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def strip_diacritics(text: str) -> str:
    """Vietnamese letters without their marks, one character for one (so offsets hold).

    >>> strip_diacritics("Đi muộn, về sớm")
    'Di muon, ve som'
    """
    return text.translate(_FOLD)


@dataclass(frozen=True)
class Normalized:
    """Canonical text plus the map of its offsets back to the original string.

    The map is a list of segments: ``_norm[k]`` and ``_orig[k]`` are where segment
    ``k`` starts in each text; an identity segment maps offset by offset, a
    replaced one (NFD letters, CRLF, a run of spaces, removed characters) maps as
    a whole.
    """

    text: str
    original: str
    _norm: array
    _orig: array
    _identity: bytes

    @property
    def is_identity(self) -> bool:
        """True when offsets are the same in both texts."""
        return len(self._identity) == 1

    def _segment(self, k: int, offset: int, at_end: bool) -> int:
        if self._identity[k]:
            return self._orig[k] + offset - self._norm[k]
        if at_end and offset > self._norm[k]:
            return self._orig[k + 1] if k + 1 < len(self._orig) else len(self.original)
        return self._orig[k]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` of the canonical text to the original text."""
        if self.is_identity:
            return start, end
        k_start = bisect_right(self._norm, start) - 1
        orig_start = self._segment(k_start, start, at_end=False)
        if end <= start:
            return orig_start, orig_start
        k_end = bisect_right(self._norm, end - 1) - 1
        return orig_start, self._segment(k_end, end, at_end=True)

    def to_canonical(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` of the original text to the canonical text."""
        if self.is_identity:
            return start, end

        def one(offset: int, at_end: bool) -> int:
            k = bisect_right(self._orig, offset - (1 if at_end and offset else 0)) - 1
            if self._identity[k]:
                return self._norm[k] + offset - self._orig[k]
            if at_end and k + 1 < len(self._norm):
                return self._norm[k + 1]
            return self._norm[k] if not at_end else len(self.text)

        a = one(start, False)
        return a, max(a, one(end, True)) if end > start else a

    def span(self, start: int, end: int, label: str = "") -> Span:
        """A :class:`Span` of the original text for canonical offsets."""
        a, b = self.to_original(start, end)
        return Span(a, b, self.original[a:b], label)


def _replacement(text: str, m: re.Match) -> str:
    kind = m.lastgroup
    if kind == "nfd":
        return unicodedata.normalize("NFC", m.group())
    if kind in ("crlf", "newline"):
        return "\n"
    if kind == "space":
        before = text[m.start() - 1] if m.start() else "\n"
        after = text[m.end()] if m.end() < len(text) else "\n"
        if before in _LINE_BREAKS or after in _LINE_BREAKS:
            return ""
        run = m.group()
        return "\t" if "\t" in run or len(run) >= 3 else " "
    return ""


# A line break inside a sentence (text copied from a PDF or wrapped at a fixed width): the
# line before ends in a word, a number, a comma or a bracket, and the next one goes on,
# not indented, in lowercase or with a number that is no list marker ("… trước ngày\n31/3/2025").
# Vietnamese lowercase letters, as a regex character class body
LOWERCASE = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_SOFT_BREAK = re.compile(
    # "\n" first, then the look behind: the scan jumps from one line break to the next
    rf"\n(?<=[^\s.:;!?…]\n)(?=[{LOWERCASE}]|\d(?!\d*(?:\.\d+)*[.)]?\s))(?![a-zđ][.)]\s)"
)


def _unwrap(text: str, at: int) -> str:
    """A space for the line break at ``at``, unless the line before is a heading in capitals
    ("CHỈ THỊ" before "về tăng cường kỷ luật …")."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return "\n" if line.isupper() else " "


def normalize(text: str) -> Normalized:
    """Make ``text`` canonical and keep the way back to its offsets.

    >>> normalize("Uỷ ban nhân dân").text
    'Ủy ban nhân dân'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() needs a str, got {type(text).__name__}")
    original = text
    if "\n" in text:  # a line wrapped inside a sentence goes on with it (same length)
        text = _SOFT_BREAK.sub(lambda m: _unwrap(text, m.start()), text)
    parts: list[str] = []
    norm, orig, identity = array("q", [0]), array("q", [0]), bytearray([1])
    pos = npos = 0
    # Most texts hold nothing _SPECIAL replaces: a scan for the characters its matches
    # must contain is several times faster than the scan for the matches.
    special = _SPECIAL.finditer(text) if _MAYBE_SPECIAL.search(text) else ()
    for m in special:
        start, end = m.span()
        if start > pos:
            parts.append(text[pos:start])
            npos += start - pos
        replacement = _replacement(text, m)
        parts.append(replacement)
        if len(replacement) != end - start:
            for n_at, o_at, same in ((npos, start, 0), (npos + len(replacement), end, 1)):
                norm.append(n_at)
                orig.append(o_at)
                identity.append(same)
        npos += len(replacement)
        pos = end
    parts.append(text[pos:])
    # A regex finds the few quotes and dashes faster than str.translate scans the text.
    canonical = _TYPOGRAPHIC.sub(lambda m: _TYPOGRAPHY[m.group()], "".join(parts))
    canonical = set_tone_style(canonical)
    return Normalized(canonical, original, norm, orig, bytes(identity))
