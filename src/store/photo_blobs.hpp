// The photos' image bytes in the event file (schema version 7): the scaled
// JPEG and the thumbnail of each photo, read on demand so that the event
// value (model::Group::photos holds caption, flag and size) stays small.
//
// A photo is first stored detached (no group), then attached by the group
// write that puts it in model::Group::photos; removing it from the group
// detaches it again, so undo can bring it back. purgeDetachedPhotos drops
// the detached ones when nothing can bring them back any more.
#pragma once

#include "model/event.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::store {

class EventFile;

struct PhotoBlob {
    model::Id id;
    int width = 0;
    int height = 0;
    std::string jpeg;
    std::string thumbnail;
};

// Stores a photo detached (or replaces its bytes). Joins an open Transaction.
void insertPhotoBlob(EventFile& file, const PhotoBlob& photo);

enum class PhotoBytes { Jpeg, Thumbnail };
// The bytes of one photo; nothing when the file has no such photo (or is
// older than version 7).
std::optional<std::string> readPhotoBytes(EventFile& file, const model::Id& id, PhotoBytes which);

// Which of `ids` the file holds (attached or not).
std::vector<model::Id> photosPresent(EventFile& file, const std::vector<model::Id>& ids);

// Copies the photos `ids` that `to` lacks from `from`, detached (the group
// write that follows attaches them). Returns how many were copied.
size_t copyPhotoBlobs(EventFile& from, EventFile& to, const std::vector<model::Id>& ids);

// Deletes every detached photo. Returns how many.
size_t purgeDetachedPhotos(EventFile& file);

// Every photo id of an event, group by group.
std::vector<model::Id> photoIds(const model::Event& event);

} // namespace innspill::store
