// Display formatting of model values.
#include "ui/widgets/display_text.hpp"

#include "app/merge/merge_plan.hpp"

#include "model/programme.hpp"

#include <cstdio>
#include <ctime>

namespace innspill::ui {

std::string formatDate(Language language, std::string_view isoDate) {
    if (language == Language::En || isoDate.size() != 10 ||
        !model::isValidDate(std::string(isoDate))) {
        return std::string(isoDate);
    }
    std::string text;
    text.reserve(10);
    text.append(isoDate.substr(8, 2)).append(".");
    text.append(isoDate.substr(5, 2)).append(".");
    text.append(isoDate.substr(0, 4));
    return text;
}

std::string formatDateRange(Language language, std::string_view start, std::string_view end) {
    if (start.empty() || end.empty() || start == end) {
        return formatDate(language, start.empty() ? end : start);
    }
    return formatDate(language, start) + " – " + formatDate(language, end);
}

std::string formatTimestamp(Language language, std::string_view isoUtc) {
    std::tm utc{};
    char zone = 0;
    const std::string text(isoUtc);
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &utc.tm_year, &utc.tm_mon,
                    &utc.tm_mday, &utc.tm_hour, &utc.tm_min, &utc.tm_sec, &zone) != 7 ||
        zone != 'Z') {
        return text;
    }
    utc.tm_year -= 1900;
    utc.tm_mon -= 1;
#ifdef _WIN32
    const std::time_t time = _mkgmtime(&utc); // the C runtime's timegm
#else
    const std::time_t time = timegm(&utc);
#endif
    std::tm local{};
    if (time == static_cast<std::time_t>(-1) || localtime_r(&time, &local) == nullptr) {
        return text;
    }
    char buffer[32];
    std::strftime(buffer, sizeof buffer,
                  language != Language::En ? "%d.%m.%Y %H:%M" : "%Y-%m-%d %H:%M", &local);
    return buffer;
}

std::string handInCountsText(Language language, const model::HandInCounts& counts) {
    return app::describeCounts(counts, language);
}

std::string formatTimeRange(std::string_view start, std::string_view end) {
    if (start.empty() && end.empty()) {
        return {};
    }
    return std::string(start) + "–" + std::string(end);
}

std::string joinPeople(Language language, const model::Event& event,
                       const std::vector<model::Id>& ids) {
    std::string text;
    for (const auto& id : ids) {
        if (!text.empty()) {
            text += "; ";
        }
        if (const model::Person* person = model::findPerson(event, id)) {
            text += model::displayName(*person);
        } else {
            text += tr(language, "value.unknownPerson");
        }
    }
    return text;
}

std::string roomName(Language language, const model::Event& event,
                     const std::optional<model::Id>& roomId) {
    if (!roomId) {
        return {};
    }
    if (const model::Room* room = model::findRoom(event, *roomId)) {
        return room->name;
    }
    return tr(language, "value.unknownRoom");
}

std::string participantText(const model::Group& group) {
    // The note is what the report printed ("3 + 2", "6 (8)"); the count is
    // the number behind it, so the note wins when there is one.
    if (!group.participantNote.empty()) {
        return group.participantNote;
    }
    return group.participantCount ? std::to_string(*group.participantCount) : std::string();
}

std::string groupReference(Language language, const model::Event& event, const model::Id& id) {
    const model::Group* group = model::findGroup(event, id);
    if (!group) {
        return tr(language, "value.unknownGroup");
    }
    return group->number + " " + group->title;
}

const char* statusLabel(Language language, model::GroupStatus status) {
    switch (status) {
    case model::GroupStatus::Met:
        return tr(language, "status.met");
    case model::GroupStatus::Cancelled:
        return tr(language, "status.cancelled");
    case model::GroupStatus::Posted:
        break;
    }
    return tr(language, "status.posted");
}

} // namespace innspill::ui
