"""Document.to_dict / to_json / from_dict, pandas.to_frame levels, float reprs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

import newslib

TEXT = ("Markets rally\n\nSEOUL, Sept. 6 (Reuters) - Stocks rose 2.5% on Monday. "
        "Bonds fell.\n\nThe won gained. Café owners cheered 🙂.\n\nReporting by Jane Doe")


def test_to_dict_schema_and_offsets():
    doc = newslib.Document(TEXT)
    d = doc.to_dict()
    assert d["schema"] == "newslib.document" and d["schema_version"] == 1
    assert d["text"] == doc.text and d["options"] == doc.options
    assert d["title"] == doc.title == "Markets rally" and d["source"] == "Reuters"
    assert d["language"] == {"code": doc.language, "confidence": doc.language_confidence}
    assert d["counts"]["tokens"] == len(doc) and d["counts"]["sentences"] == len(doc.sentences)
    raw = doc.text.encode("utf-8")
    assert d["counts"]["bytes"] == len(raw)
    body = d["body"]
    assert doc.text[body["start"]:body["end"]] == doc.body
    assert raw[body["byte_start"]:body["byte_end"]].decode() == doc.body
    for kind in ("paragraphs", "sentences", "tokens"):
        assert len(d[kind]) == len(getattr(doc, kind))
        for unit in d[kind]:
            assert doc.text[unit["start"]:unit["end"]] == unit["text"]
            assert raw[unit["byte_start"]:unit["byte_end"]].decode() == unit["text"]
    assert [s["paragraph"] for s in d["sentences"]] == [s.paragraph.index for s in doc.sentences]
    assert set(d["tokens"][0]) == {"index", "text", "start", "end", "byte_start", "byte_end",
                                   "kind", "key", "stem", "is_stop"}
    assert "tokens" not in doc.to_dict(tokens=False)
    assert json.loads(doc.to_json()) == d
    assert "Café" in doc.to_json(tokens=False)  # UTF-8 kept, not \\u-escaped


@pytest.mark.parametrize("make", [
    lambda: newslib.Document(TEXT),
    lambda: newslib.Document(b"Bad \xff here. Fine there.", errors="replace", language="en",
                             date_order="day_first", metadata=False),
    lambda: newslib.Document(""),
])
def test_from_dict_round_trip(make):
    doc = make()
    back = newslib.Document.from_dict(json.loads(doc.to_json()))
    assert back == doc
    assert back.replacements == doc.replacements and back.options == doc.options
    assert back.to_dict() == doc.to_dict()


def test_from_dict_rejects_other_data():
    d = newslib.Document("One. Two.").to_dict()
    with pytest.raises(newslib.InvalidArgumentError, match="schema_version"):
        newslib.Document.from_dict({**d, "schema_version": 2})
    with pytest.raises(newslib.InvalidArgumentError, match="newslib.document"):
        newslib.Document.from_dict({"text": "One. Two."})


def test_cli_json_fields_are_the_same(tmp_path, source_dir):
    # The metadata of `newslib info` and the sentences of `newslib sentences`
    # have the same names and values in to_dict().
    cli = next((p for p in (source_dir / "build" / "default" / "cli" / "newslib",
                            shutil.which("newslib")) if p and os.path.exists(p)), None)
    if cli is None:
        pytest.skip("the newslib CLI is not built")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    info = json.loads(subprocess.run([str(cli), "info", "--format", "json", str(article)],
                                     capture_output=True, text=True, check=True).stdout)
    sentences = json.loads(subprocess.run([str(cli), "sentences", "--format", "json",
                                           str(article)], capture_output=True, text=True,
                                          check=True).stdout)
    d = newslib.Document(TEXT).to_dict()
    for key, value in info.items():
        if key == "body":
            assert {k: d["body"][k] for k in value} == value
        else:
            assert d[key] == value, key
    for ours, theirs in zip(d["sentences"], sentences["sentences"]):
        assert {k: ours[k] for k in theirs} == theirs


def test_float_reprs_round_trip():
    opts = newslib.SummaryOptions(ratio=0.1 + 0.2, redundancy=1 / 3)
    assert repr(1 / 3) in repr(opts)
    s = newslib.summarize("One idea here. Another one there. A third one.", sentences=1)
    x = s.sentences[0]
    shown = repr(x).split("score=")[1].split(",")[0]
    assert float(shown) == x.score
    k = newslib.Keyword("tram line", "tram line", 1 / 3)
    assert repr(1 / 3) in repr(k)


def test_to_frame_levels():
    pd = pytest.importorskip("pandas")
    import newslib.pandas as npd

    doc = newslib.Document(TEXT)
    tokens = npd.to_frame([doc, "Second doc. Two sentences."], level="tokens")
    assert list(tokens.columns) == ["doc", "token", "sentence", "paragraph", "start", "end",
                                    "text", "kind", "key", "stem", "is_stop"]
    first = tokens[tokens["doc"] == 0]
    assert len(first) == len(doc)
    for row, t in zip(first.itertuples(), doc.tokens):
        assert (row.token, row.start, row.end, row.text, row.kind, row.is_stop) == (
            t.index, t.start, t.end, t.text, t.kind, t.is_stop)
        assert row.sentence == (t.sent.index if t.sent else pd.NA)
        assert row.paragraph == t.paragraph.index
    paragraphs = npd.to_frame(doc, level="paragraphs")
    assert list(paragraphs.columns) == ["doc", "paragraph", "start", "end", "text", "sentences"]
    assert paragraphs["sentences"].tolist() == [len(p.sentences) for p in doc.paragraphs]
    assert paragraphs["text"].tolist() == [p.text for p in doc.paragraphs]
    assert npd.to_frame(doc).equals(npd.to_frame(doc, level="sentences"))
    with pytest.raises(newslib.InvalidArgumentError) as info:
        npd.to_frame(doc, level="words")
    assert info.value.argument == "level"
