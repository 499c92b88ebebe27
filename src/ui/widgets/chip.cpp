// Chips: a label and its × in one frame, drawn from the tokens.
#include "ui/widgets/chip.hpp"

#include "ui/widgets/item_recorder.hpp"
#include "ui/widgets/tokens.hpp"

namespace innspill::ui {

namespace {

float removeWidth() {
    return ImGui::GetFrameHeight() - space::kHalf;
}

} // namespace

float chipWidth(const char* label) {
    return ImGui::CalcTextSize(label).x + space::k1 + space::kHalf + removeWidth();
}

namespace {

ChipClick drawChip(const char* id, const char* label, const char* removeTip, const char* labelTip,
                   bool clickable, const ChipKeys* keys) {
    ImGui::PushID(id);
    const Tokens& t = currentTokens();
    const float height = ImGui::GetFrameHeight();
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const float labelWidth = ImGui::CalcTextSize(label).x + space::k1 + space::kHalf;
    const ImVec2 max(min.x + labelWidth + removeWidth(), min.y + height);
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    ChipClick click = ChipClick::None;

    // The label half.
    ImGui::SetCursorScreenPos(min);
    if (ImGui::InvisibleButton("##label", ImVec2(labelWidth, height)) && clickable) {
        click = ChipClick::Label;
    }
    if (keys != nullptr) {
        keys->recorder.record(keys->labelKey);
    }
    const bool labelHovered = clickable && ImGui::IsItemHovered();
    if (labelTip != nullptr && ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", labelTip);
    }
    ImGui::SameLine(0.0f, 0.0f);
    // The × half.
    if (ImGui::InvisibleButton("##remove", ImVec2(removeWidth(), height))) {
        click = ChipClick::Remove;
    }
    if (keys != nullptr) {
        keys->recorder.record(keys->removeKey);
    }
    const bool removeHovered = ImGui::IsItemHovered();
    if (removeHovered && removeTip != nullptr) {
        ImGui::SetTooltip("%s", removeTip);
    }

    const float rounding = height * 0.5f;
    drawList->AddRectFilled(min, max, ImGui::GetColorU32(t.surfaceSubtle), rounding);
    if (labelHovered) {
        drawList->AddRectFilled(min, ImVec2(min.x + labelWidth, max.y),
                                ImGui::GetColorU32(t.surfaceHover), rounding,
                                ImDrawFlags_RoundCornersLeft);
    }
    if (removeHovered) {
        drawList->AddRectFilled(ImVec2(min.x + labelWidth, min.y), max,
                                ImGui::GetColorU32(t.surfaceHover), rounding,
                                ImDrawFlags_RoundCornersRight);
    }
    drawList->AddRect(min, max,
                      ImGui::GetColorU32(labelHovered || removeHovered ? t.accent : t.border),
                      rounding, 0, kBorderWidth);
    const float textY = min.y + (height - ImGui::GetTextLineHeight()) * 0.5f;
    drawList->AddText(ImVec2(min.x + space::k1 + space::kHalf * 0.5f, textY),
                      ImGui::GetColorU32(ImGuiCol_Text), label);
    const char* cross = "\xC3\x97"; // ×
    const ImVec2 crossSize = ImGui::CalcTextSize(cross);
    drawList->AddText(
        ImVec2(min.x + labelWidth + (removeWidth() - crossSize.x) * 0.5f - space::kHalf * 0.5f,
               textY),
        ImGui::GetColorU32(removeHovered ? ImGuiCol_Text : ImGuiCol_TextDisabled), cross);
    ImGui::PopID();
    return click;
}

} // namespace

ChipClick chip(const char* id, const char* label, const char* removeTip, const char* labelTip,
               bool clickable) {
    return drawChip(id, label, removeTip, labelTip, clickable, nullptr);
}

ChipClick chip(const char* id, const char* label, const char* removeTip, const char* labelTip,
               bool clickable, const ChipKeys& keys) {
    return drawChip(id, label, removeTip, labelTip, clickable, &keys);
}

} // namespace innspill::ui
