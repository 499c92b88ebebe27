#!/usr/bin/env bash
# Prints the CMake generator for build folder $1: the one it was configured
# with if it exists (CMake refuses to switch), else Ninja (setup.sh installs
# ninja-build), else Unix Makefiles.
set -euo pipefail
cache=${1:-build}/CMakeCache.txt
if [[ -f $cache ]]; then
  sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$cache"
elif command -v ninja >/dev/null 2>&1; then
  echo Ninja
else
  echo "Unix Makefiles"
fi
