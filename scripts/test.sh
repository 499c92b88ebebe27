#!/usr/bin/env bash
# Sets up and builds Innspill, then runs the whole test suite through CTest,
# once in the normal build (g++, build/) and once in one clang-14 build with
# AddressSanitizer + UndefinedBehaviorSanitizer that also holds the libFuzzer
# targets (build-asan/; the Xvfb screenshot tests, which only drive Mesa's
# OpenGL, run in the normal build only), and last a short run of every fuzz
# target from that same build (scripts/fuzz.sh, 30 s each). Two compiles of
# the project in all; the time of each stage is printed at the end. Last, when
# this machine holds the Windows dependency cache (the first
# scripts/windows.sh makes it, about 45 minutes, once), the Windows build and
# its test suite under Wine (scripts/windows.sh --tests, build-windows/);
# without the cache that stage says so and is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache (CMakeLists.txt uses it when installed) with paths relative to the
# checkout: a clone in another folder, as CI makes, reuses the same entries.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1

stages=()
stage_start=$SECONDS
stage_name=""
begin() {
  stage_name=$1
  stage_start=$SECONDS
  echo "== $stage_name"
}
end() {
  stages+=("$(printf '%-46s %5d s' "$stage_name" $((SECONDS - stage_start)))")
  stage_name=""
}
report() {
  local status=$?
  [[ -n $stage_name ]] && stages+=("$(printf '%-46s %5d s (failed)' "$stage_name" \
    $((SECONDS - stage_start)))")
  echo
  echo "== time per stage"
  printf '%s\n' "${stages[@]}"
  printf '%-46s %5d s\n' "total" "$SECONDS"
  exit $status
}
trap report EXIT

begin "set-up and build (g++, build/)"
scripts/setup.sh
end

begin "tests (build/)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
end

begin "build with sanitizers and fuzzers (clang, build-asan/)"
CC=clang-14 CXX=clang++-14 cmake -S . -B build-asan -G "$(scripts/generator.sh build-asan)" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINNSPILL_SANITIZE=ON -DINNSPILL_FUZZ=ON \
  -DINNSPILL_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j"$(nproc)"
end

begin "tests with ASan + UBSan (build-asan/)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -LE smoke
end

begin "fuzz targets, 30 s each (build-asan/)"
FUZZ_BUILD_DIR=build-asan scripts/fuzz.sh 30
end

begin "Windows: build and tests under Wine (build-windows/)"
scripts/windows.sh --tests
end
