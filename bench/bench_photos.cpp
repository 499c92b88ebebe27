// Photos of flipcharts (issue 17): importing 200 phone photos (12 MP JPEG,
// generated here: white paper, uneven light, sensor noise, marker strokes,
// a third of them portrait by EXIF orientation) through the same background
// import the app and `innspill photo import` use; how much the event file
// grows per photo; and the public proceedings of 50 groups with 100 photos
// in PDF and DOCX.
// Usage: bench_photos [--photos N] [--keep DIR] [--tsv]
#include "app/event_session.hpp"
#include "app/export.hpp"
#include "app/photos/photo_import_job.hpp"
#include "store/event_file.hpp"
#include "synthetic_event.hpp"
#include "timing.hpp"

#include <stb_image_write.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

using namespace innspill;
namespace fs = std::filesystem;

namespace {

void append(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                               static_cast<size_t>(size));
}

// A 4000 × 3000 photo of a flipchart as a phone takes it.
std::string phonePhoto(unsigned seed, bool portrait) {
    constexpr int kWidth = 4000;
    constexpr int kHeight = 3000;
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> noise(-7, 7);
    std::vector<unsigned char> pixels(static_cast<size_t>(kWidth) * kHeight * 3);
    for (int y = 0; y < kHeight; ++y) {
        for (int x = 0; x < kWidth; ++x) {
            // Light falling off towards the corners, a grey wall around the paper.
            const double dx = (x - kWidth / 2.0) / kWidth;
            const double dy = (y - kHeight / 2.0) / kHeight;
            const bool paper = x > 500 && x < 3500 && y > 150 && y < 2850;
            double level = (paper ? 236.0 : 120.0) - 90.0 * (dx * dx + dy * dy);
            // Lines of handwriting: strokes every 160 px on the paper.
            if (paper && (y % 160) > 60 && (y % 160) < 72 && ((x / 37 + y / 160 + seed) % 5) != 0) {
                level = 40.0;
            }
            unsigned char* p = &pixels[(static_cast<size_t>(y) * kWidth + x) * 3];
            for (int c = 0; c < 3; ++c) {
                const double tint = c == 2 && level < 60 ? 80.0 : 0.0; // blue marker
                p[c] = static_cast<unsigned char>(
                    std::clamp(level + tint + noise(random), 0.0, 255.0));
            }
        }
    }
    std::string jpeg;
    stbi_write_jpg_to_func(append, &jpeg, kWidth, kHeight, 3, pixels.data(), 92);
    if (portrait) {
        // EXIF orientation 6, as a phone held upright writes it.
        const std::string tiff("II\x2A\x00\x08\x00\x00\x00\x01\x00\x12\x01\x03\x00\x01\x00\x00\x00"
                               "\x06\x00\x00\x00\x00\x00\x00\x00",
                               26);
        const std::string payload = std::string("Exif\0\0", 6) + tiff;
        const size_t length = payload.size() + 2;
        const std::string segment = std::string("\xFF\xE1", 2) + static_cast<char>(length >> 8) +
                                    static_cast<char>(length & 0xFF) + payload;
        jpeg = jpeg.substr(0, 2) + segment + jpeg.substr(2);
    }
    return jpeg;
}

double seconds(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv) {
    size_t count = 200;
    fs::path keep;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--photos") == 0 && i + 1 < argc) {
            count = std::stoul(argv[++i]);
        } else if (std::strcmp(argv[i], "--keep") == 0 && i + 1 < argc) {
            keep = argv[++i];
        }
    }
    const fs::path dir = keep.empty() ? fs::temp_directory_path() / "innspill-bench-photos" : keep;
    fs::remove_all(dir);
    fs::create_directories(dir / "photos");

    // Eight distinct photos, written 200 times under group names: decoding
    // cost does not depend on which bytes repeat.
    std::cerr << "generating " << count << " phone photos (12 MP JPEG) …\n";
    std::vector<std::string> distinct;
    for (unsigned i = 0; i < 8; ++i) {
        distinct.push_back(phonePhoto(i, i % 3 == 0));
    }
    size_t photoBytes = 0;
    bench::EventSize size = bench::aapenArenaSize();
    size.groups = 50;
    auto event = bench::makeSyntheticEvent(size);
    for (auto& group : event.groups) {
        group.status = model::GroupStatus::Met;
    }
    std::vector<app::PhotoImportItem> items;
    for (size_t i = 0; i < count; ++i) {
        const auto& group = event.groups[i % event.groups.size()];
        const fs::path file = dir / "photos" / (group.number + "-" + std::to_string(i) + ".jpg");
        std::ofstream(file, std::ios::binary) << distinct[i % distinct.size()];
        photoBytes += distinct[i % distinct.size()].size();
        // Half of them public: 100 photos in the public report.
        items.push_back({file, group.id, "Flippover " + std::to_string(i + 1), i % 2 == 0});
    }
    const fs::path file = dir / "bench.innspill";
    store::EventFile::create(file, event);
    const auto before = fs::file_size(file);
    auto opened = app::openEvent(file);
    if (!opened) {
        std::cerr << "cannot open the event\n";
        return 1;
    }
    auto& session = *opened.session;

    app::PhotoImportJob job;
    // CPU time too: on a shared machine the wall clock says more about the
    // neighbours than about the import.
    const auto cpuNow = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
               (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    };
    const double cpuStart = cpuNow();
    const auto start = std::chrono::steady_clock::now();
    app::runPhotoImport(session, items, job, false);
    const double importSeconds = seconds(start);
    const double importCpu = cpuNow() - cpuStart;
    opened.session.reset();
    const auto after = fs::file_size(file);
    auto reopened = app::openEvent(file); // checkpointed: the WAL is in the file now
    const auto checkpointed = fs::file_size(file);

    app::ReportOptions options;
    options.photoBytes = app::photoReader(file);
    const auto& current = reopened.session->event();
    size_t pdfSize = 0;
    size_t docxSize = 0;
    const auto pdf = bench::measure(3, [&] {
        options.photoBytes = app::photoReader(file);
        pdfSize = app::renderExport(current, app::ExportFormat::Pdf, options).size();
    });
    const auto docx = bench::measure(3, [&] {
        options.photoBytes = app::photoReader(file);
        docxSize = app::renderExport(current, app::ExportFormat::Docx, options).size();
    });

    const double perPhotoKb =
        (static_cast<double>(std::max(after, checkpointed)) - before) / 1024.0 / job.attached();
    const std::string subject = std::to_string(job.attached()) + " phone photos (12 MP, " +
                                std::to_string(photoBytes / count / 1024) + " KB each)";
    bench::Table table;
    table.add(subject, "import (wall clock)", importSeconds, "s", bench::below(15));
    table.add(subject, "import (CPU)", importCpu, "s");
    table.add(subject, "event file growth per photo", perPhotoKb, "KB", bench::below(700));
    table.add("50 groups, " + std::to_string(job.attached() / 2) + " public photos",
              "public proceedings PDF (" + std::to_string(pdfSize / 1024 / 1024) + " MB)", pdf,
              bench::below(3000));
    table.add("50 groups, " + std::to_string(job.attached() / 2) + " public photos",
              "public proceedings DOCX (" + std::to_string(docxSize / 1024 / 1024) + " MB)", docx,
              bench::below(1000));
    const int met = table.finish(argc, argv);
    if (!job.failures().empty()) {
        std::cerr << job.failures().size() << " photos failed\n";
        return 1;
    }
    if (keep.empty()) {
        reopened.session.reset();
        fs::remove_all(dir);
    }
    return met;
}
