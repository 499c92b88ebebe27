// The built-in theme template, read from the embedded
// assets/templates/pillars.tsv.
#include "model/theme.hpp"

#include "model/pillars_template.hpp" // generated: kPillarsTemplate

#include <string_view>

namespace innspill::model {

std::vector<Theme> pillarTemplate() {
    std::vector<Theme> themes;
    std::string_view rest = kPillarsTemplate;
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        std::string_view line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1); // edited on Windows
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const auto tab = line.find('\t');
        const std::string_view name = line.substr(0, tab);
        const std::string_view description =
            tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
        themes.push_back(Theme{Id::generate(), std::string(name), std::string(description), {}});
    }
    return themes;
}

Rgb themeColour(const std::vector<Theme>& themes, size_t index) {
    if (index < themes.size()) {
        if (const auto own = parseColour(themes[index].colour)) {
            return *own;
        }
    }
    return kThemePalette[index % kThemePalette.size()];
}

std::string nextThemeColour(const std::vector<Theme>& themes) {
    for (const Rgb& candidate : kThemePalette) {
        bool taken = false;
        for (size_t i = 0; i < themes.size() && !taken; ++i) {
            taken = themeColour(themes, i) == candidate;
        }
        if (!taken) {
            return colourText(candidate);
        }
    }
    return colourText(kThemePalette[themes.size() % kThemePalette.size()]);
}

bool acceptableThemeColour(std::string_view colour) {
    if (colour.empty()) {
        return true;
    }
    const auto parsed = parseColour(colour);
    return parsed && contrastRatio(*parsed, brand::kWhite) >= kThemeColourMinContrast;
}

} // namespace innspill::model
