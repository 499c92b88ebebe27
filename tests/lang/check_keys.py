#!/usr/bin/env python3
"""No catalogue key is missing and none is unused; bokmål and English are complete.

    check_keys.py REPO_ROOT [ALLOW_LIST]

Scans src/**/*.{cpp,hpp} (comments stripped) for string literals:
  - missing: a literal passed to tr(…) / ctx.tr(…) / lang::tr(…), or any
    literal that looks like a catalogue key (dotted, starting with one of the
    catalogue's first segments, e.g. "wall.show"; most keys reach tr through
    helpers), that the catalogue lacks, except test-recorder IDs (record("…")
    and the allow-list's "id" lines) and plural stems (its "suffix" lines);
  - unused: a catalogue key no source literal names, unless it starts with a
    "prefix" of the allow-list (keys put together at run time).
The allow-list is key_allow_list.txt beside this script, with a why per entry.
And on the JSON files themselves (assets/lang): every bokmål key has a
non-empty English text, in the UI files and the report files, so English
never falls back to bokmål. (nn may be partial; the build warns.)

Run by CTest as lang_keys; prints every problem, exits 1 if there is any.
"""

import json
import os
import re
import sys

KEY_SHAPE = re.compile(r"^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$")
# tr("key") and tr(language, "key"), also as ctx.tr, ctx().tr, lang::tr.
TR_CALL = re.compile(r'\btr\(\s*(?:[A-Za-z_][\w:.()>-]*\s*,\s*)?"((?:[^"\\]|\\.)*)"')


def strip_comments(code):
    """`code` with comments blanked out, string and char literals kept."""
    out = []
    i, n = 0, len(code)
    while i < n:
        c = code[i]
        if code.startswith("//", i):
            end = code.find("\n", i)
            i = n if end < 0 else end
        elif code.startswith("/*", i):
            end = code.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(" ")
        elif c in "\"'":
            # A digit separator (1'000) is not a char literal.
            if c == "'" and i > 0 and code[i - 1].isalnum():
                out.append(c)
                i += 1
                continue
            j = i + 1
            while j < n and code[j] != c:
                j += 2 if code[j] == "\\" else 1
            out.append(code[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def literals(code):
    """(literal, is the argument of a …record( call) for each string literal."""
    for match in re.finditer(r'"((?:[^"\\\n]|\\.)*)"', code):
        before = code[max(0, match.start() - 20):match.start()]
        yield match.group(1), re.search(r"record\(\s*$", before) is not None


def load_allow_list(path):
    """(prefixes, suffixes, ids) from the allow-list file."""
    kinds = {"prefix": [], "suffix": [], "id": []}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            if len(words) != 2 or words[0] not in kinds:
                raise SystemExit(f"{path}:{number}: expected 'prefix|suffix|id VALUE'")
            kinds[words[0]].append(words[1])
    return kinds["prefix"], tuple(kinds["suffix"]), set(kinds["id"])


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main(argv):
    if len(argv) not in (2, 3):
        print("usage: check_keys.py REPO_ROOT [ALLOW_LIST]", file=sys.stderr)
        return 2
    root = argv[1]
    allow_list = argv[2] if len(argv) == 3 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "key_allow_list.txt")
    prefixes, suffixes, not_keys = load_allow_list(allow_list)
    lang_dir = os.path.join(root, "assets", "lang")
    problems = []

    catalogue = {}
    for name in ("nb.json", os.path.join("report", "nb.json")):
        catalogue.update(load_json(os.path.join(lang_dir, name)))
    english = {}
    for name in ("en.json", os.path.join("report", "en.json")):
        english.update(load_json(os.path.join(lang_dir, name)))
    for key in sorted(catalogue):
        if not catalogue[key]:
            problems.append(f"incomplete: {key!r} has no bokmål text")
        if not english.get(key):
            problems.append(f"incomplete: {key!r} has no English text (en.json or report/en.json)")

    first_segments = {key.split(".")[0] for key in catalogue}
    mentioned = set()
    for folder, _, files in os.walk(os.path.join(root, "src")):
        for file in sorted(files):
            if not file.endswith((".cpp", ".hpp")):
                continue
            path = os.path.join(folder, file)
            where = os.path.relpath(path, root)
            with open(path, encoding="utf-8") as f:
                code = strip_comments(f.read())
            for key in TR_CALL.findall(code):
                if key not in catalogue:
                    problems.append(f"missing: {where}: tr(\"{key}\") is not in the catalogue")
            for literal, recorded in literals(code):
                mentioned.add(literal)
                mentioned.update(literal + suffix for suffix in suffixes)
                if (KEY_SHAPE.match(literal) and literal.split(".")[0] in first_segments and
                        literal not in catalogue and not recorded and literal not in not_keys and
                        not any(literal + suffix in catalogue for suffix in suffixes)):
                    problems.append(
                        f"missing: {where}: \"{literal}\" looks like a key but is not in the "
                        "catalogue")

    for literal in sorted(not_keys):
        if literal not in mentioned:
            problems.append(f"stale allow-list: id {literal} is no longer in src/")
        if literal in catalogue:
            problems.append(f"allow-list: id {literal} is a catalogue key")
    for suffix in suffixes:
        if not any(key.endswith(suffix) for key in catalogue):
            problems.append(f"stale allow-list: no catalogue key ends with \"{suffix}\"")
    for prefix in prefixes:
        if prefix not in mentioned:
            problems.append(f"stale allow-list: no literal \"{prefix}\" in src/")
        if not any(key.startswith(prefix) for key in catalogue):
            problems.append(f"stale allow-list: no catalogue key starts with \"{prefix}\"")
    for key in sorted(catalogue):
        if key not in mentioned and not key.startswith(tuple(prefixes)):
            problems.append(f"unused: {key!r} is named nowhere in src/")

    for problem in sorted(set(problems)):
        print(problem)
    print(f"{len(catalogue)} keys, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
