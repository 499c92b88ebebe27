// Group status names and input counting.
#include "model/group.hpp"

namespace innspill::model {

std::string_view toString(GroupStatus status) {
    switch (status) {
    case GroupStatus::Met:
        return "met";
    case GroupStatus::Cancelled:
        return "cancelled";
    case GroupStatus::Posted:
        break;
    }
    return "posted";
}

std::optional<GroupStatus> parseGroupStatus(std::string_view text) {
    for (auto status : {GroupStatus::Posted, GroupStatus::Met, GroupStatus::Cancelled}) {
        if (toString(status) == text) {
            return status;
        }
    }
    return std::nullopt;
}

InputCount countInputs(const std::vector<Input>& inputs) {
    InputCount count;
    for (const auto& input : inputs) {
        ++count.inputs;
        count.subPoints += input.children.size();
    }
    return count;
}

} // namespace innspill::model
