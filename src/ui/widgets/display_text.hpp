// How model values read on screen: dates, times, people, rooms, statuses.
// Pure functions of the model and the UI language, so tests can check them
// without drawing anything.
#pragma once

#include "model/event.hpp"
#include "model/hand_in.hpp"
#include "ui/shell/language.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::ui {

// "2020-01-22" as "22.01.2020" (nb) or unchanged (en); anything that is not
// a valid ISO date is shown as it is rather than hidden.
std::string formatDate(Language language, std::string_view isoDate);

// "22.01.2020 – 23.01.2020", one date when both are equal or one is missing,
// empty when both are.
std::string formatDateRange(Language language, std::string_view start, std::string_view end);

// "2031-01-22T09:15:00Z" (UTC, as kits and hand-ins record it) in local
// time: "22.01.2031 10:15" (nb) or "2031-01-22 10:15" (en); anything else
// as it is.
std::string formatTimestamp(Language language, std::string_view isoUtc);

// What a hand-in brings, "2 nye grupper, 20 nye innspill" (only what is not
// zero), or that it brings nothing of the kind.
std::string handInCountsText(Language language, const model::HandInCounts& counts);

// "09:30–10:30", "09:30–" or empty.
std::string formatTimeRange(std::string_view start, std::string_view end);

// The people behind `ids` as the report prints them, separated by "; "
// because a display name may itself contain a comma ("Navn, Organisasjon").
std::string joinPeople(Language language, const model::Event& event,
                       const std::vector<model::Id>& ids);

// The room's name, "(ukjent rom)" for a dangling id, empty when unset.
std::string roomName(Language language, const model::Event& event,
                     const std::optional<model::Id>& roomId);

// "8", "3 + 2", "6 (8)" or empty when nothing is known.
std::string participantText(const model::Group& group);

// "1.6 Title" of a referenced group, or "(ukjent gruppe)".
std::string groupReference(Language language, const model::Event& event, const model::Id& id);

const char* statusLabel(Language language, model::GroupStatus status);

} // namespace innspill::ui
