"""Word segmentation: underthesea's CRF, one sentence at a time, plus a domain lexicon.

underthesea's public ``word_tokenize`` rewrites tokens (NFC, its own spelling
map) and joins across line breaks, so its output cannot be placed back in the
text reliably. This module runs the same two steps, underthesea's syllable regex
and its CRF word model, on canonical text, keeping each syllable's offsets. Then
every run of syllables that forms a term of the administrative lexicon
(``data/lexicon/admin_terms.txt``) becomes one word, cutting a CRF word that
straddles it ("Đảng | ủy xã" → "Đảng ủy | xã").

>>> [w for _, _, w in segment_words("Đảng viên, công chức phải gương mẫu.")]
['Đảng viên', ',', 'công chức', 'phải', 'gương mẫu', '.']
"""

from __future__ import annotations

from functools import lru_cache

from kyluat_nlp.resources import load_lines


@lru_cache(maxsize=1)
def _underthesea():
    """underthesea's syllable regex, token normaliser and CRF word model, loaded once."""
    from underthesea.pipeline import word_tokenize as wt
    from underthesea.pipeline.text_normalize import token_normalize
    from underthesea.pipeline.word_tokenize.regex_tokenize import patterns

    wt.word_tokenize("khởi động")  # loads the CRF model shipped in the wheel (no download)
    return patterns, token_normalize, wt.word_tokenize_model


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, ...], int]:
    """Administrative multi-word terms as lowercase syllable tuples, mapped to their length."""
    terms = {tuple(line.lower().split()) for line in load_lines("lexicon/admin_terms.txt")}
    return {term: len(term) for term in terms if len(term) > 1}


@lru_cache(maxsize=1)
def _first_syllables() -> frozenset[str]:
    return frozenset(term[0] for term in lexicon())


def _apply_lexicon(keys: list[str], starts: list[bool]) -> None:
    """Make every lexicon term one word: a boundary before and after it, none inside."""
    terms = lexicon()
    longest = max(terms.values(), default=0)
    firsts = _first_syllables()
    i = 0
    while i < len(keys):
        if keys[i] not in firsts:
            i += 1
            continue
        found = 0
        for k in range(min(longest, len(keys) - i), 1, -1):
            if tuple(keys[i : i + k]) in terms:
                found = k
                break
        if not found:
            i += 1
            continue
        starts[i] = True
        for inside in range(i + 1, i + found):
            starts[inside] = False
        if i + found < len(starts):
            starts[i + found] = True
        i += found


def segment_words(text: str) -> list[tuple[int, int, str]]:
    """Words of one sentence of canonical text: ``(start, end, word)`` with offsets in ``text``.

    A word of several syllables keeps the text between them, so offsets stay exact.
    """
    patterns, token_normalize, model = _underthesea()
    spans = [m.span() for m in patterns.finditer(text)]
    if not spans:
        return []
    tags = model.predict([[token_normalize(text[a:b])] for a, b in spans])
    starts = [tag != "I-W" for tag in tags]
    _apply_lexicon([text[a:b].lower() for a, b in spans], starts)
    words: list[tuple[int, int]] = []
    for (a, b), start in zip(spans, starts):
        # A word never runs across a line break (underthesea's own output does).
        if not start and words and "\n" not in text[words[-1][1] : a]:
            words[-1] = (words[-1][0], b)
        else:
            words.append((a, b))
    return [(a, b, text[a:b]) for a, b in words]


def pos_tag_words(words: list[str]) -> list[str]:
    """underthesea's part-of-speech tag for each word of one sentence."""
    if not words:
        return []
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    return [tag for _, tag in CRFPOSTagPredictor.Instance().predict(words)]


def pos_tag_tokens(tokens) -> list:
    """Pair each token with underthesea's part-of-speech tag for it."""
    return list(zip(tokens, pos_tag_words([t.norm for t in tokens])))
