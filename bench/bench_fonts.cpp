// The font atlas the desktop app builds at start-up (and again on zoom):
// Inter, DejaVu merged behind it for missing glyphs, the Material icons the
// UI uses; four roles. Times loadFonts + Build at 100 % and 200 % and prints
// the atlas's size and memory (the RGBA32 texture uploaded to the GPU, and
// the alpha-8 bitmap ImGui keeps).
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
    // CPU time too: on a shared machine the wall clock mostly measures the
    // other processes.
    std::printf("| atlas | build (median of %d) | min–max | CPU per build | texture | RGBA32 "
                "memory |\n",
                runs);
    std::printf("| --- | --- | --- | --- | --- | --- |\n");
    for (const float scale : {1.0f, 2.0f}) {
        ImFontAtlas atlas;
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
        const double mib = atlas.TexWidth * atlas.TexHeight * 4 / (1024.0 * 1024.0);
        std::printf("| %.0f %% | %.1f ms | %.1f–%.1f ms | %.1f ms | %d×%d | %.2f MiB |\n",
                    scale * 100.0, timing.medianMs, timing.minMs, timing.maxMs, cpuMs,
                    atlas.TexWidth, atlas.TexHeight, mib);
    }
    ImGui::DestroyContext();
    return 0;
}
