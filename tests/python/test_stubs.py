"""The committed type stubs match what pybind11-stubgen makes of the module."""

from __future__ import annotations

import difflib
import pathlib
import shutil
import subprocess
import sys

import pytest

import newslib


def test_stubs_are_current(tmp_path, source_dir):
    if shutil.which("pybind11-stubgen") is None:
        pytest.skip("pybind11-stubgen is not installed")
    committed = source_dir / "bindings" / "python" / "newslib" / "_newslib.pyi"
    subprocess.run([sys.executable, "-m", "pybind11_stubgen", "newslib._newslib", "-o",
                    str(tmp_path)], check=True, capture_output=True, text=True)
    fresh = (tmp_path / "newslib" / "_newslib.pyi").read_text()
    diff = "".join(difflib.unified_diff(committed.read_text().splitlines(True),
                                        fresh.splitlines(True), "committed", "generated"))
    assert not diff, ("bindings/python/newslib/_newslib.pyi is stale; regenerate it with "
                      "scripts in docs/python.md\n" + diff)


def test_package_ships_marker_and_stubs():
    root = pathlib.Path(newslib.__file__).parent
    assert (root / "py.typed").is_file()
    assert (root / "_newslib.pyi").is_file()
