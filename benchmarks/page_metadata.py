"""Title, date and author accuracy of page metadata: newslib beside other libraries.

newslib's records come from the C++ program page_metadata_dump (built with
-DNEWSLIB_BUILD_BENCHMARKS=ON), which reads each development page with
read_page_metadata; the other libraries run here on the same HTML.

    python benchmarks/page_metadata.py --dump build/bench/benchmarks/page_metadata_dump
    python benchmarks/page_metadata.py --dump ... --only newslib --show-misses authors
    python benchmarks/page_metadata.py --records html-records.jsonl   # from benchmarks/extraction.py

Scores, per set (pages marked synthetic_or_tiny are left out):
  title exact    the title equals the gold title after whitespace is collapsed
  title F1>=0.9  token F1 (lowercased \\w+ tokens) with the gold title is at least 0.9
  date           the yyyy-mm-dd date equals the gold date, on pages with a gold date
  authors exact  the set of names equals the gold set after splitting at ",", ";", "|",
                 "&", "and" and line breaks, case folding, whitespace collapsing and a
                 leading "By " removed, on pages with gold authors
                 (newspaper4k's authors_noisy pages are not scored)
  authors P / R  precision and recall of those names, counted over all scored pages
Every figure is over the pages with a gold value: a page with no output counts as wrong.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "html"
SETS = ("readability", "newspaper4k")


def load_pages(data: Path) -> dict[str, list[dict]]:
    pages = {}
    for name in SETS:
        path = data / f"{name}_pages.jsonl"
        if not path.exists():
            continue
        rows = [json.loads(line) for line in path.open(encoding="utf-8")]
        pages[name] = [r for r in rows if not r.get("synthetic_or_tiny")]
    return pages


# ---------------------------------------------------------------- normalisation

def norm_space(text: str | None) -> str:
    return " ".join((text or "").split())


def tokens(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def token_f1(a: str | None, b: str | None) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common = 0
    rest = list(tb)
    for t in ta:
        if t in rest:
            rest.remove(t)
            common += 1
    if common == 0:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def norm_date(value) -> str | None:
    """yyyy-mm-dd of a date, datetime or date string, as written (no zone shift)."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()[:10]
    text = str(value).strip()
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    try:
        from dateutil import parser as date_parser
        return date_parser.parse(text, fuzzy=False).date().isoformat()
    except (ValueError, OverflowError, ImportError):
        return None


def norm_author(name: str) -> str:
    name = norm_space(name).casefold()
    return re.sub(r"^by\s+", "", name)


def author_set(names) -> list[str]:
    """Names, split the same way for gold and output: "A, B", "A and B", "A & B",
    "A; B", "A | B" and one name per line are several names."""
    out = []
    for value in names or []:
        value = re.sub(r"^\s*by\s+", "", value or "", flags=re.IGNORECASE)
        for n in re.split(r"\s*(?:[,;|&\n]|\band\b)\s*", value):
            k = norm_author(n)
            if k and k not in out:
                out.append(k)
    return out


# ---------------------------------------------------------------- systems

def run_newslib(dump: str, data: Path) -> dict[tuple[str, str], dict]:
    out = subprocess.run([dump, "--data", str(data.parent)], check=True, capture_output=True,
                         text=True).stdout
    records = {}
    for line in out.splitlines():
        r = json.loads(line)
        records[(r["set"], r["id"])] = r
    return records


def peer_functions():
    """name -> function(html, url) returning {title, date, authors}."""
    peers = {}
    try:
        from trafilatura.metadata import extract_metadata

        def trafilatura_meta(html, url):
            m = extract_metadata(html, default_url=url)
            if m is None:
                return {}
            authors = [a.strip() for a in (m.author or "").split(";") if a.strip()]
            return {"title": m.title, "date": m.date, "authors": authors}
        peers["trafilatura"] = trafilatura_meta
    except ImportError:
        pass
    try:
        from readability import Document

        def readability_meta(html, url):
            return {"title": Document(html).short_title()}
        peers["readability-lxml"] = readability_meta
    except ImportError:
        pass
    try:
        from newspaper import Article

        def newspaper_meta(html, url):
            a = Article(url or "http://example.com/", fetch_images=False)
            a.download(input_html=html)
            a.parse()
            return {"title": a.title, "date": a.publish_date, "authors": list(a.authors)}
        peers["newspaper4k"] = newspaper_meta
    except ImportError:
        pass
    try:
        from goose3 import Goose
        goose = Goose()

        def goose_meta(html, url):
            a = goose.extract(raw_html=html)
            return {"title": a.title, "date": a.publish_date, "authors": list(a.authors or [])}
        peers["goose3"] = goose_meta
    except ImportError:
        pass
    return peers


def load_html_records(path: Path) -> dict[str, dict[tuple[str, str], dict]]:
    """benchmarks/extraction.py's --records output, by system and (set, page id)."""
    by_system: dict[str, dict[tuple[str, str], dict]] = {}
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        set_name = r["file"].replace("_pages.jsonl", "")
        r["date"] = norm_date(r.get("date"))
        by_system.setdefault(r["system"], {})[(set_name, r["id"])] = r
    return by_system


def run_peer(fn, pages):
    records, seconds = {}, 0.0
    for set_name, rows in pages.items():
        for page in rows:
            start = time.perf_counter()
            try:
                r = fn(page["html"], page.get("url") or "")
            except Exception as e:  # a peer failing on a page scores it as missing
                r = {"error": repr(e)[:200]}
            seconds += time.perf_counter() - start
            r["date"] = norm_date(r.get("date"))
            records[(set_name, page["id"])] = r
    return records, seconds


# ---------------------------------------------------------------- scoring

def score(pages, records):
    table = {}
    for set_name, rows in pages.items():
        s = dict(title_n=0, title_exact=0, title_f1=0, date_n=0, date_ok=0, auth_n=0,
                 auth_exact=0, auth_tp=0, auth_returned=0, auth_gold=0,
                 gives_date=False, gives_authors=False)
        for page in rows:
            r = records.get((set_name, page["id"]), {})
            s["gives_date"] |= bool(r.get("date"))
            s["gives_authors"] |= bool(r.get("authors"))
            if page.get("title"):
                s["title_n"] += 1
                s["title_exact"] += norm_space(r.get("title")) == norm_space(page["title"])
                s["title_f1"] += token_f1(r.get("title"), page["title"]) >= 0.9
            if page.get("date"):
                s["date_n"] += 1
                s["date_ok"] += r.get("date") == page["date"]
            if page.get("authors") and not page.get("authors_noisy"):
                gold, got = author_set(page["authors"]), author_set(r.get("authors"))
                s["auth_n"] += 1
                s["auth_exact"] += set(gold) == set(got)
                s["auth_tp"] += len(set(gold) & set(got))
                s["auth_returned"] += len(got)
                s["auth_gold"] += len(gold)
        table[set_name] = s
    return table


def pct(a, b):
    return f"{100 * a / b:5.1f}" if b else "  n/a"


def print_table(results, pages):
    print("| set | system | title exact | title F1≥0.9 | date | authors exact | authors P | authors R |")
    print("|---|---|---|---|---|---|---|---|")
    for set_name in pages:
        for system, table in results.items():
            s = table[set_name]
            # "—": the system does not report that field on any page of the set.
            date = pct(s['date_ok'], s['date_n']) if s["gives_date"] else "    —"
            exact, precision, recall = (
                (pct(s['auth_exact'], s['auth_n']), pct(s['auth_tp'], s['auth_returned']),
                 pct(s['auth_tp'], s['auth_gold'])) if s["gives_authors"] else ("    —",) * 3)
            print(f"| {set_name} | {system} | {pct(s['title_exact'], s['title_n'])} "
                  f"| {pct(s['title_f1'], s['title_n'])} | {date} | {exact} | {precision} "
                  f"| {recall} |")
    for set_name in pages:
        s = next(iter(results.values()))[set_name]
        print(f"\n{set_name}: {s['title_n']} pages with a title, {s['date_n']} with a date, "
              f"{s['auth_n']} with scored authors", end="")
    print()


def show_misses(pages, records, field):
    for set_name, rows in pages.items():
        for page in rows:
            r = records.get((set_name, page["id"]), {})
            if field == "title" and page.get("title"):
                if norm_space(r.get("title")) != norm_space(page["title"]):
                    print(f"{set_name}/{page['id']}: got {r.get('title')!r} [{r.get('origins', {}).get('title')}]\n    want {page['title']!r}")
            if field == "date" and page.get("date") and r.get("date") != page["date"]:
                print(f"{set_name}/{page['id']}: got {r.get('date')} [{r.get('origins', {}).get('date')}] want {page['date']}")
            if field == "authors" and page.get("authors") and not page.get("authors_noisy"):
                if set(author_set(page["authors"])) != set(author_set(r.get("authors"))):
                    print(f"{set_name}/{page['id']}: got {r.get('authors')} [{r.get('origins', {}).get('authors')}] want {page['authors']}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dump", help="path of the page_metadata_dump program (newslib)")
    ap.add_argument("--data", type=Path, default=DATA, help="folder of the *_pages.jsonl files")
    ap.add_argument("--only", help="comma-separated systems to run")
    ap.add_argument("--records", type=Path,
                    help="score the per-page records of benchmarks/extraction.py --records "
                         "(file, id, system, title, date, authors) instead of running anything")
    ap.add_argument("--peer-cache", type=Path,
                    help="JSON file keeping the other libraries' records: read when it exists, "
                         "written otherwise (they take minutes)")
    ap.add_argument("--show-misses", choices=("title", "date", "authors"),
                    help="list newslib's (or the one --only system's) wrong pages")
    args = ap.parse_args()
    pages = load_pages(args.data)
    if not pages:
        print(f"page_metadata.py: no development pages under {args.data}", file=sys.stderr)
        return 2
    only = set(args.only.split(",")) if args.only else None
    results, records_by_system = {}, {}
    if args.records:
        records_by_system = load_html_records(args.records)
        for name, records in records_by_system.items():
            results[name] = score(pages, records)
        print_table(results, pages)
        return 0
    if args.dump and (only is None or "newslib" in only):
        records_by_system["newslib"] = run_newslib(args.dump, args.data)
    cached = {}
    if args.peer_cache and args.peer_cache.exists():
        for name, rows in json.loads(args.peer_cache.read_text()).items():
            cached[name] = {(r["set"], r["id"]): r for r in rows}
    for name, fn in peer_functions().items():
        if only is not None and name not in only:
            continue
        if name in cached:
            records_by_system[name] = cached[name]
            continue
        records, seconds = run_peer(fn, pages)
        records_by_system[name] = records
        print(f"{name}: {seconds:.1f} s for {len(records)} pages", file=sys.stderr)
    if args.peer_cache and not args.peer_cache.exists():
        peers = {name: [dict(r, set=k[0], id=k[1]) for k, r in recs.items()]
                 for name, recs in records_by_system.items() if name != "newslib"}
        args.peer_cache.write_text(json.dumps(peers, default=str))
    for name, records in records_by_system.items():
        results[name] = score(pages, records)
    print_table(results, pages)
    if args.show_misses and records_by_system:
        show_misses(pages, next(iter(records_by_system.values())), args.show_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
