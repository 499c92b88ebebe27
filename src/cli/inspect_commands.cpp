// Subcommands that read an event without changing it: stats, check.
#include "cli/commands.hpp"

#include "app/event_files.hpp"
#include "app/messages.hpp"
#include "model/stats.hpp"
#include "model/validate.hpp"

#include <iostream>

namespace innspill::cli {

namespace fs = std::filesystem;

int runStats(const fs::path& file, bool json) {
    try {
        const auto event = app::readEventFile(file);
        const auto stats = model::computeStats(event);
        // JSON names are for programs and stay the same in every language;
        // the text listing is for people and is worded.
        struct Row {
            const char* name;
            const char* key;
            size_t value;
        };
        const Row rows[] = {
            {"days", "cli.stats.days", stats.days},
            {"rounds", "cli.stats.rounds", stats.rounds},
            {"rooms", "cli.stats.rooms", stats.rooms},
            {"groups", "cli.stats.groups", stats.groups},
            {"inputs", "cli.stats.inputs", stats.inputs},
            {"subPoints", "cli.stats.subPoints", stats.subPoints},
            {"people", "cli.stats.people", stats.people},
            {"themes", "cli.stats.themes", stats.themes},
            {"votedInputs", "cli.stats.votedInputs", stats.votedInputs},
            {"votes", "cli.stats.votes", stats.votes},
            {"actions", "cli.stats.actions", stats.actions},
            {"publicPhotos", "cli.stats.publicPhotos", stats.publicPhotos},
            {"internalPhotos", "cli.stats.internalPhotos", stats.internalPhotos},
        };
        if (json) {
            std::cout << '{';
            const char* separator = "";
            for (const auto& [name, key, value] : rows) {
                std::cout << separator << '"' << name << "\":" << value;
                separator = ",";
            }
            std::cout << "}\n";
        } else {
            for (const auto& [name, key, value] : rows) {
                std::cout << say(key) << ' ' << value << '\n';
            }
        }
        return 0;
    } catch (const app::FileError& error) {
        return fail(app::describe(error, language()));
    }
}

int runCheck(const fs::path& file) {
    try {
        auto [problems, event] = app::checkEventFile(file);
        for (const auto& problem : model::validate(event)) {
            problems.push_back(problem.message);
        }
        if (problems.empty()) {
            std::cout << say("cli.checkOk", {{"file", file.string()}}) << '\n';
            return 0;
        }
        for (const auto& problem : problems) {
            std::cerr << "innspill: "
                      << lang::render(language(), lang::Message{"cli.checkProblem", {}}
                                                      .with("file", file.string())
                                                      .withMessage("problem", problem))
                      << '\n';
        }
        return 1;
    } catch (const app::FileError& error) {
        return fail(app::describe(error, language()));
    }
}

} // namespace innspill::cli
