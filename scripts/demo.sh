#!/usr/bin/env bash
# Installs what is missing, builds newslib, and summarises the bundled sample article.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target newslib_cli

newslib=build/default/cli/newslib
article=examples/sample_article.txt
echo
echo "== newslib info $article"
"$newslib" info "$article"
echo
echo "== newslib summarize $article -n 3"
"$newslib" summarize "$article" -n 3
echo
echo "== newslib keywords $article --top 8"
"$newslib" keywords "$article" --top 8

# The same article as a web page in windows-1252, with navigation, a cookie
# banner, related links and a footer around it.
page=examples/sample_page.html
echo
echo "== newslib extract $page"
"$newslib" extract "$page"
echo
echo "== newslib extract $page --format json (metadata only)"
"$newslib" extract "$page" --format json | python3 -c '
import json, sys
page = json.load(sys.stdin)
for key in ("title", "published", "authors", "site_name", "section", "encoding", "origins"):
    print(f"{key}: {page.get(key)}")'
echo
echo "== newslib summarize --html $page -n 3"
"$newslib" summarize --html "$page" -n 3
