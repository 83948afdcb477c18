#include "grammar/words.hpp"

namespace wiclint::grammar {

const std::vector<Unit>& units() {
  static const std::vector<Unit> list = {
      {"guests", "people"},        {"participants", "people"},   {"attendees", "people"},
      {"delegates", "people"},     {"representatives", "people"}, {"people", "people"},
      {"visitors", "people"},
      // Groups among the people who attend: "300 experts" is compared only with other experts.
      {"entrepreneurs", "people", true, false}, {"experts", "people", true, false},
      {"officials", "people", true, false},     {"scholars", "people", true, false},
      {"leaders", "people", true, false},
      {"countries and regions", "countries"}, {"countries", "countries"}, {"nations", "countries"},
      {"countries and territories", "countries"},
      {"organizations", "organizations"}, {"organisations", "organizations"},
      {"companies", "organizations"}, {"enterprises", "organizations"}, {"firms", "organizations"},
      {"institutions", "organizations"}, {"manufacturers", "organizations"},
      // Counted as people, but never the people at an edition: a population, or the press.
      {"internet users", "people", false}, {"users", "people", false}, {"netizens", "people", false},
      {"journalists", "people", false}, {"reporters", "people", false}, {"volunteers", "people", false},
      {"police officers", "people", false},
  };
  return list;
}

const std::vector<const char*>& plural_modifiers() {
  static const std::vector<const char*> list = {
      "news", "sports", "arts", "games", "goods", "services", "sales", "jobs", "savings", "electronics",
      "economics", "communications", "telecommunications", "logistics", "robotics", "analytics", "graphics",
      "politics", "physics", "mathematics", "statistics", "affairs", "customs", "means", "series", "species",
      "headquarters", "overseas"};
  return list;
}

std::optional<int> zone_offset(std::string_view abbreviation) {
  static const std::pair<std::string_view, int> zones[] = {
      {"utc", 0},         {"gmt", 0},        {"bst", 60},       {"cet", 60},        {"cest", 120},
      {"bjt", 8 * 60},    {"hkt", 8 * 60},   {"sgt", 8 * 60},   {"jst", 9 * 60},    {"kst", 9 * 60},
      {"est", -5 * 60},   {"edt", -4 * 60},  {"cdt", -5 * 60},  {"mst", -7 * 60},   {"mdt", -6 * 60},
      {"pst", -8 * 60},   {"pdt", -7 * 60},
  };
  for (const auto& [name, offset] : zones)
    if (name == abbreviation) return offset;
  return std::nullopt;
}

}  // namespace wiclint::grammar
