#pragma once
// The inspector: the selected organisation's fields (edited in place; each
// change is one undoable edit), its measures, its relationships (click a
// partner to go there; remove a tie), adding a tie, and deleting it. With
// several selected: the list, and deleting them.

#include <string>

#include "viz/interactive/session.hpp"

namespace stakemap::gui {

class InspectorPanel {
public:
    void draw(interactive::Session& session);

private:
    // Net-Map fields and where the organisation came from (stakemap merge); read-only.
    static void draw_provenance(const Organisation& organisation);
    void draw_fields(interactive::Session& session, const Organisation& organisation);
    void draw_measures(interactive::Session& session, interactive::OrgIndex index);
    void draw_relationships(interactive::Session& session, interactive::OrgIndex index);
    void draw_new_organisation(interactive::Session& session);
    void draw_bulk_edit(interactive::Session& session);
    void load(const Organisation& organisation);

    std::string shown_id_;  // whose fields the buffers hold
    std::uint64_t shown_revision_ = 0;
    std::string id_, label_, type_, country_, region_, themes_;
    std::string new_attribute_, new_value_;
    std::string partner_query_;
    std::string tie_type_ = "partnership";
    std::string new_label_, new_type_ = "cso";
    std::string bulk_type_, bulk_country_, bulk_region_, bulk_theme_;
};

}  // namespace stakemap::gui
