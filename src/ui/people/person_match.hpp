// Finding people in the register as someone types a name: case-insensitive
// (æøå included), best matches first. Pure; the post-topic dialog shows the
// result as its suggestion list.
#pragma once

#include "model/event.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace innspill::ui {

// People whose name (or organisation) contains `query`, ignoring case and the
// blanks around it: names starting with it first, then names with a word
// starting with it, then names containing it, then organisations containing
// it; within each, alphabetical in Norwegian order (… z æ ø å). At most
// `limit`; nothing for a blank query.
std::vector<const model::Person*> matchPeople(const model::Event& event, std::string_view query,
                                              size_t limit);

// The person whose name is exactly `query` (ignoring case and surrounding
// blanks), when exactly one is.
const model::Person* exactPerson(const model::Event& event, std::string_view query);

} // namespace innspill::ui
