"""pandas helpers: summarise a Series of articles, or lay sentences, tokens or paragraphs out as a DataFrame.

pandas is imported on first use, so ``import newslib`` never needs it.

Example:
    >>> import pandas as pd, newslib.pandas
    >>> articles = pd.Series(["The vote passed. Turnout was high.", None], index=["a", "b"])
    >>> newslib.pandas.summarize(articles, sentences=1, algorithm="lead")
    a    The vote passed.
    b                None
    dtype: object
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, List, Optional, Union

import newslib as _newslib

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

__all__ = ["summarize", "to_frame"]

_OUTPUTS = ("text", "summary")


def _pandas():
    try:
        import pandas
    except ImportError as e:
        raise ImportError("newslib.pandas needs pandas (pip install pandas)") from e
    return pandas


def _is_missing(value: Any) -> bool:
    """None, NaN, pd.NA and NaT: what pandas itself treats as missing."""
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    pd = _pandas()
    return value is pd.NA or value is pd.NaT


def summarize(series: Union["pd.Series", Iterable[Any]], *, output: str = "text",
              errors: str = "raise", threads: Optional[int] = None, progress: bool = False,
              html: bool = False, **options: Any) -> "pd.Series":
    """Summarises every article of a Series; returns a Series with the same index and name.

    Missing values (None, NaN, pd.NA) give None without counting as failures,
    as pandas methods do; other failures follow ``errors`` (see
    :func:`newslib.summarize_many`). The batch runs in parallel in C++.

    Args:
        series: articles as str, bytes or Document (any iterable is wrapped in a Series).
        output: "text" for the summary text, "summary" for Summary objects.
        errors, threads, progress: as for :func:`newslib.summarize_many`.
        html: the column holds web pages (str or bytes), each read as
            :meth:`newslib.Document.from_html` reads one.
        **options: summarize() options: sentences, ratio, words, chars,
            algorithm, redundancy, order, language, and encoding (for bytes).

    Example:
        >>> newslib.pandas.summarize(df["body"], ratio=0.2)          # doctest: +SKIP
    """
    pd = _pandas()
    if output not in _OUTPUTS:
        raise _newslib._invalid_argument(
            "output", f"output must be 'text' or 'summary', not {output!r}")
    if not isinstance(series, pd.Series):
        series = pd.Series(list(series), dtype=object)
    values = series.tolist()
    present = [i for i, v in enumerate(values) if not _is_missing(v)]
    results = _newslib.summarize_many([values[i] for i in present], errors=errors,
                                      threads=threads, progress=progress, html=html,
                                      **options)
    out: List[Any] = [None] * len(values)
    for i, result in zip(present, results):
        if output == "text" and isinstance(result, _newslib.Summary):
            result = result.text
        out[i] = result
    # Filled element by element, so that Summary objects stay whole (a list
    # handed to pandas might be taken apart as nested sequences).
    import numpy as np

    column = np.empty(len(out), dtype=object)
    for i, value in enumerate(out):
        column[i] = value
    return pd.Series(column, index=series.index, name=series.name, dtype=object)


_LEVELS = ("sentences", "tokens", "paragraphs")


def to_frame(items: Union["pd.Series", Iterable[Any], Any],
             level: str = "sentences") -> "pd.DataFrame":
    """One row per sentence (or token, or paragraph) of each Document, Summary or text.

    Every level has ``doc`` (the item's index label, or position), the unit's
    index, ``start``/``end`` (str indices into the document text) and
    ``text``. Per level:

    - "sentences": ``sentence``, ``paragraph``; when any item is a Summary,
      also ``score``, ``rank`` and ``selected`` (missing for items without scores).
    - "tokens": ``token``, ``sentence`` and ``paragraph`` (nullable: a token
      may lie outside any sentence), ``kind``, ``key``, ``stem``, ``is_stop``.
    - "paragraphs": ``paragraph``, ``sentences`` (how many it holds).

    Missing items are left out.

    Example:
        >>> doc = newslib.Document("One idea here. Another one there.")
        >>> newslib.pandas.to_frame([doc])[["doc", "sentence", "start", "end"]]
           doc  sentence  start  end
        0    0         0      0   14
        1    0         1     15   33
        >>> newslib.pandas.to_frame([doc], level="tokens")["text"].tolist()[:3]
        ['One', 'idea', 'here']
    """
    pd = _pandas()
    if level not in _LEVELS:
        raise _newslib._invalid_argument(
            "level", f"level must be 'sentences', 'tokens' or 'paragraphs', not {level!r}")
    if isinstance(items, (_newslib.Document, _newslib.Summary, str, bytes)):
        items = [items]
    if isinstance(items, pd.Series):
        pairs = list(zip(items.index, items.tolist()))
    else:
        pairs = list(enumerate(items))
    documents = []  # (label, doc, summary or None)
    for label, item in pairs:
        if _is_missing(item):
            continue
        if isinstance(item, _newslib.Summary):
            documents.append((label, item.document, item))
        elif isinstance(item, _newslib.Document):
            documents.append((label, item, None))
        elif isinstance(item, (str, bytes, bytearray)):
            documents.append((label, _newslib.Document(item), None))
        else:
            raise TypeError(f"to_frame items must be Document, Summary, str or bytes, "
                            f"not {type(item).__name__}")
    if level == "tokens":
        return _token_frame(pd, documents)
    if level == "paragraphs":
        return _paragraph_frame(pd, documents)
    return _sentence_frame(pd, documents)


def _int_columns(frame, names, dtype="int64"):
    for name in names:
        frame[name] = frame[name].astype(dtype)
    return frame


def _sentence_frame(pd, documents):
    has_scores = any(summary is not None for _, _, summary in documents)
    columns: dict = {name: [] for name in ("doc", "sentence", "paragraph", "start", "end", "text")}
    if has_scores:
        columns.update(score=[], rank=[], selected=[])
    for label, doc, summary in documents:
        chosen = {s.index for s in summary.sentences} if summary is not None else set()
        scores = summary.scores if summary is not None else None
        ranks = summary.ranks if summary is not None else None
        for s in doc.sentences:
            columns["doc"].append(label)
            columns["sentence"].append(s.index)
            columns["paragraph"].append(s.paragraph.index)
            columns["start"].append(s.start)
            columns["end"].append(s.end)
            columns["text"].append(s.text)
            if has_scores:
                columns["score"].append(scores[s.index] if scores is not None else float("nan"))
                columns["rank"].append(ranks[s.index] if ranks is not None else None)
                columns["selected"].append(s.index in chosen if summary is not None else None)
    frame = _int_columns(pd.DataFrame(columns), ("sentence", "paragraph", "start", "end"))
    if has_scores:
        frame["score"] = frame["score"].astype("float64")
        frame["rank"] = frame["rank"].astype("Int64")
        frame["selected"] = frame["selected"].astype("boolean")
    return frame


def _token_frame(pd, documents):
    names = ("doc", "token", "sentence", "paragraph", "start", "end", "text", "kind", "key",
             "stem", "is_stop")
    columns: dict = {name: [] for name in names}
    for label, doc, _ in documents:
        # Which sentence and paragraph each token is in, from their ranges.
        sentence_of = [None] * len(doc)
        paragraph_of = [None] * len(doc)
        for s in doc.sentences:
            sentence_of[s.start_token:s.end_token] = [s.index] * len(s)
        for p in doc.paragraphs:
            paragraph_of[p.start_token:p.end_token] = [p.index] * len(p)
        for t in doc.tokens:
            columns["doc"].append(label)
            columns["token"].append(t.index)
            columns["sentence"].append(sentence_of[t.index])
            columns["paragraph"].append(paragraph_of[t.index])
            columns["start"].append(t.start)
            columns["end"].append(t.end)
            columns["text"].append(t.text)
            columns["kind"].append(t.kind)
            columns["key"].append(t.key)
            columns["stem"].append(t.stem)
            columns["is_stop"].append(t.is_stop)
    frame = _int_columns(pd.DataFrame(columns), ("token", "start", "end"))
    frame = _int_columns(frame, ("sentence", "paragraph"), "Int64")
    frame["is_stop"] = frame["is_stop"].astype("bool")
    return frame


def _paragraph_frame(pd, documents):
    columns: dict = {name: [] for name in ("doc", "paragraph", "start", "end", "text", "sentences")}
    for label, doc, _ in documents:
        for p in doc.paragraphs:
            columns["doc"].append(label)
            columns["paragraph"].append(p.index)
            columns["start"].append(p.start)
            columns["end"].append(p.end)
            columns["text"].append(p.text)
            columns["sentences"].append(len(p.sentences))
    return _int_columns(pd.DataFrame(columns), ("paragraph", "start", "end", "sentences"))
