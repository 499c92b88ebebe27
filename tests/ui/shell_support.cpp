// Shell test helpers.
#include "shell_support.hpp"

#include "store/event_file.hpp"
#include "support/sample_event.hpp"
#include "ui/shell/main_window.hpp"

#include <imgui_internal.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <map>

namespace innspill::test {

ShellFixture::ShellFixture() {
    ctx().workspace = &workspace;
    // The file browser starts here, not in the home folder of whoever runs the tests.
    ctx().mainWindow.files.sessionsFolder = dir.path();
}

std::filesystem::path ShellFixture::makeEventFile(const std::string& name,
                                                  const std::string& title) {
    model::Event event = sampleEvent();
    event.title = title;
    const auto path = dir / name;
    store::EventFile::create(path, event);
    return path;
}

void ShellFixture::openDirectly(const std::filesystem::path& path) {
    REQUIRE(workspace.open(path).empty());
    ui.frame(2);
}

void click(UiHarness& ui, std::string_view key) {
    INFO("clicking " << key);
    REQUIRE(ui.clickItem(key));
    ui.frame(2);
}

void pressChord(UiHarness& ui, int glfwKey, bool shift) {
    ui.frame(); // makes the harness's context current
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;
    io.KeyShift = shift;
    ui.pressKey(glfwKey);
    io.KeyCtrl = false;
    io.KeyShift = false;
    ui.frame();
}

namespace {

void appendUtf8(std::string& out, unsigned int c) {
    char buffer[5] = {};
    ImTextCharToUtf8(buffer, c);
    out += buffer;
}

} // namespace

// ImGui's own logging stops at the end of each top-level window, so the
// text is read back from what was drawn instead: every glyph quad in the
// frame's draw lists, found by its texture coordinates in the font atlas,
// in drawing order. Spaces (which draw nothing) come back from the gaps
// between glyphs, measured against the font's advances.
std::string screenText(UiHarness& ui) {
    ui.frame(2); // current context, settled layout
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    std::map<std::pair<float, float>, const ImFontGlyph*> glyphs;
    for (const ImFontGlyph& glyph : font->Glyphs) {
        if (glyph.Visible) {
            glyphs.emplace(std::make_pair(glyph.U0, glyph.V0), &glyph);
        }
    }
    const ImFontGlyph* space = font->FindGlyphNoFallback(' ');
    const float spaceAdvance = space != nullptr ? space->AdvanceX : font->FontSize * 0.3f;

    std::string text;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int list = 0; data != nullptr && list < data->CmdListsCount; ++list) {
        const ImVector<ImDrawVert>& vertices = data->CmdLists[list]->VtxBuffer;
        const ImFontGlyph* previous = nullptr;
        float previousX = 0.0f; // the previous glyph's pen position
        float previousY = 0.0f;
        float previousScale = 1.0f;
        for (int i = 0; i + 2 < vertices.Size; ++i) {
            const auto found = glyphs.find({vertices[i].uv.x, vertices[i].uv.y});
            if (found == glyphs.end()) {
                continue;
            }
            const ImFontGlyph* glyph = found->second;
            if (vertices[i + 2].uv.x != glyph->U1 || vertices[i + 2].uv.y != glyph->V1) {
                continue;
            }
            const float height = glyph->Y1 - glyph->Y0;
            const float scale =
                height > 0.0f ? (vertices[i + 2].pos.y - vertices[i].pos.y) / height : 1.0f;
            const float penX = vertices[i].pos.x - glyph->X0 * scale;
            const float penY = vertices[i].pos.y - glyph->Y0 * scale;
            if (previous != nullptr) {
                const float expected = previousX + previous->AdvanceX * previousScale;
                if (std::abs(penY - previousY) > 1.0f || penX < expected - 1.0f) {
                    text += '\n';
                } else if (penX > expected + spaceAdvance * scale * 0.5f) {
                    text += ' ';
                }
            }
            appendUtf8(text, glyph->Codepoint);
            previous = glyph;
            previousX = penX;
            previousY = penY;
            previousScale = scale;
            i += 3; // the quad's other corners
        }
        text += '\n';
    }
    return text;
}

void typeText(UiHarness& ui, const std::string& text) {
    ui.frame();
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    ui.frame(2);
}

void replaceText(UiHarness& ui, const std::string& text) {
    ui.frame();
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;
    ui.pressKey(GLFW_KEY_A);
    io.KeyCtrl = false;
    ui.pressKey(GLFW_KEY_DELETE);
    typeText(ui, text);
}

} // namespace innspill::test
