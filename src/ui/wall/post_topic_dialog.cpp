// Posting a topic: the dialog, its type-ahead initiator field and the Change.
#include "ui/wall/post_topic_dialog.hpp"

#include "app/edits_wall.hpp"
#include "ui/people/person_match.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/wall/wall_text.hpp"
#include "ui/widgets/buttons.hpp"
#include "ui/widgets/display_text.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <vector>

namespace innspill::ui {

namespace {

constexpr size_t kSuggestions = 6;
using Focus = PostTopicDialogState::Focus;

bool isBlank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

void reset(PostTopicDialogState& state) {
    state = PostTopicDialogState{};
}

// One entry of the suggestion list: a person, or (person null) "new person".
struct Suggestion {
    const model::Person* person = nullptr;
};

std::vector<Suggestion> suggestionsFor(const model::Event& event,
                                       const PostTopicDialogState& state) {
    std::vector<Suggestion> list;
    if (state.initiator || state.newPerson || isBlank(state.initiatorQuery)) {
        return list;
    }
    for (const model::Person* person : matchPeople(event, state.initiatorQuery, kSuggestions)) {
        list.push_back({person});
    }
    list.push_back({nullptr}); // always offer a new person: names repeat
    return list;
}

void pick(PostTopicDialogState& state, const Suggestion& suggestion) {
    if (suggestion.person != nullptr) {
        state.initiator = suggestion.person->id;
        state.initiatorQuery = suggestion.person->name;
        state.newPerson = false;
        state.focus = Focus::Initiator; // stays there: the next Enter posts
    } else {
        state.newPerson = true;
        state.focus = Focus::Organisation;
    }
    state.problem = nullptr;
}

// A field that takes the keyboard by request (after a pick, after a problem)
// puts the cursor after its text, where typing would continue.
void cursorToEndIfAsked(ImGuiInputTextCallbackData* data, PostTopicDialogState& state) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways && state.cursorToEnd) {
        data->CursorPos = data->BufTextLen;
        data->SelectionStart = data->SelectionEnd = data->CursorPos;
        state.cursorToEnd = false;
    }
}

int titleCallback(ImGuiInputTextCallbackData* data) {
    auto* state = static_cast<PostTopicDialogState*>(data->UserData);
    cutToLimit(data, model::kMaxTitleChars);
    cursorToEndIfAsked(data, *state);
    return 0;
}

int organisationCallback(ImGuiInputTextCallbackData* data) {
    auto* state = static_cast<PostTopicDialogState*>(data->UserData);
    cutToLimit(data, model::kMaxNameChars);
    cursorToEndIfAsked(data, *state);
    return 0;
}

// Up and Down in the initiator field move through the suggestions instead
// of leaving the field; a paste is cut at the name limit.
int initiatorCallback(ImGuiInputTextCallbackData* data) {
    auto* state = static_cast<PostTopicDialogState*>(data->UserData);
    cutToLimit(data, model::kMaxNameChars);
    cursorToEndIfAsked(data, *state);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackHistory) {
        if (data->EventKey == ImGuiKey_UpArrow) {
            --state->highlight;
        } else if (data->EventKey == ImGuiKey_DownArrow) {
            ++state->highlight;
        }
    }
    return 0;
}

constexpr ImGuiInputTextFlags kFieldFlags = ImGuiInputTextFlags_EnterReturnsTrue |
                                            ImGuiInputTextFlags_CallbackEdit |
                                            ImGuiInputTextFlags_CallbackAlways;

void focusIfAsked(PostTopicDialogState& state, Focus field) {
    if (state.focus == field) {
        ImGui::SetKeyboardFocusHere();
        state.focus = Focus::None;
        state.cursorToEnd = true;
    }
}

// Posts the draft; true when the dialog may close.
bool post(AppContext& ctx, PostTopicDialogState& state) {
    const model::Event& event = *ctx.event();
    if (!model::locateRound(event, state.roundId) ||
        (state.roomId && model::findRoom(event, *state.roomId) == nullptr)) {
        state.problem = "wall.post.cellGone";
        return false;
    }
    if (isBlank(state.title)) {
        state.problem = "wall.post.needTitle";
        state.focus = Focus::Title;
        return false;
    }
    app::TopicDraft draft;
    draft.title = state.title;
    draft.roundId = state.roundId;
    draft.roomId = state.roomId;
    if (state.initiator) {
        draft.initiator = state.initiator;
    } else if (state.newPerson) {
        draft.newInitiator = app::NewPerson{state.initiatorQuery, state.organisation};
    } else if (!isBlank(state.initiatorQuery)) {
        // A name typed but not picked: an exact match is clear enough,
        // anything else could be a typo of someone already registered.
        if (const model::Person* person = exactPerson(event, state.initiatorQuery)) {
            draft.initiator = person->id;
        } else {
            state.problem = "wall.post.pickInitiator";
            state.focus = Focus::Initiator;
            return false;
        }
    }
    auto change = app::postTopic(event, draft);
    if (!change) {
        state.problem = "wall.post.cellGone";
        return false;
    }
    const model::Id posted = change->groups().back().after->id;
    // A failed write keeps the change in memory and the shell shows why; the
    // topic is on the wall either way, so the dialog can close.
    ctx.session->apply(std::move(*change));
    ctx.selection.group = posted;
    return true;
}

std::string cellDescription(AppContext& ctx, const model::Event& event,
                            const PostTopicDialogState& state) {
    std::string text = model::roundHeading(event, state.roundId);
    if (const model::Round* round = model::findRound(event, state.roundId)) {
        const std::string time = formatTimeRange(round->start, round->end);
        if (!time.empty()) {
            text += " · " + time;
        }
    }
    text += " · ";
    text += state.roomId ? roomName(ctx.language, event, state.roomId) : ctx.tr("wall.noRoom");
    return text;
}

void drawSuggestions(AppContext& ctx, PostTopicDialogState& state,
                     const std::vector<Suggestion>& list, float width) {
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImU32 normal = ImGui::GetColorU32(ImGuiCol_Text);
    for (size_t i = 0; i < list.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const bool highlighted = static_cast<int>(i) == state.highlight;
        const bool clicked = ImGui::Selectable("##suggestion", highlighted, 0,
                                               ImVec2(width, ImGui::GetTextLineHeight()));
        ctx.itemRects.record("wall.post.suggestion/", std::to_string(i));
        // User text is drawn, not passed as a label: a "##" in a name stays visible.
        const ImVec2 at = ImGui::GetItemRectMin();
        if (list[i].person != nullptr) {
            const std::string& name = list[i].person->name;
            drawList->AddText(at, normal, name.c_str(), name.c_str() + name.size());
            if (!list[i].person->organisation.empty()) {
                const float x =
                    at.x + ImGui::CalcTextSize(name.c_str(), name.c_str() + name.size()).x;
                const std::string org = " — " + list[i].person->organisation;
                drawList->AddText(ImVec2(x, at.y), dim, org.c_str(), org.c_str() + org.size());
            }
        } else {
            const std::string label =
                format(ctx.tr("wall.post.newPerson"), {{"name", state.initiatorQuery}});
            drawList->AddText(at, normal, label.c_str(), label.c_str() + label.size());
        }
        if (clicked) {
            pick(state, list[i]);
        }
        ImGui::PopID();
    }
}

void drawBody(AppContext& ctx, PostTopicDialogState& state) {
    const model::Event& event = *ctx.event();
    const float fieldWidth = ImGui::GetFontSize() * 28.0f;
    bool postNow = false;

    disabledText(cellDescription(ctx, event, state));
    {
        FontScope bold(ctx.fonts.bold);
        const std::string number = app::nextGroupNumber(event, state.roundId);
        text(format(ctx.tr("wall.post.number"), {{"number", number}}));
    }
    ImGui::Spacing();

    text(ctx.tr("wall.post.titleLabel"));
    ImGui::SetNextItemWidth(fieldWidth);
    focusIfAsked(state, Focus::Title);
    if (ImGui::InputText("##title", &state.title, kFieldFlags, titleCallback, &state)) {
        postNow = true;
    }
    ctx.itemRects.record("wall.post.title");

    text(ctx.tr("wall.post.initiatorLabel"));
    ImGui::SetNextItemWidth(fieldWidth);
    focusIfAsked(state, Focus::Initiator);
    const bool entered = ImGui::InputText("##initiator", &state.initiatorQuery,
                                          kFieldFlags | ImGuiInputTextFlags_CallbackHistory,
                                          initiatorCallback, &state);
    ctx.itemRects.record("wall.post.initiator");
    if (ImGui::IsItemEdited()) {
        // Typing again un-picks: the field shows what will be posted.
        state.initiator.reset();
        state.newPerson = false;
        state.highlight = 0;
        state.problem = nullptr;
    }
    const std::vector<Suggestion> list = suggestionsFor(event, state);
    const int last = static_cast<int>(list.size()) - 1;
    state.highlight = list.empty() ? 0 : std::clamp(state.highlight, 0, last);
    if (entered) {
        if (!list.empty()) {
            pick(state, list[static_cast<size_t>(state.highlight)]);
        } else {
            postNow = true;
        }
    }
    if (state.initiator) {
        if (const model::Person* person = model::findPerson(event, *state.initiator);
            person != nullptr && !person->organisation.empty()) {
            disabledText(person->organisation);
        }
    } else if (state.newPerson) {
        disabledText(ctx.tr("wall.post.newPersonNote"));
        text(ctx.tr("wall.post.organisationLabel"));
        ImGui::SetNextItemWidth(fieldWidth);
        focusIfAsked(state, Focus::Organisation);
        if (ImGui::InputText("##organisation", &state.organisation, kFieldFlags,
                             organisationCallback, &state)) {
            postNow = true;
        }
        ctx.itemRects.record("wall.post.organisation");
    } else if (!list.empty()) {
        drawSuggestions(ctx, state, list, fieldWidth);
    }

    if (state.problem != nullptr) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.70f, 0.10f, 0.05f, 1.0f));
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + fieldWidth);
        ImGui::TextUnformatted(ctx.tr(state.problem));
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    if (primaryButton(ctx.tr("wall.post.submit"))) {
        postNow = true;
    }
    ctx.itemRects.record("wall.post.submit");
    ImGui::SameLine();
    const bool cancel =
        ImGui::Button(ctx.tr("wall.cancel")) || ext::escapeClosesDialog(false, true);
    ctx.itemRects.record("wall.post.cancel");
    ImGui::SameLine();
    disabledText(ctx.tr("wall.post.keys"));

    if (cancel) {
        reset(state);
        ImGui::CloseCurrentPopup();
    } else if (postNow && post(ctx, state)) {
        reset(state);
        ImGui::CloseCurrentPopup();
    }
}

} // namespace

void openPostTopicDialog(AppContext& ctx, const model::Id& roundId,
                         const std::optional<model::Id>& roomId, ImVec2 anchor) {
    PostTopicDialogState& state = ctx.wall.post;
    reset(state);
    state.requestOpen = true;
    state.anchor = anchor;
    state.roundId = roundId;
    state.roomId = roomId;
    state.focus = Focus::Title;
}

void drawPostTopicDialog(AppContext& ctx) {
    PostTopicDialogState& state = ctx.wall.post;
    if (ctx.event() == nullptr) {
        reset(state);
        return;
    }
    if (state.requestOpen) {
        ImGui::OpenPopup(kPostTopicPopup);
        state.requestOpen = false;
        state.open = true;
        // Under the clicked cell, flipped towards the middle near the edges.
        const ImGuiViewport* viewport = ImGui::GetMainViewport();
        const ImVec2 centre = viewport->GetCenter();
        const ImVec2 pivot(state.anchor.x > centre.x ? 1.0f : 0.0f,
                           state.anchor.y > centre.y ? 1.0f : 0.0f);
        ImGui::SetNextWindowPos(state.anchor, ImGuiCond_Appearing, pivot);
    }
    const std::string title = std::string(ctx.tr("wall.post.heading")) + kPostTopicPopup;
    // Text fields on a white dialog need their outline to be seen.
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    if (ImGui::BeginPopupModal(title.c_str(), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings)) {
        drawBody(ctx, state);
        ImGui::EndPopup();
    } else {
        state.open = false;
    }
    ImGui::PopStyleVar();
}

} // namespace innspill::ui
