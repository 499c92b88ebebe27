// Facilitator kits as files: making a kit of a master, reading a kit for
// hand-in (refusing what is not a kit of this event), and handing in several
// kits as one transaction. The command line uses these; the desktop app
// plans with planMerge(session.event(), readKit(…), readHistory(*file)) and
// applies plan.change through its session (one undo step).
// Design: docs/kits-and-merge.md.
#pragma once

#include "app/merge_plan.hpp"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace innspill::store {
class EventFile;
}

namespace innspill::app {

// A refusal or failure, as one line a person can act on (the file named).
class KitError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Now, as ISO 8601 UTC ("2031-01-22T09:15:00Z").
std::string utcTimestamp();

// Makes a kit of `master` at `kit`: a full copy of the event plus a kit
// record (new kit id, the facilitator, now, the event as a JSON archive). The
// file appears only complete. Refuses an existing file unless `overwrite`,
// the master's own path, and a master that is itself a kit.
model::KitRecord makeKit(const std::filesystem::path& master, const std::filesystem::path& kit,
                         const std::string& facilitator, bool overwrite);

// Reads `kit` for a hand-in into `master` (loaded from `masterPath`).
// Refuses the master's own file, a damaged or truncated file, a file that is
// not a kit and a kit of another event.
KitContents readKit(const std::filesystem::path& kit, const model::Event& master,
                    const std::filesystem::path& masterPath);

// The master's hand-ins with their kit states (for planMerge).
std::vector<model::HandIn> readHistory(store::EventFile& master);

// Several kits handed in one after another: each planned against the master
// as the ones before it would leave it.
struct PlannedKit {
    std::filesystem::path path;
    model::KitRecord record;
    MergePlan plan;
};

struct HandInRun {
    model::Event master;          // as it was read
    std::vector<PlannedKit> kits; // in the order given
    model::Event merged;          // with every kit's change applied
    Change change = Change();     // everything, hand-in records included: one step
    size_t undecided() const;
    bool bringsNothing() const { return change.empty(); }
};

// Reads the master and every kit and plans their hand-ins. `prefer` settles
// every conflict that way (Master or Kit). Writes nothing. Throws KitError.
HandInRun planHandIns(const std::filesystem::path& master,
                      const std::vector<std::filesystem::path>& kits,
                      std::optional<MergeChoice> prefer);

// Writes a run with no undecided conflicts into the master as one
// transaction, after checking under the write lock that the master is as it
// was read. Throws KitError; on failure the master is unchanged.
void commitHandIns(const std::filesystem::path& master, const HandInRun& run);

} // namespace innspill::app
