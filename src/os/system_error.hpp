// The last system error as an errno value (<cerrno>), so callers keep one
// set of reasons for POSIX and Windows.
#pragma once

namespace innspill::os {

// errno on POSIX; GetLastError() mapped to the nearest errno value on Windows.
int lastError();

#ifdef _WIN32
// A Windows error code (GetLastError) as the nearest errno value (EIO when
// there is none).
int errnoFromWindows(unsigned long code);
#endif

} // namespace innspill::os
