#!/usr/bin/env python3
"""Builds data/keywords/frequency/<lang>.tsv, the background word frequencies
that give a single article inverse document frequencies (docs/keywords.md).

Source: the `wordfreq` package (pip install wordfreq==3.1.1), whose word lists
are published under CC-BY-SA 4.0 (code: Apache-2.0). The tables written here
are a derived work of that data and carry the same licence; each file says so
in its header. Run from the repository root:

    python3 scripts/build_keyword_frequencies.py [--words 12000]
"""

from __future__ import annotations

import argparse
import pathlib
import sys

import wordfreq
from importlib.metadata import version

WORDFREQ_VERSION = version("wordfreq")

# The languages newslib supports (src/language/languages.hpp), with wordfreq's
# code where it differs (Norwegian: Bokmål).
LANGUAGES = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt",
             "nl": "nl", "sv": "sv", "da": "da", "no": "nb", "fi": "fi", "ru": "ru"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=12000,
                        help="most frequent words kept per language (default 12000)")
    parser.add_argument("--out", type=pathlib.Path,
                        default=pathlib.Path("data/keywords/frequency"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for code, source in LANGUAGES.items():
        rows = []
        for word in wordfreq.top_n_list(source, args.words * 2, wordlist="best"):
            # Words only: numbers, punctuation and one-letter tokens get no idf.
            if len(word) < 2 or not any(c.isalpha() for c in word):
                continue
            if any(c.isspace() or c == "\t" for c in word):
                continue
            rows.append((word, wordfreq.zipf_frequency(word, source, wordlist="best")))
            if len(rows) == args.words:
                break
        path = args.out / f"{code}.tsv"
        with path.open("w", encoding="utf-8", newline="\n") as f:
            f.write(f"# Background word frequencies for '{code}': word, tab, Zipf value\n")
            f.write("# (log10 of occurrences per billion words), most frequent first.\n")
            f.write(f"# Source: wordfreq {WORDFREQ_VERSION} (R. Speer et al.), wordlist 'best',\n")
            f.write(f"# language '{source}'; data licensed CC-BY-SA 4.0, and so is this derived\n")
            f.write("# file (https://creativecommons.org/licenses/by-sa/4.0/).\n")
            f.write("# Built by scripts/build_keyword_frequencies.py; do not edit by hand.\n")
            for word, zipf in rows:
                f.write(f"{word}\t{zipf:.1f}\n")
        print(f"{path}: {len(rows)} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
