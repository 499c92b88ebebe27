// The rows the people register shows: filtered, sorted, with each person's
// group counts. Building them costs a pass over people and groups, so the
// panel keeps the result and rebuilds only when the register, the filter or
// the sort changes (detected by a fingerprint of what the rows show). Pure:
// no ImGui, testable on its own.
#pragma once

#include "app/edits_people.hpp"
#include "model/event.hpp"
#include "ui/shell/language.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::ui {

// The register's columns, in table order (ImGui column index).
enum class PeopleColumn {
    Select,
    Name,
    Organisation,
    Perspective,
    Consent,
    Initiates,
    Facilitates,
    Participates,
};
inline constexpr int kPeopleColumnCount = 8;

struct PeopleRow {
    model::Id id;
    size_t index = 0; // into event.people
    app::PersonUsage usage;
    bool sameNameAsOther = false; // another entry has the same name: a merge candidate
};

struct PeopleViewRequest {
    std::string_view filter;
    PeopleColumn sortColumn = PeopleColumn::Name;
    bool descending = false;
    // Shown whatever the filter says (a person just added).
    model::Id pinned;
    Language language = Language::Nb; // perspective names are filtered and sorted as shown
    // While a field of a row is being typed into: keep rows where they are
    // (no re-sorting under the cursor, no row vanishing from the filter)
    // and only refresh their contents.
    bool keepOrder = false;
};

// The rows and what they were built from. Each part is kept until what it
// depends on changes, so typing in the filter only filters again, and typing
// in a name does not count everyone's groups again.
struct PeopleView {
    std::vector<PeopleRow> rows;
    size_t duplicateNames = 0; // entries sharing their name with another

    bool built = false;
    // Fingerprints of the register's ids (and order), of people's fields,
    // and of who is in which group.
    uint64_t idsPrint = 0;
    uint64_t fieldsPrint = 0;
    uint64_t groupsPrint = 0;
    std::vector<app::PersonUsage> usage; // by register index
    std::vector<bool> sameName;          // by register index
    std::vector<size_t> sorted;          // every register index, in sort order
    PeopleColumn sortColumn = PeopleColumn::Name;
    bool descending = false;
    Language language = Language::Nb;
    std::string filter;
    model::Id pinned;
};

// A hash of everything the rows show: people's fields and who is in which group.
uint64_t registerFingerprint(const model::Event& event);

struct RegisterPrints {
    uint64_t ids = 0;
    uint64_t fields = 0;
    uint64_t groups = 0;
};
RegisterPrints registerPrints(const model::Event& event);

// Brings `view` up to date; returns true when it rebuilt the rows.
bool refreshPeopleView(PeopleView& view, const model::Event& event,
                       const PeopleViewRequest& request);

// Whether `person` matches every word of `filter` (in its name, organisation
// or perspective name), ignoring case.
bool matchesFilter(const model::Person& person, std::string_view filter, Language language);

} // namespace innspill::ui
