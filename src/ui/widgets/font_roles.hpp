// Which loaded font plays which role (body text, emphasis, headings). The
// platform layer loads the fonts and fills this in; headless tests leave it
// empty and every role falls back to ImGui's current font.
#pragma once

struct ImFont;

namespace innspill::ui {

struct FontRoles {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr; // section headings
    ImFont* title = nullptr;   // a page's title (the event's, on the overview)
    // The projector view's text, rasterised large (regular and bold) so it
    // stays sharp at the sizes read from the back of a room; null: the
    // projector scales body and heading instead.
    ImFont* large = nullptr;
    ImFont* largeBold = nullptr;
};

// Pushes `font` for the scope's lifetime; a null font pushes nothing.
class FontScope {
  public:
    explicit FontScope(ImFont* font);
    ~FontScope();
    FontScope(const FontScope&) = delete;
    FontScope& operator=(const FontScope&) = delete;

  private:
    bool m_pushed = false;
};

} // namespace innspill::ui
