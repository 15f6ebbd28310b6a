#!/usr/bin/env python3
"""Summary quality: every newslib algorithm and peer summarisers, side by side.

    python benchmarks/quality.py --data ../shared/data/summarization/cnndm_tokenized_dev.jsonl \
        ../shared/data/summarization/cnndm_raw_dev100.jsonl ../shared/data/summarization/bbc_raw_dev50.jsonl

Every system picks whole sentences of the same article under the same budget:
3 sentences, or for files named bbc_* (extractive references) as many as the
reference has. ROUGE-1/2/Lsum F1 comes from Google's rouge-score package
(use_stemmer=True; Lsum on newline-joined sentences), averaged over articles.

Systems, all run in this process:
  * newslib: every name in newslib.algorithms(), through newslib.summarize();
    "lead-3" is the first sentences of the same newslib parse.
  * sumy: LexRank, TextRank, LSA, Luhn, SumBasic, KL. NLTK's punkt data is not
    available offline, so sumy gets a tokenizer whose sentences come from
    newslib.split_sentences and whose words are \\w+ runs; its stemmer (NLTK
    Snowball) and stopword list are its own.
  * summa: TextRank, on the newslib sentences joined by newlines (summa splits
    them again by its own rules); its top sentences by score are taken.

--split heldout keeps only the articles that scripts/train_default.py did not
train on (odd md5(id) prefix); --split all uses every article.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
import time
from importlib import metadata
from pathlib import Path

import newslib

WORD = re.compile(r"\w+", re.UNICODE)


def held_out(article_id: str) -> bool:
    return int(hashlib.md5(article_id.encode("utf-8")).hexdigest()[:8], 16) % 2 == 1


class NewslibSentenceTokenizer:
    """A sumy tokenizer: newslib's sentences, regex words."""

    language = "english"

    def to_sentences(self, paragraph: str):
        return tuple(newslib.split_sentences(paragraph))

    def to_words(self, sentence: str):
        return tuple(WORD.findall(sentence))


def sumy_systems():
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    stemmer = Stemmer("english")
    stop_words = get_stop_words("english")
    systems = {}
    for name, cls in (("sumy-lexrank", LexRankSummarizer), ("sumy-textrank", TextRankSummarizer),
                      ("sumy-lsa", LsaSummarizer), ("sumy-luhn", LuhnSummarizer),
                      ("sumy-sumbasic", SumBasicSummarizer), ("sumy-kl", KLSummarizer)):
        summarizer = cls(stemmer)
        summarizer.stop_words = stop_words
        systems[name] = summarizer
    return systems


def run_sumy(summarizer, sentences: list[str], k: int) -> list[str]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = NewslibSentenceTokenizer()
    document = ObjectDocumentModel(
        (Paragraph([Sentence(s, tokenizer) for s in sentences]),))
    return [str(s) for s in summarizer(document, k)]


def run_summa(sentences: list[str], k: int) -> list[str]:
    from summa import summarizer

    scored = summarizer.summarize("\n".join(sentences), ratio=1.0, split=True, scores=True)
    if not scored:
        return []
    order = sorted(range(len(scored)), key=lambda i: (-scored[i][1], i))[:k]
    return [scored[i][0] for i in sorted(order)]


def budget_of(path: Path, references: list[str]) -> int:
    return len(references) if path.name.startswith("bbc") else 3


def lead_name(path: Path) -> str:
    """Lead-k under the file's budget: "lead-3", or "lead-k" for the reference length."""
    return "lead-k" if path.name.startswith("bbc") else "lead-3"


def versions() -> dict[str, str]:
    out = {"newslib": getattr(newslib, "__version__", "?")}
    for package in ("sumy", "summa", "rouge-score", "nltk", "numpy"):
        try:
            out[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            out[package] = "not installed"
    return out


def evaluate(path: Path, split: str, limit: int | None, peers: bool, progress: bool):
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    algorithms = list(newslib.algorithms())
    sumy = sumy_systems() if peers else {}
    totals: dict[str, list[list[float]]] = collections.defaultdict(list)
    seconds: dict[str, float] = collections.defaultdict(float)
    articles = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if split == "heldout" and not held_out(record["id"]):
                continue
            if limit is not None and articles >= limit:
                break
            articles += 1
            references = [r for r in record["reference"].split("\n") if r.strip()]
            reference = "\n".join(references)
            k = budget_of(path, references)

            started = time.perf_counter()
            doc = newslib.Document(record["article"])
            parse_time = time.perf_counter() - started
            sentences = [s.text for s in doc.sentences]
            candidates = {lead_name(path): sentences[:k]}
            seconds["(parse)"] += parse_time
            for name in algorithms:
                started = time.perf_counter()
                summary = newslib.summarize(doc, sentences=k, algorithm=name)
                seconds[name] += time.perf_counter() - started
                candidates[name] = [s.text for s in summary.sentences]
            for name, summarizer in sumy.items():
                started = time.perf_counter()
                candidates[name] = run_sumy(summarizer, sentences, k)
                seconds[name] += time.perf_counter() - started
            if peers:
                started = time.perf_counter()
                candidates["summa-textrank"] = run_summa(sentences, k)
                seconds["summa-textrank"] += time.perf_counter() - started
            for name, chosen in candidates.items():
                score = scorer.score(reference, "\n".join(chosen))
                totals[name].append([score[m].fmeasure for m in ("rouge1", "rouge2", "rougeLsum")])
            if progress and articles % 100 == 0:
                print(f"  {path.name}: {articles} articles", file=sys.stderr, flush=True)
    rows = {}
    for name, values in totals.items():
        n = len(values)
        rows[name] = {
            "rouge1": round(100 * sum(v[0] for v in values) / n, 2),
            "rouge2": round(100 * sum(v[1] for v in values) / n, 2),
            "rougeLsum": round(100 * sum(v[2] for v in values) / n, 2),
            "ms_per_article": round(1000 * seconds.get(name, 0.0) / n, 3),
        }
    return articles, rows, round(1000 * seconds["(parse)"] / max(articles, 1), 3)


def table(name: str, articles: int, rows: dict, split: str) -> str:
    lead = next(k for k in rows if k in ("lead-3", "lead-k"))
    lines = [f"### {name} ({articles} articles, split: {split})", "",
             "| system | R-1 | R-2 | R-Lsum | Δ R-1 vs lead | Δ R-2 vs lead | ms/article |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for system, r in sorted(rows.items(), key=lambda item: -item[1]["rouge1"]):
        d1 = r["rouge1"] - rows[lead]["rouge1"]
        d2 = r["rouge2"] - rows[lead]["rouge2"]
        time_text = "" if system == lead else f"{r['ms_per_article']:.2f}"
        label = f"**{system}**" if system in ("default", lead) else system
        lines.append(f"| {label} | {r['rouge1']:.2f} | {r['rouge2']:.2f} | {r['rougeLsum']:.2f} | "
                     f"{d1:+.2f} | {d2:+.2f} | {time_text} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, nargs="+", required=True, help="JSONL files")
    parser.add_argument("--split", choices=("heldout", "all"), default="heldout")
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles per file")
    parser.add_argument("--no-peers", action="store_true", help="newslib only")
    parser.add_argument("--out", type=Path, default=None,
                        help="write the tables (Markdown) here, and the numbers as JSON beside it")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()

    report = {"split": args.split, "versions": versions(), "files": {}}
    text = []
    for path in args.data:
        started = time.time()
        articles, rows, parse_ms = evaluate(path, args.split, args.limit, not args.no_peers,
                                            not args.quiet)
        report["files"][path.name] = {"articles": articles, "parse_ms_per_article": parse_ms,
                                      "systems": rows}
        section = table(path.name, articles, rows, args.split)
        print(section, flush=True)
        print(f"({time.time() - started:.0f} s; newslib parse {parse_ms:.2f} ms/article)\n",
              flush=True)
        text.append(section)
    versions_line = ", ".join(f"{k} {v}" for k, v in report["versions"].items())
    print(f"Versions: {versions_line}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(text) + f"\nVersions: {versions_line}\n", encoding="utf-8")
        args.out.with_suffix(".json").write_text(json.dumps(report, indent=2) + "\n",
                                                 encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
