"""Features of a report for the incident classifier.

Every text is prepared once (:func:`prepare`): canonical lowercase text, the same
without diacritics, its first line, and the default taxonomy's cue phrases in it.
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
>>> p.canonical, p.folded, [m.category for m in p.cues]
('cán bộ đi muộn, về sớm.', 'can bo di muon, ve som.', ['working_time', 'working_time'])
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from kyluat_nlp.lang import detect_language
from kyluat_nlp.normalization import lower_keep_length, normalize, strip_diacritics
from kyluat_nlp.taxonomy import CueMatch, Taxonomy


@dataclass(frozen=True)
class Prepared:
    """A text made ready for the features."""

    canonical: str  # normalised, lowercase
    folded: str  # the same without diacritics
    no_diacritics: bool
    title: str  # the first line (a headline), or the first 200 characters
    cues: tuple[CueMatch, ...]  # the default taxonomy's phrases in the text


def prepare_canonical(canonical_text: str) -> tuple[Prepared, tuple[str, ...]]:
    """Prepare text that is already normalised; also returns its language flags."""
    lower = lower_keep_length(canonical_text)
    _, flags = detect_language(lower)
    no_diacritics = "no_diacritics" in flags
    folded = strip_diacritics(lower)
    title = lower.lstrip().split("\n", 1)[0][:200]
    cues = Taxonomy.default().match_cues(folded if no_diacritics else lower, no_diacritics)
    return Prepared(lower, folded, no_diacritics, title, tuple(cues)), flags


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


FEATURE_FAMILIES = ("char", "syllable", "folded", "title", "cues")


def _syllable_ngrams(attribute: str) -> TfidfVectorizer:
    """Syllable unigrams and bigrams of one field of a prepared text."""
    return TfidfVectorizer(
        preprocessor=attrgetter(attribute), token_pattern=r"(?u)\b\w+\b",
        ngram_range=(1, 2), min_df=2, sublinear_tf=True, dtype=np.float32,
    )


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
    for family, attribute in (("syllable", "canonical"), ("folded", "folded"), ("title", "title")):
        if family in families:
            parts.append((family, _syllable_ngrams(attribute)))
    if "cues" in families:
        parts.append(("cues", CueFeatures()))
    if not parts:
        raise ValueError(f"choose feature families among {FEATURE_FAMILIES}")
    return FeatureUnion(parts)
