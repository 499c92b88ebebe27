// The error every importer throws for input it cannot read: a reason (a
// catalogue message, worded by app::describe in the reader's language) and,
// where it applies, the line and column. what() is the bokmål text, for logs.
#pragma once

#include "lang/message.hpp"

#include <stdexcept>
#include <string>

namespace innspill::io {

class ParseError : public std::runtime_error {
  public:
    explicit ParseError(lang::Message reason, size_t line = 0, size_t column = 0)
        : std::runtime_error(lang::render(lang::Language::Nb, reason)), m_reason(std::move(reason)),
          m_line(line), m_column(column) {}

    const lang::Message& reason() const { return m_reason; }
    size_t line() const { return m_line; }     // 1-based; 0 when not tied to a place
    size_t column() const { return m_column; } // 1-based, in bytes; 0 when unknown

  private:
    lang::Message m_reason;
    size_t m_line;
    size_t m_column;
};

} // namespace innspill::io
