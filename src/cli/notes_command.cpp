// `innspill import-notes FILE NOTES.txt [--dry-run]`: what was read, what
// changes, every warning with its line number.
#include "cli/commands.hpp"

#include "app/notes_import.hpp"

#include <iostream>

namespace innspill::cli {

int runImportNotes(const std::filesystem::path& file, const std::filesystem::path& notes,
                   bool dryRun) {
    const auto outcome = app::importNotesIntoFile(file, notes, dryRun);
    if (!outcome.ok) {
        return fail(outcome.message);
    }
    const auto& plan = outcome.plan;
    std::cout << "lest: " << plan.groupsRead << " grupper, " << plan.inputsRead << " innspill, "
              << plan.subPointsRead << " underpunkter; " << plan.newPeople << " nye personer\n";
    for (const auto& line : plan.created) {
        std::cout << "  ny: " << line << '\n';
    }
    for (const auto& line : plan.updated) {
        std::cout << "  endret: " << line << '\n';
    }
    for (const auto& warning : plan.warnings) {
        std::cout << "  merk: ";
        if (warning.line > 0) {
            std::cout << "linje " << warning.line << ": ";
        }
        std::cout << warning.message << '\n';
    }
    if (dryRun) {
        std::cout << "prøvekjøring: ingenting er skrevet til " << file.string() << '\n';
    } else if (outcome.createdFile) {
        std::cout << "opprettet " << file.string() << '\n';
    } else {
        std::cout << "oppdatert " << file.string() << '\n';
    }
    return 0;
}

} // namespace innspill::cli
