// Report vocabulary and date formatting.
#include "io/report/report_words.hpp"

#include "model/programme.hpp"

#include <optional>

namespace innspill::io::report {

namespace {

const Vocabulary kBokmaal{{"Innhold", "Om denne rapporten", "Vedlegg: deltakere og notater",
                           "Deltakere", "side", "Innspill uten tema", "gruppe", "Oversikt"},
                          "og",
                          "Fordypning til innspill nr {n}",
                          "Slått sammen med gruppe {n}",
                          "Utfordringer",
                          "Muligheter",
                          "Notater",
                          "Innspill per tema",
                          "Innspill per gruppesesjon",
                          "Uten tema",
                          {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                           "september", "oktober", "november", "desember"}};

const Vocabulary kNynorsk{{"Innhald", "Om denne rapporten", "Vedlegg: deltakarar og notat",
                           "Deltakarar", "side", "Innspel utan tema", "gruppe", "Oversikt"},
                          "og",
                          "Fordjuping av innspel nr {n}",
                          "Slått saman med gruppe {n}",
                          "Utfordringar",
                          "Moglegheiter",
                          "Notat",
                          "Innspel per tema",
                          "Innspel per gruppesesjon",
                          "Utan tema",
                          {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                           "september", "oktober", "november", "desember"}};

const Vocabulary kEnglish{{"Contents", "About this report", "Appendix: participants and notes",
                           "Participants", "page", "Inputs without a theme", "group", "Overview"},
                          "and",
                          "Follow-up of input no. {n}",
                          "Merged with group {n}",
                          "Challenges",
                          "Opportunities",
                          "Notes",
                          "Inputs per theme",
                          "Inputs per group session",
                          "No theme",
                          {"January", "February", "March", "April", "May", "June", "July", "August",
                           "September", "October", "November", "December"}};

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
};

std::optional<Date> parse(const std::string& iso) {
    if (iso.empty() || !model::isValidDate(iso)) {
        return std::nullopt;
    }
    return Date{std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)),
                std::stoi(iso.substr(8, 2))};
}

} // namespace

const Vocabulary& vocabulary(const std::string& language) {
    if (language == "en") {
        return kEnglish;
    }
    return language == "nn" ? kNynorsk : kBokmaal;
}

std::string roleWord(model::Perspective perspective, const std::string& language) {
    using model::Perspective;
    const bool en = language == "en";
    const bool nn = language == "nn";
    switch (perspective) {
    case Perspective::User:
        return en ? "user/patient" : nn ? "brukar/pasient" : "bruker/pasient";
    case Perspective::Employer:
        return en ? "employer" : nn ? "arbeidsgivar" : "arbeidsgiver";
    case Perspective::Practitioner:
        return en ? "practitioner" : nn ? "praktikar" : "praktiker";
    case Perspective::Researcher:
        return en ? "researcher" : nn ? "forskar" : "forsker";
    case Perspective::Leader:
        return en ? "leader" : nn ? "leiar" : "leder";
    case Perspective::Other:
    case Perspective::Unspecified:
        break;
    }
    return en ? "participant" : nn ? "deltakar" : "deltaker";
}

std::string formatDateRange(const std::string& start, const std::string& end,
                            const std::string& language) {
    const auto from = parse(start);
    const auto to = parse(end.empty() ? start : end);
    if (!from || !to) {
        return start.empty() ? end : start;
    }
    const auto& months = vocabulary(language).months;
    const bool en = language == "en";
    const auto full = [&](const Date& d) {
        return en ? std::to_string(d.day) + " " + months[d.month - 1] + " " + std::to_string(d.year)
                  : std::to_string(d.day) + ". " + months[d.month - 1] + " " +
                        std::to_string(d.year);
    };
    if (from->year == to->year && from->month == to->month && from->day == to->day) {
        return full(*from);
    }
    if (from->year == to->year && from->month == to->month) {
        return en ? std::to_string(from->day) + "–" + full(*to)
                  : std::to_string(from->day) + ".–" + full(*to);
    }
    return full(*from) + " – " + full(*to);
}

} // namespace innspill::io::report
