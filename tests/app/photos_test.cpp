// Photos on groups: attaching (one undo step, bytes in the file), caption,
// public flag, removing and undo, bulk matching of a folder, the background
// import, kits and hand-ins carrying photos by id.
#include "app/event_session.hpp"
#include "app/merge/kits.hpp"
#include "app/photos/photo_edits.hpp"
#include "app/photos/photo_folder.hpp"
#include "app/photos/photo_import_job.hpp"
#include "model/group_number.hpp"
#include "store/event_file.hpp"
#include "store/photo_blobs.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"
#include "support/test_photos.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
namespace fs = std::filesystem;

namespace {

fs::path writePhoto(const test::TempDir& dir, const std::string& name, const std::string& bytes) {
    test::writeFile(dir / name, bytes);
    return dir / name;
}

app::PhotoPlacement placement(const model::Group& g, const fs::path& file) {
    auto prepared = app::preparePhotoFile(file);
    REQUIRE(prepared.ok());
    return {g.id, std::move(prepared), "Tavla", false};
}

} // namespace

TEST_CASE("group numbers are read from the start of a photo's name") {
    CHECK(app::groupNumberInName("1.6") == "1.6");
    CHECK(app::groupNumberInName("1.6-2") == "1.6");
    CHECK(app::groupNumberInName("Gruppe 1.6 (2)") == "1.6");
    CHECK(app::groupNumberInName("gruppe_2.13") == "2.13");
    CHECK(app::groupNumberInName("Group 3.1 flipchart") == "3.1");
    CHECK(app::groupNumberInName("GR.1.2") == "1.2");
    CHECK(app::groupNumberInName("1.6.") == "1.6");
    CHECK_FALSE(app::groupNumberInName("IMG_2034").has_value());
    CHECK_FALSE(app::groupNumberInName("flipchart 1.6").has_value());
    CHECK_FALSE(app::groupNumberInName("").has_value());
}

TEST_CASE("a folder of photos is matched to groups before anything is written") {
    test::TempDir dir;
    const auto event = test::sampleEvent();
    REQUIRE(event.groups.size() >= 2);
    // The plan lists the photos by group number: "first" sorts before "second".
    std::string first = event.groups[0].number;
    std::string second = event.groups[1].number;
    if (model::compareNatural(second, first) < 0) {
        std::swap(first, second);
    }
    const std::string jpeg = test::makeJpeg(32, 16);
    writePhoto(dir, first + ".jpg", jpeg);
    writePhoto(dir, first + "-2.JPG", jpeg);
    writePhoto(dir, "Gruppe " + second + " (2).jpeg", jpeg);
    writePhoto(dir, "9.99.png", test::makePng(8, 8));
    writePhoto(dir, "IMG_0001.jpg", jpeg);
    writePhoto(dir, "notes.txt", "not a photo");
    const auto plan = app::planPhotoFolder(event, dir.path());
    REQUIRE(plan.matched.size() == 3);
    CHECK(plan.matched[0].groupNumber == first);
    CHECK(plan.matched[0].path.filename() == first + ".jpg");
    CHECK(plan.matched[1].path.filename() == first + "-2.JPG");
    CHECK(plan.matched[2].groupNumber == second);
    REQUIRE(plan.unmatched.size() == 2);
    CHECK(plan.unmatched[0].path.filename() == "9.99.png");
    CHECK(plan.unmatched[0].reason.key == "photoFolder.noGroup");
    CHECK(plan.unmatched[1].path.filename() == "IMG_0001.jpg");
    CHECK(plan.unmatched[1].reason.key == "photoFolder.noNumber");
    CHECK_THROWS(app::planPhotoFolder(event, dir / "missing"));
}

TEST_CASE("attached photos are kept in the event file and undo as one step") {
    test::TempDir dir;
    auto session = test::createSession(dir / "e.innspill", test::sampleEvent());
    const auto& g = session->event().groups.front();
    const model::Id groupId = g.id;
    std::vector<app::PhotoPlacement> placements{
        placement(g, writePhoto(dir, "a.jpg", test::makeJpeg(300, 200, 6))),
        placement(g, writePhoto(dir, "b.png", test::makePng(50, 40)))};
    const model::Id first = placements[0].photo.id;
    lang::Message error;
    REQUIRE(app::attachPhotos(*session, placements, error));
    const auto& photos = model::findGroup(session->event(), groupId)->photos;
    REQUIRE(photos.size() == 2);
    CHECK(photos[0].width == 200); // turned upright
    CHECK(photos[0].height == 300);
    CHECK_FALSE(photos[0].isPublic); // internal by default
    CHECK(photos[0].caption == "Tavla");
    const auto bytes = app::photoBytes(*session, first, app::PhotoSize::Full);
    REQUIRE(bytes);
    CHECK(bytes->substr(0, 2) == "\xFF\xD8");
    CHECK(app::photoBytes(*session, first, app::PhotoSize::Thumbnail));

    // On disk: the metadata in the model read back, the bytes beside it.
    CHECK(store::EventFile::read(dir / "e.innspill") == session->event());

    session->apply(
        app::setPhotoCaption(*model::findGroup(session->event(), groupId), first, "Flippover 1"));
    session->apply(app::setPhotoPublic(*model::findGroup(session->event(), groupId), first, true));
    CHECK(model::findGroup(session->event(), groupId)->photos[0].isPublic);
    CHECK(store::EventFile::read(dir / "e.innspill") == session->event());

    session->apply(app::removePhoto(*model::findGroup(session->event(), groupId), first));
    CHECK(model::findGroup(session->event(), groupId)->photos.size() == 1);
    CHECK(store::EventFile::read(dir / "e.innspill") == session->event());
    REQUIRE(session->undo()); // the bytes were kept: the photo comes back whole
    CHECK(model::findGroup(session->event(), groupId)->photos.size() == 2);
    CHECK(app::photoBytes(*session, first, app::PhotoSize::Full) == bytes);
    CHECK(store::EventFile::read(dir / "e.innspill") == session->event());

    session->undo();          // public
    session->undo();          // caption
    REQUIRE(session->undo()); // the attach: both go in one step
    CHECK(model::findGroup(session->event(), groupId)->photos.empty());
    CHECK(store::EventFile::read(dir / "e.innspill") == session->event());
    REQUIRE(session->redo());
    CHECK(model::findGroup(session->event(), groupId)->photos.size() == 2);

    // Removed for good (the CLI): the bytes go too.
    session->apply(app::removePhoto(*model::findGroup(session->event(), groupId), first));
    app::forgetRemovedPhotos(*session);
    CHECK_FALSE(app::photoBytes(*session, first, app::PhotoSize::Full));
}

TEST_CASE("a bad photo is refused with one line naming the file, and nothing is written") {
    test::TempDir dir;
    auto session = test::createSession(dir / "e.innspill", test::sampleEvent());
    const auto before = session->event();
    const auto bad = writePhoto(dir, "fake.jpg", "this is not a photo");
    const auto prepared = app::preparePhotoFile(bad);
    REQUIRE_FALSE(prepared.ok());
    const std::string line = lang::render(lang::Language::Nb, prepared.error);
    CHECK(line.find("fake.jpg") != std::string::npos);
    CHECK(line.find("ikke et bilde") != std::string::npos);
    CHECK(line.find('\n') == std::string::npos);
    CHECK_FALSE(app::preparePhotoFile(dir / "missing.jpg").ok());

    app::PhotoImportJob job;
    const auto good = writePhoto(dir, "good.jpg", test::makeJpeg(64, 48));
    app::runPhotoImport(
        *session, {{good, before.groups[0].id, {}, false}, {bad, before.groups[0].id, {}, false}},
        job, /*allOrNothing=*/true);
    CHECK(job.failures().size() == 1);
    CHECK(job.attached() == 0);
    CHECK(session->event() == before);
    CHECK(store::EventFile::read(dir / "e.innspill") == before);
}

TEST_CASE("the background import attaches every good photo in one step, in order") {
    test::TempDir dir;
    auto session = test::createSession(dir / "e.innspill", test::sampleEvent());
    const auto groupA = session->event().groups[0].id;
    const auto groupB = session->event().groups[1].id;
    std::vector<app::PhotoImportItem> items;
    for (int i = 0; i < 6; ++i) {
        items.push_back({writePhoto(dir, std::to_string(i) + ".jpg", test::makeJpeg(100 + i, 50)),
                         i % 2 ? groupB : groupA, "p" + std::to_string(i), false});
    }
    items.push_back(
        {writePhoto(dir, "cut.jpg", test::makeJpeg(200, 100).substr(0, 300)), groupA, {}, false});
    app::PhotoImportJob job;
    size_t progressCalls = 0;
    app::runPhotoImport(*session, items, job, false, [&](size_t, size_t) { ++progressCalls; });
    CHECK(job.attached() == 6);
    CHECK(job.failures().size() == 1);
    CHECK(progressCalls > 0);
    const auto& a = model::findGroup(session->event(), groupA)->photos;
    REQUIRE(a.size() == 3);
    CHECK(a[0].caption == "p0");
    CHECK(a[1].caption == "p2");
    CHECK(a[2].width == 104);
    REQUIRE(session->undo());
    CHECK(model::findGroup(session->event(), groupA)->photos.empty());
    CHECK(model::findGroup(session->event(), groupB)->photos.empty());
}

TEST_CASE("kits carry photos, and a hand-in brings the kit's new photos with their bytes") {
    test::TempDir dir;
    const auto masterPath = dir / "master.innspill";
    const auto kitPath = dir / "kit.innspill";
    model::Id masterPhoto;
    model::Id groupId;
    {
        auto master = test::createSession(masterPath, test::sampleEvent());
        groupId = master->event().groups[0].id;
        std::vector<app::PhotoPlacement> placements{placement(
            master->event().groups[0], writePhoto(dir, "m.jpg", test::makeJpeg(120, 80)))};
        masterPhoto = placements[0].photo.id;
        lang::Message error;
        REQUIRE(app::attachPhotos(*master, placements, error));
    }
    app::makeKit(masterPath, kitPath, "Kari", false);
    model::Id kitPhoto;
    {
        auto opened = test::openEvent(kitPath);
        auto& kit = *opened.session;
        REQUIRE(model::findGroup(kit.event(), groupId)->photos.size() == 1);
        CHECK(app::photoBytes(kit, masterPhoto, app::PhotoSize::Full)); // the bytes came along
        std::vector<app::PhotoPlacement> placements{
            placement(*model::findGroup(kit.event(), groupId),
                      writePhoto(dir, "k.jpg", test::makeJpeg(90, 60)))};
        kitPhoto = placements[0].photo.id;
        lang::Message error;
        REQUIRE(app::attachPhotos(kit, placements, error));
        kit.apply(
            app::setPhotoCaption(*model::findGroup(kit.event(), groupId), kitPhoto, "Fra kitet"));
    }
    const auto run = app::planHandIns(masterPath, {kitPath}, std::nullopt);
    app::commitHandIns(masterPath, run);
    auto opened = test::openEvent(masterPath);
    const auto& photos = model::findGroup(opened.session->event(), groupId)->photos;
    REQUIRE(photos.size() == 2);
    CHECK(photos[0].id == masterPhoto);
    CHECK(photos[1].id == kitPhoto);
    CHECK(photos[1].caption == "Fra kitet");
    CHECK(app::photoBytes(*opened.session, kitPhoto, app::PhotoSize::Full));
    CHECK(app::photoBytes(*opened.session, kitPhoto, app::PhotoSize::Thumbnail));
}

TEST_CASE("a copy of the event keeps its photos") {
    test::TempDir dir;
    auto session = test::createSession(dir / "e.innspill", test::sampleEvent());
    std::vector<app::PhotoPlacement> placements{
        placement(session->event().groups[0], writePhoto(dir, "a.jpg", test::makeJpeg(64, 64)))};
    const auto id = placements[0].photo.id;
    lang::Message error;
    REQUIRE(app::attachPhotos(*session, placements, error));
    REQUIRE(session->saveCopyAs(dir / "copy.innspill", false));
    auto copy = test::openEvent(dir / "copy.innspill");
    CHECK(copy.session->event() == session->event());
    CHECK(app::photoBytes(*copy.session, id, app::PhotoSize::Full) ==
          app::photoBytes(*session, id, app::PhotoSize::Full));
}
