#!/bin/sh
# Smoke test of the real desktop app: import the fixture archive into a fresh
# event file, open it under Xvfb on the marketplace wall (a throw-away
# settings folder chooses the tab, so the user's own settings are neither read
# nor written), take a screenshot after a few frames and check that the PNG
# shows something. The screenshot is kept as a build artefact to look at.
# Usage: smoke_wall.sh INNSPILL PNG_CHECKER ARCHIVE.json SCREENSHOT.png
# Exits 77 (CTest: skipped) when xvfb-run is not installed.
set -eu

innspill=$1
checker=$2
archive=$3
screenshot=$4

if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "SKIP: xvfb-run not found; install xvfb and xauth to run this test"
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

"$innspill" import-json "$work/small-event.innspill" "$archive"
mkdir -p "$work/config/innspill"
printf '{"version": 1, "tab": "wall"}\n' >"$work/config/innspill/settings.json"
rm -f "$screenshot"
XDG_CONFIG_HOME="$work/config" xvfb-run -a -s "-screen 0 1280x800x24" \
    "$innspill" open "$work/small-event.innspill" --screenshot "$screenshot" --frames 5
"$checker" "$screenshot" 1280 800
echo "screenshot: $screenshot"
