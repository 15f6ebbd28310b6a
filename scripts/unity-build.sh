#!/usr/bin/env bash
# Builds the library and the unit tests as a unity build (CMAKE_UNITY_BUILD,
# `unity` preset), which compiles several .cpp files as one: two files that
# define the same name at namespace scope, even in anonymous namespaces, fail
# here. Then runs the unit tests of that build. Run by .ci/run.
#
# NEWSLIB_JOBS sets the parallelism (default 2).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=${NEWSLIB_JOBS:-$(nproc)}

start=$SECONDS
echo "== unity: configure, build, unit tests"
cmake --preset unity >/dev/null
cmake --build --preset unity -j "$jobs"
ctest --preset unity -j "$jobs"
echo "== unity: $((SECONDS - start)) s"
