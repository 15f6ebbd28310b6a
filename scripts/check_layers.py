#!/usr/bin/env python3
"""Fails when the folders of src/ include each other in a cycle, or when a
.cpp under src/ is not listed in src/CMakeLists.txt (which names its sources).

Every `#include "folder/file.hpp"` in src/<folder>/ is an edge from <folder> to
the included folder; files directly in src/ (the public entry points such as
document.cpp) form the folder ".". The folders must form a directed acyclic
graph (docs/architecture.md draws it). Prints the graph with --print.

    scripts/check_layers.py [--print] [SRC_DIR]
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.MULTILINE)


def folder_of(path: pathlib.Path, src: pathlib.Path) -> str:
    parts = path.relative_to(src).parts
    return parts[0] if len(parts) > 1 else "."


def include_graph(src: pathlib.Path) -> dict:
    """Folder -> {included folder: first file that includes it}."""
    folders = {p.name for p in src.iterdir() if p.is_dir()}
    graph = {}
    for path in sorted(src.rglob("*")):
        if path.suffix not in (".hpp", ".cpp", ".h", ".cc", ".inc"):
            continue
        here = folder_of(path, src)
        edges = graph.setdefault(here, {})
        for target in INCLUDE.findall(path.read_text(encoding="utf-8", errors="replace")):
            head = target.split("/")[0] if "/" in target else "."
            if "/" not in target and not (src / target).exists():
                continue  # a header next to the includer, or not in src/
            if head != "." and head not in folders:
                continue  # a public header (newslib/...) or a system header
            if head != here:
                edges.setdefault(head, str(path.relative_to(src)))
    return graph


def find_cycle(graph: dict):
    """A list of folders forming a cycle, or None."""
    state = {}  # folder -> 1 while on the stack, 2 when done
    stack = []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, {})):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def unlisted_sources(src: pathlib.Path) -> list:
    """The .cpp files under src/ that src/CMakeLists.txt does not name."""
    listed = set(re.findall(r"[\w/.-]+\.cpp", (src / "CMakeLists.txt").read_text()))
    return [str(p.relative_to(src)) for p in sorted(src.rglob("*.cpp"))
            if str(p.relative_to(src)) not in listed]


def main(argv):
    show = "--print" in argv
    args = [a for a in argv if a != "--print"]
    src = pathlib.Path(args[0] if args else pathlib.Path(__file__).resolve().parent.parent / "src")
    graph = include_graph(src)
    if show:
        for folder in sorted(graph):
            print(f"{folder} -> {', '.join(sorted(graph[folder])) or '(nothing)'}")
    status = 0
    for path in unlisted_sources(src):
        print(f"src/{path} is not listed in src/CMakeLists.txt (NEWSLIB_SOURCES)",
              file=sys.stderr)
        status = 1
    cycle = find_cycle(graph)
    if cycle:
        print("folder cycle in src/: " + " -> ".join(cycle), file=sys.stderr)
        for a, b in zip(cycle, cycle[1:]):
            print(f"  {a} -> {b}: {graph[a][b]}", file=sys.stderr)
        return 1
    if status == 0:
        print(f"src/ folders form a DAG ({len(graph)} folders); every source is listed")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
