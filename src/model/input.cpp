// Input kind names.
#include "model/input.hpp"

namespace innspill::model {

std::string_view toString(InputKind kind) {
    switch (kind) {
    case InputKind::LeadIn:
        return "lead-in";
    case InputKind::SubHeading:
        return "sub-heading";
    case InputKind::Item:
        break;
    }
    return "item";
}

std::optional<InputKind> parseInputKind(std::string_view text) {
    for (auto kind : {InputKind::Item, InputKind::LeadIn, InputKind::SubHeading}) {
        if (toString(kind) == text) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace innspill::model
