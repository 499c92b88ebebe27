// Find similar: the rarest shared words, ranked by bm25, æøå folded.
#include "app/event_session.hpp"
#include "app/find_similar.hpp"
#include "store/event_file.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace innspill;

namespace {

struct Cluster {
    test::TempDir dir;
    std::unique_ptr<app::EventSession> session;
    std::vector<model::Id> ids;

    explicit Cluster(const std::vector<std::string>& texts) {
        model::Event event = test::sampleEvent();
        for (auto& other : event.groups) {
            other.inputs.clear(); // only the cluster's texts in the index
        }
        model::Group& group = event.groups[0];
        for (const auto& text : texts) {
            model::Input input;
            input.id = model::Id::generate();
            input.text = text;
            ids.push_back(input.id);
            group.inputs.push_back(std::move(input));
        }
        auto opened = test::createAndOpen(dir / "e.innspill", event);
        session = std::move(opened.session);
    }
};

} // namespace

TEST_CASE("the words the index sees: folded, each once, punctuation apart") {
    CHECK(app::indexWords("Tverrfaglige «SAMHANDLING» – Æøå, æøå! nav/helse") ==
          std::vector<std::string>{"tverrfaglige", "samhandling", "æøå", "nav", "helse"});
}

TEST_CASE("similar inputs share the rarest words, best first, never the input itself") {
    Cluster cluster({
        "Tverrfaglige læringssentre i kommunene",         // 0
        "Læringssentre i kommunene må være tverrfaglige", // 1: shares both rare words
        "Kommunene må samarbeide mer",                    // 2: a common word only
        "Kommunene og NAV",                               // 3
        "Kommunene og helse",                             // 4
        "Sentre for læring: LÆRINGSSENTRE på Ås",         // 5: one rare word, upper case
        "Noe helt annet om arbeidsgivere",                // 6
    });
    const auto found = app::findSimilarToInput(*cluster.session, cluster.ids[0]);
    REQUIRE_FALSE(found.empty());
    CHECK(found.front() == cluster.ids[1]);
    CHECK(std::find(found.begin(), found.end(), cluster.ids[0]) == found.end());
    CHECK(std::find(found.begin(), found.end(), cluster.ids[5]) != found.end());
    CHECK(std::find(found.begin(), found.end(), cluster.ids[6]) == found.end());
}

TEST_CASE("similar to free text and to a challenge, leaving out its sources") {
    Cluster cluster({"Arbeidsgiver involveres tidlig", "Tidlig involvering av arbeidsgiver",
                     "Sykmelding og arbeidsgiver", "Noe om skole"});
    auto found = app::findSimilar(*cluster.session, "ARBEIDSGIVER", {});
    CHECK(found.size() == 3);
    model::Challenge challenge;
    challenge.id = model::Id::generate();
    challenge.theme = cluster.session->event().themes[0].id;
    challenge.description = "Arbeidsgiver må involveres tidlig ved sykmelding";
    challenge.inputs = {cluster.ids[0]};
    app::Change change("x");
    auto after = cluster.session->event().synthesis;
    after.challenges.push_back(challenge);
    change.synthesis(cluster.session->event().synthesis, after);
    REQUIRE(cluster.session->apply(change));
    found = app::findSimilarToChallenge(*cluster.session, challenge.id);
    CHECK(std::find(found.begin(), found.end(), cluster.ids[0]) == found.end());
    CHECK(std::find(found.begin(), found.end(), cluster.ids[1]) != found.end());
    CHECK(std::find(found.begin(), found.end(), cluster.ids[2]) != found.end());
    CHECK(std::find(found.begin(), found.end(), cluster.ids[3]) == found.end());
    // A session without a file finds nothing, without failing.
    auto memory = app::EventSession::inMemory(cluster.session->event());
    CHECK(app::findSimilar(*memory, "arbeidsgiver", {}).empty());
}
