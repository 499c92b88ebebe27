// The event file's schema as a list of forward migrations. Version N of the
// schema is migrations 1..N applied in order; a file records its version in
// PRAGMA user_version and is marked as ours by PRAGMA application_id.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace innspill::store {

// "INSP" in ASCII, written at offset 68 of the SQLite header.
constexpr int32_t kApplicationId = 0x494E5350;

// The schema version that brought the synthesis tables (schema.cpp).
constexpr int kSynthesisTablesVersion = 7;
// The schema version that gave a theme its colour (theme.colour).
constexpr int kThemeColourVersion = 8;
// The schema version that added input votes and group actions (group_action).
constexpr int kVotesActionsVersion = 9;
// The schema version that added photos of flipcharts (photo; store/photo_blobs.hpp).
constexpr int kPhotoTablesVersion = 10;
// The schema version that let a challenge of the synthesis hold actions (challenge_action).
constexpr int kChallengeActionsVersion = 11;

// The SQL of each migration; index 0 takes an empty file to version 1.
const std::vector<std::string_view>& migrations();

inline int currentSchemaVersion() {
    return static_cast<int>(migrations().size());
}

} // namespace innspill::store
