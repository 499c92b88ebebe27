// OpenGL through Dear ImGui's own loader: its OpenGL 3 backend finds libGL
// itself at start (ImGui_ImplOpenGL3_Init), so the program links no OpenGL
// library and every command-line run is spared loading it (README "Speed").
// The few calls of our own (clear, textures, screenshots) go through the
// same table; valid once the backend is initialised.
#pragma once

#include <backends/imgui_impl_opengl3_loader.h>

// OpenGL 1.x values the loader's subset leaves out.
#ifndef GL_NO_ERROR
#define GL_NO_ERROR 0
#endif
#ifndef GL_BACK
#define GL_BACK 0x0405
#endif
#ifndef GL_RGB
#define GL_RGB 0x1907
#endif
#ifndef GL_UNPACK_ALIGNMENT
#define GL_UNPACK_ALIGNMENT 0x0CF5
#endif
#ifndef GL_TEXTURE_WRAP_S
#define GL_TEXTURE_WRAP_S 0x2802
#endif
#ifndef GL_TEXTURE_WRAP_T
#define GL_TEXTURE_WRAP_T 0x2803
#endif
#ifndef GL_CLAMP_TO_EDGE
#define GL_CLAMP_TO_EDGE 0x812F
#endif

namespace innspill::platform::gl {

// glReadBuffer, which the loader's table does not carry: looked up once.
// Returns false when the driver has none.
bool readBuffer(GLenum mode);

} // namespace innspill::platform::gl
