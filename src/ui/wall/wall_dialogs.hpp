// The wall's small confirmations and editors: remove a topic (asks first),
// renumber a round (asks first and lists the numbers that change, since they
// may be printed or written on the wall already) and edit a topic's title.
#pragma once

#include "model/id.hpp"
#include "ui/wall/drop_menu.hpp"

#include <string>

namespace innspill::ui {

struct AppContext;

inline constexpr const char* kRemoveTopicPopup = "###removeTopic";
inline constexpr const char* kRenumberPopup = "###renumberRound";
inline constexpr const char* kRetitlePopup = "###retitleTopic";

struct WallDialogsState {
    model::Id removeGroup;
    model::Id renumberRound;
    model::Id retitleGroup;
    std::string retitleText;
    bool requestRemove = false;
    bool requestRenumber = false;
    bool requestRetitle = false;
    bool focusRetitle = false;
    bool retitleCursorToEnd = false;
    DropMenuState drop; // a topic dropped into another round
};

void askRemoveTopic(AppContext& ctx, const model::Id& groupId);
void askRenumberRound(AppContext& ctx, const model::Id& roundId);
void startRetitle(AppContext& ctx, const model::Id& groupId);

// Draws whichever of them (and the drop menu) is open; once per frame, like drawPostTopicDialog.
void drawWallDialogs(AppContext& ctx);

} // namespace innspill::ui
