// Pulling the plug on the command line: an import, an export and a merge are
// killed with SIGKILL at random moments. The event file never fails `check`
// and is either as before or as after; a report or a new event file is either
// absent or complete — never half-written.
#include "app/merge/kits.hpp"
#include "cli/cli_run.hpp"
#include "store/event_file.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace innspill;
namespace fs = std::filesystem;

namespace {

constexpr int kKills = 12;

// The sample event with its groups copied `copies` times over (new ids and
// numbers), so that an export or import takes long enough to be interrupted.
model::Event biggerEvent(int copies) {
    model::Event event = test::sampleEvent();
    const std::vector<model::Group> originals = event.groups;
    for (int k = 1; k <= copies; ++k) {
        for (model::Group group : originals) {
            group.id = model::Id::generate();
            group.number += std::to_string(100 + k);
            group.followUpOf.reset();
            group.mergedWith.clear();
            for (auto& input : group.inputs) {
                input.id = model::Id::generate();
                for (auto& child : input.children) {
                    child.id = model::Id::generate();
                }
            }
            event.groups.push_back(std::move(group));
        }
    }
    return event;
}

// Runs the binary to its end; its exit code (-1 when it did not exit).
int runToEnd(const std::vector<std::string>& args) {
    const pid_t pid = test::spawn(args);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Runs the binary and kills it with SIGKILL after `delay`.
void runAndKill(const std::vector<std::string>& args, std::chrono::microseconds delay) {
    const pid_t pid = test::spawn(args);
    std::this_thread::sleep_for(delay);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
}

// How long a complete run takes, for choosing kill moments within it.
std::chrono::microseconds timed(const std::vector<std::string>& args) {
    const auto start = std::chrono::steady_clock::now();
    REQUIRE(runToEnd(args) == 0);
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                                 start);
}

std::string bytesOf(const fs::path& path) {
    return test::readFile(path);
}

bool endsWith(const std::string& text, std::string_view end) {
    return text.size() >= end.size() &&
           text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// A whole file of its format: a zip's end record, the PDF trailer, or the
// same text as a run that was not interrupted (dates inside DOCX, XLSX and
// PDF differ from run to run).
bool whole(const std::string& format, const std::string& written, const std::string& complete) {
    if (format == "pdf") {
        return written.rfind("%PDF-", 0) == 0 &&
               (endsWith(written, "%%EOF\n") || endsWith(written, "%%EOF"));
    }
    if (format == "docx" || format == "xlsx") {
        return written.size() > 22 && written.compare(written.size() - 22, 4, "PK\x05\x06") == 0;
    }
    return written == complete;
}

bool checks(const fs::path& file) {
    return runToEnd({"check", file.string()}) == 0;
}

} // namespace

TEST_CASE("cli: a killed export leaves no report or a complete one") {
    test::TempDir dir;
    const auto event = dir / "e.innspill";
    store::EventFile::create(event, biggerEvent(60));
    std::mt19937 rng(7);
    for (const std::string format : {"md", "html", "pdf", "docx", "xlsx"}) {
        const auto reference = dir / ("reference." + format);
        const auto took =
            timed({"export", event.string(), "--format", format, "-o", reference.string()});
        const std::string complete = bytesOf(reference);
        REQUIRE(whole(format, complete, complete));
        for (int kill = 0; kill < kKills; ++kill) {
            const auto out = dir / ("killed." + format);
            fs::remove(out);
            const auto delay =
                std::chrono::microseconds(rng() % static_cast<unsigned>(took.count() + 1));
            runAndKill({"export", event.string(), "--format", format, "-o", out.string()}, delay);
            INFO(format << " killed after " << delay.count() << " µs of " << took.count());
            if (fs::exists(out)) {
                CHECK(whole(format, bytesOf(out), complete));
            }
        }
        CHECK(checks(event));
    }
}

TEST_CASE("cli: a killed import leaves no event file or a complete one") {
    test::TempDir dir;
    const auto source = dir / "source.innspill";
    store::EventFile::create(source, biggerEvent(60));
    const auto archive = dir / "archive.json";
    REQUIRE(runToEnd({"export", source.string(), "--format", "json", "-o", archive.string()}) == 0);
    const auto reference = dir / "reference.innspill";
    const auto took = timed({"import-json", reference.string(), archive.string()});
    const model::Event complete = store::EventFile::open(reference)->load();

    std::mt19937 rng(11);
    for (int kill = 0; kill < kKills; ++kill) {
        const auto target = dir / ("killed" + std::to_string(kill) + ".innspill");
        const auto delay =
            std::chrono::microseconds(rng() % static_cast<unsigned>(took.count() + 1));
        runAndKill({"import-json", target.string(), archive.string()}, delay);
        INFO("killed after " << delay.count() << " µs of " << took.count());
        if (fs::exists(target)) {
            CHECK(checks(target));
            CHECK(store::EventFile::open(target)->load() == complete);
        }
    }
}

TEST_CASE("cli: a killed merge leaves the master as before or fully merged") {
    test::TempDir dir;
    const auto master = dir / "master.innspill";
    store::EventFile::create(master, test::sampleEvent());
    const auto kit = dir / "kit.innspill";
    app::makeKit(master, kit, "Kari", false);
    {
        // The kit brings many new groups.
        auto file = store::EventFile::open(kit);
        const model::Event inKit = file->load();
        const model::Event copies = biggerEvent(40);
        // The copies only (the sample's own groups are in the kit already),
        // placed in the kit's rounds and rooms.
        for (size_t i = inKit.groups.size(); i < copies.groups.size(); ++i) {
            model::Group group = copies.groups[i];
            const model::Group& like = inKit.groups[i % inKit.groups.size()];
            group.roundId = like.roundId;
            group.roomId = like.roomId;
            group.initiators = like.initiators;
            group.facilitators = like.facilitators;
            group.participants = like.participants;
            for (auto& input : group.inputs) {
                input.themes.clear();
                for (auto& child : input.children) {
                    child.themes.clear();
                }
            }
            file->writeGroup(group);
        }
    }
    const model::Event before = store::EventFile::open(master)->load();
    const auto scratch = dir / "scratch.innspill";
    fs::copy_file(master, scratch);
    const auto took = timed({"merge", scratch.string(), kit.string()});
    const model::Event after = store::EventFile::open(scratch)->load();
    REQUIRE(after.groups.size() > before.groups.size());

    std::mt19937 rng(13);
    for (int kill = 0; kill < kKills; ++kill) {
        const auto target = dir / ("m" + std::to_string(kill) + ".innspill");
        fs::copy_file(master, target);
        const auto delay =
            std::chrono::microseconds(rng() % static_cast<unsigned>(took.count() + 1));
        runAndKill({"merge", target.string(), kit.string()}, delay);
        INFO("killed after " << delay.count() << " µs of " << took.count());
        CHECK(checks(target));
        const auto groups = store::EventFile::open(target)->load().groups.size();
        CHECK((groups == before.groups.size() || groups == after.groups.size()));
    }
}
