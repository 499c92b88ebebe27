// Participant import: file reading, planning against the register, the change.
#include "app/participants_import.hpp"

#include "model/name_match.hpp"
#include "model/text.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <unordered_map>

namespace innspill::app {

namespace fs = std::filesystem;

ReadResult readParticipantsFile(const fs::path& path) {
    ReadResult result;
    std::error_code error;
    const auto status = fs::status(path, error);
    if (error || !fs::exists(status)) {
        result.problem = ReadProblem::NotFound;
        return result;
    }
    if (fs::is_directory(status)) {
        result.problem = ReadProblem::IsFolder;
        return result;
    }
    const auto size = fs::file_size(path, error);
    if (!error && size > io::kMaxParticipantBytes) {
        result.problem = ReadProblem::TooLarge;
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.problem = ReadProblem::NoAccess;
        return result;
    }
    // Read at most one byte past the limit: a special file (a pipe, /dev/zero)
    // has no size to check beforehand.
    result.bytes.resize(io::kMaxParticipantBytes + 1);
    in.read(result.bytes.data(), static_cast<std::streamsize>(result.bytes.size()));
    result.bytes.resize(static_cast<size_t>(in.gcount()));
    if (in.bad()) {
        result.bytes.clear();
        result.problem = ReadProblem::NoAccess;
    } else if (result.bytes.size() > io::kMaxParticipantBytes) {
        result.bytes.clear();
        result.problem = ReadProblem::TooLarge;
    }
    return result;
}

ParticipantsImportPlan planParticipantsImport(const model::Event& event, io::ParticipantsCsv csv) {
    ParticipantsImportPlan plan;
    plan.csv = std::move(csv);
    plan.errors = plan.csv.errors;
    if (plan.csv.problem != io::CsvProblem::None) {
        return plan;
    }
    // Name key → index into the register, or kAmbiguous when several share it.
    constexpr size_t kAmbiguous = static_cast<size_t>(-1);
    std::unordered_map<std::string, size_t> byName;
    byName.reserve(event.people.size());
    for (size_t i = 0; i < event.people.size(); ++i) {
        const auto [it, inserted] = byName.emplace(model::nameKey(event.people[i].name), i);
        if (!inserted) {
            it->second = kAmbiguous;
        }
    }

    for (const auto& row : plan.csv.rows) {
        const auto found = byName.find(model::nameKey(row.name));
        if (found != byName.end() && found->second == kAmbiguous) {
            io::RowError error;
            error.line = row.line;
            error.problem = io::RowProblem::AmbiguousName;
            error.value = row.name;
            plan.errors.push_back(std::move(error));
            continue;
        }
        PlannedPerson planned;
        planned.line = row.line;
        if (found == byName.end()) {
            planned.action = ImportAction::Create;
            planned.after.id = model::Id::generate();
            planned.after.name = row.name;
            planned.after.organisation = row.organisation.value_or("");
            planned.after.perspective = row.perspective.value_or(model::Perspective::Unspecified);
            planned.after.consent = row.consent.value_or(false);
            ++plan.creates;
        } else {
            const model::Person& existing = event.people[found->second];
            planned.before = existing;
            planned.after = existing;
            if (row.organisation) {
                planned.after.organisation = *row.organisation;
            }
            if (row.perspective) {
                planned.after.perspective = *row.perspective;
            }
            if (row.consent) {
                planned.after.consent = *row.consent;
            }
            planned.action =
                planned.after == existing ? ImportAction::Unchanged : ImportAction::Update;
            ++(planned.action == ImportAction::Update ? plan.updates : plan.unchanged);
        }
        plan.people.push_back(std::move(planned));
    }
    std::stable_sort(plan.errors.begin(), plan.errors.end(),
                     [](const io::RowError& a, const io::RowError& b) { return a.line < b.line; });
    return plan;
}

Change participantsImportChange(const ParticipantsImportPlan& plan) {
    if (!plan.canImport()) {
        return Change{};
    }
    Change change("undo.importParticipants");
    for (const auto& planned : plan.people) {
        if (planned.action != ImportAction::Unchanged) {
            change.person(planned.before, planned.after);
        }
    }
    return change;
}

} // namespace innspill::app
