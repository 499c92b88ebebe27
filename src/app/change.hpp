// One undoable change to an event, as before/after states of the parts it
// touches. Every edit the app makes — typing in an input, moving a topic on
// the wall, importing notes — is a Change; the session applies it to the
// model, writes exactly the touched parts in one transaction, and undoes it by
// applying the before states the same way.
#pragma once

#include "lang/message.hpp"
#include "model/event.hpp"
#include "model/hand_in.hpp"

#include <optional>
#include <string>
#include <vector>

namespace innspill::app {

// The event's own fields (everything but its collections).
struct EventHeader {
    std::string title;
    std::string subtitle;
    std::vector<std::string> guidingQuestions;
    std::string about;
    std::string place;
    std::string startDate;
    std::string endDate;
    std::vector<std::string> organisers;
    std::string language;
    model::ReportLabels labels;
    model::NamePolicy namePolicy = model::NamePolicy::WithConsent;

    bool operator==(const EventHeader&) const = default;
};

EventHeader headerOf(const model::Event& event);
void setHeader(model::Event& event, const EventHeader& header);

struct Programme {
    std::vector<model::Day> days;
    std::vector<model::Room> rooms;

    bool operator==(const Programme&) const = default;
};

// Before and after of one part; nullopt means "does not exist" (added or removed).
template <typename T> struct Delta {
    std::optional<T> before;
    std::optional<T> after;
};

class Change {
  public:
    // The label names the step in the Edit menu ("Angre Endre tittel"). It is
    // a catalogue message, worded when the menu is drawn, so switching the
    // UI's language re-words the steps already on the stack.
    explicit Change(lang::Message label = {}) : m_label(std::move(label)) {}
    explicit Change(const char* labelKey) : m_label{labelKey, {}} {}

    const lang::Message& label() const { return m_label; }
    std::string labelText(lang::Language language = lang::Language::Nb) const {
        return lang::render(language, m_label);
    }
    bool empty() const;

    // Record the parts this change touches, with their states before and after.
    void header(const EventHeader& before, const EventHeader& after);
    void programme(const Programme& before, const Programme& after);
    void themes(const std::vector<model::Theme>& before, const std::vector<model::Theme>& after);
    // The synthesis as a whole (small next to the groups; the store writes
    // only the challenges that differ).
    void synthesis(const model::Synthesis& before, const model::Synthesis& after);
    void person(std::optional<model::Person> before, std::optional<model::Person> after);
    void group(std::optional<model::Group> before, std::optional<model::Group> after);
    // A record of the master's hand-in history (a merge adds one; undoing the
    // merge removes it again). Not part of model::Event: see applyToHistory.
    void handIn(std::optional<model::HandIn> before, std::optional<model::HandIn> after);

    // Typing into the same thing again merges into one undo step: this
    // change's before states, `later`'s after states.
    void absorb(Change later);
    // Whether `other` touches exactly the same parts (for merging a burst of typing).
    bool sameParts(const Change& other) const;

    const std::optional<Delta<EventHeader>>& headerDelta() const { return m_header; }
    const std::optional<Delta<Programme>>& programmeDelta() const { return m_programme; }
    const std::optional<Delta<std::vector<model::Theme>>>& themesDelta() const { return m_themes; }
    const std::optional<Delta<model::Synthesis>>& synthesisDelta() const { return m_synthesis; }
    const std::vector<Delta<model::Person>>& people() const { return m_people; }
    const std::vector<Delta<model::Group>>& groups() const { return m_groups; }
    const std::vector<Delta<model::HandIn>>& handIns() const { return m_handIns; }

    // The change that undoes this one.
    Change inverse() const;

  private:
    lang::Message m_label;
    std::optional<Delta<EventHeader>> m_header;
    std::optional<Delta<Programme>> m_programme;
    std::optional<Delta<std::vector<model::Theme>>> m_themes;
    std::optional<Delta<model::Synthesis>> m_synthesis;
    std::vector<Delta<model::Person>> m_people;
    std::vector<Delta<model::Group>> m_groups;
    std::vector<Delta<model::HandIn>> m_handIns;
};

// Applies the after states of `change` to `event` (people and groups are
// added, replaced or removed by id). Programmer errors (a before state that
// does not match) are not checked here; the session builds changes from the
// current model.
void applyToModel(model::Event& event, const Change& change);

// Applies the after states of the change's hand-in records to a history
// kept in memory (oldest first; a new record goes last, as in the file).
void applyToHistory(std::vector<model::HandIn>& history, const Change& change);

} // namespace innspill::app
