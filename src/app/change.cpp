// Changes as before/after states, and applying them to the model.
#include "app/change.hpp"

#include <algorithm>

namespace innspill::app {

EventHeader headerOf(const model::Event& event) {
    return EventHeader{event.title,    event.subtitle,  event.guidingQuestions, event.about,
                       event.place,    event.startDate, event.endDate,          event.organisers,
                       event.language, event.labels,    event.namePolicy};
}

void setHeader(model::Event& event, const EventHeader& header) {
    event.title = header.title;
    event.subtitle = header.subtitle;
    event.guidingQuestions = header.guidingQuestions;
    event.about = header.about;
    event.place = header.place;
    event.startDate = header.startDate;
    event.endDate = header.endDate;
    event.organisers = header.organisers;
    event.language = header.language;
    event.labels = header.labels;
    event.namePolicy = header.namePolicy;
}

namespace {

template <typename T> const model::Id& idOf(const Delta<T>& delta) {
    return delta.after ? delta.after->id : delta.before->id;
}

template <typename T>
void recordEntity(std::vector<Delta<T>>& deltas, std::optional<T> before, std::optional<T> after) {
    if (!before && !after) {
        return;
    }
    const model::Id& id = after ? after->id : before->id;
    for (auto& delta : deltas) {
        if (idOf(delta) == id) {
            // Touched twice in one change: keep the first before, take the new after.
            delta.after = std::move(after);
            return;
        }
    }
    deltas.push_back(Delta<T>{std::move(before), std::move(after)});
}

template <typename T>
void absorbWhole(std::optional<Delta<T>>& mine, const std::optional<Delta<T>>& later) {
    if (!later) {
        return;
    }
    if (mine) {
        mine->after = later->after;
    } else {
        mine = later;
    }
}

template <typename T>
void replaceOrErase(std::vector<T>& items, const model::Id& id, const std::optional<T>& after) {
    auto it =
        std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    if (after) {
        if (it != items.end()) {
            *it = *after;
        } else {
            items.push_back(*after);
        }
    } else if (it != items.end()) {
        items.erase(it);
    }
}

template <typename T> std::vector<model::Id> ids(const std::vector<Delta<T>>& deltas) {
    std::vector<model::Id> result;
    for (const auto& delta : deltas) {
        result.push_back(idOf(delta));
    }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

bool Change::empty() const {
    return !m_header && !m_programme && !m_themes && !m_synthesis && m_people.empty() &&
           m_groups.empty() && m_handIns.empty();
}

void Change::header(const EventHeader& before, const EventHeader& after) {
    absorbWhole(m_header, std::optional(Delta<EventHeader>{before, after}));
}

void Change::programme(const Programme& before, const Programme& after) {
    absorbWhole(m_programme, std::optional(Delta<Programme>{before, after}));
}

void Change::themes(const std::vector<model::Theme>& before,
                    const std::vector<model::Theme>& after) {
    absorbWhole(m_themes, std::optional(Delta<std::vector<model::Theme>>{before, after}));
}

void Change::synthesis(const model::Synthesis& before, const model::Synthesis& after) {
    absorbWhole(m_synthesis, std::optional(Delta<model::Synthesis>{before, after}));
}

void Change::person(std::optional<model::Person> before, std::optional<model::Person> after) {
    recordEntity(m_people, std::move(before), std::move(after));
}

void Change::group(std::optional<model::Group> before, std::optional<model::Group> after) {
    recordEntity(m_groups, std::move(before), std::move(after));
}

void Change::handIn(std::optional<model::HandIn> before, std::optional<model::HandIn> after) {
    recordEntity(m_handIns, std::move(before), std::move(after));
}

void Change::absorb(Change later) {
    absorbWhole(m_header, later.m_header);
    absorbWhole(m_programme, later.m_programme);
    absorbWhole(m_themes, later.m_themes);
    absorbWhole(m_synthesis, later.m_synthesis);
    for (auto& delta : later.m_people) {
        recordEntity(m_people, std::move(delta.before), std::move(delta.after));
    }
    for (auto& delta : later.m_groups) {
        recordEntity(m_groups, std::move(delta.before), std::move(delta.after));
    }
    for (auto& delta : later.m_handIns) {
        recordEntity(m_handIns, std::move(delta.before), std::move(delta.after));
    }
}

bool Change::sameParts(const Change& other) const {
    return m_header.has_value() == other.m_header.has_value() &&
           m_programme.has_value() == other.m_programme.has_value() &&
           m_themes.has_value() == other.m_themes.has_value() &&
           m_synthesis.has_value() == other.m_synthesis.has_value() &&
           ids(m_people) == ids(other.m_people) && ids(m_groups) == ids(other.m_groups) &&
           ids(m_handIns) == ids(other.m_handIns);
}

Change Change::inverse() const {
    Change inverse(m_label);
    if (m_header) {
        inverse.m_header = Delta<EventHeader>{m_header->after, m_header->before};
    }
    if (m_programme) {
        inverse.m_programme = Delta<Programme>{m_programme->after, m_programme->before};
    }
    if (m_themes) {
        inverse.m_themes = Delta<std::vector<model::Theme>>{m_themes->after, m_themes->before};
    }
    if (m_synthesis) {
        inverse.m_synthesis = Delta<model::Synthesis>{m_synthesis->after, m_synthesis->before};
    }
    for (const auto& delta : m_people) {
        inverse.m_people.push_back({delta.after, delta.before});
    }
    for (const auto& delta : m_groups) {
        inverse.m_groups.push_back({delta.after, delta.before});
    }
    for (const auto& delta : m_handIns) {
        inverse.m_handIns.push_back({delta.after, delta.before});
    }
    return inverse;
}

void applyToModel(model::Event& event, const Change& change) {
    if (const auto& delta = change.headerDelta(); delta && delta->after) {
        setHeader(event, *delta->after);
    }
    if (const auto& delta = change.programmeDelta(); delta && delta->after) {
        event.days = delta->after->days;
        event.rooms = delta->after->rooms;
    }
    if (const auto& delta = change.themesDelta(); delta && delta->after) {
        event.themes = *delta->after;
    }
    if (const auto& delta = change.synthesisDelta(); delta && delta->after) {
        event.synthesis = *delta->after;
    }
    // People before groups (a new group may name a new person); removals of
    // people after groups stop naming them — order of the vector is the
    // order they were recorded, which the command builders keep sensible.
    for (const auto& delta : change.people()) {
        replaceOrErase(event.people, idOf(delta), delta.after);
    }
    for (const auto& delta : change.groups()) {
        replaceOrErase(event.groups, idOf(delta), delta.after);
    }
}

void applyToHistory(std::vector<model::HandIn>& history, const Change& change) {
    for (const auto& delta : change.handIns()) {
        replaceOrErase(history, idOf(delta), delta.after);
    }
}

} // namespace innspill::app
