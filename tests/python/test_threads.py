"""Objects are immutable and calls release the GIL: many threads may share them."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import newslib
from articles import articles

TEXTS = articles(24, seed=11)


def _work(doc: newslib.Document, text: str):
    summary = newslib.summarize(doc, sentences=2, algorithm="textrank")
    fresh = newslib.Document(text)
    return (
        summary.text,
        [x.index for x in summary.sentences],
        [(t.start, t.end, t.key) for t in doc.tokens],
        [k.text for k in newslib.keywords(doc, top=5)],
        newslib.rouge(summary.text, text).to_dict(),
        newslib.split_sentences(text),
        fresh == doc,
    )


def test_shared_documents_across_threads():
    docs = [newslib.Document(t) for t in TEXTS]
    serial = [_work(d, t) for d, t in zip(docs, TEXTS)]
    jobs = [(i % len(docs)) for i in range(len(docs) * 4)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda i: _work(docs[i], TEXTS[i]), jobs))
    for i, result in zip(jobs, results):
        assert result == serial[i]
        assert result[-1] is True


def test_concurrent_batches():
    expected = newslib.summarize_many(TEXTS, threads=1)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: newslib.summarize_many(TEXTS, threads=2), range(4)))
    for r in results:
        assert r == expected


def test_release_thread_caches_changes_no_result():
    docs = [newslib.Document(t) for t in TEXTS[:6]]
    before = [_work(d, t) for d, t in zip(docs, TEXTS)]
    newslib.release_thread_caches()
    # Documents made before the release, and new ones, give the same results.
    after = []
    for d, t in zip(docs, TEXTS):
        after.append(_work(d, t))
        newslib.release_thread_caches()
    assert after == before

    def in_fresh_thread(i):
        newslib.release_thread_caches()  # nothing made yet on this thread
        return _work(docs[i], TEXTS[i])

    with ThreadPoolExecutor(max_workers=3) as pool:
        assert list(pool.map(in_fresh_thread, range(len(docs)))) == before
