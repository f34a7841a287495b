"""Is a text Vietnamese, and is it written with diacritics?

No model is needed: nearly every word of Vietnamese text, with or without
diacritics, is a well-formed Vietnamese syllable, which few words of other
languages are.

>>> detect_language("Cán bộ phải đi làm đúng giờ")
('vi', ())
>>> detect_language("can bo phai di lam dung gio")
('vi', ('no_diacritics',))
>>> detect_language("The officials must arrive on time every working day")
('other', ('not_vietnamese',))
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice

from kyluat_nlp.normalization import parse_syllable

_WORD = re.compile(r"[^\W\d_]+")
_VIETNAMESE_MARKED = re.compile(r"[đĐ\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]")
_MAX_WORDS = 400  # enough to tell; keeps the check cheap on long texts
_SCAN_CHARS = 4000  # usually holds more than _MAX_WORDS words
_MIN_WORDS = 3
_SYLLABLE_SHARE = 0.8  # share of words that are Vietnamese syllables in Vietnamese text
_MARKED_SHARE = 0.15  # below this share of marked words, diacritics are missing


@lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return parse_syllable(bare) is not None


@lru_cache(maxsize=65536)
def _is_marked(word: str) -> bool:
    return _VIETNAMESE_MARKED.search(unicodedata.normalize("NFD", word)) is not None


def detect_language(text: str) -> tuple[str, tuple[str, ...]]:
    """``(lang, flags)``: lang is "vi", "other" or "unknown" (too few words to tell)."""
    words = _WORD.findall(text, 0, _SCAN_CHARS)
    if len(words) > _MAX_WORDS:  # the last word may be cut at _SCAN_CHARS, not these
        words = words[:_MAX_WORDS]
    elif len(text) > _SCAN_CHARS:
        words = list(map(re.Match.group, islice(_WORD.finditer(text), _MAX_WORDS)))
    return detect_language_of_words(words)


def detect_language_of_words(words: list[str]) -> tuple[str, tuple[str, ...]]:
    """:func:`detect_language` for the words of a text already split (letters only;
    the first few hundred are enough).

    >>> detect_language_of_words(["can", "bo", "phai", "di", "lam"])
    ('vi', ('no_diacritics',))
    """
    words = words[:_MAX_WORDS]
    if len(words) < _MIN_WORDS:
        return "unknown", ()
    syllables = sum(map(_is_syllable, words))
    if syllables / len(words) < _SYLLABLE_SHARE:
        return "other", ("not_vietnamese",)
    marked = sum(map(_is_marked, words))
    if marked / len(words) < _MARKED_SHARE:
        return "vi", ("no_diacritics",)
    return "vi", ()
