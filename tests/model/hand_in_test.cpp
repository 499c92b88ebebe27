// HandInCounts as one value: adding runs of counts, and the one list of its
// fields that every display, summary and the store go through.
#include "model/hand_in.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

using namespace innspill::model;

TEST_CASE("forEachCount visits the nine counts once each, in reading order, writable") {
    HandInCounts counts;
    size_t next = 1;
    forEachCount(counts, [&](const char*, size_t& value) { value = next++; });
    CHECK(counts.groupsAdded == 1);
    CHECK(counts.groupsRemoved == 3);
    CHECK(counts.inputsAdded == 4);
    CHECK(counts.peopleRemoved == 9);

    std::vector<std::string> names;
    std::set<size_t> values;
    const HandInCounts& view = counts;
    forEachCount(view, [&](const char* name, size_t value) {
        names.emplace_back(name);
        values.insert(value);
    });
    CHECK(names == std::vector<std::string>{"groupsAdded", "groupsChanged", "groupsRemoved",
                                            "inputsAdded", "inputsChanged", "inputsRemoved",
                                            "peopleAdded", "peopleChanged", "peopleRemoved"});
    CHECK(values.size() == 9); // every field is a different member
}

TEST_CASE("+= adds every count") {
    HandInCounts a;
    a.groupsAdded = 2;
    a.inputsChanged = 5;
    a.peopleRemoved = 1;
    HandInCounts b;
    b.groupsAdded = 1;
    b.inputsRemoved = 3;
    b.peopleRemoved = 4;
    a += b;
    HandInCounts expected;
    expected.groupsAdded = 3;
    expected.inputsChanged = 5;
    expected.inputsRemoved = 3;
    expected.peopleRemoved = 5;
    CHECK(a == expected);
    a += HandInCounts{};
    CHECK(a == expected);
}
