// Hand-ins through a synced folder, the file side (schema version 4): a
// file's own settings (a kit's outbox folder, a master's watched hand-in
// folder), writing a complete hand-in copy of a kit into its outbox, the
// serial a copy carries, and the newest serial a master has taken per kit.
// The policy (when to write, what to take in) is app's: app/outbox.hpp,
// app/hand_in_folder.hpp, app/hand_in_watch.hpp.
#pragma once

#include "model/id.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace innspill::store {

class EventFile;

// Names in file_setting.
inline constexpr const char* kOutboxSetting = "outbox";             // a kit's outbox folder
inline constexpr const char* kHandInFolderSetting = "handInFolder"; // a master's watched folder
inline constexpr const char* kCopySerialSetting = "copySerial";     // a hand-in copy's serial

// The marker in the temporary name a copy is built under ("." + name +
// ".~tmp-…"): a watcher never takes such a file.
inline constexpr const char* kCopyTemporaryMark = ".~tmp";

// A file's own setting: empty when unset (or the file is older than version 4).
std::string readFileSetting(EventFile& file, std::string_view name);
// Sets it; an empty value removes it. Joins an open Transaction.
void writeFileSetting(EventFile& file, std::string_view name, std::string_view value);

// Writes a complete hand-in copy of the event file `kit` to `folder/name`:
// VACUUM INTO a hidden temporary name in `folder` (through a read-only
// connection of its own, so the kit's writer may go on), stamps it with a
// serial — `serial`, or one more than the copy it replaces when that one's is
// not smaller — checks it with quick_check and renames it over the previous
// copy. Never a half-written file under `name`. Returns the serial written.
// Throws FileError (ReadOnly, DiskFull…); the kit is never touched and
// nothing of a failed attempt is left in `folder`.
int64_t writeHandInCopy(const std::filesystem::path& kit, const std::filesystem::path& folder,
                        const std::string& name, int64_t serial);

// The serial of a hand-in copy; nothing for a file that is not one (a kit
// handed over as it is). Throws FileError.
std::optional<int64_t> readCopySerial(EventFile& file);

// A master's newest copy serial taken per kit (by kit id text).
std::map<std::string, int64_t> readCopiesTaken(EventFile& master);
// Records `serial` for `kitId` unless a larger one is recorded. Joins an open Transaction.
void writeCopyTaken(EventFile& master, const model::Id& kitId, int64_t serial);

} // namespace innspill::store
