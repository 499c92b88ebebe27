#!/bin/sh
# Screenshots of the desktop app under Xvfb, checked to show something and
# kept as build artefacts to look at:
#   wall          the marketplace wall: the fixture archive imported into a
#                 fresh event file and opened on the wall tab (a throw-away
#                 settings folder chooses it, so the user's own settings are
#                 neither read nor written);
#   merge-dialog  the merge-kits dialog with conflicts: a master and a kit that
#                 changed the same things differently (written by test_ui_kits),
#                 the kit "dropped" onto the window at start.
# Usage: screenshot_smoke.sh wall INNSPILL PNG_CHECKER SCREENSHOT.png ARCHIVE.json
#        screenshot_smoke.sh merge-dialog INNSPILL PNG_CHECKER SCREENSHOT.png TEST_UI_KITS
# Exits 77 (CTest: skipped) when xvfb-run is not installed.
set -eu

mode=$1
innspill=$2
checker=$3
screenshot=$4
input=$5

if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "SKIP: xvfb-run not found; install xvfb and xauth to run this test"
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

mkdir -p "$work/config/innspill"
case "$mode" in
wall)
    printf '{"version": 1, "tab": "wall"}\n' >"$work/config/innspill/settings.json"
    "$innspill" import-json "$work/small-event.innspill" "$input"
    set -- "$work/small-event.innspill"
    ;;
merge-dialog)
    INNSPILL_MERGE_FIXTURE_DIR="$work" "$input" "[.merge-fixture]" >/dev/null
    set -- "$work/master.innspill" --drop "$work/kari.innspill"
    ;;
*)
    echo "unknown mode: $mode" >&2
    exit 2
    ;;
esac
rm -f "$screenshot"
XDG_CONFIG_HOME="$work/config" xvfb-run -a -s "-screen 0 1280x800x24" \
    "$innspill" open "$@" --screenshot "$screenshot" --frames 6
"$checker" "$screenshot" 1280 800
echo "screenshot: $screenshot"
