#!/usr/bin/env bash
# Sets up and builds Innspill, then runs the whole test suite through CTest,
# once in the normal build and once built with AddressSanitizer and
# UndefinedBehaviorSanitizer (build-asan/; the Xvfb screenshot tests, which
# only drive Mesa's OpenGL, run in the normal build only), and last a short
# run of every fuzz target (scripts/fuzz.sh, 30 s each).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINNSPILL_SANITIZE=ON \
  -DINNSPILL_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -LE smoke

scripts/fuzz.sh 30
