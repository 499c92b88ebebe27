// The console window of a program started from the Start menu or Explorer.
// innspill.exe is a console program (its commands print), so Windows gives
// it a console window of its own when no console started it; the desktop
// app closes that window. Started from a console, it keeps it (and prints
// there). Elsewhere nothing is done.
#pragma once

namespace innspill::os {

// Windows: FreeConsole when this process is the only one on its console.
void closeOwnConsole();

} // namespace innspill::os
