"""``classify(text)``: which violation categories an incident report falls under.

Scores come from the shipped model for the categories it was trained on and, for
categories of a custom taxonomy it does not know, from their cue phrases
(``1 - 0.5 ** matches``: a heuristic, not a calibrated probability). A category is
a label when its score reaches its threshold; no label means "none of these".
Evidence for a label is the cue and context phrases of its category found in the
text or, when there are none, the sentence whose words weigh most for it.

>>> result = classify("Cán bộ phường bỏ trụ sở đi nhậu buổi trưa ngày thứ Hai.")
>>> sorted(result.labels)
['alcohol', 'working_time']
>>> result.evidence["alcohol"][0].text
'đi nhậu'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kyluat_nlp.classifier.features import prepare_canonical
from kyluat_nlp.classifier.store import load_model
from kyluat_nlp.document import Span
from kyluat_nlp.normalization import Normalized, normalize
from kyluat_nlp.segmentation import coerce_text
from kyluat_nlp.segmentation.sentences import split_sentences
from kyluat_nlp.taxonomy import Taxonomy

MAX_EVIDENCE = 5
CHUNK_CHARS = 6000  # longer texts are scored in parts; a category's score is its best part's


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` cut at line breaks (or spaces) into parts of at most ``size`` characters.

    >>> [len(c) for c in chunks("a" * 5 + "\\n" + "b" * 5, size=8)]
    [5, 5]
    """
    parts: list[str] = []
    rest = text
    while len(rest) > size:
        cut = rest.rfind("\n", 0, size)
        if cut <= 0:
            cut = rest.rfind(" ", 0, size)
        if cut <= 0:
            cut = size
        parts.append(rest[:cut])
        rest = rest[cut:].lstrip("\n ")
    if rest.strip() or not parts:
        parts.append(rest)
    return parts


@dataclass(frozen=True)
class Classification:
    """The answer for one text. ``labels`` empty means none of the categories applies."""

    labels: tuple[str, ...]
    scores: dict[str, float]
    evidence: dict[str, tuple[Span, ...]] = field(default_factory=dict)
    model_version: str = ""
    flags: tuple[str, ...] = ()
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "evidence": {k: [s.to_dict() for s in v] for k, v in self.evidence.items()},
            "model_version": self.model_version,
            "flags": list(self.flags),
            "error": self.error,
        }


def _version(card: dict) -> str:
    return f"{card['name']}-{card['version']}+{card['sha256'][:12]}"


def _best_sentence(norm: Normalized, model, k: int, label: str) -> Span | None:
    """The sentence whose syllables and syllable pairs weigh most for category ``k``."""
    vocabulary, weights = model.syllable_weights(k)
    best, best_score = None, 0.0
    text = norm.text
    pos = 0
    for line in text.split("\n"):
        for a, b in split_sentences(text, pos, pos + len(line)):
            words = text[a:b].lower().split()
            grams = words + [f"{x} {y}" for x, y in zip(words, words[1:])]
            found = [j for j in map(vocabulary.get, grams) if j is not None]
            score = float(weights[found].sum()) if found else 0.0
            if score > best_score:
                best, best_score = (a, b), score
        pos += len(line) + 1
    return norm.span(*best, label) if best else None


def _classify_prepared(norm, prepared, flags, probabilities, taxonomy, model, card):
    scores: dict[str, float] = {}
    labels: list[str] = []
    evidence: dict[str, tuple[Span, ...]] = {}
    if taxonomy is Taxonomy.default():
        matches = list(prepared.cues)
    else:
        matches = taxonomy.match_cues(prepared.canonical, folded=prepared.no_diacritics)
    known = {label: k for k, label in enumerate(model.labels_)}
    for category in taxonomy:
        found = [m for m in matches if m.category == category.id]
        if category.id in known:
            score = float(probabilities[known[category.id]])
            threshold = float(model.thresholds_[known[category.id]])
        else:
            score = 1.0 - 0.5 ** sum(m.kind == "cue" for m in found)
            threshold = category.threshold
        scores[category.id] = score
        if score < threshold:
            continue
        labels.append(category.id)
        found.sort(key=lambda m: (m.kind != "cue", m.start))
        spans = tuple(norm.span(m.start, m.end, category.id) for m in found[:MAX_EVIDENCE])
        if not spans and category.id in known:
            sentence = _best_sentence(norm, model, known[category.id], category.id)
            spans = (sentence,) if sentence else ()
        evidence[category.id] = spans
    return Classification(tuple(labels), scores, evidence, _version(card), flags)


def _empty(taxonomy: Taxonomy, card: dict, flag: str, error: str | None = None) -> Classification:
    return Classification((), {c.id: 0.0 for c in taxonomy}, {}, _version(card), (flag,), error)


def classify_many(
    texts: Iterable, taxonomy: Taxonomy | None = None, n_jobs: int = 1, batch_size: int = 256,
    model_path=None,
) -> list[Classification]:
    """:func:`classify` for many texts, in order; a bad item gets a result with ``error`` set."""
    texts = list(texts)
    if n_jobs != 1 and len(texts) > batch_size:
        from joblib import Parallel, delayed

        batches = [texts[i : i + batch_size] for i in range(0, len(texts), batch_size)]
        done = Parallel(n_jobs=n_jobs)(
            delayed(classify_many)(batch, taxonomy, 1, batch_size, model_path) for batch in batches
        )
        return [result for batch in done for result in batch]
    model, card = load_model(model_path)
    taxonomy = taxonomy or Taxonomy.default()
    results: list[Classification | None] = [None] * len(texts)
    ready = []
    for i, text in enumerate(texts):
        try:
            text = coerce_text(text)
        except (TypeError, ValueError) as err:
            results[i] = _empty(taxonomy, card, "invalid_input", str(err))
            continue
        if not text.strip():
            results[i] = _empty(taxonomy, card, "empty")
            continue
        norm = normalize(text)
        prepared, flags = prepare_canonical(norm.text)
        parts = [prepared]
        if len(norm.text) > CHUNK_CHARS:
            parts = [prepare_canonical(part)[0] for part in chunks(norm.text)]
            flags = (*flags, "chunked")
        ready.append((i, norm, prepared, flags, parts))
    if ready:
        probabilities = model.predict_proba_prepared([p for r in ready for p in r[4]])
        row = 0
        for i, norm, prepared, flags, parts in ready:
            best = probabilities[row : row + len(parts)].max(axis=0)
            row += len(parts)
            results[i] = _classify_prepared(norm, prepared, flags, best, taxonomy, model, card)
    return results


def classify(
    text: str | bytes, taxonomy: Taxonomy | None = None, model_path=None
) -> Classification:
    """Classify one incident text against the taxonomy (the default one if not given).

    Empty or blank text gives no labels and the flag ``"empty"``; ``None`` or a
    non-text value raises ``TypeError``. A text longer than ``CHUNK_CHARS`` is
    scored part by part (nothing is cut off) and flagged ``"chunked"``.
    """
    if not isinstance(text, (str, bytes, bytearray)):
        raise TypeError(f"expected text as str or UTF-8 bytes, got {type(text).__name__}")
    result = classify_many([text], taxonomy, model_path=model_path)[0]
    if result.error:
        raise ValueError(result.error)
    return result


def to_dataframe(results: list[Classification], texts: list[str] | None = None):
    """Classifications as a pandas DataFrame: labels, one score column per category,
    flags, error and model version (and the texts, when given)."""
    import pandas as pd

    rows = []
    for k, result in enumerate(results):
        row = {"text": texts[k]} if texts is not None else {}
        row["labels"] = list(result.labels)
        row.update({f"score_{cid}": score for cid, score in result.scores.items()})
        row.update({"flags": list(result.flags), "error": result.error,
                    "model_version": result.model_version})
        rows.append(row)
    return pd.DataFrame(rows)


def scores_matrix(results: list[Classification], ids: list[str]) -> np.ndarray:
    """The scores of many results as an array, one column per category id."""
    return np.array([[r.scores.get(i, 0.0) for i in ids] for r in results])
