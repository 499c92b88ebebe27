// Back buffer to PNG via glReadPixels and stb_image_write (the implementation
// is compiled into Debian's libstb, which libimgui's pkg-config links).
#include "platform/screenshot.hpp"

#include "lang/catalogue.hpp"

#include "platform/gl.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <stb_image_write.h>

#include <vector>

namespace innspill::platform {

std::string writeBackBufferPng(const std::filesystem::path& path, int width, int height) {
    if (width <= 0 || height <= 0) {
        return lang::tr(lang::fromEnvironment(), "platform.screenshotNoSize");
    }
    constexpr int kChannels = 3; // RGB: the window's alpha says nothing useful
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) *
                                      kChannels);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    gl::readBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    if (glGetError() != GL_NO_ERROR) {
        return lang::tr(lang::fromEnvironment(), "platform.screenshotCannotRead");
    }
    // OpenGL's rows run bottom-up, PNG's top-down.
    stbi_flip_vertically_on_write(1);
    const int written = stbi_write_png(path.string().c_str(), width, height, kChannels,
                                       pixels.data(), width * kChannels);
    if (written == 0) {
        return lang::format(lang::tr(lang::fromEnvironment(), "platform.screenshotCannotWrite"),
                            {{"file", path.string()}});
    }
    return {};
}

} // namespace innspill::platform
