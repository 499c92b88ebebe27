// Report vocabulary and date formatting, from the string catalogue
// (assets/lang/report/*.json, keys "report.*").
#include "io/report/report_words.hpp"

#include "lang/catalogue.hpp"
#include "model/programme.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace innspill::io::report {

namespace {

// The event's language ("nb", "nn", "en"); anything else is bokmål, as the
// event's own texts most likely are.
lang::Language reportLanguage(const std::string& language) {
    return lang::fromCode(language).value_or(lang::Language::Nb);
}

Vocabulary makeVocabulary(lang::Language language) {
    const auto word = [&](const char* key) { return std::string(lang::tr(language, key)); };
    ReportWords words;
    words.contents = word("report.contents");
    words.about = word("report.about");
    words.appendix = word("report.appendix");
    words.participants = word("report.participants");
    words.page = word("report.page");
    words.untagged = word("report.untagged");
    words.fromGroup = word("report.fromGroup");
    words.summary = word("report.summary");
    words.challengeReport = word("report.challengeReport");
    words.prioritySummary = word("report.prioritySummary");
    words.opportunities = word("report.opportunitiesAndInputs");
    words.sources = word("report.sources");
    words.basis = word("report.basis");
    words.recommendation = word("report.recommendation");
    words.basisChallenge = word("report.basisChallenge");
    Vocabulary v{
        std::move(words),           word("report.and"),        word("report.followUpOf"),
        word("report.mergedWith"),  word("report.challenges"), word("report.opportunities"),
        word("report.notes"),       word("report.perTheme"),   word("report.perRound"),
        word("report.untaggedBar"), word("report.chartTheme"), word("report.chartRound"),
        word("report.chartCount"),  word("report.noInputs"),   {}};
    auto& w = v.words;
    w.priorities = word("report.priorities");
    w.votesIntro = word("report.votesIntro");
    w.topOfEvent = word("report.topOfEvent");
    w.votes = word("report.votes");
    w.input = word("report.input");
    w.group = word("report.group");
    w.actions = word("report.actions");
    w.allActions = word("report.allActions");
    w.actionWhat = word("report.actionWhat");
    w.actionWho = word("report.actionWho");
    w.actionNextStep = word("report.actionNextStep");
    w.actionDue = word("report.actionDue");
    w.actionResources = word("report.actionResources");
    w.peopleIndex = word("report.peopleIndex");
    w.initiated = word("report.initiated");
    w.facilitated = word("report.facilitated");
    w.tookPart = word("report.tookPart");
    // The catalogue's texts are literals alive for the whole program.
    static constexpr std::array kMonths{"report.month.01", "report.month.02", "report.month.03",
                                        "report.month.04", "report.month.05", "report.month.06",
                                        "report.month.07", "report.month.08", "report.month.09",
                                        "report.month.10", "report.month.11", "report.month.12"};
    for (size_t i = 0; i < kMonths.size(); ++i) {
        v.months[i] = lang::tr(language, kMonths[i]);
    }
    v.photoOf = word("report.photoOf");
    v.photos = word("report.photos");
    return v;
}

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
    // Built once per language on first use (thread-safe statics); reports
    // keep references to them.
    static const Vocabulary kBokmaal = makeVocabulary(lang::Language::Nb);
    static const Vocabulary kNynorsk = makeVocabulary(lang::Language::Nn);
    static const Vocabulary kEnglish = makeVocabulary(lang::Language::En);
    switch (reportLanguage(language)) {
    case lang::Language::Nn:
        return kNynorsk;
    case lang::Language::En:
        return kEnglish;
    case lang::Language::Nb:
        break;
    }
    return kBokmaal;
}

std::string formatDateRange(const std::string& start, const std::string& end,
                            const std::string& language) {
    const auto from = parse(start);
    const auto to = parse(end.empty() ? start : end);
    if (!from || !to) {
        return start.empty() ? end : start;
    }
    const auto& months = vocabulary(language).months;
    const lang::Language words = reportLanguage(language);
    // "22. januar 2020" / "22 January 2020": the order and the dot are the
    // language's, so they live in the catalogue with the words.
    const auto full = [&](const Date& d) {
        return lang::format(lang::tr(words, "report.date.day"), {{"day", std::to_string(d.day)},
                                                                 {"month", months[d.month - 1]},
                                                                 {"year", std::to_string(d.year)}});
    };
    if (from->year == to->year && from->month == to->month && from->day == to->day) {
        return full(*from);
    }
    if (from->year == to->year && from->month == to->month) {
        return lang::format(lang::tr(words, "report.date.sameMonth"),
                            {{"firstDay", std::to_string(from->day)}, {"lastDate", full(*to)}});
    }
    return lang::format(lang::tr(words, "report.date.range"),
                        {{"first", full(*from)}, {"last", full(*to)}});
}

std::string languageTag(const std::string& language) {
    if (language == "nb" || language == "no" || language.empty()) {
        return "nb-NO";
    }
    if (language == "nn") {
        return "nn-NO";
    }
    if (language == "en") {
        return "en-GB";
    }
    // Already a tag ("en-US") passes as written; anything that is not one
    // (characters a tag cannot hold) is bokmål rather than land in an attribute.
    const bool valid =
        language.size() <= 35 && std::isalpha(static_cast<unsigned char>(language[0])) &&
        std::all_of(language.begin(), language.end(),
                    [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
    return valid ? language : "nb-NO";
}

} // namespace innspill::io::report
