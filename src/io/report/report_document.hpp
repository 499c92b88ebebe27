// The consolidated report as a document, independent of any file format:
// what every writer (Markdown, HTML, DOCX, PDF) prints, in order. Privacy is
// decided here, once: a writer never sees a name it must not print.
#pragma once

#include "model/event.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace innspill::io::report {

enum class ReportKind { Proceedings, Thematic };

struct ReportOptions {
    ReportKind kind = ReportKind::Proceedings;
    // Internal version: participant lists and discussion notes in an appendix,
    // and every initiator and facilitator by name. Otherwise the event's name
    // policy decides; a withheld name is left out, never replaced by a word.
    bool includeAppendix = false;
    // The stored JPEG of a photo, read on demand from the event file (the
    // event value holds only the photos' captions and flags). Without it the
    // report has no photos. Public photos are printed in every report,
    // internal ones only with the appendix.
    std::function<std::optional<std::string>(const model::Id&)> photoBytes;
    // The data tables list the photos without their bytes.
    bool photosWithoutBytes = false;
    // Markdown: the folder beside the report its photos are written to and
    // linked from ("report_files").
    std::string mediaFolder = "report_files";
};

// A photo printed under its group: JPEG bytes, size, caption (alt text).
struct ReportPhoto {
    std::string caption; // printed under the photo; may be empty
    std::string alt;     // the caption, or "Bilde fra gruppe 1.6" when it has none
    int width = 0;
    int height = 0;
    std::string jpeg;
    std::string fileName; // "gruppe-1-6-1.jpg": the DOCX media part and Markdown's file
    bool isPublic = false;
};

// One printed input: an item, a lead-in or a sub-heading, with sub-points.
struct ReportInput {
    std::string text;
    model::InputKind kind = model::InputKind::Item;
    std::vector<ReportInput> children;
    std::vector<std::string> themes; // theme names, for the data exports
};

// A labelled line in a group's header ("Initiativtaker: Kari Nordmann").
struct ReportField {
    std::string label;
    std::string value; // empty: printed as the label alone
};

struct ReportGroup {
    std::string anchor; // stable id for links and bookmarks: "gruppe-1-12"
    std::string number;
    std::string title;
    // Initiator, facilitator, participant count; a line whose names are all
    // withheld is left out.
    std::vector<ReportField> fields;
    std::string initiators;  // the printed initiator names, for the data exports
    std::string inputsLabel; // "Innspill til strategien"
    std::vector<ReportInput> inputs;
    // "Ingen innspill registrert." for a group that met without inputs, printed
    // where the inputs would be; empty when it has inputs (or gave them with a
    // group it was merged with).
    std::string emptyNote;
    std::vector<std::string> notes;  // follow-up, merge, the group's report note
    std::vector<ReportPhoto> photos; // after the inputs and notes
};

// Only rounds with a printed group are in the document.
struct ReportRound {
    std::string anchor;  // "runde-1"
    std::string heading; // "DAG 1, gruppesesjon 1"
    std::vector<ReportGroup> groups;
    int day = 0;    // 1-based
    int number = 0; // 1-based, counted across the event
};

// An input as the thematic report lists it: its text and where it came from.
struct ThemedInput {
    std::string groupNumber;
    std::string groupAnchor;
    ReportInput input;
};

struct ReportTheme {
    std::string anchor; // "tema-1"
    std::string name;
    std::string description;
    std::vector<ThemedInput> inputs;
};

struct BarChart {
    std::string title;
    std::vector<std::pair<std::string, size_t>> bars; // label, value
    // Column heads when the chart is read as a table (DOCX): "Tema", "Innspill".
    std::string labelHeading;
    std::string valueHeading;
};

struct AppendixGroup {
    std::string number;
    std::string title;
    std::vector<std::string> participants; // names, "Name, Organisation"
    std::vector<ReportField> notes;        // challenges, opportunities, notes
};

// Fixed words of the report in its language.
struct ReportWords {
    std::string contents;     // "Innhold"
    std::string about;        // "Om denne rapporten"
    std::string appendix;     // "Vedlegg"
    std::string participants; // "Deltakere"
    std::string page;         // "side"
    std::string untagged;     // "Innspill uten tema"
    std::string fromGroup;    // "gruppe"
    std::string summary;      // "Oversikt"
};

struct ReportDocument {
    std::string language; // "nb", "nn", "en" (HTML lang, DOCX w:lang)
    ReportKind kind = ReportKind::Proceedings;
    bool internal = false; // built with the appendix
    ReportWords words;

    // Title page and front matter.
    std::string title;
    std::string subtitle;
    std::vector<std::string> guidingQuestions;
    std::vector<std::string> aboutParagraphs;
    std::string placeAndDate; // "Rauland, 22.–23. januar 2020"
    std::string organisers;   // "Toril Dale, Marianne Sempler og Guro Lien"

    // Proceedings: rounds in programme order, groups in natural order; a
    // round (and so a day) with no printed group is not here.
    std::vector<ReportRound> rounds;
    // Thematic: themes in the event's order, then the untagged inputs.
    std::vector<ReportTheme> themes;
    std::vector<ThemedInput> untagged;
    std::vector<BarChart> charts; // thematic: inputs per theme, per round

    std::vector<AppendixGroup> appendix; // empty unless internal
    std::string mediaFolder;             // ReportOptions::mediaFolder
};

ReportDocument buildReport(const model::Event& event, const ReportOptions& options);

// Norwegian (or English) list: "A, B og C".
std::string joinList(const std::vector<std::string>& items, const std::string& language);

} // namespace innspill::io::report
