// An export running in the background: the app's export dialog hands it a
// copy of the event, and a thread of its own renders the chosen format and
// writes the file atomically, so the window keeps drawing while a large PDF
// takes seconds. The UI polls state(), step() and elapsedSeconds() each
// frame; a callback tells it (from the job's thread) when the job has ended.
#pragma once

#include "app/export.hpp"
#include "io/report/report_document.hpp"
#include "lang/message.hpp"
#include "model/event.hpp"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace innspill::app {

enum class ExportJobState {
    Idle,      // nothing started yet
    Running,   // rendering or writing
    Succeeded, // the file is written
    Failed,    // outcome().message says why; no file (and no partial file) was left
    Cancelled, // the person cancelled before the file was written; nothing was written
};

enum class ExportStep {
    Rendering, // building the report and the format's bytes (most of the time)
    Writing,   // writing the file (too late to cancel)
};

struct ExportRequest {
    // A copy: the person may go on editing (or close the event) meanwhile.
    model::Event event;
    ExportFormat format = ExportFormat::Pdf;
    io::report::ReportOptions options;
    std::filesystem::path target;
    // The open event's file, for the photos' bytes (read on the job's
    // thread); empty: the report has no photos.
    std::filesystem::path eventFile;
};

struct ExportOutcome {
    std::filesystem::path target;
    std::uintmax_t bytes = 0; // the file's size when Succeeded
    lang::Message message;    // Failed: one line for a person (the UI words it)
};

class ExportJob {
  public:
    // Called on the job's thread once the job has ended (succeeded, failed
    // or, after a cancel, when the thread is done); e.g. to wake the UI.
    using Finished = std::function<void()>;

    ExportJob();
    // Cancels a running job and waits for its thread: at most the rest of
    // one render, since rendering itself cannot be interrupted.
    ~ExportJob();
    ExportJob(const ExportJob&) = delete;
    ExportJob& operator=(const ExportJob&) = delete;

    // Starts a new export. A job still running is cancelled first; its
    // thread is left to finish rendering and is collected later, so start()
    // never waits for it.
    void start(ExportRequest request, Finished onFinished = {});

    ExportJobState state() const;
    ExportStep step() const;
    bool running() const { return state() == ExportJobState::Running; }
    bool finished() const;
    // Seconds since start(); stops counting when the job ends.
    double elapsedSeconds() const;
    // Valid once finished(): the target, and the size or the error.
    ExportOutcome outcome() const;

    // Asks the job not to write its file. Returns false when it is too late
    // (the file is being or has been written); the job then ends normally.
    bool cancel();

    // Blocks until the job has ended or `timeout` passed; true when ended.
    // For tests and command-line tools; the UI polls instead.
    bool wait(std::chrono::milliseconds timeout) const;

    // Forgets a finished job (back to Idle). Does nothing while running.
    void reset();

    struct Run; // shared between the job and its thread

  private:
    void collectFinishedThreads();

    std::shared_ptr<Run> m_run;
    // The current run's thread and those of cancelled runs still rendering.
    std::vector<std::pair<std::shared_ptr<Run>, std::thread>> m_threads;
};

} // namespace innspill::app
