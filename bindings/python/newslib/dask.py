"""Dask helpers: summarise a dask Bag or a dask DataFrame Series across a cluster.

Each partition is summarised with :func:`newslib.summarize_many`, so every
worker process also uses all of its cores in C++. Results (texts or Summary
objects, which pickle) come back in input order.

Example:
    >>> import dask.bag as db, newslib.dask
    >>> bag = db.from_sequence(articles, npartitions=8)               # doctest: +SKIP
    >>> summaries = newslib.dask.summarize(bag, sentences=2).compute()  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any, Iterable, List, Optional

import newslib as _newslib
from newslib import pandas as _npd

__all__ = ["summarize"]

# How the items are read, which SummaryOptions does not take.
_READ_OPTIONS = ("language", "encoding", "html")


def _summarize_partition(partition: Iterable[Any], output: str, errors: str,
                         threads: Optional[int], options: dict) -> List[Any]:
    # The pandas helper gives missing values the same treatment as in pandas.
    results = _npd.summarize(list(partition), output=output, errors=errors,
                             threads=threads, **options)
    return results.tolist()


def summarize(data: Any, *, output: str = "text", errors: str = "raise",
              threads: Optional[int] = None, **options: Any) -> Any:
    """Lazily summarises a dask Bag or dask DataFrame Series of articles.

    Args:
        data: a ``dask.bag.Bag`` or a ``dask.dataframe.Series`` of str / bytes / Document.
        output: "text" for summary texts, "summary" for Summary objects.
        errors: as for :func:`newslib.summarize_many`; missing values give None.
        threads: threads per task (None: all cores of the worker).
        **options: summarize() options (sentences, ratio, algorithm, ...), and
            html=True when the items are web pages.

    Returns:
        The same kind of collection (Bag or Series), not yet computed.

    Example:
        >>> s = newslib.dask.summarize(ddf["body"], ratio=0.2)  # doctest: +SKIP
        >>> s.compute()                                          # doctest: +SKIP
    """
    if output not in ("text", "summary"):
        raise _newslib._invalid_argument(
            "output", f"output must be 'text' or 'summary', not {output!r}")
    # Bad options fail here, on the client, rather than on every worker.
    _newslib.SummaryOptions(**{k: v for k, v in options.items() if k not in _READ_OPTIONS})

    import dask.bag

    if isinstance(data, dask.bag.Bag):
        return data.map_partitions(_summarize_partition, output, errors, threads, options)
    try:
        import dask.dataframe as dd
    except ImportError:  # dask without its dataframe extras: only bags then
        dd = None
    if dd is not None and isinstance(data, dd.Series):
        return data.map_partitions(_npd.summarize, output=output, errors=errors,
                                   threads=threads, meta=(data.name, "object"), **options)
    raise TypeError(f"newslib.dask.summarize takes a dask Bag or dask DataFrame Series, "
                    f"not {type(data).__name__}")
