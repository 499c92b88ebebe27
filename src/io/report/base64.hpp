// Base64 (RFC 4648, with padding) for images embedded in HTML as data: URLs.
#pragma once

#include <string>
#include <string_view>

namespace innspill::io::report {

std::string base64(std::string_view bytes);

} // namespace innspill::io::report
