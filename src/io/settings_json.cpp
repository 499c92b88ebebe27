// settings.json: cereal writes it; rapidjson (cereal's JSON engine) reads it
// field by field so that one bad field costs only that field.
#include "io/settings_json.hpp"

#include "io/parse_error.hpp"

#include "io/rapidjson.hpp"

#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <cmath>
#include <limits>
#include <sstream>

namespace innspill::io {

namespace {

using cereal::make_nvp;

// A window larger than this is a broken value, not a monitor.
constexpr int kMaxWindowExtent = 32768;

// Rounded so that 1.1 is written as 1.1, not as float's 1.100000023841858.
double roundedZoom(float zoom) {
    return std::round(static_cast<double>(zoom) * 100.0) / 100.0;
}

class SettingsReader {
  public:
    SettingsReader(const rapidjson::Value& object, std::vector<lang::Message>& warnings)
        : m_object(object), m_warnings(warnings) {}

    void text(const char* name, std::string& out) {
        const rapidjson::Value* value = find(name);
        if (value == nullptr) {
            return;
        }
        if (!value->IsString()) {
            warn(name, lang::message("settingsWarning.reason.notText"));
            return;
        }
        out.assign(value->GetString(), value->GetStringLength());
    }

    void integer(const char* name, int& out, int min, int max) {
        const rapidjson::Value* value = find(name);
        if (value == nullptr) {
            return;
        }
        if (!value->IsInt() || value->GetInt() < min || value->GetInt() > max) {
            warn(name, lang::message("settingsWarning.reason.notInteger",
                                     {{"min", std::to_string(min)}, {"max", std::to_string(max)}}));
            return;
        }
        out = value->GetInt();
    }

    void number(const char* name, float& out, float min, float max) {
        const rapidjson::Value* value = find(name);
        if (value == nullptr) {
            return;
        }
        if (!value->IsNumber() || !std::isfinite(value->GetDouble()) || value->GetDouble() < min ||
            value->GetDouble() > max) {
            std::ostringstream from;
            std::ostringstream to;
            from << min;
            to << max;
            warn(name, lang::message("settingsWarning.reason.notNumber",
                                     {{"min", from.str()}, {"max", to.str()}}));
            return;
        }
        out = static_cast<float>(value->GetDouble());
    }

    void boolean(const char* name, bool& out) {
        const rapidjson::Value* value = find(name);
        if (value == nullptr) {
            return;
        }
        if (!value->IsBool()) {
            warn(name, lang::message("settingsWarning.reason.notBoolean"));
            return;
        }
        out = value->GetBool();
    }

    void texts(const char* name, std::vector<std::string>& out, size_t maxCount) {
        const rapidjson::Value* value = find(name);
        if (value == nullptr) {
            return;
        }
        if (!value->IsArray()) {
            warn(name, lang::message("settingsWarning.reason.notList"));
            return;
        }
        out.clear();
        for (const auto& item : value->GetArray()) {
            if (!item.IsString() || item.GetStringLength() == 0) {
                warn(name, lang::message("settingsWarning.reason.itemNotText"));
                continue;
            }
            if (out.size() < maxCount) {
                out.emplace_back(item.GetString(), item.GetStringLength());
            }
        }
    }

    // Reads a nested object with its own reader; a non-object is warned about.
    template <typename Read> void object(const char* name, Read read) {
        const rapidjson::Value* value = find(name);
        if (value == nullptr) {
            return;
        }
        if (!value->IsObject()) {
            warn(name, lang::message("settingsWarning.reason.notObject"));
            return;
        }
        SettingsReader nested(*value, m_warnings);
        nested.m_prefix = m_prefix + name + ".";
        read(nested);
    }

  private:
    const rapidjson::Value* find(const char* name) const {
        const auto member = m_object.FindMember(name);
        return member == m_object.MemberEnd() ? nullptr : &member->value;
    }

    void warn(const char* name, const lang::Message& reason) {
        m_warnings.push_back(
            lang::message("settingsWarning.fieldDefault", {{"name", m_prefix + name}})
                .withMessage("reason", reason));
    }

    const rapidjson::Value& m_object;
    std::vector<lang::Message>& m_warnings;
    std::string m_prefix;
};

} // namespace

template <typename Archive> void save(Archive& archive, const WindowGeometry& window) {
    archive(make_nvp("x", window.x), make_nvp("y", window.y), make_nvp("width", window.width),
            make_nvp("height", window.height), make_nvp("hasPosition", window.hasPosition),
            make_nvp("maximized", window.maximized));
}

std::string settingsToJson(const UserSettings& settings) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive archive(out);
        archive(make_nvp("version", kSettingsVersion), make_nvp("language", settings.language),
                make_nvp("zoom", roundedZoom(settings.zoom)), make_nvp("window", settings.window),
                make_nvp("tab", settings.tab), make_nvp("recentFiles", settings.recentFiles),
                make_nvp("lastFolder", settings.lastFolder),
                make_nvp("pinnedEvent", settings.pinnedEvent),
                make_nvp("pinnedGroup", settings.pinnedGroup));
    } // the archive closes the JSON object when it goes out of scope
    out << '\n';
    return out.str();
}

UserSettings settingsFromJson(std::string_view json, std::vector<lang::Message>& warnings) {
    rapidjson::Document document;
    document.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
    if (document.HasParseError()) {
        throw ParseError(
            lang::message("parseError.invalidJson",
                          {{"detail", rapidjson::GetParseError_En(document.GetParseError())}}));
    }
    if (!document.IsObject()) {
        throw ParseError(lang::message("parseError.notAnObject"));
    }

    UserSettings settings;
    SettingsReader reader(document, warnings);
    reader.text("language", settings.language);
    if (!settings.language.empty() && settings.language != "nb" && settings.language != "nn" &&
        settings.language != "en") {
        warnings.push_back(
            lang::message("settingsWarning.badLanguage", {{"language", settings.language}}));
        settings.language.clear();
    }
    reader.number("zoom", settings.zoom, kMinZoom, kMaxZoom);
    reader.object("window", [&](SettingsReader& window) {
        constexpr int kFar = std::numeric_limits<int>::max() / 4;
        window.integer("x", settings.window.x, -kFar, kFar);
        window.integer("y", settings.window.y, -kFar, kFar);
        window.integer("width", settings.window.width, 0, kMaxWindowExtent);
        window.integer("height", settings.window.height, 0, kMaxWindowExtent);
        window.boolean("hasPosition", settings.window.hasPosition);
        window.boolean("maximized", settings.window.maximized);
    });
    reader.text("tab", settings.tab);
    reader.texts("recentFiles", settings.recentFiles, kMaxRecentFiles);
    reader.text("lastFolder", settings.lastFolder);
    reader.text("pinnedEvent", settings.pinnedEvent);
    reader.text("pinnedGroup", settings.pinnedGroup);
    return settings;
}

} // namespace innspill::io
