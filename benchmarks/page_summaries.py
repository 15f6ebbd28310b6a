#!/usr/bin/env python3
"""Summaries of web pages, end to end: extraction, then the summariser.

    python benchmarks/page_summaries.py ../shared/data/html/newspaper4k_pages.jsonl \
        ../shared/data/html/readability_pages.jsonl

Every development page that carries an article (not a tiny test page, not a
maintainer's note) goes through `Document.from_html` and `summarize` at 1, 2
and 3 sentences. The script prints:

- how often a picture caption or a label-like heading (fewer than six words)
  would be among the picks if they were candidates (the best-ranked
  sentences, which is what `default` picks, its redundancy being 0) and how
  often one is picked (never, by design);
- on the English pages with a description of at least 8 words (see
  description_pairs.py), ROUGE-1/2 F1 of the summary against that
  description, for `default`, for its best-ranked sentences with every
  sentence allowed, and for `lead` (which skips the same sentences).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import newslib

sys.path.insert(0, str(Path(__file__).resolve().parent))
import description_pairs  # noqa: E402

BUDGETS = (1, 2, 3)


MIN_HEADING_WORDS = 6  # as in src/summarize/summarize.cpp
WORD_KINDS = ("word", "number", "url", "email")  # what the summariser counts as words


def excluded(doc) -> set[int]:
    """Sentences the summariser never selects: in captions, or in headings
    of fewer than MIN_HEADING_WORDS words."""
    blocks = [((start, end), kind) for (start, end, _, _), kind
              in zip(doc.page["blocks"], doc.page["block_kinds"]) if kind in ("caption", "heading")]
    out = set()
    for sentence in doc.sentences:
        for (start, end), kind in blocks:
            if start <= sentence.start < end:
                words = sum(t.kind in WORD_KINDS for t in sentence.tokens)
                if kind == "caption" or words < MIN_HEADING_WORDS:
                    out.add(sentence.index)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", type=Path, nargs="+", help="HTML development files (JSONL)")
    args = parser.parse_args()

    pages = with_excluded = 0
    would = {k: 0 for k in BUDGETS}
    picked = {k: 0 for k in BUDGETS}
    slots = {k: 0 for k in BUDGETS}
    rouge = {(k, s): [] for k in BUDGETS for s in ("default", "best-ranked, all allowed", "lead")}
    examples: list[str] = []
    for path in args.pages:
        with path.open(encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if description_pairs.flag(record, "synthetic_or_tiny") or \
                        description_pairs.flag(record, "answer_is_note"):
                    continue
                doc = newslib.Document.from_html(record["html"], url=record.get("url"))
                if doc.page["no_article"] or not doc.sentences:
                    continue
                pages += 1
                never = excluded(doc)
                with_excluded += bool(never)
                description = description_pairs.page_description(record["html"]) or \
                    record.get("meta_description") or record.get("excerpt")
                text = record.get("text") or ""
                scored = (description and len(description.split()) >= 8
                          and description_pairs.is_english(record, text))
                sentences = list(doc.sentences)
                for k in BUDGETS:
                    summary = newslib.summarize(doc, sentences=k)
                    ranked = sorted(range(len(summary.ranks)), key=lambda i: summary.ranks[i])[:k]
                    if never:
                        slots[k] += len(ranked)
                        for i in ranked:
                            if i in never:
                                would[k] += 1
                                if k == 3 and len(examples) < 16:
                                    examples.append(sentences[i].text[:90])
                        picked[k] += sum(s.index in never for s in summary.sentences)
                    if scored:
                        ranked_text = "\n".join(sentences[i].text for i in sorted(ranked))
                        lead = newslib.summarize(doc, sentences=k, algorithm="lead").text
                        for system, candidate in (("default", summary.text),
                                                  ("best-ranked, all allowed", ranked_text),
                                                  ("lead", lead)):
                            r = newslib.rouge(candidate, description)
                            rouge[(k, system)].append((r.rouge1.f1, r.rouge2.f1))

    print(f"{pages} pages with an article; {with_excluded} have captions or short headings.\n")
    print("| sentences | captions and short headings among the best-ranked | among those `default` picks |")
    print("|---|---:|---:|")
    for k in BUDGETS:
        print(f"| {k} | {would[k]} of {slots[k]} | {picked[k]} |")
    if examples:
        print("\nCaptions and short headings among the best three:")
        for e in examples:
            print(f"- {e}")
    count = len(rouge[(1, "default")])
    print(f"\nROUGE-1 / ROUGE-2 F1 against the page's description ({count} English pages):\n")
    print("| system | " + " | ".join(f"{k} sentence{'s' if k > 1 else ''}" for k in BUDGETS) + " |")
    print("|---|" + "---:|" * len(BUDGETS))
    for system in ("default", "best-ranked, all allowed", "lead"):
        cells = []
        for k in BUDGETS:
            values = rouge[(k, system)]
            r1 = 100 * sum(v[0] for v in values) / max(1, len(values))
            r2 = 100 * sum(v[1] for v in values) / max(1, len(values))
            cells.append(f"{r1:.2f} / {r2:.2f}")
        print(f"| {system} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
