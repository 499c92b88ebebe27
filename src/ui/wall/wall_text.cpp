// Clamped, wrapped card text.
#include "ui/wall/wall_text.hpp"

#include <algorithm>
#include <cstring>

namespace innspill::ui {

namespace {

bool isUtf8Continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

struct Face {
    ImFont* font;
    float size;
    float scale;
};

Face faceOf(const ClampedText& layout) {
    ImFont* font = layout.font != nullptr ? layout.font : ImGui::GetFont();
    const float size = layout.size > 0.0f ? layout.size : ImGui::GetFontSize();
    return Face{font, size, size / font->FontSize};
}

// Calls emit(begin, end, line, cut) for each line to draw. On the last
// allowed line with text still to come, `cut` is true and [begin, end) runs to
// the end of the paragraph: the caller fits what it can before an ellipsis.
template <typename Emit>
int forEachLine(const ClampedText& layout, const Face& face, std::string_view text, Emit emit) {
    const char* at = text.data();
    const char* const end = text.data() + text.size();
    while (at < end && (isBlank(*at) || *at == '\n')) {
        ++at;
    }
    const int maxLines = std::max(1, layout.maxLines);
    for (int line = 0;; ++line) {
        const float width = std::max(1.0f, layout.width - (line == 0 ? layout.firstIndent : 0.0f));
        const void* newline =
            at < end ? std::memchr(at, '\n', static_cast<size_t>(end - at)) : nullptr;
        const char* paragraphEnd = newline ? static_cast<const char*>(newline) : end;
        const char* lineEnd = paragraphEnd;
        if (at < paragraphEnd) {
            lineEnd = face.font->CalcWordWrapPositionA(face.scale, at, paragraphEnd, width);
            if (lineEnd <= at) {
                lineEnd = at + 1; // not even one character fits: show one anyway
            }
            while (lineEnd < paragraphEnd && isUtf8Continuation(*lineEnd)) {
                ++lineEnd;
            }
            // The first word does not fit beside the indent (the number):
            // start the text on the next line rather than split the word.
            const bool midWord =
                lineEnd < paragraphEnd && !isBlank(*lineEnd) && !isBlank(*(lineEnd - 1));
            if (line == 0 && layout.firstIndent > 0.0f && midWord && maxLines > 1) {
                emit(at, at, line, false);
                continue;
            }
        }
        const char* rest = lineEnd;
        while (rest < paragraphEnd && isBlank(*rest)) {
            ++rest;
        }
        if (rest >= paragraphEnd) {
            rest = paragraphEnd == end ? end : paragraphEnd + 1;
        }
        const bool more = rest < end;
        if (more && line == maxLines - 1) {
            emit(at, paragraphEnd, line, true);
            return line + 1;
        }
        emit(at, lineEnd, line, false);
        if (!more) {
            return line + 1;
        }
        at = rest;
    }
}

const char* ellipsisFor(const ImFont* font) {
    // ImGui's built-in font (the fallback) has no U+2026.
    return font->FindGlyphNoFallback(0x2026) != nullptr ? "\xE2\x80\xA6" : "...";
}

} // namespace

void cutToLimit(ImGuiInputTextCallbackData* data, size_t limit) {
    // Bytes are at least characters: only a longer buffer needs counting.
    if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit ||
        static_cast<size_t>(data->BufTextLen) <= limit) {
        return;
    }
    // The byte where character number `limit` starts (or the end).
    size_t cut = 0;
    size_t characters = 0;
    const auto length = static_cast<size_t>(data->BufTextLen);
    for (; cut < length; ++cut) {
        if (!isUtf8Continuation(data->Buf[cut]) && characters++ == limit) {
            break;
        }
    }
    if (cut >= length) {
        return;
    }
    data->DeleteChars(static_cast<int>(cut), data->BufTextLen - static_cast<int>(cut));
}

std::string shortened(std::string_view text, size_t maxBytes) {
    if (text.size() <= maxBytes) {
        return std::string(text);
    }
    size_t cut = maxBytes;
    while (cut > 0 && isUtf8Continuation(text[cut])) {
        --cut;
    }
    return std::string(text.substr(0, cut)) + "\xE2\x80\xA6";
}

float longestWordWidth(const ClampedText& layout, std::string_view text) {
    const Face face = faceOf(layout);
    float widest = 0.0f;
    size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && (isBlank(text[at]) || text[at] == '\n')) {
            ++at;
        }
        size_t end = at;
        while (end < text.size() && !isBlank(text[end]) && text[end] != '\n') {
            ++end;
        }
        if (end > at) {
            const char* begin = text.data() + at;
            widest = std::max(
                widest,
                face.font->CalcTextSizeA(face.size, FLT_MAX, 0.0f, begin, begin + (end - at)).x);
        }
        at = end;
    }
    return widest;
}

int clampedLineCount(const ClampedText& layout, std::string_view text) {
    const Face face = faceOf(layout);
    return forEachLine(layout, face, text, [](const char*, const char*, int, bool) {});
}

float drawClampedText(ImDrawList* drawList, const ClampedText& layout, ImVec2 pos,
                      std::string_view text, ImU32 colour, bool strike) {
    const Face face = faceOf(layout);
    const char* ellipsis = ellipsisFor(face.font);
    const float ellipsisWidth = face.font->CalcTextSizeA(face.size, FLT_MAX, 0.0f, ellipsis).x;
    const float strikeThickness = std::max(1.0f, face.size / 14.0f);

    const int lines = forEachLine(
        layout, face, text, [&](const char* begin, const char* end, int line, bool cut) {
            const float indent = line == 0 ? layout.firstIndent : 0.0f;
            const ImVec2 at(pos.x + indent, pos.y + static_cast<float>(line) * face.size);
            float width = 0.0f;
            if (cut) {
                const float room = std::max(0.0f, layout.width - indent - ellipsisWidth);
                const char* fits = begin;
                face.font->CalcTextSizeA(face.size, room, 0.0f, begin, end, &fits);
                while (fits > begin && isBlank(*(fits - 1))) {
                    --fits;
                }
                drawList->AddText(face.font, face.size, at, colour, begin, fits);
                width = face.font->CalcTextSizeA(face.size, FLT_MAX, 0.0f, begin, fits).x;
                drawList->AddText(face.font, face.size, ImVec2(at.x + width, at.y), colour,
                                  ellipsis);
                width += ellipsisWidth;
            } else {
                drawList->AddText(face.font, face.size, at, colour, begin, end);
                width = face.font->CalcTextSizeA(face.size, FLT_MAX, 0.0f, begin, end).x;
            }
            if (strike && width > 0.0f) {
                const float y = at.y + face.size * 0.55f;
                drawList->AddLine(ImVec2(at.x, y), ImVec2(at.x + width, y), colour,
                                  strikeThickness);
            }
        });
    return static_cast<float>(lines) * face.size;
}

} // namespace innspill::ui
