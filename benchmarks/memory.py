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

and, in C++, short articles as they come, one document each, all kept alive:
  * cnndm_articles / bbc_articles: the raw CNN/Daily Mail and BBC dev articles.

Every measurement runs in a fresh process (Linux only). Each process first
parses and summarises a short text, so one-time tables are loaded, then reads
the document, then resets the kernel's peak-RSS mark (5 to /proc/self/clear_refs)
so the start-up peak cannot hide the document's. Figures are per input byte:
  * "peak": the peak RSS (VmHWM) while parsing, above the RSS at that point;
  * "retained": the bytes the parsed document holds (document::memory_usage(),
    C++), and the RSS growth with the document alive once the allocator has
    returned its free pages (malloc_trim), which also counts the per-thread
    memo of term forms the parse filled (bounded; see src/tokenize/lexicon.hpp);
  * "parse + summarize": the peak after summarising too.
The input text itself (1 byte per byte, more for a Python str) is already in
the starting figure; the parsed document keeps its own copy in the Python case.
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
import ctypes, json, sys
import newslib

def status(name):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(name + ":"):
                return int(line.split()[1]) * 1024  # kB
    raise RuntimeError(name + " not in /proc/self/status")

path, algorithm = sys.argv[1], sys.argv[2]
libc = ctypes.CDLL("libc.so.6")
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
libc.malloc_trim(0)
rss_parsed = status("VmRSS")
summary = newslib.summarize(doc, algorithm=algorithm)
summarized = status("VmHWM")
print(json.dumps({"input_bytes": len(text.encode("utf-8")), "algorithm": summary.algorithm,
                  "sentences": len(doc.sentences), "rss_before": before,
                  "peak_parse": parsed, "rss_parsed": rss_parsed, "peak_summarize": summarized}))
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


def article_files() -> dict[str, Path]:
    return {"cnndm_articles": DATA / "cnndm_raw_dev100.jsonl",
            "bbc_articles": DATA / "bbc_raw_dev50.jsonl"}


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
        print("| document | MB | documents | sentences | via | algorithm | start MB | parse: peak"
              " | retained: document | retained: RSS | parse + summarize: peak |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")

        def row(name: str, via: str, algorithm: str, r: dict) -> None:
            n = r["input_bytes"]
            parse = (r["peak_parse"] - r["rss_before"]) / n
            rss = (r["rss_parsed"] - r["rss_before"]) / n
            total = (r["peak_summarize"] - r["rss_before"]) / n
            usage = f"{r['parts']['memory_usage'] / n:.2f}" if "parts" in r else ""
            label = algorithm if r["algorithm"] == algorithm else \
                f"{algorithm} ({r['algorithm']})"
            print(f"| {name} | {n / 1e6:.2f} | {r.get('documents', 1)} | {r['sentences']} | {via} "
                  f"| {label} | {r['rss_before'] / 1e6:.0f} | {parse:.2f} | {usage} | {rss:.2f} "
                  f"| {total:.2f} |", flush=True)

        for name, path in docs.items():
            for via, probe in runners:
                for algorithm in algorithms:
                    row(name, via, algorithm, probe(path, algorithm))
        if args.probe:
            for name, path in article_files().items():
                for algorithm in algorithms:
                    row(name, "C++", algorithm,
                        run([str(args.probe), "--jsonl", str(path), algorithm]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
