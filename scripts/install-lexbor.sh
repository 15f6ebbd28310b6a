#!/usr/bin/env bash
# Builds lexbor, the HTML parser behind newslib::from_html, into a local prefix
# when the system has none. Debian 12 does not package lexbor; its sources ship
# inside the selectolax sdist on PyPI, which this script downloads (pinned by
# version and SHA-256) and builds as a static, position-independent library.
#
#   scripts/install-lexbor.sh [PREFIX]     default PREFIX: <repo>/.deps
#
# CMake finds the prefix on its own (cmake/newslibDependencies.cmake looks in
# <repo>/.deps); elsewhere pass -DCMAKE_PREFIX_PATH=PREFIX. Safe to run twice.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prefix=${1:-$root/.deps}
python=${PYTHON:-python3}

lexbor_version=3.1.0
sdist=selectolax-1.0.2.tar.gz
sdist_url=https://files.pythonhosted.org/packages/3a/24/1a8b1b1a7cc8734b626327badccb4fd0f6c745a8cfd1b625923b5f07dd84/$sdist
sdist_sha256=f0508ad927aa426425d4aa7a2bb2f8b21c01412534465bd227e241d4d0a6a418

if [ -f "$prefix/lib/cmake/lexbor/lexbor-config.cmake" ] &&
   grep -q "\"$lexbor_version\"" "$prefix/lib/cmake/lexbor/lexbor-config-version.cmake" 2>/dev/null; then
  exit 0
fi
# A system-wide lexbor (a distribution package, vcpkg, Conan) is used as it is.
for dir in /usr/lib/cmake/lexbor /usr/local/lib/cmake/lexbor /usr/lib/*/cmake/lexbor; do
  [ -f "$dir/lexbor-config.cmake" ] && exit 0
done

echo "install-lexbor: building lexbor $lexbor_version into $prefix"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" - "$sdist_url" "$sdist_sha256" "$work/$sdist" <<'PY'
import hashlib, sys, urllib.request
url, sha256, out = sys.argv[1:]
data = urllib.request.urlopen(url, timeout=120).read()
digest = hashlib.sha256(data).hexdigest()
if digest != sha256:
    sys.exit(f"install-lexbor: {url} has SHA-256 {digest}, expected {sha256}")
open(out, "wb").write(data)
PY
tar -xzf "$work/$sdist" -C "$work"
src=$(echo "$work"/selectolax-*/lexbor)
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$src" -B "$work/build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DLEXBOR_BUILD_SHARED=OFF -DLEXBOR_BUILD_STATIC=ON \
  -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null
cmake --build "$work/build" -j "${NEWSLIB_JOBS:-$(nproc 2>/dev/null || echo 2)}" >/dev/null
cmake --install "$work/build" >/dev/null
echo "install-lexbor: done"
