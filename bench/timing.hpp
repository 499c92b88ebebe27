// Minimal benchmark timing: run a body N times, report median and spread.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <optional>
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

// A figure's target: "< limit" (times, memory) or ">= limit" (speed-ups).
struct Target {
    double limit = 0;
    bool atLeast = false;
    bool met(double value) const { return atLeast ? value >= limit : value < limit; }
    std::string text(const std::string& unit) const {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%s %g %s", atLeast ? ">=" : "<", limit, unit.c_str());
        return buffer;
    }
};

inline Target below(double limit) {
    return Target{limit, false};
}
inline Target atLeast(double limit) {
    return Target{limit, true};
}

// `--tsv` anywhere on a bench's command line: print machine-readable rows for
// bench/run_all.sh instead of the table.
inline bool tsvRequested(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--tsv") {
            return true;
        }
    }
    return false;
}

// `--sizes a,b` and `--runs N` of the benchmarks over synthetic event sizes;
// what is not given keeps the value passed in.
inline void readSizesAndRuns(int argc, char** argv, std::string& sizes, int& runs) {
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--sizes") {
            sizes = argv[i + 1];
        } else if (flag == "--runs") {
            runs = std::max(1, std::stoi(argv[i + 1]));
        }
    }
}

class Table {
  public:
    void add(std::string subject, std::string figure, Timing timing) {
        m_rows.push_back({std::move(subject), std::move(figure), timing, "ms", {}});
    }
    // A figure with a target from an issue; the suite checks these.
    void add(std::string subject, std::string figure, Timing timing, Target target) {
        m_rows.push_back({std::move(subject), std::move(figure), timing, "ms", target});
    }
    // A figure that is not a time (a speed-up ×, memory MiB).
    void add(std::string subject, std::string figure, double value, std::string unit,
             std::optional<Target> target = std::nullopt) {
        m_rows.push_back({std::move(subject), std::move(figure), Timing{value, value, value, 1},
                          std::move(unit), target});
    }
    void setPeakMemoryMiB(long mib) { m_peakMiB = mib; }

    bool allMet() const {
        return std::all_of(m_rows.begin(), m_rows.end(), [](const Row& row) {
            return !row.target || row.target->met(row.timing.medianMs);
        });
    }

    void print(std::ostream& out) const {
        char line[320];
        std::snprintf(line, sizeof line, "%-28s %-40s %10s %10s %10s %5s  %s\n", "event", "figure",
                      "median", "min", "max", "runs", "target");
        out << line;
        for (const auto& row : m_rows) {
            const std::string target =
                row.target ? row.target->text(row.unit) +
                                 (row.target->met(row.timing.medianMs) ? "  ok" : "  FAIL")
                           : "";
            std::snprintf(line, sizeof line, "%-28s %-40s %10.3f %10.3f %10.3f %5d  %s %s\n",
                          row.subject.c_str(), row.figure.c_str(), row.timing.medianMs,
                          row.timing.minMs, row.timing.maxMs, row.timing.runs, row.unit.c_str(),
                          target.c_str());
            out << line;
        }
        out << "peak memory: " << (m_peakMiB ? m_peakMiB : peakMemoryMiB()) << " MiB\n";
    }

    // One row per figure with a target, tab-separated: subject, figure,
    // median, unit, comparison (< or >=), limit, ok|FAIL; then "peak", MiB.
    void printTsv(std::ostream& out) const {
        for (const auto& row : m_rows) {
            if (!row.target) {
                continue;
            }
            char value[64];
            std::snprintf(value, sizeof value, "%.3f\t%s\t%s\t%g", row.timing.medianMs,
                          row.unit.c_str(), row.target->atLeast ? ">=" : "<", row.target->limit);
            out << row.subject << '\t' << row.figure << '\t' << value << '\t'
                << (row.target->met(row.timing.medianMs) ? "ok" : "FAIL") << '\n';
        }
        out << "peak\t" << (m_peakMiB ? m_peakMiB : peakMemoryMiB()) << '\n';
    }

    // The table (or the TSV rows with --tsv); the exit code says whether
    // every target was met.
    int finish(int argc, char** argv) const {
        if (tsvRequested(argc, argv)) {
            printTsv(std::cout);
        } else {
            print(std::cout);
        }
        return allMet() ? 0 : 1;
    }

  private:
    struct Row {
        std::string subject;
        std::string figure;
        Timing timing;
        std::string unit;
        std::optional<Target> target;
    };
    std::vector<Row> m_rows;
    long m_peakMiB = 0;
};

} // namespace innspill::bench
