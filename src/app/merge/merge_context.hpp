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
    // Master people the kit's new people were taken to be (unifyIdentities).
    std::vector<model::Id> peopleUnified;
    // What identity by natural key unified: HandIn::unified of this hand-in.
    std::string unified;
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
    void note(lang::Message text) { notes.push_back(std::move(text)); }

    std::vector<MergeConflict> conflicts;
    std::vector<lang::Message> notes;

  private:
    const std::map<std::string, MergeChoice>& m_choices;
};

// The three-way rule for one value: unchanged in the kit → the master's;
// unchanged in the master → the kit's; the same change on both sides → it;
// otherwise a conflict, made by `makeConflict` only then (rendering values
// costs). `b` null: the entity is new on both sides, so only equal values
// agree. `decided` receives the conflict's choice, if there was one (it is
// left as it is when the values agree).
template <typename T, typename MakeConflict>
T mergeValue(Context& context, const T& m, const T& k, const T* b, MakeConflict&& makeConflict,
             MergeChoice* decided = nullptr) {
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
// `fieldLabelKey` is a mergeWord.field.* key.
MergeConflict fieldConflict(std::string key, MergeEntity entity, const model::Id& entityId,
                            lang::Message where, std::string field, const char* fieldLabelKey,
                            lang::Message masterValue, lang::Message kitValue);

// Words for values, looked up in the event the value comes from, as messages:
// user data (names, titles, numbers) as plain arguments, the words around
// them as mergeWord.* keys.
lang::Message plain(std::string text); // the text as it is
inline lang::Message plain(lang::Message message) {
    return message;
}
lang::Message word(const char* key); // a word without arguments
lang::Message deletedValue();        // "(slettet)"
lang::Message quoted(const std::string& text);
lang::Message groupLabel(const model::Group& group); // gruppe 1.5 «Tittel»
lang::Message personNames(const model::Event& event, const std::vector<model::Id>& people);
lang::Message personLabel(const model::Person& person); // «Kari Nordmann, NAV»
lang::Message roomName(const model::Event& event, const std::optional<model::Id>& room);
lang::Message roundName(const model::Event& event, const model::Id& round);
lang::Message groupNumbers(const model::Event& event, const std::vector<model::Id>& groups);
lang::Message themeNames(const model::Event& event, const std::vector<model::Id>& themes);
lang::Message countText(const std::optional<int>& count);
// One line each; nested as a balanced tree so that long lists stay within
// lang::render's nesting limit.
lang::Message joinLines(const std::vector<lang::Message>& lines);
lang::Message joinLines(const std::vector<std::string>& lines);

} // namespace merge
} // namespace innspill::app
