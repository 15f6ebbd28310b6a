#!/usr/bin/env bash
# Builds newslib as a shared library (`shared` preset: libnewslib.so with
# hidden visibility, only NEWSLIB_API names exported) and checks that what
# links it still links and runs: unit tests (through the library's own objects,
# as they call private helpers), the CLI and its end-to-end tests, the
# installed package's consumers (find_package, pkg-config, the installed
# tool), and the Python module.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=${NEWSLIB_JOBS:-$(nproc)}

echo "== shared: configure, build"
cmake --preset shared >/dev/null
# The library, what links it, and two unit tests (the rest link the same
# objects and run in the default build).
cmake --build --preset shared -j "$jobs" \
  --target newslib newslib_cli _newslib document_test version_test
# Only the public API crosses the library's boundary.
if nm -DC --defined-only build/shared/src/libnewslib.so | grep -qE '^[0-9a-f]+ [A-Za-z] newslib::v[0-9_]+::detail::'; then
  echo "libnewslib.so exports private names" >&2
  exit 1
fi
echo "== shared: CTest (those unit tests, the CLI, the installed package's consumers)"
ctest --preset shared -j "$jobs" \
  -R '^(Document|Version)\.|^cli\.|^package\.(install|find_package|pkg_config|installed_cli)$'
echo "== shared: the Python module against libnewslib.so"
PYTHONPATH="$root/build/shared/python" "${PYTHON:-python3}" -m pytest -q -p no:cacheprovider \
  "$root/tests/python/test_document.py" "$root/tests/python/test_errors.py" \
  "$root/tests/python/test_summarize.py"
