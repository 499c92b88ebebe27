// The Syntese tab's right half: the theme's introduction, its challenges
// (Utfordring A, B…) with their measures, each edited in place, each a drop
// target for inputs, its sources as chips (click: the input in its group;
// ×: unlink) and the holes deleted inputs left; then the priorities.
#include "app/edits_synthesis.hpp"
#include "app/find_similar.hpp"
#include "ui/setup/setup_fields.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/synthesis/synthesis_internal.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/font_roles.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/theme_badge.hpp"
#include "ui/widgets/tool_button.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace innspill::ui::synthesis {

namespace {

// Accepts an input dropped on the last item: links it to `target`.
void dropTarget(AppContext& ctx, const model::Id& target, std::optional<app::Change>& step) {
    if (!ImGui::BeginDragDropTarget()) {
        return;
    }
    if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kInputPayload)) {
        const std::string text(static_cast<const char*>(payload->Data),
                               static_cast<size_t>(payload->DataSize));
        if (auto input = model::Id::parse(text)) {
            step = app::linkSource(*ctx.event(), target, *input);
            ctx.synthesis.target = target;
        }
    }
    ImGui::EndDragDropTarget();
}

// The sources of a challenge or measure as chips, wrapped to the width.
void drawSources(AppContext& ctx, const model::Id& owner, const std::vector<model::Id>& sources,
                 std::optional<app::Change>& step) {
    const auto& index = ctx.synthesis.cache.inputs;
    size_t holes = 0;
    // Screen coordinates, like GetItemRectMax.
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    bool first = true;
    for (const auto& source : sources) {
        auto found = index.find(source);
        if (found == index.end()) {
            ++holes;
            continue;
        }
        ImGui::PushID(source.str().c_str());
        const std::string& label = cachedChip(ctx, source, found->second);
        // Chips flow along the lines, each whole on its line.
        if (!first &&
            ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + chipWidth(label.c_str()) <
                right) {
            ImGui::SameLine();
        }
        first = false;
        const std::string key = owner.str() + "/" + source.str();
        const std::string labelKey = "synthesis.chip/" + key;
        const std::string removeKey = "synthesis.unlink/" + key;
        switch (chip("##source", label.c_str(), ctx.tr("synthesis.unlinkTip"),
                     found->second.input->text.c_str(), true,
                     ChipKeys{ctx.itemRects, labelKey, removeKey})) {
        case ChipClick::Label:
            showSource(ctx, source);
            break;
        case ChipClick::Remove:
            step = app::unlinkSource(*ctx.event(), owner, source);
            break;
        case ChipClick::None:
            break;
        }
        ImGui::PopID();
    }
    if (holes > 0) {
        errorWrappedText(
            format(ctx.tr(holes == 1 ? "synthesis.deletedOne" : "synthesis.deletedMany"),
                   {{"n", std::to_string(holes)}}));
        ImGui::SameLine();
        if (toolButton(ToolButton{icon::kDelete, ctx.tr("synthesis.forgetDeleted")})) {
            step = app::dropDeletedSources(*ctx.event(), owner);
        }
    }
    if (sources.empty()) {
        disabledText(ctx.tr("synthesis.noSources"));
    }
}

// The label that makes its challenge or measure the target of the link key.
void targetLabel(AppContext& ctx, const std::string& label, const model::Id& id) {
    auto& state = ctx.synthesis;
    const bool isTarget = state.target == id;
    ImGui::AlignTextToFramePadding(); // on the line of the buttons beside it
    const std::string text =
        label + (isTarget ? std::string("  ") + ctx.tr("synthesis.target") : "");
    if (ImGui::Selectable((text + "##target").c_str(), isTarget, 0,
                          ImVec2(ImGui::CalcTextSize(text.c_str()).x, 0.0f))) {
        state.target = id;
    }
    ctx.itemRects.record("synthesis.target/", id.str());
}

// Working in a challenge's or measure's fields makes it the target.
void targetOnActivate(AppContext& ctx, const model::Id& id) {
    if (ImGui::IsItemActivated()) {
        ctx.synthesis.target = id;
    }
}

void drawMeasure(AppContext& ctx, const model::Challenge& challenge, size_t index,
                 std::optional<app::Change>& step) {
    const model::Measure& measure = challenge.measures[index];
    const model::Id id = measure.id;
    ImGui::PushID(id.str().c_str());
    ImGui::Indent();
    ImGui::BeginGroup();
    targetLabel(ctx, ctx.synthesis.cache.labels[id], id);
    ImGui::SameLine();
    const std::string prefix = "synthesis.measure/" + id.str() + "/";
    switch (rowButtons(ctx, index > 0, index + 1 < challenge.measures.size(), prefix)) {
    case RowAction::Up:
        step = app::moveMeasure(*ctx.event(), id, -1);
        break;
    case RowAction::Down:
        step = app::moveMeasure(*ctx.event(), id, +1);
        break;
    case RowAction::Remove:
        step = app::removeMeasure(*ctx.event(), id);
        break;
    case RowAction::None:
        break;
    }
    {
        FontScope bold(ctx.fonts.bold);
        editText(
            ctx, "##lead", measure.lead,
            [&](const std::string& typed) { return app::setMeasureLead(*ctx.event(), id, typed); },
            ctx.tr("synthesis.leadHint"));
    }
    targetOnActivate(ctx, id);
    ctx.itemRects.record(prefix, "lead");
    editMultiline(ctx, "##text", ctx.synthesis.prose[id.str() + "/text"], measure.text, 3,
                  model::kMaxNoteChars, [&](const std::string& typed) {
                      return app::setMeasureText(*ctx.event(), id, typed);
                  });
    targetOnActivate(ctx, id);
    ctx.itemRects.record(prefix, "text");
    drawSources(ctx, id, measure.inputs, step);
    ImGui::EndGroup();
    ctx.itemRects.record(prefix, "drop");
    dropTarget(ctx, id, step);
    ImGui::Unindent();
    ImGui::PopID();
}

// A challenge whose theme was removed: a choice of the theme to move it to.
void moveToTheme(AppContext& ctx, const model::Id& id, std::optional<app::Change>& step) {
    const model::Event& event = *ctx.event();
    const std::string prefix = "synthesis.challenge/" + id.str() + "/";
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    if (ImGui::BeginCombo("##moveToTheme", ctx.tr("synthesis.moveToTheme"))) {
        for (const auto& theme : event.themes) {
            ImGui::PushID(theme.id.str().c_str());
            if (ImGui::Selectable(oneLine(theme.name, 40).c_str(), false)) {
                step = app::moveChallengeToTheme(event, id, theme.id);
            }
            ctx.itemRects.record("synthesis.moveToTheme/", id.str() + "/" + theme.id.str());
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ctx.itemRects.record(prefix, "moveToTheme");
}

// `orphan`: its theme was removed; it can be moved to a theme, not reordered.
void drawChallenge(AppContext& ctx, const model::Challenge& challenge, bool first, bool last,
                   bool orphan, std::optional<app::Change>& step) {
    auto& state = ctx.synthesis;
    const model::Event& event = *ctx.event();
    const model::Id id = challenge.id;
    const std::string prefix = "synthesis.challenge/" + id.str() + "/";
    ImGui::PushID(id.str().c_str());
    ImGui::Spacing();
    ImGui::BeginGroup();
    {
        FontScope bold(ctx.fonts.heading != nullptr ? ctx.fonts.heading : ctx.fonts.bold);
        targetLabel(
            ctx, format(ctx.tr("synthesis.challenge"), {{"letter", state.cache.labels[id]}}), id);
    }
    ImGui::SameLine();
    switch (rowButtons(ctx, !first, !last, prefix)) {
    case RowAction::Up:
        step = app::moveChallenge(event, id, -1);
        break;
    case RowAction::Down:
        step = app::moveChallenge(event, id, +1);
        break;
    case RowAction::Remove:
        step = app::removeChallenge(event, id);
        break;
    case RowAction::None:
        break;
    }
    ImGui::SameLine();
    const auto priority =
        std::find_if(event.synthesis.priorities.begin(), event.synthesis.priorities.end(),
                     [&](const model::Priority& p) { return p.challenge == id; });
    if (priority == event.synthesis.priorities.end()) {
        if (toolButton(ToolButton{icon::kStar, ctx.tr("synthesis.prioritise")})) {
            step = app::addPriority(event, id);
        }
    } else {
        disabledText(
            format(ctx.tr("synthesis.priorityNumber"),
                   {{"n", std::to_string(priority - event.synthesis.priorities.begin() + 1)}}));
    }
    ctx.itemRects.record(prefix, "prioritise");
    ImGui::SameLine();
    if (toolButton(ToolButton{icon::kSearch, ctx.tr("synthesis.findSimilar")})) {
        state.similarOf = id;
        state.similar = app::findSimilarToChallenge(*ctx.session, id);
    }
    ctx.itemRects.record(prefix, "similar");
    if (orphan) {
        ImGui::SameLine();
        moveToTheme(ctx, id, step);
    }

    editText(
        ctx, "##title", challenge.title,
        [&](const std::string& typed) { return app::setChallengeTitle(event, id, typed); },
        ctx.tr("synthesis.titleHint"));
    targetOnActivate(ctx, id);
    ctx.itemRects.record(prefix, "title");
    editMultiline(ctx, "##description", state.prose[id.str() + "/description"],
                  challenge.description, 4, model::kMaxNoteChars, [&](const std::string& typed) {
                      return app::setChallengeDescription(*ctx.event(), id, typed);
                  });
    targetOnActivate(ctx, id);
    ctx.itemRects.record(prefix, "description");
    drawSources(ctx, id, challenge.inputs, step);

    disabledText(ctx.tr("synthesis.measures"));
    for (size_t m = 0; m < challenge.measures.size(); ++m) {
        drawMeasure(ctx, challenge, m, step);
    }
    ImGui::Indent();
    if (toolButton(ToolButton{nullptr, ctx.tr("synthesis.addMeasure")})) {
        auto added = app::addMeasure(event, id);
        state.target = added.id;
        step = std::move(added.change);
    }
    ctx.itemRects.record(prefix, "addMeasure");
    ImGui::Unindent();
    drawChallengeActions(ctx, challenge, step);
    ImGui::EndGroup();
    ctx.itemRects.record(prefix, "drop");
    dropTarget(ctx, id, step);
    ImGui::Separator();
    ImGui::PopID();
}

// A priority's challenge on one line: its theme's badge (the full name on
// hover), "Utfordring A" and its title.
void drawChallengeName(AppContext& ctx, const model::Challenge& challenge) {
    const model::Event& event = *ctx.event();
    const auto theme = std::find_if(event.themes.begin(), event.themes.end(),
                                    [&](const model::Theme& t) { return t.id == challenge.theme; });
    if (theme != event.themes.end()) {
        const size_t index = static_cast<size_t>(theme - event.themes.begin());
        themeBadgeItem("##theme",
                       ThemeBadge{index + 1, model::themeColour(event.themes, index), theme->name});
        ImGui::SameLine();
    }
    const std::string words = challenge.title.empty() ? challenge.description : challenge.title;
    ImGui::AlignTextToFramePadding();
    text(format(ctx.tr("synthesis.challenge"),
                {{"letter", ctx.synthesis.cache.labels[challenge.id]}}) +
         ": " + oneLine(words, 50));
}

void drawPriorities(AppContext& ctx, std::optional<app::Change>& step) {
    const model::Event& event = *ctx.event();
    sectionHeading(ctx, ctx.tr("synthesis.priorities"));
    const auto& priorities = event.synthesis.priorities;
    if (priorities.empty()) {
        disabledWrappedText(ctx.tr("synthesis.noPriorities"));
        return;
    }
    for (size_t i = 0; i < priorities.size(); ++i) {
        const model::Priority& priority = priorities[i];
        const model::Challenge* challenge =
            model::findChallenge(event.synthesis, priority.challenge);
        if (!challenge) {
            continue;
        }
        const model::Id id = challenge->id;
        ImGui::PushID(id.str().c_str());
        const std::string prefix = "synthesis.priority/" + id.str() + "/";
        ImGui::AlignTextToFramePadding();
        text(std::to_string(i + 1) + ".");
        ImGui::SameLine();
        drawChallengeName(ctx, *challenge);
        ImGui::SameLine();
        switch (rowButtons(ctx, i > 0, i + 1 < priorities.size(), prefix)) {
        case RowAction::Up:
            step = app::movePriority(event, id, -1);
            break;
        case RowAction::Down:
            step = app::movePriority(event, id, +1);
            break;
        case RowAction::Remove:
            step = app::removePriority(event, id);
            break;
        case RowAction::None:
            break;
        }
        ImGui::Indent();
        const model::Measure* chosen =
            priority.measure ? model::findMeasure(event.synthesis, *priority.measure) : nullptr;
        const std::string current =
            chosen ? oneLine(chosen->lead, 60) : ctx.tr("synthesis.freeSentence");
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22.0f);
        if (ImGui::BeginCombo("##recommendation", current.c_str())) {
            for (const auto& measure : challenge->measures) {
                ImGui::PushID(measure.id.str().c_str());
                if (ImGui::Selectable(oneLine(measure.lead, 60).c_str(), chosen == &measure)) {
                    step = app::setPriorityMeasure(event, id, measure.id);
                }
                ImGui::PopID();
            }
            if (ImGui::Selectable(ctx.tr("synthesis.freeSentence"), chosen == nullptr)) {
                step = app::setPriorityMeasure(event, id, std::nullopt);
            }
            ImGui::EndCombo();
        }
        ctx.itemRects.record(prefix, "recommendation");
        if (!chosen) {
            editText(
                ctx, "##sentence", priority.recommendation,
                [&](const std::string& typed) {
                    return app::setPriorityRecommendation(*ctx.event(), id, typed);
                },
                ctx.tr("synthesis.sentenceHint"));
            ctx.itemRects.record(prefix, "sentence");
        }
        ImGui::Unindent();
        ImGui::PopID();
    }
}

// The challenges one under the other. One wholly out of view is only its
// height from when it was last drawn (the board is a scrolling child): a
// theme can hold 40 challenges with their measures and sources.
void drawChallenges(AppContext& ctx, const std::vector<const model::Challenge*>& challenges,
                    bool orphans, std::optional<app::Change>& step) {
    auto& heights = ctx.synthesis.challengeHeights;
    const float top = ImGui::GetScrollY();
    const float bottom = top + ImGui::GetWindowHeight();
    for (size_t c = 0; c < challenges.size(); ++c) {
        const model::Challenge& challenge = *challenges[c];
        const float y = ImGui::GetCursorPosY();
        const auto known = heights.find(challenge.id);
        if (known != heights.end() && (y + known->second < top || y > bottom) &&
            !ImGui::GetDragDropPayload()) {
            ImGui::Dummy(ImVec2(1.0f, known->second - ImGui::GetStyle().ItemSpacing.y));
            continue;
        }
        drawChallenge(ctx, challenge, orphans || c == 0, orphans || c + 1 == challenges.size(),
                      orphans, step);
        heights[challenge.id] = ImGui::GetCursorPosY() - y;
    }
}

// The "untagged" bucket: its inputs are on the left; here, the challenges
// whose theme was removed (the report prints them last, under the same
// word) until each is moved to a theme.
void drawOrphans(AppContext& ctx, std::optional<app::Change>& step) {
    const model::Event& event = *ctx.event();
    const auto& orphans = ctx.synthesis.cache.orphans;
    if (orphans.empty()) {
        return;
    }
    sectionHeading(
        ctx, format(ctx.tr("synthesis.orphans"), {{"n", std::to_string(orphans.size())}}).c_str());
    disabledWrappedText(ctx.tr("synthesis.orphansAbout"));
    std::vector<const model::Challenge*> challenges;
    for (const auto& id : orphans) {
        if (const auto* challenge = model::findChallenge(event.synthesis, id)) {
            challenges.push_back(challenge);
        }
    }
    drawChallenges(ctx, challenges, true, step);
}

} // namespace

void drawBoard(AppContext& ctx, std::optional<app::Change>& step) {
    auto& state = ctx.synthesis;
    const model::Event& event = *ctx.event();
    const model::Theme* theme = state.untagged ? nullptr : model::findTheme(event, state.theme);
    if (!theme) {
        disabledWrappedText(
            ctx.tr(event.themes.empty() ? "synthesis.noThemes" : "synthesis.untaggedAbout"));
        drawOrphans(ctx, step);
        drawPriorities(ctx, step);
        return;
    }
    const model::Id themeId = theme->id;
    sectionHeading(ctx, theme->name.c_str());
    disabledText(ctx.tr("synthesis.introduction"));
    editMultiline(ctx, "##introduction", ctx.synthesis.prose[themeId.str() + "/introduction"],
                  model::introductionOf(event.synthesis, themeId), 3, model::kMaxNoteChars,
                  [&](const std::string& typed) {
                      return app::setIntroduction(*ctx.event(), themeId, typed);
                  });
    ctx.itemRects.record("synthesis.introduction");
    drawChallenges(ctx, model::challengesOfTheme(event.synthesis, themeId), false, step);
    if (ImGui::Button(ctx.tr("synthesis.addChallenge"))) {
        auto added = app::addChallenge(event, themeId);
        state.target = added.id;
        step = std::move(added.change);
    }
    ctx.itemRects.record("synthesis.addChallenge");
    drawPriorities(ctx, step);
}

} // namespace innspill::ui::synthesis
