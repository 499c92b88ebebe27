// The capture screen's text editor: keyboard ownership, keys, mouse, drawing.
#include "ui/capture/text_editor.hpp"

#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/key_codes.hpp"

#include <algorithm>

namespace innspill::ui {

namespace {

std::string clipboardText() {
    const char* text = ImGui::GetClipboardText();
    std::string out;
    if (text == nullptr) {
        return out;
    }
    // One kind of line break, tabs as spaces, no other control characters.
    for (const char* at = text; *at != '\0'; ++at) {
        const char c = *at;
        if (c == '\r') {
            out += '\n';
            if (at[1] == '\n') {
                ++at;
            }
        } else if (c == '\t') {
            out += ' ';
        } else if (c == '\n' || static_cast<unsigned char>(c) >= 0x20) {
            if (c != 0x7F) {
                out += c;
            }
        }
    }
    return out;
}

std::string trimLineBreaks(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
        text.pop_back();
    }
    size_t start = 0;
    while (start < text.size() && text[start] == '\n') {
        ++start;
    }
    return text.substr(start);
}

class KeyHandler {
  public:
    KeyHandler(EditorState& state, EditorMode mode, const EditorLook& look, EditorResult& result)
        : m_state(state), m_mode(mode), m_look(look), m_result(result) {}

    void run() {
        ImGuiIO& io = ImGui::GetIO();
        typeCharacters(io);
        const bool ctrl = io.KeyCtrl;
        const bool shift = io.KeyShift;
        const bool alt = io.KeyAlt;
        const bool list = m_mode == EditorMode::ListItem;

        if (keys::pressed(ImGuiKey_LeftArrow)) {
            moveHorizontal(false, ctrl, shift);
        }
        if (keys::pressed(ImGuiKey_RightArrow)) {
            moveHorizontal(true, ctrl, shift);
        }
        if (keys::pressed(ImGuiKey_UpArrow)) {
            if (alt && list) {
                act(EditorAction::MoveUp);
            } else if (!alt) {
                moveVertical(-1, shift);
            }
        }
        if (keys::pressed(ImGuiKey_DownArrow)) {
            if (alt && list) {
                act(EditorAction::MoveDown);
            } else if (!alt) {
                moveVertical(1, shift);
            }
        }
        if (keys::pressed(ImGuiKey_Home)) {
            moveTo(ctrl ? 0 : currentLine().begin, shift);
        }
        if (keys::pressed(ImGuiKey_End)) {
            moveTo(ctrl ? text().size() : currentLine().end, shift);
        }
        if (keys::pressed(ImGuiKey_Backspace)) {
            if (list && m_state.cursor.caret == 0 && !m_state.cursor.hasSelection()) {
                act(EditorAction::JoinPrevious);
            } else {
                edited(eraseBackward(m_state.text, m_state.cursor, ctrl));
            }
        }
        if (keys::pressed(ImGuiKey_Delete)) {
            if (shift && !ctrl) {
                cut();
            } else if (list && m_state.cursor.caret == text().size() &&
                       !m_state.cursor.hasSelection()) {
                act(EditorAction::JoinNext);
            } else {
                edited(eraseForward(m_state.text, m_state.cursor, ctrl));
            }
        }
        if (keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter)) {
            enter(shift);
        }
        if (keys::pressed(ImGuiKey_Tab)) {
            if (list) {
                act(shift ? EditorAction::Outdent : EditorAction::Indent);
            } else {
                act(shift ? EditorAction::PreviousField : EditorAction::NextField);
            }
        }
        if (keys::pressed(ImGuiKey_Escape, false)) {
            act(EditorAction::Escape);
        }
        if (keys::pressedCode(keys::function(6))) {
            act(shift ? EditorAction::PreviousField : EditorAction::NextField);
        }
        if (keys::pressed(ImGuiKey_Insert, false)) {
            if (ctrl) {
                copy();
            } else if (shift) {
                paste();
            }
        }
        if (ctrl && !alt) {
            shortcuts(list);
        }
    }

  private:
    const std::string& text() const { return m_state.text; }

    void act(EditorAction action) {
        if (m_result.action == EditorAction::None) {
            m_result.action = action;
        }
    }

    void edited(bool changed) {
        if (changed) {
            m_result.changed = true;
            m_state.scrollToCaret = true;
            m_state.preferredX = -1.0f;
        }
    }

    const TextLayout& layout() {
        if (m_state.layoutText != m_state.text || m_state.layout.width != m_look.width) {
            m_state.layout = layoutText(m_state.text, m_look.width);
            m_state.layoutText = m_state.text;
        }
        return m_state.layout;
    }

    const TextLine& currentLine() {
        const TextLayout& lines = layout();
        return lines.lines[lines.lineOf(m_state.cursor.caret)];
    }

    void typeCharacters(ImGuiIO& io) {
        std::string typed;
        for (const ImWchar c : io.InputQueueCharacters) {
            typed += typedCharacter(c);
        }
        // Ours: no other widget may type the same characters this frame.
        io.InputQueueCharacters.resize(0);
        if (!typed.empty()) {
            insert(typed);
        }
    }

    void insert(std::string_view value) {
        m_state.cut = !replaceSelection(m_state.text, m_state.cursor, value, m_look.maxCharacters);
        edited(true);
    }

    void moveTo(size_t at, bool select) {
        m_state.cursor.caret = at;
        if (!select) {
            m_state.cursor.anchor = at;
        }
        m_state.preferredX = -1.0f;
        m_state.scrollToCaret = true;
    }

    void moveHorizontal(bool forward, bool word, bool select) {
        TextCursor& cursor = m_state.cursor;
        if (cursor.hasSelection() && !select) {
            moveTo(forward ? cursor.end() : cursor.begin(), false);
            return;
        }
        const size_t at =
            forward ? (word ? nextWord(text(), cursor.caret) : nextCharacter(text(), cursor.caret))
                    : (word ? previousWord(text(), cursor.caret)
                            : previousCharacter(text(), cursor.caret));
        moveTo(at, select);
    }

    void moveVertical(int direction, bool select) {
        const TextLayout& lines = layout();
        const size_t line = lines.lineOf(m_state.cursor.caret);
        const bool edge = direction < 0 ? line == 0 : line + 1 >= lines.lines.size();
        if (edge) {
            if (m_mode == EditorMode::ListItem && !select) {
                act(direction < 0 ? EditorAction::Previous : EditorAction::Next);
            } else {
                moveTo(direction < 0 ? 0 : text().size(), select);
            }
            return;
        }
        const float x = m_state.preferredX >= 0.0f
                            ? m_state.preferredX
                            : caretX(text(), lines.lines[line], m_state.cursor.caret);
        const size_t target = direction < 0 ? line - 1 : line + 1;
        moveTo(offsetAtX(text(), lines.lines[target], x), select);
        m_state.preferredX = x;
    }

    void enter(bool shift) {
        switch (m_mode) {
        case EditorMode::ListItem:
            if (shift) {
                insert("\n");
            } else {
                act(EditorAction::Enter);
            }
            return;
        case EditorMode::Paragraphs:
            insert("\n");
            return;
        case EditorMode::SingleLine:
            act(EditorAction::Enter);
            return;
        }
    }

    void copy() {
        const TextCursor& cursor = m_state.cursor;
        if (cursor.hasSelection()) {
            const std::string selected =
                text().substr(cursor.begin(), cursor.end() - cursor.begin());
            ImGui::SetClipboardText(selected.c_str());
        }
    }

    void cut() {
        if (m_state.cursor.hasSelection()) {
            copy();
            edited(eraseBackward(m_state.text, m_state.cursor, false));
        }
    }

    void paste() {
        std::string value = clipboardText();
        switch (m_mode) {
        case EditorMode::ListItem: {
            std::string lines = trimLineBreaks(value);
            if (lines.find('\n') != std::string::npos) {
                m_result.paste = std::move(lines);
                act(EditorAction::PasteLines);
                return;
            }
            value = std::move(lines);
            break;
        }
        case EditorMode::SingleLine:
            std::replace(value.begin(), value.end(), '\n', ' ');
            break;
        case EditorMode::Paragraphs:
            break;
        }
        if (!value.empty()) {
            insert(value);
        }
    }

    void shortcuts(bool list) {
        if (keys::pressed(ImGuiKey_A, false)) {
            m_state.cursor.anchor = 0;
            m_state.cursor.caret = text().size();
        }
        if (keys::pressed(ImGuiKey_C, false)) {
            copy();
        }
        if (keys::pressed(ImGuiKey_X, false)) {
            cut();
        }
        if (keys::pressed(ImGuiKey_V, false)) {
            paste();
        }
        if (!list) {
            return;
        }
        for (int n = 1; n <= 9; ++n) {
            if (keys::pressedCode(keys::digit(n))) {
                m_result.theme = n;
                act(EditorAction::Theme);
            }
        }
        if (keys::pressedCode(keys::letter('L'))) {
            act(EditorAction::MarkLeadIn);
        }
        if (keys::pressedCode(keys::letter('H'))) {
            act(EditorAction::MarkSubHeading);
        }
    }

    EditorState& m_state;
    EditorMode m_mode;
    const EditorLook& m_look;
    EditorResult& m_result;
};

void drawSelection(const EditorState& state, ImVec2 origin) {
    const TextCursor& cursor = state.cursor;
    if (!cursor.hasSelection()) {
        return;
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 colour = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
    const TextLayout& layout = state.layout;
    const float blank = ImGui::GetFontSize() * 0.3f; // a selected line break shows as a sliver
    for (size_t i = 0; i < layout.lines.size(); ++i) {
        const TextLine& line = layout.lines[i];
        if (line.next <= cursor.begin() && i + 1 < layout.lines.size()) {
            continue;
        }
        if (line.begin > cursor.end() || (line.begin == cursor.end() && i > 0)) {
            break;
        }
        const float x0 = caretX(state.text, line, std::max(cursor.begin(), line.begin));
        float x1 = caretX(state.text, line, std::min(cursor.end(), line.end));
        if (cursor.end() > line.end) {
            x1 += blank;
        }
        const float y = origin.y + layout.lineHeight * static_cast<float>(i);
        draw->AddRectFilled(ImVec2(origin.x + x0, y), ImVec2(origin.x + x1, y + layout.lineHeight),
                            colour);
    }
}

} // namespace

void EditorState::load(const std::string& value, size_t caret) {
    text = value;
    synced = value;
    cursor.collapse(clampToCharacter(text, caret));
    preferredX = -1.0f;
    dragging = false;
    cut = false;
    scrollToCaret = true;
}

EditorResult drawEditor(const char* idLabel, EditorState& state, EditorMode mode,
                        const EditorLook& look) {
    ImGuiIO& io = ImGui::GetIO();
    const ImGuiID id = ext::windowId(idLabel);
    EditorLook sized = look;
    sized.width = std::max(look.width, 1.0f);
    EditorResult result;

    if (state.wantFocus) {
        state.scrollToCaret = true;
    }
    const bool owns = claimKeyboard(id, state.wantFocus);
    state.wantFocus = false;
    state.cursor.caret = clampToCharacter(state.text, state.cursor.caret);
    state.cursor.anchor = clampToCharacter(state.text, state.cursor.anchor);

    if (owns) {
        // io.WantTextInput stays off on purpose: the shell leaves Ctrl+Z to a
        // field that has its own undo, and this editor has none — what it
        // types is in the session's undo, one step per burst.
        result.active = true;
        KeyHandler(state, mode, sized, result).run();
    }

    if (state.layoutText != state.text || state.layout.width != sized.width ||
        state.layoutFontSize != ImGui::GetFontSize()) {
        state.layout = layoutText(state.text, sized.width);
        state.layoutText = state.text;
        state.layoutFontSize = ImGui::GetFontSize();
    }
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    bool hovered = false;
    ext::addItem(origin, ImVec2(origin.x + sized.width, origin.y + state.layout.height()), id,
                 &hovered);
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    }

    const ImVec2 local(io.MousePos.x - origin.x, io.MousePos.y - origin.y);
    if (hovered && io.MouseClicked[0]) {
        ext::takeKeyboard(id, true);
        const size_t at = offsetAt(state.text, state.layout, local);
        if (io.MouseDoubleClicked[0]) {
            const auto [begin, end] = wordAt(state.text, at);
            state.cursor.anchor = begin;
            state.cursor.caret = end;
        } else if (io.KeyShift) {
            state.cursor.caret = at;
        } else {
            state.cursor.collapse(at);
        }
        state.dragging = true;
        state.preferredX = -1.0f;
        result.active = true;
    } else if (state.dragging && io.MouseDown[0] && ext::activeId() == id) {
        state.cursor.caret = offsetAt(state.text, state.layout, local);
    }
    if (!io.MouseDown[0]) {
        state.dragging = false;
    }

    drawSelection(state, origin);
    drawLayout(state.text, state.layout, origin,
               look.textColour != 0 ? look.textColour : ImGui::GetColorU32(ImGuiCol_Text));
    if (ext::activeId() == id) {
        const TextLayout& layout = state.layout;
        const size_t line = layout.lineOf(state.cursor.caret);
        const float x = origin.x + caretX(state.text, layout.lines[line], state.cursor.caret);
        const float y = origin.y + layout.lineHeight * static_cast<float>(line);
        ImGui::GetWindowDrawList()->AddLine(ImVec2(x, y), ImVec2(x, y + layout.lineHeight),
                                            ImGui::GetColorU32(ImGuiCol_Text), 1.5f);
        if (state.scrollToCaret) {
            const float margin = layout.lineHeight;
            ext::scrollIntoView(ImVec2(x, y - margin),
                                ImVec2(x + 1.0f, y + layout.lineHeight + margin));
            state.scrollToCaret = false;
        }
    }
    return result;
}

bool claimKeyboard(ImGuiID id, bool request) {
    if (request) {
        ext::takeKeyboard(id, true);
    } else if (ext::activeId() == 0 && ext::rootWindowFocused() && !ImGui::GetIO().MouseDown[0]) {
        ext::takeKeyboard(id, false);
    }
    if (ext::activeId() != id) {
        return false;
    }
    ext::keepKeyboard(id);
    return true;
}

void keepArrowKeys() {
    if (ImGui::IsItemActive()) {
        ext::keepArrowKeys();
    }
}

float editorHeight(std::string_view text, float width) {
    return textHeight(text, std::max(width, 1.0f));
}

bool drawStaticText(const char* idLabel, std::string_view text, float width, ImU32 colour,
                    size_t* clickedAt) {
    const ImGuiID id = ext::windowId(idLabel);
    width = std::max(width, 1.0f);
    const TextLayout layout = layoutText(text, width);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    bool hovered = false;
    if (!ext::addItem(origin, ImVec2(origin.x + width, origin.y + layout.height()), id, &hovered)) {
        return false;
    }
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    }
    drawLayout(text, layout, origin, colour);
    if (hovered && ImGui::GetIO().MouseClicked[0]) {
        if (clickedAt != nullptr) {
            const ImVec2 mouse = ImGui::GetIO().MousePos;
            *clickedAt = offsetAt(text, layout, ImVec2(mouse.x - origin.x, mouse.y - origin.y));
        }
        return true;
    }
    return false;
}

} // namespace innspill::ui
