#!/usr/bin/env bash
# The Windows dependency stack, cross-built once from Debian's own source
# packages into a cache outside any build folder (README "Windows").
#
#   scripts/windows-deps.sh                 build what is missing, print the prefix
#   scripts/windows-deps.sh --print-prefix  only print where the prefix is (or would be)
#   scripts/windows-deps.sh --cached-prefix print the prefix only when it is complete
#                                           (every stage built); exit 1 otherwise,
#                                           without apt or downloads (for CI)
#
# The prefix is ~/.cache/innspill/mingw-<key>, where <key> hashes the source
# package versions used and this script (so a changed recipe builds a new
# prefix; old ones can be deleted by hand). INNSPILL_CACHE moves the cache,
# INNSPILL_MINGW_PREFIX names a prefix outright (keep one fixed while
# changing this script, or every change starts the stack over). Each library is one stage,
# skipped when its stamp is in the prefix; each stage's log is kept in
# <prefix>/logs and its time printed.
#
# Licences: glib, pango, cairo and fribidi (LGPL) are built as DLLs, and so
# are the libraries both they and the program use (freetype, fontconfig,
# harfbuzz, zlib): one copy of their state per process. The rest is static.
# Needs root for apt (a deb-src line, the MinGW -posix compilers, wine, nsis,
# msitools, build tools); nothing is downloaded outside Debian's archive.
set -euo pipefail

HOST=x86_64-w64-mingw32
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SELF="$ROOT/scripts/windows-deps.sh"
CACHE=${INNSPILL_CACHE:-$HOME/.cache/innspill}
SRC="$CACHE/src"
JOBS=${JOBS:-2}
NICE=${NICE:-19}

# Tools on the Debian side: compilers, runtime, packagers, build systems.
TOOLS=(gcc-mingw-w64-x86-64-posix g++-mingw-w64-x86-64-posix libz-mingw-w64-dev
       wine nsis msitools wixl xvfb zip meson ninja-build cmake pkgconf dpkg-dev python3 tcl gperf
       libcereal-dev)
# Source packages built here, in build order (a stage each).
SOURCES=(libstb glfw3 imgui sqlite3 libzip libxlsxwriter libffi pcre2 glib2.0 fribidi
         libpng1.6 freetype expat fontconfig pixman harfbuzz cairo pango1.0
         libxml2 cmark rapidjson cli11 catch2 libdeflate libjpeg-turbo)

log() { printf '%s\n' "$*" >&2; }

# --- Debian: the deb-src line and the tools ----------------------------------

ensure_deb_src() {
    if grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        return
    fi
    log "adding deb-src for the configured Debian archive"
    if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
        sed -E 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
            >/etc/apt/sources.list.d/innspill-deb-src.sources
    else
        grep -hE '^deb ' /etc/apt/sources.list | grep -E 'debian' | sed 's/^deb /deb-src /' \
            >/etc/apt/sources.list.d/innspill-deb-src.list
    fi
    apt-get update -q >&2
}

ensure_tools() {
    local missing=()
    for p in "${TOOLS[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if ((${#missing[@]})); then
        log "installing: ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
    fi
}

# --- Sources -----------------------------------------------------------------

# The unpacked tree of a source package (apt-get source, newest version the
# archive really serves first: a mirror may list a security update whose files
# it does not have). Records the version used in $SRC/<pkg>.version.
fetch() {
    local pkg=$1 dir ver
    dir=$(find "$SRC" -maxdepth 1 -type d -name "$pkg-[0-9]*" | sort | tail -1)
    if [[ -n $dir && -f $SRC/$pkg.version ]]; then
        echo "$dir"
        return
    fi
    mkdir -p "$SRC"
    for ver in $(apt-cache showsrc "$pkg" | awk '/^Version:/ {print $2}' | sort -rV); do
        if (cd "$SRC" && apt-get source -q "$pkg=$ver" >"$SRC/$pkg.fetch.log" 2>&1); then
            echo "$ver" >"$SRC/$pkg.version"
            break
        fi
        # Format 1.0 packages whose .diff.gz the mirror lacks: the upstream
        # tarball is what is built anyway.
        local orig
        orig=$(find "$SRC" -maxdepth 1 -name "${pkg}_${ver%-*}.orig.tar.*" | head -1)
        if [[ -n $orig ]]; then
            mkdir -p "$SRC/$pkg-${ver%-*}"
            tar -xf "$orig" -C "$SRC/$pkg-${ver%-*}" --strip-components=1
            echo "$ver (orig)" >"$SRC/$pkg.version"
            break
        fi
    done
    [[ -f $SRC/$pkg.version ]] || { log "cannot fetch the source of $pkg"; exit 1; }
    find "$SRC" -maxdepth 1 -type d -name "$pkg-[0-9]*" | sort | tail -1
}

# --- The prefix and its key --------------------------------------------------

cache_key() {
    {
        for p in "${SOURCES[@]}"; do printf '%s %s\n' "$p" "$(cat "$SRC/$p.version")"; done
        dpkg-query -W -f='${Package} ${Version}\n' gcc-mingw-w64-x86-64-posix libcereal-dev libz-mingw-w64-dev
        sha256sum <"$SELF"
    } | sha256sum | cut -c1-12
}

# --- Build environment -------------------------------------------------------

setup_env() {
    export CC=$HOST-gcc-posix CXX=$HOST-g++-posix AR=$HOST-ar RANLIB=$HOST-ranlib
    export NM=$HOST-nm STRIP=$HOST-strip WINDRES=$HOST-windres RC=$HOST-windres DLLTOOL=$HOST-dlltool
    export CPPFLAGS="-I$P/include"
    export CFLAGS="-O2"
    export CXXFLAGS="-O2"
    # No libgcc/libstdc++ DLLs to ship with the C++ libraries.
    export LDFLAGS="-L$P/lib -static-libgcc -static-libstdc++"
    export PKG_CONFIG_LIBDIR="$P/lib/pkgconfig:$P/share/pkgconfig:/usr/$HOST/lib/pkgconfig"
    unset PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR
    CROSS="$P/share/innspill/meson-cross.ini"
    TOOLCHAIN="$ROOT/cmake/mingw-w64-x86_64.cmake"
    export INNSPILL_MINGW_PREFIX="$P"
    mkdir -p "$P/share/innspill" "$P/lib/pkgconfig" "$P/include" "$P/bin" "$P/logs" "$P/.stamps"
    cat >"$CROSS" <<EOF
[binaries]
c = '$HOST-gcc-posix'
cpp = '$HOST-g++-posix'
ar = '$HOST-ar'
strip = '$HOST-strip'
windres = '$HOST-windres'
pkgconfig = 'pkg-config'

[properties]
needs_exe_wrapper = true

[built-in options]
c_args = ['-I$P/include', '-O2']
cpp_args = ['-I$P/include', '-O2']
c_link_args = ['-L$P/lib', '-static-libgcc']
cpp_link_args = ['-L$P/lib', '-static-libgcc', '-static-libstdc++']

[host_machine]
system = 'windows'
cpu_family = 'x86_64'
cpu = 'x86_64'
endian = 'little'
EOF
}

# Parts of a source tree that are not needed here (test suites, examples,
# command-line tools), left out of its meson.build to save build time.
drop_subdirs() { # src subdir...
    local d
    for d in "${@:2}"; do
        sed -i -E "s|^(\s*)subdir\('$d'\)|\1# subdir('$d') (not for Innspill's Windows build)|" "$1/meson.build"
    done
}

# Build folders live in the cache too, one per stage, removed once installed.
bdir() { echo "$CACHE/build/$1"; }

meson_build() { # stage src meson-options...
    local b
    b=$(bdir "$1")
    rm -rf "$b"
    meson setup "$b" "$2" --cross-file "$CROSS" --prefix "$P" --libdir lib --buildtype release \
        --wrap-mode nodownload "${@:3}"
    ninja -C "$b" -j"$JOBS"
    ninja -C "$b" install
}

cmake_build() { # stage src cmake-options...
    local b
    b=$(bdir "$1")
    rm -rf "$b"
    cmake -S "$2" -B "$b" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$P" -DCMAKE_INSTALL_LIBDIR=lib -DINNSPILL_MINGW_PREFIX="$P" "${@:3}"
    ninja -C "$b" -j"$JOBS"
    ninja -C "$b" install
}

# Debian's patches touch configure.ac and Makefile.am (its own build runs
# autoreconf): dated back, so that make does not run aclocal and automake,
# which are not installed. What is built here does not need those changes.
date_back_autotools() { # src
    find "$1" \( -name configure.ac -o -name 'configure.ac.*' -o -name Makefile.am \
        -o -name Makefile.sources -o -name acinclude.m4 -o -path "$1/build/*.m4" \
        -o -path "$1/m4/*.m4" \) -exec touch -d 2000-01-01 {} +
}

autotools_build() { # stage src configure-options...
    local b
    b=$(bdir "$1")
    rm -rf "$b"
    mkdir -p "$b"
    date_back_autotools "$2"
    (cd "$b" && "$2/configure" --host=$HOST --build="$(gcc -dumpmachine)" --prefix="$P" \
        --libdir="$P/lib" "${@:3}")
    make -C "$b" -j"$JOBS"
    make -C "$b" install
}

# A static library's .pc as its users need it: private flags public (CMake and
# Meson do not ask pkg-config for --static), plus the define that turns off
# dllimport in its header.
pc_static() { # name [cflags]
    local pc="$P/lib/pkgconfig/$1.pc"
    [[ -f $pc ]] || pc="$P/share/pkgconfig/$1.pc"
    python3 - "$pc" "${2:-}" <<'EOF'
import re, sys
path, extra = sys.argv[1], sys.argv[2]
lines = open(path).read().splitlines()
fields = {}
for l in lines:
    m = re.match(r'^(Libs|Libs\.private|Cflags|Cflags\.private|Requires|Requires\.private):\s*(.*)$', l)
    if m:
        fields[m.group(1)] = m.group(2)
out = []
for l in lines:
    m = re.match(r'^(Libs|Cflags|Requires)(\.private)?:', l)
    if m:
        if m.group(2):
            continue
        key = m.group(1)
        val = ' '.join(v for v in (fields.get(key, ''), fields.get(key + '.private', '')) if v)
        if key == 'Cflags' and extra and extra not in val:
            val = (val + ' ' + extra).strip()
        out.append(f'{key}: {val}')
    else:
        out.append(l)
if 'Cflags' not in fields and extra:
    out.append(f'Cflags: {extra}')
open(path, 'w').write('\n'.join(out) + '\n')
EOF
}

# After every stage: .pc files relative to where they are (the prefix can be
# moved), no libtool archives (they pin absolute paths).
fixup_prefix() {
    local pc
    for pc in "$P"/lib/pkgconfig/*.pc "$P"/share/pkgconfig/*.pc; do
        [[ -f $pc ]] || continue
        sed -i -E "s|^prefix=.*|prefix=\${pcfiledir}/../..|; s|$P|\${prefix}|g" "$pc"
    done
    rm -f "$P"/lib/*.la
}

STAGE_TIMES=()
stage() { # name function
    local name=$1 t0=$SECONDS
    if [[ -e $P/.stamps/$name ]]; then
        log "== $name: cached"
        return
    fi
    log "== $name: building (log: $P/logs/$name.log)"
    local rc=0
    set +e
    (
        set -e
        "$2"
    ) >"$P/logs/$name.log" 2>&1
    rc=$?
    set -e
    if ((rc != 0)); then
        tail -40 "$P/logs/$name.log" >&2
        log "!! $name failed after $((SECONDS - t0)) s: $P/logs/$name.log"
        exit 1
    fi
    fixup_prefix
    rm -rf "$(bdir "$name")"
    echo "$((SECONDS - t0))" >"$P/.stamps/$name"
    STAGE_TIMES+=("$name $((SECONDS - t0)) s")
    log "== $name: $((SECONDS - t0)) s"
}

# --- The stages --------------------------------------------------------------

# A minimal libintl for glib: no translations, messages returned as given. The
# format_arg attributes keep glib's -Werror=format-nonliteral satisfied.
build_intl() {
    cat >"$P/include/libintl.h" <<'EOF'
/* Minimal libintl for the Windows build of Innspill: no translations. */
#ifndef INNSPILL_LIBINTL_H
#define INNSPILL_LIBINTL_H
#include <locale.h>
/* As GNU libintl.h: the C runtime has no LC_MESSAGES (glib's gkeyfile asks). */
#ifndef LC_MESSAGES
#define LC_MESSAGES 1729
#endif
#ifdef __cplusplus
extern "C" {
#endif
#define FA(n) __attribute__((format_arg(n)))
char *gettext(const char *msgid) FA(1);
char *dgettext(const char *domain, const char *msgid) FA(2);
char *dcgettext(const char *domain, const char *msgid, int category) FA(2);
char *ngettext(const char *msgid, const char *plural, unsigned long n) FA(1) FA(2);
char *dngettext(const char *domain, const char *msgid, const char *plural, unsigned long n) FA(2) FA(3);
char *dcngettext(const char *domain, const char *msgid, const char *plural, unsigned long n,
                 int category) FA(2) FA(3);
char *textdomain(const char *domain);
char *bindtextdomain(const char *domain, const char *dir);
char *bind_textdomain_codeset(const char *domain, const char *codeset);
#undef FA
#ifdef __cplusplus
}
#endif
#endif
EOF
    local b
    b=$(bdir intl)
    mkdir -p "$b"
    cat >"$b/intl.c" <<'EOF'
#include <libintl.h>
char *gettext(const char *m) { return (char *)m; }
char *dgettext(const char *d, const char *m) { (void)d; return (char *)m; }
char *dcgettext(const char *d, const char *m, int c) { (void)d; (void)c; return (char *)m; }
char *ngettext(const char *m, const char *p, unsigned long n) { return (char *)(n == 1 ? m : p); }
char *dngettext(const char *d, const char *m, const char *p, unsigned long n) { (void)d; return ngettext(m, p, n); }
char *dcngettext(const char *d, const char *m, const char *p, unsigned long n, int c) { (void)d; (void)c; return ngettext(m, p, n); }
char *textdomain(const char *d) { return (char *)(d ? d : "messages"); }
char *bindtextdomain(const char *d, const char *dir) { (void)d; return (char *)dir; }
char *bind_textdomain_codeset(const char *d, const char *c) { (void)d; return (char *)c; }
EOF
    $CC -O2 -I"$P/include" -c "$b/intl.c" -o "$b/intl.o"
    rm -f "$P/lib/libintl.a"
    $AR rcs "$P/lib/libintl.a" "$b/intl.o"
}

# stb as Debian's libstb: the implementations in one library, headers in
# include/stb (imgui takes stb_rect_pack and stb_truetype from it).
build_stb() {
    local s b
    s=$(fetch libstb)
    b=$(bdir stb)
    mkdir -p "$b" "$P/include/stb"
    cp "$s"/*.h "$P/include/stb/"
    cat >"$b/stb.c" <<'EOF'
#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>
#define STB_IMAGE_RESIZE_IMPLEMENTATION
#include <stb_image_resize.h>
#define STB_RECT_PACK_IMPLEMENTATION
#include <stb_rect_pack.h>
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb_truetype.h>
EOF
    $CC -O2 -I"$P/include/stb" -c "$b/stb.c" -o "$b/stb.o"
    rm -f "$P/lib/libstb.a"
    $AR rcs "$P/lib/libstb.a" "$b/stb.o"
    cat >"$P/lib/pkgconfig/stb.pc" <<EOF
prefix=$P
includedir=\${prefix}/include/stb
libdir=\${prefix}/lib
Name: stb
Description: single-file public domain libraries (Debian's libstb, static)
Version: $(cat "$SRC/libstb.version")
Libs: -L\${libdir} -lstb
Cflags: -I\${includedir}
EOF
}

build_glfw3() {
    cmake_build glfw3 "$(fetch glfw3)" -DBUILD_SHARED_LIBS=OFF -DGLFW_BUILD_EXAMPLES=OFF \
        -DGLFW_BUILD_TESTS=OFF -DGLFW_BUILD_DOCS=OFF
}

# imgui as Debian's libimgui-dev builds it (its Makefile's sources and
# defines), static, with the GLFW and OpenGL 3 backends.
build_imgui() {
    local s b f
    s=$(fetch imgui)
    b=$(bdir imgui)
    mkdir -p "$b" "$P/include/imgui/backends" "$P/include/imgui/misc/cpp"
    local objs=()
    for f in imgui.cpp imgui_demo.cpp imgui_draw.cpp imgui_tables.cpp imgui_widgets.cpp \
        misc/cpp/imgui_stdlib.cpp backends/imgui_impl_glfw.cpp backends/imgui_impl_opengl3.cpp; do
        local o="$b/$(basename "$f" .cpp).o"
        $CXX -O2 -I"$s" -I"$P/include" -DIMGUI_DISABLE_STB_RECT_PACK_IMPLEMENTATION \
            '-DIMGUI_STB_RECT_PACK_FILENAME=<stb/stb_rect_pack.h>' \
            -DIMGUI_DISABLE_STB_TRUETYPE_IMPLEMENTATION \
            '-DIMGUI_STB_TRUETYPE_FILENAME=<stb/stb_truetype.h>' -c "$s/$f" -o "$o"
        objs+=("$o")
    done
    rm -f "$P/lib/libimgui.a"
    $AR rcs "$P/lib/libimgui.a" "${objs[@]}"
    cp "$s"/*.h "$P/include/imgui/"
    cp "$s"/backends/*.h "$P/include/imgui/backends/"
    cp "$s"/misc/cpp/*.h "$P/include/imgui/misc/cpp/"
    cp "$s"/misc/cpp/imgui_stdlib.h "$P/include/imgui/" # where Debian installs it
    cat >"$P/lib/pkgconfig/imgui.pc" <<EOF
prefix=$P
libdir=\${prefix}/lib
includedir=\${prefix}/include/imgui

Name: imgui
Description: Bloat-free Immediate Mode Graphical User interface for C++
Version: 1.86
Requires: stb
Libs: -L\${libdir} -limgui -limm32
Cflags: -I\${includedir}
EOF
}

# SQLite with Debian's compile options (debian/rules): the amalgamation is
# made on the build machine (tclsh), then compiled for Windows.
build_sqlite3() {
    local s b
    s=$(fetch sqlite3)
    b=$(bdir sqlite3)
    mkdir -p "$b"
    (cd "$b" && CC=gcc CPPFLAGS= CFLAGS=-O1 LDFLAGS= "$s/configure" --disable-tcl >/dev/null \
        && make sqlite3.c)
    $CC -O2 -fno-strict-aliasing -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA \
        -DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_FTS4 \
        -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE=1 -DSQLITE_SOUNDEX=1 \
        -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_OMIT_LOOKASIDE=1 -DSQLITE_ENABLE_DBSTAT_VTAB \
        -DSQLITE_ALLOW_ROWID_IN_VIEW -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1 \
        -DSQLITE_ENABLE_LOAD_EXTENSION -DSQLITE_ENABLE_JSON1 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS \
        -DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_FTS3_TOKENIZER=1 -DSQLITE_USE_URI=1 \
        -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_PREUPDATE_HOOK -DSQLITE_ENABLE_SESSION \
        -DSQLITE_ENABLE_STMTVTAB -DSQLITE_MAX_VARIABLE_NUMBER=250000 \
        -c "$b/sqlite3.c" -o "$b/sqlite3.o"
    rm -f "$P/lib/libsqlite3.a"
    $AR rcs "$P/lib/libsqlite3.a" "$b/sqlite3.o"
    cp "$b/sqlite3.h" "$s/src/sqlite3ext.h" "$P/include/"
    cat >"$P/lib/pkgconfig/sqlite3.pc" <<EOF
prefix=$P
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: SQLite
Description: SQL database engine
Version: ${s##*-}
Libs: -L\${libdir} -lsqlite3
Cflags: -I\${includedir}
EOF
}

build_libzip() {
    cmake_build libzip "$(fetch libzip)" -DBUILD_SHARED_LIBS=OFF -DENABLE_BZIP2=OFF -DENABLE_LZMA=OFF \
        -DENABLE_GNUTLS=OFF -DENABLE_OPENSSL=OFF -DENABLE_MBEDTLS=OFF -DENABLE_COMMONCRYPTO=OFF \
        -DBUILD_TOOLS=OFF -DBUILD_REGRESS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_DOC=OFF
    pc_static libzip -DZIP_STATIC
}

build_libxlsxwriter() {
    cmake_build libxlsxwriter "$(fetch libxlsxwriter)" -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTS=OFF \
        -DBUILD_EXAMPLES=OFF
    if [[ ! -f $P/lib/pkgconfig/xlsxwriter.pc ]]; then
        cat >"$P/lib/pkgconfig/xlsxwriter.pc" <<EOF
prefix=$P
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: libxlsxwriter
Description: A C library for creating Excel XLSX files
Version: $(cat "$SRC/libxlsxwriter.version" | cut -d- -f1)
Requires.private: zlib
Libs: -L\${libdir} -lxlsxwriter
Cflags: -I\${includedir}
EOF
    fi
    pc_static xlsxwriter
}

build_libffi() {
    autotools_build libffi "$(fetch libffi)" --disable-shared --enable-static --disable-docs \
        --disable-multi-os-directory
    pc_static libffi -DFFI_STATIC_BUILD
}

# PCRE2_STATIC also while building: its own programs (pcre2posix_test) link
# the static library and would ask for __imp_ symbols without it.
build_pcre2() {
    CFLAGS="$CFLAGS -DPCRE2_STATIC" autotools_build pcre2 "$(fetch pcre2)" --disable-shared --enable-static --disable-pcre2grep-libz \
        --disable-pcre2grep-libbz2 --disable-pcre2test-libreadline
    pc_static libpcre2-8 -DPCRE2_STATIC
}

build_glib() {
    meson_build glib "$(fetch glib2.0)" -Ddefault_library=shared -Dman=false -Dgtk_doc=false \
        -Dtests=false -Dinstalled_tests=false -Dnls=disabled -Dselinux=disabled -Dxattr=false \
        -Dlibmount=disabled -Dsysprof=disabled -Dlibelf=disabled -Ddtrace=false -Dsystemtap=false \
        -Dglib_debug=disabled
}

build_fribidi() {
    local s
    s=$(fetch fribidi)
    drop_subdirs "$s" bin test
    meson_build fribidi "$s" -Ddefault_library=shared -Ddocs=false
}

build_libpng() {
    autotools_build libpng "$(fetch libpng1.6)" --disable-shared --enable-static
    pc_static libpng16
    ln -sf libpng16.pc "$P/lib/pkgconfig/libpng.pc"
}

build_freetype() {
    meson_build freetype "$(fetch freetype)" -Ddefault_library=shared -Dbrotli=disabled \
        -Dbzip2=disabled -Dharfbuzz=disabled -Dpng=disabled -Dzlib=system -Dtests=disabled
}

build_expat() {
    cmake_build expat "$(fetch expat)/expat" -DEXPAT_SHARED_LIBS=OFF -DEXPAT_BUILD_TOOLS=OFF \
        -DEXPAT_BUILD_EXAMPLES=OFF -DEXPAT_BUILD_TESTS=OFF -DEXPAT_BUILD_DOCS=OFF
    pc_static expat -DXML_STATIC
}

build_fontconfig() {
    meson_build fontconfig "$(fetch fontconfig)" -Ddefault_library=shared -Ddoc=disabled \
        -Dtests=disabled -Dtools=disabled -Dcache-build=disabled -Dnls=disabled
}

build_pixman() {
    meson_build pixman "$(fetch pixman)" -Ddefault_library=static -Dtests=disabled \
        -Dgtk=disabled -Dlibpng=disabled -Dopenmp=disabled
    pc_static pixman-1
}

build_harfbuzz() {
    meson_build harfbuzz "$(fetch harfbuzz)" -Ddefault_library=shared -Dglib=disabled \
        -Dgobject=disabled -Dcairo=disabled -Dchafa=disabled -Dicu=disabled -Dgraphite2=disabled \
        -Dfreetype=enabled -Dgdi=disabled -Ddirectwrite=disabled -Dtests=disabled \
        -Dintrospection=disabled -Ddocs=disabled -Dbenchmark=disabled
}

# cairo 1.16 (autotools) as a DLL: win32 surfaces and fonts, FreeType and
# fontconfig fonts (Pango's FT2 map), PDF and PNG. Only src/ is built. libtool
# refuses a DLL over static libraries (pixman, libpng) unless told that
# linking them in is fine.
build_cairo() {
    local s b
    s=$(fetch cairo)
    b=$(bdir cairo)
    rm -rf "$b"
    mkdir -p "$b"
    date_back_autotools "$s"
    (cd "$b" && lt_cv_deplibs_check_method=pass_all "$s/configure" --host=$HOST \
        --build="$(gcc -dumpmachine)" --prefix="$P" --libdir="$P/lib" --enable-shared \
        --disable-static --enable-win32 --enable-win32-font --enable-ft --enable-fc \
        --enable-pdf --enable-ps --enable-png --disable-svg --disable-xlib --disable-xcb \
        --disable-xlib-xrender --disable-quartz --disable-gl --disable-glesv2 --disable-egl \
        --disable-glx --disable-wgl --disable-script --disable-interpreter --disable-trace \
        --disable-gtk-doc --disable-full-testing --disable-valgrind --disable-symbol-lookup \
        --disable-gobject)
    # Its configure adds -Wp,-D_FORTIFY_SOURCE=2, whose __memcpy_chk and
    # friends MinGW has only in libssp (another DLL to ship): left out.
    find "$b" -name Makefile -exec sed -i 's/-Wp,-D_FORTIFY_SOURCE=2//g' {} +
    make -C "$b/src" -j"$JOBS"
    make -C "$b/src" install # the library, its headers and .pc files
}

build_pango() {
    local s
    s=$(fetch pango1.0)
    drop_subdirs "$s" utils examples tests tools
    meson_build pango "$s" -Ddefault_library=shared -Dintrospection=disabled \
        -Dgtk_doc=false -Dinstall-tests=false -Dfontconfig=enabled -Dfreetype=enabled \
        -Dcairo=enabled -Dxft=disabled -Dlibthai=disabled -Dsysprof=disabled
}

# For the tests only (report read-back): libxml2 and cmark, static.
build_libxml2() {
    autotools_build libxml2 "$(fetch libxml2)" --disable-shared --enable-static --without-python \
        --without-lzma --without-zlib --without-iconv --without-icu --without-http --without-ftp \
        --without-debug --without-catalog --without-docbook
    pc_static libxml-2.0 -DLIBXML_STATIC
}

build_cmark() {
    cmake_build cmark "$(fetch cmark)" -DCMARK_TESTS=OFF -DCMARK_SHARED=OFF -DCMARK_STATIC=ON
    pc_static libcmark -DCMARK_STATIC_DEFINE
}

# Photos and DOCX (issue 17): libjpeg-turbo (without its SIMD, which needs
# nasm) and libdeflate, both static. libdeflate's Makefile names a static
# MinGW library libdeflatestatic.lib: its sources are compiled here instead.
build_libjpeg() {
    # Its own GNUInstallDirs takes a relative libdir as relative to the
    # folder cmake runs in: given absolute.
    cmake_build libjpeg "$(fetch libjpeg-turbo)" -DENABLE_SHARED=OFF -DENABLE_STATIC=ON \
        -DWITH_SIMD=OFF -DWITH_TURBOJPEG=OFF -DWITH_JAVA=OFF -DCMAKE_INSTALL_LIBDIR="$P/lib"
}

build_libdeflate() {
    local s b f
    s=$(fetch libdeflate)
    b=$(bdir libdeflate)
    mkdir -p "$b"
    local objs=()
    for f in "$s"/lib/*.c "$s"/lib/*/*.c; do
        local o="$b/$(basename "$(dirname "$f")")-$(basename "$f" .c).o"
        $CC -O2 -I"$s" -c "$f" -o "$o"
        objs+=("$o")
    done
    rm -f "$P/lib/libdeflate.a"
    $AR rcs "$P/lib/libdeflate.a" "${objs[@]}"
    cp "$s/libdeflate.h" "$P/include/"
    cat >"$P/lib/pkgconfig/libdeflate.pc" <<EOF
prefix=$P
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: libdeflate
Description: Fast implementation of DEFLATE, zlib, and gzip
Version: $(cut -d- -f1 <"$SRC/libdeflate.version")
Libs: -L\${libdir} -ldeflate
Cflags: -I\${includedir}
EOF
}

# Header-only: rapidjson and CLI11 copied, Catch2 with its CMake modules,
# cereal from libcereal-dev (the archive does not serve its source here).
build_headers() {
    cp -r "$(fetch rapidjson)/include/rapidjson" "$P/include/"
    cp -r "$(fetch cli11)/include/CLI" "$P/include/"
    cmake_build catch2 "$(fetch catch2)" -DCATCH_BUILD_TESTING=OFF -DCATCH_INSTALL_DOCS=OFF \
        -DCATCH_INSTALL_HELPERS=ON
    cp -r /usr/include/cereal "$P/include/"
    mkdir -p "$P/lib/cmake/cereal" "$P/lib/cmake/CLI11"
    cat >"$P/lib/cmake/cereal/cereal-config.cmake" <<'EOF'
# cereal (headers of Debian's libcereal-dev) for the Windows cross build.
if(NOT TARGET cereal::cereal)
  add_library(cereal::cereal INTERFACE IMPORTED)
  get_filename_component(_cereal_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
  set_target_properties(cereal::cereal PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_cereal_prefix}/include")
endif()
EOF
    cat >"$P/lib/cmake/CLI11/CLI11Config.cmake" <<'EOF'
# CLI11 (headers of Debian's source package) for the Windows cross build.
if(NOT TARGET CLI11::CLI11)
  add_library(CLI11::CLI11 INTERFACE IMPORTED)
  get_filename_component(_cli11_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
  set_target_properties(CLI11::CLI11 PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_cli11_prefix}/include")
endif()
set(CLI11_FOUND TRUE)
EOF
    for name in cereal:cereal-config CLI11:CLI11Config; do
        printf 'set(PACKAGE_VERSION 99)\nset(PACKAGE_VERSION_COMPATIBLE TRUE)\n' \
            >"$P/lib/cmake/${name%%:*}/${name#*:}-version.cmake"
    done
    mv "$P/lib/cmake/CLI11/CLI11Config-version.cmake" "$P/lib/cmake/CLI11/CLI11ConfigVersion.cmake"
}

# The MinGW runtime and zlib DLLs beside the others, so bin/ is all that ships.
build_runtime() {
    cp /usr/$HOST/lib/zlib1.dll "$P/bin/"
    local dll
    # libtool links cairo's DLL with the shared libgcc whatever LDFLAGS say.
    for dll in libwinpthread-1.dll libgcc_s_seh-1.dll; do
        cp "$(find /usr/$HOST/lib /usr/lib/gcc/$HOST/*-posix -name "$dll" | head -1)" "$P/bin/"
    done
}

# --- Main --------------------------------------------------------------------

# The last stage main() builds: a prefix with its stamp (and versions.txt,
# written after it) is complete.
LAST_STAGE=libdeflate

main() {
    local print_only=false p
    [[ ${1:-} == --print-prefix ]] && print_only=true
    if [[ ${1:-} == --cached-prefix ]]; then
        for p in "${SOURCES[@]}"; do [[ -f $SRC/$p.version ]] || exit 1; done
        P=${INNSPILL_MINGW_PREFIX:-$CACHE/mingw-$(cache_key)}
        [[ -f $P/share/innspill/versions.txt && -e $P/.stamps/$LAST_STAGE ]] || exit 1
        echo "$P"
        return
    fi
    if ! $print_only; then
        ensure_deb_src
        ensure_tools
    fi
    for p in "${SOURCES[@]}"; do fetch "$p" >/dev/null; done
    P=${INNSPILL_MINGW_PREFIX:-$CACHE/mingw-$(cache_key)}
    if $print_only; then
        echo "$P"
        return
    fi
    setup_env
    local t0=$SECONDS
    stage runtime build_runtime
    stage intl build_intl
    stage stb build_stb
    stage glfw3 build_glfw3
    stage imgui build_imgui
    stage sqlite3 build_sqlite3
    stage libzip build_libzip
    stage libxlsxwriter build_libxlsxwriter
    stage headers build_headers
    stage libffi build_libffi
    stage pcre2 build_pcre2
    stage glib build_glib
    stage fribidi build_fribidi
    stage libpng build_libpng
    stage freetype build_freetype
    stage expat build_expat
    stage fontconfig build_fontconfig
    stage pixman build_pixman
    stage harfbuzz build_harfbuzz
    stage cairo build_cairo
    stage pango build_pango
    stage libxml2 build_libxml2
    stage cmark build_cmark
    stage libjpeg build_libjpeg
    stage libdeflate build_libdeflate
    {
        for p in "${SOURCES[@]}"; do printf '%-14s %s\n' "$p" "$(cat "$SRC/$p.version")"; done
    } >"$P/share/innspill/versions.txt"
    ((${#STAGE_TIMES[@]})) && printf '   %s\n' "${STAGE_TIMES[@]}" >&2
    log "== dependency stack ready in $((SECONDS - t0)) s: $P"
    echo "$P"
}

if [[ ${INNSPILL_DEPS_NICED:-} != 1 ]]; then
    export INNSPILL_DEPS_NICED=1
    exec nice -n "$NICE" "$SELF" "$@"
fi
main "$@"
