// Word wrap into byte ranges, caret geometry and line-by-line drawing.
#include "ui/capture/text_layout.hpp"

#include "ui/widgets/imgui_ext.hpp"

#include <algorithm>
#include <cfloat>
#include <cstring>

namespace innspill::ui {

namespace {

bool isContinuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

float fontScale() {
    ImFont* font = ImGui::GetFont();
    return ImGui::GetFontSize() / font->FontSize;
}

template <typename OnLine> void wrapLines(std::string_view text, float width, OnLine&& onLine) {
    ImFont* font = ImGui::GetFont();
    const float scale = fontScale();
    width = std::max(width, 1.0f);
    const char* base = text.data();
    const char* end = base + text.size();
    const char* at = base;
    while (true) {
        const void* newline =
            at < end ? std::memchr(at, '\n', static_cast<size_t>(end - at)) : nullptr;
        const char* paragraphEnd = newline ? static_cast<const char*>(newline) : end;
        const char* lineEnd = paragraphEnd;
        if (at < paragraphEnd) {
            lineEnd = font->CalcWordWrapPositionA(scale, at, paragraphEnd, width);
            if (lineEnd <= at) {
                lineEnd = at + 1; // not even one character fits: take one anyway
            }
            while (lineEnd < paragraphEnd && isContinuation(*lineEnd)) {
                ++lineEnd;
            }
        }
        const char* next = lineEnd;
        if (lineEnd < paragraphEnd) {
            while (next < paragraphEnd && (*next == ' ' || *next == '\t')) {
                ++next;
            }
        }
        if (next >= paragraphEnd) {
            if (paragraphEnd == end) {
                onLine(TextLine{static_cast<size_t>(at - base), static_cast<size_t>(lineEnd - base),
                                text.size()});
                return;
            }
            next = paragraphEnd + 1; // past the newline
        }
        onLine(TextLine{static_cast<size_t>(at - base), static_cast<size_t>(lineEnd - base),
                        static_cast<size_t>(next - base)});
        at = next;
    }
}

} // namespace

size_t TextLayout::lineOf(size_t offset) const {
    const auto it =
        std::upper_bound(lines.begin(), lines.end(), offset,
                         [](size_t value, const TextLine& line) { return value < line.begin; });
    return it == lines.begin() ? 0 : static_cast<size_t>(it - lines.begin()) - 1;
}

TextLayout layoutText(std::string_view text, float width) {
    TextLayout layout;
    layout.lineHeight = ImGui::GetFontSize();
    layout.width = width;
    wrapLines(text, width, [&](const TextLine& line) { layout.lines.push_back(line); });
    return layout;
}

float textHeight(std::string_view text, float width) {
    size_t lines = 0;
    wrapLines(text, width, [&](const TextLine&) { ++lines; });
    return ImGui::GetFontSize() * static_cast<float>(lines);
}

float caretX(std::string_view text, const TextLine& line, size_t offset) {
    const size_t stop = std::clamp(offset, line.begin, line.end);
    if (stop == line.begin) {
        return 0.0f;
    }
    return ImGui::GetFont()
        ->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, -1.0f, text.data() + line.begin,
                        text.data() + stop)
        .x;
}

size_t offsetAtX(std::string_view text, const TextLine& line, float x) {
    ImFont* font = ImGui::GetFont();
    const float scale = fontScale();
    float at = 0.0f;
    size_t offset = line.begin;
    while (offset < line.end) {
        unsigned int c = 0;
        const int bytes = ext::decodeUtf8(&c, text.data() + offset, text.data() + line.end);
        const float advance = font->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
        if (x < at + advance * 0.5f) {
            return offset;
        }
        at += advance;
        offset += static_cast<size_t>(std::max(bytes, 1));
    }
    return line.end;
}

size_t offsetAt(std::string_view text, const TextLayout& layout, ImVec2 local) {
    if (layout.lines.empty()) {
        return 0;
    }
    const float row = layout.lineHeight > 0.0f ? local.y / layout.lineHeight : 0.0f;
    const size_t index =
        row < 0.0f ? 0 : std::min(static_cast<size_t>(row), layout.lines.size() - 1);
    return offsetAtX(text, layout.lines[index], local.x);
}

void drawLayout(std::string_view text, const TextLayout& layout, ImVec2 origin, ImU32 colour) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec4 clip = draw->GetClipRectMax().y > 0.0f
                            ? ImVec4(draw->GetClipRectMin().x, draw->GetClipRectMin().y,
                                     draw->GetClipRectMax().x, draw->GetClipRectMax().y)
                            : ImVec4(-FLT_MAX, -FLT_MAX, FLT_MAX, FLT_MAX);
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    for (size_t i = 0; i < layout.lines.size(); ++i) {
        const float y = origin.y + layout.lineHeight * static_cast<float>(i);
        if (y + layout.lineHeight < clip.y) {
            continue;
        }
        if (y > clip.w) {
            break;
        }
        const TextLine& line = layout.lines[i];
        if (line.end > line.begin) {
            draw->AddText(font, size, ImVec2(origin.x, y), colour, text.data() + line.begin,
                          text.data() + line.end);
        }
    }
}

} // namespace innspill::ui
