// Photos on the capture screen: the open group's thumbnails in a strip under
// its header (one click opens a photo beside the input list, where the notes
// column is, with zoom and pan, caption, public/internal and remove), adding
// photos from the file browser (several at once) or by dropping image files
// onto the window, in the background with a progress bar.
#pragma once

#include "app/photos/photo_folder.hpp"
#include "model/id.hpp"
#include "ui/shell/file_browser.hpp"

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace innspill::app {
class PhotoImportJob;
}

namespace innspill::ui {

struct AppContext;

// A texture the platform uploaded (an OpenGL texture name), or none (tests
// and tools draw no pixels: a placeholder of the same size stands in).
struct PhotoTexture {
    unsigned long long handle = 0;
    int width = 0;
    int height = 0;
};

// Textures by photo id and size; released when the cache goes (another event).
class PhotoTextures {
  public:
    explicit PhotoTextures(AppContext& ctx);
    ~PhotoTextures();
    PhotoTextures(const PhotoTextures&) = delete;
    PhotoTextures& operator=(const PhotoTextures&) = delete;
    // The texture of a photo (full or thumbnail), read and uploaded on first use.
    const PhotoTexture& get(const model::Id& photo, bool full);

  private:
    AppContext* m_ctx;
    // A copy: the cache may outlive the context's own (it is destroyed with
    // the panels, after the context's members).
    std::function<void(unsigned long long)> m_release;
    std::map<std::pair<std::string, bool>, PhotoTexture> m_textures;
};

// File → Import photos from folder…: a folder, the preview of what goes
// where (and what matches no group), then the import with a progress bar.
struct PhotoFolderDialogState {
    bool openRequested = false;
    FileBrowserState browser;
    bool browsing = false;
    std::filesystem::path folder;
    std::optional<app::PhotoFolderPlan> plan;
    std::string error;
    bool importing = false; // the import started from this dialog runs
};

struct PhotoPanelState {
    model::Id open;    // the photo shown beside the input list; empty: none
    float zoom = 0.0f; // 0: fit to the column
    float panX = 0.0f;
    float panY = 0.0f;
    std::string caption; // the caption field while typed in
    model::Id captionOf; // whose caption the field holds
    std::shared_ptr<PhotoTextures> textures;
    std::shared_ptr<app::PhotoImportJob> job; // adding photos in the background
    std::vector<std::string> failures;        // the last add's files that were refused
    FileBrowserState browser;                 // choosing photo files
    PhotoFolderDialogState folderDialog;
};

namespace capture {
struct CaptureFrame;
// The strip of thumbnails and the add button (under the group's header).
void drawPhotoStrip(CaptureFrame& frame);
// The open photo, in place of the notes column; false when none is open.
bool drawPhotoViewer(CaptureFrame& frame);
} // namespace capture

// Starts adding `files` to the open capture group (in the background).
void addPhotosToOpenGroup(AppContext& ctx, const std::vector<std::filesystem::path>& files);
// Takes the image files out of `paths` (dropped onto the window) and adds
// them to the open capture group; returns the rest. With no group open, the
// images are left in the rest and a notice says where to drop them.
std::vector<std::filesystem::path>
takeDroppedPhotos(AppContext& ctx, const std::vector<std::filesystem::path>& paths);
// Stores what the background add finished; every frame, from the shell.
void pollPhotoImport(AppContext& ctx);

// The bulk import dialog (photo_folder_dialog.cpp).
void openPhotoFolderDialog(AppContext& ctx);
void drawPhotoFolderDialog(AppContext& ctx);
// Plans the import of `folder` into the open event (the dialog's preview).
void planPhotoFolder(AppContext& ctx, const std::filesystem::path& folder);
// Starts importing the planned photos (the dialog's Import button).
void startPhotoFolderImport(AppContext& ctx);

} // namespace innspill::ui
