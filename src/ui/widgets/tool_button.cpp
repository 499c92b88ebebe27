// Toolbar and row buttons: the style's button, with an icon, fitted to a row.
#include "ui/widgets/tool_button.hpp"

#include "ui/widgets/tokens.hpp"

#include <imgui.h>

#include <algorithm>
#include <numeric>
#include <string>

namespace innspill::ui {

namespace {

bool hasIcon(const ToolButton& button) {
    return button.icon != nullptr && button.icon[0] != '\0';
}

// What the button shows: "icon label", the icon alone, or the label alone.
std::string face(const ToolButton& button, bool withLabel) {
    if (!hasIcon(button)) {
        return button.label;
    }
    std::string shown = button.icon;
    if (withLabel) {
        shown += ' ';
        shown += button.label;
    }
    return shown;
}

void tooltip(const ToolButton& button, bool withLabel) {
    const bool labelHidden = hasIcon(button) && !withLabel;
    if (!labelHidden && button.tip == nullptr) {
        return;
    }
    std::string tip = labelHidden ? std::string(button.label) : std::string();
    if (button.tip != nullptr) {
        tip += tip.empty() ? "" : "\n";
        tip += button.tip;
    }
    ImGui::SetTooltip("%s", tip.c_str());
}

} // namespace

float toolButtonWidth(const ToolButton& button, bool withLabel) {
    const std::string shown = face(button, withLabel);
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    const float text = ImGui::CalcTextSize(shown.c_str()).x;
    if (hasIcon(button) && !withLabel) {
        // An icon alone is a square button, as tall as a field.
        return std::max(ImGui::GetFrameHeight(), text + padding.y * 2.0f);
    }
    return text + padding.x * 2.0f;
}

bool toolButton(const ToolButton& button, bool withLabel) {
    ImGui::PushID(button.label);
    const std::string shown = face(button, withLabel) + "###tool";
    const ImVec2 size(toolButtonWidth(button, withLabel), ImGui::GetFrameHeight());
    bool pressed = false;
    if (button.on && button.kind == ButtonKind::Secondary) {
        // Set: the selection's tint and the accent's border, as a chosen row.
        const Tokens& t = currentTokens();
        ImGui::PushStyleColor(ImGuiCol_Button, t.accentSubtle);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, t.accentSubtle);
        ImGui::PushStyleColor(ImGuiCol_Border, t.accent);
        pressed = ImGui::Button(shown.c_str(), size);
        ImGui::PopStyleColor(3);
    } else {
        pressed = ui::button(button.kind, shown.c_str(), size);
    }
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        tooltip(button, withLabel);
    }
    ImGui::PopID();
    return pressed;
}

float toolRowWidth(std::span<const ToolButton> row, const std::vector<bool>& withLabel) {
    float width = 0.0f;
    for (size_t i = 0; i < row.size(); ++i) {
        width += toolButtonWidth(row[i], i < withLabel.size() && withLabel[i]);
    }
    if (!row.empty()) {
        width += ImGui::GetStyle().ItemSpacing.x * static_cast<float>(row.size() - 1);
    }
    return width;
}

std::vector<bool> fitToolRow(std::span<const ToolButton> row, float width) {
    std::vector<bool> withLabel(row.size(), true);
    std::vector<size_t> order(row.size());
    std::iota(order.begin(), order.end(), size_t{0});
    // Highest dropLabel first; among equals, from the end of the row.
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return row[a].dropLabel != row[b].dropLabel ? row[a].dropLabel > row[b].dropLabel : a > b;
    });
    for (const size_t i : order) {
        if (toolRowWidth(row, withLabel) <= width) {
            break;
        }
        if (hasIcon(row[i])) {
            withLabel[i] = false;
        }
    }
    return withLabel;
}

} // namespace innspill::ui
