"""newslib.pandas: Series in, Series out; sentences as a DataFrame."""

from __future__ import annotations

import pytest

import newslib

pd = pytest.importorskip("pandas")
import newslib.pandas as npd  # noqa: E402


def test_summarize_series_keeps_index_and_name(synthetic_articles):
    texts = synthetic_articles[:30]
    series = pd.Series(texts, index=[f"a{i}" for i in range(30)], name="body")
    out = npd.summarize(series, sentences=2)
    assert list(out.index) == list(series.index) and out.name == "body"
    assert out.dtype == object
    for text, summary in zip(texts, out):
        assert summary == newslib.summarize(text, sentences=2).text


def test_missing_values_stay_missing():
    series = pd.Series(["One point. Two points. Three.", None, float("nan"), pd.NA,
                        "Another. Text."], dtype=object)
    out = npd.summarize(series, sentences=1, algorithm="lead")
    assert out.tolist() == ["One point.", None, None, None, "Another."]


def test_failures_follow_errors():
    series = pd.Series(["Good. Text.", b"\xff bad"])
    with pytest.raises(newslib.InvalidUTF8Error) as info:
        npd.summarize(series)
    assert info.value.index == 1
    assert npd.summarize(series, errors="skip").tolist()[1] is None


def test_summary_output():
    series = pd.Series(["First. Second. Third. Fourth."] * 3)
    out = npd.summarize(series, output="summary", sentences=2)
    assert all(isinstance(x, newslib.Summary) for x in out)
    assert len(out) == 3
    with pytest.raises(newslib.InvalidArgumentError):
        npd.summarize(series, output="html")


def test_to_frame(sample_doc):
    frame = npd.to_frame([sample_doc, "Second doc. Two sentences."])
    assert list(frame.columns) == ["doc", "sentence", "paragraph", "start", "end", "text"]
    assert len(frame) == len(sample_doc.sentences) + 2
    first = frame[frame["doc"] == 0]
    for row in first.itertuples():
        assert sample_doc.text[row.start:row.end] == row.text
        assert row.paragraph == sample_doc.sentences[row.sentence].paragraph.index


def test_to_frame_with_summaries_and_series_index(sample_doc):
    summary = newslib.summarize(sample_doc, sentences=2)
    items = pd.Series([summary, sample_doc, None], index=["s", "d", "missing"])
    frame = npd.to_frame(items)
    assert {"score", "rank", "selected"} <= set(frame.columns)
    scored = frame[frame["doc"] == "s"]
    assert scored["score"].tolist() == pytest.approx(summary.scores)
    assert scored["rank"].tolist() == summary.ranks
    assert scored["selected"].sum() == 2
    plain = frame[frame["doc"] == "d"]
    assert plain["score"].isna().all() and plain["selected"].isna().all()
    assert "missing" not in set(frame["doc"])
