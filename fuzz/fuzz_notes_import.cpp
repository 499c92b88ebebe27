// libFuzzer target: notes text (UTF-8 or Windows-1252, any bytes) imported
// into a small event. Only io::ParseError may escape ("not text"), and what
// the import builds must be a valid event: the store writes it as it is.
#include "fuzz_support.hpp"
#include "io/notes/notes_import.hpp"
#include "io/parse_error.hpp"
#include "model/validate.hpp"
#include "support/sample_event.hpp"

#include <string_view>

using namespace innspill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const model::Event base = test::sampleEvent();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const auto import = io::notes::importNotesText(base, bytes);
        if (!model::validate(import.event).empty()) {
            fuzz::fail("fuzz_notes_import", "the import built an invalid event");
        }
    } catch (const io::ParseError&) {
        // Refused as not text: the expected way to say no.
    }
    return 0;
}
