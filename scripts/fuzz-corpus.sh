#!/bin/sh
# Regenerates the SQLite seeds of fuzz/corpus/event_file and fuzz/corpus/kit_merge
# (the text seeds are written by hand). Needs a configured build-fuzz
# (scripts/fuzz.sh does that). The files are rewritten with 512-byte pages and
# without WAL so the corpus stays small.
set -eu
cd "$(dirname "$0")/.."
cmake --build build-fuzz -j2 --target fuzz_make_corpus
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
build-fuzz/fuzz/fuzz_make_corpus "$out"
for target in event_file kit_merge; do
  for file in "$out/$target"/*.innspill; do
    sqlite3 "$file" "PRAGMA journal_mode=DELETE; PRAGMA page_size=512; VACUUM;" >/dev/null
    cp "$file" "fuzz/corpus/$target/"
  done
done
du -sh fuzz/corpus
