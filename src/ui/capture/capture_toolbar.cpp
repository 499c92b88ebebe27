// The inputs column of the capture screen: toolbar, theme legend, the list
// and the notice line under it.
#include "ui/capture/capture_internal.hpp"
#include "ui/capture/capture_list_keys.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/theme_badge.hpp"
#include "ui/widgets/tokens.hpp"
#include "ui/widgets/tool_button.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <vector>

namespace innspill::ui::capture {

namespace {

// The toolbar's buttons, in the order drawn; what each does is in drawToolbar.
enum Tool { kNew, kLeadIn, kSubHeading, kIndent, kOutdent, kUp, kDown, kDelete, kToolCount };

struct ToolSpec {
    const char* icon;
    const char* labelKey;
    const char* tipKey;
    const char* record;
    int dropLabel; // which labels go first in a narrow column (ToolButton)
};

// "+ Nytt" carries its "+" in the words; the arrows and the bin are read
// without words first, the kinds of input last.
constexpr ToolSpec kTools[kToolCount] = {
    {nullptr, "capture.toolNew", "capture.toolNewTip", "new", 0},
    {icon::kLeadIn, "capture.toolLeadIn", "capture.toolLeadInTip", "leadIn", 1},
    {icon::kSubHeading, "capture.toolSubHeading", "capture.toolSubHeadingTip", "subHeading", 1},
    {icon::kIndent, "capture.toolIndent", "capture.toolIndentTip", "indent", 2},
    {icon::kOutdent, "capture.toolOutdent", "capture.toolOutdentTip", "outdent", 2},
    {icon::kMoveUp, "capture.toolUp", "capture.toolUpTip", "up", 3},
    {icon::kMoveDown, "capture.toolDown", "capture.toolDownTip", "down", 3},
    {icon::kDelete, "capture.toolDelete", "capture.toolDeleteTip", "delete", 3},
};

void drawToolbar(CaptureFrame& frame, const model::Input* current) {
    AppContext& ctx = frame.ctx;
    const bool none = current == nullptr;
    const auto kind = none ? model::InputKind::Item : current->kind;

    std::array<ToolButton, kToolCount> row;
    for (size_t i = 0; i < kToolCount; ++i) {
        const ToolSpec& spec = kTools[i];
        row[i] =
            ToolButton{spec.icon, ctx.tr(spec.labelKey), ctx.tr(spec.tipKey), ButtonKind::Secondary,
                       false,     spec.dropLabel};
    }
    row[kNew].kind = ButtonKind::Primary; // the one thing the toolbar is for
    row[kLeadIn].on = kind == model::InputKind::LeadIn;
    row[kSubHeading].on = kind == model::InputKind::SubHeading;
    const std::vector<bool> labels = fitToolRow(row, ImGui::GetContentRegionAvail().x);

    size_t pressed = kToolCount;
    for (size_t i = 0; i < kToolCount; ++i) {
        if (i > 0) {
            ImGui::SameLine();
        }
        ImGui::BeginDisabled(none && i != kNew);
        if (toolButton(row[i], labels[i])) {
            pressed = i;
        }
        ImGui::EndDisabled();
        ctx.itemRects.record("capture.tool/", kTools[i].record);
    }

    if (pressed == kNew) {
        frame.defer([](AppContext& c, const model::Group& g) {
            std::optional<model::Id> after;
            if (c.capture.focus.field == CaptureField::Input && !c.capture.focus.input.empty()) {
                after = c.capture.focus.input;
            } else if (const auto rows = app::flattenInputs(g.inputs); !rows.empty()) {
                after = rows.back().input.id;
            }
            applyAndFocus(c, app::insertInputAfter(g, after), true);
        });
        return;
    }
    using Op = void (*)(AppContext&, const model::Group&, const model::Id&);
    Op op = nullptr;
    switch (pressed) {
    case kLeadIn:
        op = [](AppContext& c, const model::Group& g, const model::Id& id) {
            toggleKind(c, g, id, model::InputKind::LeadIn);
        };
        break;
    case kSubHeading:
        op = [](AppContext& c, const model::Group& g, const model::Id& id) {
            toggleKind(c, g, id, model::InputKind::SubHeading);
        };
        break;
    case kIndent:
        op = [](AppContext& c, const model::Group& g, const model::Id& id) {
            indentInput(c, g, id, false);
        };
        break;
    case kOutdent:
        op = [](AppContext& c, const model::Group& g, const model::Id& id) {
            indentInput(c, g, id, true);
        };
        break;
    case kUp:
        op = [](AppContext& c, const model::Group& g, const model::Id& id) {
            moveInput(c, g, id, -1);
        };
        break;
    case kDown:
        op = [](AppContext& c, const model::Group& g, const model::Id& id) {
            moveInput(c, g, id, 1);
        };
        break;
    case kDelete:
        op = [](AppContext& c, const model::Group& g, const model::Id& id) {
            deleteInput(c, g, id, c.capture.editing);
        };
        break;
    default:
        break;
    }
    if (op != nullptr) {
        frame.defer([op](AppContext& c, const model::Group& g) {
            if (c.capture.focus.field == CaptureField::Input && !c.capture.focus.input.empty()) {
                op(c, g, c.capture.focus.input);
            }
        });
    }
}

// "Tema:" and a toggle per theme: its coloured number badge, with the name
// beside it when every name fits on the line, else in the tooltip only. A
// theme the input carries is filled with its colour, the others outlined.
void drawLegend(CaptureFrame& frame, const model::Input* current) {
    AppContext& ctx = frame.ctx;
    const auto& themes = frame.event.themes;
    if (themes.empty()) {
        return;
    }
    std::vector<ThemeBadge> badges;
    badges.reserve(themes.size());
    for (size_t i = 0; i < themes.size(); ++i) {
        badges.push_back(ThemeBadge{i + 1, model::themeColour(themes, i), themes[i].name});
    }
    const char* heading = ctx.tr("capture.themes");
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float room = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(heading).x - spacing;
    const bool names = themeTogglesWidth(badges, true) <= room;

    ImGui::AlignTextToFramePadding();
    disabledText(heading);
    for (size_t i = 0; i < themes.size(); ++i) {
        ImGui::SameLine();
        const bool on = current != nullptr &&
                        std::find(current->themes.begin(), current->themes.end(), themes[i].id) !=
                            current->themes.end();
        ImGui::PushID(static_cast<int>(i));
        ImGui::BeginDisabled(current == nullptr);
        const bool pressed = themeToggle("##theme", badges[i], on, names);
        ImGui::EndDisabled();
        ImGui::PopID();
        ctx.itemRects.record("capture.theme/", std::to_string(i + 1));
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
