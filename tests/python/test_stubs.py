"""The committed type stubs match what pybind11-stubgen makes of the module."""

from __future__ import annotations

import difflib
import importlib.util
import pathlib
import re
import shutil

import pytest

import newslib


def _stubgen(source_dir):
    spec = importlib.util.spec_from_file_location("stubgen", source_dir / "scripts" / "stubgen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_stubs_are_current(source_dir):
    if shutil.which("pybind11-stubgen") is None:
        pytest.skip("pybind11-stubgen is not installed")
    committed = source_dir / "bindings" / "python" / "newslib" / "_newslib.pyi"
    fresh = _stubgen(source_dir).generate()
    diff = "".join(difflib.unified_diff(committed.read_text().splitlines(True),
                                        fresh.splitlines(True), "committed", "generated"))
    assert not diff, ("bindings/python/newslib/_newslib.pyi is stale; regenerate it with "
                      "scripts/stubgen.py (see docs/python.md)\n" + diff)


def test_unit_type_stubs_name_every_attribute(source_dir):
    # unit_types.pyi is written by hand: it must list exactly what the types have.
    stubgen = _stubgen(source_dir)
    blocks = stubgen.class_blocks(stubgen.UNIT_TYPES.read_text())
    for name, block in blocks.items():
        cls = getattr(newslib, name)
        declared = set(re.findall(r"def (\w+)\(", block))
        own = {a for a, v in vars(cls).items()
               if not a.startswith("_") or a in ("__len__", "__getitem__", "__iter__",
                                                  "__contains__", "__reduce__")}
        own -= {"__doc__", "__module__"}
        assert declared - {"__eq__", "__hash__"} == own, name


def test_package_ships_marker_and_stubs():
    root = pathlib.Path(newslib.__file__).parent
    assert (root / "py.typed").is_file()
    assert (root / "_newslib.pyi").is_file()
