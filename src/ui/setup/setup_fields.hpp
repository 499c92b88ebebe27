// Editing widgets shared by the set-up panels (event, programme, themes):
// text fields that save as the organiser types, fields whose typed text must
// pass a check first (dates, times) and keep it on screen until it does, the
// ↑ ↓ Fjern buttons of a list row, and the "are you sure?" dialog.
#pragma once

#include "app/change.hpp"
#include "ui/widgets/prose_field.hpp"

#include <imgui.h>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <unordered_map>

namespace innspill::ui {

struct AppContext;

// Text typed into a checked field that did not pass its check yet, by field key.
using DraftMap = std::unordered_map<std::string, std::string>;

// Applies a typing change: a burst of typing in one field is one undo step.
void applyTyping(AppContext& ctx, const std::optional<app::Change>& change);
// Applies a button's change: always its own undo step.
void applyStep(AppContext& ctx, const std::optional<app::Change>& change);

// Builds the change that writes a field's text; nothing when there is nothing to write.
using BuildChange = std::function<std::optional<app::Change>(const std::string&)>;

// An InputText showing `value` (with `hint` when empty), `width` wide
// (negative: up to the right edge less -width). Each edit is applied as
// typing through `build`; leaving the field ends the typing burst, so the
// next field starts a new undo step. Hovering shows text the field cuts off.
void editText(AppContext& ctx, const char* id, const std::string& value, const BuildChange& build,
              const char* hint = nullptr, float width = -FLT_MIN);
// The same in a table cell: drawn as a cell field (widgets/cell_field.hpp),
// the cell's width.
void editCellText(AppContext& ctx, const char* id, const std::string& value,
                  const BuildChange& build, const char* hint = nullptr);
// The same for prose: several lines that wrap at the field's width
// (widgets/prose_field.hpp), at least `minLines` tall, growing with the text.
void editMultiline(AppContext& ctx, const char* id, ProseFieldState& state,
                   const std::string& value, int minLines, size_t maxCharacters,
                   const BuildChange& build);

// A field whose text is written only when `check` returns no message. Text
// that fails stays in the field (and in `drafts` under `key`) while the
// person goes on typing or looks elsewhere, and is checked again every frame,
// so it is written as soon as it becomes acceptable (e.g. once the other end
// of a time span moves). Escape in the field drops the waiting text. Returns
// the problem to show, or null.
struct CheckedField {
    const char* id;
    std::string key;
    const std::string& value;
    const char* hint = nullptr;
    float width = -FLT_MIN;
    bool inCell = false; // a table's cell: drawn as a cell field
};
const char* editChecked(AppContext& ctx, DraftMap& drafts, const CheckedField& field,
                        const std::function<const char*(const std::string&)>& check,
                        const BuildChange& build);

// Only blanks (or nothing): not worth adding as a line, a room or a theme.
bool onlyBlanks(const std::string& text);

// The field that adds an item to a list, with its "Legg til" button.
struct AddField {
    std::string text;
    // After Enter, the field keeps the keyboard for the next item.
    bool refocus = false;
};
// Draws `field` (hint `hint`) and its button, recorded as `keyPrefix` + "new"
// and + "add". Returns the text to add in the frame the person pressed Enter
// or the button, and empties the field; blank text is never returned.
std::optional<std::string> addRow(AppContext& ctx, AddField& field, const char* hint,
                                  const std::string& keyPrefix);

// A problem under a field, in a warning colour, wrapped to the column.
void problemText(const char* message);

// The buttons at the end of a list row. Disabled where the row cannot move.
enum class RowAction { None, Up, Down, Remove };
RowAction rowButtons(AppContext& ctx, bool canMoveUp, bool canMoveDown,
                     const std::string& keyPrefix);
// The width rowButtons() takes, to size the column holding them.
float rowButtonsWidth(AppContext& ctx);

// A modal "are you sure?" dialog. Call every frame at the panel's top level,
// with `pending` true while a question waits; returns Yes or No in the frame
// the person answers (Escape is No), None otherwise. "Avbryt" has the focus,
// so Enter never removes anything by accident.
enum class Answer { None, Yes, No };
Answer confirmDialog(AppContext& ctx, bool pending, const char* title, const std::string& message,
                     const char* yesLabel);

// "1 gruppe" or "5 grupper": `oneKey`'s text for 1, else `manyKey`'s with {n}.
std::string countText(AppContext& ctx, size_t count, const char* oneKey, const char* manyKey);

// "onsdag 22.01.2031" (nb) or "Wednesday 2031-01-22" (en) for a valid ISO
// date, so the organiser sees at once whether the date is the day they meant;
// empty otherwise.
std::string dateWithWeekday(AppContext& ctx, const std::string& isoDate);

// A form of label/field rows: the labels' column is `labelWidth` wide.
bool beginForm(const char* id, float labelWidth);
// Starts a row: the label (aligned with a framed field) in the first column,
// then moves to the second column for the field.
void formLabel(const char* label);
void endForm();
// The width of the widest of `labels` (catalogue keys), for beginForm.
float labelColumnWidth(AppContext& ctx, std::initializer_list<const char*> labelKeys);

// While alive: fields, buttons and radio buttons get a thin border. The
// tabs draw on white, and so are ImGui's light-theme fields: without a
// border a form's empty fields cannot be seen.
class FormStyle {
  public:
    FormStyle();
    ~FormStyle();
    FormStyle(const FormStyle&) = delete;
    FormStyle& operator=(const FormStyle&) = delete;
};

// A bold section heading with a little space above it.
void sectionHeading(AppContext& ctx, const char* title);

} // namespace innspill::ui
