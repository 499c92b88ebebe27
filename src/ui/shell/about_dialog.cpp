// The About box: name, version (from project(VERSION) through version.hpp),
// licence and the third-party components with their licences.
#include "ui/shell/about_dialog.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/shell/dialog.hpp"
#include "ui/widgets/font_roles.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/widgets.hpp"
#include "version.hpp"

#include <imgui.h>

#include <string>

namespace innspill::ui {

namespace {

// What the program is built with and under which licence. Keep it in step
// with debian/copyright's list (cmake/package.cmake writes the .deb's copy
// from assets/linux/copyright). A null licence is the public domain, which is
// said in the UI's language.
struct Component {
    const char* name;
    const char* licence;
};

constexpr Component kComponents[] = {
    {"Dear ImGui", "MIT"},
    {"GLFW", "zlib"},
    {"SQLite", nullptr},
    {"cereal", "BSD-3-Clause"},
    {"RapidJSON", "MIT"},
    {"CLI11", "BSD-3-Clause"},
    {"cairo", "LGPL-2.1 / MPL-1.1"},
    {"Pango", "LGPL-2.0+"},
    {"libdeflate", "MIT"},
    {"libxlsxwriter", "BSD-2-Clause"},
    {"stb", "MIT / public domain"},
    {"DejaVu fonts", "Bitstream Vera / public domain"},
};

} // namespace

void openAboutDialog(AppContext& ctx) {
    ctx.about.openRequested = true;
}

void drawAboutDialog(AppContext& ctx) {
    AboutDialogState& state = ctx.about;
    if (state.openRequested) {
        state.openRequested = false;
        ImGui::OpenPopup(kAboutPopup);
    }
    const std::string title = std::string(ctx.tr("about.title")) + kAboutPopup;
    if (!beginDialog(title.c_str(), 32.0f)) {
        return;
    }
    {
        FontScope heading(ctx.fonts.heading);
        text("Innspill");
    }
    ctx.itemRects.record("about.name");
    text(format(ctx.tr("about.version"), {{"version", kVersion}}));
    ctx.itemRects.record("about.version");
    ImGui::Spacing();
    wrappedText(ctx.tr("about.description"));
    ImGui::Spacing();
    wrappedText(ctx.tr("about.licence"));
    ImGui::Spacing();
    text(ctx.tr("about.components"));
    if (beginFields("about.components")) {
        for (const Component& component : kComponents) {
            field(component.name,
                  component.licence != nullptr ? component.licence : ctx.tr("about.publicDomain"));
        }
        endFields();
    }
    ImGui::Spacing();
    if (ImGui::Button(ctx.tr("about.close")) || ext::escapeClosesDialog(false, true)) {
        ImGui::CloseCurrentPopup();
    }
    ctx.itemRects.record("about.close");
    ImGui::EndPopup();
}

} // namespace innspill::ui
