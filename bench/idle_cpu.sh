#!/bin/sh
# Idle CPU of the real desktop app: opens the demo event in `innspill open`
# under Xvfb, lets it settle for 3 s, then reads the process's user + system
# CPU time from /proc/<pid>/stat over SECONDS (10 by default) of no input.
# Target: under 1 % (the frame loop sleeps in glfwWaitEvents when idle).
#
# Usage: bench/idle_cpu.sh [INNSPILL] [SECONDS]
#   INNSPILL defaults to build/src/cli/innspill. Exits 77 without xvfb-run,
#   1 when the target is missed, 0 otherwise. Runs with a throw-away
#   XDG_CONFIG_HOME so the user's settings are neither read nor written.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
innspill=${1:-$here/../build/src/cli/innspill}
seconds=${2:-10}
settle=3

if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "SKIP: xvfb-run not found; install xvfb and xauth"
    exit 77
fi

work=$(mktemp -d)
runner=
cleanup() {
    if [ -s "$work/pid" ]; then
        kill "$(cat "$work/pid")" 2>/dev/null || true
    fi
    if [ -n "$runner" ]; then
        wait "$runner" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

"$innspill" import-json "$work/demo.innspill" "$here/../sessions/demo.json" >/dev/null

# The app runs in the background inside xvfb-run; its pid comes back in a file.
XDG_CONFIG_HOME="$work/config" LANG=nb_NO.UTF-8 xvfb-run -a -s "-screen 0 1280x800x24" \
    sh -c '"$1" open "$2" & echo $! > "$3"; wait' sh "$innspill" "$work/demo.innspill" \
    "$work/pid" &
runner=$!

tries=0
while [ ! -s "$work/pid" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
        echo "innspill did not start" >&2
        exit 1
    fi
    sleep 0.1
done
pid=$(cat "$work/pid")
sleep "$settle"
if [ ! -r "/proc/$pid/stat" ]; then
    echo "innspill exited during start-up" >&2
    exit 1
fi

# utime and stime are fields 14 and 15; the command name (field 2) may hold
# spaces, so count from the closing parenthesis.
ticks() {
    sed 's/^.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }'
}
hz=$(getconf CLK_TCK)
before=$(ticks)
sleep "$seconds"
after=$(ticks)

awk -v used="$((after - before))" -v hz="$hz" -v s="$seconds" 'BEGIN {
    percent = used / hz / s * 100
    printf "idle CPU of innspill over %d s: %.2f %% (%d ticks of 1/%d s)\n", s, percent, used, hz
    if (percent >= 1.0) { print "FAIL: target is under 1 %"; exit 1 }
    print "OK: under 1 %"
}'
