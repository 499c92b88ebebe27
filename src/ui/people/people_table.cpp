// The register as an ImGui table: sortable headers, a list clipper so 2,000
// people cost no more than the 30 on screen, and cells that are edited in
// place, drawn as fields (widgets/cell_field.hpp) so they look editable before
// they are clicked; typing in one field is one undo step (merged changes,
// broken when the field is left).
#include "ui/people/people_table.hpp"

#include "app/edits_people.hpp"
#include "model/name_match.hpp"
#include "ui/people/people_text.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/cell_field.hpp"
#include "ui/widgets/choice_controls.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>

namespace innspill::ui {

namespace {

const ImVec4 kWarningColour{0.72f, 0.11f, 0.05f, 1.0f};

enum class TextField { Name, Organisation };

std::string& fieldOf(model::Person& person, TextField field) {
    return field == TextField::Name ? person.name : person.organisation;
}

// Applies `after` as part of the current typing burst.
void applyTyping(AppContext& ctx, const model::Person& after) {
    // A failed write keeps the change in memory; the shell shows lastError().
    ctx.session->apply(app::updatePerson(ctx.session->event(), after), true);
}

void applyStep(AppContext& ctx, const model::Person& after) {
    ctx.session->apply(app::updatePerson(ctx.session->event(), after));
}

// A name or organisation cell. Each keystroke is written at once (nothing on
// screen is ever only in the widget), except an emptied name: a person
// always has one, so the register keeps the last name until a new one is
// typed, and leaving the field empty puts the original back. Leaving the
// field also tidies the blanks, within the same undo step.
void textCell(AppContext& ctx, const model::Person& person, TextField field, const char* id,
              const char* recordPrefix, bool warn) {
    PeoplePanelState& state = ctx.people;
    const model::Id personId = person.id;
    const std::string& value = field == TextField::Name ? person.name : person.organisation;
    std::string buffer = value;
    if (warn) {
        ImGui::PushStyleColor(ImGuiCol_Text, kWarningColour);
    }
    const bool edited = cell::inputText(id, &buffer);
    if (warn) {
        ImGui::PopStyleColor();
    }
    if (ctx.itemRects.enabled()) {
        ctx.itemRects.record(recordPrefix, person.name);
    }
    if (warn && ImGui::IsItemHovered() && !ImGui::IsItemActive()) {
        ImGui::SetTooltip("%s", ctx.tr("people.sameNameTooltip"));
    }
    if (ImGui::IsItemActivated()) {
        state.editing = personId;
        state.editingOriginal = value;
        state.nameCleared = false;
    }
    if (edited) {
        state.nameCleared = field == TextField::Name && model::tidyName(buffer).empty();
        if (!state.nameCleared) {
            model::Person after = person;
            fieldOf(after, field) = buffer;
            applyTyping(ctx, after);
        }
    }
    if (ImGui::IsItemDeactivated()) {
        // `person` may have moved in memory: look it up again.
        if (const model::Person* now = model::findPerson(ctx.session->event(), personId)) {
            model::Person after = *now;
            const std::string tidy =
                model::tidyName(state.nameCleared ? state.editingOriginal : fieldOf(after, field));
            if (tidy != fieldOf(after, field)) {
                fieldOf(after, field) = tidy;
                applyTyping(ctx, after);
            }
        }
        ctx.session->breakMerge();
        state.editing = {};
        state.nameCleared = false;
    }
}

void perspectiveCell(AppContext& ctx, const model::Person& person) {
    // A field like the text cells; the menu's arrow only under the mouse
    // (2,000 arrow buttons would drown the values).
    const bool open =
        cell::beginCombo("##perspective", perspectiveLabel(ctx.language, person.perspective));
    if (open) {
        for (const auto perspective : kPerspectiveOrder) {
            const bool current = perspective == person.perspective;
            if (ImGui::Selectable(perspectiveLabel(ctx.language, perspective), current) &&
                !current) {
                model::Person after = person;
                after.perspective = perspective;
                applyStep(ctx, after);
            }
            if (current) {
                ImGui::SetItemDefaultFocus();
            }
            if (ctx.itemRects.enabled()) {
                ctx.itemRects.record("people.perspectiveOption/", model::toString(perspective));
            }
        }
        ImGui::EndCombo();
    }
    if (ctx.itemRects.enabled()) {
        ctx.itemRects.record("people.perspective/", person.name);
    }
}

void countCell(size_t count) {
    char digits[24];
    std::snprintf(digits, sizeof digits, "%zu", count);
    if (count == 0) {
        disabledText(digits);
    } else {
        text(digits);
    }
}

void drawRow(AppContext& ctx, const model::Event& event, const PeopleRow& row) {
    PeoplePanelState& state = ctx.people;
    if (row.index >= event.people.size() || event.people[row.index].id != row.id) {
        return; // changed this frame by an earlier row; the view catches up next frame
    }
    const model::Person& person = event.people[row.index];
    ImGui::TableNextRow();
    ImGui::PushID(person.id.str().c_str());

    ImGui::TableNextColumn();
    bool selected = state.selected.contains(person.id);
    // A border: the light theme's white box vanishes on the white rows.
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    const bool toggled = checkbox("##select", &selected);
    ImGui::PopStyleVar();
    if (toggled) {
        if (selected) {
            state.selected.insert(person.id);
        } else {
            state.selected.erase(person.id);
        }
    }
    if (ctx.itemRects.enabled()) {
        ctx.itemRects.record("people.select/", person.name);
    }
    if (selected) {
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1,
                               ImGui::GetColorU32(ImGuiCol_Header, 0.6f));
    }
    const bool pinned = state.pinned == person.id;
    if (pinned) {
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, pinnedRowColour());
    }
    // The yellow row says why on hover (the legend above the table says it too).
    if (pinned && ImGui::IsWindowHovered()) {
        const ImVec2 top = ImGui::GetItemRectMin();
        const float left = ImGui::GetWindowPos().x;
        if (ImGui::IsMouseHoveringRect(
                ImVec2(left, top.y),
                ImVec2(left + ImGui::GetWindowWidth(), top.y + ImGui::GetFrameHeight()))) {
            ImGui::SetTooltip("%s", ctx.tr("people.pinnedTip"));
        }
    }

    ImGui::TableNextColumn();
    textCell(ctx, person, TextField::Name, "##name", "people.name/", row.sameNameAsOther);
    // The row may be gone or moved after an edit: draw the rest from the model.
    const model::Person* current = model::findPerson(ctx.session->event(), row.id);
    if (current == nullptr) {
        ImGui::PopID();
        return;
    }
    ImGui::TableNextColumn();
    textCell(ctx, *current, TextField::Organisation, "##organisation", "people.organisation/",
             false);
    current = model::findPerson(ctx.session->event(), row.id);
    if (current == nullptr) {
        ImGui::PopID();
        return;
    }
    ImGui::TableNextColumn();
    perspectiveCell(ctx, *current);

    ImGui::TableNextColumn();
    bool consent = current->consent;
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    const bool consentToggled = checkbox("##consent", &consent);
    ImGui::PopStyleVar();
    if (consentToggled) {
        model::Person after = *current;
        after.consent = consent;
        applyStep(ctx, after);
    }
    if (ctx.itemRects.enabled()) {
        ctx.itemRects.record("people.consent/", current->name);
    }

    ImGui::TableNextColumn();
    countCell(row.usage.initiates);
    ImGui::TableNextColumn();
    countCell(row.usage.facilitates);
    ImGui::TableNextColumn();
    countCell(row.usage.participates);
    ImGui::PopID();
}

void setupColumns(AppContext& ctx) {
    const float checkWidth = ImGui::GetFrameHeight();
    const auto fixed = [](const char* label) {
        return ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x * 2.0f +
               ImGui::GetFontSize(); // room for the sort arrow
    };
    float perspectiveWidth = fixed(ctx.tr("people.column.perspective"));
    for (const auto perspective : kPerspectiveOrder) {
        perspectiveWidth = std::max(
            perspectiveWidth, ImGui::CalcTextSize(perspectiveLabel(ctx.language, perspective)).x +
                                  ImGui::GetFrameHeight() * 1.5f);
    }
    constexpr ImGuiTableColumnFlags kCount =
        ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending;
    ImGui::TableSetupColumn("##select",
                            ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoSort |
                                ImGuiTableColumnFlags_NoResize,
                            checkWidth);
    ImGui::TableSetupColumn(ctx.tr("people.column.name"),
                            ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort,
                            3.0f);
    ImGui::TableSetupColumn(ctx.tr("people.column.organisation"),
                            ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(ctx.tr("people.column.perspective"), ImGuiTableColumnFlags_WidthFixed,
                            perspectiveWidth);
    ImGui::TableSetupColumn(ctx.tr("people.column.consent"), ImGuiTableColumnFlags_WidthFixed,
                            fixed(ctx.tr("people.column.consent")));
    ImGui::TableSetupColumn(ctx.tr("people.column.initiates"), kCount,
                            fixed(ctx.tr("people.column.initiates")));
    ImGui::TableSetupColumn(ctx.tr("people.column.facilitates"), kCount,
                            fixed(ctx.tr("people.column.facilitates")));
    ImGui::TableSetupColumn(ctx.tr("people.column.participates"), kCount,
                            fixed(ctx.tr("people.column.participates")));
    ImGui::TableSetupScrollFreeze(0, 1);
}

constexpr const char* kHeaderTooltips[kPeopleColumnCount] = {
    "people.tip.select",      "people.tip.name",        "people.tip.organisation",
    "people.tip.perspective", "people.tip.consent",     "people.tip.initiates",
    "people.tip.facilitates", "people.tip.participates"};
constexpr const char* kHeaderKeys[kPeopleColumnCount] = {
    "select",  "name",      "organisation", "perspective",
    "consent", "initiates", "facilitates",  "participates"};

// Headers with a tooltip each, and one recorded rect per header for tests.
void headerRow(AppContext& ctx) {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < kPeopleColumnCount; ++column) {
        ImGui::TableSetColumnIndex(column);
        ImGui::TableHeader(ImGui::TableGetColumnName(column));
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", ctx.tr(kHeaderTooltips[column]));
        }
        ctx.itemRects.record("people.header/", kHeaderKeys[column]);
    }
}

// True when the person clicked a header (or the table was just made).
bool readSortSpecs(PeoplePanelState& state) {
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (specs == nullptr || !specs->SpecsDirty) {
        return false;
    }
    if (specs->SpecsCount > 0) {
        state.sortColumn = static_cast<PeopleColumn>(specs->Specs[0].ColumnIndex);
        state.sortDescending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    specs->SpecsDirty = false;
    return true;
}

} // namespace

ImU32 pinnedRowColour() {
    return ImGui::GetColorU32(ImGuiCol_PlotHistogram, 0.25f);
}

void refreshPeopleRows(AppContext& ctx) {
    PeoplePanelState& state = ctx.people;
    refreshPeopleView(state.view, ctx.session->event(),
                      PeopleViewRequest{state.filter, state.sortColumn, state.sortDescending,
                                        state.pinned, ctx.language, !state.editing.empty()});
}

void drawPeopleTable(AppContext& ctx, const model::Event& event, float height) {
    PeoplePanelState& state = ctx.people;
    constexpr ImGuiTableFlags kFlags =
        ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable | ImGuiTableFlags_RowBg |
        ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY |
        ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings;
    if (!ImGui::BeginTable("##people", kPeopleColumnCount, kFlags, ImVec2(0.0f, height))) {
        return;
    }
    setupColumns(ctx);
    if (readSortSpecs(state)) {
        refreshPeopleRows(ctx); // sorted in the frame the header was clicked
    }
    headerRow(ctx);

    const auto& rows = state.view.rows;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    if (state.scrollToPinned) {
        const auto it = std::find_if(rows.begin(), rows.end(),
                                     [&](const PeopleRow& row) { return row.id == state.pinned; });
        if (it != rows.end()) {
            const float rowHeight =
                ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2.0f;
            const float y = static_cast<float>(it - rows.begin()) * rowHeight;
            // Takes effect next frame; the clipper then draws the rows there.
            ImGui::SetScrollY(std::max(0.0f, y - ImGui::GetWindowHeight() * 0.5f));
        }
        state.scrollToPinned = false;
    }
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            drawRow(ctx, event, rows[static_cast<size_t>(i)]);
        }
    }
    ImGui::EndTable();
}

} // namespace innspill::ui
