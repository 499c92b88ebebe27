// The marketplace wall as a grid: rounds (rows, programme order) × rooms
// (columns, the event's room order) plus a last "no room" column, each cell
// holding its topics in natural number order. Built from the model in one
// pass per frame; the wall panel and the projector view both draw from it.
#pragma once

#include "model/event.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace innspill::ui {

struct WallRow {
    // Nothing: the row of topics whose round is not in the programme
    // (a dangling reference); such topics can be dragged out but not posted to.
    std::optional<model::Id> roundId;
    size_t dayIndex = 0;
    int number = 0;         // the round's number across the event (1-based)
    std::string heading;    // model::roundHeading, plus the round's title when the pattern omits it
    std::string time;       // "10:00–11:30" or empty
    size_t topics = 0;      // every topic in the row
    size_t cancelled = 0;   // of which cancelled
    size_t deepestCell = 0; // most topics in any one cell of the row
};

class WallGrid {
  public:
    std::vector<WallRow> rows;
    std::vector<const model::Room*> rooms; // the columns; column rooms.size() is "no room"

    size_t columnCount() const { return rooms.size() + 1; }
    size_t noRoomColumn() const { return rooms.size(); }
    std::optional<model::Id> roomOf(size_t column) const;
    std::span<const model::Group* const> cell(size_t row, size_t column) const;
    size_t topicCount() const { return m_groups.size(); }
    // Topics in the "no room" column, over every row.
    size_t noRoomTopics() const { return m_noRoomTopics; }

    // `day`: only that day's rounds (index into Event::days); nothing: all days.
    static WallGrid build(const model::Event& event, std::optional<size_t> day = std::nullopt);

  private:
    // Every shown topic, ordered by cell (row-major) then natural number;
    // m_cellStart[i] .. m_cellStart[i + 1] is cell i. One allocation each
    // instead of one vector per cell: the wall is rebuilt every frame.
    std::vector<const model::Group*> m_groups;
    std::vector<size_t> m_cellStart;
    size_t m_noRoomTopics = 0;
};

} // namespace innspill::ui
