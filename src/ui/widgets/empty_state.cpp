// The empty-state block: a card on the surface colour with the icon, the
// sentence and the primary button.
#include "ui/widgets/empty_state.hpp"

#include "ui/widgets/buttons.hpp"
#include "ui/widgets/tokens.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace innspill::ui {

bool emptyState(const char* icon, std::string_view message, const char* actionLabel) {
    const float font = ImGui::GetFontSize();
    const float width = std::min(ImGui::GetContentRegionAvail().x, font * 36.0f);
    ImGui::Spacing();
    if (icon != nullptr) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_CheckMark));
        text(icon);
        ImGui::PopStyleColor();
        ImGui::SameLine();
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    wrappedText(message);
    ImGui::PopTextWrapPos();
    bool pressed = false;
    if (actionLabel != nullptr) {
        ImGui::Spacing();
        if (icon != nullptr) {
            // Under the sentence, not under the icon.
            ImGui::Indent(ImGui::CalcTextSize(icon).x + ImGui::GetStyle().ItemSpacing.x);
        }
        pressed = primaryButton(actionLabel);
        if (icon != nullptr) {
            ImGui::Unindent(ImGui::CalcTextSize(icon).x + ImGui::GetStyle().ItemSpacing.x);
        }
    }
    return pressed;
}

} // namespace innspill::ui
