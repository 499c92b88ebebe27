// Capture edits to a group's inputs: text, insert, split, join, delete,
// indent, outdent, move, kind and themes, over the flat row list.
#include "app/edits_capture.hpp"

#include "app/edits_capture_rows.hpp"

#include <algorithm>

namespace innspill::app {

using capture_detail::groupChange;
using capture_detail::rowOf;
using capture_detail::withRows;

std::optional<InputPath> findInput(const model::Group& group, const model::Id& input) {
    for (size_t i = 0; i < group.inputs.size(); ++i) {
        if (group.inputs[i].id == input) {
            return InputPath{i, std::nullopt};
        }
        const auto& children = group.inputs[i].children;
        for (size_t j = 0; j < children.size(); ++j) {
            if (children[j].id == input) {
                return InputPath{i, j};
            }
        }
    }
    return std::nullopt;
}

const model::Input* findInputById(const model::Group& group, const model::Id& input) {
    const auto path = findInput(group, input);
    if (!path) {
        return nullptr;
    }
    const model::Input& top = group.inputs[path->index];
    return path->child ? &top.children[*path->child] : &top;
}

std::vector<InputRow> flattenInputs(const std::vector<model::Input>& inputs) {
    std::vector<InputRow> rows;
    rows.reserve(inputs.size());
    // Recursion keeps any deeper children a broken file might hold: they
    // come out as sub-points instead of disappearing.
    const auto add = [&rows](const model::Input& input, bool subPoint, const auto& self) -> void {
        InputRow row{input, subPoint};
        row.input.children.clear();
        rows.push_back(std::move(row));
        for (const auto& child : input.children) {
            self(child, true, self);
        }
    };
    for (const auto& input : inputs) {
        add(input, false, add);
    }
    return rows;
}

std::vector<model::Input> rebuildInputs(std::vector<InputRow> rows) {
    std::vector<model::Input> inputs;
    // Sub-points at the very top have no input to belong to: they become
    // top-level side by side, rather than the first adopting the rest.
    bool orphans = false;
    for (auto& row : rows) {
        if (row.subPoint && !inputs.empty() && !orphans) {
            inputs.back().children.push_back(std::move(row.input));
        } else {
            orphans = row.subPoint;
            inputs.push_back(std::move(row.input));
        }
    }
    return inputs;
}

namespace capture_detail {

Change groupChange(const char* label, const model::Group& before, model::Group after) {
    Change change(label);
    if (!(before == after)) {
        change.group(before, std::move(after));
    }
    return change;
}

std::optional<size_t> rowOf(const std::vector<InputRow>& rows, const model::Id& id) {
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].input.id == id) {
            return i;
        }
    }
    return std::nullopt;
}

model::Group withRows(const model::Group& group, std::vector<InputRow> rows) {
    model::Group after = group;
    after.inputs = rebuildInputs(std::move(rows));
    return after;
}

bool opensSubPoints(const std::vector<InputRow>& rows, size_t row) {
    return rows[row].subPoint || (row + 1 < rows.size() && rows[row + 1].subPoint);
}

model::Input emptyInput() {
    model::Input input;
    input.id = model::Id::generate();
    return input;
}

} // namespace capture_detail

namespace {

using capture_detail::emptyInput;
using capture_detail::opensSubPoints;

bool isContinuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The end of the rows of the top-level input starting at `row`.
size_t blockEnd(const std::vector<InputRow>& rows, size_t row) {
    size_t end = row + 1;
    while (end < rows.size() && rows[end].subPoint) {
        ++end;
    }
    return end;
}

// Moves rows [from, to) so that they start at `at` (at <= from).
void rotateBlock(std::vector<InputRow>& rows, size_t at, size_t from, size_t to) {
    std::rotate(rows.begin() + static_cast<std::ptrdiff_t>(at),
                rows.begin() + static_cast<std::ptrdiff_t>(from),
                rows.begin() + static_cast<std::ptrdiff_t>(to));
}

} // namespace

Change setInputText(const model::Group& group, const model::Id& input, std::string text) {
    const auto path = findInput(group, input);
    if (!path) {
        return Change("undo.writeInput");
    }
    model::Group after = group;
    model::Input& target =
        path->child ? after.inputs[path->index].children[*path->child] : after.inputs[path->index];
    target.text = std::move(text);
    return groupChange("undo.writeInput", group, std::move(after));
}

CaptureEdit insertInputAfter(const model::Group& group, const std::optional<model::Id>& after) {
    auto rows = flattenInputs(group.inputs);
    InputRow row{emptyInput(), false};
    const model::Id id = row.input.id;
    const auto at = after ? rowOf(rows, *after) : std::nullopt;
    if (at) {
        row.subPoint = opensSubPoints(rows, *at);
        rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(*at + 1), std::move(row));
    } else {
        rows.push_back(std::move(row));
    }
    return CaptureEdit{groupChange("undo.newInput", group, withRows(group, std::move(rows))), id,
                       0};
}

CaptureEdit splitInput(const model::Group& group, const model::Id& input, size_t at) {
    auto rows = flattenInputs(group.inputs);
    const auto row = rowOf(rows, input);
    if (!row) {
        return CaptureEdit{Change("undo.newInput"), {}, 0};
    }
    std::string& text = rows[*row].input.text;
    at = std::min(at, text.size());
    while (at > 0 && at < text.size() && isContinuation(text[at])) {
        --at; // never split a UTF-8 sequence
    }
    if (at == 0 && !text.empty()) {
        InputRow above{emptyInput(), rows[*row].subPoint};
        rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(*row), std::move(above));
        return CaptureEdit{groupChange("undo.newInput", group, withRows(group, std::move(rows))),
                           input, 0};
    }
    InputRow below{emptyInput(), opensSubPoints(rows, *row)};
    below.input.text = text.substr(at);
    text.erase(at);
    const model::Id id = below.input.id;
    rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(*row + 1), std::move(below));
    return CaptureEdit{groupChange("undo.newInput", group, withRows(group, std::move(rows))), id,
                       0};
}

CaptureEdit joinWithPrevious(const model::Group& group, const model::Id& input) {
    auto rows = flattenInputs(group.inputs);
    const auto row = rowOf(rows, input);
    if (!row || *row == 0) {
        return CaptureEdit{Change("undo.joinInputs"), input, 0};
    }
    if (rows[*row].input.text.empty()) {
        return deleteInput(group, input);
    }
    model::Input& previous = rows[*row - 1].input;
    const size_t caret = previous.text.size();
    previous.text += rows[*row].input.text;
    for (const auto& theme : rows[*row].input.themes) {
        if (std::find(previous.themes.begin(), previous.themes.end(), theme) ==
            previous.themes.end()) {
            previous.themes.push_back(theme);
        }
    }
    const model::Id focus = previous.id;
    rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(*row));
    return CaptureEdit{groupChange("undo.joinInputs", group, withRows(group, std::move(rows))),
                       focus, caret};
}

CaptureEdit deleteInput(const model::Group& group, const model::Id& input) {
    auto rows = flattenInputs(group.inputs);
    const auto row = rowOf(rows, input);
    if (!row) {
        return CaptureEdit{Change("undo.deleteInput"), {}, 0};
    }
    rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(*row));
    CaptureEdit edit;
    if (*row > 0) {
        edit.focus = rows[*row - 1].input.id;
        edit.caret = rows[*row - 1].input.text.size();
    } else if (!rows.empty()) {
        edit.focus = rows.front().input.id;
    }
    edit.change = groupChange("undo.deleteInput", group, withRows(group, std::move(rows)));
    return edit;
}

Change indentInput(const model::Group& group, const model::Id& input) {
    auto rows = flattenInputs(group.inputs);
    const auto row = rowOf(rows, input);
    if (!row || *row == 0 || rows[*row].subPoint) {
        return Change("undo.makeSubPoint");
    }
    rows[*row].subPoint = true;
    rows[*row].input.kind = model::InputKind::Item; // sub-points are items
    return groupChange("undo.makeSubPoint", group, withRows(group, std::move(rows)));
}

Change outdentInput(const model::Group& group, const model::Id& input) {
    auto rows = flattenInputs(group.inputs);
    const auto row = rowOf(rows, input);
    if (!row || !rows[*row].subPoint) {
        return Change("undo.liftSubPoint");
    }
    rows[*row].subPoint = false;
    return groupChange("undo.liftSubPoint", group, withRows(group, std::move(rows)));
}

Change moveInputUp(const model::Group& group, const model::Id& input) {
    auto rows = flattenInputs(group.inputs);
    const auto row = rowOf(rows, input);
    if (!row || *row == 0) {
        return Change("undo.moveInput");
    }
    const size_t r = *row;
    if (rows[r].subPoint) {
        // Above its parent it joins the previous input's sub-points; with no
        // previous input it would have to become top-level, so it stays.
        if (rows[r - 1].subPoint || r - 1 > 0) {
            std::swap(rows[r], rows[r - 1]);
        }
    } else {
        size_t previous = r - 1;
        while (previous > 0 && rows[previous].subPoint) {
            --previous;
        }
        rotateBlock(rows, previous, r, blockEnd(rows, r));
    }
    return groupChange("undo.moveInput", group, withRows(group, std::move(rows)));
}

Change moveInputDown(const model::Group& group, const model::Id& input) {
    auto rows = flattenInputs(group.inputs);
    const auto row = rowOf(rows, input);
    if (!row) {
        return Change("undo.moveInput");
    }
    const size_t r = *row;
    if (rows[r].subPoint) {
        if (r + 1 < rows.size()) {
            std::swap(rows[r], rows[r + 1]); // past the next top-level row: its first sub-point
        }
    } else {
        const size_t end = blockEnd(rows, r);
        if (end < rows.size()) {
            rotateBlock(rows, r, end, blockEnd(rows, end));
        }
    }
    return groupChange("undo.moveInput", group, withRows(group, std::move(rows)));
}

Change setInputKind(const model::Group& group, const model::Id& input, model::InputKind kind) {
    auto rows = flattenInputs(group.inputs);
    const auto row = rowOf(rows, input);
    if (!row) {
        return Change("undo.changeKind");
    }
    rows[*row].input.kind = kind;
    if (kind != model::InputKind::Item) {
        rows[*row].subPoint = false;
    }
    return groupChange("undo.changeKind", group, withRows(group, std::move(rows)));
}

Change toggleInputTheme(const model::Group& group, const model::Id& input, const model::Id& theme) {
    const auto path = findInput(group, input);
    if (!path) {
        return Change("undo.inputThemes");
    }
    model::Group after = group;
    model::Input& target =
        path->child ? after.inputs[path->index].children[*path->child] : after.inputs[path->index];
    const auto it = std::find(target.themes.begin(), target.themes.end(), theme);
    if (it == target.themes.end()) {
        target.themes.push_back(theme);
    } else {
        target.themes.erase(it);
    }
    return groupChange("undo.inputThemes", group, std::move(after));
}

} // namespace innspill::app
