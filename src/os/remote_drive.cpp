// GetDriveTypeW on the path's drive root.
#include "os/remote_drive.hpp"

#ifdef _WIN32
#include <windows.h>
#endif

namespace innspill::os {

bool onRemoteDrive(const std::filesystem::path& path) {
#ifdef _WIN32
    const std::wstring& text = path.native();
    if (text.size() < 2 || text[1] != L':') {
        return false;
    }
    const wchar_t root[] = {text[0], L':', L'\\', L'\0'};
    return ::GetDriveTypeW(root) == DRIVE_REMOTE;
#else
    (void)path;
    return false;
#endif
}

} // namespace innspill::os
