// "Find similar": the inputs that share the rarest words of an input or a
// challenge, through the event file's FTS5 input index ranked by bm25 — no
// stemming; case folded the way the index folds it (æ ø å included). An
// organiser gathers a cluster of inputs for a challenge in seconds.
#pragma once

#include "model/event.hpp"
#include "model/id.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::store {
class EventFile;
}

namespace innspill::app {

class EventSession;

// How many of the rarest words of the text the query uses.
inline constexpr size_t kSimilarWords = 6;

// The words of `text` as the index sees them, folded, each once, in order.
std::vector<std::string> indexWords(std::string_view text);

// The inputs (and sub-points) sharing the rarest words of `text`, best first,
// leaving out `exclude`. Empty for a session with no file.
std::vector<model::Id> findSimilar(EventSession& session, std::string_view text,
                                   const std::vector<model::Id>& exclude, size_t limit = 30);
// Similar to an input (its text and its sub-points'), leaving it out.
std::vector<model::Id> findSimilarToInput(EventSession& session, const model::Id& input,
                                          size_t limit = 30);
// Similar to a challenge: its title, description and measures, leaving out
// the inputs it and its measures rest on already.
std::vector<model::Id> findSimilarToChallenge(EventSession& session, const model::Id& challenge,
                                              size_t limit = 30);

// The same through an event file and its event (a session's, or one read
// alone): similar to `item`, an input (or sub-point) or a challenge.
std::vector<model::Id> findSimilarTo(store::EventFile& file, const model::Event& event,
                                     const model::Id& item, size_t limit = 30);

// For the command line: opens `file` read-only (throws store::FileError as
// app::readEventFile does) and finds what is similar to `item`, reading
// only what it needs (not the whole event).
struct SimilarInput {
    model::Id input;
    std::string groupNumber;
    std::string text;
};
struct SimilarInFile {
    bool known = false; // `item` is an input, sub-point or challenge of the event
    std::vector<SimilarInput> similar;
};
SimilarInFile findSimilarInFile(const std::filesystem::path& file, const model::Id& item,
                                size_t limit = 30);

} // namespace innspill::app
