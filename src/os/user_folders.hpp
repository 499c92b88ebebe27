// The user's own folders as the system names them: home, and on Windows the
// roaming application data (%APPDATA%) and Documents folders.
#pragma once

#include <filesystem>

namespace innspill::os {

enum class UserFolder {
    Home,            // $HOME; %USERPROFILE% (FOLDERID_Profile)
    ApplicationData, // Windows: %APPDATA% (FOLDERID_RoamingAppData); POSIX: empty
    Documents        // Windows: FOLDERID_Documents; POSIX: empty
};

// The folder, or the empty path when the system does not say.
std::filesystem::path userFolder(UserFolder which);

} // namespace innspill::os
