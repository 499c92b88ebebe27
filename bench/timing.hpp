// Minimal benchmark timing: run a body N times, report median and spread.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <ostream>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace innspill::bench {

struct Timing {
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    int runs = 0;
};

inline Timing measure(int runs, const std::function<void()>& body) {
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        body();
        const auto end = std::chrono::steady_clock::now();
        samples.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(samples.begin(), samples.end());
    return Timing{samples[samples.size() / 2], samples.front(), samples.back(), runs};
}

// Keeps the optimiser from dropping a result.
template <typename T> void keep(const T& value) {
    asm volatile("" : : "g"(&value) : "memory");
}

inline long peakMemoryMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

class Table {
  public:
    void add(std::string subject, std::string figure, Timing timing) {
        m_rows.push_back({std::move(subject), std::move(figure), timing});
    }
    void print(std::ostream& out) const {
        char line[256];
        std::snprintf(line, sizeof line, "%-28s %-34s %10s %10s %10s %5s\n", "event", "figure",
                      "median ms", "min ms", "max ms", "runs");
        out << line;
        for (const auto& row : m_rows) {
            std::snprintf(line, sizeof line, "%-28s %-34s %10.3f %10.3f %10.3f %5d\n",
                          row.subject.c_str(), row.figure.c_str(), row.timing.medianMs,
                          row.timing.minMs, row.timing.maxMs, row.timing.runs);
            out << line;
        }
    }

  private:
    struct Row {
        std::string subject;
        std::string figure;
        Timing timing;
    };
    std::vector<Row> m_rows;
};

} // namespace innspill::bench
