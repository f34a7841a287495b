"""Violation mentions in a Document, and the taxonomy a directive implies.

A violation mention is a cue phrase of a taxonomy category found in the text
(``Category.cues``; ``context`` words do not count on their own). Text typed
without diacritics is matched with the marks stripped from both sides.

>>> from kyluat_nlp import segment
>>> from kyluat_nlp.taxonomy import Taxonomy
>>> doc = segment("Vẫn còn tình trạng đi muộn, về sớm, uống rượu bia buổi trưa.")
>>> [(s.text, s.label) for s in find_violations(doc, Taxonomy.default())]
[('đi muộn', 'working_time'), ('về sớm', 'working_time'), ('uống rượu', 'alcohol')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from kyluat_nlp.document import Document, Span
from kyluat_nlp.normalization import normalize, strip_diacritics
from kyluat_nlp.resources import load_lines
from kyluat_nlp.taxonomy import Category, Taxonomy


def find_violations(doc: Document, taxonomy: Taxonomy) -> list[Span]:
    """Spans naming a violation, each labelled with its category id, in text order."""
    if doc.normalized is None:
        return []
    folded = "no_diacritics" in doc.flags
    spans = [
        doc.normalized.span(m.start, m.end, m.category)
        for m in taxonomy.match_cues(doc.normalized.text, folded=folded)
        if m.kind == "cue"
    ]
    return sorted(set(spans), key=lambda s: (s.start, s.end, s.label))


@lru_cache(maxsize=1)
def _list_words() -> re.Pattern:
    words = (normalize(w).text.lower() for w in load_lines("taxonomy/violation_list_words.txt"))
    return re.compile("|".join(re.escape(w) for w in words))


def _slug(text: str) -> str:
    return "_".join(re.findall(r"[a-z0-9]+", strip_diacritics(text.lower())))[:48]


def taxonomy_from_directive(directive: str | Document, default: Taxonomy) -> Taxonomy:
    """Categories a directive names: default ones it mentions, new ones for unmatched list items.

    A list item is a clause whose lead-in announces violations ("… vi phạm … như:").
    An item that names no default category becomes a new category whose cue is the item.
    """
    from kyluat_nlp.segmentation import segment

    doc = directive if isinstance(directive, Document) else segment(directive, words=False)
    mentions = find_violations(doc, default)
    present = {span.label for span in mentions}
    new: dict[str, Category] = {}
    for clause in doc.clauses:
        lead_in = clause.lead_in
        if lead_in is None or not _list_words().search(normalize(lead_in.text).text.lower()):
            continue
        if any(clause.start <= m.start < clause.end for m in mentions):
            continue
        item = normalize(clause.text).text.strip(" .,;…")
        slug = _slug(item)
        if slug and f"directive_{slug}" not in new:
            new[f"directive_{slug}"] = Category(
                id=f"directive_{slug}",
                name_vi=item,
                definition_vi=f"{normalize(lead_in.text).text}: {item}",
                cues=(item.lower(),),
            )
    categories = [c for c in default if c.id in present] + list(new.values())
    return Taxonomy(
        categories,
        name="from-directive",
        description="Violations named by a directive, mapped to default ids where they match.",
    )
