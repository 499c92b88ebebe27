// GetModuleFileNameW or /proc/self/exe.
#include "os/executable_folder.hpp"

#ifdef _WIN32
#include <windows.h>

#include <string>
#endif

namespace innspill::os {

std::filesystem::path executableFolder() {
#ifdef _WIN32
    std::wstring name(MAX_PATH, L'\0');
    for (;;) {
        const DWORD length =
            ::GetModuleFileNameW(nullptr, name.data(), static_cast<DWORD>(name.size()));
        if (length == 0) {
            return {};
        }
        if (length < name.size()) {
            name.resize(length);
            return std::filesystem::path(name).parent_path();
        }
        name.resize(name.size() * 2); // a long path (\\?\…): try a larger buffer
    }
#else
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path() : self.parent_path();
#endif
}

} // namespace innspill::os
