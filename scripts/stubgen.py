#!/usr/bin/env python3
"""Generates bindings/python/newslib/_newslib.pyi from the built module.

    PYTHONPATH=build/default/python python scripts/stubgen.py            # rewrite the stub
    PYTHONPATH=build/default/python python scripts/stubgen.py --stdout   # print it

pybind11-stubgen writes the stub. The unit types (Token, Span, Sentence,
Paragraph, Tokens, Sentences, Paragraphs) are plain CPython types whose
attributes it cannot type, so their classes are taken from
bindings/python/unit_types.pyi instead.
"""
from __future__ import annotations

import argparse
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
STUB = ROOT / "bindings" / "python" / "newslib" / "_newslib.pyi"
UNIT_TYPES = ROOT / "bindings" / "python" / "unit_types.pyi"


def class_blocks(text: str) -> dict:
    """Top-level `class Name...:` blocks of a stub, by name."""
    blocks, name, lines = {}, None, []
    for line in text.splitlines(keepends=True):
        if line and not line[0].isspace():
            if name:
                blocks[name] = "".join(lines)
            match = re.match(r"class (\w+)", line)
            name, lines = (match.group(1), [line]) if match else (None, [])
        elif name:
            lines.append(line)
    if name:
        blocks[name] = "".join(lines)
    return blocks


def generate() -> str:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "pybind11_stubgen", "newslib._newslib", "-o", out],
                       check=True, capture_output=True, text=True)
        stub = (pathlib.Path(out) / "newslib" / "_newslib.pyi").read_text()
    generated = class_blocks(stub)
    for name, block in class_blocks(UNIT_TYPES.read_text()).items():
        if name not in generated:
            raise SystemExit(f"stubgen.py: {name} is in unit_types.pyi but not in the module")
        stub = stub.replace(generated[name], block)
    return stub


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stdout", action="store_true", help="print the stub instead of writing it")
    args = ap.parse_args()
    stub = generate()
    if args.stdout:
        sys.stdout.write(stub)
    else:
        STUB.write_text(stub)


if __name__ == "__main__":
    main()
