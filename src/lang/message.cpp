// Wording a lang::Message: catalogue lookup plus placeholder filling, with
// "@key" arguments worded recursively (see message.hpp).
#include "lang/message.hpp"

#include "lang/catalogue.hpp"
#include "lang/plural.hpp"

#include <algorithm>

namespace innspill::lang {

namespace {

// Words nested deeper than this are a cycle ("@a" whose text uses "@a"); stop
// rather than recurse forever.
constexpr int kMaxDepth = 16;

using Args = std::vector<std::pair<std::string, std::string>>;

// The argument for placeholder `name` inside the text of argument `scope`
// ("" at the top): "scope.name" first, then the enclosing scopes, so a nested
// message sees its own arguments and a word sees the sentence's.
const std::string* lookUp(const Args& args, std::string_view scope, std::string_view name) {
    while (true) {
        std::string full(scope);
        if (!full.empty()) {
            full += '.';
        }
        full += name;
        const auto found = std::find_if(args.begin(), args.end(),
                                        [&](const auto& entry) { return entry.first == full; });
        if (found != args.end()) {
            return &found->second;
        }
        if (scope.empty()) {
            return nullptr;
        }
        const size_t dot = scope.rfind('.');
        scope = dot == std::string_view::npos ? std::string_view() : scope.substr(0, dot);
    }
}

std::string fill(Language language, std::string_view pattern, const Args& args,
                 const std::string& scope, int depth) {
    std::string result;
    result.reserve(pattern.size());
    size_t at = 0;
    while (at < pattern.size()) {
        const size_t open = pattern.find('{', at);
        const size_t close = open == std::string_view::npos ? open : pattern.find('}', open + 1);
        if (close == std::string_view::npos) {
            break;
        }
        result.append(pattern.substr(at, open - at));
        std::string_view name;
        std::string_view forms;
        splitPlaceholder(pattern.substr(open + 1, close - open - 1), name, forms);
        const std::string* value = lookUp(args, scope, name);
        if (!value) {
            result.append(pattern.substr(open, close - open + 1));
        } else if (!forms.empty()) {
            result.append(pluralForm(forms, *value));
        } else if (value->size() >= 2 && (*value)[0] == '@' && (*value)[1] == '@') {
            result.append(value->substr(1));
        } else if (!value->empty() && (*value)[0] == '@' && depth < kMaxDepth) {
            const std::string key = value->substr(1);
            const std::string inner =
                scope.empty() ? std::string(name) : scope + "." + std::string(name);
            result.append(fill(language, tr(language, key.c_str()), args, inner, depth + 1));
        } else {
            result.append(*value);
        }
        at = close + 1;
    }
    result.append(pattern.substr(std::min(at, pattern.size())));
    return result;
}

} // namespace

namespace {

void put(std::vector<std::pair<std::string, std::string>>& args, std::string_view name,
         std::string value) {
    const auto found = std::find_if(args.begin(), args.end(),
                                    [&](const auto& entry) { return entry.first == name; });
    if (found != args.end()) {
        found->second = std::move(value);
    } else {
        args.emplace_back(std::string(name), std::move(value));
    }
}

} // namespace

Message& Message::with(std::string_view name, std::string value) {
    if (!value.empty() && value[0] == '@') {
        value.insert(value.begin(), '@');
    }
    put(args, name, std::move(value));
    return *this;
}

Message& Message::withWord(std::string_view name, std::string_view wordKey) {
    put(args, name, "@" + std::string(wordKey));
    return *this;
}

Message& Message::withMessage(std::string_view name, const Message& inner) {
    for (const auto& [innerName, value] : inner.args) {
        put(args, std::string(name) + "." + innerName, value);
    }
    return withWord(name, inner.key);
}

Message message(std::string key,
                std::initializer_list<std::pair<std::string_view, std::string>> args) {
    Message result{std::move(key), {}};
    for (const auto& [name, value] : args) {
        result.with(name, value);
    }
    return result;
}

Message joined(const std::vector<Message>& parts) {
    if (parts.empty()) {
        return {};
    }
    Message list = parts.back();
    for (size_t i = parts.size() - 1; i-- > 0;) {
        list = Message{"lang.list", {}}.withMessage("first", parts[i]).withMessage("rest", list);
    }
    return list;
}

std::string render(Language language, const Message& message) {
    if (message.key.empty()) {
        return {};
    }
    return fill(language, tr(language, message.key.c_str()), message.args, {}, 0);
}

} // namespace innspill::lang
