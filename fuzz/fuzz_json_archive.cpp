// libFuzzer target: the JSON archive reader. Only io::ParseError may escape;
// an archive it accepts must survive write → read → write unchanged (the
// archive's promise: export → import → export is byte-identical).
#include "fuzz_support.hpp"
#include "io/json_archive.hpp"
#include "io/parse_error.hpp"

#include <string>
#include <string_view>

using namespace innspill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    model::Event event;
    try {
        event = io::readJsonArchive(json);
    } catch (const io::ParseError&) {
        return 0; // refused: the expected way to say no
    }
    const std::string written = io::writeJsonArchive(event);
    try {
        if (io::writeJsonArchive(io::readJsonArchive(written)) != written) {
            fuzz::fail("fuzz_json_archive", "write → read → write changed the archive");
        }
    } catch (const io::ParseError& error) {
        fuzz::fail("fuzz_json_archive", "an archive it wrote itself cannot be read back");
    }
    return 0;
}
