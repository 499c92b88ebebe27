#!/bin/sh
# `cmake --install` into a scratch DESTDIR puts exactly the expected files
# (expected_install.txt) under the prefix: the program and its desktop
# integration, no test binaries, benchmarks or static libraries.
#   install_tree.sh BUILD_DIR EXPECTED_LIST
set -eu
. "$(dirname "$0")/require_tools.sh"
build=$1
expected=$2

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
DESTDIR="$scratch/root" cmake --install "$build" --prefix /usr >"$scratch/log" ||
  { cat "$scratch/log"; exit 1; }

(cd "$scratch/root/usr" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$scratch/actual"
expected_files "$expected" | sort >"$scratch/expected"
if ! diff -u "$scratch/expected" "$scratch/actual"; then
  echo "FAIL: installed files differ from $expected (- expected, + installed)"
  exit 1
fi
if [ ! -x "$scratch/root/usr/bin/innspill" ]; then
  echo "FAIL: bin/innspill is not executable"
  exit 1
fi
echo "ok: $(wc -l <"$scratch/actual") files installed, as expected"
