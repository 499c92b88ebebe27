// The nb and en UI string tables and the lookup over them.
#include "ui/strings.hpp"

#include <algorithm>
#include <array>

namespace innspill::ui {

namespace {

// Sorted by key (checked at compile time below) so lookup is a binary search.
// Bokmål is the language the organisers work in; English follows the glossary
// in docs/product-brief.md.
constexpr std::array kEntries{
    StringEntry{"column.initiators", "Initiativtaker", "Initiator"},
    StringEntry{"column.number", "Nr.", "No."},
    StringEntry{"column.room", "Rom", "Room"},
    StringEntry{"column.status", "Status", "Status"},
    StringEntry{"column.title", "Tema", "Topic"},
    StringEntry{"group.challenges", "Utfordringer", "Challenges"},
    StringEntry{"group.discussion", "Diskusjon", "Discussion"},
    StringEntry{"group.facilitators", "Støttefasilitator", "Support facilitator"},
    StringEntry{"group.followUpOf", "Fordypning av", "Follow-up of"},
    StringEntry{"group.initiators", "Initiativtaker", "Initiator"},
    StringEntry{"group.inputCount", "{inputs} innspill, {subPoints} underpunkter",
                "{inputs} inputs, {subPoints} sub-points"},
    StringEntry{"group.inputs", "Innspill til strategien", "Inputs to the strategy"},
    StringEntry{"group.mergedWith", "Slått sammen med", "Merged with"},
    StringEntry{"group.missing", "Den valgte gruppen finnes ikke lenger.",
                "The selected group no longer exists."},
    StringEntry{"group.noInputs", "Ingen innspill ennå.", "No inputs yet."},
    StringEntry{"group.noSelection", "Velg en gruppe i programmet for å se innspillene her.",
                "Choose a group in the programme to see its inputs here."},
    StringEntry{"group.notes", "Notater", "Notes"},
    StringEntry{"group.opportunities", "Muligheter", "Opportunities"},
    StringEntry{"group.participants", "Antall deltakere", "Participants"},
    StringEntry{"group.reportNote", "Merknad", "Note"},
    StringEntry{"group.room", "Rom", "Room"},
    StringEntry{"group.round", "Gruppesesjon", "Round"},
    StringEntry{"group.status", "Status", "Status"},
    StringEntry{"group.time", "Tid", "Time"},
    StringEntry{"group.title", "Gruppe", "Group"},
    StringEntry{"main.noEvent", "Ingen arrangement er åpent.", "No event is open."},
    StringEntry{"main.noEventHint", "Åpne et arrangement med «innspill open FIL.innspill».",
                "Open an event with “innspill open FILE.innspill”."},
    StringEntry{"overview.dates", "Dato", "Date"},
    StringEntry{"overview.guidingQuestions", "Spørsmål til gruppene", "Guiding questions"},
    StringEntry{"overview.noRooms", "Ingen rom er lagt inn.", "No rooms yet."},
    StringEntry{"overview.organisers", "Arrangør", "Organisers"},
    StringEntry{"overview.place", "Sted", "Place"},
    StringEntry{"overview.rooms", "Rom", "Rooms"},
    StringEntry{"overview.stats",
                "{days} dager · {rounds} gruppesesjoner · {groups} grupper · {inputs} innspill",
                "{days} days · {rounds} rounds · {groups} groups · {inputs} inputs"},
    StringEntry{"overview.untitled", "(arrangement uten tittel)", "(untitled event)"},
    StringEntry{"programme.dayHeading", "Dag {day}", "Day {day}"},
    StringEntry{"programme.empty", "Programmet har ingen dager ennå.",
                "The programme has no days yet."},
    StringEntry{"programme.noGroups", "Ingen grupper i denne gruppesesjonen.",
                "No groups in this round."},
    StringEntry{"programme.noRounds", "Ingen gruppesesjoner denne dagen.",
                "No rounds on this day."},
    StringEntry{"programme.title", "Program", "Programme"},
    StringEntry{"programme.unscheduled", "Grupper uten gruppesesjon", "Groups without a round"},
    StringEntry{"status.cancelled", "Avlyst", "Cancelled"},
    StringEntry{"status.met", "Gjennomført", "Met"},
    StringEntry{"status.posted", "Slått opp", "Posted"},
    StringEntry{"value.none", "–", "–"},
    StringEntry{"value.unknownGroup", "(ukjent gruppe)", "(unknown group)"},
    StringEntry{"value.unknownPerson", "(ukjent person)", "(unknown person)"},
    StringEntry{"value.unknownRoom", "(ukjent rom)", "(unknown room)"},
};

constexpr bool keyLess(const StringEntry& a, const StringEntry& b) {
    return std::string_view(a.key) < std::string_view(b.key);
}

static_assert(std::is_sorted(kEntries.begin(), kEntries.end(), keyLess),
              "kEntries must stay sorted by key");
static_assert(std::adjacent_find(kEntries.begin(), kEntries.end(),
                                 [](const StringEntry& a, const StringEntry& b) {
                                     return std::string_view(a.key) == std::string_view(b.key);
                                 }) == kEntries.end(),
              "kEntries must not repeat a key");

} // namespace

const char* tr(Language language, const char* key) {
    const StringEntry probe{key, nullptr, nullptr};
    const auto it = std::lower_bound(kEntries.begin(), kEntries.end(), probe, keyLess);
    if (it == kEntries.end() || std::string_view(it->key) != key) {
        return key;
    }
    switch (language) {
    case Language::En:
        return it->en;
    case Language::Nb:
        break;
    }
    return it->nb;
}

std::span<const StringEntry> catalogue() {
    return kEntries;
}

std::string format(std::string_view pattern,
                   std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
    std::string result;
    result.reserve(pattern.size());
    size_t at = 0;
    while (at < pattern.size()) {
        const size_t open = pattern.find('{', at);
        if (open == std::string_view::npos) {
            break;
        }
        const size_t close = pattern.find('}', open + 1);
        if (close == std::string_view::npos) {
            break;
        }
        result.append(pattern.substr(at, open - at));
        const std::string_view name = pattern.substr(open + 1, close - open - 1);
        const auto value = std::find_if(values.begin(), values.end(),
                                        [&](const auto& entry) { return entry.first == name; });
        if (value == values.end()) {
            result.append(pattern.substr(open, close - open + 1));
        } else {
            result.append(value->second);
        }
        at = close + 1;
    }
    result.append(pattern.substr(std::min(at, pattern.size())));
    return result;
}

} // namespace innspill::ui
