"""Guard for the shipped default model: on held-out development articles it must
give the same summary whatever the layout, and beat the lead in every cell of a
small grid (file x layout x budget) but the known gaps below. Skipped without
../shared/data; the full grid is benchmarks/layout_grid.py.
"""
from __future__ import annotations

import sys

import pytest

from conftest import SOURCE_DIR

sys.path.insert(0, str(SOURCE_DIR / "benchmarks"))
import description_pairs  # noqa: E402
import layout_grid  # noqa: E402

# Only these two modules are wanted from benchmarks/: take it off the path again.
sys.path.remove(str(SOURCE_DIR / "benchmarks"))

LAYOUTS = ("original", "one_paragraph", "sentence_per_paragraph", "crlf")
# Cells where the shipped model does not yet beat the lead in every layout
# tested here, with the floor it must stay above (R-1, R-2 margin in points;
# the figures are in docs/default_model.md). A model that falls further, or
# loses another cell, fails here.
KNOWN_GAPS = {
    # 44 held-out raw CNN/DailyMail articles: Lead-3 is ahead by 0.56 / 0.32,
    # and at 60 words R-2 trails by 0.22 (R-1 is ahead by 1.59).
    ("cnndm_raw_dev100.jsonl", "3"): (-1.5, -1.0),
    ("cnndm_raw_dev100.jsonl", "60w"): (0.0, -1.0),
    # 93 web pages against their descriptions: behind at 2 sentences when the
    # page is rejoined into one paragraph (-1.08 / -1.53), and at 3 (-0.86 /
    # -1.12 as published).
    ("html_descriptions.jsonl", "2"): (-2.0, -2.5),
    ("html_descriptions.jsonl", "3"): (-1.5, -1.5),
    ("html_descriptions.jsonl", "60w"): (0.0, -1.0),
}
FILES = {
    # file: held-out articles used (None: all)
    "cnndm_tokenized_dev.jsonl": None,
    "cnndm_raw_dev100.jsonl": None,
    "bbc_raw_dev50.jsonl": None,
    "html_descriptions.jsonl": None,
}
# Web text rejoined into other layouts is not the same sentences: a heading
# or a line ending in a colon runs into the next sentence once the paragraph
# break is gone. Layout agreement is therefore checked where the layouts
# keep the sentences (the summarisation files), and the descriptions file is
# checked for agreement on the articles whose sentences every layout keeps.
SAME_SENTENCES_ONLY = {"html_descriptions.jsonl"}


def descriptions_file(shared_data, folder):
    """The page and description pairs of benchmarks/description_pairs.py."""
    path = folder / "html_descriptions.jsonl"
    if not path.exists():
        pytest.importorskip("lxml")
        description_pairs.write_pairs(
            [shared_data / "html" / name for name in description_pairs.PAGE_FILES], path)
    return path


@pytest.fixture(scope="module", params=sorted(FILES))
def grid(request, shared_data, tmp_path_factory):
    if request.param == "html_descriptions.jsonl":
        path = descriptions_file(shared_data, tmp_path_factory.mktemp("pages"))
    else:
        path = shared_data / "summarization" / request.param
    articles, scores, agreement, kept = layout_grid.run_grid(
        path, ["default", "lead"], LAYOUTS, FILES[request.param])
    assert articles > 20
    if request.param in SAME_SENTENCES_ONLY:
        assert sum(kept) > 20
        agreement = {b: [x for x, k in zip(v, kept) if k] for b, v in agreement.items()}
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
