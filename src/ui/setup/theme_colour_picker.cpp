// The theme colour popup: palette swatches, then a custom colour checked for
// contrast before it is offered.
#include "ui/setup/theme_colour_picker.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/widgets/buttons.hpp"
#include "ui/widgets/tokens.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <cstdio>

namespace innspill::ui {

namespace {

ImVec4 swatch(model::Rgb colour) {
    return toVec4(colour);
}

} // namespace

std::optional<std::string> themeColourPicker(AppContext& ctx, model::Rgb current,
                                             const std::string& recordKey) {
    std::optional<std::string> chosen;
    const float side = ImGui::GetFrameHeight();
    if (ImGui::ColorButton("##colour", swatch(current), ImGuiColorEditFlags_NoTooltip,
                           ImVec2(side * 1.5f, side))) {
        ImGui::OpenPopup("##colourPopup");
        // The custom field starts from the colour the theme has.
        ImGui::GetStateStorage()->SetInt(ImGui::GetID("##custom"),
                                         (current.r << 16) | (current.g << 8) | current.b);
    }
    ctx.itemRects.record(recordKey);
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", ctx.tr("themesPanel.colourTip"));
    }
    if (!ImGui::BeginPopup("##colourPopup")) {
        return chosen;
    }
    text(ctx.tr("themesPanel.colourPalette"));
    for (size_t i = 0; i < model::kThemePalette.size(); ++i) {
        if (i > 0) {
            ImGui::SameLine();
        }
        ImGui::PushID(static_cast<int>(i));
        const model::Rgb colour = model::kThemePalette[i];
        if (ImGui::ColorButton("##swatch", swatch(colour), ImGuiColorEditFlags_NoTooltip,
                               ImVec2(side, side))) {
            chosen = model::colourText(colour);
        }
        ctx.itemRects.record(recordKey + "/palette/", std::to_string(i));
        ImGui::PopID();
    }

    ImGui::Spacing();
    text(ctx.tr("themesPanel.colourCustom"));
    // The custom colour lives in the popup's storage while it is open.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID("##custom");
    const int packed = storage->GetInt(key, 0);
    float rgb[3] = {((packed >> 16) & 0xFF) / 255.0f, ((packed >> 8) & 0xFF) / 255.0f,
                    (packed & 0xFF) / 255.0f};
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
    if (ImGui::ColorEdit3("##customEdit", rgb,
                          ImGuiColorEditFlags_DisplayHex | ImGuiColorEditFlags_NoOptions)) {
        const auto channel = [](float value) { return static_cast<int>(value * 255.0f + 0.5f); };
        storage->SetInt(key, (channel(rgb[0]) << 16) | (channel(rgb[1]) << 8) | channel(rgb[2]));
    }
    const model::Rgb custom = model::rgb(static_cast<uint32_t>(storage->GetInt(key, 0)));
    const double contrast = model::contrastRatio(custom, model::brand::kWhite);
    const bool readable = contrast >= model::kThemeColourMinContrast;
    ImGui::SameLine();
    ImGui::BeginDisabled(!readable);
    if (primaryButton(ctx.tr("themesPanel.colourUse"))) {
        chosen = model::colourText(custom);
    }
    ImGui::EndDisabled();
    ctx.itemRects.record(recordKey + "/use");
    if (!readable) {
        char ratio[16];
        std::snprintf(ratio, sizeof ratio, "%.1f", contrast);
        errorWrappedText(format(ctx.tr("themesPanel.colourTooLight"), {{"ratio", ratio}}));
    }
    if (chosen) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return chosen;
}

} // namespace innspill::ui
