"""Features of a report for the incident classifier.

Every text is prepared once (:func:`prepare`): canonical lowercase text, its
syllables, the same without diacritics, those of its first line, and the default
taxonomy's cue phrases in it.
The feature families are:

* ``syllable``: syllable unigrams and bigrams of the canonical text;
* ``folded``: the same on the text without diacritics;
* ``title``: syllable unigrams and bigrams of the first line (a headline names
  the main act);
* ``cues``: for each category, how many of its cue and context phrases occur
  (compared without marks only when the text has none);
* ``char``: character 2–5-grams of the text without diacritics.

The default is syllable + folded + title + cues, trained with copies of the texts
stripped of diacritics: ``benchmarks/classifier_features.py`` compares the
families (with char n-grams the scores are no better and classification is
several times slower). Word n-grams from the segmenter were not kept: segmenting
costs about 15 ms per 2 KB report, three times the latency budget.

>>> p = prepare(["Cán bộ đi muộn, về sớm."])[0]
>>> p.folded_syllables, [m.category for m in p.cues]
(('can', 'bo', 'di', 'muon', 've', 'som'), ['working_time', 'working_time'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import repeat
from operator import attrgetter

import numpy as np
from scipy import sparse
from sklearn import preprocessing
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from kyluat_nlp.lang import detect_language_of_words
from kyluat_nlp.normalization import lower_keep_length, normalize, strip_diacritics
from kyluat_nlp.taxonomy import CueMatch, Taxonomy

_SYLLABLE = re.compile(r"(?u)\b\w+\b")
_LANGUAGE_WORDS = 500  # the syllables whose letter-only words tell the language


@dataclass(frozen=True)
class Prepared:
    """A text made ready for the features."""

    canonical: str  # normalised, lowercase
    no_diacritics: bool
    syllables: tuple[str, ...]  # the words of the canonical text
    folded_syllables: tuple[str, ...]  # the same without diacritics
    title_syllables: tuple[str, ...]  # those of the first line (a headline), at most 200 chars
    cues: tuple[CueMatch, ...]  # the default taxonomy's phrases in the text

    @property
    def folded(self) -> str:
        """The canonical text without diacritics."""
        return strip_diacritics(self.canonical)


_fold_syllable = lru_cache(maxsize=65536)(strip_diacritics)


def prepare_canonical(canonical_text: str) -> tuple[Prepared, tuple[str, ...]]:
    """Prepare text that is already normalised; also returns its language flags."""
    lower = lower_keep_length(canonical_text)
    syllables = tuple(_SYLLABLE.findall(lower))
    _, flags = detect_language_of_words([s for s in syllables[:_LANGUAGE_WORDS] if s.isalpha()])
    no_diacritics = "no_diacritics" in flags
    title = tuple(_SYLLABLE.findall(lower.lstrip().split("\n", 1)[0][:200]))
    cues = Taxonomy.default().match_cues(lower, no_diacritics)
    prepared = Prepared(
        lower, no_diacritics, syllables, tuple(map(_fold_syllable, syllables)), title,
        tuple(cues),
    )
    return prepared, flags


def prepare(texts) -> list[Prepared]:
    """Prepare raw texts for the features."""
    return [prepare_canonical(normalize(text).text)[0] for text in texts]


class CueFeatures(TransformerMixin, BaseEstimator):
    """log(1 + count) of each default category's cue and context phrases (2 columns each)."""

    def fit(self, X, y=None):
        self.ids_ = Taxonomy.default().ids
        return self

    def get_feature_names_out(self, input_features=None):
        return np.array([f"{cid}:{kind}" for cid in self.ids_ for kind in ("cue", "context")])

    def transform(self, X):
        index = {cid: i for i, cid in enumerate(self.ids_)}
        rows = np.zeros((len(X), 2 * len(self.ids_)), dtype=np.float32)
        for r, prepared in enumerate(X):
            for m in prepared.cues:
                rows[r, 2 * index[m.category] + (m.kind == "context")] += 1
        return sparse.csr_matrix(np.log1p(rows))


def _ngrams(field: str, ngram_range: tuple[int, int], prepared: Prepared) -> list[str]:
    """The n-grams of a syllable field, as scikit-learn's word analyzer joins them."""
    syllables = getattr(prepared, field)
    low, high = ngram_range
    return [" ".join(syllables[i : i + n])
            for n in range(low, high + 1) for i in range(len(syllables) - n + 1)]


class SyllableNgrams(TransformerMixin, BaseEstimator):
    """TF-IDF of the n-grams of one syllable field of prepared texts.

    ``fit`` is scikit-learn's ``TfidfVectorizer`` (sublinear tf, l2 norm), whose
    ``vocabulary_`` and ``idf_`` are kept. ``transform`` gives the same matrix
    faster (it is most of the classifier's time): each syllable becomes a number
    with one dictionary lookup; a unigram's column is then read from a table, and
    longer n-grams, as keys computed from those numbers, are looked up all at once
    in the sorted keys of the vocabulary.

    >>> docs = prepare(["Cán bộ đi muộn về sớm.", "Cán bộ đi muộn.", "Về sớm."])
    >>> vectorizer = SyllableNgrams("syllables", min_df=2).fit(docs)
    >>> sorted(vectorizer.vocabulary_)
    ['bộ', 'bộ đi', 'cán', 'cán bộ', 'muộn', 'sớm', 'về', 'về sớm', 'đi', 'đi muộn']
    >>> vectorizer.transform(docs[2:]).nnz
    3
    """

    def __init__(self, field: str = "syllables", ngram_range=(1, 2), min_df: int = 2):
        self.field = field
        self.ngram_range = ngram_range
        self.min_df = min_df

    def fit(self, X, y=None):
        vectorizer = TfidfVectorizer(
            analyzer=partial(_ngrams, self.field, self.ngram_range), min_df=self.min_df,
            sublinear_tf=True, dtype=np.float32,
        ).fit(X)
        self.vocabulary_ = vectorizer.vocabulary_
        self.idf_ = vectorizer.idf_.astype(np.float32)
        syllables = sorted({t for gram in self.vocabulary_ for t in gram.split(" ")})
        self.syllables_ = {t: i for i, t in enumerate(syllables)}
        if (len(syllables) + 1) ** self.ngram_range[1] >= 2**62:
            raise ValueError("too many syllables for integer n-gram keys")
        # Index 0 of the table stands for a syllable outside the vocabulary.
        self.unigram_columns_ = np.full(len(syllables) + 1, -1, dtype=np.int64)
        keys, columns = [], []
        for gram, column in self.vocabulary_.items():
            digits = [self.syllables_[t] + 1 for t in gram.split(" ")]
            if len(digits) == 1:
                self.unigram_columns_[digits[0]] = column
            else:
                keys.append(self._key(digits))
                columns.append(column)
        order = np.argsort(np.array(keys, dtype=np.int64))
        self.ngram_keys_ = np.array(keys, dtype=np.int64)[order]
        self.ngram_columns_ = np.array(columns, dtype=np.int64)[order]
        return self

    def _key(self, digits) -> int:
        """An n-gram's key: its syllable numbers plus one, as digits in base len + 1."""
        key = 0
        for digit in digits:
            key = key * (len(self.syllables_) + 1) + digit
        return key

    def get_feature_names_out(self, input_features=None):
        names = np.empty(len(self.vocabulary_), dtype=object)
        for gram, j in self.vocabulary_.items():
            names[j] = gram
        return names

    def transform(self, X):
        ids: list[int] = []
        lengths = []
        for prepared in X:  # a -1 after each text: no n-gram spans two texts
            syllables = getattr(prepared, self.field)
            ids.extend(map(self.syllables_.get, syllables, repeat(-1)))
            ids.append(-1)
            lengths.append(len(syllables) + 1)
        digits = np.array(ids, dtype=np.int64) + 1  # 0: a syllable outside the vocabulary
        rows = np.repeat(np.arange(len(lengths)), lengths)
        found_rows, found_columns = [], []
        low, high = self.ngram_range
        if low == 1:
            columns = self.unigram_columns_[digits]
            hit = columns >= 0
            found_rows.append(rows[hit])
            found_columns.append(columns[hit])
        for n in range(max(low, 2), high + 1):
            keys = np.zeros(len(digits) - n + 1, dtype=np.int64)
            known = np.ones(len(keys), dtype=bool)
            for i in range(n):
                part = digits[i : len(digits) - n + 1 + i]
                keys = keys * (len(self.syllables_) + 1) + part
                known &= part > 0
            keys = keys[known]
            at = np.searchsorted(self.ngram_keys_, keys)
            at[at == len(self.ngram_keys_)] = 0
            hit = self.ngram_keys_[at] == keys if len(self.ngram_keys_) else at < 0
            found_rows.append(rows[: len(known)][known][hit])
            found_columns.append(self.ngram_columns_[at[hit]])
        counts = sparse.csr_matrix(
            (np.ones(sum(map(len, found_rows)), dtype=np.float32),
             (np.concatenate(found_rows), np.concatenate(found_columns))),
            shape=(len(lengths), len(self.vocabulary_)),
        )  # duplicates are summed
        np.log(counts.data, out=counts.data)
        counts.data += 1  # sublinear tf: 1 + log(count)
        return preprocessing.normalize(counts.multiply(self.idf_).tocsr(), copy=False)


FEATURE_FAMILIES = ("char", "syllable", "folded", "title", "cues")


def build_features(families=("syllable", "folded", "title", "cues")) -> FeatureUnion:
    """A FeatureUnion over prepared texts with the chosen feature families."""
    parts = []
    if "char" in families:
        parts.append((
            "char",
            TfidfVectorizer(
                preprocessor=attrgetter("folded"), analyzer="char_wb", ngram_range=(2, 5),
                min_df=2, sublinear_tf=True, max_features=200_000, dtype=np.float32,
            ),
        ))
    fields = {"syllable": "syllables", "folded": "folded_syllables", "title": "title_syllables"}
    for family, attribute in fields.items():
        if family in families:
            parts.append((family, SyllableNgrams(attribute)))
    if "cues" in families:
        parts.append(("cues", CueFeatures()))
    if not parts:
        raise ValueError(f"choose feature families among {FEATURE_FAMILIES}")
    return FeatureUnion(parts)
