// Building the report document from the event: order, labels, privacy.
#include "io/report/report_document.hpp"

#include "io/report/challenge_builder.hpp"
#include "io/report/printed_groups.hpp"
#include "io/report/report_convergence.hpp"
#include "io/report/report_words.hpp"

#include <unordered_map>

namespace innspill::io::report {

using namespace innspill::model;

std::string joinList(const std::vector<std::string>& items, const std::string& language) {
    std::string joined;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            joined += i + 1 == items.size() ? " " + vocabulary(language).and_ + " " : ", ";
        }
        joined += items[i];
    }
    return joined;
}

namespace {

std::string replaceN(std::string pattern, const std::string& number) {
    const auto at = pattern.find("{n}");
    return at == std::string::npos ? pattern : pattern.replace(at, 3, number);
}

std::string anchorFor(const std::string& prefix, const std::string& key) {
    std::string anchor = prefix + "-";
    for (char c : key) {
        anchor += (c == '.') ? '-' : c;
    }
    return anchor;
}

// Paragraphs are separated by blank lines; single line breaks inside one are
// spaces (text typed or pasted from a PDF breaks lines anywhere).
std::vector<std::string> paragraphs(const std::string& text) {
    std::vector<std::string> result;
    std::string current;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        std::string line = text.substr(start, end - start);
        while (!line.empty() &&
               (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) {
            line.pop_back();
        }
        size_t first = line.find_first_not_of(" \t");
        if (first == std::string::npos) {
            if (!current.empty()) {
                result.push_back(current);
                current.clear();
            }
        } else {
            current += (current.empty() ? "" : " ") + line.substr(first);
        }
        start = end + 1;
    }
    if (!current.empty()) {
        result.push_back(current);
    }
    return result;
}

class Builder {
  public:
    Builder(const Event& event, const ReportOptions& options)
        : m_event(event), m_options(options), m_words(vocabulary(event.language)) {
        for (const auto& theme : event.themes) {
            m_themeNames[theme.id] = theme.name;
        }
        // By id, as findPerson finds them (the first of an id), without a
        // search of the whole list for every name printed.
        m_people.reserve(event.people.size());
        for (const auto& person : event.people) {
            m_people.emplace(person.id, &person);
        }
    }

    ReportDocument build() {
        ReportDocument doc;
        doc.language = m_event.language;
        doc.mediaFolder = m_options.mediaFolder;
        doc.kind = m_options.kind;
        doc.internal = m_options.includeAppendix;
        doc.words = m_words.words;
        doc.title = m_event.title;
        doc.subtitle = m_event.subtitle;
        doc.guidingQuestions = m_event.guidingQuestions;
        doc.aboutParagraphs = paragraphs(m_event.about);
        const std::string dates =
            formatDateRange(m_event.startDate, m_event.endDate, m_event.language);
        doc.placeAndDate = m_event.place.empty() ? dates
                           : dates.empty()       ? m_event.place
                                                 : m_event.place + ", " + dates;
        doc.organisers = joinList(m_event.organisers, m_event.language);

        for (const auto& day : m_event.days) {
            for (const auto& round : day.rounds) {
                addRound(doc, round);
            }
        }
        if (m_options.kind == ReportKind::Thematic) {
            buildThemes(doc);
        } else if (m_options.kind == ReportKind::Challenges) {
            // The event's title with the report's name under it; the guiding
            // questions belong to the workshop, not to its synthesis.
            doc.subtitle = m_words.words.challengeReport;
            doc.guidingQuestions.clear();
            buildChallenges(m_event, doc, printActions());
        }
        buildChallengeActions(m_event, doc, printActions());
        addTopVoted(doc, m_event, m_printed);
        if (m_options.includeAppendix) {
            doc.peopleIndex = buildPeopleIndex(
                m_event, m_printed, [](const Person& person) { return displayName(person); });
        }
        return doc;
    }

  private:
    const Person* personById(const Id& id) const {
        const auto found = m_people.find(id);
        return found == m_people.end() ? nullptr : found->second;
    }

    // The name as the report prints it, or empty when the policy withholds it.
    std::string personName(const Id& id) const {
        const Person* person = personById(id);
        if (!person) {
            return {};
        }
        if (m_options.includeAppendix || nameIsPublic(m_event.namePolicy, *person)) {
            return displayName(*person);
        }
        return {};
    }

    // The actions as printed, the empty rows left out. A person from the
    // register is printed by the name policy like an initiator; free text is
    // printed as written.
    std::vector<ReportAction> reportActions(const std::vector<Action>& actions) const {
        std::vector<ReportAction> out;
        for (const auto& action : actions) {
            if (isEmpty(action)) {
                continue;
            }
            const Person* person = actionPerson(m_event, action);
            out.push_back(ReportAction{action.what, person ? personName(person->id) : action.who,
                                       action.nextStep, action.due, action.resources});
        }
        return out;
    }

    ActionPrinter printActions() const {
        return [this](const std::vector<Action>& actions) { return reportActions(actions); };
    }

    std::string people(const std::vector<Id>& ids) const {
        std::vector<std::string> names;
        for (const auto& id : ids) {
            if (auto name = personName(id); !name.empty()) {
                names.push_back(std::move(name));
            }
        }
        return joinList(names, m_event.language);
    }

    // A line of names: with no one recorded it is printed as the label alone
    // (as before); when every name is withheld the line is left out.
    void addPeopleField(ReportGroup& out, const std::string& label,
                        const std::vector<Id>& ids) const {
        std::string names = people(ids);
        if (names.empty() && !ids.empty()) {
            return;
        }
        out.fields.push_back({label, std::move(names)});
    }

    // The note is what the facilitator wrote ("3 + 2", "6 (8)"): when it has
    // a number it says the count itself; otherwise it qualifies the count.
    static std::string participantCount(const Group& group) {
        const std::string count =
            group.participantCount ? std::to_string(*group.participantCount) : "";
        const std::string& note = group.participantNote;
        if (note.empty()) {
            return count;
        }
        if (count.empty() || note.find_first_of("0123456789") != std::string::npos) {
            return note;
        }
        return count + " (" + note + ")";
    }

    ReportInput convert(const Input& input) const {
        ReportInput out;
        out.text = input.text;
        out.kind = input.kind;
        out.votes = input.votes;
        for (const auto& theme : input.themes) {
            if (auto found = m_themeNames.find(theme); found != m_themeNames.end()) {
                out.themes.push_back(found->second);
            }
        }
        for (const auto& child : input.children) {
            out.children.push_back(convert(child));
        }
        return out;
    }

    void addRound(ReportDocument& doc, const Round& round) {
        ReportRound out;
        const auto position = locateRound(m_event, round.id);
        out.number = position ? position->number : 0;
        out.day = position ? static_cast<int>(position->dayIndex) + 1 : 0;
        out.anchor = "runde-" + std::to_string(out.number);
        out.heading = roundHeading(m_event, round.id);
        for (const Group* group : groupsInRound(m_event, round.id)) {
            if (!isPrinted(*group)) {
                continue;
            }
            m_printed.push_back(group);
            out.groups.push_back(convertGroup(*group));
            if (m_options.includeAppendix) {
                doc.appendix.push_back(appendixFor(*group));
            }
        }
        if (!out.groups.empty()) {
            doc.rounds.push_back(std::move(out));
        }
    }

    ReportGroup convertGroup(const Group& group) const {
        ReportGroup out;
        out.anchor = anchorFor("gruppe", group.number);
        out.number = group.number;
        out.title = group.title;
        const auto& labels = m_event.labels;
        addPeopleField(out, labels.initiator, group.initiators);
        addPeopleField(out, labels.facilitator, group.facilitators);
        out.fields.push_back({labels.participantCount, participantCount(group)});
        out.initiators = people(group.initiators);
        out.inputsLabel = labels.inputs;
        for (const auto& input : group.inputs) {
            out.inputs.push_back(convert(input));
        }
        // A group merged with another gave its inputs there: not "none".
        if (out.inputs.empty() && group.mergedWith.empty()) {
            out.emptyNote = m_words.noInputs;
        }
        if (group.followUpOf) {
            const Group* earlier = findGroup(m_event, *group.followUpOf);
            // Do not say it twice when the group's own note already does.
            if (earlier && group.reportNote.find(earlier->number) == std::string::npos) {
                out.notes.push_back(replaceN(m_words.followUpOf, earlier->number));
            }
        }
        for (const auto& other : group.mergedWith) {
            const Group* merged = findGroup(m_event, other);
            if (merged && group.reportNote.find(merged->number) == std::string::npos) {
                out.notes.push_back(replaceN(m_words.mergedWith, merged->number));
            }
        }
        for (auto& paragraph : paragraphs(group.reportNote)) {
            out.notes.push_back(std::move(paragraph));
        }
        out.actions = reportActions(group.actions);
        addPhotos(out, group);
        return out;
    }

    // Photos show faces: only the public ones unless this is the internal version.
    void addPhotos(ReportGroup& out, const Group& group) const {
        if (!m_options.photoBytes && !m_options.photosWithoutBytes) {
            return;
        }
        for (const auto& photo : group.photos) {
            if (!photo.isPublic && !m_options.includeAppendix) {
                continue;
            }
            std::optional<std::string> bytes = std::string();
            if (!m_options.photosWithoutBytes) {
                bytes = m_options.photoBytes(photo.id);
                if (!bytes || bytes->empty()) {
                    continue;
                }
            }
            ReportPhoto printed;
            printed.caption = photo.caption;
            printed.alt =
                photo.caption.empty() ? replaceN(m_words.photoOf, group.number) : photo.caption;
            printed.width = photo.width;
            printed.height = photo.height;
            printed.jpeg = std::move(*bytes);
            printed.isPublic = photo.isPublic;
            printed.fileName = out.anchor + "-" + std::to_string(out.photos.size() + 1) + ".jpg";
            out.photos.push_back(std::move(printed));
        }
    }

    AppendixGroup appendixFor(const Group& group) const {
        AppendixGroup out;
        out.number = group.number;
        out.title = group.title;
        for (const auto& id : group.participants) {
            if (const Person* person = personById(id)) {
                out.participants.push_back(displayName(*person));
            }
        }
        const std::pair<const std::string*, const std::string*> notes[] = {
            {&m_words.challenges, &group.notes.challenges},
            {&m_words.opportunities, &group.notes.opportunities},
            {&m_words.notes, &group.notes.text}};
        for (const auto& [label, text] : notes) {
            if (!text->empty()) {
                out.notes.push_back({*label, *text});
            }
        }
        return out;
    }

    void buildThemes(ReportDocument& doc) const {
        std::unordered_map<Id, size_t> themeIndex;
        for (size_t i = 0; i < m_event.themes.size(); ++i) {
            const auto& theme = m_event.themes[i];
            themeIndex[theme.id] = i;
            doc.themes.push_back(ReportTheme{"tema-" + std::to_string(i + 1),
                                             theme.name,
                                             theme.description,
                                             {},
                                             model::themeColour(m_event.themes, i)});
        }
        BarChart perRound{m_words.perRound, {}, m_words.chartRound, m_words.chartCount, {}};
        for (const auto& round : doc.rounds) {
            size_t count = 0;
            for (const auto& group : round.groups) {
                for (const auto& input : group.inputs) {
                    count += input.kind == InputKind::Item ? 1 : 0;
                }
            }
            perRound.bars.emplace_back(round.heading, count);
        }
        for (const Group* group : m_printed) {
            const std::string anchor = anchorFor("gruppe", group->number);
            for (const auto& input : group->inputs) {
                bool tagged = !input.themes.empty();
                addTagged(doc, themeIndex, *group, anchor, input);
                for (const auto& child : input.children) {
                    if (!child.themes.empty()) {
                        tagged = true;
                        addTagged(doc, themeIndex, *group, anchor, child);
                    }
                }
                if (!tagged && input.kind == InputKind::Item) {
                    doc.untagged.push_back(ThemedInput{group->number, anchor, convert(input)});
                }
            }
        }
        BarChart perTheme{m_words.perTheme, {}, m_words.chartTheme, m_words.chartCount, {}};
        for (const auto& theme : doc.themes) {
            perTheme.bars.emplace_back(theme.name, theme.inputs.size());
            perTheme.colours.push_back(theme.colour);
        }
        perTheme.bars.emplace_back(m_words.untaggedBar, doc.untagged.size());
        perTheme.colours.push_back(model::brand::kSubtleText); // untagged: neutral
        doc.charts = {perTheme, perRound};
    }

    void addTagged(ReportDocument& doc, const std::unordered_map<Id, size_t>& themeIndex,
                   const Group& group, const std::string& anchor, const Input& input) const {
        for (const auto& theme : input.themes) {
            if (auto found = themeIndex.find(theme); found != themeIndex.end()) {
                doc.themes[found->second].inputs.push_back(
                    ThemedInput{group.number, anchor, convert(input)});
            }
        }
    }

    const Event& m_event;
    const ReportOptions& m_options;
    const Vocabulary& m_words;
    std::unordered_map<Id, std::string> m_themeNames;
    std::unordered_map<Id, const Person*> m_people;
    std::vector<const Group*> m_printed;
};

} // namespace

ReportDocument buildReport(const Event& event, const ReportOptions& options) {
    return Builder(event, options).build();
}

} // namespace innspill::io::report
