// File → Import photos from folder…: choose a folder, see which photo goes to
// which group and which match no group, then import them in the background
// (a progress bar; the window keeps drawing) as one undo step.
#include "app/event_session.hpp"
#include "app/messages.hpp"
#include "app/photos/photo_import_job.hpp"
#include "ui/capture/capture_photos.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/dialog.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

namespace innspill::ui {

namespace {

constexpr const char* kPopup = "###photoFolder";

} // namespace

void openPhotoFolderDialog(AppContext& ctx) {
    auto& state = ctx.capture.photos.folderDialog;
    state.openRequested = true;
    state.error.clear();
    if (!state.plan) {
        state.browsing = true;
        FileBrowserRequest request;
        request.mode = FileBrowserMode::Folder;
        request.titleKey = "photoFolder.browserTitle";
        request.sessionsFolder = ctx.mainWindow.files.sessionsFolder;
        openFileBrowser(state.browser, request);
    }
}

void planPhotoFolder(AppContext& ctx, const std::filesystem::path& folder) {
    auto& state = ctx.capture.photos.folderDialog;
    state.folder = folder;
    state.plan.reset();
    state.error.clear();
    if (ctx.session == nullptr) {
        return;
    }
    try {
        state.plan = app::planPhotoFolder(ctx.session->event(), folder);
    } catch (const std::exception& error) {
        state.error = lang::render(ctx.language, app::errorMessage(error));
    }
}

void startPhotoFolderImport(AppContext& ctx) {
    auto& photos = ctx.capture.photos;
    auto& state = photos.folderDialog;
    if (ctx.session == nullptr || !state.plan || state.plan->matched.empty() ||
        (photos.job && photos.job->running())) {
        return;
    }
    std::vector<app::PhotoImportItem> items;
    for (const auto& photo : state.plan->matched) {
        items.push_back({photo.path, photo.groupId, {}, false});
    }
    photos.failures.clear();
    photos.job = std::make_shared<app::PhotoImportJob>();
    photos.job->start(std::move(items), 2, ctx.wakeFromAnyThread);
    state.importing = true;
}

void drawPhotoFolderDialog(AppContext& ctx) {
    auto& photos = ctx.capture.photos;
    auto& state = photos.folderDialog;
    bool keepOpen = true;
    if (!beginEventDialog(state.openRequested, ctx.session != nullptr, kPopup,
                          ctx.tr("photoFolder.title"), ImVec2(0.6f, 0.7f), keepOpen)) {
        return;
    }
    const bool running = photos.job && photos.job->running();
    text(ctx.tr("photoFolder.folder"));
    ImGui::SameLine();
    text(state.folder.empty() ? ctx.tr("photoFolder.noFolder") : state.folder.string());
    ImGui::SameLine();
    ImGui::BeginDisabled(running);
    if (ImGui::SmallButton(ctx.tr("photoFolder.choose"))) {
        state.browsing = true;
        FileBrowserRequest request;
        request.mode = FileBrowserMode::Folder;
        request.titleKey = "photoFolder.browserTitle";
        request.folder = state.folder;
        request.sessionsFolder = ctx.mainWindow.files.sessionsFolder;
        openFileBrowser(state.browser, request);
    }
    ImGui::EndDisabled();
    wrappedText(ctx.tr("photoFolder.rule"));
    if (!state.error.empty()) {
        errorWrappedText(state.error);
    }
    const float footer = ImGui::GetFrameHeightWithSpacing() * 3.0f;
    if (ImGui::BeginChild("##plan", ImVec2(0.0f, -footer), true) && state.plan) {
        const auto& plan = *state.plan;
        text(lang::render(ctx.language,
                          lang::message("photoFolder.summary",
                                        {{"matched", std::to_string(plan.matched.size())},
                                         {"unmatched", std::to_string(plan.unmatched.size())}})));
        if (ImGui::BeginTable("##matched", 2,
                              ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
            ImGui::TableSetupColumn(ctx.tr("photoFolder.file"));
            ImGui::TableSetupColumn(ctx.tr("photoFolder.group"));
            ImGui::TableHeadersRow();
            for (const auto& photo : plan.matched) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                text(photo.path.filename().string());
                ImGui::TableNextColumn();
                text(photo.groupNumber);
            }
            for (const auto& photo : plan.unmatched) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                text(photo.path.filename().string());
                ImGui::TableNextColumn();
                errorWrappedText(lang::render(ctx.language, photo.reason));
            }
            ImGui::EndTable();
        }
    }
    ImGui::EndChild();

    if (drawNestedFileBrowser(ctx, state.browser, state.browsing)) {
        planPhotoFolder(ctx, state.browser.chosen);
    }
    if (running) {
        const float done = static_cast<float>(photos.job->prepared()) /
                           static_cast<float>(std::max<size_t>(1, photos.job->total()));
        const std::string label =
            std::to_string(photos.job->prepared()) + " / " + std::to_string(photos.job->total());
        ImGui::ProgressBar(done, ImVec2(-1.0f, 0.0f), label.c_str());
        ctx.wakeIn(0.1);
    } else if (state.importing && photos.job && photos.job->finished()) {
        doneWrappedText(lang::render(
            ctx.language, lang::message("photoFolder.done",
                                        {{"count", std::to_string(photos.job->attached())}})));
        for (const auto& failure : photos.failures) {
            errorWrappedText(failure);
        }
    }
    const bool ready = state.plan && !state.plan->matched.empty() && !running && !state.importing;
    ImGui::BeginDisabled(!ready);
    if (ImGui::Button(ctx.tr("photoFolder.import"))) {
        startPhotoFolderImport(ctx);
    }
    ImGui::EndDisabled();
    ctx.itemRects.record("photoFolder.import");
    ImGui::SameLine();
    if (ImGui::Button(
            ctx.tr(state.importing && !running ? "photoFolder.close" : "photoFolder.cancel")) ||
        !keepOpen) {
        if (running) {
            photos.job->cancel();
        }
        state.plan.reset();
        state.folder.clear();
        state.importing = false;
        ImGui::CloseCurrentPopup();
    }
    ctx.itemRects.record("photoFolder.close");
    ImGui::EndPopup();
}

} // namespace innspill::ui
