// A text to show a person, as data: a catalogue key and its arguments. Lower
// layers (store, io, model, app) build these instead of words, so that the UI
// and the CLI can word them in the language of the person reading.
//
// Arguments are plain text (a file name, a number, a system error) except for
// one convention: a value that starts with '@' names another catalogue key,
// rendered in the same language. Inside that text a placeholder {p} of the
// argument named `a` is looked up as "a.p" first, then as "p" (so a word can
// use the sentence's {n}, and a nested message keeps its own arguments apart). That is how a word
// ("a group", a conflict reason, "damaged") goes into a sentence without a
// Norwegian word being baked into an argument. `with` escapes a plain value
// that happens to start with '@' (a file named "@home") as "@@…", which render
// reads back as the plain text.
#pragma once

#include "lang/language.hpp"

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace innspill::lang {

struct Message {
    std::string key;
    std::vector<std::pair<std::string, std::string>> args;

    bool empty() const { return key.empty(); }

    // Adds (or replaces) a plain-text argument (escaped, never read as a key);
    // returns *this for chaining.
    Message& with(std::string_view name, std::string value);
    // Adds an argument that is the text of `wordKey` ("@wordKey").
    Message& withWord(std::string_view name, std::string_view wordKey);
    // Adds an argument that is another message: its key as "@key" and its own
    // arguments as "name.arg" (a FileError reason inside a longer sentence).
    Message& withMessage(std::string_view name, const Message& inner);

    bool operator==(const Message&) const = default;
};

// A message from a key and plain-text arguments:
// message("fileError.tooNew", {{"version", "7"}, {"supported", "6"}}).
Message message(std::string key,
                std::initializer_list<std::pair<std::string_view, std::string>> args = {});

// Several messages as one list, "a, b, c" (lang.list: "{first}, {rest}");
// empty for none.
Message joined(const std::vector<Message>& parts);

// The message worded in `language`: the key's text with each "{name}" replaced
// by its argument ("@key" arguments worded recursively). Placeholders without
// an argument stay visible; an unknown key comes back as the key.
std::string render(Language language, const Message& message);

// An exception whose text is a message: what() is the bokmål wording (for
// logs); whoever shows it to a person renders message() in their language.
// io::ReadError, io::WriteError and app::KitError are these.
class MessageError : public std::runtime_error {
  public:
    explicit MessageError(Message message)
        : std::runtime_error(render(Language::Nb, message)), m_message(std::move(message)) {}

    const Message& message() const { return m_message; }

  private:
    Message m_message;
};

} // namespace innspill::lang
