"""PySpark helpers: summarise a DataFrame column on the executors.

Two standard patterns, both backed by :func:`newslib.pandas.summarize` (so each
Arrow batch runs in parallel C++ threads):

* a pandas UDF for ``select``/``withColumn``::

      from newslib.spark import summarize_udf
      df = df.withColumn("summary", summarize_udf(sentences=2)("body"))

* ``mapInPandas`` for whole rows::

      from newslib.spark import summarize
      df = summarize(df, "body", output_column="summary", ratio=0.2)

The executors' Python must be able to ``import newslib``.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator, Optional

import newslib as _newslib
from newslib import pandas as _npd

__all__ = ["summarize", "summarize_udf", "map_in_pandas"]

# How the items are read, which SummaryOptions does not take.
_READ_OPTIONS = ("language", "encoding", "html")


def _check(options: dict) -> None:
    # Bad options fail on the driver, before a job starts.
    _newslib.SummaryOptions(**{k: v for k, v in options.items() if k not in _READ_OPTIONS})


def summarize_udf(*, errors: str = "raise", threads: Optional[int] = None, **options: Any):
    """A pandas UDF (string → string) giving each article's summary text.

    Null input gives null. Other failures follow ``errors`` (see
    :func:`newslib.summarize_many`; "skip" turns them into nulls).

    Example:
        >>> udf = summarize_udf(sentences=2, algorithm="textrank")   # doctest: +SKIP
        >>> df.select(udf("body").alias("summary"))                  # doctest: +SKIP
    """
    _check(options)
    from pyspark.sql.functions import pandas_udf

    def summarize_series(texts):
        return _npd.summarize(texts, errors=errors, threads=threads, **options)

    return pandas_udf(summarize_series, "string")


def map_in_pandas(column: str, *, output_column: str = "summary", errors: str = "raise",
                  threads: Optional[int] = None,
                  **options: Any) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """A function for ``DataFrame.mapInPandas`` that adds ``output_column``
    (the summary text of ``column``) to every batch.

    Example:
        >>> schema = df.schema.add("summary", "string")                     # doctest: +SKIP
        >>> df.mapInPandas(map_in_pandas("body", sentences=2), schema)     # doctest: +SKIP
    """
    _check(options)

    def summarize_batches(batches):
        for frame in batches:
            frame = frame.copy()
            frame[output_column] = _npd.summarize(frame[column], errors=errors,
                                                  threads=threads, **options)
            yield frame

    return summarize_batches


def summarize(df: Any, column: str, *, output_column: str = "summary", errors: str = "raise",
              threads: Optional[int] = None, **options: Any) -> Any:
    """Returns ``df`` with a string column ``output_column`` holding each row's summary.

    Example:
        >>> out = newslib.spark.summarize(df, "body", sentences=2)  # doctest: +SKIP
        >>> out.select("id", "summary").show()                       # doctest: +SKIP
    """
    from pyspark.sql.types import StringType, StructField, StructType

    if column not in df.columns:
        raise _newslib._invalid_argument("column", f"no column {column!r} in the DataFrame")
    schema = StructType(list(df.schema.fields) + [StructField(output_column, StringType(), True)])
    return df.mapInPandas(
        map_in_pandas(column, output_column=output_column, errors=errors, threads=threads,
                      **options),
        schema)
