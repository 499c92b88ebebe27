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
        themes.push_back(Theme{Id::generate(), std::string(name), std::string(description)});
    }
    return themes;
}

} // namespace innspill::model
