// The inputs list of the capture screen: rows measured once and drawn only
// where visible, the editor in the focused row, and the keys that edit the
// list (typing and selecting).
//
// ImGuiListClipper needs rows of one height; wrapped inputs are not, so the
// list keeps each row's height (CapturePanelState::rows, measured again only
// when its text, kind, level or themes change) and draws just the rows that
// meet the view, plus the focused row wherever it is, so that the editor
// keeps the keyboard while the list scrolls.
#include "app/edits_capture.hpp"
#include "ui/capture/capture_internal.hpp"
#include "ui/capture/capture_list_keys.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include "ui/widgets/theme_badge.hpp"
#include <algorithm>

#include <cfloat>
#include <functional>

namespace innspill::ui::capture {

namespace {

struct Metrics {
    float width = 0.0f;  // of the list's content
    float indent = 0.0f; // of a sub-point
    float bullet = 0.0f; // room for the bullet before the text
    float padY = 0.0f;   // above and below a row's text
    float chipHeight = 0.0f;
    float chipScale = 0.85f;
    float votes = 0.0f; // room kept at the right for the dot votes

    float textWidth(bool subPoint) const {
        return std::max(width - (subPoint ? indent : 0.0f) - bullet - 4.0f - votes, 1.0f);
    }
};

Metrics metrics() {
    Metrics m;
    m.width = ImGui::GetContentRegionAvail().x;
    m.indent = ImGui::GetStyle().IndentSpacing * 1.5f;
    m.bullet = ImGui::GetFontSize() * 1.2f;
    m.padY = 3.0f;
    m.chipHeight = ImGui::GetFontSize() * m.chipScale + 6.0f;
    return m;
}

size_t rowKey(std::string_view text, const model::Input& input, bool subPoint) {
    size_t key = std::hash<std::string_view>{}(text);
    const auto mix = [&key](size_t value) {
        key ^= value + 0x9e3779b97f4a7c15ULL + (key << 6) + (key >> 2);
    };
    mix(static_cast<size_t>(input.kind));
    mix(subPoint ? 1 : 0);
    mix(input.themes.size());
    return key;
}

float measureRow(const AppContext& ctx, std::string_view text, const model::Input& input,
                 bool subPoint, const Metrics& m) {
    FontScope bold(input.kind == model::InputKind::SubHeading ? ctx.fonts.bold : nullptr);
    float height = editorHeight(text, m.textWidth(subPoint)) + 2.0f * m.padY;
    if (!input.themes.empty()) {
        height += m.chipHeight;
    }
    if (input.kind == model::InputKind::SubHeading) {
        height += ImGui::GetFontSize() * 0.4f; // air above a sub-heading
    }
    return height;
}

// The theme badges under an input's text: each theme's number in its
// colour, the full name on hover.
void drawChips(const model::Event& event, const model::Input& input, ImVec2 at, const Metrics& m) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float size = ImGui::GetFontSize() * m.chipScale;
    const bool hoverable = ImGui::IsWindowHovered();
    float x = at.x;
    for (const auto& id : input.themes) {
        const auto it = std::find_if(event.themes.begin(), event.themes.end(),
                                     [&](const model::Theme& theme) { return theme.id == id; });
        if (it == event.themes.end()) {
            continue;
        }
        const size_t index = static_cast<size_t>(it - event.themes.begin());
        const ThemeBadge badge{index + 1, model::themeColour(event.themes, index), it->name};
        const ImVec2 max = drawThemeBadge(draw, ImVec2(x, at.y + 1.0f), badge, size, hoverable);
        x = max.x + 4.0f;
    }
}

// The dot votes at the row's top right ("5 stemmer"), or the count being
// typed after "=" in selection mode ("stemmer = 12_").
void drawVotes(CaptureFrame& frame, const model::Input& input, bool selected, ImVec2 rowMin,
               ImVec2 rowMax, const Metrics& m) {
    const bool entering = selected && frame.state.voteEntry;
    if (input.votes <= 0 && !entering) {
        return;
    }
    const std::string label =
        entering ? format(frame.ctx.tr("capture.voteEntry"), {{"votes", frame.state.voteText}})
        : input.votes == 1
            ? std::string(frame.ctx.tr("capture.oneVote"))
            : format(frame.ctx.tr("capture.votes"), {{"votes", std::to_string(input.votes)}});
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize() * m.chipScale;
    const ImVec2 textSize = font->CalcTextSizeA(size, FLT_MAX, 0.0f, label.c_str());
    const ImVec2 max(rowMax.x - 4.0f, rowMin.y + m.padY + size + 3.0f);
    const ImVec2 min(max.x - textSize.x - 10.0f, rowMin.y + m.padY);
    draw->AddRectFilled(
        min, max, ImGui::GetColorU32(entering ? ImGuiCol_FrameBgActive : ImGuiCol_Header), 3.0f);
    draw->AddText(font, size, ImVec2(min.x + 5.0f, min.y + 1.5f), ImGui::GetColorU32(ImGuiCol_Text),
                  label.c_str());
}

const char* bulletFor(const model::Input& input, bool subPoint) {
    if (subPoint) {
        return "\xE2\x80\x93"; // –
    }
    return input.kind == model::InputKind::Item ? "\xE2\x80\xA2" : nullptr; // •
}

// Draws row `index` at the cursor; `focused`: this row has the focus.
void drawRow(CaptureFrame& frame, const InputRowRef& row, size_t index, float rowHeight,
             const Metrics& m) {
    AppContext& ctx = frame.ctx;
    CapturePanelState& state = frame.state;
    const model::Input& input = *row.input;
    const bool focused = state.focus.field == CaptureField::Input && state.focus.input == input.id;
    const bool typing = focused && state.editing;

    ImGui::PushID(input.id.str().c_str());
    const ImVec2 rowMin = ImGui::GetCursorScreenPos();
    const ImVec2 rowMax(rowMin.x + m.width, rowMin.y + rowHeight);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (typing) {
        // Quiet: a tint and a bar at the left edge, so the eye finds the caret's row.
        draw->AddRectFilled(rowMin, rowMax, ImGui::GetColorU32(ImGuiCol_Header, 0.25f), 3.0f);
        draw->AddRectFilled(rowMin, ImVec2(rowMin.x + 3.0f, rowMax.y),
                            ImGui::GetColorU32(ImGuiCol_NavHighlight));
    } else if (focused) {
        draw->AddRectFilled(rowMin, rowMax, ImGui::GetColorU32(ImGuiCol_Header), 3.0f);
    }
    float top = rowMin.y + m.padY;
    if (input.kind == model::InputKind::SubHeading) {
        top += ImGui::GetFontSize() * 0.4f;
    }
    const float left = rowMin.x + (row.subPoint ? m.indent : 0.0f);
    if (const char* bullet = bulletFor(input, row.subPoint)) {
        draw->AddText(ImVec2(left + 2.0f, top), ImGui::GetColorU32(ImGuiCol_TextDisabled), bullet);
    }
    const ImVec2 textAt(left + m.bullet, top);
    ImGui::SetCursorScreenPos(textAt);
    {
        FontScope bold(input.kind == model::InputKind::SubHeading ? ctx.fonts.bold : nullptr);
        const float width = m.textWidth(row.subPoint);
        if (typing) {
            EditorLook look;
            look.width = width;
            look.maxCharacters = model::kMaxInputChars;
            const EditorResult result =
                drawEditor(editorId(state.focus).c_str(), state.editor, EditorMode::ListItem, look);
            if (state.editor.text.empty()) {
                draw->AddText(textAt, ImGui::GetColorU32(ImGuiCol_TextDisabled),
                              ctx.tr("capture.inputPlaceholder"));
            }
            handleEditorResult(frame, result, input.id);
        } else {
            size_t clickedAt = 0;
            bool clicked = drawStaticText("##text", input.text, width,
                                          ImGui::GetColorU32(ImGuiCol_Text), &clickedAt);
            if (!clicked && ImGui::GetIO().MouseClicked[0] && ImGui::IsWindowHovered() &&
                ImGui::IsMouseHoveringRect(rowMin, rowMax)) {
                // Beside the text (the bullet, the chips, the padding): the end of it.
                clicked = true;
                clickedAt = input.text.size();
            }
            if (clicked) {
                const model::Id id = input.id;
                frame.defer([id, clickedAt](AppContext& c, const model::Group& g) {
                    focusField(c, g, CaptureFocus{CaptureField::Input, id}, clickedAt);
                });
            }
            if (focused && state.editor.scrollToCaret) {
                ext::scrollIntoView(rowMin, rowMax);
                state.editor.scrollToCaret = false;
            }
        }
    }
    if (!input.themes.empty()) {
        drawChips(frame.event, input, ImVec2(textAt.x, rowMax.y - m.chipHeight - m.padY), m);
    }
    drawVotes(frame, input, focused && !state.editing, rowMin, rowMax, m);
    ImGui::SetCursorScreenPos(rowMin);
    ImGui::Dummy(ImVec2(m.width, rowHeight));
    ctx.itemRects.record("capture.row/", std::to_string(index));
    ImGui::PopID();
}

// The one row of an empty list: a new input that comes into being when
// the facilitator types its first character.
void drawFirstRow(CaptureFrame& frame, const Metrics& m) {
    AppContext& ctx = frame.ctx;
    CapturePanelState& state = frame.state;
    const bool typing =
        state.focus.field == CaptureField::Input && state.focus.input.empty() && state.editing;
    const ImVec2 rowMin = ImGui::GetCursorScreenPos();
    const float height =
        editorHeight(typing ? state.editor.text : "", m.textWidth(false)) + 2.0f * m.padY;
    if (typing) {
        ImGui::GetWindowDrawList()->AddRectFilled(rowMin,
                                                  ImVec2(rowMin.x + m.width, rowMin.y + height),
                                                  ImGui::GetColorU32(ImGuiCol_FrameBg), 3.0f);
    }
    const ImVec2 textAt(rowMin.x + m.bullet, rowMin.y + m.padY);
    ImGui::SetCursorScreenPos(textAt);
    if (typing) {
        EditorLook look;
        look.width = m.textWidth(false);
        look.maxCharacters = model::kMaxInputChars;
        const EditorResult result =
            drawEditor(editorId(state.focus).c_str(), state.editor, EditorMode::ListItem, look);
        if (state.editor.text.empty()) {
            ImGui::GetWindowDrawList()->AddText(textAt, ImGui::GetColorU32(ImGuiCol_TextDisabled),
                                                ctx.tr("capture.firstInputPlaceholder"));
        }
        handleEditorResult(frame, result, model::Id());
    } else if (drawStaticText("##first", ctx.tr("capture.firstInputPlaceholder"),
                              m.textWidth(false), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                              nullptr)) {
        frame.defer([](AppContext& c, const model::Group& g) {
            focusField(c, g, CaptureFocus{CaptureField::Input, {}}, 0);
        });
    }
    ImGui::SetCursorScreenPos(rowMin);
    ImGui::Dummy(ImVec2(m.width, height));
    ctx.itemRects.record("capture.row/", "first");
}

// Heights of every row, measured again only where something changed.
std::vector<float> rowTops(CaptureFrame& frame, const std::vector<InputRowRef>& rows,
                           const Metrics& m) {
    CapturePanelState& state = frame.state;
    // Keyed by the text's width: the room kept for votes changes it too.
    if (state.rowsWidth != m.textWidth(false) || state.rowsFontSize != ImGui::GetFontSize()) {
        state.rows.clear();
        state.rowsWidth = m.textWidth(false);
        state.rowsFontSize = ImGui::GetFontSize();
    }
    state.rows.resize(rows.size());
    std::vector<float> tops(rows.size() + 1, 0.0f);
    for (size_t i = 0; i < rows.size(); ++i) {
        const model::Input& input = *rows[i].input;
        const bool typing = state.editing && state.focus.field == CaptureField::Input &&
                            state.focus.input == input.id;
        const std::string_view text = typing ? state.editor.text : input.text;
        const size_t key = rowKey(text, input, rows[i].subPoint);
        CaptureRowCache& cache = state.rows[i];
        if (cache.id != input.id || cache.key != key || cache.height <= 0.0f) {
            cache.id = input.id;
            cache.key = key;
            cache.height = measureRow(frame.ctx, text, input, rows[i].subPoint, m);
        }
        tops[i + 1] = tops[i] + cache.height;
    }
    return tops;
}

} // namespace

std::vector<InputRowRef> inputRowRefs(const model::Group& group) {
    std::vector<InputRowRef> rows;
    rows.reserve(group.inputs.size() * 2);
    for (const auto& input : group.inputs) {
        rows.push_back(InputRowRef{&input, false});
        for (const auto& child : input.children) {
            rows.push_back(InputRowRef{&child, true});
        }
    }
    return rows;
}

void drawInputList(CaptureFrame& frame, float height) {
    CapturePanelState& state = frame.state;
    if (!ImGui::BeginChild("##inputs", ImVec2(0.0f, height), true)) {
        ImGui::EndChild();
        return;
    }
    const std::vector<InputRowRef> rows = inputRowRefs(frame.group);
    Metrics m = metrics();
    const bool votes = state.voteEntry || std::any_of(rows.begin(), rows.end(), [](const auto& r) {
                           return r.input->votes > 0;
                       });
    if (votes) {
        const std::string widest = format(frame.ctx.tr("capture.votes"), {{"votes", "999"}});
        m.votes = ImGui::CalcTextSize(widest.c_str()).x * m.chipScale + 16.0f;
    }

    // The focused input may be gone (undone, deleted elsewhere): the row
    // that took its place gets the focus, typing or selecting as before.
    std::optional<size_t> focusRow;
    if (state.focus.field == CaptureField::Input) {
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].input->id == state.focus.input) {
                focusRow = i;
                break;
            }
        }
        const bool lost = !focusRow && (!state.focus.input.empty() || !rows.empty());
        if (lost && !rows.empty()) {
            const size_t row = std::min(state.focusRow, rows.size() - 1);
            const model::Id id = rows[row].input->id;
            const size_t caret = rows[row].input->text.size();
            focusField(frame.ctx, frame.group, CaptureFocus{CaptureField::Input, id}, caret,
                       state.editing);
            focusRow = row;
        } else if (lost) {
            focusField(frame.ctx, frame.group, CaptureFocus{CaptureField::Input, {}}, 0,
                       state.editing);
        }
    }
    if (focusRow) {
        state.focusRow = *focusRow;
    }

    const std::vector<float> tops = rowTops(frame, rows, m);
    const ImVec2 start = ImGui::GetCursorPos();
    if (rows.empty()) {
        drawFirstRow(frame, m);
    } else {
        const float viewTop = ImGui::GetScrollY() - start.y;
        const float viewBottom = viewTop + ImGui::GetWindowHeight();
        const auto first = static_cast<size_t>(
            std::upper_bound(tops.begin() + 1, tops.end(), viewTop) - (tops.begin() + 1));
        for (size_t i = first; i < rows.size() && tops[i] < viewBottom; ++i) {
            ImGui::SetCursorPos(ImVec2(start.x, start.y + tops[i]));
            drawRow(frame, rows[i], i, tops[i + 1] - tops[i], m);
        }
        if (focusRow && (tops[*focusRow + 1] <= viewTop || tops[*focusRow] >= viewBottom)) {
            // Off screen, still drawn: the editor keeps the keyboard and
            // scrolls itself back into view when typed in.
            ImGui::SetCursorPos(ImVec2(start.x, start.y + tops[*focusRow]));
            drawRow(frame, rows[*focusRow], *focusRow, tops[*focusRow + 1] - tops[*focusRow], m);
        }
        ImGui::SetCursorPos(ImVec2(start.x, start.y + tops.back() + 4.0f));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        if (ImGui::Selectable(frame.ctx.tr("capture.addInput"))) {
            const model::Id last = rows.back().input->id;
            frame.defer([last](AppContext& c, const model::Group& g) {
                applyAndFocus(c, app::insertInputAfter(g, last), true);
            });
        }
        ImGui::PopStyleColor();
        frame.ctx.itemRects.record("capture.addInput");
    }
    ImGui::Dummy(ImVec2(1.0f, ImGui::GetFontSize()));

    if (state.focus.field == CaptureField::Input && !state.editing && focusRow) {
        handleSelectionKeys(frame, rows, *focusRow);
    }
    state.rowCount = rows.size();
    ImGui::EndChild();
}

} // namespace innspill::ui::capture
