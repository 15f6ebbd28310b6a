#!/usr/bin/env python3
"""Article and description pairs from the HTML development pages.

    python benchmarks/description_pairs.py ../shared/data/html/*.jsonl -o pairs.jsonl

A page's description (`<meta name="description">`, `og:description` or
`twitter:description`, else the record's `meta_description` / `excerpt`) is
what its editors wrote to say what the page is about: a distant reference
summary of one or two sentences, in the page's own words. Paired with the
page's expected main text (the record's `text`, laid out in paragraphs as
published), it gives a summarisation source unlike the CNN/DailyMail and BBC
files: other sites, real paragraphs, and references that often restate the
lead.

Kept: English pages (declared `en` or undeclared and at least 98 % ASCII, as
the ROUGE tokens are ASCII words) whose main text is not a maintainer's note,
not a tiny test page, at least 400 characters long, and whose description has
at least 8 words and is not a prefix of the title. Output records carry
`id` ("<file stem>/<page id>"), `article`, `reference` and `title`, as the
summarisation files do.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

DESCRIPTION_KEYS = ("description", "og:description", "twitter:description")
# The page files of ../shared/data/html/ that the training script and the
# robustness test read.
PAGE_FILES = ("newspaper4k_pages.jsonl", "readability_pages.jsonl")
SPACE = re.compile(r"\s+")


def page_description(page: str) -> str | None:
    """The first non-empty description meta tag of the page."""
    from lxml import html as lxml_html

    # The page is already text: handing lxml bytes would let a stale charset
    # declaration in the page decode it a second time.
    try:
        tree = lxml_html.document_fromstring(page)
    except ValueError:  # a str with an XML encoding declaration
        tree = lxml_html.document_fromstring(page.encode("utf-8"),
                                             parser=lxml_html.HTMLParser(encoding="utf-8"))
    except Exception:  # a page lxml cannot read has no usable description
        return None
    found = {}
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        content = meta.get("content")
        if key in DESCRIPTION_KEYS and content and content.strip() and key not in found:
            found[key] = content
    for key in DESCRIPTION_KEYS:
        if key in found:
            return found[key]
    return None


def clean(text: str) -> str:
    # Some pages escape their descriptions twice ("&amp;ldquo;").
    return SPACE.sub(" ", html.unescape(text)).strip()


def is_english(record: dict, text: str) -> bool:
    language = record.get("language")
    if language not in (None, "None", "", "en"):
        return False
    return sum(c.isascii() for c in text) >= 0.98 * len(text)


def flag(record: dict, key: str) -> bool:
    return record.get(key) in (True, "True", "true")


def pairs(path: Path):
    """Usable (id, article, reference, title) records of one HTML page file."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            text = record.get("text")
            if not text or flag(record, "answer_is_note") or flag(record, "synthetic_or_tiny"):
                continue
            if len(text) < 400 or not is_english(record, text):
                continue
            description = page_description(record.get("html") or "")
            if not description:
                description = record.get("meta_description") or record.get("excerpt")
            if not description or description == "None":
                continue
            description = clean(description)
            title = clean(record.get("title") or "")
            if len(description.split()) < 8 or (title and title.startswith(description)):
                continue
            yield {"id": f"{path.stem}/{record['id']}", "article": text,
                   "reference": description, "title": title}


def write_pairs(pages, output: Path) -> int:
    """Writes the pairs of every page file to one JSONL file; returns their count."""
    count = 0
    with output.open("w", encoding="utf-8") as out:
        for path in pages:
            for record in pairs(path):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", type=Path, nargs="+", help="HTML page JSONL files")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    count = write_pairs(args.pages, args.output)
    print(f"{count} article and description pairs written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
