// SVG bar chart geometry and text: SVG does not wrap text, so long labels are
// broken onto a few lines here, by an estimate of their width.
#include "io/report/svg_bar_chart.hpp"

#include "io/report/text_escape.hpp"

#include <algorithm>

namespace innspill::io::report {

namespace {

// Bar chart geometry, in SVG user units (the figure scales to the column).
constexpr int kChartWidth = 640;
constexpr int kLabelRight = 250; // labels end here, right-aligned
constexpr int kBarLeft = 260;
constexpr int kBarMaxWidth = 320; // leaves room for the value after the longest bar
constexpr int kBarHeight = 18;
constexpr int kLineHeight = 16;
constexpr int kRowGap = 10;
constexpr size_t kLabelLineChars = 30; // about 210 units of 13px sans
constexpr size_t kLabelMaxLines = 3;

// User text on one line (the label in a tooltip, the chart's title).
std::string inlineText(std::string_view text) {
    std::string out;
    for (const auto& line : textLines(text)) {
        out += (out.empty() ? "" : " ") + escapeHtml(line);
    }
    return out;
}

size_t codePoints(std::string_view text) {
    return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// The first n code points of text (whole UTF-8 sequences only).
std::string_view prefixCodePoints(std::string_view text, size_t n) {
    size_t i = 0;
    for (size_t seen = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && seen++ == n) {
            break;
        }
    }
    return text.substr(0, i);
}

// SVG text does not wrap: break a bar label into a few short lines at
// spaces (code points approximate width), the last one cut with an ellipsis.
std::vector<std::string> wrapLabel(std::string_view label) {
    std::vector<std::string> words;
    for (const auto& line : textLines(label)) {
        size_t start = 0;
        while (start < line.size()) {
            const size_t space = line.find(' ', start);
            const size_t end = space == std::string::npos ? line.size() : space;
            if (end > start) {
                words.push_back(line.substr(start, end - start));
            }
            start = end + 1;
        }
    }
    std::vector<std::string> lines;
    std::string current;
    for (auto word : words) {
        // A word longer than a line is split wherever it has to be.
        while (codePoints(word) > kLabelLineChars) {
            if (!current.empty()) {
                lines.push_back(std::move(current));
                current.clear();
            }
            const auto head = prefixCodePoints(word, kLabelLineChars);
            lines.emplace_back(head);
            word.erase(0, head.size());
            if (lines.size() > kLabelMaxLines) {
                break;
            }
        }
        if (!current.empty() && codePoints(current) + 1 + codePoints(word) > kLabelLineChars) {
            lines.push_back(std::move(current));
            current.clear();
        }
        current += (current.empty() ? "" : " ") + word;
        if (lines.size() > kLabelMaxLines) {
            break;
        }
    }
    if (!current.empty()) {
        lines.push_back(std::move(current));
    }
    if (lines.size() > kLabelMaxLines) {
        lines.resize(kLabelMaxLines);
        std::string& last = lines.back();
        last = std::string(prefixCodePoints(last, kLabelLineChars - 1)) + "\xE2\x80\xA6"; // …
    }
    return lines;
}

} // namespace

std::string svgBarChart(const BarChart& chart) {
    std::string out;
    size_t maxValue = 0;
    for (const auto& bar : chart.bars) {
        maxValue = std::max(maxValue, bar.second);
    }
    std::vector<std::vector<std::string>> labels;
    int height = kRowGap;
    for (const auto& bar : chart.bars) {
        labels.push_back(wrapLabel(bar.first));
        const int lines = static_cast<int>(std::max<size_t>(labels.back().size(), 1));
        height += std::max(lines * kLineHeight, kBarHeight) + kRowGap;
    }
    // role="img" makes the chart one image to a screen reader: its label
    // carries the numbers too, "Innspill per tema: Læring 12; Arbeid 5."
    std::string caption = inlineText(chart.title) + ":";
    for (size_t i = 0; i < chart.bars.size(); ++i) {
        caption += (i == 0 ? " " : "; ") + inlineText(chart.bars[i].first) + " " +
                   std::to_string(chart.bars[i].second);
    }
    caption += ".";
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
           std::to_string(kChartWidth) + " " + std::to_string(height) + "\" width=\"" +
           std::to_string(kChartWidth) + "\" height=\"" + std::to_string(height) +
           "\" role=\"img\" aria-label=\"" + caption + "\">\n";
    int top = kRowGap;
    for (size_t i = 0; i < chart.bars.size(); ++i) {
        const auto& [label, value] = chart.bars[i];
        const auto& lines = labels[i];
        const int lineCount = static_cast<int>(std::max<size_t>(lines.size(), 1));
        const int rowHeight = std::max(lineCount * kLineHeight, kBarHeight);
        const int centre = top + rowHeight / 2;
        const int width = maxValue == 0
                              ? 0
                              : static_cast<int>((static_cast<double>(value) * kBarMaxWidth) /
                                                     static_cast<double>(maxValue) +
                                                 0.5);
        // The full label and value as a tooltip and for screen readers.
        out += "<g><title>" + inlineText(label) + ": " + std::to_string(value) + "</title>\n";
        // First baseline so the block of lines is centred on the bar.
        int baseline = centre - (lineCount * kLineHeight) / 2 + 12;
        out +=
            "<text class=\"label\" x=\"" + std::to_string(kLabelRight) + "\" text-anchor=\"end\">";
        for (const auto& line : lines) {
            out += "<tspan x=\"" + std::to_string(kLabelRight) + "\" y=\"" +
                   std::to_string(baseline) + "\">" + escapeHtml(line) + "</tspan>";
            baseline += kLineHeight;
        }
        out += "</text>\n";
        out += "<rect x=\"" + std::to_string(kBarLeft) + "\" y=\"" +
               std::to_string(centre - kBarHeight / 2) + "\" width=\"" + std::to_string(width) +
               "\" height=\"" + std::to_string(kBarHeight) + "\" rx=\"2\" fill=\"" +
               model::colourText(i < chart.colours.size() ? chart.colours[i]
                                                          : model::brand::kAccentStrong) +
               "\" />\n";
        out += "<text class=\"value\" x=\"" + std::to_string(kBarLeft + width + 6) + "\" y=\"" +
               std::to_string(centre + 5) + "\">" + std::to_string(value) + "</text>\n</g>\n";
        top += rowHeight + kRowGap;
    }
    out += "</svg>\n";
    return out;
}

} // namespace innspill::io::report
