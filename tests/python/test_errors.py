"""The exception hierarchy and how C++ errors reach Python."""

from __future__ import annotations

import pytest

import newslib


def test_hierarchy():
    assert issubclass(newslib.NewslibError, ValueError)
    for cls in (newslib.InvalidUTF8Error, newslib.InputTooLargeError,
                newslib.InvalidArgumentError, newslib.BackendUnavailableError):
        assert issubclass(cls, newslib.NewslibError)
    assert issubclass(newslib.BackendUnavailableError, RuntimeError)
    assert not issubclass(newslib.InvalidUTF8Error, RuntimeError)


def test_attributes_default_to_none():
    e = newslib.InvalidUTF8Error("made in Python")
    assert e.offset is None and e.char_offset is None
    assert newslib.InvalidArgumentError("x").argument is None


def test_invalid_argument_from_cpp_names_argument():
    with pytest.raises(newslib.InvalidArgumentError) as info:
        newslib.summarize("One. Two. Three.", algorithm="no-such-algorithm")
    assert info.value.argument == "algorithm"
    assert "no-such-algorithm" in str(info.value)


def test_messages_are_informative():
    with pytest.raises(newslib.InvalidUTF8Error, match="byte|UTF-8"):
        newslib.Document(b"\xc3")
    with pytest.raises(newslib.InputTooLargeError, match="max_bytes"):
        newslib.Document("abc", max_bytes=2)


def test_split_sentences():
    out = newslib.split_sentences("Dr. Jones arrived on Sept. 6. She left at noon. "
                                  "Mr. Smith stayed!")
    assert out == ["Dr. Jones arrived on Sept. 6.", "She left at noon.", "Mr. Smith stayed!"]
    assert newslib.split_sentences("") == []
    assert newslib.split_sentences(b"One. Two.") == ["One.", "Two."]
    assert newslib.split_sentences("Émile est là. Il part.", language="fr") == [
        "Émile est là.", "Il part."]


def test_split_sentences_bad_input():
    with pytest.raises(newslib.InvalidUTF8Error) as info:
        newslib.split_sentences(b"Ok. \xe2\x82 bad.")
    assert info.value.offset == 4 and info.value.char_offset == 4
    with pytest.raises(newslib.InvalidUTF8Error):
        newslib.split_sentences("lone \udfff surrogate.")
    with pytest.raises(TypeError):
        newslib.split_sentences(3.5)


def test_language_helpers():
    langs = newslib.supported_languages()
    assert "en" in langs and all(len(code) == 2 for code in langs)
    code, confidence = newslib.identify_language(
        "The government said on Tuesday that it would raise taxes on fuel next year.")
    assert code == "en" and 0 < confidence <= 1
    code, confidence = newslib.identify_language("")
    assert code == "und"


def test_parse_date():
    import datetime

    assert newslib.parse_date("Sat. Sep 6th, 2025") == datetime.date(2025, 9, 6)
    assert newslib.parse_date("2025-09-06") == datetime.date(2025, 9, 6)
    assert newslib.parse_date("06/09/2025", date_order="day_first") == datetime.date(2025, 9, 6)
    assert newslib.parse_date("Sept. 6") is None
    assert newslib.parse_date("Sept. 6", default_year=2024) == datetime.date(2024, 9, 6)
    assert newslib.parse_date("no date here") is None
    with pytest.raises(newslib.InvalidArgumentError):
        newslib.parse_date("2025-09-06", date_order="sideways")
