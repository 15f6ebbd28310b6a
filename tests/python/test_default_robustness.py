"""Guard for the shipped default model: on held-out development articles it must
give the same summary whatever the layout, and beat the lead in every cell of a
small grid (file x layout x budget). Skipped without ../shared/data; the full
grid is benchmarks/layout_grid.py.
"""
from __future__ import annotations

import sys

import pytest

from conftest import SOURCE_DIR

sys.path.insert(0, str(SOURCE_DIR / "benchmarks"))
import layout_grid  # noqa: E402

# benchmarks/ holds html.py, which would shadow the standard library's html
# package for every later import: take the folder off the path again.
sys.path.remove(str(SOURCE_DIR / "benchmarks"))

LAYOUTS = ("original", "one_paragraph", "sentence_per_paragraph", "crlf")
# Cells where the shipped model does not yet beat the lead, with the floor it
# must stay above (R-1, R-2 margin in points): on the 44 held-out raw
# CNN/DailyMail articles at 3 sentences it trails Lead-3 by 0.93 R-1 / 0.30 R-2
# (docs/default_model.md). A model that falls further, or loses another cell,
# fails here.
KNOWN_GAPS = {("cnndm_raw_dev100.jsonl", "3"): (-1.5, -1.0)}
FILES = {
    # file: held-out articles used (None: all)
    "cnndm_tokenized_dev.jsonl": 300,
    "cnndm_raw_dev100.jsonl": None,
    "bbc_raw_dev50.jsonl": None,
}


@pytest.fixture(scope="module", params=sorted(FILES))
def grid(request, shared_data):
    path = shared_data / "summarization" / request.param
    articles, scores, agreement = layout_grid.run_grid(
        path, ["default", "lead"], LAYOUTS, FILES[request.param])
    assert articles > 20
    return request.param, scores, agreement


def test_default_gives_the_same_summary_in_every_layout(grid):
    name, _, agreement = grid
    same = [x for v in agreement.values() for x in v]
    assert sum(same) / len(same) >= 0.95, (name, {b: sum(v) / len(v) for b, v in agreement.items()})


def test_default_beats_the_lead_in_every_cell(grid):
    name, scores, _ = grid
    losing = []
    for (layout, budget, system), values in scores.items():
        if system != "default":
            continue
        lead = scores[(layout, budget, "lead")]
        d1 = layout_grid.mean(values, 0) - layout_grid.mean(lead, 0)
        d2 = layout_grid.mean(values, 1) - layout_grid.mean(lead, 1)
        floor = KNOWN_GAPS.get((name, budget), (0.0, 0.0))
        if d1 <= floor[0] or d2 <= floor[1]:
            losing.append(f"{layout}/{budget}: R-1 {d1:+.2f}, R-2 {d2:+.2f}")
    assert not losing, f"{name}: default does not beat the lead in " + "; ".join(losing)
