// The discussion column of the capture screen: challenges, opportunities and
// free notes (internal), and the note printed under the group in the report.
#include "ui/shell/app_context.hpp"
#include "ui/capture/capture_internal.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

namespace innspill::ui::capture {

namespace {

constexpr int kNoteLines = 3;

void noteField(CaptureFrame& frame, const char* labelKey, const char* tipKey, CaptureField field,
               const char* record) {
    {
        FontScope bold(frame.ctx.fonts.bold);
        text(frame.ctx.tr(labelKey));
    }
    if (tipKey != nullptr && ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", frame.ctx.tr(tipKey));
    }
    drawTextField(frame, field, EditorMode::Paragraphs, ImGui::GetContentRegionAvail().x,
                  kNoteLines, "capture.notePlaceholder", record);
    ImGui::Spacing();
}

} // namespace

void drawNotes(CaptureFrame& frame) {
    {
        FontScope bold(frame.ctx.fonts.bold);
        text(frame.ctx.tr("group.discussion"));
    }
    ImGui::SameLine();
    disabledText(frame.ctx.tr("capture.internal"));
    ImGui::Separator();
    noteField(frame, "group.challenges", nullptr, CaptureField::Challenges,
              "capture.notes/challenges");
    noteField(frame, "group.opportunities", nullptr, CaptureField::Opportunities,
              "capture.notes/opportunities");
    noteField(frame, "group.notes", nullptr, CaptureField::Notes, "capture.notes/text");
    noteField(frame, "capture.reportNote", "capture.reportNoteTip", CaptureField::ReportNote,
              "capture.notes/report");
}

} // namespace innspill::ui::capture
