// Writing what the current OpenGL context has drawn to a PNG file, for the
// smoke test and for looking at the UI without a screen.
#pragma once

#include <filesystem>
#include <string>

namespace innspill::platform {

// Reads the back buffer (call after rendering, before swapping) of a
// framebuffer of `width` × `height` pixels and writes it to `path` as RGB PNG.
// Returns an empty string on success, otherwise a message for people.
std::string writeBackBufferPng(const std::filesystem::path& path, int width, int height);

} // namespace innspill::platform
