// The capture edit builders: on the model, and through a session on a real
// event file, with undo.
#include "app/edits_capture.hpp"
#include "app/event_session.hpp"
#include "store/event_file.hpp"
#include "support/on_disk.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using app::CaptureEdit;
using app::Change;
using model::Group;
using model::Id;
using model::Input;
using model::InputKind;

namespace {

Input input(const std::string& text, std::vector<Input> children = {},
            InputKind kind = InputKind::Item) {
    return Input{Id::generate(), text, kind, std::move(children), {}};
}

// A group with inputs A (sub-points a1, a2), B, C (sub-point c1).
Group letters() {
    Group group;
    group.id = Id::generate();
    group.number = "1.1";
    group.title = "Bokstaver";
    group.inputs = {input("A", {input("a1"), input("a2")}), input("B"), input("C", {input("c1")})};
    return group;
}

// The group after `change`, which must touch exactly this group.
Group after(const Change& change) {
    REQUIRE(change.groups().size() == 1);
    REQUIRE(change.groups()[0].after);
    return *change.groups()[0].after;
}

// The outline as text: top-level inputs, sub-points after ">".
std::string outline(const Group& group) {
    std::string out;
    for (const auto& top : group.inputs) {
        out += out.empty() ? "" : " ";
        out += top.text;
        for (const auto& child : top.children) {
            out += " >" + child.text;
        }
    }
    return out;
}

const Id& idOf(const Group& group, const std::string& text) {
    for (const auto& top : group.inputs) {
        if (top.text == text) {
            return top.id;
        }
        for (const auto& child : top.children) {
            if (child.text == text) {
                return child.id;
            }
        }
    }
    FAIL("no input " << text);
    static const Id none;
    return none;
}

using test::onDisk;

} // namespace

TEST_CASE("capture edits: rows flatten and rebuild to the same tree") {
    const Group group = letters();
    const auto rows = app::flattenInputs(group.inputs);
    REQUIRE(rows.size() == 6);
    CHECK(rows[1].subPoint);
    CHECK_FALSE(rows[3].subPoint);
    CHECK(app::rebuildInputs(rows) == group.inputs);

    // A sub-point with nothing above becomes top-level instead of vanishing.
    auto orphan = rows;
    orphan.erase(orphan.begin());
    Group rebuilt;
    rebuilt.inputs = app::rebuildInputs(orphan);
    CHECK(outline(rebuilt) == "a1 a2 B C >c1");

    const auto path = app::findInput(group, group.inputs[2].children[0].id);
    REQUIRE(path);
    CHECK(path->index == 2);
    CHECK(path->child == 0u);
    CHECK(app::findInputById(group, group.inputs[2].children[0].id)->text == "c1");
    CHECK_FALSE(app::findInput(group, Id::generate()));
}

TEST_CASE("capture edits: typing sets one input's text and nothing else") {
    const Group group = letters();
    const Change change = app::setInputText(group, idOf(group, "a2"), "a2 æøå");
    CHECK(outline(after(change)) == "A >a1 >a2 æøå B C >c1");
    CHECK(change.labelText() == "Skriv innspill");
    CHECK(app::setInputText(group, idOf(group, "B"), "B").empty());
    CHECK(app::setInputText(group, Id::generate(), "x").empty());
}

TEST_CASE("capture edits: a new input goes directly below, as the facilitator sees it") {
    const Group group = letters();
    SECTION("below a top-level input with sub-points: its first sub-point") {
        const CaptureEdit edit = app::insertInputAfter(group, idOf(group, "A"));
        const Group next = after(edit.change);
        CHECK(outline(next) == "A > >a1 >a2 B C >c1");
        CHECK(next.inputs[0].children[0].id == edit.focus);
    }
    SECTION("below a sub-point: a sub-point") {
        const Group next = after(app::insertInputAfter(group, idOf(group, "a1")).change);
        CHECK(outline(next) == "A >a1 > >a2 B C >c1");
    }
    SECTION("below a plain input: a sibling") {
        const CaptureEdit edit = app::insertInputAfter(group, idOf(group, "B"));
        const Group next = after(edit.change);
        CHECK(outline(next) == "A >a1 >a2 B  C >c1");
        CHECK(next.inputs[2].id == edit.focus);
        CHECK(next.inputs[2].kind == InputKind::Item);
    }
    SECTION("nothing to follow: at the end, also in an empty group") {
        const Group next = after(app::insertInputAfter(group, std::nullopt).change);
        CHECK(next.inputs.size() == 4);
        CHECK(next.inputs.back().text.empty());
        const Group empty = after(app::insertInputAfter(Group{}, std::nullopt).change);
        CHECK(empty.inputs.size() == 1);
    }
}

TEST_CASE("capture edits: Enter splits at the caret, never inside a letter") {
    Group group = letters();
    group.inputs[1].text = "Før etter";
    SECTION("in the middle") {
        const CaptureEdit edit = app::splitInput(group, group.inputs[1].id, 4);
        const Group next = after(edit.change);
        CHECK(outline(next) == "A >a1 >a2 Før  etter C >c1");
        CHECK(next.inputs[2].id == edit.focus);
        CHECK(edit.caret == 0);
    }
    SECTION("inside the two bytes of ø the split moves back to a whole letter") {
        const Group next = after(app::splitInput(group, group.inputs[1].id, 2).change);
        CHECK(next.inputs[1].text == "F");
        CHECK(next.inputs[2].text == "ør etter");
    }
    SECTION("at the start: an empty input above, the caret stays") {
        const CaptureEdit edit = app::splitInput(group, group.inputs[1].id, 0);
        const Group next = after(edit.change);
        CHECK(outline(next) == "A >a1 >a2  Før etter C >c1");
        CHECK(edit.focus == group.inputs[1].id);
    }
    SECTION("at the end of an input with sub-points: its first sub-point") {
        const Group next = after(app::splitInput(group, group.inputs[0].id, 1).change);
        CHECK(outline(next) == "A > >a1 >a2 Før etter C >c1");
    }
}

TEST_CASE("capture edits: Backspace at the start joins or deletes") {
    const Group group = letters();
    SECTION("a non-empty input joins the row above, caret at the join") {
        const CaptureEdit edit = app::joinWithPrevious(group, idOf(group, "B"));
        CHECK(outline(after(edit.change)) == "A >a1 >a2B C >c1");
        CHECK(edit.focus == idOf(group, "a2"));
        CHECK(edit.caret == 2);
    }
    SECTION("an empty input is deleted, caret at the end of the row above") {
        const CaptureEdit inserted = app::insertInputAfter(group, idOf(group, "B"));
        const Group withEmpty = after(inserted.change);
        const CaptureEdit edit = app::joinWithPrevious(withEmpty, inserted.focus);
        CHECK(after(edit.change) == group);
        CHECK(edit.focus == idOf(group, "B"));
        CHECK(edit.caret == 1);
    }
    SECTION("the first row has nothing to join") {
        CHECK(app::joinWithPrevious(group, idOf(group, "A")).change.empty());
    }
    SECTION("themes of both are kept") {
        Group themed = group;
        const Id theme = Id::generate();
        themed.inputs[1].themes = {theme};
        const Group next = after(app::joinWithPrevious(themed, idOf(themed, "B")).change);
        CHECK(next.inputs[0].children[1].themes == std::vector<Id>{theme});
    }
}

TEST_CASE("capture edits: deleting keeps the sub-points") {
    const Group group = letters();
    const CaptureEdit edit = app::deleteInput(group, idOf(group, "C"));
    CHECK(outline(after(edit.change)) == "A >a1 >a2 B >c1");
    CHECK(edit.focus == idOf(group, "B"));
    const CaptureEdit first = app::deleteInput(group, idOf(group, "A"));
    CHECK(outline(after(first.change)) == "a1 a2 B C >c1");
    CHECK(first.focus == idOf(group, "a1"));
    CHECK(first.caret == 0);
}

TEST_CASE("capture edits: Tab and Shift+Tab, one level only") {
    const Group group = letters();
    CHECK(outline(after(app::indentInput(group, idOf(group, "B")))) == "A >a1 >a2 >B C >c1");
    // C's own sub-point follows it under B.
    CHECK(outline(after(app::indentInput(group, idOf(group, "C")))) == "A >a1 >a2 B >C >c1");
    CHECK(app::indentInput(group, idOf(group, "A")).empty());
    CHECK(app::indentInput(group, idOf(group, "a1")).empty());

    // Lifting a1: it follows A, and a2 below it becomes its sub-point.
    CHECK(outline(after(app::outdentInput(group, idOf(group, "a1")))) == "A a1 >a2 B C >c1");
    CHECK(outline(after(app::outdentInput(group, idOf(group, "a2")))) == "A >a1 a2 B C >c1");
    CHECK(app::outdentInput(group, idOf(group, "B")).empty());

    Group leadIn = group;
    leadIn.inputs[1].kind = InputKind::LeadIn;
    const Group indented = after(app::indentInput(leadIn, leadIn.inputs[1].id));
    CHECK(indented.inputs[0].children[2].kind == InputKind::Item);
}

TEST_CASE("capture edits: Alt+Up and Alt+Down move inputs with their sub-points") {
    const Group group = letters();
    CHECK(outline(after(app::moveInputUp(group, idOf(group, "C")))) == "A >a1 >a2 C >c1 B");
    CHECK(outline(after(app::moveInputUp(group, idOf(group, "B")))) == "B A >a1 >a2 C >c1");
    CHECK(outline(after(app::moveInputDown(group, idOf(group, "A")))) == "B A >a1 >a2 C >c1");
    CHECK(app::moveInputUp(group, idOf(group, "A")).empty());
    CHECK(app::moveInputDown(group, idOf(group, "C")).empty());

    CHECK(outline(after(app::moveInputDown(group, idOf(group, "a1")))) == "A >a2 >a1 B C >c1");
    // Across the edges a sub-point joins the neighbouring input's sub-points.
    CHECK(outline(after(app::moveInputDown(group, idOf(group, "a2")))) == "A >a1 B >a2 C >c1");
    CHECK(outline(after(app::moveInputUp(group, idOf(group, "c1")))) == "A >a1 >a2 B >c1 C");
    // The first sub-point of the first input has nowhere to go up.
    CHECK(app::moveInputUp(group, idOf(group, "a1")).empty());
    CHECK(app::moveInputDown(group, idOf(group, "c1")).empty());
}

TEST_CASE("capture edits: kinds and themes") {
    const Group group = letters();
    const Group lead = after(app::setInputKind(group, idOf(group, "B"), InputKind::LeadIn));
    CHECK(lead.inputs[1].kind == InputKind::LeadIn);
    // A sub-heading is never a sub-point: marking one lifts it.
    const Group heading = after(app::setInputKind(group, idOf(group, "a1"), InputKind::SubHeading));
    CHECK(outline(heading) == "A a1 >a2 B C >c1");
    CHECK(heading.inputs[1].kind == InputKind::SubHeading);
    CHECK(app::setInputKind(group, idOf(group, "B"), InputKind::Item).empty());

    const Id theme = Id::generate();
    const Group tagged = after(app::toggleInputTheme(group, idOf(group, "c1"), theme));
    CHECK(tagged.inputs[2].children[0].themes == std::vector<Id>{theme});
    const Group untagged = after(app::toggleInputTheme(tagged, idOf(group, "c1"), theme));
    CHECK(untagged == group);
}

TEST_CASE("capture edits: pasted lists split into inputs and sub-points") {
    SECTION("bullets of every kind, numbers, sub-bullets and indentation") {
        const auto lines = app::splitPastedText("• Første\r\n"
                                                "⋅ Andre\n"
                                                "o under andre\n"
                                                "- Tredje\n"
                                                "  - under tredje\n"
                                                "* Fjerde\n"
                                                "\n"
                                                "1. Femte\n"
                                                "2) Sjette\n");
        REQUIRE(lines.size() == 8);
        CHECK(lines[0].text == "Første");
        CHECK(lines[1].text == "Andre");
        CHECK(lines[2].text == "under andre");
        CHECK(lines[2].subPoint);
        CHECK(lines[4].text == "under tredje");
        CHECK(lines[4].subPoint);
        CHECK_FALSE(lines[5].subPoint);
        CHECK(lines[6].text == "Femte");
        CHECK(lines[7].text == "Sjette");
        for (const auto& line : lines) {
            CHECK(line.kind == InputKind::Item);
        }
    }
    SECTION("plain lines around bullets: lead-in, sub-heading, wrapped text") {
        const auto lines = app::splitPastedText("Gruppen mener at:\n"
                                                "• tiltak må komme tidlig og\n"
                                                "gjelde alle\n"
                                                "Rekruttering\n"
                                                "• Mentorordning\n");
        REQUIRE(lines.size() == 4);
        CHECK(lines[0].kind == InputKind::LeadIn);
        CHECK(lines[1].text == "tiltak må komme tidlig og gjelde alle");
        CHECK(lines[2].kind == InputKind::SubHeading);
        CHECK(lines[3].kind == InputKind::Item);
    }
    SECTION("no bullets: every line is an input, numbers and repeated lines kept") {
        const auto lines = app::splitPastedText("Mål 1 nås\nMål 2 nås\nMål 3 nås\n12\n");
        REQUIRE(lines.size() == 4);
        CHECK(lines[3].text == "12");
        CHECK(lines[0].kind == InputKind::Item);
    }
    SECTION("nothing but blanks") {
        CHECK(app::splitPastedText("\n  \n").empty());
    }
}

TEST_CASE("capture edits: pasting into the group") {
    const Group group = letters();
    SECTION("into an empty input: it takes the first line, the rest follow") {
        const CaptureEdit inserted = app::insertInputAfter(group, idOf(group, "B"));
        const Group withEmpty = after(inserted.change);
        const CaptureEdit edit = app::pasteInputs(withEmpty, inserted.focus, "• X\n  o x1\n• Y\n");
        const Group next = after(edit.change);
        CHECK(outline(next) == "A >a1 >a2 B X >x1 Y C >c1");
        CHECK(next.inputs[2].id == inserted.focus);
        CHECK(edit.focus == next.inputs[3].id);
        CHECK(edit.caret == 1);
    }
    SECTION("after a non-empty sub-point: they stay sub-points") {
        const CaptureEdit edit = app::pasteInputs(group, idOf(group, "a1"), "- X\n- Y");
        CHECK(outline(after(edit.change)) == "A >a1 >X >Y >a2 B C >c1");
    }
    SECTION("without a place: at the end; a lead-in keeps its kind") {
        const CaptureEdit edit = app::pasteInputs(group, std::nullopt, "Vi foreslår:\n• Z");
        const Group next = after(edit.change);
        CHECK(outline(next) == "A >a1 >a2 B C >c1 Vi foreslår: Z");
        CHECK(next.inputs[3].kind == InputKind::LeadIn);
    }
}

TEST_CASE("capture edits: header fields, people and links") {
    model::Event event = test::sampleEvent();
    const Group& group = event.groups[1]; // 1.1
    CHECK(after(app::setGroupTitle(group, "Ny tittel")).title == "Ny tittel");
    CHECK(after(app::setGroupRoom(group, std::nullopt)).roomId == std::nullopt);
    CHECK(after(app::setGroupStatus(group, model::GroupStatus::Cancelled)).status ==
          model::GroupStatus::Cancelled);
    CHECK(after(app::setParticipantCount(group, std::nullopt)).participantCount == std::nullopt);
    CHECK(after(app::setParticipantCount(group, 7)).participantCount == 7);
    CHECK(after(app::setParticipantNote(group, "6 (8)")).participantNote == "6 (8)");
    CHECK(after(app::setGroupNotes(group, app::NotesField::Opportunities, "Mer"))
              .notes.opportunities == "Mer");
    CHECK(app::groupNotes(group, app::NotesField::Challenges) == "Mange aktører");

    const Id& asne = event.people[4].id;
    const Group added = after(app::addPersonToGroup(group, app::GroupRole::Facilitator, asne));
    CHECK(added.facilitators.size() == 2);
    CHECK(app::addPersonToGroup(added, app::GroupRole::Facilitator, asne).empty());
    CHECK(after(app::removePersonFromGroup(added, app::GroupRole::Facilitator, asne)) == group);

    Id newId;
    const Change person = app::addNewPersonToGroup(group, app::GroupRole::Initiator,
                                                   "  Kari Nordmann ", "NAV Vest", &newId);
    REQUIRE(person.people().size() == 1);
    CHECK(person.people()[0].after->name == "Kari Nordmann");
    CHECK(person.people()[0].after->organisation == "NAV Vest");
    CHECK_FALSE(person.people()[0].after->consent);
    CHECK(after(person).initiators.back() == newId);
    CHECK(app::addNewPersonToGroup(group, app::GroupRole::Initiator, " ", "").empty());

    CHECK(app::splitNameAndOrganisation(" Kari Nordmann , NAV, Vest ") ==
          std::pair<std::string, std::string>{"Kari Nordmann", "NAV, Vest"});
    CHECK(app::splitNameAndOrganisation("Ola").second.empty());

    const Id& other = event.groups[0].id;
    CHECK(after(app::setFollowUpOf(group, other)).followUpOf == other);
    CHECK(app::setFollowUpOf(group, group.id).empty());
    const Group merged = after(app::toggleMergedWith(group, other));
    CHECK(merged.mergedWith == std::vector<Id>{other});
    CHECK(after(app::toggleMergedWith(merged, other)) == group);
    CHECK(app::toggleMergedWith(group, group.id).empty());
}

TEST_CASE("capture edits: through the session on an event file, with undo") {
    test::TempDir dir;
    const auto path = dir / "capture.innspill";
    auto opened = test::createAndOpen(path, test::sampleEvent());
    auto& session = *opened.session;
    const model::Event original = session.event();
    const Id groupId = session.event().groups[1].id; // 1.1
    const auto group = [&]() -> const Group& {
        return *model::findGroup(session.event(), groupId);
    };

    // A facilitator types a new input character by character: one undo step.
    CaptureEdit edit = app::insertInputAfter(group(), std::nullopt);
    REQUIRE(session.apply(edit.change));
    const Id typed = edit.focus;
    session.breakMerge();
    std::string text;
    for (const char* piece : {"B", "e", "d", "r", "e", " ", "s", "a", "m", "h", "a",
                              "n", "d", "l", "i", "n", "g", " ", "æ", "ø", "å"}) {
        text += piece;
        REQUIRE(session.apply(app::setInputText(group(), typed, text), true));
    }
    session.breakMerge();
    CHECK(onDisk(path) == session.event());

    // Structure: paste, indent, move, theme, a new person.
    edit = app::pasteInputs(group(), typed, "• Første\n  o under\n• Andre");
    REQUIRE(session.apply(edit.change));
    REQUIRE(session.apply(app::indentInput(group(), typed)));
    REQUIRE(session.apply(app::moveInputUp(group(), edit.focus)));
    REQUIRE(session.apply(app::toggleInputTheme(group(), typed, session.event().themes[1].id)));
    REQUIRE(session.apply(
        app::addNewPersonToGroup(group(), app::GroupRole::Participant, "Per Ny", "")));
    CHECK(outline(group()) == "Tverrfaglige læringssentre i kommunene "
                              "Tidlig kartlegging & «samhandling» <alle> >for unge >for voksne "
                              ">Bedre samhandling æøå Andre Første >under");
    const model::Event disk = onDisk(path);
    CHECK(disk == session.event());
    CHECK(disk.people.size() == original.people.size() + 1);

    // Undo: person, theme, move, indent, paste, then the whole typing burst in one step.
    for (int i = 0; i < 5; ++i) {
        REQUIRE(session.undo());
    }
    CHECK(app::findInputById(group(), typed)->text == "Bedre samhandling æøå");
    REQUIRE(session.undo());
    CHECK(app::findInputById(group(), typed)->text.empty());
    REQUIRE(session.undo());
    CHECK(session.event() == original);
    CHECK(onDisk(path) == original);
}
