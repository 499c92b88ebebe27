// Merging the event's own fields, the programme (days, rounds, rooms), the
// themes and the participant register.
#include "app/merge/merge_steps.hpp"
#include "app/merge/merge_tree.hpp"

#include "app/edits_event.hpp"

#include "model/name_match.hpp"

namespace innspill::app::merge {

namespace {

lang::Message asText(const std::string& text) {
    return plain(text);
}
lang::Message asText(const std::vector<std::string>& lines) {
    return joinLines(lines);
}
lang::Message asText(model::NamePolicy policy) {
    return namePolicyName(policy);
}

// A day or a round: one tree (rounds under their day), so that deleting a
// day the other side added a round to is seen as a conflict.
struct ProgrammeItem {
    model::Id id;
    bool isDay = false;
    std::string date;  // day
    std::string title; // round
    std::string start;
    std::string end;

    bool operator==(const ProgrammeItem&) const = default;
};

FlatTree<ProgrammeItem> programmeTree(const model::Event& event) {
    FlatTree<ProgrammeItem> tree;
    for (const auto& day : event.days) {
        tree.append(day.id, ProgrammeItem{day.id, true, day.date, {}, {}, {}}, model::Id());
        for (const auto& round : day.rounds) {
            tree.append(round.id,
                        ProgrammeItem{round.id, false, {}, round.title, round.start, round.end},
                        day.id);
        }
    }
    return tree;
}

lang::Message programmeLabel(const model::Event& event, const ProgrammeItem& item) {
    if (item.isDay) {
        for (size_t d = 0; d < event.days.size(); ++d) {
            if (event.days[d].id == item.id) {
                const auto n = std::to_string(d + 1);
                return item.date.empty()
                           ? lang::message("mergeWord.day", {{"n", n}})
                           : lang::message("mergeWord.dayDated", {{"n", n}, {"date", item.date}});
            }
        }
        return lang::message("mergeWord.dayOn", {{"date", item.date}});
    }
    return model::findRound(event, item.id)
               ? roundName(event, item.id)
               : lang::message("mergeWord.roundTitled", {{"title", item.title}});
}

MergeConflict wholeConflict(MergeEntity entity, const model::Id& id, lang::Message where) {
    MergeConflict conflict;
    conflict.entity = entity;
    conflict.entityId = id;
    conflict.where = std::move(where);
    return conflict;
}

} // namespace

void mergeHeader(Context& context, model::Event& result) {
    const auto master = headerOf(context.master);
    const auto kit = headerOf(context.kit);
    const auto base = headerOf(context.base);
    if (kit == base) {
        return;
    }
    auto merged = master;
    const auto field = [&](auto get, const char* name, const char* label) {
        get(merged) = mergeValue(context, get(master), get(kit), &get(base), [&] {
            return fieldConflict(std::string("event:") + name, MergeEntity::Event,
                                 context.master.id, word("mergeWord.event"), name, label,
                                 asText(get(master)), asText(get(kit)));
        });
    };
    field(
        [](auto& h) -> auto& { return h.title; }, "title", "mergeWord.field.title");
    field(
        [](auto& h) -> auto& { return h.subtitle; }, "subtitle", "mergeWord.field.subtitle");
    field(
        [](auto& h) -> auto& { return h.guidingQuestions; }, "guidingQuestions",
        "mergeWord.field.guidingQuestions");
    field(
        [](auto& h) -> auto& { return h.about; }, "about", "mergeWord.field.about");
    field(
        [](auto& h) -> auto& { return h.place; }, "place", "mergeWord.field.placeName");
    field(
        [](auto& h) -> auto& { return h.startDate; }, "startDate", "mergeWord.field.startDate");
    field(
        [](auto& h) -> auto& { return h.endDate; }, "endDate", "mergeWord.field.endDate");
    field(
        [](auto& h) -> auto& { return h.organisers; }, "organisers", "mergeWord.field.organisers");
    field(
        [](auto& h) -> auto& { return h.language; }, "language", "mergeWord.field.language");
    field(
        [](auto& h) -> auto& { return h.labels.initiator; }, "labels.initiator",
        "mergeWord.field.labels.initiator");
    field(
        [](auto& h) -> auto& { return h.labels.facilitator; }, "labels.facilitator",
        "mergeWord.field.labels.facilitator");
    field(
        [](auto& h) -> auto& { return h.labels.participantCount; }, "labels.participantCount",
        "mergeWord.field.labels.participantCount");
    field(
        [](auto& h) -> auto& { return h.labels.inputs; }, "labels.inputs",
        "mergeWord.field.labels.inputs");
    field(
        [](auto& h) -> auto& { return h.labels.roundHeading; }, "labels.roundHeading",
        "mergeWord.field.labels.roundHeading");
    field(
        [](auto& h) -> auto& { return h.namePolicy; }, "namePolicy", "mergeWord.field.namePolicy");
    setHeader(result, merged);
}

void mergeProgramme(Context& context, model::Event& result) {
    if (context.kit.days == context.base.days && context.kit.rooms == context.base.rooms) {
        return;
    }
    const auto masterTree = programmeTree(context.master);
    const auto kitTree = programmeTree(context.kit);
    TreePolicy<ProgrammeItem> days;
    days.keyPrefix = "programme:";
    days.listName = word("mergeWord.list.days");
    days.mergeFields = [&](const model::Id& id, const ProgrammeItem& m, const ProgrammeItem& k,
                           const ProgrammeItem* b, std::optional<ProgrammeItem>&) {
        auto merged = m;
        const auto where = programmeLabel(context.master, m);
        const auto field = [&](std::string ProgrammeItem::*member, const char* name,
                               const char* label) {
            merged.*member =
                mergeValue(context, m.*member, k.*member, b ? &(b->*member) : nullptr, [&] {
                    return fieldConflict("programme:" + id.str() + ":" + name,
                                         MergeEntity::Programme, id, where, name, label,
                                         plain(m.*member), plain(k.*member));
                });
        };
        if (m.isDay) {
            field(&ProgrammeItem::date, "date", "mergeWord.field.date");
        } else {
            field(&ProgrammeItem::title, "title", "mergeWord.field.title");
            field(&ProgrammeItem::start, "start", "mergeWord.field.start");
            field(&ProgrammeItem::end, "end", "mergeWord.field.end");
        }
        return merged;
    };
    days.describe = [&](const model::Id& id) {
        const bool inMaster = masterTree.has(id);
        const auto& side = inMaster ? masterTree : kitTree;
        return wholeConflict(MergeEntity::Programme, id,
                             side.has(id) ? programmeLabel(inMaster ? context.master : context.kit,
                                                           side.node(id).value)
                                          : word("mergeWord.programme"));
    };
    days.render = [&](const FlatTree<ProgrammeItem>& side, const model::Id& id) {
        const auto& item = side.node(id).value;
        return item.isDay ? lang::message("mergeWord.dayWithRounds",
                                          {{"date", item.date},
                                           {"n", std::to_string(side.children(id).size())}})
                          : lang::message(
                                "mergeWord.roundTimes",
                                {{"title", item.title}, {"start", item.start}, {"end", item.end}});
    };
    days.canPlace = [&](const FlatTree<ProgrammeItem>& tree, const model::Id& id,
                        const model::Id& parent) {
        const auto& known = kitTree.has(id) ? kitTree : tree;
        const bool isDay = known.has(id) && known.node(id).value.isDay;
        if (parent.empty()) {
            return isDay;
        }
        return !isDay && tree.has(parent) && tree.node(parent).value.isDay;
    };
    const auto mergedDays =
        mergeTrees(context, masterTree, kitTree, programmeTree(context.base), days);
    result.days.clear();
    for (const auto& dayId : mergedDays.children(model::Id())) {
        const auto& day = mergedDays.node(dayId).value;
        model::Day merged{day.id, day.date, {}};
        for (const auto& roundId : mergedDays.children(dayId)) {
            const auto& round = mergedDays.node(roundId).value;
            merged.rounds.push_back(model::Round{round.id, round.title, round.start, round.end});
        }
        result.days.push_back(std::move(merged));
    }

    TreePolicy<model::Room> rooms;
    rooms.keyPrefix = "room:";
    rooms.listName = word("mergeWord.list.rooms");
    rooms.mergeFields = [&](const model::Id& id, const model::Room& m, const model::Room& k,
                            const model::Room* b, std::optional<model::Room>&) {
        auto merged = m;
        merged.name = mergeValue(context, m.name, k.name, b ? &b->name : nullptr, [&] {
            return fieldConflict("room:" + id.str() + ":name", MergeEntity::Programme, id,
                                 lang::message("mergeWord.room", {{"name", m.name}}), "name",
                                 "mergeWord.field.name", plain(m.name), plain(k.name));
        });
        return merged;
    };
    rooms.describe = [&](const model::Id& id) {
        return wholeConflict(
            MergeEntity::Programme, id,
            lang::message("mergeWord.room").withMessage("name", roomName(context.master, id)));
    };
    rooms.render = [](const FlatTree<model::Room>& side, const model::Id& id) {
        return quoted(side.node(id).value.name);
    };
    result.rooms =
        listOf(mergeTrees(context, flatList(context.master.rooms), flatList(context.kit.rooms),
                          flatList(context.base.rooms), rooms));
}

void mergeThemes(Context& context, model::Event& result) {
    if (context.kit.themes == context.base.themes) {
        return;
    }
    TreePolicy<model::Theme> themes;
    themes.keyPrefix = "theme:";
    themes.listName = word("mergeWord.list.themes");
    themes.mergeFields = [&](const model::Id& id, const model::Theme& m, const model::Theme& k,
                             const model::Theme* b, std::optional<model::Theme>&) {
        auto merged = m;
        const auto where = lang::message("mergeWord.theme", {{"name", m.name}});
        merged.name = mergeValue(context, m.name, k.name, b ? &b->name : nullptr, [&] {
            return fieldConflict("theme:" + id.str() + ":name", MergeEntity::Theme, id, where,
                                 "name", "mergeWord.field.name", plain(m.name), plain(k.name));
        });
        merged.description =
            mergeValue(context, m.description, k.description, b ? &b->description : nullptr, [&] {
                return fieldConflict("theme:" + id.str() + ":description", MergeEntity::Theme, id,
                                     where, "description", "mergeWord.field.description",
                                     plain(m.description), plain(k.description));
            });
        merged.colour = mergeValue(context, m.colour, k.colour, b ? &b->colour : nullptr, [&] {
            return fieldConflict("theme:" + id.str() + ":colour", MergeEntity::Theme, id, where,
                                 "colour", "mergeWord.field.colour", plain(m.colour),
                                 plain(k.colour));
        });
        return merged;
    };
    themes.describe = [&](const model::Id& id) {
        return wholeConflict(
            MergeEntity::Theme, id,
            lang::message("mergeWord.theme").withMessage("name", themeNames(context.master, {id})));
    };
    themes.render = [](const FlatTree<model::Theme>& side, const model::Id& id) {
        return quoted(side.node(id).value.name);
    };
    result.themes =
        listOf(mergeTrees(context, flatList(context.master.themes), flatList(context.kit.themes),
                          flatList(context.base.themes), themes));
}

std::optional<model::Id> samePersonAs(Context& context, const std::vector<model::Person>& people,
                                      const model::Person& added) {
    const auto key = model::nameKey(added.name);
    const auto same = std::find_if(people.begin(), people.end(), [&](const model::Person& person) {
        return person.id != added.id && model::nameKey(person.name) == key;
    });
    if (same == people.end()) {
        return std::nullopt;
    }
    MergeConflict conflict;
    conflict.key = "person:" + added.id.str() + ":same-person";
    conflict.kind = ConflictKind::SamePerson;
    conflict.entity = MergeEntity::Person;
    conflict.entityId = added.id;
    conflict.otherId = same->id;
    conflict.where = lang::message("mergeWord.newPerson").withMessage("person", personLabel(added));
    conflict.field = "same-person";
    conflict.fieldLabel = word("mergeWord.field.samePerson");
    conflict.masterValue = plain(model::displayName(*same));
    conflict.kitValue = plain(model::displayName(added));
    conflict.masterMeans =
        lang::message("mergeWord.means.samePerson").withMessage("person", personLabel(*same));
    conflict.kitMeans =
        lang::message("mergeWord.means.twoPeople").withMessage("person", personLabel(added));
    if (context.decide(std::move(conflict)) == MergeChoice::Kit) {
        return std::nullopt;
    }
    return same->id;
}

void mergePeople(Context& context, model::Event& result, PersonRemap& remap) {
    if (context.kit.people == context.base.people) {
        return;
    }
    TreePolicy<model::Person> people;
    people.keyPrefix = "person:";
    people.appendOnly = true; // the register's order is the order people came in
    people.mergeFields = [&](const model::Id& id, const model::Person& m, const model::Person& k,
                             const model::Person* b, std::optional<model::Person>&) {
        auto merged = m;
        const auto where = lang::message("mergeWord.person").withMessage("person", personLabel(m));
        const auto key = "person:" + id.str() + ":";
        merged.name = mergeValue(context, m.name, k.name, b ? &b->name : nullptr, [&] {
            return fieldConflict(key + "name", MergeEntity::Person, id, where, "name",
                                 "mergeWord.field.name", plain(m.name), plain(k.name));
        });
        merged.organisation = mergeValue(
            context, m.organisation, k.organisation, b ? &b->organisation : nullptr, [&] {
                return fieldConflict(key + "organisation", MergeEntity::Person, id, where,
                                     "organisation", "mergeWord.field.organisation",
                                     plain(m.organisation), plain(k.organisation));
            });
        merged.perspective =
            mergeValue(context, m.perspective, k.perspective, b ? &b->perspective : nullptr, [&] {
                return fieldConflict(key + "perspective", MergeEntity::Person, id, where,
                                     "perspective", "mergeWord.field.perspective",
                                     plain(std::string(model::toString(m.perspective))),
                                     plain(std::string(model::toString(k.perspective))));
            });
        merged.consent = mergeValue(context, m.consent, k.consent, b ? &b->consent : nullptr, [&] {
            return fieldConflict(key + "consent", MergeEntity::Person, id, where, "consent",
                                 "mergeWord.field.consent",
                                 word(m.consent ? "mergeWord.yes" : "mergeWord.no"),
                                 word(k.consent ? "mergeWord.yes" : "mergeWord.no"));
        });
        return merged;
    };
    people.describe = [&](const model::Id& id) {
        const auto* person = model::findPerson(context.master, id);
        if (!person) {
            person = model::findPerson(context.kit, id);
        }
        return wholeConflict(
            MergeEntity::Person, id,
            lang::message("mergeWord.person")
                .withMessage("person", person ? personLabel(*person) : plain(id.str())));
    };
    people.render = [](const FlatTree<model::Person>& side, const model::Id& id) {
        return personLabel(side.node(id).value);
    };
    std::vector<model::Person> known = result.people;
    people.onAdd = [&](const model::Id& id,
                       const model::Person& added) -> std::optional<model::Person> {
        if (auto same = samePersonAs(context, known, added)) {
            remap[id] = *same;
            return std::nullopt;
        }
        known.push_back(added);
        return added;
    };
    result.people =
        listOf(mergeTrees(context, flatList(context.master.people), flatList(context.kit.people),
                          flatList(context.base.people), people));
}

} // namespace innspill::app::merge
