// Facilitator kits as files: making a kit of a master, reading a kit for
// hand-in (refusing what is not a kit of this event), and handing in several
// kits as one transaction. The command line uses these; the desktop app
// plans with planMerge(session.event(), readKit(…), readHistory(*file)) and
// applies plan.change through its session (one undo step).
// Design: docs/kits-and-merge.md.
#pragma once

#include "app/merge/merge_plan.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace innspill::store {
class EventFile;
}

namespace innspill::app {

class EventSession;

// A refusal or failure, as one line a person can act on (the file named).
class KitError : public lang::MessageError {
  public:
    using lang::MessageError::MessageError;
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

// A kit read for a hand-in, or why it is refused (another event, damaged,
// not a kit, the master itself): one line a person can act on.
struct KitForHandIn {
    std::filesystem::path path;
    KitContents contents;
    std::string state;     // the kit's event as a JSON archive (the next hand-in's base)
    lang::Message refusal; // empty: the kit can be handed in
};

// Reads every kit (on a few threads) for a hand-in into `master`, loaded from
// `masterPath`. A bad kit is refused on its own: never throws for one.
std::vector<KitForHandIn> readKitsForHandIn(const std::vector<std::filesystem::path>& kits,
                                            const model::Event& master,
                                            const std::filesystem::path& masterPath);

// Several kits handed in one after another: each planned against the master
// as the ones before it would leave it.
struct PlannedKit {
    std::filesystem::path path;
    model::KitRecord record;
    MergePlan plan; // conflicts, notes and counts; settled, no longer re-plannable
};

struct HandInRun {
    model::Event master;          // as it was read
    std::vector<PlannedKit> kits; // in the order given
    model::Event merged;          // with every kit's change applied
    Change change = Change();     // everything, hand-in records included: one step
    // Why the run cannot be taken in (a kit whose merge would leave an
    // invalid event…), one line each; nothing is written while there are any.
    std::vector<lang::Message> problems;
    size_t undecided() const;
    bool ready() const { return undecided() == 0 && problems.empty(); }
    bool bringsNothing() const { return change.empty(); }
};

// A person's choices for one kit's conflicts, by MergeConflict::key.
using KitChoices = std::map<std::string, MergeChoice>;

// Plans handing `kits` (all accepted: no refusal) in to `master`, whose
// hand-in history is `history`. `choices` (index by index for `kits`;
// missing: none) settles conflicts one by one, `prefer` every one left.
// The change is labelled `label` (the undo step's name). Writes nothing;
// problems go to run.problems. Throws KitError for a kit whose base cannot
// be read.
HandInRun planKitRun(const model::Event& master, std::vector<model::HandIn> history,
                     std::span<const KitForHandIn> kits, const std::vector<KitChoices>& choices,
                     std::optional<MergeChoice> prefer, const lang::Message& label = {});

// Reads the master and every kit and plans their hand-ins. `prefer` settles
// every conflict that way (Master or Kit). Writes nothing. Throws KitError,
// also for the first refused kit and for a run with problems.
HandInRun planHandIns(const std::filesystem::path& master,
                      const std::vector<std::filesystem::path>& kits,
                      std::optional<MergeChoice> prefer);

// Writes a run with no undecided conflicts into the master as one
// transaction, after checking under the write lock that the master is as it
// was read. Throws KitError; on failure the master is unchanged.
void commitHandIns(const std::filesystem::path& master, const HandInRun& run);

// The desktop app's side: the event open in a session is the master. Its
// model in memory is what is planned against (never a re-read of its file,
// which could race with the session's own writes).

// The open event's kit record: set when the open file is itself a kit.
// Nothing for a session without a file. Throws KitError.
std::optional<model::KitRecord> kitRecordOf(EventSession& session);

// The open event's hand-ins, oldest first; with their kit states (whole
// events, for planning) or without (for showing). Throws KitError.
std::vector<model::HandIn> handInsOf(EventSession& session, bool withKitStates);

// Why kits cannot be handed in to the open event now (it is itself a kit,
// or changes are not yet written), or empty.
lang::Message handInRefusal(EventSession& session);

// readKitsForHandIn and planKitRun against the open event.
std::vector<KitForHandIn> readKitsForHandIn(EventSession& session,
                                            const std::vector<std::filesystem::path>& kits);
HandInRun planHandIns(EventSession& session, std::span<const KitForHandIn> kits,
                      const std::vector<KitChoices>& choices);

// Applies a ready run through the session as one undo step (the hand-in
// records with it). Throws KitError when the run is not ready or the event
// changed since it was planned (plan again). Returns session.apply's result:
// false when the write failed (kept in memory and retried, as every edit).
bool applyHandIns(EventSession& session, const HandInRun& run);

} // namespace innspill::app
