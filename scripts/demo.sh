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
