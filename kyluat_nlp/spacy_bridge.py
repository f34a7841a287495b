"""Document → spaCy ``Doc``, and a blank Vietnamese pipeline that tokenizes with kyluat_nlp.

``spacy.blank("vi")`` wants pyvi for tokenization; :func:`blank` gives a
Vietnamese pipeline whose tokenizer is :func:`kyluat_nlp.segment` instead. The
``Doc`` keeps the user's text exactly (whitespace that is not a single space
becomes its own token, as spaCy does), has sentences set, and carries the
library's spans in ``doc.spans`` ("sections", "clauses", and for an analysed
document "actors", "obligations" labelled with their modality, "violations"), so
``Matcher`` and ``displacy.render(doc, style="span", options={"spans_key":
"obligations"})`` work.

>>> from kyluat_nlp import segment
>>> sdoc = segment("Cán bộ phải đi làm đúng giờ. Không được về sớm.").to_spacy()
>>> [s.text for s in sdoc.sents]
['Cán bộ phải đi làm đúng giờ.', 'Không được về sớm.']
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kyluat_nlp.document import Document


class KyluatTokenizer:
    """A spaCy tokenizer that runs :func:`kyluat_nlp.segment` (words and sentences)."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from kyluat_nlp.segmentation import segment

        return to_spacy(segment(text), vocab=self.vocab)

    # spaCy calls these when a pipeline is saved or loaded; the tokenizer has no state.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> KyluatTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> KyluatTokenizer:
        return self


@lru_cache(maxsize=1)
def blank() -> spacy.language.Language:
    """A blank Vietnamese spaCy pipeline whose tokenizer is kyluat_nlp (no pyvi needed)."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = KyluatTokenizer(nlp.vocab)
    return nlp


def to_spacy(document: Document, nlp=None, vocab: Vocab | None = None) -> Doc:
    """Build a spaCy ``Doc`` whose text is exactly ``document.text``."""
    vocab = vocab or (nlp or blank()).vocab
    text = document.text
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    norms: list[str] = []
    pos = 0

    def add(word: str, sent_start: bool, norm: str) -> None:
        words.append(word)
        spaces.append(False)
        starts.append(sent_start)
        norms.append(norm)

    for sentence in document.sentences:
        first = True
        for token in sentence.tokens:
            gap = text[pos : token.start]
            if gap == " " and words:
                spaces[-1] = True
            elif gap:
                add(gap, False, gap)
            add(token.text, first, token.norm)
            first = False
            pos = token.end
    if pos < len(text):
        add(text[pos:], False, text[pos:])
    if starts:
        starts[0] = True
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts)
    for token, norm in zip(doc, norms):
        token.norm_ = norm
    doc.spans["sections"] = _char_spans(doc, document.iter_sections(), "kind")
    doc.spans["clauses"] = _char_spans(doc, document.clauses, "kind")
    doc.spans["actors"] = _char_spans(doc, document.actors, "type")
    doc.spans["obligations"] = _char_spans(
        doc, [ob.clause for ob in document.obligations], None,
        [ob.modality for ob in document.obligations],
    )
    doc.spans["violations"] = _char_spans(doc, document.violations, "label")
    return doc


def _char_spans(doc: Doc, spans, label_attr: str | None, labels=None) -> list:
    out = []
    spans = list(spans)
    labels = labels or [getattr(span, label_attr) for span in spans]
    for span, label in zip(spans, labels):
        char_span = doc.char_span(span.start, span.end, label=label, alignment_mode="expand")
        if char_span is not None:
            out.append(char_span)
    return out
