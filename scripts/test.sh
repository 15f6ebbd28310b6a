#!/usr/bin/env bash
# Installs what is missing, builds newslib, and runs every C++ and Python test.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
python=${PYTHON:-python3}
jobs=${NEWSLIB_JOBS:-$(nproc)}

scripts/install-deps.sh --test

echo "== C++: configure, build, CTest"
cmake --preset default
cmake --build --preset default -j "$jobs"
ctest --preset default -j "$jobs"

echo "== Python: pip install . and pytest"
"$python" -m pip install -q --disable-pip-version-check --no-build-isolation .
# Run from outside the source tree so that the installed package is tested.
cd "$root/tests/python"
"$python" -m pytest -q -p no:cacheprovider .
