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

__all__ = [
    "Category",
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
    "normalize",
    "segment",
    "__version__",
]
