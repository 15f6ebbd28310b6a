#!/usr/bin/env bash
# Builds the Conan 2 package of newslib and runs its test_package, against the
# system's Boost, ICU, libstemmer and Eigen (packaging/conan/profiles/system):
# nothing is downloaded from ConanCenter.
#
#   scripts/conan-create.sh [more `conan create` arguments, e.g. -o "&:shared=True"]
#
# Uses `conan` from PATH if it is Conan 2, else installs Conan 2 with pip into
# build/conan-venv. CONAN_HOME defaults to build/conan-home, so the user's own
# Conan configuration and cache are left alone.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

conan=${CONAN:-}
if [ -z "$conan" ]; then
  if command -v conan >/dev/null 2>&1 && conan --version 2>/dev/null | grep -q "version 2\."; then
    conan=conan
  else
    venv="$root/build/conan-venv"
    if [ ! -x "$venv/bin/conan" ]; then
      echo "conan-create: installing Conan 2 into $venv"
      python=${PYTHON:-python3}
      "$python" -m venv "$venv"
      "$venv/bin/pip" install -q --disable-pip-version-check "conan>=2.0.9,<3"
    fi
    conan="$venv/bin/conan"
  fi
fi
export CONAN_HOME=${CONAN_HOME:-$root/build/conan-home}

"$conan" --version
"$conan" profile detect --exist-ok
"$conan" create packaging/conan \
  --profile:host=packaging/conan/profiles/system \
  --profile:build=default \
  --build=missing \
  --no-remote \
  "$@"
