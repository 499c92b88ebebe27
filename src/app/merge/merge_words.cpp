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
                            lang::Message where, std::string field, const char* fieldLabelKey,
                            lang::Message masterValue, lang::Message kitValue) {
    MergeConflict conflict;
    conflict.key = std::move(key);
    conflict.kind = ConflictKind::BothChanged;
    conflict.entity = entity;
    conflict.entityId = entityId;
    conflict.where = std::move(where);
    conflict.field = std::move(field);
    conflict.fieldLabel = word(fieldLabelKey);
    conflict.masterValue = std::move(masterValue);
    conflict.kitValue = std::move(kitValue);
    return conflict;
}

lang::Message plain(std::string text) {
    return lang::message("mergeWord.text", {{"text", std::move(text)}});
}

lang::Message word(const char* key) {
    return lang::message(key);
}

lang::Message deletedValue() {
    return lang::message("mergeWord.deleted");
}

lang::Message quoted(const std::string& text) {
    return lang::message("mergeWord.quoted", {{"text", text}});
}

lang::Message groupLabel(const model::Group& group) {
    return group.title.empty() ? lang::message("mergeWord.group", {{"number", group.number}})
                               : lang::message("mergeWord.groupTitled",
                                               {{"number", group.number}, {"title", group.title}});
}

lang::Message personLabel(const model::Person& person) {
    return quoted(model::displayName(person));
}

namespace {

// Names joined with ", " (user data, the same in every language), or `none`.
template <typename Name>
lang::Message names(const std::vector<model::Id>& ids, Name name,
                    const char* none = "mergeWord.none") {
    std::string text;
    for (const auto& id : ids) {
        text += (text.empty() ? "" : ", ") + name(id);
    }
    return text.empty() ? lang::message(none) : plain(std::move(text));
}

lang::Message linesOf(const std::vector<lang::Message>& lines, size_t from, size_t to) {
    if (to - from == 1) {
        return lines[from];
    }
    const size_t middle = from + (to - from) / 2;
    return lang::message("mergeWord.lines")
        .withMessage("first", linesOf(lines, from, middle))
        .withMessage("rest", linesOf(lines, middle, to));
}

} // namespace

lang::Message personNames(const model::Event& event, const std::vector<model::Id>& people) {
    return names(people, [&](const model::Id& id) {
        const auto* person = model::findPerson(event, id);
        return person ? person->name : id.str();
    });
}

lang::Message roomName(const model::Event& event, const std::optional<model::Id>& room) {
    if (!room) {
        return lang::message("mergeWord.noRoom");
    }
    const auto* found = model::findRoom(event, *room);
    return plain(found ? found->name : room->str());
}

lang::Message roundName(const model::Event& event, const model::Id& round) {
    return plain(model::findRound(event, round) ? model::roundHeading(event, round) : round.str());
}

lang::Message groupNumbers(const model::Event& event, const std::vector<model::Id>& groups) {
    return names(groups, [&](const model::Id& id) {
        const auto* group = model::findGroup(event, id);
        return group ? group->number : id.str();
    });
}

lang::Message themeNames(const model::Event& event, const std::vector<model::Id>& themes) {
    return names(themes, [&](const model::Id& id) {
        const auto* theme = model::findTheme(event, id);
        return theme ? theme->name : id.str();
    });
}

lang::Message countText(const std::optional<int>& count) {
    return count ? plain(std::to_string(*count)) : lang::message("mergeWord.unknown");
}

lang::Message joinLines(const std::vector<lang::Message>& lines) {
    return lines.empty() ? plain("") : linesOf(lines, 0, lines.size());
}

lang::Message joinLines(const std::vector<std::string>& lines) {
    std::vector<lang::Message> messages;
    messages.reserve(lines.size());
    for (const auto& line : lines) {
        messages.push_back(plain(line));
    }
    return joinLines(messages);
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
