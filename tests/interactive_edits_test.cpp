// Undo/redo over map edits, and the document's idea of unsaved work.

#include <catch2/catch.hpp>

#include "importers/importer.hpp"
#include "test_support.hpp"
#include "viz/interactive/document.hpp"

using namespace stakemap;
using namespace stakemap::interactive;
using stakemap::testing::scratch_file;

namespace {

Organisation organisation(std::string id, std::string type, std::vector<std::string> themes = {}) {
    Organisation o;
    o.id = std::move(id);
    o.label = "Org " + o.id;
    o.type = std::move(type);
    o.themes = std::move(themes);
    return o;
}

// a - b - c, a - c (typed), plus d alone.
StakeholderMap triangle_and_one() {
    StakeholderMap map;
    for (const char* id : {"a", "b", "c", "d"}) map.add_organisation(organisation(id, "cso"));
    Relationship funding;
    funding.type = "funding";
    funding.weight = 2.5;
    map.add_relationship(0, 1, {});
    map.add_relationship(1, 2, {});
    map.add_relationship(0, 2, funding);
    return map;
}

// Everything about the map as sorted text, so maps equal up to order compare equal.
std::vector<std::string> fingerprint(const StakeholderMap& map) {
    std::vector<std::string> lines;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& o = map.organisation(v);
        std::string line = "org " + o.id + "|" + o.label + "|" + o.type + "|" + o.country + "|" + o.region;
        for (const auto& theme : o.themes) line += "|" + theme;
        for (const auto& [key, value] : o.attributes) line += "|" + key + "=" + to_display_string(value);
        lines.push_back(line);
    }
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        lines.push_back("tie " + map.organisation(tie.source).id + ">" + map.organisation(tie.target).id + "|" + tie.data.type + "|" +
                        std::to_string(tie.data.weight));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

}  // namespace

TEST_CASE("Deleting an organisation removes its ties; undo brings both back, redo removes them again", "[interactive]") {
    StakeholderMap map = triangle_and_one();
    const auto original = fingerprint(map);
    UndoHistory history;
    history.perform(map, remove_organisation_edit("a"));
    CHECK(map.organisation_count() == 3);
    CHECK(map.relationship_count() == 1);  // only b - c is left
    CHECK_FALSE(map.find("a"));
    CHECK(map.find("d") == 2u);  // indices after it shift down; ids do not

    REQUIRE(history.undo(map));
    CHECK(fingerprint(map) == original);
    CHECK(map.relationship_count() == 3);
    REQUIRE(history.redo(map));
    CHECK(map.relationship_count() == 1);
    CHECK_FALSE(history.redo(map));
}

TEST_CASE("Adding and removing ties, editing fields, and a compound edit, all undone in order", "[interactive]") {
    StakeholderMap map = triangle_and_one();
    const auto original = fingerprint(map);
    UndoHistory history;

    Relationship partnership;
    partnership.type = "partnership";
    history.perform(map, add_relationship_edit("d", "a", partnership));
    CHECK(map.relationship_count() == 4);
    history.perform(map, remove_relationship_edit("a", "c", 0));  // the funding tie
    CHECK(map.relationship_count() == 3);

    OrganisationFields before = OrganisationFields::of(map.organisation(*map.find("b")));
    OrganisationFields after = before;
    after.label = "Ministère du Travail";
    after.type = "government";
    after.themes = {"forced_labour", "child_labour"};
    after.attributes["acronym"] = std::string("MdT");
    history.perform(map, edit_organisation_edit("b", before, after));
    CHECK(map.organisation(*map.find("b")).label == "Ministère du Travail");
    CHECK(map.organisation(*map.find("b")).themes.size() == 2);

    std::vector<std::unique_ptr<MapEdit>> parts;
    parts.push_back(remove_organisation_edit("c"));
    parts.push_back(remove_organisation_edit("d"));
    history.perform(map, compound_edit("delete 2", std::move(parts)));
    CHECK(map.organisation_count() == 2);
    CHECK(history.next_undo() == "delete 2");

    while (history.undo(map)) {
    }
    CHECK(fingerprint(map) == original);
    const auto funding = map.relationships_between(*map.find("a"), *map.find("c"));
    REQUIRE(funding.size() == 1);
    CHECK(map.relationship(funding[0]).data.weight == 2.5);  // the removed tie comes back with its data

    while (history.redo(map)) {
    }
    CHECK(map.organisation_count() == 2);
    CHECK(map.organisation(*map.find("b")).type == "government");
}

TEST_CASE("An edit that does not apply changes nothing and is not recorded", "[interactive]") {
    StakeholderMap map = triangle_and_one();
    const auto original = fingerprint(map);
    UndoHistory history;
    CHECK_THROWS_AS(history.perform(map, remove_organisation_edit("nobody")), std::invalid_argument);
    CHECK_THROWS_AS(history.perform(map, remove_relationship_edit("a", "b", 5)), std::invalid_argument);
    CHECK_THROWS_AS(history.perform(map, add_organisation_edit(organisation("a", "cso"))), std::invalid_argument);
    // A compound edit whose second part fails rolls the first part back.
    std::vector<std::unique_ptr<MapEdit>> parts;
    parts.push_back(remove_organisation_edit("a"));
    parts.push_back(remove_organisation_edit("nobody"));
    CHECK_THROWS_AS(history.perform(map, compound_edit("bad", std::move(parts))), std::invalid_argument);
    CHECK(fingerprint(map) == original);
    CHECK_FALSE(history.can_undo());
}

TEST_CASE("A new edit after undo drops the redo list", "[interactive]") {
    StakeholderMap map = triangle_and_one();
    UndoHistory history;
    history.perform(map, remove_organisation_edit("d"));
    history.undo(map);
    CHECK(history.can_redo());
    history.perform(map, remove_organisation_edit("a"));
    CHECK_FALSE(history.can_redo());
    CHECK(history.depth() == 1);
}

TEST_CASE("The document knows when there is unsaved work, across save, undo and redo", "[interactive]") {
    const std::string path = scratch_file("unsaved.json", "");
    Document document(triangle_and_one(), "", false);
    CHECK_FALSE(document.unsaved());
    const auto first_revision = document.revision();
    document.perform(remove_organisation_edit("d"));
    CHECK(document.unsaved());
    CHECK(document.revision() != first_revision);
    document.undo();
    CHECK_FALSE(document.unsaved());  // back to what was there
    document.redo();
    CHECK(document.unsaved());
    document.save(path);
    CHECK_FALSE(document.unsaved());
    CHECK(document.path() == path);
    document.undo();
    CHECK(document.unsaved());  // the file has the change; the map does not
    document.redo();
    CHECK_FALSE(document.unsaved());
    document.mark_layout_changed();
    CHECK(document.unsaved());

    const Document reopened = Document::open(path);
    CHECK(reopened.map().organisation_count() == 3);
    CHECK(reopened.map().relationship_count() == 3);
    CHECK_FALSE(reopened.unsaved());
}
