// The merge's context and the words that show merged values to a person.
#include "app/merge/merge_context.hpp"

#include "model/event.hpp"
#include "model/hand_in.hpp"

#include <iterator>
#include <utility>

namespace innspill::app {

namespace merge {

MergeChoice Context::decide(MergeConflict conflict) {
    auto chosen = m_choices.find(conflict.key);
    conflict.choice = chosen == m_choices.end() ? MergeChoice::Undecided : chosen->second;
    if (conflict.choice == MergeChoice::Both && !conflict.bothAllowed) {
        conflict.choice = MergeChoice::Undecided;
    }
    const MergeChoice choice = conflict.choice;
    conflicts.push_back(std::move(conflict));
    return choice;
}

MergeConflict fieldConflict(std::string key, MergeEntity entity, const model::Id& entityId,
                            std::string where, std::string field, std::string fieldLabel,
                            std::string masterValue, std::string kitValue) {
    MergeConflict conflict;
    conflict.key = std::move(key);
    conflict.kind = ConflictKind::BothChanged;
    conflict.entity = entity;
    conflict.entityId = entityId;
    conflict.where = std::move(where);
    conflict.field = std::move(field);
    conflict.fieldLabel = std::move(fieldLabel);
    conflict.masterValue = std::move(masterValue);
    conflict.kitValue = std::move(kitValue);
    return conflict;
}

std::string quoted(const std::string& text) {
    return "«" + text + "»";
}

std::string groupLabel(const model::Group& group) {
    return "gruppe " + group.number + (group.title.empty() ? "" : " " + quoted(group.title));
}

std::string personLabel(const model::Person& person) {
    return quoted(model::displayName(person));
}

std::string personNames(const model::Event& event, const std::vector<model::Id>& people) {
    std::string text;
    for (const auto& id : people) {
        const auto* person = model::findPerson(event, id);
        text += (text.empty() ? "" : ", ") + (person ? person->name : id.str());
    }
    return text.empty() ? "(ingen)" : text;
}

std::string roomName(const model::Event& event, const std::optional<model::Id>& room) {
    if (!room) {
        return "(intet rom)";
    }
    const auto* found = model::findRoom(event, *room);
    return found ? found->name : room->str();
}

std::string roundName(const model::Event& event, const model::Id& round) {
    return model::findRound(event, round) ? model::roundHeading(event, round) : round.str();
}

std::string groupNumbers(const model::Event& event, const std::vector<model::Id>& groups) {
    std::string text;
    for (const auto& id : groups) {
        const auto* group = model::findGroup(event, id);
        text += (text.empty() ? "" : ", ") + (group ? group->number : id.str());
    }
    return text.empty() ? "(ingen)" : text;
}

std::string themeNames(const model::Event& event, const std::vector<model::Id>& themes) {
    std::string text;
    for (const auto& id : themes) {
        const auto* theme = model::findTheme(event, id);
        text += (text.empty() ? "" : ", ") + (theme ? theme->name : id.str());
    }
    return text.empty() ? "(ingen)" : text;
}

std::string countText(const std::optional<int>& count) {
    return count ? std::to_string(*count) : "(ukjent)";
}

std::string joinLines(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) {
        text += (text.empty() ? "" : "\n") + line;
    }
    return text;
}

} // namespace merge

std::string describeChoice(MergeChoice choice) {
    switch (choice) {
    case MergeChoice::Undecided:
        return "ikke avgjort";
    case MergeChoice::Master:
        return "hovedfilens";
    case MergeChoice::Kit:
        return "kitets";
    case MergeChoice::Both:
        return "begge";
    }
    return "";
}

std::string describeKind(ConflictKind kind) {
    switch (kind) {
    case ConflictKind::BothChanged:
        return "endret ulikt i hovedfilen og kitet";
    case ConflictKind::DeletedInKit:
        return "slettet i kitet, endret i hovedfilen";
    case ConflictKind::DeletedInMaster:
        return "endret i kitet, slettet i hovedfilen";
    case ConflictKind::NumberTaken:
        return "samme gruppenummer to steder";
    case ConflictKind::SamePerson:
        return "ser ut som samme person";
    }
    return "";
}

std::string describeCounts(const model::HandInCounts& counts) {
    std::string text;
    // The words of each count, in model::kHandInCountFields' order.
    static constexpr std::pair<const char*, const char*> kWords[] = {
        {"ny gruppe", "nye grupper"},
        {"endret gruppe", "endrede grupper"},
        {"slettet gruppe", "slettede grupper"},
        {"nytt innspill", "nye innspill"},
        {"endret innspill", "endrede innspill"},
        {"slettet innspill", "slettede innspill"},
        {"ny person", "nye personer"},
        {"endret person", "endrede personer"},
        {"slettet person", "slettede personer"},
    };
    static_assert(std::size(kWords) == model::kHandInCountFields.size());
    size_t field = 0;
    model::forEachCount(counts, [&](const char*, size_t count) {
        const auto& [one, many] = kWords[field++];
        if (count > 0) {
            text += (text.empty() ? "" : ", ") + std::to_string(count) + " " +
                    (count == 1 ? one : many);
        }
    });
    return text.empty() ? "ingen grupper, innspill eller personer" : text;
}

} // namespace innspill::app
