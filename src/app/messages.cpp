// Wording of errors shown to people: the file (and line, column) around the
// reason the store or an importer gave as a message.
#include "app/messages.hpp"

#include "io/parse_error.hpp"
#include "store/errors.hpp"

namespace innspill::app {

lang::Message fileErrorMessage(const store::FileError& error) {
    return lang::message("message.cannotUse", {{"file", error.path().string()}})
        .withMessage("reason", error.reason());
}

lang::Message parseErrorMessage(const io::ParseError& error, const std::filesystem::path& source) {
    lang::Message where = lang::message("message.whereFile", {{"file", source.string()}});
    if (error.line() > 0) {
        where.key = "message.whereLine";
        where.with("line", std::to_string(error.line()));
        if (error.column() > 0) {
            where.key = "message.whereLineColumn";
            where.with("column", std::to_string(error.column()));
        }
    }
    return lang::Message{"message.cannotRead", {}}
        .withMessage("where", where)
        .withMessage("reason", error.reason());
}

lang::Message errorMessage(const std::exception& error) {
    if (const auto* fileError = dynamic_cast<const store::FileError*>(&error)) {
        return fileErrorMessage(*fileError);
    }
    if (const auto* messageError = dynamic_cast<const lang::MessageError*>(&error)) {
        return messageError->message();
    }
    return lang::message("fileError.system", {{"detail", error.what()}});
}

std::string describe(const std::exception& error, lang::Language language) {
    return lang::render(language, errorMessage(error));
}

std::string describe(const store::FileError& error, lang::Language language) {
    return lang::render(language, fileErrorMessage(error));
}

std::string describe(const io::ParseError& error, const std::filesystem::path& source,
                     lang::Language language) {
    return lang::render(language, parseErrorMessage(error, source));
}

} // namespace innspill::app
