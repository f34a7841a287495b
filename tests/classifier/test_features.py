from functools import partial

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from kyluat_nlp.classifier.features import SyllableNgrams, _ngrams, prepare
from kyluat_nlp.normalization import strip_diacritics


def test_syllable_ngrams_equal_scikit_learns_tfidf_on_news_articles(news_articles):
    texts = [a["text"] for a in news_articles[:120]]
    train, held = prepare(texts[:80]), prepare(texts[80:] + [strip_diacritics(texts[0])])
    settings = [(field, (1, 2)) for field in ("syllables", "folded_syllables", "title_syllables")]
    for field, ngram_range in settings + [("syllables", (1, 3)), ("syllables", (2, 2))]:
        ours = SyllableNgrams(field, ngram_range).fit(train)
        reference = TfidfVectorizer(
            analyzer=partial(_ngrams, field, ngram_range), min_df=2, sublinear_tf=True
        ).fit(train)
        assert ours.vocabulary_ == reference.vocabulary_
        expected = reference.transform(held).toarray()
        assert np.count_nonzero(expected) > 5 * len(held)
        np.testing.assert_allclose(ours.transform(held).toarray(), expected, atol=1e-6)


def test_ngrams_never_join_two_texts():
    docs = prepare(["vượt đèn", "đỏ rồi", "vượt đèn đỏ"])
    vectorizer = SyllableNgrams(min_df=1).fit(docs)
    rows = vectorizer.transform(docs[:2]).toarray()
    assert rows[:, vectorizer.vocabulary_["đèn đỏ"]].tolist() == [0, 0]
    assert vectorizer.transform(docs[2:]).toarray()[0, vectorizer.vocabulary_["đèn đỏ"]] > 0


def test_folded_syllables_are_the_syllables_of_the_text_without_diacritics():
    prepared = prepare(["Đồng chí Phó Chủ tịch UBND xã bị kỷ luật khiển trách."])[0]
    assert prepared.folded_syllables == (
        "dong", "chi", "pho", "chu", "tich", "ubnd", "xa", "bi", "ky", "luat", "khien", "trach"
    )
    assert prepared.title_syllables == prepared.syllables
