// A capture screen on a real event file, driven from the keyboard the way a
// facilitator types: characters through io.AddInputCharactersUTF8, keys
// through io.KeysDown[] with the modifiers held across the press, and a
// clipboard of the test's own (io.SetClipboardTextFn / GetClipboardTextFn).
#pragma once

#include "app/event_session.hpp"
#include "harness.hpp"
#include "model/event.hpp"
#include "support/temp_dir.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace innspill::test {

enum Modifiers { kNone = 0, kShift = 1, kCtrl = 2, kAlt = 4 };

class CaptureScreen {
  public:
    explicit CaptureScreen(const model::Event& event);
    ~CaptureScreen();

    UiHarness& ui() { return *m_ui; }
    ui::AppContext& ctx() { return m_ui->ctx(); }
    app::EventSession& session() { return *m_session; }
    const std::filesystem::path& path() const { return m_path; }

    // The event as the file holds it now.
    model::Event onDisk() const;
    const model::Group& group(const std::string& number) const;

    void open(const std::string& number);
    // Types text (any UTF-8) in one frame, then lets it settle.
    void type(const std::string& text);
    // Types text one character per frame.
    void typeSlowly(const std::string& text);
    void press(int glfwKey, int modifiers = kNone);
    void setClipboard(const std::string& text);
    std::string clipboard() const;

  private:
    TempDir m_dir;
    std::filesystem::path m_path;
    std::unique_ptr<app::EventSession> m_session;
    std::unique_ptr<UiHarness> m_ui;
};

// The inputs of a group as one line: "A >a1 >a2 B" (sub-points after ">").
std::string outline(const model::Group& group);

} // namespace innspill::test
