// Matching a folder of photo files to groups by the number their names start with.
#include "app/photos/photo_folder.hpp"

#include "app/photos/photo_edits.hpp"
#include "io/read_file.hpp"
#include "model/group_number.hpp"

#include <algorithm>
#include <cctype>

namespace innspill::app {

namespace fs = std::filesystem;

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool startsWithWord(std::string_view text, std::string_view word) {
    if (text.size() < word.size()) {
        return false;
    }
    for (size_t i = 0; i < word.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) != word[i]) {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<std::string> groupNumberInName(std::string_view stem) {
    while (!stem.empty() && (stem.front() == ' ' || stem.front() == '_')) {
        stem.remove_prefix(1);
    }
    for (const std::string_view word : {"gruppe", "group", "gr"}) {
        if (startsWithWord(stem, word)) {
            stem.remove_prefix(word.size());
            if (!stem.empty() && stem.front() == '.') {
                stem.remove_prefix(1); // "Gr.1.6"
            }
            while (!stem.empty() &&
                   (stem.front() == ' ' || stem.front() == '_' || stem.front() == '-')) {
                stem.remove_prefix(1);
            }
            break;
        }
    }
    size_t end = 0;
    while (end < stem.size() && isDigit(stem[end])) {
        ++end;
    }
    if (end == 0) {
        return std::nullopt;
    }
    // More ".digits" parts: "1.6", "2.13.1"; a dot before a non-digit ends it.
    while (end + 1 < stem.size() && stem[end] == '.' && isDigit(stem[end + 1])) {
        end += 2;
        while (end < stem.size() && isDigit(stem[end])) {
            ++end;
        }
    }
    return std::string(stem.substr(0, end));
}

PhotoFolderPlan planPhotoFolder(const model::Event& event, const fs::path& folder) {
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        throw io::ReadError(
            lang::message("readError.cannotRead", {{"file", folder.string()}, {"size", ""}})
                .withWord("reason", fs::exists(folder, error) ? "photoFolder.notFolder"
                                                              : "readError.notFound"));
    }
    std::vector<fs::path> files;
    fs::directory_iterator it(folder, error);
    if (error) {
        throw io::ReadError(
            lang::message("readError.cannotRead", {{"file", folder.string()}, {"size", ""}})
                .withWord("reason", "readError.noAccess"));
    }
    for (const auto& entry : it) {
        if (entry.is_regular_file(error) && looksLikePhotoFile(entry.path())) {
            files.push_back(entry.path());
        }
    }
    // By name without the extension, so "1.6.jpg" comes before "1.6-2.jpg".
    std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
        const int stems = model::compareNatural(a.stem().string(), b.stem().string());
        return stems != 0 ? stems < 0
                          : model::compareNatural(a.filename().string(), b.filename().string()) < 0;
    });
    PhotoFolderPlan plan;
    for (const auto& file : files) {
        const auto number = groupNumberInName(file.stem().string());
        if (!number) {
            plan.unmatched.push_back({file, lang::message("photoFolder.noNumber")});
            continue;
        }
        const auto group =
            std::find_if(event.groups.begin(), event.groups.end(), [&](const model::Group& g) {
                return model::compareNatural(g.number, *number) == 0;
            });
        if (group == event.groups.end()) {
            plan.unmatched.push_back(
                {file, lang::message("photoFolder.noGroup", {{"number", *number}})});
            continue;
        }
        plan.matched.push_back({file, group->id, group->number});
    }
    std::stable_sort(plan.matched.begin(), plan.matched.end(),
                     [](const FolderPhoto& a, const FolderPhoto& b) {
                         return model::compareNatural(a.groupNumber, b.groupNumber) < 0;
                     });
    return plan;
}

} // namespace innspill::app
