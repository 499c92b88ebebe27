// Bulk import of a folder of phone photos: each file whose name starts with a
// group number (`1.6.jpg`, `1.6-2.jpg`, `Gruppe 1.6 (2).jpeg`) goes to that
// group. The plan is made before anything is read or written, so the person
// sees what goes where and which files match no group.
#pragma once

#include "lang/message.hpp"
#include "model/event.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::app {

// The group number a file name starts with, after an optional "Gruppe",
// "Group" or "Gr" (any case): "1.6" from "Gruppe 1.6 (2)"; nothing when the
// name does not start with one.
std::optional<std::string> groupNumberInName(std::string_view stem);

struct FolderPhoto {
    std::filesystem::path path;
    model::Id groupId;
    std::string groupNumber; // as the event writes it
};

struct UnmatchedPhoto {
    std::filesystem::path path;
    lang::Message reason; // photoFolder.noNumber, photoFolder.noGroup
};

struct PhotoFolderPlan {
    std::vector<FolderPhoto> matched; // by group number, then file name
    std::vector<UnmatchedPhoto> unmatched;
};

// Looks at the photo files (.jpg, .jpeg, .png) directly in `folder`. Throws
// io::ReadError when the folder cannot be read.
PhotoFolderPlan planPhotoFolder(const model::Event& event, const std::filesystem::path& folder);

} // namespace innspill::app
