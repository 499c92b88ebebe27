// The console speaks UTF-8, and the standard streams carry bytes as written.
// On Windows the console's code pages are set to UTF-8 (CP_UTF8), so what the
// program prints (æøå, « ») shows as written, and stdin, stdout and stderr are
// put in binary mode: a report written to standard output (`-o -`) arrives
// byte for byte, and lines end in "\n" as on every other system (the console
// and Notepad read them so). Elsewhere the terminal's locale decides, and
// nothing is done.
#pragma once

namespace innspill::os {

void useUtf8Console();

} // namespace innspill::os
