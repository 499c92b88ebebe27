// Shared drawing helpers.
#include "ui/widgets/widgets.hpp"

#include "ui/widgets/icons.hpp"
#include "ui/widgets/tokens.hpp"

#include <algorithm>
#include <cstring>
#include <string>

namespace innspill::ui {

namespace {

bool isUtf8Continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Splits text into the lines ImGui's own word wrap would draw: paragraphs at
// '\n', then ImFont::CalcWordWrapPositionA within each, skipping the blanks
// a wrap swallows. Never splits a UTF-8 sequence.
class WrappedLines {
  public:
    WrappedLines(std::string_view text, ImFont* font, float scale, float width)
        : m_at(text.data()), m_end(text.data() + text.size()), m_font(font), m_scale(scale),
          m_width(width) {}

    bool next(std::string_view& line) {
        if (m_finished) {
            return false;
        }
        const void* newline =
            m_at < m_end ? std::memchr(m_at, '\n', static_cast<size_t>(m_end - m_at)) : nullptr;
        const char* paragraphEnd = newline ? static_cast<const char*>(newline) : m_end;
        const char* lineEnd = paragraphEnd;
        if (m_at < paragraphEnd) {
            lineEnd = m_font->CalcWordWrapPositionA(m_scale, m_at, paragraphEnd, m_width);
            if (lineEnd <= m_at) {
                lineEnd = m_at + 1; // not even one character fits: show one anyway
            }
            while (lineEnd < paragraphEnd && isUtf8Continuation(*lineEnd)) {
                ++lineEnd;
            }
        }
        line = std::string_view(m_at, static_cast<size_t>(lineEnd - m_at));

        const char* rest = lineEnd;
        while (rest < paragraphEnd && (*rest == ' ' || *rest == '\t')) {
            ++rest;
        }
        if (rest >= paragraphEnd) {
            if (paragraphEnd == m_end) {
                m_finished = true;
            }
            rest = paragraphEnd + (paragraphEnd == m_end ? 0 : 1);
        }
        m_at = rest;
        return true;
    }

  private:
    const char* m_at;
    const char* m_end;
    ImFont* m_font;
    float m_scale;
    float m_width;
    bool m_finished = false;
};

} // namespace

void text(std::string_view value) {
    ImGui::TextUnformatted(value.data(), value.data() + value.size());
}

// ImGui's own wrapped text emits every glyph of a paragraph, visible or not,
// into one draw list, and Debian's ImGui has 16-bit indices: a paragraph of
// ~16,000 characters (a long pasted note) trips its vertex assertion. Drawing
// line by line lets ImGui skip the lines outside the view and keeps any one
// text item small.
void wrappedText(std::string_view value) {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const float width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
    const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;

    // A group: later lines start where the first did (e.g. after a bullet),
    // and the block is one item for hovering and spacing.
    ImGui::BeginGroup();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing.x, 0.0f));
    WrappedLines lines(value, font, scale, width);
    std::string_view line;
    while (lines.next(line)) {
        text(line);
    }
    ImGui::PopStyleVar();
    ImGui::EndGroup();
}

void disabledText(std::string_view value) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    text(value);
    ImGui::PopStyleColor();
}

void disabledWrappedText(std::string_view value) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrappedText(value);
    ImGui::PopStyleColor();
}

namespace {

// A status line: its icon, then the text, in the status colour.
void statusText(const char* icon, const ImVec4& colour, std::string_view value) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    std::string line(icon);
    line += ' ';
    line += value;
    wrappedText(line);
    ImGui::PopStyleColor();
}

} // namespace

void errorWrappedText(std::string_view value) {
    statusText(icon::kError, tokens(Appearance::Light).danger, value);
}

void doneWrappedText(std::string_view value) {
    statusText(icon::kSuccess, tokens(Appearance::Light).success, value);
}

bool beginFields(const char* id) {
    if (!ImGui::BeginTable(id, 2,
                           ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings)) {
        return false;
    }
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    return true;
}

void field(const char* label, std::string_view value) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    disabledText(label);
    ImGui::TableNextColumn();
    wrappedText(value);
}

void endFields() {
    ImGui::EndTable();
}

} // namespace innspill::ui
