// The console speaks UTF-8: on Windows the console's code pages are set to
// UTF-8 (CP_UTF8), so what the program prints (æøå, « ») shows as written.
// Elsewhere the terminal's locale decides, and nothing is done.
#pragma once

namespace innspill::os {

void useUtf8Console();

} // namespace innspill::os
