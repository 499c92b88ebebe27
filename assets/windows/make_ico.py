#!/usr/bin/env python3
"""Packs the app's PNG icons (assets/icons) into a Windows .ico: one PNG
image per size (the ICO format has carried PNG data since Windows Vista).

    python3 assets/windows/make_ico.py assets/icons assets/windows/innspill.ico
"""
import struct
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def main(icons: Path, out: Path) -> None:
    images = [(size, (icons / f"{size}.png").read_bytes()) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, png in images:
        # Width and height 0 mean 256; colour count 0, planes 1, 32 bits.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
        data += png
        offset += len(png)
    out.write_bytes(header + entries + data)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
