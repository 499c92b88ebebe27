// Bucketing the event's topics into the wall's cells.
#include "ui/wall/wall_grid.hpp"

#include "model/group_number.hpp"
#include "ui/widgets/display_text.hpp"

#include <algorithm>
#include <unordered_map>

namespace innspill::ui {

std::optional<model::Id> WallGrid::roomOf(size_t column) const {
    if (column >= rooms.size()) {
        return std::nullopt;
    }
    return rooms[column]->id;
}

std::span<const model::Group* const> WallGrid::cell(size_t row, size_t column) const {
    const size_t index = row * columnCount() + column;
    if (index + 1 >= m_cellStart.size()) {
        return {};
    }
    return std::span<const model::Group* const>(m_groups.data() + m_cellStart[index],
                                                m_cellStart[index + 1] - m_cellStart[index]);
}

WallGrid WallGrid::build(const model::Event& event, std::optional<size_t> day) {
    WallGrid grid;
    std::unordered_map<model::Id, size_t> rowOf;
    int number = 0;
    for (size_t d = 0; d < event.days.size(); ++d) {
        for (const auto& round : event.days[d].rounds) {
            ++number;
            if (day && *day != d) {
                continue;
            }
            WallRow row;
            row.roundId = round.id;
            row.dayIndex = d;
            row.number = number;
            row.heading = model::roundHeading(event, round.id);
            if (!round.title.empty() &&
                event.labels.roundHeading.find("{title}") == std::string::npos) {
                row.heading += " · " + round.title;
            }
            row.time = formatTimeRange(round.start, round.end);
            rowOf.emplace(round.id, grid.rows.size());
            grid.rows.push_back(std::move(row));
        }
    }
    std::unordered_map<model::Id, size_t> columnOf;
    grid.rooms.reserve(event.rooms.size());
    for (const auto& room : event.rooms) {
        columnOf.emplace(room.id, grid.rooms.size());
        grid.rooms.push_back(&room);
    }

    // Topics whose round the programme does not know: a row of their own
    // (only when showing every day), so they are never silently hidden.
    std::optional<size_t> danglingRow;
    struct Placed {
        size_t cell;
        const model::Group* group;
    };
    std::vector<Placed> placed;
    placed.reserve(event.groups.size());
    const size_t columns = grid.columnCount();
    for (const auto& group : event.groups) {
        size_t row = 0;
        if (auto it = rowOf.find(group.roundId); it != rowOf.end()) {
            row = it->second;
        } else if (!day && !model::locateRound(event, group.roundId)) {
            if (!danglingRow) {
                danglingRow = grid.rows.size();
                grid.rows.push_back(WallRow{});
            }
            row = *danglingRow;
        } else {
            continue; // another day's round
        }
        size_t column = grid.noRoomColumn();
        if (group.roomId) {
            if (auto it = columnOf.find(*group.roomId); it != columnOf.end()) {
                column = it->second;
            }
        }
        if (column == grid.noRoomColumn()) {
            ++grid.m_noRoomTopics;
        }
        placed.push_back({row * columns + column, &group});
    }
    std::sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
        if (a.cell != b.cell) {
            return a.cell < b.cell;
        }
        return model::compareNatural(a.group->number, b.group->number) < 0;
    });

    const size_t cellCount = grid.rows.size() * columns;
    grid.m_groups.reserve(placed.size());
    grid.m_cellStart.assign(cellCount + 1, 0);
    size_t at = 0;
    for (size_t cell = 0; cell < cellCount; ++cell) {
        grid.m_cellStart[cell] = grid.m_groups.size();
        size_t inCell = 0;
        WallRow& row = grid.rows[cell / columns];
        for (; at < placed.size() && placed[at].cell == cell; ++at, ++inCell) {
            grid.m_groups.push_back(placed[at].group);
            ++row.topics;
            if (placed[at].group->status == model::GroupStatus::Cancelled) {
                ++row.cancelled;
            }
        }
        row.deepestCell = std::max(row.deepestCell, inCell);
    }
    grid.m_cellStart[cellCount] = grid.m_groups.size();
    return grid;
}

} // namespace innspill::ui
