"""newslib.summarize_many: order, parity with summarize, error policies, threads, progress, GIL."""

from __future__ import annotations

import threading
import time

import pytest

import newslib


def test_results_in_input_order_and_equal_to_single(synthetic_articles):
    texts = synthetic_articles[:120]
    many = newslib.summarize_many(texts, sentences=2)
    assert len(many) == len(texts)
    for text, summary in zip(texts, many):
        assert summary == newslib.summarize(text, sentences=2)
        assert summary.document.text == text


@pytest.mark.parametrize("threads", [1, 2, 7])
def test_thread_counts_agree(synthetic_articles, threads):
    texts = synthetic_articles[:40]
    base = newslib.summarize_many(texts, threads=1, algorithm="textrank")
    assert newslib.summarize_many(texts, threads=threads, algorithm="textrank") == base


def test_mixed_inputs_and_documents(sample_doc, sample_text):
    out = newslib.summarize_many([sample_doc, sample_text, sample_text.encode()], sentences=1)
    assert out[0].document is sample_doc
    assert out[0] == out[1] == out[2]


# One text per str storage width (Latin-1, UCS-2, UCS-4), each encoded to
# UTF-8 by the worker threads: the text and its byte length must match
# Python's own encoder.
_WIDE_TEXTS = [
    "Caf\u00e9 owners met on Tuesday. Prices rose by 5\u00a0%. Na\u00efve plans failed.",
    "\u201cWe will rebuild,\u201d the mayor said. \u041c\u043e\u0441\u043a\u0432\u0430 replied. \u6771\u4eac waited.",
    "Fans cheered \U0001F600 loudly. The \U0001D400 symbol appeared. \u00e9 and \u20ac closed it.",
    "Plain ASCII text. Two sentences.",
]


class _Text(str):
    pass


@pytest.mark.parametrize("threads", [1, 2])
def test_str_of_every_width_is_encoded_exactly(threads):
    texts = _WIDE_TEXTS + [_Text(_WIDE_TEXTS[1])]
    out = newslib.summarize_many(texts, sentences=1, threads=threads)
    for text, summary in zip(texts, out):
        assert summary.document.text == text
        assert summary == newslib.summarize(text.encode("utf-8"), sentences=1)
        top = summary.sentences[0]
        assert text[top.start:top.end] == top.text


def test_lone_surrogate_in_a_wide_str_is_located():
    out = newslib.summarize_many(["\u201cQuoted\u201d \ud800 text.", "\U0001F600 \udfff x."],
                                 errors="return")
    assert isinstance(out[0], newslib.InvalidUTF8Error) and out[0].char_offset == 9
    assert isinstance(out[1], newslib.InvalidUTF8Error) and out[1].char_offset == 2


def _bad_batch():
    return ["A fine text. With sentences.", b"bad \xff bytes.", None, float("nan"),
            "Another fine one. Yes.", 17, "lone \ud800 surrogate."]


def test_errors_raise_reports_index_after_finishing():
    with pytest.raises(newslib.InvalidUTF8Error) as info:
        newslib.summarize_many(_bad_batch())
    e = info.value
    assert e.index == 1 and "item 1" in str(e)
    assert e.offset == 4 and e.char_offset == 4
    notes = getattr(e, "__notes__", [])
    assert any("4 more" in note for note in notes)


def test_errors_skip():
    out = newslib.summarize_many(_bad_batch(), errors="skip")
    assert [type(x).__name__ for x in out] == [
        "Summary", "NoneType", "NoneType", "NoneType", "Summary", "NoneType", "NoneType"]


def test_errors_return():
    out = newslib.summarize_many(_bad_batch(), errors="return")
    assert isinstance(out[0], newslib.Summary) and isinstance(out[4], newslib.Summary)
    assert isinstance(out[1], newslib.InvalidUTF8Error) and out[1].index == 1
    assert isinstance(out[2], ValueError) and "None" in str(out[2]) and out[2].index == 2
    assert isinstance(out[3], ValueError) and "nan" in str(out[3]) and out[3].index == 3
    assert isinstance(out[5], TypeError) and "int" in str(out[5])
    assert isinstance(out[6], newslib.InvalidUTF8Error) and out[6].char_offset == 5


def test_bad_options_fail_before_work():
    with pytest.raises(newslib.InvalidArgumentError) as info:
        newslib.summarize_many(["x"], ratio=3.0)
    assert info.value.argument == "ratio"
    with pytest.raises(newslib.InvalidArgumentError) as info:
        newslib.summarize_many(["x"], errors="ignore")
    assert info.value.argument == "errors"
    for bad in (0, -2, 1.5, True):
        with pytest.raises(newslib.InvalidArgumentError) as info:
            newslib.summarize_many(["x"], threads=bad)
        assert info.value.argument == "threads"


def test_empty_batch_and_generators(synthetic_articles):
    assert newslib.summarize_many([]) == []
    gen = (t for t in synthetic_articles[:5])
    assert len(newslib.summarize_many(gen)) == 5


def test_progress_bar_chunks_keep_order_and_indices(synthetic_articles, capsys):
    pytest.importorskip("tqdm")
    texts = list(synthetic_articles[:50])
    texts[37] = b"\xc0 broken"
    out = newslib.summarize_many(texts, progress=True, threads=2, errors="return")
    assert isinstance(out[37], newslib.InvalidUTF8Error) and out[37].index == 37
    assert "item 37" in str(out[37])
    plain = newslib.summarize_many(texts, threads=2, errors="return")
    assert [x for i, x in enumerate(out) if i != 37] == [x for i, x in enumerate(plain) if i != 37]
    assert "summarize" in capsys.readouterr().err


def test_gil_released_for_the_batch(synthetic_articles):
    # Enough work that the call lasts well past the 0.05 s checked below.
    texts = synthetic_articles * 24
    done = threading.Event()
    outcome = []
    ticks = 0

    def work():
        try:
            outcome.append(newslib.summarize_many(texts, threads=1, algorithm="textrank"))
        finally:
            done.set()

    worker = threading.Thread(target=work)
    start = time.perf_counter()
    worker.start()
    while not done.wait(0.001):
        ticks += 1
    worker.join()
    elapsed = time.perf_counter() - start
    assert outcome and len(outcome[0]) == len(texts)
    # With the GIL held for the whole call, this loop could not have run.
    assert elapsed > 0.05
    assert ticks >= elapsed / 0.001 * 0.1
