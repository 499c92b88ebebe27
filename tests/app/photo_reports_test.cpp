// Photos in the reports: embedded for real in every format (HTML data: URL,
// DOCX word/media with alt text, PDF image objects, Markdown files beside
// it, CSV/XLSX listing them), internal photos only in the internal version.
#include "app/event_session.hpp"
#include "app/export.hpp"
#include "app/photos/photo_edits.hpp"
#include "app/wall_papers.hpp"
#include "io/office_test_support.hpp"
#include "store/event_file.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"
#include "support/test_photos.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
namespace fs = std::filesystem;

namespace {

struct PhotoEvent {
    test::TempDir dir;
    fs::path file;
    std::unique_ptr<app::EventSession> session;
    model::Id publicPhoto;
    model::Id internalPhoto;
    std::string groupNumber;
};

// The sample event with two photos on its first printed group: one public
// ("Flippover offentlig"), one internal ("Flippover intern").
std::unique_ptr<PhotoEvent> photoEvent() {
    auto out = std::make_unique<PhotoEvent>();
    out->file = out->dir / "e.innspill";
    auto event = test::sampleEvent();
    for (auto& group : event.groups) {
        group.status = model::GroupStatus::Met;
    }
    auto opened = test::createAndOpen(out->file, event);
    out->session = std::move(opened.session);
    const auto& group = out->session->event().groups.front();
    out->groupNumber = group.number;
    std::vector<app::PhotoPlacement> placements;
    for (int i = 0; i < 2; ++i) {
        const auto path = out->dir / ("p" + std::to_string(i) + ".jpg");
        test::writeFile(path, test::makeJpeg(400, 300));
        auto prepared = app::preparePhotoFile(path);
        REQUIRE(prepared.ok());
        placements.push_back({group.id, std::move(prepared),
                              i == 0 ? "Flippover offentlig" : "Flippover intern", i == 0});
    }
    out->publicPhoto = placements[0].photo.id;
    out->internalPhoto = placements[1].photo.id;
    lang::Message error;
    REQUIRE(app::attachPhotos(*out->session, placements, error));
    return out;
}

app::RenderedExport render(const PhotoEvent& e, app::ExportFormat format, bool internal) {
    app::ReportOptions options;
    options.includeAppendix = internal;
    options.photoBytes = app::photoReader(e.file);
    options.mediaFolder = "rapport_files";
    return app::renderExportWithMedia(e.session->event(), format, options);
}

size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++n;
    }
    return n;
}

} // namespace

TEST_CASE("HTML embeds the public photos as data URLs with the caption as alt text") {
    auto e = photoEvent();
    const auto html = render(*e, app::ExportFormat::Html, false).bytes;
    CHECK(count(html, "<img src=\"data:image/jpeg;base64,/9j/") == 1);
    CHECK(html.find("alt=\"Flippover offentlig\"") != std::string::npos);
    CHECK(html.find("Flippover intern") == std::string::npos);
    const auto internal = render(*e, app::ExportFormat::Html, true).bytes;
    CHECK(count(internal, "<img src=\"data:image/jpeg;base64,") == 2);
    CHECK(internal.find("alt=\"Flippover intern\"") != std::string::npos);
}

TEST_CASE("DOCX holds the photos as image parts with the caption as alt text") {
    auto e = photoEvent();
    const auto parts = test::unzipAll(render(*e, app::ExportFormat::Docx, false).bytes);
    size_t media = 0;
    for (const auto& [name, content] : parts) {
        if (name.rfind("word/media/", 0) == 0) {
            ++media;
            CHECK(content.substr(0, 2) == "\xFF\xD8");
        }
    }
    CHECK(media == 1);
    auto document = test::parseXml(parts.at("word/document.xml"));
    REQUIRE(document);
    CHECK(test::xpathCount(document.get(), "//w:drawing") == 1);
    const auto rels = parts.at("word/_rels/document.xml.rels");
    CHECK(rels.find("relationships/image") != std::string::npos);
    CHECK(parts.at("word/document.xml").find("descr=\"Flippover offentlig\"") != std::string::npos);
    auto types = test::parseXml(parts.at("[Content_Types].xml"));
    for (const auto& [name, content] : parts) {
        if (name.rfind("word/media/", 0) == 0) {
            CHECK(test::contentTypeCovers(types.get(), "/" + name));
        }
    }
    const auto internal = test::unzipAll(render(*e, app::ExportFormat::Docx, true).bytes);
    size_t internalMedia = 0;
    for (const auto& [name, content] : internal) {
        internalMedia += name.rfind("word/media/", 0) == 0 ? 1 : 0;
    }
    CHECK(internalMedia == 2);
}

TEST_CASE("PDF places the photos as JPEG image objects in Figure tags with alt text") {
    auto e = photoEvent();
    const auto pdf = render(*e, app::ExportFormat::Pdf, false).bytes;
    CHECK(count(pdf, "/DCTDecode") == 1);
    CHECK(pdf.find("/Subtype /Image") != std::string::npos);
    CHECK(pdf.find("/S /Figure") != std::string::npos);
    CHECK(pdf.find("/Alt") != std::string::npos);
    const auto internal = render(*e, app::ExportFormat::Pdf, true).bytes;
    CHECK(count(internal, "/DCTDecode") == 2);
}

TEST_CASE("Markdown links the photos as files written beside it") {
    auto e = photoEvent();
    const auto rendered = render(*e, app::ExportFormat::Markdown, false);
    REQUIRE(rendered.media.size() == 1);
    CHECK(rendered.bytes.find("![Flippover offentlig](<rapport_files/" +
                              rendered.media[0].fileName + ">)") != std::string::npos);
    CHECK(rendered.media[0].bytes.substr(0, 2) == "\xFF\xD8");
    const auto target = e->dir / "rapport.md";
    app::writeExportMedia(target, app::mediaFolderFor(target), rendered.media);
    CHECK(fs::exists(e->dir / "rapport_files" / rendered.media[0].fileName));
    CHECK(render(*e, app::ExportFormat::Markdown, true).media.size() == 2);
}

TEST_CASE("CSV and XLSX list the photos per group") {
    auto e = photoEvent();
    const auto csv = render(*e, app::ExportFormat::Csv, false).bytes;
    CHECK(csv.find("Flippover offentlig") != std::string::npos);
    CHECK(csv.find("Flippover intern") == std::string::npos);
    CHECK(csv.find("Bilder") != std::string::npos);
    const auto internal = render(*e, app::ExportFormat::Csv, true).bytes;
    CHECK(internal.find("Flippover intern") != std::string::npos);
    const auto xlsx = test::unzipAll(render(*e, app::ExportFormat::Xlsx, false).bytes);
    bool listed = false;
    for (const auto& [name, content] : xlsx) {
        listed = listed || content.find("Flippover offentlig") != std::string::npos;
    }
    CHECK(listed);
}

TEST_CASE("a report without a photo reader has no photos") {
    auto e = photoEvent();
    app::ReportOptions options;
    options.includeAppendix = true;
    const auto html = app::renderExport(e->session->event(), app::ExportFormat::Html, options);
    CHECK(html.find("<img") == std::string::npos);
}

TEST_CASE("the news-wall sheet carries the group's public photo, never an internal one") {
    auto e = photoEvent();
    // The second group gets only an internal photo.
    const auto& second = e->session->event().groups.at(1);
    const auto path = e->dir / "intern.jpg";
    test::writeFile(path, test::makeJpeg(300, 400));
    auto prepared = app::preparePhotoFile(path);
    REQUIRE(prepared.ok());
    std::vector<app::PhotoPlacement> placements;
    placements.push_back({second.id, std::move(prepared), "Bare intern", false});
    lang::Message error;
    REQUIRE(app::attachPhotos(*e->session, placements, error));

    const auto sheet = [&](const std::string& number) {
        app::WallPaperOptions options;
        options.groupNumber = number;
        options.photo = app::publicPhotoReader(e->file);
        return app::renderWallPapers(e->session->event(), options);
    };
    const auto withPhoto = sheet(e->groupNumber);
    CHECK(count(withPhoto, "/Subtype /Image") == 1);
    CHECK(count(withPhoto, "/DCTDecode") == 1);
    const auto internalOnly = sheet(e->session->event().groups.at(1).number);
    CHECK(internalOnly.find("/Subtype /Image") == std::string::npos);

    // The app's print writes the same sheet beside the event file.
    app::WallPaperOptions print;
    print.groupNumber = e->groupNumber;
    print.photo = app::publicPhotoReader(e->file);
    const auto printed = app::printWallPapers(e->session->event(), e->file, print);
    CHECK(count(test::readFile(printed), "/Subtype /Image") == 1);
}
