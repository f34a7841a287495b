"""kyluat_nlp: Vietnamese NLP for directives on administrative discipline.

>>> import kyluat_nlp
>>> doc = kyluat_nlp.segment("Cán bộ phải đi làm đúng giờ.")
>>> [t.text for t in doc.tokens]
['Cán bộ', 'phải', 'đi', 'làm', 'đúng', 'giờ', '.']
"""

from kyluat_nlp.analysis import analyze
from kyluat_nlp.document import Clause, Document, Header, Section, Sentence, Span, Token
from kyluat_nlp.normalization import Normalized, normalize
from kyluat_nlp.segmentation import segment
from kyluat_nlp.taxonomy import Category, Taxonomy

__version__ = "0.1.0"

_LAZY = {  # scikit-learn loads only when the classifier is first used
    "Classification": "kyluat_nlp.classifier",
    "classify": "kyluat_nlp.classifier",
    "classify_many": "kyluat_nlp.classifier",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kyluat_nlp' has no attribute {name!r}")

__all__ = [
    "Category",
    "Classification",
    "Clause",
    "Document",
    "Header",
    "Normalized",
    "Section",
    "Sentence",
    "Span",
    "Taxonomy",
    "Token",
    "analyze",
    "classify",
    "classify_many",
    "normalize",
    "segment",
    "__version__",
]
