// `innspill synthesis FILE`: how far the synthesis has come — coverage per
// theme (used, parked, untouched), challenges and measures counted, the
// inputs with no home — as text for people or JSON for scripts; and with
// --similar ID, the inputs that share the rarest words of an input or a
// challenge (what the Syntese tab's "find similar" lists).
#include "cli/commands.hpp"

#include "app/event_files.hpp"
#include "app/find_similar.hpp"
#include "app/messages.hpp"
#include "io/rapidjson.hpp" // first: cereal's rapidjson settings for every instantiation
#include "model/input_index.hpp"
#include "model/synthesis_coverage.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <iostream>

namespace innspill::cli {

namespace fs = std::filesystem;

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void count(Writer& json, const model::CoverageCount& count) {
    json.Key("used");
    json.Uint64(count.used);
    json.Key("parked");
    json.Uint64(count.parked);
    json.Key("untouched");
    json.Uint64(count.untouched);
    json.Key("total");
    json.Uint64(count.total());
}

void text(Writer& json, const char* key, const std::string& value) {
    json.Key(key);
    json.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

std::string themeName(const model::Event& event, const std::optional<model::Id>& theme) {
    if (!theme) {
        return say("cli.synthesis.untagged");
    }
    const auto* found = model::findTheme(event, *theme);
    return found ? found->name : theme->str();
}

std::string countLine(const model::CoverageCount& count) {
    return say("cli.synthesis.counts", {{"used", std::to_string(count.used)},
                                        {"parked", std::to_string(count.parked)},
                                        {"untouched", std::to_string(count.untouched)},
                                        {"total", std::to_string(count.total())},
                                        {"percent", std::to_string(count.percentDone())}});
}

void printJson(const model::Event& event, const model::Coverage& coverage,
               const model::InputIndex& inputs) {
    rapidjson::StringBuffer buffer;
    Writer json(buffer);
    json.StartObject();
    json.Key("complete");
    json.Bool(coverage.overall.complete());
    json.Key("challenges");
    json.Uint64(coverage.challenges);
    json.Key("measures");
    json.Uint64(coverage.measures);
    json.Key("priorities");
    json.Uint64(event.synthesis.priorities.size());
    json.Key("deletedSources");
    json.Uint64(coverage.deletedSources);
    json.Key("overall");
    json.StartObject();
    count(json, coverage.overall);
    json.EndObject();
    json.Key("themes");
    json.StartArray();
    for (const auto& theme : coverage.themes) {
        json.StartObject();
        json.Key("theme");
        if (theme.theme) {
            json.String(theme.theme->str().c_str());
        } else {
            json.Null();
        }
        text(json, "name", themeName(event, theme.theme));
        count(json, theme.count);
        json.EndObject();
    }
    json.EndArray();
    json.Key("untouched");
    json.StartArray();
    for (const auto& id : coverage.untouched) {
        const auto& place = inputs.at(id);
        json.StartObject();
        text(json, "input", id.str());
        text(json, "group", place.group->number);
        text(json, "text", place.input->text);
        json.EndObject();
    }
    json.EndArray();
    json.EndObject();
    std::cout << buffer.GetString() << '\n';
}

void printText(const model::Event& event, const model::Coverage& coverage,
               const model::InputIndex& inputs) {
    std::cout << say("cli.synthesis.summary",
                     {{"challenges", std::to_string(coverage.challenges)},
                      {"measures", std::to_string(coverage.measures)},
                      {"priorities", std::to_string(event.synthesis.priorities.size())}})
              << '\n';
    std::cout << say("cli.synthesis.overall", {{"counts", countLine(coverage.overall)}}) << '\n';
    for (const auto& theme : coverage.themes) {
        std::cout << "  " << themeName(event, theme.theme) << ": " << countLine(theme.count)
                  << '\n';
    }
    if (coverage.deletedSources > 0) {
        std::cout << say(coverage.deletedSources == 1 ? "cli.synthesis.deletedOne"
                                                      : "cli.synthesis.deletedMany",
                         {{"n", std::to_string(coverage.deletedSources)}})
                  << '\n';
    }
    if (coverage.untouched.empty()) {
        std::cout << say("cli.synthesis.allHome") << '\n';
        return;
    }
    std::cout << say("cli.synthesis.noHome", {{"n", std::to_string(coverage.untouched.size())}})
              << '\n';
    for (const auto& id : coverage.untouched) {
        const auto& place = inputs.at(id);
        std::cout << "  " << place.group->number << "  " << place.input->text << '\n';
    }
}

} // namespace

int runSynthesis(const fs::path& file, bool json, bool requireComplete) {
    try {
        const auto event = app::readEventFile(file);
        const auto coverage = model::coverageOf(event);
        const auto inputs = model::indexInputs(event);
        if (json) {
            printJson(event, coverage, inputs);
        } else {
            printText(event, coverage, inputs);
        }
        if (requireComplete && !coverage.overall.complete()) {
            std::cerr << "innspill: "
                      << say("cli.synthesis.incomplete",
                             {{"file", file.string()},
                              {"n", std::to_string(coverage.overall.untouched)}})
                      << '\n';
            return 1;
        }
        return 0;
    } catch (const app::FileError& error) {
        return fail(app::describe(error, language()));
    }
}

int runSimilar(const fs::path& file, const std::string& item, bool json) {
    const auto id = model::Id::parse(item);
    if (!id) {
        return fail(say("cli.synthesis.badId", {{"id", item}}));
    }
    try {
        const auto found = app::findSimilarInFile(file, *id);
        if (!found.known) {
            return fail(say("cli.synthesis.unknownItem", {{"file", file.string()}, {"id", item}}));
        }
        rapidjson::StringBuffer buffer;
        Writer writer(buffer);
        writer.StartArray();
        for (const auto& similar : found.similar) {
            if (json) {
                writer.StartObject();
                text(writer, "input", similar.input.str());
                text(writer, "group", similar.groupNumber);
                text(writer, "text", similar.text);
                writer.EndObject();
            } else {
                std::cout << similar.groupNumber << "  " << similar.text << '\n';
            }
        }
        writer.EndArray();
        if (json) {
            std::cout << buffer.GetString() << '\n';
        }
        return 0;
    } catch (const app::FileError& error) {
        return fail(app::describe(error, language()));
    }
}

} // namespace innspill::cli
