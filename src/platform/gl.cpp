// glReadBuffer looked up through Dear ImGui's loader.
#include "platform/gl.hpp"

namespace innspill::platform::gl {

bool readBuffer(GLenum mode) {
    using ReadBuffer = void(APIENTRYP)(GLenum);
    static const auto function = reinterpret_cast<ReadBuffer>(imgl3wGetProcAddress("glReadBuffer"));
    if (function == nullptr) {
        return false;
    }
    function(mode);
    return true;
}

} // namespace innspill::platform::gl
