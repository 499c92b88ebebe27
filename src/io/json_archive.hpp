// The JSON archive: the whole event as one text file, written and read with
// cereal. Shape and fields: docs/json-archive.md. Writing is deterministic,
// so export → import → export gives the same bytes.
#pragma once

#include "model/event.hpp"

#include <string>
#include <string_view>

namespace innspill::io {

inline constexpr const char* kArchiveFormat = "innspill-event";
inline constexpr int kArchiveVersion = 1;

std::string writeJsonArchive(const model::Event& event);

// Throws ParseError (with the line and column for malformed JSON, with the
// field's path for a wrong or missing field, or the first consistency problem).
model::Event readJsonArchive(std::string_view json);

} // namespace innspill::io
