#!/usr/bin/env python3
"""Peak resident memory of parsing and summarising one large document, per
input byte, in C++ (benchmarks/memory_probe) and through Python.

    cmake --build <build> --target memory_probe
    python benchmarks/memory.py --probe <build>/benchmarks/memory_probe

Test documents are built from the development articles in a temporary
directory (never written into the project):
  * raw_1mb: the raw CNN/Daily Mail and BBC articles joined by blank lines,
    repeated until the text reaches 1 MB;
  * tokenized_1mb / tokenized_10mb: the first lowercased, PTB-tokenized
    CNN/Daily Mail articles joined by blank lines, up to 1 MB / 10 MB.

Every measurement runs in a fresh process (Linux only). Each process first
parses and summarises a short text, so one-time tables are loaded, then reads
the document, then resets the kernel's peak-RSS mark (5 to /proc/self/clear_refs)
so the start-up peak cannot hide the document's. The figures are the peak RSS
(VmHWM) above the RSS at that point, divided by the document's size: "parse" is
the peak while building the document, "parse + summarize" the peak after
summarising it too. The input text itself (1 byte per byte, more for a Python
str) is already in the starting figure; the parsed document keeps its own copy
in the Python case.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "summarization"

PYTHON_PROBE = r"""
import json, sys
import newslib

def status(name):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(name + ":"):
                return int(line.split()[1]) * 1024  # kB
    raise RuntimeError(name + " not in /proc/self/status")

path, algorithm = sys.argv[1], sys.argv[2]
warm = newslib.Document("The harbour reopened on Tuesday after a week of storms. "
                        "Ferries ran on time.\n\nOfficials said repairs to the pier "
                        "would finish next month.")
newslib.summarize(warm, algorithm=algorithm)
with open(path, encoding="utf-8") as f:
    text = f.read()
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # reset the peak RSS mark
before = status("VmRSS")
doc = newslib.Document(text)
parsed = status("VmHWM")
summary = newslib.summarize(doc, algorithm=algorithm)
summarized = status("VmHWM")
print(json.dumps({"input_bytes": len(text.encode("utf-8")), "algorithm": summary.algorithm,
                  "sentences": len(doc.sentences), "rss_before": before,
                  "peak_parse": parsed, "peak_summarize": summarized}))
"""


def load(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["article"] for line in f if line.strip()]


def build_documents(directory: Path) -> dict[str, Path]:
    docs = {}
    raw = load(DATA / "cnndm_raw_dev100.jsonl") + load(DATA / "bbc_raw_dev50.jsonl")
    tokenized = load(DATA / "cnndm_tokenized_dev.jsonl")

    def write(name: str, articles: list[str], limit: int, cycle: bool) -> None:
        parts, size, i = [], 0, 0
        while size < limit and (cycle or i < len(articles)):
            a = articles[i % len(articles)]
            parts.append(a)
            size += len(a.encode("utf-8")) + 2
            i += 1
        path = directory / f"{name}.txt"
        path.write_text("\n\n".join(parts), encoding="utf-8")
        docs[name] = path

    write("raw_1mb", raw, 1_000_000, cycle=True)
    write("tokenized_1mb", tokenized, 1_000_000, cycle=False)
    write("tokenized_10mb", tokenized, 10_000_000, cycle=False)
    return docs


def run(command: list[str]) -> dict:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip()}")
    return json.loads(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--probe", type=Path, help="the memory_probe program (C++ figures)")
    parser.add_argument("--no-python", action="store_true", help="skip the Python figures")
    parser.add_argument("--algorithm", action="append",
                        help="summarisation algorithm (repeatable; default: default)")
    args = parser.parse_args()
    if not (DATA / "cnndm_tokenized_dev.jsonl").exists():
        print(f"memory.py: development articles not found in {DATA}", file=sys.stderr)
        return 2
    algorithms = args.algorithm or ["default"]

    runners = []
    if args.probe:
        runners.append(("C++", lambda path, alg: run([str(args.probe), str(path), alg])))
    if not args.no_python:
        runners.append(("Python", lambda path, alg: run(
            [sys.executable, "-c", PYTHON_PROBE, str(path), alg])))
    if not runners:
        print("memory.py: nothing to measure (give --probe or drop --no-python)",
              file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as tmp:
        docs = build_documents(Path(tmp))
        print("| document | MB | sentences | via | algorithm | start MB | parse: RSS bytes/input byte"
              " | parse + summarize: RSS bytes/input byte |")
        print("|---|---|---|---|---|---|---|---|")
        for name, path in docs.items():
            for via, probe in runners:
                for algorithm in algorithms:
                    r = probe(path, algorithm)
                    n = r["input_bytes"]
                    parse = (r["peak_parse"] - r["rss_before"]) / n
                    total = (r["peak_summarize"] - r["rss_before"]) / n
                    label = algorithm if r["algorithm"] == algorithm else \
                        f"{algorithm} ({r['algorithm']})"
                    print(f"| {name} | {n / 1e6:.2f} | {r['sentences']} | {via} | {label} "
                          f"| {r['rss_before'] / 1e6:.0f} | {parse:.1f} | {total:.1f} |",
                          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
