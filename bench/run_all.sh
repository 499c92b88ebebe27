#!/bin/sh
# The benchmark suite (issue 8): builds the benchmarks in a Release-type build
# folder, runs every one that has targets from the issues, and prints one
# table: figure | median | target | ok/FAIL, then each program's peak memory.
# bench_reports times every export in its own process and as the user meets
# it: `innspill export` started as a whole process on the event saved as a
# file (wall time and CPU time), beside pandoc as a process on the same content.
# Each bench program prints its table for people, or with --tsv (always the
# last argument: the programs read their flags in pairs) one row per figure
# with a target: subject, figure, median, unit, comparison, limit, verdict;
# then "peak", MiB. The synthetic events are built by the programs themselves
# (bench/synthetic_event.cpp): Åpen Arena size, large and huge.
#
# Usage: bench/run_all.sh [--quick]
#   BUILD_DIR  build folder (default build-bench, configured Release when new;
#              an existing one must be Release, RelWithDebInfo or MinSizeRel)
#   JOBS       parallel build jobs (default 2)
#   --quick    fewer runs of each figure (a rough look, not a verdict)
# Exit status: 0 when every target is met, 1 when one is missed, 2 when a
# benchmark could not run.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${BUILD_DIR:-$root/build-bench}
jobs=${JOBS:-2}
quick=false
if [ "${1:-}" = "--quick" ]; then
    quick=true
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")
case "$type" in
Release | RelWithDebInfo | MinSizeRel) ;;
*)
    echo "run_all.sh: $build is a '$type' build; benchmarks need a Release-type one" >&2
    exit 2
    ;;
esac
# bench_reports compares the exports with pandoc on the same content, in the
# same run, both as whole processes: pandoc comes from Debian when missing.
if ! command -v pandoc >/dev/null 2>&1; then
    echo "run_all.sh: pandoc is missing; installing it from Debian (apt-get install pandoc)" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo=sudo
    fi
    $sudo apt-get install -y -qq --no-install-recommends pandoc >/dev/null ||
        echo "run_all.sh: could not install pandoc; the pandoc figures are left out" >&2
fi
benches="bench_open bench_fonts bench_ui_wall bench_ui_people bench_ui_capture bench_reports bench_merge bench_handin_watch bench_event_scale bench_synthesis bench_photos"
# shellcheck disable=SC2086 # the list is meant to split
cmake --build "$build" -j"$jobs" --target $benches innspill >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

if $quick; then
    runs_open=1 runs_frames=30 runs_reports=1 runs_merge=1 runs_watch=1
else
    runs_open=5 runs_frames=200 runs_reports=5 runs_merge=5 runs_watch=5
fi

status=0
run() {
    name=$1
    shift
    echo "running $name $*" >&2
    started=$(date +%s)
    code=0
    "$build/bench/$name" "$@" --tsv >"$work/$name.tsv" 2>"$work/$name.err" || code=$?
    echo "  $(($(date +%s) - started)) s" >&2
    if [ "$code" -gt 1 ] || ! grep -q '^peak' "$work/$name.tsv"; then
        echo "$name failed to run (exit $code):" >&2
        tail -5 "$work/$name.err" >&2
        status=2
    fi
}

run bench_open --runs "$runs_open"
run bench_fonts --runs "$runs_open"
run bench_ui_wall --runs "$runs_frames"
run bench_ui_people --runs "$runs_frames"
run bench_ui_capture --runs "$runs_frames"
run bench_reports --runs "$runs_reports"
run bench_merge --runs "$runs_merge"
run bench_handin_watch --runs "$runs_watch"
run bench_event_scale --runs "$runs_merge"
run bench_synthesis --runs "$runs_frames"
run bench_photos --photos 200

# Idle CPU of the real app under Xvfb; a skip (no xvfb-run) is shown as one.
echo "running idle_cpu.sh" >&2
idle=$(sh "$here/idle_cpu.sh" "$build/src/cli/innspill" 10 2>&1) || true
percent=$(printf '%s\n' "$idle" | sed -n 's/^idle CPU of innspill over [0-9]* s: \([0-9.]*\) %.*/\1/p')
if [ -n "$percent" ]; then
    verdict=$(awk -v p="$percent" 'BEGIN { print (p < 1.0) ? "ok" : "FAIL" }')
    printf 'demo event, app idle 10 s\tidle CPU\t%s\t%%\t<\t1\t%s\n' "$percent" "$verdict" \
        >"$work/idle_cpu.tsv"
else
    printf 'demo event, app idle 10 s\tidle CPU (%s)\t-\t%%\t<\t1\tSKIP\n' \
        "$(printf '%s' "$idle" | head -1)" >"$work/idle_cpu.tsv"
fi

echo
awk -F '\t' '
    FNR == 1 { program = FILENAME; sub(/.*\//, "", program); sub(/\.tsv$/, "", program) }
    $1 == "peak" { peak[program] = $2; order[++programs] = program; next }
    NF < 7 { next }
    {
        figure = $1 ": " $2
        median = ($3 == "-") ? "-" : sprintf("%.3f %s", $3, $4)
        target = $5 " " $6 " " $4
        rows[++n] = sprintf("%-78s %14s %12s  %s", figure, median, target, $7)
        if ($7 == "FAIL") failed++
        if ($7 == "ok") passed++
    }
    END {
        printf "%-78s %14s %12s  %s\n", "figure", "median", "target", "pass/fail"
        for (i = 1; i <= n; ++i) print rows[i]
        printf "\npeak memory (each program, MiB):"
        for (i = 1; i <= programs; ++i) printf " %s %s", order[i], peak[order[i]]
        printf "\n%d of %d targets met\n", passed, passed + failed
        exit failed > 0
    }' "$work"/bench_open.tsv "$work"/bench_fonts.tsv "$work"/bench_ui_wall.tsv "$work"/bench_ui_people.tsv \
    "$work"/bench_ui_capture.tsv "$work"/bench_reports.tsv "$work"/bench_merge.tsv "$work"/bench_handin_watch.tsv \
    "$work"/bench_event_scale.tsv "$work"/bench_synthesis.tsv "$work"/bench_photos.tsv \
    "$work"/idle_cpu.tsv || { [ "$status" -eq 0 ] && status=1; }
exit "$status"
