// What each fuzz target checks for one input, shared by the libFuzzer entry
// points (fuzz_*.cpp) and the regression tests that replay the inputs they
// found (tests/io/fuzz_regression_test.cpp, built with the normal suite).
// Each returns an empty string when the input was handled as promised, or
// the broken promise. An exception the product must not let out (anything
// but its own error types) propagates: libFuzzer sees it as a crash, Catch2
// as a failed test.
#pragma once

#include <string>
#include <string_view>

namespace innspill::fuzz {

// Notes text imported into a small event: io::ParseError or a valid event.
std::string checkNotesImport(std::string_view bytes);
// JSON archive: io::ParseError, or write → read → write unchanged.
std::string checkJsonArchive(std::string_view bytes);
// Participant CSV parsed and planned: never any exception.
std::string checkParticipantsCsv(std::string_view bytes);
// The bytes as an event file, opened (migrated) and loaded: store::FileError or a model.
std::string checkEventFile(std::string_view bytes);
// The bytes as a kit handed in to a fixed master (tests/fixtures/small-event.json):
// app::KitError, store::FileError, io::ParseError, or a valid merged event.
std::string checkKitMerge(std::string_view bytes);
// The bytes as a photo file: io::photo::PhotoError, or an upright JPEG no
// larger than 2,400 px with a thumbnail, both of which decode again.
std::string checkPhotoImage(std::string_view bytes);

} // namespace innspill::fuzz
