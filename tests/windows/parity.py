#!/usr/bin/env python3
"""Export parity between the Linux and the Windows build (issue 18).

    parity.py LINUX_DIR WINDOWS_DIR

Each folder holds demo.{md,html,csv,json,docx,xlsx,pdf}, exported from the
same archive by each build. Markdown, HTML, CSV and JSON must be the same
text; DOCX, XLSX and PDF must read back to the same words (their containers
carry times and IDs of their own). Prints one line per format; exit 1 on any
difference, with the first differing line or word.
"""
import re
import subprocess
import sys
import zipfile
from pathlib import Path

TEXT = ("md", "html", "csv", "json")


def xml_words(path: Path, members: str) -> list[str]:
    words = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(n for n in z.namelist() if re.fullmatch(members, n)):
            xml = z.read(name).decode("utf-8")
            text = re.sub(r"<[^>]+>", " ", xml)
            for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"),
                                 ("&amp;", "&")):
                text = text.replace(entity, char)
            words += text.split()
    return words


def pdf_words(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return out.split()


def words(path: Path, fmt: str) -> list[str]:
    if fmt == "docx":
        return xml_words(path, r"word/(document|header\d*|footer\d*)\.xml")
    if fmt == "xlsx":
        return xml_words(path, r"xl/(sharedStrings|worksheets/sheet\d+)\.xml")
    return pdf_words(path)


def first_difference(a: list[str], b: list[str]) -> str:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"item {i + 1}: {x!r} (Linux) against {y!r} (Windows)"
    return f"lengths {len(a)} (Linux) against {len(b)} (Windows)"


def main(linux: Path, windows: Path) -> int:
    failed = 0
    for fmt in TEXT + ("docx", "xlsx", "pdf"):
        a, b = linux / f"demo.{fmt}", windows / f"demo.{fmt}"
        if not a.exists() or not b.exists():
            print(f"{fmt}: missing {a if not a.exists() else b}")
            failed += 1
            continue
        if fmt in TEXT:
            x = a.read_bytes().decode("utf-8").splitlines()
            y = b.read_bytes().decode("utf-8").splitlines()
            same = a.read_bytes() == b.read_bytes()
            what = "the same bytes" if same else "different"
        else:
            x, y = words(a, fmt), words(b, fmt)
            same = x == y
            what = f"the same {len(x)} words" if same else "different words"
        print(f"{fmt}: {what}" + ("" if same else f" ({first_difference(x, y)})"))
        failed += not same
    print(f"parity: {7 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
