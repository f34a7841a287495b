"""``analyze(text) -> Document``: segmentation plus actors, obligations, findings, violations.

>>> doc = analyze("Vẫn còn tình trạng đi muộn, về sớm. Cán bộ phải đi làm đúng giờ.")
>>> [(v.text, v.label) for v in doc.violations]
[('đi muộn', 'working_time'), ('về sớm', 'working_time')]
>>> [(o.modality, o.trigger.text, [a.text for a in o.addressees]) for o in doc.obligations]
[('obligation', 'phải', ['Cán bộ'])]
>>> [f.text for f in doc.findings]
['Vẫn còn tình trạng đi muộn, về sớm.']
"""

from __future__ import annotations

from dataclasses import replace

from kyluat_nlp.document import Document
from kyluat_nlp.extract.actors import Gazetteer
from kyluat_nlp.extract.obligations import ObligationExtractor
from kyluat_nlp.extract.rules import Rules
from kyluat_nlp.extract.violations import find_violations
from kyluat_nlp.segmentation import segment
from kyluat_nlp.taxonomy import Taxonomy


def analyze(
    text: str | bytes,
    taxonomy: Taxonomy | None = None,
    *,
    gazetteer: Gazetteer | None = None,
    rules: Rules | None = None,
    words: bool = True,
) -> Document:
    """Segment ``text`` and extract its actors, obligations, findings and violation mentions.

    ``gazetteer`` (:meth:`Gazetteer.load`) and ``rules`` (:meth:`Rules.load`) let a
    user add their own actors and triggers without editing the library.
    """
    doc = segment(text, words=words)
    actors, obligations, findings = ObligationExtractor(gazetteer, rules)(doc)
    return replace(
        doc,
        violations=tuple(find_violations(doc, taxonomy or Taxonomy.default())),
        actors=tuple(actors),
        obligations=tuple(obligations),
        findings=tuple(findings),
    )
