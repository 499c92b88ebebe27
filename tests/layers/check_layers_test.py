#!/usr/bin/env python3
"""Negative and positive tests of check_layers.py on small fake source trees:
a forbidden include or SQL in the UI must fail naming file and line, an
allowed tree must pass. Run by CTest (tests/CMakeLists.txt)."""

import os
import subprocess
import sys
import tempfile

CHECK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "check_layers.py")


def tree(files):
    root = tempfile.mkdtemp(prefix="innspill-layers-")
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return root


def run(root):
    r = subprocess.run([sys.executable, CHECK, root], capture_output=True, text=True)
    return r.returncode, r.stdout


failures = []


def expect(name, files, code, *needles):
    root = tree(files)
    got, out = run(root)
    if got != code:
        failures.append(f"{name}: exit {got}, expected {code}\n{out}")
    for n in needles:
        if n not in out:
            failures.append(f"{name}: output lacks {n!r}\n{out}")


GOOD = {
    "model/event.hpp": '#pragma once\n#include "lang/keys.hpp"\n',
    "store/file.cpp": '#include "model/event.hpp"\n#include <sqlite3.h>\n',
    "io/csv.cpp": '#include "model/event.hpp"\n',
    "app/session.cpp": '#include "store/file.hpp"\n#include "io/csv.hpp"\n',
    "ui/shell/panel.cpp": '#include "app/session.hpp"\n#include "ui/widgets/w.hpp"\n#include <imgui.h>\n',
    "cli/main.cpp": '#include "app/session.hpp"\n#include "io/csv.hpp"\n#include "platform/run.hpp"\n',
    "platform/run.cpp": '#include "ui/shell/panel.hpp"\n',
}
expect("allowed tree passes", GOOD, 0, "layers ok")
expect("ui includes io", {**GOOD, "ui/export/x.cpp": '// a\n#include "io/report/doc.hpp"\n'}, 1,
       "ui/export/x.cpp:2:", '"io/report/doc.hpp"')
expect("cli includes store", {**GOOD, "cli/k.cpp": '#include "store/event_file.hpp"\n'}, 1,
       "cli/k.cpp:1:", '"store/event_file.hpp"')
expect("platform includes io", {**GOOD, "platform/p.hpp": '#include "io/settings_json.hpp"\n'}, 1,
       "platform/p.hpp:1:")
expect("model includes store", {**GOOD, "model/m.hpp": '\n\n#include "store/x.hpp"\n'}, 1, "model/m.hpp:3:")
expect("store includes app", {**GOOD, "store/s.cpp": '#include "app/a.hpp"\n'}, 1, "store/s.cpp:1:")
expect("SQL in ui", {**GOOD, "ui/w/q.cpp": 'auto q = "SELECT id FROM rooms";\n'}, 1, "ui/w/q.cpp:1:", "SQL")
expect("sqlite in ui", {**GOOD, "ui/w/q.cpp": "#include <sqlite3.h>\n"}, 1, "ui/w/q.cpp:1:", "sqlite3")
expect("stream in ui", {**GOOD, "ui/w/f.cpp": "std::ofstream out(path);\n"}, 1, "ui/w/f.cpp:1:", "file stream")
expect("imgui internals outside the wrapper", {**GOOD, "ui/wall/c.cpp": "#include <imgui.h>\n#include <imgui_internal.h>\n"},
       1, "ui/wall/c.cpp:2:", "imgui_internal.h")
expect("imgui internals in the wrapper", {**GOOD, "ui/widgets/imgui_ext.cpp": "#include <imgui_internal.h>\n"}, 0)
expect("unknown layer", {**GOOD, "gui/x.cpp": "\n"}, 1, "unknown layer 'gui'")

for f in failures:
    print("FAIL", f)
print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
