// OneDrive's environment variables and its SyncEngines registry entries.
#include "os/sync_roots.hpp"

#ifdef _WIN32
#include <windows.h>

#include <cwchar>
#include <string>
#endif

namespace innspill::os {

#ifdef _WIN32
namespace {

void addEnvironment(std::vector<std::filesystem::path>& roots, const wchar_t* name) {
    const DWORD size = ::GetEnvironmentVariableW(name, nullptr, 0);
    if (size <= 1) {
        return;
    }
    std::wstring value(size, L'\0');
    const DWORD written = ::GetEnvironmentVariableW(name, value.data(), size);
    value.resize(written);
    if (!value.empty()) {
        roots.emplace_back(value);
    }
}

// HKCU\Software\SyncEngines\Providers\OneDrive\<library>\MountPoint (REG_SZ).
void addSyncEngineMounts(std::vector<std::filesystem::path>& roots) {
    HKEY providers = nullptr;
    if (::RegOpenKeyExW(HKEY_CURRENT_USER, L"Software\\SyncEngines\\Providers\\OneDrive", 0,
                        KEY_READ, &providers) != ERROR_SUCCESS) {
        return;
    }
    for (DWORD index = 0;; ++index) {
        wchar_t name[256];
        DWORD nameLength = static_cast<DWORD>(std::size(name));
        if (::RegEnumKeyExW(providers, index, name, &nameLength, nullptr, nullptr, nullptr,
                            nullptr) != ERROR_SUCCESS) {
            break;
        }
        wchar_t mount[1024];
        DWORD bytes = sizeof(mount);
        if (::RegGetValueW(providers, name, L"MountPoint", RRF_RT_REG_SZ, nullptr, mount, &bytes) ==
                ERROR_SUCCESS &&
            mount[0] != L'\0') {
            roots.emplace_back(std::wstring(mount));
        }
    }
    ::RegCloseKey(providers);
}

} // namespace
#endif

std::vector<std::filesystem::path> cloudSyncRoots() {
    std::vector<std::filesystem::path> roots;
#ifdef _WIN32
    for (const wchar_t* name : {L"OneDrive", L"OneDriveCommercial", L"OneDriveConsumer"}) {
        addEnvironment(roots, name);
    }
    addSyncEngineMounts(roots);
#endif
    return roots;
}

} // namespace innspill::os
