#!/usr/bin/env bash
# innspill.exe under Wine creates, kits, merges and exports events in a folder
# named with æøå and « » (issue 18: `Åpen arena/Møte «2026»`), and every file
# it makes has the name asked for (a path read in the ANSI code page would
# show as "MÃ¸te" on the Linux side).
#
#   unicode_folders.sh DIR INNSPILL.EXE      (DIR exists and is empty)
set -euo pipefail
dir=$1
exe=$2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# Wine turns the Unix arguments into Windows text with LC_CTYPE's charset: UTF-8
# (nb_NO.UTF-8 may not be installed; LANG still picks the language).
run() { LC_CTYPE=C.UTF-8 LANG=nb_NO.UTF-8 wine "$exe" "$@"; }
fail() {
    echo "unicode_folders: $*" >&2
    ls -la "$dir" >&2
    exit 1
}
passed=0
check() { # description command...
    local what=$1
    shift
    "$@" || fail "$what"
    passed=$((passed + 1))
}

master="$dir/Møte «2026».innspill"
kit="$dir/Kit for Åse Ødegård.innspill"
check "import-json" run import-json "$master" "$root/sessions/demo.json" >/dev/null
check "the event file's name" test -f "$master"
check "kit" run kit "$master" -o "$kit" --facilitator "Åse Ødegård" >/dev/null
check "the kit's name" test -f "$kit"
check "merge" run merge "$master" "$kit" >/dev/null
check "export md" run export "$master" --format md -o "$dir/Referat «æøå».md" >/dev/null
check "the report's name" test -s "$dir/Referat «æøå».md"
check "export pdf into the folder" run export "$master" --format pdf -o "$dir" >/dev/null
check "export docx" run export "$master" --format docx -o "$dir/Referat «æøå».docx" >/dev/null
check "export xlsx" run export "$master" --format xlsx -o "$dir/Innspill «æøå».xlsx" >/dev/null
check "history" run history "$master" >/dev/null
check "check" run check "$master" >/dev/null
check "a PDF named after the event" compgen -G "$dir/*.pdf" >/dev/null
if ls "$dir" | grep -q 'Ã'; then
    fail "a name was read in the ANSI code page"
fi
passed=$((passed + 1))
echo "unicode folders: $passed passed, 0 failed"
