// Shared by the set-up panel tests: an event file opened as a session, a
// headless harness drawing one panel in a window of its own, and the typing
// a person does (select all, type, leave the field).
#pragma once

#include "harness.hpp"

#include "app/event_session.hpp"
#include "store/event_file.hpp"
#include "support/on_disk.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <functional>
#include <memory>
#include <string>

namespace innspill::test {

class SetupUi {
  public:
    SetupUi(const model::Event& event, void (*panel)(ui::AppContext&))
        : m_path(m_dir / "e.innspill") {
        store::EventFile::create(m_path, event);
        auto opened = app::openEvent(m_path);
        REQUIRE(opened);
        m_session = std::move(opened.session);
        m_ui = std::make_unique<UiHarness>(m_session.get());
        m_ui->setDraw([panel](ui::AppContext& ctx) {
            ctx.itemRects.beginFrame();
            ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
            ImGui::SetNextWindowSize(ImVec2(UiHarness::kWidth, UiHarness::kHeight));
            ImGui::Begin("setup", nullptr,
                         ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
            panel(ctx);
            ImGui::End();
        });
        m_ui->frame(2);
    }

    UiHarness& ui() { return *m_ui; }
    app::EventSession& session() { return *m_session; }
    const model::Event& event() const { return m_session->event(); }
    model::Event onDisk() const { return test::onDisk(m_path); }

    // Scrolls the panel, as a person would with the wheel, until the item
    // is on screen, clicks it, and draws one more frame so the result shows.
    void click(const std::string& key) {
        INFO("clicking " << key);
        for (int turn = 0; turn < 50; ++turn) {
            const ui::ItemRect* rect = m_ui->item(key);
            REQUIRE(rect != nullptr);
            const float margin = 4.0f;
            if (rect->min.y < margin) {
                m_ui->scrollWheel(ImVec2(UiHarness::kWidth / 2, UiHarness::kHeight / 2), 1.0f);
            } else if (rect->max.y > UiHarness::kHeight - margin) {
                m_ui->scrollWheel(ImVec2(UiHarness::kWidth / 2, UiHarness::kHeight / 2), -1.0f);
            } else {
                break;
            }
        }
        REQUIRE(m_ui->clickItem(key));
        m_ui->frame();
    }

    // Types into the active field, one character per frame as a person would.
    void type(const std::string& text) {
        for (size_t at = 0; at < text.size();) {
            size_t next = at + 1;
            while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) {
                ++next;
            }
            ImGui::GetIO().AddInputCharactersUTF8(text.substr(at, next - at).c_str());
            m_ui->frame();
            at = next;
        }
    }

    void selectAll() {
        ImGui::GetIO().KeyCtrl = true;
        m_ui->pressKey(GLFW_KEY_A);
        ImGui::GetIO().KeyCtrl = false;
        m_ui->frame();
    }

    // Clicks the field, replaces its text with `text` and leaves it with Tab.
    void replaceText(const std::string& key, const std::string& text) {
        click(key);
        selectAll();
        type(text);
        m_ui->pressKey(GLFW_KEY_TAB);
        m_ui->frame();
    }

  private:
    TempDir m_dir;
    std::filesystem::path m_path;
    std::unique_ptr<app::EventSession> m_session;
    std::unique_ptr<UiHarness> m_ui;
};

} // namespace innspill::test
