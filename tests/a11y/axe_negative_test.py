#!/usr/bin/env python3
"""CTest: the accessibility check can fail. A page with a skipped heading
level and light grey text must be reported with exactly those rules
(heading-order, color-contrast), and a clean page must pass."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import axe_check  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))


def main():
    missing = axe_check.tools_missing()
    if missing:
        print("axe_negative_test: missing " + ", ".join(missing) +
              " (scripts/setup.sh installs them)", file=sys.stderr)
        return 2
    bad = {v["id"] for v in axe_check.violations(os.path.join(here, "bad_report.html"))}
    good = axe_check.violations(os.path.join(here, "good_report.html"))
    failures = []
    for rule in ("heading-order", "color-contrast"):
        if rule not in bad:
            failures.append("bad_report.html: %s not detected (found: %s)" % (rule, sorted(bad)))
    if good:
        failures.append(axe_check.describe("good_report.html", good))
    for failure in failures:
        print(failure, file=sys.stderr)
    if not failures:
        print("axe detects %s in bad_report.html; good_report.html passes" % ", ".join(sorted(bad)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
