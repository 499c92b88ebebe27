// A photo of a flipchart (or anything a group wants kept) attached to a
// group. The model holds only what a person sees and edits — caption, public
// or internal, the stored size — so the event value stays small; the image
// bytes (a scaled JPEG and a thumbnail) live in the event file and are read
// on demand (store/photo_blobs.hpp).
#pragma once

#include "model/id.hpp"

#include <string>

namespace innspill::model {

struct Photo {
    Id id;
    std::string caption;
    // Photos show faces: internal unless someone decides otherwise. A public
    // photo goes into the public report, an internal one only into the
    // internal version (with the appendix).
    bool isPublic = false;
    int width = 0; // of the stored JPEG, upright
    int height = 0;

    bool operator==(const Photo&) const = default;
};

} // namespace innspill::model
