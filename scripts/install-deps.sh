#!/usr/bin/env bash
# Installs what newslib needs to build and test, and only what is missing:
# Debian packages with apt-get, Python packages with pip. Safe to run twice.
#
#   scripts/install-deps.sh           build + demo needs
#   scripts/install-deps.sh --test    also everything the test suites need
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

want_test=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    *) echo "install-deps.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

apt_packages=(
  g++ ninja-build
  libboost-locale-dev libicu-dev libstemmer-dev libuchardet-dev
  libcli11-dev nlohmann-json3-dev libfmt-dev libeigen3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
)
if [ "$want_test" = 1 ]; then
  apt_packages+=(clang libclang-rt-14-dev default-jre-headless)
fi

missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: apt-get install ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# lexbor (the HTML parser) is not packaged by Debian: built from source once.
"$here/install-lexbor.sh"

python=${PYTHON:-python3}
req="$here/requirements-build.txt"
[ "$want_test" = 1 ] && req="$here/requirements-test.txt"
# pip resolves quickly when everything is present; quiet unless it installs.
"$python" -m pip install -q --disable-pip-version-check -r "$req"
