// Primary and danger buttons: the style's outlined button, filled.
#include "ui/widgets/buttons.hpp"

#include "ui/widgets/tokens.hpp"

namespace innspill::ui {

namespace {

// Per window: the frame count of the last primary button and how many were
// drawn in that frame. Fixed keys, not GetID: the count must not depend on
// the ID stack at the place a button is drawn.
constexpr ImGuiID kFrameKey = 0x50524D46; // "PRMF"
constexpr ImGuiID kCountKey = 0x50524D43; // "PRMC"
ImGuiID frameKey() {
    return kFrameKey;
}
ImGuiID countKey() {
    return kCountKey;
}

void countPrimary() {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const int frame = ImGui::GetFrameCount();
    const int count = storage->GetInt(frameKey(), -1) == frame ? storage->GetInt(countKey(), 0) : 0;
    storage->SetInt(frameKey(), frame);
    storage->SetInt(countKey(), count + 1);
}

} // namespace

bool button(ButtonKind kind, const char* label, ImVec2 size) {
    if (kind == ButtonKind::Secondary) {
        return ImGui::Button(label, size);
    }
    const Tokens& t = currentTokens(); // whichever appearance is on
    const bool primary = kind == ButtonKind::Primary;
    ImGui::PushStyleColor(ImGuiCol_Button, primary ? t.accent : t.danger);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, primary ? t.accentHover : t.dangerHover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, primary ? t.accentActive : t.dangerActive);
    ImGui::PushStyleColor(ImGuiCol_Border, primary ? t.accentActive : t.dangerActive);
    ImGui::PushStyleColor(ImGuiCol_Text, t.textOnAccent);
    const bool pressed = ImGui::Button(label, size);
    ImGui::PopStyleColor(5);
    if (primary) {
        countPrimary();
    }
    return pressed;
}

int primaryButtonsThisFrame() {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    return storage->GetInt(frameKey(), -1) == ImGui::GetFrameCount()
               ? storage->GetInt(countKey(), 0)
               : 0;
}

} // namespace innspill::ui
