// The GLFW + OpenGL 3 frame loop: window and context, ImGui backends, fonts
// and style per display scale, idle waiting, and the screenshot path.
#include "platform/desktop.hpp"

#include "app/event_session.hpp"
#include "platform/fonts.hpp"
#include "platform/screenshot.hpp"
#include "ui/app_context.hpp"
#include "ui/main_window.hpp"
#include "ui/style.hpp"
#include "ui/window_title.hpp"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#define GLFW_INCLUDE_NONE
#include <GL/gl.h>
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace innspill::platform {

namespace {

constexpr int kWindowWidth = 1280;
constexpr int kWindowHeight = 800;
constexpr int kDefaultScreenshotFrames = 3;
// Long enough that an idle window costs nothing, short enough that anything
// time-driven (later: autosave status, clocks) stays current.
constexpr double kIdleWaitSeconds = 0.5;
// GLSL 1.50 is OpenGL 3.2 core; it runs on Mesa, Windows drivers and macOS.
constexpr const char* kGlslVersion = "#version 150";

void onGlfwError(int code, const char* description) {
    std::fprintf(stderr, "innspill: GLFW-feil %d: %s\n", code,
                 description != nullptr ? description : "");
}

bool isUnset(const char* variable) {
    const char* value = std::getenv(variable);
    return value == nullptr || *value == '\0';
}

// One line a person can act on, from GLFW's last error.
std::string noWindowMessage() {
    const char* description = nullptr;
    glfwGetError(&description);
#if defined(__unix__) && !defined(__APPLE__)
    if (isUnset("DISPLAY") && isUnset("WAYLAND_DISPLAY")) {
        return "innspill: kan ikke åpne et vindu (ingen skjerm? DISPLAY er ikke satt)";
    }
#endif
    std::string message = "innspill: kan ikke åpne et vindu";
    if (description != nullptr && *description != '\0') {
        message += ": ";
        message += description;
    }
    return message;
}

class GlfwLibrary {
  public:
    GlfwLibrary() : m_ready(glfwInit() == GLFW_TRUE) {}
    ~GlfwLibrary() {
        if (m_ready) {
            glfwTerminate();
        }
    }
    GlfwLibrary(const GlfwLibrary&) = delete;
    GlfwLibrary& operator=(const GlfwLibrary&) = delete;

    bool ready() const { return m_ready; }

  private:
    bool m_ready;
};

struct WindowDeleter {
    void operator()(GLFWwindow* window) const { glfwDestroyWindow(window); }
};
using WindowPtr = std::unique_ptr<GLFWwindow, WindowDeleter>;

WindowPtr createWindow() {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE); // macOS needs it, others ignore it
    // On X11 and Windows, grow the window with the monitor's scale so a
    // high-DPI screen gets the same layout, not a postage stamp.
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    return WindowPtr(glfwCreateWindow(kWindowWidth, kWindowHeight, "Innspill", nullptr, nullptr));
}

// ImGui's context and its GLFW and OpenGL 3 backends, torn down in reverse.
class ImGuiRuntime {
  public:
    explicit ImGuiRuntime(GLFWwindow* window) {
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        // Window layout is not remembered yet; when it is, it belongs in the
        // user's settings folder, not in an imgui.ini in the working directory.
        io.IniFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        m_glfw = ImGui_ImplGlfw_InitForOpenGL(window, true);
        m_opengl = m_glfw && ImGui_ImplOpenGL3_Init(kGlslVersion);
    }
    ~ImGuiRuntime() {
        if (m_opengl) {
            ImGui_ImplOpenGL3_Shutdown();
        }
        if (m_glfw) {
            ImGui_ImplGlfw_Shutdown();
        }
        ImGui::DestroyContext();
    }
    ImGuiRuntime(const ImGuiRuntime&) = delete;
    ImGuiRuntime& operator=(const ImGuiRuntime&) = delete;

    bool ready() const { return m_opengl; }

  private:
    bool m_glfw = false;
    bool m_opengl = false;
};

// How big to draw. GLFW's content scale is the monitor's scale (1.5 for
// "150 %"). Where window coordinates are already scaled points (macOS,
// scaled Wayland) the framebuffer is larger than the window and ImGui's
// backend renders at that ratio itself: there fonts are rasterised sharper
// but sizes in window coordinates stay put.
struct DisplayScale {
    float content = 1.0f;    // fonts are rasterised at kBaseFontSize × content pixels
    float pixelRatio = 1.0f; // framebuffer pixels per window coordinate
    float ui() const { return content / pixelRatio; }
};

DisplayScale measureScale(GLFWwindow* window) {
    DisplayScale scale;
    float yScale = 1.0f;
    glfwGetWindowContentScale(window, &scale.content, &yScale);
    int windowWidth = 0;
    int windowHeight = 0;
    int framebufferWidth = 0;
    int framebufferHeight = 0;
    glfwGetWindowSize(window, &windowWidth, &windowHeight);
    glfwGetFramebufferSize(window, &framebufferWidth, &framebufferHeight);
    if (windowWidth > 0 && framebufferWidth > 0) {
        scale.pixelRatio = static_cast<float>(framebufferWidth) / static_cast<float>(windowWidth);
    }
    scale.content = std::max(scale.content, 0.5f);
    scale.pixelRatio = std::max(scale.pixelRatio, 0.5f);
    return scale;
}

// Everything the frame loop carries between frames; also the GLFW window's
// user pointer, so callbacks reach it without globals.
struct FrameLoop {
    GLFWwindow* window = nullptr;
    ui::AppContext ctx;
    std::string windowTitle;
    bool scaleChanged = true;
    bool fontTextureLive = false; // the OpenGL backend has uploaded the atlas
};

void onContentScale(GLFWwindow* window, float, float) {
    if (auto* loop = static_cast<FrameLoop*>(glfwGetWindowUserPointer(window))) {
        loop->scaleChanged = true;
    }
}

void applyScale(FrameLoop& loop) {
    const DisplayScale scale = measureScale(loop.window);
    ImGuiIO& io = ImGui::GetIO();
    // The backend uploads the atlas lazily on its first frame; after that a
    // rebuilt atlas must be swapped for the uploaded one explicitly.
    if (loop.fontTextureLive) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
    }
    loop.ctx.fonts = loadFonts(*io.Fonts, kBaseFontSize * scale.content);
    io.FontGlobalScale = 1.0f / scale.pixelRatio;
    if (loop.fontTextureLive) {
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ui::applyStyle(ImGui::GetStyle(), scale.ui());
    loop.scaleChanged = false;
}

void updateWindowTitle(FrameLoop& loop) {
    std::string title = ui::windowTitle(loop.ctx);
    if (title != loop.windowTitle) {
        glfwSetWindowTitle(loop.window, title.c_str());
        loop.windowTitle = std::move(title);
    }
}

// Draws one frame into the back buffer; returns its size in pixels.
void renderFrame(FrameLoop& loop, int& framebufferWidth, int& framebufferHeight) {
    if (loop.scaleChanged) {
        applyScale(loop);
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ui::drawMainWindow(loop.ctx);
    ImGui::Render();
    loop.fontTextureLive = true;

    glfwGetFramebufferSize(loop.window, &framebufferWidth, &framebufferHeight);
    glViewport(0, 0, framebufferWidth, framebufferHeight);
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    updateWindowTitle(loop);
}

// Renders the requested frames and writes the last one instead of showing it.
int runScreenshot(FrameLoop& loop, const DesktopOptions& options) {
    const int frames = options.frames > 0 ? options.frames : kDefaultScreenshotFrames;
    int width = 0;
    int height = 0;
    for (int frame = 1;; ++frame) {
        glfwPollEvents();
        renderFrame(loop, width, height);
        if (frame >= frames) {
            break;
        }
        glfwSwapBuffers(loop.window);
    }
    const std::string error = writeBackBufferPng(*options.screenshot, width, height);
    if (!error.empty()) {
        std::fprintf(stderr, "innspill: %s\n", error.c_str());
        return 1;
    }
    return 0;
}

int runInteractive(FrameLoop& loop) {
    int width = 0;
    int height = 0;
    bool settle = false;
    while (!glfwWindowShouldClose(loop.window)) {
        if (glfwGetWindowAttrib(loop.window, GLFW_ICONIFIED) == GLFW_FALSE) {
            renderFrame(loop, width, height);
            glfwSwapBuffers(loop.window);
        }
        if (settle) {
            // ImGui reacts to input one frame late in places (hover, active
            // items); one more frame after input shows the settled state.
            glfwPollEvents();
            settle = false;
            continue;
        }
        const double before = glfwGetTime();
        glfwWaitEventsTimeout(kIdleWaitSeconds);
        settle = glfwGetTime() - before < kIdleWaitSeconds * 0.9;
    }
    return 0;
}

} // namespace

int runDesktop(app::EventSession* session, const DesktopOptions& options) {
    GlfwLibrary glfw;
    if (!glfw.ready()) {
        std::fprintf(stderr, "%s\n", noWindowMessage().c_str());
        return 1;
    }
    WindowPtr window = createWindow();
    if (!window) {
        std::fprintf(stderr, "%s\n", noWindowMessage().c_str());
        return 1;
    }
    // From here on GLFW errors are unexpected; say them as they happen.
    glfwSetErrorCallback(onGlfwError);
    glfwMakeContextCurrent(window.get());
    glfwSwapInterval(1);

    ImGuiRuntime imgui(window.get());
    if (!imgui.ready()) {
        std::fprintf(stderr, "innspill: kan ikke starte tegningen (OpenGL 3.3 mangler?)\n");
        return 1;
    }

    FrameLoop loop;
    loop.window = window.get();
    loop.ctx.session = session;
    glfwSetWindowUserPointer(window.get(), &loop);
    glfwSetWindowContentScaleCallback(window.get(), onContentScale);

    const int result = options.screenshot ? runScreenshot(loop, options) : runInteractive(loop);
    glfwSetWindowUserPointer(window.get(), nullptr);
    return result;
}

} // namespace innspill::platform
