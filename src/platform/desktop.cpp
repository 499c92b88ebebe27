// The GLFW + OpenGL 3 frame loop: window and context, ImGui backends, fonts
// and style per display scale and zoom, settings (load, save when quiet,
// window place), idle waiting, full screen for the projector, and the
// screenshot path.
#include "platform/desktop.hpp"

#include "app/settings.hpp"
#include "app/workspace.hpp"
#include "lang/catalogue.hpp"
#include "lang/language.hpp"
#include "lang/message.hpp"
#include "platform/fonts.hpp"
#include "platform/input_queue.hpp"
#include "platform/key_layout.hpp"
#include "platform/screenshot.hpp"
#include "platform/storage_location.hpp"
#include "platform/textures.hpp"
#include "platform/window_placement.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/shell/main_window.hpp"
#include "ui/shell/shell_settings.hpp"
#include "ui/shell/start_dialog.hpp"
#include "ui/shell/window_title.hpp"
#include "ui/widgets/style.hpp"
#include "version.hpp"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "platform/gl.hpp"

#define GLFW_INCLUDE_NONE
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
// After input, ImGui needs a frame or two to show the settled state (hover
// and active items react a frame late; a popup measures itself on its first,
// hidden frame). Then the loop sleeps until the next input.
constexpr int kFramesAfterInput = 2;
// GLSL 1.50 is OpenGL 3.2 core; it runs on Mesa, Windows drivers and macOS.
constexpr const char* kGlslVersion = "#version 150";

void onGlfwError(int code, const char* description) {
    std::fprintf(stderr, "innspill: GLFW-feil %d: %s\n", code,
                 description != nullptr ? description : "");
}

#if defined(__unix__) && !defined(__APPLE__)
bool isUnset(const char* variable) {
    const char* value = std::getenv(variable);
    return value == nullptr || *value == '\0';
}
#endif

// One line a person can act on, from GLFW's last error.
std::string noWindowMessage() {
    const char* description = nullptr;
    glfwGetError(&description);
#if defined(__unix__) && !defined(__APPLE__)
    if (isUnset("DISPLAY") && isUnset("WAYLAND_DISPLAY")) {
        return std::string("innspill: ") +
               lang::tr(lang::fromEnvironment(), "platform.noWindowNoDisplay");
    }
#endif
    if (description != nullptr && *description != '\0') {
        return "innspill: " +
               lang::format(lang::tr(lang::fromEnvironment(), "platform.noWindowBecause"),
                            {{"reason", description}});
    }
    return std::string("innspill: ") + lang::tr(lang::fromEnvironment(), "platform.noWindow");
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

WindowPtr createWindow(const app::WindowGeometry& saved) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE); // macOS needs it, others ignore it
    // The X11 WM_CLASS: desktops match the window to its launcher by it
    // (StartupWMClass in assets/linux/io.github.innspill.Innspill.desktop), so
    // the dock shows our icon and name rather than "GLFW-Application".
    glfwWindowHintString(GLFW_X11_CLASS_NAME, kAppId);
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "innspill");
    // On X11 and Windows, a new window grows with the monitor's scale so a
    // high-DPI screen gets the same layout, not a postage stamp; a remembered
    // size is already scaled.
    hintForSavedGeometry(saved);
    const bool remembered = saved.width > 0 && saved.height > 0;
    return WindowPtr(glfwCreateWindow(remembered ? saved.width : kWindowWidth,
                                      remembered ? saved.height : kWindowHeight, "Innspill",
                                      nullptr, nullptr));
}

// ImGui's context and its GLFW and OpenGL 3 backends, torn down in reverse.
class ImGuiRuntime {
  public:
    explicit ImGuiRuntime(GLFWwindow* window) {
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        // What is remembered lives in the user's settings (app/settings.hpp),
        // not in an imgui.ini in the working directory.
        io.IniFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        // A blinking cursor would need a frame twice a second while a field
        // has the keyboard; a steady one lets the app sleep (battery).
        io.ConfigInputTextCursorBlink = false;
        // The backend's own input callbacks stay uninstalled: they would write
        // keys and characters into io as they arrive, merging a whole batch
        // of events into one frame. Ours queue them (see installCallbacks).
        m_glfw = ImGui_ImplGlfw_InitForOpenGL(window, false);
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
    explicit FrameLoop(std::filesystem::path settingsPath) : settings(std::move(settingsPath)) {}

    GLFWwindow* window = nullptr;
    ui::AppContext ctx;
    app::SettingsKeeper settings;
    FullScreen fullScreen;
    bool trackGeometry = false; // off for screenshots
    std::string windowTitle;
    bool scaleChanged = true;
    float appliedZoom = 0.0f;     // the zoom the font atlas was built for
    bool fontTextureLive = false; // the OpenGL backend has uploaded the atlas
    bool inputSeen = false;       // a GLFW callback fired since the last frame
    InputQueue input;             // events not yet handed to ImGui
};

FrameLoop* loopOf(GLFWwindow* window) {
    return static_cast<FrameLoop*>(glfwGetWindowUserPointer(window));
}

// Input callbacks queue the event for the frames to come and make the loop
// draw them.
FrameLoop* inputLoop(GLFWwindow* window) {
    FrameLoop* loop = loopOf(window);
    if (loop != nullptr) {
        loop->inputSeen = true;
    }
    return loop;
}
void onCursorPos(GLFWwindow* window, double x, double y) {
    if (FrameLoop* loop = inputLoop(window)) {
        loop->input.mouseMove(static_cast<float>(x), static_cast<float>(y));
    }
}
void onMouseButton(GLFWwindow* window, int button, int action, int) {
    if (FrameLoop* loop = inputLoop(window)) {
        loop->input.mouseButton(button, action == GLFW_PRESS);
    }
}
void onScroll(GLFWwindow* window, double x, double y) {
    if (FrameLoop* loop = inputLoop(window)) {
        loop->input.wheel(static_cast<float>(x), static_cast<float>(y));
    }
}
void onKey(GLFWwindow* window, int key, int, int action, int) {
    // A repeat changes no key's state: ImGui repeats held keys itself.
    FrameLoop* loop = inputLoop(window);
    if (loop != nullptr && action != GLFW_REPEAT) {
        loop->input.key(key, action == GLFW_PRESS);
    }
}
void onChar(GLFWwindow* window, unsigned int codepoint) {
    if (FrameLoop* loop = inputLoop(window)) {
        loop->input.character(codepoint);
    }
}
void onFocus(GLFWwindow* window, int focused) {
    if (FrameLoop* loop = inputLoop(window)) {
        loop->input.focus(focused != 0);
    }
}
// The backend tracks whether the pointer is over the window (to know where
// the mouse is when the window is not focused); it gets this one directly,
// since it writes nothing into io.
void onCursorEnter(GLFWwindow* window, int entered) {
    FrameLoop* loop = inputLoop(window);
    if (loop == nullptr || ImGui::GetCurrentContext() == nullptr ||
        ImGui::GetIO().BackendPlatformUserData == nullptr) {
        return;
    }
    ImGui_ImplGlfw_CursorEnterCallback(window, entered);
    if (entered == 0) {
        loop->input.mouseLeft();
    }
}
void onRefresh(GLFWwindow* window) {
    inputLoop(window);
}

// Files dropped onto the window: the shell takes them on its next frame
// (kits go to the merge dialog).
void onDrop(GLFWwindow* window, int count, const char** paths) {
    if (FrameLoop* loop = loopOf(window)) {
        for (int i = 0; i < count; ++i) {
            loop->ctx.dropped.emplace_back(paths[i]);
        }
        loop->inputSeen = true;
    }
}

void onContentScale(GLFWwindow* window, float, float) {
    if (FrameLoop* loop = loopOf(window)) {
        loop->scaleChanged = true;
        loop->inputSeen = true;
    }
}

// Moving or resizing: remembered once the window has been still for a moment.
void onGeometry(GLFWwindow* window) {
    FrameLoop* loop = loopOf(window);
    if (loop == nullptr) {
        return;
    }
    loop->inputSeen = true;
    if (loop->trackGeometry && !loop->fullScreen.active() &&
        captureGeometry(window, loop->ctx.settings.window)) {
        loop->ctx.settingsChanged();
    }
}
void onWindowPos(GLFWwindow* window, int, int) {
    onGeometry(window);
}
void onWindowSize(GLFWwindow* window, int, int) {
    onGeometry(window);
}
void onMaximize(GLFWwindow* window, int) {
    onGeometry(window);
}

// The window's close button: the shell decides (it asks when changes could
// not be written); the loop ends when it says so.
void onClose(GLFWwindow* window) {
    glfwSetWindowShouldClose(window, GLFW_FALSE);
    if (FrameLoop* loop = loopOf(window)) {
        ui::requestQuitFromWindow(loop->ctx);
        loop->inputSeen = true;
    }
}

// All of the window's callbacks are ours: ImGui's backend is initialised
// without its own (install_callbacks=false). Of what those did, key, character,
// mouse button and wheel events go through the input queue, focus too (in
// order with the keys); cursor enter/leave is forwarded (onCursorEnter); the
// monitor callback does nothing in 1.86's master backend.
void installCallbacks(GLFWwindow* window) {
    glfwSetCursorPosCallback(window, onCursorPos);
    glfwSetMouseButtonCallback(window, onMouseButton);
    glfwSetScrollCallback(window, onScroll);
    glfwSetKeyCallback(window, onKey);
    glfwSetCharCallback(window, onChar);
    glfwSetWindowFocusCallback(window, onFocus);
    glfwSetCursorEnterCallback(window, onCursorEnter);
    glfwSetWindowRefreshCallback(window, onRefresh);
    glfwSetWindowContentScaleCallback(window, onContentScale);
    glfwSetWindowPosCallback(window, onWindowPos);
    glfwSetWindowSizeCallback(window, onWindowSize);
    glfwSetWindowMaximizeCallback(window, onMaximize);
    glfwSetWindowCloseCallback(window, onClose);
    glfwSetDropCallback(window, onDrop);
}

void applyScale(FrameLoop& loop) {
    const DisplayScale scale = measureScale(loop.window);
    const float zoom = loop.ctx.settings.zoom;
    ImGuiIO& io = ImGui::GetIO();
    // The backend uploads the atlas lazily on its first frame; after that a
    // rebuilt atlas must be swapped for the uploaded one explicitly.
    if (loop.fontTextureLive) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
    }
    // Zoom rasterises the fonts at the new size (crisp), never scales
    // bitmaps (FontGlobalScale would blur them).
    loop.ctx.fonts = loadFonts(*io.Fonts, kBaseFontSize * scale.content * zoom);
    io.FontGlobalScale = 1.0f / scale.pixelRatio;
    if (loop.fontTextureLive) {
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ui::applyStyle(ImGui::GetStyle(), scale.ui() * zoom);
    loop.appliedZoom = zoom;
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
    if (loop.scaleChanged || loop.appliedZoom != loop.ctx.settings.zoom) {
        applyScale(loop);
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    loop.input.applyFrame(ImGui::GetIO());
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

void reportSettingsError(FrameLoop& loop, std::string& reported) {
    // Worded for stderr in the language of the environment, like the CLI.
    const lang::Language language = lang::fromEnvironment();
    const std::string error = lang::render(language, loop.settings.lastError());
    if (!error.empty() && error != reported) {
        const auto line =
            lang::message("settingsWarning.warningLine")
                .withMessage("text", lang::message("settingsWarning.saveFailed")
                                         .withMessage("cause", loop.settings.lastError()));
        std::fprintf(stderr, "%s\n", lang::render(language, line).c_str());
    }
    reported = error;
}

// What the frame changed that the platform acts on: settings to save, the
// projector's full screen. Returns true when another frame is needed now.
bool afterFrame(FrameLoop& loop, std::string& reportedError) {
    const auto now = app::SettingsKeeper::Clock::now();
    if (loop.ctx.settingsDirty) {
        loop.ctx.settingsDirty = false;
        ui::syncSettings(loop.ctx);
        loop.settings.changed(now);
    }
    loop.settings.saveIfDue(loop.ctx.settings, now);
    reportSettingsError(loop, reportedError);

    bool again = loop.appliedZoom != loop.ctx.settings.zoom;
    if (loop.ctx.wantProjector != loop.fullScreen.active()) {
        if (loop.ctx.wantProjector) {
            loop.fullScreen.enter(loop.window);
        } else {
            loop.fullScreen.leave(loop.window);
        }
        again = true;
    }
    return again;
}

// Seconds until something needs a frame without input; negative: nothing.
double nextWake(const FrameLoop& loop) {
    double wake = ui::secondsUntilNextFrame(loop.ctx);
    const double settings = loop.settings.secondsUntilDue(app::SettingsKeeper::Clock::now());
    if (settings >= 0.0 && (wake < 0.0 || settings < wake)) {
        wake = settings;
    }
    return wake;
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
    int framesToDraw = kFramesAfterInput + 1;
    std::string reportedError;
    while (true) {
        const bool visible = glfwGetWindowAttrib(loop.window, GLFW_ICONIFIED) == GLFW_FALSE;
        if (visible) {
            renderFrame(loop, width, height);
            glfwSwapBuffers(loop.window);
        }
        --framesToDraw;
        if (visible && !loop.input.empty()) {
            // Events left for the next frames: draw them now, not at the
            // next input; the settling frames follow the last of them.
            framesToDraw = kFramesAfterInput + 1;
        }
        if (afterFrame(loop, reportedError)) {
            framesToDraw = std::max(framesToDraw, kFramesAfterInput);
        }
        if (ui::quitConfirmed(loop.ctx)) {
            break;
        }
        loop.inputSeen = false;
        if (framesToDraw > 0) {
            glfwPollEvents();
        } else {
            // Idle: sleep until input, or until a timer (retrying failed
            // writes, saving settings) needs a frame.
            const double wake = nextWake(loop);
            if (wake < 0.0) {
                glfwWaitEvents();
            } else {
                glfwWaitEventsTimeout(std::max(wake, 0.001));
            }
            framesToDraw = 1;
        }
        if (loop.inputSeen) {
            framesToDraw = kFramesAfterInput + 1;
        }
    }
    // Remember where the window was and everything else, now.
    if (loop.trackGeometry && captureGeometry(loop.window, loop.ctx.settings.window)) {
        loop.ctx.settingsChanged();
    }
    ui::syncSettings(loop.ctx);
    loop.settings.changed(app::SettingsKeeper::Clock::now());
    loop.settings.saveIfDue(loop.ctx.settings, app::SettingsKeeper::Clock::now(), true);
    reportSettingsError(loop, reportedError);
    return 0;
}

// Settings, language, the starting tab and the folders into the context.
void prepareContext(FrameLoop& loop, app::Workspace& workspace, const DesktopOptions& options,
                    app::Settings settings) {
    ui::AppContext& ctx = loop.ctx;
    ctx.workspace = &workspace;
    ctx.mainWindow.files.sessionsFolder = options.sessionsFolder;
    ctx.exportDialog.exportsFolder = options.exportsFolder;
    ctx.mainWindow.files.documentsFolder = options.documentsFolder;
    // Background work (an export) ends between input events: it wakes the loop.
    ctx.wakeFromAnyThread = [] { glfwPostEmptyEvent(); };
    ctx.uploadTexture = uploadRgbaTexture; // photos on the capture screen
    ctx.releaseTexture = releaseTexture;
    // A backup ends on its own thread: the loop then collects it.
    workspace.setWakeFromAnyThread([] { glfwPostEmptyEvent(); });
    ctx.checkStorage = [](const std::filesystem::path& path) {
        const StorageLocation location = storageLocationOf(path);
        ui::StorageWarning warning;
        warning.kind = location.kind == StorageKind::Network ? ui::StorageWarning::Kind::Network
                       : location.kind == StorageKind::CloudSync
                           ? ui::StorageWarning::Kind::CloudSync
                           : ui::StorageWarning::Kind::None;
        warning.what = location.what;
        return warning;
    };
    ui::startShell(ctx, std::move(settings), lang::fromEnvironment());
    if (!options.openAtStart.empty()) {
        ui::openPath(ctx, options.openAtStart);
    }
    ctx.dropped = options.droppedAtStart;
    if (!options.dialogAtStart.empty()) {
        ui::openStartDialog(ctx, options.dialogAtStart);
    }
    if (!options.watchAtStart.empty()) {
        ctx.session = ctx.workspace->session();
        ui::startWatching(ctx, options.watchAtStart);
    }
}

} // namespace

bool isStartDialog(std::string_view name) {
    return std::find(ui::kStartDialogs.begin(), ui::kStartDialogs.end(), name) !=
           ui::kStartDialogs.end();
}

int runDesktop(app::Workspace& workspace, const DesktopOptions& options) {
    app::SettingsLoad loaded = app::loadSettings(options.settingsPath);
    for (const auto& warning : loaded.warnings) {
        const auto line = lang::message("settingsWarning.warningLine").withMessage("text", warning);
        std::fprintf(stderr, "%s\n", lang::render(lang::fromEnvironment(), line).c_str());
    }
    const bool screenshot = options.screenshot.has_value();
    if (screenshot) {
        loaded.settings.window = app::WindowGeometry(); // predictable pictures
        loaded.settings.window.width = options.screenshotWidth;
        loaded.settings.window.height = options.screenshotHeight;
    }

    GlfwLibrary glfw;
    if (!glfw.ready()) {
        std::fprintf(stderr, "%s\n", noWindowMessage().c_str());
        return 1;
    }
    WindowPtr window = createWindow(loaded.settings.window);
    if (!window) {
        std::fprintf(stderr, "%s\n", noWindowMessage().c_str());
        return 1;
    }
    // From here on GLFW errors are unexpected; say them as they happen.
    glfwSetErrorCallback(onGlfwError);
    glfwMakeContextCurrent(window.get());
    glfwSwapInterval(1);

    // Screenshots never write settings: they run in tests and scripts.
    FrameLoop loop(screenshot ? std::filesystem::path() : options.settingsPath);
    loop.window = window.get();
    glfwSetWindowUserPointer(window.get(), &loop);
    installCallbacks(window.get());

    ImGuiRuntime imgui(window.get());
    if (!imgui.ready()) {
        std::fprintf(stderr, "innspill: kan ikke starte tegningen (OpenGL 3.3 mangler?)\n");
        glfwSetWindowUserPointer(window.get(), nullptr);
        return 1;
    }
    prepareContext(loop, workspace, options, std::move(loaded.settings));
    loop.ctx.keys = shortcutKeysForLayout();
    restoreGeometry(window.get(), loop.ctx.settings.window);
    loop.trackGeometry = !screenshot;

    const int result = screenshot ? runScreenshot(loop, options) : runInteractive(loop);
    // The photos' textures go while their GL context is still current.
    loop.ctx.capture.photos.textures.reset();
    glfwSetWindowUserPointer(window.get(), nullptr);
    return result;
}

} // namespace innspill::platform
