#include "graph/attribute_value.hpp"

#include <cmath>
#include <sstream>

namespace stakemap {

std::string to_display_string(const AttributeValue& value) {
    struct Visitor {
        std::string operator()(const std::string& s) const { return s; }
        std::string operator()(std::int64_t i) const { return std::to_string(i); }
        std::string operator()(bool b) const { return b ? "true" : "false"; }
        std::string operator()(double d) const {
            std::ostringstream out;
            out.precision(15);
            out << d;
            return out.str();
        }
    };
    return std::visit(Visitor{}, value);
}

}  // namespace stakemap
