// `innspill import-notes FILE NOTES.txt [--dry-run] [--names-published]`: what
// was read, what changes, every warning (and every line dropped as page
// furniture) with its line number.
#include "cli/commands.hpp"

#include "app/notes_import.hpp"

#include <iostream>

namespace innspill::cli {

int runImportNotes(const std::filesystem::path& file, const std::filesystem::path& notes,
                   bool dryRun, bool namesPublished) {
    const auto outcome = app::importNotesIntoFile(file, notes, dryRun, namesPublished);
    if (!outcome.ok) {
        return fail(outcome.message);
    }
    const auto& plan = outcome.plan;
    std::cout << say("cli.notes.read", {{"groups", std::to_string(plan.groupsRead)},
                                        {"inputs", std::to_string(plan.inputsRead)},
                                        {"subPoints", std::to_string(plan.subPointsRead)},
                                        {"people", std::to_string(plan.newPeople)}})
              << '\n';
    for (const auto& line : plan.created) {
        std::cout << "  " << say("cli.notes.new", {{"what", lang::render(language(), line)}})
                  << '\n';
    }
    for (const auto& line : plan.updated) {
        std::cout << "  " << say("cli.notes.changed", {{"what", lang::render(language(), line)}})
                  << '\n';
    }
    for (const auto& warning : plan.warnings) {
        std::cout << "  "
                  << (warning.line > 0
                          ? say("cli.noteAtLine",
                                {{"line", std::to_string(warning.line)},
                                 {"text", lang::render(language(), warning.message)}})
                          : say("cli.note", {{"text", lang::render(language(), warning.message)}}))
                  << '\n';
    }
    if (dryRun) {
        std::cout << say("cli.dryRun", {{"file", file.string()}}) << '\n';
    } else if (outcome.createdFile) {
        std::cout << say("cli.created", {{"file", file.string()}}) << '\n';
    } else {
        std::cout << say("cli.updated", {{"file", file.string()}}) << '\n';
    }
    return 0;
}

} // namespace innspill::cli
