#!/usr/bin/env bash
# Builds the Debian package: installs what is missing (scripts/setup.sh, which
# also builds build/), makes a Release build of the program alone in
# build-package/ with Debian's hardening flags, and packs it with cpack
# (cmake/package.cmake). Prints the path of innspill_<version>_<arch>.deb;
# install it with `sudo apt-get install ./<that path>`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

# dpkg-buildflags gives the flags Debian builds its own packages with
# (-O2, stack protector, _FORTIFY_SOURCE, RELRO), so lintian finds a hardened
# binary. Release keeps -O2 rather than CMake's -O3, as Debian does (and g++
# 12's -O3 warns falsely about std::string, GCC bug 105329).
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)
cmake -S . -B build-package -DCMAKE_BUILD_TYPE=Release \
  -DINNSPILL_BUILD_TESTS=OFF -DINNSPILL_BUILD_BENCH=OFF -DINNSPILL_CHECKOUT_PATHS=OFF \
  -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_CXX_FLAGS_RELEASE="-DNDEBUG" \
  -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null
cmake --build build-package -j"$(nproc)" --target innspill
(cd build-package && cpack -G DEB >/dev/null)

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build-package/CMakeCache.txt)
deb="$PWD/build-package/innspill_${version}_$(dpkg --print-architecture).deb"
if [[ ! -f $deb ]]; then
  echo "package.sh: cpack made no $deb" >&2
  exit 1
fi
echo "$deb"
