// Preparing, attaching and editing a group's photos (see photo_edits.hpp).
#include "app/photos/photo_edits.hpp"

#include "app/edits_capture_rows.hpp"
#include "app/event_session.hpp"
#include "app/messages.hpp"
#include "io/read_file.hpp"
#include "store/errors.hpp"
#include "store/event_file.hpp"
#include "store/photo_blobs.hpp"

#include <algorithm>
#include <cctype>

namespace innspill::app {

namespace fs = std::filesystem;
using capture_detail::groupChange;

PreparedPhotoFile preparePhotoFile(const fs::path& path) {
    PreparedPhotoFile prepared;
    prepared.path = path;
    prepared.id = model::Id::generate();
    try {
        const std::string bytes = io::readInputFile(path, io::photo::kMaxFileBytes);
        prepared.image = io::photo::preparePhoto(bytes);
    } catch (const io::photo::PhotoError& error) {
        prepared.error = lang::message("photoError.cannotUse", {{"file", path.string()}})
                             .withMessage("reason", error.message());
    } catch (const std::exception& error) {
        prepared.error = errorMessage(error);
    }
    return prepared;
}

bool looksLikePhotoFile(const fs::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".jpg" || extension == ".jpeg" || extension == ".png";
}

void storePhotoBytes(EventSession& session, const PreparedPhotoFile& photo) {
    store::insertPhotoBlob(*session.file(), {photo.id, photo.image.width, photo.image.height,
                                             photo.image.jpeg, photo.image.thumbnail});
}

Change attachPhotosChange(const model::Event& event,
                          const std::vector<std::pair<model::Id, model::Photo>>& photos) {
    Change change(photos.size() == 1 ? "undo.addPhoto" : "undo.addPhotos");
    for (const auto& group : event.groups) {
        model::Group after = group;
        for (const auto& [groupId, photo] : photos) {
            if (groupId == group.id) {
                after.photos.push_back(photo);
            }
        }
        if (after.photos.size() != group.photos.size()) {
            change.group(group, std::move(after));
        }
    }
    return change;
}

bool attachPhotos(EventSession& session, const std::vector<PhotoPlacement>& placements,
                  lang::Message& error) {
    if (!session.file()) {
        error = lang::message("photoError.noFile");
        return false;
    }
    std::vector<std::pair<model::Id, model::Photo>> photos;
    try {
        store::EventFile::Transaction transaction(*session.file());
        for (const auto& placement : placements) {
            if (!placement.photo.ok()) {
                continue;
            }
            storePhotoBytes(session, placement.photo);
            photos.push_back({placement.groupId,
                              {placement.photo.id, placement.caption, placement.isPublic,
                               placement.photo.image.width, placement.photo.image.height}});
        }
        transaction.commit();
    } catch (const std::exception& failure) {
        error = errorMessage(failure);
        return false;
    }
    if (photos.empty()) {
        return true;
    }
    if (!session.apply(attachPhotosChange(session.event(), photos))) {
        error = session.lastErrorMessage();
        return false;
    }
    return true;
}

std::optional<PhotoPlace> findPhoto(const model::Event& event, const model::Id& photoId) {
    for (const auto& group : event.groups) {
        for (size_t i = 0; i < group.photos.size(); ++i) {
            if (group.photos[i].id == photoId) {
                return PhotoPlace{&group, i};
            }
        }
    }
    return std::nullopt;
}

namespace {

template <typename Edit>
Change editPhoto(const char* label, const model::Group& group, const model::Id& photoId,
                 Edit edit) {
    model::Group after = group;
    auto found = std::find_if(after.photos.begin(), after.photos.end(),
                              [&](const model::Photo& photo) { return photo.id == photoId; });
    if (found == after.photos.end()) {
        return Change(label);
    }
    edit(after, found);
    return groupChange(label, group, std::move(after));
}

} // namespace

Change setPhotoCaption(const model::Group& group, const model::Id& photoId, std::string caption) {
    return editPhoto("undo.photoCaption", group, photoId,
                     [&](model::Group&, auto photo) { photo->caption = std::move(caption); });
}

Change setPhotoPublic(const model::Group& group, const model::Id& photoId, bool isPublic) {
    return editPhoto(isPublic ? "undo.photoPublic" : "undo.photoInternal", group, photoId,
                     [&](model::Group&, auto photo) { photo->isPublic = isPublic; });
}

Change removePhoto(const model::Group& group, const model::Id& photoId) {
    return editPhoto("undo.removePhoto", group, photoId,
                     [](model::Group& after, auto photo) { after.photos.erase(photo); });
}

std::string decodePhotoRgba(const std::string& jpeg, int& width, int& height) {
    return io::photo::decodeRgba(jpeg, width, height);
}

void forgetRemovedPhotos(EventSession& session) {
    if (session.file()) {
        store::purgeDetachedPhotos(*session.file());
    }
}

std::optional<std::string> photoBytes(EventSession& session, const model::Id& photoId,
                                      PhotoSize size) {
    if (!session.file()) {
        return std::nullopt;
    }
    try {
        return store::readPhotoBytes(*session.file(), photoId,
                                     size == PhotoSize::Full ? store::PhotoBytes::Jpeg
                                                             : store::PhotoBytes::Thumbnail);
    } catch (const store::FileError&) {
        return std::nullopt;
    }
}

} // namespace innspill::app
