// Photos on a group as the app edits them: preparing a photo file (read,
// checked, scaled — off the UI thread), storing its bytes and attaching it
// to a group as one undoable change, the caption, public/internal and
// removal. The bytes go into the event file before the change that attaches
// them, so a failed write never leaves a photo in the model without bytes.
#pragma once

#include "app/change.hpp"
#include "io/photo/photo_image.hpp"
#include "lang/message.hpp"
#include "model/event.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace innspill::app {

class EventSession;

// One photo file read and prepared: `image` when good, else `error` (one
// line naming the file and the reason).
struct PreparedPhotoFile {
    std::filesystem::path path;
    model::Id id; // the new photo's id
    io::photo::PreparedPhoto image;
    lang::Message error;
    bool ok() const { return error.empty(); }
};

// Never throws; safe on any thread.
PreparedPhotoFile preparePhotoFile(const std::filesystem::path& path);

// The file names a photo dialog offers (.jpg, .jpeg, .png, any case).
bool looksLikePhotoFile(const std::filesystem::path& path);

struct PhotoPlacement {
    model::Id groupId;
    PreparedPhotoFile photo;
    std::string caption;
    bool isPublic = false;
};

// Stores the bytes of every good placement and attaches them in one undo
// step. Returns false (nothing attached) when the event has no file or a
// write failed; `error` then says why.
bool attachPhotos(EventSession& session, const std::vector<PhotoPlacement>& placements,
                  lang::Message& error);

// Stores one prepared photo's bytes detached (attachPhotosChange attaches it).
// Throws store::FileError.
void storePhotoBytes(EventSession& session, const PreparedPhotoFile& photo);
// The change that adds `photos` (already stored) to their groups.
Change attachPhotosChange(const model::Event& event,
                          const std::vector<std::pair<model::Id, model::Photo>>& photos);

// Where a photo is: its group and index; nothing when no group has it.
struct PhotoPlace {
    const model::Group* group = nullptr;
    size_t index = 0;
};
std::optional<PhotoPlace> findPhoto(const model::Event& event, const model::Id& photoId);

Change setPhotoCaption(const model::Group& group, const model::Id& photoId, std::string caption);
Change setPhotoPublic(const model::Group& group, const model::Id& photoId, bool isPublic);
Change removePhoto(const model::Group& group, const model::Id& photoId);

// Deletes the bytes of photos no group holds any more (undo can then no
// longer bring them back): the CLI's `photo remove` frees the space at once.
void forgetRemovedPhotos(EventSession& session);

// A stored JPEG as RGBA pixels for a texture; empty when it cannot be read.
std::string decodePhotoRgba(const std::string& jpeg, int& width, int& height);

enum class PhotoSize { Full, Thumbnail };
// The stored JPEG bytes; nothing when the file lacks them (or has no file).
std::optional<std::string> photoBytes(EventSession& session, const model::Id& photoId,
                                      PhotoSize size);

} // namespace innspill::app
