// Rows of kit_record and hand_in.
#include "store/kit_tables.hpp"

#include "store/event_file.hpp"
#include "store/savepoint.hpp"

namespace innspill::store {

namespace {

// The tables arrived with version 3; an older file opened read-only has none.
constexpr int kKitTablesVersion = 3;
constexpr int kUnifiedVersion = 6; // hand_in.unified

model::Id parseId(EventFile& file, const std::string& text, const char* table) {
    auto id = model::Id::parse(text);
    if (!id) {
        throw FileError(
            FileErrorKind::Inconsistent, file.path(),
            lang::message("fileError.badId", {{"table", table}, {"id", std::string(text)}}));
    }
    return *id;
}

size_t count(const Statement& row, int column) {
    const auto value = row.integer(column);
    return value < 0 ? 0 : static_cast<size_t>(value);
}

} // namespace

std::optional<model::KitRecord> readKitRecord(EventFile& file) {
    if (file.schemaVersion() < kKitTablesVersion) {
        return std::nullopt;
    }
    Statement row(file.connection(), "SELECT kit_id, master_event_id, facilitator, "
                                     "handed_out_at, base FROM kit_record");
    if (!row.step()) {
        return std::nullopt;
    }
    model::KitRecord record{parseId(file, row.text(0), "kit_record"),
                            parseId(file, row.text(1), "kit_record"), row.text(2), row.text(3),
                            row.text(4)};
    if (row.step()) {
        throw FileError(FileErrorKind::Inconsistent, file.path(),
                        lang::message("fileError.manyKitRecords"));
    }
    return record;
}

void writeKitRecord(EventFile& file, const model::KitRecord& record) {
    auto& connection = file.connection();
    Savepoint savepoint(connection);
    // One record per file: a kit is a kit of one master.
    connection.exec("DELETE FROM kit_record");
    Statement& insert = connection.prepared(
        "INSERT INTO kit_record (kit_id, master_event_id, facilitator, handed_out_at, base) "
        "VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, std::string_view(record.kitId.str()))
        .bind(2, std::string_view(record.masterEventId.str()))
        .bind(3, std::string_view(record.facilitator))
        .bind(4, std::string_view(record.handedOutAt))
        .bind(5, std::string_view(record.base))
        .run();
    savepoint.release();
}

std::vector<model::HandIn> readHandIns(EventFile& file, HandInDetail detail) {
    std::vector<model::HandIn> handIns;
    if (file.schemaVersion() < kKitTablesVersion) {
        return handIns;
    }
    const bool withState = detail == HandInDetail::WithKitState;
    // A file opened read-only is read as it is: before version 6 no hand-in
    // recorded what it unified.
    const bool withUnified = withState && file.schemaVersion() >= kUnifiedVersion;
    Statement row(file.connection(),
                  std::string("SELECT id, kit_id, facilitator, handed_in_at, groups_added, "
                              "groups_changed, groups_removed, inputs_added, inputs_changed, "
                              "inputs_removed, people_added, people_changed, people_removed, ") +
                      (withState ? "kit_state, " : "'', ") + (withUnified ? "unified" : "''") +
                      " FROM hand_in ORDER BY seq");
    while (row.step()) {
        model::HandIn handIn;
        handIn.id = parseId(file, row.text(0), "hand_in");
        handIn.kitId = parseId(file, row.text(1), "hand_in");
        handIn.facilitator = row.text(2);
        handIn.handedInAt = row.text(3);
        auto& counts = handIn.counts;
        int column = 4; // the counts' columns follow model::kHandInCountFields
        model::forEachCount(counts,
                            [&](const char*, size_t& value) { value = count(row, column++); });
        handIn.kitState = row.text(13);
        handIn.unified = row.text(14);
        handIns.push_back(std::move(handIn));
    }
    return handIns;
}

void writeHandIn(EventFile& file, const model::HandIn& handIn) {
    auto& connection = file.connection();
    Savepoint savepoint(connection);
    Statement& upsert = connection.prepared(R"sql(
        INSERT INTO hand_in (id, kit_id, facilitator, handed_in_at, groups_added, groups_changed,
            groups_removed, inputs_added, inputs_changed, inputs_removed, people_added,
            people_changed, people_removed, kit_state, unified)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET kit_id = excluded.kit_id,
            facilitator = excluded.facilitator, handed_in_at = excluded.handed_in_at,
            groups_added = excluded.groups_added, groups_changed = excluded.groups_changed,
            groups_removed = excluded.groups_removed, inputs_added = excluded.inputs_added,
            inputs_changed = excluded.inputs_changed, inputs_removed = excluded.inputs_removed,
            people_added = excluded.people_added, people_changed = excluded.people_changed,
            people_removed = excluded.people_removed, kit_state = excluded.kit_state,
            unified = excluded.unified)sql");
    const auto& counts = handIn.counts;
    upsert.bind(1, std::string_view(handIn.id.str()))
        .bind(2, std::string_view(handIn.kitId.str()))
        .bind(3, std::string_view(handIn.facilitator))
        .bind(4, std::string_view(handIn.handedInAt));
    int column = 5;
    model::forEachCount(counts, [&](const char*, size_t number) {
        upsert.bind(column++, static_cast<int64_t>(number));
    });
    upsert.bind(column, std::string_view(handIn.kitState))
        .bind(column + 1, std::string_view(handIn.unified))
        .run();
    savepoint.release();
}

void deleteHandIn(EventFile& file, const model::Id& id) {
    auto& connection = file.connection();
    Savepoint savepoint(connection);
    Statement& remove = connection.prepared("DELETE FROM hand_in WHERE id = ?");
    remove.bind(1, std::string_view(id.str())).run();
    savepoint.release();
}

} // namespace innspill::store
