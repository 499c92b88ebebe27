// Inside the merge (merge_*.cpp only): the three events, the choices made so
// far, where conflicts and notes go, the three-way rule for one value, and
// the words that show a value to a person.
#pragma once

#include "app/merge/merge_plan.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace innspill::app {

struct MergeSources {
    std::shared_ptr<const model::Event> master;
    model::Event kit;
    std::shared_ptr<const model::Event> base;
    model::KitRecord record;
    MergeOptions options;
    std::string kitState; // the kit as a JSON archive, for the hand-in record
};

namespace merge {

class Context {
  public:
    Context(const model::Event& master, const model::Event& kit, const model::Event& base,
            const std::map<std::string, MergeChoice>& choices)
        : master(master), kit(kit), base(base), m_choices(choices) {}

    const model::Event& master;
    const model::Event& kit;
    const model::Event& base;

    // Records `conflict` with the choice made for its key and returns that
    // choice. Undecided: the caller keeps the master's side.
    MergeChoice decide(MergeConflict conflict);
    void note(std::string text) { notes.push_back(std::move(text)); }

    std::vector<MergeConflict> conflicts;
    std::vector<std::string> notes;

  private:
    const std::map<std::string, MergeChoice>& m_choices;
};

// The three-way rule for one value: unchanged in the kit → the master's;
// unchanged in the master → the kit's; the same change on both sides → it;
// otherwise a conflict, made by `makeConflict` only then (rendering values
// costs). `b` null: the entity is new on both sides, so only equal values
// agree. `decided` receives the conflict's choice, if there was one.
template <typename T, typename MakeConflict>
T mergeValue(Context& context, const T& m, const T& k, const T* b, MakeConflict&& makeConflict,
             std::optional<MergeChoice>* decided = nullptr) {
    if (b && k == *b) {
        return m;
    }
    if (b && m == *b) {
        return k;
    }
    if (m == k) {
        return m;
    }
    const MergeChoice choice = context.decide(makeConflict());
    if (decided) {
        *decided = choice;
    }
    return choice == MergeChoice::Kit ? k : m;
}

// A conflict about `field` of an entity, with both values.
MergeConflict fieldConflict(std::string key, MergeEntity entity, const model::Id& entityId,
                            std::string where, std::string field, std::string fieldLabel,
                            std::string masterValue, std::string kitValue);

// Words for values, looked up in the event the value comes from.
inline constexpr const char* kDeletedValue = "(slettet)";
std::string quoted(const std::string& text);
std::string groupLabel(const model::Group& group); // gruppe 1.5 «Tittel»
std::string personNames(const model::Event& event, const std::vector<model::Id>& people);
std::string personLabel(const model::Person& person); // «Kari Nordmann, NAV»
std::string roomName(const model::Event& event, const std::optional<model::Id>& room);
std::string roundName(const model::Event& event, const model::Id& round);
std::string groupNumbers(const model::Event& event, const std::vector<model::Id>& groups);
std::string themeNames(const model::Event& event, const std::vector<model::Id>& themes);
std::string countText(const std::optional<int>& count);
std::string joinLines(const std::vector<std::string>& lines);

} // namespace merge
} // namespace innspill::app
