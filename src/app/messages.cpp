// Wording of errors shown to people.
#include "app/messages.hpp"

#include "io/parse_error.hpp"
#include "store/errors.hpp"

namespace innspill::app {

std::string describe(const store::FileError& error) {
    return "kan ikke bruke «" + error.path().string() + "»: " + error.reason();
}

std::string describe(const io::ParseError& error, const std::filesystem::path& source) {
    std::string where = "«" + source.string() + "»";
    if (error.line() > 0) {
        where += " linje " + std::to_string(error.line());
        if (error.column() > 0) {
            where += ", kolonne " + std::to_string(error.column());
        }
    }
    return "kan ikke lese " + where + ": " + error.what();
}

} // namespace innspill::app
