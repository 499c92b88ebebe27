// Language codes and the language of the environment (LC_ALL, LC_MESSAGES,
// LANG), with the variables set and unset in the test's own process.
#include "lang/language.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>

using namespace innspill::lang;

namespace {

// Sets the three locale variables for one check and puts the old values back,
// so that other tests in this process see the environment they started with.
class LocaleEnvironment {
  public:
    LocaleEnvironment(const char* lcAll, const char* lcMessages, const char* lang) {
        for (int i = 0; i < 3; ++i) {
            const char* old = std::getenv(kNames[i]);
            m_saved[i] = old ? std::optional<std::string>(old) : std::nullopt;
        }
        set("LC_ALL", lcAll);
        set("LC_MESSAGES", lcMessages);
        set("LANG", lang);
    }
    ~LocaleEnvironment() {
        for (int i = 0; i < 3; ++i) {
            set(kNames[i], m_saved[i] ? m_saved[i]->c_str() : nullptr);
        }
    }
    LocaleEnvironment(const LocaleEnvironment&) = delete;
    LocaleEnvironment& operator=(const LocaleEnvironment&) = delete;

  private:
    static void set(const char* name, const char* value) {
#ifdef _WIN32
        _putenv_s(name, value == nullptr ? "" : value); // "" removes it
#else
        if (value == nullptr) {
            unsetenv(name);
        } else {
            setenv(name, value, 1);
        }
#endif
    }
    static constexpr const char* kNames[3] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    std::optional<std::string> m_saved[3];
};

Language languageOf(const char* lcAll, const char* lcMessages, const char* lang) {
    const LocaleEnvironment environment(lcAll, lcMessages, lang);
    return fromEnvironment();
}

} // namespace

TEST_CASE("codes name the three languages and back", "[lang]") {
    CHECK(code(Language::Nb) == "nb");
    CHECK(code(Language::Nn) == "nn");
    CHECK(code(Language::En) == "en");
    for (const auto language : {Language::Nb, Language::Nn, Language::En}) {
        CHECK(fromCode(code(language)) == language);
    }
    CHECK(fromCode("no") == Language::Nb); // the old code for Norwegian
    CHECK_FALSE(fromCode("").has_value());
    CHECK_FALSE(fromCode("NB").has_value());
    CHECK_FALSE(fromCode("nb_NO").has_value()); // a code, not a locale
    CHECK_FALSE(fromCode("de").has_value());
}

TEST_CASE("the environment's language: nb and no are bokmål, nn nynorsk, the rest English",
          "[lang]") {
    CHECK(languageOf(nullptr, nullptr, "nb_NO.UTF-8") == Language::Nb);
    CHECK(languageOf(nullptr, nullptr, "no_NO") == Language::Nb);
    CHECK(languageOf(nullptr, nullptr, "no") == Language::Nb);
    CHECK(languageOf(nullptr, nullptr, "nn_NO.UTF-8") == Language::Nn);
    CHECK(languageOf(nullptr, nullptr, "nn_NO@euro") == Language::Nn);
    CHECK(languageOf(nullptr, nullptr, "en_GB.UTF-8") == Language::En);
    CHECK(languageOf(nullptr, nullptr, "de_DE@euro") == Language::En);
    CHECK(languageOf(nullptr, nullptr, "C") == Language::En);
    CHECK(languageOf(nullptr, nullptr, "POSIX") == Language::En);
    CHECK(languageOf(nullptr, nullptr, "C.UTF-8") == Language::En);
    CHECK(languageOf(nullptr, nullptr, nullptr) == Language::En);
    CHECK(languageOf(nullptr, nullptr, "nob_NO") == Language::En); // not a prefix match
}

TEST_CASE("the environment's language follows POSIX precedence", "[lang]") {
    // LC_ALL, then LC_MESSAGES, then LANG; the first one set and not empty wins.
    CHECK(languageOf("en_US.UTF-8", "nb_NO.UTF-8", "nb_NO.UTF-8") == Language::En);
    CHECK(languageOf("nn_NO.UTF-8", "en_US.UTF-8", "nb_NO.UTF-8") == Language::Nn);
    CHECK(languageOf(nullptr, "nb_NO.UTF-8", "en_US.UTF-8") == Language::Nb);
    CHECK(languageOf("", "nn_NO.UTF-8", "en_US.UTF-8") == Language::Nn);
    CHECK(languageOf("", "", "nb_NO") == Language::Nb);
    CHECK(languageOf(nullptr, "", "nn_NO") == Language::Nn);
    CHECK(languageOf("", "", "") == Language::En);
    // "C" set in LC_ALL wins over a Norwegian LANG: it is set.
    CHECK(languageOf("C", nullptr, "nb_NO.UTF-8") == Language::En);
}
