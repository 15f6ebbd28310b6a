#!/usr/bin/env python3
"""Article extraction from web pages: newslib.Document.from_html and peers.

    python benchmarks/extraction.py --data ../shared/data/html/readability_pages.jsonl \
        ../shared/data/html/newspaper4k_pages.jsonl [--records out.jsonl]

Every system gets the same pages, one after the other, in this process, with
the network blocked (socket connections raise). Per file it prints, for each
system, body F1 / precision / recall and exact-match accuracy under the
scrapinghub article-extraction-benchmark protocol, and pages per second of
one core: pages divided by the CPU time (time.process_time) this process
spent in the system's extraction calls. CPU time rather than wall time keeps
the rate fair on a shared machine; every system runs in this one thread.

Protocol: tokens are \\w+ runs (Unicode); case-sensitive 4-token shingles with
counts; per page tp, fp, fn normalised to sum 1; precision averaged over pages
with output, recall over pages with a ground truth, F1 from the two means;
accuracy is the share of pages whose token sequence equals the ground truth.

Pages left out of body scores: readability pages marked ``synthetic_or_tiny``
and newspaper4k pages marked ``answer_is_note`` (118 and 142 pages are
scored). The newspaper4k pages of kind ``metadata`` stay in, though their
"text" is only a prefix of the body: that costs every system precision alike.

--records writes one JSON object per page and system (file, id, system, body,
title, date, authors, seconds), so more columns (title, date and author
accuracy) can be computed from the same run.
"""
from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path, where this
# file would shadow the standard library's `html` module that peers import.
_here = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _here]

import argparse
import collections
import json
import re
import socket
import time
from importlib import metadata

WORD = re.compile(r"\w+", re.UNICODE)


def block_network() -> None:
    def refuse(*args, **kwargs):
        raise OSError("network blocked by benchmarks/extraction.py")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]


# ---- systems: each returns {"body", "title", "date", "authors"} ----------


def newslib_system():
    import newslib

    def run(html: str, url: str | None) -> dict:
        doc = newslib.Document.from_html(html, url=url)
        date = doc.date
        return {"body": doc.body, "title": doc.title,
                "date": date.isoformat() if date else None, "authors": list(doc.authors)}
    return run, "newslib " + newslib.__version__


def trafilatura_system():
    import trafilatura

    def run(html: str, url: str | None) -> dict:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
        if doc is None:
            return {"body": "", "title": None, "date": None, "authors": []}
        d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        authors = [a.strip() for a in (d.get("author") or "").split(";") if a.strip()]
        return {"body": d.get("text") or "", "title": d.get("title"), "date": d.get("date"),
                "authors": authors}
    return run, "trafilatura " + metadata.version("trafilatura")


def readability_system():
    import lxml.html
    from readability import Document

    def run(html: str, url: str | None) -> dict:
        doc = Document(html, url=url)
        summary = doc.summary(html_partial=True)
        text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
        return {"body": text, "title": doc.short_title(), "date": None, "authors": []}
    return run, "readability-lxml " + metadata.version("readability-lxml")


def newspaper_system():
    import newspaper

    def run(html: str, url: str | None) -> dict:
        article = newspaper.Article(url or "http://example.invalid/", fetch_images=False)
        article.download(input_html=html)
        article.parse()
        date = article.publish_date.date().isoformat() if article.publish_date else None
        return {"body": article.text, "title": article.title, "date": date,
                "authors": list(article.authors)}
    return run, "newspaper4k " + metadata.version("newspaper4k")


def goose_system():
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False})

    def run(html: str, url: str | None) -> dict:
        article = goose.extract(raw_html=html)
        date = article.publish_datetime_utc.date().isoformat() if article.publish_datetime_utc else None
        return {"body": article.cleaned_text, "title": article.title, "date": date,
                "authors": list(article.authors or [])}
    return run, "goose3 " + metadata.version("goose3")


def justext_system():
    import justext

    stoplist = justext.get_stoplist("English")

    def run(html: str, url: str | None) -> dict:
        paragraphs = justext.justext(html.encode("utf-8"), stoplist, encoding="utf-8")
        body = "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
        return {"body": body, "title": None, "date": None, "authors": []}
    return run, "justext " + metadata.version("justext")


def boilerpy_system():
    from boilerpy3 import extractors

    extractor = extractors.ArticleExtractor(raise_on_failure=False)

    def run(html: str, url: str | None) -> dict:
        return {"body": extractor.get_content(html), "title": None, "date": None, "authors": []}
    return run, "boilerpy3 " + metadata.version("boilerpy3")


def resiliparse_system():
    from resiliparse.extract.html2text import extract_plain_text

    def run(html: str, url: str | None) -> dict:
        body = extract_plain_text(html, main_content=True, alt_texts=False, links=False,
                                  list_bullets=False, noscript=False, comments=False)
        return {"body": body, "title": None, "date": None, "authors": []}
    return run, "resiliparse " + metadata.version("resiliparse")


SYSTEMS = {
    "newslib": newslib_system,
    "trafilatura": trafilatura_system,
    "readability-lxml": readability_system,
    "newspaper4k": newspaper_system,
    "goose3": goose_system,
    "justext": justext_system,
    "boilerpy3": boilerpy_system,
    "resiliparse": resiliparse_system,
}

# ---- scoring --------------------------------------------------------------


def shingles(text: str, n: int = 4) -> collections.Counter:
    tokens = WORD.findall(text or "")
    if len(tokens) < n:
        return collections.Counter([tuple(tokens)]) if tokens else collections.Counter()
    return collections.Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def page_scores(expected: str, got: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, normalised to sum 1."""
    e, g = shingles(expected), shingles(got)
    tp = sum((e & g).values())
    fp = sum((g - e).values())
    fn = sum((e - g).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def body_metrics(pairs: list[tuple[str, str]]) -> dict:
    precisions, recalls, exact = [], [], 0
    for expected, got in pairs:
        tp, fp, fn = page_scores(expected, got)
        if WORD.search(got or ""):
            precisions.append(tp / (tp + fp) if tp + fp else 0.0)
        if WORD.search(expected or ""):
            recalls.append(tp / (tp + fn) if tp + fn else 0.0)
        exact += WORD.findall(expected or "") == WORD.findall(got or "")
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r,
            "accuracy": exact / len(pairs) if pairs else 0.0, "pages": len(pairs)}


def scored(page: dict) -> bool:
    """Whether a page's "text" is a body to score against."""
    return not (page.get("synthetic_or_tiny") or page.get("answer_is_note"))


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, nargs="+", required=True)
    parser.add_argument("--systems", nargs="+", default=list(SYSTEMS), choices=list(SYSTEMS))
    parser.add_argument("--repeat", type=int, default=1,
                        help="extraction passes per system for the timing (the first is scored)")
    parser.add_argument("--records", type=Path, help="write per-page results here (JSONL)")
    args = parser.parse_args()

    block_network()
    systems = {}
    for name in args.systems:
        try:
            systems[name] = SYSTEMS[name]()
        except ImportError as e:
            print(f"skipping {name}: {e}", file=sys.stderr)
    records = args.records.open("w", encoding="utf-8") if args.records else None
    for path in args.data:
        pages = load(path)
        body_pages = [p for p in pages if scored(p)]
        print(f"\n{path.name}: {len(pages)} pages, {len(body_pages)} with a body to score\n")
        print("| system | F1 | precision | recall | accuracy | pages/s |")
        print("|---|---|---|---|---|---|")
        for name, (run, label) in systems.items():
            results = {}
            seconds = 0.0
            for attempt in range(args.repeat):
                start = time.process_time()
                for page in pages:
                    t0 = time.process_time()
                    try:
                        out = run(page["html"], page.get("url"))
                    except Exception as e:  # a peer failing on a page scores an empty output
                        out = {"body": "", "title": None, "date": None, "authors": [],
                               "error": f"{type(e).__name__}: {e}"}
                    if attempt == 0:
                        out["seconds"] = time.process_time() - t0
                        results[page["id"]] = out
                seconds += time.process_time() - start
            m = body_metrics([(p["text"], results[p["id"]]["body"]) for p in body_pages])
            rate = len(pages) * args.repeat / seconds if seconds else float("inf")
            print(f"| {label} | {m['f1']:.3f} | {m['precision']:.3f} | {m['recall']:.3f} "
                  f"| {m['accuracy']:.3f} | {rate:.0f} |", flush=True)
            if records:
                for page in pages:
                    r = results[page["id"]]
                    records.write(json.dumps({"file": path.name, "id": page["id"], "system": name,
                                              **r}, ensure_ascii=False) + "\n")
    if records:
        records.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
