// SetConsoleOutputCP / SetConsoleCP on Windows.
#include "os/utf8_console.hpp"

#ifdef _WIN32
#include <windows.h>
#endif

namespace innspill::os {

void useUtf8Console() {
#ifdef _WIN32
    ::SetConsoleOutputCP(CP_UTF8);
    ::SetConsoleCP(CP_UTF8);
#endif
}

} // namespace innspill::os
