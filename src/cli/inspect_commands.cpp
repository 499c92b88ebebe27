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
        const std::pair<const char*, size_t> rows[] = {
            {"days", stats.days},     {"rounds", stats.rounds}, {"rooms", stats.rooms},
            {"groups", stats.groups}, {"inputs", stats.inputs}, {"subPoints", stats.subPoints},
            {"people", stats.people}, {"themes", stats.themes},
        };
        if (json) {
            std::cout << '{';
            const char* separator = "";
            for (const auto& [name, value] : rows) {
                std::cout << separator << '"' << name << "\":" << value;
                separator = ",";
            }
            std::cout << "}\n";
        } else {
            for (const auto& [name, value] : rows) {
                std::cout << name << ' ' << value << '\n';
            }
        }
        return 0;
    } catch (const app::FileError& error) {
        return fail(app::describe(error));
    }
}

int runCheck(const fs::path& file) {
    try {
        auto [problems, event] = app::checkEventFile(file);
        for (const auto& problem : model::validate(event)) {
            problems.push_back(problem.where + ": " + problem.what);
        }
        if (problems.empty()) {
            std::cout << "ok " << file.string() << '\n';
            return 0;
        }
        for (const auto& problem : problems) {
            std::cerr << "innspill: «" << file.string() << "»: " << problem << '\n';
        }
        return 1;
    } catch (const app::FileError& error) {
        return fail(app::describe(error));
    }
}

} // namespace innspill::cli
