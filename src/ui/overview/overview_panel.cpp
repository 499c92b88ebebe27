// The event overview: what the event is, where and when, and what it asks.
#include "ui/overview/overview_panel.hpp"

#include "model/stats.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/display_text.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <string>

namespace innspill::ui {

namespace {

std::string joinRooms(const model::Event& event) {
    std::string text;
    for (const auto& room : event.rooms) {
        if (!text.empty()) {
            text += ", ";
        }
        text += room.name;
    }
    return text;
}

std::string joinLines(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) {
        if (!text.empty()) {
            text += ", ";
        }
        text += line;
    }
    return text;
}

std::string statsLine(const AppContext& ctx, const model::Event& event) {
    const model::EventStats stats = model::computeStats(event);
    return format(ctx.tr("overview.stats"), {{"days", std::to_string(stats.days)},
                                             {"rounds", std::to_string(stats.rounds)},
                                             {"groups", std::to_string(stats.groups)},
                                             {"inputs", std::to_string(stats.inputs)}});
}

void drawTitle(AppContext& ctx, const model::Event& event) {
    auto& state = ctx.overview;
    if (ImGui::ArrowButton("##details", state.showDetails ? ImGuiDir_Down : ImGuiDir_Right)) {
        state.showDetails = !state.showDetails;
    }
    ctx.itemRects.record("overview.toggle");
    ImGui::SameLine();
    FontScope heading(ctx.fonts.title != nullptr ? ctx.fonts.title : ctx.fonts.heading);
    ImGui::AlignTextToFramePadding();
    wrappedText(event.title.empty() ? ctx.tr("overview.untitled") : event.title);
    ctx.itemRects.record("overview.title");
}

void drawDetails(AppContext& ctx, const model::Event& event) {
    if (!event.subtitle.empty()) {
        wrappedText(event.subtitle);
    }
    disabledWrappedText(statsLine(ctx, event));
    ImGui::Spacing();

    if (beginFields("##eventFields")) {
        const std::string dates = formatDateRange(ctx.language, event.startDate, event.endDate);
        if (!event.place.empty()) {
            field(ctx.tr("overview.place"), event.place);
        }
        if (!dates.empty()) {
            field(ctx.tr("overview.dates"), dates);
        }
        field(ctx.tr("overview.rooms"),
              event.rooms.empty() ? std::string(ctx.tr("overview.noRooms")) : joinRooms(event));
        if (!event.organisers.empty()) {
            field(ctx.tr("overview.organisers"), joinLines(event.organisers));
        }
        endFields();
    }

    if (!event.guidingQuestions.empty()) {
        ImGui::Spacing();
        {
            FontScope bold(ctx.fonts.bold);
            text(ctx.tr("overview.guidingQuestions"));
        }
        for (const auto& question : event.guidingQuestions) {
            ImGui::Bullet();
            wrappedText(question);
        }
    }
}

} // namespace

void drawOverviewPanel(AppContext& ctx) {
    const model::Event* event = ctx.event();
    if (event == nullptr) {
        return;
    }
    ImGui::PushID("overview");
    drawTitle(ctx, *event);
    if (ctx.overview.showDetails) {
        drawDetails(ctx, *event);
    }
    ImGui::PopID();
}

} // namespace innspill::ui
