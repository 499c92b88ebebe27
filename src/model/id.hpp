// Stable identity of every entity: a random (version 4) UUID in its canonical
// lower-case text form. Captures from several laptops are merged later, so no
// identity may rest on a row id or a position.
#pragma once

#include <compare>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace innspill::model {

class Id {
  public:
    Id() = default;

    static Id generate();
    // Accepts the canonical 8-4-4-4-12 hex form (any case); returns nothing otherwise.
    static std::optional<Id> parse(std::string_view text);

    const std::string& str() const { return m_text; }
    bool empty() const { return m_text.empty(); }

    auto operator<=>(const Id&) const = default;

  private:
    explicit Id(std::string text) : m_text(std::move(text)) {}
    std::string m_text;
};

} // namespace innspill::model

template <> struct std::hash<innspill::model::Id> {
    size_t operator()(const innspill::model::Id& id) const noexcept {
        return std::hash<std::string>{}(id.str());
    }
};
