// Edits of the event's themes (what its inputs are tagged with), as pure
// functions from the current model to one Change. Removing a theme untags
// its inputs in the same Change, so one undo brings the tags back.
#pragma once

#include "app/change.hpp"
#include "model/event.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace innspill::app {

// How many inputs (sub-points included) carry each theme; themes nobody
// tagged are absent. One pass over the event, for drawing a whole list.
std::unordered_map<model::Id, size_t> taggedInputCounts(const model::Event& event);
size_t taggedInputCount(const model::Event& event, const model::Id& themeId);

Change addTheme(const model::Event& event, const std::string& name,
                const std::string& description = {});
std::optional<Change> setThemeName(const model::Event& event, const model::Id& themeId,
                                   const std::string& name);
std::optional<Change> setThemeDescription(const model::Event& event, const model::Id& themeId,
                                          const std::string& description);
// Sets the theme's colour ("#RRGGBB"); nothing when unchanged or not an
// acceptable theme colour (model::acceptableThemeColour).
std::optional<Change> setThemeColour(const model::Event& event, const model::Id& themeId,
                                     const std::string& colour);
std::optional<Change> moveTheme(const model::Event& event, const model::Id& themeId,
                                size_t toIndex);
// Removes the theme and its tag from every input that carries it.
std::optional<Change> removeTheme(const model::Event& event, const model::Id& themeId);

// The pillars of model::pillarTemplate() the event does not have yet (by
// name, ignoring case and blanks around it), in template order.
std::vector<model::Theme> missingPillars(const model::Event& event);
// Appends the missing pillars after the event's own themes. It never
// replaces: replacing would untag inputs the organiser tagged by hand, and
// removing themes one by one (asked, undoable) covers that wish. Nothing when
// all five are there already.
std::optional<Change> addPillarTemplate(const model::Event& event);

} // namespace innspill::app
