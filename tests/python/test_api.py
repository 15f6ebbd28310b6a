"""The package surface: exports, version, docstrings, help()."""

from __future__ import annotations

import inspect
import pydoc
import re

import pytest

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


def _core_parameters(function):
    """Parameters of a pybind11 function, read from the signature line it
    puts first in its docstring (valid Python: annotations are left unread)."""
    import ast

    line = function.__doc__.splitlines()[0]
    tree = ast.parse(f"def {line.split('(', 1)[0]}({line.split('(', 1)[1].rsplit(') ->', 1)[0]}): pass")
    args = tree.body[0].args
    out = {}
    positional = args.args
    for arg, default in zip(positional, [None] * (len(positional) - len(args.defaults))
                            + args.defaults):
        out[arg.arg] = ("positional", ast.literal_eval(default) if default else inspect._empty)
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        out[arg.arg] = ("keyword", ast.literal_eval(default) if default else inspect._empty)
    return out


def _python_parameters(function):
    kinds = {inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional",
             inspect.Parameter.KEYWORD_ONLY: "keyword"}
    return {p.name: (kinds[p.kind], p.default)
            for p in inspect.signature(function).parameters.values()}


def test_wrappers_repeat_the_core_signatures_exactly():
    # The Python wrappers exist for inspect.signature() and help(); the
    # bindings are the source of truth for names, order, kinds and defaults.
    core = newslib._core
    wrapped = [name for name in newslib.__all__
               if hasattr(core, name) and getattr(newslib, name) is not getattr(core, name)
               and callable(getattr(newslib, name))]
    assert {"summarize", "keywords", "split_sentences", "rouge"} <= set(wrapped)
    for name in wrapped:
        ours, theirs = _python_parameters(getattr(newslib, name)), _core_parameters(
            getattr(core, name))
        assert list(ours.items()) == list(theirs.items()), name
    # summarize_many passes its options to the batch binding unchanged.
    many = _python_parameters(newslib.summarize_many)
    batch = _core_parameters(core._summarize_batch)
    for option, (_, default) in batch.items():
        if option in many and option != "threads":
            assert many[option] == ("keyword", default), option


def test_summarize_errors_come_from_the_core():
    # One message per rule, whichever entry point is used.
    messages = set()
    for call in (lambda: newslib.summarize("One. Two.", algorithm="nope"),
                 lambda: newslib.score_sentences("One. Two.", algorithm="nope"),
                 lambda: newslib.SummaryOptions(algorithm="nope"),
                 lambda: newslib.summarize_many(["One. Two."], algorithm="nope")):
        with pytest.raises(newslib.InvalidArgumentError) as info:
            call()
        assert info.value.argument == "algorithm"
        messages.add(str(info.value).split(": ", 1)[-1] if "item" in str(info.value)
                     else str(info.value))
    assert len(messages) == 1, messages
    assert "unknown summarisation algorithm 'nope'" in messages.pop()
    with pytest.raises(newslib.InvalidArgumentError, match="whole number of at least 1"):
        newslib.summarize("One. Two.", sentences=0)
