"""Batch calls over web pages: summarize_many / keywords_many with html=True,
and the pandas, dask and spark helpers passing html through."""

from __future__ import annotations

import pytest

import newslib


def _page(headline: str, paragraphs, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html><head><meta charset="{charset}"><title>{headline}</title>'
            f"</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{headline}</h1>{body}</article>"
            f"<footer>Copyright the site. All rights reserved.</footer></body></html>")


PAGES = [
    _page("Harbour wall approved", [
        "The council approved a new harbour wall on Tuesday after a long debate.",
        "Engineers said the wall would protect the old town from winter storms.",
        "Work on the harbour wall starts in spring and lasts two years."]),
    _page("Schools reopen after floods", [
        "Schools across the valley reopened on Monday after the floods receded.",
        "Teachers cleaned classrooms over the weekend with help from parents.",
        "The river is still high, and the schools keep a watch on the forecast."]),
    _page("Rail strike called off", [
        "Train drivers called off Friday's strike after a late pay offer.",
        "The union said members would vote on the offer within two weeks.",
        "Commuters had planned to work from home or travel by bus."]),
]


def test_pages_summarised_like_single_documents():
    many = newslib.summarize_many(PAGES, sentences=1, threads=2, html=True)
    for page, summary in zip(PAGES, many):
        single = newslib.summarize(newslib.Document.from_html(page), sentences=1)
        assert summary.text == single.text
        assert summary.document.text == newslib.Document.from_html(page).text
        # The page's furniture is gone; the page's metadata is kept.
        assert "Copyright" not in summary.document.text
        assert summary.document.page is not None


def test_bytes_pages_follow_their_declared_charset():
    page = _page("Café reopens", ["The café on the square reopened on Monday after repairs.",
                                  "Its owner thanked the neighbours for their patience."],
                 charset="windows-1252")
    raw = page.encode("windows-1252")
    [summary] = newslib.summarize_many([raw], sentences=1, html=True)
    assert "café" in summary.document.text
    # An explicit label still wins over the page's declaration.
    [forced] = newslib.summarize_many([raw], sentences=1, html=True, encoding="utf-8")
    assert "café" not in forced.document.text and "\ufffd" in forced.document.text


def test_without_html_a_page_is_text():
    [summary] = newslib.summarize_many(PAGES[:1], sentences=3)
    assert "<article>" in summary.document.text


def test_bad_items_fail_as_text_items_do():
    items = [PAGES[0], None, 42, float("nan"), PAGES[1].encode()]
    got = newslib.summarize_many(items, html=True, errors="return")
    want = newslib.summarize_many(["x", None, 42, float("nan"), b"y"], errors="return")
    for g, w in zip(got[1:4], want[1:4]):
        assert type(g) is type(w) and str(g) == str(w) and g.index == w.index
    assert isinstance(got[0], newslib.Summary) and isinstance(got[4], newslib.Summary)
    skipped = newslib.summarize_many(items, html=True, errors="skip")
    assert [s is None for s in skipped] == [False, True, True, True, False]
    with pytest.raises(ValueError) as info:
        newslib.summarize_many(items, html=True)
    assert "item 1" in str(info.value) and info.value.index == 1


def test_documents_pass_through_a_page_batch():
    doc = newslib.Document("Plain text article. It has two sentences.")
    [summary] = newslib.summarize_many([doc], sentences=1, html=True)
    assert summary.document is doc


def test_page_without_an_article_gives_an_empty_body():
    page = "<html><body><form><input name=q></form><script>var x = 1;</script></body></html>"
    [summary] = newslib.summarize_many([page], html=True)
    assert summary.document.page["no_article"] is True
    assert summary.text == ""


def test_keywords_many_reads_pages():
    many = newslib.keywords_many(PAGES, top=5, language="en", threads=2, html=True)
    docs = [newslib.Document.from_html(p, language="en") for p in PAGES]
    assert many == newslib.keywords_many(docs, top=5, threads=1)
    words = " ".join(k.text for k in many[0])
    assert "harbour" in words and "home" not in words.split()


def test_keywords_many_page_errors_propagate_like_text():
    with pytest.raises(TypeError):
        newslib.keywords_many([PAGES[0], 3], html=True)


def test_pandas_column_of_pages():
    pd = pytest.importorskip("pandas")
    import newslib.pandas

    column = pd.Series([PAGES[0], None, PAGES[2].encode()], index=[5, 6, 7], name="page")
    out = newslib.pandas.summarize(column, sentences=1, html=True)
    assert list(out.index) == [5, 6, 7] and out.name == "page"
    assert out[6] is None
    assert out[5] == newslib.summarize(newslib.Document.from_html(PAGES[0]), sentences=1).text
    assert "<" not in out[7]


def test_dask_passes_html_through():
    pytest.importorskip("dask")
    import dask.bag as db

    import newslib.dask

    bag = db.from_sequence(PAGES, npartitions=2)
    got = newslib.dask.summarize(bag, sentences=1, html=True).compute(scheduler="sync")
    assert got == [newslib.summarize(newslib.Document.from_html(p), sentences=1).text
                   for p in PAGES]


def test_spark_check_accepts_html():
    # The driver-side option check must not take html for a summary option.
    spark = pytest.importorskip("newslib.spark")
    spark._check({"sentences": 1, "html": True, "encoding": "auto", "language": "en"})
