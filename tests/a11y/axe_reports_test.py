#!/usr/bin/env python3
"""CTest: the HTML reports as `innspill export` writes them pass axe-core
(WCAG 2.1 A/AA and best practices) in headless Chromium, offline.

Exports the demo event (sessions/demo.json) as the proceedings, the thematic
report, the internal proceedings with the appendix and the challenge report,
then checks each;
any violation fails the test and is named (rule, impact, elements).

Usage: axe_reports_test.py INNSPILL_BINARY SOURCE_DIR
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import axe_check  # noqa: E402


def run(*command):
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        print(" ".join(command) + " failed:\n" + done.stdout + done.stderr, file=sys.stderr)
        sys.exit(2)


def main(binary, source):
    missing = axe_check.tools_missing()
    if missing:
        print("axe_reports_test: missing " + ", ".join(missing) +
              " (scripts/setup.sh installs them)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="innspill-axe-reports-") as work:
        env_home = os.path.join(work, "config")
        os.environ["XDG_CONFIG_HOME"] = env_home
        event = os.path.join(work, "demo.innspill")
        run(binary, "import-json", event, os.path.join(source, "sessions", "demo.json"))
        reports = {
            "proceedings.html": [],
            "thematic.html": ["--report", "thematic"],
            "appendix.html": ["--include-appendix"],
            "challenges.html": ["--report", "challenges"],
        }
        files = []
        for name, options in reports.items():
            out = os.path.join(work, name)
            run(binary, "export", event, "--format", "html", "-o", out, *options)
            files.append(out)
        return axe_check.main(files)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
