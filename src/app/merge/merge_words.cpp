// The merge's context and the words that show merged values to a person.
#include "app/merge/merge_context.hpp"

#include "lang/catalogue.hpp"
#include "lang/message.hpp"
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

std::string describeChoice(MergeChoice choice, lang::Language language) {
    switch (choice) {
    case MergeChoice::Undecided:
        return lang::tr(language, "mergeWord.choice.undecided");
    case MergeChoice::Master:
        return lang::tr(language, "mergeWord.choice.master");
    case MergeChoice::Kit:
        return lang::tr(language, "mergeWord.choice.kit");
    case MergeChoice::Both:
        return lang::tr(language, "mergeWord.choice.both");
    }
    return "";
}

std::string describeKind(ConflictKind kind, lang::Language language) {
    switch (kind) {
    case ConflictKind::BothChanged:
        return lang::tr(language, "mergeWord.kind.bothChanged");
    case ConflictKind::DeletedInKit:
        return lang::tr(language, "mergeWord.kind.deletedInKit");
    case ConflictKind::DeletedInMaster:
        return lang::tr(language, "mergeWord.kind.deletedInMaster");
    case ConflictKind::NumberTaken:
        return lang::tr(language, "mergeWord.kind.numberTaken");
    case ConflictKind::SamePerson:
        return lang::tr(language, "mergeWord.kind.samePerson");
    }
    return "";
}

std::string describeCounts(const model::HandInCounts& counts, lang::Language language) {
    std::string text;
    // The keys of each count, in model::kHandInCountFields' order: one key for
    // one and one for more, since languages differ in more than the noun's ending.
    static constexpr std::pair<const char*, const char*> kKeys[] = {
        {"mergeWord.count.groupsAdded.one", "mergeWord.count.groupsAdded.many"},
        {"mergeWord.count.groupsChanged.one", "mergeWord.count.groupsChanged.many"},
        {"mergeWord.count.groupsRemoved.one", "mergeWord.count.groupsRemoved.many"},
        {"mergeWord.count.inputsAdded.one", "mergeWord.count.inputsAdded.many"},
        {"mergeWord.count.inputsChanged.one", "mergeWord.count.inputsChanged.many"},
        {"mergeWord.count.inputsRemoved.one", "mergeWord.count.inputsRemoved.many"},
        {"mergeWord.count.peopleAdded.one", "mergeWord.count.peopleAdded.many"},
        {"mergeWord.count.peopleChanged.one", "mergeWord.count.peopleChanged.many"},
        {"mergeWord.count.peopleRemoved.one", "mergeWord.count.peopleRemoved.many"},
    };
    static_assert(std::size(kKeys) == model::kHandInCountFields.size());
    size_t field = 0;
    model::forEachCount(counts, [&](const char*, size_t count) {
        const auto& [one, many] = kKeys[field++];
        if (count > 0) {
            text += (text.empty() ? "" : ", ") +
                    lang::render(language, lang::message(count == 1 ? one : many,
                                                         {{"n", std::to_string(count)}}));
        }
    });
    return text.empty() ? lang::tr(language, "mergeWord.count.nothing") : text;
}

} // namespace innspill::app
