// Printing paper for the news wall: group sheets, the marketplace grid and
// capture forms (io/report/wall_papers.hpp), for the CLI and the app. The
// app's "Skriv ut gruppeark" writes the PDF beside the event file and opens it.
#pragma once

#include "io/report/wall_papers.hpp"
#include "lang/message.hpp"
#include "model/event.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace innspill::app {

using WallPaperKind = io::report::WallPaperKind;
using Paper = io::report::Paper;
using WallPaperOptions = io::report::WallPaperOptions;

std::optional<WallPaperKind> parseWallPaperKind(const std::string& name); // sheets, wall, forms
std::optional<Paper> parsePaper(const std::string& name);                 // a3, a4

// Whether `name` is one of the wall-paper reports (so --report picks them).
bool isWallPaperReport(const std::string& name);

// The sheets' photo for the event file at `eventFile`: a group's first
// public photo, its JPEG read through photoReader (app/export.hpp) like the
// reports read theirs; nothing for a group with only internal photos.
io::report::GroupPhoto publicPhotoReader(const std::filesystem::path& eventFile);

// The PDF's bytes. Check wallPaperProblem first: with nothing to print for
// a --group or round it throws std::invalid_argument.
std::string renderWallPapers(const model::Event& event, const WallPaperOptions& options);

// Why nothing can be printed (empty when something can): a --group that is
// not there or is cancelled, a round without groups.
lang::Message wallPaperProblem(const model::Event& event, const WallPaperOptions& options);

// "Title - gruppeark 1.6.pdf", "Title - vegg.pdf", "Title - skjema.pdf".
std::string wallPaperFileName(const model::Event& event, const WallPaperOptions& options);

// Writes the sheets beside the event file (replacing an earlier print of
// the same name) and returns where. Throws on a write failure.
std::filesystem::path printWallPapers(const model::Event& event,
                                      const std::filesystem::path& eventFile,
                                      const WallPaperOptions& options);

} // namespace innspill::app
