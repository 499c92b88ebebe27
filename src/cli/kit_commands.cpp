// Subcommands for facilitator kits: kit (hand-out), merge (hand-in) and
// history. Conflicts are printed one per line and nothing is written unless
// --prefer settles them. Design: docs/kits-and-merge.md.
#include "cli/commands.hpp"

#include "app/event_files.hpp"
#include "app/merge/kits.hpp"
#include "app/messages.hpp"

#include <iostream>

namespace innspill::cli {

namespace fs = std::filesystem;

namespace {

// Conflict values can be whole notes: one line each, cut to a readable length.
constexpr size_t kValueChars = 80;

std::string oneLine(const std::string& text) {
    std::string line;
    size_t characters = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\r' || c == '\t') {
            if (!line.empty() && line.back() != ' ') {
                line += c == '\n' ? " / " : " ";
            }
            continue;
        }
        // Count characters, not bytes: cut only before a UTF-8 lead byte.
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++characters > kValueChars) {
            return line + "…";
        }
        line += c;
    }
    return line;
}

std::string kitName(const app::PlannedKit& kit) {
    return "«" + kit.path.string() + "»" +
           (kit.record.facilitator.empty() ? "" : " (" + kit.record.facilitator + ")");
}

std::string conflictLine(const app::MergeConflict& conflict) {
    std::string line = conflict.where + ": " + conflict.fieldLabel + ": hovedfilen «" +
                       oneLine(conflict.masterValue) + "», kitet «" + oneLine(conflict.kitValue) +
                       "»";
    if (conflict.kind != app::ConflictKind::BothChanged) {
        line += " (" + app::describeKind(conflict.kind) + ")";
    }
    return line;
}

std::string chosenMeaning(const app::MergeConflict& conflict) {
    if (conflict.choice == app::MergeChoice::Master && !conflict.masterMeans.empty()) {
        return conflict.masterMeans;
    }
    if (conflict.choice == app::MergeChoice::Kit && !conflict.kitMeans.empty()) {
        return conflict.kitMeans;
    }
    return app::describeChoice(conflict.choice) + " verdi";
}

} // namespace

int runKit(const fs::path& master, const fs::path& kit, const std::string& facilitator,
           bool force) {
    try {
        if (kit.extension() != app::eventFileExtension()) {
            return fail("«" + kit.string() + "»: et kit må slutte på " + app::eventFileExtension());
        }
        const auto record = app::makeKit(master, kit, facilitator, force);
        std::cout << "laget kit " << kit.string() << " av " << master.string() << " (kit "
                  << record.kitId.str() << (facilitator.empty() ? "" : ", " + facilitator) << ")\n";
        return 0;
    } catch (const app::KitError& error) {
        return fail(error.what());
    } catch (const std::exception& error) {
        return fail(error.what());
    }
}

int runMerge(const MergeOptions& options) {
    std::optional<app::MergeChoice> prefer;
    if (options.prefer == "master") {
        prefer = app::MergeChoice::Master;
    } else if (options.prefer == "kit") {
        prefer = app::MergeChoice::Kit;
    } else if (!options.prefer.empty()) {
        return fail("--prefer må være master eller kit");
    }
    try {
        const auto run = app::planHandIns(options.master, options.kits, prefer);
        for (const auto& kit : run.kits) {
            const auto& plan = kit.plan;
            std::cout << kitName(kit) << ": "
                      << (plan.bringsNothing() ? "ingenting nytt"
                                               : app::describeCounts(plan.summary))
                      << '\n';
            for (const auto& note : plan.notes) {
                std::cout << "  merk: " << note << '\n';
            }
            for (const auto& conflict : plan.conflicts) {
                if (conflict.choice == app::MergeChoice::Undecided) {
                    std::cerr << "innspill: konflikt i " << kitName(kit) << ": "
                              << conflictLine(conflict) << '\n';
                } else {
                    std::cout << "  løst: " << conflictLine(conflict) << " → "
                              << chosenMeaning(conflict) << '\n';
                }
            }
        }
        if (const size_t undecided = run.undecided(); undecided > 0) {
            std::cerr << "innspill: " << undecided
                      << " konflikt(er); ingenting er skrevet. Velg side med --prefer "
                         "master|kit, eller ta inn kitene i appen\n";
            return kConflictExitCode;
        }
        if (options.dryRun) {
            std::cout << "prøvekjøring: ingenting er skrevet til " << options.master.string()
                      << '\n';
            return 0;
        }
        if (run.bringsNothing()) {
            std::cout << "ingenting å ta inn; " << options.master.string() << " er uendret\n";
            return 0;
        }
        app::commitHandIns(options.master, run);
        std::cout << "tatt inn i " << options.master.string() << '\n';
        return 0;
    } catch (const app::KitError& error) {
        return fail(error.what());
    } catch (const std::exception& error) {
        return fail(error.what());
    }
}

int runHistory(const fs::path& file) {
    try {
        const auto [event, record, handIns] = app::readKitHistory(file);
        const bool isKit = record.has_value();
        if (record) {
            std::cout << "kit " << record->kitId.str() << " av «" << event.title << "», delt ut "
                      << record->handedOutAt
                      << (record->facilitator.empty() ? "" : " til " + record->facilitator) << '\n';
        }
        if (handIns.empty() && !isKit) {
            std::cout << "ingen kit er levert inn i " << file.string() << '\n';
        }
        for (const auto& handIn : handIns) {
            std::cout << handIn.handedInAt << "  kit " << handIn.kitId.str() << "  "
                      << (handIn.facilitator.empty() ? "(uten navn)" : handIn.facilitator) << ": "
                      << app::describeCounts(handIn.counts) << '\n';
        }
        return 0;
    } catch (const app::FileError& error) {
        return fail(app::describe(error));
    }
}

} // namespace innspill::cli
