// Opening a dialog by its --dialog name.
#include "ui/shell/start_dialog.hpp"

#include "ui/export/export_dialog.hpp"
#include "ui/export/import_notes_dialog.hpp"
#include "ui/kits/kits_dialog.hpp"
#include "ui/kits/merge_dialog.hpp"
#include "ui/shell/about_dialog.hpp"
#include "ui/shell/app_context.hpp"

namespace innspill::ui {

bool openStartDialog(AppContext& ctx, std::string_view name) {
    if (name == "export") {
        openExportDialog(ctx);
    } else if (name == "import-notes") {
        openImportNotesDialog(ctx);
    } else if (name == "kits") {
        openMakeKitsDialog(ctx);
    } else if (name == "merge") {
        openMergeKitsDialog(ctx);
    } else if (name == "about") {
        openAboutDialog(ctx);
    } else if (name == "projector") {
        ctx.wantProjector = true; // the wall on the projector, as View → Projector

    } else {
        return false;
    }
    return true;
}

} // namespace innspill::ui
