#include "grammar/words.hpp"

namespace wiclint::grammar {

const std::vector<Unit>& units() {
  static const std::vector<Unit> list = {
      {"guests", "people"},        {"participants", "people"},   {"attendees", "people"},
      {"delegates", "people"},     {"representatives", "people"}, {"entrepreneurs", "people"},
      {"experts", "people"},       {"people", "people"},         {"officials", "people"},
      {"scholars", "people"},      {"leaders", "people"},        {"visitors", "people"},
      {"countries and regions", "countries"}, {"countries", "countries"}, {"nations", "countries"},
      {"countries and territories", "countries"},
      {"organizations", "organizations"}, {"organisations", "organizations"},
      {"companies", "organizations"}, {"enterprises", "organizations"}, {"firms", "organizations"},
  };
  return list;
}

}  // namespace wiclint::grammar
