// access() or _waccess().
#include "os/folder_access.hpp"

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace innspill::os {

bool folderWritable(const std::filesystem::path& folder) {
#ifdef _WIN32
    return ::_waccess(folder.c_str(), 2) == 0;
#else
    return ::access(folder.c_str(), W_OK) == 0;
#endif
}

} // namespace innspill::os
