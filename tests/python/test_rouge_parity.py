"""newslib.rouge must agree with Google's rouge-score package to 1e-9."""

import json
import os
import random
import re
from pathlib import Path

import pytest

import newslib

rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")

TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
TOLERANCE = 1e-9

_SCORERS = {
    stem: rouge_scorer.RougeScorer(list(TYPES), use_stemmer=stem) for stem in (True, False)
}


def _shared_data():
    env = os.environ.get("NEWSLIB_SHARED_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "shared" / "data"


def _f1(score):
    return score.f1 if hasattr(score, "f1") else score.fmeasure


def _check(candidate, reference, stemmer):
    ours = newslib.rouge(candidate, reference, stemmer=stemmer)
    theirs = _SCORERS[stemmer].score(reference, candidate)  # (target, prediction)
    worst = 0.0
    for name in TYPES:
        a, b = getattr(ours, name), theirs[name]
        for x, y in ((a.precision, b.precision), (a.recall, b.recall), (_f1(a), b.fmeasure)):
            worst = max(worst, abs(x - y))
        assert abs(a.precision - b.precision) <= TOLERANCE, (name, candidate, reference)
        assert abs(a.recall - b.recall) <= TOLERANCE, (name, candidate, reference)
        assert abs(_f1(a) - b.fmeasure) <= TOLERANCE, (name, candidate, reference)
    return worst


EDGE_TEXTS = [
    "",
    " ",
    "\n",
    "\n\n\n",
    "... !!! ???",
    "a",
    "The",
    "the the the the",
    "Caf\u00e9 na\u00efve fa\u00e7ade \u00dcber",
    "\u0130stanbul and \u0130zmir",
    "a 5\u212a run, a 5K race",
    "\ufb01sh and \ufb02ies",
    "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8",
    "emoji \U0001f600 in between",
    "tab\tseparated\rcarriage\r\nreturns",
    "Hello, world!\nHello again.\n\nGoodbye",
    "a b c\n\n---\nc b a",
    "running runs ran runner",
    "skies dying lying news innings proceeded",
    "a a a a\na a",
    "a\nb\na\nb",
    "b a",
    "a b\nb",
    "The bridge reopened on Monday.\nOfficials said traffic was light.",
]


@pytest.mark.parametrize("stemmer", [True, False])
def test_edge_cases(stemmer):
    for candidate in EDGE_TEXTS:
        for reference in EDGE_TEXTS:
            _check(candidate, reference, stemmer)


def test_random_small_vocabulary():
    rng = random.Random(20240906)
    words = ["a", "b", "c", "cat", "cats", "the", "runs", "running", "\n", "\n\n", ",", "."]
    for _ in range(1000):
        candidate = " ".join(rng.choice(words) for _ in range(rng.randint(0, 20)))
        reference = " ".join(rng.choice(words) for _ in range(rng.randint(0, 20)))
        _check(candidate, reference, stemmer=rng.random() < 0.5)


def _sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


@pytest.mark.shared_data
def test_summarization_pairs():
    folder = _shared_data() / "summarization"
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    if not files:
        pytest.skip("shared summarization data not available")
    rng = random.Random(7)
    checked = 0
    worst = 0.0
    for path in files:
        with open(path, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
        step = 2 if len(rows) > 1000 else 1  # keeps the run short on the big file
        for i, row in enumerate(rows):
            if i % step:
                continue
            article, reference = row["article"], row["reference"]
            sentences = _sentences(article)
            lead = "\n".join(sentences[:3])
            worst = max(worst, _check(lead, reference, stemmer=True))
            checked += 1
            if i % 10 == 0 or len(rows) <= 100:
                picked = rng.sample(sentences, min(len(sentences), rng.randint(1, 5)))
                worst = max(worst, _check("\n".join(picked), reference, stemmer=False))
                other = rows[(i + 1) % len(rows)]["reference"]
                worst = max(worst, _check(other, reference, stemmer=True))
                checked += 2
    assert checked >= 1000
    assert worst <= TOLERANCE
