#!/bin/sh
# The MIME type of a real event file, as a desktop sees it: installs our
# shared-mime-info XML into a scratch XDG_DATA_HOME, builds its database
# there and asks GIO (what GNOME's file manager and `gio open` use) offline.
#   mime_detect.sh INNSPILL MIME_XML
# An event file is application/x-innspill by name and, renamed, by its magic
# (SQLite header + our application_id); a plain SQLite file stays
# application/vnd.sqlite3.
set -eu
. "$(dirname "$0")/require_tools.sh"
require_tools update-mime-database gio
innspill=$1
mime_xml=$2

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data"
# The system's database for the base types (vnd.sqlite3), ours on top.
export XDG_DATA_DIRS=/usr/local/share:/usr/share
mkdir -p "$XDG_DATA_HOME/mime/packages"
cp "$mime_xml" "$XDG_DATA_HOME/mime/packages/"
update-mime-database "$XDG_DATA_HOME/mime"

"$innspill" new "$scratch/arena.innspill" --title "Åpen arena"
cp "$scratch/arena.innspill" "$scratch/arena-renamed"
# The same file with the application_id (bytes 68-71) zeroed: plain SQLite.
cp "$scratch/arena.innspill" "$scratch/plain-database"
printf '\000\000\000\000' |
  dd of="$scratch/plain-database" bs=1 seek=68 count=4 conv=notrunc 2>/dev/null

content_type() {
  gio info --attributes=standard::content-type "$1" |
    sed -n 's/^ *standard::content-type: *//p'
}

failed=0
expect() {
  actual=$(content_type "$scratch/$1")
  if [ "$actual" = "$2" ]; then
    echo "ok: $1 is $actual"
  else
    echo "FAIL: $1 is '$actual', expected $2"
    failed=1
  fi
}
expect arena.innspill application/x-innspill
expect arena-renamed application/x-innspill
expect plain-database application/vnd.sqlite3
exit $failed
