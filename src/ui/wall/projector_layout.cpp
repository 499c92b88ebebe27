// Fitting a day of the wall to the projector.
#include "ui/wall/projector_layout.hpp"

#include "ui/wall/wall_text.hpp"

#include <algorithm>

namespace innspill::ui {

namespace {

constexpr int kHeaderLines = 3;
constexpr int kColumnHeaderLines = 2;
// The first column takes what its widest label needs, within these shares.
constexpr float kMinHeaderShare = 0.10f;
constexpr float kMaxHeaderShare = 0.22f;
// Rounds as rows (the panel's orientation) unless the other reads this much larger.
constexpr float kTransposeGain = 1.1f;

float textWidth(ImFont* font, float size, std::string_view text) {
    return font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
}

// Lines of `text` wrapped into `width`; clears `whole` when it needs more
// than `maxLines` or splits a word.
int lines(ImFont* font, float size, float width, std::string_view text, int maxLines, bool& whole,
          float indent = 0.0f) {
    const ClampedText layout{font, size, width, indent, maxLines + 1};
    const int count = clampedLineCount(layout, text);
    if (count > maxLines || longestWordWidth(layout, text) > width) {
        whole = false;
    }
    return std::min(count, maxLines);
}

// A round's header: heading (bold, wrapped) and its time (small) below.
float roundHeaderHeight(ProjectorLayout& l, const ProjectorFonts& fonts, const WallRow& row,
                        float width, int maxLines) {
    float height =
        static_cast<float>(lines(fonts.bold, l.size, width, row.heading, maxLines, l.whole)) *
        l.size;
    if (!row.time.empty()) {
        height += l.small;
    }
    return height + 2.0f * l.pad;
}

float roomHeaderHeight(ProjectorLayout& l, const ProjectorFonts& fonts, const std::string& name,
                       float width, int maxLines) {
    return static_cast<float>(lines(fonts.bold, l.size, width, name, maxLines, l.whole)) * l.size +
           2.0f * l.pad;
}

} // namespace

ProjectorPage ProjectorPage::build(const model::Event& event, size_t day, const char* noRoomLabel) {
    ProjectorPage page;
    page.grid = WallGrid::build(event, day);
    for (size_t c = 0; c < page.grid.rooms.size(); ++c) {
        page.columns.push_back(c);
        page.columnNames.push_back(page.grid.rooms[c]->name);
    }
    bool noRoomUsed = false;
    for (size_t r = 0; r < page.grid.rows.size(); ++r) {
        noRoomUsed = noRoomUsed || !page.grid.cell(r, page.grid.noRoomColumn()).empty();
        for (size_t c = 0; c < page.grid.columnCount(); ++c) {
            for (const model::Group* group : page.grid.cell(r, c)) {
                std::string names;
                for (const auto& id : group->initiators) {
                    if (const model::Person* person = model::findPerson(event, id)) {
                        names += names.empty() ? "" : ", ";
                        names += person->name;
                    }
                }
                page.initiators.emplace(group, std::move(names));
            }
        }
    }
    if (noRoomUsed || page.columns.empty()) {
        page.columns.push_back(page.grid.noRoomColumn());
        page.columnNames.emplace_back(noRoomLabel);
    }
    return page;
}

const std::string& ProjectorPage::initiatorsOf(const model::Group* group) const {
    static const std::string kNone;
    const auto it = initiators.find(group);
    return it == initiators.end() ? kNone : it->second;
}

size_t ProjectorLayout::bodyRows(const ProjectorPage& page) const {
    return roundsAsRows ? page.grid.rows.size() : page.columns.size();
}

size_t ProjectorLayout::bodyColumns(const ProjectorPage& page) const {
    return roundsAsRows ? page.columns.size() : page.grid.rows.size();
}

ProjectorCard projectorCard(const ProjectorLayout& l, const ProjectorFonts& fonts,
                            const ProjectorPage& page, const model::Group& group) {
    ProjectorCard card;
    card.innerPad = l.size * 0.25f;
    card.textWidth = std::max(1.0f, l.column - 2.0f * l.pad - 2.0f * card.innerPad);
    card.titleIndent = textWidth(fonts.bold, l.size, group.number) + l.size * 0.4f;
    if (group.status == model::GroupStatus::Met) {
        card.titleIndent += l.size * 0.9f; // the check mark
    }
    card.titleLines = lines(fonts.regular, l.size, card.textWidth, group.title,
                            kProjectorTitleLines, card.whole, card.titleIndent);
    card.hasInitiators = !page.initiatorsOf(&group).empty();
    card.height = 2.0f * card.innerPad + static_cast<float>(card.titleLines) * l.size +
                  (card.hasInitiators ? l.small * 1.15f : 0.0f);
    return card;
}

ProjectorLayout layoutProjector(const ProjectorPage& page, const ProjectorFonts& fonts,
                                bool roundsAsRows, float size, ImVec2 area) {
    ProjectorLayout l;
    l.roundsAsRows = roundsAsRows;
    l.size = size;
    l.pad = size * 0.35f;
    l.gap = size * 0.3f;
    l.small = size * 0.72f;
    const WallGrid& grid = page.grid;

    // The first column: round headings (or room names) on one line if they can.
    float widest = 0.0f;
    if (roundsAsRows) {
        for (const auto& row : grid.rows) {
            widest = std::max({widest, textWidth(fonts.bold, size, row.heading),
                               textWidth(fonts.regular, l.small, row.time)});
        }
    } else {
        for (const auto& name : page.columnNames) {
            widest = std::max(widest, textWidth(fonts.bold, size, name));
        }
    }
    l.headerColumn =
        std::clamp(widest + 2.0f * l.pad, area.x * kMinHeaderShare, area.x * kMaxHeaderShare);
    const size_t columns = l.bodyColumns(page);
    l.column = columns == 0 ? 0.0f : (area.x - l.headerColumn) / static_cast<float>(columns);
    const float headerText = l.headerColumn - 2.0f * l.pad;
    const float columnText = std::max(1.0f, l.column - 2.0f * l.pad);

    l.headerRow = size + 2.0f * l.pad;
    if (roundsAsRows) {
        for (const auto& name : page.columnNames) {
            l.headerRow = std::max(
                l.headerRow, roomHeaderHeight(l, fonts, name, columnText, kColumnHeaderLines));
        }
    } else {
        for (const auto& row : grid.rows) {
            l.headerRow = std::max(
                l.headerRow, roundHeaderHeight(l, fonts, row, columnText, kColumnHeaderLines));
        }
    }

    const size_t rows = l.bodyRows(page);
    l.rowHeights.assign(rows, size + 2.0f * l.pad);
    for (size_t r = 0; r < rows; ++r) {
        float height =
            roundsAsRows
                ? roundHeaderHeight(l, fonts, grid.rows[r], headerText, kHeaderLines)
                : roomHeaderHeight(l, fonts, page.columnNames[r], headerText, kHeaderLines);
        for (size_t c = 0; c < columns; ++c) {
            const auto topics = grid.cell(l.gridRow(r, c), page.columns[l.gridColumnIndex(r, c)]);
            float cell = 2.0f * l.pad;
            for (size_t i = 0; i < topics.size(); ++i) {
                const ProjectorCard card = projectorCard(l, fonts, page, *topics[i]);
                l.whole = l.whole && card.whole;
                cell += card.height + (i > 0 ? l.gap : 0.0f);
            }
            height = std::max(height, cell);
        }
        l.rowHeights[r] = std::max(l.rowHeights[r], height);
    }
    l.total = l.headerRow;
    for (float height : l.rowHeights) {
        l.total += height;
    }
    l.fits = l.whole && l.total <= area.y;
    return l;
}

ProjectorLayout fitProjector(const ProjectorPage& page, const ProjectorFonts& fonts, ImVec2 area,
                             float minSize, float maxSize, std::optional<bool> roundsAsRows) {
    const auto fit = [&](bool roundsAsRows) {
        ProjectorLayout best = layoutProjector(page, fonts, roundsAsRows, maxSize, area);
        if (best.fits) {
            return best;
        }
        best = layoutProjector(page, fonts, roundsAsRows, minSize, area);
        if (!best.fits) {
            return best;
        }
        // Larger text wraps into more lines, so "fits" falls as size grows:
        // a binary search to within half a pixel.
        float low = minSize;
        float high = maxSize;
        while (high - low > 0.5f) {
            const float middle = (low + high) * 0.5f;
            ProjectorLayout candidate = layoutProjector(page, fonts, roundsAsRows, middle, area);
            if (candidate.fits) {
                low = middle;
                best = std::move(candidate);
            } else {
                high = middle;
            }
        }
        return best;
    };
    if (roundsAsRows) {
        return fit(*roundsAsRows);
    }
    ProjectorLayout rows = fit(true);
    ProjectorLayout columns = fit(false);
    if (rows.fits || columns.fits) {
        if (columns.fits && (!rows.fits || columns.size > rows.size * kTransposeGain)) {
            return columns;
        }
        return rows;
    }
    // Nothing fits even at the smallest size: keep titles whole if one
    // orientation can, then take the shorter (less to scroll).
    if (rows.whole != columns.whole) {
        return rows.whole ? rows : columns;
    }
    return columns.total < rows.total ? columns : rows;
}

} // namespace innspill::ui
