#!/usr/bin/env bash
# Regenerates the application icon's PNGs from its hand-drawn SVG source with
# rsvg-convert (Debian: librsvg2-bin). The PNGs are committed, so building and
# packaging need no rsvg; run this only after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v rsvg-convert >/dev/null; then
  echo "icons.sh: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2
  exit 1
fi

source_svg=assets/icons/io.github.innspill.Innspill.svg
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
    "$source_svg" --output "assets/icons/${size}.png"
  echo "assets/icons/${size}.png"
done
