// Wall papers for the CLI and the app (wall_papers.hpp).
#include "app/wall_papers.hpp"

#include "app/export.hpp"
#include "io/atomic_write.hpp"
#include "model/text.hpp"
#include "os/utf8_path.hpp"

namespace innspill::app {

std::optional<WallPaperKind> parseWallPaperKind(const std::string& name) {
    if (name == "sheets") {
        return WallPaperKind::Sheets;
    }
    if (name == "wall") {
        return WallPaperKind::Wall;
    }
    if (name == "forms") {
        return WallPaperKind::Forms;
    }
    return std::nullopt;
}

std::optional<Paper> parsePaper(const std::string& name) {
    if (name == "a3" || name == "A3") {
        return Paper::A3;
    }
    if (name == "a4" || name == "A4") {
        return Paper::A4;
    }
    return std::nullopt;
}

bool isWallPaperReport(const std::string& name) {
    return parseWallPaperKind(name).has_value();
}

lang::Message wallPaperProblem(const model::Event& event, const WallPaperOptions& options) {
    if (options.kind == WallPaperKind::Wall) {
        return {};
    }
    if (!io::report::buildWallSheets(event, options).empty()) {
        return {};
    }
    if (options.groupNumber) {
        return lang::message("wallPapers.noGroup", {{"number", *options.groupNumber}});
    }
    if (options.round) {
        return lang::message("wallPapers.emptyRound");
    }
    return {};
}

io::report::GroupPhoto publicPhotoReader(const std::filesystem::path& eventFile) {
    return
        [read = photoReader(eventFile)](const model::Group& group) -> std::optional<std::string> {
            for (const auto& photo : group.photos) {
                if (photo.isPublic) {
                    return read(photo.id);
                }
            }
            return std::nullopt;
        };
}

std::string renderWallPapers(const model::Event& event, const WallPaperOptions& options) {
    return io::report::writeWallPaperPdf(event, options);
}

std::string wallPaperFileName(const model::Event& event, const WallPaperOptions& options) {
    const bool en = event.language == "en";
    std::string name = model::fileNameFromTitle(event.title, 100, "innspill");
    switch (options.kind) {
    case WallPaperKind::Wall:
        name += en ? " - wall" : " - vegg";
        break;
    case WallPaperKind::Forms:
        name += en ? " - forms" : " - skjema";
        break;
    case WallPaperKind::Sheets:
        name += en ? " - sheets" : " - gruppeark";
        break;
    }
    if (options.groupNumber) {
        name += " " + model::fileNameFromTitle(*options.groupNumber, 20, "");
    }
    return name + ".pdf";
}

std::filesystem::path printWallPapers(const model::Event& event,
                                      const std::filesystem::path& eventFile,
                                      const WallPaperOptions& options) {
    const std::filesystem::path target =
        eventFile.parent_path() / os::pathFromUtf8(wallPaperFileName(event, options));
    io::writeFileAtomically(target, renderWallPapers(event, options));
    return target;
}

} // namespace innspill::app
