// The Syntese tab: the theme bar with coverage on top, the inputs on the
// left, the board on the right; the keys that work while no field has the
// keyboard; one step applied after the frame's drawing.
#include "ui/synthesis/synthesis_panel.hpp"

#include "app/edits_synthesis.hpp"
#include "app/find_similar.hpp"
#include "app/search.hpp"
#include "model/text.hpp"
#include "ui/capture/capture_panel.hpp"
#include "ui/setup/setup_fields.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/main_window.hpp"
#include "ui/synthesis/synthesis_internal.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/key_codes.hpp"
#include "ui/widgets/theme_badge.hpp"
#include "ui/widgets/tool_button.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace innspill::ui {

namespace synthesis {

std::string oneLine(const std::string& text, size_t maxChars) {
    std::string line = text;
    std::replace(line.begin(), line.end(), '\n', ' ');
    if (model::countChars(line) > maxChars) {
        line = model::cutToChars(line, maxChars) + "…";
    }
    return line;
}

std::string chipText(const model::InputPlace& place, size_t maxChars) {
    return place.group->number + " · " + oneLine(place.input->text, maxChars);
}

const std::string& cachedChip(AppContext& ctx, const model::Id& input,
                              const model::InputPlace& place) {
    auto& chips = ctx.synthesis.cache.chips;
    auto found = chips.find(input);
    if (found == chips.end()) {
        found = chips.emplace(input, chipText(place)).first;
    }
    return found->second;
}

void showSource(AppContext& ctx, const model::Id& input) {
    const auto& index = ctx.synthesis.cache.inputs;
    auto found = index.find(input);
    if (found == index.end()) {
        return;
    }
    openCaptureGroup(ctx, found->second.group->id, input, 0);
    showTab(ctx, kCaptureTabId);
}

void selectInput(AppContext& ctx, const model::Id& input) {
    ctx.synthesis.selected = input;
    ctx.synthesis.scrollToSelected = true;
}

namespace {

std::string filterKey(const SynthesisPanelState& state) {
    return state.theme.str() + (state.untagged ? "|u|" : "|t|") + state.round.str() + "|" +
           state.group + "|" + std::to_string(static_cast<int>(state.usage)) + "|" +
           state.matchedText;
}

bool inTheme(const SynthesisPanelState& state, const model::Input& input) {
    const auto themes = model::themesOfInput(input);
    if (state.untagged) {
        return themes.empty();
    }
    return state.theme.empty() ||
           std::find(themes.begin(), themes.end(), state.theme) != themes.end();
}

} // namespace

void refreshCache(AppContext& ctx) {
    auto& state = ctx.synthesis;
    auto& cache = state.cache;
    const model::Event& event = *ctx.event();
    // The text filter asks the event file's index, once per typed change.
    if (state.text != state.matchedText || cache.revision != ctx.session->revision()) {
        state.textMatches.clear();
        if (!state.text.empty()) {
            const auto results = app::search(*ctx.session, state.text, 100000);
            for (const auto& group : results.groups) {
                for (const auto& hit : group.hits) {
                    if (hit.inputId) {
                        state.textMatches.push_back(*hit.inputId);
                    }
                }
            }
        }
        state.matchedText = state.text;
    }
    const std::string key = filterKey(state);
    const bool eventChanged = cache.revision != ctx.session->revision() || cache.event != &event;
    if (!eventChanged && key == cache.filterKey) {
        return;
    }
    if (eventChanged) {
        cache.inputs = model::indexInputs(event);
        cache.uses = model::sourceUses(event.synthesis);
        cache.parked = model::parkedInputs(event.synthesis);
        cache.coverage = model::coverageOf(event);
        cache.labels.clear();
        cache.orphans.clear();
        cache.chips.clear();
        cache.rowTexts.clear();
        std::unordered_set<model::Id> themes;
        for (const auto& theme : event.themes) {
            themes.insert(theme.id);
        }
        // Lettered per theme; those of removed themes as one group (the
        // report's order), under the empty id.
        std::unordered_map<model::Id, size_t> perTheme;
        for (const auto& challenge : event.synthesis.challenges) {
            const bool orphan = !themes.contains(challenge.theme);
            if (orphan) {
                cache.orphans.push_back(challenge.id);
            }
            const std::string letter =
                model::challengeLetter(perTheme[orphan ? model::Id() : challenge.theme]++);
            cache.labels[challenge.id] = letter;
            for (size_t m = 0; m < challenge.measures.size(); ++m) {
                cache.labels[challenge.measures[m].id] = letter + "." + std::to_string(m + 1);
            }
        }
    }
    std::unordered_set<model::Id> matches(state.textMatches.begin(), state.textMatches.end());
    cache.rows.clear();
    for (const auto* group : model::sortedGroups(event)) {
        if (!state.round.empty() && group->roundId != state.round) {
            continue;
        }
        if (!state.group.empty() && group->number != state.group) {
            continue;
        }
        for (const auto& input : group->inputs) {
            if (!model::countsForCoverage(input) || !inTheme(state, input)) {
                continue;
            }
            const auto standing = model::standingOf(input, cache.uses, cache.parked);
            if ((state.usage == SynthesisPanelState::Usage::NotUsed &&
                 standing == model::Standing::Used) ||
                (state.usage == SynthesisPanelState::Usage::Untouched &&
                 standing != model::Standing::Untouched)) {
                continue;
            }
            if (!state.matchedText.empty() && !matches.count(input.id) &&
                std::none_of(input.children.begin(), input.children.end(),
                             [&](const model::Input& child) { return matches.count(child.id); })) {
                continue;
            }
            cache.rows.push_back(SynthesisRow{input.id, group, &input, standing});
        }
    }
    cache.revision = ctx.session->revision();
    cache.event = &event;
    cache.filterKey = key;
}

namespace {

std::string coverageText(AppContext& ctx, const model::CoverageCount& count) {
    return format(ctx.tr("synthesis.coverage"), {{"used", std::to_string(count.used)},
                                                 {"parked", std::to_string(count.parked)},
                                                 {"untouched", std::to_string(count.untouched)},
                                                 {"percent", std::to_string(count.percentDone())}});
}

// The themes as a row of choices, each with how far it has come.
void drawThemeBar(AppContext& ctx) {
    auto& state = ctx.synthesis;
    const model::Event& event = *ctx.event();
    const auto& coverage = state.cache.coverage;
    if (!state.untagged && !event.themes.empty() &&
        (state.theme.empty() || !model::findTheme(event, state.theme))) {
        state.theme = event.themes.front().id; // none chosen yet, or it was removed
    }
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const auto untaggedButton = [&](const std::string& label) {
        if (toolButton(ToolButton{nullptr, label.c_str(), nullptr, ButtonKind::Secondary,
                                  state.untagged})) {
            state.untagged = true;
            state.theme = model::Id();
        }
        ctx.itemRects.record("synthesis.theme/", "untagged");
        ImGui::SameLine(0.0f, spacing);
    };
    // Each theme as its coloured number badge and its share done; with its
    // full name when every name fits on the line, else the chosen theme's
    // alone, and the others' names are their tooltips.
    struct Shown {
        const model::ThemeCoverage* coverage;
        ThemeBadge badge;
        std::string share;
    };
    std::vector<Shown> shown;
    std::string untaggedLabel;
    float widthWithNames = 0.0f;
    for (const auto& theme : coverage.themes) {
        const std::string share = std::to_string(theme.count.percentDone()) + " %";
        if (!theme.theme.has_value()) {
            untaggedLabel = std::string(ctx.tr("synthesis.untagged")) + " " + share;
            continue;
        }
        const auto found =
            std::find_if(event.themes.begin(), event.themes.end(),
                         [&](const model::Theme& t) { return t.id == *theme.theme; });
        if (found == event.themes.end()) {
            continue;
        }
        const size_t index = static_cast<size_t>(found - event.themes.begin());
        shown.push_back(Shown{
            &theme, ThemeBadge{index + 1, model::themeColour(event.themes, index), found->name},
            share});
        widthWithNames += themeToggleWidth(shown.back().badge, true, share) + spacing;
    }
    if (!untaggedLabel.empty()) {
        widthWithNames +=
            toolButtonWidth(ToolButton{nullptr, untaggedLabel.c_str()}, true) + spacing;
    }
    // Short of room, only the chosen theme keeps its name.
    const bool names = widthWithNames <= ImGui::GetContentRegionAvail().x;
    for (const Shown& theme : shown) {
        const model::Id id = *theme.coverage->theme;
        const bool chosen = !state.untagged && state.theme == id;
        ImGui::PushID(id.str().c_str());
        if (themeToggle("##theme", theme.badge, chosen, names || chosen, theme.share)) {
            state.untagged = false;
            state.theme = id;
        }
        ImGui::PopID();
        ctx.itemRects.record("synthesis.theme/", id.str());
        ImGui::SameLine(0.0f, spacing);
    }
    if (!untaggedLabel.empty()) {
        untaggedButton(untaggedLabel);
    } else if (!state.cache.orphans.empty()) {
        // Challenges whose theme was removed wait in the same bucket, even
        // when every input has a theme.
        untaggedButton(ctx.tr("synthesis.untagged") + std::string(" (") +
                       std::to_string(state.cache.orphans.size()) + ")");
    }
    ImGui::NewLine();
    std::string overall =
        format(ctx.tr("synthesis.overall"), {{"coverage", coverageText(ctx, coverage.overall)},
                                             {"challenges", std::to_string(coverage.challenges)},
                                             {"measures", std::to_string(coverage.measures)}});
    if (coverage.overall.complete()) {
        doneWrappedText(overall + "  " + ctx.tr("synthesis.done"));
    } else {
        ImGui::AlignTextToFramePadding();
        disabledText(overall);
        ImGui::SameLine();
        if (toolButton(ToolButton{icon::kFilter, ctx.tr("synthesis.showUntouched")})) {
            state.usage = SynthesisPanelState::Usage::Untouched;
            state.untagged = false;
            state.theme = model::Id();
            state.round = model::Id();
            state.group.clear();
            state.text.clear();
        }
        ctx.itemRects.record("synthesis.showUntouched");
    }
}

// Keys while no field has the keyboard: ↑ ↓ choose an input, L links it to
// the challenge or measure worked on, P parks it, F finds similar ones,
// Enter shows it in its group.
void handleKeys(AppContext& ctx, std::optional<app::Change>& step) {
    auto& state = ctx.synthesis;
    if (ImGui::GetIO().WantTextInput || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId) ||
        !ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) {
        return;
    }
    const auto& rows = state.cache.rows;
    const auto move = [&](int step) {
        if (rows.empty()) {
            return;
        }
        // Looked up on the key only: the list can hold 5,000 rows.
        const auto at = std::find_if(rows.begin(), rows.end(), [&](const SynthesisRow& row) {
            return row.input == state.selected;
        });
        size_t index = at == rows.end() ? 0 : static_cast<size_t>(at - rows.begin());
        if (at != rows.end()) {
            index = step < 0 ? (index == 0 ? 0 : index - 1) : std::min(index + 1, rows.size() - 1);
        }
        selectInput(ctx, rows[index].input);
    };
    if (keys::pressed(ImGuiKey_DownArrow)) {
        move(+1);
    } else if (keys::pressed(ImGuiKey_UpArrow)) {
        move(-1);
    }
    if (state.selected.empty()) {
        return;
    }
    const model::Event& event = *ctx.event();
    if (keys::pressedCode(keys::letter('L')) && !state.target.empty()) {
        step = app::linkSource(event, state.target, state.selected);
    } else if (keys::pressedCode(keys::letter('P'))) {
        state.parking = true;
        const auto* parked = model::findParked(event.synthesis, state.selected);
        state.parkReason = parked ? parked->reason : std::string();
    } else if (keys::pressedCode(keys::letter('F'))) {
        state.similarOf = state.selected;
        state.similar = app::findSimilarToInput(*ctx.session, state.selected);
    } else if (keys::pressed(ImGuiKey_Enter, false)) {
        showSource(ctx, state.selected);
    }
}

// The reason for parking the selected input, asked in a small popup.
void drawParkPopup(AppContext& ctx, std::optional<app::Change>& step) {
    auto& state = ctx.synthesis;
    if (state.parking) {
        ImGui::OpenPopup("##park");
        state.parking = false;
    }
    if (!ImGui::BeginPopup("##park")) {
        return;
    }
    text(ctx.tr("synthesis.parkReason"));
    if (ImGui::IsWindowAppearing()) {
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24.0f);
    const bool entered =
        ImGui::InputText("##reason", &state.parkReason, ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.itemRects.record("synthesis.park.reason");
    if (ImGui::Button(ctx.tr("synthesis.park")) || entered) {
        step = app::parkInput(*ctx.event(), state.selected, state.parkReason);
        ImGui::CloseCurrentPopup();
    }
    ctx.itemRects.record("synthesis.park.ok");
    ImGui::SameLine();
    if (ImGui::Button(ctx.tr("synthesis.cancel")) || keys::pressed(ImGuiKey_Escape, false)) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace

} // namespace synthesis

void drawSynthesisPanel(AppContext& ctx) {
    if (ctx.event() == nullptr || ctx.session == nullptr) {
        return;
    }
    ImGui::PushID("synthesisPanel");
    FormStyle formStyle;
    std::optional<app::Change> step;
    synthesis::refreshCache(ctx);
    synthesis::drawThemeBar(ctx);
    synthesis::refreshCache(ctx); // the theme may have changed
    const float width = ImGui::GetContentRegionAvail().x;
    const float left = std::max(width * 0.42f, ImGui::GetFontSize() * 16.0f);
    if (ImGui::BeginChild("##inputs", ImVec2(left, 0.0f), true)) {
        synthesis::drawInputs(ctx, step);
    }
    ImGui::EndChild();
    ImGui::SameLine();
    if (ImGui::BeginChild("##board", ImVec2(0.0f, 0.0f), true)) {
        synthesis::drawBoard(ctx, step);
    }
    ImGui::EndChild();
    synthesis::handleKeys(ctx, step);
    synthesis::drawParkPopup(ctx, step);
    applyStep(ctx, step);
    ImGui::PopID();
}

} // namespace innspill::ui
