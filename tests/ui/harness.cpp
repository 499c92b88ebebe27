// The headless ImGui harness.
#include "harness.hpp"

#include "ui/shell/main_window.hpp"
#include "ui/widgets/style.hpp"

#include <imgui_internal.h>

// Only the key constants: the harness never initialises GLFW.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <string>

namespace innspill::test {

namespace {

// Built once for the whole test run: rasterising the atlas is the slowest
// part of a context, and tests never render pixels from it.
ImFontAtlas& sharedFontAtlas() {
    static ImFontAtlas atlas;
    if (!atlas.IsBuilt()) {
        unsigned char* pixels = nullptr;
        int width = 0;
        int height = 0;
        atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    return atlas;
}

// The same mapping imgui_impl_glfw.cpp (1.86) installs, so a shortcut tested
// here is the key a person presses.
void mapKeysLikeGlfwBackend(ImGuiIO& io) {
    io.KeyMap[ImGuiKey_Tab] = GLFW_KEY_TAB;
    io.KeyMap[ImGuiKey_LeftArrow] = GLFW_KEY_LEFT;
    io.KeyMap[ImGuiKey_RightArrow] = GLFW_KEY_RIGHT;
    io.KeyMap[ImGuiKey_UpArrow] = GLFW_KEY_UP;
    io.KeyMap[ImGuiKey_DownArrow] = GLFW_KEY_DOWN;
    io.KeyMap[ImGuiKey_PageUp] = GLFW_KEY_PAGE_UP;
    io.KeyMap[ImGuiKey_PageDown] = GLFW_KEY_PAGE_DOWN;
    io.KeyMap[ImGuiKey_Home] = GLFW_KEY_HOME;
    io.KeyMap[ImGuiKey_End] = GLFW_KEY_END;
    io.KeyMap[ImGuiKey_Insert] = GLFW_KEY_INSERT;
    io.KeyMap[ImGuiKey_Delete] = GLFW_KEY_DELETE;
    io.KeyMap[ImGuiKey_Backspace] = GLFW_KEY_BACKSPACE;
    io.KeyMap[ImGuiKey_Space] = GLFW_KEY_SPACE;
    io.KeyMap[ImGuiKey_Enter] = GLFW_KEY_ENTER;
    io.KeyMap[ImGuiKey_Escape] = GLFW_KEY_ESCAPE;
    io.KeyMap[ImGuiKey_KeyPadEnter] = GLFW_KEY_KP_ENTER;
    io.KeyMap[ImGuiKey_A] = GLFW_KEY_A;
    io.KeyMap[ImGuiKey_C] = GLFW_KEY_C;
    io.KeyMap[ImGuiKey_V] = GLFW_KEY_V;
    io.KeyMap[ImGuiKey_X] = GLFW_KEY_X;
    io.KeyMap[ImGuiKey_Y] = GLFW_KEY_Y;
    io.KeyMap[ImGuiKey_Z] = GLFW_KEY_Z;
}

} // namespace

UiHarness::UiHarness(app::EventSession* session) {
    m_imgui = ImGui::CreateContext(&sharedFontAtlas());
    makeCurrent();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = ImVec2(kWidth, kHeight);
    io.DeltaTime = 1.0f / 60.0f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // What imgui_impl_opengl3 announces on OpenGL 3.2+: draw lists may grow
    // past 64K vertices. Without it the harness would fail layouts the app
    // draws fine.
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    mapKeysLikeGlfwBackend(io);
    ui::applyStyle(ImGui::GetStyle(), 1.0f);

    m_ctx.session = session;
    m_ctx.itemRects.setEnabled(true);
}

UiHarness::~UiHarness() {
    ImGui::DestroyContext(m_imgui);
}

void UiHarness::makeCurrent() const {
    ImGui::SetCurrentContext(m_imgui);
}

void UiHarness::frame(int count) {
    makeCurrent();
    for (int i = 0; i < count; ++i) {
        ImGui::NewFrame();
        if (m_draw) {
            m_draw(m_ctx);
        } else {
            ui::drawMainWindow(m_ctx);
        }
        ImGui::Render();
    }
}

void UiHarness::moveMouse(ImVec2 position) {
    makeCurrent();
    ImGui::GetIO().MousePos = position;
    frame();
}

void UiHarness::click(ImVec2 position) {
    moveMouse(position);
    ImGui::GetIO().MouseDown[0] = true;
    frame();
    ImGui::GetIO().MouseDown[0] = false;
    frame();
}

void UiHarness::drag(ImVec2 from, ImVec2 to) {
    moveMouse(from);
    ImGui::GetIO().MouseDown[0] = true;
    frame();
    moveMouse(to);
    ImGui::GetIO().MouseDown[0] = false;
    frame();
}

void UiHarness::scrollWheel(ImVec2 position, float notches) {
    moveMouse(position);
    ImGui::GetIO().MouseWheel = notches; // ImGui clears it after each frame
    frame();
}

void UiHarness::pressKey(int glfwKey) {
    makeCurrent();
    ImGui::GetIO().KeysDown[glfwKey] = true;
    frame();
    ImGui::GetIO().KeysDown[glfwKey] = false;
    frame();
}

bool UiHarness::clickItem(std::string_view key) {
    const ui::ItemRect* rect = item(key);
    if (rect == nullptr) {
        return false;
    }
    click(rect->center());
    return true;
}

ImGuiWindow* UiHarness::window(const char* name) const {
    makeCurrent();
    return ImGui::FindWindowByName(name);
}

ImGuiWindow* UiHarness::childWindow(const char* parentName, const char* childName) const {
    ImGuiWindow* parent = window(parentName);
    if (parent == nullptr) {
        return nullptr;
    }
    const std::string prefix = std::string(parent->Name) + "/" + childName + "_";
    for (ImGuiWindow* candidate : GImGui->Windows) {
        if (candidate->ParentWindow == parent &&
            std::string_view(candidate->Name).starts_with(prefix)) {
            return candidate;
        }
    }
    return nullptr;
}

} // namespace innspill::test
