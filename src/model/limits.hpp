// How long each kind of text may be, in characters (Unicode code points, as
// a person counts them, not bytes). They keep a stray paste (a whole
// document) out of a field and every field quick to draw: Debian's ImGui
// cannot draw a single line past ~16,000 characters. The UI's fields cut
// pastes at them and the participant import refuses longer cells.
// model::validate checks the one-line fields (title, name, organisation);
// inputs and notes may be longer when they come from an archive or a notes
// file (the capture screen draws them line by line all the same), so for
// them the limit is only what one paste into a field may add.
#pragma once

#include <cstddef>

namespace innspill::model {

// A group's title: short, one line (a topic on the wall).
inline constexpr size_t kMaxTitleChars = 500;
// A person's name or organisation.
inline constexpr size_t kMaxNameChars = 300;
// What one paste into an input may hold; a document belongs in several.
inline constexpr size_t kMaxInputChars = 8000;
// What one paste into a group's notes may hold (minutes may be long).
inline constexpr size_t kMaxNoteChars = 100000;

} // namespace innspill::model
