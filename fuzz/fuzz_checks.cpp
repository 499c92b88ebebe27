#include "fuzz_checks.hpp"

#include "app/merge/kits.hpp"
#include "app/participants_import.hpp"
#include "fuzz_support.hpp"
#include "io/json_archive.hpp"
#include "io/notes/notes_import.hpp"
#include "io/parse_error.hpp"
#include "io/participants_csv.hpp"
#include "io/photo/photo_image.hpp"
#include "io/read_file.hpp"
#include "model/validate.hpp"
#include "store/errors.hpp"
#include "store/event_file.hpp"
#include "support/sample_event.hpp"

namespace innspill::fuzz {

namespace {

const model::Event& smallEvent() {
    static const model::Event event = test::sampleEvent();
    return event;
}

std::string invalid(const std::vector<model::Problem>& problems, const std::string& what) {
    return problems.empty() ? std::string()
                            : what + ": " + problems.front().where + ": " + problems.front().what;
}

// The bytes as a scratch file, removed (with SQLite's sidecars) afterwards.
class ScratchFile {
  public:
    ScratchFile(const char* name, std::string_view bytes) : m_path(scratchDir() / name) {
        writeFile(m_path, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    }
    ~ScratchFile() { removeEventFile(m_path); }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
    const std::filesystem::path& path() const { return m_path; }

  private:
    std::filesystem::path m_path;
};

// The kit target's master: made once per process from the fixture archive
// (fixed ids, so the seed kits made by fuzz/make_corpus.cpp are kits of it).
struct Master {
    std::filesystem::path path = scratchDir() / "master.innspill";
    model::Event event;
    Master() {
        store::EventFile::create(
            path, io::readJsonArchive(io::readInputFile(INNSPILL_FUZZ_MASTER_JSON, 1u << 20)),
            true);
        event = store::EventFile::open(path, store::EventFile::Access::ReadOnly)->load();
    }
};

} // namespace

std::string checkNotesImport(std::string_view bytes) {
    try {
        const auto import = io::notes::importNotesText(smallEvent(), bytes);
        return invalid(model::validate(import.event), "the import built an invalid event");
    } catch (const io::ParseError&) {
        return {}; // refused as not text: the expected way to say no
    }
}

std::string checkJsonArchive(std::string_view bytes) {
    model::Event event;
    try {
        event = io::readJsonArchive(bytes);
    } catch (const io::ParseError&) {
        return {};
    }
    const std::string written = io::writeJsonArchive(event);
    try {
        if (io::writeJsonArchive(io::readJsonArchive(written)) != written) {
            return "write → read → write changed the archive";
        }
    } catch (const io::ParseError& error) {
        return std::string("an archive it wrote itself cannot be read back: ") + error.what();
    }
    return {};
}

std::string checkParticipantsCsv(std::string_view bytes) {
    const auto plan = app::planParticipantsImport(smallEvent(), io::parseParticipantsCsv(bytes));
    (void)app::participantsImportChange(plan);
    return {};
}

std::string checkPhotoImage(std::string_view bytes) {
    io::photo::PreparedPhoto photo;
    try {
        photo = io::photo::preparePhoto(bytes);
    } catch (const io::photo::PhotoError&) {
        return {};
    }
    if (photo.width <= 0 || photo.height <= 0 || photo.width > io::photo::kMaxSide ||
        photo.height > io::photo::kMaxSide) {
        return "a prepared photo has a size out of range";
    }
    int width = 0;
    int height = 0;
    if (io::photo::decodeRgba(photo.jpeg, width, height).empty() || width != photo.width ||
        height != photo.height) {
        return "the stored JPEG does not decode to its recorded size";
    }
    if (io::photo::decodeRgba(photo.thumbnail, width, height).empty()) {
        return "the thumbnail does not decode";
    }
    return {};
}

std::string checkEventFile(std::string_view bytes) {
    const ScratchFile file("event.innspill", bytes);
    try {
        (void)store::EventFile::open(file.path())->load();
    } catch (const store::FileError&) {
    }
    return {};
}

std::string checkKitMerge(std::string_view bytes) {
    static const Master master;
    const ScratchFile kit("kit.innspill", bytes);
    try {
        (void)app::readKit(kit.path(), master.event, master.path);
        const auto run = app::planHandIns(master.path, {kit.path()}, app::MergeChoice::Kit);
        return invalid(model::validate(run.merged),
                       "an accepted hand-in merges into an invalid event");
    } catch (const app::KitError&) {
    } catch (const store::FileError&) {
    } catch (const io::ParseError&) {
    }
    return {};
}

} // namespace innspill::fuzz
