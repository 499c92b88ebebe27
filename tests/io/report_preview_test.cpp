// The export preview's blocks (io/report/report_preview): what the preview
// shows for a small report, block by block, and that it is the report the
// export prints (privacy applied by buildReport).
#include "io/report/report_preview.hpp"

#include "support/sample_event.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innspill;
using namespace innspill::io::report;

namespace {

// "Style|depth|label|text" per block, so a failure shows the whole preview.
std::vector<std::string> lines(const std::vector<PreviewBlock>& blocks) {
    std::vector<std::string> out;
    for (const auto& b : blocks) {
        out.push_back(std::to_string(static_cast<int>(b.style)) + "|" + std::to_string(b.depth) +
                      "|" + b.label + "|" + b.text);
    }
    return out;
}

std::string line(PreviewStyle style, int depth, const std::string& label, const std::string& text) {
    return std::to_string(static_cast<int>(style)) + "|" + std::to_string(depth) + "|" + label +
           "|" + text;
}

ReportDocument smallProceedings() {
    ReportDocument doc;
    doc.words.contents = "Innhold";
    doc.words.about = "Om rapporten";
    doc.title = "Åpen arena";
    doc.aboutParagraphs = {"Et avsnitt."};
    doc.placeAndDate = "Vinje, 1. mai";
    ReportGroup group;
    group.number = "1.2";
    group.title = "Skolen";
    group.fields = {{"Initiativtaker", "Kari"}};
    group.inputsLabel = "Innspill";
    ReportInput lead{
        "Vi vil:", model::InputKind::LeadIn, {{"mer tid", model::InputKind::Item, {}, {}}}, {}};
    ReportInput item{
        "Færre møter", model::InputKind::Item, {{"kortere", model::InputKind::Item, {}, {}}}, {}};
    group.inputs = {lead, item};
    group.notes = {"Slått sammen med 1.3"};
    doc.rounds = {{"runde-1", "DAG 1, runde 1", {group}}};
    return doc;
}

} // namespace

TEST_CASE("preview of a small report: title, contents, about, round, group lines in order") {
    const auto blocks = previewBlocks(smallProceedings());
    using S = PreviewStyle;
    CHECK(lines(blocks) == std::vector<std::string>{
                               line(S::Title, 0, "", "Åpen arena"),
                               line(S::Section, 0, "", "Innhold"),
                               line(S::ContentsEntry, 0, "", "Om rapporten"),
                               line(S::ContentsEntry, 0, "", "DAG 1, runde 1"),
                               line(S::ContentsEntry, 1, "", "1.2 Skolen"),
                               line(S::Section, 0, "", "Om rapporten"),
                               line(S::Paragraph, 0, "", "Et avsnitt."),
                               line(S::Signature, 0, "", "Vinje, 1. mai"),
                               line(S::Section, 0, "", "DAG 1, runde 1"),
                               line(S::GroupHeading, 0, "", "1.2 Skolen"),
                               line(S::Field, 0, "Initiativtaker:", "Kari"),
                               line(S::InputsLabel, 0, "", "Innspill:"),
                               // A lead-in's points follow at its depth; an item's are indented.
                               line(S::LeadIn, 0, "", "Vi vil:"),
                               line(S::Item, 0, "", "mer tid"),
                               line(S::Item, 0, "", "Færre møter"),
                               line(S::Item, 1, "", "kortere"),
                               line(S::Note, 0, "", "Slått sammen med 1.3"),
                           });
}

TEST_CASE("an empty report previews as its title alone") {
    ReportDocument doc;
    doc.title = "Tom";
    CHECK(lines(previewBlocks(doc)) ==
          std::vector<std::string>{line(PreviewStyle::Title, 0, "", "Tom")});
}

TEST_CASE(
    "thematic preview: a bar per chart entry scaled to the largest, inputs with their group") {
    ReportDocument doc;
    doc.kind = ReportKind::Thematic;
    doc.words.summary = "Oversikt";
    doc.words.fromGroup = "gruppe";
    doc.title = "T";
    doc.charts = {{"Per tema", {{"Skole", 3}, {"Helse", 5}}, "Tema", "Innspill", {}}};
    doc.themes = {{"tema-1",
                   "Skole",
                   "",
                   {{"1.1", "g", {"Lenger friminutt", model::InputKind::Item, {}, {}}}}}};
    const auto blocks = previewBlocks(doc);
    const auto bar = std::find_if(blocks.begin(), blocks.end(), [](const PreviewBlock& b) {
        return b.style == PreviewStyle::Bar;
    });
    REQUIRE(bar != blocks.end());
    CHECK(bar->text == "Skole");
    CHECK(bar->value == 3);
    CHECK(bar->scale == 5);
    CHECK(blocks.back().text == "Lenger friminutt");
    CHECK(blocks.back().label == "(gruppe 1.1)");
}

TEST_CASE("the public preview of the sample event names no one who did not consent") {
    const auto blocks = previewBlocks(buildReport(test::sampleEvent(), {}));
    REQUIRE(!blocks.empty());
    for (const auto& b : blocks) {
        CHECK(b.text.find("Jørgen") == std::string::npos);
        CHECK(b.text.find("Hemmelig") == std::string::npos);
    }
}
