"""Features of a report for the incident classifier.

Every text is prepared once (:func:`prepare`): canonical lowercase text and the
same without diacritics. The feature families, chosen by measurement
(``kyluat evaluate classifier --features``), are:

* ``char``: character 2–5-grams inside word boundaries of the text without
  diacritics, so a message typed without marks still meets the same features;
* ``syllable``: syllable unigrams and bigrams of the canonical text;
* ``title``: syllable unigrams and bigrams of the first line (a headline names
  the main act);
* ``cues``: for each category, how many of its cue and context phrases occur
  (compared without marks only when the text has none).

>>> p = prepare(["Cán bộ đi muộn, về sớm."])[0]
>>> p.canonical, p.folded
('cán bộ đi muộn, về sớm.', 'can bo di muon, ve som.')
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
from kyluat_nlp.normalization import normalize, strip_diacritics
from kyluat_nlp.taxonomy import Taxonomy


@dataclass(frozen=True)
class Prepared:
    """A text made ready for the features."""

    canonical: str  # normalised, lowercase
    folded: str  # the same without diacritics
    no_diacritics: bool
    title: str  # the first line (a headline), or the first 200 characters


def prepare(texts) -> list[Prepared]:
    out = []
    for text in texts:
        canonical = normalize(text).text.lower()
        lang, flags = detect_language(canonical)
        first_line = canonical.lstrip().split("\n", 1)[0]
        title = first_line if len(first_line) <= 200 else first_line[:200]
        out.append(
            Prepared(canonical, strip_diacritics(canonical), "no_diacritics" in flags, title)
        )
    return out


class CueFeatures(TransformerMixin, BaseEstimator):
    """log(1 + count) of each category's cue and context phrases (2 columns a category)."""

    def __init__(self, taxonomy: Taxonomy | None = None):
        self.taxonomy = taxonomy

    def fit(self, X, y=None):
        self.taxonomy_ = self.taxonomy or Taxonomy.default()
        self.ids_ = self.taxonomy_.ids
        return self

    def transform(self, X):
        index = {cid: i for i, cid in enumerate(self.ids_)}
        rows = np.zeros((len(X), 2 * len(self.ids_)), dtype=np.float64)
        for r, prepared in enumerate(X):
            if prepared.no_diacritics:
                matches = self.taxonomy_.match_cues(prepared.folded, folded=True)
            else:
                matches = self.taxonomy_.match_cues(prepared.canonical)
            for m in matches:
                rows[r, 2 * index[m.category] + (m.kind == "context")] += 1
        return sparse.csr_matrix(np.log1p(rows))


FEATURE_FAMILIES = ("char", "syllable", "title", "cues")


def build_features(families=("char", "syllable", "cues"), taxonomy=None) -> FeatureUnion:
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
    if "syllable" in families:
        parts.append((
            "syllable",
            TfidfVectorizer(
                preprocessor=attrgetter("canonical"), token_pattern=r"(?u)\b\w+\b",
                ngram_range=(1, 2), min_df=2, sublinear_tf=True, dtype=np.float32,
            ),
        ))
    if "title" in families:
        parts.append((
            "title",
            TfidfVectorizer(
                preprocessor=attrgetter("title"), token_pattern=r"(?u)\b\w+\b",
                ngram_range=(1, 2), min_df=2, sublinear_tf=True, dtype=np.float32,
            ),
        ))
    if "cues" in families:
        parts.append(("cues", CueFeatures(taxonomy)))
    if not parts:
        raise ValueError(f"choose feature families among {FEATURE_FAMILIES}")
    return FeatureUnion(parts)
