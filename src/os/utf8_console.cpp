// SetConsoleOutputCP / SetConsoleCP and binary standard streams on Windows.
#include "os/utf8_console.hpp"

#ifdef _WIN32
#include <cstdio>
#include <fcntl.h>
#include <initializer_list>
#include <io.h>
#include <windows.h>
#endif

namespace innspill::os {

void useUtf8Console() {
#ifdef _WIN32
    ::SetConsoleOutputCP(CP_UTF8);
    ::SetConsoleCP(CP_UTF8);
    for (std::FILE* stream : {stdin, stdout, stderr}) {
        ::_setmode(::_fileno(stream), _O_BINARY);
    }
#endif
}

} // namespace innspill::os
