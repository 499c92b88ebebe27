// The open group's photos on the capture screen (see capture_photos.hpp).
#include "ui/capture/capture_photos.hpp"

#include "app/event_session.hpp"
#include "app/photos/photo_edits.hpp"
#include "app/photos/photo_import_job.hpp"
#include "ui/capture/capture_internal.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/shell/file_browser.hpp"
#include "ui/widgets/choice_controls.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/tool_button.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdint>

namespace innspill::ui {

namespace fs = std::filesystem;

namespace {

constexpr float kThumbHeight = 56.0f;

ImTextureID textureId(unsigned long long handle) {
    return reinterpret_cast<ImTextureID>(static_cast<uintptr_t>(handle));
}

PhotoTextures& texturesOf(AppContext& ctx) {
    auto& state = ctx.capture.photos;
    if (!state.textures) {
        state.textures = std::make_shared<PhotoTextures>(ctx);
    }
    return *state.textures;
}

const model::Photo* findIn(const model::Group& group, const model::Id& id) {
    for (const auto& photo : group.photos) {
        if (photo.id == id) {
            return &photo;
        }
    }
    return nullptr;
}

// A photo's picture (or, with no texture, a framed placeholder) in `size`.
void picture(const PhotoTexture& texture, ImVec2 size, const char* label) {
    if (texture.handle != 0) {
        ImGui::Image(textureId(texture.handle), size);
        return;
    }
    ImGui::Button(label, size);
}

} // namespace

PhotoTextures::PhotoTextures(AppContext& ctx) : m_ctx(&ctx), m_release(ctx.releaseTexture) {}

PhotoTextures::~PhotoTextures() {
    for (const auto& [key, texture] : m_textures) {
        if (texture.handle != 0 && m_release) {
            m_release(texture.handle);
        }
    }
}

const PhotoTexture& PhotoTextures::get(const model::Id& photo, bool full) {
    const auto key = std::make_pair(photo.str(), full);
    auto found = m_textures.find(key);
    if (found != m_textures.end()) {
        return found->second;
    }
    PhotoTexture texture;
    if (m_ctx->uploadTexture && m_ctx->session) {
        const auto bytes = app::photoBytes(*m_ctx->session, photo,
                                           full ? app::PhotoSize::Full : app::PhotoSize::Thumbnail);
        if (bytes) {
            const std::string rgba = app::decodePhotoRgba(*bytes, texture.width, texture.height);
            if (!rgba.empty()) {
                texture.handle = m_ctx->uploadTexture(rgba, texture.width, texture.height);
            }
        }
    }
    return m_textures.emplace(key, texture).first->second;
}

void addPhotosToOpenGroup(AppContext& ctx, const std::vector<fs::path>& files) {
    auto& state = ctx.capture.photos;
    const model::Id group = ctx.capture.group;
    if (ctx.session == nullptr || group.empty() || files.empty()) {
        return;
    }
    if (state.job && state.job->running()) {
        return; // one add at a time; the button is disabled meanwhile
    }
    std::vector<app::PhotoImportItem> items;
    for (const auto& file : files) {
        items.push_back({file, group, {}, false});
    }
    state.failures.clear();
    state.job = std::make_shared<app::PhotoImportJob>();
    state.job->start(std::move(items), 2, ctx.wakeFromAnyThread);
}

std::vector<fs::path> takeDroppedPhotos(AppContext& ctx, const std::vector<fs::path>& paths) {
    std::vector<fs::path> photos;
    std::vector<fs::path> rest;
    for (const auto& path : paths) {
        (app::looksLikePhotoFile(path) ? photos : rest).push_back(path);
    }
    if (photos.empty()) {
        return rest;
    }
    if (ctx.session == nullptr || ctx.capture.group.empty()) {
        ctx.capture.notice = ctx.tr("photos.dropOnGroup");
        return rest;
    }
    addPhotosToOpenGroup(ctx, photos);
    return rest;
}

void pollPhotoImport(AppContext& ctx) {
    auto& state = ctx.capture.photos;
    if (!state.job || ctx.session == nullptr) {
        return;
    }
    if (state.job->running()) {
        if (state.job->poll(*ctx.session)) {
            for (const auto& failure : state.job->failures()) {
                state.failures.push_back(lang::render(ctx.language, failure));
            }
            // The photo just added opens beside the inputs: typing from it
            // can start at once.
            const model::Event& event = ctx.session->event();
            const model::Group* group = model::findGroup(event, ctx.capture.group);
            if (state.job->attached() > 0 && group != nullptr && !group->photos.empty()) {
                state.open = group->photos.back().id;
                state.zoom = 0.0f;
            }
        } else {
            ctx.wakeIn(0.1); // the progress bar moves
        }
    }
}

namespace capture {

void drawPhotoStrip(CaptureFrame& frame) {
    AppContext& ctx = frame.ctx;
    auto& state = frame.state.photos;
    const bool busy = state.job && state.job->running();
    if (busy) {
        ImGui::BeginDisabled();
    }
    if (toolButton(ToolButton{icon::kAddPhoto, ctx.tr("photos.add")})) {
        FileBrowserRequest request;
        request.mode = FileBrowserMode::Open;
        request.titleKey = "photos.browserTitle";
        request.filters = {{"photos.filter", {".jpg", ".jpeg", ".png", ".JPG", ".JPEG", ".PNG"}},
                           {}};
        request.multiSelect = true;
        request.sessionsFolder = ctx.mainWindow.files.sessionsFolder;
        openFileBrowser(state.browser, request);
    }
    ctx.itemRects.record("capture.photos.add");
    if (busy) {
        ImGui::EndDisabled();
    }
    if (drawFileBrowser(ctx, state.browser)) {
        addPhotosToOpenGroup(ctx, state.browser.chosenAll.empty()
                                      ? std::vector<fs::path>{state.browser.chosen}
                                      : state.browser.chosenAll);
    }
    if (busy) {
        ImGui::SameLine();
        const float done = static_cast<float>(state.job->prepared()) /
                           static_cast<float>(std::max<size_t>(1, state.job->total()));
        const std::string label =
            std::to_string(state.job->prepared()) + " / " + std::to_string(state.job->total());
        ImGui::ProgressBar(done, ImVec2(160.0f, 0.0f), label.c_str());
    }
    for (size_t i = 0; i < frame.group.photos.size(); ++i) {
        const model::Photo& photo = frame.group.photos[i];
        ImGui::SameLine();
        ImGui::PushID(photo.id.str().c_str());
        const PhotoTexture& thumb = texturesOf(ctx).get(photo.id, false);
        const float aspect =
            photo.height > 0 ? static_cast<float>(photo.width) / photo.height : 1.0f;
        const ImVec2 size(kThumbHeight * aspect, kThumbHeight);
        const std::string label = std::to_string(i + 1);
        const bool isOpen = state.open == photo.id;
        if (isOpen) {
            ImGui::PushStyleColor(ImGuiCol_Border, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        }
        picture(thumb, size, label.c_str());
        if (isOpen) {
            ImGui::PopStyleColor();
        }
        ctx.itemRects.record("capture.photo/", std::to_string(i));
        if (ImGui::IsItemClicked()) {
            state.open = isOpen ? model::Id() : photo.id;
            state.zoom = 0.0f;
            state.panX = state.panY = 0.0f;
        }
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", photo.caption.empty() ? ctx.tr("photos.noCaption")
                                                          : photo.caption.c_str());
        }
        ImGui::PopID();
    }
    if (frame.group.photos.empty()) {
        ImGui::SameLine();
        disabledText(ctx.tr("photos.none"));
    }
    for (const auto& failure : state.failures) {
        errorWrappedText(failure);
    }
}

bool drawPhotoViewer(CaptureFrame& frame) {
    AppContext& ctx = frame.ctx;
    auto& state = frame.state.photos;
    const model::Photo* photo = state.open.empty() ? nullptr : findIn(frame.group, state.open);
    if (photo == nullptr) {
        state.open = {};
        return false;
    }
    const model::Id id = photo->id;
    if (state.captionOf != id) {
        state.captionOf = id;
        state.caption = photo->caption;
    }
    // Caption, public/internal, remove, close: the caption takes what the
    // others leave, so the buttons stay inside a narrow column.
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto buttonWidth = [&](const char* label) {
        return ImGui::CalcTextSize(label).x + style.FramePadding.x * 2.0f;
    };
    const float controls = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x +
                           ImGui::CalcTextSize(ctx.tr("photos.public")).x +
                           buttonWidth(ctx.tr("photos.remove")) +
                           buttonWidth(ctx.tr("photos.close")) + style.ItemSpacing.x * 3.0f;
    ImGui::SetNextItemWidth(std::max(ImGui::GetContentRegionAvail().x - controls, 120.0f));
    if (ImGui::InputTextWithHint("##caption", ctx.tr("photos.captionHint"), &state.caption)) {
        const std::string caption = state.caption;
        frame.defer([id, caption](AppContext& c, const model::Group& g) {
            applyChange(c, app::setPhotoCaption(g, id, caption), true);
        });
    }
    ctx.itemRects.record("capture.photo.caption");
    ImGui::SameLine();
    bool isPublic = photo->isPublic;
    if (checkbox(ctx.tr("photos.public"), &isPublic)) {
        frame.defer([id, isPublic](AppContext& c, const model::Group& g) {
            applyChange(c, app::setPhotoPublic(g, id, isPublic));
        });
    }
    ctx.itemRects.record("capture.photo.public");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", ctx.tr("photos.publicTip"));
    }
    ImGui::SameLine();
    if (toolButton(
            ToolButton{icon::kDelete, ctx.tr("photos.remove"), nullptr, ButtonKind::Danger})) {
        frame.defer([id](AppContext& c, const model::Group& g) {
            applyChange(c, app::removePhoto(g, id));
            c.capture.photos.open = {};
        });
    }
    ctx.itemRects.record("capture.photo.remove");
    ImGui::SameLine();
    if (toolButton(ToolButton{icon::kClose, ctx.tr("photos.close")})) {
        state.open = {};
    }
    ctx.itemRects.record("capture.photo.close");

    // The photo: fitted to the column, the wheel zooms at the pointer,
    // dragging pans; double-click fits again.
    const ImVec2 area = ImGui::GetContentRegionAvail();
    ImGui::BeginChild("##photoView", area, true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 view = ImGui::GetContentRegionAvail();
    const float w = static_cast<float>(std::max(photo->width, 1));
    const float h = static_cast<float>(std::max(photo->height, 1));
    const float fit = std::min(view.x / w, view.y / h);
    if (state.zoom <= 0.0f) {
        state.zoom = fit;
        state.panX = (view.x - w * fit) * 0.5f;
        state.panY = (view.y - h * fit) * 0.5f;
    }
    ImGui::InvisibleButton("##photoCanvas", ImVec2(std::max(view.x, 1.0f), std::max(view.y, 1.0f)));
    ctx.itemRects.record("capture.photo.view");
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsItemHovered() && io.MouseWheel != 0.0f) {
        const float old = state.zoom;
        state.zoom = std::clamp(state.zoom * (io.MouseWheel > 0 ? 1.2f : 1.0f / 1.2f), fit * 0.5f,
                                fit * 12.0f);
        const float mx = io.MousePos.x - origin.x;
        const float my = io.MousePos.y - origin.y;
        state.panX = mx - (mx - state.panX) * state.zoom / old;
        state.panY = my - (my - state.panY) * state.zoom / old;
    }
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f)) {
        state.panX += io.MouseDelta.x;
        state.panY += io.MouseDelta.y;
    }
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
        state.zoom = 0.0f;
    }
    const PhotoTexture& full = texturesOf(ctx).get(id, true);
    const ImVec2 min(origin.x + state.panX, origin.y + state.panY);
    const ImVec2 max(min.x + w * state.zoom, min.y + h * state.zoom);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (full.handle != 0) {
        draw->AddImage(textureId(full.handle), min, max);
    } else {
        draw->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Border));
    }
    ImGui::EndChild();
    return true;
}

} // namespace capture

} // namespace innspill::ui
