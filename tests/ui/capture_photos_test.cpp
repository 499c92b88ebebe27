// Photos on the capture screen, headless: thumbnails of the open group, one
// click opens the photo beside the inputs, public/internal and remove with
// undo, image files dropped onto the window added in the background.
#include "app/photos/photo_edits.hpp"
#include "app/photos/photo_import_job.hpp"
#include "capture_support.hpp"
#include "support/sample_event.hpp"
#include "support/test_photos.hpp"
#include "ui/capture/capture_panel.hpp"
#include "ui/shell/app_context.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

using namespace innspill;
using test::CaptureScreen;

namespace {

// Frames until the background add has ended (or 10 s). The shell polls
// the job every frame (drawMainWindow); this harness draws the panel alone.
void waitForPhotos(CaptureScreen& screen) {
    auto& state = screen.ctx().capture.photos;
    for (int i = 0; i < 1000 && state.job && !state.job->finished(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        ui::pollPhotoImport(screen.ctx());
        screen.ui().frame();
    }
    screen.ui().frame(2);
}

} // namespace

TEST_CASE("capture photos: dropped image files go to the open group as one undo step") {
    CaptureScreen screen(test::sampleEvent());
    screen.open("1.2");
    const auto dir = screen.path().parent_path();
    test::writeFile(dir / "a.jpg", test::makeJpeg(120, 90));
    test::writeFile(dir / "b.png", test::makePng(40, 30));
    test::writeFile(dir / "bad.jpg", "not a photo");
    // As the shell hands dropped files on (filesDropped): the photos are taken.
    const auto rest = ui::takeDroppedPhotos(
        screen.ctx(), {dir / "a.jpg", dir / "b.png", dir / "bad.jpg", dir / "kit.innspill"});
    CHECK(rest == std::vector<std::filesystem::path>{dir / "kit.innspill"});
    waitForPhotos(screen);
    const auto& photos = screen.group("1.2").photos;
    REQUIRE(photos.size() == 2);
    CHECK_FALSE(photos[0].isPublic);
    CHECK(screen.ctx().capture.photos.failures.size() == 1);
    CHECK(screen.ctx().capture.photos.failures[0].find("bad.jpg") != std::string::npos);
    CHECK(screen.onDisk() == screen.session().event());
    REQUIRE(screen.session().undo());
    CHECK(screen.group("1.2").photos.empty());
}

TEST_CASE("capture photos: an added photo opens beside the inputs, a click on its thumbnail "
          "closes and opens it; public, remove, undo") {
    CaptureScreen screen(test::sampleEvent());
    screen.open("1.2");
    const auto dir = screen.path().parent_path();
    test::writeFile(dir / "a.jpg", test::makeJpeg(200, 100));
    ui::addPhotosToOpenGroup(screen.ctx(), {dir / "a.jpg"});
    waitForPhotos(screen);
    REQUIRE(screen.group("1.2").photos.size() == 1);
    const model::Id id = screen.group("1.2").photos[0].id;

    // The photo just added opens beside the inputs (pollPhotoImport); a click
    // on its thumbnail closes it, another opens it again.
    CHECK(screen.ctx().capture.photos.open == id);
    REQUIRE(screen.ui().clickItem("capture.photo/0"));
    screen.ui().frame(2);
    CHECK(screen.ctx().capture.photos.open.empty());
    REQUIRE(screen.ui().clickItem("capture.photo/0"));
    screen.ui().frame(2);
    CHECK(screen.ctx().capture.photos.open == id);
    CHECK(screen.ui().item("capture.photo.view") != nullptr);

    REQUIRE(screen.ui().clickItem("capture.photo.public"));
    screen.ui().frame(2);
    CHECK(screen.group("1.2").photos[0].isPublic);
    CHECK(screen.onDisk() == screen.session().event());

    REQUIRE(screen.ui().clickItem("capture.photo.remove"));
    screen.ui().frame(2);
    CHECK(screen.group("1.2").photos.empty());
    CHECK(screen.ctx().capture.photos.open.empty());
    REQUIRE(screen.session().undo());
    REQUIRE(screen.group("1.2").photos.size() == 1);
    CHECK(screen.group("1.2").photos[0].isPublic);
    CHECK(app::photoBytes(screen.session(), id, app::PhotoSize::Full));
}
