#!/bin/sh
# Screenshot of the merge-kits dialog with conflicts: a master and a kit that
# changed the same things differently (written by test_ui_kits), the kit
# "dropped" onto the window at start, under Xvfb. Checks that the PNG shows
# something; the screenshot is kept as a build artefact to look at.
# Usage: merge_dialog_screenshot.sh INNSPILL TEST_UI_KITS PNG_CHECKER SCREENSHOT.png
# Exits 77 (CTest: skipped) when xvfb-run is not installed.
set -eu

innspill=$1
fixtures=$2
checker=$3
screenshot=$4

if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "SKIP: xvfb-run not found; install xvfb and xauth to run this test"
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

INNSPILL_MERGE_FIXTURE_DIR="$work" "$fixtures" "[.merge-fixture]" >/dev/null
rm -f "$screenshot"
xvfb-run -a -s "-screen 0 1280x800x24" \
    "$innspill" open "$work/master.innspill" --drop "$work/kari.innspill" \
    --screenshot "$screenshot" --frames 6
"$checker" "$screenshot" 1280 800
echo "screenshot: $screenshot"
