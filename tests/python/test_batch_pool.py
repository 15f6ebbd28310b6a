"""summarize_many keeps its worker threads between calls: results must not
depend on how many threads earlier calls used, and a forked child, which has
none of its parent's threads, must still finish its batches."""

from __future__ import annotations

import os
import time

import pytest

import newslib
from articles import articles

TEXTS = articles(30, seed=5)


def test_calls_with_changing_thread_counts_agree():
    expected = newslib.summarize_many(TEXTS, threads=1)
    for threads in (2, 4, 3, 1, 2, 8, 2):
        assert newslib.summarize_many(TEXTS, threads=threads) == expected, threads


def test_batches_smaller_than_the_pool():
    newslib.summarize_many(TEXTS, threads=6)  # the pool now holds 5 threads
    for n in (0, 1, 2, 3):
        part = TEXTS[:n]
        assert newslib.summarize_many(part, threads=6) == newslib.summarize_many(part, threads=1)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")
def test_forked_child_gets_its_own_threads():
    expected = [s.text for s in newslib.summarize_many(TEXTS, threads=1)]
    newslib.summarize_many(TEXTS, threads=2)  # the parent's pool exists
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report through the pipe, never return into pytest
        status = 1
        try:
            got = [s.text for s in newslib.summarize_many(TEXTS, threads=2)]
            status = 0 if got == expected else 3
        finally:
            os.write(write, bytes([status]))
            os._exit(0)
    os.close(write)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        pytest.fail("summarize_many hung in a forked child")
    assert os.read(read, 1) == b"\x00"
    os.close(read)
