// $HOME, or SHGetKnownFolderPath.
#include "os/user_folders.hpp"

#ifdef _WIN32
#include <shlobj.h>
#include <windows.h>
#else
#include <cstdlib>
#endif

namespace innspill::os {

std::filesystem::path userFolder(UserFolder which) {
#ifdef _WIN32
    const KNOWNFOLDERID* id = &FOLDERID_Profile;
    if (which == UserFolder::ApplicationData) {
        id = &FOLDERID_RoamingAppData;
    } else if (which == UserFolder::Documents) {
        id = &FOLDERID_Documents;
    }
    PWSTR path = nullptr;
    std::filesystem::path result;
    if (::SHGetKnownFolderPath(*id, KF_FLAG_DEFAULT, nullptr, &path) == S_OK) {
        result = path;
    }
    ::CoTaskMemFree(path);
    return result;
#else
    if (which != UserFolder::Home) {
        return {};
    }
    const char* home = std::getenv("HOME");
    return home != nullptr && *home != '\0' ? std::filesystem::path(home) : std::filesystem::path();
#endif
}

} // namespace innspill::os
