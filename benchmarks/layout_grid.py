#!/usr/bin/env python3
"""Summary quality across layouts: does a summariser hold when the same
article is laid out differently?

    python benchmarks/layout_grid.py --data ../shared/data/summarization/*.jsonl

Articles arrive as one paragraph, one sentence per line, paragraphs of a few
sentences, hard-wrapped at 72 columns, with Windows line ends. Each held-out
article is re-laid out from newslib's own sentences in every such layout
(`relayout`), and every system summarises every layout under every budget:
1, 2 and 3 sentences, 60 words, and for files named bbc_* (extractive
references) the reference's sentence count. The grid prints, per file, layout
and budget, ROUGE-1/2 F1 of each system and the margin of `default` over the
lead under the same budget (with the standard error of the per-article
difference in the original layout, to tell a margin from noise), then how
often all layouts give `default` the same summary (sentences compared with
white space folded) and how far its R-1 moves between layouts.

ROUGE is newslib.rouge (stemming on), which scores exactly as Google's
rouge-score package. The split is the one of scripts/train_default.py: only
articles it did not train on (odd md5(id) prefix) are used.

Peers (--peers: sumy's LexRank, TextRank, LSA, Luhn, SumBasic, KL and summa's
TextRank) are handed newslib's sentences as a list, so layout cannot reach them;
they run once per article and sentence budget and show in the "original" rows
(not under the word budget: they return their picks in document order, not a
ranking to fill a word budget from).
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import re
import sys
import textwrap
import time
from pathlib import Path

import newslib

LAYOUTS = ("original", "one_paragraph", "sentence_per_paragraph", "paragraphs_2_4",
           "hard_wrapped", "crlf")
WORDS_BUDGET = 60
SPACE = re.compile(r"\s+")


def held_out(article_id: str) -> bool:
    return int(hashlib.md5(article_id.encode("utf-8")).hexdigest()[:8], 16) % 2 == 1


def _paragraphs_2_4(sentences: list[str], seed: str) -> list[str]:
    """Groups of 2 to 4 sentences, sizes drawn from a generator seeded by the article."""
    rng = random.Random(hashlib.md5(seed.encode("utf-8")).hexdigest())
    out, i = [], 0
    while i < len(sentences):
        size = rng.randint(2, 4)
        out.append(" ".join(sentences[i:i + size]))
        i += size
    return out


def relayout(sentences: list[str], layout: str, seed: str) -> str:
    """The same sentences in another layout ("original" is not built here)."""
    if layout == "one_paragraph":
        return " ".join(sentences)
    if layout == "sentence_per_paragraph":
        return "\n\n".join(sentences)
    paragraphs = _paragraphs_2_4(sentences, seed)
    if layout == "paragraphs_2_4":
        return "\n\n".join(paragraphs)
    wrapped = "\n\n".join(textwrap.fill(p, width=72, break_long_words=False,
                                        break_on_hyphens=False) for p in paragraphs)
    if layout == "hard_wrapped":
        return wrapped
    if layout == "crlf":
        return wrapped.replace("\n", "\r\n")
    raise ValueError(f"unknown layout {layout!r}")


def budgets_for(path: Path, references: list[str]) -> dict[str, dict]:
    out = {"1": {"sentences": 1}, "2": {"sentences": 2}, "3": {"sentences": 3},
           f"{WORDS_BUDGET}w": {"words": WORDS_BUDGET}}
    if path.name.startswith("bbc"):
        out["ref"] = {"sentences": len(references)}
    return out


def fold(text: str) -> str:
    return SPACE.sub(" ", text).strip()


def load(path: Path, limit: int | None):
    """Held-out records of one file: (id, article, reference lines)."""
    records = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if not held_out(record["id"]):
                continue
            references = [r for r in record["reference"].split("\n") if r.strip()]
            records.append((record["id"], record["article"], references))
            if limit is not None and len(records) >= limit:
                break
    return records


def run_grid(path: Path, systems: list[str], layouts=LAYOUTS, limit: int | None = None,
             peers: dict | None = None):
    """ROUGE of every system in every layout and budget of one file.

    Returns (articles, scores, agreement, kept): scores[(layout, budget,
    system)] is a list of per-article (R-1, R-2) F1; agreement[budget] is a list
    of booleans, one per article, true when every layout gave `default` the same
    sentences; kept is a list of booleans, one per article, true when every
    layout segmented into the same sentences as the original (web text often
    does not: a heading runs into the next sentence once its paragraph break
    is gone).
    """
    scores = collections.defaultdict(list)
    agreement = collections.defaultdict(list)
    kept = []
    records = load(path, limit)
    for article_id, article, references in records:
        reference = "\n".join(references)
        original = newslib.Document(article, errors="replace")
        sentences = [s.text for s in original.sentences]
        folded = [fold(s) for s in sentences]
        budgets = budgets_for(path, references)
        picked = collections.defaultdict(set)  # budget -> distinct default summaries
        same_sentences = True
        for layout in layouts:
            doc = original if layout == "original" else newslib.Document(
                relayout(sentences, layout, article_id), errors="replace")
            if doc is not original:
                same_sentences = same_sentences and (
                    [fold(s.text) for s in doc.sentences] == folded)
            for budget, option in budgets.items():
                for system in systems:
                    summary = newslib.summarize(doc, algorithm=system, **option)
                    chosen = [s.text for s in summary.sentences]
                    r = newslib.rouge("\n".join(chosen), reference)
                    scores[(layout, budget, system)].append((r.rouge1.f1, r.rouge2.f1))
                    if system == "default":
                        picked[budget].add(tuple(fold(t) for t in chosen))
        for budget, distinct in picked.items():
            agreement[budget].append(len(distinct) == 1)
        kept.append(same_sentences)
        for name, run in (peers or {}).items():
            for budget, option in budgets.items():
                k = option.get("sentences")
                if k is None:
                    continue  # the peers return picks in document order, not a ranking
                chosen = run(sentences, k)
                r = newslib.rouge("\n".join(chosen), reference)
                scores[("original", budget, name)].append((r.rouge1.f1, r.rouge2.f1))
    return len(records), scores, agreement, kept


def peer_systems() -> dict:
    """sumy and summa, each picking from newslib's sentences (see quality.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import quality

    out = {}
    for name, summarizer in quality.sumy_systems().items():
        out[name] = lambda s, k, summarizer=summarizer: quality.run_sumy(summarizer, s, k)
    out["summa-textrank"] = quality.run_summa
    return out


def mean(values, column):
    return 100 * sum(v[column] for v in values) / len(values) if values else float("nan")


def paired_standard_error(ours, theirs) -> tuple[float, float]:
    """Standard error (points) of the mean per-article difference, R-1 and R-2."""
    out = []
    for column in (0, 1):
        diffs = [100 * (a[column] - b[column]) for a, b in zip(ours, theirs)]
        if len(diffs) < 2:
            out.append(float("nan"))
            continue
        centre = sum(diffs) / len(diffs)
        variance = sum((d - centre) ** 2 for d in diffs) / (len(diffs) - 1)
        out.append((variance / len(diffs)) ** 0.5)
    return out[0], out[1]


def report(path: Path, articles: int, scores, agreement, kept, systems, layouts) -> tuple[str, dict]:
    budgets = sorted({b for (_, b, _) in scores}, key=lambda b: (b.endswith("w"), b == "ref", b))
    lines = [f"### {path.name} ({articles} held-out articles)", "",
             "Margin of `default` over the lead (R-1 / R-2 F1 points) in every layout and budget:", "",
             "| layout | " + " | ".join(budgets) + " |",
             "|---|" + "---:|" * len(budgets)]
    cells = {}
    for layout in layouts:
        row = []
        for budget in budgets:
            d = scores[(layout, budget, "default")]
            lead = scores[(layout, budget, "lead")]
            d1, d2 = mean(d, 0) - mean(lead, 0), mean(d, 1) - mean(lead, 1)
            cells[(layout, budget)] = (d1, d2)
            row.append(f"{d1:+.2f} / {d2:+.2f}")
        lines.append(f"| {layout} | " + " | ".join(row) + " |")
    errors = [paired_standard_error(scores[("original", b, "default")], scores[("original", b, "lead")])
              for b in budgets]
    lines.append("| ± s.e., original | " + " | ".join(f"{e1:.2f} / {e2:.2f}" for e1, e2 in errors) + " |")
    lines += ["", "(± s.e.: standard error of the mean per-article difference, original layout; a "
              "margin within about two of it could go either way on another sample of the same source.)"]
    lines += ["", "R-1 / R-2 of every system in the original layout (peers see the same sentences in every layout):", "",
              "| system | " + " | ".join(budgets) + " |", "|---|" + "---:|" * len(budgets)]
    names = [s for s in systems] + sorted({s for (l, _, s) in scores if s not in systems})
    for system in names:
        row = []
        for budget in budgets:
            v = scores.get(("original", budget, system))
            row.append(f"{mean(v, 0):.2f} / {mean(v, 1):.2f}" if v else "")
        label = f"**{system}**" if system in ("default", "lead") else system
        lines.append(f"| {label} | " + " | ".join(row) + " |")
    lines += ["", "`default` across layouts: share of articles whose summary is the same in every layout "
              f"(all of them, and the {sum(kept)} whose sentences every layout keeps), "
              "and the spread (max − min) of its R-1 over the layouts:", "",
              "| budget | same summary | same summary, same sentences | R-1 spread |",
              "|---|---:|---:|---:|"]
    spreads = {}
    for budget in budgets:
        same = agreement[budget]
        same_kept = [x for x, k in zip(same, kept) if k]
        r1 = [mean(scores[(layout, budget, "default")], 0) for layout in layouts]
        spreads[budget] = max(r1) - min(r1)
        kept_text = f"{100 * sum(same_kept) / len(same_kept):.1f} %" if same_kept else "–"
        lines.append(f"| {budget} | {100 * sum(same) / len(same):.1f} % | {kept_text} | "
                     f"{spreads[budget]:.2f} |")
    summary = {"cells": {f"{l}/{b}": c for (l, b), c in cells.items()},
               "agreement": {b: sum(v) / len(v) for b, v in agreement.items()},
               "spread": spreads}
    return "\n".join(lines) + "\n", summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, nargs="+", required=True, help="JSONL files")
    parser.add_argument("--limit", type=int, default=None, help="at most this many held-out articles per file")
    parser.add_argument("--systems", default="all",
                        help="comma-separated newslib algorithms, or 'all' (lead and default always run)")
    parser.add_argument("--peers", action="store_true", help="also sumy and summa")
    parser.add_argument("--out", type=Path, default=None, help="write the Markdown tables here")
    args = parser.parse_args()

    systems = list(newslib.algorithms()) if args.systems == "all" else args.systems.split(",")
    systems = ["default", "lead"] + [s for s in systems if s not in ("default", "lead")]
    peers = peer_systems() if args.peers else None
    text, every_cell, every_agreement = [], [], []
    for path in args.data:
        started = time.time()
        articles, scores, agreement, kept = run_grid(path, systems, LAYOUTS, args.limit, peers)
        section, summary = report(path, articles, scores, agreement, kept, systems, LAYOUTS)
        print(section, flush=True)
        print(f"({time.time() - started:.0f} s)\n", flush=True)
        text.append(section)
        every_cell += list(summary["cells"].values())
        every_agreement += [v for v in agreement.values()]
    losing = sum(1 for d1, d2 in every_cell if d1 <= 0 or d2 <= 0)
    same = [x for v in every_agreement for x in v]
    closing = (f"All files: `default` ahead of the lead on both R-1 and R-2 in "
               f"{len(every_cell) - losing} of {len(every_cell)} cells; mean margin "
               f"{sum(c[0] for c in every_cell) / len(every_cell):+.2f} R-1 / "
               f"{sum(c[1] for c in every_cell) / len(every_cell):+.2f} R-2; "
               f"same summary in every layout for {100 * sum(same) / len(same):.1f} % of article × budget pairs.")
    print(closing)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(text) + "\n" + closing + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
