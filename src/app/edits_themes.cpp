// Change builders for the themes list.
#include "app/edits_themes.hpp"

#include "model/text.hpp"

#include <algorithm>
#include <cctype>

namespace innspill::app {

namespace {

Change themesChange(const model::Event& event, const std::vector<model::Theme>& after,
                    const char* label) {
    Change change(label);
    change.themes(event.themes, after);
    return change;
}

std::optional<size_t> themeIndex(const model::Event& event, const model::Id& themeId) {
    for (size_t t = 0; t < event.themes.size(); ++t) {
        if (event.themes[t].id == themeId) {
            return t;
        }
    }
    return std::nullopt;
}

void countTags(const std::vector<model::Input>& inputs,
               std::unordered_map<model::Id, size_t>& counts) {
    for (const auto& input : inputs) {
        for (const auto& theme : input.themes) {
            ++counts[theme];
        }
        countTags(input.children, counts);
    }
}

// Drops `themeId` from every input; true when any input carried it.
bool untag(std::vector<model::Input>& inputs, const model::Id& themeId) {
    bool changed = false;
    for (auto& input : inputs) {
        changed |= std::erase(input.themes, themeId) > 0;
        changed |= untag(input.children, themeId);
    }
    return changed;
}

std::string nameKey(const std::string& name) {
    size_t from = 0;
    size_t to = name.size();
    while (from < to && std::isspace(static_cast<unsigned char>(name[from]))) {
        ++from;
    }
    while (to > from && std::isspace(static_cast<unsigned char>(name[to - 1]))) {
        --to;
    }
    return model::foldCase(std::string_view(name).substr(from, to - from));
}

} // namespace

std::unordered_map<model::Id, size_t> taggedInputCounts(const model::Event& event) {
    std::unordered_map<model::Id, size_t> counts;
    for (const auto& group : event.groups) {
        countTags(group.inputs, counts);
    }
    return counts;
}

size_t taggedInputCount(const model::Event& event, const model::Id& themeId) {
    const auto counts = taggedInputCounts(event);
    const auto it = counts.find(themeId);
    return it == counts.end() ? 0 : it->second;
}

Change addTheme(const model::Event& event, const std::string& name,
                const std::string& description) {
    auto after = event.themes;
    after.push_back(
        model::Theme{model::Id::generate(), name, description, model::nextThemeColour(after)});
    return themesChange(event, after, "undo.addTheme");
}

std::optional<Change> setThemeName(const model::Event& event, const model::Id& themeId,
                                   const std::string& name) {
    const auto index = themeIndex(event, themeId);
    if (!index || event.themes[*index].name == name) {
        return std::nullopt;
    }
    auto after = event.themes;
    after[*index].name = name;
    return themesChange(event, after, "undo.changeTheme");
}

std::optional<Change> setThemeDescription(const model::Event& event, const model::Id& themeId,
                                          const std::string& description) {
    const auto index = themeIndex(event, themeId);
    if (!index || event.themes[*index].description == description) {
        return std::nullopt;
    }
    auto after = event.themes;
    after[*index].description = description;
    return themesChange(event, after, "undo.changeTheme");
}

std::optional<Change> setThemeColour(const model::Event& event, const model::Id& themeId,
                                     const std::string& colour) {
    const auto index = themeIndex(event, themeId);
    if (!index || !model::acceptableThemeColour(colour) ||
        model::themeColour(event.themes, *index) == model::parseColour(colour)) {
        return std::nullopt;
    }
    auto after = event.themes;
    after[*index].colour = colour;
    return themesChange(event, after, "undo.themeColour");
}

std::optional<Change> moveTheme(const model::Event& event, const model::Id& themeId,
                                size_t toIndex) {
    const auto index = themeIndex(event, themeId);
    if (!index || toIndex >= event.themes.size() || *index == toIndex) {
        return std::nullopt;
    }
    auto after = event.themes;
    // A theme drawn in the palette's colour for its place keeps that colour
    // when the list is reordered: pinned before anything moves.
    for (size_t i = 0; i < after.size(); ++i) {
        if (after[i].colour.empty()) {
            after[i].colour = model::colourText(model::themeColour(event.themes, i));
        }
    }
    model::Theme moved = std::move(after[*index]);
    after.erase(after.begin() + static_cast<std::ptrdiff_t>(*index));
    after.insert(after.begin() + static_cast<std::ptrdiff_t>(toIndex), std::move(moved));
    return themesChange(event, after, "undo.moveTheme");
}

std::optional<Change> removeTheme(const model::Event& event, const model::Id& themeId) {
    const auto index = themeIndex(event, themeId);
    if (!index) {
        return std::nullopt;
    }
    auto after = event.themes;
    after.erase(after.begin() + static_cast<std::ptrdiff_t>(*index));
    Change change = themesChange(event, after, "undo.removeTheme");
    for (const auto& group : event.groups) {
        model::Group untagged = group;
        if (untag(untagged.inputs, themeId)) {
            change.group(group, std::move(untagged));
        }
    }
    return change;
}

std::vector<model::Theme> missingPillars(const model::Event& event) {
    std::vector<model::Theme> missing;
    for (auto& pillar : model::pillarTemplate()) {
        const std::string key = nameKey(pillar.name);
        const bool present =
            std::any_of(event.themes.begin(), event.themes.end(),
                        [&](const model::Theme& theme) { return nameKey(theme.name) == key; });
        if (!present) {
            missing.push_back(std::move(pillar));
        }
    }
    return missing;
}

std::optional<Change> addPillarTemplate(const model::Event& event) {
    auto missing = missingPillars(event);
    if (missing.empty()) {
        return std::nullopt;
    }
    auto after = event.themes;
    for (auto& pillar : missing) {
        pillar.colour = model::nextThemeColour(after);
        after.push_back(std::move(pillar));
    }
    return themesChange(event, after, "undo.useFivePillars");
}

} // namespace innspill::app
