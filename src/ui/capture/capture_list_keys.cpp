// Keys and toolbar edits of the capture screen's inputs list.
#include "ui/capture/capture_list_keys.hpp"

#include "app/edits_votes.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/key_codes.hpp"

#include <imgui.h>

namespace innspill::ui::capture {

namespace {

std::optional<size_t> rowOf(const std::vector<InputRowRef>& rows, const model::Id& id) {
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].input->id == id) {
            return i;
        }
    }
    return std::nullopt;
}

// The input an edit that runs now applies to: the focus as it is by then
// (typing into an empty list has just created it).
model::Id focusedInput(const AppContext& ctx) {
    return ctx.capture.focus.field == CaptureField::Input ? ctx.capture.focus.input : model::Id();
}

void focusNeighbour(AppContext& ctx, const model::Group& group, int direction, bool edit) {
    const auto rows = inputRowRefs(group);
    const auto row = rowOf(rows, focusedInput(ctx));
    if (!row) {
        return;
    }
    const long target = static_cast<long>(*row) + direction;
    if (target < 0 || target >= static_cast<long>(rows.size())) {
        return;
    }
    const model::Input& input = *rows[static_cast<size_t>(target)].input;
    // Up lands at the end of the input above, Down at the start of the one below.
    focusField(ctx, group, CaptureFocus{CaptureField::Input, input.id},
               direction < 0 ? input.text.size() : 0, edit);
}

void notice(AppContext& ctx, const char* key) {
    ctx.capture.notice = ctx.tr(key);
}

} // namespace

void applyAndFocus(AppContext& ctx, app::CaptureEdit change, bool edit) {
    if (change.change.empty()) {
        return;
    }
    applyChange(ctx, std::move(change.change));
    const model::Group* group = currentGroup(ctx);
    if (group == nullptr) {
        return;
    }
    focusField(ctx, *group, CaptureFocus{CaptureField::Input, change.focus}, change.caret, edit);
}

void toggleThemeNumber(AppContext& ctx, const model::Group& group, const model::Id& input,
                       int number) {
    const model::Event& event = ctx.session->event();
    if (number < 1 || static_cast<size_t>(number) > event.themes.size()) {
        ctx.capture.notice =
            format(ctx.tr("capture.noticeNoTheme"), {{"number", std::to_string(number)}});
        return;
    }
    applyChange(
        ctx, app::toggleInputTheme(group, input, event.themes[static_cast<size_t>(number - 1)].id));
}

void toggleKind(AppContext& ctx, const model::Group& group, const model::Id& input,
                model::InputKind kind) {
    const model::Input* current = app::findInputById(group, input);
    if (current == nullptr) {
        return;
    }
    applyChange(ctx, app::setInputKind(group, input,
                                       current->kind == kind ? model::InputKind::Item : kind));
}

void indentInput(AppContext& ctx, const model::Group& group, const model::Id& input, bool out) {
    app::Change change = out ? app::outdentInput(group, input) : app::indentInput(group, input);
    if (change.empty() && !out) {
        const auto path = app::findInput(group, input);
        notice(ctx, path && path->child ? "capture.noticeOneLevel" : "capture.noticeIndentFirst");
        return;
    }
    applyChange(ctx, std::move(change));
}

void moveInput(AppContext& ctx, const model::Group& group, const model::Id& input, int direction) {
    applyChange(ctx,
                direction < 0 ? app::moveInputUp(group, input) : app::moveInputDown(group, input));
    ctx.capture.editor.scrollToCaret = true;
}

void deleteInput(AppContext& ctx, const model::Group& group, const model::Id& input, bool edit) {
    applyAndFocus(ctx, app::deleteInput(group, input), edit);
}

void handleEditorResult(CaptureFrame& frame, const EditorResult& result, const model::Id& input) {
    CapturePanelState& state = frame.state;
    if (result.changed) {
        frame.defer([](AppContext& c, const model::Group& g) { commitText(c, g); });
    }
    if (state.editor.cut) {
        notice(frame.ctx, "capture.noticeTooLong");
    }
    (void)input;
    const size_t caret = state.editor.cursor.caret;
    switch (result.action) {
    case EditorAction::None:
        return;
    case EditorAction::Enter:
        frame.defer([caret](AppContext& c, const model::Group& g) {
            const model::Id id = focusedInput(c);
            if (!id.empty()) {
                applyAndFocus(c, app::splitInput(g, id, caret), true);
            }
        });
        return;
    case EditorAction::Indent:
    case EditorAction::Outdent: {
        const bool out = result.action == EditorAction::Outdent;
        frame.defer([out](AppContext& c, const model::Group& g) {
            indentInput(c, g, focusedInput(c), out);
        });
        return;
    }
    case EditorAction::MoveUp:
    case EditorAction::MoveDown: {
        const int direction = result.action == EditorAction::MoveUp ? -1 : 1;
        frame.defer([direction](AppContext& c, const model::Group& g) {
            moveInput(c, g, focusedInput(c), direction);
        });
        return;
    }
    case EditorAction::JoinPrevious:
        frame.defer([](AppContext& c, const model::Group& g) {
            const model::Id id = focusedInput(c);
            if (!id.empty()) {
                applyAndFocus(c, app::joinWithPrevious(g, id), true);
            }
        });
        return;
    case EditorAction::JoinNext:
        frame.defer([](AppContext& c, const model::Group& g) {
            const auto rows = inputRowRefs(g);
            const auto row = rowOf(rows, focusedInput(c));
            if (row && *row + 1 < rows.size()) {
                applyAndFocus(c, app::joinWithPrevious(g, rows[*row + 1].input->id), true);
            }
        });
        return;
    case EditorAction::Previous:
    case EditorAction::Next: {
        const int direction = result.action == EditorAction::Previous ? -1 : 1;
        frame.defer([direction](AppContext& c, const model::Group& g) {
            focusNeighbour(c, g, direction, true);
        });
        return;
    }
    case EditorAction::PasteLines:
        frame.defer([paste = result.paste](AppContext& c, const model::Group& g) {
            const model::Id id = focusedInput(c);
            applyAndFocus(
                c, app::pasteInputs(g, id.empty() ? std::nullopt : std::optional(id), paste), true);
        });
        return;
    case EditorAction::Theme:
        frame.defer([number = result.theme](AppContext& c, const model::Group& g) {
            const model::Id id = focusedInput(c);
            if (!id.empty()) {
                toggleThemeNumber(c, g, id, number);
            }
        });
        return;
    case EditorAction::MarkLeadIn:
    case EditorAction::MarkSubHeading: {
        const auto kind = result.action == EditorAction::MarkLeadIn ? model::InputKind::LeadIn
                                                                    : model::InputKind::SubHeading;
        frame.defer([kind](AppContext& c, const model::Group& g) {
            toggleKind(c, g, focusedInput(c), kind);
        });
        return;
    }
    case EditorAction::Escape:
        frame.defer([](AppContext& c, const model::Group&) {
            if (focusedInput(c).empty()) {
                c.capture.focus = {}; // nothing to select in an empty list
                return;
            }
            c.capture.editing = false;
            c.capture.selectRequest = true;
            c.capture.editor.scrollToCaret = true;
            if (c.session != nullptr) {
                c.session->breakMerge();
            }
        });
        return;
    case EditorAction::NextField:
    case EditorAction::PreviousField: {
        const int direction = result.action == EditorAction::NextField ? 1 : -1;
        frame.defer(
            [direction](AppContext& c, const model::Group& g) { cycleField(c, g, direction); });
        return;
    }
    }
}

namespace {

// While a count is typed after "=": digits, Backspace, Enter sets it,
// Escape (or leaving the row) drops it. True when it took the keys.
bool handleVoteKeys(CaptureFrame& frame, const model::Id& input) {
    CapturePanelState& state = frame.state;
    if (!state.voteEntry) {
        return false;
    }
    ImGuiIO& io = ImGui::GetIO();
    for (const ImWchar c : io.InputQueueCharacters) {
        if (c >= '0' && c <= '9' && state.voteText.size() < 6) {
            state.voteText += static_cast<char>(c);
        }
    }
    io.InputQueueCharacters.resize(0);
    if (keys::pressed(ImGuiKey_Backspace) && !state.voteText.empty()) {
        state.voteText.pop_back();
    } else if (keys::pressed(ImGuiKey_Enter, false) || keys::pressed(ImGuiKey_KeyPadEnter, false)) {
        state.voteEntry = false;
        if (const auto count = app::parseVoteCount(state.voteText)) {
            frame.defer([input, votes = *count](AppContext& a, const model::Group& g) {
                applyChange(a, app::setInputVotes(g, input, votes));
            });
        }
    } else if (keys::pressed(ImGuiKey_Escape, false) || keys::pressed(ImGuiKey_UpArrow) ||
               keys::pressed(ImGuiKey_DownArrow)) {
        state.voteEntry = false;
    }
    return true;
}

} // namespace

void handleSelectionKeys(CaptureFrame& frame, const std::vector<InputRowRef>& rows,
                         size_t focusRow) {
    CapturePanelState& state = frame.state;
    const ImGuiID id = ImGui::GetID("##selection");
    if (!claimKeyboard(id, state.selectRequest)) {
        return;
    }
    state.selectRequest = false;
    ImGuiIO& io = ImGui::GetIO();
    const model::Id input = rows[focusRow].input->id;
    const bool ctrl = io.KeyCtrl && !io.KeyAlt;
    const bool alt = io.KeyAlt;

    if (handleVoteKeys(frame, input)) {
        return;
    }
    // Digits tag, "+" "-" "=" vote, anything else typed goes into the input (appended).
    std::string typed;
    for (const ImWchar c : io.InputQueueCharacters) {
        if (!ctrl && (c == '+' || c == '-')) {
            frame.defer([input, delta = c == '+' ? 1 : -1](AppContext& a, const model::Group& g) {
                applyChange(a, app::addInputVotes(g, input, delta));
            });
        } else if (!ctrl && c == '=' && typed.empty()) {
            state.voteEntry = true;
            state.voteText.clear();
        } else if (state.voteEntry && c >= '0' && c <= '9') {
            state.voteText += static_cast<char>(c);
        } else if (c >= '1' && c <= '9' && !ctrl) {
            frame.defer(
                [input, number = static_cast<int>(c - '0')](AppContext& a, const model::Group& g) {
                    toggleThemeNumber(a, g, input, number);
                });
        } else if (c != '0') {
            typed += typedCharacter(c);
        }
    }
    io.InputQueueCharacters.resize(0);
    if (!typed.empty()) {
        frame.defer([input, typed](AppContext& a, const model::Group& g) {
            const model::Input* current = app::findInputById(g, input);
            if (current == nullptr) {
                return;
            }
            focusField(a, g, CaptureFocus{CaptureField::Input, input}, current->text.size());
            EditorState& editor = a.capture.editor;
            editor.cut =
                !replaceSelection(editor.text, editor.cursor, typed, model::kMaxInputChars);
            commitText(a, g);
        });
        return;
    }

    const auto defer = [&frame](Deferred op) { frame.defer(std::move(op)); };
    if (keys::pressed(ImGuiKey_UpArrow)) {
        if (alt) {
            defer([input](AppContext& a, const model::Group& g) { moveInput(a, g, input, -1); });
        } else {
            defer([](AppContext& a, const model::Group& g) { focusNeighbour(a, g, -1, false); });
        }
    } else if (keys::pressed(ImGuiKey_DownArrow)) {
        if (alt) {
            defer([input](AppContext& a, const model::Group& g) { moveInput(a, g, input, 1); });
        } else {
            defer([](AppContext& a, const model::Group& g) { focusNeighbour(a, g, 1, false); });
        }
    } else if (keys::pressed(ImGuiKey_Home, false) || keys::pressed(ImGuiKey_End, false)) {
        const InputRowRef& target =
            keys::pressed(ImGuiKey_Home, false) ? rows.front() : rows.back();
        const model::Id to = target.input->id;
        defer([to](AppContext& a, const model::Group& g) {
            focusField(a, g, CaptureFocus{CaptureField::Input, to}, 0, false);
        });
    } else if (keys::pressed(ImGuiKey_Enter, false) || keys::pressed(ImGuiKey_KeyPadEnter, false) ||
               keys::pressedCode(keys::function(2))) {
        const size_t end = rows[focusRow].input->text.size();
        defer([input, end](AppContext& a, const model::Group& g) {
            focusField(a, g, CaptureFocus{CaptureField::Input, input}, end, true);
        });
    } else if (keys::pressed(ImGuiKey_Tab)) {
        const bool out = io.KeyShift;
        defer(
            [input, out](AppContext& a, const model::Group& g) { indentInput(a, g, input, out); });
    } else if (keys::pressed(ImGuiKey_Delete, false) || keys::pressed(ImGuiKey_Backspace, false)) {
        defer([input](AppContext& a, const model::Group& g) { deleteInput(a, g, input, false); });
    } else if (ctrl && keys::pressedCode(keys::letter('L'))) {
        defer([input](AppContext& a, const model::Group& g) {
            toggleKind(a, g, input, model::InputKind::LeadIn);
        });
    } else if (ctrl && keys::pressedCode(keys::letter('H'))) {
        defer([input](AppContext& a, const model::Group& g) {
            toggleKind(a, g, input, model::InputKind::SubHeading);
        });
    } else if (keys::pressedCode(keys::function(6))) {
        const int direction = io.KeyShift ? -1 : 1;
        defer([direction](AppContext& a, const model::Group& g) { cycleField(a, g, direction); });
    } else if (keys::pressed(ImGuiKey_Escape, false)) {
        // Let go of the keyboard: ImGui's own navigation takes over.
        state.focus = {};
        ext::clearActiveId();
    }
}

} // namespace innspill::ui::capture
