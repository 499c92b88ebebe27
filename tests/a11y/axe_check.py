#!/usr/bin/env python3
"""Offline accessibility check of HTML files with axe-core in headless Chromium.

Each file is copied into a temporary folder with axe.min.js and a small
runner appended to its body; Chromium loads it from disk (no network), axe
runs the WCAG 2.1 A/AA rules and best practices, and the runner writes the
violations as JSON into the DOM, which --dump-dom prints.

Usage: axe_check.py FILE.html...   (exit 0: no violation, 1: violations, 2: could not run)
AXE_JS: path of axe.min.js (default $INNSPILL_AXE_DIR/node_modules/axe-core/axe.min.js,
INNSPILL_AXE_DIR defaulting to ~/.cache/innspill/axe, as scripts/setup.sh installs it); CHROMIUM: the browser (default chromium).
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

AXE_DIR = os.environ.get("INNSPILL_AXE_DIR", os.path.expanduser("~/.cache/innspill/axe"))
AXE_JS = os.environ.get("AXE_JS", os.path.join(AXE_DIR, "node_modules", "axe-core", "axe.min.js"))
CHROMIUM = os.environ.get("CHROMIUM", "chromium")
MARK = "innspill-axe-result"

RUNNER = """
<script src="axe.min.js"></script>
<script>
axe.run(document, {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
  resultTypes: ["violations"]
}).then(function (results) {
  var out = document.createElement("pre");
  out.id = "%s";
  out.textContent = JSON.stringify(results.violations.map(function (v) {
    return { id: v.id, impact: v.impact, help: v.help,
             nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(" ") + ": " + n.failureSummary; }),
             count: v.nodes.length };
  }));
  document.body.appendChild(out);
}, function (error) {
  var out = document.createElement("pre");
  out.id = "%s";
  out.textContent = JSON.stringify({ error: String(error) });
  document.body.appendChild(out);
});
</script>
""" % (MARK, MARK)


class CannotRun(Exception):
    pass


def tools_missing():
    missing = []
    if not os.path.isfile(AXE_JS):
        missing.append("axe-core (" + AXE_JS + ")")
    if shutil.which(CHROMIUM) is None:
        missing.append("chromium")
    return missing


def violations(path):
    """The axe violations of one HTML file, as dicts (id, impact, help, nodes, count)."""
    with open(path, encoding="utf-8") as f:
        page = f.read()
    at = page.rfind("</body>")
    if at < 0:
        raise CannotRun(path + ": no </body>")
    with tempfile.TemporaryDirectory(prefix="innspill-axe-") as work:
        shutil.copy(AXE_JS, os.path.join(work, "axe.min.js"))
        target = os.path.join(work, "page.html")
        with open(target, "w", encoding="utf-8") as f:
            f.write(page[:at] + RUNNER + page[at:])
        command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                   "--no-first-run", "--disable-extensions", "--allow-file-access-from-files",
                   "--user-data-dir=" + os.path.join(work, "profile"),
                   "--window-size=1200,1600",
                   "--virtual-time-budget=60000", "--dump-dom", "file://" + target]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=240)
        except subprocess.TimeoutExpired:
            raise CannotRun(path + ": chromium timed out")
    found = re.search(r'<pre id="%s">(.*?)</pre>' % MARK, done.stdout, re.S)
    if not found:
        raise CannotRun(path + ": axe wrote no result (chromium exit %d): %s"
                        % (done.returncode, done.stderr.strip()[-400:]))
    result = json.loads(html.unescape(found.group(1)))
    if isinstance(result, dict):
        raise CannotRun(path + ": axe failed: " + result.get("error", "?"))
    return result


def describe(path, found):
    lines = []
    for v in found:
        lines.append("%s: %s (%s, %d element(s)): %s" % (path, v["id"], v["impact"], v["count"], v["help"]))
        for node in v["nodes"]:
            lines.append("    " + " ".join(node.split()))
    return "\n".join(lines)


def main(files):
    missing = tools_missing()
    if missing:
        print("axe_check: missing " + ", ".join(missing) + " (scripts/setup.sh installs them)",
              file=sys.stderr)
        return 2
    status = 0
    for path in files:
        try:
            found = violations(path)
        except CannotRun as error:
            print("axe_check: " + str(error), file=sys.stderr)
            return 2
        if found:
            print(describe(path, found))
            status = 1
        else:
            print("%s: no accessibility violations" % path)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
