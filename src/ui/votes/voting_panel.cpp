// The voting view: scope, the table of inputs with their counts, typing a
// count and Enter (voting_panel.hpp).
#include "ui/votes/voting_panel.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/widgets/cell_field.hpp"
#include "ui/widgets/key_codes.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <optional>

namespace innspill::ui {

namespace {

std::string scopeLabel(const AppContext& ctx, const model::Event& event,
                       const app::VotingScope& scope) {
    switch (scope.kind) {
    case app::VotingScope::Kind::Day:
        for (size_t d = 0; d < event.days.size(); ++d) {
            if (event.days[d].id == scope.id) {
                return format(ctx.tr("voting.day"), {{"day", std::to_string(d + 1)}});
            }
        }
        break;
    case app::VotingScope::Kind::Round:
        return model::roundHeading(event, scope.id);
    case app::VotingScope::Kind::Event:
        break;
    }
    return ctx.tr("voting.wholeEvent");
}

void drawScope(AppContext& ctx, const model::Event& event) {
    VotingPanelState& state = ctx.voting;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20.0f);
    const std::string current = scopeLabel(ctx, event, state.scope);
    if (ImGui::BeginCombo(ctx.tr("voting.scope"), current.c_str())) {
        std::vector<app::VotingScope> scopes{app::VotingScope{}};
        for (const auto& day : event.days) {
            scopes.push_back({app::VotingScope::Kind::Day, day.id});
            for (const auto& round : day.rounds) {
                scopes.push_back({app::VotingScope::Kind::Round, round.id});
            }
        }
        for (const auto& scope : scopes) {
            const std::string label = (scope.kind == app::VotingScope::Kind::Round ? "    " : "") +
                                      scopeLabel(ctx, event, scope);
            if (ImGui::Selectable(label.c_str(), scope == state.scope)) {
                state.scope = scope;
                state.active = 0;
                state.focusCount = true;
                state.bufferFor = {};
            }
        }
        ImGui::EndCombo();
    }
    ctx.itemRects.record("voting.scope");
}

// Writes the typed count of `row` when it differs; false when it is not a count.
bool commit(AppContext& ctx, const app::VotingRow& row) {
    VotingPanelState& state = ctx.voting;
    const auto count = app::parseVoteCount(state.buffer.data());
    if (!count) {
        state.notice = ctx.tr("voting.notANumber");
        return false;
    }
    state.notice.clear();
    const model::Group* group = model::findGroup(ctx.session->event(), row.group);
    if (group != nullptr && *count != row.votes) {
        ctx.session->apply(app::setInputVotes(*group, row.input, *count));
    }
    return true;
}

void moveTo(VotingPanelState& state, size_t row) {
    state.active = row;
    state.focusCount = true;
    state.scrollToActive = true;
    state.bufferFor = {};
}

} // namespace

void drawVotingPanel(AppContext& ctx) {
    if (ctx.session == nullptr) {
        disabledText(ctx.tr("voting.noEvent"));
        return;
    }
    VotingPanelState& state = ctx.voting;
    const model::Event& event = ctx.session->event();
    drawScope(ctx, event);
    const auto rows = app::votingRows(event, state.scope);
    disabledWrappedText(ctx.tr("voting.help"));
    if (rows.empty()) {
        text(ctx.tr("voting.empty"));
        return;
    }
    int total = 0;
    for (const auto& row : rows) {
        total += row.votes;
    }
    text(format(ctx.tr("voting.total"),
                {{"votes", std::to_string(total)}, {"inputs", std::to_string(rows.size())}}));
    if (!state.notice.empty()) {
        errorWrappedText(state.notice);
    }
    state.active = std::min(state.active, rows.size() - 1);

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##votes", 3, flags, ImGui::GetContentRegionAvail())) {
        return;
    }
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn(ctx.tr("voting.group"), ImGuiTableColumnFlags_WidthFixed, em * 5.0f);
    ImGui::TableSetupColumn(ctx.tr("voting.input"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(ctx.tr("voting.votes"), ImGuiTableColumnFlags_WidthFixed, em * 6.0f);
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableHeadersRow();

    std::optional<size_t> moveTarget;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    clipper.ForceDisplayRangeByIndices(static_cast<int>(state.active),
                                       static_cast<int>(state.active) + 1);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto index = static_cast<size_t>(i);
            const app::VotingRow& row = rows[index];
            ImGui::PushID(i);
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            const bool active = index == state.active;
            // Every row as tall as its count's field, the text on the field's line.
            ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
            const bool picked = ImGui::Selectable(row.groupNumber.c_str(), active,
                                                  ImGuiSelectableFlags_SpanAllColumns |
                                                      ImGuiSelectableFlags_AllowItemOverlap,
                                                  ImVec2(0.0f, ImGui::GetFrameHeight()));
            ImGui::PopStyleVar();
            if (picked) {
                moveTarget = index;
            }
            const bool rowHovered = ImGui::IsItemHovered();
            ctx.itemRects.record("voting.row/", std::to_string(index));
            ImGui::TableSetColumnIndex(1);
            ImGui::AlignTextToFramePadding();
            if (row.subPoint) {
                ImGui::Indent(em);
            }
            wrappedText(row.subPoint ? "\xE2\x80\x93 " + row.text : row.text);
            if (row.subPoint) {
                ImGui::Unindent(em);
            }
            ImGui::TableSetColumnIndex(2);
            if (!active) {
                // A field's look: clicking the row makes it one.
                cell::valueAsField(std::to_string(row.votes), rowHovered);
                ctx.itemRects.record("voting.value/", std::to_string(index));
                ImGui::PopID();
                continue;
            }
            if (state.scrollToActive) {
                ImGui::SetScrollHereY(0.5f);
                state.scrollToActive = false;
            }
            if (state.bufferFor != row.input) {
                std::snprintf(state.buffer.data(), state.buffer.size(), "%d", row.votes);
                state.bufferFor = row.input;
            }
            if (state.focusCount) {
                ImGui::SetKeyboardFocusHere();
                state.focusCount = false;
            }
            const bool enter = cell::inputText(
                "##count", state.buffer.data(), state.buffer.size(),
                cell::TextOptions{nullptr, ImGuiInputTextFlags_CharsDecimal |
                                               ImGuiInputTextFlags_EnterReturnsTrue |
                                               ImGuiInputTextFlags_AutoSelectAll});
            ctx.itemRects.record("voting.count");
            const bool typing = ImGui::IsItemActive();
            if (enter || (typing && keys::pressed(ImGuiKey_DownArrow))) {
                if (commit(ctx, row)) {
                    moveTarget = std::min(index + 1, rows.size() - 1);
                } else {
                    state.focusCount = true;
                }
            } else if (typing && keys::pressed(ImGuiKey_UpArrow)) {
                if (commit(ctx, row)) {
                    moveTarget = index > 0 ? index - 1 : 0;
                }
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    if (moveTarget) {
        moveTo(state, *moveTarget);
    }
}

} // namespace innspill::ui
