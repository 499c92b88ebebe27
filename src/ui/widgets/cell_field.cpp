// Cell fields: ImGui's own widgets with the frame's border drawn here, so it
// can change colour under the mouse (ImGui's border has one colour).
#include "ui/widgets/cell_field.hpp"

#include "ui/widgets/tokens.hpp"

#include <imgui_stdlib.h>

namespace innspill::ui::cell {

namespace {

// The field's surface (white on the rows' alternating tint) and no border of
// ImGui's own; drawFrame draws it after the item.
class FieldStyle {
  public:
    FieldStyle() {
        const Tokens& t = currentTokens();
        ImGui::PushStyleColor(ImGuiCol_FrameBg, t.surface);
        ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, t.surfaceHover);
        ImGui::PushStyleColor(ImGuiCol_FrameBgActive, t.surface);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    }
    ~FieldStyle() {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(3);
    }
    FieldStyle(const FieldStyle&) = delete;
    FieldStyle& operator=(const FieldStyle&) = delete;
};

void frameLastItem(bool problem) {
    drawFrame(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::IsItemHovered(),
              ImGui::IsItemActive(), problem);
}

} // namespace

FieldColours fieldColours() {
    const Tokens& t = currentTokens();
    return FieldColours{toU32(t.surface), toU32(t.surfaceHover), toU32(t.border), toU32(t.accent)};
}

void drawFrame(ImVec2 min, ImVec2 max, bool hovered, bool active, bool problem) {
    const FieldColours colours = fieldColours();
    const ImU32 colour = problem             ? toU32(currentTokens().danger)
                         : hovered || active ? colours.borderHovered
                                             : colours.border;
    ImGui::GetWindowDrawList()->AddRect(min, max, colour, ImGui::GetStyle().FrameRounding, 0,
                                        kBorderWidth);
}

bool inputText(const char* id, std::string* value, const TextOptions& options) {
    ImGui::SetNextItemWidth(options.width);
    bool edited = false;
    {
        FieldStyle style;
        edited = options.hint != nullptr
                     ? ImGui::InputTextWithHint(id, options.hint, value, options.flags)
                     : ImGui::InputText(id, value, options.flags);
    }
    frameLastItem(options.problem);
    return edited;
}

bool inputText(const char* id, char* buffer, size_t size, const TextOptions& options) {
    ImGui::SetNextItemWidth(options.width);
    bool edited = false;
    {
        FieldStyle style;
        edited = options.hint != nullptr
                     ? ImGui::InputTextWithHint(id, options.hint, buffer, size, options.flags)
                     : ImGui::InputText(id, buffer, size, options.flags);
    }
    frameLastItem(options.problem);
    return edited;
}

bool beginCombo(const char* id, const char* preview, bool alwaysArrow) {
    // An open combo makes its popup the current window and last item, so the
    // frame is measured and drawn on the cell's own draw list beforehand.
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + ImGui::GetContentRegionAvail().x, min.y + ImGui::GetFrameHeight());
    const bool hovered = ImGui::IsMouseHoveringRect(min, max) && ImGui::IsWindowHovered();
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    ImGui::SetNextItemWidth(-FLT_MIN);
    bool open = false;
    {
        FieldStyle style;
        // The arrow button is the field's surface too, not a grey block.
        const Tokens& t = currentTokens();
        ImGui::PushStyleColor(ImGuiCol_Button, hovered ? t.surfaceHover : t.surface);
        open = ImGui::BeginCombo(id, preview,
                                 alwaysArrow || hovered ? ImGuiComboFlags_None
                                                        : ImGuiComboFlags_NoArrowButton);
        ImGui::PopStyleColor();
    }
    const FieldColours colours = fieldColours();
    drawList->AddRect(min, max, hovered || open ? colours.borderHovered : colours.border,
                      ImGui::GetStyle().FrameRounding, 0, kBorderWidth);
    return open;
}

void valueAsField(std::string_view value, bool hovered) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 size(ImGui::GetContentRegionAvail().x, ImGui::GetFrameHeight());
    const ImVec2 max(min.x + size.x, min.y + size.y);
    const FieldColours colours = fieldColours();
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const float rounding = ImGui::GetStyle().FrameRounding;
    drawList->AddRectFilled(min, max, hovered ? colours.backgroundHovered : colours.background,
                            rounding);
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    drawList->AddText(ImVec2(min.x + padding.x, min.y + padding.y),
                      ImGui::GetColorU32(ImGuiCol_Text), value.data(), value.data() + value.size());
    drawFrame(min, max, hovered, false);
    ImGui::Dummy(size);
}

} // namespace innspill::ui::cell
