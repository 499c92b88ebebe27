// Paper for the news wall (Open Space "newsroom"), as PDF: a sheet per group
// in large type for the wall the moment the group is captured, the
// marketplace grid (rounds × rooms) for the physical wall and the room doors,
// and blank capture forms pre-filled per posted group for a paper fallback.
// Names follow the event's name policy as in the public report. Drawn with
// cairo and Pango, tagged (headings, paragraphs, lists, tables) with the
// document language, like the report PDFs.
#pragma once

#include "io/report/report_document.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace innspill::io::report {

enum class WallPaperKind { Sheets, Wall, Forms };
enum class Paper { A4, A3 };

// The group's public photo as file bytes (JPEG or PNG), if it has one. The
// photo feature supplies it; without it the sheets have no photo.
using GroupPhoto = std::function<std::optional<std::string>(const model::Group& group)>;

struct WallPaperOptions {
    WallPaperKind kind = WallPaperKind::Sheets;
    // Sheets and forms: portrait; the wall: landscape. nullopt: A4 for
    // sheets and forms, A3 for the wall.
    std::optional<Paper> paper;
    // Sheets and forms: only this group ("1.6"), or only this round's groups.
    std::optional<std::string> groupNumber;
    std::optional<model::Id> round;
    GroupPhoto photo;
};

// One group as a sheet or form shows it.
struct WallSheet {
    const model::Group* group = nullptr;
    std::string number;
    std::string title;
    std::string where;               // "Rom 3 · DAG 1, gruppesesjon 2 · 10:00–11:30"
    std::vector<ReportField> fields; // initiator, facilitator, participant count
    std::string inputsLabel;
    std::vector<ReportInput> inputs;
};

// One day of the marketplace: rooms across, rounds down.
struct WallCell {
    std::string number;
    std::string title;
    std::string initiators;
};
struct WallRow {
    std::string heading;                      // the round heading
    std::string time;                         // "10:00–11:30"
    std::vector<std::vector<WallCell>> cells; // per column, the groups there
};
struct WallDay {
    std::string heading;              // "Dag 1 – 22. januar 2020"
    std::vector<std::string> columns; // room names (and "Uten rom" when needed)
    std::vector<WallRow> rows;
};

// The groups the sheets or forms print (not cancelled), in programme order;
// empty when the group or round asked for is not there.
std::vector<WallSheet> buildWallSheets(const model::Event& event, const WallPaperOptions& options);
std::vector<WallDay> buildWallDays(const model::Event& event);

// The PDF's bytes. Throws PdfError when cairo fails, and std::invalid_argument
// when a --group or round names nothing (the caller words it).
std::string writeWallPaperPdf(const model::Event& event, const WallPaperOptions& options);

} // namespace innspill::io::report
