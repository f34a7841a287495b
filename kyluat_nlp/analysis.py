"""``analyze(text) -> Document``: segmentation plus the extracted spans.

>>> doc = analyze("Vẫn còn tình trạng đi muộn, về sớm trong giờ hành chính.")
>>> [(v.text, v.label) for v in doc.violations]
[('đi muộn', 'working_time'), ('về sớm', 'working_time')]
"""

from __future__ import annotations

from dataclasses import replace

from kyluat_nlp.document import Document
from kyluat_nlp.extract.violations import find_violations
from kyluat_nlp.segmentation import segment
from kyluat_nlp.taxonomy import Taxonomy


def analyze(text: str | bytes, taxonomy: Taxonomy | None = None, *, words: bool = True) -> Document:
    """Segment ``text`` and fill ``doc.violations`` with the taxonomy's violation mentions."""
    doc = segment(text, words=words)
    taxonomy = taxonomy or Taxonomy.default()
    return replace(doc, violations=tuple(find_violations(doc, taxonomy)))
