// Building the challenge report ("utfordringsbilde") from the synthesis:
// every claim is printed with the group numbers of the inputs it rests on,
// and the appendix lists those inputs in full. Only inputs and group numbers
// and titles are printed, no name of anyone, except the person responsible
// for a challenge's action, printed by the name policy like a group's.
#include "io/report/challenge_builder.hpp"

#include "lang/catalogue.hpp"
#include "model/synthesis.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

namespace innspill::io::report {

using namespace innspill::model;

namespace {

lang::Language languageOf(const std::string& code) {
    return lang::fromCode(code).value_or(lang::Language::Nb);
}

std::string lower(std::string text) {
    for (char& c : text) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return text;
}

// "Lead: text", as the council's document sets a measure: the lead ends in a
// colon unless it already ends a sentence, or stands alone.
std::string punctuatedLead(const std::string& lead, const std::string& text) {
    if (lead.empty() || text.empty()) {
        return lead;
    }
    const char last = lead.back();
    return last == '.' || last == ':' || last == '!' || last == '?' ? lead : lead + ":";
}

struct Located {
    const Group* group = nullptr;
    const Input* input = nullptr;
};

ReportInput convert(const Input& input) {
    ReportInput out;
    out.text = input.text;
    out.kind = input.kind;
    for (const auto& child : input.children) {
        out.children.push_back(convert(child));
    }
    return out;
}

class ChallengeBuilder {
  public:
    ChallengeBuilder(const Event& event, ReportDocument& doc, const ActionPrinter& printActions)
        : m_event(event), m_doc(doc), m_printActions(printActions) {
        for (const auto& group : event.groups) {
            for (const auto& input : group.inputs) {
                m_inputs.emplace(input.id, Located{&group, &input});
                for (const auto& child : input.children) {
                    m_inputs.emplace(child.id, Located{&group, &child});
                }
            }
        }
    }

    void build() {
        const Synthesis& synthesis = m_event.synthesis;
        std::unordered_set<Id> known;
        for (size_t i = 0; i < m_event.themes.size(); ++i) {
            const Theme& theme = m_event.themes[i];
            known.insert(theme.id);
            addTheme("utfordringer-" + std::to_string(i + 1), theme.name, theme.id);
        }
        // Challenges whose theme is gone still print, last, as one group.
        std::vector<const Challenge*> orphans;
        for (const auto& challenge : synthesis.challenges) {
            if (!known.contains(challenge.theme)) {
                orphans.push_back(&challenge);
            }
        }
        if (!orphans.empty()) {
            ChallengeTheme out;
            out.anchor = "utfordringer-uten-tema";
            out.name = m_doc.words.untagged;
            addChallenges(out, "x", orphans);
            m_doc.challengeThemes.push_back(std::move(out));
        }
        addPriorities();
    }

  private:
    void addTheme(const std::string& anchor, const std::string& name, const Id& theme) {
        ChallengeTheme out;
        out.anchor = anchor;
        out.name = name;
        for (const auto& introduction : m_event.synthesis.introductions) {
            if (introduction.theme == theme) {
                out.introduction = introduction.text;
            }
        }
        const auto challenges = challengesOfTheme(m_event.synthesis, theme);
        if (challenges.empty() && out.introduction.empty()) {
            return; // a theme the synthesis says nothing about
        }
        addChallenges(out, anchor.substr(anchor.find('-') + 1), challenges);
        m_doc.challengeThemes.push_back(std::move(out));
    }

    void addChallenges(ChallengeTheme& out, const std::string& key,
                       const std::vector<const Challenge*>& challenges) {
        for (size_t i = 0; i < challenges.size(); ++i) {
            const Challenge& challenge = *challenges[i];
            ReportChallenge printed;
            printed.letter = challengeLetter(i);
            const std::string id = key + "-" + lower(printed.letter);
            printed.anchor = "utfordring-" + id;
            printed.heading = challengeHeading(m_doc.language, printed.letter);
            if (!challenge.title.empty()) {
                printed.heading += ": " + challenge.title;
            }
            printed.description = challenge.description;
            printed.sources = sources("grunnlag-" + id, challenge.inputs);
            for (size_t m = 0; m < challenge.measures.size(); ++m) {
                const Measure& measure = challenge.measures[m];
                printed.measures.push_back(
                    {punctuatedLead(measure.lead, measure.text), measure.text,
                     sources("grunnlag-" + id + "-" + std::to_string(m + 1), measure.inputs)});
            }
            printed.actions = m_printActions(challenge.actions);
            m_challenges.emplace(challenge.id, std::make_pair(&challenge, printed.anchor));
            m_headings.emplace(challenge.id, printed.heading);
            out.challenges.push_back(std::move(printed));
        }
    }

    Sources sources(const std::string& anchor, const std::vector<Id>& inputs) const {
        Sources out;
        out.anchor = anchor;
        std::vector<std::string> numbers;
        for (const auto& id : inputs) {
            const auto found = m_inputs.find(id);
            if (found == m_inputs.end()) {
                ++out.deleted;
                continue;
            }
            const Group& group = *found->second.group;
            out.inputs.push_back({group.number, group.title, convert(*found->second.input)});
            if (std::find(numbers.begin(), numbers.end(), group.number) == numbers.end()) {
                numbers.push_back(group.number);
            }
        }
        for (const auto& number : numbers) {
            out.numbers += (out.numbers.empty() ? "" : ", ") + number;
        }
        if (out.deleted > 0) {
            out.numbers +=
                (out.numbers.empty() ? "" : "; ") + deletedSources(m_doc.language, out.deleted);
        }
        return out;
    }

    // The challenge by its title (or "Utfordring A" when it has none), and
    // its main recommendation: the chosen measure, or the free sentence.
    void addPriorities() {
        for (const auto& priority : m_event.synthesis.priorities) {
            const auto found = m_challenges.find(priority.challenge);
            if (found == m_challenges.end()) {
                continue; // its challenge was deleted
            }
            const Challenge& challenge = *found->second.first;
            ReportPriority out;
            out.number = std::to_string(m_doc.priorities.size() + 1);
            out.challenge = challenge.title.empty() ? m_headings.at(challenge.id) : challenge.title;
            out.challengeAnchor = found->second.second;
            const Measure* measure = nullptr;
            if (priority.measure) {
                for (const auto& candidate : challenge.measures) {
                    if (candidate.id == *priority.measure) {
                        measure = &candidate;
                    }
                }
            }
            if (measure) {
                out.lead = punctuatedLead(measure->lead, measure->text);
                out.text = measure->text;
            } else {
                out.text = priority.recommendation;
            }
            m_doc.priorities.push_back(std::move(out));
        }
    }

    const Event& m_event;
    ReportDocument& m_doc;
    const ActionPrinter& m_printActions;
    std::unordered_map<Id, Located> m_inputs;
    std::unordered_map<Id, std::pair<const Challenge*, std::string>> m_challenges;
    std::unordered_map<Id, std::string> m_headings;
};

} // namespace

std::string challengeHeading(const std::string& language, const std::string& letter) {
    return lang::format(lang::tr(languageOf(language), "report.challenge"), {{"letter", letter}});
}

std::string deletedSources(const std::string& language, size_t count) {
    const char* key = count == 1 ? "report.sourceDeleted.one" : "report.sourceDeleted.many";
    return lang::format(lang::tr(languageOf(language), key), {{"n", std::to_string(count)}});
}

void buildChallenges(const Event& event, ReportDocument& doc, const ActionPrinter& printActions) {
    ChallengeBuilder(event, doc, printActions).build();
}

void buildChallengeActions(const Event& event, ReportDocument& doc,
                           const ActionPrinter& printActions) {
    const auto add = [&](const std::vector<const Challenge*>& challenges,
                         const std::string& themeName) {
        for (size_t i = 0; i < challenges.size(); ++i) {
            auto actions = printActions(challenges[i]->actions);
            if (actions.empty()) {
                continue;
            }
            doc.challengeActions.push_back(ChallengeActions{
                challengeHeading(doc.language, challengeLetter(i)) + " (" + themeName + ")",
                challenges[i]->title, std::move(actions)});
        }
    };
    std::unordered_set<Id> known;
    for (const auto& theme : event.themes) {
        known.insert(theme.id);
        add(challengesOfTheme(event.synthesis, theme.id), theme.name);
    }
    std::vector<const Challenge*> orphans;
    for (const auto& challenge : event.synthesis.challenges) {
        if (!known.contains(challenge.theme)) {
            orphans.push_back(&challenge);
        }
    }
    add(orphans, doc.words.untagged);
}

} // namespace innspill::io::report
