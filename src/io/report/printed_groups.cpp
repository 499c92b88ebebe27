// The printed-group rule and the count of groups it leaves out.
#include "io/report/printed_groups.hpp"

#include <string>

namespace innspill::io::report {

using model::GroupStatus;

bool isPrinted(const model::Group& group) {
    if (group.status == GroupStatus::Cancelled) {
        return false;
    }
    const bool counted = group.participantCount.has_value() || !group.participantNote.empty();
    return group.status == GroupStatus::Met || !group.inputs.empty() || !group.reportNote.empty() ||
           (!group.initiators.empty() && counted);
}

LeftOut countLeftOut(const model::Event& event) {
    LeftOut leftOut;
    for (const auto& group : event.groups) {
        if (group.status == GroupStatus::Cancelled) {
            ++leftOut.cancelled;
        } else if (!isPrinted(group)) {
            ++leftOut.notMet;
        }
    }
    return leftOut;
}

lang::Message leftOutSummary(const model::Event& event) {
    const LeftOut leftOut = countLeftOut(event);
    if (leftOut.total() == 0) {
        return {};
    }
    lang::Message reasons;
    if (leftOut.notMet > 0 && leftOut.cancelled > 0) {
        reasons =
            lang::message("leftOutWord.both", {{"notMet", std::to_string(leftOut.notMet)},
                                               {"cancelled", std::to_string(leftOut.cancelled)}});
    } else {
        reasons =
            lang::message(leftOut.notMet > 0 ? "leftOutWord.notMet" : "leftOutWord.cancelled");
    }
    return lang::message(leftOut.total() == 1 ? "leftOut.one" : "leftOut.many",
                         {{"n", std::to_string(leftOut.total())}})
        .withMessage("reasons", reasons);
}

} // namespace innspill::io::report
