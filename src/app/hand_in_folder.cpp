// Polling a hand-in folder and reading complete copies from private copies.
#include "app/hand_in_folder.hpp"

#include "app/messages.hpp"
#include "os/unique_names.hpp"
#include "store/backup.hpp"
#include "store/event_file.hpp"
#include "store/hand_in_copies.hpp"

#include <array>
#include <cstdlib>
#include <set>

namespace innspill::app {

namespace fs = std::filesystem;

namespace {

bool endsWith(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

fs::path makePrivateFolder() {
    std::error_code error;
    fs::path base = fs::temp_directory_path(error);
    if (error) {
        base = "/tmp";
    }
    return os::makeUniqueFolder(base, "innspill-hand-in-");
}

struct Signature {
    uintmax_t size = 0;
    fs::file_time_type time;
};

std::optional<Signature> signatureOf(const fs::path& file) {
    std::error_code error;
    const auto status = fs::status(file, error);
    if (error || !fs::is_regular_file(status)) {
        return std::nullopt;
    }
    Signature signature;
    signature.size = fs::file_size(file, error);
    if (error) {
        return std::nullopt;
    }
    signature.time = fs::last_write_time(file, error);
    if (error) {
        return std::nullopt;
    }
    return signature;
}

} // namespace

bool isIgnoredHandInName(std::string_view name) {
    // Hidden files (our own ".NAME.~tmp-…", Syncthing's ".syncthing.NAME.tmp"),
    // Office's and others' lock files ("~$…"), partial downloads.
    if (name.empty() || name.front() == '.' || name.front() == '~') {
        return true;
    }
    constexpr std::array<std::string_view, 3> kTemporaryMarks{store::kCopyTemporaryMark, ".part-",
                                                              ".syncthing."};
    for (const auto mark : kTemporaryMarks) {
        if (name.find(mark) != std::string_view::npos) {
            return true;
        }
    }
    // Everything else that is not an event file: "*.tmp", "*.part",
    // "-wal"/"-shm"/"-journal" companions, notes, pictures.
    return !endsWith(name, store::kEventFileExtension);
}

HandInFolder::HandInFolder(fs::path folder, const model::Event& master, fs::path masterPath)
    : m_folder(std::move(folder)), m_masterPath(std::move(masterPath)),
      m_private(makePrivateFolder()) {
    m_master.id = master.id;
    m_master.title = master.title;
}

HandInFolder::~HandInFolder() {
    if (!m_private.empty()) {
        std::error_code ignored;
        fs::remove_all(m_private, ignored);
    }
}

std::optional<FolderArrival> HandInFolder::take(const fs::path& file, const Seen& seen) {
    FolderArrival arrival;
    arrival.file = file;
    arrival.kit.path = file;
    if (m_private.empty()) {
        arrival.kit.refusal = lang::message("watch.noPrivateFolder");
        return arrival;
    }
    // Planned from a copy of our own: the sync engine may replace or remove
    // the file at any moment, and SQLite never writes into its folder.
    const fs::path copy = m_private / file.filename();
    std::error_code error;
    fs::remove(copy, error);
    fs::copy_file(file, copy, fs::copy_options::overwrite_existing, error);
    if (error) {
        fs::remove(copy, error);
        if (!fs::exists(file, error)) {
            return std::nullopt; // vanished while read: look again
        }
        arrival.kit.refusal = lang::message("watch.cannotRead", {{"file", file.string()}});
        return arrival;
    }
    const auto after = signatureOf(file);
    if (!after || after->size != seen.size || after->time != seen.time) {
        fs::remove(copy, error);
        return std::nullopt; // changed while read: not complete yet
    }
    if (const auto problem = store::checkEventFile(copy)) {
        arrival.kit.refusal = lang::message("watch.notWhole", {{"file", file.string()}})
                                  .withMessage("cause", *problem);
    } else {
        auto read = readKitsForHandIn({copy}, m_master, m_masterPath);
        arrival.kit = std::move(read.front());
        arrival.kit.path = file;
        if (!arrival.kit.refusal.empty()) {
            // Name the file in the folder, not our private copy.
            for (auto& [name, value] : arrival.kit.refusal.args) {
                if (value == copy.string()) {
                    value = file.string();
                }
            }
        } else {
            try {
                auto opened = store::EventFile::open(copy, store::EventFile::Access::ReadOnly);
                arrival.serial = store::readCopySerial(*opened);
            } catch (const store::FileError& failure) {
                arrival.kit.refusal = fileErrorMessage(failure);
            }
        }
    }
    fs::remove(copy, error);
    return arrival;
}

void HandInFolder::retryLater(const fs::path& file, std::chrono::seconds delay) {
    const auto found = m_seen.find(file);
    if (found != m_seen.end()) {
        found->second.retryAt = std::chrono::steady_clock::now() + delay;
    }
}

std::vector<FolderArrival> HandInFolder::poll() {
    std::vector<FolderArrival> arrivals;
    std::error_code error;
    std::set<fs::path> present;
    fs::directory_iterator it(m_folder, error);
    if (error) {
        m_problem = lang::message("watch.folderUnreadable",
                                  {{"folder", m_folder.string()}, {"detail", error.message()}});
        return arrivals;
    }
    m_problem = {};
    for (fs::directory_iterator end; it != end; it.increment(error)) {
        if (error) {
            break;
        }
        const fs::path file = it->path();
        if (isIgnoredHandInName(file.filename().string())) {
            continue;
        }
        const auto signature = signatureOf(file);
        if (!signature) {
            continue;
        }
        present.insert(file);
        auto found = m_seen.find(file);
        if (found == m_seen.end() || found->second.size != signature->size ||
            found->second.time != signature->time) {
            // New or still changing: wait until it stays the same for one look.
            m_seen[file] = Seen{signature->size, signature->time, false, std::nullopt};
            continue;
        }
        if (found->second.taken &&
            (!found->second.retryAt || std::chrono::steady_clock::now() < *found->second.retryAt)) {
            continue;
        }
        found->second.retryAt.reset();
        auto arrival = take(file, found->second);
        if (!arrival) {
            m_seen.erase(found);
            continue;
        }
        found->second.taken = true;
        arrivals.push_back(std::move(*arrival));
    }
    std::erase_if(m_seen, [&](const auto& entry) { return !present.contains(entry.first); });
    return arrivals;
}

} // namespace innspill::app
