// Pasting a list into the capture screen: the notes importer's line
// classification, read the way a pasted list means it (every line kept).
#include "app/edits_capture.hpp"

#include "app/edits_capture_rows.hpp"
#include "io/notes/notes_lines.hpp"
#include "model/text.hpp"

#include <algorithm>
#include <cctype>

namespace innspill::app {

namespace {

using io::notes::ClassifiedLine;
using io::notes::LineKind;

// A pasted line indented this much deeper than the item above is its
// sub-point ("- a\n  - b" from Markdown or an e-mail).
constexpr size_t kSubIndent = 2;
// A plain line between items this short, and not ending a sentence, reads
// as a sub-heading (the notes importer's rule).
constexpr size_t kSubHeadingBytes = 60;
constexpr size_t kSubHeadingWords = 8;

std::string normaliseNewlines(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
        } else {
            out += text[i];
        }
    }
    return out;
}

size_t wordCount(const std::string& text) {
    size_t words = 0;
    bool inWord = false;
    for (char c : text) {
        const bool space = c == ' ';
        if (!space && !inWord) {
            ++words;
        }
        inWord = !space;
    }
    return words;
}

bool startsLower(const std::string& text) {
    return !text.empty() && std::islower(static_cast<unsigned char>(text[0])) != 0;
}

// Every line of `text`, classified; what classifyLines drops as page
// furniture (a lone number, a line repeated like a running header) comes
// back as plain text, since in a paste it is what the facilitator copied.
std::vector<ClassifiedLine> allLines(const std::string& text) {
    std::vector<io::notes::DroppedLine> dropped;
    auto kept = io::notes::classifyLines(text, &dropped);
    if (dropped.empty()) {
        return kept;
    }
    for (auto& line : dropped) {
        ClassifiedLine restored;
        restored.line.number = line.line;
        restored.line.body = line.text;
        restored.rest = std::move(line.text);
        restored.kind = LineKind::Text;
        kept.push_back(std::move(restored));
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const auto& a, const auto& b) { return a.line.number < b.line.number; });
    return kept;
}

} // namespace

std::vector<PastedLine> splitPastedText(std::string_view pasted) {
    const std::string text = model::repairUtf8(normaliseNewlines(pasted));
    const auto lines = allLines(text);
    const bool hasMarkers = std::any_of(lines.begin(), lines.end(), [](const auto& line) {
        return line.kind == LineKind::Bullet || line.kind == LineKind::SubBullet ||
               line.kind == LineKind::Numbered;
    });

    std::vector<PastedLine> result;
    size_t itemIndent = 0;
    bool previousWasItem = false; // the line before was an item, no blank between
    bool anyItem = false;
    for (const auto& line : lines) {
        switch (line.kind) {
        case LineKind::Blank:
            previousWasItem = false;
            continue;
        case LineKind::Bullet:
        case LineKind::Numbered:
        case LineKind::SubBullet: {
            if (line.rest.empty()) {
                continue; // a bullet with nothing after it
            }
            PastedLine item{line.rest, model::InputKind::Item, false};
            const bool hasTop = !result.empty();
            const bool deeper = anyItem && line.line.indent >= itemIndent + kSubIndent;
            item.subPoint = hasTop && (line.kind == LineKind::SubBullet || deeper);
            if (!item.subPoint) {
                itemIndent = line.line.indent;
            }
            result.push_back(std::move(item));
            anyItem = true;
            previousWasItem = true;
            continue;
        }
        default:
            break;
        }
        // Headings and labels of the report convention are just text here.
        const std::string& body = line.kind == LineKind::Text ? line.rest : line.line.body;
        if (!hasMarkers) {
            result.push_back(PastedLine{body, model::InputKind::Item, false});
            continue;
        }
        if (previousWasItem && startsLower(body)) {
            // A bullet's text wrapped onto the next line by the program it came from.
            result.back().text += ' ';
            result.back().text += body;
            continue;
        }
        const bool shortLine = body.size() <= kSubHeadingBytes &&
                               wordCount(body) <= kSubHeadingWords && body.back() != '.' &&
                               body.back() != ':';
        result.push_back(PastedLine{
            body, anyItem && shortLine ? model::InputKind::SubHeading : model::InputKind::LeadIn,
            false});
        previousWasItem = false;
    }
    return result;
}

CaptureEdit pasteInputs(const model::Group& group, const std::optional<model::Id>& at,
                        std::string_view text) {
    const auto lines = splitPastedText(text);
    if (lines.empty()) {
        return CaptureEdit{Change("undo.pasteInputs"), at.value_or(model::Id()), 0};
    }
    auto rows = flattenInputs(group.inputs);
    const auto row = at ? capture_detail::rowOf(rows, *at) : std::nullopt;

    size_t insertAt = rows.size();
    bool base = false;
    size_t first = 0;
    if (row) {
        base = capture_detail::opensSubPoints(rows, *row);
        insertAt = *row + 1;
        if (rows[*row].input.text.empty()) {
            // The empty input the caret was in takes the first pasted line.
            InputRow& target = rows[*row];
            target.input.text = lines[0].text;
            target.input.kind = target.subPoint ? model::InputKind::Item : lines[0].kind;
            if (!target.subPoint && lines[0].subPoint && *row > 0) {
                target.subPoint = true;
            }
            base = target.subPoint;
            first = 1;
        }
    }
    model::Id last = row ? rows[*row].input.id : model::Id();
    std::vector<InputRow> added;
    for (size_t i = first; i < lines.size(); ++i) {
        InputRow pasted{capture_detail::emptyInput(), base || lines[i].subPoint};
        pasted.input.text = lines[i].text;
        pasted.input.kind = pasted.subPoint ? model::InputKind::Item : lines[i].kind;
        last = pasted.input.id;
        added.push_back(std::move(pasted));
    }
    rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(insertAt),
                std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
    const auto* lastInput = last.empty() ? nullptr : &lines.back().text;
    CaptureEdit edit;
    edit.change = capture_detail::groupChange("undo.pasteInputs", group,
                                              capture_detail::withRows(group, std::move(rows)));
    edit.focus = last;
    edit.caret = lastInput ? lastInput->size() : 0;
    return edit;
}

} // namespace innspill::app
