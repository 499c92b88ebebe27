// The Syntese tab's left half: the filters, then the inputs (clipped: only
// the visible rows are drawn), each a drag source; below, the selected
// input with what can be done with it, and the similar inputs found.
#include "app/edits_synthesis.hpp"
#include "app/find_similar.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/synthesis/synthesis_internal.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/tool_button.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace innspill::ui::synthesis {

namespace {

void drawFilters(AppContext& ctx) {
    auto& state = ctx.synthesis;
    const model::Event& event = *ctx.event();
    const float field = ImGui::GetFontSize() * 9.0f;
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##text", ctx.tr("synthesis.filter.text"), &state.text);
    ctx.itemRects.record("synthesis.filter.text");

    // Round: every round, or one.
    std::string roundLabel = ctx.tr("synthesis.filter.allRounds");
    if (!state.round.empty()) {
        roundLabel = model::roundHeading(event, state.round);
    }
    // As wide as its label ("Alle gruppesesjoner"), so the choice reads whole.
    ImGui::SetNextItemWidth(std::max(field, ImGui::CalcTextSize(roundLabel.c_str()).x +
                                                ImGui::GetFrameHeight() +
                                                ImGui::GetStyle().FramePadding.x * 2.0f));
    if (ImGui::BeginCombo("##round", roundLabel.c_str())) {
        if (ImGui::Selectable(ctx.tr("synthesis.filter.allRounds"), state.round.empty())) {
            state.round = model::Id();
        }
        for (const auto& day : event.days) {
            for (const auto& round : day.rounds) {
                ImGui::PushID(round.id.str().c_str());
                if (ImGui::Selectable(model::roundHeading(event, round.id).c_str(),
                                      state.round == round.id)) {
                    state.round = round.id;
                }
                ImGui::PopID();
            }
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
    ImGui::InputTextWithHint("##group", ctx.tr("synthesis.filter.group"), &state.group);
    ctx.itemRects.record("synthesis.filter.group");
    ImGui::SameLine();
    const char* usages[] = {ctx.tr("synthesis.filter.all"), ctx.tr("synthesis.filter.notUsed"),
                            ctx.tr("synthesis.filter.untouched")};
    int usage = static_cast<int>(state.usage);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::Combo("##usage", &usage, usages, 3)) {
        state.usage = static_cast<SynthesisPanelState::Usage>(usage);
    }
    ctx.itemRects.record("synthesis.filter.usage");
}

std::string whereUsed(AppContext& ctx, const SynthesisRow& row) {
    const auto& cache = ctx.synthesis.cache;
    if (row.standing == model::Standing::Parked) {
        const auto* parked = model::findParked(ctx.event()->synthesis, row.input);
        if (!parked) {
            for (const auto& child : row.value->children) {
                parked = parked ? parked : model::findParked(ctx.event()->synthesis, child.id);
            }
        }
        return std::string(ctx.tr("synthesis.parked")) +
               (parked && !parked->reason.empty() ? ": " + oneLine(parked->reason, 24) : "");
    }
    std::string where;
    const auto add = [&](const model::Id& id) {
        auto uses = cache.uses.find(id);
        if (uses == cache.uses.end()) {
            return;
        }
        for (const auto& use : uses->second) {
            auto label = cache.labels.find(use.measure ? *use.measure : use.challenge);
            if (label != cache.labels.end()) {
                where += (where.empty() ? "" : ", ") + label->second;
            }
        }
    };
    add(row.input);
    for (const auto& child : row.value->children) {
        add(child.id);
    }
    return where;
}

// `perChar`: the width of an average lower-case letter.
void drawRow(AppContext& ctx, const SynthesisRow& row, float perChar) {
    auto& state = ctx.synthesis;
    ImGui::PushID(row.input.str().c_str());
    const bool selected = state.selected == row.input;
    const float x = ImGui::GetCursorPosX();
    if (ImGui::Selectable("##row", selected,
                          ImGuiSelectableFlags_AllowItemOverlap |
                              ImGuiSelectableFlags_AllowDoubleClick)) {
        state.selected = row.input;
        if (ImGui::IsMouseDoubleClicked(0)) {
            showSource(ctx, row.input);
        }
    }
    ctx.itemRects.record("synthesis.input/", row.input.str());
    if (ImGui::BeginDragDropSource()) {
        const std::string& id = row.input.str();
        ImGui::SetDragDropPayload(kInputPayload, id.data(), id.size());
        text(cachedChip(ctx, row.input, ctx.synthesis.cache.inputs.at(row.input)));
        ImGui::EndDragDropSource();
    }
    ImGui::SameLine(x);
    disabledText(row.group->number);
    ImGui::SameLine(x + ImGui::GetFontSize() * 3.0f);
    // Where it is used and its text cut to fit: made once per event revision
    // (and width), not every frame.
    auto [cached, isNew] = state.cache.rowTexts.try_emplace(row.input);
    SynthesisCache::RowText& shown = cached->second;
    if (isNew) {
        shown.where = whereUsed(ctx, row);
    }
    const std::string& where = shown.where;
    const float whereWidth = where.empty() ? 0.0f : ImGui::CalcTextSize(where.c_str()).x;
    const float room = ImGui::GetContentRegionAvail().x - whereWidth - ImGui::GetFontSize();
    // Characters that fit, by the width of an average lower-case letter.
    const size_t chars = static_cast<size_t>(std::max(8.0f, room / perChar));
    if (isNew || shown.chars != chars) {
        shown.chars = chars;
        shown.text = oneLine(row.value->text, chars);
    }
    text(shown.text);
    if (!where.empty()) {
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - whereWidth);
        disabledText(where);
    }
    ImGui::PopID();
}

// The selected input in full, and what to do with it.
void drawSelected(AppContext& ctx, std::optional<app::Change>& step) {
    auto& state = ctx.synthesis;
    const auto& index = state.cache.inputs;
    auto found = index.find(state.selected);
    if (found == index.end()) {
        disabledWrappedText(ctx.tr("synthesis.selectHint"));
        return;
    }
    const model::Event& event = *ctx.event();
    const auto& place = found->second;
    disabledText(place.group->number + " " + oneLine(place.group->title, 60));
    wrappedText(place.input->text);
    for (const auto& child : place.input->children) {
        ImGui::Bullet();
        wrappedText(child.text);
    }
    const auto* target = state.target.empty() ? nullptr : &state.cache.labels;
    const auto label = target ? target->find(state.target) : state.cache.labels.end();
    ImGui::BeginDisabled(!target || label == state.cache.labels.end());
    if (ImGui::Button(
            (format(ctx.tr("synthesis.linkTo"),
                    {{"target", label == state.cache.labels.end() ? "–" : label->second}}) +
             "##link")
                .c_str())) {
        step = app::linkSource(event, state.target, state.selected);
    }
    ImGui::EndDisabled();
    ctx.itemRects.record("synthesis.link");
    ImGui::SameLine();
    if (model::findParked(event.synthesis, state.selected)) {
        if (ImGui::Button(ctx.tr("synthesis.unpark"))) {
            step = app::unparkInput(event, state.selected);
        }
        ctx.itemRects.record("synthesis.unpark");
    } else {
        if (ImGui::Button(ctx.tr("synthesis.parkEllipsis"))) {
            state.parking = true;
            state.parkReason.clear();
        }
        ctx.itemRects.record("synthesis.parkButton");
    }
    ImGui::SameLine();
    if (ImGui::Button(ctx.tr("synthesis.findSimilar"))) {
        state.similarOf = state.selected;
        state.similar = app::findSimilarToInput(*ctx.session, state.selected);
    }
    ctx.itemRects.record("synthesis.findSimilar");
    ImGui::SameLine();
    if (ImGui::Button(ctx.tr("synthesis.showInGroup"))) {
        showSource(ctx, state.selected);
    }
    ctx.itemRects.record("synthesis.showInGroup");
    disabledWrappedText(ctx.tr("synthesis.keysHint"));
}

void drawSimilar(AppContext& ctx) {
    auto& state = ctx.synthesis;
    if (state.similarOf.empty()) {
        return;
    }
    ImGui::Separator();
    const auto& index = state.cache.inputs;
    ImGui::AlignTextToFramePadding();
    text(format(ctx.tr("synthesis.similarCount"), {{"n", std::to_string(state.similar.size())}}));
    ImGui::SameLine();
    if (toolButton(ToolButton{icon::kClose, ctx.tr("synthesis.close")})) {
        state.similarOf = model::Id();
        state.similar.clear();
        return;
    }
    for (const auto& id : state.similar) {
        auto found = index.find(id);
        if (found == index.end()) {
            continue;
        }
        ImGui::PushID(id.str().c_str());
        if (ImGui::Selectable(chipText(found->second, 70).c_str(), state.selected == id)) {
            selectInput(ctx, found->second.parent ? found->second.parent->id : id);
        }
        ctx.itemRects.record("synthesis.similar/", id.str());
        if (ImGui::BeginDragDropSource()) {
            ImGui::SetDragDropPayload(kInputPayload, id.str().data(), id.str().size());
            text(chipText(found->second));
            ImGui::EndDragDropSource();
        }
        ImGui::PopID();
    }
}

} // namespace

void drawInputs(AppContext& ctx, std::optional<app::Change>& step) {
    auto& state = ctx.synthesis;
    drawFilters(ctx);
    refreshCache(ctx);
    disabledText(
        format(ctx.tr("synthesis.inputCount"), {{"n", std::to_string(state.cache.rows.size())}}));
    const float detail = ImGui::GetTextLineHeightWithSpacing() * 9.0f;
    if (ImGui::BeginChild("##list", ImVec2(0.0f, -detail), false)) {
        const auto& rows = state.cache.rows;
        if (state.scrollToSelected) {
            // The clipper draws only visible rows: scroll to the row first.
            for (size_t i = 0; i < rows.size(); ++i) {
                if (rows[i].input == state.selected) {
                    const float y = static_cast<float>(i) * ImGui::GetTextLineHeightWithSpacing();
                    if (y < ImGui::GetScrollY() ||
                        y > ImGui::GetScrollY() + ImGui::GetWindowHeight() -
                                ImGui::GetTextLineHeightWithSpacing() * 2.0f) {
                        ImGui::SetScrollY(y - ImGui::GetWindowHeight() * 0.4f);
                    }
                }
            }
            state.scrollToSelected = false;
        }
        const float perChar = ImGui::CalcTextSize("abcdefghijklmnopqrstuvwxyz").x / 26.0f;
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                drawRow(ctx, rows[static_cast<size_t>(i)], perChar);
            }
        }
    }
    ImGui::EndChild();
    if (ImGui::BeginChild("##selected", ImVec2(0.0f, 0.0f), false)) {
        drawSelected(ctx, step);
        drawSimilar(ctx);
    }
    ImGui::EndChild();
}

} // namespace innspill::ui::synthesis
