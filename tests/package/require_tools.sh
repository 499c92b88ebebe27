# Sourced by the package tests: `require_tools TOOL...` exits 77 (CTest's
# SKIP_RETURN_CODE) when a tool is missing, naming the Debian package that
# scripts/setup.sh installs it from. Missing tools are the only reason to skip.
require_tools() {
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "SKIP: $tool is not installed (scripts/setup.sh installs it)"
      exit 77
    fi
  done
}

# The expected file list without comments or blank lines.
expected_files() {
  grep -v -e '^#' -e '^$' "$1"
}
