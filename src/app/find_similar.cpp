// Find similar: the rarest words of a text, looked up in the index's
// vocabulary, become one OR query ranked by bm25.
#include "app/find_similar.hpp"

#include "app/event_session.hpp"
#include "model/input_index.hpp"
#include "model/text.hpp"
#include "model/word_chars.hpp"
#include "store/errors.hpp"
#include "store/event_file.hpp"
#include "store/schema.hpp"
#include "store/similar_inputs.hpp"

#include <algorithm>
#include <numeric>
#include <unordered_set>

namespace innspill::app {

namespace {

// Words shorter than this say little about what an input is about.
constexpr size_t kShortestWord = 3;

std::string inputText(const model::Input& input) {
    std::string text = input.text;
    for (const auto& child : input.children) {
        text += '\n';
        text += child.text;
    }
    return text;
}

std::vector<model::Id> similar(store::EventFile* file, std::string_view text,
                               const std::vector<model::Id>& exclude, size_t limit,
                               int64_t fewestInputs);
std::vector<model::Id> similarOrThrow(store::EventFile& file, std::string_view text,
                                      const std::vector<model::Id>& exclude, size_t limit,
                                      int64_t fewestInputs);

} // namespace

std::vector<std::string> indexWords(std::string_view text) {
    std::vector<std::string> words;
    std::unordered_set<std::string> seen;
    std::string word;
    const auto finish = [&] {
        if (!word.empty()) {
            std::string folded = model::foldCase(word);
            if (seen.insert(folded).second) {
                words.push_back(std::move(folded));
            }
            word.clear();
        }
    };
    for (size_t at = 0; at < text.size();) {
        const model::Utf8Char c = model::decodeUtf8(text, at);
        if (model::isWordChar(c.codePoint)) {
            word.append(text.substr(at, c.length));
        } else {
            finish();
        }
        at += c.length;
    }
    finish();
    return words;
}

namespace {

// Words held by fewer than `fewestInputs` inputs are left out: an input's
// own words are in the index once already. Throws store::FileError when the
// file cannot be read.
std::vector<model::Id> similarOrThrow(store::EventFile& file, std::string_view text,
                                      const std::vector<model::Id>& exclude, size_t limit,
                                      int64_t fewestInputs) {
    std::vector<std::string> words;
    for (auto& word : indexWords(text)) {
        if (model::countChars(word) >= kShortestWord) {
            words.push_back(std::move(word));
        }
    }
    const auto counts = store::inputTermCounts(file, words);
    // The rarest words that some input has, rarest first.
    std::vector<size_t> order(words.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::erase_if(order, [&](size_t i) { return counts[i] < fewestInputs; });
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return counts[a] < counts[b]; });
    if (order.size() > kSimilarWords) {
        order.resize(kSimilarWords);
    }
    if (order.empty()) {
        return {};
    }
    std::string query;
    for (size_t i : order) {
        // Quoted: a word is plain text to FTS5, never syntax.
        query += (query.empty() ? "\"" : " OR \"") + words[i] + "\"";
    }
    const std::unordered_set<model::Id> skip(exclude.begin(), exclude.end());
    std::vector<model::Id> found;
    for (const auto& id : store::rankedInputs(file, query, limit + exclude.size())) {
        auto parsed = model::Id::parse(id);
        if (parsed && !skip.count(*parsed) && found.size() < limit) {
            found.push_back(*parsed);
        }
    }
    return found;
}

// In the app: a damaged index finds nothing; the session reports file
// trouble elsewhere.
std::vector<model::Id> similar(store::EventFile* file, std::string_view text,
                               const std::vector<model::Id>& exclude, size_t limit,
                               int64_t fewestInputs) {
    if (!file) {
        return {};
    }
    try {
        return similarOrThrow(*file, text, exclude, limit, fewestInputs);
    } catch (const store::FileError&) {
        return {};
    }
}

std::vector<model::Id> similarToInput(store::EventFile* file, const model::Event& event,
                                      const model::Id& input, size_t limit) {
    // One walk to the input: no index of every input for one look-up.
    for (const auto& group : event.groups) {
        for (const auto& top : group.inputs) {
            const model::Input* found = top.id == input ? &top : nullptr;
            for (const auto& child : top.children) {
                found = child.id == input ? &child : found;
            }
            if (!found) {
                continue;
            }
            std::vector<model::Id> exclude{top.id};
            for (const auto& child : top.children) {
                exclude.push_back(child.id);
            }
            return similar(file, inputText(*found), exclude, limit, 2);
        }
    }
    return {};
}

std::vector<model::Id> similarToChallenge(store::EventFile* file, const model::Event& event,
                                          const model::Id& challenge, size_t limit) {
    const auto* found = model::findChallenge(event.synthesis, challenge);
    if (!found) {
        return {};
    }
    std::string text = found->title + "\n" + found->description;
    std::vector<model::Id> exclude = found->inputs;
    for (const auto& measure : found->measures) {
        text += "\n" + measure.lead + "\n" + measure.text;
        exclude.insert(exclude.end(), measure.inputs.begin(), measure.inputs.end());
    }
    return similar(file, text, exclude, limit, 1);
}

} // namespace

std::vector<model::Id> findSimilar(EventSession& session, std::string_view text,
                                   const std::vector<model::Id>& exclude, size_t limit) {
    return similar(session.file(), text, exclude, limit, 1);
}

std::vector<model::Id> findSimilarToInput(EventSession& session, const model::Id& input,
                                          size_t limit) {
    return similarToInput(session.file(), session.event(), input, limit);
}

std::vector<model::Id> findSimilarToChallenge(EventSession& session, const model::Id& challenge,
                                              size_t limit) {
    return similarToChallenge(session.file(), session.event(), challenge, limit);
}

std::vector<model::Id> findSimilarTo(store::EventFile& file, const model::Event& event,
                                     const model::Id& item, size_t limit) {
    if (model::findChallenge(event.synthesis, item)) {
        return similarToChallenge(&file, event, item, limit);
    }
    return similarToInput(&file, event, item, limit);
}

SimilarInFile findSimilarInFile(const std::filesystem::path& path, const model::Id& item,
                                size_t limit) {
    SimilarInFile result;
    // Read-only, checked as far as it is read (as `innspill export` reads):
    // a whole-file check first was most of the command's time.
    store::EventFile::readChecked(path, [&](store::EventFile& file) {
        if (file.schemaVersion() < store::kSynthesisTablesVersion) {
            // Before the synthesis: no vocabulary to ask (the app migrates it on opening).
            result.known = bool(store::inputSource(file, item.str()));
            return;
        }
        auto source = store::inputSource(file, item.str());
        const bool isInput = source.has_value();
        if (!source) {
            source = store::challengeSource(file, item.str());
        }
        if (!source) {
            return;
        }
        result.known = true;
        std::vector<model::Id> exclude;
        for (const auto& id : source->exclude) {
            if (auto parsed = model::Id::parse(id)) {
                exclude.push_back(*parsed);
            }
        }
        std::vector<std::string> ids;
        for (const auto& id : similarOrThrow(file, source->text, exclude, limit, isInput ? 2 : 1)) {
            ids.push_back(id.str());
        }
        for (auto& row : store::describeInputs(file, ids)) {
            if (auto id = model::Id::parse(row.id)) {
                result.similar.push_back(
                    SimilarInput{*id, std::move(row.groupNumber), std::move(row.text)});
            }
        }
    });
    return result;
}

} // namespace innspill::app
