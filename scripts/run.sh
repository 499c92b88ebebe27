#!/usr/bin/env bash
# Sets up and builds Innspill, turns the demo event's JSON archive into an
# event file on first run, and opens it in the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

demo=sessions/demo.innspill
if [[ ! -f $demo ]]; then
  build/src/cli/innspill import-json "$demo" sessions/demo.json
fi
exec build/src/cli/innspill open "$demo" "$@"
