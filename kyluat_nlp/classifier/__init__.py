"""The incident classifier: taxonomy categories for reports, with scores and evidence.

``classify`` and ``classify_many`` (in :mod:`.classify`) are the doors; ``model``,
``features``, ``train``, ``evaluate``, ``metrics``, ``data`` and ``store`` are the parts.
"""

from kyluat_nlp.classifier.classify import Classification, classify, classify_many

__all__ = ["Classification", "classify", "classify_many"]
