"""newslib.keywords and newslib.rouge through the bindings (score parity with
rouge-score itself is tested in test_rouge_parity.py)."""

from __future__ import annotations

import pytest

import newslib


def test_keywords(sample_doc):
    kws = newslib.keywords(sample_doc, top=5)
    assert 1 <= len(kws) <= 5
    scores = [k.score for k in kws]
    assert scores == sorted(scores, reverse=True)
    assert len({k.key for k in kws}) == len(kws)
    text = sample_doc.text
    body_start = text.index(sample_doc.body)
    body_end = body_start + len(sample_doc.body)
    for k in kws:
        assert k.text and k.key
        assert k.occurrences == sorted(k.occurrences)
        first_start, first_end = k.occurrences[0]
        assert text[first_start:first_end] == k.text  # "the phrase as it first appears"
        for start, end in k.occurrences:
            assert body_start <= start < end <= body_end
    assert any("tram" in k.key for k in kws)


@pytest.mark.parametrize("algorithm", newslib.keyword_algorithms())
def test_keyword_algorithms(sample_text, algorithm):
    kws = newslib.keywords(sample_text, top=3, algorithm=algorithm)
    assert 1 <= len(kws) <= 3


def test_keyword_offsets_non_ascii():
    text = "Zürich débat: le tramway de Zürich coûte cher. Le tramway de Zürich ouvrira."
    doc = newslib.Document(text, language="fr")
    for k in newslib.keywords(doc, top=5):
        for start, end in k.occurrences:
            assert 0 <= start < end <= len(text)
            assert text[start:end].strip() == text[start:end]


def test_keyword_bad_arguments(sample_doc):
    with pytest.raises(newslib.InvalidArgumentError) as info:
        newslib.keywords(sample_doc, top=0)
    assert info.value.argument == "top"
    with pytest.raises(newslib.InvalidArgumentError) as info:
        newslib.keywords(sample_doc, algorithm="nope")
    assert info.value.argument == "algorithm"


def test_rouge_values():
    r = newslib.rouge("the cat sat on the mat", "the cat lay on the mat")
    assert r.rouge1.precision == pytest.approx(5 / 6)
    assert r.rouge1.recall == pytest.approx(5 / 6)
    assert r.rouge2.f1 == pytest.approx(0.6)
    assert r["rougeL"] == r.rougeL
    with pytest.raises(KeyError):
        r["rouge3"]
    d = r.to_dict()
    assert set(d) == {"rouge1", "rouge2", "rougeL", "rougeLsum"}
    assert d["rouge1"] == {"precision": r.rouge1.precision, "recall": r.rouge1.recall,
                           "f1": r.rouge1.f1}


def test_rouge_identical_and_disjoint():
    same = newslib.rouge("Markets rallied today.", "Markets rallied today.")
    assert same.rouge1.f1 == same.rougeLsum.f1 == 1.0
    none = newslib.rouge("alpha beta", "gamma delta")
    assert none.rouge1.f1 == 0.0 and none.rouge2.f1 == 0.0


def test_rouge_stemmer_flag():
    a = newslib.rouge("the runners were running", "the runner runs", stemmer=True)
    b = newslib.rouge("the runners were running", "the runner runs", stemmer=False)
    assert a.rouge1.f1 > b.rouge1.f1
    with pytest.raises(TypeError):
        newslib.rouge("a", "b", True)  # stemmer is keyword-only


def test_rouge_bad_bytes():
    with pytest.raises(newslib.InvalidUTF8Error) as info:
        newslib.rouge(b"ok \xff", "ok")
    assert info.value.offset == 3
    assert newslib.rouge(b"ok then", "ok then").rouge1.f1 == 1.0
