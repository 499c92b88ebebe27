// RGBA pixels to OpenGL textures for ImGui::Image (the capture screen's
// photos), and freeing them. Needs the window's current GL context.
#pragma once

#include <string>

namespace innspill::platform {

// The texture's name (0 when the size is not usable).
unsigned long long uploadRgbaTexture(const std::string& rgba, int width, int height);
void releaseTexture(unsigned long long texture);

} // namespace innspill::platform
