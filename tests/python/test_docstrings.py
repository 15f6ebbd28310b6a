"""The examples in the docstrings run and print what they say."""

from __future__ import annotations

import doctest
import inspect

import pytest

import newslib


def _documented_objects():
    seen = set()
    for name in sorted(newslib.__all__):
        obj = getattr(newslib, name)
        if not (inspect.isclass(obj) or callable(obj)) or id(obj) in seen:
            continue
        seen.add(id(obj))
        yield name, obj


@pytest.mark.parametrize("name, obj", list(_documented_objects()))
def test_docstring_examples(name, obj):
    pytest.importorskip("pandas") if name.startswith("pandas") else None
    docstring = inspect.getdoc(obj) or ""
    parser = doctest.DocTestParser()
    test = parser.get_doctest(docstring, {"newslib": newslib}, name, None, 0)
    if not test.examples:
        pytest.skip(f"{name} has no runnable example")
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
                                   | doctest.IGNORE_EXCEPTION_DETAIL)
    runner.run(test)
    assert runner.failures == 0, f"{runner.failures} failing example(s) in {name}'s docstring"


def test_helper_module_examples():
    pd = pytest.importorskip("pandas")
    import newslib.pandas

    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in finder.find(newslib.pandas, globs={"newslib": newslib, "pd": pd}):
        runner.run(test)
    assert runner.failures == 0
