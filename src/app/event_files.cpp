// The event file as the command line uses it (see the header).
#include "app/event_files.hpp"

#include "store/backup.hpp"
#include "store/event_file.hpp"
#include "store/instance_lock.hpp"
#include "store/kit_tables.hpp"

#include <optional>

namespace innspill::app {

const char* eventFileExtension() {
    return store::kEventFileExtension;
}

void createEventFile(const std::filesystem::path& file, const model::Event& event, bool overwrite) {
    std::optional<store::InstanceLock> lock; // replacing a file the app has open: refused
    std::error_code error;
    if (overwrite && std::filesystem::exists(file, error)) {
        lock.emplace(file);
        lock->releaseBeforeReplacing();
    }
    store::EventFile::create(file, event, overwrite);
}

void checkNoOtherWriter(const std::filesystem::path& file) {
    std::error_code error;
    if (std::filesystem::exists(file, error)) {
        store::InstanceLock lock(file);
    }
}

model::Event readEventFile(const std::filesystem::path& file) {
    // Read only, so checked only as far as it is read: a whole-file check
    // (quick_check) was a fifth of the work of `innspill export` on a big
    // event, for pages the export never looks at.
    return store::EventFile::read(file, store::EventFile::Check::Read);
}

EventFileCheck checkEventFile(const std::filesystem::path& file) {
    auto eventFile = store::EventFile::open(file, store::EventFile::Access::ReadOnly);
    EventFileCheck check;
    // Integrity first: a damaged file may still load, and must still be reported.
    check.integrityProblems = eventFile->integrityProblems();
    check.event = eventFile->load();
    return check;
}

KitHistory readKitHistory(const std::filesystem::path& file) {
    auto eventFile = store::EventFile::open(file, store::EventFile::Access::ReadOnly);
    KitHistory history;
    history.event = eventFile->load();
    history.record = store::readKitRecord(*eventFile);
    history.handIns = store::readHandIns(*eventFile, store::HandInDetail::Summary);
    return history;
}

std::filesystem::path backupFolderOf(const std::filesystem::path& file) {
    return store::backupFolder(file);
}

} // namespace innspill::app
