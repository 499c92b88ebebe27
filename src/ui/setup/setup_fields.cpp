// Editing widgets of the set-up panels.
#include "ui/setup/setup_fields.hpp"

#include "model/programme.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/buttons.hpp"
#include "ui/widgets/cell_field.hpp"
#include "ui/widgets/display_text.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <chrono>

namespace innspill::ui {

namespace {

// Dark enough to read on the light theme, red enough to be seen.
const ImVec4 kProblemColour{0.72f, 0.11f, 0.05f, 1.0f};

// A single-line field cuts off what does not fit; hovering shows it whole.
void tooltipIfCut(const std::string& value) {
    constexpr size_t kLongest = 2000; // a tooltip is no place for a pasted essay
    if (value.empty() || value.size() > kLongest || !ImGui::IsItemHovered() ||
        ImGui::IsItemActive()) {
        return;
    }
    const float room = ImGui::GetItemRectSize().x - ImGui::GetStyle().FramePadding.x * 2.0f;
    if (ImGui::CalcTextSize(value.c_str()).x <= room) {
        return;
    }
    // The tooltip's text would become ImGui's "last item"; callers still
    // mean the field (IsItemHovered, the item recorder), so keep it.
    ext::keepingLastItem([&] {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 35.0f);
        text(value);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    });
}

// Leaving a field ends its typing burst. Called after the field's last edit
// is applied: Enter or Escape can edit and leave in the same frame.
void endOfField(AppContext& ctx, bool deactivated) {
    if (deactivated && ctx.session != nullptr) {
        ctx.session->breakMerge();
    }
}

} // namespace

void applyTyping(AppContext& ctx, const std::optional<app::Change>& change) {
    if (change && ctx.session != nullptr) {
        // A failed write keeps the change in memory; the shell shows lastError().
        ctx.session->apply(*change, true);
    }
}

void applyStep(AppContext& ctx, const std::optional<app::Change>& change) {
    if (change && ctx.session != nullptr) {
        ctx.session->apply(*change);
    }
}

namespace {

void editTextIn(AppContext& ctx, const char* id, const std::string& value, const BuildChange& build,
                const char* hint, float width, bool inCell) {
    // ImGui keeps its own copy of the text while the field is active, so a
    // fresh copy of the model's value each frame is enough.
    std::string buffer = value;
    bool edited = false;
    if (inCell) {
        edited = cell::inputText(id, &buffer, cell::TextOptions{hint, 0, width});
    } else {
        ImGui::SetNextItemWidth(width);
        edited = hint != nullptr ? ImGui::InputTextWithHint(id, hint, &buffer)
                                 : ImGui::InputText(id, &buffer);
    }
    const bool deactivated = ImGui::IsItemDeactivated();
    tooltipIfCut(value);
    if (edited) {
        applyTyping(ctx, build(buffer));
    }
    endOfField(ctx, deactivated);
}

} // namespace

void editText(AppContext& ctx, const char* id, const std::string& value, const BuildChange& build,
              const char* hint, float width) {
    editTextIn(ctx, id, value, build, hint, width, false);
}

void editCellText(AppContext& ctx, const char* id, const std::string& value,
                  const BuildChange& build, const char* hint) {
    editTextIn(ctx, id, value, build, hint, -FLT_MIN, true);
}

void editMultiline(AppContext& ctx, const char* id, ProseFieldState& state,
                   const std::string& value, int minLines, size_t maxCharacters,
                   const BuildChange& build) {
    const ProseFieldResult result =
        proseField(id, state, value, -1.0f, minLines, maxCharacters,
                   [&](const std::string& typed) { applyTyping(ctx, build(typed)); });
    endOfField(ctx, result.finished);
}

const char* editChecked(AppContext& ctx, DraftMap& drafts, const CheckedField& field,
                        const std::function<const char*(const std::string&)>& check,
                        const BuildChange& build) {
    const auto draft = drafts.find(field.key);
    const bool hasDraft = draft != drafts.end();
    std::string buffer = hasDraft ? draft->second : field.value;
    // A waiting (wrong) text gets a red frame, so the eye finds the field
    // the message under it is about.
    bool edited = false;
    if (field.inCell) {
        edited = cell::inputText(field.id, &buffer,
                                 cell::TextOptions{field.hint, 0, field.width, hasDraft});
    } else {
        ImGui::SetNextItemWidth(field.width);
        if (hasDraft) {
            ImGui::PushStyleColor(ImGuiCol_Border, kProblemColour);
        }
        edited = field.hint != nullptr ? ImGui::InputTextWithHint(field.id, field.hint, &buffer)
                                       : ImGui::InputText(field.id, &buffer);
        if (hasDraft) {
            ImGui::PopStyleColor();
        }
    }
    const bool deactivated = ImGui::IsItemDeactivated();
    // Escape gives up on the typed text: the field shows what is saved again.
    if (deactivated && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        drafts.erase(field.key);
        endOfField(ctx, deactivated);
        return nullptr;
    }
    const char* problem = nullptr;
    if (edited || hasDraft) {
        problem = check(buffer);
        if (problem != nullptr) {
            drafts[field.key] = std::move(buffer);
        } else {
            // Acceptable now: write it (typed, or a waiting draft that became
            // valid) and show the model's value, normalised, once the field is left.
            const auto change = build(buffer);
            if (edited) {
                applyTyping(ctx, change);
            } else {
                applyStep(ctx, change);
            }
            drafts.erase(field.key);
        }
    }
    endOfField(ctx, deactivated);
    return problem;
}

bool onlyBlanks(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::optional<std::string> addRow(AppContext& ctx, AddField& field, const char* hint,
                                  const std::string& keyPrefix) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* addLabel = ctx.tr("setup.add");
    const float buttonWidth =
        ImGui::CalcTextSize(addLabel).x + style.FramePadding.x * 2.0f + style.ItemSpacing.x;
    if (field.refocus) {
        ImGui::SetKeyboardFocusHere();
        field.refocus = false;
    }
    ImGui::SetNextItemWidth(-buttonWidth);
    const bool entered =
        ImGui::InputTextWithHint("##new", hint, &field.text, ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.itemRects.record(keyPrefix, "new");
    ImGui::SameLine();
    ImGui::BeginDisabled(onlyBlanks(field.text));
    const bool clicked = ImGui::Button(addLabel);
    ImGui::EndDisabled();
    ctx.itemRects.record(keyPrefix, "add");
    if ((!entered && !clicked) || onlyBlanks(field.text)) {
        return std::nullopt;
    }
    std::string added = std::move(field.text);
    field.text.clear();
    field.refocus = entered; // Enter: ready for the next one at once
    return added;
}

void problemText(const char* message) {
    ImGui::PushStyleColor(ImGuiCol_Text, kProblemColour);
    wrappedText(message);
    ImGui::PopStyleColor();
}

float rowButtonsWidth(AppContext& ctx) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float arrow = ImGui::GetFrameHeight();
    const float remove =
        ImGui::CalcTextSize(ctx.tr("setup.remove")).x + style.FramePadding.x * 2.0f;
    return arrow * 2.0f + remove + style.ItemSpacing.x * 2.0f;
}

RowAction rowButtons(AppContext& ctx, bool canMoveUp, bool canMoveDown,
                     const std::string& keyPrefix) {
    RowAction action = RowAction::None;
    const auto arrow = [&](const char* id, ImGuiDir dir, bool enabled, const char* tooltip,
                           const char* key, RowAction result) {
        ImGui::BeginDisabled(!enabled);
        if (ImGui::ArrowButton(id, dir)) {
            action = result;
        }
        ImGui::EndDisabled();
        // Recorded before the tooltip, which becomes the last item.
        if (ctx.itemRects.enabled()) {
            ctx.itemRects.record(keyPrefix, key);
        }
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
            ImGui::SetTooltip("%s", tooltip);
        }
    };
    arrow("##up", ImGuiDir_Up, canMoveUp, ctx.tr("setup.moveUp"), "up", RowAction::Up);
    ImGui::SameLine();
    arrow("##down", ImGuiDir_Down, canMoveDown, ctx.tr("setup.moveDown"), "down", RowAction::Down);
    ImGui::SameLine();
    if (ImGui::Button(ctx.tr("setup.remove"))) {
        action = RowAction::Remove;
    }
    if (ctx.itemRects.enabled()) {
        ctx.itemRects.record(keyPrefix, "remove");
    }
    return action;
}

Answer confirmDialog(AppContext& ctx, bool pending, const char* title, const std::string& message,
                     const char* yesLabel) {
    constexpr const char* kId = "###setupConfirm";
    const std::string name = std::string(title) + kId;
    if (pending && !ImGui::IsPopupOpen(kId)) {
        ImGui::OpenPopup(name.c_str());
    }
    Answer answer = Answer::None;
    if (ImGui::BeginPopupModal(name.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        if (!pending) {
            ImGui::CloseCurrentPopup();
        } else {
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
            text(message);
            ImGui::PopTextWrapPos();
            ImGui::Spacing();
            // The button that removes looks like it: the danger button.
            if (dangerButton(yesLabel)) {
                answer = Answer::Yes;
            }
            ctx.itemRects.record("setup.confirm.yes");
            ImGui::SameLine();
            if (ImGui::Button(ctx.tr("setup.cancel"))) {
                answer = Answer::No;
            }
            ImGui::SetItemDefaultFocus();
            ctx.itemRects.record("setup.confirm.no");
            if (ext::escapeClosesDialog(false, true)) {
                answer = Answer::No;
            }
            if (answer != Answer::None) {
                ImGui::CloseCurrentPopup();
            }
        }
        ImGui::EndPopup();
    }
    return answer;
}

std::string countText(AppContext& ctx, size_t count, const char* oneKey, const char* manyKey) {
    if (count == 1) {
        return ctx.tr(oneKey);
    }
    return format(ctx.tr(manyKey), {{"n", std::to_string(count)}});
}

std::string dateWithWeekday(AppContext& ctx, const std::string& isoDate) {
    if (isoDate.empty() || !model::isValidDate(isoDate)) {
        return {};
    }
    using namespace std::chrono;
    const year_month_day date{year{std::stoi(isoDate.substr(0, 4))},
                              month{static_cast<unsigned>(std::stoi(isoDate.substr(5, 2)))},
                              day{static_cast<unsigned>(std::stoi(isoDate.substr(8, 2)))}};
    static constexpr const char* kWeekdays[] = {
        "setup.weekday1", "setup.weekday2", "setup.weekday3", "setup.weekday4",
        "setup.weekday5", "setup.weekday6", "setup.weekday7"};
    const unsigned iso = weekday{sys_days{date}}.iso_encoding(); // 1 = Monday
    return std::string(ctx.tr(kWeekdays[iso - 1])) + " " + formatDate(ctx.language, isoDate);
}

bool beginForm(const char* id, float labelWidth) {
    if (!ImGui::BeginTable(id, 2,
                           ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings)) {
        return false;
    }
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, labelWidth);
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
    return true;
}

void formLabel(const char* label) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (*label != '\0') {
        ImGui::AlignTextToFramePadding();
        disabledText(label);
    }
    ImGui::TableNextColumn();
}

void endForm() {
    ImGui::EndTable();
}

float labelColumnWidth(AppContext& ctx, std::initializer_list<const char*> labelKeys) {
    float width = 0.0f;
    for (const char* key : labelKeys) {
        width = std::max(width, ImGui::CalcTextSize(ctx.tr(key)).x);
    }
    return width;
}

FormStyle::FormStyle() {
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::GetStyleColorVec4(ImGuiCol_Border));
}

FormStyle::~FormStyle() {
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

void sectionHeading(AppContext& ctx, const char* title) {
    ImGui::Spacing();
    {
        FontScope bold(ctx.fonts.heading != nullptr ? ctx.fonts.heading : ctx.fonts.bold);
        text(title);
    }
    ImGui::Separator();
}

} // namespace innspill::ui
