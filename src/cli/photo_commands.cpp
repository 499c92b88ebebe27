// `innspill photo add|import|list|remove`: photos of flipcharts on the
// command line. Writing commands open the event as the app does (refused
// while the app has it open); a bad photo is one line on stderr.
#include "cli/commands.hpp"

#include "app/event_files.hpp"
#include "app/event_session.hpp"
#include "app/messages.hpp"
#include "app/photos/photo_folder.hpp"
#include "app/photos/photo_import_job.hpp"
#include "model/group_number.hpp"

#include <algorithm>
#include <iostream>

namespace innspill::cli {

namespace fs = std::filesystem;

namespace {

std::unique_ptr<app::EventSession> openForPhotos(const fs::path& file, lang::Message& error) {
    auto opened = app::openEvent(file);
    if (!opened) {
        error = opened.message;
        return nullptr;
    }
    return std::move(opened.session);
}

void printFailures(const std::vector<lang::Message>& failures) {
    for (const auto& failure : failures) {
        std::cerr << "innspill: " << lang::render(language(), failure) << '\n';
    }
}

std::string visibility(bool isPublic) {
    return say(isPublic ? "cli.photo.public" : "cli.photo.internal");
}

} // namespace

int runPhotoAdd(const PhotoAddOptions& options) {
    lang::Message error;
    auto session = openForPhotos(options.file, error);
    if (!session) {
        return fail(error);
    }
    const auto& groups = session->event().groups;
    const auto group = std::find_if(groups.begin(), groups.end(), [&](const model::Group& g) {
        return g.number == options.group || model::compareNatural(g.number, options.group) == 0;
    });
    if (group == groups.end()) {
        return fail(
            say("cli.photo.noGroup", {{"number", options.group}, {"file", options.file.string()}}));
    }
    std::vector<app::PhotoImportItem> items;
    for (const auto& photo : options.photos) {
        items.push_back({photo, group->id, options.caption, options.isPublic});
    }
    app::PhotoImportJob job;
    app::runPhotoImport(*session, std::move(items), job, /*allOrNothing=*/true);
    if (!job.failures().empty()) {
        printFailures(job.failures());
        if (options.photos.size() > 1) { // the good ones are left out too: say so
            std::cerr << "innspill: "
                      << say("cli.photo.nothingAdded", {{"file", options.file.string()}}) << '\n';
        }
        return 1;
    }
    std::cout << say("cli.photo.added", {{"count", std::to_string(job.attached())},
                                         {"number", group->number},
                                         {"visibility", visibility(options.isPublic)}})
              << '\n';
    return 0;
}

int runPhotoImport(const fs::path& file, const fs::path& folder, bool dryRun) {
    lang::Message error;
    // The plan needs only the event; the file is opened for writing after it.
    app::PhotoFolderPlan plan;
    try {
        plan = app::planPhotoFolder(app::readEventFile(file), folder);
    } catch (const std::exception& failure) {
        return fail(app::errorMessage(failure));
    }
    for (const auto& photo : plan.matched) {
        std::cout << say("cli.photo.planned",
                         {{"file", photo.path.filename().string()}, {"number", photo.groupNumber}})
                  << '\n';
    }
    for (const auto& photo : plan.unmatched) {
        std::cout << say("cli.photo.unmatched",
                         {{"file", photo.path.filename().string()},
                          {"reason", lang::render(language(), photo.reason)}})
                  << '\n';
    }
    std::cout << say("cli.photo.planSummary",
                     {{"matched", std::to_string(plan.matched.size())},
                      {"unmatched", std::to_string(plan.unmatched.size())}})
              << '\n';
    if (dryRun) {
        std::cout << say("cli.dryRun", {{"file", file.string()}}) << '\n';
        return 0;
    }
    auto session = openForPhotos(file, error);
    if (!session) {
        return fail(error);
    }
    std::vector<app::PhotoImportItem> items;
    for (const auto& photo : plan.matched) {
        items.push_back({photo.path, photo.groupId, {}, false});
    }
    app::PhotoImportJob job;
    app::runPhotoImport(*session, std::move(items), job, /*allOrNothing=*/false);
    printFailures(job.failures());
    std::cout << say("cli.photo.imported",
                     {{"count", std::to_string(job.attached())}, {"file", file.string()}})
              << '\n';
    return job.failures().empty() ? 0 : 1;
}

int runPhotoList(const fs::path& file) {
    try {
        const auto event = app::readEventFile(file);
        size_t count = 0;
        for (const auto& group : event.groups) {
            for (const auto& photo : group.photos) {
                std::cout << group.number << '\t' << photo.id.str() << '\t' << photo.width << "×"
                          << photo.height << '\t' << visibility(photo.isPublic) << '\t'
                          << photo.caption << '\n';
                ++count;
            }
        }
        if (count == 0) {
            std::cout << say("cli.photo.none") << '\n';
        }
        return 0;
    } catch (const std::exception& failure) {
        return fail(app::errorMessage(failure));
    }
}

int runPhotoRemove(const fs::path& file, const std::string& photoId) {
    lang::Message error;
    auto session = openForPhotos(file, error);
    if (!session) {
        return fail(error);
    }
    // A full id, or a prefix of one that no other photo shares.
    std::optional<app::PhotoPlace> found;
    size_t matches = 0;
    for (const auto& group : session->event().groups) {
        for (size_t i = 0; i < group.photos.size(); ++i) {
            if (!photoId.empty() && group.photos[i].id.str().rfind(photoId, 0) == 0) {
                found = app::PhotoPlace{&group, i};
                ++matches;
            }
        }
    }
    if (matches != 1) {
        return fail(say(matches == 0 ? "cli.photo.noPhoto" : "cli.photo.ambiguous",
                        {{"id", photoId}, {"file", file.string()}}));
    }
    const std::string number = found->group->number;
    const model::Id id = found->group->photos[found->index].id;
    if (!session->apply(app::removePhoto(*found->group, id))) {
        return fail(session->lastErrorMessage());
    }
    app::forgetRemovedPhotos(*session);
    std::cout << say("cli.photo.removed", {{"id", id.str()}, {"number", number}}) << '\n';
    return 0;
}

} // namespace innspill::cli
