// Helpers shared by the backup tests (app and UI): a small edit that makes
// a backup due, and the event files in a folder.
#pragma once

#include "app/change.hpp"
#include "model/event.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace innspill::test {

inline app::Change renameFirstGroup(const model::Event& event, const std::string& title) {
    app::Change change("Gi gruppen nytt navn");
    auto after = event.groups[0];
    after.title = title;
    change.group(event.groups[0], after);
    return change;
}

// Event files in `folder` whose name contains `part` (not their -wal, -shm).
inline std::vector<std::filesystem::path> eventFilesWith(const std::filesystem::path& folder,
                                                         const std::string& part) {
    std::vector<std::filesystem::path> found;
    for (const auto& item : std::filesystem::directory_iterator(folder)) {
        const std::string name = item.path().filename().string();
        const bool companion = name.ends_with("-wal") || name.ends_with("-shm");
        if (name.find(part) != std::string::npos && !companion) {
            found.push_back(item.path());
        }
    }
    return found;
}

} // namespace innspill::test
