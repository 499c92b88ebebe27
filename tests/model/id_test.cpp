#include "model/id.hpp"

#include <catch2/catch.hpp>
#include <unordered_set>

using innspill::model::Id;

TEST_CASE("generated ids are canonical version-4 UUIDs and unique") {
    std::unordered_set<Id> seen;
    for (int i = 0; i < 10000; ++i) {
        const Id id = Id::generate();
        REQUIRE(id.str().size() == 36);
        REQUIRE(id.str()[14] == '4');
        REQUIRE(std::string("89ab").find(id.str()[19]) != std::string::npos);
        REQUIRE(Id::parse(id.str()) == id);
        REQUIRE(seen.insert(id).second);
    }
}

TEST_CASE("parsing ids accepts any case and rejects everything else") {
    const auto upper = Id::parse("0F8FAD5B-D9CB-469F-A165-70867728950E");
    REQUIRE(upper);
    CHECK(upper->str() == "0f8fad5b-d9cb-469f-a165-70867728950e");
    CHECK_FALSE(Id::parse(""));
    CHECK_FALSE(Id::parse("12"));
    CHECK_FALSE(Id::parse("0f8fad5b-d9cb-469f-a165-70867728950"));
    CHECK_FALSE(Id::parse("0f8fad5bxd9cb-469f-a165-70867728950e"));
    CHECK_FALSE(Id::parse("0f8fad5b-d9cb-469f-a165-70867728950g"));
}
