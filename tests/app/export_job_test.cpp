// The background export: the file it writes, its errors, cancelling, and
// that it works on its own copy of the event.
#include "app/export_job.hpp"

#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <thread>
#ifdef _WIN32
#include <windows.h>
#else
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace innspill;
namespace fs = std::filesystem;
using app::ExportFormat;
using app::ExportJob;
using app::ExportJobState;
using namespace std::chrono_literals;

namespace {

// Files left in `folder` whose name says they are a half-written export.
size_t partFiles(const fs::path& folder) {
    size_t count = 0;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        count += entry.path().filename().string().find(".part-") != std::string::npos ? 1 : 0;
    }
    return count;
}

// The sample event with `extra` more groups of 20 inputs each in its first
// round: a PDF that takes a noticeable while to render.
model::Event largeEvent(size_t extra) {
    model::Event event = test::sampleEvent();
    const model::Group templateGroup = event.groups.front();
    for (size_t i = 0; i < extra; ++i) {
        model::Group group;
        group.id = model::Id::generate();
        group.number = "9." + std::to_string(i + 1);
        group.title = "Ekstra gruppe " + std::to_string(i + 1) + " om samhandling og kompetanse";
        group.roundId = templateGroup.roundId;
        group.status = model::GroupStatus::Met;
        for (int k = 0; k < 20; ++k) {
            model::Input input;
            input.id = model::Id::generate();
            input.text = "Innspill " + std::to_string(k + 1) +
                         ": tjenestene må henge bedre sammen, og brukerne må være med fra start.";
            group.inputs.push_back(std::move(input));
        }
        event.groups.push_back(std::move(group));
    }
    return event;
}

app::ExportRequest request(model::Event event, ExportFormat format, fs::path target,
                           bool appendix = false) {
    app::ExportRequest result;
    result.event = std::move(event);
    result.format = format;
    result.options.includeAppendix = appendix;
    result.target = std::move(target);
    return result;
}

#ifndef _WIN32
// A folder this process cannot create files in: a read-only folder, or for
// root (who may write anywhere) sysfs, which refuses new files to everyone.
fs::path unwritableFolder(const test::TempDir& dir) {
    const fs::path folder = dir / "skrivebeskyttet";
    fs::create_directory(folder);
    ::chmod(folder.c_str(), 0555);
    if (::access(folder.c_str(), W_OK) == 0) {
        return "/sys";
    }
    return folder;
}
#endif

} // namespace

TEST_CASE("an export job writes the chosen format to the chosen file", "[export]") {
    test::TempDir dir;
    const model::Event event = test::sampleEvent();
    const fs::path target = dir / "rapport.md";
    std::atomic<int> calls = 0;
    std::atomic<bool> otherThread = false;
    const auto mainThread = std::this_thread::get_id();

    ExportJob job;
    CHECK(job.state() == ExportJobState::Idle);
    job.start(request(event, ExportFormat::Markdown, target), [&] {
        ++calls;
        otherThread = std::this_thread::get_id() != mainThread;
    });
    REQUIRE(job.wait(20s));
    CHECK(job.state() == ExportJobState::Succeeded);
    CHECK(job.finished());

    const std::string expected = app::renderExport(event, ExportFormat::Markdown, {});
    CHECK(test::readFile(target) == expected);
    CHECK(job.outcome().bytes == expected.size());
    CHECK(job.outcome().target == target);
    CHECK(job.outcome().message.empty());
    CHECK(partFiles(dir.path()) == 0);

    // The callback runs on the job's thread, once, after the state is final.
    for (int i = 0; i < 200 && calls == 0; ++i) {
        std::this_thread::sleep_for(5ms);
    }
    CHECK(calls == 1);
    CHECK(otherThread);
}

TEST_CASE("an export job writes a PDF, a DOCX and the archive", "[export]") {
    test::TempDir dir;
    const model::Event event = test::sampleEvent();
    ExportJob job;
    job.start(request(event, ExportFormat::Pdf, dir / "rapport.pdf"));
    REQUIRE(job.wait(60s));
    REQUIRE(job.state() == ExportJobState::Succeeded);
    CHECK(test::readFile(dir / "rapport.pdf").starts_with("%PDF-"));

    // The same job object runs the next export.
    job.start(request(event, ExportFormat::Docx, dir / "rapport.docx"));
    REQUIRE(job.wait(60s));
    REQUIRE(job.state() == ExportJobState::Succeeded);
    CHECK(test::readFile(dir / "rapport.docx").starts_with("PK"));

    job.start(request(event, ExportFormat::Json, dir / "arkiv.json"));
    REQUIRE(job.wait(60s));
    REQUIRE(job.state() == ExportJobState::Succeeded);
    CHECK(test::readFile(dir / "arkiv.json").find(event.title) != std::string::npos);
}

TEST_CASE("an export into a missing folder fails with a reason and writes nothing", "[export]") {
    test::TempDir dir;
    const fs::path target = dir / "finnes-ikke" / "rapport.pdf";
    ExportJob job;
    job.start(request(test::sampleEvent(), ExportFormat::Pdf, target));
    REQUIRE(job.wait(20s));
    CHECK(job.state() == ExportJobState::Failed);
    CHECK(lang::render(lang::Language::Nb, job.outcome().message).find("mappen finnes ikke") !=
          std::string::npos);
    CHECK(lang::render(lang::Language::Nb, job.outcome().message).find("rapport.pdf") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(dir / "finnes-ikke"));
    CHECK(partFiles(dir.path()) == 0);
}

#ifdef _WIN32
// Windows: the last report is still open in Word, which lets nobody replace it.
TEST_CASE("an export over a file another program holds open fails and keeps that file",
          "[export]") {
    test::TempDir dir;
    const fs::path target = dir / "rapport.docx";
    test::writeFile(target, "forrige rapport");
    const HANDLE word = CreateFileW(target.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr,
                                    OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    REQUIRE(word != INVALID_HANDLE_VALUE);
    ExportJob job;
    job.start(request(test::sampleEvent(), ExportFormat::Docx, target));
    REQUIRE(job.wait(20s));
    CHECK(job.state() == ExportJobState::Failed);
    const std::string message = lang::render(lang::Language::Nb, job.outcome().message);
    INFO(message);
    CHECK(message.find("rapport.docx") != std::string::npos);
    CHECK(message.find("åpen i et annet program") != std::string::npos);
    CHECK(partFiles(dir.path()) == 0);
    CloseHandle(word);
    CHECK(test::readFile(target) == "forrige rapport");
}
#else
TEST_CASE("an export into a folder that cannot be written to fails and leaves no partial file",
          "[export]") {
    test::TempDir dir;
    const fs::path folder = unwritableFolder(dir);
    const fs::path target = folder / "innspill-eksporttest.html";
    ExportJob job;
    job.start(request(test::sampleEvent(), ExportFormat::Html, target));
    REQUIRE(job.wait(20s));
    CHECK(job.state() == ExportJobState::Failed);
    CHECK(lang::render(lang::Language::Nb, job.outcome().message)
              .find("mappen kan ikke skrives til") != std::string::npos);
    CHECK_FALSE(fs::exists(target));
    CHECK(partFiles(folder) == 0);
    ::chmod((dir / "skrivebeskyttet").c_str(), 0755); // so TempDir can remove it
}
#endif

TEST_CASE("a failed export leaves an existing file as it was", "[export]") {
    test::TempDir dir;
    const fs::path target = dir / "rapport";
    fs::create_directory(target); // a folder where the file should go
    ExportJob job;
    job.start(request(test::sampleEvent(), ExportFormat::Csv, target));
    REQUIRE(job.wait(20s));
    CHECK(job.state() == ExportJobState::Failed);
    CHECK(fs::is_directory(target));
    CHECK(partFiles(dir.path()) == 0);
}

TEST_CASE("an export replaces an existing file only once the new one is complete", "[export]") {
    test::TempDir dir;
    const fs::path target = dir / "rapport.csv";
    test::writeFile(target, "gammel fil");
    ExportJob job;
    job.start(request(test::sampleEvent(), ExportFormat::Csv, target));
    REQUIRE(job.wait(20s));
    REQUIRE(job.state() == ExportJobState::Succeeded);
    const std::string written = test::readFile(target);
    CHECK(written != "gammel fil");
    CHECK(written.starts_with("\xEF\xBB\xBF")); // CSV for Excel: UTF-8 with BOM
    CHECK(partFiles(dir.path()) == 0);
}

TEST_CASE("a cancelled export writes nothing and frees the job at once", "[export]") {
    test::TempDir dir;
    const fs::path target = dir / "stor.pdf";
    {
        ExportJob job;
        job.start(request(largeEvent(600), ExportFormat::Pdf, target));
        REQUIRE(job.running());
        REQUIRE(job.cancel()); // still rendering: a large PDF takes a while
        CHECK(job.state() == ExportJobState::Cancelled);
        CHECK(job.finished());
        CHECK_FALSE(job.cancel()); // twice is a no-op
        const double stopped = job.elapsedSeconds();
        std::this_thread::sleep_for(30ms);
        CHECK(job.elapsedSeconds() == stopped); // the clock stops with the job

        // A new export may start while the cancelled one is still rendering.
        job.start(request(test::sampleEvent(), ExportFormat::Markdown, dir / "liten.md"));
        REQUIRE(job.wait(20s));
        CHECK(job.state() == ExportJobState::Succeeded);
    } // the destructor waits for the cancelled thread
    CHECK_FALSE(fs::exists(target));
    CHECK(fs::exists(dir / "liten.md"));
    CHECK(partFiles(dir.path()) == 0);
}

TEST_CASE("an export job works on its own copy of the event", "[export]") {
    test::TempDir dir;
    model::Event event = largeEvent(200);
    const std::string title = event.title;
    ExportJob job;
    job.start(request(event, ExportFormat::Html, dir / "rapport.html"));
    // Editing (or closing) the event meanwhile does not reach the export.
    event.title = "Endret etter start";
    event.groups.clear();
    const double early = job.elapsedSeconds();
    REQUIRE(job.wait(60s));
    REQUIRE(job.state() == ExportJobState::Succeeded);
    const std::string html = test::readFile(dir / "rapport.html");
    CHECK(html.find("Ekstra gruppe 200") != std::string::npos);
    CHECK(html.find("Endret etter start") == std::string::npos);
    CHECK(job.elapsedSeconds() >= early);
    CHECK(job.outcome().bytes == html.size());

    job.reset();
    CHECK(job.state() == ExportJobState::Idle);
}
