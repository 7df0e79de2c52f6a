#include "importers/formats/xlsx_writer.hpp"

#include <cmath>
#include <set>
#include <stdexcept>

#include <xlsxwriter.h>

#include "graph/support/atomic_file.hpp"
#include "graph/vocabulary.hpp"
#include "importers/support/column_roles.hpp"
#include "importers/support/writer_support.hpp"

namespace stakemap {
namespace {

class Sheet {
public:
    Sheet(lxw_workbook* book, const char* name, lxw_format* header) : sheet_(workbook_add_worksheet(book, name)), header_(header) {
        if (!sheet_) throw std::runtime_error(std::string("cannot add the sheet ") + name);
    }
    void head(const std::vector<std::string>& names) {
        for (std::size_t c = 0; c < names.size(); ++c) text(0, c, names[c], header_);
        worksheet_freeze_panes(sheet_, 1, 0);
    }
    // worksheet_write_string never makes a formula: "=SUM(A1)" stays the text "=SUM(A1)".
    void text(std::size_t row, std::size_t column, const std::string& value, lxw_format* format = nullptr) {
        if (value.empty()) return;
        check(worksheet_write_string(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value.c_str(), format));
    }
    void number(std::size_t row, std::size_t column, double value) {
        if (!std::isfinite(value)) return;
        check(worksheet_write_number(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value, nullptr));
    }
    void value(std::size_t row, std::size_t column, const AttributeValue& value) {
        if (const auto* s = std::get_if<std::string>(&value)) text(row, column, *s);
        else if (const auto* i = std::get_if<std::int64_t>(&value)) number(row, column, static_cast<double>(*i));
        else if (const auto* d = std::get_if<double>(&value)) number(row, column, *d);
        else text(row, column, std::get<bool>(value) ? "true" : "false");
    }

private:
    static void check(lxw_error error) {
        if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(error));
    }
    lxw_worksheet* sheet_;
    lxw_format* header_;
};

template <typename Item, typename AttributesOf>
std::vector<std::string> attribute_names(std::size_t count, Item&& item, AttributesOf&& attributes_of) {
    std::set<std::string> names;
    for (std::size_t k = 0; k < count; ++k) {
        for (const auto& [name, value] : attributes_of(item(k))) names.insert(name);
    }
    return {names.begin(), names.end()};
}

void write_organisations(Sheet& sheet, const MapSource& map, const std::vector<ExtraColumn>& measures) {
    std::vector<std::string> header = {"id", "name", "type", "country", "region", "themes", "influence", "stance", "x", "y"};
    Organisation scratch;
    std::set<std::string> names;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        for (const auto& [name, value] : map.organisation(v, scratch).attributes) names.insert(name);
    }
    const std::vector<std::string> attributes(names.begin(), names.end());
    const auto columns = attribute_columns(attributes, header, TableKind::organisations);
    for (const auto& name : attributes) header.push_back(columns.at(name));
    for (const auto& measure : measures) header.push_back(measure.name);
    sheet.head(header);
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v, scratch);
        const std::size_t row = v + 1;
        sheet.text(row, 0, organisation.id);
        sheet.text(row, 1, organisation.label);
        // Known types in words ("government body"), which the vocabulary reads back; others as written.
        sheet.text(row, 2, vocabulary::is_known_organisation_type(organisation.type) ? vocabulary::type_in_words(organisation.type) : organisation.type);
        sheet.text(row, 3, organisation.country);
        sheet.text(row, 4, organisation.region);
        sheet.text(row, 5, joined_themes(organisation));
        if (organisation.influence) sheet.number(row, 6, *organisation.influence);
        sheet.text(row, 7, organisation.stance);
        if (organisation.position) {
            sheet.number(row, 8, organisation.position->x);
            sheet.number(row, 9, organisation.position->y);
        }
        std::size_t column = 10;
        for (const auto& name : attributes) {
            if (const auto found = organisation.attributes.find(name); found != organisation.attributes.end()) sheet.value(row, column, found->second);
            ++column;
        }
        for (const auto& measure : measures) {
            if (v < measure.values.size()) sheet.number(row, column, measure.values[v]);
            ++column;
        }
    }
}

void write_relationships(Sheet& sheet, const MapSource& map) {
    std::set<std::string> names;
    map.for_each_relationship([&](std::size_t, std::size_t, const Relationship& relationship) {
        for (const auto& [name, value] : relationship.attributes) names.insert(name);
    });
    std::vector<std::string> header = {"from", "to", "type", "weight", "directed"};
    const std::vector<std::string> attributes(names.begin(), names.end());
    const auto columns = attribute_columns(attributes, header, TableKind::relationships);
    for (const auto& name : attributes) header.push_back(columns.at(name));
    sheet.head(header);
    const std::vector<std::string> ids = organisation_ids(map);
    std::size_t row = 1;
    map.for_each_relationship([&](std::size_t source, std::size_t target, const Relationship& relationship) {
        sheet.text(row, 0, ids[source]);
        sheet.text(row, 1, ids[target]);
        sheet.text(row, 2, relationship.type);
        sheet.number(row, 3, relationship.weight);
        sheet.text(row, 4, relationship.directed || map.directed() ? "directed" : "undirected");
        std::size_t column = 5;
        for (const auto& name : attributes) {
            if (const auto found = relationship.attributes.find(name); found != relationship.attributes.end()) sheet.value(row, column, found->second);
            ++column;
        }
        ++row;
    });
}

}  // namespace

void save_xlsx(const MapSource& map, const std::string& path, const std::vector<ExtraColumn>& measures) {
    if (map.organisation_count() >= 1'048'575) throw std::runtime_error(path + ": more organisations than an Excel sheet has rows (1,048,576)");
    replace_file_atomically(path, [&](const std::string& temporary) {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;  // rows go to disk as they are written
        lxw_workbook* book = workbook_new_opt(temporary.c_str(), &options);
        if (!book) throw std::runtime_error(path + ": cannot create the workbook");
        try {
            lxw_format* header = workbook_add_format(book);
            format_set_bold(header);
            Sheet organisations(book, "Organisations", header);
            write_organisations(organisations, map, measures);
            Sheet relationships(book, "Relationships", header);
            write_relationships(relationships, map);
        } catch (...) {
            workbook_close(book);
            throw;
        }
        if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR) {
            throw std::runtime_error(path + ": cannot write the workbook: " + lxw_strerror(error));
        }
    });
}

}  // namespace stakemap
