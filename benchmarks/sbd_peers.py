#!/usr/bin/env python3
"""Sentence-boundary accuracy of peer segmenters on the shared SBD suites.

Prints, per suite, how many cases pySBD, syntok and blingfire pass (those that
are installed), scored exactly as benchmarks/sbd_accuracy.cpp scores newslib:
a case passes only if the whole sentence list matches; sentences are compared
after trimming whitespace, and for cases marked ``clean: true`` (the expected
output assumes line breaks and runs of spaces were cleaned away first) after
removing all whitespace from both sides.

    python3 benchmarks/sbd_peers.py [--data ../shared/data] [--newslib]

pySBD runs with ``clean=False`` (its cleaner rewrites the text, so its output
could not be compared as spans) and, on clean cases, ``clean=True`` as well;
both columns are shown. --newslib adds a column from the Python bindings when
they are importable.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

_WS = re.compile(r"[\s\u00a0\u3000\u2000-\u200a]+")

# pySBD's language codes (it supports a subset of the 21 spec languages).
PYSBD_LANGS = {
    "am", "ar", "bg", "da", "de", "el", "en", "es", "fa", "fr", "hi", "hy", "it",
    "ja", "kk", "my", "nl", "pl", "ru", "ur", "zh",
}


def normalized(sentences, clean):
    out = []
    for s in sentences:
        t = _WS.sub("", s) if clean else s.strip()
        if t:
            out.append(t)
    return out


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def make_segmenters(use_newslib):
    segs = {}
    try:
        import pysbd

        cache = {}

        def pysbd_split(text, lang, clean):
            key = (lang, clean)
            if key not in cache:
                cache[key] = pysbd.Segmenter(language=lang if lang in PYSBD_LANGS else "en",
                                             clean=clean, char_span=False)
            return cache[key].segment(text)

        segs["pysbd"] = lambda text, lang, clean: pysbd_split(text, lang, False)
        segs["pysbd_clean"] = lambda text, lang, clean: pysbd_split(text, lang, clean)
    except ImportError:
        print("pysbd not installed", file=sys.stderr)
    try:
        import syntok.segmenter as syntok_seg

        def syntok_split(text, lang, clean):
            out = []
            for paragraph in syntok_seg.analyze(text):
                for sentence in paragraph:
                    out.append("".join(t.spacing + t.value for t in sentence))
            return out

        segs["syntok"] = syntok_split
    except ImportError:
        print("syntok not installed", file=sys.stderr)
    try:
        import blingfire

        segs["blingfire"] = lambda text, lang, clean: blingfire.text_to_sentences(text).split("\n")
    except ImportError:
        print("blingfire not installed", file=sys.stderr)
    if use_newslib:
        try:
            import newslib

            def newslib_split(text, lang, clean):
                return [text[b:e] for b, e in newslib.split_sentences(text, lang)]

            segs["newslib"] = newslib_split
        except (ImportError, AttributeError):
            print("newslib bindings not importable", file=sys.stderr)
    return segs


def main() -> int:
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=here.parent.parent / "shared" / "data")
    ap.add_argument("--newslib", action="store_true")
    args = ap.parse_args()
    sbd = args.data / "sbd"
    if not sbd.exists():
        print(f"no SBD data at {sbd}", file=sys.stderr)
        return 1
    suites = [("golden_en", "en", sbd / "golden_rules_en.jsonl")]
    for p in sorted((sbd / "pragmatic_segmenter").glob("*.jsonl")):
        suites.append(("ps_" + p.stem, p.stem, p))
    segs = make_segmenters(args.newslib)
    names = list(segs)
    print("comparison: trimmed sentences; clean:true cases with all whitespace removed")
    print(f"{'suite':<12} {'cases':>5} " + " ".join(f"{n:>11}" for n in names))
    totals = {n: 0 for n in names}
    total_cases = 0
    for suite, lang, path in suites:
        cases = load(path)
        passed = {n: 0 for n in names}
        for case in cases:
            clean = bool(case.get("clean", False))
            want = normalized(case["sentences"], clean)
            for n in names:
                try:
                    got = normalized(segs[n](case["text"], lang, clean), clean)
                except Exception:  # a peer crashing on a case fails that case
                    got = None
                if got == want:
                    passed[n] += 1
        print(f"{suite:<12} {len(cases):>5} " + " ".join(f"{passed[n]:>11}" for n in names))
        if suite != "golden_en":
            total_cases += len(cases)
            for n in names:
                totals[n] += passed[n]
    bbc = args.data / "summarization" / "bbc_raw_dev50.jsonl"
    if bbc.exists():
        # BBC reference sentences are copied verbatim from the articles: each
        # should be exactly one of the article's sentences.
        found = {n: 0 for n in names}
        refs = 0
        for case in load(bbc):
            wanted = [r.strip() for r in case["reference"].split("\n") if r.strip()]
            refs += len(wanted)
            for n in names:
                got = {s.strip() for s in segs[n](case["article"], "en", False)}
                found[n] += sum(1 for r in wanted if r in got)
        print(f"{'bbc_refs':<12} {refs:>5} " + " ".join(f"{found[n]:>11}" for n in names))
    print(f"{'ps_all':<12} {total_cases:>5} " + " ".join(f"{totals[n]:>11}" for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
