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
junit="$root/build/default/ctest-junit.xml"
ctest --preset default -j "$jobs" --output-junit "$junit"
# Tests that read ../shared/data carry the label shared_data: say how many ran.
"$python" - "$junit" <<'COUNT'
import os, subprocess, sys, xml.etree.ElementTree as ET
listed = subprocess.run(["ctest", "--preset", "default", "-N", "-L", "shared_data"],
                        check=True, capture_output=True, text=True).stdout
names = {line.split(": ", 1)[1].strip() for line in listed.splitlines()
         if line.strip().startswith("Test") and ": " in line}
ran = skipped = 0
for case in ET.parse(sys.argv[1]).getroot().iter("testcase"):
    if case.get("name") in names:
        if case.find("skipped") is not None or case.get("status") in ("notrun", "disabled"):
            skipped += 1
        else:
            ran += 1
print(f"shared-data tests (C++): {ran} ran, {skipped} skipped")
if os.environ.get("NEWSLIB_REQUIRE_SHARED_DATA") == "1" and (skipped or not ran):
    sys.exit("NEWSLIB_REQUIRE_SHARED_DATA=1: every shared-data test must run")
COUNT

echo "== Python: pip install . and pytest"
"$python" -m pip install -q --disable-pip-version-check --no-build-isolation .
# Run from outside the source tree so that the installed package is tested.
cd "$root/tests/python"
"$python" -m pytest -q -p no:cacheprovider .
