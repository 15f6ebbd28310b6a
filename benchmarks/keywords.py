#!/usr/bin/env python3
"""Keyphrase quality and speed: newslib against YAKE, RAKE, TextRank (summa)
and a tf-idf baseline, on a JSONL collection with gold keyphrases.

Protocol (../shared/data/README.md, "keywords/"): phrases and gold are
lowercased, split into \\w+ words and Porter-stemmed (NLTK), and match exactly
as stemmed word sequences. F1@k: P = matches / phrases returned (at most k),
R = matches / distinct gold phrases; P, R and F1 are computed per document and
macro-averaged. Defect rates are over each method's top-10 lists:
  - possessive: share of phrases holding a possessive clitic ('s, ’s);
  - trailing stopword: share of phrases whose first or last word is an English
    stopword (scikit-learn's list, which newslib does not use itself);
  - nested: share of documents whose list holds two phrases, one a contiguous
    part of the other (stemmed words).

    python3 benchmarks/keywords.py [--data ../shared/data/keywords/kpcrowd_en_dev.jsonl]
        [--methods newslib,newslib-corpus,yake,rake,summa,tfidf] [--markdown]

Peers: scripts/requirements-bench.txt (yake, rake-nltk, summa, nltk, scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import math
import pathlib
import re
import sys
import time
from collections import Counter

from nltk.stem.porter import PorterStemmer

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "keywords" / "kpcrowd_en_dev.jsonl"
WORD = re.compile(r"\w+")
POSSESSIVE = re.compile(r"\w['’]s\b", re.IGNORECASE)
_stemmer = PorterStemmer()
_stem_cache: dict[str, str] = {}


def stem_words(phrase: str) -> tuple[str, ...]:
    out = []
    for w in WORD.findall(phrase.lower()):
        s = _stem_cache.get(w)
        if s is None:
            s = _stem_cache[w] = _stemmer.stem(w)
        out.append(s)
    return tuple(out)


def english_stopwords() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
    return frozenset(ENGLISH_STOP_WORDS)


# ---- methods: each maps a list of texts to a list of ranked phrase lists ----

def run_newslib(texts, k, language, algorithm="default"):
    import newslib
    return [[kw.text for kw in newslib.keywords(t, top=k, algorithm=algorithm, language=language)]
            for t in texts]


def run_newslib_corpus(texts, k, language):
    import newslib
    return [[kw.text for kw in kws]
            for kws in newslib.keywords_many(texts, top=k, language=language, threads=1)]


def run_yake(texts, k, language):
    import yake
    extractor = yake.KeywordExtractor(lan=language, n=3, top=k)
    return [[p for p, _ in extractor.extract_keywords(t)] for t in texts]


def run_rake(texts, k, language):
    # rake-nltk needs NLTK's stopwords and punkt data, which are not pip
    # packages: give it scikit-learn's stopwords and a plain sentence split.
    from rake_nltk import Rake
    rake = Rake(stopwords=set(english_stopwords()),
                sentence_tokenizer=lambda s: re.split(r"(?<=[.!?])\s+|\n+", s),
                word_tokenizer=lambda s: re.findall(r"\w+|[^\w\s]", s), max_length=3)
    out = []
    for t in texts:
        rake.extract_keywords_from_text(t)
        out.append(rake.get_ranked_phrases()[:k])
    return out


def run_summa(texts, k, language):
    from summa import keywords as summa_keywords
    names = {"en": "english", "pt": "portuguese", "fr": "french", "es": "spanish",
             "de": "german", "it": "italian"}
    out = []
    for t in texts:
        try:
            out.append(summa_keywords.keywords(t, words=k, split=True,
                                               language=names.get(language, "english"))[:k])
        except (IndexError, ZeroDivisionError, ValueError):
            out.append([])
    return out


def run_tfidf(texts, k, language):
    # Stopword-free 1-3-grams of lowercase \w+ words (no pure numbers), scored
    # tf * ln(N / df) with df counted over the collection itself.
    stop = english_stopwords()
    grams_of = []
    for t in texts:
        words = WORD.findall(t.lower())
        grams = Counter()
        for n in (1, 2, 3):
            for i in range(len(words) - n + 1):
                g = words[i:i + n]
                if any(w in stop or w.isdigit() for w in g):
                    continue
                grams[" ".join(g)] += 1
        grams_of.append(grams)
    df = Counter()
    for grams in grams_of:
        df.update(grams.keys())
    n_docs = len(texts)
    out = []
    for grams in grams_of:
        scored = sorted(grams.items(), key=lambda gc: (-gc[1] * math.log(n_docs / df[gc[0]]), gc[0]))
        out.append([g for g, _ in scored[:k]])
    return out


METHODS = {
    "newslib": run_newslib,
    "newslib-yake": lambda t, k, l: run_newslib(t, k, l, "yake"),
    "newslib-textrank": lambda t, k, l: run_newslib(t, k, l, "textrank"),
    "newslib-corpus": run_newslib_corpus,
    "yake": run_yake,
    "rake": run_rake,
    "summa": run_summa,
    "tfidf": run_tfidf,
}


# ---- scoring ----

def f1_at(predicted, gold, k):
    seen = set()
    returned = []
    for p in predicted[:k]:
        s = stem_words(p)
        if s and s not in seen:
            seen.add(s)
            returned.append(s)
    if not returned or not gold:
        return 0.0
    matches = sum(1 for s in returned if s in gold)
    precision = matches / len(returned)
    recall = matches / len(gold)
    return 0.0 if matches == 0 else 2 * precision * recall / (precision + recall)


def has_nested_pair(phrases):
    stems = [stem_words(p) for p in phrases]
    for i, a in enumerate(stems):
        for j, b in enumerate(stems):
            if i == j or not a or len(a) >= len(b):
                continue
            if any(b[x:x + len(a)] == a for x in range(len(b) - len(a) + 1)):
                return True
    return False


def evaluate(outputs, golds, stop):
    n = len(golds)
    phrases = [p for out in outputs for p in out[:10]]
    words = [WORD.findall(p.lower()) for p in phrases]
    total = max(1, len(phrases))
    return {
        "f1@5": 100 * sum(f1_at(o, g, 5) for o, g in zip(outputs, golds)) / n,
        "f1@10": 100 * sum(f1_at(o, g, 10) for o, g in zip(outputs, golds)) / n,
        "possessive": 100 * sum(1 for p in phrases if POSSESSIVE.search(p)) / total,
        "stopword_edge": 100 * sum(1 for w in words if w and (w[0] in stop or w[-1] in stop)) / total,
        "nested": 100 * sum(1 for o in outputs if has_nested_pair(o[:10])) / n,
        "words": sum(len(w) for w in words) / total,
        "short_lists": 100 * sum(1 for o in outputs if len(o) < 10) / n,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA)
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument("--language", default=None, help="default: each file's 'language' field")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    docs = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    texts = [d["text"] for d in docs]
    language = args.language or docs[0].get("language", "en")
    golds = [{s for s in (stem_words(p) for p in d["keyphrases"]) if s} for d in docs]
    stop = english_stopwords()

    rows = []
    for name in args.methods.split(","):
        start = time.perf_counter()
        outputs = METHODS[name](texts, 10, language)
        seconds = time.perf_counter() - start
        r = evaluate(outputs, golds, stop)
        r["name"] = name
        r["docs_per_s"] = len(texts) / seconds
        rows.append(r)
        print(f"{name}: done in {seconds:.2f} s", file=sys.stderr)

    header = ["method", "F1@5", "F1@10", "possessive %", "stopword at an end %",
              "lists with a nested pair %", "words/phrase", "lists < 10 %", "articles/s"]
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
    else:
        print("\t".join(header))
    for r in rows:
        cells = [r["name"], f"{r['f1@5']:.1f}", f"{r['f1@10']:.1f}", f"{r['possessive']:.1f}",
                 f"{r['stopword_edge']:.1f}", f"{r['nested']:.1f}", f"{r['words']:.2f}",
                 f"{r['short_lists']:.1f}", f"{r['docs_per_s']:.0f}"]
        print(("| " + " | ".join(cells) + " |") if args.markdown else "\t".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
