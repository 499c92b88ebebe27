// The kit record of a kit file and the hand-in history of a master (schema
// version 3): reading and writing their rows. Design: docs/kits-and-merge.md.
#pragma once

#include "model/hand_in.hpp"

#include <optional>
#include <vector>

namespace innspill::store {

class EventFile;

// The file's kit record; nothing when the file is not a kit (a master, or a
// file from before version 3 opened read-only). Throws FileError when the
// file holds more than one record or a record with an invalid id.
std::optional<model::KitRecord> readKitRecord(EventFile& file);
void writeKitRecord(EventFile& file, const model::KitRecord& record);

enum class HandInDetail { Summary, WithKitState };

// Hand-ins in the order they happened. Summary leaves kitState empty: the
// states are whole events and only a merge needs them.
std::vector<model::HandIn> readHandIns(EventFile& file, HandInDetail detail);
// Inserts or replaces (by id) one record. Joins an open Transaction.
void writeHandIn(EventFile& file, const model::HandIn& handIn);
void deleteHandIn(EventFile& file, const model::Id& id);

} // namespace innspill::store
