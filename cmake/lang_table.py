#!/usr/bin/env python3
"""Builds the string catalogue's C++ table from assets/lang (docs/ui-strings.md).

    lang_table.py LANG_DIR OUTPUT

Per language (nb, nn, en) it reads LANG_DIR/<lang>.json (the UI) and
LANG_DIR/report/<lang>.json (the reports' own words, keys "report.*"): flat
JSON objects, key -> text, UTF-8. Bokmål is the source language and defines
the key set; nn and en may lack keys (or leave them empty, as translation
tools export untranslated strings) and then fall back to bokmål, with a
warning per key. Everything else that is wrong stops the build with the file
and key named: a key bokmål does not have, a value that is not a string,
invalid UTF-8, a repeated key.

OUTPUT gets `constexpr std::array<Entry, N> kEntries{...}` for
src/lang/catalogue.cpp, sorted by key, as plain string literals.

Why Python: it runs on the build host, also when cross-compiling (Windows
later), where a generator written in C++ would need a second, host compiler;
python3 is in Debian's base system.
"""

import json
import os
import sys

LANGUAGES = ("nb", "nn", "en")  # the order of the columns in lang::Entry
SOURCE = "nb"
REPORT_PREFIX = "report."
LITERAL_BYTES = 72  # split longer literals into adjacent ones, for readable diffs


class CatalogueError(Exception):
    pass


def reject_duplicates(path):
    def hook(pairs):
        seen = {}
        for key, value in pairs:
            if key in seen:
                raise CatalogueError(f"{path}: key {key!r} appears twice")
            seen[key] = value
        return seen

    return hook


def load(path, required):
    """The file's key -> text; {} when it does not exist and is not required."""
    if not os.path.exists(path):
        if required:
            raise CatalogueError(f"{path}: missing")
        return None
    with open(path, "rb") as f:
        data = f.read()
    # surrogateescape keeps invalid bytes as lone surrogates, so the check
    # below can name the key they are in instead of a byte offset.
    text = data.decode("utf-8", errors="surrogateescape")
    if text.startswith("\ufeff"):
        raise CatalogueError(f"{path}: starts with a byte order mark; save as UTF-8 without BOM")
    try:
        table = json.loads(text, object_pairs_hook=reject_duplicates(path))
    except json.JSONDecodeError as error:
        raise CatalogueError(f"{path}:{error.lineno}:{error.colno}: not valid JSON: {error.msg}")
    if not isinstance(table, dict):
        raise CatalogueError(f"{path}: must be one JSON object of key -> text")
    for key, value in table.items():
        if not is_utf8(key):
            raise CatalogueError(f"{path}: a key is not valid UTF-8: {key!r}")
        if not isinstance(value, str):
            raise CatalogueError(
                f"{path}: key {key!r}: the value must be a string, not {type(value).__name__}")
        if not is_utf8(value):
            raise CatalogueError(f"{path}: key {key!r}: the text is not valid UTF-8")
        if "\0" in value or "\0" in key:
            raise CatalogueError(f"{path}: key {key!r}: contains a NUL character")
    return table


def is_utf8(text):
    # Invalid bytes (surrogateescape) and "\ud800" escapes both end up as
    # lone surrogates, which strict UTF-8 encoding refuses.
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def read_language(lang_dir, language):
    ui_path = os.path.join(lang_dir, f"{language}.json")
    report_path = os.path.join(lang_dir, "report", f"{language}.json")
    required = language == SOURCE
    ui = load(ui_path, required)
    report = load(report_path, required)
    files = {}
    merged = {}
    for path, table in ((ui_path, ui), (report_path, report)):
        for key, value in (table or {}).items():
            in_report = path == report_path
            if in_report != key.startswith(REPORT_PREFIX):
                where = "report words" if in_report else "UI texts"
                raise CatalogueError(
                    f"{path}: key {key!r}: {where} belong in "
                    f"{'report/' if not in_report else ''}{language}.json "
                    f"(keys starting with {REPORT_PREFIX!r} go in report/<lang>.json only)")
            merged[key] = value
            files[key] = path
    present = [p for p, t in ((ui_path, ui), (report_path, report)) if t is not None]
    return merged, files, present


def c_literal(text):
    """`text` as one or more adjacent C++ string literals, UTF-8 bytes kept."""
    pieces = []
    current = []
    size = 0
    for char in text:
        if char == "\\":
            piece = "\\\\"
        elif char == '"':
            piece = '\\"'
        elif char == "\n":
            piece = "\\n"
        elif char == "\t":
            piece = "\\t"
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            # Octal escapes stop after three digits; a hex escape would run
            # on into a following hex digit.
            piece = f"\\{ord(char):03o}"
        else:
            piece = char
        length = len(piece.encode("utf-8"))
        # Split only between characters, never inside an escape or a
        # multi-byte sequence.
        if current and size + length > LITERAL_BYTES:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(piece)
        size += length
    pieces.append("".join(current))
    return "\n        ".join(f'"{p}"' for p in pieces)


def build(lang_dir):
    tables = {}
    warnings = []
    inputs = []
    for language in LANGUAGES:
        table, files, present = read_language(lang_dir, language)
        tables[language] = table
        inputs += present
        if language == SOURCE:
            continue
        for key in sorted(table):
            if key not in tables[SOURCE]:
                raise CatalogueError(
                    f"{files[key]}: key {key!r} is not in the bokmål catalogue "
                    f"({SOURCE}.json / report/{SOURCE}.json defines the keys)")
    source = tables[SOURCE]
    for key, value in source.items():
        if value == "":
            raise CatalogueError(f"key {key!r}: the bokmål text is empty")
    for language in LANGUAGES:
        if language == SOURCE:
            continue
        missing = [key for key in sorted(source) if tables[language].get(key, "") == ""]
        # The first few by name (all with INNSPILL_LANG_VERBOSE=1), so a
        # half-done translation does not bury the build's own output.
        shown = missing if os.environ.get("INNSPILL_LANG_VERBOSE") else missing[:5]
        for key in shown:
            warnings.append(f"warning: lang: {language}: {key!r} not translated; using bokmål")
        if len(shown) < len(missing):
            warnings.append(f"warning: lang: {language}: … and {len(missing) - len(shown)} more "
                            "(INNSPILL_LANG_VERBOSE=1 lists them)")
        if missing:
            warnings.append(
                f"warning: lang: {language}: {len(missing)} of {len(source)} keys fall back to bokmål")
    rows = []
    for key in sorted(source, key=lambda k: k.encode("utf-8")):
        texts = [source[key]]
        for language in LANGUAGES[1:]:
            value = tables[language].get(key, "")
            texts.append(value if value != "" else source[key])
        rows.append("    Entry{" + c_literal(key) + ",\n        " +
                    ",\n        ".join(c_literal(t) for t in texts) + "},")
    output = ("// Generated by cmake/lang_table.py from " + ", ".join(
        os.path.relpath(p, lang_dir) for p in inputs) + ". Do not edit;\n"
              "// edit assets/lang/*.json instead (docs/ui-strings.md).\n"
              f"constexpr std::array<Entry, {len(rows)}> kEntries{{{{\n" + "\n".join(rows) +
              "\n}};\n")
    return output, warnings


def main(argv):
    if len(argv) != 3:
        print("usage: lang_table.py LANG_DIR OUTPUT", file=sys.stderr)
        return 2
    lang_dir, out_path = argv[1], argv[2]
    try:
        output, warnings = build(lang_dir)
    except CatalogueError as error:
        print(f"error: lang: {error}", file=sys.stderr)
        return 1
    for warning in warnings:
        print(warning, file=sys.stderr)
    os.makedirs(os.path.dirname(out_path) or ".", exist_ok=True)
    # Rewrite only on change so that catalogue.cpp is not recompiled for a
    # touched but unchanged JSON file.
    try:
        with open(out_path, encoding="utf-8") as f:
            if f.read() == output:
                return 0
    except FileNotFoundError:
        pass
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
