// The export thread and the state it shares with the UI thread.
#include "app/export_job.hpp"

#include "app/messages.hpp"
#include "io/atomic_write.hpp"
#include "os/folder_access.hpp"

#include <condition_variable>
#include <mutex>
#include <new>
#include <system_error>

namespace innspill::app {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct ExportJob::Run {
    mutable std::mutex mutex;
    mutable std::condition_variable ended;
    ExportJobState state = ExportJobState::Running;
    ExportStep step = ExportStep::Rendering;
    bool threadDone = false;
    Clock::time_point started = Clock::now();
    Clock::time_point stopped;
    ExportOutcome outcome;

    // Under the lock: the job has ended with `result`.
    void end(ExportJobState result) {
        state = result;
        stopped = Clock::now();
        ended.notify_all();
    }
};

namespace {

lang::Message cannotWrite(const fs::path& target, const char* reasonKey) {
    return lang::message("writeError.cannotWrite", {{"file", target.string()}})
        .withWord("reason", reasonKey);
}

// Rendering a large PDF takes seconds; say at once when the folder is gone
// or read-only instead of after the render. The write itself still checks.
lang::Message checkFolder(const fs::path& target) {
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        return cannotWrite(target, "fileError.folderMissing");
    }
    if (!os::folderWritable(folder)) {
        return cannotWrite(target, "writeError.folderNotWritable");
    }
    if (fs::is_directory(target, error)) {
        return cannotWrite(target, "writeError.folderOfThatName");
    }
    return {};
}

void runExport(const std::shared_ptr<ExportJob::Run>& run, ExportRequest request,
               const ExportJob::Finished& onFinished) {
    lang::Message error = checkFolder(request.target);
    std::string bytes;
    std::vector<ExportMedia> media;
    if (error.empty()) {
        try {
            if (!request.eventFile.empty()) {
                request.options.photoBytes = photoReader(request.eventFile);
                request.options.mediaFolder = mediaFolderFor(request.target);
            }
            auto rendered = renderExportWithMedia(request.event, request.format, request.options);
            bytes = std::move(rendered.bytes);
            media = std::move(rendered.media);
        } catch (const std::bad_alloc&) {
            error = lang::message("export.outOfMemory");
        } catch (const std::exception& exception) {
            error = lang::Message{"export.cannotRender", {}}.withMessage("reason",
                                                                         errorMessage(exception));
        }
    }
    request.event = model::Event(); // the copy is not needed any more

    bool write = false;
    {
        std::lock_guard lock(run->mutex);
        if (run->state == ExportJobState::Running) {
            if (!error.empty()) {
                run->outcome.message = error;
                run->end(ExportJobState::Failed);
            } else {
                // From here on a cancel is refused: the file is on its way.
                run->step = ExportStep::Writing;
                write = true;
            }
        }
    }
    if (write) {
        ExportJobState result = ExportJobState::Succeeded;
        try {
            writeExportMedia(request.target, request.options.mediaFolder, media);
            io::writeFileAtomically(request.target, bytes);
        } catch (const std::exception& exception) {
            error = errorMessage(exception);
            result = ExportJobState::Failed;
        }
        std::lock_guard lock(run->mutex);
        run->outcome.bytes = result == ExportJobState::Succeeded ? bytes.size() : 0;
        run->outcome.message = error;
        run->end(result);
    }
    {
        std::lock_guard lock(run->mutex);
        run->threadDone = true;
    }
    if (onFinished) {
        onFinished();
    }
}

} // namespace

ExportJob::ExportJob() = default;

ExportJob::~ExportJob() {
    cancel();
    for (auto& [run, thread] : m_threads) {
        if (thread.joinable()) {
            thread.join();
        }
    }
}

void ExportJob::collectFinishedThreads() {
    std::erase_if(m_threads, [](auto& entry) {
        bool done = false;
        {
            std::lock_guard lock(entry.first->mutex);
            done = entry.first->threadDone;
        }
        if (done && entry.second.joinable()) {
            entry.second.join();
        }
        return done;
    });
}

void ExportJob::start(ExportRequest request, Finished onFinished) {
    cancel();
    collectFinishedThreads();
    auto run = std::make_shared<Run>();
    run->outcome.target = request.target;
    m_run = run;
    try {
        std::thread thread(
            [run, request = std::move(request), onFinished = std::move(onFinished)]() mutable {
                runExport(run, std::move(request), onFinished);
            });
        m_threads.emplace_back(run, std::move(thread));
    } catch (const std::system_error& error) {
        std::lock_guard lock(run->mutex);
        run->outcome.message =
            lang::message("export.cannotStart", {{"detail", error.code().message()}});
        run->threadDone = true;
        run->end(ExportJobState::Failed);
    }
}

ExportJobState ExportJob::state() const {
    if (!m_run) {
        return ExportJobState::Idle;
    }
    std::lock_guard lock(m_run->mutex);
    return m_run->state;
}

ExportStep ExportJob::step() const {
    if (!m_run) {
        return ExportStep::Rendering;
    }
    std::lock_guard lock(m_run->mutex);
    return m_run->step;
}

bool ExportJob::finished() const {
    const ExportJobState current = state();
    return current != ExportJobState::Idle && current != ExportJobState::Running;
}

double ExportJob::elapsedSeconds() const {
    if (!m_run) {
        return 0.0;
    }
    std::lock_guard lock(m_run->mutex);
    const Clock::time_point end =
        m_run->state == ExportJobState::Running ? Clock::now() : m_run->stopped;
    return std::chrono::duration<double>(end - m_run->started).count();
}

ExportOutcome ExportJob::outcome() const {
    if (!m_run) {
        return {};
    }
    std::lock_guard lock(m_run->mutex);
    return m_run->outcome;
}

bool ExportJob::cancel() {
    if (!m_run) {
        return false;
    }
    std::lock_guard lock(m_run->mutex);
    if (m_run->state != ExportJobState::Running || m_run->step != ExportStep::Rendering) {
        return false;
    }
    m_run->end(ExportJobState::Cancelled);
    return true;
}

bool ExportJob::wait(std::chrono::milliseconds timeout) const {
    if (!m_run) {
        return true;
    }
    std::unique_lock lock(m_run->mutex);
    return m_run->ended.wait_for(lock, timeout,
                                 [&] { return m_run->state != ExportJobState::Running; });
}

void ExportJob::reset() {
    if (finished()) {
        m_run.reset();
        collectFinishedThreads();
    }
}

} // namespace innspill::app
