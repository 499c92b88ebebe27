// Subcommands for facilitator kits: kit (hand-out), merge (hand-in) and
// history. Conflicts are printed one per line and nothing is written unless
// --prefer settles them. Design: docs/kits-and-merge.md.
#include "cli/commands.hpp"

#include "app/event_files.hpp"
#include "app/merge/kits.hpp"
#include "app/messages.hpp"
#include "app/outbox.hpp"
#include "lang/message.hpp"

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
    return kit.record.facilitator.empty()
               ? say("cli.kitName", {{"file", kit.path.string()}})
               : say("cli.kitNameFor",
                     {{"file", kit.path.string()}, {"facilitator", kit.record.facilitator}});
}

std::string conflictLine(const app::MergeConflict& conflict) {
    const lang::Language in = language();
    std::string line =
        say("cli.conflictLine", {{"where", lang::render(in, conflict.where)},
                                 {"field", lang::render(in, conflict.fieldLabel)},
                                 {"master", oneLine(lang::render(in, conflict.masterValue))},
                                 {"kit", oneLine(lang::render(in, conflict.kitValue))}});
    if (conflict.kind != app::ConflictKind::BothChanged) {
        line += " (" + app::describeKind(conflict.kind, in) + ")";
    }
    return line;
}

std::string chosenMeaning(const app::MergeConflict& conflict) {
    const lang::Language in = language();
    if (conflict.choice == app::MergeChoice::Master && !conflict.masterMeans.empty()) {
        return lang::render(in, conflict.masterMeans);
    }
    if (conflict.choice == app::MergeChoice::Kit && !conflict.kitMeans.empty()) {
        return lang::render(in, conflict.kitMeans);
    }
    return say("cli.chosenValue", {{"choice", app::describeChoice(conflict.choice, in)}});
}

} // namespace

int runKit(const fs::path& master, const fs::path& kit, const std::string& facilitator, bool force,
           const fs::path& outbox) {
    try {
        if (kit.extension() != app::eventFileExtension()) {
            return fail(say("cli.kitNeedsExtension",
                            {{"file", kit.string()}, {"extension", app::eventFileExtension()}}));
        }
        const auto record = app::makeKit(master, kit, facilitator, force);
        std::cout << (facilitator.empty() ? say("cli.kitMade", {{"kit", kit.string()},
                                                                {"master", master.string()},
                                                                {"id", record.kitId.str()}})
                                          : say("cli.kitMadeFor", {{"kit", kit.string()},
                                                                   {"master", master.string()},
                                                                   {"id", record.kitId.str()},
                                                                   {"facilitator", facilitator}}))
                  << '\n';
        if (!outbox.empty()) {
            return runSendToOutbox(kit, outbox);
        }
        return 0;
    } catch (const std::exception& error) {
        return fail(app::describe(error, language()));
    }
}

int runSendToOutbox(const fs::path& kit, const fs::path& outbox) {
    try {
        const fs::path copy = app::sendToOutbox(kit, outbox);
        std::cout << say("cli.outboxCopy", {{"kit", kit.string()}, {"copy", copy.string()}})
                  << '\n';
        return 0;
    } catch (const app::KitError& error) {
        return fail(error.message());
    }
}

int runMerge(const MergeOptions& options) {
    if (!options.watch.empty()) {
        if (!options.kits.empty() || !options.prefer.empty() || options.dryRun) {
            return fail(say("cli.watchAlone"));
        }
        return runMergeWatch(options.master, options.watch);
    }
    if (options.kits.empty()) {
        return fail(say("cli.mergeNeedsKits"));
    }
    std::optional<app::MergeChoice> prefer;
    if (options.prefer == "master") {
        prefer = app::MergeChoice::Master;
    } else if (options.prefer == "kit") {
        prefer = app::MergeChoice::Kit;
    } else if (!options.prefer.empty()) {
        return fail(say("cli.preferValues"));
    }
    try {
        if (!options.dryRun) {
            app::checkNoOtherWriter(options.master); // say so before any work
        }
        const auto run = app::planHandIns(options.master, options.kits, prefer);
        for (const auto& kit : run.kits) {
            const auto& plan = kit.plan;
            std::cout << kitName(kit) << ": "
                      << (plan.bringsNothing() ? say("cli.nothingNew")
                                               : app::describeCounts(plan.summary, language()))
                      << '\n';
            for (const auto& note : plan.notes) {
                std::cout << "  " << say("cli.note", {{"text", lang::render(language(), note)}})
                          << '\n';
            }
            for (const auto& conflict : plan.conflicts) {
                if (conflict.choice == app::MergeChoice::Undecided) {
                    std::cerr << "innspill: "
                              << say("cli.conflictIn",
                                     {{"kit", kitName(kit)}, {"conflict", conflictLine(conflict)}})
                              << '\n';
                } else {
                    std::cout << "  "
                              << say("cli.settled", {{"conflict", conflictLine(conflict)},
                                                     {"meaning", chosenMeaning(conflict)}})
                              << '\n';
                }
            }
        }
        if (const size_t undecided = run.undecided(); undecided > 0) {
            std::cerr << "innspill: "
                      << say(undecided == 1 ? "cli.undecidedOne" : "cli.undecidedMany",
                             {{"n", std::to_string(undecided)}})
                      << '\n';
            return kConflictExitCode;
        }
        if (options.dryRun) {
            std::cout << say("cli.dryRun", {{"file", options.master.string()}}) << '\n';
            return 0;
        }
        if (run.bringsNothing()) {
            std::cout << say("cli.nothingToBring", {{"file", options.master.string()}}) << '\n';
            return 0;
        }
        app::commitHandIns(options.master, run);
        std::cout << say("cli.broughtIn", {{"file", options.master.string()}}) << '\n';
        return 0;
    } catch (const std::exception& error) {
        return fail(app::describe(error, language()));
    }
}

int runHistory(const fs::path& file) {
    try {
        const auto [event, record, handIns] = app::readKitHistory(file);
        const bool isKit = record.has_value();
        if (record) {
            std::cout << (record->facilitator.empty()
                              ? say("cli.history.kit", {{"id", record->kitId.str()},
                                                        {"title", event.title},
                                                        {"time", record->handedOutAt}})
                              : say("cli.history.kitFor", {{"id", record->kitId.str()},
                                                           {"title", event.title},
                                                           {"time", record->handedOutAt},
                                                           {"facilitator", record->facilitator}}))
                      << '\n';
        }
        if (handIns.empty() && !isKit) {
            std::cout << say("cli.history.none", {{"file", file.string()}}) << '\n';
        }
        for (const auto& handIn : handIns) {
            std::cout << handIn.handedInAt << "  kit " << handIn.kitId.str() << "  "
                      << (handIn.facilitator.empty() ? say("cli.history.noName")
                                                     : handIn.facilitator)
                      << ": " << app::describeCounts(handIn.counts, language()) << '\n';
        }
        return 0;
    } catch (const app::FileError& error) {
        return fail(app::describe(error, language()));
    }
}

} // namespace innspill::cli
