// Writes the SQLite seed files of fuzz/corpus/event_file and
// fuzz/corpus/kit_merge into a folder: event files (current schema, the
// oldest schema) and a kit of the fuzzers' master with captured work. Few
// and small: the corpus stays under 200 KB.
// scripts/fuzz-corpus.sh runs it and shrinks the files (page size 512).
#include "app/merge/kits.hpp"
#include "io/json_archive.hpp"
#include "io/read_file.hpp"
#include "model/event.hpp"
#include "store/event_file.hpp"
#include "store/schema.hpp"
#include "store/sqlite.hpp"

#include <iostream>

using namespace innspill;
namespace fs = std::filesystem;

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: make_corpus OUT_DIR\n";
        return 2;
    }
    const fs::path out = argv[1];
    fs::create_directories(out / "event_file");
    fs::create_directories(out / "kit_merge");
    const model::Event master =
        io::readJsonArchive(io::readInputFile(INNSPILL_FUZZ_MASTER_JSON, 1u << 20));

    store::EventFile::create(out / "event_file/small.innspill", master, true);
    {
        // The oldest schema, as a file from the first release: opening migrates it.
        store::Connection v1(out / "event_file/schema-v1.innspill",
                             store::Connection::Mode::Create);
        v1.exec("PRAGMA application_id=" + std::to_string(store::kApplicationId));
        v1.exec(store::migrations().front());
        v1.exec("PRAGMA user_version=1");
    }

    const fs::path masterPath = out / "master.innspill";
    store::EventFile::create(masterPath, master, true);
    app::makeKit(masterPath, out / "kit_merge/edited.innspill", "Ola Åsen", true);
    {
        // A kit with captured work: a group retitled and given a new input.
        auto kit = store::EventFile::open(out / "kit_merge/edited.innspill");
        model::Event event = kit->load();
        model::Group& group = event.groups.front();
        group.title += " (revidert)";
        group.inputs.push_back(
            model::Input{model::Id::generate(), "Nytt innspill fra kitet", {}, {}, {}});
        kit->writeGroup(group);
    }
    fs::remove(masterPath);
    std::cout << "wrote " << out.string() << "\n";
    return 0;
}
