// link() or CreateHardLinkW.
#include "os/link_no_replace.hpp"

#include "os/system_error.hpp"

#ifdef _WIN32
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace innspill::os {

int linkNoReplace(const std::filesystem::path& from, const std::filesystem::path& to) {
#ifdef _WIN32
    return ::CreateHardLinkW(to.c_str(), from.c_str(), nullptr) ? 0 : lastError();
#else
    return ::link(from.c_str(), to.c_str()) == 0 ? 0 : lastError();
#endif
}

} // namespace innspill::os
