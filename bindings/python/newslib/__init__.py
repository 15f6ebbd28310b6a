"""newslib: news articles as data.

Parse an article into metadata, paragraphs, sentences and tokens (with exact
str offsets), summarise it with one of several extractive algorithms, find
its keyphrases, and score summaries with ROUGE. The work happens in C++,
without holding the GIL; every object is immutable and safe to share between
threads.

Example:
    >>> import newslib
    >>> doc = newslib.Document(open("examples/sample_article.txt").read())  # doctest: +SKIP
    >>> print(newslib.summarize(doc, sentences=2).text)                    # doctest: +SKIP

Optional helpers live in submodules that import their dependency on demand:
``newslib.pandas``, ``newslib.dask`` and ``newslib.spark``.
"""

from __future__ import annotations

import collections.abc as _abc
import datetime
import math
from typing import Iterable, List, Optional, Sequence, Tuple, Union

from . import _newslib as _core
from ._newslib import (
    BackendUnavailableError,
    Document,
    InputTooLargeError,
    InvalidArgumentError,
    InvalidEncodingError,
    InvalidUTF8Error,
    Keyword,
    NewslibError,
    Paragraph,
    Paragraphs,
    RougeScore,
    RougeScores,
    Sentence,
    Sentences,
    Span,
    Summary,
    SummaryOptions,
    SummarySentence,
    Token,
    Tokens,
    __version__,
)

__all__ = [
    "BackendUnavailableError",
    "Document",
    "InputTooLargeError",
    "InvalidArgumentError",
    "InvalidEncodingError",
    "InvalidUTF8Error",
    "Keyword",
    "NewslibError",
    "Paragraph",
    "Paragraphs",
    "RougeScore",
    "RougeScores",
    "Sentence",
    "Sentences",
    "Span",
    "Summary",
    "SummaryOptions",
    "SummarySentence",
    "Token",
    "Tokens",
    "__version__",
    "algorithms",
    "identify_language",
    "keyword_algorithms",
    "keywords",
    "keywords_many",
    "parse_date",
    "release_thread_caches",
    "rouge",
    "score_sentences",
    "split_sentences",
    "summarize",
    "summarize_many",
    "supported_languages",
]

# The views are read-only sequences; registering them makes isinstance() say so.
for _view in (Tokens, Sentences, Paragraphs):
    _abc.Sequence.register(_view)
del _view

Text = Union[str, bytes]
DocOrText = Union[Document, str, bytes]


def _documented(core_function):
    """Gives a Python wrapper the docstring of the C++ function it calls.

    The wrappers exist so that help() and inspect.signature() show a real
    Python signature; the text itself is written once, in the bindings.
    """

    def attach(wrapper):
        doc = core_function.__doc__ or ""
        # pybind11 starts the docstring with the C++ signature: drop it.
        head, sep, rest = doc.partition("\n")
        wrapper.__doc__ = rest.strip("\n") if sep and head.startswith(core_function.__name__ + "(") else doc
        return wrapper

    return attach


@_documented(_core.split_sentences)
def split_sentences(text: Text, language: str = "en") -> List[str]:
    return _core.split_sentences(text, language)


@_documented(_core.summarize)
def summarize(
    doc_or_text: DocOrText,
    *,
    sentences: Optional[int] = None,
    ratio: Optional[float] = None,
    words: Optional[int] = None,
    chars: Optional[int] = None,
    algorithm: str = "default",
    redundancy: Optional[float] = None,
    order: str = "document",
    language: str = "auto",
) -> Summary:
    return _core.summarize(doc_or_text, sentences=sentences, ratio=ratio, words=words,
                           chars=chars, algorithm=algorithm, redundancy=redundancy,
                           order=order, language=language)


@_documented(_core.score_sentences)
def score_sentences(doc_or_text: DocOrText, algorithm: str = "default",
                    language: str = "auto") -> List[float]:
    return _core.score_sentences(doc_or_text, algorithm, language)


@_documented(_core.algorithms)
def algorithms() -> List[str]:
    return _core.algorithms()


@_documented(_core.keywords)
def keywords(doc_or_text: DocOrText, top: int = 10, algorithm: str = "default",
             language: str = "auto") -> List[Keyword]:
    return _core.keywords(doc_or_text, top, algorithm, language)


@_documented(_core.keywords_many)
def keywords_many(texts: Sequence[DocOrText], top: int = 10, language: str = "auto",
                  threads: Optional[int] = None, encoding: Optional[str] = None, *,
                  html: bool = False) -> List[List[Keyword]]:
    return _core.keywords_many(list(texts), top, language, threads, encoding, html=html)


@_documented(_core.keyword_algorithms)
def keyword_algorithms() -> List[str]:
    return _core.keyword_algorithms()


@_documented(_core.rouge)
def rouge(candidate: Text, reference: Text, *, stemmer: bool = True) -> RougeScores:
    return _core.rouge(candidate, reference, stemmer=stemmer)


@_documented(_core.supported_languages)
def supported_languages() -> List[str]:
    return _core.supported_languages()


@_documented(_core.release_thread_caches)
def release_thread_caches() -> None:
    _core.release_thread_caches()


@_documented(_core.identify_language)
def identify_language(text: Text) -> Tuple[str, float]:
    return _core.identify_language(text)


@_documented(_core.parse_date)
def parse_date(text: Text, date_order: str = "month_first",
               default_year: Optional[int] = None) -> Optional[datetime.date]:
    return _core.parse_date(text, date_order, default_year)


_ERROR_POLICIES = ("raise", "skip", "return")


def _invalid_argument(argument: str, message: str) -> InvalidArgumentError:
    error = InvalidArgumentError(message)
    error.argument = argument
    return error


def _progress_bar(total: int):
    try:
        from tqdm.auto import tqdm
    except ImportError as e:  # the bar is optional; say how to get it
        raise ImportError("progress=True needs tqdm (pip install tqdm)") from e
    return tqdm(total=total, unit="doc", desc="summarize")


def summarize_many(
    texts: Iterable[Union[Document, str, bytes, None]],
    *,
    sentences: Optional[int] = None,
    ratio: Optional[float] = None,
    words: Optional[int] = None,
    chars: Optional[int] = None,
    algorithm: str = "default",
    redundancy: Optional[float] = None,
    order: str = "document",
    language: str = "auto",
    threads: Optional[int] = None,
    progress: bool = False,
    errors: str = "raise",
    encoding: Optional[str] = None,
    html: bool = False,
) -> List[Union[Summary, BaseException, None]]:
    """Summarises many articles in parallel; results come back in input order.

    The whole batch runs in C++ on ``threads`` threads (all cores by default)
    without holding the GIL. Options are those of :func:`summarize`.

    Args:
        texts: Documents, str or UTF-8 bytes (any iterable, e.g. a list or a
            pandas Series).
        threads: worker threads; None uses every core.
        progress: show a tqdm progress bar (the batch then runs in chunks).
        errors: what to do with an item that fails (bad UTF-8, None or NaN,
            a wrong type): "raise" finishes the batch, then raises the first
            failure, whose message and ``.index`` name the item; "skip" puts
            None in its slot; "return" puts the exception object there.
        encoding: the encoding of bytes items, as for :class:`Document`
            ("utf-8", "auto" or a label such as "windows-1252"); str items
            are decoded already. None means "utf-8" for text and, with
            ``html``, the charset each page declares.
        html: the str and bytes items are web pages: each is read as
            :meth:`Document.from_html` reads one, on the worker threads. A
            page that fails is handled by ``errors`` like a text item.

    Returns:
        list: one Summary per input (or None / an exception, per ``errors``).

    Raises:
        InvalidArgumentError: a bad option, before any work is done.

    Example:
        >>> texts = ["The vote passed. Turnout was high. Results came late.",
        ...          b"Rain fell all day. Roads closed. Schools stayed open."]
        >>> [s.text for s in newslib.summarize_many(texts, sentences=1, algorithm="lead")]
        ['The vote passed.', 'Rain fell all day.']
        >>> newslib.summarize_many(["Fine text.", None], errors="skip")[1] is None
        True
    """
    if errors not in _ERROR_POLICIES:
        raise _invalid_argument(
            "errors", f"errors must be 'raise', 'skip' or 'return', not {errors!r}")
    if threads is not None and (isinstance(threads, bool) or not isinstance(threads, int)
                                or threads < 1):
        raise _invalid_argument("threads", f"threads must be a positive int or None, not {threads!r}")
    items = list(texts)
    options = dict(sentences=sentences, ratio=ratio, words=words, chars=chars,
                   algorithm=algorithm, redundancy=redundancy, order=order, language=language,
                   encoding=encoding, html=html)
    if not progress:
        results = _core._summarize_batch(items, threads, **options)
    else:
        # Chunks big enough to keep every thread busy, small enough to move the bar.
        workers = threads or _cpu_count()
        chunk = max(4 * workers, math.ceil(len(items) / 100), 1)
        results = []
        bar = _progress_bar(len(items))
        try:
            for first in range(0, len(items), chunk):
                part = items[first:first + chunk]
                results.extend(_core._summarize_batch(part, threads, first_index=first, **options))
                bar.update(len(part))
        finally:
            bar.close()

    failed = [r for r in results if isinstance(r, BaseException)]
    if not failed:
        return results
    if errors == "raise":
        first = failed[0]
        if len(failed) > 1 and hasattr(first, "add_note"):
            first.add_note(f"{len(failed) - 1} more of {len(results)} items failed too")
        raise first
    if errors == "skip":
        return [None if isinstance(r, BaseException) else r for r in results]
    return results


def _cpu_count() -> int:
    import os

    return os.cpu_count() or 1
