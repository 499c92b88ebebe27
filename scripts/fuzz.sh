#!/bin/sh
# Builds the libFuzzer targets (clang-14, ASan + UBSan) in build-fuzz and runs
# each for SECONDS (default 30) on a scratch copy of its seed corpus
# fuzz/corpus/<target> (new inputs never go into the repository). Exits
# non-zero when any target finds a crash, leak, timeout or sanitizer report;
# the input is left in build-fuzz/fuzz-artifacts/<target>/.
#   scripts/fuzz.sh          # 30 s each (CI)
#   scripts/fuzz.sh 3600     # an hour each
#   FUZZ_TARGETS="json_archive notes_import" scripts/fuzz.sh 600
#   FUZZ_BUILD_DIR=build-asan scripts/fuzz.sh   # an already configured clang
#                                               # build with -DINNSPILL_FUZZ=ON
#                                               # (scripts/test.sh does this)
set -eu
seconds=${1:-30}
cd "$(dirname "$0")/.."
root=$(pwd)
targets=${FUZZ_TARGETS:-"notes_import json_archive participants_csv event_file kit_merge photo_image"}

build=${FUZZ_BUILD_DIR:-build-fuzz}

export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
if [ -z "${FUZZ_BUILD_DIR:-}" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DINNSPILL_FUZZ=ON \
    -DINNSPILL_BUILD_TESTS=OFF -DINNSPILL_BUILD_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
build_targets=""
for target in $targets; do build_targets="$build_targets fuzz_$target"; done
cmake --build "$build" -j2 --target $build_targets

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# libFuzzer ends with _Exit, so the targets' own clean-up of their scratch
# folders never runs: keep those inside $work too.
export TMPDIR="$work"
failed=""
for target in $targets; do
  corpus="$work/$target"
  artifacts="$build/fuzz-artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  cp fuzz/corpus/"$target"/* "$corpus"/
  echo "== fuzz_$target: $seconds s"
  if ! UBSAN_OPTIONS=print_stacktrace=1 "$build"/fuzz/fuzz_"$target" "$corpus" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$artifacts/" >"$work/$target.log" 2>&1; then
    tail -n 60 "$work/$target.log"
    echo "!! fuzz_$target failed; input in $artifacts/"
    failed="$failed $target"
  else
    grep -E "stat::number_of_executed_units|stat::new_units_added" "$work/$target.log" || true
  fi
done
if [ -n "$failed" ]; then
  echo "fuzzing found problems in:$failed"
  exit 1
fi
echo "fuzzing: no problems found"
