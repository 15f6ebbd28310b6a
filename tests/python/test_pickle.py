"""Pickling: versioned tuples that round-trip, and refuse unknown versions."""

from __future__ import annotations

import copy
import pickle

import pytest

import newslib


def roundtrip(obj):
    return pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


def test_document(sample_doc):
    back = roundtrip(sample_doc)
    assert back == sample_doc
    assert back.text == sample_doc.text and back.title == sample_doc.title
    assert [s.text for s in back.sentences] == [s.text for s in sample_doc.sentences]
    assert back.options == sample_doc.options
    state = sample_doc.__getstate__()
    assert state[0] == 1 and state[1] == sample_doc.text


def test_document_keeps_replacements_and_options():
    doc = newslib.Document(b"Bad \xff here. Fine there.", errors="replace", date_order="day_first",
                           metadata=False, language="en")
    back = roundtrip(doc)
    assert back.replacements == doc.replacements != []
    assert back.options == doc.options
    assert back == doc


def test_summary(sample_doc):
    s = newslib.summarize(sample_doc, ratio=0.5, order="score", redundancy=0.3)
    back = roundtrip(s)
    assert back == s
    assert back.text == s.text and back.scores == s.scores and back.ranks == s.ranks
    assert [(x.index, x.start, x.end) for x in back.sentences] == [
        (x.index, x.start, x.end) for x in s.sentences]
    assert back.options == s.options
    assert back.document == sample_doc


def test_values():
    for obj in (newslib.SummaryOptions(words=50, algorithm="lexrank"),
                newslib.rouge("a b c d", "a b d e"),
                newslib.rouge("a b c d", "a b d e").rouge2,
                newslib.Keyword("tram line", "tram line", 0.5, [(0, 9), (20, 29)])):
        back = roundtrip(obj)
        assert back == obj and type(back) is type(obj)
        assert copy.deepcopy(obj) == obj


def test_keywords_roundtrip(sample_doc):
    kws = newslib.keywords(sample_doc)
    assert roundtrip(kws) == kws


@pytest.mark.parametrize("make", [
    lambda: newslib.Document("One. Two."),
    lambda: newslib.summarize("One. Two. Three."),
    lambda: newslib.SummaryOptions(),
    lambda: newslib.rouge("a", "a"),
    lambda: newslib.rouge("a", "a").rouge1,
    lambda: newslib.Keyword("a", "a", 1.0),
])
def test_unknown_version_rejected(make):
    obj = make()
    state = list(obj.__getstate__())
    assert state[0] == 1
    state[0] = 2
    fresh = type(obj).__new__(type(obj))
    with pytest.raises(ValueError, match="version"):
        fresh.__setstate__(tuple(state))
