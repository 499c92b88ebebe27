// The inputs column of the capture screen: toolbar, theme legend, the list
// and the notice line under it.
#include "ui/capture/capture_internal.hpp"
#include "ui/capture/capture_list_keys.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/tokens.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace innspill::ui::capture {

namespace {

constexpr size_t kLegendCharacters = 18;

// Places the next small button after the previous one, or on a new line
// when it would not fit.
void flow(const char* label, bool first) {
    if (first) {
        return;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2.0f;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < width) {
        ImGui::NewLine();
    }
}

// A small toolbar button with its shortcut in the tooltip; `on` shows a
// toggle that is set.
bool toolButton(AppContext& ctx, const char* labelKey, const char* tipKey, const char* record,
                bool first, bool on = false) {
    const char* label = ctx.tr(labelKey);
    flow(label, first);
    if (on) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    }
    const bool pressed = ImGui::SmallButton(label);
    if (on) {
        ImGui::PopStyleColor();
    }
    ctx.itemRects.record("capture.tool/", record);
    if (ImGui::IsItemHovered() && tipKey != nullptr) {
        ImGui::SetTooltip("%s", ctx.tr(tipKey));
    }
    return pressed;
}

std::string legendLabel(size_t number, const std::string& name) {
    std::string label = number <= 9 ? std::to_string(number) + " " : std::string();
    size_t characters = 0;
    size_t at = 0;
    while (at < name.size() && characters < kLegendCharacters) {
        at = nextCharacter(name, at);
        ++characters;
    }
    label += name.substr(0, at);
    if (at < name.size()) {
        label += "\xE2\x80\xA6";
    }
    return label;
}

void drawToolbar(CaptureFrame& frame, const model::Input* current) {
    AppContext& ctx = frame.ctx;
    const bool none = current == nullptr;
    const auto kind = none ? model::InputKind::Item : current->kind;
    using Op = void (*)(AppContext&, const model::Group&, const model::Id&);
    Op op = nullptr;

    if (toolButton(ctx, "capture.toolNew", "capture.toolNewTip", "new", true)) {
        frame.defer([](AppContext& c, const model::Group& g) {
            std::optional<model::Id> after;
            if (c.capture.focus.field == CaptureField::Input && !c.capture.focus.input.empty()) {
                after = c.capture.focus.input;
            } else if (const auto rows = app::flattenInputs(g.inputs); !rows.empty()) {
                after = rows.back().input.id;
            }
            applyAndFocus(c, app::insertInputAfter(g, after), true);
        });
    }
    ImGui::BeginDisabled(none);
    if (toolButton(ctx, "capture.toolLeadIn", "capture.toolLeadInTip", "leadIn", false,
                   kind == model::InputKind::LeadIn)) {
        op = [](AppContext& c, const model::Group& g, const model::Id& id) {
            toggleKind(c, g, id, model::InputKind::LeadIn);
        };
    }
    if (toolButton(ctx, "capture.toolSubHeading", "capture.toolSubHeadingTip", "subHeading", false,
                   kind == model::InputKind::SubHeading)) {
        op = [](AppContext& c, const model::Group& g, const model::Id& id) {
            toggleKind(c, g, id, model::InputKind::SubHeading);
        };
    }
    if (toolButton(ctx, "capture.toolIndent", "capture.toolIndentTip", "indent", false)) {
        op = [](AppContext& c, const model::Group& g, const model::Id& id) {
            indentInput(c, g, id, false);
        };
    }
    if (toolButton(ctx, "capture.toolOutdent", "capture.toolOutdentTip", "outdent", false)) {
        op = [](AppContext& c, const model::Group& g, const model::Id& id) {
            indentInput(c, g, id, true);
        };
    }
    if (toolButton(ctx, "capture.toolUp", "capture.toolUpTip", "up", false)) {
        op = [](AppContext& c, const model::Group& g, const model::Id& id) {
            moveInput(c, g, id, -1);
        };
    }
    if (toolButton(ctx, "capture.toolDown", "capture.toolDownTip", "down", false)) {
        op = [](AppContext& c, const model::Group& g, const model::Id& id) {
            moveInput(c, g, id, 1);
        };
    }
    if (toolButton(ctx, "capture.toolDelete", "capture.toolDeleteTip", "delete", false)) {
        op = [](AppContext& c, const model::Group& g, const model::Id& id) {
            deleteInput(c, g, id, c.capture.editing);
        };
    }
    ImGui::EndDisabled();
    if (op != nullptr) {
        frame.defer([op](AppContext& c, const model::Group& g) {
            if (c.capture.focus.field == CaptureField::Input && !c.capture.focus.input.empty()) {
                op(c, g, c.capture.focus.input);
            }
        });
    }
}

void drawLegend(CaptureFrame& frame, const model::Input* current) {
    AppContext& ctx = frame.ctx;
    const auto& themes = frame.event.themes;
    if (themes.empty()) {
        return;
    }
    disabledText(ctx.tr("capture.themes"));
    for (size_t i = 0; i < themes.size(); ++i) {
        const std::string label = legendLabel(i + 1, themes[i].name);
        flow(label.c_str(), false);
        const bool on = current != nullptr &&
                        std::find(current->themes.begin(), current->themes.end(), themes[i].id) !=
                            current->themes.end();
        ImGui::PushID(static_cast<int>(i));
        ImGui::BeginDisabled(current == nullptr);
        // A theme the input carries is filled with the theme's colour, as
        // its badge under the input is; the others are outlined in it.
        const ImVec4 colour = toVec4(model::themeColour(themes, i));
        ImGui::PushStyleColor(ImGuiCol_Border, colour);
        if (on) {
            ImGui::PushStyleColor(ImGuiCol_Button, colour);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour);
            ImGui::PushStyleColor(ImGuiCol_Text, toVec4(model::brand::kWhite));
        }
        const bool pressed = ImGui::SmallButton(label.c_str());
        ImGui::PopStyleColor(on ? 4 : 1);
        ImGui::EndDisabled();
        ctx.itemRects.record("capture.theme/", std::to_string(i + 1));
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
            ImGui::SetTooltip("%s", themes[i].name.c_str());
        }
        ImGui::PopID();
        if (pressed) {
            const model::Id theme = themes[i].id;
            frame.defer([theme](AppContext& c, const model::Group& g) {
                if (c.capture.focus.field == CaptureField::Input &&
                    !c.capture.focus.input.empty()) {
                    applyChange(c, app::toggleInputTheme(g, c.capture.focus.input, theme));
                }
            });
        }
    }
}

} // namespace

void drawInputs(CaptureFrame& frame, float height) {
    AppContext& ctx = frame.ctx;
    CapturePanelState& state = frame.state;
    const model::Input* current = state.focus.field == CaptureField::Input
                                      ? app::findInputById(frame.group, state.focus.input)
                                      : nullptr;
    const float top = ImGui::GetCursorPosY();
    {
        FontScope bold(ctx.fonts.bold);
        text(ctx.tr("group.inputs"));
    }
    const model::InputCount count = model::countInputs(frame.group.inputs);
    ImGui::SameLine();
    disabledText(
        format(ctx.tr("group.inputCount"), {{"inputs", std::to_string(count.inputs)},
                                            {"subPoints", std::to_string(count.subPoints)}}));
    drawToolbar(frame, current);
    drawLegend(frame, current);

    const float noticeHeight = ImGui::GetTextLineHeightWithSpacing();
    const float used = ImGui::GetCursorPosY() - top;
    drawInputList(frame, std::max(height - used - noticeHeight, ImGui::GetFontSize() * 4.0f));
    if (!state.notice.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.72f, 0.40f, 0.0f, 1.0f));
        text(state.notice);
        ImGui::PopStyleColor();
        ctx.itemRects.record("capture.notice");
    } else {
        disabledText(ctx.tr("capture.keysHint"));
    }
}

} // namespace innspill::ui::capture
