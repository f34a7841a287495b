"""Word segmentation: underthesea's CRF, one sentence at a time, plus a domain lexicon.

underthesea's public ``word_tokenize`` rewrites tokens (NFC, its own spelling
map) and joins across line breaks, so its output cannot be placed back in the
text reliably. This module runs the same two steps, underthesea's syllable regex
and its CRF word model, on canonical text, keeping each syllable's offsets. Then
runs of words that form a term of the administrative lexicon
(``data/lexicon/admin_terms.txt``) are merged into one word.

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
    """Administrative multi-word terms, as lowercase syllable tuples (first syllable → max length)."""
    terms = {tuple(line.lower().split()) for line in load_lines("lexicon/admin_terms.txt")}
    return {term: len(term) for term in terms if len(term) > 1}


def syllables(text: str) -> list[tuple[int, int]]:
    """Offsets of the syllables and symbols of ``text`` by underthesea's regex."""
    patterns, _, _ = _underthesea()
    return [m.span() for m in patterns.finditer(text)]


def _merge_lexicon(words: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    terms = lexicon()
    if not terms:
        return words
    longest = max(terms.values())
    keys = [tuple(text[a:b].lower().split()) for a, b in words]
    merged: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        best = 1
        syllable_run: tuple[str, ...] = ()
        for j in range(i, min(len(words), i + longest)):
            syllable_run += keys[j]
            if len(syllable_run) > longest:
                break
            if j > i and syllable_run in terms:
                best = j - i + 1
        merged.append((words[i][0], words[i + best - 1][1]))
        i += best
    return merged


def segment_words(text: str) -> list[tuple[int, int, str]]:
    """Words of one sentence of canonical text: ``(start, end, word)`` with offsets in ``text``.

    A word of several syllables keeps the text between them, so offsets stay exact.
    """
    patterns, token_normalize, model = _underthesea()
    spans = [m.span() for m in patterns.finditer(text)]
    if not spans:
        return []
    tags = model.predict([[token_normalize(text[a:b])] for a, b in spans])
    words: list[tuple[int, int]] = []
    for (a, b), tag in zip(spans, tags):
        # A word never runs across a line break (underthesea's own output does).
        if tag == "I-W" and words and "\n" not in text[words[-1][1] : a]:
            words[-1] = (words[-1][0], b)
        else:
            words.append((a, b))
    return [(a, b, text[a:b]) for a, b in _merge_lexicon(words, text)]


def pos_tag_tokens(tokens) -> list:
    """Pair each token with underthesea's part-of-speech tag for it."""
    if not tokens:
        return []
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    tags = CRFPOSTagPredictor.Instance().predict([t.norm for t in tokens])
    return [(token, tag) for token, (_, tag) in zip(tokens, tags)]
