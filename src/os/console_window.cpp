// GetConsoleProcessList and FreeConsole.
#include "os/console_window.hpp"

#ifdef _WIN32
#include <windows.h>
#endif

namespace innspill::os {

void closeOwnConsole() {
#ifdef _WIN32
    DWORD processes[2];
    if (::GetConsoleProcessList(processes, 2) == 1) {
        ::FreeConsole();
    }
#endif
}

} // namespace innspill::os
