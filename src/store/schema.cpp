// Schema migrations. Never edit a released migration: add a new one.
#include "store/schema.hpp"

namespace innspill::store {

namespace {

// Version 1: the event model. Entities keyed by UUID text; the tables that a
// search index will follow also get an INTEGER PRIMARY KEY so their rowid
// survives VACUUM. Positions order lists. Links that may point forward
// within one write (follow-up, merge) are checked at commit.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE event (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL DEFAULT '',
    about TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'nb',
    label_initiator TEXT NOT NULL,
    label_facilitator TEXT NOT NULL,
    label_participant_count TEXT NOT NULL,
    label_inputs TEXT NOT NULL,
    label_round_heading TEXT NOT NULL
);
CREATE TABLE guiding_question (position INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE organiser (position INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE day (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    date TEXT NOT NULL DEFAULT ''
);
CREATE TABLE round (
    id TEXT PRIMARY KEY NOT NULL,
    day_id TEXT NOT NULL REFERENCES day(id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    start_time TEXT NOT NULL DEFAULT '',
    end_time TEXT NOT NULL DEFAULT ''
);
CREATE INDEX round_by_day ON round(day_id, position);
CREATE TABLE room (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE person (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    perspective TEXT NOT NULL DEFAULT 'unspecified',
    consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1))
);
CREATE TABLE theme (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE event_group (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    number TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    round_id TEXT NOT NULL REFERENCES round(id),
    room_id TEXT REFERENCES room(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'posted' CHECK (status IN ('posted', 'met', 'cancelled')),
    participant_count INTEGER CHECK (participant_count IS NULL OR participant_count >= 0),
    participant_note TEXT NOT NULL DEFAULT '',
    challenges TEXT NOT NULL DEFAULT '',
    opportunities TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    report_note TEXT NOT NULL DEFAULT '',
    follow_up_of TEXT REFERENCES event_group(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX group_by_round ON event_group(round_id);
CREATE TABLE group_person (
    group_id TEXT NOT NULL REFERENCES event_group(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('initiator', 'facilitator', 'participant')),
    position INTEGER NOT NULL,
    person_id TEXT NOT NULL REFERENCES person(id),
    PRIMARY KEY (group_id, role, person_id)
);
CREATE INDEX group_person_by_person ON group_person(person_id);
CREATE TABLE group_merge (
    group_id TEXT NOT NULL REFERENCES event_group(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    other_id TEXT NOT NULL
        REFERENCES event_group(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (group_id, other_id)
);
CREATE TABLE input (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    group_id TEXT NOT NULL REFERENCES event_group(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES input(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'item' CHECK (kind IN ('item', 'lead-in', 'sub-heading')),
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX input_by_group ON input(group_id, parent_id, position);
CREATE INDEX input_by_parent ON input(parent_id);
CREATE TABLE input_theme (
    input_id TEXT NOT NULL REFERENCES input(id) ON DELETE CASCADE,
    theme_id TEXT NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (input_id, theme_id)
);
CREATE INDEX input_theme_by_theme ON input_theme(theme_id);
)sql";

// Version 2: full-text search over inputs, groups and people, kept in step
// with every edit by triggers. unicode61 folds case (also æøå) and, with
// remove_diacritics 0, keeps å apart from a.
constexpr std::string_view kVersion2 = R"sql(
CREATE VIRTUAL TABLE input_search USING fts5(
    text, content='input', content_rowid='seq', tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER input_search_insert AFTER INSERT ON input BEGIN
    INSERT INTO input_search(rowid, text) VALUES (new.seq, new.text);
END;
CREATE TRIGGER input_search_delete AFTER DELETE ON input BEGIN
    INSERT INTO input_search(input_search, rowid, text) VALUES ('delete', old.seq, old.text);
END;
CREATE TRIGGER input_search_update AFTER UPDATE OF text ON input BEGIN
    INSERT INTO input_search(input_search, rowid, text) VALUES ('delete', old.seq, old.text);
    INSERT INTO input_search(rowid, text) VALUES (new.seq, new.text);
END;

CREATE VIRTUAL TABLE group_search USING fts5(
    number, title, challenges, opportunities, notes, report_note,
    content='event_group', content_rowid='seq', tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER group_search_insert AFTER INSERT ON event_group BEGIN
    INSERT INTO group_search(rowid, number, title, challenges, opportunities, notes, report_note)
    VALUES (new.seq, new.number, new.title, new.challenges, new.opportunities, new.notes,
            new.report_note);
END;
CREATE TRIGGER group_search_delete AFTER DELETE ON event_group BEGIN
    INSERT INTO group_search(group_search, rowid, number, title, challenges, opportunities, notes,
                             report_note)
    VALUES ('delete', old.seq, old.number, old.title, old.challenges, old.opportunities, old.notes,
            old.report_note);
END;
CREATE TRIGGER group_search_update
AFTER UPDATE OF number, title, challenges, opportunities, notes, report_note ON event_group BEGIN
    INSERT INTO group_search(group_search, rowid, number, title, challenges, opportunities, notes,
                             report_note)
    VALUES ('delete', old.seq, old.number, old.title, old.challenges, old.opportunities, old.notes,
            old.report_note);
    INSERT INTO group_search(rowid, number, title, challenges, opportunities, notes, report_note)
    VALUES (new.seq, new.number, new.title, new.challenges, new.opportunities, new.notes,
            new.report_note);
END;

CREATE VIRTUAL TABLE person_search USING fts5(
    name, organisation, content='person', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
    INSERT INTO person_search(rowid, name, organisation) VALUES (new.seq, new.name, new.organisation);
END;
CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
    INSERT INTO person_search(person_search, rowid, name, organisation)
    VALUES ('delete', old.seq, old.name, old.organisation);
END;
CREATE TRIGGER person_search_update AFTER UPDATE OF name, organisation ON person BEGIN
    INSERT INTO person_search(person_search, rowid, name, organisation)
    VALUES ('delete', old.seq, old.name, old.organisation);
    INSERT INTO person_search(rowid, name, organisation) VALUES (new.seq, new.name, new.organisation);
END;

INSERT INTO input_search(input_search) VALUES ('rebuild');
INSERT INTO group_search(group_search) VALUES ('rebuild');
INSERT INTO person_search(person_search) VALUES ('rebuild');
)sql";

// Version 3: facilitator kits (docs/kits-and-merge.md). A kit file holds one
// kit_record row: which event it copies and, as a JSON archive, the event as
// it was handed out (the base of its first hand-in). A master holds one
// hand_in row per hand-in: who, when, what it brought, and the kit's event as
// handed in (the base of that kit's next hand-in). Keyed by UUID text like
// every entity; seq keeps the order they happened in.
constexpr std::string_view kVersion3 = R"sql(
CREATE TABLE kit_record (
    kit_id TEXT PRIMARY KEY NOT NULL,
    master_event_id TEXT NOT NULL,
    facilitator TEXT NOT NULL DEFAULT '',
    handed_out_at TEXT NOT NULL,
    base TEXT NOT NULL
);
CREATE TABLE hand_in (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kit_id TEXT NOT NULL,
    facilitator TEXT NOT NULL DEFAULT '',
    handed_in_at TEXT NOT NULL,
    groups_added INTEGER NOT NULL DEFAULT 0,
    groups_changed INTEGER NOT NULL DEFAULT 0,
    groups_removed INTEGER NOT NULL DEFAULT 0,
    inputs_added INTEGER NOT NULL DEFAULT 0,
    inputs_changed INTEGER NOT NULL DEFAULT 0,
    inputs_removed INTEGER NOT NULL DEFAULT 0,
    people_added INTEGER NOT NULL DEFAULT 0,
    people_changed INTEGER NOT NULL DEFAULT 0,
    people_removed INTEGER NOT NULL DEFAULT 0,
    kit_state TEXT NOT NULL
);
CREATE INDEX hand_in_by_kit ON hand_in(kit_id, seq);
)sql";

// Version 4: hand-ins through a synced folder (store/hand_in_copies.hpp).
// file_setting holds a file's own settings by name (a kit's outbox folder,
// a master's watched hand-in folder); a hand-in copy written to an outbox
// carries `copySerial`, which grows with every copy of the same kit.
// copy_taken is a master's newest copy serial per kit it has looked at, so
// an older copy arriving late never undoes newer work and the same copy is
// never taken twice.
constexpr std::string_view kVersion4 = R"sql(
CREATE TABLE file_setting (
    name TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE copy_taken (
    kit_id TEXT PRIMARY KEY NOT NULL,
    serial INTEGER NOT NULL
);
)sql";

// Version 5: the event's name policy for the public report
// (model::NamePolicy codes: "everyone", "consent", "none"). Events from
// before it keep the default, by name only with consent.
constexpr std::string_view kVersion5 = R"sql(
ALTER TABLE event ADD COLUMN name_policy TEXT NOT NULL DEFAULT 'consent';
)sql";

// Version 6: a hand-in records what identity by natural key unified
// (model::HandIn::unified), so the same kit's next hand-in starts from it.
constexpr std::string_view kVersion6 = R"sql(
ALTER TABLE hand_in ADD COLUMN unified TEXT NOT NULL DEFAULT '';
)sql";

// Version 7 (kSynthesisTablesVersion): the synthesis (model/synthesis.hpp).
// Challenges and measures keyed by UUID, ordered by position (a challenge's
// letter comes from its order within its theme and is never stored). Their
// sources are links to inputs by id, deliberately without a foreign key: a
// deleted input leaves its link behind as a hole the synthesis shows ("1
// kilde slettet"), and undoing the deletion makes the link whole again.
// Themes are referred to the same way, so removing a theme (undoable) never
// takes a challenge with it. input_vocabulary reads the input index's terms
// with the number of inputs each occurs in, for "find similar".
constexpr std::string_view kVersion7 = R"sql(
CREATE TABLE theme_introduction (
    theme_id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL DEFAULT ''
);
CREATE TABLE challenge (
    id TEXT PRIMARY KEY NOT NULL,
    theme_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE measure (
    id TEXT PRIMARY KEY NOT NULL,
    challenge_id TEXT NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    lead TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX measure_by_challenge ON measure(challenge_id, position);
CREATE TABLE synthesis_source (
    challenge_id TEXT NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
    owner_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    input_id TEXT NOT NULL,
    PRIMARY KEY (owner_id, input_id)
);
CREATE INDEX synthesis_source_by_challenge ON synthesis_source(challenge_id);
CREATE TABLE synthesis_priority (
    position INTEGER PRIMARY KEY,
    challenge_id TEXT NOT NULL,
    measure_id TEXT,
    recommendation TEXT NOT NULL DEFAULT ''
);
CREATE TABLE parked_input (
    input_id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE VIRTUAL TABLE input_vocabulary USING fts5vocab(input_search, 'row');
)sql";

// Version 8 (kThemeColourVersion): a theme's colour ("#RRGGBB", model::Theme::colour); themes
// from before it keep '' and are drawn in the palette's colour for their place.
constexpr std::string_view kThemeColourMigration = R"sql(
ALTER TABLE theme ADD COLUMN colour TEXT NOT NULL DEFAULT '';
)sql";

// Version 9 (kVotesActionsVersion): convergence and action planning (issue 17). Each input and
// sub-point carries the dots it got in the dot vote; a group holds actions
// (what, who, next step, by when, resources), `who` a person's id or free
// text (model/action.hpp). Actions are keyed by UUID like inputs, so kits
// and merge carry them.
constexpr std::string_view kVotesActionsMigration = R"sql(
ALTER TABLE input ADD COLUMN votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0);
CREATE TABLE group_action (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    group_id TEXT NOT NULL REFERENCES event_group(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    what TEXT NOT NULL DEFAULT '',
    who TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    resources TEXT NOT NULL DEFAULT ''
);
CREATE INDEX group_action_by_group ON group_action(group_id, position);
)sql";

// Version 10 (kPhotoTablesVersion): photos of flipcharts (store/photo_blobs.hpp). The model keeps
// each photo's caption, flag and size on its group; the scaled JPEG and the
// thumbnail stay here and are read on demand. A photo whose group_id is NULL
// is detached: removed from its group but kept while undo may bring it back
// (the app clears them when it opens the file). Deleting a group detaches
// its photos the same way, so undoing the deletion finds them again.
constexpr std::string_view kPhotoTablesMigration = R"sql(
CREATE TABLE photo (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    group_id TEXT REFERENCES event_group(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    caption TEXT NOT NULL DEFAULT '',
    public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1)),
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    jpeg BLOB NOT NULL,
    thumbnail BLOB NOT NULL
);
CREATE INDEX photo_by_group ON photo(group_id, position);
)sql";

// Version 11 (kChallengeActionsVersion): a challenge of the synthesis holds
// actions like a group does (issue 17, action planning): the same fields as
// group_action, keyed by UUID so kits and merge carry them, removed with
// their challenge.
constexpr std::string_view kChallengeActionsMigration = R"sql(
CREATE TABLE challenge_action (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    challenge_id TEXT NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    what TEXT NOT NULL DEFAULT '',
    who TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    resources TEXT NOT NULL DEFAULT ''
);
CREATE INDEX challenge_action_by_challenge ON challenge_action(challenge_id, position);
)sql";

} // namespace

const std::vector<std::string_view>& migrations() {
    static const std::vector<std::string_view> kMigrations{kVersion1,
                                                           kVersion2,
                                                           kVersion3,
                                                           kVersion4,
                                                           kVersion5,
                                                           kVersion6,
                                                           kVersion7,
                                                           kThemeColourMigration,
                                                           kVotesActionsMigration,
                                                           kPhotoTablesMigration,
                                                           kChallengeActionsMigration};
    return kMigrations;
}

} // namespace innspill::store
