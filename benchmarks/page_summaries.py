#!/usr/bin/env python3
"""Summaries of web pages, end to end: extraction, then the summariser.

    python benchmarks/page_summaries.py ../shared/data/html/newspaper4k_pages.jsonl \
        ../shared/data/html/readability_pages.jsonl

Every development page that carries an article (not a tiny test page, not a
maintainer's note) goes through `Document.from_html` and `summarize` at 1, 2
and 3 sentences. The script prints:

- how often a picture caption would be among the picks if captions were
  candidates (the best-ranked sentences, which is what `default` picks, its
  redundancy being 0) and how often one is picked (never, by design);
- on the English pages with a description of at least 8 words (see
  description_pairs.py), ROUGE-1/2 F1 of the summary against that
  description, for `default`, for the best-ranked sentences with captions
  allowed, and for `lead`.
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


def caption_spans(doc) -> list[tuple[int, int]]:
    return [(start, end) for (start, end, _, _), kind in zip(doc.page["blocks"], doc.page["block_kinds"])
            if kind == "caption"]


def in_spans(start: int, spans) -> bool:
    return any(a <= start < b for a, b in spans)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", type=Path, nargs="+", help="HTML development files (JSONL)")
    args = parser.parse_args()

    pages = with_captions = 0
    would = {k: 0 for k in BUDGETS}
    picked = {k: 0 for k in BUDGETS}
    slots = {k: 0 for k in BUDGETS}
    rouge = {(k, s): [] for k in BUDGETS for s in ("default", "ranked, captions allowed", "lead")}
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
                spans = caption_spans(doc)
                with_captions += bool(spans)
                description = description_pairs.page_description(record["html"]) or \
                    record.get("meta_description") or record.get("excerpt")
                text = record.get("text") or ""
                scored = (description and len(description.split()) >= 8
                          and description_pairs.is_english(record, text))
                sentences = list(doc.sentences)
                for k in BUDGETS:
                    summary = newslib.summarize(doc, sentences=k)
                    ranked = sorted(range(len(summary.ranks)), key=lambda i: summary.ranks[i])[:k]
                    if spans:
                        slots[k] += len(ranked)
                        for i in ranked:
                            if in_spans(sentences[i].start, spans):
                                would[k] += 1
                                if k == 3 and len(examples) < 12:
                                    examples.append(sentences[i].text[:90])
                        picked[k] += sum(in_spans(s.start, spans) for s in summary.sentences)
                    if scored:
                        ranked_text = "\n".join(sentences[i].text for i in sorted(ranked))
                        lead = newslib.summarize(doc, sentences=k, algorithm="lead").text
                        for system, candidate in (("default", summary.text),
                                                  ("ranked, captions allowed", ranked_text),
                                                  ("lead", lead)):
                            r = newslib.rouge(candidate, description)
                            rouge[(k, system)].append((r.rouge1.f1, r.rouge2.f1))

    print(f"{pages} pages with an article; {with_captions} have captions.\n")
    print("| sentences | caption sentences among the best-ranked | among those `default` picks |")
    print("|---|---:|---:|")
    for k in BUDGETS:
        print(f"| {k} | {would[k]} of {slots[k]} | {picked[k]} |")
    if examples:
        print("\nCaption sentences among the best three:")
        for e in examples:
            print(f"- {e}")
    count = len(rouge[(1, "default")])
    print(f"\nROUGE-1 / ROUGE-2 F1 against the page's description ({count} English pages):\n")
    print("| system | " + " | ".join(f"{k} sentence{'s' if k > 1 else ''}" for k in BUDGETS) + " |")
    print("|---|" + "---:|" * len(BUDGETS))
    for system in ("default", "ranked, captions allowed", "lead"):
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
