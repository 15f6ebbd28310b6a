"""Document.from_html: articles from web pages, their metadata and page ranges."""

from __future__ import annotations

import datetime
import json
import pathlib

import pytest

import newslib

PROSE = ("The council voted on Tuesday to close the old bridge, citing a report that found "
         "cracks in two of its supports, and said repairs would take at least a year.")


def page(head: str = "", body: str = "") -> str:
    return (f"<!DOCTYPE html><html><head>{head}</head><body><nav><a href='/'>Home</a>"
            f"<a href='/w'>World</a></nav><article>{body}</article>"
            "<footer><p>Terms of use of this site.</p></footer></body></html>")


def test_article_and_metadata():
    html = page("<title>Bridge | Daily</title><meta property='og:title' content='Bridge to close'>"
                "<meta property='article:published_time' content='2024-05-17T10:00:00Z'>"
                "<meta name='author' content='Jane Doe'>",
                f"<h1>Bridge to close</h1><p>{PROSE}</p><p>{PROSE} Residents objected.</p>")
    doc = newslib.Document.from_html(html)
    assert doc.title == "Bridge to close"
    assert doc.date == datetime.date(2024, 5, 17)
    assert doc.authors == ["Jane Doe"]
    assert doc.text.startswith("Bridge to close\n\n")
    assert "Residents objected." in doc.body and "Home" not in doc.body
    assert len(doc.paragraphs) == 2
    assert doc.page["origins"]["published"] == "open_graph"
    assert doc.page["no_article"] is False
    assert newslib.summarize(doc, sentences=1).text


def test_blocks_point_into_the_original_bytes():
    raw = page("<meta charset='windows-1252'>",
               f"<h1>Caf\xe9</h1><p>{PROSE} Caf\xe9 cr\xe8me.</p><p>{PROSE}</p>").encode("latin-1")
    doc = newslib.Document.from_html(raw)
    assert "Café crème." in doc.body
    assert doc.page["encoding"] == "windows-1252"
    for start, end, page_start, page_end in doc.page["blocks"][1:]:
        assert raw[page_start:page_end].decode("windows-1252") == doc.text[start:end]


def test_blocks_say_what_they_were_and_captions_and_labels_are_not_summary_sentences():
    html = page("", "<h1>Bridge to close</h1><figure><img src='a.jpg'><figcaption><p>The council "
                "voted on Tuesday to close the old bridge.</p></figcaption></figure>"
                f"<p>{PROSE}</p><h2>What comes next</h2><p>Drivers will use the ring road until "
                "the repairs are done, the council said.</p>")
    doc = newslib.Document.from_html(html)
    kinds = doc.page["block_kinds"]
    assert kinds == ["headline", "caption", "paragraph", "heading", "paragraph"]
    assert len(kinds) == len(doc.page["blocks"])
    start, end, _, _ = doc.page["blocks"][1]
    caption = doc.text[start:end]
    summary = newslib.summarize(doc, sentences=1, algorithm="lead")
    assert summary.text == PROSE
    assert len(summary.scores) == len(doc.sentences)  # the caption is still scored
    # A three-word heading is a label: never picked, whatever the budget.
    everything = newslib.summarize(doc, sentences=10, algorithm="lead").text
    assert "What comes next" not in everything and PROSE in everything
    # As plain text the same words are a sentence like any other.
    assert newslib.summarize(doc.text, sentences=1, algorithm="lead").text == caption


def test_str_and_bytes_agree_and_text_documents_have_no_page():
    html = page("", f"<p>{PROSE}</p><p>{PROSE}</p>")
    assert newslib.Document.from_html(html).text == newslib.Document.from_html(html.encode()).text
    assert newslib.Document("Rain fell.").page is None


@pytest.mark.parametrize("html", ["", "<frameset><frame src=a></frameset>",
                                  "<script>x()</script>", "\x00\xff<<<", "<div>" * 20000])
def test_non_articles_say_so(html):
    doc = newslib.Document.from_html(html)
    assert doc.page["no_article"] is True
    assert len(doc.paragraphs) == 0


def test_options():
    html = page("", f"<p>{PROSE}</p><ul><li>First item of the plan.</li><li>Second item.</li></ul>")
    assert "First item" in newslib.Document.from_html(html).body
    assert "First item" not in newslib.Document.from_html(html, keep_lists=False).body
    with pytest.raises(newslib.InputTooLargeError):
        newslib.Document.from_html(html, max_bytes=10)


DATA = pathlib.Path(__file__).resolve().parents[2].parent / "shared" / "data" / "html"


@pytest.mark.skipif(not (DATA / "readability_pages.jsonl").exists(), reason="dev pages absent")
def test_dev_pages_extract():
    with open(DATA / "readability_pages.jsonl", encoding="utf-8") as f:
        pages = [json.loads(line) for line in f][:30]
    found = 0
    for p in pages:
        doc = newslib.Document.from_html(p["html"])
        found += bool(doc.body)
        for start, end, _, _ in doc.page["blocks"]:
            assert 0 <= start <= end <= len(doc.text)
    assert found >= 25
