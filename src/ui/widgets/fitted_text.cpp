// Cut-to-fit cell text with the whole text on hover.
#include "ui/widgets/fitted_text.hpp"

#include "ui/widgets/imgui_ext.hpp"

#include <imgui.h>

namespace innspill::ui {

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6"; // …

float widthOf(std::string_view text) {
    return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
}

// The byte offset just past the next whole UTF-8 character from `at`.
size_t nextCharacter(std::string_view text, size_t at) {
    unsigned int c = 0;
    return at +
           static_cast<size_t>(ext::decodeUtf8(&c, text.data() + at, text.data() + text.size()));
}

} // namespace

std::string fitWithEllipsis(std::string_view text, float width) {
    const size_t line = text.find('\n');
    const bool multiLine = line != std::string_view::npos;
    if (!multiLine && widthOf(text) <= width) {
        return std::string(text);
    }
    const std::string_view first = text.substr(0, line);
    const float room = width - widthOf(kEllipsis);
    // Whole characters while they fit: a linear walk from the start, ended
    // by the first one that does not (a cell holds a few dozen at most).
    size_t fits = 0;
    float used = 0.0f;
    for (size_t at = 0; at < first.size();) {
        const size_t next = nextCharacter(first, at);
        used += widthOf(first.substr(at, next - at));
        if (used > room) {
            break;
        }
        fits = next;
        at = next;
    }
    return std::string(first.substr(0, fits)) + std::string(kEllipsis);
}

std::string fitKeepingEnd(std::string_view text, float width) {
    if (widthOf(text) <= width) {
        return std::string(text);
    }
    const float room = width - widthOf(kEllipsis);
    // Character starts from the front; keep the shortest start cut that fits.
    for (size_t at = 0; at < text.size(); at = nextCharacter(text, at)) {
        if (widthOf(text.substr(at)) <= room) {
            return std::string(kEllipsis) + std::string(text.substr(at));
        }
    }
    return std::string(kEllipsis);
}

bool fittedText(std::string_view text) {
    const float width = ImGui::GetContentRegionAvail().x;
    const std::string shown = fitWithEllipsis(text, width);
    ImGui::TextUnformatted(shown.data(), shown.data() + shown.size());
    const bool cut = shown.size() != text.size() || shown != text;
    // A row's Selectable spanning the columns is the hovered item; the cell's
    // text still says what it cuts.
    if (cut && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenOverlapped |
                                    ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 35.0f);
        ImGui::TextUnformatted(text.data(), text.data() + text.size());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    return cut;
}

} // namespace innspill::ui
