// Describing the recent event files.
#include "app/recent_events.hpp"

#include "app/file_listing.hpp"
#include "os/utf8_path.hpp"
#include "store/event_summary.hpp"

namespace innspill::app {

namespace fs = std::filesystem;

namespace {

// POSIX: a folder in the home folder reads as "~/…". Windows has no "~": the
// whole path, as Explorer shows it.
std::string shownFolder(const fs::path& folder, [[maybe_unused]] const fs::path& home) {
    const std::string text = folder.string();
#ifdef _WIN32
    return text;
#else
    const std::string homeText = home.string();
    if (homeText.size() > 1 && text.starts_with(homeText) &&
        (text.size() == homeText.size() || text[homeText.size()] == '/')) {
        return "~" + text.substr(homeText.size());
    }
    return text;
#endif
}

} // namespace

RecentEvent describeRecentEvent(const std::string& path, const fs::path& home) {
    RecentEvent recent;
    recent.path = path;
    const fs::path file = os::pathFromUtf8(path);
    recent.folder = shownFolder(file.parent_path(), home);
    recent.present = pathKind(file) == PathKind::File;
    if (!recent.present) {
        return recent;
    }
    try {
        const store::EventSummary summary = store::readEventSummary(file);
        recent.title = summary.title;
        recent.startDate = summary.startDate;
        recent.endDate = summary.endDate;
        recent.readable = true;
    } catch (const std::exception&) {
        // Damaged, newer or busy: listed by its file name; opening it says why.
    }
    return recent;
}

std::vector<RecentEvent> describeRecentEvents(const std::vector<std::string>& paths) {
    std::vector<RecentEvent> described;
    described.reserve(paths.size());
    const fs::path home = homeFolder();
    for (const auto& path : paths) {
        described.push_back(describeRecentEvent(path, home));
    }
    return described;
}

} // namespace innspill::app
