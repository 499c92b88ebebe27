// The capture screen test driver.
#include "capture_support.hpp"

#include "store/event_file.hpp"
#include "support/on_disk.hpp"
#include "support/opened_event.hpp"
#include "ui/capture/capture_panel.hpp"
#include "ui/shell/search_panel.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

namespace innspill::test {

namespace {

// The clipboard lives in the ImGui context's user data slot for it, so two
// screens never share one.
const char* getClipboard(void* user) {
    return static_cast<std::string*>(user)->c_str();
}

void setClipboardText(void* user, const char* text) {
    *static_cast<std::string*>(user) = text;
}

std::string& clipboardOf() {
    return *static_cast<std::string*>(ImGui::GetIO().ClipboardUserData);
}

} // namespace

CaptureScreen::CaptureScreen(const model::Event& event) : m_path(m_dir / "capture.innspill") {
    auto opened = test::createAndOpen(m_path, event);
    m_session = std::move(opened.session);
    m_ui = std::make_unique<UiHarness>(m_session.get());
    ImGuiIO& io = ImGui::GetIO();
    io.ClipboardUserData = new std::string();
    io.GetClipboardTextFn = getClipboard;
    io.SetClipboardTextFn = setClipboardText;
    m_ui->setDraw([](ui::AppContext& ctx) {
        ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize); // 1280×800 unless a test says
        ImGui::Begin("capture", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
        ui::drawCapturePanel(ctx);
        ImGui::End();
        ui::drawSearchPanel(ctx);
    });
    m_ui->frame(2);
}

CaptureScreen::~CaptureScreen() {
    m_ui->frame(); // make the harness's context current
    delete static_cast<std::string*>(ImGui::GetIO().ClipboardUserData);
    ImGui::GetIO().ClipboardUserData = nullptr;
}

model::Event CaptureScreen::onDisk() const {
    return test::onDisk(m_path);
}

const model::Group& CaptureScreen::group(const std::string& number) const {
    const model::Group* group = model::findGroupByNumber(m_session->event(), number);
    REQUIRE(group != nullptr);
    return *group;
}

void CaptureScreen::open(const std::string& number) {
    ui::openCaptureGroup(ctx(), group(number).id);
    m_ui->frame(3);
}

void CaptureScreen::type(const std::string& text) {
    m_ui->frame(); // current context
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    m_ui->frame(3);
}

void CaptureScreen::typeSlowly(const std::string& text) {
    size_t at = 0;
    while (at < text.size()) {
        size_t next = at + 1;
        while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) {
            ++next;
        }
        m_ui->frame();
        ImGui::GetIO().AddInputCharactersUTF8(text.substr(at, next - at).c_str());
        m_ui->frame();
        at = next;
    }
    m_ui->frame(2);
}

void CaptureScreen::press(int glfwKey, int modifiers) {
    m_ui->frame();
    ImGuiIO& io = ImGui::GetIO();
    io.KeyShift = (modifiers & kShift) != 0;
    io.KeyCtrl = (modifiers & kCtrl) != 0;
    io.KeyAlt = (modifiers & kAlt) != 0;
    m_ui->pressKey(glfwKey);
    io.KeyShift = io.KeyCtrl = io.KeyAlt = false;
    m_ui->frame(3);
}

void CaptureScreen::setClipboard(const std::string& text) {
    m_ui->frame();
    clipboardOf() = text;
}

std::string CaptureScreen::clipboard() const {
    m_ui->frame();
    return clipboardOf();
}

std::string outline(const model::Group& group) {
    std::string out;
    for (const auto& top : group.inputs) {
        out += out.empty() ? "" : " | ";
        out += top.text;
        for (const auto& child : top.children) {
            out += " >" + child.text;
        }
    }
    return out;
}

} // namespace innspill::test
