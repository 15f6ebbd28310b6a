"""Keyphrase lists: phrase grammar, stable prefixes and corpus weighting."""

from __future__ import annotations

import json
import pathlib
import pickle

import pytest

import newslib

ARTICLE = (
    "Gbagbo's forces shelled the harbour district again on Tuesday. Gbagbo's forces hold the "
    "harbour, and the harbour authority asked for help.\n\n"
    "Irish PM Enda Kenny met the envoy. Irish PM Enda Kenny said the flood wall along the "
    "harbour must be repaired. (AP Photo/John Smith)\n"
)

COUNCIL = "The council met again and the council voted on the budget.\n"


def test_grammar_in_python():
    found = newslib.keywords(ARTICLE, top=20, language="en")
    texts = [k.text for k in found]
    assert all("'s" not in t for t in texts), texts
    assert "Gbagbo" in texts
    assert "Irish PM Enda" not in texts
    assert not any(k.key in ("ap", "photo") or k.key.startswith("ap ") for k in found)


@pytest.mark.parametrize("algorithm", newslib.keyword_algorithms())
def test_prefix_and_stable_scores(algorithm):
    longest = newslib.keywords(ARTICLE, top=25, algorithm=algorithm, language="en")
    for k in range(1, 25):
        assert newslib.keywords(ARTICLE, top=k, algorithm=algorithm, language="en") == \
            longest[:k]
    assert all(0.0 <= k.score <= 1.0 for k in longest)
    assert [k.score for k in longest] == sorted((k.score for k in longest), reverse=True)


def test_keywords_many_weights_by_the_collection():
    texts = [ARTICLE.replace("harbour", "council")] + [COUNCIL] * 59
    single = newslib.keywords(texts[0], top=10, language="en")
    many = newslib.keywords_many(texts, top=10, language="en", threads=2)
    assert len(many) == len(texts)
    score = lambda ks, key: next(k.score for k in ks if k.key == key)  # noqa: E731
    # "council" is in every document: the corpus weighs it down.
    assert score(many[0], "council") < score(single, "council")
    # Threads change nothing, and Documents are accepted as well as text.
    docs = [newslib.Document(t, language="en") for t in texts[:3]]
    assert newslib.keywords_many(docs, top=5, threads=1) == \
        newslib.keywords_many(texts[:3], top=5, language="en", threads=3)
    assert pickle.loads(pickle.dumps(many[0])) == many[0]


def test_keywords_many_bad_arguments():
    assert newslib.keywords_many([], top=3) == []
    with pytest.raises(newslib.InvalidArgumentError):
        newslib.keywords_many([COUNCIL], top=0)
    with pytest.raises(newslib.InvalidArgumentError):
        newslib.keywords_many([COUNCIL], threads=0)
    with pytest.raises(TypeError):
        newslib.keywords_many([COUNCIL, 3])


def test_on_gold_keyphrases(shared_data):
    path = shared_data / "keywords" / "kpcrowd_en_dev.jsonl"
    if not path.is_file():
        pytest.skip("shared keyword data not available")
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")][:40]
    for found in newslib.keywords_many(texts, top=10, language="en", threads=2):
        assert len(found) == 10
        keys = [k.key for k in found]
        for a in keys:
            assert not any(a != b and f" {a} " in f" {b} " for b in keys), keys
        assert not any("'s" in k.text or "\u2019s" in k.text for k in found)
