#!/usr/bin/env bash
# cibuildwheel's before-all step in the manylinux_2_28 (AlmaLinux 8) container:
# ICU and Eigen from the distribution, and what it lacks built into /usr/local
# (Boost.Locale >= 1.74 with the ICU backend, Snowball's libstemmer, uchardet).
# auditwheel later copies the shared libraries into each wheel. This runs only
# in that container; the development machine builds its wheel with
# scripts/build-wheel.sh instead.
set -euo pipefail
dnf install -y libicu-devel eigen3-devel
cd /tmp
boost=1.83.0
curl -fsSL "https://archives.boost.io/release/$boost/source/boost_${boost//./_}.tar.gz" | tar xz
(cd "boost_${boost//./_}" &&
  ./bootstrap.sh --with-libraries=locale,thread --with-icu &&
  ./b2 -j2 link=shared variant=release boost.locale.icu=on install --prefix=/usr/local)
stemmer=2.2.0
curl -fsSL "https://snowballstem.org/dist/libstemmer_c-$stemmer.tar.gz" | tar xz
(cd "libstemmer_c-$stemmer" && make CFLAGS="-O2 -fPIC" &&
  install -m 644 libstemmer.a /usr/local/lib/ && install -m 644 include/libstemmer.h /usr/local/include/)
# nlohmann_json (header-only, reads pages' JSON-LD): AlmaLinux 8 has none recent enough.
json=3.11.3
curl -fsSL "https://github.com/nlohmann/json/releases/download/v$json/json.tar.xz" | tar xJ
cmake -S json -B json/build -DJSON_BuildTests=OFF -DJSON_Install=ON && cmake --install json/build --prefix /usr/local
# lexbor, the HTML parser, from the sdist that ships its sources.
"$(dirname "${BASH_SOURCE[0]}")/install-lexbor.sh" /usr/local
uchardet=0.0.8
curl -fsSL "https://www.freedesktop.org/software/uchardet/releases/uchardet-$uchardet.tar.xz" | tar xJ
(cd "uchardet-$uchardet" &&
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DBUILD_BINARY=OFF \
    -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DCMAKE_INSTALL_PREFIX=/usr/local &&
  cmake --build build -j2 && cmake --install build)
