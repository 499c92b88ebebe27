// Item rectangle recording for headless UI tests.
#include "ui/widgets/item_recorder.hpp"

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
    m_items[std::move(key)] = ItemRect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
}

const ItemRect* ItemRecorder::find(std::string_view key) const {
    const auto it = m_items.find(key);
    return it == m_items.end() ? nullptr : &it->second;
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
