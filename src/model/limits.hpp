// How long each kind of text may be, in characters (Unicode code points, as
// a person counts them, not bytes). model::validate checks them; the UI's
// fields cut pastes at them and the participant import refuses longer cells.
// They keep a stray paste (a whole document) out of a field and every field
// quick to draw: Debian's ImGui cannot draw a single line past ~16,000
// characters.
#pragma once

#include <cstddef>

namespace innspill::model {

// A group's title: short, one line (a topic on the wall).
inline constexpr size_t kMaxTitleChars = 500;
// A person's name or organisation.
inline constexpr size_t kMaxNameChars = 300;
// One input; a whole document belongs in several inputs.
inline constexpr size_t kMaxInputChars = 8000;
// A group's notes (minutes of a discussion may be long).
inline constexpr size_t kMaxNoteChars = 100000;

} // namespace innspill::model
