"""Notebook HTML: informative, and safe whatever the text holds."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest

import newslib

ALLOWED_TAGS = {"div", "table", "tr", "th", "td", "p", "span", "mark", "ol", "li", "details",
                "summary"}
ALLOWED_ATTRS = {"class", "style", "title", "open"}

HOSTILE = (
    'Evil <script>alert("x")</script> headline\n\n'
    'By <b onmouseover="steal()">Mallory</b>\n\n'
    'First sentence has " onmouseover="alert(1) inside. '
    "Second one links <a href='javascript:alert(2)'>here</a>. "
    "Third has & ampersands &amp; entities &lt;tag&gt; and a javascript:void(0) URL. "
    "Fourth closes a tag </span></mark></div> early."
)


class Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> Collector:
    c = Collector()
    c.feed(markup)
    c.close()
    return c


def assert_safe(markup: str):
    c = parse(markup)
    assert set(c.tags) <= ALLOWED_TAGS, set(c.tags) - ALLOWED_TAGS
    assert {name for name, _ in c.attrs} <= ALLOWED_ATTRS
    for name, value in c.attrs:
        if name == "style":
            assert "javascript" not in value and "url(" not in value
    # The caller's markup arrives as text: escaped, never as tags or attributes.
    for raw in ("<script", "<b ", "<a ", "</span></mark></div> early", '" onmouseover="',
                "'javascript:"):
        assert raw not in markup
    assert "&lt;script&gt;" in markup or "&lt;b onmouseover=&quot;" in markup
    return c


def test_document_html_escapes_everything():
    doc = newslib.Document(HOSTILE)
    markup = doc._repr_html_()
    c = assert_safe(markup)
    shown = "".join(c.text)
    for s in doc.sentences:
        assert s.text in shown  # every sentence, intact after unescaping
    assert html.escape('<script>alert("x")</script>', quote=True) in markup or doc.title is None


def test_summary_html_escapes_and_marks_choice():
    doc = newslib.Document(HOSTILE)
    summary = newslib.summarize(doc, sentences=2, algorithm="lead")
    markup = summary._repr_html_()
    c = assert_safe(markup)
    assert c.tags.count("mark") == 2
    titles = [v for name, v in c.attrs if name == "title"]
    for x in summary.sentences:
        assert any(f"score {x.score:.4g}" in t and f"rank {x.rank}" in t for t in titles)
    shown = "".join(c.text)
    for x in summary.sentences:
        assert x.text in shown


def test_html_shows_metadata_and_boundaries(sample_doc):
    markup = sample_doc._repr_html_()
    c = parse(markup)
    shown = "".join(c.text)
    assert sample_doc.title in shown
    assert "Reuters" in shown
    sentence_spans = [v for name, v in c.attrs if name == "title" and v.startswith("sentence ")]
    assert len(sentence_spans) == len(sample_doc.sentences)


def test_long_documents_are_cut():
    from newslib import _display

    text = " ".join(f"Sentence {i} is here." for i in range(_display.MAX_SENTENCES + 50))
    markup = newslib.Document(text)._repr_html_()
    assert "50 more sentences not shown" in markup


@pytest.mark.parametrize("make", [lambda: newslib.Document(HOSTILE),
                                  lambda: newslib.summarize(HOSTILE)])
def test_plain_repr_is_short_and_escaped(make):
    r = repr(make())
    assert len(r) < 200 and "\n" not in r
