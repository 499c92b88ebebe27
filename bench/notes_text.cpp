// Notes text from an event, the way a facilitator types it up.
#include "notes_text.hpp"

namespace innspill::bench {

std::string notesText(const model::Event& event) {
    std::string text = event.title + "\n\n" + event.about + "\n\n";
    for (const auto& day : event.days) {
        for (const auto& round : day.rounds) {
            text += model::roundHeading(event, round.id) + "\n\n";
            for (const auto* group : model::groupsInRound(event, round.id)) {
                text += group->number + " " + group->title + "\n";
                const auto names = [&](const std::vector<model::Id>& ids) {
                    std::string line;
                    for (const auto& id : ids) {
                        if (const auto* person = model::findPerson(event, id)) {
                            line += (line.empty() ? "" : " og ") + model::displayName(*person);
                        }
                    }
                    return line;
                };
                text += "Initiativtaker: " + names(group->initiators) + "\n";
                text += "Støttefasilitator: " + names(group->facilitators) + "\n";
                text += "Antall deltakere: " +
                        (group->participantCount ? std::to_string(*group->participantCount) : "") +
                        "\n\nInnspill til strategien:\n";
                for (const auto& input : group->inputs) {
                    text += "• " + input.text + "\n";
                    for (const auto& child : input.children) {
                        text += "o " + child.text + "\n";
                    }
                }
                text += "\n";
            }
        }
    }
    return text;
}

} // namespace innspill::bench
