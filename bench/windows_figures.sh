#!/usr/bin/env bash
# Figures of the Windows build under Wine (issue 18). Not targets: Wine is not
# Windows. Each figure is a whole process started the way a user starts it
# (the median of RUNS), with the Linux build beside it on the same files:
#   start-up to first frame  `innspill open EVENT --screenshot X --frames 1`
#                            (start, open the Åpen Arena-size event, draw the
#                            first frame, save it, exit) under Xvfb
#   export, large event      `innspill export large.innspill --format F`
#   merge of 50 kits         `innspill merge master.innspill kit-0 … kit-49`
#                            (20 groups of 10 inputs each) on a fresh master
#   Wine's own floor         `wine cmd /c exit`, what every Windows figure
#                            here pays before the program starts
#
# Usage: bench/windows_figures.sh [RUNS]      (default 3)
#   BUILD_DIR      the Linux Release build with the benchmarks (build-bench;
#                  configured and built when missing): the Linux figures and the
#                  synthetic events and kits
#   WINDOWS_BUILD  the Windows build (build-windows; scripts/windows.sh makes it)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${1:-3}
BUILD=${BUILD_DIR:-$ROOT/build-bench}
WINBUILD=${WINDOWS_BUILD:-$ROOT/build-windows}
EXE=$WINBUILD/src/cli/innspill.exe

if [[ ${INSIDE_XVFB:-} != 1 ]]; then
    [[ -f $EXE ]] || {
        echo "windows_figures.sh: no $EXE; run scripts/windows.sh first" >&2
        exit 2
    }
    P=$("$ROOT/scripts/windows-deps.sh" --cached-prefix) || {
        echo "windows_figures.sh: no Windows dependency cache; run scripts/windows.sh first" >&2
        exit 2
    }
    if [[ ! -f $BUILD/CMakeCache.txt ]]; then
        cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    fi
    cmake --build "$BUILD" -j"${JOBS:-2}" --target innspill bench_reports bench_merge >/dev/null
    export INSIDE_XVFB=1 P
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$BASH" "$0" "$RUNS"
fi

LINUX=$BUILD/src/cli/innspill
WORK=$(mktemp -d)
export WINEPREFIX=$WINBUILD/wine-bench WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export LC_CTYPE=C.UTF-8 LANG=nb_NO.UTF-8
export WINEPATH="Z:${P//\//\\}\\bin"
mkdir -p "$WINEPREFIX"
finish() {
    wineserver -k 2>/dev/null || true
    rm -rf "$WORK"
}
trap finish EXIT
# The fonts come from beside the program, as in the zip.
[[ -d $(dirname "$EXE")/fonts ]] || cp -r "$ROOT/assets/fonts" "$(dirname "$EXE")/fonts"
wineserver -p
wine cmd /c exit >/dev/null 2>&1

echo "making the synthetic events and 50 kits (Linux build) ..." >&2
"$BUILD/bench/bench_reports" --save-events "$WORK/events" >/dev/null
"$BUILD/bench/bench_merge" --kits 50 --save-kits "$WORK/kits" >/dev/null
KITS=()
for k in $(seq 0 49); do KITS+=("$WORK/kits/kit-$k.innspill"); done

# The median wall time of RUNS runs of a command, in ms; a failed run stops
# the whole measurement (a figure of a failing command means nothing).
median_ms() { # before-each-run command...
    local before=$1 times=() t0 r
    shift
    for ((r = 0; r < RUNS; r++)); do
        eval "$before"
        t0=$(date +%s%N)
        if ! "$@" >"$WORK/out.log" 2>&1; then
            echo "windows_figures.sh: failed: $*" >&2
            tail -5 "$WORK/out.log" >&2
            exit 1
        fi
        times+=($((($(date +%s%N) - t0) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p"
}

row() { # figure linux-ms windows-ms
    printf '%-46s %9s ms %9s ms %7s\n' "$1" "$2" "$3" \
        "$(awk -v l="$2" -v w="$3" 'BEGIN { if (l > 0) printf "%.1f×", w / l; else print "-" }')"
}

printf '%-46s %12s %12s %7s\n' "figure (median of $RUNS, whole processes)" "Linux" "Wine" "ratio"
row "Wine's floor (wine cmd /c exit)" 0 "$(median_ms : wine cmd /c exit)"
row "start-up (innspill --version)" "$(median_ms : "$LINUX" --version)" \
    "$(median_ms : wine "$EXE" --version)"
EVENT=$WORK/events/aapen-arena.innspill
row "start-up to first frame (Åpen Arena event)" \
    "$(median_ms "rm -f $WORK/l.png" "$LINUX" open "$EVENT" --screenshot "$WORK/l.png" --frames 1)" \
    "$(median_ms "rm -f $WORK/w.png" wine "$EXE" open "$EVENT" --screenshot "$WORK/w.png" --frames 1)"
for format in html docx xlsx pdf; do
    row "export, large event, $format" \
        "$(median_ms : "$LINUX" export "$WORK/events/large.innspill" --format "$format" \
            -o "$WORK/l.$format")" \
        "$(median_ms : wine "$EXE" export "$WORK/events/large.innspill" --format "$format" \
            -o "$WORK/w.$format")"
done
fresh="cp $WORK/kits/original.innspill $WORK/master.innspill; rm -f $WORK/master.innspill-*"
row "merge of 50 kits (20 groups × 10 inputs each)" \
    "$(median_ms "$fresh" "$LINUX" merge "$WORK/master.innspill" "${KITS[@]}")" \
    "$(median_ms "$fresh" wine "$EXE" merge "$WORK/master.innspill" "${KITS[@]}")"
