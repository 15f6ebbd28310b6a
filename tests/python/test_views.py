"""Document as a sequence: views, Span, Token links and char_span (spaCy's moves)."""

from __future__ import annotations

import collections.abc
import copy
import gc
import pickle
import weakref

import pytest

import newslib
from articles import articles

TEXT = ("Markets rally\n\nSEOUL, Sept. 6 (Reuters) - Stocks rose 2.5% on Monday. "
        "Bonds fell.\n\nThe won gained. Café owners cheered 🙂.\n\nReporting by Jane Doe")


@pytest.fixture(scope="module")
def doc():
    return newslib.Document(TEXT)


def test_views_are_cached_sequences(doc):
    for name, kind in (("tokens", newslib.Tokens), ("sentences", newslib.Sentences),
                       ("paragraphs", newslib.Paragraphs)):
        view = getattr(doc, name)
        assert view is getattr(doc, name)
        assert isinstance(view, kind)
        assert isinstance(view, collections.abc.Sequence)
        assert view.doc is doc
        items = list(view)
        assert len(view) == len(items) > 0
        assert [x.index for x in items] == list(range(len(items)))
        assert list(reversed(view)) == items[::-1]
        assert view == items and view == tuple(items) and view != items[:-1]
        with pytest.raises(TypeError):
            hash(view)


def test_indexing_negative_and_out_of_range(doc):
    tokens = doc.tokens
    n = len(tokens)
    assert tokens[-1] == tokens[n - 1] and tokens[-n] == tokens[0]
    for bad in (n, -n - 1, 10**30):
        with pytest.raises(IndexError):
            tokens[bad]
    with pytest.raises(TypeError):
        tokens["1"]


def test_slices(doc):
    tokens = doc.tokens
    part = tokens[2:5]
    assert isinstance(part, newslib.Tokens) and len(part) == 3
    assert [t.index for t in part] == [2, 3, 4]
    assert part[0] == tokens[2] and part[-1] == tokens[4]
    assert [t.index for t in tokens[::2]] == list(range(0, len(tokens), 2))
    assert [t.index for t in tokens[::-1]] == list(range(len(tokens)))[::-1]
    assert len(tokens[5:2]) == 0 and list(tokens[100000:]) == []
    sentences = doc.sentences[1:]
    assert [s.index for s in sentences] == list(range(1, len(doc.sentences)))


def test_contains(doc):
    other = newslib.Document(TEXT)
    t = doc.tokens[3]
    assert t in doc.tokens and t in doc.tokens[3:4] and t not in doc.tokens[4:]
    assert other.tokens[3] not in doc.tokens  # another parse, another token
    assert doc.sentences[0] in doc.sentences and doc.sentences[0] not in doc.paragraphs
    assert "Stocks" not in doc.tokens and None not in doc.sentences


def test_document_is_a_sequence_of_tokens(doc):
    assert len(doc) == len(doc.tokens)
    assert doc[0] == doc.tokens[0] and doc[-1] == doc.tokens[-1]
    assert [t.index for t in doc] == list(range(len(doc)))
    span = doc[1:4]
    assert isinstance(span, newslib.Span)
    assert (span.start_token, span.end_token, len(span)) == (1, 4, 3)
    with pytest.raises(ValueError):
        doc[0:4:2]
    with pytest.raises(IndexError):
        doc[len(doc)]


def test_span(doc):
    span = doc[1:4]
    assert span.doc is doc
    assert span.text == doc.text[span.start:span.end]
    assert (span.start_char, span.end_char) == (span.start, span.end)
    assert span.start == doc[1].start and span.end == doc[3].end
    assert [t.index for t in span] == [1, 2, 3] and list(span.tokens) == list(span)
    assert span[0] == doc[1] and span[-1] == doc[3] and span[1:] == doc[2:4]
    assert doc[2] in span and doc[4] not in span
    assert str(span) == span.text
    assert span == doc[1:4] and hash(span) == hash(doc[1:4]) and span != doc[1:5]
    empty = doc[3:3]
    assert len(empty) == 0 and empty.text == "" and empty.start == doc[3].start
    with pytest.raises(IndexError):
        span[3]


def test_sentence_and_paragraph_are_spans(doc):
    for p in doc.paragraphs:
        assert isinstance(p, newslib.Span) and isinstance(p, newslib.Paragraph)
        assert p.text == doc.text[p.start:p.end]
        for s in p.sentences:
            assert isinstance(s, newslib.Span) and isinstance(s, newslib.Sentence)
            assert s.paragraph == p
            assert p.start_token <= s.start_token <= s.end_token <= p.end_token
            assert list(s) == list(doc.tokens[s.start_token:s.end_token])
            assert len(s) == len(s.tokens)
    sentence = doc.sentences[0]
    assert sentence != doc[sentence.start_token:sentence.end_token]  # a Sentence is no plain Span
    assert sentence == doc.sentences[0] and hash(sentence) == hash(doc.sentences[0])


def test_token_links(doc):
    for t in doc:
        assert t.doc is doc and t.i == t.index
        assert t.sent is not None and t.start >= t.sent.start and t.end <= t.sent.end
        assert t in t.sent
        assert t.paragraph is not None and t.paragraph.start <= t.start < t.paragraph.end
        assert t.sent.paragraph == t.paragraph
        assert str(t) == t.text == doc.text[t.start:t.end]
    assert doc.tokens[0] == doc.tokens[0] and doc.tokens[0] != doc.tokens[1]
    assert len({doc.tokens[0], doc.tokens[0], doc.tokens[1]}) == 2


def test_byte_offsets(doc):
    raw = doc.text.encode("utf-8")
    for unit in [*doc.tokens, *doc.sentences, *doc.paragraphs]:
        assert raw[unit.byte_start:unit.byte_end].decode("utf-8") == unit.text


def test_units_keep_their_document_alive():
    token = newslib.Document("Rain fell. Roads closed.").tokens[-2]
    sentence = newslib.Document("Rain fell. Roads closed.")[0:2]
    view = newslib.Document("Rain fell. Roads closed.").sentences
    gc.collect()
    assert token.text == "closed" and token.doc.text.startswith("Rain")
    assert sentence.text == "Rain fell"
    assert [s.text for s in view] == ["Rain fell.", "Roads closed."]


def test_document_is_freed_with_its_last_reference():
    # The Document's pointers to its views are borrowed: no cycle to collect.
    doc = newslib.Document("Rain fell. Roads closed.")
    views = doc.tokens, doc.sentences, doc.paragraphs
    ref = weakref.ref(doc)
    del doc
    assert ref() is not None and views[0].doc is ref()  # the views keep it
    del views
    assert ref() is None  # freed by reference counting alone


def test_a_held_view_is_the_one_returned():
    doc = newslib.Document("Rain fell. Roads closed.")
    tokens = doc.tokens
    part = tokens[1:]
    del part  # a slice is another view and leaves the cached one alone
    assert doc.tokens is tokens and doc.sentences is doc.sentences
    del tokens
    again = doc.tokens  # nobody held the old one: a new, equal view
    assert again is doc.tokens and list(again) == list(doc)


def test_char_span(doc):
    monday = doc.text.index("Monday")
    span = doc.char_span(monday, monday + len("Monday"))
    assert span.text == "Monday" and len(span) == 1 and span.doc is doc
    stocks = doc.text.index("Stocks rose")
    assert doc.char_span(stocks, stocks + len("Stocks rose")).text == "Stocks rose"
    # Cutting a token: None when strict, as spaCy; contract and expand adjust.
    assert doc.char_span(monday + 1, monday + 6) is None
    assert doc.char_span(monday + 1, monday + 6, alignment_mode="expand").text == "Monday"
    assert doc.char_span(stocks + 1, stocks + len("Stocks rose"),
                         alignment_mode="contract").text == "rose"
    assert doc.char_span(monday, monday) is None
    assert doc.char_span(-1, 3) is None and doc.char_span(0, len(doc.text) + 1) is None
    with pytest.raises(newslib.InvalidArgumentError) as info:
        doc.char_span(0, 3, alignment_mode="loose")
    assert info.value.argument == "alignment_mode"


def test_char_span_finds_every_token_after_non_ascii():
    text = " ".join(f"Ünïcödé 🙂 word{i}." for i in range(300))
    doc = newslib.Document(text)
    for t in doc.tokens[::7]:
        assert doc.char_span(t.start, t.end) == doc[t.index:t.index + 1]
    for s in doc.sentences[::11]:
        span = doc.char_span(s.start, s.end)
        assert span.text == s.text and (span.start_token, span.end_token) == (
            s.start_token, s.end_token)


def test_views_and_units_pickle_with_their_document(doc):
    items = [doc.tokens, doc.sentences, doc.paragraphs, doc.tokens[2:5], doc.tokens[4],
             doc.sentences[1], doc.paragraphs[0], doc[1:3], doc.paragraphs[1].sentences]
    back = pickle.loads(pickle.dumps(items))
    assert back[0].doc == doc
    assert all(x.doc is back[0].doc for x in back)  # one Document in the pickle
    for before, after in zip(items, back):
        assert type(after) is type(before)
        if isinstance(before, newslib.Token):
            assert (after.index, after.text) == (before.index, before.text)
        elif isinstance(before, newslib.Span):
            assert (after.start_token, after.end_token, after.text) == (
                before.start_token, before.end_token, before.text)
        else:
            assert [x.text for x in after] == [x.text for x in before]
    assert copy.deepcopy(doc.tokens[4]).text == doc.tokens[4].text


def test_units_cannot_be_made_or_changed_directly(doc):
    for kind in (newslib.Token, newslib.Span, newslib.Sentence, newslib.Tokens):
        with pytest.raises(TypeError):
            kind()
    with pytest.raises(AttributeError):
        doc.tokens[0].text = "x"
    with pytest.raises(AttributeError):
        doc.sentences[0].start = 3
    with pytest.raises(TypeError):
        doc.tokens[0] = None


def test_reprs(doc):
    assert repr(doc.tokens) == f"<Tokens: {len(doc)} tokens>"
    assert repr(doc.sentences[0]).startswith("Sentence(index=0, start=")
    assert repr(doc.paragraphs[0]).startswith("Paragraph(index=0, start=")
    assert repr(doc[1:3]).startswith("Span(start_token=1, end_token=3, start=")
    assert repr(doc[0]) == f"Token(index=0, text={doc[0].text!r}, kind='word')"


def test_views_agree_with_the_units_on_synthetic_articles():
    for text in articles(10, seed=5):
        doc = newslib.Document(text)
        tokens = list(doc.tokens)
        for s in doc.sentences:
            assert [t.index for t in s] == list(range(s.start_token, s.end_token))
            assert all(t.sent == s for t in s)
        assert sum(len(p) for p in doc.paragraphs) <= len(tokens)


@pytest.mark.parametrize("method", ["char_span", "to_dict", "from_dict"])
def test_document_method_examples(method):
    import doctest
    import inspect

    test = doctest.DocTestParser().get_doctest(
        inspect.getdoc(getattr(newslib.Document, method)), {"newslib": newslib}, method, None, 0)
    assert test.examples, method
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0
