// Which field of the capture screen has the editor, writing what it types,
// and the text fields of the header and notes.
#include "app/edits_capture.hpp"
#include "ui/capture/capture_internal.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>

namespace innspill::ui::capture {

namespace {

std::optional<app::NotesField> notesField(CaptureField field) {
    switch (field) {
    case CaptureField::Challenges:
        return app::NotesField::Challenges;
    case CaptureField::Opportunities:
        return app::NotesField::Opportunities;
    case CaptureField::Notes:
        return app::NotesField::Text;
    case CaptureField::ReportNote:
        return app::NotesField::ReportNote;
    default:
        return std::nullopt;
    }
}

const std::string kEmpty;

// F6 goes round the screen in reading order: inputs, then the notes
// column, then the header's text fields.
constexpr std::array kCycle{CaptureField::Input,          CaptureField::Challenges,
                            CaptureField::Opportunities,  CaptureField::Notes,
                            CaptureField::ReportNote,     CaptureField::Title,
                            CaptureField::ParticipantNote};

// Tab (not F6) in the header's own fields follows reading order through the
// ImGui fields between them: title → participant count → participant note →
// initiators. True when it took the key.
bool tabInHeader(CaptureFrame& frame, CaptureField field, int direction) {
    if (!ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab))) {
        return false; // F6 goes round the screen's text fields
    }
    CapturePanelState& state = frame.state;
    if (field == CaptureField::Title && direction > 0) {
        state.focusCount = true;
    } else if (field == CaptureField::ParticipantNote && direction < 0) {
        state.focusCount = true;
    } else if (field == CaptureField::ParticipantNote && direction > 0) {
        state.initiators.refocus = true;
    } else {
        return false;
    }
    frame.defer([](AppContext& ctx, const model::Group&) {
        CapturePanelState& capture = ctx.capture;
        if (capture.focus.field != CaptureField::None && ctx.session != nullptr) {
            ctx.session->breakMerge();
        }
        capture.focus = {};
        capture.editing = false;
    });
    return true;
}

} // namespace

const model::Group* currentGroup(const AppContext& ctx) {
    const model::Event* event = ctx.event();
    return event != nullptr ? model::findGroup(*event, ctx.capture.group) : nullptr;
}

const std::string* fieldText(const model::Group& group, const CaptureFocus& focus) {
    switch (focus.field) {
    case CaptureField::Input: {
        if (focus.input.empty()) {
            return &kEmpty; // the new input of an empty list, not written yet
        }
        const model::Input* input = app::findInputById(group, focus.input);
        return input != nullptr ? &input->text : nullptr;
    }
    case CaptureField::Title:
        return &group.title;
    case CaptureField::ParticipantNote:
        return &group.participantNote;
    case CaptureField::None:
        return nullptr;
    default:
        return &app::groupNotes(group, *notesField(focus.field));
    }
}

void focusField(AppContext& ctx, const model::Group& group, const CaptureFocus& focus, size_t caret,
                bool edit) {
    CapturePanelState& state = ctx.capture;
    if (!(state.focus == focus) && ctx.session != nullptr) {
        ctx.session->breakMerge(); // typing elsewhere is a new undo step
    }
    state.focus = focus;
    if (focus.field == CaptureField::Title || focus.field == CaptureField::ParticipantNote) {
        state.headerOpen = true; // F6 or search into a folded header: unfold it
    }
    if (focus.field == CaptureField::Input && !focus.input.empty()) {
        state.lastInput = focus.input;
    }
    const std::string* text = fieldText(group, focus);
    state.editor.load(text != nullptr ? *text : std::string(), caret);
    state.editor.wantFocus = edit;
    state.editing = edit;
    state.notice.clear();
    ctx.wakeIn(0.0);
}

void applyChange(AppContext& ctx, app::Change change, bool typing) {
    if (change.empty() || ctx.session == nullptr) {
        return;
    }
    // A failed write keeps the change in memory and queued; the status bar
    // says so. Nothing typed is lost either way.
    ctx.session->apply(std::move(change), typing);
    ctx.wakeIn(0.0);
}

void commitText(AppContext& ctx, const model::Group& group) {
    CapturePanelState& state = ctx.capture;
    const CaptureFocus& focus = state.focus;
    const std::string& text = state.editor.text;
    app::Change change;
    switch (focus.field) {
    case CaptureField::None:
        return;
    case CaptureField::Input:
        if (focus.input.empty()) {
            // The first input of an empty list comes into being with its
            // first character: one undo step with the typing that follows.
            app::CaptureEdit created = app::insertInputAfter(group, std::nullopt);
            const model::Group withInput = *created.change.groups().front().after;
            created.change.absorb(app::setInputText(withInput, created.focus, text));
            change = std::move(created.change);
            state.focus.input = created.focus;
            state.lastInput = created.focus;
            state.editor.wantFocus = true; // the editor's id follows the input's
        } else {
            change = app::setInputText(group, focus.input, text);
        }
        break;
    case CaptureField::Title:
        change = app::setGroupTitle(group, text);
        break;
    case CaptureField::ParticipantNote:
        change = app::setParticipantNote(group, text);
        break;
    default:
        change = app::setGroupNotes(group, *notesField(focus.field), text);
        break;
    }
    applyChange(ctx, std::move(change), true);
    state.editor.synced = text;
}

std::string editorId(const CaptureFocus& focus) {
    switch (focus.field) {
    case CaptureField::Input:
        return "ed/" + (focus.input.empty() ? std::string("new") : focus.input.str());
    case CaptureField::Title:
        return "ed/title";
    case CaptureField::ParticipantNote:
        return "ed/participantNote";
    case CaptureField::Challenges:
        return "ed/challenges";
    case CaptureField::Opportunities:
        return "ed/opportunities";
    case CaptureField::Notes:
        return "ed/notes";
    case CaptureField::ReportNote:
        return "ed/reportNote";
    case CaptureField::None:
        break;
    }
    return "ed/none";
}

void cycleField(AppContext& ctx, const model::Group& group, int direction) {
    CapturePanelState& state = ctx.capture;
    const auto at = std::find(kCycle.begin(), kCycle.end(), state.focus.field);
    const int size = static_cast<int>(kCycle.size());
    const int index =
        at == kCycle.end() ? (direction > 0 ? -1 : 0) : static_cast<int>(at - kCycle.begin());
    const CaptureField next =
        kCycle[static_cast<size_t>(((index + direction) % size + size) % size)];
    CaptureFocus focus{next, {}};
    size_t caret = 0;
    if (next == CaptureField::Input) {
        // Back to the input typed last, else the last one, else a new one.
        const model::Input* input = app::findInputById(group, state.lastInput);
        if (input == nullptr) {
            const auto rows = app::flattenInputs(group.inputs);
            if (!rows.empty()) {
                input = app::findInputById(group, rows.back().input.id);
            }
        }
        if (input != nullptr) {
            focus.input = input->id;
            caret = input->text.size();
        }
    } else if (const std::string* text = fieldText(group, focus)) {
        caret = text->size();
    }
    focusField(ctx, group, focus, caret);
}

void drawTextField(CaptureFrame& frame, CaptureField field, EditorMode mode, float width,
                   int minLines, const char* placeholderKey, const char* recordKey) {
    CapturePanelState& state = frame.state;
    const CaptureFocus focus{field, {}};
    const bool focused = state.focus == focus && state.editing;
    const std::string& modelText = *fieldText(frame.group, focus);
    const std::string& shown = focused ? state.editor.text : modelText;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float inner = std::max(width - 2.0f * style.FramePadding.x, 1.0f);
    const float height =
        std::max(editorHeight(shown, inner), ImGui::GetFontSize() * static_cast<float>(minLines)) +
        2.0f * style.FramePadding.y;

    ImGui::PushID(recordKey);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 corner(origin.x + width, origin.y + height);
    draw->AddRectFilled(origin, corner, ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
    // A border, so that a field reads as something to write in; blue while typing.
    draw->AddRect(origin, corner,
                  focused ? ImGui::GetColorU32(ImGuiCol_NavHighlight)
                          : ImGui::GetColorU32(ImGuiCol_Border, 0.6f),
                  style.FrameRounding, 0, focused ? 1.5f : 1.0f);
    ImGui::SetCursorScreenPos(
        ImVec2(origin.x + style.FramePadding.x, origin.y + style.FramePadding.y));
    if (focused) {
        EditorLook look;
        look.width = inner;
        look.maxCharacters =
            mode == EditorMode::SingleLine ? model::kMaxTitleChars : model::kMaxNoteChars;
        const EditorResult result = drawEditor(editorId(focus).c_str(), state.editor, mode, look);
        if (state.editor.text.empty() && placeholderKey != nullptr) {
            draw->AddText(ImVec2(origin.x + style.FramePadding.x, origin.y + style.FramePadding.y),
                          ImGui::GetColorU32(ImGuiCol_TextDisabled), frame.ctx.tr(placeholderKey));
        }
        if (result.changed) {
            frame.defer([](AppContext& ctx, const model::Group& group) { commitText(ctx, group); });
        }
        switch (result.action) {
        case EditorAction::Escape:
        case EditorAction::Enter:
            // Done with this field: back to the inputs, where the typing happens.
            frame.defer([](AppContext& ctx, const model::Group& group) {
                ctx.capture.focus = {};
                cycleField(ctx, group, 0);
            });
            break;
        case EditorAction::NextField:
        case EditorAction::PreviousField: {
            const int direction = result.action == EditorAction::NextField ? 1 : -1;
            if (tabInHeader(frame, field, direction)) {
                break;
            }
            frame.defer([direction](AppContext& ctx, const model::Group& group) {
                cycleField(ctx, group, direction);
            });
            break;
        }
        default:
            break;
        }
    } else {
        size_t clickedAt = 0;
        const bool empty = modelText.empty();
        const std::string_view shownText = empty && placeholderKey != nullptr
                                               ? std::string_view(frame.ctx.tr(placeholderKey))
                                               : std::string_view(modelText);
        const ImU32 colour = ImGui::GetColorU32(empty ? ImGuiCol_TextDisabled : ImGuiCol_Text);
        bool clicked = drawStaticText("##text", shownText, inner, colour, &clickedAt);
        if (!clicked && ImGui::GetIO().MouseClicked[0] && ImGui::IsWindowHovered() &&
            ImGui::IsMouseHoveringRect(origin, ImVec2(origin.x + width, origin.y + height))) {
            clicked = true; // in the box, under the text: at its end
            clickedAt = modelText.size();
        }
        if (clicked) {
            const size_t caret = empty ? 0 : clickedAt;
            frame.defer([focus, caret](AppContext& ctx, const model::Group& group) {
                focusField(ctx, group, focus, caret);
            });
        }
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, height));
    frame.ctx.itemRects.record(recordKey);
    ImGui::PopID();
}

} // namespace innspill::ui::capture
