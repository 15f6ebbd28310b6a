"""newslib.dask on a real two-process LocalCluster: same results as one process."""

from __future__ import annotations

import json

import pytest

import newslib

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
import dask.bag as db  # noqa: E402

import newslib.dask as ndask  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def corpus(synthetic_articles):
    """300 synthetic articles, plus real ones when the shared data is present."""
    from conftest import SHARED_DATA

    texts = list(synthetic_articles)
    raw = SHARED_DATA / "summarization" / "cnndm_raw_dev100.jsonl"
    if raw.is_file():
        with raw.open(encoding="utf-8") as f:
            texts += [json.loads(line)["article"] for line in f][:50]
    return texts


def test_bag_matches_single_process(client, corpus):
    bag = db.from_sequence(corpus, npartitions=8)
    lazy = ndask.summarize(bag, sentences=2, threads=1)
    got = lazy.compute()
    expected = [s.text for s in newslib.summarize_many(corpus, sentences=2)]
    assert len(got) == len(corpus) >= 300
    assert got == expected
    workers = client.run(lambda: __import__("os").getpid())
    assert len(set(workers.values())) == 2  # really two processes


def test_bag_summary_objects_cross_processes(client, corpus):
    part = corpus[:40]
    got = ndask.summarize(db.from_sequence(part, npartitions=4), output="summary",
                          algorithm="textrank").compute()
    assert got == newslib.summarize_many(part, algorithm="textrank")


def test_dataframe_series(client, corpus):
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    frame = pd.DataFrame({"body": corpus[:100] + [None]})
    ddf = dd.from_pandas(frame, npartitions=4)
    got = ndask.summarize(ddf["body"], ratio=0.3).compute()
    single = newslib.summarize_many(corpus[:100], ratio=0.3)
    assert got.tolist() == [s.text for s in single] + [None]
    assert list(got.index) == list(frame.index)


def test_bad_options_fail_on_the_client(client):
    with pytest.raises(newslib.InvalidArgumentError):
        ndask.summarize(db.from_sequence(["x"]), ratio=5.0)
    with pytest.raises(TypeError):
        ndask.summarize(["not", "a", "bag"])
