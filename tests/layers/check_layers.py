#!/usr/bin/env python3
"""The layer rules of src/ (README "Where things are"), checked on every run
of the suite: which layer may #include which, what src/ui must never
contain (SQL, sqlite3, file streams), and that ImGui's internals are
included only by their one wrapper (ui/widgets/imgui_ext.cpp). Prints one line per violation naming
file, line and the offending text, and exits 1 if there is any.

Usage: check_layers.py <src-dir>
"""

import os
import re
import sys

# Each layer and the layers of ours it may include (besides itself). Lower
# layers never see higher ones; ui sees the event only through app; the CLI
# goes through app, never store; platform only hosts the UI.
ALLOWED = {
    "lang": set(),
    # The system's file primitives, POSIX and Windows (README "Windows").
    "os": set(),
    "model": {"lang"},
    "store": {"model", "lang", "os"},
    "io": {"model", "lang", "os"},
    "app": {"store", "io", "model", "lang", "os"},
    "ui": {"app", "model", "lang"},
    "cli": {"app", "io", "model", "lang", "platform", "os"},
    "platform": {"ui", "app", "model", "lang", "os"},
}

INCLUDE = re.compile(r'^\s*#\s*include\s*"([A-Za-z_]+)/([^"]*)"')

# What the UI must not do itself: speak SQL or open files with streams.
UI_FORBIDDEN = [
    (re.compile(r"sqlite3"), "sqlite3"),
    (re.compile(r"\bSELECT "), "SQL (SELECT)"),
    (re.compile(r"\bINSERT "), "SQL (INSERT)"),
    (re.compile(r"\bstd::(fstream|ofstream|ifstream)\b"), "a file stream"),
    (re.compile(r"#\s*include\s*<fstream>"), "<fstream>"),
]


# ImGui's internals change between releases: one file wraps them.
IMGUI_INTERNAL = re.compile(r"#\s*include\s*[<\"]imgui_internal\.h[>\"]")
IMGUI_WRAPPER = os.path.join("ui", "widgets", "imgui_ext.cpp")


def sources(root):
    for dirpath, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith((".hpp", ".cpp")):
                yield os.path.join(dirpath, name)


def check(src):
    problems = []
    for layer in sorted(os.listdir(src)):
        top = os.path.join(src, layer)
        if not os.path.isdir(top):
            continue
        if layer not in ALLOWED:
            problems.append(f"{top}: unknown layer '{layer}' (add it to ALLOWED in {__file__})")
            continue
        for path in sources(top):
            with open(path, encoding="utf-8", errors="replace") as f:
                for number, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if m and m.group(1) in ALLOWED:
                        target = m.group(1)
                        if target != layer and target not in ALLOWED[layer]:
                            problems.append(
                                f"{path}:{number}: {layer} must not include "
                                f'"{target}/{m.group(2)}" '
                                f"({layer} may use: {', '.join(sorted(ALLOWED[layer])) or 'nothing of ours'})")
                    if IMGUI_INTERNAL.search(line) and os.path.relpath(path, src) != IMGUI_WRAPPER:
                        problems.append(f"{path}:{number}: imgui_internal.h outside {IMGUI_WRAPPER} "
                                        "(add what you need to ui/widgets/imgui_ext)")
                    if layer == "ui":
                        for pattern, what in UI_FORBIDDEN:
                            if pattern.search(line):
                                problems.append(f"{path}:{number}: ui must not use {what}: {line.strip()}")
    return problems


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check(argv[1])
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} layer violation(s)", file=sys.stderr)
        return 1
    print(f"layers ok: {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
