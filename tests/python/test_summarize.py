"""newslib.summarize, Summary, SummaryOptions, score_sentences."""

from __future__ import annotations

import math

import pytest

import newslib
from articles import articles

LONG = "\n\n".join(articles(3, seed=7))


def test_algorithms_listed():
    names = newslib.algorithms()
    assert len(names) >= 5 and len(set(names)) == len(names)
    assert names == newslib.algorithms()  # stable order
    for expected in ("lead", "textrank", "lexrank"):
        assert expected in names


def test_default_summary(sample_doc):
    s = newslib.summarize(sample_doc)
    assert len(s) == len(s.sentences) == 3
    assert s.document is sample_doc
    assert s.algorithm in newslib.algorithms() and s.algorithm != "default"
    assert len(s.scores) == len(s.ranks) == len(sample_doc.sentences)
    assert sorted(s.ranks) == list(range(1, len(s.ranks) + 1))
    indices = [x.index for x in s.sentences]
    assert indices == sorted(indices)  # order="document"
    for x in s.sentences:
        assert sample_doc.text[x.start:x.end] == x.text == sample_doc.sentences[x.index].text
        assert x.score == s.scores[x.index] and x.rank == s.ranks[x.index]
        assert x.paragraph == sample_doc.sentences[x.index].paragraph.index
    assert s.text == "\n".join(x.text for x in s.sentences)
    assert str(s) == s.text
    assert [x.index for x in s] == indices


@pytest.mark.parametrize("algorithm", newslib.algorithms())
def test_every_algorithm(algorithm):
    doc = newslib.Document(LONG)
    s = newslib.summarize(doc, sentences=2, algorithm=algorithm)
    if algorithm == "default":
        assert s.algorithm in newslib.algorithms() and s.algorithm != "default"
    else:
        assert s.algorithm == algorithm
    assert len(s.sentences) == 2
    assert all(math.isfinite(v) for v in s.scores)
    assert newslib.score_sentences(doc, algorithm) == pytest.approx(s.scores)
    again = newslib.summarize(doc, sentences=2, algorithm=algorithm)
    assert again == s  # deterministic


def test_lead_is_the_first_sentences():
    text = "First point. Second point. Third point. Fourth point. Fifth point."
    s = newslib.summarize(text, sentences=2, algorithm="lead")
    assert [x.text for x in s.sentences] == ["First point.", "Second point."]


def test_text_and_bytes_input():
    a = newslib.summarize(LONG, sentences=2)
    b = newslib.summarize(LONG.encode(), sentences=2)
    assert a == b
    assert isinstance(a.document, newslib.Document)
    assert a.document.text == LONG


def test_budgets():
    doc = newslib.Document(LONG)
    n = len(doc.sentences)
    assert len(newslib.summarize(doc, sentences=1).sentences) == 1
    assert len(newslib.summarize(doc, sentences=n + 5).sentences) == n
    r = newslib.summarize(doc, ratio=0.5)
    assert 1 <= len(r.sentences) <= math.ceil(n * 0.5)
    w = newslib.summarize(doc, words=40)
    assert len(" ".join(x.text for x in w.sentences).split()) <= 40 or len(w.sentences) <= 1
    c = newslib.summarize(doc, chars=300)
    assert sum(len(x.text) for x in c.sentences) <= 300 or len(c.sentences) <= 1
    assert c.options.chars == 300 and c.options.sentences is None


def test_order_score():
    doc = newslib.Document(LONG)
    s = newslib.summarize(doc, sentences=4, order="score")
    ranks = [x.rank for x in s.sentences]
    assert ranks == sorted(ranks)
    assert s.options.order == "score"


def test_redundancy_option():
    doc = newslib.Document(LONG)
    s = newslib.summarize(doc, sentences=3, redundancy=0.0, algorithm="textrank")
    assert s.options.redundancy == 0.0
    # Left out, it is filled in with the algorithm's own default.
    filled = newslib.summarize(doc, sentences=3, algorithm="textrank").options.redundancy
    assert filled is not None and 0.0 <= filled <= 1.0


@pytest.mark.parametrize("kwargs, argument", [
    ({"sentences": 0}, "sentences"),
    ({"words": -1}, "words"),
    ({"chars": 0}, "chars"),
    ({"ratio": 0.0}, "ratio"),
    ({"ratio": 1.5}, "ratio"),
    ({"ratio": float("nan")}, "ratio"),
    ({"redundancy": 1.5}, "redundancy"),
    ({"order": "random"}, "order"),
    ({"algorithm": "nope"}, "algorithm"),
    ({"sentences": 2, "ratio": 0.5}, "ratio"),
])
def test_bad_options(kwargs, argument):
    with pytest.raises(ValueError, match=argument) as info:
        newslib.summarize("One. Two. Three.", **kwargs)
    assert info.value.argument == argument


def test_language_with_document_must_agree(sample_doc):
    newslib.summarize(sample_doc, language="auto")
    newslib.summarize(sample_doc, language=sample_doc.language)
    with pytest.raises(newslib.InvalidArgumentError) as info:
        newslib.summarize(sample_doc, language="de")
    assert info.value.argument == "language"


def test_summary_options_object():
    o = newslib.SummaryOptions(ratio=0.25, algorithm="lexrank", order="score")
    assert (o.ratio, o.sentences, o.algorithm, o.order, o.redundancy) == (0.25, None, "lexrank",
                                                                          "score", None)
    d = o.to_dict()
    assert d == {"algorithm": "lexrank", "ratio": 0.25, "redundancy": None, "order": "score"}
    s = newslib.summarize(LONG, **d)
    assert (s.options.algorithm, s.options.ratio, s.options.order) == ("lexrank", 0.25, "score")
    assert s.options.redundancy is not None  # the algorithm's default, filled in
    # The filled-in options reproduce the summary.
    assert newslib.summarize(LONG, **s.options.to_dict()) == s
    assert "lexrank" in repr(o)
    default = newslib.SummaryOptions()
    assert default.sentences == 3 and default.algorithm == "default"
    with pytest.raises(newslib.InvalidArgumentError):
        newslib.SummaryOptions(sentences=0)
    with pytest.raises(TypeError):
        newslib.SummaryOptions(3)  # keyword-only


def test_to_dict_is_json_ready(sample_doc):
    import json

    s = newslib.summarize(sample_doc, sentences=2)
    d = json.loads(json.dumps(s.to_dict()))
    assert d["text"] == s.text
    assert [x["index"] for x in d["sentences"]] == [x.index for x in s.sentences]
    assert d["options"]["sentences"] == 2


def test_repr(sample_doc):
    s = newslib.summarize(sample_doc, sentences=2)
    assert repr(s).startswith("<Summary ") and "2 of" in repr(s)
    assert repr(s.sentences[0]).startswith("SummarySentence(index=")


def test_empty_document():
    s = newslib.summarize("")
    assert s.sentences == [] and s.text == "" and s.scores == []
