"""The package surface: exports, version, docstrings, help()."""

from __future__ import annotations

import inspect
import pydoc
import re

import newslib

PUBLIC_CALLABLES = ["Document", "split_sentences", "summarize", "summarize_many", "keywords",
                    "rouge", "algorithms", "keyword_algorithms", "score_sentences",
                    "supported_languages", "identify_language", "parse_date", "SummaryOptions",
                    "Summary", "SummarySentence", "Sentence", "Paragraph", "Token", "Keyword",
                    "RougeScore", "RougeScores", "NewslibError", "InvalidUTF8Error",
                    "InputTooLargeError", "InvalidArgumentError", "BackendUnavailableError"]


def test_all_is_complete():
    assert set(PUBLIC_CALLABLES) <= set(newslib.__all__)
    for name in newslib.__all__:
        assert hasattr(newslib, name), name


def test_version_single_sourced(source_dir):
    header = (source_dir / "include" / "newslib" / "version.hpp").read_text()
    version = re.search(r'#define NEWSLIB_VERSION_STRING "([^"]+)"', header).group(1)
    assert newslib.__version__ == version


def test_installed_metadata_matches():
    from importlib import metadata

    try:
        installed = metadata.version("newslib")
    except metadata.PackageNotFoundError:
        return  # a developer build on PYTHONPATH has no distribution metadata
    location = str(metadata.distribution("newslib").locate_file("newslib"))
    if newslib.__file__.startswith(location):
        assert installed == newslib.__version__


def test_every_public_object_has_a_docstring_with_example():
    for name in PUBLIC_CALLABLES:
        doc = inspect.getdoc(getattr(newslib, name)) or ""
        assert len(doc) > 40, name
    for name in ["Document", "split_sentences", "summarize", "summarize_many", "keywords",
                 "rouge", "algorithms", "parse_date", "SummaryOptions", "RougeScores"]:
        assert "Example" in inspect.getdoc(getattr(newslib, name)), name


def test_help_reads_well():
    text = pydoc.render_doc(newslib.summarize, renderer=pydoc.plaintext)
    assert "summarize(doc_or_text: 'DocOrText', *, sentences: 'Optional[int]' = None" in text
    assert "-> 'Summary'" in text
    assert "Args:" in text and "Returns:" in text and "Example:" in text
    assert "pybind11" not in text  # no C++ signature line or capsule noise
    many = pydoc.render_doc(newslib.summarize_many, renderer=pydoc.plaintext)
    assert "errors: 'str' = 'raise'" in many and "progress" in many


def test_python_signatures_match_the_bindings():
    sig = inspect.signature(newslib.summarize)
    assert [p.name for p in sig.parameters.values() if p.kind is p.KEYWORD_ONLY] == [
        "sentences", "ratio", "words", "chars", "algorithm", "redundancy", "order", "language"]
    many = inspect.signature(newslib.summarize_many)
    for name, p in sig.parameters.items():
        if p.kind is p.KEYWORD_ONLY:
            assert many.parameters[name].default == p.default
    assert inspect.signature(newslib.rouge).parameters["stemmer"].kind is \
        inspect.Parameter.KEYWORD_ONLY


def test_module_metadata():
    assert newslib.Document.__module__ == "newslib._newslib"
    assert (newslib.__file__ or "").endswith("__init__.py")
