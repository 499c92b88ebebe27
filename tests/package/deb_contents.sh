#!/bin/sh
# Builds the .deb from BUILD_DIR with cpack into a scratch folder and checks
# it: its name and version, exactly the expected files under /usr, the
# dependencies, a stripped binary, and no lintian errors.
#   deb_contents.sh BUILD_DIR EXPECTED_LIST VERSION
set -eu
. "$(dirname "$0")/require_tools.sh"
require_tools cpack dpkg-deb dpkg-shlibdeps lintian file
build=$1
expected=$2
version=$3

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cpack --config "$build/CPackConfig.cmake" -B "$scratch" >"$scratch/cpack.log" 2>&1 ||
  { cat "$scratch/cpack.log"; exit 1; }
arch=$(dpkg --print-architecture)
deb="$scratch/innspill_${version}_${arch}.deb"
if [ ! -f "$deb" ]; then
  cat "$scratch/cpack.log"
  echo "FAIL: no $deb"
  exit 1
fi

failed=0
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = innspill ] || { echo "FAIL: Package is $(field Package)"; failed=1; }
[ "$(field Version)" = "$version" ] || { echo "FAIL: Version is $(field Version)"; failed=1; }
case "$(field Depends)" in
*fonts-dejavu-core*) ;;
*) echo "FAIL: Depends lacks fonts-dejavu-core: $(field Depends)"; failed=1 ;;
esac
case "$(field Depends)" in
*libglfw3*) ;;
*) echo "FAIL: Depends lacks libglfw3 (dpkg-shlibdeps did not run?): $(field Depends)"; failed=1 ;;
esac

dpkg-deb --contents "$deb" | awk '{print $6}' | grep -v '/$' | sed 's|^\./usr/||' | sort \
  >"$scratch/actual"
expected_files "$expected" | sort >"$scratch/expected"
if ! diff -u "$scratch/expected" "$scratch/actual"; then
  echo "FAIL: the package's files differ from $expected (- expected, + packaged)"
  failed=1
fi

dpkg-deb --extract "$deb" "$scratch/root"
case "$(file -b "$scratch/root/usr/bin/innspill")" in
*", stripped"*) ;;
*) echo "FAIL: usr/bin/innspill is not stripped"; failed=1 ;;
esac

# Errors fail the test; warnings are printed (README "Install" lists the
# ones that remain and why).
lintian --tag-display-limit 0 --fail-on error "$deb" || { echo "FAIL: lintian errors"; failed=1; }
[ $failed -eq 0 ] && echo "ok: $deb"
exit $failed
