// The wrapping prose field.
#include "ui/widgets/prose_field.hpp"

#include "ui/widgets/imgui_ext.hpp"

#include <imgui.h>

#include <algorithm>

namespace innspill::ui {

namespace {

constexpr int kMaxVisibleLines = 16;

} // namespace

ProseFieldResult proseField(const char* id, ProseFieldState& state, const std::string& value,
                            float width, int minLines, size_t maxCharacters,
                            const std::function<void(const std::string&)>& onEdit) {
    ProseFieldResult result;
    bool tabOut = false;
    const ImGuiStyle& style = ImGui::GetStyle();
    if (width <= 0.0f) {
        width = ImGui::GetContentRegionAvail().x;
    }
    width = std::max(width, ImGui::GetFontSize() * 4.0f);
    if (state.editing && value != state.editor.synced) {
        state.editor.load(value, std::min(state.editor.cursor.caret, value.size())); // undone
    }
    const std::string& shown = state.editing ? state.editor.text : value;
    // The box grows with the text up to kMaxVisibleLines, then scrolls inside
    // (a pasted chapter must not make the page thousands of pixels tall).
    const float lineHeight = ImGui::GetTextLineHeight();
    const float tallest = lineHeight * static_cast<float>(std::max(kMaxVisibleLines, minLines));
    float inner = width - 2.0f * style.FramePadding.x;
    float content = editorHeight(shown, inner);
    const bool scrolls = content > tallest;
    if (scrolls) {
        inner = std::max(inner - style.ScrollbarSize, 1.0f);
        content = editorHeight(shown, inner);
    }
    const float boxContent =
        std::clamp(content, lineHeight * static_cast<float>(minLines), tallest);
    const float height = boxContent + 2.0f * style.FramePadding.y;

    ImGui::PushID(id);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 corner(origin.x + width, origin.y + height);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, corner, ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
    draw->AddRect(origin, corner,
                  state.editing ? ImGui::GetColorU32(ImGuiCol_NavHighlight)
                                : ImGui::GetColorU32(ImGuiCol_Border),
                  style.FrameRounding, 0, state.editing ? 2.0f : 1.0f);
    const bool hovered = ImGui::IsMouseHoveringRect(origin, corner) &&
                         ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows);
    ImGui::SetCursorScreenPos(
        ImVec2(origin.x + style.FramePadding.x, origin.y + style.FramePadding.y));
    if (scrolls) {
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
        ImGui::BeginChild("##proseScroll", ImVec2(width - 2.0f * style.FramePadding.x, boxContent),
                          false, ImGuiWindowFlags_NoBackground);
        ImGui::PopStyleVar();
    }
    if (state.editing) {
        EditorLook look;
        look.width = inner;
        look.maxCharacters = maxCharacters;
        const EditorResult edit = drawEditor("##prose", state.editor, EditorMode::Paragraphs, look);
        if (edit.changed) {
            state.editor.synced = state.editor.text;
            onEdit(state.editor.text);
            result.edited = true;
        }
        const bool clickedAway = ImGui::IsMouseClicked(0) && !hovered;
        const bool leave = edit.action == EditorAction::Escape ||
                           edit.action == EditorAction::NextField ||
                           edit.action == EditorAction::PreviousField;
        if (leave || clickedAway || !edit.active) {
            state.editing = false;
            result.finished = true;
            // Tab goes on to the next field in reading order, as from ImGui's own.
            tabOut = edit.action == EditorAction::NextField &&
                     ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab));
        }
    } else {
        size_t clickedAt = 0;
        bool clicked =
            drawStaticText("##text", value, inner, ImGui::GetColorU32(ImGuiCol_Text), &clickedAt);
        if (!clicked && hovered && ImGui::IsMouseClicked(0)) {
            clicked = true; // in the box, under the text: at its end
            clickedAt = value.size();
        }
        if (clicked) {
            state.editor.load(value, clickedAt);
            state.editor.synced = value;
            state.editor.wantFocus = true;
            state.editing = true;
        }
    }
    if (scrolls) {
        ImGui::EndChild();
    }
    ImGui::SetCursorScreenPos(origin);
    // A tab stop among ImGui's fields: Tab from the field before lands here.
    if (ext::addTabStop(origin, corner, ImGui::GetID("##tabStop")) && !state.editing) {
        state.editor.load(value, value.size());
        state.editor.wantFocus = true;
        state.editing = true;
    }
    if (tabOut) {
        ImGui::SetKeyboardFocusHere(); // the next field drawn
    }
    ImGui::PopID();
    return result;
}

} // namespace innspill::ui
