// Fitting one page of the wall (a day) onto the projector: the largest text
// size at which every topic of the day is readable on one screen, with
// rounds as rows or as columns. Measures text with ImGui's fonts but draws
// nothing, so the view and its tests share it.
#pragma once

#include "model/event.hpp"
#include "ui/wall/wall_grid.hpp"

#include <imgui.h>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace innspill::ui {

struct ProjectorFonts {
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
};

// One day of the wall, ready to lay out: the grid and which of its columns
// show (every room, and "no room" only when a topic is there).
struct ProjectorPage {
    WallGrid grid;
    std::vector<size_t> columns;          // grid columns shown
    std::vector<std::string> columnNames; // their headings
    // Initiators' names (no organisations: the projector has no room for them).
    std::unordered_map<const model::Group*, std::string> initiators;

    static ProjectorPage build(const model::Event& event, size_t day, const char* noRoomLabel);
    const std::string& initiatorsOf(const model::Group* group) const;
};

struct ProjectorLayout {
    bool roundsAsRows = true;
    float size = 0.0f; // body text, pixels
    float pad = 0.0f;
    float gap = 0.0f;
    float small = 0.0f; // initiators and times
    float headerColumn = 0.0f;
    float headerRow = 0.0f;
    float column = 0.0f;
    std::vector<float> rowHeights; // body rows
    float total = 0.0f;            // header row + body rows
    // Every title and heading shows whole, no word split across lines.
    bool whole = true;
    // Whole, and the grid is no taller than the area.
    bool fits = false;

    size_t bodyRows(const ProjectorPage& page) const;
    size_t bodyColumns(const ProjectorPage& page) const;
    // Grid row and column of body cell (row, column) in this orientation.
    size_t gridRow(size_t row, size_t column) const { return roundsAsRows ? row : column; }
    size_t gridColumnIndex(size_t row, size_t column) const { return roundsAsRows ? column : row; }
};

inline constexpr int kProjectorTitleLines = 6;

// Lays the page out at text size `size` in `area`.
ProjectorLayout layoutProjector(const ProjectorPage& page, const ProjectorFonts& fonts,
                                bool roundsAsRows, float size, ImVec2 area);

// The largest size in [minSize, maxSize] that fits; minSize, not fitting,
// when nothing does. With `roundsAsRows` given, in that orientation only (the
// projector shows the wall's, rounds as rows, unless the organiser swaps it);
// without, trying both (rounds as rows wins unless the other reads clearly
// larger).
ProjectorLayout fitProjector(const ProjectorPage& page, const ProjectorFonts& fonts, ImVec2 area,
                             float minSize, float maxSize,
                             std::optional<bool> roundsAsRows = std::nullopt);

// Where a topic card's parts go at the layout's size.
struct ProjectorCard {
    float innerPad = 0.0f;
    float titleIndent = 0.0f; // after the number (and the met mark)
    float textWidth = 0.0f;
    int titleLines = 1;
    bool whole = true; // the title within kProjectorTitleLines, no word split
    bool hasInitiators = false;
    float height = 0.0f;
};
ProjectorCard projectorCard(const ProjectorLayout& layout, const ProjectorFonts& fonts,
                            const ProjectorPage& page, const model::Group& group);

} // namespace innspill::ui
