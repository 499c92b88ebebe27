// The support facilitator's edits to one group, as pure Change builders: an
// input's text, the structure of the inputs (insert, split, merge, delete,
// indent, outdent, move, kind), themes, pasted lists, and the header (title,
// room, status, people, participant count, discussion notes, links).
//
// The inputs are edited as a flat list of rows — each top-level input
// followed by its sub-points — and rebuilt into the one-level tree after
// every edit: a sub-point row belongs to the nearest top-level row above it;
// sub-points with none above (at the very top) become top-level. That one rule gives indent,
// outdent, move and delete the behaviour of a word processor's bullet list
// (the rows stay in the order the facilitator sees them).
#pragma once

#include "app/change.hpp"
#include "model/event.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::app {

// Where an input sits: its top-level index and, for a sub-point, its index
// under that input.
struct InputPath {
    size_t index = 0;
    std::optional<size_t> child;

    bool operator==(const InputPath&) const = default;
};

std::optional<InputPath> findInput(const model::Group& group, const model::Id& input);
const model::Input* findInputById(const model::Group& group, const model::Id& input);

// One visible row of the inputs list: an input without its children, and
// whether it is a sub-point.
struct InputRow {
    model::Input input; // children always empty
    bool subPoint = false;
};

std::vector<InputRow> flattenInputs(const std::vector<model::Input>& inputs);
// The inverse of flattenInputs, applying the attachment rule above.
std::vector<model::Input> rebuildInputs(std::vector<InputRow> rows);

// The result of an edit that moves the facilitator's caret: the change, and
// which input and byte offset the caret belongs in afterwards.
struct CaptureEdit {
    Change change;
    model::Id focus; // empty: nothing left to focus
    size_t caret = 0;
};

// ---- Inputs ----

Change setInputText(const model::Group& group, const model::Id& input, std::string text);

// A new empty input directly below `after` as the facilitator sees it: a
// sibling, or the first sub-point when `after` already has sub-points. With
// no `after` (or one that is gone) it goes to the end.
CaptureEdit insertInputAfter(const model::Group& group, const std::optional<model::Id>& after);

// Enter at byte `at`: the text from `at` moves to a new input below (as
// insertInputAfter places it) and the caret goes there. Enter at the very
// start of a non-empty input opens an empty input above instead and the
// caret stays.
CaptureEdit splitInput(const model::Group& group, const model::Id& input, size_t at);

// Backspace at the start: an empty input is deleted, a non-empty one is
// joined onto the end of the row above, caret at the join. Nothing happens
// on the first row.
CaptureEdit joinWithPrevious(const model::Group& group, const model::Id& input);

// Deletes the input (not its sub-points: they join the input above, or
// become top-level). The caret goes to the end of the row above, or the row
// below when it was the first.
CaptureEdit deleteInput(const model::Group& group, const model::Id& input);

// Tab: a top-level input becomes the last sub-point of the one above (its
// own sub-points follow it). Only one level: a sub-point stays as it is, and
// so does the first row.
Change indentInput(const model::Group& group, const model::Id& input);
// Shift+Tab: a sub-point becomes a top-level input right after its parent;
// the sub-points below it become its own.
Change outdentInput(const model::Group& group, const model::Id& input);

// Alt+Up / Alt+Down. A top-level input moves past the neighbouring top-level
// input, taking its sub-points along; a sub-point moves one row, across into
// the neighbouring input's sub-points at the edges.
Change moveInputUp(const model::Group& group, const model::Id& input);
Change moveInputDown(const model::Group& group, const model::Id& input);

// Lead-ins and sub-headings are top-level only: marking a sub-point lifts it.
Change setInputKind(const model::Group& group, const model::Id& input, model::InputKind kind);

Change toggleInputTheme(const model::Group& group, const model::Id& input, const model::Id& theme);

// ---- Pasting ----

// A pasted line as the capture screen reads it.
struct PastedLine {
    std::string text;
    model::InputKind kind = model::InputKind::Item;
    bool subPoint = false;
};

// Splits pasted text into inputs with the notes importer's line rules:
// bullets (• ⋅ · - * and the typographic ones) and numbered items ("1.",
// "1)") are inputs, sub-bullets (o – ◦) and lines indented under an item are
// sub-points; with bullets around, a plain line is a lead-in, or a
// sub-heading when short; with none, every line is an input. Blank lines
// are skipped, every line is kept (nothing is dropped as page furniture).
std::vector<PastedLine> splitPastedText(std::string_view text);

// Puts the pasted inputs below `at` (at its level, sub-points one deeper),
// or in its place when `at` is empty; the caret goes to the end of the last
// one. Without `at`, they go to the end.
CaptureEdit pasteInputs(const model::Group& group, const std::optional<model::Id>& at,
                        std::string_view text);

// ---- The group's header ----

enum class GroupRole { Initiator, Facilitator, Participant };
enum class NotesField { Challenges, Opportunities, Text, ReportNote };

Change setGroupTitle(const model::Group& group, std::string title);
Change setGroupRoom(const model::Group& group, std::optional<model::Id> room);
Change setGroupStatus(const model::Group& group, model::GroupStatus status);
Change setParticipantCount(const model::Group& group, std::optional<int> count);
Change setParticipantNote(const model::Group& group, std::string note);
Change setGroupNotes(const model::Group& group, NotesField field, std::string text);
const std::string& groupNotes(const model::Group& group, NotesField field);

const std::vector<model::Id>& peopleInRole(const model::Group& group, GroupRole role);
// Adds the person to the role (no change when already there).
Change addPersonToGroup(const model::Group& group, GroupRole role, const model::Id& person);
Change removePersonFromGroup(const model::Group& group, GroupRole role, const model::Id& person);
// A new person in the register and in the role, in one change (one undo
// step). The new person has not consented to be printed by name.
Change addNewPersonToGroup(const model::Group& group, GroupRole role, std::string name,
                           std::string organisation, model::Id* newPerson = nullptr);
// "Kari Nordmann, NAV Vest" → {"Kari Nordmann", "NAV Vest"}: what the
// facilitator types for a new person; trimmed, the organisation optional.
std::pair<std::string, std::string> splitNameAndOrganisation(std::string_view typed);

// Follow-up of another group (nullopt: none). A group cannot follow itself.
Change setFollowUpOf(const model::Group& group, std::optional<model::Id> other);
Change toggleMergedWith(const model::Group& group, const model::Id& other);

} // namespace innspill::app
