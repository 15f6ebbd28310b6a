"""Documents from bytes in other encodings: decoding, detection, offsets back to the bytes."""

from __future__ import annotations

import pickle

import pytest

import newslib

FRENCH = ("Le député a voté la réforme mardi. « C'est fini », a-t-il dit. "
          "L'été sera chaud.\n\n") * 5
RUSSIAN = "Привет, как дела? Это новость дня. Рынки выросли во вторник. " * 10
JAPANESE = "東京で会議が開かれた。ｱｲｳは半角です。2024年の予算が決まった。" * 10


def assert_units_map_back(doc: newslib.Document, data: bytes, codec: str) -> None:
    assert doc.sentences, "no sentences"
    for unit in [*doc.sentences, *doc.tokens, *doc.paragraphs]:
        start, end = doc.source_offset(unit.start), doc.source_offset(unit.end)
        assert data[start:end].decode(codec) == unit.text
    assert doc.source_offset(len(doc.text)) == len(data)


@pytest.mark.parametrize("label, codec, text", [
    ("windows-1252", "cp1252", FRENCH),
    ("ISO-8859-15", "iso8859_15", FRENCH),
    ("koi8-r", "koi8_r", RUSSIAN),
    ("shift_jis", "cp932", JAPANESE),
    ("gb18030", "gb18030", JAPANESE + "中文新闻。"),
])
def test_declared_encoding(label, codec, text):
    data = text.encode(codec)
    doc = newslib.Document(data, encoding=label)
    assert doc.text == text
    assert doc.source_encoding_origin == "declared"
    assert newslib.Document(data, encoding=doc.source_encoding).text == text
    assert_units_map_back(doc, data, codec)


def test_latin1_means_windows_1252():
    doc = newslib.Document("Prix : 10 € « net ».".encode("cp1252"), encoding="latin1")
    assert doc.source_encoding == "windows-1252"
    assert "€" in doc.text


def test_auto_detects():
    koi8 = newslib.Document(RUSSIAN.encode("koi8_r"), encoding="auto")
    assert (koi8.source_encoding, koi8.source_encoding_origin) == ("KOI8-R", "detected")
    assert koi8.text == RUSSIAN
    utf16 = newslib.Document(FRENCH.encode("utf-16"), encoding="auto")
    assert (utf16.source_encoding, utf16.source_encoding_origin) == ("UTF-16LE", "bom")
    assert utf16.text == FRENCH
    assert utf16.source_offset(0) == 2
    utf8 = newslib.Document(FRENCH.encode(), encoding="auto")
    assert (utf8.source_encoding, utf8.source_encoding_origin) == ("UTF-8", "detected")


def test_utf8_default_is_unchanged():
    data = FRENCH.encode()
    doc = newslib.Document(data)
    assert doc.source_encoding == "UTF-8" and doc.source_encoding_origin == "declared"
    assert doc.text == FRENCH
    assert_units_map_back(doc, data, "utf-8")
    assert "encoding" not in doc.options
    with pytest.raises(newslib.InvalidUTF8Error):
        newslib.Document(FRENCH.encode("cp1252"))


def test_lying_declaration_gives_mojibake_not_an_error():
    doc = newslib.Document("Café crème.".encode(), encoding="latin1")
    assert doc.text == "CafÃ© crÃ¨me."


def test_errors_name_original_offsets():
    data = b"One sentence. Bad \xa5 byte here."
    with pytest.raises(newslib.InvalidEncodingError) as caught:
        newslib.Document(data, encoding="iso-8859-3")
    assert caught.value.offset == 18 and caught.value.encoding == "ISO-8859-3"
    assert isinstance(caught.value, ValueError)
    doc = newslib.Document(data, encoding="iso-8859-3", errors="replace")
    assert doc.text == "One sentence. Bad \ufffd byte here."
    (start, end), = doc.replacements
    assert (doc.source_offset(start), doc.source_offset(end)) == (18, 19)


def test_bad_encoding_arguments():
    with pytest.raises(newslib.InvalidArgumentError) as caught:
        newslib.Document(b"abc", encoding="klingon-8")
    assert caught.value.argument == "encoding"
    with pytest.raises(newslib.InvalidArgumentError):
        newslib.Document("a str is decoded already", encoding="windows-1252")
    assert newslib.Document("Str and auto. Fine.", encoding="auto").text == "Str and auto. Fine."


def test_batch_and_keywords_take_the_encoding():
    items = [FRENCH.encode("cp1252"), "Un texte déjà décodé. Deux phrases."]
    summaries = newslib.summarize_many(items, sentences=1, algorithm="lead", encoding="cp1252")
    assert summaries[0].text == "Le député a voté la réforme mardi."
    assert summaries[1].text == "Un texte déjà décodé."
    lists = newslib.keywords_many(items, top=3, encoding="cp1252")
    assert len(lists) == 2 and all(lists)
    with pytest.raises(newslib.InvalidArgumentError):
        newslib.summarize_many(items, encoding="klingon-8")


def test_pickle_keeps_the_text():
    doc = newslib.Document(FRENCH.encode("cp1252"), encoding="cp1252")
    back = pickle.loads(pickle.dumps(doc))
    assert back.text == doc.text and back == doc
