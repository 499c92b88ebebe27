// Small drawing helpers shared by the panels. User text always goes through
// these (never through a printf-style format), so a '%' or "##" in a title is
// shown as typed and text of any length is drawn whole.
#pragma once

#include <imgui.h>

#include <string_view>

namespace innspill::ui {

void text(std::string_view value);
void wrappedText(std::string_view value);
void disabledText(std::string_view value);
void disabledWrappedText(std::string_view value);
// Wrapped text in the colour of something that went wrong, or went well.
void errorWrappedText(std::string_view value);
void doneWrappedText(std::string_view value);

// A label/value grid: the labels' column fits the widest label, values wrap.
// Usage: if (beginFields("id")) { field("Rom", room); …; endFields(); }
bool beginFields(const char* id);
void field(const char* label, std::string_view value);
void endFields();

} // namespace innspill::ui
