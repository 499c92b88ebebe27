// The icons Innspill draws, as UTF-8 strings of Material Icons code points
// (fonts-material-design-icons-iconfont, merged into the UI fonts by
// platform/fonts.cpp). An icon never stands alone: it goes before a text
// label, or on a button with a tooltip. Only these code points are put into
// the font atlas (kIconCodepoints), to keep it small.
#pragma once

#include <array>

namespace innspill::ui::icon {

inline constexpr const char* kUp = "\xEE\x97\x98"; // arrow_upward: the file browser's parent folder
inline constexpr const char* kHome = "\xEE\xA2\x8A";       // home: the home folder
inline constexpr const char* kRefresh = "\xEE\x97\x95";    // refresh: read again
inline constexpr const char* kNewFolder = "\xEE\x8B\x8C";  // create_new_folder
inline constexpr const char* kFolder = "\xEE\x8B\x87";     // folder
inline constexpr const char* kFile = "\xEE\xA1\xB3";       // description: an event file
inline constexpr const char* kOverview = "\xEE\xA1\xB1";   // dashboard: tab: overview
inline constexpr const char* kEvent = "\xEE\xA1\xB8";      // event: tab: the event
inline constexpr const char* kProgramme = "\xEE\xA2\xB5";  // schedule: tab: programme
inline constexpr const char* kThemes = "\xEE\xA2\x92";     // label: tab: themes
inline constexpr const char* kPeople = "\xEE\x9F\xBB";     // people: tab: people
inline constexpr const char* kWall = "\xEE\xA3\xB0";       // view_module: tab: the wall
inline constexpr const char* kCapture = "\xEE\x9D\x85";    // edit_note: tab: capture
inline constexpr const char* kSuccess = "\xEE\xA1\xAC";    // check_circle: status: done
inline constexpr const char* kError = "\xEE\x80\x80";      // error: status: failed
inline constexpr const char* kWarning = "\xEE\x80\x82";    // warning: status: warning
inline constexpr const char* kInfo = "\xEE\xA2\x8E";       // info: status: information
inline constexpr const char* kUndo = "\xEE\x85\xA6";       // undo
inline constexpr const char* kRedo = "\xEE\x85\x9A";       // redo
inline constexpr const char* kAdd = "\xEE\x85\x85";        // add
inline constexpr const char* kDelete = "\xEE\xA1\xB2";     // delete
inline constexpr const char* kSearch = "\xEE\xA2\xB6";     // search
inline constexpr const char* kExport = "\xEE\x8B\x84";     // file_download
inline constexpr const char* kImport = "\xEE\xA7\xBC";     // upload_file
inline constexpr const char* kMoveUp = "\xEE\x97\x98";     // arrow_upward
inline constexpr const char* kMoveDown = "\xEE\x97\x9B";   // arrow_downward
inline constexpr const char* kClose = "\xEE\x97\x8D";      // close
inline constexpr const char* kProjector = "\xEE\x8C\xB3";  // tv: the projector view
inline constexpr const char* kPersonAdd = "\xEE\x9F\xBE";  // person_add
inline constexpr const char* kPalette = "\xEE\x90\x8A";    // palette: a theme's colour
inline constexpr const char* kSetup = "\xEE\xA4\xB5";      // calendar_today: set up the programme
inline constexpr const char* kSynthesis = "\xEE\x8C\xB5";  // device_hub: tab: the synthesis
inline constexpr const char* kVotes = "\xEE\x85\xB5";      // how_to_vote: tab: dot votes
inline constexpr const char* kLeadIn = "\xEE\x89\xA1";     // short_text: an input is the lead-in
inline constexpr const char* kSubHeading = "\xEE\x89\xA4"; // title: an input is a sub-heading
inline constexpr const char* kIndent = "\xEE\x88\xBE";     // format_indent_increase
inline constexpr const char* kOutdent = "\xEE\x88\xBD";    // format_indent_decrease
inline constexpr const char* kPrint = "\xEE\xA2\xAD";      // print: print a sheet
inline constexpr const char* kAddPhoto = "\xEE\x90\xBE";   // add_photo_alternate: add photos
inline constexpr const char* kSwap = "\xEE\xA3\x94";       // swap_horiz: switch to another group
inline constexpr const char* kLink = "\xEE\x85\x97";       // link: link to another group
inline constexpr const char* kStar = "\xEE\xA0\xB8";       // star: make a priority
inline constexpr const char* kRegister = "\xEE\x9F\xAF";   // group: the register of people
inline constexpr const char* kFilter = "\xEE\x85\x92";     // filter_list: show only some

// Every code point above, sorted and unique.
inline constexpr std::array<unsigned int, 43> kIconCodepoints{
    0xE000, 0xE002, 0xE145, 0xE152, 0xE157, 0xE15A, 0xE166, 0xE175, 0xE23D, 0xE23E, 0xE261,
    0xE264, 0xE2C4, 0xE2C7, 0xE2CC, 0xE333, 0xE335, 0xE40A, 0xE43E, 0xE5CD, 0xE5D5, 0xE5D8,
    0xE5DB, 0xE745, 0xE7EF, 0xE7FB, 0xE7FE, 0xE838, 0xE86C, 0xE871, 0xE872, 0xE873, 0xE878,
    0xE88A, 0xE88E, 0xE892, 0xE8AD, 0xE8B5, 0xE8B6, 0xE8D4, 0xE8F0, 0xE935, 0xE9FC,
};

} // namespace innspill::ui::icon
