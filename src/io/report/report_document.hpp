// The consolidated report as a document, independent of any file format:
// what every writer (Markdown, HTML, DOCX, PDF) prints, in order. Privacy is
// decided here, once: a writer never sees a name it must not print.
#pragma once

#include "model/colour.hpp"
#include "model/event.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace innspill::io::report {

// Proceedings: every group in programme order. Thematic: the inputs per
// theme. Challenges: the synthesis ("utfordringsbilde"), every challenge and
// measure with the inputs it rests on.
enum class ReportKind { Proceedings, Thematic, Challenges };

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
    std::function<std::optional<std::string>(const model::Id&)> photoBytes = {};
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
    int votes = 0;                   // dot votes
};

// An action the group agreed on ("Tiltak og ansvar"); `who` already as the
// report may print it (a withheld name is left out).
struct ReportAction {
    std::string what;
    std::string who;
    std::string nextStep;
    std::string due;
    std::string resources;
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
    std::vector<std::string> notes; // follow-up, merge, the group's report note
    std::vector<ReportAction> actions;
    std::vector<ReportPhoto> photos; // after the inputs, notes and actions
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
    model::Rgb colour = model::brand::kAccent;
};

struct BarChart {
    std::string title;
    std::vector<std::pair<std::string, size_t>> bars; // label, value
    // Column heads when the chart is read as a table (DOCX): "Tema", "Innspill".
    std::string labelHeading;
    std::string valueHeading;
    // Each bar's colour, parallel to bars; empty (or shorter): the accent.
    std::vector<model::Rgb> colours;
};

// An input (or sub-point) in the prioritised section: its dots and group.
struct VotedInput {
    std::string groupNumber;
    std::string groupAnchor;
    std::string text;
    int votes = 0;
};

// "Flest stemmer" for the event, or for one theme.
struct VoteList {
    std::string heading;
    std::vector<VotedInput> inputs; // most votes first
};

// Internal appendix: a person and the groups they were in, by number.
struct IndexedPerson {
    std::string name; // "Name, Organisation"
    std::vector<std::string> initiated;
    std::vector<std::string> facilitated;
    std::vector<std::string> tookPart;
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
    // The challenge report.
    std::string challengeReport; // "Utfordringsbilde" (its subtitle)
    std::string prioritySummary; // "Oppsummering"
    std::string opportunities;   // "Muligheter og innspill:"
    std::string sources;         // "Kilder:"
    std::string basis;           // "Grunnlag"
    std::string basisChallenge;  // "Utfordringen": its own sources in "Grunnlag"
    std::string recommendation;  // "Anbefaling:"
    // Convergence, action planning and the people index (issue 17).
    std::string priorities;      // "Prioriterte innspill"
    std::string votesIntro;      // the line under the priorities heading
    std::string topOfEvent;      // "Flest stemmer totalt"
    std::string votes;           // "Stemmer"
    std::string input;           // "Innspill" (a column head)
    std::string group;           // "Gruppe" (a column head)
    std::string actions;         // "Tiltak og ansvar"
    std::string allActions;      // "Alle tiltak"
    std::string actionWhat;      // "Tiltak"
    std::string actionWho;       // "Ansvarlig"
    std::string actionNextStep;  // "Neste steg"
    std::string actionDue;       // "Frist"
    std::string actionResources; // "Ressurser"
    std::string peopleIndex;     // "Personregister"
    std::string initiated;       // "Initiativtaker i"
    std::string facilitated;     // "Fasilitator i"
    std::string tookPart;        // "Deltok i"
};

// One input a challenge or measure rests on, in full, with its group.
struct SourceInput {
    std::string groupNumber;
    std::string groupTitle;
    ReportInput input;
};

// What a challenge or measure rests on: printed under it as a line
// ("Kilder: 1.6, 2.3, 4.1") linking to its entry in the appendix "Grunnlag",
// which lists the inputs in full. An input deleted since it was linked is a
// hole, counted ("1 kilde slettet"), never an error.
struct Sources {
    std::string anchor; // the entry in the appendix: "grunnlag-1-a-2"
    std::vector<SourceInput> inputs;
    size_t deleted = 0;
    // The group numbers, each once, in order, then the hole: "1.6, 2.3, 4.1;
    // 1 kilde slettet". Empty when the challenge or measure rests on nothing.
    std::string numbers;
};

struct ReportMeasure {
    std::string lead; // the bold sentence
    std::string text;
    Sources sources;
};

struct ReportChallenge {
    std::string anchor;  // "utfordring-1-a"
    std::string letter;  // "A", from its order in the theme
    std::string heading; // "Utfordring A", or "Utfordring A: Title"
    std::string description;
    Sources sources;
    std::vector<ReportMeasure> measures;
    std::vector<ReportAction> actions; // "Tiltak og ansvar" under the challenge
};

// A challenge's actions for the table of all actions, named by the
// challenge's letter and theme where a group's carry its number.
struct ChallengeActions {
    std::string label; // "Utfordring A (Helse)"
    std::string title; // the challenge's title (may be empty)
    std::vector<ReportAction> actions;
};

struct ChallengeTheme {
    std::string anchor; // "utfordringer-1"
    std::string name;
    std::string introduction;
    std::vector<ReportChallenge> challenges;
};

// One numbered line of the summary: the challenge and its main recommendation
// (a measure's lead and text, or the free sentence as text alone).
struct ReportPriority {
    std::string number; // "1"
    std::string challenge;
    std::string challengeAnchor;
    std::string lead;
    std::string text;
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

    // Challenges: the summary, then the themes with challenges or an
    // introduction in the event's order (challenges of a theme no longer in
    // the event last, under the "untagged" word); their sources form the
    // appendix "Grunnlag".
    std::vector<ReportPriority> priorities;
    std::vector<ChallengeTheme> challengeThemes;

    // Convergence: the event's most voted inputs, then each theme's; empty
    // when no input has a vote. The chart draws the event's list.
    std::vector<VoteList> topVoted;
    BarChart votesChart;

    // Every challenge's actions (any kind of report), after the groups' in
    // the table of all actions.
    std::vector<ChallengeActions> challengeActions;

    std::vector<AppendixGroup> appendix;    // empty unless internal
    std::vector<IndexedPerson> peopleIndex; // empty unless internal
    std::string mediaFolder;                // ReportOptions::mediaFolder
};

// Every printed group's actions in report order, with the group's number,
// then the challenges' actions with the challenge's label as the number.
struct NumberedAction {
    std::string groupNumber;
    std::string groupAnchor;
    const ReportAction* action = nullptr;
};
std::vector<NumberedAction> allActions(const ReportDocument& doc);

ReportDocument buildReport(const model::Event& event, const ReportOptions& options);

// Norwegian (or English) list: "A, B og C".
std::string joinList(const std::vector<std::string>& items, const std::string& language);

} // namespace innspill::io::report
