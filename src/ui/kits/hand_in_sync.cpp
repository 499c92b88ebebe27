// The kit's outbox choice, the watched hand-in folder and its window.
#include "ui/kits/hand_in_sync.hpp"

#include "app/outbox.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

namespace innspill::ui {

namespace fs = std::filesystem;

namespace {

FileBrowserRequest folderRequest(AppContext& ctx, const char* titleKey, const fs::path& start) {
    FileBrowserRequest request;
    request.mode = FileBrowserMode::Folder;
    request.titleKey = titleKey;
    request.confirmKey = "browser.choose";
    request.filters = {FileFilter{"browser.filterEvents", {".innspill"}}};
    request.folder = start.empty() ? defaultFolder(ctx) : start;
    request.sessionsFolder = ctx.mainWindow.files.sessionsFolder;
    return request;
}

void startChoosingWatchFolder(AppContext& ctx) {
    HandInWatchState& state = ctx.handInWatch;
    const fs::path current = state.watch ? state.watch->folder() : fs::path();
    openFileBrowser(state.browser, folderRequest(ctx, "watch.browserTitle", current));
    state.browsing = true;
}

void drawWatchList(AppContext& ctx, const app::HandInWatch& watch) {
    const auto& log = watch.log();
    if (log.empty()) {
        disabledWrappedText(ctx.tr("watch.nothingYet"));
        return;
    }
    // Newest first: what just arrived is what a person looks for.
    for (size_t i = log.size(); i-- > 0;) {
        const auto& handIn = log[i];
        const std::string line = app::describeWatched(handIn, ctx.language);
        switch (handIn.outcome) {
        case app::WatchOutcome::Merged:
            wrappedText(line);
            break;
        case app::WatchOutcome::Waiting:
        case app::WatchOutcome::Refused:
        case app::WatchOutcome::Failed:
            errorWrappedText(line);
            break;
        case app::WatchOutcome::NothingNew:
        case app::WatchOutcome::Older:
            disabledWrappedText(line);
            break;
        }
        ctx.itemRects.record("watch.line/", std::to_string(i));
    }
}

void drawWatchWindow(AppContext& ctx) {
    HandInWatchState& state = ctx.handInWatch;
    if (state.windowRequested) {
        state.windowRequested = false;
        state.windowOpen = true;
        ImGui::SetNextWindowFocus();
    }
    if (!state.windowOpen || ctx.session == nullptr) {
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30.0f, ImGui::GetFontSize() * 16.0f),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x - 16.0f,
                                   viewport->WorkPos.y + viewport->WorkSize.y - 16.0f),
                            ImGuiCond_Appearing, ImVec2(1.0f, 1.0f));
    const std::string title = std::string(ctx.tr("watch.title")) + kHandInWatchWindow;
    if (ImGui::Begin(title.c_str(), &state.windowOpen, ImGuiWindowFlags_NoSavedSettings)) {
        if (state.watch) {
            wrappedText(
                format(ctx.tr("watch.watching"), {{"folder", state.watch->folder().string()}}));
            ctx.itemRects.record("watch.folder");
            if (!state.watch->folderProblem().empty()) {
                errorWrappedText(lang::render(ctx.language, state.watch->folderProblem()));
            }
        } else {
            disabledWrappedText(ctx.tr("watch.stopped"));
        }
        if (!state.error.empty()) {
            errorWrappedText(state.error);
            ctx.itemRects.record("watch.error");
        }
        if (const size_t queued = queuedKits(ctx); queued > 0) {
            errorWrappedText(format(ctx.tr("watch.queued"), {{"n", std::to_string(queued)}}));
            if (ImGui::SmallButton(ctx.tr("watch.openQueue"))) {
                openMergeKitsDialog(ctx);
            }
            ctx.itemRects.record("watch.openQueue");
        }
        if (ImGui::Button(ctx.tr("watch.chooseFolder"))) {
            startChoosingWatchFolder(ctx);
        }
        ctx.itemRects.record("watch.chooseFolder");
        ImGui::SameLine();
        ImGui::BeginDisabled(!state.watch);
        if (ImGui::Button(ctx.tr("watch.stop"))) {
            stopWatching(ctx);
        }
        ImGui::EndDisabled();
        ctx.itemRects.record("watch.stop");
        ImGui::Separator();
        if (ImGui::BeginChild("##watchList")) {
            if (state.watch) {
                drawWatchList(ctx, *state.watch);
            }
        }
        ImGui::EndChild();
    }
    ImGui::End();
}

} // namespace

void openOutboxChoice(AppContext& ctx) {
    if (ctx.session == nullptr || ctx.workspace == nullptr) {
        return;
    }
    OutboxChoiceState& state = ctx.outboxChoice;
    state.error.clear();
    openFileBrowser(state.browser,
                    folderRequest(ctx, "outbox.browserTitle", ctx.workspace->outbox().folder()));
}

bool chooseOutbox(AppContext& ctx, const fs::path& folder) {
    OutboxChoiceState& state = ctx.outboxChoice;
    if (ctx.workspace == nullptr) {
        return false;
    }
    const lang::Message problem = ctx.workspace->setOutbox(folder);
    state.error = lang::render(ctx.language, problem);
    return problem.empty();
}

void openHandInWatch(AppContext& ctx) {
    if (ctx.session == nullptr) {
        return;
    }
    HandInWatchState& state = ctx.handInWatch;
    state.windowRequested = true;
    state.error.clear();
    if (state.watch) {
        return;
    }
    const fs::path remembered = app::watchedFolderOf(*ctx.session);
    std::error_code error;
    if (!remembered.empty() && fs::is_directory(remembered, error)) {
        startWatching(ctx, remembered);
    } else {
        startChoosingWatchFolder(ctx);
    }
}

bool startWatching(AppContext& ctx, const fs::path& folder) {
    HandInWatchState& state = ctx.handInWatch;
    state.error.clear();
    if (ctx.session == nullptr) {
        return false;
    }
    lang::Message problem = app::handInRefusal(*ctx.session);
    if (problem.empty()) {
        problem = app::setWatchedFolder(*ctx.session, folder);
    }
    if (!problem.empty()) {
        state.error = lang::render(ctx.language, problem);
        return false;
    }
    state.watch = std::make_unique<app::HandInWatch>(*ctx.session, folder);
    state.windowOpen = true;
    return true;
}

void stopWatching(AppContext& ctx) {
    ctx.handInWatch.watch.reset();
}

void keepWatching(AppContext& ctx) {
    HandInWatchState& state = ctx.handInWatch;
    if (!state.watch || ctx.session == nullptr) {
        return;
    }
    const auto now = app::HandInWatch::Clock::now();
    state.watch->poll(now);
    if (state.watch->waiting() > 0) {
        auto& queue = ctx.mergeKits.queued;
        for (auto& kit : state.watch->takeWaiting()) {
            // A newer copy of a kit already queued takes its place.
            std::erase_if(queue, [&](const app::KitForHandIn& queuedKit) {
                return queuedKit.contents.record.kitId == kit.contents.record.kitId;
            });
            queue.push_back(std::move(kit));
        }
        if (ctx.mergeKits.visible) {
            openMergeKitsDialog(ctx); // the open dialog takes them in at once
        }
    }
    ctx.wakeIn(state.watch->secondsUntilDue(app::HandInWatch::Clock::now()));
}

size_t queuedKits(const AppContext& ctx) {
    return ctx.mergeKits.queued.size();
}

void drawHandInSync(AppContext& ctx) {
    drawWatchWindow(ctx);
    // Their own ID scope: the shell's browser uses the same popup name.
    ImGui::PushID("handInSync");
    HandInWatchState& watch = ctx.handInWatch;
    if (drawFileBrowser(ctx, watch.browser)) {
        watch.browsing = false;
        rememberLastFolder(ctx, watch.browser.chosen);
        startWatching(ctx, watch.browser.chosen);
    }
    ImGui::PushID("outbox");
    OutboxChoiceState& outbox = ctx.outboxChoice;
    if (drawFileBrowser(ctx, outbox.browser)) {
        rememberLastFolder(ctx, outbox.browser.chosen);
        chooseOutbox(ctx, outbox.browser.chosen);
    }
    ImGui::PopID();
    ImGui::PopID();
}

} // namespace innspill::ui
