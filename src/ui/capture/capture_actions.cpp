// The capture screen's action planning and printing: the group's actions in
// a compact table (what, who, next step, due, resources; who picked from
// the register or typed), and "Skriv ut gruppeark" for the group or its
// whole round (the PDF is written beside the event file and opened).
#include "app/edits_votes.hpp"
#include "app/open_external.hpp"
#include "app/wall_papers.hpp"
#include "ui/capture/actions_table.hpp"
#include "ui/capture/capture_internal.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/tool_button.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <unordered_set>
namespace innspill::ui::capture {

namespace {

// The people a "who" is usually picked from: the group's own first, then
// the rest of the register.
std::vector<const model::Person*> candidates(const model::Event& event, const model::Group& group) {
    std::vector<const model::Person*> people;
    std::unordered_set<const model::Person*> seen;
    const auto add = [&](const model::Person* person) {
        if (person != nullptr && seen.insert(person).second) {
            people.push_back(person);
        }
    };
    for (const auto* role : {&group.initiators, &group.facilitators, &group.participants}) {
        for (const auto& id : *role) {
            add(model::findPerson(event, id));
        }
    }
    for (const auto& person : event.people) {
        add(&person);
    }
    return people;
}

void print(AppContext& ctx, const model::Group& group, bool wholeRound) {
    app::WallPaperOptions options;
    if (wholeRound) {
        options.round = group.roundId;
    } else {
        options.groupNumber = group.number;
    }
    options.photo = app::publicPhotoReader(ctx.session->path());
    try {
        const auto target =
            app::printWallPapers(ctx.session->event(), ctx.session->path(), options);
        const lang::Message failed = app::openExternal(target);
        ctx.capture.notice = failed.empty() ? format(ctx.tr("capture.printed"),
                                                     {{"file", target.filename().string()}})
                                            : lang::render(ctx.language, failed);
    } catch (const std::exception& error) {
        ctx.capture.notice = format(ctx.tr("capture.printFailed"), {{"reason", error.what()}});
    }
}

} // namespace

void drawPrintButtons(AppContext& ctx, const model::Group& group) {
    if (toolButton(ToolButton{icon::kPrint, ctx.tr("capture.printSheet"),
                              ctx.tr("capture.printSheetTip")})) {
        print(ctx, group, false);
    }
    ctx.itemRects.record("capture.printSheet");
    ImGui::SameLine();
    if (toolButton(ToolButton{icon::kPrint, ctx.tr("capture.printRound")})) {
        print(ctx, group, true);
    }
    ctx.itemRects.record("capture.printRound");
}

void drawActions(CaptureFrame& frame) {
    AppContext& ctx = frame.ctx;
    ImGui::Spacing();
    {
        FontScope bold(ctx.fonts.bold);
        text(ctx.tr("actions.heading"));
    }
    ImGui::Separator();
    ActionTableEdits edits;
    edits.setField = [&](const model::Id& id, app::ActionField field, const std::string& value) {
        frame.defer([id, field, value](AppContext& c, const model::Group& g) {
            c.session->apply(app::setActionField(g, id, field, value), true);
        });
    };
    edits.setPerson = [&](const model::Id& id, const model::Id& who) {
        frame.defer([id, who](AppContext& c, const model::Group& g) {
            c.session->apply(app::setActionPerson(g, id, who));
        });
    };
    edits.remove = [&](const model::Id& id) {
        frame.defer([id](AppContext& c, const model::Group& g) {
            applyChange(c, app::removeAction(g, id));
        });
    };
    edits.add = [&] {
        frame.defer(
            [](AppContext& c, const model::Group& g) { applyChange(c, app::addAction(g)); });
    };
    const model::Event& event = frame.event;
    const model::Group& group = frame.group;
    drawActionsTable(
        ctx, event, group.actions, [&] { return candidates(event, group); }, "capture.action/",
        edits);
}

} // namespace innspill::ui::capture
