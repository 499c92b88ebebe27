// Reading and writing the photo table's image bytes (see photo_blobs.hpp).
#include "store/photo_blobs.hpp"

#include "store/event_file.hpp"
#include "store/savepoint.hpp"
#include "store/schema.hpp"

#include <sqlite3.h>

#include <algorithm>

namespace innspill::store {

void insertPhotoBlob(EventFile& file, const PhotoBlob& photo) {
    Statement& insert = file.connection().prepared(R"sql(
        INSERT INTO photo (id, width, height, jpeg, thumbnail) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET width = excluded.width, height = excluded.height,
            jpeg = excluded.jpeg, thumbnail = excluded.thumbnail)sql");
    insert.bind(1, std::string_view(photo.id.str()))
        .bind(2, int64_t{photo.width})
        .bind(3, int64_t{photo.height})
        .bindBlob(4, photo.jpeg)
        .bindBlob(5, photo.thumbnail)
        .run();
}

std::optional<std::string> readPhotoBytes(EventFile& file, const model::Id& id, PhotoBytes which) {
    if (file.schemaVersion() < kPhotoTablesVersion) {
        return std::nullopt;
    }
    Statement& select = file.connection().prepared(
        which == PhotoBytes::Jpeg ? "SELECT jpeg FROM photo WHERE id = ?"
                                  : "SELECT thumbnail FROM photo WHERE id = ?");
    select.bind(1, std::string_view(id.str()));
    std::optional<std::string> bytes;
    if (select.step()) {
        bytes = select.blob(0);
    }
    select.reset();
    return bytes;
}

std::vector<model::Id> photosPresent(EventFile& file, const std::vector<model::Id>& ids) {
    std::vector<model::Id> present;
    if (file.schemaVersion() < kPhotoTablesVersion) {
        return present;
    }
    Statement& select = file.connection().prepared("SELECT 1 FROM photo WHERE id = ?");
    for (const auto& id : ids) {
        select.bind(1, std::string_view(id.str()));
        if (select.step()) {
            present.push_back(id);
        }
        select.reset();
    }
    return present;
}

size_t copyPhotoBlobs(EventFile& from, EventFile& to, const std::vector<model::Id>& ids) {
    if (from.schemaVersion() < kPhotoTablesVersion) {
        return 0;
    }
    const auto have = photosPresent(to, ids);
    Savepoint savepoint(to.connection());
    Statement& select =
        from.connection().prepared("SELECT width, height, jpeg, thumbnail FROM photo WHERE id = ?");
    size_t copied = 0;
    for (const auto& id : ids) {
        if (std::find(have.begin(), have.end(), id) != have.end()) {
            continue;
        }
        select.bind(1, std::string_view(id.str()));
        if (select.step()) {
            insertPhotoBlob(to,
                            {id, static_cast<int>(select.integer(0)),
                             static_cast<int>(select.integer(1)), select.blob(2), select.blob(3)});
            ++copied;
        }
        select.reset();
    }
    savepoint.release();
    return copied;
}

size_t purgeDetachedPhotos(EventFile& file) {
    if (file.schemaVersion() < kPhotoTablesVersion) {
        return 0;
    }
    Statement& remove = file.connection().prepared("DELETE FROM photo WHERE group_id IS NULL");
    remove.run();
    return static_cast<size_t>(sqlite3_changes(file.connection().handle()));
}

std::vector<model::Id> photoIds(const model::Event& event) {
    std::vector<model::Id> ids;
    for (const auto& group : event.groups) {
        for (const auto& photo : group.photos) {
            ids.push_back(photo.id);
        }
    }
    return ids;
}

} // namespace innspill::store
