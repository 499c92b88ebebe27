# CMake toolchain for the Windows build: MinGW-w64 GCC (the -posix variants,
# which have std::thread and std::mutex) from Debian, the libraries from the
# prefix scripts/windows-deps.sh builds, programs run under Wine.
#
#   cmake -S . -B build-windows -G Ninja \
#     -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64-x86_64.cmake \
#     -DINNSPILL_MINGW_PREFIX=$(scripts/windows-deps.sh --print-prefix)
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(INNSPILL_MINGW_HOST x86_64-w64-mingw32)

set(CMAKE_C_COMPILER ${INNSPILL_MINGW_HOST}-gcc-posix)
set(CMAKE_CXX_COMPILER ${INNSPILL_MINGW_HOST}-g++-posix)
set(CMAKE_RC_COMPILER ${INNSPILL_MINGW_HOST}-windres)
set(CMAKE_AR ${INNSPILL_MINGW_HOST}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB ${INNSPILL_MINGW_HOST}-ranlib CACHE FILEPATH "")

# The dependency prefix: from the cache variable, else the environment (the
# variable is passed on to try_compile projects too).
if(NOT INNSPILL_MINGW_PREFIX AND DEFINED ENV{INNSPILL_MINGW_PREFIX})
  set(INNSPILL_MINGW_PREFIX "$ENV{INNSPILL_MINGW_PREFIX}")
endif()
if(NOT INNSPILL_MINGW_PREFIX)
  message(FATAL_ERROR "INNSPILL_MINGW_PREFIX: the prefix of scripts/windows-deps.sh "
                      "(scripts/windows-deps.sh --print-prefix)")
endif()
set(INNSPILL_MINGW_PREFIX "${INNSPILL_MINGW_PREFIX}" CACHE PATH "Windows dependency prefix")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES INNSPILL_MINGW_PREFIX)

set(CMAKE_FIND_ROOT_PATH ${INNSPILL_MINGW_PREFIX} /usr/${INNSPILL_MINGW_HOST})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config sees only the prefix and MinGW's own zlib.
set(ENV{PKG_CONFIG_LIBDIR}
    "${INNSPILL_MINGW_PREFIX}/lib/pkgconfig:${INNSPILL_MINGW_PREFIX}/share/pkgconfig:/usr/${INNSPILL_MINGW_HOST}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")

# Tests and generated programs run under Wine (Debian's `wine` runs 64-bit
# programs; there is no `wine64` command).
set(CMAKE_CROSSCOMPILING_EMULATOR wine)
