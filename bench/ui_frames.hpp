// CPU time of frames drawn in the headless UI harness (tests/ui/harness.hpp):
// what the panel benchmarks measure, without a GPU.
#pragma once

#include "harness.hpp"
#include "timing.hpp"

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace innspill::bench {

// The process's CPU time so far, in milliseconds.
inline double cpuMs() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Median CPU time of `runs` frames, each after `prepare` (outside the timing).
inline Timing cpuFrames(test::UiHarness& ui, int runs, const std::function<void()>& prepare) {
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        prepare();
        const double start = cpuMs();
        ui.frame();
        samples.push_back(cpuMs() - start);
    }
    std::sort(samples.begin(), samples.end());
    return Timing{samples[samples.size() / 2], samples.front(), samples.back(), runs};
}

} // namespace innspill::bench
