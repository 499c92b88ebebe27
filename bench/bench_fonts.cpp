// The font atlas the desktop app builds at start-up (and again on a zoom
// step, so text stays crisp): Inter, DejaVu merged behind it for missing
// glyphs, the Material icons the UI uses; four roles. Times loadFonts + Build
// at 100 % and 200 % (issue 15: < 100 ms at start-up) and reports the
// atlas's memory: the RGBA32 texture uploaded to the GPU and the alpha-8
// bitmap ImGui keeps beside it.
#include "timing.hpp"

#include "platform/fonts.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

using namespace innspill;

int main(int argc, char** argv) {
    int runs = 5;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0) {
            runs = std::max(1, std::atoi(argv[i + 1]));
        }
    }
    ImGui::CreateContext(); // the atlas asserts without a context in 1.86 debug builds
    bench::Table table;
    const bool tsv = bench::tsvRequested(argc, argv);
    for (const float scale : {1.0f, 2.0f}) {
        ImFontAtlas atlas;
        // CPU time too: on a shared machine the wall clock mostly measures
        // the other processes.
        const std::clock_t cpuStart = std::clock();
        const bench::Timing timing = bench::measure(runs, [&] {
            platform::loadFonts(atlas, platform::kBaseFontSize * scale);
            unsigned char* pixels = nullptr;
            int width = 0;
            int height = 0;
            atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
            bench::keep(pixels);
        });
        const double cpuMs =
            1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC / runs;
        const double pixels = static_cast<double>(atlas.TexWidth) * atlas.TexHeight;
        const double rgbaMiB = pixels * 4.0 / (1024.0 * 1024.0);
        const double alphaMiB = pixels / (1024.0 * 1024.0);
        char subject[64];
        std::snprintf(subject, sizeof subject, "font atlas at %.0f %% (%d×%d)", scale * 100.0,
                      atlas.TexWidth, atlas.TexHeight);
        // Start-up builds the 100 % atlas; a 200 % display or zoom the larger.
        table.add(subject, "build (loadFonts + texture)", timing, bench::below(100.0));
        table.add(subject, "CPU per build", cpuMs, "ms");
        table.add(subject, "texture memory (RGBA32 + alpha-8)", rgbaMiB + alphaMiB, "MiB",
                  bench::below(scale > 1.0f ? 24.0 : 8.0));
        if (!tsv) {
            std::printf("%s: %d fonts merged, RGBA32 %.2f MiB, alpha-8 %.2f MiB\n", subject,
                        atlas.ConfigData.Size, rgbaMiB, alphaMiB);
        }
    }
    ImGui::DestroyContext();
    return table.finish(argc, argv);
}
