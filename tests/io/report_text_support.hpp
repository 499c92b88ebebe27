// Shared by the Markdown, HTML and CSV writer tests: a fixture event full of
// hostile text, and the names a public report must never contain.
#pragma once

#include "model/event.hpp"

#include <string>
#include <vector>

namespace innspill::test {

// Participants who did not consent; they appear only in participant lists or
// as initiators (printed as their role in a public report).
inline const std::vector<std::string> kSecretNames = {"Hemmelig Deltaker", "Hemmelig",
                                                      "Jørgen Æsøy", "Æsøy"};

// A 10,000-character input (ASCII words, so characters = bytes).
std::string longInput();

// The fixture event with hostile text in the title, subtitle, questions,
// about text, a person's name, group 1.10's title, inputs and note, and the
// first theme's name. Group 1.10's extra inputs are hostileInputs(), in order;
// the first of them is also tagged with the first theme.
model::Event hostileEvent();
std::vector<std::string> hostileInputs();

} // namespace innspill::test
