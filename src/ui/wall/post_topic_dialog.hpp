// The small dialog that posts a topic into one cell of the wall: title,
// initiator picked from the register as one types (or a new person), and the
// number it will get. Enter posts; Esc cancels.
#pragma once

#include "model/id.hpp"

#include <imgui.h>

#include <optional>
#include <string>

namespace innspill::ui {

struct AppContext;

// ImGui's id of the dialog (for tests: ImGui::IsPopupOpen with it).
inline constexpr const char* kPostTopicPopup = "###postTopic";

struct PostTopicDialogState {
    bool open = false;
    bool requestOpen = false; // opened on the next draw, at the dialog's own ID scope
    ImVec2 anchor;            // where it appears: under the cell that was clicked
    model::Id roundId;
    std::optional<model::Id> roomId;

    std::string title;
    std::string initiatorQuery;
    std::optional<model::Id> initiator; // picked from the register
    bool newPerson = false;             // "new person" picked for the typed name
    std::string organisation;           // of the new person
    int highlight = 0;                  // the suggestion Enter would pick

    enum class Focus { None, Title, Initiator, Organisation };
    Focus focus = Focus::None;
    bool cursorToEnd = false;      // once the focused field is active
    const char* problem = nullptr; // catalogue key: why posting did not happen
};

// Opens the dialog for a cell: `roomId` nothing is the "no room" column.
void openPostTopicDialog(AppContext& ctx, const model::Id& roundId,
                         const std::optional<model::Id>& roomId, ImVec2 anchor);

// Draws the dialog when open; call once per frame from the window that
// shows the wall (panel or projector).
void drawPostTopicDialog(AppContext& ctx);

} // namespace innspill::ui
