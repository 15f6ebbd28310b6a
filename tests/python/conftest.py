"""Shared fixtures for the Python tests.

The tests import whichever newslib comes first on sys.path: the installed
package (scripts/test.sh) or a developer build (PYTHONPATH=build/<dir>/python).
Child processes (Dask workers, notebook kernels, Spark workers) are pointed at
the same one.
"""

from __future__ import annotations

import os
import pathlib
import sys

import pytest

import newslib

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_DIR = HERE.parent.parent
SHARED_DATA = SOURCE_DIR.parent / "shared" / "data"

# Not resolved: a developer build's package is a directory of symlinks to the
# sources, and the directory (with the extension in it) is what must be found.
_package_root = os.path.dirname(os.path.dirname(os.path.abspath(newslib.__file__)))
if _package_root not in os.environ.get("PYTHONPATH", "").split(os.pathsep):
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (_package_root, os.environ.get("PYTHONPATH", "")) if p)
sys.path.insert(0, str(HERE))  # for `import articles` in every test module

import articles as _articles  # noqa: E402


@pytest.fixture(scope="session")
def sample_text() -> str:
    return _articles.SAMPLE


@pytest.fixture(scope="session")
def sample_doc(sample_text) -> newslib.Document:
    return newslib.Document(sample_text)


@pytest.fixture(scope="session")
def synthetic_articles():
    return _articles.articles(300)


@pytest.fixture(scope="session")
def source_dir() -> pathlib.Path:
    return SOURCE_DIR


# Where the data is required (CI sets NEWSLIB_REQUIRE_SHARED_DATA=1), a test
# that reads it fails instead of skipping, so that none passes unseen.
SHARED_DATA_REQUIRED = os.environ.get("NEWSLIB_REQUIRE_SHARED_DATA") == "1"


@pytest.fixture(scope="session")
def shared_data() -> pathlib.Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared development data not found at {SHARED_DATA}")
    return SHARED_DATA


def pytest_collection_modifyitems(config, items):
    # A test that asks for the shared_data fixture reads the shared data.
    for item in items:
        if "shared_data" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.shared_data)


_shared_data_outcomes = {"ran": 0, "skipped": 0}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if item.get_closest_marker("shared_data") is None:
        return
    if report.skipped and SHARED_DATA_REQUIRED:
        report.outcome = "failed"
        report.longrepr = (f"{item.nodeid} skipped ({report.longrepr}) although "
                           "NEWSLIB_REQUIRE_SHARED_DATA=1 requires the shared data tests to run")
    if report.skipped:
        _shared_data_outcomes["skipped"] += 1
    elif report.when == "call":
        _shared_data_outcomes["ran"] += 1


def pytest_terminal_summary(terminalreporter):
    terminalreporter.write_line(
        "shared-data tests (Python): {ran} ran, {skipped} skipped".format(**_shared_data_outcomes))
