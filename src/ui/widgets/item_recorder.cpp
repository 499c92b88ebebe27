// Item rectangle recording for headless UI tests.
#include "ui/widgets/item_recorder.hpp"

#include "ui/widgets/imgui_ext.hpp"

namespace innspill::ui {

void ItemRecorder::beginFrame() {
    m_items.clear();
}

void ItemRecorder::record(std::string_view prefix, std::string_view name) {
    if (!m_enabled) {
        return;
    }
    std::string key;
    key.reserve(prefix.size() + name.size());
    key.append(prefix).append(name);
    m_items[std::move(key)] =
        ItemRect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ext::lastItemId()};
}

const ItemRect* ItemRecorder::find(std::string_view key) const {
    const auto it = m_items.find(key);
    return it == m_items.end() ? nullptr : &it->second;
}

std::string ItemRecorder::keyOf(ImGuiID id) const {
    if (id == 0) {
        return {};
    }
    for (const auto& [key, rect] : m_items) {
        if (rect.id == id) {
            return key;
        }
    }
    return {};
}

std::size_t ItemRecorder::countWithPrefix(std::string_view prefix) const {
    std::size_t count = 0;
    for (auto it = m_items.lower_bound(prefix);
         it != m_items.end() && std::string_view(it->first).starts_with(prefix); ++it) {
        ++count;
    }
    return count;
}

} // namespace innspill::ui
