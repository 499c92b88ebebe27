#!/usr/bin/env bash
# Installs the Debian 12 packages Innspill needs (only those missing), then
# configures and builds into build/. Used by run.sh, test.sh and .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  # build
  cmake g++ make ninja-build pkg-config ccache python3
  libimgui-dev libglfw3-dev libgl-dev libstb-dev
  libsqlite3-dev libcereal-dev rapidjson-dev libcli11-dev catch2
  # build: the PDF writer draws with cairo and Pango; its tests read back with poppler
  libcairo2-dev libpango1.0-dev poppler-utils
  # build: the DOCX writer deflates its parts with libdeflate (its tests read
  # them back with libzip); the XLSX writer uses libxlsxwriter
  libdeflate-dev libzip-dev libxlsxwriter-dev
  # build: photos of flipcharts — JPEG through libjpeg-turbo (decoding at 1/2…1/8
  # scale makes 12-megapixel phone photos cheap); PNG and resampling through libstb
  libjpeg62-turbo-dev
  # runtime: a font with æøå and typographic punctuation; Mesa for OpenGL 3
  fonts-dejavu-core libgl1-mesa-dri libglx-mesa0
  # runtime: the UI face (Inter) and the icons merged into it (issue 15's design system)
  fonts-inter fonts-material-design-icons-iconfont
  # tests: the screenshot smoke test runs the real window under Xvfb
  xvfb xauth
  # tests: hand-ins through a real sync engine, two instances on 127.0.0.1 (label "syncthing")
  syncthing
  # tests: the report writers' output is read back with real readers
  libcmark-dev libxml2-dev tidy
  # tests: the HTML reports' accessibility check runs axe-core (from npm, below) in
  # headless Chromium; npm (Debian's npm, or the one nodejs ships) fetches axe-core
  # once into a cache
  chromium
  # tests: the libFuzzer targets (clang-14 with its sanitizer and fuzzer runtimes)
  clang-14 libclang-rt-14-dev
  # packaging (scripts/package.sh) and its tests (tests/package/, label "package"):
  # dpkg-shlibdeps and lintian for the .deb, the desktop/AppStream/MIME validators,
  # update-mime-database and gio to check an event file's MIME type, file for "stripped"
  dpkg-dev lintian desktop-file-utils appstream libxml2-utils shared-mime-info libglib2.0-bin file
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
if ((${#missing[@]})); then
  echo "innspill: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# axe-core for the offline accessibility test (tests/a11y), pinned; installed
# once into a cache folder outside the repository, used from there offline.
axe_version=4.10.3
axe_dir=${INNSPILL_AXE_DIR:-$HOME/.cache/innspill/axe}
if ! grep -qs "axe v$axe_version" "$axe_dir/node_modules/axe-core/axe.min.js"; then
  if ! command -v npm >/dev/null; then
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends npm
  fi
  echo "innspill: installing axe-core $axe_version into $axe_dir"
  mkdir -p "$axe_dir"
  npm install --no-save --no-audit --no-fund --prefix "$axe_dir" "axe-core@$axe_version" >/dev/null
fi

build_type=${INNSPILL_BUILD_TYPE:-RelWithDebInfo}
cmake -S . -B build -G "$(scripts/generator.sh build)" -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build build -j"$(nproc)"
