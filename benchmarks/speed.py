#!/usr/bin/env python3
"""Speed through Python: newslib beside sumy, summa, pySBD, blingfire, syntok
and NLTK punkt, in one process, on the same articles.

    pip install -r scripts/requirements-bench.txt
    python benchmarks/speed.py                       # raw CNN/Daily Mail dev articles
    python benchmarks/speed.py --file ../shared/data/summarization/bbc_raw_dev50.jsonl

Every figure is the median over timed passes over all articles (one warm-up
pass first), one article per call, as a caller with a list of article strings
would run it. Rates are articles/s and MB/s of UTF-8 article text, from the
process's CPU time (single-threaded work; robust when other processes share the
machine) and from wall-clock time; summarize_many's thread scaling is read from
wall-clock time. Ratios are of CPU-time rates. BLAS threads are limited to one.

Summaries: text in, summary out, 3 sentences where the library takes a count.
  * newslib.summarize(text, sentences=3, algorithm=...) parses and summarises;
    newslib.summarize_many(texts, threads=1 and 2) does the same for the whole
    list in one call.
  * sumy (LexRank, TextRank, LSA, Luhn, SumBasic, KL) with its Snowball stemmer
    and English stopwords, 3 sentences. sumy's own Tokenizer needs NLTK's punkt
    data, which cannot be downloaded here, so it gets a subclass whose sentence
    splitting is newslib.split_sentences (--sumy-sentences regex: a simple
    [.!?] + space regex instead). Its words come from NLTK's Treebank word
    tokenizer, which is what sumy's default word tokenizer runs on a sentence
    (--sumy-words regex: plain \\w+ runs, cheaper).
  * summa.summarizer.summarize(text) (TextRank; its own regex sentence
    splitter, default ratio 0.2).
Sentence splitting: newslib.split_sentences(text), pysbd.Segmenter(clean=False)
.segment, blingfire.text_to_sentences, syntok.segmenter.analyze, and NLTK's
PunktSentenceTokenizer with a model trained in this script by PunktTrainer on
the raw dev articles (punkt's pretrained data cannot be downloaded here).
"""
from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import re
import statistics
import sys
import time
from importlib import metadata
from pathlib import Path

# One core per library: BLAS (numpy, used by sumy's LSA and summa) must not
# start threads of its own, or its CPU time would not compare with the others.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import newslib  # noqa: E402

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "summarization"

SUMY_ALGORITHMS = {  # newslib name -> sumy summarizer class name
    "lexrank": "LexRankSummarizer",
    "textrank": "TextRankSummarizer",
    "lsa": "LsaSummarizer",
    "luhn": "LuhnSummarizer",
    "sumbasic": "SumBasicSummarizer",
    "klsum": "KLSummarizer",
}
SUMY_MODULES = {
    "LexRankSummarizer": "sumy.summarizers.lex_rank",
    "TextRankSummarizer": "sumy.summarizers.text_rank",
    "LsaSummarizer": "sumy.summarizers.lsa",
    "LuhnSummarizer": "sumy.summarizers.luhn",
    "SumBasicSummarizer": "sumy.summarizers.sum_basic",
    "KLSummarizer": "sumy.summarizers.kl",
}
SENTENCES = 3


def load(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["article"] for line in f if line.strip()]


def version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def timed(run, articles, repeats: int, min_seconds: float = 0.0) -> tuple[float, float]:
    """Median wall-clock and median process CPU seconds of `repeats` calls of
    run(articles), after one warm-up call; more calls when `repeats` of them
    would take less than `min_seconds`."""
    start = time.perf_counter()
    run(articles)
    once = time.perf_counter() - start
    if once > 0:
        repeats = max(repeats, math.ceil(min_seconds / once))
    walls, cpus = [], []
    for _ in range(repeats):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        run(articles)
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    return statistics.median(walls), statistics.median(cpus)


def _spin(loops: int) -> None:
    x = 0
    for i in range(loops):
        x += i


def free_cores(workers: int = 2, loops: int = 3_000_000) -> float:
    """How many of `workers` cores this process can have at once right now:
    `workers` forked processes each run the same busy loop as one did alone,
    and the ratio of their wall times says how many ran side by side (2.0: two
    free cores; 1.0: the second process got no core of its own, as when the
    scheduler shares the machine between sessions whatever their nice level)."""
    if not hasattr(os, "fork"):
        return float("nan")

    def run(count: int) -> float:
        start = time.perf_counter()
        children = []
        for _ in range(count):
            pid = os.fork()
            if pid == 0:
                _spin(loops)
                os._exit(0)
            children.append(pid)
        for pid in children:
            os.waitpid(pid, 0)
        return time.perf_counter() - start

    alone = statistics.median(run(1) for _ in range(3))
    together = statistics.median(run(workers) for _ in range(3))
    return workers * alone / together


class Table:
    """Prints rates as they come. Single-threaded figures are read from CPU
    time (the process's own, so other load on the machine matters less); wall
    time is shown beside it."""

    def __init__(self, articles: list[str]):
        self.count = len(articles)
        self.mb = sum(len(a.encode("utf-8")) for a in articles) / 1e6
        print(f"  {'':<38}{'CPU time':>22}{'wall time':>28}")

    def add(self, name: str, seconds: tuple[float, float], by: str = "cpu") -> float:
        wall, cpu = seconds
        print(f"  {name:<38}{self.count / cpu:>9.0f} articles/s {self.mb / cpu:>7.2f} MB/s"
              f"{self.count / wall:>10.0f} articles/s {self.mb / wall:>7.2f} MB/s", flush=True)
        return self.count / (cpu if by == "cpu" else wall)


# --- sumy ---------------------------------------------------------------------

def sumy_tokenizer(sentences: str, words: str):
    """A sumy Tokenizer that needs no punkt data."""
    from nltk.tokenize import NLTKWordTokenizer
    from sumy.nlp.tokenizers import Tokenizer

    boundary = re.compile(r"(?<=[.!?])\s+")
    word_runs = re.compile(r"\w+", re.UNICODE)
    treebank = NLTKWordTokenizer()

    class OfflineTokenizer(Tokenizer):
        def __init__(self, language: str):
            self._language = language
            self._sentence_tokenizer = None
            self._word_tokenizer = None

        def to_sentences(self, paragraph):
            if sentences == "newslib":
                return tuple(s.strip() for s in newslib.split_sentences(paragraph, "en"))
            return tuple(s.strip() for s in boundary.split(paragraph) if s.strip())

        def to_words(self, sentence):
            found = (word_runs.findall(sentence) if words == "regex"
                     else treebank.tokenize(sentence))
            return tuple(filter(self._is_word, found))

    return OfflineTokenizer("english")


def sumy_runner(class_name: str, tokenizer):
    import importlib

    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.utils import get_stop_words

    summarizer = getattr(importlib.import_module(SUMY_MODULES[class_name]), class_name)(
        Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def run(articles):
        for a in articles:
            doc = PlaintextParser.from_string(a, tokenizer).document
            summarizer(doc, SENTENCES)

    return run


# --- sentence splitters -------------------------------------------------------

def train_punkt(texts: list[str]):
    from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer

    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    trainer.train("\n\n".join(texts), finalize=True)
    return PunktSentenceTokenizer(trainer.get_params())


def splitters(punkt_texts: list[str]):
    out = {"newslib.split_sentences": lambda t: newslib.split_sentences(t, "en")}
    try:
        import pysbd
        segmenter = pysbd.Segmenter(language="en", clean=False)
        out[f"pySBD {version('pysbd')}"] = segmenter.segment
    except ImportError:
        print("pysbd not installed", file=sys.stderr)
    try:
        import blingfire
        out[f"blingfire {version('blingfire')}"] = blingfire.text_to_sentences
    except ImportError:
        print("blingfire not installed", file=sys.stderr)
    try:
        import syntok.segmenter as syntok_segmenter

        def syntok_split(text):
            return [s for paragraph in syntok_segmenter.analyze(text) for s in paragraph]

        out[f"syntok {version('syntok')}"] = syntok_split
    except ImportError:
        print("syntok not installed", file=sys.stderr)
    try:
        start = time.perf_counter()
        punkt = train_punkt(punkt_texts)
        print(f"  (NLTK Punkt model trained on {len(punkt_texts)} raw dev articles "
              f"in {time.perf_counter() - start:.1f} s)", flush=True)
        out[f"NLTK punkt {version('nltk')} (trained here)"] = punkt.tokenize
    except ImportError:
        print("nltk not installed", file=sys.stderr)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file", type=Path, default=DATA / "cnndm_raw_dev100.jsonl",
                        help="JSON lines with an 'article' field (default: raw CNN/DM dev)")
    parser.add_argument("--repeats", type=int, default=5, help="timed passes per figure")
    parser.add_argument("--peer-repeats", type=int, default=3,
                        help="timed passes for the (slow) Python peers")
    parser.add_argument("--only", choices=["summaries", "batch", "split"], action="append",
                        help="run only these parts (repeatable)")
    parser.add_argument("--sumy-sentences", choices=["newslib", "regex"], default="newslib")
    parser.add_argument("--sumy-words", choices=["nltk", "regex"], default="nltk")
    args = parser.parse_args()

    if not args.file.exists():
        print(f"speed.py: {args.file} not found; the benchmark needs the development "
              f"articles (pass --file).", file=sys.stderr)
        return 2
    articles = load(args.file)
    parts = set(args.only or ["summaries", "batch", "split"])

    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                if line.startswith("model name")), platform.processor())
    print(f"{args.file.name}: {len(articles)} articles, "
          f"{sum(len(a.encode()) for a in articles) / 1e6:.3f} MB")
    print(f"machine: {cpu}, {os.cpu_count()} cores, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"Python {platform.python_version()}; newslib {newslib.__version__}; "
          + ", ".join(f"{p} {version(p)}" for p in
                      ("sumy", "summa", "pysbd", "blingfire", "syntok", "nltk", "numpy")))
    print(f"repeats: newslib {args.repeats}, peers {args.peer_repeats} (medians)\n")

    if "summaries" in parts:
        print("Summaries (text in, summary out, one call per article)")
        table = Table(articles)
        tokenizer = sumy_tokenizer(args.sumy_sentences, args.sumy_words)
        print(f"  sumy tokenizer: sentences from {args.sumy_sentences}, words from "
              f"{'NLTK Treebank' if args.sumy_words == 'nltk' else 'regex'}")

        def newslib_runner(algorithm):
            def run(items):
                for a in items:
                    newslib.summarize(a, sentences=SENTENCES, algorithm=algorithm)
            return run

        ratios = []
        ours_by_algorithm = {}
        table.add("newslib default", timed(newslib_runner("default"), articles, args.repeats))
        for algorithm, class_name in SUMY_ALGORITHMS.items():
            ours = table.add(f"newslib {algorithm}",
                             timed(newslib_runner(algorithm), articles, args.repeats))
            ours_by_algorithm[algorithm] = ours
            theirs = table.add(f"sumy {class_name}",
                               timed(sumy_runner(class_name, tokenizer), articles,
                                     args.peer_repeats))
            ratios.append((f"{algorithm} vs sumy", ours / theirs, 50))
        try:
            from summa import summarizer as summa_summarizer

            def summa_run(items):
                for a in items:
                    summa_summarizer.summarize(a)

            theirs = table.add("summa TextRank", timed(summa_run, articles, args.peer_repeats))
            ratios.append(("textrank vs summa", ours_by_algorithm["textrank"] / theirs, 30))
        except ImportError:
            print("summa not installed", file=sys.stderr)
        print("\n  ratio (newslib articles/s over peer)   target  met")
        for name, ratio, target in ratios:
            print(f"  {name:<36} {ratio:>7.1f}x  {target:>4}x  {'yes' if ratio >= target else 'no'}")
        print()

    if "batch" in parts:
        print("newslib.summarize_many (one call for the whole list)")
        table = Table(articles)
        seconds = {}
        for threads in (1, 2):
            def run(items, threads=threads):
                newslib.summarize_many(items, sentences=SENTENCES, threads=threads)
            # A short batch is over in milliseconds: time enough calls for a
            # steady median (a helper thread idle before the call runs colder).
            seconds[threads] = timed(run, articles, args.repeats, min_seconds=1.0)
            table.add(f"summarize_many threads={threads}", seconds[threads], by="wall")
        scale = seconds[1][0] / seconds[2][0]
        # CPU time spent on the same work by both threads together: with two
        # free cores the wall-clock speed-up can be at most twice this ratio,
        # whatever else is running.
        efficiency = seconds[1][1] / seconds[2][1]
        print(f"  2 threads / 1 thread, wall time: {scale:.2f}x (target 1.8x: "
              f"{'met' if scale >= 1.8 else 'not met'})")
        print(f"  CPU time of 1 thread / CPU time of 2 threads: {efficiency:.2f} "
              f"(at most {2 * efficiency:.2f}x on two idle cores)")
        print(f"  cores free for this process, measured just after: {free_cores():.2f} of 2\n")

    if "split" in parts:
        print("Sentence splitting (one call per article)")
        raw = [a for name in ("cnndm_raw_dev100.jsonl", "bbc_raw_dev50.jsonl")
               if (DATA / name).exists() for a in load(DATA / name)]
        table = Table(articles)
        rates = {}
        for name, split in splitters(raw or articles).items():
            def run(items, split=split):
                for a in items:
                    split(a)
            repeats = args.repeats if name.startswith("newslib") else args.peer_repeats
            rates[name] = table.add(name, timed(run, articles, repeats))
        ours = rates.pop("newslib.split_sentences")
        print("\n  ratio (newslib over peer)")
        for name, rate in rates.items():
            print(f"  {name:<36} {ours / rate:>7.1f}x")
        bling = next((r for n, r in rates.items() if n.startswith("blingfire")), None)
        if bling:
            print(f"  faster than blingfire: {'yes' if ours > bling else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
