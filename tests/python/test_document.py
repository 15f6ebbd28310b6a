"""newslib.Document: units, offsets, metadata, errors, repr, immutability."""

from __future__ import annotations

import datetime

import pytest

import newslib
from articles import articles

TRICKY = [
    "Plain ASCII. Two sentences.",
    "Café au lait. Naïve résumé! Ünïcödé? Done.",
    "Emoji 🙂 here. Flags 🇰🇷 and 👩‍👩‍👧 families. End.",
    "Combining e\u0301 accents. Then CJK 東京で会議. Last one.",
    "Zero\u200bwidth and non\u00a0breaking spaces. Tab\there.",
    "Line one\r\nline two. \u2028 Line sep. Final.",
    "\ufeffBOM at start. Then text.",
]


def check_offsets(doc: newslib.Document) -> None:
    text = doc.text
    for unit in [*doc.paragraphs, *doc.sentences, *doc.tokens]:
        assert 0 <= unit.start <= unit.end <= len(text)
        assert text[unit.start:unit.end] == unit.text
    for s in doc.sentences:
        for t in s.tokens:
            assert s.start <= t.start and t.end <= s.end
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)


@pytest.mark.parametrize("text", TRICKY)
def test_offsets_are_str_indices(text):
    doc = newslib.Document(text)
    assert doc.text == text
    assert doc.sentences, text
    check_offsets(doc)


def test_offsets_on_synthetic_articles():
    for text in articles(40, seed=3):
        check_offsets(newslib.Document(text))


def test_bytes_and_str_give_the_same_document():
    text = TRICKY[2]
    a, b = newslib.Document(text), newslib.Document(text.encode("utf-8"))
    assert a == b
    assert [s.text for s in a.sentences] == [s.text for s in b.sentences]
    assert [(t.start, t.end) for t in a.tokens] == [(t.start, t.end) for t in b.tokens]


def test_text_is_the_callers_str():
    text = "Nothing is rewritten here. Not one byte."
    assert newslib.Document(text).text is text


def test_units_and_links(sample_doc):
    doc = sample_doc
    assert len(doc.paragraphs) >= 2
    for p in doc.paragraphs:
        for s in p.sentences:
            assert s.paragraph == p
            assert p.start <= s.start and s.end <= p.end
    assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
    assert [t.index for t in doc.tokens] == list(range(len(doc.tokens)))
    assert sum(len(s.tokens) for s in doc.sentences) <= len(doc.tokens)


def test_tokens(sample_doc):
    tokens = sample_doc.tokens
    kinds = {t.kind for t in tokens}
    assert kinds <= {"word", "number", "punctuation", "symbol", "url", "email", "other"}
    assert "word" in kinds and "punctuation" in kinds
    the = [t for t in tokens if t.text == "The"]
    assert the and all(t.key == "the" and t.is_stop for t in the)
    council = next(t for t in tokens if t.text == "council")
    assert council.kind == "word" and not council.is_stop
    assert council.stem and council.key == "council"


def test_token_kinds_and_keys():
    doc = newslib.Document("Visit https://example.org/x or write to a.b@example.org. "
                           "STRASSE and Straße cost 12.5 dollars.", language="en")
    kinds = {t.text: t.kind for t in doc.tokens}
    assert kinds.get("https://example.org/x") == "url"
    assert kinds.get("a.b@example.org") == "email"
    assert kinds.get("12.5") == "number"
    keys = {t.text: t.key for t in doc.tokens}
    assert keys["STRASSE"] == keys["Straße"] == "strasse"


def test_metadata(sample_doc):
    doc = sample_doc
    assert doc.title == "City council approves tram extension"
    assert doc.byline and "Ana Silva" in doc.byline
    assert "Ana Silva" in doc.authors
    assert doc.source == "Reuters"
    assert doc.dateline and doc.dateline.startswith("WELLINGTON")
    assert any("Reporting by" in line for line in doc.trailer)
    assert all("Reporting by" not in s.text for s in doc.sentences)
    assert doc.language == "en"
    assert 0.0 < doc.language_confidence <= 1.0
    assert doc.body.strip() and doc.body in doc.text


def test_dated_article():
    doc = newslib.Document("Sat. Sep 6th, 2025\n\nThe ministry announced a plan. "
                           "It starts next year.\n\nSource")
    assert doc.date == datetime.date(2025, 9, 6)
    assert isinstance(doc.date, datetime.date)
    assert "Source" in doc.trailer


def test_date_order():
    text = "06/09/2025\n\nThe ministry announced a plan. It starts next year."
    assert newslib.Document(text).date == datetime.date(2025, 6, 9)
    assert newslib.Document(text, date_order="day_first").date == datetime.date(2025, 9, 6)


def test_metadata_off():
    doc = newslib.Document("Headline\n\nBody sentence one. Body two.", metadata=False)
    assert doc.title is None and doc.date is None and doc.trailer == []
    assert doc.options["metadata"] is False


def test_language_named():
    doc = newslib.Document("Der Rat hat das Gesetz am Freitag beschlossen. Es gilt ab Mai.",
                           language="de")
    assert doc.language == "de"
    assert doc.language_confidence == 1.0


def test_empty_and_whitespace():
    for text in ("", "   \n\n  "):
        doc = newslib.Document(text)
        assert doc.sentences == [] and doc.tokens == []
        assert doc.text == text


def test_invalid_utf8_bytes_strict():
    with pytest.raises(newslib.InvalidUTF8Error) as info:
        newslib.Document(b"Caf\xc3\xa9 ok. Bad \xff byte.")
    e = info.value
    assert e.offset == 14  # 'Caf' + 2-byte 'é' + ' ok. Bad '
    assert e.char_offset == 13
    assert isinstance(e, ValueError) and isinstance(e, newslib.NewslibError)


def test_invalid_utf8_bytes_replace():
    doc = newslib.Document(b"Good start. Bad \xff\xfe here. \xc3\xa9nd.", errors="replace")
    assert "\ufffd" in doc.text
    assert doc.replacements
    for start, end in doc.replacements:
        assert doc.text[start:end] == "\ufffd"
    check_offsets(doc)


@pytest.mark.parametrize("widest", ["\u00ff", "\uffff", "\U0010ffff"])
def test_str_of_every_storage_width_encodes_like_python(widest):
    # Random mixes of ASCII runs and wider code points, at every length around
    # the encoder's 8-byte steps: a str and its UTF-8 bytes split alike.
    import random

    pool = [" ", ".", "a", "Z", "\u00e9", "\u00a0", "\u0416", "\u201c", "\u6771", "\U0001F600"]
    pool = [c for c in pool if c <= widest] + [widest]
    rng = random.Random(len(widest.encode()))
    for length in range(0, 40):
        text = "".join(rng.choice(pool) if rng.random() < 0.3 else rng.choice("ab. ")
                       for _ in range(length)) + widest
        assert newslib.split_sentences(text) == newslib.split_sentences(text.encode("utf-8"))
        assert newslib.Document(text, language="en").text == text


def test_lone_surrogate_strict():
    with pytest.raises(newslib.InvalidUTF8Error) as info:
        newslib.Document("ab\ud800cd")
    assert info.value.char_offset == 2
    assert info.value.offset == 2
    with pytest.raises(newslib.InvalidUTF8Error) as info:
        newslib.Document("é\udcffx")
    assert info.value.char_offset == 1 and info.value.offset == 2


def test_lone_surrogate_replace_keeps_indices():
    text = "One \ud83d two. Three \udc00 four."
    doc = newslib.Document(text, errors="replace")
    assert len(doc.text) == len(text)
    assert doc.replacements == [(4, 5), (17, 18)]
    assert doc.text == text.replace("\ud83d", "\ufffd").replace("\udc00", "\ufffd")
    check_offsets(doc)


def test_max_bytes():
    with pytest.raises(newslib.InputTooLargeError):
        newslib.Document("x" * 100, max_bytes=10)
    with pytest.raises(newslib.InputTooLargeError):
        newslib.Document(b"y" * 100, max_bytes=99)
    with pytest.raises(newslib.InputTooLargeError):
        newslib.Document("é" * 60, max_bytes=100)  # 60 characters, 120 bytes
    assert newslib.Document("x" * 10, max_bytes=10).text == "x" * 10


@pytest.mark.parametrize("kwargs, argument", [
    ({"errors": "ignore"}, "errors"),
    ({"date_order": "year_first"}, "date_order"),
])
def test_bad_arguments_name_themselves(kwargs, argument):
    with pytest.raises(ValueError, match=argument) as info:
        newslib.Document("Some text.", **kwargs)
    assert isinstance(info.value, newslib.InvalidArgumentError)
    assert info.value.argument == argument


def test_wrong_type():
    with pytest.raises(TypeError):
        newslib.Document(42)
    with pytest.raises(TypeError):
        newslib.Document(None)


def test_immutable(sample_doc):
    with pytest.raises(AttributeError):
        sample_doc.text = "changed"
    with pytest.raises(AttributeError):
        sample_doc.sentences[0].start = 3
    with pytest.raises(AttributeError):
        sample_doc.title = "x"


def test_repr_is_short_and_cheap():
    big = "\n\n".join(articles(200, seed=1))
    doc = newslib.Document(big)
    r = repr(doc)
    assert r.startswith("<Document ") and r.endswith(">")
    assert len(r) < 200
    assert f"{len(doc.sentences)} sentences" in r
    s = repr(doc.sentences[0])
    assert s.startswith("Sentence(index=0") and len(s) < 150
    assert repr(doc.tokens[0]).startswith("Token(index=0")


def test_equality_and_hash():
    a = newslib.Document("Same text. Twice.")
    b = newslib.Document("Same text. Twice.")
    c = newslib.Document("Same text. Twice.", metadata=False)
    assert a == b and hash(a) == hash(b)
    assert a != c
    assert a.sentences[0] == a.sentences[0]
    assert a.sentences[0] != a.sentences[1]
    assert len({a, b}) == 1


def test_options(sample_doc):
    assert sample_doc.options == {"language": "auto", "errors": "strict",
                                  "max_bytes": 1 << 30, "date_order": "month_first",
                                  "metadata": True}


def test_long_non_ascii_offsets():
    # Many multi-byte characters: offsets far from any block start are exact.
    text = " ".join(f"Ünïcödé sentence number {i} ends here 🙂." for i in range(500))
    doc = newslib.Document(text)
    check_offsets(doc)
    assert doc.sentences[-1].end == len(text.rstrip())
