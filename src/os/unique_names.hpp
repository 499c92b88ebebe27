// A new file or folder under a name no one else has (mkstemps / mkdtemp, or
// a random name created exclusively on Windows).
#pragma once

#include <filesystem>
#include <string_view>

namespace innspill::os {

// An empty file `folder/<prefix><random><suffix>`, created here and closed;
// the empty path when none could be made.
std::filesystem::path makeUniqueFile(const std::filesystem::path& folder, std::string_view prefix,
                                     std::string_view suffix);

// A folder `folder/<prefix><random>` only this user may enter; the empty path
// when none could be made.
std::filesystem::path makeUniqueFolder(const std::filesystem::path& folder,
                                       std::string_view prefix);

} // namespace innspill::os
