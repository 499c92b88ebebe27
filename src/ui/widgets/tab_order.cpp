// Steering Tab out of an ImGui field.
#include "ui/widgets/tab_order.hpp"

#include "ui/widgets/imgui_ext.hpp"

#include <imgui.h>

namespace innspill::ui {

int takeTabFromItem(bool forward, bool backward) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!ImGui::IsItemActive() || io.KeyCtrl || io.KeyAlt ||
        !ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab)) ||
        !(io.KeyShift ? backward : forward)) {
        return 0;
    }
    ext::cancelTabbing();
    ext::clearActiveId();
    return io.KeyShift ? -1 : +1;
}

} // namespace innspill::ui
