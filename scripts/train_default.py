#!/usr/bin/env python3
"""Trains the model behind newslib's "default" summariser.

One reproducible command (from the repository root):

    python scripts/train_default.py

It
 1. builds benchmarks/export_features (newslib's own C++ feature code) and runs
    it on the development articles (the three summarisation files, and the
    HTML development pages' main texts with their meta descriptions as
    references, benchmarks/description_pairs.py), so training sees exactly the
    features the library computes at run time;
 2. labels sentences with a greedy ROUGE oracle (rouge-score tokens with
    Porter stemming; sentences are added while ROUGE-1 F1 + ROUGE-2 F1 of the
    extract grows, up to 3 for every source);
 3. trains scikit-learn's HistGradientBoostingClassifier (fixed parameters and
    seed, no early stopping, position features monotone decreasing, each
    source an even share of the weight) on the training half of the articles,
    and picks the length and lead priors of the scorer by 4-fold
    cross-fitting within that half, judged at 1, 2 and 3 sentences and 60
    words against the lead;
 4. writes the trees to data/models/default.txt (format: src/summarize/gbdt_model.hpp);
 5. rebuilds the exporter with that model embedded, checks that the C++ scores
    equal scikit-learn's, and reports the margin of the learned scorer over
    the lead on the held-out half under the same budgets.

The features hold no paragraph structure and no headline: in the development
files layout and headlines identify the source (only BBC has either), so a
model that saw them learned to imitate one source wherever it met paragraphs.
benchmarks/layout_grid.py checks that summaries do not change with layout.

The split is by article id: an article is held out when the first 8 hex digits
of md5(id) form an odd number.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
# The development files, each a source of its own.
DATA_FILES = ("cnndm_tokenized_dev.jsonl", "cnndm_raw_dev100.jsonl", "bbc_raw_dev50.jsonl")
# A fourth source made from the HTML development pages: each page's main text
# with its description as a distant reference (benchmarks/description_pairs.py).
DESCRIPTIONS = "html_descriptions.jsonl"
# Every source is labelled for the same task, a 3-sentence extract: BBC's
# references are long extracts (about 40 % of the article), and labelling BBC
# to their length would teach a different task from highlights.
ORACLE_SENTENCES = 3
# Labels from an oracle that prefers the earlier sentence when a later one
# gains at most this much more (see greedy_oracle) were tried: the
# cross-fitting criterion of choose-priors at 0, 0.1, 0.2, 0.25, 0.3, 0.4 and
# 0.5 was +1.90, +0.81, +0.12, +0.14, +0.96, +0.75 and +1.27, so the plain
# oracle stays (docs/default_model.md, "Tried for the 3-sentence cells").
ORACLE_TOLERANCE = 0.0
# Each source's share of the training weight, spread evenly over its
# articles, so that a source's size alone does not decide its say. The
# tokenized CNN/DailyMail articles are the largest sample of the task (1,112
# training articles); the 56 raw (as published) CNN/DailyMail articles and the
# 24 BBC ones each get enough to be heard; the page descriptions (113 training
# pages from many sites, references that often restate the lead) keep the
# model from leaving the lead where the lead is the story.
# Chosen by 4-fold cross-fitting on the training half (the value of
# choose-priors' criterion at its best priors): with BBC 0.05 and raw 0.15
# fixed, descriptions 0.05, 0.1, 0.15, 0.2, 0.3 and 0.4 (the rest to the
# tokenized file) scored -3.1, -1.7, -1.0, -0.6, +1.7 and +0.2; without
# descriptions the earlier choice among 0.5/0.3/0.2 to 0.93/0.05/0.02 for the
# three CNN/DailyMail and BBC files was 0.8/0.15/0.05.
SOURCE_SHARES = {"cnndm_tokenized_dev.jsonl": 0.5, "cnndm_raw_dev100.jsonl": 0.15,
                 "bbc_raw_dev50.jsonl": 0.05, "html_descriptions.jsonl": 0.3}
# Position features may only lower a sentence's probability as it moves down
# the article: the lead is the story unless other features say otherwise.
DECREASING = ("position", "relative_position", "words_before", "relative_word_position")
# Length priors tried (words L, exponent a; see learned_scorer.hpp), the first
# being none, and lead priors (boost b, decay d). The pair with the best
# cross-fitted margin over the lead on the training half is written into the
# model (see choose_priors).
LENGTH_PRIORS = [(None, None), (40.0, 0.5), (50.0, 1.0)]
LEAD_PRIORS = [(None, None), (0.5, 2.0), (1.0, 2.0), (1.0, 5.0), (2.0, 5.0), (2.0, 2.0), (4.0, 2.0), (2.0, 1.0), (4.0, 1.0)]
# Budgets the priors are judged on: sentences, or ("words", n).
BUDGETS = (1, 2, 3, ("words", 60))
REDUNDANT_TRIGRAM_SHARE = 0.1  # as in learned_scorer.hpp
# Redundancy by meaning as well as by wording: a sentence whose tf-idf cosine
# with one of the first REDUNDANCY_WINDOW kept sentences exceeds the threshold
# is demoted too (learned_scorer.hpp). Thresholds tried, the first being none;
# chosen with the priors by the same cross-fitting.
REDUNDANT_COSINES = [None, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]
REDUNDANCY_WINDOW = 150  # as in learned_scorer.hpp
MODEL_NAME = "default 3"
# Tree settings. Kept over 7 leaves of 100 samples, 31 leaves of 50 and 200
# trees at rate 0.05 by the criterion of choose-priors, cross-fitted at each
# setting's best priors (+1.67 against +1.11, +0.48 and +0.06).
PARAMS = dict(
    loss="log_loss",
    learning_rate=0.1,
    max_iter=100,
    max_leaf_nodes=15,
    min_samples_leaf=50,
    l2_regularization=1.0,
    max_bins=255,
    early_stopping=False,
    random_state=0,
)


def held_out(article_id: str) -> bool:
    """The deterministic split: odd md5 prefix means evaluation, even means training."""
    return int(hashlib.md5(article_id.encode("utf-8")).hexdigest()[:8], 16) % 2 == 1


FOLDS = 4


def fold(article_id: str) -> int:
    """Cross-fitting fold (0 to FOLDS - 1) of a training article."""
    return int(hashlib.md5(article_id.encode("utf-8")).hexdigest()[8:16], 16) % FOLDS


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- features


def build_exporter(build_dir: Path) -> Path:
    if not (build_dir / "CMakeCache.txt").exists():
        subprocess.run(
            ["cmake", "-S", str(ROOT), "-B", str(build_dir), "-G", "Ninja",
             "-DCMAKE_BUILD_TYPE=Release", "-DNEWSLIB_BUILD_BENCHMARKS=ON",
             "-DNEWSLIB_BUILD_TESTS=OFF", "-DNEWSLIB_BUILD_CLI=OFF", "-DNEWSLIB_INSTALL=OFF"],
            check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", str(build_dir), "--target", "export_features"],
                   check=True, stdout=subprocess.DEVNULL)
    exe = build_dir / "benchmarks" / "export_features"
    if not exe.exists():
        raise SystemExit(f"export_features was not built at {exe}")
    return exe


def export(exe: Path, source: Path, target: Path) -> tuple[list[str], dict[str, dict]]:
    subprocess.run([str(exe), str(source), str(target)], check=True)
    with target.open(encoding="utf-8") as f:
        names = json.loads(f.readline())["feature_names"]
        articles = {}
        for line in f:
            record = json.loads(line)
            articles[record["id"]] = record
    return names, articles


# ---------------------------------------------------------------- oracle


def ngram_counts(tokens: list[str], n: int) -> collections.Counter:
    return collections.Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def f1(candidate: collections.Counter, reference: collections.Counter) -> float:
    overlap = sum((candidate & reference).values())
    if overlap == 0:
        return 0.0
    precision = overlap / sum(candidate.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def greedy_oracle(sentences: list[list[str]], reference: list[str], limit: int,
                  tolerance: float = 0.0) -> list[int]:
    """Greedy extract maximising ROUGE-1 F1 + ROUGE-2 F1 (sentence bigrams only).

    Each step takes the earliest sentence whose gain is at least (1 - tolerance)
    of the best gain: 0 is the plain oracle (ties to the earlier sentence)."""
    ref1, ref2 = ngram_counts(reference, 1), ngram_counts(reference, 2)
    grams = [(ngram_counts(t, 1), ngram_counts(t, 2)) for t in sentences]
    chosen: list[int] = []
    have1, have2 = collections.Counter(), collections.Counter()
    best = 0.0
    while len(chosen) < limit:
        scores = {i: f1(have1 + g1, ref1) + f1(have2 + g2, ref2)
                  for i, (g1, g2) in enumerate(grams) if i not in chosen}
        top = max(scores.values(), default=best)
        if top <= best:
            break
        pick = min(i for i, score in scores.items() if score - best >= (1 - tolerance) * (top - best))
        chosen.append(pick)
        have1 += grams[pick][0]
        have2 += grams[pick][1]
        best = scores[pick]
    return chosen


# ---------------------------------------------------------------- model file


def tree_lines(predictor) -> list[str]:
    """One tree as node lines, renumbered breadth-first (children after parents)."""
    nodes = predictor.nodes
    order, index = [0], {0: 0}
    for old in order:
        if not nodes[old]["is_leaf"]:
            for child in (int(nodes[old]["left"]), int(nodes[old]["right"])):
                index[child] = len(order)
                order.append(child)
    lines = []
    for old in order:
        node = nodes[old]
        if node["is_leaf"]:
            lines.append(f"leaf {float(node['value'])!r}")
        else:
            if node["is_categorical"]:
                raise SystemExit("categorical splits are not supported")
            lines.append(f"split {int(node['feature_idx'])} {float(node['num_threshold'])!r} "
                         f"{index[int(node['left'])]} {index[int(node['right'])]}")
    return lines


def model_text(model, names: list[str], header: list[str], parameters) -> str:
    out = [f"# {line}" if line else "#" for line in header]
    out += ["newslib-gbdt 1", f"name {MODEL_NAME}", f"features {len(names)}"]
    out += [f"feature {i} {name}" for i, name in enumerate(names)]
    baseline = np.asarray(model._baseline_prediction).ravel()
    out.append(f"base_score {float(baseline[0])!r}")
    out += [f"param {key} {float(value)!r}" for key, value in parameters]
    trees = [stage[0] for stage in model._predictors]
    out.append(f"trees {len(trees)}")
    for t, predictor in enumerate(trees):
        lines = tree_lines(predictor)
        out.append(f"tree {t} {len(lines)}")
        out += lines
    return "\n".join(out) + "\n"


def evaluate_text_model(text: str, rows: np.ndarray) -> np.ndarray:
    """Raw scores from the written file, by the rules of gbdt_model.cpp."""
    base, trees, current = 0.0, [], None
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split(" ")
        if fields[0] == "base_score":
            base = float(fields[1])
        elif fields[0] == "tree":
            current = []
            trees.append(current)
        elif fields[0] in ("split", "leaf") and current is not None:
            current.append(fields)
    out = np.full(len(rows), base)
    for r, x in enumerate(rows):
        for nodes in trees:
            k = 0
            while nodes[k][0] == "split":
                k = int(nodes[k][3]) if x[int(nodes[k][1])] <= float(nodes[k][2]) else int(nodes[k][4])
            out[r] += float(nodes[k][1])
    return out


# ---------------------------------------------------------------- evaluation




class Article:
    """One article as the trainer sees it: the library's sentences and features,
    the metric's tokens, the reference and the oracle labels."""

    def __init__(self, source, article_id, sentences, features, words, similar, references,
                 tokenize, oracle_tolerance=ORACLE_TOLERANCE):
        self.source = source
        self.id = article_id
        self.sentences = sentences
        self.features = np.asarray(features, dtype=np.float64).reshape(len(sentences), -1)
        # The library's tf-idf cosines of similar sentence pairs, both ways.
        self.similar = [dict() for _ in sentences]
        for a, b, cosine in similar:
            self.similar[a][b] = self.similar[b][a] = cosine
        self.references = references
        self.tokens = [tokenize(s) for s in sentences]
        reference_tokens = tokenize(" ".join(references))
        self.ref1 = ngram_counts(reference_tokens, 1)
        self.ref2 = ngram_counts(reference_tokens, 2)
        self.oracle = greedy_oracle(self.tokens, reference_tokens, ORACLE_SENTENCES,
                                    oracle_tolerance)
        # Trigrams of the library's word and number tokens (case-folded term ids).
        self.trigrams = [[tuple(w[j:j + 3]) for j in range(len(w) - 2)] for w in words]
        self.lead_scores = {}

    def lead_rouge(self, budget, words_column: int) -> tuple[float, float]:
        """ROUGE of the lead under the budget (computed once)."""
        key = budget_label(budget)
        if key not in self.lead_scores:
            self.lead_scores[key] = self.rouge(select(
                self, -np.arange(len(self.sentences), dtype=float), budget, words_column, False))
        return self.lead_scores[key]

    def rouge(self, chosen) -> tuple[float, float]:
        """ROUGE-1 and ROUGE-2 F1 of the chosen sentences, joined in document order."""
        tokens = [t for i in sorted(chosen) for t in self.tokens[i]]
        return f1(ngram_counts(tokens, 1), self.ref1), f1(ngram_counts(tokens, 2), self.ref2)


def with_priors(probabilities, words, length_prior, lead_prior) -> np.ndarray:
    """The model's probabilities times the length and lead priors (learned_scorer.hpp)."""
    p = np.asarray(probabilities, dtype=np.float64).copy()
    length, exponent = length_prior
    if length is not None:
        w = np.asarray(words, dtype=np.float64)
        long = w > length
        p[long] *= (length / w[long]) ** exponent
    boost, decay = lead_prior
    if boost is not None:
        p *= (1.0 + boost * np.exp(-np.arange(len(p)) / decay)) / (1.0 + boost)
    return p


def demote(article: Article, scores, cosine: float | None) -> tuple[list[int], list[int]]:
    """demote_redundant: sentences by score, split into kept and redundant ones.
    Redundant: more than the allowed share of its word trigrams occur in kept
    sentences, or its tf-idf cosine with one of the first kept ones exceeds
    `cosine`. A sentence ending in a colon (summarize/candidates.hpp) is
    neither: it is listed after the kept ones, which select() drops."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    kept, demoted, seen = [], [], set()
    unselectable = []  # never selected, so never redundant and never blocking
    for i in order:
        if article.sentences[i].rstrip().endswith(":"):
            unselectable.append(i)
            continue
        grams = article.trigrams[i]
        similar = article.similar[i]
        if (grams and sum(g in seen for g in grams) > REDUNDANT_TRIGRAM_SHARE * len(grams)) or (
                cosine is not None and any(similar.get(j, 0.0) > cosine
                                           for j in kept[:REDUNDANCY_WINDOW])):
            demoted.append(i)
            continue
        kept.append(i)
        seen.update(grams)
    return kept + unselectable, demoted


def select(article: Article, scores, budget, words_column: int, blocking: bool,
           cosine: float | None = None) -> list[int]:
    """What the summariser picks: sentences by score, redundant ones moved last
    when `blocking` (demote), then, leaving out sentences that end in a colon
    (summarize/candidates.hpp), taken while the budget has room."""
    if blocking:
        kept, demoted = demote(article, scores, cosine)
        order = kept + demoted
    else:
        order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    order = [i for i in order if not article.sentences[i].rstrip().endswith(":")]
    if isinstance(budget, int):
        return order[:budget]
    limit, used, chosen = budget[1], 0, []
    for i in order:
        w = article.features[i, words_column]
        if used + w <= limit:
            chosen.append(i)
            used += w
    return chosen


def budget_label(budget) -> str:
    return f"{budget}" if isinstance(budget, int) else f"{budget[1]}w"


def margins(articles, scores_of, words_column: int, budgets=BUDGETS, cosine=None) -> dict:
    """Mean ROUGE-1 and ROUGE-2 margin (points) over the lead per (source, budget)."""
    out = {}
    by_source = collections.defaultdict(list)
    for a in articles:
        by_source[a.source].append(a)
    for source, group in by_source.items():
        for budget in budgets:
            d1 = d2 = 0.0
            for a in group:
                ours = a.rouge(select(a, scores_of(a), budget, words_column, True, cosine))
                lead = a.lead_rouge(budget, words_column)
                d1 += ours[0] - lead[0]
                d2 += ours[1] - lead[1]
            out[(source, budget_label(budget))] = (100 * d1 / len(group), 100 * d2 / len(group))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "summarization",
                        help="folder with the development JSONL files")
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build" / "train-default",
                        help="CMake build folder for export_features")
    parser.add_argument("--model", type=Path, default=ROOT / "data" / "models" / "default.txt")
    parser.add_argument("--html-data", type=Path, default=ROOT.parent / "shared" / "data" / "html",
                        help="folder with the HTML development pages (descriptions source)")
    parser.add_argument("--params", default=None,
                        help="JSON object overriding PARAMS (experiments)")
    parser.add_argument("--shares", default=None,
                        help="JSON object overriding SOURCE_SHARES (experiments)")
    parser.add_argument("--oracle-tolerance", type=float, default=ORACLE_TOLERANCE,
                        help="label with greedy_oracle's tolerance (experiments)")
    parser.add_argument("--report", type=Path, default=None,
                        help="also write the held-out evaluation as JSON here")
    args = parser.parse_args()

    from rouge_score import rouge_scorer
    import sklearn
    from sklearn.ensemble import HistGradientBoostingClassifier

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    tokenize = scorer._tokenizer.tokenize  # the metric's own tokens and stems

    work = args.build_dir / "features"
    work.mkdir(parents=True, exist_ok=True)
    started = time.time()
    exe = build_exporter(args.build_dir)

    shares = dict(SOURCE_SHARES, **json.loads(args.shares)) if args.shares else SOURCE_SHARES
    sources = {name: args.data / name for name in DATA_FILES}
    if shares.get(DESCRIPTIONS):
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import description_pairs

        sources[DESCRIPTIONS] = work / ("pages_" + DESCRIPTIONS)
        description_pairs.write_pairs([args.html_data / name for name in description_pairs.PAGE_FILES],
                                      sources[DESCRIPTIONS])

    names: list[str] = []
    articles: list[Article] = []
    for name, source in sources.items():
        names, exported = export(exe, source, work / name)
        count = 0
        with source.open(encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                art = exported[record["id"]]
                if not art["sentences"]:
                    continue
                references = [r for r in record["reference"].split("\n") if r.strip()]
                articles.append(Article(name, record["id"], art["sentences"], art["features"],
                                        art["words"], art["similar"], references, tokenize,
                                        args.oracle_tolerance))
                count += 1
        log(f"{name}: {count} articles")
    words_column = names.index("words")
    monotonic = [-1 if n in DECREASING else 0 for n in names]
    params = dict(PARAMS, **(json.loads(args.params) if args.params else {}), monotonic_cst=monotonic)

    def fit(take):
        chosen = [a for a in articles if take(a)]
        per_source = collections.Counter(a.source for a in chosen)
        x = np.concatenate([a.features for a in chosen])
        y = np.concatenate([[1 if i in a.oracle else 0 for i in range(len(a.sentences))]
                            for a in chosen])
        # Each source's share spread over its articles, then over their sentences.
        weight = np.concatenate([np.full(len(a.sentences), shares[a.source]
                                         / per_source[a.source] / len(a.sentences) * 1000)
                                 for a in chosen])
        if not np.all(np.isfinite(x)):
            raise SystemExit("export_features produced a non-finite feature value")
        fitted = HistGradientBoostingClassifier(**params)
        fitted.fit(x, y, sample_weight=weight)
        return fitted, x, y

    # Priors: cross-fitted predictions on the training half only.
    training = [a for a in articles if not held_out(a.id)]
    cross_fitted = {}
    for f in range(FOLDS):
        model_f = fit(lambda a, f=f: not held_out(a.id) and fold(a.id) != f)[0]
        for a in training:
            if fold(a.id) == f:
                cross_fitted[a.id] = model_f.predict_proba(a.features)[:, 1]
    best, best_value = None, None
    for cosine in REDUNDANT_COSINES:
        for length_prior in LENGTH_PRIORS:
            for lead_prior in LEAD_PRIORS:
                table = margins(training, lambda a: with_priors(
                    cross_fitted[a.id], a.features[:, words_column], length_prior, lead_prior),
                    words_column, cosine=cosine)
                cells = [d1 + d2 for d1, d2 in table.values()]
                # The worst cell first, then the mean: a prior may not buy a gain
                # in one source with a loss in another.
                value = (min(cells) + float(np.mean(cells)))
                log(f"redundant cosine {cosine} priors length {length_prior} lead {lead_prior}: "
                    f"worst {min(cells):+.2f}, mean {np.mean(cells):+.2f} "
                    "(R-1 + R-2 over the lead, cross-fitted)")
                if best_value is None or value > best_value:
                    best, best_value = (length_prior, lead_prior, cosine), value
    length_prior, lead_prior, cosine = best
    log(f"criterion at the chosen priors: {best_value:+.2f}")
    log(f"chosen priors: length {length_prior}, lead {lead_prior}, redundant cosine {cosine}")

    model, x_train, y_train = fit(lambda a: not held_out(a.id))
    log(f"trained on {len(y_train)} sentences ({int(y_train.sum())} positive)")

    train_articles = len(training)
    share_text = ", ".join(f"{n.split('.')[0]} {w:g}" for n, w in shares.items() if w)
    header = [
        "newslib default summariser: gradient-boosted trees over the sentence features",
        "of src/summarize/features.cpp. Written by scripts/train_default.py; do not edit.",
        f"Trained with scikit-learn {sklearn.__version__} HistGradientBoostingClassifier "
        + ", ".join(f"{k}={v}" for k, v in PARAMS.items() if k != "loss") + ",",
        f"position features monotone decreasing, on {len(y_train)} sentences of {train_articles}",
        "development articles (training half: even md5(id) prefix) with 3-sentence greedy",
        "ROUGE-oracle labels: CNN/DailyMail test stories (See et al. 2017; FRANK), BBC",
        "News Summary (CC0), and web pages (mozilla/readability and newspaper4k test pages)",
        "with their meta descriptions as references. Research data: the model holds split thresholds and leaf",
        f"values only, no text. Source shares of the weight: {share_text}.",
        "Priors (param lines) chosen by 4-fold cross-fitting on the training half.",
        "",
    ]
    parameters = []
    if length_prior[0] is not None:
        parameters += [("length_words", length_prior[0]), ("length_exponent", length_prior[1])]
    if lead_prior[0] is not None:
        parameters += [("lead_boost", lead_prior[0]), ("lead_decay", lead_prior[1])]
    if cosine is not None:
        parameters += [("redundant_cosine", cosine)]
    text = model_text(model, names, header, parameters)
    check_rows = x_train[:: max(1, len(x_train) // 2000)]
    mine = evaluate_text_model(text, check_rows)
    theirs = model._raw_predict(check_rows).ravel()
    if np.max(np.abs(mine - theirs)) > 1e-9:
        raise SystemExit(f"written model disagrees with scikit-learn by {np.max(np.abs(mine - theirs))}")
    args.model.parent.mkdir(parents=True, exist_ok=True)
    args.model.write_text(text, encoding="utf-8")
    log(f"wrote {args.model} ({model.n_iter_} trees, {len(text)} bytes)")

    # Rebuild with the new model embedded and check the C++ scores.
    exe = build_exporter(args.build_dir)
    learned, worst, differ = {}, 0.0, 0
    for name, source in sources.items():
        _, exported = export(exe, source, work / name)
        for a in (a for a in articles if a.source == name):
            got = exported[a.id].get("learned")
            if got is None:
                raise SystemExit("the rebuilt exporter did not load the new model")
            want = with_priors(model.predict_proba(a.features)[:, 1],
                               a.features[:, words_column], length_prior, lead_prior)
            # Kept sentences keep their score; demoted ones are shifted below.
            for g, w in zip(got, want):
                if g >= 0:
                    worst = max(worst, abs(g - w) / max(1e-300, abs(w)))
            learned[a.id] = np.asarray(got)
            if set(demote(a, want, cosine)[0]) != {i for i, g in enumerate(got) if g >= 0}:
                differ += 1
    if worst > 1e-12:
        raise SystemExit(f"C++ scores differ from scikit-learn's by a factor {worst}")
    held = [a for a in articles if held_out(a.id)]
    table = margins(held, lambda a: learned[a.id], words_column, cosine=cosine)
    report = {"split": "held out when int(md5(id)[:8], 16) is odd",
              "priors": {"length": length_prior, "lead": lead_prior, "redundant_cosine": cosine},
              "margins": {f"{s}/{b}": v for (s, b), v in table.items()}}
    for (source, budget), (d1, d2) in table.items():
        log(f"held out {source:28s} {budget:>4s}: default - lead  R-1 {d1:+6.2f}  R-2 {d2:+6.2f}")
    if differ:
        raise SystemExit(f"the library and this script demote different sentences in {differ} "
                         "articles")
    log(f"C++ and scikit-learn scores agree (max relative difference {worst:.1e}); "
        f"{time.time() - started:.0f} s")
    if args.report:
        args.report.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
