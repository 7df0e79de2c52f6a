#include "viz/gui/inspector_panel.hpp"

#include <sstream>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "graph/organisation_id.hpp"
#include "graph/vocabulary.hpp"
#include "viz/gui/gui_style.hpp"
#include "viz/gui/shaped_text.hpp"

namespace stakemap::gui {
namespace {


// A combo of the known values that also takes free text; `in_words` names a known value for
// people ("UN agency" for un_agency) where the stored code would mean little.
bool known_or_typed(const char* label, std::string& value, std::span<const std::string_view> known,
                    std::string (*in_words)(std::string_view) = nullptr) {
    bool committed = false;
    ImGui::SetNextItemWidth(-90);
    ImGui::InputText(label, &value);
    committed |= ImGui::IsItemDeactivatedAfterEdit();
    ImGui::SameLine();
    ImGui::PushID(label);
    if (ImGui::BeginCombo("##known", "", ImGuiComboFlags_NoPreview)) {
        for (const auto option : known) {
            const std::string shown = in_words ? in_words(option) + "  (" + std::string(option) + ")" : std::string(option);
            if (ImGui::Selectable(shown.c_str(), value == option)) {
                value = option;
                committed = true;
            }
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
    if (in_words && !value.empty()) ImGui::TextDisabled("%s", in_words(value).c_str());
    return committed;
}

std::string type_name(std::string_view type) { return vocabulary::type_in_words(type); }

}  // namespace

void InspectorPanel::load(const Organisation& organisation) {
    id_ = organisation.id;
    label_ = organisation.label;
    type_ = organisation.type;
    country_ = organisation.country;
    region_ = organisation.region;
    themes_ = joined(organisation.themes);
}

void InspectorPanel::draw(interactive::Session& session) {
    const auto& selection = session.selection();
    if (selection.empty()) {
        ImGui::TextWrapped("Click an organisation on the map (shift-click or shift-drag for several), or find one by name on the left.");
        ImGui::Separator();
        draw_new_organisation(session);
        return;
    }
    if (selection.size() > 1) {
        ImGui::Text("%zu organisations selected", selection.size());
        draw_bulk_edit(session);
        if (ImGui::Button("Delete them")) session.delete_selection();
        ImGui::SameLine();
        if (ImGui::Button("Clear selection")) session.clear_selection();
        ImGui::Separator();
    }
    const auto& primary = selection.primary();
    const auto index = primary ? session.map().find(*primary) : std::nullopt;
    if (!index) return;
    const Organisation& organisation = session.map().organisation(*index);
    if (shown_id_ != organisation.id || shown_revision_ != session.document().revision()) {
        load(organisation);
        shown_id_ = organisation.id;
        shown_revision_ = session.document().revision();
    }
    draw_fields(session, organisation);
    draw_provenance(organisation);
    if (ImGui::CollapsingHeader("Measures", ImGuiTreeNodeFlags_DefaultOpen)) draw_measures(session, *index);
    if (ImGui::CollapsingHeader("Relationships", ImGuiTreeNodeFlags_DefaultOpen)) draw_relationships(session, *index);
    ImGui::Separator();
    if (ImGui::Button("Delete this organisation")) session.delete_selection();
}

// Every selected organisation at once, as one undoable edit.
void InspectorPanel::draw_bulk_edit(interactive::Session& session) {
    if (!ImGui::CollapsingHeader("Edit them all", ImGuiTreeNodeFlags_DefaultOpen)) return;
    using Change = interactive::Session::BulkChange;
    const auto apply = [&](Change change, const char* field, const std::string& value) {
        session.attempt([&] {
            const std::size_t changed = session.bulk_edit_selection(change, field, value);
            session.set_status(std::to_string(changed) + " organisations changed (Ctrl+Z undoes it)");
        });
    };
    if (known_or_typed("type##bulk", bulk_type_, vocabulary::organisation_types(), type_name) && !bulk_type_.empty()) {
        apply(Change::set_field, "type", bulk_type_);
    }
    ImGui::SetNextItemWidth(-90);
    if (ImGui::InputText("country##bulk", &bulk_country_, ImGuiInputTextFlags_EnterReturnsTrue)) apply(Change::set_field, "country", bulk_country_);
    ImGui::SetNextItemWidth(-90);
    if (ImGui::InputText("region##bulk", &bulk_region_, ImGuiInputTextFlags_EnterReturnsTrue)) apply(Change::set_field, "region", bulk_region_);
    known_or_typed("theme##bulk", bulk_theme_, vocabulary::themes());
    ImGui::BeginDisabled(bulk_theme_.empty());
    if (ImGui::SmallButton("Add the theme to all")) apply(Change::add_theme, "", bulk_theme_);
    ImGui::SameLine();
    if (ImGui::SmallButton("Remove it from all")) apply(Change::remove_theme, "", bulk_theme_);
    ImGui::EndDisabled();
    ImGui::TextDisabled("Enter sets the country or region; picking a type sets it.");
}

void InspectorPanel::draw_provenance(const Organisation& organisation) {
    if (organisation.influence) ImGui::Text("influence: %.1f of 10", *organisation.influence);
    if (!organisation.stance.empty()) ImGui::Text("stance: %s", organisation.stance.c_str());
    const Provenance& provenance = *organisation.provenance;
    if (provenance.empty()) return;
    const std::string header = "Sources (" + std::to_string(provenance.sources.size()) + ")###sources";
    if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    for (const SourceRecord& record : provenance.sources) {
        ImGui::Bullet();
        ImGui::TextWrapped("\"%s\" - %s, %s%s%s", record.name.c_str(), record.file.c_str(), record.at.c_str(),
                           record.date.empty() ? "" : ", ", record.date.c_str());
        if (!record.match.empty()) {
            ImGui::Indent();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("%s", record.match.c_str());
            ImGui::PopStyleColor();
            ImGui::Unindent();
        }
    }
    for (const auto& [field, values] : provenance.conflicts) {
        ImGui::Text("%s, as each source gave it:", field.c_str());
        for (const SourcedValue& value : values) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s (%s)", to_display_string(value.value).c_str(), value.source.c_str());
        }
    }
}

void InspectorPanel::draw_fields(interactive::Session& session, const Organisation& organisation) {
    shaped_text().text(organisation.label);  // the name as it is written, in any script
    // The id was made from the name; it can be changed, and every tie follows.
    ImGui::SetNextItemWidth(-90);
    ImGui::InputText("id", &id_);
    if (ImGui::IsItemDeactivatedAfterEdit() && id_ != organisation.id) {
        const std::string from = organisation.id, to = id_;
        if (!session.attempt([&] { session.rename_organisation(from, to); })) id_ = from;
        return;  // the organisation now has another id: its fields are drawn next frame
    }
    interactive::OrganisationFields fields = interactive::OrganisationFields::of(organisation);
    bool commit = false;
    ImGui::SetNextItemWidth(-90);
    ImGui::InputText("name", &label_);
    commit |= ImGui::IsItemDeactivatedAfterEdit();
    // ImGui's field cannot shape Arabic or Devanagari: what was typed is shown as it will look.
    if (needs_shaping(label_)) {
        ImGui::TextDisabled("reads:");
        ImGui::SameLine();
        shaped_text().text(label_);
    }
    commit |= known_or_typed("type", type_, vocabulary::organisation_types(), type_name);
    ImGui::SetNextItemWidth(-90);
    ImGui::InputText("country", &country_);
    commit |= ImGui::IsItemDeactivatedAfterEdit();
    ImGui::SetNextItemWidth(-90);
    ImGui::InputText("region", &region_);
    commit |= ImGui::IsItemDeactivatedAfterEdit();
    ImGui::SetNextItemWidth(-90);
    ImGui::InputTextWithHint("themes", "forced_labour, child_labour", &themes_);
    commit |= ImGui::IsItemDeactivatedAfterEdit();

    // Attributes: each value edited as text (numbers stay numbers when they still read as one).
    std::optional<std::string> removed;
    for (auto& [key, value] : fields.attributes) {
        std::string text = to_display_string(value);
        ImGui::PushID(key.c_str());
        ImGui::SetNextItemWidth(-90);
        if (ImGui::InputText(key.c_str(), &text, ImGuiInputTextFlags_EnterReturnsTrue)) {
            if (std::holds_alternative<double>(value) || std::holds_alternative<std::int64_t>(value)) {
                try {
                    std::size_t used = 0;
                    const double number = std::stod(text, &used);
                    value = used == text.size() ? AttributeValue(number) : AttributeValue(text);
                } catch (const std::exception&) {
                    value = text;
                }
            } else if (std::holds_alternative<bool>(value)) {
                value = text == "true" || text == "yes" || text == "1";
            } else {
                value = text;
            }
            commit = true;
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("x")) removed = key;
        ImGui::PopID();
    }
    if (removed) {
        fields.attributes.erase(*removed);
        commit = true;
    }
    ImGui::SetNextItemWidth(100);
    ImGui::InputTextWithHint("##newkey", "new field", &new_attribute_);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-50);
    ImGui::InputTextWithHint("##newvalue", "value", &new_value_);
    ImGui::SameLine();
    if (ImGui::Button("Add") && !new_attribute_.empty()) {
        fields.attributes[new_attribute_] = new_value_;
        new_attribute_.clear();
        new_value_.clear();
        commit = true;
    }
    if (!commit) return;
    fields.label = label_;
    fields.type = type_;
    fields.country = country_;
    fields.region = region_;
    fields.themes = split_list(themes_);
    session.attempt([&] { session.edit_organisation(organisation.id, fields); });
}

void InspectorPanel::draw_measures(interactive::Session& session, interactive::OrgIndex index) {
    if (session.column_names().empty()) {
        ImGui::TextDisabled("Computing…");
        return;
    }
    if (!session.results_current()) ImGui::TextDisabled("Updating after the last change…");
    if (ImGui::BeginTable("measures", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        for (const auto& name : session.column_names()) {
            const auto* column = session.column(name);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_measure(column->values[index], column->kind).c_str());
        }
        ImGui::EndTable();
    }
}

void InspectorPanel::draw_relationships(interactive::Session& session, interactive::OrgIndex index) {
    const StakeholderMap& map = session.map();
    struct Row {
        std::string source, target, partner_id, partner_label, type;
        std::size_t ordinal;
        bool outgoing;
    };
    std::vector<Row> rows;
    const auto ordinal_of = [&](auto handle) {
        const auto tie = map.relationship(handle);
        const auto between = map.relationships_between(tie.source, tie.target);
        return static_cast<std::size_t>(std::find(between.begin(), between.end(), handle) - between.begin());
    };
    for (const auto handle : map.relationships_from(index)) {
        const auto tie = map.relationship(handle);
        const auto other = tie.target;
        rows.push_back({map.organisation(index).id, map.organisation(other).id, map.organisation(other).id,
                        map.organisation(other).label, tie.data.type, ordinal_of(handle), true});
    }
    for (const auto handle : map.relationships_to(index)) {
        const auto tie = map.relationship(handle);
        const auto other = tie.source;
        if (other == index) continue;  // a self-loop is listed once, above
        rows.push_back({map.organisation(other).id, map.organisation(index).id, map.organisation(other).id,
                        map.organisation(other).label, tie.data.type, ordinal_of(handle), false});
    }
    ImGui::Text("%zu relationships", rows.size());
    std::optional<Row> to_remove;
    std::optional<std::string> go_to;
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const Row& row = rows[k];
        ImGui::PushID(static_cast<int>(k));
        if (ImGui::SmallButton("x")) to_remove = row;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this relationship");
        ImGui::SameLine();
        const std::string text = std::string(map.directed() ? (row.outgoing ? "→ " : "← ") : "") + row.partner_label +
                                 (row.type.empty() ? "" : "  (" + row.type + ")");
        if (shaped_text().selectable("partner", text, false)) go_to = row.partner_id;
        ImGui::PopID();
    }
    if (to_remove) {
        session.attempt([&] { session.delete_relationship(to_remove->source, to_remove->target, to_remove->ordinal); });
    } else if (go_to) {
        session.fly_to(*go_to);
    }

    ImGui::Spacing();
    ImGui::TextUnformatted("Add a relationship to:");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##partner", "find the partner by name", &partner_query_);
    ImGui::SetNextItemWidth(-1);
    known_or_typed("tie type", tie_type_, vocabulary::relationship_types());
    if (partner_query_.empty()) return;
    for (const auto v : session.search(partner_query_, 6)) {
        if (v == index) continue;
        const Organisation& partner = map.organisation(v);
        ImGui::PushID(static_cast<int>(v));
        if (shaped_text().selectable("add", "+ " + partner.label, false)) {
            Relationship relationship;
            relationship.type = tie_type_;
            if (session.attempt([&] { session.add_relationship(map.organisation(index).id, partner.id, relationship); })) {
                partner_query_.clear();
            }
            ImGui::PopID();
            break;
        }
        ImGui::PopID();
    }
}

void InspectorPanel::draw_new_organisation(interactive::Session& session) {
    if (!ImGui::CollapsingHeader("Add an organisation")) return;
    ImGui::SetNextItemWidth(-90);
    const bool entered = ImGui::InputText("name", &new_label_, ImGuiInputTextFlags_EnterReturnsTrue);
    if (needs_shaping(new_label_)) {
        ImGui::TextDisabled("reads:");
        ImGui::SameLine();
        shaped_text().text(new_label_);
    }
    known_or_typed("type##new", new_type_, vocabulary::organisation_types(), type_name);
    // The id is made from the name (ministere-du-travail), unique in the map; it can be changed later.
    const std::string trimmed = new_label_.find_first_not_of(' ') == std::string::npos ? "" : new_label_;
    if (trimmed.empty()) ImGui::TextDisabled("Type its name to add it.");
    else ImGui::TextDisabled("id: %s", unused_id_from_name(session.map(), trimmed).c_str());
    ImGui::BeginDisabled(trimmed.empty());
    if (ImGui::Button("Add at the centre of the view") || (entered && !trimmed.empty())) {
        Organisation organisation;
        organisation.label = trimmed;
        organisation.type = new_type_;
        session.add_organisation(std::move(organisation));
        new_label_.clear();
    }
    ImGui::EndDisabled();
}

}  // namespace stakemap::gui
