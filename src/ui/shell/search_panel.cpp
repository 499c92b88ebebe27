// The search overlay: query, results grouped by group with highlights,
// keyboard choice and the jump to the capture screen.
#include "ui/shell/search_panel.hpp"

#include "app/edits_capture.hpp"
#include "ui/capture/capture_panel.hpp"
#include "ui/capture/text_edit.hpp"
#include "ui/capture/text_editor.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/main_window.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/key_codes.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace innspill::ui {

namespace {

constexpr size_t kResultLimit = 200;
constexpr size_t kContextCharacters = 30; // shown before the first match
const ImVec4 kHighlight(1.0f, 0.82f, 0.25f, 0.65f);

const char* kindKey(app::HitKind kind) {
    switch (kind) {
    case app::HitKind::GroupTitle:
        return "search.kindTitle";
    case app::HitKind::GroupNotes:
        return "search.kindNotes";
    case app::HitKind::Person:
        return "search.kindPerson";
    case app::HitKind::Input:
        break;
    }
    return "search.kindInput";
}

size_t hitCount(const app::SearchResults& results) {
    size_t count = 0;
    for (const auto& group : results.groups) {
        count += group.hits.size();
    }
    return count;
}

bool jumpable(const app::SearchHit& hit) {
    return !hit.groupId.empty();
}

// The notes field a notes hit came from, for the caret.
CaptureField notesFieldOf(const model::Group& group, const std::string& text) {
    if (group.notes.challenges == text) {
        return CaptureField::Challenges;
    }
    if (group.notes.opportunities == text) {
        return CaptureField::Opportunities;
    }
    if (group.reportNote == text) {
        return CaptureField::ReportNote;
    }
    return CaptureField::Notes;
}

void jump(AppContext& ctx, const app::SearchHit& hit) {
    if (!jumpable(hit)) {
        return;
    }
    const size_t caret = hit.matches.empty() ? 0 : hit.matches.front().first;
    openCaptureGroup(ctx, hit.groupId, hit.inputId.value_or(model::Id()), caret);
    if (hit.kind == app::HitKind::GroupNotes) {
        if (const model::Group* group = model::findGroup(*ctx.event(), hit.groupId)) {
            openCaptureField(ctx, notesFieldOf(*group, hit.text), caret);
        }
    } else if (hit.kind == app::HitKind::GroupTitle) {
        openCaptureField(ctx, CaptureField::Title, 0);
    }
    showTab(ctx, kCaptureTabId);
    ctx.search.open = false;
}

// One hit: its kind, then the snippet with the matches highlighted.
bool drawHit(AppContext& ctx, const app::SearchHit& hit, bool highlighted, size_t index) {
    ImGui::PushID(static_cast<int>(index));
    const float lineHeight = ImGui::GetTextLineHeight();
    ImGui::BeginDisabled(!jumpable(hit));
    const bool clicked = ImGui::Selectable("##hit", highlighted, 0, ImVec2(0.0f, lineHeight));
    ImGui::EndDisabled();
    ctx.itemRects.record("search.hit/", std::to_string(index));
    if (highlighted && ctx.search.scrollToHighlight) {
        ImGui::SetScrollHereY(0.5f);
        ctx.search.scrollToHighlight = false;
    }
    const ImVec2 min = ImGui::GetItemRectMin();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const char* kind = ctx.tr(kindKey(hit.kind));
    const float kindWidth = ImGui::GetFontSize() * 5.5f;
    draw->AddText(min, ImGui::GetColorU32(ImGuiCol_TextDisabled), kind);

    const SearchSnippet snippet = makeSnippet(hit.text, hit.matches);
    const ImVec2 textAt(min.x + kindWidth, min.y);
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const char* base = snippet.text.c_str();
    for (const auto& [begin, end] : snippet.ranges) {
        const float x0 = font->CalcTextSizeA(size, FLT_MAX, 0.0f, base, base + begin).x;
        const float x1 = font->CalcTextSizeA(size, FLT_MAX, 0.0f, base, base + end).x;
        draw->AddRectFilled(ImVec2(textAt.x + x0, textAt.y),
                            ImVec2(textAt.x + x1, textAt.y + lineHeight),
                            ImGui::GetColorU32(kHighlight), 2.0f);
    }
    draw->AddText(font, size, textAt, ImGui::GetColorU32(ImGuiCol_Text), base,
                  base + snippet.text.size());
    ImGui::PopID();
    return clicked && jumpable(hit);
}

void runSearch(AppContext& ctx) {
    SearchPanelState& state = ctx.search;
    if (!state.stale && state.searched == state.query) {
        return;
    }
    state.results = ctx.session != nullptr ? app::search(*ctx.session, state.query, kResultLimit)
                                           : app::SearchResults{};
    state.searched = state.query;
    state.stale = false;
    state.highlighted = 0;
    ctx.search.scrollToHighlight = true;
}

} // namespace

SearchSnippet makeSnippet(const std::string& text,
                          const std::vector<std::pair<size_t, size_t>>& matches,
                          size_t maxCharacters) {
    // Merge what overlaps ("helse" and "hel" both match at one place).
    std::vector<std::pair<size_t, size_t>> ranges;
    for (auto range : matches) {
        range.second = std::min(range.second, text.size());
        if (range.first >= range.second) {
            continue;
        }
        if (!ranges.empty() && range.first <= ranges.back().second) {
            ranges.back().second = std::max(ranges.back().second, range.second);
        } else {
            ranges.push_back(range);
        }
    }
    size_t begin = 0;
    if (!ranges.empty()) {
        begin = ranges.front().first;
        for (size_t n = 0; n < kContextCharacters && begin > 0; ++n) {
            begin = previousCharacter(text, begin);
        }
    }
    size_t end = begin;
    for (size_t n = 0; n < maxCharacters && end < text.size(); ++n) {
        end = nextCharacter(text, end);
    }
    SearchSnippet snippet;
    const std::string ellipsis = "\xE2\x80\xA6";
    const size_t shift = begin > 0 ? ellipsis.size() : 0;
    if (begin > 0) {
        snippet.text = ellipsis;
    }
    snippet.text += text.substr(begin, end - begin);
    // One line: line breaks (and tabs) shown as spaces, byte for byte.
    std::replace_if(
        snippet.text.begin(), snippet.text.end(),
        [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    if (end < text.size()) {
        snippet.text += ellipsis;
    }
    for (const auto& [from, to] : ranges) {
        if (to <= begin || from >= end) {
            continue;
        }
        snippet.ranges.emplace_back(std::max(from, begin) - begin + shift,
                                    std::min(to, end) - begin + shift);
    }
    return snippet;
}

void openSearch(AppContext& ctx) {
    ctx.search.open = true;
    ctx.search.focusQuery = true;
    ctx.search.stale = true; // the event may have changed since
}

void drawSearchPanel(AppContext& ctx) {
    SearchPanelState& state = ctx.search;
    const ImGuiIO& io = ImGui::GetIO();
    if (ctx.session != nullptr && io.KeyCtrl && !io.KeyAlt && !io.KeyShift &&
        keys::pressedCode(keys::letter('F')) && !ext::modalOpen()) {
        openSearch(ctx);
    }
    if (!state.open || ctx.session == nullptr) {
        state.open = false;
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImVec2 size(std::min(760.0f, viewport->WorkSize.x * 0.9f),
                      std::min(560.0f, viewport->WorkSize.y * 0.8f));
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + (viewport->WorkSize.x - size.x) * 0.5f,
                                   viewport->WorkPos.y + viewport->WorkSize.y * 0.08f),
                            ImGuiCond_Appearing);
    ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
    if (state.focusQuery) {
        ImGui::SetNextWindowFocus();
    }
    std::string title = ctx.tr("search.title");
    title += kSearchWindowName;
    bool open = true;
    if (!ImGui::Begin(title.c_str(), &open,
                      ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::End();
        state.open = open;
        return;
    }
    // Esc before the query box sees it: ImGui would put back the text the
    // box had when it was clicked, and the next Ctrl+F should show this query.
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
        keys::pressed(ImGuiKey_Escape, false)) {
        ImGui::End();
        state.open = false;
        return;
    }
    if (state.focusQuery) {
        ImGui::SetKeyboardFocusHere();
        state.focusQuery = false;
    }
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    const bool entered = ImGui::InputTextWithHint("##query", ctx.tr("search.hint"), &state.query,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::PopStyleVar();
    ctx.itemRects.record("search.query");
    keepArrowKeys();
    const bool typing = ImGui::IsItemActive();
    runSearch(ctx);

    const size_t count = hitCount(state.results);
    if (count > 0 && typing) {
        if (keys::pressed(ImGuiKey_DownArrow)) {
            state.highlighted = std::min(state.highlighted + 1, count - 1);
            state.scrollToHighlight = true;
        }
        if (keys::pressed(ImGuiKey_UpArrow) && state.highlighted > 0) {
            --state.highlighted;
            state.scrollToHighlight = true;
        }
    }
    if (state.query.empty()) {
        disabledText(ctx.tr("search.empty"));
    } else if (count == 0) {
        disabledText(ctx.tr("search.none"));
    } else {
        disabledText(format(ctx.tr(state.results.truncated ? "search.countMore" : "search.count"),
                            {{"count", std::to_string(count)}}));
    }

    const app::SearchHit* chosen = nullptr;
    if (ImGui::BeginChild("##results", ImVec2(0.0f, 0.0f), false)) {
        size_t index = 0;
        for (const auto& group : state.results.groups) {
            {
                FontScope bold(ctx.fonts.bold);
                const std::string heading = group.groupId.empty()
                                                ? std::string(ctx.tr("search.noGroup"))
                                                : group.number + "  " + group.title;
                text(heading);
            }
            ImGui::Indent();
            for (const auto& hit : group.hits) {
                if (drawHit(ctx, hit, index == state.highlighted, index)) {
                    chosen = &hit;
                }
                if (entered && index == state.highlighted) {
                    chosen = &hit;
                }
                ++index;
            }
            ImGui::Unindent();
            ImGui::Spacing();
        }
    }
    ImGui::EndChild();
    ImGui::End();
    state.open = open;
    if (chosen != nullptr) {
        const app::SearchHit hit = *chosen; // jump() may search again
        jump(ctx, hit);
    }
}

} // namespace innspill::ui
