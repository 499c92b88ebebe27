// Merging parsed notes into an event.
#include "io/notes/notes_import.hpp"

#include "io/notes/notes_lines.hpp"
#include "io/notes/text_decoding.hpp"
#include "model/limits.hpp"
#include "model/name_match.hpp"
#include "model/text.hpp"

#include <algorithm>
#include <unordered_map>

namespace innspill::io::notes {

using namespace innspill::model;

namespace {

std::string joinLines(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) {
        text += (text.empty() ? "" : "\n") + line;
    }
    return text;
}

class Merger {
  public:
    Merger(const Event& base, const ParsedNotes& parsed) : m_parsed(parsed) {
        m_result.event = base;
        m_result.warnings = parsed.warnings;
        for (const auto& person : base.people) {
            m_peopleByKey[nameKey(person.name)].push_back(person.id);
        }
    }

    NotesImport run() {
        importFrontMatter();
        for (const auto& round : m_parsed.rounds) {
            const Id id = ensureRound(round.day, round.round, 0);
            if (!round.extra.empty()) {
                setRoundTitle(id, round.extra);
            }
        }
        for (const auto& group : m_parsed.groups) {
            importGroup(group);
        }
        resolveLinks();
        const size_t dropped = m_parsed.dropped.size();
        if (dropped > 0) {
            m_result.warnings.push_back({0, lang::message(dropped == 1 ? "notesImport.droppedLine"
                                                                       : "notesImport.droppedLines",
                                                          {{"n", std::to_string(dropped)}})});
        }
        // Every dropped line with its number, so a person can check none was text.
        for (const auto& line : m_parsed.dropped) {
            m_result.warnings.push_back(
                {line.line, lang::message("notesImport.droppedFurniture", {{"text", line.text}})});
        }
        return std::move(m_result);
    }

  private:
    Event& event() { return m_result.event; }

    void importFrontMatter() {
        const std::string& front = m_parsed.frontMatter;
        if (front.empty()) {
            return;
        }
        if (event().about.empty()) {
            event().about = front;
            m_result.eventFieldsChanged = true;
            m_result.created.push_back(lang::message("notesImport.frontMatter"));
        } else if (event().about != front) {
            m_result.warnings.push_back({1, lang::message("notesImport.frontMatterKept")});
        }
    }

    // The round numbered `number` across the event, created (with days up to
    // `day`) when missing.
    Id ensureRound(int day, int number, size_t line) {
        if (number <= 0) {
            number = 1;
        }
        int counted = 0;
        for (const auto& d : event().days) {
            for (const auto& round : d.rounds) {
                if (++counted == number) {
                    return round.id;
                }
            }
        }
        const int wantDay = std::max(day, 1);
        while (static_cast<int>(event().days.size()) < wantDay) {
            event().days.push_back(Day{Id::generate(), "", {}});
            m_result.created.push_back(
                lang::message("notesImport.day", {{"day", std::to_string(event().days.size())}}));
        }
        Id id;
        while (counted < number) {
            Round round{Id::generate(), "", "", ""};
            id = round.id;
            event().days[static_cast<size_t>(wantDay - 1)].rounds.push_back(round);
            ++counted;
            // The event's own heading words (its report labels), not the UI's.
            m_result.created.push_back(
                lang::message("notesImport.round", {{"heading", roundHeading(event(), id)}}));
        }
        m_result.programmeChanged = true;
        (void)line;
        return id;
    }

    void setRoundTitle(const Id& id, const std::string& title) {
        for (auto& day : event().days) {
            for (auto& round : day.rounds) {
                if (round.id == id && round.title != title) {
                    round.title = title;
                    m_result.programmeChanged = true;
                }
            }
        }
    }

    // The register's person a name in the notes is, by the merge's rule: the
    // same name (nameKey) and organisations that agree, an equal one first.
    Person* samePerson(const std::string& key, const std::string& organisation) {
        auto found = m_peopleByKey.find(key);
        if (found == m_peopleByKey.end()) {
            return nullptr;
        }
        Person* agreeing = nullptr;
        for (const auto& id : found->second) {
            auto person = std::find_if(event().people.begin(), event().people.end(),
                                       [&](const Person& p) { return p.id == id; });
            if (person == event().people.end() ||
                !organisationsAgree(person->organisation, organisation)) {
                continue;
            }
            if (!organisation.empty() && nameKey(person->organisation) == nameKey(organisation)) {
                return &*person;
            }
            agreeing = agreeing ? agreeing : &*person;
        }
        return agreeing;
    }

    Id personFor(const ParsedPerson& parsed) {
        const std::string key = nameKey(parsed.name);
        if (Person* person = samePerson(key, parsed.organisation)) {
            if (person->organisation.empty() && !parsed.organisation.empty()) {
                person->organisation = model::cutToChars(parsed.organisation, model::kMaxNameChars);
                if (std::find(m_result.people.begin(), m_result.people.end(), person->id) ==
                    m_result.people.end()) {
                    m_result.people.push_back(person->id);
                }
            }
            return person->id;
        }
        // A notes file is free text: a name is held to the register's limits.
        Person person{Id::generate(), model::cutToChars(parsed.name, model::kMaxNameChars),
                      model::cutToChars(parsed.organisation, model::kMaxNameChars),
                      Perspective::Unspecified, false};
        m_peopleByKey[key].push_back(person.id);
        event().people.push_back(person);
        m_result.people.push_back(person.id);
        ++m_result.newPeople;
        return person.id;
    }

    std::vector<Id> peopleFor(const std::vector<ParsedPerson>& parsed) {
        std::vector<Id> ids;
        for (const auto& person : parsed) {
            const Id id = personFor(person);
            if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
                ids.push_back(id);
            }
        }
        return ids;
    }

    // Inputs keep their ids (and so their theme tags) where the text is unchanged.
    static Input toInput(const ParsedInput& parsed,
                         std::unordered_map<std::string, const Input*>& old) {
        Input input;
        if (auto found = old.find(parsed.text); found != old.end()) {
            input.id = found->second->id;
            input.themes = found->second->themes;
            old.erase(found);
        } else {
            input.id = Id::generate();
        }
        input.text = parsed.text;
        input.kind = parsed.kind;
        for (const auto& child : parsed.children) {
            input.children.push_back(toInput(child, old));
        }
        return input;
    }

    static void collect(const std::vector<Input>& inputs,
                        std::unordered_map<std::string, const Input*>& into) {
        for (const auto& input : inputs) {
            into.emplace(input.text, &input);
            collect(input.children, into);
        }
    }

    static size_t countAll(const std::vector<Input>& inputs) {
        size_t count = 0;
        for (const auto& input : inputs) {
            count += 1 + input.children.size();
        }
        return count;
    }

    void importGroup(const ParsedGroup& parsed) {
        ++m_result.groupsRead;
        for (const auto& input : parsed.inputs) {
            ++m_result.inputsRead;
            m_result.subPointsRead += input.children.size();
        }
        const Id roundId = ensureRound(parsed.day, parsed.round, parsed.line);
        Group* existing = nullptr;
        for (auto& group : event().groups) {
            if (group.number == parsed.number) {
                existing = &group;
            }
        }
        Group group = existing ? *existing : Group{};
        const Group before = group;
        if (!existing) {
            group.id = Id::generate();
            group.number = parsed.number;
            group.roundId = roundId;
            group.status = GroupStatus::Met;
        } else if (existing->roundId != roundId) {
            m_result.warnings.push_back({parsed.line, lang::message("notesImport.groupInOtherRound",
                                                                    {{"number", parsed.number}})});
        }
        // A paragraph read as a title is cut to a title's length (model/limits.hpp).
        group.title = model::cutToChars(parsed.title, model::kMaxTitleChars);
        group.initiators = peopleFor(parsed.initiators);
        group.facilitators = peopleFor(parsed.facilitators);
        if (parsed.participantLine || !existing) {
            group.participantCount = parsed.participantCount;
            group.participantNote = parsed.participantNote;
        }
        std::unordered_map<std::string, const Input*> oldInputs;
        collect(before.inputs, oldInputs);
        group.inputs.clear();
        for (const auto& input : parsed.inputs) {
            group.inputs.push_back(toInput(input, oldInputs));
        }
        group.reportNote = joinLines(parsed.reportNotes);
        if (!parsed.internalNotes.empty()) {
            const std::string extra = joinLines(parsed.internalNotes);
            if (group.notes.text.find(extra) == std::string::npos) {
                group.notes.text += (group.notes.text.empty() ? "" : "\n") + extra;
            }
        }
        m_links.push_back({group.id, parsed});
        m_result.groupsInNotes.push_back(group.id);

        if (!existing) {
            const auto count = countInputs(group.inputs);
            m_result.created.push_back(lang::message(
                "notesImport.group", {{"number", group.number},
                                      {"title", group.title},
                                      {"inputs", std::to_string(count.inputs)},
                                      {"subPoints", std::to_string(count.subPoints)}}));
            event().groups.push_back(std::move(group));
            m_result.groups.push_back(event().groups.back().id);
            return;
        }
        const lang::Message changes = describeChanges(before, group);
        *existing = std::move(group);
        if (!changes.empty()) {
            m_result.updated.push_back(
                lang::message("notesImport.groupChanged", {{"number", before.number}})
                    .withMessage("changes", changes));
            m_result.groups.push_back(before.id);
        }
    }

    static lang::Message describeChanges(const Group& before, const Group& after) {
        std::vector<lang::Message> what;
        if (before.title != after.title) {
            what.push_back(lang::message("notesImport.changed.title"));
        }
        if (before.initiators != after.initiators) {
            what.push_back(lang::message("notesImport.changed.initiator"));
        }
        if (before.facilitators != after.facilitators) {
            what.push_back(lang::message("notesImport.changed.facilitator"));
        }
        if (before.participantCount != after.participantCount ||
            before.participantNote != after.participantNote) {
            what.push_back(lang::message("notesImport.changed.participantCount"));
        }
        if (before.inputs != after.inputs) {
            const size_t was = countAll(before.inputs);
            const size_t now = countAll(after.inputs);
            what.push_back(
                lang::message("notesImport.changed.inputs",
                              {{"was", std::to_string(was)}, {"now", std::to_string(now)}}));
        }
        if (before.reportNote != after.reportNote || before.notes != after.notes) {
            what.push_back(lang::message("notesImport.changed.notes"));
        }
        return lang::joined(what);
    }

    // Follow-up and merge links name groups by number: resolve them once all
    // groups are in, so a later group can be referred to.
    void resolveLinks() {
        for (const auto& [id, parsed] : m_links) {
            Group* group = nullptr;
            for (auto& candidate : event().groups) {
                if (candidate.id == id) {
                    group = &candidate;
                }
            }
            if (!group) {
                continue;
            }
            const Group before = *group;
            if (parsed.followUpOf) {
                const Group* earlier = findGroupByNumber(event(), *parsed.followUpOf);
                if (earlier && earlier->id != group->id) {
                    group->followUpOf = earlier->id;
                } else {
                    m_result.warnings.push_back(
                        {parsed.line, lang::message("notesImport.followUpMissing",
                                                    {{"number", parsed.number},
                                                     {"target", *parsed.followUpOf}})});
                }
            }
            for (const auto& number : parsed.mergedWith) {
                const Group* other = findGroupByNumber(event(), number);
                if (other && other->id != group->id &&
                    std::find(group->mergedWith.begin(), group->mergedWith.end(), other->id) ==
                        group->mergedWith.end()) {
                    group->mergedWith.push_back(other->id);
                }
            }
            if (!(before == *group) && std::find(m_result.groups.begin(), m_result.groups.end(),
                                                 id) == m_result.groups.end()) {
                m_result.groups.push_back(id);
            }
        }
    }

    const ParsedNotes& m_parsed;
    NotesImport m_result;
    std::unordered_map<std::string, std::vector<Id>> m_peopleByKey;
    std::vector<std::pair<Id, ParsedGroup>> m_links;
};

} // namespace

NotesImport importNotes(const Event& base, const ParsedNotes& parsed) {
    return Merger(base, parsed).run();
}

NotesImport importNotesText(const Event& base, std::string_view bytes) {
    const auto decoded = decodeText(bytes);
    auto result = importNotes(base, parseNotes(decoded.text));
    if (decoded.encoding == SourceEncoding::Windows1252) {
        result.warnings.insert(result.warnings.begin(),
                               {0, lang::message("notesImport.windows1252")});
    }
    return result;
}

} // namespace innspill::io::notes
