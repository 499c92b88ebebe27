// Scoped font switching.
#include "ui/widgets/font_roles.hpp"

#include <imgui.h>

namespace innspill::ui {

FontScope::FontScope(ImFont* font) : m_pushed(font != nullptr) {
    if (m_pushed) {
        ImGui::PushFont(font);
    }
}

FontScope::~FontScope() {
    if (m_pushed) {
        ImGui::PopFont();
    }
}

} // namespace innspill::ui
