// libFuzzer target: a participant list (CSV in any encoding, any bytes)
// parsed and planned against a small event. The parser promises that every
// problem comes back as data: no exception at all may escape.
#include "app/participants_import.hpp"
#include "fuzz_support.hpp"
#include "io/participants_csv.hpp"
#include "support/sample_event.hpp"

#include <string_view>

using namespace innspill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const model::Event base = test::sampleEvent();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto csv = io::parseParticipantsCsv(bytes);
    const auto plan = app::planParticipantsImport(base, std::move(csv));
    (void)app::participantsImportChange(plan);
    return 0;
}
